"""The command line: geoparse contract, summary, exit codes."""

import json
import os
import subprocess
import sys

from tests.conftest import ROOT


def run(args, cache_dir, **kw):
    env = {**os.environ, "CONFLICT_MAP_CACHE": str(cache_dir)}
    return subprocess.run(
        [sys.executable, str(ROOT / "make_map.py"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        **kw,
    )


def test_geoparse_jsonl_contract(seed_path, cache_dir):
    r = run(["geoparse", str(seed_path), "--format", "jsonl"], cache_dir)
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert rows and all(
        set(row) == {"report", "mention", "start", "end", "name", "lat", "lon", "kind", "confidence"} for row in rows
    )
    by = {row["mention"]: row for row in rows}
    assert by["Umm al-Khalakhil"]["kind"] == "village" and by["Khansir"]["name"] == "Khanasir"
    assert all(0 <= row["confidence"] <= 1 for row in rows)
    assert all((row["lat"] is None) == (row["name"] is None) for row in rows)


def test_build_prints_a_summary_and_exits_0(tmp_path, cache_dir):
    r = run(["--out", str(tmp_path / "maps"), "--no-online-tiles"], cache_dir)
    assert r.returncode == 0, r.stderr
    assert "reports read:" in r.stdout and "maps written:" in r.stdout and "Traceback" not in r.stderr
    assert (tmp_path / "maps" / "index.html").exists()


def test_usage_error_exits_2(cache_dir):
    r = run(["--date", "18/9/2019"], cache_dir)
    assert r.returncode == 2 and "ISO date" in r.stderr and "Traceback" not in r.stderr
