"""Control zones over time: loading, validation, derivation, events, diffs, areas.

Two kinds of input in ``data/zones/``:

* **Polygon layers** (GeoJSON, GeoPackage, Shapefile; KML/KMZ through
  :mod:`geo.kml`, where a placemark's colour gives the controller): each feature has a
  ``controller`` (``unknown`` allowed) and ``valid_from`` / ``valid_to`` (ISO dates), or the file name
  starts with a date (``2019-08-01_front.geojson``: valid from that date until the
  next dated file of the same name stem, or open-ended).  Any CRS is reprojected
  to EPSG:4326; invalid geometries are repaired with ``make_valid`` (a warning
  names the feature); features that cannot be used are rejected with file,
  feature and reason.
* **A settlement-control table** ``settlements.csv`` (``name, lat, lon,
  controller, as_of, source``): zones are the Voronoi cells of the settlements,
  clipped to the country outline (Natural Earth, shipped in ``geo/resources``) and
  dissolved by controller — so a list of who holds which town is enough.

The state on a date is the table's rows (latest ``as_of`` not after the date) with
the control-changing events of the reports applied in date order: a capture flips
the settlement at (or within 2.5 km of) the place, adding one if the table lacks it;
a surrender hands the surrendering side's settlements inside the named area (or
within 10 km of the named place) to the side it surrendered to.  Every flip keeps
the event, report and sentence that caused it.

**Overlap rule.** Explicit polygons valid on a date override derived cells; where
two explicit polygons of different controllers overlap, the one with the later
``valid_from`` wins (ties: the later file, then the later feature).  Overlaps are
reported with their area in km².
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .actors import UNKNOWN, Actors
from .events import Event
from .exc import Rejection, ZoneError
from .geometry import area_km2, country_outline, distance_km, lonlat_points, position_problem
from .settings import DEFAULTS
from .theatre import in_box

log = logging.getLogger(__name__)

ZONE_SUFFIXES = (".geojson", ".json", ".gpkg", ".kml", ".kmz", ".shp")
_DATE_IN_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})")
CAPTURE_RADIUS_KM = 2.5
SURRENDER_RADIUS_KM = 10.0
NEAREST_ZONE_M = 5000.0  # how far outside every zone a point may be and still get the nearest one
_GRID = 1e-7  # precision grid (degrees) that keeps Voronoi cells an exact coverage


@dataclass(frozen=True, slots=True)
class Change:
    """A settlement that changed hands, and the evidence."""

    date: dt.date
    settlement: str
    lat: float
    lon: float
    before: str
    after: str
    kind: str
    event_id: str
    report_id: str
    sentence: str
    surface: str = ""


def _blank(value) -> bool:
    """None, NaN, NaT or an empty string: "no value" in any of the ways readers spell it."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _parse_iso(value, *, path, item, column) -> dt.date:
    if not _blank(value) and isinstance(value, (dt.date, pd.Timestamp)):
        return value.date() if isinstance(value, (dt.datetime, pd.Timestamp)) else value
    text = "" if _blank(value) else str(value).strip()
    if not text:
        raise ZoneError(f"missing {column}; expected an ISO date such as 2019-08-01", path=path, item=item)
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise ZoneError(f"{column}={text!r} is not an ISO date (YYYY-MM-DD)", path=path, item=item) from None


_YES = ("yes", "true", "1", "y")
_NO = ("no", "false", "0", "n", "")


def _flag(value, *, path, item, column) -> bool:
    """A yes/no cell (blank is no)."""
    text = "" if _blank(value) else str(value).strip().lower()
    if text in _YES or text in _NO:
        return text in _YES
    raise ZoneError(f"{column}={value!r} is not yes/no (or true/false, 1/0, blank)", path=path, item=item)


