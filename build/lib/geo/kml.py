"""Control polygons from KML/KMZ maps whose colour says who holds an area.

Google My Maps, Liveuamap-style exports and Google Earth write a control map as
placemarks with polygons and a *style*: ``<Style><PolyStyle><color>`` in KML's
``aabbggrr`` order (alpha first, then blue, green, red), shared through
``<styleUrl>#id</styleUrl>`` and ``<StyleMap>`` (its ``normal`` pair counts).  A
placemark's colour becomes its controller through ``data/actors.csv`` (each
actor's ``colour`` and its ``map_colours``); an ``ExtendedData`` field
``controller`` overrides the colour.  A colour no actor lists is *reported* (file,
placemark, colour, the colours the table knows) and the area is left ``unknown``,
never guessed.

Dates: ``ExtendedData`` ``valid_from``/``valid_to``, else the placemark's
``<TimeSpan><begin>/<end>`` or ``<TimeStamp><when>``, else the date at the start of
the file name (as for every zone file).  A ``.kmz`` is the zipped ``doc.kml`` (or
its first ``.kml``).  Placemarks without a polygon (points, lines) are rejected:
zones are areas.
"""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import geopandas as gpd
import shapely

from .actors import UNKNOWN, Actors
from .exc import Rejection, ZoneError
from .settings import DEFAULTS
from .zonefiles import zone_features

log = logging.getLogger(__name__)

MAX_KML_BYTES = 200 * 1024 * 1024
_HEX8 = re.compile(r"[0-9a-fA-F]{8}")
_DATE_IN_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(el: ET.Element, name: str) -> list[ET.Element]:
    return [c for c in el if _local(c.tag) == name]


def _child(el: ET.Element, name: str) -> ET.Element | None:
    return next((c for c in el if _local(c.tag) == name), None)


def _text(el: ET.Element | None, *path: str) -> str:
    for name in path:
        el = _child(el, name) if el is not None else None
    return (el.text or "").strip() if el is not None else ""


def kml_colour(value: str) -> str:
    """``aabbggrr`` (KML) → ``#rrggbb``; '' if it is not 8 hex digits."""
    value = value.strip().lstrip("#")
    if not _HEX8.fullmatch(value):
        return ""
    return f"#{value[6:8]}{value[4:6]}{value[2:4]}".lower()


def _style_colour(style: ET.Element) -> str:
    """The fill colour of a ``<Style>`` (its outline colour when it has no fill)."""
    poly = _child(style, "PolyStyle")
    if poly is not None and _text(poly, "fill") not in ("0", "false"):
        colour = kml_colour(_text(poly, "color"))
        if colour:
            return colour
    return kml_colour(_text(style, "LineStyle", "color"))


def _styles(root: ET.Element) -> dict[str, str]:
    """Style id → colour, ``StyleMap`` ids resolved through their ``normal`` pair."""
    colours: dict[str, str] = {}
    maps: dict[str, str] = {}
    for el in root.iter():
        sid = el.get("id") or ""
        if _local(el.tag) == "Style" and sid:
            colours[sid] = _style_colour(el)
        elif _local(el.tag) == "StyleMap" and sid:
            for pair in _children(el, "Pair"):
                if _text(pair, "key") in ("normal", ""):
                    maps[sid] = _text(pair, "styleUrl").lstrip("#")
    for sid, target in maps.items():
        colours[sid] = colours.get(target, "")
    return colours


def _ring(el: ET.Element) -> list[tuple[float, float]]:
    text = _text(el, "LinearRing", "coordinates")
    out = []
    for tup in text.split():
        parts = tup.split(",")
        out.append((float(parts[0]), float(parts[1])))
    return out


def _polygons(placemark: ET.Element) -> list[shapely.Polygon]:
    out = []
    for el in placemark.iter():
        if _local(el.tag) != "Polygon":
            continue
        outer = _child(el, "outerBoundaryIs")
        if outer is None:
            continue
        holes = [_ring(h) for h in _children(el, "innerBoundaryIs")]
        out.append(shapely.Polygon(_ring(outer), [h for h in holes if len(h) >= 4]))
    return out


def _extended(placemark: ET.Element) -> dict[str, str]:
    out: dict[str, str] = {}
    ext = _child(placemark, "ExtendedData")
    if ext is None:
        return out
    for el in ext.iter():
        tag, name = _local(el.tag), (el.get("name") or "").strip().lower()
        if tag == "Data" and name:
            out[name] = _text(el, "value")
        elif tag == "SimpleData" and name:
            out[name] = (el.text or "").strip()
    return out


