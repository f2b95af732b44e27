"""Fast construction of frozen, slotted dataclass records on hot paths.

A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``,
which costs about three microseconds for a record of twelve fields; the geoparser makes
several such records per place name.  :func:`maker` returns a function that builds
the same record with plain slot stores on a twin class of the same layout, about five
times as fast.  The record is identical — same class, same fields, still frozen — and
defaults apply as in the dataclass.

:func:`paused_gc` keeps the cyclic garbage collector out of such allocation bursts.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc


def maker(cls):
    """A positional constructor for the frozen slotted dataclass ``cls``.

    The record is filled as an instance of a private twin class with the same slots (plain
    attribute stores, which the interpreter does without a call) and then given its class:
    CPython allows the ``__class__`` change because the two layouts are identical.  Should
    an interpreter refuse it, each slot is set through its descriptor instead.  Only fields
    with plain defaults are supported (no ``default_factory``).  ``tests/test_records.py``
    checks that it builds records equal to the constructor's.
    """
    fields = dataclasses.fields(cls)
    params, env = [], {"_new": object.__new__, "_cls": cls}
    for i, f in enumerate(fields):
        if f.default_factory is not dataclasses.MISSING:
            raise TypeError(f"{cls.__name__}.{f.name}: default_factory is not supported")
        if f.default is dataclasses.MISSING:
            params.append(f.name)
        else:
            env[f"_d{i}"] = f.default
            params.append(f"{f.name}=_d{i}")
    env["_twin"] = type(f"_{cls.__name__}Twin", (), {"__slots__": cls.__slots__})
    stores = "".join(f"    self.{f.name} = {f.name}\n" for f in fields)
    src = (
        f"def make({', '.join(params)}):\n    self = _new(_twin)\n{stores}    self.__class__ = _cls\n    return self\n"
    )
    exec(src, env)
    make = env["make"]
    try:
        make(*[None] * sum(f.default is dataclasses.MISSING for f in fields))
    except TypeError:  # the layouts differ on this interpreter: set each slot through its descriptor
        body = []
        for i, f in enumerate(fields):
            env[f"_set{i}"] = getattr(cls, f.name).__set__
            body.append(f"    _set{i}(self, {f.name})")
        src = f"def make({', '.join(params)}):\n    self = _new(_cls)\n" + "\n".join(body) + "\n    return self\n"
        exec(src, env)
        make = env["make"]
    make.__doc__ = f"Build a {cls.__name__} (positional, as its constructor)."
    return make


@contextlib.contextmanager
def paused_gc():
    """Pause the cyclic garbage collector for a block, then restore the caller's setting.

    A geoparsing batch allocates tens of thousands of small records that form no
    reference cycles (reference counting frees them); the collector would otherwise
    walk the whole heap — gazetteer included — every few hundred of them, about a
    tenth of the geoparsing time.  Nesting is harmless.

    On leaving a pause that found the collector on, what the block made is moved to the oldest
    generation unvisited (``gc.freeze`` then ``gc.unfreeze``, only while nothing else is frozen):
    the young-generation pass that re-enabling starts at once would walk every record the batch
    returns — each a cache miss, 4–6 % of a geoparsing pass — only to keep them all, as they form
    no cycles.  The caller's own young objects move with them; a full collection still visits
    everything.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            if not gc.get_freeze_count():
                gc.freeze()
                gc.unfreeze()
            gc.enable()
