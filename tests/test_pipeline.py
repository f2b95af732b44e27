"""End to end on a copy of data/: files written, layers readable, incremental reruns, safe writes."""

import csv
import dataclasses
from html.parser import HTMLParser
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest

from geo import pipeline
from geo.settings import DEFAULTS


def test_every_output_is_written_whole_and_listed_in_the_manifest(built_maps):
    """Each file parses to its end (CSV rows of the header's width, GeoJSON, GeoPackage layers,
    HTML closed) and the manifest lists exactly these files with their SHA-256."""
    import hashlib
    import json

    from geo.export import REJECTED_COLUMNS, REPORT_COLUMNS, UNRESOLVED_COLUMNS

    out, summary = built_maps
    assert summary.exit_code == 0 and summary.reports >= 19 and summary.placed > 100
    dates = sorted(p.stem for p in out.glob("2019-*.html"))
    assert len(dates) == summary.dates >= 3
    assert sorted(p.stem for p in (out / "layers").glob("*.geojson")) == dates
    headers = {
        "unresolved.csv": list(UNRESOLVED_COLUMNS),
        "rejected.csv": list(REJECTED_COLUMNS),
        "reports.csv": list(REPORT_COLUMNS),
        "control_area.csv": ["date", "controller", "area_km2", "delta_km2"],
        "warnings.csv": ["about", "warning"],
    }
    for name in ("unresolved.csv", "rejected.csv", "control_area.csv", "mentions.csv", "reports.csv", "events.csv"):
        with (out / name).open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        assert rows and all(len(r) == len(rows[0]) for r in rows), name
        assert rows[0] == headers.get(name, rows[0]), name
    assert len(list(csv.DictReader((out / "reports.csv").open(encoding="utf-8")))) == summary.reports
    assert len(list(csv.DictReader((out / "mentions.csv").open(encoding="utf-8")))) == summary.mentions
    for d in dates:
        assert json.loads((out / "layers" / f"{d}.geojson").read_text(encoding="utf-8"))["features"], d
    assert len(pyogrio.list_layers(out / "layers.gpkg")) == 9
    for page in [*out.glob("*.html")]:
        assert page.read_text(encoding="utf-8").rstrip().endswith("</html>"), page.name
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    files = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file() and not p.name.startswith(".")}
    assert set(manifest["outputs"]) == files - {"manifest.json"}
    for name, meta in manifest["outputs"].items():
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == meta["sha256"], name


def test_layers_load_in_geopandas_with_temporal_columns(built_maps):
    out, _ = built_maps
    assert {n for n, _ in pyogrio.list_layers(out / "layers.gpkg")} == {
        "zones",
        "front_lines",
        "pockets",
        "settlements",
        "bases",
        "places",
        "areas",
        "events",
        "changes",
    }
    for layer in ("zones", "places", "events", "changes"):
        gdf = gpd.read_file(out / "layers.gpkg", layer=layer)
        assert gdf.crs.to_epsg() == 4326 and {"valid_from", "valid_to"} <= set(gdf.columns), layer
        assert len(gdf) > 0, layer
        assert (gdf["valid_from"] <= gdf["valid_to"]).all()
    zones = gpd.read_file(out / "layers.gpkg", layer="zones")
    assert {"government", "opposition", "sdf", "turkey", "coalition"} <= set(zones["controller"])
    assert "isis" not in set(zones["controller"])  # the sample storyline invents no Islamic State ground
    places = gpd.read_file(out / "layers.gpkg", layer="places")
    assert "controller" in places.columns and (places["controller"] != "unknown").mean() > 0.9
    day = gpd.read_file(out / "layers" / "2019-08-23.geojson")
    assert {"zones", "places", "events", "changes"} <= set(day["layer"])


