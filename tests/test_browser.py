"""The generated pages in a real browser: Debian's Chromium driven by Playwright.

Run with ``python -m pytest tests/test_browser.py -m browser``.  Needs ``/usr/bin/chromium``
(``apt-get install chromium``) and the ``playwright`` Python package; Playwright's own
browser download (``playwright install``) is never used.  Without either, the module is
skipped.

Everything runs on the pages that the session fixture ``built_maps`` builds from a copy of
``data/`` plus a hostile report (``conftest.XSS_REPORT``).  One browser per module, a
fresh context and page per test.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import json
import struct
import zlib
from collections import Counter
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from conftest import XSS_REPORT

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
LOCAL_SCHEMES = ("file:", "data:", "blob:")

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="the playwright Python package is not installed (pip install playwright)"
)
if not CHROMIUM.exists():
    pytest.skip(
        f"{CHROMIUM} not found: install Debian's chromium (apt-get install chromium); "
        "these tests never download a browser",
        allow_module_level=True,
    )

pytestmark = pytest.mark.browser


def file_url(path: Path) -> str:
    """``file://`` URL of a local file (absolute, percent-encoded)."""
    return Path(path).resolve().as_uri()


def url_path(url: str) -> Path:
    """The local path a ``file://`` URL points to (query and fragment dropped)."""
    u = urlparse(url)
    assert u.scheme == "file", url
    return Path(unquote(u.path))


# -- browser, pages, recorders ------------------------------------------------------------


class Recorder:
    """Everything a page did that a clean offline page must not do."""

    def __init__(self, page) -> None:
        self.console: list[str] = []  # console messages of type error / warning
        self.page_errors: list[str] = []  # uncaught exceptions
        self.requests: list[str] = []  # any request outside file: / data: / blob:
        self.dialogs: list[str] = []  # alert / confirm / prompt
        page.on("console", self._on_console)
        page.on("pageerror", lambda exc: self.page_errors.append(str(exc)))
        page.on("request", self._on_request)
        page.on("dialog", self._on_dialog)
        page.route("**/*", self._route)

    def _on_console(self, msg) -> None:
        if msg.type in ("error", "warning"):
            self.console.append(f"{msg.type}: {msg.text} @ {msg.location}")

    def _on_request(self, request) -> None:
        if not request.url.startswith(LOCAL_SCHEMES) and request.url not in self.requests:
            self.requests.append(request.url)

    def _on_dialog(self, dialog) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith(LOCAL_SCHEMES):
            route.continue_()
        else:
            if url not in self.requests:
                self.requests.append(url)
            route.abort()

    def problems(self) -> dict[str, list[str]]:
        return {
            k: v
            for k, v in (
                ("console", self.console),
                ("pageerror", self.page_errors),
                ("network", self.requests),
                ("dialog", self.dialogs),
            )
            if v
        }


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture()
def new_page(browser):
    """Factory: a fresh context + page with a :class:`Recorder` attached."""
    contexts = []

    def make():
        ctx = browser.new_context(viewport={"width": 1280, "height": 720})
        contexts.append(ctx)
        page = ctx.new_page()
        # (a wait, not a timed assertion: a 1.3 MB date page with its assets inline can take over 10 s to load when
        # both cores run tests, as one CI run showed)
        page.set_default_timeout(30_000)
        return page, Recorder(page)

    yield make
    for ctx in contexts:
        ctx.close()


@pytest.fixture()
def page_rec(new_page):
    return new_page()


@pytest.fixture(scope="module")
def maps_dir(built_maps) -> Path:
    return built_maps[0]


@pytest.fixture(scope="module")
def date_pages(maps_dir) -> list[Path]:
    pages = sorted(p for p in maps_dir.glob("????-??-??.html"))
    assert pages, f"no per-date pages in {maps_dir}"
    return pages


@pytest.fixture(scope="module")
def mentions(maps_dir) -> list[dict]:
    with (maps_dir / "mentions.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def settle(page) -> None:
    """Let timers (marker-cluster chunked loading) and two frames run."""
    page.evaluate(
        "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 150))))"
    )


MAP_JS = "(window.cmLayers ? cmLayers.base : cmTimeline.zones)._map"
IDLE_JS = f"""() => {{ const m = {MAP_JS};
    return !m._animatingZoom && !(m._panAnim && m._panAnim._inProgress) && !m._flyToFrame &&
           !document.querySelector('.leaflet-cluster-anim'); }}"""


def wait_idle(page) -> None:
    """Wait until the map has stopped moving and marker-cluster animations are over."""
    settle(page)
    page.wait_for_function(IDLE_JS)
    settle(page)


def open_map(page, path: Path) -> None:
    """Load a date/timeline page and wait until its layers exist and markers are placed."""
    page.goto(file_url(path), wait_until="load")
    page.wait_for_function("() => window.L && (window.cmLayers || window.cmTimeline)")
    page.wait_for_function("""() => !window.cmLayers || cmLayers.places.getLayers().length === 0 ||
                                    document.querySelectorAll('.cm-place, .marker-cluster').length > 0""")
    wait_idle(page)


# -- PNG without Pillow -------------------------------------------------------------------


def png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Decode an 8-bit, non-interlaced RGB/RGBA PNG: (width, height, rows of raw pixel bytes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, ihdr = 8, [], None
    while pos < len(data):
        (length,), kind = struct.unpack(">I", data[pos : pos + 4]), data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    width, height, depth, colour_type, _, _, interlace = ihdr
    assert depth == 8 and colour_type in (2, 6) and not interlace, ihdr
    bpp = 3 if colour_type == 2 else 4
    raw, stride = zlib.decompress(b"".join(idat)), width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        off = y * (stride + 1)
        ftype, line = raw[off], bytearray(raw[off + 1 : off + 1 + stride])
        if ftype == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif ftype == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, prev))
        elif ftype == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 0xFF
        elif ftype == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b, c = prev[i], prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(bytes(line))
        prev = line
    return width, height, rows


def png_colours(data: bytes) -> Counter:
    """How many pixels of each RGB colour the PNG has."""
    width, _height, rows = png_pixels(data)
    bpp = len(rows[0]) // width
    counts: Counter = Counter()
    for r in rows:
        counts.update(r[i : i + 3] for i in range(0, len(r), bpp))
    return counts


def map_state(page) -> dict:
    return page.evaluate(f"""() => {{ const m = {MAP_JS}, c = m.getCenter();
        return {{lat: c.lat, lng: c.lng, zoom: m.getZoom()}}; }}""")


EVENTS_CANVAS = ".leaflet-cm-points-pane canvas"  # CM.CanvasPoints (events)
CELLS_CANVAS = ".leaflet-cm-cells-pane canvas"  # CM.CellLayer (timeline zones)

