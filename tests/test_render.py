"""Pages as HTML: escaping, template injection, no remote assets, navigation."""

import csv
import json
from html.parser import HTMLParser

from geo.render import safe_json, safe_url
from tests.conftest import XSS_REPORT


def test_safe_json_cannot_close_a_script():
    s = safe_json({"t": "</script><script>alert(1)</script>", "u": "\u2028&"})
    assert "</" not in s and "<" not in s and "\u2028" not in s
    assert json.loads(s) == {"t": "</script><script>alert(1)</script>", "u": "\u2028&"}


def test_only_http_links_survive():
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for bad in (
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html,x",
        'https://x.org/"onload=1',
        "//evil.example/x",
        "",
    ):
        assert safe_url(bad) is None


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.scripts, self.text, self._in_script = [], [], [], False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        (self.scripts if self._in_script else self.text).append(data)


def test_hostile_report_is_inert_in_the_page(built_maps):
    out, _ = built_maps
    html = (out / f"{XSS_REPORT['date']}.html").read_text(encoding="utf-8")
    p = _Collect()
    p.feed(html)
    # no element or attribute the report could have injected
    for tag, attrs in p.tags:
        assert tag != "img", attrs
        assert not any(k.startswith("on") for k in attrs), (tag, attrs)
        assert not str(attrs.get("href", "")).lower().startswith("javascript"), attrs
    text = "".join(p.text)
    assert "</script><script>window.__pwned=1</script>" in text  # shown, as text
    assert "{{ 7*7 }} {% if 1 %}" in text  # template syntax stays text
    # in the script data, the report's markup only appears JSON-escaped
    scripts = "".join(p.scripts)
    assert "window.__pwned" in scripts and "<script>window.__pwned" not in scripts


def test_template_syntax_in_reports_is_not_evaluated(built_maps):
    out, _ = built_maps
    html = (out / f"{XSS_REPORT['date']}.html").read_text(encoding="utf-8")
    assert "{{ 7*7 }} {% if 1 %}" in html


def test_navigation_links_point_at_existing_pages(built_maps):
    out, _ = built_maps
    pages = sorted(out.glob("2019-*.html"))
    for page in pages:
        p = _Collect()
        p.feed(page.read_text(encoding="utf-8"))
        hrefs = {a.get("href") for t, a in p.tags if t == "a" and a.get("href", "").endswith(".html")}
        assert {"index.html", "timeline.html"} <= hrefs
        for h in hrefs:
            assert (out / h).exists(), (page.name, h)
    first = _Collect()
    first.feed(pages[0].read_text(encoding="utf-8"))
    assert any(a.get("aria-disabled") == "true" for t, a in first.tags if t == "a")  # no previous date


def test_change_panel_quotes_the_causing_sentence(built_maps):
    out, _ = built_maps
    html = (out / "2019-08-14.html").read_text(encoding="utf-8")
    panel = html[html.index('<aside id="cm-panel">') : html.index("</aside>")]
    assert "Kafr Ain" in panel and "<mark>Kafr Ain</mark>" in panel
    assert "captured the villages of" in panel


def test_a_sentence_that_moved_six_villages_is_one_panel_line(built_maps):
    out, _ = built_maps
    html = (out / "2019-08-23.html").read_text(encoding="utf-8")
    panel = html[html.index('<aside id="cm-panel">') : html.index("</aside>")]
    assert panel.count("took control of") == 1
    assert "<b>Kafr Zita, Al-Lataminah, Morek, Lahaya, Latmin, Maarkabah</b>" in panel
    for surface in ("Kafr Zeita", "Latamina", "Mourek"):
        assert f"<mark>{surface}</mark>" in panel


def test_evidence_of_the_state_is_listed_with_what_the_model_did(built_maps):
    out, _ = built_maps
    html = (out / "2019-08-21.html").read_text(encoding="utf-8")
    panel = html[html.index('<aside id="cm-panel">') : html.index("</aside>")]
    section = panel[panel.index("Evidence of who holds what") :]
    assert "Kafr Zita: rebel-held → agrees" in section and section.count("the rebel-held towns of") == 1


