"""Coordinate-order and metric helpers: the one place (lat, lon) meets (lon, lat).

geopy and folium speak (lat, lon); shapely, GeoJSON and GeoPandas speak (lon, lat).
Every conversion in the package goes through :func:`lonlat_points` /
:func:`latlon`, and every area or distance goes through :func:`to_metric` with the
metric CRS from settings.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from shapely.geometry import shape

from .settings import DEFAULTS
from .theatre import Theatre, in_box

EARTH_KM_PER_DEG_LAT = 110.574


def lonlat_points(lats, lons) -> Any:
    """Shapely points from latitude and longitude sequences (note the argument order)."""
    return shapely.points(np.asarray(lons, dtype=float), np.asarray(lats, dtype=float))


def segment(lat1: float, lon1: float, lat2: float, lon2: float):
    """The straight line between two points given as latitude and longitude (a shapely LineString)."""
    return shapely.linestrings([[lon1, lat1], [lon2, lat2]])


def latlon(geom) -> tuple[float, float]:
    """``(lat, lon)`` of a point geometry, for geopy and folium."""
    return float(geom.y), float(geom.x)


@lru_cache(maxsize=8)
def _transformer(crs: str, inverse: bool):
    from pyproj import Transformer  # imported on first use: geoparsing never needs it

    a, b = ("EPSG:4326", crs) if not inverse else (crs, "EPSG:4326")
    return Transformer.from_crs(a, b, always_xy=True)


def to_metric(geoms, crs: str = DEFAULTS.metric_crs):
    """Project WGS84 geometries (array or scalar) to the metric CRS."""
    t = _transformer(crs, False)
    return shapely.transform(geoms, lambda xy: np.column_stack(t.transform(xy[:, 0], xy[:, 1])))


def from_metric(geoms, crs: str = DEFAULTS.metric_crs):
    """Inverse of :func:`to_metric`."""
    t = _transformer(crs, True)
    return shapely.transform(geoms, lambda xy: np.column_stack(t.transform(xy[:, 0], xy[:, 1])))


def area_km2(geoms, crs: str = DEFAULTS.metric_crs) -> np.ndarray:
    """Areas in km² of WGS84 polygons (vectorised)."""
    return shapely.area(to_metric(geoms, crs)) / 1e6


def distance_km(lat1, lon1, lat2, lon2) -> np.ndarray:
    """Great-circle distance in km (haversine), vectorised over numpy arrays."""
    lat1, lon1, lat2, lon2 = (np.radians(np.asarray(v, dtype=float)) for v in (lat1, lon1, lat2, lon2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 6371.0088 * 2 * np.arcsin(np.sqrt(np.clip(a, 0, 1)))


class PointIndex:
    """Points (lat, lon) with a spatial index, for "the nearest point within r km" many times over.

    The answers are those of :func:`distance_km` over every point (ties go to the lower
    index, as :func:`numpy.argmin` gives), but each query measures only the points in a
    box around its disc, and a batch of queries is one vectorised call: a year of events
    against 10,000 settlements costs milliseconds, not a haversine over the whole table
    per event.

    >>> idx = PointIndex([35.93, 35.65], [36.63, 36.68])   # Idlib, Maarat al-Numan
    >>> k, km = idx.nearest(35.64, 36.67, 5.0)
    >>> k, round(km, 2)
    (1, 1.43)
    >>> idx.nearest(35.80, 36.65, 5.0)                      # 14 km from either
    (-1, inf)
    """

    __slots__ = ("_tree", "lat", "lon")

    def __init__(self, lats, lons) -> None:
        self.lat = np.asarray(lats, dtype=float)
        self.lon = np.asarray(lons, dtype=float)
        self._tree = shapely.STRtree(lonlat_points(self.lat, self.lon))

    def pairs_within(self, lats, lons, radius_km: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(query, point, km) of every point within ``radius_km`` of each query, by query then point."""
        lats, lons = np.atleast_1d(np.asarray(lats, dtype=float)), np.atleast_1d(np.asarray(lons, dtype=float))
        # each box holds its disc: a degree of latitude is at least 110.5 km, one of
        # longitude at least that times the cosine of the box's highest |latitude|
        dlat = 1.01 * radius_km / 110.5 + 1e-9
        top = np.minimum(np.abs(lats) + dlat, 89.9)
        dlon = dlat / np.maximum(np.cos(np.radians(top)), 1e-6)
        q, j = self._tree.query(shapely.box(lons - dlon, lats - dlat, lons + dlon, lats + dlat))
        order = np.lexsort((j, q))
        q, j = q[order], j[order]
        km = distance_km(self.lat[j], self.lon[j], lats[q], lons[q])
        keep = km <= radius_km
        return q[keep], j[keep], km[keep]

    def within(self, lat: float, lon: float, radius_km: float) -> tuple[np.ndarray, np.ndarray]:
        """Indices (ascending) of the points within ``radius_km`` of (lat, lon), and their distances."""
        _, j, km = self.pairs_within(lat, lon, radius_km)
        return j, km

    def nearest_many(self, lats, lons, radius_km: float) -> tuple[np.ndarray, np.ndarray]:
        """For each (lat, lon): the index of the nearest point within ``radius_km`` (-1: none) and its km."""
        n = len(np.atleast_1d(lats))
        best, best_km = np.full(n, -1, dtype=np.int64), np.full(n, np.inf)
        q, j, km = self.pairs_within(lats, lons, radius_km)
        if len(q):
            order = np.lexsort((j, km, q))  # per query: nearest first, then the lower index
            first = order[np.r_[True, np.diff(q[order]) != 0]]
            best[q[first]], best_km[q[first]] = j[first], km[first]
        return best, best_km

    def nearest(self, lat: float, lon: float, radius_km: float) -> tuple[int, float]:
        """``(index, km)`` of the nearest point within ``radius_km``, or ``(-1, inf)``."""
        k, km = self.nearest_many(lat, lon, radius_km)
        return int(k[0]), float(km[0])


