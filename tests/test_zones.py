"""Control zones: inputs, Voronoi derivation, events applied, areas, diffs, join."""

import datetime as dt

import geopandas as gpd
import numpy as np
import pytest
import shapely

from geo import ZoneError, load_actors, read_settlements, read_zone_layers
from geo.events import Event, Evidence, acled_type
from geo.gazetteer import Place
from geo.geometry import area_km2, country_outline
from geo.zones import assign_controllers, build_control, controllers_at, read_zone_file, voronoi_cells
from tests.conftest import DATA

D1, D2, D3 = dt.date(2019, 8, 1), dt.date(2019, 8, 14), dt.date(2019, 9, 18)


def _settlements(tmp_path, rows, actors):
    p = tmp_path / "settlements.csv"
    p.write_text("name,lat,lon,controller,as_of,source\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return read_settlements(p, actors)


def _event(kind, actor, lat, lon, date, name="X", beneficiary="", geometry=None):
    """A completed transfer: a capture by ``actor``, or ``actor`` surrendering to ``beneficiary``."""
    place = Place(
        id=f"t:{name}", name=name, lat=lat, lon=lon, kind="area" if geometry else "village", geometry=geometry
    )
    winner, loser = (beneficiary, actor) if kind == "surrender" else (actor, "")
    return Event(
        f"r:{name}:{kind}",
        date,
        "r",
        kind,
        *acled_type(kind, winner, load_actors(DATA / "actors.csv")),
        winner,
        loser,
        place,
        name,
        f"{actor} {kind} {name}.",
        kind,
        0,
        1,
        0.9,
        control_change=True,
        new_controller=winner,
        old_controller=loser,
        geo_precision=3 if geometry else 1,
    )


def _evidence(controller, lat, lon, date, name, state="held"):
    place = Place(id=f"t:{name}", name=name, lat=lat, lon=lon, kind="village")
    return Evidence(
        f"r:{name}:{date}",
        date,
        "r",
        place,
        name,
        state,
        controller,
        f"{controller}-held",
        f"{controller}-held {name}.",
        0,
        1,
        0.8,
    )


def test_voronoi_cells_cover_the_outline_without_gaps_or_overlaps():
    outline = country_outline("SY")
    rng = np.random.default_rng(1)
    pts = shapely.points(rng.uniform(36, 41, 300), rng.uniform(33, 37, 300))
    pts = pts[shapely.contains_xy(outline, shapely.get_x(pts), shapely.get_y(pts))]
    pts = np.concatenate([pts, pts[:3]])  # duplicates get empty cells, not double area
    cells = voronoi_cells(pts, outline)
    assert len(cells) == len(pts)
    assert np.all(shapely.contains(cells[:-3], pts[:-3]) | shapely.touches(cells[:-3], pts[:-3]))
    assert all(c.is_empty for c in cells[-3:])
    union = shapely.coverage_union_all(cells[:-3])
    assert abs(area_km2(union) - area_km2(outline)) / area_km2(outline) < 1e-3
    assert abs(area_km2(cells[:-3]).sum() - area_km2(outline)) / area_km2(outline) < 1e-3


def test_events_flip_settlements_and_every_flip_is_traceable(tmp_path, actors):
    st, rej = _settlements(
        tmp_path,
        [
            "A,35.50,36.80,opposition,2019-08-01,t",
            "B,35.90,36.60,opposition,2019-08-01,t",
            "C,35.10,36.75,government,2019-08-01,t",
        ],
        actors,
    )
    assert not rej
    cap = _event("capture", "isis", 35.501, 36.801, D2, "A")
    new = _event("capture", "isis", 35.55, 36.84, D2, "NewVillage")  # not in the table, 7 km from A: added
    area = shapely.box(36.6, 35.3, 37.0, 35.7)
    sur = _event("surrender", "isis", 35.5, 36.8, D3, "southeast", "opposition", geometry=area)
    m = build_control(st, [cap, new, sur], [D1, D2, D3], actors=actors)
    codes = {d: dict(zip(m.settlements["name"], (m.controllers[i] for i in m.codes[d]))) for d in m.dates}
    assert codes[D1]["A"] == "opposition" and codes[D2]["A"] == "isis" and codes[D3]["A"] == "opposition"
    # a captured place the table lacks is added, on its nearest neighbour's (A's) side until the capture
    # (which counts: Islamic State holds A, 7 km away, when it takes NewVillage)
    assert codes[D1]["NewVillage"] == "opposition" and codes[D2]["NewVillage"] == "isis"
    (flip,) = [c for c in m.changes[D2] if c.settlement == "A"]
    assert (flip.before, flip.after, flip.kind, flip.event_id) == ("opposition", "isis", "capture", cap.id)
    assert flip.sentence == cap.sentence
    isis_then = m.zones_on(D2).set_index("controller").loc["isis"]
    assert isis_then.geometry.contains(shapely.Point(36.8, 35.5)) and isis_then.area_km2 > 0
    assert "isis" not in set(m.zones_on(D3)["controller"])


def test_km2_gained_equals_km2_lost_and_matches_a_hand_computed_case(tmp_path, actors):
    # two settlements on a square "country": each holds half, a capture moves one half
    square = shapely.box(36.0, 35.0, 37.0, 36.0)
    st, _ = _settlements(
        tmp_path, ["W,35.5,36.25,opposition,2019-08-01,t", "E,35.5,36.75,government,2019-08-01,t"], actors
    )
    m = build_control(
        st,
        [_event("capture", "government", 35.5, 36.25, D2, "W")],
        [D1, D2],
        actors=actors,
        outline=square,
        barriers=(),
        reach_km=None,
    )
    half = area_km2(shapely.box(36.0, 35.0, 36.5, 36.0))
    whole = area_km2(square)
    diff = m.diff(D2)
    assert diff["delta_km2"]["government"] == pytest.approx(half, rel=1e-3)
    assert diff["delta_km2"]["opposition"] == pytest.approx(-half, rel=1e-3)
    assert m.diff(D2)["area_km2"]["government"] == pytest.approx(whole, rel=1e-3)
    table = m.area_table()
    assert list(table.columns) == ["date", "controller", "area_km2", "delta_km2"]


def test_explicit_polygons_override_cells(tmp_path, actors):
    st, _ = _settlements(tmp_path, ["A,34.0,38.5,government,2019-08-01,t"], actors)
    ex, rej, _ = read_zone_layers(DATA / "zones", actors)
    assert len(ex) == 1 and not rej
    m = build_control(st, [], [D1], actors=actors, explicit=ex)
    z = m.zones_on(D1).set_index("controller")
    tanf = shapely.Point(38.62, 33.51)
    assert z.loc["coalition"].geometry.contains(tanf)  # al-Tanf: the coalition's, not the opposition's
    assert not z.loc["government"].geometry.contains(tanf)
    assert z.loc["coalition"].geometry.within(country_outline("SY").buffer(1e-6))  # clipped to Syria


def _layer(tmp_path, name, props, geom, crs="EPSG:4326"):
    gdf = gpd.GeoDataFrame([props], geometry=[geom], crs=crs)
    p = tmp_path / name
    gdf.to_file(p)
    return p


def test_validation_errors_name_file_and_feature(tmp_path, actors):
    poly = shapely.box(36.5, 35.5, 36.7, 35.7)
    cases = {
        "unknown.geojson": ({"controller": "martians", "valid_from": "2019-08-01"}, "unknown controller 'martians'"),
        "nodate.geojson": ({"controller": "government"}, "missing valid_from"),
        "backwards.geojson": (
            {"controller": "isis", "valid_from": "2019-09-01", "valid_to": "2019-08-01"},
            "valid_to 2019-08-01 is before valid_from 2019-09-01",
        ),
    }
    for name, (props, msg) in cases.items():
        p = _layer(tmp_path, name, props, poly)
        gdf, rej, _ = read_zone_file(p, actors)
        assert len(gdf) == 0 and len(rej) == 1 and msg in rej[0].reason and rej[0].item.startswith("feature 0")
        with pytest.raises(ZoneError, match=rf"{name}.*feature 0"):
            read_zone_file(p, actors, strict=True)


def test_repair_and_reprojection(tmp_path, actors):
    bowtie = shapely.Polygon([(36.5, 35.5), (36.7, 35.7), (36.7, 35.5), (36.5, 35.7)])
    p = _layer(tmp_path, "bowtie.geojson", {"controller": "Assad forces", "valid_from": "2019-08-01"}, bowtie)
    gdf, rej, warns = read_zone_file(p, actors)
    assert not rej and gdf.geometry.iloc[0].is_valid and gdf.controller.iloc[0] == "government"
    assert any("make_valid" in w and "feature 0" in w for w in warns)
    merc = gpd.GeoSeries([shapely.box(36.5, 35.5, 36.7, 35.7)], crs="EPSG:4326").to_crs("EPSG:3857").iloc[0]
    p = _layer(tmp_path, "merc.gpkg", {"controller": "sdf", "valid_from": "2019-08-01"}, merc, crs="EPSG:3857")
    gdf, rej, warns = read_zone_file(p, actors)
    assert gdf.crs.to_epsg() == 4326 and np.allclose(gdf.total_bounds, [36.5, 35.5, 36.7, 35.7], atol=1e-6)


def test_assign_controllers_is_a_spatial_join(actors, tmp_path):
    st, _ = _settlements(
        tmp_path, ["A,35.5,36.8,opposition,2019-08-01,t", "B,35.1,36.75,government,2019-08-01,t"], actors
    )
    m = build_control(st, [], [D1], actors=actors, reach_km=None, barriers=())
    pts = gpd.GeoDataFrame(
        {"name": ["near A", "near B", "far at sea", "border town"]},
        geometry=shapely.points([(36.8, 35.52), (36.75, 35.08), (34.0, 35.0), (38.9538, 36.70)]),
        crs="EPSG:4326",
    )
    out = assign_controllers(pts, m.zones_on(D1))
    # Tell Abyad lies just outside the simplified outline: it takes the nearest zone (within 5 km)
    assert list(out["controller"]) == ["opposition", "government", "unknown", "opposition"]
    assert list(out["name"]) == ["near A", "near B", "far at sea", "border town"]
    # the bare-array form (what Dask workers run) agrees, and needs only controller + geometry
    zones = m.zones_on(D1)[["controller", "geometry"]]
    assert list(controllers_at(pts.geometry.values, zones)) == list(out["controller"])


def test_every_settlement_lies_in_its_own_controllers_zone(actors):
    st, _ = read_settlements(DATA / "zones" / "settlements.csv", actors)
    m = build_control(st, [], [D1], actors=actors)
    z = m.zones_on(D1)
    base = st[st["as_of"] == D1]  # later rows record changes after D1
    got = assign_controllers(base, z)
    assert len(base) > 500 and (got["controller"] == base["controller"]).mean() == 1.0


def test_overlapping_polygons_are_reported_with_their_area(tmp_path, actors):
    a = shapely.box(36.5, 35.5, 36.7, 35.7)
    b = shapely.box(36.6, 35.5, 36.8, 35.7)  # half of a
    gpd.GeoDataFrame([{"controller": "government", "valid_from": "2019-08-01"}], geometry=[a], crs="EPSG:4326").to_file(
        tmp_path / "a.geojson"
    )
    gpd.GeoDataFrame([{"controller": "opposition", "valid_from": "2019-08-05"}], geometry=[b], crs="EPSG:4326").to_file(
        tmp_path / "b.geojson"
    )
    ex, _rej, _ = read_zone_layers(tmp_path, actors)
    st, _ = _settlements(tmp_path, ["A,35.0,38.0,government,2019-08-01,t"], actors)
    m = build_control(st, [], [D1, dt.date(2019, 8, 5)], actors=actors, explicit=ex)
    (msg,) = m.find_overlaps()
    expect = area_km2(shapely.box(36.6, 35.5, 36.7, 35.7))
    assert f"{expect:,.1f} km²" in msg and "opposition (b.geojson) wins" in msg
    z = m.zones_on(dt.date(2019, 8, 5)).set_index("controller")
    assert z.loc["opposition"].geometry.contains(shapely.Point(36.65, 35.6))  # later valid_from wins
    # one frame per set of valid polygons: the dates with the same set share it, a new set has its own
    first, both = m.explicit_on(D1), m.explicit_on(dt.date(2019, 8, 5))
    again, later = m.explicit_on(dt.date(2019, 8, 3)), m.explicit_on(dt.date(2019, 9, 1))
    assert again.geometry.iloc[0] is first.geometry.iloc[0]  # the same computed shapes, in a copy of the frame
    assert later.geometry.iloc[-1] is both.geometry.iloc[-1] and later is not both
    later["controller"] = "sdf"  # a caller changing its frame leaves the model's alone
    assert sorted(m.explicit_on(dt.date(2019, 9, 1))["controller"]) == ["government", "opposition"]
    assert list(first["controller"]) == ["government"] and first.geometry.iloc[0].equals(a)
    assert sorted(both["controller"]) == ["government", "opposition"]
    assert both.set_index("controller").geometry["government"].equals(shapely.box(36.5, 35.5, 36.6, 35.7))


# -- evidence and geography: coverage, smoothing, pockets, no zone out of nothing -------------

SQUARE = shapely.box(36.0, 35.0, 36.6, 35.6)


def _grid_rows(tmp_path, actors, rows):
    lines = [f"{n},{lat},{lon},{c},2019-08-01,t" for n, lat, lon, c in rows]
    return _settlements(tmp_path, lines, actors)[0]


def _zigzag(tmp_path, actors):
    """Two interleaved rows of villages, government south and opposition north: raw Voronoi
    cells meet in saw-teeth."""
    rows = []
    for i in range(12):
        x = 36.02 + 0.05 * i
        rows.append((f"G{i}", 35.28 + (0.012 if i % 2 else 0.0), x, "government"))
        rows.append((f"O{i}", 35.32 - (0.012 if i % 2 else 0.0), x + 0.025, "opposition"))
        rows.append((f"g{i}", 35.08, x, "government"))
        rows.append((f"o{i}", 35.52, x, "opposition"))
    return _grid_rows(tmp_path, actors, rows)


def _coverage_ok(z, outline, rel=1e-5):
    geoms = z.geometry.values
    assert shapely.coverage_is_valid(geoms)  # edge-matched, no overlaps
    union = shapely.coverage_union_all(geoms)
    # union == outline: same area, and nothing outside it (overlay ops on two near-identical
    # borders are less exact than the coverage itself, so compare areas and containment)
    assert area_km2(union) == pytest.approx(area_km2(outline), rel=rel)
    assert shapely.covers(shapely.buffer(outline, 1e-6), union)
    assert area_km2(geoms).sum() == pytest.approx(area_km2(union), rel=rel)  # pairwise overlaps: zero area


def test_saw_teeth_are_smoothed_without_gaps_overlaps_or_a_village_on_the_wrong_side(tmp_path, actors):
    st = _zigzag(tmp_path, actors)
    raw = build_control(st, [], [D1], actors=actors, outline=SQUARE, barriers=(), smoothing_km=0)
    smooth = build_control(st, [], [D1], actors=actors, outline=SQUARE, barriers=(), smoothing_km=3.0)
    for m in (raw, smooth):
        _coverage_ok(m.zones_on(D1), SQUARE)
        got = assign_controllers(st, m.zones_on(D1))
        assert (got["controller"] == st["controller"]).all()
    front = {k: m.front_lines_on(D1) for k, m in (("raw", raw), ("smooth", smooth))}
    sides = front["smooth"][["side_a", "side_b"]].drop_duplicates().values.tolist()
    assert sides == [["government", "opposition"]]
    raw_km, smooth_km = front["raw"]["length_km"].sum(), front["smooth"]["length_km"].sum()
    assert smooth_km < 0.9 * raw_km  # the teeth are gone: a shorter, straighter line
    vertices = shapely.get_num_coordinates(front["smooth"].geometry.values).sum()
    assert vertices < shapely.get_num_coordinates(front["raw"].geometry.values).sum()


@pytest.fixture(scope="module")
def shipped(actors, gaz):
    """The control model of the shipped reports and settlement table."""
    from geo import find_mentions, read_reports, resolve_mentions
    from geo.events import extract_events
    from geo.pockets import siege_cues

    batch = read_reports(DATA / "reports")
    resolved = [resolve_mentions(find_mentions(r, gaz, actors=actors), gaz, date=r.date) for r in batch.reports]
    events = [e for r, res in zip(batch.reports, resolved) for e in extract_events(r, res, actors)]
    st, _ = read_settlements(DATA / "zones" / "settlements.csv", actors)
    cues = siege_cues(batch.reports, resolved, actors, events)
    return build_control(st, events, batch.dates, actors=actors, cues=cues)


def _overlay_fronts(m, d):
    """The front lines of a date the slow way: an overlay of every pair of zones' boundaries."""
    from geo.zones import _overlay_edges

    z = m.zones_on(d)
    z = z[z["controller"] != "unknown"].reset_index(drop=True)
    ctrl = z["controller"].to_numpy()
    i, j = np.triu_indices(len(z), k=1)
    pair = ctrl[i] != ctrl[j]
    i, j, lines = _overlay_edges(np.asarray(z.geometry.values, dtype=object), i[pair], j[pair])
    return [tuple(sorted(p)) for p in zip(ctrl[i], ctrl[j])], lines


def _scattered(tmp_path, actors, n=600, dates=12, seed=3):
    """Villages of four sides scattered over a square, a dozen of them changing hands every
    date to any side: a salt-and-pepper map with many short fronts."""
    rng = np.random.default_rng(seed)
    sides = ["government", "opposition", "sdf", "turkey"]
    x, y = rng.uniform(36.0, 36.6, n), rng.uniform(35.0, 35.6, n)
    rows = [
        f"v{k},{y[k]:.5f},{x[k]:.5f},{sides[int(x[k] > 36.3) + 2 * int(y[k] > 35.3)]},2019-08-01,t" for k in range(n)
    ]
    st, _ = _settlements(tmp_path, rows, actors)
    days = [D1 + dt.timedelta(days=i) for i in range(dates)]
    events = [
        _event("capture", sides[rng.integers(4)], y[k], x[k], d, f"v{k}")
        for d in days[1:]
        for k in rng.integers(0, n, 12)
    ]
    return build_control(st, events, days, actors=actors, outline=SQUARE, barriers=())


def test_front_lines_from_shared_segments_are_the_overlay_of_the_zones_boundaries(shipped, tmp_path, actors):
    for m in (shipped, _scattered(tmp_path, actors)):
        for d in m.dates:
            fast = m.front_lines_on(d)
            pairs, lines = _overlay_fronts(m, d)
            assert list(zip(fast["side_a"], fast["side_b"])) == pairs, d
            # the overlay rounds to the coverage's 1e-7° grid, and so also counts as shared the
            # tip of a cusp of unknown ground between two reach discs where it is narrower than
            # the grid (a few grid steps long); the segments are the zones' own
            gap = shapely.hausdorff_distance(np.asarray(fast.geometry.values, dtype=object), lines)
            assert (gap <= 1e-6).all(), d
            assert np.allclose(shapely.length(fast.geometry.values), shapely.length(lines), rtol=1e-6)


def test_zones_of_the_shipped_data_are_an_exact_coverage_on_every_date(shipped):
    m = shipped
    outline = shapely.set_precision(country_outline("SY"), 1e-7)
    for d in m.dates:
        z = m.zones_on(d)
        _coverage_ok(z, outline)
        s = m.settlements_on(d)
        live = ~shapely.is_empty(m.cells)
        got = assign_controllers(s[live], z)
        assert (got["controller"] == s[live]["controller"]).all(), d
    # the northern Hama pocket: besieged on 21 August, fallen on 23 August
    (hama,) = [p for p in m.pockets if p.since == dt.date(2019, 8, 21)]
    assert hama.holder == "opposition" and hama.besieger == "government"
    assert {"Morek", "Kafr Zita", "Al-Lataminah"} <= set(m.settlements["name"].iloc[list(hama.members)])
    assert hama.until == dt.date(2019, 8, 21)
    z = m.zones_on(dt.date(2019, 8, 21)).set_index(["controller", "pocket"])
    pocket = z.loc[("opposition", hama.id)].geometry
    rest = z.loc[("opposition", "")].geometry
    assert shapely.distance(pocket, rest) > 0.005  # cut off: a ring of the besieger's lies between
    khan_shaykhun = shapely.Point(36.6508, 35.4419)
    assert z.loc[("government", "")].geometry.contains(khan_shaykhun)


def test_a_siege_of_a_town_deep_in_its_holders_ground_opens_no_pocket(tmp_path, actors):
    from geo.pockets import SiegeCue

    st = _zigzag(tmp_path, actors)
    deep = Place(id="t:o5", name="o5", lat=35.52, lon=36.27, kind="village")
    cue = SiegeCue(D2, "r", "o5 is besieged.", (deep,), False, ())
    m = build_control(st, [], [D1, D2], actors=actors, outline=SQUARE, barriers=(), cues=[cue])
    assert m.pockets == [] and (m.zones_on(D2)["pocket"] == "").all()


def test_a_pocket_lasts_until_a_report_says_it_was_relieved(tmp_path, actors):
    from geo.pockets import SiegeCue

    # an opposition village ringed by government villages, joined to the north by a corridor
    rows = [("P", 35.30, 36.30, "opposition"), ("C", 35.40, 36.30, "opposition"), ("N", 35.50, 36.30, "opposition")]
    rows += [
        (f"R{i}", 35.30 + 0.06 * np.sin(a), 36.30 + 0.07 * np.cos(a), "government")
        for i, a in enumerate(np.linspace(0, 2 * np.pi, 9)[:-1])
        if np.sin(a) < 0.5
    ]
    st = _grid_rows(tmp_path, actors, rows)
    p = Place(id="t:P", name="P", lat=35.30, lon=36.30, kind="village")
    d4 = dt.date(2019, 9, 30)
    cues = [
        SiegeCue(D2, "r1", "Government forces besieged P.", (p,), False, ("government",)),
        SiegeCue(D3, "r2", "The siege of P was lifted.", (p,), True, ()),
    ]
    m = build_control(st, [], [D1, D2, D3, d4], actors=actors, outline=SQUARE, barriers=(), reach_km=None, cues=cues)
    (pocket,) = m.pockets
    assert (pocket.holder, pocket.besieger, pocket.since, pocket.until) == ("opposition", "government", D2, D2)
    assert "lifted" in pocket.ended_by
    assert not len(m.pockets_on(D1)) and len(m.pockets_on(D2)) == 1 and not len(m.pockets_on(D3))
    z = m.zones_on(D2)
    assert set(z["pocket"]) == {"", pocket.id}
    _coverage_ok(z, SQUARE, rel=1e-3)  # the ring's buffer arcs are snap-rounded: about 1 km² in 3,600
    assert (m.zones_on(D3)["pocket"] == "").all()


def test_a_capture_with_no_matching_settlement_creates_no_zone_out_of_nothing(tmp_path, actors):
    st, _ = _settlements(
        tmp_path, ["A,35.50,36.80,opposition,2019-08-01,t", "C,35.10,36.75,government,2019-08-01,t"], actors
    )
    far = _event("capture", "isis", 34.60, 38.90, D2, "Desert")  # no mark of the table within reach
    no_front = _event("capture", "isis", 35.53, 36.83, D2, "Village")  # near A, but IS holds nothing near
    gone = _event("surrender", "isis", 35.50, 36.80, D3, "A", "opposition")  # IS holds nothing to surrender
    m = build_control(st, [far, no_front, gone], [D1, D2, D3], actors=actors)
    assert "Desert" not in set(m.settlements["name"])
    assert all("isis" not in set(m.zones_on(d)["controller"]) for d in m.dates)
    assert not any(m.changes.values())


def test_read_bases_keeps_good_rows_and_names_the_bad_ones(actors):
    from geo.zonefiles import read_bases

    path = DATA.parent / "tests" / "data" / "bases" / "bases.csv"
    bases, rejected = read_bases(path, actors)
    assert list(bases["name"]) == ["Morek observation post", "Hmeimim air base", "Al-Tanf garrison"]
    assert list(bases["actor"]) == ["turkey", "russia", "coalition"]
    assert list(bases["kind"]) == ["observation post", "air base", "base"]
    assert list(bases["estimated"]) == [False, False, True]
    assert bases["valid_from"].iloc[2] == dt.date(2019, 1, 1)
    why = {r.line: r.reason for r in rejected}
    assert "unknown actor 'martians'" in why[5] and "swapped" in why[6] and "not yes/no" in why[7]
    with pytest.raises(ZoneError, match=r"bases.csv:5"):
        read_bases(path, actors, strict=True)


def test_evidence_corrects_only_claims_that_have_aged(tmp_path, actors):
    """Evidence (weight 0.5) beats a table row three weeks old, not a capture of the day before."""
    st, _ = _settlements(
        tmp_path, ["A,35.50,36.80,opposition,2019-08-01,t", "B,35.90,36.60,opposition,2019-08-01,t"], actors
    )
    d0, d1, d2, d3 = dt.date(2019, 8, 1), dt.date(2019, 8, 22), dt.date(2019, 8, 23), dt.date(2019, 8, 24)
    cap = _event("capture", "government", 35.90, 36.60, d2, "B")
    stale = _evidence("opposition", 35.90, 36.60, d3, "B")  # "rebel-held B" a day after B fell
    fresh = _evidence("government", 35.50, 36.80, d1, "A")  # "regime-held A": the table row is 21 days old
    agree = _evidence("government", 35.90, 36.60, d3, "B")
    m = build_control(st, [cap], [d0, d1, d2, d3], actors=actors, evidence=[stale, fresh, agree])
    held = {d: dict(zip(m.settlements["name"], (m.controllers[i] for i in m.codes[d]))) for d in m.dates}
    assert held[d1]["A"] == "government" and held[d3]["B"] == "government"
    (flip,) = m.changes[d1]
    assert (flip.settlement, flip.basis, flip.kind, flip.sentence) == ("A", "evidence", "evidence", fresh.sentence)
    uses = {(u.evidence.id, u.outcome) for u in m.evidence[d3]}
    assert uses == {(stale.id, "outweighed"), (agree.id, "agrees")}
    # a week after the capture, the stale claim still weighs less than the capture has aged to
    m2 = build_control(st, [cap], [d0, d2, d3], actors=actors, evidence=[stale], half_life_days=0.5)
    assert m2.controllers[m2.codes[d3][1]] == "opposition" and m2.changes[d3][0].basis == "evidence"


def test_an_event_near_a_place_or_without_a_winner_flips_nothing(tmp_path, actors):
    import dataclasses

    st, _ = _settlements(tmp_path, ["A,35.50,36.80,opposition,2019-08-01,t"], actors)
    near = dataclasses.replace(_event("capture", "isis", 35.50, 36.80, D2, "A"), geo_precision=2)
    claimed = dataclasses.replace(_event("capture", "isis", 35.50, 36.80, D2, "A"), control_change=False)
    m = build_control(st, [near, claimed], [D1, D2], actors=actors)
    assert not m.changes
