"""Finding mentions: surfaces, cues, traps, areal phrases, unknown names."""

import datetime as dt
import re

import pytest
from conftest import DATA

from geo import Report, find_mentions, resolve_mentions
from geo.gazetteer import load_gazetteer
from geo.toponyms import sentences


def _rep(text, title=""):
    return Report(id="t", date=dt.date(2019, 9, 1), title=title, text=text)


def _surfaces(gaz, actors, text):
    return [m.surface for m in find_mentions(_rep(text), gaz, actors=actors)]


def test_offsets_point_at_the_surface(gaz, actors):
    r = _rep("Regime forces took control of Ma'arrat al-Nu'man and Al-Tamanaa.")
    for m in find_mentions(r, gaz, actors=actors):
        assert r.full_text[m.start : m.end] == m.surface
        assert m.sentence.startswith("Regime forces")


def test_article_belongs_to_the_surface(gaz, actors):
    assert _surfaces(gaz, actors, "Rebels shelled Al-Habit and al-Lataminah.") == ["Al-Habit", "al-Lataminah"]


@pytest.mark.parametrize(
    "text",
    [
        "Hatch (Nasra) withdrew.",
        "Assad forces advanced.",
        "Daesh fighters surrendered.",
        "Russia bombed the area.",
        "Tell me more.",
        "Despite the attack, the road stayed open.",
        "The Damascus government denied it.",
    ],
)
def test_actors_and_common_words_are_not_places(gaz, actors, text):
    assert _surfaces(gaz, actors, text) == []


def test_cues(gaz, actors):
    ms = find_mentions(
        _rep(
            "Jets hit the base of Abu Duhour and the villages of Umm al-Khalakhil and Al-Khuwayn near the M5 highway."
        ),
        gaz,
        actors=actors,
    )
    assert {m.surface: m.cue for m in ms} == {
        "Abu Duhour": "base",
        "Umm al-Khalakhil": "village",
        "Al-Khuwayn": "village",
        "M5 highway": "",
    }


@pytest.mark.parametrize(
    "text,surface,relation,bearing",
    [
        ("Fighting in southeast Idlib.", "southeast Idlib", "sector", 135.0),
        ("Clashes in the northern Hama countryside.", "northern Hama countryside", "sector", 0.0),
        ("Villages east of Maarat al-Numan.", "east of Maarat al-Numan", "wedge", 90.0),
        ("Raids on the countryside of Hama.", "countryside of Hama", "countryside", None),
        ("The triangle between Aleppo, Idlib and Hama.", "between Aleppo, Idlib and Hama", "between", None),
        # compound bearings written the British way are one bearing, not their last half
        ("Front lines in north-west Syria held.", "north-west Syria", "sector", 315.0),
        ("Clashes in the far north-west of Hama.", "far north-west of Hama", "wedge", 315.0),
        (
            "Jets struck the south-eastern countryside of Idlib.",
            "south-eastern countryside of Idlib",
            "countryside",
            135.0,
        ),
        ("Troops moved north east of Kafr Zita.", "north east of Kafr Zita", "wedge", 45.0),
    ],
)
def test_areal_phrases_keep_their_anchors_as_mentions(gaz, actors, text, surface, relation, bearing):
    """An areal phrase is one mention, and each place it names is a mention of its own too
    (marked ``part_of``), so a consumer sees "east of Maarat al-Numan" and "Maarat al-Numan"."""
    m, *anchors = find_mentions(_rep(text), gaz, actors=actors)
    assert (m.surface, m.relation, m.bearing) == (surface, relation, bearing)
    assert m.anchors and [a.surface for a in anchors] == [a.surface for a in m.anchors]
    assert all(a.part_of == relation and m.start <= a.start and a.end <= m.end for a in anchors)


def test_unknown_names_are_kept_not_dropped(gaz, actors):
    ms = find_mentions(
        _rep("The army entered the village of Zarzourat al-Foqa and Tell Qurqur Janubi."), gaz, actors=actors
    )
    assert [m.surface for m in ms] == ["Zarzourat al-Foqa", "Tell Qurqur Janubi"]


@pytest.mark.parametrize(
    "text,name,cue",
    [
        ("Shells fell on Seif al-Dawla neighborhood in Aleppo.", "Seif al-Dawla", "quarter"),
        ("In Bab al-Nairab neighbourhood a massacre killed tens of people.", "Bab al-Nairab", "quarter"),
        ("October 1st: (S1382) Possibly Mashlab neighbourhood of Raqqah city", "Mashlab", "quarter"),
        ("A massacre in Ewijel village in the countryside of Aleppo.", "Ewijel", "village"),
        ("Airstrikes hit the neighbourhood of Bustan al-Qasr.", "Bustan al-Qasr", "quarter"),
    ],
)
def test_an_unknown_name_before_or_after_its_type_word_is_kept(gaz, actors, text, name, cue):
    """ "X neighbourhood", "X village in Y": the name a type word follows is a place the text names, even when
    the gazetteer lacks it (the sentence's first word "In" is not part of it)."""
    got = {m.surface: m for m in find_mentions(_rep(text), gaz, actors=actors)}
    assert name in got and got[name].cue == cue


@pytest.mark.parametrize(
    "text,absent",
    [
        ("Shelling on a Kurdish village in Afrin.", "Kurdish"),
        ("The SDF control the last town of ISIS in Al-Hasaka Province.", "ISIS"),
        ("Hezbollah village in the Qalamoun was shelled.", "Hezbollah"),
        ("The village in Afrin was shelled.", "The"),
    ],
)
def test_adjectives_actors_and_common_words_before_a_type_word_are_no_names(gaz, actors, text, absent):
    assert absent not in _surfaces(gaz, actors, text)