def approx_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance in km between two points (scalars): the resolver's fast path.

    Within a few hundred km it agrees with :func:`distance_km` to well under 1%.

    >>> round(approx_km(35.93, 36.63, 35.65, 36.68), 1)  # Idlib to Maarat al-Numan
    31.5
    """
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6371.0 * math.hypot(x, math.radians(lat2 - lat1))


def _km_to_deg(lat: float) -> tuple[float, float]:
    """Degrees of (lon, lat) per km at latitude ``lat``."""
    return 1 / (111.320 * max(np.cos(np.radians(lat)), 0.01)), 1 / EARTH_KM_PER_DEG_LAT


@lru_cache(maxsize=64)
def _unit_circle(radius_km: float, quad_segs: int) -> np.ndarray:
    """Ring coordinates of a circle of ``radius_km`` around (0, 0) (shared by all circles of that size)."""
    coords = shapely.get_coordinates(shapely.Point(0, 0).buffer(radius_km, quad_segs=quad_segs))
    coords.setflags(write=False)
    return coords


@lru_cache(maxsize=256)
def _unit_arc(bearing_deg: float, half_angle_deg: float, steps: int) -> tuple[np.ndarray, np.ndarray]:
    """sin and cos of the ``steps`` angles of a wedge's arc (shared by all wedges that way)."""
    angles = np.radians(np.linspace(bearing_deg - half_angle_deg, bearing_deg + half_angle_deg, steps))
    return np.sin(angles), np.cos(angles)


def circle(lat: float, lon: float, radius_km: float, *, quad_segs: int = 8):
    """A circle of ``radius_km`` around a point, as a WGS84 polygon."""
    kx, ky = _km_to_deg(lat)
    unit = _unit_circle(float(radius_km), quad_segs)
    return shapely.polygons(np.column_stack([kx * unit[:, 0] + lon, ky * unit[:, 1] + lat]))


