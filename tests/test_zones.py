"""Control zones: inputs, Voronoi derivation, events applied, areas, diffs, join."""

import datetime as dt

import geopandas as gpd
import numpy as np
import pytest
import shapely

from geo import ZoneError, build_control, read_settlements, read_zone_layers
from geo.events import Event
from geo.gazetteer import Place
from geo.geometry import area_km2, country_outline
from geo.zones import assign_controllers, controllers_at, read_zone_file, voronoi_cells
from tests.conftest import DATA

D1, D2, D3 = dt.date(2019, 8, 1), dt.date(2019, 8, 14), dt.date(2019, 9, 18)


def _settlements(tmp_path, rows, actors):
    p = tmp_path / "settlements.csv"
    p.write_text("name,lat,lon,controller,as_of,source\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return read_settlements(p, actors)


def _event(kind, actor, lat, lon, date, name="X", beneficiary="", geometry=None):
    place = Place(
        id=f"t:{name}", name=name, lat=lat, lon=lon, kind="area" if geometry else "village", geometry=geometry
    )
    return Event(
        f"r:{name}:{kind}", date, "r", kind, actor, beneficiary, place, name, f"{actor} {kind} {name}.", kind, 0, 1, 0.9
    )


def test_voronoi_cells_cover_the_outline_without_gaps_or_overlaps():
    outline = country_outline("SY")
    rng = np.random.default_rng(1)
    pts = shapely.points(rng.uniform(36, 41, 300), rng.uniform(33, 37, 300))
    pts = pts[shapely.contains_xy(outline, shapely.get_x(pts), shapely.get_y(pts))]
    pts = np.concatenate([pts, pts[:3]])  # duplicates get empty cells, not double area
    cells = voronoi_cells(pts, outline)
    assert len(cells) == len(pts)
    assert np.all(shapely.contains(cells[:-3], pts[:-3]) | shapely.touches(cells[:-3], pts[:-3]))
    assert all(c.is_empty for c in cells[-3:])
    union = shapely.coverage_union_all(cells[:-3])
    assert abs(area_km2(union) - area_km2(outline)) / area_km2(outline) < 1e-3
    assert abs(area_km2(cells[:-3]).sum() - area_km2(outline)) / area_km2(outline) < 1e-3


def test_events_flip_settlements_and_every_flip_is_traceable(tmp_path, actors):
    st, rej = _settlements(
        tmp_path,
        [
            "A,35.50,36.80,opposition,2019-08-01,t",
            "B,35.90,36.60,opposition,2019-08-01,t",
            "C,35.10,36.75,government,2019-08-01,t",
        ],
        actors,
    )
    assert not rej
    cap = _event("capture", "isis", 35.501, 36.801, D2, "A")
    new = _event("capture", "government", 35.70, 37.20, D2, "NewVillage")  # not in the table: added
    area = shapely.box(36.6, 35.3, 37.0, 35.7)
    sur = _event("surrender", "isis", 35.5, 36.8, D3, "southeast", "opposition", geometry=area)
    m = build_control(st, [cap, new, sur], [D1, D2, D3], actors=actors)
    codes = {d: dict(zip(m.settlements["name"], (m.controllers[i] for i in m.codes[d]))) for d in m.dates}
    assert codes[D1]["A"] == "opposition" and codes[D2]["A"] == "isis" and codes[D3]["A"] == "opposition"
    # a captured place the table lacks is added, on its nearest neighbour's (A's) side until the capture
    assert codes[D1]["NewVillage"] == "opposition" and codes[D2]["NewVillage"] == "government"
    (flip,) = [c for c in m.changes[D2] if c.settlement == "A"]
    assert (flip.before, flip.after, flip.kind, flip.event_id) == ("opposition", "isis", "capture", cap.id)
    assert flip.sentence == cap.sentence
    isis_then = m.zones_on(D2).set_index("controller").loc["isis"]
    assert isis_then.geometry.contains(shapely.Point(36.8, 35.5)) and isis_then.area_km2 > 0
    assert "isis" not in set(m.zones_on(D3)["controller"])


def test_km2_gained_equals_km2_lost_and_matches_a_hand_computed_case(tmp_path, actors):
    # two settlements on a square "country": each holds half, a capture moves one half
    square = shapely.box(36.0, 35.0, 37.0, 36.0)
    st, _ = _settlements(
        tmp_path, ["W,35.5,36.25,opposition,2019-08-01,t", "E,35.5,36.75,government,2019-08-01,t"], actors
    )
    m = build_control(
        st, [_event("capture", "government", 35.5, 36.25, D2, "W")], [D1, D2], actors=actors, outline=square
    )
    half = area_km2(shapely.box(36.0, 35.0, 36.5, 36.0))
    whole = area_km2(square)
    diff = m.diff(D2)
    assert diff["delta_km2"]["government"] == pytest.approx(half, rel=1e-3)
    assert diff["delta_km2"]["opposition"] == pytest.approx(-half, rel=1e-3)
    assert m.diff(D2)["area_km2"]["government"] == pytest.approx(whole, rel=1e-3)
    table = m.area_table()
    assert list(table.columns) == ["date", "controller", "area_km2", "delta_km2"]


def test_explicit_polygons_override_cells(tmp_path, actors):
    st, _ = _settlements(tmp_path, ["A,34.0,38.5,government,2019-08-01,t"], actors)
    ex, rej, _ = read_zone_layers(DATA / "zones", actors)
    assert len(ex) == 1 and not rej
    m = build_control(st, [], [D1], actors=actors, explicit=ex)
    z = m.zones_on(D1).set_index("controller")
    tanf = shapely.Point(38.62, 33.51)
    assert z.loc["coalition"].geometry.contains(tanf)  # al-Tanf: the coalition's, not the opposition's
    assert not z.loc["government"].geometry.contains(tanf)
    assert z.loc["coalition"].geometry.within(country_outline("SY").buffer(1e-6))  # clipped to Syria


def _layer(tmp_path, name, props, geom, crs="EPSG:4326"):
    gdf = gpd.GeoDataFrame([props], geometry=[geom], crs=crs)
    p = tmp_path / name
    gdf.to_file(p)
    return p


def test_validation_errors_name_file_and_feature(tmp_path, actors):
    poly = shapely.box(36.5, 35.5, 36.7, 35.7)
    cases = {
        "unknown.geojson": ({"controller": "martians", "valid_from": "2019-08-01"}, "unknown controller 'martians'"),
        "nodate.geojson": ({"controller": "government"}, "missing valid_from"),
        "backwards.geojson": (
            {"controller": "isis", "valid_from": "2019-09-01", "valid_to": "2019-08-01"},
            "valid_to 2019-08-01 is before valid_from 2019-09-01",
        ),
    }
    for name, (props, msg) in cases.items():
        p = _layer(tmp_path, name, props, poly)
        gdf, rej, _ = read_zone_file(p, actors)
        assert len(gdf) == 0 and len(rej) == 1 and msg in rej[0].reason and rej[0].item.startswith("feature 0")
        with pytest.raises(ZoneError, match=rf"{name}.*feature 0"):
            read_zone_file(p, actors, strict=True)


def test_repair_and_reprojection(tmp_path, actors):
    bowtie = shapely.Polygon([(36.5, 35.5), (36.7, 35.7), (36.7, 35.5), (36.5, 35.7)])
    p = _layer(tmp_path, "bowtie.geojson", {"controller": "Assad forces", "valid_from": "2019-08-01"}, bowtie)
    gdf, rej, warns = read_zone_file(p, actors)
    assert not rej and gdf.geometry.iloc[0].is_valid and gdf.controller.iloc[0] == "government"
    assert any("make_valid" in w and "feature 0" in w for w in warns)
    merc = gpd.GeoSeries([shapely.box(36.5, 35.5, 36.7, 35.7)], crs="EPSG:4326").to_crs("EPSG:3857").iloc[0]
    p = _layer(tmp_path, "merc.gpkg", {"controller": "sdf", "valid_from": "2019-08-01"}, merc, crs="EPSG:3857")
    gdf, rej, warns = read_zone_file(p, actors)
    assert gdf.crs.to_epsg() == 4326 and np.allclose(gdf.total_bounds, [36.5, 35.5, 36.7, 35.7], atol=1e-6)


def test_assign_controllers_is_a_spatial_join(actors, tmp_path):
    st, _ = _settlements(
        tmp_path, ["A,35.5,36.8,opposition,2019-08-01,t", "B,35.1,36.75,government,2019-08-01,t"], actors
    )
    m = build_control(st, [], [D1], actors=actors)
    pts = gpd.GeoDataFrame(
        {"name": ["near A", "near B", "far at sea", "border town"]},
        geometry=shapely.points([(36.8, 35.52), (36.75, 35.08), (34.0, 35.0), (38.9538, 36.70)]),
        crs="EPSG:4326",
    )
    out = assign_controllers(pts, m.zones_on(D1))
    # Tell Abyad lies just outside the simplified outline: it takes the nearest zone (within 5 km)
    assert list(out["controller"]) == ["opposition", "government", "unknown", "opposition"]
    assert list(out["name"]) == ["near A", "near B", "far at sea", "border town"]
    # the bare-array form (what Dask workers run) agrees, and needs only controller + geometry
    zones = m.zones_on(D1)[["controller", "geometry"]]
    assert list(controllers_at(pts.geometry.values, zones)) == list(out["controller"])


def test_every_settlement_lies_in_its_own_controllers_zone(actors):
    st, _ = read_settlements(DATA / "zones" / "settlements.csv", actors)
    m = build_control(st, [], [D1], actors=actors)
    z = m.zones_on(D1)
    base = st[st["as_of"] == D1]  # later rows record changes after D1
    got = assign_controllers(base, z)
    assert len(base) > 500 and (got["controller"] == base["controller"]).mean() == 1.0


def test_overlapping_polygons_are_reported_with_their_area(tmp_path, actors):
    a = shapely.box(36.5, 35.5, 36.7, 35.7)
    b = shapely.box(36.6, 35.5, 36.8, 35.7)  # half of a
    gpd.GeoDataFrame([{"controller": "government", "valid_from": "2019-08-01"}], geometry=[a], crs="EPSG:4326").to_file(
        tmp_path / "a.geojson"
    )
    gpd.GeoDataFrame([{"controller": "opposition", "valid_from": "2019-08-05"}], geometry=[b], crs="EPSG:4326").to_file(
        tmp_path / "b.geojson"
    )
    ex, _rej, _ = read_zone_layers(tmp_path, actors)
    st, _ = _settlements(tmp_path, ["A,35.0,38.0,government,2019-08-01,t"], actors)
    m = build_control(st, [], [D1, dt.date(2019, 8, 5)], actors=actors, explicit=ex)
    (msg,) = m.find_overlaps()
    expect = area_km2(shapely.box(36.6, 35.5, 36.7, 35.7))
    assert f"{expect:,.1f} km²" in msg and "opposition (b.geojson) wins" in msg
    z = m.zones_on(dt.date(2019, 8, 5)).set_index("controller")
    assert z.loc["opposition"].geometry.contains(shapely.Point(36.65, 35.6))  # later valid_from wins