def test_a_report_without_a_title_shows_its_opening_words():
    import datetime as dt

    from geo.render import report_title
    from geo.reports import Report

    text = "Regime forces shelled Kafr Zita through the morning, and warplanes struck the outskirts of Morek."
    assert report_title(Report("r-17", dt.date(2019, 8, 1), "", text)) == (
        "Regime forces shelled Kafr Zita through the morning, and warplanes struck the …"
    )
    assert report_title(Report("r-18", dt.date(2019, 8, 1), "", "", source="Desk")) == "Desk of 2019-08-01"


# -- basemap, colours, assets, charts -------------------------------------------------------

import datetime as dt  # noqa: E402
import re  # noqa: E402

import geopandas as gpd  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402
import shapely  # noqa: E402

from geo import render  # noqa: E402
from geo.gazetteer import Place  # noqa: E402
from geo.names import skeleton  # noqa: E402

AOI = (35.5, 32.2, 42.5, 37.5)
HOSTILE = "<img src=x onerror=window.__pwned=1>{{ 7*7 }}"


def _places() -> list[Place]:
    road = shapely.LineString([(36.6, 35.6), (36.7, 35.7), (36.8, 35.9)])
    return [
        Place(
            "gn:1",
            "Maarat al-Numan",
            35.6483,
            36.6769,
            "city",
            "Idlib",
            "SY",
            58008,
            alt_names=("Maarat Numan", "معرة النعمان"),
        ),
        Place("gn:2", "Kafr Nabudah", 35.4, 36.5, "village", "Hama", "SY", 4000),
        Place("gn:3", HOSTILE, 35.5, 36.6, "village", "Hama", "SY", 10),
        Place("gn:4", "Antakya", 36.2, 36.16, "city", "", "TR", 200000),  # another country: left out
        Place("gn:5", "Faraway", 30.0, 36.0, "town", "", "SY", 20000),  # outside the area: left out
        Place("sy:m5", "M5 highway", 35.7, 36.7, "road", "Idlib", "SY", alt_names=("M5", "M-5"), geometry=road),
    ]


def test_basemap_keeps_the_theatre_and_every_spelling():
    b = render.Basemap.from_places(_places(), aoi=AOI, countries=["SY"])
    names = [p[0] for p in b.places]
    assert names[0] == "Maarat al-Numan"  # cities first
    assert set(names) == {"Maarat al-Numan", "Kafr Nabudah", HOSTILE, "M5 highway"}
    keys = dict(next(p for p in b.places if p[0] == "Maarat al-Numan")[6])
    assert skeleton("Maarat Numan") in keys and skeleton("معرة النعمان") in keys
    assert keys[skeleton("Maarat Numan")] == "Maarat al-Numan"  # the first spelling with that skeleton
    ((name, short, coords),) = b.roads
    assert (name, short) == ("M5 highway", "M5") and coords[0] == (36.6, 35.6)
    payload = b.payload()
    assert payload["roads"][0]["c"][:2] == [36.6, 35.6] and set(payload) >= {"countries", "admin1", "rivers", "places"}


def test_controller_styles_make_islamic_state_black_and_unknown_hatched(actors):
    styles = {s["id"]: s for s in render.controller_styles(actors)}
    assert list(styles)[-1] == "unknown" and styles["unknown"]["hatch"]
    assert styles["isis"]["colour"] == actors.colour("isis") and styles["isis"]["fill"] >= 0.65
    assert not styles["isis"]["hatch"] and styles["government"]["fill"] < 0.4
    assert styles["government"]["short"] == "Government forces"
    # what the map shows over the land colour: Islamic State is darker than unknown's grey
    shown = render._mix(styles["isis"]["colour"], styles["isis"]["fill"])
    assert sum(int(shown[i : i + 2], 16) for i in (1, 3, 5)) < 3 * 90, shown


def test_shared_assets_are_written_once_and_linked(tmp_path):
    basemap = render.Basemap.from_places(_places(), aoi=AOI, countries=["SY"])
    inline = render.page_assets(basemap)
    assert inline.files == {} and "CM.datePage = function" in inline.head
    assert render.write_assets(tmp_path, inline) == [] and not (tmp_path / "assets").exists()
    shared = render.page_assets(basemap, mode="shared")
    assert len(shared.files) == 3 and all(
        re.fullmatch(r"assets/[a-z]+-[0-9a-f]{12}\.(js|css)", f) for f in shared.files
    )
    assert all(f'"{f}"' in shared.head for f in shared.files) and "CM.datePage = function" not in shared.head
    written = render.write_assets(tmp_path, shared)
    assert [p.relative_to(tmp_path).as_posix() for p in written] == list(shared.files)
    base_js = next(f for f in shared.files if "basemap" in f)
    text = (tmp_path / base_js).read_text(encoding="utf-8")
    assert text.startswith("window.CM_BASEMAP = ") and "<img" not in text and "\\u003cimg" in text
    assert render.page_assets(basemap, mode="shared") == shared  # same content, same names
    with pytest.raises(ValueError, match="not one of inline, shared"):
        render.page_assets(basemap, mode="cdn")


