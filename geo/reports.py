"""Reading dated reports in every accepted format.

Accepted inputs (a directory is searched for all of them):

``*.txt`` / ``*.md``
    One report per file.  The first non-empty line is the dateline, the next the
    title (a leading Markdown ``#`` is dropped); optional ``Source:`` and ``URL:``
    lines may follow the title; the rest is the body.  The id is the file stem.
``*.jsonl``
    One JSON object per line with ``date`` and ``text`` (``id``, ``title``,
    ``source``, ``url`` optional).
``*.csv``
    The same columns, with a header row.

Datelines may be ISO (``2019-09-18``), numeric (``Wednesday 18 / 9 / 2019``, read
day-first unless ``dayfirst=False``; a date that only one reading allows is read
that way) or written out (``18 September 2019``, ``Sept. 18, 2019``).  A weekday
that contradicts the date, an ambiguous day/month, or an encoding fallback becomes a
*warning* on the report, not a failure.

Nothing is dropped silently: a file or row that cannot be read becomes a
:class:`Rejection` (file, line, reason) in the returned batch, or raises
:class:`~geo.exc.ReportError` with ``strict=True``.
"""

from __future__ import annotations

import calendar
import codecs
import csv
import datetime as dt
import html
import html.entities
import json
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .exc import Rejection, ReportError
from .settings import DEFAULTS
from .tables import FIELD_LIMIT, Row, read_rows

log = logging.getLogger(__name__)

SUFFIXES = (".txt", ".md", ".jsonl", ".csv")
_FIELDS = ("id", "date", "title", "text", "source", "url")
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_WEEKDAYS.update({name.lower(): i for i, name in enumerate(calendar.day_abbr)})
_WEEKDAYS.update(
    {name: i for i, name in enumerate(("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"))}
)
_WEEKDAYS.update({"الإثنين": 0, "الاربعاء": 2, "الاحد": 6})
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_WD = r"(?:(?P<wd>[A-Za-z\u0600-\u06FF]+)\.?[,،]?\s+)?"
_ISO = re.compile(r"^" + _WD + r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T ][\d:.+Z-]*)?$")
_NUM = re.compile(r"^" + _WD + r"(?P<a>\d{1,2})\s*[/.\-]\s*(?P<b>\d{1,2})\s*[/.\-]\s*(?P<y>\d{4}|\d{2})$")
_DMY = re.compile(r"^" + _WD + r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>[A-Za-z]+)\.?,?\s+(?P<y>\d{4})$")
_MDY = re.compile(r"^" + _WD + r"(?P<mon>[A-Za-z]+)\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})$")
_HEADER = re.compile(r"^(source|url|link)\s*:\s*(.*)$", re.I)


@dataclass(frozen=True, slots=True)
class Report:
    """One dated report.

    Attributes
    ----------
    id : str
        Unique id (file stem, or the ``id`` field of a JSONL/CSV row).
    date : datetime.date
        The report's date; maps are made per date.
    title, text : str
        Title and body.  Mention offsets refer to :attr:`full_text`.
    path, line : str, int
        Where the report came from (line of the dateline or of the row).
    warnings : tuple of str
        Non-fatal problems (weekday mismatch, ambiguous date, encoding fallback …).
    """

    id: str
    date: dt.date
    title: str
    text: str
    source: str = ""
    url: str = ""
    path: str = ""
    line: int = 0
    warnings: tuple[str, ...] = ()

    @property
    def full_text(self) -> str:
        """Title and body as one document: ``title + "\\n\\n" + text``."""
        return f"{self.title}\n\n{self.text}" if self.title else self.text


@dataclass(frozen=True, slots=True)
class ReportBatch:
    """Everything read from a set of inputs: the reports and the rejections."""

    reports: tuple[Report, ...] = ()
    rejected: tuple[Rejection, ...] = ()
    files: tuple[str, ...] = field(default=())

    @property
    def dates(self) -> list[dt.date]:
        """Distinct report dates, ascending."""
        return sorted({r.date for r in self.reports})


# -- dates -------------------------------------------------------------------------


