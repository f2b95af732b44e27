"""Event extraction on sentences from the sample reports and the seed."""

import datetime as dt

from geo import Report, find_mentions, resolve_mentions
from geo.events import extract_events
from geo.reports import read_reports


def _events(gaz, actors, text, date=dt.date(2019, 8, 23)):
    r = Report("t", date, "", text)
    return extract_events(r, resolve_mentions(find_mentions(r, gaz, actors=actors), gaz), actors)


def _summary(evs):
    return [(e.kind, e.actor, e.beneficiary, e.place.name) for e in evs]


def test_active_capture_of_a_list_of_villages(gaz, actors):
    evs = _events(gaz, actors, "Syrian government forces took control of Kafr Zeita, Latamina and Mourek on Friday.")
    assert _summary(evs) == [
        ("capture", "government", "", "Kafr Zita"),
        ("capture", "government", "", "Al-Lataminah"),
        ("capture", "government", "", "Morek"),
    ]


def test_passive_voice_puts_the_actor_after(gaz, actors):
    evs = _events(gaz, actors, "Khan Shaykhun was captured by the Syrian army after days of fighting.")
    assert _summary(evs)[0] == ("capture", "government", "", "Khan Shaykhun")
    evs = _events(gaz, actors, "Al-Habit fell to Assad's forces on Sunday.")
    assert _summary(evs)[0] == ("capture", "government", "", "Al-Habit")


def test_backing_actor_is_not_the_subject(gaz, actors):
    evs = _events(gaz, actors, "Syrian army units backed by Russian aircraft captured the town of Al-Zakah.")
    assert _summary(evs) == [("capture", "government", "", "Al-Zakah")]


def test_failed_attempt_is_not_a_capture(gaz, actors):
    evs = _events(
        gaz, actors, "The National Liberation Front repelled an attempt by regime forces to advance on Al-Arbaeen."
    )
    assert [e.kind for e in evs] == ["attack"]


def test_strikes_and_shelling(gaz, actors):
    evs = _events(gaz, actors, "Russian jets bombed Kafranbel while regime artillery shelled Al-Bara.")
    assert _summary(evs) == [("strike", "russia", "", "Kafranbel"), ("shelling", "government", "", "Al-Bara")]


def test_seed_daesh_capture_and_surrender(seed_path, gaz, actors):
    (rep,) = read_reports(seed_path).reports
    evs = extract_events(rep, resolve_mentions(find_mentions(rep, gaz, actors=actors), gaz), actors)
    by_place = {(e.kind, e.surface): e for e in evs}
    cap = by_place[("capture", "Umm al-Khalakhil")]
    assert cap.actor == "isis" and "took control of the villages of Umm al-Khalakhil" in cap.sentence
    sur = by_place[("surrender", "southeast Idlib")]
    assert (sur.actor, sur.beneficiary) == ("isis", "opposition")
    assert sur.place.kind == "area" and sur.report_id == rep.id


def test_sample_reports_drive_control_changes(gaz, actors):
    from tests.conftest import DATA

    batch = read_reports(DATA / "reports")
    caps = set()
    for rep in batch.reports:
        for e in extract_events(rep, resolve_mentions(find_mentions(rep, gaz, actors=actors), gaz), actors):
            if e.transfers_control:
                caps.add((e.date.isoformat(), e.kind, e.actor, e.place.name))
    assert ("2019-08-21", "capture", "government", "Khan Shaykhun") in caps
    assert ("2019-08-23", "capture", "government", "Kafr Zita") in caps
    assert ("2019-08-30", "capture", "government", "Al-Tamanah") in caps
    assert not any(actor == "isis" for _, _, actor, _ in caps)  # no invented Islamic State storyline
