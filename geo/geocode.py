"""Resolving mentions to places, with a confidence and a reason.

Scoring (all terms are additive log-odds; the confidence is the softmax of the
best candidate against the others *and* a "none of these" option scored 0):

=====================  ============================================================
term                   value
=====================  ============================================================
area of interest       +1.5 inside the AOI box (0 for a place abroad inside the box),
                       −1.5 outside; +0.5 in the AOI country
kind                   city +0.6, town +0.4, village +0.2, governorate −0.8 …
salience               population or, for villages GeoNames does not count, conflict
                       events recorded there (UCDP, ACLED): up to +1 (log scale); −0.8
                       for a map mark or list row with neither (``wikimap``, ``cod``)
curated                +0.3 for rows of ``data/gazetteer/places.csv``
alias                  +1.0 (``aliases.csv``); ``context:SY`` aliases +2.5 in a Syrian
                       report, −3 elsewhere; a ``quarter`` alias (a city's district whose
                       name villages elsewhere share) only when the text makes the name a
                       quarter ("X district") or puts it in a town ("X in Aleppo city")
spelling               +1.0 for the candidates whose own names the text spells (case,
                       accents, articles aside), when the skeleton also matched others
                       ("Daraa" is Daraa, not Zara)
abroad                 −3 for a place abroad under 100,000 people in a report about the
                       AOI country (not for a curated row: the theatre's reports name
                       it); −1.5 for a place abroad whose names the text does
                       not spell
cue                    +1.5 when "the base of", "the village of", "X road" … fits the kind;
                       an installation named without its type word and without the cue −3
context                +2.0 within 50 km of the report's unambiguous places, +1.5 within
                       150 km, −1.0 beyond 400 km
container              "X town in Afrin", "X in the countryside of Hama": only candidates
                       inside the container (its outline + 10 km, or 12–30 km of its point)
=====================  ============================================================

Below ``min_confidence`` a mention is *unresolved* — kept, with the reason — never
guessed.  Areal phrases ("southeast Idlib") resolve their anchors and become
polygons (kind ``area``); "south of X" is the southern part of governorate X when X names
one (as the region's press uses it) and a wedge by the town otherwise.  The anchors are
also returned as mentions of their own, resolved as the phrase resolved them.
:meth:`Resolver.candidates` lays the scoring open: every candidate with its terms.

Rivers (the theatre's river file, :mod:`geo.rivers`) are never candidates for a point: a
river named on its own is unresolved ("a river, not a place"), and "east of the Euphrates"
is the river's east side within ``river_side_km`` of it, "the Euphrates banks" both banks
within ``river_bank_km``, clipped to the theatre's outline.

:class:`GazetteerGeocoder` offers the same lookups behind geopy's contract
(``geocode(query, *, exactly_one=True)`` returning :class:`geopy.location.Location`),
with an optional online fallback (:class:`OnlineGeocoder`: geopy's Nominatim behind
``RateLimiter`` and an on-disk cache).  This module is the only one that may touch
the network, and only when ``online=True``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
import shapely

from ._files import write_text
from ._records import maker
from .exc import GeocoderUnavailable
from .gazetteer import EPITHET_KEY, ROAD_PREFIX, UNLISTED_PREFIX, Gazetteer, Place
from .geometry import (
    approx_km,
    border_strip,
    circle,
    country_outline,
    distance_km,
    latlon,
    sector_of,
    segment,
    theatre_outline,
    wedge,
)
from .importers import INSTALLATIONS, split_kind
from .names import consonants, skeleton, vowelless
from .rivers import banks_of, middle_point, side_of
from .settings import DEFAULTS, Settings
from .theatre import DividedCity, Theatre, in_box
from .toponyms import INCIDENT_CODE, LIST_SEPARATOR, RIVER_RELATIONS, Mention, filed_from

log = logging.getLogger(__name__)

_KIND_PRIOR = {
    "city": 0.6,
    "town": 0.4,
    "village": 0.2,
    "airbase": 0.0,
    "base": 0.0,
    "road": -0.3,
    "region": 0.0,
    "plain": 0.0,
    "mountain": 0.0,
    "hill": 0.0,
    "crossing": 0.0,
    "dam": 0.0,
    "governorate": -0.8,
    "country": -6.0,
    "area": 0.0,
}
_CUE_FITS = {
    "base": {"airbase", "base"},
    "village": {"village", "town"},
    "town": {"town", "city", "village"},
    "city": {"city", "town"},
    "road": {"road"},
    "region": {"region", "plain", "mountain", "village", "town"},
    "hill": {"hill"},
    "camp": {"camp"},
    "countryside": {"governorate"},
    "quarter": {"suburb", "village", "town"},
    "point": {"city", "town", "village", "suburb"},
    "river": {"river"},
    "capital": {"city", "town"},
}
#: cues that make an areal phrase's anchor the settlement, not a governorate of the same name
_POINT_CUES = frozenset(("city", "town", "village", "base", "point", "capital"))
_WEDGE_KM = {"city": 25.0, "town": 12.0, "village": 8.0}
_NEAR_WORDS = {
    2.0: "within 50 km of the report's other places",
    1.5: "within 150 km of the report's other places",
    0.0: "150-400 km from the report's other places",
    -1.0: "far from the report's other places",
}


@dataclass(frozen=True, slots=True)
class Resolved:
    """A mention and what it was resolved to.

    Attributes
    ----------
    place : Place or None
        ``None`` when unresolved (then ``why`` says why).
    confidence : float
        In [0, 1]; for unresolved mentions, the best candidate's confidence.
    why : str
        Human-readable reason: the deciding evidence, or why nothing was chosen.
    in_aoi : bool
        Whether the place lies inside the area of interest.
    """

    mention: Mention
    place: Place | None
    confidence: float
    why: str
    in_aoi: bool = True


_resolved = maker(Resolved)  # Resolved(...) on the hot path, without the frozen __init__'s overhead


@dataclass(frozen=True, slots=True)
class Candidate:
    """One candidate place for a name, as scored by :meth:`Resolver.candidates`.

    Attributes
    ----------
    score : float
        Sum of the log-odds terms.
    share : float
        Softmax share against the other candidates and "none of these" (the
        confidence the resolver would give it if it won).
    reasons : tuple of str
        Each term as ``"<what> <value>"`` ("inside the area of interest +1.50").
    """

    place: Place
    score: float
    share: float
    reasons: tuple[str, ...]


#: the finder's cue for each kind a type word gives ("air base" -> base)
_KIND_CUE = {
    "airbase": "base",
    "base": "base",
    "village": "village",
    "town": "town",
    "city": "city",
    "road": "road",
    "region": "region",
    "plain": "region",
    "mountain": "region",
    "hill": "hill",
}


def _query_mention(name: str) -> Mention:
    """A mention standing for a name typed by a user: "Abu al-Duhur air base" is the name
    Abu al-Duhur with the cue ``base`` (a type word is a cue, as in report text)."""
    text = name.split(",")[0].strip()
    bare, kind, _ = split_kind(text, default="", stem_only=True)
    return Mention("query", text, 0, len(text), skeleton(bare), text, 0, _KIND_CUE.get(kind, ""))


_LITERAL_DROP = str.maketrans("", "", "'‘’`ʿʾ´")
_LITERAL_SPLIT = re.compile(r"[\s\-‐–—]+")
_ARTICLES = frozenset(("al", "el", "an", "ar", "as", "ash", "at", "az", "ad", "ath", "adh"))


@lru_cache(maxsize=65536)
def _literal(text: str) -> str:
    """A name as written, with only case, accents, ayn/hamza marks, articles and doubled
    letters levelled: "Dar'a" and "Daraa" agree, "Daraa" and "Zara" (one skeleton) do not."""
    t = text.translate(_LITERAL_DROP)
    if not t.isascii():  # (ASCII has no accents to strip: NFKD leaves it as it is)
        t = "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))
    words = [w for w in _LITERAL_SPLIT.split(t.lower()) if w and w not in _ARTICLES]
    return _DOUBLED.sub(r"\1", " ".join(words))  # words are one space apart: no run crosses two


_DOUBLED = re.compile(r"(.)\1+")
#: "X town in Afrin", "X in the (southern) countryside of Idlib", "X of Hama countryside": the
#: words between a name and the place that contains it
_CONTAINER_GAP = re.compile(
    # (a plural type word ends a list: "Tell Foo and Bar Baz villages in the countryside of Hama")
    r"\s*(?:(?:towns?|villages?|city|cities|areas?|camps?|neighbou?rhoods?|districts?|quarters?|hills?|farms?|bases?)\s+)?"
    r"(?:in|of|at)\s+(?:the\s+)?(?:[\w’'-]+-(?:held|controlled|besieged|occupied)\s+)?"
    # ("Khaneyz village in northern Al-Raqqah city")
    # ("the town of Rabiah in the coastal province of Latakia")
    r"(?:(?:(?:north|south)?-?(?:north|south|east|west)(?:ern)?|coastal|central)\s+)?"
    # ("Al Rumeila neighbourhood in the town of Raqqa", "… in the capital Damascus"; "… in rebel-held Idlib province")
    r"(?:(?:countryside|province|governorate|outskirts|desert|town|city|capital)\s+(?:of\s+)?)?"
    # ("… in the countryside of the coastal province of Latakia": the province's own adjective after "of the")
    r"(?:(?<=of\s)the\s+(?:coastal|central|(?:north|south)?-?(?:north|south|east|west)(?:ern)?)\s+)?",
    re.I,
)


#: a settlement's type word between a name that qualifies it and the place it types: "the Idlib town of Saraqib", "the
#: Damascus towns of Beit Sahem and Babila" (the second place lies in the province of the first; geo.events reads it so)
QUALIFIED_TYPE = re.compile(r"\s+(?:towns?|villages?|city|cities|camps?)\s+of\s+(?:the\s+)?", re.I)
#: the article before that qualifying name: "the ", "the southern ", "the rebel-held "
QUALIFIER_OPENS = re.compile(r"\bthe\s+(?:[\w-]+\s+)?$", re.I)
#: "X, Raqqa governorate", "X village, eastern countryside of Deir Ezzor": a comma before a
#: governorate or a part of one (a comma before a town is a list: "Idlib, Hama and Homs")
_COMMA_GAP = re.compile(
    # (an Airwars title's alternative spelling after a slash: "Near Yarmouk/Khirbat Farms, Raqqa governorate")
    # (and an Airwars title's Arabic name of the next place before its Latin one: "Mu’taz street, شارع معتز Raqqa city")
    # (or an English gloss in brackets in place of the comma: "Al Jisr al Jadeed [the New Bridge] Raqqa")
    r"(?:(?:\s*/\s*[^,;/()]{1,40}?)?\s*(?:(?:town|village|city|area|camp|farms?|neighbou?rhood)\s*)?,|\s*\[[^\[\]]{1,40}\]"
    r"(?:\s*(?:area|neighbou?rhood|street|road|square))?\s*,?)\s*(?:in\s+)?(?:the\s+)?(?:[\u0600-\u06ff][\u0600-\u06ff\s]*?\s+)?",
    re.I,
)
#: "X near Saraqib": X is within reach of the place named after it
_NEAR_GAP = re.compile(
    r"\s*(?:(?:town|village|city|area|camp|hill|farms?)\s+)?(?:near|close\s+to|in\s+the\s+vicinity\s+of|"
    r"on\s+the\s+outskirts\s+of)\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?",
    re.I,
)
#: a type word alone between a name and a direction from a place: "Khaneyz village north of Raqqa"
_TYPE_GAP = re.compile(r"\s+(?:villages?|towns?|hamlets?|farms?)\s+", re.I)
#: the cues of a name the text types before it ("the village of X", "the town of X"): such a name right before a
#: direction phrase is in the part of the land it names, as with the type word after it
_TYPED_CUES = frozenset(("village", "town"))
#: between a name typed before it and the direction phrase that places it: "the village of X east of Y", "the villages
#: of A and B, northeast of Y", "the town of X, about 40 km north of Y"
_TYPED_WEDGE_GAP = re.compile(r"\s|,\s+(?:(?:about|some|around|nearly|approximately|roughly)\s+)?", re.I)
#: an Airwars incident's code ("(S432)"): its list of villages names one incident, drawn at the first it places
_INCIDENT_CODE = re.compile(r"\((?:CS|S|R)\d+[a-z]?\)")
#: an apposition that types the name before it: "Qurt Wailah, a village in …", "X, a small town east of Y"
_APPOSITION = re.compile(
    # ("Rabiah, a main rebel stronghold in the countryside of the coastal province of Latakia")
    r",\s+an?\s+(?:(?:small|strategic|nearby|key|main|major|rebel|opposition|regime|government|militant)\s+){0,2}"
    r"(villages?|towns?|hamlets?|hills?|strongholds?|bastions?)\s+",
    re.I,
)
_GAP_MAX = 64  # no container phrase is longer ("village in the southern countryside of ")
_QUARTER_KM = 12.0  # "X neighbourhood": X within this distance of a city
#: what a neighbourhood can be in the gazetteer: a settlement or a camp grown into a city (Yarmouk),
#: never a hill, a base or a region that happens to lie near a city
_QUARTER_KINDS = frozenset(("city", "town", "village", "suburb", "camp"))
#: how far (degrees beyond a direction's wedge) the earlier names of a typed list before that direction may lie
_FAR_DEG = 0.9
_NEAR_KM = 50.0  # "X near Y": X within this distance of Y's point (or Y's outline)
#: "X near Y" of a city of a million or more, which names its whole countryside ("Yabrud near Damascus", 70 km out)
_NEAR_BIG_CITY_KM = 80.0
_BIG_CITY_POP = 1_000_000


_CITY_AFTER = re.compile(r"\s+city\b", re.I)
#: the rest of a name the finder cut short at a name it knows ("Al Jisr| al Jadeed"): articles and capitalised words
_NAME_GOES_ON = re.compile(r"(?:\s+(?:(?:al|el|an|ar|as|ash|at|ad|az|bin|ibn)[-‐ ]?)?(?-i:[A-Z])[\w’'`-]*)+")


def _incident_boxes(mentions: Sequence[Mention], out: Sequence) -> dict[int, int]:
    """Index of each point mention of an Airwars incident title -> index of the town (or else the governorate)
    the title ends with: "(S1353) … al Shuhadaa mosque neighbourhood, north Raqqah city, Raqqah governorate"."""
    found: dict[int, int] = {}
    by_sentence: dict[int, list[int]] = {}
    for i, m in enumerate(mentions):
        if not m.relation and not m.part_of and _INCIDENT_CODE.search(m.sentence):
            by_sentence.setdefault(m.sentence_start, []).append(i)
    for idx in by_sentence.values():
        sentence, s0 = mentions[idx[0]].sentence, mentions[idx[0]].sentence_start
        cuts = [c.start() for c in _INCIDENT_CODE.finditer(sentence)] + [len(sentence)]
        for a, b in pairwise(cuts):
            seg = [i for i in idx if a <= mentions[i].start - s0 < b]
            kinds = {i: out[i].place.kind if out[i].place is not None else "" for i in seg}
            # the title's last words say where: a town, then its governorate and country ("…, Raqqa city, Raqqa
            # governorate, Syria"); a town followed by more names is one of a list ("villages of A, B and C, Hama")
            tail = [i for i in seg if kinds[i] == "governorate" or out[i].why.startswith("country-level")]
            rest = [i for i in seg if i not in tail]
            box: int | None
            if rest and kinds[rest[-1]] in ("city", "town") and all(i > rest[-1] for i in tail):
                box = rest[-1]
            else:
                box = next((i for i in reversed(tail) if kinds[i] == "governorate"), None)
            if box is None:
                continue
            for i in seg:  # (placed elsewhere, or left ambiguous: "al Bayda" is a village in several governorates)
                if mentions[i].cue == "river":
                    continue  # a river is no place ("… Euphrates river, Raqqa city")
                if i < box and kinds[i] not in ("city", "town", "governorate") and (kinds[i] or out[i].confidence > 0):
                    found[i] = box
    return found


def _may_contain(gap: str) -> bool:
    """A necessary test for :func:`_containers`' three patterns, by string searches (three failed matches of
    case-blind patterns cost several times as much): every gap :data:`_CONTAINER_GAP`, :data:`_COMMA_GAP` or
    :data:`_NEAR_GAP` matches holds a comma, a "[", "in", "of", "at", "near" or "close" in some case — in ASCII
    (elsewhere a case-blind pattern also reads ı and İ as i, ſ as s: such a gap is left to the patterns)."""
    if not gap.isascii():
        return True
    low = gap.lower()
    return "," in low or "in" in low or "of" in low or "at" in low or "near" in low or "close" in low or "[" in low


#: "in the Maarrat al-Nu'man district (of the province)": the administrative district a town is the seat of,
#: wider than the town's own surroundings
_DISTRICT_AFTER = re.compile(r"\s+district\b(?!\s+of\s+(?-i:[A-Z]))", re.I)
#: between a district's seat and its province: " district of ", " district in the "
_DISTRICT_OF = re.compile(r"\s+district\s+(?:of|in)\s+(?:the\s+)?", re.I)
_DISTRICT_KM = 45.0
_DISTRICT_FAR_KM = 90.0  # the widest districts (Palmyra, Salamiyah) reach this far from their seats

_POSSESSIVE_GAP = re.compile(r"['’]s?\s+")


#: after a comma's container, the list going on: "Khan Shaykhun, Jisr Al-Shughur countryside and south of Aleppo" (the
#: listed town no farther than this from the countryside's town)
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?=\S)")
_LIST_TOWN_KM = 80.0


#: a sentence that opens on where it all happens: "Meanwhile in Quneitra province, …", "In the countryside of Hama, …"
_FRAME_BEFORE = re.compile(
    r"\s*(?:(?:meanwhile|elsewhere|also|separately|further(?:more)?)\s*,?\s+)?in\s+(?:the\s+)?"
    r"(?:(?:(?:north|south)?-?(?:north|south|east|west)(?:ern)?|central)\s+)?"
    r"(?:(?:countryside|province|governorate)\s+of\s+)?",
    re.I,
)
_FRAME_AFTER = re.compile(r"\s*(?:province|governorate|countryside)?\s*,\s", re.I)


def _frames(mentions: Sequence[Mention], out: Sequence[Resolved]) -> dict[int, int]:
    """Index of each point mention of a sentence that opens on a governorate or its countryside ("Meanwhile in
    Quneitra province, battles continue with the army recapturing Al-Sukariyah and Qarqas towns") -> index of that
    governorate's mention."""
    found: dict[int, int] = {}
    for j, m in enumerate(mentions):
        box = out[j].place
        if (
            box is None
            or not box.is_areal
            or m.part_of
            or not _FRAME_BEFORE.fullmatch(m.sentence, 0, m.start - m.sentence_start)
            or not _FRAME_AFTER.match(m.sentence, m.end - m.sentence_start)
        ):
            continue
        for i in range(j + 1, len(mentions)):
            k = mentions[i]
            if k.sentence_start != m.sentence_start:
                break
            if not (k.relation or k.part_of or k.cue == "river"):
                found[i] = j
    return found


def _containers(mentions: Sequence[Mention]) -> dict[int, tuple[int, str]]:
    """Index of each point mention -> (index of the mention that the text says contains it,
    how): ``in`` for "Madaya town in Afrin", "Kafr Nabudah in the countryside of Hama"; ``comma``
    for "Hattash village, Raqqa governorate" (kept only when the container is a governorate
    or an area); ``near`` for "X near Saraqib".  For an areal container, the index of the area
    itself."""
    out = {}
    for i in range(len(mentions) - 1):
        m, nxt = mentions[i], mentions[i + 1]
        if (
            nxt.start - m.end > _GAP_MAX
            or m.relation
            or m.part_of
            or m.cue == "river"  # a river is in no place ("the Euphrates near Al-Mayadin")
            or nxt.sentence_start != m.sentence_start
        ):
            continue
        s0 = m.sentence_start
        a, b = m.end - s0, nxt.start - s0
        if nxt.cue == "quarter" and _POSSESSIVE_GAP.fullmatch(m.sentence, a, b):
            out[i + 1] = (i, "in")  # "a Coalition airstrike on Raqqa's Al Intifada neighbourhood": a quarter of Raqqa
            continue
        if nxt.relation == "wedge" and (
            _TYPE_GAP.fullmatch(m.sentence, a, b)
            or (m.cue in _TYPED_CUES and _TYPED_WEDGE_GAP.fullmatch(m.sentence, a, b))
            or _APPOSITION.fullmatch(m.sentence, a, b)
        ):
            # "Khaneyz village north of Raqqa", "the village of Qurt Wailah east of Aleppo", "the villages of A and
            # B, northeast of Aleppo city", "Qurt Wailah, a village east of Aleppo": in the part of the land that
            # direction names
            out[i] = (i + 1, "in")
            # (and so every name of the typed list it ends: "the villages of Mitras and Alkana north of the town of
            # Serrin" are both north of Serrin, not a Mitras of Tartus)
            j = i
            while (
                j > 0
                and j - 1 not in out
                and mentions[j - 1].cue in _TYPED_CUES
                and mentions[j - 1].sentence_start == m.sentence_start
                and not mentions[j - 1].relation
                and _LIST_JOIN.fullmatch(m.sentence, mentions[j - 1].end - s0, mentions[j].start - s0)
            ):
                j -= 1
                out[j] = (i + 1, "far")
            continue
        if not _may_contain(m.sentence[a:b]):
            continue  # ("A and B", "A to B": the common gaps, none of the three)
        if (
            not nxt.relation
            and not nxt.part_of
            and QUALIFIED_TYPE.fullmatch(m.sentence, a, b)
            and QUALIFIER_OPENS.search(m.sentence, max(0, m.start - s0 - 30), m.start - s0)
        ):
            # "the Idlib town of Saraqib", "the Damascus town of Yabroud": the town is in the province of the place that
            # qualifies it, loosely (not "the Sakhour district of eastern Aleppo", a quarter named first)
            out[i + 1] = (i, "far")
            continue
        if _CONTAINER_GAP.fullmatch(m.sentence, a, b):
            out[i] = (i + 1, "in")
        elif (typed := _APPOSITION.match(m.sentence, a, b)) is not None and typed.end() < b:
            # "Qurt Wailah, a village in the eastern countryside of Homs", "X, a town near Saraqib": the apposition
            # types the name and puts it where the gap after it says
            if _CONTAINER_GAP.fullmatch(m.sentence, typed.end(), b):
                out[i] = (i + 1, "in")
            elif _NEAR_GAP.fullmatch(m.sentence, typed.end(), b):
                out[i] = (i + 1, "near")
        elif _COMMA_GAP.fullmatch(m.sentence, a, b):
            out[i] = (i + 1, "comma")
        elif _NEAR_GAP.fullmatch(m.sentence, a, b):
            out[i] = (i + 1, "near")
    return out


#: the type word of a name's own phrase ("the village of X", "X neighbourhood in Y", "X village, Y
#: governorate"): the kind of a place the gazetteer lacks, drawn where the text puts it
_TYPE_WORD = re.compile(
    r"\s*(villages?|towns?|city|cities|camps?|hills?|farms?|neighbou?rhoods?|districts?|quarters?|areas?)\b", re.I
)
#: a plural type word right after the last name of a list: it types every name of the list
_PLURAL_TYPE = re.compile(r"\s*(?:villages|towns|cities|camps|hills|farms|neighbou?rhoods|districts|quarters)\b", re.I)
_TYPE_KINDS = {"neighborhood": "suburb", "neighbourhood": "suburb", "neighborhoods": "suburb",
               "neighbourhoods": "suburb", "district": "suburb", "districts": "suburb", "quarters": "suburb", "farm": "village", "farms": "village",
               "quarter": "suburb", "villages": "village", "towns": "town", "cities": "city", "camps": "camp",
               "hills": "hill", "areas": "area"}  # fmt: skip
#: "Selim village at Homs - Salamiyah road": the place after is a road's end, not the village's container
_ROAD_NEXT = re.compile(r"\s*[-‐–—]")
#: between two items of a list of names ("A, B and C")
_LIST_JOIN = re.compile(LIST_SEPARATOR)


#: between the last name of a capture's list and a direction phrase that places it: "Kharba and al Hussieniya north
#: of Suwar town" (a type word may end the name: "Tell Foo village east of Saraqib")
_DIRECTION_GAP = re.compile(r"(?:\s*(?:villages?|towns?|hills?|areas?))?\s*,?\s*")


def _object_boxes(
    mentions: Sequence[Mention], out: list[Resolved], objects: list[int], country: str
) -> dict[int, tuple[int, str]]:
    """Index of each capture's object that is still unplaced (``objects``: where the names of cue ``object``, names
    the gazetteer lacks, are) -> (index of the place to draw it at, how): the direction phrase right after its list
    ("captured Kharba and al Hussieniya north of Suwar town": ``near``), else the nearest name of its own list placed
    at a point of the theatre's ``country`` ("take control of Al-Toqli & Dudiyan": ``list``).  ACLED's practice for
    a place it cannot find: the nearest known location the report gives, at a lower precision."""
    boxes: dict[int, tuple[int, str]] = {}
    n = len(mentions)
    for i in objects:
        m = mentions[i]
        if out[i].place is not None or out[i].why.startswith(_COUNTRY_LEVEL):
            continue  # (nor a country: "captured Albukamal, Iraq said" names no place at Albukamal)
        s0 = m.sentence_start
        lo = hi = i  # the list the name is in: neighbours joined by ", " / " and " / " & "
        while lo > 0 and _listed(mentions[lo - 1], mentions[lo]):
            lo -= 1
        while hi + 1 < n and _listed(mentions[hi], mentions[hi + 1]):
            hi += 1
        after = mentions[hi + 1] if hi + 1 < n else None
        if (
            after is not None
            and after.relation == "wedge"
            and after.sentence_start == s0
            and out[hi + 1].place is not None
            and _DIRECTION_GAP.fullmatch(m.sentence, mentions[hi].end - s0, after.start - s0)
        ):
            boxes[i] = (hi + 1, "near")
            continue
        near = sorted(range(lo, hi + 1), key=lambda k: (abs(k - i), k > i))
        k = next((k for k in near if k != i and _placed_point(out[k], country)), None)
        if k is not None:
            boxes[i] = (k, "list")
        elif (k := _region_before(mentions, out, lo, country)) is not None:
            boxes[i] = (k, "in")
    return boxes


def _region_before(mentions: Sequence[Mention], out: list[Resolved], lo: int, country: str) -> int | None:
    """Index of the region named last before the list that starts at ``lo``, in its sentence, with no place placed
    between ("continued their advance in the southern countryside of Idleb, liberating Tal al-Nar and eight villages
    including …": the villages the gazetteer lacks are in that part of Idlib), else None."""
    s0 = mentions[lo].sentence_start
    for k in range(lo - 1, -1, -1):
        m, r = mentions[k], out[k]
        if m.sentence_start != s0:
            return None
        if m.part_of or r.place is None:
            continue  # (the anchor inside "the southern countryside of Idleb"; a name not placed)
        areal = m.relation or r.place.kind in ("region", "plain", "mountain")  # ("… in Qalamoun, seizing X")
        return k if areal and r.place.is_areal and r.place.country == country else None
    return None


#: the reason the resolver gives a name with no candidate at all
_NOT_LISTED = "not in the gazetteer; add it to data/gazetteer/places.csv or map the spelling in aliases.csv"
#: "the districts of " right before a name: districts named after their towns (outside a city)
_DISTRICTS_OF = re.compile(r"\b(?:districts|neighbou?rhoods)\s+of\s+(?:the\s+)?$", re.I)
#: the reason for a name the gazetteer has only as a quarter of a town, which the text does not make one
_ONLY_A_QUARTER = (
    "not in the gazetteer but as a town's quarter (an aliases.csv row with the condition 'quarter'), which the text "
    "does not make it; add the place it names to data/gazetteer/places.csv if it is another"
)
#: a name the gazetteer lacks is taken for a place spelt like it but for its vowels only when that key keeps this many
#: consonants ("Tayr" ~ "Atirah" keeps two: too few to tell), the place is the only one so spelt within this many km
#: of the report's other places, and then with this confidence (above the floor, below an exact name's)
_SPELT_LIKE_LETTERS = 4
_SPELT_LIKE_KM = 40.0
#: how far from the place a capture's list is said to lie at ("… west of the town of Ras al-Ayn") a listed name the
#: gazetteer has may lie to be taken as the one the list means
_LIST_BOX_KM = 30.0
_SPELT_LIKE_CONFIDENCE = 0.6
#: the kinds of place a name spelt like one inside a container may be taken for (see Resolver._spelt_in)
_SETTLEMENT_KINDS = frozenset({"city", "town", "village", "suburb", "camp"})


def _listed(a: Mention, b: Mention) -> bool:
    """Whether ``b`` follows ``a`` in one list of names ("A, B and C"; an anchor of an areal phrase is no item)."""
    return (
        a.sentence_start == b.sentence_start
        and not a.relation
        and not b.relation
        and not a.part_of
        and not b.part_of
        and _LIST_JOIN.fullmatch(a.sentence, a.end - a.sentence_start, b.start - b.sentence_start) is not None
    )


def _placed_point(r: Resolved, country: str) -> bool:
    """Whether ``r`` placed its name at a point of ``country`` that the gazetteer has."""
    return r.place is not None and r.place.country == country and not r.place.is_areal and not r.place.unlisted


#: the generic words that lead the name of a settlement ("Tal" hill, "Kafr" village, "Khirbet" ruin, "Deir" monastery
#: …): a name the gazetteer lacks that starts with one is a village, not a person ("Abu", "Sheikh", "Umm" lead names
#: of men and women too) nor an area ("Wadi", "Jabal")
#: the place slot of an Airwars incident title, right before the place's Latin name: "(S455) ", "(S787) مزرعة الروضة "
_INCIDENT_SLOT = re.compile(
    INCIDENT_CODE + r"(?:[Nn]ear\s+)?(?:[\u0600-\u06ff][\u0600-\u06ff\u200e\u200f\s,،]*)?(?:[Nn]ear\s+)?$"
)
_SETTLEMENT_LEAD = re.compile(
    r"(?:Tell?|Tall?|Kafr|Kfar|Deir|Dayr|Ain|Ayn|Khirbet|Khirbat|Mazraat|Qaryat|Beit|Bayt|Maarat|Jubb|Tlul)\s+[A-Z]"
)


def _unlisted_kind(m: Mention, box: Place) -> str:
    """The kind the text gives a name ("Abyan village", "the town of X", "X neighbourhood"), or ''; "X area" is a
    part of the town ``box`` ("Al Fillat area, Raqqa") or a region of the wider area it is in."""
    if m.cue in ("village", "town", "city", "camp", "hill", "quarter", "base"):
        word = m.cue
    else:
        t = _TYPE_WORD.match(m.sentence, m.end - m.sentence_start) or _APPOSITION.match(
            m.sentence, m.end - m.sentence_start
        )
        if t is None:  # (a capture's object or an Airwars incident's place, not typed: "captured Kharba")
            # ("Tal Zurqat in the western countryside of Daraa": a name led by a settlement's generic word is typed by it)
            return "place" if m.cue in ("object", "incident") or _SETTLEMENT_LEAD.match(m.surface) else ""
        word = t.group(1).lower()
    word = _TYPE_KINDS.get(word, word)  # (plurals and the words of a quarter: "villages", "neighbourhood")
    if word == "area":
        return "suburb" if box.kind in _QUARTER_KINDS else "region"
    return word


def _unlisted_in(m: Mention, kind: str, box: Resolved, how: str, why: str) -> tuple:
    """A place the gazetteer lacks, typed by the text ("Abyan village") and put by it in (or near) a place
    the gazetteer has: drawn at that place (at its area when it is one: "in the western countryside of
    Aleppo"), named as the text names it, so an event there keeps its own name and an approximate point
    (ACLED's practice: the nearest known location, with a lower geo precision).  The resolver's outcome
    ``(place, confidence, why, in_aoi)``."""
    c = box.place
    assert c is not None
    place = Place(
        id=f"{UNLISTED_PREFIX}{c.id}:{m.key or skeleton(m.surface)}",
        name=m.surface,
        lat=c.lat,
        lon=c.lon,
        kind=kind,
        admin1=c.admin1,
        country=c.country,
        source=f"{UNLISTED_PREFIX}{c.id}",
        geometry=c.geometry if c.is_areal else None,
    )
    where = (
        "named in one list with it" if how == "list" else f"{'near' if how == 'near' else 'in'} it, as the text says"
    )
    reason = f"{why.split(';')[0]}: drawn at {c.name} ({where}); add its own point to data/gazetteer/places.csv"
    return place, round(box.confidence * 0.8, 3), reason, box.in_aoi


def _derived_area(ident: str, name: str, geometry, country: str, source: str) -> Place:
    """An area the resolver derives from the theatre's outlines (a country's part, a border strip), its marker
    inside it."""
    lat, lon = latlon(geometry.representative_point())
    return Place(ident, name, lat, lon, "area", country=country, source=f"derived:{source}", geometry=geometry)


#: the longest road drawn as a straight line between the ends the text names ("the road of Damascus – Deir Ezzor",
#: 420 km, runs close to the line through Palmyra); a longer line would stray too far from any real road
_ROAD_LINE_KM = 450.0
#: a neighbour's adjective before a place's type word, right before the name: "the Lebanese border town of Qaa", "the
#: Turkish town of Kilis", "the Iraqi border city of al-Qaim"
_DEMONYM_BEFORE = re.compile(
    # (not the second of a pair: "the Syrian-Jordanian border crossing of Nasib" is Syria's)
    r"(?<![\w-])(Lebanese|Turkish|Iraqi|Jordanian|Israeli)\s+(?:(?:border|frontier|northern|southern|eastern|western|"
    r"north-?eastern|north-?western|south-?eastern|south-?western|nearby|neighbou?ring|Sunni|Shiite|Christian)\s+)*"
    r"(?:town|village|city|area|region|crossing|settlement|district|province)\s+(?:of\s+)?(?:the\s+)?$"
)
_DEMONYM_COUNTRY = {"lebanese": "LB", "turkish": "TR", "iraqi": "IQ", "jordanian": "JO", "israeli": "IL"}


def _named_country(m: Mention) -> str:
    """The code of the neighbour the text names right before ``m`` ("the Lebanese border town of Qaa": LB), or ''."""
    hit = _DEMONYM_BEFORE.search(m.sentence, 0, max(0, m.start - m.sentence_start))
    return _DEMONYM_COUNTRY[hit.group(1).lower()] if hit is not None else ""


_BORDER_STRETCH_KM = 50.0  # "near the Turkish border" in a report about Atmeh: the border within this of Atmeh


def _border_stretch(whole: tuple, lat: float, lon: float) -> tuple:
    """The stretch of a border strip (the outcome ``whole``) within :data:`_BORDER_STRETCH_KM` of its point
    nearest (lat, lon), or ``whole`` when the strip is farther than that."""
    border, confidence, _, in_aoi = whole
    here = shapely.Point(lon, lat)
    nearest = shapely.shortest_line(here, border.geometry).coords[-1]
    if approx_km(lat, lon, nearest[1], nearest[0]) > _BORDER_STRETCH_KM:
        return whole
    part = shapely.intersection(border.geometry, circle(nearest[1], nearest[0], _BORDER_STRETCH_KM))
    place = _border_part(border, part, f"near:{nearest[1]:.2f},{nearest[0]:.2f}", ", near the places the report names")
    return place, confidence, place.name, in_aoi


def _border_part(border: Place, part, tag: str, where: str) -> Place:
    """The border place cut down to ``part`` (id suffixed ``:<tag>``, ``where`` added to its name), its marker in it."""
    lat, lon = latlon(part.representative_point())
    return replace(border, id=f"{border.id}:{tag}", name=border.name + where, lat=lat, lon=lon, geometry=part)


def _border_codes(m: Mention) -> list[str]:
    """The ISO codes a border mention names (its cue ``border:<codes joined by +>``)."""
    return m.cue.removeprefix("border:").split("+")


def _border_containers(mentions: Sequence[Mention], borders: list[int]) -> dict[int, int]:
    """Index of each border mention (``borders``: where they are) -> index of the area the text puts it in: right
    after it ("the Syrian-Turkish border in the countryside of Idlib") or right before it ("clashes in the
    countryside of Suwayda near the Syrian-Jordanian border": that countryside's stretch of the border)."""
    out = {}
    for i in borders:
        m = mentions[i]
        s0 = m.sentence_start
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            nxt is not None
            and nxt.sentence_start == s0
            and nxt.start - m.end <= _GAP_MAX
            and _CONTAINER_GAP.fullmatch(m.sentence, m.end - s0, nxt.start - s0)
        ):
            out[i] = i + 1
            continue
        # the area before it ends where its anchor does: the mention right before may be that anchor
        k = next((k for k in range(i - 1, max(-1, i - 3), -1) if mentions[k].relation), None)
        if (
            k is not None
            and mentions[k].relation != "border"
            and mentions[k].sentence_start == s0
            and 0 <= m.start - mentions[k].end <= _GAP_MAX
            and _NEAR_GAP.fullmatch(m.sentence, mentions[k].end - s0, m.start - s0)
        ):
            out[i] = k
    return out


