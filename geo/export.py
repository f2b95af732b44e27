"""Tables and GIS layers: GeoDataFrames in EPSG:4326, written atomically.

Layers (each with ``valid_from`` / ``valid_to`` so QGIS can play them as a
temporal layer):

``zones``        one multipolygon per controller (and per pocket) and date; ``unknown`` is the
                ground no control mark reaches
``front_lines``  the shared boundaries between different controllers, as lines, with both sides
``pockets``      besieged pockets: holder, besieger, since/until, the sentence that opened them
``settlements``  every control mark as a point, one row per run of days under one controller
``bases``        bases and observation posts with their actor and kind
``places``       one point per place named on a date (mentions aggregated)
``areas``        areal phrases ("southeast Idlib") as polygons
``events``       who did what where (point at the place), in ACLED's vocabulary
``changes``      settlements that changed hands, with the causing sentence

``maps/events.csv`` holds the events in ACLED's column layout (:data:`ACLED_COLUMNS`),
so they can be put next to an ACLED export.

Every write goes to a temporary file in the target folder and is renamed into
place, so an interrupted run never leaves a half-written file.
"""

from __future__ import annotations

import bisect
import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ._files import atomic_path, write_text
from .events import Event, UnplacedEvent
from .exc import Rejection
from .geocode import Resolved
from .geometry import lonlat_points
from .reports import Report
from .zones import Change, ControlModel

_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _neutral(value: Any) -> Any:
    """A text cell that a spreadsheet would run as a formula, prefixed with ``'`` (OWASP's advice).

    Numbers stay numbers: ``-3.5`` is left alone, ``=HYPERLINK(…)`` and ``-cmd`` are not.

    >>> _neutral("=HYPERLINK(1)"), _neutral("-12.5"), _neutral("@SUM(A1)"), _neutral(-4)
    ("'=HYPERLINK(1)", '-12.5', "'@SUM(A1)", -4)
    """
    if isinstance(value, str) and value.startswith(_FORMULA):
        try:
            float(value)
        except ValueError:
            return "'" + value
    return value


