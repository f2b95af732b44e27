"""The run as stages that return data: reports → mentions → places → events → control → a :class:`Build`.

:func:`build` runs every stage and returns one :class:`Build` record (tables as
GeoDataFrames in EPSG:4326); :mod:`geo.outputs` turns a Build into files, one writer
per output; :func:`run` is the two together plus the incremental check, and is what
the CLI calls.  Scripts and notebooks call the same stages::

    b = geo.build(geo.Settings(data_dir=Path("data")))
    b.places[b.places["date"] == b.dates[-1]]       # that date's places, with that date's controller
    b.control.zones_on(b.dates[0])                  # one polygon per controller

The notebook functions :func:`geoparse` and :func:`extract_events` take a DataFrame of
reports (or report files, or :class:`~geo.reports.Report` records) and return a
GeoDataFrame, as geopandas' functions do.

Scale-out: geoparsing (the costly per-report stage) and zone assignment (the spatial
join of places with the zones of their date) run on Dask — ``workers=N`` uses Dask's
local process scheduler, ``scheduler="tcp://host:8786"`` a ``dask.distributed``
cluster.  Workers load the gazetteer from its cache.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._records import paused_gc
from .actors import Actors, load_actors
from .exc import Rejection, SchedulerUnavailable
from .gazetteer import APPROXIMATE_PREFIXES, Gazetteer, load_gazetteer
from .geocode import Resolved, Resolver
from .geometry import theatre_outline
from .reports import Report, ReportBatch, read_reports, reports_from_frame
from .settings import DEFAULTS, Settings
from .theatre import Theatre
from .toponyms import find_mentions_many

if TYPE_CHECKING:  # the build stages import GIS libraries only when run
    import geopandas as gpd
    import pandas as pd

    from .events import Event, Evidence, UnplacedEvent
    from .zones import ControlModel

log = logging.getLogger(__name__)
_PREFIXES_SAID = " or ".join(f"'{p}'" for p in APPROXIMATE_PREFIXES)  # for the run summary

_BATCH = 256  # reports per geoparsing batch

Progress = Callable[..., Iterable]


def no_progress(it: Iterable, **_: Any) -> Iterable:
    """The progress callback that shows nothing (the default; the CLI passes a tqdm bar)."""
    return it


# -- the record ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RunWarning:
    """Something used but worth a look (a repaired zone feature, a doubtful dateline)."""

    about: str
    text: str


@dataclass(frozen=True, slots=True)
class Build:
    """Everything one run computed, before anything is written.

    Attributes
    ----------
    settings, theatre, actors, gazetteer
        The shared inputs the run used.
    reports : tuple of Report
        Reports read, in date order.
    rejected : tuple of Rejection
        Every input not used: report files and rows, zone features, settlement rows.
    resolved : list of list of Resolved
        One list per report: each mention and the place it resolved to (or why not).
    mentions : DataFrame
        Every mention, placed or not (``mentions.csv``).
    places, areas : GeoDataFrame
        Placed mentions aggregated per (date, place), points and areal phrases, each
        with the ``controller`` holding it on its own date.
    events : list of Event
        Who did what where: from the report sentences (ACLED's vocabulary) and from the
        event files of ``data/events/`` (ACLED, UCDP GED).
    evidence : list of Evidence
        What the sentences say about who holds what (weighed by the control model).
    event_table : GeoDataFrame
        The events as points with ``valid_from``/``valid_to``.
    control : ControlModel
        Who holds what on every date (zones, front lines, pockets, settlements).
    bases : GeoDataFrame
        Bases and observation posts with their actor (``bases.csv``).
    changes : GeoDataFrame
        Settlements that changed hands, with the causing sentence.
    warnings : tuple of RunWarning
        What was used but deserves a look (``warnings.csv``).
    timings : dict
        Seconds per stage.
    unplaced : list of UnplacedEvent
        Events the sentences state at no placed place (listed in ``unresolved.csv``, never mapped).
    """

    settings: Settings
    theatre: Theatre
    actors: Actors
    gazetteer: Gazetteer
    reports: tuple[Report, ...]
    rejected: tuple[Rejection, ...]
    resolved: list[list[Resolved]]
    mentions: pd.DataFrame
    places: gpd.GeoDataFrame
    areas: gpd.GeoDataFrame
    events: list[Event]
    evidence: list[Evidence]
    event_table: gpd.GeoDataFrame
    control: ControlModel
    bases: gpd.GeoDataFrame
    changes: gpd.GeoDataFrame
    warnings: tuple[RunWarning, ...]
    timings: dict[str, float] = field(default_factory=dict)
    unplaced: list[UnplacedEvent] = field(default_factory=list)

    @property
    def dates(self) -> list[dt.date]:
        """Every date with a report, in order: one map each."""
        return self.control.dates

    def on(self, date: dt.date) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
        """The places and areas named on ``date``, with that date's controllers."""
        return self.places[self.places["date"] == date], self.areas[self.areas["date"] == date]


class _Clock:
    """Seconds per stage, for the summary line."""

    def __init__(self) -> None:
        self.laps: dict[str, float] = {}
        self._t = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name] = self.laps.get(name, 0.0) + now - self._t
        self._t = now