def resolve_controller(value, actors: Actors, *, path, item) -> str:
    """Map a controller cell (id, label or actor alias) to a zone-controller id."""
    text = "" if _blank(value) else str(value).strip()
    if not text:
        raise ZoneError("missing controller", path=path, item=item)
    if text.lower() == UNKNOWN:  # an area or mark whose holder the source does not know
        return UNKNOWN
    if text in actors:
        cid = actors.controller_of(text) or text
        return cid
    low = text.lower()
    for a in actors:
        if low in (a.id.lower(), a.label.lower(), *(x.lower() for x in a.aliases)):
            if not a.zone_controller:
                raise ZoneError(
                    f"{text!r} ({a.id}) holds no ground; controllers are {', '.join(actors.controllers)}",
                    path=path,
                    item=item,
                )
            return a.zone_controller
    raise ZoneError(
        f"unknown controller {text!r}; expected one of {', '.join(actors.controllers)} "
        f"(ids in {actors.path or 'actors.csv'})",
        path=path,
        item=item,
    )


# -- polygon layers ----------------------------------------------------------------


def read_zone_file(
    path: Path, actors: Actors, *, aoi=DEFAULTS.aoi, strict: bool = False, clip_iso: str | None = DEFAULTS.aoi_country
) -> tuple[gpd.GeoDataFrame, list[Rejection], list[str]]:
    """Read and validate one polygon layer.

    Returns
    -------
    (GeoDataFrame, rejected, warnings)
        Valid features with ``controller, valid_from, valid_to, name, source, file,
        feature, geometry`` (EPSG:4326, clipped to the country outline).

    Raises
    ------
    ZoneError
        Unreadable file; with ``strict=True`` also the first bad feature.
    """
    path = Path(path)
    if path.suffix.lower() in (".kml", ".kmz"):
        from .kml import read_kml  # styled KML: colour -> controller

        return read_kml(path, actors, aoi=aoi, strict=strict, clip_iso=clip_iso)
    try:
        gdf = gpd.read_file(path)
    except Exception as err:
        raise ZoneError(f"cannot read as a vector layer: {err}", path=path) from err
    warnings: list[str] = []
    if gdf.crs is None:
        b = gdf.total_bounds if len(gdf) else np.zeros(4)
        if len(gdf) and (abs(b[[0, 2]]).max() > 180 or abs(b[[1, 3]]).max() > 90):
            raise ZoneError(
                "no CRS and coordinates are not degrees; declare the CRS (e.g. a .prj file or GeoJSON in EPSG:4326)",
                path=path,
            )
        gdf = gdf.set_crs("EPSG:4326")
        warnings.append(f"{path}: no CRS given; assumed EPSG:4326")
    elif not gdf.crs.equals("EPSG:4326"):
        warnings.append(f"{path}: reprojected from {gdf.crs.to_string()} to EPSG:4326")
        gdf = gdf.to_crs("EPSG:4326")
    out, rejected = zone_features(gdf, path, actors, aoi=aoi, strict=strict, clip_iso=clip_iso, warnings=warnings)
    return out, rejected, warnings


