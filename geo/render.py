"""HTML pages: one map per date, the index, the timeline.  The only module that
imports folium.

Every page is one self-contained file: Leaflet, Leaflet.markercluster and the
project's own ``conflictmap.js``/``.css`` are inlined (from ``geo/resources``),
together with an offline basemap (Natural Earth country and governorate outlines,
rivers, city labels), so a map mailed as an attachment opens with no network.
Online tiles (from :mod:`xyzservices`) are an optional, unchecked overlay.

Why inline rather than ``maps/static/``: a single file survives being copied,
mailed or opened from a USB stick; the ~200 kB of Leaflet per page is the price.

Data reach the page as JSON inside a ``<script>`` (``<``, ``>``, ``&`` escaped, so a
report containing ``</script>`` cannot break out); the page's JavaScript inserts
report text with ``textContent`` only.  Panel HTML is built here with
:func:`html.escape`.  Link targets are kept only for ``http(s)`` URLs.

Scale: places, areas and zones are a few hundred features per date; events use a
compact columnar layout and are drawn on one canvas (``CM.CanvasPoints``), which
keeps a 100,000-event timeline small and fast.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

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
from .gazetteer import KINDS
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
ATTRIBUTION = (
    "Places: GeoNames (CC BY 4.0) and project gazetteer; outlines: Natural Earth; map library: Leaflet (BSD-2)"
)


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


@lru_cache(maxsize=1)
def _assets() -> str:
    vendor = RESOURCES / "vendor"
    css = "\n".join(
        (vendor / n).read_text(encoding="utf-8")
        for n in ("leaflet.css", "MarkerCluster.css", "MarkerCluster.Default.css")
    )
    css += "\n" + (RESOURCES / "conflictmap.css").read_text(encoding="utf-8")
    js = [(vendor / n).read_text(encoding="utf-8") for n in ("leaflet.js", "leaflet.markercluster.js")]
    js.append((RESOURCES / "conflictmap.js").read_text(encoding="utf-8"))
    # a literal "</script" inside a library would end the element early
    js = [s.replace("</script", "<\\/script") for s in js]
    return f"<style>\n{css}\n</style>\n" + "".join(f"<script>\n{s}\n</script>\n" for s in js)


@lru_cache(maxsize=4)
def _basemap_json(towns_key: str, towns: tuple) -> str:
    base = RESOURCES / "basemap"
    data = {
        name: json.loads((base / f"{name}.geojson").read_text(encoding="utf-8"))
        for name in ("countries", "admin1", "rivers")
    }
    data["towns"] = [list(t) for t in towns]
    return safe_json(data)


def _tiles(online_tiles: bool):
    if not online_tiles:
        return None
    import xyzservices.providers as xyz

    p = xyz.OpenStreetMap.Mapnik
    return {"name": p.name, "url": p.build_url(), "attribution": p.html_attribution}


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

    def render(self, **kwargs) -> None:
        js = f"CM.{self.fn}({self._parent.get_name()}, {self.data}, {self.basemap}, {self.tiles});"
        self.get_root().script.add_child(_Raw(js), name=self.get_name())


def _map(center: tuple[float, float], zoom: int) -> folium.Map:
    m = folium.Map(
        location=list(center),
        zoom_start=zoom,
        tiles=None,
        control_scale=False,
        prefer_canvas=False,
        min_zoom=5,
        max_zoom=16,
    )
    m.default_js = []  # everything is inlined by _assets()
    m.default_css = []
    root = m.get_root()
    root.header.add_child(
        _Raw('<meta name="viewport" content="width=device-width, initial-scale=1.0">'), name="cm_viewport"
    )
    root.header.add_child(_Raw(_assets()), name="cm_assets")
    return m


def _page(m: folium.Map, title: str, body_html: str, script: _PageScript, *, body_class: str = "") -> str:
    root = m.get_root()
    root.header.add_child(_Raw(f"<title>{html.escape(title)}</title>"), name="cm_title")
    root.html.add_child(_Raw(body_html), name="cm_body")
    m.add_child(script)
    _stable_ids(root)
    out = root.render()
    if body_class:
        out = out.replace("<body>", f'<body class="{body_class}">', 1)
    out = out.replace('class="folium-map"', 'class="folium-map cm-map"', 1)
    return out


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

    def __call__(self, value) -> int:
        key = json.dumps(value, sort_keys=True, ensure_ascii=False) if isinstance(value, dict) else value
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


def _zones_fc(zones: gpd.GeoDataFrame, cidx: dict[str, int], *, digits: int, tolerance: float) -> dict:
    if not len(zones):
        return {"type": "FeatureCollection", "features": []}
    geoms = _round_geom(zones.geometry.values, digits, tolerance)
    feats = []
    for g, c, a in zip(geoms, zones["controller"], zones["area_km2"]):
        if g is None or g.is_empty:
            continue
        feats.append(
            {
                "type": "Feature",
                "properties": {"c": cidx.get(c, cidx[UNKNOWN]), "a": float(a)},
                "geometry": shapely.geometry.mapping(g),
            }
        )
    return {"type": "FeatureCollection", "features": feats}


def _controllers(actors: Actors) -> tuple[list[dict], dict[str, int]]:
    ids = [*actors.controllers, UNKNOWN]
    return (
        [
            {"id": c, "label": actors.label(c) if c != UNKNOWN else "Unknown / no data", "colour": actors.colour(c)}
            for c in ids
        ],
        {c: i for i, c in enumerate(ids)},
    )


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
    at = events["sentence_at"].tolist() if "sentence_at" in events else [0] * len(events)
    cols["sa"] = [max(int(a), 0) for a in at]
    cols["sb"] = [max(int(a), 0) + len(s or "") for a, s in zip(at, events["surface"])]
    return cols


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
    towns: Sequence = (),
    digits: int = DEFAULTS.coordinate_digits,
    tolerance: float = DEFAULTS.simplify_tolerance_deg,
    online_tiles: bool = True,
    center: tuple[float, float] = DEFAULTS.theatre.center,
    zoom: int = DEFAULTS.theatre.zoom,
) -> None:
    """Write ``maps/<date>.html``; the map opens on ``center`` (lat, lon) at ``zoom``."""
    controllers, cidx = _controllers(actors)
    reports, sentences, names, actor_names = _Table(), _Table(), _Table(), _Table()
    report_meta = {
        r.id: {"id": r.id, "t": report_title(r), "s": r.source, "u": safe_url(r.url) or ""} for r in page.reports
    }
    kinds = {k: i for i, k in enumerate(PLACE_KINDS)}

    def place_payload(row, y, x) -> dict:
        ms = []
        for mm in row.mentions:
            ms.append(
                [
                    sentences(mm["sentence"]),
                    mm["at"][0],
                    mm["at"][1],
                    reports(report_meta.get(mm["report"], {"id": mm["report"]})),
                ]
            )
        return {
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

    places = [place_payload(r, g.y, g.x) for r, g in zip(page.places.itertuples(index=False), page.places.geometry)]
    area_feats = []
    if len(page.areas):
        geoms = _round_geom(page.areas.geometry.values, digits, 0)
        for r, g in zip(page.areas.itertuples(index=False), geoms):
            c = shapely.point_on_surface(g)
            area_feats.append(
                {"type": "Feature", "properties": place_payload(r, c.y, c.x), "geometry": shapely.geometry.mapping(g)}
            )
    events = _events_columns(
        page.events, [page.date.isoformat()], reports, sentences, names, actor_names, report_meta, digits
    )
    changes = [
        {
            "n": c.settlement,
            "y": round(c.lat, digits),
            "x": round(c.lon, digits),
            "f": cidx.get(c.before, cidx[UNKNOWN]),
            "t": cidx.get(c.after, cidx[UNKNOWN]),
            "k": c.kind,
            "s": c.sentence,
            "e": [[u.evidence.sentence, u.outcome] for u in page.evidence if u.settlement == c.settlement][:5],
        }
        for c in page.changes
    ]
    used = sorted(
        {f["properties"]["c"] for f in _zones_fc(page.zones, cidx, digits=3, tolerance=0.05)["features"]}
        | {p["c"] for p in places}
        | {c["t"] for c in changes}
        | {c["f"] for c in changes}
    )
    data = {
        "date": page.date.isoformat(),
        "controllers": controllers,
        "used": used,
        "kinds": PLACE_KINDS,
        "zones": _zones_fc(page.zones, cidx, digits=digits, tolerance=tolerance),
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
    m = _map(center, zoom)
    title = f"{page.date.isoformat()} — conflict map"
    body = _date_body(page, actors, len(places) + len(area_feats), len(page.events))
    script = _PageScript(
        "datePage", safe_json(data), _basemap_json("t", tuple(map(tuple, towns))), safe_json(_tiles(online_tiles))
    )
    write_text(path, _page(m, title, body, script))


def _chip(actors: Actors, c: str) -> str:
    label = actors.label(c) if c != UNKNOWN else "unknown"
    return f'<span class="cm-chip" style="background:{actors.colour(c)}">{html.escape(label)}</span>'


def _highlight(sentence: str, surface: str) -> str:
    i = sentence.lower().find(surface.lower()) if surface else -1
    if i < 0:
        return html.escape(sentence)
    j = i + len(surface)
    return f"{html.escape(sentence[:i])}<mark>{html.escape(sentence[i:j])}</mark>{html.escape(sentence[j:])}"


def report_title(r) -> str:
    """The report's title; without one, the opening words of its text (never a bare id)."""
    if r.title:
        return r.title
    words = (r.text or "").split()
    if not words:
        return f"{r.source or 'report'} of {r.date.isoformat()}"
    return " ".join(words[:12]) + (" …" if len(words) > 12 else "")


