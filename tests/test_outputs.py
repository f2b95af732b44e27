"""A run is a transaction: faults at any point leave the previous complete run or the new one, byte for byte.

Every test snapshots the output folder, injects a fault (a signal at a random moment, a
concurrent run, a full disk, a corrupted manifest, a tampered output) and checks that the
folder then equals the previous snapshot exactly, or is the complete new run: exactly the
files its manifest lists, each with the SHA-256 the manifest records, made from the new
inputs.  A ``kill -9`` during the commit is completed by :func:`geo.outputs.recover` (which
every run calls first), so that case is checked after recovery.
"""

from __future__ import annotations

import dataclasses
import errno
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

import geo.export
from geo import outputs, pipeline
from geo.exc import OutputError, UsageError
from geo.settings import DEFAULTS
from tests.conftest import DATA, ROOT

REPORTS = ("2019-08-21_khan-shaykhun.txt", "2019-08-23_northern-hama-pocket.txt", "2019-09-18_ankara-summit.txt")


def snapshot(out: Path) -> dict[str, bytes]:
    """Every output file by relative path (the lock file and hidden work files left out)."""
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(out).parts)
    }


def complete_run(out: Path, settings) -> bool:
    """True if ``out`` holds exactly one complete run of ``settings``' current inputs."""
    files = snapshot(out)
    manifest = json.loads(files.pop("manifest.json"))
    listed = manifest["outputs"]
    return (
        set(files) == set(listed)
        and all(hashlib.sha256(files[n]).hexdigest() == listed[n]["sha256"] for n in files)
        and manifest["inputs"] == outputs.input_hashes(settings, None)
    )


def assert_previous_or_new(out: Path, before: dict[str, bytes], settings) -> str:
    now = snapshot(out)
    if now == before:
        return "previous"
    assert complete_run(out, settings), sorted(set(now) ^ set(before))
    return "new"


@pytest.fixture()
def data(tmp_path) -> Path:
    d = tmp_path / "data"
    shutil.copytree(DATA, d, ignore=shutil.ignore_patterns("reports"))
    (d / "reports").mkdir()
    for name in REPORTS:
        shutil.copyfile(DATA / "reports" / name, d / "reports" / name)
    return d


def _settings(data: Path, out: Path, cache_dir: Path, **kw):
    return dataclasses.replace(DEFAULTS, data_dir=data, out_dir=out, cache_dir=cache_dir, **kw)


def _edit(data: Path, n: int = 1) -> None:
    """Change every report so the next run writes new content."""
    for f in sorted((data / "reports").iterdir()):
        f.write_text(f.read_text(encoding="utf-8") + f"\nAir strikes hit Ariha ({n}).\n", encoding="utf-8")


def _cli(data: Path, out: Path, cache_dir: Path, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "CONFLICT_MAP_CACHE": str(cache_dir)}
    cmd = [sys.executable, "make_map.py", "--data", str(data), "--out", str(out), "-q", *extra]
    return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


# -- signals ---------------------------------------------------------------------------------


@pytest.mark.slow
def test_signals_at_random_moments_leave_the_previous_or_the_new_run(data, tmp_path, cache_dir):
    out = tmp_path / "maps"
    s = _settings(data, out, cache_dir)
    t = time.perf_counter()
    assert _cli(data, out, cache_dir).wait(300) == 0
    span = time.perf_counter() - t
    rng = random.Random(15)
    seen = set()
    for n, sig in enumerate([signal.SIGINT, signal.SIGTERM, signal.SIGKILL] * 2, start=1):
        before = snapshot(out)
        _edit(data, n)
        p = _cli(data, out, cache_dir, "--force")
        time.sleep(rng.uniform(0.05, span))
        p.send_signal(sig)
        code = p.wait(300)
        stderr = p.stderr.read() if p.stderr else ""
        assert "Traceback" not in stderr
        if sig == signal.SIGKILL:
            with outputs.output_lock(out):
                outputs.recover(out)
        else:
            # 130: interrupted cleanly; -sig: the signal came before Python had set its handlers
            assert code in (0, 130, -sig), (code, stderr)
            assert not list(out.glob(".staging-*")) and not (out / ".journal.json").exists()
        seen.add(assert_previous_or_new(out, before, s))
    assert _cli(data, out, cache_dir).wait(300) == 0 and complete_run(out, s)
    assert seen  # at least one outcome observed (which one depends on timing)


