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


def test_gazetteer_import_and_lookup(tmp_path, cache_dir):
    import shutil

    from tests.conftest import DATA, TESTDATA

    gaz = tmp_path / "gaz"
    shutil.copytree(DATA / "gazetteer", gaz, ignore=shutil.ignore_patterns("imported"))
    src = TESTDATA / "gazetteer_import" / "ucdp_ged_sample.csv"
    args = ["gazetteer", "import", str(src), "--format", "ucdp", "--gazetteer", str(gaz)]
    first = run(args, cache_dir)
    assert first.returncode == 1, first.stderr  # two malformed lines, listed; the rest imported
    assert "ucdp_ged_sample.csv:9: latitude '35.9x' is not a number" in first.stderr
    assert "6 places" in first.stdout and "(written)" in first.stdout and "Traceback" not in first.stderr
    again = run(args, cache_dir)
    assert "unchanged (already imported)" in again.stdout
    bad = run(["gazetteer", "import", str(src), "--format", "osm"], cache_dir)
    assert bad.returncode == 2 and "geonames" in bad.stderr and "cod" in bad.stderr
    look = run(["gazetteer", "lookup", "Tall Kafr Dalil village", "--gazetteer", str(gaz)], cache_dir)
    assert look.returncode == 0, look.stderr
    assert "Tall Kafr Dalil (village, Idlib, SY)" in look.stdout and "2 events 2017-03-02/2017-03-06" in look.stdout
    assert "because: inside the area of interest +1.50" in look.stdout
    # a place the press names by a description (the theatre's [[epithets]]): which place, on which days, and why
    look = run(["gazetteer", "lookup", "hometown of the regime's Minister of Defense"], cache_dir)
    assert look.returncode == 0, look.stderr
    assert "epithet #1 of" in look.stdout and "Rahjan (village, Hama)" in look.stdout
    assert "in reports dated 2012-07-18 … 2017-12-31" in look.stdout and "al-Freij" in look.stdout
    assert "not in the gazetteer" not in look.stdout


def test_a_signal_python_swallows_in_a_callback_is_raised_at_the_next_step(monkeypatch, capsys):
    """A Ctrl-C landing while Python runs a weakref or import-lock callback is 'ignored' there with a traceback on
    stderr; the CLI remembers it quietly and the run's next step raises it."""
    import weakref

    import pytest

    from geo import cli

    monkeypatch.setattr(sys, "unraisablehook", cli._unraisable)
    monkeypatch.setattr(cli, "_late_interrupt", False)

    class Thing:
        pass

    def interrupt(_ref):
        raise KeyboardInterrupt

    thing = Thing()
    ref = weakref.ref(thing, interrupt)  # noqa: F841 - kept alive so that its callback runs
    del thing  # the callback raises; CPython calls sys.unraisablehook instead of propagating
    assert cli._late_interrupt
    assert "Traceback" not in capsys.readouterr().err
    steps = cli._interruptible(lambda it, **kw: it)(range(3), desc="x")
    with pytest.raises(KeyboardInterrupt):
        next(iter(steps))
    # any other exception Python cannot raise is still reported as before
    monkeypatch.setattr(cli, "_late_interrupt", False)

    def fail(_ref):
        raise ValueError("boom")

    other = Thing()
    ref2 = weakref.ref(other, fail)  # noqa: F841
    del other
    assert not cli._late_interrupt and "ValueError: boom" in capsys.readouterr().err


def test_an_interrupt_a_library_turns_into_its_own_error_is_still_an_interrupt(monkeypatch, capsys, tmp_path):
    """pandas' C JSON writer, hit by TERM mid-call, reports 'ValueError: Error retrieving .array …' instead of the
    KeyboardInterrupt the handler raised: the run was interrupted (exit 130), not broken; the same error with no
    signal is still an internal error."""
    import signal

    from geo import cli

    def build(args, settings):
        try:
            os.kill(os.getpid(), signal.SIGTERM)  # the handler raises KeyboardInterrupt right here
            signal.raise_signal(signal.SIGTERM)  # (in case delivery waited)
        except KeyboardInterrupt:
            raise ValueError("Error retrieving .array from Index/Series object") from None
        raise AssertionError("the TERM handler did not run")

    assert _main_with(monkeypatch, build, tmp_path) == cli.EXIT_INTERRUPTED
    assert "interrupted" in capsys.readouterr().err

    def broken(args, settings):
        raise ValueError("Error retrieving .array from Index/Series object")

    assert _main_with(monkeypatch, broken, tmp_path) == cli.EXIT_NOTHING
    assert "internal error: ValueError" in capsys.readouterr().err


def _main_with(monkeypatch, build, tmp_path) -> int:
    """``cli.main`` with ``build`` as its build step and no signal seen yet; the signal handlers it sets are put back."""
    import signal

    from geo import cli

    previous = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)
    monkeypatch.setattr(cli, "_build", build)
    monkeypatch.setattr(cli, "_signalled", False)
    try:
        return cli.main(["--out", str(tmp_path / "maps")])
    finally:
        signal.signal(signal.SIGTERM, previous[0])
        signal.signal(signal.SIGINT, previous[1])