# Canvas pixels are read through a copy: repeated getImageData on the page's own canvas
# makes Chromium log a performance warning, which test 1's recorder would count.
CANVAS_PIXELS_JS = """(sel) => {
    const c = document.querySelector(sel);
    if (!c || !c.width || !c.height) { return null; }
    const copy = document.createElement('canvas');
    copy.width = c.width; copy.height = c.height;
    const ctx = copy.getContext('2d', {willReadFrequently: true});
    ctx.drawImage(c, 0, 0);
    return {w: c.width, h: c.height, data: ctx.getImageData(0, 0, c.width, c.height).data};
}"""

CANVAS_INK_JS = f"""(sel) => {{
    const img = ({CANVAS_PIXELS_JS})(sel);
    if (!img) {{ return -1; }}
    let n = 0;
    for (let i = 3; i < img.data.length; i += 4) {{ if (img.data[i]) {{ n++; }} }}
    return n;
}}"""

POPUP_SAFETY_JS = """(popup) => {
    // what an open Leaflet popup shows (null if it is not open)
    if (!popup || !popup.isOpen() || !popup.getElement()) { return null; }
    const box = popup.getElement().querySelector('.leaflet-popup-content');
    return {
        h3: (box.querySelector('h3') || {}).textContent || '',
        marks: Array.from(box.querySelectorAll('mark')).map(m => m.textContent),
        sentences: Array.from(box.querySelectorAll('q.cm-sentence')).map(q => q.textContent),
        text: box.textContent,
        active: box.querySelectorAll('script, img, iframe, object, embed, [onerror], [onload], [onmouseover], [onclick]').length,
        badLinks: Array.from(box.querySelectorAll('a[href]')).map(a => a.getAttribute('href'))
                       .filter(h => !/^https?:\\/\\//i.test(h)),
    };
}"""


def show_marker(page, title: str, zoom: int = 12) -> None:
    """Centre the map on the place marker titled ``title``, unclustered, and wait until it is drawn."""
    found = page.evaluate(
        f"""(title) => {{
        const map = {MAP_JS};
        const mk = cmLayers.places.getLayers().find(m => m.options.title === title);
        if (!mk) {{ return false; }}
        map.closePopup();
        map.setView(mk.getLatLng(), Math.max({zoom}, map.getZoom()), {{animate: false}});
        return true;
    }}""",
        title,
    )
    assert found, f"no place marker titled {title!r}"
    page.wait_for_function(
        """(title) => cmLayers.places.getLayers()
        .some(m => m.options.title === title && m._icon && document.body.contains(m._icon))""",
        arg=title,
    )
    wait_idle(page)


def click_marker(page, title: str) -> dict:
    """Really click (mouse) the marker of ``title``; return what its popup shows."""
    show_marker(page, title)
    page.locator(f'.cm-place[title="{title}"]').click()
    marker = "cmLayers.places.getLayers().find(m => m.options.title === title)"
    page.wait_for_function(f"(title) => {marker}.isPopupOpen()", arg=title)
    return page.evaluate(f"(title) => ({POPUP_SAFETY_JS})({marker}.getPopup())", title)


# -- 1. every page: no errors, no network ------------------------------------------------------


def test_harness_detects_errors_and_network(tmp_path, new_page):
    """The recorder itself catches what test 1 looks for (so test 1 can fail)."""
    bad = tmp_path / "bad.html"
    bad.write_text(
        "<!DOCTYPE html><html><body><img src='https://example.invalid/x.png'>"
        "<script>console.error('boom'); console.warn('careful');"
        "fetch('http://example.invalid/api').catch(() => 0);"
        "setTimeout(() => { throw new Error('uncaught'); }, 0);</script></body></html>",
        encoding="utf-8",
    )
    page, rec = new_page()
    page.goto(file_url(bad), wait_until="load")
    settle(page)
    assert any("boom" in m for m in rec.console) and any("careful" in m for m in rec.console), rec.console
    assert any("uncaught" in e for e in rec.page_errors), rec.page_errors
    assert "https://example.invalid/x.png" in rec.requests and "http://example.invalid/api" in rec.requests


def test_every_page_loads_clean_and_offline(maps_dir, built_maps, date_pages, browser):
    pages = sorted(maps_dir.glob("*.html"))
    names = {p.name for p in pages}
    assert {"index.html", "timeline.html"} <= names, names
    assert len(date_pages) == built_maps[1].dates, (len(date_pages), built_maps[1].dates)
    problems = {}
    ctx = browser.new_context(viewport={"width": 1280, "height": 720})
    try:
        for path in pages:  # a fresh page for each file
            page = ctx.new_page()
            rec = Recorder(page)
            page.goto(file_url(path), wait_until="load")
            if path.name != "index.html":
                page.wait_for_function("() => window.L && (window.cmLayers || window.cmTimeline)", timeout=30_000)
            settle(page)
            if rec.problems():
                problems[path.name] = rec.problems()
            page.close()
    finally:
        ctx.close()
    assert not problems, json.dumps(problems, indent=1, ensure_ascii=False)


# -- 2. the map is drawn -----------------------------------------------------------------------


def test_date_map_is_drawn(maps_dir, page_rec, tmp_path):
    page, rec = page_rec
    open_map(page, maps_dir / "2019-08-23.html")
    state = page.evaluate("""() => ({
        L: typeof window.L,
        container: document.querySelectorAll('.leaflet-container').length,
        zonePaths: document.querySelectorAll('.leaflet-overlay-pane path').length,
        zoneLayers: cmLayers.zones.getLayers().length,
        markers: document.querySelectorAll('.cm-place, .marker-cluster').length,
        places: cmLayers.places.getLayers().length,
        canvas: document.querySelectorAll('.leaflet-cm-points-pane canvas').length,
    })""")
    assert state["L"] == "object"
    assert state["container"] == 1
    assert state["zoneLayers"] > 0 and state["zonePaths"] >= state["zoneLayers"], state
    assert state["places"] > 0 and state["markers"] > 0, state
    assert state["canvas"] == 1, state
    ink = page.evaluate(CANVAS_INK_JS, EVENTS_CANVAS)
    assert ink > 0, "the events canvas is blank"
    shot = tmp_path / "2019-08-23.png"
    png = page.screenshot(path=str(shot))
    assert shot.stat().st_size > 0
    colours = png_colours(png)
    total = sum(colours.values())
    ((top, n),) = colours.most_common(1)
    assert len(colours) > 50 and n < 0.9 * total, (len(colours), top.hex(), n / total)
    assert not rec.problems(), rec.problems()


# -- 3. place popup ----------------------------------------------------------------------------


def test_place_popup_marks_the_mention(maps_dir, mentions, page_rec):
    date, name = "2019-08-23", "Morek"  # written "Mourek" in the report: the mark must show that
    rows = [m for m in mentions if m["date"] == date and m["name"] == name and m["placed"] == "True"]
    assert rows, f"{name} is not among the mentions of {date}"
    surfaces = {m["mention"] for m in rows}
    assert surfaces == {"Mourek"}, surfaces
    page, rec = page_rec
    open_map(page, maps_dir / f"{date}.html")
    popup = click_marker(page, name)
    assert popup["marks"] and set(popup["marks"]) == surfaces, popup
    assert sorted(set(popup["sentences"])) == sorted({m["sentence"] for m in rows}), popup
    assert popup["h3"] == name, popup
    assert not rec.problems(), rec.problems()