def test_shared_pages_are_smaller_and_load_the_files(built_maps, tmp_path, actors, cache_dir):
    import dataclasses

    from geo import pipeline
    from geo.settings import DEFAULTS

    out, _ = built_maps
    data = out.parent / "data"
    s = dataclasses.replace(DEFAULTS, data_dir=data, out_dir=tmp_path / "maps", cache_dir=cache_dir, assets="shared")
    pipeline.run(s)
    page = (tmp_path / "maps" / "2019-08-23.html").read_text(encoding="utf-8")
    refs = re.findall(r'(?:src|href)="(assets/[^"]+)"', page)
    assert len(refs) == 3 and all((tmp_path / "maps" / r).is_file() for r in refs)
    inline = (out / "2019-08-23.html").stat().st_size
    assert len(page.encode()) < inline / 3, (len(page.encode()), inline)
    assert "CM.datePage = function" not in page and "CM.datePage(" in page


def test_area_chart_has_one_axis_with_units_and_real_time(actors):
    styles = render.controller_styles(actors)
    dates = ["2019-08-01", "2019-08-02", "2019-08-09", "2019-09-03"]
    area = {d: {"government": 1000.0 + 10 * i, "opposition": 500.0 - 10 * i} for i, d in enumerate(dates)}
    svg = render._area_chart(area, dates, styles)
    assert svg.count("<svg") == 2 and "km² held" in svg and "km² gained or lost" in svg
    assert svg.count('data-side="government"') == 2 and 'data-side="isis"' not in svg  # sides that hold nothing
    cols = re.findall(r'<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)" height="[\d.]+" class="cm-col" data-date', svg)
    edges = [float(x) for x, _ in cols[:4]]
    xs = [edges[0]]  # each column edge lies halfway between two dates: rebuild the dates' x
    for e in edges[1:]:
        xs.append(2 * e - xs[-1])
    days = [0, 1, 8, 33]
    for x, d in zip(xs, days):
        assert abs((x - xs[0]) / (xs[-1] - xs[0]) - d / 33) < 0.01, (xs, days)
    assert "Aug 2019" in svg and "Sep 2019" in svg
    assert (">+1,000<" not in svg and ">+20<" in svg) or ">+10<" in svg  # the change axis is scaled to the change


def test_thumbnail_draws_zones_and_changes(actors):
    styles, cidx = render._controllers(actors)
    zones = gpd.GeoDataFrame(
        {"controller": ["government", "unknown"], "area_km2": [1.0, 1.0]},
        geometry=[shapely.box(36.0, 35.0, 36.5, 36.0), shapely.box(36.5, 35.0, 37.0, 36.0)],
        crs="EPSG:4326",
    )
    change = type("C", (), {"lat": 35.5, "lon": 36.25, "after": "government"})()
    svg = render._thumbnail(zones, [change], (36.0, 35.0, 37.0, 36.0), styles, cidx, width=100)
    assert svg.count("<path") == 2 and 'fill="url(#cm-hatch-svg)"' in svg and "<circle" in svg
    assert 'width="100"' in svg and 'height="12' in svg  # 1° of longitude at 35.5° N is 0.81° of latitude


def test_cell_edges_are_the_shared_boundaries():
    cells = np.array([shapely.box(0, 0, 1, 1), shapely.box(1, 0, 2, 1), shapely.box(2, 0, 3, 1), shapely.Polygon()])
    enc = render._encode_cells(cells, 3, 0)
    pairs = sorted(zip(enc["edges"]["a"], enc["edges"]["b"]))
    assert pairs == [(0, 1), (1, 2)]
    first = np.cumsum(np.array(enc["edges"]["lines"][0]).reshape(-1, 2), axis=0) / enc["scale"]
    assert sorted(map(tuple, first.tolist())) == [(1.0, 0.0), (1.0, 1.0)]
    assert len(enc["rings"]) == 4 and enc["rings"][3] == []


