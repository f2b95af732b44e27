"""Benchmark: one 50 MB report, end to end through the CLI — time, peak memory, output size.

    python bench/big_report.py              # writes the "big-report" section of RESULTS.md
    python bench/big_report.py --no-write   # print only

Two reports of 50 MiB each are run, one at a time, with the shipped gazetteer, zones and
actors: *dense* repeats a sentence naming two towns (the mention cap is reached after a few
hundred kilobytes), *prose* has no place at all (every piece of the text is scanned). Each
is a separate ``make_map.py`` process timed by ``/usr/bin/time``-like accounting
(wall clock; peak RSS from GNU ``time``), with ``--max-report-mb 60``.  Target (issue 15):
under 30 s and under 2 GB.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from _results import write_section  # noqa: E402

SIZE = 50 * 1024 * 1024
_WORDS = [
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "is",
    "that",
    "for",
    "on",
    "with",
    "as",
    "was",
    "by",
    "at",
    "from",
    "it",
    "an",
    "be",
    "this",
    "are",
    "were",
    "which",
    "has",
    "forces",
]


def _dense(path: Path) -> None:
    line = "Government forces shelled Kafranbel and Maarat al-Numan again today.\n"
    with path.open("w", encoding="utf-8") as fh:
        fh.write("2019-09-05\nA very long report\n\n")
        fh.write(line * (SIZE // len(line)))


def _prose(path: Path) -> None:
    rng = random.Random(15)
    with path.open("w", encoding="utf-8") as fh:
        fh.write("2019-09-05\nA long report without places\n\n")
        n = 0
        while n < SIZE:
            s = " ".join(rng.choice(_WORDS) for _ in range(15)).capitalize() + ".\n"
            fh.write(s)
            n += len(s)


def run(kind: str, work: Path) -> dict:
    data = work / kind
    shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns("reports"))
    (data / "reports").mkdir()
    (_dense if kind == "dense" else _prose)(data / "reports" / "big.txt")
    out = work / f"{kind}-maps"
    cmd = [sys.executable, "make_map.py", "--data", str(data), "--out", str(out), "--max-report-mb", "60", "-q"]
    t = time.perf_counter()
    done = subprocess.run(["/usr/bin/time", "-f", "peak_kb=%M", *cmd], cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - t
    peak_kb = int(done.stderr.rsplit("peak_kb=", 1)[1].split()[0])
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    return {"kind": kind, "code": done.returncode, "s": seconds, "peak_mb": peak_kb / 1024, "out_mb": size / 1e6}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        rows = [run(kind, Path(tmp)) for kind in ("dense", "prose")]
    lines = [
        "## A 50 MB report (`bench/big_report.py`)",
        "",
        "One report of 50 MiB through `make_map.py` (a process each; peak RSS of the child). Target: < 30 s, < 2 GB.",
        "",
        "| report | exit | wall s | peak RSS MB | output MB | met |",
        "|---|---|---|---|---|---|",
    ]
    for r in rows:
        ok = r["code"] == 0 and r["s"] < 30 and r["peak_mb"] < 2048
        lines.append(
            f"| {r['kind']} | {r['code']} | {r['s']:.1f} | {r['peak_mb']:.0f} | {r['out_mb']:.1f} | {'yes' if ok else '**no**'} |"
        )
    lines += [
        "",
        "*dense*: every line names two towns — the per-report mention cap (5,000) stops the reading early;"
        " *prose*: no place at all — all 50 pieces of 1 MB are scanned. Peak RSS from GNU time (`%M`).",
    ]
    body = "\n".join(lines)
    print(body)
    if not args.no_write:
        write_section("big-report", body, "python bench/big_report.py")
    return 0


if __name__ == "__main__":
    sys.exit(main())