def test_nothing_is_dropped_silently(built_maps):
    out, summary = built_maps
    with (out / "mentions.csv").open(encoding="utf-8") as fh:
        mentions = list(csv.DictReader(fh))
    with (out / "unresolved.csv").open(encoding="utf-8") as fh:
        unresolved = list(csv.DictReader(fh))
    not_placed = [m for m in mentions if m["placed"] != "True" or m["in_aoi"] != "True"]
    listed = [u for u in unresolved if u["kind"] == "mention"]
    assert len(listed) == len(not_placed) == summary.unresolved + summary.outside_aoi
    assert len(unresolved) - len(listed) == summary.unplaced_events  # and every event at no placed place
    assert all(u["reason"] and u["sentence"] and u["report"] for u in unresolved)
    area = list(csv.DictReader((out / "control_area.csv").open(encoding="utf-8")))
    assert {"date", "controller", "area_km2", "delta_km2"} == set(area[0])


class _Assets(HTMLParser):
    def __init__(self):
        super().__init__()
        self.remote = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for key in ("src", "href"):
            v = a.get(key) or ""
            if tag in ("script", "link", "img", "iframe") and v.startswith(("http:", "https:", "//")):
                self.remote.append((tag, v))


def test_maps_load_no_remote_assets(built_maps):
    out, _ = built_maps
    for page in out.glob("*.html"):
        p = _Assets()
        text = page.read_text(encoding="utf-8")
        p.feed(text)
        assert p.remote == [], (page.name, p.remote)
        assert "cdn.jsdelivr" not in text and "code.jquery" not in text


def _settings(tmp_path, cache_dir, data):
    return dataclasses.replace(DEFAULTS, data_dir=data, out_dir=tmp_path / "maps", cache_dir=cache_dir)


def test_a_rerun_with_nothing_changed_builds_nothing_and_an_edit_rebuilds_only_its_dates(
    tmp_path, cache_dir, data_copy, monkeypatch
):
    s = _settings(tmp_path, cache_dir, data_copy)
    first = pipeline.run(s)
    assert first.maps_written == first.dates
    real = pipeline.build
    monkeypatch.setattr(pipeline, "build", lambda *a, **k: pytest.fail("an up-to-date run must not build"))
    again = pipeline.run(s)
    assert again.up_to_date and again.exit_code == first.exit_code
    monkeypatch.setattr(pipeline, "build", real)
    # edit the last date's report only: that date (and nothing before it) is re-rendered
    last = sorted(data_copy.glob("reports/2019-09-18_*.txt"))[0]
    last.write_text(last.read_text(encoding="utf-8") + "\nShelling also hit Kafranbel.\n", encoding="utf-8")
    third = pipeline.run(s)
    assert not third.up_to_date and 1 <= third.maps_written < first.maps_written
    forced = pipeline.run(s, force=True)
    assert forced.maps_written == first.dates


def test_only_requested_dates_are_written(tmp_path, cache_dir, data_copy):
    import datetime as dt

    s = _settings(tmp_path, cache_dir, data_copy)
    summary = pipeline.run(s, dates=[dt.date(2019, 8, 23)])
    assert summary.maps_written == 1
    assert [p.name for p in (tmp_path / "maps").glob("2019-*.html")] == ["2019-08-23.html"]


def test_geoparse_pauses_the_cyclic_gc_only_while_it_runs(gaz, actors, monkeypatch):
    """geoparse() switches the cyclic collector off per batch and restores the caller's setting."""
    import datetime as dt
    import gc

    from geo import Report

    rep = Report(id="g", date=dt.date(2019, 9, 1), title="", text="Jets struck Kafr Zita and Saraqib.")
    during = []
    real = pipeline.find_mentions_many

    def spy(*args, **kwargs):
        during.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "find_mentions_many", spy)
    was = gc.isenabled()
    try:
        for state in (True, False):
            gc.enable() if state else gc.disable()
            out = pipeline.geoparse_reports([rep], gaz, actors)
            assert gc.isenabled() is state
            assert [r.place.name for r in out[0] if r.place] == ["Kafr Zita", "Saraqib"]
    finally:
        gc.enable() if was else gc.disable()
    assert during == [False, False]


PLACELESS = Path(__file__).resolve().parent / "data" / "placeless"