def zone_features(
    gdf: gpd.GeoDataFrame,
    path: Path,
    actors: Actors,
    *,
    aoi=DEFAULTS.aoi,
    strict: bool = False,
    clip_iso: str | None = DEFAULTS.aoi_country,
    warnings: list[str] | None = None,
) -> tuple[gpd.GeoDataFrame, list[Rejection]]:
    """Validate the features of one polygon layer already in EPSG:4326 (any reader's).

    Columns used (any case): ``controller``, ``valid_from``, ``valid_to``, ``name``,
    ``source``; without ``valid_from`` the date at the start of the file name.
    Repairs are appended to ``warnings``.

    Returns
    -------
    (GeoDataFrame, rejected)
        As :func:`read_zone_file`.
    """
    path = Path(path)
    warnings = [] if warnings is None else warnings
    rejected: list[Rejection] = []
    name_date = _DATE_IN_NAME.search(path.stem)
    cols = {c.lower(): c for c in gdf.columns}
    outline = country_outline(clip_iso) if clip_iso else None
    aoi_box = shapely.box(*aoi)
    rows = []
    for i, row in enumerate(gdf.itertuples(index=False)):
        rec = row._asdict()
        label = str(rec.get(cols.get("name", ""), "") or "") if "name" in cols else ""
        item = f"feature {i}" + (f" '{label}'" if label else "")
        try:
            geom = rec.get("geometry")
            if geom is None or geom.is_empty:
                raise ZoneError("empty geometry", path=path, item=item)
            if geom.geom_type not in ("Polygon", "MultiPolygon", "GeometryCollection"):
                raise ZoneError(f"{geom.geom_type} is not a polygon; zones must be areas", path=path, item=item)
            if not geom.is_valid:
                reason = shapely.is_valid_reason(geom)
                geom = shapely.make_valid(geom)
                geom = shapely.union_all(
                    [g for g in shapely.get_parts(geom) if g.geom_type in ("Polygon", "MultiPolygon")]
                )
                warnings.append(f"{path} ({item}): invalid geometry repaired with make_valid ({reason})")
            controller = resolve_controller(rec.get(cols.get("controller", "controller")), actors, path=path, item=item)
            if "valid_from" in cols:
                start = _parse_iso(rec.get(cols["valid_from"]), path=path, item=item, column="valid_from")
            elif name_date:
                start = dt.date.fromisoformat(name_date.group(1))
            else:
                raise ZoneError("missing valid_from (no column and no date in the file name)", path=path, item=item)
            raw_end = rec.get(cols["valid_to"]) if "valid_to" in cols else None
            end = None if _blank(raw_end) else _parse_iso(raw_end, path=path, item=item, column="valid_to")
            if end is not None and end < start:
                raise ZoneError(f"valid_to {end} is before valid_from {start}", path=path, item=item)
            if not geom.intersects(aoi_box):
                raise ZoneError(
                    f"lies outside the area of interest {aoi} (wrong CRS or swapped axes?)", path=path, item=item
                )
            if outline is not None:
                geom = shapely.intersection(geom, outline)
                if geom.is_empty:
                    raise ZoneError("lies entirely outside the country outline", path=path, item=item)
        except ZoneError as err:
            if strict:
                raise
            rejected.append(Rejection(str(path), 0, err.reason, item))
            continue
        rows.append(
            {
                "controller": controller,
                "valid_from": start,
                "valid_to": end,
                "name": label,
                "source": str(rec.get(cols.get("source", ""), "") or "") if "source" in cols else "",
                "file": path.name,
                "feature": i,
                "geometry": geom,
            }
        )
    out = gpd.GeoDataFrame(
        rows,
        columns=["controller", "valid_from", "valid_to", "name", "source", "file", "feature", "geometry"],
        geometry="geometry",
        crs="EPSG:4326",
    )
    return out, rejected


def read_zone_layers(
    directory: Path,
    actors: Actors,
    *,
    aoi=DEFAULTS.aoi,
    strict: bool = False,
    clip_iso: str | None = DEFAULTS.aoi_country,
) -> tuple[gpd.GeoDataFrame, list[Rejection], list[str]]:
    """All polygon layers in ``directory`` (see :func:`read_zone_file`).

    Dated files without ``valid_to`` are closed the day before the next dated file
    of the same stem starts.
    """
    frames, rejected, warnings = [], [], []
    files = (
        sorted(p for p in Path(directory).iterdir() if p.suffix.lower() in ZONE_SUFFIXES and not p.name.startswith("."))
        if Path(directory).is_dir()
        else []
    )
    for p in files:
        try:
            gdf, rej, warn = read_zone_file(p, actors, aoi=aoi, strict=strict, clip_iso=clip_iso)
        except ZoneError as err:  # one unreadable file does not block the others
            if strict:
                raise
            rejected.append(Rejection(str(p), 0, err.reason, "whole file"))
            continue
        frames.append(gdf)
        rejected += rej
        warnings += warn
    if not frames:
        return (
            gpd.GeoDataFrame(
                columns=["controller", "valid_from", "valid_to", "name", "source", "file", "feature", "geometry"],
                geometry="geometry",
                crs="EPSG:4326",
            ),
            rejected,
            warnings,
        )
    gdf = pd.concat(frames, ignore_index=True)
    stems = gdf["file"].map(lambda f: _DATE_IN_NAME.sub("", Path(f).stem))
    for stem, group in gdf.groupby(stems):
        starts = sorted(set(group["valid_from"]))
        for s, nxt in itertools.pairwise(starts):
            mask = (stems == stem) & (gdf["valid_from"] == s) & gdf["valid_to"].isna()
            gdf.loc[mask, "valid_to"] = nxt - dt.timedelta(days=1)
    return gpd.GeoDataFrame(gdf, geometry="geometry", crs="EPSG:4326"), rejected, warnings


