"""HTML pages: one map per date, the index, the timeline.  The only module that
imports folium.

By default every page is one self-contained file: Leaflet, Leaflet.markercluster and
the project's own ``conflictmap.js``/``.css`` are inlined (from ``geo/resources``),
together with an offline basemap (Natural Earth country and governorate outlines,
rivers, the gazetteer's roads and settlement names), so a map mailed as an
attachment opens with no network.  With ``assets="shared"`` (see :func:`page_assets`)
the code and the basemap go into content-hashed files in ``assets/`` beside the
pages instead, which a folder of many dates shares.  Online tiles (from
:mod:`xyzservices`) are an optional, unchecked overlay.

Data reach the page as JSON inside a ``<script>`` (``<``, ``>``, ``&`` escaped, so a
report containing ``</script>`` cannot break out); the page's JavaScript inserts
report text — and gazetteer names, in labels and search results — with
``textContent`` only.  Panel HTML is built here with :func:`html.escape`.  Link
targets are kept only for ``http(s)`` URLs.

Colours: :func:`controller_styles` is the one table of fill colour, fill opacity and
hatching per controller; the date pages, the timeline, the legend and the index all
draw from it (dark colours such as Islamic State's black get a denser fill so they
stay black over the land colour; *unknown* is hatched grey).

Scale: places, areas and zones are a few hundred features per date; events use a
compact columnar layout and are drawn on one canvas (``CM.CanvasPoints``), which
keeps a 100,000-event timeline small and fast.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import itertools
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import folium
import geopandas as gpd
import numpy as np
import shapely
from branca.element import Element, MacroElement
from jinja2 import Template
from markupsafe import Markup

from .actors import UNKNOWN, Actors
from .events import KINDS as EVENT_KINDS
from .export import write_text
from .gazetteer import APPROXIMATE_PREFIXES, KINDS
from .names import skeleton_many, spelling_variants
from .settings import DEFAULTS, RESOURCES

EVENT_COLOURS = {
    "capture": "#d62728",
    "surrender": "#9467bd",
    "withdrawal": "#ff7f0e",
    "advance": "#e377c2",
    "siege": "#8c564b",
    "strike": "#111111",
    "shelling": "#7f7f7f",
    "clash": "#17becf",
    "handover": "#c5b0d5",
    "explosive": "#8c6d31",
    "suicide": "#843c39",
    "violence": "#e7969c",
    "abduction": "#ad494a",
    "arrest": "#637939",
    "agreement": "#9edae5",
    "base": "#7b4173",
    "protest": "#bcbd22",
    "riot": "#d6616b",
}
PLACE_KINDS = [k for k in KINDS if k != "country"]  # the kinds a marker can have, in the gazetteer's order
ASSET_MODES = ("inline", "shared")
ATTRIBUTION = (
    "Places: GeoNames (CC BY 4.0) and project gazetteer; outlines: Natural Earth; map library: Leaflet (BSD-2)"
)
_LAND = "#f4f1ea"  # the offline basemap's land colour (conflictmap.js draws it; thumbnails match it)
_SETTLEMENT_KINDS = ("city", "town", "village")


def safe_json(obj) -> str:
    """JSON that is safe inside a ``<script>`` element."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=str)
    # "{{", "{%" and "{#" never occur in JSON's own syntax, only inside strings: escaping their
    # brace keeps any template engine on the way from reading report text as template code
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
        .replace("{{", "{\\u007b")
        .replace("{%", "\\u007b%")
        .replace("{#", "\\u007b#")
    )


def safe_url(url: str) -> str | None:
    """``url`` if it is a plain http(s) URL, else ``None`` (no ``javascript:`` links)."""
    u = (url or "").strip()
    return u if u.lower().startswith(("http://", "https://")) and not any(c in u for c in " \"'<>`") else None


# -- colours -----------------------------------------------------------------------------