@pytest.mark.parametrize(
    "text,surface,codes",
    [
        ("Shelling near the Syrian-Lebanese border.", "Syrian-Lebanese border", "LB+SY"),
        ("A car bomb near the Syria – Turkey border killed ten.", "Syria – Turkey border", "SY+TR"),
        ("Clashes near the Turkish border.", "Turkish border", "TR"),
        ("The border with Jordan was closed.", "border with Jordan", "JO"),
        ("Warplanes target the border area with Iraq.", "border area with Iraq", "IQ"),
        ("Advances along the Syrian border with Iraq.", "Syrian border with Iraq", "IQ+SY"),
    ],
)
def test_a_border_the_theatre_names_is_one_mention_not_its_countries(gaz, actors, text, surface, codes):
    """The theatre file's ``[borders]`` words before "border" (or after "border with") make one border mention;
    the country names inside it are not mentions of their own."""
    ms = find_mentions(_rep(text), gaz, actors=actors)
    assert [(m.surface, m.relation, m.cue) for m in ms] == [(surface, "border", f"border:{codes}")]


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot by the Turkish border guards.",  # people
        "Shelling on the Turkish border town of Jarablus.",  # a town named next
        "The Idlib border was calm.",  # not a country the theatre names
        "Fighting at the border of Homs and Deir Ezzor.",  # governorates' border: an areal phrase of its own
    ],
)
def test_border_words_that_name_no_border_strip(gaz, actors, text):
    assert all(m.relation != "border" for m in find_mentions(_rep(text), gaz, actors=actors))


def test_every_unknown_name_of_a_list_after_the_villages_of_is_kept(gaz, actors):
    """ "The villages of A, B and C": each name the gazetteer lacks is a mention (listed, never lost), up to the first
    word that is no name or is an actor's ("and SDF fighters advanced" ends it)."""
    ms = find_mentions(
        _rep("Regime forces took the villages of Tell Foo, Kafr Zita and Bar Baz and SDF fighters advanced."),
        gaz,
        actors=actors,
    )
    assert [(m.surface, m.cue) for m in ms] == [("Tell Foo", "village"), ("Kafr Zita", ""), ("Bar Baz", "village")]


def test_hilltops_and_settlements_of_open_a_list_of_names(gaz, actors):
    """ "recaptured the three hilltops of Jabal Zubaydi, Tall Foo and Jabal al-Afa'i", "shelled the settlements of Al
    Jammasiya, Kafer Nbuda and Jalama": each name of the list is typed by it (a hill, a village), so one the gazetteer
    lacks is drawn beside a known one of its list rather than lost."""
    ms = find_mentions(
        _rep("ISIL recaptured the three hilltops of Jabal Zubaydi, Tall Foo and Jabal al-Afa'i on Thursday."),
        gaz,
        actors=actors,
    )
    assert [(m.surface, m.cue) for m in ms][:2] == [("Jabal Zubaydi", "hill"), ("Tall Foo", "hill")]
    rs = {r.mention.surface: r for r in resolve_mentions(ms, gaz)}
    assert rs["Tall Foo"].place is not None and rs["Tall Foo"].place.unlisted
    ms = find_mentions(_rep("Militants shelled the settlements of Al Jammasiya and Kafer Nbuda."), gaz, actors=actors)
    assert [(m.surface, m.cue) for m in ms] == [("Al Jammasiya", "village"), ("Kafer Nbuda", "")]


def test_a_listed_name_that_starts_with_a_known_place_and_goes_on_behind_an_article_is_one_name(gaz, actors):
    """ "the villages of Tarfawi, Hmimat al-Dair and Tabara": Hmimat is a place the gazetteer has (east of Homs), but the
    list names Hmimat al-Dair, a name it lacks — one mention, and "al-Dair" is no place of its own; a bearing or size
    word after the article qualifies the known place ("Daraa al-Balad", "X al-Gharbiah"), and a type word after the
    name ("Al Qastal Al Ghazi village") keeps the gazetteer's place under a longer name."""
    assert _surfaces(gaz, actors, "Regime forces took the villages of Tarfawi, Hmimat al-Dair and Tabara.") == [
        "Tarfawi",
        "Hmimat al-Dair",
        "Tabara",
    ]
    # (Daraa al-Balad, once here, is a gazetteer row since stop 56: "Nawa al-Balad" is of the same shape)
    assert _surfaces(gaz, actors, "Regime forces took the villages of Kafr Zita and Nawa al-Balad.") == [
        "Kafr Zita",
        "Nawa",
    ]
    assert _surfaces(gaz, actors, "Regime forces took the town of Harrah al-Gharbiah.") == ["Harrah"]
    assert "Al Qastal" in _surfaces(gaz, actors, "(S561) Al Qastal Al Ghazi village, east of Hama, Hama governorate")


@pytest.mark.parametrize(
    "text,surface",
    [
        # a first word the gazetteer lacks: the whole is one name, not the place its article's name is
        ("Also, the towns of Mutawasita, Khiara, and Kafrya al-Ma’ara have fallen to the army.", "Kafrya al-Ma’ara"),
        ("The army seized the towns of Bargheiteh, Tuweil Al-Haleeb and Tal Khatrah.", "Tuweil Al-Haleeb"),
        # (a sentence that lists many names is no Title Case headline: its verbs and nouns are lower-case)
        (
            "The Syrian Army seized the towns of Jdeideh, Bargheiteh, Salhiyah, Tuweil Al-Haleeb, Tal Khatrah, and "
            "Sukariyeh.",
            "Tuweil Al-Haleeb",
        ),
        ("Militants stormed homes in the southern part of the Aqareb al-Safi village.", "Aqareb al-Safi"),
        ("Jam’eyyat al-Zahra’a is witnessing the fiercest battles.", "Jam’eyyat al-Zahra’a"),
        # a possessive, an everyday word, a place, an actor's word, an adjective or the noun of a spot: the name alone
        ("Turkish soldier killed in Syria's Al Bab.", "Al Bab"),
        ("Bombing al-Marj in the Eastern Ghouta.", "al-Marj"),
        ("Unidentified warplanes target the border area with Iraq al-Tanf.", "al-Tanf"),
        ("Clashes broke out in Kurdish al-Hasakah.", "al-Hasakah"),
        ("(S1398) الحديقة البيضاء al Hadika al Baidaa, Raqqah city, Raqqah governorate, Syria", "al Baidaa"),
        # (nor a weekday, a month or a verb, capitalised at a sentence's start or in a Title Case headline)
        ("On Tuesday al-Sheikh Maskin was retaken by the army.", "al-Sheikh Maskin"),
        ("In January al-Dana came under repeated Russian airstrikes.", "al-Dana"),
        ("Syrian Army Recaptures al-Qaryatayn From Islamic State", "al-Qaryatayn"),
        ("Army Retakes Al-Eis", "Al-Eis"),
        ("Recapturing al-Eis cost the army dozens of men.", "al-Eis"),
    ],
)
def test_a_capitalised_word_the_gazetteer_lacks_before_an_article_makes_one_longer_name(gaz, actors, text, surface):
    assert surface in _surfaces(gaz, actors, text)