def _weekday_fits(weekday: str | None, year: int, month: int, day: int) -> bool:
    """True if ``weekday`` (a name, possibly Arabic) is the weekday of that date."""
    if not weekday:
        return False
    want = _WEEKDAYS.get(weekday.lower())
    try:
        return want is not None and dt.date(year, month, day).weekday() == want
    except ValueError:
        return False


def parse_date(text: str, *, dayfirst: bool = DEFAULTS.dayfirst) -> tuple[dt.date, tuple[str, ...]]:
    """Parse a dateline.

    Parameters
    ----------
    text : str
        ``2019-09-18``, ``Wednesday 18 / 9 / 2019``, ``18 September 2019`` …
    dayfirst : bool
        How to read numeric dates where both readings are possible (``3/4/2019``).

    Returns
    -------
    (datetime.date, tuple of str)
        The date and any warnings (ambiguous day/month, weekday that disagrees).

    Raises
    ------
    ValueError
        Not a date in an accepted form, or an impossible one such as ``31/2/2019``.
    """
    s = " ".join(text.translate(_DIGITS).strip().strip("*#_").split())
    warnings: list[str] = []
    m = _ISO.match(s)
    if m:
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    elif m := _NUM.match(s):
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        y = y + 2000 if y < 100 else y
        if a > 12 >= b:
            d, mo = a, b
        elif b > 12 >= a:
            d, mo = b, a
            if dayfirst:
                warnings.append(f"date {s!r} read month-first ({b} cannot be a month)")
        elif a != b:
            d, mo = (a, b) if dayfirst else (b, a)
            readings = [(dd, mm) for dd, mm in ((a, b), (b, a)) if _weekday_fits(m["wd"], y, mm, dd)]
            if len(readings) == 1:  # the weekday says which: "Sunday 11 / 8 / 2019" is 11 August
                d, mo = readings[0]
            else:
                warnings.append(
                    f"ambiguous date {s!r} read as {'day' if dayfirst else 'month'}-first "
                    f"(use --dayfirst/--monthfirst to change)"
                )
        else:
            d = mo = a
    elif (m := _DMY.match(s)) or (m := _MDY.match(s)):
        month = _MONTHS.get(m["mon"].lower().rstrip("."))
        if month is None:
            raise ValueError(f"{m['mon']!r} is not a month name")
        mo = month
        y, d = int(m["y"]), int(m["d"])
    else:
        raise ValueError(
            f"{text.strip()[:60]!r} is not a date; expected e.g. 2019-09-18, 18/9/2019 or 18 September 2019"
        )
    try:
        date = dt.date(y, mo, d)
    except ValueError as err:
        raise ValueError(f"{s!r} is not a valid date ({err})") from None
    wd = m["wd"]
    if wd:
        want = _WEEKDAYS.get(wd.lower())
        if want is None:
            raise ValueError(f"{wd!r} is neither a weekday nor part of a date")
        if want != date.weekday():
            warnings.append(f"weekday {wd} does not match {date.isoformat()} (a {calendar.day_name[date.weekday()]})")
    return date, tuple(warnings)


# -- decoding ------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _plausible(text: str) -> float:
    """Share of characters that are letters, digits, spaces or punctuation (no controls)."""
    sample = text[:2048]
    if not sample:
        return 0.0
    ok = sum(1 for ch in sample if ch.isalnum() or ch.isspace() or ch in ".,;:!?'\"()-–—/%«»،؛؟“”‘’")
    return ok / len(sample)