# -- stages ----------------------------------------------------------------------------


def load_shared(settings: Settings = DEFAULTS) -> tuple[Actors, Gazetteer]:
    """The inputs every stage shares: the actor table and the gazetteer (cached)."""
    actors = load_actors(settings.actors_csv)
    gaz = load_gazetteer(directory=settings.gazetteer_dir, theatre=settings.theatre, cache_dir=settings.cache_dir)
    return actors, gaz


def geoparse_reports(
    reports: Sequence[Report],
    gazetteer: Gazetteer,
    actors: Actors | None = None,
    *,
    settings: Settings = DEFAULTS,
    progress: Progress = no_progress,
) -> list[list[Resolved]]:
    """Find and resolve the places of every report (in-process, batched).

    Reports longer than ``settings.chunk_chars`` are read piece by piece (cut at line
    or sentence ends, offsets kept), and at most ``settings.max_mentions_per_report``
    mentions are kept per report, so memory and time stay bounded for huge inputs;
    :func:`build` warns about every report that reached the cap.

    Returns
    -------
    list of list of Resolved
        One list per report, in report order.
    """
    resolver = Resolver.from_settings(gazetteer, settings)
    cap, size = settings.max_mentions_per_report, settings.chunk_chars
    out: list[list[Resolved] | None] = [None] * len(reports)
    short = [i for i, r in enumerate(reports) if len(r.full_text) <= size]
    batches = [short[i : i + _BATCH] for i in range(0, len(short), _BATCH)]
    for batch in progress(batches, desc="geoparsing", unit="batch"):
        with paused_gc():
            for i, mentions in zip(batch, find_mentions_many([reports[i] for i in batch], gazetteer, actors=actors)):
                out[i] = resolver.resolve(mentions[:cap], date=reports[i].date)
    for i, r in enumerate(reports):
        if out[i] is None:
            with paused_gc():
                out[i] = resolver.resolve(_long_report_mentions(r, gazetteer, actors, size=size, cap=cap), date=r.date)
    return [res or [] for res in out]


def _long_report_mentions(report: Report, gazetteer: Gazetteer, actors: Actors | None, *, size: int, cap: int) -> list:
    """The mentions of a long report, found piece by piece until ``cap`` are found."""
    found: list = []
    for piece, offset in _pieces(report, size):
        (mentions,) = find_mentions_many([piece], gazetteer, actors=actors)
        found += [_shifted(m, offset) for m in mentions]
        if len(found) >= cap:
            log.warning("report %s: stopped after %d place mentions (the cap per report)", report.id, cap)
            break
    return found[:cap]


