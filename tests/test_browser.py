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
        page.set_default_timeout(10_000)
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
                page.wait_for_function("() => window.L && (window.cmLayers || window.cmTimeline)", timeout=10_000)
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


def _set_slider(page, i: int) -> None:
    page.evaluate(
        """(i) => { const s = document.getElementById('cm-slider');
        s.value = String(i); s.dispatchEvent(new Event('input', {bubbles: true})); }""",
        i,
    )
    settle(page)


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

    page, rec = page_rec
    open_map(page, maps_dir / "timeline.html")
    slider = page.locator("#cm-slider")
    assert slider.get_attribute("min") == "0" and slider.get_attribute("max") == str(n - 1)
    last = _timeline_state(page, lat, lon)
    assert (last["slider"], last["date"], last["index"]) == (str(n - 1), dates[-1], str(n - 1))

    slider.focus()
    page.keyboard.press("Home")  # a real keyboard move, as a user would
    settle(page)
    first = _timeline_state(page, lat, lon)
    assert (first["slider"], first["date"], first["index"]) == ("0", dates[0], "0"), first["date"]
    assert url_path(first["link"]).name == f"{dates[0]}.html" and url_path(first["link"]).exists()
    assert _near(first["pixel"], opp), f"Khan Shaykhun should be drawn opposition-held on {dates[0]}: {first['pixel']}"

    i = dates.index("2019-08-21")
    _set_slider(page, i)
    mid = _timeline_state(page, lat, lon)
    assert (mid["slider"], mid["date"], mid["index"]) == (str(i), "2019-08-21", str(i))
    assert _near(mid["pixel"], gov), f"Khan Shaykhun should be drawn government-held on 2019-08-21: {mid['pixel']}"

    page.keyboard.press("End")
    settle(page)
    last = _timeline_state(page, lat, lon)
    assert (last["slider"], last["date"], last["index"]) == (str(n - 1), dates[-1], str(n - 1))
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
    assert set(hostile) == {"Kafranbel", "Maarat al-Numan", "Al-Tamanah", "Khan Shaykhun"}, set(hostile)

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


# -- 7. index ----------------------------------------------------------------------------------


def test_index_links_every_date(maps_dir, date_pages, page_rec):
    page, rec = page_rec
    page.goto(file_url(maps_dir / "index.html"), wait_until="load")
    rows = page.locator("table.cm-index tbody tr")
    assert rows.count() == len(date_pages)
    links = page.evaluate("""() => Array.from(document.querySelectorAll('table.cm-index tbody tr'))
        .map(tr => { const a = tr.querySelector('td a'); return a ? [a.textContent, a.href] : null; })""")
    assert None not in links
    assert [t for t, _ in links] == [p.stem for p in date_pages]
    for text, href in links:
        target = url_path(href)
        assert target.exists() and target.name == f"{text}.html", href
    others = page.evaluate("() => Array.from(document.links).map(a => a.href)")
    missing = [h for h in others if h.startswith("file:") and not url_path(h).exists()]
    assert not missing, missing

    first = links[0][0]
    page.locator(f'table.cm-index a[href="{first}.html"]').click()
    page.wait_for_url(f"**/{first}.html")
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