def _utf16_without_bom(raw: bytes) -> tuple[str, str]:
    """Decode BOM-less UTF-16 (NUL bytes present): the byte order that reads as text wins.

    Arabic text has no NUL bytes at all, so counting NULs cannot tell the byte order;
    decoding both ways and keeping the one made of letters and spaces can.
    """
    best, best_enc, best_score = "", "", 0.0
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = raw[: len(raw) // 2 * 2].decode(enc)
        except UnicodeDecodeError:
            continue
        score = _plausible(text)
        if score > best_score:
            best, best_enc, best_score = text, enc, score
    if best_score < 0.9:
        raise ValueError("binary file (NUL bytes); expected UTF-8 text")
    return best, best_enc


def decode_bytes(raw: bytes) -> tuple[str, tuple[str, ...]]:
    """Decode report bytes: BOMs, UTF-8, BOM-less UTF-16, else Windows-1256 (Arabic).

    Line endings are normalised to ``\\n``.  Raises ``ValueError`` for binary data.
    """
    warnings: list[str] = []
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            text = raw.decode(enc)
            break
    else:
        if b"\x00" in raw[:4096]:
            text, enc = _utf16_without_bom(raw)
            warnings.append(f"decoded as {enc} without a byte-order mark")
        else:
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("cp1256", errors="replace")
                warnings.append("not valid UTF-8; decoded as Windows-1256 (Arabic)")
    control = sum(1 for ch in text[:4096] if ch < " " and ch not in "\n\r\t\f")
    if control > 0.01 * max(1, min(len(text), 4096)):
        raise ValueError("binary file (control characters); expected text")
    return text.replace("\r\n", "\n").replace("\r", "\n"), tuple(warnings)


# -- readers -------------------------------------------------------------------------


def _read_text_report(path: Path, text: str, warnings: tuple[str, ...], *, dayfirst: bool) -> Report:
    lines = text.split("\n")
    idx = [i for i, ln in enumerate(lines) if ln.strip()]
    if not idx:
        raise ReportError("empty report: expected a dateline, a title and a body", path=path)
    first = idx[0]
    try:
        date, w = parse_date(lines[first], dayfirst=dayfirst)
        title_i = idx[1] if len(idx) > 1 else None
    except ValueError as err:
        # tolerate "title, then dateline" but say so
        if len(idx) > 1:
            try:
                date, w = parse_date(lines[idx[1]], dayfirst=dayfirst)
            except ValueError:
                raise ReportError(f"no dateline: {err}", path=path, line=first + 1) from None
            w = (*w, "title came before the dateline")
            title_i, first = first, idx[1]
        else:
            raise ReportError(f"no dateline: {err}", path=path, line=first + 1) from None
    title = lines[title_i].strip().lstrip("#").strip() if title_i is not None else ""
    body_start = max(first, title_i if title_i is not None else first) + 1
    source = url = ""
    while body_start < len(lines):
        ln = lines[body_start].strip()
        h = _HEADER.match(ln)
        if h:
            if h[1].lower() == "source":
                source = h[2].strip()
            else:
                url = h[2].strip()
        elif ln:
            break
        body_start += 1
    body, w2 = _clean_text("\n".join(lines[body_start:]).strip("\n"))
    title, w3 = _clean_text(title, "title")
    if not body.strip() and not title:
        raise ReportError("report has a dateline but no title or body", path=path, line=first + 1)
    return Report(
        id=path.stem,
        date=date,
        title=title,
        text=body,
        source=source,
        url=url,
        path=str(path),
        line=first + 1,
        warnings=(*warnings, *w, *w2, *w3),
    )


def _row_report(row: dict, path: Path, line: int, *, dayfirst: bool, warnings: tuple[str, ...] = ()) -> Report:
    if not isinstance(row, dict):
        raise ReportError(f"expected a JSON object, found {type(row).__name__}", path=path, line=line)
    missing = [k for k in ("date", "text") if not str(row.get(k) or "").strip()]
    if missing:
        raise ReportError(
            f"missing {' and '.join(missing)}; every report needs a date and a text",
            path=path,
            line=line,
            item=str(row.get("id") or ""),
        )
    try:
        date, w = parse_date(str(row["date"]), dayfirst=dayfirst)
    except ValueError as err:
        raise ReportError(str(err), path=path, line=line, item=str(row.get("id") or "")) from None
    rid = str(row.get("id") or "").strip() or f"{path.stem}-{line}"
    for column in ("id", "title", "text", "source", "url"):
        value = str(row.get(column) or "")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as err:
            raise ReportError(
                f"{column} holds an unpaired surrogate ({value[err.start]!r} at character {err.start}); "
                "expected valid Unicode text",
                path=path,
                line=line,
                item=rid,
            ) from None
    text, w2 = _clean_text(str(row["text"]))
    title, w3 = _clean_text(str(row.get("title") or "").strip(), "title")
    return Report(
        id=rid,
        date=date,
        title=title,
        text=text.replace("\r\n", "\n").replace("\r", "\n"),
        source=str(row.get("source") or "").strip(),
        url=str(row.get("url") or "").strip(),
        path=str(path),
        line=line,
        warnings=(*warnings, *w, *w2, *w3),
    )


_CHAR_REF = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


#: Arabic letters in their shaped (presentation) forms, U+FB50–U+FDFF and U+FE70–U+FEFE (U+FEFF is the byte-order mark)
_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]+")


