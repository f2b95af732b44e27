"""Event datasets that need no geoparsing: ACLED exports and UCDP GED, as events.

Files live in ``data/events/`` (``*.csv`` or ``*.csv.gz``); the header tells the
format:

``ACLED``
    an export from ACLED (``event_id_cnty, event_date, event_type, sub_event_type,
    actor1, actor2, latitude, longitude, geo_precision``; ``time_precision,
    assoc_actor_1, admin1, admin2, location, source, notes, fatalities`` used when
    present).  ``event_date`` may be ISO (``2019-08-21``) or ACLED's older
    ``21 August 2019`` / ``21-August-2019``.
``UCDP GED``
    the Georeferenced Event Dataset's CSV (``id, date_start, date_end, latitude,
    longitude, where_prec, side_a, side_b, type_of_violence, best``;
    ``where_coordinates, adm_1, adm_2, source_headline, source_article`` used when
    present).  ``where_prec`` 1–5 becomes geo precision 1, 2 or 3; 6 (the country)
    is too coarse to draw and is rejected with that reason.

Each row becomes one :class:`~geo.events.Event` at its own coordinates, with its
own precision and source.  Its text (ACLED's ``notes``, UCDP's headline) is still
read with :func:`geo.clauses.read_sentence`: UCDP rows take their event type from
it, and a completed transfer of the row's own place is a change of control (an
ACLED "Government regains territory" / "Non-state actor overtakes territory" row is
one by its coding).  Actor names are matched to the actor table; names it lacks are
kept as written.

A missing column rejects the file; a bad date, an unknown event type or a
coordinate that is off the globe, swapped or outside the country rejects the row
(file, line, row and reason); the other rows are used.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import re
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import shapely

from .actors import Actors
from .clauses import TRANSFERS, read_sentence, word_kinds
from .events import ACLED_TYPES, KIND_OF_SUB, Event, acled_type
from .exc import Rejection
from .gazetteer import Place
from .geometry import country_outline
from .names import skeleton
from .settings import DEFAULTS
from .theatre import in_box

ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "latitude",
    "longitude",
    "geo_precision",
)
UCDP_COLUMNS = (
    "id",
    "date_start",
    "date_end",
    "latitude",
    "longitude",
    "where_prec",
    "side_a",
    "side_b",
    "type_of_violence",
    "best",
)
_UCDP_PRECISION = {1: 1, 2: 2, 3: 3, 4: 3, 5: 3}
_PLACE_WORDS = re.compile(
    r"\s+(village|town|city|district|governorate|neighbou?rhood|area|farms?|plains?|mountains?|"
    r"camp|airport|army\s+base|military\s+air\s+base|air\s+base|base|road|gas\s+field|oil\s+field|dam)$",
    re.I,
)
_KIND_OF_WORD = {"village": "village", "town": "town", "city": "city", "neighborhood": "village"}


def event_files(directory: Path) -> list[Path]:
    """The ``*.csv`` and ``*.csv.gz`` files of ``directory`` (none if it does not exist)."""
    d = Path(directory)
    if not d.is_dir():
        return []
    return sorted(
        p for p in d.iterdir() if p.is_file() and not p.name.startswith(".") and p.name.endswith((".csv", ".csv.gz"))
    )


def read_event_files(
    paths: Path | Iterable[Path], actors: Actors, *, country: str = DEFAULTS.aoi_country, aoi=DEFAULTS.aoi
) -> tuple[list[Event], list[Rejection]]:
    """Read ACLED and UCDP GED files into events.

    Parameters
    ----------
    paths : path or iterable of paths
        Files, or a folder (see :func:`event_files`).
    actors : Actors
        Actor names are matched to its aliases.
    country : str
        ISO code of the country the events must lie in (swapped coordinates are told apart).
    aoi : tuple
        ``(min_lon, min_lat, max_lon, max_lat)``, used when no outline of ``country`` is shipped.

    Returns
    -------
    (list of Event, list of Rejection)
        Events in file and row order; each unusable file or row with its reason.
    """
    if isinstance(paths, (str, Path)):  # a folder (absent: no event files), or one file
        paths = event_files(Path(paths)) if Path(paths).is_dir() or not Path(paths).exists() else [Path(paths)]
    events: list[Event] = []
    rejected: list[Rejection] = []
    for path in paths:
        evs, rej = _read_file(Path(path), actors, country, aoi)
        events += evs
        rejected += rej
    return events, rejected


def _read_file(path: Path, actors: Actors, country: str, aoi) -> tuple[list[Event], list[Rejection]]:
    try:
        raw = path.read_bytes()
        if path.name.endswith(".gz"):
            raw = gzip.decompress(raw)
        text = raw.decode("utf-8-sig")
    except (OSError, EOFError, gzip.BadGzipFile) as err:
        return [], [Rejection(str(path), 0, f"cannot read: {err}")]
    except UnicodeDecodeError as err:
        return [], [Rejection(str(path), 0, f"not UTF-8 text ({err.reason} at byte {err.start}); save it as UTF-8")]
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip() for h in reader.fieldnames or ()]
    reader.fieldnames = header
    need: tuple[str, ...]
    if "event_id_cnty" in header or "sub_event_type" in header:
        fmt, need = "ACLED", ACLED_COLUMNS
    elif {"where_prec", "side_a", "date_start", "type_of_violence"} & set(header):
        fmt, need = "UCDP GED", UCDP_COLUMNS
    else:
        return [], [
            Rejection(
                str(path),
                1,
                "not an ACLED export (event_id_cnty, event_type, …) nor a UCDP GED file (id, date_start, "
                f"where_prec, …); header: {', '.join(header[:8]) or 'none'}",
            )
        ]
    missing = [c for c in need if c not in header]
    if missing:
        return [], [Rejection(str(path), 1, f"{fmt} file without column(s) {', '.join(missing)}")]
    rows: list[tuple[int, int, dict]] = []
    end_of_previous = reader.line_num
    for n, rec in enumerate(reader, start=1):
        rows.append((n, end_of_previous + 1, rec))
        end_of_previous = reader.line_num
    ok, problems = _check_positions(rows, country, aoi)
    events: list[Event] = []
    rejected = [Rejection(str(path), line, f"row {n}: {why}") for n, line, why in problems]
    make = _acled_event if fmt == "ACLED" else _ucdp_event
    for n, line, rec in ok:
        try:
            events.append(make(rec, actors, path.name))
        except ValueError as err:
            rid = rec.get("event_id_cnty") or rec.get("id") or ""
            rejected.append(Rejection(str(path), line, f"row {n}: {err}", str(rid)))
    rejected.sort(key=lambda r: r.line)
    return events, rejected


def _check_positions(rows, country: str, aoi):
    """Rows with usable coordinates, and (row, line, reason) for the others — one vectorised test."""
    lat = np.full(len(rows), np.nan)
    lon = np.full(len(rows), np.nan)
    bad: dict[int, str] = {}
    for n, (_, _, rec) in enumerate(rows):
        try:
            lat[n], lon[n] = float(rec.get("latitude") or "nan"), float(rec.get("longitude") or "nan")
        except ValueError:
            bad[n] = f"latitude/longitude {rec.get('latitude')!r}, {rec.get('longitude')!r} are not numbers"
    finite = np.isfinite(lat) & np.isfinite(lon)
    for i in np.flatnonzero(~finite):
        bad.setdefault(int(i), "no latitude/longitude")
    globe = finite & (np.abs(lat) <= 90) & (np.abs(lon) <= 180)
    for i in np.flatnonzero(finite & ~globe):
        bad[int(i)] = f"latitude={lat[i]}, longitude={lon[i]} is off the globe (latitude within ±90, longitude ±180)"
    try:
        outline = country_outline(country) if country else None
    except LookupError:
        outline = None
    if outline is not None:
        near = shapely.buffer(outline, 0.05)
        inside = np.zeros(len(rows), dtype=bool)
        inside[globe] = shapely.intersects_xy(near, lon[globe], lat[globe])
        swapped = np.zeros(len(rows), dtype=bool)
        swapped[globe] = shapely.intersects_xy(outline, lat[globe], lon[globe])
    else:
        inside = globe & in_box(lat, lon, aoi)
        swapped = globe & in_box(lon, lat, aoi)
    for i in np.flatnonzero(globe & ~inside):
        where = country or "the area of interest"
        bad[int(i)] = (
            f"latitude={lat[i]}, longitude={lon[i]} looks swapped: ({lon[i]}, {lat[i]}) is inside {where}"
            if swapped[i]
            else f"latitude={lat[i]}, longitude={lon[i]} is outside {where}"
        )
    ok = [(n, line, rec | {"_lat": lat[i], "_lon": lon[i]}) for i, (n, line, rec) in enumerate(rows) if i not in bad]
    return ok, [(rows[i][0], rows[i][1], why) for i, why in sorted(bad.items())]


def _date(text: str, column: str) -> dt.date:
    t = (text or "").strip()
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d/%m/%Y", "%d %b %Y", "%d-%b-%Y"):
        try:
            return dt.datetime.strptime(t[:10] if fmt == "%Y-%m-%d" else t, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"{column}={t!r} is not a date (2019-08-21 or 21 August 2019)")


def _int(text: str, column: str, allowed: Iterable[int] | None = None, *, blank: int | None = None) -> int:
    t = (text or "").strip()
    if not t:
        if blank is None:
            raise ValueError(f"{column} is empty")
        return blank
    try:
        v = int(float(t))
    except ValueError:
        raise ValueError(f"{column}={t!r} is not a number") from None
    if allowed is not None and v not in allowed:
        raise ValueError(f"{column}={t!r}; expected one of {', '.join(map(str, allowed))}")
    return v


def _actor(name: str, actors: Actors) -> str:
    """The actor id for a dataset's actor name, or the name itself when the table lacks it."""
    name = (name or "").strip()
    if not name:
        return ""
    if name in actors:
        return name
    found = actors.find(name)
    return found[0].actor if found else name