def wedge(
    lat: float,
    lon: float,
    bearing_deg: float,
    radius_km: float,
    *,
    half_angle_deg: float = 45.0,
    inner_km: float = 0.0,
    steps: int = 12,
):
    """A circular sector (pie slice) pointing along ``bearing_deg`` (0 = north, 90 = east)."""
    kx, ky = _km_to_deg(lat)
    sin, cos = _unit_arc(float(bearing_deg), float(half_angle_deg), steps)
    if inner_km > 0:  # inner arc backwards, outer arc forwards, closed
        ring = np.empty((2 * steps + 1, 2))
        ring[steps - 1 :: -1, 0] = sin * inner_km * kx + lon
        ring[steps - 1 :: -1, 1] = cos * inner_km * ky + lat
        ring[steps:-1, 0] = sin * radius_km * kx + lon
        ring[steps:-1, 1] = cos * radius_km * ky + lat
        ring[-1] = ring[0]
    else:  # apex, outer arc, apex
        ring = np.empty((steps + 2, 2))
        ring[0] = ring[-1] = (lon, lat)
        ring[1:-1, 0] = sin * radius_km * kx + lon
        ring[1:-1, 1] = cos * radius_km * ky + lat
    return shapely.polygons(ring)  # (the C constructor: same polygon, without the Python one's checks)


def sector_of(
    polygon,
    bearing_deg: float,
    *,
    origin: tuple[float, float] | None = None,
    half_angle_deg: float = 50.0,
    max_km: float = 250.0,
    core_km: float = 5.0,
):
    """The part of ``polygon`` lying towards ``bearing_deg`` from ``origin`` (lat, lon).

    Used for "southeast Idlib", "the northern Hama countryside": the governorate
    intersected with a 100° wedge from its capital (where "north of Hama" is reckoned
    from — not the centre of a governorate that is half desert), at most ``max_km``
    out (by default the whole governorate: "the eastern countryside of Homs" reaches
    Palmyra, 150 km out), minus the city itself (``core_km``).
    """
    if origin is None:
        c = polygon.representative_point()
        origin = (c.y, c.x)
    lat, lon = origin
    w = wedge(lat, lon, bearing_deg, max_km, half_angle_deg=half_angle_deg, inner_km=core_km, steps=16)
    part = polygon.intersection(w)
    return part if not part.is_empty else polygon


def sectors_of(
    polygons,
    bearings,
    origins,
    *,
    half_angle_deg: float = 50.0,
    max_km: float = 250.0,
    core_km: float = 5.0,
) -> np.ndarray:
    """:func:`sector_of` for many polygons at once, in one vectorised intersection.

    Parameters
    ----------
    polygons : sequence of Polygon
        WGS84 polygons (governorate outlines).
    bearings : sequence of float
        Compass bearing of each sector (0 = north, 90 = east).
    origins : sequence of (lat, lon)
        Where each sector is reckoned from (the governorate's capital).
    half_angle_deg, max_km, core_km : float
        As for :func:`sector_of`.

    Returns
    -------
    numpy.ndarray of geometries
        Element ``i`` is the part of ``polygons[i]`` towards ``bearings[i]``, or the polygon itself
        when that part is empty.
    """
    wedges = [
        wedge(lat, lon, b, max_km, half_angle_deg=half_angle_deg, inner_km=core_km, steps=16)
        for b, (lat, lon) in zip(bearings, origins)
    ]
    polys = np.asarray(polygons, dtype=object)
    parts = shapely.intersection(polys, np.asarray(wedges, dtype=object))
    return np.where(shapely.is_empty(parts), polys, parts)


def country_outline(iso: str, outlines: str | Path | None = None):
    """A country's outline polygon from a GeoJSON of outlines with an ``iso_a2`` property.

    ``outlines`` defaults to the theatre's file (the shipped Natural Earth 1:10m
    outlines of Syria and its neighbours); raises ``LookupError`` for a country the
    file lacks.
    """
    return _outline(iso, Path(outlines) if outlines is not None else DEFAULTS.theatre.outlines)