def _fill_opacity(colour: str) -> float:
    """Zone fill opacity: dark colours are filled denser so that black reads as black.

    At the usual 0.28 a black fill over the land colour comes out mid-grey — the grey
    of *unknown*.  Colours whose relative luminance is below 0.05 get 0.6.
    """
    c = colour.lstrip("#")
    if len(c) != 6:
        return 0.28
    rgb = [int(c[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in rgb]
    return 0.85 if 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2] < 0.05 else 0.28


def controller_styles(actors: Actors) -> list[dict]:
    """How each controller is drawn, in table order with *unknown* last.

    Each entry: ``id``, ``label``, ``short`` (the label without its bracket),
    ``colour``, ``fill`` (fill opacity) and ``hatch`` (drawn hatched: *unknown*).
    Every page, legend and chart takes its colours from here.
    """
    out = []
    for c in [*actors.controllers, UNKNOWN]:
        label = actors.label(c) if c != UNKNOWN else "Unknown / no data"
        colour = actors.colour(c)
        out.append(
            {
                "id": c,
                "label": label,
                "short": label.split(" (")[0],
                "colour": colour,
                "fill": 0.18 if c == UNKNOWN else _fill_opacity(colour),
                "hatch": c == UNKNOWN,
            }
        )
    return out


def _controllers(actors: Actors) -> tuple[list[dict], dict[str, int]]:
    styles = controller_styles(actors)
    return styles, {s["id"]: i for i, s in enumerate(styles)}


def _mix(colour: str, opacity: float, under: str = _LAND) -> str:
    """``colour`` at ``opacity`` over ``under``, as an opaque hex colour."""
    a = [int(colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4)]
    b = [int(under.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4)]
    return "#" + "".join(f"{round(x * opacity + y * (1 - opacity)):02x}" for x, y in zip(a, b))


# -- basemap ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Basemap:
    """What every map draws under the data, beyond the shipped outlines.

    Attributes
    ----------
    places : tuple
        ``(name, lat, lon, kind, population, admin1, keys)`` for every gazetteer place
        of the theatre; ``keys`` pairs each distinct name skeleton with one spelling
        that has it (the search box matches a query's skeleton against them).
        Cities, towns and villages are also labelled on the map.
    roads : tuple
        ``(name, short, coords)`` with ``coords`` a tuple of ``(lon, lat)`` vertices.
    """

    places: tuple = ()
    roads: tuple = ()

    @classmethod
    def from_places(cls, places: Iterable, *, aoi: Sequence[float], countries: Sequence[str] = ()) -> Basemap:
        """The basemap of a theatre from gazetteer :class:`~geo.gazetteer.Place` records.

        Parameters
        ----------
        places : iterable of Place
            Usually ``gazetteer.places``.
        aoi : (min_lon, min_lat, max_lon, max_lat)
            Only places inside it are kept.
        countries : sequence of str
            ISO codes of the theatre's countries; places elsewhere are left out (none: any).
        """
        inside = [
            p
            for p in places
            if (p.country in countries or not countries)
            and aoi[0] <= p.lon <= aoi[2]
            and aoi[1] <= p.lat <= aoi[3]
            and p.kind not in ("area", "country", "river")
        ]
        names = [(i, n) for i, p in enumerate(inside) for n in dict.fromkeys((p.name, *p.alt_names))]
        keys: list[dict[str, str]] = [{} for _ in inside]
        for (i, n), k in zip(names, skeleton_many([n for _, n in names])):
            if k:
                keys[i].setdefault(k, n)
        rows, roads = [], []
        for p, ks in zip(inside, keys):
            rows.append(
                (p.name, round(p.lat, 4), round(p.lon, 4), p.kind, int(p.population), p.admin1, tuple(ks.items()))
            )
            if p.kind == "road" and p.geometry is not None and p.geometry.geom_type == "LineString":
                short = next((n for n in (p.name, *p.alt_names) if len(n) <= 4 and any(c.isdigit() for c in n)), "")
                coords = tuple((round(x, 4), round(y, 4)) for x, y in shapely.get_coordinates(p.geometry))
                roads.append((p.name, short, coords))
        rows.sort(key=lambda r: (_SETTLEMENT_KINDS.index(r[3]) if r[3] in _SETTLEMENT_KINDS else 3, -r[4], r[0]))
        return cls(tuple(rows), tuple(roads))

    def payload(self) -> dict:
        """The basemap as the page's JavaScript reads it (``CM.basemap``)."""
        base = RESOURCES / "basemap"
        data = {
            name: json.loads((base / f"{name}.geojson").read_text(encoding="utf-8"))
            for name in ("countries", "admin1", "rivers")
        }
        data["roads"] = [{"n": n, "s": s, "c": [v for xy in coords for v in xy]} for n, s, coords in self.roads]
        data["places"] = {
            "n": [r[0] for r in self.places],
            "y": [r[1] for r in self.places],
            "x": [r[2] for r in self.places],
            "k": [r[3] for r in self.places],
            "p": [r[4] for r in self.places],
            "a": [r[5] for r in self.places],
            # [skeleton, spelling], then [variant, spelling, 1] for the spellings no letter fold reaches
            # ("Kfrnaya" for Kafr Naya: :func:`geo.names.spelling_variants`), which the search matches alike
            "s": [[list(kv) for kv in r[6]] + _variant_keys(r[6]) for r in self.places],
        }
        return data


def _variant_keys(keys: tuple[tuple[str, str], ...]) -> list[list]:
    """``[variant, spelling, 1]`` for each spelling variant of a place's skeletons it lacks."""
    own = {k for k, _ in keys}
    out: dict[str, str] = {}
    for k, n in keys:
        for v in spelling_variants(k):
            if v not in own:
                out.setdefault(v, n)
    return [[v, n, 1] for v, n in out.items()]


def _tiles(online_tiles: bool):
    if not online_tiles:
        return None
    import xyzservices.providers as xyz

    p = xyz.OpenStreetMap.Mapnik
    return {"name": p.name, "url": p.build_url(), "attribution": p.html_attribution}


# -- assets -------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _code() -> tuple[str, str]:
    """(CSS, JavaScript) of Leaflet, Leaflet.markercluster and conflictmap."""
    vendor = RESOURCES / "vendor"
    css = "\n".join(
        (vendor / n).read_text(encoding="utf-8")
        for n in ("leaflet.css", "MarkerCluster.css", "MarkerCluster.Default.css")
    )
    css += "\n" + (RESOURCES / "conflictmap.css").read_text(encoding="utf-8")
    js = [(vendor / n).read_text(encoding="utf-8") for n in ("leaflet.js", "leaflet.markercluster.js")]
    js.append((RESOURCES / "conflictmap.js").read_text(encoding="utf-8"))
    return css, "\n;\n".join(js)


@lru_cache(maxsize=1)
def _assets() -> str:
    """The code, inlined: ``<style>`` and ``<script>`` elements."""
    css, js = _code()
    js = js.replace("</script", "<\\/script")  # a literal "</script" inside a library would end the element early
    return f"<style>\n{css}\n</style>\n<script>\n{js}\n</script>\n"


@dataclass(frozen=True, slots=True)
class PageAssets:
    """How the map pages of one run get their code and basemap.

    Attributes
    ----------
    head : str
        HTML for every map page's ``<head>`` (inlined code, or links to shared files).
    basemap : str
        A JavaScript expression for the basemap data (a JSON literal, or the global the
        shared basemap file defines).
    files : dict
        ``{relative path: text}`` of the files to write beside the pages (empty when
        inlined; see :func:`write_assets`).
    """

    head: str
    basemap: str
    files: dict = field(default_factory=dict)


def page_assets(basemap: Basemap | None = None, *, mode: str = "inline") -> PageAssets:
    """The code and basemap the map pages of one run load.

    Parameters
    ----------
    basemap : Basemap, optional
        Settlement names and roads; outlines only when omitted.
    mode : {"inline", "shared"}
        ``"inline"`` (the default): every page is one self-contained file.
        ``"shared"``: one code file, one stylesheet and one basemap file, named by the
        hash of their content, go to ``assets/`` (their text is in ``files``; the caller
        writes them beside the pages) and every page links them — a run of many dates is
        much smaller, but a page copied alone no longer works.

    Raises
    ------
    ValueError
        For an unknown ``mode``.
    """
    if mode not in ASSET_MODES:
        raise ValueError(f"assets mode {mode!r} is not one of {', '.join(ASSET_MODES)}")
    base_json = _basemap_json(basemap or Basemap())
    if mode == "inline":
        return PageAssets(_assets(), base_json)
    css, js = _code()
    files = {}
    for kind, ext, text in (("conflictmap", "css", css), ("conflictmap", "js", js), ("basemap", "js", None)):
        text = text if text is not None else f"window.CM_BASEMAP = {base_json};\n"
        files[f"assets/{kind}-{hashlib.sha256(text.encode()).hexdigest()[:12]}.{ext}"] = text
    css_name, js_name, base_name = files
    head = (
        f'<link rel="stylesheet" href="{css_name}">\n<script src="{js_name}"></script>\n'
        f'<script src="{base_name}"></script>\n'
    )
    return PageAssets(head, "window.CM_BASEMAP", files)


def write_assets(out_dir: Path, assets: PageAssets) -> list[Path]:
    """Write the shared files of ``assets`` under ``out_dir`` (nothing when inlined)."""
    written = []
    for name, text in assets.files.items():
        write_text(Path(out_dir) / name, text)
        written.append(Path(out_dir) / name)
    return written


@lru_cache(maxsize=4)
def _basemap_json(basemap: Basemap) -> str:
    return safe_json(basemap.payload())


class _Raw(Element):
    """Pre-rendered HTML inserted as data, never parsed as a Jinja template.

    ``branca.element.Element(text)`` compiles ``text`` as a template: report text
    such as ``{{ config }}`` would be evaluated (template injection) and every page
    would re-tokenise the 200 kB of inlined Leaflet.  This element's template is one
    fixed expression; the HTML is passed as a value.
    """

    _template = Template("{{ this.raw }}")

    def __init__(self, raw: str) -> None:
        super().__init__()
        self.raw = Markup(raw)


class _PageScript(MacroElement):
    """Calls ``CM.<fn>(map, data, basemap, tiles)`` once the map exists.

    It adds its JavaScript to the page's script section as a :class:`_Raw` value
    (after the map's own script, since it is the map's child) — not through
    ``MacroElement``'s default path, which would re-parse the data as a template.
    """

    def __init__(self, fn: str, data: str, basemap: str, tiles: str) -> None:
        super().__init__()
        self._name = "CMPage"
        self.fn, self.data, self.basemap, self.tiles = fn, data, basemap, tiles

    def render(self, **kwargs) -> str:
        parent, root = self._parent, self.get_root()
        assert parent is not None, "the page script is added to a map before rendering"
        js = f"CM.{self.fn}({parent.get_name()}, {self.data}, {self.basemap}, {self.tiles});"
        root.script.add_child(_Raw(js), name=self.get_name())  # type: ignore[attr-defined]
        return ""


def _map(center: Sequence[float], zoom: int, assets: PageAssets) -> folium.Map:
    m = folium.Map(
        location=list(center),
        zoom_start=zoom,
        tiles=None,
        control_scale=False,
        prefer_canvas=False,
        min_zoom=5,
        max_zoom=16,
    )
    m.default_js = []  # the code comes with the page assets
    m.default_css = []
    root: Any = m.get_root()  # a branca Figure (header, html, script)
    root.header.add_child(
        _Raw('<meta name="viewport" content="width=device-width, initial-scale=1.0">'), name="cm_viewport"
    )
    root.header.add_child(_Raw(assets.head), name="cm_assets")
    return m


def _page(m: folium.Map, title: str, body_html: str, script: _PageScript, *, body_class: str = "") -> str:
    root: Any = m.get_root()
    root.header.add_child(_Raw(f"<title>{html.escape(title)}</title>"), name="cm_title")
    root.html.add_child(_Raw(body_html), name="cm_body")
    m.add_child(script)
    _stable_ids(root)
    out = root.render()
    if body_class:
        out = out.replace("<body>", f'<body class="{body_class}">', 1)
    out = out.replace('class="folium-map"', 'class="folium-map cm-map"', 1)
    return out


def _search_box() -> str:
    return (
        '<div id="cm-search-box"><input id="cm-search" type="search" autocomplete="off" spellcheck="false" '
        'placeholder="Find a place (any spelling)" aria-label="find a place">'
        '<ul id="cm-search-results" role="listbox" hidden></ul></div>'
        '<button id="cm-copy-link" type="button" title="copy a link to this view">Copy link</button>'
    )


def _stable_ids(element: Element) -> None:
    """Number every element's id in tree order (branca draws random ones), so the same
    inputs give the same page, byte for byte: reruns can tell a changed page from an
    unchanged one, and pages diff cleanly."""
    counter = itertools.count()

    def walk(el: Element) -> None:
        el._id = f"{next(counter):032x}"
        for child in el._children.values():
            walk(child)

    walk(element)


# -- payloads ----------------------------------------------------------------------------


@dataclass
class _Table:
    """Interning of repeated strings (sentences, names, reports) in a payload."""

    items: list = field(default_factory=list)
    index: dict = field(default_factory=dict)
    seen: dict = field(default_factory=dict)  # id(dict) -> (index, the dict, kept alive so its id stays its own)

    def __call__(self, value) -> int:
        if isinstance(value, dict):
            # the same dict (a report's metadata) comes back for every sentence of the report:
            # its JSON key is computed once per object
            hit = self.seen.get(id(value))
            if hit is not None:
                return hit[0]
            i = self._intern(json.dumps(value, sort_keys=True, ensure_ascii=False), value)
            self.seen[id(value)] = (i, value)
            return i
        return self._intern(value, value)

    def _intern(self, key, value) -> int:
        i = self.index.get(key)
        if i is None:
            i = self.index[key] = len(self.items)
            self.items.append(value)
        return i


def _round_geom(geoms, digits: int, tolerance: float):
    """Simplified (topology-preserving) geometries with coordinates rounded to ``digits``."""
    geoms = np.asarray(geoms, dtype=object)
    if tolerance > 0:
        geoms = shapely.simplify(geoms, tolerance, preserve_topology=True)
    return shapely.transform(geoms, lambda c: np.round(c, digits))


class _ZoneGeometries:
    """GeoJSON geometries of simplified, rounded zones (or areas), kept for the last few distinct ones.

    Consecutive dates share most zones (a date's flips touch one or two sides; dates with
    no flip share all) and name the same areas: each distinct one is simplified and walked
    once, not once per page.
    Keys are the zone geometries themselves (shapely hashes their WKB and compares them
    coordinate by coordinate), so only an identical zone reuses an entry.  The GeoJSON dicts
    handed out are shared with later pages: callers serialise them and never change them.
    """

    def __init__(self, size: int = 32) -> None:
        self.size = size
        self.items: dict = {}

    def __call__(self, geoms: np.ndarray, digits: int, tolerance: float) -> list[dict | None]:
        """One GeoJSON geometry per zone (``None`` for a missing or empty one)."""
        keys = [(g, digits, tolerance) if g is not None else None for g in geoms]
        todo = [i for i, k in enumerate(keys) if k is not None and k not in self.items]
        if todo:
            rounded = _round_geom(geoms[todo], digits, tolerance)
            live = ~shapely.is_missing(rounded) & ~shapely.is_empty(rounded)
            done = iter(_geo_interfaces(rounded[live]))
            for i, ok in zip(todo, live.tolist()):
                self.items[keys[i]] = next(done) if ok else None
        out = []
        for k in keys:
            g = None if k is None else self.items.pop(k)
            if k is not None:
                self.items[k] = g  # most recently used last
            out.append(g)
        while len(self.items) > self.size:
            del self.items[next(iter(self.items))]
        return out


_ZONE_GEOMETRIES = _ZoneGeometries()
_AREA_GEOMETRIES = _ZoneGeometries(size=512)  # areal phrases: many, small, and repeated over the dates


def _zones_fc(zones: gpd.GeoDataFrame, cidx: dict[str, int], *, digits: int, tolerance: float) -> dict:
    if not len(zones):
        return {"type": "FeatureCollection", "features": []}
    geoms = _ZONE_GEOMETRIES(np.asarray(zones.geometry.values, dtype=object), digits, tolerance)
    feats = [
        {"type": "Feature", "properties": {"c": cidx.get(c, cidx[UNKNOWN]), "a": float(a)}, "geometry": g}
        for c, a, g in zip(zones["controller"], zones["area_km2"], geoms)
        if g is not None
    ]
    return {"type": "FeatureCollection", "features": feats}


def _geo_interfaces(geoms: np.ndarray) -> list[dict]:
    """GeoJSON geometry dicts of (multi)polygons, as ``shapely.geometry.mapping`` gives them
    (same nesting and floats, lists for tuples), from one coordinate array instead of a
    Python walk over every vertex.  Other types, and 3D, go through ``mapping``.
    """
    geoms = np.asarray(geoms, dtype=object)
    types = shapely.get_type_id(geoms)
    polygonal = np.isin(types, (3, 6)) & ~shapely.has_z(geoms)
    out: list = [None] * len(geoms)
    for i in np.flatnonzero(~polygonal):
        out[i] = shapely.geometry.mapping(geoms[i])
    idx = np.flatnonzero(polygonal)
    if not len(idx):
        return out
    polys, poly_of = shapely.get_parts(geoms[idx], return_index=True)
    rings, ring_of = shapely.get_rings(polys, return_index=True)
    xy = shapely.get_coordinates(rings).tolist()
    ring_ends = np.cumsum(shapely.get_num_coordinates(rings)).tolist()
    ring_lists = [xy[a:b] for a, b in zip([0, *ring_ends[:-1]], ring_ends)]
    poly_ends = np.cumsum(np.bincount(ring_of, minlength=len(polys))).tolist()
    poly_lists = [ring_lists[a:b] for a, b in zip([0, *poly_ends[:-1]], poly_ends)]
    geom_ends = np.cumsum(np.bincount(poly_of, minlength=len(idx))).tolist()
    for k, a, b in zip(idx.tolist(), [0, *geom_ends[:-1]], geom_ends):
        if types[k] == 3:
            out[k] = {"type": "Polygon", "coordinates": poly_lists[a]}
        else:
            out[k] = {"type": "MultiPolygon", "coordinates": poly_lists[a:b]}
    return out


def _events_columns(
    events: gpd.GeoDataFrame,
    dates: list[str],
    reports: _Table,
    sentences: _Table,
    names: _Table,
    actor_names: _Table,
    report_meta: dict,
    digits: int,
) -> dict:
    """Events as parallel columns (one list per field), strings interned in the tables."""
    cols: dict[str, list] = {k: [] for k in ("y", "x", "k", "a", "d", "p", "s", "r", "sa", "sb")}
    if not len(events):
        return cols
    kidx = {k: i for i, k in enumerate(EVENT_KINDS)}
    didx = {d: i for i, d in enumerate(dates)}
    geoms = events.geometry.values
    cols["y"] = np.round(shapely.get_y(geoms), digits).tolist()
    cols["x"] = np.round(shapely.get_x(geoms), digits).tolist()
    cols["k"] = [kidx.get(k, 0) for k in events["kind"]]
    cols["a"] = [actor_names(a or "") for a in events["actor"]]
    cols["d"] = [didx.get(d.isoformat() if hasattr(d, "isoformat") else str(d), 0) for d in events["date"]]
    cols["p"] = [names(n) for n in events["name"]]
    cols["s"] = [sentences(t or "") for t in events["sentence"]]
    srcs = events["source"] if "source" in events else [""] * len(events)
    # events from ACLED/UCDP files have no report: their file and source stand in
    cols["r"] = [reports(report_meta.get(r, {"id": r, "t": src or r})) for r, src in zip(events["report"], srcs)]
    # events from ACLED/UCDP files have no offsets (their sentence_at is 0): the place's first occurrence
    at = events["sentence_at"].tolist() if "sentence_at" in events else [None] * len(events)
    spans = [
        _mention_span(t or "", p or "", a) or (-1, -1) for t, p, a in zip(events["sentence"], events["surface"], at)
    ]
    cols["sa"] = [a for a, _ in spans]
    cols["sb"] = [b for _, b in spans]
    return cols


def _mention_span(sentence: str, surface: str, at: Any = None) -> tuple[int, int] | None:
    """Where the mention ``surface`` stands in ``sentence``: at its own offset ``at`` when the
    text there is the surface; else (no offset known, as in a table written before offsets
    were kept, or one that does not fit) at the first occurrence, ignoring case; ``None``
    when the sentence does not contain it.

    >>> s = "Boats on the Euphrates banks and boats crossing the Euphrates were hit."
    >>> _mention_span(s, "Euphrates", 52), _mention_span(s, "euphrates"), _mention_span(s, "Raqqa", 3)
    ((52, 61), (13, 22), None)
    """
    if not surface:
        return None
    try:
        i = int(at)
    except (TypeError, ValueError):  # None, NaN or '' (unknown)
        i = -1
    if i >= 0 and sentence.startswith(surface, i):
        return i, i + len(surface)
    low, needle = sentence.lower(), surface.lower()
    if len(low) == len(sentence) and len(needle) == len(surface):
        i = low.find(needle)
    else:  # lower-casing changed a length ('İ'): offsets would shift, so match as written
        i = sentence.find(surface)
    return (i, i + len(surface)) if i >= 0 else None


def _sentence_offsets(events: gpd.GeoDataFrame, evidence: Sequence) -> dict[str, int]:
    """The offset in its sentence of the place of each event and piece of evidence, by id:
    a change of control highlights the occurrence its event or evidence read."""
    out: dict[str, int] = {}
    if len(events) and "sentence_at" in events:
        out.update(zip(events["id"].tolist(), events["sentence_at"].tolist()))
    out.update((u.evidence.id, u.evidence.start - u.evidence.sentence_start) for u in evidence)
    return out


def _span(sentence: str, surface: str, at: Any = None) -> list[int]:
    """:func:`_mention_span` as a payload list: ``[start, end]``, or ``[]`` (nothing to mark)."""
    span = _mention_span(sentence, surface, at)
    return list(span) if span else []


def _place_payload(row, y: float, x: float, *, kinds, cidx, sentences, reports, report_meta, digits) -> dict:
    """One place named on a date: name, kind, position, controller, confidence, mentions."""
    ms = [
        [
            sentences(mm["sentence"]),
            mm["at"][0],
            mm["at"][1],
            reports(report_meta.get(mm["report"], {"id": mm["report"]})),
        ]
        for mm in row.mentions
    ]
    out = {
        "n": row.name,
        "k": kinds.get(row.kind, kinds["village"]),
        "a": row.admin1 or "",
        "y": round(y, digits),
        "x": round(x, digits),
        "c": cidx.get(row.controller, cidx[UNKNOWN]),
        "f": round(float(row.confidence), 3),
        "v": list(row.surfaces),
        "m": ms,
        "w": row.why,
    }
    if str(getattr(row, "place_id", "")).startswith(APPROXIMATE_PREFIXES):
        out["q"] = 1  # a place the gazetteer lacks, drawn from the places the text names with it: approximate
    return out


@dataclass(frozen=True, slots=True)
class DatePage:
    """Everything one per-date map shows (built by the pipeline, rendered here)."""

    date: dt.date
    prev: dt.date | None
    next: dt.date | None
    zones: gpd.GeoDataFrame
    places: gpd.GeoDataFrame
    areas: gpd.GeoDataFrame
    events: gpd.GeoDataFrame
    changes: list
    area_km2: dict
    delta_km2: dict
    reports: list
    unresolved: list
    outside: list
    evidence: list = field(default_factory=list)


def render_date(
    path: Path,
    page: DatePage,
    *,
    actors: Actors,
    assets: PageAssets | None = None,
    digits: int = DEFAULTS.coordinate_digits,
    tolerance: float = DEFAULTS.simplify_tolerance_deg,
    online_tiles: bool = True,
    center: tuple[float, float] = DEFAULTS.theatre.center,
    zoom: int = DEFAULTS.theatre.zoom,
) -> None:
    """Write ``maps/<date>.html``.

    Parameters
    ----------
    path : Path
        The page to write.
    page : DatePage
        What the date shows.
    actors : Actors
        Labels and colours of the controllers.
    center, zoom
        The view when the date names no place (``(lat, lon)`` and a Leaflet zoom).
    assets : PageAssets, optional
        From :func:`page_assets`; inlined code with an outline-only basemap if omitted.
    digits, tolerance
        Coordinate rounding and zone simplification (degrees).
    online_tiles : bool
        Offer the optional OpenStreetMap layer (off until switched on).
    """
    assets = assets or page_assets()
    controllers, cidx = _controllers(actors)
    reports, sentences, names, actor_names = _Table(), _Table(), _Table(), _Table()
    report_meta = {
        r.id: {"id": r.id, "t": report_title(r), "s": r.source, "u": safe_url(r.url) or ""} for r in page.reports
    }
    kinds = {k: i for i, k in enumerate(PLACE_KINDS)}
    tables = {
        "kinds": kinds,
        "cidx": cidx,
        "sentences": sentences,
        "reports": reports,
        "report_meta": report_meta,
        "digits": digits,
    }
    places = [
        _place_payload(r, g.y, g.x, **tables) for r, g in zip(page.places.itertuples(index=False), page.places.geometry)
    ]
    area_feats = []
    if len(page.areas):
        geoms = _round_geom(page.areas.geometry.values, digits, 0)
        inside = shapely.point_on_surface(geoms)
        lines = shapely.get_type_id(geoms) == 1  # a road's point is its middle, as for its marker, not an end
        if lines.any():
            inside[lines] = shapely.line_interpolate_point(geoms[lines], 0.5, normalized=True)
        ys, xs = shapely.get_y(inside).tolist(), shapely.get_x(inside).tolist()
        # the same areas ("rural Idlib") come back date after date: each is walked once
        shapes = _AREA_GEOMETRIES(np.asarray(page.areas.geometry.values, dtype=object), digits, 0)
        if any(g is None for g in shapes):  # an empty area keeps its (empty) geometry
            shapes = [*_geo_interfaces(geoms)]
        for r, y, x, g in zip(page.areas.itertuples(index=False), ys, xs, shapes):
            area_feats.append({"type": "Feature", "properties": _place_payload(r, y, x, **tables), "geometry": g})
    events = _events_columns(
        page.events, [page.date.isoformat()], reports, sentences, names, actor_names, report_meta, digits
    )
    offsets = _sentence_offsets(page.events, page.evidence)
    changes = [
        {
            "n": c.settlement,
            "y": round(c.lat, digits),
            "x": round(c.lon, digits),
            "f": cidx.get(c.before, cidx[UNKNOWN]),
            "t": cidx.get(c.after, cidx[UNKNOWN]),
            "k": c.kind,
            "s": c.sentence,
            "m": _span(c.sentence, c.surface or c.settlement, offsets.get(c.event_id)),
            "e": [
                [
                    u.evidence.sentence,
                    u.outcome,
                    *_span(u.evidence.sentence, u.evidence.surface, offsets[u.evidence.id]),
                ]
                for u in page.evidence
                if u.settlement == c.settlement
            ][:5],
        }
        for c in page.changes
    ]
    zones = _zones_fc(page.zones, cidx, digits=digits, tolerance=tolerance)
    used = sorted(
        {f["properties"]["c"] for f in zones["features"]}
        | {p["c"] for p in places}
        | {c["t"] for c in changes}
        | {c["f"] for c in changes}
    )
    data = {
        "page": "date",
        "date": page.date.isoformat(),
        "controllers": controllers,
        "used": used,
        "kinds": PLACE_KINDS,
        "zones": zones,
        "places": places,
        "areas": {"type": "FeatureCollection", "features": area_feats},
        "events": events,
        "eventKinds": list(EVENT_KINDS),
        "eventColours": [EVENT_COLOURS.get(k, "#555555") for k in EVENT_KINDS],
        "usedEventKinds": sorted(set(events["k"])),
        "changes": changes,
        "sentences": sentences.items,
        "names": names.items,
        "actors": [actors.label(a) if a in actors else a for a in actor_names.items],
        "reports": reports.items,
        "dates": [page.date.isoformat()],
    }
    m = _map(center, zoom, assets)
    title = f"{page.date.isoformat()} — conflict map"
    body = _date_body(page, actors, len(places) + len(area_feats), len(page.events), offsets)
    script = _PageScript("datePage", safe_json(data), assets.basemap, safe_json(_tiles(online_tiles)))
    write_text(path, _page(m, title, body, script))


def _chip(actors: Actors, c: str) -> str:
    label = actors.label(c) if c != UNKNOWN else "unknown"
    cls = "cm-chip cm-hatch" if c == UNKNOWN else "cm-chip"
    return f'<span class="{cls}" style="background-color:{actors.colour(c)}">{html.escape(label)}</span>'


def report_title(r) -> str:
    """The report's title; without one, the opening words of its text (never a bare id)."""
    if r.title:
        return r.title
    words = (r.text or "").split()
    if not words:
        return f"{r.source or 'report'} of {r.date.isoformat()}"
    return " ".join(words[:12]) + (" …" if len(words) > 12 else "")


def _change_items(changes: Sequence, actors: Actors, offsets: dict[str, int]) -> list[str]:
    """One item per sentence: a sentence that moved five villages is shown once, with all five."""
    e = html.escape
    groups: dict[tuple, list] = {}
    for c in changes:
        groups.setdefault((c.sentence, c.report_id, c.before, c.after, c.kind), []).append(c)
    items = []
    for (sentence, _, before, after, kind), group in groups.items():
        first = group[0]
        names = ", ".join(e(c.settlement) for c in group)
        marks = [(c.surface or c.settlement, offsets.get(c.event_id)) for c in group]
        label = "evidence of the state, lower weight" if first.basis == "evidence" else kind
        items.append(
            f'<li data-lat="{first.lat:.5f}" data-lon="{first.lon:.5f}" title="zoom to {e(first.settlement)}">'
            f"<b>{names}</b>: {_chip(actors, before)} → {_chip(actors, after)} "
            f'<span class="cm-small">({e(label)})</span>'
            f'<q class="cm-sentence">{_highlight_all(sentence, marks)}</q></li>'
        )
    return items


def _evidence_items(uses: Sequence, actors: Actors) -> list[str]:
    """What the reports say about who holds what, once per sentence, with what the model did."""
    e = html.escape
    groups: dict[str, list] = {}
    for u in uses:
        groups.setdefault(u.evidence.sentence, []).append(u)
    items = []
    for sentence, group in groups.items():
        what = "; ".join(
            f"{e(u.settlement)}: {e(u.evidence.cue)} → {e(u.outcome)}"
            + (f" (model: {e(actors.label(u.held_by))})" if u.outcome == "outweighed" else "")
            for u in group
        )
        marks = [(u.evidence.surface, u.evidence.start - u.evidence.sentence_start) for u in group]
        items.append(
            f'<li class="cm-evidence"><span class="cm-small">{what}</span>'
            f'<q class="cm-sentence">{_highlight_all(sentence, marks)}</q></li>'
        )
    return items


def _not_placed_items(unresolved: Sequence[dict]) -> list[str]:
    """What a date's reports name or state but the map cannot show, once per sentence: each
    name or event word with its reason, then the sentence with every one of them marked."""
    e = html.escape
    groups: dict[tuple, list] = {}
    for u in unresolved:
        groups.setdefault((u["report"], u["sentence"]), []).append(u)
    items = []
    for (_, sentence), group in groups.items():
        what = "".join(
            f"<div class='cm-np'><b>{e(u['mention'])}</b> <span class='cm-small'>{e(u['reason'])}</span></div>"
            for u in group
        )
        marks = [(u["mention"], u.get("sentence_at")) for u in group]
        items.append(f"<li>{what}<q class='cm-sentence'>{_highlight_all(sentence, marks)}</q></li>")
    return items


def _highlight_all(sentence: str, marks: Iterable[tuple[str, Any]]) -> str:
    """``sentence`` as HTML with each mention of ``marks`` — ``(surface, offset in the
    sentence or None)`` — in ``<mark>`` (see :func:`_mention_span`; a mark overlapping an
    earlier one is left out).  Built from escaped pieces only: report text stays text.

    >>> _highlight_all("<b>Raqqa</b>, then Raqqa", [("Raqqa", 19)])
    '&lt;b&gt;Raqqa&lt;/b&gt;, then <mark>Raqqa</mark>'
    """
    spans: list[tuple[int, int]] = []
    for surface, at in marks:
        span = _mention_span(sentence, surface, at)
        if span and not any(a < span[1] and span[0] < b for a, b in spans):
            spans.append(span)
    out, pos = [], 0
    for a, b in sorted(spans):
        out.append(html.escape(sentence[pos:a]) + f"<mark>{html.escape(sentence[a:b])}</mark>")
        pos = b
    return "".join(out) + html.escape(sentence[pos:])


def _nav(prev: dt.date | None, nxt: dt.date | None, date: dt.date) -> str:
    """Previous / index / timeline / next; ``data-cm-view`` links carry the map view along."""

    def link(d, text, rel):
        if d is None:
            return f'<a aria-disabled="true" href="#">{text}</a>'
        return f'<a href="{d.isoformat()}.html" rel="{rel}" data-cm-view="map">{text}</a>'

    return (
        link(prev, "◀ " + (prev.isoformat() if prev else "previous"), "prev")
        + '<a href="index.html">Index</a>'
        + f'<a href="timeline.html" data-cm-view="{date.isoformat()}">Timeline</a>'
        + link(nxt, (nxt.isoformat() if nxt else "next") + " ▶", "next")
    )


def _date_body(page: DatePage, actors: Actors, n_places: int, n_events: int, offsets: dict[str, int]) -> str:
    e = html.escape
    n_changes = len(page.changes)
    parts = [
        f'<div id="cm-bar"><button id="cm-panel-toggle" title="show/hide the side panel">☰</button>'
        f'<h1 title="{len(page.reports)} report(s) · {n_places} place(s) · {n_changes} change(s)">'
        f"{e(page.date.strftime('%a %d %b %Y'))} <span class='cm-sub'>· {len(page.reports)} report(s) · "
        f"{n_places} place(s) · {n_changes} change(s)</span></h1>"
        f'<span class="cm-grow"></span>{_search_box()}{_nav(page.prev, page.next, page.date)}</div>',
        '<aside id="cm-panel">',
    ]
    since = f"since {page.prev.isoformat()}" if page.prev else "(first date)"
    parts.append(f"<h2>Changed hands {e(since)}</h2>")
    if page.changes:
        parts.append("<ul>")
        parts += _change_items(page.changes, actors, offsets)
        parts.append("</ul>")
    else:
        parts.append('<p class="cm-small">No settlement changed hands according to the reports.</p>')
    if page.evidence:
        parts.append("<h2>Evidence of who holds what</h2><ul>")
        parts += _evidence_items(page.evidence, actors)
        parts.append("</ul>")
    if page.area_km2:
        parts.append("<h2>Area held (km²)</h2><table>")
        for c, a in sorted(page.area_km2.items(), key=lambda kv: -kv[1]):
            d = page.delta_km2.get(c)
            delta = f'<span class="cm-small">{d:+,.0f}</span>' if d else ""
            parts.append(
                f"<tr><td>{_chip(actors, c)}</td><td style='text-align:right'>{a:,.0f}</td><td>{delta}</td></tr>"
            )
        parts.append("</table>")
    parts.append("<h2>Reports</h2><ul>")
    for r in page.reports:
        url = safe_url(r.url)
        title = e(report_title(r))
        head = f'<a href="{e(url)}" target="_blank" rel="noopener noreferrer">{title}</a>' if url else title
        warn = "".join(f'<div class="cm-warn">⚠ {e(w)}</div>' for w in r.warnings)
        parts.append(f'<li>{head}<div class="cm-small">{e(r.source)} · {e(r.id)}</div>{warn}</li>')
    parts.append("</ul>")
    if page.unresolved:
        parts.append(f'<h2>Not placed ({len(page.unresolved)})</h2><ul id="cm-not-placed">')
        parts += _not_placed_items(page.unresolved)
        parts.append("</ul>")
    if page.outside:
        parts.append(f"<h2>Outside the area of interest ({len(page.outside)})</h2><ul>")
        for u in page.outside:
            parts.append(f"<li><b>{e(u['mention'])}</b> <span class='cm-small'>{e(u['reason'])}</span></li>")
        parts.append("</ul>")
    parts.append(f'<p class="cm-small">{n_events} event(s) extracted. {e(ATTRIBUTION)}.</p></aside>')
    return "\n".join(parts)


# -- index -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IndexRow:
    date: dt.date
    reports: int
    places: int
    areas: int
    events: int
    changes: int
    unresolved: int


def _nice_step(span: float, ticks: int = 4) -> float:
    """A round axis step (1, 2 or 5 × 10^n) giving about ``ticks`` intervals over ``span``.

    >>> _nice_step(185_000), _nice_step(800)
    (50000, 200)
    """
    raw = max(span, 1e-9) / ticks
    mag = 10 ** math.floor(math.log10(raw))
    return next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)


