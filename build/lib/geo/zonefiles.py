"""Control-zone inputs: polygon layers, the settlement-control table, bases and posts.

* **Polygon layers** (GeoJSON, GeoPackage, Shapefile; KML/KMZ through
  :mod:`geo.kml`, where a placemark's colour gives the controller): each feature has a
  ``controller`` (``unknown`` allowed) and ``valid_from`` / ``valid_to`` (ISO dates), or the file name
  starts with a date (``2019-08-01_front.geojson``: valid from that date until the
  next dated file of the same name stem, or open-ended).  Any CRS is reprojected
  to EPSG:4326; invalid geometries are repaired with ``make_valid`` (a warning
  names the feature); features that cannot be used are rejected with file,
  feature and reason.
* **A settlement-control table** ``settlements.csv`` (``name, lat, lon,
  controller, as_of, source[, estimated]``): who holds which town; :mod:`geo.zones` derives
  the zones from it.
* **Bases and posts** ``bases.csv`` (``name, lat, lon, actor, kind, source,
  estimated``, optional ``valid_from, valid_to``): observation posts, air bases,
  foreign bases, drawn as symbols with their own actor.

Every reader checks row by row (or feature by feature): a bad row is rejected with
file, line or feature and the reason, the good rows are still used, and
``strict=True`` raises on the first bad one instead.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .actors import UNKNOWN, Actors
from .exc import Rejection, ZoneError
from .geometry import country_outline, lonlat_points, position_problem
from .settings import DEFAULTS
from .tables import Row, read_rows, read_text
from .theatre import in_box

ZONE_SUFFIXES = (".geojson", ".json", ".gpkg", ".kml", ".kmz", ".shp")
_DATE_IN_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})")


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
    if text in actors and actors.controller_of(text):
        return actors.controller_of(text)
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
        from .kml import read_kml  # colour -> controller, folders, ExtendedData, TimeSpan

        return read_kml(path, actors, aoi=aoi, strict=strict, clip_iso=clip_iso)
    warnings: list[str] = []
    rejected: list[Rejection] = []
    frames = []
    for layer, gdf in _layers(path, warnings):
        out, rej = zone_features(
            gdf, path, actors, layer=layer, aoi=aoi, strict=strict, clip_iso=clip_iso, warnings=warnings
        )
        frames.append(out)
        rejected += rej
    out = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0] if frames else _no_features()
    return gpd.GeoDataFrame(out, geometry="geometry", crs="EPSG:4326"), rejected, warnings


_FEATURE_COLUMNS = ["controller", "valid_from", "valid_to", "name", "source", "file", "feature", "geometry"]


def _no_features() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(columns=_FEATURE_COLUMNS, geometry="geometry", crs="EPSG:4326")


def zone_features(
    gdf: gpd.GeoDataFrame,
    path: Path,
    actors: Actors,
    *,
    layer: str = "",
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
    outline = country_outline(clip_iso) if clip_iso else None
    rows = []
    cols = {c.lower(): c for c in gdf.columns}
    for i, row in enumerate(gdf.itertuples(index=False)):
        rec = row._asdict()
        label = str(rec.get(cols.get("name", ""), "") or "") if "name" in cols else ""
        item = (f"layer '{layer}' " if layer else "") + f"feature {i}" + (f" '{label}'" if label else "")
        try:
            geom = _feature_geometry(rec.get("geometry"), path=path, item=item, warnings=warnings)
            controller = resolve_controller(rec.get(cols.get("controller", "controller")), actors, path=path, item=item)
            start, end = _validity(rec, cols, name_date, path=path, item=item)
            geom = _clip(geom, aoi=aoi, outline=outline, path=path, item=item)
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
    out = gpd.GeoDataFrame(rows, columns=_FEATURE_COLUMNS, geometry="geometry", crs="EPSG:4326")
    return out, rejected


def _layers(path: Path, warnings: list[str]) -> Iterator[tuple[str, gpd.GeoDataFrame]]:
    """Every layer of a vector file (a GeoPackage's tables, a KML's folders), in EPSG:4326.

    The layer name is ``""`` for a single-layer file.
    """
    import pyogrio

    try:
        names = [str(n) for n, _ in pyogrio.list_layers(path)]
    except Exception as err:
        raise ZoneError(f"cannot read as a vector layer: {err}", path=path) from err
    for name in names:
        try:
            with np.errstate(invalid="ignore"):  # NaN vertices are reported per feature
                gdf = gpd.read_file(path, layer=name, engine="pyogrio")
        except Exception as err:
            raise ZoneError(f"cannot read layer {name!r}: {err}", path=path) from err
        yield (name if len(names) > 1 else ""), _to_wgs84(gdf, path, name if len(names) > 1 else "", warnings)


def _to_wgs84(gdf: gpd.GeoDataFrame, path: Path, layer: str, warnings: list[str]) -> gpd.GeoDataFrame:
    where = f"{path}" + (f" (layer '{layer}')" if layer else "")
    if gdf.crs is None:
        b = gdf.total_bounds if len(gdf) else np.zeros(4)
        if len(gdf) and (abs(b[[0, 2]]).max() > 180 or abs(b[[1, 3]]).max() > 90):
            raise ZoneError(
                "no CRS and coordinates are not degrees; declare the CRS (e.g. a .prj file or GeoJSON in EPSG:4326)",
                path=path,
            )
        warnings.append(f"{where}: no CRS given; assumed EPSG:4326")
        return gdf.set_crs("EPSG:4326")
    if not gdf.crs.equals("EPSG:4326"):
        warnings.append(f"{where}: reprojected from {gdf.crs.to_string()} to EPSG:4326")
        return gdf.to_crs("EPSG:4326")
    return gdf


def _feature_geometry(geom, *, path: Path, item: str, warnings: list[str]):
    """The feature's area: polygons only (a collection's lines and points dropped), finite, valid."""
    if geom is None or geom.is_empty:
        raise ZoneError("empty geometry", path=path, item=item)
    if geom.geom_type not in ("Polygon", "MultiPolygon", "GeometryCollection"):
        raise ZoneError(f"{geom.geom_type} is not a polygon; zones must be areas", path=path, item=item)
    if not np.isfinite(shapely.get_coordinates(geom)).all():
        raise ZoneError("a coordinate is NaN or infinite; fix the vertices", path=path, item=item)
    if geom.geom_type == "GeometryCollection":
        parts = [g for g in shapely.get_parts(geom) if g.geom_type in ("Polygon", "MultiPolygon")]
        if not parts:
            raise ZoneError("a GeometryCollection with no polygon; zones must be areas", path=path, item=item)
        if len(parts) < len(shapely.get_parts(geom)):
            warnings.append(f"{path} ({item}): lines and points in a GeometryCollection dropped; the polygons kept")
        geom = shapely.union_all(parts)
    if not geom.is_valid:
        reason = shapely.is_valid_reason(geom)
        geom = shapely.union_all(
            [g for g in shapely.get_parts(shapely.make_valid(geom)) if g.geom_type in ("Polygon", "MultiPolygon")]
        )
        warnings.append(f"{path} ({item}): invalid geometry repaired with make_valid ({reason})")
    if geom.is_empty or shapely.area(geom) == 0:
        raise ZoneError("the polygon has no area", path=path, item=item)
    return geom


def _validity(rec: dict, cols: dict, name_date, *, path: Path, item: str) -> tuple[dt.date, dt.date | None]:
    """``valid_from`` (the column, else the date in the file name) and ``valid_to`` (blank: open)."""
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
    return start, end


def _clip(geom, *, aoi, outline, path: Path, item: str):
    """The part of the feature inside the country; refuse one outside the area of interest."""
    if not geom.intersects(shapely.box(*aoi)):
        raise ZoneError(f"lies outside the area of interest {aoi} (wrong CRS or swapped axes?)", path=path, item=item)
    if outline is not None:
        geom = shapely.intersection(geom, outline)
        if geom.is_empty:
            raise ZoneError("lies entirely outside the country outline", path=path, item=item)
    return geom


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
        sorted(
            p
            for p in Path(directory).rglob("*")
            if p.suffix.lower() in ZONE_SUFFIXES
            and not any(part.startswith(".") for part in p.relative_to(directory).parts)
        )
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


def _rows(path: Path, required: tuple[str, ...], expected: tuple[str, ...]) -> Iterator[tuple[int, dict]]:
    """A control table's rows (cells stripped), or a ZoneError for a row that cannot be read."""
    text = read_text(path, ZoneError)
    for row in read_rows(text, path=path, required=required, error=ZoneError, expected=expected):
        yield (row.line, {k: v.strip() for k, v in row.cells.items()}) if isinstance(row, Row) else row  # type: ignore[misc]


