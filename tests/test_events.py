"""Reading events from sentences: ACLED types, actors, control changes, evidence, time, places."""

import datetime as dt
import json

import pytest

from geo import Report, find_mentions, resolve_mentions
from geo.clauses import has_event_word, read_sentence, resolve_time
from geo.events import UnplacedEvent, extract_events, read_report, read_report_all
from geo.geometry import distance_km
from geo.reports import read_reports
from tests.conftest import TESTDATA

D = dt.date(2019, 8, 23)  # a Friday


def _read(gaz, actors, text, date=D, title=""):
    r = Report("t", date, title, text)
    return read_report(
        r, resolve_mentions(find_mentions(r, gaz, actors=actors), gaz, date=r.date), actors, gazetteer=gaz
    )


def _events(gaz, actors, text, date=D, title=""):
    return _read(gaz, actors, text, date, title)[0]


def _summary(evs):
    return [(e.kind, e.actor1, e.new_controller, e.place.name) for e in evs]


def test_active_capture_of_a_list_is_one_event_and_one_change_per_place(gaz, actors):
    evs = _events(gaz, actors, "Syrian government forces took control of Kafr Zeita, Latamina and Mourek on Friday.")
    assert _summary(evs) == [
        ("capture", "government", "government", "Kafr Zita"),
        ("capture", "government", "government", "Al-Lataminah"),
        ("capture", "government", "government", "Morek"),
    ]
    e = evs[0]
    assert (e.event_type, e.sub_event_type) == ("Battles", "Government regains territory")
    assert (e.date, e.time_precision, e.time_phrase, e.geo_precision) == (D, 1, "on Friday", 1)


def test_passive_voice_puts_the_actor_after(gaz, actors):
    (e,) = _events(gaz, actors, "Khan Shaykhun was captured by the Syrian army after days of fighting.")
    assert (e.kind, e.actor1, e.control_change, e.new_controller) == ("capture", "government", True, "government")
    (e,) = _events(gaz, actors, "Al-Habit fell to Assad's forces on Sunday.", dt.date(2019, 8, 11))
    assert (e.place.name, e.actor1, e.control_change) == ("Al-Habit", "government", True)


def test_non_state_capture_and_the_loser_after_from(gaz, actors):
    (e,) = _events(gaz, actors, "Rebels recaptured the village of Al-Khuwayn from Islamic State fighters.")
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Non-state actor overtakes territory", "opposition", "isis")
    assert (e.new_controller, e.old_controller) == ("opposition", "isis")


def test_backing_actor_is_not_the_subject(gaz, actors):
    # (the backing aircraft strike where the capture is: an event of their own, by their side)
    evs = _events(gaz, actors, "Syrian army units backed by Russian aircraft captured the town of Al-Zakah.")
    assert sorted((e.actor1, e.place.name, e.control_change, e.sub_event_type) for e in evs) == [
        ("government", "Al-Zakah", True, "Government regains territory"),
        ("russia", "Al-Zakah", False, "Air/drone strike"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The National Liberation Front repelled an attempt by regime forces to advance on Al-Arbaeen.",
        "Regime forces tried to storm Kafr Zita but were repelled.",
        "Regime forces failed to capture Al-Lataminah after a night of fighting.",
        # SOHR's "storm X" (اقتحام) is the assault, not the fall
        "Regime forces stormed Khan Shaykhun on Friday.",
        "Regime forces stormed into Morek at dawn.",
        # an outcome not reached, a hold contested
        "The regime forces are on the verge of controlling Khan Shaykhun.",
        "Regime forces are close to taking Kafr Zita.",
    ],
)
def test_attempts_are_clashes_that_change_nothing(gaz, actors, text):
    evs = _events(gaz, actors, text)
    assert evs and all(e.sub_event_type == "Armed clash" and not e.control_change for e in evs)


@pytest.mark.parametrize(
    "text",
    [
        "State media did not mention the capture of Morek.",
        "Military sources said the next targets were the villages of Kafr Ain and Tell Aas.",
        "The army will take control of Al-Tamanah within days.",
    ],
)
def test_negation_and_plans_are_no_events(gaz, actors, text):
    assert _events(gaz, actors, text) == []


def test_since_clause_is_evidence_of_the_state_not_an_event(gaz, actors):
    evs, evidence = _read(
        gaz, actors, "Residents returned to Kafr Zita since the regime took control of Khan Shaykhun."
    )
    assert not [e for e in evs if e.control_change]
    (x,) = [x for x in evidence if x.place.name == "Khan Shaykhun"]
    assert (x.state, x.controller) == ("held", "government") and x.cue.startswith("since the regime took control")


def test_storming_then_taking_is_still_a_capture(gaz, actors):
    evs = _events(gaz, actors, "", title="The regime forces storm Khan Shaykhun and take control of it")
    assert [(e.sub_event_type, e.place.name, e.new_controller) for e in evs if e.control_change] == [
        ("Government regains territory", "Khan Shaykhun", "government")
    ]


def test_a_contested_hold_names_the_holder_as_target_and_a_refused_one_is_no_event(gaz, actors):
    (e,) = _events(gaz, actors, "", title="ISIS fighters threaten the regime's control of Al-Sukhnah")
    assert (e.sub_event_type, e.actor1, e.actor2, e.control_change) == ("Armed clash", "isis", "government", False)
    assert _events(gaz, actors, "", title="The factions reject the regime's control of Kafr Zita") == []


@pytest.mark.parametrize(
    "title",
    [
        "The regime forces took control of Morek last year and the factions shell it",
        "Last year the regime forces took control of Morek",
        "Residents say the regime forces captured Morek two years ago",
        "The regime forces took control of Morek in 2017",
    ],
)
def test_a_transfer_dated_long_before_the_report_is_evidence_not_news(gaz, actors, title):
    evs, evidence = _read(gaz, actors, "", title=title)
    assert not [e for e in evs if e.control_change]
    assert [(x.place.name, x.state, x.controller) for x in evidence] == [("Morek", "held", "government")]


def test_years_resolve_against_the_dateline():
    d = dt.date(2019, 8, 23)
    assert resolve_time("took control of it last year", d) == (dt.date(2018, 7, 1), 3, "last year")
    assert resolve_time("captured two years ago", d)[:2] == (d - dt.timedelta(days=730), 3)
    assert resolve_time("seized in 2016", d) == (dt.date(2016, 7, 1), 3, "in 2016")
    assert resolve_time("seized in late 2018", d)[0] == dt.date(2018, 11, 15)  # weeks, not months, before
    assert resolve_time("seized in early 2018", d)[0] == dt.date(2018, 2, 15)
    assert resolve_time("seized in 2019", d) == (d, 1, "")  # the report's own year dates nothing


def test_pluperfect_is_background_and_carries_over_a_coordinated_verb(gaz, actors):
    text = "Daesh had advanced towards Al-Tamanah and captured Umm al-Khalakhil before the rebels arrived."
    evs, evidence = _read(gaz, actors, text)
    assert not [e for e in evs if e.control_change]
    assert [(x.place.name, x.controller) for x in evidence] == [("Umm al-Khalakhil", "isis")]


def test_a_past_event_with_its_own_time_is_dated_by_it(gaz, actors):
    text = "Rocket fire on Mhardeh had eased since the army retook the village of Al-Jabin at the end of July."
    (e,) = [e for e in _events(gaz, actors, text, dt.date(2019, 8, 7)) if e.place.name == "Al-Jabin"]
    assert (e.date, e.time_precision, e.time_phrase, e.control_change) == (
        dt.date(2019, 7, 31),
        3,
        "at the end of July",
        True,
    )


@pytest.mark.parametrize(
    ("text", "kind", "sub"),
    [
        ("A booby-trapped vehicle exploded in Afrin.", "explosive", "Remote explosive/landmine/IED"),
        ("14 shells hit Kafranbel.", "shelling", "Shelling/artillery/missile attack"),
        ("Russian jets bombed Kafranbel.", "strike", "Air/drone strike"),
        ("Bomb kills 25 rebels in Azaz.", "explosive", "Remote explosive/landmine/IED"),  # a bomb, not a bombing
        (
            "The regime forces and Russian warplanes are shelling Kafranbel.",
            "shelling",
            "Shelling/artillery/missile attack",
        ),
        ("Warplanes start their morning shelling round on Kafranbel.", "strike", "Air/drone strike"),
        ("The regime forces bomb Kafranbel.", "shelling", "Shelling/artillery/missile attack"),  # the verb
        ("A suicide car bomb struck a checkpoint in Idlib.", "suicide", "Suicide bomb"),
        ("Regime forces arrested dozens of young men in Maarat al-Numan.", "arrest", "Arrests"),
    ],
)
def test_event_types_come_from_the_instrument_not_the_keyword(gaz, actors, text, kind, sub):
    (e,) = _events(gaz, actors, text)
    assert (e.kind, e.sub_event_type) == (kind, sub)


def test_fatalities_and_victims(gaz, actors):
    (e,) = _events(gaz, actors, "Regime shelling kills 6 citizens in Kafranbel.", title="")
    assert (e.fatalities, e.actor2, e.sub_event_type) == (6, "civilians", "Shelling/artillery/missile attack")


@pytest.mark.parametrize(
    "text,sides",
    [
        ("Rebels shot down a regime warplane near Kafr Nabl.", ("opposition", "government")),
        ("IS shot down a warplane near Tabqa.", ("isis", "")),
        ("A warplane was shot down by rebels near Kafranbel.", ("opposition", "")),  # the passive's agent
        ("IS shot down a warplane near Kafranbel.", ("isis", "")),  # "IS" is the group, not the verb "is"
    ],
)
def test_an_aircraft_shot_down_is_a_fight_not_a_strike(gaz, actors, text, sides):
    (e,) = _events(gaz, actors, text)
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Armed clash", *sides)


@pytest.mark.parametrize(
    "text,sides",
    [
        ("Three Turkish soldiers killed in Islamic State attack in al-Bab.", ("isis", "turkey")),
        ("25 regime troops killed after FSA blocked their offensive on Daraa.", ("opposition", "government")),
    ],
)
def test_counted_men_of_a_side_killed_in_an_attack_are_its_target(gaz, actors, text, sides):
    (e,) = _events(gaz, actors, text)
    assert (e.actor1, e.actor2) == sides


@pytest.mark.parametrize(
    "text,victims",
    [
        ("Airstrikes kill 7 persons and injure others in Kafranbel.", "civilians"),
        ("Warplanes kill 21 people at least in Kafranbel.", "civilians"),
        ("Warplanes kill 28 persons at least of ISIS members in Kafranbel.", "isis"),  # their side is named
        ("4 people were killed in airstrikes on Kafranbel.", "civilians"),
        ("Turkish soldier killed in Islamic State attack in Kafranbel.", "turkey"),  # one of a side's men
        # one person of no side, killed by fire or a blast; people injured, counted or not
        ("Shelling on Kafranbel kills a woman.", "civilians"),
        ("A mine explosion kills a person on the outskirts of Kafranbel.", "civilians"),
        ("Shelling on Kafranbel kills a fighter of the factions.", "opposition"),
        ("Missile shelling targets Kafranbel and shells injure 6 persons in the town.", "civilians"),
        ("Heavy airstrikes target Kafranbel leaving several people injured.", "civilians"),
        ("Heavy airstrikes target Kafranbel and injure people.", "civilians"),
        ("Heavy airstrikes target Kafranbel and injure 5 persons of the regime forces.", "government"),
        ("A man was killed in shelling by the Turkish forces on Kafranbel.", "civilians"),
    ],
)
def test_people_counted_as_killed_are_civilians_unless_their_side_is_named(gaz, actors, text, victims):
    (e,) = _events(gaz, actors, text)
    assert e.actor2 == victims


@pytest.mark.parametrize(
    "text,second",
    [
        ("The regime forces shell Kafranbel and target Saraqib.", ("Shelling/artillery/missile attack", "government")),
        ("The regime forces shell Kafranbel and execute two men in Saraqib.", ("Attack", "government")),
        ("ISIS executes a man in Kafranbel and arrests two in Saraqib.", ("Arrests", "isis")),
    ],
)
def test_a_verb_coordinated_with_the_one_before_shares_its_subject_not_its_weapon(gaz, actors, text, second):
    evs = {e.place.name: e for e in _events(gaz, actors, text)}
    assert (evs["Saraqib"].sub_event_type, evs["Saraqib"].actor1) == second


@pytest.mark.parametrize(
    "text,sides",
    [
        # fighting that opens a conjunct of its own names no side: not the subject of a verb that is no event, nor
        # the target of the act before
        ("The regime forces reach Kafranbel and the violent clashes continue in Saraqib.", ("unidentified", "")),
        ("IS attacks regime forces in Kafranbel and continued clashes in Saraqib.", ("unidentified", "")),
        # a verb of the same subject keeps it
        (
            "IS fortifies its positions in Kafranbel and clash with the regime forces in Saraqib.",
            ("isis", "government"),
        ),
        ("The regime forces advance and fight ISIS in Saraqib.", ("government", "isis")),
        ("Regime forces shell Kafranbel and renew clashes in Saraqib.", ("government", "")),
        ("Regime forces shell Kafranbel and renewed clashes in Saraqib.", ("unidentified", "")),
    ],
)
def test_fighting_in_a_conjunct_of_its_own_has_no_side_from_before(gaz, actors, text, sides):
    """(See also the verb in the present that needs no article: "shell X and renew clashes in Y".)"""
    evs = {e.place.name: e for e in _events(gaz, actors, text)}
    assert (evs["Saraqib"].actor1, evs["Saraqib"].actor2) == sides


@pytest.mark.parametrize(
    "text,side,place",
    [
        ("Clashes at the outskirts of Kafranbel after regime forces’ advance in the area.", "government", "Kafranbel"),
        ("Clashes continue in Saraqib after SDF’s advance yesterday.", "sdf", "Saraqib"),
        ("Violent clashes after an attack by regime forces in Kafranbel.", "government", "Kafranbel"),
    ],
)
def test_fighting_after_a_sides_attack_or_advance_is_that_sides_and_where_it_struck(gaz, actors, text, side, place):
    (e,) = _events(gaz, actors, text)
    assert (e.sub_event_type, e.actor1, e.place.name) == ("Armed clash", side, place)


def test_the_next_acts_subject_and_victims_are_not_this_ones_target(gaz, actors):
    text = (
        "Warplanes bomb Kafranbel, helicopters and warplanes raid Saraqib and martyrs in shelling on Maarat al-Numan."
    )
    evs = {e.place.name: e for e in _events(gaz, actors, text)}
    assert evs["Kafranbel"].actor2 == ""  # the helicopters (the regime's) raid Saraqib; they are not Kafranbel's target
    assert evs["Saraqib"].actor2 == ""  # the martyrs are the shelling's
    assert evs["Maarat al-Numan"].actor2 == "civilians"


def test_strikes_that_continue_targeting_a_place_are_placed_there(gaz, actors):
    evs = _events(gaz, actors, "Air and rocket strikes continue for the eighth consecutive day targeting Kafranbel.")
    assert sorted((e.sub_event_type, e.place.name) for e in evs) == [
        ("Air/drone strike", "Kafranbel"),
        ("Shelling/artillery/missile attack", "Kafranbel"),
    ]


def test_a_distance_from_a_place_is_near_it_not_where_the_victims_came_from(gaz, actors):
    (e,) = _events(gaz, actors, "IS executes 24 civilians 10km away from Kafranbel.")
    assert (e.sub_event_type, e.place.name, e.geo_precision) == ("Attack", "Kafranbel", 2)


def test_relative_dates_are_resolved_against_the_dateline_and_marked(gaz, actors):
    (e,) = _events(gaz, actors, "Russian jets bombed Kafranbel yesterday.")
    assert (e.date, e.time_precision, e.time_phrase) == (D - dt.timedelta(days=1), 1, "yesterday")
    (e,) = _events(gaz, actors, "Regime forces shelled Kafranbel last week.")
    assert (e.date, e.time_precision) == (D - dt.timedelta(days=7), 2)


def test_destinations_and_transit_points_are_not_event_places(gaz, actors):
    evs = _events(gaz, actors, "HTS fighters withdrew from Al-Tamanah towards Khan Shaykhun through Al-Tah.")
    assert [(e.kind, e.place.name) for e in evs] == [("withdrawal", "Al-Tamanah")]
    (e,) = _events(gaz, actors, "Regime forces advanced towards Al-Tamanah.")
    assert (e.kind, e.geo_precision) == ("advance", 2)


@pytest.mark.parametrize(
    "text",
    [
        "Regime forces captured buildings in Palmyra.",
        "Regime forces seized hills overlooking Palmyra.",
        "Regime forces took control of the road between Palmyra and Al-Sukhnah.",
        "The regime forces took control of the southern entrance of Palmyra.",
    ],
)
def test_a_site_of_a_town_taken_is_not_the_town(gaz, actors, text):
    # the gold's rule: only the place named changes hands; the town beside the site is where it happened
    evs = _events(gaz, actors, text)
    assert evs and all(e.kind == "capture" and e.geo_precision == 2 and not e.control_change for e in evs), [
        (e.kind, e.place.name, e.geo_precision, e.control_change) for e in evs
    ]
    # the town itself, named as the prize, still changes hands
    (e,) = _events(gaz, actors, "Regime forces took control of the town of Palmyra.")
    assert e.control_change and e.new_controller == "government" and e.place.name == "Palmyra"
    # and so does a site the gazetteer has, named by its type word ("the airport of Palmyra" placed at the airport)
    (e,) = _events(gaz, actors, "Regime forces took control of the airport of Palmyra.")
    assert (e.place.name, e.geo_precision, e.control_change) == ("Palmyra Airport", 1, True)


def test_an_event_on_the_outskirts_of_a_town_sits_at_the_town(gaz, actors):
    (e,) = _events(gaz, actors, "Warplanes struck the outskirts of Morek.")
    assert (e.place.name, e.geo_precision, e.place.is_areal) == ("Morek", 2, False)
    assert not e.control_change


def test_an_event_at_a_place_the_gazetteer_lacks_keeps_its_name_at_the_container(gaz, actors):
    """ACLED's practice for a village no gazetteer has: the event is at the place the text puts it in, under its
    own name, with a lower geo precision (2 near a town, 3 somewhere in a region).  A capture there is a change of
    control of that village (the zones never flip for it: test_pipeline)."""
    (e,) = _events(gaz, actors, "Regime shells hit Seif al-Dawla neighborhood in Aleppo.")
    assert (e.sub_event_type, e.place.name, e.surface, e.geo_precision) == (
        "Shelling/artillery/missile attack",
        "Seif al-Dawla",
        "Seif al-Dawla",
        2,
    )
    (e,) = _events(gaz, actors, "Warplanes carry out a massacre in Ewijel village in the countryside of Aleppo.")
    assert (e.sub_event_type, e.place.name, e.geo_precision) == ("Air/drone strike", "Ewijel", 3)
    # (Sheikh Lutfi: a district the gazetteer still lacks; Bustan al-Qasr, once here, is a row since stop 50)
    (e,) = _events(gaz, actors, "The regime forces took control of Sheikh Lutfi neighbourhood in Aleppo city.")
    assert (e.sub_event_type, e.place.name, e.geo_precision) == ("Government regains territory", "Sheikh Lutfi", 2)
    assert e.control_change and e.new_controller == "government"
    evs = _events(gaz, actors, "Regime forces took control of the villages of Tell Foo, Kafr Zita and Bar Baz in Hama.")
    assert [(e.place.name, e.geo_precision, e.control_change) for e in evs] == [
        ("Tell Foo", 2, True),
        ("Kafr Zita", 1, True),
        ("Bar Baz", 2, True),
    ]
    # a captured name the gazetteer lacks, drawn at its list's neighbour or in the direction phrase after its list
    evs = _events(gaz, actors, "", title="Faylaq Sham take control of Al-Toqli & Dudiyan in north CS")
    assert [(e.place.name, e.geo_precision, e.control_change, e.new_controller) for e in evs] == [
        ("Al-Toqli", 2, True, "opposition"),
        ("Dudiyan", 1, True, "opposition"),
    ]
    evs = _events(gaz, actors, "SDF fighters captured Kharba and al Hussieniya north of Suwar town.")
    assert [(e.place.name, e.geo_precision, e.control_change, e.new_controller) for e in evs] == [
        ("Kharba", 3, True, "sdf"),
        ("al Hussieniya", 3, True, "sdf"),
    ]
    # a name the gazetteer lacks after "al-" is still ground: a capture listed for a person, not lost
    evs = _all(gaz, actors, "", title="SDF take control of al-Fawwariyah after violent clashes with ISIS")
    assert [(u.sub_event_type, u.actor1, u.kind) for u in evs.unplaced] == [
        ("Non-state actor overtakes territory", "sdf", "capture")
    ]
    # an attempt at an unlisted place changes nothing, as anywhere else
    (e,) = _events(gaz, actors, "Regime forces tried to storm Bustan al-Qasr neighbourhood in Aleppo city but failed.")
    assert not e.control_change


def test_an_event_at_a_border_is_at_the_border_strip(gaz, actors):
    (e,) = _events(gaz, actors, "Tens killed and wounded in a car bomb explosion near the Syrian – Turkish border.")
    assert (e.sub_event_type, e.place.id, e.geo_precision, e.control_change) == (
        "Remote explosive/landmine/IED",
        "area:border:TR",
        3,
        False,
    )


def test_state_phrases_become_evidence(gaz, actors):
    _, evidence = _read(gaz, actors, "The rebel-held towns of Kafr Zita and Latmin are now besieged.")
    held = {(x.place.name, x.state, x.controller) for x in evidence}
    assert ("Kafr Zita", "held", "opposition") in held and ("Latmin", "held", "opposition") in held
    assert ("Latmin", "besieged", "") in held
    _, evidence = _read(gaz, actors, "Residents of Mhardeh, held by the government, said the night was quiet.")
    assert [(x.place.name, x.controller) for x in evidence] == [("Mhardeh", "government")]


def test_headline_present_tense_is_an_event(gaz, actors):
    (e,) = _events(gaz, actors, "", title="Regime forces control Al-Lataminah")
    assert (e.kind, e.control_change, e.new_controller) == ("capture", True, "government")
    assert _events(gaz, actors, "Regime forces control Al-Lataminah.") == []  # body text: a state


def test_seed_daesh_surrender(seed_path, gaz, actors):
    (rep,) = read_reports(seed_path).reports
    evs = extract_events(
        rep, resolve_mentions(find_mentions(rep, gaz, actors=actors), gaz, date=rep.date), actors, gazetteer=gaz
    )
    (sur,) = [e for e in evs if e.kind == "surrender" and e.sentence_start > len(rep.title)]
    assert (sur.actor1, sur.actor2, sur.new_controller, sur.old_controller) == (
        "opposition",
        "isis",
        "opposition",
        "isis",
    )
    assert sur.place.kind == "area" and sur.geo_precision == 3 and sur.report_id == rep.id
    # "captured several small villages in the far east of Idlib city" is near Idlib, not Idlib: no change
    assert not [e for e in evs if e.kind == "capture" and e.control_change and e.place.name == "Idlib"]


def test_sample_reports_drive_control_changes(gaz, actors):
    from tests.conftest import DATA

    batch = read_reports(DATA / "reports")
    caps = set()
    for rep in batch.reports:
        for e in extract_events(
            rep, resolve_mentions(find_mentions(rep, gaz, actors=actors), gaz, date=rep.date), actors
        ):
            if e.transfers_control:
                caps.add((e.date.isoformat(), e.kind, e.new_controller, e.place.name))
    assert ("2019-08-21", "capture", "government", "Khan Shaykhun") in caps
    assert ("2019-08-23", "capture", "government", "Morek") in caps
    assert ("2019-08-23", "capture", "government", "Kafr Zita") in caps
    assert ("2019-08-30", "capture", "government", "Al-Tamanah") in caps
    assert not any(ctrl == "isis" for _, _, ctrl, _ in caps)  # no invented Islamic State storyline
    # "the pocket that was sealed off when Khan Shaykhun fell" (23 August) is background, not a second capture
    assert not [c for c in caps if c[3] == "Khan Shaykhun" and c[0] != "2019-08-21"]


def test_an_after_clause_is_background_unless_it_is_hours_old(gaz, actors):
    # the shipped 7 August report: Al-Arbaeen was seized the same day, hours before Al-Zakah
    text = (
        "Syrian army units backed by Russian aircraft captured the town of Al-Zakah at dawn on Wednesday, "
        "a few hours after they seized the neighbouring village of Al-Arbaeen in the northern Hama countryside."
    )
    evs, evidence = _read(gaz, actors, text, dt.date(2019, 8, 7))
    assert [(e.place.name, e.new_controller) for e in evs if e.control_change] == [
        ("Al-Zakah", "government"),
        ("Al-Arbaeen", "government"),
    ]
    assert evidence == []


def test_the_side_that_repels_an_attempt_is_its_target(gaz, actors):
    # DEV ucdp-247502-1, read directly with the place span of its areal phrase
    s = (
        "The regime forces continue repel attacks near the borders with the occupied Jolan, and re-control most "
        "of areas they lost and more than 20 persons were killed since this morning"
    )
    place = s.index("the borders")
    reading = read_sentence(
        s, actors.find(s), [(place, place + len("the borders with the occupied Jolan"))], D, headline=True
    )
    (clash,) = [p for p in reading.predicates if p.kind == "clash"]
    assert (clash.outcome, clash.actor1, clash.actor2) == ("attempt", "", "government")
    (e,) = _events(
        gaz, actors, "The National Liberation Front repelled an attempt by regime forces to advance on Al-Arbaeen."
    )
    assert (e.sub_event_type, e.actor1, e.actor2, e.control_change) == (
        "Armed clash",
        "government",
        "opposition",
        False,
    )


def test_a_pronoun_in_an_opening_after_clause_is_the_main_subject(gaz, actors):
    # the opening clause's "they" are the regime forces named after the comma: their capture is held ground
    evs, evidence = _read(gaz, actors, "After they took control of Kafr Zita, the regime forces shelled Latamina.")
    assert [(x.place.name, x.controller) for x in evidence] == [("Kafr Zita", "government")]
    assert [(e.kind, e.actor1, e.place.name) for e in evs] == [("shelling", "government", "Al-Lataminah")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sentences of the shipped reports: a bearing after a comma locates the place before it
        (
            "Later in the day the army shelled Al-Tamanah, east of Khan Shaykhun.",
            [("shelling", "government", "", "Al-Tamanah")],
        ),
        # "took positions" deploys; it takes nothing
        (
            "Overnight, regime forces advanced towards Khan Sheikhoun from the west and took positions that give them "
            "fire control over the highway north of the town.",
            [("advance", "government", "", "Khan Shaykhun")],
        ),
        # the militias whose positions are struck are the target, though named after "held by"
        (
            "Unidentified aircraft struck positions held by Iran-backed militias around Albu Kamal, near the Iraqi "
            "border, overnight, a war monitor said.",
            [("strike", "unidentified", "iran", "Albu Kamal")],
        ),
        # "the Turkish observation post" is a place, not Turkey acting or suffering
        (
            "Most Jaysh al-Izza and HTS fighters withdrew from the pocket before the army entered, and government "
            "sources said the remainder surrendered or sought shelter near the Turkish observation post at Mourek.",
            [("surrender", "unidentified", "", "Morek")],
        ),
    ],
)
def test_places_that_locate_and_words_that_deploy_or_qualify(gaz, actors, text, expected):
    assert [(e.kind, e.actor1, e.actor2, e.place.name) for e in _events(gaz, actors, text)] == expected


def _headline(gaz, actors, text):
    return [
        (e.sub_event_type, e.actor1, e.actor2, e.place.name, e.control_change)
        for e in _events(gaz, actors, "", title=text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fighting that names no side is fought by the side the sentence names next acting there
        (
            "Clashes inside Morek continue for the second day and the regime forces try to go deep in the town and "
            "expel HTS from it",
            [("Armed clash", "government", "hts", "Morek", False)],
        ),
        (
            "Violent clashes in Kafr Zita after 3 failed attacks by the regime forces to control it",
            [("Armed clash", "government", "", "Kafr Zita", False)],
        ),
        # not when that side acts at another place, named or a part of the town
        (
            "Clashes in Kafr Zita and the rebels take control of Morek",
            [
                ("Armed clash", "unidentified", "", "Kafr Zita", False),
                ("Non-state actor overtakes territory", "opposition", "", "Morek", True),
            ],
        ),
        (
            "Violent fighting in the west of Morek and the regime forces seek to advance into the center of the town",
            [("Armed clash", "unidentified", "", "Morek", False)],
        ),
        # "advancement by X" is X's; the commander killed in the fighting before it is not its target (he was the
        # fighting's: the gold's unidentified > opposition)
        (
            "Fighting renews in Kafr Zita and kills a commander of Jaysh al-Izza and advancement by the regime forces "
            "near Morek",
            [
                ("Armed clash", "unidentified", "opposition", "Kafr Zita", False),
                ("Armed clash", "government", "", "Morek", False),
            ],
        ),
    ],
)
def test_the_side_of_fighting_named_later_in_the_sentence(gaz, actors, text, expected):
    assert _headline(gaz, actors, text) == expected


def test_regions_listed_before_unnamed_villages_taken(gaz, actors):
    text = "The regime forces advance in the northern countryside of Hama and southern countryside of Idlib and control new villages"
    assert _headline(gaz, actors, text) == [
        ("Government regains territory", "government", "", "North part of Hama governorate", False),
        ("Government regains territory", "government", "", "South part of Idlib governorate", False),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the attack is when the ground was lost: background; the regain is the event, near Morek, no flip
        (
            "The rebels regain control of positions they lost in today's attack in the countryside of Morek",
            ("Non-state actor overtakes territory", "opposition", "", "Morek", False),
        ),
        # unnamed sites regained where the subject stands
        (
            "The regime forces in Morek restore sites they lost on the first day of the battle",
            ("Government regains territory", "government", "", "Morek", False),
        ),
        # won back from the side whose attack took it
        (
            "The regime forces take control of hills near Morek which they lost in the attack of HTS two days ago",
            ("Government regains territory", "government", "hts", "Morek", False),
        ),
    ],
)
def test_ground_lost_and_won_back(gaz, actors, text, expected):
    assert _headline(gaz, actors, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Casualties in the ranks of HTS during clashes in Kafr Zita between it against the regime forces",
            ("Armed clash", "hts", "government", "Kafr Zita", False),
        ),
        (
            "About 16 fighters of “Jazeera Storm” Operation and the “Islamic State” organization were killed in "
            "battles near Morek",
            ("Armed clash", "sdf", "isis", "Morek", False),
        ),
    ],
)
def test_the_two_sides_of_a_fight_in_the_order_named(gaz, actors, text, expected):
    assert _headline(gaz, actors, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the men killed are the target of the event nouns coordinated after them …
        (
            "22 members of HTS were killed during Russian air and missile shelling and clashes near Morek",
            [
                ("Air/drone strike", "russia", "hts", "Morek", False),
                ("Shelling/artillery/missile attack", "russia", "hts", "Morek", False),
                ("Armed clash", "unidentified", "hts", "Morek", False),
            ],
        ),
        # … not of an event in a later conjunct
        (
            "Casualties among the regime forces during their advance near Morek and warplanes raid Kafr Zita",
            [
                ("Armed clash", "unidentified", "government", "Morek", False),
                ("Air/drone strike", "unidentified", "", "Kafr Zita", False),
            ],
        ),
    ],
)
def test_the_side_whose_men_died_is_the_target_of_its_own_events_only(gaz, actors, text, expected):
    assert _headline(gaz, actors, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The regime forces continue to seize control over HTS-controlled areas near Morek",
            ("Government regains territory", "government", "hts", "Morek", False),
        ),
        (
            "The rebels restore 4 villages controlled by the regime forces near Kafr Zita",
            ("Non-state actor overtakes territory", "opposition", "government", "Kafr Zita", False),
        ),
        # a shelled area names no target (README), nor does fighting nobody is named for
        (
            "Shells target regime-controlled areas near Kafr Zita",
            ("Shelling/artillery/missile attack", "unidentified", "", "Kafr Zita", False),
        ),
    ],
)
def test_ground_taken_from_its_holder(gaz, actors, text, expected):
    assert _headline(gaz, actors, text) == [expected]


def test_clashes_with_shelling_are_two_events_at_one_place(gaz, actors):
    assert _headline(gaz, actors, "Violent clashes with heavy shelling in Kafr Zita") == [
        ("Armed clash", "unidentified", "", "Kafr Zita", False),
        ("Shelling/artillery/missile attack", "unidentified", "", "Kafr Zita", False),
    ]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a definite description of one unnamed place: a change, on the area that holds it (precision 3)
        (
            "Regime forces control the last town held by ISIS in the eastern countryside of Homs",
            [("capture", "government", "government", 3)],
        ),
        (
            "The factions regain control of the power station in the countryside of Hama",
            [("capture", "opposition", "opposition", 3)],
        ),
        # indefinite or partial: ground taken, no change
        ("Regime forces control 2 villages in the eastern countryside of Homs", [("capture", "government", "", 3)]),
        (
            "Regime forces control parts of the last town in the eastern countryside of Homs",
            [("capture", "government", "", 3)],
        ),
    ],
)
def test_one_described_place_changes_hands_but_no_named_place_does(gaz, actors, title, expected):
    evs = _events(gaz, actors, "", title=title)
    assert [(e.kind, e.actor1, e.new_controller, e.geo_precision) for e in evs] == expected


def test_controlled_after_a_subordinator_is_a_verb_elsewhere_an_adjective(gaz, actors):
    title = "Dozens were executed when the “Islamic State” controlled Al-Bghiliyyeh neighborhood in Deir Ezzor"
    events, evidence = _read(gaz, actors, "", title=title)
    assert [(e.kind, e.actor1, e.place.name, e.control_change) for e in events] == [
        ("capture", "isis", "Al-Baghiliyah", True)
    ]
    assert evidence == []
    # "Warplanes target the “Islamic State” controlled Al-Bghiliyyeh": who holds it, no capture
    events, evidence = _read(gaz, actors, "", title="Warplanes target the “Islamic State” controlled Al-Bghiliyyeh")
    assert not any(e.control_change for e in events)
    assert [(x.place.name, x.state, x.controller) for x in evidence] == [("Al-Baghiliyah", "held", "isis")]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "The faction in Kafr Zita swears allegiance to Hayyaat Tahrir al-Sham",
            [("Change to group/activity", "opposition", "hts", "Kafr Zita")],
        ),
        (
            "Regime helicopters drop leaflets on Morek calling on the fighters to surrender",
            [("Other", "government", "", "Morek")],
        ),
        (
            "The regime’s authorities “settle the situations” of dozens of young men in Kafr Zita",
            [("Agreement", "government", "", "Kafr Zita")],
        ),
        # aircraft as the subject of a shelling noun: from the air; "warplanes and artillery shelling": two events
        ("Warplanes renew their shelling on Morek", [("Air/drone strike", "unidentified", "", "Morek")]),
        (
            "Warplanes and artillery shelling target Morek",
            [
                ("Air/drone strike", "unidentified", "", "Morek"),
                ("Shelling/artillery/missile attack", "unidentified", "", "Morek"),
            ],
        ),
        # a weapon named by its owner's alias does not fight
        (
            "Barrel bombs dropping on Morek with renewed clashes in Kafr Zita",
            [("Air/drone strike", "government", "", "Morek"), ("Armed clash", "unidentified", "", "Kafr Zita")],
        ),
        # the besieger in a relative clause is the side fought
        (
            "Factions attack to break the siege of Kafr Zita which is besieged by the regime forces",
            [("Armed clash", "opposition", "government", "Kafr Zita")],
        ),
    ],
)
def test_strategic_words_aircraft_weapons_and_besiegers(gaz, actors, title, expected):
    evs = _events(gaz, actors, "", title=title)
    assert [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in evs] == expected


# -- events at no placed place (issue 13: listed in unresolved.csv, never silently dropped) --------------------


def _all(gaz, actors, text, title="", date=D):
    r = Report("t", date, title, text)
    return read_report_all(
        r, resolve_mentions(find_mentions(r, gaz, actors=actors), gaz, date=r.date), actors, gazetteer=gaz
    )


def test_a_headline_that_names_no_place_gives_an_unplaced_event(gaz, actors):
    title = "The Islamic State executes a man on charges of communicating with the Free Army"
    reading = _all(gaz, actors, "", title=title)
    assert reading.events == [] and reading.evidence == []
    (u,) = reading.unplaced
    assert isinstance(u, UnplacedEvent)
    assert (u.event_type, u.sub_event_type, u.actor1, u.actor2) == (
        "Violence against civilians",
        "Attack",
        "isis",
        "civilians",
    )
    assert (u.trigger, title[u.start : u.end], u.reason, u.control_change) == (
        "executes",
        "executes",
        "names no place",
        False,
    )
    assert (u.date, u.time_precision, u.sentence, u.report_id, u.sentence_start) == (D, 1, title, "t", 0)


def test_an_unplaced_event_keeps_its_time_fatalities_and_offsets_in_the_full_text(gaz, actors):
    text = "Regime forces shelled Kafr Zita. Rebels shelled army posts on Thursday and killed three soldiers."
    reading = _all(gaz, actors, text, title="Daily report")
    assert [e.place.name for e in reading.events] == ["Kafr Zita"]
    (u,) = reading.unplaced
    full = Report("t", D, "Daily report", text).full_text
    assert full[u.start : u.end] == u.trigger == "shelled" and full[u.sentence_start :].startswith("Rebels shelled")
    assert (u.sub_event_type, u.actor1, u.fatalities) == ("Shelling/artillery/missile attack", "opposition", 3)
    assert (u.date, u.time_phrase) == (D - dt.timedelta(days=1), "on Thursday")


def test_the_reason_names_the_place_the_geoparser_did_not_place(gaz, actors):
    (u,) = _all(gaz, actors, "Gunmen executed a teacher in the village of Tell Zorbaya on Tuesday.").unplaced
    assert u.reason.startswith("place 'Tell Zorbaya' not placed: not in the gazetteer"), u.reason
    assert (u.event_type, u.actor2) == ("Violence against civilians", "civilians")


def test_a_transfer_without_a_place_is_listed_and_never_a_change_of_control(gaz, actors):
    (u,) = _all(gaz, actors, "", title="YPG control large parts of the airbase").unplaced
    assert (u.sub_event_type, u.actor1, u.control_change) == ("Non-state actor overtakes territory", "sdf", False)
    # with the village named, the same words are a placed capture and nothing is listed
    reading = _all(gaz, actors, "", title="YPG control Menagh village and large parts of the airbase")
    assert [e.place.name for e in reading.events] == ["Menagh"] and reading.unplaced == []


@pytest.mark.parametrize(
    "text",
    [
        "The army did not shell anything on Friday.",  # negated
        "The army plans to attack the rebels next week.",  # intent
        "Rebels will launch an offensive.",  # future
        "The truce has held since the offensive began in the spring.",  # background nouns in body text
        "Analysts said the fighting had exhausted both sides.",  # commentary
        "145 people were killed yesterday, including 41 civilians in aerial bombardment and shelling.",  # a toll
    ],
)
def test_commentary_negation_and_intent_give_no_unplaced_event(gaz, actors, text):
    reading = _all(gaz, actors, text)
    assert reading.unplaced == [] and reading.events == [], text


@pytest.mark.parametrize(
    "text, placed",
    [
        ("Warplanes struck Kafr Zita, killing 5 civilians.", ("Air/drone strike", "Kafr Zita")),
        ("Regime forces advanced in Kafr Zita and killed 10 rebels.", ("Armed clash", "Kafr Zita")),
    ],
)
def test_the_words_of_a_placed_event_are_not_listed_again(gaz, actors, text, placed):
    reading = _all(gaz, actors, text)
    assert [(e.sub_event_type, e.place.name) for e in reading.events] == [placed]
    assert reading.unplaced == []


def test_another_side_acting_elsewhere_in_a_placed_sentence_is_listed(gaz, actors):
    text = (
        "Regime forces shelled Kafr Zita. Turkish jets struck Islamic State positions on Thursday, killing 12 fighters."
    )
    reading = _all(gaz, actors, text)
    assert [(e.actor1, e.place.name) for e in reading.events] == [("government", "Kafr Zita")]
    (u,) = reading.unplaced
    assert (u.sub_event_type, u.actor1, u.actor2, u.fatalities) == ("Air/drone strike", "turkey", "isis", 12)
    # read_report answers as before: the placed events and the evidence, nothing unplaced among them
    assert _read(gaz, actors, text) == (reading.events, reading.evidence)


@pytest.mark.parametrize(
    "title, text, placed",
    [
        # the usual news layout: the headline states it, the lede places it
        ("IS executes two men", "The Islamic State executed two men in Kafr Zita on Monday.", ("Attack", "Kafr Zita")),
        (
            "Turkish troops clash with IS",
            "Turkish troops clashed with IS fighters near Kafr Zita.",
            ("Armed clash", "Kafr Zita"),
        ),
    ],
)
def test_a_headline_that_a_later_sentence_places_is_not_listed_unplaced(gaz, actors, title, text, placed):
    reading = _all(gaz, actors, text, title=title)
    assert [(e.sub_event_type, e.place.name) for e in reading.events] == [placed]
    assert reading.unplaced == []


def test_an_unplaced_event_told_twice_is_listed_once(gaz, actors):
    reading = _all(gaz, actors, "The Islamic State executed two men on Monday. The group executed the men in public.")
    (u,) = reading.unplaced
    assert (u.sub_event_type, u.actor1, u.time_phrase) == ("Attack", "isis", "on Monday")
    assert u.date == dt.date(2019, 8, 19)  # the Monday before the Friday dateline


def test_a_body_event_word_that_opens_on_its_subject_is_listed(gaz, actors):
    # "Warplanes bombed": the event word starts with the noun; its verb is in the past, so it is an event
    (u,) = _all(gaz, actors, "Warplanes bombed Islamic State positions on Monday.").unplaced
    assert (u.sub_event_type, u.actor2, u.trigger) == ("Air/drone strike", "isis", "Warplanes bombed")


def test_a_sentence_cut_differently_at_a_chunk_seam_is_read_once(gaz, actors):
    # a report longer than the finder's 64 KiB chunk, with no full stops: the finder may join the line at the
    # seam to the one before it; the event must still be read once, placed, and not again as unplaced
    filler = "Nothing of note happened today in the region\n"
    lines = [filler] * 2000
    event = "Regime forces shelled Kafr Zita on Tuesday and killed three rebels\n"
    at = next(i for i in range(len(lines)) if sum(map(len, lines[:i])) >= (1 << 16) - 2 * len(filler))
    for k in range(at - 2, at + 3):  # around the seam, wherever the cut falls
        text = "".join([*lines[:k], event, *lines[k + 1 :]])
        reading = _all(gaz, actors, text)
        assert [(e.sub_event_type, e.place.name) for e in reading.events] == [
            ("Shelling/artillery/missile attack", "Kafr Zita")
        ], k
        assert reading.unplaced == [], (k, reading.unplaced)


def test_they_in_the_next_sentence_is_the_side_named_last(gaz, actors):
    # a sentence with no place still tells who "they" are in the next one
    text = (
        "Regime forces shelled Kafr Zita. Turkish troops clashed with IS fighters on Monday. They later shelled Morek."
    )
    reading = _all(gaz, actors, text)
    assert [(e.actor1, e.place.name) for e in reading.events] == [("government", "Kafr Zita"), ("turkey", "Morek")]
    assert [(u.sub_event_type, u.actor1) for u in reading.unplaced] == [("Armed clash", "turkey")]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # "it" listed before a named place is the place named before: both are struck
        (
            "Kafr Zita still under HTS control, Russian warplanes continue air raids on it and on Morek",
            [("Air/drone strike", "russia", "", "Kafr Zita"), ("Air/drone strike", "russia", "", "Morek")],
        ),
        # "these two areas" after a pair of places; "warplanes carry out about 15 raids" is one event word
        (
            "Regime forces intensify the shelling on Morek and Kafr Zita and warplanes carry out about 15 raids on "
            "these two areas",
            [
                ("Shelling/artillery/missile attack", "government", "", "Morek"),
                ("Air/drone strike", "unidentified", "", "Morek"),
                ("Shelling/artillery/missile attack", "government", "", "Kafr Zita"),
                ("Air/drone strike", "unidentified", "", "Kafr Zita"),
            ],
        ),
        # victims listed after a number are not a next verb; "X kills a family of N" by an air force's strikes
        (
            "Unidentified missile kills 9 people including 4 children and women in a neighborhood of Saraqib",
            [("Shelling/artillery/missile attack", "unidentified", "civilians", "Saraqib")],
        ),
        (
            "Rebels control Morek and the coalition kills a family of six people in Saraqib",
            [
                ("Non-state actor overtakes territory", "opposition", "", "Morek"),
                ("Attack", "coalition", "civilians", "Saraqib"),
            ],
        ),
        (
            "The International Coalitions strikes kill 9 citizens near Saraqib",
            [("Air/drone strike", "coalition", "civilians", "Saraqib")],
        ),
        # a deployment arriving is a strategic development; an aid convoy arriving is not an event
        ("A convoy of Turkish forces arrives at the outskirts of Saraqib", [("Other", "turkey", "", "Saraqib")]),
        ("An aid convoy arrives in Saraqib", []),
        # the cause of deaths named after the place they happened in
        (
            "Search operations continue in Saraqib city and kill 4 fighters in mine explosions",
            [("Remote explosive/landmine/IED", "unidentified", "", "Saraqib")],
        ),
        # a progressive protest verb
        (
            "Hundreds are demonstrating in Saraqib against the conscription",
            [("Peaceful protest", "protesters", "", "Saraqib")],
        ),
    ],
)
def test_anaphors_listed_places_and_progressive_verbs(gaz, actors, title, expected):
    evs = _events(gaz, actors, "", title=title)
    assert [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in evs] == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # an attempted move "from A to B": the fighting is at A, B is only where it heads
        (
            "The regime forces keep on trying to advance from the outskirts of Morek to Khan Shaykhun",
            [("Armed clash", "government", "", "Morek")],
        ),
        # a victim "from X" comes from X; the event is not placed there
        ("The “Islamic State” executes a man from Saraqib", []),
        # an unnamed part or the countryside of the place named: nowhere on the map
        (
            "Clashes in Saraqib and bombardment targets its countryside",
            [("Armed clash", "unidentified", "", "Saraqib")],
        ),
        ("5 casualties in Saraqib and fierce clashes in the east of the city", []),
        (
            "Warplanes raid targeting Saraqib and 4 casualties in the artillery shelling on a town controlled by HTS",
            [("Air/drone strike", "unidentified", "", "Saraqib")],
        ),
        (
            "Warplanes raid on Saraqib and violent clashes in the villages controlled by ISIS",
            [("Air/drone strike", "unidentified", "", "Saraqib")],
        ),
        # unconfirmed reports, a lost aircraft and the dead mourned at a funeral are no events
        ("Information about capturing the pilot of the warplane crashed near Saraqib by HTS", []),
        ("HTS held funeral for 9 of its fighters who were killed during the attempts to advance in Saraqib", []),
    ],
)
def test_destinations_origins_unnamed_parts_and_reports_are_not_event_places(gaz, actors, title, expected):
    evs = _events(gaz, actors, "", title=title)
    assert [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in evs] == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the side fought before a purpose is not the subject of the purpose
        (
            "The regime forces advance and fight HTS to control the villages west of Morek",
            [("Armed clash", "government", "hts", "Morek")],
        ),
        # "the advancement of X": X advances
        (
            "20 raids target Morek and cover the advancement of the regime forces in the town",
            [("Air/drone strike", "unidentified", "", "Morek"), ("Armed clash", "government", "", "Morek")],
        ),
        # "the fall of shells" is shelling, by nobody named, after another side's shelling
        (
            "The regime forces continue targeting Morek and injuries in the fall of shells on Saraqib",
            [
                ("Shelling/artillery/missile attack", "government", "", "Morek"),
                ("Shelling/artillery/missile attack", "unidentified", "", "Saraqib"),
            ],
        ),
        # an assassination takes no weapon from the shelling before it; a council is civilian
        (
            "Regime forces continue shelling Morek and assassinating a fighter in Saraqib",
            [
                ("Shelling/artillery/missile attack", "government", "", "Morek"),
                ("Armed clash", "unidentified", "", "Saraqib"),
            ],
        ),
        (
            "An assassination attempt targets the local council of Saraqib",
            [("Attack", "unidentified", "civilians", "Saraqib")],
        ),
        # a state's raids are air raids; aircraft that "renew the bombing" bomb from the air
        ("Intense Russian raids hit Saraqib", [("Air/drone strike", "russia", "", "Saraqib")]),
        (
            "HTS advance near the infantry schools and warplanes renew the intensified bombing on Saraqib",
            [("Air/drone strike", "unidentified", "", "Saraqib")],
        ),
    ],
)
def test_subjects_agents_and_instruments_of_neighbouring_clauses(gaz, actors, title, expected):
    evs = _events(gaz, actors, "", title=title)
    assert [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in evs] == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # fire covering the move that follows is an event of its own where the move is
        (
            "Under a cover of intensive shelling the regime forces advance in Morek",
            [
                ("Shelling/artillery/missile attack", "government", "", "Morek"),
                ("Armed clash", "government", "", "Morek"),
            ],
        ),
        (
            "With cover of Russian bombardment the regime forces advance in Morek",
            [("Shelling/artillery/missile attack", "russia", "", "Morek"), ("Armed clash", "government", "", "Morek")],
        ),
        # the fire noun's own verb after its agent; victims' kin do not open a new predicate
        (
            "Shelling by the regime forces targets Morek and shells hit Saraqib",
            [
                ("Shelling/artillery/missile attack", "government", "", "Morek"),
                ("Shelling/artillery/missile attack", "unidentified", "", "Saraqib"),
            ],
        ),
        (
            "Warplanes kill nine civilians, including a man and his sons and grandsons in the town of Saraqib",
            [("Air/drone strike", "unidentified", "civilians", "Saraqib")],
        ),
        # instruments listed first are events too, and the list is one side's arms
        (
            "Barrel bombs, missiles and warplanes target Morek",
            [
                ("Air/drone strike", "government", "", "Morek"),
                ("Shelling/artillery/missile attack", "government", "", "Morek"),
            ],
        ),
        # border guards shooting at people crossing: an attack on civilians, by Turkey when the words say Turkish
        (
            "Turkish border guards kill 3 Syrian citizens near Morek",
            [("Attack", "turkey", "civilians", "Morek")],
        ),
        (
            "Casualty by the Turkish border guards in Morek and casualties in Saraqib",
            [("Attack", "turkey", "civilians", "Morek")],
        ),
        # (their place is in their own words, not the news before them)
        (
            "Clashes in Saraqib and martyrdom of citizens by bullets from the Turkish border guards",
            [("Armed clash", "unidentified", "", "Saraqib")],
        ),
        (
            "Clashes in Saraqib and a citizen killed in Morek by the border guards",
            [("Armed clash", "unidentified", "", "Saraqib"), ("Attack", "unidentified", "civilians", "Morek")],
        ),
        # men killed in an attack are the side attacked; the side fought "against" is the opponent
        (
            "14 regime forces including officers killed by attacks targeted Morek",
            [("Armed clash", "unidentified", "government", "Morek")],
        ),
        (
            "About 30 members of the regime forces were killed in an ambush by Jaysh al-Islam in Morek",
            [("Armed clash", "opposition", "government", "Morek")],
        ),
        (
            'Violent clashes inside Morek against the "Islamic State"',
            [("Armed clash", "unidentified", "isis", "Morek")],
        ),
        # "air and land shelling": from the air and from the ground
        (
            "Continued air and land shelling on Morek",
            [
                ("Air/drone strike", "unidentified", "", "Morek"),
                ("Shelling/artillery/missile attack", "unidentified", "", "Morek"),
            ],
        ),
        # a person's place names no side; the act's second word names its victims
        (
            "Targeting Morek the birthplace of Bashar al-Assad by several missiles kill and injure 13 people",
            [("Shelling/artillery/missile attack", "unidentified", "civilians", "Morek")],
        ),
        # border guards with no harm told are no event; a person's place keeps a side's men as the target
        ("Regime forces deploy border guards in Morek", []),
        (
            "Warplanes target the funeral of IS fighters in Morek",
            [("Air/drone strike", "unidentified", "isis", "Morek")],
        ),
        ("More casualties raise the mine explosion’s death toll in Morek to 20", []),
        # a toll brought up to date counts the deaths of events told before: no event (unless still going on)
        ("More casualties raise the number of those who were killed in mine explosions in Morek to about 40", []),
        ("More casualties raise the death toll to 30 persons of who were killed by detonating a car in Morek", []),
        (
            "More casualties raise the number of who were killed in the violent continuous attack in Morek to 31",
            [("Armed clash", "unidentified", "", "Morek")],
        ),
        # (the update's own verb, not any rise in the sentence)
        (
            "The number of civilians who were killed by warplanes in Morek amid rising tensions",
            [("Air/drone strike", "unidentified", "", "Morek")],
        ),
        # fire the moving side is "supported by" (not its aircraft: "backed by helicopters" is support)
        (
            "Regime forces supported by intensive shelling achieve a new advancement in Morek",
            [
                ("Shelling/artillery/missile attack", "government", "", "Morek"),
                ("Armed clash", "government", "", "Morek"),
            ],
        ),
        # clashes "accompanied by" fire are two events at the place after both
        (
            "Clashes accompanied by shelling in Morek",
            [
                ("Armed clash", "unidentified", "", "Morek"),
                ("Shelling/artillery/missile attack", "unidentified", "", "Morek"),
            ],
        ),
        (
            "Violent clashes accompany airstrikes on Morek",
            [("Armed clash", "unidentified", "", "Morek"), ("Air/drone strike", "unidentified", "", "Morek")],
        ),
        # a place after "and in" is listed beside the place before, not located by it
        (
            "Violent clashes in several areas near Kafr Zita and in the northern countryside of Hama",
            [
                ("Armed clash", "unidentified", "", "Kafr Zita"),
                ("Armed clash", "unidentified", "", "North part of Hama governorate"),
            ],
        ),
        # "their targeting of X": an event by the subject; clashes "to control" are an attempt
        (
            "The Russian warplanes and the regime forces escalate their targeting of Morek",
            [("Air/drone strike", "russia", "", "Morek")],
        ),
        (
            "The regime forces kill 3 citizens in its targeting to a town controlled by Al-Rahman Corps in Morek",
            [("Shelling/artillery/missile attack", "government", "civilians", "Morek")],
        ),
        # clashes "with" another event are at its place, and at the place listed after them
        (
            "Warplanes carry out raids on Morek with the continuation of clashes, and shells target Saraqib",
            [
                ("Air/drone strike", "unidentified", "", "Morek"),
                ("Armed clash", "unidentified", "", "Morek"),
                ("Shelling/artillery/missile attack", "unidentified", "", "Saraqib"),
            ],
        ),
    ],
)
def test_covering_fire_listed_areas_possessive_gerunds_and_accompanying_clashes(gaz, actors, title, expected):
    evs = _events(gaz, actors, "", title=title)
    assert [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in evs] == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("2 members killed during pursuit by Asayish in Saraqib", [("Armed clash", "sdf", "", "Saraqib")]),
        # "east of it": near the place named before (an unnamed capture, no change of control)
        (
            "Hours after the shelling of Morek, the rebels control 2 villages east of it",
            [("Non-state actor overtakes territory", "opposition", "", "Morek")],
        ),
        # an adverbial clause ends where the main clause opens on its victims; the agent after the object
        (
            "After the death of a doctor in Saraqib, wounded people, including a child, were injured in renewed "
            "shelling of the town by the regime forces",
            [("Shelling/artillery/missile attack", "government", "civilians", "Saraqib")],
        ),
        # made to withdraw from the place it was in
        (
            "Intense Russian raids force the “Islamic State” in Morek town to withdraw to its surroundings",
            [
                ("Air/drone strike", "russia", "isis", "Morek"),
                ("Non-violent transfer of territory", "isis", "", "Morek"),
            ],
        ),
    ],
)
def test_pursuits_bearings_of_it_victims_first_and_forced_withdrawals(gaz, actors, title, expected):
    evs = _events(gaz, actors, "", title=title)
    assert [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in evs] == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the holder of a shelled place is not the target (README), also after "the Islamic movement of"
        (
            "The regime forces shell Morek controlled by the Islamic movement of Ahrar al-Sham",
            [("Shelling/artillery/missile attack", "government", "", "Morek")],
        ),
        # those who counter-attack "under" bombardment do not bomb
        (
            "HTS and the regime carry out counterattacks in Morek under intensive aerial and ground bombardment",
            [("Armed clash", "hts", "", "Morek"), ("Air/drone strike", "unidentified", "", "Morek")],
        ),
        # "and intensify the shelling": the subject's own shelling; "and continued clashes": nobody's
        (
            "The regime forces advance to the outskirts of Morek and intensify the shelling to control it",
            [
                ("Armed clash", "government", "", "Morek"),
                ("Shelling/artillery/missile attack", "government", "", "Morek"),
            ],
        ),
        (
            "Russian airstrikes target Morek and continued clashes in Saraqib",
            [("Air/drone strike", "russia", "", "Morek"), ("Armed clash", "unidentified", "", "Saraqib")],
        ),
        # a threat and a running total are not events of the date
        ("The “Islamic State” carries out a new attack threatening to besiege Saraqib", []),
        ("Warplanes carry out about 200 raids on Morek and Saraqib since the start of the battle", []),
        # the Tiger Forces' commander stands for the government
        ("Suhail al-Hassan advances in Morek", [("Armed clash", "government", "", "Morek")]),
    ],
)
def test_holders_sufferers_verbs_of_nouns_threats_and_totals(gaz, actors, title, expected):
    evs = _events(gaz, actors, "", title=title)
    assert [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in evs] == expected


def test_exchange_of_shelling_on_the_areas_of_two_sides_names_both(gaz, actors):
    # a place after the second side ("… and the Kurdish units west of X") is the exchange's, not a new clause's
    evs = _events(
        gaz,
        actors,
        "",
        title="Exchange of shelling on the controlled areas of the factions and the Kurdish units west of Morek",
    )
    assert [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in evs] == [
        ("Shelling/artillery/missile attack", "opposition", "sdf", "Morek")
    ]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # persons "captured" are not ground taken; "in the area" after quoted words still points back
        (
            "After 2 days of attacks on Morek… the “Islamic State” executes 4 “regime members captured in the area”",
            [("Attack", "isis", "government", "Morek")],
        ),
        # fighters who capture a place do take it
        (
            "HTS fighters captured Morek",
            [("Non-state actor overtakes territory", "hts", "", "Morek")],
        ),
    ],
)
def test_persons_captured_are_not_ground_taken(gaz, actors, title, expected):
    evs = _events(gaz, actors, "", title=title)
    assert [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in evs] == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # "an advance by X": the verb's form as a noun has its agent after "by"
        ("An advance by HTS in the east of Morek", [("Armed clash", "hts", "", "Morek")]),
        # "their advancement": the side named before, even as the victims' side
        (
            "Casualties among regime forces’ ranks during their advancement in Morek",
            [("Armed clash", "government", "", "Morek")],
        ),
    ],
)
def test_nominal_advances_take_their_agent(gaz, actors, title, expected):
    evs = _events(gaz, actors, "", title=title)
    assert [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in evs] == expected


def test_a_fight_between_other_sides_is_kept_beside_a_capture_at_its_place(gaz, actors):
    # the attack on Turkish soldiers is not the SDF's fight for the farm: both events stand
    evs = _events(
        gaz,
        actors,
        "",
        title="Attack targets a gathering of Turkish soldiers near Morek and SDF control a farm in the area",
    )
    assert [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in evs] == [
        ("Armed clash", "unidentified", "turkey", "Morek"),
        ("Non-state actor overtakes territory", "sdf", "", "Morek"),
    ]
    # "advance in X and control it": one capture, the fight for it is not another event
    evs = _events(gaz, actors, "", title="The regime forces attack HTS in Morek and control the town")
    assert [(e.sub_event_type, e.actor1) for e in evs] == [("Government regains territory", "government")]


def test_roads_to_a_town_are_ground_near_it_never_the_town(gaz, actors):
    evs = _events(gaz, actors, "", title="The regime forces control the roads to Morek town after a violent attack")
    assert [(e.sub_event_type, e.actor1, e.place.name, e.geo_precision, e.control_change) for e in evs] == [
        ("Government regains territory", "government", "Morek", 2, False)
    ]


@pytest.mark.parametrize(
    "title",
    [
        "Clashes between regime forces and factions in Kinsabba",
        "Violent clashes between the regime and rebels in Kinsabba",
        "Clashes between regime forces and the factions in Kinsabba",
    ],
)
def test_the_second_side_of_a_pair_is_no_new_verb(gaz, actors, title):
    # "and factions" coordinates the two sides of the clash; it does not open a clause that would cut the place off
    evs = _events(gaz, actors, "", title=title)
    assert [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in evs] == [
        ("Armed clash", "government", "opposition", "Kinsabba")
    ]


@pytest.mark.parametrize(
    "title, expected",
    [
        # the men killed are the verb's object: not the subject of the clashes they died in
        ("The regime forces kill 7 ISIS members in clashes near Palmyra", ("Armed clash", "government", "isis")),
        # clashes that kill a side's men were fought against that side; nobody is named for the other
        ("Clashes in Morek kill 5 members of the regime forces", ("Armed clash", "unidentified", "government")),
        ("Clashes between ISIS and the regime forces in Morek", ("Armed clash", "isis", "government")),
        # the men killed in air strikes did not strike
        ("About 20 ISIS operatives killed in air strikes on Morek", ("Air/drone strike", "unidentified", "isis")),
        (
            "At least 14 members of Hezbollah were killed in targeting their headquarters in Morek",
            ("Shelling/artillery/missile attack", "unidentified", "iran"),
        ),
        # the agent of the operations the men died in fought them
        (
            "12 members of ISIS killed in the advancement operations of the SDF toward Morek",
            ("Armed clash", "sdf", "isis"),
        ),
        # men of a side killed in clashes against another: their side fought that one; losses after clashes are news
        ("3 militants in SDF killed by clashes against IS in Morek", ("Armed clash", "sdf", "isis")),
        ("Human losses in rebels after clashes against IS in Morek", ("Armed clash", "opposition", "isis")),
        # a side right before "attack" owns it; the soldier killed, one of a side's men, names its target
        ("Turkish soldier killed in Islamic State attack in Morek", ("Armed clash", "isis", "turkey")),
    ],
)
def test_men_killed_are_the_target_not_the_side_that_fights(gaz, actors, title, expected):
    (e,) = _events(gaz, actors, "", title=title)
    assert (e.sub_event_type, e.actor1, e.actor2) == expected


def test_an_event_at_an_unnamed_part_is_kept_beside_a_placed_one(gaz, actors):
    # the clashes were "in the western countryside", not at Daraa: not the shelling's words, an event of their own,
    # in the west of the governorate the sentence named (SOHR does not repeat it)
    evs = _all(gaz, actors, "", title="Shelling targets Daraa city and clashes in the western countryside")
    assert [(e.sub_event_type, e.place.name, e.geo_precision) for e in evs.events] == [
        ("Shelling/artillery/missile attack", "Daraa", 1),
        ("Armed clash", "West part of Daraa governorate", 3),
    ]
    assert evs.unplaced == []
    # after a town's name the countryside is left unplaced rather than guessed
    evs = _all(gaz, actors, "", title="Shelling targets Saraqib city and clashes in the western countryside")
    assert [(u.sub_event_type, u.trigger) for u in evs.unplaced] == [("Armed clash", "clashes")]


@pytest.mark.parametrize(
    "title, expected",
    [
        # a headline's agreement "in X between A and B" reports a deal
        (
            "Another agreement in Kafr Zita between regime forces and rebels",
            ("Agreement", "government", "opposition", "Kafr Zita"),
        ),
        # "US-led" names the coalition: its bare "strike" is an air strike
        (
            "US-led strike kills 21 civilians fleeing Syria’s Raqa",
            ("Air/drone strike", "coalition", "civilians", "Raqqa"),
        ),
        # the means of a massacre named in its agent phrase
        (
            "Massacre of Idlib city carried out by unidentified warplanes claims the lives of 26 persons",
            ("Air/drone strike", "unidentified", "civilians", "Idlib"),
        ),
        # a source's verb before what it says it did: the source did it
        (
            "Turkish military says killed 65 Islamic State militants in Morek",
            ("Armed clash", "turkey", "isis", "Morek"),
        ),
        # "in-fighting" is fighting; "X region of Y": Y only locates X
        (
            "Rebel in-fighting leaves 12 dead in East Ghouta region of Damascus",
            ("Armed clash", "opposition", "opposition", "Eastern Ghouta"),
        ),
        # killing and beheading men held is an execution: the gold's Attack, their side the target
        (
            "Faction of the Islamic State kills and beheads 4 fighters of the rebel factions in Tafas",
            ("Attack", "isis", "opposition", "Tafas"),
        ),
        # airplanes are aircraft: their bombing is from the air
        ("Turkish airplanes bombing YPG positions in Manbij", ("Air/drone strike", "turkey", "sdf", "Manbij")),
    ],
)
def test_one_event_read_from_its_wording(gaz, actors, title, expected):
    assert [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in _events(gaz, actors, "", title=title)] == [
        expected
    ]


def test_a_shell_that_falls_is_shelling_not_a_fall(gaz, actors):
    (e,) = _events(gaz, actors, "", title="A shell falls at the entrance of Kafr Zita leaving 16 persons injured")
    assert (e.sub_event_type, e.place.name, e.control_change) == (
        "Shelling/artillery/missile attack",
        "Kafr Zita",
        False,
    )


def test_an_opening_phrase_ends_at_the_comma_before_the_main_event(gaz, actors):
    # no side is named after the comma: the main clause starts at its first event word, and its events are news
    title = (
        "After besieging the vehicle Department, intense air and artillery strikes target Harasta along with clashes"
    )
    assert [(e.sub_event_type, e.place.name) for e in _events(gaz, actors, "", title=title)] == [
        ("Air/drone strike", "Harasta"),
        ("Shelling/artillery/missile attack", "Harasta"),
        ("Armed clash", "Harasta"),
    ]
    # what the opening phrase tells is still background
    evs = _events(gaz, actors, "", title="After 28 days of clashes in Douma, warplanes target Harasta")
    assert [(e.sub_event_type, e.place.name) for e in evs] == [("Air/drone strike", "Harasta")]


def test_a_side_right_before_a_weapons_noun_owns_it(gaz, actors):
    # "with coalition shelling": the coalition shells; the battles are nobody's named, and both are in Manbij
    evs = _events(gaz, actors, "", title="Continued battles with coalition shelling in Manbij city")
    assert [(e.sub_event_type, e.actor1, e.place.name) for e in evs] == [
        ("Armed clash", "unidentified", "Manbij"),
        ("Shelling/artillery/missile attack", "coalition", "Manbij"),
    ]


def test_a_side_with_its_own_verb_ends_an_after_clause(gaz, actors):
    # "… hours after handing over 26 prisoners and the regime forces shell X": the shelling is news, not background
    title = "Hours after handing over 26 prisoners in its prisons and the regime forces shell Harasta"
    assert [(e.sub_event_type, e.actor1, e.place.name) for e in _events(gaz, actors, "", title=title)] == [
        ("Shelling/artillery/missile attack", "government", "Harasta")
    ]
    # a coordinated subject is not cut: "Hours after the massacre, Coalition forces and the SDF control X"
    title = "Hours after the massacre, Coalition forces and the Syria Democratic Forces control Kafr Zita"
    assert [(e.actor1, e.place.name) for e in _events(gaz, actors, "", title=title)] == [("coalition", "Kafr Zita")]


def test_a_generic_strike_word_takes_no_weapon_from_the_next_conjunct(gaz, actors):
    title = "The factions target areas south of Aleppo and HTS carries out an explosion at the outskirts of Damascus"
    assert [(e.sub_event_type, e.actor1) for e in _events(gaz, actors, "", title=title)] == [
        ("Shelling/artillery/missile attack", "opposition"),
        ("Remote explosive/landmine/IED", "hts"),
    ]


@pytest.mark.parametrize(
    "title",
    [
        "The regime forces find bodies of its members in Kafr Zita, and it is not true that they were executed",
        "Raids target Kafr Zita and a rebel army announces the collapse of the ceasefire",
    ],
)
def test_a_denied_execution_and_a_collapsed_truce_are_no_events(gaz, actors, title):
    evs = _all(gaz, actors, "", title=title)
    kinds = {e.event_type for e in evs.events} | {u.event_type for u in evs.unplaced}
    assert not kinds & {"Violence against civilians", "Strategic developments"}


@pytest.mark.parametrize(
    "title, expected",
    [
        # the sides of an exchange named after its place
        (
            "Exchange of targeting in the countryside of Hama between the regime forces and factions",
            ("Shelling/artillery/missile attack", "government", "opposition"),
        ),
        # the possessor of a repelled attempt attacked; the subject defended
        (
            "The Islamic State was able to repel the regime forces’ attempt to advance near Kafr Zita",
            ("Armed clash", "government", "isis"),
        ),
        # a possessor with an adjective between it and the weapon's noun owns it (a curly apostrophe too)
        (
            "More casualties by the Turkish forces’ escalated shelling on Kafr Zita",
            ("Shelling/artillery/missile attack", "turkey", ""),
        ),
    ],
)
def test_exchanges_repelled_attempts_and_possessors(gaz, actors, title, expected):
    (e,) = _events(gaz, actors, "", title=title)
    assert (e.sub_event_type, e.actor1, e.actor2) == expected


def test_a_toll_brought_up_to_date_is_no_event_but_the_massacre_that_raised_it_is(gaz, actors):
    for title in (
        "Continued bombardment raises to 66 at least, the number of civilian casualties in Morek within 10 days",
        "The death of more citizens raises the death toll to 11 at least in Kafr Zita’s explosion",
    ):
        evs = _all(gaz, actors, "", title=title)
        assert not evs.events and not evs.unplaced, title
    evs = _events(
        gaz, actors, "", title="Massacres in Kafr Zita kill 48 persons and raise the death toll to 185 in 6 days"
    )
    assert [(e.sub_event_type, e.place.name) for e in evs] == [("Attack", "Kafr Zita")]


def test_counted_targets_are_the_things_hit(gaz, actors):
    # "20 ISIS targets" names what was hit (ISIS's), not a second strike by ISIS
    evs = _events(gaz, actors, "", title="Warplanes hit 20 ISIS targets in Morek")
    assert [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in evs] == [
        ("Air/drone strike", "unidentified", "isis", "Morek")
    ]
    evs = _events(gaz, actors, "", title="Turkish military says hits 71 IS targets in Morek")
    assert [(e.actor1, e.actor2) for e in evs] == [("turkey", "isis")]


def test_both_ends_of_a_main_road_are_the_roads_name(gaz, actors):
    # "near Selim village at Homs - Salamiyah main road": neither end of the road is where the clashes were; the
    # village the gazetteer lacks is on the road (drawn along it, precision 3), and the clashes are there
    evs = _all(
        gaz,
        actors,
        "",
        title="Intense clashes between the SAA and rebels near Tell Foo village at Homs - Salamiyah main road",
    )
    assert [(e.sub_event_type, e.actor1, e.actor2, e.place.name, e.geo_precision) for e in evs.events] == [
        ("Armed clash", "government", "opposition", "Tell Foo", 3)
    ]
    assert evs.events[0].place.geometry.geom_type == "LineString" and not evs.unplaced


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Regime forces shelled Kafr Zita and rebels executed two men in Morek.",
            [("Shelling/artillery/missile attack", "government", "Kafr Zita"), ("Attack", "opposition", "Morek")],
        ),
        (
            "Regime forces shelled Kafr Zita and rebels killed two soldiers in Morek.",
            [("Shelling/artillery/missile attack", "government", "Kafr Zita"), ("Armed clash", "opposition", "Morek")],
        ),
    ],
)
def test_a_weapon_before_another_sides_event_word_is_not_its_own(gaz, actors, text, expected):
    # the shelling is the regime's; what the rebels did after "and" takes no weapon from it
    assert [(e.sub_event_type, e.actor1, e.place.name) for e in _all(gaz, actors, text).events] == expected


def test_an_unplaced_execution_after_another_sides_shelling_is_listed(gaz, actors):
    reading = _all(gaz, actors, "Regime forces shelled Kafr Zita and rebels executed two men.")
    assert [(e.sub_event_type, e.actor1) for e in reading.events] == [
        ("Shelling/artillery/missile attack", "government")
    ]
    assert [(u.sub_event_type, u.actor1, u.trigger) for u in reading.unplaced] == [("Attack", "opposition", "executed")]


def test_an_ing_word_after_a_comma_is_done_by_the_subject_before_it(gaz, actors):
    # not by the side a later clause names ("while Russian jets bombed …")
    text = "Regime forces advanced towards Al-Tamanah, shelling the village, while Russian jets bombed Maarat al-Numan."
    evs = _all(gaz, actors, text).events
    assert [(e.sub_event_type, e.actor1, e.place.name) for e in evs] == [
        ("Armed clash", "government", "Al-Tamanah"),
        ("Shelling/artillery/missile attack", "government", "Al-Tamanah"),
        ("Air/drone strike", "russia", "Maarat al-Numan"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "pound" is bombardment; aircraft right before a shelling word make it an air strike
        ("Russian warplanes pound Khan Shaykhun.", ("Air/drone strike", "russia", "Khan Shaykhun")),
        (
            "Regime artillery pounds Khan Shaykhun.",
            ("Shelling/artillery/missile attack", "government", "Khan Shaykhun"),
        ),
        ("Warplanes shelled Khan Shaykhun.", ("Air/drone strike", "unidentified", "Khan Shaykhun")),
    ],
)
def test_pounding_and_aircraft_that_shell(gaz, actors, text, expected):
    assert [(e.sub_event_type, e.actor1, e.place.name) for e in _all(gaz, actors, text).events] == [expected]


def test_a_side_named_between_two_event_words_is_the_target(gaz, actors):
    # "pound Islamic State targets": one act, the jets'; the side is its target ("targets" is a noun here)
    evs = _all(gaz, actors, "Turkish jets pound Islamic State targets in Al-Bab, kill at least 20.").events
    assert [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in evs] == [
        ("Air/drone strike", "turkey", "isis", "Al-Bab")
    ]
    title = "Turkish jets pound Islamic State targets in Syria, kill at least 20"
    (u,) = _all(gaz, actors, "", title=title).unplaced
    assert (u.sub_event_type, u.actor1, u.actor2, u.fatalities) == ("Air/drone strike", "turkey", "isis", 20)
    # a side followed by "targets" with no event word before it still acts
    (ev,) = _all(gaz, actors, "ISIS targets Kobani with rockets.").events
    assert (ev.sub_event_type, ev.actor1, ev.place.name) == ("Shelling/artillery/missile attack", "isis", "Kobani")


def test_the_city_after_a_governorate_area_is_that_city(gaz, actors):
    # "east of Hama" is the governorate's east; "the outskirts of the city" after it are Hama city's
    text = "Jets bomb fuel trucks east of Hama and fighting at the outskirts of the city."
    evs = _all(gaz, actors, text).events
    strike, clash = evs
    assert (strike.sub_event_type, strike.place.name, strike.geo_precision) == (
        "Air/drone strike",
        "East part of Hama governorate",
        3,
    )
    assert (clash.sub_event_type, clash.place.kind, clash.place.name, clash.geo_precision) == (
        "Armed clash",
        "city",
        "Hama",
        2,
    )


def test_people_as_a_subject_open_another_statement(gaz, actors):
    # the air strike is on the mountain; the villages are where people leave from, not more targets
    text = "Warplanes bomb Jabal al-Zawiyah and people with medical conditions get out of Kafriya and Al-Fu'ah."
    evs = _all(gaz, actors, text).events
    assert [(e.sub_event_type, e.place.name, e.geo_precision) for e in evs] == [
        ("Air/drone strike", "Jabal az Zawiyah", 3)
    ]
    # people who were killed are the casualties of the same act, which still reaches the second place
    evs = _all(gaz, actors, "Regime forces shell Kafriya and people killed in Al-Fu'ah.").events
    assert [e.place.name for e in evs] == ["Kafriya", "Al-Fu'ah"]


def test_an_opening_phrase_without_a_comma_ends_before_the_main_clauses_subject(gaz, actors):
    # (a headline: its present tense tells the news)
    title = "After tens of air and missile strikes Hezbollah and the regime forces manage to achieve advancement in Wadi Barada"
    (ev,) = _all(gaz, actors, "", title=title).events
    assert (ev.sub_event_type, ev.actor1, ev.place.name) == ("Armed clash", "iran", "Wadi Barada")
    # a side right after a preposition or a number is inside the opening phrase: what it tells stays anterior
    title = "Clashes in Kafriya after fighting between two factions killed 5 people in Al-Fu'ah"
    assert [e.place.name for e in _all(gaz, actors, "", title=title).events] == ["Kafriya"]


def test_a_store_of_explosives_that_is_hit_is_not_the_means(gaz, actors):
    title = "Warplanes shell a warehouse of explosive devices in the eastern countryside of Deir Ezzor"
    (ev,) = _all(gaz, actors, "", title=title).events
    assert (ev.sub_event_type, ev.place.name) == ("Air/drone strike", "East part of Deir ez-Zor governorate")


@pytest.mark.parametrize(
    "title, victims",
    [
        ("Arrests of displaced in Idlib countryside from Madaya town", "civilians"),
        ("Unidentified gunmen kidnap a young man in Maarat al-Numan", "civilians"),
        ("ISIS arrests 2 regime soldiers in Maarat al-Numan", "government"),  # a side named: its men
    ],
)
def test_who_is_arrested_or_abducted(gaz, actors, title, victims):
    evs = _all(gaz, actors, "", title=title).events
    # the people taken are from Madaya; the arrests happen in Idlib's countryside (one event, not two)
    assert len(evs) == 1
    assert evs[0].actor2 == victims


def test_clashes_between_two_sides_with_shelling_share_its_place(gaz, actors):
    title = "Clashes continue between SDF and the Turkish-backed factions with intense shelling in Tal Rifaat"
    evs = _all(gaz, actors, "", title=title).events
    assert [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in evs] == [
        ("Armed clash", "sdf", "turkey", "Tell Rifaat"),
        ("Shelling/artillery/missile attack", "unidentified", "", "Tell Rifaat"),
    ]


def test_a_sides_own_act_after_and_does_not_take_the_weapon_before_it(gaz, actors):
    # the explosion is one event; what ISIS does after "and" is its own, not a bombing; "Turkish Forces target"
    # after another conjunct's airstrikes is fire from the ground
    evs = _all(gaz, actors, "", title="An explosion in Qamishli and ISIS target the SDF").events
    assert [(e.sub_event_type, e.actor1) for e in evs] == [
        ("Remote explosive/landmine/IED", "unidentified"),
        ("Shelling/artillery/missile attack", "isis"),
    ]
    title = (
        "Airstrikes on the eastern countryside of Hama cause injuries and Turkish Forces target outskirts of Qamishli"
    )
    evs = _all(gaz, actors, "", title=title).events
    assert [(e.sub_event_type, e.actor1) for e in evs] == [
        ("Air/drone strike", "unidentified"),
        ("Shelling/artillery/missile attack", "turkey"),
    ]


def test_an_area_listed_after_a_point_it_holds_is_a_target_of_its_own(gaz, actors):
    # "X and the northern countryside of Homs": two targets, though the area holds X
    evs = _all(gaz, actors, "", title="Regime forces shell Al-Houla and the northern countryside of Homs").events
    assert [(e.place.name, e.geo_precision) for e in evs] == [("Houla", 1), ("North part of Homs governorate", 3)]
    # "X in the northern countryside of Homs" still only locates X
    evs = _all(gaz, actors, "", title="Regime forces shell Al-Houla in the northern countryside of Homs").events
    assert [e.place.name for e in evs] == ["Houla"]


@pytest.mark.parametrize(
    "title, expected",
    [
        (
            "Warplanes kill 21 people at least and injure tens of others in Al-Raqqah city",
            ("Air/drone strike", "Raqqa"),
        ),
        ("Russian airstrikes kill and wound dozens of civilians in Zamalka", ("Air/drone strike", "Zamalka")),
    ],
)
def test_a_weapon_that_kills_is_placed_where_its_toll_is(gaz, actors, title, expected):
    # "kill" right after the weapon is its act, and "injure others in X" its toll: X is where it struck
    evs = _all(gaz, actors, "", title=title).events
    assert [(e.sub_event_type, e.place.name) for e in evs] == [expected]


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Skirmishes in Kafr Zita", "Armed clash"),
        ("An SVBIED hits Azaz", "Suicide bomb"),
        ("A VBIED explodes in Azaz", "Remote explosive/landmine/IED"),
    ],
)
def test_skirmishes_and_vehicle_borne_bombs(gaz, actors, title, expected):
    assert [e.sub_event_type for e in _all(gaz, actors, "", title=title).events] == [expected]


@pytest.mark.parametrize(
    "title",
    [
        "320 were killed in 8 days of the large battle of Aleppo",
        "134 Militants and Commanders have been assassinated in January",
    ],
)
def test_a_total_over_a_span_is_no_event_of_the_date(gaz, actors, title):
    reading = _all(gaz, actors, "", title=title)
    assert reading.events == [] and list(reading.unplaced) == []


def test_an_event_within_a_span_is_still_an_event(gaz, actors):
    # no toll before the span: the attack is the news
    title = "The Islamic State carries out the second attack within 6 days of continuous clashes in Deir Ezzor city"
    assert [e.sub_event_type for e in _all(gaz, actors, "", title=title).events] == ["Armed clash"]


def test_a_party_to_a_truce_is_not_a_side_in_the_fighting(gaz, actors):
    title = "Clashes and shelling continue in Aleppo city after the end of the Russian truce"
    evs = _all(gaz, actors, "", title=title).events
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [
        ("Armed clash", "unidentified", ""),
        ("Shelling/artillery/missile attack", "unidentified", ""),
    ]


def test_a_bombing_of_a_sides_aircraft_is_by_that_side(gaz, actors):
    title = "Continued clashes with intensive bombing of coalition aircraft on the city of Manbij"
    evs = _all(gaz, actors, "", title=title).events
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs][-1] == ("Air/drone strike", "coalition", "")
    # "shelling of regime positions in X": its target; "shelling of regime forces on X", "... in areas in X" (SOHR's
    # word order): the side whose fire falls on the place after it
    (ev,) = _all(gaz, actors, "", title="Renewed shelling of regime positions in Kafr Zita").events
    assert (ev.actor1, ev.actor2) == ("unidentified", "government")
    for title in ("Shelling of regime forces on Kafr Zita", "Shelling of regime forces in areas in Kafr Zita"):
        (ev,) = _all(gaz, actors, "", title=title).events
        assert (ev.actor1, ev.place.name) == ("government", "Kafr Zita"), title
    (ev,) = _all(gaz, actors, "", title="Martyrs in shelling of Islamic factions on areas in Sheikh Maqsoud").events
    assert (ev.actor1, ev.actor2) == ("opposition", "civilians")


@pytest.mark.parametrize(
    "title, expected",
    [
        (
            "About 300 raids, air and artillery strikes accompany the most violent battle in Daraa city",
            ["Air/drone strike", "Shelling/artillery/missile attack", "Armed clash"],
        ),
        ("50 air and ground strikes target Daraa city", ["Air/drone strike", "Shelling/artillery/missile attack"]),
        (
            "Air and artillery strikes cause more casualties and injuries in Douma",
            ["Air/drone strike", "Shelling/artillery/missile attack"],
        ),
    ],
)
def test_strikes_named_together_share_the_place(gaz, actors, title, expected):
    evs = _all(gaz, actors, "", title=title).events
    assert [e.sub_event_type for e in evs] == expected
    assert len({e.place.name for e in evs}) == 1


def test_a_strike_that_kills_is_no_walkout(gaz, actors):
    (ev,) = _all(gaz, actors, "", title="Strike kills 5 in Kafr Zita").events
    assert (ev.sub_event_type, ev.place.name) == ("Air/drone strike", "Kafr Zita")
    assert _all(gaz, actors, "", title="A general strike in Daraa").events == []


def test_the_cause_of_a_mood_is_the_news(gaz, actors):
    # "Tension in X after …": the headline opens on a mood and no event; what caused it happened
    title = "Tension in the northwestern countryside of Idlib after mutual arrests and casualties in skirmishes"
    evs = _all(gaz, actors, "", title=title).events
    assert [(e.sub_event_type, e.place.name) for e in evs] == [
        ("Arrests", "Northwest part of Idlib governorate"),
        ("Armed clash", "Northwest part of Idlib governorate"),
    ]
    # a change of control told after "after" stays background: no flip from a mood's headline
    reading = _all(gaz, actors, "", title="Calm in Khan Shaykhun after the regime forces took control of it")
    assert not any(e.control_change for e in reading.events)


def test_beheadings_and_a_final_ayn(gaz, actors):
    # "Mare’" (the ayn's mark after it) is Marea, not the English word; "beheads" is violence like "beheaded"
    title = "Clashes in the vicinity of Mare’ and a fighter beheads 2 Islamic State members"
    evs = _all(gaz, actors, "", title=title).events
    assert [(e.sub_event_type, e.place.name) for e in evs] == [("Armed clash", "Marea"), ("Attack", "Marea")]
    assert evs[1].actor2 == "isis"


def test_and_her_is_no_next_verb(gaz, actors):
    title = "The Islamic State execute a woman and her son in the countryside of Aleppo"
    (ev,) = _all(gaz, actors, "", title=title).events
    assert (ev.sub_event_type, ev.actor1, ev.place.name) == ("Attack", "isis", "Aleppo governorate")


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Casualties due to mine explosions in Raqqa", "Remote explosive/landmine/IED"),
        ("At least 7 martyrs due to aerial shelling in Aleppo countryside", "Air/drone strike"),
    ],
)
def test_harm_due_to_an_attack_is_that_attack(gaz, actors, title, expected):
    # "due to" is no infinitive: the attack happened
    assert [e.sub_event_type for e in _all(gaz, actors, "", title=title).events] == [expected]
    assert _all(gaz, actors, "", title="The regime plans to shell Raqqa").events == []


def test_weapons_after_and_open_a_main_clause(gaz, actors):
    title = "The first person dies in aerial bombardment since the beginning of the truce and tens of shells target al-Houla"
    evs = _all(gaz, actors, "", title=title).events
    assert [(e.sub_event_type, e.place.name) for e in evs] == [("Shelling/artillery/missile attack", "Houla")]
    # "air and artillery strikes" are one phrase, not a new clause at "and"
    title = "After besieging the vehicle Department, intense air and artillery strikes target the Eastern Ghouta"
    evs = _all(gaz, actors, "", title=title).events
    assert [e.sub_event_type for e in evs] == ["Air/drone strike", "Shelling/artillery/missile attack"]


def test_places_that_are_witnessing_fighting_are_where_it_is(gaz, actors):
    # the witness style with an auxiliary and a list of places as its subject: both are where it happens
    title = "Jabal al-Akrad and Jabal al-Turkman are witnessing continuous hit-and-run clashes and intensive shelling"
    evs = _all(gaz, actors, "", title=title).events
    assert sorted((e.sub_event_type, e.place.name) for e in evs) == [
        ("Armed clash", "Jabal al Akrad"),
        ("Armed clash", "Jabal al-Turkman"),
        ("Shelling/artillery/missile attack", "Jabal al Akrad"),
        ("Shelling/artillery/missile attack", "Jabal al-Turkman"),
    ]


def test_the_fall_of_casualties_is_no_fall_of_a_place(gaz, actors):
    title = (
        "The southern countryside of Al-Hasakah witnesses the fall of more casualties as a result of mine explosions"
    )
    evs = _all(gaz, actors, "", title=title).events
    assert all(e.event_type != "Battles" and not e.control_change for e in evs)
    assert [e.sub_event_type for e in evs] == ["Remote explosive/landmine/IED"]
    # the fall of a place stays one
    evs = _all(gaz, actors, "", title="The regime forces announce the fall of Morek").events
    assert [(e.sub_event_type, e.place.name) for e in evs] == [("Government regains territory", "Morek")]


@pytest.mark.parametrize(
    "title, expected",
    [
        (
            "Warplanes carry out a massacre and kill at least 10 citizens in al-Basira town of Deir Ezzor countryside",
            ("Air/drone strike", "civilians", "Al-Busayrah"),
        ),
        (
            "IED explodes and kill 4 rebels in Idlib countryside",
            ("Remote explosive/landmine/IED", "opposition", "Idlib governorate"),
        ),
        (
            "Regime forces ambush and kill 35 rebels in Dará countryside",
            ("Armed clash", "opposition", "Daraa governorate"),
        ),
    ],
)
def test_the_toll_after_and_tells_where_the_act_was(gaz, actors, title, expected):
    # "X and kill N in Y": the killing is the act's toll, at the place named with it
    reading = _all(gaz, actors, "", title=title)
    assert [(e.sub_event_type, e.actor2, e.place.name) for e in reading.events] == [expected]
    assert reading.unplaced == []


@pytest.mark.parametrize(
    "title, expected",
    [
        # quotes set off by spaces around a name, as a translation wrote them
        (
            "19 citizens were killed and executed by the ” ISIS ” organization in the northwestern countryside of Deir Ezzor",
            ("Attack", "isis", "civilians"),
        ),
        # the sufferers' shelling has its agent after "by"
        (
            "21 casualties and injuries due to shelling by ISIS on Deir Ezzor city",
            ("Shelling/artillery/missile attack", "isis", ""),
        ),
        # a side and its forces right before the weapon own it
        (
            "Civilians killed in International Coalition forces shelling on al Boukamal city",
            ("Shelling/artillery/missile attack", "coalition", "civilians"),
        ),
        (
            "US Special Forces and the Syria Democratic Forces continue their siege on al-Tabaqa city",
            ("Armed clash", "coalition", ""),
        ),
        # "kill and injure several": a count in words
        (
            "The factions kill and injure several members of the regime forces in the countryside of Hama",
            ("Armed clash", "opposition", "government"),
        ),
    ],
)
def test_the_sides_as_the_wire_writes_them(gaz, actors, title, expected):
    (ev,) = _all(gaz, actors, "", title=title).events
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == expected


def test_fighting_is_given_to_a_quoted_side_and_its_forces_named_next(gaz, actors):
    title = (
        "Violent clashes renewed in the countryside of Arima and “Euphrates Shield” forces advance at the expense of "
        "the “Islamic State”"
    )
    (ev,) = _all(gaz, actors, "", title=title).events
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Armed clash", "turkey", "isis")


def test_fighting_is_not_given_to_a_side_that_only_fires_on_the_area_later(gaz, actors):
    title = (
        "Clashes continue in the outskirts of the capital Damascus and the regime forces target the area with missiles"
    )
    evs = _all(gaz, actors, "", title=title).events
    assert [(e.sub_event_type, e.actor1) for e in evs] == [
        ("Armed clash", "unidentified"),
        ("Shelling/artillery/missile attack", "government"),
    ]


def test_a_site_described_as_abandoned_is_no_withdrawal(gaz, actors):
    title = "43 fighters so far were killed in ambush at the abandoned battalion in the countryside of Daraa"
    assert [e.sub_event_type for e in _all(gaz, actors, "", title=title).events] == ["Armed clash"]
    (ev,) = _all(gaz, actors, "", title="IS abandoned Tabqa").events
    assert ev.sub_event_type == "Non-violent transfer of territory"


def test_a_places_other_name_in_brackets_goes_with_it(gaz, actors):
    # "from Ras al-Ayn (Sri Kaneh)": where the man came from, under both its names
    title = "IS threatens the Kurds during the execution of a man from Ras al-Ayn (Sri Kaneh)"
    reading = _all(gaz, actors, "", title=title)
    assert reading.events == [] and [u.sub_event_type for u in reading.unplaced] == ["Attack"]
    (ev,) = _all(gaz, actors, "", title="Clashes in Ras al-Ayn (Sri Kaneh)").events
    assert (ev.sub_event_type, ev.place.name) == ("Armed clash", "Ras al-Ayn")


def test_a_report_that_tells_an_event_twice_gives_it_once(gaz, actors):
    # the title and its lede tell one fight; the lede names the sides the title left out
    text = "Government forces took control of Al-Zakah. Clashes in Al-Zakah killed 6 fighters."
    reading = _all(gaz, actors, text, title="Clashes in Al-Zakah between regime forces and HTS")
    clashes = [e for e in reading.events if e.sub_event_type == "Armed clash"]
    assert len(clashes) == 1
    (clash,) = clashes
    assert (clash.actor1, clash.actor2, clash.place.name) == ("government", "hts", "Al-Zakah")
    assert clash.id.startswith("t:")  # the first telling's id
    # another day, another side or another place is another event
    text = "Clashes in Al-Zakah between HTS and Jaysh al-Izza. Clashes in Kafr Zita."
    reading = _all(gaz, actors, text, title="Clashes in Al-Zakah between regime forces and HTS")
    assert len([e for e in reading.events if e.sub_event_type == "Armed clash"]) == 3


@pytest.mark.parametrize(
    "title, expected",
    [
        # a side named after "and" kills with its own means, not the raids' or the barrels'
        (
            "Continuous raids on the countryside of Hama and the Islamic State kill a person in Al-Raqqah countryside",
            ("Attack", "isis", "civilians"),
        ),
        (
            "explosive barrels hit Khan al-Shih and regime forces kill a rebel commander in Lattakia",
            ("Armed clash", "government", "opposition"),
        ),
        # a side's killing of one person of no side is violence against a civilian
        ("Gunmen kill a young man in the countryside of al-Suwaidaa", ("Attack", "unidentified", "civilians")),
    ],
)
def test_a_killing_has_its_own_means_and_victim(gaz, actors, title, expected):
    ev = _all(gaz, actors, "", title=title).events[-1]
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == expected


def test_an_explosion_that_kills_a_person_kills_a_civilian(gaz, actors):
    # the gold's later rulings (dev17, dev21: "a person", as "kill 7 persons"); dev2 and dev4 read it as no side
    (ev,) = _all(gaz, actors, "", title="A mine explosion kills a person on the outskirts of al-Qamishli city").events
    assert (ev.sub_event_type, ev.actor2) == ("Remote explosive/landmine/IED", "civilians")


@pytest.mark.parametrize(
    "title,expected",
    [
        ("57 killed by the suicide attack which targeted Kafranbel yesterday", ("Suicide bomb", "unidentified")),
        ("About 40 casualties in the raids which targeted areas in Kafranbel", ("Air/drone strike", "unidentified")),
        (
            "Dozens of casualties by raids by the International Coalition which targeted areas in Kafranbel",
            ("Air/drone strike", "coalition"),
        ),
    ],
)
def test_an_act_and_the_relative_clause_saying_what_it_hit_are_one_event_at_that_place(gaz, actors, title, expected):
    (ev,) = _all(gaz, actors, "", title=title).events
    assert (ev.sub_event_type, ev.actor1, ev.place.name) == (*expected, "Kafranbel")
    # a relative clause that describes a place is still a clause of its own
    (ev,) = _all(gaz, actors, "", title="Shelling on Kafranbel which is besieged by the regime forces").events
    assert (ev.actor1, ev.place.name) == ("unidentified", "Kafranbel")


@pytest.mark.parametrize(
    "title,expected",
    [
        ("Bombardment and losses in Kafranbel", ("Shelling/artillery/missile attack", "Kafranbel")),
        ("Aerial bombardment and casualties in Kafranbel", ("Air/drone strike", "Kafranbel")),
        ("Senior officer is killed and clashes and casualties in Kafranbel", ("Armed clash", "Kafranbel")),
    ],
)
def test_an_act_is_where_its_toll_is_told_when_it_names_no_place_before(gaz, actors, title, expected):
    evs = _all(gaz, actors, "", title=title).events
    assert [(e.sub_event_type, e.place.name) for e in evs] == [expected]
    # an act with a place of its own keeps it; the toll told elsewhere is not its place
    evs = _all(gaz, actors, "", title="Airstrikes target Saraqib and casualties in Kafranbel").events
    assert [e.place.name for e in evs] == ["Saraqib"]


@pytest.mark.parametrize(
    "title",
    [
        "Warplanes raid on Halfaya and on areas in the northern countryside of Hama",
        "Bombardment targets Halfaya and other areas of Hama countryside",
    ],
)
def test_areas_listed_after_a_town_in_their_region_are_a_place_of_their_own(gaz, actors, title):
    # (Halfaya lies in both areas: a point the sentence names no longer hides them)
    evs = _all(gaz, actors, "", title=title).events
    assert len(evs) == 2 and evs[0].place.name == "Halfaya" and evs[1].place.is_areal
    # "X in the countryside of Y": Y only locates X
    (ev,) = _all(gaz, actors, "", title="Bombardment targets Kafranbel in the southern countryside of Idlib").events
    assert ev.place.name == "Kafranbel"


def test_means_named_after_with_are_used_by_the_side_of_the_act_they_serve(gaz, actors):
    title = "Shelling by the regime forces with missiles and shells on Kafranbel city"
    assert {(e.sub_event_type, e.actor1) for e in _all(gaz, actors, "", title=title).events} == {
        ("Shelling/artillery/missile attack", "government")
    }
    # a person killed in another act told after is not this act's victim
    title = "Warplanes carry out 15 raids on Saraqib, and a person was killed in an explosion in Kafranbel"
    evs = {e.place.name: e for e in _all(gaz, actors, "", title=title).events}
    assert (evs["Saraqib"].actor2, evs["Kafranbel"].actor2) == ("", "civilians")


@pytest.mark.parametrize(
    "title", ["Clashes and intensive shelling by warplanes on Kafranbel", "Intense shelling of warplanes on Kafranbel"]
)
def test_shelling_by_aircraft_is_an_air_strike(gaz, actors, title):
    assert "Air/drone strike" in [e.sub_event_type for e in _all(gaz, actors, "", title=title).events]
    assert "Shelling/artillery/missile attack" not in [
        e.sub_event_type for e in _all(gaz, actors, "", title=title).events
    ]


def test_a_toll_shared_by_several_events_of_a_clause_is_counted_once(gaz, actors):
    # one toll, two places: how the dead divide is not told, and copying it would count them twice
    evs = _all(gaz, actors, "", title="Airstrikes on Saraqib and Kafranbel kill 5 civilians").events
    assert [(e.place.name, e.fatalities) for e in evs] == [("Saraqib", None), ("Kafranbel", None)]
    # a toll of each clause stays with its own act; one event keeps its toll
    evs = _all(gaz, actors, "", title="Warplanes bomb Saraqib and kill 4, and shells kill 2 in Kafranbel").events
    assert [(e.place.name, e.fatalities) for e in evs] == [("Saraqib", 4), ("Kafranbel", 2)]
    (ev,) = _all(gaz, actors, "", title="Airstrikes kill 7 persons in Kafranbel").events
    assert ev.fatalities == 7


def test_aircraft_that_fly_over_or_drop_supplies_strike_nothing(gaz, actors):
    for title in (
        "Alliance aircraft fly over the city of Kafranbel and reinforcements arrive at the base",
        "Cargo planes throw umbrellas on Kafranbel city",
        "Warplanes continue flying over Kafranbel",
    ):
        assert not any(e.sub_event_type == "Air/drone strike" for e in _all(gaz, actors, "", title=title).events)
    # aircraft that fly over and then fire do strike
    evs = _all(gaz, actors, "", title="Warplanes fly over Kafranbel and shell positions held by Kurdish forces").events
    assert "Air/drone strike" in [e.sub_event_type for e in evs]


def test_a_toll_brought_up_to_date_is_no_event(gaz, actors):
    for title in (
        "The death toll of Homs attack rises to 43",
        "The number of casualties of Khan Shaykhun massacre rises to 19, including 10 children and citizen women",
    ):
        assert _all(gaz, actors, "", title=title).events == [], title
    title = "Death toll of Douma massacre rises to 7 and regime’s helicopters continue dropping barrels on Daraya"
    assert [(e.sub_event_type, e.place.name) for e in _all(gaz, actors, "", title=title).events] == [
        ("Air/drone strike", "Darayya")
    ]


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Warplanes bomb al-Mayadin and kill members of the Islamic State organization", ("Air/drone strike", "isis")),
        (
            "Shells target Aleppo city injure and kill more than 16 persons",
            ("Shelling/artillery/missile attack", "civilians"),
        ),
        # the next clause's subject is not whom the strike killed
        (
            "Warplanes carry out a massacre in Douma, killing at least 31 people and regime forces continue to shell the city",
            ("Air/drone strike", "civilians"),
        ),
    ],
)
def test_whom_a_strike_killed_is_its_target(gaz, actors, title, expected):
    ev = _all(gaz, actors, "", title=title).events[0]
    assert (ev.sub_event_type, ev.actor2) == expected


@pytest.mark.parametrize(
    "title, expected",
    [
        # the verb after "and" with a pronoun object shares the subject
        ("IS executes 3 men with white weapons and behead them in Der-Ezzor", ("Attack", "isis", "civilians")),
        # men of no side killed by a side: violence against civilians (men of a side: fighting)
        ("SDF kill 3 men in al-Raqqa countryside", ("Attack", "sdf", "civilians")),
        ("Regime forces kill 3 men of the IS in Raqqa", ("Armed clash", "government", "isis")),
        # a Sharia official assassinated is a civilian official
        ("A “Sharia man” assassinated in the countryside of Idlib", ("Attack", "unidentified", "civilians")),
    ],
)
def test_killings_of_men_of_no_side(gaz, actors, title, expected):
    (ev,) = _all(gaz, actors, "", title=title).events
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == expected


def test_forces_and_warplanes_shelling_is_the_forces_shelling(gaz, actors):
    # the gold's ruling (dev5): the word the text uses, for the side named first
    title = "The regime forces and warplanes continue shelling on the east of Hama and the northern countryside of Homs"
    evs = _all(gaz, actors, "", title=title).events
    assert [(e.sub_event_type, e.actor1) for e in evs] == [("Shelling/artillery/missile attack", "government")] * 2
    (ev,) = _all(gaz, actors, "", title="Warplanes continue shelling Kafr Zita").events
    assert ev.sub_event_type == "Air/drone strike"


def test_a_side_named_after_the_event_word_does_not_hide_what_it_points_back_to(gaz, actors):
    title = "Intense airstrikes by the coalition on Manbij and advancement for The Syria Democratic Forces in the vicinity of the city"
    evs = _all(gaz, actors, "", title=title).events
    assert [(e.sub_event_type, e.actor1, e.place.name, e.geo_precision) for e in evs] == [
        ("Air/drone strike", "coalition", "Manbij", 1),
        ("Armed clash", "sdf", "Manbij", 2),
    ]


def test_seeking_for_a_siege_is_a_purpose(gaz, actors):
    title = (
        "Seeking for imposing the siege on ISIS in Deir Ezzor city, the regime forces escalate their shelling on the "
        "remaining village east of Euphrates River"
    )
    evs = _all(gaz, actors, "", title=title).events
    assert [(e.sub_event_type, e.actor1) for e in evs] == [("Shelling/artillery/missile attack", "government")]


def test_a_number_in_brackets_after_a_date_is_no_airwars_code():
    from geo.clauses import airwars_code

    assert airwars_code("May 2nd 2017: (12) Clashes in Raqqa") is None
    assert airwars_code("July 17th 2017: (1069a) Raqqa, Raqqa governorate, Syria").code == "1069a"


@pytest.mark.parametrize(
    "title, expected",
    [
        (
            "Renewed airstrikes target the countryside of Deir Ezzor and assassination of a person in the countryside of Daraa",
            ("Attack", "civilians"),
        ),
        ("Shells target Daraa kill and injure 9 persons at least", ("Shelling/artillery/missile attack", "civilians")),
        ("Explosion in Jabal al-Zawiyah and 4 persons died", ("Remote explosive/landmine/IED", "civilians")),
        # a commander assassinated is fighting, even after a young man kidnapped in the same sentence
        (
            "Gunmen kidnap a young man in Saraqib and assassinate a local commander in a brigade in Daraa countryside",
            ("Armed clash", ""),
        ),
    ],
)
def test_people_killed_or_assassinated_of_no_side_are_civilians(gaz, actors, title, expected):
    ev = _all(gaz, actors, "", title=title).events[-1]
    assert (ev.sub_event_type, ev.actor2) == expected


def test_a_massacre_by_a_side_that_fights_from_the_air_is_an_air_strike(gaz, actors):
    title = (
        "The SDF take control of new alleys in Al-Raqqah and the International Coalition continue to massacre civilians"
    )
    ev = _all(gaz, actors, "", title=title).events[-1]
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Air/drone strike", "coalition", "civilians")
    (ev,) = _all(gaz, actors, "", title="A massacre by ISIS in Tabqa").events
    assert (ev.sub_event_type, ev.actor1) == ("Attack", "isis")


def test_a_telling_dated_to_the_reports_own_day_is_the_same_event(gaz, actors):
    text = "Government forces shelled Kafr Zita today. Government forces shelled again today. Government forces shelled on Monday."
    reading = _all(gaz, actors, text, date=D)
    assert [(e.sub_event_type, e.place.name) for e in reading.events] == [
        ("Shelling/artillery/missile attack", "Kafr Zita")
    ]
    # only the telling dated to another day stays, unplaced
    assert [u.time_phrase for u in reading.unplaced] == ["on Monday"]


def test_events_are_not_read_past_the_mention_cap(gaz, actors):
    from geo.pipeline import read_events

    text = (
        "Government forces shelled Kafr Zita. Government forces shelled Morek. "
        + "Rebels attacked again on Monday. " * 50
    )
    r = Report("cap", D, "", text)
    res = resolve_mentions(find_mentions(r, gaz, actors=actors), gaz, date=r.date)
    _, _, unplaced = read_events([r], [res], actors, gaz)
    assert unplaced  # read in full, the attacks with no place are listed once
    events, _, unplaced = read_events([r], [res], actors, gaz, max_mentions=len(res))
    assert unplaced == [] and {e.place.name for e in events} == {"Kafr Zita", "Morek"}


def test_the_event_word_test_never_rejects_a_sentence_the_reader_finds_an_event_in(actors):
    # the quick test (a trie of the event words' first characters) must be a necessary condition: over every
    # sentence of the development gold, a sentence the reader finds an event word in passes it
    read = passed = 0
    for path in sorted((TESTDATA / "events_gold").glob("dev*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"] if line.strip() else ""
            if not text:
                continue
            reading = read_sentence(text, actors.find(text), [], D, headline=True)
            if reading.predicates or reading.unplaced:
                read += 1
                passed += has_event_word(text)
    assert read > 800 and passed == read
    # white space of any kind inside an event word of several words ("has\u00a0fallen to")
    assert has_event_word("Kafr Zita has\u00a0fallen\u2009to the regime")
    assert read_sentence("Kafr Zita has\u00a0fallen\u2009to the regime", [], [(0, 9)], D).predicates
    # common words without one, as in most sentences of a long report
    words = "The forces of the area were at that place, which is this one and has been for them as it was."
    assert not has_event_word(words)
    assert has_event_word("Regime forces SHELLED the town") and has_event_word("clashes erupted")


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Renewing the fighting between Al-Rahman Corps and Jaysh al-Islam in the Eastern Ghouta", ("opposition",) * 2),
        ("Rebel in-fighting leaves 12 dead in the Eastern Ghouta", ("opposition", "opposition")),
        (
            "A convoy enters the Eastern Ghouta in the 5th day of clashes between its major factions",
            ("opposition",) * 2,
        ),
        ("Fighting between 2 factions in the Eastern Ghouta causes casualties", ("opposition", "opposition")),
        # the factions against somebody else: not in-fighting
        ("Clashes renewed between the factions and Al-Fu'aa fighters in the Eastern Ghouta", ("opposition", "")),
        ("Clashes between the regime forces and the factions in the Eastern Ghouta", ("government", "opposition")),
        # generic words for the rebels are one side, not two groups
        ("Clashes between rebels and the factions in the Eastern Ghouta", ("opposition", "")),
    ],
)
def test_rebel_in_fighting_has_the_opposition_on_both_sides(gaz, actors, text, sides):
    clashes = [e for e in _events(gaz, actors, "", title=text) if e.kind == "clash"]  # headlines
    assert {(e.actor1, e.actor2) for e in clashes} == {sides}
    assert "Eastern Ghouta" in {e.place.name for e in clashes}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # the side a backer names after it is the one that fights; rebels Turkey backs are Turkey's partner forces
        ("Clashes in Tilaylan town between FSA backed by Turkish army and ISIS", ("turkey", "isis")),
        ("Clashes between FSA backed by Turkish army and ISIS in Tilaylan", ("turkey", "isis")),
        ("FSA supported by Turkish forces clash with ISIS in Tilaylan", ("turkey", "isis")),
        ("Regime forces backed by Hezbollah clash with rebels in Tilaylan", ("government", "opposition")),
        # the sides named after the place, right after "between"
        ("Clashes in Tilaylan town between the regime forces and ISIS", ("government", "isis")),
        # a backer of its own ("Iran-backed militias") is still the backer's side
        ("Clashes between Iran-backed militias and ISIS in Tilaylan", ("iran", "isis")),
    ],
)
def test_a_backed_side_fights_and_turkey_backed_rebels_are_turkey(gaz, actors, text, sides):
    clashes = [e for e in _events(gaz, actors, "", title=text) if e.kind == "clash"]
    assert [(e.actor1, e.actor2) for e in clashes] == [sides]
    assert clashes[0].place.name == "Tilalayn"


def test_a_place_named_by_its_description_is_where_the_event_is_and_its_words_name_no_side(gaz, actors):
    day = dt.date(2017, 10, 5)
    evs = _events(gaz, actors, "", date=day, title="Clashes in the hometown of the regime’s Minister of Defense")
    assert [(e.kind, e.actor1, e.place.name, e.geo_precision) for e in evs] == [("clash", "unidentified", "Rahjan", 1)]
    evs = _events(
        gaz,
        actors,
        "",
        date=day,
        title="Missiles target again areas in the vicinity of the birthplace of the head of the Syrian regime",
    )
    assert [(e.kind, e.actor2, e.place.name) for e in evs] == [("shelling", "", "Qardaha")]


@pytest.mark.parametrize(
    ("title", "name", "town"),
    [
        (
            "June 19th 2017: (S905) جامع الفواز Al Fawaz Mosque, Raqqa, Raqqa governorate, Syria",
            "Al Fawaz Mosque",
            "Raqqa",
        ),
        # a known name inside the building's ("Jabbar") is not the incident's place
        (
            "June 17th 2017: (S891) مدرسة عبد الجبار Abdel Jabbar school, الميادين Al Mayadin, Deir Ezzor governorate, "
            "Syria",
            "Abdel Jabbar school",
            "Al-Mayadin",
        ),
        # a building "in" the town
        (
            "October 17th-18th 2017: (S1441) near  دوار المصرية al Masriya roundabout in البوكمال Abu Kamal, Deir Ezzor "
            "governorate, Syria",
            "al Masriya roundabout",
            "Abu Kamal",
        ),
        # the Arabic name of the town between the comma and its Latin one
        (
            "August 15th 2017: (S1202a) Mu’taz street, شارع معتز Raqqa city, Raqqa governorate, Syria",
            "Mu’taz street",
            "Raqqa",
        ),
        # a site whose name is a common noun, in the town; a school area (its "Al Maari" is not Marea, 100 km off)
        ("February 25th 2017: (S467) Car park area in Al Tabaqa, Raqqa governorate, Syria", "Car park area", "Tabqa"),
        (
            "February 20th 2017: (S450a) Al Maari school area, Raqqa city, Raqqa governorate, Syria",
            "Al Maari school area",
            "Raqqa",
        ),
        # an English gloss in brackets between the name and its town; an approximate date, a range over two months
        (
            "June 19th 2017: (S907) الجسر الجديد Al Jisr al Jadeed [the New Bridge] Raqqa, Raqqa governorate, Syria",
            "Al Jisr al Jadeed",
            "Raqqa",
        ),
        (
            "Around June 17th 2017: (S444) المركز الثقافي القديم Old Cultural Center in Raqqa, Raqqa governorate, Syria",
            "Old Cultural Center",
            "Raqqa",
        ),
        (
            "May 27th – June 1st 2017:  (S1246a) Grain silos in Al Tabaqa, Raqqa governorate, Syria",
            "Grain silos",
            "Tabqa",
        ),
        # a name with "bin" in it; a left-to-right mark after the Arabic name; a garage; an article before the name
        (
            "July 6th 2017: (S1019) Near Khaled bin Waled school, Raqqa city, Raqqa governorate, Syria",
            "Khaled bin Waled school",
            "Raqqa",
        ),
        (
            "April 22nd 2017: (S633) الثورة\u200e Al Bahtari school, Tabaqa, Raqqa governorate, Syria",
            "Al Bahtari school",
            "Tabqa",
        ),
        (
            "June 14th/15th 2017: (S862) كراج البولمان  Pullman garage area, Raqqa city, Raqqa governorate, Syria",
            "Pullman garage area",
            "Raqqa",
        ),
        (
            "August 7th 2017: (S1177a) near مديرية الكهرباء the Electricity Directorate, Raqqa City, Raqqa governorate, "
            "Syria",
            "Electricity Directorate",
            "Raqqa",
        ),
    ],
)
def test_an_airwars_incident_at_a_building_or_street_keeps_its_name_at_the_towns_point(gaz, actors, title, name, town):
    day = dt.date(2017, 6, 20)
    (ev,) = _events(gaz, actors, "", date=day, title=title)
    place = gaz.lookup(town)[0]
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Air/drone strike", "coalition", "civilians")
    assert (ev.place.name, ev.geo_precision) == (name, 2)
    assert (ev.place.lat, ev.place.lon) == (place.lat, place.lon)


def test_an_airwars_count_of_buildings_is_no_sites_name(gaz, actors):
    title = "March 1st 2017: (S536) Several Buildings in Raqqa, Raqqa governorate, Syria"
    (ev,) = _events(gaz, actors, "", date=dt.date(2017, 3, 2), title=title)
    assert (ev.sub_event_type, ev.place.name, ev.geo_precision) == ("Air/drone strike", "Raqqa", 1)


@pytest.mark.parametrize(
    ("title", "sides"),
    [
        # rebel groups by the names the wire gives them (machine-translated "al-Islam army" is Jaysh al-Islam)
        ("Continued clashes between regime forces and al-Islam army in Tilaylan", ("government", "opposition")),
        ("The Islamic State targets Jaysh al-Asha’er in Tilaylan", ("isis", "opposition")),
        ("Airstrikes target headquarters of the Islamic Turkestan Party in Tilaylan", ("unidentified", "opposition")),
        ("al-Fateh army executes 2 men in Tilaylan for spying for the regime", ("opposition", "civilians")),
        ("Al-Furat Shield factions advance in 200 meters in Tilaylan", ("turkey", "")),
    ],
)
def test_rebel_groups_by_their_wire_names(gaz, actors, title, sides):
    assert [(e.actor1, e.actor2) for e in _events(gaz, actors, "", title=title)] == [sides]


@pytest.mark.parametrize(
    ("title", "sides"),
    [
        # the agent after a noun event, a few words on; aircraft named by their side
        (
            "Guided missile launched by the regime forces leaves 8 fighters of a rebel faction dead in Tilaylan",
            ("government", "opposition"),
        ),
        (
            "27 casualties in the raids carried out by several warplanes believed to be Russian in Tilaylan",
            ("russia", ""),
        ),
        (
            "52 casualties in massacres carried out by the warplanes of the regime and Russia in Tilaylan",
            ("government", ""),
        ),
        (
            "33 persons were executed in Tilaylan in the largest execution operation carried out by the Islamic State",
            ("isis", "civilians"),
        ),
        (
            "More casualties in massacres by warplanes of the Russian and the regime in Tilaylan",
            ("russia", "civilians"),
        ),
        ("Casualties as a result of the explosions of the mines planted by ISIS earlier in Tilaylan", ("isis", "")),
        # a weapon is not a side whose men died ("casualties … in barrel bombs bombing")
        ("More than 11 casualties and injuries in barrel bombs bombing at the city of Tilaylan", ("unidentified", "")),
    ],
)
def test_the_agent_of_a_noun_event_is_its_actor_not_its_target(gaz, actors, title, sides):
    assert [(e.actor1, e.actor2) for e in _events(gaz, actors, "", title=title)] == [sides]


def test_leaflets_dropped_by_helicopters_are_other_by_their_side(gaz, actors):
    evs = _events(gaz, actors, "", title="Leaflets dropped by regime helicopters on Tilaylan")
    assert [(e.sub_event_type, e.actor1, e.place.name) for e in evs] == [("Other", "government", "Tilalayn")]


@pytest.mark.parametrize(
    "title",
    [
        "Shells target the countryside of Aleppo and clashes continue on the outskirts of the city",
        "Airstrikes target the eastern neighborhoods of Aleppo and violent clashes in the southern part of it",
        "Raids on Aleppo kill 4 persons and violent clashes are taking place south and near its airbase",
        "Bombardment on Aleppo and sporadic clashes in the eastern section of the city",
    ],
)
def test_fighting_in_a_part_named_without_a_name_is_listed_not_drawn_at_the_place_before(gaz, actors, title):
    r = Report("t", D, title, "")
    reading = read_report_all(
        r, resolve_mentions(find_mentions(r, gaz, actors=actors), gaz, date=r.date), actors, gazetteer=gaz
    )
    assert "clash" not in {e.kind for e in reading.events}  # not at Aleppo or its countryside
    assert [u.sub_event_type for u in reading.unplaced] == ["Armed clash"]


def test_forces_that_go_deep_into_a_place_advance_there_and_are_no_target(gaz, actors):
    evs = _events(gaz, actors, "", title="Raids on Tilaylan, Turkish forces go deep in the land of the town of Amuda")
    assert [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in evs] == [
        ("Air/drone strike", "unidentified", "", "Tilalayn"),
        ("Armed clash", "turkey", "", "Amuda"),
    ]


@pytest.mark.parametrize(
    "title",
    [
        "A mystery surrounds a helicopter and its crew landed in Tilaylan",
        "Helicopters of the regime and Russia were able to reach Tilaylan and rescue the pilots",
    ],
)
def test_aircraft_that_land_or_rescue_strike_nothing(gaz, actors, title):
    assert [e for e in _events(gaz, actors, "", title=title) if e.sub_event_type == "Air/drone strike"] == []
    # (aircraft that bomb before they land still strike)
    bombed = _events(gaz, actors, "", title="Helicopters bomb Tilaylan and land in Amuda")
    assert ("Air/drone strike", "Tilalayn") in {(e.sub_event_type, e.place.name) for e in bombed}


def test_fire_that_stopped_is_no_event(gaz, actors):
    assert _events(gaz, actors, "", title="Turkish bombardment stopped targeting SDF in Tilaylan") == []
    assert len(_events(gaz, actors, "", title="Turkish bombardment targeting SDF in Tilaylan")) == 1


@pytest.mark.parametrize(
    "title",
    [
        "IS fights desperately to stop the regime forces to advance and take the control of Mayadin",
        "IS fights to stop the regime forces from advancing and taking control of Mayadin",
        "IS fights to block the regime forces from taking control of Mayadin",
    ],
)
def test_fighting_to_stop_a_capture_is_no_change_of_control(gaz, actors, title):
    evs = _events(gaz, actors, "", title=title)
    assert [(e.kind, e.control_change, e.place.name) for e in evs] == [("clash", False, "Al-Mayadin")]


def test_fighting_that_kills_a_sides_men_was_fought_against_that_side(gaz, actors):
    title = "The fighting renews in Tilaylan and kills a commander of a brigade of Jaysh Al-Islam"
    assert [(e.actor1, e.actor2) for e in _events(gaz, actors, "", title=title)] == [("unidentified", "opposition")]
    # news of its own: a man killed near another place is not the fighting's opponent
    title = "Clashes in the vicinity of Tilaylan and killing a member from the regime forces near Deir Ezzor airbase"
    clash = [e for e in _events(gaz, actors, "", title=title) if e.place.name == "Tilalayn"]
    assert [(e.kind, e.actor2) for e in clash] == [("clash", "")]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # weapons listed together share the victims the last one's words name
        (
            "About 45 shells, raids and missiles kill and injure more than 50 citizens in Douma",
            {("Shelling/artillery/missile attack", "civilians"), ("Air/drone strike", "civilians")},
        ),
        (
            "Aerial bombardments and mines kill many persons in Douma",
            {("Air/drone strike", "civilians"), ("Remote explosive/landmine/IED", "civilians")},
        ),
        # people whose trade is no side's
        (
            "An IED targets and kills a contractor in a hospital in Douma",
            {("Remote explosive/landmine/IED", "civilians")},
        ),
        (
            "A judge of a court in Douma was assassinated with an IED explosion",
            {("Remote explosive/landmine/IED", "civilians")},
        ),
        # a clause of its own dead: the child is not the strikes' victim
        (
            "75 air and rocket strikes target Douma and a child was killed by unidentified bullets in Idlib",
            {("Air/drone strike", ""), ("Shelling/artillery/missile attack", "")},
        ),
    ],
)
def test_the_victims_of_weapons_listed_together_and_of_a_trade(gaz, actors, title, expected):
    evs = [e for e in _events(gaz, actors, "", title=title) if e.place.name == "Douma"]
    assert {(e.sub_event_type, e.actor2) for e in evs} >= expected
    assert {e.sub_event_type for e in evs} == {t for t, _ in expected}


@pytest.mark.parametrize(
    ("title", "actor2"),
    [
        ("Anonymous attacked and assassinate an HTS leader in Salqin", "hts"),
        ("More assassinations are carried out in Salqin and target a leader in Hayyaat Tahrir al-Sham", "hts"),
        # a gerund after "and" is an act of its own, not the fighting's target
        ("Clashes in Salqin and targeting a car of the Syria Democratic Forces near Idlib", ""),
    ],
)
def test_fighting_takes_the_target_its_coordinated_verb_names(gaz, actors, title, actor2):
    clashes = [e for e in _events(gaz, actors, "", title=title) if e.kind == "clash" and e.place.name == "Salqin"]
    assert [e.actor2 for e in clashes] == [actor2]


@pytest.mark.parametrize(
    "title",
    [
        "9 martyrs have been killed in shells on Aleppo city and fierce clashes in the north of the city",
        "Renewed airstrikes on the eastern neighborhoods of Aleppo city, and clashes continue north of the city",
        "Casualties in shelling on Aleppo city and clashes in the eastern part of the city",
        "Warplanes raid on Aleppo city and violent clashes in the villages controlled by ISIS",
    ],
)
def test_fighting_at_a_place_named_without_a_name_is_listed_beside_a_placed_event(gaz, actors, title):
    # the placed event is the strike or shelling; the clashes happened elsewhere, at a place the words do not name
    # (the gold's placeless event), so they are listed, not folded into the placed event
    reading = read_report_all(
        Report("t", D, title, ""),
        resolve_mentions(find_mentions(Report("t", D, title, ""), gaz, actors=actors), gaz),
        actors,
        gazetteer=gaz,
    )
    assert [e.event_type for e in reading.events] == ["Explosions/Remote violence"]
    assert [u.sub_event_type for u in reading.unplaced] == ["Armed clash"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a list of names with a comma before its last "and"
        (
            "Regime forces target Hama, Douma, and Idlib",
            {("Shelling/artillery/missile attack", "government", "", p) for p in ("Hama", "Douma", "Idlib")},
        ),
        # a mood joined to the headline's other news: its cause is news too
        (
            "Shelling targets Douma and tension after clashes in Azaz",
            {
                ("Shelling/artillery/missile attack", "unidentified", "", "Douma"),
                ("Armed clash", "unidentified", "", "Azaz"),
            },
        ),
        # the rebels' explosive cylinders ("hell cannon" rounds) are shelling, and share the place of the noun before
        (
            "Casualties in shelling and launching explosive cylinders on Sheikh Maqsood neighborhood",
            {("Shelling/artillery/missile attack", "unidentified", "", "Sheikh Maqsood")},
        ),
        # aircraft named with their owners as the subject: their bombing is from the air
        (
            "Warplanes of the Russians and the regime continue bombing Douma, killing at least 20",
            {("Air/drone strike", "russia", "", "Douma")},  # (the first side named: the gold's convention)
        ),
        # Turkey's partner forces fighting each other
        (
            "Continuous clashes between Turkish-supported factions of the Euphrates Shield in Azaz",
            {("Armed clash", "turkey", "turkey", "Azaz")},
        ),
    ],
)
def test_lists_moods_cylinders_owned_aircraft_and_passive_places(gaz, actors, title, expected):
    evs = _events(gaz, actors, "", title=title)
    assert {(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in evs} == expected


def test_side_aliases_of_the_theatre(actors):
    # Jaysh Khalid bin al-Walid pledged to the Islamic State; Jaysh Usud al-Sharqiyyah is a rebel group
    assert [a.actor for a in actors.find("Raids and arrests by Khalid bin al-Walid army in western Daraa")] == ["isis"]
    assert [a.actor for a in actors.find("losses in the ranks of Jaysh Usud al-Sharqiyyah")] == ["opposition"]


def test_a_passive_verb_after_a_subject_of_its_own_takes_the_place_after_it(gaz, actors):
    # "… and a son of a division commander was assassinated in Daraa countryside": not at the place before
    evs = _events(gaz, actors, "", title="The regime forces target Douma and a doctor was assassinated in Azaz")
    assert {(e.event_type, e.actor2, e.place.name) for e in evs} == {
        ("Explosions/Remote violence", "", "Douma"),  # (the doctor is not the shelling's victim)
        ("Violence against civilians", "civilians", "Azaz"),
    }


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Regime forces take control of Kafr Zita, according to pro-regime media, while the factions deny.", ""),
        ("Regime forces take control of Kafr Zita but the factions deny it.", ""),
        ("Regime forces took control of Kafr Zita after violent clashes.", "government"),
    ],
)
def test_a_capture_the_other_side_denies_is_a_claim_not_a_change_of_hands(gaz, actors, text, change):
    evs = [e for e in _events(gaz, actors, "", title=text) if e.place.name == "Kafr Zita"]
    assert [(e.sub_event_type, e.new_controller) for e in evs] == [("Government regains territory", change)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reports that regime forces captured Kafr Zita are false", []),
        ("News of the factions regaining control of Kafr Zita is not true, activists say", []),
        # the denial is of another report: the capture before it stands
        (
            "Regime forces capture Kafr Zita, and reports on an ISIS advance are false",
            [("Government regains territory", "government")],
        ),
    ],
)
def test_a_capture_reported_and_then_called_false_is_no_event(gaz, actors, text, expected):
    evs = _all(gaz, actors, "", title=text)
    assert [(e.sub_event_type, e.new_controller) for e in evs.events if e.control_change] == expected
    assert not [u for u in evs.unplaced if u.event_type == "Battles"]


@pytest.mark.parametrize("side", ["of the SDF", "from the SDF"])
def test_men_of_a_side_killed_in_clashes_make_that_side_a_party(gaz, actors, side):
    # the gold's convention: "N fighters of X killed in clashes" has X as actor1 ("from" as "of")
    evs = _events(gaz, actors, "", title=f"4 fighters {side} killed in clashes in Shaddadi")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [("Armed clash", "sdf", "")]


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Regime forces took control of Tell Foo village in the countryside of Hama", "government"),
        # a share of a place the gazetteer lacks is no change of its hands, as for a known place (gold guidelines)
        ("Regime forces took control of most of Tell Foo village in the countryside of Hama", ""),
    ],
)
def test_a_share_of_an_unlisted_place_does_not_change_hands(gaz, actors, text, change):
    evs = _events(gaz, actors, "", title=text)
    assert [(e.place.name, e.place.unlisted, e.new_controller) for e in evs] == [("Tell Foo", True, change)]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Daraa: SyAF also heavily bombed Tafas", ("Air/drone strike", "government")),
        ("The Russian target its positions by air force in Tafas", ("Air/drone strike", "russia")),
        ("Aerial bombardment by the Russians on Tafas", ("Air/drone strike", "russia")),
    ],
)
def test_air_forces_named_by_abbreviation_or_by_air_force_bomb_from_the_air(gaz, actors, title, expected):
    assert [(e.sub_event_type, e.actor1) for e in _events(gaz, actors, "", title=title)] == [expected]


@pytest.mark.parametrize(
    "text,winner",
    [
        ("Regime forces re-captured Kafr Nabudah on Monday.", "government"),
        ("Rebels re-captured the village of Kafr Nabudah.", "opposition"),
        ("The Islamic State re-seized Kafr Nabudah.", "isis"),
    ],
)
def test_a_hyphenated_verb_of_capture_is_the_verb(gaz, actors, text, winner):
    """Machine translation writes "re-capture" and "re-seize" as it writes "re-take" and "re-control": the same
    capture, read as one."""
    (e,) = _events(gaz, actors, text)
    assert (e.kind, e.place.name, e.control_change, e.new_controller) == ("capture", "Kafr Nabudah", True, winner)


@pytest.mark.parametrize(
    "title,place",
    [
        ("Casualties and injuries in strikes on Deir Ezzor city and its countryside", "Deir ez-Zor"),
        ("Tens of strikes hit the north-east of Hama again", "Northeast part of Hama governorate"),
        ("Intensive strikes on the eastern neighborhoods of Aleppo continue", "Aleppo"),
    ],
)
def test_bare_strikes_on_a_place_are_air_strikes(gaz, actors, title, place):
    """ "strikes on X", "tens of strikes hit X": fire, as the gold reads bare "strikes" every time; a strike that
    names no target and no harm ("a general strike in Daraa", "traders strike in Saraqib") is still a walkout."""
    (e,) = _events(gaz, actors, "", title=title)
    assert (e.sub_event_type, e.place.name) == ("Air/drone strike", place)
    for walkout in ("A general strike in Daraa city against the regime", "Shop owners continue their strike in Idlib"):
        assert _events(gaz, actors, "", title=walkout) == []


def test_an_act_that_goes_on_at_another_place_is_there_too(gaz, actors):
    """ "Clashes renewed in Deir Ezzor and continue in the eastern countryside of Homs": the clashes, their subject
    elided, go on at a second place — one more place of the same act, as "and in Homs" would be. A capture does not
    "continue" anywhere: the verb names no second prize."""
    evs = _events(
        gaz, actors, "", title="Clashes renewed in Deir Ezzor and continue in the eastern countryside of Homs"
    )
    assert [(e.sub_event_type, e.place.name) for e in evs] == [
        ("Armed clash", "Deir ez-Zor"),
        ("Armed clash", "East part of Homs governorate"),
    ]
    # even where the second place holds the first (a listed area is a place of its own, as after "and in")
    title = "Clashes renewed in Khan Shaykhun and continue in the southern countryside of Idlib"
    evs = _events(gaz, actors, "", title=title)
    assert [e.place.name for e in evs] == ["Khan Shaykhun", "South part of Idlib governorate"]
    evs = _events(
        gaz, actors, "", title="Clashes renewed in Jrood al-Qalamoun and continue in the vicinity of al-Qaryatayn"
    )
    assert [(e.place.name, e.geo_precision) for e in evs] == [("Qalamoun", 3), ("Al-Qaryatayn", 2)]
    evs = _events(gaz, actors, "", title="Clashes renewed in Deir Ezzor town and continue in Homs")
    assert [e.place.name for e in evs] == ["Deir ez-Zor", "Homs"]
    evs = _events(gaz, actors, "", title="Shelling on Kafr Zita and continues on Al-Lataminah")
    assert [e.place.name for e in evs] == ["Kafr Zita", "Al-Lataminah"]
    evs = _events(gaz, actors, "", title="Regime forces captured Kafr Zita and continue in Al-Lataminah")
    assert [(e.kind, e.place.name) for e in evs] == [("capture", "Kafr Zita")]


@pytest.mark.parametrize(
    "title,subs",
    [
        # an exchange of fire is a firefight; an exchange of shelling stays shelling
        ("Exchange of fire in Daraa city", ["Armed clash"]),
        ("Fire exchange in Daraa city", ["Armed clash"]),
        (
            "Exchange of shelling between the regime forces and the factions in Daraa",
            ["Shelling/artillery/missile attack"],
        ),
        # each means of a list is its own act, in either order
        (
            "More ground and aerial bombardment target Daraa city",
            ["Shelling/artillery/missile attack", "Air/drone strike"],
        ),
        (
            "The aerial, rocket and artillery shelling escalates in Daraa",
            ["Air/drone strike", "Shelling/artillery/missile attack"],
        ),
    ],
)
def test_fire_named_by_its_means(gaz, actors, title, subs):
    evs = _events(gaz, actors, "", title=title)
    assert [e.sub_event_type for e in evs] == subs and {e.place.name for e in evs} == {"Daraa"}


def test_two_sides_of_a_countryside_left_unsaid_and_a_quarter_in_the_capital(gaz, actors):
    """ "… and ongoing clashes in the eastern and northeastern countryside": SOHR's countryside of the governorate named
    before, two sides of it, drawn as the first (a phrase without a name, as "the eastern countryside" alone is).
    "Al-Midan neighborhood in the capital Damascus": the capital locates the quarter; it is no place of its own."""
    title = (
        "Aerial bombardment on areas in the countryside of Aleppo and ongoing clashes in the eastern and northeastern "
        "countryside"
    )
    evs = _events(gaz, actors, "", title=title)
    assert [(e.sub_event_type, e.place.name, e.geo_precision) for e in evs] == [
        ("Air/drone strike", "Aleppo governorate", 3),
        ("Armed clash", "East part of Aleppo governorate", 3),
    ]
    evs = _events(gaz, actors, "", title="Three explosions at Al-Midan neighborhood in the capital Damascus")
    assert [(e.place.name, e.geo_precision) for e in evs] == [("Al-Midan", 1)]


@pytest.mark.parametrize(
    "title,place,winner",
    [
        ("Regime forces take al-Qaryatayn", "Al-Qaryatayn", "government"),
        ("Rebels took al-Eis after clashes", "Al-Eis", "opposition"),
        ("ISIS retook the entire city of Palmyra", "Palmyra", "isis"),
    ],
)
def test_a_bare_take_before_a_name_in_lower_case_or_a_whole_town(gaz, actors, title, place, winner):
    """ "take al-Qaryatayn", "retook the entire city of Palmyra": a name the press writes with a lower-case article,
    or a town taken whole, is the object that makes "took" a capture (not "took positions")."""
    evs = [e for e in _events(gaz, actors, "", title=title) if e.control_change]
    assert [(e.place.name, e.new_controller) for e in evs] == [(place, winner)]
    assert not [
        e for e in _events(gaz, actors, "", title="The regime forces took positions in al-Eis") if e.control_change
    ]


def test_the_area_pointed_back_to_late_is_the_place_its_container_locates(gaz, actors):
    """ "About 40 airstrikes target al-Zara in the southern countryside of Hama and clashes continue in the area": the
    area is al-Zara's (as "regain Maardis at the countryside of Hama amid clashes in the area"), whether the words
    pointing back come right after the event word or after a short verb phrase."""
    title = "About 40 airstrike target al-Zara in the southern countryside of Hama and clashes continue in the area"
    evs = _events(gaz, actors, "", title=title)
    assert [(e.sub_event_type, e.place.name) for e in evs] == [
        ("Air/drone strike", "Az Zarah"),
        ("Armed clash", "Az Zarah"),
    ]


@pytest.mark.parametrize(
    "title,winner,loser",
    [
        ("Kafr Nabudah was retaken by rebels", "opposition", ""),
        ("The SDF drive ISIS out of Kafr Nabudah", "sdf", "isis"),
        ("Rebels pushed the regime forces out of Kafr Nabudah", "opposition", "government"),
    ],
)
def test_a_capture_in_the_passive_or_driving_a_side_out(gaz, actors, title, winner, loser):
    """ "X was retaken by rebels" (a bare "take" in the passive: its subject is the place taken), "drive ISIS out of X"
    (the side driven out named between the verb and "out of"): completed captures, the side driven out the loser.
    Civilians pushed out of a place are no capture."""
    (e,) = [e for e in _events(gaz, actors, "", title=title) if e.control_change]
    assert (e.place.name, e.new_controller, e.actor2) == ("Kafr Nabudah", winner, loser)
    evs = _events(gaz, actors, "", title="Warplanes pushed civilians out of Kafr Nabudah")
    assert not [e for e in evs if e.control_change]


def test_people_killed_in_several_acts_are_civilians(gaz, actors):
    """ "At least 11 people were killed in 3 explosions at X": counted people are civilians (the gold's ruling), and
    "in 3 explosions" counts acts, not a span of days as "in 3 days" would."""
    title = "At least 11 people were killed in 3 explosions at Al-Midan neighborhood in the capital Damascus"
    (e,) = _events(gaz, actors, "", title=title)
    assert (e.sub_event_type, e.actor2, e.place.name) == ("Remote explosive/landmine/IED", "civilians", "Al-Midan")


@pytest.mark.parametrize(
    "title,places",
    [
        (
            "Warplanes raid on Halfaya town and on areas in the northern countryside of Hama",
            ["Halfaya", "North part of Hama governorate"],
        ),
        (
            "Fierce battles take place in Handarat camp and Aleppo northern countryside",
            ["Handarat", "North part of Aleppo governorate"],
        ),
    ],
)
def test_a_type_word_after_a_list_item_keeps_the_list(gaz, actors, title, places):
    """ "Halfaya town and on areas in the northern countryside of Hama": the area is the list's second place, as it is
    without the word "town" (an area listed after a point it holds is an item of the list, not its container)."""
    assert [e.place.name for e in _events(gaz, actors, "", title=title)] == places


def test_stoning_to_death_is_an_attack_on_civilians(gaz, actors):
    """ "IS stones a man to death in Der-Ezzor", "A man and a woman stoned to death in X": executions (ACLED: Violence
    against civilians, attack); stones thrown at a patrol are not."""
    (e,) = _events(gaz, actors, "", title="IS stones a man to death in Der-Ezzor")
    assert (e.sub_event_type, e.actor1, e.actor2, e.place.name) == ("Attack", "isis", "civilians", "Deir ez-Zor")
    (e,) = _events(gaz, actors, "", title="A man and a woman stoned to death in Saraqib")
    assert (e.sub_event_type, e.actor2, e.place.name) == ("Attack", "civilians", "Saraqib")
    # stones thrown at a patrol are no execution (the protesters who throw them act: a protest)
    evs = _events(gaz, actors, "", title="Protesters throw stones at a patrol in Daraa")
    assert [e.event_type for e in evs] == ["Protests"]


def test_renewing_the_targeting_of_a_place_is_fire_there(gaz, actors):
    """ "the regime forces renew the targeting of Daraa city": the noun after a verb that renews it is the act (not
    "the targeting" pointing back to one told before, as after "After the targeting of X")."""
    (e,) = _events(gaz, actors, "", title="The regime forces renew the targeting of Daraa city")
    assert (e.sub_event_type, e.actor1, e.place.name) == ("Shelling/artillery/missile attack", "government", "Daraa")
    assert _events(gaz, actors, "", title="After the targeting of Daraa city, calm returns") == []


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a rubric before the bar labels the news: no act of its own, its side still the news's
        (
            "Military escalation | Turkish forces and their proxies shell two villages in Kafr Zita",
            [("Shelling/artillery/missile attack", "turkey", "Kafr Zita")],
        ),
        ("Russian airstrikes | Jets pound ISIS positions in Kafr Zita", [("Air/drone strike", "russia", "Kafr Zita")]),
        # a rubric that opens a clause of its own ("after …") is background, not the news's clause
        (
            "After killing 45 ISIS members in 100 hours | Russian airstrikes target ISIS positions in Kafr Zita",
            [("Air/drone strike", "russia", "Kafr Zita")],
        ),
        # the news names no act: the rubric says what it was, at the news's place
        ("IS ambush | Six members of Iran-backed militias killed in Kafr Zita", [("Armed clash", "isis", "Kafr Zita")]),
        # (the words a wire service masks, "kil*led in cla*shes", are unmasked by geo.reports' cleaning)
        (
            "Death toll update | Three members of Turkish-backed police killed in clashes in Kafr Zita",
            [("Armed clash", "turkey", "Kafr Zita")],
        ),
    ],
)
def test_a_title_rubric_before_a_bar_labels_the_news_after_it(gaz, actors, title, expected):
    evs = _all(gaz, actors, "", title=title)
    assert [(e.sub_event_type, e.actor1, e.place.name) for e in evs.events] == expected
    assert not evs.unplaced


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Protesters in Idlib renew their demands", [("Peaceful protest", "protesters", "Idlib")]),
        (
            "Hundreds of demonstrators in Idlib demand the release of detainees",
            [("Peaceful protest", "protesters", "Idlib")],
        ),
        # the crowd is done to, not doing: no protest of its own
        ("Security forces arrest protesters in Idlib", [("Arrests", "unidentified", "Idlib")]),
    ],
)
def test_a_crowd_that_opens_a_title_is_a_protest(gaz, actors, title, expected):
    evs = _events(gaz, actors, "", title=title)
    assert [(e.sub_event_type, e.actor1, e.place.name) for e in evs] == expected


@pytest.mark.parametrize(
    "title",
    [
        "Turkish Jandarma shot a young man from Kafr Zita",
        "Turkish-backed factions kill a man near Kafr Zita",
        "Ankara-loyal factions shell Kafr Zita",
        "165 Syrian citizens killed by the Turkish border guards and SOHR calls for Turkey to punish the responsible",
        "Members of “Al-Sultan Murad” faction kidnap a shepherd in Kafr Zita",
        "Al-Hamza Division shells Kafr Zita",
    ],
)
def test_turkey_and_its_factions_by_their_later_names(gaz, actors, title):
    evs = _all(gaz, actors, "", title=title)
    got = [(e.actor1, e.actor2) for e in evs.events] + [(u.actor1, u.actor2) for u in evs.unplaced]
    assert got and got[0][0] == "turkey" and got[0][1] != "turkey"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Unknown assailants attack three civilians in Kafr Zita", ("Violence against civilians", "Attack")),
        ("Two children killed in an arson attack in Kafr Zita", ("Violence against civilians", "Attack")),
        # civilians who die in fighting leave it a battle
        ("Violent clashes in Kafr Zita kill 3 citizens", ("Battles", "Armed clash")),
        # "march into" is SOHR's entry: a fight there, no change of control (as "enter", "storm")
        ("Syrian government forces march into Kafr Zita", ("Battles", "Armed clash")),
    ],
)
def test_an_attack_on_civilians_and_a_march_into_a_town(gaz, actors, title, expected):
    (e,) = _events(gaz, actors, "", title=title)
    assert (e.event_type, e.sub_event_type, e.control_change) == (*expected, False)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # forces moved in: a strategic development (not "the forces deployed in X shell Y": who shells)
        ("Hezbollah redeployed in Kafr Zita", [("Other", "iran", "", "Kafr Zita")]),
        (
            "The Turkish forces deployed in Kafr Zita shell Morek",
            [("Shelling/artillery/missile attack", "turkey", "", "Morek")],
        ),
        ("A man murdered in Kafr Zita", [("Attack", "unidentified", "civilians", "Kafr Zita")]),
        # the persons taken, named before a headline's passive
        (
            "Two young people from Daraa kidnapped in Kafr Zita",
            [("Abduction/forced disappearance", "unidentified", "civilians", "Kafr Zita")],
        ),
        # the means of an act after "and" are not a killing's
        (
            "A man found executed in Kafr Zita and regime helicopters bomb Morek",
            [("Attack", "unidentified", "civilians", "Kafr Zita"), ("Air/drone strike", "government", "", "Morek")],
        ),
        # a rubric in the past tense names no act: the news's own act is it
        (
            "Arrested seven years ago | Young man dies under torture in Kafr Zita",
            [("Attack", "unidentified", "civilians", "Kafr Zita")],
        ),
    ],
)
def test_deployments_murders_and_kidnapped_persons(gaz, actors, title, expected):
    evs = _events(gaz, actors, "", title=title)
    assert [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in evs] == expected


@pytest.mark.parametrize(
    ("title", "actor1"),
    [
        ("HTS and the factions shell Kafr Zita", "hts"),
        ("Turkish forces and loyal factions renew the ground shelling on Kafr Zita", "turkey"),
        ("The Nusra Front and Islamist factions seize Kafr Zita", "hts"),
        ("The regime forces and Hezbollah shell Kafr Zita", "government"),
    ],
)
def test_a_side_of_two_members_is_named_by_the_first(gaz, actors, title, actor1):
    (e,) = _events(gaz, actors, "", title=title)
    assert e.actor1 == actor1


def test_a_side_named_after_a_comma_with_a_capture_of_its_own_is_no_loser(gaz, actors):
    # "SDF control Tal Rifaat and Kafr Naseh, the regime forces control Ihres": the regime takes a place of its own
    evs = _events(gaz, actors, "", title="SDF control Kafr Zita and Morek, the regime forces control Latmin")
    assert [(e.place.name, e.actor1, e.actor2, e.new_controller) for e in evs] == [
        ("Kafr Zita", "sdf", "", "sdf"),
        ("Morek", "sdf", "", "sdf"),
        ("Latmin", "government", "", "government"),
    ]
    # persons taken: "kidnap a child" (civilians)
    (e,) = _events(gaz, actors, "", title="Unidentified people kidnap a child in Kafr Zita")
    assert (e.sub_event_type, e.actor2) == ("Abduction/forced disappearance", "civilians")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the killing of a fighter is fighting, as an assassination is; of a refugee or an official, violence
        ("Unknown gunmen shot dead SDF fighter in Kafr Zita", ("Armed clash", "sdf")),
        ("Gunmen shot dead a young man in Kafr Zita", ("Attack", "civilians")),
        ("New assassination targeting Iraqi refugees in Kafr Zita", ("Attack", "civilians")),
        # an advance's gain told by a participle after a comma: one capture, where the advance was
        (
            "Regime forces continue to advance towards Kafr Zita, capturing 14 territories",
            ("Government regains territory", ""),
        ),
    ],
)
def test_killings_of_fighters_and_gains_told_by_a_participle(gaz, actors, title, expected):
    (e,) = _events(gaz, actors, "", title=title)
    assert (e.sub_event_type, e.actor2, e.place.name, e.control_change) == (*expected, "Kafr Zita", False)


def test_who_holds_a_container_makes_it_no_second_place(gaz, actors):
    # "Kafr Zita in rebel-held Idlib province": one capture, at Kafr Zita (the holder is the loser the words name)
    evs = _events(gaz, actors, "", title="Regime forces capture Kafr Zita in rebel-held Hama province")
    assert [(e.place.name, e.new_controller) for e in evs] == [("Kafr Zita", "government")]
    # a village the gazetteer lacks is drawn in that container
    evs = _events(gaz, actors, "", title="Regime forces take control of Tell Foo village in rebel-held Hama province")
    assert [(e.place.name, e.place.unlisted, e.geo_precision) for e in evs] == [("Tell Foo", True, 3)]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a verb after "and" shares the subject before it; those it clashes with are the other side
        (
            "Regime forces shell Morek and clash with opposition factions in Kafr Zita",
            ("Armed clash", "government", "opposition"),
        ),
        ("Young man strangled to death in Kafr Zita", ("Attack", "unidentified", "civilians")),
        ("Al-Fath army attack again on Kafr Zita", ("Armed clash", "opposition", "")),
        (
            "Jabhat al-Nusra clashes with the Syrian Revolutionaries Front in Kafr Zita",
            ("Armed clash", "hts", "opposition"),
        ),
    ],
)
def test_clash_after_and_strangling_and_older_group_names(gaz, actors, title, expected):
    evs = [e for e in _events(gaz, actors, "", title=title) if e.place.name == "Kafr Zita"]
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [expected]


def test_shell_after_and_shares_the_subject_before_it(gaz, actors):
    evs = _events(gaz, actors, "", title="Regime forces advance near Kafr Zita and shell the town")
    assert [(e.sub_event_type, e.actor1) for e in evs] == [
        ("Armed clash", "government"),
        ("Shelling/artillery/missile attack", "government"),
    ]


@pytest.mark.parametrize(
    "title",
    [
        "SDF-held areas in August 2022 | Nearly 80 deaths in acts of violence in Kafr Zita",
        "“Olive Branch” areas in August | Nearly 115 kidnappings and arbitrary arrests in Kafr Zita",
        "Russian intervention in Syria 82 months on | Russian warplanes commit massacre in Kafr Zita",
        "68 months of Russian intervention in Syria | Ongoing military operations in Kafr Zita",
    ],
)
def test_a_title_whose_rubric_names_a_period_is_a_summary_with_no_events(gaz, actors, title):
    evs = _all(gaz, actors, "", title=title)
    assert (evs.events, evs.unplaced) == ([], [])


def test_a_share_of_a_town_told_as_nearly_the_whole_is_no_change(gaz, actors):
    (e,) = _events(gaz, actors, "", title="YPG and rebel factions seize nearly the whole city of Kafr Zita")
    assert (e.sub_event_type, e.control_change) == ("Non-state actor overtakes territory", False)
    (e,) = _events(gaz, actors, "", title="27th attack in 2023 | Israeli airstrikes on Kafr Zita kill 11 combatants")
    assert (e.sub_event_type, e.actor1) == ("Air/drone strike", "israel")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("A prisoner exchange took place between the factions and the regime forces in Kafr Zita", ["Agreement"]),
        ("Exchange operation takes place in Kafr Zita", ["Agreement"]),
        ("Regime forces extend their truce in Kafr Zita", ["Agreement"]),
        # a deal's word near another act's "took place", or a truce that collapsed, is no deal made
        ("Clashes took place in Kafr Zita and the truce collapsed", ["Armed clash"]),
    ],
)
def test_a_deal_held_or_extended_is_an_agreement(gaz, actors, title, expected):
    assert [e.sub_event_type for e in _events(gaz, actors, "", title=title)] == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Kamikaze drone with a parachute explodes in an HTS position in Kafr Zita, killing four", "Air/drone strike"),
        ("A drone exploded in Kafr Zita", "Air/drone strike"),
        ("An explosion hit Kafr Zita", "Remote explosive/landmine/IED"),
    ],
)
def test_a_drone_that_explodes_is_a_drone_strike(gaz, actors, title, expected):
    (e,) = _events(gaz, actors, "", title=title)
    assert e.sub_event_type == expected


@pytest.mark.parametrize(
    ("title", "winner"),
    [
        # the side a subject gets ahead of is its rival, not who acts
        ("Regime forces get ahead of ISIS in controlling Kafr Zita", "government"),
        ("ISIS gets ahead of the regime forces in controlling Kafr Zita", "isis"),
    ],
)
def test_a_side_got_ahead_of_is_a_rival_not_the_winner(gaz, actors, title, winner):
    (e,) = _events(gaz, actors, "", title=title)
    assert (e.control_change, e.actor1, e.new_controller) == (True, winner, winner)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a deal carried out: its buses leave
        (
            "In implementation of the Kafr Zita agreement, the first batch of buses departs from Kafr Zita",
            ["Agreement"],
        ),
        # a span of time since a deal: no deal made on this date
        ("Five civilians killed since the implementation of the truce in Kafr Zita", []),
    ],
)
def test_a_deal_carried_out_is_an_agreement(gaz, actors, title, expected):
    assert [e.sub_event_type for e in _events(gaz, actors, "", title=title)] == expected


def test_the_second_member_of_a_side_opens_no_main_clause(gaz, actors):
    # "Since A and their proxy factions captured X, …": one side, in the clause that "since" opens (a state)
    title = "Since Turkish forces and their proxy factions captured Kafr Zita, thousands of people have fled"
    assert _events(gaz, actors, "", title=title) == []
    (e,) = _events(gaz, actors, "", title="Turkish forces and their proxy factions shell Kafr Zita")
    assert e.actor1 == "turkey"


def test_more_ground_after_and_is_the_same_target(gaz, actors):
    # "shelling villages and frontlines of X": "frontlines" is no verb of a next act
    title = "Regime forces renew shelling villages and frontlines of southern Idlib countryside"
    (e,) = _events(gaz, actors, "", title=title)
    assert (e.actor1, e.place.name, e.geo_precision) == ("government", "South part of Idlib governorate", 3)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a shooting at people or their things is violence against them; at a side's men or posts, fighting
        ("Unidentified gunmen opened fire on the house of a teacher in Kafr Zita", ("Attack", "civilians")),
        ("Two gunmen opened fire directly on members of an SDF checkpoint in Kafr Zita", ("Armed clash", "sdf")),
        ("Gunmen targeted their car near Kafr Zita, killing a young man", ("Attack", "civilians")),
        ("Gunmen targeted a patrol of the regime forces in Kafr Zita", ("Armed clash", "government")),
        # fire on a crowd is force against a protest, one event
        ("Regime forces open fire on protesters in Kafr Zita", ("Excessive force against protesters", "government")),
        (
            "HTS opens fire for the second time on a demonstration in Kafr Zita",
            ("Excessive force against protesters", "hts"),
        ),
    ],
)
def test_opening_fire_is_a_shooting_whose_target_decides_its_kind(gaz, actors, title, expected):
    (e,) = _events(gaz, actors, "", title=title)
    assert (e.sub_event_type, e.actor2, e.place.name) == (*expected, "Kafr Zita")


def test_an_ing_word_after_a_comma_is_done_by_a_verb_with_no_place_of_its_own(gaz, actors):
    # "fired several rockets in the early hours of Saturday, targeting X": the rockets' side targets X
    title = "Regime forces fired several rockets in the early hours of Saturday morning, targeting places in Kafr Zita"
    (e,) = _events(gaz, actors, "", title=title)
    assert (e.sub_event_type, e.actor1, e.place.name) == (
        "Shelling/artillery/missile attack",
        "government",
        "Kafr Zita",
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the blasts heard are the act that caused them: one event, the cause's kind and side
        (
            "Explosions were heard in Damascus as a result of a new Israeli attack on positions in Kafr Zita",
            [("israel", "Kafr Zita")],
        ),
        # a cause with no place of its own keeps the blasts' place
        (
            "A loud explosion heard in Kafr Zita caused by detonating a booby-trapped vehicle by IS",
            [("isis", "Kafr Zita")],
        ),
    ],
)
def test_explosions_heard_are_the_act_said_to_cause_them(gaz, actors, title, expected):
    assert [(e.actor1, e.place.name) for e in _events(gaz, actors, "", title=title)] == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # SOHR's translated "could" right before the act is "managed to": done
        ("IS could take control of Kafr Zita after violent clashes with the factions", [("isis", True)]),
        ("YPG fighters could retake the entire city of Kafr Zita after violent clashes", [("sdf", True)]),
        # a condition or a time to come keeps it a possibility
        ("The regime could take control of Kafr Zita if the factions withdraw", []),
        ("Rebels could retake Kafr Zita in the coming days", []),
        # every side of a "backed by" phrase is a backer, not the subject
        (
            "YPG, backed by some rebel battalions and US-led coalition warplanes, could take control of Kafr Zita",
            [("sdf", True)],
        ),
    ],
)
def test_could_before_an_act_is_managed_to(gaz, actors, title, expected):
    assert [(e.actor1, e.control_change) for e in _events(gaz, actors, "", title=title)] == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "The ISIS took hold of the Kafr Zita area last night",
            [("Non-state actor overtakes territory", "isis", True)],
        ),
        # a loss with no winner named is a transfer without a fight; a loss in a relative clause is background,
        # and a loss "to Y" is Y's capture from the side that lost it
        ("ISIS has lost control of Kafr Zita", [("Non-violent transfer of territory", "isis", False)]),
        (
            "Rebel forces in Kafr Zita have lost control of a key district",
            [("Non-violent transfer of territory", "opposition", False)],
        ),
        (
            "The regime forces retook areas they lost control of in Kafr Zita",
            [("Government regains territory", "government", False)],
        ),
        ("ISIS lost control of Kafr Zita to the regime forces", [("Government regains territory", "government", True)]),
    ],
)
def test_taking_hold_and_losing_control(gaz, actors, title, expected):
    evs = _events(gaz, actors, "", title=title)
    assert [(e.sub_event_type, e.actor1, e.control_change) for e in evs] == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # wire style: the speaker is the side of the pronoun, and a pluperfect it reports is the news
        (
            "Syria's military said it has fully recaptured the town of Kafr Zita from Islamic State",
            ("government", True),
        ),
        ("The Syrian regime announced Sunday it had captured Kafr Zita", ("government", True)),
        (
            "Syrian forces and their allies have taken control of Kafr Zita from Islamic State militants",
            ("government", True),
        ),
        # a pluperfect outside reported speech stays background
        ("The regime forces had captured Kafr Zita before the truce", None),
    ],
)
def test_wire_speakers_and_reported_pluperfects(gaz, actors, title, expected):
    evs = _events(gaz, actors, "", title=title)
    assert [(e.actor1, e.control_change) for e in evs] == ([expected] if expected else [])


@pytest.mark.parametrize(
    "title",
    [
        "FSA forces retook the northern Syrian town of Kafr Zita from Daesh",
        "Islamic State militants have retaken the historic town of Kafr Zita",
        "The army took the rebel-held town of Kafr Zita",
    ],
)
def test_wire_adjectives_before_the_type_word_keep_the_capture(gaz, actors, title):
    (e,) = _events(gaz, actors, "", title=title)
    assert (e.control_change, e.place.name) == (True, "Kafr Zita")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the FSA that Turkey backs is Turkey's side, whichever way the text says so
        (
            "Free Syrian Army (FSA) forces backed by the Turkish military retook the town of Kafr Zita",
            [("turkey", True, 1)],
        ),
        (
            "The Free Syrian Army (FSA), backed by the Turkish armed forces, regained control of Kafr Zita",
            [("turkey", True, 1)],
        ),
        (
            "Units of Turkey -backed Free Syrian Army (FSA) group have seized control over Kafr Zita",
            [("turkey", True, 1)],
        ),
        # a share, a denial, a site named after a city: no change of hands at the place named
        ("Rebels backed by Ankara have largely taken control of the Syrian town of Kafr Zita", [("turkey", False, 2)]),
        ("SDF didn’t capture Raqqa city completely", []),
        ("Syrian Army Forces Capture More of Aleppo from Terrorists", [("government", False, 2)]),
        ("Syria regime capture key Idlib airbase", [("government", False, 2)]),
        ("Rebels captured Saraqeb town", [("opposition", True, 1)]),
    ],
)
def test_wire_captures_by_turkeys_fsa_and_what_is_no_change(gaz, actors, title, expected):
    from geo.reports import _clean_text

    evs = _events(gaz, actors, "", title=_clean_text(title, "title")[0])  # ("Turkey -backed": joined as reports are)
    assert [(e.actor1, e.control_change, e.geo_precision) for e in evs] == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "The Syrian Arab army has reestablished control over the villages of Kafr Zita and Morek",
            [("government", True)] * 2,
        ),
        ("Kurdish fighters rout IS from Syria's Tal Abyad", [("sdf", True)]),
        (
            "Free Syrian Army soldiers backed by the Turkish military have cleared the town of Kafr Zita of YPG",
            [("turkey", True)],
        ),
        ("Turkey-backed rebels regain key Saraqeb city", [("turkey", True)]),
        # the centre of a town taken is the town taken (as the annotators read it)
        ("Turkish-backed troops take centre of Kafr Zita", [("turkey", True)]),
        ("Erdogan declares control of Kafr Zita city center", [("turkey", True)]),
    ],
)
def test_wire_verbs_of_capture(gaz, actors, title, expected):
    assert [(e.actor1, e.control_change) for e in _events(gaz, actors, "", title=title)] == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Syria's army on Sunday announced it had captured Kafr Zita", ("government", True)),
        (
            "Syrian rebels backed by the Turkish military said on Thursday they had recaptured Kafr Zita",
            ("turkey", True),
        ),
        # the side whose air cover it is does not take the ground
        ("Syrian regime forces under the Russian air cover took control of Kafr Zita", ("government", True)),
        ("Turkish troops alongwith Free Syrian Army (FSA) have captured Kafr Zita from Daesh", ("turkey", True)),
        ("A Turkey-backed Syrian rebel force captured Kafr Zita from Kurdish YPG forces", ("turkey", True)),
    ],
)
def test_wire_sides_of_a_capture(gaz, actors, title, expected):
    assert [(e.actor1, e.control_change) for e in _events(gaz, actors, "", title=title)] == [expected]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a headline's participle right after the place, and a passive with no agent: the side that says so took it
        ("Syrian army says Kafr Zita retaken", [("government", True)]),
        (
            "The Syrian army announced on Thursday that Kafr Zita has been fully recaptured from rebel fighters",
            [("government", True)],
        ),
        ("Kafr Zita retaken by rebels", [("opposition", True)]),
        # a reduced relative before the finite verb is no news of its own
        ("The centre of Kafr Zita seized by rebels has been shelled", []),
        (
            "The Turkish military and the Syrian opposition said Sunday it had taken complete control of Kafr Zita",
            [("turkey", True)],
        ),
    ],
)
def test_the_speaker_of_an_agentless_capture(gaz, actors, title, expected):
    evs = [e for e in _events(gaz, actors, "", title=title) if e.event_type != "Explosions/Remote violence"]
    assert [(e.actor1 if e.control_change else "", e.control_change) for e in evs] == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Syrian Army Declares Kafr Zita Free From Islamic State", [("government", "isis", True)]),
        # the place the victory is declared in is the prize, not a container (as both probes' annotators read it)
        ("The Syrian government declared victory over Daesh in the town of Kafr Zita", [("government", "isis", True)]),
        ("The army declared a curfew in Kafr Zita", []),
    ],
)
def test_a_side_declaring_a_place_free_of_another(gaz, actors, title, expected):
    evs = _events(gaz, actors, "", title=title)
    assert [(e.actor1, e.actor2, e.control_change) for e in evs] == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a flag raised is a sign of who holds the place (Strategic developments / Other), no change by itself
        ("Pro-Assad forces raised the Syrian flag in Kafr Zita on Thursday", [("Other", "government", False)]),
        # an unnamed village taken in a container, and a pluperfect a monitor reports
        (
            "Syrian government forces have managed to retake a key village in the province of Idlib",
            [("Government regains territory", "government", False)],
        ),
        (
            "The Observatory reported on Sunday that the Daesh terror group fighters had captured Kafr Zita",
            [("Non-state actor overtakes territory", "isis", True)],
        ),
    ],
)
def test_flags_unnamed_villages_and_a_monitors_pluperfect(gaz, actors, title, expected):
    evs = _events(gaz, actors, "", title=title)
    assert [(e.sub_event_type, e.actor1, e.control_change) for e in evs] == expected


def test_a_speakers_pronoun_is_the_subject_only_of_its_own_verb(gaz, actors):
    # "HTS said it had stopped every army attempt to advance on X": the advance is the army's, HTS only speaks
    body = "Regime forces shelled Latmin overnight. HTS said it had stopped every army attempt to advance on Kafr Zita."
    (e,) = [e for e in _events(gaz, actors, body) if e.place.name == "Kafr Zita"]
    assert (e.sub_event_type, e.actor1) == ("Armed clash", "government")


def test_the_defender_of_a_repelled_attack_and_an_area_through_an_area(gaz, actors):
    # "Rebels repelled an attack by Assad's forces on X in the Jabal al-Akrad mountains of north-eastern Latakia
    # province": the attacker acts, the subject defends; the province locates X through the mountains, no place of
    # its own
    title = (
        "Rebels repelled an attack by Assad's forces on Kabani in the Jabal al-Akrad mountains of "
        "north-eastern Latakia province"
    )
    (e,) = _events(gaz, actors, "", title=title)
    assert (e.sub_event_type, e.actor1, e.actor2, e.place.name) == (
        "Armed clash",
        "government",
        "opposition",
        "Kabani",
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a side named by its backer and its own words for itself
        ("US-backed forces take the town of Kafr Zita from ISIS", [("sdf", True)]),
        ("Turkish-backed Syrian rebels took Kafr Zita from the YPG", [("turkey", True)]),
        ("Jaysh al-Fatah coalition capture Kafr Zita in northern Hama", [("opposition", True)]),
        # the speaker's pronoun across an acronym in brackets and an apposition, and a quote opening on the verb
        (
            "The Syrian Democratic Forces (SDF), an alliance of Kurdish and Arab fighters, said they fully seized Kafr "
            "Zita from Daesh on Wednesday",
            [("sdf", True)],
        ),
        ("The Syrian military says it has “fully liberated” the town of Kafr Zita", [("government", True)]),
        # a bare perfect participle, a pluperfect reported with a bare subject, a month that is not "may"
        ("The Syrian army and its allies have taken Kafr Zita", [("government", True)]),
        (
            "The Observatory said on Saturday that regime forces had captured Kafr Zita from rebels",
            [("government", True)],
        ),
        ("The SDF on Wednesday (10 May) captured Kafr Zita from ISIS", [("sdf", True)]),
        # a time between "control" and "of"; a group's last stronghold named as the place taken
        ("Regime troops regained control on Wednesday of the strategic town of Kafr Zita", [("government", True)]),
        ("Syrian troops retake last ISIS urban stronghold of Kafr Zita", [("government", True)]),
        # driven out of it, freed (a place must follow), and the side it was taken from before the place
        ("Free Syrian Army backed by the Turkish military has driven the YPG out of Kafr Zita", [("turkey", True)]),
        ("The army freed Kafr Zita from the terrorists", [("government", True)]),
        ("Rebels freed 20 hostages in Kafr Zita", []),
        (
            "The Syrian army on Saturday recaptured from Islamic State (IS) the town of Kafr Zita",
            [("government", True)],
        ),
        # (stop 35, from the first held-out probe once measured) the side it is taken from between "control" and
        # "of"; a quote closing on "control"; "drove X from Y"; a bastion named as the place; "Syria army"; two sides
        # coordinated by their countries' possessives; a relative clause's object is no speaker
        ("The army took full control from rebel groups of the town of Kafr Zita", [("government", True)]),
        ("Kurdish fighters ‘take full control’ of Kafr Zita from Islamic State", [("sdf", True)]),
        ("Kurdish forces on Monday drove the Islamic State from Kafr Zita", [("sdf", True)]),
        ("Syria army recaptures rebel bastion Kafr Zita", [("government", True)]),
        ("Syria’s army and Lebanon’s Hezbollah seized full control of Kafr Zita on Sunday", [("government", True)]),
        (
            "Syrian rebels who ousted president Bashar al-Assad said on Tuesday that they had taken Kafr Zita",
            [("opposition", True)],
        ),
        # ground gained in a place is not the place
        ("Assad’s forces expand control in Kafr Zita as rebels agree to surrender", [("government", False)]),
        # the state media's phrase for a town retaken
        ("Army units restored security and stability to Kafr Zita", [("government", True)]),
        (
            "The Syrian military said troops had 'restored security and stability' in Kafr Zita after driving out "
            "the rebels",
            [("government", True)],
        ),
        # an entry after the other side's going is a capture; an entry under a deal is not
        ("Syrian army enters Kafr Zita after rebel surrender and evacuation to Idlib", [("government", True)]),
        ("Regime forces entered the town of Kafr Zita as the last militants left the area", [("government", True)]),
        ("Syrian army troops entered the town of Kafr Zita after an agreement with the SDF", [("government", False)]),
        # nearly all of it is not the place; a capture that help is meant for is not one yet
        ("The SDF have taken near complete control of Kafr Zita", [("sdf", False)]),
        ("Russian jets bombed Morek to help regime forces seize Kafr Zita", []),
        # backers listed with commas before the verb
        (
            "The Syrian army backed by local militias, Russian and Syrian warplanes, managed to recapture Kafr Zita",
            [("government", True)],
        ),
    ],
)
def test_wire_captures_of_other_outlets(gaz, actors, title, expected):
    evs = [e for e in _events(gaz, actors, "", title=title) if e.place.name == "Kafr Zita"]
    assert [(e.actor1, e.control_change) for e in evs] == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Syrian government forces and rebels battle outside Kafr Zita", [("government", "opposition")]),
        ("The regime and rebel forces clash in Kafr Zita", [("government", "opposition")]),
        # allies named together fight as one side
        ("Hezbollah and regime forces clash in Kafr Zita", [("iran", "")]),
        ("Rebel fighters clash with regime forces in Kafr Zita", [("opposition", "government")]),
    ],
)
def test_two_sides_that_clash_with_each_other(gaz, actors, title, expected):
    assert [(e.actor1, e.actor2) for e in _events(gaz, actors, "", title=title)] == expected


def test_the_ends_of_a_road_and_a_capital_named_for_its_government_are_not_where_it_happened(gaz, actors):
    title = "The army regained control of a town on the highway linking Kafr Zita and Morek"
    assert _events(gaz, actors, "", title=title) == []
    title = "Rebels fighting troops loyal to Damascus seized Kafr Zita"
    assert [(e.place.name, e.control_change) for e in _events(gaz, actors, "", title=title)] == [("Kafr Zita", True)]
    # (a shelled road is still shelled at its ends)
    title = "Regime forces shelled the road linking Kafr Zita and Morek"
    assert [e.place.name for e in _events(gaz, actors, "", title=title)] == ["Kafr Zita", "Morek"]


def test_a_capture_of_a_town_described_but_not_named_is_listed_unplaced(gaz, actors):
    reading = _all(gaz, actors, "", title="Kurdish fighters seized control of a key border town from the Islamic State")
    assert reading.events == []
    (u,) = reading.unplaced
    assert (u.sub_event_type, u.actor1, u.actor2, u.reason) == (
        "Non-state actor overtakes territory",
        "sdf",
        "isis",
        "names no place",
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # aircraft named as a side, and their attack: a strike from the air, by that side
        ("Russian warplanes attack positions in Kafr Zita", [("Air/drone strike", "russia")]),
        (
            "At least 3 citizens died in the intense helicopters’ attack on the town of Kafr Zita",
            [("Air/drone strike", "government")],
        ),
        # a rubric that names the kind of the attacks after it
        (
            "Israeli strikes | Attacks on Kafr Zita and Morek leave ten fatalities among regime forces",
            [("Air/drone strike", "israel"), ("Air/drone strike", "israel")],
        ),
        # (men who attack fight)
        ("Rebels attack regime positions in Kafr Zita", [("Armed clash", "opposition")]),
    ],
)
def test_attacks_from_the_air(gaz, actors, title, expected):
    assert [(e.sub_event_type, e.actor1) for e in _events(gaz, actors, "", title=title)] == expected


def test_a_big_city_that_locates_what_was_taken_is_not_taken(gaz, actors):
    # a governorate's city after a comma that ends the sentence, before "town", after "villages of": where, not what
    evs = _events(gaz, actors, "", title="It appears the SDF have fully taken Tal Rifaat, Aleppo.")
    assert [(e.place.name, e.control_change) for e in evs] == [("Tell Rifaat", True)]
    for title in (
        "Syrian regime seizes strategic Latakia town with Russian support",
        "ISIS seizes villages of Aleppo city",
    ):
        (e,) = _events(gaz, actors, "", title=title)
        assert (e.kind, e.geo_precision, e.control_change) == ("capture", 2, False), title
    # (a backer "with Russian support" is no side fought)
    (e,) = _events(gaz, actors, "", title="Syrian regime seizes strategic Latakia town with Russian support")
    assert (e.actor1, e.actor2) == ("government", "")
    # a list that goes on after the city keeps it
    evs = _events(gaz, actors, "", title="The SDF took Tal Rifaat, Aleppo and Manbij")
    assert [e.place.name for e in evs] == ["Tell Rifaat", "Aleppo", "Manbij"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # bombs that are devices, not fire: twin bombings, motorbike bombs that explode, bomb attacks
        ("Fifteen killed in twin bombings targeting Kafr Zita", ["Remote explosive/landmine/IED"]),
        ("Motorbike bombs explode in Kafr Zita", ["Remote explosive/landmine/IED"]),
        ("Twin bomb attacks have killed at least 26 people in Kafr Zita", ["Remote explosive/landmine/IED"]),
        # (a window of text cut inside "carr|ied" names no IED)
        ("Russian jets carried out early on Tuesday airstrikes on Kafr Zita", ["Air/drone strike"]),
        # (bombing by a side is still its fire)
        ("Regime forces bombed Kafr Zita", ["Shelling/artillery/missile attack"]),
    ],
)
def test_bombs_that_are_devices(gaz, actors, title, expected):
    assert [e.sub_event_type for e in _events(gaz, actors, "", title=title)] == expected


def test_article_prose_on_sieges_repelled_attempts_and_lost_towns(gaz, actors):
    """Agency prose, not SOHR's titles: who broke whose siege, who repelled whom after "said they", a side pushed out
    in lower case, and a town "lost to" a side."""

    def read(text):
        return [
            (e.sub_event_type, e.actor1, e.actor2, e.place.name, e.control_change, e.new_controller)
            for e in _events(gaz, actors, "", title=text)
        ]

    # the besieger is named inside the siege (or after "imposed by"); the side that broke it fought it
    assert read("Regime forces break ISIS siege on Deir Ezzor.") == [
        ("Armed clash", "government", "isis", "Deir ez-Zor", False, "")
    ]
    assert read("The army broke a three-year Islamic State siege of Deir al-Zor, state television said.") == [
        ("Armed clash", "government", "isis", "Deir ez-Zor", False, "")
    ]
    assert read("The regime forces break the siege imposed by ISIS on Kuweires airport.")[0][1:3] == (
        "government",
        "isis",
    )
    # the speaker repelled; the attempt's agent attacked
    assert read("Rebels said they had repelled an attempt by government forces to advance on Kafr Sijnah.") == [
        ("Armed clash", "government", "opposition", "Kafr Sijnah", False, "")
    ]
    # a side driven out, named in lower case, lost the place
    assert read("Rebels pushed government forces out of Kafr Nabudah on Monday.") == [
        ("Non-state actor overtakes territory", "opposition", "government", "Kafr Nabudah", True, "opposition")
    ]
    # "lost X to Y": Y took it from the subject; fighters lost to an attack are no place lost
    assert read("Rebels lost Kafr Nabudah to government forces.") == [
        ("Government regains territory", "government", "opposition", "Kafr Nabudah", True, "government")
    ]
    (e,) = _events(gaz, actors, "", title="The regime forces lost control of Kafr Zita to ISIS")
    assert (e.new_controller, e.old_controller) == ("isis", "government")
    lost_men = _events(gaz, actors, "", title="The regime lost 5 fighters to ISIS attacks near Kafr Zita")
    assert not any(e.control_change for e in lost_men)


def test_relief_drops_toll_updates_and_the_victims_of_the_act_before(gaz, actors):
    """From the errors of the development sample dev27 (read after its unseen figures were recorded): relief dropped
    from the air is no strike; more dead counted in an act named before a raised toll, a toll risen before the act and
    a week's total are no event of the date; those killed by one act are no side of the next; the killers before
    "kills … in an attack" attacked."""

    def read(title):
        reading = _all(gaz, actors, "", title=title)
        return [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in reading.events] + [
            (u.sub_event_type, u.actor1, u.actor2, None) for u in reading.unplaced
        ]

    assert read("Clashes renewed in Kafr Zita and planes drop aid on Deir Ezzor") == [
        ("Armed clash", "unidentified", "", "Kafr Zita")
    ]
    assert read("Aid dropped over Kafr Zita and Morek and the regime forces shell Deir Ezzor") == [
        ("Shelling/artillery/missile attack", "government", "", "Deir ez-Zor")
    ]
    assert read("Helicopters drop barrel bombs on Kafr Zita") == [("Air/drone strike", "government", "", "Kafr Zita")]
    # toll updates and totals
    assert read("More casualties in the massacre of Kafr Zita raise the death toll to 19 casualties") == []
    assert read("more causalities rising to 11 in new aerial bombardment on Kafr Zita") == []
    assert read("123 civilian casualties in a week of military operations and massacres in Kafr Zita") == []
    # an act whose toll is new today stays one ("15 casualties in the massacre of X raise the number …")
    assert read("A new massacre in the town of Kafr Zita raises the number of casualties in the town to 76")
    # the killed of one act did not do the next
    assert read("Warplanes kill ISIS members in Kafr Zita and shelling targets Morek") == [
        ("Air/drone strike", "unidentified", "isis", "Kafr Zita"),
        ("Shelling/artillery/missile attack", "unidentified", "", "Morek"),
    ]
    # "X kills Y in an attack" / "Y killed by X in an attack": X attacked Y
    assert read("Islamic State kills 5 regime forces in an attack on Kafr Zita") == [
        ("Armed clash", "isis", "government", "Kafr Zita")
    ]
    assert read("5 regime soldiers killed by ISIS in an attack on Kafr Zita") == [
        ("Armed clash", "isis", "government", "Kafr Zita")
    ]


def test_article_prose_in_a_body_reads_the_past_of_lost_and_broke(gaz, actors):
    """In a report's body the present is a state ("Regime forces break the siege" tells no news) and the past is the
    news: "lost" and "broke" are past forms (they were read as base forms, so the body dropped the capture and the
    siege broken)."""
    evs = _events(gaz, actors, "Rebels lost Kafr Nabudah to government forces on Monday.")
    assert [(e.sub_event_type, e.actor1, e.actor2, e.control_change) for e in evs] == [
        ("Government regains territory", "government", "opposition", True)
    ]
    evs = _events(gaz, actors, "The army broke a three-year Islamic State siege of Deir al-Zor, state television said.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [("Armed clash", "government", "isis")]
    assert _events(gaz, actors, "Regime forces break the siege of Deir al-Zor every year.") == []
    # a counterattack made to retake a place is fought there ("attack" was; "counterattack" has no word break)
    evs = _events(gaz, actors, "Rebels launched a counterattack to retake Kafr Nabudah on Monday.")
    assert [(e.sub_event_type, e.actor1, e.place.name, e.control_change) for e in evs] == [
        ("Armed clash", "opposition", "Kafr Nabudah", False)
    ]


def test_agency_prose_on_captures(gaz, actors):
    """Captures as agencies word them (from the errors of a local probe of other outlets, web24): "took back",
    "reclaimed", "are now in full control of", "now under the control of", "seized control on Sunday morning of", a
    backer between dashes or after "with the help of", bare "troops" (the army; other armies' troops by name)."""

    def read(text):
        return [
            (e.sub_event_type, e.actor1, e.place.name, e.control_change, e.new_controller)
            for e in _events(gaz, actors, text)
        ]

    gov = ("Government regains territory", "government")
    assert read("Syrian forces took back Kafr Zita on Sunday.") == [(*gov, "Kafr Zita", True, "government")]
    assert read("Government forces reclaimed overnight the village of Morek.") == [(*gov, "Morek", True, "government")]
    assert read("The army and popular forces are now in full control of the village of Morek.") == [
        (*gov, "Morek", True, "government")
    ]
    assert read("Kafr Zita is now under the control of government forces.") == [(*gov, "Kafr Zita", True, "government")]
    assert read("The army now controls Kafr Zita, state media said.") == []  # a hold, not news of a change
    assert read("Turkish-backed Syrian rebels seized control on Sunday morning of the town of Morek.") == [
        ("Non-state actor overtakes territory", "turkey", "Morek", True, "turkey")
    ]
    assert read(
        "On Friday, the Tiger Forces – supported by allied SAA factions – recaptured the village of Morek."
    ) == [(*gov, "Morek", True, "government")]
    assert read("Syrian forces, with the help of Russian air support, took back Kafr Zita on Sunday.") == [
        (*gov, "Kafr Zita", True, "government")
    ]
    assert read("The TV said troops seized the villages of Kafr Zita and Morek on Friday.") == [
        (*gov, "Kafr Zita", True, "government"),
        (*gov, "Morek", True, "government"),
    ]
    assert read("Turkish troops seized Morek.")[0][1] == "turkey"


def test_a_dateline_is_where_the_report_was_filed(gaz, actors):
    """ "DAMASCUS, Syria – A suicide bomber …", "Hama, SANA –", "HAMA (Reuters) -": the city a wire report opens on is
    where it was filed, not where its news happened; with no other place the event is listed unplaced (a past verb
    inside the event words makes a body's event: "a suicide bomber in a car blew himself up")."""
    reading = _all(
        gaz,
        actors,
        "HAMA, Syria – A suicide bomber in a car blew himself up at a checkpoint in central Syria on Saturday.",
    )
    assert reading.events == []
    assert [u.sub_event_type for u in reading.unplaced] == ["Suicide bomb"]
    evs = _events(gaz, actors, "Hama, SANA – A civilian was wounded by a mortar shell that fell on Morek.")
    assert [e.place.name for e in evs] == ["Morek"]
    evs = _events(gaz, actors, "HAMA (Reuters) - Rebels shelled Morek on Monday.")
    assert [e.place.name for e in evs] == ["Morek"]
    # a list that opens a sentence is no dateline
    evs = _events(gaz, actors, "Morek, Kafr Zita and Al-Lataminah were shelled on Monday.")
    assert [e.place.name for e in evs] == ["Morek", "Kafr Zita", "Al-Lataminah"]


def test_agency_prose_second_round(gaz, actors):
    """From the errors of a third local probe of agency text (web26, read after its held-out figures were recorded):
    "managed to liberate" is done (an operation's purpose reached, and in a body its past); a storm that forced the
    other side out took the place; a quote before "full control"; "fell back into the hands of"; the president's name;
    a base and a district the gazetteer lacks, where the text puts them; weapons' nouns joined by "and" share their
    owner; a munition dropped from a side's aircraft is that side's (and a munition is no side hit)."""

    def read(text):
        return [
            (e.sub_event_type, e.actor1, e.actor2, e.place.name, e.control_change) for e in _events(gaz, actors, text)
        ]

    gov = "Government regains territory"
    assert read("Syrian soldiers carried out an operation and managed to liberate Morek on Tuesday.") == [
        (gov, "government", "", "Morek", True)
    ]
    assert read("Members of the Islamic State stormed the town of Morek, forcing rebels to withdraw.")[0][::4] == (
        "Non-state actor overtakes territory",
        True,
    )
    assert read("Syrian regime forces have regained “full control” of Kafr Zita on Saturday.") == [
        (gov, "government", "", "Kafr Zita", True)
    ]
    assert read("On Tuesday, Morek fell back into the hands of Syrian President Bashar al-Assad.") == [
        (gov, "government", "", "Morek", True)
    ]
    (e,) = _events(gaz, actors, "The rebels seized control of the Tell Foo base in Hama province after heavy fighting.")
    assert (e.place.name, e.place.kind, e.place.unlisted, e.control_change) == ("Tell Foo", "base", True, True)
    # (a base the gazetteer has is its own point: the detailed map marks the Qarmeed camp in Idlib)
    (e,) = _events(gaz, actors, "The rebels seized control of the Qarmeed base in Idlib province after heavy fighting.")
    assert (e.place.name, e.place.kind, e.place.unlisted, e.control_change) == ("Qarmeed", "base", False, True)
    (e,) = _events(gaz, actors, "Pro-regime forces overran the district of Ramouseh in Hama province on Thursday.")
    assert (e.place.name, e.place.unlisted, e.new_controller) == ("Ramouseh", True, "government")
    # (people of no side killed are ACLED's civilians, the victims of both weapons named after the toll)
    assert read("Thirteen people were killed in regime shelling and air strikes in Morek.") == [
        ("Shelling/artillery/missile attack", "government", "civilians", "Morek", False),
        ("Air/drone strike", "government", "civilians", "Morek", False),
    ]
    assert read("A barrel bomb was dropped from a Syrian Army helicopter on Morek on Thursday.") == [
        ("Air/drone strike", "government", "", "Morek", False)
    ]
    assert read("Regular forces bombarded Morek with mortar shells.")[0][1] == "government"


def test_agency_prose_third_round(gaz, actors):
    """From the errors of a fourth local probe (web27, other kinds of event, read after its held-out figures were
    recorded): a passive killing by a named side is that side's act (not the toll of another act it names); aircraft
    that were bombing struck from the air; a speaker who says "they have captured"; Syrian war planes are the
    government's; a US drone strike is the coalition's."""

    def read(text):
        return [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in _events(gaz, actors, text)]

    assert read("At least 14 people, among them women, were killed by Syrian rebels in the village of Morek.") == [
        ("Attack", "opposition", "civilians", "Morek")
    ]
    assert read("Around 20 people were killed by regime forces in the tunnel bombing in Morek.")[0][0] != "Attack"
    assert read("Warplanes believed to be Russian were bombing Morek and its surroundings.") == [
        ("Air/drone strike", "russia", "", "Morek")
    ]
    assert read("The bombing of Morek continued.")[0][0] == "Shelling/artillery/missile attack"
    assert read("Syrian rebels say they have captured Morek after a day of fierce clashes.")[0][:2] == (
        "Non-state actor overtakes territory",
        "opposition",
    )
    assert read("A Syrian war plane bombarded Morek on Wednesday.")[0][:2] == ("Air/drone strike", "government")
    assert read("A US drone strike killed at least 10 attendees at a meeting in Morek on Thursday.")[0][:2] == (
        "Air/drone strike",
        "coalition",
    )


def test_a_side_that_fights_from_the_air_strikes_from_it(gaz, actors):
    """ "Israel struck at the military airport near X", "ISRAEL attacked a military base": with no weapon named, a side
    whose means are the air (the actor table's ``means``) made an air strike; "the coalition targets the area" stays
    shelling (the gold's ruling), and a ground side's attack is fighting."""

    def kinds(text):
        return [(e.sub_event_type, e.actor1) for e in _events(gaz, actors, text)]

    assert kinds("The command of the Syrian army said that Israel struck at the military airport near Morek.") == [
        ("Air/drone strike", "israel")
    ]
    assert kinds("ISRAEL attacked a military base next to Morek yesterday.") == [("Air/drone strike", "israel")]
    assert kinds("ISIS attacked Morek.") == [("Armed clash", "isis")]


def test_agency_prose_on_captures_by_adjective_lists_and_loyal_forces(gaz, actors):
    """Captures as stop 37's probes of agency prose word them: the side as the word before "control", a second
    town "nearby", a side evicted or swept out, "forces loyal to" a leader, a coordinated subject named by its first
    member, and a part of a town retaken."""

    def read(text, date=D):
        return [
            (e.sub_event_type, e.actor1, e.actor2, e.place.name, e.control_change, e.new_controller)
            for e in _events(gaz, actors, text, date)
        ]

    # "came under full governmental control": every town of the list changes hands, to the side before "control"
    evs = read("The towns of Kafr Nabudah and Khan Shaykhun came under full governmental control on Sunday.")
    assert [(e[3], e[4], e[5]) for e in evs] == [
        ("Kafr Nabudah", True, "government"),
        ("Khan Shaykhun", True, "government"),
    ]
    evs = _events(gaz, actors, "", title="Kafr Nabudah came under heavy shelling on Sunday")
    assert [(e.sub_event_type, e.control_change) for e in evs] == [("Shelling/artillery/missile attack", False)]
    # "X village and the nearby town of Y": both taken ("nearby" before a type word and "of" names the town itself)
    evs = read("Syrian troops seized the Kafr Nabudah village and the nearby town of Khan Shaykhun on Monday.")
    assert [(e[3], e[4]) for e in evs] == [("Kafr Nabudah", True), ("Khan Shaykhun", True)]
    # evicted / swept out: the side driven out loses the place after "from" / "out of"
    assert read("Government forces evicted Islamic State fighters from the town of Khan Shaykhun on Monday.") == [
        ("Government regains territory", "government", "isis", "Khan Shaykhun", True, "government")
    ]
    # "forces loyal to President Bashar Assad": the men are the regime's; a participle clause after "before" keeps
    # the main clause's subject
    evs = read(
        "Forces loyal to President Bashar Assad captured Kafr Nabudah early Monday before also sweeping rebels "
        "out of Khan Shaykhun."
    )
    assert [(e[1], e[2], e[3], e[5]) for e in evs] == [
        ("government", "", "Kafr Nabudah", "government"),
        ("government", "opposition", "Khan Shaykhun", "government"),
    ]
    # "Turkish Armed Forces and Free Syrian Army (FSA) units": the side is the first member named
    evs = read("Turkish Armed Forces and Free Syrian Army (FSA) units liberated Afrin from the YPG on Sunday.")
    assert [(e[1], e[3]) for e in evs] == [("turkey", "Afrin")]
    # a part of a town retaken ("nearly half of") is a capture there, not a change of its control
    assert read("Islamic State militants have retaken nearly half of Albu Kamal in a counter-attack, a monitor said.")[
        0
    ][:5] == ("Non-state actor overtakes territory", "isis", "", "Albu Kamal", False)
    # a capture dated to an earlier year is background, not news of the report's date
    assert read("Government forces retook Aleppo at the end of 2016 after an offensive.", dt.date(2018, 5, 1)) == []


def test_agency_prose_on_shootings_strafing_and_districts(gaz, actors):
    """Shots "at" or "on" people (force against protesters; a side's forces fired on is fighting), "strafed",
    fighting "after clashes with" a side, and a district named after its city ("the eastern Damascus district of
    Jobar") — stop 37's probes of agency prose."""

    def read(text):
        return [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in _events(gaz, actors, text)]

    # (security forces no side names are the state's: force against a protest by the government)
    assert read("Security forces fired on hundreds of anti-government protesters in Latakia on Friday.") == [
        ("Excessive force against protesters", "protesters", "government", "Latakia")
    ]
    assert read("The YPG said Turkey shot at its forces in the town of Tal Abyad on Sunday.")[0][:2] == (
        "Armed clash",
        "turkey",
    )
    # shells fired at a place stay shelling (the munition fired, not a shooting)
    assert [e[0] for e in read("Rockets fired at Aleppo city killed 3 civilians on Sunday.")] == [
        "Shelling/artillery/missile attack"
    ]
    assert read("Regime helicopters strafed the Eastern Ghouta on Sunday.") == [
        ("Air/drone strike", "government", "", "Eastern Ghouta")
    ]
    evs = read("ISIS seized seven checkpoints after clashes with pro-regime troops in Homs province on Monday.")
    assert [(e[0], e[1], e[2]) for e in evs] == [("Armed clash", "isis", "government")]
    assert read("On Tuesday, the army pounded the eastern Damascus district of Jobar.") == [
        ("Shelling/artillery/missile attack", "government", "", "Jobar")
    ]
    # a same-named town far from the city is not its district: the city stays the place
    assert [e[3] for e in read("Mortar shells hit the central Damascus district of Qanawat on Thursday.")] == [
        "Damascus"
    ]
    # the other way round, the city after "neighborhood of" only locates the district
    assert [e[3] for e in read("Shells hit the Sheikh Maqsoud neighborhood of Aleppo city on Sunday.")] == [
        "Sheikh Maqsood"
    ]


def test_agency_prose_on_reported_pluperfects_asides_and_reference_points(gaz, actors):
    """Stop 37's second probe of captures (web30, read after its held-out figures): a source's pluperfect with a
    long subject or "also", "wrested back control", an aside between dashes, a side "fighting against" another, an
    entry after the other side "had withdrawn", a town "N kilometers from" a city, "forced X out of", "proceeded to
    take", places that "came under airstrikes", a road's second end and "nor is there an agreement"."""

    def read(text):
        return [(e.sub_event_type, e.actor1, e.place.name, e.control_change) for e in _events(gaz, actors, text)]

    assert read("The Observatory said regime forces had wrested back full control of Saraqeb.") == [
        ("Government regains territory", "government", "Saraqib", True)
    ]
    evs = read("SANA reported that Syrian troops and their allies had regained control of Kafr Nabudah on Sunday.")
    assert evs == [("Government regains territory", "government", "Kafr Nabudah", True)]
    evs = read("A rebel source said FSA factions had also captured the villages of Kafr Nabudah and Al-Habit.")
    assert [(e[1], e[2], e[3]) for e in evs] == [("opposition", "Kafr Nabudah", True), ("opposition", "Al-Habit", True)]
    # an aside between dashes neither ends the clause nor names the prize; "the Syrian Army's control" is the agent
    evs = read(
        "The towns of Kafr Nabudah and Al-Habit – all located south of Khan Shaykhun – fell to the Syrian Army’s "
        "control following clashes with rebel fighters."
    )
    assert [(e[1], e[2], e[3]) for e in evs] == [("government", "Kafr Nabudah", True), ("government", "Al-Habit", True)]
    # "fighting against" names the enemy, not the subject; an entry after the other side "had withdrawn" took the town
    evs = read(
        "Turkish troops and opposition units fighting against Syria’s government army entered Ras al-Ayn after "
        "units of the Syrian Democratic Forces had withdrawn from the city."
    )
    assert [(e[1], e[2], e[3]) for e in evs] == [("turkey", "Ras al-Ayn", True)]
    # a distance's reference city is not taken (and the agency's spelling al-Qaraytan is al-Qaryatayn)
    evs = read(
        "The army regained control of al-Qaraytan, located some 100 kilometers from the ancient city of Palmyra."
    )
    assert [(e[2], e[3]) for e in evs] == [("Al-Qaryatayn", True)]
    assert read("Kurdish forces forced ISIS out of Khan Shaykhun on Sunday.") == [
        ("Non-state actor overtakes territory", "sdf", "Khan Shaykhun", True)
    ]
    evs = read("Government troops took Kafr Nabudah, after which they proceeded to take Al-Habit and Morek.")
    assert [(e[2], e[3]) for e in evs] == [("Kafr Nabudah", True), ("Al-Habit", True), ("Morek", True)]
    evs = read(
        "A collapse in government defences allowed the rebels to also take a string of villages including Kafr Nabudah and Morek."
    )
    assert [(e[1], e[2], e[3]) for e in evs] == [("opposition", "Kafr Nabudah", True), ("opposition", "Morek", True)]
    assert [e[:3] for e in read("Activists said that Kafr Zeta and Morek towns came under airstrikes Monday.")] == [
        ("Air/drone strike", "unidentified", "Kafr Zita"),
        ("Air/drone strike", "unidentified", "Morek"),
    ]
    # the far end of the road a town stands on is not taken with it
    evs = read("Rebels overran Maaret al-Numan on the highway linking Damascus with Aleppo after a 48-hour battle.")
    assert [(e[2], e[3]) for e in evs] == [("Maarat al-Numan", True)]
    assert read("The army has not entered Morek, nor is there an agreement for such a withdrawal.") == []


def test_agency_prose_on_weapons_protests_and_suburbs(gaz, actors):
    """Stop 37's probe of other kinds of event (web31, read after its held-out figures): a weapon that names its
    attack ("a barrel bomb attack"), shells that "exploded", shelling across "the rebel-held besieged town of X", fire
    opened on demonstrators by an unnamed force, "struggling with taking" a town, and "the Damascus suburb of Douma"."""

    def read(text):
        return [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in _events(gaz, actors, text)]

    assert [
        e[:2] + e[3:] for e in read("Fifteen people were killed in a barrel bomb attack on the city of Aleppo.")
    ] == [("Air/drone strike", "government", "Aleppo")]
    assert read("Two teachers were wounded when mortar shells exploded near a school in Jobar on Thursday.") == [
        ("Shelling/artillery/missile attack", "unidentified", "civilians", "Jobar")
    ]
    assert read(
        "Regime shelling killed four schoolchildren on Tuesday in the rebel-held besieged town of Jisreen, a monitor said."
    ) == [("Shelling/artillery/missile attack", "government", "civilians", "Jisrein")]
    assert read(
        "Security forces opened fire on hundreds of demonstrators in the southern city of Deraa on Monday."
    ) == [("Excessive force against protesters", "protesters", "government", "Daraa")]
    assert read("The Turkish army and Turkey-backed rebels are struggling with taking al-Bab from ISIS.") == [
        ("Armed clash", "turkey", "isis", "Al-Bab")
    ]
    # a city before "suburb of" holds the smaller city named after it, either way round
    for text in (
        "Four activists were kidnapped today in the rebel-held Damascus suburb of Douma.",
        "Four activists were kidnapped today in the Douma suburb of Damascus.",
    ):
        assert [e[3] for e in read(text)] == ["Douma"]


def test_a_capture_names_the_side_it_was_fought_from_after_it(gaz, actors):
    """The side a place was fought for against, named after the capture ("following fierce clashes with ISIS",
    "after driving out rebel forces"), is the capture's second actor; a side named as the winner is not."""

    def read(text):
        return [
            (e.sub_event_type, e.actor1, e.actor2, e.place.name, e.control_change) for e in _events(gaz, actors, text)
        ]

    assert read("SDF fighters liberated the village of Khan Shaykhun following fierce clashes with ISIS gangs.") == [
        ("Non-state actor overtakes territory", "sdf", "isis", "Khan Shaykhun", True)
    ]
    assert read(
        "The military said troops had restored security and stability in Yabroud after driving out rebel forces."
    ) == [("Government regains territory", "government", "opposition", "Yabroud", True)]
    # no side fought is named: none is guessed
    assert read("Army units have regained full control over al-Mayadeen city on Sunday.") == [
        ("Government regains territory", "government", "", "Al-Mayadin", True)
    ]


def test_an_ellipsis_inside_a_quote_keeps_the_subject_with_its_verb(gaz, actors):
    """ "The army forces … restored security and stability to all of X": the words left out of a quote do not end the
    clause, so the army restored it; an ellipsis between two statements of a title still parts them."""
    evs = _events(
        gaz,
        actors,
        "“The army forces … restored security and stability to all of Deir-ez-Zor city,” a spokesman said.",
        dt.date(2017, 11, 3),
    )
    assert [(e.sub_event_type, e.actor1, e.place.name, e.control_change) for e in evs] == [
        ("Government regains territory", "government", "Deir ez-Zor", True)
    ]
    evs = _events(gaz, actors, "", title="Regime forces … shelling on Kafr Zita and clashes in Morek")
    assert [(e.sub_event_type, e.actor1) for e in evs] == [
        ("Shelling/artillery/missile attack", "unidentified"),
        ("Armed clash", "unidentified"),
    ]


def test_monitor_titles_on_captures_occupied_announced_assumed_and_unnamed_villages(gaz, actors):
    """Stop 37's probe of monitors' titles (web35, read after its held-out figures): "occupied the town of X",
    "announced Monday their control of", "assumed full control of", a weekday between a capture verb and its object;
    villages "in" a city are ground near it, "the village of <name the gazetteer lacks>" is no anaphor of a place
    named before."""

    def read(text):
        return [(e.sub_event_type, e.actor1, e.place.name, e.control_change) for e in _events(gaz, actors, text)]

    assert read("Earlier this week, the regime militiamen occupied the town of Kafr Nabudah, residents said.") == [
        ("Government regains territory", "government", "Kafr Nabudah", True)
    ]
    assert read("The YPG announced Monday their control of the village of Kafr Nabudah after battles with ISIS.") == [
        ("Non-state actor overtakes territory", "sdf", "Kafr Nabudah", True)
    ]
    assert read("Regime forces assumed full control of Kafr Nabudah on Sunday.") == [
        ("Government regains territory", "government", "Kafr Nabudah", True)
    ]
    assert read("Rebel fighters regained Tuesday the Kafr Nabudah village.") == [
        ("Non-state actor overtakes territory", "opposition", "Kafr Nabudah", True)
    ]
    evs = _events(gaz, actors, "", title="Armed factions regained villages in Hama")
    assert [(e.place.name, e.control_change) for e in evs] == [("Hama", False)]
    # the capture of a village the gazetteer lacks is not drawn at the city its fighters were advancing towards
    evs = read(
        "SDF fighters advancing towards Raqqa have liberated the village of Mashûrî to the south of Jazera village."
    )
    assert not any(e[3] for e in evs)


def test_agency_captures_by_reported_speech_passives_and_partners(gaz, actors):
    """Stop 38's read probes (web32–34, after their held-out figures): "X say they have captured Y", "The army said two
    days ago it had taken Y", "were back in control of", "were driven out of", "wrested/wrestled Y from X", "lost Y in
    Syria to X", "pushed X away from"; a partner set off by commas ("X, in coordination with A and B, seized Y") or a
    backer after the side it backs ("army troops backed by fighters from the Lebanese group Hezbollah") is not the
    subject; people captured are no ground taken."""

    def read(text, date=D):
        return [
            (e.sub_event_type, e.actor1, e.actor2, e.place.name, e.control_change)
            for e in _events(gaz, actors, text, date)
        ]

    assert read("Syrian opposition fighters backed by Turkey say they have captured the town of Kafr Nabudah.") == [
        ("Non-state actor overtakes territory", "turkey", "", "Kafr Nabudah", True)
    ]
    assert read("The army said two days ago it had taken Kafr Nabudah.") == [
        ("Government regains territory", "government", "", "Kafr Nabudah", True)
    ]
    assert read("The Observatory said pro-regime forces were back in control of Kassab on Thursday.") == [
        ("Government regains territory", "government", "", "Kassab", True)
    ]
    # the side before the passive lost the place; no taker is named, so no change is drawn
    # (stop 75: driven out with no winner named is the side's withdrawal, as the gold's guidelines rule)
    assert read("Extremist fighters of the Islamic State were driven out of Kobani on Monday.") == [
        ("Non-violent transfer of territory", "isis", "", "Kobani", False)
    ]
    assert read("On Monday, the YPG wrestled the town of Kobani from ISIS after a month of fighting.") == [
        ("Non-state actor overtakes territory", "sdf", "isis", "Kobani", True)
    ]
    assert read("On Monday, the IRGC and its allies lost the town of Khan Touman in Syria to Jaish al Fath.") == [
        ("Non-state actor overtakes territory", "opposition", "iran", "Khan Tuman", True)
    ]
    assert read(
        "Al-Nusra Front, in coordination with rebel groups of Jund al-Aqsa and Ahrar al-Sham, seized Kafr Nabudah on"
        " Monday."
    ) == [("Non-state actor overtakes territory", "hts", "", "Kafr Nabudah", True)]
    assert read(
        "Army troops backed by fighters from the Lebanese Shiite military group Hezbollah seized the village of Kassab."
    ) == [("Government regains territory", "government", "", "Kassab", True)]
    # (the helpers after the verb are no side fought)
    assert read("Regime troops seized control of Kassab overnight with the help of Russian air strikes.")[0] == (
        "Government regains territory",
        "government",
        "",
        "Kassab",
        True,
    )
    # a governor, persons or civilians captured: an abduction, not ground taken ("captured two pilots" takes no place:
    # an arrest with none, see test_fighters_captured_are_persons_taken_not_ground)
    assert read("Syrian activists say rebels have captured the governor of Idlib province.") == [
        ("Abduction/forced disappearance", "opposition", "civilians", "Idlib", False)
    ]
    assert [e.kind for e in _all(gaz, actors, "Rebels captured two pilots on Tuesday.").events] == []


def test_agency_prose_on_markets_interceptions_raids_and_infighting(gaz, actors):
    """A strike on a market harms civilians; air defences that intercept missiles are a disrupted strike (the
    missiles' own words are not a second one); a raid told with its arrests is the arrests; factions firing "against
    each other" fight; "opposition activists said" names a source, not a side; a country across a crossing is no
    target."""

    def read(text):
        return [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in _events(gaz, actors, text)]

    assert read("An attack on a marketplace in the town of Darkush killed 53 people on Sunday.") == [
        ("Attack", "unidentified", "civilians", "Darkush")
    ]
    assert read(
        "Syrian government warplanes struck a busy market in Idlib on Wednesday, killing at least 19 people, opposition"
        " activists said."
    ) == [("Air/drone strike", "government", "civilians", "Idlib")]
    assert read(
        "Syrian military air defenses thwarted missiles fired from Israeli military aircraft, targeting army positions"
        " in Quneitra province on Thursday, state media said."
    ) == [("Disrupted weapons use", "government", "israel", "Quneitra")]
    assert read(
        "Military and security forces launched raids in the town of Kafruma, arresting 13 people, the same source said."
    ) == [("Arrests", "government", "", "Kafr Rumah")]
    assert read("The two FSA factions opened fire against each other in the town of Al-Yadoudeh.") == [
        ("Armed clash", "opposition", "opposition", "Al Yadudah")
    ]
    assert read("A car bomb has exploded on the Syrian side of the Bab al-Hawa crossing with Turkey.") == [
        ("Remote explosive/landmine/IED", "unidentified", "", "Bab al-Hawa crossing")
    ]
    assert read("In the neighboring town of Homs, security police shot two protesters, say activists.") == [
        ("Excessive force against protesters", "protesters", "government", "Homs")
    ]
    # a rally's slogan is no capture
    assert [e.kind for e in _events(gaz, actors, "A rally in Homs demanded the fall of the regime.")] == ["protest"]


def test_agency_places_outlets_adjectives_references_and_initials(gaz, actors):
    """ "al-Mayadeen TV" is a broadcaster, not Al-Mayadin; "the predominantly Armenian Christian town of Kassab" is
    Kassab; "Jarabulus, about 60 miles northeast of the city of Aleppo" is Jarabulus; "U.S. fighter jets" does not end
    a sentence after "U.S."; "executed 9 abductees and crucified them in Raqqa" happened in Raqqa."""

    def read(text):
        return [(e.sub_event_type, e.actor1, e.place.name) for e in _events(gaz, actors, text)]

    assert [e.place.name for e in _events(gaz, actors, "Al-Mayadeen TV announced that the base was captured.")] == []
    assert read(
        "Fighters from an array of armed opposition groups seized the predominantly Armenian Christian town of"
        " Kassab on Sunday."
    ) == [("Non-state actor overtakes territory", "opposition", "Kassab")]
    assert read(
        "Turkish artillery pounded Islamic State positions in Jarabulus, about 60 miles northeast of the city"
        " of Aleppo."
    ) == [("Shelling/artillery/missile attack", "turkey", "Jarabulus")]
    assert read("U.S. fighter jets conducted 14 strikes near Kobani on Wednesday.") == [
        ("Air/drone strike", "coalition", "Kobani")
    ]
    assert read("The ISIS executed 9 abductees and crucified them in public places in Raqqa.") == [
        ("Attack", "isis", "Raqqa")
    ]


def test_think_tank_and_agency_prose_on_announced_captures_datelines_and_stopped_bombs(gaz, actors):
    """Stop 38's second pair of probes (web36–37, read after their held-out figures): "announced the capture of X";
    "X was “brought under control”", said by a side; "lost al-Bab, Syria to Y"; an all-capital dateline with "--" or
    ":"; "the large city of X"; bombs defused or dismantled and missiles downed are a strike stopped; "imposed fire
    control over X" is a fight, not a capture; a retired "air force colonel" is no air strike; "The bomber
    detonated himself" is a suicide bombing."""

    def read(text, date=D):
        return [
            (e.sub_event_type, e.actor1, e.actor2, e.place.name, e.control_change)
            for e in _events(gaz, actors, text, date)
        ]

    assert read("On Thursday morning, the Syrian Arab Army announced the capture of Saraqib after a short battle.") == [
        ("Government regains territory", "government", "", "Saraqib", True)
    ]
    assert read("The Turkish Defense Ministry said that Ras al-Ayn was “brought under control” on Sunday.") == [
        ("Non-state actor overtakes territory", "turkey", "", "Ras al-Ayn", True)
    ]
    assert read("ISIS also lost al-Bab, Syria to Turkish-backed Operation Euphrates Shield on Thursday.") == [
        ("Non-state actor overtakes territory", "turkey", "isis", "Al-Bab", True)
    ]
    assert read("BEIRUT -- Syrian rebels took full control of Kafr Nabudah on Friday, activists said.") == [
        ("Non-state actor overtakes territory", "opposition", "", "Kafr Nabudah", True)
    ]
    assert read("The Syrian Arab Army, alongside Hezbollah, managed to retake the large city of Saraqib.") == [
        ("Government regains territory", "government", "", "Saraqib", True)
    ]
    assert read("Syrian bomb disposal units defused several booby-trapped houses in the town of Khanasir.") == [
        ("Disrupted weapons use", "government", "", "Khanasir", False)
    ]
    assert read("An explosive device was dismantled in Tafas.") == [
        ("Disrupted weapons use", "unidentified", "", "Tafas", False)
    ]
    assert read(
        "The Syrian Air defenses intercepted missiles fired by Israeli warplanes against Damascus and managed to shoot"
        " down most of them, a military source said."
    ) == [("Disrupted weapons use", "government", "israel", "Damascus", False)]
    assert read("The SAA also imposed fire control over the strategic town of Misraba, according to sources.") == [
        ("Armed clash", "government", "", "Misraba", False)
    ]
    assert [e.kind for e in _events(gaz, actors, "Gunmen assassinated a retired air force colonel in Qatana.")] != [
        "strike"
    ]
    assert read("The bomber detonated himself inside a restaurant in the city of Qamishli, killing five.") == [
        ("Suicide bomb", "unidentified", "", "Qamishli", False)
    ]


def test_evacuation_deals_and_deals_struck_are_agreements(gaz, actors):
    """ "In a ceasefire deal with the government, rebels have started evacuating …": an agreement carried out; "struck a deal with Russia" is no strike; "wants to deal with the rebels" is no deal."""

    def read(text):
        return [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in _events(gaz, actors, text)]

    assert read(
        "In a ceasefire deal with the government, Syrian rebels have started evacuating the last district that is under"
        " their control in the city of Homs."
    ) == [("Agreement", "government", "opposition", "Homs")]
    assert read("The rebels struck a deal with Russia in Daraa on Friday.") == [
        ("Agreement", "opposition", "russia", "Daraa")
    ]
    assert read("The regime wants to deal with the rebels in Daraa.") == []


def test_wire_prose_on_purposes_led_fighters_epithets_and_dated_speech(gaz, actors):
    """ "an operation aimed at taking back X" is a fight for X, not its fall; "Jihadists from the Islamic State group",
    "Fighters led by the Nusra Front" and "Militiamen loyal to Damascus" name who took the place (but "Rebel fighters
    led by the Nusra Front" are rebels); "fallen to the brutal Assad regime" has an epithet before the side; "The army
    said on August 22 it had recaptured X" is the army's capture."""

    def read(text):
        return [(e.sub_event_type, e.actor1, e.new_controller, e.place.name) for e in _events(gaz, actors, text)]

    assert read(
        "Government forces launched an operation aimed at taking back the town of Saraqib from the rebels."
    ) == [("Armed clash", "government", "", "Saraqib")]
    assert read("The army began its operation for retaking control of Al-Qusayr.") == [
        ("Armed clash", "government", "", "Al-Qusayr")
    ]
    assert read("Jihadists from the Islamic State group seized Tabqa airport on Friday.") == [
        ("Non-state actor overtakes territory", "isis", "isis", "Tabqa Military Airbase")
    ]
    assert read("Fighters led by the Nusra Front seized the town of Busra al-Sham on Friday.") == [
        ("Non-state actor overtakes territory", "hts", "hts", "Busra al-Sham")
    ]
    assert read("Rebel fighters led by the Nusra Front attacked Kassab on Friday.") == [
        ("Armed clash", "opposition", "", "Kassab")
    ]
    assert read("Rebels fighting to oust President Bashar Assad seized the town of Saraqib on Friday.") == [
        ("Non-state actor overtakes territory", "opposition", "opposition", "Saraqib")
    ]
    assert read("Militiamen loyal to Damascus took the town of Kafr Nabudah on Friday.") == [
        ("Government regains territory", "government", "government", "Kafr Nabudah")
    ]
    assert read("Khan Sheikhoun fell to the brutal Assad regime on Friday, activists said.") == [
        ("Government regains territory", "government", "government", "Khan Shaykhun")
    ]
    assert read("The army said on August 22 it had recaptured the town of Kassab.") == [
        ("Government regains territory", "government", "government", "Kassab")
    ]


def test_tolls_before_the_act_shootings_and_people_taken_for_a_protest(gaz, actors):
    """The victims counted in the clause before the blast or the raid are its own ("Five children were killed after a
    landmine exploded", "12 people were killed when warplanes bombed X"); "fell victim to" takes no ground; "shot and
    killed a man" is an attack on a civilian; people arrested for a demonstration are taken where they protested (no
    protest of the date), and "ten individuals" arrested are civilians."""

    def read(text):
        return [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in _events(gaz, actors, text)]

    assert read("Five children were killed after a landmine exploded in a field near Saraqib on Friday.") == [
        ("Remote explosive/landmine/IED", "unidentified", "civilians", "Saraqib")
    ]
    assert read("At least 12 people were killed when warplanes bombed the town of Nawa on Friday.") == [
        ("Air/drone strike", "unidentified", "civilians", "Nawa")
    ]
    assert read("A child fell victim to gunmen in the town of Jasim on Friday.") == []
    assert read("Gunmen shot and killed a man in the town of Jasim on Friday.") == [
        ("Attack", "unidentified", "civilians", "Jasim")
    ]
    assert read("HTS arrested three activists who organised a demonstration in the town of Dana.") == [
        ("Arrests", "hts", "civilians", "Ad-Dana")
    ]
    assert read("HTS arrested ten individuals in Salqin on Friday.") == [("Arrests", "hts", "civilians", "Salqin")]


def test_crowds_dispersed_or_gathered_infighting_and_zones_of_influence(gaz, actors):
    """A crowd broken up by force is a protest met by force; "gathered … to protest" is a protest; "between two
    factions of the Turkish-backed Syrian National Army" is one side fighting itself (two named sides stay two); a
    "Turkish zone of influence" is no target; "explosive-packed barrel bombs" fall from the air; "battled" and
    "defeated … in X" are fights; news spellings of Maarat al-Numan and the Shehba region are placed."""

    def read(text):
        return [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in _events(gaz, actors, text)]

    assert read("Security forces fired tear gas to disperse demonstrators in the city of Homs on Friday.") == [
        ("Excessive force against protesters", "protesters", "government", "Homs")
    ]
    assert read("Hundreds of people gathered outside the main mosque in Atarib on Friday to protest.") == [
        ("Peaceful protest", "protesters", "", "Al-Atarib")
    ]
    assert read(
        "Clashes broke out on Friday between two factions of the Turkish-backed Syrian National Army in Afrin."
    ) == [("Armed clash", "turkey", "turkey", "Afrin")]
    assert read("Clashes broke out between HTS and Ahrar al-Sham in Atarib on Friday.") == [
        ("Armed clash", "hts", "opposition", "Al-Atarib")
    ]
    assert read("A car bomb exploded in Azaz, in the Turkish zone of influence, killing four children.") == [
        ("Remote explosive/landmine/IED", "unidentified", "civilians", "Azaz")
    ]
    assert [
        e.sub_event_type for e in _events(gaz, actors, "Air raids with explosive-packed barrel bombs hit Yabroud.")
    ] == ["Air/drone strike"]
    assert read("Rebels and regime forces battled near Halfaya on Friday.") == [
        ("Armed clash", "opposition", "government", "Halfaya")
    ]
    assert read("Rebels defeated regime forces in Busra al-Sham on Friday.") == [
        ("Armed clash", "opposition", "government", "Busra al-Sham")
    ]
    assert read("Warplanes struck Maarat al-Nauman on Friday.") == [
        ("Air/drone strike", "unidentified", "", "Maarat al-Numan")
    ]
    assert read("Turkish shelling hit villages in Shehba on Friday.") == [
        ("Shelling/artillery/missile attack", "turkey", "", "Shehba region")
    ]


def test_capture_prose_on_partial_gains_denials_sources_and_reduced_passives(gaz, actors):
    """ "swathes of X" is part of it (no change) and mines cleared are no blast; a ministry closing the sentence is its
    source, not a target; "brought X back under control", "the SDF militia said that it had captured X" and "the towns
    seized by Jaysh al Fateh include X" are captures by the side named; a capture some reports told and the army
    denied is none; "expected to take" in a fighting force's words is no fight; "in exchange for the withdrawal" is a
    deal's term; a town "in Damascus province" may lie in the countryside round the city."""

    def read(text):
        return [
            (e.sub_event_type, e.actor1, e.actor2, e.new_controller, e.place.name) for e in _events(gaz, actors, text)
        ]

    assert read("Government forces took control of swathes of Palmyra on Friday and cleared mines.") == [
        ("Government regains territory", "government", "", "", "Palmyra")
    ]
    assert read("The army has taken control of Kafr Nabudah, the Russian Defence Ministry said on Friday.") == [
        ("Government regains territory", "government", "", "government", "Kafr Nabudah")
    ]
    assert read("The YPG brought Ras al-Ayn back under control on Friday.") == [
        ("Non-state actor overtakes territory", "sdf", "", "sdf", "Ras al-Ayn")
    ]
    assert read("The Syrian Democratic Forces militia said that it had captured the town of Baghouz on Friday.") == [
        ("Non-state actor overtakes territory", "sdf", "", "sdf", "Al-Baghuz Fawqani")
    ]
    assert read("The towns seized by Jaysh al Fateh on Friday include Muhambel.") == [
        # (the places a list after "include" names are the places taken: a change)
        ("Non-state actor overtakes territory", "opposition", "", "opposition", "Mhambal")
    ]
    assert read("Some reports said rebels had captured Kafr Nabl; however, the army denied the fall of the town.") == []
    assert read("A spokesman for the Kurdish fighting force said they expected to take Tal Abyad soon.") == []
    assert read("The rebels will hand over their weapons in exchange for the withdrawal of the army from Nawa.") == []
    assert read("The army retook the hamlet of Maalula in Damascus province on Friday.") == [
        ("Government regains territory", "government", "", "government", "Maaloula")
    ]
    assert read("YPG units are assaulting the town of Tell Halaf.") == [("Armed clash", "sdf", "", "", "Tell Halaf")]


def test_fire_across_an_area_blasts_it_caused_and_unnumbered_civilians(gaz, actors):
    """ "attacked towns across Idlib province" places the strike there; "Civilians were killed … after warplanes
    attacked" names its victims; "resulting in a number of powerful explosions" are the missiles' blasts, no bomb of
    their own; the Assayish (a spelling of the Asayish) are the SDF's police."""

    def read(text):
        return [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in _events(gaz, actors, text)]

    assert read("Civilians were killed on Friday after warplanes attacked towns across Idlib province.") == [
        ("Air/drone strike", "unidentified", "civilians", "Idlib")
    ]
    assert read("Missiles hit Jisr al-Shughour on Friday, resulting in a number of powerful explosions.") == [
        ("Shelling/artillery/missile attack", "unidentified", "", "Jisr al-Shughur")
    ]
    assert read("The Assayish arrested dozens of young men in Qamishli on Friday.") == [
        ("Arrests", "sdf", "civilians", "Qamishli")
    ]


def test_jet_fighters_unconfirmed_reports_dated_recaps_and_faction_fights(gaz, actors):
    """A jet fighter that attacks strikes from the air; "Unconfirmed reports indicate that X was recaptured" is no
    capture; "in June 2014" and "in autumn 2013" date a recap long before the dateline (no event of the date);
    "killed at least one person" names a civilian victim; the Shamiya Front is a rebel group (two of them fighting
    is in-fighting); "exchanged automatic weapons fire" is a fight; "beat a civilian man" is an attack; "much of the
    southern part of X" is part of it (no change)."""

    def read(text):
        return [
            (e.sub_event_type, e.actor1, e.actor2, e.new_controller, e.place.name) for e in _events(gaz, actors, text)
        ]

    assert read("A government jet fighter attacked the town of Douma on Friday.") == [
        ("Air/drone strike", "government", "", "", "Douma")
    ]
    assert read("Unconfirmed reports indicate that the village of Kafr Nabudah was recaptured on Friday.") == []
    assert read("ISIS took control of Raqqa from the rebels in autumn 2013.") == []
    assert read("IS took control of Tal Abyad in June 2014.") == []
    assert read("In Homs, a car bomb killed at least one person on Friday.") == [
        ("Remote explosive/landmine/IED", "unidentified", "civilians", "", "Homs")
    ]
    assert read("Clashes broke out between the Shamiya Front and Jaysh al-Islam in Afrin on Friday.") == [
        ("Armed clash", "opposition", "opposition", "", "Afrin")
    ]
    assert [
        e.sub_event_type for e in _events(gaz, actors, "Rebels exchanged automatic weapons fire in Afrin on Friday.")
    ] == ["Armed clash"]
    # (Turaybikh is read as Tarbikh, the village 26 km south-south-west of Tell Abyad spelt like it but for its vowels)
    assert read("On Friday, gunmen beat a civilian man in the village of Turaybikh south of Tel Abyad.") == [
        ("Attack", "unidentified", "civilians", "", "Tarbikh")
    ]
    assert read("Pro-government forces took much of the southern part of Eastern Ghouta on Friday.") == [
        ("Government regains territory", "government", "", "", "Eastern Ghouta")
    ]


def test_military_councils_prospects_aircraft_that_shell_and_factions_of_a_backed_side(gaz, actors):
    """A "Military Council" named after its town is the SDF's (the town in its name is no place of the event);
    "before the Syrian Army takes over the town" had not happened; "air crafts" that shell strike from the air;
    "the Euphrates Shield's factions" are the Turkish-backed side."""

    def read(text):
        return [
            (e.sub_event_type, e.actor1, e.actor2, e.new_controller, e.place.name) for e in _events(gaz, actors, text)
        ]

    assert read("Manbij Military Council fighters drove ISIS out of the village of Arima on Friday.") == [
        ("Non-state actor overtakes territory", "sdf", "isis", "sdf", "Al-Arimah")
    ]
    assert read(
        "The rebels attempted to storm an armory in Inkhil on Friday before the Syrian Army takes over the town."
    ) == [("Armed clash", "opposition", "", "", "Inkhil")]
    assert read("Coalition air crafts shelled IS bases in Raqqa on Friday.") == [
        ("Air/drone strike", "coalition", "isis", "", "Raqqa")
    ]
    assert read(
        "Regime helicopters dropped barrel bombs on positions of the Euphrates Shield’s factions in al-Bab on Friday."
    ) == [("Air/drone strike", "government", "turkey", "", "Al-Bab")]


def test_quoted_projectiles_missiles_from_aircraft_passengers_and_affiliated_forces(gaz, actors):
    """Air defences that intercept quoted "Israeli missiles" stop a strike; missiles that warplanes fire strike from
    the air; soldiers a bus was transporting are no side that acts; "a security force affiliated with the
    Headquarters of HTS" is HTS."""

    def read(text):
        return [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in _events(gaz, actors, text)]

    assert read("Syrian air defenses intercepted several “Israeli missiles” over Damascus on Friday.") == [
        ("Disrupted weapons use", "government", "israel", "Damascus")
    ]
    assert read("Israeli warplanes fired a number of missiles toward Damascus on Friday.") == [
        ("Air/drone strike", "israel", "", "Damascus")
    ]
    assert [
        e.actor1
        for e in _events(gaz, actors, "A bus transporting Syrian soldiers was hit by an IED in Damascus on Friday.")
    ] == ["unidentified"]
    assert read(
        "On Friday, a security force affiliated with the Headquarters of HTS arrested an activist in Atarib."
    ) == [("Arrests", "hts", "civilians", "Al-Atarib")]


def test_a_state_just_reached_and_men_tied_to_a_side_by_hearsay(gaz, actors):
    """ "Now under full government control" and "now fully under the control of" tell a change just made (the side
    before "control" or after "of"), like "now under the control of"; gunmen "believed to belong to" / "thought to
    be members of" a side, or an agent "by gunmen believed to be ISIS members", are that side's men."""

    def read(text):
        return [(e.sub_event_type, e.actor1, e.new_controller, e.place.name) for e in _events(gaz, actors, text)]

    assert read("After the rebels withdrew overnight, Khan Shaykhun is now under full government control.") == [
        ("Government regains territory", "government", "government", "Khan Shaykhun")
    ]
    assert read("Morek is now fully under the control of government forces.") == [
        ("Government regains territory", "government", "government", "Morek")
    ]
    assert read("Gunmen believed to belong to ISIS attacked a checkpoint in Jasim on Friday.") == [
        ("Armed clash", "isis", "", "Jasim")
    ]
    assert read("A checkpoint in Jasim was attacked on Friday by gunmen believed to be ISIS members.") == [
        ("Armed clash", "isis", "", "Jasim")
    ]
    assert [
        e.actor1 for e in _events(gaz, actors, "Gunmen thought to be members of HTS kidnapped a doctor in Sarmada.")
    ] == ["hts"]
    # unnamed gunmen stay unnamed when no side is tied to them
    assert read("Gunmen attacked a checkpoint in Jasim on Friday.") == [("Armed clash", "unidentified", "", "Jasim")]


def test_agency_adverbs_agents_outcomes_and_ap_dates(gaz, actors):
    """Adverbs between a side and its verb ("also reportedly killed"), a time between "killed" and "by", rebels
    "linked to" another group, an attack "by the armed rebels", buses that enter a town (no fight), a place
    surrendered or withdrawn from by a side, a capture told as an outcome ("resulting in the capture of"), the
    "governmental army", and an AP-style date ("announced Feb. 27 it had seized", one sentence, dated)."""

    def read(text, date=D):
        return [
            (e.sub_event_type, e.actor1, e.actor2, e.new_controller or "", e.place.name)
            for e in _events(gaz, actors, text, date)
        ]

    assert read("The Islamic State also reportedly killed 49 people around Palmyra on Friday.") == [
        ("Attack", "isis", "civilians", "", "Palmyra")
    ]
    assert read("A further 25 opposition fighters were killed overnight by IS in the town of Marea.") == [
        ("Armed clash", "isis", "opposition", "", "Marea")
    ]
    assert read("Syrian rebels linked to al-Qaeda have seized control of Abu al-Duhur airbase.") == [
        ("Non-state actor overtakes territory", "opposition", "", "opposition", "Abu al-Duhur Military Airbase")
    ]
    assert read("The Syrian army foiled an attack by the armed rebels on Jobar on Friday.") == [
        ("Armed clash", "opposition", "government", "", "Jobar")
    ]
    assert read("Up to 20 buses entered the towns of Fouaa and Kafraya on Friday.") == []
    assert read("The surrender of Harasta by rebel group Ahrar al-Sham was completed on Friday.") == [
        ("Non-violent transfer of territory", "opposition", "", "", "Harasta")
    ]
    # (a headline)
    assert [
        (e.sub_event_type, e.actor1, e.actor2, e.place.name)
        for e in _events(gaz, actors, "", D, "The withdrawal of ISIS from Manbij was completed on Friday")
    ] == [("Non-violent transfer of territory", "isis", "", "Manbij")]
    assert (
        "Government regains territory",
        "government",
        "",
        "government",
        "Morek",
    ) in read("The Syrian army carried out attacks on the hills, resulting in the capture of the town of Morek.")
    assert read("Douma is completely surrounded by the governmental army.") == [
        ("Armed clash", "government", "", "", "Douma")
    ]
    (e,) = _events(
        gaz, actors, "The YPG announced Feb. 27 it had seized the town of Tell Tamr from ISIS.", dt.date(2016, 3, 2)
    )
    assert (e.sub_event_type, e.actor1, e.new_controller, e.place.name) == (
        "Non-state actor overtakes territory",
        "sdf",
        "sdf",
        "Tell Tamr",
    )
    assert (e.date, e.time_phrase) == (dt.date(2016, 2, 27), "Feb. 27")


def test_other_kinds_in_agency_prose_web47(gaz, actors):
    """Bombardment a place "came under … from" a side is that side's; attacks "targeting civilians" and an attack on
    "the doctor X" are violence against civilians; a "shooting incident" that targets a man is gunfire, not shells;
    "have been clashing"; "decapitated" and "slit the throats" are killings of people held; "Turkish-backed Islamist
    groups" are Turkey's; "Raqqa's Al Intifada neighbourhood" is a quarter of Raqqa (one event, there); an air
    defence "that shot down most of them" stops a strike."""

    def read(text):
        return [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in _events(gaz, actors, text)]

    assert read("The city of Daraa came under heavy bombardment on Friday from forces loyal to President Assad.") == [
        ("Shelling/artillery/missile attack", "government", "", "Daraa")
    ]
    assert read("The YPG carried out two attacks targeting civilians in Afrin on Friday.") == [
        ("Attack", "sdf", "civilians", "Afrin")
    ]
    assert read("On Friday, unknown assailants attacked the doctor Muhammad al-Bardan in Daraa.") == [
        ("Attack", "unidentified", "civilians", "Daraa")
    ]
    # (a former fighter is a civilian: the gold README's ruling, which web72 follows; web47 had read him as a rebel)
    assert read("On Friday, a shooting incident targeted a former rebel commander in Tafas.") == [
        ("Attack", "unidentified", "civilians", "Tafas")
    ]
    assert read("Government forces have been clashing with rebels in the nearby town of Morek.") == [
        ("Armed clash", "government", "opposition", "Morek")
    ]
    assert read("IS militants decapitated three men in Deir Ezzor on Friday.") == [
        ("Attack", "isis", "civilians", "Deir ez-Zor")
    ]
    assert read("On Friday, ISIS members slit the throats of four men in Mayadeen.") == [
        ("Attack", "isis", "civilians", "Al-Mayadin")
    ]
    assert read("On Friday there were mortar attacks on Afrin by Turkish-backed Islamist groups.") == [
        ("Shelling/artillery/missile attack", "turkey", "", "Afrin")
    ]
    (e,) = _events(
        gaz, actors, "Five civilians died on Friday in a Coalition airstrike on Raqqa's Al Intifada neighbourhood."
    )
    assert (e.sub_event_type, e.actor1, e.place.name, e.place.kind) == (
        "Air/drone strike",
        "coalition",
        "Al Intifada",
        "suburb",
    )
    # (a headline)
    assert [
        (e.sub_event_type, e.actor1)
        for e in _events(
            gaz,
            actors,
            "",
            D,
            "Israeli warplanes fired missiles toward the Damascus area, triggering Syrian air defense that shot down "
            "most of them",
        )
    ] == [("Air/drone strike", "israel"), ("Disrupted weapons use", "government")]


def test_men_killed_in_strikes_a_fighter_shot_crowds_that_come_out_and_security_branches(gaz, actors):
    """A side whose men "were killed" in strikes did not strike; a fighter that gunmen "shot" died fighting (a clash,
    his side the target); people who "came out to denounce" protest; the regime's intelligence branches and
    "security services" are the government's; an arrests campaign "against dozens of young men" takes civilians."""

    def read(text):
        return [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in _events(gaz, actors, text)]

    assert read("Iranian forces were killed on Friday in airstrikes that hit the T-4 base.") == [
        ("Air/drone strike", "unidentified", "iran", "Tiyas Military Airbase")
    ]
    assert read(
        "On Friday, gunmen believed to be members of the Islamic State shot him in al-Busayrah, a fighter said."
    ) == [("Attack", "isis", "civilians", "Al-Busayrah")]
    # (a headline)
    assert [
        (e.sub_event_type, e.actor1, e.actor2, e.place.name)
        for e in _events(
            gaz,
            actors,
            "",
            D,
            "Another SDF fighter died from his injuries on Friday after gunmen believed to be members of the Islamic "
            "State shot him in al-Busayrah",
        )
    ] == [("Armed clash", "isis", "sdf", "Al-Busayrah")]
    assert read("On Friday, dozens of citizens came out to denounce the dire living conditions in Sweida.") == [
        ("Peaceful protest", "protesters", "", "As-Suwayda")
    ]
    assert read(
        "On Friday, Air Force Intelligence patrols launched an arrests campaign against dozens of young men in Jasim."
    ) == [("Arrests", "government", "civilians", "Jasim")]
    assert read("The Assad regime’s security services arrested five people in Jasim on Friday.") == [
        ("Arrests", "government", "civilians", "Jasim")
    ]


def test_zones_hit_slaughter_prisoners_of_a_side_and_deaths_in_custody(gaz, actors):
    """From the errors of the development sample dev28 (read after its unseen figures were recorded): shells
    "targeting regime control areas" hit the regime's zones, nobody took them; "slaughtered five Iraqis"; "42
    prisoners of ISIS" killed by a strike are civilians the group held; "died under torture in the regime's detention"
    is the regime's violence; "Usud al-Sharqiyyah" and "the forces of Ahmad al-Abdu" are rebels; "Shaer oilfield"."""

    def read(text):
        return [
            (e.sub_event_type, e.actor1, e.actor2, e.control_change, e.place.name)
            for e in _events(gaz, actors, "", D, text)
        ]

    assert read("More than 11 martyrs and wounded due to shells targeting regime control areas in Aleppo city") == [
        ("Shelling/artillery/missile attack", "unidentified", "civilians", False, "Aleppo")
    ]
    assert read("ISIS slaughtered five Iraqis in the Syrian Albukamal") == [
        ("Attack", "isis", "civilians", False, "Albu Kamal")
    ]
    assert read("Coalition warplanes perpetrate a new massacre in Al-Mayadeen city and kill 42 prisoners of ISIS") == [
        ("Air/drone strike", "coalition", "civilians", False, "Al-Mayadin")
    ]
    assert read("A man from Kafr Nabl died under torture in the regime's detention centers") == [
        ("Attack", "government", "civilians", False, "Kafranbel")
    ]
    assert read("Usud al-Sharqiyyah and the forces of Ahmad al-Abdu attack the regime forces in the Syrian Desert") == [
        ("Armed clash", "opposition", "government", False, "Al-Badia")
    ]
    assert read("Violent clashes continue in the vicinity of Shaer oilfield") == [
        ("Armed clash", "unidentified", "", False, "Shaer gas field")
    ]


def test_capture_prose_on_bastions_absolute_clauses_broken_sieges_and_sides_leaving(gaz, actors):
    """From the errors of the capture probe web48 (read after its held-out figures were recorded): "established a
    full control over X"; "the IS bastion of Al-Bab" is the town taken; "the Nusra Front led a major offensive"; an
    offensive "targeting" a village is one fight; "with the Syrian Army recapturing A and B"; the breakers of "ISIL's
    siege" fought the possessor; a side's men "left"/"leaving" a named place give it up (civilians do not), and
    "to rebel-held Idlib province" is where they go; a province surrendered changes no mapped place."""

    def read(text):
        return [
            (e.sub_event_type, e.actor1, e.actor2, e.new_controller or "", e.place.name)
            for e in _events(gaz, actors, text)
        ]

    assert read("On Friday the Syrian army established a full control over Masaken Hanano.") == [
        ("Government regains territory", "government", "", "government", "Masaken Hanano")
    ]
    assert read("On Friday Turkish forces and allied rebels have completely taken the IS bastion of Al-Bab.") == [
        ("Non-state actor overtakes territory", "turkey", "isis", "turkey", "Al-Bab")
    ]
    assert read("Overnight, the Nusra Front led a major offensive against the village of Khan Touman.") == [
        ("Armed clash", "hts", "", "", "Khan Tuman")
    ]
    assert read("On Friday rebel forces launched the offensive, targeting the strategic village of Khan Touman.") == [
        ("Armed clash", "opposition", "", "", "Khan Tuman")
    ]
    assert read(
        "On Friday battles raged in Quneitra province, with the Syrian Army recapturing Al-Sukariyah from the rebels."
    )[-1] == ("Government regains territory", "government", "opposition", "government", "As Sukkariyah")
    assert read("Syrian troops broke ISIL's siege of Deir Ezzor military airport on Friday.") == [
        ("Armed clash", "government", "isis", "", "Deir ez-Zor Military Airport")
    ]
    assert read("On Friday Jaish al-Islam members started leaving Douma to rebel-held Idlib province.") == [
        ("Non-violent transfer of territory", "opposition", "", "", "Douma")
    ]
    assert read("On Friday thousands of civilians left Manbij.") == []
    assert read("On Friday the rebels agreed to a deal, surrendering Daraa province to the government.")[-1] == (
        "Non-violent transfer of territory",
        "opposition",
        "",
        "",
        "Daraa",
    )


def test_bombings_told_as_attacks_passive_interceptions_and_men_before_their_verb(gaz, actors):
    """From the errors of the probe web49 (read after its held-out figures were recorded): "a suicide bomber killed …
    in an attack on Kurdish security forces in X" is one bombing, of the Asayish, at X; "missiles were intercepted"
    stops the strike; "cutting his head off"; "attacks with two mortar shells" are shelling; "claimed responsibility
    for the attack." tells no new attack; "Islamic State soldiers kidnapped at least 400 civilians" are IS's (while
    "ISIS members executed in Jarablus" stays a headline's passive)."""

    def read(text, title=""):
        return [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in _events(gaz, actors, text, D, title)]

    assert read(
        "A suicide bomber killed at least 16 people on Friday in an attack on Kurdish security forces in Qamishli."
    ) == [("Suicide bomb", "unidentified", "sdf", "Qamishli")]
    # (a strike told whole, with its own target, before "and" and the projectiles stopped is a strike too: web72's
    # reading, which web49's had not made)
    assert read("", "Israeli aircraft attacked Damascus airport and several Israeli missiles were intercepted") == [
        ("Air/drone strike", "israel", "", "Damascus"),
        ("Disrupted weapons use", "unidentified", "israel", "Damascus"),
    ]
    assert (
        read("", "ISIS cells broke into a house in Al-Hawaij village, and then cutting his head off")[0][0] == "Attack"
    )
    assert read("Three civilians were killed on Friday in attacks with two mortar shells that targeted Jobar.") == [
        ("Shelling/artillery/missile attack", "unidentified", "civilians", "Jobar")
    ]
    assert read("No one has yet claimed responsibility for the attack.") == []
    assert [
        (u.sub_event_type, u.actor1, u.actor2)
        for u in read_report_all(
            Report("t", D, "", "On Friday Islamic State soldiers kidnapped at least 400 civilians near Jobar."),
            resolve_mentions(
                find_mentions(
                    Report("t", D, "", "On Friday Islamic State soldiers kidnapped at least 400 civilians near Jobar."),
                    gaz,
                    actors=actors,
                ),
                gaz,
            ),
            actors,
            gazetteer=gaz,
        ).events
    ] == [("Abduction/forced disappearance", "isis", "civilians")]
    assert read("", "ISIS members executed in Jarablus town") == [("Attack", "unidentified", "isis", "Jarabulus")]


def test_local_alliances_first_named_sides_and_conditions(gaz, actors):
    """From the errors of the capture probe web50 (read after its held-out figures were recorded): "a Syrian coalition
    known as the Fattah Army" is the rebels' alliance, not the US-led coalition; "the Kurdish YPG militia and smaller
    Syrian rebel groups" and "the Syrian regime soldiers and Hezbollah" are named by their first member; a capture in
    an "If …" or "Should …" clause, or after ", and if", has not happened."""

    def read(text):
        return [(e.sub_event_type, e.actor1, e.new_controller or "", e.place.name) for e in _events(gaz, actors, text)]

    assert read("A Syrian coalition known as the Fattah Army seized the town of Ariha on Friday.") == [
        ("Non-state actor overtakes territory", "opposition", "opposition", "Ariha")
    ]
    assert read("On Friday the Kurdish YPG militia and smaller Syrian rebel groups captured Tal Abyad from IS.") == [
        ("Non-state actor overtakes territory", "sdf", "sdf", "Tell Abyad")
    ]
    assert read("On Friday the Syrian regime soldiers and Hezbollah stormed into Yabroud.") == [
        ("Armed clash", "government", "", "Yabroud")
    ]
    assert (
        read("If the government recaptures Salma, army units would be able to push further, he said on Friday.") == []
    )
    assert read("Should the Turkish Army succeed in capturing Ras al-Ayn, it will have its first city.") == []
    assert read("The army recaptured Salma on Friday, and if the rebels withdraw from Kabani, it will advance.") == [
        ("Government regains territory", "government", "government", "Salma")
    ]


def test_speakers_with_allies_locating_phrases_and_mines_cleared(gaz, actors):
    """From the errors of the capture probe web50: "said that it and its allies had taken X" is the speaker's capture;
    "X on the Turkish border" and "X, located in the country's northwestern Idlib province" are located, not taken
    too; "clearing it of mines" is no blast."""

    def read(text):
        return [(e.sub_event_type, e.actor1, e.new_controller or "", e.place.name) for e in _events(gaz, actors, text)]

    assert read(
        "The YPG militia said on Friday that it and its allies had taken full control of the town of Tel Abyad on "
        "the Turkish border."
    ) == [("Non-state actor overtakes territory", "sdf", "sdf", "Tell Abyad")]
    assert read(
        "On Friday the army regained control over the city of Khan Sheikhoun, located in the country's northwestern "
        "Idlib province."
    ) == [("Government regains territory", "government", "government", "Khan Shaykhun")]
    assert read("On Friday regime forces took full control of Khan Sheikhun and are clearing it of mines.") == [
        ("Government regains territory", "government", "government", "Khan Shaykhun")
    ]


def test_streets_taken_names_not_captures_and_sources_that_close_a_sentence(gaz, actors):
    """From the errors of the probe web51 (read after its held-out figures were recorded): people who "took to the
    streets" protest; "northern occupied Palestine" is a name, no capture; "a pro-government district" and "…,
    Kurdish security forces said." name no side in the act; "X village, west of the town of Y" is at X."""

    def read(text):
        return [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in _events(gaz, actors, text)]

    assert read("Hundreds took to the streets in Daraa on Friday.") == [("Peaceful protest", "protesters", "", "Daraa")]
    assert [
        e.sub_event_type
        for e in _events(gaz, actors, "On Friday warplanes coming from northern occupied Palestine struck Jobar.")
    ] == ["Air/drone strike"]
    assert read("On Friday a car bomb exploded in a pro-government district of Homs.") == [
        ("Remote explosive/landmine/IED", "unidentified", "", "Homs")
    ]
    assert read("Three civilians were killed in a blast in Qamishli on Friday, Kurdish security forces said.") == [
        ("Remote explosive/landmine/IED", "unidentified", "civilians", "Qamishli")
    ]
    assert read("On Friday a truck exploded in Tel Halef village, west of the town of Ras Al Ain.") == [
        ("Remote explosive/landmine/IED", "unidentified", "", "Tell Halaf")
    ]


def test_surroundings_groups_of_men_described_strongholds_and_clergy(gaz, actors):
    """From the errors of the probe web51: "the surrounding area of X" lays no siege; "by a group of Turkish
    mercenaries" names the side that fired; a place described as "Bashar Assad's Allawite stronghold" is shelled,
    no side hit; nuns abducted are civilians."""

    def read(text):
        return [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in _events(gaz, actors, text)]

    assert [
        e.sub_event_type for e in _events(gaz, actors, "On Friday shells landed in the surrounding area of Jobar.")
    ] == ["Shelling/artillery/missile attack"]
    assert read(
        "Two were injured on Friday by the launching of a rocket by a group of Turkish mercenaries on Latakia."
    ) == [("Shelling/artillery/missile attack", "turkey", "", "Latakia")]
    assert read("On Friday terrorists fired several rockets into Latakia, Bashar Assad’s Allawite stronghold.") == [
        ("Shelling/artillery/missile attack", "unidentified", "", "Latakia")
    ]
    assert read("On Friday Islamist rebels abducted 12 nuns from a convent in the town of Maaloula.") == [
        ("Abduction/forced disappearance", "opposition", "civilians", "Maaloula")
    ]


def test_zones_named_by_their_holder_and_a_headline_opening_on_an_earlier_massacre(gaz, actors):
    """From the errors of dev28: shells "targeting regime control areas" hit the regime's zones, a place (the martyrs
    are the victims, the regime is no target); a headline that opens "Hours following a massacre at X… warplanes shell
    Y" tells the shelling, the massacre is background (but "enter X following violent attacks and 50 raids on the
    town" keeps the raids, the cover of the entry)."""

    def read(title):
        return [(e.sub_event_type, e.actor2, e.place.name) for e in _events(gaz, actors, "", D, title)]

    assert read("More than 11 martyrs and wounded due to shells targeting regime control areas in Aleppo city") == [
        ("Shelling/artillery/missile attack", "civilians", "Aleppo")
    ]
    assert read("Hours following a massacre at the outskirts of Al-Mayadeen city… warplanes shell al-Bokamal") == [
        ("Air/drone strike", "", "Albu Kamal")
    ]
    assert [
        e.sub_event_type
        for e in _events(
            gaz,
            actors,
            "",
            D,
            "The regime forces managed to enter Morek following violent attacks and 50 raids on the town",
        )
    ] == ["Armed clash", "Air/drone strike"]


def test_places_taken_back_as_it_among_those_captured_and_a_seats_district(gaz, actors):
    """From the errors of the probe web52: "advanced into the town of X … and retaken it", "pierce the defenses of the
    base and take it over" take the place named before; "X, which is a strategic one, is among those captured by the
    army" is X captured; "the strategically important settlement of X" is X itself; "X in the Maarrat al-Nu'man
    district" is in the district that town is the seat of (30 km east of the town); "the country's military" is the
    government's."""

    def read(text):
        return [(e.sub_event_type, e.actor1, e.new_controller or "", e.place.name) for e in _events(gaz, actors, text)]

    assert read(
        "On Friday Syrian army forces advanced into the militant-held town of Taybat al-Imam in the west-central "
        "province of Hama and retaken it from Takfiri terrorists."
    ) == [("Government regains territory", "government", "government", "Taybat al-Imam")]
    assert read(
        "On Friday Islamic State fighters were able to pierce the defenses of the Tabqa air base and take it over."
    ) == [("Non-state actor overtakes territory", "isis", "isis", "Tabqa Military Airbase")]
    assert read(
        "The town of Helfaya, which is a strategic one, is among those captured by the Syrian army on Friday."
    ) == [("Government regains territory", "government", "government", "Halfaya")]
    assert read(
        '"The Syrian army has taken control of the strategically important settlement of Sinjar," the source said.'
    ) == [("Government regains territory", "government", "government", "Sinjar")]
    assert read(
        "Government troops liberated the town of Sinjar in the Maarrat al-Nu'man district of the province on Friday."
    ) == [("Government regains territory", "government", "government", "Sinjar")]
    assert read("On Friday the country's military recaptured the town of Sinjar.") == [
        ("Government regains territory", "government", "government", "Sinjar")
    ]
    # ("a market street in X was among the places hit" is where the strike before fell, no second act)
    assert [
        e.sub_event_type
        for e in _events(
            gaz,
            actors,
            "On Friday Russian jets bombed Kafranbel and Maarat al-Numan, and a civil defence volunteer said a market "
            "street in Maarat al-Numan was among the places hit.",
        )
    ] == ["Air/drone strike", "Air/drone strike"]
    # (a failed attempt on the place named before stays no capture)
    assert [
        e.new_controller for e in _events(gaz, actors, "On Friday the rebels attacked Morek but failed to take it.")
    ] == [""]


def test_air_strikes_of_a_side_and_jets_of_a_side(gaz, actors):
    """From the errors of the probe web53: "An airstrike of the US-led anti-terror coalition has claimed lives of …"
    names the side that struck (but "an airstrike of ISIS positions" names the target); "Jets of the US-led
    International Coalition have bombed X" is an air strike; "airstrikes carried out by the Syrian and Russian
    warplanes targeting areas in X" are the first side's."""

    def read(text):
        return [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in _events(gaz, actors, text)]

    assert read(
        "On Friday an airstrike of the US-led anti-terror coalition has claimed lives of eight civilians in the city "
        "of Al-Tabqah."
    ) == [("Air/drone strike", "coalition", "civilians", "Tabqa")]
    assert read("On Friday an airstrike of ISIS positions in Hajin has killed 8 militants.") == [
        ("Air/drone strike", "unidentified", "isis", "Hajin")
    ]
    assert read("On Friday jets of the US-led International Coalition have bombed the town of Hajin.") == [
        ("Air/drone strike", "coalition", "", "Hajin")
    ]
    assert read(
        "On Friday 11 civilians were killed in intensive airstrikes carried out by the Syrian and Russian warplanes "
        "targeting areas in the city of Daraa."
    ) == [("Air/drone strike", "government", "civilians", "Daraa")]


def test_appositions_relative_objects_losses_to_a_side_and_completed_operations(gaz, actors):
    """From the errors of the probe web54: "Salma, a strategic town in Latakia, was captured" takes Salma, not the
    city that locates it, and "under rebel control for three years" between them is who held it (in a headline too);
    "the town of Salma, which government troops captured on Friday" is Salma taken; "the loss of Rabiah to the Syrian
    Arab Army" is Rabiah gone to that side (but "the fall of X is a blow to the rebels" gives them nothing); "has
    completed its operation to liberate X" is done, "launched its operation to liberate X" is not; "the army, which
    was supported by National Defense Forces regained control over X"; "the modern settlement of Tadmur"."""

    def read(text, title=""):
        return [
            (e.sub_event_type, e.actor1, e.new_controller or "", e.place.name)
            for e in _events(gaz, actors, text, D, title)
        ]

    taken = ("Government regains territory", "government", "government", "Salma")
    assert read("Salma, a strategic town in Latakia, was captured by army units on Friday.") == [taken]
    assert read(
        "",
        "Salma, a strategic town in the Latakia mountains that has been under rebel control for the past three years, "
        "was captured by army units on Friday",
    ) == [taken]
    assert read("Flags hang in the town of Salma, which government troops captured on Friday.") == [taken]
    assert read("On Friday the army, which was supported by National Defense Forces regained control over Salma.") == [
        taken
    ]
    assert read("", "The loss of Rabiah to the Syrian Arab Army was confirmed on Friday") == [
        ("Government regains territory", "government", "government", "Ar Rabiah")
    ]
    assert all(
        e.new_controller != "opposition"
        for e in _events(gaz, actors, "The fall of Rabiah on Friday is a blow to the rebels.")
    )
    assert read("On Friday the Syrian military has completed its operation to liberate the key city of Palmyra.") == [
        ("Government regains territory", "government", "government", "Palmyra")
    ]
    assert [
        e.new_controller
        for e in _events(gaz, actors, "On Friday the Syrian military launched its operation to liberate Palmyra.")
    ] == [""]
    assert read("On Friday Islamic State forces took control of the modern settlement of Tadmur.") == [
        ("Non-state actor overtakes territory", "isis", "isis", "Palmyra")
    ]


def test_hills_overlooking_a_town_openings_on_a_region_and_attacks_on_hospitals(gaz, actors):
    """From the errors of the probes web54 and web53: "a strategic hill overlooking the town of al-Bab has been
    captured" takes the hill, near the town, which does not change hands; "In Homs, … six activists were executed in a
    field in Baba Amr": the opening names the region of the news, the words after the verb the place; "an attack on a
    hospital in Dael" is force against civilians, no fight between sides."""
    evs = _events(
        gaz,
        actors,
        "A strategic hill overlooking the Syrian town of al-Bab has been captured by the Turkey-backed Free Syrian Army "
        "on Friday.",
    )
    assert [(e.sub_event_type, e.actor1, e.new_controller, e.place.name, e.geo_precision) for e in evs] == [
        ("Non-state actor overtakes territory", "turkey", "", "Al-Bab", 2)
    ]
    evs = _events(
        gaz, actors, "In Homs, activists reported that six men were executed on Friday in a field in Baba Amr."
    )
    assert [(e.sub_event_type, e.place.name) for e in evs] == [("Attack", "Baba Amr")]
    evs = _events(gaz, actors, "One nurse was killed on Friday in an attack on a hospital in Dael, Daraa.")
    assert [(e.sub_event_type, e.actor2, e.place.name) for e in evs] == [("Attack", "civilians", "Da'el")]
    evs = _events(gaz, actors, "Rebels attacked the army checkpoint in Dael on Friday.")
    assert [(e.sub_event_type, e.actor2) for e in evs] == [("Armed clash", "government")]


def test_bombs_in_vehicles_relative_passives_charges_and_owners(gaz, actors):
    """From the errors of the probe web55 (read after its figures were recorded): "a truck packed with explosives blew
    up" is a bomb; "area-of-operations in northern Syria, which was liberated by Turkey's Operation Euphrates Shield,
    fired … in several villages of Tal Rifat" takes nothing after the relative pronoun (no change at Tal Rifat);
    "executed four young men on charges of spying for the coalition" names no victim side; "Aleppo's Menagh air base"
    and "Mara', a suburb of the city of Aleppo" are not Aleppo; "Syrian tanks shelled X" is the government's."""

    def read(text):
        return [
            (e.sub_event_type, e.actor1, e.actor2, e.new_controller or "", e.place.name)
            for e in _events(gaz, actors, text)
        ]

    assert read("A truck packed with explosives blew up in the city of Azaz on Friday, killing seven people.") == [
        ("Remote explosive/landmine/IED", "unidentified", "civilians", "", "Azaz")
    ]
    assert all(
        e.new_controller == "" and e.place.name != "Tell Rifaat"
        for e in _events(
            gaz,
            actors,
            "On Friday howitzers deployed in the area of operations in northern Syria, which was liberated by Turkey's "
            "Operation Euphrates Shield, fired 20 rounds against YPG posts in several villages of Tal Rifat.",
        )
        if e.kind == "capture"
    )
    assert read(
        "On Friday ISIS executed four young men in Raqqa on charges of spying for the ‘crusader coalition’, in reference "
        "to the US-led coalition."
    ) == [("Attack", "isis", "civilians", "", "Raqqa")]
    assert read("On Friday the Islamic State took Aleppo's Menagh air base.") == [
        ("Non-state actor overtakes territory", "isis", "", "isis", "Menagh Military Airbase")
    ]
    assert [
        e.place.name for e in _events(gaz, actors, "On Friday IS shelled Mara’, a suburb of the city of Aleppo.")
    ] == ["Marea"]
    assert read("Syrian tanks shelled the town of Zamalka on Friday.") == [
        ("Shelling/artillery/missile attack", "government", "", "", "Zamalka")
    ]


def test_people_killed_by_a_sides_aircraft(gaz, actors):
    """From the errors of dev27: "24 Civilian casualties killed by Coalition warplanes in Al-Raqqah city" (a headline's
    reduced passive) and "24 civilians were killed by Russian warplanes in Saraqib" are air strikes by that side (the
    side's name carries the aircraft); "killed by regime artillery" is shelling."""

    def read(text, title=""):
        return [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in _events(gaz, actors, text, D, title)]

    assert read("", "24 Civilian casualties killed by Coalition warplanes in Al-Raqqah city") == [
        ("Air/drone strike", "coalition", "civilians", "Raqqa")
    ]
    assert read("On Friday 24 civilians were killed by Russian warplanes in Saraqib.") == [
        ("Air/drone strike", "russia", "civilians", "Saraqib")
    ]
    assert read("On Friday 3 civilians were killed by regime artillery in Douma.") == [
        ("Shelling/artillery/missile attack", "government", "civilians", "Douma")
    ]


def test_halted_clashes_relief_as_a_new_subject_and_a_sides_own_means(gaz, actors):
    """From the errors of dev29: "Clashes stopped in al-Hasakah city between regime forces and al-Asayesh" tells a halt,
    no fight; "Aerial bombardment on Homs countryside and Food aids reach Kafria and al-Fouaa" strikes the countryside
    only (the aid is a new subject); "The regime forces and its warplanes and helicopters are continuing their intensive
    shelling on Idlib and Hama" is the regime's shelling (its means named with it are no act of their own)."""

    def read(title):
        return [(e.sub_event_type, e.actor1, e.place.name) for e in _events(gaz, actors, "", D, title)]

    assert read("Clashes stopped in al-Hasakah city between regime forces and al-Asayesh") == []
    assert read("Clashes in al-Hasakah city between regime forces and al-Asayesh") == [
        ("Armed clash", "government", "Al-Hasakah")
    ]
    assert read("Aerial bombardment on Homs countryside and Food aids reach Kafria and al-Fouaa") == [
        ("Air/drone strike", "unidentified", "Homs governorate")
    ]
    assert read(
        "The regime forces and its warplanes and helicopters are continuing their intensive shelling on Idlib and Hama"
    ) == [
        ("Shelling/artillery/missile attack", "government", "Idlib"),
        ("Shelling/artillery/missile attack", "government", "Hama"),
    ]


def test_a_long_typed_apposition_locates_the_place_before_it(gaz, actors):
    """From the errors of the probe web54: "captured the strategic town of Rabiah, a main rebel stronghold in the
    countryside of the coastal province of Latakia" takes Rabiah only (the apposition, longer than the usual window
    of words before a place, types Rabiah and locates it)."""
    evs = _events(
        gaz,
        actors,
        "Syrian forces on Friday captured the strategic town of Rabiah, a main rebel stronghold in the countryside of "
        "the coastal province of Latakia, the media reported.",
    )
    # (and since stop 74 the apposition's province places it: the Rabia of Latakia, not Ar Rabiah of Hama)
    assert [(e.sub_event_type, e.new_controller, e.place.name, e.place.admin1) for e in evs] == [
        ("Government regains territory", "government", "Rabia", "Latakia")
    ]


def test_unconfirmed_control_spoils_and_places_passed_under_control(gaz, actors):
    """From the errors of the probe web57 (read after its held-out figures were recorded): "information about the
    organization's control over the entire village of Jafra" is no change; "seizing helicopters, tanks and multiple
    rocket launchers" are spoils, no strike; "the town of Nawa passed under the full control of the Syrian army" is a
    capture; "Syria's symbolically important town of Dabiq" is Dabiq itself."""

    def read(text):
        return [(e.sub_event_type, e.actor1, e.new_controller or "", e.place.name) for e in _events(gaz, actors, text)]

    assert all(
        e.new_controller == ""
        for e in _events(
            gaz,
            actors,
            "On Friday clashes went on near the airbase, and information about the organization’s control over the "
            "entire village of Jafra.",
        )
    )
    assert read(
        "On Friday the rebels took the town of Saraqib, seizing helicopters, tanks and multiple rocket launchers."
    ) == [("Non-state actor overtakes territory", "opposition", "opposition", "Saraqib")]
    assert read("On Friday the town of Nawa passed under the full control of the Syrian army.") == [
        ("Government regains territory", "government", "government", "Nawa")
    ]
    assert read("On Friday Turkish-backed rebels captured Syria’s symbolically important town of Dabiq.") == [
        ("Non-state actor overtakes territory", "turkey", "turkey", "Dabiq")
    ]


def test_wire_objects_of_a_capture_and_places_named_nearby(gaz, actors):
    """From the errors of the probes web46–web59 (read after their held-out figures were recorded): a site's wire
    adjectives ("the desert town of", "the strategically important central town of", beyond a 40-character window),
    a place a side is expelled from however long the side's name ("expelled jihadists of the Islamic State from the
    border town of Kobani"), "captured nearby X" and "the nearby neighbourhoods of A and B" (the places themselves,
    not near them), "secured the villages of", "cleared militants from X" and villages named after a dash."""

    def changes(text):
        return [
            (e.new_controller, e.place.name, e.geo_precision) for e in _events(gaz, actors, text) if e.control_change
        ]

    assert changes("On Friday Syrian troops retook the desert town of Al-Qaryatayn from the Islamic State.") == [
        ("government", "Al-Qaryatayn", 1)
    ]
    assert changes(
        "On Friday the Islamic State took the strategically important central town of Tadmur from the regime."
    ) == [("isis", "Palmyra", 1)]
    assert changes(
        "On Friday Kurdish fighters expelled jihadists of the Islamic State from the border town of Kobani."
    ) == [("sdf", "Kobani", 1)]
    assert changes("On Friday the Syrian army routed rebels from the strategic town of Al-Qusayr.") == [
        ("government", "Al-Qusayr", 1)
    ]
    assert changes("On Friday the army captured nearby Kafr Nabudah and Al-Hamamiyat.") == [
        ("government", "Kafr Nabudah", 1),
        ("government", "Al-Hamamiyat", 1),
    ]
    assert changes("On Friday the rebels took the nearby neighbourhoods of Jobar and Qaboun.") == [
        ("opposition", "Jobar", 1),
        ("opposition", "Al-Qabun", 1),
    ]
    assert changes("On Friday the army secured the villages of Al-Zakah and Kafr Zita.") == [
        ("government", "Al-Zakah", 1),
        ("government", "Kafr Zita", 1),
    ]
    assert changes("On Friday the army stormed the town of Khan Tuman and managed to secure it.") == [
        ("government", "Khan Tuman", 1)
    ]
    assert changes("On Friday the army secured the release of 20 hostages in Douma.") == []
    assert changes("On Friday the Syrian military cleared militants from Jarjanaz.") == [("government", "Jarjanaz", 1)]
    assert changes(
        "On Friday government forces captured Qalaat al-Madiq and two nearby villages – Tall Hawash and Kafr Nabudah."
    ) == [
        ("government", "Qalaat al-Madiq", 1),
        ("government", "Tall Hawash", 1),
        ("government", "Kafr Nabudah", 1),
    ]
    # (but "expelled them from inside the city": out of a part of it)
    assert (
        changes("On Friday IS fighters attacked the regime forces and expelled them from inside the city of Palmyra.")
        == []
    )


def test_an_outcome_in_its_final_stages_and_a_month_last_year(gaz, actors):
    """ "in the “final stages” of recapturing Aleppo" is a fight, not a change; "last February" is the last February
    before the dateline (a capture then is the state, not news)."""
    evs = _events(gaz, actors, "The Syrian army and its allies are in the “final stages” of recapturing Aleppo.")
    assert evs and not any(e.control_change for e in evs)
    assert resolve_time("The army recaptured Kinsabba last February.", dt.date(2017, 1, 1)) == (
        dt.date(2016, 2, 15),
        3,
        "last February",
    )
    evs, evidence = _read(gaz, actors, "The army recaptured Kinsabba last February.", dt.date(2017, 1, 1))[:2]
    assert not any(e.control_change for e in evs)
    assert [(x.controller, x.place.name) for x in evidence] == [("government", "Kinsabba")]


def test_members_named_between_dashes_are_not_the_subject(gaz, actors):
    """ "A coalition of rebel groups — including Jabhat al-Nusra — seized X": the coalition's side took it."""
    (e,) = _events(
        gaz,
        actors,
        "On Friday a coalition of rebel groups — including Jabhat al-Nusra — seized control of the city of "
        "Jisr al-Shughur.",
    )
    assert (e.actor1, e.new_controller, e.place.name) == ("opposition", "opposition", "Jisr al-Shughur")


def test_a_stopped_air_strike_money_and_the_salvation_government(gaz, actors):
    """From the errors of the probe web60 (read after its held-out figures were recorded): air defences that
    "confronted on 13 April an Israeli air strike" stopped it (disrupted weapons use); "10 million Syrian pounds" is
    money, not shelling; the Salvation Government is HTS's administration, not the government."""
    evs = _events(
        gaz,
        actors,
        "Syrian air defenses confronted on 13 April an Israeli air strike targeting the Masyaf area.",
        dt.date(2019, 4, 14),  # (a date months before the report would make it background, see stop 56)
    )
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [("Disrupted weapons use", "government", "israel")]
    assert _events(gaz, actors, "On Friday smugglers charged families two million Syrian pounds in Afrin.") == []
    assert [e.sub_event_type for e in _events(gaz, actors, "On Friday regime artillery pounds Kafr Nabudah.")] == [
        "Shelling/artillery/missile attack"
    ]
    evs = _events(gaz, actors, "On Friday the army began an intense pounding of ISIS positions in Morek.")
    assert [(e.sub_event_type, e.actor1) for e in evs] == [("Shelling/artillery/missile attack", "government")]
    found = [m.actor for m in actors.find("criticism of the policy of HTS and the Salvation Government")]
    assert found == ["hts", "hts"]


def test_a_bearing_after_a_comma_locates_and_named_towns_after_including(gaz, actors):
    """From the errors of the probes web59 and web60 (read after their figures were recorded): "near al-Bab, north of
    Aleppo" happened at al-Bab (the bearing locates it; no second event in the north of the governorate);
    "captured several towns, including A and B" took the towns named (not ground near them); "Sari Kani" is
    Ras al-Ayn."""
    text = "On Friday a Turkish aid worker was killed in an attack near al-Bab, north of Aleppo, the agency said."
    evs = _events(gaz, actors, text)
    assert [(e.place.name, e.geo_precision) for e in evs] == [("Al-Bab", 2)]
    evs = _events(gaz, actors, "On Friday the army captured several towns, including Kafr Nabudah and Al-Hamamiyat.")
    assert [(e.new_controller, e.place.name, e.geo_precision) for e in evs if e.control_change] == [
        ("government", "Kafr Nabudah", 1),
        ("government", "Al-Hamamiyat", 1),
    ]
    (e,) = _events(gaz, actors, "On Friday two people were killed in explosions in Sari Kani.")
    assert e.place.name == "Ras al-Ayn"


def test_moving_into_towns_and_a_toll_told_before_its_cause(gaz, actors):
    """From the errors of the probes web59 and web60 (read after their figures were recorded): troops that "moved
    into the towns of A and B" advanced there (a fight, no change; not families that moved into camps); "19 soldiers
    died after Turkey carried out drone attacks on X" is the news, not a background clause."""
    evs = _events(gaz, actors, "On Friday the Syrian Arab Army quickly moved into the towns of Kafr Zita and Morek.")
    assert [(e.sub_event_type, e.actor1, e.place.name, e.control_change) for e in evs] == [
        ("Armed clash", "government", "Kafr Zita", False),
        ("Armed clash", "government", "Morek", False),
    ]
    assert _events(gaz, actors, "On Friday thousands of displaced families moved into camps near Atmeh.") == []
    evs = _events(
        gaz, actors, "On Friday 19 regime soldiers died after Turkey carried out drone attacks on a convoy in Saraqib."
    )
    assert [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in evs] == [
        ("Air/drone strike", "turkey", "government", "Saraqib")
    ]


def test_control_won_or_brought_about_a_long_name(gaz, actors):
    """From the errors of the probe web57 (read after its figures were recorded): "won control of X" and "brought the
    key X district in Homs under complete control" (the place and its container between the verb and its control)
    are captures; "rebels backed by Ankara" are the Turkish-backed side."""

    def changes(text):
        return [(e.new_controller, e.place.name) for e in _events(gaz, actors, text) if e.control_change]

    assert changes("On Friday Syrian Army soldiers won control of the Jobar district in Damascus.") == [
        ("government", "Jobar")
    ]
    assert changes("On Friday the Syrian army brought the key Jobar district in Damascus under complete control.") == [
        ("government", "Jobar")
    ]
    assert changes("On Friday militants backed by Ankara captured the town of Jindires.") == [("turkey", "Jindires")]


def test_a_vague_count_of_months_ago_dates_a_capture_into_the_past():
    """ "Months earlier the rebels captured X", "several months ago", "a few days ago": a count left vague is three
    (so a capture then is background, not the report's news)."""
    d = dt.date(2017, 6, 1)
    assert resolve_time("Months earlier the rebels captured the airport.", d) == (
        dt.date(2017, 3, 3),
        3,
        "Months earlier",
    )
    assert resolve_time("It fell several weeks ago.", d)[:2] == (dt.date(2017, 5, 11), 2)
    assert resolve_time("It fell a few days ago.", d)[:2] == (dt.date(2017, 5, 29), 2)
    assert resolve_time("It fell two days ago.", d)[:2] == (dt.date(2017, 5, 30), 1)


def test_a_capture_months_earlier_is_evidence(gaz, actors):
    evs, evidence = _read(gaz, actors, "Months earlier the rebels captured the town of Morek.", dt.date(2017, 6, 1))
    assert not any(e.control_change for e in evs)
    assert [(x.controller, x.place.name) for x in evidence] == [("opposition", "Morek")]


def test_a_day_after_managed_and_a_possessive_before_had(gaz, actors):
    """From the errors of the probe web50 (read after its figures were recorded): "managed on Sunday to recapture X"
    is done (the day between "managed" and "to"); "SANA said Assad's troops had taken control of X" is the report's
    news (reported speech, the subject in the possessive)."""

    def changes(text):
        return [(e.new_controller, e.place.name) for e in _events(gaz, actors, text) if e.control_change]

    assert changes("The Syrian Arab Army managed on Friday to recapture the strategic Kafr Nabudah town.") == [
        ("government", "Kafr Nabudah")
    ]
    assert changes("On Friday SANA said Assad's troops had taken control of Morek.") == [("government", "Morek")]


def test_a_roundup_of_distant_fronts_keeps_its_big_cities(gaz, actors):
    """From the development headlines: "Continued clashes in Daraa and bombardment targeted eastern Aleppo" names two
    fronts 400 km apart. Daraa, a city of ~100,000 the text spells, is not lost to Az Zarah (a town by Homs whose
    skeleton is Daraa's) for being far from Aleppo."""
    assert _headline(gaz, actors, "Continued clashes in Daraa and bombardment targeted eastern Aleppo") == [
        ("Armed clash", "unidentified", "", "Daraa", False),
        ("Shelling/artillery/missile attack", "unidentified", "", "East part of Aleppo governorate", False),
    ]
    assert [e.place.name for e in _events(gaz, actors, "", title="Aerial bombardment targets Aleppo and Daraa")] == [
        "Aleppo",
        "Daraa",
    ]


def test_a_headline_of_dropped_munitions_with_no_verb(gaz, actors):
    """ "13 barrel bombs on Darayya": the government's air strike on Darayya, though no verb says it; the weapons named
    with no place after them stay part of the side's name."""
    assert _headline(
        gaz, actors, "13 barrel bombs on Darayya and intensive airstrikes cause casualties in the Eastern Ghouta"
    ) == [
        ("Air/drone strike", "government", "", "Darayya", False),
        ("Air/drone strike", "unidentified", "", "Eastern Ghouta", False),
    ]
    assert _headline(gaz, actors, "Barrel bombs on Darayya")[0][:2] == ("Air/drone strike", "government")
    assert _headline(gaz, actors, "Helicopters on Darayya") == []


def test_an_airwars_title_keeps_the_typed_place_the_gazetteer_lacks(gaz, actors):
    """ "(S598) الرقة Al Idkhar neighbourhood, Raqqa governorate": the most specific Latin-script place is the
    neighbourhood, drawn over Raqqa governorate for want of its own point — not the Arabic name of the city before it."""
    title = "April 10th 2017: (S598) الرقة\u200e Al Tayar neighbourhood, Raqqa governorate, Syria"
    evs = _events(gaz, actors, "", title=title)
    assert [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in evs] == [
        ("Air/drone strike", "coalition", "civilians", "Al Tayar")
    ]
    assert evs[0].geo_precision > 1
    # a quarter the gazetteer has (stop 56) is drawn at its own point, inside the city
    title = "April 10th 2017: (S598) الرقة\u200e Al Idkhar neighbourhood, Raqqa governorate, Syria"
    (e,) = _events(gaz, actors, "", title=title)
    assert (e.place.name, e.place.kind, e.place.admin1) == ("al-Idkhar", "suburb", "Raqqa")
    assert float(distance_km(e.place.lat, e.place.lon, 35.95, 39.01)) < 4


def test_hula_is_the_homs_town(gaz, actors):
    """ "Hula" was stoplisted as an English word; capitalised in a report it is al-Houla in Homs."""
    assert _headline(gaz, actors, "Shelling target Hula and airstrikes continue on the northern countryside of Hama")[
        0
    ] == ("Shelling/artillery/missile attack", "unidentified", "", "Houla", False)


def test_a_name_led_by_a_settlement_word_is_drawn_where_the_text_puts_it(gaz, actors):
    """ "Tal Zurqat in the western countryside of Daraa" (a name the gazetteer lacks): its leading "Tal" types it as a
    settlement, so it is drawn over the countryside the text puts it in, under its own name; a name led by "Abu" may
    be a man's and is left alone."""
    evs = _events(gaz, actors, "", title="Shelling by the factions on Tal Zurqat in the western countryside of Daraa")
    assert [(e.sub_event_type, e.actor1, e.place.name, e.geo_precision) for e in evs] == [
        ("Shelling/artillery/missile attack", "opposition", "Tal Zurqat", 3)
    ]
    evs = _events(gaz, actors, "", title="Shelling by the factions on Abu Zurqat in the western countryside of Daraa")
    assert "Abu Zurqat" not in [e.place.name for e in evs]


def _changes(gaz, actors, text, date=D):
    return [(e.new_controller, e.place.name) for e in _events(gaz, actors, text, date) if e.control_change]


def test_a_force_named_by_a_noun_pointing_back_is_the_speakers_side(gaz, actors):
    """From the read probe web62 (its figures recorded first): "According to the regime, its troops have seized X",
    "Websites affiliated with the ISIS group confirmed the extremists had taken over Y" — the force of the verb is
    named only by a noun pointing back, and is the side of the speaker named before the speech verb."""
    assert _changes(
        gaz, actors, "According to the regime, its troops have seized the villages of Latamneh and Morek."
    ) == [
        ("government", "Al-Lataminah"),
        ("government", "Morek"),
    ]
    assert _changes(
        gaz, actors, "Websites affiliated with the ISIS group confirmed the extremists had taken over Qaryatain."
    ) == [("isis", "Al-Qaryatayn")]
    # no speaker, no side: the noun alone names nobody
    assert _changes(gaz, actors, "The extremists had taken over Qaryatain.") == []


def test_a_dateline_with_its_date_and_a_claim_after_the_quote(gaz, actors):
    """ "DAMASCUS , Syria, Aug. 6 (UPI) --" is where the report was filed, not a place taken; a capture the speaker
    "claimed" after the quote is no change of hands; "asserted control over X" is a capture."""
    d = dt.date(2015, 8, 6)
    text = (
        "DAMASCUS , Syria, Aug. 6 (UPI) -- The strategic Syrian town of al-Qaryatain was captured Thursday from "
        "pro-government forces by Islamic State fighters, a monitoring group said."
    )
    assert _changes(gaz, actors, text, d) == [("isis", "Al-Qaryatayn")]
    quote = "“Today, the SDF liberated central Hajin from Daesh,” the head of the SDF press office claimed on Twitter."
    assert _changes(gaz, actors, quote) == []
    assert _changes(gaz, actors, "“Today, the SDF liberated central Hajin from Daesh,” the SDF press office said.") == [
        ("sdf", "Hajin")
    ]
    assert _changes(gaz, actors, "The Syrian Arab Army asserted control over Kafr Zita.") == [
        ("government", "Kafr Zita")
    ]


def test_an_allys_capture_gives_ground_to_the_state(gaz, actors):
    """Hezbollah (iran) and Russia hold no zones of their own: what they take is the government's on the map."""
    evs = [e for e in _events(gaz, actors, "Hezbollah fighters captured Assal al-Ward on Friday.") if e.control_change]
    assert [(e.sub_event_type, e.new_controller, e.place.name) for e in evs] == [
        ("Government regains territory", "iran", "‘Assāl al Ward")
    ]
    assert actors.controller_of(evs[0].new_controller) == "government"


def test_more_capture_wordings_from_the_read_probe_web62(gaz, actors):
    """ "seized the large hilltop of X" (an adjective before a site's word), "dislodged IS from X", "had recovered full
    control of X", "were capable to gain X and Y hamlets from ISIS", and "The towns and villages seized by <side>
    include A and B" (a reduced passive whose places the main verb lists) are completed captures."""
    assert _changes(gaz, actors, "The Syrian Arab Army also seized the large hilltop of Tal Al-Mal.") == [
        ("government", "Tell al Mal")
    ]
    assert _changes(gaz, actors, "The Turkey-backed Free Syrian Army dislodged IS from Dabiq on Friday.") == [
        ("turkey", "Dabiq")
    ]
    assert _changes(
        gaz, actors, "A Kurdish militia said it had recovered full control of the border town of Tal Abyad."
    ) == [("sdf", "Tell Abyad")]
    assert ("government", "Beit Arrah") in _changes(
        gaz, actors, "The Tiger Forces were capable to gain “Beit Arah” and “Koya” hamlets from ISIS."
    )
    listed = "The towns and villages seized by Jaysh al Fateh include A’yn al Hamra, Basnaqul, Muhambel, and Sanqara."
    assert _changes(gaz, actors, listed) == [("opposition", "Ain Hamra"), ("opposition", "Mhambal")]
    # (what a side shelled is no ground it took)
    assert _changes(gaz, actors, "The villages shelled by the regime include Kafr Zita.") == []


def test_a_spokesmans_name_and_the_damascus_regime_are_no_places(gaz, actors):
    evs = _events(gaz, actors, "The SDF is fighting IS in the area around Raqqa stadium, spokesman Mostafa Bali said.")
    assert [e.place.name for e in evs] == ["Raqqa municipal stadium"]  # (a gazetteer row since stop 56)
    text = (
        "Regime forces recaptured the town of Kafranbel, one of the first cities to rebel against the Damascus regime."
    )
    assert [e.place.name for e in _events(gaz, actors, text)] == ["Kafranbel"]


def test_wordings_of_the_read_probe_web63(gaz, actors):
    """From the read probe web63 (its figures on 63e830f recorded first): an aircraft's "carried out two attacks on X"
    are air strikes by its side (not "target X by 20 shells and the regime forces carry out a new attack in Y"); "the
    newly liberated X village" is no capture; fighters leaving "and their families" leave ground ("bound for Idlib" is
    where they go, not ground left); "Sharia" (a Sharia board) is no village; aliases "U.S.-backed fighters",
    "al Qaeda's Syrian affiliate"."""

    def read(text):
        return [(e.sub_event_type, e.actor1, e.place.name) for e in _events(gaz, actors, text)]

    assert read("Within a week, Turkish drones carried out two attacks on Kobani.") == [
        ("Air/drone strike", "turkey", "Kobani")
    ]
    assert read("Russian warplanes carried out attacks on Kobani.") == [("Air/drone strike", "russia", "Kobani")]
    assert read("IS fighters carried out two attacks on Kobani.") == [("Armed clash", "isis", "Kobani")]
    assert read("At least one SVBIED struck rural Raqqa today, hitting the newly liberated Al-Hitash village.") == [
        ("Suicide bomb", "unidentified", "Hitash")
    ]
    assert read(
        "Hundreds of rebel fighters and their families left eastern Ghouta late Saturday, bound for Idlib."
    ) == [("Non-violent transfer of territory", "opposition", "Eastern Ghouta")]
    assert read("Hundreds of civilians left Manbij on Saturday.") == []
    assert read("A Shariaa Board member of HTS has been assassinated in the southern Syrian province of Daraa.") == [
        ("Armed clash", "unidentified", "Daraa governorate")
    ]
    assert read("U.S.-backed fighters have captured the village of Kafr Zita.")[0][:2] == (
        "Non-state actor overtakes territory",
        "sdf",
    )
    assert _changes(
        gaz, actors, "Militants of al Qaeda's Syrian affiliate took over the town of Kafr Zita on Friday."
    ) == [("hts", "Kafr Zita")]


def test_occupied_as_a_verb_assaults_by_their_means_and_the_side_blamed(gaz, actors):
    """More of web63: "its mercenaries occupied three villages in the surroundings of X" is a capture (an object only a
    verb takes; "the occupied Golan" stays an adjective); "assaulted with rockets and mortars X" is shelling; a strike
    "attributed to Israel" is Israel's; "US-backed militants" are the SDF."""

    def read(text):
        return [(e.sub_event_type, e.actor1, e.place.name) for e in _events(gaz, actors, text)]

    assert read(
        "The Turkish occupation and its mercenaries occupied three villages in the surroundings of Tal Tamir."
    ) == [("Non-state actor overtakes territory", "turkey", "Tell Tamr")]
    assert read("Israeli jets struck positions in the occupied Golan.") == []
    assert read("Turkish forces assaulted with rockets and mortars Dawodiya village in Tal Tamir countryside.") == [
        ("Shelling/artillery/missile attack", "turkey", "Dawudiya")
    ]
    assert read("Airstrikes on the T4 airbase, attributed to Israel, killed 14 people.")[0][:2] == (
        "Air/drone strike",
        "israel",
    )
    assert read("US-backed militants took control of the village of Kafr Zita.")[0][1] == "sdf"


def test_a_result_clause_names_no_place_of_the_act(gaz, actors):
    """ "captured Tal Abyad from IS on Friday, severing an important supply route between the Turkish border and
    Raqqa": what the capture brought about is no place taken (web62 drew captures at the border and at Raqqa)."""
    text = (
        "The Kurdish YPG militia captured Tal Abyad from IS on Friday, severing an important supply route for the "
        "militants between the Turkish border and its de facto capital of Raqqa city to the south."
    )
    assert [(e.sub_event_type, e.place.name) for e in _events(gaz, actors, text)] == [
        ("Non-state actor overtakes territory", "Tell Abyad")
    ]


def test_break_into_a_place_and_an_operation_still_to_come(gaz, actors):
    """ "Manbij military council breaks into al-Arima" is an assault there (as "storm"), by the SDF; "broke into a
    house" is no battle; "Al-Furat Shield operation preparing to break into al-Bab city" is none yet."""

    def read(text):
        return [(e.sub_event_type, e.actor1, e.place.name) for e in _events(gaz, actors, text)]

    assert _headline(gaz, actors, "Menbej military council breaks into al-Arima and destroys several tanks") == [
        ("Armed clash", "sdf", "", "Al-Arimah", False)
    ]
    assert read("Regime forces broke into the town of Kafr Zita.") == [("Armed clash", "government", "Kafr Zita")]
    assert read("Unknown gunmen broke into a house in Kafr Zita.") == []
    assert read("Al-Furat Shield operation preparing to break into al-Bab city.") == []
    assert read("The regime launched an offensive to take Kafr Zita.") == [("Armed clash", "government", "Kafr Zita")]


def test_captures_of_the_read_probe_web64(gaz, actors):
    """From the read probe web64 (its figures recorded first; the sentences here are written for the test): a result
    told with its own subject ("resulted in GoS forces gaining control of …"), a counted list that goes on after
    "including", "the two villages of" inside a list, a region named before the verb that holds the villages the
    gazetteer lacks, note marks, "completely secured", "taken under control by", "AL-" and a dash glued to a side."""
    assert _changes(gaz, actors, "The push resulted in GoS forces gaining control of Skik and Abdin.") == [
        ("government", "Skik"),
        ("government", "Abdin"),
    ]
    assert _changes(
        gaz,
        actors,
        "Army units continued their advance in the southern countryside of Idlib, liberating Tal Foo and six villages "
        "including Sheikh Mustafa, al-Nafir and Kafr Sajneh after battles with terrorist groups.",
    ) == [
        ("government", "Tal Foo"),  # (drawn in the south of Idlib governorate, where the text puts it)
        ("government", "Sheikh Mustafa"),
        ("government", "al-Nafir"),  # (drawn at Sheikh Mustafa, named in one list with it)
        ("government", "Kafr Sijnah"),
    ]
    assert _changes(
        gaz,
        actors,
        "Army units took control over Tal Mamo hill and the two villages of Birawi and Azizit Samaan in the southern "
        "countryside of Aleppo.",
    ) == [("government", "Tall Mamou"), ("government", "Birawi"), ("government", "Azizit Samaan")]
    # (the region before the verb is the villages' only when no place is named between: none is drawn here)
    assert [
        (e.place.name, e.geo_precision)
        for e in _events(
            gaz, actors, "Regime forces shelled the southern countryside of Idlib and Saraqib, seizing Tal Foo."
        )
        if e.control_change
    ] == []
    assert _changes(
        gaz, actors, "The rebels launched a second assault, [34] and early on Thursday, they captured Kafr Zita.[35]"
    ) == [("opposition", "Kafr Zita")]
    assert _changes(gaz, actors, "On Thursday the army completely secured Abu Dali.") == [("government", "Abu Dali")]
    assert _changes(gaz, actors, "The town of Afrin was taken under control by Turkish forces on Sunday.") == [
        ("turkey", "Afrin")
    ]
    assert _changes(
        gaz, actors, "The Tiger Forces– backed by Russian air support – have fully liberated AL-Mayadeen on Thursday."
    ) == [("government", "Al-Mayadin")]
    assert _changes(
        gaz, actors, "The ISIS attack, which began late on Thursday, retook villages including Akhtarin."
    ) == [("isis", "Akhtarin")]
    assert _changes(
        gaz,
        actors,
        "Syrian soldiers and Hezbollah fighters engaged the extremists in Qalamoun, located north of the capital, and "
        "subsequently took control of Shoabat al-Foo and Beit Shakour.",
    ) == [("government", "Shoabat al-Foo"), ("government", "Beit Shakour")]
    # "The U.S. Air Force has bombarded …": initials end no sentence
    assert [
        (e.sub_event_type, e.actor1)
        for e in _events(gaz, actors, "The U.S. Air Force has reportedly bombarded ISIS positions in Al-Mayadeen.")
    ] == [("Air/drone strike", "coalition")]


def test_sides_of_the_read_probe_web64(gaz, actors):
    """From the read probe web64 (sentences written for the test): the first of "A, popular forces and B" leads the
    side; a side named before "support" only helps; the regime's security branches, the Syrian Liberation Front and
    "Islamist militants" are sides of their own; "a raid campaign" of a security patrol is no air raid."""

    def read(text):
        return [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in _events(gaz, actors, text)]

    assert _changes(
        gaz,
        actors,
        "On Thursday, the Syrian Army, popular forces and Hezbollah fighters pushed the terrorist groups back from "
        "Kafr Zita and retook full control over the town.",
    ) == [("government", "Kafr Zita")]
    assert read(
        "The Asayish said that their Special Forces, with the US-led Global Coalition support, arrested 27 people in "
        "Manbij on Thursday."
    ) == [("Arrests", "sdf", "civilians", "Manbij")]
    assert read(
        "On Thursday evening, Military Security patrols carried out a raid campaign, during which they arrested 13 "
        "young men in Kafr Zita."
    ) == [("Arrests", "government", "civilians", "Kafr Zita")]
    assert read("Islamist militants attacked the Kurdish forces in Manbij on Thursday.") == [
        ("Armed clash", "unidentified", "sdf", "Manbij")
    ]
    assert _changes(gaz, actors, "Jabhat Tahrir Souriya captured Kafr Zita on Thursday.") == [
        ("opposition", "Kafr Zita")
    ]


def test_targets_strikes_and_crowds_of_the_read_probe_web64(gaz, actors):
    """From the read probe web64 (sentences written for the test): the side whose posts are hit is the target; the
    state media's "a new aggression on X" by warplanes is an air strike (not "the Turkish aggression on Afrin
    continues": a campaign); the missiles air defences stop are the side's that struck just before; a crowd that
    storms a building riots."""

    def read(text):
        return [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in _events(gaz, actors, text)]

    assert read("ISIS launched a suicide attack on the Syrian army's positions in Kafr Zita on Thursday.") == [
        ("Suicide bomb", "isis", "government", "Kafr Zita")
    ]
    assert _headline(
        gaz,
        actors,
        "Israeli warplanes perpetrated a new aggression on T4 airport and Syrian air defenses intercepted the "
        "hostile missiles",
    ) == [
        ("Air/drone strike", "israel", "", "Tiyas Military Airbase", False),
        ("Disrupted weapons use", "government", "israel", "Tiyas Military Airbase", False),
    ]
    assert read("The Turkish aggression on Afrin continues.") == []
    assert read("Dozens of protesters stormed the governor's office in Sweida on Thursday.") == [
        ("Violent demonstration", "protesters", "", "As-Suwayda")
    ]
    assert read("Regime forces fired on protesters in Sweida and then stormed Kafr Zita.")[1] == (
        "Armed clash",
        "government",
        "",
        "Kafr Zita",
    )


def test_turkish_wording_more_places_and_refusals_of_the_read_probe_web64(gaz, actors):
    """From the read probe web64 (sentences written for the test): the Turkish ministry's "neutralized" and its names
    for the SDF ("YPG/PKK"); ", and on the villages of A and B" goes on with the same act; a side that rejects or
    refuses pulling out has not left."""

    def read(text):
        return [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in _events(gaz, actors, text)]

    assert read("Turkish security forces neutralized 10 YPG/PKK terrorists in Tal Abyad on Thursday.") == [
        ("Armed clash", "turkey", "sdf", "Tell Abyad")
    ]
    assert read(
        "Turkish troops shelled Tal Harmel village, north of Abu-Rasen town, and on the villages of Tal al-Ward and "
        "al-Dardara on Thursday."
    )[1:] == [
        ("Shelling/artillery/missile attack", "turkey", "", "Tall al Ward"),
        ("Shelling/artillery/missile attack", "turkey", "", "Derdare"),
    ]
    assert read("The PYD rejects pulling out from the Menagh air base.") == []
    assert read("The rebels refused to withdraw from Kafr Zita on Thursday.") == []


def test_sides_named_around_their_backers_of_the_read_probe_web65(gaz, actors):
    """From the probe web65, read after its figures were recorded (sentences written for the test): a sentence that
    opens on the backers ("Backed by Russian jets, the Syrian army captured X"); unnamed partners between the side and
    its word ("Syrian rebels and jihadi fighters announced that they had captured X"); a place abandoned to a side;
    whom a side opposes is not the side."""
    assert _changes(gaz, actors, "Backed by Russian jets, the Syrian army captured Palmyra on Thursday.") == [
        ("government", "Palmyra")
    ]
    assert _changes(
        gaz,
        actors,
        "Supported by the Russian air force, Syrian army have captured Palmyra, state-run agency SANA reported.",
    ) == [("government", "Palmyra")]
    assert _changes(
        gaz, actors, "Syrian rebels and jihadi fighters announced on Thursday that they had captured the city of Idlib."
    ) == [("opposition", "Idlib")]
    assert _changes(
        gaz,
        actors,
        "Rebel forces opposed to the regime of Bashar al-Assad abandoned Kafr Zita on Thursday to the Syrian Army.",
    ) == [("government", "Kafr Zita")]


def test_named_areas_beaten_back_and_the_national_army_of_the_read_probe_web65(gaz, actors):
    """From the probe web65 (sentences written for the test): "the areas of A, B and C" name the places (a
    translation's word), "the area of X" is ground near X; "beat ISIS back from X" drives it out; the "so-called
    National Syrian Army" is Turkey's, not the Syrian army."""
    assert _changes(
        gaz, actors, "The army succeeded on Thursday in liberating the areas of Deir al-Sharqi and Maar Shamarin."
    ) == [("government", "Deir al-Sharqi"), ("government", "Maar Shamarin")]
    assert _changes(gaz, actors, "The army took the area of Maar Shamarin on Thursday.") == []
    assert _changes(gaz, actors, "The SDF beat ISIS back from Kafr Zita on Thursday.") == [("sdf", "Kafr Zita")]
    assert _changes(
        gaz,
        actors,
        "On Thursday afternoon, the Turkish military and the so-called National Syrian Army (NSA) took over the "
        "border town of Ras al-Ayn.",
    ) == [("turkey", "Ras al-Ayn")]


def test_coordinated_sides_after_an_opening_clause_of_the_read_probe_web65(gaz, actors):
    """From the probe web65 (sentences written for the test): "the Syrian armed opposition factions and Turkish forces
    recovered X" after an opening "After …" clause is one subject led by its first member; a "Kurdish coalition" is the
    SDF, not the US-led one."""
    assert _changes(
        gaz,
        actors,
        "After 3 weeks of control by the regime and Russia, the Syrian armed opposition factions and Turkish forces "
        "recovered the city of Saraqib on Thursday.",
    ) == [("opposition", "Saraqib")]
    assert _changes(gaz, actors, "A United States-backed Kurdish coalition captured Hajin on Thursday.") == [
        ("sdf", "Hajin")
    ]


def test_lists_joined_by_as_well_as_of_the_read_probe_web62(gaz, actors):
    """From the read probes web62 and web65 (sentences written for the test): "the town of X, as well as A, B and C" and
    "X, in addition to the village of Y" are one list of places taken."""
    assert _changes(
        gaz, actors, "Syrian forces captured the town of al-Harah, as well as Samlin and Zimrin, on Thursday."
    ) == [("government", "Al Harah"), ("government", "Samlin"), ("government", "Zimrin")]
    assert _changes(gaz, actors, "Rebels captured Kafr Zita, in addition to the village of Al-Lataminah.") == [
        ("opposition", "Kafr Zita"),
        ("opposition", "Al-Lataminah"),
    ]


def test_the_entire_area_of_a_place_is_the_place_of_the_read_probe_web63(gaz, actors):
    """From the read probe web63 (a sentence written for the test): "impose their full control on the entire area of
    Afrin" takes Afrin; "the area of Afrin" stays ground near it."""
    assert _changes(
        gaz, actors, "Turkish forces imposed their full control on the entire area of Afrin on Thursday."
    ) == [("turkey", "Afrin")]
    assert _changes(gaz, actors, "Turkish forces took control of the area of Afrin on Thursday.") == []


def test_the_side_an_operation_was_waged_against_loses_what_it_took_of_the_read_probe_web64(gaz, actors):
    """From the read probe web64 (sentences written for the test): "continued their operations against Jabhat al-Nusra
    …, regaining control over X" and "launched an offensive against HTS and captured X" take X from the side named
    after "against"; "units fighting against Syria's army entered X" only says who the units are."""

    def read(text):
        return [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in _events(gaz, actors, text)]

    assert read(
        "Army units continued on Thursday their operations against Jabhat al-Nusra in the countryside of Hama, "
        "regaining control over Kafr Zita."
    ) == [("Government regains territory", "government", "hts", "Kafr Zita")]
    assert read("The army launched an offensive against HTS on Thursday and captured Kafr Zita.") == [
        ("Government regains territory", "government", "hts", "Kafr Zita")
    ]
    assert (
        read("Turkish troops and rebel units fighting against Syria's army entered Ras al-Ayn on Thursday.")[0][2] == ""
    )


def test_in_full_control_after_clearing_out_is_a_change_of_the_read_probe_web65(gaz, actors):
    """From the probe web65 (sentences written for the test): "are in full control of X after clearing out rebels"
    tells the change the clearing made; "have been in full control of X since 2012" is the state."""
    assert _changes(
        gaz, actors, "Syrian forces are in full control of Kafr Zita after clearing out rebels holed up in the town."
    ) == [("government", "Kafr Zita")]
    assert _changes(gaz, actors, "The rebels have been in full control of Kafr Zita since 2012.") == []


def test_sides_and_lists_of_the_read_probe_web66(gaz, actors):
    """From the probe web66, read after its figures were recorded (sentences written for the test): a side named deep
    in what an operation is "against" is not the subject of the next verb; a list's last name after ", and" keeps the
    region the list lies in; a word of worth before a type word ("Kafr Zita strategic town and the villages of …") and
    a locator after the list ("on the southern edges of Idlib", "north of the town of Hama") do not end it."""
    assert _changes(
        gaz,
        actors,
        "Army units carried out operations against the positions and supply lines of terrorists of Jabhat al-Nusra "
        "and liberated Kafr Zita.",
    ) == [("government", "Kafr Zita")]
    assert _changes(
        gaz, actors, "Army units liberated Kafr Zita, Morek, and Al-Lataminah in Hama northern countryside."
    ) == [
        ("government", "Kafr Zita"),
        ("government", "Morek"),
        ("government", "Al-Lataminah"),
    ]
    assert _changes(
        gaz, actors, "Army units liberated Kafr Zita strategic town and the villages of Morek and Al-Lataminah."
    ) == [("government", "Kafr Zita"), ("government", "Morek"), ("government", "Al-Lataminah")]
    places = [
        e.place.name
        for e in _events(gaz, actors, "The army captured Khan Shaykhun and Al-Tamanah on the southern edges of Idlib.")
    ]
    assert places == ["Khan Shaykhun", "Al-Tamanah"]
    places = [
        e.place.name
        for e in _events(gaz, actors, "The army captured Morek and Al-Lataminah north of the town of Hama.")
    ]
    assert places == ["Morek", "Al-Lataminah"]


def test_acts_that_did_not_happen_of_the_read_probe_web66(gaz, actors):
    """From the probe web66 (sentences written for the test): an act under "if" inside a clause, a duty ("were supposed
    to withdraw"), the bombing protesters condemn and a truce violated are no events; ground "controlled by fire" is
    fought over, not taken."""
    assert _events(gaz, actors, "Civilians will flee again if the Turkish army attempts to capture Tell Rifaat.") == []
    assert (
        _events(gaz, actors, "The source said that if the army fails to capture Kafr Zita soon, it will retreat.") == []
    )
    assert _events(gaz, actors, "Kurdish fighters were supposed to withdraw from Manbij on Friday.") == []
    evs = _events(gaz, actors, "Thousands protested in Idlib on Friday, condemning the Russian bombardment on Saraqib.")
    assert {e.sub_event_type for e in evs} == {"Peaceful protest"}
    evs = _events(gaz, actors, "Rebels attacked army positions in Morek, violating the agreed truce.")
    assert [e.sub_event_type for e in evs] == ["Armed clash"]
    (e,) = _events(gaz, actors, "The army took control of Kafr Zita by fire on Friday.")
    assert (e.sub_event_type, e.control_change) == ("Armed clash", False)


def test_freeing_a_place_and_the_men_of_a_side_of_the_read_probe_web66(gaz, actors):
    """From the probe web66 (sentences written for the test): "free X from" the militants takes X (but freeing men from
    a prison takes nothing); men named by their backer are the backer's ("the Turkish-backed militants from the Free
    Syrian Army"); "government ally Russia" is Russia; the side whose convoy or posts are attacked is the target; "Assad
    militiamen killed 17 civilians" is the government's act."""
    assert _changes(gaz, actors, "The army managed to free Kafr Zita from the militants on Friday.") == [
        ("government", "Kafr Zita")
    ]
    assert _changes(gaz, actors, "Rebels managed to free 20 detainees from a prison in Idlib on Friday.") == []

    def read(text):
        return [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in _events(gaz, actors, text)]

    assert (
        read("The Turkish-backed militants from the Free Syrian Army shelled Tell Rifaat on Friday.")[0][1] == "turkey"
    )
    assert read("Air strikes by government ally Russia hit Darat Izza on Friday.")[0][1] == "russia"
    assert read("Insurgent groups attacked several Syrian government positions in Morek on Friday.") == [
        ("Armed clash", "opposition", "government", "Morek")
    ]
    assert read("Assad militiamen killed 17 civilians on Friday in Maarat al-Numan.") == [
        ("Attack", "government", "civilians", "Maarat al-Numan")
    ]


def test_sources_pronouns_lists_and_tolls_of_the_read_probe_web66(gaz, actors):
    """From the probe web66 (sentences written for the test): "the SDF confirmed that it was engaged in clashes with X"
    is the SDF's fight; a pluperfect whose source ends the sentence ("HTS had seized X, the Observatory said on
    Friday") is the report's news, unless a time before it is named; a list goes on past "villages to the North of
    Idlib"; "airstrikes on X, causing a massacre" is one strike, on civilians."""

    def read(text):
        return [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in _events(gaz, actors, text)]

    assert read("The SDF confirmed that it was engaged in heavy clashes with Syrian government forces in Manbij.") == [
        ("Armed clash", "sdf", "government", "Manbij")
    ]
    assert _changes(
        gaz, actors, "HTS had seized Kafr Zita, the Syrian Observatory for Human Rights said on Friday."
    ) == [("hts", "Kafr Zita")]
    assert _changes(gaz, actors, "HTS had seized Kafr Zita in 2015, the Syrian Observatory said on Friday.") == []
    assert _changes(
        gaz,
        actors,
        "Rebels took control of Saraqib and Binnish villages to the east of Idlib, Kafr Zita and Morek to the north "
        "of Hama on Friday.",
    ) == [("opposition", "Saraqib"), ("opposition", "Binnish"), ("opposition", "Kafr Zita"), ("opposition", "Morek")]
    assert read("Warplanes carried out airstrikes on Saraqib on Friday, causing a massacre in the town.") == [
        ("Air/drone strike", "unidentified", "civilians", "Saraqib")
    ]


def test_infiltrating_villages_and_the_countrys_own_part_of_the_read_probe_web66(gaz, actors):
    """From the probe web66 (sentences written for the test): "succeeded in infiltrating the villages of X and Y" is a
    fight at each (but "an attempt by the SDF to infiltrate" stays the one attempt); "captured four villages in Syria's
    northwest" is a capture in the country's northwest part, drawn as that area (the country has no point of its
    own)."""

    def read(text):
        return [(e.sub_event_type, e.actor1, e.place.name, e.geo_precision) for e in _events(gaz, actors, text)]

    assert read("The rebels succeeded last night in infiltrating the villages of Kafr Zita and Morek.") == [
        ("Armed clash", "opposition", "Kafr Zita", 1),
        ("Armed clash", "opposition", "Morek", 1),
    ]
    assert read("Government troops on Friday captured four villages in Syria's northwest.") == [
        ("Government regains territory", "government", "Northwest part of Syria", 3)
    ]


def test_projectiles_said_to_be_a_sides_are_its_of_the_read_probe_web66(gaz, actors):
    """From the probe web66 (a sentence written for the test): "The missiles, “believed to be Israeli,” hit X" are
    Israel's, even when the headline names no place (the event is listed unplaced, with its side)."""
    reading = _all(gaz, actors, "", title="The missiles, “believed to be Israeli,” hit Syrian military sites overnight")
    assert reading.events == []
    assert [u.actor1 for u in reading.unplaced] == ["israel"]


def test_a_day_before_the_object_and_a_numbered_post_in_a_list_of_the_read_probes_web62_web65(gaz, actors):
    """From the read probes web62 and web65 (sentences written for the test): "liberated on Monday the town of X" takes
    X itself (the day between the verb and its object); "captured A, B, 4th checkpoint and C" goes on past the
    numbered post the gazetteer cannot place."""
    assert _changes(gaz, actors, "Units of the Syrian Arab Army liberated on Friday the town of Kafr Zita.") == [
        ("government", "Kafr Zita")
    ]
    assert _changes(gaz, actors, "The army captured Kafr Zita, Morek, 4th checkpoint and Al-Lataminah on Friday.") == [
        ("government", "Kafr Zita"),
        ("government", "Morek"),
        ("government", "Al-Lataminah"),
    ]


def test_fighting_over_a_part_of_the_country_gives_way_to_the_sentences_places_of_the_read_probes(gaz, actors):
    """From the read probes web62 and web63 (sentences written for the test): "clashes … in Western Aleppo, Northern
    Syria" are fought in western Aleppo, not over the north of the country too; with no other place, the country's part
    stays ("clashes in northern Syria")."""
    evs = _events(
        gaz, actors, "On Tuesday, clashes erupted between HTS and the Zenki Movement in Western Aleppo, Northern Syria."
    )
    assert [e.place.name for e in evs] == ["West part of Aleppo governorate"]
    evs = _events(gaz, actors, "On Tuesday, clashes erupted between HTS and the Zenki Movement in northern Syria.")
    assert [e.place.name for e in evs] == ["North part of Syria"]
    # (and a place's own act: "recovered the city of Saraqib in the eastern Idlib countryside, in northern Syria")
    evs = _events(
        gaz, actors, "Rebels recovered the city of Saraqib in the eastern Idlib countryside, in northern Syria."
    )
    assert [e.place.name for e in evs] == ["Saraqib"]


def test_a_country_named_to_place_a_town_is_no_side_of_the_read_probe_web65(gaz, actors):
    """From the read probe web65 (a sentence written for the test): "seized the city of Idlib, the capital of the
    province of Idlib near Turkey" took it from nobody named — Turkey there says where Idlib lies."""
    (e,) = _events(gaz, actors, "Rebels seized the city of Idlib, the capital of the province of Idlib near Turkey.")
    assert (e.actor1, e.actor2) == ("opposition", "")


def test_the_review_of_stop_46s_rules_holds_their_limits(gaz, actors):
    """Sentences a review of this stop's rules wrote against them (each read wrongly by a first version): a new clause
    after ", and X in Hama countryside" is not the list's; a pluperfect with an earlier time is background even with
    its source at the end; "brokered" is no broken truce; a side right before its verb after "against HTS" is the
    subject; protesters shelled and a strike a state condemns are acts; a clash across a part of the country beside a
    car bomb elsewhere stays; "managed to infiltrate" is done."""

    def read(text):
        return [(e.sub_event_type, e.actor1, e.place.name) for e in _events(gaz, actors, text)]

    assert _changes(
        gaz,
        actors,
        "Government forces captured Morek, and Kafr Zita in the Hama countryside remains under rebel control.",
    ) == [("government", "Morek")]
    assert _changes(gaz, actors, "HTS had seized Morek last summer, the Syrian Observatory said on Friday.") == []
    assert _changes(gaz, actors, "HTS had seized Morek and the Syrian Observatory says.") == []
    assert [
        e.sub_event_type for e in _events(gaz, actors, "Russia and Turkey brokered a ceasefire in Idlib on Friday.")
    ] == ["Agreement"]
    assert _changes(gaz, actors, "During the offensive against HTS government forces captured Morek on Friday.") == [
        ("government", "Morek")
    ]
    assert read("Protesters came under regime shelling in Saraqib.")[0][:2] == (
        "Shelling/artillery/missile attack",
        "government",
    )
    assert [
        e.sub_event_type for e in _events(gaz, actors, "Turkey condemned the government airstrike on Saraqib.")
    ] == ["Air/drone strike"]
    assert [x[2] for x in read("Clashes raged across northern Syria on Friday as a car bomb exploded in Azaz.")] == [
        "North part of Syria",
        "Azaz",
    ]
    assert read("Rebels managed to infiltrate Kafr Zita on Friday.") == [("Armed clash", "opposition", "Kafr Zita")]


def test_a_second_type_word_joined_to_the_first_opens_the_same_list(gaz, actors):
    """ "retook the villages and regions of A, B and C": "and regions" is the cue's second type word, not a next verb,
    so every name of the list is taken (before, the capture named no place)."""
    text = "The Syrian army retook the villages and regions of Foo al-Bar, Kafr Sijnah and al-Naqir, the monitor said."
    evs = _events(gaz, actors, text, dt.date(2020, 1, 29))
    assert [(e.kind, e.actor1, e.new_controller) for e in evs] == [("capture", "government", "government")] * 3
    assert [e.place.name for e in evs][1:] == ["Kafr Sijnah", "al-Naqir"]
    assert evs[0].surface == "Foo al-Bar"
    # (and "the towns and villages of", a shelling)
    evs = _events(
        gaz, actors, "Regime forces shelled the towns and villages of Kafr Sijnah and al-Naqir.", dt.date(2020, 1, 29)
    )
    assert [(e.kind, e.place.name) for e in evs] == [("shelling", "Kafr Sijnah"), ("shelling", "al-Naqir")]


def test_was_occupied_by_is_a_passive_capture(gaz, actors):
    """ "the important town of Darat Izza was occupied by Tahrir al-Sham": a passive of capture with "by", as "was
    retaken by" is (the rule took only participles in -en); "occupied by HTS since 2019" stays a description."""
    text = "Latest updates show that the important town of Darat Izza was occupied by Tahrir al-Sham, too."
    evs = _events(gaz, actors, text, dt.date(2019, 1, 2))
    assert _summary(evs) == [("capture", "hts", "hts", "Darat Izza")]
    evs = _events(gaz, actors, "Darat Izza, occupied by HTS since 2017, was shelled on Monday.", dt.date(2019, 1, 2))
    assert [e.kind for e in evs] == ["shelling"]


def test_a_storm_whose_defenders_are_fought_off_and_withdraw_is_a_capture(gaz, actors):
    """ "Islamic State insurgents stormed the city of Palmyra, fighting off government forces who withdrew": the
    insurgents are the Islamic State's (not the rebels' alias), and a storm the defenders withdraw from is a capture;
    defenders fought off who hold their ground leave a fight."""
    text = "Islamic State insurgents stormed the city of Palmyra on Wednesday, fighting off government forces who withdrew."
    evs = _events(gaz, actors, text, dt.date(2015, 5, 20))
    assert _summary(evs) == [("capture", "isis", "isis", "Palmyra")]
    text = "Islamic State insurgents stormed the city of Palmyra, fighting off government forces who held their ground."
    evs = _events(gaz, actors, text, dt.date(2015, 5, 20))
    assert [(e.kind, e.actor1, e.new_controller) for e in evs] == [("advance", "isis", "")]


def test_the_side_whose_forces_say_they_took_a_place_took_it(gaz, actors):
    """ "SDF forces said they seized X", "U.S.-backed coalition forces announced that they had fully seized the town
    of Tabqa": the speaker's own men between it and its verb; a "U.S.-backed coalition" is the SDF, not the U.S.-led
    coalition."""
    for text in (
        "SDF forces said they seized the town of Tabqa.",
        "On Wednesday, U.S.-backed coalition forces announced that they had fully seized the town of Tabqa.",
    ):
        assert _summary(_events(gaz, actors, text, dt.date(2017, 5, 10))) == [("capture", "sdf", "sdf", "Tabqa")]


def test_jts_and_bare_air_defences_are_named_sides(gaz, actors):
    """Jabhat Tahrir Souria (JTS) is a rebel coalition; "the air defences" of a report with no other owner are the
    government's, and "Israeli air defenses" or "its air defences" of Israel's report Israel's."""
    text = "Jabhat Tahrir Souria (JTS) liberated Darat Izza on Monday, a spokesman for the group said."
    assert _summary(_events(gaz, actors, text, dt.date(2018, 2, 19))) == [
        ("capture", "opposition", "opposition", "Darat Izza")
    ]
    text = "Israel said its air defences intercepted a missile fired over the Golan Heights."
    assert [e.actor1 for e in _events(gaz, actors, text, dt.date(2019, 1, 20))] == ["israel"]
    evs = _events(gaz, actors, "The air defences intercepted several missiles over Damascus.", dt.date(2019, 1, 20))
    assert [(e.sub_event_type, e.actor1) for e in evs] == [("Disrupted weapons use", "government")]
    assert [m.actor for m in actors.find("Israeli air defenses intercepted a rocket")] == ["israel"]


def test_road_ends_a_distance_aside_and_a_reporters_border_are_no_places_of_the_act(gaz, actors):
    """The ends of a road that says where a place lies (", on the highway linking Damascus and Aleppo", "that connects
    Damascus to Aleppo"), the distance and bearing that say where a place lies ("Maaret al-Numan, 33 kilometers south
    of the city of Idlib") and where a reporter stands ("an AFP reporter on the Turkish border said") are not where
    the act was."""
    day = dt.date(2020, 1, 27)
    evs = _events(gaz, actors, "Regime forces shelled Saraqib, on the highway linking Damascus and Aleppo.", day)
    assert [e.place.name for e in evs] == ["Saraqib"]
    text = (
        "Russian warplanes struck Maaret al-Numan, 33 kilometers south of the city of Idlib, on an important highway "
        "that connects Damascus to Aleppo."
    )
    assert [e.place.name for e in _events(gaz, actors, text, day)] == ["Maarat al-Numan"]
    text = (
        "A new strike by the US-led coalition hit near Kobane on Wednesday, an AFP reporter on the Turkish border said."
    )
    evs = _events(gaz, actors, text, dt.date(2014, 10, 8))
    assert [(e.actor1, e.place.name) for e in evs] == [("coalition", "Kobani")]
    # (but a correspondent's town in a sentence naming no other place is where it happened, and a Syrian town after
    # "the border with" is a place)
    text = "Warplanes pounded the town on Tuesday, killing four civilians, an AFP correspondent in Saraqib said."
    assert [e.place.name for e in _events(gaz, actors, text, day)] == ["Saraqib"]
    text = "Turkish forces shelled SDF positions near the border with Tal Abyad on Sunday."
    assert [e.place.name for e in _events(gaz, actors, text, dt.date(2019, 10, 14))] == ["Tell Abyad"]
    # (but fire on the road itself, linking or between two towns, is near them)
    evs = _events(
        gaz, actors, "Russian warplanes carried out airstrikes on the highway linking Saraqib and Ariha.", day
    )
    assert [e.place.name for e in evs] == ["Saraqib", "Ariha"]
    evs = _events(gaz, actors, "Regime forces shelled the road between Saraqib and Taftanaz.", day)
    assert [e.place.name for e in evs] == ["Saraqib", "Taftanaz"]


def test_a_passive_whose_subject_stands_before_an_apposition_is_at_that_place(gaz, actors):
    """ "Darat Izza, held by HTS since 2017, was shelled on Monday": the "since" of the apposition opened a clause of
    its own, which cut the passive verb from its subject, so the shelling was lost; the subject before one apposition
    between commas is the passive's place."""
    for text in (
        "Darat Izza, held by HTS since 2017, was shelled on Monday.",
        "Darat Izza, a town held by HTS after 2017, was shelled on Monday.",
    ):
        evs = _events(gaz, actors, text, dt.date(2019, 1, 2))
        assert [(e.kind, e.place.name) for e in evs] == [("shelling", "Darat Izza")]


def test_a_listed_item_with_its_own_type_word_is_not_the_first_items_area(gaz, actors):
    """ "secured the area of al-Muhandisin 2, the Regiment 46 Base and the town of Urm al-Sughra": "the area of" makes
    the first item ground near it, but "the town of" names the last item itself, which changes hands; "most of A and
    the town of B" likewise takes B whole."""
    text = "The army took control of most of Kafr Nabudah and the town of Kafr Zita."
    evs = _events(gaz, actors, text, dt.date(2019, 8, 23))
    assert [(e.place.name, e.geo_precision, e.control_change) for e in evs] == [
        ("Kafr Nabudah", 2, False),
        ("Kafr Zita", 1, True),
    ]


def test_repel_with_a_place_as_its_object_is_a_retaking(gaz, actors):
    """ "the militants managed to repel the city of Kafr Nabuda" (a translation of the Russian for "retake"): a place,
    not an attack, is the object, so the place was taken back; "repelled an attack on the town of X" stays a fight."""
    text = "Last night the militants managed to repel the city of Kafr Nabuda, as well as the village Tall Hawash."
    evs = _events(gaz, actors, text, dt.date(2019, 5, 28))
    assert [(e.sub_event_type, e.place.name) for e in evs] == [
        ("Non-state actor overtakes territory", "Kafr Nabudah"),
        ("Non-state actor overtakes territory", "Tall Hawash"),
    ]
    evs = _events(gaz, actors, "Rebels repelled an attack on the town of Kafr Nabuda.", dt.date(2019, 5, 28))
    assert [(e.kind, e.actor2) for e in evs] == [("clash", "opposition")]


def test_the_side_that_survived_an_attempt_on_its_man_is_the_target(gaz, actors):
    """ "X, a former leader of the pro-opposition Yarmouk Army Group, survived an assassination attempt in Umm Walad":
    the rebels' man was the target (actor2); who tried is not named."""
    text = (
        "Walid al-Rifai, a former leader of the pro-opposition Yarmouk Army Group, survived an assassination attempt "
        "in the town of Umm Walad."
    )
    evs = _events(gaz, actors, text, dt.date(2021, 5, 28))
    assert [(e.actor1, e.actor2, e.place.name) for e in evs] == [("unidentified", "opposition", "Umm Walad")]


def test_penetrated_a_town_is_fighting_there(gaz, actors):
    """ "Regime forces penetrated Saraqib, a town they had been seeking to encircle for days": an entry by force, a fight
    at Saraqib (no change of control); a missile penetrating armour is no entry."""
    text = "Regime forces penetrated Saraqib, a town that they had been seeking to encircle for days."
    evs = _events(gaz, actors, text, dt.date(2020, 2, 3))
    assert [(e.sub_event_type, e.actor1, e.place.name, e.control_change) for e in evs] == [
        ("Armed clash", "government", "Saraqib", False)
    ]


def test_a_crowd_gathered_at_a_place_demonstrates_there(gaz, actors):
    """ "dozens of residents have gathered in Hazanu town in Idlib countryside, demonstrating against HTS": the protest
    told by the participle after the comma is at the place the crowd gathered in."""
    text = (
        "Activists reported that dozens of residents have gathered in Hazanu town in Idlib countryside, demonstrating "
        "against HTS and demanding the release of a civilian."
    )
    evs = _events(gaz, actors, text, dt.date(2021, 11, 5))
    assert [(e.sub_event_type, e.actor1, e.place.name) for e in evs] == [("Peaceful protest", "protesters", "Hazzanu")]


def test_a_withdrawal_forced_by_a_named_sides_attack_is_that_sides_capture(gaz, actors):
    """ "The Syrian army withdrew from the town of Kafr Nabudah …, as a result of rebels' massive counter-offensive":
    the side whose attack drove the holder out took the place (a clear winner and loser); a withdrawal under shelling
    by nobody named stays a withdrawal."""
    text = (
        "The Syrian army withdrew on Wednesday from the town of Kafr Nabudah, just days after taking the town, as a "
        "result of rebels’ massive counter-offensive, activists said."
    )
    evs = _events(gaz, actors, text, dt.date(2019, 5, 22))
    assert [(e.sub_event_type, e.actor1, e.actor2, e.new_controller) for e in evs] == [
        ("Non-state actor overtakes territory", "opposition", "government", "opposition")
    ]
    evs = _events(gaz, actors, "Rebels withdrew from Kafr Nabudah due to the heavy shelling.", dt.date(2019, 5, 22))
    assert evs[0].sub_event_type == "Non-violent transfer of territory" and not evs[0].control_change


def test_the_sides_whose_dead_are_counted_fought_each_other(gaz, actors):
    """ "at least 14 HTS militants and 12 NLF fighters were killed in the clashes near Darat Izza": HTS against the
    rebels of the NLF, in the order named."""
    text = "At least 14 HTS militants and 12 NLF fighters were killed in the clashes near Darat Izza."
    evs = _events(gaz, actors, text, dt.date(2019, 1, 3))
    assert [(e.kind, e.actor1, e.actor2) for e in evs] == [("clash", "hts", "opposition")]


def test_an_attack_repelled_is_the_attack_of_the_side_that_led_it(gaz, actors):
    """ "The army also repelled yet another Turkish-led attack on its positions in the town of Kafr Halab": Turkey's
    side attacked, the army defended."""
    text = "The army also repelled yet another Turkish-led attack on its newly-established positions in Kafr Halab."
    evs = _events(gaz, actors, text, dt.date(2020, 2, 16))
    assert [(e.kind, e.actor1, e.actor2) for e in evs] == [("clash", "turkey", "government")]
    # (a backer is not the attacker)
    evs = _events(gaz, actors, "Rebels repelled a Russian-backed attack on Kafr Halab.", dt.date(2020, 2, 16))
    assert "russia" not in [e.actor1 for e in evs]


def test_rebels_agreeing_to_hand_over_their_weapons_is_an_agreement(gaz, actors):
    """ "Rebels in four towns in Syria's southern province of Daraa have agreed to hand over their weapons to the
    Syrian army": an agreement between the rebels and the government, in Daraa province."""
    text = (
        "Rebels in four towns in Syria’s southern province of Daraa have agreed to hand over their weapons to the "
        "Syrian army, state news agency SANA reported."
    )
    evs = _events(gaz, actors, text, dt.date(2018, 7, 6))
    assert [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in evs] == [
        ("Agreement", "opposition", "government", "Daraa governorate")
    ]


def test_driving_all_of_a_sides_fighters_from_a_town_takes_it(gaz, actors):
    """ "… and have finally driven all of its fighters from Tabqa town": the side driven out is named by its fighters
    after "all of its"; the place they were driven from is taken."""
    text = "The SDF have battled ISIS for weeks, and have finally driven all of its fighters from Tabqa town."
    evs = _events(gaz, actors, text, dt.date(2017, 5, 10))
    assert [(e.kind, e.actor1, e.place.name, e.control_change) for e in evs if e.kind == "capture"] == [
        ("capture", "sdf", "Tabqa", True)
    ]


def test_a_side_and_its_ally_named_in_apposition_act_as_the_first(gaz, actors):
    """ "The Syrian regime and its ally, Russia, took control of X": the side is named by its first member, the ally
    in apposition after "its ally" is not the subject."""
    text = "The Syrian regime and its ally, Russia, took control of the town of Kafr Zita on Friday."
    evs = _events(gaz, actors, text, dt.date(2019, 8, 23))
    assert _summary(evs) == [("capture", "government", "government", "Kafr Zita")]


def test_an_act_a_purpose_would_prevent_has_not_happened(gaz, actors):
    """ "… blocked the road, to prevent Syrian government troops from approaching the city of al-Tabqah": no advance on
    Tabqa happened; "Rebels prevented regime forces from advancing on X" still tells an attempt held off there."""
    text = "Rebels blocked the road, to prevent Syrian government troops from approaching the city of al-Tabqah."
    assert [e.place.name for e in _events(gaz, actors, text, dt.date(2017, 3, 8))] == []
    text = "Rebels prevented regime forces from advancing on Kafr Zita."
    assert [(e.kind, e.place.name) for e in _events(gaz, actors, text, dt.date(2017, 3, 8))] == [("clash", "Kafr Zita")]


def test_a_takeover_a_crowd_protests_is_no_act_of_the_day(gaz, actors):
    """ "Residents of Darat Izza have taken to the streets to protest the takeover of their town by HTS": a protest at
    Darat Izza; the takeover they protest is not news of the day."""
    text = "Residents of Darat Izza have taken to the streets to protest the takeover of their town by HTS."
    reading = _all(gaz, actors, text, date=dt.date(2019, 1, 5))
    assert [(e.sub_event_type, e.actor1, e.place.name) for e in reading.events] == [
        ("Peaceful protest", "protesters", "Darat Izza")
    ]
    assert reading.unplaced == []


def test_a_drive_by_shooting_carried_out_by_a_side_is_its_attack(gaz, actors):
    """ "… was killed along with six other people in a drive-by shooting that was carried out by ISIS terrorists": an
    attack on people by the Islamic State, the agent named in the relative clause's passive."""
    text = "A local official was killed along with six other people in a drive-by shooting that was carried out by ISIS terrorists in Busayra."
    evs = _events(gaz, actors, text, dt.date(2022, 5, 1))
    assert [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in evs] == [
        ("Attack", "isis", "civilians", "Al-Busayrah")
    ]


def test_named_towns_after_a_count_are_the_places_taken(gaz, actors):
    """ "the army forces liberated the two towns of Lawf and Qamhana": the count names the towns that follow "of",
    each taken whole (it read as unnamed ground near them); "captured two villages of the Idlib countryside" still
    names no village."""
    text = "The army forces liberated the two towns of Lawf and Qamhana."
    evs = _events(gaz, actors, text, dt.date(2020, 1, 29))
    assert [(e.surface, e.control_change) for e in evs] == [("Lawf", True), ("Qamhana", True)]
    evs = _events(gaz, actors, "Regime forces captured two villages of Kafr Nabuda on Monday.", dt.date(2020, 1, 29))
    assert [(e.surface, e.control_change) for e in evs] == [("Kafr Nabuda", False)]


def test_targeted_by_unknown_attackers_is_an_attack_not_shelling(gaz, actors):
    """ "was killed after being targeted by unknown attackers riding a motorcycle in the town": gunmen, not guns from
    afar — an attack on a person."""
    text = "A local official was killed after being targeted by unknown attackers riding a motorcycle in Busayra."
    evs = _events(gaz, actors, text, dt.date(2022, 5, 1))
    assert [(e.sub_event_type, e.actor2, e.place.name) for e in evs] == [("Attack", "civilians", "Al-Busayrah")]


def test_reimposed_control_is_a_capture(gaz, actors):
    """ "The regime forces re-imposed their control over the village of Kabani" (SOHR): a place taken back, as
    "imposed their control" is."""
    for text in (
        "The regime forces re-imposed their control over the village of Kabani after a counterattack by HTS.",
        "The regime forces reimposed control over Kabani.",
    ):
        assert _summary(_events(gaz, actors, text, dt.date(2019, 8, 21))) == [
            ("capture", "government", "government", "Kabani")
        ]


def test_places_listed_after_a_colon_are_the_places_taken(gaz, actors):
    """ "The Syrian army liberated the following villages: Kafr Naha, Kafr Dael, Babis and Anadan": the colon lists the
    villages taken (the capture named no place); a clause after the colon that is no list names none."""
    text = "The Syrian army liberated the following villages: Kafr Naha, Kafr Dael, Babis and Anadan."
    evs = _events(gaz, actors, text, dt.date(2020, 2, 16))
    assert [(e.surface, e.control_change) for e in evs] == [
        ("Kafr Naha", True),
        ("Kafr Dael", True),
        ("Babis", True),
        ("Anadan", True),
    ]
    text = "The Syrian army captured several villages: residents fled to Kafr Naha."
    assert _events(gaz, actors, text, dt.date(2020, 2, 16)) == []


def test_a_place_handed_over_to_a_side_named_between_verb_and_to(gaz, actors):
    """ "The Turkish forces handed Afrin over to HTS", "handed Afrin to HTS", "entered Tell Abyad and handed it over to
    the Syrian army": a handover to the side after "to" (the place between the verb and "over"/"to", or the one "it"
    points back to); a man handed to a court is no place."""
    for text in ("The Turkish forces handed Afrin over to HTS.", "The Turkish forces handed Afrin to HTS."):
        evs = _events(gaz, actors, text, dt.date(2022, 10, 20))
        assert [(e.sub_event_type, e.actor1, e.actor2, e.new_controller) for e in evs] == [
            ("Non-violent transfer of territory", "hts", "turkey", "hts")
        ]
    text = "Turkish-backed rebels entered Tell Abyad and handed it over to the Syrian army."
    evs = _events(gaz, actors, text, dt.date(2019, 10, 22))
    assert [(e.kind, e.new_controller) for e in evs] == [("advance", ""), ("handover", "government")]
    assert _events(gaz, actors, "The regime handed Ahmed Khalil to the court.", dt.date(2019, 10, 22)) == []


def test_the_ends_of_a_trip_are_not_where_its_travellers_were_hit(gaz, actors):
    """ "Three SDF fighters heading from the town of Sarin to the city of Kobani were attacked by a Turkish drone": the
    trip's start and end are not where the drone struck (somewhere on the road, which the text does not name)."""
    text = "Three SDF fighters heading from the town of Sarin to the city of Kobani were attacked by a Turkish drone."
    reading = _all(gaz, actors, text, date=dt.date(2022, 8, 16))
    assert reading.events == [] and [u.actor2 for u in reading.unplaced] == ["sdf"]


def test_a_side_declaring_a_place_under_its_control_took_it(gaz, actors):
    """ "The Syrian Arab Army declared that the town of Khan Shaykhun was under their control": the side's own claim
    of the day to hold the place; "Khan Shaykhun was under their control for years" tells who held it."""
    text = "The Syrian Arab Army declared that the town of Khan Shaykhun was under their control."
    evs = _events(gaz, actors, text, dt.date(2019, 8, 21))
    assert _summary(evs) == [("capture", "government", "government", "Khan Shaykhun")]
    assert _events(gaz, actors, "Khan Shaykhun was under their control for years.", dt.date(2019, 8, 21)) == []


def test_a_share_of_a_region_named_with_a_lower_case_bearing_is_taken_ground(gaz, actors):
    """ "Syrian government forces have retaken more than 70 percent of eastern Ghouta": a share of the region, taken
    (no whole place changes hands); before, the lower-case bearing hid the object."""
    text = "Syrian government forces have retaken more than 70 percent of eastern Ghouta, state media said."
    evs = _events(gaz, actors, text, dt.date(2018, 3, 18))
    assert [(e.kind, e.actor1, e.place.name, e.control_change) for e in evs] == [
        ("capture", "government", "Eastern Ghouta", False)
    ]


def test_pro_government_militias_and_a_community_adjective(gaz, actors):
    """ "Pro-government militias executed at least 82 civilians in eastern Aleppo": the government's side (it read
    "government" alone, as the victims' side); "near the Druze town of Hadar": "Druze" is an adjective, not a village
    the gazetteer lacks."""
    text = "Pro-government militias executed at least 82 civilians in eastern Aleppo, the UN said."
    evs = _events(gaz, actors, text, dt.date(2016, 12, 13))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [("Attack", "government", "civilians")]
    text = "Jihadists seized two army checkpoints near the Druze town of Hadar in Quneitra province on Friday."
    assert [e.surface for e in _events(gaz, actors, text, dt.date(2016, 12, 13))] == ["Hadar"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people or houses "freed/occupied by" a side, and a hold since a time, are no captures
        ("Two journalists kidnapped in Idlib were freed by HTS on Monday.", [("abduction", "Idlib")]),
        ("Houses in Afrin that were occupied by Turkish-backed factions were returned to their owners.", []),
        ("The town of Darat Izza has been occupied by HTS since 2017.", []),
        # a withdrawal under air attack, or one whose ground went to a third side, is no capture by the attacker
        (
            "Rebels withdrew from Kafr Nabuda on Monday due to Russian air attacks.",
            [("withdrawal", "Kafr Nabudah")],
        ),
        (
            "The SDF withdrew from Manbij, and clashes broke out as a result of Turkish attacks on Tal Rifat.",
            [("withdrawal", "Manbij"), ("clash", "Tell Rifaat")],
        ),
        # a side moving its own men from a place takes nothing
        ("The Syrian army pushed its troops from Hama toward the front lines in southern Idlib.", []),
        # a list goes on after a distance aside
        (
            "Rebels shelled Kafr Nabuda, 33 kilometers north of Hama, and Kafr Zita.",
            [("shelling", "Kafr Nabudah"), ("shelling", "Kafr Zita")],
        ),
        # aircraft in airspace do not fight on the ground
        ("Israeli warplanes penetrated Syrian airspace over Quneitra on Monday.", []),
        # a purpose of stopping an advance tells no advance
        ("Rebels blew up the bridge, in a bid to prevent regime forces from advancing on Kafr Zita.", []),
        # "repel the base of regime forces" is a fight, not a retaking
        ("Rebels managed to repel the base of regime forces near Kafr Zita.", [("clash", "Kafr Zita")]),
        # words between the places counted and the colon
        (
            "HTS seized the following villages after heavy clashes: Kafr Naha, Babis and Anadan.",
            [("capture", "Kafr Naha"), ("capture", "Babis"), ("capture", "Anadan")],
        ),
        # a bomb placed by unknown assailants is a bomb
        (
            "A car carrying HTS members was targeted by unidentified assailants with an explosive device in Idlib.",
            [("explosive", "Idlib")],
        ),
    ],
)
def test_what_the_web67_rules_leave_alone(gaz, actors, text, expected):
    """Sentences written against the rules read from web67 (a review's probes): each keeps the reading it had, or the
    one the rule's own words allow."""
    evs = _events(gaz, actors, text, dt.date(2019, 8, 21))
    assert [(e.kind, e.place.name) for e in evs] == expected


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a source's pluperfect after "as saying" and "told X that" is the report's news
        (
            'State television quoted a military source as saying the army had taken "complete control over the city '
            'of Palmyra".',
            ["Palmyra"],
        ),
        (
            "Military sources told Enab Baladi that Assad's forces had regained control over both Atshan and Al-Khawin.",
            ["Atshan", "Al-Khuwayn"],
        ),
        # "taken <place> under its control", with a settlement's type word
        (
            '"The Syrian army has taken the strategic settlement of Kafr Zita, in northern Hama, under its control," the source said.',
            ["Kafr Zita"],
        ),
    ],
)
def test_wire_captures_told_through_a_source_or_under_its_control(gaz, actors, text, places):
    """Wire forms of a capture the reader missed (from the probe web68, read in stop 47): each place changes hands."""
    evs = _events(gaz, actors, text, dt.date(2019, 8, 21))
    assert [(e.place.name, e.control_change, e.new_controller) for e in evs] == [
        (p, True, "government") for p in places
    ]


def test_a_place_near_which_it_happened_named_before_the_place_itself_stays(gaz, actors):
    """ "Air strikes hit the road near Hish and the town of Kafranbel": near Hish, and at Kafranbel (its own "the town
    of"); the rule that drops "near Y" after the place itself ("captured Mayadin from ISIS near Deir ez-Zor") is about
    a reference named after it."""
    evs = _events(gaz, actors, "Air strikes hit the road near Hish and the town of Kafranbel.", dt.date(2019, 8, 20))
    assert [(e.place.name, e.geo_precision) for e in evs] == [("Hish", 2), ("Kafranbel", 1)]
    evs = _events(gaz, actors, "The SDF captured Mayadin from ISIS near Deir ez-Zor.", dt.date(2017, 10, 14))
    assert [e.place.name for e in evs] == ["Al-Mayadin"]


def test_fighters_captured_are_persons_taken_not_ground(gaz, actors):
    """ "captured three suspected terrorists in X", "seized 12 soldiers": counted fighters as the object of a capture
    verb are persons taken (the README's arrests; one man taken, "an element", its abduction), never a change of the
    place; "captured two checkpoints from jihadist group HTS" and "two army positions" stay ground."""
    evs = _events(gaz, actors, "The SDF captured three suspected terrorists of the Islamic State in Kafr Nabudah.")
    assert [(e.sub_event_type, e.actor1, e.actor2, e.control_change) for e in evs] == [
        ("Arrests", "sdf", "isis", False)
    ]
    reading = _all(gaz, actors, "Rebels captured two pilots on Tuesday.")  # (persons, not ground: no place is taken)
    assert reading.events == [] and [u.kind for u in reading.unplaced] == ["arrest"]
    evs = _events(gaz, actors, "Rebels seized 12 soldiers in Kafr Zita.")
    assert [(e.kind, e.control_change) for e in evs] == [("arrest", False)]
    evs = _events(gaz, actors, "The Islamic State captured an element in Kafr Zita.")
    assert [e.kind for e in evs] == ["abduction"]
    evs = _events(gaz, actors, "The Syrian Army captured two checkpoints from jihadist group HTS near Kafr Zita.")
    assert [e.kind for e in evs] == ["capture"]
    evs = _events(gaz, actors, "Rebels captured two army positions near Kafr Zita.")
    assert [e.kind for e in evs] == ["capture"]


def test_a_place_cleared_of_a_side_in_the_passive(gaz, actors):
    """ "X and Y were cleared of YPG militias": the places before the passive are left by the side after "of" (it is no
    agent), and with no winner named that is the side's withdrawal (stop 75, as the gold's guidelines rule); the agent is
    "by" a side, or the side whose operation it was ("as part of Turkey's Operation Euphrates Shield"); a share ("the
    western part of X") changes no hands, nor does clearing mines."""
    evs = _events(gaz, actors, "The villages of Kafr Zita and Morek were cleared of YPG militias, the agency said.")
    assert [(e.kind, e.actor1, e.actor2, e.place.name, e.control_change) for e in evs] == [
        ("withdrawal", "sdf", "", "Kafr Zita", False),
        ("withdrawal", "sdf", "", "Morek", False),
    ]
    evs = _events(gaz, actors, "Tell Abyad was fully cleared of ISIS by the SDF.")
    assert [(e.actor1, e.actor2, e.new_controller) for e in evs] == [("sdf", "isis", "sdf")]
    evs = _events(
        gaz, actors, "The villages of Dabiq and Akhtarin were cleared as part of Turkey's Operation Euphrates Shield."
    )
    assert [(e.actor1, e.new_controller, e.place.name) for e in evs] == [
        ("turkey", "turkey", "Dabiq"),
        ("turkey", "turkey", "Akhtarin"),
    ]
    evs = _events(
        gaz, actors, "The town of Tell Abyad was cleared of YPG terrorists in Turkey's Operation Peace Spring."
    )
    assert [(e.actor1, e.actor2, e.new_controller) for e in evs] == [("turkey", "sdf", "turkey")]
    text = "The western part of Tell Abyad was cleared of YPG terrorists during Turkey's military operation."
    assert [(e.actor1, e.control_change) for e in _events(gaz, actors, text)] == [("turkey", False)]
    assert _events(gaz, actors, "The road was cleared of mines near Tell Abyad.") == []
    assert _events(gaz, actors, "The town of Tell Abyad was cleared of landmines.") == []


def test_state_media_words_for_the_armed_groups_it_fights(gaz, actors):
    """The state agency's "terrorists", "Takfiri militants" are an armed group of no named side (ACLED's unidentified
    armed group), also as the object of a raid ("destroyed terrorists' dens and gatherings in X", a fight); a side's
    name before the word keeps the side ("ISIS terrorists"); "QSD" is the SDF, "Ajnad al-Sham" rebels, and "the
    Turkish regime" Turkey, not the government."""
    evs = _events(
        gaz, actors, "Army units on Sunday destroyed terrorists' dens and gatherings in Douma, a source said."
    )
    assert [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in evs] == [
        ("Armed clash", "government", "unidentified", "Douma")
    ]
    evs = _events(gaz, actors, "The army fought fierce battles with Takfiri militants near Marj al-Sultan.")
    assert [(e.actor1, e.actor2) for e in evs] == [("government", "unidentified")]
    evs = _events(gaz, actors, "ISIS terrorists attacked an army checkpoint in Palmyra.")
    assert [e.actor1 for e in evs] == ["isis"]
    evs = _events(gaz, actors, "Russian warplanes destroyed ISIS positions near Palmyra.")
    assert [(e.kind, e.actor1, e.actor2) for e in evs] == [("strike", "russia", "isis")]
    assert _events(gaz, actors, "The Syrian army destroyed a tank in Kafr Zita.") == []
    evs = _events(gaz, actors, "The Syrian soldiers stormed positions of Ajnad al-Sham in the town of Darayya.")
    assert [(e.actor1, e.actor2) for e in evs] == [("government", "opposition")]
    evs = _events(gaz, actors, "QSD militia kidnaped four young men in Tell Hamis.")
    assert [(e.kind, e.actor1, e.actor2) for e in evs] == [("abduction", "sdf", "civilians")]
    text = "Infighting broke out in Ras al-Ayn between two terrorist groups affiliated with the Turkish regime."
    assert [e.actor2 for e in _events(gaz, actors, text)] == ["turkey"]


def test_the_side_a_force_drives_out_is_not_the_subject_of_its_next_verb(gaz, actors):
    """ "the Syrian Army pushed back the terrorist groups from X and retook full control over the village": the side
    driven out is the object; the army retook it."""
    text = (
        "On Saturday, the Syrian Army and Hezbollah fighters pushed back the terrorist groups from Kafr Haddad in Aleppo "
        "province and retook full control over the village and its surroundings."
    )
    assert _summary(_events(gaz, actors, text)) == [("capture", "government", "government", "Kafr Haddad")]
    text = "The Syrian Army pushed back the rebels from Kafr Haddad in Aleppo province and retook full control over the village."
    assert _summary(_events(gaz, actors, text)) == [("capture", "government", "government", "Kafr Haddad")]
    text = "The army pushed back ISIS from Palmyra and retook control of the city."
    assert [(e.kind, e.actor1, e.actor2, e.new_controller) for e in _events(gaz, actors, text)] == [
        ("capture", "government", "isis", "government")
    ]


def test_a_claim_that_covers_a_capture_and_an_aerial_aggression(gaz, actors):
    """ "Amaq claimed that 8 soldiers were killed in the attack and ISIS recaptured X": the capture is part of the
    claim (no change of hands), however far after "claimed that"; the agency's "aerial aggression" is an air strike."""
    text = "Amaq claimed that eight soldiers were killed in the attack and ISIS recaptured Morek north of Hama."
    evs = _events(gaz, actors, text)
    assert evs and not any(e.control_change for e in evs)
    text = "The Israeli enemy launched an aerial aggression on the surroundings of Damascus."
    assert [(e.sub_event_type, e.actor1) for e in _events(gaz, actors, text)] == [("Air/drone strike", "israel")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # persons only when they end the object: a soldiers' post, a stronghold of militants, a commander's house are
        # ground; fighters taken with a town leave the town taken
        ("The Syrian army captured a government troops' checkpoint near Morek.", [("capture", "Morek")]),
        ("ISIS captured a key militants stronghold near Palmyra.", [("capture", "Palmyra")]),
        ("Rebels captured a commander's house in Kafr Zita.", [("capture", "Kafr Zita")]),
        ("Rebels captured two ISIS fighters' positions near Morek.", [("capture", "Morek")]),
        ("The Syrian army captured 30 fighters and the town of Morek.", [("capture", "Morek")]),
        ("Rebels captured a dozen soldiers near Morek.", [("arrest", "Morek")]),
        ("Rebels captured a number of soldiers near Morek.", [("arrest", "Morek")]),
        # cleared of no side, or not yet cleared: nothing taken
        ("A court in Afrin said the journalist was cleared of charges by the judge.", []),
        ("Kafr Zita was cleared of explosive devices on Monday.", []),
        ("The town of Morek was cleared as part of the reconstruction plan.", []),
        ("Kafr Zita is being cleared of ISIS by the army.", []),
        ("A council met in Tell Abyad, which Turkey recently cleared of YPG terrorists with its operation.", []),
        ("Kafr Zita was completely cleared of ISIS by the army.", [("capture", "Kafr Zita")]),
        # a share before another noun, not before the place taken
        ("Checkpoints near Morek and the town of Kafr Zita were captured by rebels.", [("capture", "Kafr Zita")]),
        ("Most of the residents fled and the town of Morek was captured by rebels.", [("capture", "Morek")]),
        # a foreign army's forces are not the government's; guns that destroy positions shell them
        ("US army forces arrived in Manbij.", [("base", "Manbij")]),
        ("Turkish artillery destroyed YPG positions near Afrin.", [("shelling", "Afrin")]),
        ("The army destroyed houses and positions in Kafr Zita.", []),
    ],
)
def test_what_the_review_of_web69s_rules_holds(gaz, actors, text, expected):
    """The review of this round's rules (sentences written against them, old code against new): each reading here
    was wrong in the first version of the rules."""
    assert [(e.kind, e.place.name) for e in _events(gaz, actors, text)] == expected


def test_the_sides_of_the_review_of_web69s_rules(gaz, actors):
    """Who acts in the review's sentences: the US army's forces are the coalition's, Turkish guns Turkey's, a place
    cleared by a side and ground retaken after one is pushed back change hands to it."""
    assert [e.actor1 for e in _events(gaz, actors, "US army forces arrived in Manbij.")] == ["coalition"]
    evs = _events(gaz, actors, "Turkish artillery destroyed YPG positions near Afrin.")
    assert [(e.actor1, e.actor2) for e in evs] == [("turkey", "sdf")]
    evs = _events(gaz, actors, "Checkpoints near Morek and the town of Kafr Zita were captured by rebels.")
    assert [(e.new_controller, e.geo_precision) for e in evs] == [("opposition", 1)]
    evs = _events(gaz, actors, "The Syrian army captured 30 fighters and the town of Morek.")
    assert [e.actor1 for e in evs] == ["government"]


def test_a_capture_of_a_named_place_the_gazetteer_lacks_after_the_is_listed(gaz, actors):
    """ "the regime took over the Kefer Nubulah town": a name after "the" is ground taken at a place the gazetteer
    lacks — listed as unplaced with its name (before, with "the", the capture was dropped without a trace)."""
    reading = _all(gaz, actors, "Yesterday, the regime took over the Kefer Nubulah town around noon.")
    assert reading.events == []
    assert [(u.kind, u.actor1) for u in reading.unplaced] == [("capture", "government")]
    assert "'Kefer Nubulah' not placed: not in the gazetteer" in reading.unplaced[0].reason
    # (the review: a side's men, leader or things after "the" are no ground)
    for text in (
        "Rebels captured the Russian pilot on Tuesday.",
        "Rebels captured the Nusra Front leader Abu Mohammad on Tuesday.",
        "HTS seized the Turkish aid convoy on Tuesday.",
    ):
        assert [u.kind for u in _all(gaz, actors, text).unplaced if u.kind == "capture"] == [], text


def test_missiles_an_aircraft_fires_are_its_strike(gaz, actors):
    """ "A Turkish drone targeted a vehicle of an SDF formation with two missiles in X": the missiles are the drone's
    means, one air strike by Turkey on the SDF (before, a shelling by the side named between); "Israeli warplanes
    targeted positions near Damascus with several missiles" is one strike, not a strike and a shelling; a ground
    force's missiles stay shelling."""
    text = "A Turkish drone targeted a vehicle carrying a commander of an SDF military formation with two missiles in Tal Tamr."
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in _events(gaz, actors, text)] == [
        ("Air/drone strike", "turkey", "sdf")
    ]
    text = "Israeli warplanes targeted positions near Damascus with several missiles."
    assert [(e.sub_event_type, e.actor1) for e in _events(gaz, actors, text)] == [("Air/drone strike", "israel")]
    text = "Regime forces targeted Kafr Zita with missiles."
    assert [(e.kind, e.actor1) for e in _events(gaz, actors, text)] == [("shelling", "government")]
    # (the review: the side named after a comma is no target of the strike before it)
    text = "Israeli jets struck Quneitra with missiles, with Syrian forces responding with rockets."
    assert [(e.kind, e.actor2) for e in _events(gaz, actors, text) if e.kind == "strike"] == [("strike", "")]


def test_punishments_a_bomb_attack_and_the_cia(gaz, actors):
    """From the fresh development sample dev30 (sentences written for the rules): "stoned" a person is an attack (a quoted
    verb too; "whips" is left alone, its executions keep their side); a "bomb attack" on a convoy is a bomb set off, not a shelling (but warplanes that "bomb" still
    strike); the CIA's drone strike is the US-led coalition's."""
    evs = _events(gaz, actors, "The “Islamic State” organization “stoned” two women in the city of Deir Ezzor.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [("Attack", "isis", "civilians")]
    evs = _events(gaz, actors, "ISIS whips a man in the fields and executes another in Raqqa.")
    assert [(e.sub_event_type, e.actor1) for e in evs] == [("Attack", "isis")]
    evs = _events(gaz, actors, "A bus convoy bomb attack killed 40 people in Aleppo on Saturday.")
    assert [e.sub_event_type for e in evs] == ["Remote explosive/landmine/IED"]
    for text in ("Warplanes bomb attack positions in Idlib.", "Russian warplanes carried out bomb attacks on Saraqib."):
        assert [e.sub_event_type for e in _events(gaz, actors, text)] == ["Air/drone strike"], text
    # (the review: a crowd's stones, and a politician who "lashes" officials, are no punishment)
    evs = _events(gaz, actors, "Protesters stoned the members of a Russian patrol in Daraa.")
    assert "Attack" not in [e.sub_event_type for e in evs]
    assert _events(gaz, actors, "Erdogan lashes the officials of the Syrian regime over Afrin.") == []
    reading = _all(gaz, actors, "", title="Al Qaeda deputy killed in CIA drone strike")  # (a headline's noun)
    assert [(u.kind, u.actor1) for u in reading.unplaced] == [("strike", "coalition")]


def test_the_ends_of_a_trip_told_with_headed(gaz, actors):
    """ "… captures two fighters … were headed from south of Damascus to Yarmouk Basin", "a convoy headed from A to
    B": "headed from … to" is a trip as "heading from … to" is; its ends are not where the act happened (it is listed
    unplaced)."""
    reading = _all(gaz, actors, "", title="Rebels shelled a convoy headed from Kafr Zita to Morek")
    assert reading.events == [] and [u.kind for u in reading.unplaced] == ["shelling"]
    text = "A faction captures two fighters of the Islamic State were headed from south of Kafr Zita to Morek"
    reading = _all(gaz, actors, "", title=text)
    assert reading.events == [] and [u.kind for u in reading.unplaced] == ["arrest"]


def test_air_forces_that_launch_attacks_strike(gaz, actors):
    """From web70 (read in stop 49): "The Syrian and Russian air forces launched heavy attacks against X" is an air
    strike, as "warplanes attacked X" is (before, a clash: the allies' shared name has no air means of its own)."""
    text = "The Syrian and Russian air forces launched heavy attacks against the terrorists’ positions in Kafr Zita."
    assert [(e.sub_event_type, e.actor1) for e in _events(gaz, actors, text)] == [("Air/drone strike", "government")]
    text = "Regime helicopters carried out attacks on Kafr Zita."
    assert [e.sub_event_type for e in _events(gaz, actors, text)] == ["Air/drone strike"]
    # (ground forces that launch attacks still fight)
    text = "Regime forces launched heavy attacks on Kafr Zita."
    assert [e.sub_event_type for e in _events(gaz, actors, text)] == ["Armed clash"]


def test_a_longer_name_after_an_article_is_the_name(gaz, actors):
    """ "The Army of Islam fighters … are leaving the town of X": Jaysh al-Islam's, not "the army" (the government's)
    followed by "of Islam"; "Free Syrian Army soldiers" stay the FSA's (more than an article before "Syrian Army
    soldiers")."""
    text = "The Army of Islam fighters and their families are leaving the town of Douma on Thursday."
    assert [(e.kind, e.actor1) for e in _events(gaz, actors, text)] == [("withdrawal", "opposition")]
    text = "Free Syrian Army soldiers backed by the Turkish military have cleared the town of Kafr Zita of YPG"
    assert [e.actor1 for e in _events(gaz, actors, text)] == ["turkey"]
    assert [m.actor for m in actors.find("The army of Islam and the army clashed")] == ["opposition", "government"]


def test_a_side_that_kills_men_it_does_not_count(gaz, actors):
    """ "units of the army killed members of terrorist groups from Jabhat al-Nusra in X" is fighting with the Nusra
    Front there (before, only a counted toll made a killing an event)."""
    text = "Meanwhile,units of the army killed members of terrorist groups from Jabhat al-Nusra in Kafr Zita."
    assert [(e.kind, e.actor1, e.actor2) for e in _events(gaz, actors, text)] == [("clash", "government", "hts")]
    text = "The army killed a number of terrorists in Kafr Zita."
    assert [(e.kind, e.actor1) for e in _events(gaz, actors, text)] == [("clash", "government")]
    # ("were killed in" stays a toll)
    assert _events(gaz, actors, "Members of the factions were killed in Kafr Zita yesterday.") == []


def test_ground_taken_in_a_fight_is_taken_from_the_side_fought(gaz, actors):
    """ "took complete control of X following fierce clashes with members of the Jabhat Fateh al-Sham": the side fought
    is the capture's actor2 (its old controller is left to words that say whose the place was)."""
    text = (
        "Syrian soldiers and their allies took complete control of Morek on Tuesday following fierce clashes with "
        "members of the Jabhat Fateh al-Sham terrorist group."
    )
    evs = _events(gaz, actors, text)
    assert [(e.kind, e.actor1, e.actor2, e.new_controller) for e in evs] == [
        ("capture", "government", "hts", "government")
    ]
    text = "The Syrian army seized Morek after a fierce battle with Jaysh al-Izza."
    assert [(e.actor1, e.actor2) for e in _events(gaz, actors, text) if e.kind == "capture"] == [
        ("government", "opposition")
    ]
    # (not a fight of the winner's own allies)
    text = "Syrian soldiers took control of Morek alongside fighting with Hezbollah units."
    assert all(e.actor2 != "government" for e in _events(gaz, actors, text))


def test_a_bastion_hit_names_no_target_but_one_taken_is_taken_from_its_side(gaz, actors):
    """ "three civilians … were killed Monday in regime airstrikes on the embattled opposition bastion": the civilians
    are the victims (before, the opposition); "taken the IS bastion of Al-Bab" is still taken from IS."""
    text = "In Idlib province, three civilians were killed Monday in regime airstrikes on the embattled opposition bastion."
    assert [(e.kind, e.actor1, e.actor2) for e in _events(gaz, actors, text)] == [("strike", "government", "civilians")]
    text = "On Friday Turkish forces and allied rebels have completely taken the IS bastion of Al-Bab."
    assert [(e.actor1, e.actor2) for e in _events(gaz, actors, text)] == [("turkey", "isis")]


def test_bare_militants_are_an_unidentified_armed_group(gaz, actors):
    """ "The militants attacked Turkish forces in X": unidentified armed men attack Turkey (before, Turkey attacked, the
    only side named); "militants loyal to the regime", "militants in the SDF", "their armed militants" are that side's
    men, and a side's name with "militants" is that side."""
    evs = _events(gaz, actors, "The militants attacked Turkish forces in Afrin.")
    assert [(e.actor1, e.actor2) for e in evs] == [("unidentified", "turkey")]
    evs = _events(gaz, actors, "The militants destroyed a government tank near Kafr Zita.")
    assert [(e.kind, e.actor1, e.actor2) for e in evs] == [("clash", "unidentified", "government")]
    assert [m.actor for m in actors.find("12 militants loyal to the regime killed near Morek")] == ["government"]
    assert [m.actor for m in actors.find("3 non-Syrian militants in SDF killed by clashes")] == ["sdf"]
    assert [m.actor for m in actors.find("members of the regime forces and their armed militants")] == ["government"]
    assert [m.actor for m in actors.find("ISIS militants attacked Morek")] == ["isis"]
    # (a bare tank destroyed is still no fight)
    assert _events(gaz, actors, "The Syrian army destroyed a tank in Kafr Zita.") == []


def test_opening_phrases_and_attacked_sides_are_no_subject(gaz, actors):
    """ "Led by Hay’at Tahrir Al-Sham, the jihadist rebels are currently attacking the Syrian Army’s defenses": the
    rebels attack (before, the army, whose defenses are hit); "the Syrian Army attacked HTS in a bid to capture X": the
    army tries, not HTS; a counter-offensive is fighting."""
    text = (
        "Led by Hay’at Tahrir Al-Sham, the jihadist rebels are currently attacking the Syrian Army’s defenses at Morek."
    )
    assert [(e.actor1, e.actor2) for e in _events(gaz, actors, text)] == [("opposition", "government")]
    text = "The Syrian Army attacked HTS in a bid to capture Morek."
    assert [e.actor1 for e in _events(gaz, actors, text)] == ["government"]
    text = "Following a barrage of artillery, the Syrian Army stormed the defenses of the Turkestan Islamic Party and HTS in a bid to capture Morek."
    assert {e.actor1 for e in _events(gaz, actors, text)} == {"government"}
    text = "The jihadist rebels began their counter-offensive near Morek this evening."
    assert [(e.kind, e.actor1) for e in _events(gaz, actors, text)] == [("clash", "opposition")]


def test_liberating_areas_such_as_and_unnamed_settlements(gaz, actors):
    """ "succeeded in liberating areas such as A and B" takes A and B (but "the liberated areas" is still the rebels'
    name for their ground); "has liberated more than 20 settlements" and "captured more than 500-square kilometres"
    are captures listed unplaced (before, dropped without a trace); Suheil al-Hassan's forces are the government's."""
    text = "In the north-west axis of Hama, the forces of Soheil Hassan succeeded in liberating areas such as Morek and Kafr Zita."
    assert [(e.actor1, e.new_controller, e.place.name) for e in _events(gaz, actors, text)] == [
        ("government", "government", "Morek"),
        ("government", "government", "Kafr Zita"),
    ]
    assert [e.kind for e in _events(gaz, actors, "Shelling on the liberated areas in Kafr Zita.")] == ["shelling"]
    for text, side in (
        ("Over the past three days, the Syrian government army has liberated more than 20 settlements.", "government"),
        ("The SDF has captured more than 500-square kilometres in northeastern parts of the province.", "sdf"),
    ):
        reading = _all(gaz, actors, text)
        assert reading.events == [] and [(u.kind, u.actor1) for u in reading.unplaced] == [("capture", side)], text


def test_persons_shot_and_the_places_that_describe_them(gaz, actors):
    """ "An HTS commander was shot dead in X", "Three rebels were killed by gunfire near X": a side's men shot by
    unnamed gunmen is fighting with that side (before: the HTS commander's side shot civilians; gunfire was no act);
    "Two men from Zabadani were arrested in X" happened in X, not where the men come from (before: listed unplaced)."""
    evs = _events(gaz, actors, "An HTS commander was shot dead in Saraqib.")
    assert [(e.kind, e.actor1, e.actor2) for e in evs] == [("clash", "unidentified", "hts")]
    evs = _events(gaz, actors, "Three rebels were killed by gunfire near Saraqib.")
    assert [(e.kind, e.actor1, e.actor2) for e in evs] == [("clash", "unidentified", "opposition")]
    evs = _events(gaz, actors, "A child was killed by gunfire in Saraqib.")
    assert [(e.kind, e.actor2) for e in evs] == [("violence", "civilians")]
    evs = _events(gaz, actors, "A child was killed by bullets of the Turkish border guards near Saraqib.")
    assert [(e.kind, e.actor1) for e in evs] == [("violence", "turkey")]
    evs = _events(gaz, actors, "Two men from Zabadani were arrested in Saraqib.")
    assert [(e.kind, e.place.name) for e in evs] == [("arrest", "Saraqib")]
    evs = _events(gaz, actors, "Five civilians in Saraqib were killed by gunfire.")
    assert [e.place.name for e in evs] == ["Saraqib"]


def test_raids_that_arrest_and_weapons_laid_down(gaz, actors):
    """ "12 residents … were arrested by the regime security in night raids": the raids are the arrests' house
    searches, no air strike; "continued dropping their heavy and medium weapons" is no strike (a munition "dropped"
    still is)."""
    evs = _events(gaz, actors, "At least 12 residents of Douma were arrested by the regime security in night raids.")
    assert [e.kind for e in evs] == ["arrest"]
    evs = _events(gaz, actors, "Five people were arrested in Douma and Russian air raids hit Harasta.")
    assert [e.kind for e in evs] == ["arrest", "strike"]
    text = "The Islam Army rebels on Wednesday continued dropping their heavy and medium weapons in Douma."
    assert [e.kind for e in _events(gaz, actors, text) if e.kind in ("strike", "shelling")] == []
    assert [e.kind for e in _events(gaz, actors, "Helicopters dropped barrel bombs on Douma.")] == ["strike"]


def test_men_killed_before_a_later_verb_and_a_battle_to_come(gaz, actors):
    """ "…, killing several militants and regaining control of X": the men killed ("several", "many" as a count) are
    not who regains X (before, unidentified men took it); "the battle at these two towns will be very difficult if
    Jaysh Al-Izza chooses to stay and fight" is a fight to come, no event."""
    text = "The army clashed with HTS in Kafr Zita, killing several militants and regaining control of Morek."
    assert [(e.kind, e.actor1, e.new_controller) for e in _events(gaz, actors, text) if e.kind == "capture"] == [
        ("capture", "government", "government")
    ]
    text = "The army clashed with HTS in Kafr Zita, killing several ISIS members and regaining control of Morek."
    assert [e.actor1 for e in _events(gaz, actors, text) if e.kind == "capture"] == ["government"]
    assert [e.actor1 for e in _events(gaz, actors, "Several ISIS members captured Morek.")] == ["isis"]
    text = "The battle at these two towns will be very difficult if Jaysh Al-Izza chooses to stay and fight in Morek."
    assert _events(gaz, actors, text) == []
    assert [e.kind for e in _events(gaz, actors, "Clashes in Morek between HTS and the army.")] == ["clash"]


def test_dens_destroyed_with_artillery_are_shelled(gaz, actors):
    """ "army units destroyed terrorist groups’ dens in X with artillery strikes": one shelling (before, a clash and a
    shelling); without a weapon it stays the state agency's raid, a clash."""
    text = "Army units destroyed terrorists' dens in Morek with rockets."
    assert [(e.kind, e.actor1) for e in _events(gaz, actors, text)] == [("shelling", "government")]
    text = "Army units destroyed terrorists' dens in Morek."
    assert [e.kind for e in _events(gaz, actors, text)] == ["clash"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # (the review of web70's rules) the adjective "liberated areas such as" is the rebels' ground hit, no capture
        (
            "Regime forces shelled liberated areas such as Kafr Nabl and Hass.",
            [("shelling", "government", ""), ("shelling", "government", "")],
        ),
        # munitions dropped are a strike, whatever their adjective
        ("Regime helicopters dropped chemical weapons on Saraqib.", [("strike", "government", "")]),
        # a side after the attacked one, with a verb of its own later, is that clause's subject
        (
            "ISIS attacked the SDF, and coalition jets, backed by French artillery, struck Hajin.",
            [("strike", "coalition", "")],
        ),
        # a fight in another telling gives a capture no side
        (
            "Rebels clashed with ISIS near al-Bab, while the Syrian army captured Palmyra.",
            [("clash", "opposition", "isis"), ("capture", "government", "")],
        ),
        # gunfire in a fight is the fight's
        (
            "Three rebels were killed by gunfire during clashes with regime forces near Morek.",
            [("clash", "opposition", "government")],
        ),
        ("Five soldiers were killed by gunfire near Palmyra.", [("clash", "unidentified", "")]),
        # raids that killed a man arrested before are the raids' strike
        ("The man, who was arrested last year, was killed in coalition raids on Hajin.", [("strike", "coalition", "")]),
        # a named side's strongholds hit are that side's, unless people died there
        ("US-led coalition jets pounded ISIS strongholds in Raqqa.", [("strike", "coalition", "isis")]),
        # victims of no armed side are no fight
        ("Unknown gunmen killed members of the local council in Daraa.", []),
        ("The regime killed scores of detainees in Sednaya prison.", []),
        # no side's tank, or a device's act, is no fight of its own
        ("The fire destroyed a Syrian bulldozer in Homs.", []),
        # the place of persons taken is not where they were taken to
        ("Three people in Afrin were abducted by gunmen and taken to Azaz.", [("abduction", "unidentified", "")]),
    ],
)
def test_what_the_review_of_web70s_rules_holds(gaz, actors, text, expected):
    assert [(e.kind, e.actor1, e.actor2) for e in _events(gaz, actors, text)] == expected


def test_the_places_of_the_review_of_web70s_rules(gaz, actors):
    evs = _events(gaz, actors, "Three people in Afrin were abducted by gunmen and taken to Azaz.")
    assert [e.place.name for e in evs] == ["Afrin"]
    evs = _events(gaz, actors, "Soldiers in Palmyra were killed by ISIS on the road to Homs.")
    assert [e.place.name for e in evs] == ["Palmyra"]
    assert [m.actor for m in actors.find("The militants, who belong to ISIS, attacked Morek")] == ["isis"]
    # ("al-Quds Brigades", Islamic Jihad's, are not Liwa al-Quds)
    assert [m.actor for m in actors.find("Liwa al-Quds fighters clashed with ISIS")] == ["government", "isis"]
    assert "government" not in [m.actor for m in actors.find("the al-Quds Brigades said")]


def test_a_list_that_opens_on_a_region_the_gazetteer_lacks(gaz, actors):
    """ "managed to wrest full control over Tal Nar region, the villages of A, B and C": the villages are the ground
    taken, each a change of control (before, ground near them, and no change)."""
    text = "The army wrested full control over Tal Nar region, the villages of Sheikh Mustafa and Arinbeh."
    evs = _events(gaz, actors, text)
    assert [(e.place.name, e.new_controller) for e in evs] == [
        ("Sheikh Mustafa", "government"),
        ("Arinbeh", "government"),
    ]
    # (the review: after "and" the list may be a clause of its own, "… and the villages of A and B remain under HTS
    # control": no change read there)
    text = "The army took control of Tal Nar hill and the villages of Abu Dali and Tall Maraq remain under HTS control."
    assert [e.new_controller for e in _events(gaz, actors, text)] == ["", ""]


@pytest.mark.parametrize(
    "text,expected",
    [
        # (the second review of web70's rules) a tank destroyed "with a TOW" is still a kill; only a device is its own act
        (
            "Rebels destroyed a regime tank near Morek with a TOW, killing its crew.",
            [("clash", "opposition", "government")],
        ),
        # civilians' "members" and "officers" shot are no fighters
        ("Two White Helmets members were shot dead in Idlib.", [("violence", "unidentified", "civilians")]),
        ("Two media officers were shot dead in Saraqib.", [("violence", "unidentified", "civilians")]),
        # a future that is no difficulty of the fight itself drops nothing
        (
            "Clashes in Hajin killed five SDF fighters who will be buried in Qamishli on Tuesday.",
            [("clash", "unidentified", "sdf")],
        ),
        (
            "A car bomb in Azaz would be the fifth this month, killing 5 civilians.",
            [("explosive", "unidentified", "civilians")],
        ),
        # SANA's verb with "areas such as" takes the places; a side's weapons dropped as it fled are no strike
        (
            "The army liberated areas such as Kafr Nabudah and Tall Maraq.",
            [("capture", "government", ""), ("capture", "government", "")],
        ),
        ("The militants dropped heavy weapons in Kafr Nabudah as they fled.", []),
        # the sides fought, listed or "as well as" shelling, give the capture its actor2; another side's fight does not
        (
            "After clashes with the rebels, as well as heavy shelling, the army captured Kafr Nabudah.",
            [("capture", "government", "opposition")],
        ),
        (
            "After clashes with HTS and allied factions, the army captured Tall Maraq.",
            [("capture", "government", "hts")],
        ),
        ("Rebels clashed with ISIS and the Syrian army captured Palmyra.", [("capture", "government", "")]),
        # a place after "to work in", "return to" is where it happened
        ("A nurse was killed by gunfire on her way to work in Saraqib.", [("violence", "unidentified", "civilians")]),
        ("A civilian was arrested on his return to Daraa.", [("arrest", "unidentified", "civilians")]),
        # strongholds hit where no one is said to have died stay the side's; an enclave never names the side hit
        ("Turkish jets bombed YPG strongholds in Afrin, where many people have fled.", [("strike", "turkey", "sdf")]),
        (
            "Regime air strikes on the rebel enclave of Eastern Ghouta killed 20 on Monday.",
            [("strike", "government", "")],
        ),
        # "armed with rockets" are the enemy's weapons, not the guns that destroyed
        (
            "Army units destroyed HTS positions near Khan Shaykhun after clashes with terrorists armed with rockets.",
            [("clash", "government", "hts")],
        ),
    ],
)
def test_what_the_second_review_of_web70s_rules_holds(gaz, actors, text, expected):
    assert [(e.kind, e.actor1, e.actor2) for e in _events(gaz, actors, text)] == expected


def test_a_toll_told_after_a_comma_and(gaz, actors):
    """ "carried out bomb attacks in the Idlib city center, and killed six people, including students and teachers":
    the toll the comma puts in a clause of its own is the act's, so its victims are civilians (before, no victims)."""
    text = "The Assad regime forces carried out bomb attacks in the Idlib city center, and killed six people."
    assert [(e.kind, e.actor1, e.actor2) for e in _events(gaz, actors, text)] == [
        ("shelling", "government", "civilians")
    ]
    text = "Regime forces shelled Idlib city, and killed six rebels."
    assert [(e.kind, e.actor2) for e in _events(gaz, actors, text)] == [("shelling", "opposition")]


def test_it_after_a_sides_own_word_is_that_side(gaz, actors):
    """ "Tahrir al-Sham … said on a social media feed that it had carried out two suicide car bomb attacks close to X":
    "it" after a side's own "said" is that side (before, an unidentified group); a watcher's verb names no actor."""
    text = (
        "Tahrir al-Sham, an alliance of militias formerly affiliated with al-Qaeda, said on a social media feed that "
        "it had carried out two suicide car bomb attacks close to Morek."
    )
    assert [(e.kind, e.actor1) for e in _events(gaz, actors, text)] == [("suicide", "hts")]
    assert [e.actor1 for e in _events(gaz, actors, "ISIS said it carried out a suicide attack in Morek.")] == ["isis"]
    text = "The coalition said it was investigating reports of an air strike on Morek."
    assert [e.actor1 for e in _events(gaz, actors, text)] == ["unidentified"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # (web71's rules) a list cleared of a side, names the gazetteer lacks between; not a place cleared of mines
        (
            "Turkish forces and FSA fighters cleared Zaytunak, Sorani, Heyyani ,Arab Wiran and other 4 villages from "
            "People's Protection Forces (YPG).",
            [("capture", "turkey", "Zaytunek", "turkey"), ("capture", "turkey", "Arab Wiran", "turkey")],
        ),
        ("Army engineers cleared the village of Nahtah from explosives left by ISIS.", []),
        ("Engineers cleared Nahtah, Sorani of mines.", []),
        # a first item typed before its name, the gazetteer lacking it: the next item is taken too
        (
            "Army troops seized the village of Maliha al-Tash and the town of Nahtah.",
            [("capture", "government", "Nahtah", "government")],
        ),
        # places named after "including", the villages qualified before it
        (
            "The army liberated several areas from the Jaysh Khaled bin Walid terrorists, including the towns of "
            "Jamleh and Abu Kharj.",
            [("capture", "government", "Jamlah", "government"), ("capture", "government", "Abu Kharj", "government")],
        ),
        (
            "The army recaptured the entire Lajat region including the strategic town of Busra al-Harir.",
            [("capture", "government", "Busra al-Harir", "government")],
        ),
        # the sentence opens on a capture told as a noun with its taker; not one told as background
        (
            "The capture of Afrin from the Kurds by Turkish-led fighters on Sunday could have major repercussions.",
            [("capture", "turkey", "Afrin", "turkey")],
        ),
        ("Following the capture of Afrin by Turkish forces, the YPG withdrew to Tell Rifaat.", []),
        # a word of the quote between the verb and its control; a town's centre is the town
        (
            'Turkish forces have taken "total" control of the town center of Afrin.',
            [("capture", "turkey", "Afrin", "turkey")],
        ),
        # intent and failure: fought for, nothing taken
        ("The army has been focusing on recapturing Nahtah.", [("clash", "government", "Nahtah", "")]),
        (
            "The rebels were not able to recapture Nahtah after a large counteroffensive.",
            [("clash", "opposition", "Nahtah", "")],
        ),
        ("The rebels did not take Nahtah.", []),
        ("Monitors could not confirm that rebels recaptured Nahtah.", []),
    ],
)
def test_what_web71s_rules_hold(gaz, actors, text, expected):
    assert [(e.kind, e.actor1, e.place.name, e.new_controller) for e in _events(gaz, actors, text)] == expected


def test_the_side_of_strikes_blamed_listed_or_in_a_kill_count(gaz, actors):
    """ "He blamed the airstrike on Russia": the side blamed struck (before, Russia was struck); the last item of a
    list of helpers names the strikes it qualifies ("Iranian Revolutionary Guards, Hezbollah, and Russian airstrikes":
    before, Iran); men "neutralized" are killed, not the side that struck ("… neutralized 34 more YPG militants in
    overnight airstrikes": before, the SDF)."""
    title = "He blamed the airstrike on Russia, Syrian President Bashar Assad's top ally"
    (u,) = _all(gaz, actors, "", title=title).unplaced
    assert (u.kind, u.actor1, u.actor2) == ("strike", "russia", "")
    (e,) = _events(gaz, actors, "Activists blamed the deadly strike on Idlib on Russian jets.")
    assert (e.kind, e.actor1, e.place.name) == ("strike", "russia", "Idlib")
    text = (
        "The regime has re-taken Palmyra from ISIS with the help of Iranian Revolutionary Guards, Hezbollah, and "
        "Russian airstrikes."
    )
    assert [(e.kind, e.actor1) for e in _events(gaz, actors, "", title=text)] == [
        ("capture", "government"),
        ("strike", "russia"),
    ]
    text = (
        "The Turkish Armed Forces destroyed 19 targets and “neutralized” 34 more YPG militants in overnight airstrikes."
    )
    assert [(u.kind, u.actor1, u.actor2) for u in _all(gaz, actors, "", title=text).unplaced] == [
        ("strike", "turkey", "sdf")
    ]


def test_web71s_rules_on_sites_deals_loot_and_asides(gaz, actors):
    """A side's own post that rebels "had seized" X is the news; "Palmyra’s ancient citadel" is taken near the town; an
    entry under a deal is ground handed over; looting is ACLED's looting; a bearing in brackets locates the place
    before it; a date restated in brackets after "said on Sunday"; a deal the act was made under is no new deal."""
    text = "The Ahrar al-Sham rebel group also posted that rebels had seized control of Saraqib."
    assert [(e.kind, e.new_controller) for e in _events(gaz, actors, text)] == [("capture", "opposition")]
    text = "Army units took control over Palmyra’s ancient citadel after dealing with the last Daesh terrorist groups."
    (e,) = _events(gaz, actors, text)
    assert (e.kind, e.place.name, e.geo_precision, e.control_change) == ("capture", "Palmyra", 2, False)
    text = "The SAA entered the towns of Kafr Shams and Inkhil under the same reconciliation agreement."
    assert [(e.sub_event_type, e.actor1, e.control_change) for e in _events(gaz, actors, text)] == [
        ("Non-violent transfer of territory", "government", False)
    ] * 2
    assert [e.sub_event_type for e in _events(gaz, actors, "The SAA entered Inkhil after heavy clashes.")] == [
        "Armed clash"
    ]
    (e,) = _events(gaz, actors, "Turkish-backed rebels have been looting shops in Afrin.")
    assert (e.event_type, e.sub_event_type, e.actor1, e.actor2) == (
        "Strategic developments",
        "Looting/property destruction",
        "turkey",
        "civilians",
    )
    text = "There is fighting reported around Ayn Issa (south of Tal Abiad) and Kobane."
    assert [e.place.name for e in _events(gaz, actors, text)] == ["Ain Issa", "Kobani"]
    text = (
        "The SDF said on Sunday (Oct 20) that they had withdrawn from the border town of Ras al Ain under a United "
        "States-brokered ceasefire deal."
    )
    assert [(e.sub_event_type, e.actor1) for e in _events(gaz, actors, text)] == [
        ("Non-violent transfer of territory", "sdf")
    ]
    (e,) = _events(gaz, actors, "", title="Rebels in Daraa signed a ceasefire deal with Russia")
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Agreement", "opposition", "russia")


@pytest.mark.parametrize(
    "text,expected",
    [
        # (web72's rules) men who left a side are civilians when shot or assassinated; a group renamed is still a side
        (
            "Al-Horani said that the other two former rebels were shot dead in Daraa city by unknown gunmen.",
            [("violence", "Attack", "unidentified", "civilians")],
        ),
        (
            "The SOHR reported an assassination carried out by unknown gunmen against former leader in the “Jaish "
            "Al-Thawra”, by shooting him in Tafas.",
            [("violence", "Attack", "unidentified", "civilians")],
        ),
        (
            "Unknown gunmen assassinated an FSA commander in Tafas.",
            [("clash", "Armed clash", "unidentified", "opposition")],
        ),
        (
            "A car bomb by the former al-Nusra Front exploded in Tafas.",
            [("explosive", "Remote explosive/landmine/IED", "hts", "")],
        ),
        # the object of the verb before "and" is no subject of the next verb; the speaker of a blast is not its side
        (
            "The coalition of Kurdish and Arab soldiers backed by US, British and French special forces said it "
            "defeated ISIS and fully liberated Baghouz in eastern Syria.",
            [("capture", "Non-state actor overtakes territory", "sdf", "")],
        ),
        (
            "The Russian Ministry of Defense announced that a bomb exploded during a Russian-Turkish patrol near Ariha.",
            [("explosive", "Remote explosive/landmine/IED", "unidentified", "russia")],
        ),
        (
            "At least 3 Russian soldiers were injured in a large explosion of an IED at the entrance of Ariha city.",
            [("explosive", "Remote explosive/landmine/IED", "unidentified", "russia")],
        ),
        # a place named before "city of" qualifies the city named after it
        (
            "A Turkish drone was filmed bombing a Syrian military convoy in the southern Idlib city of Ma’arat Al-Nu’man.",
            [("strike", "Air/drone strike", "turkey", "government")],
        ),
        # a march or a gathering calling for the regime's fall is a protest; force used on protesters is ACLED's
        (
            "Young men marched through a market in Suweida city, chanting slogans against the regime.",
            [("protest", "Peaceful protest", "protesters", "")],
        ),
        (
            "Regime forces clashed with protesters in Daraa.",
            [("clash", "Excessive force against protesters", "protesters", "government")],
        ),
        ("The SDF-controlled areas in Hajin witness many cases of looting.", []),
    ],
)
def test_what_web72s_rules_hold(gaz, actors, text, expected):
    assert [(e.kind, e.sub_event_type, e.actor1, e.actor2) for e in _events(gaz, actors, "", title=text)] == expected


def test_a_crossroads_town_taken_is_the_town(gaz, actors):
    text = "The Syrian Army took control of the strategic northwestern crossroads town of Saraqeb on Saturday."
    (e,) = _events(gaz, actors, text)
    assert (e.place.name, e.geo_precision, e.new_controller) == ("Saraqib", 1, "government")


@pytest.mark.parametrize(
    "text,expected",
    [
        # (the review of web71's and web72's rules) a capture told as a noun needs its day and no doubt; ground, not men
        ("The capture of Afrin by Turkish forces would be a major blow to the YPG.", []),
        ("The capture of Afrin by Turkish forces on Sunday was denied by the rebels.", []),
        ("The capture of three SDF fighters by ISIS near Hajin on Sunday angered the SDF.", []),
        # a town's site in apposition after the place taken adds no capture
        ("The rebels captured Taftanaz, Idlib's strategic air base.", [("capture", "opposition", "Taftanaz")]),
        # an entry "under a deal" only when the deal is the entry's own; storming is no handover
        (
            "Regime forces stormed Nahtah despite its inclusion under the de-escalation agreement.",
            [("advance", "government", "Nahtah")],
        ),
        # the one side named first of "Assad, Russian raids" (no helpers named as such)
        ("Assad, Russian raids hit Khan Shaykhun.", [("strike", "government", "Khan Shaykhun")]),
        # a contraction of "not able"
        (
            "The rebels weren't able to recapture Nahtah after a large counteroffensive.",
            [("clash", "opposition", "Nahtah")],
        ),
        # no looting in a denial, a passive of last week or data; a ministry's weapons and a list are not ground cleared
        ("Witnesses said the army stole nothing from the shops in Daraa.", []),
        ("Shops that were looted last week in Afrin reopened on Monday.", []),
        ("Russian military police cleared Kafr Batna and Saqba of heavy weapons.", []),
        ("The Syrian army cleared Hama, Homs and Idlib from the list of de-escalation zones.", []),
        ("The army cleared Nahtah of the remnants of Daesh.", [("capture", "government", "Nahtah")]),
        # a deal reached is the news, though told with "under"
        (
            "Under a deal reached on Sunday, rebels in Daraa will hand over their heavy weapons.",
            [("agreement", "unidentified", "Daraa")],
        ),
        # a side's post on a platform
        ("ISIS posted on Telegram that its fighters had captured Nahtah.", [("capture", "isis", "Nahtah")]),
    ],
)
def test_what_the_review_of_web71s_and_web72s_rules_holds(gaz, actors, text, expected):
    assert [(e.kind, e.actor1, e.place.name) for e in _events(gaz, actors, "", title=text)] == expected


def test_the_side_blamed_is_the_last_named_not_a_site_hit(gaz, actors):
    title = "The opposition blamed the strike on the rebel base on Russia"
    (u,) = _all(gaz, actors, "", title=title).unplaced
    assert (u.kind, u.actor1) == ("strike", "russia")


@pytest.mark.parametrize(
    "text,expected",
    [
        # (more of web71's and web72's rules) deals: reached at the sentence's start, made, in force, terms accepted,
        # weapons handed over
        (
            '"A deal has been reached between the state and the terrorist groups in Daraa," SANA reported.',
            [("agreement", "Agreement", "Daraa")],
        ),
        ("Russia made a deal with opposition factions to cease fire on July 06.", [("agreement", "Agreement", "")]),
        ("On August 24, a 48-hour truce went into force in Daraa.", [("agreement", "Agreement", "Daraa")]),
        ("The Daraa militants accepted the terms of the Syrian army.", [("agreement", "Agreement", "Daraa")]),
        (
            "The rebel groups in Muzayrib continued to hand over their weapons to the Syrian army.",
            [("agreement", "Agreement", "Al Muzayrīb")],
        ),
        # an attack beaten back is a fight; a push north an advance; a ground and air assault two acts
        (
            "Government forces pushed the rebel fighters back, killing hundreds of them.",
            [("clash", "Armed clash", "")],
        ),
        (
            "Regime forces pushed north from Maarat al-Numan toward Saraqib.",
            [("advance", "Armed clash", "Maarat al-Numan")],
        ),
        (
            "Government forces carried out a ground and air assault on the Hanano housing district.",
            [("strike", "Air/drone strike", "Masaken Hanano"), ("clash", "Armed clash", "Masaken Hanano")],
        ),
        # a strike told whole before the projectiles stopped
        (
            "Israeli aircraft attacked the airport and several Israeli missiles were intercepted.",
            [("strike", "Air/drone strike", ""), ("base", "Disrupted weapons use", "")],
        ),
        # an observation point with its ordinal; reinforcements brought in; persons taken to an unknown place; a site
        # blown up
        (
            "The Turkish military established a third observation point in Taftanaz.",
            [("base", "Headquarters or base established", "Taftanaz")],
        ),
        (
            "Turkish-backed factions brought in a large military reinforcement to Ain Issa.",
            [("base", "Other", "Ain Issa")],
        ),
        ("HTS took the two young men to an unknown location.", [("abduction", "Abduction/forced disappearance", "")]),
        ("The terrorists blew up the bridge in Saraqib.", [("explosive", "Remote explosive/landmine/IED", "Saraqib")]),
    ],
)
def test_what_more_of_web71s_and_web72s_rules_hold(gaz, actors, text, expected):
    reading = _all(gaz, actors, "", title=text)
    got = [(e.kind, e.sub_event_type, e.place.name) for e in reading.events]
    got += [(u.kind, u.sub_event_type, "") for u in reading.unplaced]
    assert got == expected


def test_sides_named_for_the_blamed_the_hit_and_the_fallen(gaz, actors):
    (u,) = _all(gaz, actors, "", title="It blamed the blast on the Syrian Kurdish YPG").unplaced
    assert (u.kind, u.actor1) == ("explosive", "sdf")
    (e,) = _events(gaz, actors, "Two American servicemen were killed in a blast in Manbij.")
    assert (e.kind, e.actor1, e.actor2) == ("explosive", "unidentified", "coalition")


@pytest.mark.parametrize(
    "text,expected",
    [
        # (the review of web72's rules) deals: no "accept" of a refusal or of responsibility, no "made a difference", no
        # truce that collapsed, no weapons never handed over or handed over by the men a relative clause describes
        ("Rebels in Daraa refused to accept the truce.", []),
        ("The ceasefire has made a difference in Idlib, residents said.", []),
        ("The truce that went into force on Sunday collapsed in Daraa.", []),
        ("The factions said they would never hand over their weapons in Idlib despite the agreement.", []),
        ("Rebels who handed over their weapons in Daraa were arrested by regime forces.", [("arrest", "government")]),
        # a deal of last month is no news; "pushed … back" needs fighters or an attack; civilians pushing north flee
        ("Rebels left Quneitra under a deal reached with Russia last month.", [("withdrawal", "opposition")]),
        ("Russia pushed the deadline back by a week in Daraa.", []),
        ("Turkish border guards pushed the Syrian refugees back across the border near Atmeh.", []),
        ("Displaced families pushed north towards the Turkish border from Idlib.", []),
        # armed men marching or gathering are no protest
        ("ISIS fighters marched through the streets of Raqqa chanting slogans for the caliphate.", []),
        ("Rebels gathered their forces in Tal Rifaat, chanting slogans.", []),
        # "formerly rebel-held", "the former rebel stronghold": the town's past, not a man who left a side
        (
            "Unknown gunmen assassinated a commander in the formerly rebel-held town of Tafas.",
            [("clash", "unidentified")],
        ),
        # no abduction of bodies or of men an arrest took; the backer "U.S." keeps its dots
        ("ISIS took the bodies of the soldiers to an unknown location near Palmyra.", []),
        (
            "Regime forces arrested five men in Daraa and took them to an unknown location.",
            [("arrest", "government")],
        ),
        ("The SDF, backed by U.S. special forces, said it had captured the town of Hajin.", [("capture", "sdf")]),
        # the air's part of a ground force's assault is the air force's named; sappers clearing mines set off no bomb
        (
            "The SDF launched a ground and air assault on Hajin with coalition support.",
            [("strike", "coalition"), ("clash", "sdf")],
        ),
        ("SDF sappers blew up the houses booby-trapped by ISIS in Raqqa.", [("explosive", "isis")]),
        # a bearing after "city of" keeps the city
        ("An explosion hit Idlib city of northwestern Syria on Sunday.", [("explosive", "unidentified")]),
    ],
)
def test_what_the_review_of_web72s_rules_holds(gaz, actors, text, expected):
    reading = _all(gaz, actors, "", title=text)
    got = [(e.kind, e.actor1) for e in reading.events] + [(u.kind, u.actor1) for u in reading.unplaced]
    assert got == expected


def test_an_operation_named_before_a_passive_and_a_backer_before_its_side(gaz, actors):
    """ "Following successful operations as part of Operation Peace Spring, the M4 highway has been brought under
    control": the operation's side took it (before, no side); "US occupation-backed QSD militia" is the SDF, the
    backer only qualifying it (before, the coalition)."""
    text = (
        '"As part of the successful operations being conducted in the framework of Operation Peace Spring, the town of '
        'Ras al-Ayn has been brought under control," the ministry announced.'
    )
    assert [(e.kind, e.actor1, e.actor2, e.new_controller) for e in _events(gaz, actors, text)] == [
        ("capture", "turkey", "", "turkey")
    ]
    (e,) = _events(gaz, actors, "US occupation-backed QSD militia shelled Tell Hamis.")
    assert (e.kind, e.actor1) == ("shelling", "sdf")
    (e,) = _events(gaz, actors, "Turkish-backed rebels shelled Tell Rifaat.")
    assert (e.kind, e.actor1) == ("shelling", "turkey")


@pytest.mark.parametrize(
    "text,expected",
    [
        # (the third review) a new truce after another's collapse, a deal of earlier the same day, "her husband", a side
        # named before "back", residents of a side's town, an air force only when it supports, a group's own blast
        (
            "A new truce went into force in Aleppo on Monday after the previous one collapsed last week.",
            [("agreement", "unidentified")],
        ),
        (
            "Buses evacuated fighters from Daraya under a deal reached earlier on Friday.",
            [("withdrawal", "unidentified"), ("agreement", "unidentified")],
        ),
        (
            "Gunmen stormed a house in Tafas and took her husband to an unknown location.",
            [("advance", "unidentified"), ("abduction", "unidentified")],
        ),
        ("Kurdish fighters pushed ISIS back in Kobani.", [("clash", "sdf")]),
        ("Residents of SDF-held Manbij gathered to protest against conscription.", [("protest", "protesters")]),
        (
            "The SDF launched a ground and air assault on Hajin, days after Russian jets hit Deir ez-Zor.",
            [("strike", "unidentified"), ("clash", "sdf")],
        ),
        ("ISIS blew up the bridge it had mined earlier in Deir ez-Zor.", [("explosive", "isis")]),
    ],
)
def test_what_the_third_review_of_stop_50s_rules_holds(gaz, actors, text, expected):
    reading = _all(gaz, actors, "", title=text)
    assert [(e.kind, e.actor1) for e in reading.events] + [(u.kind, u.actor1) for u in reading.unplaced] == expected


def test_a_long_list_of_unknown_names_after_a_colon_reads_in_linear_time(gaz, actors):
    """The names the gazetteer lacks between a colon and a place are read one by one (a regex over the whole gap
    backtracked exponentially: fourteen "Al-X" names never finished)."""
    names = ", ".join(f"Al-{c * 3}" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    text = f"The army liberated the following villages: {names}, Kafr Nabudah and Morek."
    got = [(e.kind, e.place.name) for e in _events(gaz, actors, "", title=text)]
    assert ("capture", "Kafr Nabudah") in got and ("capture", "Morek") in got


@pytest.mark.parametrize(
    "text,expected",
    [
        # a side's sources speak of the side ("they"); activists speak of what they saw
        ("SDF sources said they had captured Tell Rifaat.", [("capture", "sdf")]),
        (
            "Field sources affiliated to the militants backed by Ankara reported that they have taken control of Tell "
            "Rifaat.",
            [("capture", "turkey")],
        ),
        ("Rebel sources say they are fighting back in Tell Rifaat.", [("clash", "opposition")]),
        ("Opposition activists said they had documented 20 air strikes on Tell Rifaat.", [("strike", "unidentified")]),
        # (a review's cases) "they" not the act's subject, "it was …", a side named nearer than the sources
        ("Rebel sources said they witnessed airstrikes on Saraqib.", [("strike", "unidentified")]),
        ("SDF sources said it was the heaviest shelling in Tell Rifaat for months.", [("shelling", "unidentified")]),
        ("SDF officials accused Turkey and said it shelled Tell Rifaat on Sunday.", [("shelling", "turkey")]),
        # a sentence-opening "They" still governs a second act of its clause
        (
            "They shelled Tell Rifaat and launched an attack on Afrin.",
            [("shelling", "unidentified"), ("clash", "unidentified")],
        ),
        # a possessive before the previous event word is that word's: the next verb keeps the clause's side
        (
            "US occupation-backed QSD militia continued its attacks on the locals in Hasaka countryside and kidnaped a "
            "number of young men in Tell Hamis township.",
            [("clash", "sdf"), ("abduction", "sdf")],
        ),
    ],
)
def test_a_sides_sources_and_a_possessive_of_the_word_before(gaz, actors, text, expected):
    assert [(e.kind, e.actor1) for e in _events(gaz, actors, "", title=text)] == expected


def test_a_sentence_opening_they_governs_both_acts_of_its_clause(gaz, actors):
    text = "Turkish troops crossed the border. They shelled Tell Rifaat and launched an attack on Afrin."
    assert [(e.kind, e.actor1) for e in _events(gaz, actors, text)] == [("shelling", "turkey"), ("clash", "turkey")]


def _web73(gaz, actors, text, date=D):
    reading = _all(gaz, actors, "", title=text, date=date)
    return [(e.sub_event_type, e.actor1, e.actor2, e.place.name, e.new_controller or "") for e in reading.events] + [
        (u.sub_event_type, u.actor1, u.actor2, "", "") for u in reading.unplaced
    ]


@pytest.mark.parametrize(
    "text,date,expected",
    [
        # the places after "including" are the places taken, not ground near them (after "nearby towns" or "the pocket")
        (
            "The government forces took control of Morek and nearby towns including Kafr Zita on Friday.",
            D,
            [
                ("Government regains territory", "government", "", "Morek", "government"),
                ("Government regains territory", "government", "", "Kafr Zita", "government"),
            ],
        ),
        (
            "Government forces overran the rest of the pocket, including the town of Kafr Zita without resistance.",
            D,
            [("Government regains territory", "government", "", "Kafr Zita", "government")],
        ),
        # the last item of a list, with the list's adverb or the side it was taken from
        (
            "IS afterwards recaptured the towns of Susah, Safafinah and Baghuz Fawqani completely.",
            D,
            [
                ("Non-state actor overtakes territory", "isis", "", "Al-Susah", "isis"),
                ("Non-state actor overtakes territory", "isis", "", "As Safafinah", "isis"),
                ("Non-state actor overtakes territory", "isis", "", "Al-Baghuz Fawqani", "isis"),
            ],
        ),
        (
            "The Syrian Arab Army captured Sheikh Jort, and Tarmala from the jihadist rebels of Hay'at Tahrir Al-Sham.",
            D,
            [
                ("Government regains territory", "government", "hts", "Sheikh Jort", "government"),
                ("Government regains territory", "government", "hts", "Tarmala", "government"),
            ],
        ),
        # a place described by a relative clause, taken two weeks before the report, is background; "on Friday" is news
        (
            "Maryam al-Shalat was executed by regime forces in Khan Sheikhoun, which was captured by the Syrian regime "
            "on 21 August.",
            dt.date(2019, 9, 4),
            [("Attack", "government", "civilians", "Khan Shaykhun", "")],
        ),
        (
            "Flags hang in Khan Sheikhoun, which was captured by the Syrian regime on 21 August.",
            D,
            [("Government regains territory", "government", "", "Khan Shaykhun", "government")],
        ),
        # a capture told beside an older time ("fled X in 2019, as government forces captured …") is background
        (
            "Ghassan Hammoud fled Kafr Nabel in 2019, as government forces captured opposition-held areas in Idlib.",
            dt.date(2022, 7, 1),
            [],
        ),
        # what the report does not vouch for, what is still to come, and the state the news starts from
        ("It is however unclear whether the SAA has also managed to capture Kafr Nabel.", D, []),
        ("Syrian state media have not yet confirmed the capture of Albu Kamal.", D, []),
        (
            "With Kafr Sijnah now under their control, the army will now attempt to capture the Jabal Al-Zawiya region.",
            D,
            [],
        ),
        # a participle after a place's locating aside shares the main clause's subject
        (
            "The regime army has been making gains in the Ghouta countryside, which lies just east of Damascus, as well "
            "as capturing the town of Mesraba.",
            dt.date(2018, 3, 10),
            # (stop 77: the gains made in the countryside are an advance there, as the gold's "advances in X")
            [
                ("Armed clash", "government", "", "Countryside within 15 km of Ghouta", ""),
                ("Government regains territory", "government", "", "Misraba", "government"),
            ],
        ),
    ],
)
def test_what_the_probe_web73_taught_about_control(gaz, actors, text, date, expected):
    assert _web73(gaz, actors, text, date) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "Strikes … delivered at" is fire, not a walkout; spellings of the wire
        (
            "Strikes were also delivered at militants’ positions in al-Lataman and Kafr Zeit.",
            [
                ("Air/drone strike", "unidentified", "unidentified", "Al-Lataminah", ""),
                ("Air/drone strike", "unidentified", "unidentified", "Kafr Zita", ""),
            ],
        ),
        # two states' adjectives name one side, the first
        (
            "Nonstop Syrian and Russian airstrikes hit Khan Shaykhun.",
            [("Air/drone strike", "government", "", "Khan Shaykhun", "")],
        ),
        (
            "The Assad-Russian alliance's warplanes killed more than 19 civilians in Saraqib.",
            [("Air/drone strike", "government", "civilians", "Saraqib", "")],
        ),
        # an exchange of weapons is a fight; a closing mark of the name does not hide the region that locates it
        (
            "This coincided with exchange of heavy machine-guns on Al-Masharea’ in Sahl Al-Ghab.",
            [("Armed clash", "unidentified", "", "Masharah", "")],
        ),
        # a joint patrol is the gold's Other, on the road (the province named with its country only locates it)
        (
            "On May 28, the Russian Military Police and the Turkish Army held a 13th joint patrol on the M4 highway in "
            "Syria’s southern Idlib.",
            [("Other", "russia", "", "M4 highway", "")],
        ),
        # a sit-in broken up is force against protesters; "an advanced sit-in point" is no advance
        (
            "The Turkish army broke up an advanced sit-in point established by demonstrators near the town of Nairab.",
            [("Excessive force against protesters", "protesters", "turkey", "Nayrab", "")],
        ),
        # a crowd's attack is mob violence on the side named before "came under"
        (
            "The Russian military police came under attack by a group of protesters in Saraqib on Tuesday.",
            [("Mob violence", "protesters", "russia", "Saraqib", "")],
        ),
        # "killed … by X shelling": one act, the shelling
        (
            "Four Turkish soldiers were killed Monday by Syrian regime shelling in Saraqib.",
            [("Shelling/artillery/missile attack", "government", "turkey", "Saraqib", "")],
        ),
        # the sides a front line lies between only say where; the dead are the side hit
        (
            "The Turkish soldiers were killed by shelling near Saraqib on the frontline between rebel and regime forces.",
            [("Shelling/artillery/missile attack", "unidentified", "turkey", "Saraqib", "")],
        ),
        # a post surrounded or struck is its side's (a post that only locates stays a place: see above)
        (
            "Syrian government forces surrounded a Turkish observation post in the town of Morek on Friday.",
            [("Armed clash", "government", "turkey", "Morek", "")],
        ),
        # the side fought, named after the capture
        (
            "The army captured Kafr Sijnah last night after breaking through Hay’at Tahrir Al-Sham’s front-lines.",
            [("Government regains territory", "government", "hts", "Kafr Sijnah", "government")],
        ),
        (
            "The Islamic State group fully recaptured Albu Kamal on Friday after a tough fightback for its last urban "
            "bastion against pro-regime forces.",
            [("Non-state actor overtakes territory", "isis", "government", "Albu Kamal", "isis")],
        ),
        (
            "The SDF launched counter attacks on Hajin, which resulted in the killing of dozens of ISIS militants.",
            [("Armed clash", "sdf", "isis", "Hajin", "")],
        ),
        # aircraft that shoot down aircraft fight
        ("Turkish warplanes shot down two Syrian jets.", [("Armed clash", "turkey", "government", "", "")]),
        # the scenes a sentence opens on; the place a "where" stands for
        (
            "In the Idlib cities of Binnish and Jisr al-Shughour, HTS forces fired tear-gas to disperse demonstrations "
            "calling for the fall of the group.",
            [
                ("Excessive force against protesters", "protesters", "hts", "Binnish", ""),
                ("Excessive force against protesters", "protesters", "hts", "Jisr al-Shughur", ""),
            ],
        ),
        (
            "Al-Mayadeen lies south of Deir al-Zor city, where Syrian and allied forces are trying to oust the "
            "militants from a small pocket.",
            [("Armed clash", "government", "unidentified", "Deir ez-Zor", "")],
        ),
        # a road's ends are no place of an act already placed; looting and burning is one act
        (
            "Similar airstrikes were reported in ICARDA on the high way between Idlib and Aleppo.",
            [("Air/drone strike", "unidentified", "", "ICARDA", "")],
        ),
        (
            "Syrian army begins to loot and burn civilian property east of Ma’rat al-Numan",
            [("Looting/property destruction", "government", "civilians", "Maarat al-Numan", "")],
        ),
        # an officer named by his rank is a man taken, where the fight was
        (
            "Rebel groups were able to capture Colonel Abdel Kareem Souleiman during the fighting in Kafr Nabudah.",
            [
                ("Abduction/forced disappearance", "opposition", "", "Kafr Nabudah", ""),
                ("Armed clash", "opposition", "", "Kafr Nabudah", ""),
            ],
        ),
        # the side a country's group spearheads is the side that acts; rebels Turkey backs are Turkey's
        (
            "Syria’s army and its allies, spearheaded by Lebanon’s Hezbollah, captured Albu Kamal on Friday.",
            [("Government regains territory", "government", "", "Albu Kamal", "government")],
        ),
        (
            "The Turkish-backed National Liberation Front captured Kafr Nabl on Friday.",
            [("Non-state actor overtakes territory", "turkey", "", "Kafranbel", "turkey")],
        ),
        # doubt about a blast's cause is no doubt about the blast
        (
            "It is unclear whether the explosion in Kafr Nabudah was caused by a bomb.",
            [("Remote explosive/landmine/IED", "unidentified", "", "Kafr Nabudah", "")],
        ),
        # strikes "without injuries" have no victims, though strikes before them killed civilians
        (
            "Warplanes killed 3 civilians in Kafranbel, airstrikes also targeted Jarjanaz town without injuries.",
            [
                ("Air/drone strike", "unidentified", "civilians", "Kafranbel", ""),
                ("Air/drone strike", "unidentified", "", "Jarjanaz", ""),
            ],
        ),
    ],
)
def test_what_the_probe_web73_taught_about_kinds_sides_and_places(gaz, actors, text, expected):
    assert _web73(gaz, actors, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a fight on a front line is between its sides; an entry along it is not
        (
            "Violent clashes took place on the frontlines between regime forces and HTS in Kabani.",
            [("Armed clash", "government", "hts", "Kabani", "")],
        ),
        # only a time that closes the clause before "as" dates the capture
        (
            "The offensive, launched in April, intensified as government forces captured Kafr Nabudah.",
            [("Government regains territory", "government", "", "Kafr Nabudah", "government")],
        ),
        (
            "Residents who had fled in 2019 watched on Friday as government forces captured Maarat al-Numan.",
            [("Government regains territory", "government", "", "Maarat al-Numan", "government")],
        ),
        # "ransacked" is looting, not a patrol's verb; a patrol being conducted when attacked is no news of its own
        (
            "Regime militias ransacked houses in Kafr Nabudah.",
            [("Looting/property destruction", "government", "civilians", "Kafr Nabudah", "")],
        ),
        (
            "The Russian military was conducting a joint patrol along the M4 highway when it was attacked.",
            [("Armed clash", "unidentified", "", "M4 highway", "")],
        ),
        # a weapon's victims in a strike: one strike, no extra attack
        (
            "24 civilians killed by Coalition warplanes in airstrikes on Al-Raqqah city",
            [("Air/drone strike", "coalition", "civilians", "Raqqa", "")],
        ),
        # "where" after a place: not a transfer of something taken there
        (
            "Turkish forces entered Afrin city, where they took over the main hospital.",
            [("Armed clash", "turkey", "", "Afrin", "")],
        ),
        # a side that advances under its ally's strikes is not their target; a crowd's attack only right after the act
        (
            "Regime forces advanced in Kafr Nabudah under heavy air strikes by Russian warplanes.",
            [
                ("Armed clash", "government", "", "Kafr Nabudah", ""),
                ("Air/drone strike", "russia", "", "Kafr Nabudah", ""),
            ],
        ),
        # an opening "With" that names no place before "now" is no state
        (
            "With Russian air support Kafr Sijnah is now under government control.",
            [("Government regains territory", "government", "", "Kafr Sijnah", "government")],
        ),
        # ", and Damascus from the start condemned": a clause of its own, not the list's last item
        (
            "Turkish forces captured Ras al-Ain, and Damascus from the start condemned the offensive.",
            [("Non-state actor overtakes territory", "turkey", "", "Ra’s al Ayn", "turkey")],
        ),
        # weapons exchanged under a deal; victims told before "without injuries"; labour strikes
        ("The agreement includes an exchange of heavy weapons for safe passage from Douma.", []),
        (
            "Airstrikes hit Kafr Nabel and killed a woman, without injuries reported in Hass.",
            [("Air/drone strike", "unidentified", "civilians", "Kafranbel", "")],
        ),
        # a quoted name's closing mark: the region after it is where; a religious adjective is no country's
        (
            "Rebels shelled Mhardeh in Christian Suqaylabiyah.",
            [
                ("Shelling/artillery/missile attack", "opposition", "", "Mhardeh", ""),
                ("Shelling/artillery/missile attack", "opposition", "", "Al-Suqaylabiyah", ""),
            ],
        ),
        # a post nearly hit is not the side's loss; a road's two ends are both places when the act names no other
        (
            "A shell nearly hit a Turkish observation post in Morek.",
            [("Shelling/artillery/missile attack", "unidentified", "", "Morek", "")],
        ),
        (
            "Clashes broke out on the road linking Saraqib with Ariha.",
            [("Armed clash", "unidentified", "", "Saraqib", ""), ("Armed clash", "unidentified", "", "Ariha", "")],
        ),
        # civilians killed are an attack's victims, not the side fought
        (
            "Regime forces attacked Kafr Nabudah, which resulted in the deaths of 5 civilians.",
            [("Armed clash", "government", "", "Kafr Nabudah", "")],
        ),
        # "advanced units into X" is an advance
        ("Regime forces advanced units into Kafr Nabudah.", [("Armed clash", "government", "", "Kafr Nabudah", "")]),
    ],
)
def test_what_the_review_of_web73s_rules_holds(gaz, actors, text, expected):
    assert _web73(gaz, actors, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the side a capture or an advance was fought against, named after it or before it
        (
            "Syrian forces, backed by Lebanese Hezbollah fighters, are in full control of Yabroud after clearing out "
            "rebels holed up in the town for months.",
            [("Government regains territory", "government", "opposition", "Yabroud", "government")],
        ),
        (
            "On Friday Army units liberated Kafranbel after elimination of many terrorists of Jabhat al-Nusra.",
            [("Government regains territory", "government", "hts", "Kafranbel", "government")],
        ),
        (
            "The Syrian army has taken full control of Yarmouk on Friday after routing Islamic State (IS) militants.",
            [("Government regains territory", "government", "isis", "Yarmouk", "")],
        ),
        (
            "The Syrian Arab Army managed to break through the Islamic State’s lines and liberate Yarmouk on Friday.",
            [("Government regains territory", "government", "isis", "Yarmouk", "")],
        ),
        (
            "Regime forces advanced on Kafr Nabudah amid fierce clashes with HTS.",
            [("Armed clash", "government", "hts", "Kafr Nabudah", "")],
        ),
        # (not a side named in a relative clause about the place, nor a helper)
        (
            "Turkish forces have taken control of Ras al-Ain, which has been a focus of its operation against Kurdish "
            "militants, the defence ministry said Friday.",
            [("Non-state actor overtakes territory", "turkey", "", "Ras al-Ayn", "turkey")],
        ),
        (
            "Regime forces advanced on Kafr Nabudah with Russian air support.",
            [("Armed clash", "government", "", "Kafr Nabudah", "")],
        ),
    ],
)
def test_the_side_fought_named_beside_a_capture_or_an_advance(gaz, actors, text, expected):
    assert _web73(gaz, actors, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a list's last item with a lower-case article, after distance asides
        (
            "The rebels captured the towns of Soran, 20 km north of Hama, Khattab, 10 km northwest of Hama, and "
            "al-Majdal, 6 km west of Khattab, on Friday.",
            ["Suran", "Khattab", "Al Majdal"],
        ),
        # the last item, then how it was taken
        (
            "On Friday the Tiger Forces recaptured the villages of Khattab, Soubein, and Morek in a massive push "
            "through northern Hama.",
            ["Khattab", "Soubein", "Morek"],
        ),
        # the places a strip of ground taken held
        (
            "On Friday rebels captured a 25 km strip of land near the Jordanian border, which included the towns of "
            "Muzrib and Abdin.",
            ["Al Muzayrīb", "Abdin"],
        ),
    ],
)
def test_the_places_of_a_list_of_captures(gaz, actors, text, expected):
    got = _web73(gaz, actors, text)
    assert [g[3] for g in got] == expected and all(g[4] for g in got)


@pytest.mark.parametrize(
    "text,expected",
    [
        # "central X" is entered there (and taken, as "liberated central Hajin"); a nationality before "province of"
        # is no province's name
        ("Turkish troops entered central Ras al-Ayn on Friday.", [("Armed clash", "turkey", "", "Ras al-Ayn", "")]),
        (
            "Rebels took central Aleppo on Friday.",
            [("Non-state actor overtakes territory", "opposition", "", "Aleppo", "opposition")],
        ),
        (
            "Clashes erupted between regime forces and HTS in the northwestern Syrian province of Idlib.",
            [("Armed clash", "government", "hts", "Idlib governorate", "")],
        ),
        (
            "A car bomb exploded in central Damascus.",
            [("Remote explosive/landmine/IED", "unidentified", "", "Damascus", "")],
        ),
        # "Idlib province of Syria" is the province; "armed groups" are a side, not the verb "armed"
        (
            "Violent clashes erupted between regime forces and armed groups in Idlib province of Syria.",
            [("Armed clash", "government", "", "Idlib", "")],
        ),
        # lines broken are a fight; "NFL militants" (a common misspelling of the NLF) are the rebels
        (
            "Hezbollah fighters succeeded in breaking the defense lines of Hay’at Tahrir al-Sham in Kafr Nabudah.",
            [("Armed clash", "iran", "hts", "Kafr Nabudah", "")],
        ),
        (
            "NFL militants took control of Maar Shurin on Friday.",
            [("Non-state actor overtakes territory", "opposition", "", "Maar Shurin", "opposition")],
        ),
    ],
)
def test_central_parts_named_provinces_armed_groups_and_broken_lines(gaz, actors, text, expected):
    assert _web73(gaz, actors, text) == expected


def test_a_killing_told_as_a_noun_with_its_agent(gaz, actors):
    """ "The killing of 34 Turkish soldiers by the Syrian regime in Idlib" is the regime's attack on Turkey's men; one
    person of no side killed by gunmen is violence against a civilian."""
    assert _web73(gaz, actors, "The killing of 34 Turkish soldiers by the Syrian regime in Idlib angered Ankara.") == [
        ("Armed clash", "government", "turkey", "Idlib", "")
    ]
    assert _web73(gaz, actors, "The killing of a journalist by unknown gunmen in Idlib was condemned.") == [
        ("Attack", "unidentified", "civilians", "Idlib", "")
    ]
    assert _web73(gaz, actors, "The killing of 34 soldiers in Idlib angered Ankara.") == []


def test_a_silence_after_clashes_and_operations_continued(gaz, actors):
    """A mood of silence after clashes tells the clashes, where the mood is; "continue their operations in X" is
    fighting there."""
    assert _web73(gaz, actors, "Silence in al-Qamishli after violent clashes") == [
        ("Armed clash", "unidentified", "", "Qamishli", "")
    ]
    assert _web73(gaz, actors, "The regime forces continue their operations in Deir Ezzor city") == [
        ("Armed clash", "government", "", "Deir ez-Zor", "")
    ]
    assert _web73(gaz, actors, "Aid agencies continue their operations in Deir Ezzor city") == []


@pytest.mark.parametrize(
    "text,expected",
    [
        # an Airwars incident names its own village, whatever namesake the gazetteer has elsewhere
        (
            "February 21st 2017: (S455) Fatatish village, eastern Raqqa countryside, Raqqa governorate, Syria",
            "Fatatish",
        ),
        ("May 30th 2017: (S787) مزرعة الروضة  Rawda Farm, Raqqa governorate, Syria", "Rawda"),
        # a numbered street of the town named next
        ("July 12th 2017: (S1044a) 23rd February Street, Raqqa city, Raqqa governorate, Syria", "23rd February Street"),
    ],
)
def test_an_incident_title_names_its_own_place(gaz, actors, text, expected):
    (event,) = _all(gaz, actors, "", title=text, date=dt.date(2017, 7, 14)).events
    assert event.place.name == expected and event.place.unlisted


@pytest.mark.parametrize(
    "text,expected",
    [
        # another clause's fight is not the capture's ("while", ";", another side before the fight's words)
        (
            "Regime forces captured Khan Sheikhoun on Friday while the SDF continued operations against ISIS near Hajin.",
            [
                ("Government regains territory", "government", "", "Khan Shaykhun", "government"),
                ("Armed clash", "sdf", "isis", "Hajin", ""),
            ],
        ),
        (
            "Regime forces advanced on Kafr Nabudah after rebels launched a counter-attack against Russian positions.",
            [("Armed clash", "government", "", "Kafr Nabudah", "")],
        ),
        (
            "ISIS fighters broke through the SDF lines near Hajin, while regime forces captured Albu Kamal on Friday.",
            [("Government regains territory", "government", "", "Albu Kamal", "government")],
        ),
        # a relative clause that closed before "after" does not hide whom the capture drove out
        (
            "The army captured Morek on Friday, which lies on the M5 highway, after driving out HTS militants.",
            [("Government regains territory", "government", "hts", "Morek", "government")],
        ),
        # ", and al-Qaeda, according to the monitor, lost": a clause of its own, not the list's last item
        (
            "Rebels took control of Kafr Nabudah on Friday, and al-Qaeda, according to the monitor, lost two commanders.",
            [("Non-state actor overtakes territory", "opposition", "", "Kafr Nabudah", "opposition")],
        ),
        # the list of what the ground taken held: typed, in the past, its items only
        # (the headquarters the base held is taken with it; the city near it is not)
        ("Rebels took control of a military base, which included the Brigade 52 headquarters near Hama.", None),
        (
            "Regime forces captured several villages in the Hama countryside, which includes the towns of Morek and "
            "Latamneh.",
            [("Government regains territory", "government", "", "Hama governorate", "")],
        ),
    ],
)
def test_what_the_review_of_the_side_fought_and_the_lists_holds(gaz, actors, text, expected):
    got = _web73(gaz, actors, text)
    if expected is None:
        assert [g[3] for g in got if g[4]] == ["Brigade 52"]  # no change of control at Hama
    else:
        assert got == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a toll brought up to date is no new event ("rises", "their number", "With the death of more people, …")
        ("A body of a dead woman killed in Atareb massacre rises the death toll to 83", []),
        ("More casualties raise their number to 7 in massacre of Deir Sharqi", []),
        ("With the death of more people, the massacre of Al-Atareb town market claims the lives of 53 persons", []),
        ("More casualties raise the death toll to 15 due to aerial and artillery shelling on Tafas", []),
        # (but a new act after "and" is news)
        (
            "More casualties raise their number to about 10 in Daraa city and shelling target Tafas",
            [("Shelling/artillery/missile attack", "unidentified", "", "Tafas", "")],
        ),
    ],
)
def test_tolls_brought_up_to_date(gaz, actors, text, expected):
    assert _web73(gaz, actors, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a list's last item with a lower-case article, before what ends the list (not an aside after a comma)
        ("Government troops took Tal Sakhr, Hamamiyat, and al-Jabin completely.", 3),
        ("Regime forces captured Kafr Nabudah, Habit, and al-Hobeit from the rebels.", 2),
        ("The SDF captured Hajin, and al-Baghuz, ISIS's last stronghold, fell on Saturday.", 1),
        # an untyped list of what the ground taken held
        ("Rebels captured a 25 km strip of land near the Jordanian border, which included Muzrib and Abdin.", 2),
    ],
)
def test_what_the_last_review_holds_about_lists(gaz, actors, text, expected):
    assert sum(1 for g in _web73(gaz, actors, text) if g[4]) == expected  # changes of control


@pytest.mark.parametrize(
    "text,expected",
    [
        # a killing told as a noun only with an armed side after "by", and not a reaction to it nor a weapon's
        (
            "Killing of a woman and her child by regime shelling on Kafr Zita.",
            [("Shelling/artillery/missile attack", "government", "civilians", "Kafr Zita", "")],
        ),
        ("Turkey condemned the killing of its soldiers by Kurdish militants in Afrin.", []),
        ("The killing of 3 soldiers by mistake near Manbij.", []),
        # an armed side's operations only as the subject
        ("Companies owned by the regime continue their operations in Damascus.", []),
        # a toll's own weapons are no new act; strikes counted are an act
        ("More casualties raise the death toll to 15 due to airstrikes and shelling on Tafas.", []),
        (
            "Russian airstrikes rise to 40 on Idlib countryside",
            [("Air/drone strike", "russia", "", "Idlib governorate", "")],
        ),
        # the silence of a reaction is no mood of a place
        ("Silence of the international community after the chemical massacre in Khan Shaykhun", []),
    ],
)
def test_what_the_last_review_holds_about_tolls_and_killings(gaz, actors, text, expected):
    assert _web73(gaz, actors, text) == expected


def test_a_second_downing_by_another_side_is_its_own_fight(gaz, actors):
    """ "shot down a Turkish drone and the Turkish military shot down two Syrian aircraft": the second downing has its
    own subject after "and", so it is Turkey's fight with the government, not part of the first interception; "managed
    to shoot down most of them" after an interception is still that interception."""
    got = _web73(
        gaz,
        actors,
        "The Syrian government forces shot down a Turkish drone and the Turkish military shot down two Syrian government "
        "military aircraft in Idlib on Friday.",
    )
    assert ("Armed clash", "turkey", "government", "Idlib", "") in got
    stopped = _web73(
        gaz,
        actors,
        "Syrian air defences intercepted several Israeli missiles and managed to shoot down most of them over Damascus.",
    )
    assert [(g[0], g[3]) for g in stopped] == [("Disrupted weapons use", "Damascus")]


@pytest.mark.parametrize(
    "text,date,expected",
    [
        # a town's heart named with its possessive is the town taken; a site it names is taken near the town, which
        # does not change hands ("Aleppo's academy")
        (
            "The Syrian National Army captured the entire Tel Rifaat’s center on Friday.",
            D,
            [("Non-state actor overtakes territory", "turkey", "", "Tell Rifaat", "turkey")],
        ),
        (
            "The rebels captured Aleppo's military academy on Friday.",
            D,
            [("Non-state actor overtakes territory", "opposition", "", "Aleppo", "")],
        ),
        # "the old city of X" after "retook"/"retaken" as after "captured"
        (
            "Kurdish forces retook the old city of Raqqa from IS on Friday.",
            D,
            [("Non-state actor overtakes territory", "sdf", "isis", "Raqqa", "sdf")],
        ),
        # a capture told as completed; one hoped for is no change
        (
            "The army completed the recapture of Palmyra from IS on Friday.",
            D,
            [("Government regains territory", "government", "isis", "Palmyra", "government")],
        ),
        ("The army hopes to complete the capture of Palmyra soon.", D, []),
        # the state media's "restored security and <noun> to X", whatever the second noun
        (
            "Army units restored security and safety to al-Qaryatayn on Friday.",
            D,
            [("Government regains territory", "government", "", "Al-Qaryatayn", "government")],
        ),
    ],
)
def test_web74_what_a_capture_of_a_town_looks_like(gaz, actors, text, date, expected):
    assert _web73(gaz, actors, text, date) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "anti-regime" names the regime's enemies, not the regime
        (
            "Local anti-regime armed groups attacked security buildings in Suwayda on Friday.",
            ("Armed clash", "opposition", "As-Suwayda"),
        ),
        # the broker of a deal is no party to it, nor to the withdrawal that follows
        (
            "The SDF reached a US-brokered ceasefire with Turkish-backed groups in Manbij on Friday.",
            ("Agreement", "sdf", "Manbij"),
        ),
        # a unit of the first side, then its ally: the side is named by its first member
        (
            "The Syrian army’s 1st Division and Hezbollah captured Madaya on Friday.",
            ("Government regains territory", "government", "Madaya"),
        ),
        ("Loyalist troops and pro-Iranian militias besieged Daraa on Friday.", ("Armed clash", "government", "Daraa")),
        # ships fire missiles, not aircraft
        (
            "The Israeli Navy attacked the port of Latakia on Friday.",
            ("Shelling/artillery/missile attack", "israel", "Latakia"),
        ),
        # what is dropped falls from the air
        ("The regime dropped cluster bombs on Sarmada on Friday.", ("Air/drone strike", "government", "Sarmada")),
        # protesters shot, even when the shots' toll follows, are force against a protest where it was
        (
            "Security police shot and injured three protesters in Suwayda on Friday.",
            ("Excessive force against protesters", "protesters", "As-Suwayda"),
        ),
        (
            "Security police shot and killed two protesters in Daraa on Friday.",
            ("Excessive force against protesters", "protesters", "Daraa"),
        ),
        (
            "In Suwayda the protesters were attacked by regime forces on Friday.",
            ("Excessive force against protesters", "protesters", "As-Suwayda"),
        ),
    ],
)
def test_web74_who_did_it_and_with_what(gaz, actors, text, expected):
    assert [(g[0], g[1], g[3]) for g in _web73(gaz, actors, text)][:1] == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a hill that overlooks a town is taken near it: the town does not change hands
        (
            "Hezbollah took control of a hill that overlooks Zabadani on Friday.",
            [("Government regains territory", "iran", "", "Zabadani", "")],
        ),
        # villages taken by count after an offensive's place: taken there, nothing named changes hands
        (
            "Rebels launched an offensive against regime forces in western Aleppo, seizing 13 villages on Friday.",
            [
                (
                    "Non-state actor overtakes territory",
                    "opposition",
                    "government",
                    "West part of Aleppo governorate",
                    "",
                )
            ],
        ),
        # a military base in a city is the base's place, the city only locates it
        (
            "Israeli jets struck the al-Mazzeh military base in Damascus on Friday.",
            [("Air/drone strike", "israel", "", "Mezzeh", "")],
        ),
        # how long protests have lasted is no protest of the day
        (
            "Security police shot two protesters in Suwayda on Friday, the first shots since protests began in the "
            "province in August.",
            [("Excessive force against protesters", "protesters", "government", "As-Suwayda", "")],
        ),
        # no deal made: one that failed, or one of another year named as a landmark
        ("Mediation efforts failed to establish a lasting ceasefire in Manbij on Friday.", []),
        (
            "Israeli troops entered parts of Quneitra they had not entered since the 1974 Agreement on Disengagement.",
            [("Armed clash", "israel", "", "Quneitra", "")],
        ),
        # gazetteer spellings: Sheikh Najjar (Aleppo's industrial city), Derik (al-Malikiyah)
        (
            "The rebels took control of Sheikh Najjar on Friday.",
            [("Non-state actor overtakes territory", "opposition", "", "Shaykh Najjar", "opposition")],
        ),
        (
            "A Turkish drone struck a bakery in Derik on Friday.",
            [("Air/drone strike", "turkey", "", "Al-Malikiyah", "")],
        ),
        # truffle hunters are civilians
        (
            "IS militants attacked truffle hunters near Palmyra on Friday.",
            [("Attack", "isis", "civilians", "Palmyra", "")],
        ),
    ],
)
def test_web74_where_it_was_and_whether_it_was(gaz, actors, text, expected):
    assert _web73(gaz, actors, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a building named with the town's possessive is not the town's heart taken
        ("Rebels captured Aleppo's downtown hotel on Friday.", []),
        # a capture not completed, or nearly so, is none
        ("The army has not yet completed the capture of Palmyra, a military source said.", []),
        # "security and order" is police language: no capture
        ("Police restored security and order in Suwayda on Friday.", []),
        # a side's patronage is its own: "Turkish-sponsored factions" are Turkey's
        (
            "Turkish-sponsored factions captured Tal Abyad on Friday.",
            [("Non-state actor overtakes territory", "turkey", "", "Tell Abyad", "turkey")],
        ),
        # a naval word in another clause does not make an air strike a missile attack
        (
            "After a naval drill off Tartus, Russian jets struck rebel positions in Idlib on Friday.",
            [("Air/drone strike", "russia", "opposition", "Idlib", "")],
        ),
        # a bomb a gunman drops is no air strike
        (
            "Gunmen dropped a bomb at the gate of a mosque in Daraa on Friday.",
            [("Shelling/artillery/missile attack", "unidentified", "", "Daraa", "")],
        ),
        # protesters attacked by unnamed men: force against the protest, not a battle
        (
            "Protesters were attacked by thugs in Baniyas on Friday.",
            [("Excessive force against protesters", "protesters", "unidentified", "Baniyas", "")],
        ),
        # soldiers shot near protesters are not the protesters
        ("Gunmen shot and wounded two soldiers guarding protesters in Suwayda on Friday.", None),
        # a protest told only in its "since" clause is still the day's protest
        (
            "Protesters gathered in Suwayda on Friday for the 100th day since protests began.",
            [("Peaceful protest", "protesters", "", "As-Suwayda", "")],
        ),
        # places taken by count after an attack were lost by the side attacked
        (
            "Rebels attacked regime forces in Latakia, seizing two hills on Friday.",
            [("Non-state actor overtakes territory", "opposition", "government", "Latakia", "")],
        ),
        # the second verb after "and" with no subject of its own is the first verb's side's
        (
            "The SDF said it had reached a truce with Turkish-backed groups and withdrew from Manbij on Friday.",
            [("Non-violent transfer of territory", "sdf", "", "Manbij", "")],
        ),
    ],
)
def test_web74_review_what_the_rules_leave_alone(gaz, actors, text, expected):
    got = _web73(gaz, actors, text)
    if expected is None:
        assert all(g[0] != "Excessive force against protesters" for g in got)
    else:
        assert [g for g in got if g[3]] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # counted fighters captured by a side, in the passive: an arrest by that side, the men's side its target
        (
            "Five Syrian soldiers were captured by HTS in Aleppo on Friday.",
            [("Arrests", "hts", "government", "Aleppo", "")],
        ),
        # an act on a town the gazetteer lacks is listed unplaced, not put near the sentence's other place
        (
            "The regime shelled Sarmada, and Russian jets struck the town of Kafr Taalul on Friday.",
            [
                ("Shelling/artillery/missile attack", "government", "", "Sarmada", ""),
                ("Air/drone strike", "russia", "", "", ""),
            ],
        ),
        # a side "under siege" is the side besieged; the other side named besieges it
        (
            "Jabhat al-Nusra is currently under siege in Madaya, as Hezbollah controls the roads out of it.",
            [("Armed clash", "iran", "hts", "Madaya", "")],
        ),
    ],
)
def test_web74_men_taken_an_unknown_town_and_a_side_besieged(gaz, actors, text, expected):
    assert _web73(gaz, actors, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "apprehended" is an arrest
        ("The SDF apprehended two IS members in Raqqa on Friday.", [("Arrests", "sdf", "isis", "Raqqa", "")]),
        # "we" in a side's quoted words is that side
        (
            "“We took Tabqa from IS on Friday,” the SDF said.",
            [("Non-state actor overtakes territory", "sdf", "isis", "Tabqa", "sdf")],
        ),
        # "another" after a strike is one more of the same side's aircraft
        (
            "A Turkish drone targeted a bakery in Qamishli on Friday, while another struck a factory in Amuda.",
            [
                ("Air/drone strike", "turkey", "", "Qamishli", ""),
                ("Air/drone strike", "turkey", "", "Amuda", ""),
            ],
        ),
        # a site "located between" two towns is one act near the first, not one in each
        (
            "Rebels attacked a regime post located between Suwayda and Qanawat on Friday.",
            [("Armed clash", "opposition", "government", "As-Suwayda", "")],
        ),
    ],
)
def test_web74_arrests_quotes_and_sites_located_between(gaz, actors, text, expected):
    assert _web73(gaz, actors, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # counted soldiers captured with no agent named: neither an arrest nor ground taken
        ("Five Syrian soldiers were captured in Aleppo on Friday.", []),
        # a base taken with its men: the count is not the subject, so no arrest is read
        ("Menagh airbase and dozens of soldiers were captured by rebels on Tuesday.", None),
        # a "since" clause dated in the past is background even when it is the sentence's only protest
        (
            "Regime forces shelled Daraa al-Balad, which has been besieged since protests erupted there in 2011.",
            [("Shelling/artillery/missile attack", "government", "", "Daraa al-Balad", "")],  # (a row since stop 56)
        ),
        (
            "HTS arrested three activists in Idlib on Friday, the first arrests since protests began in the city.",
            [("Arrests", "hts", "civilians", "Idlib", "")],
        ),
        # a post near the protesters is not the crowd attacked
        (
            "An army post near the protesters was attacked by unknown gunmen in Daraa on Friday.",
            [("Armed clash", "unidentified", "", "Daraa", "")],
        ),
        # a town's old city followed by "by Sunday" is still the town's old city taken (Raqqa's a row since stop 56)
        (
            "The SDF captured Raqqa's old city by Sunday.",
            [("Non-state actor overtakes territory", "sdf", "", "Old City of Raqqa", "sdf")],
        ),
        # a gunman's bomb dropped near an army checkpoint is no air strike
        (
            "Gunmen dropped a bomb near an army checkpoint in Daraa on Friday.",
            [("Shelling/artillery/missile attack", "unidentified", "", "Daraa", "")],
        ),
        ("The army has not fully completed the capture of Palmyra.", []),
        # a broker of a pact is no party to the withdrawal under it
        (
            "Rebels left Daraa under a Russian-brokered pact on Friday.",
            [("Non-violent transfer of territory", "opposition", "", "Daraa", "")],
        ),
    ],
)
def test_web74_second_review_what_the_rules_leave_alone(gaz, actors, text, expected):
    got = _web73(gaz, actors, text)
    if expected is None:
        assert all(g[0] != "Arrests" for g in got)
    else:
        assert [g for g in got if g[3]] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # attacks named as what a protest wants stopped, or protests against, are no events
        (
            "Residents began a sit-in at the Tishrin Dam on Friday, aiming to thwart further attacks.",
            [("Peaceful protest", "protesters", "", "Tishrin Dam", "")],
        ),
        # a running total since long ago is no event; one since dawn is the day's
        ("Coalition air strikes have killed at least 300 civilians in Raqqa since the month of March.", []),
        ("Regime shelling has killed 40 people in Douma since the start of the offensive.", []),
        (
            "Russian warplanes have killed 12 people in Saraqib since dawn.",
            [("Air/drone strike", "russia", "civilians", "Saraqib", "")],
        ),
    ],
)
def test_web74_acts_to_be_stopped_and_running_totals(gaz, actors, text, expected):
    assert [g for g in _web73(gaz, actors, text) if g[3]] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # military police sent or deployed: a force moved in (the gold's Other), near the place
        (
            "Moscow sent military police this week into Daraa al-Balad to administer a settlement.",
            [("Other", "russia", "", "Daraa al-Balad", "")],  # (a gazetteer row since stop 56)
        ),
        ("Russia deployed military police to Manbij on Friday.", [("Other", "russia", "", "Manbij", "")]),
        # protesters who rush a police station send no police
        (
            "Protesters rushed the police station in Daraa on Friday.",
            [("Peaceful protest", "protesters", "", "Daraa", "")],
        ),
    ],
)
def test_web74_military_police_sent_in(gaz, actors, text, expected):
    assert [g for g in _web73(gaz, actors, text) if g[3]] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # quotes around a name inside the quote are no closing mark: the speaker is the SDF, not "Daesh"
        (
            '"We have liberated the town of Tabqa from "Daesh" terrorists," an SDF commander said on Friday.',
            [("Non-state actor overtakes territory", "sdf", "isis", "Tabqa", "sdf")],
        ),
        # a claim the sentence says was denied gives the claimant nothing
        (
            "“We have captured the village of Tal Tamr,” Turkish-backed factions announced, though the SDF denied it.",
            None,
        ),
        # the pair after "located between" only: the other places of the list stay, a named site keeps its own
        (
            "Turkish drones struck an SDF checkpoint located between Tal Tamr and Ras al-Ain, as well as a car in "
            "Qamishli, on Friday.",
            [
                ("Air/drone strike", "turkey", "sdf", "Tell Tamr", ""),
                ("Air/drone strike", "turkey", "sdf", "Qamishli", ""),
            ],
        ),
        (
            "Regime forces captured Kafr Nabuda, located between Hama and Idlib, on Friday.",
            [("Government regains territory", "government", "", "Kafr Nabudah", "government")],
        ),
        # a toll compared with one since long ago is the day's
        (
            "Turkish drone strikes have killed five SDF fighters near Qamishli, the highest toll in a day since January.",
            [("Air/drone strike", "turkey", "sdf", "Qamishli", "")],
        ),
        # an attack condemned is still an attack
        (
            "The Turkish foreign ministry condemned the recent attack on a Turkish patrol near Saraqib, in which two "
            "soldiers were killed.",
            [("Armed clash", "turkey", "", "Saraqib", "")],
        ),
        # counted soldiers of a group taken by a side: an arrest
        (
            "A group of 15 regime soldiers were captured by rebels near Morek on Friday.",
            [("Arrests", "opposition", "government", "Morek", "")],
        ),
        # a day between the crowd and its passive
        (
            "Protesters on Friday were attacked by regime loyalists in Suwayda.",
            [("Excessive force against protesters", "protesters", "government", "As-Suwayda", "")],
        ),
        # a named district of a town's old city is no capture of the town
        ("Rebels captured Aleppo's old city district of Bab al-Nasr on Friday.", []),
        # an arrest aimed at is none
        ("Security forces failed to apprehend the attackers in Daraa on Friday.", []),
    ],
)
def test_web74_third_review_what_the_rules_leave_alone(gaz, actors, text, expected):
    got = [g for g in _web73(gaz, actors, text) if g[3]]
    if expected is None:
        assert all(g[4] != "turkey" for g in got)
    else:
        assert got == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # reinforcements rushed in: a force moved in (Other), as sent or brought
        (
            "Government forces rushed reinforcements to Khan Shaykhun on Friday.",
            [("Other", "government", "", "Khan Shaykhun", "")],
        ),
        # police pushed back by protesters are sent by nobody
        (
            "Protesters pushed police back from the square in Suwayda on Friday.",
            [("Peaceful protest", "protesters", "", "As-Suwayda", "")],
        ),
        # any negation before "completed the capture"
        ("The army hasn't completed the capture of Khan Shaykhun.", []),
        ("The army has not entirely completed the capture of Palmyra.", []),
    ],
)
def test_web74_final_review(gaz, actors, text, expected):
    assert [g for g in _web73(gaz, actors, text) if g[3]] == expected


def _body(gaz, actors, text, date=D):
    """A sentence read as a report's body (not its title): events and unplaced events, in the probes' terms."""
    reading = _all(gaz, actors, text, date=date)
    return [(e.sub_event_type, e.actor1, e.actor2, e.place.name, e.new_controller or "") for e in reading.events] + [
        (u.sub_event_type, u.actor1, u.actor2, "", "") for u in reading.unplaced
    ]


@pytest.mark.parametrize(
    "text,date,expected",
    [
        # a full date between the verb and the place taken, as a weekday is
        (
            "Government troops seized on Tuesday, May 7, 2019 the town of Kafr Nabudah.",
            dt.date(2019, 5, 7),
            [("Government regains territory", "government", "", "Kafr Nabudah", "government")],
        ),
        # "the area surrounding the town" says where the stronghold is: a capture near the town, no siege of it
        (
            "Government troops captured on Friday the last rebel stronghold in the area surrounding the town of Morek.",
            D,
            [("Government regains territory", "government", "opposition", "Morek", "")],
        ),
        # "cleansed X of" a side is "cleared X of" it
        (
            "The army said it had cleansed Kafr Zita of the terrorists.",
            D,
            [("Government regains territory", "government", "unidentified", "Kafr Zita", "government")],
        ),
        # a stronghold with no name is ground taken, listed unplaced
        (
            "Rebels overran the last major government stronghold in the province on Friday.",
            D,
            [("Non-state actor overtakes territory", "opposition", "government", "", "")],
        ),
        # the day after a comma dates the next clause, not the capture in the "after" clause before it
        (
            "IS militants executed soldiers after capturing the Tabqa air base, videos posted online showed on Wednesday.",
            dt.date(2014, 8, 27),
            [("Attack", "isis", "civilians", "", "")],
        ),
        # a wire's loose "X, eastern Syria" keeps the town (Raqqa is not in the country's eastern sector)
        (
            "IS captured a military airport in Raqqa, eastern Syria, on Sunday.",
            dt.date(2014, 8, 24),
            [("Non-state actor overtakes territory", "isis", "", "Raqqa", "")],
        ),
        # "now" before the subject of "is in full control of" is the day's change; without it, a state
        (
            "“The army pulled out, and now the Islamic State is in full control of Palmyra,” the Observatory said.",
            dt.date(2015, 5, 21),
            [("Non-state actor overtakes territory", "isis", "", "Palmyra", "isis")],
        ),
        ("The army is in full control of Palmyra.", dt.date(2015, 5, 21), []),
        # a capture only unconfirmed reports tell
        ("Unconfirmed reports said rebels captured Morek on Friday.", D, []),
        # "we" in the words of a side named in lower case after the quote
        (
            "“We took full control of Morek this morning,” an army officer confirmed.",
            D,
            [("Government regains territory", "government", "", "Morek", "government")],
        ),
    ],
)
def test_web75_captures_told_the_wire_s_way(gaz, actors, text, date, expected):
    assert _body(gaz, actors, text, date) == expected


@pytest.mark.parametrize(
    "text,date,expected",
    [
        # security branches bombed are the government's posts
        (
            "Two car bombs exploded outside security branches in Damascus on Friday, killing 20 people.",
            dt.date(2012, 5, 11),
            [("Remote explosive/landmine/IED", "unidentified", "government", "Damascus", "")],
        ),
        # "barrel-bomb attacks" with a hyphen are air strikes, like "barrel bomb attacks"
        (
            "Dozens were killed in barrel-bomb attacks by regime helicopters on Aleppo on Friday.",
            dt.date(2014, 2, 7),
            [("Air/drone strike", "government", "", "Aleppo", "")],
        ),
        # protesters killed by forces the text leaves unnamed: force against a protest, by the state's security forces,
        # soldiers or police; by gunmen, by nobody named; by a side named, by that side
        (
            "Security forces killed at least nine protesters in Hama on Friday.",
            dt.date(2011, 7, 1),
            [("Excessive force against protesters", "protesters", "government", "Hama", "")],
        ),
        (
            "Soldiers fired on a protest in Taldou on Friday to disperse the crowds.",
            dt.date(2012, 5, 25),
            [("Excessive force against protesters", "protesters", "government", "Taldou", "")],
        ),
        (
            "Gunmen opened fire on protesters in Suwayda on Friday.",
            D,
            [("Excessive force against protesters", "protesters", "unidentified", "As-Suwayda", "")],
        ),
        (
            "HTS security forces opened fire on protesters in Binnish on Friday.",
            D,
            [("Excessive force against protesters", "protesters", "hts", "Binnish", "")],
        ),
        # an act of another year, named by its year, is background
        ("The 2012 bombing of the base in Hama killed 17 people.", D, []),
        ("Residents still remember the 2016 shelling of Kafr Zita.", D, []),
        # the attacks a relative clause blames on someone are the bombing told before, not a fight of the blamer's
        (
            "Two suicide bombers struck a checkpoint in Damascus on Friday, in attacks the government blamed on al-Qaeda.",
            dt.date(2012, 5, 11),
            [("Suicide bomb", "unidentified", "government", "Damascus", "")],
        ),
        # "non-ISIS rebels" are rebels, not IS
        (
            "Russian jets struck non-ISIS rebels in Kafr Zita on Friday.",
            D,
            [("Air/drone strike", "russia", "opposition", "Kafr Zita", "")],
        ),
        # the speaker named after "said" at the end of a quote is a man, not the city his family name spells
        (
            "“Rebels shelled the village on Friday,” said Rezan Hama.",
            D,
            [("Shelling/artillery/missile attack", "opposition", "", "", "")],
        ),
    ],
)
def test_web75_who_was_hit_and_by_whom(gaz, actors, text, date, expected):
    assert _body(gaz, actors, text, date) == expected


def test_web75_a_side_described_by_whom_it_fights_is_no_fight(gaz, actors):
    # "rebels who are fighting Assad's forces" says who the rebels are, not a fight in the province after it
    text = (
        "Activists posted video showing Russian jets bombing rebels who are fighting Assad’s forces in Hama province."
    )
    assert _body(gaz, actors, text) == []


def test_web75_a_crowd_that_opens_a_body_sentence_with_its_act_is_a_protest(gaz, actors):
    # a body sentence's noun is listed without a place only with its past verb: the crowd's "chanted"
    text = "Demonstrators chanted slogans calling for international protection after five months of assaults."
    assert _body(gaz, actors, text, dt.date(2011, 8, 5)) == [("Peaceful protest", "protesters", "", "", "")]
    assert _body(gaz, actors, "Protesters were killed last month.", dt.date(2011, 8, 5)) == []


@pytest.mark.parametrize(
    "text,date,expected",
    [
        # unconfirmed reports of something else before the capture leave it standing
        (
            "Despite unconfirmed reports of a chemical attack, the army captured Morek on Friday.",
            D,
            [("Government regains territory", "government", "", "Morek", "government")],
        ),
        # a list's commas are no clause break: "on Friday" dates the captures in the "after" clause
        (
            "The army shelled Latamneh after rebels captured Morek, Souran and Lahaya on Friday.",
            D,
            [
                ("Shelling/artillery/missile attack", "government", "", "Al-Lataminah", ""),
                ("Non-state actor overtakes territory", "opposition", "", "Morek", "opposition"),
                ("Non-state actor overtakes territory", "opposition", "", "Suran", "opposition"),
                ("Non-state actor overtakes territory", "opposition", "", "Lahaya", "opposition"),
            ],
        ),
        # the villages surrounding a city are taken, not the city; a siege told before "surrounding" stays a siege
        (
            "The SDF captured the villages surrounding Raqqa on Monday.",
            dt.date(2016, 6, 6),
            [("Non-state actor overtakes territory", "sdf", "", "Raqqa", "")],
        ),
        (
            "Government forces tightened the siege on the villages surrounding Qusayr on Monday.",
            dt.date(2013, 6, 6),
            [("Armed clash", "government", "", "Al-Qusayr", "")],
        ),
        # a town cleansed of its residents is no capture; one "cleansed" (in quotes) of rebels is
        ("The regime has cleansed Homs of its Sunni residents, activists said.", dt.date(2013, 6, 6), []),
        (
            "The army said it had “cleansed” Qusayr of the rebels.",
            dt.date(2013, 6, 6),
            [("Government regains territory", "government", "opposition", "Al-Qusayr", "government")],
        ),
        # an army officer who closes the sentence with "told AFP" is the source, no side hit
        (
            "Rebels shelled Morek on Friday, an army officer told AFP.",
            D,
            [("Shelling/artillery/missile attack", "opposition", "", "Morek", "")],
        ),
        # "now <side> is in full control" after a contrast with long ago is a state
        ("Years ago the army held Palmyra, and now IS is in full control of the city.", dt.date(2015, 5, 21), []),
        # protesters killed by a blast are the blast's victims (no force against a protest), and a running toll is none
        (
            "The blast killed nine protesters in Homs on Friday.",
            dt.date(2011, 9, 2),
            [("Remote explosive/landmine/IED", "unidentified", "protesters", "Homs", "")],
        ),
        ("Security forces have killed about 2000 protesters since March, the UN said.", dt.date(2011, 9, 2), []),
    ],
)
def test_web75_rules_kept_to_their_cases(gaz, actors, text, date, expected):
    assert _body(gaz, actors, text, date) == expected


@pytest.mark.parametrize(
    "text,date,expected",
    [
        # force on a protest is the state's only when its men are the act's subject or agent and no other side or
        # holder is named: gunmen stay unnamed, and so do forces in a place another side holds
        (
            "Gunmen fired on protesters in Homs on Friday, police said.",
            dt.date(2011, 7, 1),
            [("Excessive force against protesters", "protesters", "unidentified", "Homs", "")],
        ),
        (
            "Security forces opened fire on protesters in Atarib, a town held by HTS, on Friday.",
            D,
            [("Excessive force against protesters", "protesters", "unidentified", "Al-Atarib", "")],
        ),
        # one day's toll "since the uprising began" is the day's; "opened fire and killed" keeps its subject
        (
            "Security forces killed 12 protesters in Daraa in the bloodiest day since the uprising began.",
            dt.date(2011, 4, 22),
            [("Excessive force against protesters", "protesters", "government", "Daraa", "")],
        ),
        (
            "Security forces opened fire and killed 12 protesters in Homs on Friday.",
            dt.date(2011, 4, 22),
            [("Excessive force against protesters", "protesters", "government", "Homs", "")],
        ),
        # "now <side> is in full control" after the other side was driven out that day, whatever the year named
        (
            "Government troops were driven out of Palmyra on Wednesday, and now IS is in full control of the city.",
            dt.date(2015, 5, 21),
            [("Non-state actor overtakes territory", "isis", "", "Palmyra", "isis")],
        ),
        # unconfirmed reports with a comma in their own clause still tell the capture
        ("Unconfirmed reports, which could not be verified, said ISIS captured Mahin on Monday.", D, []),
        # a caption's place and date, and an "after" clause hung on a relative one, date no capture of the day
        (
            "Civilians flee Afrin after Turkish forces captured Jinderes, Syria, March 17, 2018.",
            dt.date(2018, 3, 17),
            [],
        ),
        (
            "The SDF entered the town after talks that began after the SDF took control of the village of Dhiban, the "
            "tribe's stronghold, on Sept. 7.",
            dt.date(2019, 9, 20),
            [],
        ),
        # positions and villages surrounding a place are ground near it; a siege of a city with villages captured
        # around towns is the captures
        (
            "The army captured the positions surrounding Deir ez-Zor airport on Friday.",
            dt.date(2017, 1, 20),
            [("Government regains territory", "government", "", "Deir ez-Zor Military Airport", "")],
        ),
        (
            "Government forces tightened their siege of Aleppo, capturing the villages surrounding Nubl and Zahraa.",
            dt.date(2013, 6, 6),
            [
                ("Government regains territory", "government", "", "Nubl", ""),
                ("Government regains territory", "government", "", "Al-Zahraa", ""),
            ],
        ),
        # what a place was cleansed of decides: a side's men, not its people
        ("ISIS purged Raqqa of Christians and Alawites.", dt.date(2014, 1, 14), []),
        (
            "The army cleansed Baba Amr of armed gangs.",
            dt.date(2012, 3, 1),
            [("Government regains territory", "government", "", "Baba Amr", "government")],
        ),
        # a crowd's words about something are no protest; its march is
        ("Demonstrators called the attack a massacre.", dt.date(2011, 8, 5), []),
        (
            "Thousands of demonstrators marched in Hama on Friday.",
            dt.date(2011, 8, 5),
            [("Peaceful protest", "protesters", "", "Hama", "")],
        ),
    ],
)
def test_web75_rules_kept_to_their_cases_second_review(gaz, actors, text, date, expected):
    assert _body(gaz, actors, text, date) == expected


@pytest.mark.parametrize(
    "text,date,expected",
    [
        # the state's forces on a protest in the state's own town, or beside another act of another side
        (
            "Security forces opened fire on protesters in the government-held city of Daraa, activists said.",
            dt.date(2011, 4, 22),
            [("Excessive force against protesters", "protesters", "government", "Daraa", "")],
        ),
        (
            "Security forces opened fire on protesters in Deir ez-Zor, a day after rebels attacked a checkpoint nearby.",
            dt.date(2011, 8, 5),
            [("Excessive force against protesters", "protesters", "government", "Deir ez-Zor", "")],
        ),
        # unknown men firing on protesters "days after soldiers arrested" others stay unknown
        (
            "Unknown men opened fire on protesters in Jasim, days after soldiers arrested two activists.",
            dt.date(2011, 8, 5),
            [("Excessive force against protesters", "protesters", "unidentified", "Jasim", "")],
        ),
        # a toll this year or over months is no day's event
        ("Security forces have killed 900 protesters this year, the UN said.", dt.date(2011, 9, 2), []),
        # the repeller of the same attack, not of another one, nor an agent of another verb
        (
            "Rebels attacked army positions in Morek, but the attack was repulsed by regime forces.",
            D,
            [("Armed clash", "opposition", "government", "Morek", "")],
        ),
        (
            "Rebels attacked Qaboun on Tuesday, days after an IS attack on Hasakah was repelled by the SDF.",
            D,
            [("Armed clash", "opposition", "", "Al-Qabun", "")],
        ),
        (
            "The rebel assault on Morek was halted after their commander was killed by a Russian airstrike.",
            D,
            [("Armed clash", "opposition", "", "Morek", "")],
        ),
        (
            "An Islamic State assault on Hasakah was repulsed after more than a week by Assad forces.",
            dt.date(2015, 6, 25),
            [("Armed clash", "isis", "government", "Al-Hasakah", "")],
        ),
        # "cleansed … of its residents": people, not a side
        ("The army cleansed Aleppo of its residents.", D, []),
        # a place and its province before the day are no caption; "clashes that erupted after" a dated capture keep it
        (
            "Residents fled after rebels took Tal Abyad, Raqqa, on Sunday.",
            dt.date(2013, 9, 22),
            [
                ("Non-state actor overtakes territory", "opposition", "", "Tell Abyad", "opposition"),
                ("Non-state actor overtakes territory", "opposition", "", "Raqqa", "opposition"),
            ],
        ),
        (
            "Clashes that erupted after HTS seized the town of Darat Izza on Sunday killed 20 people.",
            dt.date(2019, 1, 8),
            [("Non-state actor overtakes territory", "hts", "", "Darat Izza", "hts")],
        ),
        # reports unconfirmed of something else, before or beside the capture
        (
            "Despite unconfirmed reports that the regime used chlorine, government forces captured Khan Shaykhun on "
            "Wednesday.",
            D,
            [("Government regains territory", "government", "", "Khan Shaykhun", "government")],
        ),
        # a loss years ago, or residents leaving, makes no change of "now … in full control"
        ("The rebels lost the town in 2016, and now the army is in full control of Aleppo.", dt.date(2019, 5, 1), []),
        # (but "once again" is no long ago)
        (
            "Government troops fell back once again on Wednesday, and now the Islamic State is in full control of "
            "Palmyra.",
            dt.date(2015, 5, 21),
            [("Non-state actor overtakes territory", "isis", "", "Palmyra", "isis")],
        ),
        ("Many residents left, and now HTS is in full control of Saraqeb.", D, []),
        # another clause's troops do not make snipers the state's; the president's loyal forces are the state's
        (
            "Snipers opened fire on protesters in Qamishli on Friday, while in Deraa troops stormed the old city.",
            dt.date(2011, 7, 1),
            [("Excessive force against protesters", "protesters", "unidentified", "Qamishli", "")],
        ),
        (
            "Security forces loyal to the president opened fire on protesters in Hama on Friday.",
            dt.date(2011, 7, 1),
            [("Excessive force against protesters", "protesters", "government", "Hama", "")],
        ),
        # unconfirmed reports of a toll, then "and" a capture: the capture is told as fact
        (
            "Unconfirmed reports said dozens of civilians were killed in the shelling and rebels captured the village "
            "of Kafr Nabudah.",
            D,
            [("Non-state actor overtakes territory", "opposition", "", "Kafr Nabudah", "opposition")],
        ),
        # a siege imposed for months on the towns surrounding a place is a siege
        (
            "The army has imposed a siege for months on the towns surrounding Darayya.",
            dt.date(2016, 6, 6),
            [("Armed clash", "government", "", "Darayya", "")],
        ),
        # rebels described by whom they fight, in a region: no fight
        ("The US is arming Syrian rebels who are fighting the Islamic State in northern Syria.", D, []),
        # a crowd counted before its act
        (
            "Hundreds of protesters chanted slogans against the regime.",
            dt.date(2011, 8, 5),
            [("Peaceful protest", "protesters", "", "", "")],
        ),
    ],
)
def test_web75_rules_kept_to_their_cases_third_review(gaz, actors, text, date, expected):
    assert _body(gaz, actors, text, date) == expected


def test_web75_turkish_backed_fighters_take_a_town_named_with_its_country(gaz, actors):
    # the fighters Turkey backs are its side; "Afrin, Syria, on Sunday" is a place and its country, no caption
    text = "Thousands of civilians fled after Turkish-backed fighters captured the city of Afrin, Syria, on Sunday."
    assert _body(gaz, actors, text, dt.date(2018, 3, 18)) == [
        ("Non-state actor overtakes territory", "turkey", "", "Afrin", "turkey")
    ]


def _readings(evs):
    return [(e.sub_event_type, e.actor1, e.place.name, e.new_controller, e.time_phrase) for e in evs]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side's aside between commas, then its own verb: the side before the aside does it
        (
            "The rebels, who are backed by Turkey, captured Kafr Nabudah on Monday.",
            # (stop 76: rebels Turkey backs are Turkey's, as "The rebels, backed by Turkey, …")
            [("Non-state actor overtakes territory", "turkey", "Kafr Nabudah", "turkey", "on Monday")],
        ),
        (
            "Government forces, which have been advancing for weeks, took Kafr Nabudah on Monday.",
            [("Government regains territory", "government", "Kafr Nabudah", "government", "on Monday")],
        ),
        (
            "Hayat Tahrir al-Sham, which controls most of Idlib province, shelled Mhardeh on Friday.",
            [("Shelling/artillery/missile attack", "hts", "Mhardeh", "", "on Friday")],
        ),
        # the relative clause's own act and the main clause's act are both the side's (the shelling is no capture)
        (
            "The rebels, who captured Kafr Nabudah last week, shelled Mhardeh on Friday.",
            [
                ("Non-state actor overtakes territory", "opposition", "Kafr Nabudah", "opposition", "last week"),
                ("Shelling/artillery/missile attack", "opposition", "Mhardeh", "", "on Friday"),
            ],
        ),
        # a relative clause after a place ends at the comma before the passive it is the subject of
        (
            "Kafr Nabudah, which rebels captured in May, was retaken by the army on Monday.",
            [("Government regains territory", "government", "Kafr Nabudah", "government", "on Monday")],
        ),
        (
            "Khan Shaykhun, which was the site of a chemical attack in 2017, was taken by government troops on "
            "Wednesday.",
            [("Government regains territory", "government", "Khan Shaykhun", "government", "on Wednesday")],
        ),
        # a place's aside that is no relative clause keeps working
        (
            "Morek, which lies on the main highway, was recaptured by the army on Friday.",
            [("Government regains territory", "government", "Morek", "government", "on Friday")],
        ),
    ],
)
def test_a_relative_clause_between_commas_leaves_the_subject_to_the_main_verb(gaz, actors, text, expected):
    assert _readings(_events(gaz, actors, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the month May is no modal "may"
        "Kafr Nabudah, which rebels captured in May, was retaken by the army on Monday.",
        # (and an aside's own time does not date the main clause's act)
        "The army, which began its push in May, recaptured Kafr Nabudah on Friday.",
    ],
)
def test_the_month_may_is_no_modal(gaz, actors, text):
    assert [(e.actor1, e.new_controller, e.place.name) for e in _events(gaz, actors, text) if e.control_change] == [
        ("government", "government", "Kafr Nabudah")
    ]


def test_a_modal_may_still_makes_a_capture_no_event(gaz, actors):
    assert _events(gaz, actors, "The army may capture Kafr Nabudah within days, officials said.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side's name as the adjective of the ground hit is no target; the people killed are
        (
            "Dozens of people, including 14 children, have been killed by Syrian army air raids on rebel districts of "
            "the northern city of Aleppo, activists said.",
            [("Air/drone strike", "government", "civilians", "Aleppo")],
        ),
        (
            "Government warplanes struck rebel districts of Aleppo on Tuesday.",
            [("Air/drone strike", "government", "", "Aleppo")],
        ),
        # (a side's posts hit stay its own)
        (
            "Government warplanes struck rebel positions near Aleppo on Tuesday.",
            [("Air/drone strike", "government", "opposition", "Aleppo")],
        ),
        # a deal's two parties
        (
            "Turkey and Russia reached agreement on a ceasefire in Idlib province, Erdogan said.",
            [("Agreement", "turkey", "russia", "Idlib")],
        ),
        ("Russia and Turkey agreed on a ceasefire in Idlib on Thursday.", [("Agreement", "russia", "turkey", "Idlib")]),
        # an act another answers was told before: not an event of this report
        (
            "The Turkish military shelled Saraqib on Sunday in response to an attack by Syrian forces on Turkish troops "
            "in Idlib province.",
            [("Shelling/artillery/missile attack", "turkey", "", "Saraqib")],
        ),
        # the factions a side backs, named after it with "its backed": the side's own act
        (
            "Turkish military and its backed FSA have taken control of Afrin town center, Erdogan said.",
            [("Non-state actor overtakes territory", "turkey", "", "Afrin")],
        ),
        # a road that only locates the place taken is not taken
        (
            "Government forces regained control over Kafr Nabuda, located some 15 kilometers off the Hama-Aleppo "
            "highway, SANA reported.",
            [("Government regains territory", "government", "", "Kafr Nabudah")],
        ),
    ],
)
def test_targets_parties_answers_and_locating_roads(gaz, actors, text, expected):
    assert [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in _events(gaz, actors, text)] == expected


@pytest.mark.parametrize(
    ("alias", "actor"),
    [
        ("National Coalition", "opposition"),  # the Syrian opposition's body, not the US-led coalition
        ("Syrian National Coalition", "opposition"),
        ("army tank", "government"),
        ("Syrian ground forces", "government"),
        ("Syrian security men", "government"),
    ],
)
def test_aliases_of_stop_54(actors, alias, actor):
    text = f"The {alias} was mentioned."
    (m,) = [m for m in actors.find(text) if m.surface.lower() == alias.lower()]
    assert m.actor == actor


def test_a_speaker_that_tells_of_a_strike_did_not_strike(gaz, actors):
    text = (
        "Turkey's Defense Ministry said early on Thursday that two of its soldiers were killed and two others wounded "
        "in an airstrike on Turkish forces in Idlib."
    )
    assert [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in _events(gaz, actors, text)] == [
        ("Air/drone strike", "unidentified", "turkey", "Idlib")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ground described without a name, after an active capture
        (
            "Syrian government forces captured one of the largest and most strategic rebel-held towns in the "
            "country's northwest, activists said on Wednesday.",
            ("Government regains territory", "government"),
        ),
        # a passive's subject names the ground
        (
            "After a series of massive attacks from various directions, the city was seized by Jabhat al-Nusra "
            "(a terrorist organization outlawed in Russia) militants.",
            ("Non-state actor overtakes territory", "hts"),
        ),
        # "fallen into <side> hands", with a pronoun for the place
        (
            "It recently fell back into rebel hands, but has been left pockmarked by bullets.",
            ("Non-state actor overtakes territory", "opposition"),
        ),
    ],
)
def test_ground_taken_without_a_name_is_listed_unplaced(gaz, actors, text, expected):
    reading = _all(gaz, actors, text)
    assert reading.events == []
    assert [(u.sub_event_type, u.actor1) for u in reading.unplaced] == [expected]


def test_a_person_captured_is_no_ground(gaz, actors):
    assert _all(gaz, actors, "The pilot was captured by rebels.").unplaced == []


def test_fallen_into_a_sides_hands_is_taken_by_that_side(gaz, actors):
    (e,) = _events(gaz, actors, "Kafranbel fell into rebel hands on Monday.")
    assert (e.sub_event_type, e.actor1, e.new_controller, e.place.name) == (
        "Non-state actor overtakes territory",
        "opposition",
        "opposition",
        "Kafranbel",
    )


def test_a_minaret_blown_up_is_an_explosive_attack(gaz, actors):
    text = "Terrorists blew up the 11th Century minaret of the Umayyad Mosque in Aleppo on Sunday."
    assert [(e.sub_event_type, e.place.name) for e in _events(gaz, actors, text)] == [
        ("Remote explosive/landmine/IED", "Aleppo")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the source that closes the sentence is no side in the act
        (
            "Two car bombs exploded in Aleppo on Tuesday, killing more than 80 people, according "
            "to the government and an activist group.",
            [("Remote explosive/landmine/IED", "unidentified", "civilians", "Aleppo")],
        ),
        # a place that only says where the one before lies is no second place hit
        (
            "A surface-to-surface missile hit Jabal Badro on the edge of Aleppo late yesterday, the Observatory said.",
            [("Shelling/artillery/missile attack", "unidentified", "", "Jabal Badro")],
        ),
        # (the edge of a place alone is where it happened)
        (
            "Rockets hit the outskirts of Aleppo on Friday.",
            [("Shelling/artillery/missile attack", "unidentified", "", "Aleppo")],
        ),
        # a weapon's use since an earlier year is a habit, no event of the day
        ("Activists have reported the army's use of surface-to-surface missiles in Idlib since late 2012.", []),
    ],
)
def test_sources_locating_places_and_habits(gaz, actors, text, expected):
    evs = _events(gaz, actors, text, date=dt.date(2013, 2, 19))
    assert [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in evs] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack that may come is none
        (
            "Erdogan said Turkey reserves the right to retaliate against any attack by the regime in Idlib.",
            [],
        ),
        # blasts told before and now blamed on someone are no new blasts
        ("Each side blamed the other for the blasts at the university in Aleppo.", []),
        # a blast that ripped through a place went off there
        (
            "Two explosions ripped through the University of Aleppo in northern Syria on Tuesday morning.",
            [("Remote explosive/landmine/IED", "unidentified", "Aleppo", "")],
        ),
        # "occupied" and "besieged" right after a side are its verbs when ground follows
        (
            "Turkish forces occupied the town of Afrin on Sunday.",
            [("Non-state actor overtakes territory", "turkey", "Afrin", "turkey")],
        ),
        ("Government forces besieged the town of Madaya on Sunday.", [("Armed clash", "government", "Madaya", "")]),
        # a hold since an earlier year is no capture of the day
        ("Israel has occupied the Golan Heights since 1967.", []),
    ],
)
def test_hypotheses_blame_blasts_and_holds(gaz, actors, text, expected):
    evs = _events(gaz, actors, text)
    assert [(e.sub_event_type, e.actor1, e.place.name, e.new_controller) for e in evs] == expected


def test_a_stretch_of_land_taken_is_ground_without_a_name(gaz, actors):
    reading = _all(gaz, actors, "In the past 13 days, Turkey captured an 18-kilometer stretch of land near its border.")
    assert [(u.sub_event_type, u.actor1) for u in reading.unplaced] == [
        ("Non-state actor overtakes territory", "turkey")
    ]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # "retaken control of" is a capture as "retook control of" is
        (
            "Syrian President Bashar al-Assad's forces have retaken control of the Nasib border crossing to Jordan, "
            "a valuable trade artery, SANA reported Friday.",
            dt.date(2018, 7, 6),
            [("Government regains territory", "government", "Nasib border crossing", "government")],
        ),
        # the holder's word of the day that a place is under its control
        (
            "The Syrian army on Thursday announced in a statement that the City of Palmyra is under the control of "
            "the Syrian forces.",
            dt.date(2017, 3, 2),
            [("Government regains territory", "government", "Palmyra", "government")],
        ),
        # (a place under a side's control, no one's word of the day: who holds it)
        ("The City of Palmyra is under the control of the Syrian forces.", dt.date(2017, 3, 2), []),
        # a place described as one of the towns a side seized last month: what it is, not the day's change
        (
            "The bombing ripped through Tal Abyad, one of several once Kurdish-controlled towns seized by Turkey last "
            "month in a deadly cross-border offensive.",
            dt.date(2019, 11, 3),
            [("Shelling/artillery/missile attack", "unidentified", "Tell Abyad", "")],
        ),
        # an act told already, now claimed or condemned; an attack that may come; one with no sign of it
        ("There was no immediate claim of responsibility for the bombing in Manbij.", dt.date(2019, 11, 3), []),
        (
            "It followed a Russian ultimatum to rebels in Daraa to surrender or face further bombing.",
            dt.date(2018, 7, 1),
            [],
        ),
        ("Pictures from Manbij showed her vehicle with no apparent sign of an air attack.", dt.date(2019, 11, 3), []),
        # (a bombing claimed that the report tells first is its news)
        (
            "ISIS claimed responsibility for a suicide bombing in Manbij that killed 19 people.",
            dt.date(2019, 1, 17),
            [("Suicide bomb", "isis", "Manbij", "")],
        ),
    ],
)
def test_claims_of_the_day_and_acts_told_before(gaz, actors, text, date, expected):
    evs = _events(gaz, actors, text, date=date)
    assert [(e.sub_event_type, e.actor1, e.place.name, e.new_controller) for e in evs] == expected


def test_now_between_a_side_and_control_in_a_headline(gaz, actors):
    evs = _events(gaz, actors, "", title="The Syrian regime now control the town of Harak, after rebels pulled out")
    assert [(e.actor1, e.new_controller, e.place.name) for e in evs if e.control_change] == [
        ("government", "government", "Al Ḩirāk")
    ]


def test_the_act_that_opens_a_since_span_is_no_event_of_the_day(gaz, actors):
    text = (
        "The Observatory said that since the government offensive resumed on east Aleppo on Nov. 15, 357 people "
        "have been killed in the city."
    )
    assert _events(gaz, actors, text, date=dt.date(2016, 11, 28)) == []
    # (fighting that goes on since a time is the day's)
    evs = _events(gaz, actors, "Clashes continued in Aleppo since the army launched its offensive.")
    assert [(e.sub_event_type, e.place.name) for e in evs] == [("Armed clash", "Aleppo")]


def test_a_site_taken_without_a_name_is_ground(gaz, actors):
    reading = _all(gaz, actors, "Early Monday, SDF forces took full control of the hospital, a spokesman said.")
    assert [(u.sub_event_type, u.actor1) for u in reading.unplaced] == [("Non-state actor overtakes territory", "sdf")]


def test_kurdish_dominated_forces_are_the_sdf(actors):
    (m,) = actors.find("Kurdish-dominated forces retook the town.")
    assert (m.actor, m.surface) == ("sdf", "Kurdish-dominated forces")


def test_the_yarmouk_basin_is_not_the_yarmouk_camp(gaz, actors):
    text = (
        "The Syrian army has taken full control of the Yarmouk Basin in southwestern Syria after routing IS militants."
    )
    (e,) = _events(gaz, actors, text, date=dt.date(2018, 7, 31))
    assert (e.sub_event_type, e.place.name, e.place.admin1) == (
        "Government regains territory",
        "Yarmouk Basin",
        "Daraa",
    )
    (e,) = _events(gaz, actors, "Shelling hit the Yarmouk camp in Damascus.")
    assert e.place.name == "Yarmouk Camp"


def test_a_suspended_agreement_is_none(gaz, actors):
    text = "The ceasefire agreement in Ufaniya was suspended, as the militants refused to surrender."
    assert [e.sub_event_type for e in _events(gaz, actors, text)] == []


def test_the_russian_aerospace_forces_strike_for_russia(gaz, actors):
    text = "Most of the group's casualties came as a result of the Russian Aerospace Forces' airstrikes near Shajara."
    assert [(e.sub_event_type, e.actor1) for e in _events(gaz, actors, text)] == [("Air/drone strike", "russia")]


def test_people_rounded_up_are_arrested(gaz, actors):
    text = "Security forces rounded up 30 young men in Douma on Friday."
    assert [(e.sub_event_type, e.actor2, e.place.name) for e in _events(gaz, actors, text)] == [
        ("Arrests", "civilians", "Douma")
    ]
    assert _events(gaz, actors, "Rebels rounded up the cattle in Douma.") == []


def test_a_days_act_that_comes_after_another_is_the_ledes_again(gaz, actors):
    text = "Sunday's attack comes after the Syrian regime airstrike killed 34 Turkish soldiers in Idlib."
    assert _events(gaz, actors, text, date=dt.date(2020, 3, 1)) == []
    (e,) = _events(gaz, actors, "Sunday's attack on Saraqib killed 20 people.", date=dt.date(2020, 3, 1))
    assert (e.sub_event_type, e.place.name) == ("Armed clash", "Saraqib")


def test_a_town_described_by_its_country_is_ground_without_a_name(gaz, actors):
    text = "US-backed fighters have taken control of a northern Syrian town that until recently was an IS stronghold."
    reading = _all(gaz, actors, text, date=dt.date(2016, 8, 13))
    assert [(u.sub_event_type, u.actor1) for u in reading.unplaced] == [("Non-state actor overtakes territory", "sdf")]
    assert _all(gaz, actors, "Rebels captured the Russian pilot on Saturday.").unplaced == []


def _reading(evs):
    return [(e.sub_event_type, e.actor1, e.place.name, e.new_controller, e.time_phrase) for e in evs]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (review of stop 54) "since <year>" in a comparison or a description leaves the day's act alone
        (
            "The SDF captured Tabqa dam on Monday, held by Islamic State since 2014.",
            [("Non-state actor overtakes territory", "sdf", "Tabqa Dam", "sdf", "on Monday")],
        ),
        (
            "Government forces captured Maarat al-Numan on Tuesday for the first time since 2012.",
            [("Government regains territory", "government", "Maarat al-Numan", "government", "on Tuesday")],
        ),
        (
            "Syrian warplanes struck Douma on Tuesday, the heaviest bombing since 2013.",
            [("Air/drone strike", "government", "Douma", "", "on Tuesday")],
        ),
        (
            "The first air strike on Idlib since 2016 killed ten on Sunday.",
            [("Air/drone strike", "unidentified", "Idlib", "", "on Sunday")],
        ),
        # a place under a side's control is the day's word only from that side
        ("The UN confirmed that Idlib is under the control of Hayat Tahrir al-Sham.", []),
        ("Russia declared that Idlib is under the control of terrorists.", []),
        # a relative clause ending on a place does not make the side's verb a participle of the place
        (
            "Hayat Tahrir al-Sham, which controls most of Idlib, captured Kafr Nabudah on Monday.",
            [("Non-state actor overtakes territory", "hts", "Kafr Nabudah", "hts", "on Monday")],
        ),
        # "may," in lower case is the modal
        ("Rebels may, activists said, have captured Kafr Nabudah.", []),
        # an answered act told with its own toll and day stays an event
        (
            "Government forces shelled Khan Shaykhun in retaliation for a rebel attack on Mhardeh that killed four "
            "civilians on Monday.",
            [
                ("Shelling/artillery/missile attack", "government", "Khan Shaykhun", "", "on Monday"),
                ("Attack", "opposition", "Mhardeh", "", "on Monday"),
            ],
        ),
        # a deal reached, then suspended, was reached
        (
            "An evacuation deal for Douma was reached on Tuesday but was suspended on Wednesday.",
            [("Agreement", "unidentified", "Douma", "", "on Tuesday")],
        ),
        # who condemns strikes did not strike
        (
            "The National Coalition condemned the air strikes on Eastern Ghouta.",
            [("Air/drone strike", "unidentified", "Eastern Ghouta", "", "")],
        ),
        # the god Baal is no village
        (
            "Islamic State militants blew up the Temple of Baal Shamin in Palmyra on Sunday.",
            [("Remote explosive/landmine/IED", "isis", "Palmyra", "", "on Sunday")],
        ),
        # "occupied" before a name is a verb
        (
            "Turkish forces occupied Afrin on Sunday.",
            [("Non-state actor overtakes territory", "turkey", "Afrin", "turkey", "on Sunday")],
        ),
        # a since-span that opened in the last days is the day's act
        (
            "Since rebels launched an attack on Mhardeh on Monday, 20 soldiers have been killed.",
            [("Armed clash", "opposition", "Mhardeh", "", "on Monday")],
        ),
        # a relative clause with commas of its own, closed by the place's passive; what it tells without a time is
        # what the place went through before
        (
            "Kafr Nabudah, which rebels captured, shelled and looted, was retaken by the army on Monday.",
            [("Government regains territory", "government", "Kafr Nabudah", "government", "on Monday")],
        ),
        # the verbs before and after a place's relative clause share their subject
        (
            "The army stormed Kafr Nabudah, which rebels had held for years, captured Hbeit and shelled Qalaat "
            "al-Madiq on Monday.",
            [
                ("Armed clash", "government", "Kafr Nabudah", "", ""),
                ("Government regains territory", "government", "Al-Habit", "government", "on Monday"),
                ("Shelling/artillery/missile attack", "government", "Qalaat al-Madiq", "", "on Monday"),
            ],
        ),
        # the relative clause ends at the last comma before the side's verb
        (
            "The rebels, who attacked Mhardeh, shelled Suqaylabiyah and killed five soldiers last week, withdrew on "
            "Monday.",
            [
                ("Armed clash", "opposition", "Mhardeh", "", "last week"),
                ("Shelling/artillery/missile attack", "unidentified", "Al-Suqaylabiyah", "", "last week"),
            ],
        ),
    ],
)
def test_the_review_of_stop_54_holds_its_limits(gaz, actors, text, expected):
    assert _reading(_events(gaz, actors, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The soldiers at the town were captured by rebels.",
        "The commander of the town was captured by rebels.",
        "The weapons in the base were seized by rebels on Sunday.",
        "It was captured by rebels after his jet crashed.",
    ],
)
def test_people_and_things_of_a_town_taken_are_no_ground(gaz, actors, text):
    assert _all(gaz, actors, text).unplaced == []


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a pluperfect told by the day's own hour is the day's news; villages counted, then named after a dash
        (
            "By early afternoon, rebels had taken four villages — Zalaqiat, al-Masasnah and al-Buwaydah — and were "
            "inside Halfaya.",
            dt.date(2016, 8, 30),
            [
                ("Non-state actor overtakes territory", "opposition", "Zallaqiyat", "opposition", ""),
                ("Non-state actor overtakes territory", "opposition", "Masasinah", "opposition", ""),
                ("Non-state actor overtakes territory", "opposition", "Buwaydah", "opposition", ""),
            ],
        ),
        # (a pluperfect with an earlier year stays background)
        ("Rebels had taken Halfaya in 2015.", dt.date(2016, 8, 30), []),
        # a deal that "will see" a side take ground: not yet
        (
            "Rebels began to leave the last opposition-held district of Homs city on Saturday under an evacuation "
            "deal that will see President Bashar al-Assad's government take back the area.",
            dt.date(2017, 5, 20),
            [],
        ),
        # "got a full control over", "set a full control over"
        (
            "As a result, the Syrian Arab Army and its allies got a full control over Tishreen and Qaboun.",
            dt.date(2017, 5, 14),
            [
                ("Government regains territory", "government", "Tishreen", "government", ""),
                ("Government regains territory", "government", "Al-Qabun", "government", ""),
            ],
        ),
        (
            "Thus, HTS set a full control over Idlib.",
            dt.date(2017, 7, 22),
            [("Non-state actor overtakes territory", "hts", "Idlib", "hts", "")],
        ),
        # a noun's time between it and its "of"
        (
            "The army's capture earlier this week of Suran meant regime forces had regained most of their losses.",
            dt.date(2017, 4, 8),
            [("Government regains territory", "government", "Suran", "government", "earlier this week")],
        ),
        # a sentence that opens on another year tells that year's story
        (
            "In 2013, a major push by terrorists to capture Hama was repelled by government forces.",
            dt.date(2016, 8, 30),
            [],
        ),
        # "battle tanks" are no battle
        ("The Syrian military lost at least 2 battle tanks near Suran.", dt.date(2017, 3, 25), []),
        # aliases: al-Qaeda affiliates (HTS), al-Zenki (the opposition)
        (
            "Kurdish forces announced the liberation of the town of Tel Rifaat, north of Aleppo, from al-Qaeda "
            "affiliates on Monday.",
            dt.date(2016, 2, 16),
            [("Non-state actor overtakes territory", "sdf", "Tell Rifaat", "sdf", "on Monday")],
        ),
    ],
)
def test_the_web80_rules(gaz, actors, text, date, expected):
    assert _reading(_events(gaz, actors, text, date=date)) == expected


def test_al_zenki_is_the_opposition(actors):
    assert [m.actor for m in actors.find("An al-Zenki commander was killed.") if m.surface == "al-Zenki"] == [
        "opposition"
    ]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # the side suspected of the strikes carried them out
        (
            "At least 13 civilians died in air strikes, suspected to be carried out by the regime around Khan "
            "Sheikhoun.",
            dt.date(2017, 8, 12),
            [("Air/drone strike", "government", "civilians", "Khan Shaykhun")],
        ),
        # a side's relative clause that carries out the act; the aviation as a side
        (
            "The government forces received support from the Syrian aviation, which carried out more than five "
            "strikes on Jobar.",
            dt.date(2017, 7, 20),
            [("Air/drone strike", "government", "", "Jobar")],
        ),
        # the side after "attacks on" is their target
        (
            "Twin attacks on two Syrian security offices in the central city of Homs killed at least 32 people.",
            dt.date(2012, 12, 24),
            [("Armed clash", "unidentified", "government", "Homs")],
        ),
    ],
)
def test_suspected_sides_relative_acts_and_targets(gaz, actors, text, date, expected):
    evs = _events(gaz, actors, text, date=date)
    assert [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in evs] == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # (second review of stop 54) a name followed by its speakers is the source, never a place taken
        (
            "The SDF captured four more villages, Raqqa activists said.",
            dt.date(2017, 6, 1),
            [("Non-state actor overtakes territory", "sdf", "Raqqa", "", "")],
        ),
        # holds and habits since an earlier year, whatever stands between
        ("Turkey has occupied Afrin in northwest Syria since 2018.", dt.date(2019, 8, 23), []),
        ("Hezbollah has occupied Qusayr, west of Homs, since 2013.", dt.date(2019, 8, 23), []),
        ("Rebels have shelled Aleppo, Nubl and Zahraa since 2012.", dt.date(2016, 8, 23), []),
        # an opening year covers its own clause only
        (
            "In 2015, Islamic State seized Palmyra, and on Tuesday Syrian troops recaptured it.",
            dt.date(2017, 3, 2),
            [("Government regains territory", "government", "Palmyra", "government", "on Tuesday")],
        ),
        # a capture still to come changes no hands
        (
            "The army's capture later this month of Nasib is expected, officials said.",
            dt.date(2018, 7, 1),
            [("Government regains territory", "government", "Nasib", "", "")],
        ),
        # the holder's word of the day from the state's media, or of its own men
        (
            "SANA announced that Palmyra is under the control of the Syrian army.",
            dt.date(2017, 3, 2),
            [("Government regains territory", "government", "Palmyra", "government", "")],
        ),
        (
            "The SDF announced that Baghouz is under the control of its fighters.",
            dt.date(2019, 3, 23),
            [("Non-state actor overtakes territory", "sdf", "Al-Baghuz Fawqani", "sdf", "")],
        ),
        # means owned by a side, before a relative clause: the side's later act, with its own day
        (
            "Russian jets, which pounded Khan Shaykhun on Monday, bombed Maarat al-Numan on Thursday.",
            dt.date(2019, 8, 23),
            [
                ("Air/drone strike", "russia", "Khan Shaykhun", "", "on Monday"),
                ("Air/drone strike", "russia", "Maarat al-Numan", "", "on Thursday"),
            ],
        ),
        # an answered act kept for its own toll and day is not the answering side's
        (
            "Turkey struck Syrian positions in response to an air strike that killed 33 soldiers in Balyun on "
            "Thursday.",
            dt.date(2020, 2, 28),
            [("Air/drone strike", "unidentified", "Balyun", "", "on Thursday")],
        ),
        # a relative clause's pluperfect with its own earlier time stays background under a "By <hour>" opener
        (
            "By nightfall, troops who had captured Palmyra in 2016 had been redeployed to Deir ez-Zor.",
            dt.date(2017, 3, 2),
            [],
        ),
        # "battled tanks" is a battle
        (
            "Rebels battled tanks in Kafr Nabudah on Monday.",
            dt.date(2019, 8, 23),
            [("Armed clash", "opposition", "Kafr Nabudah", "", "on Monday")],
        ),
        # control of no ground
        ("The army got control of the situation in Tal Tamr after the clashes.", dt.date(2019, 8, 23), []),
        # a deal that was reached before, suspended now
        ("The agreement reached in Douma was suspended after rebels refused to leave.", dt.date(2018, 4, 8), []),
        # a side gathering its own men
        ("Rebels rounded up their fighters in Douma before the evacuation.", dt.date(2018, 4, 8), []),
        # an apposition that compares the act restates it
        (
            "Warplanes struck Douma on Tuesday, the heaviest bombing since 2013.",
            dt.date(2018, 2, 21),
            [("Air/drone strike", "unidentified", "Douma", "", "on Tuesday")],
        ),
    ],
)
def test_the_second_review_of_stop_54_holds_its_limits(gaz, actors, text, date, expected):
    assert _reading(_events(gaz, actors, text, date=date)) == expected


def test_a_pronoun_for_ground_taken_is_listed_unplaced(gaz, actors):
    reading = _all(gaz, actors, "It was seized by rebels on Thursday.")
    assert [(u.sub_event_type, u.actor1) for u in reading.unplaced] == [
        ("Non-state actor overtakes territory", "opposition")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # aircraft before a relative clause: the later act is theirs, from the air, on its own day
        (
            "Russian jets, which pounded Khan Shaykhun on Monday, bombed Maarat al-Numan on Thursday.",
            [
                ("Air/drone strike", "russia", "Khan Shaykhun", "on Monday"),
                ("Air/drone strike", "russia", "Maarat al-Numan", "on Thursday"),
            ],
        ),
        (
            "Syrian warplanes, which struck Hbeit on Monday, bombed Kafr Nabudah on Tuesday.",
            [
                ("Air/drone strike", "government", "Al-Habit", "on Monday"),
                ("Air/drone strike", "government", "Kafr Nabudah", "on Tuesday"),
            ],
        ),
        # (an act's own "which targeted" stays one clause)
        (
            "The suicide attack which targeted Hbeit killed 12 people.",
            [("Suicide bomb", "unidentified", "Al-Habit", "")],
        ),
    ],
)
def test_aircraft_before_a_relative_clause(gaz, actors, text, expected):
    assert [(e.sub_event_type, e.actor1, e.place.name, e.time_phrase) for e in _events(gaz, actors, text)] == expected


def test_a_relative_clause_with_a_list_of_places_leaves_the_side_its_main_verb(gaz, actors):
    text = "HTS, which attacked the army near Kafr Nabudah, Hbeit, and Khan Shaykhun, captured Morek."
    evs = _events(gaz, actors, text)
    assert [(e.actor1, e.new_controller, e.place.name) for e in evs if e.control_change] == [("hts", "hts", "Morek")]


def _told(gaz, actors, text, date=D):
    return [(e.sub_event_type, e.actor1, e.place.name) for e in _events(gaz, actors, text, date)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the loser's own word of its loss, backshifted in reported speech: the news, not "areas they lost control of"
        (
            "The Syrian army on Thursday said it had lost control of the key central city of Hama and withdrawn its "
            "troops after rebel forces broke through its defences.",
            [("Non-violent transfer of territory", "government", "Hama")],
        ),
        (
            "The army admitted that it had lost control of Morek.",
            [("Non-violent transfer of territory", "government", "Morek")],
        ),
        (
            "The rebels shelled the areas they lost control of in Hama.",
            [("Shelling/artillery/missile attack", "opposition", "Hama")],
        ),
        # a side's fighters running from a named place; where they went is not ground given up; civilians fleeing
        # are no event
        (
            "Other rebels later fled Yabroud overnight.",
            [("Non-violent transfer of territory", "opposition", "Yabroud")],
        ),
        ("IS fighters fled Tal Abyad for Ein Issa.", [("Non-violent transfer of territory", "isis", "Tell Abyad")]),
        (
            "IS fighters left Tal Abyad for the town of Ein Issa.",
            [("Non-violent transfer of territory", "isis", "Tell Abyad")],
        ),
        ("Thousands of civilians fled Tal Abyad for Turkey.", []),
        ("Hundreds of families fled the town of Saraqib after the shelling.", []),
        # hurt by a side's gunfire: an attack on civilians by that side
        ("Two children were injured by alleged SDF gunfire in the town of Darnaj.", [("Attack", "sdf", "Darnaj")]),
        (
            # (stop 78: "clashes with" names the side fought, not the subject)
            "Two soldiers were wounded by gunfire during clashes with rebels in Daraa.",
            [("Armed clash", "unidentified", "Daraa")],
        ),
        # a bare "strike" that occurred and killed is an air strike; one that took place with shops shut is a walkout
        (
            "The strike occurred near the Golan Heights in the province of Quneitra, killing a total of six Hezbollah "
            "members.",
            [("Air/drone strike", "unidentified", "Quneitra governorate")],
        ),
        ("The strike took place in Damascus, where workers closed their shops.", []),
        # a crowd gathered chanting a quoted slogan, even in reported speech; fighters chanting are no protest
        (
            "Eyewitnesses told Reuters that thousands of Damascus residents had gathered in the city center, chanting "
            '"Freedom."',
            [("Peaceful protest", "protesters", "Damascus")],
        ),
        ('ISIS fighters marched through Raqqa chanting "Allahu Akbar".', []),
        # ", and in Palmyra" closes the list of the act's places (the two before it are names the gazetteer lacks)
        (
            "ISIS has killed at least 67 civilians, including 14 children and 12 women, in the city of al-Sikhni, the "
            "village of al-Aamiriyyi, and in Palmyra for “dealing with the regime forces.”",
            [("Attack", "isis", "Palmyra")],
        ),
        # while ", and in Hama" before a clause of its own still parts two acts
        (
            "Regime forces shelled Idlib, and in Hama rebels attacked a checkpoint.",
            [("Shelling/artillery/missile attack", "government", "Idlib"), ("Armed clash", "opposition", "Hama")],
        ),
    ],
)
def test_article_sentences_of_losses_flights_gunfire_strikes_and_slogans(gaz, actors, text, expected):
    assert _told(gaz, actors, text, dt.date(2015, 7, 1)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ", and Al-Busayra areas": the last name of the list, typed with the whole list (a name the gazetteer lacks,
        # Al-Hassan, stands in it)
        (
            "According to local sources, the SDF forces abandoned some of their positions and headquarters in "
            "Al-Sha’fa, Gharanij, Al-Hassan, and Al-Busayra areas for fear of being targeted by the armed tribal "
            "fighters.",
            [
                ("Non-violent transfer of territory", "sdf", "Ash Shafah"),
                ("Non-violent transfer of territory", "sdf", "Gharanij"),
                ("Non-violent transfer of territory", "sdf", "Al-Busayrah"),
            ],
        ),
        # "bombings", plural, as "bombing": fire from the ground unless a device or aircraft is named
        (
            "The Syrian Observatory for Human Rights reported that the bombings in the province of Deir Ezzor have "
            "resulted in nine deaths.",
            [("Shelling/artillery/missile attack", "unidentified", "Deir ez-Zor governorate")],
        ),
        ("Car bombings killed nine people in Homs.", [("Remote explosive/landmine/IED", "unidentified", "Homs")]),
        (
            "ISIS carried out an attack along with booby-traps bombings east of Hama.",
            [("Remote explosive/landmine/IED", "isis", "East part of Hama governorate")],
        ),
    ],
)
def test_a_list_typed_at_its_end_and_bombings_by_their_means(gaz, actors, text, expected):
    assert _told(gaz, actors, text, dt.date(2017, 3, 16)) == expected


def _told_ctl(gaz, actors, text, date):
    return [(e.sub_event_type, e.actor1, e.place.name, e.new_controller) for e in _events(gaz, actors, text, date)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "we" in a quote is its speaker's side, also when the speaker only tells it ("a … source told Reuters")
        (
            '"We gained control of Halfaya and several hills in the area," a Syrian military source told Reuters news '
            "agency.",
            [("Government regains territory", "government", "Halfaya", "government")],
        ),
        # "told Reuters on Sunday morning that the group had recaptured X": the news, by the group named before
        (
            "Ahmed Osman, the commander of the Sultan Murad rebel group, told Reuters news agency on Sunday morning that "
            "the group had also recaptured the neighbouring village of Soran.",
            [("Non-state actor overtakes territory", "turkey", "Suran", "turkey")],
        ),
        # "the Sultan Murad rebel group": the named group, "rebel" its kind
        (
            "The Sultan Murad rebel group captured Soran.",
            [("Non-state actor overtakes territory", "turkey", "Suran", "turkey")],
        ),
        # the members named in an aside after the men: the first of them is the side
        (
            "The fighters, including some from the al Qaeda-affiliated Nusra Front and Islamist group Jund al-Aqsa, took "
            "the village of al-Ais, the British-based monitoring group said.",
            [("Non-state actor overtakes territory", "hts", "Al-Eis", "hts")],
        ),
        # "X, 10 km south of the town of Y that was seized by … this week": X is where the fighting was; Y only locates
        # it, and its capture, dated only vaguely before the report in a clause that describes it, is what holds it
        # (four probes' blind annotators read such clauses as background: web78, web82, web89 twice)
        (
            "The fighting erupted at the village of al-Amarna, some 10 km (6 miles) south of the border town of Jarablus "
            "that was seized by the Turkey-backed rebels from Islamic State this week.",
            [("Armed clash", "unidentified", "Amarinah", "")],
        ),
    ],
)
def test_quoted_we_the_group_that_told_its_members_and_a_relative_passive(gaz, actors, text, expected):
    assert _told_ctl(gaz, actors, text, dt.date(2016, 9, 25)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the group's men after its name ("group militants"), and "his troops" after the side just named
        (
            "Islamic State group militants clashed Saturday with US-backed fighters in Syria's Manbij.",
            [("Armed clash", "isis", "Manbij")],
        ),
        (
            "Turkey’s president says his troops and allied Syrian opposition fighters have entered the center of the "
            "northern town of al-Bab.",
            [("Armed clash", "turkey", "Al-Bab")],
        ),
        # the killers coordinated before "killed … in clashes": the first of them
        (
            "The Turkish military and Syrian rebels killed 32 Islamic State militants in the latest clashes near al-Bab.",
            [("Armed clash", "turkey", "Al-Bab")],
        ),
        ("Islamic State kills 5 regime forces in an attack on Palmyra.", [("Armed clash", "isis", "Palmyra")]),
        # "repelled the joint attack of A, B and C": A attacked; the jets that backed the defenders are no strike
        (
            "Syrian army soldiers, backed up by the Russian and Syrian fighter jets, repelled the joint attack of Faylaq "
            "al-Sham, Jeish al-Ezzah, Ahrar al-Sham and Jund al-Sham on their strongholds near Souran.",
            [("Armed clash", "opposition", "Suran")],
        ),
    ],
)
def test_a_groups_men_his_troops_the_first_killer_and_an_attack_of_its_owner(gaz, actors, text, expected):
    assert _told(gaz, actors, text, dt.date(2016, 10, 1)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side a capture drove out, told after it: actor2, and the loser when the words drive it out
        (
            "The Turkey-backed Syrian rebels captured the city of Jarablus on Wednesday, dislodging the Islamic State "
            "(IS) from their last stronghold on the border.",
            [("Non-state actor overtakes territory", "turkey", "isis", "Jarabulus", "isis")],
        ),
        (
            "Syrian Democratic Forces (SDF) have retaken the village of Baghouz in Syria’s Deir ez-Zor, liberating the "
            "final stretch of territory controlled by the Islamic State jihadist group.",
            [("Non-state actor overtakes territory", "sdf", "isis", "Al-Baghuz Fawqani", "isis")],
        ),
        (
            "Syrian rebel forces captured the central city of Hama on Thursday, overrunning forces loyal to President "
            "Bashar al-Assad.",
            [("Non-state actor overtakes territory", "opposition", "government", "Hama", "")],
        ),
        # "took full control from rebel groups of the town of X": the side inside the capture's words
        (
            "Syrian regime troops and allied militias on Tuesday took full control from rebel groups of the strategic "
            "town of Salma.",
            [("Government regains territory", "government", "opposition", "Salma", "opposition")],
        ),
        # "following a short battle with the jihadist rebels of HTS": the side fought
        (
            "The Syrian Arab Army (SAA) captured the city of Ma’arat Al-Nu’man on Tuesday afternoon following a short "
            "battle with the jihadist rebels of Hay’at Tahrir Al-Sham (HTS).",
            [("Government regains territory", "government", "hts", "Maarat al-Numan", "")],
        ),
    ],
)
def test_the_side_a_capture_drove_out_or_fought(gaz, actors, text, expected):
    evs = _events(gaz, actors, text, dt.date(2016, 8, 24))
    assert [(e.sub_event_type, e.actor1, e.actor2, e.place.name, e.old_controller) for e in evs] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people of no side killed by a blast or a strike: the act's victims are civilians
        (
            "BEIRUT (Reuters) - At least 13 people were killed when a car bomb exploded on a busy roundabout in the "
            "central Syrian city of Homs on Sunday, the Syrian Observatory for Human Rights monitoring group said.",
            [("Remote explosive/landmine/IED", "unidentified", "civilians", "Homs")],
        ),
        (
            "Two suicide bomb attacks hit the Syrian capital city of Damascus on Wednesday, killing scores of people and "
            "injuring dozens others.",
            [("Suicide bomb", "unidentified", "civilians", "Damascus")],
        ),
        (
            "Many civilians have been declared dead after massive Turkish air strikes on a Kurdish-held enclave near the "
            "Syrian border in the small town of Afrin.",
            [("Air/drone strike", "turkey", "civilians", "Afrin")],
        ),
    ],
)
def test_people_killed_by_a_blast_or_strike_told_around_it_are_its_civilian_victims(gaz, actors, text, expected):
    evs = _events(gaz, actors, text, dt.date(2017, 3, 15))
    assert [(e.sub_event_type, e.actor1, e.actor2, e.place.name) for e in evs] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a review of the rules above holds (each sentence read differently by a first draft of them)
        (
            "Government forces backed by Russia and Iran shelled Kafr Zita.",
            [("Shelling/artillery/missile attack", "russia", "Kafr Zita")],
        ),
        (
            "Regime forces took control of Kafr Zita, and Latamneh villages remain contested.",
            [("Government regains territory", "government", "Kafr Zita")],
        ),
        (
            "IS shelled the airport in Deir Ezzor, and in Palmyra for the first time regime forces withdrew from the "
            "citadel.",
            [("Shelling/artillery/missile attack", "isis", "Deir ez-Zor")],
        ),
        # (a capture dated only vaguely before the report, in a clause describing the place: what holds it)
        (
            "Rebels shelled the town of Morek in Hama that was seized by the army last week.",
            [("Shelling/artillery/missile attack", "opposition", "Morek")],
        ),
        (
            "Rebels shelled the town of Morek in Hama that was seized by the army on Friday.",
            [
                ("Shelling/artillery/missile attack", "opposition", "Morek"),
                ("Government regains territory", "government", "Morek"),
            ],
        ),
        ("The Syrian army said rebels attacked its troops in Hama.", [("Armed clash", "opposition", "Hama")]),
        ("Damascus bombings toll rises to 30.", []),
        ("Residents said the bombings had eased in Douma.", []),
        # (a side's "bombing" is fire from the ground unless aircraft are named: the gold codes the Coalition's and
        # Russia's "bombing" as SOHR's shelling, قصف)
        ("Russian bombings hit Homs.", [("Shelling/artillery/missile attack", "russia", "Homs")]),
        ("Two soldiers were wounded by rebel gunfire near Harasta.", [("Armed clash", "opposition", "Harasta")]),
        ("A civilian was injured by celebratory gunfire in Qamishli.", []),
        ("A hunger strike took place in Hama central prison, killing one detainee, activists said.", []),
        ('Mourners gathered at the funeral in Douma, chanting "There is no god but God".', []),
        (
            "Rebels fled Yabroud overnight for the Lebanese border town of Arsal.",
            [("Non-violent transfer of territory", "opposition", "Yabroud")],
        ),
    ],
)
def test_what_the_review_of_stop_55s_rules_holds(gaz, actors, text, expected):
    assert _told(gaz, actors, text, dt.date(2016, 7, 1)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "lost control of A and B to the rebels": each lost to the side after "to"
        (
            "Government forces admitted they had lost control of Souran and Taibat al-Imam to the rebels.",
            [
                ("Non-state actor overtakes territory", "opposition", "Suran", "opposition"),
                ("Non-state actor overtakes territory", "opposition", "Taybat al-Imam", "opposition"),
            ],
        ),
        # a side that only speaks, then "the group": the side
        (
            "A Hezbollah official told Al-Manar on Friday that the group had seized hills around Zabadani.",
            [("Government regains territory", "iran", "Zabadani", "")],
        ),
        # a quote's "we", its speaker an official of a side
        (
            '"We liberated the village of Tal Jijan," an official of the Sultan Murad group said.',
            [("Non-state actor overtakes territory", "turkey", "Tal Jijan", "turkey")],
        ),
        # "the bombings" of acts told before: no act, unless told with their agent or harm
        ("The UN condemned the bombings in Douma.", []),
    ],
)
def test_lost_lists_speaking_sides_and_the_bombings_told_before(gaz, actors, text, expected):
    assert _told_ctl(gaz, actors, text, dt.date(2016, 10, 1)) == expected


def test_the_bombings_told_with_their_target_are_an_act(gaz, actors):
    evs = _events(
        gaz, actors, "The bombings of IS positions in Deir Ezzor by Russian jets continued.", dt.date(2016, 10, 1)
    )
    assert [(e.event_type, e.place.name) for e in evs] == [("Explosions/Remote violence", "Deir ez-Zor")]


def test_a_change_between_two_sides_the_zones_draw_alike_is_a_change(gaz, actors):
    # HTS and the rebel factions share the opposition's zone colour, but a place Tahrir al-Sham took from Ahrar al-Sham
    # changed hands: a change of control with both sides named (the zone it flips to is the same colour)
    for text in (
        "Tahrir al-Sham took control of Salqin from Ahrar al-Sham.",
        "Tahrir al-Sham took control of Salqin after dislodging Ahrar al-Sham.",
    ):
        (e,) = _events(gaz, actors, text, dt.date(2017, 7, 20))
        assert (e.control_change, e.new_controller, e.old_controller, e.place.name) == (
            True,
            "hts",
            "opposition",
            "Salqin",
        )
    # a side never takes a place from itself
    (e,) = _events(gaz, actors, "The army recaptured Salqin from the regime.", dt.date(2017, 7, 20))
    assert not e.control_change


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "our forces" in a quote is its speaker's side, as "we" is
        (
            '"The battle is over, our fighters have taken full control of Tabqa," an SDF spokesman told Reuters.',
            [("Non-state actor overtakes territory", "sdf", "Tabqa", "sdf")],
        ),
        (
            '"Our forces, backed by allied units, have liberated the village of Kinsabba," an army officer said.',
            [("Government regains territory", "government", "Kinsabba", "government")],
        ),
        # "his forces" after a spokesman of a side, told with "that"
        (
            "Talal Silo, a spokesman for the Syrian Democratic Forces, told AFP that his forces seized the village of "
            "Hazimah.",
            [("Non-state actor overtakes territory", "sdf", "Al Huzaymah", "sdf")],
        ),
        # "this district": the place named before it
        (
            "Dozens of gunmen left Barzeh on Monday, as the army took control of this district for the first time "
            "since 2012.",
            [
                ("Non-violent transfer of territory", "unidentified", "Barzeh", ""),
                ("Government regains territory", "government", "Barzeh", "government"),
            ],
        ),
        # an unnamed "our forces" with no speaker of a side: no side guessed
        (
            '"Our forces have taken full control of Tabqa," he said.',
            [("Non-state actor overtakes territory", "unidentified", "Tabqa", "")],
        ),
    ],
)
def test_our_forces_his_forces_and_this_district(gaz, actors, text, expected):
    assert _told_ctl(gaz, actors, text, dt.date(2017, 5, 14)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a retreat is no fall: "falls back upon"
        ("The jihadists hold Mayadin as the group falls back upon the valley east of it.", []),
        # a deal struck is no strike
        ("A truce deal was struck in Madaya on Monday.", [("Agreement", "unidentified", "Madaya")]),
        ("Rebels in Madaya struck a deal with the government.", []),
        # a supply cut is no siege
        ("Engineers repaired the pumps that cut off water supply to Damascus.", []),
        # the words still read as before where they are acts
        ("The town of Madaya fell to government forces.", [("Government regains territory", "government", "Madaya")]),
        ("Shells struck Madaya on Monday.", [("Shelling/artillery/missile attack", "unidentified", "Madaya")]),
        ("Government forces cut off the road to Madaya.", [("Armed clash", "government", "Madaya")]),
    ],
)
def test_falling_back_a_deal_struck_and_a_supply_cut(gaz, actors, text, expected):
    assert _told(gaz, actors, text, dt.date(2017, 5, 14)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side that opens the sentence with its place ("Rebels in X") and kills: there
        ("Rebels in Tafas have killed a number of regime soldiers.", [("Armed clash", "opposition", "Tafas")]),
        (
            "Rebels in the western town of Tafas killed five regime soldiers after taking their checkpoints.",
            [("Armed clash", "opposition", "Tafas")],
        ),
        # not a side inside another act's words: the massacre is the act, told once
        (
            "A massacre in the stronghold of Jaysh Al-Islam in the Eastern Ghouta kills 5 people.",
            [("Attack", "unidentified", "Eastern Ghouta")],
        ),
    ],
)
def test_a_side_and_its_place_opening_the_sentence_kills_there(gaz, actors, text, expected):
    assert _told(gaz, actors, text, dt.date(2021, 8, 1)) == expected


def test_a_side_driven_out_is_not_the_one_that_takes_the_place(gaz, actors):
    # "force X out and take control of Y": the subject of "force" takes Y
    evs = _events(
        gaz,
        actors,
        "Kurdish fighters have managed to force IS militants out and take control of Tal Abyad.",
        dt.date(2015, 6, 16),
    )
    assert [(e.sub_event_type, e.actor1, e.place.name, e.new_controller) for e in evs] == [
        ("Non-state actor overtakes territory", "sdf", "Tell Abyad", "sdf")
    ]


def test_a_toll_in_quotes_after_killed_is_a_killing(gaz, actors):
    text = "Islamic State militants have killed “at least 40” civilians in the town of Tal Abyad, activists say."
    assert _told(gaz, actors, text, dt.date(2015, 6, 26)) == [("Attack", "isis", "Tell Abyad")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "besieged" after a preposition and before a name describes the place: no siege of the date
        ("The deal will see the evacuation of civilians from besieged Fuaa and Kefraya.", []),
        ("Aid reached families in besieged Madaya on Monday.", []),
        # the verb still reads as one
        ("Government forces besieged Madaya on Monday.", [("Armed clash", "government", "Madaya")]),
    ],
)
def test_besieged_after_a_preposition_is_an_adjective(gaz, actors, text, expected):
    assert _told(gaz, actors, text, dt.date(2015, 9, 20)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # aircraft told with their home base: the base is where they fly from, their side carries out the raids
        (
            "The four warplanes belonging to the Russian base in Latakia carried out several air raids on the city of "
            "Kafr Zita.",
            [("Air/drone strike", "russia", "Kafr Zita")],
        ),
        (
            "Warplanes belonging to the Russian air base in Latakia launched raids on Kafr Zita.",
            [("Air/drone strike", "russia", "Kafr Zita")],
        ),
    ],
)
def test_aircraft_told_with_their_home_base_strike_where_the_raids_go(gaz, actors, text, expected):
    assert _told(gaz, actors, text, dt.date(2015, 9, 30)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (stop 56 review) "has been struck by" aircraft is still a strike; a road or station named after a supply is
        # still cut off; a side that opens the sentence with its place and kills with a means told after: the means'
        # act alone
        ("Idlib has been struck by Russian warplanes for days.", [("Air/drone strike", "russia", "Idlib")]),
        ("Rebels cut off the gas field road near Palmyra.", [("Armed clash", "opposition", "Palmyra")]),
    ],
)
def test_what_the_review_of_stop_56s_rules_holds(gaz, actors, text, expected):
    assert _told(gaz, actors, text, dt.date(2017, 1, 1)) == expected


def test_a_side_with_its_place_that_kills_by_a_means_told_after_is_no_killing_of_its_own(gaz, actors):
    for text in (
        "Militants in Aleppo killed 9 civilians with rocket fire.",
        "Gunmen in Daraa killed a man with an IED.",
    ):
        kinds = [e.sub_event_type for e in _events(gaz, actors, text, dt.date(2017, 1, 1))]
        assert "Attack" not in kinds and "Armed clash" not in kinds, (text, kinds)


def test_the_side_men_are_said_to_fight_is_not_the_one_that_takes_the_place(gaz, actors):
    # "Rebels fighting Syrian President Bashar al-Assad seized X": Assad's side is whom they fight
    evs = _events(
        gaz, actors, "Rebels fighting President Bashar al-Assad seized Kafr Zita on Tuesday.", dt.date(2013, 8, 6)
    )
    assert [(e.sub_event_type, e.actor1, e.new_controller) for e in evs] == [
        ("Non-state actor overtakes territory", "opposition", "opposition")
    ]


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # an act its own words date months before the report is background: no event of the report
        (dt.date(2020, 4, 9), "Syrian regime forces recaptured Sukhna from IS in 2017.", []),
        (dt.date(2016, 8, 27), "Government forces shelled Daraya in August 2012.", []),
        # a date of the last weeks, or a relative one, is still news
        (
            dt.date(2017, 8, 13),
            "Regime forces shelled Daraya on August 10.",
            [("Shelling/artillery/missile attack", "government", "Darayya")],
        ),
        (
            dt.date(2017, 8, 13),
            "Regime forces shelled Daraya last week.",
            [("Shelling/artillery/missile attack", "government", "Darayya")],
        ),
    ],
)
def test_an_act_dated_months_before_the_report_is_background(gaz, actors, date, text, expected):
    # (stop 56 review) a date of a side clause, or beside an act of the day, keeps the act: see the next test
    assert _told(gaz, actors, text, date) == expected


def test_a_capture_dated_years_before_is_evidence_of_the_state(gaz, actors):
    evs, evidence = _read(gaz, actors, "Syrian regime forces recaptured Sukhna from IS in 2017.", dt.date(2020, 4, 9))[
        :2
    ]
    assert evs == [] and [(e.place.name, e.controller) for e in evidence] == [("Al-Sukhnah", "government")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side's own men before "captured" are its subject, a time phrase before the object
        (
            "The Syrian Democratic Forces says its fighters captured on Sunday the village of Hazimah.",
            [("Non-state actor overtakes territory", "sdf", "Al Huzaymah", "sdf")],
        ),
        # men taken, told with a be-verb after them, are no capture
        ("The army said its soldiers captured in Raqqa were executed.", [("Attack", "unidentified", "Raqqa", "")]),
    ],
)
def test_a_sides_own_men_captured_on_a_day(gaz, actors, text, expected):
    assert _told_ctl(gaz, actors, text, dt.date(2017, 7, 10)) == expected


@pytest.mark.parametrize(
    ("date", "text", "kind"),
    [
        (dt.date(2016, 2, 15), "Rebels clashed with troops in Daraa in a battle that began in October.", "Armed clash"),
        (
            dt.date(2017, 9, 15),
            "Syrian troops broke the three-year siege of Deir ez-Zor, imposed by IS in 2014.",
            "Armed clash",
        ),
        (dt.date(2016, 12, 30), "Rebels attacked Mhardeh in September and again on Tuesday.", "Armed clash"),
    ],
)
def test_a_date_of_a_side_clause_or_beside_an_act_of_the_day_keeps_the_act(gaz, actors, date, text, kind):
    assert kind in [e.sub_event_type for e in _events(gaz, actors, text, date)]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a capture supposed: an indefinite article before the noun, a modal after its object
        (
            "A Turkish capture of Ras al-Ayn in northeast Syria would mark an important gain for Turkey.",
            dt.date(2019, 10, 12),
            [],
        ),
        # the news itself, with its taker and day, whatever may follow from it
        (
            "The capture of Afrin from the Kurds by Turkish-led fighters on Sunday could have major repercussions.",
            dt.date(2018, 3, 19),
            [("Non-state actor overtakes territory", "turkey", "Afrin", "turkey")],
        ),
        # a perfect passive with how long it has lasted: who holds the place
        ("For the last three years, Tel Rifaat has been occupied by the YPG.", dt.date(2019, 10, 12), []),
        (
            "Tel Rifaat has been captured by the SDF.",
            dt.date(2016, 2, 16),
            [("Non-state actor overtakes territory", "sdf", "Tell Rifaat", "sdf")],
        ),
        ("Palmyra has been occupied by Islamic State for more than a year.", dt.date(2016, 3, 1), []),
        # (review) how long the place was held before, set off inside the subject: the capture is the news
        (
            "Khan Sheikhoun, held by rebels for five years, has been captured by the army.",
            dt.date(2019, 8, 21),
            [("Government regains territory", "government", "Khan Shaykhun", "government")],
        ),
        ("Any Turkish capture of Tal Abyad would cut the main road.", dt.date(2019, 10, 10), []),
    ],
)
def test_a_capture_supposed_or_a_hold_that_has_lasted_is_no_change(gaz, actors, text, date, expected):
    assert _told_ctl(gaz, actors, text, date) == expected


def test_the_news_of_a_report_filed_from_two_cities_is_not_placed_at_the_first(gaz, actors):
    # (review) "Beirut/Ankara (Reuters) -" in mixed case is a dateline too: the shelling is at Ras al-Ayn, not Beirut
    text = "Beirut/Ankara (Reuters) - Turkish forces shelled Ras al-Ayn for a second day."
    assert _told(gaz, actors, text, dt.date(2019, 10, 11)) == [
        ("Shelling/artillery/missile attack", "turkey", "Ras al-Ayn")
    ]


def test_a_capture_with_its_day_is_made_whatever_may_follow(gaz, actors):
    # (review) the day between the object and the modal: the capture was made ("… last night could open …")
    title = "A government capture of Saraqeb last night could open the road to the north."
    evs = _events(gaz, actors, "", dt.date(2020, 2, 7), title=title)
    assert [(e.sub_event_type, e.place.name, e.new_controller, e.time_phrase) for e in evs] == [
        ("Government regains territory", "Saraqib", "government", "last night")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # taken whole: "fully controlled X" (a bare "controlled X" in a report's body is who holds it)
        (
            "The Syrian army completely controlled the town of Khan Tuman on Thursday.",
            [("Government regains territory", "government", "Khan Tuman", "government")],
        ),
        ("The Syrian army controlled the town of Khan Tuman.", []),
        # (a passive "fully controlled by" is no active capture of the places named in between)
        (
            "Rebels said the town, on a road between the city of Latakia and the city of Aleppo, was now fully"
            " controlled by insurgents.",
            [],
        ),
        # (review) a hold over a span, told with "fully controlled", is who held the place
        ("At the time, Kurdish fighters fully controlled Kobani.", []),
        ("Jaish al-Islam, which fully controlled Douma until April, agreed to leave.", []),
        # (review) made to withdraw arms or troops, or to fall back inside a town: no place given up
        ("Rebels were forced to withdraw their heavy weapons from the demilitarised zone around Idlib.", []),
        # made to withdraw: done, a withdrawal with no winner named
        (
            "IS was forced to withdraw from the key town of Maskana.",
            [("Non-violent transfer of territory", "isis", "Maskanah", "")],
        ),
        ("Rebels may be forced to withdraw from Khan Tuman.", []),
    ],
)
def test_taken_whole_or_made_to_withdraw(gaz, actors, text, expected):
    assert _told_ctl(gaz, actors, text, dt.date(2017, 6, 4)) == expected


_NSA = "Non-state actor overtakes territory"
_GOV = "Government regains territory"
_STRIKE = "Air/drone strike"


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a side's claim of its own capture is the capture it announces (as "announced the capture of")
        (
            "Syrian rebels claimed to have captured the city of Aleppo on Friday night.",
            dt.date(2024, 11, 29),
            [(_NSA, "opposition", "Aleppo", "opposition")],
        ),
        (
            "Assad left the capital as rebel forces claimed control over Damascus.",
            dt.date(2024, 12, 8),
            [(_NSA, "opposition", "Damascus", "opposition")],
        ),
        (
            "Syrian rebels announced their capture of the key city of Homs early Sunday.",
            dt.date(2024, 12, 8),
            [(_NSA, "opposition", "Homs", "opposition")],
        ),
        # (someone else's act told as a claim stays a claim: no change)
        (
            "Amaq claimed that IS fighters recaptured the town of Maskana on Friday.",
            dt.date(2017, 6, 4),
            [(_NSA, "isis", "Maskanah", "")],
        ),
        # a relative clause that dates its place's capture only vaguely before the report: what holds it, no news
        ("Flags hang in the town of Salma, which government troops captured last week.", dt.date(2016, 1, 22), []),
        (
            "Air strikes hit the city of Idlib, which rebels seized earlier this month, a monitor said on Wednesday.",
            dt.date(2015, 4, 15),
            [(_STRIKE, "unidentified", "Idlib", "")],
        ),
        (
            "Clashes erupted near the town of Jarablus that was seized by the Turkey-backed rebels this week.",
            dt.date(2016, 8, 27),
            [("Armed clash", "unidentified", "Jarabulus", "")],
        ),
        # (a day named is news)
        (
            "Flags hang in the town of Salma, which government troops captured yesterday.",
            dt.date(2016, 1, 22),
            [(_GOV, "government", "Salma", "government")],
        ),
        # a site named by its type word and "of", placed at the site itself, is what changed hands
        (
            "Kurdish forces drove Syrian rebels from the key military air base of Menagh near the border with Turkey.",
            dt.date(2016, 2, 12),
            [(_NSA, "sdf", "Menagh Military Airbase", "sdf")],
        ),
        # (not beside it)
        (
            "Kurdish forces captured the outskirts of the airport of Menagh.",
            dt.date(2016, 2, 12),
            [(_NSA, "sdf", "Menagh Military Airbase", "")],
        ),
        # "the country's capital X" is the capital taken
        (
            "Syrian rebels captured the country's capital Damascus over the weekend.",
            dt.date(2024, 12, 10),
            [(_NSA, "opposition", "Damascus", "opposition")],
        ),
        # Ankara's backed groups are Turkey's side
        (
            "Ankara-backed groups took control of the towns of Safireh and Khanasser from government forces.",
            dt.date(2024, 12, 3),
            [(_NSA, "turkey", "Al-Safira", "turkey"), (_NSA, "turkey", "Khanasir", "turkey")],
        ),
        # "the central district of X" is the town's heart, not a quarter named X
        (
            "The Syrian National Army has gained full control over the central district of Tel Rifaat.",
            dt.date(2024, 12, 1),
            [(_NSA, "turkey", "Tell Rifaat", "turkey")],
        ),
        # a town's description between its type word and its name
        (
            "The Syrian Army officially announced its recapture of the mainly-Armenian populated town of Kessab.",
            dt.date(2014, 6, 15),
            [(_GOV, "government", "Kassab", "government")],
        ),
    ],
)
def test_claims_vague_relatives_named_sites_and_capitals(gaz, actors, text, date, expected):
    assert _told_ctl(gaz, actors, text, date) == expected


def test_a_wire_misspelling_of_raqqa(gaz, actors):
    """ "Raqaa" is Raqqa (a wire misspelling, in an alias)."""
    text = "Mainstream rebel groups forced ISIS out of Raqaa on Monday, freeing at least 50 hostages."
    assert _told_ctl(gaz, actors, text, dt.date(2014, 1, 6)) == [(_NSA, "opposition", "Raqqa", "opposition")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the aircraft a move is backed by strike where it moves (as "backed by Russian airstrikes")
        (
            "Syrian government forces backed by Russian warplanes have retaken the town of Tadef.",
            [(_STRIKE, "russia", "Tadif", ""), (_GOV, "government", "Tadif", "government")],
        ),
        (
            "Supported by Russian airpower, government troops have nearly encircled Aleppo.",
            [(_STRIKE, "russia", "Aleppo", ""), ("Armed clash", "government", "Aleppo", "")],
        ),
        # (the help only: "with Russian air support" tells no strike)
        (
            "Syrian government forces, with Russian air support, have retaken the town of Tadef.",
            [(_GOV, "government", "Tadif", "government")],
        ),
        # (one strike for "airstrikes", its own word)
        (
            "Syrian government forces supported by Russian air strikes have retaken the town of Tadef.",
            [(_STRIKE, "russia", "Tadif", ""), (_GOV, "government", "Tadif", "government")],
        ),
        # (a side's aircraft that only strike: no cover)
        ("Russian warplanes struck Tadef.", [(_STRIKE, "russia", "Tadif", "")]),
    ],
)
def test_air_cover_is_a_strike_where_the_move_is(gaz, actors, text, expected):
    assert sorted(_told_ctl(gaz, actors, text, dt.date(2017, 2, 26))) == sorted(expected)


def test_a_distance_and_a_border_town_locate_the_place_before(gaz, actors):
    """ "the village of al-Amarna, some 10 km (6 miles) south of the border town of Jarablus": one place, the village."""
    text = (
        "The fighting erupted at the village of al-Amarna, some 10 km (6 miles) south of the border town of Jarablus."
    )
    assert _told_ctl(gaz, actors, text, dt.date(2016, 8, 27)) == [("Armed clash", "unidentified", "Amarinah", "")]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a victor's passive in a side's quoted words is that side's capture (the speaker named, then his post)
        (
            "“The city of Saraqeb has been liberated completely from Assad’s gangs,” said Naji Mustafa, spokesman for"
            " a Turkish-backed coalition of rebel factions.",
            dt.date(2020, 2, 27),
            [(_NSA, "turkey", "Saraqib", "turkey")],
        ),
        # (a speaker of no side: no winner)
        (
            "“Saraqeb has been liberated,” residents said.",
            dt.date(2020, 2, 27),
            [(_NSA, "unidentified", "Saraqib", "")],
        ),
        # people taken somewhere are no capture; "out of government control" is no one's capture
        (
            "The Russian military on Friday took Moscow-based reporters to see the town in Latakia province, which had"
            " been out of government control for more than three years.",
            dt.date(2016, 1, 22),
            [],
        ),
        # what a deal asked ("should have withdrawn") and what is denied ("denying any capture") did not happen
        (
            "Under the previous deal, the rebels should have withdrawn from certain areas around the M5 highway.",
            dt.date(2020, 3, 6),
            [],
        ),
        (
            "Al-Mayadeen TV cited sources as denying any capture of areas in Nairab by the Turkish forces.",
            dt.date(2020, 2, 20),
            [],
        ),
        # acts told as before the news by their noun ("previous attacks") are none of the day's
        ("The base in Raqqa had been the target of previous attacks.", dt.date(2014, 7, 25), []),
        # (straight quotes too)
        (
            '"All of Jisr al-Shughour is now liberated," said Ahmad, a spokesman for Ahrar al-Sham.',
            dt.date(2015, 4, 25),
            [(_NSA, "opposition", "Jisr al-Shughur", "opposition")],
        ),
        # a side named in a phrase that opens the sentence is no list with the subject after its comma
        (
            "In a blow to the rebels, the army recaptured the town of Kafr Nabudah on Sunday.",
            dt.date(2019, 5, 27),
            [(_GOV, "government", "Kafr Nabudah", "government")],
        ),
        (
            "Meanwhile, in a dramatic setback to the Syrian regime, the Islamic State terrorist group recaptured the"
            " town of Palmyra on Sunday.",
            dt.date(2016, 12, 12),
            [(_NSA, "isis", "Palmyra", "isis")],
        ),
        # what the side is, between dashes, is no subject of its own
        (
            "Jaish al-Fath – an alliance of Islamist groups led by al-Nusra Front, the Syrian branch of al Qaeda –"
            " overran Idlib on Sunday.",
            dt.date(2015, 3, 30),
            [(_NSA, "opposition", "Idlib", "opposition")],
        ),
        # "said, it had, along with its allies, taken X": "it" is the speaking side, its partners set off by commas
        (
            "The army in a statement on Sunday said, it had, along with its allies, taken full control over the town"
            " of Kafr Nabudah.",
            dt.date(2019, 5, 27),
            [(_GOV, "government", "Kafr Nabudah", "government")],
        ),
    ],
)
def test_quoted_victors_people_taken_deals_denials_and_earlier_acts(gaz, actors, text, date, expected):
    assert _told_ctl(gaz, actors, text, date) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (review) a claim disputed in the sentence, or made by both sides, is no change
        (
            "The Syrian army claimed to have captured the village of Atshan, but rebels said the fighting was continuing.",
            [(_GOV, "government", "Atshan", "")],
        ),
        (
            "The army claimed control of the village of Atshan, a claim denied by rebels.",
            [(_GOV, "government", "Atshan", "")],
        ),
        (
            "Both the army and the rebels claimed control of the village of Atshan on Wednesday.",
            [(_GOV, "government", "Atshan", "")],
        ),
        # (review) people captured are no ground taken
        ("The army claimed the capture of 20 militants in the town of Daraya.", []),
        # (review) "earlier" alone, "earlier on Friday", "hours earlier": the day's own news, in wire copy
        (
            "Residents fled the town of Salma, which government forces captured earlier on Friday.",
            [(_GOV, "government", "Salma", "government")],
        ),
        (
            "Residents fled the town of Salma, which government forces captured hours earlier.",
            [(_GOV, "government", "Salma", "government")],
        ),
        # (review) a site is what was taken only as the act's own object
        (
            "Rebels captured villages west of the air base of Abu al-Duhur.",
            [(_NSA, "opposition", "Abu al-Duhur Military Airbase", "")],
        ),
        (
            "Government forces seized hills overlooking the airport of Palmyra.",
            [(_GOV, "government", "Palmyra Airport", "")],
        ),
        (
            "Rebels captured a village 5 km from the air base of Abu al-Duhur.",
            [(_NSA, "opposition", "Abu al-Duhur Military Airbase", "")],
        ),
        # (review) no strike beside a move still to come
        (
            "Rebels said government troops backed by Russian warplanes would try to capture Kafr Zita.",
            [("Armed clash", "government", "Kafr Zita", "")],
        ),
        # (review) a backer's spokesman tells of its client's capture: no winner from him
        (
            "“Aleppo has been liberated,” said Igor Konashenkov, spokesman for the Russian defence ministry.",
            [(_NSA, "unidentified", "Aleppo", "")],
        ),
        # (review) "took" with "the nation's capital" or a town's description before its name
        ("Rebels took the nation's capital Damascus on Sunday.", [(_NSA, "opposition", "Damascus", "opposition")]),
        (
            "Turkish-backed rebels took the largely-Arab populated town of Tal Abyad.",
            [(_NSA, "turkey", "Tell Abyad", "turkey")],
        ),
        # a side "backed with its allies" is still the subject
        (
            "Syrian army backed with its allies fully controlled the town of Kafr Nabudah on Thursday.",
            [(_GOV, "government", "Kafr Nabudah", "government")],
        ),
        # (review) and "entered the central Raqqa district of X" still enters it
        ("The SDF entered the central Raqqa district of al-Badu.", [("Armed clash", "sdf", "al-Bado", "")]),
        # rockets that air raids fired are the raids' means, not a shelling beside them; fire "from" warplanes is
        # theirs (but "Warplanes raid X with shelling on Y" is two acts)
        (
            "The Russian warplanes carried out several air raids with thermobaric rockets on the town of al-Zafarana.",
            [(_STRIKE, "russia", "Zafaraniya", "")],
        ),
        (
            "Heavy shelling from government warplanes resumed on rebel-held areas of Aleppo on Wednesday.",
            [(_STRIKE, "government", "Aleppo", "")],
        ),
        # a capture judged, not told: "The fall of X is a setback for …", "The liberation of X is a victory for …"
        ("The liberation of Maskanah is an important victory for the Syrian military.", []),
        ("The fall of Khalidiya is a setback for the rebels.", []),
        # (second review) a side named inside what the subject is, between dashes, is no subject of the sentence; a clause
        # of its own with no relative word is no apposition
        (
            # (stop 78: the subject before an aside between dashes, which names no one acting, is the taker)
            "The SDF – an alliance the Syrian government considers illegitimate – took full control of Raqqa on Tuesday.",
            [(_NSA, "sdf", "Raqqa", "sdf")],
        ),
        (
            "The Army of Conquest – a rebel alliance backed by Turkey and Saudi Arabia – seized the town of Ariha on Thursday.",
            [(_NSA, "opposition", "Ariha", "opposition")],
        ),
        # (second review) disputes in other words; a siege lifted; charges of what aircraft fire
        (
            "Rebels claimed to have recaptured Kafr Nabudah; the army said this was a lie.",
            [(_NSA, "opposition", "Kafr Nabudah", "")],
        ),
        (
            "Rebels claimed control of Saraqeb, but Russian forces said regime troops remained there.",
            [(_NSA, "opposition", "Saraqib", "")],
        ),
        (
            '"Deir ez-Zor has been liberated from the siege," said a Syrian army officer.',
            [(_NSA, "unidentified", "Deir ez-Zor", "")],
        ),
        (
            "Russian warplanes carried out air raids with high-explosive missiles on the outskirts of Ariha.",
            [(_STRIKE, "russia", "Ariha", "")],
        ),
        # (a claim beside "the ongoing conflict" is not disputed)
        (
            "Assad left Damascus as rebel forces claimed control over the capital, marking a shift in the ongoing conflict.",
            [
                ("Non-violent transfer of territory", "government", "Damascus", ""),
                (_NSA, "opposition", "Damascus", "opposition"),
            ],
        ),
        # a side pulling its forces back from a named place, or leaving one described before its name
        (
            "Syrian Army commanders pulled their forces back from the town of Kafr Nabudah on Sunday morning.",
            [("Non-violent transfer of territory", "government", "Kafr Nabudah", "")],
        ),
        (
            "Syrian rebels began leaving the last opposition-held district of Homs city on Saturday.",
            [("Non-violent transfer of territory", "opposition", "Homs", "")],
        ),
        # armed men hunted down are a fight (state media's "chasing remnants of terrorists", "eliminated members of")
        (
            "The source told SANA that army units are chasing remnants of ISIS terrorists out of al-Mayadeen.",
            [("Armed clash", "government", "Al-Mayadin", "")],
        ),
        (
            "An army unit eliminated members of a terrorist group belonging to the al-Nusra Front northeast of Maaloula.",
            [("Armed clash", "government", "Maaloula", "")],
        ),
        # (not a policy pursued)
        ("The government will pursue its policy of reconciliation in Daraa.", []),
        # (third review) a capture told, then judged, is told; hunts aimed at or aircraft hunting; dashed relatives
        # without a capture of their own; "still" and "remain" in a place's description dispute no claim
        (
            "Kurdish forces completed the capture of Tal Abyad in what was a major blow to the Islamic State.",
            [(_NSA, "sdf", "Tell Abyad", "sdf")],
        ),
        ("The campaign aims to hunt down IS cells in the Syrian desert, Russian officials said.", []),
        ("Hunting down ISIS cells remains a priority for the coalition in Deir ez-Zor, a spokesman said.", []),
        (
            "Russian warplanes hunted down terrorists in the countryside of Idlib, killing 30.",
            [(_STRIKE, "russia", "Idlib governorate", "")],
        ),
        (
            "Jaish al-Fath – an alliance that Ahrar al-Sham helped found – captured Ariha on Thursday.",
            [(_NSA, "opposition", "Ariha", "opposition")],
        ),
        (
            "The SDF – a coalition that Turkey opposes – captured the city of Manbij on Friday.",
            [(_NSA, "sdf", "Manbij", "sdf")],
        ),
        (
            "Islamic State claimed the capture of the Shaer gas field, which still supplies power to Homs.",
            [(_NSA, "isis", "Shaer gas field", "isis")],
        ),
        ("The army claimed control over Resafa, which the SDF disputed.", [(_GOV, "government", "Resafa", "")]),
        (
            "Turkey pulled its troops out of the observation post at Morek on Tuesday.",
            [("Non-violent transfer of territory", "turkey", "Morek", "")],
        ),
        # the subject's own men ("its fighters") are no side of their own: "it" is the speaking side
        (
            "Hayat Tahrir al-Sham said on Monday that it was pulling its fighters back from Khan Shaykhun.",
            [("Non-violent transfer of territory", "hts", "Khan Shaykhun", "")],
        ),
        # (review) Syria Direct's "a-" opening a name
        (
            "Regime shelling hit Khan Sheikhoun and a-Tamanah in southern Idlib.",
            [
                ("Shelling/artillery/missile attack", "government", "Khan Shaykhun", ""),
                ("Shelling/artillery/missile attack", "government", "Al-Tamanah", ""),
            ],
        ),
    ],
)
def test_what_the_review_of_stop_58s_rules_holds(gaz, actors, text, expected):
    assert _told_ctl(gaz, actors, text, dt.date(2016, 1, 22)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named place made safe by a side that managed it, or from the side that held it; not a side's backing won
        (
            "The Tiger Forces managed to secure Uqayribat after inflicting heavy damage on the Islamic State.",
            [(_GOV, "government", "Uqayribat", "government")],
        ),
        ("The army secured Hamimah from ISIS on Sunday.", [(_GOV, "government", "Hamimah", "government")]),
        ("Reports that pro-government forces secured Hamimah from ISIS are incorrect.", []),
        # the last item of a list after its comma, with the side it was taken from
        (
            "The rebels captured the towns of Khwein, Atshan, and Um Khalakhel from the Syrian army.",
            [
                (_NSA, "opposition", "Al-Khuwayn", "opposition"),
                (_NSA, "opposition", "Atshan", "opposition"),
                (_NSA, "opposition", "Umm al-Khalakhil", "opposition"),
            ],
        ),
        # a side after "fell to" with an epithet before it
        ("Maaret al-Numan fell to Syrian rebels.", [(_NSA, "opposition", "Maarat al-Numan", "opposition")]),
        # the taking of named places (not of hostages)
        ("Rebels released videos of the taking of Bdama.", [(_NSA, "opposition", "Bdama", "opposition")]),
        ("The taking of hostages in Idlib continued.", []),
        # a named town among the villages a side seized, with a word of its community before it
        (
            "Rebel forces also seized two villages, including the Christian town of Al-Rakham.",
            [(_NSA, "opposition", "Rakham", "opposition")],
        ),
        # members named after a comma are not the side that acts
        (
            "Syrian rebel groups, including the Nusra Front, overran the Quneitra crossing.",
            [(_NSA, "opposition", "Quneitra crossing", "opposition")],
        ),
        # our fighters who were able to take a place are the speaker's side, named after his name
        (
            '"Our fighters were able to seize the Nasib crossing after forcing pro-Assad militias to withdraw from the '
            'area," Muhammad Horani of the FSA told ARA News.',
            [(_NSA, "opposition", "Nasib border crossing", "opposition")],
        ),
        (
            "Syria military has taken control of the village of Handarat.",
            [(_GOV, "government", "Handarat", "government")],
        ),
        # a longer name the gazetteer lacks is not the place its last words name (Marea, Aleppo)
        (
            "The towns of Mutawasita, Khiara, and Kafrya al-Ma’ara have fallen to the army.",
            [],
        ),
        # a country's name saying where is no side
        (
            "Rebels released videos detailing the taking of Bdama, which will bolster their control over areas "
            "bordering Turkey.",
            [(_NSA, "opposition", "Bdama", "opposition")],
        ),
        # ground cleared in part is ground won, not yet changed hands; not rubble or mines cleared
        (
            "The Tiger Forces have cleared most of Al-Lataminah – the village just south of Morek.",
            [(_GOV, "government", "Al-Lataminah", "")],
        ),
        ("Engineers cleared most of the rubble in Aleppo.", []),
        # crowds that poured into the streets or chanted against the regime protest; a time after "after" is no clause
        (
            "Tens of thousands of Syrians poured into the streets of the central city of Hama on Friday.",
            [("Peaceful protest", "protesters", "Hama", "")],
        ),
        ("Crowds chanted against the regime in Hama on Friday.", [("Peaceful protest", "protesters", "Hama", "")]),
        (
            "Protests broke out after Friday prayers in the towns of Binnish and Salqin.",
            [("Peaceful protest", "protesters", "Binnish", ""), ("Peaceful protest", "protesters", "Salqin", "")],
        ),
        # the press's names of the Conoco plant and of Albu Kamal
        (
            "The SDF captured the Conoco gas field from the Islamic State on Saturday.",
            [(_NSA, "sdf", "Conoco gas plant", "sdf")],
        ),
        ("US airstrikes struck a housing block in Abukamal.", [(_STRIKE, "coalition", "Albu Kamal", "")]),
        # a capture yet to come is no change; nor an account disputed or told before
        # (working to capture a place is fighting for it)
        (
            "The SDF is working to also capture the Tabqa dam, the largest dam in Syria.",
            [("Armed clash", "sdf", "Tabqa Dam", "")],
        ),
        # (moving toward a capture is fighting for it)
        (
            "The Syrian army is currently moving toward capturing the town of Maskaneh.",
            [("Armed clash", "government", "Maskanah", "")],
        ),
        ("The Taftanaz air base is the largest air base yet to be captured by the rebels.", []),
        (
            "A rebel leader is disputing a Syrian military official's account to Reuters that the government has retaken "
            "control of the Sheikh Saeed district in southeast Aleppo.",
            [],
        ),
        ("The SDF previously said it had taken full control of Dhiban.", []),
        # (but the account itself is news)
        ("The SDF said it had taken full control of Dhiban.", [(_NSA, "sdf", "Dhiban", "sdf")]),
        # (reviews) a weekday or a headline's verb is no first word of a name; a people's word or fire kept off is no
        # place secured; the sides after "from" a list names; a capture's noun with its side after "by", or one to come
        ("On Tuesday al-Sheikh Maskin was retaken by the army.", [(_GOV, "government", "Shaykh Miskīn", "government")]),
        ("Ankara managed to secure American guarantees over Manbij.", []),
        (
            "The army was able to secure Hama airport from rocket fire.",
            [("Shelling/artillery/missile attack", "government", "Hama Military Airport", "")],
        ),
        ("The army secured Mesraba from Jaish al-Islam on Thursday.", [(_GOV, "government", "Misraba", "government")]),
        ("The taking of Kurdish land by settlers in Raqqa angered residents.", []),
        (
            "The taking of Jarablus by Turkish-backed rebels came on Wednesday.",
            [(_NSA, "turkey", "Jarabulus", "turkey")],
        ),
        ("A Syrian army takeover of Manbij could come within days.", []),
        (
            "Rebels captured Maardes, Kawkab, and Khattab from the Syrian military in northern Hama.",
            [
                (_NSA, "opposition", "Maardes", "opposition"),
                (_NSA, "opposition", "Kawkab", "opposition"),
                (_NSA, "opposition", "Khattab", "opposition"),
            ],
        ),
        ("Rebels said they secured Dahiyat al-Assad from the regime, but the army disputed that.", []),
        (
            '"Our fighters managed to capture Mayadin after heavy clashes," Colonel Suhail al-Hassan told reporters.',
            [(_GOV, "government", "Al-Mayadin", "government")],
        ),
        (
            "Rebels captured Menagh airbase near Turkey after a long siege.",
            [(_NSA, "opposition", "Menagh Military Airbase", "opposition")],
        ),
        (
            "Islamic State fighters, including Chechen militants, seized Tabqa airbase.",
            [(_NSA, "isis", "Tabqa Military Airbase", "isis")],
        ),
        # a storm that forced most of the other side out took no town yet
        (
            "The Syrian army stormed Suran on Sunday, forcing most of the terrorists to retreat from the town.",
            [("Armed clash", "government", "Suran", "")],
        ),
        (
            "The Syrian army stormed Suran on Sunday, forcing the terrorists to retreat from the town.",
            [(_GOV, "government", "Suran", "government")],
        ),
        # a side named by its people ("the Israelis", "the Russians"); weapons made or stored are no act
        ("The Russians bombed Saraqib on Monday.", [("Shelling/artillery/missile attack", "russia", "Saraqib", "")]),
        (
            "The Israelis targeted an Iranian factory for the manufacture of drones in Set Zaynab in southern Damascus.",
            [(_STRIKE, "israel", "Sayyidah Zaynab", "")],
        ),
        # (third review) look-alikes: much of a town cleared, people who pour into streets to flee, a purpose or an
        # earlier word beside a capture made, a denial of something else, a capture's consequence to come
        (
            "Regime forces have cleared much of Mesraba and are pushing toward Douma.",
            [(_GOV, "government", "Misraba", ""), ("Armed clash", "government", "Douma", "")],
        ),
        (
            "Displaced families poured into the streets of Tal Tamr as Turkish shelling intensified.",
            [],
        ),
        (
            "Rebels, working to consolidate their gains, captured the village of Khirbet Ghazaleh on Wednesday.",
            [(_NSA, "opposition", "Khirbat Ghazālah", "opposition")],
        ),
        (
            "The opposition disputed the army's reports of casualties, but confirmed that government forces had captured "
            "Maarat al-Numan.",
            [(_GOV, "government", "Maarat al-Numan", "government")],
        ),
        ("The SDF, which previously said it would wait, captured Tabqa on Wednesday.", [(_NSA, "sdf", "Tabqa", "sdf")]),
        (
            "Rebels said they seized Maaloula, but residents disputed claims that churches were damaged.",
            [(_NSA, "opposition", "Maaloula", "opposition")],
        ),
        (
            "Government forces launched an attack on Saturday that resulted in the capture of Saraqeb.",
            [(_GOV, "government", "Saraqib", "government")],
        ),
        ("The fall of Aleppo might take weeks, diplomats said.", []),
        ("ISIS claimed it captured Palmyra's airport; the government denied it.", []),
        (
            "Protests erupted after Taraweeh prayers in Hama and Deir ez-Zor.",
            [("Peaceful protest", "protesters", "Hama", ""), ("Peaceful protest", "protesters", "Deir ez-Zor", "")],
        ),
        # the control taken over, then the place ("took over control of"); not silence taking over a city
        ("HTS took over control of the northeastern city of Afrin on Thursday.", [(_NSA, "hts", "Afrin", "hts")]),
        ("Silence is taking over Aleppo city.", []),
        # control fallen back under, won, established; SANA's security and stability restored; "managed to control"
        (
            "Aleppo, Syria's largest city, fell back under the control of the Syrian regime on Tuesday.",
            [(_GOV, "government", "Aleppo", "government")],
        ),
        (
            "Army units restored security and stability to the villages of Howeijena, Rayan and al Qaroutia.",
            [
                (_GOV, "government", "Huwayjinah", "government"),
                (_GOV, "government", "Rayyan", "government"),
                (_GOV, "government", "Qarutiyah", "government"),
            ],
        ),
        ("The government restored electricity to Aleppo.", []),
        (
            "The Nusra Front managed to control Abu al-Duhur airbase on Wednesday.",
            [(_NSA, "hts", "Abu al-Duhur Military Airbase", "hts")],
        ),
        # the missiles warplanes fired are their means (SNHR's "warplanes we believe were Russian"); not a ground side's
        (
            "Fixed-wing warplanes we believe were Russian fired missiles on Mrdikh village in the eastern suburbs of Idlib "
            "governorate.",
            [(_STRIKE, "russia", "Mardikh", "")],
        ),
        (
            "Warplanes struck Saraqib and regime forces fired missiles on Ariha.",
            [
                (_STRIKE, "unidentified", "Saraqib", ""),
                ("Shelling/artillery/missile attack", "government", "Ariha", ""),
            ],
        ),
        # (fourth review) moving toward a deal is not there yet; the rest of a town cleared is taken; protests told after
        # the crowd poured out, none by people fleeing; a capture's consequence to come; no ground in a company, a fire
        ("Damascus and the Kurdish-led SDF are moving toward a deal on the future of Raqqa, officials said.", []),
        (
            "Syrian troops cleared the rest of Busra al-Harir on Thursday, state media reported.",
            [(_GOV, "government", "Busra al-Harir", "government")],
        ),
        (
            "Kurds poured into the streets of Qamishli to protest the Turkish offensive.",
            [("Peaceful protest", "protesters", "Qamishli", "")],
        ),
        ("Hundreds of displaced people poured into the streets of Atmeh, sleeping in cars.", []),
        ("The fall of Palmyra would open the road to Deir ez-Zor for the army.", []),
        ("Firefighters managed to control the fire at the Homs refinery after several hours.", []),
        ("Rebels captured the village of Hatlah, a claim denied by the army.", [(_NSA, "opposition", "Hatla", "")]),
        (
            "The Americans carried out a drone strike near Sarmada that killed a senior al-Qaeda figure.",
            [(_STRIKE, "coalition", "Sarmada", "")],
        ),
        (
            "Two Americans working for an aid group were kidnapped near Aleppo.",
            [("Abduction/forced disappearance", "unidentified", "Aleppo", "")],
        ),
        # (fifth review) the aircraft's side in brackets or after "that we believe was"; no ground in prices or
        # markets; a village's qualifier is no man's nisba; "the Turks" shell as Turkey
        (
            "A warplane that we believe was Russian fired missiles on Jisr al-Shughour hospital.",
            [(_STRIKE, "russia", "Jisr al-Shughur", "")],
        ),
        ("The Syrian government imposed control over prices in Damascus.", []),
        (
            "Syrian forces also regained control over the Shellef fortress where fire positions overlook the area.",
            [(_GOV, "government", "Shalaf", "government")],
        ),
        (
            "The army captured the village of Abu Omar al-Shamali.",
            [(_GOV, "government", "Abu Omar", "government")],
        ),
        (
            "The Turks shelled regime positions near Saraqib.",
            [("Shelling/artillery/missile attack", "turkey", "Saraqib", "")],
        ),
    ],
)
def test_what_stop_59s_rules_read(gaz, actors, text, expected):
    assert _told_ctl(gaz, actors, text, dt.date(2017, 9, 3)) == expected


def _told_sides(gaz, actors, text, date):
    return [
        (e.sub_event_type, e.actor1, e.actor2, e.place.name, e.new_controller) for e in _events(gaz, actors, text, date)
    ]


def _told_heading(gaz, actors, text, date):
    """:func:`_told_sides` of the text read as a headline (the benchmark's way)."""
    return [
        (e.sub_event_type, e.actor1, e.actor2, e.place.name, e.new_controller)
        for e in _events(gaz, actors, "", date, title=text)
    ]


def _told_both(gaz, actors, text, date):
    """The text's readings as a headline and as a report's body."""
    return _told_heading(gaz, actors, text, date), _told_sides(gaz, actors, text, date)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side driven out named with "so-called" and quotes; "cleansed"/"purged" the side from the place
        (
            "Syrian troops and Kurdish fighters ousted the so-called “Islamic State” group from the northeastern city "
            "of Hasakeh on Tuesday after more than a month of fighting, a monitoring group said.",
            [(_GOV, "government", "isis", "Al-Hasakah", "government")],
        ),
        (
            "The army had now “cleansed” militants from the Southern district of Nashwa in the city, the TV said.",
            [(_GOV, "government", "unidentified", "al-Nashwa", "government")],
        ),
        ("The army purged the rebels from Qusair.", [(_GOV, "government", "opposition", "Al-Qusayr", "government")]),
        ("The militia cleansed Sunni residents from Nashwa.", []),
        # control secured is control taken; "before noon" is a time, not a clause of its own
        (
            "Kurdish forces assisted the Syrian army in securing control of Nashwa.",
            [(_GOV, "government", "", "al-Nashwa", "government")],
        ),
        (
            "State TV said troops captured Kafr Nbouda before noon from militants.",
            [(_GOV, "government", "unidentified", "Kafr Nabudah", "government")],
        ),
        # "the militant forces", "terrorist organizations": an armed side the words do not name
        (
            "Since May, the Syrian Army has launched several attacks on Kabani, but all of their attempted advances "
            "have been repelled by the militant forces inside the town.",
            [("Armed clash", "government", "unidentified", "Kabani", "")],
        ),
        # SANA's "continued operations against"; a strike "in" a town that left people hurt
        (
            "Army units continued operations against positions of terrorist organizations in Kafr Zita.",
            [("Armed clash", "government", "unidentified", "Kafr Zita", "")],
        ),
        (
            "Saturday’s strike in the town of Ariha also left a 3-year-old girl in critical condition.",
            [(_STRIKE, "unidentified", "", "Ariha", "")],
        ),
        ("A strike in Ariha left the shops closed.", []),
        # a crowd's demand and a crowd's place
        (
            "Around 6 thousand people gathered in the main square in Qudsaya city demanding the immediate departure "
            "of the armed groups.",
            [("Peaceful protest", "protesters", "", "Qudsaya", "")],
        ),
        (
            "Thousands of locals in Qudsaya city in Damascus countryside staged Saturday a protest against the armed "
            "groups.",
            [("Peaceful protest", "protesters", "", "Qudsaya", "")],
        ),
        # homes burnt by a side are property destroyed; a fire is no side
        (
            "Regime forces torched dozens of homes in Tall Hamis.",
            [("Looting/property destruction", "government", "civilians", "Tall Ḩamīs", "")],
        ),
        ("The fire burned houses in Tall Hamis after the shelling.", []),
        # a step still to come: "Once X is captured, … can make their first attempt to retake Y"
        (
            "Once Tal Tari is captured, the Syrian Arab Army can make their first attempt to retake the key town of "
            "Al-Ta’manah.",
            [],
        ),
        (
            "Once Tal Tari was captured, the army shelled Al-Ta’manah.",
            [
                (_NSA, "unidentified", "", "Tell Tari", ""),
                ("Shelling/artillery/missile attack", "government", "", "Al-Tamanah", ""),
            ],
        ),
    ],
)
def test_what_stop_60s_rules_read(gaz, actors, text, expected):
    assert _told_sides(gaz, actors, text, dt.date(2016, 7, 1)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the New Syrian Army is the coalition's ground ally: its attack is a fight, the coalition's own a strike
        ("The New Syrian Army launched an attack on al-Bukamal.", [("Armed clash", "coalition", "", "Albu Kamal", "")]),
        ("The coalition attacked al-Bukamal.", [(_STRIKE, "coalition", "", "Albu Kamal", "")]),
        # a subject described by its fight: the main verb's act only, and its side
        (
            "Syrian Democratic Forces fighting ISIS in southern Hasakah have reportedly taken control of the "
            "strategic town of Al-Hawl on Friday.",
            [(_NSA, "sdf", "", "Al-Hol", "sdf")],
        ),
        ("The SDF are fighting ISIS in Hajin, the coalition said.", [("Armed clash", "sdf", "isis", "Hajin", "")]),
        # a habit is no act of a day; "Regular forces" are the army, not a habit
        (
            "There have been periodic clashes between regime and Kurdish forces in Hasakah, followed by ceasefires.",
            [],
        ),
        ("Israel regularly strikes Iran-linked sites near Hama.", []),
        ("Militants remain in Qusayr despite being targeted frequently by government forces.", []),
        (
            "Regular forces pulled back from all of their checkpoints around Qusayr, a monitor said.",
            [("Non-violent transfer of territory", "government", "", "Al-Qusayr", "")],
        ),
        # "it" after a town and the bearing that locates it is the town
        (
            "After terrorists retreat from Kafr Nabuda, northwest of Hama, Syrian Army entered the city today noon and "
            "took complete control of it.",
            [(_GOV, "government", "", "Kafr Nabudah", "government")],
        ),
        # places counted and then named: the province that qualifies them is none of them
        (
            "The army has secured a string of Damascus suburbs through reconciliation, including Daraya and Qudsiyah.",
            [(_GOV, "government", "", "Darayya", ""), (_GOV, "government", "", "Qudsaya", "")],
        ),
        (
            "The army captured several Idlib villages, including Daraya and Qudsiyah.",
            [(_GOV, "government", "", "Darayya", "government"), (_GOV, "government", "", "Qudsaya", "government")],
        ),
        ("The army secured several villages to protect the road.", []),
        # a side's men leaving a place named after its lower-case article
        (
            "Takfiri militants have begun leaving al-Tall city under a deal with authorities this week.",
            [("Non-violent transfer of territory", "unidentified", "", "At Tall", "")],
        ),
        ("Civilians left al-Tall for Damascus.", []),
        # what a purpose would keep from happening has not happened
        (
            "Turkey has 12 observation posts in Idlib in a bid to prevent a large-scale offensive in the region.",
            [],
        ),
        # "Kurdish positions" are the SDF's; persons taken captive are abducted (not the hostages a clause describes)
        (
            "Syrian government aircraft bombed Kurdish positions in Hasakeh on Thursday.",
            [(_STRIKE, "government", "sdf", "Al-Hasakah", "")],
        ),
        (
            "During the raids, the militants took between 70 and 100 Assyrians captive in Tal Tamr.",
            [("Abduction/forced disappearance", "unidentified", "", "Tell Tamr", "")],
        ),
        # (review) combatants taken captive are part of their battle; a rescue or a relative clause's past is no
        # abduction
        ("At least 50 pro-government fighters have been taken captive by Kurdish forces in Qamishli.", []),
        ("Seven Assyrians who were taken captive by ISIS in Tal Tamr last year were freed on Tuesday.", []),
        ("Syrian troops took part in freeing the captive Druze women held by ISIS east of Sweida.", []),
        # (review) a habit's adverb right before its verb only; SOHR's "occasional clashes" are the day's
        (
            "A taxi seen frequently near the market exploded in Azaz on Sunday, killing four people.",
            [("Remote explosive/landmine/IED", "unidentified", "civilians", "Azaz", "")],
        ),
        ("Russian aircraft routinely carry out raids on the Jabal al-Zawiya area, according to rescuers.", []),
        (
            "Occasional clashes took place on the outskirts of al-Bab on Tuesday.",
            [("Armed clash", "unidentified", "", "Al-Bab", "")],
        ),
        # (review) a list "including" sides or people, or a name the gazetteer lacks, leaves the province
        (
            "Government forces captured several Hama villages on Monday from rebel factions including Jaish al-Izza.",
            [(_GOV, "government", "opposition", "Hama", "")],
        ),
        # (review) leaving still to come or told of the past; a failure to prevent; the army securing control before
        ("Rebels leaving al-Tall will be bussed to Idlib province, the governor said.", []),
        ("Rebels who left al-Rastan last week arrived in Jarablus on Sunday.", []),
        (
            "Guards failed to prevent an attack on the checkpoint at the entrance of Azaz that killed five people.",
            [("Armed clash", "unidentified", "", "Azaz", "")],
        ),
        (
            "After securing control of Manbij on Friday, SDF fighters began clearing mines.",
            [(_NSA, "sdf", "", "Manbij", "sdf")],
        ),
        ("Rebels freed 50 hostages in Qamishli, including aid workers taken captive by ISIS.", []),
        # (review) a weapon's fire that burns is its strike, not property destroyed by a side
        (
            "The regime's incendiary shells burned the crops of farmers in the town of al-Latamenah.",
            # (the farmers civilians since stop 64)
            [("Shelling/artillery/missile attack", "government", "civilians", "Al-Lataminah", "")],
        ),
        # (review) the coalition's ground forces fight, its aircraft strike
        (
            "The New Syrian Army, backed by the coalition, attacked ISIS in al-Bukamal.",
            [("Armed clash", "coalition", "isis", "Albu Kamal", "")],
        ),
        (
            "US forces attacked Iranian-backed militia positions in al-Bukamal with airstrikes.",
            [(_STRIKE, "coalition", "", "Albu Kamal", "")],
        ),
        (
            "Coalition forces attacked ISIS near Manbij, killing 15 militants.",
            [(_STRIKE, "coalition", "isis", "Manbij", "")],
        ),
        # (review) the fight that describes the subject is the act when the main verb names no place of its own
        (
            "Turkish-backed rebels fighting ISIS in al-Bab have captured the hospital hill, the Turkish army said.",
            [("Armed clash", "turkey", "isis", "Al-Bab", "")],
        ),
        (
            "Kurdish YPG fighting ISIS in Manbij have killed 20 militants, a commander said.",
            [("Armed clash", "sdf", "isis", "Manbij", "")],
        ),
        # (review) "once" with a perfect; "cleansed … from the southern district of X", "from the town of al-X"
        ("Once the army has captured Bustan al-Basha, it will move to the old city.", []),
        (
            "The army had now “cleansed” militants from the southern district of Hajar al-Aswad.",
            [(_GOV, "government", "unidentified", "Al Ḩajar al Aswad", "government")],
        ),
        (
            "The Syrian army purged terrorists from the town of al-Mayadin.",
            [(_GOV, "government", "unidentified", "Al-Mayadin", "government")],
        ),
        # (review) no armed side fought, no walkout struck from the air, no people purged as a side
        ("Civil Defence teams continued operations against the fires in the forests of Latakia.", []),
        (
            "Government forces continued operations against rebel positions in Daraya on Friday, a monitor said.",
            [("Armed clash", "government", "opposition", "Darayya", "")],
        ),
        ("The teachers' strike in Idlib left many schools closed for a week.", []),
        ("A lightning strike near Qardaha killed two shepherds.", []),
        ("The strike at the Baniyas refinery left a shortage of fuel across the coast.", []),
        ("Amnesty accused the YPG of purging Arab villagers from the town of Tal Abyad.", []),
        ("U.S. officials said securing control of Raqqa could take several months.", []),
        (
            "Crowds assembled outside the Bab al-Salama crossing demanding the release of activists.",
            [("Peaceful protest", "protesters", "", "Bab al-Salameh crossing", "")],
        ),
        # (review) men "loyal to" or "affiliated with" a side are its own; a fire's origin is no target
        (
            "Militant forces loyal to ISIS attacked the T4 airbase.",
            [("Armed clash", "isis", "", "Tiyas Military Airbase", "")],
        ),
        (
            "Army units clashed with militant forces affiliated with Jabhat al-Nusra near the Abu al-Duhur airbase.",
            [("Armed clash", "government", "hts", "Abu al-Duhur Military Airbase", "")],
        ),
        (
            "Government troops shelled Kabani from their positions in Jurin.",
            [("Shelling/artillery/missile attack", "government", "", "Kabani", "")],
        ),
        (
            "Syrian Democratic Forces fighting ISIS in northern Raqqa have taken several villages, including Fatsah.",
            [(_NSA, "sdf", "", "Fatsah", "sdf")],
        ),
        # a place cleansed "from" a side; "both ancient and modern X" is X, no next verb
        (
            "Government forces have completely cleansed the Midan area from the terrorist mercenaries.",
            [(_GOV, "government", "", "Al-Midan", "government")],
        ),
        (
            "Islamic State seized full control of both ancient and modern Palmyra on Thursday.",
            [(_NSA, "isis", "", "Palmyra", "")],
        ),
        # a side at the edge of a place fights there; operations or a campaign a side carries out are fighting
        (
            "The Syrian military has now reached the outskirts of Khan Touman after capturing the last hills east of it.",
            [("Armed clash", "government", "", "Khan Tuman", "")],
        ),
        ("The displaced reached the outskirts of Idlib.", []),
        (
            "Army troops carried out several operations near Handarat.",
            [("Armed clash", "government", "", "Handarat", "")],
        ),
        (
            "Former opposition fighters conducted a military campaign against IS cells in Jassim.",
            [("Armed clash", "opposition", "isis", "Jasim", "")],
        ),
        ("Aid agencies carried out operations in Idlib to deliver food.", []),
        # an entry into a side's districts under a deal; a side's evacuation out of a place; a place got back
        (
            "Syrian regime forces entered rebel districts in the northern city of Daraa on Wednesday as part of a new "
            "Russian-brokered ceasefire agreement.",
            [("Non-violent transfer of territory", "government", "opposition", "Daraa", "")],
        ),
        (
            "Al-Nusra and its allies made a rapid evacuation out of Sheikh Miskeen.",
            [("Non-violent transfer of territory", "hts", "", "Shaykh Miskīn", "")],
        ),
        (
            "The NDF managed to get back the village (Aqarib) and defeat the terrorists.",
            [(_GOV, "government", "", "Aqarib", "government")],
        ),
        ("Civilians demanded to get back the bodies of their relatives from Aqarib.", []),
        # (review) a place typed and qualified before its side ("the southern district of X from ISIS terrorists");
        # a side's offensive a purpose would prevent
        (
            "Army units cleansed the southern district of Hajar al-Aswad from ISIS terrorists.",
            [(_GOV, "government", "isis", "Al Ḩajar al Aswad", "government")],
        ),
        ("Turkey sent troops to Idlib in a bid to prevent a large-scale government offensive.", []),
        # (review) no fight without an armed side: a search, demining, an aid team, people fleeing, a planned
        # evacuation, papers got back
        ("The SDF carried out a security campaign in al-Hol camp, arresting dozens of ISIS suspects.", []),
        ("Syrian army engineers carried out operations in Palmyra to clear mines left by IS.", []),
        ("An evacuation out of Foua and Kefraya is planned for Friday under the four-towns deal.", []),
        ("An ICRC team entered rebel districts in Aleppo to assess damage.", []),
        (
            "Families fleeing Syrian army bombardment reached the outskirts of Azaz on Saturday.",
            [("Shelling/artillery/missile attack", "government", "civilians", "Azaz", "")],
        ),
        ("The families got back Aleppo residency papers after months of waiting.", []),
        (
            "The army managed to get back Abu Duhur airport from jihadists, state TV said.",
            [(_GOV, "government", "", "Abu al-Duhur Military Airbase", "government")],
        ),
        (
            "Rebels are leaving al-Dumayr, a monitor said, under a surrender deal.",
            [("Non-violent transfer of territory", "opposition", "", "Al-Dumayr", "")],
        ),
        # "fighters for" a side are its men
        (
            "On November 1, fighters for the Syrian Democratic Forces attacked the Islamic State (IS) near al-Hawl, "
            "approximately forty kilometers east of al-Hasakah.",
            [("Armed clash", "sdf", "isis", "Al-Hol", "")],
        ),
    ],
)
def test_what_stop_60s_second_rules_read(gaz, actors, text, expected):
    assert _told_sides(gaz, actors, text, dt.date(2015, 11, 2)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the SDF by its wire names; a speaker's "their fighters"; men who surrender to a side are taken, no ground
        (
            'Kurdish-majority forces have announced they "fully liberated" Tabqa Dam on Wednesday from ISIS.',
            [(_NSA, "sdf", "isis", "Tabqa Dam", "sdf")],
        ),
        ("United States-backed forces captured the town of Tabqa.", [(_NSA, "sdf", "", "Tabqa", "sdf")]),
        (
            "A statement by the Syrian Democratic Forces said their fighters “liberated the neighborhood of "
            "Al-Romaniya on the western front of Raqqa.”",
            [(_NSA, "sdf", "", "al-Rumaniyah", "sdf"), (_NSA, "sdf", "", "Raqqa", "")],
        ),
        (
            "About 70 fighters of the Islamic State group have surrendered to the US-backed Syrian Democratic Force "
            "near Tabqa.",
            [("Arrests", "sdf", "isis", "Tabqa", "")],
        ),
        ("Syrian ISIS militants surrendered to the SDF in Raqqa.", [("Arrests", "sdf", "isis", "Raqqa", "")]),
        (
            "The rebels surrendered Qaboun to the army.",
            [("Non-violent transfer of territory", "government", "opposition", "Al-Qabun", "government")],
        ),
        # hopes, plans, hypotheses, an act as the subject of a modal: nothing done (a source's doubt is no hypothesis)
        ("US-backed Kurdish troops hope to reach and overrun Markadah.", []),
        ("The terrorists were planning to stage a fake chemical attack on Douma.", []),
        ("If the agreement is successfully implemented, the army will get full control over Harasta.", []),
        ("If the army shells Douma again, the rebels will respond.", []),
        ("It is yet to be seen if the Syrian Army commits to an attack on Misraba tonight.", []),
        (
            "It was not clear if the strike on Douma was carried out by Russian or Syrian jets.",
            [("Air/drone strike", "unidentified", "government", "Douma", "")],
        ),
        ("Capturing Ma'dan will put the Syrian forces on the borders of Deir ez-Zor province.", []),
        ("Retaking Palmyra would be the army's next goal.", []),
        # an opening participle's doer is the subject after its comma
        (
            "Having secured control of the Tabqa airbase, the SDF is pushing towards the dam.",
            [(_NSA, "sdf", "", "Tabqa Military Airbase", "sdf")],
        ),
        ("Capturing Ma'dan, the army opened the road.", [(_GOV, "government", "", "Ma'dan", "government")]),
        # a holder described after a comma holds; a participle after a clause acts
        (
            "Leaders of the Failak Ar-Rahman militant group, controlling the Arbin, Ein Tarma and Zamalka suburbs of "
            "Damascus, announced readiness to withdraw.",
            [],
        ),
        (
            "The army advanced on Sunday, controlling Arbin and Zamalka.",
            [(_GOV, "government", "", "Arbin", "government"), (_GOV, "government", "", "Zamalka", "government")],
        ),
        # a town's site in its possessive is taken near the town, which does not change hands
        (
            "United States-backed forces said on Tuesday that they had captured Raqa’s state hospital.",
            [(_NSA, "sdf", "", "Raqqa", "")],
        ),
        # allies set off between "seized control" and its object; a named area's unnamed town cleared of a side
        (
            "Turkey seized control, with the help of Syrian rebel allies, of the Jinderes town in Afrin.",
            [(_NSA, "turkey", "", "Jindires", "turkey")],
        ),
        (
            "Turkish forces and the Free Syrian Army cleared another town centre in Syria’s Afrin region from "
            "terrorists on Thursday.",
            [(_NSA, "turkey", "unidentified", "Afrin", "")],
        ),
        ("Sappers cleared another village in the Afrin region from mines on Thursday.", []),
        # property broken into, set on fire, burnt (a weapon's fire is its strike); a force on its rounds
        (
            "The pro-Ankara fighters broke into shops, restaurants and houses in Afrin.",
            [("Looting/property destruction", "turkey", "civilians", "Afrin", "")],
        ),
        (
            "Some fighters were also seen setting fire to shops in Afrin.",
            [("Looting/property destruction", "unidentified", "civilians", "Afrin", "")],
        ),
        (
            "Shelling set fire to houses in Afrin.",
            [("Shelling/artillery/missile attack", "unidentified", "", "Afrin", "")],
        ),
        (
            "The Ahrar al-Sham Movement had started burning its headquarters and ammo depots in Harasta.",
            [("Looting/property destruction", "opposition", "civilians", "Harasta", "")],
        ),
        ("Russian military police had begun patrolling Douma.", [("Other", "russia", "", "Douma", "")]),
        (
            "Rebels patrolling Douma were shelled.",
            [("Shelling/artillery/missile attack", "unidentified", "opposition", "Douma", "")],
        ),
        # a town left by its people is no withdrawal; by a side's fighters it is
        ("Jinderes was evacuated by its residents on Thursday.", []),
        (
            "Jinderes was evacuated by YPG fighters on Thursday.",
            [("Non-violent transfer of territory", "sdf", "", "Jindires", "")],
        ),
        # ground gained by an armed side
        (
            "The SDF have reportedly gained more area from ISIS near al-Suwar town.",
            [(_NSA, "sdf", "isis", "As Suwar", "")],
        ),
        ("The SDF gained ground near al-Suwar.", [("Armed clash", "sdf", "", "As Suwar", "")]),
        ("The far-right party gained ground in the elections in Damascus.", []),
        # a list's last name after ", and", with the part of the province the list lies in
        (
            "The Syrian Democratic Forces managed to liberate several villages from the Islamic State terrorists, "
            "including Al-Mushayrifah, Abu Hurirah, Al-Karin, and Al-Muhamiyah in western Al-Raqqa.",
            [
                (_NSA, "sdf", "isis", "Mushayrifah", "sdf"),
                (_NSA, "sdf", "isis", "Abu Hurirah", "sdf"),
                (_NSA, "sdf", "isis", "Al-Karin", "sdf"),
                (_NSA, "sdf", "isis", "Al-Muhamiyah", "sdf"),
            ],
        ),
        (
            "Warplanes struck Mushayrifah, and Al-Karin in western Raqqa was shelled by the army.",
            [
                ("Air/drone strike", "unidentified", "", "Mushayrifah", ""),
                ("Shelling/artillery/missile attack", "government", "", "West part of Raqqa governorate", ""),
            ],
        ),
        # where a rocket came from is not where it hit
        (
            "A rocket fired from the Syrian region of Afrin struck the Turkish border town of Kilis on Wednesday.",
            [("Shelling/artillery/missile attack", "unidentified", "", "Kilis", "")],
        ),
        (
            "Rockets fired from Afrin hit Kilis.",
            [("Shelling/artillery/missile attack", "unidentified", "", "Kilis", "")],
        ),
        (
            "Regime forces fired rockets from Hama at Lataminah.",
            [("Shelling/artillery/missile attack", "government", "", "Al-Lataminah", "")],
        ),
    ],
)
def test_what_stop_61s_rules_read(gaz, actors, text, expected):
    assert _told_sides(gaz, actors, text, dt.date(2018, 3, 2)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A landmine exploded in Rajo, killing two children.",
            [("Remote explosive/landmine/IED", "unidentified", "civilians", "Raju", "")],
        ),
        # where a deal sends a side is no place of the deal
        (
            "An agreement was reached to have Jaish al-Islam leave Douma and go to Jarablos.",
            [("Agreement", "opposition", "", "Douma", "")],
        ),
        (
            "An agreement was reached in Douma and in Harasta.",
            [("Agreement", "unidentified", "", "Douma", ""), ("Agreement", "unidentified", "", "Harasta", "")],
        ),
        # a named quarter's bearing from its town only locates it
        (
            "Russian military police have started deploying in Douma district in east of Syrian capital Damascus.",
            [("Other", "russia", "", "Douma", "")],
        ),
        (
            "SDF said they captured al-Romaniya neighbourhood west of Raqqa city early on Monday.",
            [(_NSA, "sdf", "", "al-Rumaniyah", "sdf")],
        ),
        (
            "Warplanes struck the al-Mashlab neighbourhood and west of Raqqa city.",
            [
                ("Air/drone strike", "unidentified", "", "al-Mishlab", ""),
                ("Air/drone strike", "unidentified", "", "Raqqa", ""),
            ],
        ),
        # a stronghold abandoned; inroads made by an armed side; the wire's "offense on" a place
        (
            "Rebels began abandoning their stronghold in Douma on Monday.",
            [("Non-violent transfer of territory", "opposition", "", "Douma", "")],
        ),
        ("Turkish forces made inroads into Afrin on Monday.", [("Armed clash", "turkey", "", "Afrin", "")]),
        ("The party made inroads into the elections in Damascus.", []),
        (
            "The offense on Afrin was launched early on Sunday morning, the Turkish DHA news agency reported.",
            [("Armed clash", "unidentified", "", "Afrin", "")],
        ),
        ("The court said the offense against the law was committed in Damascus.", []),
        # "surrounding" as an adjective is no siege
        (
            "Warplanes struck Raqqa and the surrounding villages.",
            [("Air/drone strike", "unidentified", "", "Raqqa", "")],
        ),
        ("The SDF took seven villages and surrounding territory east of Raqqa.", []),
        (
            "The SDF took seven villages in the countryside of Raqqa.",
            [(_NSA, "sdf", "", "Raqqa governorate", "")],
        ),
        ("ISIS took seven soldiers prisoner near Raqqa.", []),
        ("The army is surrounding Raqqa.", [("Armed clash", "government", "", "Raqqa", "")]),
        # an enclave or region of a town after the place taken only locates it
        (
            "Turkey on Thursday captured the strategic town of Jinderes in the Kurdish-held enclave of Afrin in "
            "northwestern Syria.",
            # (stop 76: "Kurdish-held" names the side that held it)
            [(_NSA, "turkey", "sdf", "Jindires", "turkey")],
        ),
        (
            "Turkish jets struck Jinderes and the region of Afrin.",
            [("Air/drone strike", "turkey", "", "Jindires", ""), ("Air/drone strike", "turkey", "", "Afrin", "")],
        ),
        # control earned (a name the gazetteer lacks, taken after a fight, is read as ground won near the fight's place,
        # as "took control of several farms")
        (
            "The army earned full control over Harasta on Thursday.",
            [(_GOV, "government", "", "Harasta", "government")],
        ),
        ("The army earned praise in Harasta.", []),
        (
            "The army forces engaged in clashes with the terrorists in Eastern Ghouta and earned full control over Wadi "
            "Ein Tarma region.",
            [(_GOV, "government", "unidentified", "Eastern Ghouta", "")],
        ),
        (
            "The army clashed with rebels in Eastern Ghouta and took control of several farms.",
            [(_GOV, "government", "opposition", "Eastern Ghouta", "")],
        ),
        # (reviews) what the stop's rules must leave alone: a hope or a plan in a relative clause or an aside, a clause
        # of its own after a hypothesis, a noun's modal, a relative clause inside an opening phrase, a holder's comma
        # after a verb or a fresh win, mines and families cleared, break-ins to arrest or by thieves, a riot's fire, a
        # convoy described, the People's Protection Units, a gain told by its capture, a site named after its type,
        # a rocket's target after "towards"
        (
            "Residents who had hoped to return to Tal Abyad were shelled by Turkish-backed factions on Monday.",
            [("Shelling/artillery/missile attack", "turkey", "", "Tell Abyad", "")],
        ),
        (
            "The army, which had been planning to attack Kafr Nabudah for weeks, captured the town on Wednesday.",
            [(_GOV, "government", "", "Kafr Nabudah", "government")],
        ),
        (
            "It remains to be seen whether the SDF can hold Tabqa after it captured the town from Islamic State on Wednesday.",
            [(_NSA, "sdf", "isis", "Tabqa", "sdf")],
        ),
        (
            "If the army shells Douma again, the rebels will retaliate against Damascus, a Jaish al-Islam official said.",
            [],
        ),
        (
            "Shelling hit the border town of Qamishli on Friday and could intensify, Kurdish officials said.",
            [("Shelling/artillery/missile attack", "unidentified", "", "Qamishli", "")],
        ),
        (
            "Storming al-Bab may cost the Turkish army dozens of soldiers.",
            [],
        ),
        (
            "Having retaken Palmyra, which Islamic State seized in May, the army now controls the road to Deir ez-Zor.",
            [(_GOV, "government", "", "Palmyra", "government")],
        ),
        (
            "The SDF advanced against ISIS militants, controlling the village of Hazima north of Raqqa.",
            [(_NSA, "sdf", "", "Al Huzaymah", "sdf")],
        ),
        (
            "Government forces, controlling the town of Beit Sawa after fierce clashes, pushed deeper into Eastern Ghouta.",
            [
                (_GOV, "government", "", "Beit Sawa", "government"),
                ("Armed clash", "unidentified", "", "Eastern Ghouta", ""),
            ],
        ),
        (
            "Engineering units cleared a village near Manbij of IEDs planted by ISIS.",
            [("Remote explosive/landmine/IED", "isis", "", "Manbij", "")],
        ),
        (
            "Security forces broke into houses in Baniyas, arresting dozens of men, activists said.",
            [],
        ),
        (
            "Thieves broke into shops in Jaramana overnight, a local page said.",
            [],
        ),
        (
            "Militiamen were breaking into stores in Aleppo's Salaheddine district.",
            [("Looting/property destruction", "unidentified", "civilians", "Salaheddine", "")],
        ),
        (
            "Protesters set fire to the headquarters of the Baath Party in Sweida.",
            [("Peaceful protest", "protesters", "", "As-Suwayda", "")],
        ),
        (
            "A roadside bomb hit a joint Russian-Turkish convoy that had started patrolling the M4 near Ariha.",
            [("Remote explosive/landmine/IED", "unidentified", "russia", "Ariha", "")],
        ),
        (
            "Tal Abyad was evacuated by the People's Protection Units, a Kurdish official said.",
            [("Non-violent transfer of territory", "sdf", "", "Tell Abyad", "")],
        ),
        (
            "Regime forces gained further territory from HTS in southern Idlib, capturing the village of Tah.",
            [(_GOV, "government", "", "Al-Tah", "government")],
        ),
        (
            "The Syrian army retook Aleppo's industrial zone of Sheikh Najjar after weeks of fighting.",
            [(_GOV, "government", "", "Shaykh Najjar", "")],
        ),
        (
            "Rockets were fired from Idlib towards Hmeimim airbase, the Russian military said.",
            [("Shelling/artillery/missile attack", "unidentified", "russia", "Khmeimim Air Base", "")],
        ),
        (
            "Mortar rounds fired from rebel-held Jobar landed near the Abbasiyyin square.",
            [("Shelling/artillery/missile attack", "unidentified", "", "Abbasiyyin", "")],
        ),
        (
            "The Islamic State group has gained ground from the chaos in Deir ez-Zor.",
            [],
        ),
        # (second reviews) a plan's reach and a verb of its own after it; a condition's relative clause; an
        # indefinite act to come; a gerund's longer object; a past win; a gain told by unnamed places; a possessive
        # cause; an origin's adjectives; a blast told beside mines found; break-ins by armed men, for food, or to
        # enforce a closure; a patrol of a named service; a quarter's bearing after a comma; a source after a list
        (
            "YPG fighters were hoping to link Kobani and Jazira cantons by capturing Tal Abyad.",
            [],
        ),
        (
            "The coalition said it was planning to increase air strikes around Raqqa and struck ISIS positions in the Mishlab district on Thursday.",
            [("Air/drone strike", "unidentified", "isis", "al-Mishlab", "")],
        ),
        (
            "If Jaish al-Islam fighters who refuse the deal attack army positions in Douma, Russia will resume air strikes.",
            [],
        ),
        (
            "If a Turkish offensive on Tal Abyad goes ahead, the SDF will pull its forces from the fight against Islamic State.",
            [],
        ),
        (
            "If Turkish drones hit Saraqeb again, Russia will respond, Moscow warned.",
            [],
        ),
        (
            "Bombing eastern Aleppo will not force the rebels to surrender, the opposition said.",
            [],
        ),
        (
            "Retaking the Islamic State stronghold of Deir ez-Zor in the east will be the army's next goal.",
            [],
        ),
        (
            "Shelling hit Kafr Nabudah on Saturday as government forces could not advance.",
            [("Shelling/artillery/missile attack", "government", "", "Kafr Nabudah", "")],
        ),
        (
            "The SDF, controlling Tabqa after driving out Islamic State in May, handed the city to a civilian council.",
            [],
        ),
        (
            "Government troops gained more territory from rebels east of Abu al-Duhur, seizing several villages.",
            [(_GOV, "government", "opposition", "Abu al-Duhur", "")],
        ),
        (
            "Government forces have gained ground from Russia's air campaign in Latakia, a U.S. official said.",
            [],
        ),
        (
            "Shells fired from the besieged town of Foua hit Binnish, killing two civilians.",
            [("Shelling/artillery/missile attack", "unidentified", "civilians", "Binnish", "")],
        ),
        (
            "Two landmines were found near the road to Nawa and one of them exploded as engineers tried to defuse it, killing a soldier.",
            [("Remote explosive/landmine/IED", "unidentified", "", "Nawa", "")],
        ),
        (
            "Syrian Army troops engaged in heavy fighting with ISIS in the eastern countryside of Homs and took control of the al-Hail oil field.",
            [(_GOV, "government", "isis", "East part of Homs governorate", "")],
        ),
        (
            "Armed men broke into dozens of houses in Jabal al-Akrad and set fire to them.",
            [("Looting/property destruction", "unidentified", "civilians", "Jabal al Akrad", "")],
        ),
        (
            "Rebel fighters broke into stores in Aleppo's Salaheddine neighbourhood in search of food and medicine.",
            [("Looting/property destruction", "opposition", "civilians", "Salaheddine", "")],
        ),
        (
            "During the military campaign, Turkish-backed militiamen broke into shops in Ras al-Ain and stole goods.",
            [("Looting/property destruction", "unidentified", "civilians", "Ras al-Ayn", "")],
        ),
        (
            "HTS police broke into restaurants in Idlib city to enforce the closure during prayer time.",
            [],
        ),
        (
            "Members of the General Security Service began patrolling the streets of Homs.",
            [("Other", "unidentified", "", "Homs", "")],
        ),
        (
            "The SDF seized the Hisham bin Abdul Malik neighbourhood, south of Raqqa city, after breaching the old city wall.",
            [(_NSA, "sdf", "", "Hisham bin Abd al-Malik", "sdf")],
        ),
        (
            "The army took Khan al-Asal, SANA said.",
            [(_GOV, "government", "", "Khan al-Asal", "government")],
        ),
        # (third review) a plan's act in its base form, not the subject's own past verb; a condition only waiting for
        # confirmation; a relative clause's act two words on; a modal after a verb of the gerund phrase's own; "the last
        # holdouts" is no date; a side's proxies; an adjective before the place a gain's capture names; a search for men;
        # rescuers; an earlier blast; people abandoning a town; inroads into a market; a perfect infinitive planned
        (
            "Rebels hoping to break the siege of Aleppo attacked government positions in the Ramouseh area on Sunday, a rebel commander said.",
            [("Armed clash", "opposition", "government", "Aleppo", "")],
        ),
        (
            "Government forces are planning to advance on Jisr al-Shughur and have already taken the village of Ishtabraq.",
            [(_GOV, "government", "", "Ishtabraq", "government")],
        ),
        (
            "If an Israeli air strike that killed five Iranian officers near Damascus is confirmed, it would be the deadliest this year.",
            [("Air/drone strike", "israel", "iran", "Damascus", "")],
        ),
        (
            "It remains to be seen whether the rebels who broke the siege of Aleppo at Ramouseh can hold the corridor.",
            [("Armed clash", "unidentified", "", "Aleppo", "")],
        ),
        (
            "Shelling Ariha since Friday has displaced thousands of families who may not return for months.",
            [("Shelling/artillery/missile attack", "unidentified", "", "Ariha", "")],
        ),
        (
            "Storming the heavily fortified rebel enclave of Douma in eastern Ghouta could cost the army thousands of lives.",
            [],
        ),
        (
            "The SDF, controlling Baghouz after fierce clashes with the last Islamic State holdouts, declared victory on Saturday.",
            [(_NSA, "sdf", "isis", "Al-Baghuz Fawqani", "sdf")],
        ),
        (
            "Kurdish forces gained ground from Turkey's proxies near Tal Rifaat, the YPG said.",
            [(_NSA, "sdf", "turkey", "Tell Rifaat", "")],
        ),
        (
            "The army gained territory from ISIS east of Homs, retaking the strategic Jazal oil field.",
            [(_GOV, "government", "", "Jazal field", "government")],
        ),
        (
            "Militiamen broke into restaurants in Jableh in search of wanted men.",
            [],
        ),
        (
            "Members of the Civil Defence service broke into the shops to put out the fire that engulfed the market in Idlib city.",
            [],
        ),
        (
            "Engineers removed mines planted by ISIS in Manbij, a week after a blast killed 10 civilians in the city.",
            [],
        ),
        (
            "Civilians began abandoning the town of Saraqeb.",
            [],
        ),
        (
            "Russia is making inroads in Syria's reconstruction market, winning contracts in Homs.",
            [],
        ),
        (
            "The army hopes to have earned full control over the southern countryside of Idlib by the end of the year.",
            [],
        ),
        # (last review) a headline's present "begin patrolling"; counted villages cleared of a side; allies between
        # commas before "the town of"; a toll told where the shells fell; a single house broken into and robbed
        ("Russian military police begin patrolling Saraqeb outskirts", [("Other", "russia", "", "Saraqib", "")]),
        (
            "Turkish forces cleared two more villages in Afrin of YPG terrorists on Monday.",
            [(_NSA, "turkey", "sdf", "Afrin", "")],
        ),
        (
            "Sappers cleared two villages in Afrin of mines.",
            [("Remote explosive/landmine/IED", "unidentified", "", "Afrin", "")],
        ),
        (
            "Turkey seized control, with the backing of Syrian rebel allies, of the town of Rajo.",
            [(_NSA, "turkey", "", "Raju", "turkey")],
        ),
        (
            "Shells fired from rebel-held Jobar killed three people in the Bab Touma district of Damascus.",
            [("Shelling/artillery/missile attack", "unidentified", "civilians", "Bab Tuma", "")],
        ),
        (
            "Unidentified gunmen broke into a house in Busra al-Sham and stole gold.",
            [("Looting/property destruction", "unidentified", "civilians", "Busra al-Sham", "")],
        ),
    ],
)
def test_what_stop_61s_second_rules_read(gaz, actors, text, expected):
    assert _told_sides(gaz, actors, text, dt.date(2018, 3, 2)) == expected


def test_mines_searched_for_or_swept_are_no_explosion(gaz, actors):
    """ "while mines are being searched and swept", "combing the area for land mines": mines dealt with, none exploded
    (read as the benchmark reads a lede, as a title); a mine that exploded is an explosion."""
    for title, fight in (
        (
            "Clashes continue in Rajo as Turkish forces thwart attacks by militants who are yet to surrender, while "
            "mines are being searched and swept.",
            ("Armed clash", "Raju"),
        ),
        (
            "Limited fighting was reported in Afrin town while the Turkish military said it was combing the area for "
            "land mines and explosives.",
            ("Armed clash", "Afrin"),
        ),
    ):
        told = _events(gaz, actors, "", dt.date(2018, 3, 2), title=title)
        assert [(e.sub_event_type, e.place.name) for e in told] == [fight]
    blast = _events(gaz, actors, "", dt.date(2018, 3, 2), title="A landmine exploded in Rajo, killing two children.")
    assert [(e.sub_event_type, e.place.name) for e in blast] == [("Remote explosive/landmine/IED", "Raju")]


def test_continues_to_control_in_a_headline_is_who_holds_it(gaz, actors):
    """A headline's "X to control Y" is an intent and "X controls Y" a capture, but "continues to control" is a state."""
    told = _events(
        gaz, actors, "", dt.date(2015, 11, 2), title="The IS continues to control several districts of Hasakah"
    )
    assert told == []
    sought = _events(gaz, actors, "", dt.date(2015, 11, 2), title="IS seeks to control Hasakah")
    assert [(e.sub_event_type, e.actor1, e.place.name) for e in sought] == [("Armed clash", "isis", "Al-Hasakah")]


def test_a_headline_verb_with_its_object_place_after_a_place_is_active(gaz, actors):
    """ "Syrian army says Aleppo retaken": a place right before a headline's participle was taken; but a verb with
    its object place after it is the subject's act ("Rebels fighting the army in Hama captured Kafr Zita")."""
    told = _events(gaz, actors, "", dt.date(2015, 11, 2), title="Rebels fighting the army in Hama captured Kafr Zita")
    assert [(e.sub_event_type, e.actor1, e.place.name, e.new_controller) for e in told] == [
        ("Non-state actor overtakes territory", "opposition", "Kafr Zita", "opposition")
    ]
    said = _events(gaz, actors, "", dt.date(2015, 11, 2), title="Syrian army says Aleppo retaken")
    assert [(e.sub_event_type, e.actor1, e.place.name) for e in said] == [
        ("Government regains territory", "government", "Aleppo")
    ]


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # after "the hills/heights/hilltops of" (and "the nearby areas of") a hill's own name is the hill taken; a
        # village's or a town's is high ground around it, even a town named "Tal …"
        (
            "2017-12-19",
            "The army captured the hills of Tal al-Zaba’a, Kafr Hoor, Bardaya and Tal Shahab near Beit Jinn.",
            [
                (_GOV, "government", "", "Tal al-Zaba’a", "government"),
                (_GOV, "government", "", "Kafr Hawar", ""),
                (_GOV, "government", "", "Bardaya", ""),
                (_GOV, "government", "", "Tal Shahab", "government"),
            ],
        ),
        (
            "2017-12-19",
            "The army regained the heights of Latakia and Idlib.",
            [(_GOV, "government", "", "Latakia", ""), (_GOV, "government", "", "Idlib", "")],
        ),
        (
            "2017-12-19",
            "The regime's forces recaptured the hills of Tal Rifaat and Kafr Naya.",
            [(_GOV, "government", "", "Tell Rifaat", ""), (_GOV, "government", "", "Kafr Naya", "")],
        ),
        (
            "2016-02-15",
            "Rebels captured the hilltops of Tal SyriaTel and Tal Qinsarin after a fierce battle.",
            [
                ("Non-state actor overtakes territory", "opposition", "", "Tall Syriatel", "opposition"),
                ("Non-state actor overtakes territory", "opposition", "", "Tal Qinsarin", "opposition"),
            ],
        ),
        (
            "2017-12-19",
            "The army took control of the nearby areas of Kafr Zita and al-Latamneh after the rebels withdrew.",
            # (stop 77: the side that withdrew in the "after" clause is the one the places were taken from)
            [
                (_GOV, "government", "opposition", "Kafr Zita", ""),
                (_GOV, "government", "opposition", "Al-Lataminah", ""),
            ],
        ),
        # a passive taken "from" the loser, with its time, then "by" the winner
        (
            "2016-04-09",
            "Further north, the town of Qarytain was taken from ISIL fighters earlier this month by Syrian government "
            "forces.",
            [(_GOV, "government", "isis", "Al-Qaryatayn", "government")],
        ),
        ("2016-04-09", "Ten civilians were taken from their homes by ISIS.", []),
        ("2016-04-09", "Aid was taken from warehouses in Douma by armed men, residents said.", []),
        ("2016-04-09", "He was taken from his home in Qamishli last night by Asayish security forces.", []),
        ("2016-04-09", "The photographs were taken in Palmyra last week by an Islamic State supporter.", []),
        # the year of a named war dates the act long before (not a zone's year)
        ("2017-12-30", "Israel captured the Golan Heights from Syria during the 1967 Six Day War.", []),
        ("2017-12-30", "Israel captured the Golan Heights in the 1967 war.", []),
        (
            "2019-07-01",
            "Israeli tanks shelled Syrian army positions near Quneitra in the 1974 disengagement zone.",
            [("Shelling/artillery/missile attack", "israel", "government", "Quneitra", "")],
        ),
        # where they went, after a bearing and a province; the second province of a list of destinations
        (
            "2017-12-30",
            "Rebels left the village of Beit Jinn on Saturday toward the southern province of Daraa.",
            [("Non-violent transfer of territory", "opposition", "", "Beit Jinn", "")],
        ),
        (
            "2017-12-30",
            "Six buses evacuated 153 people, taking them to the southern province of Dera’a and the northwestern "
            "province of Idlib.",
            [],
        ),
        # "besieged" after a verb of arriving or leaving describes the place; an armed side reaching it advances
        ("2016-01-01", "Red Crescent trucks entered besieged districts of Moadamiyeh carrying flour.", []),
        (
            "2017-09-05",
            "The army reached besieged Deir ez-Zor, breaking a three-year ISIS siege.",
            [("Armed clash", "government", "isis", "Deir ez-Zor", "")],
        ),
        (
            "2014-05-07",
            "Rebels began leaving besieged Homs on Wednesday under a deal with the government.",
            [("Non-violent transfer of territory", "opposition", "government", "Homs", "")],
        ),
        ("2017-08-01", "The jihadists withdrew toward the southeastern region of Raqqa.", []),
        # containers: a coastal province; the district of a town in a province; ", near the Israeli-occupied X"; a
        # region after a comma and an aside in brackets
        (
            "2016-01-24",
            "The Syrian Arab Army has gained full control over the town of Rabiah in the coastal province of Latakia.",
            [(_GOV, "government", "", "Rabia", "government")],
        ),
        (
            "2015-10-11",
            "Syrian soldiers managed to wrest complete control of al-Bahsa Village in the al-Suqaylabiyah district of "
            "Hama Province on October 9.",
            [(_GOV, "government", "", "Al Bahsa", "government")],
        ),
        (
            "2015-02-12",
            "Syria’s army said it repulsed a major rebel offensive against its positions in Quneitra Province, near "
            "the Israeli-occupied Golan Heights.",
            [("Armed clash", "opposition", "government", "Quneitra", "")],
        ),
        (
            "2017-08-28",
            "IS fighters and their families were evacuated from Qara, western Qalamun (around the Syrian-Lebanese "
            "border) on Monday.",
            [("Non-violent transfer of territory", "unidentified", "isis", "Qārah", "")],
        ),
    ],
)
def test_what_stop_62s_rules_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # "carried out intensive operations": a word of degree before the operations; the subject before a partner
        # set off by commas (not a new conjunct)
        (
            "2017-08-20",
            "Syrian Army units, in coordination with Hezbollah, carried out intensive operations against Daesh in "
            "Jarajir and Qarrah.",
            [("Armed clash", "government", "isis", "Jarajir", ""), ("Armed clash", "government", "isis", "Qārah", "")],
        ),
        ("2017-12-20", "Civil defence teams carried out intensive operations in Douma to search for survivors.", []),
        # "laid siege on", "imposed a siege on" in a report's body: the light verb's past, an act (not a state)
        (
            "2017-12-20",
            "The army has laid complete siege on Mughur al-Mir after the recent advances.",
            [("Armed clash", "government", "", "Mughr al-Mir", "")],
        ),
        (
            "2017-12-20",
            "The army imposed a siege on Beit Jinn on Monday.",
            [("Armed clash", "government", "", "Beit Jinn", "")],
        ),
        # an "after" clause answered by a reaction that is no act of its own is the news
        (
            "2015-06-17",
            "He made the comments after Syrian rebels surrounded the Druze village of Khadr and took a hilltop.",
            [("Armed clash", "opposition", "", "Al Khadr", "")],
        ),
        (
            "2015-06-17",
            "The UN voiced alarm on Monday after air strikes killed 20 civilians in Saraqib.",
            [("Air/drone strike", "unidentified", "civilians", "Saraqib", "")],
        ),
        (
            "2015-06-17",
            "Rebels shelled Aleppo after air strikes killed 20 civilians in Saraqib.",
            [("Shelling/artillery/missile attack", "opposition", "", "Aleppo", "")],
        ),
        # "as well as the nearby areas of A and B": the places named; a city among them is ground around it, and
        # villages in the areas of two cities are unnamed places
        (
            "2015-02-12",
            "Troops gained control of the town of Deir al-Adas, as well as the nearby areas of Tal al-Arous and Tal "
            "al-Sarjeh.",
            [
                (_GOV, "government", "", "Dayr al Adas", "government"),
                (_GOV, "government", "", "Tell al Arus", "government"),
                (_GOV, "government", "", "Tall Sarja", "government"),
            ],
        ),
        (
            "2015-02-12",
            "Rebels captured villages in the areas of Idlib and Hama.",
            [
                ("Non-state actor overtakes territory", "opposition", "", "Idlib", ""),
                ("Non-state actor overtakes territory", "opposition", "", "Hama", ""),
            ],
        ),
        (
            "2015-02-12",
            "The army captured the town of Kabani, as well as the areas of Idlib and Hama.",
            [
                (_GOV, "government", "", "Kabani", "government"),
                (_GOV, "government", "", "Idlib", ""),
                (_GOV, "government", "", "Hama", ""),
            ],
        ),
    ],
)
def test_what_stop_62s_second_rules_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # a place that surrenders to a side goes to it (its holder unnamed); men who surrender are no place's
        (
            "2018-03-20",
            "The town of Kafr Batna surrendered to the army on Monday.",
            [("Non-violent transfer of territory", "government", "", "Kafr Batna", "government")],
        ),
        ("2018-03-20", "Dozens of fighters in Kafr Batna surrendered to the army.", []),
        (
            "2018-03-20",
            "The rebels surrendered Kafr Batna to the army on Monday.",
            [("Non-violent transfer of territory", "government", "opposition", "Kafr Batna", "government")],
        ),
        # an opening "Abandoning X," by the armed side after its comma (not civilians)
        (
            "2019-08-20",
            "Abandoning Khan Sheikhoun, rebels withdrew south towards Morek.",
            [("Non-violent transfer of territory", "opposition", "", "Khan Shaykhun", "")],
        ),
        ("2019-08-20", "Abandoning Saraqib, thousands of civilians fled north.", []),
        # an outlet named for a place ("Halab Today", "Deir Ezzor 24") is a source, not the place; "Aleppo today" is
        (
            "2018-03-20",
            "Regime forces shelled Kafr Nabl and Hass, Halab Today reported.",
            [
                ("Shelling/artillery/missile attack", "government", "", "Kafranbel", ""),
                ("Shelling/artillery/missile attack", "government", "", "Hass", ""),
            ],
        ),
        (
            "2018-03-20",
            "IS cells attacked an SDF checkpoint in Diban, Deir Ezzor 24 said.",
            [("Armed clash", "isis", "sdf", "Dhiban", "")],
        ),
        (
            "2018-03-20",
            "Regime forces shelled Aleppo today, killing five.",
            [("Shelling/artillery/missile attack", "government", "", "Aleppo", "")],
        ),
    ],
)
def test_what_stop_62s_third_rules_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


_NSA = "Non-state actor overtakes territory"


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # the hills of a list: a town anywhere in it is ground around it; an item with its own type word is that place
        (
            "2017-01-20",
            "Kurdish fighters captured the hills of Maraanaz, Ain Daqna and Tal Rifaat, according to the Syrian "
            "Observatory.",
            [
                (_NSA, "sdf", "", "Maranaz", ""),
                (_NSA, "sdf", "", "Ayn Daqnah", ""),
                (_NSA, "sdf", "", "Tell Rifaat", ""),
            ],
        ),
        (
            "2017-01-20",
            "Syrian troops captured the hills of Tal Shihab, the town of Nawa and several farms.",
            [(_GOV, "government", "", "Tall Shihab", ""), (_GOV, "government", "", "Nawa", "government")],
        ),
        # only a province's capital among "the areas of" is ground around it (not Saraqib, nor "Deir ez-Zor city")
        (
            "2020-02-01",
            "The army captured the areas of Saraqib, Tal Mardikh, Jobas and Afis, SANA reported.",
            [
                (_GOV, "government", "", "Saraqib", "government"),
                (_GOV, "government", "", "Mardikh", "government"),
                (_GOV, "government", "", "Afis", "government"),
            ],
        ),
        (
            "2017-10-20",
            "Syrian troops liberated the areas of al-Mayadin and Deir ez-Zor city, state media said.",
            [
                (_GOV, "government", "", "Al-Mayadin", "government"),
                (_GOV, "government", "", "Deir ez-Zor", "government"),
            ],
        ),
        # the passive's subject is the place itself ("Raqqa city"), not its people; "from the hands of" the loser
        ("2017-10-20", "The women of Hawija were taken from Islamic State prisons by SDF fighters on Monday.", []),
        (
            "2017-10-20",
            "Raqqa city was taken from regime forces yesterday by rebels.",
            [(_NSA, "opposition", "government", "Raqqa", "opposition")],
        ),
        (
            "2017-10-20",
            "Palmyra was taken from the hands of Daesh today by the Syrian army.",
            [(_GOV, "government", "isis", "Palmyra", "government")],
        ),
        # an entry by an armed side through the adjectives of the place; no entry by reporters
        (
            "2016-12-01",
            "Regime troops entered rebel-held Douma on Monday.",
            [("Armed clash", "government", "opposition", "Douma", "")],
        ),
        ("2016-12-01", "Reporters entered eastern Aleppo on Monday.", []),
        # a siege laid long before or lasting since a year is no act of the day; no siege in "siege lines"
        ("2016-05-25", "Rebels have imposed a siege on the Shiite towns of Nubl and Zahraa since July 2012.", []),
        (
            "2016-05-25",
            "Regime forces imposed a siege on Daraya in November 2012 and it has not been lifted since.",
            [],
        ),
        ("2016-05-25", "Rebels placed sandbags along siege lines in Jobar.", []),
        ("2016-05-25", "Moaddamiyeh has been besieged by regime forces since 2013.", []),
        # a zone's year dates nothing; a withdrawal's destination after "the nearby western"; abuse is no fight
        (
            "2019-07-01",
            "Israeli troops fired at a Syrian army post in the 1974 Separation of Forces zone near Quneitra.",
            [("Armed clash", "israel", "government", "Quneitra", "")],
        ),
        ("2017-08-01", "The rebels withdrew toward the nearby western countryside of Quneitra.", []),
        (
            "2016-05-25",
            "The regime has conducted intensive operations against civilians in Daraya, according to the opposition.",
            [],
        ),
        # a holder described between commas with "now" holds; ground the clause's own verb won is taken
        ("2018-03-20", "The rebels, now controlling the town of Harasta, refused to leave.", []),
        (
            "2018-03-20",
            "The army advanced on Sunday, now controlling the town of Harasta.",
            [(_GOV, "government", "", "Harasta", "government")],
        ),
        (
            "2016-01-01",
            "Rebels, now controlling Morek after a week of heavy fighting, shelled army positions in Souran.",
            [
                (_NSA, "opposition", "", "Morek", "opposition"),
                ("Shelling/artillery/missile attack", "unidentified", "", "Suran", ""),
            ],
        ),
        # an outlet's type word before its name; a capture still to come; what a capture told before means
        (
            "2016-10-01",
            "Hezbollah broadcast footage of the battle, as did Lebanon-based pro-Damascus channel al-Mayadeen.",
            [],
        ),
        (
            "2016-10-01",
            "He said it was “only a matter of time” before the allied forces took full control of the flashpoint town "
            "of Manbij.",
            [],
        ),
        ("2017-11-10", "The fall of Boukamal means remaining IS militants are currently holed up in small towns.", []),
        # a capture answered by a reaction is the news, as a strike is
        (
            "2015-06-16",
            "Turkey expressed concern after Kurdish YPG fighters captured the town of Tal Abyad from Islamic State.",
            [(_NSA, "sdf", "isis", "Tell Abyad", "sdf")],
        ),
        (
            "2015-06-16",
            "The head of the UN humanitarian office in Damascus voiced alarm after air strikes killed 20 civilians in "
            "Saraqib.",
            [("Air/drone strike", "unidentified", "civilians", "Saraqib", "")],
        ),
    ],
)
def test_what_stop_62s_fourth_rules_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # a place surrenders only to a side, not to a feeling or a plan
        ("2018-03-20", "Homs surrendered to despair as the siege of al-Waer dragged into its third year.", []),
        ("2021-08-01", "Daraa al-Balad surrendered to the Russian roadmap on Sunday.", []),
        # an opening "Abandoning X," needs a name before its comma and a side that moves away after it
        ("2019-03-10", "Abandoning Baghouz was never an option, an Islamic State commander told his men.", []),
        ("2019-08-20", "Abandoning Khan Sheikhoun, Turkey said its observation post at Morek would stay.", []),
        (
            "2018-03-01",
            "Abandoning Mesraba, residents moved toward Douma as the army pressed in.",
            [("Armed clash", "unidentified", "government", "Douma", "")],
        ),
        # the opening's doer after its comma through "the last …", not the source named at the end
        (
            "2017-10-20",
            "Abandoning Mayadin, the last Islamic State fighters withdrew toward Albu Kamal, the Russian military said.",
            [("Non-violent transfer of territory", "isis", "", "Al-Mayadin", "")],
        ),
        # photos of a place taken by someone; a holder "now in control of X" between commas
        ("2019-03-01", "Photos of Baghouz were taken by an AFP photographer.", []),
        ("2021-01-01", "Hayat Tahrir al-Sham, now in control of Atarib, arrested dozens of men.", []),
        # an entry by armed vehicles or a group; none by civilians
        (
            "2017-01-01",
            "Armoured vehicles entered Daraa al-Balad on Sunday.",
            [("Armed clash", "unidentified", "", "Daraa al-Balad", "")],
        ),
        ("2017-01-01", "Civilians entered government-held western Aleppo through the Bustan al-Qasr crossing.", []),
        # a siege laid for weeks is the news's fighting (the gold's reading); "placed the siege of X at the top"
        (
            "2019-03-13",
            "The SDF has laid siege to Baghouz for weeks.",
            [("Armed clash", "sdf", "", "Al-Baghuz Fawqani", "")],
        ),
        ("2017-01-01", "Aid agencies placed the siege of Madaya at the top of their agenda.", []),
        # a year before an operation's name dates the act (long before this report); a zone's year does not
        ("2021-06-01", "Turkish drones struck Qamishli during the 2019 Operation Peace Spring.", []),
        # "Control of X was taken from …": the place's control, a capture
        (
            "2017-01-01",
            "Control of al-Bab was taken from ISIS by Turkish-backed rebels on Thursday.",
            [(_NSA, "turkey", "isis", "Al-Bab", "turkey")],
        ),
        # outlets: no comma between the name and the source word; a local network in quotes
        (
            "2023-09-01",
            "Ryan Ma’rouf from the local “Sweida 24” network told AFP that “this oppressive response has only "
            "increased people’s determination and commitment to peaceful protest.”",
            [],
        ),
    ],
)
def test_what_stop_62s_fifth_rules_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # a side's apposition between dashes, its words with a curly apostrophe: the side before it is the subject
        (
            "2014-12-16",
            "Al-Nusra Front — the battered country’s Al-Qaeda branch — seized Hamidiyeh on Monday.",
            [(_NSA, "hts", "", "Al-Hamidiyeh", "hts")],
        ),
        # an apposition that names a side's sites only locates them
        (
            "2014-12-16",
            "Al-Nusra Front seized Hamidiyeh and Wadi al-Deif, the regime’s largest outposts in Idlib.",
            [(_NSA, "hts", "government", "Al-Hamidiyeh", "hts"), (_NSA, "hts", "government", "Wadi al-Deif", "hts")],
        ),
        # "… as they took control of X": the pronoun of a joined clause is the side the sentence opens on; a distance
        # from a second place only says where the first lies
        (
            "2019-05-20",
            "Syrian troops cheered as they took control of the village of Kafr Nabudah, about seven kilometers outside "
            "the rebel-held town of Qalaat al-Madiq.",
            [(_GOV, "government", "opposition", "Kafr Nabudah", "government")],
        ),
        # (not a side after a preposition)
        (
            "2013-05-20",
            "Fighters chanted for the fall of the regime as they shelled the airport in Menagh.",
            [("Shelling/artillery/missile attack", "unidentified", "", "Menagh", "")],
        ),
        # "… and on Saturday it entered X, <apposition>, forcing Y to pull out": the pronoun's side took X
        (
            "2014-11-01",
            "The Nusra Front captured several villages in Jabal al-Zawiya and on Saturday it entered the village of "
            "Deir Sonbol, the stronghold of the Revolutionaries’ Front, forcing Maarouf to pull out.",
            [(_NSA, "hts", "", "Jabal al-Zawiya", ""), (_NSA, "hts", "", "Dayr Sunbul", "hts")],
        ),
        # "announced on Saturday their capture of X": the day between the word and the capture
        (
            "2024-12-07",
            "Syrian opposition factions announced on Saturday their capture of the strategic city of Daraa.",
            [(_NSA, "opposition", "", "Daraa", "opposition")],
        ),
        # "redeployed its forces outside X": a withdrawal in the army's words
        (
            "2024-12-05",
            "The army said it had redeployed its forces outside Hama.",
            [("Non-violent transfer of territory", "government", "", "Hama", "")],
        ),
        # the acts told before, named again to be judged, are no act of their own
        (
            "2024-12-16",
            "Israeli airstrikes targeted military sites in Tartus on Sunday, with a war monitor describing the attacks "
            "as “the heaviest strikes” in years.",
            [("Air/drone strike", "israel", "", "Tartus", "")],
        ),
        # the capital that speaks for its government is no place of the act (but a place inside a subject is)
        (
            "2018-07-06",
            "The army shelled Busra al-Harir on Friday, Damascus said.",
            [("Shelling/artillery/missile attack", "government", "", "Busra al-Harir", "")],
        ),
        (
            "2025-08-27",
            "Israel struck el-Kiswah on Wednesday, in what Damascus called a violation.",
            [("Air/drone strike", "israel", "", "Al-Kiswah", "")],
        ),
        # a person named after "named": not a village
        (
            "2025-10-20",
            "Gunmen killed a young woman named Mira Thabet in Talkalakh.",
            [("Attack", "unidentified", "civilians", "Talkalakh", "")],
        ),
        # "changed hands … and is now controlled by Y": Y took it (not a relative clause's holder)
        (
            "2013-06-26",
            "The town of Tal Kalakh changed hands on Saturday and is now controlled by the Syrian army.",
            [(_GOV, "government", "", "Talkalakh", "government")],
        ),
        (
            "2013-06-26",
            "Raqqa, which is now controlled by the SDF, was shelled on Monday.",
            [("Shelling/artillery/missile attack", "unidentified", "", "Raqqa", "")],
        ),
        # a side's own word that it freed a place, "we" the quote's speaker (a spokesman's name between)
        (
            "2024-12-11",
            "“We announce the city of Deir Ezzor and its military airport as completely liberated,” Military "
            "Operations Command spokesperson Hassan Abdul Ghani said.",
            [(_NSA, "opposition", "", "Deir ez-Zor", "opposition")],
        ),
        (
            "2024-12-05",
            "Rebels declared Hama city fully liberated on Thursday.",
            [(_NSA, "opposition", "", "Hama", "opposition")],
        ),
        (
            "2016-12-22",
            "The army announced that Aleppo was completely liberated.",
            [(_GOV, "government", "", "Aleppo", "government")],
        ),
        # the state's media speak for the government
        (
            "2013-11-10",
            "“Our brave armed forces have complete control over Base 80,” state television said.",
            [(_GOV, "government", "", "Brigade 80", "government")],
        ),
        # new names: the Israeli army's, and places from map marks
        (
            "2025-04-03",
            "The IOF also struck the Hama Air Base in central Syria.",
            [("Air/drone strike", "israel", "", "Hama Military Airport", "")],
        ),
        (
            "2024-11-27",
            "Rebels seized Qubtan al-Jabal and Base 46 west of Aleppo.",
            [
                (_NSA, "opposition", "", "Qabtan al-Jabal", "opposition"),
                (_NSA, "opposition", "", "Regiment 46", "opposition"),
            ],
        ),
        (
            "2024-12-07",
            "Opposition forces took the Nasib-Jaber border crossing with Jordan.",
            [(_NSA, "opposition", "", "Nasib border crossing", "opposition")],
        ),
    ],
)
def test_what_stop_63s_rules_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # "reached within one kilometre of X": an advance; the side fought, its name's tail before the verb, no subject
        (
            "2024-11-28",
            "Armed opposition groups fighting forces of Syria’s Bashar al-Assad regime reached within one kilometre "
            "of Aleppo city on Thursday.",
            [("Armed clash", "opposition", "", "Aleppo", "")],
        ),
        # the destination of supplies is no place of the act
        (
            "2024-11-30",
            "Fighters also advanced on the town of Saraqib, a strategic area that would secure supply lines to Aleppo.",
            [("Armed clash", "unidentified", "", "Saraqib", "")],
        ),
        # what a place has lived through, in a span before the news or a relative clause with its length, is background
        (
            "2013-06-05",
            "Government forces captured Qusair on Wednesday after more than two weeks of fierce fighting and heavy "
            "shelling that destroyed hundreds of buildings.",
            [(_GOV, "government", "", "Al-Qusayr", "government")],
        ),
        (
            "2016-09-19",
            "The violations continue after 17 hours of the start of the ceasefire agreement, and the major escalation "
            "has been documented in the countryside of Hama.",
            [("Armed clash", "unidentified", "", "Hama governorate", "")],
        ),
        (
            "2013-06-05",
            "The army regained control on Wednesday of the strategic town of Qusair where fighting has raged with "
            "rebels for nearly three weeks.",
            [(_GOV, "government", "opposition", "Al-Qusayr", "government")],
        ),
        (
            "2013-07-24",
            "Rebels captured Khan al-Asal, a town that has seen heavy clashes between government and opposition "
            "fighters for months.",
            [(_NSA, "opposition", "", "Khan al-Asal", "opposition")],
        ),
        (
            "2013-11-01",
            "The army captured Safira, southeast of Aleppo, long the scene of fierce fighting between government and "
            "rebel fighters.",
            [(_GOV, "government", "", "Al-Safira", "government")],
        ),
        # "claim" in the present is a speaker's word: "they" is the speaker
        (
            "2013-07-24",
            "Syrian rebels claim they have captured the town of Khan al-Asal.",
            [(_NSA, "opposition", "", "Khan al-Asal", "")],
        ),
    ],
)
def test_what_stop_63s_second_rules_read(gaz, actors, date, text, expected):
    assert _told_both(gaz, actors, text, dt.date.fromisoformat(date)) == (expected, expected)


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (review of stop 63) a joined clause's pronoun is left alone when another side is named before it
        (
            "2016-10-30",
            "Rebel factions broke through government lines in southwest Aleppo and on Saturday they took the Ramouseh "
            "artillery college.",
            [(_NSA, "unidentified", "", "Ramouseh", "")],
        ),
        (
            "2019-01-05",
            "Hayat Tahrir al-Sham defeated the Nour al-Din al-Zenki Movement and then it took control of Darat Izza.",
            [(_NSA, "unidentified", "", "Darat Izza", "")],
        ),
        (
            "2016-03-27",
            "Syrian troops and their allies cut the Islamic State supply lines and on Sunday they retook Palmyra.",
            [(_NSA, "unidentified", "", "Palmyra", "")],
        ),
        # a distance from a town after an area names the only point
        (
            "2016-01-05",
            "Rebels captured an army checkpoint in Hama province, some 10 kilometers from the town of Morek.",
            [(_NSA, "opposition", "", "Morek", "")],
        ),
        # people made to flee, or a side driven off after a turn, are no place taken
        (
            "2015-04-01",
            # (stop 78: civilians are no side of a battle, as in the gold)
            "Islamic State fighters stormed the Yarmouk camp on Wednesday, forcing thousands of residents to flee.",
            [("Armed clash", "isis", "", "Yarmouk Camp", "")],
        ),
        (
            "2016-10-30",
            "Rebels stormed the village of Maan on Sunday, but army reinforcements soon arrived, forcing them to "
            "withdraw.",
            [("Armed clash", "opposition", "", "Ma'an", "")],
        ),
        # a side's sites in an area, with no place before them: the area
        (
            "2014-12-16",
            "Rebels captured the two military bases, the regime’s last outposts in Idlib province.",
            [(_NSA, "opposition", "government", "Idlib", "")],
        ),
        # a siege lifted, a liberation to come: no place taken
        (
            "2017-09-06",
            "“We announce Deir Ezzor freed from the Daesh siege,” an army officer told state television.",
            [],
        ),
        ("2017-06-01", "The SDF announced Raqqa would be liberated within weeks.", []),
        # "now in the hands of" only after a change of hands
        ("2017-10-26", "The fate of Raqqa is now in the hands of the US-led coalition.", []),
        # forces moved out to do a task
        ("2016-03-01", "Russian military police redeployed outside Kobani to patrol the border with Turkey.", []),
        # the capital after "the capital," is a place; a place in the speakers' words or before "claimed the lives"
        (
            "2019-01-21",
            "Israeli warplanes attacked targets near the international airport south of the capital, Damascus said "
            "on Monday.",
            [("Air/drone strike", "israel", "", "Damascus", "")],
        ),
        (
            "2016-01-01",
            "Shelling of Douma and Harasta claimed the lives of 30 civilians.",
            [
                ("Shelling/artillery/missile attack", "unidentified", "civilians", "Douma", ""),
                ("Shelling/artillery/missile attack", "unidentified", "civilians", "Harasta", ""),
            ],
        ),
        (
            "2016-01-01",
            "Activists in Saqba and Kafr Batna said government warplanes struck both towns overnight.",
            [
                ("Air/drone strike", "government", "", "Saqba", ""),
                ("Air/drone strike", "government", "", "Kafr Batna", ""),
            ],
        ),
        # a capture judged in what follows is still the day's capture
        (
            "2015-06-16",
            "Kurdish forces completed the capture of Tal Abyad in what was a major blow to the Islamic State.",
            [(_NSA, "sdf", "isis", "Tell Abyad", "sdf")],
        ),
        (
            "2016-03-27",
            "The army completed the recapture of Palmyra from IS on Friday.",
            [(_GOV, "government", "isis", "Palmyra", "government")],
        ),
    ],
)
def test_what_the_review_of_stop_63s_rules_holds(gaz, actors, date, text, expected):
    assert _told_both(gaz, actors, text, dt.date.fromisoformat(date)) == (expected, expected)


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (review of stop 63, as headlines) a day long before, a judged capture, a quoted gunman, a headline's
        # participle, a judging gerund only
        (
            "2016-11-01",
            "The Syrian army announced two weeks ago its capture of Safira, but fighting continues on the edges of the "
            "town.",
            [("Armed clash", "unidentified", "", "Al-Safira", "")],
        ),
        (
            "2016-04-01",
            "Russia claimed on Sunday the capture of Palmyra was made possible by its airstrikes.",
            [("Air/drone strike", "russia", "", "Palmyra", "")],
        ),
        (
            "2018-02-25",
            "Eastern Ghouta called 'hell on earth' as airstrikes kill 100",
            [("Air/drone strike", "unidentified", "", "Eastern Ghouta", "")],
        ),
        (
            "2016-01-01",
            "A resident called Daraa al-Balad 'a prison' as government troops shelled the district.",
            [("Shelling/artillery/missile attack", "government", "", "Daraa al-Balad", "")],
        ),
        (
            "2016-01-01",
            "Residents of Douma described the shelling as the heaviest in months.",
            [("Shelling/artillery/missile attack", "unidentified", "civilians", "Douma", "")],
        ),
        # (second review) what a place has lived through is background only beside a place taken (a report's body
        # reads these perfects as states, as before)
        (
            "2016-01-01",
            "At least 12 civilians were killed on Wednesday in Douma, where government shelling has intensified over "
            "the past two weeks.",
            [("Shelling/artillery/missile attack", "government", "civilians", "Douma", "")],
        ),
        (
            "2016-01-01",
            "Clashes continue in Sheikh Maqsoud, where YPG fighters have fought rebels for the past two weeks, SOHR "
            "said.",
            [("Armed clash", "sdf", "opposition", "Sheikh Maqsood", "")],
        ),
    ],
)
def test_what_the_review_of_stop_63s_rules_holds_in_headlines(gaz, actors, date, text, expected):
    assert _told_heading(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # the second of a pair after "between" is no verb of its own ("police", "security forces")
        (
            "2025-04-29",
            "Nine people were killed in clashes between gunmen and police in Saraqib.",
            [("Armed clash", "unidentified", "", "Saraqib", "")],
        ),
        (
            "2015-11-01",
            "A military source said clashes broke out between regime forces and jihadists around Sadad and lasted two "
            "hours before subsiding as the Syrian troops pulled out of the village.",
            [
                ("Armed clash", "government", "", "Sadad", ""),
                ("Non-violent transfer of territory", "government", "", "Sadad", ""),
            ],
        ),
        # "launched an aggression on X": SANA's word for a strike
        (
            "2025-04-03",
            "Israel launched an aggression on Damascus and Homs on Wednesday.",
            [
                ("Shelling/artillery/missile attack", "israel", "", "Damascus", ""),
                ("Shelling/artillery/missile attack", "israel", "", "Homs", ""),
            ],
        ),
        ("2025-04-03", "The ministry condemned an aggression on Damascus.", []),
        # "the seizure of" ground as a side's word; not goods, nor a seizure supposed
        (
            "2024-11-28",
            "The army announced the seizure of Kafr Nabudah.",
            [(_GOV, "government", "", "Kafr Nabudah", "government")],
        ),
        ("2024-11-28", "Customs announced the seizure of Captagon pills in Daraa.", []),
        ("2018-01-01", "A seizure of Manbij by the Syrian army might prompt a Turkish response.", []),
        # (second review of stop 63) fire reaching near a place is no advance; an advance years before is background
        (
            "2020-01-01",
            "Turkish shells reached within 2 km of the town of Ain Issa on Saturday, wounding two civilians.",
            [("Shelling/artillery/missile attack", "turkey", "civilians", "Ain Issa", "")],
        ),
        (
            "2018-01-01",
            "Two years ago rebels reached within 2 km of Qardaha, Assad's home town, but they were pushed back.",
            [],
        ),
        # the side fought is read over at most a few words, not over a speaker's verb
        (
            "2018-01-01",
            "Rebels fighting in northern Hama countryside said regime forces captured the village of Abu Dali.",
            [(_GOV, "government", "", "Abu Dali", "government")],
        ),
        # the destination of supplies, when it is the only place, is where the act was
        (
            "2016-01-01",
            "Heavy fighting raged along the main supply lines to Aleppo on Monday.",
            [("Armed clash", "unidentified", "", "Aleppo", "")],
        ),
        # a clause of its own after a span ("and airstrikes hit X on Wednesday") is news
        (
            "2019-08-21",
            "Syrian troops took Khan Sheikhoun after two days of heavy fighting, and airstrikes hit the nearby town of "
            "Maarat al-Numan on Wednesday, killing five civilians.",
            [
                (_GOV, "government", "", "Khan Shaykhun", "government"),
                ("Air/drone strike", "unidentified", "civilians", "Maarat al-Numan", ""),
            ],
        ),
        # a city opening a clause speaks only as a capital; any name after a comma
        (
            "2016-01-01",
            "Aleppo accused the rebels of shelling the Christian district of Suleimaniyeh.",
            [("Shelling/artillery/missile attack", "opposition", "", "al-Suleimaniyah (Aleppo)", "")],
        ),
        (
            "2017-01-01",
            "The SDF took al-Omar oil field, Hawar said, and ISIS retreated to Mayadin.",
            [(_NSA, "sdf", "", "Al-Omar oil field", "sdf")],
        ),
        # the judgement's own noun is no act; a judged act only when one was told before
        (
            "2016-01-01",
            "The opposition accused the army of a chemical attack in Ghouta, branding the attack a massacre.",
            [("Armed clash", "government", "", "Ghouta", "")],
        ),
        # "now controlled by" only after a change of hands
        ("2018-01-01", "The Bab al-Hawa crossing is vital for aid and is now controlled by Hayat Tahrir al-Sham.", []),
        # forces massing or moving on are no withdrawal
        (
            "2019-05-01",
            "The army redeployed armoured units outside Maarat al-Numan, preparing for an assault on the town.",
            [],
        ),
        # (final review) an advance years before, told after
        ("2015-08-01", "Rebels reached within 2 km of Qardaha two years ago before being pushed back.", []),
        # hostages freed are no place taken
        (
            "2013-12-01",
            "Lebanese General Security announced the Maaloula nuns freed late on Sunday after three months in "
            "captivity.",
            [],
        ),
    ],
)
def test_what_stop_63s_third_rules_read(gaz, actors, date, text, expected):
    assert _told_both(gaz, actors, text, dt.date.fromisoformat(date)) == (expected, expected)


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # a side's men between it and its -ing word in a "with" clause
        (
            "2016-02-23",
            "The army suffered a setback on Tuesday, with ISIS fighters capturing the village of Khanasir.",
            [(_NSA, "isis", "", "Khanasir", "isis")],
        ),
        # sides given as examples of whom the subject fights are not the subject
        (
            "2013-12-04",
            "Backed by Hezbollah and fighting groups like Jabhat al-Nusra and the Islamic Front, the Syrian army has "
            "been advancing, seizing control of the town of Qara.",
            [(_GOV, "government", "", "Qārah", "government")],
        ),
        (
            "2016-02-01",
            "Fighting groups like ISIS or the Nusra Front, Kurdish fighters seized the town of Tal Abyad.",
            [(_NSA, "sdf", "", "Tell Abyad", "sdf")],
        ),
        # (not the side right after the list: "groups like ISIS, Kurdish YPG fighters seized X", "groups such as A,
        # Russian-backed troops retook Y")
        (
            "2016-02-01",
            "Fighting against Islamist groups like ISIS, Kurdish YPG fighters seized the border town of Tal Abyad.",
            [(_NSA, "sdf", "", "Tell Abyad", "sdf")],
        ),
        (
            "2016-02-01",
            "Fighting against rebels such as the Islamic Front and Jabhat al-Nusra, Syrian troops and Hezbollah took "
            "Yabroud on Sunday.",
            [(_GOV, "government", "opposition", "Yabroud", "government")],
        ),
        # (nor allies taking part, nor men whose gerund closes an aside before the main verb)
        (
            "2013-06-01",
            "Syrian troops, with Hezbollah fighters taking part in the assault, captured the town of Qusayr on Sunday.",
            [(_GOV, "government", "", "Al-Qusayr", "government")],
        ),
        (
            "2016-02-01",
            "Regime forces, with Hezbollah militias advancing, captured the town of Kafr Naya north of Aleppo.",
            [(_GOV, "government", "", "Kafr Naya", "government")],
        ),
        # "A and B, as well as other rebels": the side is the list's first member
        (
            "2013-11-28",
            "Hundreds of jihadists from ISIL and the Nusra Front, as well as other rebels, took control of Deir "
            "Attiyeh.",
            [(_NSA, "isis", "", "Dayr ‘Aţīyah", "isis")],
        ),
        # a passive's agent named by its men "from" the side; the side is no loser
        (
            "2013-12-17",
            "The town of Adra was captured by militants from the Nusra Front after fierce fighting.",
            [(_NSA, "hts", "", "Adra", "hts")],
        ),
        # the men Turkey backs, named with a bracketed short name, a nationality or "it backs"
        (
            "2017-03-03",
            "Turkish-backed Free Syrian Army (FSA) rebels seized the village of Tal Turin.",
            [(_NSA, "turkey", "", "Tall Turin", "turkey")],
        ),
        (
            "2016-02-01",
            "Turkish-backed Syrian National Army (SNA) factions took Deir Hafer.",
            [(_NSA, "turkey", "", "Deir Hafer", "turkey")],
        ),
        (
            "2017-02-27",
            "Turkey-backed Syrian rebel groups took the village of Tal Turin.",
            [(_NSA, "turkey", "", "Tall Turin", "turkey")],
        ),
        (
            "2016-10-05",
            "The Turkish military said rebels it backs had captured the village of Akhtarin.",
            [(_NSA, "turkey", "", "Akhtarin", "turkey")],
        ),
        # a demand ("must") is no withdrawal
        ("2016-08-27", "Ankara warned the YPG that it must withdraw from Manbij.", []),
        # (not "a must-win battle", nor a demand in a clause before the act)
        (
            "2019-08-23",
            "In what officials called a must-win battle, government forces recaptured Khan Shaykhun on Friday.",
            [(_GOV, "government", "", "Khan Shaykhun", "government")],
        ),
        (
            "2013-11-22",
            "Deir Attiyeh must not fall, residents said, as rebels seized the town on Thursday.",
            [(_NSA, "opposition", "", "Dayr ‘Aţīyah", "opposition")],
        ),
        # the Qalamoun of the news reaches Nabk and Deir Attiyeh; spellings of Umm al-Mayadin, Khanasir, Uqayribat
        # and Turkman Barih
        (
            "2013-11-22",
            "Rebels captured the town of Nabk in the Qalamoun mountains.",
            [(_NSA, "opposition", "", "An Nabk", "opposition")],
        ),
        (
            "2013-04-05",
            "Rebels captured the Umm al-Mayathen checkpoint near Daraa.",
            [(_NSA, "opposition", "", "Umm al-Mayadin", "opposition")],
        ),
        ("2016-02-24", "ISIS took full control of Khnaser on Tuesday.", [(_NSA, "isis", "", "Khanasir", "isis")]),
        (
            "2017-09-02",
            "The army captured Uqairabat on Friday.",
            [(_GOV, "government", "", "Uqayribat", "government")],
        ),
        (
            "2016-10-16",
            "Rebels captured the village of Boztepe east of Dabiq.",
            [(_NSA, "opposition", "", "Boztepe", "opposition")],
        ),
        (
            "2016-10-05",
            "Turkish-backed rebels took the village of Turkmen Bari.",
            [(_NSA, "turkey", "", "Turkman Barih", "turkey")],
        ),
        # "Kurdish militants" are the SDF's
        (
            "2016-08-27",
            "Two Turkish tanks came under rocket attack by Kurdish militants in Jarablus.",
            [("Shelling/artillery/missile attack", "sdf", "turkey", "Jarabulus", "")],
        ),
    ],
)
def test_what_stop_64s_rules_read(gaz, actors, date, text, expected):
    assert _told_both(gaz, actors, text, dt.date.fromisoformat(date)) == (expected, expected)


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # "Um" opens a longer name the gazetteer lacks ("Qasou Um Saba" is not Saba), and the list is read through it
        (
            "2017-11-24",
            "The army regained control of the villages of Qasou Um Saba, Al-Duwair and Sabikhan.",
            [(_GOV, "government", "", "Ad Duwayr", "government"), (_GOV, "government", "", "Subaykhan", "government")],
        ),
        # a side's statement of full control, quoted (not one "would be restored")
        (
            "2017-11-03",
            "“The army announces full control of Deir ez-Zor city,” state television said.",
            [(_GOV, "government", "", "Deir ez-Zor", "government")],
        ),
        ("2017-11-03", "The army announced full control of Deir ez-Zor city would be restored within days.", []),
        # weapons handed over are a deal carried out, not ground
        (
            "2021-09-24",
            "In the town of Tafas, weapons were handed over to the Syrian Army.",
            [("Agreement", "unidentified", "government", "Tafas", "")],
        ),
        (
            "2021-09-24",
            "In Tafas, rebels handed over heavy weapons to the Syrian army.",
            [("Agreement", "opposition", "government", "Tafas", "")],
        ),
        # the force a spokesman's words name, in a joined clause: the spokesman's side
        (
            "2017-09-24",
            "The army and the SDF are racing for the oil fields, and according to SDF spokesman Talal Silo, the "
            "militia seized the Conoco gas field on Saturday.",
            [(_NSA, "sdf", "", "Conoco gas plant", "sdf")],
        ),
        # military police entering are a deployment (not when they back the troops that enter)
        (
            "2021-09-01",
            "A unit of the Russian military police entered Daraa al-Balad this morning.",
            [("Other", "russia", "", "Daraa al-Balad", "")],
        ),
        (
            "2018-07-01",
            "Government troops backed by Russian military police entered the town of Kafr Zita.",
            [("Armed clash", "government", "", "Kafr Zita", "")],
        ),
        # (nor when the police are the victims, or a disguise)
        (
            "2020-03-01",
            "Two members of the military police were killed when ISIS gunmen entered the town of Sanamayn.",
            [("Armed clash", "isis", "", "Al-Sanamayn", "")],
        ),
        # a month's abbreviation is no place
        (
            "2022-02-13",
            "Explosions rocked the town of Azaz on Jan. 20.",
            [("Remote explosive/landmine/IED", "unidentified", "", "Azaz", "")],
        ),
    ],
)
def test_what_stop_64s_second_rules_read(gaz, actors, date, text, expected):
    assert _told_both(gaz, actors, text, dt.date.fromisoformat(date)) == (expected, expected)


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # aircraft firing missiles from an airspace, and an air force's rockets, are air strikes (not the Air Force
        # Intelligence, a security branch); a regime's shelling stays shelling
        (
            "2017-09-07",
            "Israeli jets in Lebanese airspace fired missiles at a military facility near Masyaf.",
            [("Air/drone strike", "israel", "", "Masyaf", "")],
        ),
        (
            "2014-09-15",
            "The Syrian air force rained rockets down on the town of Saraqib.",
            [("Air/drone strike", "government", "", "Saraqib", "")],
        ),
        (
            "2014-09-15",
            "Air Force Intelligence shelled the town of Harasta.",
            [("Shelling/artillery/missile attack", "government", "", "Harasta", "")],
        ),
        # "Um" opens a longer name only inside one ("Qasou Um Saba"): alone, "Um Dadat" is the press's Dadat
        (
            "2024-12-01",
            "The SNA liberated the village of Um Dadat in the north.",
            [(_NSA, "turkey", "", "Dadat", "")],
        ),
        # a side's men between it and its verb ("ISIS extremists killed …"); shepherds and farmers are civilians
        (
            "2023-04-16",
            "Suspected ISIS extremists killed at least 31 people foraging for truffles near the city of Hama on "
            "Sunday.",
            [("Attack", "isis", "civilians", "Hama", "")],
        ),
        (
            "2023-04-16",
            "ISIS gunmen killed two shepherds near Salamiyah.",
            [("Attack", "isis", "civilians", "Salamiyah", "")],
        ),
        # (review) military police with a time or company before their verb; a new subject right after a list with no
        # comma; an air force base is a place, not the aircraft; one shepherd is a civilian too
        (
            "2018-04-12",
            "Russian military police on Thursday entered the town of Douma, the defence ministry said.",
            [("Other", "russia", "", "Douma", "")],
        ),
        (
            "2016-03-27",
            "In the battle against groups such as ISIS the Syrian army recaptured Palmyra.",
            [(_GOV, "government", "", "Palmyra", "government")],
        ),
        (
            "2016-02-01",
            "Rebels at the Menagh air force base fired rockets at Tal Rifaat.",
            [("Shelling/artillery/missile attack", "opposition", "", "Tell Rifaat", "")],
        ),
        (
            "2016-02-01",
            "Suspected ISIS militants killed a shepherd near Sukhnah.",
            [("Attack", "isis", "civilians", "Al-Sukhnah", "")],
        ),
        # positions in a town handed over are no handover of the town
        (
            "2018-07-01",
            "Rebels handed over their positions in the town of Tafas to the army.",
            [("Non-violent transfer of territory", "government", "opposition", "Tafas", "")],
        ),
        (
            "2018-07-01",
            "Rebels handed over the town of Tafas to the army.",
            [("Non-violent transfer of territory", "government", "opposition", "Tafas", "government")],
        ),
        # the list's last example before its place, with no comma in the list, is no subject either
        (
            "2019-05-20",
            "Government forces fighting groups such as Hayat Tahrir al-Sham and Jaish al-Izza in northern Hama "
            "recaptured the village of Kafr Nabuda.",
            [(_GOV, "government", "", "Kafr Nabudah", "government")],
        ),
    ],
)
def test_what_stop_64s_third_rules_read(gaz, actors, date, text, expected):
    assert _told_both(gaz, actors, text, dt.date.fromisoformat(date)) == (expected, expected)


def test_a_missile_strike_by_warplanes_is_an_air_strike(gaz, actors):
    text = "The missile strike by Israeli warplanes on the T-4 military airport killed four Iranians."
    heading, body = _told_both(gaz, actors, text, dt.date(2018, 4, 9))
    assert [e[0] for e in heading] == [e[0] for e in body] == ["Air/drone strike"]


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # the Syrian National Army's corps are the side Turkey backs
        (
            "2022-10-12",
            "The Third Legion captured the village of Kafr Janneh.",
            [("Non-state actor overtakes territory", "turkey", "", "Kafr Janna", "turkey")],
        ),
        # the side driven out, named after its backer's word, is no subject of the next verb
        (
            "2018-03-04",
            "Turkish forces liberated five more villages from the PKK-linked YPG and took control of Rajo.",
            [("Non-state actor overtakes territory", "turkey", "", "Raju", "turkey")],
        ),
        # a town that falls "largely" falls in part
        (
            "2018-03-18",
            "Afrin has fallen largely to Turkish forces.",
            [("Non-state actor overtakes territory", "turkey", "", "Afrin", "")],
        ),
        # (and one that "has fallen" fell: the perfect, also in a report's body)
        (
            "2018-03-18",
            "Afrin has fallen to Turkish forces.",
            [("Non-state actor overtakes territory", "turkey", "", "Afrin", "turkey")],
        ),
        # the speaker and its allies, in reported speech; the allies a Turkish speaker names are the men Turkey backs
        (
            "2018-03-05",
            "The Turkish military said that they and their Free Syrian Army (FSA) allies had captured Shaykh al-Hadid "
            "on Sunday.",
            [("Non-state actor overtakes territory", "turkey", "", "Sheikh al-Hadid", "turkey")],
        ),
        (
            "2018-03-05",
            "The Turkish military said that its Free Syrian Army (FSA) allies had captured Shaykh al-Hadid.",
            [("Non-state actor overtakes territory", "turkey", "", "Sheikh al-Hadid", "turkey")],
        ),
        # an acronym's possessive is no place ("IS’" is not al-Eis), and the stronghold it owns is taken
        (
            "2018-05-21",
            "Two hours later, the TV said troops captured IS’ former stronghold of Hajar al-Aswad.",
            # (stop 77: the side whose stronghold it was lost it)
            [(_GOV, "government", "isis", "Al Ḩajar al Aswad", "government")],
        ),
        # heavy weaponry handed over is a deal's term, not ground
        (
            "2018-05-17",
            "Rebels handed over their heavy weaponry to Russian forces in Rastan.",
            [("Agreement", "opposition", "russia", "Al-Rastan", "")],
        ),
        # "would later" tells a story in the past; "would" alone is a plan
        ("2018-07-30", "The army would later seize Hayt.", [(_GOV, "government", "", "Hayt", "government")]),
        ("2018-07-30", "The army would seize Hayt.", []),
        # the quarters of a list named after "the neighborhoods of" change hands; a province's capital does not
        (
            "2018-05-21",
            "The army captured the neighborhoods of al-Qadam and Asali.",
            [(_GOV, "government", "", "Al-Qadam", "government"), (_GOV, "government", "", "Al-Asali", "government")],
        ),
        (
            "2016-12-10",
            "The army captured the neighbourhoods of Aleppo and Homs.",
            [(_GOV, "government", "", "Aleppo", ""), (_GOV, "government", "", "Homs", "")],
        ),
        # ("would later" after a vow, in a condition, a relative clause or a fear is no story of the past)
        ("2019-05-02", "Assad vowed that his forces would eventually recapture Maarat al-Numan.", []),
        ("2018-07-03", "If the talks collapse, the army would eventually seize Tafas, a rebel negotiator warned.", []),
        ("2015-05-20", "Palmyra, which IS would later seize, is home to Roman-era ruins.", []),
        ("2017-01-10", "The army would later capture Wadi Barada, residents feared.", []),
        (
            "2016-12-10",
            "Palmyra would subsequently be recaptured by Islamic State.",
            [("Non-state actor overtakes territory", "isis", "", "Palmyra", "isis")],
        ),
        # the men's side before "from" and a backer's word: the side
        (
            "2014-03-16",
            "Fighters from the Iran-backed Hezbollah captured Yabroud on Sunday.",
            [(_GOV, "iran", "", "Yabroud", "iran")],
        ),
        # before Turkey's own operations, the rebels it calls its allies are rebels
        (
            "2015-10-08",
            "Turkey said its rebel allies had taken back several villages in the Latakia countryside.",
            [("Non-state actor overtakes territory", "opposition", "", "Latakia governorate", "")],
        ),
        # the speaker and its allies: the speaker's side
        (
            "2016-12-22",
            "The Syrian army said that they and their allies from Hezbollah and Iran had taken Aleppo.",
            [(_GOV, "government", "", "Aleppo", "government")],
        ),
        (
            "2019-10-14",
            "The SDF said that they and their allies had repelled Turkish-backed fighters at Ras al-Ain.",
            [("Armed clash", "sdf", "turkey", "Ras al-Ayn", "")],
        ),
        # what falls to freezing or to fire is no place taken; a town falls to the US-backed SDF
        ("2018-03-15", "Temperatures have fallen to freezing in Kafr Batna.", []),
        ("2018-03-15", "Dozens of fighters have fallen to army fire in Kafr Batna.", []),
        (
            "2017-10-17",
            "Raqqa has fallen to the US-backed Syrian Democratic Forces.",
            [("Non-state actor overtakes territory", "sdf", "", "Raqqa", "sdf")],
        ),
        # a share of listed quarters is a share
        (
            "2016-12-11",
            "Government forces captured parts of the neighborhoods of al-Sukkari and al-Mashhad.",
            [(_GOV, "government", "", "al-Sukkari", ""), (_GOV, "government", "", "al-Mashhad (Aleppo)", "")],
        ),
        # weapons and the town handed over: the town changes hands; weaponry handed over in the passive is a term
        (
            "2018-04-14",
            "Jaish al-Islam handed over its heavy weaponry and Douma to Russian military police.",
            [("Non-violent transfer of territory", "russia", "opposition", "Douma", "russia")],
        ),
        (
            "2018-04-14",
            "Jaish al-Islam fighters handed over their heavy weapons and Douma came under government control.",
            [("Agreement", "opposition", "", "Douma", ""), (_GOV, "government", "opposition", "Douma", "government")],
        ),
        (
            "2016-08-26",
            "Rebels in Daraya agreed to hand over their heavy weaponry and leave the town.",
            [("Agreement", "opposition", "", "Darayya", "")],
        ),
        (
            "2018-07-01",
            "Heavy weaponry has been handed over to the army in Tafas.",
            [("Agreement", "unidentified", "government", "Tafas", "")],
        ),
        (
            "2018-05-21",
            "Syrian troops captured IS’ last stronghold of Hajar al-Aswad.",
            # (stop 77: the side whose stronghold it was lost it)
            [(_GOV, "government", "isis", "Al Ḩajar al Aswad", "government")],
        ),
        # filmed is not captured
        (
            "2018-02-10",
            "The attack on Jinderes was captured on camera.",
            [("Armed clash", "unidentified", "", "Jindires", "")],
        ),
        # a deal's terms agreed: an agreement, no ground yet
        (
            "2018-03-21",
            "Ahrar al-Sham agreed to surrender the city of Harasta to the Syrian government.",
            [("Agreement", "opposition", "government", "Harasta", "")],
        ),
        # a side's men departing is a withdrawal; civilians departing or evacuating is none
        (
            "2018-05-07",
            "Hundreds of rebels departed from the city of Rastan.",
            [("Non-violent transfer of territory", "opposition", "", "Al-Rastan", "")],
        ),
        ("2018-05-07", "Buses carrying civilians departed from the city of Rastan.", []),
        # (the cities that bound an enclave are not the ground left)
        (
            "2018-05-07",
            "Hundreds of rebels left the city of Rastan, starting an evacuation from an enclave between the cities of "
            "Homs and Hama.",
            [("Non-violent transfer of territory", "opposition", "", "Al-Rastan", "")],
        ),
        ("2017-10-14", "As many as 3,500 civilians have evacuated Raqqa over the last week.", []),
        # a convoy entering, or an entry after a deal, is a deployment
        (
            "2018-02-20",
            "A convoy of pro-government fighters wearing camouflage fatigues and waving Syrian flags entered Afrin.",
            [("Other", "government", "", "Afrin", "")],
        ),
        (
            "2019-10-14",
            "Syrian army troops entered the town of Tel Tamer, after Damascus reached an agreement with the SDF.",
            [("Other", "government", "", "Tell Tamr", "")],
        ),
        # whom a protest is against is no force that meets it
        (
            "2019-10-16",
            "Hundreds in Manbij protest against Turkish threats to attack their city.",
            [("Peaceful protest", "protesters", "", "Manbij", "")],
        ),
        # aircraft of a side named after them pound from the air
        (
            "2017-05-01",
            "Warplanes of the US-led coalition pounded Tabqa.",
            [("Air/drone strike", "coalition", "", "Tabqa", "")],
        ),
        # "besieged" after an act's verb is the town's adjective, no siege
        (
            "2016-03-05",
            "Rebels shelled besieged Fuaa.",
            [("Shelling/artillery/missile attack", "opposition", "", "Al-Fu'ah", "")],
        ),
        (
            "2016-03-05",
            "Regime warplanes bombed besieged Douma.",
            [("Air/drone strike", "government", "", "Douma", "")],
        ),
        # an attack made with guns is a shelling, not a fight beside it
        (
            "2018-03-05",
            "Regime forces attacked Misraba with rocket and mortar shells.",
            [("Shelling/artillery/missile attack", "government", "", "Misraba", "")],
        ),
        # jets that "fire" missiles in a quote strike from the air
        (
            "2018-07-25",
            "SANA reported that Israeli jets “fired a number of missiles toward some military posts” near Hadar.",
            [("Air/drone strike", "israel", "", "Hadar", "")],
        ),
        # a refuge from bombs, and a search for mines, are no explosions
        ("2018-03-05", "Civilians ventured out of bomb shelters in Douma.", []),
        ("2018-07-31", "Engineering units were sweeping the areas taken in the Yarmouk basin region for mines.", []),
        # a deployment in a condition is none
        (
            "2018-07-12",
            "Israel could attack Damascus' forces if they try to deploy in a demilitarized zone while advancing there.",
            [],
        ),
        # from the fourth review: a relative clause closed on its own verb leaves "would eventually" a story
        (
            "2018-04-14",
            "Jaish al-Islam fighters who controlled Douma would eventually leave the town, handing it over to the army.",
            [("Non-violent transfer of territory", "government", "", "Douma", "government")],
        ),
        # (a side's leaving told with the hand-over: the hand-over)
        (
            "2016-12-15",
            "Rebels departed from eastern Aleppo, handing it over to government forces.",
            [
                (
                    "Non-violent transfer of territory",
                    "government",
                    "opposition",
                    "Eastern half of Aleppo city, then divided",
                    "government",
                )
            ],
        ),
        # "all of" the districts listed is all of them
        (
            "2016-12-07",
            "The army seized all of the districts of Bustan al-Basha and Sheikh Khodr.",
            [
                (_GOV, "government", "", "Bustan al-Basha", "government"),
                (_GOV, "government", "", "Sheikh Khodr", "government"),
            ],
        ),
        # a deal's destination is no place of it
        (
            "2018-03-22",
            "Rebels in Harasta agreed to withdraw from the town to Idlib.",
            [("Agreement", "opposition", "", "Harasta", "")],
        ),
        # force on a protest against a side is still force; what falls to freezing falls nowhere
        (
            "2011-03-18",
            "Security forces opened fire on a protest against the government in Daraa, killing four.",
            [("Excessive force against protesters", "protesters", "government", "Daraa", "")],
        ),
        ("2017-01-15", "Temperatures in Aleppo fell to freezing.", []),
        # the allies "from" a side, and fighters "with" one, are that side's
        (
            "2016-12-13",
            "The Syrian army said that they and their allies from Hezbollah had taken Aleppo.",
            [(_GOV, "government", "", "Aleppo", "government")],
        ),
        (
            "2018-01-25",
            "Fighters with the US-backed SDF captured the village of al-Susah.",
            [("Non-state actor overtakes territory", "sdf", "", "Al-Susah", "sdf")],
        ),
        # from the read probe web110: a translation's time before the object; a name set off by a comma after its type
        (
            "2019-12-20",
            "Military factions took control of this morning, Friday, the village of Kafr Nabudah, a source said.",
            [("Non-state actor overtakes territory", "opposition", "", "Kafr Nabudah", "opposition")],
        ),
        (
            "2016-01-12",
            "Assad's forces recaptured rebel-controlled town, Salma, with Russian help.",
            [(_GOV, "government", "russia", "Salma", "government")],
        ),
        # a capture weeks before the news is its background
        (
            "2016-01-25",
            "It comes just weeks after the nearby town of Salma fell into government hands on 12 January.",
            [],
        ),
        # guns deployed are not fired; what a mountain overlooks is not taken with it, nor the province it lies in
        (
            "2020-02-10",
            "The Turkish Army deployed additional tanks, artillery and armored vehicles in Idlib.",
            [],
        ),
        (
            "2016-01-12",
            "The army recaptured al-Rous Mountain, overlooking town of Kinsabba.",
            [(_GOV, "government", "", "Jabal Al-Rous", "government")],
        ),
        (
            "2015-11-27",
            "Troops took Jabal Zahia, overlooking the town of Salma in Latakia.",
            [(_GOV, "government", "", "Jabal Zahiya", "government")],
        ),
        # from the fifth review: the first side of a subject keeps its lead over "their allies from" another; a list
        # handed over keeps its places; guns sent raining down are fired, guns sent to a place are carried; a fight told
        # after an attack's guns stays
        (
            "2016-02-03",
            "Syrian troops and their allies from Hezbollah captured the villages of Nubl and Zahraa.",
            [(_GOV, "government", "", "Nubl", "government"), (_GOV, "government", "", "Al-Zahraa", "government")],
        ),
        (
            "2018-05-07",
            "The militants evacuated the towns of Yalda and Babbila, handing them over to the army.",
            [
                ("Non-violent transfer of territory", "unidentified", "government", "Yalda", ""),
                ("Non-violent transfer of territory", "unidentified", "government", "Babīlā", ""),
            ],
        ),
        (
            "2018-03-01",
            "Government forces sent dozens of rockets raining down on Douma.",
            [("Shelling/artillery/missile attack", "government", "", "Douma", "")],
        ),
        ("2019-10-09", "Turkey sent rocket launchers to the border near Tal Abyad.", []),
        (
            "2013-09-03",
            "Rebels attacked the Kuweires air base with rockets and tried to storm it.",
            [
                ("Armed clash", "opposition", "", "Kuweires Military Airbase", ""),
                ("Shelling/artillery/missile attack", "opposition", "", "Kuweires Military Airbase", ""),
            ],
        ),
        # a currency or a population that falls, and a town that falls under fire control, change no hands
        ("2019-12-05", "The Syrian pound fell to a record low of 900 to the dollar in Damascus.", []),
        ("2018-03-20", "The population of Afrin has fallen to fewer than 100,000, the UN said.", []),
        ("2019-08-20", "Khan Shaykhun has fallen under the fire control of the Syrian army.", []),
        # press spellings of Eastern Ghouta's towns and of Saham al-Jawlan
        (
            "2018-03-24",
            "The army announced the full liberation of Ayn Trama, Jobar, Arbeen and Zumlka.",
            [
                (_GOV, "government", "", "Ein Tarma", "government"),
                (_GOV, "government", "", "Jobar", "government"),
                (_GOV, "government", "", "Arbin", "government"),
                (_GOV, "government", "", "Zamalka", "government"),
            ],
        ),
        (
            "2018-03-21",
            "Regime forces took control of the city of Hamoryah.",
            [(_GOV, "government", "", "Hamouriyah", "government")],
        ),
        (
            "2018-07-20",
            "The Syrian army gained full control on Saham al-Golan area.",
            [(_GOV, "government", "", "Saham al-Jawlan", "government")],
        ),
    ],
)
def test_what_stop_65s_rules_read(gaz, actors, date, text, expected):
    assert _told_both(gaz, actors, text, dt.date.fromisoformat(date)) == (expected, expected)


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # from the read probes web111 and web113: a place driven "out of" behind wire adjectives, and a side's own
        # stronghold named, are taken
        (
            "2016-03-27",
            "The Syrian army drove Islamic State fighters out of the historic city of Palmyra.",
            [(_GOV, "government", "isis", "Palmyra", "government")],
        ),
        (
            "2018-12-14",
            "The SDF said it had ousted ISIS from its largest remaining stronghold of Hajin.",
            [("Non-state actor overtakes territory", "sdf", "isis", "Hajin", "sdf")],
        ),
        # the -ing capture after a pursuit is the pursuer's; a concession's side does not act; the first side of
        # "X and other opposition groups" leads
        (
            "2017-10-20",
            "Army units continued chasing ISIS terrorists in the countryside, restoring control over the town of Muhasan.",
            [(_GOV, "government", "isis", "Muhasan", "government")],
        ),
        (
            "2015-12-29",
            "In spite of airstrikes from Russian forces, Islamic State fighters captured the town of Mahin.",
            [("Non-state actor overtakes territory", "isis", "", "Mahin", "isis")],
        ),
        (
            "2015-05-22",
            "The Islamic State of Iraq and the Levant and other opposition groups took control of Menagh airbase.",
            [("Non-state actor overtakes territory", "isis", "", "Menagh Military Airbase", "isis")],
        ),
        # a side that flees after a fall is no taker; a battle won for a place takes it
        (
            "2013-03-05",
            "Raqqa fell and hundreds of Assad’s forces fled east.",
            [("Non-state actor overtakes territory", "unidentified", "", "Raqqa", "")],
        ),
        (
            "2014-08-24",
            "Islamic State fighters won a bloody battle for Tabqa airport.",
            [("Non-state actor overtakes territory", "isis", "", "Tabqa Military Airbase", "isis")],
        ),
        # a road taken, named by its ends: neither end is taken
        (
            "2017-09-10",
            "The army seized full control of the main road from the capital Damascus to Deir al-Zour city.",
            [(_GOV, "government", "", "Damascus", ""), (_GOV, "government", "", "Deir ez-Zor", "")],
        ),
        # whom the subject's apposition says it fights is no subject; the that-clause's own subject is what fell
        (
            "2013-03-02",
            "The Free Syrian Army, the main opposition group fighting the Syrian government of President Bashar "
            "al-Assad, shot down a helicopter near Menagh airbase.",
            [("Armed clash", "opposition", "government", "Menagh Military Airbase", "")],
        ),
        (
            "2014-08-24",
            "A fighter announced to residents of Tabqa city that Tabqa air base has fallen to Islamic State militants.",
            [("Non-state actor overtakes territory", "isis", "", "Tabqa Military Airbase", "isis")],
        ),
        # men "allied with" a side are its; residents expelled are no side driven out
        (
            "2017-11-14",
            "A militia allied with US-backed Syrian Democratic Forces captured the town of Shuhayl.",
            [("Non-state actor overtakes territory", "sdf", "", "Shuhayl", "sdf")],
        ),
        ("2015-06-25", "IS fighters were expelling residents from their homes in al-Nashwa.", []),
        # a perfect is no reduced passive; "struck out" is a move; the Artillery College is a place, not a shelling;
        # "targets" after "at" a side is a noun
        (
            "2015-05-30",
            "The Islamic State (IS) group has executed at least 217 people in Palmyra.",
            [("Attack", "isis", "civilians", "Palmyra", "")],
        ),
        ("2017-09-01", "The Syrian Army struck out of the town of Ash-Shula towards Deir Ezzor.", []),
        (
            "2016-08-01",
            "Dozens of rebels were killed in clashes near the Artillery College in Aleppo.",
            [("Armed clash", "opposition", "", "Aleppo", "")],
        ),
        (
            "2017-09-22",
            "The Russian navy fired seven cruise missiles at Islamic State targets in Deir al-Zor.",
            [("Shelling/artillery/missile attack", "russia", "isis", "Deir ez-Zor", "")],
        ),
        # who holds the protesters' men uses no force on them; Syria Direct's "A-" and the press spellings of
        # Kuweires and al-Huwayqa
        (
            "2014-03-01",
            "Relatives of men arrested by Jabhat a-Nusra protest in front of the group’s headquarters in A-Raqqa City.",
            [("Peaceful protest", "protesters", "", "Raqqa", "")],
        ),
        (
            "2015-01-12",
            "Islamic State fighters hit the Kiweris military airport with three car bombs.",
            [("Remote explosive/landmine/IED", "isis", "", "Kuweires Military Airbase", "")],
        ),
        (
            "2017-01-05",
            "Regime helicopters dropped a barrel bomb on the neighbourhood of Al Hweqa.",
            [("Air/drone strike", "government", "", "al-Huwayqa", "")],
        ),
        # where the dead were is where the strike that killed them was, in a body too; its side after "of"
        (
            "2017-06-01",
            "Seven civilians were killed in Raqqa in an air strike.",
            [("Air/drone strike", "unidentified", "civilians", "Raqqa", "")],
        ),
        (
            "2017-06-01",
            "Seven civilians were killed in Raqqa in an air strike of the international coalition.",
            [("Air/drone strike", "coalition", "civilians", "Raqqa", "")],
        ),
        (
            "2017-06-01",
            "Two soldiers were wounded in Tal Abyad by a roadside bomb.",
            [("Remote explosive/landmine/IED", "unidentified", "", "Tell Abyad", "")],
        ),
        # (not the side whose positions were struck)
        (
            "2017-06-01",
            "Seven civilians were killed in Raqqa in air strikes of ISIS positions.",
            [("Air/drone strike", "unidentified", "isis", "Raqqa", "")],
        ),
        # guards from stop 66's reviews: a side named again after "as" is a clause's subject; a battle won in a
        # relative clause is background; losing control is no taking; residents expelled with fighters are a capture
        (
            "2018-01-20",
            "Government jets bombed rebel positions in Idlib as rebels pressed on, capturing Abu al-Duhur.",
            [
                ("Air/drone strike", "government", "opposition", "Idlib", ""),
                ("Non-state actor overtakes territory", "opposition", "", "Abu al-Duhur", "opposition"),
            ],
        ),
        (
            "2016-12-22",
            "Syrian troops, who won the battle for Aleppo in December, shelled Idlib.",
            [
                ("Armed clash", "unidentified", "", "Aleppo", ""),
                ("Shelling/artillery/missile attack", "government", "", "Idlib", ""),
            ],
        ),
        (
            "2016-12-08",
            "Rebels battled government forces in the Old City, losing control over the district of Bab al-Hadid.",
            [("Non-violent transfer of territory", "government", "", "Bab al-Hadid", "")],
        ),
        (
            "2018-03-20",
            "Turkish-backed rebels expelled Kurdish residents and fighters from Afrin city.",
            [("Non-state actor overtakes territory", "turkey", "", "Afrin", "turkey")],
        ),
        # from stop 66's reviews: families expelled are no side driven out; a speaker's place is no subject of the
        # passive it tells; militiamen "allied with" a side are its; a side's de facto capital of X is X
        ("2018-12-01", "Families expelled from Hajin by IS fighters have reached SDF-held areas.", []),
        (
            "2015-05-21",
            "Officials in Homs said Palmyra has fallen to the Islamic State group.",
            [("Non-state actor overtakes territory", "isis", "", "Palmyra", "isis")],
        ),
        (
            "2016-02-03",
            "Militiamen allied with the Syrian government captured the village of Ratyan.",
            [(_GOV, "government", "", "Ratyan", "government")],
        ),
        (
            "2017-10-17",
            "The SDF ousted Islamic State from its de facto capital of Raqqa.",
            [("Non-state actor overtakes territory", "sdf", "isis", "Raqqa", "sdf")],
        ),
        # what a side is doing, or is, between commas after its name: the sides in it do not act
        (
            "2019-05-20",
            "Syrian troops, chasing HTS militants, captured Kafr Nabudah.",
            [(_GOV, "government", "", "Kafr Nabudah", "government")],
        ),
        (
            "2018-02-10",
            "Turkish troops, fighting alongside Syrian rebels against the YPG, captured Jandaris.",
            [("Non-state actor overtakes territory", "turkey", "", "Jindires", "turkey")],
        ),
        (
            "2013-03-02",
            "The FSA, the main opposition group fighting the Syrian government, shelled Jobar.",
            [("Shelling/artillery/missile attack", "opposition", "", "Jobar", "")],
        ),
        # from the read probe web113: a protest fired on is met by force, of the side firing; a side's media is no side
        # in what it reports
        (
            "2019-05-02",
            "The SDF killed three people while shooting at a protest in eastern Syria, SANA reported.",
            [("Excessive force against protesters", "protesters", "sdf", "East part of Syria", "")],
        ),
        (
            "2019-05-02",
            "Police fired on a protest in Daraa.",
            [("Excessive force against protesters", "protesters", "government", "Daraa", "")],
        ),
        ("2019-05-02", "Hundreds joined a protest in Daraa.", [("Peaceful protest", "protesters", "", "Daraa", "")]),
        (
            "2017-11-09",
            "The army entered Albu Kamal, Hezbollah's al-Manar TV reported.",
            [("Armed clash", "government", "", "Albu Kamal", "")],
        ),
        # from stop 66's third review: villagers who expel fighters take the place; families expelled, in any voice, do
        # not; a speaker's place is no subject of the passive it tells unless the clause names it again; a passive
        # pluperfect in reported speech is news
        (
            "2014-08-10",
            "Villagers expelled IS fighters from Abu Hamam after an uprising.",
            [("Non-state actor overtakes territory", "unidentified", "isis", "Abu Hamam", "")],
        ),
        ("2019-02-05", "Dozens of families were expelled from Baghouz by Islamic State militants.", []),
        ("2017-03-26", "Officials in Tabqa said the air base had been seized by the SDF.", []),
        (
            "2013-03-04",
            "Residents of Raqqa said that the city has fallen to rebels.",
            [("Non-state actor overtakes territory", "opposition", "", "Raqqa", "opposition")],
        ),
        (
            "2016-03-27",
            "Officials in Damascus said Palmyra had been recaptured by the army.",
            [(_GOV, "government", "", "Palmyra", "government")],
        ),
        # from the read probe web111: a capture's time between its control words and their "of"; an attack that kills
        # a side's men beside civilians is a battle with that side
        (
            "2013-08-06",
            "Rebels took full control overnight of the Menagh air base.",
            [("Non-state actor overtakes territory", "opposition", "", "Menagh Military Airbase", "opposition")],
        ),
        (
            "2015-05-21",
            "IS took total control at dawn on Sunday of Palmyra.",
            [("Non-state actor overtakes territory", "isis", "", "Palmyra", "isis")],
        ),
        (
            "2016-01-17",
            "The IS attack on Deir Ezzor on Saturday killed at least 85 civilians and 50 regime forces.",
            [("Armed clash", "isis", "government", "Deir ez-Zor", "")],
        ),
        (
            "2016-01-17",
            "An IS attack on Deir Ezzor killed 85 civilians.",
            [("Attack", "isis", "civilians", "Deir ez-Zor", "")],
        ),
        # from stop 66's fourth review: a doubt in reported speech is no news of a capture; fire at a protest is force
        # on it, and the protesters are not who fired
        ("2016-03-25", "Officials said they did not know whether Palmyra had been recaptured by the army.", []),
        # (a progressive in reported speech stays news)
        (
            "2016-03-24",
            "Officials said the army had been advancing toward Palmyra.",
            [("Armed clash", "government", "", "Palmyra", "")],
        ),
        (
            "2011-04-22",
            "Security forces killed three protesters while shooting at a protest in Deraa.",
            [("Excessive force against protesters", "protesters", "unidentified", "Daraa", "")],
        ),
        # whom a rally favours, or a protest is against, did not fire on it (unless named firing)
        (
            "2012-07-06",
            "Rebels fired on a pro-government rally in Aleppo.",
            [("Excessive force against protesters", "protesters", "opposition", "Aleppo", "")],
        ),
        (
            "2013-07-02",
            "Soldiers opened fire on a protest against the Nusra Front in Aleppo.",
            [("Excessive force against protesters", "protesters", "unidentified", "Aleppo", "")],
        ),
        (
            "2020-09-03",
            "HTS fighters fired on a demonstration over HTS taxes in Atarib.",
            [("Excessive force against protesters", "protesters", "hts", "Al-Atarib", "")],
        ),
        # a passive hand-over hands the place before it to the side after "to" (not arms handed over); a speaker set off
        # by commas inside the clause is no subject of its passive
        (
            "2019-10-20",
            "Ras al-Ain was handed over to Turkish-backed rebels.",
            [("Non-violent transfer of territory", "turkey", "", "Ras al-Ayn", "turkey")],
        ),
        ("2018-07-20", "All the weaponry in Inkhil has been handed over to government forces.", []),
        (
            "2015-05-21",
            "Palmyra, officials in Homs said, has fallen to IS.",
            [("Non-state actor overtakes territory", "isis", "", "Palmyra", "isis")],
        ),
    ],
)
def test_what_stop_66s_rules_read(gaz, actors, date, text, expected):
    assert _told_both(gaz, actors, text, dt.date.fromisoformat(date)) == (expected, expected)


_TAKEN = "Non-state actor overtakes territory"


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # from the read probe web114: a capture told in a relative clause as recent is what holds the place; a source
        # that cannot confirm a capture, a denial of what the media circulated and a takeover to be stopped tell none
        (
            "2015-06-30",
            "IS attacked Tal Abyad, which was recently seized by the YPG.",
            [("Armed clash", "isis", "", "Tell Abyad", "")],
        ),
        ("2015-01-27", "Officials couldn't confirm that Kurdish fighters had taken Kobani.", []),
        ("2015-01-27", "Officials cannot confirm that Kurdish fighters took Kobani.", []),
        ("2016-08-30", "The army denied what was circulated by opposition media about the fall of Morek.", []),
        ("2014-10-11", "Activists urged Washington to stop an Islamic State takeover of Kobani.", []),
        # a pluperfect before the source's inverted verb is the source's news; members of a side driven out; the
        # YPG-led forces are the SDF's; a quote's speaker after its close is no place
        (
            "2015-06-23",
            "The YPG had seized Ain Issa, said YPG spokesman Redur Xelil.",
            [(_TAKEN, "sdf", "", "Ain Issa", "sdf")],
        ),
        (
            "2013-07-18",
            "Kurdish fighters pushed members of the Nusra Front out of Ras al-Ain.",
            [(_TAKEN, "sdf", "hts", "Ras al-Ayn", "sdf")],
        ),
        ("2015-06-23", "YPG-led forces captured Ain Issa.", [(_TAKEN, "sdf", "", "Ain Issa", "sdf")]),
        ("2014-10-01", "“They were captured by the YPG,” Hame said.", []),
        # from the read probe web116: a capture weeks before, after "since", dates the state; "went on to" seize is
        # done; a passive's agent after the place's apposition; a withdrawal that leaves the place in a side's hands
        (
            "2015-05-25",
            "The soldiers have been trapped in the hospital since rebels captured Jisr al-Shughour in late April.",
            [],
        ),
        ("2016-10-16", "Rebels then went on to seize Dabiq.", [(_TAKEN, "opposition", "", "Dabiq", "opposition")]),
        (
            "2015-05-22",
            "Government troops were driven from the eastern city of Palmyra, home to a famous archaeological site, by IS "
            "militants.",
            [(_TAKEN, "isis", "government", "Palmyra", "isis")],
        ),
        (
            "2015-05-28",
            "Regime forces withdrew from Mastouma, leaving it in the hands of the rebels.",
            [("Non-violent transfer of territory", "opposition", "government", "Al Mastumah", "opposition")],
        ),
    ],
)
def test_what_stop_67s_rules_read(gaz, actors, date, text, expected):
    assert _told_both(gaz, actors, text, dt.date.fromisoformat(date)) == (expected, expected)


@pytest.mark.parametrize(
    ("text", "taker", "place"),
    [
        # a share of a city taken, named before or after it, flips nothing (the event stays, near the city)
        ("Syrian Forces Retake Key District of Hasaka from ISIS", "government", "Al-Hasakah"),
        ("Islamic State captures Hasakah city neighborhood in surprise assault", "isis", "Al-Hasakah"),
    ],
)
def test_a_quarter_taken_flips_no_city(gaz, actors, text, taker, place):
    told = _told_heading(gaz, actors, text, dt.date(2015, 6, 29))
    assert [(e[1], e[3], e[4]) for e in told] == [(taker, place, "")]


_HANDED = "Non-violent transfer of territory"


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # from the read probes web114 and web116: a bomb attack is a device set off; a blast claimed by a side is its act; members
        # named after a side's noun; a side's adjective before its fighters; a speaker fighting another says what it took
        (
            "2016-07-27",
            "A bomb attack killed five people in Hasakah.",
            [("Remote explosive/landmine/IED", "unidentified", "civilians", "Al-Hasakah", "")],
        ),
        (
            "2016-07-27",
            "A suicide bomber killed 16 people in an attack on Kurdish security forces in Qamishli claimed by the Islamic State group.",
            [("Suicide bomb", "isis", "sdf", "Qamishli", "")],
        ),
        (
            "2016-03-15",
            "Syrian army troops and allied militia including fighters from Lebanon's Hezbollah movement seized control of Sheikh Miskeen.",
            [(_GOV, "government", "", "Shaykh Miskīn", "government")],
        ),
        (
            "2016-10-10",
            "Turkish-backed Syria fighters advancing on IS-held Dabiq",
            [("Armed clash", "turkey", "isis", "Dabiq", "")],
        ),
        (
            "2015-06-15",
            "Kurdish fighters battling Islamic State militants say they have recaptured Tal Abyad.",
            [(_TAKEN, "sdf", "", "Tell Abyad", "sdf")],
        ),
        # a withdrawal leaving its places in a side's hands: each place listed, none when only part was left
        (
            "2012-07-19",
            "Government forces withdrew from Afrin, Kobani and Amuda, leaving them in the hands of Kurdish fighters.",
            [(_HANDED, "sdf", "government", p, "sdf") for p in ("Afrin", "Kobani", "Amuda")],
        ),
        (
            "2014-10-08",
            "Kurdish fighters withdrew from the eastern part of Kobani, leaving it to Islamic State.",
            [(_HANDED, "sdf", "isis", "Kobani", "")],
        ),
        # from stop 67's reviews: a denial or a doubt of something else, and a purpose after 'did nothing', leave the
        # capture; members of the media or a family are no side; a day beside 'recently' is news; a relative 'went on';
        # a takeover to be stopped; a report denied; a source after a list of towns is no town; an advance fought
        (
            "2015-03-28",
            "The army denied reports of heavy losses and said it had recaptured the village of Nahlaya.",
            [(_GOV, "government", "", "Nahlaya", "government")],
        ),
        (
            "2014-06-28",
            "The Observatory could not confirm the death toll and said rebels captured the village of Morek on Saturday.",
            [(_TAKEN, "opposition", "", "Morek", "opposition")],
        ),
        (
            "2015-05-21",
            "Air strikes did nothing to stop Islamic State fighters seizing Palmyra, residents said.",
            [(_TAKEN, "isis", "", "Palmyra", "isis")],
        ),
        ("2014-01-08", "ISIL pushed members of the media out of Darat Izza.", []),
        (
            "2019-01-05",
            "HTS drove members of the Nour al-Din al-Zenki movement out of Darat Izza.",
            [(_TAKEN, "hts", "opposition", "Darat Izza", "hts")],
        ),
        (
            "2016-08-20",
            "Residents returned to Manbij, which was recently captured by the SDF on Friday.",
            [(_TAKEN, "sdf", "", "Manbij", "sdf")],
        ),
        ("2015-10-05", "The Nusra Front, which later went on to seize Jisr al-Shughour, was once a small group.", []),
        ("2020-02-10", "Turkey sent convoys to stop the Syrian army's takeover of Saraqeb.", []),
        (
            "2015-05-27",
            "Reports that government forces withdrew from Ariha, leaving the town to the rebels, were denied by the army.",
            [(_HANDED, "government", "opposition", "Ariha", "")],
        ),
        (
            "2015-05-30",
            "PYD forces burned down houses near the towns of Ras al-Ain and Tal Tamr, SOHR reported.",
            [("Looting/property destruction", "sdf", "civilians", p, "") for p in ("Ras al-Ayn", "Tell Tamr")],
        ),
        (
            "2019-10-11",
            "Kurdish forces struggled to stop a Turkish advance on Ras al-Ain, a monitor said.",
            [("Armed clash", "turkey", "", "Ras al-Ayn", "")],
        ),
        # from the read probe web112: "the official" before a place's name is no person taken; "before capturing" goes on
        # from the act before it; wire spellings of Busra al-Harir
        (
            "2018-07-07",
            "The army retook Nahtah before capturing the official Nasib crossing.",
            [
                (_GOV, "government", "", "Nahtah", "government"),
                (_GOV, "government", "", "Nasib border crossing", "government"),
            ],
        ),
        (
            "2018-07-03",
            "The army had seized both Basr al-Harir and Nahtah, a military source said.",
            [
                (_GOV, "government", "", "Busra al-Harir", "government"),
                (_GOV, "government", "", "Nahtah", "government"),
            ],
        ),
        # from stop 67's third review: a takeover to be stopped, with or without its article, even when fought for; a region
        # before the villages a withdrawal left; a main clause's "later went on"; an accusation; a place's claim
        ("2016-12-01", "Army advances to stop rebel takeover of Hanano", []),
        ("2014-10-07", "Kurdish fighters battled to stop an Islamic State takeover of Kobani.", []),
        (
            "2018-08-02",
            "Islamic State withdrew from the Yarmouk basin villages of Shajara and Jamla, leaving them to the army.",
            [(_HANDED, "government", "isis", p, "government") for p in ("Ash Shajarah", "Jamlah")],
        ),
        (
            "2014-03-17",
            "Rebels later went on to seize the Kassab crossing.",
            [(_TAKEN, "opposition", "", "Kassab", "opposition")],
        ),
        ("2019-10-24", "Al-Qaeda-linked militants were accused of seizing aid in Idlib.", []),
        (
            "2018-06-02",
            "A car bomb killed four in Azaz, which was claimed by Islamic State in 2014.",
            [("Remote explosive/landmine/IED", "unidentified", "", "Azaz", "")],
        ),
        (
            "2013-10-20",
            "A truck bomb exploded at an army checkpoint in Hama city, killing 30, claimed by the Nusra Front.",
            [("Remote explosive/landmine/IED", "hts", "", "Hama", "")],
        ),
        # from the read probe web115: the hour between "took control" and its "of"; SANA's "returned safety and security
        # to"; a suburb named after its type word (not "the suburbs of", a share); a place "returned to" a side's control,
        # also in a list opening the main clause after an adverbial; a suicide bomber's "strike"
        (
            "2014-04-09",
            "The army took control this morning of the villages of Ras al-Maarra and Flita.",
            [(_GOV, "government", "", p, "government") for p in ("Ras al-Maarra", "Flita")],
        ),
        (
            "2014-06-15",
            "Army units returned safety and security to Kassab this morning.",
            [(_GOV, "government", "", "Kassab", "government")],
        ),
        (
            "2016-08-27",
            "Government forces have taken control of the besieged Damascus suburb of Daraya.",
            [(_GOV, "government", "", "Darayya", "government")],
        ),
        (
            "2016-08-27",
            "Rebels took control of the eastern suburbs of Damascus.",
            [(_TAKEN, "opposition", "", "Damascus", "")],
        ),
        (
            "2017-04-20",
            "After the evacuation of rebels, the towns of Zabadani, Madaya and Buqein returned to Syrian government control "
            "on Wednesday.",
            [(_GOV, "government", "", p, "government") for p in ("Zabadani", "Madaya", "Buqayn")],
        ),
        (
            "2017-04-20",
            "The town of Zabadani returned to the control of the Syrian army.",
            [(_GOV, "government", "", "Zabadani", "government")],
        ),
        (
            "2014-02-02",
            "A suicide bomber killed three people in a strike on a checkpoint in Homs.",
            [("Suicide bomb", "unidentified", "civilians", "Homs", "")],
        ),
        # from stop 67's fourth review: an attack's own claim in a relative or told again after "and the attack"; an
        # area's claim is not the blast's; "state control"; no plan nor people "returned"; an attack launched to stop an
        # advance is the fight there
        (
            "2016-02-21",
            "A car bomb in Homs killed 46 people, in an attack which was later claimed by the Islamic State group.",
            [("Remote explosive/landmine/IED", "isis", "civilians", "Homs", "")],
        ),
        (
            "2020-11-24",
            "A car bomb killed five in Ras al-Ain in an area claimed by the SDF.",
            [("Remote explosive/landmine/IED", "unidentified", "", "Ras al-Ayn", "")],
        ),
        (
            "2018-04-15",
            "Douma returned to state control on Saturday.",
            [(_GOV, "government", "", "Douma", "government")],
        ),
        ("2019-11-10", "Under the deal, Ras al-Ain is to be returned to government control.", []),
        # from stop 67's last reviews: the first of towns listed by name is taken, a province's capital after "villages of"
        # locates; an Oxford comma inside a typed list; a passive "was returned to … control"; a capture after a
        # purpose is the attackers'
        (
            "2018-04-15",
            "The army captured the towns of Douma, Harasta and Arbin.",
            [(_GOV, "government", "", p, "government") for p in ("Douma", "Harasta", "Arbin")],
        ),
        (
            "2018-04-15",
            "The army captured villages of Aleppo and Idlib.",
            [(_GOV, "government", "", p, "") for p in ("Aleppo", "Idlib")],
        ),
        (
            "2018-07-15",
            "The towns of Nawa, Jasim, and Inkhil were handed over to the army.",
            [(_HANDED, "government", "", p, "government") for p in ("Nawa", "Jasim", "Inkhil")],
        ),
        (
            "2018-08-01",
            "Nawa was returned to government control after the deal.",
            [(_GOV, "government", "", "Nawa", "government")],
        ),
        (
            "2020-02-15",
            "Rebels launched an attack to stop a regime advance, seizing Nayrab.",
            [(_TAKEN, "opposition", "government", "Nayrab", "opposition")],
        ),
        # a blast's claim after a semicolon that tells the attack again; "the attack was (later) claimed" is no new fight
        (
            "2019-01-16",
            "A suicide bombing in Manbij killed four Americans; the attack was claimed by Islamic State.",
            [("Suicide bomb", "isis", "", "Manbij", "")],
        ),
        (
            "2015-06-25",
            "A car bomb killed 20 in Hasakah, and the attack was later claimed by IS.",
            [("Remote explosive/landmine/IED", "isis", "", "Al-Hasakah", "")],
        ),
    ],
)
def test_what_stop_67s_later_rules_read(gaz, actors, date, text, expected):
    assert _told_both(gaz, actors, text, dt.date.fromisoformat(date)) == (expected, expected)


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # from the read probes web118 and web120: an unnamed town "close to the city of X" (X only locates it); a gerund
        # subject of "would" in a reported clause; "could" under an opening "if"; a capture "recent" after a plural owner
        # is the state; where the beaten side fled; a place between two that bound it; places left out by "except"; the
        # owner in "Douma, a Damascus suburb"; "the districts of" towns; "an air base at X" is the base, and the prize
        # when the gazetteer has one there; "Turkiye" and "National Army" factions; a name never runs over a comma into
        # the sentence's words
        (
            "2012-10-12",
            "A strategic village close to the northern city of Aleppo has fallen to rebels, activists said.",
            [(_TAKEN, "opposition", "", "Aleppo", "")],
        ),
        (
            "2015-05-29",
            "The rebel commander said before the battle that controlling Ariha would open the road to Latakia.",
            [],
        ),
        (
            "2013-03-05",
            "“If we had more ammunition, we could take Wadi Deif within a week,” a rebel commander said.",
            [],
        ),
        ("2024-12-05", "The rebels’ recent capture of the city of Hama was a heavy blow to the government.", []),
        (
            "2015-05-29",
            "Rebels stormed into Ariha, sending government troops fleeing in the direction of the Ghab plain.",
            [("Armed clash", "opposition", "government", "Ariha", "")],
        ),
        (
            "2015-05-25",
            "Rebels took control of the hill of al-Mastumah between the cities of Idlib and Ariha.",
            [(_TAKEN, "opposition", "", "Al Mastumah", "")],
        ),
        (
            "2024-12-01",
            "Government forces withdrew from the whole province, except for Khan Sheikhoun and Kafr Nabl.",
            [],
        ),
        (
            "2015-01-10",
            "A regime airstrike on a market in Douma, a Damascus suburb, killed 40 people.",
            [("Air/drone strike", "government", "civilians", "Douma", "")],
        ),
        (
            "2024-12-06",
            "Rebels have captured the districts of Rastan and Talbiseh in Homs province.",
            [(_TAKEN, "opposition", "", p, "opposition") for p in ("Al-Rastan", "Talbiseh")],
        ),
        (
            "2013-02-12",
            "Rebels overran a military air base at Al-Jarrah on Tuesday.",
            [(_TAKEN, "opposition", "", "Jirah Military Airbase", "opposition")],
        ),
        ("2013-02-12", "Rebels seized an army base in Idlib on Tuesday.", [(_TAKEN, "opposition", "", "Idlib", "")]),
        (
            "2024-12-01",
            "Turkiye-backed factions seized the town of Tel Rifaat on Sunday.",
            [(_TAKEN, "turkey", "", "Tell Rifaat", "turkey")],
        ),
        (
            "2024-12-01",
            "“National Army” factions took control of Tel Rifaat on Sunday.",
            [(_TAKEN, "turkey", "", "Tell Rifaat", "turkey")],
        ),
        (
            "2013-09-20",
            "An al-Qaeda front group overran the town of Azaz on Wednesday.",
            [(_TAKEN, "hts", "", "Azaz", "hts")],
        ),
        (
            "2014-09-23",
            "Rebels captured Urma al-Kubra on Monday.",
            [(_TAKEN, "opposition", "", "Urum al-Kubra", "opposition")],
        ),
        (
            "2015-05-29",
            "Ahrar al-Sham's deputy head, Abu Issa Sheikh, said the rebels shelled Ariha.",
            [("Shelling/artillery/missile attack", "opposition", "", "Ariha", "")],
        ),
        (
            "2013-12-10",
            "Rebels were driven from Adra, an industrial town northeast of Damascus, by government troops.",
            [(_GOV, "government", "opposition", "Adra", "government")],
        ),
    ],
)
def test_what_stop_68s_rules_read(gaz, actors, date, text, expected):
    assert _told_both(gaz, actors, text, dt.date.fromisoformat(date)) == (expected, expected)


@pytest.mark.parametrize(
    ("date", "text", "heading", "body"),
    [
        # from the read probes web118 and web120: the side just named owns "following their takeover"; a road taken
        # keeps its ends as ground near it; what lies "between" two places
        # (not "the area located between", named by them); an "after" clause a month old is background; "has fallen
        # under control of"; a statue brought down by a crowd is a riot, by a side its property destruction
        (
            "2024-12-06",
            "Russian planes bombed a bridge leading to the central city of Homs, slowing an advance by rebels following "
            "their takeover of the main cities of Hama and Aleppo.",
            [("Air/drone strike", "russia", "", "Homs", "")]
            + [(_TAKEN, "opposition", "", p, "") for p in ("Hama", "Aleppo")],
            None,
        ),
        (
            "2016-02-07",
            "Syrian troops captured the highway linking Aleppo to Azaz.",
            [(_GOV, "government", "", p, "") for p in ("Aleppo", "Azaz")],
            None,
        ),
        (
            "2024-12-05",
            "The army admitted losing control of the city, strategically located between Aleppo and Damascus.",
            [],
            None,
        ),
        (
            "2017-08-20",
            "Warplanes carried out raids on the area located between Zamalka and Ein Tarma, killing 10 people.",
            [("Air/drone strike", "unidentified", "civilians", "Zamalka", "")],
            None,
        ),
        (
            "2015-05-22",
            "Nusra and its allies took full control of the hospital complex on Friday, after seizing the town of Jisr "
            "al-Shughur on April 25.",
            [],
            None,
        ),
        (
            "2015-05-22",
            "Nusra took full control of the hospital complex on Friday, after seizing the town of Jisr al-Shughur on "
            "Thursday.",
            [(_TAKEN, "hts", "", "Jisr al-Shughur", "hts")],
            None,
        ),
        (
            "2013-07-23",
            "The city of Tabga has also fallen under control of ISIS, following an agreement with other factions.",
            [(_TAKEN, "isis", "", "Tabqa", "isis")],
            None,
        ),
        (
            "2024-12-08",
            "Protesters brought down a statue of Hafez al-Assad in Jermana on Sunday.",
            [("Violent demonstration", "protesters", "", "Jaramana", "")],
            None,
        ),
        (
            "2013-03-04",
            "Rebels captured the city of Raqqa and crowds toppled a statue of President Bashar Assad's father.",
            [
                (_TAKEN, "opposition", "", "Raqqa", "opposition"),
                ("Violent demonstration", "protesters", "", "Raqqa", ""),
            ],
            None,
        ),
        (
            "2013-09-20",
            "Activists accused ISIL of tearing down a statue of Haroon al-Rashid in Raqqa.",
            [("Looting/property destruction", "isis", "", "Raqqa", "")],
            None,
        ),
        (
            "2024-12-08",
            "In Daraa city, a statue of Assad was brought down last night, residents said.",
            [("Violent demonstration", "protesters", "", "Daraa", "")],
            ...,  # (a body lends no opening place to a passive with no place of its own: not asserted)
        ),
        (
            "2023-08-27",
            "Protesters in Sweida tore down posters of Assad.",
            [("Violent demonstration", "protesters", "", "As-Suwayda", "")],
            ...,  # (a body lends the subject's place only to the protest: not asserted)
        ),
        (
            "2016-03-01",
            "Rebels brought down a helicopter over Hama.",
            [("Armed clash", "opposition", "government", "Hama", "")],
            None,
        ),
    ],
)
def test_what_stop_68s_later_rules_read(gaz, actors, date, text, heading, body):
    day = dt.date.fromisoformat(date)
    if body is ...:
        assert _told_heading(gaz, actors, text, day) == heading
    else:
        assert _told_both(gaz, actors, text, day) == (heading, heading if body is None else body)


@pytest.mark.parametrize(
    ("date", "text", "heading", "body"),
    [
        # what the reviews of stop 68's rules hold: a drone brought down is no statue; "has come under the control of";
        # a bridge hit is placed at the town it leads to; a quarter's name is no village of that name; an airport "at"
        # a town the gazetteer gives no airport flips no town; "except" leaves out only names; "no other town except X";
        # a bearing before a named district; an appeal's second verb; "managed to … and capture"; an air base "at"
        # taken; a road's ends after "adjacent to"; a possessive owner with "opposition-held"; an eastern Aleppo
        # neighbourhood
        (
            "2019-04-10",
            "Air defences brought down a drone near Hama.",
            [("Other", "unidentified", "", "Hama", "")],
            None,
        ),
        (
            "2024-12-01",
            "Aleppo has come under the full control of HTS and allied factions, monitors said.",
            [(_TAKEN, "hts", "", "Aleppo", "hts")],
            None,
        ),
        (
            "2017-09-25",
            "Russian jets struck the bridge leading to Raqqa, killing four civilians.",
            [("Air/drone strike", "russia", "civilians", "Raqqa", "")],
            None,
        ),
        (
            "2012-06-11",
            # (Homs's Khalidiya a row since stop 74)
            "Government forces pounded the districts of Khalidiyeh and Jouret al-Shiyah in Homs.",
            [
                ("Shelling/artillery/missile attack", "government", "", "Khalidiya", ""),
                ("Shelling/artillery/missile attack", "government", "", "Jouret al-Shayah", ""),
            ],
            None,
        ),
        ("2015-05-21", "ISIS captured an airport at Tadmur.", [(_TAKEN, "isis", "", "Palmyra", "")], None),
        (
            "2016-06-01",
            "Rebels took Kafr Nabl, with the exception of the police station, and Hass.",
            [(_TAKEN, "opposition", "", "Kafranbel", "opposition"), (_TAKEN, "opposition", "", "Hass", "")],
            None,
        ),
        (
            "2016-06-01",
            "Shells hit Qusayr and no other town except Rastan.",
            [("Shelling/artillery/missile attack", "unidentified", "", p, "") for p in ("Al-Qusayr", "Al-Rastan")],
            None,
        ),
        (
            "2016-09-05",
            "The government forces have retaken all of the south-western Dahiyat al-Assad district and the nearby village "
            "of Minyan.",
            [(_GOV, "government", "", p, "government") for p in ("Dahiyat al-Assad (Aleppo)", "Minyan")],
            None,
        ),
        (
            "2016-11-20",
            "Leaflets were dropped on eastern Aleppo urging rebel fighters to put down their weapons and surrender the "
            "area to the army.",
            [("Other", "unidentified", "", "Eastern half of Aleppo city, then divided", "")],
            [],
        ),
        (
            "2016-05-06",
            "Rebels managed to break the siege and capture Khan Tuman.",
            [(_TAKEN, "opposition", "", "Khan Tuman", "opposition")],
            None,
        ),
        (
            "2016-02-10",
            "Kurdish fighters took over a military airport at Menagh from rebels.",
            [(_TAKEN, "sdf", "opposition", "Menagh Military Airbase", "sdf")],
            None,
        ),
        (
            "2015-10-20",
            "The army recaptured al-Hader town, one of the rebels’ strongholds adjacent to the key highway connecting "
            "Aleppo with Damascus.",
            [(_GOV, "government", "opposition", "Al-Hader", "government")],
            None,
        ),
        (
            "2016-01-10",
            "Airstrikes killed five people on Sunday in Aleppo’s opposition-held Kallaseh district.",
            [("Air/drone strike", "unidentified", "civilians", "al-Kallaseh", "")],
            None,
        ),
        (
            "2016-11-28",
            "Government forces captured a major eastern Aleppo neighborhood on Monday.",
            [(_GOV, "government", "", "Eastern half of Aleppo city, then divided", "")],
            None,
        ),
    ],
)
def test_what_the_reviews_of_stop_68s_rules_hold(gaz, actors, date, text, heading, body):
    expected = (heading, heading if body is None else body)
    assert _told_both(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # from the read probe web124: an adjective "occupied" is no capture; Atman (an estimated point north of Daraa)
        # and Reuters' "Tseel" are places; the rules below
        (
            "2017-03-06",
            "Israel strikes Syrian regime forces as Netanyahu visits illegally occupied Golan Heights",
            [("Air/drone strike", "israel", "government", "Golan Heights", "")],
        ),
        (
            "2016-08-01",
            "Turkish forces occupied the town of Jarablus.",
            [(_TAKEN, "turkey", "", "Jarabulus", "turkey")],
        ),
        (
            "2016-02-06",
            "Syrian soldiers and Hezbollah fighters seized Ataman, just two kilometres from Daraa, the Observatory said.",
            [(_GOV, "government", "", "Atman", "government")],
        ),
        (
            "2017-02-22",
            "Jaish Khalid bin al-Walid captured the town of Tseel from rebels.",
            [(_TAKEN, "isis", "opposition", "Tasīl", "isis")],
        ),
        # a day between "forced to withdraw" and its "from"; roads named by where they lead; ", cutting off …" is what
        # the act brought about; "rebels from <faction>" are that side's men
        (
            "2015-03-25",
            "Government troops were forced to withdraw on Wednesday from Bosra al-Sham, the sources said.",
            [(_HANDED, "government", "", "Busra al-Sham", "")],
        ),
        (
            "2016-01-26",
            "The army recaptured the city of Sheikh Miskin at the confluence of roads leading to the southern provinces of "
            "Daraa, Quneitra and Sweida.",
            [(_GOV, "government", "", "Shaykh Miskīn", "government")],
        ),
        (
            "2016-01-26",
            "Syrian forces liberated the key town of Sheikh Miskeen, cutting off rebel routes between eastern and western "
            "Daraa Province.",
            [(_GOV, "government", "opposition", "Shaykh Miskīn", "government")],
        ),
        (
            "2015-06-12",
            "Rebels from the Southern Front alliance withdrew from the Al-Thalaa base under heavy regime fire.",
            [(_HANDED, "opposition", "government", "Al-Tha'lah Military Airbase", "")],
        ),
        # (and what their review holds: "illegally occupied" after a side is its act; roads leading to places are
        # placed there when no other place is taken; a bearing after a named village locates it)
        (
            "2018-03-20",
            "Turkish forces illegally occupied Afrin, the Syrian foreign ministry said.",
            [(_TAKEN, "turkey", "", "Afrin", "turkey")],
        ),
        (
            "2020-02-10",
            "Government forces shelled routes leading to the cities of Idlib, Saraqeb and Ariha.",
            [("Shelling/artillery/missile attack", "government", "", p, "") for p in ("Idlib", "Saraqib", "Ariha")],
        ),
        (
            "2018-07-01",
            "Government forces retook Atman village north of Daraa.",
            [(_GOV, "government", "", "Atman", "government")],
        ),
        # (and what that review found wrong before and after: "has also fallen to"; a measure that "has fallen sharply"
        # in a town; the time between "forced to withdraw" and "from")
        ("2024-12-05", "Hama has also fallen to the rebels.", [(_TAKEN, "opposition", "", "Hama", "opposition")]),
        ("2024-12-05", "Morale has fallen sharply in Hama, residents said.", []),
        # (a loss told as "no longer under the control of" a side: that side's, with no winner)
        (
            "2024-12-01",
            "Aleppo is no longer under the control of President Bashar al-Assad's government, a war monitor said.",
            [(_HANDED, "government", "", "Aleppo", "")],
        ),
        ("2024-12-01", "The town is no longer under the control of the army.", []),
        (
            "2015-05-20",
            "Government forces were forced to withdraw on Wednesday night from Palmyra.",
            [(_HANDED, "government", "", "Palmyra", "")],
        ),
        (
            "2017-10-20",
            "IS militants were forced to withdraw early Thursday from al-Mayadin, SANA said.",
            [(_HANDED, "isis", "", "Al-Mayadin", "")],
        ),
    ],
)
def test_what_stop_68s_last_rules_read(gaz, actors, date, text, expected):
    assert _told_both(gaz, actors, text, dt.date.fromisoformat(date)) == (expected, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # from the read probe web117: a headline's town set off by a comma before the province's capital that locates it
        # (before "as", or after its type word) is the one taken; a headline's present after "after" is the day's news
        (
            "Hayat Tahrir al-Sham gains control of Atarib, Aleppo, as 1,000 people leave the city",
            [(_TAKEN, "hts", "", "Al-Atarib", "hts")],
        ),
        ("Khalid Ibn al-Walid Army seizes control over Heit town, Daraa", [(_TAKEN, "isis", "", "Hayt", "isis")]),
        ("IS captures Tabqa air base, Raqqa", [(_TAKEN, "isis", "", "Tabqa Military Airbase", "isis")]),
        ("Aleppo-Latakia line cut off after rebels seize Ariha", [(_TAKEN, "opposition", "", "Ariha", "opposition")]),
        # (but a noun after "after" is the state: "After regime's control of X… clashes take place")
        (
            "After regime's control of Tadif, clashes take place between the factions and the regime forces near it",
            [("Armed clash", "opposition", "government", "Tadif", "")],
        ),
    ],
)
def test_what_stop_67s_headlines_read(gaz, actors, text, expected):
    assert _told_heading(gaz, actors, text, dt.date(2018, 7, 1)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # from the read probes web119, web121 and web125: "By taking X, the army …" is the main clause's subject's
        # capture (but not one the main clause only weighs, "would have")
        (
            "2013-11-22",
            "By taking the town of Otaybah, east of the capital, the army dealt a major setback to opposition forces.",
            [(_GOV, "government", "opposition", "Al-Otaiba", "government")],
        ),
        (
            "2015-05-12",
            "By seizing Talat Moussa, Hezbollah would have scored a significant advance in its offensive.",
            [],
        ),
        # ("Syria" as a clause's doer is its state; not the country a place lies in)
        (
            "2022-01-01",
            "Syria said it shot down Israeli missiles as they approached the capital Damascus on Friday.",
            [("Disrupted weapons use", "government", "israel", "Damascus", "")],
        ),
        (
            "2022-01-01",
            "Fighters in Syria said Israeli missiles hit the capital Damascus on Friday.",
            [("Shelling/artillery/missile attack", "israel", "", "Damascus", "")],
        ),
        # (a reduced apposition after a place: "Kawkab, taken by rebels earlier in the day"; not a hold of long ago)
        (
            "2016-09-02",
            "There was heavy fighting near the village of Kawkab, taken by rebels earlier in the day.",
            [(_TAKEN, "opposition", "", "Kawkab", "opposition")],
        ),
        ("2016-09-02", "Rebels shelled Kawkab, captured by the army in May.", []),
        # (an owner's word for a side between dashes is an aside: "– al-Qaida’s fighting organization in Syria –")
        (
            "2014-08-28",
            "The opposition fighters – al-Qaida’s fighting organization in Syria – seized the Quneitra crossing.",
            [(_TAKEN, "opposition", "", "Quneitra crossing", "opposition")],
        ),
        # ("successful operations to liberate X": the purpose reached; not an unsuccessful attack)
        (
            "2023-09-01",
            "The Syrian army conducted successful operations to liberate the town of Dhiban.",
            [(_GOV, "government", "", "Dhiban", "government")],
        ),
        (
            "2023-09-01",
            "The Syrian army launched an unsuccessful attack to capture the town of Dhiban.",
            [("Armed clash", "government", "", "Dhiban", "")],
        ),
        # ("now exercise full control over X": the control just won)
        (
            "2020-02-08",
            '"Army units now exercise full control over the town of Saraqeb," state television reported.',
            [(_GOV, "government", "", "Saraqib", "government")],
        ),
        # ("we" in a quote whose speaker's own friends it names first)
        (
            "2020-02-04",
            "“With the help of our Turkish friends, we regained control of the town of Nairab after expelling the "
            "terrorist Russian militias,” said Yusef Hamoud, spokesman for the Turkish-backed National Army.",
            [(_TAKEN, "turkey", "russia", "Nayrab", "turkey")],
        ),
        # (a list of names that opens the sentence, with a comma before its "and", is one subject)
        (
            "2022-11-25",
            "Kobani, Derik, and Amuda came under heavy strikes.",
            [(_STRIKE, "unidentified", "", p, "") for p in ("Kobani", "Al-Malikiyah", "Amuda")],
        ),
        # (a side the opening adverbial names is not what "they" stands for in the main clause)
        (
            "2022-01-27",
            "After days of fighting between SDF fighters and ISIS members, the SDF announced on Wednesday that they "
            "regained full control of the al-Sina'a prison in Hasakah.",
            [(_TAKEN, "sdf", "", "Ghwayran prison", "sdf")],
        ),
        # (the side fought, named after "against the remnants of", is no subject of a participle after a comma)
        (
            "2018-01-22",
            "SANA’s reporter in Hama said that army units, in cooperation with supporting forces, continued their "
            "operations against the remnants of Nusra Front terrorist organization to the east of Abu al-Dhour Airport, "
            "regaining control over the villages of Qar’a al-Ghazal, Um al-Hota, Shoyhet Abu Essa, and Abu Mrir.",
            [
                (_GOV, "government", "hts", p, "government")
                for p in ("Qar’a al-Ghazal", "Um al-Hota", "Shoyhet Abu Essa", "Abu Mrir")
            ],
        ),
        # (the wire's spellings of Zaytan and Birnah, and the official name of al-Hasakah's Ghwayran prison)
        (
            "2020-02-14",
            "Syrian Arab Army units have retaken control of the villages of Zitan and Barnah to the south of Aleppo.",
            [(_GOV, "government", "", p, "government") for p in ("Zaytan", "Birnah")],
        ),
        (
            "2022-01-30",
            "The last group of ISIS militants surrendered to the SDF in al-Sina’a prison on Wednesday.",
            [("Arrests", "sdf", "isis", "Ghwayran prison", "")],
        ),
        # (the Arabic article as it sounds in a side's name, and the Lebanese group)
        (
            "2017-07-20",
            "Nour e-Din a-Zinki forces seized control of the town of Tarmala.",
            [(_TAKEN, "opposition", "", "Tarmala", "opposition")],
        ),
        (
            "2015-05-12",
            "The Lebanese group captured the village of Fleita.",
            [(_GOV, "iran", "", "Flita", "iran")],
        ),
    ],
)
def test_what_stop_69s_rules_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # from the read probes web127 and web130: "its/their troops" are the side named before, not the government's
        # alias; a city's "area" is the ground around it; "pushed the last rebel fighters out of X"; a participle
        # chain's object is no new subject; "now control the village of X"; "purified X of terrorists"
        (
            "2019-10-16",
            "Turkey said its troops seized the border town of Tal Abyad.",
            [(_TAKEN, "turkey", "", "Tell Abyad", "turkey")],
        ),
        (
            "2019-10-16",
            "Troops seized the border town of Tal Abyad.",
            [(_GOV, "government", "", "Tell Abyad", "government")],
        ),
        (
            "2019-10-16",
            "The Turkish military is seeking to capture Ras Al-‘Ayn after their troops managed to seize the border town "
            "of Tal Abyad.",
            [("Armed clash", "turkey", "", "Ras al-Ayn", "")],
        ),
        (
            "2019-10-16",
            "The Syrian army said rebels attacked its troops in Tal Abyad.",
            [("Armed clash", "opposition", "government", "Tell Abyad", "")],
        ),
        (
            "2019-12-23",
            "The army denied that Turkish forces had captured Jarjanaz, and said its troops seized Tal Manas.",
            [(_GOV, "government", "", "Talmenes", "government")],
        ),
        (
            "2018-03-18",
            "Turkish-backed fighters took over the whole Afrin region, with the exception of Tal Rifaat.",
            [(_TAKEN, "turkey", "", "Afrin", "turkey")],
        ),
        # (stop 77: the side that pulled out in the "after" clause is the one the area was taken from)
        (
            "2018-03-20",
            "ISIS took the Damascus area after rebels pulled out.",
            [(_TAKEN, "isis", "opposition", "Damascus", "")],
        ),
        (
            "2018-04-12",
            "Syrian troops pushed the last rebel fighters out of Douma on Thursday.",
            [(_GOV, "government", "opposition", "Douma", "government")],
        ),
        (
            "2018-03-01",
            "Syrian Arab Army units continued on Friday their military operations in Eastern Ghouta, targeting the "
            "gatherings of Jabhat al-Nusra terrorist organization and the armed groups affiliated to it, establishing "
            "full control on Beit Sawa village.",
            # (stop 75: the side whose gatherings were targeted was fought)
            [
                ("Armed clash", "government", "", "Eastern Ghouta", ""),
                (_GOV, "government", "hts", "Beit Sawa", "government"),
            ],
        ),
        (
            "2019-02-20",
            "The SDF forces said they now control the strategic village of Baghuz on the border with Iraq.",
            [(_TAKEN, "sdf", "", "Al-Baghuz Fawqani", "sdf")],
        ),
        (
            "2018-04-15",
            "The Syrian government said on Sunday it had “purified” Douma of “terrorists”.",
            [(_GOV, "government", "unidentified", "Douma", "government")],
        ),
        # (the wire's spellings of Hawsh ad Dawahirah and Ar Rayhan of Eastern Ghouta, and Al-Yabisah by Tal Abyad)
        (
            "2018-03-01",
            "The Syrian Arab Army took control of Hawsh Dawahra and the town of al-Rayhanah after a short battle.",
            [(_GOV, "government", "", p, "government") for p in ("Hawsh ad Dawahirah", "Ar Rayhan")],
        ),
        (
            "2019-10-20",
            "The Turkish Army managed to capture the village of Al-Yabseh.",
            [(_TAKEN, "turkey", "", "Al-Yabisah", "turkey")],
        ),
        # (and what the review of stop 69's first rules holds: an opening "By …ing" with a main clause of intent; a
        # successful operation only planned; full control of the air, a road or a situation; an opening list of
        # capitals that speak; an ally's aside between dashes)
        (
            "2015-09-28",
            "By taking Zabadani, Hezbollah hoped to secure the border, analysts said.",
            [("Armed clash", "iran", "", "Zabadani", "")],
        ),
        (
            "2018-05-03",
            "The army is preparing a successful operation to liberate Yarmouk camp, a commander said.",
            [("Armed clash", "government", "", "Yarmouk Camp", "")],
        ),
        (
            "2017-09-05",
            "The army's successful offensive to capture Deir el-Zor broke the three-year siege.",
            [(_GOV, "government", "", "Deir ez-Zor", "government")],
        ),
        ("2017-10-21", "The coalition now has full control of the airspace over Raqqa.", []),
        # (and what the review of stop 69's second rules holds: the subject of a weighed "By …ing" is the doer of an
        # attempt; all of a city's area, or one that includes the city, is the city; men deployed after a hand-over
        # "now control" no town they took; a relative clause's hold; a place retaken, whose earlier loss an apposition
        # tells)
        (
            "2018-03-10",
            "By capturing Mesraba, the army aims to split Eastern Ghouta in two.",
            [("Armed clash", "government", "", "Misraba", "")],
        ),
        (
            "2016-12-23",
            "The Syrian army retook the entire Aleppo area after the evacuation of rebels.",
            [(_GOV, "government", "", "Aleppo", "government")],
        ),
        (
            "2015-05-21",
            "ISIS took over the Palmyra area, including the ancient city.",
            [(_TAKEN, "isis", "", "Palmyra", "isis")],
        ),
        ("2019-10-15", "Russian military police now control the town of Manbij.", []),
        ("2017-06-10", "The rebels, who now control the town of Jisr al-Shughur, shelled nearby villages.", []),
        (
            "2019-04-20",
            "The army recaptured Latmin, seized by rebels on Friday.",
            [(_GOV, "government", "", "Latmin", "government")],
        ),
        # (from the read probe web126: the state's screen speaks for the forces of a quote, "…,” the TV said; "our brave
        # army has taken"; the president's brother's men are the government's)
        (
            "2012-07-20",
            "“Our heroic forces have completely cleansed the Midan area from the terrorist mercenaries,” the TV said.",
            [(_GOV, "government", "", "Al-Midan", "government")],
        ),
        (
            "2014-04-09",
            "“Our brave army has taken control of Rankous,” said the broadcaster.",
            [(_GOV, "government", "", "Rankūs", "government")],
        ),
        (
            "2013-03-01",
            "Forces loyal to Maher al-Assad stormed Barzeh.",
            [("Armed clash", "government", "", "Barzeh", "")],
        ),
        ("2022-01-26", "The SDF now has full control over the situation in Ghwayran.", []),
        ("2019-08-25", "Government forces now have full control of the road between Khan Shaykhun and Morek.", []),
        (
            "2018-04-14",
            "Damascus, Moscow, and Tehran condemned the strikes on Homs.",
            [(_STRIKE, "unidentified", "", "Homs", "")],
        ),
        (
            "2015-05-01",
            "Hezbollah – Iran's closest ally in the region – took control of Flita.",
            [(_GOV, "iran", "", "Flita", "iran")],
        ),
    ],
)
def test_what_stop_69s_second_rules_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (from the read probes web128 and web129: a provincial capital typed as such; a place counted among those
        # that fell; the same day as a time long past; the last ground a side held in a place; the whole of a site; a
        # side's quoted headline; "now controls all of" a city, not of a province; a withdrawal a side forced)
        (
            "2017-10-22",
            "Syrian troops have retaken nearly all of the provincial capital of Deir el-Zour, as well as the town of "
            "Mayadeen.",
            [(_GOV, "government", "", "Deir ez-Zor", ""), (_GOV, "government", "", "Al-Mayadin", "government")],
        ),
        (
            "2017-10-22",
            "Syrian troops have retaken the provincial capital of Deir el-Zour.",
            [(_GOV, "government", "", "Deir ez-Zor", "government")],
        ),
        ("2017-05-10", "Tabqa is the latest town to fall to the SDF.", [(_TAKEN, "sdf", "", "Tabqa", "sdf")]),
        ("2017-05-10", "Tabqa becomes latest town to fall to SDF", [(_TAKEN, "sdf", "", "Tabqa", "sdf")]),
        (
            "2017-05-10",
            "The offensive is the latest attempt to capture Tabqa.",
            [("Armed clash", "unidentified", "", "Tabqa", "")],
        ),
        (
            "2017-05-10",
            "Tabqa fell to the Kurdish-led opposition fighters.",
            [(_TAKEN, "sdf", "", "Tabqa", "sdf")],
        ),
        (
            "2017-03-26",
            "Syrian regime forces withdrew from Tabqa airbase in August 2014, soon after IS took control of Raqqa.",
            [],
        ),
        (
            "2017-03-26",
            "Syrian regime forces withdrew from Tabqa airbase on Sunday, soon after IS took control of Raqqa.",
            [
                (_HANDED, "government", "", "Tabqa Military Airbase", ""),
                (_TAKEN, "isis", "", "Raqqa", "isis"),
            ],
        ),
        (
            "2019-03-23",
            "US-backed forces have announced the liberation of the last area held by Islamic State in the village of "
            "Baghuz.",
            [(_TAKEN, "sdf", "isis", "Al-Baghuz Fawqani", "sdf")],
        ),
        (
            "2019-03-23",
            "US-backed forces have captured an area held by Islamic State in Baghuz.",
            [(_TAKEN, "sdf", "isis", "Al-Baghuz Fawqani", "")],
        ),
        (
            "2017-10-22",
            "The SDF seized the whole of the Tabqa dam.",
            [(_TAKEN, "sdf", "", "Tabqa Dam", "sdf")],
        ),
        (
            "2017-10-22",
            '"The Syrian Democratic Forces seize the whole of the al-Omar oilfield," the alliance said in a statement.',
            [(_TAKEN, "sdf", "", "Al Omar oil fields", "sdf")],
        ),
        ("2017-10-22", '"We capture villages every day," the commander said.', []),
        (
            "2017-05-21",
            "The Syrian government announced on Sunday that it now controls all of Homs city.",
            [(_GOV, "government", "", "Homs", "government")],
        ),
        ("2014-08-25", "Islamic State now controls all of Raqqa province.", []),
        (
            "2017-05-21",
            "The rebels, who now control all of Douma, shelled Damascus.",
            [("Shelling/artillery/missile attack", "opposition", "", "Damascus", "")],
        ),
        (
            "2015-08-30",
            "Rebels forced the Syrian army to withdraw from Mansoura and Ziara.",
            [
                (_TAKEN, "opposition", "government", "Mansoura", "opposition"),
                (_TAKEN, "opposition", "government", "Ziere", "opposition"),
            ],
        ),
        ("2015-08-30", "Rebels force the army to withdraw from Mansoura and Ziara.", []),
        ("2015-08-30", "The regime forced civilians to leave Mansoura and Ziara.", []),
        # (a man of a side among the dead is a victim; "massacred", "stabbed"; a mop-up operation; the alliance of
        # Islamist groups; the speaker's "it" across a longer object; a statement's "that")
        (
            "2013-02-10",
            "A rebel commander, seven women and a child were among 25 people killed in air strikes on Talbisseh.",
            [(_STRIKE, "unidentified", "opposition", "Talbiseh", "")],
        ),
        (
            "2012-06-07",
            "At least 55 people were massacred in Al-Kubeir on Wednesday.",
            [("Attack", "unidentified", "civilians", "Al-Qubeir", "")],
        ),
        (
            "2012-03-12",
            "At least 45 women and children were stabbed and burned in the Syrian city of Homs.",
            [("Attack", "unidentified", "civilians", "Homs", "")],
        ),
        (
            "2019-05-20",
            "Syrian forces conducted a mop-up operation in the village of al-Lataminah.",
            [("Armed clash", "government", "", "Al-Lataminah", "")],
        ),
        ("2016-01-01", "The army conducted mop-up operations in the area to clear mines.", []),
        (
            "2015-04-28",
            "The alliance of Islamist groups took control of Jisr al-Shughur.",
            [(_TAKEN, "opposition", "", "Jisr al-Shughur", "opposition")],
        ),
        (
            "2016-11-06",
            "The SDF said it had launched a long-awaited military operation to capture Raqqa.",
            [("Armed clash", "sdf", "", "Raqqa", "")],
        ),
        (
            "2018-01-25",
            "Rebels said they repelled an army attempt to storm Abu al-Duhur airport.",
            [("Armed clash", "unidentified", "opposition", "Abu al-Duhur Military Airbase", "")],
        ),
        (
            "2017-03-26",
            "The SDF announced in a statement on Sunday that its forces had entered the Tabqa military airport west of "
            "the IS held city of Raqqa.",
            [("Armed clash", "sdf", "isis", "Tabqa Military Airbase", "")],
        ),
    ],
)
def test_what_stop_70s_rules_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (from the read probes web131 and web132, and the reviews of stop 70's first rules: a place lost with its type
        # word; a withdrawal as a side moved in; "they had “completely liberated …”"; a source's side before the
        # subject; "said earlier on Monday that … had"; "in the case of"; a capture's noun not reached; "now controls
        # all of X except …"; withdrawals forced on a side, and those that are not)
        (
            "2013-08-06",
            "Regime forces lost Menagh airport to the rebels on Tuesday.",
            [(_TAKEN, "opposition", "government", "Menagh Military Airbase", "opposition")],
        ),
        (
            "2016-08-29",
            "HTS withdrew from Kafr Nabl as the Syrian military moved in.",
            [(_GOV, "government", "hts", "Kafranbel", "government")],
        ),
        (
            "2016-08-29",
            "The Observatory said the SDF-allied Jarablus Military Council fighters had withdrawn from the villages of "
            "al-Amarna and Ayn al-Bayda as the rebels backed by Turkish tanks advanced into them.",
            [(_TAKEN, "turkey", "sdf", "Amarinah", "turkey"), (_TAKEN, "turkey", "sdf", "Ayn al-Bayda", "turkey")],
        ),
        (
            "2016-08-29",
            "HTS withdrew from Kafr Nabl as the army advanced in the southern countryside.",
            [(_HANDED, "hts", "government", "Kafranbel", "")],
        ),
        (
            "2015-02-27",
            "The YPG announced that they had “completely liberated the town of Tel Hamis.”",
            [(_TAKEN, "sdf", "", "Tall Ḩamīs", "sdf")],
        ),
        (
            "2020-01-30",
            "According to pro-government forces, the SAA captured the town of Maar Shamshah.",
            [(_GOV, "government", "", "Maar Shamshah", "government")],
        ),
        (
            "2020-02-10",
            "Al-Watan newspaper said earlier on Monday that the Syrian army had regained control over Saraqib.",
            [(_GOV, "government", "", "Saraqib", "government")],
        ),
        (
            "2020-02-04",
            "Turkish forces shelled Saraqeb intensively, amid anticipation for attacks on these areas in the case of "
            "taking control of Al-Nayrab.",
            [
                ("Shelling/artillery/missile attack", "turkey", "", "Saraqib", ""),
                ("Armed clash", "unidentified", "", "Nayrab", ""),
            ],
        ),
        (
            "2017-10-10",
            "The SDF is on the verge of the liberation of Raqqa.",
            [("Armed clash", "sdf", "", "Raqqa", "")],
        ),
        (
            "2017-10-10",
            "The SDF expects the liberation of Raqqa within days.",
            [("Armed clash", "sdf", "", "Raqqa", "")],
        ),
        ("2017-10-10", "The SDF announced the liberation of Raqqa.", [(_TAKEN, "sdf", "", "Raqqa", "sdf")]),
        ("2016-12-20", "The army now controls all of Aleppo apart from a small enclave, a monitor said.", []),
        (
            "2013-03-05",
            "Raqqa became the first provincial capital to fall to the rebels.",
            [(_TAKEN, "opposition", "", "Raqqa", "opposition")],
        ),
        (
            "2018-05-21",
            "Syrian troops completed the capture of the last enclave held by IS in the Damascus district of Yarmouk.",
            [(_GOV, "government", "isis", "Damascus", "")],
        ),
        (
            "2016-03-27",
            "Government forces forced IS to withdraw from Palmyra.",
            [(_GOV, "government", "isis", "Palmyra", "government")],
        ),
        (
            "2015-03-01",
            "An Islamic State attack forced Kurdish fighters to retreat from the village of Tal Shamiram.",
            [(_TAKEN, "isis", "sdf", "Tell Shamiram", "isis")],
        ),
        (
            "2015-04-25",
            "Rebels stormed the town, forcing regime troops to withdraw from Jisr al-Shughour.",
            [(_TAKEN, "opposition", "government", "Jisr al-Shughur", "opposition")],
        ),
        (
            "2019-08-20",
            "Turkish troops forced the Syrian army to withdraw its units from Khan Sheikhoun.",
            [(_HANDED, "government", "", "Khan Shaykhun", "")],
        ),
        (
            "2019-08-08",
            "The U.S. forced the SDF to withdraw from Tal Abyad under the safe zone deal.",
            [(_HANDED, "sdf", "", "Tell Abyad", "")],
        ),
        (
            "2018-07-20",
            "Russia forced Iranian-backed militias to withdraw from the area near Quneitra.",
            [(_GOV, "russia", "iran", "Quneitra", "")],
        ),
        (
            "2019-10-17",
            "Turkish-backed rebels are forcing the SDF to withdraw from Ras al-Ain, a Turkish official said.",
            [(_HANDED, "sdf", "", "Ras al-Ayn", "")],
        ),
        # (and the reviews: no clash in a clean-up of rubble or booby-traps; an idiom; an attempt held off; a speaker
        # is no victim; "Ma'ara Harama")
        ("2018-04-14", "Syrian army units conducted clean-up operations in Douma to clear booby-traps.", []),
        ("2018-01-25", "Kurdish officials said Washington had stabbed them in the back in Afrin.", []),
        (
            "2016-04-01",
            "Troops carried out a mop up operation in al-Qaryatayn, killing five IS fighters.",
            [("Armed clash", "government", "isis", "Al-Qaryatayn", "")],
        ),
        (
            "2015-08-13",
            "Rebels said they had beaten back an army attempt to storm the town of Zabadani.",
            [("Armed clash", "unidentified", "", "Zabadani", "")],
        ),
        (
            "2016-02-01",
            "A rebel commander said seven women and a child were among 25 people killed in air strikes on Talbiseh.",
            [(_STRIKE, "unidentified", "civilians", "Talbiseh", "")],
        ),
        (
            "2019-12-25",
            "The regime forces were able to control Ma'ara Harama town.",
            [(_GOV, "government", "", "Maarat Harma", "government")],
        ),
    ],
)
def test_what_stop_70s_second_rules_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (from the read probe web132 and the review of stop 70's second rules: a post set up; a massacre's "after
        # targeting"; "civilian" as an adjective; a list cleared of terrorists and its passive; spellings; withdrawals
        # forced or not: the side backed, not its backer; a place named after "from"; a deal's terms anywhere; not going
        # on; not residents; a real stabbing)
        (
            "2020-02-10",
            "Turkish troops set up a new post at Taftanaz military airbase, east of Idlib.",
            [("Headquarters or base established", "turkey", "", "Taftanaz Military Airbase", "")],
        ),
        (
            "2020-02-10",
            "The warplanes bombed on Tuesday afternoon a center for IDPs and civilian homes in Binnish city.",
            [(_STRIKE, "unidentified", "civilians", "Binnish", "")],
        ),
        (
            "2020-01-28",
            "Syrian Arab Army units on Sunday cleared the towns of Maar Shurin and Talmenes and the village of "
            "al-Ghadfeh in Idleb countryside of terrorists.",
            [
                (_GOV, "government", "unidentified", "Maar Shurin", "government"),
                (_GOV, "government", "unidentified", "Talmenes", "government"),
                (_GOV, "government", "unidentified", "Al-Ghadfa", "government"),
            ],
        ),
        (
            "2019-12-24",
            "11 civilians killed in market bombing in Maraat al-Numan",
            [("Shelling/artillery/missile attack", "unidentified", "civilians", "Maarat al-Numan", "")],
        ),
        (
            "2016-04-01",
            "The army, backed by Russian jets, forced IS to withdraw from al-Qaryatain.",
            [(_STRIKE, "russia", "", "Al-Qaryatayn", ""), (_GOV, "government", "isis", "Al-Qaryatayn", "government")],
        ),
        (
            "2016-12-12",
            "Government forces forced rebels to withdraw to the Old City of Aleppo.",
            [(_HANDED, "opposition", "", "Aleppo", "")],
        ),
        (
            "2017-10-17",
            "The SDF forced IS to withdraw from a school in Manbij.",
            [(_TAKEN, "sdf", "isis", "Manbij", "")],
        ),
        (
            "2019-10-22",
            "Under the Sochi deal, Russia forced the YPG to pull out from Tal Rifaat.",
            [(_HANDED, "sdf", "", "Tell Rifaat", "")],
        ),
        (
            "2024-12-05",
            "Rebels forced the army to withdraw from Hama, breaking a four-year truce.",
            [(_TAKEN, "opposition", "government", "Hama", "opposition")],
        ),
        ("2020-02-10", "Government forces are forcing rebels to withdraw from villages south of Saraqeb.", []),
        (
            "2013-06-05",
            "Hezbollah fighters forced rebels to withdraw from Qusayr after weeks of fighting.",
            [(_GOV, "iran", "opposition", "Al-Qusayr", "iran")],
        ),
        (
            "2019-08-15",
            "Rebels withdrew heavy weapons from Kafr Nabl as the army moved in.",
            [(_HANDED, "opposition", "government", "Kafranbel", "")],
        ),
        (
            "2019-10-08",
            "A gunman stabbed him in the back in Qamishli, killing him.",
            [("Attack", "unidentified", "civilians", "Qamishli", "")],
        ),
        # (from the read probe web134: an object driven out is no subject of the verb after "and"; a headline's "force";
        # a town typed by a compound bearing, cleared; a brigade's name)
        (
            "2012-03-28",
            "By Monday, the Syrian forces had ousted the rebels and regained control of Saraqeb.",
            [(_GOV, "government", "", "Saraqib", "government")],
        ),
        (
            "2011-10-02",
            "Syrian troops forced insurgents to retreat from key town of Rastan.",
            [(_GOV, "government", "opposition", "Al-Rastan", "government")],
        ),
        ("2020-02-10", "Erdogan vowed to force government forces to withdraw from Saraqeb by the end of February.", []),
        (
            "2012-07-06",
            "Syrian troops have cleared the northwestern town of Khan Sheikhun in Idlib Province of rebels.",
            [(_GOV, "government", "opposition", "Khan Shaykhun", "government")],
        ),
        (
            "2012-11-10",
            "On Thursday, the Ghurabaa' Al-Sham brigade entered Ras al-Ain and took over the town.",
            [(_TAKEN, "opposition", "", "Ras al-Ayn", "opposition")],
        ),
        # (and the review of a213b92: "IS forced" is no "is forced"; a day or a bearing before "from"; a typed place;
        # men counted; a deal's terms in other words, not a truce broken)
        (
            "2015-05-20",
            "IS forced regime forces to withdraw from Palmyra, activists said.",
            [(_TAKEN, "isis", "government", "Palmyra", "isis")],
        ),
        (
            "2019-05-27",
            "Rebels forced government troops to withdraw on Monday from Kafr Nabuda.",
            [(_TAKEN, "opposition", "government", "Kafr Nabudah", "opposition")],
        ),
        (
            "2019-08-20",
            "Government forces forced rebels to withdraw from the strategic town of Khan Sheikhoun.",
            [(_GOV, "government", "opposition", "Khan Shaykhun", "government")],
        ),
        (
            "2017-10-14",
            "The SDF forced hundreds of IS fighters to withdraw from Raqqa.",
            [(_TAKEN, "sdf", "isis", "Raqqa", "sdf")],
        ),
        (
            "2017-10-14",
            "The SDF forced hundreds of jihadists to pull out of Tabqa.",
            [(_HANDED, "unidentified", "", "Tabqa", "")],
        ),
        (
            "2019-10-23",
            "Russia forced the YPG to pull out from Tal Rifaat following the Sochi agreement.",
            [(_HANDED, "sdf", "", "Tell Rifaat", "")],
        ),
        (
            "2016-12-13",
            "The army said it was close to the total liberation of Aleppo after seizing the Sheikh Saeed district.",
            [("Armed clash", "government", "", "Aleppo", "")],
        ),
        (
            "2013-06-05",
            "Rebels forced government troops to withdraw from the checkpoints around Khan al-Assal.",
            [(_TAKEN, "opposition", "government", "Khan al-Asal", "")],
        ),
        (
            "2019-10-13",
            "The SDF said Turkish forces had failed to force them to withdraw from Ras al-Ain.",
            [("Armed clash", "turkey", "", "Ras al-Ayn", "")],
        ),
        (
            "2024-12-05",
            "Rebels forced the army to withdraw from Hama in violation of the 2020 ceasefire.",
            [(_TAKEN, "opposition", "government", "Hama", "opposition")],
        ),
    ],
)
def test_what_stop_70s_third_rules_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (from the read probes web133 and web135: a side's whole hold told as the day's news, and when it is a state;
        # a partner's aside; a past's outcome let; a withdrawal under a side's assault; a possessive's participle; "have
        # since"; a passive's agent as the pronoun; a quoted hedge; a refugee camp; spellings and actors)
        (
            "2015-05-21",
            "Islamic State militants were in full control of the ancient city of Palmyra in central Syria Thursday, residents said.",
            [(_TAKEN, "isis", "", "Palmyra", "isis")],
        ),
        (
            "2017-11-04",
            "The Syrian army says it is in full control of Deir el-Zour.",
            [(_GOV, "government", "", "Deir ez-Zor", "government")],
        ),
        (
            "2017-02-24",
            "The Turkish military earlier announced that its troops and allied Syrian opposition fighters are in full control of al-Bab.",
            [(_TAKEN, "turkey", "", "Al-Bab", "turkey")],
        ),
        (
            "2015-05-22",
            "Islamic State said in a statement that it was in full charge of Palmyra, including its military bases.",
            [(_TAKEN, "isis", "", "Palmyra", "isis")],
        ),
        (
            "2016-12-11",
            "Later on Sunday, ISIL claimed to be in full control of Palmyra via Amaq.",
            [(_TAKEN, "isis", "", "Palmyra", "")],
        ),
        (
            "2019-05-01",
            "HTS, which is in full control of Idlib province, rejected the deal.",
            [],
        ),
        (
            "2017-05-01",
            "IS was in full control of Raqqa until October 2017.",
            [],
        ),
        (
            "2019-05-01",
            "The army is still in full control of Khan Shaykhun.",
            [],
        ),
        (
            "2015-05-01",
            "Years ago the army held Palmyra, and now IS is in full control of it.",
            [],
        ),
        (
            "2018-05-01",
            "If the army is in full control of Daraa, the rebels will leave.",
            [],
        ),
        (
            "2018-05-01",
            "The regime is in full control of the skies over Daraa.",
            [],
        ),
        (
            "2014-03-17",
            "Syrian forces, backed by Lebanese Hezbollah fighters, are in full control of Yabroud after clearing out rebels holed up in the strategic Syrian town for months.",
            [(_GOV, "government", "opposition", "Yabroud", "government")],
        ),
        (
            "2017-06-01",
            "Syrian army units and pro-government militias—as well as former rebel groups fighting alongside them—captured the town of Nawa on Tuesday.",
            [(_GOV, "government", "", "Nawa", "government")],
        ),
        (
            "2017-06-01",
            "Syrian army units and pro-government militias, as well as former rebel groups fighting alongside them, captured the town of Nawa on Tuesday.",
            [(_GOV, "government", "", "Nawa", "government")],
        ),
        (
            "2016-04-01",
            "A war monitor says the opposition pulled back after intense battles and air strikes, allowing the regime to capture the nearby town of Halfaya on Sunday.",
            [(_GOV, "government", "", "Halfaya", "government")],
        ),
        (
            "2016-04-01",
            "The deal will see rebels leave Daraa, allowing the army to take over the town of Nawa.",
            [],
        ),
        (
            "2016-03-27",
            "Islamic State fighters have withdrawn from Palmyra under assault from Syrian government forces, state media said on Sunday.",
            [(_GOV, "government", "isis", "Palmyra", "government")],
        ),
        (
            "2016-10-01",
            # (stop 78: a withdrawal made under fire, no winner named: the side leaving, as the gold's `no-winner`)
            "Rebel fighters were forced to withdraw from the town of Soran under heavy bombardment by the Russian Air Force.",
            [("Non-violent transfer of territory", "opposition", "", "Suran", "")],
        ),
        (
            "2016-04-01",
            "A mass grave was discovered in Syria's recaptured Palmyra.",
            [],
        ),
        (
            "2016-03-28",
            "The army's capture of Palmyra on Sunday was hailed by Moscow.",
            [(_GOV, "government", "", "Palmyra", "government")],
        ),
        (
            "2016-12-14",
            "ISIS jihadists have since arrested four men in Palmyra.",
            [("Arrests", "isis", "civilians", "Palmyra", "")],
        ),
        (
            "2016-12-14",
            "Five positions were seized by IS on Saturday, but these had since been recovered by the Syrian army.",
            [],
        ),
        (
            "2016-04-05",
            "Abdel Rahman said that 12 other civilians were also killed by the regime when they took back al-Qaryatayn.",
            [(_GOV, "government", "", "Al-Qaryatayn", "government")],
        ),
        (
            "2015-05-21",
            'Palmyra fell "more or less" into IS hands.',
            [(_TAKEN, "isis", "", "Palmyra", "isis")],
        ),
        (
            "2016-01-01",
            "Two car bombs killed at least six people in the sprawling Rukban refugee camp late on Monday.",
            [("Remote explosive/landmine/IED", "unidentified", "civilians", "Al Rukban camp", "")],
        ),
        (
            "2017-05-01",
            "ISIS terrorists infiltrated into al-Sikhneh.",
            [("Armed clash", "isis", "", "Al-Sukhnah", "")],
        ),
        (
            "2016-03-24",
            "Casualties in renewed fighting in Lattakia northern countryside and ISIS-affiliated factions target areas in Al-Dameer",
            [
                ("Armed clash", "unidentified", "", "North part of Latakia governorate", ""),
                ("Shelling/artillery/missile attack", "isis", "", "Al-Dumayr", ""),
            ],
        ),
    ],
)
def test_what_stop_71s_rules_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's hold ("ISIL in full control of X") and a quote's mark before the object
        ("ISIL in full control of Syria’s historic city of Palmyra", [(_TAKEN, "isis", "", "Palmyra", "isis")]),
        (
            "Syrian regime forces retake 'all of Palmyra' from Isis",
            [(_GOV, "government", "isis", "Palmyra", "government")],
        ),
        ("ISIL still in full control of Palmyra", []),
        (
            'Syrian army "in full control" of Palmyra after expelling Islamic State, SANA says',
            [(_GOV, "government", "isis", "Palmyra", "government")],
        ),
        # a city of a million's countryside after "near"; the state's planes named with the country's name
        ("Syria warplanes hit Yabrud near Damascus", [(_STRIKE, "government", "", "Yabroud", "")]),
        ("Syrian fighter jets rocketed Yarmouk camp", [(_STRIKE, "government", "", "Yarmouk Camp", "")]),
        (
            "Syrian planes pound Islamic State around Palmyra",
            [(_STRIKE, "government", "isis", "Palmyra", "")],
        ),
    ],
)
def test_what_stop_71s_headlines_read(gaz, actors, text, expected):
    assert _told_heading(gaz, actors, text, dt.date(2016, 3, 27)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (from the read probe web137 and the review of stop 71's first rules: a site named after its kind; a partner's
        # aside before the speaker's "it"; a part taken in a capture; a state statement carried by SANA; the war's start;
        # a mine planted by a side; "as well as" is no clause; a letting only of a transfer, not a truce's or a denial's;
        # no capture under an air attack; "rocketed" in its other sense; "near" a capital only in its own countryside;
        # a border crossing held; military police)
        (
            "2017-09-12",
            "Troops went on to capture a military base, known as Brigade 137, which connects the northern part of Deir el-Zour via road with the rest of the city.",
            [(_GOV, "government", "", "137th Brigade Army Base", "government")],
        ),
        (
            "2017-10-22",
            'The SDF, with air support from the U.S.-led coalition, said Sunday it captured the Al-Omar field in a "swift and wide military operation".',
            [(_TAKEN, "sdf", "", "Al Omar oil fields", "sdf")],
        ),
        (
            "2017-11-09",
            "Hashd al-Shaabi militia forces also took part in the capture of Albu Kamal, the commander added.",
            [(_GOV, "iran", "", "Albu Kamal", "iran")],
        ),
        (
            "2017-11-09",
            "Hezbollah fighters who took part in the capture of Albu Kamal last year returned to Lebanon.",
            [],
        ),
        (
            "2017-11-09",
            '"Our armed forces units, in cooperation with allied and auxiliary forces, have liberated the town of Albu Kamal in Deir Ezzor province," a statement carried by the official SANA news agency said.',
            [(_GOV, "government", "", "Albu Kamal", "government")],
        ),
        (
            "2017-11-09",
            "After Syria's war broke out, rebels and then jihadists from Syria's former Al-Qaeda affiliate took over the Albu Kamal frontier post.",
            [],
        ),
        (
            "2017-11-09",
            "After the war with IS intensified, rebels seized the Albu Kamal crossing on Sunday.",
            [(_TAKEN, "opposition", "", "Albu Kamal", "opposition")],
        ),
        (
            "2018-11-30",
            "The Kurdish-led Syrian fighters have been fighting to take Hajin and nearby villages since Sept. 10.",
            [("Armed clash", "sdf", "", "Hajin", "")],
        ),
        (
            "2019-01-01",
            "The civilian was killed on Friday by the explosion of a land mine planted previously by ISIS in Hajin.",
            [("Remote explosive/landmine/IED", "isis", "civilians", "Hajin", "")],
        ),
        (
            "2016-03-24",
            "The Syrian army, as well as Hezbollah fighters, captured al-Qaryatayn.",
            [(_GOV, "government", "", "Al-Qaryatayn", "government")],
        ),
        (
            "2016-03-24",
            "Turkish-backed rebels, as well as Turkish troops, captured Tal Abyad.",
            [(_TAKEN, "turkey", "", "Tell Abyad", "turkey")],
        ),
        (
            "2020-01-28",
            "Rebels abandoned Maarat al-Numan overnight, enabling government forces to enter the town.",
            [(_HANDED, "opposition", "government", "Maarat al-Numan", "")],
        ),
        (
            "2018-07-03",
            "Opposition sources denied that the rebels pulled back, allowing the regime to capture Busra al-Harir.",
            [],
        ),
        (
            "2018-07-03",
            "Russia and Jordan brokered a ceasefire on Friday, allowing the army to take over Busra al-Sham.",
            [],
        ),
        (
            "2016-03-27",
            "IS fighters withdrew from Palmyra under an attack by Russian warplanes.",
            [(_HANDED, "isis", "", "Palmyra", "")],
        ),
        (
            "2016-03-27",
            "IS fighters withdrew from Palmyra under a drone attack by the coalition.",
            [(_HANDED, "isis", "", "Palmyra", "")],
        ),
        (
            "2015-05-20",
            "Food prices in Douma have rocketed since the siege began.",
            [],
        ),
        (
            "2015-05-20",
            "Casualties rocketed in Aleppo on Monday.",
            [],
        ),
        (
            "2012-12-16",
            "Rebels rocketed Nubl and Zahraa.",
            [
                ("Shelling/artillery/missile attack", "opposition", "", "Nubl", ""),
                ("Shelling/artillery/missile attack", "opposition", "", "Al-Zahraa", ""),
            ],
        ),
        (
            "2014-03-14",
            "Government forces shelled Shabaa near Damascus.",
            [("Shelling/artillery/missile attack", "government", "", "Damascus", "")],
        ),
        (
            "2014-03-14",
            "Government forces shelled al-Nabk near Damascus.",
            [("Shelling/artillery/missile attack", "government", "", "An Nabk", "")],
        ),
        (
            "2018-07-06",
            "Government forces are in full control of the Nassib border crossing, SANA said.",
            [(_GOV, "government", "", "Nasib border crossing", "government")],
        ),
        (
            "2018-04-14",
            "Russian military police are in full control of Douma, the ministry said.",
            [],
        ),
        (
            "2018-04-14",
            "The army is in full control of the border with Lebanon, SANA said.",
            [],
        ),
        (
            "2017-02-21",
            "Islamic State-affiliated militants clashed with rebels in Tasil.",
            [("Armed clash", "isis", "opposition", "Tasīl", "")],
        ),
    ],
)
def test_what_stop_71s_second_rules_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (from the read probe web138 and the review of stop 71's second rules: "rocketed" before a lower-case name, not
        # in its other sense; a truce that collapsed lets; an advance let; women as a passive's victims; a relative
        # clause's part in a capture; a named war's start is no background, the war's start is; partners named before
        # their support; a military statement carried by SANA; complete control; an attack from the air by its means
        # after its target; a quoted member of a coordination; the state's elite forces)
        (
            "2017-08-14",
            "Insurgents rocketed al-Qardaha, state media said.",
            [("Shelling/artillery/missile attack", "opposition", "", "Qardaha", "")],
        ),
        (
            "2015-05-20",
            "Food prices rocketed again in Douma.",
            [],
        ),
        (
            "2016-12-08",
            "The ceasefire collapsed, allowing the army to capture Kafr Nabudah.",
            [(_GOV, "government", "", "Kafr Nabudah", "government")],
        ),
        (
            "2016-10-02",
            "Russian strikes destroyed rebel defences, allowing the army to advance on Bustan al-Basha.",
            [("Armed clash", "government", "", "Bustan al-Basha", "")],
        ),
        (
            "2016-12-01",
            "Four women were killed by rebels when they took back Bustan al-Qasr.",
            [(_TAKEN, "opposition", "", "Bustan al-Qasr", "opposition")],
        ),
        (
            "2019-04-02",
            "Fighters who participated in the capture of Baghouz were honoured in a ceremony in Hasakah.",
            [],
        ),
        (
            "2018-01-22",
            "At the start of the war on Afrin, Turkish troops captured Rajo.",
            [(_TAKEN, "turkey", "", "Raju", "turkey")],
        ),
        (
            "2014-09-19",
            "As the war started, government forces withdrew from Kobani.",
            [],
        ),
        (
            "2014-09-19",
            "Early in the war, rebels captured Atarib.",
            [],
        ),
        (
            "2017-09-10",
            "The SDF, with coalition air support, said it captured the Conoco gas field.",
            [(_TAKEN, "sdf", "", "Conoco gas plant", "sdf")],
        ),
        (
            "2017-09-10",
            "The army, with Russian air support, said it captured Palmyra.",
            [(_GOV, "government", "", "Palmyra", "government")],
        ),
        (
            "2019-08-23",
            '"Our forces have liberated Khan Sheikhoun," a military statement carried by the official SANA news agency said.',
            [(_GOV, "government", "", "Khan Shaykhun", "government")],
        ),
        (
            "2018-07-07",
            "Government forces are in complete control of the Nassib border crossing, SANA said.",
            [(_GOV, "government", "", "Nasib border crossing", "government")],
        ),
        (
            "2014-03-08",
            "The army renewed attacks on Yabrud with barrel bombs.",
            [(_STRIKE, "government", "", "Yabroud", "")],
        ),
        (
            "2013-09-03",
            "Rebels attacked the Kuweires air base with rockets and tried to storm it.",
            [
                ("Armed clash", "opposition", "", "Kuweires Military Airbase", ""),
                ("Shelling/artillery/missile attack", "opposition", "", "Kuweires Military Airbase", ""),
            ],
        ),
        (
            "2017-08-19",
            "Beirut – The Syrian regime and Lebanon’s “Hezbollah” launched on Friday the long-awaited military operation on the outskirts of Arsal.",
            [("Armed clash", "government", "", "Arsal", "")],
        ),
        (
            "2014-03-08",
            "Syrian elite troops backed by Hezbollah fighters besieged Rankous on Saturday.",
            [("Armed clash", "government", "", "Rankūs", "")],
        ),
    ],
)
def test_what_stop_71s_third_rules_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (from the review of the whole of stop 71: arms seized are no ground, unless ground is named with them; a whole
        # hold disputed or denied is a claim, no capture)
        (
            "2020-02-10",
            "Islamic State sleeper cells attacked a checkpoint, allowing them to seize weapons in Mayadin.",
            [],
        ),
        ("2018-05-19", "The army seized heavy weaponry left behind by IS in Yarmouk.", []),
        (
            "2020-02-10",
            "Rebels captured two tanks and the village of Morek.",
            [(_TAKEN, "opposition", "", "Morek", "")],
        ),
        ("2016-12-22", "Rebels are in full control of eastern Aleppo, the army denied on Thursday.", []),
        ("2016-12-22", "The army is in full control of Aleppo, the army said, a claim rebels denied.", []),
        # (the side that withdrew, not its assailants named in an aside)
        (
            "2016-05-06",
            "The army, under assault from rebels and Nusra Front, withdrew from Khan Touman.",
            [(_HANDED, "government", "", "Khan Tuman", "")],
        ),
    ],
)
def test_what_stop_71s_review_kept_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (from the read probes web139, web140, web143 and web144: names listed after the places counted, most notably
        # when a road or a share is named before them; the governorate a sentence opens on; a grenade; shots fired at
        # protesters; a side's own loss owned to; members named in a relative clause; the passive's army control)
        (
            "2024-12-05",
            "Government forces recaptured key villages along the Maharda road in central Hama, including Karnaz, Tal Melh and Hayalin.",
            [
                ("Government regains territory", "government", "", "Karnaz", "government"),
                ("Government regains territory", "government", "", "Tell Malah", "government"),
                ("Government regains territory", "government", "", "Hayalin", "government"),
            ],
        ),
        (
            "2019-01-05",
            "The HTS announced that it took control of areas in Idlib's south, including al-Faqi, al-Fattirah and Tarmalah.",
            [
                ("Non-state actor overtakes territory", "hts", "", "Fatirah", "hts"),
                ("Non-state actor overtakes territory", "hts", "", "Tarmala", "hts"),
            ],
        ),
        (
            "2024-12-05",
            "The army captured several areas, most notably Qalaat al-Madiq and Maardas.",
            [
                ("Government regains territory", "government", "", "Qalaat al-Madiq", "government"),
                ("Government regains territory", "government", "", "Maardes", "government"),
            ],
        ),
        (
            "2018-08-01",
            "The Syrian army on Wednesday captured the Islamic State (IS)-held town of Qusair in the northwestern countryside of Daraa Province.",
            [("Government regains territory", "government", "isis", "Al Qusayr", "government")],
        ),
        (
            "2018-07-20",
            "Meanwhile in Quneitra province, battles continue with the Syrian Army recapturing Qarqas town.",
            [("Government regains territory", "government", "", "Qarqas", "government")],
        ),
        (
            "2024-12-05",
            "During the counterattack, regime forces restored Kafraa and Maarshahour villages.",
            [
                ("Government regains territory", "government", "", "Kafraa", "government"),
                ("Government regains territory", "government", "", "Maar Shahour", "government"),
            ],
        ),
        (
            "2021-11-20",
            "Unknown gunmen threw a hand grenade at a home in the city of Jassem.",
            [("Grenade", "unidentified", "", "Jasim", "")],
        ),
        (
            "2017-03-01",
            "Gunmen targeted a patrol of the regime forces with a grenade in Aleppo city.",
            [("Grenade", "unidentified", "government", "Aleppo", "")],
        ),
        (
            "2023-08-30",
            "Security guards fired shots at protesters trying to raid the party's headquarters in Sweida.",
            [("Excessive force against protesters", "protesters", "unidentified", "As-Suwayda", "")],
        ),
        (
            "2019-06-03",
            "Israel struck an Assad military target in Quneitra on Monday.",
            [("Air/drone strike", "israel", "government", "Quneitra", "")],
        ),
        (
            "2017-03-01",
            "Casualties due to raids on Deir Ezzor city.",
            [("Air/drone strike", "unidentified", "", "Deir ez-Zor", "")],
        ),
        (
            "2018-11-20",
            "Two officers of the Iranian Revolutionary Guards were killed by tank fire near Quneitra, outlets identified with Syrian rebel groups reported.",
            [("Shelling/artillery/missile attack", "unidentified", "iran", "Quneitra", "")],
        ),
        (
            "2022-07-28",
            "Violent clashes erupted in the neighborhoods of Tafas, a city in the western countryside of Daraa.",
            [("Armed clash", "unidentified", "", "Tafas", "")],
        ),
        (
            "2016-02-05",
            "Regime forces and allied militiamen controlled Masqan village hours ago.",
            [("Government regains territory", "government", "", "Masqan", "government")],
        ),
        (
            "2017-07-23",
            "Fighters formerly linked to al-Qaeda took control of Idlib on Sunday.",
            [("Non-state actor overtakes territory", "hts", "", "Idlib", "hts")],
        ),
        (
            "2017-07-23",
            "Ahrar al-Sham withdrew from the city of Idlib which is now under the control of Hayat Tahrir al-Sham.",
            [("Non-violent transfer of territory", "hts", "opposition", "Idlib", "hts")],
        ),
        (
            "2016-02-11",
            "Rebels confirmed the fall of Menagh airport to the YPG.",
            [("Non-state actor overtakes territory", "sdf", "", "Menagh Military Airbase", "sdf")],
        ),
        (
            "2016-02-11",
            "A rebel commander confirmed the loss and said the fall of Menagh airport made things grim.",
            [("Non-state actor overtakes territory", "unidentified", "", "Menagh Military Airbase", "")],
        ),
        (
            "2019-01-05",
            "The NLF, backed by the Turkish-assisted Free Syrian Army, announced that it took control of the town of Salwa.",
            [("Non-state actor overtakes territory", "opposition", "", "Salwah", "opposition")],
        ),
        (
            "2015-05-29",
            "The Army of Fatah alliance, which includes Nusra Front and other factions, captured Ariha town on Thursday night.",
            [("Non-state actor overtakes territory", "opposition", "", "Ariha", "opposition")],
        ),
        (
            "2015-12-20",
            "The Syrian Army came in control over Ghamam town on Sunday.",
            [("Government regains territory", "government", "", "Ghamam", "government")],
        ),
        (
            "2016-01-20",
            "The regime, backed by Russian airstrikes, have ensured firm control over Kızıldağ yesterday.",
            [
                ("Air/drone strike", "russia", "", "Qızıldag", ""),
                ("Government regains territory", "government", "", "Qızıldag", "government"),
            ],
        ),
        (
            "2016-01-20",
            "The army forces were able then to take over the Rashwan Hill.",
            [("Government regains territory", "government", "", "Al Rashwan", "government")],
        ),
        (
            "2016-08-20",
            "The areas of Hazrama and Otaya were brought under the army’s control.",
            [
                ("Government regains territory", "government", "", "Hazrama", "government"),
                ("Government regains territory", "government", "", "Utaya", "government"),
            ],
        ),
        (
            "2018-03-27",
            "The army declared the towns of Zamalka and Jobar clear of terrorism.",
            [
                ("Government regains territory", "government", "", "Zamalka", "government"),
                ("Government regains territory", "government", "", "Jobar", "government"),
            ],
        ),
        (
            "2018-03-27",
            # (told as what came before the day's news: background, as "It comes just weeks after X fell")
            "This comes less than 24 hours after the army declared the towns of Zamalka and Jobar clear of terrorism.",
            [],
        ),
        (
            "2015-07-05",
            "Subsequent to clashes with IS militants, pro-regime forces regained the neighborhood of Nashwa Gharbiya in Hasakah city.",
            [("Government regains territory", "government", "isis", "al-Nashwa", "government")],
        ),
        (
            "2015-05-25",
            "Army of Conquest fighters… on Monday morning seized control of the Qarmeed military base.",
            [("Non-state actor overtakes territory", "opposition", "", "Qarmeed", "opposition")],
        ),
        (
            "2022-01-30",
            "The SDF announced that they have fully secured al-Sina'a prison in Hasaka.",
            [("Non-state actor overtakes territory", "sdf", "", "Ghwayran prison", "sdf")],
        ),
        (
            "2017-04-30",
            "Jaysh al-Islam took control of the strongholds of HTS in the areas of Arbeen and al-Ash'ari.",
            [
                ("Non-state actor overtakes territory", "opposition", "hts", "Arbin", ""),
                ("Non-state actor overtakes territory", "opposition", "hts", "Al Ashari", ""),
            ],
        ),
        (
            "2016-02-05",
            "HTS took the Khirbet al-Jouz crossing from Ahrar al-Sham.",
            [("Non-state actor overtakes territory", "hts", "", "Khirbat al-Jawz", "hts")],
        ),
        (
            "2018-01-25",
            "The Turkish military and the FSA liberated the village of Ali Kar from PYD/PKK terrorists.",
            [("Non-state actor overtakes territory", "turkey", "sdf", "Alikar", "turkey")],
        ),
        (
            "2018-02-10",
            "The FSA captured Anqala and Sennare villages in Sheikh Hadid district.",
            [
                ("Non-state actor overtakes territory", "opposition", "", "Enqele", "opposition"),
                ("Non-state actor overtakes territory", "opposition", "", "Sanore", "opposition"),
            ],
        ),
    ],
)
def test_what_stop_72s_rules_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (from the reviews of stop 72's first rules: a grenade dropped from a drone is an air strike, tear gas and arms
        # owned are no grenade attack; a fall told by its winner; SOHR's "controlled" only with a recent time, not
        # "until"; the relative of a withdrawal's heir is of the place left; a declaration disputed; the side a noun's
        # fire came from; an aim with no subject of its own)
        (
            "2020-02-26",
            "Regime forces launched grenade attacks from drones on HTS positions in Kafr Nabl.",
            [("Air/drone strike", "government", "hts", "Kafranbel", "")],
        ),
        ("2019-06-03", "Police threw tear gas grenades at protesters in Jasim.", []),
        (
            "2019-06-03",
            "A man was arrested in Tafas for possessing hand grenades.",
            [("Arrests", "unidentified", "", "Tafas", "")],
        ),
        (
            "2012-07-19",
            "A grenade attack on the Damascus headquarters of state security killed several officers.",
            [("Grenade", "unidentified", "government", "Damascus", "")],
        ),
        (
            "2015-04-01",
            "Jaish al-Fatah fighters were eventually able to take over Idlib city.",
            [("Non-state actor overtakes territory", "opposition", "", "Idlib", "opposition")],
        ),
        (
            "2018-05-21",
            "The Yarmouk camp and Hajar al-Aswad were brought under army control, a military source told SANA.",
            [],
        ),
        (
            "2024-12-02",
            "The fall of Aleppo to HTS stunned Assad's allies.",
            [("Non-state actor overtakes territory", "hts", "government", "Aleppo", "hts")],
        ),
        (
            "2015-05-21",
            "IS confirmed the fall of Palmyra.",
            [("Non-state actor overtakes territory", "isis", "", "Palmyra", "isis")],
        ),
        ("2020-01-25", "Regime forces and their loyal militiamen controlled Maar Shahour village until yesterday.", []),
        (
            "2020-01-28",
            "Regime forces controlled Maarat al-Numan today after the withdrawal of the factions.",
            [("Government regains territory", "government", "", "Maarat al-Numan", "government")],
        ),
        (
            "2017-07-23",
            "Ahrar al-Sham withdrew from Saraqib to Idlib city, which is now under the control of HTS.",
            [("Non-violent transfer of territory", "opposition", "", "Saraqib", "")],
        ),
        (
            "2018-04-16",
            "Opposition activists said the army declared Douma clear of terrorists despite ongoing resistance.",
            [],
        ),
        (
            "2018-03-10",
            "Regime forces swept through Mesraba and are now controlling most of it, while aiming to capture the adjacent town of Madira.",
            [("Armed clash", "government", "", "Mudayra", "")],
        ),
        (
            "2018-03-10",
            "This comes amid heavy shelling from the government side on the remaining posts of Failaq al-Rahman in Zamalka.",
            [("Shelling/artillery/missile attack", "government", "opposition", "Zamalka", "")],
        ),
    ],
)
def test_what_stop_72s_review_kept_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (from the read probe web141: freed "from the grasp of" a side, its loser; a subject across a quote's ellipsis
        # after aircraft; an execution told with its day before the men; "our troops" are the speaker's; aircraft "from"
        # a side; Qal'at Ja'bar)
        (
            "2017-10-17",
            "Raqqa was liberated on Tuesday from the grasp of the ISIS terrorist group.",
            [("Non-state actor overtakes territory", "unidentified", "", "Raqqa", "")],
        ),
        (
            "2017-01-07",
            "The Syrian Democratic Forces, supported by coalition aircraft... took control of the ancient Qalaat Jaabar fortress.",
            [
                ("Air/drone strike", "coalition", "", "Qal'at Ja'bar", ""),
                ("Non-state actor overtakes territory", "sdf", "", "Qal'at Ja'bar", "sdf"),
            ],
        ),
        (
            "2017-06-10",
            "The Islamic State (ISIS) radical group executed on Friday three young men in Raqqa city.",
            [("Attack", "isis", "civilians", "Raqqa", "")],
        ),
        (
            "2017-06-10",
            '"Our troops are advancing in Al-Meshleb," said SDF spokesman Talal Sello.',
            [("Armed clash", "sdf", "", "al-Mishlab", "")],
        ),
        (
            "2017-06-10",
            "Warplanes from the US-led coalition have pounded Tabqa for weeks.",
            [("Air/drone strike", "coalition", "", "Tabqa", "")],
        ),
        (
            "2017-01-07",
            "The Jabar citadel was taken by the SDF yesterday.",
            [("Non-state actor overtakes territory", "sdf", "", "Qal'at Ja'bar", "sdf")],
        ),
    ],
)
def test_what_stop_72s_third_rules_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (from the review of the whole of stop 72 and the read probe web139: a grenade attack is one thrown, hurled,
        # detonated or a "grenade attack", not one handled or seized; a raid that took men is on the ground; the side a
        # loss went to; a source tied to a side after "according to"; "our forces are still"; Afrin's map marks;
        # howitzers; a statue named by where it stood)
        ("2022-08-02", "A man was killed when he was handling a grenade in his home in the village of Muzayrib.", []),
        (
            "2013-06-14",
            "Rebels said they seized weapons including rocket-propelled grenades and hand grenades from an army depot near Homs.",
            [],
        ),
        (
            "2016-10-20",
            "A grenade was thrown at a patrol of the Free Syrian Army in Jarablus, injuring two fighters.",
            [("Grenade", "unidentified", "opposition", "Jarabulus", "")],
        ),
        (
            "2017-02-25",
            "Unidentified men detonated a hand grenade in a crowded street in Azaz.",
            [("Grenade", "unidentified", "", "Azaz", "")],
        ),
        (
            "2018-03-03",
            "Gunmen hurled a grenade into a market in Afrin, wounding five civilians.",
            [("Grenade", "unidentified", "civilians", "Afrin", "")],
        ),
        (
            "2012-07-19",
            "A grenade attack on the Damascus headquarters of state security killed several officers.",
            [("Grenade", "unidentified", "government", "Damascus", "")],
        ),
        (
            "2016-06-01",
            "Regime helicopters carried out a raid on a house in Khan Shaykhun.",
            [("Air/drone strike", "government", "", "Khan Shaykhun", "")],
        ),
        (
            "2020-02-18",
            "Rebels admitted the loss of the town of Khan al-Asal to government forces.",
            [("Government regains territory", "government", "", "Khan al-Asal", "government")],
        ),
        (
            "2019-05-05",
            "Shelling hit the town of Kafr Zita, according to a source identified with the opposition.",
            [("Shelling/artillery/missile attack", "unidentified", "", "Kafr Zita", "")],
        ),
        (
            "2015-09-30",
            "Russian jets bombed positions in Talbiseh, a news agency close to Hezbollah reported.",
            [("Air/drone strike", "russia", "", "Talbiseh", "")],
        ),
        (
            "2019-03-01",
            '"Our forces are still fighting in Baghouz," an SDF commander said.',
            [("Armed clash", "sdf", "", "Al-Baghuz Fawqani", "")],
        ),
        (
            "2018-02-10",
            "Last night, Turkish aircraft carried out airstrikes in many points of Afrin, including Mt. Baflun and the village of Sheik Huruz.",
            [
                ("Air/drone strike", "turkey", "", "Afrin", ""),
                ("Air/drone strike", "turkey", "", "Baflûnê", ""),
                ("Air/drone strike", "turkey", "", "Sheikh Khorez", ""),
            ],
        ),
        (
            "2018-02-10",
            "Civilians were wounded in Azaz in howitzer attacks by the YPG.",
            [("Shelling/artillery/missile attack", "sdf", "civilians", "Azaz", "")],
        ),
        (
            "2018-03-18",
            "Turkey-backed forces pulled down a Kurdish statue in Afrin town centre.",
            [("Looting/property destruction", "turkey", "", "Afrin", "")],
        ),
        (
            "2014-02-10",
            "ISIS militants brought down a statue in Raqqa.",
            [("Looting/property destruction", "isis", "", "Raqqa", "")],
        ),
        # (a city's name stands for its district too, for a village of that name out to 45 km; not for a town)
        (
            "2018-03-02",
            "Turkish-backed fighters seized Kharab Slouque in Afrin.",
            [("Non-state actor overtakes territory", "turkey", "", "Kharab Slouque", "turkey")],
        ),
        (
            "2016-01-20",
            "The Syrian army regained full control over Jub al-Ahmar village in Lattakia.",
            [("Government regains territory", "government", "", "Jubb al Ahmar", "government")],
        ),
        (
            "2019-01-07",
            "Protesters stormed a makeshift prison in the Idlib town of Maarat al-Numan.",
            [("Violent demonstration", "protesters", "", "Maarat al-Numan", "")],
        ),
    ],
)
def test_what_stop_72s_review_of_the_stop_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (from the read probes web145 and web146: a headline's speaker before its colon; a possessor is no captive; a grip solidified over the whole of a place; a fight for control is no capture; an office in a city; British spellings of ISIL; a crowd that tore up a poster toppled the statue too; fighters taken on a weekday; a side's word closing the sentence; a bomb blamed on a side named at length; the arms an aircraft dropped; 'they' of a clause of time after a killing; strikes appealed for; the lone article 'A-'; Israel holds ground; Druze, Bedouin and tribal fighters are unidentified)
        (
            "2013-03-05",
            "Syria's rebels: We have captured Raqqa",
            [("Non-state actor overtakes territory", "opposition", "", "Raqqa", "opposition")],
        ),
        (
            "2014-01-05",
            "Fighters from Islamist brigades took control of the children's hospital in the Qadi Askar district.",
            [("Non-state actor overtakes territory", "unidentified", "", "Qadi Askar", "")],
        ),
        (
            "2014-01-15",
            "ISIL militants have solidified their grip over the entirety of the city of Al-Bab following the withdrawal of the remaining rebels.",
            [("Non-state actor overtakes territory", "isis", "", "Al-Bab", "isis")],
        ),
        (
            "2013-03-04",
            "Rebels battled pockets of regime loyalists for complete control of Raqqa.",
            [("Armed clash", "opposition", "government", "Raqqa", "")],
        ),
        (
            "2013-03-05",
            "The rebels took control of the Raqqa governor's building.",
            [("Non-state actor overtakes territory", "opposition", "", "Raqqa", "")],
        ),
        (
            "2014-07-01",
            "Earlier this week the Isil seized the town of Albu Kamal.",
            [("Non-state actor overtakes territory", "isis", "", "Albu Kamal", "isis")],
        ),
        (
            "2013-10-26",
            "The Kurdish fighters captured the Yaarabiya post after three days of clashes.",
            [("Non-state actor overtakes territory", "sdf", "", "Al-Yarubiyah", "sdf")],
        ),
        (
            "2014-01-20",
            "Three people were killed in a car-bomb blast in the Kurdish-held village of Malkiyeh.",
            [("Remote explosive/landmine/IED", "unidentified", "civilians", "Al-Malikiyah", "")],
        ),
        (
            "2013-03-05",
            "Cheering protesters tore up a poster of President Bashar Assad and toppled a bronze statue of his late father in Raqqa.",
            [("Violent demonstration", "protesters", "", "Raqqa", "")],
        ),
        (
            "2014-01-20",
            "ISIS captured 25 Jaish al-Islam fighters Monday in East Ghouta.",
            [("Arrests", "isis", "opposition", "Eastern Ghouta", "")],
        ),
        (
            "2014-10-04",
            "ISIL launched a fresh offensive on Kobani, opposition groups in Syria claimed Saturday, Anadolu Agency reported.",
            [("Armed clash", "isis", "", "Kobani", "")],
        ),
        (
            "2014-01-02",
            "A car bomb blamed on the Al-Qaeda-linked Islamic State of Iraq and Greater Syria (ISIS) killed at least 26 people in Jarablus, an opposition monitoring group said.",
            [("Remote explosive/landmine/IED", "isis", "civilians", "Jarabulus", "")],
        ),
        (
            "2014-01-20",
            "Aircraft dropped seven barrel bombs on the IS-held town of Al-Bab.",
            [("Air/drone strike", "government", "", "Al-Bab", "")],
        ),
        (
            "2014-07-18",
            "Islamic State militants killed at least 115 government fighters, civilian guards and employees as they seized the Shaer gas field.",
            [("Non-state actor overtakes territory", "isis", "government", "Shaer gas field", "isis")],
        ),
        (
            "2014-10-09",
            "Kurdish forces said they had pushed back the attack on Kobani but appealed for U.S.-led air strikes on the insurgents' tanks.",
            [("Armed clash", "sdf", "", "Kobani", "")],
        ),
        (
            "2013-04-12",
            "On Friday, at least two Scud missiles reportedly fell in al-Mansoura, west of A-Raqqa City.",
            [("Shelling/artillery/missile attack", "unidentified", "", "Al Manşūrah", "")],
        ),
        (
            "2024-12-15",
            "Israeli forces seized control of Jamlah in Daraa province, as well as Mazraat Beit Jinn and Maghar al-Mir in the Damascus countryside.",
            [
                ("Non-state actor overtakes territory", "israel", "", "Jamlah", "israel"),
                ("Non-state actor overtakes territory", "israel", "", "Mazra‘at Bayt Jinn", "israel"),
                ("Non-state actor overtakes territory", "israel", "", "Mughr al-Mir", "israel"),
            ],
        ),
        (
            "2024-12-08",
            "The Israeli military took control of Quneitra.",
            [("Non-state actor overtakes territory", "israel", "", "Quneitra", "israel")],
        ),
        (
            "2025-03-07",
            "Clashes erupted between government forces and remnants of the ousted Assad regime in Jableh.",
            [("Armed clash", "government", "unidentified", "Jableh", "")],
        ),
        (
            "2025-03-06",
            "The entire city of Jableh has been captured by former Syrian army cells.",
            [("Non-state actor overtakes territory", "unidentified", "", "Jableh", "")],
        ),
        (
            "2025-07-19",
            "Druze fighters clashed with Bedouin gunmen in the city of Sweida.",
            [("Armed clash", "unidentified", "", "As-Suwayda", "")],
        ),
        (
            "2025-07-18",
            "Armed Bedouin groups retook control of the village of Mazraa west of Sweida.",
            [("Non-state actor overtakes territory", "unidentified", "", "Al Mazra‘ah", "")],
        ),
        (
            "2023-09-03",
            "Arab tribal fighters clashed with the SDF in Dhiban and took control of the town.",
            [("Non-state actor overtakes territory", "unidentified", "sdf", "Dhiban", "")],
        ),
    ],
)
def test_what_stop_73s_read_probes_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (from the read probe web142: the names after 'including the towns of' after areas north of a place; places listed after 'along with'; a side's rule over a place ended; a source's words before 'sources said'; an operation's scope; the urban area of a town is the town)
        (
            "2019-11-20",
            "The army and the SDF managed to capture several areas north of Tal Tamr, including the towns of Al-Qassimiyah and Manaf.",
            [
                ("Government regains territory", "government", "", "Tell Tamr", ""),
                ("Government regains territory", "government", "", "Al Qasimiyah", "government"),
                ("Government regains territory", "government", "", "Manaf", "government"),
            ],
        ),
        (
            "2017-02-23",
            "The Turkey-backed rebels captured al-Bab along with the neighboring towns of Qabasin and al-Bezah.",
            [
                ("Non-state actor overtakes territory", "turkey", "", "Al-Bab", "turkey"),
                ("Non-state actor overtakes territory", "turkey", "", "Qabasin", "turkey"),
                ("Non-state actor overtakes territory", "turkey", "", "Bza'a", "turkey"),
            ],
        ),
        ("2016-08-25", "Operation 'Euphrates Shield' ends ISIL rule in Jarablus", []),
        (
            "2016-08-25",
            "Turkish-backed rebels ended ISIL rule in Jarablus on Wednesday.",
            [("Non-state actor overtakes territory", "turkey", "isis", "Jarabulus", "turkey")],
        ),
        ("2016-08-25", "The army ended its control of the village of Tal Arn.", []),
        (
            "2016-08-26",
            "At least five people were killed in an Isis attack in the border town of Jarablus, Turkish security and hospital sources said on Thursday.",
            [("Armed clash", "isis", "", "Jarabulus", "")],
        ),
        (
            "2019-10-12",
            '"As a result of successful operations within the scope of Operation Peace Spring, the urban area of Ras al-Ain was taken under control," the defence ministry announced.',
            [("Non-state actor overtakes territory", "turkey", "", "Ras al-Ayn", "turkey")],
        ),
    ],
)
def test_what_stop_73s_read_probe_web142_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (from the reviews of stop 73 and the actor eras: from 9 December 2024 the old regime's names, and a government called the former one, are its unidentified remnants, and a bare General Security the government's, while HTS keeps its id; a group loyal to a side is that side; 'they' after strikes is those struck; a bomb blamed on the Islamic State; a man on a poster is no side; a power station by a town; a country's side of Mount Hermon)
        (
            "2025-03-07",
            "Assad loyalists attacked government forces in Jableh.",
            [("Armed clash", "unidentified", "government", "Jableh", "")],
        ),
        (
            "2016-03-07",
            "Assad loyalists attacked rebels in Jableh.",
            [("Armed clash", "government", "opposition", "Jableh", "")],
        ),
        (
            "2025-03-08",
            "Clashes erupted between government forces and remnants of the ousted Assad regime in Jableh.",
            [("Armed clash", "government", "unidentified", "Jableh", "")],
        ),
        (
            "2015-03-29",
            "Rebels battled remnants of the Assad regime in Idlib city.",
            [("Armed clash", "opposition", "government", "Idlib", "")],
        ),
        (
            "2025-01-05",
            "Syrian security forces battled pockets of regime loyalists in Qardaha.",
            [("Armed clash", "government", "unidentified", "Qardaha", "")],
        ),
        (
            "2025-02-20",
            "General Security forces arrested three men in Saraqib.",
            [("Arrests", "government", "civilians", "Saraqib", "")],
        ),
        ("2019-01-20", "HTS fighters arrested three men in Saraqib.", [("Arrests", "hts", "civilians", "Saraqib", "")]),
        (
            "2025-03-06",
            "The entire city of Jableh has been captured by former Syrian army cells.",
            [("Non-state actor overtakes territory", "unidentified", "", "Jableh", "")],
        ),
        (
            "2016-01-20",
            "Government warplanes pounded opposition fighters as they seized the village of Kinsabba.",
            [("Non-state actor overtakes territory", "unidentified", "", "Kinsabba", "")],
        ),
        (
            "2016-05-14",
            "Kurdish Asayish security forces detained two journalists in Qamishli.",
            [("Arrests", "sdf", "civilians", "Qamishli", "")],
        ),
        (
            "2017-11-03",
            "Druze fighters loyal to the government repelled a Nusra attack on Hader.",
            [("Armed clash", "hts", "government", "Hadar", "")],
        ),
        (
            "2023-09-02",
            "Tribal fighters loyal to the SDF repelled an attack on Dhiban.",
            [("Armed clash", "unidentified", "sdf", "Dhiban", "")],
        ),
        ("2015-07-02", "Islamic State sought to consolidate its grip over the whole of Deir ez-Zor province.", []),
        (
            "2015-07-08",
            "Aircraft dropped seven barrel bombs on Daraya.",
            [("Air/drone strike", "government", "", "Darayya", "")],
        ),
        (
            "2020-05-03",
            "An IED blamed on the Islamic State hit a bus near Palmyra.",
            [("Remote explosive/landmine/IED", "isis", "", "Palmyra", "")],
        ),
        (
            "2024-12-07",
            "Rebels tore down a poster of Assad and captured Hama's central prison.",
            [("Non-state actor overtakes territory", "opposition", "", "Hama Central Prison", "opposition")],
        ),
        (
            "2014-10-12",
            "Islamic State captured the Kobani security headquarters, Kurdish fighters said.",
            [("Non-state actor overtakes territory", "isis", "", "Kobani", "")],
        ),
        (
            "2015-04-25",
            "Nusra fighters celebrated as they captured Jisr al-Shughur.",
            [("Non-state actor overtakes territory", "hts", "", "Jisr al-Shughur", "hts")],
        ),
        (
            "2025-01-20",
            "Gunmen loyal to the old regime ambushed security forces near Jableh.",
            [("Armed clash", "unidentified", "", "Jableh", "")],
        ),
        (
            "2013-03-07",
            "Gunmen loyal to the regime shot dead five protesters in Homs.",
            [("Excessive force against protesters", "protesters", "government", "Homs", "")],
        ),
        (
            "2012-02-04",
            "Security forces shelled Baba Amr, killing more than 200 people.",
            [("Shelling/artillery/missile attack", "unidentified", "civilians", "Baba Amr", "")],
        ),
        (
            "2017-01-05",
            "About 30 members of the regime forces and militiamen loyal to them were killed in an ambush by Jaysh al-Islam in the Eastern Ghouta.",
            [("Armed clash", "opposition", "government", "Eastern Ghouta", "")],
        ),
        (
            "2015-04-25",
            "Government warplanes bombed Islamist fighters as they seized the town of Jisr al-Shughour.",
            [("Non-state actor overtakes territory", "unidentified", "", "Jisr al-Shughur", "")],
        ),
        (
            "2025-03-08",
            "Government forces regained control of the Baniyas power station from armed loyalists.",
            [("Government regains territory", "government", "unidentified", "Baniyas", "")],
        ),
        (
            "2024-12-08",
            "Rebels captured the city of Damascus from the regime.",
            [("Non-state actor overtakes territory", "opposition", "government", "Damascus", "opposition")],
        ),
        (
            "2025-03-01",
            "General Security personnel arrested a suspected ISIS member in the town of Manbij.",
            [("Arrests", "government", "isis", "Manbij", "")],
        ),
        (
            "2022-03-01",
            "HTS's General Security Service arrested a media activist in Idlib.",
            [("Arrests", "hts", "civilians", "Idlib", "")],
        ),
        (
            "2024-12-08",
            "The Israeli military took control of the Syrian side of Mount Hermon.",
            [("Non-state actor overtakes territory", "israel", "", "Mount Hermon", "israel")],
        ),
        ("2024-12-10", "HTS's swift capture of Damascus surprised the world.", []),
        (
            "2013-09-30",
            "Gunmen loyal to the Islamic State of Iraq and the Levant seized the town of Azaz from Free Syrian Army rebels.",
            [("Non-state actor overtakes territory", "isis", "opposition", "Azaz", "isis")],
        ),
        ("2025-07-17", "Withdrawal of the Syrian Arab Army from Sweida has begun, Syria's state news agency said.", []),
        (
            "2025-03-06",
            "Gunmen loyal to the former government ambushed government forces near Jableh.",
            [("Armed clash", "unidentified", "government", "Jableh", "")],
        ),
        (
            "2025-03-06",
            "Fighters of the ousted government's army attacked a checkpoint in Baniyas.",
            [("Armed clash", "unidentified", "", "Baniyas", "")],
        ),
    ],
)
def test_what_stop_73s_review_and_eras_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (from the last review of stop 73: a capture told as a noun before 'ends X rule' is the act; 'end' in a headline's present; barrel bombs are no era's name; the men killed are the ones who fled)
        (
            "2019-03-23",
            "The fall of Baghouz ends ISIL rule in Syria, the SDF said.",
            [("Non-state actor overtakes territory", "unidentified", "isis", "Al-Baghuz Fawqani", "")],
        ),
        (
            "2017-05-11",
            "The SDF's capture of Tabqa ends ISIS rule in Tabqa.",
            [("Non-state actor overtakes territory", "sdf", "isis", "Tabqa", "sdf")],
        ),
        ("2016-03-27", "Syrian troops end ISIL rule in Palmyra.", []),
        ("2016-03-01", "The army vowed to end ISIL rule in Palmyra.", []),
        (
            "2025-03-07",
            "Helicopters dropped barrel bombs on the town of Talbiseh.",
            [("Air/drone strike", "government", "", "Talbiseh", "")],
        ),
        (
            "2014-08-24",
            "Islamic State killed dozens of soldiers as they fled the Tabqa air base.",
            [("Non-violent transfer of territory", "unidentified", "", "Tabqa Military Airbase", "")],
        ),
        (
            "2025-08-15",
            "An SAA cell attacked an army post near the town of Masyaf.",
            [("Armed clash", "unidentified", "", "Masyaf", "")],
        ),
    ],
)
def test_what_stop_73s_last_review_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (read probes web147, web149 and web151: the sides, the verbs of taking and the places of Homs, Daraa and Deir ez-Zor)
        (
            "2013-06-05",
            'The Syrian Observatory for Human Rights said the army and fighters from the powerful Shiite movement Hezbollah had taken Qusayr after an "intense bombardment" Tuesday night.',
            [("Government regains territory", "government", "", "Al-Qusayr", "government")],
        ),
        (
            "2013-06-05",
            "The army and fighters from Hezbollah captured Qusayr on Wednesday.",
            [("Government regains territory", "government", "", "Al-Qusayr", "government")],
        ),
        (
            "2013-06-05",
            'State television said the army had "restored peace and security" to Al-Qariatayn.',
            [("Government regains territory", "government", "", "Al-Qaryatayn", "government")],
        ),
        (
            "2014-09-04",
            'Syrian TV said Thursday that Syrian forces "restored peace" to Khan Arnabeh in Quneitra province.',
            [("Government regains territory", "government", "", "Khān Arnabah", "government")],
        ),
        (
            "2013-06-05",
            "Syrian TV:Army in control of strategic Qusair town",
            [("Government regains territory", "government", "", "Al-Qusayr", "government")],
        ),
        ("2013-06-05", "Rebels remain in control of Qusair.", []),
        (
            "2013-06-05",
            "The town, with rebels in control of Qusair, was shelled.",
            [("Shelling/artillery/missile attack", "unidentified", "", "Al-Qusayr", "")],
        ),
        (
            "2013-03-07",
            "The FSA’s Farouk Battalion which operates outside of Homs claims it captured the Dab’aa Military Airbase southwest of Syria’s third largest city at approximately 9PM local time Wednesday.",
            # (a side's claim in the present: no change, as stop 63 ruled "Syrian rebels claim they have captured …")
            [("Non-state actor overtakes territory", "opposition", "", "Al-Qusayr Military Airbase", "")],
        ),
        ("2013-03-07", "Rebels claimed they had captured Qusayr, but the army denied it.", []),
        (
            "2017-07-11",
            'Rebels said they had "liberated" Khan Touman from government forces.',
            [("Non-state actor overtakes territory", "opposition", "government", "Khan Tuman", "opposition")],
        ),
        (
            "2013-06-09",
            "Regime forces “completely conquered” Khirbet Ghazaleh on Sunday, the Syrian Observatory for Human Rights reported.",
            [("Government regains territory", "government", "", "Khirbat Ghazālah", "government")],
        ),
        (
            "2016-02-06",
            "The army added another victory to a series of achievements made over the past few weeks, establishing on Friday control over Atman town in the southern Daraa province.",
            [("Government regains territory", "government", "", "Atman", "government")],
        ),
        (
            "2014-12-01",
            "Rebels captured the majority of Sheikh Miskeen two weeks ago.",
            [("Non-state actor overtakes territory", "opposition", "", "Shaykh Miskīn", "")],
        ),
        (
            "2014-12-01",
            "The al-Qaeda-linked group of Nusra Front seized the headquarters of the rebel brigade of the “Yarmouk Martyrs” in the town of Taseel in Daraa province.",
            [("Non-state actor overtakes territory", "hts", "isis", "Taseel", "")],
        ),
        (
            "2015-02-12",
            "Rebels retook the villages of Deir al-Adas and al-Habarna Wednesday night.",
            [
                ("Non-state actor overtakes territory", "opposition", "", "Dayr al Adas", "opposition"),
                ("Non-state actor overtakes territory", "opposition", "", "al-Habarna", "opposition"),
            ],
        ),
        (
            "2014-12-01",
            "Syrian army forces appear to be pushing rebels out of the strategic town of Sheikh Miskeen.",
            [("Armed clash", "government", "opposition", "Shaykh Miskīn", "")],
        ),
        (
            "2014-12-01",
            "Rebels were seizing control of Sheikh Miskeen when the army counterattacked.",
            [("Armed clash", "opposition", "", "Shaykh Miskīn", "")],
        ),
        (
            "2012-02-04",
            "Security forces shelled Khaldiyeh in Homs.",
            [("Shelling/artillery/missile attack", "unidentified", "", "Khalidiya", "")],
        ),
        (
            "2013-05-29",
            "BEIRUT (Reuters) - Syrian forces loyal to President Bashar al-Assad seized an air base in Dabaa village near the town of Qusair on Wednesday.",
            [("Government regains territory", "government", "", "Al-Dabaah", "")],
        ),
        (
            "2023-09-05",
            "“The Syrian Democratic Forces have taken full control of Al-Izba outside Deir Ez-Zor, after violent clashes with the forces of the Deir Ez-Zor Military Council and tribal militants,” said the monitoring organisation.",
            [("Non-state actor overtakes territory", "sdf", "", "Al-Izba", "sdf")],
        ),
        (
            "2023-09-04",
            "Oppressed by the terrorist group on Monday, local tribes clashed with the YPG/PKK terrorists in the villages of Diban, al-Tayyana and al-Muhammadiya, the sources said.",
            [
                ("Armed clash", "unidentified", "sdf", "Dhiban", ""),
                ("Armed clash", "unidentified", "sdf", "Tayyani", ""),
                ("Armed clash", "unidentified", "sdf", "Al Muhammadiyah", ""),
            ],
        ),
        (
            "2023-10-27",
            "At least 13 pro-Iran fighters were killed in U.S. airstrikes that targeted strongholds of pro-Iran fighters in the eastern province of Deir al-Zour on Friday night, a war monitor reported.",
            [("Air/drone strike", "coalition", "iran", "Deir ez-Zor governorate", "")],
        ),
        (
            "2023-02-17",
            "IDLIB, Syria (AP) — Islamic State militants attacked villagers collecting truffles in eastern Syria on Wednesday, killing at least 18 people.",
            [("Attack", "isis", "civilians", "East part of Syria", "")],
        ),
        (
            "2024-12-08",
            "These advances are part of a broader rebel offensive, which also led to the capture of the town of Sukne between Homs and Deir ez-Zor.",
            [("Non-state actor overtakes territory", "unidentified", "", "Al-Sukhnah", "")],
        ),
        (
            "2014-06-13",
            "Isil militants executed 12 tribesmen in the village of Abu Hamam",
            [("Attack", "isis", "civilians", "Abu Hamam", "")],
        ),
    ],
)
def test_what_stop_74s_read_probes_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (headlines of the read probes: a bare "Army" opening one is the army; a verb in scare quotes is a claim)
        (
            "2013-06-05",
            "Army captures Qusair",
            [("Government regains territory", "government", "", "Al-Qusayr", "government")],
        ),
        (
            "2013-06-05",
            "Army of Islam captures Qusair",
            [("Non-state actor overtakes territory", "opposition", "", "Al-Qusayr", "opposition")],
        ),
        (
            "2013-04-18",
            "Syria rebels ‘capture’ Homs army base",
            [("Non-state actor overtakes territory", "opposition", "", "Homs army base", "")],
        ),
        (
            "2024-12-07",
            "Syria Govt Loses Control Of Key City Daraa",
            [("Non-violent transfer of territory", "government", "", "Daraa", "")],
        ),
    ],
)
def test_what_stop_74s_read_headlines_read(gaz, actors, date, text, expected):
    assert _told_heading(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (the read probe web153 (Kurdish fighters against IS 2012-15) and the first review of the stop (review74a))
        (
            "2015-06-23",
            "Afterwards, Syrian Kurds advanced southwards and overran the IS-held town of Ain Issa, only 50km (30 miles) from Raqqa.",
            [("Non-state actor overtakes territory", "sdf", "isis", "Ain Issa", "sdf")],
        ),
        (
            "2014-10-06",
            "Islamic State (IS) militants have entered the key Syria-Turkey border town of Kobane and taken control of three districts after street-to-street fighting with Syrian Kurd defenders.",
            [("Non-state actor overtakes territory", "isis", "sdf", "Kobani", "")],
        ),
        (
            "2014-10-06",
            "Turkish border troops fired at YPG positions in Kobane.",
            [("Armed clash", "turkey", "sdf", "Kobani", "")],
        ),
        (
            "2014-10-06",
            "Turkish border guards shot dead two Syrians near Kobane.",
            [("Attack", "turkey", "civilians", "Kobani", "")],
        ),
        (
            "2014-10-06",
            "Clashes erupted near the Turkey border in Kobane between IS and the YPG.",
            [
                (
                    "Armed clash",
                    "isis",
                    "sdf",
                    "Syria–Turkey border (Syria side, within 10 km), near the places the report names",
                    "",
                )
            ],
        ),
        (
            "2015-03-01",
            "BEIRUT | Backed by U.S.-led coalition airstrikes, Kurdish fighters fought their way Friday into a northeastern Syrian town, Syrian activists said.",
            [],
        ),
        (
            "2015-03-01",
            "Kurdish troops took the village of Tal Tamr from the Islamic State on Monday.",
            [("Non-state actor overtakes territory", "sdf", "isis", "Tell Tamr", "sdf")],
        ),
        (
            "2014-10-06",
            "IS executed 20 Kurds in the village of Tal Abyad.",
            [("Attack", "isis", "civilians", "Tell Abyad", "")],
        ),
        ("2023-03-17", "Villagers fled Kafr Nabl.", []),
        (
            "2015-09-10",
            "The army is working to restore peace to the villages of Daraa countryside, the governor said.",
            [],
        ),
        ("2015-09-10", "Army units seek to restore peace and security to Nawa.", []),
        (
            "2015-10-08",
            "Government forces took Atshan and Umm Hartein Thursday.",
            [
                ("Government regains territory", "government", "", "Atshan", "government"),
                ("Government regains territory", "government", "", "Umm Haratayn", "government"),
            ],
        ),
        (
            "2015-02-10",
            "The YPG took control of the villages of Mitras and Alkana north of the town of Serrin.",
            [("Non-state actor overtakes territory", "sdf", "", "Sarrin", "")],
        ),
        (
            "2014-10-10",
            "He confirmed IS was now in control of Mistenur, the strategic hill above the town and that there was heavy shelling.",
            [("Non-state actor overtakes territory", "isis", "", "Mistanour", "isis")],
        ),
    ],
)
def test_what_stop_74s_second_reading_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (a bare "Army" heading a headline with a partner after a comma; not the men who left it)
        (
            "2014-03-16",
            "Army, Hezbollah retake Yabroud near Lebanese border",
            [("Government regains territory", "government", "", "Yabroud", "government")],
        ),
        (
            "2012-06-10",
            "Army defectors seize Haffa",
            [("Non-state actor overtakes territory", "unidentified", "", "Al-Haffah", "")],
        ),
    ],
)
def test_what_stop_74s_review_headlines_read(gaz, actors, date, text, expected):
    assert _told_heading(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (the last review of the stop (review74b): a typed list's earlier names before a direction lie on its side loosely, 65 km out and inside a city too)
        (
            "2013-06-14",
            "The army captured the villages of Burj al-Qaei and Dabaa north of al-Qusayr.",
            [
                ("Government regains territory", "government", "", "Burj Qai", "government"),
                ("Government regains territory", "government", "", "Al-Dabaah", "government"),
            ],
        ),
        (
            "2017-06-20",
            "The army took the villages of al-Sukhnah and Arak east of Palmyra.",
            [
                ("Government regains territory", "government", "", "Al-Sukhnah", "government"),
                ("Government regains territory", "government", "", "Arak", "government"),
            ],
        ),
        (
            "2016-08-05",
            "Rebels are trying to capture the villages of Amiriya and Hikma south of Aleppo.",
            [("Armed clash", "opposition", "", "Amiriya", ""), ("Armed clash", "opposition", "", "Hikma", "")],
        ),
    ],
)
def test_what_stop_74s_last_review_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # ('the Kurds' acting are the SDF's; not the Kurds Mountain (Jabal al-Akrad), nor IS's 'apostates of the Kurds')
        (
            "2015-06-24",
            "Turkish soldiers watched from the border as the Kurds took Tal Abyad.",
            [("Non-state actor overtakes territory", "sdf", "", "Tell Abyad", "sdf")],
        ),
        (
            "2016-01-14",
            "Government forces captured villages in the Kurds Mountain in Latakia province.",
            [("Government regains territory", "government", "", "Jabal al-Akrad", "")],
        ),
        (
            "2015-06-23",
            "Afterwards, the Kurds advanced southwards and overran the IS-held town of Ain Issa, only 50km (30 miles) from Raqqa.",
            [("Non-state actor overtakes territory", "sdf", "isis", "Ain Issa", "sdf")],
        ),
    ],
)
def test_what_stop_74s_kurds_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (a dateline with a date and an agency and no dash ('Damascus, Jan 24 (IANS)') is where the report was filed, no place of the news)
        (
            "2016-01-24",
            "Damascus, Jan 24 (IANS) Syrian forces on Sunday captured the village of Kinsabba, the media reported.",
            [("Government regains territory", "government", "", "Kinsabba", "government")],
        ),
        (
            "2016-01-24",
            "Damascus, Jan 24 (IANS) Syrian forces on Sunday shelled the village of Kinsabba, the media reported.",
            [("Shelling/artillery/missile attack", "government", "", "Kinsabba", "")],
        ),
    ],
)
def test_what_stop_74s_datelines_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (the read probes web148 and web150 (Aleppo's countryside, air power): a country a distance is measured from is a place, and the Russian reconciliation centre closing the sentence its source)
        ("2016-02-15", "The advance also brought them closer to Azaz, a town 6 km (4 miles) from Turkey.", []),
        (
            "2016-10-28",
            "Militants belonging to Jabhat al-Nusra continued to fire mortar shells into Aleppo’s Kurdish-majority Sheikh Maqsoud neighbourhood on Friday, killing at least 15 people, the Russian Center for Reconciliation in Syria said.",
            # (stop 78: the city before a possessive and a "-majority" adjective only qualifies its quarter)
            [("Shelling/artillery/missile attack", "hts", "civilians", "Sheikh Maqsood", "")],
        ),
        (
            "2016-02-15",
            "Turkey shelled Azaz, 6 km from the border with Turkey.",
            [("Shelling/artillery/missile attack", "turkey", "", "Azaz", "")],
        ),
    ],
)
def test_what_stop_74s_read_probe_web148_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (late in the stop: an apposition's stronghold in a province locates the town (Rabia of Latakia, not Ar Rabiah of Hama); 'the offensive that captured X' is a capture, 'that' a relative pronoun)
        (
            "2016-01-24",
            "Damascus, Jan 24 (IANS) Syrian forces on Sunday captured the strategic town of Rabiah, a main rebel stronghold in the countryside of the coastal province of Latakia, the media reported.",
            [("Government regains territory", "government", "opposition", "Rabia", "government")],
        ),
        (
            "2015-04-02",
            "Al-Masalmeh said three armed factions spearheaded the offensive that captured Nasib and the nearby border guard posts known as 62, 63 and 67.",
            [("Non-state actor overtakes territory", "opposition", "", "Nasib", "opposition")],
        ),
        (
            "2015-04-02",
            "Rebels shelled the town of Nasib that captured soldiers fled to.",
            [("Shelling/artillery/missile attack", "opposition", "", "Nasib", "")],
        ),
    ],
)
def test_what_stop_74s_late_reading_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (stop 75: read from the probes web155-web158, web161 and web162, and a check over the review sets)
        (
            "2017-11-03",
            "BEIRUT (Reuters) - Islamic State has been completely ousted from Syria's biggest eastern city, Deir al-Zor, Syrian state television reported on Friday.",
            [("Non-violent transfer of territory", "isis", "", "Deir ez-Zor", "")],
        ),
        (
            "2017-11-03",
            "According to the War Media channel operated by regime ally Shia group Hezbollah, Syrian regime troops seized full control of the town of Mayadin for the first time in four years.",
            [("Government regains territory", "government", "", "Al-Mayadin", "government")],
        ),
        (
            "2017-11-03",
            "According to Al-Watan, which is close to the government, the army captured Kabani.",
            [("Government regains territory", "government", "", "Kabani", "government")],
        ),
        (
            "2017-11-03",
            "The army men, who crossed the Euphrates River yesterday, captured the villages of Mart and Mazloum on the Eastern bank of the Euphrates River.",
            [
                ("Government regains territory", "government", "", "Marrat", "government"),
                ("Government regains territory", "government", "", "Mazlum", "government"),
            ],
        ),
        (
            "2017-11-03",
            "Meanwhile, units of army, in cooperation with supporting forces, regained control over al-Hamidyah neighborhood in Deir Ezzor.",
            [("Government regains territory", "government", "", "al-Hamidyah", "government")],
        ),
        (
            "2017-11-03",
            "To the east of the Euphrates, army units continued operations after regaining control over al-Husseiniyeh, advancing towards the villages of Shaqra and al-Junaina.",
            [("Armed clash", "government", "", "Shaqrah", ""), ("Armed clash", "government", "", "Junaynah", "")],
        ),
        (
            "2017-11-03",
            "Terrorists from ISIS executed one person in al-Tebni town in the northwestern countryside of Deir Ezzor.",
            [("Attack", "isis", "civilians", "Tabni", "")],
        ),
        (
            "2017-11-03",
            "The Daesh (ISIS) terrorists carried out a massacre in Al-Baghaliyeh, claiming the lives of around 300 civilians.",
            [("Attack", "isis", "civilians", "Al-Baghiliyah", "")],
        ),
        (
            "2017-11-03",
            "On Friday morning, a drone operated by the jihadist group dropped explosive devices on the Al-Jaz, Al-Barid and Howeika district of the eastern Syrian city, according to an activist group.",
            [("Air/drone strike", "unidentified", "", "al-Huwayqa", "")],
        ),
        (
            "2017-11-03",
            "BEIRUT, Lebanon – A car bombing by the Islamic State group killed at least 75 displaced people in eastern Syria, a monitor said Sunday, November 5.",
            [("Remote explosive/landmine/IED", "isis", "civilians", "East part of Syria", "")],
        ),
        (
            "2018-05-21",
            "In a televised statement Syria’s army high command said al-Hajar al-Aswad and Yarmouk had been cleared of militants.",
            [
                ("Non-violent transfer of territory", "unidentified", "", "Al Ḩajar al Aswad", ""),
                ("Non-violent transfer of territory", "unidentified", "", "Yarmouk", ""),
            ],
        ),
        (
            "2018-05-21",
            "As Syrian President Bashar al-Assad’s forces battled to retake Hajar al-Aswad and Tadamun, the Syrian army said on Saturday it retook control of the Qadem district, state-run news agency SANA reported.",
            [
                ("Armed clash", "government", "", "Al Ḩajar al Aswad", ""),
                ("Armed clash", "government", "", "Tadamon", ""),
                ("Government regains territory", "government", "", "Al-Qadam", "government"),
            ],
        ),
        (
            "2014-01-20",
            "In addition to Babbila, deals have been struck for local ceasefires in Qudsaya, Moadamiyet al-Sham, Barzeh, Beit Sahem, Yalda and Yarmuk Palestinian refugee camp.",
            [
                ("Agreement", "unidentified", "", "Qudsaya", ""),
                ("Agreement", "unidentified", "", "Moadamiyat al-Sham", ""),
                ("Agreement", "unidentified", "", "Barzeh", ""),
                ("Agreement", "unidentified", "", "Beit Sahem", ""),
                ("Agreement", "unidentified", "", "Yalda", ""),
                ("Agreement", "unidentified", "", "Yarmouk Camp", ""),
            ],
        ),
        (
            "2016-02-21",
            "The Islamic State (IS) has claimed responsibility for three deadly bombings that rocked a Shiite district south of the capital Damascus on Sunday, killing over 76 people.",
            [("Remote explosive/landmine/IED", "isis", "", "Damascus", "")],
        ),
        (
            "2016-02-21",
            "Rebels captured the Idlib town of Binnish.",
            [("Non-state actor overtakes territory", "opposition", "", "Binnish", "opposition")],
        ),
        (
            "2016-02-21",
            "Liwa Sham al-Rasul, a FSA-affiliated brigade in southern Damascus, fought with Nusra earlier this month in the southern Damascus towns of Beit Sahem and Babila, and has antagonistic relations with the group.",
            [
                ("Armed clash", "opposition", "hts", "Beit Sahem", ""),
                ("Armed clash", "opposition", "hts", "Babīlā", ""),
            ],
        ),
        (
            "2014-03-03",
            "On Monday, opposition forces gained complete control of the town of a-Latamneh.",
            [("Non-state actor overtakes territory", "opposition", "", "Al-Lataminah", "opposition")],
        ),
        (
            "2014-08-03",
            "Arsal fell to Islamist forces Saturday, August 2.",
            [("Non-state actor overtakes territory", "unidentified", "", "Arsal", "")],
        ),
        (
            "2018-01-10",
            "A military source said the army continued its operations against Daesh in the isolated pocket between the countryside of Hama, Aleppo, and Idleb, which resulted in regaining control over the villages and towns of al-Harta, Thalja and Muraijeb al-Shamali.",
            [
                ("Government regains territory", "government", "isis", "al-Harta", "government"),
                ("Government regains territory", "government", "isis", "Ath Thaljah", "government"),
                ("Government regains territory", "government", "isis", "Muraijeb al-Shamali", "government"),
            ],
        ),
        (
            "2018-01-10",
            "In Idleb Province, the army, continuing its operations to eradicate the last gatherings of Jabhat al-Nusra terrorists in the southeastern countryside of Idleb, took control of Maasran village, a military source said to SANA.",
            [("Government regains territory", "government", "hts", "Maasran", "government")],
        ),
        (
            "2017-11-03",
            "The next main target will be al-Omar oil field, which is Syria's largest and is also on the east bank of the Euphrates, and Syrian government forces are also speeding to capture it.",
            [],
        ),
        (
            "2014-03-23",
            "Fighters from the Islamic Front and al Qaeda-linked Nusra Front seized the Armenian Christian town of Kasab on Sunday after taking the nearby border crossing.",
            [("Non-state actor overtakes territory", "opposition", "", "Kassab", "opposition")],
        ),
        (
            "2015-11-24",
            "Turkmen fighters have taken control of Kızıldağ (Jebel al-Ahmar in Arabic), a Turkmen source said Tuesday.",
            [("Non-state actor overtakes territory", "opposition", "", "Qızıldag", "opposition")],
        ),
        (
            "2017-08-15",
            "On the southwestern axis, the Syrian army is pushing from Sukhnah, approximately 130km from Deir ez-Zor, after capturing the town on Sunday.",
            [("Government regains territory", "government", "", "Al-Sukhnah", "government")],
        ),
        (
            "2017-09-05",
            "On Tuesday, the Syrian army, backed by the tribal Sons of Raqqa militia, maintained their push west of Deir ez-Zor – along the Raqqa-Deir ez-Zor highway – capturing the town of Maadan.",
            [("Government regains territory", "government", "", "Ma'dan", "government")],
        ),
        (
            "2014-02-26",
            "According to reports on Wednesday, army forces regained full control of the strategic town of Jarajir.",
            [("Government regains territory", "government", "", "Jarajir", "government")],
        ),
        (
            "2017-08-28",
            "The Lebanese Army has achieved a decisive victory in its 10-day offensive against Daesh (ISIS), having forced the militants to leave the rugged outskirts of the northeastern towns of Ras Baalbeck and Al-Qaa.",
            [
                ("Armed clash", "unidentified", "isis", "Ras Baalbek", ""),
                ("Armed clash", "unidentified", "isis", "Qaa", ""),
            ],
        ),
        (
            "2016-02-21",
            "Clashes erupted in the Idlib town of Maarat al-Numan.",
            [("Armed clash", "unidentified", "", "Maarat al-Numan", "")],
        ),
        (
            "2016-02-21",
            "Rebels captured the Aleppo town of Anadan.",
            [("Non-state actor overtakes territory", "opposition", "", "Anadan", "opposition")],
        ),
        (
            "2017-10-01",
            "To the southeast of Deir Ezzor city, army units started wide-scale operations to eradicate ISIL terrorists from the villages and towns between al-Mayadeen and al-Murai’yia, regaining control over the villages of Boqrous Tahtani and al-Zabari.",
            [
                ("Government regains territory", "government", "isis", "Buqrus", "government"),
                ("Government regains territory", "government", "isis", "Az Zabari", "government"),
            ],
        ),
        (
            "2018-04-29",
            "Syrian regime announced on Sunday that its forces reached a deal with HTS in the area they seize in Yarmouk camp southern Damascus.",
            [("Agreement", "government", "hts", "Yarmouk Camp", "")],
        ),
        (
            "2015-04-05",
            "The Islamic State (ISIS) has reportedly managed to takeover most of the Yarmouk Palestinian refugee camp in Syria's capital Damascus.",
            [("Non-state actor overtakes territory", "isis", "", "Yarmouk Camp", "")],
        ),
        (
            "2015-04-05",
            "The Islamic State (ISIS) has reportedly managed to takeover the Yarmouk Palestinian refugee camp.",
            [("Non-state actor overtakes territory", "isis", "", "Yarmouk Camp", "isis")],
        ),
        (
            "2014-07-14",
            "ISIL compelled the FSA to evacuate Deir ez-Zor.",
            [("Non-state actor overtakes territory", "isis", "opposition", "Deir ez-Zor", "isis")],
        ),
        (
            "2014-07-14",
            "ISIL forced the FSA to evacuate the city of Deir ez-Zor",
            [("Non-state actor overtakes territory", "isis", "opposition", "Deir ez-Zor", "isis")],
        ),
        (
            "2014-07-14",
            "Rebels started to evacuate Douma on Monday.",
            [("Non-violent transfer of territory", "opposition", "", "Douma", "")],
        ),
        (
            "2014-10-05",
            "Kurdish defenders were driven from Mishtenur hill, which overlooks Kobani, by Islamic State fighters.",
            [("Non-state actor overtakes territory", "isis", "sdf", "Mistanour", "isis")],
        ),
        (
            "2016-12-07",
            "Government forces seized the Old City of Aleppo after rebels withdrew, before pushing into Sheikh Saeed.",
            [
                # (stop 77: taken from the rebels, who withdrew)
                ("Government regains territory", "government", "opposition", "Aleppo", "government"),
                ("Armed clash", "government", "", "Sheikh Saeed", ""),
            ],
        ),
        (
            "2025-01-10",
            "Remnants of the Tiger Forces clashed with government forces near Masyaf, a monitor said.",
            [("Armed clash", "unidentified", "government", "Masyaf", "")],
        ),
        (
            "2017-09-23",
            "Army units launched an attack, targeting the gatherings of ISIS, establishing control on Hatla.",
            [("Government regains territory", "government", "isis", "Hatla", "government")],
        ),
        (
            "2016-02-03",
            "The army cut the road to Turkey before taking Nubl and Zahraa, breaking a three-year siege.",
            [
                ("Government regains territory", "government", "", "Nubl", "government"),
                ("Government regains territory", "government", "", "Al-Zahraa", "government"),
            ],
        ),
        (
            "2016-12-13",
            "Rebels reached a deal to evacuate eastern Aleppo.",
            [("Agreement", "opposition", "", "Eastern half of Aleppo city, then divided", "")],
        ),
        (
            "2017-03-13",
            "A deal to evacuate al-Waer district in Homs was reached.",
            [("Agreement", "unidentified", "", "Al-Waer", "")],
        ),
    ],
)
def test_what_stop_75s_first_reading_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (stop 75: after the review of the stop's rules (review75a))
        (
            "2014-03-16",
            "The army captured the Damascus town of Yabroud.",
            [("Government regains territory", "government", "", "Yabroud", "government")],
        ),
        (
            "2014-03-16",
            "Airstrikes hit the Damascus town of Zabadani.",
            [("Air/drone strike", "unidentified", "", "Zabadani", "")],
        ),
        (
            "2014-03-16",
            "The army captured the Quneitra town of Khan Arnabeh.",
            [("Government regains territory", "government", "", "Khān Arnabah", "government")],
        ),
        (
            "2016-11-28",
            "The army took the Sakhour district of eastern Aleppo.",
            [("Government regains territory", "government", "", "al-Sakhour", "government")],
        ),
        (
            "2017-06-01",
            "Iraqi army forces shelled IS positions in Albu Kamal.",
            [("Shelling/artillery/missile attack", "unidentified", "isis", "Albu Kamal", "")],
        ),
        (
            "2019-10-15",
            "National Army forces shelled Tal Tamr.",
            [("Shelling/artillery/missile attack", "turkey", "", "Tell Tamr", "")],
        ),
        ("2019-10-15", "US army forces arrived in Manbij.", [("Other", "coalition", "", "Manbij", "")]),
        (
            "2017-03-03",
            "Government troops were driven out of Palmyra on Wednesday, and now IS is in full control of the city.",
            [("Non-state actor overtakes territory", "isis", "", "Palmyra", "isis")],
        ),
        (
            "2016-08-26",
            "Rebels were expelled from Darayya under a deal with the government.",
            [("Non-violent transfer of territory", "opposition", "", "Darayya", "")],
        ),
        (
            "2015-06-15",
            "Islamic State militants had been driven out of Tal Abyad, said YPG spokesman Redur Xelil.",
            [("Non-violent transfer of territory", "isis", "", "Tell Abyad", "")],
        ),
        (
            "2016-08-12",
            "According to Al-Watan, which is close to the government, IS shelled Deir ez-Zor.",
            [("Shelling/artillery/missile attack", "isis", "", "Deir ez-Zor", "")],
        ),
        (
            "2016-08-12",
            "According to Russia, Turkish troops shelled Tal Rifaat.",
            [("Shelling/artillery/missile attack", "turkey", "", "Tell Rifaat", "")],
        ),
        (
            "2020-08-12",
            "A Turkish drone dropped explosives on SDF positions in Ain Issa.",
            [("Air/drone strike", "turkey", "sdf", "Ain Issa", "")],
        ),
        (
            "2020-08-12",
            "Rebels dropped explosive devices from a drone on army positions in Jurin.",
            [("Air/drone strike", "opposition", "", "Jurin", "")],
        ),
        (
            "2016-02-21",
            "Two bombings rocked the Zahraa district of Homs.",
            [("Remote explosive/landmine/IED", "unidentified", "", "Zahraa", "")],
        ),
        ("2016-02-21", "The Red Crescent evacuated wounded from Madaya.", []),
        (
            "2016-02-21",
            "Rebels evacuated Madaya on Monday.",
            [("Non-violent transfer of territory", "opposition", "", "Madaya", "")],
        ),
    ],
)
def test_what_stop_75s_review_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (stop 75, late: a passive ouster's winner named as the agent of the offensive after it)
        (
            "2016-08-12",
            "IS has been ousted from Manbij after a two-month offensive by the SDF.",
            [("Non-state actor overtakes territory", "sdf", "isis", "Manbij", "sdf")],
        ),
        (
            "2017-10-17",
            "IS militants were ousted from Raqqa in an offensive by the Syrian Democratic Forces.",
            [("Non-state actor overtakes territory", "sdf", "isis", "Raqqa", "sdf")],
        ),
        (
            "2017-10-17",
            "Raqqa was captured after a months-long offensive by the SDF.",
            [("Non-state actor overtakes territory", "sdf", "", "Raqqa", "sdf")],
        ),
    ],
)
def test_what_stop_75s_late_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (stop 76: from the read probes web165, web166, web167 and web169)
        (
            "2017-06-05",
            "Army units eliminated the last gatherings of ISIS terrorists in al-Humaimah.",
            [("Armed clash", "government", "isis", "Bir Humaymah", "")],
        ),
        (
            "2017-06-05",
            "Army units killed ISIS terrorists in Humaimah village.",
            [("Armed clash", "government", "isis", "Bir Humaymah", "")],
        ),
        (
            "2017-06-05",
            "Army units' control over the strategic hills put them within firing range of Palmyra.",
            [],
        ),
        (
            "2016-07-20",
            "Militants shelled the Lebanese border town of Qaa.",
            [("Shelling/artillery/missile attack", "unidentified", "", "Qaa", "")],
        ),
        (
            "2018-03-05",
            "The villages of Nasiriyah, Dukan and Iskan were cleared by Turkish forces.",
            [
                ("Non-state actor overtakes territory", "turkey", "", "Nasiriyah", "turkey"),
                ("Non-state actor overtakes territory", "turkey", "", "Dukan", "turkey"),
                ("Non-state actor overtakes territory", "turkey", "", "Iskan", "turkey"),
            ],
        ),
        (
            "2018-03-05",
            "The village of Nasiriyah was cleared by the army of mines.",
            [],
        ),
        (
            "2019-10-12",
            "The villages of Tal Fandar and Yabisah were controlled by the Turkish-backed rebels, the sources said.",
            [
                ("Non-state actor overtakes territory", "turkey", "", "Tell Fendr", "turkey"),
                ("Non-state actor overtakes territory", "turkey", "", "Al-Yabisah", "turkey"),
            ],
        ),
        (
            "2019-10-12",
            "The villages of Tal Fandar and Yabisah were controlled by IS until 2017.",
            [],
        ),
        (
            "2018-02-08",
            "Two people were killed when rockets fired by the YPG from Afrin region struck a house in Kilis.",
            [("Shelling/artillery/missile attack", "sdf", "", "Kilis", "")],
        ),
        (
            "2018-02-08",
            "Rockets fired by the YPG from Afrin struck buildings in the Turkish border provinces of Kilis and Hatay.",
            [
                ("Shelling/artillery/missile attack", "sdf", "", "Kilis", ""),
                ("Shelling/artillery/missile attack", "sdf", "", "Antakya", ""),
            ],
        ),
        (
            "2018-02-04",
            "The Turkish city of Reyhanli was hit by rocket fire from Afrin, killing one person.",
            [("Shelling/artillery/missile attack", "unidentified", "", "Reyhanlı", "")],
        ),
        (
            "2019-11-23",
            "Turkish-backed groups, with support from Turkish drones, attacked SDF positions near Ain Issa.",
            [
                ("Air/drone strike", "turkey", "", "Ain Issa", ""),
                ("Armed clash", "turkey", "sdf", "Ain Issa", ""),
            ],
        ),
        (
            "2018-02-08",
            "Turkish army forces and allied militants from the so-called Free Syrian Army have seized control of the town of Rajo.",
            [("Non-state actor overtakes territory", "turkey", "", "Raju", "turkey")],
        ),
        (
            "2019-10-12",
            "The Turkish military and the Syrian National Army, previously known as the Free Syrian Army, have gained control over Ras al-Ain.",
            [("Non-state actor overtakes territory", "turkey", "", "Ras al-Ayn", "turkey")],
        ),
        (
            "2018-03-06",
            "The FSA gained control over the Sharan district eastern the city of Afrin.",
            [("Non-state actor overtakes territory", "opposition", "", "Sharran", "opposition")],
        ),
        (
            "2017-03-02",
            "The operation room continues to liberate the city of al-Raqqa.",
            [("Armed clash", "unidentified", "", "Raqqa", "")],
        ),
        (
            "2019-10-20",
            "Syrian forces entered Ras al-Ain, an area that was taken by Turkish forces in their offensive.",
            [("Armed clash", "government", "", "Ras al-Ayn", "")],
        ),
        (
            "2019-10-20",
            "The rebels said Kurdish fighters have “not yet completely” pulled out of Ras al-Ain.",
            [],
        ),
        (
            "2018-03-08",
            "Turkish forces have captured Jandaris, in northern Syria’s Afrin District.",
            [("Non-state actor overtakes territory", "turkey", "", "Jindires", "turkey")],
        ),
        (
            "2018-07-16",
            "A village in southwestern Quneitra Province, which borders Jordan, Lebanon and the Golan Heights, has returned to government control.",
            [("Government regains territory", "government", "", "Southwest part of Quneitra governorate", "")],
        ),
        (
            "2019-10-30",
            "Six Syrian soldiers were killed by the artillery fire of the Turkish army near Tal Tamr.",
            [("Shelling/artillery/missile attack", "turkey", "government", "Tell Tamr", "")],
        ),
        (
            "2018-03-19",
            "Syrian Republican Guard and Russian forces in full control of Tal Rifaat town",
            [("Government regains territory", "government", "", "Tell Rifaat", "government")],
        ),
        (
            "2018-03-14",
            "The Kurds were being pushed out of Tell Rifaat on Wednesday.",
            [("Armed clash", "sdf", "", "Tell Rifaat", "")],
        ),
        (
            "2018-07-06",
            "Rebels said they reached a deal with Russia in Daraa.",
            [("Agreement", "opposition", "russia", "Daraa", "")],
        ),
        (
            "2017-03-12",
            "A Kurdish and Arab Syrian militia backed by the United States has captured the town of Karama.",
            [("Non-state actor overtakes territory", "sdf", "", "Al-Karamah", "sdf")],
        ),
        (
            "2018-03-18",
            "Units of the Free Syrian Army, which are backed by Turkish armed forces, took control of Afrin this morning.",
            [("Non-state actor overtakes territory", "turkey", "", "Afrin", "turkey")],
        ),
        (
            "2017-06-08",
            "The SDF captured several neighbourhoods in Raqqa city since Tuesday, including the eastern neighbourhood of Mashlab.",
            [
                ("Non-state actor overtakes territory", "sdf", "", "Raqqa", ""),
                ("Non-state actor overtakes territory", "sdf", "", "al-Mishlab", "sdf"),
            ],
        ),
        (
            "2018-03-09",
            "The move came after Turkish forces and the FSA freed Jinderes Hill on Wednesday.",
            [],
        ),
        (
            "2019-10-14",
            "Turkey’s news agency says allied Syrian forces have captured the town of Suluk.",
            [("Non-state actor overtakes territory", "turkey", "", "Sulūk", "turkey")],
        ),
        (
            "2019-10-16",
            "The SDF handed over control of Ain Issa.",
            [("Non-violent transfer of territory", "sdf", "", "Ain Issa", "")],
        ),
        (
            "2017-06-19",
            "The SDF advanced north of al-Resafa and controlled al-Shwihna village.",
            [("Non-state actor overtakes territory", "sdf", "", "Shuwayhan", "sdf")],
        ),
    ],
)
def test_what_stop_76s_first_reading_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (stop 76: from a review of changed readings in a pool of wire sentences)
        (
            "2018-03-18",
            "Turkish-backed rebels have seized the Kurdish-held city of Afrin.",
            [("Non-state actor overtakes territory", "turkey", "sdf", "Afrin", "turkey")],
        ),
        (
            "2018-03-18",
            "Turkish shelling killed three Kurdish civilians in Afrin.",
            [("Shelling/artillery/missile attack", "turkey", "civilians", "Afrin", "")],
        ),
        (
            "2017-10-20",
            "The fall of Raqqa, where the jihadists held parades in 2014, is a potent symbol of their decline.",
            [],
        ),
        (
            "2017-10-17",
            "Combing operations are underway to clear the city of Raqqa of land mines.",
            [],
        ),
        (
            "2018-06-26",
            "Rebels withdrew from Busra al-Harir as they were attacked from the air.",
            [
                ("Non-violent transfer of territory", "opposition", "", "Busra al-Harir", ""),
                ("Air/drone strike", "unidentified", "opposition", "Busra al-Harir", ""),
            ],
        ),
        (
            "2019-10-11",
            "The Turkish border town of Ceylanpinar was evacuated after a rocket strike.",
            [],
        ),
        (
            "2015-05-08",
            "A rocket fired from the mountains landed near the Lebanese border town of Brital.",
            [("Shelling/artillery/missile attack", "unidentified", "", "Brîtel", "")],
        ),
        (
            "2014-08-18",
            "The accord came after government forces took the Mleiha area on Thursday.",
            [],
        ),
    ],
)
def test_what_stop_76s_pool_review_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (stop 76: from the read probes web171 (Aleppo 2016) and web173 (the offensive of late 2024))
        (
            "2016-08-06",
            "The Tiger Forces established full-control over the hilltop of Tal Mut’ah.",
            [("Government regains territory", "government", "", "Tall Mutah", "government")],
        ),
        (
            "2016-08-06",
            "Tiger Forces, backed by Hezbollah and the Islamic Revolutionary Guard Corps (IRGC), captured Tal Mutah.",
            [("Government regains territory", "government", "", "Tall Mutah", "government")],
        ),
        (
            "2016-12-13",
            "They seized East Aleppo in 2012, in an uprising that began with anti-government protests.",
            [],
        ),
        (
            "2024-12-08",
            "The rebels announced on the morning of 8 December that they had captured Damascus.",
            [("Non-state actor overtakes territory", "opposition", "", "Damascus", "opposition")],
        ),
        (
            "2024-12-07",
            "Syrian rebels, who are advancing on the capital, claim to have entered the city of Homs.",
            [
                ("Armed clash", "opposition", "", "Damascus", ""),
                ("Armed clash", "opposition", "", "Homs", ""),
            ],
        ),
        (
            "2016-11-27",
            "The army established full control over Masaken Hanano, the district in the country’s city of Aleppo that opens the east of the city.",
            [("Government regains territory", "government", "", "Masaken Hanano", "government")],
        ),
        (
            "2017-07-23",
            "On Saturday, the city of Idlib was taken over by Hayat Tahrir al-Sham.",
            [("Non-state actor overtakes territory", "hts", "", "Idlib", "hts")],
        ),
        (
            "2024-12-05",
            "Observers see Homs as the next potential target of the rebels.",
            [],
        ),
        (
            "2024-12-05",
            "Their capture of the city of Aleppo, an ancient trading hub, was a stunning prize for the rebels.",
            [],
        ),
        (
            "2024-12-05",
            "The rebels announced their capture of Aleppo on Saturday.",
            [("Non-state actor overtakes territory", "opposition", "", "Aleppo", "opposition")],
        ),
        (
            "2024-12-08",
            "The SNA liberated the town of Ureyme in the west.",
            [("Non-state actor overtakes territory", "turkey", "", "Al-Arimah", "turkey")],
        ),
        (
            "2016-11-27",
            "Regime forces seized the largest district of Aleppo.",
            [("Government regains territory", "government", "", "Aleppo", "")],
        ),
        (
            "2016-11-27",
            "Regime forces entered Aleppo after seizing the city's largest opposition-held district.",
            [("Armed clash", "government", "opposition", "Aleppo", "")],
        ),
        (
            "2017-07-30",
            "The coalition continues bombing Raqqa and the city’s neighbourhoods.",
            [("Shelling/artillery/missile attack", "coalition", "", "Raqqa", "")],
        ),
    ],
)
def test_what_stop_76s_second_reading_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (stop 76: a review of the stop's rules (review76), and the read probe web176 (Kobani and Hasakah 2014-16))
        (
            "2015-04-26",
            "Rebels said their fighters seized Jisr al-Shughur and it was a major blow to Assad.",
            [("Non-state actor overtakes territory", "opposition", "government", "Jisr al-Shughur", "opposition")],
        ),
        (
            "2012-08-03",
            "The day started with demonstrations in Maarat al-Numan against the regime.",
            [("Peaceful protest", "protesters", "", "Maarat al-Numan", "")],
        ),
        (
            "2016-05-01",
            "Rockets fired by the regime hit Douma as a car bomb exploded in Jaramana.",
            [
                ("Remote explosive/landmine/IED", "government", "", "Douma", ""),
                ("Remote explosive/landmine/IED", "unidentified", "", "Jaramana", ""),
            ],
        ),
        (
            "2016-03-28",
            "The town of al-Qaryatayn was cleared by army engineering units of booby traps left by IS.",
            [],
        ),
        (
            "2016-08-20",
            "The villages of Tal Fandar and Yabisah were controlled by Islamic State militants between 2014 and 2016.",
            [],
        ),
        (
            "2018-04-14",
            "Jaysh al-Islam, which attacked Damascus for years and controlled Douma until April 2018, has left the town.",
            [("Armed clash", "opposition", "", "Damascus", "")],
        ),
        (
            "2018-05-01",
            "The army advanced on the town and controlled the roads leading to Saraqeb.",
            [],
        ),
        (
            "2015-05-21",
            "The jihadist group, also known as ISIL, overran the town of Palmyra on Wednesday.",
            [("Non-state actor overtakes territory", "isis", "", "Palmyra", "isis")],
        ),
        (
            "2020-02-28",
            "Turkey warned Damascus as Russian-allied Syrian forces captured the town of Saraqeb.",
            [("Government regains territory", "government", "", "Saraqib", "government")],
        ),
        (
            "2015-04-01",
            "Rebels captured the Syrian-Jordanian border crossing of Nasib on Wednesday.",
            [("Non-state actor overtakes territory", "opposition", "", "Nasib", "opposition")],
        ),
        (
            "2019-11-20",
            "The Turkish observation post in Morek was evacuated on Tuesday.",
            [("Non-violent transfer of territory", "unidentified", "", "Morek", "")],
        ),
        (
            "2017-09-05",
            "The Syrian army continues to liberate the city of Deir Ezzor.",
            [("Armed clash", "government", "", "Deir ez-Zor", "")],
        ),
        (
            "2017-02-02",
            "Turkish army forces and allied militants from the Free Syrian Army captured the town of al-Bab.",
            [("Non-state actor overtakes territory", "turkey", "", "Al-Bab", "turkey")],
        ),
        (
            "2013-06-20",
            "Rebels captured Homs's old quarter.",
            [("Non-state actor overtakes territory", "opposition", "", "Homs", "opposition")],
        ),
        (
            "2016-02-25",
            "Gunmen made an attempt to attack the SDF emplacements near Shaddadi.",
            [("Armed clash", "unidentified", "sdf", "Al-Shaddadi", "")],
        ),
        (
            "2016-08-23",
            "Regime forces and Kurdish fighters agreed on Tuesday to a truce in Hasakeh.",
            [("Agreement", "government", "sdf", "Al-Hasakah", "")],
        ),
        (
            "2015-06-16",
            "The YPG, backed by allied rebels and US-led coalition air strikes, captured Tal Abyad.",
            [("Non-state actor overtakes territory", "sdf", "", "Tell Abyad", "sdf")],
        ),
        (
            "2024-12-02",
            "The Islamist Hayat Tahrir al-Sham (HTS) group and allied factions took control of Saraqeb.",
            [("Non-state actor overtakes territory", "hts", "", "Saraqib", "hts")],
        ),
        (
            "2024-11-29",
            "The army reported that armed terrorist groups, affiliated with the HTS, entered the city of Aleppo.",
            [("Armed clash", "hts", "", "Aleppo", "")],
        ),
        (
            "2024-12-02",
            "The rebels seized swathes of territory from government control, including Syria's second city Aleppo.",
            [("Non-state actor overtakes territory", "opposition", "government", "Aleppo", "opposition")],
        ),
    ],
)
def test_what_stop_76s_third_reading_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (stop 76: from the probe web175 (Manbij and al-Bab 2016-17), read after it was held out)
        (
            "2017-02-24",
            '"We are announcing al-Bab completely liberated," said a commander of the Sultan Murad group.',
            [("Non-state actor overtakes territory", "unidentified", "", "Al-Bab", "")],
        ),
        (
            "2017-02-23",
            "BEIRUT Villages held by the Manbij Military Council will be handed to the Syrian government under a deal agreed with Russia.",
            [],
        ),
        (
            "2017-02-27",
            "The Turkish Armed Forces, Ahrar al-Sham, Failaq al-Sham and various Free Syrian Army (FSA) factions have imposed full control over Tadef.",
            [("Non-state actor overtakes territory", "turkey", "", "Tadif", "turkey")],
        ),
        (
            "2017-02-27",
            "The Free Syrian Army (FSA) factions captured Tadef on Monday.",
            [("Non-state actor overtakes territory", "opposition", "", "Tadif", "opposition")],
        ),
    ],
)
def test_what_stop_76s_fourth_reading_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (stop 76: from the probe web174 (Eastern Ghouta 2018), read after it was held out; read as headlines)
        (
            "2018-03-22",
            "Civilians will leave Harasta according to the Russian-sponsored agreement reached between Ahrar al-Sham and the "
            "Syrian government.",
            [("Agreement", "opposition", "government", "Harasta", "")],
        ),
        (
            "2018-03-23",
            "Rebels evacuate Harasta.",
            [("Non-violent transfer of territory", "opposition", "", "Harasta", "")],
        ),
        (
            "2018-03-23",
            "ISIS evacuates its positions in the town of Tabqa.",
            [("Non-violent transfer of territory", "isis", "", "Tabqa", "")],
        ),
        (
            "2018-03-23",
            "Rebels agreed to evacuate Harasta.",
            [("Agreement", "opposition", "", "Harasta", "")],
        ),
        (
            "2018-03-23",
            "Thousands of civilians evacuate Raqqa.",
            [],
        ),
        (
            "2018-03-01",
            "The Syrian Army has taken full control of a key point in the East Ghouta region – the town of Beit Sawa.",
            [("Government regains territory", "government", "", "Beit Sawa", "government")],
        ),
    ],
)
def test_what_stop_76s_fifth_reading_read(gaz, actors, date, text, expected):
    assert _told_heading(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (stop 77: from the probes web168, web177, web178, web179 and web181, in the tool's own words; read as a report's body)
        (
            "2016-12-11",
            "Islamic State fighters reoccupied Palmyra on Sunday.",
            [("Non-state actor overtakes territory", "isis", "", "Palmyra", "isis")],
        ),
        (
            "2016-12-10",
            "Islamic State militants re-entered the ancient city of Palmyra on Saturday.",
            [("Armed clash", "isis", "", "Palmyra", "")],
        ),
        (
            "2017-06-01",
            "Pro-government forces reached and entered into the ISIS-held town of al-Sukhnah.",
            [("Armed clash", "government", "isis", "Al-Sukhnah", "")],
        ),
        (
            "2016-03-27",
            "Syrian troops backed Sunday by Shiite militias and Russian airstrikes recaptured the city of Palmyra from Islamic State militants.",
            [("Government regains territory", "government", "isis", "Palmyra", "government")],
        ),
        (
            "2016-12-12",
            "Tiyas airbase, a key military facility between Homs and Palmyra, was captured by ISIS on Monday.",
            [("Non-state actor overtakes territory", "isis", "", "Tiyas Military Airbase", "isis")],
        ),
        (
            "2017-06-12",
            "Reports regarding the capture of Sukhnah by the army are incorrect, officials said.",
            [],
        ),
        (
            "2017-06-12",
            "Reports of the capture of Arak are false, as are reports that the army secured Sukhnah from ISIS.",
            [],
        ),
        (
            "2016-12-11",
            "ISIS retook Palmyra after the Syrian army withdrew south of the city.",
            [("Non-state actor overtakes territory", "isis", "government", "Palmyra", "isis")],
        ),
        (
            "2016-12-11",
            "ISIS recaptured Palmyra on Sunday after government forces pulled out of the town.",
            [("Non-state actor overtakes territory", "isis", "government", "Palmyra", "isis")],
        ),
        (
            "2017-09-12",
            "The army attacked ISIS positions east of recently liberated Sukhnah.",
            [("Armed clash", "government", "isis", "Al-Sukhnah", "")],
        ),
        (
            "2016-03-24",
            "Army units halted their advance in Palmyra for fear of mines.",
            [],
        ),
        (
            "2016-03-24",
            "Two children were killed by mines near Palmyra.",
            [("Remote explosive/landmine/IED", "unidentified", "civilians", "Palmyra", "")],
        ),
        (
            "2016-03-24",
            "An ISIS suicide bomber drove towards the army in a vehicle packed with explosives in Palmyra.",
            [("Suicide bomb", "isis", "government", "Palmyra", "")],
        ),
        (
            "2016-03-20",
            "The army took control of a hill to the west of Palmyra.",
            [("Government regains territory", "government", "", "Palmyra", "")],
        ),
        (
            "2016-03-20",
            "ISIS fighters withdrew to the west of Palmyra.",
            [],
        ),
        (
            "2016-03-20",
            "Government forces made major gains to the west of Palmyra.",
            [("Armed clash", "government", "", "Palmyra", "")],
        ),
        (
            "2013-06-06",
            "Syrian troops reclaimed control of the village of Dabaa on Thursday.",
            [("Government regains territory", "government", "", "Al-Dabaah", "government")],
        ),
        (
            "2014-04-10",
            "The rebel-held town of Rankous has fallen to government forces.",
            [("Government regains territory", "government", "opposition", "Rankūs", "government")],
        ),
        (
            "2014-04-10",
            "The ISIS-held town of Dabiq was captured by rebels on Sunday.",
            [("Non-state actor overtakes territory", "opposition", "isis", "Dabiq", "opposition")],
        ),
        (
            "2013-11-20",
            "Syrian troops captured the village of Qara on a key supply route between Damascus and Homs.",
            [("Government regains territory", "government", "", "Qārah", "government")],
        ),
        (
            "2019-03-24",
            "The SDF have driven Islamic State from large parts of eastern Syria over the last four years.",
            [],
        ),
        (
            "2013-07-27",
            "Government forces have captured a mosque that has been under rebel control for more than a year in the city of Homs.",
            [("Government regains territory", "government", "opposition", "Homs", "")],
        ),
        (
            "2013-01-15",
            "Rebels have made sweeping gains in northern Syria in recent months.",
            [],
        ),
        (
            "2023-09-10",
            '"Our forces have finished sweeping the town of Dhiban," the SDF said.',
            [("Non-state actor overtakes territory", "sdf", "", "Dhiban", "sdf")],
        ),
        (
            "2019-03-23",
            "The SDF flushed ISIS fighters from the village of Baghouz on Saturday.",
            [("Non-state actor overtakes territory", "sdf", "isis", "Al-Baghuz Fawqani", "sdf")],
        ),
        (
            "2023-09-05",
            "The SDF regained control of Dhiban town opposite Mayadin on Tuesday.",
            [("Non-state actor overtakes territory", "sdf", "", "Dhiban", "sdf")],
        ),
        (
            "2013-12-03",
            "Rebels re-entered the town of Maaloula, north of the capital of Damascus, this week.",
            [("Armed clash", "opposition", "", "Maaloula", "")],
        ),
        (
            "2017-06-15",
            "The army has secured the western axis of Kafr Nabudah.",
            [("Government regains territory", "government", "", "Kafr Nabudah", "")],
        ),
        (
            "2019-12-10",
            "Israeli helicopters fired missiles at positions in Quneitra.",
            [("Air/drone strike", "israel", "", "Quneitra", "")],
        ),
        (
            "2019-12-10",
            "Turkish military helicopters struck positions near Afrin.",
            [("Air/drone strike", "turkey", "", "Afrin", "")],
        ),
        (
            "2019-12-10",
            "Regime helicopters struck positions near Latamneh.",
            [("Air/drone strike", "government", "", "Al-Lataminah", "")],
        ),
        (
            "2021-09-08",
            "BEIRUT (Dispatches) -- Syrian forces entered Daraa al-Balad on Wednesday under a deal brokered by Russia.",
            [("Non-violent transfer of territory", "government", "", "Daraa al-Balad", "")],
        ),
        (
            "2024-12-05",
            "Druze fighters seized the headquarters of a militia supported by Damascus and Iran on Wednesday.",
            [],
        ),
        (
            "2024-12-08",
            "The army is redeploying around Daraa, without admitting that the city has been captured by the rebels.",
            [("Other", "government", "", "Daraa", "")],
        ),
        (
            "2024-12-07",
            "Daraa slipped out of government control on Friday.",
            [("Non-violent transfer of territory", "government", "", "Daraa", "")],
        ),
        (
            "2015-10-10",
            "Russian airstrikes killed more than a dozen people in Talbiseh on Sunday.",
            [("Air/drone strike", "russia", "", "Talbiseh", "")],
        ),
        (
            "2015-04-01",
            "The regime forces shelled Idlib and carried out airstrikes on Saraqib.",
            [
                ("Shelling/artillery/missile attack", "government", "", "Idlib", ""),
                ("Air/drone strike", "government", "", "Saraqib", ""),
            ],
        ),
        (
            "2016-09-20",
            "ISIS shelled the military airport and conducted raids on neighbourhoods in Deir ez-Zor.",
            [("Air/drone strike", "unidentified", "", "Deir ez-Zor", "")],
        ),
        (
            "2015-10-05",
            "The town's capture would help the army to press on towards the besieged towns of Kefraya and al-Foua.",
            [],
        ),
        (
            "2015-05-28",
            "Al-Mastumah was liberated after the Nusra Front stormed it from the south.",
            [("Non-state actor overtakes territory", "hts", "", "Al Mastumah", "hts")],
        ),
        (
            "2015-05-28",
            "The Army of Conquest coalition is claiming victory in the town of Ariha.",
            [("Non-state actor overtakes territory", "opposition", "", "Ariha", "opposition")],
        ),
        (
            "2015-09-30",
            "Rebels took control of Morek, a spokesman for the Hama Media Center said.",
            [("Non-state actor overtakes territory", "opposition", "", "Morek", "opposition")],
        ),
        (
            "2015-10-10",
            'Rebels repelled an attack near Kafr Nabudah in what activists dubbed the "tank massacre".',
            [("Armed clash", "unidentified", "opposition", "Kafr Nabudah", "")],
        ),
        (
            "2015-10-10",
            "Russian jets hit Ltamenah and Kafr Zita, both in Hama province.",
            [
                ("Air/drone strike", "russia", "", "Al-Lataminah", ""),
                ("Air/drone strike", "russia", "", "Kafr Zita", ""),
            ],
        ),
        (
            "2015-10-10",
            "Nusra Front fighters control parts of the Abu al-Duhur aircraft field.",
            [],
        ),
    ],
)
def test_what_stop_77s_first_reading_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (stop 77: headlines from the same probes, in the tool's own words)
        (
            "2013-06-05",
            "Qusayr tips back into regime camp",
            [("Government regains territory", "government", "", "Al-Qusayr", "government")],
        ),
        (
            "2013-06-05",
            "Hezbollah celebrates as Qusayr falls to the army",
            [("Government regains territory", "government", "", "Al-Qusayr", "government")],
        ),
        (
            "2015-10-10",
            "Syrian army captures village near Hama",
            [("Government regains territory", "government", "", "Hama", "")],
        ),
        (
            "2015-10-10",
            "Syrian army captures Morek near Hama",
            [("Government regains territory", "government", "", "Morek", "government")],
        ),
        (
            "2014-04-10",
            "Rebels capture town in Idlib in blow to regime",
            [("Non-state actor overtakes territory", "opposition", "government", "Idlib", "")],
        ),
        (
            "2016-12-12",
            "Tiyas airbase is a key military facility between Homs and Palmyra captured by ISIS on Monday.",
            [("Non-state actor overtakes territory", "isis", "", "Tiyas Military Airbase", "isis")],
        ),
    ],
)
def test_what_stop_77s_headlines_read(gaz, actors, date, text, expected):
    assert _told_heading(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (stop 77: an adversarial review's own sentences, where a first draft of the stop's rules read wrongly; read as headlines)
        (
            "2016-03-27",
            "Syrian government forces have recaptured Palmyra, held by Islamic State militants for the past ten months.",
            [("Government regains territory", "government", "isis", "Palmyra", "government")],
        ),
        (
            "2015-04-25",
            "Rebels have captured Jisr al-Shughour, a town held by the government for more than four years.",
            [("Non-state actor overtakes territory", "opposition", "government", "Jisr al-Shughur", "opposition")],
        ),
        (
            "2018-05-01",
            "Syrian forces have taken control of Yarmouk camp, controlled by IS for three years.",
            [("Government regains territory", "government", "isis", "Yarmouk Camp", "government")],
        ),
        (
            "2015-03-28",
            "Islamist rebels have seized the city of Idlib, their biggest gain in recent months.",
            [("Non-state actor overtakes territory", "opposition", "", "Idlib", "opposition")],
        ),
        (
            "2016-12-08",
            "Syrian troops have entered Aleppo's Old City for the first time in over four years.",
            [("Armed clash", "government", "", "Aleppo", "")],
        ),
        (
            "2016-03-27",
            "The army, without confirming the death toll, said it had recaptured Palmyra from Islamic State.",
            [("Government regains territory", "government", "isis", "Palmyra", "government")],
        ),
        (
            "2016-12-22",
            "Assad's supporters claimed victory in Latakia municipal polls.",
            [],
        ),
        (
            "2014-06-02",
            "Syria's ruling Baath party claimed victory in Damascus local elections.",
            [],
        ),
        (
            "2018-05-22",
            "Syria's army declared victory in Damascus on Monday after taking Yarmouk camp.",
            [],
        ),
        (
            "2018-05-25",
            "Army engineers finished combing the town of Yalda for mines and booby traps.",
            [],
        ),
        (
            "2018-03-14",
            "Turkish forces completed clearing the village of Jinderes of mines and explosives.",
            [("Remote explosive/landmine/IED", "turkey", "", "Jindires", "")],
        ),
        (
            "2016-11-30",
            "Regime forces secured the western approaches of Aleppo's Sheikh Saeed district.",
            [],
        ),
        (
            "2017-08-28",
            "The army has secured the eastern flank of Uqayribat after heavy clashes.",
            [],
        ),
        (
            "2014-05-09",
            "Displaced residents re-entered the Old City of Homs after the evacuation of rebels.",
            [],
        ),
        (
            "2016-09-05",
            "Hundreds of refugees re-entered Jarablus from Turkey on Monday.",
            [],
        ),
        (
            "2017-05-10",
            "The rebels entered into Russian-brokered talks over Daraa.",
            [],
        ),
        (
            "2017-09-05",
            "Clashes erupted in Jarablus and in the area between Manbij and al-Bab.",
            [
                ("Armed clash", "unidentified", "", "Jarabulus", ""),
                ("Armed clash", "unidentified", "", "Manbij", ""),
                ("Armed clash", "unidentified", "", "Al-Bab", ""),
            ],
        ),
        (
            "2016-10-15",
            "Warplanes struck Kafr Hamra and a position between Anadan and Hreitan.",
            [
                ("Air/drone strike", "unidentified", "", "Kafr Hamrah", ""),
                ("Air/drone strike", "unidentified", "", "Anadan", ""),
                ("Air/drone strike", "unidentified", "", "Haritan", ""),
            ],
        ),
        (
            "2015-12-02",
            "Rebels captured the village of Khalsa and the area between Khan Tuman and al-Eis.",
            [
                ("Non-state actor overtakes territory", "opposition", "", "Khalasah", "opposition"),
                ("Non-state actor overtakes territory", "opposition", "", "Khan Tuman", ""),
                ("Non-state actor overtakes territory", "opposition", "", "Al-Eis", ""),
            ],
        ),
        (
            "2015-03-10",
            "Regime forces committed what activists dubbed the “Houla massacre”, killing 108 people in Houla.",
            [("Attack", "government", "civilians", "Houla", "")],
        ),
        (
            "2015-09-05",
            "Al-Fuah was recaptured hours after rebels stormed it.",
            [("Non-state actor overtakes territory", "unidentified", "", "Al-Fu'ah", "")],
        ),
        (
            "2016-03-27",
            "ISIS retreats as Palmyra falls to the army.",
            [
                ("Non-violent transfer of territory", "isis", "", "Palmyra", ""),
                ("Government regains territory", "government", "isis", "Palmyra", "government"),
            ],
        ),
        (
            "2017-03-02",
            "The army's capture of Palmyra will help it push toward Deir ez-Zor.",
            [("Government regains territory", "government", "", "Palmyra", "government")],
        ),
        (
            "2016-12-12",
            "It should be mentioned that Tifor airbase is a key military facility between Homs and Palmyra captured by ISIS on Monday.",
            [("Non-state actor overtakes territory", "isis", "", "Tiyas Military Airbase", "isis")],
        ),
    ],
)
def test_what_stop_77s_review_read(gaz, actors, date, text, expected):
    assert _told_heading(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (stop 77: "a dozen" is twelve, the least the words allow; an article is no count of the dead, and the hurt are
        # not the dead)
        ("Government airstrikes on Idlib killed more than a dozen people.", 12),
        ("A car bomb in Azaz killed more than a dozen people.", 12),
        ("A car bomb in Azaz killed 5 people.", 5),
        ("A car bomb in Azaz wounded a dozen people and killed one.", 1),
        ("A man was killed by a car bomb in Azaz.", 1),
        ("Shelling on Aleppo left a dozen people wounded.", None),
        ("Shelling on Aleppo left 5 dead and 12 wounded.", 5),
    ],
)
def test_what_stop_77s_review_counted(gaz, actors, text, expected):
    (ev,) = _events(gaz, actors, "", dt.date(2016, 4, 10), title=text)
    assert ev.fatalities == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (stop 77: from the probe web182 (Homs and the Damascus countryside, 2012-16), in the tool's own words; read as a report's body)
        (
            "2013-07-29",
            "The army has restored security and stability across the neighbourhood of Khaldiyeh, state television said on Monday.",
            [("Government regains territory", "government", "", "Khalidiya", "government")],
        ),
        (
            "2015-10-01",
            "Jets believed to belong to the Syrian government struck the Al-Waer district of Homs on Sunday, residents and a monitor said.",
            [("Air/drone strike", "government", "", "Al-Waer", "")],
        ),
        (
            "2015-10-01",
            "Warplanes belonging to the Russian base in Latakia struck Talbiseh on Sunday.",
            [("Air/drone strike", "russia", "", "Talbiseh", "")],
        ),
        (
            "2015-10-01",
            "Russian jets struck Talbiseh on Sunday, killing two residents.",
            [("Air/drone strike", "russia", "civilians", "Talbiseh", "")],
        ),
        (
            "2014-03-18",
            "Syrian troops entered al-Hosn and have been fighting for control of the Krak des Chevaliers castle.",
            [
                ("Armed clash", "government", "", "Al-Husn", ""),
                ("Armed clash", "government", "", "Krak des Chevaliers", ""),
            ],
        ),
        (
            "2016-02-13",
            "Barrel bombs hit Daraya and continued clashes in Deir ez-Zor.",
            [
                ("Air/drone strike", "government", "", "Darayya", ""),
                ("Armed clash", "unidentified", "", "Deir ez-Zor", ""),
            ],
        ),
        (
            "2012-03-01",
            "Government forces overran the Baba Amr district of the embattled city of Homs on Thursday.",
            [("Government regains territory", "government", "", "Baba Amr", "government")],
        ),
        (
            "2016-10-19",
            "Rebels left Moadamiyeh on Wednesday under a deal with the government.",
            [("Non-violent transfer of territory", "opposition", "government", "Moadamiyat al-Sham", "")],
        ),
        (
            "2019-08-22",
            "The army regained control of Khan Sheikhoun and is conducting mine clearance there.",
            [("Government regains territory", "government", "", "Khan Shaykhun", "government")],
        ),
    ],
)
def test_what_stop_77s_second_reading_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (stop 77: headlines from the same probe, in the tool's own words)
        (
            "2012-03-01",
            "Rebels leave Baba Amr after army siege",
            [("Non-violent transfer of territory", "opposition", "", "Baba Amr", "")],
        ),
        (
            "2016-10-19",
            "Hundreds of rebels exit Moadamiyeh under deal",
            [("Non-violent transfer of territory", "opposition", "", "Moadamiyat al-Sham", "")],
        ),
        (
            "2016-10-19",
            "Rebels to leave Moadamiyeh under deal",
            [],
        ),
        (
            "2016-11-30",
            "Hundreds of civilians exit Khan al-Shih",
            [],
        ),
    ],
)
def test_what_stop_77s_second_headlines_read(gaz, actors, date, text, expected):
    assert _told_heading(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (stop 77: from the probe web172 (the Euphrates valley, 2017-19), read after the stop's first three landings left it unchanged; in the tool's own words, read as a report's body)
        (
            "2017-11-09",
            "The Syrian army and its allies have taken Albu Kamal, Islamic State's last major stronghold in Syria, the army said on Thursday.",
            [("Government regains territory", "government", "isis", "Albu Kamal", "government")],
        ),
        (
            "2017-11-09",
            "Rebels fired rockets into Qardaha, Bashar Assad's Alawite stronghold, on Thursday.",
            [("Shelling/artillery/missile attack", "opposition", "", "Qardaha", "")],
        ),
        (
            "2017-11-09",
            "An airstrike of the Russian air forces near Deir Ezzor killed 40 ISIS fighters on Thursday.",
            [("Air/drone strike", "russia", "isis", "Deir ez-Zor", "")],
        ),
        (
            "2017-11-10",
            '"The liberation of Albu Kamal is very important for the whole region," a statement said on Friday.',
            [],
        ),
        (
            "2018-02-08",
            "SOHR said shelling started on Wednesday between the SDF and regime loyalists in the town of Hajin.",
            [("Shelling/artillery/missile attack", "sdf", "government", "Hajin", "")],
        ),
        (
            "2018-02-08",
            "SOHR said shelling on Hajin killed two civilians on Wednesday.",
            [("Shelling/artillery/missile attack", "unidentified", "civilians", "Hajin", "")],
        ),
    ],
)
def test_what_stop_77s_third_reading_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (stop 77: a second adversarial review's own sentences, where a draft of the stop's web182 rules read wrongly; read as headlines)
        (
            "2018-06-05",
            "Turkey insists YPG fighters leave Manbij before any patrols start",
            [],
        ),
        (
            "2016-08-26",
            "The deal stipulates that rebels leave Daraya in exchange for safe passage to Idlib",
            [],
        ),
        (
            "2016-12-10",
            "Strikes will not stop until rebels leave eastern Aleppo, Moscow said",
            [],
        ),
        (
            "2018-04-02",
            "Negotiations continued on Monday before Jaish al-Islam fighters leave Douma",
            [],
        ),
        (
            "2014-02-10",
            "Syrian opposition exits Geneva talks as Homs truce holds",
            [],
        ),
        (
            "2018-02-20",
            "Syrian Army Seals All Exits Around Eastern Ghouta As Offensive Looms",
            [("Armed clash", "government", "", "Eastern Ghouta", "")],
        ),
        (
            "2016-10-10",
            "Rebels who exited Daraya in August now fight in Idlib",
            [("Armed clash", "unidentified", "", "Idlib", "")],
        ),
        (
            "2018-03-24",
            "Thousands of rebels exiting Eastern Ghouta reached Qalaat al-Madiq on Saturday",
            [],
        ),
        (
            "2017-05-08",
            "Opposition fighters exiting Barzeh will be transferred to Idlib",
            [],
        ),
        (
            "2016-11-30",
            "Fleeing rebels leave Russian-made tanks behind in eastern Aleppo",
            [],
        ),
        (
            "2014-01-20",
            "The Interior Ministry said police have restored security across Damascus after a wave of car bombs",
            [],
        ),
        (
            "2016-04-22",
            "Kurdish Asayish forces restored security across Qamishli after clashes with the NDF, a truce was agreed",
            [("Agreement", "unidentified", "", "Qamishli", "")],
        ),
        (
            "2017-01-10",
            "The SDF said it had restored security across Manbij after attacks by IS sleeper cells",
            [],
        ),
        (
            "2018-05-21",
            "The army has restored security across Damascus and its countryside, the general command said",
            [],
        ),
        (
            "2015-09-22",
            "Army shells militants in Moadamiyet al-Qalamoun northeast of Damascus",
            [
                ("Shelling/artillery/missile attack", "government", "unidentified", "Al-Muaddamiyah", ""),
                ("Shelling/artillery/missile attack", "government", "unidentified", "Damascus", ""),
            ],
        ),
        (
            "2015-09-22",
            "The army shelled Muadamiya near al-Qutayfah in the Qalamoun",
            [("Shelling/artillery/missile attack", "government", "", "Al-Muaddamiyah", "")],
        ),
        (
            "2017-02-26",
            "Barrel bombs on Daraya killed women and children and activists said more were missing",
            [("Air/drone strike", "government", "civilians", "Darayya", "")],
        ),
        (
            "2017-02-26",
            "Regime air strikes on Douma killed civilians and activists said the toll was likely to rise",
            [("Air/drone strike", "government", "civilians", "Douma", "")],
        ),
        (
            "2017-02-26",
            "Warplanes suspected of belonging to the Russian air force struck Khan Sheikhoun",
            [("Air/drone strike", "russia", "", "Khan Shaykhun", "")],
        ),
        (
            "2017-02-26",
            "Warplanes likely belonging to the Syrian regime raided Maarat al-Numan",
            [("Air/drone strike", "government", "", "Maarat al-Numan", "")],
        ),
        (
            "2016-05-12",
            "Warplanes that belong to the Russian air force struck Kafr Nabl",
            [("Air/drone strike", "russia", "", "Kafranbel", "")],
        ),
        (
            "2017-02-26",
            "Jets struck the Al-Waer district of the central city of Homs",
            [("Air/drone strike", "unidentified", "", "Al-Waer", "")],
        ),
        (
            "2012-03-02",
            "Rebels leave Baba Amr after army siege",
            [("Non-violent transfer of territory", "opposition", "", "Baba Amr", "")],
        ),
        (
            "2016-10-19",
            "300 Rebels Exited Key Town of Moadhimiyah in West Damascus",
            [("Non-violent transfer of territory", "opposition", "", "Moadamiyat al-Sham", "")],
        ),
        (
            "2013-07-29",
            "The army has restored security and stability across the neighbourhood of Khaldiyeh",
            [("Government regains territory", "government", "", "Khalidiya", "government")],
        ),
        (
            "2015-10-01",
            "Jets thought to belong to the Syrian government struck Al-Waer on Sunday, residents and a monitor said",
            [("Air/drone strike", "government", "", "Al-Waer", "")],
        ),
    ],
)
def test_what_stop_77s_second_review_read(gaz, actors, date, text, expected):
    assert _told_heading(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (stop 77: a side's members named after a comma, with an initial's full stop among them (from the probe web181); in the tool's own words)
        (
            "2015-04-25",
            "Rebels, including members of U.S.-backed groups and al-Qaida's Nusra Front, captured the town of Jisr al-Shughur on Saturday.",
            [("Non-state actor overtakes territory", "opposition", "", "Jisr al-Shughur", "opposition")],
        ),
        (
            "2015-04-25",
            "Rebels, including members of the Nusra Front, captured the town of Jisr al-Shughur on Saturday.",
            [("Non-state actor overtakes territory", "opposition", "", "Jisr al-Shughur", "opposition")],
        ),
    ],
)
def test_what_stop_77s_fourth_reading_read(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


# -- stop 78: sides and places from six new read probes (sentences written for the tests, not the probes' text)


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (whose the place was, said after it: the loser)
        (
            "2024-12-02",
            "On Sunday, Turkish-backed factions seized the strategic town of Tell Rifaat in northern Aleppo, previously under the control of the SDF.",
            [("Non-state actor overtakes territory", "turkey", "sdf", "Tell Rifaat", "turkey")],
        ),
        # (a relative clause of a list's places: their loser)
        (
            "2024-12-02",
            "Rebels supported by Turkey took Tell Rifaat and Manbij, which had been under Kurdish control since 2016.",
            [
                ("Non-state actor overtakes territory", "turkey", "sdf", "Tell Rifaat", "turkey"),
                ("Non-state actor overtakes territory", "turkey", "sdf", "Manbij", "turkey"),
            ],
        ),
        # ('under' a side's cover, not its control: no loser)
        (
            "2019-06-02",
            "The army captured the town of Kafr Nabudah, which was under Russian air cover.",
            [("Government regains territory", "government", "", "Kafr Nabudah", "government")],
        ),
        # (a relative clause that names the group: its side; 'that were held by moderate rebels': the loser)
        (
            "2017-02-22",
            "The jihadist group, which calls itself the Khalid Ibn Al Walid Army, captured the towns of Tasil and Adwan that were held by moderate rebels.",
            [
                ("Non-state actor overtakes territory", "isis", "opposition", "Tasīl", "isis"),
                ("Non-state actor overtakes territory", "isis", "opposition", "Adwan", "isis"),
            ],
        ),
        # (an aside between dashes: the subject before it)
        (
            "2016-03-28",
            "The Syrian Democratic Forces — a U.S.-backed alliance of Kurdish and Arab rebel groups — took control of Tell Rifaat on Monday.",
            [("Non-state actor overtakes territory", "sdf", "", "Tell Rifaat", "sdf")],
        ),
        # (a withdrawal a deal provides for: the deal)
        (
            "2024-12-04",
            "Rebel factions and the SDF reached a deal providing for the withdrawal of Kurdish fighters from Tell Rifaat.",
            [("Agreement", "opposition", "sdf", "Tell Rifaat", "")],
        ),
        # ('came to an agreement': a deal made)
        (
            "2024-12-04",
            "The two sides came to an agreement in Tell Rifaat on Sunday.",
            [("Agreement", "unidentified", "", "Tell Rifaat", "")],
        ),
        # (a missile strike and its side after 'by')
        (
            "2021-08-01",
            "A missile strike by the SDF near al-Bab killed two Turkish soldiers.",
            [("Shelling/artillery/missile attack", "sdf", "turkey", "Al-Bab", "")],
        ),
        # (the side fought 'with', no subject named)
        (
            "2019-06-10",
            "The violent clashes with regime forces in Kafr Nabudah led to the death of nine soldiers, the monitor said.",
            [("Armed clash", "unidentified", "government", "Kafr Nabudah", "")],
        ),
        # ('driving them from': the side just named lost it to the subject)
        (
            "2014-01-08",
            "ISIS fighters clashed with members of the Free Syrian Army, driving them from the city of Raqqa on Wednesday.",
            [("Non-state actor overtakes territory", "isis", "opposition", "Raqqa", "isis")],
        ),
        # (a capital named as a deal's party is no place; a region before a possessive only qualifies)
        (
            "2025-04-09",
            "SDF fighters withdrew from northern Aleppo’s Kurdish-majority Sheikh Maqsood neighbourhood under an agreement with Damascus.",
            [("Non-violent transfer of territory", "sdf", "", "Sheikh Maqsood", "")],
        ),
        # (a bare verb of a blow by a side that fights from the air: an air strike)
        (
            "2015-11-26",
            "Russia pounded the Turkmen region of Bayırbucak on Thursday.",
            [("Air/drone strike", "russia", "", "Jabal al-Turkman", "")],
        ),
        # ('aerially': from the air)
        (
            "2016-08-20",
            "It was the first time the regime aerially bombarded Kurdish positions in Hasakah.",
            [("Air/drone strike", "government", "sdf", "Al-Hasakah", "")],
        ),
        # (dawn approaching is no advance)
        (
            "2016-08-20",
            "As dawn approached the city of Hasakah, the Asayish stormed the NDF’s positions.",
            [],
        ),
        # (the gas field, not the town of Hayan)
        (
            "2018-07-26",
            "The army regained control of the Hayan natural gas field in eastern Homs province from ISIS last week.",
            [("Government regains territory", "government", "isis", "Jihar field", "government")],
        ),
        # (Kurdish factions are the SDF's)
        (
            "2025-01-16",
            "Clashes between Kurdish factions and Turkiye-backed groups in Aleppo province intensified, leaving 18 dead.",
            [("Armed clash", "sdf", "turkey", "Aleppo", "")],
        ),
        # (Turkish-backed militia groups are Turkey's)
        (
            "2025-01-20",
            "Turkish-backed militia groups launched an offensive against the SDF near Manbij.",
            [("Armed clash", "turkey", "sdf", "Manbij", "")],
        ),
        # (the Kurdish Syrian forces are the SDF, not the government's)
        (
            "2025-01-20",
            "Turkey and the US-backed Kurdish Syrian forces reached a ceasefire around Manbij on Tuesday.",
            [("Agreement", "turkey", "sdf", "Manbij", "")],
        ),
        # (a car bomb, unchanged)
        (
            "2014-01-08",
            "A car bomb killed at least 20 people in the city of Manbij on Monday.",
            [("Remote explosive/landmine/IED", "unidentified", "civilians", "Manbij", "")],
        ),
    ],
)
def test_wire_sides_stop78(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (attacks to come: none)
        (
            "2018-07-27",
            "Earlier, loyalist forces pulled out of Eastern al-Suwayda and handed local men light arms to block potential ISIS attacks.",
            [("Non-violent transfer of territory", "government", "", "East part of As-Suwayda governorate", "")],
        ),
        # (a capture called alleged: no change)
        (
            "2019-08-20",
            "The army's alleged capture of Morek on Sunday was denied.",
            [("Government regains territory", "government", "", "Morek", "")],
        ),
        # (the noun a passive's subject, its agent after 'carried out by')
        (
            "2021-04-20",
            "The assassination of a refugee in al-Hol camp was carried out by ISIS cells, a monitor said.",
            [("Attack", "isis", "civilians", "Al-Hol", "")],
        ),
        # (a suicide drone is a drone strike)
        (
            "2025-01-21",
            "A suicide drone hit a house in Manbij on Tuesday.",
            [("Air/drone strike", "unidentified", "", "Manbij", "")],
        ),
    ],
)
def test_wire_headlines_stop78(gaz, actors, date, text, expected):
    assert _told_heading(gaz, actors, text, dt.date.fromisoformat(date)) == expected


def test_last_month_resolves_to_the_month_before_the_dateline():
    """ "late last month", "last month", "at the beginning of last month", "earlier this month": the month before the
    report (its end, middle or start) or the report's own month, to a month's precision."""
    d = dt.date(2025, 1, 20)
    assert resolve_time("the offensive began late last month", d) == (dt.date(2024, 12, 31), 3, "late last month")
    assert resolve_time("captured it last month", d) == (dt.date(2024, 12, 15), 3, "last month")
    assert resolve_time("at the beginning of last month", d)[:2] == (dt.date(2024, 12, 1), 3)
    assert resolve_time("since last month", d) == (d, 1, "")  # a span, not a time of its own
    assert resolve_time("a truce agreed late last month", d) == (d, 1, "")  # the deal's time, not the act's
    assert resolve_time("took three districts earlier this month", d) == (dt.date(2025, 1, 10), 3, "earlier this month")
    assert resolve_time("a monthly report", d) == (d, 1, "")


# (stop 78's review: the cases an adversarial review found, read as headlines)
@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # ('targets' with no weapon named stays shelling, as the gold codes it)
        (
            "2016-06-28",
            "Heavy fighting in the Hazawneh quarter of Manbij as the coalition targets the area",
            [
                ("Armed clash", "coalition", "", "Al-Hazawinah", ""),
                ("Armed clash", "coalition", "", "Manbij", ""),
                ("Shelling/artillery/missile attack", "coalition", "", "Manbij", ""),
            ],
        ),
        # (an 'after' clause a month back is the state, not news)
        (
            "2017-06-20",
            "Syrian troops retook Maskanah on Sunday, after Islamic State fighters seized it late last month.",
            [("Government regains territory", "government", "", "Maskanah", "government")],
        ),
        # (a rank before a place, no man's name after it: the place)
        (
            "2018-01-20",
            "Israeli strike kills Hezbollah commander Quneitra province",
            [("Air/drone strike", "israel", "iran", "Quneitra", "")],
        ),
        # (a title-case headline's next word is no family name)
        (
            "2023-09-01",
            "Tribal Fighters Seize Mazloum From SDF In Eastern Syria",
            [("Non-state actor overtakes territory", "unidentified", "sdf", "Mazlum", "")],
        ),
        # (an attack on helicopters is no strike by them)
        (
            "2017-06-15",
            "An attack by rebels on helicopters at the Abu al-Duhur airbase was repelled by government forces.",
            [("Armed clash", "opposition", "government", "Abu al-Duhur Military Airbase", "")],
        ),
        # (an offensive launched, whatever was threatened)
        (
            "2019-10-09",
            "Turkey launched its long-threatened offensive against Kurdish fighters in Ras al-Ain on Wednesday.",
            [("Armed clash", "turkey", "sdf", "Ras al-Ayn", "")],
        ),
        # (a possible strike named as the blasts' cause stays a strike)
        (
            "2017-06-20",
            "Explosions shook an army base near Hama in a possible Israeli air strike.",
            [
                ("Remote explosive/landmine/IED", "unidentified", "", "Hama", ""),
                ("Air/drone strike", "israel", "", "Hama", ""),
            ],
        ),
        # (talks without a deal made: none)
        (
            "2018-07-15",
            "Talks between rebels and Russian officers in Busra al-Sham ended without coming to an agreement.",
            [],
        ),
        # (a town a deal is made with is its place (only a capital names a government))
        (
            "2017-04-20",
            "The government reached a reconciliation agreement with Qudsaya on Saturday.",
            [("Agreement", "government", "", "Qudsaya", "")],
        ),
        # (places listed between dashes are the capture's)
        (
            "2018-02-10",
            "Turkish-backed rebels seized several villages — including Ayn Daqnah and Maranaz — from Kurdish forces on Saturday.",
            [
                ("Non-state actor overtakes territory", "turkey", "sdf", "Ayn Daqnah", ""),
                ("Non-state actor overtakes territory", "turkey", "sdf", "Maranaz", ""),
            ],
        ),
        # (what the town is, between dashes: its holder; the next verb's place after it)
        (
            "2018-03-18",
            "Turkish-backed rebels seized Afrin – the largest Kurdish-held town in northwest Syria – on Sunday, and shelled the town of Jandairis.",
            [
                ("Non-state actor overtakes territory", "turkey", "sdf", "Afrin", "turkey"),
                ("Shelling/artillery/missile attack", "unidentified", "", "Jindires", ""),
            ],
        ),
        # (an inquiry's conductor is not the bomber)
        (
            "2016-08-22",
            "The investigation into the bombing in Azaz was conducted by Turkish police.",
            [("Shelling/artillery/missile attack", "unidentified", "", "Azaz", "")],
        ),
        # (the dead name the other side of 'clashes with')
        (
            "2017-06-15",
            "Clashes with the Islamic State near Deir ez-Zor airport killed 12 soldiers.",
            [("Armed clash", "isis", "", "Deir ez-Zor Military Airport", "")],
        ),
        # (a 'reported' capture is news)
        (
            "2015-05-21",
            "The Islamic State's reported capture of Palmyra sparked fears for the ancient ruins.",
            [("Non-state actor overtakes territory", "isis", "", "Palmyra", "isis")],
        ),
    ],
)
def test_wire_headlines_review_stop78(gaz, actors, date, text, expected):
    assert _told_heading(gaz, actors, text, dt.date.fromisoformat(date)) == expected


# (stop 78's second reading: web189, web190 and web191)
@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (a reason fronted before a comma is no failed attempt; 'fighters' is no fight; the heir named first ('leaving the army in full control'))
        (
            "2017-09-20",
            "Unable to hold their positions, IS fighters were forced to withdraw completely from the town of Mayadin, leaving the army in full control.",
            [("Non-violent transfer of territory", "government", "isis", "Al-Mayadin", "government")],
        ),
        # (a participle opening the sentence: the subject after its comma did it)
        (
            "2017-09-20",
            "In addition to liberating the town of Mayadin, the Syrian Army also took full control of Kroum Hill.",
            [("Government regains territory", "government", "", "Al-Mayadin", "government")],
        ),
        # (the same after 'Besides')
        (
            "2017-09-20",
            "Besides capturing Mayadin, the army took Kroum Hill on Sunday.",
            [("Government regains territory", "government", "", "Al-Mayadin", "government")],
        ),
        # (civilians are no side of a battle)
        (
            "2012-03-01",
            "At least 17 civilians were killed in fighting on the edges of Baba Amr.",
            [("Armed clash", "unidentified", "", "Baba Amr", "")],
        ),
        # (a spelling of Tal Kalakh)
        (
            "2013-07-08",
            "The Assad regime captured Tal Kalaj on Sunday.",
            [("Government regains territory", "government", "", "Talkalakh", "government")],
        ),
        # (a fall disputed: no change)
        (
            "2013-08-08",
            "Some rebels dispute that the town of Otaiba, east of Damascus, has fallen to the government.",
            [("Government regains territory", "government", "opposition", "Al-Otaiba", "")],
        ),
        # (what the place is a gateway to is no place left)
        (
            "2013-04-25",
            "Rebels said they pulled out of Otaiba, a gateway to the eastern suburbs of Damascus known as al-Ghouta, at dawn.",
            [("Non-violent transfer of territory", "opposition", "", "Al-Otaiba", "")],
        ),
        # (an unnamed site located in a place: that place (no change: not the place itself))
        (
            "2016-08-22",
            "The Kurdish forces also seized control of the central prison located in Ghweiran, the Observatory said.",
            [("Non-state actor overtakes territory", "sdf", "", "Ghwayran", "")],
        ),
    ],
)
def test_wire_sides_stop78_second_reading(gaz, actors, date, text, expected):
    assert _told_sides(gaz, actors, text, dt.date.fromisoformat(date)) == expected


def test_the_weekend_this_week_a_fortnight_and_the_day_before_yesterday():
    """ "over the weekend" is the last Saturday before the report (or its own weekend's), to the week; "this week" the
    dateline to the week (not "later this week", still to come); "a fortnight ago" 14 days; "the day before yesterday"
    two days back, not one."""
    d = dt.date(2019, 8, 23)  # a Friday
    assert resolve_time("captured over the weekend", d) == (dt.date(2019, 8, 17), 2, "over the weekend")
    assert resolve_time("on Sunday the last weekend", dt.date(2019, 8, 25))[0] == dt.date(2019, 8, 25)
    assert resolve_time("last weekend", dt.date(2019, 8, 25)) == (dt.date(2019, 8, 17), 2, "last weekend")
    assert resolve_time("over the weekend", dt.date(2019, 8, 25))[0] == dt.date(2019, 8, 24)
    assert resolve_time("shelled this week", d) == (d, 2, "this week")
    assert resolve_time("will be evacuated later this week", d) == (d, 1, "")
    assert resolve_time("seized it a fortnight ago", d) == (dt.date(2019, 8, 9), 2, "a fortnight ago")
    assert resolve_time("the day before yesterday", d) == (dt.date(2019, 8, 21), 1, "the day before yesterday")


# (stop 78's second review: the cases a second adversarial review found, read as headlines)
@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # ('lost' as an adjective is no loss told)
        (
            "2016-02-10",
            "Government forces recaptured the recently lost village of Kafr Nabudah on Wednesday.",
            [("Government regains territory", "government", "", "Kafr Nabudah", "government")],
        ),
        # (the same, with a shelling)
        (
            "2016-02-10",
            "Rebels shelled the lost town of Morek on Monday.",
            [("Shelling/artillery/missile attack", "opposition", "", "Morek", "")],
        ),
        # (an opening participle's doer only takes what it captures, not what it gives up)
        (
            "2018-04-12",
            "In addition to handing over the town of Douma, Jaysh al-Islam surrendered its heavy weapons.",
            [("Non-violent transfer of territory", "unidentified", "opposition", "Douma", "")],
        ),
        # (a side's posts after the comma are no doer)
        (
            "2017-09-20",
            "Besides capturing Mayadin, IS positions in Quriyah were shelled by the army.",
            [
                ("Non-state actor overtakes territory", "unidentified", "isis", "Al-Mayadin", ""),
                ("Shelling/artillery/missile attack", "government", "isis", "Al-Mayadin", ""),
                ("Non-state actor overtakes territory", "unidentified", "isis", "Al Qurayya", ""),
                ("Shelling/artillery/missile attack", "government", "isis", "Al Qurayya", ""),
            ],
        ),
        # (what a side suffered is not its act)
        (
            "2016-08-20",
            "Having suffered weeks of bombardment in Daraya, the rebels agreed to leave the town.",
            [("Shelling/artillery/missile attack", "unidentified", "opposition", "Darayya", "")],
        ),
        # (an act inside the opening phrase is not the participle's)
        (
            "2017-06-15",
            "In addition to repelling an attack on the village of Maan, the army shelled Kafr Zita.",
            [
                ("Armed clash", "unidentified", "", "Ma'an", ""),
                ("Shelling/artillery/missile attack", "government", "government", "Kafr Zita", ""),
            ],
        ),
        # (an aside after 'unable' keeps the failed attempt)
        (
            "2016-02-05",
            "The rebels have been unable, so far, to retake the village of Ratyan.",
            [("Armed clash", "opposition", "", "Ratyan", "")],
        ),
        # ('fighters … to take' stays an attempt)
        (
            "2016-10-10",
            "Turkish-backed fighters pushed south to take the village of Dabiq.",
            [("Armed clash", "turkey", "", "Dabiq", "")],
        ),
        # (the same)
        (
            "2016-10-10",
            "Hundreds of fighters were dispatched to retake the town of Khan Touman.",
            [("Armed clash", "unidentified", "", "Khan Tuman", "")],
        ),
        # (a doubt denied: the change stands)
        (
            "2016-08-01",
            "There is little doubt that government forces now control the town of Mallah, a rebel commander said.",
            [("Government regains territory", "government", "", "Al Mallah", "government")],
        ),
        # (a dispute denied: the change stands)
        (
            "2015-04-01",
            "No one disputes that the Nusra Front seized the town of Idlib on Saturday.",
            [("Non-state actor overtakes territory", "hts", "", "Idlib", "hts")],
        ),
        # ('the armed forces' named by another country's leader are that country's)
        (
            "2018-02-10",
            "Turkish President Erdogan said the armed forces had taken the town of Bulbul from the YPG.",
            [("Non-state actor overtakes territory", "turkey", "sdf", "Bulbul", "turkey")],
        ),
        # (an heir 'in control of' somewhere else is no heir of the place)
        (
            "2017-10-12",
            "IS withdrew from the village of Hawi, leaving the rebels in control of the western bank.",
            [("Non-violent transfer of territory", "isis", "opposition", "Al Hawi", "")],
        ),
    ],
)
def test_wire_headlines_second_review_stop78(gaz, actors, date, text, expected):
    assert _told_heading(gaz, actors, text, dt.date.fromisoformat(date)) == expected


# (stop 78: web188, held out through the stop's first landings, read last)
@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (aircraft seized are spoils, no strike)
        (
            "2013-02-13",
            "The rebels captured the airport at Kuweires, seizing for the first time a fleet of warplanes including MiG fighters.",
            [("Non-state actor overtakes territory", "opposition", "", "Kuweires Military Airbase", "opposition")],
        ),
        # (a tank captured is no ground taken; the tank's captors fired it)
        (
            "2013-08-06",
            "Menagh military airport was bombarded on Thursday morning by a tank captured previously by the rebels, the monitor said of the base 30km northwest of Aleppo.",
            [("Shelling/artillery/missile attack", "opposition", "", "Menagh military airport", "")],
        ),
        # (Syria's armed forces are the government's)
        (
            "2013-11-01",
            "Syria's armed forces said on Friday they had captured the town of Safira.",
            [("Government regains territory", "government", "", "Al-Safira", "government")],
        ),
    ],
)
def test_wire_headlines_stop78_read_last(gaz, actors, date, text, expected):
    assert _told_heading(gaz, actors, text, dt.date.fromisoformat(date)) == expected


# (stop 79: web170, held out through stops 76-78, read first; web193, web196, web197)
@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (the side whose ministry tells it is no attacker: the soldiers killed were attacked)
        (
            "2020-03-05",
            "Four Turkish soldiers were killed in a Monday attack in northwest Syria’s Idlib region, Turkey’s Ministry of National Defense said.",
            [("Armed clash", "unidentified", "turkey", "Idlib", "")],
        ),
        # (two states agreeing to set up a corridor make a deal)
        (
            "2020-03-05",
            "Turkey and Russia agreed to establish a secure corridor 6 kilometers north and 6 kilometers south from the M4 highway in Idlib, the ministers said.",
            [("Agreement", "turkey", "russia", "M4 highway", "")],
        ),
        # (the deal's parties are the coordinated subject, not a side its terms name)
        (
            "2018-09-18",
            "The leaders of Turkey and Russia say they have agreed to create a demilitarized buffer zone to separate Syrian government troops from Takfiri militant groups in the northwestern province of Idlib.",
            [("Agreement", "turkey", "russia", "Idlib governorate", "")],
        ),
        # (the province's centre named in apposition only locates the town taken)
        (
            "2020-02-06",
            "Saraqib, a strategically important city located to the southeast of the province’s center, Idlib, at the intersection of the Aleppo-Hama and the Aleppo-Latakia highways, was liberated by the Syrian Army.",
            [("Government regains territory", "government", "", "Saraqib", "government")],
        ),
        # (the army's command announcing a place liberated took it; two sides of a countryside are one area)
        (
            "2020-02-17",
            "General Command of Syrian Army and Armed Forces announced on Monday that dozens of towns and villages in Aleppo western and northwestern countryside have been liberated in record time.",
            [("Government regains territory", "government", "", "West part of Aleppo governorate", "")],
        ),
        # (the 2020 spelling of Kafr Uwayd)
        (
            "2020-02-25",
            "Syrian troops liberated Kafr Weid, a city in the south of the Idlib governorate.",
            [("Government regains territory", "government", "", "Kafr Uwayd", "government")],
        ),
        # (the government's gunships)
        (
            "2014-09-05",
            "It said that Syrian gunships on Saturday dropped crude barrel bombs on the towns of Um Batneh and Mashara in al-Qunaitera countryside, leaving unknown losses among the rebel groups.",
            [("Air/drone strike", "government", "opposition", "Masharah", "")],
        ),
        # (a suicide bomber's own car bomb is a suicide bombing)
        (
            "2014-09-05",
            "A suicide bomber from Al Nusra Front detonated a car bomb in the midst of the homes of citizens on the outskirts of Hader, killing nine people and injuring at least 23, the agency said.",
            [("Suicide bomb", "hts", "civilians", "Hadar", "")],
        ),
        # (an epithet, "assassinated senior commander", is no killing of the day)
        (
            "2015-01-19",
            "Six Hizbollah fighters were killed Sunday in an Israeli air strike on the Syrian side of the Golan Heights, including the son of assassinated senior commander Imad Mughniyeh.",
            [("Air/drone strike", "israel", "iran", "Golan Heights", "")],
        ),
        # (a country named in a ceasefire line is no side)
        (
            "2014-08-28",
            "Rebels briefly seized the only crossing along the Israel-Syria ceasefire line near Quneitra, an AFP correspondent said.",
            [("Non-state actor overtakes territory", "opposition", "", "Quneitra", "")],
        ),
        # (peacekeepers captured, told in their relative clause, are persons taken, not ground)
        (
            "2014-09-05",
            "Negotiations are ongoing to free 44 Fijian soldiers, all of whom are members of the United Nations peacekeeping force stationed near the Quneitra border and were captured by rebels last Thursday.",
            [("Arrests", "opposition", "", "Quneitra", "")],
        ),
        # (the side that tells of a fall is not the side that lost it)
        (
            "2016-09-05",
            "The media bureau of Lebanon’s Hezbollah resistance movement said the town of Suran had fallen to the Syrian forces.",
            [("Government regains territory", "government", "", "Suran", "government")],
        ),
        # (the ends of the highway a side advances along are no places of the advance)
        (
            "2017-03-30",
            "The Syrian army advanced into the town of Taibet al-Imam in Hama province Thursday, expanding its territory along the strategic western highway between Damascus and Aleppo, the army and rebels said.",
            [("Armed clash", "government", "", "Taybat al-Imam", "")],
        ),
        # (parachute bombs fall from the air)
        (
            "2016-10-01",
            "Parachute bombs were dropped on Latamneh.",
            [("Air/drone strike", "unidentified", "", "Al-Lataminah", "")],
        ),
        # (where the fire came from, the target named after the comma)
        (
            "2016-09-10",
            "Firing a barrage of indiscriminate missiles and artillery shells from their positions in Halfaya, the jihadist rebels struck several residential neighborhoods inside of Mhardeh.",
            [("Shelling/artillery/missile attack", "opposition", "", "Mhardeh", "")],
        ),
        # (a town taken "completely" is taken; a side telling it at the sentence's end names no winner)
        (
            "2016-08-30",
            "The town of Soran, around 14 km north of Hama on the main Aleppo-Damascus highway, was taken “completely”, the hardline militant rebel group Jund al-Aqsa said in an online statement.",
            [("Non-state actor overtakes territory", "unidentified", "", "Suran", "")],
        ),
        # (a side's defence ministry saying a place was brought under control took it)
        (
            "2019-10-12",
            "Turkey's Defense Ministry said Ras al-Ayn had been brought under control after clashes with the SDF, which the Kurdish-led force denied.",
            [("Non-state actor overtakes territory", "turkey", "sdf", "Ras al-Ayn", "turkey")],
        ),
        # (the subject's own town, not the direction that locates it)
        (
            "2018-04-02",
            "Syrian rebels in Dumayr east of Damascus have agreed to lay down their arms and to hand over the town to the regime army, local activists said Monday.",
            [("Agreement", "opposition", "", "Al-Dumayr", "")],
        ),
        # (the capital of "Damascus ally Russia" names the government, no place)
        (
            "2017-04-02",
            "The town was captured after heavy regime artillery fire and airstrikes by Damascus ally Russia.",
            [],
        ),
        # (neighbourhoods a place taken overlooks are not taken)
        (
            "2016-07-01",
            "The Islamic State militants took over three hills in Jab al-Jarrah, overlooking the eastern neighbourhoods of Homs city.",
            [("Non-state actor overtakes territory", "isis", "", "Jubb al-Jarrah", "")],
        ),
        # (an offensive named by its side and acronym is that side's attack)
        (
            "2018-05-24",
            "The Syrian Army repulsed an Islamic State (ISIS) offensive on Wednesday, driving the jihadists away from the T4 Military Airport.",
            [("Armed clash", "isis", "government", "Tiyas Military Airbase", "")],
        ),
        # (coalition-partnered forces)
        (
            "2017-12-15",
            "Coalition-partnered forces in southern Syria killed more than 20 Islamic State of Iraq and Syria terrorists near Al-Tanf, officials said Thursday.",
            [("Armed clash", "coalition", "isis", "At Tanf", "")],
        ),
    ],
)
def test_wire_headlines_stop79_first(gaz, actors, date, text, expected):
    assert _told_heading(gaz, actors, text, dt.date.fromisoformat(date)) == expected


# (stop 79: an adversarial review of the first landing's rules, 303 sentences of its own)
@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (a side telling a passive capture at the sentence's end names no winner)
        (
            "2015-05-21",
            "After a fierce Islamic State assault, Palmyra was overrun, the Syrian army said.",
            [("Non-state actor overtakes territory", "unidentified", "", "Palmyra", "")],
        ),
        (
            "2018-03-18",
            "Afrin city was taken completely, a YPG spokesman said on Sunday.",
            [("Non-state actor overtakes territory", "unidentified", "", "Afrin", "")],
        ),
        # (a ministry's word names no winner)
        (
            "2016-12-15",
            "Iran's foreign ministry said Aleppo had been liberated.",
            [("Non-state actor overtakes territory", "unidentified", "", "Aleppo", "")],
        ),
        # (the speaker's own men, told by a pronoun, are the side hit)
        (
            "2019-10-14",
            "Kurdish forces said they were attacked by Turkish troops near Tal Tamr.",
            [("Armed clash", "turkey", "sdf", "Tell Tamr", "")],
        ),
        (
            "2016-09-18",
            "The Syrian army said its positions near Deir ez-Zor airport were hit by US-led coalition warplanes.",
            [("Air/drone strike", "coalition", "government", "Deir ez-Zor Military Airport", "")],
        ),
        (
            "2017-07-21",
            "Ahrar al-Sham said its fighters were forced out of Saraqib by Hayat Tahrir al-Sham.",
            [("Non-state actor overtakes territory", "hts", "opposition", "Saraqib", "hts")],
        ),
        # ("many of whom" in an aside before a comma is no captive of the capture)
        (
            "2015-03-29",
            "Displaced residents, many of whom fled to Turkey, said Kabani and Zuwayqat were captured by regime forces.",
            [
                ("Government regains territory", "government", "", "Kabani", "government"),
                ("Government regains territory", "government", "", "Zuwayqat", "government"),
            ],
        ),
        # (the subject's place is the last named, unless a bearing only locates the one before)
        (
            "2016-04-10",
            "Syrian rebels in the Damascus suburb of Dumayr have agreed to hand over their heavy weapons.",
            [("Agreement", "opposition", "", "Al-Dumayr", "")],
        ),
        (
            "2017-10-09",
            "A rebel faction in Idlib province's Maarat al-Numan pledged allegiance to Hayat Tahrir al-Sham.",
            [("Change to group/activity", "opposition", "hts", "Maarat al-Numan", "")],
        ),
        # (other countries' gunships are theirs)
        (
            "2018-05-01",
            "Israeli helicopter gunships struck Syrian army positions in Quneitra.",
            [("Air/drone strike", "israel", "government", "Quneitra", "")],
        ),
        (
            "2015-11-24",
            "Russian army gunships struck Turkmen rebels in Jabal al-Turkman.",
            [("Air/drone strike", "russia", "opposition", "Jabal al-Turkman", "")],
        ),
        # (an exchange of fire from positions in a place happens there; the origin before a comma only after a participle)
        (
            "2016-11-20",
            "Regime forces and rebels exchanged shelling from their positions in Jobar, east of Damascus.",
            [("Shelling/artillery/missile attack", "government", "", "Jobar", "")],
        ),
        # (the parts of a place hills overlook are still shelled)
        (
            "2019-10-09",
            "Turkish artillery shelled Kobani and the hills overlooking the southern parts of Qamishli, the SDF said.",
            [
                ("Shelling/artillery/missile attack", "turkey", "", "Kobani", ""),
                ("Shelling/artillery/missile attack", "turkey", "", "Qamishli", ""),
            ],
        ),
        # (talks agreed to, and a deal not reached, are no deal)
        (
            "2019-01-20",
            "Turkey and Russia agreed to hold talks on safe zones in northern Syria.",
            [],
        ),
        (
            "2019-09-16",
            "Russia and Turkey failed to agree on joint patrols in Idlib.",
            [],
        ),
        # (a pluperfect "taken completely" is background; a siege lifted is not taken)
        (
            "2016-12-22",
            "Aleppo had been taken completely by the army, rebels said.",
            [],
        ),
        (
            "2016-09-06",
            "Deir ez-Zor was freed completely after a three-year siege, state television said.",
            [],
        ),
        # (a ministry "of Russia" is Russia's)
        (
            "2015-09-30",
            "The defence ministry of Russia said its jets destroyed a command post in Raqqa.",
            [("Air/drone strike", "russia", "", "Raqqa", "")],
        ),
        # (a bomber who fled set off no bomb)
        (
            "2016-02-20",
            "The suicide bomber fled and his accomplices detonated a roadside bomb in Azaz.",
            [("Remote explosive/landmine/IED", "unidentified", "", "Azaz", "")],
        ),
        # (a funeral for an assassinated commander is no killing)
        (
            "2016-05-14",
            "Thousands attended the funeral for assassinated commander Mustafa Badreddine in Aleppo.",
            [],
        ),
        # (a side's verb "control points" takes ground)
        (
            "2016-01-16",
            "The regime forces control points in hills and areas at the northern countryside of Latakia and human losses in the ranks of fighters",
            [("Government regains territory", "government", "", "North part of Latakia governorate", "")],
        ),
    ],
)
def test_wire_headlines_stop79_first_review(gaz, actors, date, text, expected):
    assert _told_heading(gaz, actors, text, dt.date.fromisoformat(date)) == expected


# (stop 79: web195 and web192, read)
@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (a side's name typeset with a non-breaking hyphen, and "an-Nusrah")
        (
            "2013-05-28",
            "On May 25, 2013, Jabhat an‑Nusrah fighters kidnapped three combatants of the Democratic Union Party’s (PYD) People’s Defense Units (YPG) in Raʾs al‑ʿAyn (Serê Kaniyê).",
            [("Abduction/forced disappearance", "hts", "sdf", "Ras al-Ayn", "")],
        ),
        # (villages "seized by" the other side, the object of a recapture, tell an earlier loss)
        (
            "2015-07-07",
            "YPG forces on Tuesday re-captured several villages seized by IS militants around Ain Issa over the past 24 hours.",
            [("Non-state actor overtakes territory", "sdf", "", "Ain Issa", "")],
        ),
        # (a search for mines is no blast)
        (
            "2015-07-01",
            "YPG and rebel forces were checking for mines laid by the jihadists in the town of Tal Abyad.",
            [],
        ),
        # ("the militants" a side speaks of are its foes, not its men)
        (
            "2015-07-07",
            "The YPG militia said the militants entered Tal Abyad's eastern periphery on Tuesday.",
            [("Armed clash", "unidentified", "", "Tell Abyad", "")],
        ),
        # (the Kurdish name of al-Yarubiyah)
        (
            "2015-11-01",
            "YPG forces captured the strategically important city of Til Koçer on Saturday.",
            [("Non-state actor overtakes territory", "sdf", "", "Al-Yarubiyah", "sdf")],
        ),
        # (a side's posts called control points are no taking)
        (
            "2020-02-20",
            "Erdogan said his country would not stand silent in front of besieged Turkish control points in Idleb.",
            [],
        ),
        # (a distance in brackets only locates)
        (
            "2020-02-16",
            "Syrian government troops have taken control of 28 settlements west and north of Aleppo (360 kilometers of Damascus), SANA news agency reported on Sunday.",
            [("Government regains territory", "government", "", "North part of Aleppo governorate", "")],
        ),
        # (foreign groups coordinated with the army's side are its partners; the army is named first)
        (
            "2020-02-10",
            "Artillery of regime forces and Iranian-backed foreign terrorist groups targeted a marketplace in the center of the town of Ariha in rural southern Idlib, an area under opposition control.",
            [("Shelling/artillery/missile attack", "government", "opposition", "Ariha", "")],
        ),
    ],
)
def test_wire_headlines_stop79_web195_web192(gaz, actors, date, text, expected):
    assert _told_heading(gaz, actors, text, dt.date.fromisoformat(date)) == expected


# (stop 79: web193, a second reading)
@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (an elision inside a side's name, "Syrian … forces", is no clause break)
        (
            "2018-07-20",
            '"Syrian … forces captured the town of al-Harah, as well as Samlin, al-Tiha and Zimrin," media outlets quoted observatory chief Rami Abdel Rahman as saying.',
            [
                ("Government regains territory", "government", "", "Al Harah", "government"),
                ("Government regains territory", "government", "", "Samlin", "government"),
                ("Government regains territory", "government", "", "Al Tiha", "government"),
                ("Government regains territory", "government", "", "Zimrin", "government"),
            ],
        ),
        # ("in addition to the villages of" adds to a list; it is no destination)
        (
            "2018-07-25",
            "Syrian troops established control over Tal al-Hara hilltop in addition to the villages of Samlin and Zimrin.",
            [
                ("Government regains territory", "government", "", "Tell Al-Harra base", "government"),
                ("Government regains territory", "government", "", "Samlin", ""),
                ("Government regains territory", "government", "", "Zimrin", ""),
            ],
        ),
        # (the places "liberated by" a side "were", a time aside between)
        (
            "2018-07-30",
            "Among the areas liberated by the Syrian Arab Army, today, were the towns of Shajarah, Abu Rafah, and Nafia’a.",
            [
                ("Government regains territory", "government", "", "Ash Shajarah", "government"),
                ("Government regains territory", "government", "", "Abu Rafah", "government"),
                ("Government regains territory", "government", "", "Nafi‘ah", "government"),
            ],
        ),
        # (the capital a side fights "in support of" is its government)
        (
            "2018-07-20",
            "A military news service run by Lebanon's Hezbollah, which is fighting in support of Damascus, said buses carrying militants had left the city of al-Quneitra headed north.",
            [("Armed clash", "unidentified", "", "Quneitra", "")],
        ),
    ],
)
def test_wire_headlines_stop79_web193_second_reading(gaz, actors, date, text, expected):
    assert _told_heading(gaz, actors, text, dt.date.fromisoformat(date)) == expected


# (stop 79: a second adversarial review, 258 sentences of its own, of the second landing's rules)
@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (a town named with its type after the subject's wider area is the place)
        (
            "2018-07-04",
            "Gunmen in Daraa countryside in the town of Nawa agreed to hand over their weapons.",
            [("Agreement", "unidentified", "", "Nawa", "")],
        ),
        (
            "2018-05-03",
            "Rebels in northern Homs near the town of Rastan agreed to hand over their heavy weapons.",
            [("Agreement", "opposition", "", "Al-Rastan", "")],
        ),
        # (SOHR's verb "control points" is a taking, a noun only after a determiner or an act on it)
        (
            "2016-01-17",
            "Factions control points in the northern countryside of Hama after clashes with regime forces.",
            [("Non-state actor overtakes territory", "opposition", "government", "North part of Hama governorate", "")],
        ),
        (
            "2016-09-30",
            "ISIS control points in the vicinity of Deir Ezzor Military Airport after violent clashes.",
            [("Non-state actor overtakes territory", "isis", "", "Deir ez-Zor Military Airport", "")],
        ),
        # (a defence ministry names its side the winner only in the winner's words)
        (
            "2016-12-11",
            "Russia's defence ministry said Palmyra was overrun on Sunday after a massive militant assault.",
            [("Non-state actor overtakes territory", "unidentified", "", "Palmyra", "")],
        ),
        (
            "2020-02-06",
            "Turkey's defence ministry said Saraqib was captured on Thursday after heavy bombardment.",
            [("Non-state actor overtakes territory", "unidentified", "", "Saraqib", "")],
        ),
        (
            "2019-10-14",
            "The Turkish Defense Ministry said that Ras al-Ayn was “brought under control” on Sunday.",
            [("Non-state actor overtakes territory", "turkey", "", "Ras al-Ayn", "turkey")],
        ),
        # (a bracketed distance keeps the event when nothing else places it)
        (
            "2016-02-15",
            "IS militants executed 10 people in a village (40 kilometers of Raqqa).",
            [("Attack", "isis", "civilians", "Raqqa", "")],
        ),
        # (a speaker whose "it" is no passive's subject is only the teller)
        (
            "2018-06-02",
            "The SDF said it had evidence that Tal Tamr was shelled by Turkish-backed factions.",
            [("Shelling/artillery/missile attack", "turkey", "", "Tell Tamr", "")],
        ),
        # ("a number of villages seized by" the other side tell the earlier loss)
        (
            "2015-07-08",
            "YPG fighters recaptured a number of villages seized by IS militants around Ain Issa.",
            [("Non-state actor overtakes territory", "sdf", "", "Ain Issa", "")],
        ),
        # (a place "occupied completely" by a side is taken)
        (
            "2018-03-18",
            "Afrin was occupied completely by Turkish forces and their Syrian allies.",
            [("Non-state actor overtakes territory", "turkey", "", "Afrin", "turkey")],
        ),
        # (a headline's present "agree to set up" a zone is a deal)
        (
            "2018-09-17",
            "Russia and Turkey agree to set up demilitarised zone in Syria's Idlib",
            [("Agreement", "russia", "turkey", "Idlib", "")],
        ),
        # (peacekeepers "all of whom are Filipinos, were captured" are persons taken)
        (
            "2013-03-07",
            "Twenty-one UN peacekeepers, all of whom are Filipinos, were captured by rebels in Jamlah.",
            [("Arrests", "opposition", "", "Jamlah", "")],
        ),
        # (a suicide bomber with a gunman set off a suicide bomb)
        (
            "2016-02-12",
            "A suicide bomber and a gunman detonated a car bomb at a checkpoint in Salamiyah.",
            [("Suicide bomb", "unidentified", "", "Salamiyah", "")],
        ),
        # (a group's assassinated commander buried is no killing of the day)
        (
            "2016-11-08",
            "The group's assassinated commander was buried in Jasim on Tuesday.",
            [],
        ),
    ],
)
def test_wire_headlines_stop79_second_review(gaz, actors, date, text, expected):
    assert _told_heading(gaz, actors, text, dt.date.fromisoformat(date)) == expected


# (stop 79: web198, web199 and web200, built late in the stop and read)
@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # ("overlooking the Syrian town of X, also known as Y": neither name is taken)
        (
            "2014-10-20",
            "Syrian Kurds have pushed back fighters from the Islamic State in Iraq and the Levant (ISIL) from an area of high ground known as the Mishtenur hill, overlooking the Syrian town of Kobane, also known as Ain al-Arab, on the border with Turkey.",
            [("Non-state actor overtakes territory", "sdf", "isis", "Mistanour", "")],
        ),
        # (a bearing set off by "just" after a comma only locates the place taken)
        (
            "2014-10-25",
            "Kurdish fighters say they have recaptured Tall Shair hill, just west of Kobane.",
            [("Non-state actor overtakes territory", "sdf", "", "Tall Shair", "sdf")],
        ),
        # ("pushed back the advance on X by Y": Y attacked, the speaker defended)
        (
            "2014-10-09",
            "Kurdish forces said on Thursday they had pushed back the advance on Kobani, also known as Ayn al-Arab, by Islamic State fighters.",
            [("Armed clash", "isis", "sdf", "Kobani", "")],
        ),
        # (a country fighters came from is no side they fought)
        (
            "2014-10-29",
            "Separately, a small group of Syrian rebels entered Kobani from Turkey on Wednesday, activists said.",
            [("Armed clash", "opposition", "", "Kobani", "")],
        ),
        # (a siege ended, or broken in the passive by its agent, is fought by the side that ends it)
        (
            "2015-11-10",
            "Syrian Troops End Multi-Year ISIS Siege on Aleppo Air Base",
            [("Armed clash", "government", "isis", "Nayrab Military Airbase", "")],
        ),
        (
            "2015-11-10",
            "The siege of Kuweires, imposed by ISIS, was broken by the army on Tuesday.",
            [("Armed clash", "government", "isis", "Kuweires Sharqi", "")],
        ),
        # ("an advance with the capture of X" takes X)
        (
            "2015-10-10",
            "Rebels made a notable advance with the capture of the Military Research Center in the al-Zahra district.",
            [("Non-state actor overtakes territory", "opposition", "", "Military Research Center", "opposition")],
        ),
    ],
)
def test_wire_headlines_stop79_web198_web199_web200(gaz, actors, date, text, expected):
    assert _told_heading(gaz, actors, text, dt.date.fromisoformat(date)) == expected


# (stop 79: a third adversarial review, 269 sentences of its own, of the third and fourth landings' rules)
@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # (a Turkish control point near which shells fell, or that is surrounded, is a post, not a taking)
        (
            "2019-10-25",
            "Syrian regime shells area near Turkish control point in Morek.",
            [("Shelling/artillery/missile attack", "government", "turkey", "Morek", "")],
        ),
        (
            "2015-05-18",
            "IS fighters stormed regime control posts near Palmyra.",
            [("Armed clash", "isis", "government", "Palmyra", "")],
        ),
        (
            "2016-06-02",
            "Rebels captured regime control points west of Aleppo.",
            [
                (
                    "Non-state actor overtakes territory",
                    "opposition",
                    "government",
                    "West part of Aleppo governorate",
                    "",
                )
            ],
        ),
        (
            "2018-11-11",
            "Two Turkish soldiers were wounded when regime shells fell near a Turkish control point in Morek.",
            [("Shelling/artillery/missile attack", "government", "turkey", "Morek", "")],
        ),
        (
            "2019-08-24",
            "Syrian troops encircle a Turkish control point in Morek.",
            [("Armed clash", "government", "turkey", "Morek", "")],
        ),
        (
            "2020-02-04",
            "Turkish control point in Saraqeb surrounded by regime forces.",
            [],
        ),
        (
            "2020-02-28",
            "Turkish control points come under regime fire near Saraqeb.",
            [],
        ),
        # (SOHR's verb: a side opening the sentence before "control points" takes them)
        (
            "2016-01-17",
            "Factions control points in the northern countryside of Hama after clashes with regime forces.",
            [("Non-state actor overtakes territory", "opposition", "government", "North part of Hama governorate", "")],
        ),
        (
            "2015-05-28",
            "Regime forces and NDF control points in the vicinity of Jazal.",
            [("Government regains territory", "government", "", "Al Jazal", "")],
        ),
        (
            "2016-09-30",
            "ISIS control points in the vicinity of Deir Ezzor Military Airport after violent clashes.",
            [("Non-state actor overtakes territory", "isis", "", "Deir ez-Zor Military Airport", "")],
        ),
        (
            "2016-01-16",
            "The regime forces control points in hills and areas at the northern countryside of Latakia and human losses in the ranks of fighters",
            [("Government regains territory", "government", "", "North part of Latakia governorate", "")],
        ),
        (
            "2020-02-20",
            "Erdogan said his country would not stand silent in front of besieged Turkish control points in Idleb.",
            [],
        ),
        # (a defence ministry's own winner's words: "taken under control", "recaptured"; not "overrun")
        (
            "2019-10-13",
            "Turkey's Defence Ministry said Ras al-Ayn was taken under control.",
            [("Non-state actor overtakes territory", "turkey", "", "Ras al-Ayn", "turkey")],
        ),
        (
            "2017-03-02",
            "Russia's Defence Ministry said Palmyra had been fully recaptured.",
            [("Government regains territory", "russia", "", "Palmyra", "russia")],
        ),
        (
            "2016-12-11",
            "Russia's defence ministry said Palmyra was overrun on Sunday after a massive militant assault.",
            [("Non-state actor overtakes territory", "unidentified", "", "Palmyra", "")],
        ),
        # (the subject's town before "near the town of", unless the subject's place is an area; "in the town of" inside an area)
        (
            "2016-12-01",
            "Rebels in Moadamiyeh near the town of Darayya agreed to hand over their heavy weapons.",
            [("Agreement", "opposition", "", "Moadamiyat al-Sham", "")],
        ),
        (
            "2018-07-04",
            "Gunmen in Daraa countryside in the town of Nawa agreed to hand over their weapons.",
            [("Agreement", "unidentified", "", "Nawa", "")],
        ),
        (
            "2018-05-03",
            "Rebels in northern Homs near the town of Rastan agreed to hand over their heavy weapons.",
            [("Agreement", "opposition", "", "Al-Rastan", "")],
        ),
        # ("near" a wider place, and a base "in" a province, only locate)
        (
            "2018-07-19",
            "Syrian state media and a war monitor say rebels in Quneitra near the Israeli-occupied Golan Heights have agreed to hand over their territory to regime forces.",
            [("Agreement", "opposition", "government", "Quneitra", "")],
        ),
        (
            "2020-01-15",
            "The Syrian army said Israeli jets attacked the T4 airbase in Homs province and that air defences downed several missiles.",
            [
                ("Air/drone strike", "israel", "", "Tiyas Military Airbase", ""),
                ("Disrupted weapons use", "israel", "", "Tiyas Military Airbase", ""),
            ],
        ),
        # (fire that "came under" from a country is that country's; a country entered from is no side)
        (
            "2016-02-14",
            "YPG positions came under heavy shelling from Turkey near Azaz.",
            [("Shelling/artillery/missile attack", "turkey", "sdf", "Azaz", "")],
        ),
        (
            "2014-10-29",
            "Separately, a small group of Syrian rebels entered Kobani from Turkey on Wednesday, activists said.",
            [("Armed clash", "opposition", "", "Kobani", "")],
        ),
        # (a headline's ellipsis is a break; one inside "Syrian … forces" is not)
        (
            "2016-12-10",
            "Russian warplanes strike Idlib … army forces clash with rebels in Aleppo.",
            [
                ("Air/drone strike", "russia", "", "Idlib", ""),
                ("Armed clash", "government", "opposition", "Aleppo", ""),
            ],
        ),
        (
            "2018-07-20",
            '"Syrian … forces captured the town of al-Harah, as well as Samlin, al-Tiha and Zimrin," media outlets quoted observatory chief Rami Abdel Rahman as saying.',
            [
                ("Government regains territory", "government", "", "Al Harah", "government"),
                ("Government regains territory", "government", "", "Samlin", "government"),
                ("Government regains territory", "government", "", "Al Tiha", "government"),
                ("Government regains territory", "government", "", "Zimrin", "government"),
            ],
        ),
        # ("with the capture of" persons is no taking; of a place it is)
        (
            "2015-11-10",
            "IS fighters counter-attacked with the capture of two soldiers near Kweiris.",
            [("Armed clash", "isis", "", "Kuweires Military Airbase", "")],
        ),
        (
            "2015-10-10",
            "Rebels made a notable advance with the capture of the Military Research Center in the al-Zahra district.",
            [("Non-state actor overtakes territory", "opposition", "", "Military Research Center", "opposition")],
        ),
        # (a denied occupation is none)
        (
            "2014-10-12",
            "Kobani was occupied completely by IS, a Kurdish official denied.",
            [],
        ),
        # (the speaker's own men "too" were hit)
        (
            "2016-02-15",
            "Kurdish forces said they too were shelled by Turkish artillery near Azaz.",
            [("Shelling/artillery/missile attack", "turkey", "sdf", "Azaz", "")],
        ),
        # (a siege broken in the passive: the side named before the siege laid it)
        (
            "2016-08-06",
            "The regime siege of Aleppo was broken by rebels on Saturday.",
            [("Armed clash", "opposition", "government", "Aleppo", "")],
        ),
        # (a town's other name "called" …, overlooked)
        (
            "2014-10-02",
            "IS fighters captured Mishtenur hill overlooking the Kurdish town of Kobane, called Ain al-Arab in Arabic.",
            [("Non-state actor overtakes territory", "isis", "", "Mistanour", "isis")],
        ),
        # (", some 20 km south of X" only locates)
        (
            "2016-04-05",
            "Rebels captured al-Eis, some 20 km south of Aleppo.",
            [("Non-state actor overtakes territory", "opposition", "", "Al-Eis", "opposition")],
        ),
    ],
)
def test_wire_headlines_stop79_third_review(gaz, actors, date, text, expected):
    assert _told_heading(gaz, actors, text, dt.date.fromisoformat(date)) == expected


# (stop 80: web194, held out through stop 79, read first)
@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # "took on Thursday full control of": the day between the verb and its control
        (
            "2022-10-13",
            "Hayat Tahrir al-Sham took on Thursday full control of the city of Afrin, north of Aleppo.",
            [("Non-state actor overtakes territory", "hts", "", "Afrin", "hts")],
        ),
        # districts each named by its seat are the whole districts, not quarters of one town
        (
            "2022-10-12",
            "On Wednesday, HTS seized the two districts of Jindires and Mabatli in addition to the two villages of Kurzeleh and Basouta in Afrin countryside following fierce clashes with armed factions of the Turkish-backed SNA.",
            [
                ("Non-state actor overtakes territory", "hts", "turkey", "Jindires", "hts"),
                ("Non-state actor overtakes territory", "hts", "turkey", "Ma'batli", "hts"),
                ("Non-state actor overtakes territory", "hts", "turkey", "Kurzele", "hts"),
                ("Non-state actor overtakes territory", "hts", "turkey", "Basouta", "hts"),
            ],
        ),
        # a source's own report tells the capture; it is no hearsay
        (
            "2022-10-13",
            "The UK-based Syrian Observatory for Human Rights (SOHR) said in a report that the HTS took control over Dakmash and Qatma villages western of A’zaz in northern Aleppo countryside.",
            [
                ("Non-state actor overtakes territory", "hts", "", "Dakmash", "hts"),
                ("Non-state actor overtakes territory", "hts", "", "Qatma", "hts"),
            ],
        ),
        # an aside between commas after "managed"
        (
            "2022-10-14",
            "The source added, “The SNA’s Levant Front faction managed, during the past hours, to regain control of the village of Turinde and a settlement near al-Shamia village, south of Afrin.”",
            [("Non-state actor overtakes territory", "opposition", "", "Turandah", "opposition")],
        ),
        # "the Organisation for the Liberation of the Levant" is HTS, not the Islamic State's "organisation"
        (
            "2022-10-13",
            "The Syrian opposition, on Thursday, announced that the Hay'at Tahrir Al-Sham (HTS), or the Organisation for the Liberation of the Levant, has taken full control over the strategic town of Afrin, in Aleppo countryside, north-west of Syria.",
            [("Non-state actor overtakes territory", "hts", "", "Afrin", "hts")],
        ),
        # the Third Corps (al-Faylaq al-Thalith) is the Turkish-backed Third Legion; the villages named, then where they lie
        (
            "2022-10-14",
            "SOHR sources have reported renewed clashes between Third Corps and Ahrar Al-Sham on the other hand in the villages of Susiyan, Al-Hadath and Ablah surrounding Al-Bab city, east of Aleppo.",
            [
                ("Armed clash", "turkey", "opposition", "Sousian", ""),
                ("Armed clash", "turkey", "opposition", "Hadath", ""),
                ("Armed clash", "turkey", "opposition", "Ablah", ""),
            ],
        ),
        (
            "2022-10-13",
            "At present, the Al-Faylaq al-Thalith militants have left the city of Afrin for the city of Azaz.",
            [("Non-violent transfer of territory", "turkey", "", "Afrin", "")],
        ),
        # a fight between a known side and one the table lacks: the known one fought; deaths "due to" such clashes
        (
            "2022-04-24",
            "Activists on social media reported that two people were killed and a number of wounded in the city center of Afrin, due to violent clashes between the “Army of Islam” faction and the “51 Brigade”.",
            [("Armed clash", "opposition", "", "Afrin", "")],
        ),
        # "push X out from": a faction named like a village is who was driven out
        (
            "2022-06-20",
            "Ahrar al-Sham was also able to push al-Shamiya out from both Tall Battal and Abla.",
            [
                ("Non-state actor overtakes territory", "opposition", "", "Tall Battal", "opposition"),
                ("Non-state actor overtakes territory", "opposition", "", "Ablah", "opposition"),
            ],
        ),
        # an entry that forced the other side to retreat, no comma before "forcing"
        (
            "2022-10-14",
            "HTS entered Afrin on Oct 12 supported by Sulaiman Shah group and the Hamza Division forcing the Third Corps to retreat to Azaz.",
            [("Non-state actor overtakes territory", "hts", "", "Afrin", "hts")],
        ),
        # "following fierce clashes with armed factions of X": X's factions lost the place
        (
            "2022-10-12",
            "Hayat Tahrir al-Sham (HTS) seized on Wednesday Jindires district, in Afrin countryside in northern Syria, following fierce clashes with armed factions of the Turkish-backed Syrian National Army (SNA).",
            [("Non-state actor overtakes territory", "hts", "turkey", "Jindires", "hts")],
        ),
        # "coming from the axis of X": where they came from, not what they took
        (
            "2022-10-12",
            "The source said that the HTS captured Kafr Safra and Jindires coming from the axis of Salwa village in Aleppo northern countryside.",
            [
                ("Non-state actor overtakes territory", "hts", "", "Kafr Safra", "hts"),
                ("Non-state actor overtakes territory", "hts", "", "Jindires", "hts"),
            ],
        ),
        # "rebel Syrian forces" are no government forces
        (
            "2019-10-14",
            "Turkish-backed rebel Syrian forces have launched an operation to seize the strategic city of Manbij from Kurdish forces.",
            [("Armed clash", "turkey", "sdf", "Manbij", "")],
        ),
        # "according to the Turkish defence ministry": the teller, not the victims
        (
            "2020-04-28",
            "At least 18 civilians have been killed, while at least 27 others were wounded, in a car bomb attack in the northern Syrian border town of al-Bab, according to the Turkish defence ministry.",
            [("Remote explosive/landmine/IED", "unidentified", "civilians", "Al-Bab", "")],
        ),
    ],
)
def test_web194_first_reading(gaz, actors, date, text, expected):
    assert _told_heading(gaz, actors, text, dt.date.fromisoformat(date)) == expected


# (stop 80: web201-web206, built blind this stop)
@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        # "leading to clashes": a result's noun, no infinitive; "launched operations against" places named before
        (
            "2015-03-23",
            "Meanwhile, the pro-Assad military forces launched operations against opposition-held towns of Adwan, al-Taiba, Nahita, Sahm al-Jolan in Daraa countryside, leading to clashes between both sides.",
            [
                ("Armed clash", "government", "opposition", "Adwan", ""),
                ("Armed clash", "government", "opposition", "At Taybah", ""),
                ("Armed clash", "government", "opposition", "Nahita", ""),
                ("Armed clash", "government", "opposition", "Saham al-Jawlan", ""),
            ],
        ),
        # the reporter's "had" over a long subject; the road the base lies by is no place taken; what men are armed with is no fire
        (
            "2015-05-21",
            "The fighters said hundreds of insurgents armed with rocket launchers and anti-aircraft weapons had taken over the Brigade 82 base near the town of Sheikh Maskeen, close to the main north-south highway between Damascus and Jordan.",
            [("Non-state actor overtakes territory", "opposition", "", "Brigade 82", "opposition")],
        ),
        # "lost control of the key Syrian city of X to Y": words before the type word
        (
            "2016-08-12",
            "ISIS militants have lost control of the key Syrian city of Manbij to US-backed rebels and appear to be using civilians as human shields as they flee, the syrian media sources said.",
            [("Non-state actor overtakes territory", "opposition", "isis", "Manbij", "opposition")],
        ),
        # operations still to be launched
        (
            "2016-11-10",
            "Operations will launch to liberate Manbij from terrorists, after ensuring full security of Al-Bab.",
            [],
        ),
        # "in a surprise attack on the SDF": the side that lost the villages
        (
            "2016-06-21",
            "ISIS militants won back control of three villages south of Manbij in a surprise attack on the SDF, a coalition of forces battling the terrorist group in northern Syria.",
            [("Non-state actor overtakes territory", "isis", "sdf", "Manbij", "")],
        ),
        # a spelling of Manbij
        (
            "2016-08-04",
            "BEIRUT, LEBANON (2:00 P.M.) – The Turkish Army launched several shells towards the Kurdish-led “Syrian Democratic Forces” (SDF) on Thursday, hitting the latter’s positions north of the strategic city of Menbeij.",
            [("Shelling/artillery/missile attack", "turkey", "sdf", "Manbij", "")],
        ),
        # an aside that names where the place lies inside a report's hearsay
        (
            "2015-08-06",
            "There was no comment from the Syrian army on the report that Qaryatayn, 120 km (70 miles) northeast of Damascus, had fallen.",
            [],
        ),
        # Huwayjat Saqr, the Euphrates island of Deir ez-Zor, by its wire spellings
        (
            "2017-09-09",
            "The Syrian Arab Army (SAA) has liberated Saqr Island in Deir ez-Zor this afternoon, following a 15 hour operation against the Islamic State (IS) that began last night, Al-Masdar News reveals.",
            [("Government regains territory", "government", "isis", "Huwayjat Saqr", "government")],
        ),
        (
            "2017-09-20",
            "BREAKING: Syrian Army storms the strategic Sakr island on Euphrates river",
            [("Armed clash", "government", "", "Huwayjat Saqr", "")],
        ),
        # Mount Hermon's summit "in the Golan Heights"
        (
            "2024-12-09",
            "Jerusalem, Dec 8 Israel Defense Forces (IDF) troops seized a Syrian army outpost at the summit of Mount Hermon in the Golan Heights on Sunday, Israeli state media reported.",
            [("Non-state actor overtakes territory", "israel", "government", "Mount Hermon", "")],
        ),
        # a toll's second verb after ", and" keeps the act's clause and its place
        (
            "2024-12-05",
            "ERBIL (Kurdistan24) – The Syria-based Rojava Information Center (RIC) on Thursday said a Turkish drone strike yesterday killed one Asayish member, and injured three others in the Hasakah province.",
            [("Air/drone strike", "turkey", "sdf", "Hasakah", "")],
        ),
        # what the province borders is no place of the withdrawal
        (
            "2024-12-08",
            "Syrian troops withdrew from their positions in the southern province of Quneitra bordering the Golan Heights on Saturday, a war monitor told AFP.",
            [("Non-violent transfer of territory", "government", "", "Quneitra governorate", "")],
        ),
        # Israel's "attack targeted" with no weapon named is an air strike; "the Syrian capital, Damascus" locates the quarter
        (
            "2025-04-03",
            'According to medical sources, an "Israeli" attack targeted the Scientific Research Center in the Barzeh housing area in the Syrian capital, Damascus, resulting in several injuries.',
            [("Air/drone strike", "israel", "", "Masaken Barzeh", "")],
        ),
    ],
)
def test_web201_206_first_reading(gaz, actors, date, text, expected):
    assert _told_heading(gaz, actors, text, dt.date.fromisoformat(date)) == expected
