"""Control data analysts already have: Wikipedia detailed-map modules, KML/KMZ, shapefiles (geo.wikimap, geo.kml, geo.marks)."""

import datetime as dt
import shutil
import zipfile

import geopandas as gpd
import pytest
import shapely

from geo import ZoneError, parse_lua, read_kml, read_marks, read_wikimap, read_zone_layers
from geo.geometry import area_km2
from geo.kml import kml_colour
from tests.conftest import DATA, TESTDATA

CONTROL = TESTDATA / "control"
MODULE = CONTROL / "2019-08-01_syrian-detailed-map.lua"


def test_lua_data_subset_is_evaluated_like_lua():
    value = parse_lua(
        '-- comment\nlocal a = { x = "p" }\nlocal t = {}\nt.list = { "one", [[two]], a.x .. "q", 3, -1.5e1, 0x10, '
        "true, nil; [10] = 'ten' }\nreturn t"
    )
    assert value["list"].array() == ["one", "two", "pq", 3.0, -15.0, 16.0, True]  # nil ends the array part
    assert value["list"][10] == "ten" and 8 not in value["list"]


def test_lua_code_is_refused_with_its_line(tmp_path):
    p = tmp_path / "2019-08-01_m.lua"
    p.write_text('return {\n marks = {\n  { lat = tonumber("35"), long = "36" },\n }\n}\n', encoding="utf-8")
    with pytest.raises(ZoneError) as err:
        read_wikimap(p, None)
    assert err.value.line == 3 and "function call" in str(err.value) and str(p) in str(err.value)


def test_wikimap_icons_give_controllers_and_the_file_name_the_date(actors):
    gdf, rejected, _ = read_wikimap(MODULE, actors)
    by = {r.name: r for r in gdf.itertuples()}
    assert by["Khan Shaykhun"].controller == "government"  # through a local variable
    assert by["Idlib city"].controller == "opposition"  # HTS grey counts as opposition ground
    assert by["Maarat al-Numan"].controller == "opposition"  # Dot_green_0d0 with an underscore
    assert by["Manbij SDF"].controller == "sdf"
    assert {r.as_of for r in gdf.itertuples()} == {dt.date(2019, 8, 1)}
    assert by["Khan Shaykhun"].source == f"{MODULE.name}:13" and not by["Khan Shaykhun"].estimated
    # the siege ring drawn at Maarat al-Numan's point decorates it: one mark there, not an unknown one
    assert sum(1 for r in gdf.itertuples() if (r.lat, r.lon) == (35.6483, 36.6769)) == 1
    assert gdf.crs.to_epsg() == 4326 and gdf.geometry.iloc[0].equals(shapely.Point(36.651, 35.442))
    # the mark far outside Syria is rejected with its line
    assert [(r.item, r.line) for r in rejected] == [("Somewhere else", 20)]
    assert "outside" in rejected[0].reason


def test_wikimap_unknown_icons_are_reported_and_left_unknown(actors):
    gdf, _, warnings = read_wikimap(MODULE, actors)
    unknown = gdf[gdf["controller"] == "unknown"]
    assert sorted(unknown["name"]) == ["Another post", "Hezbollah checkpoint"]
    blue = next(w for w in warnings if "Location dot blue.svg" in w)
    assert str(MODULE) in blue and "2 mark(s)" in blue and "line 18 'Hezbollah checkpoint'" in blue
    assert "Location dot red.svg" in blue and "map_icons" in blue  # the icons the table knows, and the fix
    ring = next(w for w in warnings if "map-circle-red.svg" in w)
    assert "line 16" in ring  # reported even though it only decorates a known mark


def test_wikimap_date_from_the_header_comment_or_an_error(tmp_path, actors):
    gdf, _, _ = read_wikimap(CONTROL / "syria-module-revision.lua", actors)
    assert list(gdf["as_of"]) == [dt.date(2019, 9, 1)] and list(gdf["controller"]) == ["government"]
    p = tmp_path / "undated.lua"
    p.write_text('return { marks = { { lat = "35.4", long = "36.7", mark = "Location dot red.svg" } } }')
    with pytest.raises(ZoneError, match="no revision date"):
        read_wikimap(p, actors)


def test_read_marks_joins_the_table_and_modules_and_survives_a_broken_module(tmp_path, actors):
    (tmp_path / "settlements.csv").write_text(
        "name,lat,lon,controller,as_of,source,estimated\nHama,35.1318,36.7578,government,2019-08-01,t,no\n"
        "Kafr Zita,35.3736,36.6017,opposition,2019-08-01,t,yes\n",
        encoding="utf-8",
    )
    shutil.copy(MODULE, tmp_path / MODULE.name)
    (tmp_path / "2019-08-02_broken.lua").write_text("return { marks = { print('x') } }", encoding="utf-8")
    gdf, rejected, warnings = read_marks(tmp_path, actors)
    assert list(gdf["name"][:2]) == ["Hama", "Kafr Zita"] and list(gdf["estimated"][:2]) == [False, True]
    assert "Khan Shaykhun" in set(gdf["name"]) and gdf["estimated"].dtype == bool
    broken = [r for r in rejected if r.path.endswith("2019-08-02_broken.lua")]
    assert len(broken) == 1 and broken[0].item == "whole file" and broken[0].line == 1
    assert any("Location dot blue.svg" in w for w in warnings)


def test_kml_colour_order_is_aabbggrr():
    assert kml_colour("ff0000ff") == "#ff0000"  # opaque red
    assert kml_colour("4d1427a5") == "#a52714"  # Google My Maps' dark red at 30 % opacity
    assert kml_colour("red") == "" and kml_colour("ff0000") == ""


