"""Exceptions raised by the package.

All of them derive from :class:`GeoMapError` and from the builtin a caller would
naturally catch (``ValueError`` for bad input, ``LookupError`` for unknown names,
``OSError`` for an unreachable service), so ``except ValueError`` keeps working.
Messages name the file, the line or feature, what was expected and how to fix it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class GeoMapError(Exception):
    """Root of every error this package raises on purpose."""


def _where(path: str | Path | None, line: int | None, item: str | None) -> str:
    where = "" if path is None else str(path)
    if line is not None:
        where += f":{line}" if where else f"line {line}"
    if item is not None:
        where += f" ({item})" if where else item
    return where


class _Located(GeoMapError):
    """An error tied to a place in an input file."""

    def __init__(
        self, message: str, *, path: str | Path | None = None, line: int | None = None, item: str | None = None
    ) -> None:
        self.path = None if path is None else Path(path)
        self.line = line
        self.item = item
        self.reason = message
        where = _where(path, line, item)
        super().__init__(f"{where}: {message}" if where else message)


class ReportError(_Located, ValueError):
    """A report file or row that cannot be read (no date, bad encoding, broken JSON …)."""


class GazetteerError(_Located, ValueError):
    """A gazetteer supplement row that is malformed (swapped or out-of-range coordinates …)."""


class ZoneError(_Located, ValueError):
    """A control-zone feature or settlement row that is invalid (unknown controller, dates …)."""


class ActorError(_Located, LookupError):
    """An actor table that is malformed, or a controller id that is not in it."""


class GeocoderUnavailable(GeoMapError, OSError):
    """The optional online geocoder could not be reached or refused the request."""


class SchedulerUnavailable(GeoMapError, OSError):
    """The Dask scheduler named by ``--scheduler`` cannot be reached."""


class OutputError(_Located, OSError):
    """The output folder cannot be written (full, read-only, a folder where a file must go …)."""


class UsageError(GeoMapError, ValueError):
    """Options that do not fit together (reported by the CLI with exit code 2)."""


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that was not used — a report, a table row, a zone feature or a whole file — and why.

    Readers return these instead of raising, so one bad row never stops a run; the
    run lists them in ``rejected.csv``.  ``line`` is 0 when the whole file is meant.
    """

    path: str
    line: int
    reason: str
    item: str = ""

    @classmethod
    def of(cls, err: _Located, *, path: str | Path | None = None, line: int | None = None) -> Rejection:
        """The rejection an input error stands for (``path``/``line`` fill in what the error lacks)."""
        where = err.path if err.path is not None else path
        return cls(str(where or ""), err.line or line or 0, err.reason, err.item or "")
