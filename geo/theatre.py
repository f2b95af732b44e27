"""The theatre: which part of the world a data set is about, as data.

A theatre file (``data/theatre.toml``, TOML) names everything that would otherwise be
hard-coded for one war: the countries the reports are about, the area of interest, the
metric projection, the admin units (their outlines, GeoNames codes and capitals), the
map's first view and the page titles.  The package knows no country of its own; a new
theatre is a new file and its data, with no code change.

Example (the shipped Syria theatre, abridged)::

    title = "Conflict map — northwest Syria"
    countries = ["SY"]                 # the first is the country the reports are about
    aoi = [35.5, 32.2, 42.5, 37.5]     # min_lon, min_lat, max_lon, max_lat
    metric_crs = "EPSG:32637"          # UTM 37N: areas and distances
    center = [35.6, 36.8]              # lat, lon of the first view
    zoom = 8
    outlines = "package:basemap/countries.geojson"   # iso_a2 property
    admin1 = "package:basemap/admin1.geojson"        # code, name, name_ar properties
    capital = { geonames = 170654, adjectives = ["Syrian"] }   # what "the (Syrian) capital" means
    borders = { TR = ["Turkey", "Turkish"], SY = ["Syrian"] }    # "the Syrian-Turkish border"

    [admin1_units.SY-ID]               # a unit of the admin1 file, by its code
    geonames = "12"                    # its GeoNames admin1 code
    capital = 169389                   # GeoNames id of the town directions are reckoned from

    [[epithets]]                       # a place the press names by what it is, not by its name
    phrase = "birthplace of the head of the (?:Syrian )?regime"   # a regular expression, case-blind
    place = "gn:173364"                # the gazetteer place it means (Qardaha)
    to = 2024-12-08                    # optional first/last day (`from`, `to`) the phrase means it

    [divided_cities.170063]            # a city split between sides, by GeoNames id: while it was,
    start = 2016-07-17                 # "eastern Aleppo" is its eastern half, not the governorate's east
    end = 2016-12-22
    sides = ["east", "west"]

Paths are relative to the theatre file; ``package:`` names a file shipped in
``geo/resources``.  Without a theatre file the *world* theatre applies: no area of
interest, no home country, no admin units.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .exc import UsageError

RESOURCES = Path(__file__).resolve().parent / "resources"
_PACKAGE = "package:"
_KEYS = {
    "name",
    "title",
    "countries",
    "aoi",
    "metric_crs",
    "center",
    "zoom",
    "outlines",
    "admin1",
    "admin1_units",
    "actors",
    "rivers",
    "divided_cities",
    "capital",
    "borders",
    "epithets",
}


@dataclass(frozen=True, slots=True)
class AdminUnit:
    """One first-order admin unit of the theatre (a governorate, province …)."""

    code: str
    geonames: str = ""
    capital: int | None = None


@dataclass(frozen=True, slots=True)
class DividedCity:
    """A city split between sides for a time: while it was, "eastern Aleppo" is the city's
    eastern half, not the eastern part of the governorate of the same name.

    Attributes
    ----------
    geonames : int
        GeoNames id of the city.
    start, end : datetime.date
        The first and last day of the split (both included).
    sides : tuple of float
        Compass bearings of the halves the press names ("east", "west": 90, 270).
    """

    geonames: int
    start: dt.date
    end: dt.date
    sides: tuple[float, ...] = (90.0, 270.0)


@dataclass(frozen=True, slots=True)
class Capital:
    """The capital the press means by "the capital" in a report about the theatre.

    Attributes
    ----------
    geonames : int
        GeoNames id of the city.
    adjectives : tuple of str
        Words that may stand between "the" and "capital" and still mean it ("Syrian": "the
        Syrian capital"); any other word names another country's ("the Turkish capital").
    """

    geonames: int
    adjectives: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Epithet:
    """A place the press of the theatre names by a description instead of its name: "the hometown of the regime's
    Minister of Defense" (Rahjan while Fahd al-Freij held the post), "the jungle plain" (the Ghab plain, machine
    translated).

    Attributes
    ----------
    phrase : str
        A regular expression, matched case-blind on word boundaries.
    place : str
        The id of the gazetteer place it means.
    start, end : datetime.date or None
        The first and last report date on which the phrase means that place (open when ``None``).
    note : str
        Why (the fact and its source).
    """

    phrase: str
    place: str
    start: dt.date | None = None
    end: dt.date | None = None
    note: str = ""

    def applies(self, day: dt.date) -> bool:
        """Whether a report of ``day`` means :attr:`place` by the phrase."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Theatre:
    """Where the reports are: countries, area of interest, projection, first view, titles.

    Attributes
    ----------
    countries : tuple of str
        ISO 3166 alpha-2 codes; the first is the country the reports are about (its
        places are preferred when a name is ambiguous, and zones are clipped to it).
    aoi : tuple of float
        ``(min_lon, min_lat, max_lon, max_lat)``; places outside are listed, not mapped.
    metric_crs : str
        Projected CRS for areas and distances.
    center : tuple of float
        ``(lat, lon)`` of the maps' first view, with ``zoom``.
    outlines, admin1 : Path or None
        GeoJSON of country outlines (``iso_a2``) and admin units (``code``, ``name``,
        ``name_ar``).
    actors : Path or None
        The actor table (ids, names, colours) of this theatre.
    rivers : Path or None
        River lines (GeoJSON with ``name`` and ``barrier``); the banks of ``barrier``
        rivers are kept apart when zones are drawn.
    admin1_units : tuple of AdminUnit
        GeoNames code and capital of each admin unit.
    divided_cities : tuple of DividedCity
        Cities split between sides for a time, whose halves the press names ("eastern Aleppo").
    capital : Capital or None
        What "the capital" means in the theatre's reports.
    borders : tuple of (str, tuple of str)
        ``(ISO code, words)`` per country whose border with the theatre's the press names ("the
        Syrian-Turkish border", "the border with Jordan"): its names and adjectives; the theatre's
        own country may be listed too ("Syrian"), never alone.
    epithets : tuple of Epithet
        Places the press names by a description ("the hometown of the regime's Minister of Defense").
    """

    name: str = "world"
    title: str = "Conflict map"
    countries: tuple[str, ...] = ()
    aoi: tuple[float, float, float, float] = (-180.0, -90.0, 180.0, 90.0)
    metric_crs: str = "EPSG:6933"  # equal-area, world-wide
    center: tuple[float, float] = (20.0, 0.0)
    zoom: int = 3
    outlines: Path | None = RESOURCES / "basemap" / "countries.geojson"
    admin1: Path | None = None
    admin1_units: tuple[AdminUnit, ...] = ()
    actors: Path | None = None
    rivers: Path | None = None
    divided_cities: tuple[DividedCity, ...] = ()
    capital: Capital | None = None
    borders: tuple[tuple[str, tuple[str, ...]], ...] = ()
    epithets: tuple[Epithet, ...] = ()
    path: Path | None = field(default=None, compare=False)
    fingerprint: str = "world"

    @property
    def country(self) -> str:
        """The country the reports are about (``""`` for the world theatre)."""
        return self.countries[0] if self.countries else ""

    def unit(self, code: str) -> AdminUnit | None:
        """The admin unit with this code in the admin1 file, if the theatre describes it."""
        return next((u for u in self.admin1_units if u.code == code), None)

    def admin1_name_codes(self) -> dict[str, str]:
        """GeoNames admin1 code → the unit's code in the admin1 file."""
        return {u.geonames: u.code for u in self.admin1_units if u.geonames}

    def in_aoi(self, lat, lon):
        """Whether points fall inside the area of interest (scalars or numpy arrays)."""
        return in_box(lat, lon, self.aoi)