# -- settlements ---------------------------------------------------------------------


def empty_settlements() -> gpd.GeoDataFrame:
    """A settlement table with no rows (the columns of :func:`read_settlements`)."""
    return gpd.GeoDataFrame(
        columns=["name", "lat", "lon", "controller", "as_of", "source", "estimated"], geometry=[], crs="EPSG:4326"
    )


def read_settlements(
    path: Path, actors: Actors, *, aoi=DEFAULTS.aoi, country: str = DEFAULTS.aoi_country, strict: bool = False
) -> tuple[gpd.GeoDataFrame, list[Rejection]]:
    """Read ``settlements.csv`` (name, lat, lon, controller, as_of, source[, estimated]).

    The optional ``estimated`` column says whether a mark is inferred rather than
    documented (``yes``/``no``, ``true``/``false``, ``1``/``0``; blank is ``no``).

    Returns
    -------
    (GeoDataFrame, rejected)
        Points with ``name, lat, lon, controller, as_of, source, estimated``; bad rows
        are rejected with the line number and reason (or raise with ``strict=True``).
    """
    path = Path(path)
    rows, rejected = [], []
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        raise ZoneError(
            f"not UTF-8 text ({err.reason} at byte {err.start}); save the file as UTF-8", path=path
        ) from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    need = ("name", "lat", "lon", "controller", "as_of")
    missing = [c for c in need if c not in (reader.fieldnames or ())]
    if missing:
        raise ZoneError(f"missing column(s) {', '.join(missing)}; expected {','.join(need)},source", path=path, line=1)
    end_of_previous = reader.line_num
    for rec in reader:
        line, end_of_previous = end_of_previous + 1, reader.line_num
        try:
            name = (rec.get("name") or "").strip()
            if not name:
                raise ZoneError("empty name", path=path, line=line)
            try:
                lat, lon = float(rec["lat"]), float(rec["lon"])
            except (TypeError, ValueError):
                raise ZoneError(
                    f"lat/lon {rec.get('lat')!r}, {rec.get('lon')!r} are not numbers", path=path, line=line, item=name
                ) from None
            problem = position_problem(lat, lon, country, aoi)
            if problem is None and not in_box(lat, lon, aoi):
                problem = f"({lat}, {lon}) is outside the area of interest"
            if problem:
                raise ZoneError(problem, path=path, line=line, item=name)
            controller = resolve_controller(rec.get("controller"), actors, path=path, item=f"line {line}")
            as_of = _parse_iso(rec.get("as_of"), path=path, item=name, column="as_of")
            estimated = _flag(rec.get("estimated"), path=path, item=name, column="estimated")
        except ZoneError as err:
            if strict:
                raise ZoneError(err.reason, path=path, line=line, item=err.item) from None
            rejected.append(Rejection.of(err, path=path, line=line))
            continue
        rows.append(
            {
                "name": name,
                "lat": lat,
                "lon": lon,
                "controller": controller,
                "as_of": as_of,
                "source": (rec.get("source") or "").strip(),
                "estimated": estimated,
            }
        )
    df = pd.DataFrame(rows, columns=["name", "lat", "lon", "controller", "as_of", "source", "estimated"])
    df["estimated"] = df["estimated"].astype(bool)
    return gpd.GeoDataFrame(df, geometry=lonlat_points(df["lat"], df["lon"]), crs="EPSG:4326"), rejected


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
        inside = shapely.contains_properly(outline, cells_u)
        cells_u = cells_u.copy()
        cells_u[~inside] = shapely.intersection(cells_u[~inside], outline)
    cells_u = shapely.set_precision(cells_u, _GRID)
    cells = cells_u[inverse]
    dup = np.ones(len(pts), dtype=bool)
    dup[first] = False
    cells[dup] = shapely.Polygon()
    return cells


# -- the control model ------------------------------------------------------------------