#: a star between two letters of a word ("kil*led", "IS*IS", "assas*sinated")
_MASKED = re.compile(r"(?<=[A-Za-z])\*(?=[A-Za-z])")
#: words of violence a wire service splits with a hyphen to pass social media filters ("kil-led", "De-ath")
_HYPHEN_WORDS = re.findall(
    r"\w+",
    "killed kill kills killing death deaths dead dies died die torture tortured torturing attack attacks attacked "
    "clashes clash shelling explosion explosions explode exploded kidnap kidnapped kidnapping assassination "
    "assassinated gunmen gunman slaughter slaughtered fatalities violence arrested arrests bombing airstrikes "
    "massacre execution executed injured wounded fighting murder murdered",
)
#: "Turkey -backed", "Turkish- backed": a compound of a side and a participle, split by a space at the hyphen
_SPACED_COMPOUND = re.compile(
    # (not a dash before a phrase of its own: "The SDF - led by the YPG - took X")
    r"(?<=\w)(?: -|- | - )(backed|held|controlled|led|linked|affiliated|loyal|allied|run|supported)\b(?!\s+by\b)"
)
#: an Arabic article parted from its name by spaces: "al- Raqqa" (not "al-Bab", nor "al - " between words)
_SPACED_ARTICLE = re.compile(r"(?<![\w-])([Aa]l|[Ee]l)-[ \t]+(?=[A-Za-z])")
_HYPHEN_MASKED = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(sorted({f"{w[:i]}-{w[i:]}" for w in _HYPHEN_WORDS for i in range(1, len(w))}, key=len, reverse=True))
    + r")(?![\w-])",
    re.I,
)


#: the repairs at a hyphen, in order, each with what its warning says was joined: the masking of a word of violence
#: ("kil-led", "De-ath toll", "di-es under tor-ture"; a hyphen in any other word, "al-Bab", "cease-fire", stays); a
#: compound split by a stray space ("Turkey -backed FSA", "Kurdish -held"); an article set apart from its name by a
#: space, as older SOHR English writes it ("Ayn al- Arab", "Jabhat al- Nusra")
_HYPHEN_REPAIRS = (
    (_HYPHEN_MASKED, lambda m: m.group().replace("-", ""), "word(s) of violence split by a hyphen in the {} joined"),
    (_SPACED_COMPOUND, r"-\1", "compound(s) split by a space at the hyphen in the {} joined ('X -backed')"),
    (_SPACED_ARTICLE, r"\1-", "article(s) set apart from their name by a space in the {} joined ('al- X')"),
)


#: the hyphen's typeset forms: U+2010 HYPHEN and U+2011 NON-BREAKING HYPHEN
_HYPHEN_FORMS = "\u2010\u2011"
_PLAIN_HYPHENS = str.maketrans(dict.fromkeys(_HYPHEN_FORMS, "-"))


