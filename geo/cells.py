"""The ground each control mark holds: Voronoi cells cut by rivers and by reach.

A mark (a settlement with a controller) holds the ground nearer to it than to any
other mark, with two limits that keep the zones to the evidence:

* **Rivers.** Barrier rivers (``barrier`` lines of ``geo/resources/rivers/rivers.geojson``:
  the Euphrates and the Orontes) cut the country into *banks*; a mark's cell is the
  Voronoi cell among the marks of its own bank, so a village never takes ground on
  the far bank, and a bank with no mark at all is unknown.
* **Reach.** Ground farther than ``reach_km`` from every mark of its bank is
  *unknown* (drawn hatched), not the nearest mark's colour carried across 30 km.

The cells, the unknown pieces and the banks form one exact coverage of the outline
(cleaned with ``shapely.coverage_clean``, so shared edges have identical vertices and
can be dissolved with ``coverage_union_all`` and smoothed with ``coverage_simplify``).
Everything is vectorised over the marks; the only Python loop is over the banks (a
handful).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import shape

from .geometry import EARTH_KM_PER_DEG_LAT
from .settings import DEFAULTS

GRID = 1e-7  # precision grid (degrees) shared by every piece of the coverage
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
    """

    cells: np.ndarray
    unknown: object
    bank: np.ndarray
    banks: np.ndarray


@lru_cache(maxsize=4)
def _river_file(path: str) -> tuple[tuple, ...]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return tuple(
        (f["properties"].get("name", ""), bool(f["properties"].get("barrier")), shape(f["geometry"]))
        for f in data["features"]
    )


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
    rows = _river_file(str(path))
    return np.array([g for _, barrier, g in rows if barrier or not barriers_only], dtype=object)


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


def reach_circles(x: np.ndarray, y: np.ndarray, radius_km: float) -> np.ndarray:
    """A circle of ``radius_km`` around every (lon, lat), as WGS84 polygons (one vectorised call)."""
    angles = np.linspace(0, 2 * np.pi, _CIRCLE_VERTICES, endpoint=False)
    ky = radius_km / EARTH_KM_PER_DEG_LAT
    kx = radius_km / (111.320 * np.maximum(np.cos(np.radians(y)), 0.01))
    ring = np.empty((len(x), _CIRCLE_VERTICES + 1, 2))
    ring[:, :-1, 0] = x[:, None] + kx[:, None] * np.cos(angles)[None, :]
    ring[:, :-1, 1] = y[:, None] + ky * np.sin(angles)[None, :]
    ring[:, -1] = ring[:, 0]
    return shapely.polygons(ring)


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


def ground_of(points: np.ndarray, outline, *, barriers=(), reach_km: float | None = DEFAULTS.zone_reach_km) -> Ground:
    """The ground each mark holds, and the unknown rest (see the module docstring).

    Parameters
    ----------
    points : ndarray of Point
        The marks (lon, lat).
    outline : Polygon or MultiPolygon
        The country.
    barriers : array of LineString
        Rivers whose banks are kept apart (:func:`river_lines`).
    reach_km : float or None
        Ground farther than this from every mark of its bank is unknown; ``None``: no limit.
    """
    pts = np.asarray(points)
    faces = banks(outline, barriers)
    n = len(pts)
    bank = np.full(n, -1, dtype=np.int64)
    if n:
        x, y = shapely.get_x(pts), shapely.get_y(pts)
        for b, face in enumerate(faces):  # a handful of banks, each tested against every mark at once
            shapely.prepare(face)
            bank[(bank < 0) & shapely.intersects_xy(face, x, y)] = b
        off = np.flatnonzero(bank < 0)
        if off.size:  # a mark just off a simplified coast or border: its nearest bank
            bank[off] = shapely.STRtree(faces).query_nearest(pts[off], all_matches=False)[1]
    cells = np.full(n, shapely.Polygon(), dtype=object)
    unknown = [faces[b] for b in range(len(faces)) if not np.any(bank == b)]
    circles = reach_circles(shapely.get_x(pts), shapely.get_y(pts), float(reach_km)) if reach_km and n else None
    for b in np.unique(bank[bank >= 0]):
        idx = np.flatnonzero(bank == b)
        region = faces[b]
        if circles is not None:
            # a point of a cell within reach of any mark of the bank is within reach of the
            # cell's own mark (it is the nearest), so one clip by the union of the bank's
            # circles does for all cells, and the cells and the unknown share its edge
            region = _polygonal(shapely.intersection(region, shapely.union_all(circles[idx]), grid_size=GRID))
        cells[idx] = voronoi_cells(pts[idx], region)
        if circles is not None:  # the rest of the bank, cut along the cells' own vertices
            held = shapely.coverage_union_all(cells[idx])
            unknown.append(_polygonal(shapely.difference(faces[b], held, grid_size=GRID)))
    # one clean coverage: the cells on either bank of a river meet it at different points,
    # and snap-rounding can leave the unknown a grid step off a cell's vertex
    pieces = np.array([*cells, *unknown], dtype=object)
    fix = np.flatnonzero(~shapely.is_empty(pieces))
    cleaned = pieces.copy()
    if len(fix) > 1:
        cleaned[fix] = shapely.coverage_clean(pieces[fix], snapping_distance=0.0)
    cells = cleaned[:n]
    rest = [g for g in cleaned[n:] if g is not None and not g.is_empty]
    unknown_geom = shapely.coverage_union_all(np.array(rest, dtype=object)) if rest else shapely.Polygon()
    return Ground(cells, unknown_geom, bank, faces)