def _border_in(border: Place, box: Place, confidence: float) -> tuple:
    """The stretch of a border strip inside an area ("… border in the countryside of Idlib"); the whole strip
    when they do not meet (the text's area is then only near the border)."""
    assert border.geometry is not None and box.geometry is not None
    part = shapely.intersection(border.geometry, box.geometry)
    if part.is_empty or part.area < 1e-6:
        return border, confidence, f"{border.name}; not in {box.name}, which the text names with it", True
    place = _border_part(border, part, box.id, f" in {box.name}")
    return place, confidence, place.name, True


#: between an Arabic-script name and its Latin gloss: spaces, commas, a colon, direction marks
_GLOSS_GAP = re.compile(r"[ \t,\u060c:\u200c-\u200f]*")


def _glosses(mentions: Sequence[Mention], arabic: list[int]) -> dict[int, int]:
    """Index of each Arabic-script point mention (``arabic``: where they are) -> index of the Latin-script mention
    that glosses it right after ("القحطانية Al Qahtaniya villages", "معدان, Ma’adan": Airwars' and UCDP's layout).
    The two name one place, and the Latin spelling is the one gazetteers are built from."""
    out = {}
    for i in arabic:
        m = mentions[i]
        for j in range(i + 1, len(mentions)):
            g = mentions[j]
            if g.start < m.end or g.relation:  # an areal phrase starting here: its anchor follows it
                continue
            if (
                g.sentence_start == m.sentence_start
                and "A" <= g.surface[0].upper() <= "Z"
                and _GLOSS_GAP.fullmatch(m.sentence, m.end - m.sentence_start, g.start - m.sentence_start)
                and _one_name(consonants(m.surface), consonants(g.surface))
            ):
                out[i] = j
            break
    return out


