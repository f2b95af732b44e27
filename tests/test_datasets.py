"""ACLED and UCDP GED files read as events: formats, precision, control, rejections."""

import datetime as dt

from geo.datasets import read_event_files
from tests.conftest import TESTDATA

EVENTS = TESTDATA / "events"


def test_acled_rows_keep_their_coordinates_precision_and_coding(actors):
    evs, rejected = read_event_files(EVENTS / "acled_idlib_2019.csv", actors)
    by_id = {e.id: e for e in evs}
    assert sorted(by_id) == ["SYR9001", "SYR9002", "SYR9003"]
    cap = by_id["SYR9001"]
    assert (cap.kind, cap.event_type, cap.sub_event_type) == ("capture", "Battles", "Government regains territory")
    assert (cap.actor1, cap.actor2, cap.control_change, cap.new_controller) == ("government", "hts", True, "government")
    assert (cap.place.lat, cap.place.lon, cap.geo_precision, cap.fatalities, cap.origin) == (
        35.4419,
        36.6508,
        1,
        12,
        "acled",
    )
    strike = by_id["SYR9002"]  # ACLED's older "22 August 2019" date; the actor table knows Russia
    assert (strike.date, strike.actor1, strike.actor2, strike.kind) == (
        dt.date(2019, 8, 22),
        "russia",
        "civilians",
        "strike",
    )
    clash = by_id["SYR9003"]
    assert (clash.time_precision, clash.geo_precision, clash.actor2, clash.control_change) == (
        2,
        2,
        "opposition",
        False,
    )
    reasons = {r.line: r.reason for r in rejected}
    assert reasons[5].startswith("row 4: unknown sub_event_type 'Armed skirmish' for Battles")
    assert "looks swapped" in reasons[6] and reasons[6].startswith("row 5:")
    assert reasons[7] == "row 6: latitude/longitude 'not a number', '36.61' are not numbers"
    assert all(r.path.endswith("acled_idlib_2019.csv") for r in rejected)


def test_ucdp_gz_rows_are_read_and_their_headline_sets_type_and_control(actors):
    evs, rejected = read_event_files(EVENTS / "ucdp_ged_sample.csv.gz", actors)
    by_id = {e.id: e for e in evs}
    assert sorted(by_id) == ["ucdp:900001", "ucdp:900002"]
    cap = by_id["ucdp:900001"]
    assert (cap.kind, cap.sub_event_type, cap.actor1, cap.control_change, cap.new_controller) == (
        "capture",
        "Non-state actor overtakes territory",
        "isis",
        True,
        "isis",
    )
    assert (cap.place.name, cap.place.kind, cap.geo_precision, cap.fatalities) == ("Umm al Khalakhil", "village", 1, 4)
    bomb = by_id["ucdp:900002"]  # "booby-trapped vehicle" is an IED, not a siege; three days -> week precision
    assert (bomb.sub_event_type, bomb.time_precision, bomb.actor2) == ("Remote explosive/landmine/IED", 2, "civilians")
    reasons = sorted(r.reason for r in rejected)
    assert reasons[0].startswith("row 3: where_prec 6: only the country is known")
    assert reasons[1].startswith("row 4: latitude=135.13, longitude=36.75 is off the globe")


def test_a_file_without_a_required_column_is_rejected_whole_and_others_still_read(actors):
    evs, rejected = read_event_files(EVENTS, actors)
    assert {e.origin for e in evs} == {"acled", "ucdp"}
    (whole,) = [r for r in rejected if r.path.endswith("ucdp_missing_columns.csv")]
    assert whole.line == 1 and whole.reason.startswith("UCDP GED file without column(s) date_end, where_prec")


def test_absent_folder_means_no_event_files(tmp_path, actors):
    assert read_event_files(tmp_path / "events", actors) == ([], [])
