"""Fast record construction: the same frozen records as the dataclass constructors."""

import dataclasses

import pytest

from geo._records import maker
from geo.geocode import Resolved
from geo.toponyms import Mention


def test_maker_builds_the_same_frozen_record_with_defaults():
    make = maker(Mention)
    args = ("r1", "Kafr Zita", 10, 19, "kafr zita", "Shelling hit Kafr Zita.", 0, "village")
    fast, slow = make(*args), Mention(*args)
    assert type(fast) is Mention and fast == slow and hash(fast) == hash(slow)
    assert (fast.relation, fast.bearing, fast.anchors) == ("", None, ())  # the dataclass defaults
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.surface = "x"
    full = make(*args, "wedge", 90.0, (slow,))
    assert full == Mention(*args, "wedge", 90.0, (slow,)) and full.is_areal
    assert maker(Resolved)(slow, None, 0.5, "why", False) == Resolved(slow, None, 0.5, "why", False)


def test_maker_refuses_default_factories():
    @dataclasses.dataclass(frozen=True, slots=True)
    class WithFactory:
        items: list = dataclasses.field(default_factory=list)

    with pytest.raises(TypeError, match="default_factory"):
        maker(WithFactory)


def test_paused_gc_restores_the_callers_setting_even_on_errors():
    import gc

    from geo._records import paused_gc

    was = gc.isenabled()
    try:
        for state in (True, False):
            gc.enable() if state else gc.disable()
            with pytest.raises(KeyError), paused_gc():
                assert not gc.isenabled()
                with paused_gc():  # nested: still paused afterwards
                    pass
                assert not gc.isenabled()
                raise KeyError("boom")
            assert gc.isenabled() is state
    finally:
        gc.enable() if was else gc.disable()