@pytest.mark.parametrize(
    "text,absent",
    [
        ("From inside Saraqeb, activist Taher al-Omar said the town is under opposition control.", "al-Omar"),
        ("Ahrar al-Sham arrested the attorney Abdul Salam al-Qasim on Sunday.", "al-Qasim"),
        # (a man's "Abu" by-name before the nisba of where he is from)
        ("Emir Abu Omar al-Shishani led the assault on Menagh airbase.", "Abu Omar"),
    ],
)
def test_a_family_name_after_a_given_name_is_no_place(gaz, actors, text, absent):
    assert absent not in _surfaces(gaz, actors, text)


def test_a_bearing_of_a_sides_stronghold_is_an_areal_phrase_but_not_of_a_key_town(gaz, actors):
    """ "south of the ISIS stronghold of Deir Hafer" is read as "south of Deir Hafer" (the side's word between "the" and
    "of" drops out); "west of the key town of Azaz", after a distance, stays the landmark it was."""
    assert "south of the ISIS stronghold of Deir Hafer" in _surfaces(
        gaz, actors, "Another village to the south of the ISIS stronghold of Deir Hafer was recaptured today."
    )
    assert "west of the key town of Azaz" not in _surfaces(
        gaz, actors, "Kurdish forces seized the town of Tal Rifaat, about 20 km west of the key town of Azaz."
    )


@pytest.mark.parametrize(
    "text,names",
    [
        ("Faylaq Sham take control of Al-Toqli & Dudiyan in north CS.", ["Al-Toqli", "Dudiyan"]),
        ("SDF fighters captured Kharba and al Hussieniya north of Suwar town", ["Kharba", "al Hussieniya"]),
        ("The regime forces re-control Manasher Tellfoo", ["Manasher Tellfoo"]),
        ("Rebels retook Tell Foo, Kafr Zita and Bar Baz.", ["Tell Foo", "Kafr Zita", "Bar Baz"]),
        ("The regime forces re-captured Tell Foo and Alexandria", ["Tell Foo", "Alexandria"]),
        # (a place "Sayza" in the gazetteer once hid the verb "seized")
        ("Faylaq Sham seized Al-Toqli & Bar Baz in north CS.", ["Al-Toqli", "Bar Baz"]),
        ("Faylaq Sham seize Al-Toqli & Bar Baz", ["Al-Toqli", "Bar Baz"]),
        ("Took control of Tell Foo at dawn.", ["Tell Foo"]),
        # an actor's name, an adjective, an everyday word or a lower-case word is no object that names a place
        ("Militant factions take control of ISIS sites in Al-Tal", []),
        ("Turkey-backed FSA captures Syrian village of Qundarah from Daesh", []),
        ("The rebels took Tuesday off; they seized weapons.", []),
        # a word that only contains a verb's letters ("mistake", "Takfiri") is no verb
        ("A mistake Tell Foo made; Takfiri Bar Baz fighters", []),
        # a source after the list, or a stop word, is no item of it
        ("The army took Tell Foo and Bar Baz, SANA said.", ["Tell Foo", "Bar Baz"]),
        ("ISIS fighters are moving towards capturing Tell Foo, SOHR said.", ["Tell Foo"]),
    ],
)
def test_a_captures_object_the_gazetteer_lacks_is_kept(gaz, actors, text, names):
    """The object of a capture ("took control of X", "captured X and Y") is a mention even when the gazetteer lacks
    it (cue ``object``): a reported capture is drawn where its list puts it, or listed unresolved, never lost.  A
    name the gazetteer has is marked so too when the list names it whole (the resolver draws it as an object only
    when no place of that name lies in the area of interest: "Maardis and Alexandria")."""
    ms = find_mentions(_rep(text), gaz, actors=actors)
    assert [m.surface for m in ms if m.cue == "object"] == names


def test_batch_equals_one_by_one(gaz, actors):
    from geo import find_mentions_many

    reps = [_rep("Shelling hit Kafr Zita."), _rep(""), _rep("Khan Sheikhoun fell. Hama is calm.")]
    assert [[m.surface for m in ms] for ms in find_mentions_many(reps, gaz, actors=actors)] == [
        [m.surface for m in find_mentions(r, gaz, actors=actors)] for r in reps
    ]


def test_a_name_never_runs_into_the_next_report_or_word(gaz, actors):
    """ "Aleppo" ends one report and "Airports" starts the next: the batch must not read
    "Aleppo Airport"; inside one text the longest key that ends at a word end wins."""
    from geo import find_mentions_many

    reps = [_rep("Clashes continued west of Aleppo."), _rep("Airports in the north were closed.")]
    got = [[m.surface for m in ms] for ms in find_mentions_many(reps, gaz, actors=actors)]
    assert got[0] and got[0][-1].endswith("Aleppo") and got[1] == []
    assert _surfaces(gaz, actors, "Planes left Aleppo. Airports were closed.") == ["Aleppo"]


@pytest.mark.parametrize(
    "text,names",
    [
        # "the Lat…" and "the Ka…" spell the start of foreign names in the gazetteer ("Za Lat", "Za Ka"): the
        # matcher's longest key runs from "the" into the next word, is refused, and must not hide the name inside it
        ("Clashes near the Latakia road and shelling on the Kafr Nabl.", ["Latakia", "Kafr Nabl"]),
        ("Clashes in the Latakia Mountains; the Latakia city is calm.", ["Latakia Mountains", "Latakia"]),
    ],
)
def test_a_refused_match_does_not_hide_the_name_that_starts_inside_it(gaz, actors, text, names):
    assert _surfaces(gaz, actors, text) == names


