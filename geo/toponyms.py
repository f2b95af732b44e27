"""Finding place mentions in report text.

The finder is gazetteer-driven: the report text is skeletonised once
(:func:`geo.names.skeleton_text`), every gazetteer skeleton is found in one
Aho–Corasick pass, and the leftmost-longest matches become candidate mentions.
A candidate survives only if

* its surface starts with a capital letter (or is in Arabic script);
* it is not an actor's name nor part of one ("Hatch (Nasra)", "Damascus government");
* it is not a one-word everyday English word ("Tell", "Reading"), unless a cue
  such as "the village of" or an alias vouches for it.

Around each survivor the finder reads *cues* — "the base of X", "the village of X",
"X countryside", "the Khanasir road" — and *areal phrases*, which become a single
:class:`Mention` with a ``relation`` and the named places as ``anchors``:

=================  =====================================  ============
relation           phrase                                 geometry
=================  =====================================  ============
``sector``         "southeast Idlib", "northern Hama"     part of the governorate
``wedge``          "east of Maarat al-Numan"              pie slice from the place
``countryside``    "the countryside of Hama", "rural X"   governorate (or ring)
``between``        "between Aleppo, Idlib and Hama"       hull of the anchors
``river-side``     "east of the Euphrates (River)"        the river's east side
``river-banks``    "the Euphrates banks", "the southern   both banks (or one) of
                   banks of the Euphrates"                the river, narrower
=================  =====================================  ============

A river (a ``river`` place of the gazetteer: the theatre's river file) is a line, not a
place.  A phrase anchored on one is an area of its own whose anchor is *not* returned as a
mention of its own (there is no point to put it at); a river named outside such a phrase
("crossing the Euphrates") is returned with the cue ``river`` and never placed, while
"Euphrates Lake" and "the Dam of Euphrates" stay names of what they name.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ._records import maker, paused_gc
from .actors import CAPITALS, Actors
from .gazetteer import CAPITAL_KEY, EPITHET_KEY, Gazetteer
from .names import (
    BOUNDARY,
    CAPTURE_CUES,
    GENERIC,
    JOINED_TYPE_WORDS,
    SEP,
    code_points,
    skeleton,
    skeleton_many,
    skeleton_text,
)
from .reports import Report

_CHUNK = 1 << 16  # characters skeletonised per numpy pass (cache-friendly)
_JOIN = f"\n{BOUNDARY}\n"  # between reports of a batch: a hard boundary for the matcher

BEARINGS = {
    "north": 0.0,
    "northeast": 45.0,
    "east": 90.0,
    "southeast": 135.0,
    "south": 180.0,
    "southwest": 225.0,
    "west": 270.0,
    "northwest": 315.0,
}
_DIRECTIONS = {w: b for d, b in BEARINGS.items() for w in (d, d + "ern")}
#: the compass points as Airwars' incident titles write them, in capitals before "of": "88km SW of Tabaqah",
#: "Zor Shamr village E of Raqqa" (lower-cased here, as the words before a name are; see _ABBREVIATION_OF)
_ABBREVIATED = {"".join(w[0] for w in re.findall("north|south|east|west", d)): b for d, b in BEARINGS.items()}
_ABBREVIATION_OF = re.compile(r"(?<![\w'’])(?:N|NE|E|SE|S|SW|W|NW)\s+of\s+(?:the\s+)?$")
_BEARING_KEYS = frozenset(
    skeleton_many(["east", "eastern", "west", "western", "north", "northern", "south", "southern"])
)
#: words of "the (southern) countryside of X"; "the (northern) mountains of Latakia" are that governorate's too
_COUNTRYSIDE = {"countryside", "province", "governorate", "outskirts", "suburbs", "environs", "desert", "mountains"}
#: the edge of a settlement, not its governorate: "the outskirts of Aleppo" is around the city
_OUTSKIRTS = frozenset(("outskirts", "suburbs", "environs"))
#: "the border of Homs and Deir Ezzor": an areal phrase only when the names are governorates'
_BORDER = frozenset(("border", "borders", "boundary", "boundaries"))

_KIND_WORDS = {
    "village": "village",
    "villages": "village",
    "town": "town",
    "towns": "town",
    "city": "city",
    "hamlet": "village",
    "farm": "village",
    "farms": "village",
    "hill": "hill",
    "hills": "hill",
    "hilltops": "hill",
    "settlements": "village",
    "road": "road",
    "highway": "road",
    "base": "base",
    "airbase": "base",
    "airport": "base",
    "airfield": "base",
    "force": "base",
    "camp": "camp",
    "camps": "camp",
    "neighborhood": "quarter",
    "neighbourhood": "quarter",
    "neighborhoods": "quarter",
    "neighbourhoods": "quarter",
    "district": "quarter",
    "districts": "quarter",
    "bank": "river",
    "banks": "river",
}
_PROVINCE_NAMED = re.compile(r"\s(?:province|governorate)$", re.I)
_AFTER_CUES = {
    "road": "road",
    "highway": "road",
    "motorway": "road",
    "city": "city",
    "town": "town",
    "region": "region",
    "area": "region",
    "plain": "region",
    "mountains": "region",
    "mountain": "region",
    "heights": "region",
    "camp": "camp",
    "neighborhood": "quarter",
    "neighbourhood": "quarter",
    "quarter": "quarter",
    "river": "river",
}
_PLURAL_AREA = frozenset(("countrysides", "provinces", "governorates"))
_SUFFIX_AREA = frozenset(("countryside", "province", "governorate", "desert")) | _PLURAL_AREA
_COUNTRYSIDE |= _PLURAL_AREA
_TRIGGERS = frozenset(_DIRECTIONS) | frozenset(_ABBREVIATED) | _COUNTRYSIDE | _BORDER | {"rural"}
_BETWEEN_AT = re.compile(
    r"between\s+(?:the\s+)?(?:(?:governorates|provinces|cities|towns|"
    r"villages|areas)\s+of\s+)?"
)


def _betweens(low: str):
    """Matches of 'between …' in lower-cased text (a literal search, then a match)."""
    k = low.find("between")
    while k >= 0:
        if k == 0 or not low[k - 1].isalnum():
            m = _BETWEEN_AT.match(low, k)
            if m:
                yield m
        k = low.find("between", k + 7)


_NAME_TAIL = re.compile(r"[ \-‐](?:(?:al|el|an|ar|as|ash|at|az|ad)[ \-‐])?[A-Z][\w'’‘`]*")
_NAME_TAIL_AR = re.compile(r" [\u0600-\u06FF]+")  # Arabic script: no case, no Latin article
_CUE_NOUNS = frozenset(("village", "town", "city", "hamlet", "hill", "base", "airbase", "airport", "farms"))
#: the days and months, which open a sentence's time before a name ("On Tuesday al-Sheikh Maskin was retaken")
_CALENDAR_WORDS = frozenset(
    (
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february"),
        *("march", "april", "may", "june", "july", "august", "september", "october", "november", "december"),
    )
)
#: the same capitalised (but "May", also a word): after a name it is the time, no part of the name
_CALENDAR_NAMES = "(?:" + "|".join(sorted(w.capitalize() for w in _CALENDAR_WORDS if w != "may")) + r")\b"
#: (a day or a month after the name is the time: "the villages of Deir al-Adas and al-Habarna Wednesday night")
_UNKNOWN_NAME = (
    r"((?:al-|el-|Al-|El-)?[A-Z][\w'’‘`]+(?:[ \-](?:(?:al|el|an|ar|as|ash|at|az|ad)[ \-])?"
    r"(?!" + _CALENDAR_NAMES + r")[A-Z][\w'’‘`]+){0,3})"
)
_UNKNOWN_CUE = re.compile(
    r"(?:villages?|towns?|city|hamlet|hill|hills|hilltops|settlements|base|airbase|airport|farms|neighbou?rhoods?|"
    # ("the villages and regions of A, B and C": a second type word joined to the first)
    r"districts?)(?: and (?:" + "|".join(JOINED_TYPE_WORDS) + r"))? of (?:the )?" + _UNKNOWN_NAME
)
#: the plural type words whose cue ("the villages of") opens a list of names
_LISTING_CUE_WORDS = frozenset(
    ("villages", "towns", "districts", "neighborhoods", "neighbourhoods", "hills", "hilltops", "settlements")
)
#: between two items of a list of names ("A, B and C", "A & B")
LIST_SEPARATOR = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)"
#: the next name of a list after "the villages of": "the villages of al Qehawi, Al Jadal, Kishkiyah and Jub Al Bahrah"
_UNKNOWN_NEXT = re.compile(LIST_SEPARATOR + _UNKNOWN_NAME)
#: a name right before a type word that follows it ("Seif al-Dawla neighborhood", "Abyan village in"):
#: up to four capitalised words (or digits: "23rd"), articles between them, ending one space before the cue
_UNKNOWN_BEFORE = re.compile(
    r"(?<![\w'’‘`-])((?:(?:al|el|Al|El)[ \-])?[A-Z0-9][\w'’‘`]*(?:[ \-](?:(?:al|el|an|ar|as|ash|at|az|ad)[ \-])?"
    r"[A-Z][\w'’‘`]+){0,3}) $"
)
#: the verbs of capture whose cue phrases (:data:`geo.names.CAPTURE_CUES`) start them, as the text writes them
_CAPTURE_VERBS = frozenset(
    f"{re}{verb}"
    for re in ("", "re")
    for verb in (
        "control", "controls", "controlled", "controlling", "capture", "captures", "captured", "capturing", "seize",
        "seizes", "seized", "seizing", "took", "take", "takes", "taken", "taking", "liberate", "liberates",
        "liberated", "liberating",
    )
)  # fmt: skip
#: the words between a verb of capture and its object: "take control of", "captured the", "seized full control over"
_CAPTURE_FILLERS = ("full ", "complete ", "total ", "control ", "of ", "over ", "the ", "both ")
#: a verb of capture as the text writes it, a space, and the words between it and its object: one match (a
#: search for the space and a loop over the fillers cost several times as much)
_CAPTURE_LEAD = re.compile(
    "(?:" + "|".join(sorted(_CAPTURE_VERBS)) + ") (?:" + "|".join(map(re.escape, _CAPTURE_FILLERS)) + ")*"
)
#: a verb of capture whose object counts places and names them after "namely" or ", including": "captured two other
#: villages in the Idlib province, namely al-Sheikh Dames and Hantoteen", "capture thirteen villages from the SDF,
#: including al-Athamiyah, Haylah, …"
_NAMELY_LEAD = re.compile(
    # (the words between stop at another act: not "captured X after shelling nearby villages, including Y")
    "(?:" + "|".join(sorted(_CAPTURE_VERBS)) + r") (?:(?!after\b|and\b|while\b|before\b|then\b|as\b)[\w'’-]+ ){0,7}?"
    r"(?:villages|towns|hills|hilltops|hamlets|areas|"
    r"sites|positions|settlements)\b[^.;:!?]{0,50}?(?:,?\s*namely\s+|,\s*including\s+)"
)
#: where a name starts: a capital, or an article before one ("al-Bab")
_NAME_START = re.compile(r"[A-Z]|(?:al|el)[ \-]")
#: the first name of a capture's object (or the next of its list): "Al-Toqli", "al Hussieniya", "Manasher Menyan"
#: (a day or a month after it is the time: "Government forces took Atshan and Umm Hartein Thursday")
_CAPTURE_NAME = re.compile(
    r"((?:(?:al|el|Al|El)[ \-])?[A-Z][\w'’‘`]+(?:[ \-](?:(?:al|el|an|ar|as|ash|at|az|ad|bin|ibn)[ \-])?"
    r"(?!" + _CALENDAR_NAMES + r")[A-Z][\w'’‘`]+){0,3})"
)
#: a street or a building of a town, after its name in lower case ("(S891) مدرسة عبد الجبار Abdel Jabbar school,
#: الميادين Al Mayadin"): part of the name the incident keeps
_FACILITY_AFTER = re.compile(
    r"\s+(?:street|road|square|roundabout|mosque|hospital|school|bakery|market|bridge|building|church|stadium|"
    r"cent(?:er|re)|silos?|hotel|pharmacy|(?:car\s+)?park|gardens?|station|factory|museum|university|college|"
    r"institute|prison|club|cemetery|tower|bank|junction|swimming\s+pool|garage|directorate)(?:\s+area)?"
    r"(?=\s*(?:,|;|$)|\s+in\s)"  # ("near دوار المصرية al Masriya roundabout in البوكمال Abu Kamal")
)
#: the place slot of an Airwars incident title, right after its code and the place's Arabic name: "(S591) عكيرشي
#: Okayrashi, Raqqa governorate", "(S1160) near معيزيلة Maizeela, …": the incident's place even when the gazetteer
#: lacks it — the whole name, up to a comma or a type word ("Al Bouhamad village, …")
#: an Airwars incident's code, "(S591) ", "(CS12a): ", "(1269) " (also geo.geocode's)
INCIDENT_CODE = r"\((?:(?:CS|S|R)\d+|\d{3,})[a-z]?\)\s*:?\s*"
#: the place's Arabic name after the code, before its Latin one
_ARABIC_GLOSS = r"[\u0600-\u06ff][\u0600-\u06ff\u200e\u200f\s]*?[\s,\u200e\u200f]+"
_INCIDENT_PLACE = re.compile(
    INCIDENT_CODE + rf"(?:(?:[Nn]ear\s+)?{_ARABIC_GLOSS})?(?:[Nn]ear\s+)?"
    # ("near مديرية الكهرباء the Electricity Directorate, Raqqa City": an article before a building's name)
    r"(?:the\s+)?"
    + _CAPTURE_NAME.pattern
    # (an English gloss in brackets after the name, "Al Jisr al Jadeed [the New Bridge] Raqqa"; the town it is in,
    # "Old Cultural Center in Raqqa")
    + r"(?=\s*(?:,|;|$|\[)|\s+in\s|\s+(?:village|town|city|area|neighbou?rhood|farms?|camp|hill)\b|"
    + _FACILITY_AFTER.pattern
    + ")"
)
#: a numbered street or square in the place slot: "(S1044a) 23rd February Street, Raqqa city", "(S1263) 23 Shubat
#: Street in center of Raqqa city" (a date's name: the gazetteer has none)
_INCIDENT_NUMBERED = re.compile(
    INCIDENT_CODE + rf"(?:{_ARABIC_GLOSS})?"
    r"(\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+(?:[Ss]treet|[Ss]quare|[Rr]oad(?:\s+junction)?))\b"
)
_COUNTED_SITES = re.compile(r"(?:several|various|multiple|many|some|numerous)\b", re.I)
#: a day or a month after a verb of capture is its time, not its object ("took Tuesday", "seized in March")
_CALENDAR = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|"
    r"October|November|December"
)
#: the next name of the list a capture's object opens ("Kharba and al Hussieniya", "A, B & C"), after the type word
#: of the name before ("Khanasser town and 12 hill")
_CAPTURE_NEXT = re.compile(
    r"(?:\s+(?:villages?|towns?|hills?|city|neighbou?rhoods?|areas?))?"
    + r"(?:"
    + LIST_SEPARATOR
    # ("liberating Tal al-Nar and eight villages including Sheikh Mustafa, al-Naqir, …": the villages named after)
    + r"|\s*,?\s+and\s+(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:(?:other|nearby|more)\s+)?"
    + r"(?:villages|towns|hills|hilltops|hamlets)\s*,?\s+(?:including|such\s+as|among\s+them)\s+)"
    + r"(?:the\s+)?"
    + _CAPTURE_NAME.pattern
)
#: the last word of a capture list's item after a known first word, behind an article ("Hmimat al-Dair"): the item is
#: one name the gazetteer lacks — but not a bearing or size word that qualifies the known place ("Daraa al-Balad" is
#: Daraa's old town, "X al-Gharbi" its western half)
_UNKNOWN_TAIL = re.compile(
    r"[ \-](?:al|el|Al|El)[ \-](?!(?:Shar[qk]|Gharb|Shamal|Janub|Qibl|Wust|Kabi|Kbir|Sagh|Sghi|Jadi|Jdid|Qadi|Fawq|"
    r"Taht|Balad|Mahat)[\w'’‘`]*$)[A-Z][\w'’‘`]+"
)
#: a type word right after a name ("Al Qastal Al Ghazi village"): there the longer name is the gazetteer's place with
#: more of its name, not a name it lacks
_TYPE_AFTER = re.compile(r" (?:village|town|city|hamlet|neighbou?rhood|district|area)\b", re.I)
#: "area" with a container next: "Al Fillat area, Raqqa", "al-Zara area in the countryside of Hama"
_AREA_CUE = re.compile(r" area(?=,\s|\s+(?:in|of|near)\s)")
#: the type word of a cue that follows its name, and the kind it gives
_UNKNOWN_AFTER = {
    "neighborhood": "quarter",
    "neighbourhood": "quarter",
    # ("IS was expelled by the army from Zuhur district in Hasakah": a quarter the gazetteer lacks, not the city)
    "district": "quarter",
    "village": "village",
    "town": "town",
    # ("seized control of the Qarmeed base in Idlib province": a base the gazetteer lacks, where the text puts it)
    "base": "base",
}
#: a district of a countryside or a province, right from its type word: "district of rural ", "district in the
#: countryside of "
_RURAL_DISTRICT = re.compile(
    r"district\s+(?:of|in)\s+(?:the\s+)?(?:rural\b|countryside\b|(?:[\w-]+\s+){1,2}(?:countryside|province|governorate)\b)",
    re.I,
)
#: "a Kurdish village in", "the Syrian town in": an adjective, not a name
_ADJECTIVE_END = re.compile(r"(?:ish|ian|ese|ite|ic)$")
#: the communities' adjectives that do not end as :data:`_ADJECTIVE_END` says ("the Druze town of Hadar")
_COMMUNITY_WORDS = frozenset(("druze", "arab", "turkmen", "turkoman", "sunni", "shia", "alawi", "yazidi", "ismaili"))
_LIST_GAP = re.compile(r"^(?:['’]s)?\s*(?:,\s*(?:and\s+)?|and\s+|or\s+|&\s*)$", re.I)
_ARTICLE_JOINERS = frozenset("-‐ ")
_ARTICLE_LAST = frozenset("lLnNrRsStTzZdDhH")  # last letter of al, an, ar, as, at, az, ad, ash, ath, adh
_ARTICLE_BEFORE = re.compile(
    # (and Syria Direct's lone "a-" before a sun letter: "a-Latamneh", "Busra a-Sham", "in A-Raqqa City")
    r"(?:\b(?:[Aa][ln]|[Ee]l|[Aa][rstz]|[Aa]sh|[Aa]th|[Aa]dh|[Aa]d|AL|EL|a|A)[-‐]"
    r"|\b(?:Al|El|An|Ar|As|Ash|At|Az|Ad|Ath|al|el) )$"
)


@dataclass(frozen=True, slots=True)
class Mention:
    """A place named in a report.

    Attributes
    ----------
    report_id : str
    surface : str
        The text as written (``text[start:end]``).
    start, end : int
        Offsets into :attr:`geo.reports.Report.full_text`.
    key : str
        The name skeleton used to look up candidates ('' for areal phrases).
    sentence : str
        The sentence that contains the mention.
    sentence_start : int
        Offset of ``sentence`` in the full text.
    cue : str
        Hint from the words around it: ``base``, ``village``, ``town``, ``city``,
        ``road``, ``region``, ``countryside`` or ''; ``point`` for the anchor of a phrase
        around the settlement itself ("the outskirts of X", "the countryside of X city");
        ``river`` for a river, named on its own ("the Euphrates River", "the banks of the
        Euphrates") or anchoring a river phrase; ``capital`` for the town of "east of Raqqa,
        Raqqa governorate", the phrase reaching out to the edge of the governorate named after it.
    relation : str
        For areal phrases: ``sector``, ``wedge``, ``countryside``, ``between``,
        ``river-side``, ``river-banks`` or ``border`` (then ``cue`` is ``border:<ISO codes>``).
    bearing : float or None
        Compass bearing of a directional phrase.
    anchors : tuple of Mention
        The places an areal phrase is built from.
    part_of : str
        For a place named inside an areal phrase ("Maarat Numan" in "east of Maarat Numan"):
        the phrase's relation.  Such places are returned as mentions of their own too (not
        the river of a river phrase: it is no place).
    """

    report_id: str
    surface: str
    start: int
    end: int
    key: str
    sentence: str
    sentence_start: int
    cue: str = ""
    relation: str = ""
    bearing: float | None = None
    anchors: tuple[Mention, ...] = ()
    part_of: str = ""

    @property
    def is_areal(self) -> bool:
        return bool(self.relation)


_mention = maker(Mention)  # Mention(...) on the hot path, without the frozen __init__'s overhead

_BMP = [chr(cp) for cp in range(0x10000)]


def _char_table(chars: str) -> np.ndarray:
    """Boolean table over the BMP, True for the given characters."""
    table = np.zeros(0x10000, dtype=bool)
    table[[ord(c) for c in chars]] = True
    return table


_LOWERED = [c.lower() for c in _BMP]
#: one-to-one lower case over the BMP; characters whose lower case is longer, or depends on
#: the context (Σ), map to themselves and are listed in _LOWER_ODD_CODES
_LOWER_ODD_CODES = np.array([cp for cp, low in enumerate(_LOWERED) if len(low) != 1] + [0x3A3], dtype=np.uint16)
_LOWER = np.array([ord(low) if len(low) == 1 else cp for cp, low in enumerate(_LOWERED)], dtype=np.uint16)
_LOWER[_LOWER_ODD_CODES] = _LOWER_ODD_CODES
_LOWER_ODD = np.zeros(0x10000, dtype=bool)  # True at _LOWER_ODD_CODES
_LOWER_ODD[_LOWER_ODD_CODES] = True
del _LOWERED
_CAPITAL = np.array([c.isupper() for c in _BMP], dtype=bool)
_CAPITAL[0x0600:0x0700] = True  # Arabic script has no case: every letter may start a name
_WORDCHAR = np.array([c.isalnum() for c in _BMP], dtype=bool)
_WORDCHAR[[ord(c) for c in "'‘’`ʿʾ"]] = True
_APOS_TABLE = _char_table("'‘’`ʿʾ")
#: character classes as bits, so one table lookup per character serves every scan
_C_STOP, _C_SPACE, _C_CLOSER, _C_WORD, _C_NEWLINE, _C_LOWER = 1, 2, 4, 8, 16, 32
_CLASSES = (
    _char_table(".!?؟") * _C_STOP
    + _char_table(" \t\n\r\u00a0") * _C_SPACE
    + _char_table("\"'”’)]") * _C_CLOSER
    + _WORDCHAR * _C_WORD
    + _char_table("\n") * _C_NEWLINE
    + np.array([c.islower() for c in _BMP], dtype=bool) * _C_LOWER
).astype(np.uint8)
del _BMP


def _classes(cp: np.ndarray) -> np.ndarray:
    """The :data:`_CLASSES` bits of each code point (beyond the BMP: those of U+FFFF).  A uint16 code point is
    always within the table, and ``clip`` skips the bounds check ``take`` makes per element by default."""
    return np.take(_CLASSES, cp, mode="clip")


def _lower_each(cp: np.ndarray, texts: list[str], offsets: np.ndarray) -> list[str | None]:
    """``text.lower()`` of each text, given the code points ``cp`` of the batch they are
    joined in, by one table lookup; ``None`` for a text whose lower case is not one
    character per character."""
    if cp.dtype != np.uint16:  # beyond the BMP: let str.lower decide, text by text
        return [low if len(low := t.lower()) == len(t) else None for t in texts]
    lowered = np.take(_LOWER, cp, mode="clip").tobytes().decode("utf-16-le", "surrogatepass")  # (as _classes)
    rare = np.flatnonzero(cp >= _LOWER_ODD_CODES.min())  # the odd ones (İ, Σ) are among the few beyond U+012F
    rare = rare[_LOWER_ODD[cp[rare]]]
    odd = set((np.searchsorted(offsets, rare, side="right") - 1).tolist())
    if not odd:  # (the common case)
        return [lowered[o : o + len(t)] for t, o in zip(texts, offsets.tolist())]
    return [None if i in odd else lowered[o : o + len(t)] for i, (t, o) in enumerate(zip(texts, offsets.tolist()))]


#: AP-style month abbreviations before a day ("announced Feb. 27 it had seized X"): no sentence ends after one
_MONTH_ABBREVIATIONS = np.array(
    [[ord(c) for c in m] for m in ("Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Oct", "Nov", "Dec")]
)
_SEPT = np.array([ord(c) for c in "Sept"])


def _before_stop(cp: np.ndarray, at: np.ndarray, k: int) -> np.ndarray:
    """The ``k`` code points before each stop at ``at`` (a space before the text's start), one row per stop: only the
    few characters around each stop are read."""
    offsets = at[:, None] + np.arange(-k, 0)
    return np.where(offsets >= 0, cp[np.clip(offsets, 0, len(cp) - 1)].astype(np.int64), 32)


def _abbreviation(cp: np.ndarray, at: np.ndarray, words: np.ndarray) -> np.ndarray:
    """Whether each stop at ``at`` closes one of ``words`` (rows of code points, all of one length) standing alone
    (no ASCII letter before it)."""
    before = _before_stop(cp, at, words.shape[1] + 1)
    lower = before[:, 0] | 32  # (an ASCII letter folded to lower case)
    return (before[:, None, 1:] == words).all(axis=2).any(axis=1) & ~((lower >= 97) & (lower <= 122))


def _month_day(cp: np.ndarray, at: np.ndarray) -> np.ndarray:
    """Whether each stop at ``at`` closes a month's abbreviation ("Feb.", "Sept.") that stands alone and a digit
    follows its space."""
    n = len(cp)
    after = np.minimum(at + 2, n - 1)
    digit = (at + 2 < n) & (cp[after] >= 48) & (cp[after] <= 57)
    return (_abbreviation(cp, at, _MONTH_ABBREVIATIONS) | _abbreviation(cp, at, _SEPT[None, :])) & digit


#: titles and the mountain's abbreviation before a name ("Mt. Baflun", "Gen. Suheil al-Hassan"): no sentence ends after one
_TITLE_ABBREVIATIONS = tuple(
    np.array([[ord(c) for c in w] for w in words])
    for words in (("Mt", "Dr", "Mr", "St", "Lt"), ("Gen", "Col", "Maj", "Sgt"), ("Capt", "Brig"))
)


def _title(cp: np.ndarray, at: np.ndarray) -> np.ndarray:
    """Whether each stop at ``at`` closes a title's or a mountain's abbreviation ("Mt.", "Gen.", "Capt.") that stands
    alone."""
    out = np.zeros(len(at), dtype=bool)
    for words in _TITLE_ABBREVIATIONS:
        out |= _abbreviation(cp, at, words)
    return out


def _initials(cp: np.ndarray, at: np.ndarray) -> np.ndarray:
    """Whether each stop at ``at`` closes initials ("U.S.", "U.N."): a capital letter, a stop, a capital letter
    ("The U.S. Air Force has bombarded …" is one sentence)."""
    before = _before_stop(cp, at, 3)
    capital = (before >= 65) & (before <= 90)
    return capital[:, 0] & (before[:, 1] == 46) & capital[:, 2]


def _sentence_breaks(cls: np.ndarray, cp: np.ndarray | None = None) -> np.ndarray:
    """Offsets where a sentence starts: after .!? (+ closing quote) and white space before a word that is not in
    lower case, or a newline; not after a month's abbreviation before a day ("Feb. 27") when the code points
    ``cp`` are given.
    ``cls`` is :func:`_classes` of the text's code points."""
    # the few stops and newlines are listed in one pass, and only their neighbours are looked at (a closer is
    # neither, so a break after a stop and one after its closer never fall on the same offset)
    at = np.flatnonzero((cls[:-1] & (_C_STOP | _C_NEWLINE)) != 0)  # (a boolean array: nonzero reads it fastest)
    ends = cls[at]
    stop = (ends & _C_STOP) != 0
    after = cls[at + 1]  # (at + 1 < len(cls): the last character is never listed)
    # (not before a lower-case word: "U.S. fighter jets", "approx. 40" go on)
    nxt = cls[np.minimum(at + 2, len(cls) - 1)]
    spaced = stop & ((after & _C_SPACE) != 0) & ((nxt & _C_LOWER) == 0)
    if cp is not None and spaced.any():
        spaced[spaced] = ~(_month_day(cp, at[spaced]) | _initials(cp, at[spaced]) | _title(cp, at[spaced]))
    first = at[((ends & _C_NEWLINE) != 0) | spaced] + 1
    closed = at[stop & ((after & _C_CLOSER) != 0) & (at + 2 < len(cls))]
    closed = closed[(cls[closed + 2] & _C_SPACE) != 0] + 2  # "… end.” Next"
    return np.sort(np.concatenate([first, closed])) if closed.size else first


def _sentence_at(text: str, bounds, pos: int) -> tuple[str, int]:
    """The sentence around ``pos`` given the sorted sentence start offsets."""
    i = bisect.bisect_right(bounds, pos) - 1
    start = bounds[i] if i >= 0 else 0
    end = bounds[i + 1] if i + 1 < len(bounds) else len(text)
    raw = text[start:end]
    lead = len(raw) - len(raw.lstrip())
    return raw.strip(), start + lead


def _cached_sentence(text: str, bounds, pos: int, sentences: dict[int, tuple[str, int]]) -> tuple[str, int]:
    """:func:`_sentence_at`, kept per sentence index in ``sentences`` (the report's, shared by its mentions)."""
    i = bisect.bisect_right(bounds, pos) - 1
    sentence = sentences.get(i)
    if sentence is None:
        sentence = sentences[i] = _sentence_at(text, bounds, pos)
    return sentence


def _sentence_start(bounds, pos: int) -> int:
    """Where the sentence holding the character before ``pos`` starts (``bounds``: the sentence starts)."""
    return bounds[bisect.bisect_right(bounds, pos - 1) - 1] if bounds else 0


#: a dateline after the place that opens a sentence: "DAMASCUS, Syria –", "Damascus, SANA –", "HOMS (Reuters) -",
#: "Aleppo, Syria (AP) —" (the city the report was filed from, not where its news happened)
_DATELINE_AFTER = re.compile(
    # ("CITY, Country –" / "CITY, AGENCY –" / "CITY (Agency) -"; an all-capital "BEIRUT –"; not "Damascus – Palmyra road")
    # ("BEIRUT (Dispatches) -- Syrian forces …": an agency's name of up to twelve letters)
    # ("BEIRUT -- Syrian rebels …", "AMMAN: The last rebel-held town …", "DAMASCUS, July 6 (Xinhua) -- …")
    # ("DAMASCUS , Syria, Aug. 6 (UPI) --": the date after the country)
    r"\s*,\s*[A-Z][A-Za-z]+(?:\s+(?:[A-Z][a-z]+|\d{1,2})){0,2}"
    r"(?:\s*,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?))?(?:\s*\([A-Za-z]{2,12}\))?\s*(?:--|[–—-])\s"
    r"|(?:\s*,\s*[A-Z][A-Za-z]+)?\s*\([A-Za-z]{2,12}\)\s*(?:--|[–—-])\s"
    # ("BEIRUT | Backed by U.S.-led coalition airstrikes, …": a bar; "BEIRUT  - Eight Iranians were …": a hyphen)
    r"|(?<=[A-Z]{3})\s*(?:--|[–—:|-])\s"
    # ("Damascus, Jan 24 (IANS) Syrian forces …": a date and an agency, no dash)
    r"|\s*,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\([A-Za-z]{2,12}\)\s+(?=[A-Z])"
    # ("BEIRUT/ANKARA (REUTERS) -", "Beirut/Ankara (Reuters) -": two cities)
    r"|(?:\s*/\s*[A-Z][A-Za-z]{2,})+\s*(?:\([A-Za-z]{2,12}\)\s*)?(?:--|[–—:-])\s"
    # ("BEIRUT Villages controlled by the Manbij Military Council will be handed …": a capitals dateline, no mark)
    r"|(?<=[A-Z]{5})\s+(?=[A-Z][a-z]+\s+[a-z])"
)


def filed_from(m: Mention) -> bool:
    """Whether ``m`` is the city a report was filed from: a capitalised name opening its sentence and followed by a
    dateline ("BEIRUT (Reuters) -", "DAMASCUS, Syria –").  Where the reporter sat is not where the news happened, and
    it is no context for the report's other names."""
    return (
        m.start == m.sentence_start
        and m.surface[:1].isupper()
        and _DATELINE_AFTER.match(m.sentence, m.end - m.sentence_start) is not None
    )


def sentences(text: str) -> list[tuple[str, int]]:
    r"""The sentences of ``text``, cut where the mention finder cuts them (after ``.!?`` and white
    space before a word not in lower case, or at a newline), so an offset here is a mention's ``sentence_start``.

    Parameters
    ----------
    text : str
        A report's full text.

    Returns
    -------
    list of (str, int)
        Each sentence (stripped) and its offset in ``text``, in text order (the finder reads a
        long text in 64 KiB chunks cut after a newline or a space, and keeps the same cuts).

    >>> sentences("Clashes in Idlib. Jets strike IS targets, kill 20.\n\nNo news.")
    [('Clashes in Idlib.', 0), ('Jets strike IS targets, kill 20.', 18), ('No news.', 52)]
    """
    cp = code_points(text)
    bounds = [0, *_sentence_breaks(_classes(cp), cp).tolist()] if len(text) > 1 else [0]
    out: dict[int, str] = {}
    for b in bounds:
        sentence, start = _sentence_at(text, bounds, b)
        if sentence:
            out.setdefault(start, sentence)
    return [(s, o) for o, s in out.items()]


def _raw_matches(
    text: str, gaz: Gazetteer, cp: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[int]]:
    """Skeleton matches in ``text`` that start with a capital (or Arabic script),
    leftmost-longest without overlap: an (n, 4) array of (start, end, word start, word
    end) — the match and the whole words it sits in — with the n key numbers (see
    ``Gazetteer.automaton_keys``); plus the sentence starts.  ``cp`` is
    :func:`geo.names.code_points` of ``text`` when the caller has it already."""
    spans: list[np.ndarray] = []
    keys: list[np.ndarray] = []
    breaks: list[np.ndarray] = []
    cues: list[int] = []
    auto = gaz.automaton
    n = len(text)
    pos = 0
    while pos < n:
        end_chunk = min(n, pos + _CHUNK)
        if end_chunk < n:  # cut at a paragraph break or space so names are not split
            cut = text.rfind("\n", pos + _CHUNK // 2, end_chunk)
            if cut < 0:
                cut = text.rfind(" ", pos + _CHUNK // 2, end_chunk)
            end_chunk = cut + 1 if cut > 0 else end_chunk
        sk = skeleton_text(text[pos:end_chunk], codepoints=None if cp is None else cp[pos:end_chunk])
        cls = _classes(sk.codepoints)
        brk = _sentence_breaks(cls, sk.codepoints) + pos
        if end_chunk < n and text[end_chunk - 1] == "\n":
            brk = np.append(brk, end_chunk)  # the chunk ends on a newline: the next line starts a sentence
        breaks.append(brk)
        # leftmost-longest, non-overlapping; keys start with a space, their end is checked here
        # (end, number) pairs read straight into one array: no Python tuple is unpacked per match
        found = np.fromiter(itertools.chain.from_iterable(auto.iter_long(sk.text)), dtype=np.int64).reshape(-1, 2)
        rescued = False
        here = len(spans)  # this chunk's spans start there
        while len(found):
            ends = found[:, 0]  # the key's last character
            numbers = found[:, 1]  # the key's number
            first = ends + 1 - gaz.automaton_lengths[numbers]  # its first character
            capital = np.take(_CAPITAL, np.take(sk.codepoints, sk.source[first]), mode="clip")
            cues += _lower_case_matches(text, pos, sk, first, capital, gaz.automaton_sorts[numbers])
            word_end = _at_word_end(sk.codes, ends)
            ends, numbers = _shorter_keys(sk, auto, numbers, first, ends, capital & ~word_end)
            ok = capital & _at_word_end(sk.codes, ends)
            idx = np.flatnonzero(ok)
            if idx.size:
                a0 = sk.source[first[idx]]
                b0 = sk.source[ends[idx]] + 1
                a, b = _whole_words(sk.codepoints, cls, a0, b0)
                spans.append(np.column_stack([a0, b0, a, b]) + pos)
                keys.append(numbers[idx])
            found = _hidden_matches(sk, gaz, numbers, first, ends, ok)
            rescued = rescued or bool(len(found))
        if rescued:  # the spans and cue phrases of this chunk in text order again, each once
            cues = sorted(set(cues))
            if len(spans) > here + 1:
                chunk_spans, chunk_keys = np.concatenate(spans[here:]), np.concatenate(keys[here:])
                order = np.lexsort((-chunk_spans[:, 1], chunk_spans[:, 0]))
                chunk_spans, chunk_keys = chunk_spans[order], chunk_keys[order]
                # (a match inside a longer one, found again from inside a refused match, is part of it)
                inside = np.zeros(len(chunk_spans), dtype=bool)
                inside[1:] = chunk_spans[1:, 1] <= np.maximum.accumulate(chunk_spans[:, 1])[:-1]
                spans[here:], keys[here:] = [chunk_spans[~inside]], [chunk_keys[~inside]]
        pos = end_chunk
    return (
        np.concatenate(spans) if spans else np.zeros((0, 4), dtype=np.int64),
        np.concatenate(keys) if keys else np.zeros(0, dtype=np.int64),
        np.concatenate(breaks) if breaks else np.zeros(0, dtype=np.int64),
        cues,
    )


_LOWER_BEARING = re.compile(r"(?:east|west|north|south)(?:ern)? [A-Z]")


def _lower_case_matches(
    text: str, pos: int, sk, first: np.ndarray, capital: np.ndarray, sorts: np.ndarray
) -> list[int]:
    """Look at the matches that start in lower case: accept (in ``capital``, in place) a name
    the gazetteer knows with a bearing the text writes in lower case ("the eastern Ghouta"
    is Eastern Ghouta), and return where the cue phrases (:data:`geo.names.CUE_PHRASES`,
    "village of") start.  ``sorts``: each match's key sort (see ``Gazetteer.automaton_sorts``)."""
    cues = []
    idx = np.flatnonzero(~capital & (sorts > 0))  # (read out as Python numbers at once: no numpy scalar per match)
    for i, at, sort in zip(idx.tolist(), sk.source[first[idx]].tolist(), sorts[idx].tolist()):
        if sort == 1:
            cues.append(pos + at)
        elif _LOWER_BEARING.match(text, pos + at):
            capital[i] = True
    return cues


def _at_word_end(codes: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Whether the skeleton character after each key end is a separator or a batch boundary."""
    after = codes[ends + 1]
    return (after == SEP) | (after == _BOUNDARY_CODE)


_BOUNDARY_CODE = ord(BOUNDARY)
#: the marks that write a final ayn in a transliterated name ("Mare’", "Deir Hafer'")
_AYN = frozenset("’'ʿʻ`")


def _hidden_matches(
    sk, gaz: Gazetteer, numbers: np.ndarray, first: np.ndarray, ends: np.ndarray, ok: np.ndarray
) -> np.ndarray:
    """The matches that a refused match running over a word break hid: the matcher is
    leftmost-longest, so "the Latakia road" matched the key of "Za Lat" (refused: it starts
    in lower case and ends inside a word) and never saw "Latakia", which starts inside it.
    Each such span is searched again from its second word (``numbers``: each match's key number):
    an (n, 2) array of (end, key number) like the matcher's."""
    none = np.zeros((0, 2), dtype=np.int64)
    bad = np.flatnonzero(~ok)
    if not bad.size:
        return none
    gaps = gaz.automaton_gaps[numbers[bad]]  # most refused matches are one word: no space in them
    spans = gaps >= 0
    if not spans.any():
        return none
    bad = bad[spans]
    cuts = first[bad] + gaps[spans]  # the space before the second word
    text, lengths, auto = sk.text, gaz.automaton_lengths, gaz.automaton
    # only a name that starts inside the refused span was hidden (the matcher went on after its end): the search
    # reaches no further than the longest key from there — past the next accepted match too, which a longer hidden
    # name may contain ("in the Karm al-Zeitoun district": "the Ka" refused, "Zeitoun" accepted, "Karm al-Zeitoun"
    # hidden; the caller drops a match a longer one contains)
    reach = int(lengths.max()) + 1
    out: list[tuple[int, int]] = []
    done = -1  # where the last search stopped: a refused match inside it was searched already
    for f, cut, e in zip(first[bad].tolist(), cuts.tolist(), ends[bad].tolist()):
        if f < done:
            continue
        done = e + reach
        # (on a slice: the matcher converts the whole string it is given, whatever the bounds)
        for end, number in auto.iter_long(text[cut:done]):
            start = cut + end + 1 - int(lengths[number])
            if start > e:
                done = start
                break
            out.append((cut + end, number))
    return np.array(out, dtype=np.int64).reshape(-1, 2) if out else none


def _shorter_keys(sk, auto, numbers, first, ends, retry):
    """Where the longest key ran on into the next word ("Aleppo Airports" for
    "Aleppo airport"), fall back to the longest shorter key that ends at a word end
    (``numbers``: each match's key number; new arrays are returned)."""
    idx = np.flatnonzero(retry)
    if not idx.size:
        return ends, numbers
    ends = ends.copy()
    numbers = numbers.copy()
    text = sk.text
    for i, f, e in zip(idx.tolist(), first[idx].tolist(), ends[idx].tolist()):
        cut = text.rfind(" ", f, e + 1)
        while cut > f:
            number = auto.get(" " + text[f:cut], None)
            if number is not None:
                ends[i] = cut - 1
                numbers[i] = number
                break
            cut = text.rfind(" ", f, cut)
    return ends, numbers


def _whole_words(cp: np.ndarray, cls: np.ndarray, a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Grow spans to whole words (a dropped final 'h', an Arabic article prefix), without a
    trailing possessive apostrophe ("Assad’ forces") — for all spans at once."""
    breaks = np.flatnonzero((cls & _C_WORD) == 0)
    b0 = b
    k = np.searchsorted(breaks, b)
    b = np.where(k < len(breaks), breaks[np.minimum(k, len(breaks) - 1)], len(cp))
    k = np.searchsorted(breaks, a) - 1
    a = np.where(k >= 0, breaks[np.maximum(k, 0)] + 1, 0)
    b = b - (np.take(_APOS_TABLE, cp[np.maximum(b - 1, 0)], mode="clip") & (b - 1 > a))
    # "Aleppo’s countryside": the name ends before an English possessive its match stops at
    poss = (b - 2 >= b0) & np.take(_APOS_TABLE, cp[np.maximum(b - 2, 0)], mode="clip")
    poss &= (cp[np.maximum(b - 1, 0)] | 32) == 115  # s or S
    return a, b - 2 * poss


def _article_before(text: str, a: int) -> int:
    """Start of an article written before offset ``a`` ("Al-", "el-", "Al "), else ``a``
    (the forms of :data:`_ARTICLE_BEFORE`, looked up as strings)."""
    if a > 2 and text[a - 1] in _ARTICLE_JOINERS and text[a - 2] in _ARTICLE_LAST:  # only then can one precede
        for k in (3, 4):
            if text[a - k : a] in _ARTICLES_BEFORE and (
                a == k or not (text[a - k - 1].isalnum() or text[a - k - 1] == "_")
            ):
                return a - k
    if (
        a > 1
        and text[a - 2 : a] in _LONE_ARTICLES
        and (a == 2 or not (text[a - 3].isalnum() or text[a - 3] == "_"))
        and text[a : a + 1] in _SUN_INITIALS
    ):
        return a - 2  # Syria Direct's lone "a-" before a sun letter: "the town of a-Sahel", "a-Latamneh"
    return a


#: a lone article "a-" (Syria Direct's transliteration before a sun letter) and the capitals it may precede
_LONE_ARTICLES = frozenset(("a-", "A-", "a‐", "A‐"))
_SUN_INITIALS = frozenset("TDRZSNL")
#: the articles :data:`_ARTICLE_BEFORE` matches, with their joiner ("al-", "Al ", "Ash-" …)
_ARTICLES_BEFORE = frozenset(
    [f"{w}{j}" for w in ("al", "an", "el", "ar", "as", "at", "az", "ash", "ath", "adh", "ad") for j in "-‐"]
    + [
        f"{w.capitalize()}{j}"
        for w in ("al", "an", "el", "ar", "as", "at", "az", "ash", "ath", "adh", "ad")
        for j in "-‐"
    ]
    + ["AL-", "EL-"]  # ("have fully liberated AL-Mayadeen")
    + [f"{w} " for w in ("Al", "El", "An", "Ar", "As", "Ash", "At", "Az", "Ad", "Ath", "al", "el")]
)


_COMPOUND = re.compile(r"\b(north|south)[\s-]+(?=(?:east|west))")  # "north-west", "south east"


def _tail_words(low_before: str) -> list[str]:
    """The last six words before a mention (given lower-cased), hyphens split."""
    words = low_before.replace("-", " ").rstrip(" ,").rsplit(None, 6)
    return words[1:] if len(words) == 7 else words


#: the words of a city's quarter named before them: "the eastern Sakhour district"
_QUARTER_WORDS = frozenset(("district", "neighbourhood", "neighborhood", "quarter", "suburb"))
#: the words that make one bearing with a "north" or "south" before them ("east", "western"): without one of them
#: :func:`_join_bearings` has nothing to join
_BEARING_TAILS = frozenset(d[5:] for d in _DIRECTIONS if d.startswith(("north", "south")) and len(d) > 5)


def _join_bearings(words: list[str]) -> list[str]:
    """``words`` with compound bearings split by :func:`_tail_words` or written with a
    space joined again (["north", "west"] -> ["northwest"])."""
    out: list[str] = []
    for w in words:
        if out and out[-1] in ("north", "south") and out[-1] + w in _DIRECTIONS:
            out[-1] += w
        else:
            out.append(w)
    return out


def _find_lead(low: str, lead: str) -> int:
    """Where the last ``lead`` word (as :func:`_tail_words` spelled it) starts in ``low``."""
    if lead in _ABBREVIATED:
        return low.rfind(lead + " of")  # one or two letters: the one right before "of"
    k = low.rfind(lead)
    if lead.startswith(("northe", "northw", "southe", "southw")):
        for m in _COMPOUND.finditer(low, k + 1):
            if low.startswith(lead[5:9], m.end()):
                k = m.start()
    return k


_BASE_AFTER = {("air", "base"), ("air", "force"), ("air", "field"), ("military", "airport"), ("military", "airbase")}
_BASE_WORDS = frozenset(("airbase", "airport", "airfield", "base"))


def _cue(words: list[str], nxt: list[str]) -> str:
    """Kind hint from the words around a name ("the base of X", "X road"); ``nxt`` are the
    (lower-cased) two words after it."""
    if nxt:
        w0 = nxt[0]
        if w0 in _BASE_WORDS or tuple(nxt) in _BASE_AFTER:
            return "base"
        if w0 in _AFTER_CUES:
            return _AFTER_CUES[w0]
        if w0 in _CAMP_KIND_WORDS and nxt[1:2] in (["camp"], ["camps"]):
            return "camp"  # "al-Rukban refugee camp": the camp, not a town of that name
    if words and words[-1] == "capital" and "the" in words[-3:-1]:
        return "city"  # "the capital Damascus", "the Syrian capital Damascus": the city, not its governorate
    if len(words) >= 2:
        last = words[-1]
        if last == "the":
            words = words[:-1]
            last = words[-1] if words else ""
        if last == "of" and len(words) >= 2:
            k = words[-2]
            if k == "the" and len(words) >= 3:
                k = words[-3]
            if k in ("district", "quarter") and len(words) >= 3 and words[-3] == "central":
                return ""  # "the central district of Tel Rifaat": the town's heart, not a quarter of that name
            return _KIND_WORDS.get(k, "")
        if last == "at" and words[-2] in _BASE_WORDS:
            return "base"  # "a military air base at Al-Jarrah": the base, not a village of that name
        if last in ("and", "or") or last.endswith(","):
            joined = " ".join(words)
            if "villages of" in joined:
                return "village"
            if "towns of" in joined:
                return "town"
    return ""


def find_mentions(report: Report, gazetteer: Gazetteer, *, actors: Actors | None = None) -> list[Mention]:
    """Place mentions in one report (see :func:`find_mentions_many`)."""
    return find_mentions_many([report], gazetteer, actors=actors)[0]


def find_mentions_many(
    reports: Sequence[Report], gazetteer: Gazetteer, *, actors: Actors | None = None
) -> list[list[Mention]]:
    """Place mentions in many reports, in one vectorised pass over their texts.

    Parameters
    ----------
    reports : sequence of Report
    gazetteer : Gazetteer
    actors : Actors, optional
        When given, names that are (part of) an actor alias are not places.

    Returns
    -------
    list of list of Mention
        One list per report, in text order; areal phrases replace their anchors.
    """
    with paused_gc():
        return _find_many(reports, gazetteer, actors)


def _find_many(reports: Sequence[Report], gazetteer: Gazetteer, actors: Actors | None) -> list[list[Mention]]:
    texts = [r.full_text for r in reports]
    sizes = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    offsets = np.zeros(len(texts), dtype=np.int64)
    np.cumsum(sizes[:-1] + len(_JOIN), out=offsets[1:])
    joined = _JOIN.join(texts)
    cp = code_points(joined)
    spans, numbers, breaks, cue_at = _raw_matches(joined, gazetteer, cp)
    lows = _lower_each(cp, texts, offsets)
    # whether each report has a hit at all (then its reader looks further, see below); the hits that are
    # never a mention, dropped in one go here, are not read one by one
    any_hit = np.diff(np.searchsorted(spans[:, 0], [*offsets.tolist(), len(joined)])).astype(bool).tolist()
    named = ~_never_names(gazetteer, actors)[numbers]
    spans = spans[named]
    names = gazetteer.automaton_keys
    keys = [names[k] for k in numbers[named].tolist()]
    # each report's share of the hits, sentence starts and cue phrases, shifted to its own offsets
    cut = [*np.searchsorted(spans[:, 0], offsets).tolist(), len(keys)]
    bcut = [*np.searchsorted(breaks, offsets).tolist(), len(breaks)]
    ccut = [*np.searchsorted(cue_at, offsets).tolist(), len(cue_at)]
    owner = np.repeat(offsets, np.diff(cut))
    # one flat list of Python numbers, four per hit (a list per hit costs its making and its freeing)
    local = (spans - owner[:, None]).ravel().tolist()
    local_breaks = (breaks - np.repeat(offsets, np.diff(bcut))).tolist()
    local_cues = (np.asarray(cue_at, dtype=np.int64) - np.repeat(offsets, np.diff(ccut))).tolist()
    # the reports that name a place by a description (the theatre's epithets): one search of the batch
    epithets = _described(texts, joined, offsets, gazetteer) if gazetteer.epithets else set()
    found: list[list[tuple[Mention, list[str], list[str]]]] = []
    for i, (r, t) in enumerate(zip(reports, texts)):
        lo, hi = cut[i], cut[i + 1]
        cues = local_cues[ccut[i] : ccut[i + 1]]
        described = i in epithets
        if not any_hit[i] and not cues and not described:  # (names after "village of" or "captured" may be there
            found.append([])  # without a known one)
            continue
        bounds = [0, *local_breaks[bcut[i] : bcut[i + 1]]]
        found.append(
            _mentions_in(
                r, t, lows[i], local[4 * lo : 4 * hi], keys[lo:hi], bounds, gazetteer, actors, cues, described=described
            )
        )
    _fill_keys(found)
    govs, rivers = gazetteer.governorate_keys, gazetteer.river_keys
    return [
        _areal(t, low, _compounds(t, f, gazetteer), govs, rivers) if f else [] for t, low, f in zip(texts, lows, found)
    ]


def _described(texts: list[str], joined: str, offsets: np.ndarray, gaz: Gazetteer) -> set[int]:
    """The numbers of the reports that have one of the theatre's epithets.  For each epithet, the batch's lower case
    is searched for the words of its rarest word group (:attr:`Gazetteer.epithet_needs`: every match holds a word
    of each group), a report that has one is tested for a word of each other group, and only then is its pattern
    run on it; an epithet with no groups runs its pattern over the batch."""
    low = joined.lower()
    if len(low) != len(joined):  # (a character whose lower case is two: the patterns read the batch)
        low = ""
    found: set[int] = set()
    for (pattern, _epithet), needs in zip(gaz.epithets, gaz.epithet_needs):
        if needs is None or not low:
            found.update(_reports_at(offsets, [m.start() for m in pattern.finditer(joined)]))
            continue
        rarest = min(needs, key=lambda g: sum(low.count(w) for w in g))
        at = []
        for word in rarest:
            k = low.find(word)
            while k >= 0:
                at.append(k)
                k = low.find(word, k + 1)
        for i in _reports_at(offsets, at):
            if i in found:
                continue
            text = low[offsets[i] : offsets[i] + len(texts[i])]
            if all(any(w in text for w in g) for g in needs) and pattern.search(texts[i]):
                found.add(i)
    return found


def _reports_at(offsets: np.ndarray, at: list[int]) -> set[int]:
    """The numbers of the reports of a joined batch (starting at ``offsets``) that hold the positions ``at``."""
    return set((np.searchsorted(offsets, at, side="right") - 1).tolist()) if at else set()


def _never_names(gaz: Gazetteer, actors: Actors | None) -> np.ndarray:
    """By automaton key number: whether the key is never a mention, being a cue phrase
    ("Village of") or an actor's name ("Assad", frequent in reports).  Made once per gazetteer
    and actor table (kept in :attr:`Gazetteer.memos`, read-only), not once per batch."""
    memo = gaz.memos.setdefault(("never names",), {})  # by the table itself: no other can take its place
    never = memo.get(actors)
    if never is None:
        never = gaz.automaton_sorts == 1
        if actors is not None:
            auto = gaz.automaton
            never[[n for n in (auto.get(f" {k}", -1) for k in actors.keys) if n >= 0]] = True
        never.setflags(write=False)
        memo[actors] = never
    return never


def _fill_keys(found: list[list[tuple[Mention, list[str], list[str]]]]) -> None:
    """Give the names found beyond the gazetteer's keys ("Tell Malah", "the village of
    X") their skeletons, all in one vectorised pass for the batch (in place)."""
    pending = [(f, j) for f in found for j, t in enumerate(f) if t[0].key is None]
    if pending:
        for (f, j), key in zip(pending, skeleton_many([f[j][0].surface for f, j in pending])):
            m, words, nxt = f[j]
            f[j] = (dataclasses.replace(m, key=key), words, nxt)


def _mentions_in(
    report: Report,
    text: str,
    low: str | None,
    spans: list[int],
    keys: list[str],
    bounds: list[int],
    gaz: Gazetteer,
    actors: Actors | None,
    cues: list[int],
    *,
    described: bool = False,
) -> list[tuple[Mention, list[str], list[str]]]:
    """The candidate mentions of one report from its raw hits (``spans`` as in
    :func:`_raw_matches`, flattened: four numbers per hit; with their ``keys``), in text order, each with the words
    before and after it; ``low`` is ``text.lower()``, or ``None`` when a few characters
    lower-case to two (then slices are lower-cased); ``cues`` are where the cue phrases
    ("village of") start.  Names the gazetteer has no key for get ``key=None``, filled in
    by :func:`_fill_keys`.  ``described``: the report has one of the theatre's epithets (see
    :func:`_epithet_named`)."""
    sentences: dict[int, tuple[str, int]] = {}
    out: list[tuple[Mention, list[str], list[str]]] = []
    skip_until = -1
    stop, generic, aliases, english, rid = gaz.stop, GENERIC, gaz.aliases, gaz.english, report.id
    covers = actors.covers if actors is not None else None
    joiners, article_last = _ARTICLE_JOINERS, _ARTICLE_LAST
    bisect_right = bisect.bisect_right
    # the words before each name are read from one lower case of the report with its hyphens
    # as spaces (a semicolon, rare, is spaced slice by slice in _around)
    flat = low.replace("-", " ") if low is not None and ";" not in low else None
    no_place_next, no_place_prev, cue_next, cue_prev = _NO_PLACE_NEXT, _NO_PLACE_PREV, _CUE_NEXT, _CUE_PREV
    key: str | None
    numbers = iter(spans)
    for a0, b0, a, b, key in zip(numbers, numbers, numbers, numbers, keys):
        if a0 < skip_until:  # (cue phrases, "Village of", and actors' names are never here: see _find_many)
            continue
        if a > 1 and text[a - 1] in joiners and (text[a - 2] in article_last or text[a - 2] in "aA"):
            a = _article_before(text, a)  # an article may precede ("al-Bab", and a lone "a-": "a-Sahel")
        if key in generic and a == a0 and not _not_construct(key, text, b):  # "Al-Bab" a name, "Bab" a word
            tail = _name_tail(text, b)
            if tail == b:
                continue  # "Kafr" or "Tell" alone is a word, not a name
            b = skip_until = tail  # "Tell Malah" with only "Tell" known: an unknown name, kept
            key = None  # a name beyond the gazetteer: _fill_keys skeletonises it with the batch
        elif "\u0600" <= text[a] <= "\u06ff":
            run = _AR_RUN_GLOSSED.match(text, b)
            if run is not None:  # "حمرة ناصر Hamra Nasser": the first word is not the name the gloss gives
                b = skip_until = run.end()
                key = None
        surface = text[a:b]
        if "," in surface and _COMMA_WORD.search(surface):
            # "Abu Issa Sheikh, said", "Adra, an industrial town": no name runs over a comma into a word of the sentence
            # (not Sheikh Saeed, nor Adra Industrial): the name before the comma, if any
            b = a + surface.index(",")
            surface, key = text[a:b], None
            if b <= a or surface.lower() in stop:
                continue
        low_surface = low[a:b] if low is not None else surface.lower()
        # ("Mare’", the ayn's mark after it: Marea, not the English word or a stop word)
        ayn = b < len(text) and text[b] in _AYN and not text[b + 1 : b + 2].isalpha()
        if low_surface in stop and not ayn:
            continue
        if covers is not None and (
            covers(text, a, b) or (a0 != a and covers(text, a0, b0)) or _possessive_actor(text, a, b, covers)
        ):
            continue
        words, nxt = _around(text, low, a, b, flat)
        if (
            (nxt and nxt[0] in no_place_next) or (words and words[-1] in no_place_prev) or words[-2:-1] == [_NAMED]
        ) and _names_no_place(text, b, words, nxt):
            continue  # "al-Qaryatayn battle", "Soqur al-Sham", "Jaysh al-Izza", "Euphrates Shield", "Doctor Hussein"
        if _SPEAKER_NAMED.search(text, max(0, a - 60), a) and _SPEAKER_END.match(text, b):
            continue  # '“Regime forces pulled out …,” said Alav Hisên.': the speaker's family name, not a village
        if (
            low_surface in _GIVEN_NAMES
            and nxt
            and nxt[0] not in cue_next
            and surface[:1].isupper()
            and _FAMILY_NAME_AFTER.match(text, b) is not None
        ):
            continue  # "Salim Omar, a local journalist": a man's given name before his family name, not the village
        if (
            len(words) >= 2
            and words[-2] == "abu"
            and low_surface[:3] in ("al-", "el-")
            and words[-1] not in _GENERIC_WORDS
        ):
            continue  # "Abu Jaafar al-Homsi": the end of a man's by-name (where he is from), not the city
        if low_surface.startswith("abu ") and _NISBA_AFTER.match(text, b):
            continue  # "Emir Abu Omar al-Shishani": a man's by-name and where he is from, not the village Abu Omar
        if "\u0600" <= surface[0] <= "\u06ff" and _arabic_street(text, b, words):
            continue  # "شارع تل أبيض", "تل ابيض, Tal Abyad Street": a street named after the town
        if words and (
            # "Kafr Sousa" with only "Sousa" known: a longer name the gazetteer lacks, not Sousa
            (words[-1] in _GENERIC_WORDS and _capital_word_before(text, a, words[-1]))
            # ("Qasou Um Saba": "Um" inside a longer name, after another capitalised word; "Um Dadat" alone may be the
            # press's Dadat)
            or (
                words[-1] == "um"
                and _capital_word_before(text, a, words[-1])
                and _capital_word_before(text, a - len(words[-1]) - 1, words[-2] if len(words) > 1 else "")
            )
            # "Kafrya al-Ma’ara", "Tuweil Al-Haleeb", "the Aqareb al-Safi village": not Marea, Aleppo or Safi (the
            # place its last words name)
            or (
                _named_before_article(text, a, words[-1], gaz, covers)
                and not _title_case(_cached_sentence(text, bounds, a, sentences)[0])
            )
        ):
            a -= len(words[-1]) + 1
            surface, key, words = text[a:b], None, words[:-1]
        cue = (
            _cue(words, nxt)
            if (nxt and nxt[0] in cue_next) or (words and (words[-1] in cue_prev or words[-1][-1:] == ","))
            else ""
        )
        if cue == "quarter" and _PROVINCE_NAMED.search(surface):
            cue = ""  # "the al-Suqaylabiyah district of Hama Province": the district's province, no city's quarter
        if (
            not cue
            and low_surface in english
            and " " not in surface
            and (key if key is not None else skeleton(surface)) not in aliases
            and not ayn
        ):
            continue
        i = bisect_right(bounds, a) - 1
        sentence = sentences.get(i)
        if sentence is None:
            sentence = sentences[i] = _sentence_at(text, bounds, a)
        out.append((_mention(rid, surface, a, b, key, sentence[0], sentence[1], cue), words, nxt))
    if " area" in text:  # (first: the cue loop rebuilds out)
        out.extend(_area_named(report, text, bounds, out, gaz, sentences, covers))
    if cues:
        verbs: list[int] = []
        others: list[int] = []  # (the other cues' readers need not look at the verbs)
        for j in cues:
            (verbs if text.startswith(CAPTURE_CUES, j) else others).append(j)
        cues = others
        out.extend(_unknown_cued(report, text, cues, bounds, out, gaz, sentences, covers))
        if verbs:
            out.extend(_capture_objects(report, text, verbs, bounds, out, gaz, sentences, covers))
        if gaz.borders:
            out = _border_cued(report, text, cues, bounds, out, gaz.borders, sentences)
        if gaz.capital is not None:
            out.extend(_capital_cued(report, text, low, cues, bounds, out, gaz.capital[1], sentences))
    if "(" in text:
        out.extend(_incident_places(report, text, bounds, out, gaz, sentences, covers))
    if described:
        out = _epithet_named(report, text, low, bounds, out, gaz, sentences)
    if len(out) > 1:
        out.sort(key=lambda f: f[0].start)
    return out


def _epithet_named(report: Report, text: str, low: str | None, bounds, found: list, gaz: Gazetteer, sentences) -> list:
    """Places the press names by a description (the theatre's ``[[epithets]]``: "the hometown of the regime’s
    Minister of Defense", "the jungle plain"), on the report's date: a mention whose key is
    :data:`geo.gazetteer.EPITHET_KEY` and the epithet's number.  A name found inside the phrase
    ("the capital and stronghold of the Islamic State" is not Damascus) gives way to it."""
    spans = [
        (m.start(), m.end(), n)
        for n, (pattern, epithet) in enumerate(gaz.epithets)
        if epithet.applies(report.date)
        for m in pattern.finditer(text)
    ]
    if not spans:
        return found
    out = [f for f in found if not any(a < f[0].end and f[0].start < b for a, b, _ in spans)]
    for a, b, n in spans:
        if any(a < b2 and a2 < b and (a2, b2) != (a, b) and b2 - a2 >= b - a for a2, b2, _ in spans):
            continue  # (the longer of two phrases that overlap)
        words, nxt = _around(text, low, a, b)
        sentence = _cached_sentence(text, bounds, a, sentences)
        mention = _mention(report.id, text[a:b], a, b, f"{EPITHET_KEY}{n}", sentence[0], sentence[1], _cue(words, nxt))
        out.append((mention, words, nxt))
    return out


def _around(text: str, low: str | None, a: int, b: int, flat: str | None = None) -> tuple[list[str], list[str]]:
    """The last six words before ``text[a:b]`` (lower case, hyphens split as :func:`_tail_words`
    splits them) and the two after it (punctuation and a possessive stripped: "Aleppo’s
    countryside" is followed by "countryside").  A semicolon ends a word even with no space after
    it (UCDP joins headlines so: "Raqqa countryside;March").  ``flat``: ``low`` with its hyphens
    as spaces, when the text has no semicolon (what the words before are read from, made once
    per report)."""
    lo = a - 60 if a > 60 else 0
    if flat is not None and low is not None:  # no semicolon to space
        words = flat[lo:a].rstrip(" ,").rsplit(None, 6)
        after = low[b : b + 30].split(None, 2)
    elif low is not None:
        words = low[lo:a].replace("-", " ").replace(";", "; ").rstrip(" ,").rsplit(None, 6)
        after = low[b : b + 30].replace(";", "; ").split(None, 2)
    else:
        words = text[lo:a].lower().replace("-", " ").replace(";", "; ").rstrip(" ,").rsplit(None, 6)
        after = text[b : b + 30].lower().replace(";", "; ").split(None, 2)
    if len(words) == 7:
        del words[0]
    if words and words[-1] == "a" and text[a - 2 : a] in ("A-", "a-"):
        del words[-1]  # Syria Direct's lone article: "west of A-Raqqa City" is read as "west of Raqqa City"
    if after and after[0][0] in _APOSTROPHES and after[0][1:].rstrip(_NEXT_PUNCT) == "s":  # "Aleppo’s countryside"
        rest = low[b + 2 : b + 32] if low is not None else text[b + 2 : b + 32].lower()
        after = rest.replace(";", "; ").split(None, 2)
    if not after:
        return words, after
    n0 = after[0].strip(_NEXT_PUNCT)
    if n0[-2:] in _POSSESSIVE:  # "the Salhiyyeh neighborhood’s bombing"
        n0 = n0[:-2]
    return words, ([n0, after[1].strip(_NEXT_PUNCT)] if len(after) > 1 else [n0])


#: what may stand between "the capital" and a name that then carries the mention itself
#: ("the capital Damascus", "the capital, Damascus", "the capital city of Damascus")
_CAPITAL_THEN_NAME = re.compile(r"[ ,]*(?:city\b[ ,]*)?(?:of )?", re.I)
#: a name, known or not, right after "the capital": "the capital Ankara", "the capital, Moscow"
_CAPITAL_NAMED = re.compile(r"[ ,]*(?:city\b[ ,]*)?(?:of )?(?:[A-Z]|[\u0600-\u06ff])")
#: "Ankara, the capital, …": "the capital" in apposition to the name before it, which is the mention
_NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w'’‘`-]*\s*,\s*$")
#: "the capital of Raqqa governorate", "the capital of the so-called Caliphate": another capital
_CAPITAL_OF = re.compile(r"\s+(?:city\s+)?of\b", re.I)


@functools.lru_cache(maxsize=8)
def _capital_before(adjectives: frozenset[str]) -> re.Pattern[str]:
    """``the `` or ``the <adjective> `` ending where "capital" starts ("the Syrian capital")."""
    adj = "|".join(re.escape(a) for a in sorted(adjectives))
    return re.compile(rf"(?:^|(?<=\W))the\s+(?:(?:{adj})\s+)?$" if adj else r"(?:^|(?<=\W))the\s+$", re.I)


def _capital_cued(
    report: Report, text: str, low: str | None, cues: list[int], bounds, found, adjectives: frozenset[str], sentences
) -> list:
    """ "The capital" ("south of the capital", "the Syrian capital"): in a report about the theatre,
    its capital (:attr:`geo.gazetteer.Gazetteer.capital`), a mention whose key is
    :data:`geo.gazetteer.CAPITAL_KEY`.  Not "the Turkish capital" (an adjective the theatre does
    not list), not "the capital of Raqqa governorate", and not "the capital Damascus" nor "Ankara,
    the capital", where the name beside it is the mention (whether the gazetteer knows it or not)."""
    starts: list[int] = []  # (sorted at the first "capital": most reports have none)
    extra: list = []
    for j in cues:
        e = j + 7
        if text[j : j + 7].lower() != "capital" or (e < len(text) and (text[e].isalnum() or text[e] in "-‐")):
            continue  # another cue phrase ("village of"), or "capitalism", "capital-based"
        m = _capital_before(adjectives).search(text, max(0, j - 40), j)
        if m is None or _CAPITAL_OF.match(text, e):
            continue
        if not starts:
            starts = sorted(f[0].start for f in found)
        k = bisect.bisect_left(starts, e)
        if k < len(starts) and starts[k] - e <= 16 and _CAPITAL_THEN_NAME.fullmatch(text, e, starts[k]):
            continue  # "the capital Damascus": the name is the mention
        if _CAPITAL_NAMED.match(text, e):
            continue  # "the capital Ankara": a name the gazetteer may not know, but a name — not the theatre's
        a = m.start()
        if _NAME_COMMA_BEFORE.search(text, max(0, a - 40), a):
            continue  # "Ankara, the capital, said": the name before is the mention
        words, nxt = _around(text, low, a, e)
        sentence = _cached_sentence(text, bounds, a, sentences)
        cue = _cue(words, nxt) or "city"
        extra.append((_mention(report.id, text[a:e], a, e, CAPITAL_KEY, sentence[0], sentence[1], cue), words, nxt))
    return extra


_NEXT_PUNCT = ".,;:!?)\"'”’"
_APOSTROPHES = frozenset("'’‘`")
_POSSESSIVE = frozenset(("’s", "'s"))
#: "Hama's north", "Idlib's south-east": a bearing noun after a possessive, ending the phrase
#: (not "Idlib's southern gateway" nor "Idlib's south gate")
_POSSESSIVE_BEARING = re.compile(
    r"['’]s\s+(?:north|south|east|west)(?:-?(?:east|west))?(?=\s*(?:$|[,.;:)]|(?:and|of|on|in|at|near|after|as|where|"
    r"with|amid|while|to|for|by)\b))",
    re.I,
)
#: a name followed by one of these names a battle, an operation or a street named after the place
_NAMING_NEXT = frozenset(("battle", "operation", "offensive", "street", "square", "roundabout"))
#: words after a name that make it a broadcaster's or a paper's name ("al-Mayadeen TV", "Orient television", "Hawar
#: News Agency", "Qasioun agency")
_OUTLET_NEXT = frozenset(("tv", "television", "channel", "newspaper", "radio", "news", "agency"))
#: a broadcaster's or a paper's type word right before its name: "channel al-Mayadeen", "the daily Tishreen"
_OUTLET_BEFORE = frozenset(("channel", "broadcaster", "daily", "newspaper", "outlet", "website"))
#: the last word of an outlet named for a place ("Halab Today", "Deir Ezzor 24"), with a source's word after it
_OUTLET_TAIL = frozenset(("today", "24"))
_OUTLET_SPEAKS = re.compile(
    r"\s+(?:Today|24)[”\"’']?\s+(?:TV|television|channel|network|news|said|says|reported|reports|quoted|cited|"
    r"correspondent|website)\b",
    re.I,
)
#: capitalised words after a name that make it an operation's name ("Euphrates Shield", "Olive Branch")
_OPERATION_NEXT = frozenset(("shield", "wrath", "spring", "dawn", "storm", "volcano", "branch", "anger"))
#: second halves of faction names ("Soqur al-Sham", "Hurras al-Din", "Jaysh al-Izza")
_FACTION_TAIL = frozenset(
    f"{art}-{w}"
    for art in ("al", "ash", "as", "ad", "an", "ar", "at", "az")
    for w in ("sham", "islam", "din", "izza", "izzah", "haq", "nasr", "rahman", "ahrar", "umma", "ummah", "furqan")
)
#: first words of faction names ("Jaysh al-Izza", "Liwa al-Quds", "Faylaq al-Sham" …)
_FACTION_HEAD = frozenset(
    [
        *("jaysh", "jaish", "jeish", "liwa", "liwaa", "harakat", "haraket", "faylaq", "failaq", "fileq", "jabhat"),
        *("jabhet", "kataib", "katibat", "ansar", "ahrar", "hurras", "huras", "suqur", "soqur", "saraya", "firqat"),
        *("fawj", "tajammu", "jund", "junud", "alwiya", "alwiyat", "fursan", "thuwar"),
    ]
)
_ARTICLE_WORDS = frozenset(("al", "el", "ash", "as", "ad", "an", "ar", "at", "az"))
#: a person's title right before a name: "the Doctor Hussein al-Aaraj" names a man, not the village Husayn
_PERSON_TITLE = frozenset(
    (
        "doctor", "dr", "colonel", "col", "general", "brigadier", "lieutenant", "captain", "mr", "patriarch", "imam",
        "spokesman", "spokeswoman",
    )
)  # fmt: skip
#: a rank before a man's given and family names: "SDF commander Mazloum Abdi", "Defence Minister Murhaf Abu Qasra" (not
#: "kills Hezbollah commander Quneitra province", "killed the IS military chief, Raqqa activists said")
_RANK_BEFORE_NAME = re.compile(r"\b(?:commander|chief|leader|minister)[ ]+[\w’'-]+(?:[ -][\w’'-]+){0,3}$", re.I)


#: the first word after, or the last word before, a name that :func:`_names_no_place` and
#: :func:`_cue` look at: other words need not call them
#: words after a name that always make it something else's name; and with the operations' words, every such word
_NOT_PLACE_NEXT = _NAMING_NEXT | _FACTION_TAIL | _OUTLET_NEXT
#: a speaker's word right after a name, which makes the name a speaker's (a capital's, for its government): "in what
#: Damascus described as continued violations", "…, Hawar said" (not "said to be", a place's state)
_SPEAKS_NEXT = frozenset(
    (
        "said",
        "says",
        "described",
        "called",
        "termed",
        "accused",
        "denied",
        "condemned",
        "blamed",
        "warned",
        "labelled",
        "labeled",
        "dismissed",
        "insisted",
        "insists",
    )
)
_NO_PLACE_NEXT = _NOT_PLACE_NEXT | _OPERATION_NEXT | _OUTLET_TAIL | _SPEAKS_NEXT
#: what opens a clause whose subject is the name right after (a speaker's name: "in what Damascus described", "…, but
#: Damascus says"; not "the rebel factions in southern Syria said", a place inside the subject)
_SPEAKER_OPENS = re.compile(
    # ('…,” Hame said': a quote's close between the comma and the speaker)
    r"(?:^|(?<!\bcapital)[,;:—–][”\"’']?\s*|\b(?:what|but|while|whereas|as)\s+)(?-i:[A-Z])[\w’'-]*"
    r"(?:[ -](?:(?:al|el|ez|ad|as|ar|at|az|ash)-)?(?-i:[A-Z])[\w’'-]*){0,2}$",
    re.I,
)
#: capitals that speak for their governments when they open a clause ("Damascus accused …", "but Ankara says …")
#: verbs that may be a headline's participle ("Eastern Ghouta called 'hell on earth'", "Douma termed a 'massacre'"):
#: a government's words only after "what" ("in what Damascus described as")
_JUDGING_NEXT = frozenset(("described", "called", "termed", "labelled", "labeled"))
_WHAT_BEFORE = re.compile(r"\bwhat\s+(?:[\w’'-]+[ -]){0,2}[\w’'-]*$", re.I)
#: persons whose name follows "named": "a young woman named Mira Thabet", "a widow named Salma" (not "called", which
#: also describes: "A resident called Daraa al-Balad 'a prison'")
_NAMED_PERSON = frozenset(
    (
        "man",
        "woman",
        "girl",
        "boy",
        "child",
        "son",
        "daughter",
        "brother",
        "sister",
        "father",
        "mother",
        "resident",
        "activist",
        "fighter",
        "commander",
        "officer",
        "soldier",
        "doctor",
        "journalist",
        "teacher",
        "student",
        "farmer",
        "shepherd",
        "driver",
        "worker",
        "nurse",
        "medic",
        "volunteer",
        "widow",
        "civilian",
        "paramedic",
        "refugee",
        "cameraman",
        "photographer",
        "pilot",
        "defector",
        "victim",
        "teenager",
        "baby",
        "infant",
        "wife",
        "husband",
        "cousin",
        "uncle",
        "nephew",
        "niece",
        "grandson",
        "granddaughter",
    )
)
_NAMED = "named"
#: common men's given names: a name right after one, capitalised, is a family name ("Khaled Harah, a volunteer"
#: is a man, not the village Harah); names that also begin places ("Tell Hassan", "Ain Issa") are matched whole
_GIVEN_NAMES = frozenset(
    [
        *("mohammed", "muhammad", "mohammad", "mohamed", "ahmed", "ahmad", "khaled", "khalid", "mahmoud", "mahmud"),
        *("mustafa", "moustafa", "mostafa", "moustapha", "mostapha", "omar", "hassan", "hussein", "husayn"),
        *("ibrahim", "ismail", "youssef", "yusuf"),
        *("abdullah", "abdallah", "walid", "samir", "bassam", "firas", "ammar", "anas", "bilal", "hamza", "jamal"),
        *("karim", "majid", "nabil", "rami", "saleh", "tariq", "ziad", "yasser", "fadi", "maher", "marwan", "osama"),
        *("raed", "riad", "ayman", "imad", "mazen", "wael", "zakaria", "nasser", "fawaz", "adnan", "haitham"),
        # ("a Kurdish civilian named Ali Haydar Abdo", "Salim Omar, a local journalist")
        *("ali", "abdul", "abdel", "faisal", "hisham", "fayez", "safi", "sami", "salem", "salim", "adel", "hadi"),
        *("kamal", "munir", "qasim", "qassem", "rashid", "hussam", "mohannad", "louay", "jaber", "khalil", "yahya"),
        # ("SDF spokesman Talal Sello said": a man, not the village Selo)
        *("talal", "jamil", "nizar", "bashar", "hafez", "ghassan", "samer", "issam", "suhail", "suheil", "soheil"),
        # women's ("Maryam al-Shalat was executed": a woman, not the village Shaalah)
        *("maryam", "mariam", "fatima", "fatma", "aisha", "khadija", "zainab", "zeinab", "amina", "asmaa", "samira"),
        # ("activist Taher al-Omar said", "Major General Mufid al-Hassan": a man, not the oil field or a village)
        *("taher", "tahir", "zaid", "zayd", "mufid", "salam", "abdulsalam", "abdulrahman", "abdelrahman", "ayham"),
        # ("Mazloum Abdi", "Farhad Shami", "Murhaf Abu Qasra": commanders and a minister, not villages)
        *("mazloum", "mazlum", "farhad", "murhaf", "ilham", "aldar", "siamand", "nouri", "redur", "fahd", "fahad"),
    ]
)
_RANKS = frozenset(("commander", "chief", "leader", "minister"))
_NO_PLACE_PREV = (
    _FACTION_HEAD | _ARTICLE_WORDS | _PERSON_TITLE | _RANKS | _GIVEN_NAMES | _OUTLET_BEFORE | {"to", _NAMED}
)  # ("loyal to X")
#: a quote's speaker named after its verb: '…,” said Alav ' (the name after it ends the sentence or its clause)
_SPEAKER_NAMED = re.compile(r"[,”\"’']\s*(?:said|says|told|added|stated)\s+(?-i:[A-Z][\w’'-]+)\s+$", re.I)
_SPEAKER_END = re.compile(r"\s*(?:[.,;:]|$)")
#: a capitalised word right after a name: a family name after a given name
_FAMILY_NAME_AFTER = re.compile(
    # (not a title-case headline's next word: "Tribal Fighters Seize Mazloum From SDF", "… in Mazloum Thursday")
    r" +(?!(?:From|After|Before|In|On|At|To|For|With|And|Of|By|Near|Since|As|Into|Amid|Over|Under|Against|Despite|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Town|Village|City|Area|Province|Countryside|Front)\b)"
    r"[A-Z][a-z’'-]+\b"
)
#: the kind of people a camp is for, between its name and "camp": "Rukban refugee camp", "al-Hol displacement camp"
_CAMP_KIND_WORDS = frozenset(("refugee", "refugees", "displacement", "displaced", "idp", "idps"))
_CUE_NEXT = frozenset(_BASE_WORDS | {w for w, _ in _BASE_AFTER} | set(_AFTER_CUES) | _CAMP_KIND_WORDS)
#: a comma and a lower-case word after it, inside a name's span: "Sheikh, said"
_COMMA_WORD = re.compile(r",\s*[a-z]")
_CUE_PREV = frozenset(("the", "of", "and", "or", "capital", "at"))


def _names_no_place(text: str, b: int, words: list[str], nxt: list[str]) -> bool:
    """Whether the name ending at ``b`` is part of the name of a battle, an operation or a
    faction rather than a place: "al-Qaryatayn battle", "Euphrates Shield", "Soqur al-Sham",
    "Jaysh al-Izza" (``words``: the lower-cased words before, hyphens split; ``nxt``: the two
    after)."""
    if nxt:
        if nxt[0] in _NOT_PLACE_NEXT:
            return True
        if nxt[0] in _OPERATION_NEXT and text[b : b + 2].strip()[:1].isupper():
            return True
    if (
        nxt
        and nxt[0] in _OUTLET_TAIL
        and text[b : b + 2].strip()[:1] in ("T", "2")
        # (the source word right after, no comma between: not the headline "Army Pushes Into East Aleppo Today, TV
        # Reports")
        and (_OUTLET_SPEAKS.match(text, b) is not None or words[-2:] == ["according", "to"])
    ):
        return True  # "…, Halab Today reported", "according to Deir Ezzor 24": an outlet's name, not the city
    if words[-2:] in (["loyal", "to"], ["allied", "to"]):
        return True  # "troops loyal to Damascus": the government the capital stands for, not the city
    if (
        nxt
        and nxt[0] in _SPEAKS_NEXT
        and text[b : b + 1] == " "
        and nxt[1:2] != ["to"]
        and (opens := _SPEAKER_OPENS.search(text, max(0, b - 60), b)) is not None
        # (after a comma any name speaks, "…, Hawar said"; opening a clause only a capital, which speaks for its
        # government: not "Aleppo accused the rebels of …")
        and (opens.group()[:1] in ",;:—–" or text[max(0, b - 12) : b].lower().rsplit(None, 1)[-1] in CAPITALS)
        and (nxt[0] not in _JUDGING_NEXT or _WHAT_BEFORE.fullmatch(text, opens.start(), b) is not None)
    ):
        return True  # "in what Damascus described as violations", "but Damascus says": the government speaking
    if words and words[-1] in _OUTLET_BEFORE:
        return True  # "pro-Damascus channel al-Mayadeen", "the daily al-Watan": an outlet's name, not the town
    if (words[-1:] == [_NAMED] and words[-2:-1] and words[-2] in _NAMED_PERSON) or (
        words[-2:-1] == [_NAMED]
        and words[-3:-2]
        and words[-3] in _NAMED_PERSON
        and _capitalised_word_before(text, b, words[-1])
    ):
        return True  # "a young woman named Mira Thabet", "a man named Hussein": a person's name, not a village
    if words:
        head = words[-2] if words[-1] in _ARTICLE_WORDS and len(words) > 1 else words[-1]
        if head in _FACTION_HEAD or words[-1] in _PERSON_TITLE:
            return True
        if (
            words[-1] in _RANKS
            and _RANK_BEFORE_NAME.search(text, max(0, b - 60), b) is not None
            and _FAMILY_NAME_AFTER.match(text, b) is not None
        ):
            return True
        if words[-1] in _GIVEN_NAMES and _capitalised_word_before(text, b, words[-1]):
            return True
    return False


def _capitalised_word_before(text: str, b: int, word: str) -> bool:
    """Whether ``word`` stands capitalised, one space before the name that ends at ``b`` ("Khaled Harah")."""
    m = re.search(rf"(?:^|[^\w’'-])({re.escape(word)})[ ]+[\w’'-]+(?:[ -][\w’'-]+){{0,3}}$", text[:b], re.I)
    return bool(m and m.group(1)[:1].isupper())


#: generic first words of names in Latin script, lower-cased (see geo.names.GENERIC)
_GENERIC_WORDS = frozenset(
    (
        *("tell", "tel", "tal", "tall", "jabal", "jebel", "kafr", "kfar", "deir", "dayr", "ain", "ayn", "khan", "wadi"),
        *("ras", "bab", "umm", "abu", "beit", "bayt", "sheikh", "shaykh", "qalaat", "qalat", "maarat", "jisr"),
        *("nahr", "bir", "khirbet", "khirbat", "mazraat", "marj", "harat", "hammam", "sahl", "jubb", "qasr"),
        *("qaryat", "tlul", "bustan", "bostan"),
    )
)


#: skeletons of the generic words in the construct state, whose "-at" the skeleton drops
#: ("Maarat" → ``mara``, "Khirbet" → ``khirba``)
_CONSTRUCT_KEYS = frozenset(skeleton_many(["Maarat", "Qalaat", "Khirbet", "Mazraat", "Harat", "Qaryat"]))


def _not_construct(key: str, text: str, b: int) -> bool:
    """Whether a word matching a construct-state generic word (``Maarat``) is written without
    its t, and so is a name of that shape, not the generic word: "Marea" (مارع) and "Mare'"
    fold to Maarat's skeleton, but the generic word ends in t ("Maarat", "Ma'arrat", "Maaret")."""
    if key not in _CONSTRUCT_KEYS:
        return False
    end = b
    while end > 0 and text[end - 1] in _APOSTROPHES:
        end -= 1
    return end > 0 and text[end - 1] not in "tT"


#: Arabic words for a street, a roundabout, a square: the name after one is the street's
_AR_STREET_WORDS = frozenset(("شارع", "بشارع", "دوار", "بدوار", "ساحة", "بساحة"))
#: an Arabic name's Latin gloss ending in "Street" (Airwars' "تل ابيض, Tal Abyad Street")
_AR_STREET_GLOSS = re.compile(
    r"[ \t,،]*(?:(?:[Aa]l|[Ee]l)[- ])?[A-Z][\w'’‘`-]*(?:[ -](?:(?:[Aa]l|[Ee]l)[- ])?[A-Z][\w'’‘`-]*){0,3}[ \t]+"
    r"(?:[Ss]treet|[Ss]quare|[Rr]oundabout)\b"
)


#: the rest of an Arabic-script name glossed in Latin script right after it (Airwars' "حمرة ناصر Hamra
#: Nasser village"): one or two more Arabic words, none a preposition, "and" — spaced or glued
#: ("الصالحية و السوسة", "حلب وإدلب" are lists; وادي, a valley, may follow) — nor a type word ("سراقب
#: مدينة Saraqib city"), then only spaces, commas or direction marks before a Latin letter
_AR_LETTERS = "\u0620-\u065f\u066e-\u06d3\u06fa-\u06ff"
_AR_RUN_GLOSSED = re.compile(
    rf"(?:[ \u200c-\u200f]+(?!(?:و|وال|في|من|على|عن|إلى|الى|قرب|بين)[ \u200c-\u200f,]|وال|و(?!ادي)"
    rf"|(?:مدينة|بلدة|قرية|حي|مخيم|ناحية)(?![{_AR_LETTERS}]))[{_AR_LETTERS}]"
    rf"[{_AR_LETTERS}\u200c-\u200f]*){{1,2}}(?=[ \t,\u060c:\u200c-\u200f]*[A-Za-z])"
)


def _arabic_street(text: str, b: int, words: list[str]) -> bool:
    """Whether the Arabic-script name ending at ``b`` names a street, a square or a roundabout:
    after شارع (street), دوار (roundabout), ساحة (square), or glossed in Latin script with
    "Street" after it (``words``: the words before the name)."""
    return bool(words and words[-1] in _AR_STREET_WORDS) or _AR_STREET_GLOSS.match(text, b) is not None


def _capital_word_before(text: str, a: int, word: str) -> bool:
    """Whether ``word`` stands right before offset ``a``, capitalised ("Kafr Sousa")."""
    k = a - len(word) - 1
    return k >= 0 and text[a - 1] == " " and text[k].isupper() and (k == 0 or not text[k - 1].isalnum())


def _named_before_article(text: str, a: int, word: str, gaz: Gazetteer, covers) -> bool:
    """Whether the name at ``a``, which opens on an article ("al-Ma’ara"), ends a longer name whose first word,
    ``word`` (lower-cased), stands capitalised one space before it and is a word the gazetteer and the actors do not
    know: no everyday or stop word ("Bombing al-Marj", "Central Ar Raqqa"), possessive ("Syria's al-Bab"), adjective,
    community or compass word, place ("Iraq al-Tanf", "Khwein al-Kabir"), man's given name or title, or actor's
    name."""
    if not (text[a : a + 3] in _ARTICLES_BEFORE or text[a : a + 4] in _ARTICLES_BEFORE):
        return False
    if not _capital_word_before(text, a, word) or not (word.isalpha() or _APOSTROPHE_WORD.fullmatch(word)):
        return False
    start = a - len(word) - 1
    return not (
        word in _CALENDAR_WORDS
        or _verb_form(word, gaz)
        or word in gaz.english
        or word in gaz.stop
        or word in _NO_PLACE_PREV
        or word in _DIRECTIONS
        or word in _COMMUNITY_WORDS
        or word in _PLACE_NOUNS
        or _ADJECTIVE_END.search(word) is not None
        or bool(gaz.candidates(skeleton(word)))
        or (covers is not None and covers(text, start, a - 1))
    )


#: a man's nisba (the name of where he is from) after his "Abu" by-name: " al-Shishani", " al-Homsi", " al-Masri"
_NISBA_AFTER = re.compile(
    # (not a village's qualifier: "the village of Abu Omar al-Shamali")
    r" (?:al|el)-(?!(?:Shamali|Gharbi|Sharqi|Janoubi|Janubi|Jnoubi|Qibli|Fawqani|Tahtani|Wastani|Kabiri?|Saghiri?)\b)"
    r"[A-Z][a-z]+(?:i|y)\b(?! (?:village|town|area|district|city|farms?)\b)"
)
#: the stems of the verbs of acts a name follows in a headline or a sentence's opening ("Army Retakes Al-Eis",
#: "Recapturing al-Eis cost …"), which the everyday words may lack in these forms
_ACT_STEMS = (
    *("liberat", "recaptur", "captur", "retak", "tak", "seiz", "overr", "regain", "bombard", "assassinat", "besieg"),
    *("shell", "target", "storm", "pound", "strik", "attack", "enter", "rais", "ambush", "free", "clear", "secur"),
    *("advanc", "surround", "encircl", "bomb", "destroy", "hit", "kill", "control", "reach", "evacuat", "withdr"),
)
_VERB_ENDING = re.compile(r"(?:ing|ed|es|s)$")


def _verb_form(word: str, gaz: Gazetteer) -> bool:
    """Whether ``word`` (lower-cased) is an inflected verb: an everyday word or an act's stem with -s, -es, -ed or -ing
    ("retakes", "liberates", "recapturing", "bombards")."""
    m = _VERB_ENDING.search(word)
    if m is None:
        return False
    stem = word[: m.start()]
    return word.startswith(_ACT_STEMS) or any(w in gaz.english for w in (stem, stem + "e", stem[:-1]) if len(w) > 2)


def _title_case(sentence: str) -> bool:
    """Whether ``sentence`` is written in Title Case, as headlines are ("Syrian Army Recaptures Al-Shula Village"):
    most of its words of four letters or more are capitalised, so a capital tells nothing about a name — and at most
    one is not ("… Village from ISIS"; a sentence that lists names, "The Syrian Army seized the towns of Salhiyah,
    Tuweil Al-Haleeb, Tal Khatrah, and Sukariyeh", has its lower-case verbs and nouns)."""
    words = re.findall(r"[^\W\d_]{4,}", sentence)
    lower = sum(not w[0].isupper() for w in words)
    return len(words) >= 3 and len(words) - lower >= 0.6 * len(words) and lower <= 1


#: Arabic nouns of a spot named for the place after them, as Airwars writes them: "al Hadika al Baidaa [the white
#: garden]" in the quarter al-Baidaa, "Mazare al Rawda [al Rawda farms]"
_PLACE_NOUNS = frozenset(("hadika", "hadiqa", "hadaika", "hadiqat", "mazare", "mazari", "mazarea"))
#: a word with an apostrophe inside it, as transliterations write the ayn and hamza ("Jam’eyyat"); not a possessive
_APOSTROPHE_WORD = re.compile(r"[^\W\d_]+[’'‘`][^\W\d_]*(?<![’'‘`]s)")


def _name_tail(text: str, b: int) -> int:
    """End of the capitalised words following offset ``b`` (up to three), in the script of
    the word before it ("كسرة عفنان Kasrat Afnan" is two names, one in each script)."""
    end = b
    tail = _NAME_TAIL_AR if b and "\u0600" <= text[b - 1] <= "\u06ff" else _NAME_TAIL
    for _ in range(3):
        m = tail.match(text, end)
        if not m:
            break
        end = m.end()
    return end


def _unknown_cued(report: Report, text: str, cues: list[int], bounds, found, gaz: Gazetteer, sentences, covers) -> list:
    """Names after "the village of" / "the town of" …, or before "neighbourhood" / "village in" …, that the
    gazetteer does not know.

    They cannot be placed, but they are reported (as unresolved) rather than lost.
    """
    named = _unknown_named(text, cues, bounds, gaz, covers)
    if not named:
        return []
    starts = [f[0].start for f in found]  # found is in text order and non-overlapping
    ends = [f[0].end for f in found]
    extra: list = []
    drop: list[int] = []
    for a, b, cue in named:
        k = bisect.bisect_left(ends, a + 1)  # first span ending after a
        if k < len(starts) and starts[k] < b:
            if starts[k] == a and ends[k] == b and not found[k][0].cue and found[k][0].key is None:
                # ("the three hilltops of Jabal Zubaydi, Tall Daba'a and …": a name the finder built on a generic word
                # is typed by the list it is in)
                found[k] = (dataclasses.replace(found[k][0], cue=cue), found[k][1], found[k][2])
            elif starts[k] == a and _UNKNOWN_TAIL.fullmatch(text, ends[k], b) and not _TYPE_AFTER.match(text, b):
                # "the villages of Tarfawi, Hmimat al-Dair and Tabara": one name the gazetteer lacks whose first word
                # is a place it has (Hmimat, east of Homs) — the name, not Hmimat; the names found inside it go
                found[k] = _longer_name(report, text, a, b, cue, ([], []), bounds, sentences)
                drop.extend(i for i in range(k + 1, len(found)) if starts[i] < b)
            continue
        sentence = _cached_sentence(text, bounds, a, sentences)
        extra.append((_mention(report.id, text[a:b], a, b, None, sentence[0], sentence[1], cue), [], []))
    _drop_found(found, drop)
    return extra


def _area_named(report: Report, text: str, bounds, found, gaz: Gazetteer, sentences, covers) -> list:
    """Names the gazetteer lacks before "area" and a place that holds them: Airwars' "Al Fillat area, Raqqa",
    "Two Bridges area of Raqqa city", SOHR's "al-Zara area in the countryside of Hama" (cue ``area``; placed by
    the resolver where the text puts them, or reported unresolved).  Not a name the gazetteer found, an actor's
    name or an adjective ("the Kurdish area")."""
    spans: list[tuple[int, int]] | None = None
    extra: list = []
    for cue in _AREA_CUE.finditer(text):  # (the caller looked for " area" first: a tenth of the cost)
        name = _name_before(text, cue.start() + 1, bounds, gaz, covers)
        if name is None:
            continue
        a, b = name
        if spans is None:
            spans = sorted((f[0].start, f[0].end) for f in found)
        if text[a].isdigit() or any(s < b and a < e for s, e in spans):
            continue  # ("the 18th area", "Division 17 area": a number names no place; a name the gazetteer found)
        sentence = _cached_sentence(text, bounds, a, sentences)
        extra.append((_mention(report.id, text[a:b], a, b, None, sentence[0], sentence[1], "area"), [], []))
    return extra


def _capture_objects(
    report: Report, text: str, verbs: list[int], bounds, found, gaz: Gazetteer, sentences, covers
) -> list:
    """The names a capture's object lists that the gazetteer lacks: "take control of Al-Toqli & Dudiyan", "SDF
    captured Kharba and al Hussieniya north of Suwar town" (cue ``object``: the resolver draws them where the text
    or their list puts them, or lists them unresolved, so a reported capture is never lost).  The list goes on
    over names the gazetteer knows and ends at an everyday word, an actor's name ("control of ISIS sites") or an
    adjective ("captures Syrian village of Qundarah").  A name of the list the gazetteer has is marked ``object`` too
    (the resolver treats it as one only when no place of that name lies in the area of interest)."""
    spans: list[tuple[int, int]] = []
    extra: list = []
    drop: set[int] = set()  # found names inside a longer name of the list (the "al-Dair" of "Hmimat al-Dair")
    for j in verbs:
        lead = _CAPTURE_LEAD.match(text, j)  # ("took control of the …")
        if lead is not None and not _NAME_START.match(text, lead.end()):
            lead = _NAMELY_LEAD.match(text, j)  # ("captured two villages …, namely A and B")
        if lead is None:
            continue
        k = lead.end()
        m = _CAPTURE_NAME.match(text, k) if _NAME_START.match(text, k) else None
        if m is not None and not spans:
            spans = [(f[0].start, f[0].end) for f in found]
        while m is not None:
            a, b = m.span(1)
            if _CALENDAR.match(text, a, b) or _not_a_name(text, a, b, gaz, covers):
                break
            hit = next((h for h, (s, e) in enumerate(spans) if s < b and a < e), None)
            if hit is None:
                sentence = _cached_sentence(text, bounds, a, sentences)
                extra.append((_mention(report.id, text[a:b], a, b, None, sentence[0], sentence[1], "object"), [], []))
                spans.append((a, b))
            elif hit < len(found) and _named_before_known(text, a, b, hit, spans, gaz, covers):
                # "take control of Tell Foo, Bar Baz and Zuwar Qassab villages": a name the gazetteer lacks whose last
                # word is a place it has (Qassab, in Latakia) — the list names Zuwar Qassab, not Qassab
                found[hit] = _longer_name(report, text, a, b, "object", found[hit][1:], bounds, sentences)
                spans[hit] = (a, b)
            elif hit < len(found) and spans[hit][0] == a and _UNKNOWN_TAIL.fullmatch(text, spans[hit][1], b):
                # "regaining control over the villages of Tarfawi, Hmimat al-Dair, …": a name the gazetteer lacks whose
                # first word is a place it has (Hmimat, east of Homs) and whose last is an article's word — the list
                # names Hmimat al-Dair, and the names found inside it go
                found[hit] = _longer_name(report, text, a, b, "object", found[hit][1:], bounds, sentences)
                drop.update(k for k, (s2, e2) in enumerate(spans[: len(found)]) if k != hit and a <= s2 and e2 <= b)
                spans[hit] = (a, b)
            elif hit < len(found) and not found[hit][0].cue and (found[hit][0].key is None or found[hit][0].start == a):
                # a name the gazetteer lacks that the finder built on a generic word ("Tell Foo"), or a name it has
                # that the list names whole: "regain control of Maardis and Alexandria in the countryside of Hama" —
                # if the only Alexandria is abroad, the resolver draws this one where the list puts it
                f = found[hit]
                found[hit] = (dataclasses.replace(f[0], cue="object"), f[1], f[2])
            m = _CAPTURE_NEXT.match(text, b)
    _drop_found(found, drop)
    return extra


def _longer_name(report: Report, text: str, a: int, b: int, cue: str, words: tuple, bounds, sentences) -> tuple:
    """A found entry (mention, words before, words after) for ``text[a:b]``, a name the gazetteer lacks that a list
    or cue names whole where the finder found a shorter one, with the cue and the ``words`` (before, after) given."""
    sentence = _cached_sentence(text, bounds, a, sentences)
    return (_mention(report.id, text[a:b], a, b, None, sentence[0], sentence[1], cue), *words)


def _drop_found(found: list, indices) -> None:
    """Remove the entries at ``indices`` from ``found`` (names inside a longer name that replaced them)."""
    for k in sorted(set(indices), reverse=True):
        del found[k]


def _named_before_known(
    text: str, a: int, b: int, hit: int, spans: list[tuple[int, int]], gaz: Gazetteer, covers
) -> bool:
    """Whether a capture list's item ``text[a:b]`` is one name the gazetteer lacks that ends in a name it has: the
    found name ``spans[hit]`` is the item's tail, the only found name in it, and every word before it (but an
    article) is a capitalised word that is no everyday word, adjective, compass word or actor's name ("Zuwar Qassab",
    not "Eastern Qalamoun", "Syrian Qassab" or "al-Qassab")."""
    s, e = spans[hit]
    if not (a < s and e == b) or any(a <= s2 < b for k, (s2, _e2) in enumerate(spans) if k != hit):
        return False
    words = [w for w in re.split(r"[ \-]+", text[a:s]) if w and w.lower() not in ("al", "el")]
    return (
        bool(words)
        and all(
            w[0].isupper()
            and not gaz.is_common_word(w)
            and _ADJECTIVE_END.search(w) is None
            and w.lower() not in _DIRECTIONS
            for w in words
        )
        and not (covers is not None and covers(text, a, s))
    )


def _incident_places(report: Report, text: str, bounds, found, gaz: Gazetteer, sentences, covers) -> list:
    """The place of each Airwars incident title that the gazetteer lacks (cue ``incident``): "June 2nd 2017: (S795)
    الرومانية Romaniya, Raqqa governorate, Syria" names Romaniya, which the resolver draws in the governorate after
    the comma, so the incident keeps its own place's name; so does a building or street of the town named next ("Al
    Fawaz Mosque, Raqqa"), drawn at the town (the names ``found`` inside such a name are taken out of it, in place).
    Looked for only after a "(" (one fast scan of the text) that opens an incident code in a dated line."""
    extra: list = []
    k = text.find("(")
    while k >= 0:
        m = _INCIDENT_PLACE.match(text, k) or _INCIDENT_NUMBERED.match(text, k)
        if m is not None and text.rfind(":", max(0, k - 48), k) >= 0:
            a, b = m.span(1)
            facility = _FACILITY_AFTER.match(text, b)
            # "Al Fawaz Mosque, Raqqa", "Abdel Jabbar school, Al Mayadin": a building or street of the town named
            # next, drawn there under its own name (ACLED's nearest known place, a lower precision)
            if facility:
                b = facility.end()
                # (a known name inside the building's is not a place of the title: "Jabbar" of "Abdel Jabbar school")
                found[:] = [f for f in found if not (a <= f[0].start and f[0].end <= b)]
            if not (
                text[a:b].isupper()  # ("(S634) الباردة IDP camp near Al Barda": an acronym names no place)
                or _COUNTED_SITES.match(text, a)  # ("(S536) Several Buildings in Raqqa": no site's name)
                or gaz.is_common_word(text[a:b])
                or any(f[0].start < b and a < f[0].end for f in found)
                or (covers is not None and covers(text, a, b))
            ):
                sentence = _cached_sentence(text, bounds, a, sentences)
                extra.append((_mention(report.id, text[a:b], a, b, None, sentence[0], sentence[1], "incident"), [], []))
        k = text.find("(", k + 1)
    return extra


def _unknown_named(text: str, cues: list[int], bounds, gaz: Gazetteer, covers) -> list[tuple[int, int, str]]:
    """``(start, end, cue)`` of the names the cue phrases at ``cues`` point to: the name after "the
    village of" (each name of the list after "the villages of"), or the one before "neighbourhood" /
    "village in" / "town in" — within the cue's sentence, without a leading everyday word ("In Bab
    al-Nairab neighborhood"), not an actor's name and not an adjective ("a Kurdish village in")."""
    out = []
    for j in cues:
        if j and text[j - 1] != " ":
            continue
        m = _UNKNOWN_CUE.match(text, j)
        while m is not None:  # the name after "the village of", and each after "the villages of A, B and C"
            a, b = m.span(1)
            if (
                gaz.is_common_word(text[a:b])
                or (covers is not None and covers(text, a, b))
                # ("near the towns of Ras al-Ain and Tal Tamr, SOHR reported": a source after the list)
                or _SOURCE_SPEAKS.match(text, b) is not None
            ):
                break  # ("the last town of ISIS"; "the villages of A and SDF fighters …": the list ends)
            word = text[j : text.index(" ", j)].lower()
            out.append((a, b, _KIND_WORDS.get(word, "")))
            # (and "the districts of Sakhur, Haydariya and Sheikh Khodr")
            m = _UNKNOWN_NEXT.match(text, b) if word in _LISTING_CUE_WORDS else None
        # ("Seif Al-Dawla neighborhood of Aleppo city": the name before, when the one after is known)
        word = text[j : j + 14].split(" ", 1)[0].rstrip(",;:.").lower()
        kind = _UNKNOWN_AFTER.get(word)
        if kind is None or j < 2:
            continue
        if word == "district" and _RURAL_DISTRICT.match(text, j):
            continue  # "the Sherawa district of rural Afrin": a district of the countryside, no quarter of a city
        name = _name_before(text, j, bounds, gaz, covers)
        if name is not None:
            out.append((*name, kind))
    return out


def _name_before(text: str, end: int, bounds, gaz: Gazetteer, covers) -> tuple[int, int] | None:
    """``(start, end)`` of the name that ends one space before ``end``, where a type word follows it ("Seif
    al-Dawla neighborhood", "Al Fillat area"): within its sentence, without a leading everyday word, and ``None``
    for an everyday word, an actor's name or an adjective ("a Kurdish village in")."""
    before = _UNKNOWN_BEFORE.search(text, max(_sentence_start(bounds, end), end - 80), end)
    if before is None:
        return None
    a, b = before.span(1)
    owner = max(text.rfind("'s ", a, b), text.rfind("’s ", a, b))
    if owner >= 0:
        a = owner + 3  # "Raqqa's Al Intifada neighbourhood": the city's quarter is named after the possessive
    first, _, rest = text[a:b].partition(" ")
    if rest and gaz.is_common_word(first) and skeleton(first) not in GENERIC:
        # "In Bab al-Nairab neighborhood", "(S1382) Possibly Mashlab neighbourhood": an everyday word is not
        # the name's first (a generic name word is: "Tell Qarah village in")
        a += len(first) + 1
    return None if _not_a_name(text, a, b, gaz, covers) else (a, b)


def _not_a_name(text: str, a: int, b: int, gaz: Gazetteer, covers) -> bool:
    """Whether ``text[a:b]``, where a cue expects a name, is an everyday word, an adjective ("a Kurdish village in",
    "captures Syrian village") or (part of) an actor's name ("control of ISIS sites")."""
    surface = text[a:b]
    return (
        gaz.is_common_word(surface)
        # ("a Kurdish village in"; "the predominantly Armenian Christian town of Kassab": every word an adjective)
        or all(_ADJECTIVE_END.search(w) is not None or w.lower() in _COMMUNITY_WORDS for w in surface.split(" "))
        or (covers is not None and (covers(text, a, b) or _possessive_actor(text, a, b, covers)))
        # ("were able to capture Colonel Abdel Kareem Souleiman": a man named by his rank)
        or surface.split(" ")[0].lower().rstrip(".") in _PERSON_TITLE
        # ("The army took Khan al-Asal, SANA said": a source after the list, never a place; a stop word)
        or surface.lower() in gaz.stop
        or _SOURCE_SPEAKS.match(text, b) is not None
    )


def _possessive_actor(text: str, a: int, b: int, covers) -> bool:
    """Whether ``text[a:b]`` is an actor's name with a possessive ending: "captured IS’ former stronghold", "IS's
    positions" (the acronym's, not al-Eis)."""
    own = _POSSESSIVE_END.search(text, a, b)
    return own is not None and own.start() > a and bool(covers(text, a, own.start()))


#: a possessive ending on a name: "IS’", "IS's"
_POSSESSIVE_END = re.compile(r"[’']s?$")

#: a speech verb right after a name: the name is a source's ("…, SANA said", "…, activists reported")
_SOURCE_SPEAKS = re.compile(r"\s+(?:said|says|reported|reports|announced|claimed|told|added|quoted|cited)\b")


#: "the Syrian-Turkish border", "Syria – Turkey border", "the Lebanese border": one or two country words
#: (joined by a dash, a slash or "and") right before "border"
_BORDER_BEFORE = re.compile(r"(?<![\w'’‘`-])(?:([A-Z][a-z]+)\s*(?:[-‐–—/]|\band\b)\s*)?([A-Z][a-z]+)\s+$")
#: "the border with Jordan", "the border area with Iraq", "the borders with the Turkish side"
_BORDER_WITH = re.compile(r"borders?\s+(?:(?:area|areas|region|strip|line)\s+)?with\s+(?:the\s+)?([A-Z][a-z]+)")
#: "the Turkish border guards", "the Turkish border town of Jarablus": people, or a place named next
_BORDER_NOT = re.compile(
    r"borders?\s+(?:guards?|guardsmen|police|patrols?|forces|troops|soldiers|towns?|villages?|city|cities|provinces?|"
    r"districts?)\b",
    re.I,
)


def _border_cued(
    report: Report, text: str, cues: list[int], bounds, found: list, borders: dict[str, str], sentences
) -> list:
    """ "The Syrian-Lebanese border", "the Turkish border", "the border with Jordan": a mention of the border
    (``relation`` ``border``, ``cue`` ``border:<ISO codes>``) when every country word is one of the theatre's
    (``borders``: word -> ISO code, :attr:`geo.gazetteer.Gazetteer.borders`), replacing the country names
    inside it ("Syria – Turkey border" is not Syria and Turkey)."""
    spans = []
    for j in cues:
        if text[j : j + 6].lower() != "border" or (j and text[j - 1] != " ") or _BORDER_NOT.match(text, j):
            continue
        before = _BORDER_BEFORE.search(text, max(_sentence_start(bounds, j), j - 50), j)
        after = _BORDER_WITH.match(text, j)
        a, b = j, j + (7 if text[j + 6 : j + 7] == "s" else 6)
        codes: set[str] = set()
        if before is not None:  # ("The border with Jordan": "The" is no country, the phrase may still be one)
            known = [borders.get(w.lower()) for w in before.groups() if w]
            if all(known):
                codes.update(c for c in known if c)
                a = before.start()
        if after is not None and after.group(1).lower() in borders:  # "the Syrian border with Lebanon"
            codes.add(borders[after.group(1).lower()])
            b = after.end()
        if codes:
            spans.append((a, b, "+".join(sorted(codes))))
    if not spans:
        return found
    out = found
    for a, b, _ in spans:  # (few: a report names one or two borders)
        out = [f for f in out if not (a <= f[0].start and f[0].end <= b)]
    for a, b, iso in spans:
        sentence = _cached_sentence(text, bounds, a, sentences)
        m = _mention(report.id, text[a:b], a, b, "", sentence[0], sentence[1], f"border:{iso}", relation="border")
        out.append((m, [], []))
    return out


_ROAD_WORDS = frozenset(("highway", "road", "motorway", "route"))
_DASHES = "-‐–—"
_DASH_GAP = re.compile(r"\s*[-‐–—]\s*|\s+to\s+")


def _may_join(text: str) -> bool:
    """Whether ``text`` has a dash or a " to " between white space: what every :data:`_DASH_GAP` and every
    hyphen :func:`_hyphenated` sees holds (a necessary test, by string searches: a regular expression with
    no literal to look for tries every position, and costs more than the loop it would spare)."""
    if "-" in text or "‐" in text or "–" in text or "—" in text:
        return True
    k = text.find("to", 1)
    while k > 0:
        if text[k - 1].isspace() and text[k + 2 : k + 3].isspace():
            return True
        k = text.find("to", k + 2)
    return False


def _compounds(text: str, found: list[tuple[Mention, list[str], list[str]]], gaz: Gazetteer) -> list:
    """Names joined by a dash: "the Damascus – Aleppo highway", "highway of Damascus – Aleppo",
    "Khanasir-Aleppo road" are one road mention, not two cities; and a name that is only the
    first or last part of a hyphenated longer one ("Maar" of "Maar-Shurin") is dropped — a
    fragment of a longer word never places."""
    if not _may_join(text):
        return found
    out = []
    i, n, size = 0, len(found), len(text)
    dashes = _DASHES
    while i < n:
        men, words, _ = found[i]
        a, b = men.start, men.end
        if i + 1 < n:
            nxt_men, _, nxt_after = found[i + 1]
            if (
                nxt_men.start - b <= 6  # " – ", " to ": no longer gap joins two names
                and b < size
                and (text[b] in dashes or text[b].isspace())  # (what _DASH_GAP starts with; not ", ")
                and _DASH_GAP.fullmatch(text, b, nxt_men.start)
                and (_road_word(nxt_after) or _road_of(words))
            ):
                out.append((_road(text, men, nxt_men, nxt_after, words, gaz), words, nxt_after))
                i += 2
                continue
        if ((b + 1 < size and text[b] in dashes) or (a > 1 and text[a - 1] in dashes)) and _hyphenated(text, a, b):
            i += 1
            continue
        out.append(found[i])
        i += 1
    return out


def _road_word(after: list[str]) -> str:
    """The road word that the words after a name start with ("road", "highway"), also after "main", "old" or
    "new" ("Homs - Salamiyah main road"); else ''."""
    if after and after[0] in _ROAD_WORDS:
        return after[0]
    if len(after) > 1 and after[0] in ("main", "old", "new") and after[1] in _ROAD_WORDS:
        return after[1]
    return ""


def _road_of(words: list[str]) -> bool:
    """The words before a name end with "highway (of)", "road (from)" …"""
    w = words[:-1] if words and words[-1] in ("of", "from", "between") else words
    return bool(w) and w[-1] in _ROAD_WORDS


def _hyphenated(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` is glued by a hyphen to a capitalised word after it, or to a
    (non-article) word before it: part of a longer name."""
    if b + 1 < len(text) and text[b] in _DASHES and text[b + 1].isupper():
        return True
    return a > 1 and text[a - 1] in _DASHES and text[a - 2].isalpha() and not _ARTICLE_BEFORE.search(text, 0, a)


def _road(text: str, a: Mention, b: Mention, after: list[str], words: list[str], gaz: Gazetteer) -> Mention:
    """One road mention for "A – B highway" / "highway of A – B", keyed on the gazetteer's
    road of that name if there is one (either order), else on its own name; its ends are its ``anchors`` (for a
    road the gazetteer lacks, drawn between them by the resolver)."""
    start, end = a.start, b.end
    word = _road_word(after)
    if word:
        end = b.end + text[b.end : b.end + 30].lower().index(word) + len(word)
    else:
        lead = next(w for w in reversed(words) if w in _ROAD_WORDS)
        k = text.lower().rfind(lead, max(0, a.start - 30), a.start)
        start = k if k >= 0 else start
        word = lead
    names = [
        f"{x} {y} {w}" for x, y in ((a.surface, b.surface), (b.surface, a.surface)) for w in (word, "highway", "road")
    ]
    keys = skeleton_many(names)
    key = next((k for k in keys if any(p.kind == "road" for p in gaz.candidates(k))), keys[0])
    return _mention(a.report_id, text[start:end], start, end, key, a.sentence, a.sentence_start, "road", anchors=(a, b))


def _areal(
    text: str,
    low: str | None,
    found: list[tuple[Mention, list[str], list[str]]],
    governorates: frozenset[str],
    rivers: frozenset[str] = frozenset(),
) -> list[Mention]:
    """Fold directional / countryside / 'between' / river phrases into areal mentions.

    ``found`` holds each mention with the lower-cased words before and after it;
    ``governorates`` and ``rivers`` are the name keys of the gazetteer's governorates and
    rivers.  An areal mention keeps its anchors, and each anchor is also returned as a
    mention of its own (with ``part_of`` set to the phrase's relation), so "east of Maarat
    Numan" yields the area and the town — except a river, which is no place: "east of the
    Euphrates" yields the area alone."""
    mentions = [f[0] for f in found]
    used: dict[int, str] = {}  # mention index -> relation of the phrase it anchors
    areas: list[tuple[int, Mention]] = []
    if "etween" in text:
        areas += _between_areas(text, (low if low is not None else text.lower()), mentions, used)
    triggers, suffix = _TRIGGERS, _SUFFIX_AREA
    for i, (men, words, nxt) in enumerate(found):
        if i in used:
            continue
        if men.key in rivers:
            hit = _river_areal(text, men, words, nxt)
            if hit is not None:
                used[i] = hit.relation
                areas.append((i, hit))
            elif not _names_no_river(words, nxt):
                mentions[i] = _as_anchor(men, "", "river")  # the river named on its own: never placed
            continue
        if words and "\u0600" <= words[-1][:1] <= "\u06ff":
            hit = _arabic_areal(text, men, words)
        elif (
            triggers.isdisjoint(words)
            and not (nxt and (nxt[0] in suffix or (len(nxt) > 1 and nxt[1] in suffix)))
            and not (nxt and nxt[0] in BEARINGS)
            and not (len(nxt) > 1 and nxt[1] == "and" and nxt[0] in _DIRECTIONS)
        ):
            continue  # no areal word around the name: the common case, decided here
        elif (
            nxt
            and nxt[0] in _QUARTER_WORDS
            and words
            and words[-1] in _DIRECTIONS
            and men.key.removesuffix(" city") not in governorates
        ):
            # "the south-western Dahiyat al-Assad district": where the district named lies, not an area (but "a major
            # eastern Aleppo neighborhood" is one of the city's half)
            continue
        else:
            hit = _english_areal(text, men, words, nxt, governorates)
        if hit is not None:
            used[i] = hit.relation
            areas.append((i, hit))
            if hit.relation == "countryside" and (not nxt or nxt[0] != "of"):
                areas += _spread(text, found, i, hit, used, governorates)
    if "countryside" in (low if low is not None else text.lower()):
        elliptical = _elliptical_countryside(text, low, found, areas, governorates)
    else:
        elliptical = []
    if not areas and not elliptical:
        return mentions
    # each place an area names is a mention of its own: the very anchor record the area holds
    anchor_of = {}
    for _, area in areas:
        for a in area.anchors:
            anchor_of[a.start] = a
    areas += elliptical  # (their anchor was named before, on its own: it stays as it was)
    merged = [
        (m.start, 1, i, (anchor_of.get(m.start) or _as_anchor(m, used[i])) if i in used else m)
        for i, m in enumerate(mentions)
        if used.get(i) not in RIVER_RELATIONS  # a river anchors its phrase, and is no place of its own
    ]
    merged.extend((m.start, 0, i, m) for i, m in areas)  # the area first, then the places it names
    merged.sort()  # (start, area or place, index) is unique: the records themselves are never compared
    return [t[3] for t in merged]


#: "… and clashes in the northern countryside", "… and raids on its countryside": the countryside of a governorate
#: named before in the sentence, left unsaid (not "the countryside of X", nor "X's countryside", found with X)
_BARE_DIRECTION = (
    r"north|south|east|west|northern|southern|eastern|western|north-?east(?:ern)?|north-?west(?:ern)?|"
    r"south-?east(?:ern)?|south-?west(?:ern)?"
)
#: ("the eastern and northeastern countryside": two sides of it, drawn as the first)
_BARE_COUNTRYSIDE = re.compile(
    rf"\b(?:the|its)\s+(?:({_BARE_DIRECTION})(?:\s+and\s+(?:the\s+)?(?:{_BARE_DIRECTION}))?\s+)?countryside$",
    re.I,
)
_COUNTRYSIDE_WORD = re.compile(r"\bcountryside\b(?!\s+of\b|['’]s\b)", re.I)


def _countryside_words(text: str, plain: str | None):
    """The matches of :data:`_COUNTRYSIDE_WORD` in ``text``, found as a string in ``plain`` (``text`` lower-cased
    character for character, see :func:`_bare_countrysides`) and then matched there; without ``plain``, by the
    pattern itself."""
    if plain is None:
        yield from _COUNTRYSIDE_WORD.finditer(text)
        return
    k = plain.find("countryside")
    while k >= 0:
        m = _COUNTRYSIDE_WORD.match(text, k)
        if m is not None:
            yield m
        k = plain.find("countryside", k + 11)


def _bare_countrysides(text: str, low: str | None = None) -> list[re.Match]:
    """Each "the (northern) countryside" or "its … countryside" not followed by "of" or "'s": read backwards from
    the word, at most 48 characters (the phrase is short), so a long text costs one pass.  ``low``: ``text``
    lower-cased character for character, where the word is looked for as a string (a case-blind pattern tries
    every position)."""
    out: list[re.Match] = []
    # a case-blind pattern also reads ſ as s and ı, İ as i, which ``lower`` leaves as they are: a text with one of
    # them is searched with the patterns alone; in any other, "the" or "its" must be there as a string
    plain = low if low is not None and not ("ſ" in text or "ı" in text or "İ" in text) else None
    for word in _countryside_words(text, plain):
        lo = max(0, word.start() - 48, out[-1].end() if out else 0)
        if plain is not None and "the" not in plain[lo : word.start()] and "its" not in plain[lo : word.start()]:
            continue  # ("Idlib countryside": no phrase of its own)
        m = _BARE_COUNTRYSIDE.search(text, lo, word.end())
        if m is not None:
            out.append(m)
    return out


_AND_ITS = re.compile(r"\s*(?:city\s+|town\s+)?,?\s*(?:and|to|or|&)\s+(?:(?:in|on|at)\s+)?", re.I)
_CITY_AND = re.compile(r"\b(?:city|town)\s*,?\s*(?:and|&)\s+(?:(?:in|on|at)\s+)?$", re.I)
_NAME_NEXT = re.compile(r"\s*,?\s*(?:(?:of|for|in|to)\s+)?(?:the\s+)?", re.I)


def _elliptical_countryside(
    text: str,
    low: str | None,
    found: list[tuple[Mention, list[str], list[str]]],
    areas: list[tuple[int, Mention]],
    governorates: frozenset[str],
) -> list[tuple[int, Mention]]:
    """Areas of a countryside whose governorate the sentence named before it: "Shelling target Daraa city and
    clashes in the western countryside", "Clashes in the northeastern countryside of Aleppo and aerial bombardment
    on the northern countryside" (SOHR's wording: the governorate is not repeated).  The nearest name before the
    phrase in its sentence must be a governorate's (or anchor a phrase about a governorate); else the phrase is
    left alone, as a town's countryside would be a guess.  ``low``: ``text`` lower-cased, or ``None``."""
    hits = _bare_countrysides(text, low)
    if not hits:  # (most texts that say "countryside" say whose: "the countryside of Idlib", "Idlib countryside")
        return []
    spans = sorted([(m.start, m.end) for m, _, _ in found] + [(a.start, a.end) for _, a in areas])
    span_starts = [a for a, _ in spans]
    reach = list(itertools.accumulate((b for _, b in spans), max))  # the furthest end of the spans up to each
    ends = [m.end for m, _, _ in found]
    ordered = all(x <= y for x, y in itertools.pairwise(ends))
    out: list[tuple[int, Mention]] = []
    for hit in hits:
        start, end = hit.start(), hit.end()
        k = bisect.bisect_left(span_starts, end)  # the spans that start before the phrase ends
        if k and reach[k - 1] > start:
            continue  # part of a phrase already found ("Aleppo northern countryside")
        if ordered:
            i = bisect.bisect_right(ends, start) - 1  # the last name that ends before the phrase
        else:
            i = max((j for j, e in enumerate(ends) if e <= start), default=-1)
        if i < 0:
            continue
        men = found[i][0]
        if men.sentence_start + len(men.sentence) < start or men.key.removesuffix(" city") not in governorates:
            continue  # ("Aleppo city": the city word is in the key)
        word = hit.group(1)
        if not word and (_AND_ITS.fullmatch(text, men.end, start) or _CITY_AND.search(text, max(0, start - 24), start)):
            continue  # "Aleppo and its countryside", "the city and its countryside": the city and its surroundings
        if i + 1 < len(found) and _NAME_NEXT.fullmatch(text, end, found[i + 1][0].start):
            continue  # "the western countryside Daraa", "the eastern countryside for Deir Ezzor": named after all
        bearing = _DIRECTIONS.get(word.lower().replace("-", "")) if word else None
        # the governorate, even after "Aleppo city": "Shells target Aleppo city and airstrikes on its western countryside"
        anchor = dataclasses.replace(_as_anchor(men, "countryside"), key=men.key.removesuffix(" city"), cue="")
        area = _area(text, hit.start(1) if word else end - 11, end, anchor, "countryside", bearing, (anchor,))
        out.append((i, area))
    return out


#: relations of the phrases anchored on a river: its side, its banks
RIVER_RELATIONS = frozenset(("river-side", "river-banks"))
#: words that make a river's name part of a phrase about its banks: "the banks of the
#: Euphrates", "the Euphrates banks", "the Euphrates valley"
_BANK_WORDS = frozenset(("bank", "banks", "shore", "shores", "valley"))
#: "the Euphrates River in the eastern banks", "… on the west bank": a side named after the river
_BANK_AFTER = re.compile(
    r"\s+(?:in|on|at|along|to)\s+(?:the\s+)?(north|south|east|west)(?:ern)?\s+(?:bank|banks|shore|shores)\b", re.I
)
#: a river's name naming something else: "the Euphrates Lake", "the Dam of Euphrates"
_NOT_RIVER = frozenset(("lake", "dam", "reservoir"))


def _river_areal(text: str, men: Mention, words: list[str], nxt: list[str]) -> Mention | None:
    """The phrase anchored on the river ``men`` names, if any: "(in the) east of (the)
    Euphrates (River)" is its east side; "the (southern) banks of the Euphrates", "the
    Euphrates banks", "along the Euphrates", "the Euphrates River in the eastern banks" are
    its banks (or one of them)."""
    w = _phrase_words(words)
    side = (_as_anchor(men, "river-side", "river"),)
    banks = (_as_anchor(men, "river-banks", "river"),)
    if len(w) >= 2 and w[-1] == "of":
        if w[-2] in _DIRECTIONS:  # "east of the Euphrates"
            lead = w[-2]
            return _area(text, _lead_start(text, men, lead), men.end, men, "river-side", _DIRECTIONS[lead], side)
        if w[-2] in _BANK_WORDS:  # "the (southern) banks of the Euphrates"
            bearing = _DIRECTIONS.get(w[-3]) if len(w) >= 3 else None
            lead = w[-3] if bearing is not None else w[-2]
            return _area(text, _lead_start(text, men, lead), men.end, men, "river-banks", bearing, banks)
    if nxt and nxt[0] in _BANK_WORDS:  # "the Euphrates banks"
        end = men.end + text[men.end : men.end + 40].lower().index(nxt[0]) + len(nxt[0])
        return _area(text, men.start, end, men, "river-banks", None, banks)
    m = _BANK_AFTER.match(text, men.end)
    if m:  # "the Euphrates River in the eastern banks"
        return _area(text, men.start, m.end(), men, "river-banks", BEARINGS[m.group(1).lower()], banks)
    if w and w[-1] == "along":  # "villages along the Euphrates"
        return _area(text, _lead_start(text, men, "along"), men.end, men, "river-banks", None, banks)
    return None


def _names_no_river(words: list[str], nxt: list[str]) -> bool:
    """Whether a river's name names something else here: "the Euphrates Lake", "the Dam of
    Euphrates" (``words``, ``nxt``: the lower-cased words before and after it)."""
    w = words[:-1] if words and words[-1] == "the" else words
    return bool(nxt and nxt[0] in _NOT_RIVER) or (len(w) >= 2 and w[-1] == "of" and w[-2] in _NOT_RIVER)


def _as_anchor(m: Mention, relation: str, cue: str = "") -> Mention:
    """The anchor of an areal phrase as a mention of its own (``cue``: instead of the name's own)."""
    return _mention(
        m.report_id,
        m.surface,
        m.start,
        m.end,
        m.key,
        m.sentence,
        m.sentence_start,
        cue or m.cue,
        "",
        None,
        (),
        relation,
    )


def _between_areas(
    text: str, low_text: str, mentions: list[Mention], used: dict[int, str]
) -> list[tuple[int, Mention]]:
    """Areas of "between A, B and C" (three or more places, or two governorates/areas); the
    indices of the mentions they fold in are entered in ``used``."""
    areas = []
    starts: list[int] = []
    for m in _betweens(low_text):
        if not starts:
            starts = [x.start for x in mentions]
        group: list[int] = []
        cursor = m.end()
        for i in range(bisect.bisect_left(starts, cursor), len(mentions)):
            men = mentions[i]
            if i in used:
                continue
            gap = text[cursor : men.start]
            if (group and not _LIST_GAP.match(gap)) or (not group and gap.strip()):
                break
            group.append(i)
            cursor = men.end
        phrase = m.group(0)
        regional = "governorates" in phrase or "provinces" in phrase or "areas" in phrase
        if len(group) >= 3 or (len(group) == 2 and regional):  # "the road between X and Y" stays two places
            used.update(dict.fromkeys(group, "between"))
            anchors = tuple([_as_anchor(mentions[i], "between") for i in group])
            areas.append((group[0], _area(text, m.start(), cursor, mentions[group[0]], "between", None, anchors)))
    return areas


#: a town described as a side's between "the" and "of" after a bearing: "south of the ISIS stronghold of X" (not "the
#: key town of", "the border town of", which a distance before may make a landmark)
_STRONGHOLD_WORDS = frozenset(("stronghold", "strongholds", "bastion", "enclave"))


def _phrase_words(words: list[str]) -> list[str]:
    """The words before a name as an areal phrase reads them: no final "the", compound
    bearings joined, "east of the city of X" read as "east of X"."""
    w = words[:-1] if words and words[-1] in ("the", "both") else words
    if ("north" in w or "south" in w) and not _BEARING_TAILS.isdisjoint(w):
        w = _join_bearings(w)
    if len(w) >= 3 and w[-2] in ("city", "town", "village", "governorate", "province") and w[-1] == "of" == w[-3]:
        w = w[:-2]
    elif (
        len(w) >= 5
        and w[-2] in ("city", "town", "village")
        and w[-1] == "of" == w[-4]
        and w[-3] == "the"
        and w[-5] in _DIRECTIONS
    ):
        w = w[:-3]  # "west of the town of Tell Abyad" (not "the outskirts of the village of X": the village's own edge)
    elif (
        len(w) >= 4
        and w[-2] in ("city", "town", "village")
        and w[-1] == "of"
        and w[-3] == "the"
        and w[-4] in _DIRECTIONS
        and w[-4].endswith("ern")
    ):
        w = [*w[:-3], "of"]  # a translation's "the Sharan district eastern the city of Afrin": as "east of Afrin"
    elif (
        len(w) >= 6
        and w[-1] == "of"
        and w[-2] in _STRONGHOLD_WORDS
        and (k := next((k for k in range(len(w) - 3, len(w) - 7, -1) if k >= 2 and w[k] == "the"), -1)) >= 2
        and w[k - 1] == "of"
        and w[k - 2] in _DIRECTIONS
    ):
        w = w[:k]  # "south of the ISIS stronghold of Deir Hafer", "east of the jihadist bastion of X": as "south of X"
    else:
        if len(w) >= 3 and w[-1] == "of" and w[-2] == "city" and w[-3] == "capital":
            w = w[:-2]  # "north of the capital city of Damascus": as "… of the capital Damascus"
        elif len(w) >= 2 and w[-1] == "city" and w[-2] == "capital":
            w = w[:-1]  # "the capital city Damascus"
        if w and w[-1] == "capital":  # "west of the capital Damascus", "… of the Syrian capital Damascus"
            if len(w) >= 2 and w[-2] == "the":
                w = w[:-2]
            elif len(w) >= 3 and w[-3] == "the":
                w = w[:-3]
    return w


def _of_phrase(w: list[str]) -> tuple[str, float | None, str] | None:
    """(relation, bearing, lead word) of "east of X", "(the southern) countryside of X"."""
    if len(w) < 2 or w[-1] != "of":
        return None
    if w[-2] in _DIRECTIONS:
        return "wedge", _DIRECTIONS[w[-2]], w[-2]
    if w[-2] in _ABBREVIATED:  # "SW of Tabaqah" (the caller checks the capitals)
        return "wedge", _ABBREVIATED[w[-2]], w[-2]
    if w[-2] in _COUNTRYSIDE:
        if len(w) >= 3 and w[-3] in _DIRECTIONS and w[-2] not in ("province", "governorate"):
            # (but "the southern province of Daraa", "the northwestern province of Idlib": the whole province, which
            # lies in the country's south; its part is "the south of Daraa province", "southern Daraa")
            return "countryside", _DIRECTIONS[w[-3]], w[-3]
        return "countryside", None, w[-2]
    if w[-2] in _BORDER:
        return "countryside", None, w[-2]
    if w[-2] == "sector" and len(w) >= 3 and w[-3] in _DIRECTIONS:  # "the southern sector of Idlib"
        return "sector", _DIRECTIONS[w[-3]], w[-3]
    return None


#: a name that ends in a facility's noun: "the southern Nassib crossing", "the northern Tabqa dam" say where in the
#: country the facility lies; a point has no southern part
_FACILITY_END = re.compile(
    r"\b(?:crossing|airport|air\s?base|air\s?field|heliport|base|camp|gas\s+field|oil\s+field|dam|prison|bridge|cent(?:re|er))$",
    re.I,
)


def _prefix_phrase(w: list[str], men: Mention, suffix: bool) -> tuple[str, float | None, str] | None:
    """(relation, bearing, lead word) of "southeast Idlib", "southern rural Idlib", "rural Idlib",
    and of "Idlib countryside" (``suffix``)."""
    if (
        w
        and (w[-1] in _DIRECTIONS or (w[-1] == "rural" and len(w) > 1 and w[-2] in _DIRECTIONS))
        and men.cue not in ("city", "base", "road", "village", "town")
        and not _FACILITY_END.search(men.surface)
    ):
        d = w[-1] if w[-1] in _DIRECTIONS else w[-2]
        return "sector", _DIRECTIONS[d], d
    if suffix or (w and w[-1] == "rural"):
        return "countryside", None, "" if suffix else "rural"
    return None


def _english_areal(
    text: str, men: Mention, words: list[str], nxt: list[str], governorates: frozenset[str]
) -> Mention | None:
    """The areal phrase around one name, if any ("southeast Idlib", "east of X", "X countryside",
    "Aleppo’s western countryside", "the border of Homs and Deir Ezzor" — the last only for a
    governorate's name, ``governorates`` being their name keys)."""
    last = nxt[0] if nxt and nxt[0] in _SUFFIX_AREA else ""
    after_bearing = None
    if not last and len(nxt) > 1 and nxt[1] in _SUFFIX_AREA and nxt[0] in _DIRECTIONS:
        last, after_bearing = nxt[1], _DIRECTIONS[nxt[0]]
    elif (
        not last
        and len(nxt) > 1
        and nxt[0] in _DIRECTIONS
        and nxt[1] == "and"
        and (both := _TWO_SIDES_AFTER.match(text, men.end)) is not None
        and both.group(1).lower() in _DIRECTIONS
        and both.group(2).lower() in _SUFFIX_AREA
    ):
        # "Aleppo western and northwestern countryside": two sides of it, drawn as the first
        last, after_bearing = both.group(2).lower(), _DIRECTIONS[nxt[0]]
    elif not last and nxt and nxt[0] in BEARINGS and _POSSESSIVE_BEARING.match(text, men.end):
        last, after_bearing = nxt[0], BEARINGS[nxt[0]]  # "Kafr Nabudah in Hama's north": the governorate's north
    if not last and _TRIGGERS.isdisjoint(words):
        return None
    w = _phrase_words(words)
    hit = _of_phrase(w) or _prefix_phrase(w, men, bool(last))
    if after_bearing is not None and (hit is None or hit[1] is None):
        hit = ("countryside", after_bearing, "")
    if hit is None:
        return None
    relation, bearing, lead = hit
    if lead in ("province", "governorate") and _NAMED_PROVINCE_OF.search(text, max(0, men.start - 50), men.start):
        return None  # "Idlib province of Syria": the province is named before; the country only says where it is
    if lead in _ABBREVIATED and not _ABBREVIATION_OF.search(text, max(0, men.start - 12), men.start):
        return None  # "e of", "s of" in lower case: no compass point
    if (lead in _BORDER or lead == "mountains") and men.key not in governorates:
        return None  # "the border of Jordan", "the mountains of Qalamoun": not a governorate's area
    end = men.end
    if last:
        end = men.end + text[men.end : men.end + 60].lower().index(last) + len(last)
        if _OF_NAME.match(text, end):
            return None  # "Syria's northwestern province of Idlib": the province is named next, it is that one
    # "the (western) outskirts of Aleppo", "the outskirts of the west of Aleppo", "the western
    # countryside of Deir Ezzor city": around the settlement itself, not the governorate of the
    # same name ("Manbij city of Aleppo countryside": "city" is Manbij's, Aleppo the governorate)
    tail = w[-5:]
    if w[-2:] == ["sector", "of"] and (
        (nxt and nxt[0] in ("city", "town")) or men.surface.rsplit(None, 1)[-1].lower() in ("city", "town")
    ):
        return None  # "the eastern sector of Aleppo city": a part of the city, which the name already places
    outskirts = not _OUTSKIRTS.isdisjoint(tail) and any(
        x in _OUTSKIRTS and tail[i + 1 : i + 2] == ["of"] for i, x in enumerate(tail)
    )
    point = (
        outskirts
        or (relation == "countryside" and nxt and nxt[0] in ("city", "town"))
        or (relation == "wedge" and _ITS_COUNTRYSIDE.match(text, end) is not None)
    )
    start = _lead_start(text, men, lead)
    point = point or (relation == "wedge" and text[start : start + 1].isdigit())  # a distance is from the town
    cue = "point" if point and men.cue in ("", "city", "town") else ""
    if not cue and relation == "wedge" and men.cue == "" and _same_governorate_after(text, end, men.key):
        cue = "capital"  # the town, and the phrase reaches out to its governorate's edge
    return _area(text, start, end, men, relation, bearing, (_as_anchor(men, relation, cue),))


#: two sides of a place's countryside after its name: " western and northwestern countryside" (the second side and
#: the area's word)
_TWO_SIDES_AFTER = re.compile(r"['’]?s?\s+[a-z-]+\s+and\s+(?:the\s+)?([a-z-]+)\s+([a-z]+)\b", re.I)
#: a name right after an area's word: " of Idlib", " of the Daraa"
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:al|el)-)?[A-Z\u0600-\u06ff]")
#: "west of Aleppo and its countryside": a governorate has no countryside, so Aleppo is the city
_ITS_COUNTRYSIDE = re.compile(r"\s+and\s+its\s+(?:\w+\s+)?(?:countryside|outskirts|suburbs|environs)\b", re.I)
#: "east of Raqqa, Raqqa governorate": the governorate is named apart, so the first Raqqa is its town
#: (a name, not a nationality or a holder: not "the Syrian province of Idlib", "the Kurdish-held province of Hasakah")
_NAMED_PROVINCE_OF = re.compile(
    r"(?<![\w'’-])(?![A-Z][a-z]+(?:ian|ish|ese|i)\s)[A-Z][\w'’]*\s+(?:province|governorate)\s+of\s+(?:the\s+)?$"
)
_GOVERNORATE_AFTER = re.compile(r"\]?\s*,\s*(?:the\s+)?([^\W\d][^,;:()\[\]]{0,40}?)\s+(?:governorate|province)\b", re.I)


def _same_governorate_after(text: str, end: int, key: str) -> bool:
    """Whether ", <the same name> governorate" follows a phrase ending at ``end`` whose anchor
    has the name key ``key``."""
    m = _GOVERNORATE_AFTER.match(text, end)
    return m is not None and skeleton(m.group(1)) == key


def _spread(
    text: str,
    found: list[tuple[Mention, list[str], list[str]]],
    i: int,
    area: Mention,
    used: dict[int, str],
    governorates: frozenset[str],
) -> list[tuple[int, Mention]]:
    """A countryside shared by a list of names: "Hama and Homs countrysides", "the
    countryside of Hama and Idlib", "the northern countryside of Aleppo and Latakia" name
    the countryside of each, and so does "Raqqa or Deir Ezzor governorate".  The phrase is
    shared by the whole list when its word is plural, else by the governorates' names
    (``governorates``: their name keys) next to its own, when it names one ("Road from al Omar
    to Karama, Raqqa or Deir Ezzor governorate": Raqqa, not the road); each name gets an area
    of its own, with the same bearing."""
    men = found[i][0]
    # "the outskirts of Aleppo and Deir Ezzor": around each town; "Outskirts of Raqqa, Raqqa governorate"
    # names the governorate apart, not a second town
    point = area.anchors[0].cue == "point"
    forward = area.start < men.start  # "countryside of A and B": the list follows
    step = 1 if forward else -1
    plural = not _PLURAL_AREA.isdisjoint(area.surface.lower().split())
    if not plural and not point and men.key not in governorates:
        return []  # (the list below would be cut to nothing: decided before it is read)
    group: list[int] = []
    j = i
    joined = False  # an "and" seen: forward the list ends there, backward it may not come twice
    while 0 <= j + step < len(found) and j + step not in used:
        a, b = (found[j][0], found[j + step][0]) if forward else (found[j + step][0], found[j][0])
        gap = text[a.end : b.start]
        if a.sentence_start != b.sentence_start or not _LIST_GAP.match(gap):
            break
        is_and = gap.strip(" ,").lower() in ("and", "or", "&")
        if point and not is_and:
            break
        if is_and and joined:
            break
        joined |= is_and
        j += step
        group.append(j)
        if forward and joined:
            break
    if not plural and not point:  # "Road from al Omar to Karama, Raqqa or Deir Ezzor governorate": the governorates
        n = next((n for n, k in enumerate(group) if found[k][0].key not in governorates), len(group))
        group = group[:n]
    if not group:
        return []
    out = []
    for k in group:
        m = found[k][0]
        start, end = (area.start, m.end) if forward else (m.start, area.end)
        used[k] = area.relation
        anchor = _as_anchor(m, area.relation, "point" if point and m.cue in ("", "city", "town") else "")
        out.append((k, _area(text, start, end, m, area.relation, area.bearing, (anchor,))))
    return out


#: a distance right before a bearing: "55 km west of", "36 kilometres south-east of"
_DISTANCE_BEFORE = re.compile(
    # ("some 80 kilometers (50 miles) north of Damascus": a conversion in brackets after the unit)
    r"\b\d+(?:[.,]\d+)?\s*(?:km|kms|kilometers?|kilometres?)(?:\s*\(\s*\d+(?:[.,]\d+)?\s*(?:miles?|mi)\s*\))?\s+$"
)
#: the unit words :data:`_DISTANCE_BEFORE` ends with (then white space): only text ending so can match it
_DISTANCE_UNITS = ("km", "kms", "meter", "meters", "metre", "metres")


def _lead_start(text: str, men: Mention, lead: str) -> int:
    """Where an areal phrase starts: at its lead word ("east", "countryside", "rural"), or
    "far" or a distance ("55 km") before it; at the name when there is none."""
    if not lead:
        return men.start
    before = text[max(0, men.start - 60) : men.start]
    low_before = before.lower()
    k = _find_lead(low_before, lead)
    if k < 0:
        return men.start
    if k >= 4 and low_before.startswith("far ", k - 4):
        k -= 4
    elif low_before[k - 1 : k].isspace() and low_before[:k].rstrip().endswith((*_DISTANCE_UNITS, "miles)", "mile)")):
        dist = _DISTANCE_BEFORE.search(low_before, 0, k)  # "55 km west of Raqqa": the phrase holds the distance
        if dist is not None:
            k = dist.start()
    return men.start - len(before) + k


_AR_DIR_NOUN = {"شمال": 0.0, "جنوب": 180.0, "شرق": 90.0, "غرب": 270.0}
_AR_DIR_ADJ = {
    "الشمالي": 0.0,
    "الجنوبي": 180.0,
    "الشرقي": 90.0,
    "الغربي": 270.0,
    "الشمالية": 0.0,
    "الجنوبية": 180.0,
    "الشرقية": 90.0,
    "الغربية": 270.0,
}
_AR_COUNTRYSIDE = ("ريف", "محافظة")
_AR_PREFIXES = ("و", "ب", "ل", "ف")


def _ar_word(word: str, table) -> str | None:
    """``word`` (maybe with a one-letter prefix such as ب 'in') if it is in ``table``."""
    if word in table:
        return word
    if len(word) > 2 and word[0] in _AR_PREFIXES and word[1:] in table:
        return word[1:]
    return None


def _combine(bearings: list[float]) -> float:
    """Compass bearing of one or two directions (south + east = 135)."""
    if len(bearings) == 2 and {bearings[0], bearings[1]} in ({0.0, 90.0}, {0.0, 270.0}, {180.0, 90.0}, {180.0, 270.0}):
        a, b = bearings
        if {a, b} == {0.0, 270.0}:
            return 315.0
        return (a + b) / 2
    return bearings[0]


def _arabic_areal(text: str, men: Mention, words: list[str]) -> Mention | None:
    """Arabic areal phrases: ريف إدلب الجنوبي الشرقي (south-eastern Idlib countryside),
    جنوب شرق إدلب (south-east of Idlib)."""
    after = text[men.end : men.end + 40].split()[:2]
    adj = []
    end = men.end
    for w in after:
        w = w.rstrip("،,.؛;")
        if w in _AR_DIR_ADJ:
            adj.append(_AR_DIR_ADJ[w])
            end = text.index(w, end) + len(w)
        else:
            break
    lead = _ar_word(words[-1], _AR_COUNTRYSIDE)
    if lead is not None:
        bearing = _combine(adj) if adj else None
        start = text.rfind(lead, 0, men.start)
        relation = "sector" if adj else "countryside"
        return _area(text, start, end, men, relation, bearing, (_as_anchor(men, relation),))
    nouns: list[tuple[str, float]] = []
    for w in reversed(words[-2:]):
        d = _ar_word(w, _AR_DIR_NOUN)
        if d is None:
            break
        nouns.insert(0, (d, _AR_DIR_NOUN[d]))
    if nouns:
        start = text.rfind(nouns[0][0], 0, men.start)
        return _area(text, start, men.end, men, "wedge", _combine([b for _, b in nouns]), (_as_anchor(men, "wedge"),))
    return None


def _area(
    text: str, start: int, end: int, anchor: Mention, relation: str, bearing: float | None, anchors: tuple[Mention, ...]
) -> Mention:
    while start < end and text[start].isspace():
        start += 1
    surface = text[start:end]
    if surface[:4].lower() == "the ":
        start += 4
        surface = surface[4:]
    return _mention(
        anchor.report_id,
        surface,
        start,
        end,
        "",
        anchor.sentence,
        anchor.sentence_start,
        anchor.cue,
        relation,
        bearing,
        anchors,
    )
