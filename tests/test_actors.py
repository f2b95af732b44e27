"""The actor table: validation and alias matching."""

import pytest

from geo import ActorError, load_actors


def test_find_is_case_aware_for_acronyms(actors):
    found = [
        (m.actor, m.surface) for m in actors.find("IS fighters and the regime; this is SAA. Hatch (Nasra) withdrew.")
    ]
    assert found == [("isis", "IS"), ("government", "the regime"), ("government", "SAA"), ("hts", "Hatch (Nasra)")]


def test_controllers_and_colours(actors):
    assert actors.controllers[:2] == ["government", "opposition"]
    assert actors.controller_of("hts") == "opposition" and actors.controller_of("russia") == "government"
    assert actors.colour("isis").startswith("#") and actors.colour("nobody") == "#9e9e9e"


def test_covers_names_inside_actor_aliases(actors):
    text = "The Damascus government said so."
    i = text.index("Damascus")
    assert actors.covers(text, i, i + len("Damascus"))
    assert not actors.covers("Fighting in Damascus.", 12, 20)


@pytest.mark.parametrize(
    "row,msg",
    [
        ("government,Dup,x,#ff0000,government,state", "duplicate actor id 'government'"),
        ("new,New,x,red,new,state", "colour 'red' is not of the form #rrggbb"),
        ("new,New,x,#ff0000,martians,state", "zone_controller 'martians'"),
        ("new,New,x,#ff0000,,state,,,sea", "means 'sea' is not one of 'air'"),
    ],
)
def test_bad_rows_are_refused_with_file_and_line(tmp_path, row, msg):
    from tests.conftest import DATA

    p = tmp_path / "actors.csv"
    p.write_text((DATA / "actors.csv").read_text(encoding="utf-8") + row + "\n", encoding="utf-8")
    with pytest.raises(ActorError, match=msg) as err:
        load_actors(p)
    assert "actors.csv" in str(err.value)


def test_covers_remembers_only_what_the_surface_decides(actors):
    """covers() caches per surface what the surface alone decides; the words around are
    read every time, so "Damascus" is an actor before "government" and a place elsewhere."""
    for _ in range(2):
        text = "The Damascus government said so. Fighting in Damascus."
        first, second = text.index("Damascus"), text.rindex("Damascus")
        assert actors.covers(text, first, first + 8)
        assert not actors.covers(text, second, second + 8)
        assert actors.covers("Hatch fighters", 0, 5) and actors.covers("the Assad army", 4, 9)


def test_spellings_of_a_faction_and_a_bare_nationality(actors):
    # SOHR's "Nour al-Din al-Zinki" is the Zenki movement (opposition); "Iranian positions" are Iran's, while the
    # longer "Iranian-backed militias" still wins over the bare adjective
    text = "Clashes between HTS and Nour al-Din al-Zinki; Israel hits Iranian positions and Iranian-backed militias."
    assert [(m.actor, m.surface) for m in actors.find(text)] == [
        ("hts", "HTS"),
        ("opposition", "Nour al-Din al-Zinki"),
        ("israel", "Israel"),
        ("iran", "Iranian"),
        ("iran", "Iranian-backed militias"),
    ]


def test_the_sides_that_fight_from_the_air(actors):
    assert {a.id for a in actors if a.means == "air"} == {"coalition", "russia", "israel"}


def test_a_sides_men_are_that_sides_not_the_government_troops_alias(actors):
    """ "troops" alone is the government's alias; right after another side's name the men are that side's."""
    found = [(m.actor, m.surface) for m in actors.find("SDF troops took Sehbah; troops shelled it; HTS fighters left.")]
    assert found[0] == ("sdf", "SDF troops") and ("government", "troops") in found
    assert ("hts", "HTS fighters") in found or ("hts", "HTS") in found


def test_typographic_apostrophes_match_plain_aliases(actors):
    """ "People’s Protection Units" (a curly apostrophe, as wire copy prints it) is the alias "People's …"."""
    found = [(m.actor, m.surface) for m in actors.find("the Kurdish People’s Protection Units took Tal Hamis")]
    assert ("sdf", "People’s Protection Units") in found
    assert actors.is_alias("People’s Protection Units") and actors.covers("the People’s Protection Units", 4, 30)