def _place(prefix: str, ident: str, name: str, lat: float, lon: float, admin1: str, country: str) -> Place:
    word = _PLACE_WORDS.search(name or "")
    kind = _KIND_OF_WORD.get(word.group(1).lower(), "village") if word else "village"
    clean = _PLACE_WORDS.sub("", name or "").strip() or f"{lat:.4f}, {lon:.4f}"
    return Place(f"{prefix}:{ident}", clean, float(lat), float(lon), kind, admin1, country, source=prefix)


def _spans(text: str, name: str) -> list[tuple[int, int]]:
    """Where the row's place is named in its text: capitalised runs whose skeleton matches."""
    key = skeleton(name)
    if not key:
        return []
    out = []
    for m in re.finditer(r"[A-Z][\w'’-]*(?:\s+(?:al|el|as|ash|ad|ar|an|at|az|[A-Z])[\w'’-]*)*", text):
        if skeleton(m.group()) == key:
            out.append((m.start(), m.end()))
    return out


def _read_text(text: str, name: str, date: dt.date, actors: Actors):
    """The first predicate of ``text`` about the row's place (or about no named place), or None."""
    for part in re.split(r"\s*;\s*", text or ""):
        if not part.strip():
            continue
        spans = _spans(part, name)
        reading = read_sentence(part, actors.find(part), spans or [(len(part), len(part))], date, headline=True)
        if reading.predicates:
            return reading.predicates[0], part
    return None, ""


