"""Conflict map command line (``python make_map.py`` or the ``conflict-map`` console script).

    conflict-map                              # build every map from ./data into ./maps
    conflict-map --date 2019-08-23            # only that date's map (zones still modelled over all)
    conflict-map geoparse FILE... --format jsonl   # one JSON object per mention
    conflict-map gazetteer import FILE --format geonames|ucdp|acled|cod|wikimap
    conflict-map gazetteer lookup NAME             # candidates, scores and reasons

Exit codes: 0 ok, 1 some inputs rejected (listed in maps/rejected.csv), 2 usage error
(bad option, another run holds the output folder), 3 nothing could be built,
130 interrupted.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import logging
import math
import re
import signal
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .exc import GeoMapError, UsageError
from .settings import DEFAULTS, Settings

EXIT_OK, EXIT_REJECTED, EXIT_USAGE, EXIT_NOTHING, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
_SCHEDULER = re.compile(r"(tcp|tls|ucx|inproc|ws|wss)://[^\s/:]+(:\d{1,5})?/?")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO date (YYYY-MM-DD)") from None


def _number(low: float, high: float, *, integer: bool = False, low_open: bool = False):
    """An argparse type: a finite number in [low, high] (or (low, high])."""

    def parse(text: str) -> float:
        try:
            value = int(text) if integer else float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a {'whole ' if integer else ''}number") from None
        if not math.isfinite(value) or value < low or value > high or (low_open and value == low):
            lo = f"above {low:g}" if low_open else f"at least {low:g}"
            raise argparse.ArgumentTypeError(f"{text!r} must be {lo} and at most {high:g}")
        return value

    return parse


def _scheduler(text: str) -> str:
    if not _SCHEDULER.fullmatch(text):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a Dask scheduler address; expected e.g. tcp://scheduler-host:8786"
        )
    return text


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data", type=Path, default=DEFAULTS.data_dir, help="input folder (default: ./data)")
    p.add_argument("--theatre", type=Path, help="theatre file (default: DATA/theatre.toml)")
    p.add_argument("--gazetteer", type=Path, help="gazetteer supplement folder (default: DATA/gazetteer)")
    p.add_argument("--actors", type=Path, help="actor table (default: the theatre's, else DATA/actors.csv)")
    p.add_argument(
        "--min-confidence",
        type=_number(0, 1),
        default=DEFAULTS.min_confidence,
        help="0–1; below this a mention is listed as unresolved (default: %(default)s)",
    )
    order = p.add_mutually_exclusive_group()
    order.add_argument(
        "--dayfirst",
        dest="dayfirst",
        action="store_true",
        default=DEFAULTS.dayfirst,
        help="read 3/4/2019 as 3 April (default)",
    )
    order.add_argument("--monthfirst", dest="dayfirst", action="store_false", help="read 3/4/2019 as 4 March")
    p.add_argument("--online", action="store_true", help="ask Nominatim for names the offline gazetteer lacks")
    p.add_argument("--user-agent", default=DEFAULTS.user_agent, help="user agent for --online")
    p.add_argument("--cache-dir", type=Path, default=DEFAULTS.cache_dir, help="gazetteer/online cache folder")
    p.add_argument("--strict", action="store_true", help="stop at the first bad input instead of listing it")
    p.add_argument(
        "--max-report-mb",
        type=_number(0, 1000, low_open=True),
        default=DEFAULTS.max_report_bytes / 1e6,
        help="largest report accepted, in MB, above 0 (default: %(default)s)",
    )
    p.add_argument(
        "--max-mentions",
        type=_number(1, 10_000_000, integer=True),
        default=DEFAULTS.max_mentions_per_report,
        help="place mentions kept per report; more are cut with a warning (default: %(default)s)",
    )
    noise = p.add_mutually_exclusive_group()
    noise.add_argument("-q", "--quiet", action="store_true", help="no progress bar, only errors")
    noise.add_argument("-v", "--verbose", action="store_true", help="log every step")


def _build_options(p: argparse.ArgumentParser) -> None:
    _common(p)
    p.add_argument("--reports", type=Path, nargs="+", help="report files/folders (default: DATA/reports)")
    p.add_argument("--zones", type=Path, help="zone folder (default: DATA/zones)")
    p.add_argument("--out", type=Path, default=DEFAULTS.out_dir, help="output folder (default: ./maps)")
    p.add_argument("--date", type=_date, action="append", help="only write this date's map (repeatable)")
    p.add_argument("--force", action="store_true", help="rebuild everything, ignoring the manifest")
    p.add_argument(
        "--workers",
        type=_number(1, 256, integer=True),
        default=1,
        help="geoparse and assign zones with N local processes (Dask)",
    )
    p.add_argument(
        "--scheduler",
        type=_scheduler,
        help="geoparse and assign zones on a dask.distributed scheduler, e.g. tcp://host:8786",
    )
    p.add_argument(
        "--no-online-tiles", action="store_true", help="do not offer the optional online tile layer in the maps"
    )
    p.add_argument(
        "--assets",
        choices=("inline", "shared"),
        default=DEFAULTS.assets,
        help="inline: every map page one self-contained file (default); "
        "shared: map code and basemap written once to OUT/assets/ and linked by every page",
    )


def parser() -> argparse.ArgumentParser:
    """The command line's argument parser."""
    p = argparse.ArgumentParser(
        prog="make_map.py", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = p.add_subparsers(dest="command")
    _build_options(p)
    _build_options(sub.add_parser("build", help="build the maps (the default command)"))
    gp = sub.add_parser("geoparse", help="print the places of report files, one JSON object per mention")
    gp.add_argument("files", type=Path, nargs="+", help="report files (.txt .md .jsonl .csv) or folders")
    gp.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    _common(gp)
    _gazetteer_options(sub.add_parser("gazetteer", help="import gazetteers and event datasets; look names up"))
    return p


def _gazetteer_options(gz: argparse.ArgumentParser) -> None:
    from .importers import COD_COLUMNS, FORMATS

    gz_sub = gz.add_subparsers(dest="gazetteer_command", required=True)
    imp = gz_sub.add_parser("import", help="import a GeoNames, UCDP, ACLED or OCHA/HDX file into DATA/gazetteer")
    imp.add_argument("file", type=Path, help="the file to import")
    imp.add_argument("--format", required=True, choices=FORMATS, help="what the file is")
    imp.add_argument("--alternate-names", type=Path, help="GeoNames alternateNamesV2.txt (with --format geonames)")
    imp.add_argument(
        "--columns",
        type=_column_map(tuple(COD_COLUMNS)),
        help="column map for --format cod, e.g. name=NAME_EN,name_ar=NAME_AR,pcode=PCODE,lat=Y,lon=X",
    )
    _common(imp)
    look = gz_sub.add_parser("lookup", help="print the candidates for a name, with scores and reasons")
    look.add_argument("name", help='a place name, optionally with a type word ("Abu al-Duhur air base")')
    look.add_argument("--all", action="store_true", help="print every candidate (default: the best 10)")
    _common(look)


def _column_map(roles: tuple[str, ...]):
    def parse(text: str) -> dict[str, str]:
        out = {}
        for part in text.split(","):
            role, sep, column = part.partition("=")
            if not sep or not role.strip() or not column.strip():
                raise argparse.ArgumentTypeError(f"{part!r} is not ROLE=COLUMN (e.g. name=NAME_EN)")
            out[role.strip()] = column.strip()
        unknown = sorted(set(out) - set(roles))
        if unknown:
            raise argparse.ArgumentTypeError(f"unknown role(s) {', '.join(unknown)}; roles: {', '.join(roles)}")
        return out

    return parse


def _existing(path: Path | None, what: str, *, folder: bool) -> None:
    if path is None:
        return
    if not path.exists():
        raise UsageError(f"{what} {path} does not exist")
    if folder and not path.is_dir():
        raise UsageError(f"{what} {path} is not a folder")
    if not folder and not path.is_file():
        raise UsageError(f"{what} {path} is not a file")


def settings_from(args: argparse.Namespace) -> Settings:
    """Settings from parsed options; options naming missing files or folders are usage errors."""
    _existing(args.data, "--data", folder=True)
    _existing(args.theatre, "--theatre", folder=False)
    _existing(args.gazetteer, "--gazetteer", folder=True)
    _existing(args.actors, "--actors", folder=False)
    _existing(getattr(args, "zones", None), "--zones", folder=True)
    s = dataclasses.replace(
        DEFAULTS,
        data_dir=args.data.absolute(),
        theatre_path=args.theatre,
        min_confidence=args.min_confidence,
        dayfirst=args.dayfirst,
        online=args.online,
        user_agent=args.user_agent,
        cache_dir=args.cache_dir,
        strict=args.strict,
        max_report_bytes=max(1, int(args.max_report_mb * 1e6)),
        max_mentions_per_report=args.max_mentions,
        gazetteer_path=args.gazetteer,
        actors_path=args.actors,
        zones_path=getattr(args, "zones", None),
        assets=getattr(args, "assets", DEFAULTS.assets),
    )
    if getattr(args, "out", None) is not None:
        s = dataclasses.replace(s, out_dir=args.out)
    s.theatre  # noqa: B018 — read now, so a bad theatre file is a usage error before any work
    return s


def _progress(quiet: bool):
    if quiet or not sys.stderr.isatty():
        from .pipeline import no_progress

        return no_progress
    from tqdm import tqdm

    def bar(it: Iterable, desc: str = "", unit: str = "it") -> Iterable:
        return tqdm(it, desc=desc, unit=unit, leave=False)

    return bar


def _geoparse(args: argparse.Namespace, settings: Settings) -> int:
    from .pipeline import geoparse_reports, load_shared
    from .reports import read_reports

    batch = read_reports(
        args.files, dayfirst=settings.dayfirst, strict=settings.strict, max_bytes=settings.max_report_bytes
    )
    actors, gaz = load_shared(settings)
    resolved = geoparse_reports(list(batch.reports), gaz, actors, settings=settings)
    out = sys.stdout
    fields = ("report", "mention", "start", "end", "name", "lat", "lon", "kind", "confidence")
    writer: Any = None
    if args.format == "csv":
        import csv

        writer = csv.DictWriter(out, fieldnames=[*fields, "reason"])
        writer.writeheader()
    for rep, res in zip(batch.reports, resolved):
        for r in res:
            p = r.place
            row = {
                "report": rep.id,
                "mention": r.mention.surface,
                "start": r.mention.start,
                "end": r.mention.end,
                "name": p.name if p else None,
                "lat": round(p.lat, 5) if p else None,
                "lon": round(p.lon, 5) if p else None,
                "kind": p.kind if p else None,
                "confidence": r.confidence,
            }
            if writer is not None:
                from .export import _neutral

                writer.writerow({k: _neutral(v) for k, v in {**row, "reason": "" if p else r.why}.items()})
            else:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    for rej in batch.rejected:
        print(f"rejected: {rej.path}:{rej.line}: {rej.reason}", file=sys.stderr)
    cap = settings.max_mentions_per_report
    for rep, res in zip(batch.reports, resolved):
        if len(res) >= cap:
            print(f"warning: {rep.id}: {cap} place mentions or more; only the first {cap} kept", file=sys.stderr)
    return EXIT_REJECTED if batch.rejected else EXIT_OK


def _gazetteer(args: argparse.Namespace, settings: Settings) -> int:
    if args.gazetteer_command == "import":
        return _import(args, settings)
    return _lookup(args, settings)


def _import(args: argparse.Namespace, settings: Settings) -> int:
    from .importers import import_file

    if args.alternate_names and args.format != "geonames":
        raise UsageError("--alternate-names goes with --format geonames")
    if args.columns and args.format != "cod":
        raise UsageError("--columns goes with --format cod")
    res = import_file(
        args.file,
        args.format,
        directory=settings.gazetteer_dir,
        alternate_names=args.alternate_names,
        columns=args.columns,
        aoi=settings.theatre.aoi,
        country=settings.theatre.country,
    )
    for r in res.rejected:
        print(f"rejected: {r.path}:{r.line}: {r.reason}", file=sys.stderr)
    state = "written" if res.changed else "unchanged (already imported)"
    print(f"{len(res.places)} places from {args.file} -> {res.path} ({state})")
    for reason, n in sorted(res.skipped.items()):
        print(f"  skipped {n} line(s): {reason}")
    if res.rejected:
        print(f"  rejected {len(res.rejected)} malformed line(s) (listed above); the rest was imported")
    return EXIT_REJECTED if res.rejected else EXIT_OK


def _lookup(args: argparse.Namespace, settings: Settings) -> int:
    from .gazetteer import load_gazetteer
    from .geocode import Resolver

    t = settings.theatre
    gaz = load_gazetteer(directory=settings.gazetteer_dir, theatre=t, cache_dir=settings.cache_dir)
    resolver = Resolver(gaz, aoi=t.aoi, aoi_country=t.country, min_confidence=settings.min_confidence)
    described = [
        (n, e, gaz[e.place])
        for n, e in enumerate(t.epithets, start=1)
        if e.place in gaz and re.fullmatch(rf"(?:{e.phrase})", args.name.strip(), re.I)
    ]
    for n, e, p in described:  # "jungle plain": a description the theatre file gives a place, on some days
        if e.start and e.end:
            days = f"in reports dated {e.start} … {e.end}"
        elif e.start or e.end:
            days = f"in reports dated from {e.start}" if e.start else f"in reports dated up to {e.end}"
        else:
            days = "in reports of any date"
        print(
            f"{args.name!r}: epithet #{n} of {t.path or 'the theatre'} ([[epithets]]): {p.name} ({p.kind}, "
            f"{p.admin1 or p.country}) {p.id} at {p.lat:.4f}, {p.lon:.4f}, {days}"
        )
        if e.note:
            print(f"              because: {e.note}")
    cands = resolver.candidates(args.name)
    if not cands:
        if not described:
            print(
                f"{args.name!r}: not in the gazetteer (add it to {settings.gazetteer_dir / 'places.csv'}, "
                "or import a source)"
            )
        return EXIT_OK
    print(f"{args.name!r}: {len(cands)} candidate(s), best first (share = confidence if it wins, with no context)")
    for c in cands if args.all else cands[:10]:
        p = c.place
        where = ", ".join(x for x in (p.admin1, p.country) if x)
        events = f"; {p.events} events {p.seen}" if p.events else ""
        print(
            f"{c.share:5.2f}  {c.score:+6.2f}  {p.name} ({p.kind}, {where}) {p.id} at {p.lat:.4f}, {p.lon:.4f}{events}"
        )
        print(f"              source: {p.source}")
        print(f"              because: {'; '.join(c.reasons)}")
    if not args.all and len(cands) > 10:
        print(f"… {len(cands) - 10} more (--all)")
    return EXIT_OK


_late_interrupt = False  # a Ctrl-C or TERM that Python swallowed (see _unraisable)
_signalled = False  # a Ctrl-C or TERM came (see _terminate)


def _terminate(signum: int, frame: object) -> None:
    """Ctrl-C's and TERM's handler: raise KeyboardInterrupt, which unwinds through the writers (they delete their
    staging files), and remember the signal: a library's C code that was running when it landed may turn the
    interrupt into an error of its own (pandas' JSON writer reports "Error retrieving .array …"), which is then still
    an interrupt, not a bug."""
    global _signalled
    _signalled = True
    raise KeyboardInterrupt


def _unraisable(hook: Any) -> None:
    """``sys.unraisablehook``: a signal that lands while Python runs a callback it cannot raise from (a weakref's,
    an import lock's) is swallowed there with an 'Exception ignored' traceback on stderr; remember it instead, and
    let the next step of the run raise it (:func:`_interruptible`), else the run completes as one whole run."""
    global _late_interrupt
    if hook.exc_type is not None and issubclass(hook.exc_type, KeyboardInterrupt):
        _late_interrupt = True
        return
    sys.__unraisablehook__(hook)


def _interruptible(progress):
    """The progress callback, raising at its next step a Ctrl-C that Python swallowed (see :func:`_unraisable`)."""

    def wrapped(it: Iterable, **kw: Any) -> Iterable:
        for x in progress(it, **kw):
            if _late_interrupt:
                raise KeyboardInterrupt
            yield x

    return wrapped


def _build(args: argparse.Namespace, settings: Settings) -> int:
    from .pipeline import run

    summary = run(
        settings,
        reports=args.reports,
        dates=args.date,
        force=args.force,
        workers=args.workers,
        scheduler=args.scheduler,
        online_tiles=not args.no_online_tiles,
        progress=_interruptible(_progress(args.quiet)),
    )
    if not summary.up_to_date and summary.reports == 0:
        where = ", ".join(map(str, args.reports)) if args.reports else str(settings.reports_dir)
        print(
            f"error: no readable report in {where} (expected .txt, .md, .jsonl or .csv files; "
            "see rejected.csv for files that could not be read)",
            file=sys.stderr,
        )
    if not args.quiet:
        for line in summary.lines():
            print(line)
        print(f"open {Path(settings.out_dir) / 'index.html'}")
    return summary.exit_code


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code (never raises for bad input)."""
    signal.signal(signal.SIGTERM, _terminate)
    signal.signal(signal.SIGINT, _terminate)
    sys.unraisablehook = _unraisable
    p = parser()
    try:
        args = p.parse_args(argv)
    except SystemExit as err:  # argparse already printed the usage error
        return EXIT_USAGE if err.code else EXIT_OK
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.ERROR if args.quiet else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        settings = settings_from(args)
        if args.command == "geoparse":
            return _geoparse(args, settings)
        if args.command == "gazetteer":
            return _gazetteer(args, settings)
        return _build(args, settings)
    except UsageError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except GeoMapError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_NOTHING
    except KeyboardInterrupt:
        print("interrupted; the output folder holds the last complete run", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as err:
        if _signalled or _late_interrupt:
            # (an interrupt a library turned into an error of its own on its way out: see _terminate)
            print("interrupted; the output folder holds the last complete run", file=sys.stderr)
            return EXIT_INTERRUPTED
        if isinstance(err, OSError):  # e.g. the Dask scheduler cannot be reached
            print(f"error: {err}", file=sys.stderr)
            return EXIT_NOTHING
        # a bug: one line for the user, the traceback with --verbose
        logging.getLogger("geo").debug("internal error", exc_info=True)
        hint = "" if args.verbose else " (rerun with --verbose for the traceback)"
        print(f"internal error: {type(err).__name__}: {err}; please report it{hint}", file=sys.stderr)
        return EXIT_NOTHING


def settle() -> None:
    """Ignore Ctrl-C and TERM from here on: the run has finished (its outputs are complete
    and committed), so a signal that arrives while Python shuts down must not print a
    traceback from its threads' shutdown."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)


def console() -> None:
    """Entry point of the ``conflict-map`` console script."""
    code = main()
    settle()
    sys.exit(code)
