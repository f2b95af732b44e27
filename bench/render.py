"""A 100,000-event map: HTML size and time to first paint in headless Chromium.

    python bench/render.py [--events 100000] [--dates 365] [--folium-events 100000]

Generates a synthetic year (events at gazetteer places of northwest Syria, sentences
from ``_synthetic.py``, a control table of 2,000 settlements with captures) and
renders, with the project's own renderer and the full basemap (gazetteer settlement
names, labels, search index, roads):

* the timeline (all events, all dates, slider),
* one date page carrying all events (the worst case for a single page),

then builds the shipped sample (``data/``) twice with the real pipeline — default
self-contained pages and ``--assets shared`` — and reports the size of both outputs and
the first paint of a sample date page in each,

and, for comparison on the same events, a plain folium map with one ``CircleMarker``
(and popup) per event — folium's default pattern — with Leaflet inlined the same way
so both open offline.  Each page is opened in Debian's Chromium through Playwright;
"first paint" is the time from navigation start until the page's data are on screen
(``window.cmReady`` for ours, the ``load`` event for folium's, whose script runs
inline before it), median of 3 loads.  Targets (issue): < 15 MB and < 3 s.
Figures go to ``bench/RESULTS.md`` (section ``render``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _results import write_section  # noqa: E402
from _synthetic import ACTORS, TEMPLATES, place_names  # noqa: E402

from geo import (  # noqa: E402
    load_actors,
    load_gazetteer,
    pipeline,
    render,
)
from geo.events import KINDS, Event  # noqa: E402
from geo.export import events_frame  # noqa: E402
from geo.gazetteer import Place  # noqa: E402
from geo.geometry import lonlat_points  # noqa: E402
from geo.settings import DEFAULTS  # noqa: E402
from geo.zones import build_control  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
VIEW = {"center": DEFAULTS.theatre.center, "zoom": DEFAULTS.theatre.zoom}  # the shipped theatre's opening view
SAMPLE_DATE = "2019-08-23"
ACTOR_IDS = ["government", "opposition", "hts", "isis", "russia", "turkey", "sdf"]


def synthetic(n_events: int, n_dates: int, seed: int = 5):
    rng = random.Random(seed)
    gaz = load_gazetteer()
    pts = [
        p
        for p in gaz.places
        if p.country == "SY"
        and p.kind in ("city", "town", "village")
        and 35.0 <= p.lat <= 36.7
        and 35.7 <= p.lon <= 38.0
    ]
    start = dt.date(2019, 1, 1)
    dates = [start + dt.timedelta(days=i) for i in range(n_dates)]
    kinds = list(KINDS)
    names = place_names(gaz)
    events = []
    for i in range(n_events):
        p = rng.choice(pts)
        jitter = Place(
            id=p.id,
            name=p.name,
            lat=p.lat + rng.uniform(-0.01, 0.01),
            lon=p.lon + rng.uniform(-0.01, 0.01),
            kind=p.kind,
        )
        tmpl = rng.choice(TEMPLATES)
        sentence = tmpl.format(
            actor=rng.choice(ACTORS),
            p1=p.name,
            p2=rng.choice(names),
            p3=rng.choice(names),
            direction="southern",
            gov="Idlib",
            weekday="Monday",
        )
        kind = kinds[rng.randrange(len(kinds))]
        d = dates[i % n_dates]
        at = sentence.find(p.name)
        events.append(
            Event(
                id=f"e{i}",
                date=d,
                report_id=f"r{i // 10}",
                kind=kind,
                event_type="",
                sub_event_type="",
                actor1=rng.choice(ACTOR_IDS),
                actor2="",
                place=jitter,
                surface=p.name,
                sentence=sentence,
                trigger=kind,
                start=at,
                end=at + len(p.name),
                confidence=0.9,
                control_change=kind == "capture",
                new_controller="government" if kind == "capture" else "",
            )
        )
    # control: 2,000 settlements of the gazetteer with their nearest-seed controller, captures from the events
    sel = rng.sample(pts, min(2000, len(pts)))
    lats = np.array([p.lat for p in sel])
    lons = np.array([p.lon for p in sel])
    ctrl = np.where(lons > 37.3, "government", np.where(lats > 36.3, "turkey", "opposition"))
    st = gpd.GeoDataFrame(
        {
            "name": [p.name + f"#{i}" for i, p in enumerate(sel)],
            "lat": lats,
            "lon": lons,
            "controller": ctrl,
            "as_of": start,
            "source": "synthetic",
        },
        geometry=lonlat_points(lats, lons),
        crs="EPSG:4326",
    )
    return dates, events, st


def page_timing(url: str, ready: str, runs: int = 3) -> tuple[float, float]:
    """Median ms to first paint and to the load event over ``runs`` fresh loads."""
    from playwright.sync_api import sync_playwright

    paints, loads = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
            ],
        )
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
            page.goto(url, wait_until="load", timeout=600_000)
            if ready:
                page.wait_for_function(f"window.{ready} !== undefined", timeout=600_000)
                paints.append(page.evaluate(f"window.{ready}"))
            loads.append(page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd"))
            if not ready:
                paints.append(loads[-1])
            page.close()
        browser.close()
    return statistics.median(paints), statistics.median(loads)


def folium_page(path: Path, events: list[Event]) -> float:
    """folium's default: one CircleMarker with a popup per event; returns build seconds."""
    import folium

    t = time.perf_counter()
    m = folium.Map(location=[35.6, 36.8], zoom_start=8, tiles=None, prefer_canvas=True)
    m.default_js, m.default_css = [], []
    m.get_root().header.add_child(render._Raw(render._assets()), name="assets")
    for e in events:
        folium.CircleMarker(
            [e.place.lat, e.place.lon], radius=4, popup=folium.Popup(e.sentence), color="#d62728"
        ).add_to(m)
    m.save(str(path))
    return time.perf_counter() - t


