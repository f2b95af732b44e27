"""Normalised name skeletons shared by the gazetteer index and the toponym finder.

Transliterated Arabic place names arrive in many spellings (``Maarat Numan``,
``Ma'arrat al-Nu'man``, ``Ma`arrat an Nu`man``; ``Abu Duhour``, ``Abu Dhuhur``,
``Abū aẓ Ẓuhūr``).  Rather than fuzzy-matching every word at query time, both the
gazetteer names (once, when the index is built) and the report text (once per
batch) are reduced to the same *skeleton*, and exact skeleton matches are found
with an Aho–Corasick automaton.

The skeleton, applied identically to both sides:

* case folded, diacritics removed, ayn/hamza marks (``' ‘ ’ ` ʿ ʾ``) deleted;
* hyphens and punctuation become a single space;
* vowels and confusable consonants folded: ``e→a``, ``o→u``, ``q→k``, ``d→z``,
  ``dh/th/zh→z`` (Arabic ذ ظ ز ض are rendered d, dh, th, z or ẓ), ``ai→ay``;
* doubled Latin letters collapsed (``Maarrat → marat``; in Arabic script two letters
  are two: نووي is not نوى), a word-final ``h`` after a vowel dropped (``Hamah → hama``),
  and the construct ``-at`` of a final taa marbuta too (``Lajat``, ``Maarrat`` → ``laja``, ``mara``);
* Arabic article tokens removed (``al el an ar as ash at az ad ath ul`` …, and the
  ``ال`` prefix in Arabic script);
* Arabic script: hamza-carrying alefs → ا, ة → ه, ى → ي, short vowels removed.

For text, :func:`skeleton_text` keeps an index array mapping each skeleton
character back to the original string, so matches are reported with their true
offsets.  Everything is vectorised with numpy: the per-report cost is a handful of
array operations, not a Python loop per character or per word.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from ._files import atomic_path

SEP = 32  # the single separator code in a skeleton
_DEL = 0  # code for characters that vanish
_NAME_SEP = 1  # separates names or reports in a batch (never produced by the fold table)
BOUNDARY = chr(_NAME_SEP)  #: put between texts skeletonised together: no name can span it

_APOSTROPHES = "'‘’`´ʿʾʻʼ′″ˈ\u02bf\u02be"
_ARABIC_FOLD = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ة": "ه",
    "ى": "ي",
    "ؤ": "و",
    "ئ": "ي",
    "ک": "ك",
    "ی": "ي",
    "ۀ": "ه",
}
_LATIN_FOLD = {
    "e": "a",
    "o": "u",
    "q": "k",
    "d": "z",
    "ı": "i",
    "ß": "s",
    "æ": "a",
    "ø": "u",
    "đ": "z",
    "ł": "l",
    "þ": "z",
    "ð": "z",
}


def _fold_char(ch: str) -> str:
    """Fold one character to its skeleton form ('' deletes it, ' ' separates)."""
    if ch in _APOSTROPHES:
        return ""
    cat = unicodedata.category(ch)
    if cat.startswith("M") or ch == "\u0640":  # combining marks, Arabic harakat, tatweel
        return ""
    if ch in _ARABIC_FOLD:
        return _ARABIC_FOLD[ch]
    if cat.startswith("N") and ch.isdigit() and ch.isascii():
        return ch
    if not cat.startswith("L"):
        return " "
    if "\u0600" <= ch <= "\u06ff":
        return ch
    base = unicodedata.normalize("NFKD", ch.lower())
    base = "".join(c for c in base if not unicodedata.category(c).startswith("M")) or ch.lower()
    base = base[0]
    return _LATIN_FOLD.get(base, base)


@lru_cache(maxsize=1)
def _fold_table() -> np.ndarray:
    """uint16 table: code point -> skeleton code (0 deletes, 32 separates).

    Building it walks the 65,536 code points of the BMP (~60 ms); the result is kept
    in the cache folder, keyed by this module's source and the Unicode version.
    """
    from .settings import DEFAULTS

    stamp = hashlib.sha1(Path(__file__).read_bytes() + unicodedata.unidata_version.encode()).hexdigest()[:16]
    path = Path(DEFAULTS.cache_dir) / f"fold-{stamp}.npy"
    try:
        table = np.load(path)
        if table.shape == (0x10000,) and table.dtype == np.uint16:
            return table
    except (OSError, ValueError):
        pass
    table = _build_fold_table()
    try:
        with atomic_path(path) as tmp:
            np.save(tmp, table)
    except OSError:
        pass  # a read-only cache folder only costs the rebuild
    return table


@lru_cache(maxsize=1)
def _batch_fold_table() -> np.ndarray:
    """:func:`_fold_table` with :data:`BOUNDARY` kept as itself (texts joined with it are never matched across)."""
    table = _fold_table().copy()
    table[_NAME_SEP] = _NAME_SEP
    return table


def _build_fold_table() -> np.ndarray:
    fold = np.full(0x10000, SEP, dtype=np.uint16)
    for cp in range(0x10000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        out = _fold_char(chr(cp))
        fold[cp] = _DEL if out == "" else ord(out) if ord(out) < 0x10000 else SEP
    return fold


_A, _I, _U, _H, _S, _T, _Y, _Z = (ord(c) for c in "aiuhstyz")
_ALEF, _LAM = ord("ا"), ord("ل")
_ART_SECOND = np.zeros(0x10000, dtype=bool)
_ART_SECOND[[ord(c) for c in "lnrstz"]] = True


def _skeleton_codes(
    text: str, *, batch: bool = False, codepoints: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return (codes, source index, code points of ``text``) for the skeleton of ``text``.

    ``codes`` (uint16) always starts and ends with :data:`SEP` (source index ``-1``)
    and never holds two separators in a row.  Each step is one or two whole-array
    numpy operations; the order of the steps matters (marks are deleted before
    doubled letters are collapsed, so ``Ma'arrat`` and ``Maarat`` agree).
    """
    if codepoints is None:
        cp = code_points("\n" + text + "\n")
    else:  # the caller's code points of ``text``, framed by newlines as above
        cp = np.empty(len(codepoints) + 2, dtype=codepoints.dtype)
        cp[0] = cp[-1] = 10
        cp[1:-1] = codepoints
    # (beyond the BMP: the code of U+FFFF; "clip" also spares uint16 code points, always in range, a bounds check)
    g = np.take(_batch_fold_table() if batch else _fold_table(), cp, mode="clip")
    _possessive_s(g, cp)
    kept = g != _DEL
    src = np.flatnonzero(kept)
    if len(cp) < 2**31:
        src = src.astype(np.int32)  # half the memory traffic in the compactions below
    g = g[kept]
    src -= 1

    # the letter rules touch few positions: find those (h, i, t), then work on them
    h = np.flatnonzero(g == _H)  # g starts and ends with a separator: h - 1 and h + 1 exist
    before = g[h - 1]
    digraph = h[(before == _Z) | (before == _T)]  # dh / th / zh -> z (d was already folded to z)
    g[digraph - 1] = _Z
    i = np.flatnonzero(g == _I)
    g[i[g[i - 1] == _A]] = _Y  # ai -> ay (after e -> a this also covers ei, ey)
    # doubled letters and repeated separators collapse, marked at once over the whole array (one character in
    # twenty: too many to list); Arabic script writes no doubled letter for one
    drop = np.empty(g.size, dtype=bool)
    drop[0] = False
    np.logical_and(g[1:] == g[:-1], g[1:] < 0x0600, out=drop[1:])
    drop[digraph] = True  # the h of a digraph goes
    before = g[h - 1]
    drop[h[(g[h + 1] == SEP) & ((before == _A) | (before == _I) | (before == _U))]] = True  # Hamah -> hama
    t = np.flatnonzero(g == _T)  # the construct "-at" of a final taa marbuta: Lajat, Maarrat -> laja, mara
    t = t[(g[t + 1] == SEP) & (g[t - 1] == _A) & (t >= 4)]
    drop[t[(g[t - 2] >= _A) & (g[t - 3] >= _A) & (g[t - 2] != _A)]] = True
    keep = ~drop
    g, src = g[keep], src[keep]

    # article tokens (al, an, ash, ...) and the Arabic al- prefix.  Words are the runs between separators (g
    # starts and ends with one), so a word of some length and first letters is a pattern tested at every
    # position at once on shifted views of the array, and only the few positions that fit are listed (listing
    # every word's start and length instead costs twice as much: most words are not articles)
    sep = g == SEP
    word = ~sep
    opens = sep[:-3] & word[1:-2] & word[2:-1]  # at k: a word of two letters or more starts at k + 1
    first = g[1:-2]
    # words of two letters opening on a, u or i ("al", "ul", "il")
    two = np.flatnonzero(opens & sep[3:] & ((first == _A) | (first == _U) | (first == _I))) + 1
    first = g[two]
    # an article is written as such: its letters stand side by side in the original
    # ("as-Safira"), unlike a name that collapsed to two letters ("Tell Aas" -> "as")
    two = two[
        np.take(_ART_SECOND, g[two + 1]) & ((first == _A) | (g[two + 1] == ord("l"))) & (src[two + 1] - src[two] == 1)
    ]
    three = np.flatnonzero(opens[:-1] & (g[1:-3] == _A) & (g[2:-2] == _S) & (g[3:-1] == _H) & sep[4:]) + 1  # "ash"
    three = three[src[three + 2] - src[three] == 2]
    arab = np.flatnonzero(g == _ALEF)  # words of four letters or more opening on alef-lam
    arab = arab[(arab >= 1) & (arab + 3 < g.size)]
    arab = arab[sep[arab - 1] & (g[arab + 1] == _LAM) & word[arab + 2] & word[arab + 3]]
    one = _lone_a_article(g, src, cp, sep)
    drop = np.zeros(g.size, dtype=bool)
    for pos, width in ((two, 3), (three, 4), (arab, 2), (one, 2)):
        for k in range(width):
            drop[pos + k] = True
    if two.size or three.size or arab.size or one.size:
        keep = ~drop
        g, src = g[keep], src[keep]
    return g, src, cp[1:-1]