def _word_openings(key: str) -> tuple[bool, ...]:
    """Which words of a name skeleton open on a vowel (a vowelless key loses an opening vowel, often a written ayn)."""
    return tuple(w[0] in "aeiou" for w in key.split())


def _one_name(a: str, b: str) -> bool:
    """Whether two names' :func:`~geo.names.consonants` are one name's: equal, or for names of four
    consonants or more one letter apart (the construct t: "كسرة فرج" is "Kasrat Faraj")."""
    if not a or not b:
        return False  # no consonants to compare ("آية", "Aya")
    if a == b:
        return True
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


#: the id of a governorate's part towards a bearing ("area:countryside:0:adm1:SY-LA": northern Latakia)
_PART_ID = re.compile(r"area:(?:countryside|sector|wedge):(\d+(?:\.\d+)?):(adm1:[\w-]+)$")
#: how near the bearing of a governorate's part must be to the side of the country the governorate lies on (seen from
#: the middle of the country's outline) for "southern Daraa province" to name the whole province too
_SIDE_DEGREES = 45.0


def _bearing(lat0: float, lon0: float, lat: float, lon: float) -> float:
    """The compass bearing (degrees, 0 north, 90 east) from ``(lat0, lon0)`` to ``(lat, lon)`` on a flat local map."""
    return math.degrees(math.atan2((lon - lon0) * math.cos(math.radians(lat0)), lat - lat0)) % 360


def _degrees_apart(a: float, b: float) -> float:
    """How far apart two bearings are (0–180 degrees)."""
    return abs((a - b + 180) % 360 - 180)


#: the id of a part of the area-of-interest country ("northern Syria"), as :meth:`Resolver._country_part` builds it
_COUNTRY_PART_ID = re.compile(r"area:sector:\d+:cc:")


def is_country_part(place: Place) -> bool:
    """Whether ``place`` is a part of the area-of-interest country ("northern Syria", "Syria's northwest")."""
    return _COUNTRY_PART_ID.match(place.id) is not None


#: how far "in" a region, mountain range or plain known only by a point reaches (the Western Ghouta, Jabal al-Akrad)
_REGION_KM = 18.0


#: the reach tag of a direction's area id when the text gives one: ":55km:", ":far:"
_WEDGE_REACH = re.compile(r"^area:wedge:\d*:(?:[\d.]+km|far|half|governorate):")


def _contains(box: Place, p: Place, how: str = "in") -> bool:
    """Whether ``p`` lies in ``box``: inside its polygon (plus 10 km), or near its point
    (30 km of a city, 20 of a town, :data:`_REGION_KM` or its radius of a region, a mountain range
    or a plain, 12 of anything else; for ``how="quarter"`` :data:`_QUARTER_KM` of it, for
    ``how="district"`` :data:`_DISTRICT_KM`; for ``how="far"`` :data:`_FAR_DEG` of it); for ``how="near"``, within
    :data:`_NEAR_KM` of either, and so for a direction after a comma ("al-Dumayr, east of the
    capital": the text gives the side, not how far out)."""
    # (and a direction the text gives no distance for, even typed: "the town of Maaloula, north of Damascus" lies
    # 45 km out; "55 km west of Raqqa" keeps its band)
    if how == "far":
        # (the earlier names of a typed list before a direction: on that side, loosely — "the villages of al-Sukhnah and
        # Arak east of Palmyra" reach 65 km out; a namesake across the country does not)
        if box.geometry is not None and box.geometry.geom_type not in ("Point", "LineString"):
            return bool(shapely.dwithin(box.geometry, shapely.points(p.lon, p.lat), _FAR_DEG))
        return approx_km(box.lat, box.lon, p.lat, p.lon) <= _FAR_DEG * 111.0
    near = how == "near" or (
        box.id.startswith("area:wedge:") and (how == "comma" or (how == "in" and not _WEDGE_REACH.search(box.id)))
    )
    if box.geometry is not None and box.geometry.geom_type != "Point" and box.geometry.geom_type != "LineString":
        return bool(shapely.dwithin(box.geometry, shapely.points(p.lon, p.lat), 0.25 if near else 0.1))
    limit = _NEAR_KM if near else {"city": 30.0, "town": 20.0}.get(box.kind, 12.0)
    if how == "district":
        limit = _DISTRICT_KM
    elif how == "quarter":  # "…, Raqqa city": a part of the city itself
        limit = _QUARTER_KM
    if not near and box.kind in ("region", "mountain", "plain"):
        limit = max(limit, box.radius_km or _REGION_KM)
    return approx_km(box.lat, box.lon, p.lat, p.lon) <= limit


_SPELT = 2.0  # a candidate whose own name the text spells, against others the skeleton also matched
_ABROAD_POP = 100_000  # abroad, only cities this large are plausible in a report about the AOI country
_ROUNDUP_POP = 50_000  # a city of the AOI country this large is not less likely for being far from the report's others


def _salience(p: Place) -> tuple[str, float] | None:
    """How much a place is talked about: its population or, for villages GeoNames does not
    count, the conflict events recorded there — whichever says more (log scale, at most +1)."""
    pop = min(1.0, math.log10(p.population + 1) / 5) if p.population else 0.0
    events = min(0.8, math.log10(p.events + 1) / 2.5) if p.events else 0.0
    if not pop and not events:
        return None
    if pop >= events:
        return (f"population {p.population:,}", pop)
    return (f"{p.events} recorded events", events)


#: a place an imported map or list names with neither population nor recorded events (a map mark, an
#: OCHA row without a census figure): one of many namesakes, less likely to be meant than a place with either
_UNCOUNTED_SOURCES = ("wikimap:", "cod:")
_UNCOUNTED = ("no population or events on record", -0.8)


def _uncounted(p: Place) -> bool:
    """A place only an imported map or list knows, with neither population nor recorded events."""
    return not p.curated and not p.population and not p.events and p.source.startswith(_UNCOUNTED_SOURCES)


def _rival_mass(rivals: list[tuple[float, Place]], best: Place) -> float:
    """Sum of exp(score) over the best candidate's rivals — where the best is a place on record, the namesakes only
    a map marks count as one rival however many there are (four unrecorded villages called Ras al-Ayn are no more
    evidence against the town than one)."""
    weights = [(math.exp(s), _uncounted(p)) for s, p in rivals]
    if _uncounted(best) or sum(u for _, u in weights) < 2:
        return sum(w for w, _ in weights)
    return sum(w for w, u in weights if not u) + max(w for w, u in weights if u)


_DEG_KM = 6371.0 * math.pi / 180  # km per degree, as geo.geometry.approx_km reckons
_BAND_LIMITS = tuple((km / _DEG_KM) ** 2 for km in (50.0, 150.0, 400.0))  # squared, in degrees