def test_hostile_gazetteer_names_stay_escaped_in_the_page(tmp_path, actors):
    basemap = render.Basemap.from_places(_places(), aoi=AOI, countries=["SY"])
    empty = gpd.GeoDataFrame(
        {"controller": [], "area_km2": []}, geometry=gpd.GeoSeries([], crs="EPSG:4326"), crs="EPSG:4326"
    )
    page = render.DatePage(dt.date(2019, 8, 1), None, None, empty, empty, empty, empty, [], {}, {}, [], [], [])
    out = tmp_path / "p.html"
    render.render_date(out, page, actors=actors, center=(35.6, 36.7), zoom=9, assets=render.page_assets(basemap))
    text = out.read_text(encoding="utf-8")
    assert "<img src=x" not in text and "{{ 7*7 }}" not in text and "\\u003cimg src=x" in text


def test_geojson_geometries_match_shapely_mapping():
    ring = shapely.box(36.0, 35.0, 36.5, 35.5)
    holed = shapely.Polygon(ring.exterior.coords, [shapely.box(36.1, 35.1, 36.2, 35.2).exterior.coords])
    multi = shapely.MultiPolygon([holed, shapely.box(37.0, 35.0, 37.2, 35.3)])
    geoms = np.array([holed, multi, shapely.Point(36.3, 35.4), ring, shapely.LineString([(36, 35), (37, 36)])])
    got = render._geo_interfaces(geoms)
    want = [shapely.geometry.mapping(g) for g in geoms]
    assert [g["type"] for g in got] == ["Polygon", "MultiPolygon", "Point", "Polygon", "LineString"]
    assert json.dumps(got) == json.dumps(want)  # same nesting, same floats, same key order


def test_interning_a_report_twice_gives_one_entry():
    table = render._Table()
    meta = {"id": "r1", "t": "title"}
    assert [table(meta), table("a sentence"), table(meta), table(dict(meta)), table({"id": "r2"})] == [0, 1, 0, 0, 2]
    assert table.items == [meta, "a sentence", {"id": "r2"}]


def test_svg_path_draws_every_ring_with_holes_and_skips_lines():
    outer = shapely.Polygon([(0, 0), (10.04, 0), (10.04, 10), (0, 10)], [[(2, 2), (3, 2), (3, 3.25), (2, 3.25)]])
    geom = shapely.GeometryCollection([outer, shapely.LineString([(0, 0), (5, 5)]), shapely.box(20, 20, 21, 21)])
    assert render._svg_path(geom) == ("M0,0L10,0L10,10L0,10ZM2,2L3,2L3,3.2L2,3.2ZM21,20L21,21L20,21L20,20Z")


def test_zone_geometries_are_reused_only_for_identical_zones():
    cache = render._ZoneGeometries(size=3)
    a, b = shapely.box(36.0, 35.0, 36.51234567, 35.5), shapely.box(36.0, 35.0, 36.5123, 35.5)
    first = cache(np.array([a, None, shapely.Polygon()], dtype=object), 5, 0.0)
    assert json.dumps(first[0]) == json.dumps(shapely.geometry.mapping(shapely.box(36.0, 35.0, 36.51235, 35.5)))
    assert first[1:] == [None, None]
    again = cache(np.array([shapely.box(36.0, 35.0, 36.51234567, 35.5), b], dtype=object), 5, 0.0)
    assert again[0] is first[0]  # the same zone: walked once
    assert json.dumps(again[1]) == json.dumps(shapely.geometry.mapping(b))  # a different zone: its own
    cache(np.array([shapely.box(0, 0, i + 1, 1) for i in range(5)], dtype=object), 5, 0.0)
    assert len(cache.items) == 3  # bounded


# -- the mention a sentence shows is the one listed ----------------------------------------------

