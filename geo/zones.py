"""Control zones over time: the settlements' state per date, and the zones derived from it.

The inputs are read by :mod:`geo.zonefiles`; the ground each settlement holds (its
Voronoi cell among the marks of its river bank, within reach) is cut by
:mod:`geo.cells`; sieges come from :mod:`geo.pockets`.

The state on a date is the table's rows (latest ``as_of`` not after the date) with
the control-changing events of the reports applied in date order: a capture flips
the settlement at (or within 2.5 km of) the place; a surrender hands the
surrendering side's settlements inside the named area (or within 10 km of the named
place) to the side it surrendered to.  Every flip keeps the event, report and
sentence that caused it.  A captured place the table lacks is added only where the
table knows who holds the ground around it and the capturer holds a mark within
20 km: a report never paints a side's zone out of nothing.

**Weights.** Each settlement's controller carries the weight of the claim that set
it (a table row or a completed transfer: 1) and that weight halves every
``half_life_days``.  *Evidence* of the state ("regime-held X", "since the army took
X") weighs ``evidence_weight`` (0.5): it corrects the model only where the claim it
contradicts has aged below that — a fresh capture is never undone by a stale
"rebel-held" — and it is applied before the same date's events.  Evidence that
agrees, or is outweighed, is kept too (:attr:`ControlModel.evidence`), so the page
can show it beside the flip.

The zones of a date are the cells dissolved per controller, the unknown ground (see
:mod:`geo.cells`), each standing pocket cut off by a ring of its besieger's, the
boundaries between controllers smoothed as one coverage (``coverage_simplify``, the
outline kept exact; a smoothing that would put a settlement on the wrong side is
halved, then dropped), and finally the explicit polygons valid on the date.

**Overlap rule.** Explicit polygons valid on a date override derived cells; where
two explicit polygons of different controllers overlap, the one with the later
``valid_from`` wins (ties: the later file, then the later feature).  Overlaps are
reported with their area in km².
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry.base import BaseGeometry

from .actors import UNKNOWN, Actors
from .cells import GRID, SNAP, bank_of, banks, ground_of, local_reach, river_lines, voronoi_cells
from .coverage import misplaced, shared_edges
from .events import AREAL_KINDS, Event, Evidence
from .geometry import (
    EARTH_KM_PER_DEG_LAT,
    PointIndex,
    area_km2,
    country_outline,
    distance_km,
    lonlat_points,
    to_metric,
)
from .pockets import Pocket, SiegeCue
from .settings import DEFAULTS
from .zonefiles import (
    ZONE_SUFFIXES,
    empty_settlements,
    read_settlements,
    read_zone_file,
    read_zone_layers,
    resolve_controller,
)

__all__ = [
    "ZONE_COLUMNS",
    "ZONE_SUFFIXES",
    "Change",
    "ControlModel",
    "assign_controllers",
    "build_control",
    "controllers_at",
    "empty_settlements",
    "read_settlements",
    "read_zone_file",
    "read_zone_layers",
    "resolve_controller",
    "voronoi_cells",
]

log = logging.getLogger(__name__)

CAPTURE_RADIUS_KM = 2.5
SURRENDER_RADIUS_KM = 10.0
CONTACT_KM = 20.0  # a captured place the table lacks is added only if the capturer holds a mark this close
NEAREST_ZONE_M = 5000.0  # how far outside every zone a point may be and still get the nearest one
POCKET_MARGIN_KM = 4.0  # a pocket holds the holder's settlements this close to the hull of the named places
POCKET_OPEN_SHARE = 1 / 3  # at most this share of a pocket's perimeter may touch its holder's other ground
ZONE_COLUMNS = ["controller", "pocket", "area_km2", "valid_from", "valid_to", "source", "geometry"]


@dataclass(frozen=True, slots=True)
class Change:
    """A settlement that changed hands, and the evidence."""

    date: dt.date
    settlement: str
    lat: float
    lon: float
    before: str
    after: str
    kind: str
    event_id: str
    report_id: str
    sentence: str
    surface: str = ""
    basis: str = "event"


@dataclass(frozen=True, slots=True)
class EvidenceUse:
    """What the control model did with one piece of evidence.

    ``outcome`` is ``changed hands``, ``agrees`` or ``outweighed`` (the claim it
    contradicts is fresher); ``settlement`` the settlement it was matched to.
    """

    evidence: Evidence
    settlement: str
    outcome: str
    held_by: str


# -- the control model ------------------------------------------------------------------


@dataclass
class ControlModel:
    """Who holds what on every date: settlements, their cells, pockets and the changes.

    Build it with :func:`build_control`.  ``codes[date]`` holds the controller index
    (into ``controllers``) of every settlement on that date; ``cells`` the ground each
    settlement holds and ``unknown`` the ground no mark reaches (together an exact
    coverage of the outline).
    """

    settlements: gpd.GeoDataFrame
    cells: np.ndarray
    cell_km2: np.ndarray
    controllers: list[str]
    dates: list[dt.date]
    codes: dict[dt.date, np.ndarray]
    changes: dict[dt.date, list[Change]]
    explicit: gpd.GeoDataFrame
    unknown: BaseGeometry = field(default_factory=shapely.Polygon)
    pockets: list[Pocket] = field(default_factory=list)
    smoothing_deg: float = 0.0
    ring_deg: float = 0.0
    overlaps: list[str] = field(default_factory=list)
    evidence: dict[dt.date, list[EvidenceUse]] = field(default_factory=dict)
    _unions: dict = field(default_factory=dict, repr=False)

    def codes_on(self, date: dt.date) -> np.ndarray:
        """Controller index of every settlement on ``date`` (the latest modelled date not after it)."""
        if not self.dates:
            return np.zeros(len(self.settlements), dtype=np.int16)
        return self.codes[self.dates[max(bisect.bisect_right(self.dates, date) - 1, 0)]]

    def pockets_on(self, date: dt.date) -> list[Pocket]:
        """Pockets standing on ``date``."""
        return [p for p in self.pockets if p.since <= date and (p.until is None or date <= p.until)]

    def zones_on(self, date: dt.date) -> gpd.GeoDataFrame:
        """Zones valid on ``date``: one (multi)polygon per controller and pocket, EPSG:4326.

        Columns: :data:`ZONE_COLUMNS` (``pocket`` is the pocket id, '' outside pockets);
        the ground no mark reaches is a row of controller ``unknown``.  The rows are an
        exact coverage of the outline.
        """
        key = ("zones", date)
        if key in self._unions:
            return self._unions[key].copy(deep=False)  # a shallow copy: the cache stays as computed
        rows = [list(r) for r in self._derived(self.codes_on(date), self.pockets_on(date))]
        exp = self.explicit_on(date)
        if len(exp):
            cover = shapely.union_all(exp.geometry.values)
            rows = [[c, p, shapely.difference(g, cover), s] for c, p, g, s in rows]
            for c, grp in exp.groupby("controller"):
                rows.append(
                    [c, "", shapely.union_all(grp.geometry.values), "file:" + ",".join(sorted(set(grp["file"])))]
                )
        merged: dict[tuple[str, str], list] = {}
        for c, p, g, s in rows:
            if g is not None and not g.is_empty:
                merged.setdefault((c, p), []).append((g, s))
        keys = list(merged)
        geoms = [shapely.union_all([g for g, _ in merged[k]]) if len(merged[k]) > 1 else merged[k][0][0] for k in keys]
        srcs = ["+".join(dict.fromkeys(s for _, s in merged[k])) for k in keys]
        nxt = [d for d in self.dates if d > date]
        gdf = gpd.GeoDataFrame(
            {
                "controller": [c for c, _ in keys],
                "pocket": [p for _, p in keys],
                "area_km2": np.round(area_km2(np.array(geoms, dtype=object)), 1) if geoms else [],
                "valid_from": [date] * len(keys),
                "valid_to": [(nxt[0] - dt.timedelta(days=1)) if nxt else date] * len(keys),
                "source": srcs,
            },
            geometry=geoms,
            crs="EPSG:4326",
        )
        self._unions[key] = gdf
        return gdf.copy(deep=False)

    def _derived(self, codes: np.ndarray, standing: list[Pocket]) -> tuple[tuple, ...]:
        """The zones the settlements make (before explicit polygons): ``(controller, pocket,
        geometry, source)`` rows, computed once per distinct state and set of standing pockets."""
        key = ("derived", codes.tobytes(), tuple(p.id for p in standing))
        if key in self._unions:
            return self._unions[key]
        rows: list[list] = [[self.controllers[k], "", g, "settlements"] for k, g in self._dissolve(codes)]
        if not self.unknown.is_empty:
            rows.append([UNKNOWN, "", self.unknown, "beyond reach of every mark"])
        if standing:
            rows = self._cut_pockets(rows, standing, codes)
        out = self._unions[key] = tuple(tuple(r) for r in self._smooth(rows, codes))
        return out

    def _cut_pockets(self, rows: list[list], standing: list[Pocket], codes: np.ndarray) -> list[list]:
        """Split each standing pocket off its holder's ground and ring it with its besieger's."""
        by_controller = {r[0]: r for r in rows}
        index = {c: i for i, c in enumerate(self.controllers)}
        pieces = []
        for p in standing:
            held = [m for m in p.members if codes[m] == index[p.holder]]
            holder = by_controller.get(p.holder)
            if not held or holder is None:
                continue
            pocket = shapely.coverage_union_all(self.cells[held])
            rest = _polygonal(shapely.difference(holder[2], pocket, grid_size=GRID))
            ring = _polygonal(shapely.intersection(rest, shapely.buffer(pocket, self.ring_deg), grid_size=GRID))
            holder[2] = _polygonal(shapely.difference(rest, ring, grid_size=GRID))
            taker = by_controller.get(p.besieger or UNKNOWN)
            if taker is None:
                taker = by_controller[p.besieger or UNKNOWN] = [
                    p.besieger or UNKNOWN,
                    "",
                    shapely.Polygon(),
                    "pocket ring",
                ]
                rows.append(taker)
            taker[2] = _polygonal(shapely.union(taker[2], ring, grid_size=GRID))
            pieces.append([p.holder, p.id, pocket, f"pocket: {p.report_id}"])
        rows = rows + pieces
        geoms = np.array([r[2] for r in rows], dtype=object)
        keep = np.flatnonzero(~shapely.is_empty(geoms))
        # the overlays above round the holder's and the besieger's zones to the grid, their
        # neighbours' shared vertices stay where they were: snap them together again
        geoms[keep] = shapely.coverage_clean(geoms[keep], snapping_distance=SNAP, gap_width=SNAP)  # type: ignore[attr-defined]  # shapely >= 2.1, not in the stubs
        for r, g in zip(rows, geoms):
            r[2] = g
        return rows

    def _smooth(self, rows: list[list], codes: np.ndarray) -> list[list]:
        """Smooth the boundaries between rows (one coverage, outline kept), never across a settlement.

        Each settlement must stay in a row of its own controller: a smoothing that moves
        one across is halved, then dropped.
        """
        if self.smoothing_deg <= 0 or len(rows) < 2:
            return rows
        geoms = np.array([r[2] for r in rows], dtype=object)
        keep = np.flatnonzero(~shapely.is_empty(geoms))
        if len(keep) < 2:
            return rows
        own = np.array([rows[i][0] for i in keep], dtype=object)
        live = ~shapely.is_empty(self.cells)
        x = self.settlements["lon"].to_numpy(float)[live]
        y = self.settlements["lat"].to_numpy(float)[live]
        ctrl = np.array(self.controllers, dtype=object)[codes[live]]
        tol = self.smoothing_deg
        for _ in range(2):
            out = shapely.coverage_simplify(geoms[keep], tol, simplify_boundary=False)
            if not misplaced(out, own, x, y, ctrl).any():
                for i, g in zip(keep, out):
                    rows[i][2] = g
                return rows
            tol /= 2
        return rows

    def _blocks(self) -> list[np.ndarray]:
        """Cell indices grouped into ~64 spatial blocks (a grid over the settlements)."""
        blocks = self._unions.get("blocks")
        if blocks is None:
            x, y = self.settlements["lon"].to_numpy(float), self.settlements["lat"].to_numpy(float)
            n = 8
            gx = np.minimum(((x - x.min()) / (np.ptp(x) or 1) * n).astype(int), n - 1) if len(x) else x
            gy = np.minimum(((y - y.min()) / (np.ptp(y) or 1) * n).astype(int), n - 1) if len(y) else y
            ids = gx * n + gy
            order = np.argsort(ids, kind="stable")
            blocks = [b for b in np.split(order, np.flatnonzero(np.diff(ids[order])) + 1) if len(b)]
            self._unions["blocks"] = blocks
        return blocks

    def _dissolve(self, codes: np.ndarray) -> list[tuple[int, object]]:
        """One polygon per controller present in ``codes``.

        Cells are unioned per spatial block and controller, cached by that block's
        mask, then the block pieces (an exact coverage) are unioned per controller: a
        date whose flips touch three blocks recomputes three small unions, not every
        controller's whole territory.
        """
        whole = self._unions.get(("codes", codes.tobytes()))
        if whole is not None:
            return whole
        pieces: dict[int, list] = {}
        for b, idx in enumerate(self._blocks()):
            sub = codes[idx]
            for k in np.unique(sub):
                mask = sub == k
                key = ("block", b, int(k), mask.tobytes())
                geom = self._unions.get(key)
                if geom is None:
                    geom = self._unions[key] = shapely.coverage_union_all(self.cells[idx[mask]])
                pieces.setdefault(int(k), []).append(geom)
        out = []
        for k in sorted(pieces):
            parts = [g for g in pieces[k] if not g.is_empty]
            if parts:
                out.append(
                    (k, shapely.coverage_union_all(np.array(parts, dtype=object)) if len(parts) > 1 else parts[0])
                )
        self._unions[("codes", codes.tobytes())] = out
        return out

    def front_lines_on(self, date: dt.date) -> gpd.GeoDataFrame:
        """The shared boundaries between different controllers on ``date``, as lines.

        Columns: ``side_a, side_b`` (controller ids, sorted), ``pocket`` (the pocket id
        when one side is a pocket), ``length_km, valid_from, valid_to, geometry``.
        Unknown ground is no side: its edge is not a front.  Computed once per date (the
        page and the GIS layers both ask).
        """
        key = ("front", date)
        if key not in self._unions:
            self._unions[key] = self._front_lines(date)
        return self._unions[key].copy(deep=False)  # the cache stays as computed whatever the caller does

    def _front_lines(self, date: dt.date) -> gpd.GeoDataFrame:
        z = self.zones_on(date)
        z = z[z["controller"] != UNKNOWN].reset_index(drop=True)
        cols = ["side_a", "side_b", "pocket", "length_km", "valid_from", "valid_to"]
        ctrl, pocket = z["controller"].to_numpy(), z["pocket"].to_numpy()
        geoms = np.asarray(z.geometry.values, dtype=object)
        exp = self.explicit_on(date)
        # explicit polygons are cut into the zones by an overlay, so the zones they touch no
        # longer share vertices with them: those pairs are found by an overlay too
        touched = np.zeros(len(z), dtype=bool)
        if len(exp):
            touched = shapely.intersects(geoms, shapely.union_all(exp.geometry.values))
        matched = geoms.copy()
        matched[touched] = shapely.Polygon()
        i, j, lines = shared_edges(matched)
        oi, oj = np.triu_indices(len(z), k=1)
        odd = (touched[oi] | touched[oj]) & (ctrl[oi] != ctrl[oj])
        oi, oj, olines = _overlay_edges(geoms, oi[odd], oj[odd])
        order = np.lexsort((np.r_[j, oj], np.r_[i, oi]))
        i, j, lines = np.r_[i, oi][order], np.r_[j, oj][order], np.concatenate([lines, olines])[order]
        pair = ctrl[i] != ctrl[j]
        i, j, lines = i[pair], j[pair], lines[pair]
        a, b = np.minimum(ctrl[i], ctrl[j]) if len(i) else [], np.maximum(ctrl[i], ctrl[j]) if len(i) else []
        km = shapely.length(to_metric(lines)) / 1000 if len(lines) else []
        valid_to = z["valid_to"].iloc[0] if len(z) else date
        return gpd.GeoDataFrame(
            pd.DataFrame(
                {
                    "side_a": list(a),
                    "side_b": list(b),
                    "pocket": [pocket[x] or pocket[y] for x, y in zip(i, j)],
                    "length_km": np.round(km, 2),
                    "valid_from": [date] * len(lines),
                    "valid_to": [valid_to] * len(lines),
                },
                columns=cols,
            ),
            geometry=lines,
            crs="EPSG:4326",
        )

    def settlements_on(self, date: dt.date) -> gpd.GeoDataFrame:
        """Every settlement as a point with its controller (and pocket id, if any) on ``date``."""
        codes = self.codes_on(date)
        s = self.settlements
        pocket = np.full(len(s), "", dtype=object)
        for p in self.pockets_on(date):
            held = [m for m in p.members if self.controllers[codes[m]] == p.holder]
            pocket[held] = p.id
        return gpd.GeoDataFrame(
            {
                "name": s["name"].to_numpy(),
                "controller": np.array(self.controllers, dtype=object)[codes],
                "pocket": pocket,
                "source": s["source"].to_numpy(),
            },
            geometry=s.geometry.values,
            crs="EPSG:4326",
        )

    def explicit_on(self, date: dt.date) -> gpd.GeoDataFrame:
        """Explicit polygons valid on ``date``, overlaps resolved (later valid_from wins).

        Computed once per set of valid polygons (the zones, the front lines and the
        timeline of every date ask); callers get a shallow copy.
        """
        e = self.explicit
        if not len(e):
            return e
        mask = (e["valid_from"] <= date) & (
            e["valid_to"].isna() | (e["valid_to"].map(lambda v: v is None or v >= date))
        )
        key = ("explicit", np.asarray(mask, dtype=bool).tobytes())
        if key not in self._unions:
            self._unions[key] = self._explicit(e[mask].copy())
        return self._unions[key].copy(deep=False)

    @staticmethod
    def _explicit(sel: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
        """The valid polygons with each one's part under later ones removed."""
        if len(sel) < 2:
            return sel
        sel = sel.sort_values(["valid_from", "file", "feature"])
        geoms = list(sel.geometry.values)
        for i in range(len(geoms) - 1, -1, -1):
            later = [geoms[j] for j in range(i + 1, len(geoms))]
            if later:
                geoms[i] = shapely.difference(geoms[i], shapely.union_all(later))
        sel = sel.set_geometry(geoms, crs="EPSG:4326")
        return sel[~sel.geometry.is_empty]

    def find_overlaps(self) -> list[str]:
        """Overlaps between explicit polygons of different controllers valid on the same
        date, with their area; the rule that settles them is "later valid_from wins".

        Each distinct set of overlapping features is reported once, with the first date.
        """
        e = self.explicit
        out: list = []
        seen: set = set()
        if len(e) < 2:
            return out
        left, right = e.sindex.query(e.geometry.values, predicate="intersects")
        for i, j in zip(left.tolist(), right.tolist()):
            a, b = e.iloc[i], e.iloc[j]
            if i >= j or a["controller"] == b["controller"] or (i, j) in seen:
                continue
            start = max(a["valid_from"], b["valid_from"])
            ends = [v for v in (a["valid_to"], b["valid_to"]) if v is not None and not pd.isna(v)]
            if ends and min(ends) < start:
                continue  # never valid on the same date
            km2 = float(area_km2(shapely.intersection(a.geometry, b.geometry)))
            if km2 < 0.01:
                continue
            seen.add((i, j))
            winner = b if (b["valid_from"], b["file"], b["feature"]) > (a["valid_from"], a["file"], a["feature"]) else a
            out.append(
                f"{a['file']} feature {a['feature']} ({a['controller']}) and {b['file']} feature "
                f"{b['feature']} ({b['controller']}) overlap by {km2:,.1f} km² from {start}; "
                f"{winner['controller']} ({winner['file']}) wins (later valid_from)"
            )
        self.overlaps = out
        return out

    def area_table(self) -> pd.DataFrame:
        """Area (km²) held by each controller on each date, with the change since the previous date."""
        rows = []
        prev: dict[str, float] = {}
        for d in self.dates:
            z = self.zones_on(d)
            cur = _km2_by_controller(z)
            for c in sorted(set(cur) | set(prev)):
                a = float(cur.get(c, 0.0))
                rows.append(
                    {
                        "date": d.isoformat(),
                        "controller": c,
                        "area_km2": round(a, 1),
                        "delta_km2": round(a - prev.get(c, 0.0), 1) if prev else 0.0,
                    }
                )
            prev = cur
        return pd.DataFrame(rows, columns=["date", "controller", "area_km2", "delta_km2"])

    def diff(self, date: dt.date) -> dict:
        """What changed on ``date`` versus the previous date: flips and km² per controller."""
        i = self.dates.index(date)
        cur = self.zones_on(date)
        before = self.zones_on(self.dates[i - 1]) if i > 0 else None
        area_now = _km2_by_controller(cur)
        area_then = _km2_by_controller(before) if before is not None else {}
        deltas = (
            {
                c: round(float(area_now.get(c, 0)) - float(area_then.get(c, 0)), 1)
                for c in set(area_now) | set(area_then)
            }
            if before is not None
            else {}
        )
        return {
            "date": date,
            "previous": self.dates[i - 1] if i > 0 else None,
            "changes": self.changes.get(date, []),
            "area_km2": {c: float(v) for c, v in area_now.items()},
            "delta_km2": {c: v for c, v in deltas.items() if abs(v) >= 0.05},
        }