def _change_items(changes: Sequence, actors: Actors) -> list[str]:
    """One item per sentence: a sentence that moved five villages is shown once, with all five."""
    e = html.escape
    groups: dict[tuple, list] = {}
    for c in changes:
        groups.setdefault((c.sentence, c.report_id, c.before, c.after, c.kind), []).append(c)
    items = []
    for (sentence, _, before, after, kind), group in groups.items():
        first = group[0]
        names = ", ".join(e(c.settlement) for c in group)
        marks = [c.surface or c.settlement for c in group]
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
        marks = [u.evidence.surface for u in group]
        items.append(
            f'<li class="cm-evidence"><span class="cm-small">{what}</span>'
            f'<q class="cm-sentence">{_highlight_all(sentence, marks)}</q></li>'
        )
    return items


def _highlight_all(sentence: str, surfaces: Sequence[str]) -> str:
    """``sentence`` escaped, each of ``surfaces`` marked where it first occurs."""
    spans = []
    low = sentence.lower()
    for s in dict.fromkeys(x for x in surfaces if x):
        i = low.find(s.lower())
        if i >= 0 and not any(a < i + len(s) and i < b for a, b in spans):
            spans.append((i, i + len(s)))
    out, pos = [], 0
    for a, b in sorted(spans):
        out.append(html.escape(sentence[pos:a]) + f"<mark>{html.escape(sentence[a:b])}</mark>")
        pos = b
    return "".join(out) + html.escape(sentence[pos:])