EUPHRATES = (
    "Regime forces shelled villages on the Euphrates banks and west of the Euphrates near Al-Mayadin, "
    "and boats crossing the Euphrates were hit."
)
KAFR_ZITA = "Residents who fled Kafr Zita last month said that regime forces took control of Kafr Zita on Wednesday."
HOSTILE_SENTENCE = (
    "Encoded <b>Euphrates</b> & <i>rumours</i> said boats crossing the Euphrates "
    "<script>window.__pwned=1</script> were hit."
)
#: unresolved.csv's columns before ``sentence_at`` was added: scripts read them by position too
UNRESOLVED_BEFORE = [
    "date",
    "report",
    "mention",
    "start",
    "end",
    "reason",
    "confidence",
    "sentence",
    "title",
    "source",
    "url",
]
#: added after ``sentence_at`` for the events at no placed place (issue 13)
UNRESOLVED_EVENT_COLUMNS = ["kind", "event_type", "sub_event_type", "actor1", "actor2", "fatalities", "event_date"]


class _Quotes(HTMLParser):
    """Each ``<q class="cm-sentence">`` as runs of ``(text, marked)`` (entities decoded)."""

    def __init__(self):
        super().__init__()
        self.quotes: list[list[tuple[str, bool]]] = []
        self.inner: list[str] = []  # tags inside the quotes
        self._q = self._mark = False

    def handle_starttag(self, tag, attrs):
        if self._q:
            self.inner.append(tag)
        if tag == "q" and "cm-sentence" in (dict(attrs).get("class") or ""):
            self._q = True
            self.quotes.append([])
        self._mark = self._mark or (self._q and tag == "mark")

    def handle_endtag(self, tag):
        self._q = self._q and tag != "q"
        self._mark = self._mark and tag != "mark"

    def handle_data(self, data):
        if self._q:
            self.quotes[-1].append((data, self._mark))


def _quotes(html: str) -> list[tuple[str, int, str]]:
    """(sentence text, offset of its first mark or -1, marked text) of each quoted sentence."""
    p = _Quotes()
    p.feed(html)
    out = []
    for runs in p.quotes:
        text = "".join(t for t, _ in runs)
        first = next((i for i, (_, marked) in enumerate(runs) if marked), None)
        at = -1 if first is None else sum(len(t) for t, _ in runs[:first])
        out.append((text, at, "".join(t for t, marked in runs if marked)))
    return out


def _marks(html: str) -> list[tuple[str, list[tuple[int, str]]]]:
    """(sentence text, [(offset, marked text) of every mark]) of each quoted sentence."""
    p = _Quotes()
    p.feed(html)
    out = []
    for runs in p.quotes:
        marks, at = [], 0
        for t, marked in runs:
            if marked:
                marks.append((at, t))
            at += len(t)
        out.append(("".join(t for t, _ in runs), marks))
    return out


def _section(html: str, start: str, end: str = "</ul>") -> str:
    i = html.index(start)
    return html[i : html.index(end, i)]


def _payload(html: str) -> dict:
    """The data the page hands to ``CM.datePage(map, data, …)``."""
    i = html.index("CM.datePage(")
    data, _ = json.JSONDecoder().raw_decode(html, html.index(", ", i) + 2)
    return data


@pytest.fixture(scope="module")
def repeated_page(repeated_maps) -> str:
    return (repeated_maps / "2019-08-21.html").read_text(encoding="utf-8")