def in_box(lat, lon, box: tuple[float, float, float, float], *, pad: float = 0.0):
    """Whether ``(lat, lon)`` lies in ``box = (min_lon, min_lat, max_lon, max_lat)``, widened by ``pad`` degrees.

    Works on scalars and numpy arrays alike; the one box test of the package.

    >>> in_box(35.9, 36.6, (35.5, 32.2, 42.5, 37.5))
    True
    >>> in_box(48.86, 2.35, (35.5, 32.2, 42.5, 37.5))  # Paris
    False
    """
    return (box[1] - pad <= lat) & (lat <= box[3] + pad) & (box[0] - pad <= lon) & (lon <= box[2] + pad)


WORLD = Theatre()


def _path(value: str, base: Path) -> Path:
    if value.startswith(_PACKAGE):
        return RESOURCES / value[len(_PACKAGE) :]
    return (base / value).resolve()


def _numbers(doc: dict, key: str, n: int, path: Path) -> tuple[float, ...]:
    value = doc[key]
    if not (isinstance(value, list) and len(value) == n and all(isinstance(v, int | float) for v in value)):
        raise UsageError(f"{path}: '{key}' must be a list of {n} numbers, got {value!r}")
    return tuple(float(v) for v in value)


def _check_aoi(aoi: tuple[float, ...], path: Path) -> None:
    min_lon, min_lat, max_lon, max_lat = aoi
    if not (-180 <= min_lon < max_lon <= 180 and -90 <= min_lat < max_lat <= 90):
        raise UsageError(
            f"{path}: aoi {list(aoi)} is not [min_lon, min_lat, max_lon, max_lat] with min < max "
            "inside ±180/±90; longitude comes first"
        )