def _kml(tmp_path, name="2019-08-01_front.kml"):
    p = tmp_path / name
    shutil.copy(CONTROL / "front.kml", p)
    return p


def test_kml_styles_become_controllers(tmp_path, actors):
    gdf, rejected, warnings = read_kml(_kml(tmp_path), actors)
    by = {r.name: r for r in gdf.itertuples()}
    gov = by["Government salient south of Khan Shaykhun"]
    assert gov.controller == "government"  # StyleMap -> normal Style -> PolyStyle a52714
    assert (gov.valid_from, gov.valid_to) == (dt.date(2019, 8, 23), dt.date(2019, 8, 30))  # TimeSpan
    core = by["Opposition enclave core (two parts)"]
    assert core.controller == "opposition" and core.valid_from == dt.date(2019, 8, 1)  # the file name's date
    assert core.geometry.geom_type == "MultiPolygon" and len(core.geometry.geoms[0].interiors) == 1
    hole = shapely.box(36.60, 35.65, 36.65, 35.70)
    assert area_km2(core.geometry) == pytest.approx(
        area_km2(shapely.box(36.55, 35.6, 36.75, 35.8)) * 0.9375 + area_km2(shapely.box(36.8, 35.9, 36.9, 36.0)),
        rel=1e-3,
    ) and not core.geometry.contains(hole.centroid)
    kabani = by["Kabani strip (inline style, explicit controller)"]
    assert kabani.controller == "opposition" and kabani.valid_from == dt.date(2019, 8, 5)  # yellow, but says HTS
    assert by["Magenta area"].controller == "unknown"
    assert [r.item for r in rejected] == ["placemark 4 'Observation post'"]
    assert "no polygon" in rejected[0].reason
    magenta = next(w for w in warnings if "#ff00ff" in w)
    assert "2019-08-01_front.kml" in magenta and "placemark 3 'Magenta area'" in magenta
    assert "#c0392b" in magenta and "map_colours" in magenta  # the colours the table knows, and the fix


def test_kmz_reads_like_its_kml_and_layers_pick_up_both(tmp_path, actors):
    kmz = tmp_path / "2019-08-01_front.kmz"
    with zipfile.ZipFile(kmz, "w") as z:
        z.write(CONTROL / "front.kml", "doc.kml")
    a, _, _ = read_kml(_kml(tmp_path), actors)
    b, _, _ = read_kml(kmz, actors)
    assert list(a["controller"]) == list(b["controller"]) and all(a.geometry.geom_equals(b.geometry))
    layers, _, _ = read_zone_layers(tmp_path, actors)
    assert sorted(set(layers["file"])) == ["2019-08-01_front.kml", "2019-08-01_front.kmz"]


def test_kml_without_any_date_rejects_each_placemark_by_name(tmp_path, actors):
    gdf, rejected, _ = read_kml(_kml(tmp_path, "front.kml"), actors)
    assert set(gdf["name"]) == {
        "Government salient south of Khan Shaykhun",
        "Kabani strip (inline style, explicit controller)",
    }
    undated = [r for r in rejected if "missing valid_from" in r.reason]
    assert [r.item for r in undated] == ["feature 1 'Opposition enclave core (two parts)'", "feature 3 'Magenta area'"]


def test_broken_kml_and_kmz_name_the_file(tmp_path, actors):
    bad = tmp_path / "2019-08-01_bad.kml"
    bad.write_text("<kml><Document><Placemark></Document></kml>", encoding="utf-8")
    with pytest.raises(ZoneError, match="not well-formed KML") as err:
        read_kml(bad, actors)
    assert err.value.line == 1 and str(bad) in str(err.value)
    notzip = tmp_path / "2019-08-01_bad.kmz"
    notzip.write_bytes(b"not a zip")
    with pytest.raises(ZoneError, match="not a KMZ"):
        read_kml(notzip, actors)


def test_shapefile_with_an_upper_case_controller_column_in_utm(tmp_path, actors):
    gdf = gpd.GeoDataFrame(
        {
            "CONTROLLER": ["Assad forces", "sdf", "martians"],
            "VALID_FROM": ["2019-08-01", "2019-08-01", "2019-08-01"],
            "NAME": ["salient", "manbij", "bad"],
        },
        geometry=[
            shapely.box(36.55, 35.30, 36.75, 35.45),
            shapely.box(37.9, 36.45, 38.0, 36.55),
            shapely.box(36, 35, 36.1, 35.1),
        ],
        crs="EPSG:4326",
    ).to_crs("EPSG:32637")
    gdf.to_file(tmp_path / "control.shp")
    layers, rejected, warnings = read_zone_layers(tmp_path, actors)
    assert list(layers["controller"]) == ["government", "sdf"] and list(layers["name"]) == ["salient", "manbij"]
    assert layers.crs.to_epsg() == 4326 and layers.geometry.iloc[0].buffer(1e-6).contains(
        shapely.box(36.56, 35.31, 36.74, 35.44)
    )
    assert any("reprojected" in w for w in warnings)
    assert [r.item for r in rejected] == ["feature 2 'bad'"] and "martians" in rejected[0].reason


def test_shipped_zone_folder_reads_cleanly(actors):
    marks, rejected, warnings = read_marks(DATA / "zones", actors)
    assert len(marks) > 500 and set(marks["controller"]) >= {"government", "opposition", "sdf", "turkey"}
    layers, rej, _ = read_zone_layers(DATA / "zones", actors)
    assert rejected == [] and rej == [] and warnings == []
    assert set(layers["controller"]) == {"coalition"}  # al-Tanf belongs to the coalition and its partner force
