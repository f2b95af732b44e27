"""Atomic writes and GIS round trips."""

import geopandas as gpd
import pytest
import shapely

from geo.export import atomic_path, write_csv, write_frame_csv, write_geojson, write_gpkg


def test_atomic_write_keeps_the_old_file_on_failure(tmp_path):
    target = tmp_path / "out.csv"
    write_csv(target, [{"a": 1}], ["a"])
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_text("half", encoding="utf-8")
        raise RuntimeError("killed")
    assert target.read_text(encoding="utf-8").splitlines() == ["a", "1"]
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(tmp_path):
    import csv

    import pandas as pd

    rows = [{"id": '=HYPERLINK("http://x","y")', "t": "+cmd", "n": -3.5, "s": "-12", "a": "@SUM(A1)"}]
    write_csv(tmp_path / "a.csv", rows, ["id", "t", "n", "s", "a"])
    write_frame_csv(tmp_path / "b.csv", pd.DataFrame(rows))
    for name in ("a.csv", "b.csv"):
        with (tmp_path / name).open(encoding="utf-8") as fh:
            (row,) = list(csv.DictReader(fh))
        assert row == {"id": '\'=HYPERLINK("http://x","y")', "t": "'+cmd", "n": "-3.5", "s": "-12", "a": "'@SUM(A1)"}


def _layers():
    import datetime as dt

    d = dt.date(2019, 8, 1)
    zones = gpd.GeoDataFrame(
        {"controller": ["isis"], "valid_from": [d], "valid_to": [d]},
        geometry=[shapely.box(36.8, 35.4, 36.9, 35.5)],
        crs="EPSG:4326",
    )
    places = gpd.GeoDataFrame(
        {
            "name": ["Umm al-Khalakhil"],
            "mentions": [[{"report": "r", "at": [0, 4]}]],
            "valid_from": [d],
            "valid_to": [d],
        },
        geometry=[shapely.Point(36.82, 35.49)],
        crs="EPSG:4326",
    )
    return {"zones": zones, "places": places}


def test_gpkg_round_trip(tmp_path):
    write_gpkg(tmp_path / "l.gpkg", _layers())
    z = gpd.read_file(tmp_path / "l.gpkg", layer="zones")
    p = gpd.read_file(tmp_path / "l.gpkg", layer="places")
    assert z.crs.to_epsg() == 4326 and z.loc[0, "controller"] == "isis" and z.loc[0, "valid_from"] == "2019-08-01"
    assert z.geometry.iloc[0].equals(shapely.box(36.8, 35.4, 36.9, 35.5))
    assert p.loc[0, "name"] == "Umm al-Khalakhil" and '"report":"r"' in p.loc[0, "mentions"]


def test_geojson_has_one_collection_with_a_layer_property(tmp_path):
    write_geojson(tmp_path / "d.geojson", _layers())
    g = gpd.read_file(tmp_path / "d.geojson")
    assert list(g["layer"]) == ["zones", "places"] and g.crs.to_epsg() == 4326


def test_events_csv_has_acleds_columns_and_no_formula_cells(built_maps):
    import csv

    from geo.export import ACLED_COLUMNS

    out, _ = built_maps
    with (out / "events.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
    assert tuple(reader.fieldnames) == ACLED_COLUMNS
    # (the capture of 21 August; the hilltops seized west of the town on the 16th are a gain near it, no change)
    (cap,) = [
        r
        for r in rows
        if r["location"] == "Khan Shaykhun"
        and r["sub_event_type"] == "Government regains territory"
        and "[control:" in r["notes"]
    ]
    assert (cap["event_date"], cap["time_precision"], cap["geo_precision"], cap["admin1"]) == (
        "2019-08-21",
        "1",
        "1",
        "Idlib",
    )
    assert cap["actor1"].startswith("Government forces") and "[control:" in cap["notes"]
    dated = [r for r in rows if "[date from 'at the end of July']" in r["notes"]]
    assert dated and all(r["event_date"] == "2019-07-31" and r["time_precision"] == "3" for r in dated)
    text_cells = [r[c] for r in rows for c in ("actor1", "notes", "source", "location")]
    assert not any(v.startswith(("=", "+", "-", "@")) for v in text_cells)


def test_acled_rows_neutralise_formula_cells(actors):
    import datetime as dt

    from geo.events import Event
    from geo.export import acled_rows
    from geo.gazetteer import Place

    e = Event(
        "=cmd|' /C calc'!A0",
        dt.date(2019, 8, 1),
        "r",
        "clash",
        "Battles",
        "Armed clash",
        "government",
        "@evil",
        Place("p", "-Hish", 35.5, 36.6, "village", "+Idlib"),
        "Hish",
        '=HYPERLINK("x")',
        "clashed",
        0,
        4,
        0.9,
    )
    (row,) = acled_rows([e], actors)
    assert row["event_id_cnty"].startswith("'=") and row["notes"].startswith("'=") and row["actor2"] == "'@evil"
    assert row["location"] == "'-Hish" and row["admin1"] == "'+Idlib" and row["latitude"] == 35.5


def test_gis_columns_turn_dates_and_lists_into_text_without_touching_the_frame():
    import datetime as dt

    from geo.export import _gis_ready

    d = dt.date(2019, 8, 1)
    gdf = gpd.GeoDataFrame(
        {"valid_to": [d, None, d], "surfaces": [["Kafr Nabl"], [], ["Hass", "Has"]], "n": [1, 2, 3]},
        geometry=[shapely.Point(36.6, 35.6)] * 3,
        crs="EPSG:4326",
    )
    out = _gis_ready(gdf)
    assert list(out["valid_to"].isna()) == [False, True, False]  # missing stays missing (None or NaN)
    assert list(out["valid_to"].dropna()) == ["2019-08-01", "2019-08-01"]
    assert list(out["surfaces"]) == ['["Kafr Nabl"]', "[]", '["Hass","Has"]']
    assert list(out["n"]) == [1, 2, 3] and out.crs.to_epsg() == 4326
    assert gdf["valid_to"].iloc[0] == d and gdf["surfaces"].iloc[2] == ["Hass", "Has"]


def test_only_formula_cells_change_in_a_frame_csv(tmp_path):
    import pandas as pd

    frame = pd.DataFrame({"s": ["Kafr Nabl", "=1+2", "-12", None], "m": ["a", 3, "@x", None], "n": [1.5, -2, 3, 4]})
    write_frame_csv(tmp_path / "f.csv", frame)
    lines = (tmp_path / "f.csv").read_text(encoding="utf-8").splitlines()
    assert lines == ["s,m,n", "Kafr Nabl,a,1.5", "'=1+2,3,-2.0", "-12,'@x,3.0", ",,4.0"]