def _units(doc: dict, path: Path) -> tuple[AdminUnit, ...]:
    units = doc.get("admin1_units", {})
    if not isinstance(units, dict):
        raise UsageError(f"{path}: [admin1_units] must be a table of unit code = {{geonames, capital}}")
    out = []
    for code, spec in units.items():
        if not isinstance(spec, dict) or not set(spec) <= {"geonames", "capital"}:
            raise UsageError(f"{path}: admin1_units.{code} must have only 'geonames' and 'capital', got {spec!r}")
        capital = spec.get("capital")
        if capital is not None and not isinstance(capital, int):
            raise UsageError(f"{path}: admin1_units.{code}.capital must be a GeoNames id (integer), got {capital!r}")
        out.append(AdminUnit(str(code), str(spec.get("geonames", "")), capital))
    return tuple(out)


_SIDES = {"north": 0.0, "east": 90.0, "south": 180.0, "west": 270.0}


def _divided(doc: dict, path: Path) -> tuple[DividedCity, ...]:
    cities = doc.get("divided_cities", {})
    if not isinstance(cities, dict):
        raise UsageError(f"{path}: [divided_cities] must be a table of GeoNames id = {{start, end, sides}}")
    out = []
    for key, spec in cities.items():
        where = f"{path}: divided_cities.{key}"
        if not key.isdigit():
            raise UsageError(f"{where}: the key must be the city's GeoNames id (digits), e.g. 170063")
        if not isinstance(spec, dict) or not {"start", "end"} <= set(spec) <= {"start", "end", "sides"}:
            raise UsageError(f"{where} must have 'start' and 'end' (and optionally 'sides'), got {spec!r}")
        start, end = spec["start"], spec["end"]
        if (
            not (isinstance(start, dt.date) and isinstance(end, dt.date))
            or isinstance(start, dt.datetime)
            or start > end
        ):
            raise UsageError(f"{where}: 'start' and 'end' must be TOML dates (2012-07-19), start first")
        sides = spec.get("sides", ["east", "west"])
        if not (isinstance(sides, list) and sides and all(s in _SIDES for s in sides)):
            raise UsageError(f"{where}: 'sides' must list some of {', '.join(_SIDES)}, got {sides!r}")
        out.append(DividedCity(int(key), start, end, tuple(_SIDES[s] for s in sides)))
    return tuple(out)


def _borders(doc: dict, path: Path) -> tuple[tuple[str, tuple[str, ...]], ...]:
    spec = doc.get("borders", {})
    if not isinstance(spec, dict):
        raise UsageError(f"{path}: [borders] must be a table of ISO code = [names and adjectives], got {spec!r}")
    out = []
    for iso, words in spec.items():
        if not (isinstance(iso, str) and len(iso) == 2 and iso.isalpha()):
            raise UsageError(f"{path}: borders.{iso} must be keyed by an ISO 3166 alpha-2 code, e.g. TR")
        if not (isinstance(words, list) and words and all(isinstance(w, str) and w.strip() for w in words)):
            raise UsageError(
                f'{path}: borders.{iso} must list the country\'s names and adjectives, e.g. ["Turkey", "Turkish"], '
                f"got {words!r}"
            )
        out.append((iso.upper(), tuple(w.strip() for w in words)))
    return tuple(out)


def _capital(doc: dict, path: Path) -> Capital | None:
    spec = doc.get("capital")
    if spec is None:
        return None
    where = f"{path}: capital"
    if not isinstance(spec, dict) or not {"geonames"} <= set(spec) <= {"geonames", "adjectives"}:
        raise UsageError(f"{where} must be {{geonames = <GeoNames id>, adjectives = [...]}}, got {spec!r}")
    gid, adjectives = spec["geonames"], spec.get("adjectives", [])
    if not isinstance(gid, int) or isinstance(gid, bool):
        raise UsageError(f"{where}.geonames must be a GeoNames id (integer), e.g. 170654, got {gid!r}")
    if not (isinstance(adjectives, list) and all(isinstance(a, str) and a.strip() for a in adjectives)):
        raise UsageError(
            f"{where}.adjectives must list the words of 'the <word> capital' as strings, got {adjectives!r}"
        )
    return Capital(gid, tuple(a.strip() for a in adjectives))