def _hatch_defs(pattern_id: str = "cm-hatch-svg") -> str:
    return (
        f'<defs><pattern id="{pattern_id}" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="6" height="6" fill="#d6d6d6"/>'
        '<line x1="0" y1="0" x2="0" y2="6" stroke="#7a7a7a" stroke-width="2"/></pattern></defs>'
    )


@dataclass(frozen=True, slots=True)
class _Frame:
    """Plot area of a chart with a real-time x axis (dates) and a linear y axis with units."""

    dates: list[str]
    lo: float
    hi: float
    width: int = 760
    height: int = 200
    left: int = 86
    right: int = 10
    top: int = 10
    bottom: int = 26

    @property
    def pw(self) -> int:
        return self.width - self.left - self.right

    @property
    def ph(self) -> int:
        return self.height - self.top - self.bottom

    def xs(self) -> np.ndarray:
        """x of each date: proportional to the days since the first date."""
        d0 = dt.date.fromisoformat(self.dates[0])
        days = np.array([(dt.date.fromisoformat(d) - d0).days for d in self.dates], dtype=float)
        if len(days) < 2 or not days[-1]:
            return np.full(len(days), self.left + self.pw / 2)
        return self.left + days / days[-1] * self.pw

    def y(self, v):
        return self.top + self.ph - (np.asarray(v, dtype=float) - self.lo) / ((self.hi - self.lo) or 1.0) * self.ph

    def axes(self, unit: str, step: float) -> str:
        """Grid lines and labels of the y axis (``unit`` beside it) and month labels on x."""
        out = []
        tick = math.ceil(self.lo / step) * step
        while tick <= self.hi + 1e-9:
            ty = float(self.y(tick))
            stroke = "#888" if tick == 0 else "#ddd"
            text = f"{tick:+,.0f}" if self.lo < 0 and tick else f"{tick:,.0f}"
            out.append(
                f'<line x1="{self.left}" x2="{self.left + self.pw}" y1="{ty:.1f}" y2="{ty:.1f}" stroke="{stroke}"/>'
                f'<text x="{self.left - 6}" y="{ty + 4:.1f}" text-anchor="end" class="cm-axis">{text}</text>'
            )
            tick += step
        mid = self.top + self.ph / 2
        out.append(
            f'<text x="12" y="{mid:.0f}" class="cm-axis" transform="rotate(-90 12 {mid:.0f})" '
            f'text-anchor="middle">{html.escape(unit)}</text>'
        )
        first, last = dt.date.fromisoformat(self.dates[0]), dt.date.fromisoformat(self.dates[-1])
        span = (last - first).days or 1
        month = dt.date(first.year, first.month, 1)
        while month <= last:
            x = self.left + max((month - first).days, 0) / span * self.pw
            if month >= first:
                out.append(
                    f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{self.top}" y2="{self.top + self.ph + 4}" stroke="#999"/>'
                )
            out.append(f'<text x="{x + 3:.1f}" y="{self.height - 8}" class="cm-axis">{month.strftime("%b %Y")}</text>')
            month = dt.date(month.year + (month.month == 12), month.month % 12 + 1, 1)
        return "".join(out)

    def columns(self, tips: list[str]) -> str:
        """One hover column per date (its tooltip, a link to its page)."""
        xs = self.xs()
        edges = (
            np.concatenate([[self.left], (xs[:-1] + xs[1:]) / 2, [self.left + self.pw]])
            if len(xs) > 1
            else np.array([self.left, self.left + self.pw])
        )
        return "".join(
            f'<a href="{html.escape(d)}.html"><rect x="{edges[i]:.1f}" y="{self.top}" '
            f'width="{edges[i + 1] - edges[i]:.1f}" height="{self.ph}" class="cm-col" data-date="{html.escape(d)}">'
            f"<title>{html.escape(d)}: {html.escape(tip)}</title></rect></a>"
            for i, (d, tip) in enumerate(zip(self.dates, tips))
        )

    def svg(self, label: str, body: str) -> str:
        return (
            f'<svg class="cm-area" viewBox="0 0 {self.width} {self.height}" role="img" aria-label="{html.escape(label)}">'
            f"{_hatch_defs()}{body}"
            f'<rect x="{self.left}" y="{self.top}" width="{self.pw}" height="{self.ph}" fill="none" stroke="#888"/></svg>'
        )