def _band(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The context term for a distance: +2 within 50 km, +1.5 within 150, 0 within 400, else −1
    (the distance of :func:`geo.geometry.approx_km`, compared squared)."""
    x = (lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    y = lat2 - lat1
    d2 = x * x + y * y
    b50, b150, b400 = _BAND_LIMITS
    return 2.0 if d2 < b50 else 1.5 if d2 < b150 else 0.0 if d2 < b400 else -1.0


def _bands(coords: list[tuple[float, float]], lat0: float, lon0: float) -> tuple[float, ...]:
    """:func:`_band` of each of ``coords`` to one point, in one loop."""
    b50, b150, b400 = _BAND_LIMITS
    cos, rad = math.cos, math.radians
    out = []
    for lat, lon in coords:
        x = (lon - lon0) * cos(rad((lat + lat0) / 2))
        y = lat - lat0
        d2 = x * x + y * y
        out.append(2.0 if d2 < b50 else 1.5 if d2 < b150 else 0.0 if d2 < b400 else -1.0)
    return tuple(out)


_REGION_KINDS = frozenset(("region", "plain", "mountain"))
_SAME_KM = {True: 30.0, False: 5.0}  # how far apart two rows of one region (True) or one place may lie


def _same_place(a: Place, b: Place) -> bool:
    """Whether two candidates are one place in two rows: kinds alike (settlements, regions or
    the same kind) and within :data:`_SAME_KM` of each other; or a governorate and the
    capital its point stands on."""
    if "governorate" in (a.kind, b.kind):  # a governorate and its capital (its point) name one place
        other = b.kind if a.kind == "governorate" else a.kind
        return other in _SETTLEMENTS and approx_km(a.lat, a.lon, b.lat, b.lon) <= 1.0
    region = a.kind in _REGION_KINDS
    if region != (b.kind in _REGION_KINDS) or (
        not region and a.kind != b.kind and not {a.kind, b.kind} <= _SETTLEMENTS
    ):
        return False
    return approx_km(a.lat, a.lon, b.lat, b.lon) <= _SAME_KM[region]


_SETTLEMENTS = frozenset(("city", "town", "village", "suburb"))


def _in_aoi(p: Place, aoi) -> bool:
    return bool(in_box(p.lat, p.lon, aoi))


_MEMO_MAX = 200_000  # entries a resolver memo holds before it starts again


def _stored(memo: dict, key, value):
    """``value``, stored under ``key`` in ``memo`` (emptied first when past :data:`_MEMO_MAX` entries)."""
    if len(memo) > _MEMO_MAX:
        memo.clear()
    memo[key] = value
    return value


_MEMOS = (
    *("profiles", "areas", "area_outcomes", "anchors", "whys", "outcomes", "coords", "literal_names"),
    *("governorate_names", "inside", "lazy"),
)


def _shared_memos(gazetteer: Gazetteer, settings: tuple) -> dict[str, dict]:
    """The resolver memos of ``gazetteer`` under ``settings`` (area of interest, country, minimum
    confidence, river reaches, outline), kept on the gazetteer itself: each ``geoparse`` call makes
    a resolver, and a later call with the same gazetteer and settings starts from what earlier ones
    worked out (candidate scores, areal shapes) instead of from nothing.  Every entry depends only on
    the gazetteer, those settings and its own key, so sharing them changes no answer; a second
    gazetteer in the same process has memos of its own.  A memo past :data:`_MEMO_MAX` entries is
    emptied (a stream of never-seen names cannot grow it without bound)."""
    shared = gazetteer.memos.get(("resolver", settings))
    if shared is None:
        if len(gazetteer.memos) > 16:  # settings tried one after another: keep the memory bounded
            gazetteer.memos.clear()
        shared = gazetteer.memos[("resolver", settings)] = {name: {} for name in _MEMOS}
    for name in ("profiles", "anchors", "coords", "whys", "areas", "literal_names", "governorate_names"):
        if len(shared[name]) > _MEMO_MAX:
            shared[name].clear()
    return shared


class Resolver:
    """Scores candidates; caches the context-free part of each name's candidates.

    Parameters
    ----------
    gazetteer : Gazetteer
    aoi : (min_lon, min_lat, max_lon, max_lat)
        The area of interest.
    aoi_country : str
        The country the reports are about.
    min_confidence : float
        Below it a mention is unresolved.
    outline : Polygon, optional
        What the ground beside a river is clipped to: the theatre's outline
        (:func:`geo.geometry.theatre_outline`); by default the outline of ``aoi_country``
        in the default theatre's outlines file, else the area of interest.
    river_side_km, river_bank_km : float
        How far from a river "east of the Euphrates" and "the Euphrates banks" reach.
    border_km : float
        How far into ``aoi_country`` "the Syrian-Turkish border" reaches.
    outlines : Path, optional
        The country outlines that border is cut from (default: the default theatre's).
    """

    def __init__(
        self,
        gazetteer: Gazetteer,
        *,
        aoi=DEFAULTS.aoi,
        aoi_country: str = DEFAULTS.aoi_country,
        min_confidence: float = DEFAULTS.min_confidence,
        outline=None,
        river_side_km: float = DEFAULTS.river_side_km,
        river_bank_km: float = DEFAULTS.river_bank_km,
        border_km: float = DEFAULTS.border_km,
        outlines: Path | None = None,
        divided: Sequence[DividedCity] = (),
    ) -> None:
        self.gaz = gazetteer
        self.aoi = aoi
        self.country = aoi_country
        self.min_confidence = min_confidence
        self._outline = outline
        self.river_side_km = river_side_km
        self.river_bank_km = river_bank_km
        self.border_km = border_km
        self._outlines = outlines
        self.divided = {f"gn:{d.geonames}": d for d in divided}  # place id -> when it was split
        # the days some divided city was split: on any other day no phrase names a half
        spans = self.divided.values()
        self._divided_days = (min(d.start for d in spans), max(d.end for d in spans)) if spans else None
        self._bands: dict[str, tuple[float, ...]] = {}  # per name, for the report being resolved
        self._filed_abroad = ""  # the country a report being resolved was filed from, when abroad (see resolve)
        self._own_outcomes: dict[tuple, tuple] = {}  # see _outcome
        # the memos below hold nothing but what the gazetteer and these settings decide, so every
        # resolver of this gazetteer with these settings shares them (see _shared_memos)
        memo = _shared_memos(
            gazetteer,
            (tuple(aoi), aoi_country, min_confidence, river_side_km, river_bank_km, border_km, outlines, outline),
        )
        self._profiles: dict[str, list[tuple[Place, float, str, bool]]] = memo["profiles"]
        self._areas: dict[tuple, Place] = memo["areas"]
        self._area_outcomes: dict[tuple, tuple] = memo["area_outcomes"]  # areal phrase and its anchors' outcome
        self._anchors: dict[str, tuple[float, float, bool] | None] = memo["anchors"]
        self._whys: dict[tuple, str] = memo["whys"]
        self._outcomes: dict[tuple, tuple] = memo["outcomes"]  # see _outcome
        self._coords: dict[str, list[tuple[float, float]]] = memo["coords"]  # per name: its candidates' points
        self._literal_names: dict[str, frozenset[str]] = memo["literal_names"]  # place id -> its names, spelt literally
        self._governorate_names: dict[str, bool] = memo["governorate_names"]  # name key -> a governorate answers to it
        self._inside: dict[tuple[str, str, str], bool] = memo["inside"]  # (container id, place id, how) -> _contains
        # "cities": where neighbourhoods can be; "capitals": admin1 -> its governorate (see _governorate_of)
        self._lazy: dict[str, Any] = memo["lazy"]
        self._parts = _governorate_parts(gazetteer)  # "southern Idlib": made once per gazetteer, when first named

    @classmethod
    def from_settings(cls, gazetteer: Gazetteer, settings: Settings = DEFAULTS, **overrides) -> Resolver:
        """The resolver a run uses: the area of interest, rivers, borders and divided cities of ``settings``'s
        theatre (``overrides``: any of the keyword arguments of the class, in place of the settings' own)."""
        options: dict[str, Any] = {
            "aoi": settings.aoi,
            "aoi_country": settings.aoi_country,
            "min_confidence": settings.min_confidence,
            "outline": theatre_outline(settings.theatre),
            "river_side_km": settings.river_side_km,
            "river_bank_km": settings.river_bank_km,
            "border_km": settings.border_km,
            "outlines": settings.theatre.outlines,
            "divided": settings.theatre.divided_cities,
        }
        options.update({k: v for k, v in overrides.items() if v is not None})
        return cls(gazetteer, **options)

    # -- context-free ---------------------------------------------------------------
    def _base_terms(self, p: Place, inside: bool, flag: str) -> list[tuple[str, float]]:
        """The context-free score terms of a candidate, each with what it means."""
        if p.kind == "country":
            return [("a whole country", _KIND_PRIOR["country"])]
        if not inside:
            terms = [("outside the area of interest", -1.5)]
        elif p.country and p.country != self.country:
            terms = []  # in the area-of-interest box but abroad (Hatay, Lebanon): no bonus
        else:
            terms = [("inside the area of interest", 1.5)]
        if p.country == self.country:
            terms.append((f"in {self.country}", 0.5))
        if _KIND_PRIOR.get(p.kind, 0.0):
            terms.append((f"kind {p.kind}", _KIND_PRIOR[p.kind]))
        salience = _salience(p)
        if salience:
            terms.append(salience)
        elif _uncounted(p):
            terms.append(_UNCOUNTED)
        if p.curated:
            terms.append(("curated row", 0.3))
        if flag in ("alias", _QUARTER_ALIAS):
            terms.append(("alias", 1.0))
        return terms

    def _profile(self, key: str) -> list[tuple[Place, float, str, bool]]:
        """(place, base score, flag, inside AOI) per candidate; flag is '', 'stem' or an alias condition."""
        prof = self._profiles.get(key)
        if prof is not None:
            return prof
        gaz = self.gaz
        flags: dict[int, str] = {i: "" for i in gaz.index.get(key, ())}
        for i in gaz.cue_only.get(key, ()):
            flags.setdefault(i, "stem")
        for i, alias in gaz.aliases.get(key, ()):
            flags[i] = "alias:" + alias.condition if alias.condition else "alias"
        prof = []
        for i, flag in flags.items():
            p = gaz.places[i]
            if p.kind == "river":
                continue  # a river is a line, never a point (see _resolve_river_area)
            inside = p.kind != "country" and _in_aoi(p, self.aoi)
            prof.append((p, sum(v for _, v in self._base_terms(p, inside, flag)), flag, inside))
        self._profiles[key] = prof
        return prof

    # -- per report -----------------------------------------------------------------
    def resolve(self, mentions: Sequence[Mention], *, date: dt.date | None = None) -> list[Resolved]:
        """Resolve the mentions of one report (they share context).

        ``date``: the report's date; on the days a city of the theatre was divided
        (``divided``), "eastern Aleppo" is the city's eastern half."""
        # the names in the order the text gives them (a dict, not a set: ties in the consensus and the sums of
        # the context must not follow the process's string hashing, or two runs could place a name differently)
        keys: dict[str, None] = {}
        # a report filed from abroad ("BEIRUT (Reuters) -"): its city is no context for the news, though a small place
        # of its country may be the news's (a city of the theatre's country filing it still is context: "LATAKIA —")
        abroad = {
            m.key: c for m in mentions if not m.relation and filed_from(m) and (c := self._country_if_abroad(m.key))
        }
        filed = set(abroad)
        self._filed_abroad = next(iter(abroad.values()), "")
        for m in mentions:
            if not m.relation:
                if m.key in filed and filed_from(m):
                    continue  # (the city a report was filed from is no context for its news, nor placed by it)
                keys[m.key] = None
                filed.discard(m.key)  # (named again in the text: then it is context after all)
            else:  # (the finder also returns each anchor on its own; a caller may not)
                for a in m.anchors:
                    keys[a.key] = None
                if m.relation == "border":
                    keys[""] = None  # the border's context: all the report's places
        context = self._contexts(keys)
        context.update(dict.fromkeys(filed))  # (placed on its own name alone)
        self._bands = {}  # distances are to this report's context
        memo: dict[tuple, Resolved] = {}
        points: dict[tuple, tuple] = {}
        out: list[Resolved] = []
        halves: set[int] = set()  # where the anchors of "eastern Aleppo" (a divided city's half) start
        last: Resolved | None = None  # the latest point resolved, for the place an areal phrase follows
        objects: list[int] = []  # the captures' objects the gazetteer lacks ("captured Kharba")
        borders: list[int] = []  # the borders ("the Syrian-Turkish border"), for the areas the text puts them in
        arabic: list[int] = []  # the names in Arabic script, for their Latin glosses ("القحطانية Al Qahtaniya")
        for m in mentions:
            if m.relation:
                if m.relation == "border":
                    borders.append(len(out))
                out.append(self._resolve_area(m, context, memo, date, halves, last))
                continue
            if "\u0600" <= m.surface[0] <= "\u06ff" and not m.part_of:
                arabic.append(len(out))
            if m.cue == "river":  # a river named on its own: there is no point to put it at
                out.append(_resolved(m, None, 1.0, self._river_why(m), True))
                continue
            if m.part_of:  # a place named inside an areal phrase: resolved as the phrase resolved it
                prefer = "point" if m.start in halves else self._anchor_prefer(m.part_of, m)
                done = memo.get((m.key, m.cue, prefer))
                if done is not None:
                    # (mostly the very anchor its phrase resolved, in the same record: then that record is it)
                    out.append(
                        done if done.mention is m else _resolved(m, done.place, done.confidence, done.why, done.in_aoi)
                    )
                else:
                    ctx = context[m.key]
                    out.append(_resolved(m, *self._outcome(m, ctx, ctx is not None and ctx[2], prefer)))
                continue
            if m.cue == "object" or (m.cue in (*_TYPED_CUES, "hill") and not _INCIDENT_CODE.search(m.sentence)):
                # (a capture's object, or a name typed before it: "regained control of the villages of Al Bana, Tal
                # Othman and Tal Sakhr": one the gazetteer lacks is drawn where its list or a direction puts it)
                objects.append(len(out))
            sig = (m.key, m.cue, _literal(m.surface))
            hit = points.get(sig)
            if hit is None:
                ctx = context[m.key]
                hit = points[sig] = self._outcome(m, ctx, ctx is not None and ctx[2], "")
                if hit[0] is None and len(m.anchors) == 2:  # "the road of Palmyra - Sokhna": a road the gazetteer lacks
                    hit = points[sig] = self._road_between(m, ctx) or hit
            out.append(last := _resolved(m, *hit))
        containers = _containers(mentions)
        for i, (j, how) in containers.items():  # "X town in Afrin": X must be in Afrin
            box = out[j].place
            if box is None:
                if (
                    how in ("in", "comma")
                    and (country := self._foreign_country_named(mentions[j].key)) is not None
                    # (the country the end of the phrase: not "Albukamal, Iraq said", "Yabroud, Lebanon's al-Manar TV
                    # said", "from Homs, Lebanon and Iraq", "Lebanon-based Hezbollah")
                    and _COUNTRY_ENDS.match(mentions[j].sentence, mentions[j].end - mentions[j].sentence_start)
                ):
                    # "the Rumaila field in Iraq", "al-Qaim, Iraq": a place of that country, not a Syrian namesake
                    out[i] = _resolved(mentions[i], *self._in_country(mentions[i], country))
                continue
            after = mentions[j].end - mentions[j].sentence_start
            wider = None
            if (
                how == "in"
                and box.kind in ("city", "town")
                and j + 1 < len(mentions)
                and (province := out[j + 1].place) is not None
                and province.kind == "governorate"
                and _DISTRICT_OF.fullmatch(
                    mentions[j].sentence, after, mentions[j + 1].start - mentions[j].sentence_start
                )
                and (province.admin1 == box.admin1 or not box.admin1)
            ):
                # "al-Sukhnah in the Palmyra district of Homs Governorate": around its seat first, and a district may
                # reach far from its seat: then anywhere in the province
                how, wider = "district", province
            elif how == "in" and box.kind in ("city", "town") and _DISTRICT_AFTER.match(mentions[j].sentence, after):
                how = "district"  # "Sinjar in the Maarrat al-Nu'man district": the district the town is the seat of
            m, s0 = mentions[i], mentions[i].sentence_start
            kind = _unlisted_kind(m, box)
            # "al Badou neighbourhood, Raqqa city" (Airwars): a comma before a town locates only a quarter
            quarter = kind == "suburb" and box.kind in _QUARTER_KINDS
            if quarter and how == "in":
                how = "quarter"  # "the Sakhur and Haydariya districts of Aleppo": in the city, not 25 km out of it
            town_comma = how == "comma" and box.kind not in ("governorate", "area")
            if town_comma and m.cue == "incident" and box.kind in _QUARTER_KINDS:
                # an Airwars incident's place before a town ("(S1080a) Nazlat Shahada, Raqqa city", "(S465) Hasiba,
                # Abu Kamal"): a part of the town or a place of its district, drawn near the town's point
                how = "near"
            elif town_comma and not quarter:
                continue
            listed_within = False
            # ("Bared al-Daraia neighbourhood, Raqqah city": a quarter after a comma is still inside its town — a
            # namesake elsewhere gives way to the town, as for "X neighbourhood in Y")
            if (quarter or not town_comma) and (out[i].place is not None or out[i].confidence > 0):
                ctx = context[m.key]
                syrian = ctx is not None and ctx[2]
                res = self._decide(m, ctx, syrian, "", within=box, how=how)
                if (
                    res[0] is None
                    and wider is not None
                    and (far := self._decide(m, ctx, syrian, "", within=wider, how="in"))[0] is not None
                    and approx_km(far[0].lat, far[0].lon, box.lat, box.lon) <= _DISTRICT_FAR_KM
                ):
                    res = far
                if (
                    res[0] is None
                    and how == "in"
                    and box.kind == "city"
                    and (seat := self._decide(m, ctx, syrian, "", within=box, how="district"))[0] is not None
                    # (a village or a site, not a town or city: "the Idlib town of Maarat al-Numan" is no Idlib in it)
                    and seat[0].kind not in ("city", "town", "governorate", "region")
                ):
                    # "seized Kharab Slouque in Afrin": a city's name stands for the district it is the seat of too
                    # (Afrin's villages lie up to 40 km out), when the place of that name lies there
                    res = seat
                if res[0] is None and res[1] > 0 and how == "in":
                    # "Zorba, Tell Foo and Kudna in the countryside of Quneitra": a name left unsure only because the
                    # report's other places lie elsewhere is the one of its name inside the container the text names
                    res = self._decide_by_box(m, box, how)
                if (
                    res[0] is None
                    and how == "comma"
                    and (alone := out[i].place) is not None
                    and alone.kind in ("city", "town")
                    and out[i].in_aoi
                    # (a town's countryside: not "X, Raqqa governorate, Syria")
                    and box.kind == "area"
                    and not re.search(r"governorate|province", mentions[j].surface, re.I)
                    and (goes := _LIST_GOES_ON.match(m.sentence, mentions[j].end - s0)) is not None
                    # (the next item a place: not ", killing two civilians"; and the town not far from that countryside)
                    and any(k.sentence_start == m.sentence_start and k.start - s0 == goes.end() for k in mentions)
                    and approx_km(alone.lat, alone.lon, box.lat, box.lon) <= _LIST_TOWN_KM
                ):
                    # "shell Khan Shaykhun, Jisr Al-Shughur countryside and south of Aleppo": a list, not a town
                    # placed in another's countryside — the town the name alone gives stays
                    continue
                if res[0] is None and _COUNTRY_PART_ID.match(box.id) and out[i].place is not None and out[i].in_aoi:
                    # "a military airport in Raqqa, eastern Syria": a wire's loose half of the country (Raqqa lies
                    # east of the centre, not in the eastern sector) — the town the name alone gives stays
                    continue
                if res[0] is None and box.kind == "governorate" and (around := self._surrounding(box)) is not None:
                    # "Maalula in Damascus province": the news's province of a city is often the countryside round it
                    res = self._decide(m, ctx, syrian, "", within=around, how=how)
                if res[0] is None:  # "rebels in Nawa, in southern Daraa province": the province in the country's south
                    res = self._in_province_as_said(m, context, box, how) or res
                out[i] = _resolved(m, *res)
                if how == "in" and not quarter:
                    self._list_within(mentions, out, i, box, how)
                    listed_within = True
            # "Seif al-Dawla neighborhood in Aleppo": a place the gazetteer lacks, where the text puts it — not a
            # village or town the gazetteer places elsewhere in the area of interest (text and gazetteer disagree:
            # the mention stays unresolved for a person to look at); a quarter of a town is no such village
            if (
                out[i].place is None
                and kind
                and out[j].in_aoi
                and not _ROAD_NEXT.match(m.sentence, mentions[j].end - s0)
                # (nor an Airwars incident's own place: "(S455) Fatatish village, eastern Raqqa countryside" names its
                # village, whatever namesake the gazetteer has elsewhere)
                and (quarter or not self._known_in_aoi(m.key) or _INCIDENT_SLOT.search(m.sentence, 0, m.start - s0))
            ):
                # ("Umm Housh, a village in the province of Aleppo": the one place there spelt like it, vowels aside)
                holder = out[j].place
                spelt = None if quarter or holder is None else self._spelt_in(m, holder, how)
                out[i] = _resolved(m, *(spelt or _unlisted_in(m, kind, out[j], how, out[i].why)))
                # "the villages of Tell Foo, Kafr Zita and Bar Baz in the countryside of Hama": the list's container
                self._list_before_in(mentions, out, i, j, how, context, kind)
                if how == "in" and not quarter and not listed_within:
                    # (and its names the gazetteer knows but left unsure: "Ruwayhinah, Kudna and Asbah in the countryside
                    # of Quneitra", Asbah drawn there; once per container)
                    self._list_within(mentions, out, i, box, how)
            elif quarter and (tail := out[i].place) is not None and self._contains(box, tail, how):
                # "Shells fell on Aziziyah, Suleimaniyah and Midan neighborhoods of Aleppo": the last a quarter the
                # gazetteer has there, the ones before it quarters of the same town
                self._list_before_in(mentions, out, i, j, how, context, kind)
        for i, j in _frames(mentions, out).items():
            # "Meanwhile in Quneitra province, … recapturing Al-Sukariyah and Qarqas towns": a name left unsure, or
            # placed outside the governorate the sentence opens on, is the one of its name there when it has one
            box, placed = out[j].place, out[i].place
            if i in containers or box is None or (placed is not None and self._contains(box, placed, "in")):
                continue
            found = self._decided_in(mentions[i], context, box, "in")
            if found.place is None and found.confidence > 0:
                # (left unsure only because the report's other places lie elsewhere)
                found = _resolved(mentions[i], *self._decide_by_box(mentions[i], box, "in"))
            if found.place is not None:
                out[i] = found
        for i, j in _incident_boxes(mentions, out).items():
            # "(S1061) Al Nahda neighbourhood, near al Andalous bakery …, Raqqa city, Raqqa governorate": an Airwars
            # incident ends with where it happened, and every place it names lies there
            box, m = out[j].place, mentions[i]
            town = mentions[j]
            how = "quarter" if _CITY_AFTER.match(town.sentence, town.end - town.sentence_start) else "in"
            placed = out[i].place
            if box is None or (placed is not None and self._contains(box, placed, how)):
                continue
            out[i] = found = self._decided_in(m, context, box, how)
            if found.place is not None or not m.surface[:1].isascii():
                continue  # (an Arabic name is placed by its Latin gloss)
            whole = _NAME_GOES_ON.match(m.sentence, m.end - m.sentence_start)
            if whole is not None:
                # ("Al Jisr al Jadeed [the New Bridge]": drawn under the whole name, not the known "Al Jisr")
                end = min(m.end + whole.end() - whole.start(), *(n.start for n in mentions[i + 1 : i + 2]))
                text = m.sentence[m.start - m.sentence_start : end - m.sentence_start].rstrip()
                m = replace(m, surface=text, end=m.start + len(text), key=skeleton(text))
            kind = _unlisted_kind(m, box) or "place"  # (drawn at the town, named as written)
            out[i] = _resolved(m, *_unlisted_in(m, kind, out[j], how, found.why))
        # "captured Kharba and al Hussieniya north of Suwar town", "take control of Al-Toqli & Dudiyan"
        boxes = _object_boxes(mentions, out, objects, self.country) if objects else {}
        for i, (j, how) in boxes.items():
            m, box = mentions[i], out[j].place
            if box is not None and not self._known_in_aoi(m.key):
                out[i] = _resolved(m, *_unlisted_in(m, _unlisted_kind(m, box), out[j], how, out[i].why))
            elif box is not None and (near := self._named_near(m, box, out[i].place)) is not None:
                # "capture … al-Aliyah west of the town of Ras al-Ayn": of the places of that name, the one by the
                # place the list is said to lie at, not one far away that the report's other places pulled to
                out[i] = _resolved(m, *near)
        # "the Syrian-Turkish border in the countryside of Idlib"
        for i, j in (_border_containers(mentions, borders) if borders else {}).items():
            box, m = out[j].place, mentions[i]
            whole = self._border(_border_codes(m))[0]  # (the area decides, not the context)
            if box is not None and whole is not None and box.is_areal:
                out[i] = _resolved(m, *_border_in(whole, box, out[i].confidence))
        self._quarters_listed(mentions, out)
        glossed = _glosses(mentions, arabic) if arabic else {}  # (most reports have no Arabic script)
        for i, j in glossed.items():  # "القحطانية Al Qahtaniya": the place its gloss names
            g = out[j]  # (even when the gloss placed nothing: the Arabic is the same name, and no better known)
            why = f"glossed as {g.mention.surface}: {g.why}"
            out[i] = _resolved(mentions[i], g.place, g.confidence, why, g.in_aoi)
        return out

    def _named_near(self, m: Mention, box: Place, placed: Place | None) -> tuple | None:
        """The place named ``m`` within :data:`_LIST_BOX_KM` of ``box`` (the place a capture's list is said to lie
        at), when ``m`` was resolved elsewhere or not at all: the nearest, with a modest confidence and saying so;
        ``None`` when none lies there or ``m`` already does."""
        if placed is not None and approx_km(placed.lat, placed.lon, box.lat, box.lon) <= _LIST_BOX_KM:
            return None
        near = [
            (d, p)
            for p in self.gaz.candidates(m.key)
            if p.country == self.country
            and not p.is_areal
            and (d := approx_km(p.lat, p.lon, box.lat, box.lon)) <= _LIST_BOX_KM
        ]
        if not near:
            return None
        d, p = min(near, key=lambda x: x[0])
        why = f"{p.name} ({p.kind}, {p.admin1 or p.country}): the place of that name {d:.0f} km from {box.name}, where the list puts it"
        return (p, _SPELT_LIKE_CONFIDENCE, why, True)

    def _road_between(self, m: Mention, context) -> tuple | None:
        """A road the gazetteer lacks, named by its ends ("the road of Palmyra - Sokhna", "Homs - Salamiyah main
        road"): the straight line between the two towns when both are placed at points of the theatre's country and
        at most :data:`_ROAD_LINE_KM` apart — an approximation (a real road bends), said so in the reason; else
        ``None`` (the road stays unresolved, listed for a person)."""
        syrian = context is not None and context[2]
        ends = [self._resolve_point(a, context, syrian, prefer="point") for a in m.anchors]
        if any(e.place is None or e.place.country != self.country or e.place.is_areal for e in ends):
            return None
        a, b = (e.place for e in ends)
        assert a is not None and b is not None
        km = approx_km(a.lat, a.lon, b.lat, b.lon)
        if not 2.0 <= km <= _ROAD_LINE_KM:
            return None
        line = segment(a.lat, a.lon, b.lat, b.lon)
        lat, lon = latlon(line.interpolate(0.5, normalized=True))
        place = Place(
            f"{ROAD_PREFIX}{a.id}+{b.id}", m.surface, lat, lon, "road", country=self.country, source="derived:road",
            geometry=line,
        )  # fmt: skip
        why = (
            f"not in the gazetteer: drawn as a straight line from {a.name} to {b.name} ({km:.0f} km), the ends the "
            "text names (a real road bends); add the road to data/gazetteer/places.csv"
        )
        return place, round(min(e.confidence for e in ends) * 0.8, 3), why, True

    def _has_quarter_alias(self, key: str) -> bool:
        """Whether a name is the spelling of a ``quarter`` alias (the set made once per gazetteer)."""
        keys = self._lazy.get("quarter_keys")
        if keys is None:
            keys = self._lazy["quarter_keys"] = frozenset(
                k for k, found in self.gaz.aliases.items() if any(a.condition == "quarter" for _, a in found)
            )
        return key in keys

    def _known_in_aoi(self, key: str) -> bool:
        """Whether the gazetteer has a place of this name in the area of interest (then a mention of it that the
        text puts elsewhere is a disagreement for a person to look at, not a place to draw at its container)."""
        return any(c[3] for c in self._profile(key) if c[2] != _QUARTER_ALIAS)  # (a quarter's alias: not known as such)

    def _literals(self, p: Place) -> frozenset[str]:
        """The place's names as :func:`_literal` spells them (cached per place)."""
        lits = self._literal_names.get(p.id)
        if lits is None:
            names = (p.name, *p.alt_names)
            if p.kind in INSTALLATIONS:  # "Abu al-Duhur" spells the air base's stem
                names += tuple(split_kind(n, default="", stem_only=True)[0] for n in names)
            lits = self._literal_names[p.id] = frozenset(map(_literal, names))
        return lits

    def _anchor(self, key: str) -> tuple[float, float, bool] | None:
        """Where a name is, if it is unambiguous on its own (cached per name)."""
        if key in self._anchors:
            return self._anchors[key]
        prof = sorted(
            (c for c in self._profile(key) if c[2] in ("", "alias") and c[0].kind != "country"), key=lambda c: -c[1]
        )
        if prof and not _uncounted(prof[0][0]):  # (a namesake only a map marks does not make a town ambiguous)
            prof = prof[:1] + [c for c in prof[1:] if not _uncounted(c[0])]
        hit = None
        if prof and (len(prof) == 1 or prof[0][1] - prof[1][1] >= 2.0) and prof[0][1] > 0:
            p = prof[0][0]
            hit = (p.lat, p.lon, p.country == self.country)
        self._anchors[key] = hit
        return hit

    def _country_if_abroad(self, key: str) -> str:
        """The country of the place a name gives on its own when that place lies outside the theatre's country
        ("BEIRUT": LB); '' when it lies inside or the name is ambiguous."""
        if self._anchor(key) is None:
            return ""
        best = max(
            (c for c in self._profile(key) if c[2] in ("", "alias") and c[0].kind != "country"), key=lambda c: c[1]
        )
        return best[0].country if best[0].country != self.country else ""

    def _contexts(self, keys) -> dict[str, tuple[float, float, bool] | None]:
        """The report's context as seen by each name: ``{key: (lat, lon, in AOI country) or None}``.

        The context is the mean position of the report's *other* places that are
        unambiguous on their own, and whether any of them lies in the AOI country — a name
        never vouches for itself ("Clashes in Manshiya" is not near Manshiya because
        Manshiya is named).  With no such place, the candidate most names agree on
        (:meth:`_consensus`), the same for every name."""
        known = self._anchors
        hits = {k: h for k in keys if (h := known[k] if k in known else self._anchor(k)) is not None}
        if not hits:
            return dict.fromkeys(keys, self._consensus(keys))
        n = len(hits)
        lat = lon = 0.0
        home = 0
        for h in hits.values():  # (summed in the order of the names, as sum() would)
            lat += h[0]
            lon += h[1]
            home += h[2]
        out: dict[str, tuple[float, float, bool] | None] = dict.fromkeys(keys, (lat / n, lon / n, home > 0))
        for key, own in hits.items():
            out[key] = None if n == 1 else ((lat - own[0]) / (n - 1), (lon - own[1]) / (n - 1), home - own[2] > 0)
        return out

    def _consensus(self, keys) -> tuple[float, float, bool] | None:
        """Context when no name is unambiguous on its own: the candidate that most other
        names of the report have a candidate near (within 150 km) — e.g. "Abu Dhabi and
        Dubai" agree on the Gulf, wherever else each name could be."""
        if len(keys) < 2:
            return None  # (a report of one name: there are no other names to agree with)
        cands = {k: [c[0] for c in self._profile(k) if c[2] != "stem" and c[0].kind != "country"] for k in keys}
        cands = {k: v for k, v in cands.items() if v}
        if len(cands) < 2:
            return None
        best, best_support, group = None, 0, []
        for k, places in cands.items():
            for p in places:
                near = []
                for k2, others in cands.items():
                    if k2 == k:
                        continue
                    close = [q for q in others if approx_km(p.lat, p.lon, q.lat, q.lon) < 150]
                    if close:
                        near.append(close[0])
                if len(near) > best_support:
                    best, best_support, group = p, len(near), near
        if best is None:
            return None
        pts = [best, *group]
        return (
            sum(p.lat for p in pts) / len(pts),
            sum(p.lon for p in pts) / len(pts),
            any(p.country == self.country for p in pts),
        )

    def _terms(
        self,
        m: Mention,
        p: Place,
        flag: str,
        inside: bool,
        context,
        syrian: bool,
        prefer: str,
        named: str | None = None,
    ) -> list[tuple[str, float]]:
        """The score terms that depend on the mention and the report, each with what it means (``named``: the
        mention's :func:`_named_country`, when the caller has it already)."""
        terms = []
        if context is None and not inside and p.kind != "country":
            terms.append(("nothing in the report pins it to the area of interest", 1.0))
        if flag == "stem":  # "Abu al-Duhur" of "Abu al-Duhur Military Airbase": only with its cue word
            if p.kind in _CUE_FITS.get(m.cue, ()):
                terms.append((f"{p.kind} named without its type word, cue '{m.cue}'", 1.5))
            else:
                terms.append((f"{p.kind} named without its type word, no cue", -3.0))
        elif flag.startswith("alias:context:"):
            if syrian and flag.endswith(self.country):
                terms.append((f"alias for reports about {self.country}", 2.5))
            elif context is not None:  # (a headline that names nothing else is about no other country)
                terms.append((f"alias only for reports about {flag.rsplit(':', 1)[1]}", -3.0))
        if p.country and p.country != self.country and p.kind != "country":
            if (
                (syrian or context is None)
                and p.population < _ABROAD_POP
                and p.country != self._filed_abroad
                # (not a row the project's own gazetteer lists abroad because the theatre's reports name it: "Wadi
                # Khaled", "Arsal" on the Lebanese border)
                and not p.curated
            ):
                # (nothing says it is not about SY; but a report filed from Beirut may be about Lebanon's Arsal)
                terms.append((f"a small place abroad, in a report about {self.country}", -3.0))
            if _literal(m.surface) not in self._literals(p):
                terms.append(("abroad, and the text spells none of its names", -1.5))
        named = _named_country(m) if named is None else named
        if named and p.kind != "country":
            # "the Lebanese border town of Qaa" is Lebanon's Qaa, not Qah in Idlib
            if p.country == named:
                terms.append(("the text names its country right before it", 3.0))
            else:
                terms.append(("the text names another country right before it", -3.0))
        cue = prefer or m.cue
        if p.kind in _CUE_FITS.get(cue, ()):
            terms.append((f"cue '{cue}' fits a {p.kind}", 1.5))
        if prefer and (p.kind == "governorate") == (prefer == "point"):
            terms.append(("areal phrase wants a governorate" if prefer != "point" else "a point is wanted", -1.5))
        if context is not None and p.kind != "country":
            near = self._near(p, context)
            terms.append((_NEAR_WORDS[near], near))
            if near < 0.0 and p.kind == "city" and p.country == self.country and p.population >= _ROUNDUP_POP:
                # "Human losses in Daraa and Aleppo": a daily roundup names the big cities of fronts 400 km apart, and a
                # town of a like skeleton near the other one (Az Zarah by Homs) is not meant
                terms.append(("a large city, named in roundups of distant fronts", -near))
            if near <= 0.0 and _uncounted(p):
                # a namesake known only from a map mark, far from everything else the report names ("Al Jadal" among
                # Deir ez-Zor villages is not the Al Jazal of the Homs desert)
                terms.append(("far from the report's other places, and nothing on record", -1.5))
        return terms

    def _scored(
        self, m: Mention, context, syrian: bool, *, prefer: str = "", within: Place | None = None, how: str = "in"
    ) -> list[tuple[float, Place, str]]:
        scored = []
        named = _named_country(m)  # (once per mention, not per candidate)
        for p, base, flag, inside in self._profile(m.key):
            if within is not None and (p.kind == "country" or not self._contains(within, p, how)):
                continue  # "X town in Afrin": only an X in Afrin will do
            if m.cue == "quarter" and not self._in_a_city(p):
                continue  # "the Khalidiya neighbourhood" is in a city, not the village of that name
            if flag == _QUARTER_ALIAS and not (
                (within is not None and within.kind in _QUARTER_KINDS)
                or (_as_quarter(m) and context is not None and self._near(p, context) >= 2.0)
            ):
                # "al-Hamdaniyah" is Aleppo's district only "in Aleppo city", or as "al-Hamdaniyah district" in a report
                # whose other places are near it (not "the northern neighborhood of Khaldiyeh" in a report on Homs)
                continue
            if m.cue == "quarter" and context is not None and _uncounted(p) and self._near(p, context) <= 0.0:
                continue  # "Ameriyah neighbourhood" in a report on Aleppo is not the mark by Palmyra, 150+ km off
            if m.cue == "river" and p.kind != "river":
                continue  # "the Euphrates River" is not the Euphrates Dam, nor "the Afrin River" the town
            s = base + sum(v for _, v in self._terms(m, p, flag, inside, context, syrian, prefer, named))
            scored.append((s, p, flag))
        if prefer == "countryside" and len(scored) > 1:
            scored = self._without_capitals(scored)
        if len(scored) > 1:
            spelt = self._spelt(m, [p for _, p, _ in scored])
            if spelt:
                scored = [(s + _SPELT if p.id in spelt else s, p, f) for s, p, f in scored]
            scored.sort(key=lambda t: -t[0])
        return scored

    def _decided_in(self, m: Mention, context, box: Place, how: str) -> Resolved:
        """``m`` decided among the places of its name in ``box`` (:func:`_contains` by ``how``)."""
        ctx = context[m.key]
        return _resolved(m, *self._decide(m, ctx, ctx is not None and ctx[2], "", within=box, how=how))

    def _quarters_listed(self, mentions: Sequence[Mention], out: list[Resolved]) -> None:
        """A name the gazetteer has as a town's quarter (``quarter`` alias), listed next to a quarter of that town the
        text names ("clashes in the vicinity of Sheikh Maqsood, Ashrafieh and Bani Zaid", "shelling on al-Aziziyah
        district and Sheikh Maqsoud"): that quarter, unless the name is placed near there already."""
        for i, m in enumerate(mentions):
            if m.relation or m.part_of or not self._has_quarter_alias(m.key):
                continue
            quarters = [c[0] for c in self._profile(m.key) if c[2] == _QUARTER_ALIAS]
            beside = [
                q
                for k in (i - 1, i + 1)
                if 0 <= k < len(mentions)
                and _quarters_joined(*((mentions[k], m) if k < i else (m, mentions[k])))
                and (q := out[k].place) is not None
                and q.kind == "suburb"
            ]
            for q in beside:
                near = [p for p in quarters if approx_km(p.lat, p.lon, q.lat, q.lon) <= _LISTED_QUARTER_KM]
                placed = out[i].place
                if near and (placed is None or approx_km(placed.lat, placed.lon, q.lat, q.lon) > _LISTED_QUARTER_KM):
                    why = f"{near[0].name} ({near[0].kind}, {near[0].admin1}); a quarter, listed with {q.name}"
                    out[i] = _resolved(m, near[0], _LISTED_QUARTER_CONFIDENCE, why, _in_aoi(near[0], self.aoi))
                    break

    def _list_before_in(
        self, mentions: Sequence[Mention], out: list[Resolved], i: int, j: int, how: str, context, kind: str
    ) -> None:
        """The names listed before ``mentions[i]``, which the text puts with it in ``out[j]``'s place ("the villages of
        Tell Foo, Kafr Zita and Bar Baz in the countryside of Hama", "the Sakhur, Haydariya and Sheikh Khodr districts of
        Aleppo"): a quarter is decided among the places of its name there, a name the gazetteer lacks drawn there."""
        m, box, s0 = mentions[i], out[j].place, mentions[i].sentence_start
        assert box is not None
        k, listed = i - 1, kind
        while k >= 0 and _LIST_JOIN.fullmatch(m.sentence, mentions[k].end - s0, mentions[k + 1].start - s0):
            item, kind = mentions[k], _unlisted_kind(mentions[k], box)
            # ("the Sakhur, Haydariya and Sheikh Khodr districts": the plural type word types the whole list)
            kind = listed if kind == "place" and _PLURAL_TYPE.match(m.sentence, m.end - s0) else kind
            # ("the districts of Sakhur, Haydariya and Sheikh Khodr in Aleppo": the type before the list too)
            kind = "suburb" if listed == "suburb" and kind in ("", "place") else kind
            elsewhere = out[k].place
            if kind == "suburb" and (elsewhere is None or not self._contains(box, elsewhere, how)):
                # ("Haydariya" of that list is a quarter of Aleppo, not the village 25 km east of it)
                out[k] = self._decide_within(item, context, out[j], how, kind)
            elif out[k].place is None and kind and not self._known_in_aoi(item.key):
                out[k] = _resolved(item, *_unlisted_in(item, kind, out[j], how, out[k].why))
            k -= 1

    def _list_within(self, mentions: Sequence[Mention], out: list[Resolved], i: int, box: Place, how: str) -> None:
        """The names listed before ``mentions[i]``, which the text puts in ``box`` ("Ruwayhinah, Kudna and Asbah in the
        countryside of Quneitra"): one the gazetteer knows but that was left unsure, or placed outside the box, is
        decided among the places of its name in the box; kept as it was when none lies there."""
        m = mentions[i]
        s0 = m.sentence_start
        k = i - 1
        while (
            k >= 0
            and mentions[k].sentence_start == s0
            and not mentions[k].relation
            and not mentions[k].part_of
            and _LIST_JOIN.fullmatch(m.sentence, mentions[k].end - s0, mentions[k + 1].start - s0)
        ):
            item, had = mentions[k], out[k]
            placed = had.place
            if (placed is None and had.confidence > 0) or (placed is not None and not self._contains(box, placed, how)):
                res = self._decide_by_box(item, box, how)
                if res[0] is not None:
                    out[k] = _resolved(item, *res)
            k -= 1

    def _decide_by_box(self, m: Mention, box: Place, how: str) -> tuple:
        """``m`` decided among the places of its name in ``box``, with the box as the report's context: the text puts
        it there, so the report's other places, which may lie elsewhere, do not count against one inside it."""
        return self._decide(m, (box.lat, box.lon, True), True, "", within=box, how=how)

    def _decide_within(self, m: Mention, context, box: Resolved, how: str, kind: str) -> Resolved:
        """``m`` where the text puts it: the place of that name in ``box`` (or, for a province's part named for the
        country's side it lies on, in the whole province: :meth:`_governorate_as_said`), else a place the gazetteer
        lacks drawn at ``box`` under the text's name (of ``kind``)."""
        assert box.place is not None
        out = self._decided_in(m, context, box.place, how)
        if out.place is None and (wider := self._in_province_as_said(m, context, box.place, how)) is not None:
            out = _resolved(m, *wider)  # "the villages of A and B in southern Daraa province"
        if (
            out.place is None
            and out.why.startswith(("no place called", _NOT_LISTED, _ONLY_A_QUARTER))
            and (spelt := self._spelt_in(m, box.place, how)) is not None
        ):
            # "Umm Housh, a village in the province of Aleppo": the one place inside spelt like it but for its vowels
            return _resolved(m, *spelt)
        return out if out.place is not None else _resolved(m, *_unlisted_in(m, kind, box, how, out.why))

    def _spelt_alike(self, m: Mention, keep, *, openings: bool = False) -> list[Place]:
        """The places of the area of interest spelt like ``m`` but for the vowels that ``keep`` accepts, then (when
        none, and the name has no w of its own) those whose names lose a w too ("Umm Housh", Umm Hawsh); none for a
        name of too few letters.  With ``openings``, only names whose words open on a vowel where the text's do (the
        key loses an opening vowel, often a written ayn: "Tal Baydha" is no Tall `Abid)."""
        key = vowelless(m.key)
        if len(key) - key.count(" ") < _SPELT_LIKE_LETTERS:
            return []
        # (the coarser key only for a spelling that writes the place's w as a vowel: "Housh" for Hawsh, not "Sawda"
        # for al-Sayyad)
        indexes = (self.gaz.vowelless_index,) + (() if "w" in key else (self.gaz.semivowelless_index,))
        opens = _word_openings(m.key) if openings else ()
        for index in indexes:
            found = [
                p
                for i in index.get(key, ())
                if (p := self.gaz.places[i]).country == self.country
                and keep(p)
                and (not openings or any(_word_openings(skeleton(n)) == opens for n in (p.name, *p.alt_names)))
            ]
            if found:
                return found
        return []

    def _spelt_in(self, m: Mention, box: Place, how: str) -> tuple | None:
        """The one place in ``box`` whose name is spelt like ``m`` but for its vowels (see :meth:`_spelt_like`)."""
        inside = self._spelt_alike(
            m,
            # (a settlement: a hill or a base so spelt is a guess the text's words do not type; of the container's
            # governorate: "Tal Sawda in the Hama countryside" is no village of Idlib)
            lambda p: (
                p.kind in _SETTLEMENT_KINDS
                and (not p.admin1 or not box.admin1 or p.admin1 == box.admin1)
                and self._contains(box, p, how)
            ),
        )
        if len(inside) != 1:
            return None
        p = inside[0]
        why = (
            f"{p.name} ({p.kind}, {p.admin1 or p.country}): spelt like it but for the vowels, in {box.name} as the "
            "text says; add the spelling to data/gazetteer/aliases.csv if it is right"
        )
        return (p, _SPELT_LIKE_CONFIDENCE, why, True)

    def _in_province_as_said(self, m: Mention, context, box: Place, how: str) -> tuple | None:
        """``m`` decided in the whole province when ``box`` is its part named for the country's side the province lies
        on ("in Nawa, in southern Daraa province": Daraa is in the south, and no Nawa lies in its southern part) —
        read so only when the part has none; ``None`` when the province has none either, or ``box`` is no such part."""
        if how not in ("in", "comma") or (province := self._governorate_as_said(box)) is None:
            return None
        ctx = context[m.key]
        out = self._decide(m, ctx, ctx is not None and ctx[2], "", within=province, how=how)
        return out if out[0] is not None else None

    def _governorate_as_said(self, part: Place) -> Place | None:
        """The governorate of the part ``part`` ("southern Daraa province") when the part's bearing is the side of the
        area of interest the governorate lies on (Daraa is in the south): the press's "southern Daraa province" may
        mean the province in the south; None for other parts and places."""
        m = _PART_ID.match(part.id)
        if m is None or m.group(2) not in self.gaz:
            return None
        gov = self.gaz[m.group(2)]
        middle = self._lazy.get("middle")
        if middle is None:  # the country's middle, as :meth:`_country_part` reckons its parts from
            c = self.outline.representative_point()
            middle = self._lazy["middle"] = (c.y, c.x)
        side = _bearing(middle[0], middle[1], gov.lat, gov.lon)
        return gov if _degrees_apart(side, float(m.group(1))) <= _SIDE_DEGREES else None

    def _foreign_country_named(self, key: str) -> Place | None:
        """The country a name gives, when it is a country other than the theatre's ("Iraq"); else None."""
        found = [c[0] for c in self._profile(key) if c[0].kind == "country" and c[2] in ("", "alias")]
        return found[0] if len(found) == 1 and found[0].country != self.country else None

    def _in_country(self, m: Mention, country: Place) -> tuple:
        """(place, confidence, why, in AOI) of ``m`` where the text puts it, in a country abroad: the best-scored place
        of its name there, or none when the gazetteer has no place of that name there."""
        scored = [x for x in self._scored(m, None, False) if x[1].country == country.country and x[1].kind != "country"]
        if not scored:
            return (None, 0.0, f"no place called {m.surface} in {country.name}, where the text puts it", False)
        best = scored[0][1]
        why = f"{best.name} ({best.kind}, {best.country}); in {country.name}, as the text says"
        return (best, _IN_COUNTRY_CONFIDENCE, why, _in_aoi(best, self.aoi))

    def _contains(self, box: Place, p: Place, how: str) -> bool:
        """:func:`_contains`, memoised per container, place and relation (the same "X in Afrin"
        recurs across reports); "in" a governorate's part or a governorate's seat read as the press
        uses them (:meth:`_in_as_said`)."""
        sig = (box.id, p.id, how)
        hit = self._inside.get(sig)
        if hit is None:
            hit = _stored(
                self._inside,
                sig,
                _contains(box, p, how)
                or (how == "in" and self._in_as_said(box, p))
                or (how == "near" and self._near_big_city(box, p)),
            )
        return hit

    def _near_big_city(self, box: Place, p: Place) -> bool:
        """Whether ``p`` is "near" the city ``box`` as the press says it of a city of a million, whose name stands for
        its countryside: within :data:`_NEAR_BIG_CITY_KM`, in a governorate that reaches the city ("Yabrud near
        Damascus", 70 km out in the governorate around the capital; not a namesake in the next governorate but one)."""
        if box.kind != "city" or (box.population or 0) < _BIG_CITY_POP or not p.admin1:
            return False
        if approx_km(box.lat, box.lon, p.lat, p.lon) > _NEAR_BIG_CITY_KM:
            return False
        gov = self._governorates().get(p.admin1)
        return gov is not None and bool(shapely.dwithin(gov.geometry, shapely.points(box.lon, box.lat), 0.15))

    def _in_as_said(self, box: Place, p: Place) -> bool:
        """Whether ``p`` is "in" ``box`` as the region's press says it, beyond the outline: "Kafr Zita in Hama",
        "Bab al-Hawa in Idlib" name the governorate of that city; "Jabal al-Akrad in the northern countryside of
        Latakia" is in the governorate's northern half, wider than the part drawn for the phrase (a 100° wedge)."""
        part = _PART_ID.match(box.id)
        if part is not None:
            if part.group(2) not in self.gaz:
                return False
            gov = self.gaz[part.group(2)]
            if gov.geometry is None or not _contains(gov, p):
                return False
            return _degrees_apart(_bearing(gov.lat, gov.lon, p.lat, p.lon), float(part.group(1))) <= 90
        # the seat's name for its governorate: the place's own governorate is the one named
        return (
            box.kind == "city"
            and bool(box.admin1)
            and p.admin1 == box.admin1
            and skeleton(box.name) == skeleton(box.admin1)
        )

    def _in_a_city(self, p: Place) -> bool:
        """Whether ``p`` is a settlement (:data:`_QUARTER_KINDS`) within :data:`_QUARTER_KM` of a
        city of the gazetteer (a neighbourhood can only be there)."""
        if p.kind not in _QUARTER_KINDS:
            return False
        cities = self._lazy.get("cities")
        if cities is None:  # (lat, lon) rows of the cities in the area of interest
            every = [c for c in self.gaz.places if c.kind == "city"]
            lat = np.array([c.lat for c in every], dtype=float)
            lon = np.array([c.lon for c in every], dtype=float)
            inside = in_box(lat, lon, self.aoi)
            cities = self._lazy["cities"] = np.column_stack([lat[inside], lon[inside]])
        # the cities in a box that holds every point within _QUARTER_KM (with a margin), then the
        # distance of each of those few as everywhere else in the resolver
        dlat = 2 * _QUARTER_KM / _DEG_KM
        dlon = dlat / math.cos(math.radians(min(abs(p.lat) + 2 * dlat, 89.0)))
        box = cities[(np.abs(cities[:, 0] - p.lat) <= dlat) & (np.abs(cities[:, 1] - p.lon) <= dlon)]
        return any(approx_km(lat, lon, p.lat, p.lon) <= _QUARTER_KM for lat, lon in box.tolist())

    @staticmethod
    def _without_capitals(scored: list[tuple[float, Place, str]]) -> list[tuple[float, Place, str]]:
        """For an areal phrase that wants a governorate ("the countryside of Daraa"), a name that
        a governorate answers to is that governorate: its own capital of the same name is not a
        rival (both say Daraa), nor a village of a like name elsewhere ("the countryside of
        al-Suwaidaa" is Suwayda's, not a village Al Suwaydah by Raqqa)."""
        govs = [t for t in scored if t[1].kind == "governorate"]
        return govs or scored

    def _spelt(self, m: Mention, places: list[Place]) -> set[str]:
        """Ids of the candidates whose own names the mention spells (:func:`_literal`), when
        that tells them apart ("Daraa" is Daraa, not Zara, though one skeleton covers both)."""
        lit = _literal(m.surface)
        spelt = {p.id for p in places if p.kind != "country" and lit in self._literals(p)}
        return spelt if 0 < len(spelt) < len(places) else set()

    def candidates(
        self, mention: Mention | str, *, context: tuple[float, float] | None = None, syrian: bool = True
    ) -> list[Candidate]:
        """Every candidate place for a name, best first, with its score and the reasons.

        This is the resolver's own scoring, laid open: what ``gazetteer lookup`` prints
        and what :class:`GazetteerGeocoder` answers from.

        Parameters
        ----------
        mention : Mention or str
            A found mention (its cue counts), or a bare name.
        context : (lat, lon), optional
            Where the report's other places are; without it no distance term applies.
        syrian : bool
            Whether the report is about the area-of-interest country (for conditional aliases).

        Returns
        -------
        list of Candidate
            ``share`` is the candidate's softmax share against the others and "none of these".
        """
        m = mention if isinstance(mention, Mention) else self._query(mention)
        ctx = None if context is None else (context[0], context[1], syrian)
        out = []
        prof = self._profile(m.key)
        spelt = self._spelt(m, [c[0] for c in prof])
        for p, _base, flag, inside in prof:
            terms = (*self._base_terms(p, inside, flag), *self._terms(m, p, flag, inside, ctx, syrian, ""))
            if p.id in spelt:
                terms = (*terms, ("spelt as this place is named", _SPELT))
            out.append((sum(v for _, v in terms), p, terms))
        out.sort(key=lambda t: -t[0])
        if not out:
            return []
        top = out[0][0]
        denom = math.exp(-top) + sum(math.exp(s - top) for s, _, _ in out)
        return [
            Candidate(p, round(s, 3), round(math.exp(s - top) / denom, 3), tuple(f"{w} {v:+.2f}" for w, v in terms))
            for s, p, terms in out
        ]

    def _query(self, name: str) -> Mention:
        """A typed name as the finder reads it: whole when the gazetteer knows it so ("Zawiya Mountain" is a name of
        Jabal al-Zawiya), else the name and its type word as a cue ("Abu al-Duhur air base")."""
        m = _query_mention(name)
        key = skeleton(m.surface)
        return Mention("query", m.surface, 0, m.end, key, m.surface, 0, "") if self._profile(key) else m

    @staticmethod
    def _near(p: Place, context) -> float:
        """Context term for a candidate: its distance band to the report's ``context``."""
        return _band(p.lat, p.lon, context[0], context[1])

    @staticmethod
    def _confidence(scored: list[tuple[float, Place, str]]) -> float:
        """The best candidate's softmax share against the others and "none of these" — with the
        candidates that are the same place as the best (two rows of one town, or of one plain,
        that sources put a few km apart) counted with it, not against it."""
        top, best = scored[0][0], scored[0][1]
        if len(scored) == 1:  # (the sums below of one candidate: exp(0) = 1 and nothing)
            return 1.0 / (math.exp(-top) + 1.0)
        same = sum(math.exp(s - top) for s, p, _ in scored[1:] if _same_place(best, p))
        rivals = [(s - top, p) for s, p, _ in scored[1:] if not _same_place(best, p)]
        return (1.0 + same) / (math.exp(-top) + 1.0 + same + _rival_mass(rivals, best))

    def _resolve_point(self, m: Mention, context, syrian: bool, *, prefer: str = "") -> Resolved:
        return _resolved(m, *self._outcome(m, context, syrian, prefer))

    def _outcome(self, m: Mention, context, syrian: bool, prefer: str) -> tuple:
        """(place, confidence, why, in AOI) for a point mention, memoised on everything it
        depends on: the name, cue and preference, whether the report is Syrian, and the
        distance band of each candidate to the report's context.  Reports that name the
        same place in the same setting share the answer without re-scoring."""
        key = m.key
        spelt = _literal(m.surface)
        typed = self._has_quarter_alias(key) and _as_quarter(m)  # (a quarter alias is allowed by how the text types it)
        if context is None:
            sig: tuple = (key, m.cue, prefer, syrian, spelt, self._filed_abroad, typed)
        else:
            bands = self._bands.get(key)
            if bands is None:  # each candidate's distance band, once per name and report
                lat0, lon0 = context[0], context[1]
                coords = self._coords.get(key)
                if coords is None:
                    coords = self._coords[key] = [(c[0].lat, c[0].lon) for c in self._profile(key)]
                bands = self._bands[key] = _bands(coords, lat0, lon0)
            sig = (key, m.cue, prefer, syrian, bands, spelt, self._filed_abroad, typed)
        # a neighbourhood in no city and a river the gazetteer lacks are named in their reasons as
        # first written in this call's reports: those answers are this resolver's own, not shared
        outcomes = self._own_outcomes if m.cue in ("quarter", "river") else self._outcomes
        hit = outcomes.get(sig)
        out = _stored(outcomes, sig, self._decide(m, context, syrian, prefer)) if hit is None else hit
        if out[0] is None and context is not None and out[2] in (_NOT_LISTED, _ONLY_A_QUARTER):
            # (not memoised with the rest: the answer depends on where the report's other places are)
            return self._spelt_like(m, context) or out
        return out

    def _spelt_like(self, m: Mention, context) -> tuple | None:
        """A name the gazetteer lacks that is spelt, but for its vowels, like one place of the area of interest near
        the report's other places ("the villages of Maghribtain and Qasaq Qibli south of Kobani": Mighribtin and
        Qasiq Qibli): that place, with a modest confidence; None when no such place, several, or none near."""
        if m.relation:
            return None
        # (only the report's places vouch for it, not a container: the words must open alike too)
        near = self._spelt_alike(
            m, lambda p: approx_km(p.lat, p.lon, context[0], context[1]) <= _SPELT_LIKE_KM, openings=True
        )
        if len(near) != 1:
            return None
        p = near[0]
        d = approx_km(p.lat, p.lon, context[0], context[1])
        why = (
            f"{p.name} ({p.kind}, {p.admin1 or p.country}): spelt like it but for the vowels, {d:.0f} km from the "
            "report's other places; add the spelling to data/gazetteer/aliases.csv if it is right"
        )
        return (p, _SPELT_LIKE_CONFIDENCE, why, True)

    def _decide(
        self, m: Mention, context, syrian: bool, prefer: str, within: Place | None = None, how: str = "in"
    ) -> tuple:
        scored = self._scored(m, context, syrian, prefer=prefer, within=within, how=how)
        if not scored and within is not None:
            where = f"near {within.name}" if how == "near" else f"in {within.name}"
            return (None, 0.0, f"no place called {m.surface} {where}, where the text puts it", True)
        if (
            not scored
            and m.cue == "quarter"
            and _DISTRICTS_OF.search(m.sentence, 0, max(0, m.start - m.sentence_start))
            and (town := self._scored(replace(m, cue=""), context, syrian, prefer=prefer))
            and town[0][1].kind in ("town", "city")
        ):
            # "captured the districts of Rastan and Talbiseh in Homs province": districts named after their towns,
            # when no city has a quarter of that name (a town or city: not a village that shares a quarter's name,
            # "the districts of Khalidiyeh and Jouret al-Shiyah in Homs")
            return self._decide(replace(m, cue=""), context, syrian, prefer)
        if not scored and m.cue == "quarter" and self._profile(m.key):
            return (None, 0.0, f"a neighbourhood, and no place called {m.surface} lies in a city", True)
        if not scored and m.cue == "river":
            return (None, 0.0, f"a river, and the gazetteer has no river called {m.surface}", True)
        if not scored:
            return (None, 0.0, _ONLY_A_QUARTER if self._has_quarter_alias(m.key) else _NOT_LISTED, True)
        conf = self._confidence(scored)
        best = scored[0][1]
        inside = best.kind != "country" and _in_aoi(best, self.aoi)
        if best.kind == "country":
            return (None, round(conf, 3), f"{_COUNTRY_LEVEL} ({best.name}); too coarse to map", False)
        why = self._why(m, scored, context)
        if m.key.startswith(EPITHET_KEY):  # "the hometown of the regime's Minister of Defense"
            where = best.admin1 or best.country
            why = f"{best.name} ({best.kind}, {where}): named by a description the theatre file gives it ([[epithets]])"
        if within is not None:
            why += f"; {'near' if how == 'near' else 'in'} {within.name}, as the text says"
        if conf < self.min_confidence:
            if len(scored) > 1 and scored[0][0] - scored[1][0] < 1.0:
                alt = scored[1][1]
                reason = (
                    f"ambiguous: {best.name} ({best.country or '?'}, {best.kind}) vs "
                    f"{alt.name} ({alt.country or '?'}, {alt.kind})"
                )
            elif not inside:
                reason = f"outside the area of interest: {best.name} ({best.country})"
            else:
                reason = f"low confidence for {best.name}"
            return (None, round(conf, 3), f"{reason}; confidence {conf:.2f} < {self.min_confidence}", inside)
        return (best, round(conf, 3), why, inside)

    def _country_name(self, flag: str) -> str:
        """The name of the country of a conditional alias (``alias:context:SY`` → Syria)."""
        code = flag.rsplit(":", 1)[1]
        return self.gaz[f"cc:{code}"].name if f"cc:{code}" in self.gaz else code

    def _why(self, m: Mention, scored, context) -> str:
        _s, p, flag = scored[0]
        near = self._near(p, context) if context is not None and p.kind != "country" else None
        key = (p.id, flag, m.cue, near, len(scored))
        why = self._whys.get(key)
        if why is None:
            bits = [f"{p.name} ({p.kind}, {p.admin1 or p.country})"]
            if flag.startswith("alias"):
                bits.append(
                    "alias"
                    + (
                        f" in a report about {self._country_name(flag)}"
                        if flag.startswith("alias:context:") and near is not None
                        else ""
                    )
                )
            if flag == "stem" or (m.cue and p.kind in _CUE_FITS.get(m.cue, ())):
                bits.append(f"cue '{m.cue}'")
            if near is not None:
                bits.append(_NEAR_WORDS[near])
            if len(scored) > 1:
                bits.append(f"{len(scored)} candidates")
            why = self._whys[key] = "; ".join(bits)
        return why

    def _anchor_prefer(self, relation: str, a: Mention) -> str:
        """What an areal phrase wants its anchor to be: a governorate for "southeast Idlib",
        "the countryside of Hama" — and for "south of Idlib", as the region's press uses it,
        unless the text says "Idlib city"; a point for "north of Saraqib" and "between …", and for
        a phrase around the settlement itself ("the countryside of Deir Ezzor city", "the
        outskirts of Aleppo": the anchor's cue says so)."""
        if relation == "countryside" and a.cue == "point":
            return "point"
        if relation in ("sector", "countryside"):
            return "countryside"
        if relation == "wedge" and a.cue not in _POINT_CUES:
            gov = self._governorate_names.get(a.key)
            if gov is None:
                gov = self._governorate_names[a.key] = any(
                    c[0].kind == "governorate" and not _city_sized(c[0]) for c in self._profile(a.key)
                )
            if gov:
                return "countryside"
        return "point"

    def _river_why(self, m: Mention) -> str:
        rivers = self.gaz.rivers(m.key)
        name = rivers[0].name if rivers else m.surface
        return (
            f"a river ({name}): a line, not a place; only the ground beside it is mapped "
            f"('east of the {name}', 'the {name} banks')"
        )

    @property
    def outline(self):
        """What the ground beside a river is clipped to (see the class parameters)."""
        if self._outline is None:
            try:
                self._outline = country_outline(self.country) if self.country else shapely.box(*self.aoi)
            except LookupError:
                self._outline = shapely.box(*self.aoi)
        return self._outline

    def _resolve_river_area(self, m: Mention, context) -> Resolved:
        """An areal phrase anchored on a river: its side or its banks (:mod:`geo.rivers`)."""
        a = m.anchors[0]
        rivers = self.gaz.rivers(a.key)
        if not rivers:
            return _resolved(m, None, 0.0, f"no river called {a.surface} in the theatre's river file", True)
        ctx = context.get(a.key)  # where the report's other places are
        if len(rivers) > 1 and ctx is None:
            names = ", ".join(f"{r.name} ({r.lat:.2f}, {r.lon:.2f})" for r in rivers)
            return _resolved(m, None, round(1 / len(rivers), 3), f"ambiguous: rivers {names}", True)
        river = min(rivers, key=lambda r: approx_km(r.lat, r.lon, ctx[0], ctx[1])) if ctx else rivers[0]
        conf = 1.0 if len(rivers) == 1 else 0.6
        sig = (m.relation, m.bearing, river.id)
        done = self._area_outcomes.get(sig)
        if done is None:
            done = self._area_outcomes[sig] = self._river_outcome(m.relation, m.bearing, river, conf)
        return _resolved(m, *done)

    def _river_outcome(self, relation: str, bearing: float | None, river: Place, conf: float) -> tuple:
        """(place, confidence, why, in AOI) of the side or the banks of ``river``."""
        reach = self.river_side_km if relation == "river-side" else self.river_bank_km
        line = river.geometry
        assert line is not None, "a river place has its line"
        if bearing is None:
            geom, name = banks_of(line, reach, outline=self.outline), f"Banks of the {river.name}"
        else:
            side = side_of(line, bearing, reach, outline=self.outline)
            where = _compass(bearing)
            if side is None:
                why = f"the {river.name} runs {where}–{_compass(bearing + 180)}: it has no {where} side"
                return (None, 0.0, why, True)
            geom = side
            noun = "of the" if relation == "river-side" else "bank of the"
            name = f"{where.capitalize()} {noun} {river.name}"
        if geom.is_empty:
            return (None, 0.0, f"{name}: none of it lies in the theatre's outline", True)
        name += f", within {reach:.0f} km"
        pt = middle_point(geom, line, reach)
        place = Place(
            id=f"area:{relation}:{'' if bearing is None else int(bearing)}:{river.id}",
            name=name,
            lat=pt.y,
            lon=pt.x,
            kind="area",
            country=river.country,
            source=f"derived:{river.id}",
            geometry=geom,
        )
        conf = conf * 0.9
        if conf < self.min_confidence:
            return (None, round(conf, 3), f"{name}; confidence {conf:.2f} < {self.min_confidence}", True)
        return (place, round(conf, 3), name, _in_aoi(place, self.aoi))

    def _surrounding(self, gov: Place) -> Place | None:
        """The governorate that surrounds a city-sized one (Rif Dimashq round Damascus), whose countryside it is:
        the one that shares at least nine tenths of its outline; ``None`` for any other governorate."""
        rounds = self._lazy.setdefault("surrounding", {})
        if gov.id not in rounds:
            around = None
            if gov.geometry is not None and _city_sized(gov):
                edge = gov.geometry.boundary
                near = edge.buffer(_SHARED_EDGE_DEG)
                others = [
                    p for p in self.gaz.places if p.kind == "governorate" and p.geometry is not None and p.id != gov.id
                ]
                shared = shapely.length(shapely.intersection(shapely.boundary([p.geometry for p in others]), near))
                best = int(np.argmax(shared)) if others else -1
                if best >= 0 and shared[best] >= 0.9 * edge.length:
                    around = others[best]
            rounds[gov.id] = around
        return rounds[gov.id]

    def _governorates(self) -> dict[str, Place]:
        """The gazetteer's governorates with an outline, by their admin1 name."""
        govs = self._lazy.get("governorates")
        if govs is None:
            govs = self._lazy["governorates"] = {
                p.admin1: p for p in self.gaz.places if p.kind == "governorate" and p.geometry is not None
            }
        return govs

    def _governorate_of(self, town: Place) -> Place | None:
        """The governorate whose capital ``town`` is (one of its names is the town's), if any."""
        if town.kind not in ("city", "town") or not town.admin1:
            return None
        gov = self._governorates().get(town.admin1)
        return gov if gov is not None and self._literals(gov) & self._literals(town) else None

    def _split_city(self, m: Mention, date: dt.date | None, last: Resolved | None = None) -> str:
        """The id of the divided city whose half "eastern Aleppo" or "east of Aleppo" names on
        ``date``, or ''.  Not when the phrase follows a place outside the city ("al-Atarib, western
        Aleppo", "Deir Hafer east of Aleppo": the governorate's part that holds it) or a governorate
        ("Aleppo governorate, east of Aleppo", though its point is the city's), nor when the text
        makes the anchor a point ("west of Aleppo city": a wedge from the city).  ``last``: the point
        resolved right before the phrase (see :func:`_place_before`)."""
        days = self._divided_days
        if date is None or days is None or not days[0] <= date <= days[1]:
            return ""
        if m.relation not in ("sector", "wedge") or len(m.anchors) != 1:
            return ""
        if _OUTSIDE_A_CITY.search(m.surface):
            # "western Aleppo countryside", "rural eastern Aleppo": the governorate's part, not the city's half
            return ""
        if m.relation == "wedge" and (m.anchors[0].cue or m.anchors[0].surface.lower().endswith((" city", " town"))):
            return ""
        for c in self._profile(m.anchors[0].key):
            city = c[0]
            d = self.divided.get(city.id)
            if d is not None and d.start <= date <= d.end and m.bearing in d.sides:
                reach = (city.radius_km or _HALF_KM) * _BESIDE_HALF
                beside = _place_before(m, last)
                if beside is not None and (
                    beside.kind == "governorate" or approx_km(city.lat, city.lon, beside.lat, beside.lon) > reach
                ):
                    return ""
                return city.id
        return ""

    def _resolve_area(
        self,
        m: Mention,
        context,
        memo: dict,
        date: dt.date | None = None,
        halves: set[int] | None = None,
        last: Resolved | None = None,
    ) -> Resolved:
        if m.relation in RIVER_RELATIONS:
            return self._resolve_river_area(m, context)
        if m.relation == "border":
            return _resolved(m, *self._border(_border_codes(m), context.get("")))
        resolved = []
        reach = _reach(m.surface)
        if not reach and m.anchors[0].cue == "capital":
            reach = "governorate"
        split = "" if reach else self._split_city(m, date, last)
        if split:
            reach = "half"
        sig: tuple = (m.relation, m.bearing, reach)
        for a in m.anchors:
            prefer = "point" if split else self._anchor_prefer(m.relation, a)
            hit = memo.get((a.key, a.cue, prefer))
            if hit is None:
                ctx = context[a.key]
                hit = memo[(a.key, a.cue, prefer)] = self._resolve_point(
                    a, ctx, ctx is not None and ctx[2], prefer=prefer
                )
            if hit.place is None:
                part = self._country_part(m, a)
                if part is not None:  # "northern Syria": the theatre country's part
                    return _resolved(m, *part)
                return Resolved(m, None, hit.confidence, f"anchor '{hit.mention.surface}' unresolved: {hit.why}")
            if split and hit.place.id != split:  # another Aleppo: the phrase as on any other day
                return self._resolve_area(m, context, memo)
            place = hit.place
            if m.relation == "countryside" and place.kind == "governorate":  # (but "eastern Damascus": the city's)
                around = self._surrounding(place)
                if around is not None:  # "rural Damascus": Rif Dimashq, the governorate round the city
                    hit, place = (
                        Resolved(hit.mention, around, hit.confidence, f"{around.name}, round {place.name}"),
                        around,
                    )
            resolved.append(hit)
            sig += (place.id, hit.confidence)
        if split and halves is not None:
            halves.add(m.anchors[0].start)
        done = self._area_outcomes.get(sig)
        if done is None:
            done = _stored(self._area_outcomes, sig, self._area_outcome(m, reach, resolved))
        return _resolved(m, *done)

    def _country_part(self, m: Mention, anchor: Mention) -> tuple | None:  # (its ids: :func:`is_country_part`)
        """ "Northern Syria", "northeast Syria", "Syria's northwest": the area-of-interest country's part that way
        (from its centre, as "southern Idlib" is reckoned from the governorate's), or ``None`` when ``m`` names no such
        part."""
        if m.relation not in ("sector", "countryside") or m.bearing is None or len(m.anchors) != 1:
            return None
        own = f"cc:{self.country}"
        if not any(c[0].id == own for c in self._profile(anchor.key)):
            return None
        sig = ("country", own, m.bearing)
        done = self._area_outcomes.get(sig)
        if done is None:
            outline, country = self.outline, self.gaz[own]
            c = outline.representative_point()
            part = sector_of(outline, m.bearing, origin=(c.y, c.x), max_km=2000.0, core_km=0.0)
            name = f"{_compass(m.bearing).capitalize()} part of {country.name}"
            place = _derived_area(f"area:sector:{int(m.bearing)}:{own}", name, part, self.country, own)
            done = _stored(self._area_outcomes, sig, (place, 0.85, place.name, True))
        return done

    def _border(self, codes: list[str], near: tuple[float, float, bool] | None = None) -> tuple:
        """The outcome for "the Syrian-Turkish border" (``codes``: the countries it names): the strip of the
        area-of-interest country along its border with the one neighbour named, ``border_km`` deep — only its
        stretch within :data:`_BORDER_STRETCH_KM` of the point nearest the report's other places (``near``,
        their mean) when they lie within that distance of it ("Atmeh near the Turkish border")."""
        sig: tuple = ("border", *codes)
        done = self._area_outcomes.get(sig)
        if done is None:
            done = _stored(self._area_outcomes, sig, self._whole_border(codes))
        place = done[0]
        if place is None or near is None:
            return done
        sig = (*sig, round(near[0], 2), round(near[1], 2))
        part = self._area_outcomes.get(sig)
        if part is None:
            part = _stored(self._area_outcomes, sig, _border_stretch(done, near[0], near[1]))
        return part

    def _whole_border(self, codes: list[str]) -> tuple:
        """:meth:`_border` for the whole strip."""
        others = [c for c in codes if c != self.country]
        own = self.gaz[f"cc:{self.country}"].name if f"cc:{self.country}" in self.gaz else self.country
        if len(others) != 1:
            return (None, 0.0, f"a border, but not between {own} and one neighbour", True)
        iso = others[0]
        name = self.gaz[f"cc:{iso}"].name if f"cc:{iso}" in self.gaz else iso
        try:
            strip = border_strip(self.outline, country_outline(iso, self._outlines), self.border_km)
        except LookupError:
            strip = None
        if strip is None:
            return (None, 0.0, f"no border between {own} and {name} in the theatre's outlines", True)
        label = f"{own}–{name} border ({own} side, within {self.border_km:g} km)"
        place = _derived_area(f"area:border:{iso}", label, strip, self.country, f"border:{iso}")
        return (place, 0.9, place.name, True)

    def _area_outcome(self, m: Mention, reach: float | str, resolved: list[Resolved]) -> tuple:
        """(place, confidence, why, in AOI) of an areal phrase whose anchors resolved so
        (``reach``: what :func:`_reach` reads in its words)."""
        places = [r.place for r in resolved if r.place is not None]
        key = (m.relation, m.bearing, reach, *[p.id for p in places])
        place = self._areas.get(key)
        if place is None:  # one shared Place per distinct area: "southeast Idlib" in ten reports is one shape
            gov = self._governorate_of(places[0]) if reach == "governorate" else None
            if gov is not None:  # "east of Raqqa, Raqqa governorate": from the town to the governorate's edge
                geom, how, pt = _capital_part(places[0], gov, m.bearing if m.bearing is not None else 0.0)
            elif reach == "half":
                geom, how, pt = _half(places[0], m.bearing if m.bearing is not None else 0.0)
            else:
                geom, how, pt = _area_geometry(
                    m.relation, m.bearing, "" if reach == "governorate" else reach, places, self._parts
                )
            first = places[0]
            tag = f":{reach:g}km" if isinstance(reach, float) else f":{reach}" if reach else ""
            ident = f"area:{m.relation}:{'' if m.bearing is None else int(m.bearing)}{tag}:" + "+".join(
                p.id for p in places
            )
            place = self._areas[key] = Place(
                id=ident,
                name=how[:1].upper() + how[1:],
                lat=pt.y,
                lon=pt.x,
                kind="area",
                admin1=first.admin1,
                country=first.country,
                source="derived:" + ",".join(p.id for p in places),
                geometry=geom,
            )
        how = place.name
        conf = min(r.confidence for r in resolved) * 0.9
        if conf < self.min_confidence:
            return (None, round(conf, 3), f"{how}; confidence {conf:.2f} < {self.min_confidence}", True)
        return (place, round(conf, 3), how, _in_aoi(place, self.aoi))


_CITY_KM2 = 200.0  # a first-order unit this small is a city (a capital-city unit), not a region around one


#: how far apart two governorates' outlines may run and still be one shared edge (degrees: about 100 m)
_SHARED_EDGE_DEG = 0.001


def _city_sized(gov: Place) -> bool:
    """Whether a governorate is a city (Damascus): then "east of Damascus" is from the city outwards —
    the Ghouta, Jobar — not the city's own eastern part (the area in km², approximated from degrees at
    the governorate's latitude)."""
    if gov.geometry is None:
        return False
    return gov.geometry.area * _DEG_KM * _DEG_KM * math.cos(math.radians(gov.lat)) <= _CITY_KM2


_SECTOR_MARKER_KM = 70.0  # a governorate part's marker: in its first 70 km, where such phrases mostly point


def _governorate_parts(gazetteer: Gazetteer) -> dict[tuple[str, float], tuple[Any, Any]]:
    """``(governorate id, bearing) -> (part, marker)``: the shapes of "southern Idlib", "the eastern
    countryside of Homs", each made when a phrase first asks for it (:func:`_area_geometry`) and kept
    for the gazetteer (a table of the gazetteer's own outlines, like its index — not what reports asked,
    so not among the resolver's memos, but kept with the gazetteer's other derived work in
    :attr:`Gazetteer.memos`: no weak reference whose clean-up a late Ctrl-C could interrupt).  A call
    with empty memos makes only the few parts its reports name, not all of them (eight per governorate)."""
    return gazetteer.memos.setdefault(("governorate parts",), {})


_DISTANCE = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:km|kms|kilomet)", re.I)
_DISTANCE_SPREAD = 0.3  # "55 km west of X": a band from 70% to 130% of the stated distance


def _reach(surface: str) -> float | str:
    """How far out an areal phrase reaches, from its own words: the stated distance in km
    ("55 km west of Raqqa"), ``"far"`` ("far east of …"), or ``""``."""
    if surface[:1].isdigit():
        m = _DISTANCE.match(surface)
        if m:
            return float(m.group(1).replace(",", "."))
    return "far" if surface[:4].lower() == "far " else ""


def _area_geometry(
    relation: str, bearing: float | None, reach: float | str, places: list[Place], parts: dict | None = None
):
    """Uncertain shape for an areal phrase, a sentence saying how it was made, and the
    point its marker stands at (``reach``: as :func:`_reach` returns it; ``parts``: the
    governorates' parts made so far, filled here, see :func:`_governorate_parts`)."""
    a = places[0]
    if relation == "between":
        pts = shapely.MultiPoint([(p.lon, p.lat) for p in places])
        hull = pts.convex_hull
        if hull.geom_type != "Polygon":  # two places: a lens around the segment
            length = hull.length
            hull = hull.buffer(max(length / 4, 0.05))
        return hull, "area between " + ", ".join(p.name for p in places), hull.representative_point()
    if relation in ("sector", "countryside", "wedge") and a.geometry is not None and a.kind == "governorate":
        if bearing is None:
            return a.geometry, f"{a.name} governorate", a.geometry.representative_point()
        # the whole part of the governorate ("the eastern countryside of Homs" reaches Palmyra),
        # its marker where the part begins
        made = parts.get((a.id, bearing)) if parts is not None else None
        if made is None:
            made = _part_and_marker(a, bearing, (a.lat, a.lon))
            if parts is not None:
                parts[(a.id, bearing)] = made
        geom, marker = made
        return geom, f"{_compass(bearing)} part of {a.name} governorate", marker
    if relation == "countryside":
        radius = _WEDGE_KM.get(a.kind, 10.0) * 1.5
        geom = circle(a.lat, a.lon, radius)
        return geom, f"countryside within {radius:.0f} km of {a.name}", geom.representative_point()
    bearing = bearing if bearing is not None else 0.0
    if isinstance(reach, float) and reach > 0:  # "55 km west of Raqqa": around that distance
        inner, radius = reach * (1 - _DISTANCE_SPREAD), reach * (1 + _DISTANCE_SPREAD)
        geom = wedge(a.lat, a.lon, bearing, radius, inner_km=inner)
        return geom, f"{_compass(bearing)} of {a.name}, {inner:.0f}-{radius:.0f} km", geom.representative_point()
    radius = _WEDGE_KM.get(a.kind, 10.0)
    if reach == "far":
        radius *= 1.6
    geom = wedge(a.lat, a.lon, bearing, radius, inner_km=radius * 0.15)
    return geom, f"{_compass(bearing)} of {a.name}, within {radius:.0f} km", geom.representative_point()


def _capital_part(town: Place, gov: Place, bearing: float):
    """The part of governorate ``gov`` towards ``bearing`` from its capital ``town``, a sentence
    saying so, and its marker (in the first :data:`_SECTOR_MARKER_KM`, as for a governorate's part)."""
    geom, marker = _part_and_marker(gov, bearing, (town.lat, town.lon))
    return geom, f"{_compass(bearing)} of {town.name}, to the edge of {gov.name} governorate", marker


def _part_and_marker(gov: Place, bearing: float, origin: tuple[float, float]):
    """The part of governorate ``gov`` towards ``bearing`` from ``origin`` (lat, lon), and its marker:
    a point of the part's first :data:`_SECTOR_MARKER_KM`."""
    near = sector_of(gov.geometry, bearing, origin=origin, max_km=_SECTOR_MARKER_KM)
    return sector_of(gov.geometry, bearing, origin=origin), near.representative_point()


#: words of an areal phrase that put it outside a city: the countryside's part, never a divided city's half
_OUTSIDE_A_CITY = re.compile(r"\b(?:countryside|rural|province|governorate|desert)\b", re.I)
#: what may follow a country that contains the place before it: the sentence's or clause's end, or a preposition or
#: time that goes on with the news ("al-Qaim, Iraq, on Sunday", "Arsal in Lebanon near the border")
_COUNTRY_ENDS = re.compile(
    r"\s*(?:$|[.;:!?)”\"]|—|–|,\s+(?:on|in|at|near|after|before|during|where|which|killing|wounding|as|while|when)\b|"
    r"\s(?:on|in|at|near|after|before|during|where|killing|wounding|as|while|when|since|over|from)\b)",
    re.I,
)


def _as_quarter(m: Mention) -> bool:
    """Whether the text makes ``m`` a quarter of a town: its cue, or the word right after it ("the Hamdaniyeh
    district", "Bani Zaid neighbourhood")."""
    return m.cue == "quarter" or _QUARTER_WORD_AFTER.match(m.sentence, m.end - m.sentence_start) is not None


#: a quarter's type word right after a name
_QUARTER_WORD_AFTER = re.compile(r"\s+(?:district|neighbou?rhood|quarter)s?\b", re.I)


def _quarters_joined(a: Mention, b: Mention) -> bool:
    """Whether ``b`` follows ``a`` in one list of quarters ("Sheikh Maqsood, Ashrafieh and Bani Zaid", "al-Aziziyah
    district and Sheikh Maqsoud")."""
    return (
        a.sentence_start == b.sentence_start
        and not (a.relation or b.relation or a.part_of or b.part_of)
        and _QUARTERS_JOIN.fullmatch(a.sentence, a.end - a.sentence_start, b.start - b.sentence_start) is not None
    )


#: between two quarters of one list, the first's type word allowed
_QUARTERS_JOIN = re.compile(r"(?:\s+(?:district|neighbou?rhood|quarter)s?)?" + LIST_SEPARATOR, re.I)
#: how far apart two quarters of one town listed together may lie, and the confidence of one so placed
_LISTED_QUARTER_KM = 8.0
_LISTED_QUARTER_CONFIDENCE = 0.8
#: the flag of an alias that names a city's quarter only as a quarter (``aliases.csv`` condition ``quarter``)
_QUARTER_ALIAS = "alias:quarter"
#: how an unresolved country's reason starts
_COUNTRY_LEVEL = "country-level mention"
#: the confidence of a place the text puts in a country abroad ("al-Qaim, Iraq"), of its name there
_IN_COUNTRY_CONFIDENCE = 0.8
_HALF_KM = 8.0  # a divided city's half reaches this far from its centre when its row gives no radius
_BESIDE_HALF = 1.5  # a place named before "eastern Aleppo" further out than this many radii is outside the city
#: what may stand between a place and the areal phrase that says where it is ("al-Atarib, western
#: Aleppo", "Deir Hafer east of Aleppo", "X village in western Aleppo")
_BESIDE_GAP = re.compile(r"\s*(?:(?:town|village|city|area)\s*)?(?:,\s*|in\s+(?:the\s+)?)?", re.I)


def _place_before(m: Mention, last: Resolved | None) -> Place | None:
    """The place resolved for the point mention right before the areal phrase ``m``, if only a
    comma, "in" or a type word stands between them."""
    if last is None or last.place is None or last.mention.sentence_start != m.sentence_start:
        return None
    s0 = m.sentence_start
    a, b = last.mention.end - s0, m.start - s0
    return last.place if 0 <= a <= b and _BESIDE_GAP.fullmatch(m.sentence, a, b) else None


def _half(city: Place, bearing: float):
    """The half of a divided city towards ``bearing`` ("eastern Aleppo" in 2016): a half-disc
    of the city's radius, a sentence saying so, and its marker."""
    geom = wedge(city.lat, city.lon, bearing, city.radius_km or _HALF_KM, half_angle_deg=90.0)
    return geom, f"{_compass(bearing)}ern half of {city.name} city, then divided", geom.representative_point()


def _compass(bearing: float) -> str:
    names = ["north", "northeast", "east", "southeast", "south", "southwest", "west", "northwest"]
    return names[int(((bearing % 360) + 22.5) // 45) % 8]


def resolve_mentions(
    mentions: Sequence[Mention],
    gazetteer: Gazetteer,
    *,
    date: dt.date | None = None,
    settings: Settings = DEFAULTS,
    aoi=None,
    aoi_country: str | None = None,
    min_confidence: float | None = None,
) -> list[Resolved]:
    """Resolve one report's mentions as a run resolves them (convenience wrapper around :class:`Resolver`).

    Parameters
    ----------
    mentions : sequence of Mention
        Mentions of a single report (they provide each other's context).
    gazetteer : Gazetteer
    date : datetime.date, optional
        The report's date (on the days a city of the theatre was divided, "eastern Aleppo" is its eastern half).
    settings : Settings
        The theatre (area of interest, rivers, borders, divided cities) and thresholds, as for a run.
    aoi, aoi_country, min_confidence : optional
        In place of the settings' own.

    Returns
    -------
    list of Resolved
        One per mention, same order.
    """
    resolver = Resolver.from_settings(
        gazetteer, settings, aoi=aoi, aoi_country=aoi_country, min_confidence=min_confidence
    )
    return resolver.resolve(mentions, date=date)


# -- geopy contract ------------------------------------------------------------------


def _geopy_location(address: str, lat: float, lon: float, raw: dict):
    """A ``geopy.location.Location`` (geopy is imported only when one is made)."""
    from geopy.location import Location
    from geopy.point import Point

    return Location(address, Point(lat, lon), raw)


def _location(place: Place, confidence: float, why: str):
    address = ", ".join(x for x in (place.name, place.admin1, place.country) if x)
    raw = {
        "id": place.id,
        "name": place.name,
        "kind": place.kind,
        "admin1": place.admin1,
        "country": place.country,
        "confidence": confidence,
        "why": why,
        "source": place.source,
    }
    return _geopy_location(address, place.lat, place.lon, raw)


class _GazetteerGeocoder:
    """Offline geocoder over the gazetteer: a geopy ``Geocoder`` that never touches the network.

    Scripts written for ``geopy.geocoders.Nominatim`` work unchanged::

        geocoder = GazetteerGeocoder()
        loc = geocoder.geocode("Maarat al-Numan")
        loc.latitude, loc.longitude, loc.raw["confidence"]

    Parameters
    ----------
    gazetteer : Gazetteer, optional
        Loaded with :func:`geo.gazetteer.load_gazetteer` when omitted.
    theatre : Theatre
        Area of interest and home country that break ties (default: ``./data/theatre.toml``).
    online : bool
        Ask Nominatim (through :class:`OnlineGeocoder`) for names the gazetteer lacks.
    """

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        *,
        theatre: Theatre = DEFAULTS.theatre,
        min_confidence: float = DEFAULTS.min_confidence,
        online: bool = DEFAULTS.online,
        fallback: OnlineGeocoder | None = None,
    ) -> None:
        super().__init__(user_agent="conflict-map (offline gazetteer)")  # type: ignore[call-arg]  # geopy's Geocoder
        if gazetteer is None:
            from .gazetteer import load_gazetteer

            gazetteer = load_gazetteer(theatre=theatre)
        self.gazetteer = gazetteer
        self.resolver = Resolver(gazetteer, aoi=theatre.aoi, aoi_country=theatre.country, min_confidence=min_confidence)
        self.fallback = fallback if fallback is not None else (OnlineGeocoder() if online else None)

    def geocode(self, query: str, *, exactly_one: bool = True, timeout: float | None = None):
        """Look a name up.

        Returns
        -------
        geopy.location.Location, list of Location, or None
            The best match (``exactly_one=True``), all candidates best first, or
            ``None`` when nothing reaches ``min_confidence``.  ``raw`` holds ``id``,
            ``kind``, ``confidence``, ``why`` and ``source``.
        """
        cands = [c for c in self.resolver.candidates(query) if c.place.kind != "country"]
        if cands:
            if exactly_one:
                best = cands[0]
                if best.share < self.resolver.min_confidence:
                    return None
                return _location(best.place, best.share, "; ".join(best.reasons))
            return [_location(c.place, c.share, "; ".join(c.reasons)) for c in cands]
        if self.fallback is not None:
            return self.fallback.geocode(query, exactly_one=exactly_one, timeout=timeout)
        return None if exactly_one else []

    def reverse(self, query, *, exactly_one: bool = True, max_km: float = 25.0):
        """Nearest gazetteer place to ``(lat, lon)`` within ``max_km``."""
        lat, lon = (query.latitude, query.longitude) if hasattr(query, "latitude") else map(float, query)
        pts = [p for p in self.gazetteer.places if p.kind not in ("country", "river") and not math.isnan(p.lat)]
        d = distance_km([p.lat for p in pts], [p.lon for p in pts], lat, lon)
        order = d.argsort()
        hits = [(pts[i], float(d[i])) for i in order[:10] if d[i] <= max_km]
        locs = [_location(p, 1.0, f"{km:.1f} km away") for p, km in hits]
        return (locs[0] if locs else None) if exactly_one else locs


@lru_cache(maxsize=1)
def _gazetteer_geocoder() -> type:
    """:class:`GazetteerGeocoder`, made a subclass of geopy's ``Geocoder`` on first use: importing
    geopy takes longer than loading the gazetteer, and the geoparser never needs it."""
    from geopy.geocoders.base import Geocoder

    return type(
        "GazetteerGeocoder",
        (_GazetteerGeocoder, Geocoder),
        {"__doc__": _GazetteerGeocoder.__doc__, "__module__": __name__, "__qualname__": "GazetteerGeocoder"},
    )


def __getattr__(name: str) -> Any:
    if name == "GazetteerGeocoder":  # see _gazetteer_geocoder
        return _gazetteer_geocoder()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), "GazetteerGeocoder"})