@pytest.mark.parametrize("country", ["Turkiye", "Türkiye", "Turkey"])
def test_turkey_written_as_turkiye_in_every_alias(actors, country):
    """The country's other spellings match wherever an alias has "Turkey" ("Turkiye-backed rebels", 2022 on)."""
    found = [(m.actor, m.surface) for m in actors.find(f"{country}-backed rebels seized the town")]
    assert found == [("turkey", f"{country}-backed rebels")]
    assert actors.is_alias(f"{country}-backed factions")


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        ("heavy airstrikes launched by the Turkish Air Force", "Turkish Air Force", "turkey"),
        ("the IAF struck targets near Damascus", "IAF", "israel"),
        ("operatives of the Iranian Quds Force", "Iranian Quds Force", "iran"),
        ("49 militants of the NSA inside the town", "NSA", "turkey"),
        ("US-Led Coalition airstrikes hit the town", "US-Led Coalition", "coalition"),
        ("Insurgent groups attacked several positions", "Insurgent groups", "opposition"),
    ],
)
def test_air_forces_and_groups_named_by_the_read_probe_web66(actors, text, name, side):
    """Names of sides in the probe web66's outlets, each read whole: an air force by its country or initials, the Quds
    Force, SouthFront's "NSA" (the Turkish-backed National Syrian Army), a capital "L" in "US-Led", "insurgent groups"."""
    assert (side, name) in {(m.actor, m.surface) for m in actors.find(text)}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the side someone is against is not named as a side: "anti-regime" is not the regime
        ("local anti-regime armed groups attacked", [("opposition", "anti-regime armed groups")]),
        ("anti-regime protests spread to Suwayda", []),
        ("the anti-ISIS campaign went on", []),
        # a deal's broker is no party: "US-sponsored", "Russian-brokered"
        ("it reached a US-sponsored ceasefire with the SDF", [("sdf", "SDF")]),
        ("under a Russian-brokered deal the rebels left", [("opposition", "the rebels")]),
        # but a backer's adjective still names its side's men
        ("Turkish-backed factions entered the town", [("turkey", "Turkish-backed factions")]),
        # and a patron's "-sponsored" before armed men, not a deal, names the patron's side
        ("Iranian-sponsored militias shelled the town", [("iran", "Iranian")]),
    ],
)
def test_a_side_one_is_against_or_that_brokered_a_deal_is_not_named(actors, text, found):
    assert [(m.actor, m.surface) for m in actors.find(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # sides named by the probe web75's outlets
        ("Arab and Kurdish troops reclaimed the town", [("sdf", "Arab and Kurdish troops")]),
        ("outgunned by Assad’s army and its allies", [("government", "Assad’s army")]),
        ("the US Central Command said", [("coalition", "US Central Command")]),
        ("a bomb hit one of the security branches", [("government", "security branches")]),
        # the fighters Turkey backs are Turkey's side, by whatever noun the wire calls them
        ("Turkish-backed fighters captured the city", [("turkey", "Turkish-backed fighters")]),
        ("Turkey-backed Syrian fighters entered the town", [("turkey", "Turkey-backed Syrian fighters")]),
        # a side someone is not: "non-ISIS rebels" are rebels
        ("Russian jets bombed non-ISIS rebels", [("russia", "Russian jets"), ("opposition", "rebels")]),
        # a side's own branch or officer ("The Asayish security branch", "a Russian army officer"); a man who defected
        ("The Asayish security branch arrested five", [("sdf", "Asayish security branch")]),
        ("a Russian army officer was killed", [("russia", "Russian army officer")]),
        ("a defected army officer was killed", []),
        ("an army officer who defected told AFP", []),
        # two sides named together after "between" are not one side
        ("clashes between Arab and Kurdish fighters erupted", [("sdf", "Kurdish fighters")]),
        # but one side's name with "and" in it stays that side's
        (
            "clashes between military and security forces and gunmen",
            [("government", "military and security forces"), ("unidentified", "gunmen")],
        ),
    ],
)
def test_sides_named_by_the_read_probe_web75(actors, text, found):
    assert [(m.actor, m.surface) for m in actors.find(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the Syrian National Army's corps and factions of 2019-2024 are the side Turkey backs
        ("The Third Legion took Kafr Janneh.", [("turkey", "The Third Legion")]),
        ("Fighters of the Azm Operations Room clashed with HTS.", [("turkey", "Azm Operations Room"), ("hts", "HTS")]),
        ("The Sultan Suleiman Shah Division seized homes.", [("turkey", "Sultan Suleiman Shah Division")]),
        # the army's own corps and militias are the government's
        ("The Fifth Corps deployed in Busra al-Sham.", [("government", "Fifth Corps")]),
        (
            "The 25th Special Mission Forces Division shelled Kansafra.",
            [("government", "25th Special Mission Forces Division")],
        ),
        ("Desert Hawks fighters entered the town.", [("government", "Desert Hawks")]),
    ],
)
def test_corps_and_factions_of_the_later_war(actors, text, found):
    assert [(m.actor, m.surface) for m in actors.find(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a country that names a side only as "Government of <country>" is that side when it is a clause's doer
        ("Syria said it shot down Israeli missiles.", [("government", "Syria"), ("israel", "Israeli")]),
        ("Syria, meanwhile, announced that it had downed three drones.", [("government", "Syria")]),
        ("Syria recaptures border crossing", [("government", "Syria")]),
        # (not the country a place or a war lies in)
        ("Fighters in northern Syria said they held the town.", []),
        ("Syria war: the talks failed.", []),
        ("Syria's army took the town.", [("government", "Syria's army")]),
    ],
)
def test_a_country_as_a_clauses_doer_is_its_state(actors, text, found):
    assert [(m.actor, m.surface) for m in actors.find(text)] == found