@pytest.fixture(scope="module")
def placeless_maps(tmp_path_factory, cache_dir):
    """The maps of ``tests/data/placeless/`` (one date), built on the shipped zones and gazetteer."""
    import shutil

    root = tmp_path_factory.mktemp("placeless")
    data = root / "data"
    shutil.copytree(DEFAULTS.data_dir, data, ignore=shutil.ignore_patterns("reports"))
    shutil.copytree(PLACELESS / "reports", data / "reports")
    summary = pipeline.run(dataclasses.replace(DEFAULTS, data_dir=data, out_dir=root / "maps", cache_dir=cache_dir))
    assert summary.exit_code == 0, summary
    return root / "maps", summary


def test_a_place_the_gazetteer_lacks_is_mapped_at_its_container_and_counted(unlisted_build):
    """``tests/data/unlisted``: "Seif al-Dawla neighborhood in Aleppo city" and "Ewijel village in the countryside
    of Aleppo" name places no shipped gazetteer has; both are drawn where the text puts them, under their own
    names, their events at geo precision 2 (a town's point) and 3 (a region), and the run counts them as
    gazetteer fixes wanted; "the Syrian-Turkish border in the countryside of Idlib" is the border's stretch in
    Idlib governorate."""
    maps, summary = unlisted_build
    assert summary.exit_code == 0 and summary.approximate == 4
    assert any(
        "4 placed only approximately, from the places the text names with them" in line for line in summary.lines()
    )
    mentions = pd.read_csv(maps / "mentions.csv").set_index("mention")
    aleppo = mentions.loc["Aleppo city"]
    quarter = mentions.loc["Seif al-Dawla"]
    assert quarter["place_id"] == f"within:{aleppo['place_id']}:sayf zawla" and quarter["name"] == "Seif al-Dawla"
    assert (quarter["lat"], quarter["lon"]) == (aleppo["lat"], aleppo["lon"])
    assert mentions.loc["Ewijel", "place_id"].startswith(f"within:{mentions.loc['countryside of Aleppo', 'place_id']}")
    events = pd.read_csv(maps / "events.csv").set_index("location")
    border = "Syria–Turkey border (Syria side, within 10 km) in Idlib governorate"
    assert events["geo_precision"].to_dict() == {
        "Seif al-Dawla": 2,
        "Kafr Zita": 1,
        "Ewijel": 3,
        border: 3,
        "Tell Foo": 3,
        "road of Palmyra - Sokhna": 3,
    }
    road = mentions.loc["road of Palmyra - Sokhna"]
    assert road["place_id"].startswith("area:road:") and road["kind"] == "road"
    # the hand-over of an unlisted village: a change of control in its record, none on the map
    assert events.loc["Tell Foo", "sub_event_type"] == "Non-violent transfer of territory"
    assert "[control: " in events.loc["Tell Foo", "notes"]
    changes = gpd.read_file(maps / "layers.gpkg", layer="changes")
    assert not changes.astype(str).apply(lambda col: col.str.contains("Tell Foo")).any().any()
    assert (events.loc[border, "sub_event_type"], events.loc[border, "event_date"]) == (
        "Remote explosive/landmine/IED",
        "2019-08-26",
    )
    assert events.loc["Seif al-Dawla", "sub_event_type"] == "Shelling/artillery/missile attack"
    unresolved = pd.read_csv(maps / "unresolved.csv")
    assert unresolved.empty  # every place is on the map, three of them approximately
    page = (maps / "2019-08-27.html").read_text(encoding="utf-8")
    assert "not in the gazetteer: drawn at Aleppo (in it, as the text says)" in page