def test_batch_equals_one_by_one_across_character_paths(gaz, actors):
    """The batch lower-cases and scans all texts at once (UTF-16 code points); texts
    with characters whose lower case is longer (İ) or context-dependent (Σ), or beyond
    the BMP (emoji: the whole batch takes the UTF-32 path), must give exactly what
    each gives alone, offsets included."""
    from geo import find_mentions_many

    texts = [
        "İdlib countryside: shelling hit Kafr Zita and the village of Tell Qurqur Janubi.",
        "ΣΟΣ: jets struck southeast Idlib and the base of Abu Duhour.",
        "🔥 Clashes near Saraqib and east of Maarat al-Numan 🔥, then in the villages of Al-Habit.",
        "Regime forces took Khan Sheikhoun; fighting between Aleppo, Idlib and Hama.",
    ]
    reps = [Report(id=f"r{i}", date=dt.date(2019, 9, 1), title="", text=t) for i, t in enumerate(texts)]

    def fields(ms):
        return [
            (
                m.surface,
                m.start,
                m.end,
                m.key,
                m.sentence,
                m.sentence_start,
                m.cue,
                m.relation,
                m.bearing,
                tuple(a.key for a in m.anchors),
            )
            for m in ms
        ]

    together = find_mentions_many(reps, gaz, actors=actors)
    without_emoji = find_mentions_many([r for i, r in enumerate(reps) if i != 2], gaz, actors=actors)
    alone = [find_mentions(r, gaz, actors=actors) for r in reps]
    assert [fields(ms) for ms in together] == [fields(ms) for ms in alone]
    assert [fields(ms) for ms in without_emoji] == [fields(ms) for i, ms in enumerate(alone) if i != 2]
    for r, ms in zip(reps, together):
        assert ms, r.text
        for m in ms:
            assert r.full_text[m.start : m.end] == m.surface
    assert {m.key for m in together[0] if m.surface == "Tell Qurqur Janubi"} == {"tal kurkur janubi"}


# real headlines of the development part of the events gold set (tests/data/events_gold/dev.jsonl)
@pytest.mark.parametrize(
    "text,surface,relation,bearing",
    [
        (
            "Syria Democratic Forces continue their military operation and control more villages east of "
            "Euphrates River",
            "east of Euphrates River",
            "river-side",
            90.0,
        ),
        (
            "Clashes east of Euphrates between the “Jazeera Storm” Operation and the “Islamic State” Organization",
            "east of Euphrates",
            "river-side",
            90.0,
        ),
        (
            "ISIS fights desperately to repel the advancement of the regime forces after it was confined in two "
            "pockets in the west of the Euphrates River and the Russian target its positions by air force",
            "west of the Euphrates River",
            "river-side",
            270.0,
        ),
        (
            "With the continuation of military operation, the Syria Democratic Forces control a new village on the "
            "Euphrates banks and try to control villages and towns of Sh’aytat",
            "Euphrates banks",
            "river-banks",
            None,
        ),
        (
            "The violent clashes renewed at the southern banks of Euphrates and SDF seeks to expand their control "
            "after besieging Tabaqa city",
            "southern banks of Euphrates",
            "river-banks",
            180.0,
        ),
        (
            "The regime forces extend their scope of control in the sixth day of crossing the Euphrates River in "
            "the eastern banks.",
            "Euphrates River in the eastern banks",
            "river-banks",
            90.0,
        ),
        (
            "Continuous clashes in the neighborhoods of Deir Ezzor city, al-Asharah area and the eastern banks of "
            "the Euphrates River",
            "eastern banks of the Euphrates River",
            "river-banks",
            90.0,
        ),
    ],
)
def test_river_phrases_are_areas_without_a_point_for_the_river(gaz, actors, text, surface, relation, bearing):
    """A phrase anchored on a river is one areal mention; the river anchors it but is not a
    mention of its own (it is a line, there is no point to put it at)."""
    ms = find_mentions(_rep(text), gaz, actors=actors)
    (area,) = [m for m in ms if m.relation]
    assert (area.surface, area.relation, area.bearing) == (surface, relation, bearing)
    (river,) = area.anchors
    assert river.cue == "river" and river.surface.startswith("Euphrates") and area.start <= river.start
    assert not any("Euphrates" in m.surface for m in ms if m is not area)


def test_a_river_named_on_its_own_is_marked_and_its_other_names_are_left_alone(gaz, actors):
    def by_surface(text):
        return {m.surface: m for m in find_mentions(_rep(text), gaz, actors=actors)}

    crossing = by_surface("Boats crossing the Euphrates near Al-Mayadin were shelled.")
    assert crossing["Euphrates"].cue == "river" and not crossing["Euphrates"].relation
    # (dev headlines) the lake and the dam keep their names; an operation is no place
    lake = by_surface("Regime forces enter the administrative border of Al-Raqqah, aims to get to the Euphrates Lake")
    assert lake["Euphrates"].cue != "river"
    dam = by_surface("an offensive to secure their advancement towards the strategic Dam of Euphrates near al-Tabaqa")
    assert dam["Euphrates"].cue != "river"
    shield = by_surface(
        "Continuous clash between The Syria Democratic Forces against the factions of “Euphrates Shield”"
    )
    assert not any("Euphrates" in s for s in shield)


