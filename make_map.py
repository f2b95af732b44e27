#!/usr/bin/env python3
"""Conflict map command line.

    python make_map.py                       # build every map from data/ into maps/
    python make_map.py --date 2019-08-23     # only that date's map (zones still modelled over all)
    python make_map.py geoparse FILE... --format jsonl   # one JSON object per mention

Exit codes: 0 ok, 1 some inputs rejected (listed in maps/rejected.csv), 2 usage error,
3 nothing could be built.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import logging
import signal
import sys
from pathlib import Path

from geo import pipeline
from geo.exc import GeoMapError
from geo.settings import DEFAULTS, Settings


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO date (YYYY-MM-DD)") from None


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data", type=Path, default=DEFAULTS.data_dir, help="input folder (default: %(default)s)")
    p.add_argument("--gazetteer", type=Path, help="gazetteer supplement folder (default: DATA/gazetteer)")
    p.add_argument("--actors", type=Path, help="actor table (default: DATA/actors.csv)")
    p.add_argument(
        "--min-confidence",
        type=float,
        default=DEFAULTS.min_confidence,
        help="below this a mention is listed as unresolved (default: %(default)s)",
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
        type=float,
        default=DEFAULTS.max_report_bytes / 1e6,
        help="largest report accepted, in MB (default: %(default)s)",
    )
    noise = p.add_mutually_exclusive_group()
    noise.add_argument("-q", "--quiet", action="store_true", help="no progress bar, only errors")
    noise.add_argument("-v", "--verbose", action="store_true", help="log every step")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="make_map.py", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = p.add_subparsers(dest="command")
    build = sub.add_parser("build", help="build the maps (the default command)")
    for target in (p, build):
        _common(target)
        target.add_argument("--reports", type=Path, nargs="+", help="report files/folders (default: DATA/reports)")
        target.add_argument("--zones", type=Path, help="zone folder (default: DATA/zones)")
        target.add_argument("--out", type=Path, default=DEFAULTS.out_dir, help="output folder (default: %(default)s)")
        target.add_argument("--date", type=_date, action="append", help="only write this date's map (repeatable)")
        target.add_argument("--force", action="store_true", help="rebuild everything, ignoring the manifest")
        target.add_argument(
            "--workers", type=int, default=1, help="geoparse and assign zones with N local processes (Dask)"
        )
        target.add_argument(
            "--scheduler", help="geoparse and assign zones on a dask.distributed scheduler, e.g. tcp://host:8786"
        )
        target.add_argument(
            "--no-online-tiles", action="store_true", help="do not offer the optional online tile layer in the maps"
        )
        target.add_argument(
            "--assets",
            choices=("inline", "shared"),
            default=DEFAULTS.assets,
            help="inline: every map page one self-contained file (default); "
            "shared: map code and basemap written once to OUT/assets/ and linked by every page",
        )
    gp = sub.add_parser("geoparse", help="print the places of report files, one JSON object per mention")
    gp.add_argument("files", type=Path, nargs="+", help="report files (.txt .md .jsonl .csv) or folders")
    gp.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    _common(gp)
    return p


def _settings(args) -> Settings:
    s = dataclasses.replace(
        DEFAULTS,
        data_dir=args.data,
        min_confidence=args.min_confidence,
        dayfirst=args.dayfirst,
        online=args.online,
        user_agent=args.user_agent,
        cache_dir=args.cache_dir,
        strict=args.strict,
        max_report_bytes=int(args.max_report_mb * 1e6),
        gazetteer_path=args.gazetteer,
        actors_path=args.actors,
        zones_path=getattr(args, "zones", None),
        assets=getattr(args, "assets", DEFAULTS.assets),
    )
    if getattr(args, "out", None) is not None:
        s = dataclasses.replace(s, out_dir=args.out)
    return s


def _progress(quiet: bool):
    if quiet or not sys.stderr.isatty():
        return pipeline._identity
    from tqdm import tqdm

    def bar(it, desc="", unit="it"):
        return tqdm(it, desc=desc, unit=unit, leave=False)

    return bar


def _geoparse(args, settings: Settings) -> int:
    from geo import load_actors, load_gazetteer, read_reports

    batch = read_reports(
        args.files, dayfirst=settings.dayfirst, strict=settings.strict, max_bytes=settings.max_report_bytes
    )
    gaz = load_gazetteer(directory=settings.gazetteer_dir, aoi=settings.aoi, cache_dir=settings.cache_dir)
    resolved = pipeline.geoparse(list(batch.reports), gaz, load_actors(settings.actors_csv), settings=settings)
    out = sys.stdout
    fields = ("report", "mention", "start", "end", "name", "lat", "lon", "kind", "confidence")
    if args.format == "csv":
        import csv

        w = csv.DictWriter(out, fieldnames=[*fields, "reason"])
        w.writeheader()
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
            if args.format == "csv":
                w.writerow({**row, "reason": "" if p else r.why})
            else:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    for rej in batch.rejected:
        print(f"rejected: {rej.path}:{rej.line}: {rej.reason}", file=sys.stderr)
    return pipeline.EXIT_REJECTED if batch.rejected else pipeline.EXIT_OK


def _terminate(signum, frame):
    raise KeyboardInterrupt  # unwinds through the atomic writers, which delete their temporaries


def main(argv: list[str] | None = None) -> int:
    signal.signal(signal.SIGTERM, _terminate)
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as err:  # argparse already printed the usage error
        return pipeline.EXIT_USAGE if err.code else pipeline.EXIT_OK
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.ERROR if args.quiet else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    settings = _settings(args)
    try:
        if args.command == "geoparse":
            return _geoparse(args, settings)
        if args.workers < 1:
            parser.error("--workers must be at least 1")
        summary = pipeline.run(
            settings,
            reports=args.reports,
            dates=args.date,
            force=args.force,
            workers=args.workers,
            scheduler=args.scheduler,
            online_tiles=not args.no_online_tiles,
            progress=_progress(args.quiet),
        )
    except GeoMapError as err:
        print(f"error: {err}", file=sys.stderr)
        return pipeline.EXIT_NOTHING
    except KeyboardInterrupt:
        print("interrupted; the previous maps are untouched", file=sys.stderr)
        return 130
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


if __name__ == "__main__":
    sys.exit(main())