def _area_chart(area: dict[str, dict[str, float]], dates: list[str], styles: list[dict]) -> str:
    """Two charts of the ground each side holds, each on one axis with units (km²):

    * a stacked area chart of the km² held (the whole country, every side to scale);
    * the change since the first date, one line per side, on one shared axis — the
      few km² a front moves are visible without exaggerating them.

    The x axis is real time (a date 7 days after the previous one is 7 times as far
    along as one a day after) with month labels; colours are the map's (*unknown*
    hatched).  Hovering a date column lists every side's area; clicking opens the date.
    """
    if not dates or not area:
        return ""
    sides = [s for s in styles if any(area.get(d, {}).get(s["id"], 0.0) for d in dates)]
    if not sides:
        return ""
    vals = np.array([[float(area.get(d, {}).get(s["id"], 0.0)) for d in dates] for s in sides])
    tips = ["; ".join(f"{s['short']} {vals[k, i]:,.0f} km²" for k, s in enumerate(sides)) for i in range(len(dates))]
    one = len(dates) == 1
    top = np.cumsum(vals, axis=0)
    step = _nice_step(float(top[-1].max()) or 1.0)
    stack = _Frame(dates, 0.0, math.ceil(float(top[-1].max()) / step) * step or step, height=220)
    xs = np.array([stack.left, stack.left + stack.pw]) if one else stack.xs()
    body, bottom = [stack.axes("km² held", step)], np.zeros(len(dates))
    for s, t in zip(sides, top):
        lo, hi = (np.repeat(bottom, 2), np.repeat(t, 2)) if one else (bottom, t)
        pts = [f"{x:.1f},{v:.1f}" for x, v in zip(xs, stack.y(hi))]
        pts += [f"{x:.1f},{v:.1f}" for x, v in zip(xs[::-1], stack.y(lo)[::-1])]
        fill = "url(#cm-hatch-svg)" if s["hatch"] else s["colour"]
        body.append(
            f'<polygon points="{" ".join(pts)}" fill="{fill}" fill-opacity="0.85" stroke="{s["colour"]}" '
            f'stroke-width="0.6" data-side="{html.escape(s["id"])}"><title>{html.escape(s["label"])}</title></polygon>'
        )
        bottom = t
    body.append(stack.columns(tips))
    delta = vals - vals[:, :1]
    reach = float(np.abs(delta).max()) or 1.0
    dstep = _nice_step(2 * reach)
    change = _Frame(dates, -math.ceil(reach / dstep) * dstep, math.ceil(reach / dstep) * dstep, height=170)
    lines = [change.axes("km² gained or lost", dstep)]
    for s, dv in zip(sides, delta):
        line = " ".join(f"{x:.1f},{v:.1f}" for x, v in zip(change.xs(), change.y(dv)))
        dash = 'stroke-dasharray="4 3" ' if s["hatch"] else ""
        lines.append(
            f'<polyline points="{line}" fill="none" stroke="{s["colour"]}" stroke-width="2.2" '
            f'{dash}data-side="{html.escape(s["id"])}">'
            f"<title>{html.escape(s['label'])}</title></polyline>"
        )
    lines.append(change.columns(tips))
    rows = []
    for k, s in enumerate(sides):
        v = vals[k]
        chip = f'<span class="cm-chip{" cm-hatch" if s["hatch"] else ""}" style="background-color:{s["colour"]}">'
        rows.append(
            f"<tr><td>{chip}{html.escape(s['short'])}</span></td><td class='num'>{v[-1]:,.0f}</td>"
            f"<td class='num'>{v[-1] - v[0]:+,.0f}</td><td class='num'>{v.min():,.0f}–{v.max():,.0f}</td></tr>"
        )
    table = (
        "<table class='cm-area-table'><thead><tr><th>Side</th><th>km², last date</th>"
        f"<th>change since {html.escape(dates[0])}</th><th>range</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )
    span = f"{html.escape(dates[0])} to {html.escape(dates[-1])}"
    return (
        f"<h2>Territory held, {span}</h2>"
        f'<div class="cm-chart"><div>{stack.svg(f"km² held by each side, {span}", "".join(body))}'
        f"<h3>Change since {html.escape(dates[0])}</h3>"
        f"{change.svg(f'km² gained or lost by each side since {dates[0]}', ''.join(lines))}</div>{table}</div>"
    )


def view_bounds(center: Sequence[float], zoom: int, size: tuple[int, int] = (960, 640)) -> tuple[float, ...]:
    """``(min_lon, min_lat, max_lon, max_lat)`` a Leaflet map of ``size`` pixels shows at ``center``, ``zoom``.

    >>> [round(v, 2) for v in view_bounds((0.0, 0.0), 1, (512, 512))]
    [-180.0, -85.05, 180.0, 85.05]
    """
    lat, lon = center
    scale = 256 * 2**zoom
    cx = (lon + 180) / 360 * scale
    s = math.sin(math.radians(lat))
    cy = (0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)) * scale

    def unproject(px, py):
        n = math.pi - 2 * math.pi * py / scale
        return px / scale * 360 - 180, math.degrees(math.atan(math.sinh(n)))

    x0, y1 = unproject(cx - size[0] / 2, cy + size[1] / 2)
    x1, y0 = unproject(cx + size[0] / 2, cy - size[1] / 2)
    return (x0, y1, x1, y0)


