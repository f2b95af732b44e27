"""Bases and posts: observation posts, air and naval bases, garrisons (``data/zones/bases.csv``).

Each row is a military site with the actor that holds it::

    name,actor,kind,lat,lon,valid_from,source,estimated,note
    Turkish observation post 9 (Morek),turkey,observation-post,35.37,36.70,2018-04-07,syriahr:158239,yes,...

``actor`` is an id, label or alias of ``data/actors.csv`` (an actor that holds no
ground, such as Russia, is fine: bases are drawn as symbols, not zones); ``kind`` is
one of :data:`KINDS`; ``valid_from`` (optional) is when the site was set up;
``estimated`` (``yes``/``no``) marks a position inferred rather than published.
Bad rows are rejected with the line and the fix; the good rows are still used.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import geopandas as gpd
import pandas as pd

from .actors import Actors
from .exc import Rejection, ZoneError
from .geometry import lonlat_points, position_problem
from .settings import DEFAULTS
from .tables import Row, read_rows, read_text
from .theatre import in_box

BASES = "bases.csv"
KINDS = ("observation-post", "air-base", "naval-base", "garrison", "military-police-post", "base")
COLUMNS = ["name", "actor", "kind", "lat", "lon", "valid_from", "source", "estimated", "note"]
_YES, _NO = ("yes", "true", "1", "y"), ("no", "false", "0", "n", "")


def _actor(value: str, actors: Actors, *, path, line, item) -> str:
    text = value.strip()
    low = text.lower()
    for a in actors:
        if low in (a.id.lower(), a.label.lower(), *(x.lower() for x in a.aliases)):
            return a.id
    raise ZoneError(
        f"unknown actor {text!r}; expected one of {', '.join(a.id for a in actors)} (ids in "
        f"{actors.path or 'actors.csv'})",
        path=path,
        line=line,
        item=item,
    )


def read_bases(
    path: Path, actors: Actors, *, aoi=DEFAULTS.aoi, country: str = DEFAULTS.aoi_country, strict: bool = False
) -> tuple[gpd.GeoDataFrame, list[Rejection]]:
    """Read a bases-and-posts table.

    Parameters
    ----------
    path : Path
        ``bases.csv`` (columns :data:`COLUMNS`; ``valid_from``, ``source``,
        ``estimated`` and ``note`` optional).
    actors : Actors
    aoi, country
        Sites outside the area of interest or the country are rejected.
    strict : bool
        Raise on the first bad row.

    Returns
    -------
    (GeoDataFrame, rejected)
        Points (EPSG:4326) with :data:`COLUMNS` (``actor`` an actor id, ``estimated``
        a bool, ``valid_from`` a date or None), and the rows that could not be used.

    Raises
    ------
    ZoneError
        Unreadable file or missing columns; with ``strict=True`` also the first bad row.
    """
    path = Path(path)
    rows, rejected = [], []
    need = ("name", "actor", "kind", "lat", "lon")
    for row in read_rows(read_text(path, ZoneError), path=path, required=need, error=ZoneError, expected=COLUMNS):
        if not isinstance(row, Row):  # a row the CSV reader could not split
            if strict:
                raise row
            rejected.append(Rejection.of(row, path=path))
            continue
        line, name = row.line, row.get("name")
        try:
            if not name:
                raise ZoneError("empty name", path=path, line=line)
            actor = _actor(row.get("actor"), actors, path=path, line=line, item=name)
            kind = row.get("kind").lower()
            if kind not in KINDS:
                raise ZoneError(f"kind {kind!r} is not one of {', '.join(KINDS)}", path=path, line=line, item=name)
            try:
                lat, lon = float(row.get("lat")), float(row.get("lon"))
            except ValueError:
                raise ZoneError(
                    f"lat/lon {row.get('lat')!r}, {row.get('lon')!r} are not numbers", path=path, line=line, item=name
                ) from None
            problem = position_problem(lat, lon, country, aoi)
            if problem is None and not in_box(lat, lon, aoi):
                problem = f"({lat}, {lon}) is outside the area of interest"
            if problem:
                raise ZoneError(problem, path=path, line=line, item=name)
            since = row.get("valid_from")
            try:
                valid_from = dt.date.fromisoformat(since) if since else None
            except ValueError:
                raise ZoneError(
                    f"valid_from={since!r} is not an ISO date (YYYY-MM-DD)", path=path, line=line, item=name
                ) from None
            flag = row.get("estimated").lower()
            if flag not in _YES + _NO:
                raise ZoneError(f"estimated={flag!r} is not yes/no", path=path, line=line, item=name)
        except ZoneError as err:
            if strict:
                raise
            rejected.append(Rejection.of(err, path=path, line=line))
            continue
        rows.append(
            {
                "name": name,
                "actor": actor,
                "kind": kind,
                "lat": lat,
                "lon": lon,
                "valid_from": valid_from,
                "source": row.get("source"),
                "estimated": flag in _YES,
                "note": row.get("note"),
            }
        )
    df = pd.DataFrame(rows, columns=COLUMNS)
    df["estimated"] = df["estimated"].astype(bool)
    return gpd.GeoDataFrame(df, geometry=lonlat_points(df["lat"], df["lon"]), crs="EPSG:4326"), rejected
