"""The ground control marks hold: Voronoi cells cut by rivers and by reach, as one coverage."""

import numpy as np
import pytest
import shapely

from geo.cells import banks, ground_of, local_reach, reach_circles, river_lines
from geo.geometry import area_km2, circle, country_outline

SQUARE = shapely.box(36.0, 35.0, 36.4, 35.4)
RIVER = shapely.LineString([(36.2, 34.9), (36.21, 35.2), (36.2, 35.5)])  # crosses the square north-south


def _pieces(g):
    return np.array([*g.cells[~shapely.is_empty(g.cells)], *shapely.get_parts(g.unknown)], dtype=object)


def _assert_exact_coverage(pieces, outline):
    """Edge-matched pieces whose union is the outline and whose areas add up to it (no overlaps),
    to within a millionth of its area (snap-rounding on a 1e-7° grid)."""
    assert shapely.coverage_is_valid(pieces)
    union = shapely.coverage_union_all(pieces)
    assert shapely.area(union) == pytest.approx(shapely.area(outline), rel=1e-6)
    assert shapely.covers(shapely.buffer(outline, 1e-6), union)
    assert shapely.area(pieces).sum() == pytest.approx(shapely.area(union), rel=1e-6)


def test_ground_of_syria_is_an_exact_coverage_with_rivers_and_reach():
    outline = country_outline("SY")
    rng = np.random.default_rng(3)
    x, y = rng.uniform(35.7, 42.0, 600), rng.uniform(32.4, 37.3, 600)
    keep = shapely.contains_xy(outline, x, y)
    pts = shapely.points(x[keep], y[keep])
    g = ground_of(pts, outline, barriers=river_lines(), reach_km=10.0)
    _assert_exact_coverage(_pieces(g), shapely.set_precision(outline, 1e-7))
    assert not g.unknown.is_empty  # 400-odd marks cannot reach the whole country within 10 km
    assert np.all(shapely.covers(g.cells[~shapely.is_empty(g.cells)], pts[~shapely.is_empty(g.cells)]))


def test_a_cell_never_takes_ground_across_a_barrier_river():
    near_west, far_east = shapely.Point(36.19, 35.2), shapely.Point(36.35, 35.2)
    free = ground_of(np.array([near_west, far_east]), SQUARE, reach_km=None)
    cut = ground_of(np.array([near_west, far_east]), SQUARE, barriers=[RIVER], reach_km=None)
    east_bank = shapely.Point(36.24, 35.2)  # nearer the west mark, but across the river
    assert free.cells[0].contains(east_bank)
    assert cut.cells[1].contains(east_bank) and not cut.cells[0].contains(east_bank)
    assert cut.bank[0] != cut.bank[1]
    _assert_exact_coverage(_pieces(cut), SQUARE)


def test_a_bank_without_marks_is_unknown():
    g = ground_of(np.array([shapely.Point(36.1, 35.2)]), SQUARE, barriers=[RIVER], reach_km=None)
    assert len(banks(SQUARE, [RIVER])) == 2
    assert g.unknown.contains(shapely.Point(36.3, 35.2)) and g.cells[0].contains(shapely.Point(36.15, 35.3))


def test_ground_beyond_reach_is_unknown():
    big = shapely.box(36.0, 35.0, 37.0, 36.0)
    g = ground_of(np.array([shapely.Point(36.5, 35.5)]), big, reach_km=10.0)
    assert area_km2(g.cells[0]) == pytest.approx(np.pi * 100, rel=0.01)  # a 10 km disc
    assert area_km2(g.unknown) == pytest.approx(area_km2(big) - np.pi * 100, rel=0.01)
    circle = reach_circles(np.array([36.5]), np.array([35.5]), 10.0)[0]
    assert shapely.distance(shapely.Point(36.5, 35.5), circle.exterior) * 111 == pytest.approx(9.1, abs=1.0)


def test_shipped_rivers_keep_the_banks_of_the_euphrates_and_the_orontes_apart():
    outline = country_outline("SY")
    faces = banks(outline, river_lines())
    assert len(faces) == 3  # west of the Orontes, between the rivers, east of the Euphrates
    raqqa, deir_ez_zor_south = shapely.Point(39.01, 35.95), shapely.Point(40.14, 35.30)
    latakia, salamiyah = shapely.Point(35.79, 35.52), shapely.Point(37.05, 35.01)

    def face(p):
        return int(np.flatnonzero(shapely.contains(faces, p))[0])

    assert face(raqqa) != face(deir_ez_zor_south)  # north and south banks of the Euphrates
    assert face(latakia) != face(salamiyah)
    assert face(salamiyah) == face(deir_ez_zor_south)