def _nav(prev: dt.date | None, nxt: dt.date | None) -> str:
    def link(d, text):
        if d is None:
            return f'<a aria-disabled="true" href="#">{text}</a>'
        return f'<a href="{d.isoformat()}.html" rel="{"prev" if text.startswith("◀") else "next"}">{text}</a>'

    return (
        link(prev, "◀ " + (prev.isoformat() if prev else "previous"))
        + '<a href="index.html">Index</a>'
        + '<a href="timeline.html">Timeline</a>'
        + link(nxt, (nxt.isoformat() if nxt else "next") + " ▶")
    )


def _date_body(page: DatePage, actors: Actors, n_places: int, n_events: int) -> str:
    e = html.escape
    n_changes = len(page.changes)
    parts = [
        f'<div id="cm-bar"><button id="cm-panel-toggle" title="show/hide the side panel">☰</button>'
        f"<h1>{e(page.date.strftime('%A %d %B %Y'))} · {len(page.reports)} report(s) · {n_places} place(s) · "
        f'{n_changes} change(s)</h1><span class="cm-grow"></span>{_nav(page.prev, page.next)}</div>',
        '<aside id="cm-panel">',
    ]
    since = f"since {page.prev.isoformat()}" if page.prev else "(first date)"
    parts.append(f"<h2>Changed hands {e(since)}</h2>")
    if page.changes:
        parts.append("<ul>")
        parts += _change_items(page.changes, actors)
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
        parts.append(f"<h2>Not placed ({len(page.unresolved)})</h2><ul>")
        for u in page.unresolved:
            parts.append(
                f"<li><b>{e(u['mention'])}</b> <span class='cm-small'>{e(u['reason'])}</span>"
                f"<q class='cm-sentence'>{_highlight(u['sentence'], u['mention'])}</q></li>"
            )
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