def _epithets(doc: dict, path: Path) -> tuple[Epithet, ...]:
    specs = doc.get("epithets", [])
    if not isinstance(specs, list):
        raise UsageError(f"{path}: 'epithets' must be an array of tables ([[epithets]] phrase = …, place = …)")
    out = []
    for n, spec in enumerate(specs, start=1):
        where = f"{path}: epithets #{n}"
        if not isinstance(spec, dict) or not {"phrase", "place"} <= set(spec) <= {
            "phrase",
            "place",
            "from",
            "to",
            "note",
        }:
            raise UsageError(
                f"{where} must have 'phrase' and 'place' (and optionally 'from', 'to', 'note'), got {spec!r}"
            )
        phrase, place = spec["phrase"], spec["place"]
        if not (isinstance(phrase, str) and phrase.strip() and isinstance(place, str) and place.strip()):
            raise UsageError(f"{where}: 'phrase' and 'place' must be non-empty strings, got {phrase!r}, {place!r}")
        try:
            if re.compile(phrase, re.I).match(""):
                raise UsageError(f"{where}: phrase {phrase!r} matches the empty string; it must name something")
        except re.error as err:
            raise UsageError(f"{where}: phrase {phrase!r} is not a regular expression ({err})") from None
        days = []
        for key in ("from", "to"):
            day = spec.get(key)
            if day is not None and not (isinstance(day, dt.date) and not isinstance(day, dt.datetime)):
                raise UsageError(f"{where}: '{key}' must be a date such as 2017-12-31 (no quotes), got {day!r}")
            days.append(day)
        if days[0] is not None and days[1] is not None and days[1] < days[0]:
            raise UsageError(f"{where}: 'to' ({days[1]}) is before 'from' ({days[0]})")
        out.append(Epithet(phrase.strip(), place.strip(), days[0], days[1], str(spec.get("note", ""))))
    return tuple(out)


def load_theatre(path: str | Path) -> Theatre:
    """Read a theatre file.

    Parameters
    ----------
    path : str or Path
        A TOML file (see the module docstring for its keys).

    Returns
    -------
    Theatre

    Raises
    ------
    UsageError
        The file cannot be read, is not TOML, or a key has the wrong shape; the
        message names the file and the key.
    """
    path = Path(path)
    return _load(path.resolve(), path.stat().st_mtime_ns if path.exists() else 0)


@lru_cache(maxsize=16)
def _load(path: Path, _mtime: int) -> Theatre:
    try:
        raw = path.read_bytes()
        doc = tomllib.loads(raw.decode("utf-8"))
    except OSError as err:
        raise UsageError(f"{path}: cannot read the theatre file ({err.strerror})") from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise UsageError(f"{path}: not a valid UTF-8 TOML theatre file ({err})") from None
    unknown = sorted(set(doc) - _KEYS)
    if unknown:
        raise UsageError(f"{path}: unknown key(s) {', '.join(unknown)}; a theatre has {', '.join(sorted(_KEYS))}")
    missing = [k for k in ("title", "countries", "aoi", "metric_crs", "center") if k not in doc]
    if missing:
        raise UsageError(f"{path}: missing key(s) {', '.join(missing)}")
    countries = doc["countries"]
    if not (isinstance(countries, list) and countries and all(isinstance(c, str) and len(c) == 2 for c in countries)):
        raise UsageError(f"{path}: 'countries' must list ISO 3166 alpha-2 codes, e.g. [\"SY\"], got {countries!r}")
    aoi = _numbers(doc, "aoi", 4, path)
    _check_aoi(aoi, path)
    base = path.parent
    outlines = _path(doc["outlines"], base) if doc.get("outlines") else WORLD.outlines
    admin1 = _path(doc["admin1"], base) if doc.get("admin1") else None
    actors = _path(doc["actors"], base) if doc.get("actors") else None
    rivers = _path(doc["rivers"], base) if doc.get("rivers") else None
    for key, p in (("outlines", outlines), ("admin1", admin1), ("actors", actors), ("rivers", rivers)):
        if p is not None and not p.is_file():
            raise UsageError(f"{path}: '{key}' file {p} does not exist")
    h = hashlib.sha256(raw)
    for p in (outlines, admin1, rivers):
        if p is not None:
            h.update(p.read_bytes())
    center = _numbers(doc, "center", 2, path)
    return Theatre(
        name=str(doc.get("name", path.parent.name)),
        title=str(doc["title"]),
        countries=tuple(c.upper() for c in countries),
        aoi=(aoi[0], aoi[1], aoi[2], aoi[3]),
        metric_crs=str(doc["metric_crs"]),
        center=(center[0], center[1]),
        zoom=int(doc.get("zoom", 8)),
        outlines=outlines,
        admin1=admin1,
        admin1_units=_units(doc, path),
        actors=actors,
        rivers=rivers,
        divided_cities=_divided(doc, path),
        capital=_capital(doc, path),
        borders=_borders(doc, path),
        epithets=_epithets(doc, path),
        path=path,
        fingerprint=h.hexdigest(),
    )


def theatre_for(data_dir: str | Path, theatre_path: str | Path | None = None) -> Theatre:
    """The theatre of a data folder: ``theatre_path`` if given, else ``data_dir/theatre.toml``, else the world."""
    if theatre_path is not None:
        return load_theatre(theatre_path)
    candidate = Path(data_dir) / "theatre.toml"
    return load_theatre(candidate) if candidate.is_file() else WORLD