def _marks(name):
    from geo import load_actors, read_settlements
    from tests.conftest import DATA, ROOT

    st, rejected = read_settlements(ROOT / "tests" / "data" / "reach" / name, load_actors(DATA / "actors.csv"))
    assert not rejected
    return st


def test_local_reach_follows_the_spacing_of_the_marks_within_bounds():
    line = lambda km: shapely.points(36.0 + np.arange(8) * km / 90.8, np.full(8, 35.3))  # noqa: E731
    bank = np.zeros(8, dtype=int)
    dense, middling, sparse = (local_reach(line(km), bank, min_km=10, max_km=30, neighbours=3) for km in (4, 7, 25))
    assert np.allclose(dense[1:-1], 10)  # third neighbour 8 km away: the floor
    assert dense[0] == pytest.approx(12, abs=0.1)  # the end of the line: three steps
    assert np.allclose(middling[2:-2], 14, atol=0.2)  # third neighbour two steps along the line
    assert np.allclose(sparse, 30)  # the cap
    other_bank = np.array([0, 1] * 4)  # neighbours across a river do not count
    assert (local_reach(line(4), other_bank, min_km=10, max_km=30, neighbours=3)[2:-2] > 10).all()
    assert np.isinf(local_reach(line(4), bank, min_km=None)).all()
    assert np.allclose(local_reach(line(25), bank, min_km=10, max_km=None), 10)


def test_a_quiet_coarsely_marked_region_is_known():
    st = _marks("quiet_sparse.csv")
    box = shapely.box(38.0, 34.0, 39.0, 34.8)
    g = ground_of(st.geometry.values, box)  # the default rule: reach follows the 25 km spacing
    assert area_km2(g.unknown) < 0.01 * area_km2(box)
    fixed = ground_of(st.geometry.values, box, reach_max_km=None)  # every mark 10 km: mostly blank
    assert area_km2(fixed.unknown) > 0.4 * area_km2(box)
    _assert_exact_coverage(_pieces(g), box)


def test_an_unmarked_gap_on_a_densely_marked_front_stays_unknown():
    st = _marks("front_gap.csv")
    box = shapely.box(36.0, 35.0, 37.0, 35.6)
    g = ground_of(st.geometry.values, box)
    assert np.allclose(g.reach, 10.0)  # a village every 3 km: each speaks for 10 km, no more
    gap = circle(35.3, 36.5, 15.0)
    assert g.unknown.contains(shapely.Point(36.5, 35.3))
    assert area_km2(shapely.intersection(g.unknown, gap)) > np.pi * 4**2  # a hole at least 8 km across
    assert area_km2(shapely.difference(g.unknown, circle(35.3, 36.5, 16.0))) < 1.0  # known everywhere else
    _assert_exact_coverage(_pieces(g), box)


def test_the_notebook_build_control_takes_the_reach_from_its_settings():
    import dataclasses
    import datetime as dt

    from geo import load_actors
    from geo.pipeline import build_control
    from geo.settings import DEFAULTS
    from tests.conftest import DATA

    st, box, actors = _marks("quiet_sparse.csv"), shapely.box(38.0, 34.0, 39.0, 34.8), load_actors(DATA / "actors.csv")
    day = [dt.date(2019, 8, 1)]
    fixed = dataclasses.replace(DEFAULTS, zone_reach_max_km=None)
    coarse = build_control(st, [], day, actors=actors, settings=fixed, outline=box, barriers=())
    spaced = build_control(st, [], day, actors=actors, outline=box, barriers=())
    assert area_km2(coarse.unknown) > 0.4 * area_km2(box) > 40 * area_km2(spaced.unknown)
    again = build_control(st, [], day, actors=actors, settings=fixed, outline=box, barriers=(), reach_max_km=30.0)
    assert area_km2(again.unknown) == pytest.approx(area_km2(spaced.unknown))  # an option overrides the settings
