"""A coverage's shared edges and the marks it puts on the wrong side, in a few numpy passes.

A *coverage* is an array of polygons that meet edge to edge with identical vertices
(the cells of :mod:`geo.cells`, the zones of a date after ``coverage_clean`` and
``coverage_simplify``).  Two questions the zone engine asks of one on every date are
answered here without an overlay:

* :func:`shared_edges` — the line two pieces share (a front line): every segment
  appears once in each of the two rings it separates, so matching segments by their
  end points finds every shared stretch; a run of consecutive shared segments is one
  line, and ``line_merge`` joins the runs a ring's start point split.  This is what
  ``intersection(boundary(a), boundary(b))`` returns on an edge-matched coverage, at a
  small fraction of the cost (the overlay nodes every pair of boundaries).
* :func:`misplaced` — which marks lie inside a piece owned by another side (a smoothing
  that moved a boundary across a village), testing each mark against its own side's
  pieces first and only the few left over against the rest.
"""

from __future__ import annotations

import numpy as np
import shapely

__all__ = ["misplaced", "shared_edges"]


def _segments(pieces: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Every ring segment of the pieces: (coordinates, start index into them, ring, piece)."""
    parts, part_of = shapely.get_parts(pieces, return_index=True)
    rings, ring_part = shapely.get_rings(parts, return_index=True)
    xy, ring_of = shapely.get_coordinates(rings, return_index=True)
    start = np.flatnonzero(ring_of[1:] == ring_of[:-1])  # segment s runs from xy[s] to xy[s + 1]
    ring = ring_of[start]
    return xy, start, ring, part_of[ring_part[ring]]


def shared_edges(pieces) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The boundary each pair of pieces of an edge-matched coverage shares, as lines.

    Parameters
    ----------
    pieces : array of Polygon or MultiPolygon
        An edge-matched coverage (shared edges have identical vertices), e.g. the
        output of ``shapely.coverage_clean`` or ``shapely.coverage_simplify``.

    Returns
    -------
    i, j : ndarray of int
        Indices into ``pieces`` of every pair (``i < j``, in lexicographic order) that
        shares at least one segment; pieces touching at a point share no line.
    lines : ndarray of LineString or MultiLineString
        The shared boundary of each pair, merged with ``shapely.line_merge``.

    Examples
    --------
    >>> a, b, c = shapely.box(0, 0, 1, 1), shapely.box(1, 0, 2, 1), shapely.box(2, 1, 3, 2)
    >>> i, j, lines = shared_edges(shapely.coverage_clean([a, b, c]))
    >>> i.tolist(), j.tolist(), shapely.length(lines).tolist()
    ([0], [1], [1.0])
    """
    pieces = np.asarray(pieces, dtype=object)
    empty = (np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64), np.empty(0, dtype=object))
    if len(pieces) < 2:
        return empty
    xy, start, ring, piece = _segments(pieces)
    a, b = xy[start], xy[start + 1]
    swap = (a[:, 0] > b[:, 0]) | ((a[:, 0] == b[:, 0]) & (a[:, 1] > b[:, 1]))
    key = np.column_stack([np.where(swap[:, None], b, a), np.where(swap[:, None], a, b)]) + 0.0  # -0.0 -> 0.0
    order = np.lexsort(key.T[::-1])
    twin = np.flatnonzero(np.all(key[order[1:]] == key[order[:-1]], axis=1))
    s, t = order[twin], order[twin + 1]  # the same segment, seen from two rings
    other = piece[s] != piece[t]
    s, t = s[other], t[other]
    partner = np.full(len(start), -1, dtype=np.int64)
    partner[s], partner[t] = piece[t], piece[s]
    # each shared segment once, from the lower piece's rings, in ring order
    mine = np.flatnonzero((partner >= 0) & (piece < partner))
    if not len(mine):
        return empty
    # runs of consecutive segments of one ring with one partner become one line each
    cut = np.r_[True, (np.diff(mine) != 1) | (np.diff(ring[mine]) != 0) | (np.diff(partner[mine]) != 0)]
    run = np.cumsum(cut) - 1
    heads = mine[cut]
    # a run of n segments has n + 1 points: every segment's start, and the last one's end
    last = np.r_[np.flatnonzero(cut)[1:] - 1, len(mine) - 1]
    pts = np.concatenate([xy[start[mine]], xy[start[mine[last]] + 1]])
    pts_run = np.concatenate([run, np.arange(len(heads))])
    pos = np.concatenate([np.arange(len(mine)), last + 0.5])  # an end point sorts after its run's starts
    o = np.lexsort((pos, pts_run))
    runs = np.asarray(shapely.linestrings(pts[o], indices=pts_run[o]), dtype=object)
    i, j = piece[heads], partner[heads]
    pair: np.ndarray
    pair, pair_of_run = np.unique(np.column_stack([i, j]), axis=0, return_inverse=True)
    pair_of_run = pair_of_run.ravel()
    o = np.argsort(pair_of_run, kind="stable")
    lines = shapely.line_merge(shapely.multilinestrings(runs[o], indices=pair_of_run[o]))
    return pair[:, 0], pair[:, 1], np.asarray(lines, dtype=object)


def misplaced(pieces, owners, x, y, sides) -> np.ndarray:
    """Which points lie inside a piece owned by another side.

    Parameters
    ----------
    pieces : array of Polygon or MultiPolygon
        A coverage (pieces do not overlap).
    owners : array
        The side that owns each piece (several pieces may share one).
    x, y : ndarray of float
        The points (lon, lat).
    sides : array
        The side of each point.

    Returns
    -------
    ndarray of bool
        ``True`` where a point is inside (not on the boundary of) a piece whose owner
        is not its side.  A point on a boundary, or outside every piece, is not
        misplaced.
    """
    pieces, owners, sides = (np.asarray(v, dtype=object) for v in (pieces, owners, sides))
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    shapely.prepare(pieces)
    home = np.zeros(len(x), dtype=bool)
    for g, o in zip(pieces, owners):  # a handful of pieces; each tested against its own side's points only
        todo = np.flatnonzero((sides == o) & ~home)
        home[todo] = shapely.contains_xy(g, x[todo], y[todo])
    wrong = np.zeros(len(x), dtype=bool)
    rest = np.flatnonzero(~home)  # a few: on a boundary, or moved across one
    for g, o in zip(pieces, owners):
        todo = rest[(sides[rest] != o) & ~wrong[rest]]
        wrong[todo] = shapely.contains_xy(g, x[todo], y[todo])
    return wrong