def _clean_text(text: str, what: str = "text") -> tuple[str, tuple[str, ...]]:
    """``text`` as a reader sees it, with a warning for each repair.

    NUL characters (which GIS formats cut strings at) become U+FFFD; zero-width spaces (U+200B,
    pasted from web pages) are removed.  HTML character
    references left in scraped wire text (``Ma&#8217;arrat``, ``&quot;``) are decoded:
    the geoparser reads ``Ma’arrat``, the popups quote it as written (the pages escape
    every piece of report text, so a decoded ``<`` is still shown, never run).  Only whole
    references that name a printable character are decoded: ``AT&T``, ``&ltd;`` and a
    line break or direction mark written as ``&#13;`` or ``&#x202e;`` stay as written.

    >>> _clean_text("ISIS executes a man in Ma&#8217;arrat &amp; Saraqib")
    ('ISIS executes a man in Ma’arrat & Saraqib', ('2 HTML character reference(s) in the text decoded',))
    >>> _clean_text("killed in \\u200b\\u200bDeir Ezzor")
    ('killed in Deir Ezzor', ('2 zero-width space(s) in the text removed',))
    >>> _clean_text("Audi&ltd; &notice; line&#13;break &#x202e;")[0]
    'Audi&ltd; &notice; line&#13;break &#x202e;'

    Arabic typed in its shaped glyph forms (U+FB50–U+FDFF, U+FE70–U+FEFE, as PDF exports write it) is written in
    plain letters, the forms the gazetteer's Arabic names use:

    >>> _clean_text("(S914) \ufeb7\ufe8e\ufead\ufec9 Al Amassi Street")
    ('(S914) شارع Al Amassi Street', ('4 Arabic presentation form(s) in the text written as plain letters',))

    A star inside a word, as a wire service masks words against social media filters, is taken out; a star
    elsewhere stays:

    >>> _clean_text("IS*IS ambush | Six members kil*led near Palmyra *updated*")
    ('ISIS ambush | Six members killed near Palmyra *updated*', ('2 asterisk(s) inside words in the text removed',))
    >>> _clean_text("De-ath toll update | Man di-es under tor-ture in al-Bab")[0]
    'Death toll update | Man dies under torture in al-Bab'
    >>> _clean_text("Turkey -backed FSA and Turkish- backed factions in Kurdish - held Afrin")[0]
    'Turkey-backed FSA and Turkish-backed factions in Kurdish-held Afrin'
    >>> _clean_text("The SDF - led by the YPG - took Tabqa")[0]
    'The SDF - led by the YPG - took Tabqa'
    >>> _clean_text("Clashes in Ayn al- Arab and Jeser al-  Shagour")[0]
    'Clashes in Ayn al-Arab and Jeser al-Shagour'
    >>> _clean_text("SDF attacked IS near al\u2011Hawl")
    ('SDF attacked IS near al-Hawl', ('1 typeset hyphen(s) (U+2010, U+2011) in the text written as plain ones',))
    """
    warnings: list[str] = []
    if "&" in text:
        refs = 0

        def decode(m: re.Match) -> str:
            nonlocal refs
            ref = m.group(0)
            if ref[1] != "#" and ref[1:] not in html.entities.html5:
                return ref  # not a named reference ("&ltd;"): html.unescape would still take its "&lt" prefix
            out = html.unescape(ref)
            if not (out.isprintable() or out == "\xa0"):
                return ref  # a control, line break or direction mark ("&#13;", "&#x202e;") stays as written
            refs += 1
            return out

        text = _CHAR_REF.sub(decode, text)
        if refs:
            warnings.append(f"{refs} HTML character reference(s) in the {what} decoded")
    n = text.count("\u200b")
    if n:
        # "in \u200b\u200bDeir Ezzor": an invisible space pasted from a web page parts a name from its preposition
        text = text.replace("\u200b", "")
        warnings.append(f"{n} zero-width space(s) in the {what} removed")
    if _PRESENTATION_FORMS.search(text):
        # "(S914) ﺷﺎﺭﻉ ﺍﻻﻣﺎﺳﻲ Al Amassi Street": Arabic typed in its shaped glyph forms (PDF and Word exports) is the
        # same word as in plain letters; the reader and the gazetteer's Arabic names know only the plain ones
        n = 0

        def plain(m: re.Match) -> str:
            nonlocal n
            n += len(m.group())
            return unicodedata.normalize("NFKC", m.group())

        text = _PRESENTATION_FORMS.sub(plain, text)
        warnings.append(f"{n} Arabic presentation form(s) in the {what} written as plain letters")
    n = sum(text.count(c) for c in _HYPHEN_FORMS)
    if n:
        # "near al‑Hawl, forty kilometers east of al‑Hasakah": a typeset hyphen (U+2010, or U+2011 the non-breaking one,
        # as a web page or a report sets it) is the name's hyphen; the reader and the gazetteer know only the plain one
        text = text.translate(_PLAIN_HYPHENS)
        warnings.append(f"{n} typeset hyphen(s) (U+2010, U+2011) in the {what} written as plain ones")
    if "*" in text:
        # "Two members kil*led in cla*shes", "IS*IS ambush": a wire service masks words against social media filters;
        # the word is the one without the star
        text, n = _MASKED.subn("", text)
        if n:
            warnings.append(f"{n} asterisk(s) inside words in the {what} removed")
    if "-" in text:
        for pattern, repl, warning in _HYPHEN_REPAIRS:
            text, n = pattern.subn(repl, text)
            if n:
                warnings.append(f"{n} {warning.format(what)}")
    n = text.count("\x00")
    if n:
        text = text.replace("\x00", "\ufffd")
        warnings.append(f"{n} NUL character(s) in the {what} replaced by U+FFFD")
    return text, tuple(warnings)