def _acled_event(rec: dict, actors: Actors, source_file: str) -> Event:
    event_type = (rec.get("event_type") or "").strip()
    sub = (rec.get("sub_event_type") or "").strip()
    if event_type not in ACLED_TYPES:
        raise ValueError(f"unknown event_type {event_type!r}; expected one of {', '.join(ACLED_TYPES)}")
    if sub not in ACLED_TYPES[event_type]:
        raise ValueError(
            f"unknown sub_event_type {sub!r} for {event_type}; expected one of {', '.join(ACLED_TYPES[event_type])}"
        )
    date = _date(rec.get("event_date", ""), "event_date")
    geo_precision = _int(rec.get("geo_precision", ""), "geo_precision", (1, 2, 3))
    time_precision = _int(rec.get("time_precision", ""), "time_precision", (1, 2, 3), blank=1)
    fatalities = _int(rec.get("fatalities", ""), "fatalities", blank=-1)
    ident = (rec.get("event_id_cnty") or "").strip()
    if not ident:
        raise ValueError("event_id_cnty is empty")
    actor1, actor2 = _actor(rec.get("actor1", ""), actors), _actor(rec.get("actor2", ""), actors)
    name = (rec.get("location") or "").strip()
    place = _place("acled", ident, name, rec["_lat"], rec["_lon"], (rec.get("admin1") or "").strip(), "")
    notes = (rec.get("notes") or "").strip()
    kind = KIND_OF_SUB[sub]
    winner = ""
    if kind in TRANSFERS:
        p, _ = _read_text(notes, name, date, actors)
        if p is not None and p.kind in TRANSFERS and p.outcome == "done" and p.winner:
            winner = p.winner
        elif sub != "Non-violent transfer of territory":
            winner = actor1  # ACLED's coding says actor1 took the place
    change = bool(winner and actors.controller_of(winner) and geo_precision == 1)
    return Event(
        id=ident,
        date=date,
        report_id=source_file,
        kind=kind,
        event_type=event_type,
        sub_event_type=sub,
        actor1=actor1,
        actor2=actor2,
        place=place,
        surface=name,
        sentence=notes,
        trigger="",
        start=0,
        end=0,
        confidence=1.0,
        assoc_actor_1=_actor(rec.get("assoc_actor_1", ""), actors),
        control_change=change,
        new_controller=winner if change else "",
        old_controller=actor2 if change and actor2 in actors else "",
        fatalities=None if fatalities is None or fatalities < 0 else fatalities,
        geo_precision=geo_precision,
        time_precision=time_precision,
        source=(rec.get("source") or "").strip() or "ACLED",
        origin="acled",
    )


