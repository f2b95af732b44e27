"""CSV tables: the one reader every input table goes through.

Report CSVs, the gazetteer supplement, the settlement table, the actor table and the
imported gazetteers are all read by :func:`read_rows`, so they share one set of checks:

* the file is UTF-8 (a byte-order mark is allowed) — else one error naming the byte;
* the header has the required columns — else one error naming those missing;
* every row comes with the line it *starts* on (quoted fields may span lines);
* blank rows and rows whose first cell starts with ``#`` are skipped;
* a broken row — wrong number of fields, an over-long field, a quote that is never
  closed or is followed by text — is yielded as an error for that row alone, and
  reading resumes on the next line, so one bad row never swallows the rows after it.

The caller decides what an error means: a reader of reports rejects the row and goes
on; a reader of a shared table (actors) stops.
"""

from __future__ import annotations

import contextlib
import csv
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .exc import _Located

#: Largest field accepted by default, in characters (Python's csv default).
FIELD_LIMIT = 131_072


@dataclass(frozen=True, slots=True)
class Row:
    """One data row: the line it starts on and its cells (as written) by lower-case column name."""

    line: int
    cells: dict[str, str]

    def get(self, column: str, default: str = "") -> str:
        """The stripped cell of ``column`` (``default`` when absent or empty)."""
        return (self.cells.get(column) or "").strip() or default


def read_text(path: str | Path, error: type[_Located]) -> str:
    """A table's text: UTF-8, with or without a byte-order mark.

    Raises
    ------
    error
        The file cannot be read or is not UTF-8 (the message names the byte and the fix).
    """
    path = Path(path)
    try:
        return path.read_bytes().decode("utf-8-sig")
    except OSError as err:
        raise error(f"cannot read: {err.strerror}", path=path) from None
    except UnicodeDecodeError as err:
        raise error(f"not UTF-8 text ({err.reason} at byte {err.start}); save the file as UTF-8", path=path) from None


@contextlib.contextmanager
def _field_limit(limit: int) -> Iterator[None]:
    old = csv.field_size_limit()
    csv.field_size_limit(max(limit, 1))
    try:
        yield
    finally:
        csv.field_size_limit(old)


def _problem(err: csv.Error, limit: int) -> str:
    text = str(err)
    if "field larger than field limit" in text:
        return f"a field is longer than {limit:,} characters; shorten it or split the row"
    if "unexpected end of data" in text or "EOF" in text or "expected after" in text:
        return (
            'unbalanced quote: a field that opens with " must close with " before the next comma or line end; '
            'write a quote inside a field as ""'
        )
    return f"malformed CSV ({text})"


def read_rows(
    text: str,
    *,
    path: str | Path,
    required: Sequence[str],
    error: type[_Located],
    expected: Sequence[str] = (),
    field_limit: int = FIELD_LIMIT,
) -> Iterator[Row | _Located]:
    """The rows of a CSV text, each with the line it starts on, or an error for a row that cannot be read.

    Parameters
    ----------
    text : str
        The whole file (see :func:`read_text`).
    path : path
        Named in errors.
    required : sequence of str
        Columns the header must have (compared stripped and lower-case).
    error : exception class
        The :class:`~geo.exc.GeoMapError` subclass to report problems with.
    expected : sequence of str
        The full column list, named in the header error.
    field_limit : int
        Longest field accepted, in characters.

    Yields
    ------
    Row or error
        Rows in file order; an ``error`` instance (not raised) for each broken row.

    Raises
    ------
    error
        The header is missing or lacks a required column.

    Examples
    --------
    >>> from geo.exc import ZoneError
    >>> text = 'name,lat\\nA,1\\n"B,2\\nC,3\\n'
    >>> [(r.line, r.cells) if isinstance(r, Row) else (r.line, "error")
    ...  for r in read_rows(text, path="t.csv", required=["name"], error=ZoneError)]
    [(2, {'name': 'A', 'lat': '1'}), (3, 'error'), (4, {'name': 'C', 'lat': '3'})]
    """
    lines = text.splitlines(keepends=True)
    if not lines or not lines[0].strip():
        raise error(f"no header; expected a first line with {','.join(expected or required)}", path=path, line=1)
    with _field_limit(field_limit):
        header = [h.strip().lower() for h in next(csv.reader([lines[0]]))]
    missing = [c for c in required if c not in header]
    if missing:
        raise error(
            f"missing column(s) {', '.join(missing)}; expected a header with {','.join(expected or required)}",
            path=path,
            line=1,
        )
    pos = 1  # index into ``lines`` of the next line to parse
    with _field_limit(field_limit):
        while pos < len(lines):
            start = pos
            consumed = [start]

            def feed(consumed: list[int] = consumed) -> Iterator[str]:
                while consumed[0] < len(lines):
                    consumed[0] += 1
                    yield lines[consumed[0] - 1]

            reader = csv.reader(feed(), strict=True)
            try:
                values = next(reader)
            except StopIteration:
                break
            except csv.Error as err:
                yield error(_problem(err, field_limit), path=path, line=start + 1)
                pos = start + 1  # resume on the next physical line
                continue
            pos = consumed[0]
            if not any(v.strip() for v in values) or values[0].lstrip().startswith("#"):
                continue
            if len(values) != len(header):
                yield error(
                    f"expected {len(header)} fields as in the header, found {len(values)}", path=path, line=start + 1
                )
                continue
            yield Row(start + 1, {k: v for k, v in zip(header, values) if k})