@lru_cache(maxsize=8)
def _outline(iso: str, path: Path | None):
    data = json.loads(path.read_text(encoding="utf-8")) if path is not None else {"features": []}
    for f in data["features"]:
        if f["properties"].get("iso_a2") == iso:
            geom = shape(f["geometry"])
            shapely.prepare(geom)
            return geom
    raise LookupError(f"no outline for country {iso!r} in {path}")


_BORDER_CLIP_DEG = 0.5  # how much of a neighbour beyond the box of the country's outline border_strip keeps


def border_strip(own, neighbour, width_km: float, *, clip_deg: float | None = _BORDER_CLIP_DEG):
    """The part of country ``own`` within ``width_km`` of its border with ``neighbour`` (WGS84 polygons), or
    ``None`` when they do not meet.  Outlines drawn separately need not share every vertex, so the border is
    the stretch of ``own``'s boundary within about 1 km of ``neighbour``.  Distances are reckoned in a local
    equirectangular frame centred on the border (no projection library: geoparsing does not load one).  Only the
    neighbour's part near ``own`` is buffered (cut to ``own``'s box and a margin first): its far side cannot come
    within 0.01° of ``own``, and buffering a whole large country was most of the cost (``clip_deg=None``: the whole
    neighbour, the same strip)."""
    x0, y0, x1, y1 = own.bounds
    m = clip_deg
    near = neighbour if m is None else shapely.clip_by_rect(neighbour, x0 - m, y0 - m, x1 + m, y1 + m)
    line = shapely.intersection(shapely.boundary(own), shapely.buffer(near, 0.01))
    if line.is_empty:
        return None
    c = line.centroid
    origin = np.array([c.x, c.y])
    scale = np.array([111.320 * math.cos(math.radians(c.y)), EARTH_KM_PER_DEG_LAT])
    local = shapely.transform(line, lambda xy: (xy - origin) * scale)
    reach = shapely.transform(shapely.buffer(local, width_km), lambda xy: xy / scale + origin)
    strip = shapely.intersection(own, reach)
    return None if strip.is_empty else strip


def theatre_outline(theatre: Theatre):
    """The polygon a theatre's zones and river areas are clipped to: the outline of the country
    its reports are about, or its area of interest for the world."""
    if theatre.country:
        return country_outline(theatre.country, theatre.outlines)
    return shapely.box(*theatre.aoi)


def position_problem(lat: float, lon: float, country: str, aoi) -> str | None:
    """Why a (lat, lon) cannot be right, or ``None``: swapped, off the globe, outside ``country``.

    In northwest Syria latitude (35–36°) and longitude (36–37°) overlap, so a box test
    cannot see a swap; the country outline can (a swapped Idlib lands in the sea).
    ``aoi`` is ``(min_lon, min_lat, max_lon, max_lat)``, used when no outline is shipped.
    """
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return f"lat={lat}, lon={lon} is outside the globe (lat within ±90, lon within ±180)"
    try:
        outline = country_outline(country) if country else None
    except LookupError:
        outline = None
    if outline is not None:
        if shapely.intersects_xy(outline, lon, lat) or shapely.distance(outline, shapely.Point(lon, lat)) < 0.05:
            return None
        if -90 <= lon <= 90 and shapely.intersects_xy(outline, lat, lon):
            return (
                f"lat={lat}, lon={lon} looks swapped: ({lon}, {lat}) is inside {country} but the given "
                "point is not; put latitude in 'lat'"
            )
        return f"lat={lat}, lon={lon} is outside {country}; check the coordinates or the country column"
    if not in_box(lat, lon, aoi) and in_box(lon, lat, aoi):
        return f"lat={lat}, lon={lon} looks swapped: ({lon}, {lat}) would be inside the area of interest"
    return None
