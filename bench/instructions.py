#!/usr/bin/env python3
"""Benchmark: CPU instructions per report, ours against geotext (callgrind).

Run from the repository root, offline (needs Debian's ``valgrind``)::

    python bench/instructions.py

Why a second throughput measure
-------------------------------
This machine is shared and its speed swings from day to day: geotext has measured
anywhere between about 5,000 and 12,000 seed-size reports/s here.  Timings are only
comparable within one run (``bench/geoparse.py`` does that).  The number of machine
instructions a tool executes per report does not depend on the load, so it can be
compared across days and commits: it is the yardstick for work on the geoparser's
speed.  It is not a time (numpy's array loops retire more instructions per cycle
than the interpreter), so the ratios here and in the timed benchmark differ.

Method
------
For each tool and corpus a fresh process loads everything, warms up on 20 reports,
then parses the corpus ``passes`` times; it runs under
``valgrind --tool=callgrind`` with 0 and with 1 pass, and the difference divided by
the corpus size is the cost per report (start-up cancels out).  Tools: ``ours``
(:func:`geo.pipeline.geoparse`), ``ours, finder only``
(:func:`geo.toponyms.find_mentions_many`), ``geotext`` (``GeoText(text).cities``).
Corpora: the seed article repeated, and the varied synthetic corpus of
``bench/geoparse.py`` (same generator, fewer reports: valgrind runs about 50× slower).
The figures go to ``bench/RESULTS.md`` between ``<!-- instructions:start -->`` and
``<!-- instructions:end -->``.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for p in (ROOT, ROOT / "bench"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

N_REPORTS = 256  #: reports per corpus (a whole geoparsing batch)
TOOLS = {"ours": "ours (finder + resolver)", "finder": "ours, finder only", "geotext": "geotext"}
CORPORA = ("seed-size, repeated", "varied synthetic")


def child(tool: str, corpus: Path, passes: int, cache_dir: str) -> None:
    """Load ``tool``, warm up, parse ``corpus`` ``passes`` times (runs under valgrind)."""
    from geoparse import read_corpus

    reports = read_corpus(corpus)
    if tool == "geotext":
        from geotext import GeoText

        def run(reps):
            return [GeoText(r.full_text).cities for r in reps]
    else:
        from geo.actors import load_actors
        from geo.gazetteer import load_gazetteer
        from geo.pipeline import _BATCH, geoparse_reports
        from geo.settings import DEFAULTS
        from geo.toponyms import find_mentions_many

        gaz = load_gazetteer(directory=DEFAULTS.gazetteer_dir, cache_dir=cache_dir)
        actors = load_actors(DEFAULTS.actors_csv)
        if tool == "ours":

            def run(reps):
                return geoparse_reports(reps, gaz, actors)
        else:

            def run(reps):
                return [
                    find_mentions_many(reps[i : i + _BATCH], gaz, actors=actors) for i in range(0, len(reps), _BATCH)
                ]

    run(reports[:20])
    for _ in range(passes):
        run(reports)


def instructions(tool: str, corpus: Path, passes: int, cache_dir: str) -> int:
    """Instructions callgrind counts for one child process."""
    cmd = [
        "valgrind",
        "--tool=callgrind",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        str(Path(__file__)),
        "--child",
        tool,
        "--corpus",
        str(corpus),
        "--passes",
        str(passes),
        "--cache-dir",
        cache_dir,
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    m = re.search(r"Collected\s*:\s*(\d+)", done.stderr)
    if done.returncode != 0 or not m:
        raise RuntimeError(f"{' '.join(cmd)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return int(m.group(1))


def render(per_report: dict, elapsed: float, commit: str) -> str:
    gt = {c: per_report[("geotext", c)] for c in CORPORA}
    out = [
        "## Instructions per report (`bench/instructions.py`)",
        "",
        "Machine instructions per report counted by callgrind (load-independent: compare these across "
        f"days and commits); {N_REPORTS} reports per corpus, 1 pass minus 0 passes in fresh processes; "
        f"code measured: commit {commit}; {elapsed:.0f} s in all.",
        "",
        "| tool | "
        + " | ".join(f"{c} (M instructions/report)" for c in CORPORA)
        + " | "
        + " | ".join(f"× geotext ({c})" for c in CORPORA)
        + " |",
        "|---|" + "---:|" * (2 * len(CORPORA)),
    ]
    for tool, label in TOOLS.items():
        vals = [per_report[(tool, c)] for c in CORPORA]
        out.append(
            f"| {label} | "
            + " | ".join(f"{v / 1e6:.2f}" for v in vals)
            + " | "
            + " | ".join(f"{v / gt[c]:.1f}" for v, c in zip(vals, CORPORA))
            + " |"
        )
    return "\n".join(out) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--child")
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--passes", type=int, default=1)
    ap.add_argument("--cache-dir")
    ap.add_argument(
        "--only",
        choices=("ours-seed",),
        help="count only ours (finder + resolver) on the seed corpus, print it and leave RESULTS.md alone "
        "(a quick check while working on speed)",
    )
    args = ap.parse_args()
    if args.child:
        child(args.child, args.corpus, args.passes, args.cache_dir)
        return 0
    if shutil.which("valgrind") is None:
        print("bench/instructions.py needs valgrind (Debian: apt-get install valgrind)", file=sys.stderr)
        return 2
    from _results import write_section
    from geoparse import seed_corpus, varied_corpus, write_corpus

    from geo.gazetteer import load_gazetteer
    from geo.settings import DEFAULTS

    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        cache = str(Path(tmp) / "cache")
        gaz = load_gazetteer(directory=DEFAULTS.gazetteer_dir, cache_dir=cache)  # populate it
        paths = {}
        for name, reports in zip(CORPORA, (seed_corpus(N_REPORTS), varied_corpus(gaz, N_REPORTS))):
            paths[name] = Path(tmp) / f"{len(paths)}.jsonl"
            write_corpus(paths[name], reports)
        jobs = {(t, c, p): None for t in TOOLS for c in CORPORA for p in (0, 1)}
        if args.only:
            jobs = {("ours", CORPORA[0], p): None for p in (0, 1)}
        with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            futures = {key: pool.submit(instructions, key[0], paths[key[1]], key[2], cache) for key in jobs}
            counts = {key: f.result() for key, f in futures.items()}
    if args.only:
        n = (counts[("ours", CORPORA[0], 1)] - counts[("ours", CORPORA[0], 0)]) / N_REPORTS
        print(f"ours (finder + resolver), {CORPORA[0]}: {n / 1e6:.3f} M instructions/report")
        return 0
    per_report = {(t, c): (counts[(t, c, 1)] - counts[(t, c, 0)]) / N_REPORTS for t in TOOLS for c in CORPORA}
    commit = (
        subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
        ).stdout.strip()
        or "unknown"
    )
    body = render(per_report, time.perf_counter() - started, commit)
    print(body)
    write_section("instructions", body, "python bench/instructions.py")
    print(f"updated {Path(__file__).resolve().parent / 'RESULTS.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