def _read_jsonl(path: Path, text: str, warnings, *, dayfirst: bool, max_bytes: int):
    for n, ln in enumerate(text.split("\n"), start=1):
        if not ln.strip():
            continue
        if len(ln) > max_bytes:
            yield ReportError(
                f"report is {len(ln) / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit", path=path, line=n
            )
            continue
        try:
            row = json.loads(ln)
        except json.JSONDecodeError as err:
            yield ReportError(
                f"invalid JSON ({err.msg} at column {err.colno}); expected one object per line with date and text",
                path=path,
                line=n,
            )
            continue
        try:
            yield _row_report(row, path, n, dayfirst=dayfirst, warnings=warnings)
        except ReportError as err:
            yield err


def _read_csv(path: Path, text: str, warnings, *, dayfirst: bool, max_bytes: int):
    try:
        rows = list(
            read_rows(
                text,
                path=path,
                required=("date", "text"),
                error=ReportError,
                expected=_FIELDS,
                field_limit=max(max_bytes, FIELD_LIMIT),
            )
        )
    except ReportError as err:
        yield err
        return
    header = next(csv.reader([text.splitlines()[0]]))
    extra = [h.strip() for h in header if h.strip().lower() not in _FIELDS]
    w = (*warnings, f"ignored unknown column(s) {', '.join(extra)}") if extra else warnings
    for row in rows:
        if not isinstance(row, Row):
            yield row
            continue
        if len(row.cells.get("text", "")) > max_bytes:
            yield ReportError("report is over the size limit", path=path, line=row.line)
            continue
        try:
            yield _row_report(row.cells, path, row.line, dayfirst=dayfirst, warnings=w)
        except ReportError as err:
            yield err