@dataclass
class ControlModel:
    """Who holds what on every date: settlements, their cells, and the changes.

    Build it with :func:`build_control`.  ``codes[date]`` holds the controller index
    (into ``controllers``) of every settlement on that date.
    """

    settlements: gpd.GeoDataFrame
    cells: np.ndarray
    cell_km2: np.ndarray
    controllers: list[str]
    dates: list[dt.date]
    codes: dict[dt.date, np.ndarray]
    changes: dict[dt.date, list[Change]]
    explicit: gpd.GeoDataFrame
    overlaps: list[str] = field(default_factory=list)
    _unions: dict = field(default_factory=dict, repr=False)

    def zones_on(self, date: dt.date) -> gpd.GeoDataFrame:
        """Zones valid on ``date``: one (multi)polygon per controller, EPSG:4326.

        Columns: ``controller, area_km2, valid_from, valid_to, source, geometry``.
        """
        key = ("zones", date)
        if key in self._unions:
            return self._unions[key]
        codes = self._codes_on(date)
        rows = [(self.controllers[k], geom, "settlements") for k, geom in self._dissolve(codes)]
        exp = self.explicit_on(date)
        if len(exp):
            cover = shapely.union_all(exp.geometry.values)
            rows = [(c, shapely.difference(g, cover), s) for c, g, s in rows]
            for c, grp in exp.groupby("controller"):
                rows.append((c, shapely.union_all(grp.geometry.values), "file:" + ",".join(sorted(set(grp["file"])))))
        merged: dict[str, list] = {}
        for c, g, s in rows:
            if g is not None and not g.is_empty:
                merged.setdefault(c, []).append((g, s))
        names = list(merged)
        geoms = [shapely.union_all([g for g, _ in merged[c]]) if len(merged[c]) > 1 else merged[c][0][0] for c in names]
        srcs = ["+".join(dict.fromkeys(s for _, s in merged[c])) for c in names]
        nxt = [d for d in self.dates if d > date]
        gdf = gpd.GeoDataFrame(
            {
                "controller": names,
                "area_km2": np.round(area_km2(np.array(geoms, dtype=object)), 1) if geoms else [],
                "valid_from": [date] * len(names),
                "valid_to": [(nxt[0] - dt.timedelta(days=1)) if nxt else date] * len(names),
                "source": srcs,
            },
            geometry=geoms,
            crs="EPSG:4326",
        )
        self._unions[key] = gdf
        return gdf

    def _blocks(self) -> list[np.ndarray]:
        """Cell indices grouped into ~64 spatial blocks (a grid over the settlements)."""
        blocks = self._unions.get("blocks")
        if blocks is None:
            x, y = self.settlements["lon"].to_numpy(float), self.settlements["lat"].to_numpy(float)
            n = 8
            gx = np.minimum(((x - x.min()) / (np.ptp(x) or 1) * n).astype(int), n - 1) if len(x) else x
            gy = np.minimum(((y - y.min()) / (np.ptp(y) or 1) * n).astype(int), n - 1) if len(y) else y
            ids = gx * n + gy
            order = np.argsort(ids, kind="stable")
            blocks = [b for b in np.split(order, np.flatnonzero(np.diff(ids[order])) + 1) if len(b)]
            self._unions["blocks"] = blocks
        return blocks

    def _dissolve(self, codes: np.ndarray) -> list[tuple[int, object]]:
        """One polygon per controller present in ``codes``.

        Cells are unioned per spatial block and controller, cached by that block's
        mask, then the block pieces (an exact coverage) are unioned per controller: a
        date whose flips touch three blocks recomputes three small unions, not every
        controller's whole territory.
        """
        whole = self._unions.get(("codes", codes.tobytes()))
        if whole is not None:
            return whole
        pieces: dict[int, list] = {}
        for b, idx in enumerate(self._blocks()):
            sub = codes[idx]
            for k in np.unique(sub):
                mask = sub == k
                key = ("block", b, int(k), mask.tobytes())
                geom = self._unions.get(key)
                if geom is None:
                    geom = self._unions[key] = shapely.coverage_union_all(self.cells[idx[mask]])
                pieces.setdefault(int(k), []).append(geom)
        out = []
        for k in sorted(pieces):
            parts = [g for g in pieces[k] if not g.is_empty]
            if parts:
                out.append(
                    (k, shapely.coverage_union_all(np.array(parts, dtype=object)) if len(parts) > 1 else parts[0])
                )
        self._unions[("codes", codes.tobytes())] = out
        return out

    def _codes_on(self, date: dt.date) -> np.ndarray:
        known = [d for d in self.dates if d <= date]
        if known:
            return self.codes[known[-1]]
        return self.codes[self.dates[0]] if self.dates else np.zeros(len(self.settlements), dtype=np.int16)

    def explicit_on(self, date: dt.date) -> gpd.GeoDataFrame:
        """Explicit polygons valid on ``date``, overlaps resolved (later valid_from wins)."""
        e = self.explicit
        if not len(e):
            return e
        mask = (e["valid_from"] <= date) & (
            e["valid_to"].isna() | (e["valid_to"].map(lambda v: v is None or v >= date))
        )
        sel = e[mask].copy()
        if len(sel) < 2:
            return sel
        sel = sel.sort_values(["valid_from", "file", "feature"])
        geoms = list(sel.geometry.values)
        for i in range(len(geoms) - 1, -1, -1):
            later = [geoms[j] for j in range(i + 1, len(geoms))]
            if later:
                geoms[i] = shapely.difference(geoms[i], shapely.union_all(later))
        sel = sel.set_geometry(geoms, crs="EPSG:4326")
        return sel[~sel.geometry.is_empty]

    def find_overlaps(self) -> list[str]:
        """Overlaps between explicit polygons of different controllers valid on the same
        date, with their area; the rule that settles them is "later valid_from wins".

        Each distinct set of overlapping features is reported once, with the first date.
        """
        e = self.explicit
        out, seen = [], set()
        if len(e) < 2:
            return out
        left, right = e.sindex.query(e.geometry.values, predicate="intersects")
        for i, j in zip(left.tolist(), right.tolist()):
            a, b = e.iloc[i], e.iloc[j]
            if i >= j or a["controller"] == b["controller"] or (i, j) in seen:
                continue
            start = max(a["valid_from"], b["valid_from"])
            ends = [v for v in (a["valid_to"], b["valid_to"]) if v is not None and not pd.isna(v)]
            if ends and min(ends) < start:
                continue  # never valid on the same date
            km2 = float(area_km2(shapely.intersection(a.geometry, b.geometry)))
            if km2 < 0.01:
                continue
            seen.add((i, j))
            winner = b if (b["valid_from"], b["file"], b["feature"]) > (a["valid_from"], a["file"], a["feature"]) else a
            out.append(
                f"{a['file']} feature {a['feature']} ({a['controller']}) and {b['file']} feature "
                f"{b['feature']} ({b['controller']}) overlap by {km2:,.1f} km² from {start}; "
                f"{winner['controller']} ({winner['file']}) wins (later valid_from)"
            )
        self.overlaps = out
        return out

    def area_table(self) -> pd.DataFrame:
        """Area (km²) held by each controller on each date, with the change since the previous date."""
        rows = []
        prev: dict[str, float] = {}
        for d in self.dates:
            z = self.zones_on(d)
            cur = dict(zip(z["controller"], z["area_km2"]))
            for c in sorted(set(cur) | set(prev)):
                a = float(cur.get(c, 0.0))
                rows.append(
                    {
                        "date": d.isoformat(),
                        "controller": c,
                        "area_km2": round(a, 1),
                        "delta_km2": round(a - prev.get(c, 0.0), 1) if prev else 0.0,
                    }
                )
            prev = cur
        return pd.DataFrame(rows, columns=["date", "controller", "area_km2", "delta_km2"])

    def diff(self, date: dt.date) -> dict:
        """What changed on ``date`` versus the previous date: flips and km² per controller."""
        i = self.dates.index(date)
        cur = self.zones_on(date)
        before = self.zones_on(self.dates[i - 1]) if i > 0 else None
        area_now = dict(zip(cur["controller"], cur["area_km2"]))
        area_then = dict(zip(before["controller"], before["area_km2"])) if before is not None else {}
        deltas = (
            {
                c: round(float(area_now.get(c, 0)) - float(area_then.get(c, 0)), 1)
                for c in set(area_now) | set(area_then)
            }
            if before is not None
            else {}
        )
        return {
            "date": date,
            "previous": self.dates[i - 1] if i > 0 else None,
            "changes": self.changes.get(date, []),
            "area_km2": {c: float(v) for c, v in area_now.items()},
            "delta_km2": {c: v for c, v in deltas.items() if abs(v) >= 0.05},
        }