#: what may stand before a lone "a-" article: a space, a line's start, a bracket or a quote
_BEFORE_ARTICLE = np.array([10, 32, 34, 39, 40, 0x2018, 0x201C], dtype=np.uint32)


def _lone_a_article(g: np.ndarray, src: np.ndarray, cp: np.ndarray, sep: np.ndarray) -> np.ndarray:
    """Skeleton positions of a lone "a" written as an article before a sun letter ("Abu a-Dhuhur", "Busra a-Sham",
    "Jabhat a-Nusra", Syria Direct's spelling of "al-"): the "a" right before a hyphen, after a space, with a
    letter after the hyphen.  Found from the hyphens, which are few."""
    j = np.flatnonzero(cp[2:-1] == 45) + 2  # code point index of each hyphen (cp is framed by one newline each side)
    j = j[((cp[j - 1] | 0x20) == ord("a")) & np.isin(cp[j - 2], _BEFORE_ARTICLE) & ((cp[j + 1] | 0x20) >= ord("a"))]
    if not j.size:
        return j
    k = np.minimum(np.searchsorted(src, j - 2), g.size - 2)  # the "a"'s text index is its code point index less one
    return k[(k > 0) & (src[k] == j - 2) & (g[k] == _A) & sep[k - 1] & sep[k + 1]]