def write_csv(path: Path, rows: Iterable[dict], columns: Sequence[str]) -> None:
    """Write rows as CSV atomically (always with a header, even when empty); formula-like cells neutralised."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(columns), extrasaction="ignore")
    w.writeheader()
    for row in rows:
        # _neutral only for the cells it may change (a text starting like a formula): one test per cell
        w.writerow({k: _neutral(v) if isinstance(v, str) and v.startswith(_FORMULA) else v for k, v in row.items()})
    write_text(path, buf.getvalue())


def write_frame_csv(path: Path, df: pd.DataFrame) -> None:
    """Write a DataFrame as CSV atomically (pandas' C writer); formula-like text cells neutralised."""
    out = df.copy()
    for col in out.columns:
        if pd.api.types.is_object_dtype(out[col]) or pd.api.types.is_string_dtype(out[col]):
            cells = out[col]
            try:  # a text column: only the cells starting like a formula go through _neutral
                risky = cells.str.startswith(_FORMULA, na=False).to_numpy(bool)
            except (AttributeError, TypeError):  # mixed values: every cell
                risky = np.ones(len(cells), dtype=bool)
            if risky.all():
                out[col] = cells.map(_neutral)
            elif risky.any():
                fixed = cells.to_numpy(dtype=object, copy=True)
                fixed[risky] = [_neutral(v) for v in fixed[risky]]
                out[col] = fixed.tolist()
    with atomic_path(path) as tmp:
        out.to_csv(tmp, index=False)


REPORT_COLUMNS = ("date", "id", "title", "source", "url", "file", "line", "warnings")


def report_rows(reports: Iterable[Report]) -> Iterator[dict]:
    """The reports read, one row each (``reports.csv``)."""
    for r in reports:
        yield {
            "date": r.date.isoformat(),
            "id": r.id,
            "title": r.title,
            "source": r.source,
            "url": r.url,
            "file": r.path,
            "line": r.line,
            "warnings": " | ".join(r.warnings),
        }


# -- frames ----------------------------------------------------------------------------


def _valid_to(dates: list[dt.date], d: dt.date) -> dt.date:
    """The day before the next date after ``d`` (``d`` itself for the last date)."""
    i = bisect.bisect_right(dates, d)
    return dates[i] - dt.timedelta(days=1) if i < len(dates) else d


def mentions_frame(reports: Sequence[Report], resolved: Sequence[Sequence[Resolved]]) -> pd.DataFrame:
    """Every mention (placed or not) as a plain table, one row per mention."""
    rows = []
    for rep, res in zip(reports, resolved):
        for r in res:
            m, p = r.mention, r.place
            rows.append(
                {
                    "date": rep.date.isoformat(),
                    "report": rep.id,
                    "mention": m.surface,
                    "start": m.start,
                    "end": m.end,
                    "sentence": m.sentence,
                    "cue": m.cue,
                    "relation": m.relation,
                    "place_id": p.id if p else "",
                    "name": p.name if p else "",
                    "kind": p.kind if p else "",
                    "lat": round(p.lat, 5) if p else None,
                    "lon": round(p.lon, 5) if p else None,
                    "admin1": p.admin1 if p else "",
                    "country": p.country if p else "",
                    "confidence": r.confidence,
                    "in_aoi": r.in_aoi,
                    "placed": p is not None,
                    "why": r.why,
                    "title": rep.title,
                    "source": rep.source,
                    "url": rep.url,
                    "sentence_at": m.start - m.sentence_start,
                }
            )
    return pd.DataFrame(
        rows,
        columns=[
            "date",
            "report",
            "mention",
            "start",
            "end",
            "sentence",
            "cue",
            "relation",
            "place_id",
            "name",
            "kind",
            "lat",
            "lon",
            "admin1",
            "country",
            "confidence",
            "in_aoi",
            "placed",
            "why",
            "title",
            "source",
            "url",
            "sentence_at",
        ],
    )


def places_frame(
    reports: Sequence[Report], resolved: Sequence[Sequence[Resolved]], dates: list[dt.date]
) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """Placed mentions aggregated per (date, place): points, and areal phrases as polygons."""
    agg: dict[tuple, dict] = {}
    for rep, res in zip(reports, resolved):
        for r in res:
            p = r.place
            if p is None or not r.in_aoi:
                continue
            k = (rep.date, p.id)
            row = agg.get(k)
            if row is None:
                row = agg[k] = {
                    "date": rep.date,
                    "place_id": p.id,
                    "name": p.name,
                    "kind": p.kind,
                    "admin1": p.admin1,
                    "lat": p.lat,
                    "lon": p.lon,
                    "confidence": r.confidence,
                    "surfaces": [],
                    "mentions": [],
                    "geometry_area": p.geometry if p.is_areal else None,
                    "why": r.why,
                }
            row["confidence"] = max(row["confidence"], r.confidence)
            if r.mention.surface not in row["surfaces"]:
                row["surfaces"].append(r.mention.surface)
            row["mentions"].append(
                {
                    "report": rep.id,
                    "title": rep.title,
                    "source": rep.source,
                    "url": rep.url,
                    "sentence": r.mention.sentence,
                    "at": [r.mention.start - r.mention.sentence_start, r.mention.end - r.mention.sentence_start],
                }
            )
    rows = list(agg.values())
    for row in rows:
        row["valid_from"] = row["date"]
        row["valid_to"] = _valid_to(dates, row["date"])
        row["n_mentions"] = len(row["mentions"])
    cols = [
        "date",
        "valid_from",
        "valid_to",
        "place_id",
        "name",
        "kind",
        "admin1",
        "confidence",
        "n_mentions",
        "surfaces",
        "mentions",
        "why",
    ]
    pts = [r for r in rows if r["geometry_area"] is None]
    areas = [r for r in rows if r["geometry_area"] is not None]
    places = gpd.GeoDataFrame(
        pd.DataFrame(pts, columns=cols),
        geometry=lonlat_points([r["lat"] for r in pts], [r["lon"] for r in pts]),
        crs="EPSG:4326",
    )
    area_gdf = gpd.GeoDataFrame(
        pd.DataFrame(areas, columns=cols),
        geometry=np.array([r["geometry_area"] for r in areas], dtype=object),
        crs="EPSG:4326",
    )
    return places, area_gdf


def _map_date(dates: list[dt.date], d: dt.date) -> dt.date:
    """The first modelled date on or after ``d`` (the last date for later events): an event
    dated "at the end of July" by a report of 7 August is drawn on the first map."""
    i = bisect.bisect_left(dates, d)
    return dates[i] if i < len(dates) else (dates[-1] if dates else d)


EVENT_COLUMNS = [
    "date",
    "valid_from",
    "valid_to",
    "id",
    "report",
    "kind",
    "event_date",
    "event_type",
    "sub_event_type",
    "actor",
    "assoc_actor_1",
    "actor2",
    "control_change",
    "new_controller",
    "old_controller",
    "fatalities",
    "place_id",
    "name",
    "surface",
    "place_kind",
    "geo_precision",
    "time_precision",
    "time_phrase",
    "trigger",
    "sentence",
    "sentence_at",
    "confidence",
    "source",
    "origin",
]


def events_frame(events: Sequence[Event], dates: list[dt.date]) -> gpd.GeoDataFrame:
    """Events as points (areal places by their representative point).

    ``date`` is the map the event is drawn on (the first modelled date on or after
    ``event_date``); ``event_date`` is ACLED's date with its ``time_precision``.
    """
    dates = sorted(dates)
    rows = []
    for e in events:
        shown = _map_date(dates, e.date)
        rows.append(
            {
                "date": shown,
                "valid_from": shown,
                "valid_to": _valid_to(dates, shown),
                "id": e.id,
                "report": e.report_id,
                "kind": e.kind,
                "event_date": e.date.isoformat(),
                "event_type": e.event_type,
                "sub_event_type": e.sub_event_type,
                "actor": e.actor1,
                "assoc_actor_1": e.assoc_actor_1,
                "actor2": e.actor2,
                "control_change": e.control_change,
                "new_controller": e.new_controller,
                "old_controller": e.old_controller,
                "fatalities": e.fatalities,
                "place_id": e.place.id,
                "name": e.place.name,
                "surface": e.surface,
                "place_kind": e.place.kind,
                "geo_precision": e.geo_precision,
                "time_precision": e.time_precision,
                "time_phrase": e.time_phrase,
                "trigger": e.trigger,
                "sentence_at": e.start - e.sentence_start,
                "sentence": e.sentence,
                "confidence": e.confidence,
                "source": e.source,
                "origin": e.origin,
            }
        )
    return gpd.GeoDataFrame(
        pd.DataFrame(rows, columns=EVENT_COLUMNS),
        geometry=lonlat_points([e.place.lat for e in events], [e.place.lon for e in events]),
        crs="EPSG:4326",
    )


#: ``maps/events.csv``: ACLED's columns, in ACLED's order
ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value):
    """A text cell a spreadsheet will not run: one starting with ``= + - @`` (or a tab or
    carriage return) gets a leading apostrophe.  Numbers pass unchanged.

    >>> csv_safe("=1+2"), csv_safe("-12 killed"), csv_safe(-12.5)
    ("'=1+2", "'-12 killed", -12.5)
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def acled_rows(events: Sequence[Event], actors, *, digits: int = 5) -> list[dict]:
    """Events as ACLED rows (:data:`ACLED_COLUMNS`): actor labels, the place's admin1, the
    sentence as *notes* (with the words that set the date, when the text gave one)."""

    def label(a: str) -> str:
        return actors.label(a) if a in actors else a

    rows = []
    for e in events:
        notes = e.sentence
        if e.time_phrase:
            notes += f" [date from '{e.time_phrase}']"
        if e.control_change:
            notes += f" [control: {label(e.old_controller) or 'previous holder'} -> {label(e.new_controller)}]"
        row = {
            "event_id_cnty": e.id,
            "event_date": e.date.isoformat(),
            "time_precision": e.time_precision,
            "event_type": e.event_type,
            "sub_event_type": e.sub_event_type,
            "actor1": label(e.actor1),
            "assoc_actor_1": label(e.assoc_actor_1),
            "actor2": label(e.actor2),
            "admin1": e.place.admin1,
            "admin2": "",
            "location": e.place.name,
            "latitude": round(e.place.lat, digits),
            "longitude": round(e.place.lon, digits),
            "geo_precision": e.geo_precision,
            "source": e.source or e.report_id,
            "notes": notes,
            "fatalities": e.fatalities or 0,
        }
        rows.append({k: csv_safe(v) for k, v in row.items()})
    return rows


def changes_frame(model: ControlModel) -> gpd.GeoDataFrame:
    """Settlements that changed hands, one row per flip."""
    flips: list[Change] = [c for d in model.dates for c in model.changes.get(d, [])]
    cols = [
        "date",
        "valid_from",
        "valid_to",
        "settlement",
        "before",
        "after",
        "kind",
        "basis",
        "event_id",
        "report",
        "sentence",
    ]
    rows = [
        {
            "date": c.date,
            "valid_from": c.date,
            "valid_to": _valid_to(model.dates, c.date),
            "settlement": c.settlement,
            "before": c.before,
            "after": c.after,
            "kind": c.kind,
            "basis": c.basis,
            "event_id": c.event_id,
            "report": c.report_id,
            "sentence": c.sentence,
        }
        for c in flips
    ]
    return gpd.GeoDataFrame(
        pd.DataFrame(rows, columns=cols),
        geometry=lonlat_points([c.lat for c in flips], [c.lon for c in flips]),
        crs="EPSG:4326",
    )


def _stacked(frames: list[gpd.GeoDataFrame], columns: Sequence[str]) -> gpd.GeoDataFrame:
    """Per-date frames as one (EPSG:4326); an empty frame with ``columns`` when there are none."""
    frames = [f for f in frames if len(f)]
    if not frames:
        return gpd.GeoDataFrame(pd.DataFrame(columns=[*columns]), geometry=[], crs="EPSG:4326")
    return gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), geometry="geometry", crs="EPSG:4326")


def front_lines_frame(model: ControlModel) -> gpd.GeoDataFrame:
    """Front lines of every date stacked (:meth:`ControlModel.front_lines_on`)."""
    columns = ["side_a", "side_b", "pocket", "length_km", "valid_from", "valid_to"]
    return _stacked([model.front_lines_on(d) for d in model.dates], columns)


def pockets_on(model: ControlModel, date: dt.date) -> gpd.GeoDataFrame:
    """The pockets standing on ``date`` as polygons, with who holds and who besieges them."""
    z = model.zones_on(date)
    z = z[z["pocket"] != ""]
    meta = {p.id: p for p in model.pockets}
    rows = [
        {
            "pocket": pid,
            "holder": meta[pid].holder,
            "besieger": meta[pid].besieger,
            "since": meta[pid].since,
            "until": meta[pid].until,
            "named": ", ".join(meta[pid].names),
            "area_km2": a,
            "valid_from": vf,
            "valid_to": vt,
            "report": meta[pid].report_id,
            "sentence": meta[pid].sentence,
            "ended_by": meta[pid].ended_by,
        }
        for pid, a, vf, vt in zip(z["pocket"], z["area_km2"], z["valid_from"], z["valid_to"])
    ]
    return gpd.GeoDataFrame(
        pd.DataFrame(rows, columns=_POCKET_COLUMNS), geometry=list(z.geometry.values), crs="EPSG:4326"
    )


_POCKET_COLUMNS = ["pocket", "holder", "besieger", "since", "until", "named", "area_km2", "valid_from", "valid_to"]
_POCKET_COLUMNS += ["report", "sentence", "ended_by"]


def pockets_frame(model: ControlModel) -> gpd.GeoDataFrame:
    """Pockets of every date stacked (one row per pocket and date)."""
    return _stacked([pockets_on(model, d) for d in model.dates], _POCKET_COLUMNS)


def settlements_frame(model: ControlModel) -> gpd.GeoDataFrame:
    """Every control mark as a point, one row per run of consecutive dates under one
    controller (``valid_from`` / ``valid_to``), so QGIS temporal shows each one's side."""
    dates = model.dates
    s = model.settlements
    cols = ["name", "controller", "valid_from", "valid_to", "source"]
    if not dates or not len(s):
        return gpd.GeoDataFrame(pd.DataFrame(columns=cols), geometry=[], crs="EPSG:4326")
    codes = np.vstack([model.codes_on(d) for d in dates])  # dates × settlements
    starts = np.vstack([np.ones((1, codes.shape[1]), dtype=bool), codes[1:] != codes[:-1]])
    di, si = np.nonzero(starts)
    order = np.lexsort((di, si))
    di, si = di[order], si[order]
    nxt = np.append(di[1:], len(dates))
    nxt[np.append(si[1:] != si[:-1], True)] = len(dates)
    ends = [_valid_to(dates, dates[-1]) if k == len(dates) else dates[k] - dt.timedelta(days=1) for k in nxt]
    return gpd.GeoDataFrame(
        {
            "name": s["name"].to_numpy()[si],
            "controller": np.array(model.controllers, dtype=object)[codes[di, si]],
            "valid_from": [dates[k] for k in di],
            "valid_to": ends,
            "source": s["source"].to_numpy()[si],
        },
        geometry=s.geometry.values[si],
        crs="EPSG:4326",
    )


