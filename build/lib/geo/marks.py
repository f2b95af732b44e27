"""Settlement control marks from every point source in the zone folder.

A *mark* says who held a place on a date.  ``data/zones/`` may hold them in two
formats, read by their own readers and returned as one table:

* ``settlements.csv`` — the project's own table (:func:`geo.zones.read_settlements`);
* ``*.lua`` — Wikipedia detailed-map modules saved from any revision
  (:func:`geo.wikimap.read_wikimap`).

Polygon layers (GeoJSON, GeoPackage, Shapefile, KML/KMZ) are read separately by
:func:`geo.zones.read_zone_layers`.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pandas as pd

from .actors import Actors
from .exc import Rejection, ZoneError
from .settings import DEFAULTS
from .wikimap import COLUMNS, SUFFIXES, read_wikimap
from .zonefiles import read_settlements

SETTLEMENTS = "settlements.csv"


def read_marks(
    directory: Path, actors: Actors, *, aoi=DEFAULTS.aoi, country: str = DEFAULTS.aoi_country, strict: bool = False
) -> tuple[gpd.GeoDataFrame, list[Rejection], list[str]]:
    """All control marks in ``directory``: ``settlements.csv`` and ``*.lua`` modules.

    Parameters
    ----------
    directory : Path
        The zone folder.
    actors : Actors
    aoi : tuple of float
        Marks outside it are rejected.
    country : str
        ISO code of the theatre's country ('' for none): marks outside it are rejected.
    strict : bool
        Raise on the first bad row or mark.

    Returns
    -------
    (GeoDataFrame, rejected, warnings)
        Points with ``name, lat, lon, controller, as_of, source, estimated``, in file
        order (``settlements.csv`` first); what could not be used; what deserves a look
        (icons no actor lists).  A file that cannot be read at all is one rejection,
        and the other files are still used.
    """
    directory = Path(directory)
    frames, rejected, warnings = [], [], []
    table = directory / SETTLEMENTS
    if table.is_file():
        gdf, rej = read_settlements(table, actors, aoi=aoi, country=country, strict=strict)
        frames.append(gdf)
        rejected += rej
    modules = sorted(p for p in directory.glob("*") if p.suffix.lower() in SUFFIXES and not p.name.startswith("."))
    for path in modules:
        try:
            gdf, rej, warn = read_wikimap(path, actors, aoi=aoi, country=country, strict=strict)
        except ZoneError as err:
            if strict:
                raise
            rejected.append(Rejection(str(path), err.line or 0, err.reason, "whole file"))
            continue
        frames.append(gdf)
        rejected += rej
        warnings += warn
    if not frames:
        empty = pd.DataFrame(columns=COLUMNS)
        return gpd.GeoDataFrame(empty, geometry=gpd.GeoSeries([], crs="EPSG:4326"), crs="EPSG:4326"), rejected, warnings
    gdf = pd.concat(frames, ignore_index=True)
    gdf["estimated"] = gdf["estimated"].astype(bool)
    return gpd.GeoDataFrame(gdf, geometry="geometry", crs="EPSG:4326"), rejected, warnings