def _point(rec: dict, *, path: Path, line: int, item: str, country: str, aoi) -> tuple[float, float]:
    """The row's (lat, lon): numbers, finite, not swapped, in the country and the area of interest."""
    try:
        lat, lon = float(rec["lat"]), float(rec["lon"])
    except (TypeError, ValueError, KeyError):
        raise ZoneError(
            f"lat/lon {rec.get('lat')!r}, {rec.get('lon')!r} are not numbers", path=path, line=line, item=item
        ) from None
    if not (math.isfinite(lat) and math.isfinite(lon)):
        raise ZoneError(f"lat/lon {lat}, {lon} are not finite numbers", path=path, line=line, item=item)
    problem = position_problem(lat, lon, country, aoi)
    if problem is None and not in_box(lat, lon, aoi):
        problem = f"({lat}, {lon}) is outside the area of interest"
    if problem:
        raise ZoneError(problem, path=path, line=line, item=item)
    return lat, lon


def _each(rows: Iterable, *, path: Path, strict: bool, rejected: list[Rejection]) -> Iterator[tuple[int, dict]]:
    """Rows to parse; unreadable ones become rejections (or raise with ``strict``)."""
    for item in rows:
        if isinstance(item, ZoneError):
            if strict:
                raise item
            rejected.append(Rejection.of(item, path=path))
            continue
        yield item