class OnlineGeocoder:
    """geopy's Nominatim behind ``RateLimiter`` and an on-disk JSON cache.

    Only constructed when ``online=True``.  The cache key is the normalised query
    (so "Ma'arrat al-Nu'man" and "Maarat Numan" share an entry).  Network errors
    raise :class:`~geo.exc.GeocoderUnavailable`; the pipeline turns that into an
    unresolved mention with reason "geocoder unavailable", never a crash.

    Parameters
    ----------
    geocoder : geopy geocoder, optional
        Anything with ``geocode(query, exactly_one=…)``; tests pass a fake.
    limiter : type, optional
        The rate limiter wrapped around it (default geopy's ``RateLimiter``); tests pass
        a subclass whose ``_clock`` and ``_sleep`` are fakes, as geopy's own tests do.
    """

    def __init__(
        self,
        geocoder=None,
        *,
        user_agent: str = DEFAULTS.user_agent,
        cache_dir: Path = DEFAULTS.cache_dir,
        min_delay_seconds: float = DEFAULTS.online_min_delay_s,
        country_codes: str = DEFAULTS.theatre.country.lower(),
        limiter: type | None = None,
    ) -> None:
        from geopy.extra.rate_limiter import RateLimiter

        if geocoder is None:
            from geopy.geocoders import Nominatim

            geocoder = Nominatim(user_agent=user_agent)
        self._geocode = (limiter or RateLimiter)(
            geocoder.geocode, min_delay_seconds=min_delay_seconds, max_retries=1, swallow_exceptions=False
        )
        self.country_codes = country_codes
        self.cache_path = Path(cache_dir) / "nominatim-cache.json"
        self._cache: dict[str, dict | None] | None = None

    def _load(self) -> dict[str, dict | None]:
        if self._cache is None:
            try:
                self._cache = json.loads(self.cache_path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                self._cache = {}
        return self._cache

    def _save(self) -> None:
        write_text(self.cache_path, json.dumps(self._cache, ensure_ascii=False))

    @staticmethod
    def cache_key(query: str) -> str:
        return hashlib.sha1(skeleton(query).encode("utf-8")).hexdigest()

    def geocode(self, query: str, *, exactly_one: bool = True, timeout: float | None = None):
        """Cached Nominatim lookup; returns Location(s) or None."""
        cache = self._load()
        key = self.cache_key(query)
        if key not in cache:
            try:
                loc = self._geocode(
                    query,
                    exactly_one=True,
                    country_codes=self.country_codes,
                    **({"timeout": timeout} if timeout else {}),
                )
            except Exception as err:  # geopy raises many types; all mean "not available now"
                raise GeocoderUnavailable(f"online geocoder failed for {query!r}: {err}") from err
            cache[key] = (
                None
                if loc is None
                else {"address": loc.address, "lat": loc.latitude, "lon": loc.longitude, "raw": loc.raw}
            )
            self._save()
        hit = cache[key]
        if hit is None:
            return None if exactly_one else []
        loc = _geopy_location(hit["address"], hit["lat"], hit["lon"], {**hit["raw"], "source": "nominatim"})
        return loc if exactly_one else [loc]


def online_place(loc, query: str) -> Place:
    """A :class:`Place` built from an online result (kind guessed as village)."""
    return Place(
        id=f"osm:{loc.raw.get('osm_type', 'x')}{loc.raw.get('osm_id', abs(hash(query)))}",
        name=query,
        lat=loc.latitude,
        lon=loc.longitude,
        kind="village",
        source="nominatim",
        country=str(loc.raw.get("address", {}).get("country_code", "")).upper()
        if isinstance(loc.raw.get("address"), dict)
        else "",
    )


def with_online(resolved: list[Resolved], fallback: OnlineGeocoder, *, aoi=DEFAULTS.aoi) -> list[Resolved]:
    """Retry mentions the gazetteer lacks with the online geocoder.

    Failures degrade to "geocoder unavailable" on that mention; nothing raises.
    """
    out = []
    for r in resolved:
        if r.place is None and r.why.startswith("not in the gazetteer"):
            try:
                loc = fallback.geocode(r.mention.surface)
            except GeocoderUnavailable as err:
                out.append(replace(r, why=f"{r.why}; geocoder unavailable ({err})"))
                continue
            if loc is not None:
                p = online_place(loc, r.mention.surface)
                out.append(Resolved(r.mention, p, 0.6, "online geocoder (Nominatim)", _in_aoi(p, aoi)))
                continue
        out.append(r)
    return out
