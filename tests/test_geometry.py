"""Shapes made from points and outlines: many sectors at once agree with one at a time."""

import shapely

from geo.geometry import circle, sector_of, sectors_of


def test_sectors_of_many_polygons_are_each_polygons_sector(gaz):
    govs = [p for p in gaz.places if p.kind == "governorate" and p.geometry is not None][:5]
    bearings = [0.0, 45.0, 135.0, 225.0, 315.0]
    many = sectors_of([g.geometry for g in govs], bearings, [(g.lat, g.lon) for g in govs], max_km=70.0)
    for g, b, part in zip(govs, bearings, many):
        one = sector_of(g.geometry, b, origin=(g.lat, g.lon), max_km=70.0)
        assert shapely.equals_exact(part, one, tolerance=0.0) and not part.is_empty


def test_a_sector_outside_the_polygon_is_the_whole_polygon():
    # a 10 km circle around Idlib, sector taken from an origin 100 km to its south, pointing further south
    poly = circle(35.93, 36.63, 10.0)
    (part,) = sectors_of([poly], [180.0], [(35.03, 36.63)], max_km=50.0)
    assert part.equals(poly) and sector_of(poly, 180.0, origin=(35.03, 36.63), max_km=50.0).equals(poly)