def _thumbnail(zones: gpd.GeoDataFrame, changes: Sequence, bounds: Sequence[float], styles, cidx, width: int = 150):
    """A small SVG of a date's zones (and its changes of control as rings) over ``bounds``.

    Drawn by Python, so the index needs no browser at build time and works offline.
    """
    x0, y0, x1, y1 = bounds
    k = math.cos(math.radians((y0 + y1) / 2))
    height = max(20, round(width * (y1 - y0) / ((x1 - x0) * k)))
    sx, sy = width / (x1 - x0), height / (y1 - y0)
    parts = [f'<svg class="cm-thumb" viewBox="0 0 {width} {height}" width="{width}" height="{height}">']
    parts.append(f'<rect width="{width}" height="{height}" fill="#fff"/>')
    if len(zones):
        geoms = shapely.clip_by_rect(zones.geometry.values, x0, y0, x1, y1)
        geoms = shapely.transform(geoms, lambda c: np.column_stack([(c[:, 0] - x0) * sx, (y1 - c[:, 1]) * sy]))
        geoms = shapely.simplify(geoms, 0.6)
        for g, c in zip(geoms, zones["controller"]):
            if g is None or g.is_empty:
                continue
            s = styles[cidx.get(c, cidx[UNKNOWN])]
            fill = "url(#cm-hatch-svg)" if s["hatch"] else _mix(s["colour"], min(1.0, s["fill"] + 0.15))
            parts.append(f'<path d="{_svg_path(g)}" fill="{fill}" stroke="{s["colour"]}" stroke-width="0.6"/>')
    for ch in changes:
        cx, cy = (ch.lon - x0) * sx, (y1 - ch.lat) * sy
        if 0 <= cx <= width and 0 <= cy <= height:
            s = styles[cidx.get(ch.after, cidx[UNKNOWN])]
            parts.append(
                f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="3.2" fill="none" stroke="{s["colour"]}" stroke-width="1.8"/>'
            )
    parts.append("</svg>")
    return "".join(parts)


