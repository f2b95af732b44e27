"""Bad input never crashes the tool or loses a report.

The rule every test here checks: a bad input gives a clear message naming the
file, the line or feature and what was expected; never a Python traceback; and one
bad report (or feature, or row) never stops the others.  Fixtures live in
``tests/data/bad/`` (see its README); binary and re-encoded reports are generated
by ``tests/data/bad/make_fixtures.py`` into a temporary folder, the 50 MB report is
written at test time.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pytest
import shapely
from shapely.geometry import box

import geo.gazetteer
from geo import GazetteerError, ReportError, read_reports
from geo.gazetteer import build_gazetteer
from geo.pipeline import EXIT_NOTHING, EXIT_REJECTED, EXIT_USAGE
from geo.zones import read_settlements, read_zone_file, read_zone_layers
from tests.conftest import ROOT

DATA = ROOT / "data"
BAD = Path(__file__).resolve().parent / "data" / "bad"
REPORTS = BAD / "reports"
ZONES = BAD / "zones"

_spec = importlib.util.spec_from_file_location("bad_make_fixtures", BAD / "make_fixtures.py")
make_fixtures = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_fixtures)

ARABIC_TITLE = "قوات النظام تسيطر على مدينة خان شيخون في ريف إدلب الجنوبي"


# -- helpers and fixtures --------------------------------------------------------------


@pytest.fixture(scope="session")
def generated(tmp_path_factory) -> Path:
    """The encoded and binary reports, generated once per session."""
    dest = tmp_path_factory.mktemp("bad-generated")
    make_fixtures.generate(dest)
    return dest


def _source(name: str, generated: Path | None = None) -> Path:
    p = REPORTS / name
    if not p.exists() and generated is not None:
        p = generated / name
    assert p.exists(), f"fixture {name} missing"
    return p


def _read(tmp_path: Path, *names: str, generated: Path | None = None, **kw):
    """Copy the named fixtures into a fresh folder and read it with read_reports."""
    d = tmp_path / "reports"
    d.mkdir(exist_ok=True)
    for n in names:
        shutil.copyfile(_source(n, generated), d / n)
    return read_reports(d, **kw), d


def _only_rejection(batch):
    assert batch.reports == ()
    (rej,) = batch.rejected
    return rej


# -- reports: read_reports --------------------------------------------------------------


def test_report_empty_file_is_rejected(tmp_path):
    batch, d = _read(tmp_path, "empty.txt")
    rej = _only_rejection(batch)
    assert (rej.path, rej.line, rej.reason) == (str(d / "empty.txt"), 0, "empty file")


def test_report_binary_file_is_rejected(tmp_path, generated):
    batch, d = _read(tmp_path, "binary.txt", generated=generated)
    rej = _only_rejection(batch)
    assert rej.path == str(d / "binary.txt") and rej.line == 0
    assert rej.reason == "binary file (NUL bytes); expected UTF-8 text"


def test_report_of_50_mb_is_rejected_and_the_others_kept(tmp_path):
    d = tmp_path / "reports"
    d.mkdir()
    big = make_fixtures.write_big_report(d / "big_50mb.txt")
    assert big.stat().st_size == 50 * 1024 * 1024
    shutil.copyfile(REPORTS / "weekday_mismatch.txt", d / "weekday_mismatch.txt")
    batch = read_reports(d)
    assert [r.id for r in batch.reports] == ["weekday_mismatch"]
    (rej,) = batch.rejected
    assert (rej.path, rej.line) == (str(big), 0)
    assert rej.reason == "file is 52.4 MB, over the 5 MB limit for one report (raise --max-report-mb)"


@pytest.mark.parametrize(
    "name,warnings",
    [
        ("arabic_utf8.txt", ()),
        ("arabic_utf16_bom.txt", ()),
        pytest.param("arabic_utf16le_nobom.txt", ("decoded as utf-16-le without a byte-order mark",), marks=()),
        pytest.param("arabic_utf16be_nobom.txt", ("decoded as utf-16-be without a byte-order mark",), marks=()),
        ("arabic_cp1256.txt", ("not valid UTF-8; decoded as Windows-1256 (Arabic)",)),
    ],
)
def test_report_arabic_text_in_each_encoding_is_read_exactly(tmp_path, generated, name, warnings):
    batch, d = _read(tmp_path, name, generated=generated)
    assert batch.rejected == ()
    (r,) = batch.reports
    body = make_fixtures.arabic_text().split("\n", 3)[3].strip("\n")
    assert (r.id, r.date, r.title, r.text) == (name[:-4], dt.date(2019, 8, 21), ARABIC_TITLE, body)
    assert (r.path, r.line, r.warnings) == (str(d / name), 1, warnings)


def test_report_utf8_bom_is_invisible(tmp_path):
    assert (REPORTS / "utf8_bom.txt").read_bytes().startswith(b"\xef\xbb\xbf")
    batch, _ = _read(tmp_path, "utf8_bom.txt")
    assert batch.rejected == ()
    (r,) = batch.reports
    assert (r.date, r.title, r.source) == (
        dt.date(2019, 9, 18),
        "Turkish convoy reaches Morek observation post",
        "Test desk",
    )
    assert r.text == "A Turkish military convoy reached the observation post at Morek on Wednesday."
    assert "\ufeff" not in r.full_text and r.warnings == ()


def test_report_mixed_line_endings_are_normalised(tmp_path):
    raw = (REPORTS / "mixed_line_endings.txt").read_bytes()
    assert b"\r\n" in raw and b"\r\r" in raw and b".\nO" in raw  # the fixture really mixes all three
    batch, _ = _read(tmp_path, "mixed_line_endings.txt")
    assert batch.rejected == ()
    (r,) = batch.reports
    assert (r.date, r.title, r.line) == (dt.date(2019, 8, 23), "Government forces enter Kafr Zita", 1)
    assert r.text == (
        "The army entered Kafr Zita on Friday.\nOpposition factions withdrew towards Latamneh.\nResidents fled north."
    )
    assert "\r" not in r.full_text and r.warnings == ()


def test_report_missing_dateline_is_rejected(tmp_path):
    batch, d = _read(tmp_path, "missing_dateline.txt")
    rej = _only_rejection(batch)
    assert (rej.path, rej.line) == (str(d / "missing_dateline.txt"), 1)
    assert rej.reason == (
        "no dateline: 'Khan Shaykhun falls to the army' is not a date; expected e.g. "
        "2019-09-18, 18/9/2019 or 18 September 2019"
    )


def test_report_impossible_date_is_rejected(tmp_path):
    batch, d = _read(tmp_path, "impossible_date.txt")
    rej = _only_rejection(batch)
    assert (rej.path, rej.line) == (str(d / "impossible_date.txt"), 1)
    assert rej.reason == "no dateline: '31/2/2019' is not a valid date (day is out of range for month)"


def test_report_ambiguous_date_is_day_first_with_a_warning(tmp_path):
    batch, _ = _read(tmp_path, "ambiguous_date.txt")
    (r,) = batch.reports
    assert r.date == dt.date(2019, 4, 3)
    assert r.warnings == ("ambiguous date '3/4/2019' read as day-first (use --dayfirst/--monthfirst to change)",)


def test_report_ambiguous_date_is_month_first_when_asked(tmp_path):
    batch, _ = _read(tmp_path, "ambiguous_date.txt", dayfirst=False)
    (r,) = batch.reports
    assert r.date == dt.date(2019, 3, 4)
    assert r.warnings == ("ambiguous date '3/4/2019' read as month-first (use --dayfirst/--monthfirst to change)",)


def test_report_weekday_contradicting_the_date_is_a_warning(tmp_path):
    batch, _ = _read(tmp_path, "weekday_mismatch.txt")
    assert batch.rejected == ()
    (r,) = batch.reports
    assert r.date == dt.date(2019, 9, 18)
    assert r.warnings == ("weekday Monday does not match 2019-09-18 (a Wednesday)",)


def test_report_jsonl_broken_line_is_rejected_and_good_lines_kept(tmp_path):
    batch, d = _read(tmp_path, "one_broken_line.jsonl")
    assert [(r.id, r.line, r.date) for r in batch.reports] == [
        ("jsonl-good-1", 1, dt.date(2019, 8, 30)),
        ("jsonl-good-2", 4, dt.date(2019, 8, 31)),
    ]
    (rej,) = batch.rejected
    assert (rej.path, rej.line) == (str(d / "one_broken_line.jsonl"), 2)
    assert rej.reason.startswith("invalid JSON (Unterminated string")
    assert rej.reason.endswith("; expected one object per line with date and text")


def test_report_csv_missing_required_column_is_rejected_naming_the_columns(tmp_path):
    batch, d = _read(tmp_path, "missing_column.csv")
    rej = _only_rejection(batch)
    assert (rej.path, rej.line) == (str(d / "missing_column.csv"), 1)
    assert rej.reason == ("missing column(s) date; expected a header with id,date,title,text,source,url")


def test_report_csv_extra_column_is_accepted_with_a_warning(tmp_path):
    batch, _ = _read(tmp_path, "extra_column.csv")
    assert batch.rejected == ()
    (r,) = batch.reports
    assert (r.id, r.date, r.line, r.source) == ("csv-extra", dt.date(2019, 9, 8), 2, "Test desk")
    assert r.warnings == ("ignored unknown column(s) mood",)


def test_report_csv_row_with_wrong_field_count_is_rejected_and_others_kept(tmp_path):
    batch, d = _read(tmp_path, "wrong_field_count.csv")
    assert [(r.id, r.line) for r in batch.reports] == [("csv-ok-1", 2), ("csv-ok-2", 5)]
    assert [(rej.path, rej.line, rej.reason) for rej in batch.rejected] == [
        (str(d / "wrong_field_count.csv"), 3, "expected 4 fields as in the header, found 3"),
        (str(d / "wrong_field_count.csv"), 4, "expected 4 fields as in the header, found 5"),
    ]


def test_report_csv_multiline_rows_are_located_at_their_first_line(tmp_path):
    batch, _d = _read(tmp_path, "multiline_rows.csv")
    assert [(r.id, r.line) for r in batch.reports] == [("csv-ml-good", 2)]
    assert [(rej.line, rej.item) for rej in batch.rejected] == [(4, "csv-ml-bad")]


def test_report_duplicate_id_across_files_keeps_the_first(tmp_path):
    batch, d = _read(tmp_path, "duplicate_first.jsonl", "duplicate_second.csv")
    (r,) = batch.reports
    assert (r.id, r.title, r.path) == ("dup-report", "First copy", str(d / "duplicate_first.jsonl"))
    (rej,) = batch.rejected
    assert (rej.path, rej.line, rej.item) == (str(d / "duplicate_second.csv"), 2, "dup-report")
    assert rej.reason == f"duplicate report id 'dup-report' (first in {d / 'duplicate_first.jsonl'}:1)"


def test_report_strict_raises_naming_file_and_line(tmp_path):
    d = tmp_path / "reports"
    d.mkdir()
    for n in ("weekday_mismatch.txt", "missing_dateline.txt"):
        shutil.copyfile(REPORTS / n, d / n)
    with pytest.raises(ReportError) as err:
        read_reports(d, strict=True)
    assert (err.value.path, err.value.line) == (d / "missing_dateline.txt", 1)
    assert str(err.value).startswith(f"{d / 'missing_dateline.txt'}:1: no dateline:")


# -- zones: polygon layers ----------------------------------------------------------------


def _zone(name, actors):
    gdf, rejected, warnings = read_zone_file(ZONES / name, actors)
    return gdf, [(r.item, r.reason) for r in rejected], warnings


def test_zone_bowtie_polygon_is_repaired_with_a_warning_naming_the_feature(actors):
    gdf, rejected, warnings = _zone("bowtie.geojson", actors)
    assert rejected == [] and list(gdf["name"]) == ["bow-tie front"]
    geom = gdf.geometry.iloc[0]
    assert geom.is_valid and geom.geom_type == "MultiPolygon"
    assert geom.area == pytest.approx(0.005)  # two triangles of 0.1 x 0.05 / 2
    assert warnings == [
        f"{ZONES / 'bowtie.geojson'} (feature 0 'bow-tie front'): invalid geometry repaired "
        "with make_valid (Self-intersection[36.65 35.45])"
    ]


def test_zone_empty_geometries_are_rejected_and_the_good_feature_kept(actors):
    gdf, rejected, _warnings = _zone("empty_geometry.geojson", actors)
    assert list(gdf["name"]) == ["good pocket"]
    assert rejected == [
        ("feature 1 'null geometry'", "empty geometry"),
        ("feature 2 'empty polygon'", "empty geometry"),
    ]


def test_zone_unknown_controller_is_rejected_naming_the_choices(actors):
    gdf, rejected, _ = _zone("unknown_controller.geojson", actors)
    assert list(gdf["name"]) == ["good pocket"]
    assert rejected == [
        (
            "feature 1 'martian pocket'",
            "unknown controller 'martians'; expected one of government, opposition, isis, sdf, "
            f"turkey, coalition, israel (ids in {DATA / 'actors.csv'})",
        )
    ]


def test_zone_missing_dates_are_rejected(actors):
    gdf, rejected, _ = _zone("missing_dates.geojson", actors)
    assert len(gdf) == 0
    assert rejected == [("feature 0 'undated pocket'", "missing valid_from (no column and no date in the file name)")]


def test_zone_missing_dates_come_from_a_dated_file_name(actors):
    gdf, rejected, _ = _zone("2019-08-01_dated_by_name.geojson", actors)
    assert rejected == []
    assert gdf[["name", "valid_from", "valid_to"]].values.tolist() == [
        ["pocket dated by file name", dt.date(2019, 8, 1), None]
    ]


def test_zone_null_valid_from_is_rejected_as_missing(actors):
    _, rejected, _ = _zone("null_dates.geojson", actors)
    reasons = dict(rejected)
    assert reasons["feature 1 'no start'"] == "missing valid_from; expected an ISO date such as 2019-08-01"


def test_zone_null_valid_to_means_open_ended(actors):
    gdf, rejected, _ = _zone("null_dates.geojson", actors)
    assert "feature 2 'open-ended'" not in dict(rejected)
    row = gdf[gdf["name"] == "open-ended"]
    assert row[["controller", "valid_from", "valid_to"]].values.tolist() == [["turkey", dt.date(2019, 8, 1), None]]


def test_zone_valid_to_before_valid_from_is_rejected(actors):
    gdf, rejected, _ = _zone("valid_to_before_from.geojson", actors)
    assert list(gdf["name"]) == ["good pocket"]
    assert rejected == [("feature 1 'time-travelling pocket'", "valid_to 2019-08-01 is before valid_from 2019-09-30")]


def test_zone_layer_in_web_mercator_is_reprojected(actors):
    gdf, rejected, warnings = _zone("web_mercator.geojson", actors)
    assert rejected == []
    assert warnings == [f"{ZONES / 'web_mercator.geojson'}: reprojected from EPSG:3857 to EPSG:4326"]
    assert gdf.crs.equals("EPSG:4326")
    coords = shapely.get_coordinates(gdf.geometry.iloc[0])
    assert min(map(tuple, coords.round(6))) == (36.6, 35.4)  # south-west corner, back in degrees
    assert tuple(gdf.total_bounds.round(6)) == (36.6, 35.4, 36.7, 35.5)


def test_zone_feature_outside_the_area_of_interest_is_rejected(actors):
    gdf, rejected, _ = _zone("outside_aoi.geojson", actors)
    assert list(gdf["name"]) == ["good pocket"]
    assert rejected == [
        (
            "feature 1 'pocket in Paris'",
            "lies outside the area of interest (35.5, 32.2, 42.5, 37.5) (wrong CRS or swapped axes?)",
        )
    ]


def _two_fronts(crs="EPSG:4326"):
    gdf = gpd.GeoDataFrame(
        {
            "name": ["front A", "front B"],
            "controller": ["government", "opposition"],
            "valid_from": ["2019-08-01", "2019-08-15"],
            "valid_to": ["2019-09-30", "2019-09-30"],
            "source": ["test", "test"],
        },
        geometry=[box(36.6, 35.4, 36.7, 35.5), box(36.8, 35.4, 36.9, 35.5)],
        crs="EPSG:4326",
    )
    return gdf.to_crs(crs)


_EXPECTED_FRONTS = [
    ["front A", "government", dt.date(2019, 8, 1), dt.date(2019, 9, 30)],
    ["front B", "opposition", dt.date(2019, 8, 15), dt.date(2019, 9, 30)],
]


def test_zone_kml_file_is_read(tmp_path, actors):
    path = tmp_path / "fronts.kml"
    _two_fronts().to_file(path, driver="KML", engine="pyogrio")
    gdf, rejected, warnings = read_zone_file(path, actors)
    assert (rejected, warnings) == ([], [])
    assert gdf[["name", "controller", "valid_from", "valid_to"]].values.tolist() == _EXPECTED_FRONTS
    assert tuple(gdf.total_bounds.round(6)) == (36.6, 35.4, 36.9, 35.5)


def test_zone_shapefile_in_utm_is_read(tmp_path, actors):
    path = tmp_path / "fronts.shp"
    _two_fronts("EPSG:32637").to_file(path, driver="ESRI Shapefile", engine="pyogrio")
    gdf, rejected, warnings = read_zone_file(path, actors)
    assert rejected == []
    assert warnings == [f"{path}: reprojected from EPSG:32637 to EPSG:4326"]
    assert gdf[["name", "controller", "valid_from", "valid_to"]].values.tolist() == _EXPECTED_FRONTS
    assert tuple(gdf.total_bounds.round(6)) == (36.6, 35.4, 36.9, 35.5)


def test_zone_folder_with_every_bad_layer_keeps_every_good_feature(tmp_path, actors):
    d = tmp_path / "zones"
    d.mkdir()
    names = [
        "bowtie.geojson",
        "empty_geometry.geojson",
        "unknown_controller.geojson",
        "missing_dates.geojson",
        "valid_to_before_from.geojson",
        "web_mercator.geojson",
        "outside_aoi.geojson",
    ]
    for n in names:
        shutil.copyfile(ZONES / n, d / n)
    _two_fronts().to_file(d / "fronts.kml", driver="KML", engine="pyogrio")
    _two_fronts().to_file(d / "fronts.shp", driver="ESRI Shapefile", engine="pyogrio")
    gdf, rejected, warnings = read_zone_layers(d, actors)
    assert sorted(gdf["file"] + ":" + gdf["name"]) == sorted(
        [
            "bowtie.geojson:bow-tie front",
            "empty_geometry.geojson:good pocket",
            "unknown_controller.geojson:good pocket",
            "valid_to_before_from.geojson:good pocket",
            "web_mercator.geojson:mercator pocket",
            "outside_aoi.geojson:good pocket",
            "fronts.kml:front A",
            "fronts.kml:front B",
            "fronts.shp:front A",
            "fronts.shp:front B",
        ]
    )
    assert sorted((Path(r.path).name, r.item) for r in rejected) == sorted(
        [
            ("empty_geometry.geojson", "feature 1 'null geometry'"),
            ("empty_geometry.geojson", "feature 2 'empty polygon'"),
            ("unknown_controller.geojson", "feature 1 'martian pocket'"),
            ("missing_dates.geojson", "feature 0 'undated pocket'"),
            ("valid_to_before_from.geojson", "feature 1 'time-travelling pocket'"),
            ("outside_aoi.geojson", "feature 1 'pocket in Paris'"),
        ]
    )
    assert [w.split(": ", 1)[1].split(" (")[0] for w in warnings] == [
        "invalid geometry repaired with make_valid",
        "reprojected from EPSG:3857 to EPSG:4326",
    ]


# -- zones: settlements.csv ---------------------------------------------------------------


@pytest.fixture(scope="module")
def bad_settlements():
    from geo import load_actors

    gdf, rejected = read_settlements(ZONES / "settlements_bad.csv", load_actors(DATA / "actors.csv"))
    return gdf, {f"line {r.line}": r for r in rejected}


def test_settlements_good_rows_are_kept(bad_settlements):
    gdf, rejected = bad_settlements
    assert gdf[["name", "lat", "lon", "controller"]].values.tolist() == [
        ["Idlib", 35.9306, 36.6339, "opposition"],
        ["Khan Shaykhun", 35.4419, 36.6508, "opposition"],
    ]
    assert sorted(rejected) == ["line 3", "line 4", "line 5", "line 6", "line 7"]


@pytest.mark.parametrize(
    "line,reason",
    [
        pytest.param(
            3,
            "lat=40.1408, lon=35.3359 looks swapped: (35.3359, 40.1408) is inside SY but the given point "
            "is not; put latitude in 'lat'",
            id="swapped",
        ),
        pytest.param(
            4, "lat=95.0, lon=36.6 is outside the globe (lat within ±90, lon within ±180)", id="lat-out-of-range"
        ),
        pytest.param(
            5, "lat=35.5, lon=200.0 is outside the globe (lat within ±90, lon within ±180)", id="lon-out-of-range"
        ),
        pytest.param(
            6, "lat=48.8566, lon=2.3522 is outside SY; check the coordinates or the country column", id="outside-aoi"
        ),
        pytest.param(
            7,
            "unknown controller 'martians'; expected one of government, opposition, isis, sdf, turkey, "
            f"coalition, israel (ids in {DATA / 'actors.csv'})",
            id="unknown-controller",
        ),
    ],
)
def test_settlements_bad_row_is_rejected_with_its_line(bad_settlements, line, reason):
    _, rejected = bad_settlements
    r = rejected[f"line {line}"]
    assert (r.path, r.reason) == (str(ZONES / "settlements_bad.csv"), reason)


def test_settlements_swapped_northwest_row_is_rejected(actors):
    gdf, rejected = read_settlements(ZONES / "settlements_swapped_northwest.csv", actors)
    assert list(gdf["name"]) == ["Khan Shaykhun"]
    assert [(r.line, "swapped" in r.reason) for r in rejected] == [(2, True)]


# -- gazetteer supplement ------------------------------------------------------------------

_ORIGINAL_GEONAMES = geo.gazetteer._geonames_places


@functools.lru_cache(maxsize=2)
def _geonames_once(theatre):
    return tuple(_ORIGINAL_GEONAMES(theatre))


@pytest.fixture()
def gazetteer_copy(tmp_path, monkeypatch) -> Path:
    """A tmp copy of data/gazetteer; GeoNames is parsed once per session (it is not under test)."""
    monkeypatch.setattr(geo.gazetteer, "_geonames_places", lambda theatre: list(_geonames_once(theatre)))
    d = tmp_path / "gazetteer"
    shutil.copytree(DATA / "gazetteer", d)
    return d


def _append_row(path: Path, fixture: str) -> int:
    """Append the one-line fixture to ``path``; return the line number it lands on."""
    row = (BAD / "gazetteer" / fixture).read_text(encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    text += ("" if text.endswith("\n") else "\n") + row
    path.write_text(text, encoding="utf-8")
    return text.count("\n")


@pytest.mark.parametrize(
    "fixture,item,message",
    [
        pytest.param(
            "places_swapped_east.line",
            "sy:test-swapped-east",
            "lat=40.1408, lon=35.3359 looks swapped",
            id="swapped-east",
        ),
        pytest.param(
            "places_swapped_northwest.line",
            "sy:test-swapped-northwest",
            "lat=36.6339, lon=35.9306 looks swapped",
            id="swapped-northwest",
        ),
        pytest.param(
            "places_lat_95.line",
            "sy:test-lat-95",
            "lat=95.0, lon=36.6339 is outside the globe (lat within ±90, lon within ±180)",
            id="lat-95",
        ),
        pytest.param(
            "places_unknown_kind.line",
            "sy:test-castle",
            "kind 'castle' is not one of city, town, village, airbase, base, road, region, plain, mountain, "
            "hill, crossing, dam, governorate, country, area",
            id="unknown-kind",
        ),
    ],
)
def test_gazetteer_bad_place_row_names_file_line_and_problem(gazetteer_copy, fixture, item, message):
    places = gazetteer_copy / "places.csv"
    line = _append_row(places, fixture)
    with pytest.raises(GazetteerError) as err:
        build_gazetteer(directory=gazetteer_copy)
    assert (err.value.path, err.value.line, err.value.item) == (places, line, item)
    assert str(err.value).startswith(f"{places}:{line} ({item}): {message}")


def test_gazetteer_alias_to_unknown_place_names_file_line_and_id(gazetteer_copy):
    aliases = gazetteer_copy / "aliases.csv"
    line = _append_row(aliases, "aliases_unknown_place.line")
    with pytest.raises(GazetteerError) as err:
        build_gazetteer(directory=gazetteer_copy)
    assert (err.value.path, err.value.line, err.value.item) == (aliases, line, "Nowhereville")
    assert str(err.value) == (
        f"{aliases}:{line} (Nowhereville): place_id 'sy:no-such-place' is not in the "
        "gazetteer; add it to places.csv or use an existing id (gn:<geonameid> or sy:…)"
    )


# -- the command line ------------------------------------------------------------------------


@pytest.fixture(scope="session")
def cli_env(cache_dir, gaz):
    """Environment for make_map.py: the session's gazetteer cache, already warm (``gaz``)."""
    return {**os.environ, "CONFLICT_MAP_CACHE": str(cache_dir)}