def test_place_popup_quotes_each_sentence_once(maps_dir, mentions, page_rec):
    # a sentence of 2019-08-21 names Morek twice: the popup quotes it once, with both marked
    date, name = "2019-08-21", "Morek"
    rows = [m for m in mentions if m["date"] == date and m["name"] == name and m["placed"] == "True"]
    twice = [s for s in {m["sentence"] for m in rows} if sum(m["sentence"] == s for m in rows) > 1]
    assert twice, f"no sentence of {date} names {name} twice"
    page, rec = page_rec
    open_map(page, maps_dir / f"{date}.html")
    popup = click_marker(page, name)
    assert sorted(popup["sentences"]) == sorted({m["sentence"] for m in rows}), popup
    assert len(popup["marks"]) == len(rows), popup
    assert not rec.problems(), rec.problems()


def test_a_place_the_gazetteer_lacks_is_drawn_dashed_and_says_so(unlisted_maps, page_rec):
    """ "Seif al-Dawla neighborhood in Aleppo city": drawn at Aleppo with a dashed ring, its popup saying the
    position is approximate; Aleppo's own marker is solid and says nothing of the kind."""
    page, rec = page_rec
    open_map(page, unlisted_maps / "2019-08-27.html")
    popup = click_marker(page, "Seif al-Dawla")
    assert popup["h3"] == "Seif al-Dawla" and popup["marks"] == ["Seif al-Dawla"], popup
    note = page.locator(".leaflet-popup .cm-approx-note")
    assert note.count() == 1 and "Approximate position" in note.inner_text()
    style = page.evaluate(
        """() => [...document.querySelectorAll('.cm-place')].map(e => [e.title,
              e.classList.contains('cm-approx'), getComputedStyle(e.querySelector('span')).borderTopStyle])"""
    )
    by_title = {t: (approx, border) for t, approx, border in style}
    assert by_title["Seif al-Dawla"] == (True, "dashed"), by_title
    assert by_title["Aleppo"] == (False, "solid"), by_title
    popup = click_marker(page, "Aleppo")
    assert popup["h3"] == "Aleppo" and page.locator(".leaflet-popup .cm-approx-note").count() == 0
    # the legend's symbols say what the dashed marker means
    key = page.locator(".cm-legend-symbols .cm-approx-key")
    assert key.count() == 1 and "approximate" in key.locator("xpath=..").text_content()
    assert not rec.problems(), rec.problems()


def test_search_finds_a_place_the_gazetteer_lacks(unlisted_maps, page_rec):
    """The search box finds the page's approximate places too ("Seif al-Dawla", drawn at Aleppo), says their
    position is approximate, and opens that place's popup, not its container's."""
    page, rec = page_rec
    open_map(page, unlisted_maps / "2019-08-27.html")
    box = page.locator("#cm-search")
    box.click()
    box.type("seif al dawla", delay=10)
    page.wait_for_function("() => document.querySelectorAll('#cm-search-results li[role=option]').length > 0")
    first = page.locator("#cm-search-results li[role=option]").first
    assert first.locator("b").inner_text() == "Seif al-Dawla"
    assert "approximate position" in first.inner_text()
    page.keyboard.press("Enter")
    page.wait_for_selector(".leaflet-popup h3")
    assert page.locator(".leaflet-popup h3").inner_text() == "Seif al-Dawla"
    assert page.locator(".leaflet-popup .cm-approx-note").count() == 1
    assert page.evaluate("() => document.body.dataset.cmFound") == "Seif al-Dawla"
    # a place drawn with an extent: a road the gazetteer lacks, drawn between the towns the text names as its ends
    box.fill("")
    box.type("road of palmyra", delay=10)
    page.wait_for_function(
        "() => [...document.querySelectorAll('#cm-search-results li[role=option] b')]"
        ".some(b => b.textContent === 'road of Palmyra - Sokhna')"
    )
    page.keyboard.press("Enter")
    page.wait_for_function(
        "() => document.querySelector('.leaflet-popup h3')?.textContent === 'road of Palmyra - Sokhna'"
    )
    assert "straight line from Palmyra to Al-Sukhnah" in page.locator(".leaflet-popup").inner_text()
    assert page.locator(".leaflet-popup .cm-approx-note").count() == 1
    assert not rec.problems(), rec.problems()


# -- 4. side panel -----------------------------------------------------------------------------


def test_changed_hands_entry_moves_map(maps_dir, page_rec):
    page, rec = page_rec
    open_map(page, maps_dir / "2019-08-23.html")
    entries = page.locator("#cm-panel li[data-lat]")
    assert entries.count() > 0
    entry = entries.nth(entries.count() - 1)
    lat, lon = float(entry.get_attribute("data-lat")), float(entry.get_attribute("data-lon"))
    before = map_state(page)
    assert abs(before["lat"] - lat) + abs(before["lng"] - lon) > 1e-3, "already centred there: pick another entry"
    entry.locator("b").click()
    page.wait_for_function(f"""() => {{ const m = {MAP_JS}, c = m.getCenter();
        return Math.abs(c.lat - {lat}) < 1e-3 && Math.abs(c.lng - {lon}) < 1e-3 && m.getZoom() === 11; }}""")
    after = map_state(page)
    assert (after["lat"], after["lng"], after["zoom"]) != (before["lat"], before["lng"], before["zoom"])
    assert not rec.problems(), rec.problems()


# -- 5. timeline -------------------------------------------------------------------------------


def _timeline_state(page, lat: float, lon: float) -> dict:
    """Slider, labels and what the two canvases show; ``pixel`` is the zone colour at (lat, lon)."""
    return page.evaluate(
        f"""([lat, lon]) => {{
        const pixels = {CANVAS_PIXELS_JS}, ink = {CANVAS_INK_JS};
        const map = {MAP_JS}, pt = map.latLngToContainerPoint([lat, lon]);
        const cells = pixels('{CELLS_CANVAS}');
        const at = (Math.round(pt.y) * cells.w + Math.round(pt.x)) * 4;
        let hash = 2166136261;  // FNV-1a over the cells canvas: "what the zones look like"
        for (let i = 0; i < cells.data.length; i += 7) {{ hash = Math.imul(hash ^ cells.data[i], 16777619) >>> 0; }}
        const grid = cmTimeline.events._grid || {{}};
        let drawn = 0;
        Object.keys(grid).forEach(k => {{ drawn += grid[k].length / 3; }});
        return {{
            slider: document.getElementById('cm-slider').value,
            date: document.getElementById('cm-date').textContent,
            index: document.body.dataset.dateIndex,
            link: document.getElementById('cm-open-date').href,
            pixel: Array.from(cells.data.slice(at, at + 4)),
            zonesHash: hash,
            drawn: drawn,
            ink: ink('{EVENTS_CANVAS}'),
        }};
    }}""",
        [lat, lon],
    )


