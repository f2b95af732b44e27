#!/usr/bin/env python3
"""Control changes the reader predicts on development UCDP headlines outside the gold set, for judging by hand.

The gold set holds few sentences with a change of control, too few to show a rule that over-fires;
this script reads every distinct ``source_headline`` of the *development* rows of the shared UCDP
file (split contract in ``bench/_ucdp.py``), each dated by its row's ``date_start`` and cleaned as
``bench/events.py`` cleans a gold sentence, through :func:`geo.pipeline.geoparse_reports` and
:func:`geo.events.read_report`, and lists every event with ``control_change`` true::

    python bench/control_audit.py [--ucdp PATH] [--out bench/out/control_changes_dev.csv]

The list (ucdp_id, date, headline, place, surface, new_controller, old_controller, sentence) is
judged by hand against the "Control" section of ``tests/data/events_gold/README.md``; the judged
list of this session is ``bench/control_dev_audit.csv``.  Validation rows are never read.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._ucdp import read_rows  # noqa: E402
from geo import load_actors, load_gazetteer  # noqa: E402
from geo.events import read_report  # noqa: E402
from geo.pipeline import geoparse_reports  # noqa: E402
from geo.reports import Report, _clean_text  # noqa: E402
from geo.settings import DEFAULTS  # noqa: E402

SHARED = Path(os.environ.get("CONFLICT_MAP_SHARED", ROOT.parent / "shared"))
FIELDS = ["ucdp_id", "date", "headline", "place", "surface", "new_controller", "old_controller", "sentence"]


def dev_headlines(path: Path) -> list[Report]:
    """One report per distinct development headline: the first row's id and date, the title cleaned."""
    first: dict[str, dict] = {}
    for r in read_rows(path):
        if r["dev"] and r["source_headline"].strip():
            first.setdefault(r["source_headline"], r)
    return [
        Report(str(r["id"]), dt.date.fromisoformat(r["date_start"][:10]), _clean_text(h, "title")[0], "")
        for h, r in first.items()
    ]


def predicted_changes(reports: list[Report], gaz, actors) -> list[dict]:
    """Every event with a change of control read from ``reports``, in report order."""
    out = []
    for rep, res in zip(reports, geoparse_reports(reports, gaz, actors, settings=DEFAULTS)):
        for ev in read_report(rep, res, actors, gazetteer=gaz)[0]:
            if ev.control_change:
                out.append(
                    {
                        "ucdp_id": rep.id,
                        "date": rep.date.isoformat(),
                        "headline": rep.title,
                        "place": ev.place.name,
                        "surface": ev.surface,
                        "new_controller": ev.new_controller,
                        "old_controller": ev.old_controller,
                        "sentence": ev.sentence,
                    }
                )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ucdp", type=Path, default=SHARED / "data" / "ucdp_ged_syria_2016_2017.csv.gz")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "control_changes_dev.csv")
    args = ap.parse_args(argv)
    if not args.ucdp.exists():
        print(f"no UCDP file {args.ucdp}: set CONFLICT_MAP_SHARED or pass --ucdp", file=sys.stderr)
        return 2
    reports = dev_headlines(args.ucdp)
    with tempfile.TemporaryDirectory() as cache:
        gaz = load_gazetteer(directory=DEFAULTS.gazetteer_dir, cache_dir=Path(cache))
    actors = load_actors(DEFAULTS.actors_csv)
    changes = predicted_changes(reports, gaz, actors)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows(changes)
    print(f"{len(changes)} predicted changes of control in {len(reports)} development headlines -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