class _NotPlaced(HTMLParser):
    """Each ``<li>`` of the page's "Not placed" list: its (bold name, reason) pairs, its quote and the marked
    words; and every element inside the list (report text must never make one)."""

    def __init__(self):
        super().__init__()
        self.items, self.tags, self._in, self._field = [], [], False, None

    def handle_starttag(self, tag, attrs):
        if tag == "ul" and dict(attrs).get("id") == "cm-not-placed":
            self._in = True
        elif self._in:
            self.tags.append(tag)
            item = self.items[-1] if self.items else None
            if tag == "li":
                self.items.append({"pairs": [], "quote": "", "marks": []})
            elif tag == "b" and item is not None:
                item["pairs"].append(["", ""])
            elif tag == "mark" and item is not None:
                item["marks"].append("")
            self._field = {"b": "name", "span": "reason", "q": "quote", "mark": "mark"}.get(tag, self._field)

    def handle_endtag(self, tag):
        if tag == "ul":
            self._in = False
        elif tag in ("b", "span", "q"):
            self._field = None
        elif tag == "mark":
            self._field = "quote"

    def handle_data(self, data):
        if not (self._in and self._field and self.items):
            return
        item = self.items[-1]
        if self._field in ("name", "reason"):
            item["pairs"][-1][self._field == "reason"] += data
        else:
            item["quote"] += data
            if self._field == "mark":
                item["marks"][-1] += data


def test_events_at_no_placed_place_are_listed_in_unresolved_csv_and_on_the_date_page(placeless_maps):
    from geo.export import UNRESOLVED_COLUMNS

    out, summary = placeless_maps
    assert summary.events == 1 and summary.unplaced_events == 4
    assert any("4 at no placed place" in line for line in summary.lines())
    with (out / "unresolved.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
    assert reader.fieldnames == list(UNRESOLVED_COLUMNS)
    assert [r["mention"] for r in rows if r["kind"] == "mention"] == ["Tell Zorbaya"]
    events = [r for r in rows if r["kind"] == "event"]
    assert [(r["mention"], r["sub_event_type"], r["actor1"], r["actor2"], r["event_date"]) for r in events] == [
        ("executes", "Attack", "isis", "civilians", "2019-08-27"),
        ("clashed", "Armed clash", "turkey", "isis", "2019-08-26"),
        ("executed", "Attack", "unidentified", "civilians", "2019-08-27"),
        ("captured", "Arrests", "opposition", "", "2019-08-27"),  # two pilots taken: persons, not ground
    ]
    title = "The Islamic State executes a man on charges of communicating with the Free Army"
    assert all(
        r["date"] == "2019-08-27" and r["title"] == title and r["source"].startswith("Test desk") for r in events
    )
    assert (
        events[0]["reason"]
        == "event without a place: Violence against civilians / Attack (isis → civilians); names no place"
    )
    assert events[1]["reason"].startswith("event without a place: Battles / Armed clash (turkey → isis)")
    assert "place 'Tell Zorbaya' not placed: not in the gazetteer" in events[2]["reason"]
    for r in events:  # the trigger's offsets: in the sentence and in the report's full text
        assert r["sentence"][int(r["sentence_at"]) :].startswith(r["mention"])
        assert int(r["end"]) - int(r["start"]) == len(r["mention"])
    assert "<script>window.__pwned=7</script>" in events[1]["sentence"]  # the CSV keeps the text as written
    # never in events.csv nor the GIS layers: they have no coordinates
    with (out / "events.csv").open(encoding="utf-8", newline="") as fh:
        assert len(list(csv.DictReader(fh))) == 1
    assert len(gpd.read_file(out / "layers.gpkg", layer="events")) == 1
    page = (out / "2019-08-27.html").read_text(encoding="utf-8")
    listed = _NotPlaced()
    listed.feed(page)
    assert set(listed.tags) == {"li", "div", "b", "span", "q", "mark"}  # no element of the report's own
    by_quote = {i["quote"]: i for i in listed.items}
    assert len(by_quote) == len(listed.items), "a sentence is quoted once"
    hostile = by_quote[events[1]["sentence"]]  # the markup is text, the trigger is marked
    assert hostile["marks"] == ["clashed"] and hostile["pairs"][0][1].startswith("event without a place: Battles")
    assert [p[0] for p in by_quote[title]["pairs"]] == ["executes"]
    # the sentence naming an unknown village and executing there: one item, both listed and marked
    both = by_quote[events[2]["sentence"]]
    assert [p[0] for p in both["pairs"]] == ["Tell Zorbaya", "executed"]
    assert both["marks"] == sorted(["Tell Zorbaya", "executed"], key=both["quote"].find)  # in the sentence's order
    assert "<h2>Not placed (5)</h2>" in page and "window.__pwned=7</script>" not in page