def _set_slider(page, day: int) -> None:
    """Move the slider to ``day`` days after the first date, as dragging it there would."""
    page.evaluate(
        """(v) => { const s = document.getElementById('cm-slider');
        s.value = String(v); s.dispatchEvent(new Event('input', {bubbles: true})); }""",
        day,
    )
    settle(page)


def _days(dates: list[str]) -> list[int]:
    first = dt.date.fromisoformat(dates[0])
    return [(dt.date.fromisoformat(d) - first).days for d in dates]


def _rgb(colour: str) -> tuple[int, int, int]:
    c = colour.lstrip("#")
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)


def _near(pixel, colour: str, tol: int = 8) -> bool:
    """An (unpremultiplied) canvas pixel drawn in ``colour`` at partial opacity."""
    return pixel[3] > 0 and all(abs(a - b) <= tol for a, b in zip(pixel[:3], _rgb(colour)))


def test_timeline_slider_changes_date_and_map(maps_dir, date_pages, mentions, actors, page_rec):
    dates = [p.stem for p in date_pages]
    town = next(m for m in mentions if m["name"] == "Khan Shaykhun" and m["placed"] == "True")
    lat, lon = float(town["lat"]), float(town["lon"])
    gov, opp = actors.colour("government"), actors.colour("opposition")
    n = len(dates)

    days = _days(dates)  # the slider runs in days: its value is the days since the first date

    page, rec = page_rec
    open_map(page, maps_dir / "timeline.html")
    slider = page.locator("#cm-slider")
    assert slider.get_attribute("min") == "0" and slider.get_attribute("max") == str(days[-1])
    page.select_option("#cm-window", "-1")  # every event up to the date
    settle(page)
    last = _timeline_state(page, lat, lon)
    assert (last["slider"], last["date"], last["index"]) == (str(days[-1]), dates[-1], str(n - 1))

    slider.focus()
    page.keyboard.press("Home")  # a real keyboard move, as a user would
    settle(page)
    first = _timeline_state(page, lat, lon)
    assert (first["slider"], first["date"], first["index"]) == ("0", dates[0], "0"), first["date"]
    assert url_path(first["link"]).name == f"{dates[0]}.html" and url_path(first["link"]).exists()
    assert _near(first["pixel"], opp), f"Khan Shaykhun should be drawn opposition-held on {dates[0]}: {first['pixel']}"

    i = dates.index("2019-08-21")
    _set_slider(page, days[i])
    mid = _timeline_state(page, lat, lon)
    assert (mid["slider"], mid["date"], mid["index"]) == (str(days[i]), "2019-08-21", str(i))
    assert _near(mid["pixel"], gov), f"Khan Shaykhun should be drawn government-held on 2019-08-21: {mid['pixel']}"

    page.keyboard.press("End")
    settle(page)
    last = _timeline_state(page, lat, lon)
    assert (last["slider"], last["date"], last["index"]) == (str(days[-1]), dates[-1], str(n - 1))
    assert _near(last["pixel"], gov), f"Khan Shaykhun should still be government-held on {dates[-1]}: {last['pixel']}"
    assert len({first["zonesHash"], mid["zonesHash"], last["zonesHash"]}) == 3, "the zones did not change"
    codes_differ = page.evaluate(f"() => cmTimeline.codesOn[0].some((c, k) => c !== cmTimeline.codesOn[{n - 1}][k])")
    assert codes_differ

    assert 0 < first["drawn"] < last["drawn"], (first["drawn"], last["drawn"])
    assert 0 < first["ink"] < last["ink"], (first["ink"], last["ink"])
    assert not rec.problems(), rec.problems()


# -- 6. hostile report -------------------------------------------------------------------------


def test_hostile_report_stays_text(maps_dir, mentions, page_rec):
    date = XSS_REPORT["date"]
    page, rec = page_rec
    open_map(page, maps_dir / f"{date}.html")
    hostile = {m["name"]: m for m in mentions if m["report"] == XSS_REPORT["id"] and m["placed"] == "True"}
    assert set(hostile) == {"Kafranbel", "Maarat al-Numan", "Al-Tamanah", "Khan Shaykhun", "Saraqib"}, set(hostile)

    for name, m in hostile.items():  # real mouse clicks on the places the hostile report names
        popup = click_marker(page, name)
        assert popup["active"] == 0 and not popup["badLinks"], popup
        assert m["sentence"] in popup["sentences"], (m["sentence"], popup["sentences"])
        assert m["mention"] in popup["marks"], popup["marks"]

    # every other popup on the page: places, areas, changed hands, events
    texts = page.evaluate(f"""async () => {{
        const map = {MAP_JS}, safety = {POPUP_SAFETY_JS}, out = [];
        const take = (what, popup) => {{ out.push([what, safety(popup)]); map.closePopup(); }};
        for (const mk of cmLayers.places.getLayers()) {{
            await new Promise(res => {{ cmLayers.places.zoomToShowLayer(mk, res); setTimeout(res, 3000); }});
            mk.openPopup(); take('place ' + mk.options.title, mk.getPopup());
        }}
        for (const layer of [...cmLayers.areas.getLayers(), ...cmLayers.changes.getLayers()]) {{
            layer.openPopup(layer.getLatLng ? layer.getLatLng() : layer.getBounds().getCenter());
            take('layer ' + L.stamp(layer), layer.getPopup());
        }}
        const ev = cmLayers.events;
        for (let i = 0; i < ev._pts.y.length; i++) {{
            const popup = L.popup().setLatLng([ev._pts.y[i], ev._pts.x[i]]).setContent(ev.options.popup(i)).openOn(map);
            take('event ' + i, popup);
        }}
        return out;
    }}""")
    assert sum(w.startswith("place ") for w, _ in texts) == page.evaluate("() => cmLayers.places.getLayers().length")
    assert sum(w.startswith("event ") for w, _ in texts) > 0
    for what, s in texts:
        assert s is not None, f"{what}: no popup opened"
        assert s["active"] == 0 and not s["badLinks"], (what, s)
    all_text = "\n".join(s["text"] for _, s in texts)
    assert "<script>window.__pwned=2</script>" in all_text  # shown as text, not run
    assert 'href="javascript:window.__pwned=4"' in all_text
    assert "<img src=x onerror=window.__pwned=5>" in all_text  # an encoded tag is decoded on reading, shown as text

    panel = page.locator("#cm-panel")
    assert XSS_REPORT["title"] in panel.inner_text()
    assert XSS_REPORT["source"] in panel.inner_text()
    panel.get_by_text("title</b>", exact=False).first.hover()  # would fire a live onmouseover
    settle(page)

    dom = page.evaluate("""() => ({
        pwned: typeof window.__pwned,
        jsLinks: document.querySelectorAll('a[href^="javascript" i]').length,
        handlers: document.querySelectorAll('[onerror], [onmouseover], [onload], [onclick]').length,
        injected: document.querySelectorAll('img[src="x"], body b[onmouseover]').length,
    })""")
    assert dom == {"pwned": "undefined", "jsLinks": 0, "handlers": 0, "injected": 0}, dom
    assert not rec.dialogs, rec.dialogs
    assert not rec.problems(), rec.problems()


