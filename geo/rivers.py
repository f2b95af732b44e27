"""Rivers: the theatre's named river lines and the ground beside them.

The theatre's river file (``rivers`` in ``theatre.toml``: GeoJSON lines with ``name`` and
``barrier`` properties) serves two stages.  The zone engine keeps the banks of the ``barrier``
rivers apart (:mod:`geo.cells`); the geoparser reads phrases anchored on a river — "east of
the Euphrates", "the southern banks of the Euphrates", "villages on the Euphrates banks" — as
the ground beside it (:func:`side_of`, :func:`banks_of`).

A river is a line, not a place: it never places a point, and the ground "east of" it is not
a wedge from some point of it but the band along its whole course on the side that lies
east.  Which side that is is read from the geometry, never from a list: both one-sided
buffers of the line are built, and the side whose centroid lies further in the bearing's
direction is taken.  Where the bearing runs along the river rather than across it (the
sides' centroids differ by less than :data:`_ACROSS` of their distance in that direction,
"south-east of the Euphrates", which flows south-east), there is no such side and
:func:`side_of` says so with ``None``.

The buffers are built in a local equirectangular frame in km centred on the line (the scale
error over the 2.5° of latitude the Euphrates spans in Syria is under 2 %), then clipped to
the theatre's outline.  Each river's two sides are computed once per reach and outline.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import LineString, MultiLineString, Point, shape
from shapely.geometry.base import BaseGeometry

from .exc import UsageError
from .geometry import EARTH_KM_PER_DEG_LAT

__all__ = ["River", "banks_of", "middle_point", "read_rivers", "side_of"]

#: a bearing must point across the river at least this much (cosine of the angle between
#: the bearing and the direction from one side's centroid to the other's; 0.26 = 75°)
_ACROSS = math.cos(math.radians(75.0))
_SLIVER_DEG2 = 1e-6  # about 0.01 km²: a piece of a side smaller than this is an artefact of a cut
_QUAD_SEGS = 4  # round ends and joins of the buffers: a quarter circle in four segments
#: how far past the theatre's outline a river area may reach: the 1:10m outline puts border towns on
#: the Turkish line (Kobani, Tell Abyad) about 0.5 km outside it; Al Qa'im, the first Iraqi town
#: downstream, lies 2.45 km out
_BORDER_SLACK_KM = 1.5


@dataclass(frozen=True, slots=True)
class River:
    """One river of the theatre's river file.

    Attributes
    ----------
    name : str
        As the file names it ("Euphrates"); ``""`` for an unnamed line.
    barrier : bool
        Whether the zone engine keeps its banks apart.
    line : LineString or MultiLineString
        Its course, EPSG:4326 (a MultiLineString is merged where its parts meet).
    """

    name: str
    barrier: bool
    line: LineString | MultiLineString


def read_rivers(path: str | Path) -> tuple[River, ...]:
    """The rivers of a GeoJSON river file (read once per path).

    Parameters
    ----------
    path : str or Path
        A FeatureCollection of LineString or MultiLineString features with ``name`` and
        ``barrier`` properties.

    Raises
    ------
    UsageError
        The file cannot be read or a feature is not a line; the message names the file,
        the feature and what was expected.
    """
    return _read(str(path))


@lru_cache(maxsize=4)
def _read(path: str) -> tuple[River, ...]:
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
        features = doc["features"]
    except OSError as err:
        raise UsageError(f"{path}: cannot read the river file ({err.strerror})") from None
    except (ValueError, KeyError, TypeError) as err:
        raise UsageError(f"{path}: not a GeoJSON FeatureCollection of river lines ({err})") from None
    out = []
    for n, f in enumerate(features, start=1):
        geom = shape(f["geometry"]) if isinstance(f, dict) and f.get("geometry") else None
        if isinstance(geom, MultiLineString):
            geom = shapely.line_merge(geom)  # one LineString where the parts meet end to end
        if not isinstance(geom, LineString | MultiLineString) or geom.is_empty:
            kind = geom.geom_type if geom is not None else "no geometry"
            raise UsageError(f"{path}: feature {n} has {kind}; a river is a LineString or MultiLineString (lon, lat)")
        props = f.get("properties") or {}
        out.append(River(str(props.get("name") or "").strip(), bool(props.get("barrier")), geom))
    return tuple(out)


def side_of(
    line: BaseGeometry, bearing: float, reach_km: float, *, outline: BaseGeometry | None = None
) -> BaseGeometry | None:
    """The ground within ``reach_km`` of a river on the side that lies towards ``bearing``.

    Parameters
    ----------
    line : LineString
        The river, EPSG:4326.
    bearing : float
        Compass bearing of the phrase ("east of the Euphrates": 90).
    reach_km : float
        How far from the river the side extends.
    outline : Polygon, optional
        The theatre's outline the side is clipped to.

    Returns
    -------
    Polygon, MultiPolygon or None
        ``None`` when the bearing runs along the river rather than across it.

    Examples
    --------
    >>> from shapely import LineString, Point
    >>> north_flowing = LineString([(36.0, 34.0), (36.0, 35.0)])
    >>> side_of(north_flowing, 90.0, 20.0).contains(Point(36.1, 34.5))
    True
    >>> side_of(north_flowing, 0.0, 20.0) is None  # downstream is no side
    True
    """
    left, right, across = _sides(shapely.to_wkb(line), float(reach_km), _wkb(outline))
    u = np.array([math.sin(math.radians(bearing)), math.cos(math.radians(bearing))])
    toward = float(across @ u)
    if abs(toward) < _ACROSS:
        return None
    return left if toward > 0 else right


def banks_of(line: BaseGeometry, reach_km: float, *, outline: BaseGeometry | None = None) -> BaseGeometry:
    """Both banks of a river: the ground within ``reach_km`` of it, clipped to ``outline``."""
    return _banks(shapely.to_wkb(line), float(reach_km), _wkb(outline))


def middle_point(area: BaseGeometry, line: BaseGeometry, reach_km: float) -> Point:
    """Where the marker of a river area stands: in the part of ``area`` within ``reach_km`` of
    the middle of the river's course (a band along the whole river has no centre of its own),
    else anywhere in ``area``."""
    forward, back = _frame(line)
    local = forward(line)
    disc = back(shapely.buffer(shapely.line_interpolate_point(local, 0.5, normalized=True), reach_km))
    near = shapely.intersection(area, disc)
    return (near if not near.is_empty else area).representative_point()


def _wkb(geom: BaseGeometry | None) -> bytes | None:
    return None if geom is None else shapely.to_wkb(geom)


def _frame(line: BaseGeometry):
    """Functions to and from a local equirectangular frame in km centred on ``line``."""
    c = line.centroid
    lon0, lat0 = c.x, c.y
    kx = 111.320 * math.cos(math.radians(lat0))
    ky = EARTH_KM_PER_DEG_LAT

    def forward(g):
        return shapely.transform(g, lambda xy: (xy - (lon0, lat0)) * (kx, ky))

    def back(g):
        return shapely.transform(g, lambda xy: xy / (kx, ky) + (lon0, lat0))

    return forward, back


def _clip(geoms: np.ndarray, outline_wkb: bytes | None, frame) -> np.ndarray:
    """``geoms`` cut to the outline widened by :data:`_BORDER_SLACK_KM` (in the river's local km
    ``frame``: ``(forward, back)``), without the slivers of no area a cut along a shared edge leaves
    (pieces under :data:`_SLIVER_DEG2`)."""
    if outline_wkb is not None:
        forward, back = frame
        edge = back(shapely.buffer(forward(shapely.from_wkb(outline_wkb)), _BORDER_SLACK_KM, quad_segs=_QUAD_SEGS))
        geoms = shapely.intersection(geoms, edge)
    parts, owner = shapely.get_parts(geoms, return_index=True)
    keep = shapely.area(parts) > _SLIVER_DEG2
    return np.array([shapely.union_all(parts[keep & (owner == i)]) for i in range(len(geoms))], dtype=object)


@lru_cache(maxsize=32)
def _sides(line_wkb: bytes, reach_km: float, outline_wkb: bytes | None) -> tuple:
    """(left side, right side, unit vector from the right side's centroid to the left's) of a
    river, in one vectorised buffer; ground both one-sided buffers claim (where the river bends
    back within the reach) belongs to neither."""
    line = shapely.from_wkb(line_wkb)
    forward, back = _frame(line)
    local = forward(line)
    left, right = shapely.buffer(
        np.array([local, local], dtype=object), [reach_km, -reach_km], single_sided=True, quad_segs=_QUAD_SEGS
    )
    both = shapely.intersection(left, right)
    sides = shapely.difference(np.array([left, right], dtype=object), both)
    clipped = _clip(back(sides), outline_wkb, (forward, back))
    # the direction across the river, from the parts the theatre holds when it holds both
    probe = sides if shapely.is_empty(clipped).any() else forward(clipped)
    xy = shapely.get_coordinates(shapely.centroid(probe))
    across = xy[0] - xy[1]
    norm = float(np.hypot(*across))
    across = across / norm if norm > 0 else np.zeros(2)
    return clipped[0], clipped[1], across


@lru_cache(maxsize=32)
def _banks(line_wkb: bytes, reach_km: float, outline_wkb: bytes | None) -> BaseGeometry:
    line = shapely.from_wkb(line_wkb)
    forward, back = _frame(line)
    band = back(shapely.buffer(forward(line), reach_km, quad_segs=_QUAD_SEGS))
    return _clip(np.array([band], dtype=object), outline_wkb, (forward, back))[0]