def bases_on(bases: gpd.GeoDataFrame, dates: list[dt.date], date: dt.date | None = None) -> gpd.GeoDataFrame:
    """Bases with ``valid_from`` / ``valid_to`` filled in (blank: the first / last date), and
    only those standing on ``date`` when one is given."""
    out = bases.copy()
    if not len(out) or not dates:
        return out
    out["valid_from"] = [v if v is not None and not pd.isna(v) else dates[0] for v in out["valid_from"]]
    out["valid_to"] = [v if v is not None and not pd.isna(v) else dates[-1] for v in out["valid_to"]]
    if date is not None:
        out = out[(out["valid_from"] <= date) & (out["valid_to"] >= date)]
    return out


def zones_frame(model: ControlModel) -> gpd.GeoDataFrame:
    """Zones of every date stacked, with ``valid_from`` / ``valid_to``."""
    columns = ["controller", "pocket", "area_km2", "valid_from", "valid_to", "source"]
    return _stacked([model.zones_on(d) for d in model.dates], columns)


# -- writers ---------------------------------------------------------------------------


def _iso_or_none(v: Any) -> str | None:
    return v.isoformat() if v is not None and not pd.isna(v) else None


def _gis_columns(gdf: gpd.GeoDataFrame) -> dict[str, list]:
    """The columns that need converting for GIS formats, converted: dates as ISO strings,
    lists/dicts as JSON text (judged by the first row, as GeoPackage/GeoJSON need one type).

    Dates are converted once per distinct value (a date column holds a handful), not per row.
    """
    out: dict[str, list] = {}
    if not len(gdf):
        return out
    geom = gdf.geometry.name
    for col, s in gdf.items():
        if col == geom:
            continue
        first = s.iloc[0]
        if isinstance(first, (list, dict, tuple)):
            out[col] = [json.dumps(v, ensure_ascii=False, separators=(",", ":")) for v in s]
        elif isinstance(first, (dt.date, pd.Timestamp)):
            codes, uniques = pd.factorize(s, use_na_sentinel=True)
            iso = np.array([*(_iso_or_none(v) for v in uniques), None], dtype=object)
            out[col] = iso[codes].tolist()  # code -1 (missing) takes the trailing None
    return out