# Where each quoted sentence's <mark> starts, counted in the sentence's own text (a DOM range up to the mark).
MARKS_JS = """(root) => Array.from(root.querySelectorAll('q.cm-sentence')).map(q => {
    const mark = q.querySelector('mark'), range = document.createRange();
    let at = -1;
    if (mark) { range.setStart(q, 0); range.setEndBefore(mark); at = range.toString().length; }
    return {text: q.textContent, at: at, mark: mark ? mark.textContent : null,
            elements: Array.from(q.querySelectorAll('*')).map(e => e.tagName.toLowerCase())};
})"""


# Every <mark> of each quoted sentence: [offset in the sentence's own text, marked text]; and any other element.
ALL_MARKS_JS = """(root) => Array.from(root.querySelectorAll('q.cm-sentence')).map(q => {
    const marks = Array.from(q.querySelectorAll('mark')).map(mark => {
        const range = document.createRange(); range.setStart(q, 0); range.setEndBefore(mark);
        return [range.toString().length, mark.textContent]; });
    const other = Array.from(q.querySelectorAll('*')).filter(e => e.tagName.toLowerCase() !== 'mark');
    return other.length ? {text: q.textContent, other: other.map(e => e.tagName)} : {text: q.textContent, marks: marks};
})"""


def test_marks_fall_on_the_occurrence_listed_when_a_sentence_repeats_a_name(repeated_maps, page_rec):
    with (repeated_maps / "unresolved.csv").open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if not r["reason"].startswith("outside the area of interest")]
    names = [r for r in rows if r["kind"] == "mention"]
    assert len(names) == 3 and {r["mention"] for r in names} == {"Euphrates"}
    # and the hostile sentence's "were hit", an event at the river, which is no place (listed, marked too)
    assert [(r["kind"], r["mention"]) for r in rows if r not in names] == [("event", "hit")]
    page, rec = page_rec
    open_map(page, repeated_maps / "2019-08-21.html")
    shown = page.locator("#cm-not-placed").evaluate(ALL_MARKS_JS)
    expected: dict[str, list] = {}  # one quote per sentence, every row of it marked at its own offset
    for r in rows:
        expected.setdefault(r["sentence"], []).append([int(r["sentence_at"]), r["mention"]])
    assert shown == [{"text": t, "marks": sorted(m)} for t, m in expected.items()], shown
    river = next(q for q in shown if q["text"].startswith("Regime forces shelled"))
    assert river["marks"] == [[river["text"].rfind("Euphrates"), "Euphrates"]]  # the bare river, 3rd
    (hostile,) = [q for q in shown if "<script>" in q["text"]]
    assert [at for at, m in hostile["marks"] if m == "Euphrates"] == [
        hostile["text"].find("Euphrates"),
        hostile["text"].rfind("Euphrates"),
    ]

    # the ring of the capture (built in the browser from the page's data): the second "Kafr Zita"
    ring = page.evaluate(f"""() => {{
        const i = cmPage.data.changes.findIndex(c => c.n === 'Kafr Zita' && c.k === 'capture');
        const layer = cmLayers.changes.getLayers()[i];
        layer.openPopup();
        return ({MARKS_JS})(layer.getPopup().getElement());
    }}""")
    (capture,) = ring
    assert capture["mark"] == "Kafr Zita" and capture["at"] == capture["text"].rfind("Kafr Zita") > 0, capture
    # an ACLED row has no offsets: its location's first occurrence in the notes, not their first letters
    events = page.evaluate(f"""() => {{
        const ev = cmLayers.events, out = [];
        for (let i = 0; i < ev._pts.y.length; i++) {{ out.push(...({MARKS_JS})(ev.options.popup(i))); }}
        return out;
    }}""")
    (acled,) = [q for q in events if q["text"].startswith("On 21 August 2019")]
    assert acled["mark"] == "Morek" and acled["at"] == acled["text"].index("Morek") > 0, acled
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    assert not rec.problems(), rec.problems()


# -- 7. index ----------------------------------------------------------------------------------


def test_index_links_every_date(maps_dir, date_pages, page_rec):
    page, rec = page_rec
    page.goto(file_url(maps_dir / "index.html"), wait_until="load")
    rows = page.locator("table.cm-index tbody tr")
    assert rows.count() == len(date_pages)
    links = page.evaluate("""() => Array.from(document.querySelectorAll('table.cm-index tbody tr'))
        .map(tr => { const a = tr.querySelector('td a.cm-date'); return a ? [a.textContent, a.href] : null; })""")
    assert None not in links
    assert [t for t, _ in links] == [p.stem for p in date_pages]
    for text, href in links:
        target = url_path(href)
        assert target.exists() and target.name == f"{text}.html", href
    others = page.evaluate("() => Array.from(document.links).map(a => a.href)")
    missing = [h for h in others if h.startswith("file:") and not url_path(h).exists()]
    assert not missing, missing

    first = links[0][0]
    # (the navigation awaited around the click, not after it: a file:// page can load before a wait that starts late)
    with page.expect_navigation(url=f"**/{first}.html", wait_until="load"):
        page.locator(f'table.cm-index a.cm-date[href="{first}.html"]').click()
    assert page.title().startswith(first)
    nav = page.evaluate(
        "() => Array.from(document.querySelectorAll('#cm-bar a[href]'))"
        ".filter(a => a.getAttribute('href') !== '#').map(a => a.href)"
    )
    assert nav and all(url_path(h).exists() for h in nav), nav
    assert not rec.problems(), rec.problems()


# -- layout and pointer events (regressions of two page bugs found by these tests) ----

LAYOUT_JS = """() => {
    const rect = e => e ? e.getBoundingClientRect() : null;
    const map = rect(document.querySelector('.cm-map')), bar = rect(document.getElementById('cm-bar'));
    const panel = document.body.classList.contains('cm-panel-hidden') ? null : rect(document.getElementById('cm-panel'));
    const zoom = document.querySelector('.leaflet-control-zoom-in'), z = rect(zoom);
    const hit = document.elementFromPoint(z.x + z.width / 2, z.y + z.height / 2);
    return {mapTop: map.top, mapLeft: map.left, barBottom: bar.bottom, panelRight: panel ? panel.right : 0,
            zoomInOnTop: zoom.contains(hit), zoomInCoveredBy: hit ? (hit.id || hit.tagName) : null};
}"""


@pytest.mark.parametrize("name", ["2019-08-23.html", "timeline.html"])
def test_map_is_beside_the_bar_and_panel(maps_dir, page_rec, name):
    page, _ = page_rec
    open_map(page, maps_dir / name)
    r = page.evaluate(LAYOUT_JS)
    assert r["mapTop"] >= r["barBottom"] and r["mapLeft"] >= r["panelRight"], r
    assert r["zoomInOnTop"], r