def _load(path: Path) -> bytes:
    if path.suffix.lower() != ".kmz":
        if path.stat().st_size > MAX_KML_BYTES:
            raise ZoneError(f"larger than {MAX_KML_BYTES // 2**20} MB", path=path)
        return path.read_bytes()
    try:
        with zipfile.ZipFile(path) as z:
            names = [n for n in z.namelist() if n.lower().endswith(".kml")]
            if not names:
                raise ZoneError("no .kml inside the .kmz", path=path)
            name = "doc.kml" if "doc.kml" in names else names[0]
            if z.getinfo(name).file_size > MAX_KML_BYTES:
                raise ZoneError(f"{name} is larger than {MAX_KML_BYTES // 2**20} MB unpacked", path=path)
            return z.read(name)
    except zipfile.BadZipFile as err:
        raise ZoneError(f"not a KMZ (zip) file: {err}", path=path) from None


def read_kml(
    path: Path, actors: Actors, *, aoi=DEFAULTS.aoi, strict: bool = False, clip_iso: str | None = DEFAULTS.aoi_country
) -> tuple[gpd.GeoDataFrame, list[Rejection], list[str]]:
    """Read the coloured control polygons of a KML or KMZ file.

    Parameters
    ----------
    path : Path
        ``.kml`` or ``.kmz``.
    actors : Actors
        Colours → controllers (``colour`` and ``map_colours`` of ``actors.csv``).
    aoi, strict, clip_iso
        As :func:`geo.zones.read_zone_file`.

    Returns
    -------
    (GeoDataFrame, rejected, warnings)
        As :func:`geo.zones.read_zone_file`; a warning per colour no actor lists.

    Raises
    ------
    ZoneError
        Unreadable or malformed file; with ``strict=True`` also the first bad placemark.
    """
    path = Path(path)
    try:
        root = ET.fromstring(_load(path))
    except ET.ParseError as err:
        line = err.position[0] if getattr(err, "position", None) else None
        raise ZoneError(f"not well-formed KML: {err}", path=path, line=line) from None
    styles = _styles(root)
    rows: list[dict] = []
    rejected: list[Rejection] = []
    unknown: dict[str, list[str]] = {}
    for i, pm in enumerate(el for el in root.iter() if _local(el.tag) == "Placemark"):
        name = _text(pm, "name")
        item = f"placemark {i}" + (f" '{name}'" if name else "")
        try:
            geoms = _polygons(pm)
        except (ValueError, IndexError) as err:
            geoms, bad = [], f"unreadable coordinates ({err}); expected 'lon,lat[,alt]' tuples"
        else:
            bad = "has no polygon; zones must be areas (put point marks in settlements.csv)"
        if not geoms:
            if strict:
                raise ZoneError(bad, path=path, item=item)
            rejected.append(Rejection(str(path), 0, bad, item))
            continue
        ext = _extended(pm)
        inline = _child(pm, "Style")
        colour = _style_colour(inline) if inline is not None else styles.get(_text(pm, "styleUrl").lstrip("#"), "")
        controller = ext.get("controller", "")
        if not controller:
            controller = actors.by_colour(colour) if colour else ""
            if not controller:
                unknown.setdefault(colour, []).append(item)
                controller = UNKNOWN
        span = _child(pm, "TimeSpan")
        rows.append(
            {
                "controller": controller,
                "valid_from": ext.get("valid_from") or _text(span, "begin") or _text(pm, "TimeStamp", "when") or None,
                "valid_to": ext.get("valid_to") or _text(span, "end") or None,
                "name": name,
                "source": ext.get("source", ""),
                "geometry": shapely.union_all(geoms) if len(geoms) > 1 else geoms[0],
            }
        )
    gdf = gpd.GeoDataFrame(
        rows, columns=["controller", "valid_from", "valid_to", "name", "source", "geometry"], crs="EPSG:4326"
    )
    name_date = _DATE_IN_NAME.search(path.stem)
    if name_date:  # placemarks without a date of their own take the file name's
        gdf["valid_from"] = gdf["valid_from"].fillna(name_date.group(1))
    warnings: list[str] = []
    for colour, items in unknown.items():
        warnings.append(
            f"{path}: colour {colour or '(none)'} of {len(items)} placemark(s) ({', '.join(items[:3])}"
            f"{', …' if len(items) > 3 else ''}) is in no actor's colour or map_colours; left unknown. "
            f"Known colours: {', '.join(actors.map_colours)} (add it to the map_colours column of "
            f"{actors.path or 'actors.csv'})"
        )
    for w in warnings:
        log.warning("%s", w)
    out, rej = zone_features(gdf, path, actors, aoi=aoi, strict=strict, clip_iso=clip_iso, warnings=warnings)
    return out, rejected + rej, warnings