def _svg_path(geom) -> str:
    """SVG path data of a (multi)polygon already in pixel coordinates."""
    parts = shapely.get_parts(geom)
    rings = shapely.get_rings(parts[shapely.get_type_id(parts) == 3])  # each exterior, then its holes
    if not len(rings):
        return ""
    c = np.ascontiguousarray(np.round(shapely.get_coordinates(rings), 1))
    # each distinct number formatted once (keyed by its bits, so -0 stays "-0" as before)
    bits, back = np.unique(c.view(np.int64).ravel(), return_inverse=True)
    text = np.array([f"{v:g}" for v in bits.view(np.float64)], dtype=object)[back].reshape(c.shape)
    xs, ys = text[:, 0].tolist(), text[:, 1].tolist()
    out, start = [], 0
    for n in shapely.get_num_coordinates(rings).tolist():
        if n >= 4:  # the closing vertex is implied by Z
            out.append("M" + "L".join(map(",".join, zip(xs[start : start + n - 1], ys[start : start + n - 1]))) + "Z")
        start += n
    return "".join(out)


def render_index(
    path: Path,
    rows: Sequence[IndexRow],
    *,
    actors: Actors,
    area: dict,
    title: str,
    rejected: int,
    unresolved_total: int,
    files: dict[str, str],
    model=None,
    center: Sequence[float] | None = None,
    zoom: int | None = None,
) -> None:
    """Write ``maps/index.html``: every date with a thumbnail, its counts and links, and a
    stacked area chart of the ground each side holds.

    Parameters
    ----------
    model : ControlModel, optional
        Zones and changes per date for the thumbnails (none without it).
    center, zoom
        The theatre's map view; thumbnails show what a map opened there shows.
    """
    e = html.escape
    styles, cidx = _controllers(actors)
    dates = [r.date.isoformat() for r in rows]
    peak = max([r.places for r in rows] + [1])
    # the middle of the opening view: where the map opens, without its margins
    bounds = view_bounds(center, zoom, (640, 480)) if center is not None and zoom is not None else None
    trs = []
    for r in rows:
        bar = f'<svg width="90" height="10"><rect width="{90 * r.places / peak:.0f}" height="10" fill="#607d8b"/></svg>'
        thumb = ""
        if model is not None and bounds is not None:
            svg = _thumbnail(model.zones_on(r.date), model.changes.get(r.date, []), bounds, styles, cidx, width=120)
            thumb = f'<a href="{r.date.isoformat()}.html" title="open the map of {r.date.isoformat()}">{svg}</a>'
        trs.append(
            f'<tr><td class="cm-thumb-cell">{thumb}</td><td><a class="cm-date" href="{r.date.isoformat()}.html">'
            f"{r.date.isoformat()}</a></td>"
            f'<td>{e(r.date.strftime("%a"))}</td><td class="num">{r.reports}</td><td class="num">{r.places}</td>'
            f'<td>{bar}</td><td class="num">{r.areas}</td><td class="num">{r.events}</td>'
            f'<td class="num">{r.changes}</td><td class="num">{r.unresolved}</td></tr>'
        )
    legend = "".join(
        f'<span class="cm-key"><span class="cm-swatch{" cm-hatch" if s["hatch"] else ""}" '
        f'style="background-color:{s["colour"] if s["hatch"] else _mix(s["colour"], s["fill"])};'
        f'border-color:{s["colour"]}"></span>{e(s["short"])}</span>'
        for s in styles
    )
    links = " · ".join(f'<a href="{e(href)}">{e(label)}</a>' for label, href in files.items())
    svg_defs = f'<svg width="0" height="0" style="position:absolute">{_hatch_defs()}</svg>'
    body = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{e(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style>{(RESOURCES / "conflictmap.css").read_text(encoding="utf-8")}</style></head>
<body class="cm-index-page">{svg_defs}<div id="cm-bar"><h1>{e(title)}</h1><span class="cm-grow"></span>
<a href="timeline.html">Timeline</a></div>
<main class="cm-page">
<p>{len(rows)} date(s), {sum(r.reports for r in rows)} report(s), {sum(r.places for r in rows)} place mention(s) on maps,
{sum(r.changes for r in rows)} change(s) of control. {unresolved_total} mention(s) and event(s) not placed are listed in
<a href="unresolved.csv">unresolved.csv</a>; {rejected} input(s) rejected are listed in <a href="rejected.csv">rejected.csv</a>.</p>
{_area_chart(area, dates, styles)}
<p class="cm-legend-line">{legend}</p>
<table class="cm-index"><thead><tr><th>Map</th><th>Date</th><th></th><th>Reports</th><th>Places</th><th></th>
<th>Areas</th><th>Events</th><th>Changes</th><th>Not placed</th></tr></thead><tbody>
{"".join(trs)}
</tbody></table>
<p class="cm-small">Layers for GIS: {links}</p>
<p class="cm-small">{e(ATTRIBUTION)}.</p></main></body></html>"""
    write_text(path, body)


# -- timeline --------------------------------------------------------------------------


def _encode_rings(rings_of: list, scale: int) -> list:
    """Integer delta encoding of coordinate arrays: ``[x0, y0, dx, dy, …]`` per array."""
    out = []
    for ring in rings_of:
        ints = np.round(np.asarray(ring) * scale).astype(np.int64)
        out.append(np.vstack([ints[:1], np.diff(ints, axis=0)]).ravel().tolist())
    return out


def _encode_cells(cells: np.ndarray, digits: int, tolerance: float) -> dict:
    """Cells as delta-encoded integer rings, plus the edges two cells share.

    ``rings[cell] = [[x0, y0, dx, dy, …], …]``: the coverage is simplified as a whole
    (shared edges stay shared), then every exterior ring's coordinates are scaled to
    integers and delta-encoded — a few characters per vertex.  Holes are dropped
    (Voronoi cells have none).  ``edges`` lists the boundary between each pair of
    neighbouring cells (``a``, ``b``, ``lines``), so that the page can draw the
    outline of each side's zone — the front — rather than every cell's outline.
    """
    scale = 10**digits
    geoms = np.asarray(cells, dtype=object)
    if tolerance > 0 and len(geoms):
        geoms = shapely.coverage_simplify(geoms, tolerance)
    geoms = shapely.transform(geoms, lambda c: np.round(c * scale) / scale)
    polys, owner = shapely.get_parts(geoms, return_index=True)
    rings: list[list] = [[] for _ in range(len(geoms))]
    if len(polys):
        coords, ring_of = shapely.get_coordinates(shapely.get_exterior_ring(polys), return_index=True)
        bounds = np.flatnonzero(np.diff(ring_of)) + 1
        for ring, r in zip(np.split(coords, bounds), np.unique(ring_of)):
            ring = ring[:-1] if len(ring) > 3 else ring  # the closing vertex is implied
            rings[int(owner[r])].extend(_encode_rings([ring], scale))
    return {"scale": scale, "rings": rings, "edges": _cell_edges(geoms, scale)}


def _cell_edges(geoms: np.ndarray, scale: int) -> dict:
    """The lines neighbouring cells share (one STRtree query, vectorised intersections)."""
    out: dict[str, list] = {"a": [], "b": [], "lines": []}
    valid = np.flatnonzero(~shapely.is_empty(geoms) & ~shapely.is_missing(geoms))
    if len(valid) < 2:
        return out
    g = geoms[valid]
    i, j = shapely.STRtree(g).query(g, predicate="intersects")
    keep = i < j
    i, j = i[keep], j[keep]
    shared = shapely.intersection(shapely.boundary(g[i]), shapely.boundary(g[j]))
    parts, owner = shapely.get_parts(shapely.line_merge(shared), return_index=True)
    lines = shapely.get_type_id(parts) == 1
    parts, owner = parts[lines], owner[lines]
    coords, line_of = shapely.get_coordinates(parts, return_index=True)
    splits = np.flatnonzero(np.diff(line_of)) + 1
    out["a"] = valid[i[owner]].tolist()
    out["b"] = valid[j[owner]].tolist()
    out["lines"] = _encode_rings(np.split(coords, splits), scale) if len(coords) else []
    return out


def _timeline_places(places: gpd.GeoDataFrame | None, ds: list[str], tables: dict) -> list:
    """Places named on each date (points), with their mentions, for the timeline's markers."""
    if places is None or not len(places):
        return []
    didx = {d: i for i, d in enumerate(ds)}
    out = []
    for r, g in zip(places.itertuples(index=False), places.geometry):
        if g is None or g.is_empty:
            continue
        p = _place_payload(r, g.y, g.x, **tables)
        d = r.date.isoformat() if hasattr(r.date, "isoformat") else str(r.date)
        if d in didx:
            p["d"] = didx[d]
            out.append(p)
    return out


def render_timeline(
    path: Path,
    *,
    model,
    events: gpd.GeoDataFrame,
    actors: Actors,
    report_meta: dict,
    places: gpd.GeoDataFrame | None = None,
    assets: PageAssets | None = None,
    digits: int = 4,
    tolerance: float = DEFAULTS.simplify_tolerance_deg,
    online_tiles: bool = True,
    center: tuple[float, float] = DEFAULTS.theatre.center,
    zoom: int = DEFAULTS.theatre.zoom,
) -> None:
    """Write ``maps/timeline.html``: all dates on one map with a slider.

    Zones travel as the settlements' cells (encoded once, with the edges between
    neighbours) plus each date's flips, so a year of dates costs little more than one;
    explicit polygon states are stored once each; events are columnar and drawn on a
    canvas.  The slider is laid out in real time (days), with a tick per date and
    month labels; the side panel lists the events of the selected window.

    Parameters
    ----------
    places : GeoDataFrame, optional
        Places named on each date (with ``date``, ``controller`` and ``mentions``), drawn
        as markers for the selected window.
    center, zoom
        The opening view.
    """
    assets = assets or page_assets()
    controllers, cidx = _controllers(actors)
    dates = list(model.dates)
    ds = [d.isoformat() for d in dates]
    remap = np.array([cidx.get(c, cidx[UNKNOWN]) for c in model.controllers], dtype=np.int64)
    codes = [remap[model.codes_on(d)] for d in dates]
    codes0 = codes[0].tolist() if codes else []
    flips: list[list[list[int]]] = [[]]
    flips += [[[int(k), int(c[k])] for k in np.flatnonzero(c != p)] for p, c in itertools.pairwise(codes)]
    explicit: list[dict] = []
    explicit_of: list[int] = []
    seen: dict[str, int] = {}
    for d in dates:
        e = model.explicit_on(d)
        fc = (
            _zones_fc(e.assign(area_km2=0.0) if len(e) else e, cidx, digits=digits, tolerance=tolerance)
            if len(e)
            else {"type": "FeatureCollection", "features": []}
        )
        key = safe_json(fc)
        if key not in seen:
            seen[key] = len(explicit)
            explicit.append(fc)
        explicit_of.append(seen[key])
    reports, sentences, names, actor_names = _Table(), _Table(), _Table(), _Table()
    meta = {
        k: {"id": k, "t": v.get("t", ""), "s": v.get("s", ""), "u": safe_url(v.get("u", "")) or ""}
        for k, v in report_meta.items()
    }
    ev = _events_columns(events, ds, reports, sentences, names, actor_names, meta, digits)
    tables = {
        "kinds": {k: i for i, k in enumerate(PLACE_KINDS)},
        "cidx": cidx,
        "sentences": sentences,
        "reports": reports,
        "report_meta": meta,
        "digits": digits,
    }
    changes_on = [
        [
            {
                "n": c.settlement,
                "y": round(c.lat, digits),
                "x": round(c.lon, digits),
                "f": cidx.get(c.before, cidx[UNKNOWN]),
                "t": cidx.get(c.after, cidx[UNKNOWN]),
            }
            for c in model.changes.get(d, [])
        ]
        for d in dates
    ]
    first = dates[0] if dates else None
    unknown = getattr(model, "unknown", None)  # ground no mark reaches: the same on every date
    unknown_fc = (
        _zones_fc(
            gpd.GeoDataFrame({"controller": [UNKNOWN], "area_km2": [0.0]}, geometry=[unknown], crs="EPSG:4326"),
            cidx,
            digits=digits,
            tolerance=tolerance,
        )
        if unknown is not None and not unknown.is_empty
        else {"type": "FeatureCollection", "features": []}
    )
    data = {
        "page": "timeline",
        "dates": ds,
        "days": [(d - first).days for d in dates],
        "controllers": controllers,
        "cells": {**_encode_cells(model.cells, digits, tolerance), "codes0": codes0, "flips": flips},
        "explicit": explicit,
        "explicitOf": explicit_of,
        "unknown": unknown_fc,
        "events": ev,
        "places": _timeline_places(places, ds, tables),
        "eventKinds": list(EVENT_KINDS),
        "eventColours": [EVENT_COLOURS.get(k, "#555555") for k in EVENT_KINDS],
        "usedEventKinds": sorted(set(ev["k"])),
        "changesOn": changes_on,
        "sentences": sentences.items,
        "names": names.items,
        "actors": [actors.label(a) if a in actors else a for a in actor_names.items],
        "reports": reports.items,
        "kinds": PLACE_KINDS,
    }
    m = _map(center, zoom, assets)
    span = data["days"][-1] if dates else 0
    body = (
        f'<div id="cm-bar"><button id="cm-panel-toggle" title="show/hide the side panel">☰</button>'
        f"<h1>Timeline <span class='cm-sub'>· {len(ds)} date(s) · {len(events):,} event(s)</span></h1>"
        f'<span class="cm-grow"></span>{_search_box()}<a href="index.html">Index</a></div>'
        '<aside id="cm-panel"><div id="cm-window-head"><h2 id="cm-window-title">Events</h2>'
        '<label class="cm-small">window <select id="cm-window" aria-label="time window">'
        '<option value="0">the date</option><option value="6" selected>7 days</option>'
        '<option value="29">30 days</option><option value="-1">all up to the date</option></select></label></div>'
        '<ol id="cm-events-list"></ol></aside>'
        f'<div id="cm-timebar"><button id="cm-play" type="button">▶ Play</button>'
        f'<div id="cm-track"><input id="cm-slider" type="range" min="0" max="{span}" value="{span}" '
        f'step="1" aria-label="date"><div id="cm-ticks" aria-hidden="true"></div></div>'
        f'<span id="cm-date"></span><span id="cm-info" class="cm-small"></span>'
        f'<a id="cm-open-date" href="#" data-cm-view="map">open this date</a></div>'
    )
    script = _PageScript("timelinePage", safe_json(data), assets.basemap, safe_json(_tiles(online_tiles)))
    write_text(path, _page(m, "Timeline — conflict map", body, script, body_class="cm-timeline"))