def test_changed_hands_ring_has_hover_tooltip(maps_dir, page_rec):
    page, _ = page_rec
    open_map(page, maps_dir / "2019-08-23.html")
    ring = page.evaluate(f"""() => {{
        const map = {MAP_JS}, r = cmLayers.changes.getLayers()[0];
        const p = map.latLngToContainerPoint(r.getLatLng()), box = map.getContainer().getBoundingClientRect();
        return {{x: box.left + p.x + r.getRadius(), y: box.top + p.y,
                 text: r.getTooltip().getContent().textContent}};
    }}""")
    page.mouse.move(ring["x"] - 40, ring["y"] - 40)
    page.mouse.move(ring["x"], ring["y"], steps=4)  # onto the ring's stroke
    settle(page)
    shown = page.evaluate("() => Array.from(document.querySelectorAll('.leaflet-tooltip')).map(t => t.textContent)")
    assert ring["text"] in shown, (ring["text"], shown)


# -- 8. a calmer screen: collapsed layers control, neutral clusters, labels ---------------------


@pytest.mark.parametrize("name", ["2019-08-23.html", "timeline.html"])
def test_layers_control_is_collapsed_to_an_icon(maps_dir, page_rec, name):
    page, rec = page_rec
    open_map(page, maps_dir / name)
    box = page.locator(".leaflet-control-layers")
    assert box.count() == 1
    size = box.bounding_box()
    assert size["width"] <= 50 and size["height"] <= 50, size  # the icon, not a 440×170 list
    assert "leaflet-control-layers-expanded" not in (box.get_attribute("class") or "")
    box.hover()  # it opens on demand and lists every layer
    page.wait_for_function("() => document.querySelector('.leaflet-control-layers-expanded')")
    titles = page.locator(".leaflet-control-layers-overlays label").all_inner_texts()
    assert any("Control zones" in t for t in titles) and any("Settlement names" in t for t in titles), titles
    assert not rec.problems(), rec.problems()


def test_clusters_are_neutral_and_counted(maps_dir, page_rec):
    page, rec = page_rec
    open_map(page, maps_dir / "2019-08-23.html")
    page.evaluate(f"() => {MAP_JS}.setView([35.6, 36.7], 7, {{animate: false}})")
    wait_idle(page)
    clusters = page.evaluate("""() => Array.from(document.querySelectorAll('.marker-cluster, .cm-cluster')).map(c => ({
        cls: c.className, text: c.textContent, bg: getComputedStyle(c.querySelector('span')).backgroundColor}))""")
    assert clusters, "no cluster at zoom 7"
    for c in clusters:
        assert "cm-cluster" in c["cls"] and "marker-cluster-small" not in c["cls"], c
        assert c["text"].isdigit() and int(c["text"]) >= 2, c
        r, g, b = (int(v) for v in c["bg"][c["bg"].index("(") + 1 :].split(",")[:3])
        assert max(r, g, b) - min(r, g, b) <= 24, f"cluster colour {c['bg']} is not neutral"
    assert not rec.problems(), rec.problems()


LABELS_JS = """() => Array.from(document.querySelectorAll('.cm-label')).filter(l => l.style.display !== 'none')
    .map(l => { const r = l.getBoundingClientRect();
                return {t: l.textContent, cls: l.className, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom}; })"""


def _visible_labels(page) -> list[dict]:
    page.wait_for_function("() => document.querySelectorAll('.cm-label').length > 0")
    return page.evaluate(LABELS_JS)


def test_labels_at_zoom_11_are_present_and_do_not_overlap(maps_dir, mentions, page_rec):
    khan = next(m for m in mentions if m["name"] == "Khan Shaykhun" and m["placed"] == "True")
    page, rec = page_rec
    open_map(page, maps_dir / "2019-08-23.html")
    page.evaluate(
        f"([y, x]) => {MAP_JS}.setView([y, x], 11, {{animate: false}})", [float(khan["lat"]), float(khan["lon"])]
    )
    wait_idle(page)
    labels = _visible_labels(page)
    villages = [lb for lb in labels if "cm-label-village" in lb["cls"]]
    named = [lb for lb in labels if "cm-label-place" in lb["cls"]]
    assert len(labels) >= 20 and len(villages) >= 10, (len(labels), len(villages))
    assert "Khan Shaykhun" in {lb["t"] for lb in named}, named
    for a, b in itertools.combinations(labels, 2):  # collision-aware: no two labels overlap
        overlap_x = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
        overlap_y = min(a["y1"], b["y1"]) - max(a["y0"], b["y0"])
        assert overlap_x <= 0.5 or overlap_y <= 0.5, (a, b)
    # and no label covers a marker of a place named that day
    icons = page.evaluate("""() => Array.from(document.querySelectorAll('.cm-place')).map(i => {
        const r = i.getBoundingClientRect(); return {t: i.title, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom}; })""")
    for lb in labels:
        for ic in icons:
            assert (
                min(lb["x1"], ic["x1"]) - max(lb["x0"], ic["x0"]) <= 0.5
                or min(lb["y1"], ic["y1"]) - max(lb["y0"], ic["y0"]) <= 0.5
            ), (lb, ic)
    # most villages in view fit at zoom 11 (the rest lose to bigger places close by)
    in_view = page.evaluate(f"""() => {{ const m = {MAP_JS}, b = m.getBounds(), P = cmPage.basemap.places;
        let n = 0; for (let i = 0; i < P.n.length; i++) {{ if (P.k[i] === 'village' && b.contains([P.y[i], P.x[i]])) n++; }}
        return n; }}""")
    assert len(villages) >= 0.5 * in_view, (len(villages), in_view)
    # villages are not labelled at the theatre's overview zoom
    page.evaluate(f"() => {MAP_JS}.setZoom(8, {{animate: false}})")
    wait_idle(page)
    assert not [lb for lb in _visible_labels(page) if "cm-label-village" in lb["cls"]]
    assert not rec.problems(), rec.problems()


# -- 9. find and share ----------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["Maarat Numan", "معرة النعمان", "ma'arrat an-nu'man"])
def test_search_finds_a_place_by_any_spelling(maps_dir, mentions, page_rec, query):
    target = next(m for m in mentions if m["name"] == "Maarat al-Numan" and m["placed"] == "True")
    page, rec = page_rec
    open_map(page, maps_dir / "2019-08-30.html")
    box = page.locator("#cm-search")
    box.click()
    box.type(query, delay=10)  # real key presses
    page.wait_for_function("() => document.querySelectorAll('#cm-search-results li[role=option]').length > 0")
    first = page.locator("#cm-search-results li[role=option]").first.locator("b").inner_text()
    assert first == "Maarat al-Numan", first
    page.keyboard.press("Enter")
    wait_idle(page)
    state = map_state(page)
    assert abs(state["lat"] - float(target["lat"])) < 0.01 and abs(state["lng"] - float(target["lon"])) < 0.01, state
    assert state["zoom"] >= 11, state
    assert page.evaluate("() => document.body.dataset.cmFound") == "Maarat al-Numan"
    assert not rec.problems(), rec.problems()


