"""Shared fixtures: real files, a private cache, one pipeline run per session."""

from __future__ import annotations

import dataclasses
import os
import shutil
from pathlib import Path

import pytest

from geo import load_actors, load_gazetteer
from geo.settings import DEFAULTS

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
TESTDATA = Path(__file__).resolve().parent / "data"
#: The seed article of ../shared/seeds/, copied here so the tests never skip.
SEED = TESTDATA / "seed" / "000_997cb6f0465ba2a2.txt"
#: Reports and an event file whose sentences name a place more than once (see its README).
REPEATED = TESTDATA / "repeated"
UNLISTED = TESTDATA / "unlisted"
#: the shared folder beside the checkout (set CONFLICT_MAP_SHARED when working in a worktree elsewhere)
SHARED = Path(os.environ.get("CONFLICT_MAP_SHARED") or ROOT.parent / "shared")


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory) -> Path:
    """A private gazetteer cache, so tests never depend on (or pollute) the user's."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="session")
def settings(cache_dir):
    return dataclasses.replace(DEFAULTS, cache_dir=cache_dir)


@pytest.fixture(scope="session")
def gaz(cache_dir):
    return load_gazetteer(directory=DATA / "gazetteer", cache_dir=cache_dir)


@pytest.fixture(scope="session")
def actors():
    return load_actors(DATA / "actors.csv")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture()
def data_copy(tmp_path) -> Path:
    """A writable copy of the shipped data/ folder."""
    dest = tmp_path / "data"
    shutil.copytree(DATA, dest)
    return dest


XSS_REPORT = {
    "id": "xss-1",
    "date": "2019-09-18",
    "source": "<img src=x onerror=alert('src')>",
    "url": "javascript:alert('url')",
    "title": "</script><script>window.__pwned=1</script> <b onmouseover=alert(1)>title</b> {{ 7*7 }} {% if 1 %}",
    "text": (
        "Regime forces shelled Kafranbel <script>window.__pwned=2</script> and "
        '<img src=x onerror="window.__pwned=3"> Maarat al-Numan today. '
        'Rebels took control of Al-Tamanah <a href="javascript:window.__pwned=4">click</a> at dawn. '
        "Broken <div><span>html & \u2028 separators</q> around Khan Shaykhun. "
        "Encoded &lt;img src=x onerror=window.__pwned=5&gt; markup near Saraqib &#8211; decoded, still inert."
    ),
}


@pytest.fixture(scope="session")
def built_maps(tmp_path_factory, cache_dir):
    """One full pipeline run over the shipped data plus a hostile (XSS) report."""
    import json

    from geo import pipeline

    root = tmp_path_factory.mktemp("built")
    data = root / "data"
    shutil.copytree(DATA, data)
    with (data / "reports" / "zz_hostile.jsonl").open("w", encoding="utf-8") as fh:
        fh.write(json.dumps(XSS_REPORT, ensure_ascii=False) + "\n")
    s = dataclasses.replace(DEFAULTS, data_dir=data, out_dir=root / "maps", cache_dir=cache_dir)
    summary = pipeline.run(s, online_tiles=True)
    return root / "maps", summary


@pytest.fixture(scope="session")
def repeated_maps(tmp_path_factory, cache_dir) -> Path:
    """The maps of ``tests/data/repeated/`` (one date), built on the shipped zones and gazetteer."""
    from geo import pipeline

    root = tmp_path_factory.mktemp("repeated")
    data = root / "data"
    shutil.copytree(DATA, data, ignore=shutil.ignore_patterns("reports"))
    for sub in ("reports", "events"):
        shutil.copytree(REPEATED / sub, data / sub)
    s = dataclasses.replace(DEFAULTS, data_dir=data, out_dir=root / "maps", cache_dir=cache_dir)
    summary = pipeline.run(s)
    assert summary.exit_code == 0, summary
    return root / "maps"


@pytest.fixture(scope="session")
def unlisted_build(tmp_path_factory, cache_dir):
    """``(maps folder, run summary)`` of ``tests/data/unlisted/`` (one date: places no gazetteer lists, borders),
    built on the shipped zones and gazetteer."""
    from geo import pipeline

    root = tmp_path_factory.mktemp("unlisted")
    data = root / "data"
    shutil.copytree(DATA, data, ignore=shutil.ignore_patterns("reports"))
    shutil.copytree(UNLISTED / "reports", data / "reports")
    s = dataclasses.replace(DEFAULTS, data_dir=data, out_dir=root / "maps", cache_dir=cache_dir)
    return root / "maps", pipeline.run(s)


@pytest.fixture(scope="session")
def unlisted_maps(unlisted_build) -> Path:
    """The maps folder of :func:`unlisted_build`."""
    maps, summary = unlisted_build
    assert summary.exit_code == 0, summary
    return maps
