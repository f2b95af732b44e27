"""Zones for 10,000 settlements × 365 dates.

    python bench/zones.py [--settlements 10000] [--dates 365] [--flips 25]

Builds a synthetic control table (settlements scattered over Syria, controllers in
contiguous regions as on real control maps), a year of capture events (``--flips``
per date, each flipping a settlement to a neighbour's side), then times the engine:
Voronoi cells, applying events, the dissolved zones of every date, the km² table and
the diffs.  Target (issue): under 30 s on this machine, vectorised shapely 2.
Figures go to ``bench/RESULTS.md`` (section ``zones``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _results import peak_rss_mb, write_section

from geo import load_actors
from geo.events import Event
from geo.gazetteer import Place
from geo.geometry import country_outline, lonlat_points
from geo.zones import build_control

CONTROLLERS = ["government", "opposition", "sdf", "turkey", "isis"]


def synthetic(n: int, n_dates: int, flips: int, seed: int = 7):
    """Settlements, dates and capture events (deterministic)."""
    rng = np.random.default_rng(seed)
    outline = country_outline("SY")
    minx, miny, maxx, maxy = outline.bounds
    xs, ys = np.empty(0), np.empty(0)
    while len(xs) < n:
        x, y = rng.uniform(minx, maxx, 2 * n), rng.uniform(miny, maxy, 2 * n)
        keep = shapely.contains_xy(outline, x, y)
        xs, ys = np.concatenate([xs, x[keep]]), np.concatenate([ys, y[keep]])
    xs, ys = xs[:n], ys[:n]
    # contiguous regions: nearest of a few seeds decides the baseline controller
    seeds = np.column_stack([rng.uniform(minx, maxx, 12), rng.uniform(miny, maxy, 12)])
    owner = np.argmin((xs[:, None] - seeds[None, :, 0]) ** 2 + (ys[:, None] - seeds[None, :, 1]) ** 2, axis=1)
    ctrl = np.array(CONTROLLERS[:4])[owner % 4]
    start = dt.date(2019, 1, 1)
    dates = [start + dt.timedelta(days=i) for i in range(n_dates)]
    st = gpd.GeoDataFrame(
        {
            "name": [f"s{i}" for i in range(n)],
            "lat": ys,
            "lon": xs,
            "controller": ctrl,
            "as_of": start,
            "source": "synthetic",
        },
        geometry=lonlat_points(ys, xs),
        crs="EPSG:4326",
    )
    actor_of = {
        "government": "government",
        "opposition": "opposition",
        "sdf": "sdf",
        "turkey": "turkey",
        "isis": "isis",
    }
    events = []
    for d in dates[1:]:
        for k in rng.integers(0, n, flips):
            to = CONTROLLERS[int(rng.integers(0, len(CONTROLLERS)))]
            p = Place(id=f"s{k}", name=f"s{k}", lat=float(ys[k]), lon=float(xs[k]), kind="village")
            events.append(
                Event(
                    f"e{d}{k}", d, f"r{d}", "capture", actor_of[to], "", p, p.name, "synthetic", "captured", 0, 1, 0.9
                )
            )
    return st, dates, events


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--settlements", type=int, default=10_000)
    ap.add_argument("--dates", type=int, default=365)
    ap.add_argument("--flips", type=int, default=25, help="captures per date")
    ap.add_argument("--no-write", action="store_true", help="print only, do not update RESULTS.md")
    args = ap.parse_args()
    actors = load_actors(Path(__file__).resolve().parents[1] / "data" / "actors.csv")

    t0 = time.perf_counter()
    st, dates, events = synthetic(args.settlements, args.dates, args.flips)
    t_gen = time.perf_counter() - t0

    t = time.perf_counter()
    model = build_control(st, events, dates, actors=actors)
    t_build = time.perf_counter() - t

    t = time.perf_counter()
    vertices = 0
    for d in dates:
        z = model.zones_on(d)
        vertices += int(shapely.get_num_coordinates(z.geometry.values).sum())
    t_zones = time.perf_counter() - t

    t = time.perf_counter()
    table = model.area_table()
    diffs = [model.diff(d) for d in dates]
    t_area = time.perf_counter() - t
    total = t_build + t_zones + t_area
    flips = sum(len(v) for v in model.changes.values())
    gained = sum(abs(v) for dd in diffs for v in dd["delta_km2"].values()) / 2

    rows = [
        ("synthetic data (not timed)", t_gen),
        ("Voronoi cells + events applied (`build_control`)", t_build),
        (f"dissolved zones of all {len(dates)} dates (`zones_on`)", t_zones),
        ("km² table + per-date diffs", t_area),
        ("**total (engine)**", total),
    ]
    table_md = "\n".join(f"| {name} | {sec:.2f} s |" for name, sec in rows)
    body = f"""## Zones: {args.settlements:,} settlements × {len(dates)} dates

Synthetic control table over Syria (contiguous regions), {args.flips} captures per date
({len(events):,} events, {flips:,} actual flips, {gained:,.0f} km² changing hands in total).
Target: under 30 s. **{"Met" if total < 30 else "Not met"}: {total:.1f} s**, peak memory {peak_rss_mb():.0f} MB
(whole process). {vertices / len(dates):,.0f} vertices per date in the dissolved zones;
{len(table):,} rows in the area table.

| stage | time |
|---|---|
{table_md}
"""
    print(body)
    if not args.no_write:
        write_section("zones", body, "python bench/zones.py " + " ".join(sys.argv[1:]))


if __name__ == "__main__":
    main()