_APOSTROPHE_CODES = np.array(sorted(map(ord, _APOSTROPHES)), dtype=np.uint32)
#: True at the apostrophes' code points, over the BMP (a lookup, not a search, per character)
_APOSTROPHE_TABLE = np.zeros(0x10000, dtype=bool)
_APOSTROPHE_TABLE[_APOSTROPHE_CODES] = True


def _possessive_s(g: np.ndarray, cp: np.ndarray) -> None:
    """An English possessive ends the name it follows ("Aleppo's countryside" names
    Aleppo): the ``s`` after an apostrophe that closes a word of three letters or more
    becomes a separator (in place).  "Ra's al-Ayn" keeps its ``s``: two letters only."""
    at = np.flatnonzero(g == _DEL)  # apostrophes and marks: few
    at = at[(at >= 3) & (at + 2 < len(g))]
    if at.size:
        at = at[(g[at + 1] == _S) & (g[at + 2] == SEP)]
        apostrophe = np.take(_APOSTROPHE_TABLE, cp[at], mode="clip")  # (U+FFFF, where clipped, is none)
        at = at[apostrophe & (g[at - 1] >= _A) & (g[at - 2] >= _A) & (g[at - 3] >= _A)]
        g[at + 1] = SEP


def code_points(text: str) -> np.ndarray:
    """``text`` as an array of code points: uint16 when it lies in the Basic Multilingual
    Plane (UTF-16 encodes it one unit per character, and faster than UTF-32), else uint32."""
    units = np.frombuffer(text.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
    if len(units) == len(text):
        return units
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _decode(codes: np.ndarray) -> str:
    return codes.tobytes().decode("utf-16-le")


def skeleton(name: str) -> str:
    """Return the matching skeleton of one name, without surrounding spaces.

    Examples
    --------
    >>> skeleton("Ma'arrat al-Nu'man") == skeleton("Maarat Numan")
    True
    >>> skeleton("Abū aẓ Ẓuhūr") == skeleton("Abu Dhuhur") == skeleton("Abu Duhour")
    True
    """
    return _decode(_skeleton_codes(name)[0]).strip()


_VOWELS = re.compile(r"[aeiouy]")
_VOWELS_AND_W = re.compile(r"[aeiouwy]")


def vowelless(key: str, *, semivowels: bool = False) -> str:
    """A name's skeleton without its vowels (and y), for a last, coarse match of a spelling no fold reaches; with
    ``semivowels``, without w too, coarser still ("Hawsh" and "Housh" write one و).

    Examples
    --------
    >>> vowelless(skeleton("Maghribtain")) == vowelless(skeleton("Mighribtin")) == "mghrbtn"
    True
    >>> vowelless(skeleton("Umm Housh"), semivowels=True) == vowelless(skeleton("Umm Hawsh"), semivowels=True)
    True
    """
    return (_VOWELS_AND_W if semivowels else _VOWELS).sub("", key).strip()


def skeleton_many(names: list[str]) -> list[str]:
    """Skeletons of many names in one vectorised pass (used to build the index)."""
    if not names:
        return []
    # the separator stands alone between spaces, so it never glues onto an article or a letter
    joined = f" {chr(_NAME_SEP)} ".join(n.replace(chr(_NAME_SEP), " ") for n in names)
    out = _decode(_skeleton_codes(joined, batch=True)[0]).split(chr(_NAME_SEP))
    return [s.strip() for s in out]


#: the skeletons of "Kafr" (village) as the press writes it before a name: Kafr, Kfar, Kafar, Kfr
_KAFR = re.compile(r"^(?:kafr|kfar|kafar|kfr) (?=\S)")
#: the skeleton of "Jabal"/"Jebel" (mountain) before a name, and of the English words the press puts in its place
_JABAL = re.compile(r"^jabal (?=\S)")
_MOUNT_AFTER = tuple(skeleton_many(["mount", "mountain", "mountains"]))
_MOUNT_BEFORE = skeleton("Mount")
#: a word that opens on i before two consonants, as a hamzat al-wasl or kasra does (إنخل Inkhil, إدلب Idlib)
_I_CLUSTER = re.compile(r"(?:^| )i(?=[b-df-hj-np-tv-xz]{2})")
#: the nisba ending -iya after a stem of four letters or more (not "Sariya" → "Saria"), but not of the directions and
#: "Shamiya" (al-Gharbiya "western", al-Shamiya "Levantine"), common words of other names ("al-Nashwah al-Gharbieh",
#: the faction "al-Jabha al-Shamia")
_IYA_END = re.compile(r"(?<=[a-z]{4})(?<!gharb)(?<!shark)(?<!shamal)(?<!kibl)(?<!janub)(?<!wustan)(?<!sham)iya(?= |$)")


def spelling_variants(key: str) -> tuple[str, ...]:
    """Other skeletons under which the press writes the name whose skeleton is ``key``.

    Two spellings no letter fold reaches, because they add or remove a letter or a space:

    * the generic "Kafr" (village) before a name is written Kafr, Kfar, Kafar or Kfr, and glued
      to a name that starts with a consonant ("Kfrnaya", "Kafrnaya" for Kafr Naya);
    * a word that opens on i before two consonants is also written with e, which folds to a
      ("Enkhil" for Inkhil, "Ezraa" for Izra);
    * the generic "Jabal" (mountain) is translated, before or after the rest of the name: "Mount
      Akrad", "al-Akrad mount", "Turkman Mountains" for Jabal al-Akrad and Jabal al-Turkman;
    * the ending -iya (-iyya, -iyah) of a longer word is also written -ia ("Qudsia" for Qudsiya,
      "Salamia" for Salamiya);
    * the generic "Sheikh" before a name is also written "Sheik" ("Sheik Saad" for Sheikh Saed);
    * the generic "Tall" (hill) before a name is also written as the word for a small hill, "Tallet" or
      "Tallat" ("Tallet al-Sayyad" for Tall al-Sayyad).

    The gazetteer indexes these besides the name's own skeleton, for its own places only:
    the skeleton (and so the page's search box, which mirrors it) is unchanged.

    Examples
    --------
    >>> "kfrnaya" in spelling_variants(skeleton("Kafr Naya"))
    True
    >>> spelling_variants(skeleton("Inkhil"))
    ('ankhil',)
    >>> skeleton("al-Akrad mount") in spelling_variants(skeleton("Jabal al-Akrad"))
    True
    >>> skeleton("Qudsia") in spelling_variants(skeleton("Qudsiya"))
    True
    >>> skeleton("Tallet al-Sayyad") in spelling_variants(skeleton("Tall al-Sayyad"))
    True
    """
    out: dict[str, None] = {}
    m = _KAFR.match(key)
    if m:
        rest = key[m.end() :]
        glue = rest[0] not in "aiuy"  # "Kafr Amim" glued would read as one word of another shape
        for generic in ("kafr", "kfar", "kafar", "kfr"):
            out[f"{generic} {rest}"] = None
            if glue:
                out[f"{generic}{rest}"] = None
    m = _JABAL.match(key)
    if m:
        rest = key[m.end() :]
        out[f"{_MOUNT_BEFORE} {rest}"] = None
        for word in _MOUNT_AFTER:
            out[f"{rest} {word}"] = None
    if key.startswith("shaykh "):  # ("Sheik Saad" for Sheikh Saed: the press drops the h of Sheikh)
        out[f"shayk {key[7:]}"] = None
    if key.startswith("tal "):  # ("Tallet al-Sayyad" for Tall al-Sayyad: تلة, the hill, for تل)
        out[f"tala {key[4:]}"] = None
    if _I_CLUSTER.search(key):
        out[_I_CLUSTER.sub(lambda w: w.group(0)[:-1] + "a", key)] = None
    if _IYA_END.search(key):
        out[_IYA_END.sub("ia", key)] = None
    out.pop(key, None)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class TextSkeleton:
    """Skeleton of a text plus the map back to the original offsets.

    Attributes
    ----------
    text : str
        The skeleton; starts and ends with a space, words separated by one space.
    source : numpy.ndarray
        ``source[i]`` is the offset in the original text of ``text[i]`` (``-1`` for
        the synthetic leading/trailing separator).
    """

    text: str
    source: np.ndarray
    codepoints: np.ndarray
    codes: np.ndarray


def skeleton_text(text: str, *, codepoints: np.ndarray | None = None) -> TextSkeleton:
    """Skeletonise a whole text, keeping offsets back into ``text``.

    :data:`BOUNDARY` characters in ``text`` survive as themselves, so texts joined with
    them (a batch of reports) are never matched across.

    The result's ``codepoints`` holds the original text as an array (uint16, or uint32
    beyond the BMP), for callers that want further vectorised scans (capitals, sentence
    breaks) without re-encoding; a caller that has them already passes ``codepoints``.
    """
    codes, src, cp = _skeleton_codes(text, batch=True, codepoints=codepoints)
    return TextSkeleton(_decode(codes), src, cp, codes)


def fold_surface(s: str) -> str:
    """A light normalisation (case, diacritics, marks, spacing) for exact-form checks."""
    out = []
    for ch in unicodedata.normalize("NFKD", s.casefold()):
        if ch in _APOSTROPHES or unicodedata.category(ch).startswith("M"):
            continue
        out.append(ch if ch.isalnum() else " ")
    return " ".join("".join(out).split())


#: Phrases that introduce a name ("the village of X") or follow one ("X neighbourhood"), found in
#: the same automaton pass as the names themselves: the finder reports the name they cue even when
#: the gazetteer lacks it.  Their automaton values are their skeletons with the first letter
#: replaced by CUE_MARK (skeletons fold spellings: "neighborhood" also finds "neighbourhood").
#: the starts of the verbs of capture ("took", "re-control", "recaptured"), cue phrases too: their object may be a
#: name the gazetteer lacks (see geo.toponyms._capture_objects)
#: ("seize", "seized" … whole: a place named "Sayza" in the gazetteer is a longer key than "seiz" and hid it)
CAPTURE_CUES = (
    "control", "captur", "recaptur", "seiz", "seize", "seized", "seizes", "seizing", "took", "retook", "tak", "retak",
    "liberat",
)  # fmt: skip
#: the type words a cue's plural may be joined to ("the villages and regions of"): cue phrases here, read on by
#: :mod:`geo.toponyms` (the names of the list after them)
JOINED_TYPE_WORDS = ("villages", "towns", "regions", "areas", "hills", "farms")
CUE_PHRASES = (
    "village of",
    "villages of",
    "town of",
    "towns of",
    "city of",
    "hamlet of",
    "hill of",
    # ("recaptured the three hilltops of Jabal Zubaydi, Tall Daba'a and Jabal al-Afa'i", "shelled the settlements of A, B")
    "hills of",
    "hilltops of",
    "settlement of",  # ("has taken the strategic settlement of Alteh under its control")
    "settlements of",
    "base of",
    "airbase of",
    "airport of",
    "farms of",
    "neighborhood of",
    "district of",  # ("overran the strategically important district of Ramouseh on the outskirts of Aleppo")
    "districts of",  # ("seized the districts of Sakhur, Haydariya and Sheikh Khodr in Aleppo")
    "neighborhoods of",
    # a second type word joined to the first: "retook the villages and regions of A, B and C", "the towns and villages of"
    *(f"{a} and {b} of" for a in ("villages", "towns") for b in JOINED_TYPE_WORDS if a != b),
    # after a name: "Seif al-Dawla neighborhood in Aleppo", "Abyan village in the countryside of Aleppo"
    # (see geo.toponyms._unknown_cued; "village in" needs its container, "village" alone is too common)
    "neighborhood",
    "village in",
    "town in",
    "base in",  # ("seized control of the Qarmeed base in Idlib province")
    "district in",  # ("IS was expelled by the army from Zuhur district in Hasakah")
    # "Khaneyz village north of Raqqa", "Allous village west of Al-Shaddadi city": a direction from a place
    *(f"{w} {d}" for w in ("village", "town") for d in ("north", "south", "east", "west", "near")),
    # "the Syrian-Turkish border", "the border with Jordan" (see geo.toponyms._border_cued)
    "border",
    "borders",
    "capital",  # "the capital": the theatre's capital (see geo.toponyms._capital_cued), not a name cue
    *CAPTURE_CUES,
)
CUE_MARK = "\x02"

#: Generic leading words of Arabic place names ("Tell" = hill, "Kafr" = village …): alone
#: before another capitalised word they are the start of a name the gazetteer lacks.
GENERIC = frozenset(
    skeleton_many(
        [
            "Tell",
            "Tel",
            "Tal",
            "Tall",
            "Jabal",
            "Jebel",
            "Kafr",
            "Kfar",
            "Deir",
            "Dayr",
            "Ain",
            "Ayn",
            "Khan",
            "Wadi",
            "Ras",
            "Bab",
            "Umm",
            "Abu",
            "Beit",
            "Bayt",
            "Sheikh",
            "Shaykh",
            "Qalaat",
            "Qalat",
            "Maarat",
            "Jisr",
            "Nahr",
            "Bir",
            "Khirbet",
            "Khirbat",
            "Mazraat",
            "Marj",
            "Harat",
            "Hammam",
            "Sahl",
            "Jubb",
            "Qasr",
            "Qaryat",
            "Tlul",
            "Ard",
            "Ayn",
            "Bustan",
            "Bostan",
            # the same words in Arabic script, and the type words that lead Arabic names
            # ("مزرعة الروضة" Rawda farm, "كسرة عفنان" Kasrat Afnan): alone they are words
            *("تل", "كفر", "دير", "عين", "خان", "وادي", "رأس", "باب", "أم", "أبو", "بيت", "شيخ", "قلعة"),
            *("معرة", "جسر", "نهر", "بئر", "خربة", "مزرعة", "مزارع", "مرج", "حارة", "حمام", "سهل", "جب"),
            *("قصر", "قرية", "كسرة", "جديدة", "بلدة", "مدينة", "حي", "مخيم", "تلول", "سوق", "شارع", "دوار"),
        ]
    )
)


#: Arabic letters as the consonant a Latin transliteration writes for them ("" for the long
#: vowels, alef, ayn and hamza, which transliterations write as vowels, apostrophes or nothing)
_AR_CONSONANT = str.maketrans(
    {
        **dict.fromkeys("اأإآٱءئؤعويىة", ""),
        **dict.fromkeys("بپ", "b"),
        **dict.fromkeys("تثط", "t"),
        "ج": "j",
        **dict.fromkeys("حه", "h"),
        **dict.fromkeys("خقكگ", "k"),
        **dict.fromkeys("دذضظز", "d"),
        "ر": "r",
        **dict.fromkeys("سشص", "s"),
        "غ": "g",
        **dict.fromkeys("فڤ", "f"),
        "ل": "l",
        "م": "m",
        "ن": "n",
    }
)
_LATIN_DIGRAPHS = (("kh", "k"), ("gh", "g"), ("sh", "s"), ("th", "t"), ("dh", "d"), ("ch", "s"))
_LATIN_CONSONANT = str.maketrans({**dict.fromkeys("aeiouyw", ""), "q": "k", "c": "k", "z": "d"})
_WORD_ARTICLES = frozenset(("al", "el", "an", "ar", "as", "ash", "at", "az", "ad", "ul", "il"))
_ARABIC_WORD = re.compile(r"[\u0620-\u065f\u066e-\u06d3\u06fa-\u06ff]+")


def consonants(name: str) -> str:
    """The consonants of a name as a Latin transliteration writes them, in either script:
    "القحطانية" and "Al Qahtaniya" both give ``khtn``, "حمرة ناصر" and "Hamra Nasser" ``hmrnsr``.

    Coarser than :func:`skeleton` (vowels, w/y, ayn, hamza and articles go; ``q k kh → k``,
    ``s sh → s``, ``d z dh → d``; a word's final ``h``/ة goes; doubles collapse), for telling
    whether an Arabic-script name and the Latin name beside it are one name (a gloss).

    Parameters
    ----------
    name : str
        A name in Arabic or Latin script.

    Returns
    -------
    str
        Its consonants (``""`` when it has none, or when it is in neither script).
    """
    words = _ARABIC_WORD.findall(name)
    if words:
        out = []
        for w in words:
            w = w[2:] if w.startswith("ال") and len(w) > 3 else w
            w = w[:-1] if w[-1:] in "هة" else w
            out.append(w.translate(_AR_CONSONANT))
    else:
        out = []
        for w in re.split(r"[^a-z]+", fold_surface(name).replace("'", "")):
            if not w or w in _WORD_ARTICLES:
                continue
            w = w[:-1] if len(w) > 2 and w[-1] == "h" and w[-2] in "aeiou" else w
            for a, b in _LATIN_DIGRAPHS:
                w = w.replace(a, b)
            out.append(w.translate(_LATIN_CONSONANT))
    return re.sub(r"(.)\1+", r"\1", "".join(out))