def _event_points(events: Iterable[Event]):
    for e in events:
        if (
            e.kind == "capture"
            and not e.place.is_areal
            and e.place.kind not in ("road", "governorate", "region", "plain", "mountain", "area")
        ):
            yield e


def build_control(
    settlements: gpd.GeoDataFrame,
    events: Sequence[Event],
    dates: Sequence[dt.date],
    *,
    actors: Actors,
    explicit: gpd.GeoDataFrame | None = None,
    outline=None,
) -> ControlModel:
    """Apply report events to the settlement table and derive the zones of every date.

    Parameters
    ----------
    settlements : GeoDataFrame
        From :func:`read_settlements` (``name, lat, lon, controller, as_of``).
    events : sequence of Event
        All events of all reports; only captures and surrenders change control.
    dates : sequence of date
        The dates to model (report dates); sorted and de-duplicated here.
    actors : Actors
    explicit : GeoDataFrame, optional
        Polygon layers (:func:`read_zone_layers`).
    outline : polygon, optional
        Clip outline; default: the outline of the theatre's country.
    """
    outline = outline if outline is not None else country_outline(DEFAULTS.aoi_country)
    dates = sorted(set(dates))
    explicit = explicit if explicit is not None else read_zone_layers(Path("/nonexistent"), actors)[0]
    s = settlements.copy().reset_index(drop=True)
    # one row per settlement (latest baseline row first); later rows become observations
    s = s.sort_values(["name", "as_of"]).reset_index(drop=True)
    base = s.drop_duplicates("name", keep="first").reset_index(drop=True)
    observations = s[s.duplicated("name", keep="first")]
    # captures of places the table lacks add a settlement there
    ev = sorted((e for e in events if e.transfers_control), key=lambda e: (e.date, e.report_id, e.start))
    extra = []
    lat, lon = base["lat"].to_numpy(float), base["lon"].to_numpy(float)
    for e in _event_points(ev):
        if len(lat):
            d = distance_km(lat, lon, e.place.lat, e.place.lon)
            if d.min() <= CAPTURE_RADIUS_KM:
                continue
        if any(x["name"] == e.place.name for x in extra):
            continue
        extra.append(
            {
                "name": e.place.name,
                "lat": e.place.lat,
                "lon": e.place.lon,
                "controller": None,
                "as_of": None,
                "source": f"added for event {e.id}",
                "estimated": True,
            }
        )
    if extra:
        add = pd.DataFrame(extra)
        # a new settlement starts with the controller of the nearest known one
        for i, row in add.iterrows():
            j = int(np.argmin(distance_km(lat, lon, row["lat"], row["lon"]))) if len(lat) else -1
            add.at[i, "controller"] = base["controller"].iloc[j] if j >= 0 else UNKNOWN
            add.at[i, "as_of"] = base["as_of"].iloc[j] if j >= 0 else (dates[0] if dates else dt.date.today())
        base = pd.concat([base.drop(columns="geometry"), add], ignore_index=True)
    base = gpd.GeoDataFrame(
        base.drop(columns="geometry", errors="ignore"),
        geometry=lonlat_points(base["lat"], base["lon"]),
        crs="EPSG:4326",
    )
    controllers = list(dict.fromkeys([*actors.controllers, *base["controller"], UNKNOWN]))
    index = {c: i for i, c in enumerate(controllers)}
    cells = voronoi_cells(base.geometry.values, outline)
    cell_km2 = area_km2(cells)
    lat, lon = base["lat"].to_numpy(float), base["lon"].to_numpy(float)
    state = base["controller"].map(index).to_numpy(np.int16)
    names = base["name"].tolist()
    codes: dict[dt.date, np.ndarray] = {}
    changes: dict[dt.date, list[Change]] = {}
    by_date: dict[dt.date, list[Event]] = {}
    for e in ev:
        by_date.setdefault(e.date, []).append(e)
    obs = sorted(((r.as_of, r.name, r.controller) for r in observations.itertuples()), key=lambda t: t[0])
    pending = sorted(by_date)
    for d in dates:
        state = state.copy()
        flips: list[Change] = []
        # the reports of a date first, so a change they describe keeps its sentence; a later row of
        # the table for the same change then finds it done (and still corrects what they missed)
        while pending and pending[0] <= d:
            for e in by_date[pending.pop(0)]:
                flips += _apply(e, state, lat, lon, names, controllers, index, actors, d)
        while obs and obs[0][0] <= d:
            as_of, name, ctrl = obs.pop(0)
            k = names.index(name)
            if state[k] != index[ctrl]:
                flips.append(
                    Change(
                        d,
                        name,
                        float(lat[k]),
                        float(lon[k]),
                        controllers[state[k]],
                        ctrl,
                        "observation",
                        "",
                        "",
                        f"settlements table: {name} held by {ctrl} as of {as_of}",
                    )
                )
                state[k] = index[ctrl]
        codes[d] = state
        if flips:
            changes[d] = flips
    return ControlModel(base, cells, cell_km2, controllers, dates, codes, changes, explicit)


