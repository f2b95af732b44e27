#!/usr/bin/env python3
"""Where the geoparser spends its time, and whether a change altered what it finds.

Run from the repository root, offline::

    python bench/geoparse_profile.py time [--cold]        # headlines/s and seed-size articles/s
    python bench/geoparse_profile.py profile [-n 30]      # cProfile of the headline pass, top functions
    python bench/geoparse_profile.py dump PATH [--warm]   # every mention resolved, one line each
    python bench/geoparse_profile.py compare OLD_ROOT [--cold]  # this checkout against another, interleaved

The corpora: every distinct UCDP GED Syria headline (both parts: this is a speed and identity
check, not an accuracy figure), each dated as UCDP dates its earliest event, and the seed article
repeated :data:`SEED_COPIES` times; the shipped gazetteer and actors.  Times are the process's CPU
time for one whole :func:`geo.pipeline.geoparse_reports` pass, pinned to one core, best of
:data:`PASSES` passes (a pass is a few seconds, so the best is the least disturbed on a shared machine).

``compare`` runs ``time`` alternately in this checkout and in ``OLD_ROOT`` (another checkout or
``git worktree`` of an earlier commit) for :data:`ROUNDS` rounds, each in a fresh process with the
same cache directory layout, and prints the median of each side and the median of the rounds' new/old
ratios (each round's two processes ran back to back, so a busy spell on a shared machine hits both).  Nothing is written
to ``bench/RESULTS.md``: the full comparison with the peers is ``bench/geoparse.py``'s.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import dataclasses
import datetime as dt
import gzip
import hashlib
import html
import io
import json
import os
import pstats
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as ``python bench/geoparse_profile.py``: make ``geo`` importable
    sys.path.insert(0, str(ROOT))

SHARED = Path(os.environ.get("CONFLICT_MAP_SHARED") or ROOT.parent / "shared")
UCDP = SHARED / "data" / "ucdp_ged_syria_2016_2017.csv.gz"
SEED = SHARED / "seeds" / "000_997cb6f0465ba2a2.txt"
SEED_COPIES = 500  #: seed articles per timed pass
PASSES = 5  #: timed passes per corpus in one process (best reported)
ROUNDS = 5  #: alternating processes per side in ``compare`` (median reported)


def _pin() -> None:
    if hasattr(os, "sched_setaffinity"):
        with contextlib.suppress(OSError):  # not allowed here: unpinned, still CPU time
            os.sched_setaffinity(0, {0})


def _headline_reports() -> list:
    """One report per distinct UCDP headline, dated by its earliest event."""
    import csv

    from geo.reports import Report

    with gzip.open(UCDP, "rb") as raw:
        rows = list(csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")))
    first: dict[str, str] = {}
    for r in rows:
        text = html.unescape(r["source_headline"]).strip()
        if text:
            first[text] = min(first.get(text, r["date_start"]), r["date_start"])
    return [
        Report(id=f"h{i}", date=dt.date.fromisoformat(d[:10]), title="", text=t)
        for i, (t, d) in enumerate(first.items())
    ]


def _seed_reports(n: int) -> list:
    from geo.reports import read_reports

    seed = read_reports(SEED).reports[0]
    return [dataclasses.replace(seed, id=f"seed{i:04d}") for i in range(n)]


def _load():
    from geo.actors import load_actors
    from geo.gazetteer import load_gazetteer
    from geo.settings import DEFAULTS

    return load_gazetteer(cache_dir=DEFAULTS.cache_dir), load_actors(DEFAULTS.actors_csv), DEFAULTS


def _best_cpu(fn, passes: int, before=None) -> float:
    fn()  # warm
    runs = []
    for _ in range(passes):
        if before is not None:
            before()
        c = time.process_time()
        fn()
        runs.append(time.process_time() - c)
    return min(runs)


def cmd_time(passes: int, as_json: bool, cold: bool = False) -> None:
    """Headlines/s and seed-size articles/s; ``cold``: every pass starts with the gazetteer's resolver
    memos emptied (what one call in a fresh process pays), where the code keeps any."""
    from geo.pipeline import geoparse_reports

    gaz, actors, settings = _load()
    heads, seeds = _headline_reports(), _seed_reports(SEED_COPIES)
    forget = (lambda: gaz.memos.clear()) if cold and hasattr(gaz, "memos") else None
    h = _best_cpu(lambda: geoparse_reports(heads, gaz, actors, settings=settings), passes, forget)
    s = _best_cpu(lambda: geoparse_reports(seeds, gaz, actors, settings=settings), passes, forget)
    out = {"headlines": len(heads), "headlines_s": len(heads) / h, "seeds": len(seeds), "seeds_s": len(seeds) / s}
    print(json.dumps(out) if as_json else f"{out['headlines_s']:,.0f} headlines/s, {out['seeds_s']:,.0f} articles/s")


def cmd_profile(top: int, corpus: str) -> None:
    from geo.pipeline import geoparse_reports

    gaz, actors, settings = _load()
    reps = _headline_reports() if corpus == "headlines" else _seed_reports(SEED_COPIES)
    geoparse_reports(reps, gaz, actors, settings=settings)
    prof = cProfile.Profile()
    prof.enable()
    geoparse_reports(reps, gaz, actors, settings=settings)
    prof.disable()
    stats = pstats.Stats(prof)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


def _mention_line(m) -> str:
    anchors = ";".join(f"{a.surface}@{a.start}-{a.end}/{a.key}/{a.cue}" for a in m.anchors)
    return (
        f"{m.surface}|{m.start}|{m.end}|key={m.key}|cue={m.cue}|rel={m.relation}|bearing={m.bearing}|"
        f"part_of={m.part_of}|anchors={anchors}"
    )


def cmd_dump(path: Path, warm: bool = False) -> None:
    """Every resolved mention of every headline and of the seed article, with what it went to;
    ``warm``: after a first call over the same reports in reverse order (what a call finds must
    not depend on what earlier calls with the same gazetteer looked at)."""
    from geo.pipeline import geoparse_reports

    gaz, actors, settings = _load()
    reps = _headline_reports() + _seed_reports(1)
    if warm:
        geoparse_reports(reps[::-1], gaz, actors, settings=settings)
    with open(path, "w", encoding="utf-8") as out:
        for rep, res in zip(reps, geoparse_reports(reps, gaz, actors, settings=settings)):
            for r in res:
                p = r.place
                where = "-"
                if p is not None:
                    geom = hashlib.sha1(p.geometry.wkb).hexdigest()[:12] if p.geometry is not None else "-"
                    where = f"{p.id}|{p.name}|{p.kind}|{p.lat!r}|{p.lon!r}|{p.admin1}|{p.radius_km}|{geom}"
                out.write(f"{rep.id}|{_mention_line(r.mention)}|{where}|{r.confidence!r}|{r.in_aoi}|{r.why}\n")


def cmd_compare(old: Path, rounds: int, passes: int, cold: bool = False) -> None:
    """Alternate fresh processes of this checkout and ``old``; medians and ratios."""
    sides = {"old": old.resolve(), "new": ROOT}
    figures: dict[str, list[dict]] = {k: [] for k in sides}
    for i in range(rounds):
        for side, root in sides.items():
            script = root / "bench" / "geoparse_profile.py"
            if not script.exists():  # an old checkout without this script: run this one against its code
                script = Path(__file__).resolve()
            env = dict(os.environ, PYTHONPATH=str(root))
            res = subprocess.run(
                [sys.executable, str(script), "time", "--json", "--passes", str(passes), *(["--cold"] if cold else [])],
                cwd=root,
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            figures[side].append(json.loads(res.stdout.strip().splitlines()[-1]))
            print(f"round {i + 1} {side}: {figures[side][-1]}", file=sys.stderr)
    for key in ("headlines_s", "seeds_s"):
        med = {side: statistics.median(f[key] for f in figs) for side, figs in figures.items()}
        ratios = [n[key] / o[key] for o, n in zip(figures["old"], figures["new"])]
        print(
            f"{key}: old {med['old']:,.0f}  new {med['new']:,.0f}  new/old per round "
            f"{' '.join(f'{r:.2f}' for r in ratios)}, median {statistics.median(ratios):.3f}"
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("time")
    t.add_argument("--json", action="store_true")
    t.add_argument("--passes", type=int, default=PASSES)
    t.add_argument("--cold", action="store_true", help="empty the resolver memos before each pass")
    p = sub.add_parser("profile")
    p.add_argument("-n", type=int, default=30)
    p.add_argument("--corpus", choices=("headlines", "seed"), default="headlines")
    d = sub.add_parser("dump")
    d.add_argument("path", type=Path)
    d.add_argument("--warm", action="store_true", help="dump a second call, after one over the reports reversed")
    c = sub.add_parser("compare")
    c.add_argument("old", type=Path)
    c.add_argument("--rounds", type=int, default=ROUNDS)
    c.add_argument("--passes", type=int, default=3)
    c.add_argument("--cold", action="store_true", help="each side's passes start with empty resolver memos")
    args = ap.parse_args()
    _pin()
    if args.cmd == "time":
        cmd_time(args.passes, args.json, args.cold)
    elif args.cmd == "profile":
        cmd_profile(args.n, args.corpus)
    elif args.cmd == "dump":
        cmd_dump(args.path, args.warm)
    else:
        cmd_compare(args.old, args.rounds, args.passes, args.cold)
    return 0


if __name__ == "__main__":
    sys.exit(main())
