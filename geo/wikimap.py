"""Control marks from a saved Wikipedia "detailed map" module (Lua data).

Wikipedia's *Syrian Civil War detailed map* (``Module:Syrian Civil War detailed
map``, and its sister modules) is a Lua file that returns a table of marks::

    return {
        marks = {
            { lat = "35.442", long = "36.651", mark = "Location dot red.svg", marksize = 8,
              label = "[[Khan Shaykhun]]", link = "Khan Shaykhun" },
            ...
        },
        containerArgs = { ... },
    }

Save the module's source from any revision as ``<name>.lua`` in ``data/zones/``
and every mark becomes a settlement mark: its icon says who holds it, through the
``map_icons`` column of ``data/actors.csv`` (``Location dot red.svg`` →
government …).  An icon no actor lists is *reported* (file, line, mark, the icons
the table knows) and the mark is left ``unknown``, never guessed; an unknown icon
drawn at the same point as a known one (a siege ring, a border-post symbol) only
decorates it and adds no mark.

**Date.** The revision date is the mark's ``as_of``: the first ISO date in the file
name (``2019-08-01_syria.lua``) or, failing that, in the comment lines at the top of
the file (``-- revision 912345678 of 2019-08-01``).  The file name wins.

The reader evaluates only data: table constructors, strings (short and long),
numbers, booleans, ``nil``, ``local`` variables, field access and ``..``
concatenation, as the modules use them — and ``mw.loadData('Module:…')``, the
shared table of icons the current modules read (``m.gov_hill``), whose fields stand
for their own names (``gov_hill``: no actor lists such a name, so those marks are
reported; the gazetteer importer takes the kind from it).  Anything else (a
function call, a loop) stops with the line and what was found.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pandas as pd

from .actors import UNKNOWN, Actors
from .exc import Rejection, ZoneError
from .geometry import lonlat_points, position_problem
from .settings import DEFAULTS
from .theatre import in_box

log = logging.getLogger(__name__)

SUFFIXES = (".lua",)
COLUMNS = ["name", "lat", "lon", "controller", "as_of", "source", "estimated"]
_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")
_SAME_POINT_DEG = 1e-4  # marks closer than this (~10 m) are one place drawn with several icons
_TOKEN = re.compile(
    r"""(?P<space>\s+)
      | (?P<comment>--(?:\[(?P<ceq>=*)\[[\s\S]*?\](?P=ceq)\]|[^\n]*))
      | (?P<long>\[(?P<leq>=*)\[[\s\S]*?\](?P=leq)\])
      | (?P<str>"(?:[^"\\\n]|\\[\s\S])*"|'(?:[^'\\\n]|\\[\s\S])*')
      | (?P<num>0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)
      | (?P<name>[A-Za-z_]\w*)
      | (?P<op>\.\.|[{}\[\]=,;.()\-+*/#:<>~^%])
    """,
    re.X,
)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v", "\\": "\\", '"': '"', "'": "'"}
_ESCAPE = re.compile(r"\\(?:(\d{1,3})|x([0-9a-fA-F]{2})|z\s*|u\{([0-9a-fA-F]+)\}|(\n)|([\s\S]))")


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str
    text: str
    line: int


class LuaTable(dict):
    """A Lua table: keys are strings or 1-based integers (the array part)."""

    def array(self) -> list:
        """The values at keys 1, 2, … in order."""
        out, i = [], 1
        while i in self:
            out.append(self[i])
            i += 1
        return out


def _unescape(body: str) -> str:
    def one(m: re.Match) -> str:
        dec, hx, uni, newline, ch = m.groups()
        if dec:
            return chr(int(dec))
        if hx:
            return chr(int(hx, 16))
        if uni:
            return chr(int(uni, 16))
        if newline:
            return "\n"
        if ch is not None:
            return _ESCAPES.get(ch, ch)
        return ""  # \z skips following white space

    return _ESCAPE.sub(one, body)


def _tokens(text: str, path: Path) -> list[_Token]:
    out, pos, line = [], 0, 1
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None:
            raise ZoneError(f"unexpected character {text[pos]!r} in the Lua data", path=path, line=line)
        kind = next(k for k in ("space", "comment", "long", "str", "num", "name", "op") if m.group(k) is not None)
        if kind not in ("space", "comment"):
            out.append(_Token(kind, m.group(kind), line))
        line += m.group(0).count("\n")
        pos = m.end()
    out.append(_Token("eof", "", line))
    return out


class _SharedTable(LuaTable):
    """A table another module holds (``mw.loadData``): each field read from it is its own name."""

    def get(self, key, default=None):
        return str(key)


class _Parser:
    """Recursive descent over the data subset of Lua (see the module docstring)."""

    def __init__(self, tokens: list[_Token], path: Path) -> None:
        self.t, self.i, self.path = tokens, 0, path
        self.env: dict[str, object] = {}

    def _peek(self, k: int = 0) -> _Token:
        return self.t[min(self.i + k, len(self.t) - 1)]

    def _next(self) -> _Token:
        tok = self.t[self.i]
        self.i += 1
        return tok

    def _fail(self, what: str, tok: _Token | None = None) -> ZoneError:
        tok = tok or self._peek()
        found = tok.text or "end of file"
        return ZoneError(
            f"{what}, found {found!r}; only the data part of a module (tables, strings, numbers, "
            "local names) can be read: save the module's source as it is on the wiki",
            path=self.path,
            line=tok.line,
        )

    def _expect(self, text: str) -> _Token:
        tok = self._next()
        if tok.text != text or tok.kind not in ("op", "name"):
            raise self._fail(f"expected {text!r}", tok)
        return tok

    def chunk(self) -> object:
        """Run the statements; return the value of ``return`` (or the globals)."""
        while self._peek().kind != "eof":
            tok = self._peek()
            if tok.kind == "name" and tok.text == "return":
                self._next()
                value = self.exp()
                if self._peek().text == ";":
                    self._next()
                return value
            if tok.kind == "name" and tok.text == "local":
                self._next()
                name = self._next()
                if name.kind != "name":
                    raise self._fail("expected a name after 'local'", name)
                self._expect("=")
                self.env[name.text] = self.exp()
            elif tok.kind == "name":
                self._assign()
            elif tok.text == ";":
                self._next()
            else:
                raise self._fail("expected a statement")
        return LuaTable(self.env)

    def _assign(self) -> None:
        name = self._next()
        keys: list[object] = []
        while self._peek().text in (".", "["):
            if self._next().text == ".":
                keys.append(self._next().text)
            else:
                keys.append(self.exp())
                self._expect("]")
        self._expect("=")
        value = self.exp()
        if not keys:
            self.env[name.text] = value
            return
        target = self.env.get(name.text)
        for k in keys[:-1]:
            target = target.get(k) if isinstance(target, dict) else None
        if not isinstance(target, dict):
            raise self._fail(f"{name.text} is not a table", name)
        target[keys[-1]] = value

    def exp(self) -> object:
        value = self._term()
        while self._peek().text == "..":
            self._next()
            right = self._term()
            value = f"{_lua_str(value)}{_lua_str(right)}"
        return value

    def _term(self) -> object:
        tok = self._next()
        if tok.kind == "str":
            return _unescape(tok.text[1:-1])
        if tok.kind == "long":
            body = tok.text[tok.text.index("[", 1) + 1 : tok.text.rindex("]", 0, -1)]
            return body[1:] if body.startswith("\n") else body
        if tok.kind == "num":
            return float(int(tok.text, 16)) if tok.text[:2].lower() == "0x" else float(tok.text)
        if tok.text == "-" and self._peek().kind == "num":
            return -float(self._next().text)
        if tok.text == "{":
            return self._table()
        if tok.kind == "name":
            if tok.text in ("true", "false"):
                return tok.text == "true"
            if tok.text == "nil":
                return None
            if tok.text in ("function", "if", "for", "while", "repeat", "do", "require"):
                raise self._fail("found code, not data", tok)
            if tok.text == "mw" and [self._peek(k).text for k in range(3)] == [".", "loadData", "("]:
                return self._shared_data()
            if self._peek().text in ("(", ":") or (self._peek().kind in ("str", "long") or self._peek().text == "{"):
                raise self._fail(f"found a function call ({tok.text}), not data", tok)
            if tok.text not in self.env:
                raise self._fail(f"{tok.text} is not defined before this line", tok)
            value = self.env[tok.text]
            while self._peek().text in (".", "["):
                sep = self._next().text
                key: object = self._next().text if sep == "." else self._bracket_key()
                value = value.get(key) if isinstance(value, dict) else None
            if self._peek().text == "(":
                raise self._fail("found a function call, not data")
            return value
        raise self._fail("expected a value", tok)

    def _shared_data(self) -> _SharedTable:
        """``mw.loadData('Module:Middle East conflicts map marks')`` (after ``mw``): the modules' shared table of icons,
        which is not in the file — its fields stand for themselves (``m.gov_hill`` is the icon ``gov_hill``)."""
        self._next(), self._next(), self._next()
        name = self._next()
        if name.kind not in ("str", "long"):
            raise self._fail("expected the name of the module mw.loadData reads", name)
        self._expect(")")
        return _SharedTable()

    def _bracket_key(self) -> object:
        """The key of ``[exp]`` after its ``[`` (consumes the ``]``)."""
        key = self.exp()
        self._expect("]")
        return key

    def _table(self) -> LuaTable:
        table, n = LuaTable(), 0
        while self._peek().text != "}":
            if self._peek().text == "[" and self._peek().kind == "op":
                self._next()
                key = self.exp()
                self._expect("]")
                self._expect("=")
                table[int(key) if isinstance(key, float) and key.is_integer() else key] = self.exp()
            elif self._peek().kind == "name" and self._peek(1).text == "=":
                key = self._next().text
                self._next()
                table[key] = self.exp()
            else:
                n += 1
                value = self.exp()
                if value is not None:  # a nil field is no field
                    table[n] = value
            if self._peek().text in (",", ";"):
                self._next()
            elif self._peek().text != "}":
                raise self._fail("expected ',' or '}' in a table")
        self._next()
        return table


def _lua_str(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def parse_lua(text: str, path: Path | str = "<string>") -> object:
    """Evaluate the data part of a Lua module; return what it returns.

    Raises
    ------
    ZoneError
        Code that is not data (function calls, loops …), naming the line.
    """
    return _Parser(_tokens(text, Path(path)), Path(path)).chunk()


def _revision_date(path: Path, text: str) -> dt.date:
    m = _DATE.search(path.name)
    if m is None:
        header = []
        for raw in text.splitlines():
            stripped = raw.strip()
            if not stripped:
                continue
            if not stripped.startswith("--"):
                break
            header.append(stripped)
        m = _DATE.search("\n".join(header))
    if m is None:
        raise ZoneError(
            "no revision date: put it at the start of the file name (2019-08-01_syria.lua) "
            "or in a leading comment (-- revision of 2019-08-01)",
            path=path,
        )
    try:
        return dt.date.fromisoformat(m.group(1))
    except ValueError:
        raise ZoneError(f"revision date {m.group(1)!r} is not a real date", path=path) from None


_WIKILINK = re.compile(r"\[\[(?:[^|\]]*\|)?([^\]]*)\]\]")


def mark_label(mark: dict) -> str:
    for key in ("label", "link"):
        text = mark.get(key)
        if isinstance(text, str) and text.strip():
            text = _WIKILINK.sub(r"\1", text)
            text = re.sub(r"<[^>]*>|'{2,}", " ", text)
            return re.sub(r"\s+", " ", text).strip()
    return ""


def _mark_lines(text: str) -> list[int]:
    """Line of every ``mark =`` field, in order (to name marks in messages)."""
    return [text.count("\n", 0, m.start()) + 1 for m in re.finditer(r"\bmark\s*=", text)]


def module_marks(text: str, path: Path | str = "<string>") -> list[tuple[int | None, object]]:
    """Every entry of the marks table a module's source returns (``marks = {…}``, or the list
    itself), with the line of its ``mark =`` field.

    Raises
    ------
    ZoneError
        Code that is not data, or no marks table.
    """
    value = parse_lua(text, path)
    marks = value.get("marks") if isinstance(value, dict) else None
    if isinstance(value, LuaTable) and marks is None and value.array():
        marks = value  # (a module that returns its list of marks itself)
    if not isinstance(marks, LuaTable):
        raise ZoneError("no 'marks' table in what the module returns", path=Path(path))
    lines = _mark_lines(text)
    return [(lines[n] if n < len(lines) else None, mark) for n, mark in enumerate(marks.array())]


def read_wikimap(
    path: Path, actors: Actors, *, aoi=DEFAULTS.aoi, country: str = DEFAULTS.aoi_country, strict: bool = False
) -> tuple[gpd.GeoDataFrame, list[Rejection], list[str]]:
    """Read the marks of a saved Wikipedia detailed-map module.

    Parameters
    ----------
    path : Path
        A ``.lua`` file (the module's source from any revision).
    actors : Actors
        Their ``map_icons`` say which icon means which controller.
    aoi, country
        Marks outside the area of interest or the country are rejected.
    strict : bool
        Raise on the first bad mark instead of listing it.

    Returns
    -------
    (GeoDataFrame, rejected, warnings)
        Points with ``name, lat, lon, controller, as_of, source, estimated`` (the
        columns of :func:`geo.zones.read_settlements`); marks that cannot be used;
        one warning per icon no actor lists (with its marks' count and first lines).

    Raises
    ------
    ZoneError
        Unreadable file, code that is not data, no ``marks`` table, or no revision date.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        raise ZoneError(f"not UTF-8 text ({err.reason} at byte {err.start}); save it as UTF-8", path=path) from None
    as_of = _revision_date(path, text)
    marks = module_marks(text, path)
    rows: list[dict] = []
    rejected: list[Rejection] = []
    unknown: dict[str, list[tuple[int | None, str]]] = {}
    for n, (line, mark) in enumerate(marks):
        if not isinstance(mark, dict):
            continue
        name = mark_label(mark) or f"mark {n + 1}"
        try:
            try:
                lat, lon = float(mark.get("lat")), float(mark.get("long", mark.get("lon")))  # type: ignore[arg-type]
            except (TypeError, ValueError):
                raise ZoneError(
                    f"lat/long {mark.get('lat')!r}, {mark.get('long')!r} are not numbers",
                    path=path,
                    line=line,
                    item=name,
                ) from None
            problem = position_problem(lat, lon, country, aoi)
            if problem is None and not in_box(lat, lon, aoi):
                problem = f"({lat}, {lon}) is outside the area of interest"
            if problem:
                raise ZoneError(problem, path=path, line=line, item=name)
        except ZoneError as err:
            if strict:
                raise
            rejected.append(Rejection(str(path), err.line or line or 0, err.reason, err.item or name))
            continue
        icon = str(mark.get("mark") or "")
        controller = actors.by_icon(icon) if icon else ""
        if not controller:
            unknown.setdefault(icon, []).append((line, name))
        rows.append(
            {
                "name": name,
                "lat": lat,
                "lon": lon,
                "controller": controller or UNKNOWN,
                "as_of": as_of,
                "source": f"{path.name}:{line}" if line else path.name,
                "estimated": False,
            }
        )
    df = pd.DataFrame(rows, columns=COLUMNS)
    if len(df):
        # an unknown icon at a known mark's point decorates it (siege ring, border post)
        key = list(zip((df["lat"] / _SAME_POINT_DEG).round(), (df["lon"] / _SAME_POINT_DEG).round()))
        known_at = {k for k, c in zip(key, df["controller"]) if c != UNKNOWN}
        keep = [c != UNKNOWN or k not in known_at for k, c in zip(key, df["controller"])]
        df = df[keep].reset_index(drop=True)
    warnings = []
    for icon, where in unknown.items():
        first = ", ".join(f"line {ln} '{nm}'" if ln else f"'{nm}'" for ln, nm in where[:3])
        warnings.append(
            f"{path}: icon {icon or '(none)'!r} of {len(where)} mark(s) ({first}{', …' if len(where) > 3 else ''}) "
            f"is in no actor's map_icons; left unknown. Known icons: {', '.join(actors.icons) or 'none'} "
            f"(add it to the map_icons column of {actors.path or 'actors.csv'})"
        )
    for w in warnings:
        log.warning("%s", w)
    gdf = gpd.GeoDataFrame(df, geometry=lonlat_points(df["lat"], df["lon"]), crs="EPSG:4326")
    return gdf, rejected, warnings