def _apply(
    e: Event, state: np.ndarray, lat, lon, names, controllers, index, actors: Actors, d: dt.date
) -> list[Change]:
    """Apply one event to the state in place; return the flips it caused."""
    out = []
    if e.kind == "capture":
        to = actors.controller_of(e.actor)
        if not to or e.place.is_areal or e.place.kind in ("road", "governorate", "region", "plain", "mountain", "area"):
            return out
        dist = distance_km(lat, lon, e.place.lat, e.place.lon)
        k = int(np.argmin(dist))
        if dist[k] > CAPTURE_RADIUS_KM:
            return out
        targets = [k]
    elif e.kind == "surrender":
        frm, to = actors.controller_of(e.actor), actors.controller_of(e.beneficiary)
        if not frm or not to or frm == to:
            return out
        held = state == index.get(frm, -1)
        if e.place.is_areal:
            inside = shapely.contains_xy(e.place.geometry, lon, lat)
        else:
            inside = distance_km(lat, lon, e.place.lat, e.place.lon) <= SURRENDER_RADIUS_KM
        targets = np.flatnonzero(held & inside).tolist()
    else:
        return out
    for k in targets:
        if to not in index:
            continue
        if state[k] != index[to]:
            out.append(
                Change(
                    d,
                    names[k],
                    float(lat[k]),
                    float(lon[k]),
                    controllers[state[k]],
                    to,
                    e.kind,
                    e.id,
                    e.report_id,
                    e.sentence,
                    e.surface,
                )
            )
            state[k] = index[to]
    return out