def test_a_kill_during_the_commit_is_completed_by_the_next_run(data, tmp_path, cache_dir, monkeypatch):
    """The journal is the commit point: after it, a crash is rolled forward, never back."""
    out = tmp_path / "maps"
    s = _settings(data, out, cache_dir)
    pipeline.run(s)
    _edit(data)
    real = outputs._apply

    def crash_after_two_moves(out_, plan):
        for name in plan["moves"][:2]:  # the process dies half-way through the renames
            os.replace(out_ / plan["staging"] / name, out_ / name)
        raise KeyboardInterrupt

    monkeypatch.setattr(outputs, "_apply", crash_after_two_moves)
    with pytest.raises(KeyboardInterrupt):
        pipeline.run(s)
    monkeypatch.setattr(outputs, "_apply", real)
    assert (out / ".journal.json").exists() and list(out.glob(".staging-*"))
    assert not complete_run(out, s)  # mid-commit: neither run yet
    with outputs.output_lock(out):
        assert outputs.recover(out) >= 1
    assert complete_run(out, s) and not (out / ".journal.json").exists()


# -- a second run at the same time ------------------------------------------------------------


def test_a_second_run_on_a_locked_folder_exits_2_and_touches_nothing(data, tmp_path, cache_dir):
    out = tmp_path / "maps"
    pipeline.run(_settings(data, out, cache_dir))
    before = snapshot(out)
    staging = out / ".staging-of-the-first-run"
    with outputs.output_lock(out):
        staging.mkdir()  # the first run's work in progress
        p = _cli(data, out, cache_dir, "--force")
        assert p.wait(120) == 2
        err = p.stderr.read() if p.stderr else ""
        assert f"another run (pid {os.getpid()}) is writing to {out}" in err and "Traceback" not in err
        assert staging.exists() and snapshot(out) == before
    with pytest.raises(UsageError, match="another run"), outputs.output_lock(out), outputs.output_lock(out):
        pass


# -- the file system fails ----------------------------------------------------------------------


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EDQUOT])
def test_a_failing_disk_leaves_the_previous_run_and_says_why(data, tmp_path, cache_dir, monkeypatch, code):
    out = tmp_path / "maps"
    s = _settings(data, out, cache_dir)
    pipeline.run(s)
    before = snapshot(out)
    _edit(data)

    def full(path, layers):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(geo.export, "write_gpkg", full)
    with pytest.raises(OutputError) as err:
        pipeline.run(s)
    assert "the previous maps are unchanged" in str(err.value)
    assert snapshot(out) == before and not list(out.glob(".staging-*"))


def test_a_real_full_file_system_leaves_the_previous_run(data, tmp_path, cache_dir):
    """A small tmpfs (just above one run of the shipped data: 1,389 settlement marks make ~21 MB),
    where the system allows mounting one (root in a privileged sandbox)."""
    mnt = tmp_path / "tiny"
    mnt.mkdir()
    size_mb = 32
    mount = ["mount", "-t", "tmpfs", "-o", f"size={size_mb}m", "tmpfs", str(mnt)]
    if os.geteuid() != 0 or subprocess.run(mount).returncode:
        pytest.skip("cannot mount a tmpfs here (needs root and mount rights); the mocked ENOSPC test covers it")
    try:
        out = mnt / "maps"
        s = _settings(data, out, cache_dir)
        first = _settings(data, out, cache_dir, max_mentions_per_report=3)
        pipeline.run(first)  # small enough to fit
        before = snapshot(out)
        (out / "filler").write_bytes(b"\0" * (size_mb * 1024 * 1024 - sum(len(v) for v in before.values()) - 300_000))
        before = snapshot(out)
        with pytest.raises(OutputError, match="no space left"):
            pipeline.run(s, force=True)
        assert snapshot(out) == before and not list(out.glob(".staging-*"))
    finally:
        subprocess.run(["umount", str(mnt)])


# -- the manifest and the outputs are not trusted blindly -------------------------------------------


@pytest.mark.parametrize(
    "manifest",
    ["[]", '{"outputs": 5}', '{"dates": []}', '{"version": 2, "outputs": {"index.html": 3}, "inputs": {}}', "{trunc"],
    ids=["list", "outputs-number", "old-keys", "wrong-entries", "truncated"],
)
def test_a_corrupted_manifest_rebuilds_everything(data, tmp_path, cache_dir, manifest):
    out = tmp_path / "maps"
    s = _settings(data, out, cache_dir)
    pipeline.run(s)
    (out / "manifest.json").write_text(manifest, encoding="utf-8")
    summary = pipeline.run(s)
    assert not summary.up_to_date and summary.maps_written == summary.dates and complete_run(out, s)


