"""Hostile inputs (issue 15): every bad row gets a message naming file, line and fix; the good rows are used.

Fixtures: ``tests/data/hostile/`` (see its README); over-long fields, binary layers and
lone surrogates are written into a temporary folder by the tests themselves.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import subprocess
import sys

import geopandas as gpd
import pyogrio
import pytest
import shapely

from geo import GazetteerError, Report, pipeline, read_reports
from geo.exc import UsageError
from geo.gazetteer import build_gazetteer
from geo.settings import DEFAULTS
from geo.zonefiles import read_settlements, read_zone_file, read_zone_layers
from tests.conftest import DATA, ROOT, TESTDATA

HOSTILE = TESTDATA / "hostile"
BIG = "x" * 140_000  # over csv's default field limit of 131,072 characters


def _rows(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


# -- report rows -------------------------------------------------------------------------


def test_an_unbalanced_quote_rejects_its_row_and_never_swallows_the_rows_after_it():
    batch = read_reports(HOSTILE / "reports_unbalanced_quote.csv")
    assert [r.id for r in batch.reports] == ["q-1", "q-3", "q-4"]
    (rej,) = batch.rejected
    assert rej.line == 3 and rej.reason.startswith("unbalanced quote")


def test_a_report_field_over_the_csv_limit_is_read_when_within_the_report_limit(tmp_path):
    path = tmp_path / "big.csv"
    path.write_text(f"id,date,text\nbig,2019-08-21,{BIG}\nsmall,2019-08-22,Jets struck Saraqib.\n", encoding="utf-8")
    batch = read_reports(path)
    assert [len(r.text) for r in batch.reports] == [140_000, 20] and batch.rejected == ()
    batch = read_reports(path, max_bytes=100_000)
    assert [r.id for r in batch.reports] == ["small"] and [j.line for j in batch.rejected] == [2]
    assert "longer than 131,072 characters" in batch.rejected[0].reason


def test_lone_surrogates_reject_their_row_and_nul_is_replaced_everywhere(tmp_path):
    path = tmp_path / "r.jsonl"
    rows = [
        '{"id": "sur", "date": "2019-08-21", "text": "Shelling hit \\ud800 Kafranbel."}',
        '{"id": "nul", "date": "2019-08-21", "text": "Shelling hit Kafranbel \\u0000 and Saraqib."}',
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    batch = read_reports(path)
    assert [(j.line, j.item) for j in batch.rejected] == [(1, "sur")]
    assert "unpaired surrogate ('\\ud800' at character 13)" in batch.rejected[0].reason
    (r,) = batch.reports
    assert (
        "\x00" not in r.text
        and "\ufffd" in r.text
        and r.warnings == ("1 NUL character(s) in the text replaced by U+FFFD",)
    )


def test_the_geoparse_command_reads_an_over_long_csv_field_without_a_traceback(tmp_path, cache_dir):
    path = tmp_path / "big.csv"
    text = "Jets struck Saraqib after a long night of shelling. " * 2_800  # 145,600 characters
    path.write_text(f"id,date,text\nbig,2019-08-21,{text}\n", encoding="utf-8")
    env = {"CONFLICT_MAP_CACHE": str(cache_dir), "PATH": "/usr/bin:/bin"}
    cmd = [sys.executable, "make_map.py", "geoparse", str(path)]
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr
    assert len(proc.stdout.splitlines()) == 2_800
    assert json.loads(proc.stdout.splitlines()[-1])["name"] == "Saraqib"
    capped = subprocess.run([*cmd, "--max-mentions", "100"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert len(capped.stdout.splitlines()) == 100
    assert "big: 100 place mentions or more; only the first 100 kept" in capped.stderr


# -- shared tables ------------------------------------------------------------------------


def _gazetteer_with(tmp_path, line: str):
    d = tmp_path / "gazetteer"
    d.mkdir()
    header = "id,name,alt_names,lat,lon,kind,admin1,country,population,radius_km,via,source"
    (d / "places.csv").write_text(f"{header}\n{line}\n", encoding="utf-8")
    return d


@pytest.mark.parametrize(
    ("population", "radius", "message"),
    [
        ("many", "", "population='many' is not a number"),
        ("1e400", "", "population='1e400' is not a finite number"),
        ("-3", "", "population='-3' is not a whole number of people"),
        ("", "nan", "radius_km='nan' is not a finite number"),
        ("", "-5", "radius_km='-5' must be above 0"),
    ],
)
def test_bad_numbers_in_the_gazetteer_supplement_name_file_line_and_column(tmp_path, population, radius, message):
    d = _gazetteer_with(tmp_path, f"sy:x,Xville,,35.9,36.6,village,Idlib,SY,{population},{radius},,test")
    with pytest.raises(GazetteerError) as err:
        build_gazetteer(directory=d)
    assert str(err.value).startswith(f"{d / 'places.csv'}:2 (sy:x): {message}")


def test_an_over_long_field_in_the_gazetteer_supplement_is_a_clear_error(tmp_path):
    d = _gazetteer_with(tmp_path, f"sy:x,Xville,{BIG},35.9,36.6,village,Idlib,SY,,,,test")
    with pytest.raises(GazetteerError, match=r"places\.csv:2: a field is longer than 131,072 characters"):
        build_gazetteer(directory=d)


def test_settlement_rows_naming_an_actor_without_ground_or_too_long_are_rejected(tmp_path, actors):
    path = tmp_path / "settlements.csv"
    path.write_text(
        "name,lat,lon,controller,as_of,source\n"
        "Idlib,35.9306,36.6339,opposition,2019-08-01,t\n"
        "Idlib,35.9306,36.6339,civilians,2019-08-20,t\n"
        f"Saraqib,35.8645,36.8059,government,2019-08-01,{BIG}\n"
        "Kafr Zita,nan,36.6,government,2019-08-01,t\n",
        encoding="utf-8",
    )
    gdf, rejected = read_settlements(path, actors)
    assert list(gdf["name"]) == ["Idlib"]
    assert [(j.line, j.reason.split(";")[0]) for j in rejected] == [
        (3, "'civilians' (civilians) holds no ground"),
        (4, "a field is longer than 131,072 characters"),
        (5, "lat/lon nan, 36.6 are not finite numbers"),
    ]


# -- zone layers ----------------------------------------------------------------------------


def test_nan_vertices_and_line_only_collections_are_rejected_per_feature(actors):
    gdf, rejected, _ = read_zone_file(HOSTILE / "zones_nan_and_line.geojson", actors)
    assert list(gdf["name"]) == ["good"] and (gdf.geometry.geom_type == "Polygon").all()
    assert [(j.item, j.reason) for j in rejected] == [
        ("feature 0 'nan vertex'", "a coordinate is NaN or infinite; fix the vertices"),
        ("feature 2 'line in collection'", "a GeometryCollection with no polygon; zones must be areas"),
    ]


def test_a_collection_mixing_a_polygon_and_a_line_keeps_the_polygon_only(tmp_path, actors):
    poly, line = shapely.box(36.6, 35.4, 36.7, 35.5), shapely.LineString([(36.6, 35.4), (36.8, 35.6)])
    gpd.GeoDataFrame(
        {"controller": ["government"], "valid_from": ["2019-08-01"]},
        geometry=[shapely.GeometryCollection([poly, line])],
        crs="EPSG:4326",
    ).to_file(tmp_path / "mixed.geojson")
    gdf, rejected, warnings = read_zone_file(tmp_path / "mixed.geojson", actors)
    assert rejected == [] and gdf.geometry.iloc[0].geom_type == "Polygon" and gdf.geometry.iloc[0].area > 0
    assert any("lines and points in a GeometryCollection dropped" in w for w in warnings)


def test_every_layer_of_a_geopackage_and_every_folder_of_a_kml_is_read(tmp_path, actors):
    path = tmp_path / "two_layers.gpkg"
    for layer, (ctrl, y) in {"south": ("government", 35.4), "north": ("opposition", 35.8)}.items():
        gpd.GeoDataFrame(
            {"controller": [ctrl], "valid_from": ["2019-08-01"], "name": [layer]},
            geometry=[shapely.box(36.6, y, 36.7, y + 0.05)],
            crs="EPSG:4326",
        ).to_file(path, layer=layer, driver="GPKG")
    assert len(pyogrio.list_layers(path)) == 2
    gdf, rejected, _ = read_zone_file(path, actors)
    assert sorted(gdf["controller"]) == ["government", "opposition"] and rejected == []
    kml, _, _ = read_zone_file(HOSTILE / "two_folders.kml", actors)
    assert sorted(zip(kml["controller"], kml["name"])) == [("government", "south"), ("opposition", "north")]


def test_zone_files_in_subfolders_are_read(tmp_path, actors):
    sub = tmp_path / "zones" / "2019" / "august"
    sub.mkdir(parents=True)
    gpd.GeoDataFrame(
        {"controller": ["government"], "valid_from": ["2019-08-01"]},
        geometry=[shapely.box(36.6, 35.4, 36.7, 35.5)],
        crs="EPSG:4326",
    ).to_file(sub / "front.geojson")
    gdf, rejected, _ = read_zone_layers(tmp_path / "zones", actors)
    assert list(gdf["file"]) == ["front.geojson"] and rejected == []


# -- options and the output folder ---------------------------------------------------------


def _cli(*args, cache_dir):
    env = {"CONFLICT_MAP_CACHE": str(cache_dir), "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        [sys.executable, "make_map.py", *map(str, args)], cwd=ROOT, env=env, capture_output=True, text=True
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--max-report-mb", "nan"], "'nan' must be above 0"),
        (["--max-report-mb", "inf"], "'inf' must be above 0"),
        (["--max-report-mb", "0"], "'0' must be above 0"),
        (["--min-confidence", "5"], "'5' must be at least 0 and at most 1"),
        (["--workers", "0"], "'0' must be at least 1"),
        (["--scheduler", "not a url"], "is not a Dask scheduler address"),
        (["--zones", "README.md"], "--zones README.md is not a folder"),
        (["--zones", "/nonexistent"], "--zones /nonexistent does not exist"),
        (["--gazetteer", "/nonexistent"], "--gazetteer /nonexistent does not exist"),
        (["--out", "README.md"], "is a file; give a folder for the maps"),
        (["--out", "data/reports"], "is inside the input folder"),
    ],
    ids=lambda v: v if isinstance(v, str) else " ".join(v),
)
def test_bad_options_are_usage_errors_with_exit_2(args, message, cache_dir):
    proc = _cli(*args, "-q", cache_dir=cache_dir)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert message in proc.stderr


@pytest.fixture()
def small_data(tmp_path):
    """Two reports and the shipped shared inputs: a quick run."""
    import shutil

    d = tmp_path / "data"
    shutil.copytree(DATA, d, ignore=shutil.ignore_patterns("reports"))
    (d / "reports").mkdir()
    for name in ("2019-08-21_khan-shaykhun.txt", "2019-08-23_northern-hama-pocket.txt"):
        shutil.copyfile(DATA / "reports" / name, d / "reports" / name)
    return d


@pytest.mark.parametrize(
    ("blocker", "message"),
    [
        ("index.html/", "index.html is a folder, but the run writes a file there"),
        ("manifest.json/", "manifest.json is a folder, but the run writes a file there"),
        ("layers", "layers is a file, but the run needs a folder there"),
    ],
)
def test_output_folder_obstacles_stop_the_run_with_a_message_and_exit_3(
    small_data, tmp_path, cache_dir, blocker, message
):
    out = tmp_path / "maps"
    out.mkdir()
    if blocker.endswith("/"):
        (out / blocker.rstrip("/")).mkdir()
    else:
        (out / blocker).write_text("in the way", encoding="utf-8")
    proc = _cli("--data", small_data, "--out", out, "-q", cache_dir=cache_dir)
    assert proc.returncode == 3 and "Traceback" not in proc.stderr
    assert message in proc.stderr and "the previous maps are unchanged" not in message
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [blocker.rstrip("/")]


def test_an_output_folder_name_too_long_for_the_file_system_is_a_clear_error(small_data, tmp_path, cache_dir):
    out = tmp_path / ("m" * 300)
    proc = _cli("--data", small_data, "--out", out, "-q", cache_dir=cache_dir)
    assert proc.returncode == 3 and "Traceback" not in proc.stderr and "File name too long" in proc.stderr


def test_an_output_folder_under_proc_is_a_clear_error(small_data, cache_dir):
    proc = _cli("--data", small_data, "--out", "/proc/conflict-map", "-q", cache_dir=cache_dir)
    assert proc.returncode == 3 and "Traceback" not in proc.stderr and "cannot use /proc/conflict-map" in proc.stderr


# -- what reaches the outputs --------------------------------------------------------------------


def test_formula_cells_are_neutralised_in_every_csv(small_data, tmp_path, cache_dir):
    (small_data / "reports" / "evil.jsonl").write_text(
        json.dumps(
            {
                "id": '=HYPERLINK("http://evil","x")',
                "date": "2019-08-21",
                "title": "+SUM(A1)",
                "source": "@evil",
                "text": "Regime forces shelled Kafranbel. -2+3",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    s = dataclasses.replace(DEFAULTS, data_dir=small_data, out_dir=tmp_path / "maps", cache_dir=cache_dir)
    pipeline.run(s)
    for name in ("reports.csv", "mentions.csv", "unresolved.csv", "rejected.csv", "warnings.csv"):
        for row in _rows(tmp_path / "maps" / name):
            for value in row.values():
                assert not (value or "").startswith(("=", "+", "@")), (name, value)
    rows = {r["id"]: r for r in _rows(tmp_path / "maps" / "reports.csv")}
    assert rows['\'=HYPERLINK("http://evil","x")']["title"] == "'+SUM(A1)"


def test_a_nul_in_a_sentence_reads_the_same_in_the_geopackage_and_the_geojson(small_data, tmp_path, cache_dir):
    (small_data / "reports" / "nul.jsonl").write_text(
        json.dumps({"id": "nul", "date": "2019-08-21", "text": "Regime forces shelled Kafranbel \u0000 today."}) + "\n",
        encoding="utf-8",
    )
    s = dataclasses.replace(DEFAULTS, data_dir=small_data, out_dir=tmp_path / "maps", cache_dir=cache_dir)
    pipeline.run(s)
    gpkg = gpd.read_file(tmp_path / "maps" / "layers.gpkg", layer="events")
    day = gpd.read_file(tmp_path / "maps" / "layers" / "2019-08-21.geojson")
    a = sorted(x for x in gpkg["sentence"] if "today" in x)
    b = sorted(x for x in day.loc[day["layer"] == "events", "sentence"] if "today" in x)
    assert a == b == ["Regime forces shelled Kafranbel \ufffd today."]


def test_a_report_with_more_mentions_than_the_cap_is_cut_with_a_warning(tmp_path, gaz, actors):
    import datetime as dt

    text = "Jets struck Saraqib and Kafranbel.\n" * 400
    rep = Report(id="long", date=dt.date(2019, 8, 21), title="Air strikes", text=text)
    s = dataclasses.replace(DEFAULTS, max_mentions_per_report=50, chunk_chars=1_000)
    (capped,) = pipeline.geoparse_reports([rep], gaz, actors, settings=s)
    (whole,) = pipeline.geoparse_reports([rep], gaz, actors)
    key = [(r.mention.start, r.mention.end, r.mention.sentence_start, r.place and r.place.id) for r in capped]
    assert len(capped) == 50 and key == [
        (r.mention.start, r.mention.end, r.mention.sentence_start, r.place and r.place.id) for r in whole[:50]
    ]
    assert all(rep.full_text[r.mention.start : r.mention.end] == r.mention.surface for r in capped)


def test_a_long_report_read_in_pieces_gives_the_same_mentions_as_in_one_piece(gaz, actors, seed_text):
    import datetime as dt

    rep = Report(id="seed", date=dt.date(2019, 9, 18), title="Seed", text=seed_text * 3)
    (pieces,) = pipeline.geoparse_reports([rep], gaz, actors, settings=dataclasses.replace(DEFAULTS, chunk_chars=2_000))
    (whole,) = pipeline.geoparse_reports([rep], gaz, actors)
    assert len(pieces) > 30
    assert [(r.mention.start, r.place and r.place.id) for r in pieces] == [
        (r.mention.start, r.place and r.place.id) for r in whole
    ]


def test_a_bad_theatre_file_is_a_usage_error_from_the_command_line(small_data, tmp_path, cache_dir):
    (small_data / "theatre.toml").write_text('title = "x"\naoi = [1, 2]\n', encoding="utf-8")
    proc = _cli("--data", small_data, "--out", tmp_path / "maps", "-q", cache_dir=cache_dir)
    assert proc.returncode == 2 and "theatre.toml" in proc.stderr and "Traceback" not in proc.stderr
    with pytest.raises(UsageError):
        dataclasses.replace(DEFAULTS, data_dir=small_data).theatre  # noqa: B018