# Wire spellings the gazetteer reaches by a spelling rule, an alias or a curated row (data/gazetteer):
# headlines of the development part of the UCDP GED Syria file (row id first; bench/_ucdp.py::is_dev)
# with UCDP's point for the place, or the place's row where UCDP coded the event elsewhere.
@pytest.mark.parametrize(
    "ucdp_id,text,surface,point",
    [
        (
            216487,
            "YPG control Menagh village and violent clashes in the town of Kfrnaya",
            "Kfrnaya",
            (36.4199, 37.0720),
        ),
        (
            228473,
            "ISIS claim responsibility for suicidal attack on rebels meeting in Enkhil Daraa",
            "Enkhil",
            (33.0180, 36.1281),
        ),
        (
            219486,
            "SOHR: ISIS recaptures north Aleppo's Ghazal and Yani Yaban villages from rebels",
            "Yani Yaban",
            (36.6172, 37.2667),
        ),
        (234051, "the Syria Democratic Forces control Heisha village", "Heisha", (36.3383, 39.0200)),
        (
            316385,
            "43 martyrs in the massacre carried out by the warplanes in the town of Giroud",
            "Giroud",
            (33.8071, 36.7386),
        ),
        (
            242778,
            "Tension and clashes between Ahrar al-Sham and Hayyaat Tahrir al-Sham in Atamah",
            "Atamah",
            (36.3111, 36.6864),
        ),
        (
            251580,
            "The forces of “Al-Jazeera Storm” operation completely control Al-Sor and start to sweep the town",
            "Al-Sor",
            (35.5060, 40.6567),
        ),
        (
            317852,
            "Martyrs and wounded in air strikes targeting Idlib countryside and shells on areas in Aleppo and Marea",
            "Marea",
            (36.4826, 37.1971),
        ),
        (313703, "renewed clashes in the city of Addameer, east of the capital.", "Addameer", (33.6440, 36.6940)),
        (
            246549,
            "continue their operation to secure the corridor reaching to Brigade 137",
            "Brigade 137",
            (35.3204, 40.0423),
        ),
        (
            253500,
            "the forces loyal to the regime take the control of the strategic Second Station ((T 2))",
            "T 2",
            (34.3764, 40.1522),
        ),
        (
            316318,
            "Syrian Democratic Forces take control of parts of Al-Hzwana neighborhood in Manbej city",
            "Al-Hzwana",
            (36.5231, 37.9486),
        ),
        (216987, "Continued clashes in Bala area", "Bala", (33.4894, 36.4213)),
        (
            319289,
            "wounded people were injured in renewed shelling of the Sheikh Maksoud neighborhood",
            "Sheikh Maksoud",
            (36.2361, 37.1517),
        ),
    ],
)
def test_wire_spellings_place_their_towns(gaz, actors, ucdp_id, text, surface, point):
    from geo import resolve_mentions
    from geo.geometry import distance_km

    placed = {r.mention.surface: r.place for r in resolve_mentions(find_mentions(_rep(text), gaz, actors=actors), gaz)}
    assert surface in placed, (ucdp_id, sorted(placed))
    p = placed[surface]
    assert float(distance_km(p.lat, p.lon, *point)) < 2.0, (ucdp_id, p)


def test_maarat_alone_is_still_a_word_not_marea(gaz, actors):
    # "Marea" and "Maarat" share a skeleton (the construct -at is folded away); the word needs its t
    assert "Maarat" not in _surfaces(gaz, actors, "Fighters withdrew from the Maarat front at dawn.")
    assert "Ma'arrat" not in _surfaces(gaz, actors, "Shelling hit Ma'arrat on Sunday.")


# -- epithets: places the press names by a description (data/theatre.toml's [[epithets]])


def _on(day, text):
    return Report(id="t", date=day, title="", text=text)


def test_an_epithet_names_its_place_on_the_days_it_means_it(gaz, actors):
    from geo.gazetteer import EPITHET_KEY

    text = "Clashes renew in the hometown of the regime’s Minister of Defense and shelling on the jungle plain."
    ms = find_mentions(_on(dt.date(2017, 10, 5), text), gaz, actors=actors)
    assert [m.surface for m in ms] == ["hometown of the regime’s Minister of Defense", "jungle plain"]
    assert all(m.key.startswith(EPITHET_KEY) for m in ms)
    assert [gaz.index[m.key][0] for m in ms] == [gaz.by_id["ucdp:rahjan@35.41,37.43"], gaz.by_id["sy:ghab-plain"]]
    # machine translation's "mountains of Kurds and Turkmen": one area, at Jabal al-Akrad
    (m,) = find_mentions(_on(dt.date(2016, 3, 1), "Regime forces shell the mountains of Kurds and Turkmen"), gaz)
    assert (m.surface, gaz.places[gaz.index[m.key][0]].id) == ("mountains of Kurds and Turkmen", "sy:jabal-al-akrad")
    # after al-Freij left the ministry the phrase means another village; the plain is the plain on any day
    later = find_mentions(_on(dt.date(2019, 9, 1), text), gaz, actors=actors)
    assert [m.surface for m in later] == ["jungle plain"]


def test_an_epithet_wins_over_a_name_inside_it_and_stands_alone(gaz, actors):
    day = dt.date(2017, 6, 20)
    text = "The SDF besiege the capital and stronghold of the “Islamic State” organization in Syria."
    ms = find_mentions(_on(day, text), gaz, actors=actors)  # not "the capital" (Damascus)
    assert [m.surface for m in ms] == ["capital and stronghold of the “Islamic State” organization", "Syria"]
    assert gaz.places[gaz.index[ms[0].key][0]].name == "Raqqa"
    # a report that names nothing else is still read for it
    only = find_mentions(
        _on(day, "Missiles target the birthplace of the head of the Syrian regime"), gaz, actors=actors
    )
    assert [gaz.places[gaz.index[m.key][0]].name for m in only] == ["Qardaha"]
    (placed,) = resolve_mentions(only, gaz)  # the reason a person reads in the popup says why
    assert placed.place.name == "Qardaha" and "[[epithets]]" in placed.why
    # after Raqqa fell, "the capital of the Islamic State" names no place of the theatre
    assert not find_mentions(_on(dt.date(2018, 1, 5), "Raids on the capital of the Islamic State"), gaz, actors=actors)


def test_the_fast_test_for_epithets_finds_the_reports_the_patterns_find(gaz, monkeypatch):
    import json

    import numpy as np

    from geo.gazetteer import _needed_words
    from geo.toponyms import _described

    # the words one of which every match must contain: a word of each branch, none from an optional part
    assert _needed_words("jungle\\s+plain") == ({"jungle"}, {"plain"})
    assert _needed_words("(?:foo bar|[a-z]+ville)") == ({"foo", "ville"},)
    assert _needed_words("x(?:abcd)*") is None and _needed_words("[A-Z]\\w+") is None
    gold = DATA.parent / "tests" / "data" / "events_gold"
    texts = [json.loads(line)["text"] for f in sorted(gold.glob("*.jsonl")) for line in f.open(encoding="utf-8")]
    texts += ["Shelling on the JUNGLE PLAIN", "the Hometown of the Regime's Defence Minister", "Al-Khair State"]
    joined = "\x00".join(texts)
    offsets = np.cumsum([0] + [len(t) + 1 for t in texts[:-1]])
    fast = _described(texts, joined, offsets, gaz)
    monkeypatch.setattr(gaz, "epithet_needs", (None,) * len(gaz.epithets))  # the patterns over the whole batch
    assert fast == _described(texts, joined, offsets, gaz) and {len(texts) - 3, len(texts) - 1} <= fast
    assert len(fast) > 10