SETTLEMENT_COLUMNS = ["name", "lat", "lon", "controller", "as_of", "source", "estimated"]


def read_settlements(
    path: Path,
    actors: Actors,
    *,
    aoi=DEFAULTS.aoi,
    country: str = DEFAULTS.aoi_country,
    strict: bool = False,
) -> tuple[gpd.GeoDataFrame, list[Rejection]]:
    """Read ``settlements.csv`` (name, lat, lon, controller, as_of, source[, estimated]).

    The optional ``estimated`` column says whether a mark is inferred rather than
    documented (``yes``/``no``, ``true``/``false``, ``1``/``0``; blank is ``no``);
    ``controller`` may be ``unknown``.

    Returns
    -------
    (GeoDataFrame, rejected)
        Points with :data:`SETTLEMENT_COLUMNS`; bad rows are rejected with the line
        number and reason (or raise with ``strict=True``).
    """
    path = Path(path)
    rows: list[dict] = []
    rejected: list[Rejection] = []
    need = ("name", "lat", "lon", "controller", "as_of")
    for line, rec in _each(
        _rows(path, need, (*need, "source", "estimated")), path=path, strict=strict, rejected=rejected
    ):
        name = rec.get("name", "")
        try:
            if not name:
                raise ZoneError("empty name", path=path, line=line)
            lat, lon = _point(rec, path=path, line=line, item=name, country=country, aoi=aoi)
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
                "source": rec.get("source", ""),
                "estimated": estimated,
            }
        )
    df = pd.DataFrame(rows, columns=SETTLEMENT_COLUMNS)
    df["estimated"] = df["estimated"].astype(bool)
    return gpd.GeoDataFrame(df, geometry=lonlat_points(df["lat"], df["lon"]), crs="EPSG:4326"), rejected


def empty_settlements() -> gpd.GeoDataFrame:
    """A settlement table with no rows (the columns of :func:`read_settlements`)."""
    return gpd.GeoDataFrame(columns=SETTLEMENT_COLUMNS, geometry=[], crs="EPSG:4326")


# -- bases and posts ------------------------------------------------------------------------