def test_the_state_a_country_names_comes_from_the_table(tmp_path):
    from tests.conftest import DATA

    p = tmp_path / "actors.csv"
    p.write_text(
        (DATA / "actors.csv").read_text(encoding="utf-8")
        + "ruritania,Ruritanian army,Government of Ruritania|Ruritanian army,#123456,government,state\n",
        encoding="utf-8",
    )
    found = [(m.actor, m.surface) for m in load_actors(p).find("Ruritania announced it retook the pass.")]
    assert found == [("ruritania", "Ruritania")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the Arabic article written as it sounds (Syria Direct's "a-Sham", "e-Din") in every alias with "al-"
        ("Nour e-Din a-Zinki forces seized the town.", [("opposition", "Nour e-Din a-Zinki")]),
        (
            "Hay’at Tahrir a-Sham and Ahrar a-Sham clashed.",
            [("hts", "Hay’at Tahrir a-Sham"), ("opposition", "Ahrar a-Sham")],
        ),
        # (and Hezbollah named by what it is)
        ("The Lebanese group captured the village.", [("iran", "The Lebanese group")]),
    ],
)
def test_spellings_of_the_later_read_probes(actors, text, found):
    assert [(m.actor, m.surface) for m in actors.find(text)] == found


# -- eras: names whose side changed on a date --------------------------------------------


def _sides(actors, text, day):
    import datetime as dt

    return [(m.actor, m.surface) for m in actors.dated(text, actors.find(text), dt.date.fromisoformat(day))]


def test_the_shipped_eras_turn_the_old_regime_s_names_into_its_remnants_after_its_fall(actors):
    text = "Assad loyalists attacked the Syrian army and HTS fighters in Jableh."
    assert _sides(actors, text, "2016-03-07") == [
        ("government", "Assad"),
        ("government", "loyalists"),
        ("government", "Syrian army"),
        ("hts", "HTS"),
    ]
    assert _sides(actors, text, "2025-03-07") == [
        ("unidentified", "Assad"),
        ("unidentified", "loyalists"),
        ("government", "Syrian army"),
        ("hts", "HTS"),
    ]
    # (reports of the day of the fall still tell the regime's last fights)
    assert _sides(actors, "The regime shelled Idlib.", "2024-12-08") == [("government", "The regime")]
    assert _sides(actors, "The regime shelled Idlib.", "2024-12-09") == [("unidentified", "The regime")]