def test_search_finds_a_spelling_no_fold_reaches(maps_dir, page_rec):
    """ "Kfrnaya" (Kafr glued to the name) finds Kafr Naya, as the geoparser does."""
    page, rec = page_rec
    open_map(page, maps_dir / "2019-08-30.html")
    got = page.evaluate("() => CM.searchIndex(cmPage.basemap).find('Kfrnaya', 3).map(h => [h.n, h.via])")
    assert got and got[0] == ["Kafr Naya", "Kafr Naya"], got
    assert not rec.problems(), rec.problems()


def test_search_skeleton_agrees_with_python(maps_dir, page_rec):
    """The page's skeleton (for queries) is the gazetteer's (for names): every spelling shipped."""
    page, _ = page_rec
    open_map(page, maps_dir / "2019-08-30.html")
    wrong = page.evaluate("""() => { const P = cmPage.basemap.places, out = []; let n = 0;
        P.s.forEach(keys => keys.forEach(([key, spelling, variant]) => { if (variant) { return; } n++;
            if (CM.skeleton(spelling) !== key) { out.push([spelling, key, CM.skeleton(spelling)]); } }));
        return {n: n, wrong: out.slice(0, 20), count: out.length}; }""")
    assert wrong["n"] > 1000 and wrong["count"] == 0, wrong


def test_hash_restores_the_view_across_pages(maps_dir, page_rec):
    page, rec = page_rec
    view = "c=35.52000,36.70000&z=12&l=base,names,zones,events"
    page.goto(file_url(maps_dir / "2019-08-23.html") + "#" + view, wait_until="load")
    page.wait_for_function("() => window.cmLayers")
    wait_idle(page)

    def check(path_name: str) -> None:
        state = map_state(page)
        assert (round(state["lat"], 4), round(state["lng"], 4), state["zoom"]) == (35.52, 36.7, 12), (path_name, state)
        on = page.evaluate("() => Object.keys(cmPage.layers).filter(k => cmPage.map.hasLayer(cmPage.layers[k])).sort()")
        assert on == ["base", "events", "names", "zones"], (path_name, on)

    check("2019-08-23")
    nxt = page.locator('#cm-bar a[rel="next"]')
    assert nxt.get_attribute("href").endswith("#" + view), nxt.get_attribute("href")
    with page.expect_navigation(url="**/2019-08-30.html#*", wait_until="load"):  # (awaited around the click)
        nxt.click()
    page.wait_for_function("() => window.cmLayers")
    wait_idle(page)
    check("2019-08-30")
    assert page.url.split("#")[1] == "d=2019-08-30&" + view  # the page's own hash names its date
    # the timeline opens on this date, with the same view
    with page.expect_navigation(url="**/timeline.html#*", wait_until="load"):
        page.locator('#cm-bar a[href^="timeline.html"]').click()
    page.wait_for_function("() => window.cmTimeline")
    wait_idle(page)
    assert page.locator("#cm-date").inner_text() == "2019-08-30"
    state = map_state(page)
    assert (round(state["lat"], 4), round(state["lng"], 4), state["zoom"]) == (35.52, 36.7, 12), state
    # and "open this date" goes back to the date page with the view
    href = page.locator("#cm-open-date").get_attribute("href")
    assert href.startswith("2019-08-30.html#") and "z=12" in href, href
    assert not rec.problems(), rec.problems()


def test_copy_link_copies_this_view(maps_dir, browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 720})
    try:
        page = ctx.new_page()
        rec = Recorder(page)
        open_map(page, maps_dir / "2019-08-23.html")
        page.evaluate(f"() => {MAP_JS}.setView([35.6, 36.75], 10, {{animate: false}})")
        wait_idle(page)
        page.locator("#cm-copy-link").click()
        page.wait_for_function("() => document.getElementById('cm-copy-link').dataset.copied !== undefined")
        copied = page.locator("#cm-copy-link").get_attribute("data-copied")
        assert copied == page.url, (copied, page.url)
        view = dict(kv.split("=") for kv in copied.split("#")[1].split("&"))
        lat, lon = (float(v) for v in view["c"].split(","))
        assert abs(lat - 35.6) < 2e-3 and abs(lon - 36.75) < 2e-3 and view["z"] == "10", view
        assert not rec.problems(), rec.problems()
    finally:
        ctx.close()


# -- 10. timeline: real time, window, place markers --------------------------------------------