def assign_controllers(gdf: gpd.GeoDataFrame, zones: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Add a ``controller`` column: the zone containing each feature (spatial join).

    Areal features are joined by their representative point; features outside every
    zone get ``unknown``.  The input's index and order are kept.
    """
    out = gdf.copy()
    if not len(out):
        out["controller"] = pd.Series(dtype=str)
        return out
    out["controller"] = controllers_at(shapely.point_on_surface(out.geometry.values), zones)
    return out


def controllers_at(points: np.ndarray, zones: gpd.GeoDataFrame) -> np.ndarray:
    """The controller of the zone holding each point (an array of shapely points), or
    ``unknown``; a point up to ``NEAREST_ZONE_M`` outside every zone takes the nearest."""
    pts = np.asarray(points)
    controller = np.full(len(pts), None, dtype=object)
    if len(zones):
        # zones' spatial index is built once per zones frame (cached by geopandas)
        left, right = zones.sindex.query(pts, predicate="within")
        first = np.unique(left, return_index=True)[1]
        controller[left[first]] = zones["controller"].to_numpy()[right[first]]
    missing = np.flatnonzero(controller == None)  # noqa: E711 (element-wise)
    if missing.size and len(zones):
        # border towns can sit a few hundred metres outside a simplified outline: take the
        # nearest zone within 5 km, never further (degrees scaled to km at the point's latitude)
        geoms = zones.geometry.values
        ctrl = zones["controller"].to_numpy()
        for i in missing:  # few points; each is measured against all zones at once
            p = pts[i]
            deg = shapely.distance(p, geoms)
            km = deg * 111.32 * max(np.cos(np.radians(p.y)), 0.2)
            j = int(np.argmin(km))
            if km[j] <= NEAREST_ZONE_M / 1000:
                controller[i] = ctrl[j]
    return pd.Series(controller, dtype=object).fillna(UNKNOWN).to_numpy()