def test_a_group_of_no_side_loyal_to_a_side_is_that_side(actors):
    assert _sides(actors, "Druze fighters loyal to the government repelled an attack on Hader.", "2017-11-03") == [
        ("government", "Druze fighters"),
        ("government", "government"),
    ]
    assert _sides(actors, "Tribal fighters allied with the SDF held Dhiban.", "2023-09-02") == [
        ("sdf", "Tribal fighters"),
        ("sdf", "SDF"),
    ]
    assert _sides(actors, "Druze fighters held Hader.", "2017-11-03") == [("unidentified", "Druze fighters")]


def test_an_eras_table_beside_the_actor_table_is_read_and_an_explicit_one_wins(tmp_path):
    from tests.conftest import DATA

    (tmp_path / "actors.csv").write_text((DATA / "actors.csv").read_text(encoding="utf-8"), encoding="utf-8")
    assert load_actors(tmp_path / "actors.csv").eras == ()
    (tmp_path / "actor_eras.csv").write_text(
        "since,actor,names,becomes,note\n2020-01-01,isis,Daesh,unidentified,a test\n", encoding="utf-8"
    )
    beside = load_actors(tmp_path / "actors.csv")
    assert [(e.since.isoformat(), e.actor, e.becomes) for e in beside.eras] == [("2020-01-01", "isis", "unidentified")]
    assert _sides(beside, "Daesh and ISIS fighters", "2021-01-01") == [
        ("unidentified", "Daesh"),
        ("isis", "ISIS fighters"),
    ]
    other = tmp_path / "other.csv"
    other.write_text("since,actor,names,becomes\n2020-01-01,sdf,YPG,opposition\n", encoding="utf-8")
    assert [e.actor for e in load_actors(tmp_path / "actors.csv", eras=other).eras] == ["sdf"]


@pytest.mark.parametrize(
    "row,msg",
    [
        (
            "2024-13-01,government,regime,unidentified",
            r":2: since '2024-13-01' is not a date; write it as YYYY-MM-DD",
        ),
        ("2024-12-08,martians,regime,unidentified", r":2: actor 'martians' is not an actor id"),
        ("2024-12-08,government,regime,martians", r":2: becomes 'martians' is not an actor id"),
        ("2024-12-08,government,regime(,unidentified", r":2: names 'regime\(' is not a regular expression"),
        ("2024-12-08,government,,unidentified", r":2: names is empty"),
    ],
)
def test_bad_era_rows_are_refused_with_file_and_line(tmp_path, row, msg):
    from tests.conftest import DATA

    eras = tmp_path / "eras.csv"
    eras.write_text("since,actor,names,becomes\n" + row + "\n", encoding="utf-8")
    with pytest.raises(ActorError, match=msg) as err:
        load_actors(DATA / "actors.csv", eras=eras)
    assert "eras.csv" in str(err.value)


def test_an_eras_table_without_its_columns_is_refused(tmp_path):
    from tests.conftest import DATA

    eras = tmp_path / "eras.csv"
    eras.write_text("when,who\n2024-12-08,government\n", encoding="utf-8")
    with pytest.raises(ActorError, match="expected columns actor, becomes, names, since; got when, who"):
        load_actors(DATA / "actors.csv", eras=eras)


def test_an_era_row_s_before_column_reads_the_words_right_before_the_mention(actors):
    text = "Gunmen loyal to the former government ambushed government forces near Jableh."
    assert _sides(actors, text, "2025-03-06") == [
        ("unidentified", "Gunmen"),
        ("unidentified", "government"),
        ("government", "government forces"),
    ]
    # (before the fall, the words change nothing)
    assert _sides(actors, "The ousted government of Egypt was not Syria's.", "2013-08-01") == [
        ("government", "government")
    ]


def test_a_bad_before_pattern_is_refused_with_file_and_line(tmp_path):
    from tests.conftest import DATA

    eras = tmp_path / "eras.csv"
    eras.write_text("since,actor,names,before,becomes\n2024-12-09,government,regime,(former,unidentified\n")
    with pytest.raises(ActorError, match=r"eras.csv:2: before '\(former' is not a regular expression"):
        load_actors(DATA / "actors.csv", eras=eras)
