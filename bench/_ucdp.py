"""Real headlines with gold points: the UCDP GED Syria file as a geoparsing test corpus.

Used by ``bench/geoparse.py`` (section "UCDP headlines").  What is counted, and why:

Split
    UCDP row id ``i`` is *development* iff
    ``int(hashlib.sha256(str(i).encode()).hexdigest()[:8], 16) % 10 < 6``, else *validation*
    (the contract shared with the events gold set).  Rules and weights were tuned on the
    development part only; figures are reported on the validation part.
Gazetteer
    The benchmark's gazetteer is the shipped one with the UCDP table rebuilt from the
    development rows only (GeoNames, governorates and the hand rows are kept): a validation
    event's place is known only if some development event happened there too.
Headlines that name their gold place
    A row is scored when its ``where_prec`` is 1–2, its ``where_coordinates`` is a place name
    (not "Road between …"), and its ``source_headline`` names that place.  "Names" is decided
    here, independently of the geoparser (no use of its normaliser, gazetteer or output): the
    UCDP name without its type word and the headline are folded the simple way (ASCII letters,
    lower case, no apostrophes or articles, doubled letters single) and some run of headline
    words must match the name's words with a ``difflib`` ratio of at least 0.8.  So "Sheikh
    Meskin" counts for "Ash Shaykh Miskin town", whether or not the geoparser knows that spelling.
Precision on coded names (a second figure, not the issue's metric)
    The issue's precision@50km judges every placed mention of a headline against the points
    UCDP coded *for that headline*.  UCDP codes fatal events, not every place a headline names:
    "Clashes in Daraa and human losses in Damascus" carries one Damascus event, so a correct
    Daraa counts as wrong.  :func:`coded_precision` judges only the placed mentions whose name
    (some run of their words, as for the gold rows) is one of the names UCDP coded for that
    headline (any part, where_prec 1–4, so "Idlib governorate" counts): right when within
    50 km of a point UCDP coded under that name for it (areas by their extent).  Mentions of
    places UCDP did not code for the headline are not judged either way; the share judged is
    reported with the figure, and the hand audit remains the error rate.
Metrics (per validation row that names its place; a headline with several such rows is one text)
    ``hit@10km`` / ``hit@50km``: some placed mention of the headline lies within 10 / 50 km of the
    row's point (an areal mention counts by its representative point, not by containing it).  ``precision@50km``: placed
    mentions within 50 km of *some* UCDP point of that headline (any part, precision 1–2), over
    all placed mentions (an area or governorate by its extent: within 50 km of its edge).
    ``outside Syria``: placed points outside Syria's outline widened by about 3 km (the 1:10m
    border line puts border towns such as Tell Abyad and Qamishli just outside).
"""

from __future__ import annotations

import csv
import difflib
import gzip
import hashlib
import html
import io
import math
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

_ARTICLES = {"al", "el", "an", "ar", "as", "ash", "at", "ath", "az", "ad", "adh"}
_NOT_NAME = re.compile(r"\b(?:between|near|in|of|linking)\b|^(?:road|area)\b|governorate$|district$", re.I)
_TYPE = re.compile(
    r"\s+(?:village|villages|villge|villae|town|city|suburb|area|camp|idp camp|refugee camp|mountain|hill|hills|"
    r"farm|farms|locality|military airbase|military airport|airbase|air base|airport|base|dam|checkpoint|field|"
    r"plain|plains|island|junction|crossroad)$",
    re.I,
)


def is_dev(event_id) -> bool:
    """The split contract: UCDP row ``event_id`` belongs to the development part."""
    return int(hashlib.sha256(str(event_id).encode()).hexdigest()[:8], 16) % 10 < 6


def read_rows(path: Path) -> list[dict]:
    """The UCDP CSV (``.csv`` or ``.csv.gz``) as dicts, with numeric fields converted."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        rows = list(csv.DictReader(text))
    for r in rows:
        r["where_prec"] = int(r["where_prec"])
        r["lat"], r["lon"] = float(r["latitude"]), float(r["longitude"])
        r["dev"] = is_dev(r["id"])
    return rows


def fold(text: str) -> list[str]:
    """Words of ``text``, folded the simple way (bench-only; independent of geo.names)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"['’‘`ʿʾ´]", "", text.lower())
    words = re.findall(r"[a-z0-9]+", text)
    out = []
    for w in words:
        if w in _ARTICLES:
            continue
        out.append(re.sub(r"(.)\1+", r"\1", w))
    return out