def _read_file(path: Path, *, dayfirst: bool, max_bytes: int):
    """Yield Report or ReportError items for one file."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield ReportError(f"unsupported file type {suffix or '(none)'}; expected {', '.join(SUFFIXES)}", path=path)
        return
    try:
        size = path.stat().st_size
        if size == 0:
            yield ReportError("empty file", path=path)
            return
        if suffix in (".txt", ".md") and size > max_bytes:
            yield ReportError(
                f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB "
                "limit for one report (raise --max-report-mb)",
                path=path,
            )
            return
        raw = path.read_bytes()
    except OSError as err:
        yield ReportError(f"cannot read: {err.strerror}", path=path)
        return
    try:
        text, warnings = decode_bytes(raw)
    except (ValueError, UnicodeDecodeError) as err:
        yield ReportError(str(err), path=path)
        return
    if not text.strip():
        yield ReportError("file holds only white space", path=path)
        return
    if suffix in (".txt", ".md"):
        try:
            yield _read_text_report(path, text, warnings, dayfirst=dayfirst)
        except ReportError as err:
            yield err
    elif suffix == ".jsonl":
        yield from _read_jsonl(path, text, warnings, dayfirst=dayfirst, max_bytes=max_bytes)
    else:
        yield from _read_csv(path, text, warnings, dayfirst=dayfirst, max_bytes=max_bytes)


def report_files(source: Path | str | Iterable[Path | str]) -> list[Path]:
    """The report files under ``source`` (a file, a directory, or several of either)."""
    items = [source] if isinstance(source, (str, Path)) else list(source)
    files: list[Path] = []
    for item in map(Path, items):
        if item.is_dir():
            files.extend(
                p
                for p in sorted(item.rglob("*"))
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(item).parts)
            )
        elif item.exists():
            files.append(item)
        else:
            raise ReportError("no such file or directory", path=item)
    return files


def read_reports(
    source: Path | str | Iterable[Path | str] = DEFAULTS.reports_dir,
    *,
    dayfirst: bool = DEFAULTS.dayfirst,
    strict: bool = DEFAULTS.strict,
    max_bytes: int = DEFAULTS.max_report_bytes,
) -> ReportBatch:
    """Read every report under ``source``.

    Parameters
    ----------
    source : path or iterable of paths
        Files and/or directories (searched recursively; hidden files are skipped).
    dayfirst : bool
        Reading of ambiguous numeric dates (flagged on the report either way).
    strict : bool
        Raise on the first bad report instead of listing it as rejected.
    max_bytes : int
        Largest accepted report.

    Returns
    -------
    ReportBatch
        Accepted reports (sorted by date, then id) and rejections.  Duplicate ids
        keep the first occurrence; later ones are rejected.

    Raises
    ------
    ReportError
        With ``strict=True``, for the first unreadable report; always, for a
        ``source`` that does not exist.
    """
    files = report_files(source)
    items = (item for path in files for item in _read_file(path, dayfirst=dayfirst, max_bytes=max_bytes))
    reports, rejected = _collect(items, strict=strict)
    return ReportBatch(tuple(reports), tuple(rejected), tuple(map(str, files)))


def _collect(items: Iterable[Report | ReportError], *, strict: bool) -> tuple[list[Report], list[Rejection]]:
    """Reports in date order and the rejections (bad rows, later duplicates of an id)."""
    reports: list[Report] = []
    rejected: list[Rejection] = []
    seen: dict[str, Report] = {}
    for item in items:
        if isinstance(item, ReportError):
            if strict:
                raise item
            log.warning("rejected %s", item)
            rejected.append(Rejection.of(item))
            continue
        first = seen.get(item.id)
        if first is not None:
            err = ReportError(
                f"duplicate report id {item.id!r} (first in {first.path}:{first.line})",
                path=item.path,
                line=item.line,
                item=item.id,
            )
            if strict:
                raise err
            rejected.append(Rejection.of(err))
            continue
        seen[item.id] = item
        reports.append(item)
    reports.sort(key=lambda r: (r.date, r.id))
    return reports, rejected


def reports_from_frame(
    frame, *, name: str = "<DataFrame>", dayfirst: bool = DEFAULTS.dayfirst, strict: bool = False
) -> ReportBatch:
    """Reports from a DataFrame with the columns of a report CSV (``date`` and ``text`` required).

    Rows are checked like the rows of a CSV file; a bad row is rejected with its
    position (row 1 is the first data row) and the others are used.

    >>> import pandas as pd
    >>> batch = reports_from_frame(pd.DataFrame({"date": ["2019-08-21", "soon"], "text": ["Jets hit Saraqib.", "?"]}))
    >>> [r.date.isoformat() for r in batch.reports], [j.line for j in batch.rejected]
    (['2019-08-21'], [2])
    """
    missing = [c for c in ("date", "text") if c not in frame.columns]
    if missing:
        raise ReportError(
            f"missing column(s) {', '.join(missing)}; expected {', '.join(_FIELDS)}", path=name, line=None
        )
    path = Path(name)

    def rows() -> Iterator[Report | ReportError]:
        for n, row in enumerate(frame.to_dict("records"), start=1):
            clean = {k: ("" if v is None or (isinstance(v, float) and v != v) else v) for k, v in row.items()}
            try:
                yield _row_report({k: str(v) for k, v in clean.items()}, path, n, dayfirst=dayfirst)
            except ReportError as err:
                yield err

    reports, rejected = _collect(rows(), strict=strict)
    return ReportBatch(tuple(reports), tuple(rejected), (name,))
