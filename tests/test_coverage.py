"""Shared edges of a coverage and marks on the wrong side, against hand-made cases and overlays."""

import numpy as np
import pytest
import shapely

from geo.cells import voronoi_cells
from geo.coverage import misplaced, shared_edges


def _by_pair(pieces):
    i, j, lines = shared_edges(pieces)
    return {(int(a), int(b)): g for a, b, g in zip(i, j, lines)}


def test_shared_edges_of_a_hand_made_coverage():
    # west and east halves of a square, a square enclave in the east half, and a piece that
    # touches the west half at a single corner only
    west = shapely.box(0, 0, 2, 4)
    enclave = shapely.box(2.5, 1, 3.5, 2)
    east = shapely.box(2, 0, 4, 4).difference(enclave)
    corner = shapely.box(-1, 4, 0, 5)
    got = _by_pair(shapely.coverage_clean([west, east, enclave, corner]))
    assert set(got) == {(0, 1), (1, 2)}  # touching at a point shares no line
    assert shapely.equals(got[(0, 1)], shapely.LineString([(2, 0), (2, 4)]))
    assert got[(1, 2)].is_closed and shapely.length(got[(1, 2)]) == pytest.approx(4.0)


def test_a_shared_edge_split_by_a_ring_start_comes_back_as_one_line():
    # the west piece's ring starts in the middle of the edge it shares with the east piece
    west = shapely.Polygon([(2, 2), (2, 4), (0, 4), (0, 0), (2, 0)])
    east = shapely.Polygon([(2, 0), (4, 0), (4, 4), (2, 4), (2, 2)])
    (line,) = _by_pair(np.array([west, east])).values()
    assert line.geom_type == "LineString"
    assert shapely.equals(line, shapely.LineString([(2, 0), (2, 4)]))


def test_shared_edges_match_an_overlay_of_voronoi_cells():
    rng = np.random.default_rng(5)
    square = shapely.box(36.0, 35.0, 36.5, 35.5)
    cells = voronoi_cells(shapely.points(rng.uniform(36.0, 36.5, 200), rng.uniform(35.0, 35.5, 200)), square)
    i, j, lines = shared_edges(cells)
    assert len(i) > 400  # a Voronoi cell has about six neighbours
    bnd = shapely.boundary(cells)
    overlay = shapely.line_merge(shapely.intersection(bnd[i], bnd[j]))
    assert shapely.equals(lines, overlay).all()
    touching = shapely.STRtree(cells).query(cells, predicate="touches")
    line_neighbours = {(a, b) for a, b in touching.T if a < b and shapely.length(shapely.intersection(bnd[a], bnd[b]))}
    assert set(zip(i.tolist(), j.tolist())) == line_neighbours


def test_misplaced_marks_are_those_inside_another_sides_piece():
    pieces = np.array([shapely.box(0, 0, 1, 1), shapely.box(1, 0, 2, 1), shapely.box(2, 0, 3, 1)])
    owners = ["a", "b", "a"]
    x = np.array([0.5, 1.5, 2.5, 1.5, 1.0, 5.0])
    y = np.array([0.5, 0.5, 0.5, 0.5, 0.5, 0.5])
    sides = ["a", "b", "a", "a", "b", "b"]  # the 4th sits in b's piece; the 5th on a boundary; the 6th outside
    assert misplaced(pieces, owners, x, y, sides).tolist() == [False, False, False, True, False, False]