def test_a_tampered_output_is_rewritten_even_when_nothing_else_changed(data, tmp_path, cache_dir):
    out = tmp_path / "maps"
    s = _settings(data, out, cache_dir)
    pipeline.run(s)
    page = out / "2019-08-23.html"
    good = page.read_bytes()
    page.write_bytes(good.replace(b"</html>", b"<!-- edited --></html>"))
    summary = pipeline.run(s)
    assert not summary.up_to_date and page.read_bytes() == good and complete_run(out, s)


# -- incremental runs: exactly the outputs that differ from a clean build are rewritten ------------


def _inodes(out: Path) -> dict[str, int]:
    return {n: (out / n).stat().st_ino for n in snapshot(out)}


def _zone_controller(data: Path) -> None:
    path = data / "zones" / "al-tanf_2019.geojson"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["features"][0]["properties"]["controller"] = "government"
    path.write_text(json.dumps(doc), encoding="utf-8")


def _actor_colour(data: Path) -> None:
    path = data / "actors.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("#c0392b", "#b03a2e"), encoding="utf-8")


def _gazetteer_row(data: Path) -> None:
    with (data / "gazetteer" / "stoplist.csv").open("a", encoding="utf-8") as fh:
        fh.write("Kafranbel,test: never a place\n")


def _one_report(data: Path) -> None:
    f = data / "reports" / REPORTS[-1]
    f.write_text(f.read_text(encoding="utf-8") + "\nShelling also hit Kafranbel.\n", encoding="utf-8")


def _delete_report(data: Path) -> None:
    (data / "reports" / REPORTS[0]).unlink()


def _theatre_title(data: Path) -> None:
    path = data / "theatre.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("northwest Syria", "Idlib front"), encoding="utf-8")


@pytest.mark.slow
@pytest.mark.parametrize(
    "change",
    [_one_report, _delete_report, _zone_controller, _actor_colour, _gazetteer_row, _theatre_title, "setting"],
    ids=lambda c: c if isinstance(c, str) else c.__name__.strip("_"),
)
def test_an_incremental_run_rewrites_exactly_what_a_clean_build_changes(data, tmp_path, cache_dir, change):
    out, clean = tmp_path / "maps", tmp_path / "clean"
    s = _settings(data, out, cache_dir)
    pipeline.run(s)
    before, inodes = snapshot(out), _inodes(out)
    if change == "setting":
        s = dataclasses.replace(s, min_confidence=0.97)
    else:
        change(data)
    summary = pipeline.run(s)
    pipeline.run(dataclasses.replace(s, out_dir=clean))
    after, fresh = snapshot(out), snapshot(clean)
    after.pop("manifest.json")
    fresh.pop("manifest.json")
    assert after == fresh  # the incremental result is the clean build, byte for byte
    rewritten = {n for n in after if n not in inodes or (out / n).stat().st_ino != inodes[n]}
    differs = {n for n in fresh if before.get(n) != fresh[n]}
    assert rewritten == differs and differs  # exactly those, and the change did change something
    before.pop("manifest.json")
    assert set(before) - set(after) == set(before) - set(fresh)  # orphans (a deleted date's page) are removed
    assert summary.files_written == len(differs)


def test_a_signal_while_the_staging_folder_is_made_leaves_no_staging_folder(tmp_path, monkeypatch):
    """SIGINT arriving just as the staging folder is created (before anything is written) is held until the run can
    delete the folder: the interrupted run leaves the output folder as it was."""
    out = tmp_path / "maps"
    out.mkdir()
    real = tempfile.mkdtemp

    def mkdtemp_then_signal(*args, **kwargs):
        made = real(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGINT)  # delivered now, or held until the folder can be cleaned up
        return made

    monkeypatch.setattr(outputs.tempfile, "mkdtemp", mkdtemp_then_signal)
    table = outputs.Output("a.csv", lambda p: p.write_text("x\n", encoding="utf-8"))
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)  # (a test worker may handle SIGINT itself)
    try:
        with pytest.raises(KeyboardInterrupt):
            outputs.publish([table], out, manifest={}, record={})
    finally:
        signal.signal(signal.SIGINT, previous)
    assert list(out.iterdir()) == []
