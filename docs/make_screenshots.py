"""Regenerate the pictures in ``docs/screenshots/`` with headless Chromium.

    python docs/make_screenshots.py                 # build data/ into a temporary folder, then shoot
    python docs/make_screenshots.py --maps maps/    # shoot pages already built

Needs Debian's Chromium (``/usr/bin/chromium``) and the ``playwright`` Python package;
Playwright's own browser download is never used, and the pages are opened from disk with
every network request refused.  Each picture is one :class:`Shot`: a page, an optional
URL hash (the map view), and an optional action run in the page before the picture is
taken — add a shot by adding one to :data:`SHOTS`.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CHROMIUM = "/usr/bin/chromium"
OUT = ROOT / "docs" / "screenshots"
SIZE = {"width": 1400, "height": 860}

# opens Morek's popup: zoom until its marker is out of its cluster, then click it like a user
_POPUP = """async () => {
    const mk = cmLayers.places.getLayers().find(m => m.options.title === 'Morek');
    await new Promise(res => cmLayers.places.zoomToShowLayer(mk, res));
    cmPage.map.setView(mk.getLatLng(), 11, {animate: false});
    await new Promise(res => setTimeout(res, 400));
    mk.fire('click');
}"""
_SEARCH = """async () => {
    const box = document.getElementById('cm-search');
    box.focus(); box.value = 'Maarat Numan'; box.dispatchEvent(new Event('input'));
}"""


@dataclass(frozen=True, slots=True)
class Shot:
    """One picture: ``page`` in the maps folder, shown at ``hash``, after ``action`` (JS)."""

    name: str
    page: str
    hash: str = ""
    action: str = ""
    full_page: bool = False
    caption: str = ""


SHOTS = (
    Shot("date-page", "2019-08-23.html", caption="A date: zones, places named, changes of control, side panel"),
    Shot("popup", "2019-08-23.html", action=_POPUP, caption="A place's popup: every sentence naming it, and why"),
    Shot(
        "search", "2019-08-23.html", hash="c=35.55,36.68&z=10", action=_SEARCH, caption="Find a place by any spelling"
    ),
    Shot(
        "timeline",
        "timeline.html",
        hash="d=2019-08-23&c=35.62,36.62&z=9&w=6",
        caption="The timeline: real-time slider, the week's events beside the map",
    ),
    Shot("index", "index.html", caption="The index: area held on one axis, a thumbnail per date"),
    # the front at zoom 10 on the three dates of the record check (bench/control_check.py)
    Shot("front-2019-08-05", "2019-08-05.html", hash="c=35.55,36.65&z=10", caption="The front, 5 August 2019"),
    Shot("front-2019-08-23", "2019-08-23.html", hash="c=35.55,36.65&z=10", caption="The front, 23 August 2019"),
    Shot("front-2019-08-31", "2019-08-31.html", hash="c=35.55,36.65&z=10", caption="The front, 31 August 2019"),
)


def build(maps: Path) -> Path:
    """Build the shipped sample into ``maps`` (the real pipeline, offline)."""
    from geo import pipeline
    from geo.settings import DEFAULTS

    pipeline.run(dataclasses.replace(DEFAULTS, out_dir=maps), force=True)
    return maps


def shoot(maps: Path, shots=SHOTS, out: Path = OUT) -> list[Path]:
    """Take every shot of ``shots`` from the pages in ``maps``; returns the PNGs written."""
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
        )
        try:
            for shot in shots:
                page = browser.new_page(viewport=SIZE)
                page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
                url = (maps / shot.page).resolve().as_uri() + (f"#{shot.hash}" if shot.hash else "")
                page.goto(url, wait_until="load")
                if shot.page != "index.html":
                    page.wait_for_function("() => window.cmReady !== undefined")
                page.wait_for_timeout(500)
                if shot.action:
                    page.evaluate(shot.action)
                    page.wait_for_timeout(900)
                path = out / f"{shot.name}.png"
                page.screenshot(path=str(path), full_page=shot.full_page)
                written.append(path)
                page.close()
        finally:
            browser.close()
    return written


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--maps", type=Path, help="pages already built (default: build data/ into a temporary folder)")
    args = ap.parse_args()
    maps = args.maps or build(Path(tempfile.mkdtemp(prefix="cm-shots-")) / "maps")
    for p in shoot(maps):
        print(p.relative_to(ROOT))


if __name__ == "__main__":
    main()
