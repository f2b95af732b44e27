"""The ground each control mark holds: Voronoi cells cut by rivers and by reach.

A mark (a settlement with a controller) holds the ground nearer to it than to any
other mark, with two limits that keep the zones to the evidence:

* **Rivers.** Barrier rivers (``barrier`` lines of ``geo/resources/rivers/rivers.geojson``:
  the Euphrates and the Orontes) cut the country into *banks*; a mark's cell is the
  Voronoi cell among the marks of its own bank, so a village never takes ground on
  the far bank, and a bank with no mark at all is unknown.
* **Reach.** A mark speaks for its cell only as far as the table's spacing around it
  (:func:`local_reach`: its third-nearest mark on the bank, 10 to 30 km by default);
  the rest of the cell is *unknown* (drawn hatched), not the mark's colour carried
  across a gap.  A densely marked front keeps its unmarked gaps unknown; a quiet region
  marked coarsely is filled.

The cells, the unknown pieces and the banks form one exact coverage of the outline
(cleaned with ``shapely.coverage_clean``, snapping vertices within :data:`SNAP`, so
shared edges have identical vertices and can be dissolved with ``coverage_union_all``
and smoothed with ``coverage_simplify``).  Everything is vectorised over the marks; the
only Python loop is over the banks (a handful).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from .geometry import EARTH_KM_PER_DEG_LAT, PointIndex
from .rivers import read_rivers
from .settings import DEFAULTS

GRID = 1e-7  # precision grid (degrees) shared by every piece of the coverage
SNAP = 5 * GRID  # vertices this close are one (snap-rounding moves each by up to half a grid step)
_CIRCLE_VERTICES = 48


@dataclass(frozen=True, slots=True)
class Ground:
    """What the marks hold, as one coverage of the outline.

    Attributes
    ----------
    cells : ndarray of Polygon
        The ground each mark holds (same order as the marks; empty for a duplicate
        position or a mark outside the outline).
    unknown : Polygon or MultiPolygon
        The rest of the outline: beyond reach of every mark of its bank.
    bank : ndarray of int
        The bank (index into ``banks``) of each mark; -1 if outside every bank.
    banks : ndarray of Polygon
        The outline cut by the barrier rivers.
    reach : ndarray of float
        How far each mark reaches, km (:func:`local_reach`; ``inf``: no limit).
    """

    cells: np.ndarray
    unknown: BaseGeometry
    bank: np.ndarray
    banks: np.ndarray
    reach: np.ndarray


def river_lines(path: Path | None = DEFAULTS.theatre.rivers, *, barriers_only: bool = True) -> np.ndarray:
    """River lines from a GeoJSON file (``name``, ``barrier`` properties), EPSG:4326.

    Parameters
    ----------
    path : Path or None
        ``None`` gives no rivers.
    barriers_only : bool
        Only the rivers flagged ``barrier`` (those whose banks are kept apart).
    """
    if path is None:
        return np.empty(0, dtype=object)
    return np.array([r.line for r in read_rivers(path) if r.barrier or not barriers_only], dtype=object)


def banks(outline, barriers=()) -> np.ndarray:
    """The outline cut by the barrier lines (lines that end inside it cut nothing)."""
    outline = shapely.set_precision(outline, GRID)
    lines = np.asarray(barriers, dtype=object)
    if not len(lines):
        return np.array(shapely.get_parts(outline), dtype=object)
    net = shapely.union_all([shapely.boundary(outline), *lines])
    faces = shapely.get_parts(shapely.polygonize(shapely.get_parts(net)))
    inside = shapely.contains_xy(outline, *shapely.get_coordinates(shapely.point_on_surface(faces)).T)
    return shapely.set_precision(faces[inside], GRID)


def reach_circles(x: np.ndarray, y: np.ndarray, radius_km) -> np.ndarray:
    """A circle of ``radius_km`` (one value, or one per point) around every (lon, lat), as WGS84
    polygons (one vectorised call)."""
    angles = np.linspace(0, 2 * np.pi, _CIRCLE_VERTICES, endpoint=False)
    r = np.broadcast_to(np.asarray(radius_km, dtype=float), np.shape(x))
    ky = r / EARTH_KM_PER_DEG_LAT
    kx = r / (111.320 * np.maximum(np.cos(np.radians(y)), 0.01))
    ring = np.empty((len(x), _CIRCLE_VERTICES + 1, 2))
    ring[:, :-1, 0] = x[:, None] + kx[:, None] * np.cos(angles)[None, :]
    ring[:, :-1, 1] = y[:, None] + ky[:, None] * np.sin(angles)[None, :]
    ring[:, -1] = ring[:, 0]
    return np.asarray(shapely.polygons(ring), dtype=object)


def bank_of(points: np.ndarray, faces: np.ndarray) -> np.ndarray:
    """The bank (index into ``faces``, from :func:`banks`) each point lies on.

    A point just off a simplified coast or border gets its nearest bank; -1 only when
    there are no banks.
    """
    pts = np.asarray(points)
    bank = np.full(len(pts), -1, dtype=np.int64)
    if not len(pts) or not len(faces):
        return bank
    x, y = shapely.get_x(pts), shapely.get_y(pts)
    for b, face in enumerate(faces):  # a handful of banks, each tested against every mark at once
        shapely.prepare(face)
        bank[(bank < 0) & shapely.intersects_xy(face, x, y)] = b
    off = np.flatnonzero(bank < 0)
    if off.size:
        bank[off] = shapely.STRtree(faces).query_nearest(pts[off], all_matches=False)[1]
    return bank


def local_reach(
    points: np.ndarray,
    bank: np.ndarray,
    *,
    min_km: float | None = DEFAULTS.zone_reach_km,
    max_km: float | None = DEFAULTS.zone_reach_max_km,
    neighbours: int = DEFAULTS.zone_reach_neighbours,
) -> np.ndarray:
    """How far each mark's evidence reaches (km): the table's spacing around it, within bounds.

    A mark reaches as far as its ``neighbours``-th nearest other mark on its bank, but
    never less than ``min_km`` nor more than ``max_km``: where the table marks a village
    every 3 km a mark speaks for the ground within ``min_km``, and a 30 km gap between
    two sides stays unknown; where it marks a town every 40 km (a quiet region drawn
    coarsely) a mark speaks for the ground up to its neighbours.

    Parameters
    ----------
    points : ndarray of Point
        The marks (lon, lat).
    bank : ndarray of int
        The bank of each mark (:func:`bank_of`); marks of other banks are not neighbours.
    min_km, max_km : float or None
        Bounds.  ``min_km=None``: no limit at all (``inf`` everywhere); ``max_km=None``
        or ``max_km <= min_km``: every mark reaches ``min_km``.
    neighbours : int
        Which neighbour's distance sets the reach (3: the third nearest).

    Returns
    -------
    ndarray of float
    """
    n = len(points)
    if min_km is None:
        return np.full(n, np.inf)
    if max_km is None or max_km <= min_km or neighbours < 1 or n < 2:
        return np.full(n, float(min_km))
    lat, lon = shapely.get_y(points), shapely.get_x(points)
    index = PointIndex(lat, lon)
    spacing = np.full(n, float(max_km))  # fewer than ``neighbours`` within max_km: the cap
    todo = np.arange(n)
    # marks with enough neighbours within min_km reach min_km (most, where the table is
    # dense); only the others are measured out to max_km
    for radius in (float(min_km), float(max_km)):
        q, j, km = index.pairs_within(lat[todo], lon[todo], radius)
        q = todo[q]
        keep = (q != j) & (bank[q] == bank[j])
        q, km = q[keep], km[keep]
        order = np.lexsort((km, q))  # per mark: its neighbours, nearest first
        q, km = q[order], km[order]
        count = np.bincount(q, minlength=n)
        first = np.searchsorted(q, np.arange(n))  # where each mark's neighbours start
        has = np.flatnonzero(count >= neighbours)
        spacing[has] = km[first[has] + neighbours - 1]
        todo = np.setdiff1d(todo, has)
        if not len(todo):
            break
    return np.clip(spacing, min_km, max_km)


def voronoi_cells(points: np.ndarray, outline) -> np.ndarray:
    """Voronoi cell of each point, clipped to ``outline`` (same order as ``points``).

    Points sharing coordinates get the first one's cell; the others get an empty
    polygon (so areas are not counted twice).  Vectorised: one Voronoi call, one
    clip of the cells that cross the outline.
    """
    pts = np.asarray(points)
    if len(pts) == 0:
        return np.empty(0, dtype=object)
    xy = np.round(shapely.get_coordinates(pts), 9)
    _, first, inverse = np.unique(xy, axis=0, return_index=True, return_inverse=True)
    inverse = inverse.ravel()
    uniq = pts[first]
    if len(uniq) == 1:
        cells_u = np.array([outline])
    else:
        env = shapely.box(*outline.bounds).buffer(1.0)
        cells_u = shapely.get_parts(shapely.voronoi_polygons(shapely.multipoints(uniq), extend_to=env, ordered=True))
        shapely.prepare(outline)
        inside = shapely.contains_properly(outline, cells_u)
        cells_u = cells_u.copy()
        cells_u[~inside] = shapely.intersection(cells_u[~inside], outline)
    cells_u = shapely.set_precision(cells_u, GRID)
    cells = cells_u[inverse]
    dup = np.ones(len(pts), dtype=bool)
    dup[first] = False
    cells[dup] = shapely.Polygon()
    return cells


def _polygonal(geom):
    """The polygons of an overlay result (snap-rounding can leave lines and points)."""
    parts = shapely.get_parts(geom)
    parts = parts[np.isin(shapely.get_type_id(parts), (3, 6))]
    return shapely.union_all(parts) if len(parts) > 1 else (parts[0] if len(parts) else shapely.Polygon())


def ground_of(
    points: np.ndarray,
    outline,
    *,
    barriers=(),
    reach_km: float | None = DEFAULTS.zone_reach_km,
    reach_max_km: float | None = DEFAULTS.zone_reach_max_km,
    reach_neighbours: int = DEFAULTS.zone_reach_neighbours,
) -> Ground:
    """The ground each mark holds, and the unknown rest (see the module docstring).

    Parameters
    ----------
    points : ndarray of Point
        The marks (lon, lat).
    outline : Polygon or MultiPolygon
        The country.
    barriers : array of LineString
        Rivers whose banks are kept apart (:func:`river_lines`).
    reach_km, reach_max_km, reach_neighbours
        How far each mark reaches (:func:`local_reach`): ground of a mark's cell
        farther than that from it is unknown.  ``reach_km=None``: no limit.
    """
    pts = np.asarray(points)
    faces = banks(outline, barriers)
    n = len(pts)
    bank = bank_of(pts, faces)
    reach = local_reach(pts, bank, min_km=reach_km, max_km=reach_max_km, neighbours=reach_neighbours)
    cells = np.full(n, shapely.Polygon(), dtype=object)
    for b in np.unique(bank[bank >= 0]):  # a handful of banks; one Voronoi call each
        idx = np.flatnonzero(bank == b)
        cells[idx] = voronoi_cells(pts[idx], faces[b])
    unknown = [faces[b] for b in range(len(faces)) if not np.any(bank == b)]
    if n and np.isfinite(reach).any():
        # a point of a cell is known if its own mark (the nearest) reaches it: each cell is
        # split by its own disc; the cells wholly inside theirs (most, where marks are dense)
        # are left as they are
        discs = reach_circles(shapely.get_x(pts), shapely.get_y(pts), np.where(np.isfinite(reach), reach, 0.0))
        split = np.flatnonzero(np.isfinite(reach) & ~shapely.is_empty(cells))
        split = split[~shapely.contains_properly(discs[split], cells[split])]
        beyond = shapely.difference(cells[split], discs[split], grid_size=GRID)
        cells[split] = [_polygonal(g) for g in shapely.intersection(cells[split], discs[split], grid_size=GRID)]
        unknown += [_polygonal(g) for g in beyond]
    # one clean coverage: cells on either bank of a river, and the pieces split off by the
    # discs, meet at vertices snap-rounded to the grid independently; snapping within a
    # few grid steps matches them and leaves no sliver of unknown between two cells
    pieces = np.array([*cells, *unknown], dtype=object)
    fix = np.flatnonzero(~shapely.is_empty(pieces))
    cleaned = pieces.copy()
    if len(fix) > 1:
        cleaned[fix] = shapely.coverage_clean(pieces[fix], snapping_distance=SNAP, gap_width=SNAP)  # type: ignore[attr-defined]  # shapely >= 2.1, not in the stubs
    cells = cleaned[:n]
    rest = [g for g in cleaned[n:] if g is not None and not g.is_empty]
    unknown_geom = shapely.coverage_union_all(np.array(rest, dtype=object)) if rest else shapely.Polygon()
    return Ground(cells, unknown_geom, bank, faces, reach)