def _area_chart(
    area: dict[str, dict[str, float]], dates: list[str], actors: Actors, *, width: int = 600, height: int = 34
) -> str:
    """Inline SVG sparklines: km² held by each controller over time, each on its own scale.

    Country-wide shares hardly move when a few villages change hands, so every line
    is scaled between its own minimum and maximum (both printed beside it).
    """
    if not dates or not area:
        return ""
    rows = []
    for c in [*actors.controllers, UNKNOWN]:
        vals = [float(area.get(d, {}).get(c, 0.0)) for d in dates]
        if not any(vals):
            continue
        lo, hi = min(vals), max(vals)
        span = (hi - lo) or 1.0
        n = len(vals)
        pts = " ".join(
            f"{(i * width / max(n - 1, 1)):.1f},{(height - 3 - (v - lo) / span * (height - 6)):.1f}"
            for i, v in enumerate(vals)
        )
        label = html.escape(actors.label(c) if c != UNKNOWN else "unknown")
        change = vals[-1] - vals[0]
        rows.append(
            f'<div><span class="cm-chip" style="background:{actors.colour(c)}">{label}</span></div>'
            f'<svg viewBox="0 0 {width} {height}" preserveAspectRatio="none" role="img" '
            f'aria-label="{label}: km² held over time"><polyline points="{pts}" fill="none" '
            f'stroke="{actors.colour(c)}" stroke-width="2" vector-effect="non-scaling-stroke"/></svg>'
            f'<div class="cm-small">{vals[-1]:,.0f} km² ({change:+,.0f} since {html.escape(dates[0])}; '
            f"range {lo:,.0f}–{hi:,.0f})</div>"
        )
    return (
        f"<h2>Territory held, {html.escape(dates[0])} to {html.escape(dates[-1])}</h2>"
        f'<div class="cm-spark">{"".join(rows)}</div>'
    )


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
) -> None:
    """Write ``maps/index.html``: every date with its counts, links and an overview chart."""
    e = html.escape
    dates = [r.date.isoformat() for r in rows]
    peak = max([r.places for r in rows] + [1])
    trs = []
    for r in rows:
        bar = (
            f'<svg width="120" height="10"><rect width="{120 * r.places / peak:.0f}" height="10" fill="#607d8b"/></svg>'
        )
        trs.append(
            f'<tr><td><a href="{r.date.isoformat()}.html">{r.date.isoformat()}</a></td>'
            f'<td>{e(r.date.strftime("%a"))}</td><td class="num">{r.reports}</td><td class="num">{r.places}</td>'
            f'<td>{bar}</td><td class="num">{r.areas}</td><td class="num">{r.events}</td>'
            f'<td class="num">{r.changes}</td><td class="num">{r.unresolved}</td></tr>'
        )
    links = " · ".join(f'<a href="{e(href)}">{e(label)}</a>' for label, href in files.items())
    body = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{e(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style>{(RESOURCES / "conflictmap.css").read_text(encoding="utf-8")}</style></head>
<body><div id="cm-bar"><h1>{e(title)}</h1><span class="cm-grow"></span><a href="timeline.html">Timeline</a></div>
<main class="cm-page">
<p>{len(rows)} date(s), {sum(r.reports for r in rows)} report(s), {sum(r.places for r in rows)} place mention(s) on maps,
{sum(r.changes for r in rows)} change(s) of control. {unresolved_total} mention(s) not placed are listed in
<a href="unresolved.csv">unresolved.csv</a>; {rejected} input(s) rejected are listed in <a href="rejected.csv">rejected.csv</a>.</p>
{_area_chart(area, dates, actors)}
<table class="cm-index"><thead><tr><th>Date</th><th></th><th>Reports</th><th>Places</th><th></th><th>Areas</th>
<th>Events</th><th>Changes</th><th>Not placed</th></tr></thead><tbody>
{"".join(trs)}
</tbody></table>
<p class="cm-small">Layers for GIS: {links}</p>
<p class="cm-small">{e(ATTRIBUTION)}.</p></main></body></html>"""
    write_text(path, body)


# -- timeline --------------------------------------------------------------------------


def _encode_cells(cells: np.ndarray, digits: int, tolerance: float) -> dict:
    """Cells as delta-encoded integer rings: ``rings[cell] = [[x0, y0, dx, dy, …], …]``.

    The coverage is simplified as a whole (shared edges stay shared), then every exterior
    ring's coordinates are scaled to integers and delta-encoded — a few characters per
    vertex.  Holes are dropped (Voronoi cells have none).
    """
    scale = 10**digits
    geoms = np.asarray(cells, dtype=object)
    if tolerance > 0 and len(geoms):
        geoms = shapely.coverage_simplify(geoms, tolerance)
    polys, owner = shapely.get_parts(geoms, return_index=True)
    rings = [[] for _ in range(len(geoms))]
    if len(polys):
        ext = shapely.get_exterior_ring(polys)
        coords, ring_of = shapely.get_coordinates(ext, return_index=True)
        ints = np.round(coords * scale).astype(np.int64)
        bounds = np.flatnonzero(np.diff(ring_of)) + 1
        for _k, (ring, r) in enumerate(zip(np.split(ints, bounds), np.unique(ring_of))):
            ring = ring[:-1] if len(ring) > 3 else ring  # the closing vertex is implied
            delta = np.vstack([ring[:1], np.diff(ring, axis=0)])
            rings[int(owner[r])].append(delta.ravel().tolist())
    return {"scale": scale, "rings": rings}


def render_timeline(
    path: Path,
    *,
    model,
    events: gpd.GeoDataFrame,
    actors: Actors,
    report_meta: dict,
    towns: Sequence = (),
    digits: int = 4,
    tolerance: float = DEFAULTS.simplify_tolerance_deg,
    online_tiles: bool = True,
    center: tuple[float, float] = DEFAULTS.theatre.center,
    zoom: int = DEFAULTS.theatre.zoom,
) -> None:
    """Write ``maps/timeline.html``: all dates on one map with a slider.

    Zones travel as the settlements' cells (encoded once) plus each date's flips, so a
    year of dates costs little more than one; explicit polygon states are stored once
    each; events are columnar and drawn on a canvas.
    """
    controllers, cidx = _controllers(actors)
    dates = list(model.dates)
    ds = [d.isoformat() for d in dates]
    remap = np.array([cidx.get(c, cidx[UNKNOWN]) for c in model.controllers], dtype=np.int64)
    codes = [remap[model.codes_on(d)] for d in dates]
    codes0 = codes[0].tolist() if codes else []
    flips = [[]] + [[[int(k), int(c[k])] for k in np.flatnonzero(c != p)] for p, c in itertools.pairwise(codes)]
    explicit, explicit_of, seen = [], [], {}
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
    data = {
        "dates": ds,
        "controllers": controllers,
        "cells": {**_encode_cells(model.cells, digits, tolerance), "codes0": codes0, "flips": flips},
        "explicit": explicit,
        "explicitOf": explicit_of,
        "events": ev,
        "eventKinds": list(EVENT_KINDS),
        "eventColours": [EVENT_COLOURS.get(k, "#555555") for k in EVENT_KINDS],
        "usedEventKinds": sorted(set(ev["k"])),
        "changesOn": changes_on,
        "sentences": sentences.items,
        "names": names.items,
        "actors": [actors.label(a) if a in actors else a for a in actor_names.items],
        "reports": reports.items,
        "kinds": PLACE_KINDS,
        "view": [[34.9, 35.9], [36.7, 37.9]],
    }
    m = _map(center, zoom)
    body = (
        f'<div id="cm-bar"><h1>Timeline · {len(ds)} date(s) · {len(events)} event(s)</h1>'
        f'<span class="cm-grow"></span><a href="index.html">Index</a></div>'
        f'<div id="cm-timebar"><button id="cm-play" type="button">▶ Play</button>'
        f'<input id="cm-slider" type="range" min="0" max="{max(len(ds) - 1, 0)}" value="{max(len(ds) - 1, 0)}" '
        f'step="1" aria-label="date"><span id="cm-date"></span><span id="cm-info" class="cm-small"></span>'
        f'<a id="cm-open-date" href="#">open this date</a></div>'
    )
    script = _PageScript(
        "timelinePage", safe_json(data), _basemap_json("t", tuple(map(tuple, towns))), safe_json(_tiles(online_tiles))
    )
    write_text(path, _page(m, "Timeline — conflict map", body, script, body_class="cm-timeline"))