def test_slider_positions_follow_the_dates(maps_dir, date_pages, page_rec):
    dates = [p.stem for p in date_pages]
    days = _days(dates)
    page, rec = page_rec
    open_map(page, maps_dir / "timeline.html")
    ticks = page.evaluate("""() => Array.from(document.querySelectorAll('#cm-ticks .cm-tick')).map(t => {
        const r = t.getBoundingClientRect(); return [t.dataset.date, r.left + r.width / 2]; })""")
    assert [d for d, _ in ticks] == dates
    xs = [x for _, x in ticks]
    px_per_day = (xs[-1] - xs[0]) / days[-1]
    for (d, x), day in zip(ticks, days):  # a 7-day gap is 7 times a 1-day gap
        assert abs(x - (xs[0] + day * px_per_day)) < 1.0, (d, x, day)
    months = page.locator("#cm-ticks .cm-month").all_inner_texts()
    assert months[:2] == ["Aug 2019", "Sep"], months
    # clicking the track at a date's tick selects that date, and the thumb sits on the tick
    slider = page.locator("#cm-slider").bounding_box()
    for k in (1, len(dates) // 2, len(dates) - 2):
        page.mouse.click(xs[k], slider["y"] + slider["height"] / 2)
        settle(page)
        assert page.locator("#cm-date").inner_text() == dates[k], (k, dates[k])
        assert page.locator("#cm-slider").input_value() == str(days[k])
    page.locator("#cm-slider").focus()
    page.keyboard.press("ArrowRight")  # the arrow keys step from date to date
    settle(page)
    assert page.locator("#cm-date").inner_text() == dates[len(dates) - 1]
    assert not rec.problems(), rec.problems()


def test_timeline_lists_the_window_and_marks_its_places(maps_dir, date_pages, page_rec):
    dates = [p.stem for p in date_pages]
    days = _days(dates)
    page, rec = page_rec
    open_map(page, maps_dir / "timeline.html")
    k = dates.index("2019-08-23")
    _set_slider(page, days[k])
    for window in ("0", "6", "-1"):
        page.select_option("#cm-window", window)
        settle(page)
        w = int(window)
        got = page.evaluate(
            """(w) => { const c = cmPage, d = c.data, ev = d.events, want = [];
            for (let i = 0; i < ev.d.length; i++) {
                if (ev.d[i] <= c.index && (w < 0 || d.days[ev.d[i]] >= d.days[c.index] - w)) { want.push(i); } }
            const items = Array.from(document.querySelectorAll('#cm-events-list li[data-event]'));
            const listed = items.flatMap(li => li.dataset.events.split(' ').map(Number));
            const quoted = items.map(li => li.querySelector('.cm-sentence').textContent);
            const marked = items.map(li => li.querySelectorAll('.cm-sentence mark').length);
            const places = cmTimeline.places.getLayers().map(m => m.cmPlace);
            const named = new Set(d.places.filter(p => p.d <= c.index && (w < 0 || d.days[p.d] >= d.days[c.index] - w))
                                           .map(p => p.n));
            return {want: want.sort((a, b) => a - b), listed: listed.slice().sort((a, b) => a - b),
                    order: items.map(li => ev.d[+li.dataset.event]), markers: new Set(places.map(p => p.n)).size, named: named.size,
                    title: document.getElementById('cm-window-title').textContent,
                    quoted: quoted, marked: marked, items: items.length}; }""",
            w,
        )
        assert got["listed"] == got["want"][:300] and got["want"], (window, got)
        assert got["order"] == sorted(got["order"], reverse=True), "newest first"
        assert got["markers"] == got["named"] > 0, (window, got)
        assert "2019-08-23" in got["title"], got["title"]
        # one item per sentence: a sentence that names several places is quoted once, all of them marked
        assert len(set(got["quoted"])) == len(got["quoted"]) == got["items"], got["quoted"]
        if window == "-1":
            assert got["items"] < len(got["listed"]) and max(got["marked"]) > 1, got
    page.locator("#cm-events-list li[data-event]").first.click()  # a listed event opens on the map
    page.wait_for_function("() => document.querySelector('.leaflet-popup-content .cm-sentence')")
    assert not rec.problems(), rec.problems()


def test_unknown_is_hatched_and_islamic_state_black_on_date_pages(maps_dir, actors, page_rec):
    page, rec = page_rec
    open_map(page, maps_dir / "2019-08-23.html")
    # the sample holds no Islamic State ground in 2019: style a zone of theirs as the page would
    isis = page.evaluate("""() => { const d = cmPage.data, i = d.controllers.findIndex(c => c.id === 'isis');
        const s = CM.zoneStyle(d)({properties: {c: i}}); return {fill: s.fillColor, op: s.fillOpacity}; }""")
    assert isis["fill"] == actors.colour("isis") and isis["op"] >= 0.65, isis
    legend = page.evaluate("""() => Array.from(document.querySelectorAll('.cm-legend .cm-key')).map(k => ({
        t: k.textContent, hatch: k.querySelector('.cm-swatch').classList.contains('cm-hatch'),
        img: getComputedStyle(k.querySelector('.cm-swatch')).backgroundImage}))""")
    by = {k["t"]: k for k in legend}
    from geo.render import controller_styles

    checked = 0
    for style in controller_styles(actors):  # every legend swatch is the zone's own colour and opacity
        key = by.get(style["short"])
        if key is None or style["hatch"]:
            continue
        r, g, b = (int(style["colour"][i : i + 2], 16) for i in (1, 3, 5))
        assert f"rgba({r}, {g}, {b}, {style['fill']})" in key["img"], (style, key)
        checked += 1
    assert checked >= 4 and by["Unknown / no data"]["hatch"], by
    hatched = page.evaluate("""() => { const d = cmPage.data, i = d.controllers.findIndex(c => c.id === 'unknown');
        return CM.zoneStyle(d)({properties: {c: i}}); }""")
    assert hatched["fillColor"].startswith("url(#cm-hatch-"), hatched
    assert page.evaluate(f"() => !!document.getElementById({json.dumps(hatched['fillColor'][5:-1])})")
    assert not rec.problems(), rec.problems()


def test_hostile_names_stay_text_in_labels_and_search(new_page, tmp_path, actors):
    """A gazetteer name full of markup shows as text in its label and in the search results."""
    import datetime as dt

    import geopandas as gpd

    from geo import render
    from geo.gazetteer import Place

    hostile = "<img src=x onerror=window.__pwned=1>Tell {{ 7*7 }}"
    places = [
        Place("gn:1", hostile, 35.50, 36.60, "town", "Hama", "SY", 40000, alt_names=("Tell Pwned",)),
        Place("gn:2", "Kafr Nabudah", 35.45, 36.52, "village", "Hama", "SY", 4000),
    ]
    basemap = render.Basemap.from_places(places, aoi=(35.5, 32.2, 42.5, 37.5), countries=["SY"])
    empty = gpd.GeoDataFrame(
        {"controller": [], "area_km2": []}, geometry=gpd.GeoSeries([], crs="EPSG:4326"), crs="EPSG:4326"
    )
    page_data = render.DatePage(dt.date(2019, 8, 1), None, None, empty, empty, empty, empty, [], {}, {}, [], [], [])
    path = tmp_path / "2019-08-01.html"
    render.render_date(path, page_data, actors=actors, center=(35.5, 36.6), zoom=11, assets=render.page_assets(basemap))
    page, rec = new_page()
    page.goto(file_url(path), wait_until="load")
    page.wait_for_function("() => window.cmLayers")
    wait_idle(page)
    assert hostile in [lb["t"] for lb in _visible_labels(page)]
    page.locator("#cm-search").type("tell pwn", delay=10)
    page.wait_for_function("() => document.querySelectorAll('#cm-search-results li[role=option]').length > 0")
    result = page.locator("#cm-search-results li[role=option]").first
    assert result.locator("b").inner_text() == hostile
    assert "Tell Pwned" in result.inner_text()  # the spelling that matched
    dom = page.evaluate("""() => ({pwned: typeof window.__pwned, imgs: document.querySelectorAll('img[src="x"]').length,
                                   evaluated: document.body.textContent.includes('Tell 49')})""")
    assert dom == {"pwned": "undefined", "imgs": 0, "evaluated": False}, dom
    assert not rec.problems(), rec.problems()


@pytest.fixture(scope="module")
def shared_maps(built_maps, tmp_path_factory, cache_dir) -> Path:
    """The same data built with ``assets="shared"``: pages that link ``assets/``."""
    import dataclasses

    from geo import pipeline
    from geo.settings import DEFAULTS

    out = tmp_path_factory.mktemp("shared") / "maps"
    s = dataclasses.replace(DEFAULTS, data_dir=built_maps[0].parent / "data", out_dir=out, cache_dir=cache_dir)
    pipeline.run(dataclasses.replace(s, assets="shared"))
    return out


@pytest.mark.parametrize("name", ["2019-08-23.html", "timeline.html"])
def test_shared_asset_pages_work_offline(shared_maps, page_rec, name):
    page, rec = page_rec
    loaded = []
    page.on("requestfinished", lambda r: loaded.append(url_path(r.url).relative_to(shared_maps).as_posix()))
    open_map(page, shared_maps / name)
    assert sorted(p.split("-")[0] for p in loaded if p.startswith("assets/")) == [
        "assets/basemap",
        "assets/conflictmap",
        "assets/conflictmap",
    ], loaded
    drawn = page.evaluate("""() => ({labels: document.querySelectorAll('.cm-label').length,
        names: cmPage.basemap.places.n.length, layers: Object.keys(cmPage.layers).length})""")
    assert drawn["labels"] > 10 and drawn["names"] > 100 and drawn["layers"] >= 6, drawn
    assert not rec.problems(), rec.problems()