def test_the_gazetteer_cache_keeps_the_epithets(tmp_path):
    first = load_gazetteer(directory=DATA / "gazetteer", cache_dir=tmp_path)
    again = load_gazetteer(directory=DATA / "gazetteer", cache_dir=tmp_path)  # read from the cache
    assert again is not first and again.epithet_records == first.epithet_records
    assert len(first.epithet_records) == 9 and [p.pattern for p, *_ in again.epithets] == [
        p.pattern for p, *_ in first.epithets
    ]


# -- "the capital": the theatre's capital (data/theatre.toml's capital key)


def test_the_capital_is_the_theatres_capital_and_anchors_areal_phrases(gaz, actors):
    from geo.gazetteer import CAPITAL_KEY

    ms = find_mentions(
        _rep("Shelling south of the capital and raids on the Syrian capital's outskirts."), gaz, actors=actors
    )
    area, capital, syrian = ms[0], ms[1], ms[2]
    assert (area.surface, area.relation, area.bearing) == ("south of the capital", "wedge", 180.0)
    assert (capital.surface, capital.key, capital.part_of) == ("the capital", CAPITAL_KEY, "wedge")
    assert [a.surface for a in area.anchors] == ["the capital"]
    assert syrian.surface == "the Syrian capital" and syrian.key == CAPITAL_KEY


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan spoke in the Turkish capital on Monday.",
        "The capital of the so-called state witnessed fighting.",
        "Raids on the capital city of the so-called state.",
        "Capitalism and capital-based funds.",
        "Talks in the capital Ankara on Monday.",  # a name the gazetteer does not know carries the mention
        "Talks in the capital, Moscow, on Monday.",
        "Ankara, the capital, said nothing.",
    ],
)
def test_another_capital_is_not_the_theatres(gaz, actors, text):
    assert _surfaces(gaz, actors, text) == []


def test_the_capital_followed_by_its_name_is_one_mention_of_the_city(gaz, actors):
    ms = find_mentions(_rep("An explosion west of the capital Damascus."), gaz, actors=actors)
    assert [(m.surface, m.relation, m.cue) for m in ms] == [
        ("west of the capital Damascus", "wedge", "city"),
        ("Damascus", "", "city"),
    ]


def test_a_word_glued_to_a_semicolon_is_still_read(gaz, actors):
    # UCDP joins the headlines of one event with ";" and no space (UCDP 242985, 243904: development part)
    text = "30 killed by coalition airstrikes targeted Raqqa countryside;March 8th 2017: (S490) Al Bu Rashed village"
    found = {m.surface: m for m in find_mentions(_rep(text), gaz, actors=actors)}
    assert found["Raqqa countryside"].relation == "countryside"
    assert found["Raqqa"].part_of == "countryside"
    text = "SDF’s control of a new village south of Al-Raqqah city;62 persons were killed yesterday"
    found = {m.surface: m for m in find_mentions(_rep(text), gaz, actors=actors)}
    assert found["south of Al-Raqqah"].relation == "wedge" and found["Al-Raqqah"].cue == "city"
    # the words before a name too: "yesterday;eastern Aleppo" has its bearing
    found = {
        m.surface: m for m in find_mentions(_rep("12 killed yesterday;eastern Idlib was shelled"), gaz, actors=actors)
    }
    assert found["eastern Idlib"].relation == "sector"


def test_an_arabic_name_glossed_in_latin_is_the_whole_arabic_name(gaz, actors):
    # UCDP 254502 (development part): Airwars writes the Arabic name, then its Latin gloss; "حمرة" alone
    # (Al-Hamra, a village in Hama) is only the first word of "حمرة ناصر", Hamra Nasser in Raqqa
    text = "February 11th 2017: (S431) حمرة ناصر  Hamra Nasser village, Raqqa governorate, Syria"
    surfaces = _surfaces(gaz, actors, text)
    assert "حمرة ناصر" in surfaces and "حمرة" not in surfaces
    # "and" or a preposition ends a name: "الصالحية و السوسة و غرانيج" is a list of three (UCDP 246157)
    text = "June 28th 2017: (S976) الصالحية و السوسة و غرانيج Al Salhiya and Ghranij, Deir Ezzor governorate"
    assert "السوسة" in _surfaces(gaz, actors, text)
    # an Arabic name with no Latin after it is left as found
    assert "حمرة" in _surfaces(gaz, actors, "قصف على حمرة ناصر في ريف الرقة")


def test_the_capital_city_of_a_name_is_a_phrase_about_the_city(gaz, actors):
    ms = find_mentions(_rep("Fighting north of the capital city of Damascus."), gaz, actors=actors)
    assert [(m.surface, m.relation, m.bearing, m.cue) for m in ms] == [
        ("north of the capital city of Damascus", "wedge", 0.0, "city"),
        ("Damascus", "", None, "city"),
    ]


def test_an_arabic_name_glossed_in_a_list_is_the_first_word_alone(gaz, actors):
    # "حلب وإدلب Aleppo and Idlib": "and" glued to the second name ends the first; a type word does too
    assert _surfaces(gaz, actors, "Strikes on حلب وإدلب Aleppo and Idlib.")[:1] == ["حلب"]
    assert _surfaces(gaz, actors, "Strikes on سراقب مدينة Saraqib city.")[:1] == ["سراقب"]


def test_a_line_that_starts_a_64k_chunk_is_a_sentence_of_its_own(gaz, actors):
    # the finder reads long texts in 64 KiB chunks cut after a newline; the line after the cut must not be joined
    # to the line before it
    filler = "Nothing of note happened today in the region\n"
    line = "Regime forces shelled Kafr Zita on Tuesday\n"
    for k in range(1440, 1470):  # wherever the cut falls, some k puts the line right after it
        text = filler * k + line + filler * (2000 - k)
        (m,) = find_mentions(_rep(text), gaz, actors=actors)
        assert m.sentence == line.strip() and text[m.sentence_start :].startswith(line), (k, m.sentence)
        assert (m.sentence, m.sentence_start) in sentences(text)