def place_names(where: str) -> list[list[str]]:
    """Folded names of a UCDP ``where_coordinates`` (type word, parenthesis and slash variants)."""
    raw = " ".join(where.split())
    names = []
    paren = re.search(r"\(([^()]*)\)\s*$", raw)
    if paren:
        names.append(paren.group(1))
        raw = raw[: paren.start()].strip()
    raw = _TYPE.sub("", raw)
    raw = re.sub(r"\s+(?:military\s+)?(?:airbase|airport|air base)$", "", raw, flags=re.I)
    names[:0] = [p for p in raw.split("/") if p.strip()]
    return [f for f in (fold(n) for n in names) if f and sum(map(len, f)) >= 3]


def names_place(headline_words: list[str], names: list[list[str]], threshold: float = 0.8) -> bool:
    """Whether some run of headline words matches one of ``names`` (difflib ratio ≥ threshold)."""
    for name in names:
        target = " ".join(name)
        n = len(name)
        for k in {max(1, n - 1), n, n + 1}:
            for i in range(0, len(headline_words) - k + 1):
                cand = " ".join(headline_words[i : i + k])
                if cand[:1] != target[:1] and not (len(target) > 4 and cand[:2] == target[:2]):
                    continue
                if difflib.SequenceMatcher(None, cand, target).ratio() >= threshold:
                    return True
    return False


def is_place_row(r: dict) -> bool:
    return (
        r["where_prec"] <= 2
        and bool(r["where_coordinates"].strip())
        and not _NOT_NAME.search(_TYPE.sub("", r["where_coordinates"].strip()))
    )


@dataclass
class Headline:
    """One distinct headline text of a part, with its gold rows."""

    text: str
    gold: list[dict] = field(default_factory=list)  # rows of the part that name their place
    points: list[tuple[float, float]] = field(default_factory=list)  # every precision 1-2 point of this text
    coded: list[tuple[list[str], float, float]] = field(default_factory=list)  # (name, lat, lon), precision 1-4


def headlines(rows: list[dict], part: str) -> list[Headline]:
    """The headlines of ``part`` ('dev' or 'val') that name at least one gold place of that part."""
    want_dev = part == "dev"
    by_text: dict[str, Headline] = {}
    for r in rows:
        coded = _coded_names(r)
        if not is_place_row(r) and not coded:
            continue
        text = html.unescape(r["source_headline"]).strip()  # the file keeps some as "&#8217;"
        h = by_text.setdefault(text, Headline(text))
        h.coded.extend((name, r["lat"], r["lon"]) for name in coded)
        if not is_place_row(r):
            continue
        h.points.append((r["lat"], r["lon"]))
        if r["dev"] != want_dev:
            continue
        words = r.setdefault("_words", fold(text))
        if names_place(words, place_names(r["where_coordinates"])):
            h.gold.append(r)
    return [h for h in by_text.values() if h.gold]


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


@dataclass
class Placed:
    """One placed mention of a tool: surface, point, optional polygon, label."""

    surface: str
    lat: float
    lon: float
    label: str = ""
    start: int = -1
    geometry: object = None  # areas and governorates: their polygon
    names: tuple[str, ...] = ()  # an areal phrase: the names it is built on (else the surface)


def distance_to(p: Placed, lat: float, lon: float) -> float:
    """km from a placed mention's point to a gold point (an area counts by its representative
    point, so "the southern countryside of Idlib" does not hit every village inside it)."""
    return km(p.lat, p.lon, lat, lon)


def extent_distance(p: Placed, lat: float, lon: float) -> float:
    """km from a placed mention's extent to a gold point: 0 inside an area or governorate, else
    to its nearest edge; a point's own distance otherwise (used for precision)."""
    if p.geometry is None:
        return km(p.lat, p.lon, lat, lon)
    import shapely

    pt = shapely.Point(lon, lat)
    if p.geometry.intersects(pt):
        return 0.0
    near = shapely.shortest_line(p.geometry, pt).coords[0]
    return km(near[1], near[0], lat, lon)