def make_map(env, *args):
    return subprocess.run(
        [sys.executable, "make_map.py", *map(str, args)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )


def _csv_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _error_lines(stderr: str) -> list[str]:
    return [ln for ln in stderr.splitlines() if ln.startswith("error:")]


@pytest.fixture(scope="session")
def shipped_dates():
    return read_reports(DATA / "reports").dates


def test_cli_one_bad_report_is_listed_and_the_maps_are_still_written(data_copy, tmp_path, cli_env, shipped_dates):
    bad = data_copy / "reports" / "missing_dateline.txt"
    shutil.copyfile(REPORTS / "missing_dateline.txt", bad)
    out = tmp_path / "maps"
    proc = make_map(cli_env, "--data", data_copy, "--out", out)
    assert "Traceback" not in proc.stderr
    assert proc.returncode == EXIT_REJECTED, proc.stderr
    assert _csv_rows(out / "rejected.csv") == [
        {
            "file": str(bad),
            "line": "1",
            "item": "",
            "reason": "no dateline: 'Khan Shaykhun falls to the army' is not a date; expected e.g. 2019-09-18, "
            "18/9/2019 or 18 September 2019",
        }
    ]
    written = sorted(p.stem for p in out.glob("????-??-??.html"))
    assert written == [d.isoformat() for d in shipped_dates]
    assert "1 input(s) rejected" in proc.stdout


# every bad report at once, through the CLI: one run, then one check per case
@pytest.fixture(scope="module")
def cli_all_bad(tmp_path_factory, cli_env, generated):
    root = tmp_path_factory.mktemp("cli-all-bad")
    data = root / "data"
    shutil.copytree(DATA, data)
    for p in REPORTS.iterdir():
        shutil.copyfile(p, data / "reports" / p.name)
    for p in generated.iterdir():
        shutil.copyfile(p, data / "reports" / p.name)
    make_fixtures.write_big_report(data / "reports" / make_fixtures.BIG_NAME)
    out = root / "maps"
    proc = make_map(cli_env, "--data", data, "--out", out)
    return proc, data / "reports", out, _csv_rows(out / "rejected.csv"), _csv_rows(out / "reports.csv")


def test_cli_all_bad_reports_run_ends_with_exit_1_and_no_traceback(cli_all_bad):
    proc, _reports, out, _rejected, _accepted = cli_all_bad
    assert "Traceback" not in proc.stderr
    assert proc.returncode == EXIT_REJECTED, proc.stderr
    assert (out / "index.html").exists()


def test_cli_all_bad_reports_no_file_is_lost(cli_all_bad):
    """Every report file ends up in reports.csv or rejected.csv (nothing dropped silently)."""
    _proc, reports, _out, rejected, accepted = cli_all_bad
    seen = {r["file"] for r in rejected} | {r["file"] for r in accepted}
    assert sorted(str(p) for p in reports.iterdir()) == sorted(seen)


@pytest.mark.parametrize(
    "name,line,reason",
    [
        ("empty.txt", "", "empty file"),
        ("binary.txt", "", "binary file (NUL bytes); expected UTF-8 text"),
        ("big_50mb.txt", "", "file is 52.4 MB, over the 5 MB limit for one report (raise --max-report-mb)"),
        ("missing_dateline.txt", "1", "no dateline: 'Khan Shaykhun falls to the army' is not a date"),
        ("impossible_date.txt", "1", "no dateline: '31/2/2019' is not a valid date"),
        ("one_broken_line.jsonl", "2", "invalid JSON (Unterminated string"),
        ("missing_column.csv", "1", "missing column(s) date; expected a header with id,date,title,text,source,url"),
        ("wrong_field_count.csv", "3", "expected 4 fields as in the header, found 3"),
        ("wrong_field_count.csv", "4", "expected 4 fields as in the header, found 5"),
        ("duplicate_second.csv", "2", "duplicate report id 'dup-report' (first in {reports}/duplicate_first.jsonl:1)"),
    ],
)
def test_cli_bad_report_is_in_rejected_csv(cli_all_bad, name, line, reason):
    _proc, reports, _out, rejected, _accepted = cli_all_bad
    rows = [r for r in rejected if r["file"] == str(reports / name) and r["line"] == line]
    assert len(rows) == 1, rejected
    assert rows[0]["reason"].startswith(reason.format(reports=reports))


@pytest.mark.parametrize(
    "rid,date,warning",
    [
        ("utf8_bom", "2019-09-18", ""),
        ("mixed_line_endings", "2019-08-23", ""),
        (
            "ambiguous_date",
            "2019-04-03",
            "ambiguous date '3/4/2019' read as day-first (use --dayfirst/--monthfirst to change)",
        ),
        ("weekday_mismatch", "2019-09-18", "weekday Monday does not match 2019-09-18 (a Wednesday)"),
        ("csv-extra", "2019-09-08", "ignored unknown column(s) mood"),
        ("jsonl-good-1", "2019-08-30", ""),
        ("jsonl-good-2", "2019-08-31", ""),
        ("csv-ok-1", "2019-09-12", ""),
        ("csv-ok-2", "2019-09-12", ""),
        ("dup-report", "2019-09-24", ""),
        ("arabic_utf8", "2019-08-21", ""),
        ("arabic_utf16_bom", "2019-08-21", ""),
        pytest.param("arabic_utf16le_nobom", "2019-08-21", "decoded as utf-16-le without a byte-order mark", marks=()),
        pytest.param("arabic_utf16be_nobom", "2019-08-21", "decoded as utf-16-be without a byte-order mark", marks=()),
        ("arabic_cp1256", "2019-08-21", "not valid UTF-8; decoded as Windows-1256 (Arabic)"),
    ],
)
def test_cli_accepted_report_keeps_its_warning_and_gets_a_map(cli_all_bad, rid, date, warning):
    _proc, _reports, out, rejected, accepted = cli_all_bad
    rows = [r for r in accepted if r["id"] == rid]
    assert len(rows) == 1, f"{rid} not accepted; rejected: {[r for r in rejected if rid in r['file']]}"
    (row,) = rows
    assert row["date"] == date
    assert row["warnings"] == warning
    assert (out / f"{date}.html").exists()


def test_cli_strict_stops_with_an_error_line_and_no_traceback(data_copy, tmp_path, cli_env):
    bad = data_copy / "reports" / "missing_dateline.txt"
    shutil.copyfile(REPORTS / "missing_dateline.txt", bad)
    out = tmp_path / "maps"
    proc = make_map(cli_env, "--data", data_copy, "--out", out, "--strict")
    assert "Traceback" not in proc.stderr
    assert proc.returncode == EXIT_NOTHING
    assert _error_lines(proc.stderr) == [
        f"error: {bad}:1: no dateline: 'Khan Shaykhun falls to the army' is not "
        "a date; expected e.g. 2019-09-18, 18/9/2019 or 18 September 2019"
    ]
    assert not (out / "index.html").exists()


def test_cli_usage_error_exits_2(tmp_path, cli_env):
    proc = make_map(cli_env, "--date", "notadate", "--out", tmp_path / "maps")
    assert "Traceback" not in proc.stderr
    assert proc.returncode == EXIT_USAGE
    assert proc.stderr.rstrip().endswith(
        "make_map.py: error: argument --date: 'notadate' is not an ISO date (YYYY-MM-DD)"
    )
    assert not (tmp_path / "maps").exists()


def test_cli_empty_reports_folder_exits_3(data_copy, tmp_path, cli_env):
    for p in (data_copy / "reports").iterdir():
        p.unlink()
    out = tmp_path / "maps"
    proc = make_map(cli_env, "--data", data_copy, "--out", out)
    assert "Traceback" not in proc.stderr
    assert proc.returncode == EXIT_NOTHING, proc.stderr
    assert proc.stdout.startswith("reports read: 0 (0 input(s) rejected")
    assert not list(out.glob("????-??-??.html"))


def test_cli_missing_reports_folder_exits_3_with_an_error(data_copy, tmp_path, cli_env):
    shutil.rmtree(data_copy / "reports")
    proc = make_map(cli_env, "--data", data_copy, "--out", tmp_path / "maps")
    assert "Traceback" not in proc.stderr
    assert proc.returncode == EXIT_NOTHING
    assert _error_lines(proc.stderr) == [f"error: {data_copy / 'reports'}: no such file or directory"]


def test_cli_duplicate_actor_id_is_a_clear_error(data_copy, tmp_path, cli_env):
    actors_csv = data_copy / "actors.csv"
    line = _append_line(actors_csv, BAD / "actors" / "duplicate_id.line")
    proc = make_map(cli_env, "--data", data_copy, "--out", tmp_path / "maps")
    assert "Traceback" not in proc.stderr
    assert proc.returncode == EXIT_NOTHING
    assert _error_lines(proc.stderr) == [f"error: {actors_csv}:{line}: duplicate actor id 'government'"]


def _append_line(path: Path, fixture: Path) -> int:
    text = path.read_text(encoding="utf-8")
    text += ("" if text.endswith("\n") else "\n") + fixture.read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    return text.count("\n")


def _to_cp1256(path: Path) -> None:
    """Re-save a UTF-8 table as Windows-1256 (what Excel does on an Arabic Windows)."""
    raw = path.read_text(encoding="utf-8").encode("cp1256")
    assert raw != path.read_bytes()  # the table has non-ASCII characters, so the bytes change
    path.write_bytes(raw)


def test_cli_actors_table_not_in_utf8_is_a_clear_error(data_copy, tmp_path, cli_env):
    _to_cp1256(data_copy / "actors.csv")
    proc = make_map(cli_env, "--data", data_copy, "--out", tmp_path / "maps")
    assert "Traceback" not in proc.stderr
    assert proc.returncode == EXIT_NOTHING
    (err,) = _error_lines(proc.stderr)
    assert err.startswith(f"error: {data_copy / 'actors.csv'}") and "UTF-8" in err


def test_cli_settlements_not_in_utf8_is_a_clear_error(data_copy, tmp_path, cli_env):
    _to_cp1256(data_copy / "zones" / "settlements.csv")
    proc = make_map(cli_env, "--data", data_copy, "--out", tmp_path / "maps")
    assert "Traceback" not in proc.stderr
    assert proc.returncode == EXIT_NOTHING
    (err,) = _error_lines(proc.stderr)
    assert err.startswith(f"error: {data_copy / 'zones' / 'settlements.csv'}") and "UTF-8" in err