def test_a_months_abbreviation_before_a_day_ends_no_sentence():
    from geo.toponyms import sentences

    # AP style: "Feb. 27", "Sept. 3" go on; a stop before any other number, or after a month with no day, still ends one
    assert sentences("The YPG announced Feb. 27 it had seized Tell Tamr. Then it moved on.") == [
        ("The YPG announced Feb. 27 it had seized Tell Tamr.", 0),
        ("Then it moved on.", 51),
    ]
    assert [s for s, _ in sentences("It fell on Sept. 3 to the army.")] == ["It fell on Sept. 3 to the army."]
    assert [s for s, _ in sentences("Clashes in Idlib. 20 killed in Hama.")] == [
        "Clashes in Idlib.",
        "20 killed in Hama.",
    ]
    assert [s for s, _ in sentences("Talks ended in Dec. Idlib was calm.")] == [
        "Talks ended in Dec.",
        "Idlib was calm.",
    ]
    assert [s for s, _ in sentences("Raids hit XFeb. 3 sites.")] == ["Raids hit XFeb.", "3 sites."]


def test_initials_end_no_sentence():
    from geo.toponyms import sentences

    # "The U.S. Air Force has bombarded …" is one sentence; a name's single initial and a stop after a word still end one
    assert [s for s, _ in sentences("The U.S. Air Force bombed Raqqa. The U.N. Security Council met.")] == [
        "The U.S. Air Force bombed Raqqa.",
        "The U.N. Security Council met.",
    ]
    assert [s for s, _ in sentences("Clashes hit Idlib. A man was killed in Hama.")] == [
        "Clashes hit Idlib.",
        "A man was killed in Hama.",
    ]


def test_a_mans_name_is_no_place(gaz, actors):
    # a title before a name, and the origin that ends a by-name ("Abu Jaafar al-Homsi": from Homs)
    assert _surfaces(gaz, actors, "Aerial bombardment kills the Doctor Hussein al-Aaraj") == []
    assert _surfaces(gaz, actors, "Mysterious circumstances surrounding the death of Abu Jaafar al-Homsi") == []
    # places whose names start with Abu stay places
    assert _surfaces(gaz, actors, "Clashes in Abu al-Duhur and near Abu Dali") == ["Abu al-Duhur", "Abu Dali"]
    # a family name after a capitalised given name ("Khaled Harah, a volunteer": a man, not the village Harah)
    assert _surfaces(gaz, actors, "Khaled Harah, a White Helmets volunteer, was killed in Aleppo") == ["Aleppo"]
    assert _surfaces(gaz, actors, "Regime forces arrested Ahmed Othman in Hama") == ["Hama"]
    # places that begin with a given name are matched whole, and the family name alone stays a place
    assert _surfaces(gaz, actors, "The regime shelled Tell Hassan and Ain Issa") == ["Tell Hassan", "Ain Issa"]
    assert _surfaces(gaz, actors, "Warplanes struck Harah and Othman on Friday") == ["Harah", "Othman"]
    # the given name itself before a family name is the man's, not a village of that name ("Salim Omar, a local
    # journalist"; "a civilian named Ali Haydar"); a given name alone or before a type word stays a place
    assert _surfaces(gaz, actors, "Salim Omar, a local journalist, said Aleppo was shelled") == ["Aleppo"]
    assert _surfaces(gaz, actors, "They kidnapped a civilian named Ali Haydar in Afrin") == ["Afrin"]
    assert _surfaces(gaz, actors, "Warplanes struck Rami and Salim village") == ["Rami", "Salim"]


def test_an_unnamed_countryside_is_read_back_from_its_word():
    from geo.toponyms import _bare_countrysides

    text = "its countryside and the countryside of Hama and its north-eastern countryside; the countrysides, the countryside's"
    assert [(m.group(), m.group(1)) for m in _bare_countrysides(text)] == [
        ("its countryside", None),
        ("its north-eastern countryside", "north-eastern"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Clashes in its countryside and the countryside of Hama and its north-eastern Countryside",
        "The COUNTRYSIDE; its western countryside's edge, the countrysides",
        "its countryſide and the southern countryside",  # ſ: read as s by the case-blind pattern, kept by lower()
        "İts countryside",
        "no such word",
    ],
)
def test_the_countryside_word_is_found_as_the_pattern_finds_it(text):
    # the finder looks for the word in the lower-cased text first: the same phrases as the case-blind pattern alone
    from geo.toponyms import _bare_countrysides

    low = text.lower() if len(text.lower()) == len(text) else None
    assert [m.span() for m in _bare_countrysides(text, low)] == [m.span() for m in _bare_countrysides(text)]


@pytest.mark.parametrize(
    "text",
    ["Kafr Nabl - Saraqib road", "Homs to Palmyra highway", "Maar-Shurin", "Aleppo\tto Idlib", "Aleppo towards", "A"],
)
def test_the_dash_test_passes_every_text_a_dash_gap_or_hyphen_needs(text):
    # a necessary test before the compounds are read: a dash anywhere, or "to" between white space
    from geo.toponyms import _may_join

    assert _may_join(text) == (re.search(r"[-‐–—]|\sto\s", text) is not None)


@pytest.mark.parametrize(
    "text",
    [
        "Russian jets renew bombardment on “Putin-Erdogan” area",
        "Regime forces shell several towns in Putin-Eroghan area",
        "Airstrikes target the area of “Putin – Erdogan”",
        "“De-escalation zone” | Regime forces renew shelling on Kafr Zita",
        "Tense calm prevails the “de-escalation” area",
    ],
)
def test_the_idlib_zone_by_its_press_names_after_the_southern_zones_fell(gaz, actors, text):
    (m, *_) = find_mentions(_on(dt.date(2021, 7, 12), text), gaz, actors=actors)
    assert gaz.places[gaz.index[m.key][0]].id == "sy:idlib-de-escalation-zone"
    assert not m.surface.startswith("“")
    # in 2017 four zones bore that name: "the de-escalation zone" is none of them in particular
    if "scalation" in text:
        before = find_mentions(_on(dt.date(2017, 6, 1), text), gaz, actors=actors)
        assert "sy:idlib-de-escalation-zone" not in {gaz.places[gaz.index[x.key][0]].id for x in before}