def _ucdp_event(rec: dict, actors: Actors, source_file: str) -> Event:
    ident = (rec.get("id") or "").strip()
    if not ident:
        raise ValueError("id is empty")
    start = _date(rec.get("date_start", ""), "date_start")
    end = _date(rec.get("date_end", "") or rec.get("date_start", ""), "date_end")
    if end < start:
        raise ValueError(f"date_end {end} is before date_start {start}")
    prec = _int(rec.get("where_prec", ""), "where_prec", (1, 2, 3, 4, 5, 6))
    if prec == 6:
        raise ValueError("where_prec 6: only the country is known; too coarse to draw")
    violence = _int(rec.get("type_of_violence", ""), "type_of_violence", (1, 2, 3))
    best = _int(rec.get("best", ""), "best", blank=-1)
    side_a, side_b = _actor(rec.get("side_a", ""), actors), _actor(rec.get("side_b", ""), actors)
    where = (rec.get("where_coordinates") or "").strip()
    place = _place("ucdp", ident, where, rec["_lat"], rec["_lon"], (rec.get("adm_1") or "").strip(), "")
    headline = (rec.get("source_headline") or "").strip()
    p, part = _read_text(headline, place.name, start, actors)
    kinds = word_kinds(headline)
    kind = p.kind if p is not None else kinds[0] if kinds else ("violence" if violence == 3 else "clash")
    actor1, actor2 = side_a, side_b
    change = False
    winner = ""
    if p is not None and p.kind in TRANSFERS and p.outcome == "done" and p.winner and p.aspect == "event":
        winner = p.winner
        change = bool(actors.controller_of(winner)) and _UCDP_PRECISION[prec] == 1 and bool(_spans(part, place.name))
        actor1, actor2 = winner, (side_b if winner != side_b else side_a)
    elif kind in TRANSFERS:
        kind = "clash"  # a transfer UCDP's headline does not tie to this place: fighting there
    days = (end - start).days
    event_type, sub = acled_type(kind, actor1, actors)
    return Event(
        id=f"ucdp:{ident}",
        date=start,
        report_id=source_file,
        kind=kind,
        event_type=event_type,
        sub_event_type=sub,
        actor1=actor1,
        actor2=actor2,
        place=place,
        surface=where,
        sentence=headline,
        trigger=p.trigger if p is not None else "",
        start=0,
        end=0,
        confidence=1.0,
        control_change=change,
        new_controller=winner if change else "",
        old_controller="",
        fatalities=None if best is None or best < 0 else best,
        geo_precision=_UCDP_PRECISION[prec],
        time_precision=1 if days == 0 else 2 if days <= 7 else 3,
        source="UCDP GED" + (f" ({rec.get('source_article', '').strip()[:120]})" if rec.get("source_article") else ""),
        origin="ucdp",
    )
