"""Shapes made from points and outlines: many sectors at once agree with one at a time."""

import itertools
import json

import shapely
from shapely.geometry import shape

from geo.geometry import border_strip, circle, sector_of, sectors_of
from geo.settings import DEFAULTS


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


def test_a_border_strip_buffers_only_the_neighbours_part_near_the_country():
    # the neighbour is cut to the country's box (and a margin) before it is buffered: the same strip, to the last
    # bit, as buffering the whole neighbour, for every pair of countries of the shipped outlines
    features = json.loads(DEFAULTS.theatre.outlines.read_text(encoding="utf-8"))["features"]
    outlines = [shape(f["geometry"]) for f in features]
    assert len(outlines) >= 2
    met = 0
    for own, neighbour in itertools.permutations(outlines, 2):
        whole, near = border_strip(own, neighbour, 10.0, clip_deg=None), border_strip(own, neighbour, 10.0)
        assert (whole is None and near is None) or whole.wkb == near.wkb
        met += whole is not None
    assert met >= 2  # (some pairs do meet: the comparison is not between two Nones only)