def score(heads: list[Headline], placed: list[list[Placed]], outline) -> dict:
    """hit@10km, hit@50km, precision@50km and the share outside Syria (see the module docstring)."""
    import shapely

    rows = hit10 = hit50 = 0
    n_placed = ok50 = outside = 0
    wrong, missed, foreign = [], [], []
    for h, ps in zip(heads, placed):
        for g in h.gold:
            rows += 1
            d = min((distance_to(p, g["lat"], g["lon"]) for p in ps), default=math.inf)
            hit10 += d <= 10
            hit50 += d <= 50
            if d > 10:
                missed.append((h, g, d))
        for p in ps:
            n_placed += 1
            if any(extent_distance(p, lat, lon) <= 50 for lat, lon in h.points):
                ok50 += 1
            else:
                wrong.append((h, p))
            if not shapely.intersects_xy(outline, p.lon, p.lat):
                outside += 1
                foreign.append((h, p))
    return {
        "rows": rows,
        "headlines": len(heads),
        "hit10": hit10 / rows if rows else 0.0,
        "hit50": hit50 / rows if rows else 0.0,
        "placed": n_placed,
        "precision50": ok50 / n_placed if n_placed else 0.0,
        "outside": outside / n_placed if n_placed else 0.0,
        "n_outside": outside,
        "wrong": wrong,
        "missed": missed,
        "foreign": foreign,
    }


_ADMIN_WORDS = re.compile(r"\s+(?:governorate|province|district|sub-?district|nahiya|countryside)$", re.I)


def _coded_names(r: dict) -> list[list[str]]:
    """The folded names of a row's place for :func:`coded_precision` (where_prec 1–4,
    "Idlib governorate" as Idlib; descriptions such as "Road between X and Y" have none)."""
    raw = r["where_coordinates"].strip()
    if r["where_prec"] > 4 or not raw:
        return []
    raw = _ADMIN_WORDS.sub("", _TYPE.sub("", raw))
    return [] if _NOT_NAME.search(raw) else place_names(raw)


def coded_precision(heads: list[Headline], placed: list[list[Placed]], km_limit: float = 50.0) -> dict:
    """Precision on coded names (see the module docstring): of the placed mentions whose name
    UCDP coded for the headline, the share within ``km_limit`` of a point coded under that name."""
    judged = right = total = 0
    wrong = []
    for h, ps in zip(heads, placed):
        total += len(ps)
        for p in ps:
            spelt = [fold(n) for n in (p.names or (p.surface,))]
            pts = [(lat, lon) for name, lat, lon in h.coded if any(names_place(w, [name]) for w in spelt)]
            if not pts:
                continue
            judged += 1
            if any(extent_distance(p, lat, lon) <= km_limit for lat, lon in pts):
                right += 1
            else:
                wrong.append((h, p))
    return {
        "judged": judged,
        "share_judged": judged / total if total else 0.0,
        "precision": right / judged if judged else 0.0,
        "wrong": wrong,
    }


def ucdp_gazetteer(tmp: Path, ucdp: Path):
    """The shipped gazetteer with its UCDP table rebuilt from the development rows of ``ucdp`` only (cache and copy
    under ``tmp``), and how many places that table holds: a validation event's place is known only if some development
    event happened there too."""
    import shutil

    from geo.gazetteer import load_gazetteer
    from geo.importers import read_ucdp, table_path, write_table

    root = Path(__file__).resolve().parents[1]
    gdir = tmp / "gazetteer-dev"
    shutil.copytree(root / "data" / "gazetteer", gdir)
    shipped = table_path(gdir, "ucdp", ucdp)
    shipped.unlink(missing_ok=True)
    places, _, _ = read_ucdp(ucdp, filter_ids=is_dev)
    write_table(places, shipped)
    return load_gazetteer(directory=gdir, cache_dir=tmp / "cache-dev"), len(places)