def test_places_named_after_namely_are_the_objects_of_a_capture(gaz, actors):
    """ "captured two other villages in the Idlib province, namely al-Sheikh Dames and Hantoteen": the names after
    "namely" (or ", including") are the capture's objects, found even when the gazetteer lacks them."""
    text = "The army captured two other villages in the Idlib province, namely Foo al-Bar and Hantutin."
    found = {m.surface: m.cue for m in find_mentions(_on(dt.date(2019, 12, 24), text), gaz, actors=actors)}
    assert found.get("Foo al-Bar") == "object" and "Hantutin" in found
    # (and after ", including": "capture thirteen villages from the SDF, including Foo al-Bar, Baz Sharqi and …")
    text = "Turkish forces captured thirteen villages from the SDF, including Foo al-Bar, Baz Sharqi and Tell Abyad."
    found = {m.surface: m.cue for m in find_mentions(_on(dt.date(2019, 10, 14), text), gaz, actors=actors)}
    assert found.get("Foo al-Bar") == "object" and found.get("Baz Sharqi") == "object"


def test_a_bearing_of_the_town_of_x_is_the_ground_that_side_of_x(gaz, actors):
    """ "west of the town of Tell Abyad" is read as "west of Tell Abyad" (an areal phrase anchored on the town); "the
    outskirts of the village of X" stays the village's own edge."""
    text = "Turkish forces shelled areas west of the town of Tell Abyad."
    found = {m.surface: m.relation for m in find_mentions(_on(dt.date(2019, 10, 14), text), gaz, actors=actors)}
    assert found.get("west of the town of Tell Abyad") == "wedge"


def test_a_name_before_news_or_agency_is_an_outlet(gaz, actors):
    """ "Hawar News Agency (ANHA) reported": the name of an outlet, not the village Hawar; the place of the news is
    still found."""
    text = (
        "A Turkish drone attack in the city of Qamishli left several people injured, Hawar News Agency (ANHA) reported."
    )
    found = [m.surface for m in find_mentions(_on(dt.date(2019, 10, 21), text), gaz, actors=actors)]
    assert "Qamishli" in found and "Hawar" not in found
    found = [m.surface for m in find_mentions(_on(dt.date(2019, 10, 21), "Clashes near Hawar on Monday."), gaz)]
    assert found == ["Hawar"]


def test_a_countrys_province_named_after_it_is_that_province(gaz, actors):
    """ "in Syria's northwestern province of Idlib": the province is named next, so the phrase is Idlib's province,
    not the north-west of the country; "Syria's northwestern province" alone stays the country's part."""
    text = "Russian warplanes struck a market in Syria's northwestern province of Idlib on Monday."
    found = [m.surface for m in find_mentions(_on(dt.date(2019, 7, 6), text), gaz, actors=actors)]
    assert "province of Idlib" in found and "Syria's northwestern province" not in found
    text = "Clashes broke out in Syria's northwestern province."
    found = [m.surface for m in find_mentions(_on(dt.date(2019, 7, 6), text), gaz, actors=actors)]
    assert found[0] == "Syria's northwestern province" and "province of Idlib" not in found


def test_no_sentence_ends_after_a_title_or_a_mountains_abbreviation():
    """ "airstrikes in many points of Afrin, including Mt. Baflun, … the towns of Sheran and Jandaris" is one sentence
    (the places after "Mt." were read as another sentence's, with no event word); so is "Gen. Suheil al-Hassan said"."""
    from geo.toponyms import sentences

    text = "Jets struck points of Afrin, including Mt. Baflun and Jandaris. Gen. Suheil al-Hassan said so. Next."
    assert [s for s, _ in sentences(text)] == [
        "Jets struck points of Afrin, including Mt. Baflun and Jandaris.",
        "Gen. Suheil al-Hassan said so.",
        "Next.",
    ]


def test_a_spokesman_and_a_given_name_before_a_family_name(gaz, actors):
    """ "SDF spokesman Talal Sello said …": a man, not the village Selo (a given name, and a spokesman's title,
    before a capitalised word)."""
    text = "SDF spokesman Talal Sello said in a statement that the SDF captured Morek."
    r = Report("t", dt.date(2017, 9, 25), "", text)
    surfaces = [m.surface for m in find_mentions(r, gaz, actors=actors)]
    assert "Sello" not in surfaces and "Morek" in surfaces


def test_a_name_hidden_by_a_refused_match_is_found_whole_past_the_next_match(gaz, actors):
    """ "in the Karm al-Zeitoun district": the matcher's longest key from "the" ("the Ka…", an alternate name of a
    place abroad) is refused, and the name it hid runs past "Zeitoun", which was accepted on its own — the whole name
    is found, not its last word."""
    assert _surfaces(gaz, actors, "Fighting in the Karm al-Zeitoun district.") == ["Karm al-Zeitoun"]
    assert _surfaces(gaz, actors, "The explosion occurred in the Karm el-Loz neighborhood.") == ["Karm el-Loz"]
    # a name accepted on its own and no longer one around it is kept
    assert _surfaces(gaz, actors, "Shelling on the Latakia road.") == ["Latakia"]


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # a commander's or a minister's title before a name ("SDF commander Mazloum Abdi": a man, not al-Mazlum)
        (
            "A ceasefire was agreed with SDF commander Mazloum Abdi after clashes in Manbij.",
            ("Mazloum", "Abdi"),
            "Manbij",
        ),
        # a given name before a family name ("Farhad Shami": a spokesman, not the village al-Shami)
        ("The head of the SDF media office, Farhad Shami, spoke from Tishrin Dam.", ("Shami",), "Tishrin Dam"),
        ("The battle ended with the death of commander Fahd Hussein in Raqqa.", ("Hussein",), "Raqqa"),
    ],
)
def test_a_commanders_and_a_ministers_name_is_no_place(gaz, actors, text, absent, present):
    surfaces = _surfaces(gaz, actors, text)
    assert present in surfaces and not set(absent) & set(surfaces)
