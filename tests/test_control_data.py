"""The shipped control marks and the August 2019 storyline they and the sample reports tell."""

import datetime as dt

import pytest
import shapely

from geo import build_control, find_mentions, read_reports, read_settlements, resolve_mentions
from geo.events import extract_events
from geo.marks import read_marks
from geo.zones import read_zone_layers
from tests.conftest import DATA

SETTLEMENTS = DATA / "zones" / "settlements.csv"
NORTH_WEST = (35.72, 34.95, 38.6, 36.95)


def test_estimated_column_is_read_and_checked(tmp_path, actors):
    p = tmp_path / "settlements.csv"
    p.write_text(
        "name,lat,lon,controller,as_of,source,estimated\n"
        "A,35.50,36.80,opposition,2019-08-01,t,yes\n"
        "B,35.90,36.60,opposition,2019-08-01,t,\n"
        "C,35.10,36.75,government,2019-08-01,t,FALSE\n"
        "D,35.20,36.75,government,2019-08-01,t,maybe\n"
        "E,35.30,36.75,unknown,2019-08-01,t,1\n",
        encoding="utf-8",
    )
    st, rejected = read_settlements(p, actors)
    assert list(zip(st["name"], st["estimated"])) == [("A", True), ("B", False), ("C", False), ("E", True)]
    assert st["controller"].iloc[-1] == "unknown"  # a mark whose holder is not known
    assert [(r.line, r.item) for r in rejected] == [(5, "D")] and "yes/no" in rejected[0].reason
    old = tmp_path / "old.csv"
    old.write_text("name,lat,lon,controller,as_of,source\nA,35.5,36.8,opposition,2019-08-01,t\n", encoding="utf-8")
    assert list(read_settlements(old, actors)[0]["estimated"]) == [False]


def test_shipped_marks_are_dense_sourced_and_honest_about_estimates(actors):
    st, rejected = read_settlements(SETTLEMENTS, actors)
    assert rejected == []
    base = st[st["as_of"] == dt.date(2019, 8, 1)]
    x0, y0, x1, y1 = NORTH_WEST
    nw = base[base["lon"].between(x0, x1) & base["lat"].between(y0, y1)]
    assert len(nw) >= 500 and base["name"].is_unique
    assert (base["source"].str.len() > 0).all()
    estimated, documented = base[base["estimated"]], base[~base["estimated"]]
    assert estimated["source"].str.startswith("outline:").all()
    assert not documented["source"].str.startswith("outline:").any() and len(documented) >= 150
    assert "isis" not in set(st["controller"])
    # Jabal Shahshabu and the northern Ghab (issue 14) have opposition marks of their own
    ghab = base[base["lat"].between(35.45, 35.62) & base["lon"].between(36.25, 36.55)]
    assert (ghab["controller"] == "opposition").sum() >= 10
    # both banks of the Euphrates are marked: government west of Lake Assad, SDF east of the river
    assert {"government", "sdf"} <= set(
        base.loc[base["lon"].between(37.9, 38.6) & base["lat"].between(35.8, 36.2), "controller"]
    )
    assert base.set_index("name").loc["Al-Tanf", "controller"] == "coalition"


@pytest.fixture(scope="module")
def storyline(actors, gaz):
    batch = read_reports(DATA / "reports")
    events = [
        e
        for r in batch.reports
        for e in extract_events(r, resolve_mentions(find_mentions(r, gaz, actors=actors), gaz, date=r.date), actors)
    ]
    marks, _, _ = read_marks(DATA / "zones", actors)
    explicit, _, _ = read_zone_layers(DATA / "zones", actors)
    return build_control(marks, events, batch.dates, actors=actors, explicit=explicit)


def _held(model, date, name):
    s = model.settlements
    k = s.index[s["name"] == name][0]
    return model.controllers[model.codes[date][k]]


def test_sample_reports_drive_the_august_advance(storyline):
    m = storyline
    d = dt.date
    for name, before, after in [
        ("Khan Shaykhun", d(2019, 8, 20), d(2019, 8, 21)),
        ("Kafr Zita", d(2019, 8, 21), d(2019, 8, 23)),
        ("Morek", d(2019, 8, 21), d(2019, 8, 23)),
        ("Al-Tamanah", d(2019, 8, 23), d(2019, 8, 30)),
        ("Al-Habit", d(2019, 8, 7), d(2019, 8, 11)),
    ]:
        assert (_held(m, before, name), _held(m, after, name)) == ("opposition", "government"), name
        change = next(c for c in m.changes[after] if c.settlement == name)
        assert change.kind == "capture" and change.report_id and change.sentence, name  # a report, not the table
    for name in ("Maarat al-Numan", "Kafranbel", "Hish", "Umm al-Khalakhil", "Al-Tah"):
        assert _held(m, d(2019, 9, 30), name) == "opposition", name


def test_no_islamic_state_ground_and_al_tanf_is_the_coalitions(storyline):
    m = storyline
    for date in m.dates:
        z = m.zones_on(date)
        assert "isis" not in set(z["controller"]), date
    z = m.zones_on(dt.date(2019, 9, 1) if dt.date(2019, 9, 1) in m.dates else m.dates[-1]).set_index("controller")
    assert z.loc["coalition"].geometry.contains(shapely.Point(38.6178, 33.5058))
    assert not z.loc["opposition"].geometry.contains(shapely.Point(38.6178, 33.5058))
    table = m.area_table()
    assert "coalition" in set(table["controller"])