def _actor_id(text: str, actors: Actors) -> str | None:
    """The actor an id, label or alias names (case-insensitive), or ``None``."""
    low = text.lower()
    for a in actors:
        if low and low in (a.id.lower(), a.label.lower(), *(x.lower() for x in a.aliases)):
            return a.id
    return None


BASE_COLUMNS = ["name", "actor", "kind", "source", "estimated", "valid_from", "valid_to"]


def empty_bases() -> gpd.GeoDataFrame:
    """A bases table with no rows (when there is no ``bases.csv``)."""
    return gpd.GeoDataFrame(pd.DataFrame(columns=BASE_COLUMNS), geometry=[], crs="EPSG:4326")


def read_bases(
    path: Path,
    actors: Actors,
    *,
    aoi=DEFAULTS.aoi,
    country: str = DEFAULTS.aoi_country,
    strict: bool = False,
) -> tuple[gpd.GeoDataFrame, list[Rejection]]:
    """Read a bases-and-posts table (``bases.csv``).

    Columns: ``name, lat, lon, actor, kind, source, estimated`` and optionally
    ``valid_from, valid_to`` (ISO dates; blank: always).  ``actor`` is an actor id,
    label or alias of ``data/actors.csv`` — any actor, also one that holds no ground
    (a Russian air base, a coalition garrison); ``kind`` is free text such as
    ``observation post``, ``air base`` or ``base`` (lower-cased); ``estimated`` is
    yes/no (blank: no).

    Returns
    -------
    (GeoDataFrame, rejected)
        Points with :data:`BASE_COLUMNS`; bad rows are rejected with the line number and
        reason (or raise with ``strict=True``).
    """
    path = Path(path)
    rows: list[dict] = []
    rejected: list[Rejection] = []
    need = ("name", "lat", "lon", "actor", "kind")
    expected = (*need, "source", "estimated", "valid_from", "valid_to")
    for line, rec in _each(_rows(path, need, expected), path=path, strict=strict, rejected=rejected):
        name = rec.get("name", "")
        try:
            if not name:
                raise ZoneError("empty name", path=path, line=line)
            lat, lon = _point(rec, path=path, line=line, item=name, country=country, aoi=aoi)
            actor = _actor_id(rec.get("actor", ""), actors)
            if actor is None:
                raise ZoneError(
                    f"unknown actor {rec.get('actor')!r}; expected an id, label or alias of "
                    f"{actors.path or 'actors.csv'} ({', '.join(a.id for a in actors)})",
                    path=path,
                    line=line,
                    item=name,
                )
            kind = rec.get("kind", "").lower()
            if not kind:
                raise ZoneError(
                    "empty kind; expected e.g. 'observation post', 'air base', 'base'", path=path, line=line
                )
            estimated = _flag(rec.get("estimated"), path=path, item=name, column="estimated")
            start = _optional_date(rec, "valid_from", path=path, item=name)
            end = _optional_date(rec, "valid_to", path=path, item=name)
            if start and end and end < start:
                raise ZoneError(f"valid_to {end} is before valid_from {start}", path=path, line=line, item=name)
        except ZoneError as err:
            if strict:
                raise ZoneError(err.reason, path=path, line=line, item=err.item) from None
            rejected.append(Rejection(str(path), line, err.reason, err.item or name))
            continue
        rows.append(
            {
                "name": name,
                "lat": lat,
                "lon": lon,
                "actor": actor,
                "kind": kind,
                "source": rec.get("source", ""),
                "estimated": estimated,
                "valid_from": start,
                "valid_to": end,
            }
        )
    df = pd.DataFrame(rows, columns=["lat", "lon", *BASE_COLUMNS])
    df["estimated"] = df["estimated"].astype(bool)
    gdf = gpd.GeoDataFrame(
        df.drop(columns=["lat", "lon"]), geometry=lonlat_points(df["lat"], df["lon"]), crs="EPSG:4326"
    )
    return gdf, rejected


def _optional_date(rec: dict, column: str, *, path: Path, item: str) -> dt.date | None:
    return None if _blank(rec.get(column)) else _parse_iso(rec.get(column), path=path, item=item, column=column)
