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

import csv
import datetime as dt
import io
from pathlib import Path

import geopandas as gpd
import pandas as pd

from .actors import Actors
from .exc import ZoneError
from .geometry import lonlat_points, position_problem
from .settings import DEFAULTS
from .zones import Rejected

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
) -> tuple[gpd.GeoDataFrame, list[Rejected]]:
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
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        raise ZoneError(f"not UTF-8 text ({err.reason} at byte {err.start}); save it as UTF-8", path=path) from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    need = ("name", "actor", "kind", "lat", "lon")
    missing = [c for c in need if c not in (reader.fieldnames or ())]
    if missing:
        raise ZoneError(f"missing column(s) {', '.join(missing)}; expected {','.join(COLUMNS)}", path=path, line=1)
    rows, rejected = [], []
    end = reader.line_num
    for rec in reader:
        line, end = end + 1, reader.line_num
        name = (rec.get("name") or "").strip()
        try:
            if not name:
                raise ZoneError("empty name", path=path, line=line)
            actor = _actor(rec.get("actor") or "", actors, path=path, line=line, item=name)
            kind = (rec.get("kind") or "").strip().lower()
            if kind not in KINDS:
                raise ZoneError(f"kind {kind!r} is not one of {', '.join(KINDS)}", path=path, line=line, item=name)
            try:
                lat, lon = float(rec["lat"]), float(rec["lon"])
            except (TypeError, ValueError):
                raise ZoneError(
                    f"lat/lon {rec.get('lat')!r}, {rec.get('lon')!r} are not numbers", path=path, line=line, item=name
                ) from None
            problem = position_problem(lat, lon, country, aoi)
            if problem is None and not (aoi[1] <= lat <= aoi[3] and aoi[0] <= lon <= aoi[2]):
                problem = f"({lat}, {lon}) is outside the area of interest"
            if problem:
                raise ZoneError(problem, path=path, line=line, item=name)
            since = (rec.get("valid_from") or "").strip()
            try:
                valid_from = dt.date.fromisoformat(since) if since else None
            except ValueError:
                raise ZoneError(
                    f"valid_from={since!r} is not an ISO date (YYYY-MM-DD)", path=path, line=line, item=name
                ) from None
            flag = (rec.get("estimated") or "").strip().lower()
            if flag not in _YES + _NO:
                raise ZoneError(f"estimated={flag!r} is not yes/no", path=path, line=line, item=name)
        except ZoneError as err:
            if strict:
                raise
            rejected.append(Rejected(str(path), err.item or "", err.reason, line))
            continue
        rows.append(
            {
                "name": name,
                "actor": actor,
                "kind": kind,
                "lat": lat,
                "lon": lon,
                "valid_from": valid_from,
                "source": (rec.get("source") or "").strip(),
                "estimated": flag in _YES,
                "note": (rec.get("note") or "").strip(),
            }
        )
    df = pd.DataFrame(rows, columns=COLUMNS)
    df["estimated"] = df["estimated"].astype(bool)
    return gpd.GeoDataFrame(df, geometry=lonlat_points(df["lat"], df["lon"]), crs="EPSG:4326"), rejected