def sample_weights(tmp: Path) -> dict:
    """Build data/ in both asset modes; sizes and first paint of a sample date page."""
    import dataclasses

    out: dict = {}
    lines = []
    for mode in render.ASSET_MODES:
        target = tmp / f"sample-{mode}"
        s = dataclasses.replace(DEFAULTS, out_dir=target, assets=mode)
        summary = pipeline.run(s, force=True)
        pages = sorted(target.glob("????-??-??.html"))
        html_bytes = sum(p.stat().st_size for p in target.glob("*.html"))
        asset_bytes = (
            sum(p.stat().st_size for p in (target / "assets").glob("*")) if (target / "assets").exists() else 0
        )
        mean = sum(p.stat().st_size for p in pages) / max(len(pages), 1)
        other = html_bytes - sum(p.stat().st_size for p in pages)
        paint, _ = page_timing((target / f"{SAMPLE_DATE}.html").as_uri(), "cmReady")
        out[mode] = {"paint": paint}
        out["dates"] = summary.dates
        label = "default: one self-contained file per page" if mode == "inline" else "`--assets shared`"
        lines.append(
            f"| {label} | {mean / 1e3:,.0f} kB | {(html_bytes + asset_bytes) / 1e6:,.2f} MB | "
            f"{asset_bytes / 1e3:,.0f} kB | {paint / 1000:.2f} s | {(365 * mean + other + asset_bytes) / 1e6:,.1f} MB |"
        )
    out["table"] = "\n".join(lines)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--dates", type=int, default=365)
    ap.add_argument(
        "--folium-events", type=int, default=100_000, help="events in the plain-folium comparison (same data, first N)"
    )
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    if not os.path.exists(CHROMIUM):
        raise SystemExit(f"{CHROMIUM} not found: apt-get install chromium")
    actors = load_actors(ROOT / "data" / "actors.csv")
    dates, events, st = synthetic(args.events, args.dates)
    model = build_control(st, [e for e in events if e.kind == "capture"][: args.dates * 5], dates, actors=actors)
    frame = events_frame(events, dates)
    meta = {f"r{i}": {"t": f"Report {i}", "s": "synthetic", "u": ""} for i in range(args.events // 10 + 1)}
    out = Path(tempfile.mkdtemp(prefix="cm-render-"))
    rows = []
    gaz = load_gazetteer()
    basemap = render.Basemap.from_places(gaz.places, aoi=DEFAULTS.aoi, countries=DEFAULTS.theatre.countries)
    assets = render.page_assets(basemap)

    t = time.perf_counter()
    render.render_timeline(
        out / "timeline.html", model=model, events=frame, actors=actors, report_meta=meta, assets=assets, **VIEW
    )
    build = time.perf_counter() - t
    paint, load = page_timing((out / "timeline.html").as_uri(), "cmReady")
    rows.append(("ours: timeline (all dates, slider)", (out / "timeline.html").stat().st_size, build, paint, load))

    d = dates[-1]
    zones = model.zones_on(d)
    empty = gpd.GeoDataFrame(
        pd.DataFrame(
            columns=["date", "name", "kind", "admin1", "confidence", "surfaces", "mentions", "why", "controller"]
        ),
        geometry=gpd.GeoSeries([], crs="EPSG:4326"),
        crs="EPSG:4326",
    )
    page = render.DatePage(d, dates[-2], None, zones, empty, empty, frame, [], {}, {}, [], [], [])
    t = time.perf_counter()
    render.render_date(out / "date.html", page, actors=actors, assets=assets, **VIEW)
    build = time.perf_counter() - t
    paint, load = page_timing((out / "date.html").as_uri(), "cmReady")
    rows.append(("ours: one date page with all events", (out / "date.html").stat().st_size, build, paint, load))

    n_f = min(args.folium_events, len(events))
    build = folium_page(out / "folium.html", events[:n_f])
    try:
        paint, load = page_timing((out / "folium.html").as_uri(), "", runs=1)
    except Exception as err:  # a page that never finishes loading is a result too
        paint = load = float("nan")
        print(f"folium page did not load: {err}", file=sys.stderr)
    rows.append(
        (
            f"plain folium, one CircleMarker per event ({n_f:,})",
            (out / "folium.html").stat().st_size,
            build,
            paint,
            load,
        )
    )

    weights = sample_weights(out)
    ours = rows[0]
    table = "\n".join(
        f"| {name} | {size / 1e6:,.1f} MB | {b:.1f} s | {p / 1000:.2f} s | {ld / 1000:.2f} s |"
        for name, size, b, p, ld in rows
    )
    f = rows[-1]
    body = f"""## Render: {args.events:,} events × {args.dates} dates in Chromium

Synthetic events at gazetteer places of northwest Syria, {len(set(e.sentence for e in events)):,} distinct
sentences, a control table of {len(st):,} settlements with captures. Pages opened from disk in
Debian's Chromium (headless, Playwright); first paint = navigation start → data drawn
(`window.cmReady`; folium: `load`), median of 3 loads (folium: 1).
Targets: < 15 MB and < 3 s — **{"met" if ours[1] < 15e6 and ours[3] < 3000 else "not met"}** for the timeline
({ours[1] / 1e6:.1f} MB, {ours[3] / 1000:.2f} s). Against plain folium markers on the same events:
{f[1] / max(ours[1], 1):.0f}× the size{
        "" if np.isnan(f[3]) else f", {f[3] / max(ours[3], 1):.0f}× the time to first paint"
    }.

| page | HTML size | build (Python) | first paint | load event |
|---|---|---|---|---|
{table}

### Page weight: self-contained pages against `--assets shared` (the sample, `data/`)

`python make_map.py --force [--assets shared]` on the shipped sample ({weights["dates"]} dates) into two
folders. Target for a sample date page: first paint < 1 s — **{
        "met" if max(weights["inline"]["paint"], weights["shared"]["paint"]) < 1000 else "not met"
    }**.

| output | date page (mean) | all pages + assets | of which `assets/` | first paint of {
        SAMPLE_DATE
    } | projected 365 dates |
|---|---|---|---|---|---|
{weights["table"]}

"projected 365 dates" = 365 × the mean date page + the timeline, index and `assets/` of this run: a
projection from the sample's page sizes, not a measured run. Shared pages load the same three files
(code, stylesheet, basemap with the gazetteer's names and search index), which a browser caches
after the first page.
"""
    print(body)
    if not args.no_write:
        write_section("render", body, "python bench/render.py " + " ".join(sys.argv[1:]))


if __name__ == "__main__":
    main()