def _gis_ready(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Dates as ISO strings and lists/dicts as JSON text (GeoPackage/GeoJSON-safe)."""
    out = gdf.copy(deep=False)  # copy-on-write: the caller's frame is never changed
    for col, values in _gis_columns(gdf).items():
        out[col] = values
    return out


def write_geojson(path: Path, layers: dict[str, gpd.GeoDataFrame], *, digits: int = 5) -> None:
    """One FeatureCollection holding every layer (property ``layer`` tells them apart).

    Geometries are serialised in one vectorised call per layer (``shapely.to_geojson``,
    coordinates rounded to ``digits`` decimals) and properties by pandas' JSON writer,
    from a plain frame of the converted columns (no GeoDataFrame copies per layer).
    """
    parts: list[str] = []
    for name, gdf in layers.items():
        if not len(gdf):
            continue
        geom = gdf.geometry.name
        converted = _gis_columns(gdf)
        columns = {"layer": name, **{c: converted.get(c, s) for c, s in gdf.items() if c != geom and c != "layer"}}
        props = pd.DataFrame(columns, index=gdf.index)
        rounded = shapely.transform(gdf.geometry.values, lambda c: np.round(c, digits))
        geoms = shapely.to_geojson(rounded)
        lines = props.to_json(orient="records", lines=True, force_ascii=False, date_format="iso").splitlines()
        parts.extend(f'{{"type":"Feature","properties":{p},"geometry":{q or "null"}}}' for p, q in zip(lines, geoms))
    write_text(path, '{"type":"FeatureCollection","features":[' + ",".join(parts) + "]}")


def write_gpkg(path: Path, layers: dict[str, gpd.GeoDataFrame]) -> None:
    """All layers into one GeoPackage, replaced atomically.

    The file's timestamps are pinned (GDAL's ``OGR_CURRENT_DATE``), so the same layers
    give the same bytes and a rerun can tell a changed GeoPackage from an unchanged one.
    """
    import pyogrio

    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": "2000-01-01T00:00:00.000Z"})
    with atomic_path(path, suffix=".gpkg") as tmp:
        tmp.unlink(missing_ok=True)
        for name, gdf in layers.items():
            g = _gis_ready(gdf)
            if not len(g):
                g = gpd.GeoDataFrame(g, geometry=gpd.GeoSeries([], crs="EPSG:4326"), crs="EPSG:4326")
            g.to_file(tmp, layer=name, driver="GPKG", engine="pyogrio")


UNRESOLVED_COLUMNS = (
    "date",
    "report",
    "mention",
    "start",
    "end",
    "reason",
    "confidence",
    "sentence",
    "title",
    "source",
    "url",
    "sentence_at",
    # added after sentence_at (scripts read the columns before them by position): what the row lists
    # ("mention" or "event") and, for an event at no placed place, its ACLED coding and its own date
    "kind",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "fatalities",
    "event_date",
)
REJECTED_COLUMNS = ("file", "line", "item", "reason")


def unresolved_rows(
    mentions: pd.DataFrame, *, events: Iterable[UnplacedEvent] = (), reports: Iterable[Report] = ()
) -> list[dict]:
    """Mentions that were not placed on the map (unresolved, or outside the area of interest),
    then the events read at no placed place.

    Parameters
    ----------
    mentions : DataFrame
        :func:`mentions_frame`.
    events : iterable of UnplacedEvent
        Events a sentence states without a placed place (:func:`geo.events.read_report_all`).
    reports : iterable of Report
        The reports of ``events`` (their date, title, source and url; an event whose report is
        not among them keeps its own date and source, and no title or url).

    Returns
    -------
    list of dict
        Rows of :data:`UNRESOLVED_COLUMNS`.  ``sentence_at`` is the mention's (the event
        words') offset in its sentence (``None`` for a table written before that column
        existed: pages then mark the first occurrence of the name).  An event's ``mention``
        is its event words, its ``reason`` ``event without a place: <type> / <sub-event type>
        (<actor1> → <actor2>); <why>``, and ``date`` its report's date (``event_date`` its own).
    """
    return [*_mention_rows(mentions), *_unplaced_rows(events, reports)]


def _mention_rows(mentions: pd.DataFrame) -> list[dict]:
    sel = mentions[~mentions["placed"] | ~mentions["in_aoi"]]
    rows = []
    for r in sel.itertuples(index=False):
        reason = r.why if not r.placed else f"outside the area of interest: {r.name} ({r.country})"
        at = getattr(r, "sentence_at", None)
        rows.append(
            {
                "date": r.date,
                "report": r.report,
                "mention": r.mention,
                "start": r.start,
                "end": r.end,
                "reason": reason,
                "confidence": r.confidence,
                "sentence": r.sentence,
                "title": r.title,
                "source": r.source,
                "url": r.url,
                "sentence_at": None if at is None or pd.isna(at) else int(at),
                "kind": "mention",
            }
        )
    return rows


def _unplaced_rows(events: Iterable[UnplacedEvent], reports: Iterable[Report]) -> list[dict]:
    by_id = {r.id: r for r in reports}
    rows = []
    for e in events:
        rep = by_id.get(e.report_id)
        sides = " → ".join(a for a in (e.actor1, e.actor2) if a)
        rows.append(
            {
                "date": (rep.date if rep is not None else e.date).isoformat(),
                "report": e.report_id,
                "mention": e.trigger,
                "start": e.start,
                "end": e.end,
                "reason": f"event without a place: {e.event_type} / {e.sub_event_type} ({sides}); {e.reason}",
                "confidence": None,
                "sentence": e.sentence,
                "title": rep.title if rep is not None else "",
                "source": e.source or (rep.source if rep is not None else ""),
                "url": rep.url if rep is not None else "",
                "sentence_at": e.start - e.sentence_start,
                "kind": "event",
                "event_type": e.event_type,
                "sub_event_type": e.sub_event_type,
                "actor1": e.actor1,
                "actor2": e.actor2,
                "fatalities": e.fatalities,
                "event_date": e.date.isoformat(),
            }
        )
    return rows


def rejected_rows(rejected: Iterable[Rejection]) -> list[dict]:
    """Inputs that could not be used: reports, table rows, zone features, whole files."""
    return [{"file": r.path, "line": r.line or "", "item": r.item, "reason": r.reason} for r in rejected]