def test_not_placed_marks_the_occurrence_that_was_not_placed(repeated_maps, repeated_page):
    with (repeated_maps / "unresolved.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
    # the old columns, in their order; later ones only after them
    assert reader.fieldnames == [*UNRESOLVED_BEFORE, "sentence_at", *UNRESOLVED_EVENT_COLUMNS]
    (river,) = [r for r in rows if r["sentence"] == EUPHRATES]
    third = EUPHRATES.rfind("Euphrates")
    assert EUPHRATES.count("Euphrates") == 3 and river["mention"] == "Euphrates"
    assert int(river["sentence_at"]) == third  # the bare river; the first two are placed phrases
    shown = _quotes(_section(repeated_page, '<ul id="cm-not-placed">'))
    assert (EUPHRATES, third, "Euphrates") in shown, shown
    # the hostile sentence: both occurrences are listed, each marked at its own place, markup as text
    first, second = HOSTILE_SENTENCE.find("Euphrates"), HOSTILE_SENTENCE.rfind("Euphrates")
    names = [r for r in rows if r["kind"] == "mention"]
    assert sorted(int(r["sentence_at"]) for r in names if r["sentence"] == HOSTILE_SENTENCE) == [first, second]
    # ... in one item: the sentence is quoted once, with both and "were hit" (an event at no placed place) marked
    assert [m for q, m in _marks(_section(repeated_page, '<ul id="cm-not-placed">')) if q == HOSTILE_SENTENCE] == [
        [(first, "Euphrates"), (second, "Euphrates"), (HOSTILE_SENTENCE.rfind("hit"), "hit")]
    ]
    assert len({q[0] for q in shown}) == len(shown), "a sentence is quoted once in the Not placed list"
    panel = _section(repeated_page, '<aside id="cm-panel">', "</aside>")
    assert "&lt;b&gt;<mark>Euphrates</mark>&lt;/b&gt;" in panel and "<script" not in panel
    quotes = _Quotes()
    quotes.feed(panel)
    assert len(quotes.quotes) >= 4 and set(quotes.inner) == {"mark"}  # no element of the report's own


def test_a_change_marks_the_occurrence_its_capture_read(repeated_page):
    second = KAFR_ZITA.rfind("Kafr Zita")
    assert second > KAFR_ZITA.find("Kafr Zita")
    shown = _quotes(_section(repeated_page, "<h2>Changed hands"))
    assert (KAFR_ZITA, second, "Kafr Zita") in shown, shown
    data = _payload(repeated_page)
    (change,) = [c for c in data["changes"] if c["s"] == KAFR_ZITA]  # the popup of the ring marks the same
    assert change["m"] == [second, second + len("Kafr Zita")]
    ev = data["events"]
    spans = {(ev["sa"][i], ev["sb"][i]) for i in range(len(ev["s"])) if data["sentences"][ev["s"][i]] == KAFR_ZITA}
    assert spans == {(second, second + len("Kafr Zita"))}


def test_an_event_file_row_marks_its_place_in_the_notes_not_the_first_letters(repeated_page):
    data = _payload(repeated_page)
    ev = data["events"]
    (i,) = [i for i in range(len(ev["s"])) if data["sentences"][ev["s"][i]].startswith("On 21 August 2019")]
    notes = data["sentences"][ev["s"][i]]
    # an ACLED row has no offsets: the first occurrence of its location stands in
    assert notes[ev["sa"][i] : ev["sb"][i]] == "Morek" and ev["sa"][i] == notes.index("Morek") > 0


def test_every_mention_row_says_where_it_stands_in_its_sentence(repeated_maps):
    with (repeated_maps / "mentions.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
    assert reader.fieldnames[-1] == "sentence_at" and rows
    for r in rows:
        at = int(r["sentence_at"])
        assert r["sentence"][at : at + len(r["mention"])] == r["mention"], r
    twice = [r for r in rows if r["sentence"] == KAFR_ZITA and r["mention"] == "Kafr Zita"]
    assert sorted(int(r["sentence_at"]) for r in twice) == [KAFR_ZITA.find("Kafr Zita"), KAFR_ZITA.rfind("Kafr Zita")]


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        (52, (52, 61)),  # its own offset
        ("52", (52, 61)),  # as read back from a CSV
        (None, (13, 22)),  # no offset known (an older table): the first occurrence
        (float("nan"), (13, 22)),
        (40, (13, 22)),  # an offset where the name is not: the first occurrence
        (400, (13, 22)),
    ],
)
def test_a_mention_is_marked_at_its_offset_else_at_its_first_occurrence(at, expected):
    sentence = "Boats on the Euphrates banks and boats crossing the Euphrates were hit."
    assert render._mention_span(sentence, "Euphrates", at) == expected
    assert render._mention_span(sentence, "Raqqa", at) is None and render._mention_span(sentence, "", at) is None


def test_highlights_are_built_from_escaped_pieces():
    sentence = '<img src=x onerror="alert(1)"> near Saraqib & <b>Saraqib</b>'
    out = render._highlight_all(sentence, [("Saraqib", sentence.rfind("Saraqib")), ("Saraqib", None)])
    assert out == (
        "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; near <mark>Saraqib</mark> &amp; "
        "&lt;b&gt;<mark>Saraqib</mark>&lt;/b&gt;"
    )
    assert render._highlight_all(sentence, [("Idlib", 3)]) == render._highlight_all(
        sentence, []
    )  # nothing to mark: escaped text