def _overlay_edges(geoms: np.ndarray, i: np.ndarray, j: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The boundary pieces ``i`` and ``j`` share, by an overlay of their boundaries on the
    coverage's grid (for pieces that do not share vertices; else :func:`geo.coverage.shared_edges`).

    Returns the pairs that share a line, and the lines.
    """
    if not len(i):
        return i, j, np.empty(0, dtype=object)
    bnd = shapely.boundary(geoms)
    shared = shapely.line_merge(shapely.intersection(bnd[i], bnd[j], grid_size=GRID))
    parts, owner = shapely.get_parts(shared, return_index=True)
    linear = shapely.get_type_id(parts) == 1
    parts, owner = parts[linear], owner[linear]
    lines = np.array(
        [shapely.line_merge(shapely.multilinestrings(parts[owner == k])) for k in range(len(i))], dtype=object
    )
    has = ~shapely.is_empty(lines)
    return i[has], j[has], lines[has]


def _polygonal(geom):
    """The polygons of an overlay result (drops the lines and points snap-rounding can leave)."""
    parts = shapely.get_parts(geom)
    parts = parts[np.isin(shapely.get_type_id(parts), (3, 6))]
    return shapely.union_all(parts) if len(parts) > 1 else (parts[0] if len(parts) else shapely.Polygon())


def _km2_by_controller(zones: gpd.GeoDataFrame) -> dict[str, float]:
    """km² per controller (a pocket counts for its holder)."""
    return {c: round(float(a), 1) for c, a in zones.groupby("controller", sort=False)["area_km2"].sum().items()}


def _event_points(events: Iterable[Event]):
    for e in events:
        if e.kind == "capture" and e.geo_precision == 1 and not e.place.is_areal and e.place.kind not in AREAL_KINDS:
            yield e


def _added_places(events: Sequence[Event], base: pd.DataFrame, reach_of: Callable[[], np.ndarray]) -> list[dict]:
    """Settlements to add for captured places the table lacks.

    A place is added only where the table knows who holds the ground around it (its
    nearest mark reaches it: ``reach_of()`` gives each mark's reach in km, see
    :func:`geo.cells.local_reach`); it starts on that mark's side, and the capture flips
    it only if the capturer holds a mark within :data:`CONTACT_KM` then (see
    :func:`_apply`).  Otherwise the capture stays an event and changes nothing: a report
    never paints a side's zone out of nothing.
    """
    points = list(_event_points(events))
    marks = PointIndex(base["lat"], base["lon"])
    plat, plon = [e.place.lat for e in points], [e.place.lon for e in points]
    known = marks.nearest_many(plat, plon, CAPTURE_RADIUS_KM)[0] >= 0
    if known.all():
        return []
    reach = reach_of()
    if not len(base) or np.isfinite(reach).all():
        near, km = marks.nearest_many(plat, plon, float(reach.max()) if len(reach) else 0.0)
        near[(near >= 0) & (km > reach[near])] = -1
    else:  # no limit: the nearest mark however far
        near = np.array([int(np.argmin(distance_km(marks.lat, marks.lon, y, x))) for y, x in zip(plat, plon)])
    extra: list[dict] = []
    seen: set[str] = set()
    for e, is_known, j in zip(points, known.tolist(), near.tolist()):
        if e.place.name in seen or is_known:
            continue
        if j < 0:
            log.info("%s: capture of %s changes no zone: no mark of the table near it", e.report_id, e.place.name)
            continue
        seen.add(e.place.name)
        extra.append(
            {
                "name": e.place.name,
                "lat": e.place.lat,
                "lon": e.place.lon,
                "controller": base["controller"].iloc[j],
                "as_of": base["as_of"].iloc[j],
                "source": f"added for event {e.id}",
                "estimated": True,
            }
        )
    return extra


def build_control(
    settlements: gpd.GeoDataFrame,
    events: Sequence[Event],
    dates: Sequence[dt.date],
    *,
    actors: Actors,
    explicit: gpd.GeoDataFrame | None = None,
    outline=None,
    barriers=None,
    cues: Sequence[SiegeCue] = (),
    reach_km: float | None = DEFAULTS.zone_reach_km,
    reach_max_km: float | None = DEFAULTS.zone_reach_max_km,
    reach_neighbours: int = DEFAULTS.zone_reach_neighbours,
    smoothing_km: float = DEFAULTS.zone_smoothing_km,
    ring_km: float = DEFAULTS.pocket_ring_km,
    evidence: Sequence[Evidence] = (),
    evidence_weight: float = DEFAULTS.evidence_weight,
    half_life_days: float = DEFAULTS.claim_half_life_days,
) -> ControlModel:
    """Apply report events to the settlement table and derive the zones of every date.

    Parameters
    ----------
    settlements : GeoDataFrame
        From :func:`read_settlements` (``name, lat, lon, controller, as_of``).
    events : sequence of Event
        All events of all reports; only captures and surrenders change control.
    dates : sequence of date
        The dates to model (report dates); sorted and de-duplicated here.
    actors : Actors
    explicit : GeoDataFrame, optional
        Polygon layers (:func:`read_zone_layers`).
    outline : polygon, optional
        Clip outline; default: Syria.
    barriers : array of LineString, optional
        Rivers whose banks are kept apart; default: the shipped barrier rivers
        (:func:`geo.cells.river_lines`); ``()`` for none.
    cues : sequence of SiegeCue
        Siege cues (:func:`geo.pockets.siege_cues`) that open and close pockets.
    reach_km, reach_max_km, reach_neighbours
        How far each mark's evidence reaches (:func:`geo.cells.local_reach`): at least
        ``reach_km``, at most ``reach_max_km``, in between as far as its
        ``reach_neighbours``-th nearest mark; ground of its cell beyond is unknown.
        ``reach_km=None``: no limit.
    smoothing_km : float
        Size of the saw-teeth smoothed off the boundaries between controllers (0: none).
    ring_km : float
        Width of the besieger's ring that cuts a pocket off.
    evidence : sequence of Evidence
        Statements of who holds what; corrections with ``evidence_weight``.
    evidence_weight, half_life_days : float
        The weight of evidence against a claim of weight 1, and the days in which a
        claim's weight halves (see the module docstring).
    """
    outline = outline if outline is not None else country_outline(DEFAULTS.aoi_country)
    barriers = river_lines() if barriers is None else barriers
    dates = sorted(set(dates))
    explicit = explicit if explicit is not None else read_zone_layers(Path("/nonexistent"), actors)[0]
    s = settlements.copy().reset_index(drop=True)
    # one row per settlement (latest baseline row first); later rows become observations
    s = s.sort_values(["name", "as_of"]).reset_index(drop=True)
    base = s.drop_duplicates("name", keep="first").reset_index(drop=True)
    observations = s[s.duplicated("name", keep="first")]
    ev = sorted((e for e in events if e.transfers_control), key=lambda e: (e.date, e.report_id, e.start))
    marks0 = lonlat_points(base["lat"], base["lon"])

    def base_reach() -> np.ndarray:
        bank = bank_of(marks0, banks(outline, barriers))
        return local_reach(marks0, bank, min_km=reach_km, max_km=reach_max_km, neighbours=reach_neighbours)

    extra = _added_places(ev, base, base_reach)
    if extra:
        base = pd.concat([base.drop(columns="geometry"), pd.DataFrame(extra)], ignore_index=True)
    base = gpd.GeoDataFrame(
        base.drop(columns="geometry", errors="ignore"),
        geometry=lonlat_points(base["lat"], base["lon"]),
        crs="EPSG:4326",
    )
    controllers = list(dict.fromkeys([*actors.controllers, *base["controller"], UNKNOWN]))
    index = {c: i for i, c in enumerate(controllers)}
    ground = ground_of(
        base.geometry.values,
        outline,
        barriers=barriers,
        reach_km=reach_km,
        reach_max_km=reach_max_km,
        reach_neighbours=reach_neighbours,
    )
    cells = ground.cells
    cell_km2 = area_km2(cells)
    lat, lon = base["lat"].to_numpy(float), base["lon"].to_numpy(float)
    marks = PointIndex(lat, lon)
    state = base["controller"].map(index).to_numpy(np.int16)
    names = base["name"].tolist()
    position = {name: k for k, name in enumerate(names)}  # one row per name
    added = base["source"].astype(str).str.startswith("added for event").to_numpy()
    # the weight of the claim behind each settlement's controller, and its date
    weight = np.ones(len(base))
    since = np.array([(v or (dates[0] if dates else dt.date.today())).toordinal() for v in base["as_of"]], dtype=float)
    codes: dict[dt.date, np.ndarray] = {}
    changes: dict[dt.date, list[Change]] = {}
    # the settlement each event names (nearest within the capture radius), all events at once
    hits = marks.nearest_many([e.place.lat for e in ev], [e.place.lon for e in ev], CAPTURE_RADIUS_KM)[0]
    by_date: dict[dt.date, list[tuple[Event, int]]] = {}
    for e, k in zip(ev, hits.tolist()):
        by_date.setdefault(e.date, []).append((e, k))
    cues_by_date: dict[dt.date, list[SiegeCue]] = {}
    for c in cues:
        cues_by_date.setdefault(c.date, []).append(c)
    sieges = _Sieges(cells, lat, lon, controllers, index, ring_km / EARTH_KM_PER_DEG_LAT)
    obs = sorted(((r.as_of, r.name, r.controller) for r in observations.itertuples()), key=lambda t: t[0])
    pending = sorted(by_date)
    pending_cues = sorted(cues_by_date)
    previous = None
    proofs: dict[dt.date, list[Evidence]] = {}
    for x in sorted(evidence, key=lambda x: (x.date, x.report_id, x.start)):
        proofs.setdefault(x.date, []).append(x)
    pending_proofs = sorted(proofs)
    uses: dict[dt.date, list[EvidenceUse]] = {}
    claims = _Claims(state, weight, since, marks, names, controllers, index, actors, evidence_weight, half_life_days)
    for d in dates:
        state = state.copy()
        flips: list[Change] = []
        claims.state = state
        while pending_proofs and pending_proofs[0] <= d:
            for x in proofs[pending_proofs.pop(0)]:
                flip, use = claims.weigh(x, d)
                if use is not None:
                    uses.setdefault(d, []).append(use)
                if flip is not None:
                    flips.append(flip)
        while pending and pending[0] <= d:
            for e, k in by_date[pending.pop(0)]:
                done = _apply(e, k, state, marks, names, controllers, index, actors, d, added)
                for flip in done:
                    t = position[flip.settlement]
                    weight[t], since[t] = 1.0, d.toordinal()
                flips += done
        # the table's later rows after the reports of the date: a change both record keeps the
        # report's sentence, and the table still corrects what the reports missed
        while obs and obs[0][0] <= d:
            as_of, name, ctrl = obs.pop(0)
            k = position[name]
            if state[k] != index[ctrl]:
                flips.append(
                    Change(
                        d,
                        name,
                        float(lat[k]),
                        float(lon[k]),
                        controllers[state[k]],
                        ctrl,
                        "observation",
                        "",
                        "",
                        f"settlements table: {name} held by {ctrl} as of {as_of}",
                    )
                )
                state[k] = index[ctrl]
                weight[k], since[k] = 1.0, as_of.toordinal()
        todays: list[SiegeCue] = []
        while pending_cues and pending_cues[0] <= d:
            todays += cues_by_date[pending_cues.pop(0)]
        sieges.update(d, previous, state, todays)
        codes[d] = state
        if flips:
            changes[d] = flips
        previous = d
    model = ControlModel(
        base, cells, cell_km2, controllers, dates, codes, changes, explicit, ground.unknown, evidence=uses
    )
    model.pockets = sieges.close(previous)
    model.smoothing_deg = smoothing_km / EARTH_KM_PER_DEG_LAT
    model.ring_deg = ring_km / EARTH_KM_PER_DEG_LAT
    return model


class _Claims:
    """Weighs evidence against the claim behind each settlement's current controller."""

    def __init__(self, state, weight, since, marks, names, controllers, index, actors, evidence_weight, half_life):
        self.state, self.weight, self.since = state, weight, since
        self.marks, self.names = marks, names
        self.controllers, self.index, self.actors = controllers, index, actors
        self.evidence_weight, self.half_life = evidence_weight, half_life

    def weigh(self, x: Evidence, d: dt.date) -> tuple[Change | None, EvidenceUse | None]:
        """Apply ``x`` on date ``d`` if it outweighs the aged claim it contradicts."""
        to = self.actors.controller_of(x.controller)
        if x.state != "held" or not to or to not in self.index or x.place.is_areal or x.place.kind in AREAL_KINDS:
            return None, None
        k = self.marks.nearest(x.place.lat, x.place.lon, CAPTURE_RADIUS_KM)[0]
        if k < 0:
            return None, None
        held = self.controllers[self.state[k]]
        if held == to:
            return None, EvidenceUse(x, self.names[k], "agrees", held)
        age = max(0.0, d.toordinal() - self.since[k])
        current = self.weight[k] * 0.5 ** (age / self.half_life)
        if self.evidence_weight <= current:
            return None, EvidenceUse(x, self.names[k], "outweighed", held)
        flip = Change(
            d,
            self.names[k],
            float(self.marks.lat[k]),
            float(self.marks.lon[k]),
            held,
            to,
            "evidence",
            x.id,
            x.report_id,
            x.sentence,
            x.surface,
            basis="evidence",
        )
        self.state[k] = self.index[to]
        self.weight[k], self.since[k] = self.evidence_weight, d.toordinal()
        return flip, EvidenceUse(x, self.names[k], "changed hands", held)


class _Sieges:
    """Opens, tracks and closes pockets while :func:`build_control` walks the dates."""

    def __init__(
        self,
        cells: np.ndarray,
        lat: np.ndarray,
        lon: np.ndarray,
        controllers: list[str],
        index: dict,
        ring_deg: float = DEFAULTS.pocket_ring_km / EARTH_KM_PER_DEG_LAT,
    ):
        self.cells, self.lat, self.lon, self.ring_deg = cells, lat, lon, ring_deg
        self.controllers, self.index = controllers, index
        self.xy = shapely.get_coordinates(to_metric(lonlat_points(lat, lon))) if len(lat) else np.empty((0, 2))
        self.open: list[Pocket] = []
        self.done: list[Pocket] = []

    def _seeds(self, cue: SiegeCue) -> np.ndarray:
        hits = []
        for p in cue.places:
            if p.geometry is not None and p.is_areal:
                hits += np.flatnonzero(shapely.contains_xy(p.geometry, self.lon, self.lat)).tolist()
            elif len(self.lat):
                dist = distance_km(self.lat, self.lon, p.lat, p.lon)
                k = int(np.argmin(dist))
                if dist[k] <= CAPTURE_RADIUS_KM:
                    hits.append(k)
        return np.unique(np.array(hits, dtype=np.int64))

    def update(self, d: dt.date, previous: dt.date | None, state: np.ndarray, cues: list[SiegeCue]) -> None:
        """Close the pockets that fell or were relieved by ``d``; open those its cues describe."""
        last = previous if previous is not None else d - dt.timedelta(days=1)
        ending = [c for c in cues if c.ended]
        for p in list(self.open):
            members = np.array(p.members)
            fell = not np.any(state[members] == self.index[p.holder])
            said = next((c for c in ending if np.isin(self._seeds(c), members).any()), None)
            if fell or said is not None:
                self.open.remove(p)
                how = (
                    f"{said.report_id}: {said.sentence}" if said is not None else "its holder no longer holds any of it"
                )
                self.done.append(dataclasses.replace(p, until=last, ended_by=how))
        for cue in cues:
            if not cue.ended:
                self._open(d, state, cue)

    def _open(self, d: dt.date, state: np.ndarray, cue: SiegeCue) -> None:
        """Open the pocket a siege cue describes: of the named places' holders, the one
        whose ground around them is most enclosed by other sides, if it is enclosed enough."""
        seeds = self._seeds(cue)
        if not len(seeds):
            log.info("%s: siege cue names no settlement of the table: %s", cue.report_id, cue.sentence)
            return
        candidates = []
        for h in np.unique(state[seeds]):
            holder = self.controllers[h]
            if holder == UNKNOWN or any(p.holder == holder and np.isin(seeds, p.members).any() for p in self.open):
                continue
            candidates.append((*self._enclosure(seeds[state[seeds] == h], state, int(h)), holder))
        if not candidates:
            return
        # most enclosed first; between equally enclosed holders, the one the sentence names
        share, members, lengths, holder = min(candidates, key=lambda c: (c[0], c[3] not in cue.sides))
        if share > POCKET_OPEN_SHARE:
            log.info(
                "%s: %s said to be besieged, but %.0f%% of the known ground around it is %s's; no pocket",
                cue.report_id,
                holder,
                100 * share,
                holder,
            )
            return
        named = [s for s in cue.sides if s != holder and s in self.index and s != UNKNOWN]
        lengths[self.index[holder]] = 0
        besieger = named[0] if named else self.controllers[int(np.argmax(lengths))] if lengths.max() > 0 else ""
        self.open.append(
            Pocket(
                f"pocket-{d.isoformat()}-{holder}-{len(self.open) + len(self.done) + 1}",
                holder,
                besieger,
                d,
                None,
                tuple(int(m) for m in members),
                tuple(str(p.name) for p in cue.places),
                cue.report_id,
                cue.sentence,
            )
        )

    def _enclosure(self, mine: np.ndarray, state: np.ndarray, h: int) -> tuple[float, np.ndarray, np.ndarray]:
        """(share of the pocket's edge on known ground that touches its holder's other ground,
        the pocket's settlements, edge length touching each controller)."""
        hull = shapely.convex_hull(shapely.multipoints(self.xy[mine]))
        near = shapely.dwithin(hull, shapely.points(self.xy), POCKET_MARGIN_KM * 1000)
        members = np.flatnonzero(near & (state == h) & ~shapely.is_empty(self.cells))
        lengths = np.zeros(len(self.controllers))
        if not len(members):
            return 1.0, members, lengths
        pocket = shapely.coverage_union_all(self.cells[members])
        # the holder's villages the besieger's ring would swallow are in the pocket too (a dense
        # table puts some just beyond the margin, at the pocket's edge)
        points, live = shapely.points(self.lon, self.lat), ~shapely.is_empty(self.cells)
        for _ in range(3):
            edge = (state == h) & live & shapely.dwithin(pocket, points, self.ring_deg)
            edge[members] = False
            if not edge.any():
                break
            members = np.union1d(members, np.flatnonzero(edge))
            pocket = shapely.coverage_union_all(self.cells[members])
        around = shapely.dwithin(pocket, points, 0.5) & live
        around[members] = False
        touch = shapely.length(shapely.intersection(shapely.boundary(pocket), self.cells[around]))
        lengths += np.bincount(state[around], weights=touch, minlength=len(self.controllers))
        lengths[self.index[UNKNOWN]] = 0  # unknown ground encloses nothing
        return float(lengths[h] / max(lengths.sum(), 1e-12)), members, lengths

    def close(self, last: dt.date | None) -> list[Pocket]:
        """Every pocket, those still standing with ``until=None``."""
        return sorted([*self.done, *self.open], key=lambda p: (p.since, p.id))


def _apply(
    e: Event, k: int, state: np.ndarray, marks: PointIndex, names, controllers, index, actors: Actors, d, added
) -> list[Change]:
    """Apply one completed transfer to the state in place; return the flips it caused.

    A capture (or a transfer with no losing side named) flips the settlement at the
    place: ``k``, the settlement nearest the place within :data:`CAPTURE_RADIUS_KM`
    (-1: none); a surrender or hand-over flips the losing side's settlements in the
    named area.  A settlement added for a capture (``added``) flips only if the
    capturer holds another mark within :data:`CONTACT_KM` at that moment.
    """
    out: list[Change] = []
    if not e.control_change or not len(marks.lat) or e.place.unlisted:
        return out  # (a place the gazetteer lacks, drawn at its container: no settlement of its own to flip)
    to = actors.controller_of(e.new_controller)
    frm = actors.controller_of(e.old_controller) if e.old_controller else ""
    if not to:
        return out
    areal = e.place.is_areal or e.place.kind in AREAL_KINDS
    if e.kind == "capture" or (not frm and not areal):
        if areal or e.geo_precision != 1:
            return out
        if k < 0:
            return out
        if added[k] and to in index and not _in_contact(k, to, state, marks, index):
            log.info("%s: capture of %s by %s changes no zone: %s holds no mark within %g km",
                     e.report_id, names[k], e.actor, to, CONTACT_KM)  # fmt: skip
            return out
        targets = [k]
    elif frm:
        if frm == to:
            return out
        if e.place.is_areal:
            inside = np.flatnonzero(shapely.contains_xy(e.place.geometry, marks.lon, marks.lat))
        else:
            inside = marks.within(e.place.lat, e.place.lon, SURRENDER_RADIUS_KM)[0]
        targets = inside[state[inside] == index.get(frm, -1)].tolist()
    else:
        return out
    for t in targets:
        if to not in index:
            continue
        if state[t] != index[to]:
            out.append(
                Change(
                    d,
                    names[t],
                    float(marks.lat[t]),
                    float(marks.lon[t]),
                    controllers[state[t]],
                    to,
                    e.kind,
                    e.id,
                    e.report_id,
                    e.sentence,
                    e.surface,
                )
            )
            state[t] = index[to]
    return out


def _in_contact(k: int, to: str, state: np.ndarray, marks: PointIndex, index: dict) -> bool:
    """Whether ``to`` holds a mark other than ``k`` within :data:`CONTACT_KM` of it."""
    near = marks.within(marks.lat[k], marks.lon[k], CONTACT_KM)[0]
    return bool(np.any((near != k) & (state[near] == index[to])))


def assign_controllers(gdf: gpd.GeoDataFrame, zones: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Add a ``controller`` column: the zone containing each feature (spatial join).

    Areal features are joined by their representative point; features outside every
    zone get ``unknown``.  The input's index and order are kept.
    """
    out = gdf.copy()
    if not len(out):
        out["controller"] = pd.Series(dtype=str)
        return out
    out["controller"] = controllers_at(shapely.point_on_surface(out.geometry.values), zones)
    return out


def controllers_at(points: np.ndarray, zones: gpd.GeoDataFrame) -> np.ndarray:
    """The controller of the zone holding each point (an array of shapely points), or
    ``unknown``; a point up to ``NEAREST_ZONE_M`` outside every zone takes the nearest."""
    pts = np.asarray(points)
    controller = np.full(len(pts), None, dtype=object)
    if len(zones):
        # zones' spatial index is built once per zones frame (cached by geopandas)
        left, right = zones.sindex.query(pts, predicate="within")
        first = np.unique(left, return_index=True)[1]
        controller[left[first]] = zones["controller"].to_numpy()[right[first]]
    missing = np.flatnonzero(controller == None)  # noqa: E711 (element-wise)
    if missing.size and len(zones):
        # border towns can sit a few hundred metres outside a simplified outline: take the
        # nearest zone within 5 km, never further (degrees scaled to km at the point's latitude)
        geoms = zones.geometry.values
        ctrl = zones["controller"].to_numpy()
        for i in missing:  # few points; each is measured against all zones at once
            p = pts[i]
            deg = shapely.distance(p, geoms)
            km = deg * 111.32 * max(np.cos(np.radians(p.y)), 0.2)
            j = int(np.argmin(km))
            if km[j] <= NEAREST_ZONE_M / 1000:
                controller[i] = ctrl[j]
    return pd.Series(controller, dtype=object).fillna(UNKNOWN).to_numpy()
