"""River lines and the ground beside them: geometry read from the line, bad files named."""

import json

import pytest
import shapely

from geo.exc import UsageError
from geo.rivers import banks_of, read_rivers, side_of


def _write(path, features):
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    return path


def _line(coords, **props):
    return {"type": "Feature", "properties": props, "geometry": {"type": "LineString", "coordinates": coords}}


def test_the_side_follows_the_river_not_a_list(tmp_path):
    """One river that flows north, then turns east: its east side is its right bank along the
    first reach, and its north side the left bank along the second; a bearing along the whole
    river's general course (north-east) has no side."""
    path = _write(tmp_path / "r.geojson", [_line([[36.0, 34.0], [36.0, 35.0], [37.0, 35.0]], name="Test")])
    (river,) = read_rivers(path)
    east = side_of(river.line, 90.0, 20.0)
    north = side_of(river.line, 0.0, 20.0)
    west = side_of(river.line, 270.0, 20.0)
    assert east.contains(shapely.Point(36.1, 34.5)) and not west.contains(shapely.Point(36.1, 34.5))
    assert west.contains(shapely.Point(35.9, 34.5)) and west.contains(shapely.Point(36.5, 35.1))
    assert north.equals(west) and side_of(river.line, 180.0, 20.0).equals(east)
    assert not east.contains(shapely.Point(36.3, 34.5))  # 27 km east of the river: beyond 20 km
    assert side_of(river.line, 45.0, 20.0) is None and side_of(river.line, 225.0, 20.0) is None


def test_sides_and_banks_are_clipped_to_the_outline(tmp_path):
    path = _write(tmp_path / "r.geojson", [_line([[36.0, 34.0], [36.0, 35.0]], name="Test")])
    (river,) = read_rivers(path)
    outline = shapely.box(35.5, 34.0, 36.5, 34.5)  # the river's first half
    east = side_of(river.line, 90.0, 20.0, outline=outline)
    banks = banks_of(river.line, 5.0, outline=outline)
    # clipped to the outline widened by 1.5 km (0.0135° of latitude): no further
    assert east.within(outline.buffer(0.0136)) and banks.within(outline.buffer(0.0136))
    assert east.contains(shapely.Point(36.1, 34.51)) and not east.contains(shapely.Point(36.1, 34.52))
    assert not east.contains(shapely.Point(36.1, 34.8)) and east.contains(shapely.Point(36.1, 34.2))
    assert banks.contains(shapely.Point(36.02, 34.2)) and not banks.contains(shapely.Point(36.1, 34.2))


def test_a_river_in_pieces_is_merged_and_a_point_is_refused(tmp_path):
    pieces = {
        "type": "Feature",
        "properties": {"name": "Joined", "barrier": True},
        "geometry": {"type": "MultiLineString", "coordinates": [[[36, 34], [36, 34.5]], [[36, 34.5], [36, 35]]]},
    }
    (river,) = read_rivers(_write(tmp_path / "ok.geojson", [pieces]))
    assert river.line.geom_type == "LineString" and river.barrier and river.name == "Joined"
    bad = [_line([[36, 34], [36, 35]], name="A"), {"type": "Feature", "properties": {"name": "B"},
           "geometry": {"type": "Point", "coordinates": [36, 34]}}]  # fmt: skip
    path = _write(tmp_path / "bad.geojson", bad)
    with pytest.raises(UsageError, match=r"bad\.geojson: feature 2 has Point; a river is a LineString"):
        read_rivers(path)
    (tmp_path / "nothing.geojson").write_text("{}", encoding="utf-8")
    with pytest.raises(UsageError, match=r"nothing\.geojson: not a GeoJSON FeatureCollection"):
        read_rivers(tmp_path / "nothing.geojson")


def test_the_gazetteer_knows_the_theatres_rivers_as_lines(gaz):
    river = gaz["river:euphrates"]
    assert river.kind == "river" and river.geometry.geom_type == "LineString" and not river.curated
    assert {p.id for p in gaz.lookup("Euphrates River")} == {"river:euphrates"}
    assert [p.id for p in gaz.lookup("Orontes") if p.kind == "river"] == ["river:orontes"]
    assert gaz.rivers(next(iter(gaz.river_keys))) and all(gaz.rivers(k) for k in gaz.river_keys)