def _pieces(report: Report, size: int) -> Iterator[tuple[Report, int]]:
    """Consecutive pieces of ``report.full_text`` of at most ``size`` characters, cut after a
    line end (or a full stop) where one falls in the second half, with their offsets."""
    text, pos = report.full_text, 0
    while pos < len(text):
        end = min(len(text), pos + size)
        if end < len(text):
            cut = max(text.rfind("\n", pos + size // 2, end), text.rfind(". ", pos + size // 2, end))
            end = cut + 1 if cut >= 0 else end
        yield replace(report, title="", text=text[pos:end]), pos
        pos = end


def _shifted(m: Any, offset: int) -> Any:
    """A mention (and its anchors) moved ``offset`` characters later in the text."""
    if not offset:
        return m
    return replace(
        m,
        start=m.start + offset,
        end=m.end + offset,
        sentence_start=m.sentence_start + offset,
        anchors=tuple(_shifted(a, offset) for a in m.anchors),
    )


def _geoparse_partition(reports: list[Report], settings: Settings) -> list[list[Resolved]]:
    """Worker side of :func:`geoparse_dask`: loads gazetteer and actors from disk/cache."""
    actors, gaz = load_shared(settings)
    return geoparse_reports(reports, gaz, actors, settings=settings)


def geoparse_dask(
    reports: Sequence[Report], *, settings: Settings = DEFAULTS, workers: int = 2, scheduler: Any = None
) -> list[list[Resolved]]:
    """:func:`geoparse_reports` on Dask: local processes (``workers``) or a distributed cluster.

    Parameters
    ----------
    scheduler : str or distributed.Client, optional
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
    parts = dask_compute(tasks, workers=workers, scheduler=scheduler)
    return [r for part in parts for r in part]


def dask_compute(tasks: list, *, workers: int, scheduler: Any) -> tuple:
    """The one gate to Dask: run ``tasks`` on a distributed scheduler (address or
    ``Client``) if given, else on Dask's local process scheduler with ``workers``."""
    import dask

    if scheduler is not None:
        from distributed import Client

        client = scheduler if isinstance(scheduler, Client) else _connect(scheduler)
        try:
            return dask.compute(*tasks, scheduler=client)
        finally:
            if client is not scheduler:
                client.close()
    with dask.config.set(scheduler="processes", num_workers=workers):
        return dask.compute(*tasks)


def _connect(address: str) -> Any:
    """A client of the Dask scheduler at ``address``, or a clear error within 10 seconds."""
    from distributed import Client

    try:
        return Client(address, timeout="10s")
    except (OSError, TimeoutError, ValueError) as err:
        raise SchedulerUnavailable(
            f"cannot reach the Dask scheduler at {address} ({err}); start it with `dask scheduler` "
            "or run without --scheduler"
        ) from None


def _online(resolved: list[list[Resolved]], settings: Settings) -> list[list[Resolved]]:
    from .geocode import OnlineGeocoder, with_online

    fallback = OnlineGeocoder(
        user_agent=settings.user_agent,
        cache_dir=settings.cache_dir,
        min_delay_seconds=settings.online_min_delay_s,
        country_codes=",".join(settings.theatre.countries).lower(),
    )
    return [with_online(r, fallback, aoi=settings.aoi) for r in resolved]


def events_of(
    reports: Sequence[Report],
    resolved: Sequence[Sequence[Resolved]],
    actors: Actors,
    gazetteer: Gazetteer | None = None,
) -> list[Event]:
    """The events of every report, from its sentences and resolved mentions."""
    return read_events(reports, resolved, actors, gazetteer)[0]


def read_events(
    reports: Sequence[Report],
    resolved: Sequence[Sequence[Resolved]],
    actors: Actors,
    gazetteer: Gazetteer | None = None,
    *,
    max_mentions: int | None = None,
) -> tuple[list[Event], list[Evidence], list[UnplacedEvent]]:
    """The events, the evidence of control and the events at no placed place of every report
    (:func:`geo.events.read_report_all`).  A report with ``max_mentions`` mentions or more (the finder's cap)
    is read up to the end of its last mention's sentence, as far as the finder read it."""
    from .events import read_report_all

    events: list[Event] = []
    evidence: list[Evidence] = []
    unplaced: list[UnplacedEvent] = []
    for rep, res in zip(reports, resolved):
        until = None
        if max_mentions is not None and res and len(res) >= max_mentions:
            until = max(r.mention.sentence_start + len(r.mention.sentence) for r in res)
        reading = read_report_all(rep, res, actors, gazetteer=gazetteer, until=until)
        events += reading.events
        evidence += reading.evidence
        unplaced += reading.unplaced
    return events, evidence, unplaced


@dataclass(frozen=True, slots=True)
class ControlInputs:
    """What ``settings.zones_dir`` says about control: marks, polygons, bases, and what was wrong."""

    settlements: gpd.GeoDataFrame
    explicit: gpd.GeoDataFrame
    bases: gpd.GeoDataFrame
    rejected: list[Rejection]
    warnings: list[str]


def read_control_inputs(settings: Settings, actors: Actors) -> ControlInputs:
    """The control marks (``settlements.csv``, ``*.lua``), the explicit zone polygons and the bases of ``settings.zones_dir``."""
    from .marks import read_marks
    from .zonefiles import empty_bases, read_bases, read_zone_layers

    country = settings.theatre.country
    explicit, rejected, warns = read_zone_layers(
        settings.zones_dir, actors, aoi=settings.aoi, strict=settings.strict, clip_iso=country or None
    )
    # marks: settlements.csv and Wikipedia detailed-map modules saved as *.lua (geo.marks)
    settlements, rej, mark_warnings = read_marks(
        settings.zones_dir, actors, aoi=settings.aoi, country=country, strict=settings.strict
    )
    rejected += rej
    bases = settings.zones_dir / "bases.csv"
    if bases.exists():
        found, rej = read_bases(bases, actors, aoi=settings.aoi, country=country, strict=settings.strict)
        rejected += rej
    else:
        found = empty_bases()
    return ControlInputs(settlements, explicit, found, rejected, [*warns, *mark_warnings])


def assign_dates(
    frames: Sequence[gpd.GeoDataFrame], model: ControlModel, *, workers: int = 1, scheduler: Any = None
) -> list[gpd.GeoDataFrame]:
    """Give every row of each frame the controller of its point on the row's own ``date``.

    With ``workers > 1`` or a ``scheduler`` the spatial joins run on Dask, a few dates per
    task: representative points and the dates' zone outlines go out, controller arrays
    come back.  Rows keep their order within each date; dates come in model order.
    """
    import pandas as pd
    import shapely

    from .zones import controllers_at

    groups = [dict(tuple(gdf.groupby("date", sort=False))) if len(gdf) else {} for gdf in frames]
    jobs = [(k, d, g[d], model.zones_on(d)) for k, g in enumerate(groups) for d in model.dates if d in g]
    points = [shapely.point_on_surface(part.geometry.values) for _, _, part, _ in jobs]
    if scheduler is None and workers <= 1:
        arrays = [controllers_at(pts, zones) for pts, (_, _, _, zones) in zip(points, jobs)]
    else:
        import dask

        pairs = [(pts, zones[["controller", "geometry"]]) for pts, (_, _, _, zones) in zip(points, jobs)]
        size = max(1, -(-len(pairs) // max(1, workers * 4)))
        tasks = [
            dask.delayed(_assign_partition, pure=False, traverse=False)(pairs[i : i + size])
            for i in range(0, len(pairs), size)
        ]
        arrays = [a for part in dask_compute(tasks, workers=workers, scheduler=scheduler) for a in part]
    parts: list[list] = [[] for _ in frames]
    for (k, _, part, _), a in zip(jobs, arrays):
        parts[k].append(part.assign(controller=a))
    return [
        pd.concat(p) if p else gdf.iloc[0:0].assign(controller=pd.Series(dtype=object)) for gdf, p in zip(frames, parts)
    ]


def _assign_partition(pairs: list) -> list:
    """Worker side of :func:`assign_dates`: (points, zones) pairs -> controller arrays."""
    from .zones import controllers_at

    return [controllers_at(pts, zones) for pts, zones in pairs]


def build(
    settings: Settings = DEFAULTS,
    *,
    reports: Path | Iterable[Path] | None = None,
    workers: int = 1,
    scheduler: Any = None,
    progress: Progress = no_progress,
) -> Build:
    """Run every stage over the inputs named by ``settings`` and return what they computed.

    Parameters
    ----------
    settings : Settings
        Input folders, theatre and thresholds (see :mod:`geo.settings`).
    reports : path(s), optional
        Report files/folders; default ``settings.reports_dir``.
    workers, scheduler
        Geoparse and assign zones on Dask (see :func:`geoparse_dask`); ``workers=1``
        and no scheduler run in-process.
    progress : callable
        Wraps long loops (``progress(iterable, desc=..., unit=...)``); tqdm fits.

    Returns
    -------
    Build

    Raises
    ------
    GeoMapError
        For unusable shared inputs (theatre, actors, gazetteer supplement, a zone file
        that cannot be read) and, with ``settings.strict``, for any bad input.
    """
    from .cells import river_lines
    from .datasets import read_event_files
    from .export import changes_frame, events_frame, mentions_frame, places_frame
    from .pockets import siege_cues
    from .zones import build_control

    clock = _Clock()
    actors, gaz = load_shared(settings)
    clock.lap("load")
    batch: ReportBatch = read_reports(
        reports if reports is not None else settings.reports_dir,
        dayfirst=settings.dayfirst,
        strict=settings.strict,
        max_bytes=settings.max_report_bytes,
    )
    reps = list(batch.reports)
    clock.lap("read")
    if scheduler is not None or workers > 1:
        resolved = geoparse_dask(reps, settings=settings, workers=workers, scheduler=scheduler)
    else:
        resolved = geoparse_reports(reps, gaz, actors, settings=settings, progress=progress)
    if settings.online:
        resolved = _online(resolved, settings)
    clock.lap("geoparse")
    events, evidence, unplaced = read_events(reps, resolved, actors, gaz, max_mentions=settings.max_mentions_per_report)
    if unplaced:
        log.info("%d event(s) at no placed place: listed in unresolved.csv", len(unplaced))
    imported, event_rejected = read_event_files(
        settings.events_dir, actors, country=settings.aoi_country, aoi=settings.aoi
    )
    events += imported
    clock.lap("events")
    control = read_control_inputs(settings, actors)
    model = build_control(
        control.settlements,
        events,
        sorted({*batch.dates, *(e.date for e in imported)}),  # an event file's dates get maps too
        actors=actors,
        explicit=control.explicit,
        outline=theatre_outline(settings.theatre),
        barriers=river_lines(settings.theatre.rivers),
        cues=siege_cues(reps, resolved, actors, events),
        reach_km=settings.zone_reach_km,
        reach_max_km=settings.zone_reach_max_km,
        reach_neighbours=settings.zone_reach_neighbours,
        smoothing_km=settings.zone_smoothing_km,
        ring_km=settings.pocket_ring_km,
        evidence=evidence,
        evidence_weight=settings.evidence_weight,
        half_life_days=settings.claim_half_life_days,
    )
    warnings = [RunWarning("zones", w) for w in [*control.warnings, *model.find_overlaps()]]
    warnings += [RunWarning("report", f"{r.path}:{r.line} ({r.id}): {w}") for r in reps for w in r.warnings]
    cap = settings.max_mentions_per_report
    warnings += [
        RunWarning("report", f"{r.path}:{r.line} ({r.id}): {cap} place mentions or more; only the first {cap} kept")
        for r, res in zip(reps, resolved)
        if len(res) >= cap
    ]
    for w in warnings:
        log.info("%s", w.text)  # listed in warnings.csv; the summary gives the count
    clock.lap("zones")
    places, areas = places_frame(reps, resolved, model.dates)
    places, areas = assign_dates((places, areas), model, workers=workers, scheduler=scheduler)
    clock.lap("assign")
    return Build(
        settings=settings,
        theatre=settings.theatre,
        actors=actors,
        gazetteer=gaz,
        reports=tuple(reps),
        rejected=(*batch.rejected, *event_rejected, *control.rejected),
        resolved=resolved,
        mentions=mentions_frame(reps, resolved),
        places=places,
        areas=areas,
        events=events,
        evidence=evidence,
        event_table=events_frame(events, model.dates),
        control=model,
        bases=control.bases,
        changes=changes_frame(model),
        warnings=tuple(warnings),
        timings=clock.laps,
        unplaced=unplaced,
    )


# -- the notebook API ------------------------------------------------------------------


def _as_reports(data: Any, settings: Settings) -> tuple[list[Report], list[Rejection]]:
    """Reports from a DataFrame (``id, date, title, text, source, url``), paths or Report records."""
    import pandas as pd

    if isinstance(data, pd.DataFrame):
        batch = reports_from_frame(data, dayfirst=settings.dayfirst)
    elif isinstance(data, Report):
        return [data], []
    elif isinstance(data, str | Path):
        batch = read_reports(data, dayfirst=settings.dayfirst, max_bytes=settings.max_report_bytes)
    else:
        items = list(data)
        if all(isinstance(r, Report) for r in items):
            return items, []
        batch = read_reports(items, dayfirst=settings.dayfirst, max_bytes=settings.max_report_bytes)
    return list(batch.reports), list(batch.rejected)


def _shared(actors: Actors | None, gazetteer: Gazetteer | None, settings: Settings) -> tuple[Actors, Gazetteer]:
    """The given actor table and gazetteer, loaded from ``settings`` where not given."""
    if actors is None or gazetteer is None:
        a, g = load_shared(settings)
        return actors or a, gazetteer or g
    return actors, gazetteer


def geoparse(
    data: Any,
    *,
    gazetteer: Gazetteer | None = None,
    actors: Actors | None = None,
    settings: Settings = DEFAULTS,
) -> gpd.GeoDataFrame:
    """Every place the reports name, one row per mention, as a GeoDataFrame.

    Parameters
    ----------
    data : DataFrame, path(s) or Report records
        A DataFrame with columns ``date`` and ``text`` (``id``, ``title``, ``source``,
        ``url`` optional), report files or folders, or :class:`~geo.reports.Report`.
    gazetteer, actors : optional
        Default: loaded from ``settings`` (cached).

    Returns
    -------
    GeoDataFrame
        Columns of ``mentions.csv`` (``report, date, mention, start, end, sentence,
        place_id, name, kind, confidence, why, in_aoi`` …); geometry is the place's
        point or area, empty for a mention that was not placed.  Reports that could
        not be read are in ``.attrs["rejected"]`` (a list of Rejection), as everywhere
        in this package.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"date": ["2019-08-21"], "text": ["Regime forces took Khan Shaykhun."]})
    >>> geoparse(df)[["mention", "name", "kind"]].to_dict("records")
    [{'mention': 'Khan Shaykhun', 'name': 'Khan Shaykhun', 'kind': 'town'}]
    """
    import geopandas as gpd
    import numpy as np

    from .export import mentions_frame
    from .geometry import lonlat_points

    reps, rejected = _as_reports(data, settings)
    actors, gazetteer = _shared(actors, gazetteer, settings)
    resolved = geoparse_reports(reps, gazetteer, actors, settings=settings)
    df = mentions_frame(reps, resolved)
    geoms = [r.place.geometry if r.place and r.place.is_areal else None for res in resolved for r in res]
    points = lonlat_points(df["lat"].astype(float), df["lon"].astype(float))
    geometry = np.array([g if g is not None else (p if not p.is_empty else None) for g, p in zip(geoms, points)])
    out = gpd.GeoDataFrame(df, geometry=geometry, crs="EPSG:4326")
    out.attrs["rejected"] = rejected
    return out


def extract_events(
    data: Any,
    *,
    gazetteer: Gazetteer | None = None,
    actors: Actors | None = None,
    settings: Settings = DEFAULTS,
) -> gpd.GeoDataFrame:
    """Who did what where, one row per event, as a GeoDataFrame (points at the place).

    Takes the same ``data`` as :func:`geoparse`; the frame is what
    :func:`geo.zones.build_control` accepts as ``events``, and what ``layers.gpkg``
    holds in its ``events`` layer.  Unreadable reports are in ``.attrs["rejected"]``.
    """
    from .export import events_frame

    reps, rejected = _as_reports(data, settings)
    actors, gazetteer = _shared(actors, gazetteer, settings)
    events = events_of(reps, geoparse_reports(reps, gazetteer, actors, settings=settings), actors, gazetteer)
    out = events_frame(events, sorted({r.date for r in reps}))
    out.attrs["rejected"] = rejected
    out.attrs["records"] = {e.id: e for e in events}  # what build_control reads, by the frame's ids
    return out


def build_control(
    settlements: gpd.GeoDataFrame,
    events: gpd.GeoDataFrame | Sequence[Event] = (),
    dates: Sequence[dt.date] | None = None,
    *,
    actors: Actors | None = None,
    settings: Settings = DEFAULTS,
    **options: Any,
) -> ControlModel:
    """Who holds what on every date, from a settlement table and events — the notebook form.

    Parameters
    ----------
    settlements : GeoDataFrame
        From :func:`geo.zonefiles.read_settlements` (``name, lat, lon, controller, as_of``).
    events : GeoDataFrame or sequence of Event
        The frame :func:`extract_events` returns (filter it as you like: its rows are
        what is applied), or Event records.
    dates : sequence of date, optional
        The dates to model; default: every event date.
    actors : Actors, optional
        Default: the theatre's actor table.
    settings : Settings
        The theatre (outline, rivers, actors) and the zone options (``zone_reach_km`` …).
    **options
        Passed to :func:`geo.zones.build_control` (``explicit``, ``reach_km`` …); they
        override ``settings``.

    Returns
    -------
    ControlModel
        ``.zones_on(date)``, ``.front_lines_on(date)``, ``.changes``, ``.area_table()`` …
    """
    import pandas as pd

    from .cells import river_lines
    from .zones import build_control as model

    if isinstance(events, pd.DataFrame):
        records = events.attrs.get("records")
        if records is None:
            raise TypeError("events must be the frame geo.extract_events returns (or Event records)")
        events = [records[i] for i in events["id"] if i in records]
    events = list(events)
    actors = actors if actors is not None else load_actors(settings.actors_csv)
    if dates is None:
        dates = sorted({e.date for e in events}) or sorted(set(settlements["as_of"]))
    options.setdefault("outline", theatre_outline(settings.theatre))
    options.setdefault("barriers", river_lines(settings.theatre.rivers))
    for option, value in (
        ("reach_km", settings.zone_reach_km),
        ("reach_max_km", settings.zone_reach_max_km),
        ("reach_neighbours", settings.zone_reach_neighbours),
        ("smoothing_km", settings.zone_smoothing_km),
        ("ring_km", settings.pocket_ring_km),
    ):
        options.setdefault(option, value)
    return model(settlements, events, dates, actors=actors, **options)


# -- the run: build, then publish ------------------------------------------------------

EXIT_OK, EXIT_REJECTED, EXIT_USAGE, EXIT_NOTHING = 0, 1, 2, 3


@dataclass
class RunSummary:
    """What a run read, found and wrote (printed by the CLI)."""

    reports: int = 0
    rejected: int = 0
    mentions: int = 0
    placed: int = 0
    approximate: int = 0
    unresolved: int = 0
    outside_aoi: int = 0
    events: int = 0
    unplaced_events: int = 0
    changes: int = 0
    dates: int = 0
    maps_written: int = 0
    maps_unchanged: int = 0
    files_written: int = 0
    files_removed: int = 0
    warnings: int = 0
    seconds: float = 0.0
    stages: dict = field(default_factory=dict)
    up_to_date: bool = False
    exit_code: int = EXIT_OK

    @classmethod
    def of(cls, b: Build) -> RunSummary:
        """The counts of a Build (nothing written yet)."""
        import numpy as np

        m = b.mentions
        placed = m["placed"].to_numpy(dtype=bool)
        in_aoi = m["in_aoi"].to_numpy(dtype=bool)
        return cls(
            reports=len(b.reports),
            rejected=len(b.rejected),
            mentions=len(m),
            placed=int(np.sum(placed & in_aoi)),
            approximate=int(m["place_id"].astype(str).str.startswith(APPROXIMATE_PREFIXES).sum()),
            outside_aoi=int(np.sum(placed & ~in_aoi)),
            unresolved=int(np.sum(~placed)),
            events=len(b.events),
            unplaced_events=len(b.unplaced),
            changes=sum(len(v) for v in b.control.changes.values()),
            dates=len(b.dates),
            warnings=len(b.warnings),
            exit_code=EXIT_NOTHING if not b.reports else EXIT_REJECTED if b.rejected else EXIT_OK,
        )

    def lines(self) -> list[str]:
        if self.up_to_date:
            return [f"nothing changed since the last run; maps are up to date ({self.seconds:.2f} s)"]
        stages = ", ".join(f"{k} {v:.2f}s" for k, v in self.stages.items())
        return [
            f"reports read: {self.reports} ({self.rejected} input(s) rejected, see rejected.csv; "
            f"{self.warnings} warning(s), see warnings.csv)",
            f"place mentions: {self.mentions} — placed {self.placed}, not placed {self.unresolved}, "
            f"outside the area of interest {self.outside_aoi} (see unresolved.csv)"
            + (
                f"; {self.approximate} placed only approximately, from the places the text names with them "
                f"(gazetteer fixes wanted: mentions whose place_id starts {_PREFIXES_SAID})"
                if self.approximate
                else ""
            ),
            f"events: {self.events}, and {self.unplaced_events} at no placed place (see unresolved.csv); "
            f"settlements that changed hands: {self.changes}",
            f"maps written: {self.maps_written} ({self.maps_unchanged} unchanged) for {self.dates} date(s); "
            f"{self.files_written} file(s) written, {self.files_removed} removed",
            f"time: {self.seconds:.1f} s ({stages})",
        ]


def _input_roots(settings: Settings, reports: Path | Iterable[Path] | None) -> list[Path]:
    roots = [settings.data_dir, settings.zones_dir, settings.gazetteer_dir]
    if reports is None:
        roots.append(settings.reports_dir)
    else:
        items = [reports] if isinstance(reports, str | Path) else list(reports)
        roots += [Path(p) if Path(p).is_dir() else Path(p).parent for p in items]
    return roots


def run(
    settings: Settings = DEFAULTS,
    *,
    reports: Path | Iterable[Path] | None = None,
    dates: Sequence[dt.date] | None = None,
    force: bool = False,
    workers: int = 1,
    scheduler: Any = None,
    online_tiles: bool = True,
    progress: Progress = no_progress,
) -> RunSummary:
    """Build every output from the inputs named by ``settings`` and publish them in ``settings.out_dir``.

    A run is a transaction (see :mod:`geo.outputs`): the output folder is locked, the
    outputs are written to a staging folder and swapped in at once, and the manifest
    records a hash of every input and output.  With nothing changed since the last
    complete run (and its files intact) the run returns after hashing.

    Parameters
    ----------
    settings : Settings
        Input folders, output folder, theatre and thresholds.
    reports : path(s), optional
        Report files/folders; default ``settings.reports_dir``.
    dates : sequence of date, optional
        Only write the maps of these dates (zones are still modelled over all dates).
    force : bool
        Rebuild and rewrite everything even if the manifest says nothing changed.
    workers, scheduler, progress
        See :func:`build`.

    Returns
    -------
    RunSummary
        Counts, timings and the exit code (0 ok, 1 some inputs rejected, 3 nothing built).

    Raises
    ------
    GeoMapError
        Unusable shared inputs; an output folder that cannot be written
        (:class:`~geo.exc.OutputError`); another run holding the folder
        (:class:`~geo.exc.UsageError`).
    """
    from . import outputs as O

    t0 = time.perf_counter()
    out = O.check_output_folder(settings.out_dir, _input_roots(settings, reports))
    with O.output_lock(out):
        if n := O.recover(out):
            log.warning("cleaned up %d leftover(s) of an interrupted run in %s", n, out)
        inputs = O.input_hashes(settings, reports)
        key = O.run_key(
            settings,
            dates=",".join(d.isoformat() for d in dates) if dates else None,
            online_tiles=online_tiles,
        )
        manifest = O.read_manifest(out)
        if not force and O.up_to_date(out, manifest, inputs, key):
            return RunSummary(
                up_to_date=True, seconds=time.perf_counter() - t0, exit_code=int(manifest.get("exit_code", EXIT_OK))
            )
        b = build(settings, reports=reports, workers=workers, scheduler=scheduler, progress=progress)
        summary = RunSummary.of(b)
        t = time.perf_counter()
        plan = O.plan(b, dates=dates, online_tiles=online_tiles)
        keep = [n for n in manifest.get("outputs", {}) if dates and _is_date_output(n)]
        done = O.publish(
            plan,
            out,
            manifest=manifest,
            force=force,
            record={"inputs": inputs, "key": key, "exit_code": summary.exit_code},
            keep=keep,
            progress=progress,
        )
    pages = {o.name for o in plan if o.kind == "page" and o.fingerprint is not None}
    summary.maps_written = sum(n in pages for n in done.written)
    summary.maps_unchanged = sum(n in pages for n in done.unchanged)
    summary.files_written, summary.files_removed = len(done.written), len(done.removed)
    summary.stages = {**b.timings, "write": time.perf_counter() - t}
    summary.seconds = time.perf_counter() - t0
    return summary


def _is_date_output(name: str) -> bool:
    stem = Path(name).stem
    try:
        dt.date.fromisoformat(stem)
    except ValueError:
        return False
    return True
