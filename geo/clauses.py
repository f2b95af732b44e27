"""Reading one sentence: which verbs it has, who did each to whom, where and when.

A rule set over clauses, voice and tense — no statistical parser (see
``docs/design.md``, "Reading sentences", for the measurement behind that choice).
The reader gets the sentence with the spans of the actors and places already
found in it and returns one :class:`Predicate` per event word and one
:class:`Statement` per phrase that says who *holds* a place:

* **Clauses.** The sentence is cut at ``;``, subordinators (``after``, ``since``,
  ``while``, ``when``, ``which`` …) and ``, and`` before a new clause.  A place
  belongs to the nearest event word before it in its clause, or — for a passive
  or a noun ("Khan Shaykhun was captured", "clashes in X") — the one after it.
* **Voice.** Active: the subject is the last actor before the verb ("backed by
  Russia", "Assad-held" and "with X" are never subjects); a pronoun or a missing
  subject takes the previous clause's.  Passive ("was captured by", "fell to",
  "came under the control of"): the agent follows, the place precedes.
* **Tense and aspect.** Past forms and the present perfect are events; in a
  headline the present is too.  A pluperfect ("had taken") or a ``since`` clause
  ("since the regime took control of X") is *evidence of the state*, not an event
  on the report's date.  Body-text present tense is a state or a habit.
* **Modality and outcome.** ``attempt``/``tried``/``repelled``/``failed`` make an
  attack that changes nothing; ``will``/``plans to``/``next targets`` and
  negation ("did not", "no clashes", "denied") make nothing at all; ``claimed``
  keeps the event with lower confidence.
* **Lists.** Every place of "took control of A, B, C and D" is its own argument.
* **Place roles.** ``from X`` is the source of a withdrawal, ``towards X`` the
  destination (the event is not there) but the objective of an advance (near it),
  ``through X`` / ``via X`` a transit point (never an event place).
* **State phrases.** "regime-held X", "X, controlled by HTS", "held by the
  government", "under the control of", "the besieged pocket".

Dates: ``yesterday``, ``on Sunday``, ``last week``, ``two weeks ago``, ``at the
end of July``, ``mid-August``, ``3 August`` are resolved against the dateline and
marked with ACLED's time precision (1 day, 2 week, 3 month).  Fatalities are read
from "killed 6 citizens", "13 people were killed", "death toll rises to 20".
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .actors import CAPITALS, ActorMention

try:  # a pattern's parsed form, for the first characters an event word can start with (see _gate)
    import re._constants as _sre  # type: ignore[import-not-found]
    from re._parser import parse as _sre_parse  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - another Python's private layout: no gate, every sentence read in full
    _sre = _sre_parse = None

# -- the lexicon ------------------------------------------------------------------------

#: internal kinds a predicate can have (mapped to ACLED types in :mod:`geo.events`)
TRANSFERS = ("capture", "surrender", "handover")

#: what control is taken of that is no ground: "took over control of the Idlib fuel company", "established control over
#: the economy of Daraa", "managed to control the fire at the Homs refinery"
_NO_GROUND_WORDS = (
    r"(?:compan(?:y|ies)|ministry|ministries|council|institutions?|economy|markets?|trade|prices|sector|administration|"
    r"fuel|fires?|blaze|outbreak|spread|situation|epidemic|cholera|crisis|wildfires?|flood|riots?|crowds?|protests?|"
    r"traffic|border\s+trade)\b"
)
#: (the attack's own words: "a grenade attack", "the grenade blast"; also read by :mod:`geo.events`)
GRENADE_ATTACK = r"grenade\s+(?:attacks?|blasts?|explosions?)"
#: (a drone's, right after: " from drones", " by a Turkish drone")
_FROM_A_DRONE = r"\s+(?:from|by)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?drones?\b"
#: a grenade thrown or set off against someone (ACLED's grenade): thrown, hurled or lobbed, or a grenade attack — not a
#: grenade owned, seized or handled, nor a rocket-propelled one, tear gas, stun or smoke grenades, nor one dropped from a
#: drone (an air strike: "grenade attacks from drones")
#: a vehicle that carried a charge: "vehicle packed with explosives", "a car laden with explosives" (the lexicon's
#: explosive word, and the suicide bomber's vehicle in _triggers)
_LADEN_VEHICLE_WORDS = (
    r"(?:cars?|trucks?|vehicles?|motorcycles?|motorbikes?|bus(?:es)?)\s+(?:(?:packed|laden|loaded|rigged|filled|"
    r"booby-trapped)\s+)?with\s+explosives"
)
_GRENADE_WORD = (
    r"(?:(?:threw|throw(?:s|ing)?|thrown|hurled|hurl(?:s|ing)?|lobbed|lob(?:s|bing)?|tossed|toss(?:es|ing)?|"
    r"detonated|detonat(?:es|ing)|set\s+off)\s+(?:an?\s+|two\s+|three\s+|several\s+)?(?:hand\s+)?grenades?|"
    # ("A grenade was thrown at a patrol of the Free Syrian Army in Jarablus")
    r"(?:hand\s+)?grenades?(?=\s+(?:was|were|had\s+been|has\s+been)\s+(?:thrown|hurled|lobbed|tossed)\b)|"
    r"(?<!propelled\s)(?<!gas\s)(?<!stun\s)(?<!smoke\s)(?<!sound\s)(?:hand\s+)?" + GRENADE_ATTACK + ")"
    r"(?!(?:\s+attacks?)?" + _FROM_A_DRONE + r"|\s+dropped\b)"
)
#: a grenade as the means of another verb: "targeted a patrol with a grenade", "by a hand grenade"
_GRENADE_MEANS = (
    r"(?:(?:by|with)\s+(?:an?\s+|two\s+)?(?:hand\s+)?grenades?\b(?!\s+(?:launchers?|dropped)\b)|"
    r"(?<!propelled\s)(?<!gas\s)(?<!stun\s)" + GRENADE_ATTACK + r"\b(?!" + _FROM_A_DRONE + "))"
)
#: a raid on the ground, not from the air: by police or security men, or one that took men ("Security forces carried
#: out a raid on a house in Qamishli and arrested four suspects")
_GROUND_RAID_BEFORE = r"(?<!\bground\s)(?<!\bpolice\s)(?<!\bsecurity\s)(?<!\bcommando\s)(?<!\bforces\s)(?<!\bhouse\s)"
_GROUND_RAID_NOT = (
    # (a participle's arrests are the raid's own, read with it: "launched raids in the town of Kafruma, arresting 13
    # people")
    r"(?![^.;]{0,80}?\b(?:arrest(?:ed|s)?|detain(?:ed|s)?|apprehend(?:ed|s)?|seized\s+(?:[\w-]+\s+){0,3}?"
    r"(?:weapons|rifles|arms|suspects?))\b)"
)
#: the words that name some of the places just counted: "several towns, including X", "several areas, most notably X"
_NAMED_AMONG = r"(?:including|such\s+as|namely|(?:most\s+)?notably|in\s+particular|particularly|especially)"
#: (at most two words before the noun, and none that opens a clause: not "the Shellef fortress where fire …")
_FEW_WORDS = r"(?:(?!(?:where|which|that|who|after|as|when)\b)[\w'’-]+\s+){0,2}?"
_NO_GROUND = r"(?!\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?" + _FEW_WORDS + _NO_GROUND_WORDS + ")"
#: after a whole hold, the clearing that just gave it: " of Yabroud after clearing out rebels"
_AFTER_CLEARING = r"[^,;.]{1,60}?\s+after\s+(?:clearing|driving|pushing|expelling|kicking|ousting|routing)\b"
#: (the same after the control's "of" or "over")
_NO_GROUND_OF = r"(?!\s+(?:of|over|on)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?" + _FEW_WORDS + _NO_GROUND_WORDS + ")"
#: a people's or a country's word before a noun, not a place's name: "American guarantees", "Kurdish land", "US soldiers"
_PEOPLE_WORD = (
    r"(?-i:American|Iranian|Saudi|Kurdish|Turkish|Russian|Israeli|Iraqi|Qatari|Emirati|Jordanian|Lebanese|"
    r"Arab|British|French|European|Western|Chechen|Chinese|Gulf|Yazidi|Christian|Druze|Alawite|Sunni|Shia|Shiite|"
    r"Armenian|Assyrian|Turkmen|Palestinian|Afghan|Pakistani|Egyptian|Libyan|Tunisian|German|International|UN|US|U\.S\.)"
    r"(?![\w'’-])"
)
#: the name a place is secured under: capitalised or after a lower-case article, no people's adjective ("American",
#: "Kurdish", "Saudi"), and no fire it is kept safe from after it
_SECURED_NAME = (
    r"[‘'\"“]?(?!" + _PEOPLE_WORD + r")(?:(?:al|el|ad|ar|as|at|az|ash)-)?(?-i:[A-Z])"
    r"(?![^,;.]{0,60}?\b(?:from|against)\s+(?:[\w-]+\s+){0,3}?(?:attacks?|fire|shelling|strikes?|raids?|threats?|"
    r"bombardment|infiltration|snipers?|mortars?|rockets?|missiles?|drones?|cells)\b)"
)
#: what a thing falls to when no place is taken: "temperatures have fallen to freezing", "prices fell to record lows",
#: "fighters have fallen to army fire", "houses have fallen to the ground"
_FALLEN_NOT_TAKEN = (
    # ("the Syrian pound fell to a record low", "the population has fallen to fewer than 100,000")
    r"\s+(?:freezing|zero|(?:an?\s+)?(?:(?:new\s+)?record|new\s+lows?|lows?|all-time)|below|half|\d|(?:its|their|the)\s+lowest|"
    r"the\s+(?:ground|floor)|(?:fewer|less|more)\s+than|(?:about|around|some|nearly|under)\s+\d|"
    r"(?:[\w-]+\s+)?(?:fire|gunfire|shelling|bullets|strikes)\b)"
)
_PP = (
    r"(?:re)?captured|seized|(?:re)?taken|liberated|overrun|stormed|taken over|"
    r"controlled|held|besieged|encircled|surrounded|shelled|bombed|struck|hit|targeted|attacked|"
    r"killed|abducted|kidnapped|arrested|executed|evacuated|abandoned|shot\s+down|brought\s+down|downed|"
    # ("An HTS commander was shot dead in X", "was gunned down": the man shot is the patient)
    r"shot\s+dead|gunned\s+down|shot\s+to\s+death|fatally\s+shot"
)
#: "a village", "3 new villages", "several hills": places taken but not named ("the SDF controlled
#: a village near X" is a capture; "SDF-controlled villages" an adjective)
#: a day between a backer's participle and its "by": "forces backed Sunday by Shiite militias"
_BY_DAY = r"(?:\s+(?:on\s+)?(?-i:[A-Z])[a-z]+day)?"
_UNNAMED_PLACES = (
    # ("has liberated more than 20 settlements")
    r"(?:(?:more\s+than|over|about|nearly|at\s+least)\s+)?"
    r"(?:a|an|one|two|three|four|five|several|more|new|\d+)\s+(?:new\s+|more\s+)?"
    r"(?:villages?|towns?|hills?|points?|positions?|farms?|settlements?|hamlets?|localities)\b"
)
#: a second type word joined to a site's plural ("retook the villages and regions of A, B and C", "the towns and
#: farms of X"): one cue, the names after it the places
_AND_TYPES = (
    r"(?:\s+and\s+(?:villages|towns|regions|areas|hills|hilltops|farms|positions|points|sites|hamlets|localities))?"
)
#: an aircraft, as the object of "shot down", "downed", "drop a warplane"
_AIRCRAFT = r"(?:war\s*planes?|warplanes?|(?:air)?planes?|jets?|helicopters?|aircraft|drones?)\b"
#: the verbs that shoot an aircraft down ("drop" too, before one: "drop a warplane of the regime")
_DOWNING = r"(?:shot|shots|shoots?|shooting|brought|brings?|bringing|took|takes?|taking)\s+down|downed|downing|downs"
#: a symbol of a side right after the verb that brings it down: " a statue", " the giant posters" (a crowd's riot or a
#: side's property destruction, see geo.events; not an aircraft downed in a fight)
SYMBOL_AFTER = r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:statues?|posters?|portraits?|busts?)\b"
#: such a symbol named by whom it shows or where it stood: " a statue of Hafez al-Assad", " Kurdish statue in Afrin"
SYMBOL_NAMED = SYMBOL_AFTER + r"(?:\s+(?:of|in|at)\b|\s*[,.;]|\s*$)"
#: the words before an aircraft that shoot it down: "shot down a regime warplane", "downing of a helicopter"
_DOWNING_BEFORE = re.compile(
    rf"\b(?:{_DOWNING}|drop(?:s|ped)?)\s+(?:of\s+)?(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w“”\"'’-]+\s+){{0,2}}$",
    re.I,
)
#: what air defences bring down: "several missiles", "a number of hostile targets", "the Israeli aggression"
_PROJECTILES = r"(?:missiles?|rockets?|projectiles?|drones?|(?:hostile\s+)?targets|aggression)\b"
#: what is made safe before it goes off: "explosive devices", "booby-trapped houses", "mines", "explosion attempts"
_DEVICES = (
    r"(?:(?:explosive\s+)?devices?|IEDs?|(?:car\s+|barrel\s+)?bombs?|booby[-\s]?trapped|(?:land)?mines?|explosives?|"
    r"(?:explosion|bombing)\s+attempts?|(?:suicide\s+)?(?:car|vehicle)\s+bombs?)\b"
)
# (kind, voice, pattern); voice 'active' (subject before), 'passive' (agent after), 'noun'
#: an attack a side may own by standing right before it ("killed in Islamic State attack"), not "clashes"
#: between a side and the weapon's noun it owns: "coalition shelling", "International Coalition forces shelling"
_OWNER_GAP = re.compile(r"\s*(?:(?:forces|troops|army|artillery|militias?)\s+)?")
_OWNED_ATTACK = re.compile(r"(?:attacks?|assaults?|offensive|ambush(?:es)?|counter-?attacks?)$", re.I)
#: the kinds of remote violence whose noun a side may own by standing right before it ("coalition shelling")
_REMOTE = frozenset({"strike", "shelling", "bombing", "explosive", "suicide"})
#: people (not fighters) right before a participle, with its auxiliary: "families ", "residents were ", "civilians had
#: been " (a lookbehind for each, as their widths differ)
_PEOPLE_BEFORE = (
    "(?:"
    + "|".join(
        rf"(?<=\b{noun}\s{aux})"
        for noun in ("families", "civilians", "residents", "people", "villagers", "inhabitants")
        for aux in ("", r"were\s", r"had\sbeen\s", r"have\sbeen\s")
    )
    + ")"
)
#: the generic strike words: "hit", "target", "drop" take their kind from the weapon the clause names
#: (and the state media's "aggression on" a place: "Israeli warplanes perpetrated a new aggression on T4 airport")
GENERIC_WORDS = re.compile(
    # (not "dropping their heavy and medium weapons": a surrender of arms; but "dropped chemical weapons" is a strike)
    # (not a deal made: "a truce deal was struck in X", "struck a deal with the government")
    r"hit|hits|"
    r"(?<!deal\swas\s)(?<!deals\swere\s)(?<!agreement\swas\s)(?<!truce\swas\s)(?<!accord\swas\s)"
    # ("deals have been struck for local ceasefires in Qudsaya")
    r"(?<!deals\shave\sbeen\s)(?<!deal\shas\sbeen\s)(?<!deal\shad\sbeen\s)(?<!deals\shad\sbeen\s)struck"
    r"(?!\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:deals?|truce|agreements?|accord|bargain|compromise)\b)"
    # (nor a move: "The Syrian Army struck out of the recently reclaimed city of Ash-Shula to secure X")
    r"(?!\s+out\b)|"
    # (not the noun: "Israel struck an Assad military target in Quneitra", whose verb is the act)
    r"(?<!military\s)target(?:ed|s|ing)?|"
    r"(?:dropp(?:ed|ing)|drops?)\b(?!\s+(?:their\s+|its\s+|his\s+)?"
    r"(?!(?:chemical|toxic|incendiary|chlorine|cluster|nerve|banned|poison\w*)\b)(?:[\w-]+\s+(?:and\s+[\w-]+\s+)?)?"
    r"(?:weapons|arms)\b)|"
    # (one act, not a campaign: "the Turkish aggression on Afrin continues" names none)
    r"(?:(?<=\ban\s)|(?<=\bnew\s))aggression(?=\s+(?:on|against)\s)",
    re.I,
)
#: the guards who shoot at people crossing a border: "border guards", the Turkish "Jandarma" (gendarmerie) — their
#: words tell of harm when a harming verb follows (see :func:`_guards_harm`)
#: gunfire as a cause of death, after "killed": "killed by gunfire", "killed by unknown gunshots" (geo.events reads the
#: same words as a shooting, of fighters or of civilians)
#: the words that put an act under a deal's terms: "under", "as part of", "in line with" (also geo.events')
UNDER_TERMS = r"(?:under|as\s+part\s+of|in\s+line\s+with|in\s+accordance\s+with|according\s+to)"
BY_GUNFIRE = r"by\s+(?:unknown\s+|unidentified\s+|random\s+)?(?:gunfire|gunshots?|bullets)\b"
#: (after "killed by gunfire") the act the gunfire was part of: "during clashes with regime forces", "in an ambush"
_IN_ANOTHER_ACT = (
    r"(?![^,;.]{0,40}?\b(?:during|in|amid)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:clash(?:es)?|ambush(?:es)?|"
    r"battles?|fighting|exchanges?)\b)"
)
_GUARD_WORDS = r"(?:border\s+guards?|(?:border\s+police\s+)?[“\"]?(?:jandarma|gendarmerie)[”\"]?|border\s+police)"
#: a name the gazetteer may lack, in a list of places cleared of a side: "Arab Wiran", "al-Dab’a"
_CLEARED_NAMES = r"(?:(?:al|el)[-\s])?(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?:al|el)-)?(?-i:[A-Z])[\w'’-]*)*"
#: what a gathering calls for that makes it a protest: "calling for the fall of the regime"
#: the words for fighting men, whose capture is part of their battle (no abduction): "took 14 militants captive",
#: "Dozens of regime soldiers were taken captive"
_COMBATANT_WORDS = r"(?:soldiers|fighters|troops|militants|members|officers|gunmen|rebels|personnel|conscripts)"
#: a side's quarters, as the other side enters them: "rebel districts", "opposition-held neighbourhoods"
_SIDES_DISTRICT_WORDS = r"(?:rebel|opposition|rebel-held|opposition-held)\s+(?:districts|neighbou?rhoods|areas|parts)"
_PROTEST_CALL = (
    # ("gathered in the main square in Qudsaya city demanding the immediate departure of the armed groups")
    r"call(?:ed|ing)\s+for\s+the\s+(?:immediate\s+)?(?:fall|downfall|overthrow|toppling|departure|release|withdrawal|exit)|"
    r"demand(?:ed|ing)\s+the\s+(?:immediate\s+)?(?:fall|downfall|overthrow|departure|release|withdrawal|exit)"
)
_LEXICON: list[tuple[str, str, str]] = [
    # "Hundreds of Syrians from the town of Sweida took to the streets … to demonstrate": a protest (before the capture
    # words, which would read "took")
    ("protest", "noun", r"t(?:ook|ake|akes|aking|aken)\s+to\s+the\s+streets"),
    # "the militants took between 70 and 100 Assyrians captive", "50 fighters have been taken captive by Kurdish
    # forces": persons seized (before the capture words, which would read "took"; not "took the town")
    # (a passive with its auxiliary: not "freeing 50 hostages that include aid workers taken captive by ISIS")
    (
        "abduction",
        "noun",
        # (not "took part in freeing the captive women"; not combatants, whose capture is part of their battle, nor a
        # relative clause's past: "Seven Assyrians who were taken captive by ISIS last year were freed")
        rf"t(?:ook|ake|akes|aking)(?!\s+part\b)(?=\s+(?:(?!{_COMBATANT_WORDS})[\w-]+\s+){{1,6}}?captive\b)|"
        r"(?<!\bwho\swere\s)(?<!\bwho\swas\s)(?<!\bwho\shad\sbeen\s)(?<!\bthat\swere\s)"
        r"(?:(?<=been\s)|(?<=were\s)|(?<=was\s))taken\s+captive",
    ),
    # ("Tens of thousands of Syrians demanding the downfall of the government poured into the streets of Hama")
    ("protest", "noun", r"(?:poured|pour|pours|pouring|flooded|flood|floods|flooding)\s+(?:in)?to\s+the\s+streets"),
    # ("an estimated 300,000 people chanting against Assad's regime"; not fighters chanting a war cry)
    ("protest", "noun", r"chant(?:ed|ing|s)?\s+(?:slogans\s+)?(?:against|for\s+the\s+(?:fall|downfall|overthrow))"),
    # -- changes of control
    # ("Afrin falls largely to Turkish forces": a share of the town, read by the share's adverb in the trigger)
    (
        "capture",
        "passive",
        # ("Hama has also fallen to the rebels")
        r"(?:fell|falls|fall|falling|(?:has|had|have)\s+(?:also\s+)?fallen)\s+"
        r"(?:(?:largely|mostly|partly|partially)\s+)?(?:in)?to(?!" + _FALLEN_NOT_TAKEN + ")",
    ),
    # ("Aleppo fell back under the control of the Syrian regime Tuesday")
    (
        "capture",
        "passive",
        # ("The city of Tabga has also fallen under control of ISIS")
        r"(?:came|come|comes|coming|fell|fall|falls|(?:has|have|had)\s+(?:also\s+)?fallen)\s+(?:back\s+)?"
        r"under\s+(?:the\s+)?(?:full\s+|complete\s+)?control\s+of|"
        # ("the town returned to the control of the Syrian army", "Nawa was returned to …"; not a plan "is to be
        # returned")
        r"(?<!\bbe\s)return(?:ed|s)\s+(?:back\s+)?(?:to|under)\s+(?:the\s+)?"
        r"(?:full\s+)?control\s+of",
    ),
    # ("the city passed without extra bloodshed under the full control of the SAA")
    (
        "capture",
        "passive",
        r"pass(?:ed|es)\s+(?:[\w-]+\s+){0,3}?under\s+(?:the\s+)?(?:full\s+|complete\s+|total\s+)?control\s+of",
    ),
    # "The SAA also imposed fire control over the strategic town of Misraba": in range of its guns, not taken
    ("clash", "active", r"impos(?:ed|es|e|ing)\s+(?:full\s+)?fire\s+control\s+(?:over|on)"),
    # "Ras al-Ayn was “brought under control” following clashes with the SDF"
    # ("The Afrin town center was taken under control by Turkish Armed Forces": a translation's passive)
    # "the Syrian Arab Army declared the towns of Zamalka, Erbin, Ein Tarma, and Jobar clear of terrorism": places
    # made safe by the side that says so
    (
        "capture",
        "active",
        # (not a claim the text disputes: "declared Douma clear of terrorists despite ongoing resistance")
        r"declar(?:ed|es|e|ing)(?![^.;]{0,120}?\b(?:despite|although|though|even\s+as)\b)"
        r"(?=\s+(?:the\s+)?(?:(?:towns?|villages?|cit(?:y|ies)|areas?|districts?|"
        r"neighbou?rhoods?)\s+of\s+)?(?-i:[A-Z])[^;.]{0,80}?\s+(?:completely\s+|fully\s+)?(?:clear|free|cleared)\s+of\s+"
        r"(?:all\s+)?(?:terrorism|terrorists?|militants|gunmen|armed\s+groups|(?-i:ISIS|ISIL|IS|Daesh))\b)",
    ),
    # ("the areas of Hazrama, al- Nashabiye, and Otaya were brought under the army’s control")
    (
        "capture",
        "passive",
        r"(?:brought|taken)\s+under\s+(?:full\s+|complete\s+)?(?:the\s+)?"
        r"(?:(?:army['’]s|military['’]s|regime['’]s|government['’]s)\s+)?control(?:\s+of)?",
    ),
    # "The YPG has brought Ras al-Ayn back under control": the place between the verb and its control
    (
        "capture",
        "active",
        # ("brought the key Khalidiya district in Homs under complete control"; "has taken the strategic settlement of
        # Alteh, in northeastern Idlib, under its control")
        r"(?:br(?:ing|ings|inging|ought)|t(?:ake|akes|aking|aken|ook))(?=\s+(?:[\w’'-]+,?\s+){1,9}?(?:back\s+)?under\s+"
        r"(?:(?:its|their|full|complete|total)\s+)*control\b)",
    ),
    # "the towns of A, B and C came under full governmental control": the side is the word before "control"
    (
        "capture",
        "passive",
        r"(?:came|come|comes|fell)\s+under(?!\s+(?:the\s+)?fire\s+control\b)(?:\s+(?:full|complete|total))?"
        r"(?=\s+(?:[\w'’-]+\s+){1,2}control\b)|"
        # ("the towns of Zabadani, Madaya and Buqein returned to Syrian government control on Wednesday")
        # (not "refugees returned to government control areas")
        r"(?<!\bbe\s)return(?:ed|s)\s+(?:back\s+)?(?:to|under)"
        r"(?:\s+(?:full|complete|total))?(?=\s+(?:[\w'’-]+\s+){1,2}control\b(?!\s+(?:areas?|zones?|territor)))",
    ),
    # "Kafranbel fell back into the hands of Syrian President Bashar al-Assad": the side after "of" took it
    (
        "capture",
        "passive",
        r"(?:fell|falls|fall|falling|has\s+fallen|had\s+fallen)\s+(?:back\s+)?into\s+the\s+hands\s+of",
    ),
    # "It has recently fallen back into rebel hands": the side is the word before "hands"
    (
        "capture",
        "passive",
        # ("the city fell “more or less” into IS hands": a hedge quoted between)
        r"(?:fell|falls|fall|falling|fallen)\s+(?:back\s+)?(?:[“\"‘']more\s+or\s+less[”\"’']\s+)?into"
        r"(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){1,2}hands\b)|"
        # ("Qusayr tips back into Assad camp": a headline's place gone over to a side's camp)
        r"(?:tips|tipped|tipping|slips|slipped|slipping)\s+(?:back\s+)?into(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){1,2}"
        r"(?:camp|hands|control|fold)\b)",
    ),
    # (not "a child fell victim to gunmen", "fell silent", "fell ill": no ground taken)
    (
        "capture",
        "passive",
        # (nor a retreat: "as it falls back upon the fertile area downstream of X")
        r"(?:fell|falls|has\s+fallen|had\s+fallen)"
        r"(?!\s+(?:victims?|prey|silent|ill|short|apart|back\s+(?:on|upon|towards?|from|behind))\b)"
        # (nor a measure that fell: "Morale has fallen sharply in Hama", "prices fell by half")
        r"(?!\s+(?:sharply|steeply|dramatically|significantly|slightly|markedly|further|by\s+\d|by\s+half|\d)\b)"
        # (nor "has fallen under the fire control of the army": in range of its guns)
        r"(?!\s+under\s+(?:the\s+)?fire\s+control\b)"
        r"(?!\s+(?:in)?to" + _FALLEN_NOT_TAKEN + ")",
    ),
    # "Khan Shaykhun is now under the control of government forces": "now" tells the change (see _form)
    (
        "capture",
        "passive",
        r"now\s+(?:fully\s+|completely\s+)?under\s+(?:the\s+)?(?:full\s+|complete\s+|total\s+)?control\s+of",
    ),
    # ("the town of Tal Kalakh changed sides at the week-end and is now controlled by the Syrian army", "X is now in
    # the hands of the rebels": the same)
    (
        "capture",
        "passive",
        # (only a clause joined to a change: not "The fate of Raqqa is now in the hands of the coalition", "Aid in Idlib
        # is now controlled by …", "Raqqa, which is now controlled by the SDF")
        r"(?<=\band\sis\s)now\s+(?:fully\s+|completely\s+)?controlled\s+by|"
        r"(?<=\band\sis\s)now\s+(?:back\s+)?in\s+the\s+hands\s+of",
    ),
    # ("“We announce the city of Deir Ezzor and its military airport as completely liberated,” … said", "Rebels
    # declared Hama city fully liberated": a side's own word that it took the place; not "announced that X was
    # liberated", the passive's own reading)
    (
        "capture",
        "active",
        # (no clause, comma, person or thing between: not "announced Raqqa would be liberated", "declared Idlib a
        # liberated province", "declared Tabqa, freed two weeks earlier, the seat of …", "announced 12 soldiers freed";
        # nor freed from a siege or captivity)
        # ("We are announcing al-Bab completely liberated": a name's lower-case article)
        r"(?:announc|declar)(?:e|es|ed|ing)(?=\s+(?:the\s+)?(?:(?:city|town|village|province|area)\s+of\s+)?"
        r"(?:(?:al|el|ad|ar|as|at|az|ash)-)?(?-i:[A-Z])"
        r"(?:(?!\b(?:is|was|were|are|has|have|had|been|be|that|to|would|will|could|soon|an?|women|men|soldiers|"
        r"hostages|prisoners|detainees|captives|civilians|people|fighters|children|pilots?|nuns?|priests?|girls?|boys?|"
        r"abductees|journalists?|workers?|residents)\b)[^.;:,“”\"]){0,70}?\s+"
        r"(?:as\s+)?(?:now\s+)?(?:completely\s+|fully\s+|totally\s+|entirely\s+)?(?:liberated|freed)\b"
        r"(?!\s+(?:from\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:siege|captivity|prison|detention|blockade)|in\s+a\s+"
        r"(?:prisoner|swap|exchange)))(?![^.;]{0,80}\b(?:say|says|said|insist|insists|insisted|deny|denies|denied|"
        r"claim|claims|claimed)\s+"
        r"(?:they|it)\s+(?:still\s+)?(?:hold|holds|held|control|controls|controlled)))",
    ),
    # "Khan Shaykhun is now under full government control": the side is the word before "control"
    (
        "capture",
        "passive",
        r"now\s+(?:fully\s+|completely\s+)?under(?:\s+(?:full|complete|total))?(?=\s+(?:[\w'’-]+\s+){1,2}control\b)",
    ),
    # "the Syrian Arab Army declared that the Khan Sheikhoun Farms were under their control": a side's own word that it
    # holds a place is its claim to have taken it (only after "declared/announced that": see _triggers)
    (
        "capture",
        "passive",
        # ("announced in a statement that the City of Palmyra is under the control of the Syrian forces")
        r"(?:is|was|are|were)\s+(?:fully\s+|completely\s+)?under(?=\s+(?:its|their)\s+(?:full\s+|complete\s+|"
        r"total\s+)?control\b|\s+(?:the\s+)?(?:full\s+|complete\s+|total\s+)?control\s+of\b)",
    ),
    # "The army and popular forces are now in full control of the village of Markaba"
    ("capture", "active", r"now\s+in\s+(?:full\s+|complete\s+|total\s+)?control\s+of"),
    # "The SDF said they now control the strategic village of Baghuz": a place named by its type word
    (
        "capture",
        "active",
        # (not men deployed after a hand-over: "Russian military police now control the town of Manbij")
        # (nor a relative clause's hold: "The rebels, who now control the town of X, shelled Y")
        # ("announced on Sunday that it now controls all of Homs city")
        r"(?<!police\s)(?<!\bwho\s)(?<!\bwhich\s)(?<!\bthat\s)now\s+controls?"
        r"(?=\s+(?:the\s+)?(?:(?:strategic|key|entire|whole|border)\s+)?(?:village|town|city|district)\s+of\b|"
        # (not a province's, which no one holds whole: "IS now controls all of Raqqa province")
        # (nor all of it but a part: "now control all of Aleppo except a small pocket in the east")
        r"\s+all\s+of\s+(?-i:[A-Z])(?![\w'’-]*(?:\s+[\w'’-]+)?\s+(?:province|governorate|countryside|region)\b)"
        r"(?![^,;.]{0,40}?\b(?:except|apart\s+from|save\s+for|other\s+than|but\s+(?:for|two|three|a|the|one))\b))",
    ),
    # '"Army units now exercise full control over the town of Saraqeb," state television reported'
    (
        "capture",
        "active",
        r"(?<!\bwho\s)(?<!\bwhich\s)(?<!\bthat\s)now\s+(?:exercises?|exercised|exercising|enjoys?|ha(?:s|ve))\s+"
        r"(?:full|complete|total)\s+control\s+(?:of|over)"
        # (not of the air, a road or no ground: "now has full control of the airspace over Raqqa", "of the situation in
        # Ghwayran", "of the road between Khan Shaykhun and Morek")
        r"(?!\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:airspace|skies|sky|air|roads?|highways?|routes?|motorway|security|"
        r"situation)\b)" + _NO_GROUND,
    ),
    # "and now the Islamic State is in full control of Tabqa", "The Syrian army says it is in full control of X", "IS
    # militants were in full control of Palmyra Thursday", "ISIL in full control of Palmyra" (a headline), "claimed to be
    # in full control of X": a side's whole hold of a place told as the day's news (see _IN_FULL_CONTROL_STATE)
    # (not "are in full control of Yabroud after clearing out rebels": the reading below)
    (
        "capture",
        "active",
        # ("ISIL 'in full control' of Palmyra": quoted)
        r"(?<=\s)(?:(?:is|are|was|were)\s+|(?<=\bto\sbe\s))?[‘“'\"]?in\s+(?:full|complete|total)\s+(?:control|charge)[’”'\"]?"
        r"\s+of(?!" + _AFTER_CLEARING + ")",
    ),
    # a headline's side "in control of" a place, no verb: "Syrian TV: Army in control of strategic Qusair town" (in a
    # body, or after a verb, a state: see _in_full_control_state)
    (
        "capture",
        "active",
        r"(?<=\s)(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bnow\s)(?<!\bback\s)"
        r"[‘“'\"]?in\s+control[’”'\"]?\s+of(?!" + _AFTER_CLEARING + ")",
    ),
    # "Syrian forces are in full control of Yabroud after clearing out rebels": the control the clearing just gave
    (
        "capture",
        "active",
        r"[‘“'\"]?in\s+(?:full|complete|total)\s+control[’”'\"]?\s+of(?=" + _AFTER_CLEARING + ")",
    ),
    # "have established a full control over Masaken Hanano"
    (
        "capture",
        "active",
        # ("establishing on Friday control over Atman town")
        r"establish(?:ed|es|ing)?\s+(?:on\s+\w+day\s+)?(?:an?\s+)?(?:full\s+|complete\s+|total\s+)?control\s+(?:over|of|on)"
        + _NO_GROUND,
    ),
    # "ISIL militants have solidified their grip over the entirety of the city of Al-Bab … following the withdrawal of
    # the remaining opposition fighters": the whole place now held (not a grip on part of it, nor on no ground)
    (
        "capture",
        "active",
        # (done, not sought: "sought to consolidate its grip over the whole of X")
        r"(?:solidif(?:ied|ies)|consolidat(?:ed|es))\s+(?:their|its)\s+(?:grip|control|hold)\s+(?:over|on)"
        r"(?=\s+(?:the\s+)?(?:entirety\s+of|entire|whole\s+of|whole|all\s+of)\s)",
    ),
    # "Operation 'Euphrates Shield' ends ISIL rule in Jarablus": a side's rule over a place ended by the subject
    (
        "capture",
        "active",
        # (not its own: "the army ended its control of the village", a withdrawal)
        r"end(?:s|ed)?(?=\s+(?!(?:its|their|our|his|her)\b)(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?:rule|control|occupation)\s+"
        r"(?:in|over|of)\s+(?:the\s+)?"
        r"(?:(?:town|city|village)\s+of\s+)?(?-i:[A-Z]))",
    ),
    # "the army fully controlled Bani Zeid neighborhood on Thursday": taken whole (a bare "controlled X" is who holds it)
    (
        "capture",
        "active",
        r"(?:fully|completely|totally|entirely)\s+controlled(?=\s+(?:the\s+)?(?:(?:town|village|city|district|"
        r"neighbou?rhood|hill|area)s?\s+of\s+)?(?-i:[A-Z\u0600-\u06ff]))",
    ),
    # "IS fighters were driven out of Kobani", "the militants have been expelled from X": the side before lost the place
    # after (its taker is the agent, when "by X" names one)
    (
        "capture",
        "passive",
        # (not people driven from their homes: "Families expelled from Hajin by IS fighters have reached SDF-held areas",
        # "Dozens of families were expelled from Baghouz")
        r"(?!" + _PEOPLE_BEFORE + r")"
        r"(?:(?:driven|pushed|kicked|forced|chased|swept|flushed)\s+out\s+of|(?:driven|expelled|ousted|evicted)\s+from)",
    ),
    # "pro-regime forces were back in control of Kassab"
    ("capture", "active", r"back\s+in\s+(?:full\s+|complete\s+|total\s+)?control\s+of"),
    # "Rebels lost Kafr Nabudah to government forces": the place lost to the side after "to" (a place must follow)
    (
        "capture",
        "passive",
        # ("lost control of Souran and Taibat al-Imam to the rebels": a list of names)
        # ("have lost control of the key Syrian city of Manbij to US-backed rebels": words before the type word)
        r"(?:lost|loses|lose)(?=\s+(?:control\s+of\s+)?(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:town|village|city)\s+of\s+)?"
        r"(?:(?:al|el|an|ar|as|ash|at|az|ad)-)?(?-i:[A-Z])[\w'’-]*(?:[\s-]+(?:(?:al|el|an|ar|as|ash|at|az|ad)[\s-]+)?(?-i:[A-Z])[\w'’-]*){0,3}"
        r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:al|el|an|ar|as|ash|at|az|ad)-)?(?-i:[A-Z])[\w'’-]*"
        r"(?:[\s-]+(?:(?:al|el|an|ar|as|ash|at|az|ad)[\s-]+)?(?-i:[A-Z])[\w'’-]*){0,3}){0,4}"
        # ("Regime forces lost Menagh airport to the rebels": the name's own type word)
        r"(?:\s+(?:airport|air\s+base|airbase|military\s+airport|base|town|village|city|hill|crossing|dam))?"
        # ("lost the town of Khan Touman in Syria to Jaish al Fath", "lost al-Bab, Syria to …": the country after it)
        r"(?:\s+in\s+(?:(?:north|south|east|west)\w*\s+)?(?-i:[A-Z])[a-z]+|,\s+(?-i:[A-Z])[a-z]+,?)?\s+to\s)",
    ),
    (
        "capture",
        "active",
        # ("Syrian Army soldiers have won control of the Khalidiya district")
        # ("Assad's forces have retaken control of the Nasib border crossing")
        # ("the Syrian Arab Army and its allies got a full control over Tishreen", "HTS set a full control over Idlib")
        r"(?:took|take|takes|taking|taken|retook|retake|retakes|retaking|retaken|re-taken|seized|seize|seizes|seizing|"
        # ("earned full control over Wadi Ein Tarma region")
        r"re-?gained|won|got|gets|getting|earn(?:ed|s|ing)|set(?=\s+(?:a\s+)?(?:full|complete|total)\s+control)|"
        # ("assisted the Syrian army in securing control of the Western al-Nashwa area"; not "securing control of Raqqa
        # could take months", a step to come)
        r"secur(?:ed|es|e)|(?<=\bin\s)securing|(?<=\bafter\s)securing|(?<=announced\s)securing|"
        # ("The regime … have ensured firm control over Kızıldağ yesterday", "came in control over Ghamam town")
        r"ensur(?:ed|es|e)|(?:came|comes|come)\s+in(?:to)?(?=\s+(?:full\s+|complete\s+|total\s+)?control\s+(?:of|over)\b)|"
        # ("This resulted in GoS forces gaining control of several towns and villages including Skik, Hbit and Abdin")
        r"win|wins|winning|re-?gain|re-?gains|re-?gaining|gained|gain|gains|gaining|(?:re-?)?impos(?:ed|e|es|ing)|extended|extends|"
        r"established|establish|establishes|wrest(?:ed|s|ing)?|tighten(?:ed|s|ing)?|complet(?:ed|es|ing)|"
        # (not the adjective: "battled pockets of regime loyalists for complete control of Raqqa", a fight for it)
        r"(?<!\bfor\s)(?<!\bthe\s)(?<!\ba\s)(?<!\bin\s)complete|"
        r"achiev(?:ed|es|e|ing)|restor(?:ed|es|e|ing)|expand(?:ed|s|ing)?|increas(?:ed|es|e|ing)|decreas(?:ed|es|e|ing)|"
        # "has reestablished control over the villages of …", "Erdogan declares control of Afrin city center"
        # ("the Syrian Arab Army was able to assert control over another important town, Mushayrifah")
        # ("a Syrian Kurdish militia said it had recovered full control of the border town of Tal Abyad")
        # ("rebel forces claimed control over the capital": a side's claim of its own capture)
        r"re-?establish(?:ed|es|ing)?|declar(?:ed|es|e|ing)|claim(?:ed|s|ing)?|wrestl(?:e|ed|es|ing)|assum(?:ed|es|e|ing)|assert(?:ed|s|ing)?|"
        # ("Syrian forces loyal to President Bashar al-Assad reclaimed control of the central village of Dabaa")
        r"recover(?:ed|s|ing)?|reclaim(?:ed|s|ing)?|"
        # ("the YPG announced Monday their control of the village of X")
        # ("The army announces full control of Deir ez-Zor city")
        r"announc(?:ed|es|e|ing)(?:\s+(?:on\s+)?\w+day)?(?:\s+(?:their|its)|(?=\s+(?:full|complete|total)\s(?![^,;.]{0,80}\b(?:would|will|could|is\s+expected)\b)))|"
        # ("regime forces had wrested back full control of Saraqeb")
        # ('have taken "total" control of the town center of Afrin': a word of the quote)
        # ("the Tiger Forces established full-control over the hilltop of Tal Mut'ah")
        # ("HTS took on Thursday full control of the city of Afrin": the day between)
        r"extend(?:ed|s|ing)?)(?:\s+back)?(?:\s+on\s+(?-i:[A-Z])\w+day)?\s+(?:the\s+|an?\s+)?[“\"‘']?(?:(?:full|complete|total|firm|their|its|the)[”\"’']?(?:\s+|-)){0,3}"
        r"(?:(?:areas?|scope|size|zones?)\s+of\s+|[\w“”\"']+(?:\s+[\w“”\"']+)?\s+scope\s+of\s+)?control[’'\"”]?"
        # (not of no ground: "got control of the situation", "of the crowd", "of the fire")
        r"(?!\s+(?:of|over)\s+(?:the\s+)?(?:situation|crowds?|fire|blaze|flames|chaos|unrest|riots?|traffic|matters)\b)"
        # (nor of an economy, its markets, companies or offices: "imposed control over prices in Damascus")
        + _NO_GROUND_OF
        # ("regained control on Wednesday of the town of Qusair", "took full control from rebel groups of the town of
        # Salma", "Kurds ‘take full control’ of Kobani")
        # ("took total control at dawn today of Minnigh airbase")
        # ("The army took control this morning of the villages of Ras al-Maarra and Flita")
        + r"(?:\s+(?:at\s+(?:dawn|dusk|noon|midnight)|overnight|(?:this|that|early\s+this)\s+(?:morning|afternoon|evening)|"
        r"today|yesterday|tonight)(?=\s+(?:of|over|on|\w+day)\b))?"
        r"(?:\s+(?:on\s+)?(?:(?:late|early)\s+)?\w+day(?:\s+(?:morning|afternoon|evening|night))?(?=\s+(?:of|over)\b))?"
        r"(?:\s+from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?=\s+(?:of|over)\b))?"
        r"(?:\s+(?:of|over|on|in|at|to)|(?=\s+(?:north|south|east|west)\w*\s+of\b))",
    ),
    # "Syrian Army Declares Deir Ezzor Free From Islamic State", "declares city fully cleared of militants", "declared
    # victory over Daesh in the eastern city of Deir ez-Zor": a side's word that the place is its own now
    (
        "capture",
        "active",
        r"declar(?:e|es|ed|ing)(?=\s+(?:the\s+)?[^,;.]{1,40}?\s+(?:(?:fully|completely|totally)\s+)?"
        r"(?:free|freed|cleared|liberated)\s+(?:from|of)\s)|declar(?:e|es|ed|ing)\s+(?:its\s+|their\s+)?victory\s+"
        r"(?:over|against)(?=\s[^,;.]{1,60}?\s+in\s)",
    ),
    # "our forces have finished sweeping the town of al-Busira": the last step of a capture, done (not "the greater part
    # of X", a share)
    (
        "capture",
        "active",
        r"(?:finish(?:ed|es)?|complet(?:ed|es))\s+(?:sweeping|combing|clearing|mopping\s+up)(?=\s+(?:the\s+)?"
        r"(?:(?:town|village|city|district|neighbou?rhood|area)\s+of\s+)?(?:(?:al|el|as|ad|ar|at|ash)-)?(?-i:[A-Z]))"
        # (not of mines: "finished combing the town of Yalda for mines and booby traps")
        r"(?![^.;]{0,80}?\b(?:mines|landmines|explosives?|IEDs?|booby|ordnance|devices|rubble|debris|unexploded)\b)",
    ),
    # "Jihadists in the Jaysh al Fateh coalition are claiming victory in the town of Ariha": a side's own word of a
    # capture
    (
        "capture",
        "active",
        # (a named place's own type word: not "claimed victory in Latakia municipal polls", "declared victory in
        # Damascus after taking Yarmouk")
        r"claim(?:ed|s|ing)?\s+(?:(?:full|total|a|their|its)\s+)?victory\s+in"
        r"(?=\s+the\s+(?:town|city|village|district|neighbou?rhood)\s+of\s+(?:(?:al|el|as|ad|ar|at|ash)-)?(?-i:[A-Z])"
        r"(?![^,;.]{0,40}?\b(?:elections?|polls?|votes?|ballots?)\b))",
    ),
    # "Islamic State jihadists on Sunday won a bloody battle for Tabqa military airport": the place fought for is won
    # (told in the past, not negated nor in a relative clause: not "are yet to win the battle for X", "Syrian troops, who
    # won the battle for Aleppo in December, shelled Idlib"; nor a road's: "won the battle for the Kweiris airbase road")
    (
        "capture",
        "active",
        r"(?<!\bnot\s)(?<!\byet\s)(?<!\bnever\s)(?<!\bwho\s)(?<!\bwhich\s)(?<!\bthat\s)won\s+(?:a|the)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:battle|fight)\s+(?:for|over)(?![^,;.]{0,40}\b(?:road|highway|route|supply\s+line)\b)",
    ),
    # "the army restored security and stability to X", "troops had 'restored security and stability' in Yabroud",
    # "restored security and soundness to al-Qaryatain" (a translation's pair):
    # the state media's word for a place retaken
    (
        "capture",
        "active",
        # ("units of our armed troops … returned safety and security to Kassab this morning")
        r"(?:restor(?:ed|es|e|ing)|return(?:ed|s|ing)?)\s+[“\"‘']?(?:full\s+)?(?:security\s+and\s+(?:stability|safety|soundness)|"
        # ("State television said the army had 'restored peace and security' to Al-Qariatayn")
        # ("Syrian forces 'restored peace' to Khan Arnabeh")
        # ("have restored security and stability across the neighborhood of Khaldiyeh")
        r"(?:stability|safety|peace|calm)\s+and\s+(?:security|stability)|security|stability|peace)[”\"’']?\s+"
        # ("across" and "throughout" only before a quarter's or a town's type word: not "restored security across Damascus
        # after a wave of car bombs", a police statement)
        r"(?:to|in|(?:across|throughout)(?=\s+the\s+(?:neighbou?rhoods?|districts?|quarters?|towns?|villages?)\s+of\s))",
    ),
    # "The ISIS took hold of the Tallat Bahouta area"
    (
        "capture",
        "active",
        r"(?:took|take|takes|taking|taken|seized|seize|seizes|seizing|gained|gain|gains)\s+"
        r"(?:a\s+|full\s+|firm\s+)?hold\s+(?:of|on|over)",
    ),
    (
        "capture",
        "active",
        # "the SDF controlled a village in the countryside of Ayn Issa": a capture of places unnamed
        r"controlled(?=\s+" + _UNNAMED_PLACES + r"|\s+(?:the\s+)?[A-Z\u0600-\u06ff])|"
        r"(?:restor(?:ed|es|e|ing)|recover(?:ed|s|ing)?|re-?tak(?:en|es|e|ing)|re-took|re-?control(?:s|led)?|controlling|"
        # (not a side's hold named as the subject of what it brings: "Army units' control over the hills put them within
        # range of X", "the army's control of Tal Sheer hill puts the terrorists in Ayn Tarma under fire")
        r"(?:(?<!['’]s\s)(?<!s['’]\s)|(?![^.;,]{0,60}?\s(?:puts?|places|placed|brings?|brought|allows?|allowed|"
        r"enables?|enabled|gives?|gave|makes?|made|means?|meant|opens?|opened)\s))"
        r"control(?:s)?)(?=\s+(?:the\s+)?(?:(?:town|village|city|hill|base|airbase|district|"
        r"neighbou?rhood|crossing|dam|mountain|heights?|villages|towns|hills)s?"
        + _AND_TYPES
        + r"\s+(?:of\s+)?|[A-Z\u0600-\u06ff]|"
        r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|new|more|several|large|most|parts?|areas?|"
        r"positions?|points?|sites?|locations|checkpoints|entire|whole)\b|what\s+(?:they|it|he)\s+(?:had\s+|have\s+|has\s+)?lost\b))",
    ),
    (
        "capture",
        "active",
        # "took back the ancient city of Palmyra", "reclaimed overnight the villages of X and Y" (before "took")
        r"(?:took|takes?|taking|taken)\s+back|reclaim(?:ed|s|ing)?|"
        # (not "the incident was captured on video": filmed)
        r"(?:re-?)?captur(?:ed|es|e|ing)(?!\s+(?:on|in|by)\s+(?:a\s+|the\s+)?(?:video|camera|film|tape|footage|cctv)\b)|"
        # ("Regime forces 'completely conquered' Khirbet Ghazaleh")
        r"(?:re-?)?seiz(?:ed|es|e|ing)|overr[au]n|overrunning|conquer(?:ed|s|ing)?|"
        # (not "(the) liberated areas": the rebels' name for their ground, after an article, a preposition or a verb
        # of fire; but the verb's "liberated areas such as X")
        r"(?:(?:liberating|(?<!\bthe\s)(?<!\bon\s)(?<!\bin\s)(?<!\bof\s)(?<!\bto\s)(?<!ed\s)(?<!\bhit\s)"
        r"liberat(?:ed|es|e))"
        r"(?!\s+(?:areas?|zones?|territor\w*|north\w*|regions?|parts?|districts?)\b(?!\s*,?\s+such\s+as\s))|"
        r"liberat(?:ed|es|e|ing)(?!\s+(?:areas?|zones?|territor\w*|north\w*|regions?|parts?|districts?)\b))|"
        # "have freed the city of Deir al-Zor" (a place must follow: see _BARE_TAKE)
        # ("managed to free the Zuwayqat Mountains located south of the town from the militants": "from" follows)
        # (not an adjective: "the Israeli-occupied Golan"; and see _triggers for "visits illegally occupied Golan Heights")
        r"freed|frees|freeing|free(?=\s+(?:the\s+)?[^,;.]{1,70}?\s+from\s)|"
        r"(?<!israeli-)(?<!israeli\s)(?<!\bthe\s)(?<!\ban\s)occupied|occupies|occupying|"
        # ("Islamic State (IS) militants reoccupied Palmyra on Sunday")
        r"re-?occup(?:ied|ies|y|ying)|"
        r"(?:(?:re)?took|(?:re)?takes?|taken)\s+over(?:\s+(?:the\s+)?(?:full\s+|complete\s+|total\s+)?control\s+(?:of|over)"
        + _NO_GROUND
        + r")?|taking\s+over\s+(?:the\s+)?(?:full\s+|complete\s+|total\s+)?control\s+(?:of|over)"
        + _NO_GROUND
        + r"|"
        # ("HTS took over control of the northeastern city of Afrin": the control taken, then the place)
        r"recaptur(?:ed|es|e|ing)|overt(?:ook|aken|akes|ake|aking)|"
        # ("IS has managed to takeover most of the Yarmouk camp": the noun written for the verb, after "to")
        r"(?<=\bto\s)takeover(?!\s+of\b)|"
        # ("The NDF … managed to get back the village (Aqarib) and defeat the terrorists")
        # (a name, then the clause's end or its time: not "got back Arab League membership", "Aleppo residency papers")
        r"(?:get|gets|got|getting)\s+back(?=\s+(?:the\s+)?(?:(?:village|town|city|hill|district|neighbou?rhood|area|base|"
        r"airport)\b|(?:(?:al|el)-)?(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?:al|el)-)?(?-i:[A-Z])[\w'’-]*){0,2}"
        r"(?=\s*[,.;]|\s*$|\s+(?:on|in|from|after|and|last|this|late|early|overnight|\w+day|airport|air\s*base|base|"
        r"village|town|city|hill)\b)))|"
        r"(?:re)?took|retakes?|retaking|(?:re)?taken|(?:re)?takes?|taking(?!\s+of\b)|swept\s+into|regain(?:s|ed|ing)?|"
        r"sweeps?\s+into|marched\s+into|"
        # (not people driven from their homes: "IS fighters were expelling residents from their homes in al-Nashwa"; nor
        # people expelled from a place, the participle right after them: "Families expelled from Hajin by IS fighters
        # have reached SDF-held areas"; but "Villagers expelled IS fighters from Abu Hamam")
        r"(?!" + _PEOPLE_BEFORE + r"expelled\s+from\b)"
        r"expell?(?:ed|s|ing)?(?!\s+(?:the\s+|its\s+|their\s+|\d+\s+|hundreds\s+of\s+|"
        r"thousands\s+of\s+|dozens\s+of\s+)?(?:[\w-]+\s+)?(?:residents|civilians|families|people|inhabitants|villagers|"
        r"locals|population|Christians|journalists|refugees|IDPs)\b"
        # (but people and fighters: "expelled Kurdish residents and fighters from Afrin city" is a capture)
        r"(?!\s+and\s+(?:[\w-]+\s+){0,2}?(?:fighters|militants|gunmen|members|forces|troops|jihadists|militias?|"
        r"militiamen)\b))|drove\s+out|drives?\s+out|kicked\s+out|"
        # "Kurdish fighters rout IS from Syria's Tal Abyad"
        # ("The Turkey-backed Free Syrian Army dislodged IS from Dabiq")
        r"(?:rout(?:ed|s|ing)?|dislodg(?:ed|es|e|ing))(?=\s+(?:the\s+)?[^,;.]{1,40}?\s+(?:from|out\s+of)\s)|"
        # "FSA soldiers have cleared the town of Afrin of YPG": the place cleared of a side
        # ("cleared Hallubi Kabir village in Afrin's northeast from PYD/PKK")
        # "the villages of X and Y … were cleared of YPG militias": the passive, the places before it
        # (of a side or its men: not "cleared of charges", "cleared of explosive devices"; a side's operation: not "as
        # part of the reconstruction plan"; done: not "is being cleared")
        r"(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s)|(?<=ly\s))cleared(?=\s+(?:of|from)\s+(?:the\s+|all\s+)?"
        r"(?!(?-i:IEDs?|ERW|UXOs?)\b)(?:(?-i:[“\"]?[A-Z])|(?:[\w/'’-]+\s+){0,3}?(?:militants?|terrorists?|fighters|"
        r"militias?|militiamen|elements|gunmen|rebels|jihadists|insurgents|mercenaries|cells|forces|troops|terrorism)\b)"
        r"|\s+as\s+part\s+of\s+(?:the\s+)?[^,;.]{1,40}?['’]s?\s+(?:[“\"]?[\w-]+\s+){0,3}?"
        r"(?:operation|offensive|campaign)\b"
        # (or by a side: "The village of Nasiriyah was cleared by Turkish forces")
        # (not of mines: "was cleared by the army of mines")
        r"|\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:forces|troops|army|fighters|rebels|units|factions|militants)\b"
        # (nor of booby traps or for convoys: "was cleared by army engineering units of booby traps", "for aid convoys")
        r"(?!\s+(?:of|for)\b)"
        r"(?![^,;.]{0,40}?\b(?:mines|landmines|explosives?|IEDs?|ordnance|rubble|debris|unexploded|booby|bombs?)\b))|"
        # ("cleared Zaytunak, Sorani, Heyyani ,Arab Wiran and other 4 villages from People's Protection Forces": a list)
        # ("the military declared it had “cleansed” Qusair of the rebels", "purged the town of X of ISIS"; of an armed
        # side, done: not "cleansed Homs of its Sunni residents", "seeks to cleanse X")
        # ("The Tiger Forces have cleared most of Al-Lataminah": ground won, not yet all of it)
        r"(?:clear(?:ed|s|ing))(?=\s+(?:most|much|large\s+parts|parts|half|the\s+bulk|the\s+rest)\s+of\s+(?:the\s+)?"
        r"(?:(?:towns?|villages?|city|district|neighbou?rhood)\s+of\s+)?(?:(?:al|el|ad|ar|as|at|az|ash)-)?(?-i:[A-Z])"
        r"(?![^,;.]{0,50}?\b(?:mines|landmines|explosives?|IEDs?|ordnance|rubble|debris|booby|unexploded)\b))|"
        # ("cleared another town centre in Syria’s Afrin region from terrorists": an unnamed place of a named area, cleared
        # of a side)
        # ("cleared two more villages in Afrin of YPG terrorists")
        r"clear(?:ed|s|ing)(?=\s+(?:another|one\s+more|an?|two|three|four|five|several|\d+)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:town\s+cent(?:er|re)|towns?|"
        r"villages?|districts?|neighbou?rhoods?|areas?|hills?)\s+(?:in|of|near)\s+[^,;.]{1,50}?\s+(?:of|from)\s+"
        # (not "of IEDs planted by ISIS", "of Islamic State mines", "of Kurdish families")
        r"(?!(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:mines|landmines|IEDs?|explosives?|ordnance|devices|booby|families|"
        r"civilians|residents|people|inhabitants)\b)"
        r"(?:the\s+)?(?:(?-i:[A-Z])|terrorists|militants|rebels|jihadists|insurgents|extremists|gunmen))|"
        # ('had cleansed the rebel-held town of Qusair of “terrorists”', "cleansed the southern district of Hajar
        # al-Aswad from ISIS terrorists")
        # ('it had “purified” Douma … of “terrorists”')
        r"(?:clear(?:ed|s|ing)?|cleansed|purged|purified)(?=[”\"]?\s+(?:the\s+)?"
        r"(?:(?:[\w-]+-held|(?:north|south)?-?(?:north|south|east|west)ern)\s+)?"
        r"(?:(?:towns?|villages?|city|district|neighbou?rhood|quarter)\s+of\s+)?"
        + _CLEARED_NAMES
        # ("cleared the towns of A and B and the villages of C and D in Idleb countryside of terrorists")
        + r"(?:\s*(?:,\s*(?:and\b)?|\band\b)\s*(?:the\s+(?:towns?|villages?|city|districts?|neighbou?rhoods?)\s+of\s+)?"
        + _CLEARED_NAMES
        + r"){0,9}(?:\s*(?:,\s*(?:and\b)?|\band\b)\s*(?:other\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
        r"several)\s+(?:other\s+)?(?:villages|towns))?"
        r"(?:\s+(?:village|town|city|district|neighbou?rhood|area))?(?:\s+in\s+[^,;.]{1,30}?)?\s+(?:of|from)\s"
        # (not of what was left behind or handed in: "cleared Nahtah of mines", "… from explosives left by ISIS", "… of
        # heavy weapons", "cleared Hama from the list of de-escalation zones"; but "of the remnants of Daesh" is a side)
        r"(?!(?:the\s+|all\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?:mines|landmines|explosives?|IEDs?|devices|ordnance|"
        r"rubble|debris|remnants(?!\s+of\s+(?:the\s+)?(?-i:[A-Z]))|booby|unexploded|UXOs?|ERW|weapons|arms|ammunition|"
        r"lists?)\b))|"
        # "The SDF drive ISIS out of X": the side driven out named between the verb and "out of"
        # ("Kurdish forces drove the Islamic State from Kobani")
        # ("evicted Islamic State fighters from the city of Hassakeh", "sweeping rebels out of Maaloula")
        # ("the Syrian military cleared militants from Jarjanaz")
        # ("saying they had flushed the jihadists from their last remaining stronghold in … Baghouz")
        r"(?:drove|drives?|driving|driven|kick(?:ed|s|ing)?|push(?:ed|es|ing)?|evict(?:ed|s|ing)?|oust(?:ed|s|ing)?|"
        r"flush(?:ed|es|ing)?|"
        # ("The SDF fighters beat ISIL terrorists back from Sheikh Aqil neighborhood")
        # ("have finally driven all of its fighters from Tabqa town")
        # ('the army had now “cleansed” militants from the Southern district of Nashwa': the state's word, quoted)
        r"sweep(?:s|ing)?|swept|forc(?:ed|ing)|clear(?:ed|s|ing)?|beat(?:s|ing)?|cleans(?:ed|es|ing)|purg(?:ed|es|ing))"
        # (not "pushed its troops from Hama toward X": a side moving its own men; "pushed back the rebels from X")
        # ("ousted the so-called “Islamic State” group from the northeastern city of Hasakeh")
        r"(?=[”\"’']?(?:\s+back)?\s+(?:the\s+|all\s+(?:of\s+)?(?:the|its|their)\s+)?(?:so-called\s+)?"
        # ("pushed the last rebel fighters out of Douma")
        r"(?:(?:last|remaining|final|surviving|retreating)\s+)?"
        r"(?:(?:rebel|militant|jihadist|opposition|armed)\s+(?=(?:fighters|forces|groups|factions|militants|units)\b))?"
        # ("push al-Shamiya out from both Tall Battal and Abla": a name after its article)
        r"(?:[“\"']?(?:(?-i:al|el)-)?(?-i:[A-Z])|regime\b|"
        r"(?:pro-)?government\b|army\b|troops\b|forces\b|militants?\b|insurgents\b|jihadists?\b|fighters\b|"
        r"terrorists?\b|terrorist\s+groups\b|militias?\b|"
        # ("pushed members of Al-Nusra and the al-Qaeda-affiliated Islamic State of Iraq and the Levant out of X")
        # ("drove fighters of the Islamic State of Iraq and the Levant out of Aleppo's Qadi Askar district")
        r"factions\b|rebels\b|organi[sz]ation\b)(?:[^,;.]{0,40}?\s+(?:out\s+of|(?:away\s+)?from)\b|[^,;.]{41,90}?\s+out\s+of\b)|"
        # (members of a named side: not "members of the media", "members of the OPCW team", "of a Kurdish family")
        r"\s+(?:the\s+)?(?:last\s+|remaining\s+)?(?:members|elements)\s+of\s+"
        r"(?![^,;.]{0,40}?\b(?:famil(?:y|ies)|teams?|delegations?|press|media|communit(?:y|ies)|households?|staff|crews?|"
        r"tribes?|clans?)\b)(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:(?-i:[A-Z])|rebel|militant|jihadist|terrorist|"
        r"armed\s+(?:group|faction)s?\b)[^,;.]{0,90}?\s+out\s+of\b)|"
        # ("clashed with members of the Free Syrian Army, driving them from the city of Raqqa": the side just named)
        r"(?:drove|drives?|driving|kick(?:ed|s|ing)|oust(?:ed|s|ing)|expell(?:ed|s|ing)|push(?:ed|es|ing))\s+them"
        r"(?=\s+(?:out\s+of|from)\s+(?:the\s+)?(?:town|city|village|neighbou?rhood|district|area|base|airbase|hill)s?\b)|"
        # "the YPG wrestled the town of Serin from ISIS": a place wrested from a side
        r"wrest(?:ed|s|ing)?(?=\s+(?:the\s+)?[^,;.]{1,60}?\s+from\s)|wrestl(?:ed|es|ing)(?=\s+(?:the\s+)?[^,;.]{1,60}?\s+from\s)|"
        # (SANA's "army units restored security and stability to the villages of X and Y")
        # ('had "returned security and stability to the town of Ataman"')
        r"(?:restor(?:ed|es|e|ing)|return(?:ed|s|ing)?)\s+(?:(?:security|stability|calm)\s+(?:and\s+(?:security|stability|calm)\s+)?)"
        r"(?:to|in)|"
        # "the army secured the towns of Farjah, Sihal and Braysah", "stormed the town of Khan Tuman and managed to
        # secure it": a place made safe is a place taken (not "secured the release of", "secured the road")
        # ("has secured a string of Damascus suburbs …, including Daraya, Al-Hamah and Qudsiyah": places counted, then
        # named)
        # ("managed to secure several areas after expelling the terrorists, most notably X and Y")
        r"secur(?:ed|es|ing|e(?<=\bto\ssecure))(?=\s+(?:a\s+(?:string|number|series|chain)\s+of|several|dozens\s+of|\d+|"
        r"two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+)?(?:towns|villages|suburbs|hills|neighbou?rhoods|"
        r"districts|areas)\b[^;.]{0,60}?\b" + _NAMED_AMONG + r"\s)|"
        r"secur(?:ed|es|e|ing)(?=\s+(?:the\s+)?(?:(?:entire|whole|strategic|nearby|key)\s+)?(?:towns?|villages?|areas?|"
        r"city|hills?|hilltops?|districts?|neighbou?rhoods?|airport|air\s*base|base)\s+of\s|\s+(?:it|them)\b(?!\s+(?:to|for)\b)|"
        # ("the Syrian army has secured the western axis of recently captured Kafr Nabudah": ground at its edge)
        r"\s+the\s+(?:(?:north|south|east|west)\w*\s+)?(?:axis|outskirts)\s+of\s)|"
        # ("On 1 May, the military completely secured Rukabiyah": a named place made wholly safe)
        # ("have fully secured al-Sina'a prison in Hasaka": a name behind its lower-case article)
        r"(?:fully|completely|totally)\s+secur(?:ed|es|ing)(?=\s+(?:the\s+)?(?:(?:al|el|as|ad|ar|at|ash)-)?(?-i:[A-Z]))|"
        # ("The Syrian Army managed to fully secure the eastern city of Deir ez-Zor": a place named after its type word)
        r"(?:(?<=\bto\s)(?:fully|completely|totally)\s+secure|(?:fully|completely|totally)\s+secur(?:ed|es|ing))"
        r"(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:city|town|village|district|neighbou?rhood|airport|air\s*base)\s+of\s+"
        r"(?:(?:al|el|as|ad|ar|at|ash)-)?(?-i:[A-Z]))|"
        # ("managed to secure ‘Uqayribat after inflicting heavy damage on IS", "secured Hamimah from ISIS": a named
        # place made safe by a side that won it, or from the side that held it; not "secured Russian support")
        # (a name, not a people's or a country's adjective: "managed to secure American guarantees", "Iranian funding";
        # not a place kept safe from fire: "secure Hama airport from rocket fire", "against drone attacks")
        r"(?:(?<=\bmanaged\sto\s)|(?<=\bmanage\sto\s)|(?<=\bmanages\sto\s)|(?<=\bable\sto\s)|(?<=\bsucceeded\sin\s))"
        r"secur(?:e|ing)(?=\s+" + _SECURED_NAME + r")|"
        # ("secured Ghanim al-Ali, al-Rabiyah and al-Jabilah towns": named places, their type after them)
        r"secur(?:ed|es|ing)(?=\s+"
        + _SECURED_NAME
        + r"[^,;.]{0,30}(?:,\s+[^,;.]{1,30}){0,6},?\s+and\s+[^,;.]{1,30}?\s+"
        # (not ground kept safe, nor a way opened: "… villages against rebel infiltration", "… towns' access to aid";
        # but "… villages from Islamic State militants" names the loser)
        r"(?:towns|villages|hamlets|hills|neighbou?rhoods|districts)\b(?!['’]|\s+against\b))|"
        r"secur(?:ed|es|ing)(?=\s+(?:the\s+)?"
        + _SECURED_NAME
        + r"[^,;.]{0,40}?\s+from\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:(?-i:ISIS|ISIL|IS|Daesh|HTS|SDF|YPG|Nusra|Islamic\s+State|Jaish|Jaysh|Faylaq|Ahrar|Hayat|Tahrir)\b|"
        r"militants?\b|terrorists?\b|rebels\b|"
        r"jihadists\b|insurgents\b|fighters\b|army\b|regime\b|groups\b|factions\b|militias?\b|forces\b))|"
        # "gained ‘Douma’ and ‘Rabiyah’ towns from HTS"
        # ("were capable to gain “Beit Arah” and “Koya” hamlets from ISIS")
        r"gain(?:ed|s)?(?=\s+[‘'\"“]?(?-i:[A-Z])[^,;.]{1,50}?\s+(?:towns|villages|hills|hamlets|town|village|hill|hamlet)\s+from\s)|"
        # ("have reportedly gained more area from ISIS near al-Suwar town": ground won, no place named as taken)
        r"gain(?:ed|s|ing)?(?=\s+(?:(?:more|new|further|additional|much|significant|considerable)\s+)?(?:areas?|territory|"
        # (from a side: not "gained ground from the chaos")
        r"ground)\s+from\s+(?:the\s+)?(?:(?!in\b|of\b|at\b|near\b|around\b)[\w-]+\s+){0,2}?(?:(?-i:[A-Z])(?![\w-]*['’]s\s+(?:air|campaign|offensive|support|strikes|bombardment|aid|backing|help)\b)|forces|army|proxies|"
        r"regime|rebels|militants|"
        r"terrorists|jihadists|factions|troops|fighters|militias?))",
    ),
    # ("videos detailing … the taking of nearby villages of Bdama and Khirbet al-Joz": the places, not hostages)
    (
        "capture",
        "noun",
        r"(?:re-?)?capture\s+of|takeover\s+of|fall\s+of|liberation\s+of|"
        # ("claimed the seizure of 32 villages and areas in western rural Aleppo": ground, not drugs or arms)
        r"seizure(?=\s+of\s+(?:the\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens\s+of)\s+)?"
        r"(?:(?:strategic\s+|key\s+|nearby\s+)?(?:towns?|villages?|city|base|airport|hills?|areas?)\b|"
        r"(?:(?:al|el)-)?(?!" + _PEOPLE_WORD + r")(?-i:[A-Z])[\w'’-]*\b(?!\s+(?:pills|tablets|drugs|shipments?|weapons|"
        r"arms|missiles|rockets|ammunition|vehicles|tanks|trucks|cargo|consignments?)\b)))|"
        # (a name, not a people's adjective or a country: "the taking of Kurdish land", "of US soldiers hostage")
        r"taking\s+of(?=\s+(?:the\s+)?(?:(?:nearby|neighbou?ring|key|strategic)\s+)?(?:(?:towns?|villages?|city|base|"
        r"airport|hills?)\b|\d+(?:st|nd|rd|th)\s+(?-i:[A-Z])|(?:(?:al|el|ad|ar|as|at|az|ash)-)?"
        r"(?!" + _PEOPLE_WORD + r")(?-i:[A-Z])))",
    ),
    # "The loss of Rabiah to the Syrian Arab Army has been confirmed": a place gone to the side after "to"
    (
        "capture",
        "noun",
        r"loss\s+of(?=\s+(?:the\s+)?(?:(?:town|village|city|base|hill)\s+of\s+)?(?-i:[A-Z])[^,;.]{0,40}?\s+to\s)",
    ),
    ("surrender", "noun", r"surrender\s+of"),
    ("surrender", "active", r"surrender(?:ed|s|ing)?|laid\s+down\s+(?:their|its|his)\s+(?:arms|weapons)"),
    ("handover", "active", r"hand(?:ed|s|ing)?\s+over|handed\s+(?:control|it)\s+(?:of\s+)?"),
    # "The Turkish forces handed Afrin over to HTS", "handed the town of X to the regime", "only to hand it over in mid
    # October to HTS": the place between the verb and its "over" / "to"
    (
        "handover",
        "active",
        r"hand(?:ed|s|ing)?(?=\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}"
        r"\s+(?:back\s+)?(?:over\s+)?to\s+(?:the\s+)?(?-i:[A-Z]|regime\b|government\b|army\b|rebels\b))|"
        r"hand(?:ed|s|ing)?(?=\s+it\s+(?:back\s+)?over\b)",
    ),
    # ("Al-Nusra and its allies are making a rapid evacuation out of Sheikh Miskeen": a side's men leaving a place)
    (
        "withdrawal",
        "noun",
        r"(?<!refused\san\s)(?<!rejected\san\s)"
        r"evacuation(?=\s+(?:out\s+of|from)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?(?:(?:al|el)-)?(?-i:[A-Z]))",
    ),
    # "rebel forces abandoned Qusayr Wednesday to the Syrian Army": a place left to the side named after "to"
    (
        "handover",
        "active",
        r"abandon(?:ed|s)(?=\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}"
        r"(?:\s+(?:on\s+)?\w+day)?\s+to\s+(?:the\s+)?(?-i:[A-Z]))",
    ),
    # ("Syria's second city of Aleppo is no longer under the control of President Bashar al-Assad's government": a
    # loss, the side that lost it after "of", no winner named)
    (
        "withdrawal",
        "passive",
        r"(?:is|was|are|were)\s+no\s+longer\s+under\s+(?:the\s+)?control\s+of|"
        # ("Daraa is the fourth key city to slip from government control in a week": the side before "control" lost it)
        r"(?:slip(?:ped|s|ping)?|slid(?:e|es|ing)?)\s+(?:out\s+of|from)(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){1,2}control\b)",
    ),
    (
        "withdrawal",
        "active",
        r"withdr[ae]w(?:n|s|ing)?|withdrawal|pull(?:ed|s|ing)?\s+(?:out|back)|retreat(?:ed|s|ing)?|"
        # ("The army said it has redeployed its forces outside the city of Hama": a withdrawal in the army's words)
        # (not to do a task there: "redeployed outside Kobani to patrol the border")
        r"re-?deploy(?:ed|s|ing)?(?=\s+(?:(?:(?:its|their)\s+)?(?:[\w-]+\s+)?(?:forces|troops|units|soldiers|fighters)\s+)?"
        r"(?:outside|out\s+of|away\s+from)\b(?![^.;]{0,60}?\b(?:to\s+(?:patrol|guard|protect|secure|monitor)|"
        r"prepar\w*|ahead\s+of|and\s+(?:then\s+)?(?:moved|advanced|pushed|headed))\b))|"
        # ("Syrian Army commanders pulled their forces back from Handarat camp")
        # (the men's noun left out of the verb's words: "its troops" is the subject's, not a side of its own)
        r"pull(?:ed|s|ing)?(?=\s+(?:their|its|his)\s+(?:(?!naval\b|air\b)[\w-]+\s+)?(?:forces|troops|fighters|units|men|"
        r"soldiers)\s+(?:out|back)\s+(?:from|of)\b)|"
        # ("Rebels and civilians started evacuating the … pocket of eastern Ghouta")
        # ("Last rebels evacuate Ghouta's Harasta", "ISIS evacuates its positions in the town of X": the present, not the
        # infinitive, whose own alternative below keeps deals and aims out)
        r"(?<!\bto\s)evacuates?(?=\s+(?:(?:its|their)\s+(?:positions|posts|headquarters|bases)\s+in\s+)?(?:the\s+)?"
        r"(?:(?:town|city|village)\s+of\s+)?(?:(?-i:[A-Z])[\w-]*['’]s\s+)?(?:(?:al|el)-)?(?-i:[A-Z]))|"
        r"evacuated|evacuating(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:pocket|enclave|town|city|village)?\s*(?:of\s+)?"
        r"(?:(?:eastern|western|northern|southern)\s+)?(?-i:[A-Z]))|"
        # ("ISIL compels FSA to evacuate Syria’s Deir ez-Zor": the infinitive, when something made the side do it, with
        # a place named right after it: not "a pause allowed rebels to evacuate wounded from X", nor a deal's terms, "a
        # deal to evacuate al-Waer")
        r"(?<=\bto\s)(?<!deal\sto\s)(?<!agreement\sto\s)(?<!plan\sto\s)evacuate(?=\s+(?:the\s+)?"
        r"(?:(?:town|city|village|pocket|enclave|district|neighbou?rhood)\s+of\s+)?(?:(?:al|el|as|ar|ad|at|az|ash)-)?"
        r"(?-i:[A-Z]))|abandoned|"
        # ("began abandoning its stronghold in the once rebel-held enclave of eastern Ghouta")
        r"abandoning(?=\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:strongholds?|positions|bases?|posts|towns?|city|"
        r"enclave|pocket)\b|"
        # ("Abandoning Khan Sheikhoun, rebels withdrew south": an opening participle, its doer after the comma)
        r"(?<=^Abandoning)\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?(?-i:[A-Z])[\w'’-]*"
        r"(?:\s+(?:(?:al|el|ash|as|ad|ar|at|az)-)?(?-i:[A-Z])[\w'’-]*){0,3},)|"
        # "Faylaq al-Rahman surrendered arms and left Erbin, Jobar …", "Jaish al-Islam members started leaving Douma"
        # (a side's men leaving a named place; see _CIVIL_LEAVERS; "left eastern Ghouta late Saturday")
        # ("other rebels later fled Yabroud overnight": a side's fighters running from a named place)
        # ("rebels began leaving the last opposition-held district of Homs city")
        # ("a convoy of buses with hundreds of rebels … departed from the city of Rastan")
        # ("Rebels leave Baba Amro after 26-day army siege", "300 Rebels Exited Key Town of Moadhimiyah": a headline's
        # present, and its other verb)
        # (the bare "leave" and "exit" only right after the men who leave: not "to have Jaish al-Islam leave Douma", a
        # deal's term, "Syrian opposition exits Geneva talks", "Seals All Exits Around X"; see _triggers for demands)
        r"(?<!to\s)(?<!will\s)(?<!would\s)(?:left|leaving|leaves|(?:(?<=rebels\s)|(?<=fighters\s)|(?<=militants\s)|"
        r"(?<=troops\s)|(?<=forces\s)|(?<=jihadists\s)|(?<=insurgents\s)|(?<=members\s)|(?<=gunmen\s))"
        r"(?:leave|exit(?:ed|s)?)|fled|depart(?:ed|s|ing)\s+from)"
        r"(?=\s+(?:the\s+)?(?:(?:last|besieged|remaining|key|strategic|[\w-]+-held)\s+){0,2}"
        r"(?:(?:town|city|village|neighbou?rhood|district)s?\s+of\s+)?"
        r"(?:(?:eastern|western|northern|southern)\s+)?(?-i:[A-Z]))|"
        # ("Takfiri militants have begun leaving al-Tall city": a name after its lower-case article, the leaving begun;
        # not "Rebels leaving al-Tall will be bussed", "Rebels who left al-Rastan last week")
        r"(?:(?<=began\s)|(?<=begun\s)|(?<=started\s)|(?<=begin\s)|(?<=\bare\s)|(?<=\bwere\s))leaving"
        r"(?=\s+(?:al|el|ad|ar|as|at|az|ash)-(?-i:[A-Z]))|"
        r"(?<!who\s)(?<!that\s)(?<!which\s)(?:left|fled)(?=\s+(?:al|el|ad|ar|as|at|az|ash)-(?-i:[A-Z]))|"
        # "Rebel forces have lost control of a key district in Aleppo": a loss with no winner named
        r"(?:lost|los(?:e|es|ing))\s+(?:the\s+|their\s+|its\s+)?control\s+(?:of|over)",
    ),
    # -- sieges and advances
    # (a supply cut is no siege: "water mains that cut off water supply to X")
    (
        "siege",
        "active",
        # (not an adjective: "seven villages and surrounding territory", "the surrounding villages")
        r"besieg(?:ed|es|e|ing)|siege|encircl(?:ed|es|e|ing|ement)|surround(?:ed|s)|"
        r"surrounding(?!\s+(?:territory|territories|areas?|villages?|towns?|countryside|region|hills?|farms?|"
        r"neighbou?rhoods?|districts?|lands?|fields?|positions)\b)|"
        r"cut\s+off(?!\s+(?:the\s+)?(?:water|electricity|power|internet|phone|fuel|gas)\b"
        r"(?!\s+(?:field|station|plant|road|area|facility|pipeline|company|hill|tank|tower)s?\b))",
    ),
    (
        "advance",
        "active",
        # ("quickly moved into the towns of Kafr Zita and Morek", "pushed deep into the small cluster of towns")
        # (not an adjective: "an advanced sit-in point", "advanced positions", "advanced weapons")
        r"advanc(?:ed(?<!\ban\sadvanced)(?!\s+(?:sit-ins?|points?|posts?|positions?|weapons?|missiles?|systems?|arms|"
        r"stages?|guard|bases?)\b)|es|e|ing|ement|ements)|progress(?:ed|es)?|push(?:ed|es|ing)?\s+(?:deep(?:er|ly)?\s+)?(?:into|towards?|on)|"
        # ("Regime forces pushed north from Maarat al-Numan on Thursday toward the town of Saraqib")
        r"(?<!families\s)(?<!displaced\s)(?<!civilians\s)(?<!people\s)(?<!residents\s)(?<!refugees\s)"
        r"push(?:ed|es|ing)?\s+(?:north|south|east|west)\w*(?=\s+(?:from|towards?|into|on)\b)|"
        r"(?<!families\s)(?<!displaced\s)(?<!civilians\s)(?<!people\s)(?<!residents\s)mov(?:ed|es|e|ing)\s+into"
        r"(?=\s+(?:the\s+)?(?:towns?|villages?|city|cities|neighbou?rhoods?|districts?)\b)|"
        # "storm X" is SOHR's assault on X (اقتحام), not its fall: a fight there, no change of control
        # ("Manbij military council breaks into al-Arima", "troops broke into the town of X": storming, as "storm")
        # ("Regime forces penetrated Saraqib")
        # ("re-entered the ancient city of Palmyra", "just entered into the strategic ISIS-held town of al-Sukhnah")
        # (people who return are no side entering: "Displaced residents re-entered the Old City", "Hundreds of refugees
        # re-entered Jarablus"; nor talks entered into: "entered into Russian-brokered talks over Daraa")
        r"(?:(?<!residents\s)(?<!civilians\s)(?<!families\s)(?<!people\s)(?<!refugees\s)(?<!returnees\s)(?<!displaced\s)"
        r"(?<!villagers\s)re-?)?enter(?:ed|s|ing)?(?:\s+into(?![^,;.]{0,40}?\b(?:talks|negotiations?|agreements?|deals?|"
        r"truces?|ceasefires?|force|effect|service|dialogue|alliances?|partnerships?|coordination|contracts?)\b))?|"
        r"storm(?:ed|s|ing)?(?:\s+into)?|(?:br(?:eak|eaks|oke|eaking)\s+into|"
        # (not "penetrated Syrian airspace", "penetrated the Shayrat air base hangar")
        r"penetrat(?:ed|es|ing)(?!\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:airspace|air\s+space|defen[cs]es|lines|armou?r|hangars?)\b))"
        # ("regime forces entered rebel districts in the northern city of Daraa")
        # ("Government forces entered besieged eastern Aleppo")
        r"(?=\s+(?:the\s+)?(?:(?:rebel|opposition|rebel-held|opposition-held|besieged|eastern|western|northern|southern)\s+)"
        r"{0,2}(?:(?:strategic|key|(?:[\w-]+-)?held)\s+){0,2}"
        r"(?:(?:towns?|villages?|city|cities|neighbou?rhoods?|districts?|positions|areas?)\b|(?-i:[A-Z])|"
        r"(?:al|el)-))|"
        r"moved\s+towards?|clos(?:ed|ing)\s+in|"
        # ("Syrian government forces also made major gains to the west of Palmyra")
        r"(?:made|mak(?:es|ing))\s+(?:(?:major|significant|new|further|big|rapid|sweeping|considerable|some|more)\s+)?"
        r"gains|march(?:es|ing)?\s+(?:into|on|towards?)|"
        # ("has been making inroads into the Afrin canton")
        r"(?:mak(?:e|es|ing)|made)\s+(?:(?:new|further|significant|major|deep)\s+)?inroads\s+(?:into|in|on)"
        # (not into a market: "Russia is making inroads in Syria's reconstruction market")
        r"(?![^,;.]{0,40}?\b(?:markets?|economy|economic|sector|business|trade|reconstruction|investment|politics|"
        r"political|elections?|contracts?|society|media)\b)|"
        # ("The SDF gained ground near al-Suwar")
        r"gain(?:ed|s|ing)?\s+(?:(?:more|new|further|significant|considerable)\s+)?ground(?!\s+from\s)|"
        # ("the Syrian military has now reached the outskirts of Khan Touman": at the edge of a place, not in it)
        r"reach(?:ed|es|ing)?(?=\s+(?:the\s+)?(?:outskirts|edges?|gates|entrances?|heart|cent(?:re|er)|walls)\s+of\s|"
        # ("reached within one kilometre (0.62 miles) of the outer neighbourhoods of Aleppo city")
        r"\s+within\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|\d[\d.,]*)\s*"
        r"(?:km|kms|kilomet(?:er|re)s?|miles?)\b|"
        # ("The army reached besieged Deir ez-Zor, breaking a three-year ISIS siege")
        r"\s+(?:the\s+)?(?:besieged|encircled)\s)|"
        # ("The Syrian troops have also moved closer to strategic hilltop of Tal al-Hara", "are approaching a Jabhat
        # al-Nusra stronghold in Jirjanaza")
        # (not a time drawing near: "as dawn approached the city")
        r"mov(?:ed|es|ing)\s+closer\s+to|(?<!\bdawn\s)(?<!\bnight\s)(?<!\bnightfall\s)(?<!\bevening\s)(?<!\bwinter\s)"
        r"(?<!\bdeadline\s)approach(?:ed|es|ing)(?=\s+(?:an?\s+|the\s+)?(?-i:[A-Z])|\s+(?:an?\s+|the\s+)?"
        r"(?:[\w’'-]+\s+){0,4}?(?:stronghold|town|village|city|hill|hilltop|base|airport|outskirts)\b)|"
        # "Turkish forces go deep in the land of …", "go deeply into the countryside of Ayn al-Arab"
        r"(?:go|goes|going|went|gone)\s+deep(?:er|ly)?(?=\s+(?:in|into|inside|towards?)\b)",
    ),
    # "the country's air defenses downed a number of missiles": missiles brought down, a strike stopped (not an aircraft)
    (
        "base",
        "active",
        r"(?:downed|downing|shot\s+down)(?=\s+(?:an?\s+|the\s+|several\s+|\d+\s+|a\s+number\s+of\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:missiles?|rockets?|projectiles?)\b)",
    ),
    # an aircraft shot down is a fight with its side, not a strike by it (ACLED: Battles, armed clash)
    (
        "clash",
        "active",
        # (not a statue brought down: see the base words)
        r"(?:" + _DOWNING + r")(?!" + SYMBOL_AFTER + ")" + r"|drop(?:s|ped)?\s+an?\s+(?:\w+\s+)?" + _AIRCRAFT,
    ),
    # "government forces pushed the rebel fighters back, killing hundreds of them": an attack beaten back, a fight (not
    # "pushed ISIS back from X": driven out of a place)
    (
        "clash",
        "active",
        # (a side named or "them" too: "Kurdish fighters pushed ISIS back in Kobani", "Rebels pushed Daesh back two
        # kilometres"; not "pushed the deadline back by a week")
        r"push(?:ed|es|ing)?(?=\s+(?:(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:forces|fighters|militants|rebels|"
        r"troops|terrorists|jihadists|insurgents|gunmen|militias?|attackers|attacks?|offensive|assault|lines?|elements)|"
        r"them|(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})\s+back\b"
        r"(?!\s+(?:from|out\s+of|to|into|towards?|across|by)\b))",
    ),
    # "army units are chasing remnants of ISIS terrorists out of al-Mayadeen", "the Kurds are pursuing some jihadists on
    # the outskirts of Kobane", "U.S.-backed fighters hunted for militant holdouts in Tabqa", "an army unit eliminated
    # members of a terrorist group northeast of Maaloula": armed men hunted down, a fight
    (
        "clash",
        "active",
        r"(?:pursu(?:e|es|ed|ing)|chas(?:e|es|ed|ing)|hunt(?:s|ed|ing)?\s+(?:for|down)|track(?:s|ed|ing)?\s+down|"
        # ("eliminated the last gatherings of ISIS terrorists in the village of X")
        r"eliminat(?:e|es|ed))(?=\s+(?:the\s+)?(?:(?:last|remaining)\s+)?(?:(?:remnants?|members?|large\s+numbers?|"
        r"a\s+number|dozens|scores|some|several|many|gatherings|positions|dens|hideouts|groups)\s+(?:of\s+)?)?(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?(?:terrorists?|militants?|jihadists?|"
        r"holdouts|cells?|gunmen|insurgents|mercenaries|terrorist\s+groups?|outlawed\s+groups?|armed\s+groups?)\b)",
    ),
    # -- remote violence (instrument words; the verbs "hit", "targeted" … are generic)
    (
        "suicide",
        "noun",
        # (not "suicide drone attacks": a drone flown into its target, a drone strike)
        r"suicid(?:e|al)(?!\s+drones?\b)(?:\s+(?:car|vehicle|motorcycle|truck))?(?:\s+(?:bomb(?:er|ers|ing|ings)?|attacks?|attackers?|"
        r"belts?|vests?))?|blew\s+(?:himself|herself|themselves)\s+up|self-detonat\w*|SVBIEDs?|"
        # ("The bomber detonated himself inside the Domino restaurant")
        r"detonat(?:ed|es|ing|e)\s+(?:himself|herself|themselves|(?:his|her|their)\s+(?:explosive\s+)?(?:belts?|vests?))",
    ),
    (
        "explosive",
        "noun",
        r"explosions?|exploded|explod(?:es|ing)|blasts?|(?:VB)?IEDs?|improvised\s+explosive(?:\s+devices?)?|"
        r"explosive\s+devices?|booby[-\s]?trapped(?:\s+(?:vehicle|car|motorcycle|house|body))?|"
        r"car[-\s]bomb(?:s|ing|ings)?|bomb-laden|(?:land)?mines?|detonat(?:e|ed|ion|es|ing)|"
        r"(?:motorcycle|vehicle|truck)\s+bomb(?:s|ing)?|"
        # ("Death toll from Aleppo bus convoy bomb attack at least 126": a bomb set off in a vehicle or a street, not a
        # shelling; not "warplanes carried out bomb attacks", an air strike)
        r"(?:convoy|bus|car|truck|motorcycle|market|roadside)\s+bomb\s+attacks?|"
        # ("A truck packed with explosives blew up in the city of Azaz")
        # ("Fighters blew up four vehicles packed with explosives")
        + _LADEN_VEHICLE_WORDS
        + "|"
        + _GRENADE_WORD,
        # ("unknown gunmen who threw a hand grenade at his home", "a grenade attack": ACLED's grenade; the means of
        # another verb, "targets a patrol … by a grenade", is read with that verb)
    ),
    # "The terrorists blew up the bridge over the M4": a charge set off on a site (not one's own body: see the suicide
    # words; not "blew up a tank" in a fight, whose missile is the act)
    (
        "explosive",
        "active",
        # (not mines cleared: "SDF sappers blew up the houses booby-trapped by ISIS")
        r"(?<!sappers\s)(?<!engineers\s)(?<!engineering\s)bl(?:ew|ow|ows|owing)\s+up"
        r"(?![^.;]{0,60}?\b(?:booby[-\s]?trapped|mined|rigged)\s+by\b)"
        r"(?=\s+(?:the|a|an|two|three|several)\s+(?:[\w-]+\s+){0,2}?(?:bridges?|buildings?|"
        r"houses?|homes?|headquarters|offices?|mosques?|churches?|schools?|hospitals?|shrines?|tunnels?|railways?|"
        # ("Terrorists … blow up the minaret of the Grand Umayyad Mosque")
        r"pipelines?|wells?|towers?|stations?|minarets?|monuments?|temples?|statues?|dams?|citadel|museums?|"
        r"shops?|stores?)\b)",
    ),
    (
        "strike",
        "noun",
        r"air\s*strikes?|airstrikes?|air\s+raids?|(?:aerial|air)\s+(?:bombardment|bombing|attacks?|shell(?:ing|s)?)|"
        # ("killed in an attack by a Turkish drone": the attack is the drone's, one strike)
        # (not "an attack by rebels on helicopters": what was attacked)
        r"(?:attacks?|strikes?)\s+(?:carried\s+out\s+)?by\s+(?:an?\s+|the\s+)?(?:(?!(?:on|at|against|in|near)\b)[\w-]+\s+){0,2}?"
        r"(?:drones?|warplanes?|"
        r"(?:war\s*)?planes?|jets|helicopters?|aircraft)\b|"
        r"(?:aerial|air)\s+(?:escalation|aggression)|air-strikes?|war\s*planes?|warplanes?|(?:air)?planes|jets|helicopters?|aircraft(?!\s+fields?\b)|barrel[\s-]+bombs?|barrels|drone\s+strikes?|"
        r"(?:a|an|one|the)\s+(?:fighter[-\s])?jet(?:[-\s]fighter)?(?=\s+(?:dropped|fired|struck|hit|bombed|targeted|attacked)\b)|"
        # (not "Military Security patrols carried out a raid campaign, during which they arrested …": house searches)
        # (nor a verb: "protesters trying to raid its local headquarters", "to raid the house": a storming)
        r"drones?|"
        + _GROUND_RAID_BEFORE
        + r"(?:raids|(?<!\bto\s)raid)(?!\s+campaigns?\b)"
        + _GROUND_RAID_NOT
        + r"|strikes?|strafe[ds]?|strafing|air(?=\s+and\s+(?:missile|artillery|rocket|ground|land)\w*\s)|"
        r"aerial(?=\s+and\s+(?:missile|artillery|rocket|ground|land)\w*\s)|"
        # ("carried out a ground and air assault on the Hanano housing district": the air's part, its own act)
        r"(?<=ground\sand\s)air(?=\s+(?:attacks?|assaults?|offensives?|operations?|campaign)\b)|"
        # "the aerial, rocket and artillery shelling": the first of a list of means, each its own act
        r"aerial(?=,\s+(?:missile|artillery|rocket|ground|land)\w*(?:,|\s+and)\s)",
    ),
    (
        "shelling",
        "noun",
        # (not a unit's or a site's name: "taking control over … the Artillery battalion, al-Shibli Farms")
        r"(?:re-)?shell(?:ed|s|ing)?|"
        r"artillery(?!\s+(?:battalion|brigade|regiment|base|school|college|academy|division|barracks)\b)|"
        # ("Syrian fighter jets rocketed the Yarmouk camp": the verb)
        # (not the word's other sense: "prices have rocketed since", "rocketed to fame", "casualties rocketed in X")
        r"rocket(?:s|\s+fire|\s+launchers?)?|rocket(?:ed|ing)(?=\s+\w)(?!\s+(?:to|since|in|by|up|from|after|over|past|"
        r"into|higher|as|on|again|during|amid|following|while|when|and|but|at|overnight|\w+ly)\b)|mortars?|"
        # ("a missile strike by the Afrin Liberation Forces near al-Bab": one noun, its agent after it)
        r"missiles?(?:\s+(?:strikes?|attacks?)(?=\s+by\b))?|"
        r"ground\s+strikes?|"
        r"ground(?=\s+and\s+(?:aerial|air)\s+(?:bombardment|bombing|shelling|strikes?)\b)|"
        # (not money: "a ransom of 10 million <nationality> pounds", the adjective ending -ian, -ish or -ese; but
        # "intense pounding of Daesh positions")
        # ("howitzer attacks by the YPG militia")
        r"surface-to-surface|cannons?|howitzers?|tank\s+fire|(?<!ian\s)(?<!ish\s)(?<!ese\s)(?<!million\s)(?<!thousand\s)"
        r"(?<!billion\s)(?<!\d\s)pound(?:s|ed|ing)?|"
        # "launching explosive cylinders on Sheikh Maqsood" (the opposition's home-made "hell cannon" rounds)
        r"(?:launch(?:es|ed|ing)?\s+(?:\w+\s+)?|(?:explosive|gas|locally[-\s]made)\s+)cylinders?",
    ),
    # "bombing", "bombardment": from the air when the words around say so, else shelling (see _refine)
    # (not "civilians ventured out of bomb shelters": a refuge)
    ("bombing", "noun", r"bomb(?:ed|s|ings?)?(?!\s+(?:shelters?|squads?|disposal)\b)|bombard(?:ed|ment|ments|s|ing)?"),
    (
        "clash",
        "noun",
        # ("infight between the Zinki Movement and HTS"; not "lost at least 2 battle tanks")
        r"clash(?:ed|es|ing)?|(?:in-?)?fighting(?!\s+(?:force|forces|units?|groups?|men|age|positions|posts|vehicles|capabilit\w+)\b)|infights?|fights?|fought|"
        r"battle(?!\s+tanks?\b)|battles|battled|battling|defeated|attack(?:ed|s|ing)?|assault(?:ed|s|ing)?|counter-?offensives?|offensive|"
        # ("The offense on Afrin … was launched early on Sunday morning": the wire's spelling of the offensive)
        r"offense(?=\s+(?:on|against)\s+(?:the\s+)?(?-i:[A-Z]))|"
        r"skirmish(?:es|ed)?|"
        r"ambush(?:ed|es)?|confrontations?|engagements?|counter-?attack(?:ed|s)?|infiltrat(?:ed|ion|ions|es)|(?<!during\s)infiltrating|(?:(?<=managed\sto\s)|(?<=able\sto\s)|(?<!to\s))infiltrate|"
        # ("killed in Syrian army's operations in Rastan city")
        r"firefights?|gunfights?|repel(?:led|s)?|military\s+operations?|operation(?<=['’]s\soperation)(?=\s+(?:in|on|at|against|near|around)\s)|operations(?<=['’]s\soperations)(?=\s+(?:in|on|at|against|near|around)\s)|"
        # ("The regime forces continue their operations in Deir Ezzor city")
        r"(?<=continue\stheir\s)operations(?=\s+(?:in|on|at|against|near|around)\s)|"
        r"(?<=continues\sits\s)operations(?=\s+(?:in|on|at|against|near|around)\s)|(?:military\s+)?escalation|pursuits?|"
        # ("Army troops carried out several operations on the axis of the industrial city, near Handarat", "fighters in
        # Jassim city conducted a military campaign against IS cells there")
        # ("the pro-Assad military forces launched operations against opposition-held towns of A and B")
        # (not aircraft: "Russian warplanes launched operations against HTS positions", air strikes the words do not name)
        r"(?:carr(?:y|ies|ied|ying)\s+out|conduct(?:s|ed|ing)?|(?<!warplanes\s)(?<!jets\s)(?<!aircraft\s)(?<!planes\s)"
        r"(?<!drones\s)(?<!helicopters\s)launch(?:es|ed|ing)?)\s+"
        r"(?:(?:several|a\s+number\s+of|a|an|new|fresh|further|"
        r"\d+|two|three|four|five)\s+)?"
        # ("carried out intensive operations against Daesh in Al-Jarajeer")
        r"(?:(?:intensive|intense|large-scale|wide-scale|wide|heavy|fierce|special|successful|qualitative|precise)\s+)?"
        # ("Syrian forces conducted a mop-up operation in the village of al-Lataminah")
        r"(?:(?:military|security|combing|mop(?:ping)?[-\s]?up)\s+)?(?:operations?|campaigns?)"
        r"(?=\s+(?:on|in|near|against|around|at)\b)"
        # (not "conducted intensive operations against civilians in Daraya": an allegation of abuse, no fight)
        r"(?!\s+against\s+(?:the\s+)?(?:civilians|residents|people|protesters|demonstrators|(?:civilian\s+)?population)\b)"
        # (not a search, a demining or a raid on smugglers: "a security campaign in al-Hol camp, arresting dozens",
        # "operations in Palmyra to clear mines")
        r"(?![^.;]{0,60}?\b(?:arrest\w*|detain\w*|mines?|demining|ordnance|unexploded|explosives|smuggl\w*|"
        r"booby[-\s]?traps?|IEDs?|rubble|debris)\b)|"
        # (SANA's "Army units continued operations against positions of terrorist organizations in X")
        # (an armed side's: not "Civil Defence teams continued operations against fires", "… against cholera")
        r"(?<=continued\s)operations(?=\s+against\s+(?:the\s+)?(?:(?:positions|dens|gatherings|remnants)\s+of\s+(?:the\s+)?)?"
        r"(?:[\w-]+\s+){0,2}?(?:terrorists?|militants?|rebels?|insurgents?|jihadists?|gunmen|mercenaries|armed\s+gangs|"
        r"armed\s+groups|factions|(?-i:ISIS|ISIL|IS|"
        r"Daesh|HTS|SDF|YPG|PKK|Nusra|Jabhat|Hay|Islamic\s+State))\b)|"
        r"(?:gun)?fire\s+exchanges?|exchanges?\s+of\s+(?:gun)?fire|exchang(?:ed|es|ing)\s+(?:[\w-]+\s+){0,3}?(?:gun)?fire\b|"
        # ("exchange of heavy machine-guns on X", "exchange of medium and heavy weapons between A and B")
        r"exchanges?\s+of\s+(?:(?:light|medium|heavy|and|automatic)\s+){1,3}(?:machine-?\s?guns|weapons|arms)\b|"
        r"br(?:eak|eaks|oke|eaking)\s+the\s+calm|"
        # ("succeeded in breaking the defense lines of HTS in X")
        r"br(?:eak|eaks|oke|eaking)\s+(?:through\s+)?(?:the\s+)?(?:defen[cs]e|defensive|front)[\s-]?lines|"
        # the state agency's report of a raid: "Army units destroyed terrorists' dens and gatherings in Douma",
        # "destroyed a terrorist group's den" (not "destroyed a tank", "destroyed houses": things hit, no fight)
        r"destroy(?:ed|s|ing)?(?=\s+(?:(?:a|an|the|several|two|three|four|five|\d+)\s+)?(?:(?!and\b)[\w'’-]+\s+){0,2}?"
        r"(?:dens?|hideouts?|gatherings|fortifications|strongholds|positions|headquarters)\b)|"
        # a side's armour destroyed by the other side: "The militants destroyed a government tank near X" (not a bare
        # "destroyed a tank", nor "destroyed houses": things hit, no fight)
        r"destroy(?:ed|s)(?=\s+(?:(?:a|an|the|several|two|three|four|five|\d+)\s+)?"
        r"(?:government|regime|army|enemy|rebel|opposition|(?-i:[A-Z][a-z]+(?:ian|ish))|SAA|SDF|YPG|ISIS)\s+"
        # (not "destroyed a Turkish tank with an IED": the device's act, read as such)
        r"(?:tanks?|armou?red\s+vehicles?|BMPs?|military\s+vehicles?)\b"
        r"(?![^,;.]{0,60}?\bwith\s+(?:an?\s+)?(?:IEDs?|improvised|explosive|(?:land)?mines?|roadside|bombs?)\b))",
    ),
    # -- strategic developments worded as verbs (before "drop", a generic strike word)
    (
        "base",
        "active",
        r"(?:swear|swears|swore|sworn|swearing|pledg(?:e|es|ed|ing)|giv(?:e|es|ing)|gave)\s+(?:their\s+|its\s+|the\s+)?"
        r"(?:allegiance|bay['’]?(?:a|ah|aa)\b)|"
        r"(?:throw|throws|threw|thrown|throwing|drop|drops|dropped|dropping|scatter(?:s|ed|ing)?)\s+(?:\w+\s+)?leaflets",
    ),
    # "Syria's air defenses intercepted several missiles", "air defenses thwarted missiles fired from Israeli
    # aircraft": a strike stopped (ACLED's disrupted weapons use)
    (
        "base",
        "active",
        # (the projectiles may be quoted: "intercepted several “Israeli missiles”")
        # ("confronted on 13 April an Israeli air strike targeting X": a strike from the air stopped)
        r"(?:intercept|thwart|confront)(?:ed|s|ing)?(?=\s+(?:on\s+\d{1,2}\s+[A-Z][a-z]+\s+)?(?:an?\s+|the\s+)?"
        r"(?:[“\"‘']?[\w-]+\s+){0,3}?[“\"‘']?(?:" + _PROJECTILES + r"|air\s*strikes?|airstrikes?|air\s+raids?))|"
        # "bomb disposal units defused several booby-trapped houses", "disrupted two explosion attempts by booby-trapped
        # cars", "dismantled an IED"
        r"(?:defus|dismantl|disrupt|foil)(?:ed|es|e|ing)?(?=\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?" + _DEVICES + r")",
    ),
    # "several Israeli missiles were intercepted": the strike stopped, told in the passive (see _PROJECTILES_BEFORE)
    ("base", "passive", r"intercepted(?!\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?" + _PROJECTILES + ")"),
    # "A home-made improvised explosive device (IED) was dismantled in al-Teha town": a bomb made safe
    (
        "base",
        "passive",
        r"dismantled(?<=was\sdismantled)|dismantled(?<=were\sdismantled)|dismantled(?<=been\sdismantled)|"
        r"defused(?<=was\sdefused)|defused(?<=were\sdefused)|defused(?<=been\sdefused)",
    ),
    # "leaflets dropped by regime helicopters on X"
    ("base", "passive", r"leaflets\s+(?:(?:were|are)\s+)?(?:thrown|dropped|scattered)"),
    # "the regime's authorities “settle the situations” of hundreds in Beqin": a reconciliation (تسوية) carried out
    ("agreement", "active", r"settl(?:e|es|ed|ing)\s+(?:the\s+)?[“\"']?(?:legal\s+)?(?:situations?|status(?:es)?)"),
    # "Rebels in four towns of Daraa have agreed to hand over their weapons to the Syrian army": a deal made
    (
        "agreement",
        "active",
        r"agree(?:d|s)?\s+to\s+(?:hand\s+over|surrender|give\s+up|lay\s+down|deliver)\s+(?:all\s+)?(?:their|its)?\s*"
        r"(?:heavy\s+|light\s+|medium\s+)?(?:weapons|arms)\b",
    ),
    # "Ahrar al-Sham agreed to surrender the city to the government", "rebels have agreed to allow government forces
    # into X", "agreed to evacuate the town": a deal made, its terms to come (no ground changes hands yet)
    (
        "agreement",
        "active",
        # (with what is given up named: not "as rebels agree to surrender")
        r"agree(?:d|s)?\s+to\s+(?:surrender|hand\s+over|evacuate|allow|withdraw\s+from)\b"
        r"(?=\s+(?:the|their|its|(?:al|el)-|(?-i:[A-Z])))"
        r"(?!\s+(?:their|its)\s+(?:heavy\s+|light\s+|medium\s+)?(?:weapons|arms)\b)",
    ),
    # "Turkey and Russia agreed to establish a secure corridor … along the M4 highway", "agreed on joint patrols": a
    # deal made, named by what it sets up
    (
        "agreement",
        "active",
        r"(?<!\bto\s)(?<!\bcould\s)(?<!\bwould\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bwill\s)(?<!\bnot\s)(?<!\bcannot\s)"
        r"agree(?:d|s)?\s+(?:to\s+(?:establish|set\s+up|create|form|conduct|run|launch)|on)\s+"
        r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:corridors?|patrols?|(?:buffer|safe|security|demilitari[sz]ed|"
        r"de-?escalation)\s+zones?)\b",
    ),
    ("generic", "noun", GENERIC_WORDS.pattern),
    # "Turkish military kills 55 IS fighters": fighting when the victims are fighters (see _triggers, geo.events)
    # ("kills and beheads 4 fighters": one act, two verbs)
    # ("Turkish security forces neutralized 10 YPG/PKK terrorists": the Turkish ministry's word for killed or captured)
    (
        "killing",
        "active",
        # (not "killed by gunfire": a shooting, read as one below)
        r"kill(?:s|ed)?\b(?!\s+" + BY_GUNFIRE + r"(?!\s+(?:of|from)\b)" + _IN_ANOTHER_ACT + r")"
        r"(?:\s+and\s+(?:beheads?|beheaded|wounds?|wounded|injures?|injured))?|neutrali[sz](?:ed|es)",
    ),
    # "the killing of 34 Turkish soldiers by the Syrian regime in Idlib": a killing told as a noun, with its agent
    ("killing", "noun", r"killing(?=\s+of\s+[^,;.]{1,60}?\s+by\s)"),
    # -- violence against civilians, arrests, strategic developments, demonstrations
    (
        "violence",
        "noun",
        # ("55 people were massacred in Al-Kubeir by pro-regime militiamen", "45 women and children were stabbed and
        # burned in Homs")
        # (not an epithet: "the son of assassinated senior commander Imad Mughniyeh", "the assassinated leader")
        r"execut(?:ed|es|e|ing|ion|ions)|massacres?|massacred|assassinat(?:es|e|ing|ion|ions)|shot\s+dead|"
        r"(?<!\bof\s)(?<!\bthe\s)(?<!\bfor\s)(?<!\bits\s)(?<!\btheir\s)(?<!['’]s\s)assassinated|"
        # (not the idiom: "Washington had stabbed them in the back")
        # (the idiom is no attack unless someone is killed or hurt: "stabbed him in the back in Qamishli, killing him")
        r"gunned\s+down|stabbed(?!\s+(?:[\w-]+\s+)?in\s+the\s+back\b(?![^.;]*\b(?:kill\w*|dead|died|wound\w*|injur\w*)\b))"
        r"(?:\s+to\s+death)?|hacked\s+to\s+death|"
        # "Unknown attackers shot and killed on Monday a man in X", "was fatally shot by unidentified individuals"
        r"shot\s+and\s+killed(?!\s+(?:\w+\s+){0,2}?(?:protesters|demonstrators|mourners)\b)|fatally\s+shot|shot\s+to\s+death|"
        # ("Three rebels … were killed by gunfire on the highway near X"; not "by the bullets of the border guards")
        r"killed\s+" + BY_GUNFIRE + r"(?!\s+(?:of|from)\b)" + _IN_ANOTHER_ACT + r"|"
        # ("Two children were injured by alleged SDF gunfire in the town of Darnaj": the shooting, its side named)
        # (not "celebratory gunfire", "random gunfire during a wedding")
        r"(?:injured|wounded)(?=\s+by\s+(?:the\s+)?(?:alleged\s+|unknown\s+|unidentified\s+)?"
        r"(?!(?:celebratory|random|stray)\b)(?:[\w'’-]+\s+){0,3}?(?:gunfire|gunshots?|bullets)\b"
        + _IN_ANOTHER_ACT
        + r")|"
        # ("unknown gunmen believed to be members of the Islamic State shot him in al-Busayrah")
        r"shot\s+(?:him|her)(?:\s+dead)?(?=\s+(?:in|near|at|on|outside|inside)\b)|"
        # ("killed along with six other people in a drive-by shooting that was carried out by ISIS")
        r"drive-?by\s+shootings?|"
        r"snip(?:er|ers|ing)|tortur(?:ed|e)|behead(?:ed|s|ing)?|decapitat(?:ed|es|e|ing|ion)|murder(?:s|ed|ing)?|"
        r"slaughter(?:ed|s|ing)?(?=\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a|an|the|several|dozens)\b)|"
        # ("ISIS members slit the throats of the men near the town of Mayadeen", "then cutting his head off")
        r"sl(?:it|its|itting)\s+the\s+throats?|cut(?:s|ting)?\s+(?:off\s+)?(?:his|her|their)\s+heads?(?:\s+off)?|"
        r"(?:strangl|beat|burn|stabb)(?:ed|en)\s+to\s+death|"
        # "members of Ahrar al-Sharqiya beat a civilian man in X"
        r"beat(?:s|en)?(?=\s+(?:up\s+)?(?:a|an|the|\d+|two|three|several)\s+(?:[\w-]+\s+){0,2}?(?:civilians?|man|men|woman|"
        r"women|child(?:ren)?|boys?|girls?|youths?|persons?|people|citizens?|residents?|activists?|journalists?)\b)|"
        # "gunmen opened fire on the house of X", "opened fire directly on members of a checkpoint": a shooting (the
        # fighting kind when a side or its men are fired on, see _kinds_by_means)
        r"open(?:s|ed|ing)?\s+(?:heavy\s+|intense\s+)?(?:machine-?gun\s+)?fire(?=\s+(?:directly\s+|randomly\s+)?"
        r"(?:on|at|upon|towards?|against)\b)|"
        # ("Security guards … have fired shots at protesters": not warning shots, fired to scare)
        r"fired\s+(?:live\s+)?(?:shots|bullets|rounds)(?=\s+(?:at|on|into)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:protesters|demonstrators|mourners|crowds?)\b)|"
        # "security forces fired on hundreds of protesters", "Turkey shot at its forces in the town of X"
        # ("security police shot two protesters")
        # ("shot and injured at least three protesters")
        r"shot(?=\s+(?:and\s+(?:killed|injured|wounded)\s+)?(?:(?!\w+ing\b|near\b|among\b|with\b|beside\b|by\b|guarding\b)\w+\s+){0,3}?(?:protesters|demonstrators|mourners)\b)|"
        r"(?:shot|fired)(?=\s+(?:live\s+(?:ammunition|rounds|bullets)\s+)?(?:on|at|upon)\s+(?!(?:the\s+)?(?:\w+\s+)?"
        r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|dawn|night|least)\b))|"
        # "IS stones a man to death in X", "A man and a woman stoned to death in Y": an execution
        r"ston(?:e|es|ed|ing)(?=\s+(?:[\w-]+\s+){0,5}?to\s+death\b)|ston(?:ed|ing)\s+to\s+death|"
        # "The “Islamic State” organization “stoned” two women": a punishment (not a crowd's stones at a patrol's members;
        # whipping is left alone: "ISIS whips a man in the fields and executes another in Raqqa" split its subject off)
        r"ston(?:es|ed)(?=[”\"’']?\s+(?:an?|the|two|three|four|five|six|\d+|several)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:wom[ae]n|m[ae]n|persons?|youths?|boys?|girls?|amir|emir)\b)|"
        # "a citizen killed by the bullets of the Turkish border guards", "border guards kill a child": shooting at
        # people crossing (the guards' side is the word before them, inside the phrase when it opens with "by")
        r"(?:(?:bullets|gunshots?|gunfire|fire|shooting|targeting)\s+(?:of|from|by)|by)\s+(?:the\s+)?"
        r"(?:Turkish\s+)?" + _GUARD_WORDS + r"(?:\s+bullets)?|" + _GUARD_WORDS + r"(?:\s+bullets)?",
    ),
    ("abduction", "noun", r"kidnapp?(?:ed|ing)|kidnaps?|abduct(?:ed|s|ion|ions)?"),
    ("arrest", "noun", r"arrest(?:ed|s|ing)?|detain(?:ed|s)?|detention\s+campaign|apprehend(?:ed|s|ing)?"),
    # "rounding up dozens of demonstrators", "rounded up 30 young men" (people, not weapons or cattle)
    (
        "arrest",
        "noun",
        r"round(?:ed|s|ing)?\s+up(?!\s+(?:their|its|his)\s)(?=\s+(?:(?:the|some|dozens|scores|hundreds|tens|several|many|more\s+than|at\s+least|"
        r"about|\d+)\s+)*(?:of\s+)?(?:[\w-]+\s+)?(?:people|men|youths?|demonstrators|protesters|activists|civilians|"
        r"residents|students|suspects|women|dissidents|members|fighters|soldiers|defectors|deserters)\b)",
    ),
    (
        "agreement",
        "noun",
        # ("deals have been struck for local ceasefires in Qudsaya, … and Yalda")
        r"agreements?|truces?|ceasefires?|cease-fires?|reconciliation\s+deals?|prisoners?\s+exchange|exchange\s+operation|"
        # "reached a deal with Russia", "under an evacuation deal" (not "deal with the situation")
        r"deal(?<=\ba\sdeal)|deal(?<=\bthe\sdeal)|deal(?<=evacuation\sdeal)|deal(?<=surrender\sdeal)|"
        r"deal(?<=final[”\"]\sdeal)|deal(?<=\sfinal\sdeal)|"
        # ("under an unprecedented deal which hands back control", "a ceasefire deal with the government")
        r"deal(?=\s+(?:with|between|which|that|under|brokered|reached)\b)",
    ),
    # "the Daraa militants accepted the terms of the Syrian army": a deal made
    (
        "agreement",
        "active",
        r"accept(?:ed|s|ing)?\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?(?:terms|conditions|offer|deal|settlement)\b",
    ),
    (
        "base",
        "active",
        r"(?:established?|establishes|set\s+up|sets\s+up|building)\s+(?:a\s+|an\s+|the\s+|its\s+)?(?:new\s+)?"
        # ("The Turkish military established a third observation point")
        r"(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twelfth|\d+(?:st|nd|rd|th))\s+)?"
        # ("Turkish troops set up a new post at Taftanaz military airbase", "established yet another observation point")
        r"(?:military\s+)?(?:base|headquarters|observation\s+(?:post|point)|point|post(?=\s+(?:at|in|near|on)\b))|"
        r"(?:established?|establishes|set\s+up|sets\s+up)\s+yet\s+another\s+(?:military\s+)?(?:base|observation\s+"
        r"(?:post|point)|point|post)",
    ),
    # "a convoy of Russian Forces arrives at X": a deployment (ACLED's Strategic developments / Other)
    ("base", "active", r"arriv(?:es|ed|e|ing)\s+(?:at|in|to)"),
    # "Pro-Assad forces raised the Syrian flag in Quneitra", "raising the regime flag over the town of Douma": a sign
    # of who holds it, no change of hands by itself (the gold's `flag` ruling: Strategic developments / Other)
    (
        "base",
        "active",
        r"(?:rais|hoist|plant)(?:e|es|ed|ing)\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?flags?",
    ),
    # "Turkish-backed rebels have been looting shops in Afrin", "Assad's forces stole gold … from the houses they
    # raided": property taken (ACLED's Strategic developments / Looting/property destruction; see geo.events)
    (
        "base",
        "active",
        # (a verb, not a count of cases: "witness many cases of looting and assassinating")
        # (nor a passive: "Shops that were looted last week reopened")
        r"(?<!\bof\s)(?:(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)(?<!\bbeing\s)(?:looted|pillaged|plundered|ransacked)|"
        r"loot(?:s|ing)?|pillag(?:e|es|ing)|plunder(?:s|ing)?|ransack(?:s|ing)?)\b|"
        # (property: not "stole nothing", "stole data from the ministry")
        r"(?:stole|steal(?:s|ing)?)(?!\s+(?:nothing|no|data|information|files|documents|identities|passwords)\b)"
        r"(?=\s+(?:[\w,'’-]+\s+){0,6}?from\s)|"
        # ("the YPG burned down several houses there": people's property destroyed, not a fire of war)
        # ("fighters were seen setting fire to shops", "militants had started burning their HQs and weapon depots")
        r"(?:burn(?:ed|t|s|ing)|torch(?:ed|es|ing)|set(?:s|ting)?\s+fire\s+to)(?:\s+down)?"
        r"(?=\s+(?:(?:the|several|many|dozens|of|their|its|\d+)\s+)*"
        r"(?:[\w-]+\s+)?(?:houses|homes|shops|stores|crops|fields|properties|HQs|headquarters|depots|warehouses)\b)|"
        # ("the pro-Ankara fighters broke into shops, restaurants and houses", "were seen breaking into shops")
        # ("Unidentified gunmen break into a house in Busra al-Sham and steal gold")
        r"(?:broke|break(?:s|ing)?)\s+into(?=\s+(?:(?:the|an?|several|many|dozens|of|\d+)\s+)*(?:[\w-]+\s+)?"
        r"(?:houses?|homes?|shops?|stores?|restaurants?|warehouses?)\b)|"
        # ("crowds toppled a statue of President Bashar Assad's father", "tearing down a giant poster of the president":
        # a symbol of the other side brought down; by protesters a riot, see geo.events)
        # ("cheering protesters tore up a poster of President Bashar Assad": torn to pieces, the same)
        r"(?:(?:tore|torn|tear(?:s|ing)?|ripp(?:ed|ing)|rips?)\s+(?:down|up)|"
        r"(?:pulled|pull(?:s|ing)?|brought|bring(?:s|ing)?|knock(?:ed|s|ing)?)\s+down|"
        r"toppl(?:e|es|ed|ing)|smash(?:ed|es|ing)|destroy(?:ed|s|ing)|defac(?:e|ed|es|ing))"
        # ("Turkey-backed forces pull down Kurdish statue in Afrin town centre": a statue named by where it stood)
        r"(?=" + SYMBOL_NAMED + r")",
    ),
    # ("In Daraa city, a statue of Assad was brought down last night": the statue, brought down by no one named)
    (
        "base",
        "passive",
        r"statues?(?=\s+of\s[^.;,]{0,50}?\s(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
        r"(?:(?:torn|pulled|brought|knocked)\s+down|toppled|smashed|destroyed|defaced)\b)",
    ),
    # "Hezbollah redeployed in the Western Qalamoun", "regime forces deploy in new positions in X": forces moved in
    # (ACLED: strategic development, other), not a base set up ("the forces deployed in Afrin shell X" is who shells)
    (
        "base",
        "active",
        r"(?:(?:re-?)?deploy(?:s|ing)?|re-?deployed)(?=\s+(?:(?:in|at|to|into|on|around|near|along)\b|new\s+positions\b))|"
        # ("Russia deployed military police to Manbij")
        r"(?:re-?)?deploy(?:s|ed|ing)?(?=\s+(?:(?:its|their|more|new|additional|\d+)\s+)?military\s+police\b)|"
        # ("its military police had begun patrolling Douma": a force moved in, on its rounds)
        # ("Russian military police begin patrolling Saraqeb outskirts": a headline's present)
        r"(?:(?<=\bbegan\s)|(?<=\bbegun\s)|(?<=\bbegin\s)|(?<=\bbegins\s)|(?<=\bstart\s)|(?<=\bstarted\s)|"
        r"(?<=\bstarts\s))patrolling",
    ),
    # "Turkish-backed factions brought in a large military reinforcement to the frontlines of Ain Issa": the same
    (
        "base",
        "active",
        # ("The Syrian military rushed in reinforcements")
        r"(?:br(?:ought|ing|ings|inging)|sen(?:t|d|ds|ding)|dispatch(?:ed|es|ing)?|push(?:ed|es|ing)?|rush(?:ed|es|ing)?)"
        r"(?:\s+in)?"
        r"(?=\s+(?:a\s+|an\s+|new\s+|large\s+|huge\s+|big\s+|massive\s+|more\s+|further\s+|additional\s+|military\s+)*"
        r"reinforcements?\b)|"
        # ("Moscow sent military police this week into Daraa al-Balad"; not "pushed police back", "a police delegation")
        r"(?:sen(?:t|d|ds|ding)|dispatch(?:ed|es|ing)?|rush(?:ed|es|ing)?)(?:\s+in)?"
        r"(?=\s+(?:(?:its|their|more|new|additional|\d+)\s+)?military\s+police\b)",
    ),
    # "Turkish and Russian troops conducted the first joint patrol of the highway M-4": the gold's Other
    (
        "base",
        "active",
        r"(?:conduct(?:s|ed|ing)?|h(?:eld|old|olds|olding)|carr(?:y|ies|ied|ying)\s+out|r(?:an|un|uns|unning))"
        r"(?=\s+(?:(?:a|an|the|their|its)\s+)?(?:[\w-]+\s+){0,2}?joint\s+(?:[\w-]+\s+)?patrols?\b)",
    ),
    ("riot", "noun", r"riots?|rioters|violent\s+(?:demonstrations?|protests?)"),
    (
        "protest",
        "noun",
        r"protest(?:ed|s|ers|ors|ing)?|demonstrat(?:ion|ions|ed|ors|ing)|rall(?:y|ied|ies)|sit-in|"
        # "hundreds of people gathered in front of the Grand Mosque in X on Sunday to protest"
        r"gather(?:ed|ing)?(?=[^.;]{0,80}?\bto\s+(?:protest|demonstrate|denounce|condemn|demand)\b)|"
        # ("the inhabitants gathered around the main square …, calling for the fall of the regime", "Young men marched
        # through a market in Suweida city …, chanting slogans")
        # ("residents had gathered in the city center, chanting “Freedom.”": a slogan quoted)
        # ("Crowds assembled outside the crossing demanding the release of detainees")
        rf"(?:gather(?:ed|ing)?|assembl(?:ed|ing)|march(?:ed|ing)?)(?=[^.;]{{0,120}}?\b(?:chant(?:ed|ing)\s+(?:slogans|for|against|[“\"‘])|"
        rf"{_PROTEST_CALL})\b)|"
        # "dozens of citizens came out to denounce the dire living conditions"
        r"c(?:ame|ome|omes|oming)\s+out(?=\s+(?:[\w’'-]+\s+){0,6}?to\s+(?:protest|demonstrate|denounce|condemn|demand)\b)",
    ),
]
# one word-boundary test per position, outside the alternation (the engine still backtracks into it)
_TRIGGER_RE = re.compile(
    "(?<![\\w-])(?:" + "|".join(f"(?P<t{i}>{rx})" for i, (_, _, rx) in enumerate(_LEXICON)) + ")(?![\\w-])", re.I
)


def _starts(items: list, n: int, depth: int = 0) -> set[tuple[str, ...]] | None:
    """The first ``n`` characters a parsed pattern can match, as tuples of lower-case characters (``"\\s"`` for
    any white space; shorter where the pattern can end sooner); None when a character class is too wide to list.

    Look-arounds and anchors are skipped, so the set can only be too wide, never too narrow."""
    if n == 0 or not items:
        return {()}
    if depth > 60:
        return None
    (op, av), rest = items[0], items[1:]
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return _starts(rest, n, depth + 1)
    if op in (_sre.BRANCH, _sre.SUBPATTERN, _sre.MAX_REPEAT, _sre.MIN_REPEAT):
        if op is _sre.BRANCH:
            ways = [[*b, *rest] for b in av[1]]
        elif op is _sre.SUBPATTERN:
            ways = [[*av[3], *rest]]
        else:
            lo, hi, sub = av
            ways = [rest] if lo == 0 else []
            if hi == _sre.MAXREPEAT or hi > 1:
                again = (op, (max(lo - 1, 0), hi if hi == _sre.MAXREPEAT else hi - 1, sub))
                ways.append([*sub, again, *rest])
            elif hi == 1:
                ways.append([*sub, *rest])
        out: set[tuple[str, ...]] = set()
        for way in ways:
            got = _starts(way, n, depth + 1)
            if got is None:
                return None
            out |= got
        return out
    first = _first_chars(op, av)
    tail = None if first is None else _starts(rest, n - 1, depth + 1)
    if first is None or tail is None:
        return None
    return {(ch, *t) for ch in first for t in tail}


def _first_chars(op, av) -> set[str] | None:
    """The characters one parsed item can match (see :func:`_starts`), or None."""
    if op is _sre.LITERAL:
        return {chr(av).lower()}
    if op is _sre.RANGE:
        return {chr(c).lower() for c in range(av[0], av[1] + 1)} if av[1] - av[0] <= 64 else None
    if op is _sre.CATEGORY and av is _sre.CATEGORY_SPACE:
        return {"\\s"}
    if op is not _sre.IN:
        return None  # (a negated class, another category, any character: too wide to list)
    out: set[str] = set()
    for k, v in av:
        got = _first_chars(k, v)
        if got is None:
            return None
        out |= got
    return out


def _gate(lexicon: Sequence[tuple[str, str, str]], n: int = 6) -> re.Pattern[str] | None:
    """A quick necessary test for :data:`_TRIGGER_RE`: a word that starts as one of its event words can start.

    The big alternation tries every event word at every word start (~40 µs for a sentence of 15 words); this
    pattern, the words' first ``n`` characters arranged as a trie, rejects a sentence with no event word in a
    tenth of that, which is most sentences of a long report.  None when some event word's start cannot be
    listed (then every sentence is read in full)."""
    if _sre_parse is None:
        return None
    starts: set[tuple[str, ...]] = set()
    for _, _, rx in lexicon:
        got = next((g for k in range(n, 0, -1) if (g := _starts(list(_sre_parse(rx, re.I)), k)) is not None), None)
        if got is None:
            return None
        starts |= got
    tree: dict = {}
    for word in starts:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        if "" in node:  # a start that ends here: anything may follow
            return ""
        alts = [(k if k == "\\s" else re.escape(k)) + emit(v) for k, v in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return re.compile("(?<![\\w-])" + emit(tree), re.I)


_TRIGGER_GATE = _gate(_LEXICON)


def has_event_word(sentence: str) -> bool:
    """False only when ``sentence`` holds none of the lexicon's event words (a quick test: True may still
    find none). A sentence without one, a place or a side has nothing for :func:`read_sentence` to read."""
    return _TRIGGER_GATE is None or _TRIGGER_GATE.search(sentence) is not None


#: wire adjectives before a site's type word, for "took the <adjectives> town of X" ("the strategically important town
#: of Tel Hamis", "the desert town of Al-Qaryatain", "the seaside hamlet of Samra", "the key military air base of X")
_SITE_ADJECTIVES = (
    r"whole|entire|strategic|strategically|key|important|vital|nearby|neighbou?ring|small|large|big|biggest|largest|"
    r"rebel-held|regime-held|historic|ancient|symbolic|symbolically|former|main|coastal|border|besieged|central|"
    r"modern|old|seaside|mountainous|hilltop|remote|frontline|tiny|desert|military|industrial|"
    # ("the strategic northwestern crossroads town of Saraqeb", "the northern frontier town of X")
    r"crossroads|frontier|riverside|market|agricultural|predominantly|mostly|mainly|largely|opposition-held|"
    r"jihadist-held|IS-held|ISIS-held|Kurdish-held|Kurdish|Christian|Alawite|Druze|Sunni|Shiite|Arab|Turkmen"
)
#: words that need a place (or "the town of") right after them to be a capture: "took positions" is not
_BARE_TAKE = re.compile(
    r"^(?:re)?(?:took|takes?|taking|taken|retakes?|retaking|retaken|entered|enters|regain(?:s|ed|ing)?|freed|frees|"
    r"free|freeing|occupied|occupies|occupying)$",
    re.I,
)


def _place_before_be(sentence: str, places, t0: int, t1: int) -> bool:
    """Whether a place is the subject right before the be-verb of "was occupied/freed by" ("the town of X was occupied
    by HTS"), not people or property ("journalists … were freed by HTS", "houses in Afrin that were occupied by"), a
    relative clause's state ("which was occupied by") or a hold since a time ("has been occupied by HTS since 2017")."""
    gap = _SUBJECT_BE.search(sentence, max(0, t0 - 60), t0)
    subject = next((s for s, e in places if gap is not None and e == gap.start()), None)
    if subject is None or _LOCATIVE_BEFORE.search(sentence, max(0, subject - 20), subject):
        return False  # (not "journalists kidnapped in Idlib were freed by HTS": the place only says where they were)
    return not _HELD_SINCE.match(sentence, t1)


#: between a place and its passive verb: " was ", " has been ", " had been also "
_SUBJECT_BE = re.compile(
    # ("Raqqa city was taken")
    r"(?:\s+(?:city|town|village))?(?:\s*,)?\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+"
    r"(?:\w+ly\s+|also\s+)?$",
    re.I,
)
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|from|near|inside|outside|around)\s+(?:the\s+)?$", re.I)
#: a hold that lasts: "by HTS since 2017", "by the regime for years"
_HELD_SINCE = re.compile(r"\s+by\s+[^,;.]{1,50}?\s+(?:since|for)\b", re.I)
#: a taking told whole right after its participle, then the clause's end: " “completely”,", " fully on Sunday"
_WHOLLY_NEXT = re.compile(
    r"\s+[“\"‘']?(?:completely|fully|entirely|totally)[”\"’']?(?=\s*[,.;]|\s*$|\s+(?:on|after|by|in)\b)", re.I
)
#: the participles of :data:`_BARE_TAKE` that make a passive of capture with "by" ("was retaken by", "was occupied
#: by"); "was entered by" is not one
_PASSIVE_TAKE = re.compile(r"^(?:re)?taken$|^(?:occupied|freed|regained)$", re.I)
_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
#: a capture noun's object, then a judgement of it: " of Maskanah is an important victory for", " of Qaboun following
#: Barzeh is another blow to rebels", "’s capture of this strategic city was a key success"
_VERDICT_AFTER = re.compile(
    # ("The fall of Raqqa, where IS staged parades in 2014, is a potent symbol of …": a relative clause between)
    # ("Their sudden capture of the northern city of Aleppo, an ancient business hub, was a stunning prize": an apposition)
    r"(?:[^.;,]{0,40}?,\s+(?:where|which|who|an?|the)\s+[^.;]{1,120}?,)?"
    r"[^.;,]{0,80}?\b(?:is|was|will\s+be|would\s+be|marks?|marked|represents?|represented)\s+(?:a|an|another|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:blow|victory|setback|success|boost|milestone|turning\s+point|defeat|gain|step|achievement|"
    r"breakthrough|triumph|symbol|prize|coup|humiliation)\b|"
    # ("The fall of Boukamal means remaining IS militants are holed up …": what a capture told before brings)
    r"[^.;,]{0,40}?\s(?:means|meant|would\s+mean|will\s+mean)\b|"
    # ("The liberation of Albu Kamal city is very important because …": its weight, judged)
    r"[^.;,]{0,40}?\b(?:is|was)\s+(?:very\s+|extremely\s+|highly\s+|so\s+)?(?:important|significant|crucial|vital|"
    r"pivotal|symbolic)\b",
    re.I,
)
#: acts told as before the news, right before their noun: "previous attacks", "prior raids"
#: a capture an earlier offensive ended in: "the same offensive that resulted in the taking of "
_RESULTED_IN = re.compile(
    r"\b(?:same|previous|earlier|last|prior|former)\s+(?:[\w-]+\s+){0,2}(?:that|which|the)\s+(?:had\s+)?"
    r"(?:resulted|ended|culminated)\s+in\s+(?:the\s+)?$",
    re.I,
)
#: a capture's noun whose verb is to come, or what it would bring: "A takeover of Douma by the army could come within
#: days", "The fall of Palmyra would open the road to Deir ez-Zor"
#: an owner or an article right before a word that makes it a noun: "the town's ", "the ", "its "
_NOUN_USE_BEFORE = re.compile(r"(?:\w['’]s?|\bthe|\bits|\btheir)\s+$", re.I)
_MAY_COME = re.compile(
    # (with no time of its own between: not "The army's takeover of Saraqeb on Thursday will cut the M4 highway")
    r"(?:(?!\b(?:on|last|yesterday|today|overnight|earlier|this|late|early)\b)[^,;.]){0,60}?"
    r"\b(?:could|would|will|may|might|is\s+expected\s+to|is\s+likely\s+to)\s+(?:\w+ly\s+)?"
    r"(?:come|happen|take\s+place|take\s+(?:(?:several|a\s+few|many|some)\s+)?(?:days|weeks|months|years|time)|mean|"
    r"open|change|give|allow|be|cut|isolate|end|pave|put|leave|deal|spell)\b|"
    # ("the town's capture would help the Syrian army to press towards X"; not "will help", a capture told)
    r"(?:(?!\b(?:on|last|yesterday|today|overnight|earlier|this|late|early)\b)[^,;.]){0,60}?"
    r"\b(?:could|would|might)\s+(?:\w+ly\s+)?(?:help|enable|bring|force)\b",
    re.I,
)
_PRIOR_BEFORE = re.compile(r"\b(?:previous|prior|past|former)\s+$", re.I)  # (not "earlier": the day's, in wire copy)
#: men named by no side's name, and the verb and possessive that make them the subject's own pulled back: "pulled its
#: fighters", "pulling their troops"
_BARE_MEN = re.compile(r"(?:fighters|troops|forces|soldiers|men|militants|gunmen)", re.I)
_POSSESSIVE_OWN = re.compile(r"\bpull(?:ed|s|ing)?\s+(?:its|their|his)\s+(?:own\s+)?$", re.I)
#: the verbs of armed men hunted down (see the clash trigger), an aim before them, and a judgement after their object
_HUNT_WORD = re.compile(r"pursu|chas|hunt|track|eliminat", re.I)
_HUNT_AIMED = re.compile(
    r"\b(?:aims?|aimed|goal|seeks?|sought|vow(?:s|ed)?|pledg\w+|plans?|planned)\s+(?:is\s+)?to\s+$", re.I
)
_PRIORITY_AFTER = re.compile(
    r"[^,;.]{0,60}?\b(?:remains?|is|was)\s+(?:a|the|our|their|its)\s+(?:top\s+|main\s+|first\s+)?(?:priority|goal|aim)\b",
    re.I,
)
#: a hold denied right before "control": "out of government control", "beyond the regime's control"
_OUT_OF_CONTROL = re.compile(r"\b(?:out\s+of|beyond|outside(?:\s+of)?)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
#: people a side takes somewhere, after their adjective: "took Syrian journalists on a tour"
_PEOPLE_TAKEN = (
    r"(?:reporters|journalists|correspondents|delegations?|delegates|officials|visitors|residents|civilians|people|"
    r"prisoners|hostages|captives|detainees|soldiers|fighters|families|children|women)\b"
)
#: a place taken named by its type alone, the one told before: " the city on Saturday", " the town."
_TYPE_ONLY_OBJECT = re.compile(
    r"\s+(?:the\s+)?(?:town|city|village|base|airbase|air\s+base|airport)(?=\s*[,.;]|\s*$|\s+(?:on|after|back|over|"
    r"early|late|yesterday|today|last|this|following|completely|entirely|fully)\b)",
    re.I,
)
_TAKE_OBJECT = re.compile(
    # ("retook al-Mansoura town", "retook the entire city of Palmyra", "took the last village of X"; "regained Tuesday
    # the Wahshiya village", "seized earlier on Tuesday the village of X")
    # ("captured on Sunday March 16, 2014 the city of Yabroud")
    # ("retake 'all of Palmyra' from Isis": a quote's mark before the object)
    r"^\s+['‘\"“]?(?:(?:earlier\s+)?(?:on\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?"
    r"(?:" + _MONTH_NAMES + r"\s+\d{1,2}"
    r"(?:,?\s+\d{4})?,?\s+)?)?(?:the\s+)?(?:"
    # ("retake last ISIL urban stronghold of X")
    r"last\s+(?:[\w'’-]+\s+){0,3}?(?:stronghold|bastion|pocket)s?\s+(?:of|in)\s+|"
    # ("regime forces entered rebel districts in the northern city of Daraa")
     + _SIDES_DISTRICT_WORDS + r"\s+(?:in|of)\s+|"
    # "advanced into the town of X and retaken it from Takfiri terrorists", "pierce the defenses of the base and
    # take it over": the place named before
    r"it(?=\s+(?:from|back|over)\b|\s*[,.;]|\s*$)|"
    # ("the northern Syrian town of al-Bab", "the historic town of Palmyra", "the oil-rich city of Deir ez-Zor")
    r"(?:(?:last|major|" + _SITE_ADJECTIVES + r"|(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)\w*|[A-Z][a-z]+(?:ian|ish|ese|i)|"
    # ("took the largely-Arab populated town of Tal Abyad")
    r"[\w-]+-(?:held|controlled|run|rich|populated|dominated|majority)|(?:mainly|mostly|predominantly|largely)-[A-Z][a-z]+|"
    r"populated|inhabited)\s+){0,3}"
    # ("have retaken nearly all of the provincial capital of Deir el-Zour")
    r"(?:town|village|city|hilltop|hill|peak|summit|base|airbase|air\s+base|airport|area|camp|cent(?:er|re)|hamlet|"
    r"district|neighbou?rhood|crossing|dam|mountain|heights?|villages|towns|hills|settlement|"
    r"(?:provincial|regional)\s+capital)s?" + _AND_TYPES + r"\s+of\s+|"
    # ("took the nation's capital Damascus", "entered the country's third-largest city, Homs")
    r"(?:country|nation|province|region|group)['’]s\s+(?:[\w-]+\s+){0,3}?(?:capital|city)\b|"
    # ("regain key Saraqeb city")
    # ("entered central Ras al-Ayn")
    # ("entered rebel-held Douma", "entered besieged eastern Aleppo")
    r"(?:(?:key|strategic|vital|historic|ancient|symbolic|main|besieged|entire|whole|central|downtown|"
    r"(?:north|south|east|west)(?:ern|-?(?:east|west)ern)?|[\w-]+-(?:held|controlled|besieged|occupied))\s+){0,3}"
    # (not people: "took Moscow-based reporters to see the town", "took Syrian journalists on a tour")
    r"[A-Z\u0600-\u06ff](?![\w'’]*-based\b)(?![\w'’-]*\s+" + _PEOPLE_TAKEN + r")|"
    r"(?:al|el|ad|an|ar|as|ash|at|az)[-\s][A-Z]|"
    # "retake areas they lost", "regain 2 villages", "regain what they lost": a capture of places unnamed
    # "managed to retake a key village in …", "seized control of a key border town from IS"
    r"(?:a|an|one)\s+(?:(?:key|strategic|new|small|major|nearby|important|border|frontline|rebel-held|IS-held)\s+){0,2}"
    r"(?:village|town|city|hill|district|neighbou?rhood|base|airbase|air\s+base)\b|"
    # ("take a string of villages including Buwaydah, Zalin and Masassnah")
    r"(?:an?\s+(?:string|number|series|handful|group|chain)\s+of\s+(?:[\w-]+\s+)?)?"
    # ("had taken seven villages and surrounding territory in Abu Khashab")
    r"(?:(?:the\s+)?(?:entire|whole)\s+|\d+\s+|two\s+|three\s+|four\s+|five\s+|six\s+|seven\s+|eight\s+|nine\s+|"
    r"ten\s+|a\s+dozen\s+|dozens\s+of\s+|several\s+|more\s+|new\s+|"
    r"large\s+|most\s+|parts?\s+|the\s+rest\s+)*(?:villages|towns|areas|points|sites|hills|farms|"
    r"locations|parts|alleys|checkpoints)\b|what\s+(?:they|it|he)\s+(?:had\s+|have\s+|has\s+)?lost\b|"
    # "regain most of Beit Sawa", "retake large parts of X", "the western part of X", "70% of X": part of a place
    # ("have retaken nearly half of Albu Kamal", "retaken all of the south-western Dahiyat al-Assad district")
    r"(?:(?:nearly|almost|about|roughly|over|more\s+than)\s+)?"
    r"(?:all|most|much|half|(?:large\s+|big\s+|several\s+)?parts?|(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?parts?|"
    # ("have retaken more than 70 percent of eastern Ghouta": a bearing in lower case before the name)
    r"\d+\s*%|\d+\s+percent)\s+of\s+(?:(?:(?:north|south|east|west)\w*\s+)?[A-Z\u0600-\u06ff]|"
    r"the\s+(?:town|village|city|neighbou?rhood|district|(?:provincial|regional)\s+capital)\b|"
    r"the\s+(?:north|south|east|west)[\w-]*\s+(?:[A-Z\u0600-\u06ff]|parts?\s+of\b)))"
)
_BE = re.compile(
    # ("IS captured X": the Islamic State's acronym, not the verb)
    r"(?:\b(?:(?-i:is|Is)|are|was|were|be|been|being|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+|now\s+|also\s+|"
    # ("The town of Helfaya … is among those captured by the Syrian army")
    r"all\s+|both\s+|reportedly\s+|among\s+(?:those|them)\s+)?)$",
    re.I,
)
_BY_NEXT = re.compile(r"\s+by\s", re.I)
#: the loser or the time, then the doer: " from ISIL fighters earlier this month by "
_BY_AFTER_LOSER = re.compile(
    r"\s+(?:from|earlier|this|last|on|in)\s(?![^,;.]{0,50}?\b(?:offensive|attack|assault|operation|campaign)\s+by\b)"
    r"[^,;.]{0,50}?\s+by\s(?!(?:the\s+)?(?:end|time|middle)\b)",
    re.I,
)
#: verbs by which an act goes on ("clashes … continue in Y", "renew the targeting of X")
GOING_ON_VERBS = (
    r"(?:continu(?:e|es|ed)|renew(?:s|ed)?|resum(?:e|es|ed)|escalat(?:e|es|ed)|intensif(?:y|ies|ied)|rag(?:e|es|ed)|"
    r"erupt(?:s|ed)?)"
)
#: a place's own type word right after its name, before the words that join the next place ("Halfaya town and …")
TYPE_WORD_AFTER = r"(?:(?:town|village|city|neighbou?rhood|camp)\s*)?"
#: "renew the targeting of Daraa city": the noun after a verb that renews it is the act, not one pointed back to
_RENEWS_THE = re.compile(rf"\b{GOING_ON_VERBS}\s+(?:the|their|its)\s+$", re.I)
_HAD = re.compile(r"\bhad\s+(?:\w+ly\s+|already\s+|just\s+|also\s+|been\s+)?$", re.I)
#: a verb that reports what a side says, and a day that may stand before or after it ("said on Thursday", "Sunday
#: announced"): the words of :data:`_SPEECH_GAP` and :data:`_REPORTED_HAD`
_SPEECH_VERB = (
    r"(?:said|says|say|announced|announces|declared|declares|reported|reports|confirmed|confirms|stated|states|"
    # ("The army admitted it had lost control of Morek")
    # ("Syrian rebels claim they have captured the entire western area of Aleppo")
    r"claimed|claims|claim|added|admitted|acknowledged|conceded)"
)
#: a past time closing a "since" clause: "since protests erupted there in 2011", "since demonstrations in May"
_DATED_SINCE = re.compile(rf"^[^,;.]*?\bin\s+(?:{_MONTH_NAMES}\s+)?(?:\d{{4}}|{_MONTH_NAMES})\b")
_MONTH_ABBREVIATIONS = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
#: a date told by its month and day: "June 15", "Feb. 27", "27 February"
_DAY_OF_MONTH = rf"(?:{_MONTH_NAMES}|{_MONTH_ABBREVIATIONS})\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_NAMES}"
#: a day of the news between a side's word and what it tells: "on Saturday", "Sunday", "Feb. 27", "today" (not "two
#: weeks ago", which :data:`_SPEECH_DAY` also takes)
_NEWS_DAY = (
    rf"(?:on\s+)?(?:(?:late\s+|early\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|{_DAY_OF_MONTH})"
)
_NEWS_DAY_RE = re.compile(_NEWS_DAY, re.I)
_SPEECH_DAY = (
    # ("said earlier on Monday that the army had regained X")
    # ("announced on the morning of 8 December that they had captured X")
    r"(?:(?:earlier|later)\s+)?(?:on\s+)?(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?"
    r"(?:(?:late\s+|early\s+)?\w+day|today|yesterday|(?:a|\w+)\s+(?:days?|weeks?)\s+ago|last\s+(?:week|night)|"
    # ("Syria's army said on June 15 it had recaptured X")
    # ("The YPG announced Feb. 27 it had seized X")
    rf"{_DAY_OF_MONTH})"
    # ("said on Sunday (Oct 20) that they had withdrawn": the date restated in brackets)
    r"(?:\s*\(\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\s*\))?"
)
#: between a side and what it says: "… said it", "… announced on Sunday that they", "… says" (before a headline's
#: passive: "Syrian army says Aleppo retaken"), "…, backed by X, said"
_SPEECH_GAP = re.compile(
    # ("US-backed Syrian Democratic Forces (SDF), an alliance of Kurdish and Arab members, said they …": an acronym in
    # brackets and an apposition between the side and its verb)
    # ("The US-backed Syrian Democratic Forces militia said that it had captured X": the side's own noun)
    # ("SDF forces said they …", "US-backed coalition forces announced that they …": the side's men)
    r"[”\"’']?(?:\s+(?:militia|alliance|group|coalition|movement|forces|troops|units|militants))?(?:\s*\([^()]{1,12}\))?"
    # ("The Turkish Defense Ministry said that Ras al-Ayn was “brought under control”": the side's defence ministry,
    # not another ministry, "Iran's foreign ministry said Aleppo had been liberated")
    r"(?:(?:['’]s)?\s+(?:defen[cs]e\s+ministry|ministry\s+of\s+(?:national\s+)?defen[cs]e))?"
    # ("Syrian rebels and jihadi fighters announced that they had captured X": unnamed partners after the side)
    r"(?:\s+and\s+(?:[\w-]+\s+){0,2}?(?:fighters|militants|jihadists|factions|groups|militias|allies))?"
    # ("General Command of Syrian Army and Armed Forces announced that …": the command's full name)
    r"(?:\s+and\s+(?:the\s+)?Armed\s+Forces)?"
    r"(?:\s*,\s+(?:an?|the)\s+[^,;()]{1,60},(?=\s))?"
    # ("The coalition of Kurdish and Arab soldiers backed by US, British and French special forces said it …")
    r"(?:\s*,?\s+(?:backed|supported)\s+by\s+(?:[^;.]|(?<=\bU)\.|(?<=\bU\.S)\.){1,60}?,?)?"
    # ("Kurdish fighters going against ISIS say they have recaptured X", "Kurdish fighters battling Islamic State militants
    # say they …")
    r"(?:\s+(?:\w+ing\s+(?:against|in|on|from|with|for|near)|battling|fighting|confronting)\s+[^,;]{1,40}?)?"
    rf"(?:\s+{_SPEECH_DAY})?\s+(?:(?:\w+ly|also|has|have|had|officially)\s+)?{_SPEECH_VERB}\s+"
    rf"(?:{_SPEECH_DAY}\s+)?(?:that\s+)?",
    re.I,
)
#: men or machines named between a side and a pronoun, which the pronoun may stand for instead: "struck a convoy of
#: jihadists as it withdrew", "a Syrian jet was shot down by Israeli units as it was targeting …"
_MOVER_NOUN = re.compile(
    r"\b(?:convoys?|columns?|vehicles?|cars?|trucks?|buses|planes?|jets?|aircraft|helicopters?|drones?|boats?|ships?|"
    r"patrols?|units?|brigades?|battalions?|groups?|factions?|militias?|militants|fighters|gunmen|jihadists|"
    r"insurgents|rebels|troops|soldiers|forces|men|army)\b",
    re.I,
)
#: a joined clause's opening before its subject pronoun: "… and on Saturday it", "… celebrate as they"
_PRONOUN_JOINED = re.compile(
    r"\b(?:and|but|as|when|after|before|while|once|then)\s+(?:(?:on|late|early|last|this)\s+\w+\s+|later\s+|then\s+|"
    r"subsequently\s+|eventually\s+|finally\s+)?$",
    re.I,
)
#: between a pronoun and the fighting it was in: " was engaged in “heavy "
_ENGAGED_IN = re.compile(
    r"\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:engaged|involved|locked)\s+in\s+"
    r"(?:[“\"'‘]?(?:[\w-]+\s+){0,2})?[“\"'‘]?",
    re.I,
)
#: between a pronoun and the verb it is the subject of: "it has fully recaptured", "they had"; not "it had stopped every
#: army attempt to advance" (the pronoun is another verb's subject)
_AUXILIARIES = re.compile(
    # (a quote may open on the verb: "it has “fully liberated” X")
    # ("they’d fired dozens of rockets": a contracted auxiliary)
    # ("said that it and its allies had taken X": the speaker with its allies)
    r"(?:\s+and\s+(?:its|their)\s+(?:allies|partners))?"
    r"(?:['’]d|['’]ve)?\s+(?:(?:has|have|had|was|were|is|are|been|also|now|already|just|\w+ly)\s+)*[“\"‘']?(?:\w+ly\s+)?"
    # ("they are close to capturing X", "it was about to take Y": the attempt is the speaker's)
    r"(?:(?:close|near|about)\s+to\s+)?",
    re.I,
)
#: a force named by a noun pointing back to the side of the speaker before it, right before the verb: "… said the
#: militias had", "… announced that his country's forces and their allied factions have", "According to the regime,
#: its troops have", "… confirmed the extremists had"
_SPOKEN_FORCE = re.compile(
    rf"(?:\b{_SPEECH_VERB}\s+(?:{_SPEECH_DAY}\s+)?(?:that\s+)?|\baccording\s+to\s+[^,;.]{{1,60}},\s+)"
    r"(?P<np>(?:the\s+)?(?:(?:his|her|its|their)\s+(?:country['’]s\s+)?|(?:group|organi[sz]ation|militia|movement)['’]s\s+)?"
    r"(?:troops|forces|fighters|militias?|militants|extremists|jihadists|units|soldiers|army|men))"
    r"(?:\s+and\s+(?:its|their)\s+(?:allied\s+)?[\w-]+)?"
    # ("said their fighters “liberated the neighborhood of X …”": the quote opens on the verb)
    r"(?:['’]d|['’]ve)?(?:\s+(?:has|have|had|was|were|also|now|already|just|\w+ly))*\s+[“\"‘]?$",
    re.I,
)


#: the force a side's source names that is its enemy, not its own: "according to SDF spokesman X, the jihadists"
_ENEMY_MEN_END = re.compile(r"\b(?:militants|extremists|jihadists)$", re.I)
#: an act blamed on a side, the verb before it: "blamed the airstrike on Russia"
_BLAME_BEFORE = re.compile(r"\bblam(?:e|es|ed|ing)\s+(?:the|an?|this|that|these|those)\s+(?:[\w-]+\s+)?$", re.I)
_ON_SIDE = re.compile(r"[^.;,]*?\bon\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s+){0,2}", re.I)
#: words of a side's name before the part an alias matches: "Al-Qaeda-linked ", "Islamic State of Iraq and Greater
#: Syria (" (not a foe named: "a group opposed to Islamic State")
_NAME_WORDS_GAP = re.compile(r"(?:(?:(?!(?:opposed|hostile|rival|against|enemy|enemies)\b)[\w'’-]+|\()\s*){0,8}", re.I)
#: a strike's side named only as the one blamed: "… in an attack blamed on Israel", "… attributed to the coalition"
_BLAMED_ON = re.compile(r"[^.;]{0,80}?\b(?:blamed\s+on|attributed\s+to)\s+(?:the\s+)?", re.I)


def _taking_teller(sentence: str, subjects, t0: int, t1: int) -> ActorMention | None:
    """The side that says a place was taken, told before its words with no agent of the passive at ``t0:t1``: "The
    Syrian army announced on Thursday that Aleppo has been fully recaptured" (a defence ministry only for its side's own
    word for a taking: "said that Ras al-Ayn was “brought under control”", not "said Palmyra was overrun after a massive
    militant assault")."""
    for x in reversed(subjects):
        if x.end > t0:
            continue
        said = _SPEECH_GAP.match(sentence, x.end)
        if said is None:
            continue
        if "ministry" not in said.group().lower() or _WINNERS_WORD.match(sentence, t0, t1) is not None:
            return x
    return None


def _spoken_for(sentence: str, t0: int, acts) -> str:
    """The side of the speaker whose words name the force of the verb at ``t0`` only by a noun pointing back
    (:data:`_SPOKEN_FORCE`): the last side named before the speech verb, or ''."""
    m = _SPOKEN_FORCE.search(sentence, max(0, t0 - 160), t0)
    if m is None:
        return ""
    before = [
        x
        for x in acts
        if x.end <= m.start("np") and not _VICTIMS.fullmatch(x.surface) and not _WEAPON.fullmatch(x.surface)
    ]
    if before and before[-1].actor in _FOES_CALL_MILITANTS and _FOES_WORD.fullmatch(m.group("np")):
        return ""  # (a side's word for its foes: "The YPG militia said the militants entered Tal Abyad's periphery")
    return before[-1].actor if before else ""


#: the sides that call their foes "the militants", "the extremists", "the jihadists" (not the jihadists' own sites:
#: "Websites affiliated with the ISIS group confirmed the extremists had taken over Qaryatain")
_FOES_CALL_MILITANTS = frozenset(("government", "russia", "iran", "sdf", "turkey", "coalition", "israel"))
_FOES_WORD = re.compile(r"the\s+(?:militants|extremists|jihadists)", re.I)


#: between a pronoun and the attempt it says its side repelled: "Rebels said they had repelled an attempt by regime
#: forces to advance" (the speaker defended; the attempt's agent attacked)
#: the verbs of an attack held off ("repelled", "thwarted", "beat back"): :data:`_REPELLED`, :data:`_PRONOUN_REPELLED`
_REPEL_WORDS = (
    r"(?:repel(?:led|s|ling)?|thwart(?:ed|s)?|foil(?:ed|s)?|beat\s+back|repuls(?:ed|es)|fend(?:ed|s)?\s+off|fought\s+off|"
    # ("they had pushed back the advance on Kobani … by Islamic State fighters")
    r"push(?:ed|es)?\s+back(?=\s+(?:the|an?|their|its)\s+(?:[\w-]+\s+)?(?:advance|attack|assault|offensive|attempt)s?\b))"
)
_PRONOUN_REPELLED = re.compile(rf"\s+(?:(?:has|have|had|also|\w+ly)\s+)*{_REPEL_WORDS}\s", re.I)
#: a source's verb that ends the sentence after a comma: ", the Syrian Observatory for Human Rights said on Friday."
_SOURCE_ENDS = re.compile(
    r",\s*[“\"]?\s*(?:[\w'’()-]+\s+){1,10}?(?:said|says|reported|reports|announced|stated|added|confirmed)"
    r"(?:\s+(?:on\s+)?\w+day)?(?:\s+(?:morning|afternoon|evening|night))?\s*[.”\"]*\s*$|"
    # (the verb first: "…, said YPG spokesman Redur Xelil.", "…, said Rami Abdel Rahman, head of the Observatory.")
    r",\s*[”\"]?\s*(?:said|says|reported|announced|stated|added|confirmed)\s+(?!to\b|that\b)[^;“”\"]{2,120}$",
    re.I,
)
#: a time before the report's in a pluperfect's clause: "had seized X in 2015, …", "during a 2016 offensive", "had
#: taken it earlier", "last summer", "had already retaken X by the time the truce took effect"
_EARLIER_TIME = re.compile(
    rf"\b(?:(?:19|20)\d\d|since|previously|earlier|before|ago|already|during|by\s+the\s+time|last\s+\w+|{_MONTH_NAMES})\b",
    re.I,
)
#: a relative or adverbial word before the verb in its clause: "the areas which HTS had seized"
#: a span of weeks or more right before "after": "just weeks after", "in less than two weeks, after"
_SPAN_BEFORE_AFTER = re.compile(r"\b(?:weeks|months|years|a\s+(?:month|year))\s*,?\s*$", re.I)
_RELATIVE_BEFORE = re.compile(r"\b(?:which|that|who|whom|where|when|after|before|since|until|once)\b", re.I)
#: a verb of saying, as a word: "said", "reported"
_SAID_WORD = re.compile(rf"\b{_SPEECH_VERB}\b", re.I)
#: a pluperfect in reported speech: "the regime announced Sunday it had captured X", "said they had retaken X"
_REPORTED_HAD = re.compile(
    # ("State TV quoted a military source as saying the army had taken complete control over X")
    # ("Military sources told Enab Baladi that Assad's forces had regained control over X")
    # ("The Ahrar al-Sham rebel group also posted that rebels had seized control of X": a side's own post)
    rf"\b(?:{_SPEECH_VERB}|as\s+saying|told\s+(?:[\w'’-]+\s+){{1,3}}?(?:{_SPEECH_DAY}\s+(?:(?:morning|afternoon|evening|night)\s+)?)?(?=that\b)|(?:posted|wrote|tweeted)(?:\s+on\s+[\w'’-]+)?(?=\s+that\b))"
    # ("announced in a statement on Sunday that its forces had entered X")
    rf"\s*(?:in\s+an?\s+(?:[\w-]+\s+)?statement\s+)?(?:{_SPEECH_DAY}\s+)?(?:that\s+)?"
    # ("… said on Saturday that regime forces had captured X")
    # ("reported that Syrian troops and their allies had regained X", "said FSA factions had also captured Y")
    # ("SANA said Assad's troops had taken control of Salma")
    # ("The Turkish military said that they and their Free Syrian Army (FSA) allies had captured X": the speaker and
    # its allies)
    # (not a doubt: "Officials said they did not know whether Palmyra had been recaptured")
    r"(?![^.;]*?\b(?:whether|if|not|n[’']t)\b)"
    r"(?:it|they|(?:it|they|we)\s+and\s+(?:its|their|our)\s+(?:[\w'’()-]+\s+){0,5}[\w'’-]+|"
    # ("The fighters said hundreds of insurgents armed with rocket launchers and anti-aircraft weapons had taken over X")
    r"(?:its|their)\s+(?:[\w'’()-]+\s+){0,4}[\w'’-]+|(?:the\s+)?(?:[\w'’-]+\s+){0,8}[\w'’-]+"
    # ("said that the Ahrar al-Sham, Jund al-Aqsa and Nusra Front groups had taken the city": a list of sides)
    # (not a relative clause: "said it recaptured Mheen and Hawarin, which IS fighters had seized")
    r"(?:,\s+(?!(?:which|who|whom|that|where|when)\b)(?:[\w'’-]+\s+){0,4}[\w'’-]+){0,4}"
    # ("said the army and fighters from the powerful Shiite movement Hezbollah had taken Qusayr": a subject of two)
    r"(?:,?\s+and\s+(?:[\w'’-]+\s+){0,6}[\w'’-]+)?)"
    # ("Officials in Damascus said Palmyra had been recaptured": its passive too)
    r"\s+had\s+(?:\w+ly\s+|already\s+|just\s+|also\s+)?(?:been\s+)?$|"
    # "According to YPG, Turkey had fired artillery at X": a source's account, the report's news
    r"\baccording\s+to\s+[^,;.]{1,60},\s+(?:the\s+)?(?:[\w-]+\s+){0,3}[\w-]+\s+had\s+(?:\w+ly\s+|already\s+|just\s+)?$",
    re.I,
)
#: a capture not achieved, right before its verb: "were not able to", "could not", "did not manage to"
_NOT_ABLE = re.compile(
    r"(?:(?:\bnot|n[’']t)\s+(?:been\s+)?able\s+to|\bcould\s+not|\bcouldn[’']t|(?:\bdid\s+not|\bdidn[’']t)\s+(?:manage|succeed)\s+(?:to|in))"
    r"\s+(?:\w+ly\s+)?$",
    re.I,
)
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+|already\s+|just\s+|now\s+|also\s+)?$", re.I)
#: a time a week or more back, as words: "last week", "earlier this month", "two weeks ago"
_LAST_WEEK = re.compile(
    r"(?:late\s+|early\s+)?last\s+(?:week|month)|earlier\s+this\s+month|(?:\w+\s+)?(?:weeks|months)\s+ago", re.I
)
#: a side's announcement of a capture, right before its noun: " announced the ", " declared the full "
_ANNOUNCED_BEFORE = re.compile(
    r"\b(?:announc(?:ed|es)|declar(?:ed|es)|confirm(?:ed|s)|proclaim(?:ed|s))\s+(?:on\s+\w+day\s+)?(?:the\s+)?"
    r"(?:(?:full|complete|total)\s+)?$",
    re.I,
)
#: the gap between two event nouns of one doer: " and ", " and ground "
_NOUNS_AND_GAP = re.compile(
    r"\s+and\s+(?:(?:ground|artillery|heavy|intense|aerial|air|rocket|missile|mortar|tank)\s+)?", re.I
)
#: a place the side came from, or one of a clause before, right before a bare take of "the town": "advancing from ",
#: "driven from al-Bab last week, ", "bombed Idlib as "
_ORIGIN_BEFORE_TAKE = re.compile(
    r"\b(?:from|out\s+of)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}(?:[\w\s,'’-]{0,30})$|"
    r"\b(?:as|while|when|after)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}$",
    re.I,
)
#: a perfect's act told as one of the past, right after its verb: " before,", " in the past"
_BEFORE_NOW = re.compile(
    # (not a span's start: "in the past 24 hours", "in the past week"; nor a describing word: "previously rebel-held
    # villages", "previously lost positions")
    r"\s+(?:before(?=\s*[,.;)]|\s*$)|previously(?=\s*[,.;)]|\s*$|\s+(?:in|near|over|at|around|for|with|on|against)\b)|"
    r"in\s+the\s+past\b(?!\s+(?:(?:\d+|few|several|two|three|four|five|24|48|72)\s+)?(?:hours?|days?|weeks?)\b))",
    re.I,
)
_NEGATED = re.compile(
    # (a quoted hedge: "have “not yet completely” pulled out of Ras al-Ain")
    # ("Russian warplanes haven't conducted a single strike on Idlib", "did not carry out any raids")
    r"(?:\b(?:not|never|no|neither|nor|without|denied|deny|denies|denying|no\s+longer)\s+(?:\w+[”\"’']?\s+){0,2}$|"
    r"n[’']t\s+(?:\w+\s+)?$|"
    r"(?:\bnot|\bnever|n[’']t)\s+(?:\w+\s+){1,2}(?:a\s+single|any)\s+$|"
    # ("PYD rejects pulling out from Menagh air base", "refused to withdraw from X")
    r"\b(?:reject(?:s|ed|ing)?|refus(?:e|es|ed|ing))\s+(?:to\s+)?$|"
    r"\bnor\s+(?:is|was|are|were|has\s+been)\s+there\s+(?:an?\s+|any\s+)?$)",  # ("nor is there an agreement")
    re.I,
)
_PLANNED = re.compile(
    # ("on Wednesday (10 May) captured X": the month, not the modal)
    # (not the month: "captured in May, was retaken", "since early May")
    # ("the rebels should have withdrawn from areas around the M5": what a deal asked, not what was done)
    r"(?:\b(?:will|would|could|should|ought\s+to|(?<!\d\s)(?<!\bin\s)(?<!\bof\s)(?<!\bsince\s)(?<!\bearly\s)(?<!\blate\s)(?<!\bmid-)(?<!\bmid\s)"
    # (a capital "May," before a comma is the month; "may, activists said, have captured" is the modal)
    r"(?<!\blast\s)(?<!\buntil\s)(?<!\bthis\s)(?<!\bnext\s)(?<!\bby\s)may(?!\s+\d)(?!(?<=(?-i:May))\s*[,.;:)])|might|shall|plan(?:s|ned)?\s+to|aim(?:s|ed)?\s+to|intend(?:s|ed)?\s+to|"
    r"prepar(?:e|es|ed|ing|ations?)\s+(?:to|for)|threat(?:en|ens|ened|ening)?\s+to|expected\s+to|set\s+to|about\s+to|going\s+to|"
    r"seek(?:s|ing)?\s+(?:to|for)|sought\s+(?:to|for)|want(?:s|ed)?\s+to|call(?:s|ed)?\s+for|choice\s+between|whether\s+to|"
    # ("hints at Homs as the next potential target")
    r"next\s+(?:\w+\s+)?targets?|in\s+order\s+to|ready\s+to|demand(?:s|ed)?|warn(?:s|ed)?\s+of|fear(?:s|ed)?|"
    # ("Damascus and the SDF are moving toward a deal", "moving towards a final assault on X": not yet there)
    r"moving\s+towards?\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}|"
    # ("… will be very difficult if Jaysh Al-Izza chooses to stay and fight")
    r"(?:if|unless)\s+[^,;.]{1,40}?\b(?:chooses|decides|wants|tries)\s+to|"
    # ("boosts air campaign to help Syrian regime seize key city": a purpose)
    r"to\s+avoid|avoid(?:ing)?|to\s+help)\b[^;]{0,40}"
    # ("warned the YPG that it must withdraw east of the Euphrates": a demand, right before its verb; not "a must-win
    # battle", nor "Assad must go as rebels seize X")
    r"|\bmust(?!-)\s+(?:(?:not|now|first|also|immediately|fully)\s+)?)$",
    re.I,
)
#: a hope or a plan up to eight words before the act, with no verb of the sentence's own between ("Residents who had
#: hoped to return to Tal Abyad were shelled"); the act must be in its base form too (see read_sentence: "Rebels hoping
#: to break the siege attacked …" is an attack)
_HOPED = re.compile(
    r"\b(?:hop(?:e|es|ed|ing)|planning)\s+to\s+"
    r"(?:(?!(?:were|was|is|are|came|come|comes|been|got|get)\b)[\w-]+\s+){0,8}$",
    re.I,
)
_DEAL_BEFORE = re.compile(r"\b(?:agreements?|deals?|stipulat\w*|terms|includ\w*|accord)\b", re.I)
#: the verbs of a joint patrol ("held a 13th joint patrol on the M4 highway", read as "base"; also geo.events')
PATROL_VERB = re.compile(r"conduct\w*|h[eo]ld\w*|carr\w*\s+out|r[au]n(?:s|ning)?", re.I)
#: an absolute phrase opening the sentence: "With Kafr Sijnah now …"
_WITH_OPENING = re.compile(
    r"\W*with\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}\s+$",
    re.I,
)
#: an attempt still to come: "will now attempt to capture", "plans to try to storm"
#: an act still to come: "only a matter of time before the allied forces "
_MATTER_OF_TIME = re.compile(
    r"\bmatter\s+of\s+(?:time|days|weeks|hours|months)[”\"’']?\s+(?:before|until)\s+(?:[\w'’-]+\s+){0,6}$", re.I
)
_FUTURE_ATTEMPT = re.compile(
    r"\b(?:will|shall|plans?\s+to|(?:is|are)\s+(?:going|expected|set)\s+to)\s+(?:(?:now|soon|then|also|likely)\s+)?"
    r"(?:attempt|try|seek)\s+to\s+(?:\w+\s+)?$|"
    # ("the Syrian Arab Army can make their first attempt to retake X": a step it may take next)
    r"\b(?:will|can|could|would)\s+(?:now\s+|then\s+|finally\s+)?(?:make|launch|mount)\s+(?:an?|their|its|the)\s+"
    r"(?:[\w-]+\s+)?(?:attempt|bid|push)\s+to\s+(?:\w+\s+)?$|"
    # ("Operations will launch to liberate Manbij", "the army will soon launch an offensive to retake X": one to come)
    r"\b(?:operations?|offensives?|attacks?|campaigns?|battles?)\s+will\s+(?:soon\s+|be\s+)*(?:launch(?:ed)?|start(?:ed)?|"
    r"begin|begun)\s+(?:in\s+order\s+)?to\s+(?:\w+\s+)?$|"
    r"\b(?:will|shall|would|(?:is|are|was|were)\s+(?:set|expected|due|about|poised|preparing)\s+to|plans?\s+to)\s+"
    r"(?:now\s+|soon\s+|then\s+)?(?:launch|start|begin|mount)\s+(?:an?|the|its|their|a\s+new)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:operations?|offensives?|attacks?|assaults?|campaigns?|battles?)\s+(?:in\s+order\s+)?to\s+"
    r"(?:\w+\s+)?$",
    re.I,
)
#: a purpose of keeping a side from the act: "to prevent Syrian government troops from "
#: (after a comma: the purpose of another act; "Counterattacks by ISIS aim to prevent the SDF from controlling X" tell
#: the fight for X)
_TO_PREVENT = re.compile(
    r"(?:,\s*(?:in\s+order\s+|aiming\s+|in\s+an?\s+(?:bid|attempt|effort)\s+)?|\bin\s+an?\s+(?:bid|attempt|effort)\s+)to\s+"
    r"(?:prevent|stop|keep|block)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,5}from\s+$|"
    # ("Turkey has 12 observation posts in Idlib, in a bid to prevent a large-scale offensive in the region": the act
    # kept from happening is the purpose's object)
    # (not "Guards failed to prevent an attack on the checkpoint": it happened)
    # ("… to prevent a large-scale government offensive", "to prevent further government advances")
    r"(?<!failed\s)(?<!failing\s)(?<!unable\s)(?<!fail\s)\bto\s+(?:prevent|avert|forestall)\s+(?:an?\s+|the\s+|any\s+)?"
    r"(?:(?!from\b)[\w-]+\s+){0,3}$",
    re.I,
)
#: a takeover or an advance told as a noun that a purpose would stop: "to stop an Islamic State (IS/ISIS) takeover of ",
#: "sent convoys to stop the Syrian army's takeover of ", "to avert the Islamic State group's capture of ", "Army
#: advances to stop rebel takeover of ", "launched a counter-attack to stop an Islamic State advance" (not "failed to
#: stop": it came)
_TO_STOP_TAKEOVER = re.compile(
    # (nor "Efforts to stop an Islamic State takeover of Kobani have failed", "Turkey's bid to stop a Kurdish takeover of
    # Manbij succeeded": a struggle whose end the words tell; nor "aim to prevent the SDF from controlling X", the fight
    # for X: see _TO_PREVENT)
    r"(?<!failed\s)(?<!failing\s)(?<!unable\s)(?<!fail\s)(?<!efforts\s)(?<!effort\s)(?<!attempts\s)(?<!bid\s)"
    r"\bto\s+(?:stop|prevent|avert|forestall|block|halt)\s+"
    r"(?P<det>an?\s+|the\s+|any\s+)?(?:(?!from\b)[\w'’-]+\s+|\([^()]{1,20}\)\s+){0,4}$",
    re.I,
)
#: … an advance fought, which is a clash: "struggled to stop a Turkish advance on Ras al-Ain"
_FOUGHT_TO_STOP = re.compile(
    r"\b(?:struggl|fought|fight|battl|efforts?|attempts?|bid)\w*\s+to\s+(?:stop|prevent|avert|forestall|block|halt)\s+"
    r"(?:[\w'’-]+\s+|\([^()]{1,20}\)\s+){0,5}$",
    re.I,
)
#: what a side is bound to do, right before the act: "were supposed to withdraw", "is scheduled to hand over"
_OBLIGED = re.compile(r"\b(?:supposed|scheduled|obliged|required)\s+to\s+(?:\w+ly\s+)?$", re.I)
_ATTEMPT = re.compile(
    # ("The rebels weren't able to recapture X": the contraction has no word boundary before it)
    r"(?:n[’']t\s+(?:been\s+)?able\b[^;]{0,60}$)|"
    # ("The Syrian army is currently moving toward capturing the town of X": a fight for it)
    # (not a reason fronted before a comma: "Unable to hold their positions, IS was forced to withdraw from X")
    r"\b(?:attempt(?:s|ed|ing)?|tr(?:y|ies|ied|ying)|retr(?:y|ies|ied|ying)|bid|effort|unable(?!\s+to\s+[^,;]{1,60}?,)|"
    r"fail(?:s|ed|ing)?|"
    r"(?:mov(?:e|es|ed|ing)|advanc(?:e|es|ed|ing|ement)|push(?:es|ed|ing)?)\s+towards?(?=\s*$)|"
    # ("The SDF is working to also capture the Tabqa dam", "continued their assault with the aim of pushing the army
    # from X": fought for, right before the verb; not a purpose beside a capture made)
    # ("worked Tuesday to seize control of the last remaining areas of Raqqa")
    r"(?:work(?:s|ing|ed)?\s+(?:(?:on\s+)?(?-i:[A-Z])[a-z]+day\s+)?(?:to|towards?)|(?:with|the)\s+(?:aim|goal|intention)\s+of|"
    r"aiming\s+to)"
    r"(?=\s+(?:also\s+|\w+ly\s+)?$)|"
    # (not a source's doubt: "Monitors could not confirm that rebels recaptured X")
    r"(?:could\s+not|couldn['’]t)(?!\s+(?:\w+ly\s+)?(?:confirm|verify|say|tell|determine|establish)\b)|"
    r"not\s+(?:been\s+)?able|(?:did\s+not|didn[’']t)\s+(?:manage|succeed)|"
    r"repel(?:led|s|ling)?|thwart(?:ed|s)?|foil(?:ed|s)?|prevent(?:ed|s)?|stopp(?:ed)|halted|pushed\s+back|"
    r"obstruct(?:s|ed|ing)?|imped(?:e|es|ed|ing)|hinder(?:s|ed|ing)?|struggl(?:e|es|ed|ing)\s+(?:with|to)|"
    # "fight desperately to stop the regime forces from advancing and taking control of X": kept from it
    r"(?:stop|block)(?:s|ped|ping|ed|ing)?(?=\s+(?:the\s+)?(?:[\w’'“”-]+\s+){1,4}?(?:from|to)\s)|"
    r"beat\s+back|repuls(?:ed|es))\b[^;]{0,60}$",
    re.I,
)
#: an attack or an effort made for a purpose: the purpose is fought for ("start a massive offensive to restore
#: al-Qaryatayn", "seek to control al-Jarrah airbase", "a violent attack … to lift the siege of the city")
#: right before the verb, an act still to come, whatever the operation around it: "Al-Furat Shield operation preparing to
#: break into al-Bab city" (no fight yet; see :data:`_PLANNED`)
_NOT_YET = re.compile(
    r"\b(?:prepar(?:e|es|ed|ing)|ready|about|plan(?:s|ned|ning)?|going)\s+to\s+(?:\w+\s+){0,2}$", re.I
)
_INTENT = re.compile(
    # ("the Syrian army has been focusing on recapturing Busr al-Harir area", "aims at retaking X")
    r"\b(?:focus(?:es|ed|ing)?|focuss(?:es|ed|ing)|concentrat(?:es|ed|ing)|aim(?:s|ed|ing)?)\s+(?:\w+ly\s+)?(?:on|at)\s+$|"
    r"\b(?:offensive|(?:counter-?)?attacks?|assaults?|operations?(?!\s+rooms?\b)|campaign|battl(?:es?|ed|ing)|"
    # (but not men made to act: "IS fighters were forced to withdraw from X" is done)
    r"clash(?:es)?|fight\w*(?!\s+forces?\b)(?![^.;]{0,40}?\bforced\s+to\b)|"
    r"seek(?:s|ing)?|sought|quest|"
    r"escalat\w+)\b(?:\s+[\w-]+){0,5}?\s+(?:(?:in\s+order\s+)?to\s+(?:\w+ly\s+)?(?:(?:break|lift)\s+(?:the\s+)?)?|"
    # "an operation aimed at taking back X", "its operation for retaking control of X"
    r"(?:aim(?:ed|ing)|geared|designed)\s+(?:at|to)\s+|(?<=operation\s)for\s+|(?<=offensive\s)for\s+)$",
    re.I,
)
#: right before the verb, an outcome not reached: "on the verge of controlling Khan Shaykhun", "close to taking X"
_IMMINENT = re.compile(
    # ("are in the “final stages” of recapturing Aleppo")
    r"\b(?:on\s+the\s+(?:verge|brink|threshold|edge)\s+of|(?:very\s+|now\s+)?(?:close|closer)\s+to|poised\s+to|"
    r"in\s+the\s+[“\"']?(?:final|last|closing)\s+(?:stages?|phases?)[”\"']?\s+of|"
    # ("on the verge of the liberation of X", "expects the liberation of X within days", "is fighting for the liberation
    # of X": a capture's noun not reached)
    r"nearly|almost|about\s+to|expect(?:s|ed|ing)?|anticipat(?:e|es|ed|ing)|await(?:s|ed|ing)?|"
    r"(?:fight(?:s|ing)?|battl(?:e|es|ing)|push(?:es|ing)?)\s+for)\s+(?:\w+ly\s+)?(?:the\s+)?"
    r"(?:(?:total|full|complete|final)\s+)?$",
    re.I,
)
#: between a pronoun and the deal it reached: " reached a ", " have signed an "
_REACHED_GAP = re.compile(
    r"\s+(?:have\s+|has\s+|had\s+)?(?:reached|signed|concluded|struck|agreed\s+(?:on|to))\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?",
    re.I,
)
#: sides with no aircraft of their own (an air strike named after one of them and another side is the other's)
_GROUND_ONLY = frozenset(("opposition", "hts", "isis", "sdf", "unidentified"))
#: a capture told by its noun: "capture", "seizure", "takeover"
_CAPTURE_NOUN = re.compile(r"(?:re-?)?capture|seizure|takeover|fall|liberation|loss", re.I)
#: a possessive pronoun (and an adjective) right before a capture's noun: "Their sudden "
_OWNER_BEFORE_NOUN = re.compile(r"\b(?:their|its|his|her)\s+(?:[\w-]+\s+)?$", re.I)
#: the air as where an attack came from, right after its verb: " from the air"
_FROM_THE_AIR = re.compile(r"\s+(?:\w+ly\s+)?from\s+the\s+(?:air|sky|skies)\b", re.I)
#: a campaign going on, right before its verb: "continues to ", "continue their efforts to " (not a relative clause's)
_CONTINUES_TO = re.compile(
    r"(?<!\bwho\s)(?<!\bwhich\s)\bcontinues?\s+(?:its\s+|their\s+)?(?:efforts?\s+|attempts?\s+|work\s+)?to\s+$", re.I
)
#: a settlement named by its type word right after the verb: " the city of al-Raqqa"
_NAMED_OBJECT_NEXT = re.compile(
    r"\s+the\s+(?:city|town|village)\s+of\s+(?:(?:al|el|ad|ar|as|at|az|ash)-)?(?-i:[A-Z])", re.I
)
#: a place named right after a verb, by its name or its type word: " al-Shwihna village", " the village of X"
_PLACE_OBJECT_NEXT = re.compile(
    r"\s+(?:the\s+)?(?:(?:village|town|city|hill|district)\s+of\s+)?(?:(?:al|el|ad|ar|as|at|az|ash)-)?(?-i:[A-Z])", re.I
)
#: a side's hold contested: "ISIS fighters threaten the regime's control of Al-Sukhnah" is fighting for it
_CONTESTED = re.compile(
    r"\b(?:threat(?:en|ens|ened|ening)?|endanger(?:s|ed|ing)?|jeopardi[sz](?:e|es|ed|ing)|challeng(?:e|es|ed|ing)|"
    r"undermin(?:e|es|ed|ing)|obstruct(?:s|ed|ing)?|imped(?:e|es|ed|ing)|hinder(?:s|ed|ing)?)\s+(?:the\s+)?(?:[\w“”\"'-]+\s+){0,4}?[\w“”\"'-]+['’]s?\s+$",
    re.I,
)
#: a side's hold refused in words: "the factions reject the regime's control of Kafr Zita" is no event at all
_REFUSED = re.compile(
    r"\b(?:reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|oppos(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|"
    r"protest(?:s|ed|ing)?\s+against|do\s+not\s+recogni[sz]e)\s+(?:the\s+)?(?:[\w“”\"'-]+\s+){0,4}?[\w“”\"'-]+['’]s?\s+$",
    re.I,
)
#: a transfer of places it does not name: "impose their full control over 3 neighborhoods in the city" takes part
#: of the city, never the city itself
_UNNAMED_OBJECT = re.compile(
    # ("Syrian army captures town in Aleppo": a headline's bare noun, in a place it names)
    r"\s+(?:(?:strategic|key)\s+)?(?:town|village|hill|base|district|neighbou?rhood)\s+(?:in|near|outside|around)\s|"
    r"\s+(?:over\s+|of\s+|on\s+)?(?:the\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|more|"
    r"new|other|\d+)\s+(?:new\s+|more\s+|other\s+)?(?:villages?|towns?|hills?|points?|positions?|farms?|"
    r"neighbou?rhoods?|districts?|quarters?|blocks?|alleys|streets|areas?|sites?|locations|checkpoints|buildings?)\b"
    # (not when they are named next: "captured several towns, including al-Tuwayni and Kirkat", "several towns and
    # hilltops from the militants of Jaysh al-Izza, including Al-Zakah")
    # ("two other villages in the Idlib province, namely A and B", "eighteen villages which are: A, B")
    r"(?![^.;]{0,60}?,?\s+" + _NAMED_AMONG + r"\s|[^.;:]{0,40}?:\s)",
    re.I,
)
#: a count of places about to be named: "and two nearby villages – A and B"
#: the small numbers a text writes in words before a count of places ("the two villages of", "eight villages")
_FEW = r"(?:two|three|four|five|six|seven|eight|nine|ten)"
_COUNTED_PLACES = (
    rf"(?:{_FEW}|several|\d+)\s+(?:(?:nearby|neighbou?ring|other|more)\s+)?"
    r"(?:towns|villages|hills|hilltops|hamlets)"
)
#: who speaks of a place named right before the word: "Raqqa activists", "Damascus said"
_SPOKEN_BY = r"(?:activists|residents|rebels|sources|officials|Kurds|media|said|says|reported|claimed|told)"
#: the places counted and then named: " the two towns of Lawf and Qamhana" (not "two villages of Kafr Nabuda", unnamed
#: villages of that town)
_COUNTED_NAMES = re.compile(
    r"\s+the\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:towns|villages|hills|hilltops|hamlets|"
    r"neighbou?rhoods|districts)\s+of\s+(?:(?:al|el)-)?(?-i:[A-Z])[^,;.]{0,40}?(?:,|\s+and\s)|"
    # ("had taken four villages — Zalaqiat, al-Masasnah, …": counted, then named after a comma, a dash or a colon)
    r"\s+(?:the\s+)?" + _COUNTED_PLACES + r"\s*(?:,|[–—:])\s*(?:(?:al|el)-)?(?-i:[A-Z])"
    # (not a source: "captured four more villages, Raqqa activists said")
    rf"(?![\w'’-]*(?:\s+[\w'’-]+){{0,2}}\s+{_SPOKEN_BY}\b)",
    re.I,
)
#: a transfer of one place the sentence describes but does not name: "control the last village in the eastern
#: countryside of Al-Raqqah", "regain control of power plant in the eastern countryside of Aleppo"
_ONE_PLACE = re.compile(
    r"\s+(?:(?:over|of|on)\s+)?(?:the\s+)?(?:(?:last|only|sole|final)\s+(?:remaining\s+)?"
    r"(?:village|town|city|hill|neighbou?rhood|base|airbase|airport)|(?:thermal\s+|gas\s+)?power\s+(?:plant|station))\b",
    re.I,
)
#: a perfect passive's auxiliary: "has been (occupied)"
_HAS_BEEN = re.compile(r"\b(?:has|have)\s+been\s+(?:\w+ly\s+)?$", re.I)
#: a present perfect's auxiliary right before its verb: "have ", "has also "
_HAS_HAVE = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+|also\s+)?$", re.I)
_YEARS_WORD = re.compile(r"\b(?:years?|months)\b", re.I)
_RECENT_SPAN = re.compile(r"\bin\s+recent\s+(?:months|years)\b", re.I)
_RELATIVE_OPENS = re.compile(r"\b(?:that|which|who|where|whose)\b", re.I)
_SPAN_NOT_THE_VERBS = re.compile(
    r"[,;:(—–]|\b(?:held|controlled|occupied|besieged|under|first\s+time|since|biggest|largest|first|last)\b", re.I
)
#: how long a state has lasted: "for the last three years", "for more than a year", "over the past months"
_HOW_LONG = re.compile(
    r"\b(?:(?:for|over)\s+(?:(?:the\s+)?(?:last|past)\s+)?|in\s+the\s+(?:last|past)\s+)"
    r"(?:(?:nearly|almost|about|more\s+than|over)\s+)?"
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a\s+few)?\s*(?:years?|months?|weeks?)\b",
    re.I,
)
#: a clause of its own between a verb and a time phrase: the time is that clause's
#: a relative clause in the present that describes the place before it ("X which is besieged by", "areas that are
#: controlled by"): a state, not an event of the report's date
_STATE_RELATIVE = re.compile(r"\b(?:which|that)\s+(?:is|are)\s+(?:still\s+|now\s+)?$", re.I)
_RELATIVE = re.compile(r"\b(?:which|that|who|whom|they|it|he|she|we)\b", re.I)
#: a transfer dated this long before the report is background: the state it left, not news of the day
STALE_DAYS = 31
#: … and this long for a capture told in a relative clause that describes its place
_RELATIVE_STALE_DAYS = 7
#: … or at any distance when its time is only a vague "before now": "the town of Salma, which government troops
#: captured last week", "the city of Idlib, which rebels seized earlier this month", "Jarablus that was seized by the
#: Turkey-backed rebels this week" (what describes the place is what holds it; a day named is news: "on Friday")
_VAGUE_BEFORE = re.compile(
    r"\b(?:(?:earlier|late|early)\s+(?:this|last)\s+(?:week|month|year)|(?:this|last|past)\s+(?:week|month|year)|"
    r"recently|in\s+recent\s+(?:days|weeks|months)|(?:(?:a\s+few|several|two|three|four)\s+)?(?:days|weeks|months)\s+ago)\b",
    re.I,
)
#: "recently" right before a capture's verb: "which was recently seized by"
_RECENTLY_BEFORE = re.compile(r"\brecently\s+$", re.I)
#: a noun's mark of an act told before: "recent ", "last week's "
_RECENT_NOUN_BEFORE = re.compile(r"\b(?:recent|earlier|previous|last\s+(?:week|month)['’]s)\s+$", re.I)
#: a relative pronoun and a passive's auxiliary right before the verb: "Jarablus that was seized by"
_WHICH_WAS_BEFORE = re.compile(r"\b(?:that|which)\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?$", re.I)
#: a progressive's auxiliary right before a verb of taking: "are pushing", "appear to be expelling"
_UNDER_WAY_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:\w+ly\s+|still\s+|now\s+)?$", re.I)
_ATTEMPT_BY = re.compile(r"\b(?:attempts?|efforts?|bids?|tries)\s+by\s+(?:the\s+)?[“\"']?$", re.I)
_REPELLED = re.compile(rf"\b{_REPEL_WORDS}\b", re.I)
#: "positions held by Iran-backed militias" are the militias' (a target), "a mountain held by X" a place
_POSITIONS = re.compile(
    r"\b(?:positions?|posts?|bases?|headquarters|points?|sites?|concentrations?|convoys?|gatherings?|checkpoints?)\s+"
    r"(?:\w+\s+)?(?:held|controlled|run|manned|occupied)\s+by\s+(?:the\s+)?$",
    re.I,
)
#: a main clause that only reacts, before its "after": "He made the comments ", "The UN voiced alarm on Monday "
_REACTION_MAIN = re.compile(
    r"\W*(?:[\w'’-]+\s+){0,10}?(?:made\s+(?:the|his|her|its|their|these|those)\s+(?:comments?|remarks?)|spoke\s+out|"
    r"(?:expressed|voiced)\s+(?:deep\s+|grave\s+|serious\s+)?(?:concern|alarm|outrage|shock|horror|anger)|"
    r"(?:issued|made)\s+(?:the|a|an|its|his|her|their)\s+(?:\w+\s+)?(?:warning|appeal|plea|statement))"
    r"(?:\s+[\w'’-]+){0,3}?\s*,?\s*(?:(?:after|following)\s*)?",
    re.I,
)
#: the end of a noun joined to a span's: "… and heavy shelling that destroyed …", "… and heavy shelling."
_JOINED_NOUN_END = re.compile(r"\s+(?:that|which)\b|\s*(?:[,.;]|$)", re.I)
#: a perfect in a relative clause before its act: "where fighting has raged", "that has seen harsh clashes"
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s", re.I)
_HAS_SEEN = re.compile(
    r"\b(?:that|which|where)\s+(?:has|have|had)\s+(?:long\s+|also\s+)?(?:seen|witnessed)\s+(?:[\w-]+\s+){0,2}$", re.I
)
#: what a place has long been: "long the scene of fierce fighting", "once the scene of heavy clashes"
_SCENE_OF = re.compile(
    r"\b(?:long|once|often|repeatedly|frequently)\s+(?:been\s+)?the\s+(?:scene|site|theat(?:re|er))\s+of\s+"
    r"(?:(?:fierce|heavy|intense|bloody|violent|frequent|repeated|deadly|some\s+of\s+the\s+\w+)\s+)*$",
    re.I,
)
_AFTER_SPAN = re.compile(
    r"after\s+(?:about\s+|nearly\s+|more\s+than\s+|almost\s+)?(?:\d+|\w+)\s+(?:days?|weeks?|months?|years?|hours?)\s+"
    r"(?:of|on|since|from)\b",
    re.I,
)
_DAYS_BEFORE = re.compile(r"\b(?:\w+\s+)?(?:days?|weeks?|months?|years?)\s+$", re.I)
_SAME_DAY = re.compile(
    r"\b(?:(?:a\s+)?few|several|a|an|one|two|three|four|five|six|\d|1\d|2[0-3])\s+(?:hours?|minutes?)\s+$|"
    r"\b(?:shortly|soon|just|moments)\s+$",
    re.I,
)
_DENIED = re.compile(
    r"\b(?:no\s+truth|den(?:y|ies|ied)|false\s+(?:reports?|news|claims?)|rumou?rs?\s+(?:of|about)|"
    r"(?:not|never)\s+true\s+that)\b[^;]{0,40}$|"
    # ("denied what was circulated by the media close to the militia of Hezbollah … reporting the fall of the city of X")
    # (not the speaker's own word after it: "denied reports of heavy losses and said it had recaptured X")
    r"\bden(?:y|ies|ied|ying)\s+(?:what\s+(?:was|were|has\s+been)\s+(?:circulated|reported|published)|"
    r"(?:the\s+)?(?:media\s+)?(?:reports?|claims?|news|rumou?rs?))\b"
    r"(?:(?!\b(?:and\s+(?:\w+\s+)?(?:said|says|added|stated|announced|insisted|confirmed)|adding|saying|but|while|"
    r"although)\b|,\s+as\b)[^;.]){0,160}$",
    re.I,
)
#: a capture called a claim the other side denies, after it: "…, a claim denied by the army"
_CLAIM_DENIED_AFTER = re.compile(
    r"[^.;]{0,80}?,\s+(?:a|which\s+was\s+a)\s+claim\s+(?:that\s+was\s+|which\s+was\s+)?(?:quickly\s+)?"
    r"(?:denied|rejected|disputed|refuted)\b",
    re.I,
)
#: a capture still to come right before its verb: "the largest air base yet to be captured"
_YET_TO_BE = re.compile(
    r"\byet\s+to\s+be\s+(?:also\s+|\w+ly\s+)?$",
    re.I,
)
#: an account of a capture disputed before it, or told earlier: "is disputing a military official's account to Reuters
#: that the government has retaken", "previously said it had taken"
_DISPUTED_ACCOUNT = re.compile(
    r"\b(?:disput(?:e|es|ed|ing)|contest(?:s|ed|ing)?|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?)\s+"
    r"(?:[\w’'-]+\s+){0,6}?(?:account|claims?|reports?|statements?|assertions?|version)\b[^.;,]{0,60}?\bthat\s+"
    r"[^.;,]{0,80}$|"
    # (the capture itself what was said: not "which had previously reported heavy losses, captured X")
    r"\bpreviously\s+(?:said|announced|claimed|reported|declared|stated)\s+(?:that\s+)?(?:it|they|the\s+\w+|"
    r"(?:its|their)\s+\w+)?\s*(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?$",
    re.I,
)
#: a crowd that pours into the streets to protest: "Tens of thousands of Syrians demanding …", "Hundreds of residents"
_CROWD_POURED = re.compile(
    r"\b(?:thousands|hundreds|dozens|crowds?|masses|protesters|demonstrators|citizens|residents|people|Kurds|Druze|"
    r"youths?|students|women)\b[^;.]{0,50}$",
    re.I,
)
#: people who pour into the streets with no protest: fleeing, homeless, armed, or the water itself
_NOT_A_CROWD = re.compile(
    r"\b(?:displaced|refugees|fleeing|fled|flee|homeless|sleeping|earthquake|quake|floodwater|rain|fighters|rebels|"
    r"troops|soldiers|militants|gunmen)\b",
    re.I,
)
#: a protest's words after "poured into the streets": "… demanding to be let through", "… to protest", "chanting"
_PROTESTED_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:demand\w*|chant\w*|protest\w*|call(?:ed|ing)\s+for|slogans|denounc\w*|condemn\w*|"
    r"to\s+mark\s+[^.;]{0,40}\b(?:revolution|uprising)|anniversary\s+of\s+the\s+(?:revolution|uprising))\b",
    re.I,
)
#: the making or keeping of weapons, right before their word: "a factory for the manufacture of ", "a depot of "
_MADE_OR_KEPT = re.compile(
    r"\b(?:manufactur\w*|production|producing|assembl(?:y|ing)|storage|storing|depots?|warehouses?|factory|factories|"
    r"workshops?|stockpiles?|smuggling|transfer|shipments?)\s+(?:of|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
    re.I,
)
#: control taken of something that may be ground (see :data:`_NO_GROUND`)
_GROUND_NEXT = re.compile(_NO_GROUND, re.I)
#: a side's success right before its verb: "managed to control", "were able to control" (a capture, in any text)
_MANAGED_TO = re.compile(r"\b(?:managed|able)\s+to\s+$", re.I)
#: a report called false after it: "Reports that regime forces captured X are false" (the denial follows the act)
_REPORTED_FALSE = re.compile(
    # ("reports regarding the liberation of the T-2 Airbase … are incorrect")
    r"\b(?:reports?|news|claims?|rumou?rs?|allegations?|information)\s+(?:that|of|about|on|regarding|concerning)\b"
    r"[^;]{0,160}?"
    r"\b(?:are|is|were|was|proved|turned\s+out\s+to\s+be)\s+(?:(?:completely|totally|entirely|also)\s+)?"
    r"(?:false|untrue|baseless|incorrect|unfounded|fabricated|not\s+(?:true|correct|accurate))\b|"
    # ("… are incorrect, as are reports that pro-government forces secured Hamimah from ISIS": a second report called
    # false by the first's word)
    r"\b(?:false|untrue|baseless|incorrect|unfounded|fabricated)\s*,\s+as\s+(?:are|is|were|was)\s+(?:the\s+)?"
    r"(?:reports?|claims?|rumou?rs?)\s+(?:that|of|about|regarding)\b|"
    # "Some reports have said X captured Y; however, a source from the army has denied the fall of the town"
    r"\b(?:reports?|claims?|rumou?rs?)\s+(?:have\s+|had\s+)?(?:said|claimed|suggested|that)\b[^.]{0,160}?"
    r"\b(?:denied|denies|deny)\s+(?:the\s+|these\s+|those\s+|such\s+|its\s+)?(?:reports?|claims?|fall|capture|"
    r"takeover|loss)\b",
    re.I,
)
#: a side's word on a capture that the other side denies after it: "Rebels said they secured X from the regime, but the
#: army disputed that" (no change of hands; the fight it tells may still be one)
_SAID_BUT_DENIED = re.compile(
    r"\b(?:said|says|claimed|claims|announced|announces)\b[^.]{0,160}?(?:,?\s+but|;)\s+(?:the\s+)?[^.;]{0,40}?"
    r"\b(?:denied|denies|deny|disputed|disputes|rejected|refuted)\s+(?:it|that|this|them|(?:the|such|these|those)\s+"
    r"(?:claims?|reports?|account|capture|fall|loss|takeover|news))\b",
    re.I,
)
_FALSE_WORD = re.compile(
    r"\b(?:false|untrue|baseless|incorrect|unfounded|fabricated|not\s+(?:true|correct|accurate)|denied|denies|deny|"
    r"disputed|disputes|rejected|refuted)\b",
    re.I,
)
#: "Information about capturing the pilot …": an unconfirmed report, no event (the gold's cue `unconfirmed`)
#: an act the report does not vouch for: "unclear whether the SAA has managed to capture the city", "state media have
#: not yet confirmed the capture of X"
_UNCERTAIN = re.compile(
    r"\b(?:unclear|not\s+(?:yet\s+)?clear|uncertain|unknown)\s+(?:whether|if)\b[^;]{0,80}$|"
    # ("without admitting that these cities have been captured by the rebels": a loss the speaker does not own to)
    r"\bwithout\s+(?:admitting|acknowledging|confirming|conceding)\s+that\s+[^;.]{0,80}$|"
    # ("Al-Qaeda-linked militants were accused of seizing aid in Idlib": an accusation, no capture told)
    r"\baccus(?:ed|es|ing)\s+(?:\w+\s+){0,3}?of\s+(?:\w+ly\s+)?$|"
    r"\b(?:not|never)\s+(?:yet\s+)?(?:confirmed|verified)\s+(?:the\s+)?(?:reports?\s+(?:of|about|on)\s+(?:the\s+)?)?$|"
    # ("Several U.S. officials said they couldn't confirm that Kurdish fighters have gained full control of Kobani")
    # (the capture itself what is doubted: not "could not confirm the death toll and said rebels captured X")
    r"(?:\bcould\s+not|\bcan\s*not|\bcouldn['’]t|\bcan['’]t|\bunable\s+to)\s+(?:yet\s+|immediately\s+|independently\s+)*"
    r"(?:confirm|verify)\s+(?:(?:the\s+|those\s+|these\s+|media\s+)?(?:reports?|claims?)\s+(?:that|of)\s+|that\s+|whether\s+)"
    r"(?:(?!\b(?:and\s+(?:\w+\s+)?(?:said|says|added)|adding|saying|but)\b)[^;.]){0,100}$",
    re.I,
)
_UNCONFIRMED = re.compile(
    r"\W*(?:information|unconfirmed\s+(?:information|reports?|news)|rumou?rs?)\s+(?:(?:indicate|indicated|suggest|suggested|"
    r"say|said|claim|claimed)\s+)?(?:about|on|of|that)\b",
    re.I,
)
_UNCONFIRMED_THAT = re.compile(
    # (what the reports tell, up to the act; commas only before their verb: not "Unconfirmed reports said 20 people were
    # killed in Idlib, and the army captured X")
    r"(?<!despite\s)(?<!amid\s)(?<!following\s)\bunconfirmed\s+(?:information|reports?|news|claims?)\b[^.;]{0,80}?"
    r"\b(?:that|said|say|says|claimed|suggest\w*|indicat\w*)\b(?:(?!\band\b)[^.;,])*$",
    re.I,
)
_COUNTED = re.compile(r"\b(?:about\s+|more\s+than\s+|nearly\s+|over\s+)?\d+\s+$", re.I)
_COUNTED_IN = re.compile(r"\b\d+\s+[\w-]+$")  # "Warplanes carry out about 200 raids" (one event word)
_NUMBER_OF = re.compile(r"\bnumber\s+of\b", re.I)
#: a count before a noun: "hit 20 ISIS targets", "71 IS targets" (objects, not an action)
_COUNTED_OBJECTS = re.compile(r"\b(?:\d+|dozens|tens|several|many|multiple)\s+(?:(?:of\s+)?[\w’'-]+\s+){0,2}$", re.I)
#: an event word whose verb brings a toll up to date: "bombardment raises to 66 …", "shelling raises the death toll"
_RAISES_TOLL = re.compile(
    # ("Atareb massacre rises the death toll to 83": the headline's spelling)
    r"\s+(?:\w+\s+){0,2}?(?:rais(?:e|es|ed|ing)\s+(?:to\s+\d|(?:the\s+|their\s+|its\s+)?(?:death\s+)?(?:toll|number)\b)|"
    r"ris(?:e|es|ing)\s+(?:the\s+|their\s+|its\s+)?(?:death\s+)?(?:toll|number)\b)",
    re.I,
)
#: more dead counted in an event named before, whose toll the verb after brings up to date: "More casualties in the
#: massacre of Maarat Shurin raise the death toll to 19", "The death of more civilians in targeting in the Eastern
#: Ghouta raise the death toll to 117" (not "15 casualties in the massacre of X raise …": fifteen killed in it today)
_MORE_DEAD_IN = re.compile(
    r"\b(?:(?:the\s+)?death\s+of\s+)?more\s+(?:casualties|causalities|martyrs|victims|deaths|civilians|citizens|"
    r"people|persons|human\s+losses)\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
    re.I,
)
_REACTION_BEFORE = re.compile(
    r"\b(?:condemn\w*|against|protest\w*|remember\w*|mourn\w*|investigat\w*|denounc\w*|blam\w*)\b", re.I
)
_KILLED_WITH_ARMS = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:shelling|shells|bombardment|air\s*strikes?|strikes?|raids?|drones?|warplanes?|jets?|"
    r"missiles?|rockets?|snipers?|mines?|IEDs?|explosions?|bombing|artillery|helicopters?)\b",
    re.I,
)
_KILLING_BY = re.compile(r"\s+of\s+[^,;.]{1,60}?\s+by\s+(?:the\s+)?", re.I)
#: the verb of an act told after a toll and "and": "… in Daraa city and shelling target X"
_NEW_ACT_VERB = re.compile(
    r"\s(?:targets?|hits?|kills?|continues?|rages?|renews?|strikes?|falls?|rocks?|pounds?|escalates?)\b", re.I
)
_WITH_MORE_DEAD = re.compile(r"\W*with\s+the\s+deaths?\s+of\s+more\b", re.I)
_CLAIMS_LIVES = re.compile(r"[^;]{0,60}?\bclaim(?:s|ed)?\s+the\s+lives\b", re.I)
_RAISE_AFTER = re.compile(r"[^;]*?\b(?:rais(?:e|es|ed|ing)|ris(?:e|es|ing)\s+to)\b", re.I)
#: a toll brought up to a number right before the event word it counts: "more causalities rising to 11 in new aerial
#: bombardment on X", "the death toll rises to 20 in the renewed strikes on X"
_RISEN_BEFORE = re.compile(
    r"\b(?:casualties|causalities|victims|deaths|dead|martyrs|death\s+toll|toll)\s+(?:\w+\s+){0,2}?"
    r"(?:ris(?:e|es|ing|en)|rose|rais(?:e|es|ed|ing))\s+(?:the\s+(?:death\s+)?toll\s+)?to\s+"
    r"(?:about\s+|nearly\s+|more\s+than\s+|at\s+least\s+)?\d+\s+(?:in|from|of|by)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
    re.I,
)
#: a toll of an event named inside it, brought up to date after it: "the death toll of Homs attack rises to 43"
_TOLL_OF = re.compile(
    r"\b(?:death\s+toll|toll|number\s+of\s+(?:the\s+)?(?:casualties|victims|dead|deaths|martyrs|killed|fatalities))\s+"
    r"(?:of|in|from)\s+(?:the\s+)?[^;,.]{0,40}$",
    re.I,
)
#: a count brought up to a number: "rises to 43", "increased to about 90"
_TO_A_NUMBER = r"\s+to\s+(?:about\s+|nearly\s+|more\s+than\s+|at\s+least\s+)?\d"
_RISE_TO = (
    r"\b(?:rises?|rose|risen|reach(?:es|ed)?|climbs?|climbed|jumps?|jumped|increases?|increased|goes\s+up)"
    + _TO_A_NUMBER
)
_RISES_TO = re.compile(r"[^;.]{0,30}?" + _RISE_TO, re.I)
#: a toll brought up to date before the event word: "raises the death toll to 11 … in Homs city's explosion"
_TOLL_RAISED = re.compile(
    # ("More casualties raise their number to 7 in massacre of Deir Sharqi")
    r"\b(?:rais|ris)(?:e|es|ed|ing)\s+(?:to\s+\d[^;]{0,30}?\s+)?(?:the\s+|their\s+|its\s+)?(?:death\s+)?(?:toll|number)\b",
    re.I,
)
#: a raid's arrests told after it by a participle: "launched raids in the town of Kafruma, arresting 13 people"
_ARRESTS_AFTER = re.compile(r"[^;.]{0,80}?,\s+(?:arresting|detaining|rounding\s+up)\b", re.I)
#: arrests told before the raids that made them: "were arrested by the regime security in night raids"
_ARRESTED_BEFORE = re.compile(
    r"\b(?:arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?)\s+(?:(?!(?:killed|died|wounded|injured)\b)\w+\s+){0,6}?"
    r"(?:by\s+(?:(?!\b(?:killed|died|wounded|injured)\b)[^,;.]){1,40}?\s+)?(?:in|during|through)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)  # (not "The man, who was arrested last year, was killed in coalition raids on X": the raids' own dead)
_DEAL_STRUCK = re.compile(
    r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:deals?|agreements?|truce|ceasefire|bargain)\b", re.I
)
#: a ruler's fall, as demanded: "the fall of the regime", "the fall of Syrian President Bashar Al-Assad's regime"
_REGIME_FALL = re.compile(r"\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?(?:regime|government)(?![-\w’'])", re.I)
#: a sentence that opens on its scene: "In the neighboring town of Homs, …", "In Maaret Al-Numan, also in Idlib, …"
_FRONTED = re.compile(
    r"[\W]*(?:In|Inside|At)\s+(?:the\s+)?(?:(?!of\b)[\w'’-]+\s+){0,3}?(?:(?:town|city|village)\s+of\s+)?", re.I
)
#: the sides a front line lies between, named to say where: "on the frontline between rebel and regime forces"
_FRONT_BETWEEN = re.compile(
    r"\b(?:front-?\s?lines?|front|lines?\s+of\s+contact|contact\s+lines?)\s+between\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+(?:and|&)\s+(?:the\s+)?)?$",
    re.I,
)
#: the dead an attack left, named in a clause after it: ", which resulted in the killing of dozens of ISIS militants"
_RESULTED_IN_DEATHS = re.compile(
    r"[^;.]{0,80}?,\s*(?:which|that)\s+(?:resulted|led|ended)\s+(?:in|to)\s+(?:the\s+)?(?:killing|deaths?)\s+of\s+",
    re.I,
)
_DEAD_COUNT = re.compile(
    r"(?:(?:at\s+least|about|more\s+than|dozens\s+of|tens\s+of|scores\s+of|several|\d+|[a-z]+)\s+){0,3}(?:the\s+)?",
    re.I,
)
_BY_IN_GAP = re.compile(r"\s+(?:in|during|with)\s+(?:(?:an?|the|their|its)\s+)?(?:[\w-]+\s+){0,2}", re.I)
#: a relative clause that lists what the ground taken held: ", which included the towns of "
_WHICH_INCLUDED = re.compile(
    r"\W*(?:which|that)\s+(?:included|contained|comprised)\s+(?:the\s+)?(?:(?:towns?|villages?|cities|hills?)\s+(?:of\s+)?)?",
    re.I,
)
#: "came under (heavy) …" before an attack's word: the side named before it was hit
_CAME_UNDER_BEFORE = re.compile(r"\b(?:came|come|comes|coming)\s+under\s+(?:[\w-]+\s+){0,3}$", re.I)
_DURING_FIGHT = re.compile(r"[^,;.]{0,60}?\s(?:during|in)\s+(?:the\s+)?(?:(?:heavy|fierce|violent|ongoing)\s+)?", re.I)


def _unharmed(sentence: str, start: int, end: int) -> bool:
    """Whether the words after an act say it hurt no one ("targeted X without injuries"), before any toll of it."""
    m = _NO_HARM.search(sentence, start, end)
    return m is not None and not _TOLL_WORD.search(sentence, start, m.start())


_TOLL_WORD = re.compile(r"\b(?:kill\w*|dead|died|deaths?|injur\w*|wound\w*|casualt\w*)\b", re.I)
_NO_HARM = re.compile(r"\bwithout\s+(?:any\s+)?(?:human\s+)?(?:injuries|casualties|losses|victims)\b", re.I)
_LOOTED_AND = re.compile(r"and\s+(?:then\s+)?(?:burn|torch|destroy|demolish|vandali[sz]e|steal|set\s+fire)", re.I)
_WHERE_GAP = re.compile(r"\s*(?:city|town|village|province|governorate|countryside|area|region)?\s*,?\s*", re.I)
#: a sentence that opens on a list of its scenes: "In the Idlib cities of Binnish and Jisr al-Shughour, …"
_FRONTED_LIST = re.compile(
    r"\W*(?:In|Inside|At)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:towns|cities|villages|areas)\s+of\s+"
    r"(?P<items>[^,;.]{1,60}?\s+and\s+[^,;.]{1,40}?),",
)
#: the words of a stopped strike ("intercepted", "defused", "downed" missiles; ACLED's disrupted weapons use, see
#: :mod:`geo.events`), and the kinds of the strike's words after them
STOPPING = re.compile(rf"(?:intercept|thwart|confront|defus|dismantl|disrupt|foil|{_DOWNING})", re.I)
#: people a side holds, named before it: "42 prisoners of ISIS", "hostages held by the group"
_HELD_BY_BEFORE = re.compile(
    r"\b(?:prisoners|detainees|hostages|captives|abductees)\s+(?:held\s+by|of)\s+(?:the\s+)?$", re.I
)
#: "… regime control areas": a side's zones named as what is hit ("shells targeting regime control areas")
_ZONES_AFTER = re.compile(r"\s+(?:areas?|zones?|regions?)\b", re.I)
_TARGETED_BEFORE = re.compile(
    r"\b(?:target(?:ing|s|ed)?|hit(?:s|ting)?|shell(?:s|ed|ing)?|on|into|at|towards?|against)\s+(?:the\s+)?"
    r"(?:[\w’'-]+\s+){1,3}$",
    re.I,
)
#: the words for people of no side
_CIVILIAN_WORDS = (
    r"civilians?|residents|families|people|displaced|IDPs|refugees|inhabitants|women|children|patients|villagers"
)
#: people of no side who leave a place: "thousands of civilians left Manbij", "the displaced leaving Idlib"
_CIVIL_LEAVERS = re.compile(
    r"\b(?:" + _CIVILIAN_WORDS + r"|delegations?|journalists?|convoys?|buses|ambulances)\b[^,;]*$", re.I
)
#: a hand-over told right after a side's leaving of one place: "…, handing it over to government forces"
_HANDING_OVER_AFTER = re.compile(r"[^.;]{0,80}?,\s+handing\s+it\s+(?:back\s+)?over\s+to\b", re.I)
#: civilians before the verb that tells them leaving: "thousands of civilians have evacuated Raqqa"
_CIVILIANS_BEFORE = re.compile(r"\b(?:" + _CIVILIAN_WORDS + r")\b[^,;]*$", re.I)
#: the fighters' own people named with them: "rebel fighters and their families", "gunmen along with their relatives"
_THEIR_OWN_BEFORE = re.compile(r"\b(?:and|with|along\s+with)\s+(?:their|its|his)\s+$", re.I)


def _civil_leavers(sentence: str, t0: int, acts, words: re.Pattern[str] = _CIVIL_LEAVERS) -> bool:
    """Whether the people leaving before the verb at ``t0`` are civilians (``words``, :data:`_CIVIL_LEAVERS` unless
    given) — not a side's fighters leaving with their own families ("Hundreds of rebel fighters and their families left
    eastern Ghouta")."""
    civil = words.search(sentence, max(0, t0 - 80), t0)
    if civil is None:
        return False
    own = _THEIR_OWN_BEFORE.search(sentence, max(0, civil.start() - 25), civil.start())
    return not (own and any(max(0, t0 - 80) <= x.start and x.end <= own.start() for x in acts))


_WITH_MEANS_AFTER = re.compile(r"\s+(?:with|using)\s+", re.I)
#: the means after the attack's target: "renewed attacks on Yabrud with barrel bombs", "attacked Yabrud with barrel bombs"
_WITH_MEANS_AFTER_TARGET = re.compile(
    r"(?:\s+(?:on|against)\s+[^,;.]{1,40}?|\s+(?:the\s+)?(?-i:[A-Z])[^,;.]{0,40}?)\s+(?:with|using)\s+", re.I
)
#: a condition before an event word, in its clause (opening it, or "if"/"unless" inside it): "If the government
#: recaptures Salma", "Should the army succeed in capturing X", "unless the rebels withdraw from Y"
_CONDITION_OPEN = re.compile(
    r"(?:(?:^|[;:(]\s*|,\s*(?:and\s+|but\s+)?)[“\"‘']?\s*(?:should|"
    # ("Once Tal Tari is captured, the army can make its first attempt to retake X": a step still to come)
    r"once(?!\s+(?:again|more|before|upon)\b)(?=[^,;:]*\b(?:is|are|has|have)\s+(?:\w+ly\s+)?$))|"
    # (also inside a clause: "civilians will be displaced if the Turkish military attempt to capture X", "The source
    # added that if the army fails to capture the last sites …"; not "even if", "as if", "asked if", "unclear if")
    # ("amid anticipation for attacks on these areas in the case of taking control of Al-Nayrab")
    r"(?<!\beven\s)(?<!\bas\s)(?<!\basked\s)(?<!\bunclear\s)\b(?:if|unless|in\s+(?:the\s+)?(?:case|event)\s+of))"
    r"\s+[^,;:]*$",
    re.I,
)
#: aircraft taken or left, before their noun: "seizing for the first time a fleet of ", "leaving behind ammunition and "
_AIRCRAFT_TAKEN_BEFORE = re.compile(
    r"\b(?:captur(?:ed|ing|es?)|seiz(?:ed|ing|es?)|leaving\s+behind|left\s+behind|abandon(?:ed|ing)|a\s+fleet\s+of)\b"
    r"[^.;,]{0,45}$",
    re.I,
)
#: the aircraft words that _AIRCRAFT_TAKEN_BEFORE makes spoils
_SPOIL_AIRCRAFT = re.compile(r"(?:war\s*)?planes?|warplanes?|jets|helicopters?|aircraft|drones?", re.I)
#: a weapon right before a reduced passive "captured": "a tank ", "tanks and armoured vehicles "
_WEAPON_BEFORE = re.compile(
    r"\b(?:tanks?|weapons?|vehicles?|ammunition|arms|missiles?|guns?|artillery|warplanes?|jets|helicopters?)\s+$", re.I
)
#: an act that may come, before its noun with up to two words between: "potential ISIS ", "an expected "
_MAYBE_ACT_BEFORE = re.compile(
    # (what is to be kept off, feared or readied for: "to block potential ISIS attacks", "from a possible Turkish attack")
    r"\b(?:block|prevent|deter|avert|stop|counter|repel|thwart|from|against|of|for|about|over|ahead\s+of|threat\s+of)\s+"
    r"(?:any\s+|an?\s+|the\s+)?"
    r"(?<![\w-])(?:possible|potential|threatened|imminent|impending|feared|expected|looming|likely|eventual|future|anticipated)"
    # (not "made possible by its airstrikes": what made it so)
    r"\s+(?:(?!(?:by|of|from|for|to|with|after|through)\b)[\w'’-]+\s+){0,2}$",
    re.I,
)
#: the nouns of an attack that _MAYBE_ACT_BEFORE may make a prospect
_ACT_NOUN = re.compile(
    r"(?:attacks?|assaults?|offensives?|(?:air)?strikes?|air\s+strikes?|raids?|bombardments?|incursions?|invasion|"
    r"operations?|shelling)",
    re.I,
)
#: a deal and the words that open its terms, right before a withdrawal's noun: "an agreement providing for the ", "a deal
#: on the "
_DEAL_TERMS_BEFORE = re.compile(
    r"\b(?:agreements?|deals?|accords?|understandings?|ceasefire|truce|plans?|proposals?|initiative)\s+"
    r"(?:(?:that\s+)?(?:provid(?:es|ed|ing)|call(?:s|ed|ing)|stipulat(?:es|ed|ing)|envisag(?:es|ed|ing)|allow(?:s|ed|ing)|"
    r"includ(?:es|ed|ing))\s+(?:for\s+)?|on\s+|for\s+)(?:the\s+|a\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
#: from a side to its own act's noun: " following their ", " after its "
_OWNER_RIGHT_BEFORE = re.compile(r"\s+(?:following|after)\s+(?:their|its)\s+(?:[\w-]+\s+)?", re.I)
#: a reported clause opening right before: " that "
_THAT_RIGHT_BEFORE = re.compile(r"\sthat\s+$", re.I)
#: after an event word opening the sentence, its verb's modal: "Capturing Ma'dan will put the Syrian forces on …",
#: "Retaking Palmyra would be the army's next goal" (not "Capturing Ma'dan, the army opened the road")
_GERUND_SUBJECT_MODAL = re.compile(
    # (no verb of its own before the modal: not "Shelling Ariha since Friday has displaced thousands of families who
    # may not return", "Bombing Hass … killed 15 people in what may amount to a war crime")
    r"(?:\s+(?!and\b|or\b|has\b|have\b|had\b|is\b|are\b|was\b|were\b|who\b|which\b|that\b|what\b|killed\b|"
    r"displaced\b|wounded\b|injured\b|destroyed\b|damaged\b|forced\b|caused\b|left\b|led\b|sparked\b|prompted\b|"
    r"triggered\b|claimed\b|hit\b|struck\b)[\w'’-]+){0,12}?"
    r"\s+(?:will|would|could|might|may|should|is\s+expected\s+to)\s",
    re.I,
)
#: a verb of taking earlier in the sentence: "The army recaptured Latmin, seized by rebels on Friday"
_TAKING_BEFORE = re.compile(
    r"\b(?:re)?(?:took|taken|captured|seized|gained|liberated|overran|overrun|stormed|entered)\b|\bwon\s+back\b", re.I
)
#: a comma right after a place, before an apposition's participle: "Kawkab, taken by rebels"
_COMMA_GAP = re.compile(r"\s*,\s*")
#: a gerund's object place: " Douma", " eastern Aleppo", " the town of X"
_GERUND_OBJECT = re.compile(
    r"\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?(?:(?:town|city|village)\s+of\s+)?(?-i:[A-Z])", re.I
)
#: what may open a sentence before a participle that opens it: "Having secured control of X, the SDF …"
_HAVING_OPEN = re.compile(r"[\s\"“‘']*having\s+(?:\w+ly\s+)?", re.I)
#: a main clause that only weighs what the opening "By …ing" would bring: "By seizing X, Hezbollah would have …"
_WOULD_AFTER_BY = re.compile(
    r"\W*by\s+[^,;.]{1,150},[^;.]{0,100}?\b(?:would|could|might|will|may|should|must|hope[sd]?|hoping|aims?|aimed|"
    r"seeks?|sought|wants?|wanted|plans?|planned|intends?|intended|expects?|expected|(?:is|are|was|were)\s+trying|"
    r"tries|tried)\b",
    re.I,
)
#: what may open a sentence before a participle of taking that opens it: "By capturing X, the army …"
_OPENING = re.compile(r"[\s\"“‘']*(?:by\s+)?", re.I)
_COMMA_THE = re.compile(r",\s*(?:the\s+)?(?:(?:last|remaining|retreating|surviving|other)\s+)?$", re.I)
#: a date in the past, in words: "in May", "in 2017", "last year", "two years ago" (not "the last holdouts")
_PAST_DATE = re.compile(
    rf"\b(?:in\s+(?:early\s+|late\s+|mid-)?(?:(?:19|20)\d\d|{_MONTH_NAMES})|last\s+(?:year|month|week|spring|summer|autumn|"
    rf"fall|winter|{_MONTH_NAMES})|\w+\s+(?:years?|months?|weeks?)\s+ago|earlier\s+this\s+year|since\s+(?:19|20)\d\d)\b",
    re.I,
)
#: ground just won, told after the participle: " Albu Kamal city after expelling ISIS", " the town after fierce clashes"
_WON_AFTER = re.compile(
    r"[^,;.]{0,60}?\bafter\s+(?:[\w-]+\s+){0,4}?(?:expelling|driving|ousting|routing|clashes|fighting|battles|clearing|"
    r"pushing|storming|capturing|defeating)\b",
    re.I,
)
#: a side named right before a comma: "the Failak Ar-Rahman militant group, controlling …"
_HOLDER_COMMA = re.compile(
    r"\b(?:groups?|factions?|militants|rebels|insurgents|fighters|forces|brigades?|movement|organi[sz]ation|alliance|"
    r"militias?|coalition|units|jihadists)\s*,\s*(?:now\s+|still\s+|already\s+)?$",
    re.I,
)
#: men who give themselves up, as the subject right before "surrendered": "Syrian ISIS militants", "About 70 fighters of
#: the Islamic State group have", "As many as 728 rebels" (not "The town surrendered", "The rebels surrendered Qaboun")
_MEN_GIVING_UP = re.compile(
    r"\b(?:militants|fighters|rebels|soldiers|gunmen|members|men|jihadists|troops|officers|insurgents|extremists|"
    r"terrorists|mercenaries)\b(?:\s+(?:of|from)\s+(?:the\s+)?[^,;.]{1,40}?)?"
    r"(?:\s+(?:have|has|had|also|reportedly|\w+ly))*\s+$",
    re.I,
)
#: a surrender that ends a side's hold: "…, which marks the end of Daesh presence in the region"
_PRESENCE_ENDED = re.compile(
    r"[^.;]{0,100}?\b(?:end(?:s|ed|ing)?|ended)\s+(?:of\s+)?(?:[\w'’-]+\s+){0,3}?(?:presence|control|rule|existence)\b",
    re.I,
)
#: the side given up to, right after "surrendered": " to the SDF" (not " to their fate")
_TO_SIDE_AFTER = re.compile(r"\s+to\s+(?:the\s+)?(?!(?:their|its)\b)", re.I)
#: goods carried off after a break-in: "… and left with foodstuff", "before hauling off … goods"
_GOODS_TAKEN = re.compile(
    r"[^.;]{0,120}?\b(?:left\s+with|haul(?:ed|ing)\s+(?:off|away)|carr(?:ied|ying)\s+(?:off|away)|made\s+off|stole|"
    r"steal(?:ing)?|loot(?:ed|ing)|plunder(?:ed|ing)|pillag(?:ed|ing)|ransack(?:ed|ing)|goods|belongings|valuables|"
    r"foodstuffs?|furniture|seiz(?:ed|ing)\s+them|set\s+fire|burn(?:ed|t|ing)|torch(?:ed|ing)|destroy(?:ed|ing))\b",
    re.I,
)
#: a relative clause opening right before a verb: "a joint convoy that had started "
_RELATIVE_START = re.compile(
    r"\b(?:that|which|who)\s+(?:had\s+|has\s+|have\s+)?(?:started|begun|began|starts|begins)\s+$", re.I
)
#: armed men named by a bare noun before an act: "Some fighters were also seen "
_ARMED_MEN_BEFORE = re.compile(
    r"\b(?:fighters|gunmen|militants|militiamen|soldiers|troops|police|(?:security|armed)\s+forces|(?:rebel\s+)?factions?|"
    r"armed\s+(?:men|groups?)|members\s+of\s+(?:the\s+)?(?!civil\b|white\b)[\w\s-]{0,40}?(?:service|forces|army|group|faction|brigade|"
    r"division|command|police))\b[^,;.]*$",
    re.I,
)
#: a break-in's purpose that is no looting: "…, arresting dozens of men", "… and kidnapped two young men", "during a
#: search campaign"
_RAID_PURPOSE = re.compile(
    # (not "in search of food", "after air raids")
    r"\b(?:arrest\w*|detain\w*|kidnap\w*|abduct\w*|"
    r"search\w*(?!\s+of\s+(?:[\w-]+\s+)?(?:food|medicines?|supplies|valuables|goods|loot|fuel|money|gold|bread)\b)|"
    # ("to put out the fire": rescuers)
    r"(?<!air\s)raid\w*|campaign|enforc\w*|closure|put\s+out|extinguish\w*|rescu\w*)\b",
    re.I,
)
#: a passive's agent who are the place's people: " by its residents", " by thousands of civilians"
_BY_RESIDENTS = re.compile(
    r"\s+(?:\w+\s+)?by\s+(?:its\s+|their\s+|the\s+|most\s+of\s+its\s+|(?:thousands|hundreds|many)\s+of\s+)?"
    r"(?:[\w-]+\s+)?(?:residents|inhabitants|civilians|people|population|families|villagers|locals)\b(?!['’]s)",
    re.I,
)
#: a hypothesis opening the clause of any event word (not a doubt of the source: "It was not clear if the strike …",
#: "did not say if the air strikes killed civilians" tell strikes that were made)
_HYPOTHESIS_OPEN = re.compile(
    r"(?:(?:^|[;:(]\s*)[“\"‘']?\s*(?:if|unless)\s|\b(?:yet|remains?)\s+to\s+be\s+seen\s+(?:if|whether)\s)"
    # (not past a clause of its own: "whether the SDF can hold Tabqa after it captured the town", "whether the rebels
    # who stormed Aleppo can hold it")
    r"(?P<gap>(?:(?!\b(?:after|when|since|because|before|as)\b)[^,;:])*)$",
    re.I,
)
#: a relative pronoun up to two words before an act inside a hypothesis: the relative clause's act was made
_RELATIVE_RIGHT_BEFORE = re.compile(
    # ("whether the rebels who broke the siege of Aleppo can hold it"; not "If fighters who refuse the deal attack …")
    r"\b(?:who|which|that)\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?(?:[\w-]+\s+(?:the\s+|a\s+)?)?$",
    re.I,
)
#: a condition that only waits for confirmation: "If an Israeli air strike that killed five officers … is confirmed", "If
#: it is confirmed that Russian jets bombed the hospital": the act was reported
_CONFIRMED_IF = re.compile(
    r"\b(?:is|are|was|were|be|been)\s+(?:\w+ly\s+)?(?:confirmed|true|verified|accurate|correct)\b", re.I
)
#: an act's noun as the subject of the hypothesis: "whether Hezbollah's capture of Qusair … will change the war", "If
#: the Russian airstrikes continue" (made; but "if the Syrian Army commits to an attack" is not)
_NOUN_SUBJECT_GAP = re.compile(
    # (a word of nationality: "the Russian airstrikes", "the Turkish offensive"; a definite one: not "If a Turkish
    # offensive on Tal Abyad goes ahead", "If Turkish drones hit Saraqeb again")
    r"\s*(?:the\s+|(?:[\w-]+\s+){0,2}?[\w-]+['’]s\s+)(?:(?:new|renewed|latest|ongoing|heavy|intense|"
    r"(?-i:[A-Z])[a-z]+(?:ian|ish|ese|i|an)|US|U\.S\.|air|aerial|government|regime|rebel)\s+)?",
    re.I,
)
#: ground "controlled by fire" (fire control: within range of a side's weapons, not held): "controlling Hantutin and
#: Banin villages by firearm"
_BY_FIRE = re.compile(
    r"[^.;,]{0,80}?\b(?:by|with)\s+(?:fire|firearms?|firepower|fires)\b(?!\s+(?:support|cover|from|of)\b)", re.I
)
#: a protest's words before what it protests: "condemning Assad and Russian bombardment", "to protest against the
#: Assad and Russian bombing campaign", "denouncing the shelling of"
_PROTESTED = re.compile(
    r"\b(?:condemn(?:ed|s|ing)?|denounc(?:e|ed|es|ing)|protest(?:ed|s|ing)?|decr(?:y|ied|ies|ying))"
    r"(?:\s+(?:against|at|over))?\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}$",
    re.I,
)
#: a crowd in the sentence, whose words of protest :data:`_PROTESTED` reads: "demonstrators", "took to the streets"
_CROWD = re.compile(
    r"\b(?:protesters|protested|demonstrat\w+|rall(?:y|ied|ies)|t(?:ook|aken|ake|akes|aking)\s+to\s+the\s+streets|"
    r"(?:poured|flooded)\s+(?:in)?to\s+the\s+streets|crowds?)\b",
    re.I,
)
_IN_AN_ATTACK = re.compile(r"\b(?:in|during)\s+(?:an?|the)\s+(?:[\w-]+\s+)?$", re.I)
#: projectiles right before a passive stopping: "several Israeli missiles were intercepted"
_PROJECTILES_BEFORE = re.compile(
    r"\b" + _PROJECTILES + r"[”\"’']?\s+(?:were|was|have\s+been|had\s+been|being)\s+(?:\w+ly\s+)?$", re.I
)
_RESPONSIBILITY_FOR = re.compile(r"\bresponsibility\s+for\s+(?:the\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_CLAUSE_END = re.compile(r"\s*(?:[.;,]|$)")
#: what an air defence shoots down when it is no aircraft: "shot down most of them", "brought down several missiles"
_DOWNED_PROJECTILES = re.compile(
    r"\s+(?:(?:most|all|some|many|several|part|a\s+number)\s+of\s+(?:them\b|the\s+(?:missiles|rockets|projectiles))|"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?" + _PROJECTILES + ")",
    re.I,
)
_DOWNING_WORD = re.compile(_DOWNING, re.I)
_STOPPED_KINDS = frozenset({"generic", "strike", "shelling", "bombing", "explosive", "suicide"})
#: the words that tell an outcome as a noun: "attacks on the hills, resulting in the capture of X" (the attackers')
_OUTCOME_WORDS = r"result(?:ed|s|ing)?\s+in|le(?:d|ads?|ading)\s+to|end(?:ed|s|ing)?\s+with|culminat\w+\s+in"
_OUTCOME_BEFORE = re.compile(rf"\b(?:{_OUTCOME_WORDS})\s+(?:the\s+)?(?:full\s+|complete\s+)?$", re.I)
#: a side's word on a capture it made: "announced the capture of", "declared the liberation of", "completed the recapture of"
#: the stems of a side's telling words: "announced", "declares", "confirming", "claims"
_TELLING_STEMS = r"(?:announc|declar|confirm|claim)"
_ANNOUNCED_THE = re.compile(
    rf"\b(?:{_TELLING_STEMS}(?:ed|es|e|s|ing)|(?<!nearly\s)(?<!almost\s)(?<!partly\s)complet(?:ed|es)|"
    # ("announced on Saturday their capture of the strategic city of Daraa": the day's own, not "two weeks ago")
    rf"{_OUTCOME_WORDS})\s+(?:{_NEWS_DAY}\s+)?(?:the\s+|its\s+|their\s+)?(?:full\s+|complete\s+)?$",
    re.I,
)
#: a negation right before a word: "not", "n't", "never", with "yet", "fully" or an adverb between
_NOT_BEFORE = re.compile(r"(?:\bnot|n['’]t|\bnever)\s+(?:(?:yet|fully|\w+ly)\s+)*$", re.I)
#: a side's word right after it, opening what it says: "… Defense Ministry said that", "… announced on Sunday that"
_SAID_THAT = re.compile(rf"(?:\s+[A-Z][\w-]*){{0,2}}\s+{_SPEECH_VERB}\s+(?:{_SPEECH_DAY}\s+)?that\b")
#: between a side and its verb, at most an adverb: "The Islamic State reportedly kidnapped"
_ADVERB_GAP = re.compile(r"\s+(?:(?:\w+ly|also)\s+){0,2}", re.I)  # ("also reportedly")
#: the same with the side's men between it and its verb ("Islamic State soldiers kidnapped at least 400 civilians"),
#: read so only when the verb has an object (not "ISIS members executed in Jarablus": a headline's passive)
#: ("The Islamic State (ISIS) radical group executed on Friday three young men": the group's own word)
_MEN_GAP = re.compile(
    r"(?:\s*\([^()]{1,12}\))?\)?\s+(?:(?:radical|extremist|jihadist|terrorist|militant|hardline)\s+)?"
    r"(?:soldiers|fighters|members|militants|troops|elements|gunmen|cells|jihadists|group|organi[sz]ation)\s+",
    re.I,
)
_COUNTED_OBJECT = re.compile(
    r"(?:\s+on\s+\w+day)?"
    r"\s+(?:at\s+least\s+|about\s+|more\s+than\s+|nearly\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|"
    r"dozens|tens|hundreds|several)\s",
    re.I,
)
#: the capture verbs that can take people as well as ground ("captured the governor", "seized 12 soldiers")
_TAKING_WORD = re.compile(r"(?:re)?captur|seiz|took|tak", re.I)
#: people of no side as the object of a capture verb: "the governor of the province", "more than 100 persons", "40
#: civilians" (not "captured two pilots": fighters taken in battle are no abduction)
_CAPTIVES_AFTER = re.compile(
    r"\s+(?:the\s+)?(?:(?:more\s+than|at\s+least|about|around|nearly|over|some)\s+)?"
    r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|tens\s+of|hundreds\s+of|several|a|an)\s+)?"
    # (not the adjective: "capturing the official Nasib crossing")
    r"(?:(?!of\b|control\b|the\b)[\w-]+\s+){0,2}?(?:governor|official(?!\s+(?-i:[A-Z])|\s+(?:[\w-]+\s+)?(?:crossing|"
    r"border|checkpoint|road|building|headquarters|residence|site)s?\b)|officials|persons|people|civilians|journalists?|"
    # (not a possessor: "took control of the children's hospital", a building)
    r"hostages?|women|children|activists?|residents)\b(?!['’]s\b)",
    re.I,
)
#: fighters counted as the object of a capture verb: "captured three suspected terrorists", "seized 12 soldiers",
#: "captures two fighters and a commander of the Islamic State" (persons taken, not ground: the README's arrests)
_COMBATANTS_AFTER = re.compile(
    r"\s+(?:(?:more\s+than|at\s+least|about|around|nearly|over|some)\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of|tens\s+of|hundreds\s+of|several|"
    r"a\s+dozen|a\s+few|a\s+couple\s+of|(?:a\s+)?(?:number|group|batch)\s+of|a|an)\s+"
    r"(?:(?!(?:and|or|of|from|in|at|near|to|with|by)\b)[\w-]+\s+){0,2}?(?:members?|fighters?|soldiers?|elements?|"
    r"militants?|terrorists?|gunmen|gunman|officers?|pilots?|commanders?|leaders?|prisoners|suspects?|jihadists|"
    r"recruits|troops)\b(?![-'’])"
    # (the persons end the object: not "a regime soldiers' position", "a key militants stronghold")
    r"(?=\s*(?:[,;.)”\"]|$)|\s+(?:and|of|from|in|at|near|on|who|belonging|affiliated|loyal|during|after|while|as|with|"
    # ("captured 25 Jaish al-Islam fighters Monday in East Ghouta": the day after them)
    r"to|inside|outside|including|among|east|west|north|south|alive|yesterday|today|last|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)|"
    # ("were able to capture Colonel Abdel Kareem Souleiman": an officer named by his rank)
    r"\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?-i:Colonel|Col\.|Brigadier|Lieutenant|Lt\.|Captain)\s+(?-i:[A-Z][a-z])",
    re.I,
)
#: persons counted before, the subject of a passive capture in their relative clause: ", all of whom are members of
#: the … force stationed near X and were "
_OF_WHOM_BEFORE = re.compile(
    r"\b(?:all|some|most|many|several|both|\d+|two|three|four|five)\s+of\s+whom\b[^,;.]{0,140}?,?\s+"
    r"(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?$",
    re.I,
)
#: the same fighters, counted, as the subject of a passive capture: "five Syrian soldiers were captured by"
_COMBATANTS_BEFORE = re.compile(
    # (the count opens the subject: not "Menagh airbase and dozens of soldiers", "hills held by 30 soldiers")
    r"(?:^|[\s,])(?<!base\sand\s)(?<!port\sand\s)(?<!town\sand\s)(?<!village\sand\s)(?<!point\sand\s)"
    r"(?<!positions\sand\s)(?<!hill\sand\s)(?<!hills\sand\s)(?<!\bby\s)(?<!\bwith\s)"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of|several)\s+"
    r"(?:(?!(?:and|or|of|from|in|at|near|to|with|by)\b)[\w-]+\s+){0,2}?(?:members|fighters|soldiers|militants|officers|"
    r"pilots|commanders|troops|gunmen|elements)\s+(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?$",
    re.I,
)
#: ground taken with the persons: "captured 30 fighters and the town of Morek" (a capture still)
_AND_GROUND = re.compile(
    r"[^,;.]{0,20}?\s+and\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:towns?|villages?|city|hills?|bases?|airports?|"
    r"checkpoints?|positions?|areas?|points?|posts?)\b|(?-i:[A-Z]))",
    re.I,
)
_PERSONS_BEFORE = re.compile(
    r"\b(?:members|fighters|soldiers|elements|officers|persons|people|men|pilots?|prisoners|civilians|militants|"
    r"commanders?)[”\"'’]?\s+(?:who\s+(?:were|was)\s+|(?:were|was)\s+)?$",
    re.I,
)
_OWN_MEN_BEFORE = re.compile(
    r"\b(?:its|their|his|our)\s+(?:own\s+)?(?:members|fighters|soldiers|elements|men|militants|commanders?)\s+$", re.I
)
_BE_AFTER_MEN = re.compile(r"[^,;.]{0,50}?\b(?:were|was|are|is|have\s+been|had\s+been)\b", re.I)
_THREATENED = re.compile(r"\bthreat(?:en|ens|ened|ening)\s+to\s+(?:\w+ly\s+)?$", re.I)
_FUNERAL = re.compile(r"\bfunerals?\s+(?:was\s+|were\s+)?(?:held\s+)?(?:for|of)\b[^;]{0,80}\bkilled\b", re.I)
#: a span of days before an event word: "in 8 days of the (large) battle of …"
_SPAN_OF = re.compile(
    r"\b(?:in|during|within|over)\s+(?:the\s+)?(?:past\s+|last\s+|first\s+)?(?:\d+|two|three|four|five|six|seven|"
    r"eight|nine|ten|several)\s+(?:days|weeks|months)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$"
    # ("123 civilian casualties … in a week of military operations and massacres in al-Bab")
    r"|\b(?:in|during|within|over)\s+(?:a|one)\s+(?:week|month)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}"
    r"(?:(?:and|&)\s+(?:[\w-]+\s+){0,2})?$",
    re.I,
)
#: a whole month after an event word, no day: "assassinated in January"
_IN_MONTH = re.compile(rf"\s+(?:in|during)\s+(?:the\s+month\s+of\s+)?{_MONTH_NAMES}\b(?!\s+\d)")
_A_NUMBER = re.compile(r"\b\d+\b")
_SINCE_START = re.compile(r"since\s+(?:the\s+)?(?:start|launch|beginning|onset|outbreak)\s+of\b", re.I)
#: a slogan quoted after a gathering, and the other words that make it a protest
_QUOTED_CHANT = re.compile(r"\bchant(?:ed|ing)\s+[“\"‘]", re.I)
_OTHER_PROTEST_CUE = re.compile(rf"\b(?:chant(?:ed|ing)\s+(?:slogans|for|against)|{_PROTEST_CALL})\b", re.I)
_MOURNING = re.compile(r"\b(?:funerals?|mourners|burial|mourning)\b", re.I)
#: the people gathered, before the verb: "thousands of Damascus residents had ", "protesters "
_CROWD_BEFORE = re.compile(
    r"\b(?:residents|people|crowds?|thousands|hundreds|dozens|demonstrators|protesters|citizens|locals|inhabitants|"
    r"activists)\b[^.;]{0,40}$",
    re.I,
)
_WALKOUT_BEFORE = re.compile(
    # ("a teachers' strike in Idlib", "the lorry drivers' strike", "a lightning strike in Qardaha")
    r"\b(?:hunger|general|labou?r|workers['’]?|commercial|shopkeepers['’]?|teachers['’]?|traders['’]?|drivers['’]?|"
    r"students['’]?|doctors['’]?|lawyers['’]?|merchants['’]?|lightning)\s+$",
    re.I,
)
_TOLL_AFTER = re.compile(r"\s+(?:death\s+)?toll\b", re.I)
#: a judgement of acts told before, or their end: "the UN condemned the bombings", "the bombings had eased"
_JUDGED_BEFORE = re.compile(
    r"\b(?:condemn|denounc|deplor|deni|deny|blam|investigat|criticiz|criticis)\w*\s+the\s+$", re.I
)
#: acts told before, named again to be judged: "with a war monitor describing the attacks as “the heaviest strikes”",
#: "calling the raids a violation" (see :data:`_AS_JUDGED`)
_JUDGING_GERUND = r"\b(?:describing|calling|terming|labell?ing|branding|characteri[sz]ing)\s+"
_DESCRIBED_THE = re.compile(
    _JUDGING_GERUND + r"(?:the|these|those|this|that|such)\s+"
    r"(?:[\w-]+\s+)?$",
    re.I,
)
#: a judgement's own words before a noun: "branding the attack a ", "describing the raid as an " (the noun names no act)
_JUDGED_AS_BEFORE = re.compile(
    _JUDGING_GERUND
    + r"(?:the|these|those|this|that|such|it|them)\s+(?:[\w-]+\s+){0,2}?(?:as\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?[“\"']?$",
    re.I,
)
_AS_JUDGED = re.compile(r"\s+(?:as\s+|an?\s+)", re.I)
_BOMBINGS_EASED = re.compile(
    r"[^.;,]*?\b(?:had\s+|have\s+)?(?:eased|stopped|subsided|ended|halted|ceased|decreased|declined|calmed)\b", re.I
)
#: harm told after "the bombings": "the bombings in the province of Deir Ezzor have resulted in nine deaths"
_HARM_TOLD_AFTER = re.compile(r"[^.;]*?\b(?:kill\w*|dead|deaths?|wound\w*|injur\w*|casualt\w*)\b", re.I)
_STRIKE_HARMS = re.compile(
    # ("Strike kills 19 civilians in …", "strikes on Deir Ezzor city", "Tens of strikes hit the north-east of Hama")
    r"\s+(?:kill(?:s|ed)?|wound(?:s|ed)?|injur(?:es|ed)|destroy(?:s|ed)?|hit(?:s|ting)?|on|against|target(?:s|ed|ing)?|"
    # ("Strikes were also delivered at militants' positions in X": fire delivered)
    r"(?:were|was|have\s+been|had\s+been)\s+(?:also\s+)?(?:delivered|carried\s+out|launched|conducted)\s+"
    r"(?:at|on|against)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:positions?|targets?|sites?|bases?|headquarters|depots?|"
    r"hideouts?|concentrations?|gatherings?|militants|terrorists|fighters)|"
    # ("The strike occurred near the Golan Heights in the province of Quneitra, killing six Hezbollah members")
    r"(?:occurred|took\s+place|happened)\b[^;.]{0,80}?,\s+(?:killing|wounding|injuring)|"
    # ("Saturday’s strike in the town of Ariha also left a 3-year-old girl … in critical condition")
    # (persons left dead or hurt, not "a strike in Daraa left the shops closed")
    r"(?:in|near|at)\s+[^,;.]{1,60}?\s+(?:also\s+)?(?:kill(?:s|ed)(?!\s+off\b)|wound(?:s|ed)|injur(?:es|ed)|"
    r"(?:left|leaves)(?=\s+(?:at\s+least\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|dozens|several|"
    r"many)\s+(?:[\w-]+\s+){0,3}?(?:dead|killed|wounded|injured|people|persons|civilians|children|child|girl|boy|man|"
    r"woman|men|women|members|fighters|soldiers|casualties)\b)))\b",
    re.I,
)
#: words before a bare "strikes" that make it fire, not a walkout: "intensive strikes", "tens of strikes", "their strikes"
_STRIKES_OF_WAR = re.compile(
    r"\b(?:intens\w*|heavy|violent|repeated|renewed|more|new|tens\s+of|dozens\s+of|hundreds\s+of|several|\d+|"
    r"their|its)\s+$",
    re.I,
)
_DOWNED = re.compile(r"\s+(?:crash(?:ed|es)?|(?:was|were)\s+(?:shot|brought)\s+down|downed)\b", re.I)
#: places where weapons are kept, named as what was hit: "a warehouse of explosive devices", "a depot for IEDs"
_STORES = r"\b(?:warehouses?|depots?|stores?|storage|factory|factories|workshops?|caches?|laborator(?:y|ies)|labs?)"
#: a store of explosives right before the explosive's word: the thing hit, not the event
_PLACES_NOUN_BEFORE = re.compile(
    r"\b(?:towns?|villages?|areas?|cities|city|hills?|positions?|points?|bases?|districts?|neighbou?rhoods?|places|"
    r"sites?|locations?)\s+$",
    re.I,
)
_BEFORE_IT = re.compile(r"\b(?:before|until|unless|once)\s+(?:the\s+)?(?:[\w’'-]+\s+){1,4}$", re.I)
_IN_EXCHANGE = re.compile(
    r"\b(?:in\s+exchange\s+for|in\s+return\s+for|on\s+condition\s+of)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I
)
_CLEARING = re.compile(
    # ("are currently clearing it of mines", "began clearing mines and improvised explosive devices", "dismantled
    # several explosive devices")
    r"\b(?:clear|clears|cleared|clearing|sweep|sweeping|swept|remov(?:e|es|ed|ing)|dismantl(?:e|es|ed|ing)|"
    r"defus(?:e|es|ed|ing))\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    # ("to clear the city of land mines")
    r"(?:of\s+(?:the\s+)?)?(?:land\s+)?$|"
    # ("it was combing the area for land mines and explosives", "searching for mines", "were checking for mines")
    r"\b(?:comb(?:s|ed|ing)?|search(?:es|ed|ing)?|scour(?:s|ed|ing)?|check(?:s|ed|ing)?)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?for\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?$",
    re.I,
)
#: a blast told anywhere in the sentence
_BLAST_TOLD = re.compile(r"\b(?:explod\w*|detonat\w*|blew\s+up|went\s+off)\b", re.I)
#: a blast told as what came before: "… after a car bomb exploded there"
_AFTER_BLAST = re.compile(r"\bafter\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
#: mines dealt with, told after them: "while mines are being searched and swept"
_CLEARED_AFTER = re.compile(
    r"\s+(?:(?:are|were|is|was|being|been|have|has|had)\s+){1,3}(?:\w+ly\s+)?(?:searched|swept|cleared|removed|"
    r"dismantled|defused|detected|collected|found)\b",
    re.I,
)
_MINES_WORD = re.compile(r"(?:land\s*)?mines?", re.I)
#: a danger that holds a side back, right before it: "because of ", "for fear of ", "wary of the "
_DANGER_OF = re.compile(r"\b(?:because\s+of|for\s+fear\s+of|fearing|wary\s+of)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)
#: harm told anywhere in the sentence: "killed", "wounded", "casualties"
_HARM_TOLD = re.compile(r"\b(?:kill\w*|wound\w*|injur\w*|casualt\w*|dead|died|death\w*|martyr\w*)\b", re.I)
_STORE_OF = re.compile(rf"{_STORES}\s+(?:of|for)\s+(?:the\s+)?$", re.I)
_MUNITION_AFTER = re.compile(
    r"\s+(?:the\s+)?(?:[\w-]+\s+)?(?:shells?|rockets?|missiles?|mortars?|bombs?|barrels?)\b", re.I
)
#: "witnesses the fall of more casualties", "result in the fall of casualties and wounded": people fall, not a place
_FALLEN_PEOPLE = re.compile(
    r"\s+(?:(?:more|new|further|the|first|\d+|dozens\s+of|tens\s+of)\s+)*(?:casualties|victims|martyrs|dead|deaths|"
    r"people|persons|civilians|fighters|members|soldiers|wounded|injured)\b",
    re.I,
)
#: "advance to X and intensify the shelling": the noun is the object of a verb of the same subject
_VERB_OF_NOUN = re.compile(
    r"\band\s+(?:then\s+)?(?:intensif(?:y|ies|ied)|renew(?:s|ed)?|continu(?:e|es|ed)|resum(?:e|es|ed)|"
    r"escalat(?:e|es|ed)|launch(?:es|ed)?|carr(?:y|ies|ied)\s+out|start(?:s|ed)?|beg(?:in|ins|an)|conduct(?:s|ed)?)\s+"
    r"(?:the|their|its|his|a|an)\s+(?:(?:new|heavy|intense|intensive|violent)\s+)*$|"  # not "and continued clashes"
    # a verb in the present needs no article: "shell the countryside of Idlib and renew clashes in Hama"
    r"\band\s+(?:then\s+)?(?:intensif(?:y|ies)|renews?|resumes?|launch(?:es)?|carr(?:y|ies)\s+out|starts?|begins?|"
    r"conducts?|wage|wages)\s+(?:(?:new|heavy|intense|intensive|violent|fierce)\s+)*$",
    re.I,
)
_FIGHT_VERB = re.compile(r"fight|fights|fought|attack|attacks|attacked|clashed|ambushed|assaulted", re.I)
#: "Russian raids", "regime raids": a state's (or its ally's) raids are air raids (the guidelines' "Assad/Russian
#: raids"); a group's ("HTS raids al-Dana") are on the ground
_STATE_ADJECTIVE = re.compile(
    # ("the Syrian and Russian raids", "Assad-Russian": two states' adjectives, one side named first)
    r"(?:the\s+)?(?:(?:[A-Z][a-z]+(?:ian|ish|ese|i)|Assad)(?:\s+and\s+|-|–))?"
    r"(?:[A-Z][a-z]+(?:ian|ish|ese|i)|regime|coalition|International\s+Coalition)"
)
_OBJECT_BY = re.compile(
    # ("The capture of Afrin from the Kurds by Turkish-led fighters": the side it was taken from between)
    r"\s+(?:of|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?:from\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?)?by\s+(?:the\s+)?[“\"']?",
    re.I,
)
#: "force the X to withdraw" (a verb with its object; not "regime forces and Hezbollah continue attempts to …")
#: what "force" makes do the verb after it, up to that verb: an object opening on a determiner or pronoun ("force the
#: “Islamic State” in Palmyra city to", "forcing them to") …
_FORCED_DETERMINED = r"(?:the|them|it|him|its|their)\s+(?:[\w“”\"'’-]+\s+){0,5}to\s+$"
#: … or any object, after the verb's past or a headline's base form ("forced government troops to", "Rebels force army
#: to"; not "forces of", "vowed to force")
_FORCED_ANY = r"(?!to\b)(?!of\b)(?:[\w“”\"'’-]+\s+){1,5}?to\s+$"
_FORCE_VERB = r"(?<!\bto\s)\b(?:forc(?:ed|ing|e)|compel(?:s|led|ling)?)\s+"
_FORCED = re.compile(
    r"\bforc(?:e|es|ed|ing)\s+(?=" + _FORCED_DETERMINED + ")|" + _FORCE_VERB + "(?=" + _FORCED_ANY + ")", re.I
)
_FORCED_TO = re.compile(r"\s*(?:(?:city|town|village|neighbou?rhood)\s+)?to\s+", re.I)
_PURPOSE_GAP = re.compile(r"\s+(?:in\s+order\s+)?to\s+(?:\w+ly\s+)?", re.I)
#: a side's weapons with its name: "the coalition aircraft", "regime artillery" (after the name, or its last words)
_ARMS = r"(?:war\s*planes?|warplanes?|aircraft|jets|(?:air)?planes|helicopters?|drones?|artillery|air\s+forces?)"
_ARMS_AFTER = re.compile(rf"[”\"']?\s+{_ARMS}\b", re.I)
_ARMS_END = re.compile(rf"\b{_ARMS}$", re.I)


def _armed(sentence: str, x: ActorMention) -> bool:
    """Whether the side ``x`` is named with its weapons ("coalition aircraft", "the regime's artillery")."""
    return bool(_ARMS_AFTER.match(sentence, x.end) or _ARMS_END.search(x.surface))


#: the dead before a strike told as what killed them: "were killed in Raqqa in an ", "died in "
_DIED_IN_BEFORE = re.compile(
    r"\b(?:killed|wounded|injured|died|dead|martyred)\b[^,;.]{0,60}?\b(?:in|by)\s+(?:an?\s+|the\s+)?$", re.I
)
#: from a strike's noun to its side after "of": " of the international ", " of the "
_STRIKE_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w.-]+\s+)?", re.I)
_OF_AGENT = re.compile(r"\s+(?:operations?\s+|attempts?\s+|efforts?\s+|fire\s+)?of\s+(?:the\s+)?[“\"']?", re.I)
#: the verb after "an airstrike of <side>", a few words after the side's first name: the strike is its subject
_STRIKE_SUBJECT_END = re.compile(
    r"(?:\s+(?!on\b|in\b|at\b|against\b|targeting\b)[\w’'-]+){0,3}?\s+(?:has|have|had)\s+(?:\w+\s+)?"
    r"(?:claimed|killed|left|hit|targeted|struck|destroyed)\b",
    re.I,
)
#: right after "shelling of <side>": the place it hit ("shelling of the regime forces on Bedama"), so the side fired
#: (not "shelling of regime positions", "shelling of ISIS sites": no place word follows the side's name)
_ITS_TARGET_NEXT = re.compile(
    r"[”\"']?\s+(?:on|upon|against|targeting|in\s+areas?\s+(?:in|of))\s+(?!(?:the\s+)?(?:\w+\s+)?(?:positions?|sites?)\b)"
)
#: a force on the move before "arrives": "a convoy of Russian Forces", "military reinforcements", "Turkish troops"
_DEPLOYED = re.compile(r"\b(?:convoys?|reinforcements|troops|forces)\b", re.I)
#: between "surrender of" and the place surrendered: "the surrender of (the town of) Harasta"
_PLACE_OF_SURRENDER = re.compile(
    r"\s+(?:the\s+)?(?:(?:town|city|village|neighbou?rhood|district|base|airport|airbase)\s+of\s+)?", re.I
)
_CIVIL_CONVOY = re.compile(
    r"\b(?:aid|food|relief|humanitarian|UN|Red\s+Crescent|Red\s+Cross|displaced|evacuees|civilians|buses)\b", re.I
)
_AID = re.compile(
    r"\b(?:aid|food|flour|rations|convoys?|trucks?|relief|humanitarian|UN|delegations?|water|medical|medicine|"
    r"buses|ambulances)\b",  # ("Up to 20 buses entered the towns of Fouaa and Kafraya to begin an evacuation")
    re.I,
)
#: "plans to restore X": a purpose; not "due to", "owing to", "next to" … before a noun ("casualties due to mine
#: explosions")
_INFINITIVE = re.compile(
    r"(?<!due\s)(?<!owing\s)(?<!thanks\s)(?<!according\s)(?<!next\s)(?<!close\s)(?<!addition\s)(?<!prior\s)"
    # (a result's noun, not a verb: "launched operations against X, leading to clashes between both sides")
    r"(?<!leading\s)(?<!led\s)(?<!leads\s)"
    r"\bto\s+(?:\w+ly\s+)?$",
    re.I,
)
#: an infinitive's first verb and its "and", right before a second verb of the infinitive: "to put down their weapons
#: and "
_INFINITIVE_AND = re.compile(
    # (after an appeal, a plan or an attempt: not "managed to break the siege and capture X", done)
    r"\b(?:urg\w*|call(?:s|ed|ing)?\s+(?:on|upon)|ask\w*|demand\w*|order\w*|told|tell(?:s|ing)?|warn\w*|press\w*|"
    r"plan\w*|intend\w*|want\w*|seek\w*|sought|tr(?:y|ies|ied|ying)|attempt\w*|aim\w*|in\s+order|vow\w*|threat\w*|"
    # ("have agreed to evacuate their forces to Idlib and in turn, hand over their last West Ghouta town": a deal's term)
    r"need\w*|refus\w*)\s+(?:[\w'’-]+\s+){0,4}?to\s+(?:[\w'’-]+\s+){1,6}?and\s+(?:in\s+turn\s*,?\s+|then\s+)?$|"
    r"\bagre\w*\s+(?:[\w'’-]+\s+){0,4}?to\s+(?:[\w'’-]+\s+){1,6}?and\s+(?:in\s+turn\s*,?\s+|then\s+)$",
    re.I,
)
#: a story told in the past by its later turns: "the Syrian army would later seize X"
_WOULD_LATER = re.compile(
    # ("Palmyra would subsequently be recaptured", "would later be able to retake X", "would eventually leave the Old
    # City of Homs, handing it over to the army")
    r"\bwould\s+(?:later|eventually|subsequently)\s+(?:be\s+(?:able\s+to\s+)?)?(?:[^;.]{0,60}?,\s+)?$",
    re.I,
)
#: what makes "would later" a prediction, a promise, a condition or a relative clause's aside: "Assad vowed that his
#: forces would eventually recapture X", "If the talks collapse, the army would later seize Y", "Palmyra, which IS would
#: later seize", "…, residents feared"
_NOT_TOLD_LATER = re.compile(
    r"\b(?:said|says|say|told|tells|vow\w*|pledg\w*|promis\w*|warn\w*|expect\w*|fear\w*|believ\w*|insist\w*|hop\w*|"
    r"think\w*|thought|predict\w*|threat\w*|claim\w*|announc\w*|stat(?:ed|es)|added|if|unless|once)\b|"
    # (a relative clause whose own verb "would" is: "Palmyra, which IS would later seize"; not "fighters who controlled
    # Douma would eventually leave", whose clause closed on its own verb)
    r"\b(?:which|who|whom|that)\s+(?:(?!\w+ed\b|held\b|took\b|won\b|lost\b|had\b|ran\b)[\w'’-]+\s+){0,3}would\b",
    re.I,
)
#: SOHR's translated "could" right before the act ("IS could take control of X", "the YPG could advance"): تمكن,
#: "managed to" — done, unless the sentence goes on to a condition or a time to come
_COULD = re.compile(r"\bcould\s+(?:\w+ly\s+|also\s+|finally\s+)?$", re.I)
#: a condition that opens the sentence and the "could" of its main clause: "If I had ammunition, I could take X"
_IF_CLAUSE_BEFORE = re.compile(
    r"(?:^|[;:(]\s*)[“\"‘']?\s*(?:if|unless)\s[^;.]*?,\s*(?:[\w'’-]+\s+){0,4}?could\s+(?:\w+ly\s+)?\S+$", re.I
)
#: a noun's own verb in the future: "the battle at these two towns will be very difficult"
_WILL_BE_AFTER = re.compile(
    r"(?:\s+(?:at|for|of|in|on|over)\s+(?:the\s+|these\s+|those\s+|this\s+|both\s+|two\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"[\w’'-]+)?\s+(?:will|would|is\s+going\s+to)\s+(?:\w+ly\s+)?be\s+(?:very\s+|extremely\s+|more\s+|a\s+)?"
    r"(?:difficult|hard|tough|fierce|long|decisive|bloody|costly|easy|complicated)\b",
    re.I,
)
_FUTURE_AFTER = re.compile(
    r"\b(?:if|unless|soon|would|in\s+the\s+(?:coming|next|near\s+future)|next\s+(?:days?|weeks?|months?)|"
    r"within\s+(?:days|weeks|hours|months))\b",
    re.I,
)


def _armed_named_before(sentence: str, acts, t0: int, reach: int) -> bool:
    """Whether an armed side is named within ``reach`` characters before ``t0``: a side's name (not civilians or
    protesters) or armed men by a bare noun ("Some fighters were also seen setting fire …", "Armed groups broke into
    …")."""
    return any(0 <= t0 - x.end <= reach and x.actor not in ("civilians", "protesters") for x in acts) or bool(
        _ARMED_MEN_BEFORE.search(sentence, max(0, t0 - reach), t0)
    )


def _told_later(sentence: str, before: str, t1: int) -> bool:
    """Whether the act's "would later/eventually/subsequently" tells a story in the past ("In addition to liberating the
    towns, the Syrian army would later seize X"), not a prediction, promise, condition or aside (:data:`_NOT_TOLD_LATER`
    before the act or in the rest of its sentence)."""
    return (
        _WOULD_LATER.search(before) is not None
        and _NOT_TOLD_LATER.search(before) is None
        and _NOT_TOLD_LATER.search(sentence, t1) is None
    )


def _managed_could(sentence: str, scope: str, t1: int, c1: int) -> str:
    """``scope`` without a "could" that means "managed to" right before the act (so it is no modal of a plan)."""
    m = _COULD.search(scope)
    if m is None or _FUTURE_AFTER.search(sentence, t1, c1) or _IF_CLAUSE_BEFORE.search(sentence, 0, t1):
        return scope
    return scope[: m.start()]


#: "a collapse in government defences allowed the rebels to also take X": let to, so done (up to "to")
#: ("the opposition pulled back after intense battles, allowing the regime to capture X": a past's outcome)
_LET = (
    r"(?:\b(?:allowed|enabled)|(?P<comma_let>,\s+(?:thus\s+|thereby\s+)?(?:allowing|enabling)))\s+"
    r"(?:the\s+|them\s+|it\s+)?(?:[\w-]+\s+){0,3}?"
)
#: "has completed its operation to liberate the key city of Palmyra": the operation's purpose reached
_COMPLETED_OPERATION = (
    r"\b(?:complet(?:e|es|ed)|conclud(?:e|es|ed)|finish(?:es|ed)?|conclusion\s+of|completion\s+of)\s+"
    r"(?:its|their|the|his)\s+(?:[\w-]+\s+){0,2}?(?:operation|offensive|campaign|battle|mission)\s+"
    r"(?:(?:in\s+order\s+)?to|for)\s+$|"
    # ("conducted successful operations to liberate the towns of X and Y": the purpose reached)
    # (done, not planned: "is preparing a successful operation to liberate X", "vowed a successful operation")
    # ("concluded successful operations to liberate X", "The army's successful offensive to capture X broke the siege")
    r"(?:\b(?:conducted|carried\s+out|launched|waged|led|staged|mounted|completed|concluded|ended|finished|executed|"
    r"performed|after|in|through|following)\s+(?:(?:a|an|the|their|its|his|two|three|several|a\s+series\s+of)\s+)?|"
    r"\b[\w-]+['’]s\s+)"
    r"successful\s+(?:[\w-]+\s+)?(?:operations?|offensives?|campaigns?|attacks?|assaults?|"
    r"counter-?attacks?|counter-?offensives?)\s+(?:(?:in\s+order\s+)?to|for)\s+$"
)
#: a day named between "managed" and its "to" ("managed on Sunday to recapture X")
#: (or an aside between commas: "managed, during the past hours, to regain control of the village of X")
_DAY_BETWEEN = (
    r"(?:\s+on\s+\w+day|\s+\w+day|\s+today|\s+yesterday|\s+then|\s+later|\s+eventually|\s+finally|"
    r"\s*,\s*(?:during|over|in|within|with|after|under|amid|despite|by)\s+[^,;.“”\"]{3,40}?,|"
    # ("managed , Yesterday , to liberate X": a day set off by commas)
    r"\s*,\s*(?:yesterday|today|\w+day)\s*,)?"
)
#: "went on" to an act of one's own, not in a relative clause: "The rebels, who went on to seize X, had …"
_WENT_ON = r"(?<!\bwho\s)(?<!\bwhich\s)(?<!\bwho\slater\s)(?<!\bwhich\slater\s)went\s+on"
#: a place counted among those that fell, so done and news: "Tabqa is the latest IS stronghold to fall to the SDF"
#: (not "the latest attempt to take X": no place word before "to")
_AMONG_TAKEN = (
    r"\b(?:is|was|becomes|became|has\s+become)\s+(?:now\s+)?(?:the\s+|its\s+)?"
    r"(?:latest|first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th))\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:stronghold|bastion|town|city|village|area|district|neighbou?rhood|base|airbase|position|locality|hill|"
    r"crossing|settlement|capital|enclave|pocket)s?\s+to\s+$"
)
_AMONG_TAKEN_RE = re.compile(_AMONG_TAKEN, re.I)
_MANAGED = re.compile(
    # ("were capable to gain X": a translation's "able to")
    r"\b(?:manag(?:e|es|ed|ing)|succeed(?:s|ed)?|able|capable|began|begin|begins|start(?:s|ed)?|continu(?:e|es|ed|ing)|"
    # ("managed on Sunday to recapture X")
    # ("rebels then went on to seize several nearby towns")
    # (not a relative clause's: "The rebels, who went on to seize Busra al-Sham, had long besieged X")
    r"proceed(?:s|ed)?|" + _WENT_ON + ")" + _DAY_BETWEEN + r"\s+to\s+\S*\s*$|"
    rf"{_LET}to\s+(?:also\s+)?$|"
    # "raids force the “Islamic State” in Palmyra city to withdraw": made to, so done
    r"\bforc(?:e|es|ed|ing)\s+" + _FORCED_DETERMINED + "|"
    # ("Rebels forced government troops to withdraw from X", "The SDF forced IS to withdraw from Y": the verb's past, not
    # "regime forces and Hezbollah continue attempts to")
    # (not going on, "are forcing rebels to withdraw"; nor people made to flee, "forced residents to withdraw")
    # ("IS forced regime forces to withdraw": the acronym, not the verb "is")
    r"(?<!\b(?-i:is)\s)(?<!\bare\s)(?<!\bbeen\s)"
    + _FORCE_VERB
    + r"(?!(?:the\s+|thousands\s+of\s+|hundreds\s+of\s+|dozens\s+of\s+)?(?:residents|civilians|families|people|"
    r"inhabitants|villagers|locals)\b)" + _FORCED_ANY + "|" + _AMONG_TAKEN + "|" + _COMPLETED_OPERATION,
    re.I,
)
#: a past that carries the act after it: "managed to liberate X", "were able to capture Y" (and :data:`_COULD`)
_MANAGED_PAST = re.compile(
    # ("they proceeded to take X", "a collapse allowed the rebels to also take Y")
    # ("managed on Sunday to recapture X": the day between)
    # ("Jaish al-Fatah fighters were eventually able to take over Idlib city", "was also able to push X out from Y")
    # ("Rebels started to evacuate Douma on Monday": the act begun)
    rf"(?:\b(?:managed|succeeded|proceeded|began|started|{_WENT_ON}|(?:were|was)\s+(?:\w+ly\s+|later\s+|then\s+|also\s+)?(?:cap)?able)"
    rf"{_DAY_BETWEEN}|{_LET})"
    r"\s*to\s+(?:\w+ly\s+|also\s+)?$|"
    # ("were able to pierce the defenses of the Tabqa air base and take it over": the second verb of the infinitive)
    r"\b(?:managed|succeeded|(?:were|was)\s+able)\s+to\s+[^,;.]{1,80}?\s+and\s+(?:then\s+)?$|" + _COMPLETED_OPERATION,
    re.I,
)
#: what makes a letting to come, not done: "The deal will see rebels leave Daraa, allowing the army to take over X"
_LET_TO_COME = re.compile(
    r"\b(?:will|would|could|may|might|shall|is\s+to|are\s+to|agree[ds]?|agreement|deal|plan|plans|planned|expected|"
    # ("brokered a ceasefire on Friday, allowing the army to take over X": a truce's terms; "denied that the rebels
    # pulled back, allowing …": a denial's)
    # (not a truce that broke down: "The ceasefire collapsed, allowing the army to capture X" is done)
    r"if|unless|once|when|(?:ceasefire|truce)(?!\s+(?:\w+\s+)?(?:collapsed|broke\s+down|ended|failed|fell\s+apart))|"
    r"brokered|settlement|reconciliation|evacuation|handed\s+over|hand\s+over|"
    r"den(?:y|ies|ied)|dismiss(?:ed|es)?|reject(?:ed|s)?)\b",
    re.I,
)


def _managed(pattern: re.Pattern[str], scope: str, word: str) -> bool:
    """Whether ``pattern`` (:data:`_MANAGED` or :data:`_MANAGED_PAST`) finds an act done in ``scope``; a participle's
    letting after a comma (", allowing the regime to capture X") only after a past, not a deal's, a truce's or a plan's
    terms, nor a denial's, and not of an entry (``word``, the act's verb: "Rebels abandoned X, enabling the army to enter
    the town" is the hand-over, no fight)."""
    m = pattern.search(scope)
    if m is None:
        return False
    if m.group("comma_let"):
        return not word.lower().startswith("enter") and not _LET_TO_COME.search(scope, 0, m.start())
    return True


#: made to leave a place, so done: "the group was forced to withdraw from Maskana" (with the withdrawal's "from" after
#: the verb: not "forced to withdraw their heavy weapons", "forced to retreat inside Manbij")
_MADE_TO_LEAVE = re.compile(r"\b(?:was|were|(?:has|have)\s+been)\s+(?:\w+ly\s+)?forced\s+to\s+$", re.I)
_FROM_NEXT = re.compile(
    # ("were forced to withdraw on Wednesday (night) from Bosra al-Sham", "early Thursday", "last week": a time between)
    r"(?:\s+(?:(?:on|early|late|early\s+on|late\s+on)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?:\s+(?:morning|afternoon|evening|night))?|today|yesterday|overnight|last\s+(?:night|week)))?"
    r"\s+(?:completely\s+|fully\s+)?(?:from|out\s+of)\s",
    re.I,
)


def _made_to_leave(kind: str, before: str, sentence: str, t1: int) -> bool:
    """Whether a withdrawal whose word ends at ``t1`` was made, not meant: "was forced to withdraw from X"."""
    return (
        kind == "withdrawal"
        and _MADE_TO_LEAVE.search(before) is not None
        # ("ISIL compels FSA to evacuate Deir ez-Zor": a verb that takes the place left as its object)
        and (_FROM_NEXT.match(sentence, t1) is not None or _leaves_place(sentence, t1))
    )


def _leaves_place(sentence: str, end: int) -> bool:
    """Whether the word ending at ``end`` is a verb of leaving whose object is the place left ("evacuate",
    "abandon": "ISIL compels FSA to evacuate Deir ez-Zor")."""
    return _LEAVE_PLACE.search(sentence, max(0, end - 14), end) is not None


#: a verb of leaving whose object is the place left: "evacuate", "abandon"
_LEAVE_PLACE = re.compile(r"\b(?:evacuat\w*|abandon\w*)$", re.I)


_FAILED_AFTER = re.compile(r"^[^;,]{0,40}\b(?:failed|in\s+vain|without\s+success|but\s+were\s+repelled)\b", re.I)
#: a capture one side's media report and the other denies: "take control of X, according to pro-regime media, while
#: the factions deny" (a claim: no change of hands)
_DISPUTED_AFTER = re.compile(
    r"[^;.]{0,80}?\baccording\s+to\b[^;.]{0,60}?\b(?:while|but|and|as)\s+(?:the\s+)?[^;.]{0,40}?\bden(?:y|ies|ied)\b|"
    r"[^;.]{0,80}?\b(?:while|but|as)\s+(?:the\s+)?[^;.]{0,40}?\bden(?:y|ies|ied)\b",
    re.I,
)
_CLAIMED = re.compile(
    r"\b(?:claim(?:s|ed|ing)?|allegedly|purportedly)\b[^;]{0,50}$|"
    # "Amaq claimed that 8 SAA soldiers were killed in the attack and ISIS recaptured X": all that the claim says
    r"\bclaim(?:s|ed|ing)?\s+that\b[^;.]{0,140}$|"
    # ("Some rebels dispute that the supply hub of Otaiba … has fallen to the government": told, and denied)
    # (not "No one disputes that …", "There is little doubt that …", "Few doubt that …": granted)
    r"(?<!\bno\s)(?<!\bone\s)(?<!\bnobody\s)(?<!\bfew\s)"
    r"\b(?:disput(?:e|es|ed|ing)|den(?:y|ies|ied|ying)|doubt(?:s|ed|ing))\s+that\b[^;.]{0,140}$",
    re.I,
)
#: "alleged" right before a capture's noun: "the alleged "
_ALLEGED_BEFORE = re.compile(
    r"(?:\b(?:the|an?|its|their)|['’]s)\s+(?:alleged|supposed|purported|rumou?red)\s+(?:[\w-]+\s+)?$", re.I
)
#: a side's claim of its own capture, right before the verb or the noun: "rebels claimed to have captured X", "rebel
#: forces claimed control over the capital", "claimed the capture of X" (the claimant is the taker: a change it
#: announces, as "announced the capture of"; not "claimed that IS recaptured X", someone else's act)
_CLAIMED_OWN = re.compile(
    r"\bclaim(?:s|ed|ing)?\s+(?:to\s+have\s+(?:\w+ly\s+)?|(?:the\s+|their\s+|its\s+)?(?:full\s+|complete\s+|total\s+)?)$",
    re.I,
)
#: what disputes a claim after it: a denial, the other side still holding, fighting going on
_CLAIM_DISPUTED = re.compile(
    # a denial anywhere after it ("a claim denied by rebels", "which the SDF disputed", "and the YPG denied it")
    r"\b(?:den(?:y|ies|ied|ying)|contested|disputed|false|untrue|lies?|fabricat\w*|refut\w+|reject\w+|could\s+not\s+be|"
    r"unconfirmed|not\s+(?:been\s+)?(?:independently\s+)?(?:confirmed|verified))\b|"
    # the fighting going on or the other side still there, after a contrast or a speaker (not "the Shaer gas field, which
    # still supplies power", "Raqqa, where landmines remain a danger")
    r"(?:\bbut\b|\bwhile\b|\balthough\b|\bthough\b|\bhowever\b|;|\bsaid\b|\bsays\b|\breported\b)[^.]*?"
    r"\b(?:still|remain(?:s|ed)?|(?:is|are|was|were)\s+(?:ongoing|under\s*way|raging|continuing)|"
    r"(?:fighting|clashes|battles|resistance)\s+(?:\w+\s+){0,2}?continu\w*)\b",
    re.I,
)
#: a one-word verb in scare quotes, the quotes included: "‘capture’"
_SCARE_QUOTED = re.compile(r"[‘'\"“][a-z]+[’'\"”]")
#: two sides claiming: "Both the army and the rebels claimed control of X"
_BOTH_CLAIM = re.compile(r"\bboth\b[^;.]{0,60}\bclaim", re.I)


def _claim_disputed(sentence: str, c0: int, t1: int) -> bool:
    """Whether the claim of a capture whose clause opens at ``c0`` and whose words end at ``t1`` is disputed: denied
    or contradicted after it, or made by both sides."""
    return bool(_CLAIM_DISPUTED.search(sentence, t1) or _BOTH_CLAIM.search(sentence, c0, t1))


#: the speaker's verb after the words it gives is "claimed": "“Today, the SDF liberated central Hajin from Daesh,” Mustafa
#: Bali … claimed on his official Twitter account", "… took the village, a spokesman claimed" (a claim: no change of hands)
_CLAIMED_AFTER = re.compile(
    r"[^”\"]{0,200}?[”\"]\s*,?\s+(?:[^.;”\"]{0,120}?\s)?claim(?:s|ed)\b|[^;.“”\"]{0,160}?,\s+(?:[^,;.]{0,80}?\s)?claim(?:s|ed)\s*[.;]?$",
    re.I,
)
#: a symbol that shows a man, before his name: "a poster of ", "a statue of the late President "
_SYMBOL_OF_BEFORE = re.compile(
    r"\b(?:posters?|statues?|portraits?|pictures?|photos?|photographs?|images?|busts?)\s+of\s+(?:the\s+)?"
    r"(?:(?:late|former|ousted|toppled)\s+)?(?:(?:president|leader)\s+)?$",
    re.I,
)
#: a lake named after a man, before his name: "Lake Assad"
_LAKE_BEFORE = re.compile(r"\bLake\s+(?:al-)?$", re.I)
#: "our" before the speaker's men, and their bare word: "Our troops", "our armed forces"
_OUR_MEN_OWNER = re.compile(r"\b(?:our|my)\s+(?:own\s+)?$", re.I)
_OUR_MEN_WORD = re.compile(r"(?:armed\s+)?(?:troops|forces|army|fighters|soldiers|units|men)", re.I)
#: an actor's name inside a place's ("Al-Assad Suburb", "Assad Lake") or a country as a border ("Aleppo's
#: border with Turkey") names no actor
_NAME_AFTER = re.compile(
    r"\s+(?:Suburb|Street|Square|Lake|Dam|Hospital|School|Mosque|Roundabout|Neighbou?rhood|Quarter|Bridge|"
    r"Stadium|University|Airport)\b",
    re.I,
)
#: a border or a crossing named by the country across it: "the border with Turkey", "the Bab al-Hawa crossing with
#: Turkey", "entered Syrian territory from Turkey"
_BORDER_BEFORE = re.compile(
    r"\b(?:borders?|(?:border\s+)?crossings?|(?:border\s+)?gates?|frontier)\s+(?:with|into|from|to)\s+(?:the\s+)?$",
    re.I,
)


_PERSONS_PLACE = re.compile(
    r"\b(?:home\s*town|birth\s*place|home\s+village|house|palace|grave|tomb|statue|funeral)\s+of\s+(?:the\s+)?"
    r"(?:\w+\s+|\w{1,3}-){0,3}$",
    re.I,
)
_GROUP_AFTER = re.compile(
    r"[”\"'’]?\s+(?:fighters?|members?|commanders?|leaders?|elements?|militants?|men|soldiers?|officers?|forces|"
    r"factions?|brigades?|officials?|emirs?|amirs?)\b",
    re.I,
)
#: a nationality adjective before a place word ("the Turkish observation post", "the Turkish border")
_ADJECTIVE_PLACE = re.compile(
    # ("the Turkish border guards" are the state's men: an actor)
    r"(?:[-‐–][A-Z][a-z]+)*\s+(?:observation|borders?(?!\s+guards?\b)|frontier|territor(?:y|ies)|soil|side|embassy|"
    r"consulate|posts?|(?:zones?|spheres?|areas?)\s+of\s+influence|"
    # "after the end of the Russian truce", "the Russian-Turkish agreement": a party to a deal, not to a fight
    r"truce|ceasefire|cease-fire|agreements?|deal|initiative|proposals?|delegations?|envoys?|mediation|guarantees?)\b",
    re.I,
)


_POST_AFTER = re.compile(r"\s+(?:military\s+)?(?:observation\s+(?:posts?|points?)|posts?)\b", re.I)
#: a verb whose object is the post named next: "surrounded a ", "shells struck a ", "targeting the "
_HIT_SITE_BEFORE = re.compile(
    r"\b(?<!nearly\s)(?<!almost\s)(?:surround(?:ed|s|ing)?|encircl(?:ed|es|ing)|besieg(?:ed|es|ing)|shell(?:ed|s|ing)?|struck|strikes?|hit(?:s|ting)?|"
    r"target(?:ed|s|ing)?|attack(?:ed|s|ing)?|bomb(?:ed|s|ing)?|storm(?:ed|s|ing)?|rocket(?:ed|s)?)\s+(?:a|an|the)\s+$",
    re.I,
)
#: a side's word before those who report: "opposition activists said", "according to pro-government media."
_MINISTRY_SAID = re.compile(
    r"\s+(?:(?:defen[cs]e|foreign|interior|information)\s+)?ministry\s+(?:said|says|reported|announced|stated)\b", re.I
)
#: a ministry's word, after the adjective of its country: " Ministry of Defense announced", " Defence Ministry said"
_MINISTRY_TOLD = re.compile(
    r"\s+(?:(?:defen[cs]e|foreign|interior)\s+)?ministry(?:\s+of\s+(?:defen[cs]e|foreign\s+affairs|interior))?\s+"
    r"(?:said|says|reported|reports|announced|announces|stated|states|confirmed|confirms)\b",
    re.I,
)
#: a named place, then the time that dates its taking to the news: " Masqan village hours ago", " X today"
_TAKEN_NOW_AFTER = re.compile(
    r"\s+(?:the\s+)?(?:(?:town|village|city|hill)\s+of\s+)?(?-i:[A-Z\u0600-\u06ff])[\w'’-]*"
    r"(?:\s+(?!until\b|till\b|since\b|for\b|before\b|through\b)[\w'’-]+){0,3}?"
    r"(?:\s+(?:village|town|city|hill|area))?\s+(?:(?:a\s+few|few|several|two|three)\s+hours\s+ago|hours\s+ago|today|"
    r"yesterday|this\s+(?:morning|afternoon|evening))\b",
    re.I,
)
#: right after an act's noun, up to the side it came from: " from the "
_FROM_THE = re.compile(r"\s+from\s+(?:the\s+)?", re.I)
#: the word "side" after a side's name: "the government side"
_SIDE_WORD = re.compile(r"\s+side\b", re.I)
#: a fall's or a loss's word: "the fall of", "the loss of"
_FALL_WORD = re.compile(r"(?:fall|loss)\b", re.I)
#: from a fall's word to the side it fell to, with only the place between: " Menagh airport to the "
_FELL_TO_GAP = re.compile(
    r"\s+(?:the\s+)?(?:(?!(?:is|was|are|were|has|had|on|in|last|this)\b)[\w'’-]+\s+){1,5}to\s+(?:the\s+)?"
    r"(?:(?:[\w-]+-(?:led|backed)|(?-i:[A-Z][a-z]+(?:ish|ian|i))|jihadist|Islamist|rebel)\s+)?",
    re.I,
)
#: a fall that may come, not one that came: "The possible fall of X", "the threatened fall of Y"
_MAYBE_BEFORE = re.compile(
    r"\b(?:possible|potential|threatened|imminent|impending|feared|expected|looming|likely|eventual)\s+$", re.I
)
#: a side owning to a loss before the fall's word: " confirmed the loss and said, “The ", " admitted the "
_LOSS_OWNED = re.compile(
    r"\b(?:confirm(?:s|ed)?\s+(?:the|its|their)\s+loss|admit(?:s|ted)?|acknowledg(?:es|ed)|conced(?:es|ed)|"
    r"lament(?:s|ed)?|mourn(?:s|ed)?|regrett?(?:s|ed)?)\b[^.;]{0,60}$",
    re.I,
)
_ACCORDING_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.I)
#: a side's verb "controlled" before a place taken today (:data:`_TAKEN_NOW_AFTER`)
_CONTROLLED_NOW = re.compile(r"\s+controlled(?=" + _TAKEN_NOW_AFTER.pattern + ")", re.I)
#: an advance or assault told right before, joined by "and": "advanced in the north of al-Resafa city and "
_ADVANCED_AND_BEFORE = re.compile(
    r"(?<!\bwhich\s)(?<!\bwho\s)(?<!\bthat\s)\b(?:advanced|stormed|attacked|progressed|pushed)\b"
    r"(?:(?!\b(?:which|who|that|when|after|since|(?:19|20)\d\d)\b)[^.;,]){0,100}\band\s+$",
    re.I,
)
#: places named as a main clause's subject before a passive "controlled" (a translation's word for taken): "The villages
#: of Tal Fandar, Yabisah, and Bir Atwan were controlled by the Turkish-backed rebels" (not "X, which was controlled by")
_PLACES_WERE_CONTROLLED = re.compile(
    r"^\W*(?:the\s+)?(?:villages?|towns?|hills?|neighbou?rhoods?|farms|hamlets?)\s+of\s+(?-i:[A-Z])"
    r"(?:(?!\b(?:which|that|who|where|when|after|since)\b)[^;:.])*?\s(?:was|were|has\s+been|have\s+been)\s+"
    r"(?:fully\s+|completely\s+)?$",
    re.I,
)
#: what makes a passive "controlled by" a hold, not a change: "… were controlled by IS until 2017"
_HELD_SPAN_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:until|since|for\s+(?:years|months|\w+\s+years)|at\s+the\s+time|previously|before|formerly|"
    r"when|between|during|according\s+to|as\s+of|in\s+(?:19|20)\d\d|by\s+(?:19|20)\d\d)\b",
    re.I,
)
#: how a war or an uprising began, right before its protests: "an uprising that began with anti-government "
_BEGAN_WITH_BEFORE = re.compile(
    r"\b(?:uprising|revolution|revolt|war|conflict|crisis|unrest)\s+(?:that|which)\s+(?:had\s+)?(?:began|started|erupted)\s+"
    r"(?:with|as)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
#: a military site named before its verb: "The Turkish observation post in Morek was "
_MILITARY_SITE_BEFORE = re.compile(
    r"\b(?:posts?|bases?|airports?|airbases?|air\s+base|barracks|headquarters|positions?|checkpoints?|garrisons?)\b[^.;]*$",
    re.I,
)
#: the news said to follow an earlier act, up to that act's verb: "The move came after Turkish forces "
_CAME_AFTER_BEFORE = re.compile(r"\b(?:came|comes|come)\s+(?:[\w-]+\s+){0,3}?after\s+[^,;.]{0,80}$", re.I)
#: a relative clause of a typed apposition, right before its passive verb: ", an area that was ", ", a town which had
#: been " (what the place is: background to the news)
_APPOSED_RELATIVE_BEFORE = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:area|town|city|village|region|district|hill|base|airport|crossing|"
    r"stronghold|enclave|pocket)\s+(?:that|which)\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?$",
    re.I,
)
#: a relative clause's opening before its verb: "Regime forces, which ", "who had "
_RELATIVE_NOW_BEFORE = re.compile(r"\b(?:which|who|that)\s+(?:had\s+)?(?:\w+ly\s+)?$", re.I)
#: a source tied to a side, after the act's last comma: ", news outlets identified with Syrian "
_TIED_SOURCE_BEFORE = re.compile(
    r",\s*(?:[\w-]+\s+){0,3}?(?:outlets?|sources?|media|websites?|sites?|channels?|activists?|agenc(?:y|ies)|"
    r"newspapers?|television|TV|networks?)\s+(?:identified|affiliated|linked|"
    r"close|loyal|associated|tied)\s+(?:to|with)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
#: its verb, closing the sentence: " reported Tuesday."
_REPORTED_CLOSES = re.compile(
    r"(?:\s+(?:said|say|says|reported|report|reports|claimed|claim|claims|told\s+\w+)\b(?:\s+[\w-]+){0,3})?"
    r"\s*[.;”\"]*\s*$",
    re.I,
)
#: the rest of a source phrase that closes the sentence: " and an activist group.", "."
_ACCORDING_CLOSES = re.compile(
    # ("…, according to the Turkish defence ministry.": the country's office that told it)
    r"(?:\s+(?:(?:defen[cs]e|foreign|interior|information)\s+)?ministry|\s+(?:military|army|officials|sources|media|"
    r"authorities|state\s+media|news\s+agency))?(?:\s+and\s+[^,;.]{1,40})?\s*[.;”\"]*\s*$",
    re.I,
)
#: the comma (and article) right before a side that closes the sentence: ", the "
_COMMA_THE_BEFORE = re.compile(r",\s*(?:the\s+)?$")
#: what follows a side that closes the sentence as its source: " groups in Syria claimed Saturday, Anadolu Agency
#: reported."
_SIDE_SAID_CLOSES = re.compile(
    # ("…, the Russian Center for Reconciliation in Syria said")
    r"(?:\s+(?:groups?|factions?|officials?|sources?|cent(?:er|re)\s+for\s+(?:the\s+)?reconciliation))?"
    r"(?:\s+in\s+(?-i:[A-Z])[\w-]+)?\s+(?:claimed|said|reported)"
    r"(?:\s+(?:on\s+)?\w+day)?(?:\s*,\s*[^,;.“”\"]{1,40}?\s+(?:reported|said|added))?\s*[.;”\"]*\s*$",
    re.I,
)
_SOURCE_AFTER = re.compile(
    r"\s+(?:activists?|sources?|media(?:\s+outlets?)?|outlets?|monitors?|monitoring\s+group|watchdog|officials?|"
    r"spokes(?:man|woman|person)|"
    r"news\s+agency|television|TV)\b(?=\s+(?:said|say|says|reported|reports|claimed|claim|told|tell|confirmed|added)\b"
    r"|\s*[,.;]|\s*$)|"
    # ("…, Turkish security and hospital sources said on Thursday": words of the source between)
    r"\s+(?:[\w-]+\s+){1,3}?sources\s+(?:said|say|says|told|reported)\b",
    re.I,
)


def _not_an_actor(sentence: str, x: ActorMention) -> bool:
    return bool(
        _NAME_AFTER.match(sentence, x.end)
        # "the Jabar citadel on the banks of Lake Assad": the reservoir's name
        or _LAKE_BEFORE.search(sentence, max(0, x.start - 10), x.start)
        # "Rebels tore down a poster of Assad and captured X": the man a symbol shows is no side acting
        or _SYMBOL_OF_BEFORE.search(sentence, max(0, x.start - 40), x.start)
        # "“Our troops are advancing in Al-Meshleb …,” said SDF spokesman Talal Sello": the speaker's men, not the side
        # the bare word names
        or (_OUR_MEN_OWNER.search(sentence, max(0, x.start - 12), x.start) and _OUR_MEN_WORD.fullmatch(x.surface))
        # "two former rebels were shot dead", "a former leader in the “Jaish Al-Thawra”": men who left the side (not "the
        # former al-Nusra Front": a group renamed)
        or _left_the_side(sentence, x)
        # "Qardaha, the birthplace of Bashar al-Assad": a person's place, no side acting
        or (
            _PERSONS_PLACE.search(sentence, max(0, x.start - 30), x.start)
            and not _GROUP_AFTER.match(sentence, x.end)  # "the house of an FSA commander": the side's man
        )
        or _BORDER_BEFORE.search(sentence, max(0, x.start - 20), x.start)
        # "…, opposition activists said", "SDF sources said": who reports the act, not a side in it
        or _SOURCE_AFTER.match(sentence, x.end)
        # "…, news outlets identified with Syrian rebel groups reported Tuesday.": the side of the source closing the
        # sentence
        or (
            _TIED_SOURCE_BEFORE.search(sentence, max(0, x.start - 90), x.start) is not None
            and _REPORTED_CLOSES.match(sentence, x.end) is not None
        )
        # "…, opposition groups in Syria claimed Saturday, Anadolu Agency reported.": a side's word closing the
        # sentence after a comma tells the act, it is no side in it
        or (
            _COMMA_THE_BEFORE.search(sentence, max(0, x.start - 10), x.start) is not None
            and _SIDE_SAID_CLOSES.match(sentence, x.end) is not None
        )
        # "…, according to the government and an activist group.": the source closing the sentence
        or (
            _ACCORDING_BEFORE.search(sentence, max(0, x.start - 24), x.start) is not None
            and _ACCORDING_CLOSES.match(sentence, x.end) is not None
        )
        # "…, the Russian Defense Ministry said Thursday": the source closing the sentence, no side in the act
        or (
            _MINISTRY_SAID.match(sentence, x.end) is not None
            and re.search(r",\s*(?:the\s+)?$", sentence[max(0, x.start - 8) : x.start]) is not None
        )
        or (
            re.fullmatch(r"[A-Z][a-z]+(?:ish|ian|i)", x.surface)
            and _ADJECTIVE_PLACE.match(sentence, x.end)
            # (but "surrounded a Turkish observation post", "Shells struck a Turkish observation post": the post hit is
            # the side's)
            and not (
                _POST_AFTER.match(sentence, x.end) and _HIT_SITE_BEFORE.search(sentence, max(0, x.start - 40), x.start)
            )
        )
        # "a car bomb exploded in a pro-government district of Homs": whom the district favours, not a side in the act
        or (
            sentence[max(0, x.start - 4) : x.start].lower() == "pro-"
            and (
                _PLACE_NOUN_AFTER.match(sentence, x.end) is not None
                # ("Rebels fired on a pro-government rally in Aleppo": whom the rally favours)
                or _RALLY_AFTER.match(sentence, x.end) is not None
            )
        )
        # "…, Kurdish security forces said.", "…, an army officer told AFP.": the source closing the sentence
        or (
            re.search(r",\s*(?:the\s+|an?\s+)?$", sentence[max(0, x.start - 8) : x.start]) is not None
            and _SAID_AT_END.match(sentence, x.end) is not None
        )
        # "A Syrian coalition known as the Fattah Army", "a coalition of Islamist rebel groups": an alliance of
        # Syrian groups, not the US-led coalition
        or (
            x.surface.lower() in ("coalition", "the coalition")
            and (
                _LOCAL_ALLIANCE_BEFORE.search(sentence, max(0, x.start - 30), x.start) is not None
                or _LOCAL_ALLIANCE_AFTER.match(sentence, x.end) is not None
            )
        )
    )


def _left_the_side(sentence: str, x: ActorMention) -> bool:
    """Whether ``x`` names men who left their side ("two former rebels", "ex-soldiers") or the side a man left ("a
    former leader in the “Jaish Al-Thawra”")."""
    m = _FORMER_BEFORE.search(sentence, max(0, x.start - 40), x.start)
    return m is not None and bool(m.group(1) or _FORMER_MEN_NAMED.search(x.surface))


_FORMER_BEFORE = re.compile(
    r"\b(?:former|ex-)\s*((?:leaders?|commanders?|members?|fighters?|officers?|officials?)\s+"
    r"(?:in|of|with|from)\s+(?:the\s+)?[“\"]?)?$",
    re.I,
)
_FORMER_MEN_NAMED = re.compile(r"(?:rebels?|fighters?|soldiers?|militants?|members?|officers?|militiam[ae]n)$", re.I)
#: a man who left a side: "former leader in", "two former rebels", "the ex-soldier"
_FORMER_MEN = re.compile(
    # (not "the formerly rebel-held town", "the former rebel stronghold of X", "a former rebel spokesman")
    r"\b(?:former\s+|ex-)(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?:rebels?|fighters?|soldiers?|leaders?|commanders?|members?|"
    r"officers?|militants?|militiam[ae]n)\b(?!-|\s+(?:strongholds?|towns?|held|areas?|territor\w+|bastions?|city|villages?|"
    r"spokes\w+|officials?|sources?|groups?|factions?)\b)",
    re.I,
)
_NAMED_AS = r"known\s+as|called|named"  # (the words that give an alliance its name)
_ALLIANCE_NAMED = re.compile(
    rf"\b(?:coalition|alliance|umbrella|grouping)\s+(?:(?:{_NAMED_AS})\s+(?:the\s+)?|of\s+(?:[\w-]+\s+){{0,3}})$", re.I
)
_SURROUNDINGS_AFTER = re.compile(
    r"\s+(?:areas?|villages?|countryside|regions?|towns?|hills?|farms?|fields?|neighbou?rhoods?|districts?|positions?)\b",
    re.I,
)
_LONG_AGO = re.compile(
    r"\b(?:ago|years?|(?:19|20)\d\d|last\s+(?:year|month)|since|before\s+the\s+war|used\s+to|once(?!\s+(?:again|more)))\b",
    re.I,
)
#: between "fighting" and the side fought, and after it nothing but where: "… fighting (against) (the) Assad's forces
#: in northern Syria."
_FOUGHT_GAP = re.compile(r"\s+(?:against\s+)?(?:the\s+)?", re.I)
_ONLY_WHERE_AFTER = re.compile(
    r"(?:['’]s\s+(?:forces|troops|army|regime|government))?"
    r"(?:\s+in\s+(?:the\s+)?(?:[A-Z][\w'’-]*|al|el|province|countryside|city|town|of|and|north\w*|south\w*|east\w*|"
    r"west\w*|central|parts)(?:[\s-]+(?:[A-Z][\w'’-]*|al|el|province|countryside|city|town|of|and|north\w*|"
    r"south\w*|east\w*|west\w*|central|parts))*)?\s*[.]?\s*"
)
#: a relative clause that says what a side does: "rebels who are fighting", "groups that have been battling"
_WHO_ARE_BEFORE = re.compile(r"\b(?:who|that|which)\s+(?:are|is|have\s+been|has\s+been)\s+$", re.I)
#: a relative clause that blames an attack on someone: " the regime blamed on", " which activists attributed to"
_BLAMED_AFTER = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:[\w'’-]+\s+){1,4}?(?:blamed\s+on|attributed\s+to|pinned\s+on)\b", re.I
)
#: a siege told before a "surrounding" that locates: "tightened the siege on the villages", "encircled the hills"
_SIEGE_BEFORE = re.compile(
    r"\b(?:siege\b[^.;,]{0,25}?\b(?:on|of|around)|besieg\w*|encircl\w*|blockad\w*)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)


def _cleansed_of_side(sentence: str, t1: int, acts) -> bool:
    """Whether what a place was "cleansed"/"purged" of or from (after the verb ending at ``t1``), or the side named
    before the place ("cleansed militants from X"), is an armed side: a side's name or its men ("of the rebels", "of
    armed gangs", "of regime forces and Iranian militias", "of terrorism"), not people ("of its Sunni residents", "of
    Christians", "purging Arab villagers from X")."""

    def armed_at(i: int) -> bool:
        return any(x.start == i for x in acts) or _ARMED_WHAT.match(sentence, i) is not None

    # ('had now “cleansed” militants from the Southern district of Nashwa': the side, then the place)
    m = _CLEANSED_SIDE.match(sentence, t1)
    if m is not None and armed_at(m.end()) and _FROM_AFTER_SIDE.match(sentence, m.end()) is not None:
        return True
    # (the place, then "of" or "from" and the side: any "of" of the next words, as 'the rebel-held town of Qusair of
    # “terrorists”' has two)
    return any(armed_at(m.end()) for m in _CLEANSED_OF.finditer(sentence, t1, min(len(sentence), t1 + 70)))


#: the place cleansed and the "of" of what it was cleansed of: "” Qusair of ", " the city of Homs of "
_CLEANSED_OF = re.compile(
    # ("cleansed the Midan area from the terrorist mercenaries", 'the rebel-held Qusair of “terrorists”')
    r"\s(?:of|from)\s+(?:the\s+|all\s+)?[“\"]?",
    re.I,
)
#: the start of the side a place was cleansed of, named before the place: '” militants', ' the terrorists'
_CLEANSED_SIDE = re.compile(r"[”\"]?\s+(?:the\s+|all\s+)?", re.I)
#: the side's words, then "from" and the place: "militants from the Southern district of Nashwa"
_FROM_AFTER_SIDE = re.compile(
    # ("from the southern district of Hajar al-Aswad", "from the town of al-Mayadin")
    r"[^,.;]{1,50}?\s+from\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:al|el|ad|ar|as|at|az|ash)-)?(?-i:[A-Z])",
    re.I,
)
#: an armed side named by its men or its kind: "rebels", "armed gangs", "terrorist groups", "the remnants of"
_ARMED_WHAT = re.compile(
    r"(?:[\w-]+\s+){0,2}?(?:terroris[tm]s?|militants?|gunmen|rebels|fighters|jihadists|insurgents|mercenaries|elements|"
    r"militias?|gangs|forces|groups|organi[sz]ations?|remnants|pockets|cells)\b",
    re.I,
)


#: a place before "surrounding" that it describes: "in the area surrounding the town", "the hills surrounding X"
_SURROUNDINGS_BEFORE = re.compile(
    r"\b(?:areas?|villages?|countryside|regions?|hills?|hilltops?|heights|mountains?|farms?|fields?|land|"
    r"territor(?:y|ies)|positions?|orchards?|plains?|roads?|suburbs|towns)\s+(?:that\s+)?$",
    re.I,
)
#: places listed by name before "surrounding", which tells where they lie: "in the villages of Susiyan, Al-Hadath and
#: Ablah surrounding Al-Bab city"
_NAMED_PLACES_BEFORE = re.compile(
    r"\b(?:villages|towns|areas|hills|farms)\s+of\s+(?:(?:[\w'’-]+\s+){0,2}[\w'’-]+\s*(?:,\s*(?:and\s+)?|\s+and\s+))+"
    r"(?:[\w'’-]+\s+){0,2}[\w'’-]+\s+$",
    re.I,
)
#: … and the place after that "surrounding" (see :data:`_NAMED_PLACES_BEFORE`)
_NAMED_SURROUNDING = re.compile(
    _NAMED_PLACES_BEFORE.pattern.removesuffix(r"\s+$")
    + r"\s+surrounding\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$",
    re.I,
)
#: what the place before borders: " bordering the ", " which borders "
_BORDERING_BEFORE = re.compile(
    # (not places named by what they border: "several villages bordering Azaz")
    r"(?<!villages\s)(?<!towns\s)(?<!areas\s)(?<!positions\s)\b(?:bordering|(?:which|that)\s+borders)\s+(?:on\s+)?"
    r"(?:the\s+)?$",
    re.I,
)
_STRONGHOLD_OF = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:stronghold|heartland|hometown|birthplace|bastion|fiefdom)\b|"
    # ("shells targeting regime control areas in Aleppo city": the side's zones, a place)
    r"(?:['’]s)?\s+control(?:led)?\s+(?:areas?|zones?|regions?)\b",
    re.I,
)
#: people killed, as the sentence tells it: "three civilians … were killed", "killed two"
_PEOPLE_KILLED = re.compile(
    r"\b(?:civilians?|children|women|people|persons|residents|citizens)\b[^.;]{0,50}?\b(?:killed|died|dead)\b|"
    r"\b(?:killed|killing|kills?)\s+(?:at\s+least\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|several)\b",
    re.I,
)
_BASTION_AFTER = re.compile(r"\s+(?:stronghold|bastion)s?\b", re.I)
#: "the rebel enclave of Eastern Ghouta": a held pocket named, never the side hit
_ENCLAVE_AFTER = re.compile(r"\s+enclaves?\b", re.I)
#: a side's name used as an adjective of the ground it holds ("rebel districts", "opposition areas")
_SIDE_ADJECTIVE = re.compile(r"(?:rebel|opposition|regime|government|insurgent|loyalist|Kurdish|jihadist)", re.I)
_RALLY_AFTER = re.compile(r"\s+(?:rall(?:y|ies)|protests?|demonstrations?|march(?:es)?|gatherings?|sit-ins?)\b", re.I)
_PLACE_NOUN_AFTER = re.compile(r"\s+(?:district|neighbou?rhood|area|quarter|town|village|city|suburb)s?\b", re.I)
_SAID_AT_END = re.compile(r"\s+(?:said|say|says|reported|told\s+\w+)(?:\s+on\s+\w+day|\s+\w+day)?\s*[.;]?\s*$", re.I)
_LOCAL_ALLIANCE_BEFORE = re.compile(
    # ("A Syrian coalition known as …": a nationality adjective, or a kind of group)
    r"\b(?:(?-i:[A-Z][a-z]+(?:ian|ish|ese|i))|rebel|Islamist|opposition|jihadist|insurgent|new|broad|armed|Arab)\s+$",
    re.I,
)
_LOCAL_ALLIANCE_AFTER = re.compile(
    rf"\s+(?:{_NAMED_AS}|of\s+(?:[\w-]+\s+){{0,3}}(?:groups|factions|rebels|fighters|brigades|battalions))\b", re.I
)


#: sides given as examples of whom a side fights: "clashing primarily with Islamist groups like Islamic State in Iraq
#: and a-Sham, Jabhat a-Nusra and the Islamic Front, the Syrian army …" (names, commas and "and" up to the side)
_EXAMPLES_FOUGHT = re.compile(
    r"\b(?:with|against|fighting|battling)\s+(?:[\w-]+\s+){0,3}?(?:like|such\s+as|including)\s+"
    # (not past a comma and "the": ", the Syrian army" opens the main clause)
    # (nor a side right after the list's closing comma: "fighting groups like A and B, Syrian troops took X")
    # (each name's word whole, so that a failed search does not try every split of "ISIS" into capitals)
    r"(?:(?:(?:the|and|or|of|in|al)\b|(?-i:[A-Z])[\w'’-]*(?![\w'’-])|[a-z]{1,2}-)\s*|,\s*(?!the\b))*(?<!,)(?<!,\s)$",
    re.I,
)
#: right before an example of the list, its opening or joining word: "such as ", " and the ", "like Jabhat a-" (not
#: "such as ISIS the Syrian army": a new subject after the list)
_EXAMPLE_ITEM_BEFORE = re.compile(
    r"\b(?:like|such\s+as|including|and|or)\s+(?:the\s+)?(?:(?-i:[A-Z][a-z]+)\s+(?:[a-z]{1,2}-)?)?$", re.I
)
#: an example's list going on after it (not its side's verb): ", ", " and ", " in Iraq and a-Sham,"
_LIST_GOES_ON = re.compile(r"(?:\s+(?:in|of)\s+[^,;.]{1,40}?)?\s*(?:,|\band\b|\bor\b|\))")
#: a side that leads or heads another, named with its country: "spearheaded by Lebanon’s " (the side led acts)
_LEADER_BEFORE = re.compile(r"\b(?:spearheaded|headed|led)\s+by\s+(?:the\s+)?(?-i:[A-Z])[a-z]+['’]s\s+$", re.I)
#: "continued their operations against the remnants of Nusra Front …, regaining control over X": whom they fight
_AGAINST_MEN_OF = re.compile(
    r"\bagainst\s+(?:the\s+)?(?:remnants|positions|dens|gatherings|hideouts|members|fighters|cells|pockets)\s+of\s+"
    r"(?:the\s+)?$",
    re.I,
)
_NOT_SUBJECT_BEFORE = re.compile(
    r"(?:backed|supported|aided|helped|assisted|covered|accompanied|led)" + _BY_DAY + r"\s+by\s+(?:the\s+)?$|"
    # "A bus transporting Syrian soldiers was targeted": those carried, not who acts
    r"\b(?:transporting|carrying|ferrying)\s+(?:the\s+)?$|"
    # "militants fighting to topple Syrian President Bashar Assad seized X": whom they fight
    r"\b(?:topple|toppling|oust|ousting|overthrow|overthrowing|unseat|unseating|bring\s+down|bringing\s+down)\s+"
    r"(?:the\s+)?$|"
    # ("Syrian Democratic Forces fighting ISIS in southern Hasakah have taken X": whom the subject fights)
    r"(?<=[\w.)]\s)(?:fighting|battling)\s+(?:the\s+)?$|"
    # (not "fighters from the SDF killed in clashes": the men's side, as "fighters of the SDF")
    # ("Fighters with the US-backed SDF captured X": the men's side, as "fighters of the SDF")
    r"\b(?:(?<!fighters\s)(?<!members\s)(?<!troops\s)with|alongside|against|between|(?<!fighters\s)(?<!members\s)(?<!soldiers\s)(?<!elements\s)(?<!troops\s)(?<!jihadists\s)(?<!militants\s)"
    # ("Warplanes from the US-led coalition have pounded X": the aircraft's side)
    # ("rebels from the Southern Front alliance withdrew from X": the men's side)
    r"(?<!gunmen\s)(?<!warplanes\s)(?<!jets\s)(?<!aircraft\s)(?<!planes\s)(?<!drones\s)(?<!rebels\s)(?<!insurgents\s)"
    r"(?<!militiamen\s)(?<!units\s)(?<!terrorists\s)from|"
    # (but "an airstrike by Turkish forces … hit X": the strike's agent is who hits)
    # ("fighters for the Syrian Democratic Forces attacked …": the men's side too)
    r"to|on|at|off|(?<!strike\s)(?<!strikes\s)(?<!raid\s)(?<!bombardment\s)by|towards?|into|near|"
    r"(?<!fighters\s)(?<!soldiers\s)for|in|among|under)"
    # ("liberated five villages from the PKK-linked YPG and took control of X": the side after its backer's word)
    r"\s+(?:the\s+)?(?:[\w.]+[-‐](?:linked|backed|affiliated|allied|aligned|led)\s+)?$|"
    r"\bagainst\s+(?:the\s+)?[\w-]+['’]s?\s+$|"  # ("units fighting against Syria's government army")
    # "the Syrian Army pushed back the terrorist groups from Kafr Haddad … and retook full control": whom a side
    # drives out is the object, not the subject of the next verb
    r"\b(?:push(?:ed|es|ing)?(?:\s+back)?|drove|drives?|driving|driven|expell?(?:ed|s|ing)?|evict(?:ed|s|ing)?|"
    # ("operations to eradicate ISIL terrorists from the villages …, regaining control over X")
    r"dislodg(?:ed|es|e|ing)|beat(?:s|ing)?\s+back|kick(?:ed|s|ing)?\s+out|eradicat(?:e|es|ed|ing)|uproot(?:s|ed|ing)?|"
    r"eliminat(?:e|es|ed|ing))\s+(?:the\s+|all\s+(?:of\s+)?(?:the\s+)?)?$|"
    # ("the army, continuing its operations to eradicate the last gatherings of Jabhat al-Nusra terrorists …, took X")
    # (not "remnants of": "Remnants of the Tiger Forces clashed with government forces" act)
    r"\b(?:expense|ranks|positions|areas|control|hands|lines|sites|territory|headquarters|side|gatherings|"
    r"dens|hideouts|pockets|fortifications|strongholds|bastions)\s+of\s+(?:the\s+)?$|"
    # "X get ahead of ISIS in controlling Z", "instead of the regime": a rival, not who acts
    r"\b(?:ahead|instead)\s+of\s+(?:the\s+)?$|"
    # "with the help of Russian air support", "with the support of the coalition": a backer
    r"\b(?:help|support|backing|assistance|cover)\s+of\s+(?:the\s+)?$|"
    r"\bbetween\s+(?:the\s+)?[\w' -]{2,40}\s+and\s+(?:the\s+)?$",
    re.I,
)
#: a former or other name's words right before it: "previously known as the ", ", also called "
_FORMER_NAME_BEFORE = re.compile(r"\b(?:previously|formerly|once|also)\s+(?:known|called)\s+as\s+(?:the\s+)?$", re.I)
#: the words of a backer's phrase ("backed by", "supported by", "accompanied by")
#: ("Syrian government forces backed Sunday by Shiite militias and … Russian airstrikes recaptured X": the day between)
_BACKED_BY_WORDS = r"\b(?:backed|supported|aided|helped|assisted|covered|accompanied)" + _BY_DAY + r"\s+by\s+"
#: a backer's phrase right before a side's name: "backed by (the) " (also geo.events')
BACKED_BY_BEFORE = re.compile(_BACKED_BY_WORDS + r"(?:the\s+)?$", re.I)
_BACKED_LIST = re.compile(
    _BACKED_BY_WORDS
    + r"(?:(?!against\b|versus\b|between\b)[^,;.])*?(?:\b(?:and|&)\s+|\b(?:some|several|other|allied|its|their)\s+)"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
_OPPOSED_TO = re.compile(r"\b(?:opposed|hostile)\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?$", re.I)
#: men named by whom they fight, right before their verb: "Rebels fighting Syrian President Bashar al-Assad seized X"
_FIGHTING_BEFORE = re.compile(
    r"\b(?:rebels|fighters|militants|forces|groups|factions|insurgents|jihadists)\s+(?:fighting(?:\s+against)?|"
    # ("Armed opposition groups fighting forces of Syria’s Bashar al-Assad regime reached X")
    r"battling|opposing)\s+(?:the\s+)?(?:(?!(?:said|says|say|told|reported|claimed|in|near|on|at)\b)[\w'’-]+\s+){0,6}?$",
    re.I,
)
#: the rest of a side's name before its verb: " regime" in "Bashar al-Assad regime reached"
_NAME_TAIL = re.compile(r"\s+(?:regime|government|forces|troops)(?=\s)", re.I)
_VERB_NEXT = re.compile(r"\s+(?:\w+ly\s+)?(?:have\s+|has\s+|had\s+)?\w+(?:ed|ook|ok)\b", re.I)
_RELATIVE_OBJECT = re.compile(
    r"\bwho\s+(?:\w+ly\s+)?\w+ed\s+(?:the\s+|(?:former\s+)?president\s+|(?-i:[A-Z])[\w-]*\s+){0,3}(?:al-)?$", re.I
)
#: a sentence that opens on its subject's backers: "Backed by Russian jets, …", "Supported by the Russian air force, …"
_FRONTED_BACKING = re.compile(
    r"\W*(?:backed|supported|aided|helped|assisted|covered|accompanied|led|spearheaded)\s+by\s+", re.I
)  # ("Led by Hay’at Tahrir Al-Sham, the jihadist rebels are attacking …")
_BACKED_COMMA = re.compile(_BACKED_BY_WORDS + r"[^,;.]{1,50},\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
#: the opening of an aside naming a partner: ", in coordination with rebel groups of", ", alongside"
#: the words that open an aside naming a partner: "in coordination with", "along with", "as well as", "with the help
#: of", "with air support from"
_PARTNER_OPENS = (
    r"(?:in\s+(?:coordination|cooperation|conjunction|partnership)\s+with|together\s+with|along(?:side|\s+with)|"
    # ("The SDF, with air support from the U.S.-led coalition, said it captured X")
    r"with\s+(?:the\s+)?(?:[\w-]+\s+)?(?:help|support|participation|backing|cover)\s+(?:of|from)|as\s+well\s+as)"
)
_PARTNER_ASIDE = re.compile(
    # (an initial's full stop inside it: "the U.S.-led coalition")
    r",\s+" + _PARTNER_OPENS + r"\s(?:[^,;.]|(?<=\b[A-Z])\.)*$|"
    # ("Syrian army units and pro-government militias—as well as former rebel groups fighting alongside them—captured X")
    r"\s?[—–]\s*(?:as\s+well\s+as|together\s+with|along(?:side|\s+with))\s[^,;.—–]*$",
    re.I,
)
#: the words that name members of a side or items of a set: "rebel groups — including Jabhat al-Nusra —"
_MEMBER_WORDS = r"(?:including|among\s+them|such\s+as)"
#: (not right after "nearby"/"neighbouring": "the nearby neighbourhoods of A and B" name the quarters)
_NOT_NEARBY = r"(?<!nearby\s)(?<!neighbouring\s)(?<!neighboring\s)(?<!adjacent\s)"
_MEMBER_ASIDE = re.compile(r"\s[—–]\s+" + _MEMBER_WORDS + r"\s+[^—–;.]{0,70}$", re.I)
_INCLUDED = re.compile(r"\bincluding\s+(?:[^,;.]|(?<=\b[A-Z])\.){0,60}$", re.I)  # (and "U.S.-backed groups")
#: a relative clause that names a side's members: " which includes ", ", which consists of the Nusra Front, "
_MEMBERS_RELATIVE = re.compile(
    r"\b(?:which|that)\s+(?:includes?|included|comprises?|comprised|consists?\s+of|consisted\s+of|"
    r"(?:is|was)\s+(?:made\s+up|composed)\s+of|brings?\s+together|brought\s+together|groups|grouped)\s+[^;.]{0,140}$",
    re.I,
)
#: a side's members named in an aside after its men: "The fighters, including some from the Nusra Front and "
_INCLUDED_LONG = re.compile(
    # (an initial's full stop inside: "Rebels, including members of U.S.-backed groups and al-Qaida's Nusra Front, captured")
    r"\b(?:fighters|rebels|militants|groups|factions|forces|troops|coalition|alliance)\s*,\s*including\s+"
    r"(?:[^,;.]|(?<=\b[A-Z])\.){0,90}$",
    re.I,
)
_BACKED_FAR = re.compile(_BACKED_BY_WORDS + r"(?:(?!and\b|but\b|while\b|as\b|then\b)[\w'’-]+\s+){0,7}$", re.I)
_CLOSING_COMMA = re.compile(r"[^,;.]{0,40},")
_CLOSING_ASIDE = re.compile(r"[^,;.—–]{0,40}[,—–]")
_NOT_SUBJECT_AFTER = re.compile(
    # ("Iran-backed militias": the backer; "FSA backed by the Turkish army": the side that is backed)
    # (not "Syrian army backed with its allies fully controlled X": the side, then who backs it)
    r"^(?:-|‐|–)?\s*(?:held|controlled(?!\s+" + _UNNAMED_PLACES + r")|backed(?!" + _BY_DAY + r"\s+(?:by|with)\b)|"
    # ("Iran-linked militias": the backer; but "rebels linked to al-Qaeda" are the rebels)
    r"(?:linked|affiliated|allied|loyal)(?!\s+(?:to|with)\b)|"
    # (but "the Nusra Front led a major offensive against X": the verb of its own attack)
    r"led(?!\s+by|\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}(?:offensive|attack|assault|operation|campaign|push)s?\b)|"
    r"run)\b|"
    # ("Turkish-occupied Afrin", "rebel besieged areas"; not the verb: "Turkish forces occupied the town of Afrin",
    # "Turkish forces occupied Afrin on Sunday", "the army besieged rebel-held Daraya")
    r"^[-‐–]\s*(?:occupied|besieged)\b|"
    r"^\s+(?:occupied|besieged)(?=\s+(?:in|inside|by|for|since|areas?|zones?|territor\w*|regions?|districts?|"
    r"towns?|villages?|cit(?:y|ies)|neighbou?rhoods?|enclaves?|pockets?)\b|\s*[,.;:)]|\s*$)|"
    r"^['’]s?\s+(?:stronghold|positions?|territory|lines?|areas?|control|controlled|held)\b|"
    # ("their Special Forces, with the US-led Global Coalition support, arrested …": the backer's help)
    r"^\s+(?:air\s+|aerial\s+|military\s+|logistic(?:al)?\s+)?support\s*,|"
    # ("the pro-Hezbollah al-Manar television reported", "Hezbollah's al-Manar TV reported": the side's media)
    r"^(?:['’]s)?\s+(?:(?:al-)?[A-Z][\w-]+\s+)?(?:sources?|media|officials?|spokes\w*|statements?|outlets?|channels?|"
    r"television|tv|agency|news|"
    r"website|newspaper|daily|"
    r"activists?|monitors?|commanders?\s+said)\b",
    re.I,
)
#: words that name civilian victims next to an event word ("martyrs", "a massacre", "a school")
_VICTIMS = re.compile(
    r"\b(?:martyr\w*|massacres?|civilians?|citizens?|children|schoolchildren|pupils|child|famil(?:y|ies)|"
    r"(?<!infantry\s)(?<!military\s)(?<!artillery\s)schools?|students?|"
    r"teachers?|pediatrician|residents(?!\s+(?:said|say|says|told|reported|added))|women|mourners|"
    # ("warplanes struck a busy market in Idlib", "an attack on a marketplace in the town of Darkush")
    r"(?<!black\s)(?<!oil\s)markets?|marketplaces?|"
    # people whose trade is no side's: "kills the Doctor Hussein al-Aaraj", "a judge of a court was assassinated"
    r"doctors?|physicians?|judges?|lawyers?|contractors?|journalists?|nurses?|paramedics?|pharmacists?|"
    r"nuns?|priests?|monks?|(?:arch)?bishops?|"
    r"patriarchs?|priests?)\b",
    re.I,
)
#: people counted as killed, with no side of theirs named: "Airstrikes kill 7 persons", "kill 21 people at least" (not
#: "28 persons at least of ISIS members"): ACLED's civilians
_COUNTED_PEOPLE = re.compile(
    # ("kill and injure several people", "kill many persons")
    r"\bkill(?:s|ed|ing)?(?:\s+and\s+(?:injur|wound)\w*)?\s+(?:at\s+least\s+|more\s+than\s+|about\s+|nearly\s+)?"
    # ("killing scores of people")
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|tens|scores|hundreds|several|many)\s+"
    r"(?:of\s+)?(?:people|persons)\b(?!\s+(?:at\s+least\s+)?(?:of|from|among|in\s+the\s+ranks)\b)|"
    # "4 people were killed in airstrikes on X", "4 persons died in explosion" (not a day's total: "55 persons were
    # killed yesterday including …")
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:people|persons)\s+(?:at\s+least\s+)?"
    # ("killed in 3 explosions": three acts, not a span of days)
    r"(?:were\s+killed|killed|died)\b(?!\s+(?:yesterday|today|since|during|in\s+\d+\s+(?:days?|hours?|weeks?|months?)|"
    r"in\s+the\s+(?:last|past))\b)|"
    # the injured, so too: "shells injure 6 persons", "and injure people", "leaving (several) people injured" (not
    # "injured people", which may be the next act's: "target X and injured people in shelling on Y")
    r"\b(?:injur(?:e|es|ing)|wound(?:s|ing)?)\s+(?:at\s+least\s+|about\s+|more\s+than\s+)?"
    r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|tens|several|many)\s*)?(?:people|persons)\b"
    r"(?!\s+(?:at\s+least\s+)?(?:of|from|among|in\s+the\s+ranks)\b)|"
    r"\b(?:leav(?:e|es|ing)|left)\s+(?:(?:\d+|several|many|dozens\s+of|tens\s+of)\s+)?(?:people|persons)\s+"
    r"(?:injured|wounded|dead)\b",
    re.I,
)
#: one person killed in the act told next: "A man was killed in shelling by the Turkish forces on Afrin"
_ONE_KILLED_IN = re.compile(
    r"\b(?:a|one)\s+(?:young\s+|old\s+|elderly\s+)?(?:man|woman|person|citizen|civilian|child|boy|girl)\s+"
    r"(?:was\s+)?(?:killed|died|martyred|injured|wounded)\s+(?:in|by|due\s+to)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
#: a taking of people named before a protest word that gives its reason
_ARRESTED_FOR = re.compile(r"\b(?:arrest|detain|abduct|kidnap|summon)", re.I)
_CHARGE_VERBS = (
    r"(?:participat\w+|tak(?:e|es|ing)\s+part|took\s+part|organi[sz]\w+|incit\w+|call(?:ed|ing)?\s+for|"
    r"join(?:ed|ing)?|led|leading)"
)
_PROTEST_CHARGE = re.compile(rf"\b{_CHARGE_VERBS}\s+(?:in\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?[“\"]?$", re.I)
#: people of no side killed, then the act that killed them: "Scores of people standing in line for bread were killed
#: when Syrian warplanes bombed …", "one person was killed and three wounded in the Israeli shelling on …"
_KILLED_WHEN = re.compile(
    # (after a dateline: "BEIRUT (Reuters) - At least 13 people were killed when a car bomb exploded …")
    r"(?:^|[,;:]\s*|\s[-–—]\s+|\b(?:and|but|said|says|reported|that)\s+)(?:(?:at\s+least|more\s+than|about|nearly|some)\s+)?"
    r"(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|tens|several|many)\s+)?"
    r"(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:people|persons|civilians|children|women|residents|(?:aid|humanitarian|relief)\s+"
    r"workers|volunteers|person|civilian|child|woman|man|boy|girl)\b[^.;]{0,80}?\b(?:were|was|have\s+been|had\s+been)\s+"
    # ("Many civilians have been declared dead after massive Turkish air strikes on …")
    r"(?:\w+ly\s+)?(?:killed|injured|wounded|martyred|(?:declared|reported|confirmed)\s+dead)\b[^.;]{0,40}?"
    r"\b(?:when|after|as|during|in|by)\s+[^.;]{0,60}$",
    re.I,
)
_ONE_PERSON = re.compile(
    r"kill(?:s|ed)?\s+(?:at\s+least\s+)?(?:a|one|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:young\s+|old\s+|elderly\s+)?"
    r"(?:person|man|men|woman|women|child|children|citizens?)\b(?!\s+(?:of|from|in\s+the\s+ranks)\b)",
    re.I,
)
#: an actor named in the charges against a victim is not the victim ("executed for spying for the regime")
_CHARGES = re.compile(
    r"\b(?:charges?|accus\w+|spying|spies|espionage|cooperat\w+|communicat\w+|collaborat\w+|dealing)\b", re.I
)
_PRONOUN = re.compile(
    r"\b(?:it|they|its|their|them|the\s+group|the\s+militants|the\s+fighters|these\s+forces|the\s+latter)\b"
    # (not the backer of the men just named: "rebels it backs had taken X")
    r"(?!\s+(?:backs?|supports?|sponsors?)\b)",
    re.I,
)
# clause boundaries: what introduces the clause is kept (since/after/… matter)
#: what may come before a crowd that opens a sentence: a rubric, a number ("Hundreds of", "Angry")
_CROWD_FIRST = re.compile(
    r"(?:[^|]*\|)?[\W\d]*(?:(?:hundreds|dozens|thousands|tens|scores|many|angry|the|of|a|crowd|crowds|as|around|about|"
    r"some|up|to|at|least|more|than|nearly|almost|[\d,]+)\s+)*",
    re.I,
)
#: force used to break up a crowd: "opened fire with live rounds Friday to disperse demonstrators"
_DISPERSE_BEFORE = re.compile(
    r"\b(?:to\s+)?(?:disperse|dispersing|break\s+up|breaking\s+up)\s+(?:the\s+)?(?:\w+\s+)?$", re.I
)
_MONTH = rf"(?:{_MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
#: a rubric that names a period: a monthly or yearly report ("“Olive Branch” areas in March 2022", "Euphrates Shield
#: areas in Sept.", "April 2023", "Russian intervention in Syria 78 months on", "68 months of Russian intervention")
_PERIOD_RUBRIC = re.compile(
    r"(?:\b" + _MONTH + r"(?:\s+(?:19|20)\d\d)?|\b(?:areas?|zone|presence|intervention|military)\s+in\s+(?:19|20)\d\d|"
    r"\b\d+\s+(?:months?|years?)\s+on)\s*$|^\W*\d+\s+(?:months?|years?)\s+of\b",
    re.I,
)
#: a drone named as what explodes: "Kamikaze drone with a parachute explodes in X", "a suicide drone exploded"
_DRONE_BEFORE = re.compile(r"\bdrones?\b(?:\s+(?:with|carrying|loaded\s+with)\s+[\w\s-]{1,30}?)?\s+$", re.I)
#: a title's rubric: a short label before a bar ("Military escalation | Turkish forces shell …", "Al-Qamishly | …")
_RUBRIC = re.compile(r"\s*[^|;:.]{1,90}?\s*\|(?!\|)")
_BOUNDARY = re.compile(
    # (not an elision inside a side's name, after a nationality's "-an": "Syrian … forces captured X")
    r";|:|\||\s[—–]\s|(?<!an\s)…|…(?!\s+(?:forces|troops|army)\b)|(?<!an\s)\.\.\.|\.\.\.(?!\s+(?:forces|troops)\b)|"
    r"\b(?:while|whereas|but|"
    # (not a time: "protests broke out after Friday prayers in X", "after midnight")
    r"after(?!\s+(?:the\s+)?(?:(?:\w+\s+)?(?:Friday|noon|midday|evening|dawn|morning|sunset|Fajr|Isha|Taraweeh|Tarawih|weekly)\s+"
    r"prayers?|"
    r"prayers|midnight|dawn|sunset|nightfall|dark|noon|midday)\b)|"
    # (nor "captured X before noon from militants")
    r"before(?!\s+(?:in|at|on|near|around)\b|\s*[,.;]|\s*$|\s+(?:noon|midday|midnight|dawn|sunset|sunrise|nightfall|dark)\b)|"
    # (not the adverb: "ISIS jihadists have since arrested four men")
    r"when|(?<!\bhave\s)(?<!\bhas\s)(?<!\bhad\s)since(?!\s+(?:the\s+)?(?:dawn|morning|evening|midnight|yesterday|today|"
    # ("Clashes in Zabadani have been ongoing since July 4 between X and Y": a date, no clause)
    r"last\s+\w+|\d+\s+\w+|early|days|hours|weeks|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*,\s+including\b|"
    r"(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b))|until|"
    # ("the suicide attack which targeted X", "the explosion that hit Y": the act's own verb and its place — not a
    # clause of its own; "X which is besieged" is)
    # (but a clause of its own when a comma closes it before the main verb: "Syrian warplanes, which struck Hbeit on
    # Monday, bombed Kafr Nabudah on Tuesday")
    r"which(?!\s+(?:targeted|targets|hit|hits|struck|strikes|rocked|rocks)\b(?![^,;.]*,\s+(?:\w+ly\s+)?(?:bombed|struck|"
    r"shelled|pounded|hit|targeted|attacked|raided|captured|seized|took|killed)\b))|who|whom|where|whose|although|though|"
    # (not "as well as Hezbollah fighters": a partner named)
    r"because|(?<!\bwell\s)as\s+(?=\w+\s+(?:forces|fighters|troops|units))|despite|amid|following|"
    # ("Subsequent to clashes with militants fighters of the Islamic State, pro-regime forces regained X")
    r"subsequent\s+to)\b|,\s+then\b|"
    # (", and Reef Dimashq" ending the sentence or a list is the last of a list of names: "target Damascus, Suwaydaa,
    # and Reef Dimashq")
    # (nor ", and on the villages of A and B": more places of the same act)
    r",\s+and\s+(?!(?:also\s+)?(?:(?:in|on|at|near|around|into)\s+)?(?:the\s+)?(?:(?:nearby|neighbou?ring)\s+)?"
    r"(?:villages?|towns?|city|of)\b)"
    # (nor ", and in Palmyra for …" closing a list of the act's places: "killed 67 civilians in the city of al-Sikhni,
    # the village of al-Aamiriyyi, and in Palmyra")
    r"(?!(?:in|at|near|around)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}(?:\s*(?:$|[.;])|\s+for\s+[“\"‘']))"
    # (", and Hassaneh in Idlib southern countryside": the last name, with the region all the list lies in)
    # (", and Baghuz Fawqani completely", ", and Tarmala from the jihadist rebels": the last item, with the list's
    # adverb or the side it was taken from)
    # (", and al-Majdal, 6 km west of Khattab", ", and as-Safira on Friday": a name's lower-case article, before the
    # sentence's end, a distance or a day; not ", and al-Qaeda, according to the monitor, lost …")
    r"(?!(?-i:(?:al|el|as|ad|ash|at|ar|az|an)-[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}"
    r"(?:\s*(?:$|[.;])|,(?!\s+(?:according|in\s+turn|however|which|who|meanwhile)\b|\s+(?-i:[A-Z])[\w-]*['’]s\b)|"
    r"\s+(?:completely|entirely|fully|totally|from|in|on|along|with)\b))"
    r"(?!(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}(?:\s*(?:$|[,.;])|"
    r"\s+(?:completely|entirely|fully|totally)\s*(?:$|[,.;])|"
    # (", and Al-Busayra areas for fear of …": the last name, with the type word of the whole list; not ", and Maan
    # villages were shelled", a clause of its own)
    r"\s+(?:areas?|villages|towns|neighbou?rhoods|districts)(?:\s*(?:$|[,.;])|\s+(?:for|in|on|near|along|of|to)\b)|"
    # (", and Al-Shayr in a massive push through northern Hama": the last item, then how it was taken)
    r"\s+(?:in|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:push|offensive|operation|attack|assault|advance|battle|"
    r"campaign)s?\b|"
    # (", and Um Khalakhel from the Syrian army", ", and Tadif from IS": the side it was taken from, named)
    r"\s+from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:rebels|militants|terrorists|jihadists|fighters|factions|"
    r"groups?|organi[sz]ation|army|military|regime|troops|forces|militias?|movement|"
    r"(?-i:ISIS|ISIL|IS|Daesh|HTS|SDF|YPG|Nusra|Jaish|Jaysh|Faylaq|Ahrar|Zenki|Jabhat|Hayat|Liwa))\b|"
    r"\s+in\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){1,3}"
    r"(?:[a-z]+ern\s+)?(?:countryside|province|governorate|region|district)\b\s*(?:$|[,.;])|"
    # (", and Al-Muhamiyah in western Al-Raqqa.": the last name, with the part of the province the list lies in)
    r"\s+in\s+(?:the\s+)?(?:north|south|east|west)\w*\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s*(?:$|[,.;])|"
    # ("Yalda, Babila, and Beit Saham south of Damascus have been cleared": the last name, with where the list lies)
    r"\s+(?:north|south|east|west)\w*\s+of\s+(?:the\s+)?(?:capital\s+)?(?-i:[A-Z])"
    r"))(?=[a-z])",
    re.I,
)
_NAME_END = re.compile(r"\b[A-Z][\w'’-]*$")
_ROUTE_END = re.compile(
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?=\s+(?:International\s+|international\s+)?(?:road|highway|motorway|"
    r"Road|Highway)\b|\s*(?:,|;|\.|$)|\s+and\b)"
)
_FILLER = (
    # ("leaving Douma City to rebel-held Idlib province": who holds the place named next is no place)
    # ("withdrawn to the nearby Islamist-held town of Khan ash-Sheikh": the holder after the epithet too)
    r"(?:the\s+)?(?:(?:nearby|neighbou?ring)\s+(?=[\w-]+-(?:held|controlled)\s))?(?:[\w-]+-(?:held|controlled)\s+)?"
    r"(?:(?:(?:nearby|neighbou?ring|small|key|strategic|main|rebel|regime|government)\s+)?"
    # ("captured Kafr Safra and Jindires coming from the axis of Salwa village": the line they came from)
    r"(?:town|village|city|area|hills?|outskirts|direction|heights|base|airbase|vicinity|positions?|lines?|axis|axes|"
    r"(?:(?:north|south|east|west)\w*\s+)?(?:province|governorate|countryside|region))s?\s+"
    # ("toward the southern province of Daraa", the place named "province of Daraa")
    r"(?:of\s+|in\s+|near\s+)?(?:the\s+)?|(?:nearby|neighbou?ring)\s+(?:(?:north|south|east|west)\w*\s+)?|"
    r"(?:north|south|east|west)\w*\s+)?"
)
_FROM = re.compile(rf"(?<!away\s)\b(?:from|out\s+of)\s+{_FILLER}$", re.I)  # not "50 kilometers away from X"
#: the fire's origin: "from positions in ", "from their bases near "
_FROM_POSITIONS = re.compile(
    r"\bfrom\s+(?:(?:its|their|the)\s+)?(?:[\w-]+\s+)?(?:positions?|bases?|posts?|points?)\s+(?:in|at|near|around)\s+"
    r"(?:the\s+)?(?:(?:town|village|city|area)\s+of\s+)?$",
    re.I,
)
#: the verb of a projectile's hit: "struck", "hit", "landed"
_HIT_WORD = re.compile(r"(?:struck|strikes?|hit|hits|landed|lands?|slammed|fell|pounded)\b", re.I)
#: projectiles and the side that fired them, right before the side: "rockets fired by the ", "shells launched by "
_FIRED_BY_BEFORE = re.compile(
    r"\b(?:rockets?|missiles?|shells?|mortars?|projectiles?|rounds)\s+(?:[\w-]+\s+)?(?:fired|launched)\s+by\s+(?:the\s+)?$",
    re.I,
)
#: the place a projectile came from, right before it: "rocket fire from ", "fired from the Syrian region of "
_FIRED_FROM = re.compile(
    # ("rockets fired by the YPG/PKK from Afrin region struck a mosque in Kilis": the side that fired between)
    r"\b(?:(?:fired|launched)(?:\s+by\s+(?:the\s+)?[\w/'’-]+(?:\s+[\w/'’-]+){0,2}?)?|fire|rockets?|missiles?|shells?|"
    r"mortars?)\s+from\s+(?:the\s+)?"
    # ("from the besieged town of Foua", "from rebel-held Jobar", "from the Syrian region of Afrin")
    r"(?:(?:[\w-]+-held|besieged|rebel|opposition|regime|government|nearby|neighbou?ring|Shiite|Shia|Sunni|Alawite|"
    r"Kurdish|Christian|Druze|\w+ern)\s+){0,2}(?:(?-i:[A-Z])[\w-]*\s+)?"
    r"(?:(?:region|area|town|city|province|district|territory|village)\s+of\s+)?$",
    re.I,
)
#: a hit told around the fire's words: "were hit by", "… struck the Turkish town"
_HIT_NEAR = re.compile(
    # ("Shells fired from rebel-held Jobar killed three people in … Bab Touma": a toll told where the shells fell)
    r"\b(?:hit|struck|landed|under)\b[^.;]{0,40}$|[^.;]{0,40}?\b(?:struck|hit|landed|killed|wounded|injured)\b|"
    # ("Rockets were fired from Idlib towards Hmeimim airbase": the target named after)
    r"\s+(?:towards?|into|at|against)\s+(?:the\s+)?(?-i:[A-Z])",
    re.I,
)
#: a distance from a place: "10km away from X", "5 kilometres from X" (where it happened is near X)
_DISTANCE_FROM = re.compile(
    # ("located some 100 kilometers from the ancient city of Palmyra")
    # ("about seven kilometers outside the rebel-held city of Qusayr", "a mile outside of X")
    r"\b(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|a|a\s+few|several)"
    r"\s*-?\s*(?:km|kms|kilomet(?:er|re)s?|miles?)\s+(?:away\s+)?(?:from|outside(?:\s+of)?)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}?(?:city|town|village)\s+of\s+)?$",
    re.I,
)
#: the destination after the place left: "IS fighters fled Tal Abyad for Ein Issa"
#: a destination of people a deal moves: " and go to ", " to be transferred to ", " heading to the town of "
_GOING_TO = re.compile(
    r"\b(?:go(?:es|ing)?|went|head(?:s|ed|ing)?|mov(?:e|es|ed|ing)|transferr?(?:ed|ing)?|relocat(?:e|ed|ing)|"
    r"depart(?:s|ed|ing)?|travel(?:s|led|ling)?|bus(?:sed)?|taken|sent)\s+(?:\w+\s+)?(?:to|towards?|for)\s+"
    r"(?:the\s+)?(?:(?:[\w-]+-held\s+|rebel\s+|opposition\s+|northern\s+|north\s+)?(?:town|city|province|areas?|region)\s+"
    r"(?:of\s+)?)?$",
    re.I,
)
#: a quarter's type word right before its bearing from the town: "al-Romaniya neighbourhood "
_QUARTER_BEFORE = re.compile(r"\b(?:neighbou?rhood|district|quarter|suburb)\s*,?\s+(?:in\s+(?:the\s+)?)?$", re.I)
_QUARTER_BEARING = re.compile(
    r"\b(?:neighbou?rhood|district|quarter|suburb)\s+(?:in\s+(?:the\s+)?|to\s+the\s+)?(?:north|south|east|west)\w*"
    r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
    re.I,
)
_BOUND_FOR = re.compile(
    r"\bfor\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?:(?:border\s+)?town|city|village)\s+of\s+)?$", re.I
)
#: between a place and the container that locates it: " in ", " in the countryside of ", ", "
_IN_CONTAINER_GAP = re.compile(r"\s*,\s*|\s+in\s+(?:the\s+)?(?:(?:\w+\s+)?countryside\s+of\s+(?:the\s+)?)?", re.I)
#: a relative pronoun and a passive's auxiliary between a place and the passive verb: " that was "
_THAT_PASSIVE = re.compile(
    r"\s*,?\s*(?:that|which)\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:also\s+)?",
    re.I,
)
_TO_THE = re.compile(r"\bto\s+the\s+$", re.I)
_TOWARDS = re.compile(
    # ("left eastern Ghouta late Saturday, bound for Idlib")
    # (not a list's addition: "… hilltops in addition to the villages of X, Y and Z")
    rf"\b(?:towards?|(?<!\baddition\s)(?<!\bnext\s)(?<!\bclose\s)to|into|in\s+the\s+direction\s+of|on\s+the\s+road\s+to|"
    rf"bound\s+for|head(?:ed|ing)\s+for)\s+{_FILLER}$",
    re.I,
)
#: a flight towards the place right after: "sending regime troops fleeing in the direction of (the) "
_FLED_TOWARDS = re.compile(
    r"\b(?:flee|flees|fleeing|fled|escap(?:e|es|ed|ing)|retreat(?:s|ed|ing)?)\s+(?:\w+\s+){0,2}?"
    r"(?:towards?|to|into|in\s+the\s+direction\s+of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
#: fire spread over an area, not a way through it: "warplanes attacked towns across Idlib province"
_ACROSS_AREA = re.compile(r"\bacross\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
#: the words of a trip some people were making ("heading from … to …")
_TRAVELLING = r"(?:heading|headed|travell?ing|driving|on\s+their\s+way)"
_TRANSIT = re.compile(
    # ("Three SDF fighters heading from the town of Sarin to the city of Kobani were attacked by a Turkish drone": the
    # trip's start, not where the drone struck)
    # (not a blast that "ripped through the University of Aleppo": where it went off)
    rf"\b(?<!ripped\s)(?<!tore\s)(?<!tearing\s)(?<!ripping\s)(?<!rips\s)(?<!tears\s)"
    rf"(?:through|via|past|across|by\s+way\s+of|{_TRAVELLING}\s+(?:back\s+)?from)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}$",
    re.I,
)
#: the end of a trip the victims were making: "heading from the town of Sarin to the city of " (not where it happened)
_TRIP_END = re.compile(rf"\b{_TRAVELLING}\b[^,;.]{{0,60}}?\bto\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}$", re.I)
#: a place on a road named by its ends: "seized a town on the highway linking Hama and Aleppo" (the ends are not the
#: place taken; "took control of the road between X and Y" is ground near them)
#: a participle clause after a comma telling what an act brought about: ", severing a supply route between X and Y"
#: a destination of supplies: "a strategic area that would secure supply lines to Aleppo" (not where it happened)
_SUPPLY_TO = re.compile(
    r"\b(?:supply|supplies|resupply)\s+(?:lines?|routes?|roads?|corridors?)\s+(?:to|into|for)\s+(?:the\s+)?"
    r"(?:(?:city|town)\s+of\s+)?$",
    re.I,
)
#: roads named by where they lead, up to the places listed there: "roads leading to the southern provinces of Daraa, "
_ROADS_LEADING = re.compile(
    r"\b(?:roads|routes|highways)\s+(?:leading|heading|going)\s+to(?:wards)?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:(?:provinces?|cities|towns|city|town)\s+of\s+)?(?:[^.;:()]{1,40}?(?:,|\s+and)\s+)?$",
    re.I,
)
_RESULT_CLAUSE = re.compile(
    # ("liberated the key town of Sheikh Miskeen from militants, cutting off their routes between eastern and western
    # Daraa Province")
    r",\s+(?:thus\s+|thereby\s+)?(?:severing|bringing|marking|giving|allowing|making|putting|ending|dealing|paving|"
    # ("declared the full control over al-Bab city, promising that … the cities of Tadif and Bza'a will be liberated";
    # "liberated the village of Baylan, thus coming within 200 meters of Jirah Airbase")
    r"depriving|raising|cutting|leaving\s+(?:the|it|them)|promising|vowing|pledging|threatening|coming)\b",
    re.I,
)
_ROAD_ENDS = re.compile(
    # ("one of the rebels' strongholds adjacent to the key highway connecting Aleppo with Damascus")
    # ("along the strategic western highway between Damascus and Aleppo": a bearing of the road's too)
    # ("close to the main north-south highway between Damascus and Jordan")
    r"\b(?:on|along|adjacent\s+to|near|off|overlooking|close\s+to|next\s+to)\s+(?:the|a)\s+"
    r"(?:(?:main|key|strategic|international|vital|north-south|east-west)\s+){0,2}"
    r"(?:(?:north|south|east|west)(?:ern)?\s+)?"
    # ("captured the village of Qara in the Qalamoun region on a key supply route between Damascus and Homs")
    r"(?:high\s?way|road|motorway|(?:supply\s+)?(?:route|line|artery))\s+"
    # ("on the highway linking Damascus with Aleppo": the road's second end too)
    r"(?:linking|connecting|between)\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){1,3}?(?:with|to|and)\s+(?:the\s+)?)?$",
    re.I,
)
#: where a reporter stands, after the act's own place or on a border: "… hit near Kobane …, an AFP reporter on the
#: Turkish border said" (but "…, an AFP correspondent in Saraqib said" of a sentence that names no other place is
#: where it happened)
_REPORTER_AT = re.compile(
    r"\b(?:reporter|correspondent|journalist|photographer|cameraman)\s+(?:on|in|at|near|from)\s+(?:the\s+)?$", re.I
)
#: the ends of a road that says where the place before it lies, for any act (an apposition after a comma): "shelled
#: Saraqib, on the highway linking Damascus and Aleppo", "reached the outskirts of X, on an important highway that
#: connects Damascus to Aleppo" (not the road hit itself: "airstrikes on the highway linking Saraqib and Ariha",
#: "shelled the road linking X and Y" are near its ends; nor "between": fire on the road between X and Y)
_ROAD_LINKS = re.compile(
    r",\s*on\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:highway|road|motorway|route|artery)\s+(?:(?:that|which)\s+)?"
    r"(?:links?|linking|connects?|connecting)\s+"
    r"(?:the\s+)?(?:(?:[\w'’-]+\s+){1,3}?(?:with|to|and)\s+(?:the\s+)?)?$",
    re.I,
)
_NEAR = re.compile(
    # ("the nearby town of Jibeen" names the town itself)
    # ("captured nearby Jabla and Ma'ar Tamatar": the places themselves)
    r"\b(?:near|nearby(?!\s+(?:town|village|city|hill|district|neighbou?rhood|base|airbase|airport)s?\s+of\b|"
    # ("captured the villages surrounding Raqqa": ground around the city, not it)
    r"\s+$)|around|(?:villages|areas?|hills|countryside|farms|suburbs|towns|positions|roads)\s+surrounding|outside|outskirts\s+of|vicinity\s+of|edge\s+of|edges\s+of|surroundings\s+of|"
    # ("the Homs neighbourhood of Baba Amr", "the nearby neighborhoods of Jobar and Soultaniye" name the quarters; "the
    # neighbourhoods of Aleppo" are parts of the city)
    # (not "the entire area of Afrin", "the urban area of Ras al-Ain": all of it)
    r"parts?\s+of|(?<!entire\s)(?<!whole\s)(?<!urban\s)areas?\s+of|swathes?\s+of|swaths?\s+of|sections?\s+of|"
    + _NOT_NEARBY
    + r"(?:neighbou?rhoods\s+of|an?\s+neighbou?rhood\s+of)|"
    # ("seized the largest district of Aleppo": a quarter of the city, ranked)
    r"(?:largest|biggest|main|key|last)\s+(?:[\w-]+\s+)?(?:districts?|neighbou?rhoods?|quarters?)\s+of|"
    r"positions?\s+(?:in|near|around)|countryside\s+of|"
    r"close\s+to|approaches\s+(?:to|of)|perimeter\s+of|frontlines?\s+of|axis\s+of|axes\s+of|fronts?\s+of|"
    # ("a strategic hill overlooking the Syrian town of al-Bab has been captured": the hill, not the town)
    r"overlook(?:ing|s|ed)?(?:\s+the\s+(?:\w+\s+){0,2}?(?:town|city|village)\s+of)?)\s+"
    # (not "Morek and nearby towns including Kafr Zita": the town named among them)
    # ("close to the northern city of Aleppo": two words and the place's type word)
    r"(?:the\s+)?(?:(?!including\b|namely\b)\w+\s+){0,2}(?:(?<=\s)(?:town|city|village)\s+of\s+)?$",
    re.I,
)

# -- state phrases ------------------------------------------------------------------------

_HELD_ADJ = re.compile(r"^\s*(?:-|‐|–|\s)\s*(?:held|controlled|occupied|run)\b", re.I)
_HELD_BY = re.compile(
    r"\b(?:(?:is|are|was|were|remains?|remained|still|both|all|now|currently|firmly)\s+)*"
    # "controlled by Al-Rahman Corps", "controlled by the Islamic movement of Ahrar al-Sham"
    r"(?:held|controlled|occupied|run|defended)\s+by\s+(?:the\s+)?(?:[\w-]+\s+(?:[\w-]+\s+)?of\s+(?:the\s+)?)?(?:al-)?$|"
    r"\b(?:under\s+(?:the\s+)?(?:full\s+|complete\s+)?control\s+of|in\s+the\s+hands\s+of|"
    r"(?:remains?|remained|stays?|stayed|still)\s+(?:in\s+the\s+hands\s+of|with))\s+(?:the\s+)?(?:al-)?$",
    re.I,
)
#: "when the “Islamic State” controlled Al-Bghiliyyeh neighborhood": after a subordinator, "<side> controlled <Name>"
#: is a clause's subject and verb, not the adjective of "ISIS controlled areas"
_SUBORDINATOR_BEFORE = re.compile(r"\b(?:when|once|as|after|since|while|until)\s+(?:the\s+)?[“\"'‘]?$", re.I)
_CONTROLLED_NAME = re.compile(r"\s+controlled\s+(?:the\s+)?[A-Z\u0600-\u06ff]")


def _controls_as_verb(sentence: str, x: ActorMention) -> bool:
    return bool(
        _SUBORDINATOR_BEFORE.search(sentence, max(0, x.start - 16), x.start) and _CONTROLLED_NAME.match(sentence, x.end)
    )


_UNDER_CONTROL_AFTER = re.compile(r"^\s*(?:'s?)?\s*(?:control|hands)\b", re.I)
_BESIEGED = re.compile(r"\b(?:besieged|encircled|surrounded)\b", re.I)
#: guns moved, not fired, before their word: "deployed additional tanks, ", "dispatched reinforcements including "
_GUNS_SENT_BEFORE = re.compile(
    r"\b(?:deploy(?:ed|s|ing)?|dispatch(?:ed|es|ing)?|reinforc\w*|deliver(?:ed|s|ing)?|suppl(?:ied|ies|ying|y))\b"
    r"(?:(?!\b(?:on|at|towards?|against|into|fired|shelled|hit)\b)[^.;]){0,70}$",
    re.I,
)
#: guns carried somewhere: "sent ", "brought more " before their word, " to the border" after it
_GUNS_BROUGHT_BEFORE = re.compile(
    r"\b(?:sen(?:t|ds|ding)|brought|bring(?:s|ing)?)\s+(?:(?:more|new|additional|heavy|several|dozens\s+of|\d+)\s+)*$",
    re.I,
)
_TO_PLACE_AFTER = re.compile(r"(?:\s+and\s+[\w-]+)?\s+(?:to|into)\s+(?:the\s+)?(?!\w+ing\b)", re.I)
#: a search for explosives before their word: "sweeping the areas taken in the Yarmouk basin for "
_SWEPT_FOR = re.compile(
    r"\b(?:sweep\w*|clear(?:ed|ing|s)?|comb(?:ed|ing|s)?|search\w*|scour\w*)\b[^.;]{0,80}?\bfor\s+(?:[\w-]+\s+)?$", re.I
)
#: an act's verb or a preposition right before "besieged", which is then the place's adjective: "shelled besieged X"
_ACT_ON_BESIEGED = re.compile(
    r"\b(?:shell(?:ed|ing)|bomb(?:ed|ing)|bombard(?:ed|ing)|struck|hit(?:ting)?|target(?:ed|ing)|attack(?:ed|ing)|"
    r"enter(?:ed|ing)|reach(?:ed|ing)|pound(?:ed|ing)|raid(?:ed|ing)|storm(?:ed|ing)|into|on|in|of|to|from|at|near)\s+$",
    re.I,
)
#: the verb that makes the noun "siege" an act: "laid (complete) siege on", "imposed a tight siege on"
_SIEGE_LAID = re.compile(
    r"\b(laid|lay|lays|laying|imposed|impose|imposes|imposing)\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+)?"
    r"(?:(?:tight|tighter|complete|full|total|suffocating|crippling|strict|starvation|new|long|months-long|years-long|"
    r"crushing|military|brutal|harsh|stifling)\s+){0,2}$",
    re.I,
)
#: men of an armed side unnamed: "Fighters", "gunmen", "the troops"
_ARMED_NOUN = re.compile(
    r"\b(?:fighters|militants|gunmen|troops|forces|soldiers|rebels|insurgents|jihadists?|units|army|military|militia\w*|"
    r"terrorists|factions?|battalions?|brigades?|tanks|vehicles|mercenaries|militiamen|groups?|"
    r"convoys?\s+of\s+(?:troops|soldiers|fighters))\b",
    re.I,
)
#: people or things of a place before its passive: "The women of Hawija were ", "Aerial images of Douma were "
_OWNED_BY_PLACE = re.compile(
    r"\b(?!(?:town|village|city|district|neighbou?rhood|area|region|suburb|camp|base|airport|hill|hilltop|control)\b)"
    r"[a-z]+s?\s+"
    r"of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}(?:city\s+|town\s+)?(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?$",
    re.I,
)
#: a side moving away after an opening "Abandoning X,": "rebels withdrew", "fell back on Saraqeb"
_MOVED_ON = re.compile(
    r"\b(?:withdr[aeo]w\w*|retreat\w*|fell\s+back|pull(?:ed|ing)\s+(?:back|out)|moved|headed|fled|regroup\w*|"
    r"redeploy\w*)\b",
    re.I,
)
#: " to " and at most one word before a side: " to the advancing "
_TO_SIDE_GAP = re.compile(r"\s+to\s+(?:the\s+)?(?:[\w-]+\s+)?", re.I)
#: a plan or people of a side after it, not the side: "the Russian roadmap", "Russian negotiators"
_NO_SIDE_AFTER = re.compile(
    r"[-\s]*(?:[\w-]+\s+)?(?:roadmap|deal|plan|demands?|pressure|terms|agreement|negotiators|mediators|proposal|"
    r"initiative|guarantees?)\b",
    re.I,
)
#: the opening of a sentence whose subject is a place: "", "The town of ", "The strategic village of "
_PLACE_TYPE = r"(?:town|village|city|district|neighbou?rhood)"
_PLACE_SUBJECT_OPENS = re.compile(rf"\W*(?:the\s+)?(?:(?:[\w-]+\s+)?{_PLACE_TYPE}\s+of\s+)?", re.I)
#: a type word, then the verb: " town ", " village, "
_PLACE_TYPE_GAP = re.compile(rf"\s+{_PLACE_TYPE}s?\s+", re.I)
#: a verb of arriving right before: "entered ", "reached the "
_REACHED_BEFORE = re.compile(r"\b(?:enter(?:ed|s|ing)?|reach(?:ed|es|ing)?|leav(?:e|es|ing)|left)\s+(?:the\s+)?$", re.I)

# -- time --------------------------------------------------------------------------------

_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9  # (AP style: "Sept. 12")
_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
}
_NUM = r"(\d{1,4}|" + "|".join(_NUMBER_WORDS) + r"|a|an)"
_MONTH_RX = "|".join(sorted(_MONTHS, key=len, reverse=True))
#: the war a report's country has lived through: "the war", "Syria's civil war", "the uprising"
_THE_WAR = r"(?:the\s+|[\w'’-]+['’]s?\s+)?(?:civil\s+)?(?:war|conflict|uprising|revolution)"
#: (not a named offensive: "the war on Afrin", "the war against IS")
_NOT_A_NAMED_WAR = r"(?!\s+(?:on|against|in|for|with|over)\b)"
#: the words before a war's start: "at the start of", "in the early days of", "early in"
_WAR_START_OF = r"(?:at|in)\s+the\s+(?:start|beginning|outbreak|onset|early\s+days)\s+of|early\s+in"
_TIME_RE = re.compile(
    # ("the day before yesterday": two days back)
    r"\b(?P<daybefore>the\s+day\s+before\s+yesterday)\b|"
    r"\b(?P<yesterday>yesterday|the\s+day\s+before|a\s+day\s+earlier|the\s+previous\s+day|last\s+night)\b|"
    r"\b(?P<today>today|this\s+morning|this\s+afternoon|this\s+evening|tonight)\b|"
    r"\b(?:on\s+|last\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r"\b(?P<lastweek>last\s+week|the\s+past\s+week|a\s+week\s+ago|the\s+previous\s+week|earlier\s+this\s+week)\b|"
    # ("over the weekend", "last weekend": the Saturday before the report, to the week)
    r"\b(?P<weekend>(?:over|at|during)\s+the\s+weekend|last\s+weekend|this\s+(?:past\s+)?weekend)\b|"
    # ("captured it this week": the report's week (not "later this week", still to come))
    r"(?<!\blater\s)\b(?P<thisweek>this\s+week)\b|"
    # ("two months ago"; and a count left vague: "several months ago", "Months earlier the rebels captured X")
    rf"\b(?P<ago>(?:{_NUM}\s+|(?:several|a\s+few|few|some|many)\s+)?(?P<unit>days?|weeks?|fortnights?|months?|years?)\s+"
    r"(?:ago|earlier|before))\b|"
    r"\b(?P<lastyear>last\s+year|the\s+(?:previous|past)\s+year|the\s+year\s+before)\b|"
    # ("late last month", "at the beginning of last month", "the previous month", "earlier this month")
    # (not a span's or a comparison's: "since last month", "than last month", "the whole of last month", "last month's";
    # nor a deal's: "breaking a truce agreed late last month")
    r"(?<!\bsince\s)(?<!\bthan\s)(?<!\bof\s)(?<!\bfrom\s)(?<!\buntil\s)(?<!\bwith\s)(?<!\bthroughout\s)"
    r"(?<!\bagreed\s)(?<!\bsigned\s)(?<!\breached\s)(?<!\bbrokered\s)(?<!\bdeclared\s)(?<!\bannounced\s)"
    r"(?<!\blate\s)(?<!\bearly\s)(?<!\bmid\s)(?<!-)"
    r"\b(?P<lastmonth>(?:(?:early|late|mid)[\s-]+|(?:at|by|in|towards?)\s+the\s+(?:end|beginning|start|middle)\s+of\s+)?"
    r"last\s+month(?!['’]s)|earlier\s+this\s+month)\b|"
    # ("in 2016", "in late 2016", "at the end of 2016")
    # ("during the 1967 Six Day War": the year of a named war or battle)
    r"\b(?P<inyear>(?:(?:in|during)\s+(?:the\s+(?=(?:19|20)\d\d\s+(?:[\w'’-]+\s+){0,2}?(?:war|battle|offensive|"
    r"uprising|revolution|campaign|conflict|incursion|invasion|operation|protests?)\b(?!\s+(?:zone|area|line|lines|"
    r"agreement|deal|accord)\b)))?"
    r"(?:(?:early|late|mid)[\s-]+)?|(?:at|by|in|towards?)\s+the\s+(?:end|beginning|"
    r"start|middle)\s+of\s+)(?P<year>(?:19|20)\d\d))\b|"
    # ("in June 2014", "in autumn 2013", "during the summer of 2015": a month or a season of a named year)
    rf"\b(?P<monthyear>(?:(?:in|during|since|by)\s+)?(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?"
    rf"(?:(?P<mymonth>{_MONTH_RX})|(?P<season>spring|summer|autumn|fall|winter))\s+(?:of\s+)?(?P<myyear>(?:19|20)\d\d))\b|"
    rf"\b(?P<edge>(?:at\s+|by\s+|in\s+|since\s+)?(?:the\s+)?(?:end|beginning|start|middle|late|early|mid)"
    rf"(?:\s+of)?[\s-]+(?P<emonth>{_MONTH_RX}))\b|"
    rf"\b(?P<dm>(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH_RX})|(?P<m2>{_MONTH_RX})\.?\s+(?P<d2>\d{{1,2}})"
    rf"(?:st|nd|rd|th)?)\b|"
    # ("recaptured Kinsabba last February": the last such month before the dateline)
    rf"\b(?P<inmonth>(?P<inlast>in|last)\s+(?P<imonth>{_MONTH_RX}))\b|"
    # ("After Syria's war broke out, rebels took over the frontier post": the war's start, long before any report of it)
    # (not a named offensive: "At the start of the war on Afrin")
    r"\b(?P<warstart>(?:(?:after|when|as)\s+" + _THE_WAR + r"\s+(?:broke\s+out|began|started|erupted)|"
    r"(?:" + _WAR_START_OF + r")\s+" + _THE_WAR + _NOT_A_NAMED_WAR + r"))\b",
    re.I,
)
#: a cheap test before _TIME_RE: every time phrase holds one of these
_TIME_HINT = re.compile(
    r"yesterday|day|night|morning|afternoon|evening|week|month|year|ago|earlier|before|end|beginning|start|middle|late|early|"
    r"spring|summer|autumn|fall|winter|"
    r"mid|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\bwar\b|conflict|uprising|revolution",
    re.I,
)
_ROUND_COUNTS = {"dozen": 12, "hundred": 100, "thousand": 1000}
_ROUND_COUNT_AFTER = re.compile(r"\s+(dozen|hundred|thousand)\b", re.I)
_VAGUE_COUNT_AFTER = re.compile(r"\s+(?:(?:large|great|big|small|huge)\s+)?(?:number|few|lot|handful|series)\b", re.I)
_HURT_WORD = re.compile(r"\b(?:wound\w*|injur\w*|hurt)\b", re.I)
_DEAD_WORD = re.compile(r"\b(?:dead|killed|died|casualt\w*|martyr\w*|deaths?)\b", re.I)
_HURT_BEFORE = re.compile(
    r"\b(?:wound(?:ed|ing|s)?|injur(?:ed|ing|es)?|hurt(?:ing)?)\s+(?:more\s+than\s+|at\s+least\s+)?$", re.I
)
#: a thing right after "a"/"an", which no count of the dead is: " car bomb", " IED", " convoy of", " helicopter"
_THING_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:car|bomb|explosion|IED|blast|shells?|missile|rocket|air\s*strike|strike|raid|factory|"
    r"vehicle|motorcycle|mine|landmine|drone|helicopter|warplane|plane|jet|attack|ambush|truck|device|barrel|grenade|"
    r"mortar|building|house|convoy|bus|shelling|bombardment|suicide)s?\b",
    re.I,
)
_FATAL_RE = re.compile(
    rf"\b(?:kill(?:s|ed|ing)?|claim(?:s|ed|ing)?\s+the\s+lives\s+of|left)\s+(?:at\s+least\s+|about\s+|around\s+|"
    rf"nearly\s+|more\s+than\s+|over\s+)?(?P<a>{_NUM})\b(?!\s*(?:km|kilomet|hours?|days?))|"
    rf"\b(?:at\s+least\s+|about\s+|around\s+|nearly\s+|more\s+than\s+)?(?P<b>{_NUM})\s+(?:[\w-]+\s+){{0,4}}?"
    rf"(?:(?:were|was|are|have\s+been|has\s+been)\s+)?(?:killed|dead|died|martyred|martyrs|deaths|bodies|"
    rf"fatalities|lost\s+their\s+lives|casualt(?:y|ies)(?!\s+and\s+(?:injur|wound))|martyrdom)\b"
    rf"(?!\s+and\s+(?:injur|wound))|"
    rf"\bdeath\s+toll\s+(?:\w+\s+){{0,3}}?(?:to\s+|of\s+|at\s+)(?P<c>{_NUM})\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class AirwarsCode:
    """The head of an Airwars incident title: "May 25th 2017: (S757) …".

    ``code`` is the incident code ("S757"), ``belligerent`` the words naming who struck
    (Airwars' prefix: S/CS the US-led coalition, R Russia), ``date`` the date as written,
    ``day`` that date (its first day for a range such as "October 5th-6th 2017"; None when it is
    not a date) and ``end`` the offset where the places begin.
    """

    code: str
    belligerent: str
    date: str
    end: int
    day: dt.date | None = None


#: Airwars incident-code prefixes -> an alias of the belligerent in the actor table
#: (a code without its letter, "(1069a)", names no belligerent: the gold's ruling)
AIRWARS_PREFIXES = {"S": "US-led coalition", "CS": "US-led coalition", "R": "Russian forces", "": ""}
#: (a range of days may use a dash or an en dash, "May 16th – 17th 2017"; the year may be left out, "July 28th:";
#: the place's Arabic name may come before the code, "July 25th 2017: الرقة (S1117a) Raqqa city")
_AIRWARS = re.compile(
    # (an approximate date, "Around July 31st 2017", "June 22nd? 2017"; a range over two months, "August 27th –
    # September 1st 2017")
    rf"^\s*(?:(?:around|about|approximately|circa)\s+)?(?P<date>(?P<month>{_MONTH_RX})\w*\s+(?P<day>\d{{1,2}})"
    rf"(?:st|nd|rd|th)?\??(?:\s*[-/–—]\s*(?:(?:{_MONTH_RX})\w*\s+)?\d{{1,2}}(?:st|nd|rd|th)?\??)?"
    rf"(?:,?\s+(?P<year>\d{{4}}))?)(?:\s*\((?!(?:CS|S|R)?\d)[^)]{{0,30}}\))?"
    # (the colon may be left out or come after the code: "August 1st 2017 (S1148) Raqqa city", "December 10th 2017
    # (S1491): …"; a code without its letter, "(1069a)", three digits or more)
    r"\s*:?\s*(?:[\u0600-\u06ff][\u0600-\u06ff\s]*)?\((?P<prefix>CS|S|R)?(?P<number>(?(prefix)\d+|\d{3,})[a-z]?)\)(?:\s*:)?",
    re.I,
)


def airwars_code(sentence: str) -> AirwarsCode | None:
    """The Airwars incident code a title starts with, or None.

    >>> airwars_code("May 25th 2017: (S757) الميادين, Al Mayadeen, Deir Ezzor governorate, Syria")
    AirwarsCode(code='S757', belligerent='US-led coalition', date='May 25th 2017', end=21, day=datetime.date(2017, 5, 25))
    """
    m = _AIRWARS.match(sentence)
    if m is None:
        return None
    prefix = (m.group("prefix") or "").upper()
    try:  # (without a year, the date is resolved against the report's dateline)
        day = dt.date(int(m.group("year")), _MONTHS[m.group("month").lower()], int(m.group("day")))
    except (TypeError, ValueError):  # "February 30th", "July 28th"
        day = None
    return AirwarsCode(prefix + m.group("number"), AIRWARS_PREFIXES[prefix], m.group("date"), m.end(), day)


@dataclass(frozen=True, slots=True)
class Argument:
    """A place attached to a predicate.

    ``index`` points into the place spans given to :func:`read_sentence`; ``role`` is
    ``at`` (the place itself), ``near`` (near it, on its outskirts, towards it) or
    ``from`` (the place left); ``city`` is true when the words pointed back to it as "the city"
    (after "east of Deir Ezzor", the city of that name, not the governorate's east).
    """

    index: int
    role: str
    city: bool = False


@dataclass(frozen=True, slots=True)
class Predicate:
    """One event word of a sentence, read in its clause.

    Attributes
    ----------
    kind : str
        ``capture``, ``surrender``, ``handover``, ``withdrawal``, ``advance``, ``siege``,
        ``strike``, ``shelling``, ``explosive``, ``suicide``, ``clash``, ``violence``,
        ``abduction``, ``arrest``, ``agreement``, ``base``, ``protest`` or ``riot``.
    voice : str
        ``active``, ``passive``, ``reduced`` (a headline's bare participle: "ISIS members
        executed in X") or ``noun``.
    aspect : str
        ``event`` (happened on the date read), ``past`` (pluperfect: background),
        ``since`` (a ``since`` clause: evidence of the state) or ``state``.
    outcome : str
        ``done``, ``attempt`` (tried, repelled, failed) or ``claimed``.
    actor1, actor2 : str
        Actor ids ('' when the sentence names none).
    winner, loser : str
        For changes of control: who gains and who loses ('' when not said).
    arguments : tuple of Argument
        The places the predicate is about.
    date, time_precision, time_phrase
        When: the dateline unless the clause says otherwise (``time_phrase`` then holds
        the words, ``time_precision`` 1 day / 2 week / 3 month).
    fatalities : int or None
    objects : tuple of str
        Every actor the clause names after the event word as a possible target, in order (actor2 is the
        first): "clashes between the factions and HTS against the regime" lets the caller pick the other side.
    one_place : bool
        A transfer's object is a definite description of one place the sentence does not name ("control the
        last village in the eastern countryside of Al-Raqqah"): a completed change located only near or in
        the places the sentence names.
    """

    kind: str
    voice: str
    start: int
    end: int
    trigger: str
    aspect: str
    outcome: str
    actor1: str
    actor2: str
    winner: str
    loser: str
    arguments: tuple[Argument, ...]
    date: dt.date
    time_precision: int
    time_phrase: str
    fatalities: int | None
    clause: tuple[int, int]
    civilian_victims: bool = False
    objects: tuple[str, ...] = ()
    one_place: bool = False


@dataclass(frozen=True, slots=True)
class Statement:
    """A phrase saying who holds (or besieges) a place: "regime-held X", "X, held by HTS".

    ``state`` is ``held`` or ``besieged``; ``controller`` the actor id ('' if unnamed);
    ``cue`` the words that say so.
    """

    index: int
    state: str
    controller: str
    cue: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Reading:
    """What :func:`read_sentence` found, and the subject to carry to the next sentence.

    ``unplaced`` holds the event words that passed every test of an event (tense, modality,
    negation) but found no place in the sentence: "the Islamic State executes a man", "Turkish
    troops clashed with IS fighters".  They have no ``arguments``; the caller lists them, never maps them.
    """

    predicates: tuple[Predicate, ...]
    statements: tuple[Statement, ...]
    subject: str
    unplaced: tuple[Predicate, ...] = ()


#: the note marks of an encyclopedia's text: "[12]", "[a]", "[citation needed]"
_NOTE_MARK = re.compile(r"\[(?:\d{1,3}|[a-z]|citation needed|clarification needed)\]")


def read_sentence(
    sentence: str,
    actors: Sequence[ActorMention],
    places: Sequence[tuple[int, int]],
    dateline: dt.date,
    *,
    headline: bool = False,
    previous_subject: str = "",
) -> Reading:
    """Read one sentence.

    Parameters
    ----------
    sentence : str
    actors : sequence of ActorMention
        Actor mentions with offsets into ``sentence`` (:meth:`geo.actors.Actors.find`).
    places : sequence of (start, end)
        Place spans in ``sentence``, in text order.
    dateline : date
        The report's date; relative times are resolved against it.
    headline : bool
        The sentence is a title: its present tense reports past events.
    previous_subject : str
        The subject of the previous sentence, for "it", "they", "the group".

    Returns
    -------
    Reading

    Examples
    --------
    >>> from geo.actors import ActorMention
    >>> s = "Rebels retook Kafr Nabudah and Al-Hamamiyat yesterday."
    >>> r = read_sentence(s, [ActorMention("opposition", "Rebels", 0, 6)], [(14, 26), (31, 43)],
    ...                   dt.date(2019, 5, 28))
    >>> [(p.kind, p.actor1, [a.index for a in p.arguments], p.date.isoformat()) for p in r.predicates]
    [('capture', 'opposition', [0, 1], '2019-05-27')]
    """
    # "by the ” ISIS ” organization": quotes set off by spaces, moved onto the name (offsets unchanged)
    if "” " in sentence:
        sentence = _SPACED_CLOSE.sub("” ", _SPACED_OPEN.sub(" “", sentence))
    if "[" in sentence:  # "they captured Tel el-Ais.[34]": an encyclopedia's note marks, read as blanks (offsets kept)
        sentence = _NOTE_MARK.sub(lambda m: " " * len(m.group()), sentence)
    if "itself" in sentence:
        # "The terror group, which calls itself the Khalid Ibn Al Walid Army, captured …": the name an apposition's
        sentence = _CALLS_ITSELF.sub(lambda m: m.group(1) + " " * (len(m.group()) - 1), sentence)
    places = sorted(places)
    acts = _heads(
        # (an actor's name that starts with a place and goes on past it is the actor's: "Syria's military")
        [
            a
            for a in actors
            if not any(s <= a.start < e and (a.end <= e or s < a.start) for s, e in places)
            and not _not_an_actor(sentence, a)
        ],
        sentence,
        dateline,
    )
    # "Turkey-backed Free Syrian Army (FSA) group": an acronym in brackets restates the side just named
    acts = [
        x
        for k, x in enumerate(acts)
        if not (
            k
            and (
                (_RESTATED.fullmatch(sentence, acts[k - 1].end, x.start) and _CLOSE_BRACKET.match(sentence, x.end))
                # "Jaysh al-Fatah coalition", "the rebel coalition": the group's own word for itself, not the US-led one
                # (and "a Turkish-backed coalition that includes al-Zenki": a coalition of that side's)
                or (
                    x.surface.lower() == "coalition"
                    and re.fullmatch(r"(?:-(?:backed|led|supported))?\s*", sentence[acts[k - 1].end : x.start])
                    is not None
                )
                # "the Sultan Murad rebel group": the named group's kind, not another side
                or (
                    x.surface.lower() in ("rebel", "opposition")
                    and acts[k - 1].end + 1 == x.start
                    and _GROUP_WORD.match(sentence, x.end) is not None
                )
            )
        )
    ]
    # ("HTS said it was pulling its fighters back from X", "Turkey pulled its troops out of X": the subject's own men, no
    # side of their own, as they leave)
    acts = [x for x in acts if not (_BARE_MEN.fullmatch(x.surface) and _POSSESSIVE_OWN.search(sentence, 0, x.start))]
    # ("… will bolster their control over areas bordering Turkey.": a country's name saying where, no side of any act)
    acts = [x for x in acts if not _country_as_place(sentence, x)]
    triggers = _means_of_strikes(sentence, _triggers(sentence, acts, places, headline))
    split_at = sentence  # the text clauses are cut in
    rubric = _RUBRIC.match(sentence) if headline and "|" in sentence else None
    if rubric is not None:
        # "Military escalation | Turkish forces shell …", "Rising tensions | Gunmen attack …": a title's rubric before
        # the bar labels the news after it; its words are no act of their own (its sides and places may still be the
        # news's) — unless the news names none ("Car explosion | One killed in Al-Hasakah": the rubric says what)
        b = rubric.end()
        bar = sentence.rindex("|", 0, b)
        if _PERIOD_RUBRIC.search(sentence, 0, bar):
            # "SDF-held areas in August 2022 | Nearly 80 deaths …", "Russian intervention in Syria 78 months on | …":
            # a report on a month or more, whose figures are totals, not acts of the date
            news = triggers = []
        else:
            news = _triggers(" " * b + sentence[b:], acts, places, headline)
            # "Israeli strikes | Attacks on Damascus and Daraa leave ten fatalities": the rubric names the attacks' kind
            remote = [t[2] for t in triggers if t[0] < bar and t[2] in _REMOTE]
            if remote:
                news = [
                    (t0, t1, remote[0] if k == "clash" and _ATTACKED.fullmatch(sentence, t0, t1) else k, v)
                    for t0, t1, k, v in news
                ]
            # (with no act in the news — "IS ambush | Six militiamen killed near Palmyra": one act, there — a label
            # names an act, it does not do one: not "Arrested seven years ago | … dies in prison")
            triggers = news or [
                t for t in triggers if t[3] == "noun" and not sentence[t[0] : t[1]].lower().endswith("ed")
            ]
        if not news or not _BOUNDARY.search(sentence, 0, bar):
            # the bar parts clauses only after a rubric that opens one of its own ("After killing 45 ISIS members |
            # Russian airstrikes target …"); else the rubric's side is the news's ("Russian airstrikes | Jets pound …")
            split_at = sentence[:bar] + "," + sentence[bar + 1 :]
    # an instrument named by its owner's alias ("barrel bombs" are the government's) is an event word here
    inside = {t0: x for x in acts for t0, t1, _, _ in triggers if x.start < t1 and t0 < x.end}
    # "the SDF decrease ISIS scope of control": a side named inside a transfer's words holds the ground in question
    kinds = {t[0]: t[2] for t in triggers}
    holders = {t0: x for t0, x in inside.items() if kinds[t0] in TRANSFERS}
    instruments = {t0: x for t0, x in inside.items() if t0 not in holders}
    # "battles with coalition shelling in X": a side named right before a weapon's noun owns it, even after "with"
    owners = {
        t0: x
        for t0, t1, kind, voice in triggers
        if voice == "noun" and (kind in _REMOTE or (kind == "clash" and _OWNED_ATTACK.match(sentence, t0, t1)))
        for x in acts
        if x.end < t0 and _OWNER_GAP.fullmatch(sentence, x.end, t0) and not _WEAPON.fullmatch(x.surface)
    }
    # ("Heavy shelling from government warplanes resumed on X": the side whose aircraft fire, named after "from")
    owners |= {
        t0: x
        for t0, t1, kind, voice in triggers
        if voice == "noun" and kind in _REMOTE and t0 not in owners
        for x in acts
        if _FROM_OWNER_GAP.fullmatch(sentence, t1, x.start) and _AIRCRAFT_IN.search(x.surface)
    }
    # "regime shelling and air strikes on X": weapons' nouns joined by "and" share the owner named before the first
    co_owned = {
        b0: owners[a0]
        for (a0, a1, akind, avoice), (b0, _, bkind, bvoice) in itertools.pairwise(triggers)
        if a0 in owners
        and b0 not in owners
        and avoice == bvoice == "noun"
        and akind in _REMOTE
        and bkind in _REMOTE
        and _NOUN_AND.fullmatch(sentence, a1, b0)
    }
    acts = [x for x in acts if x not in inside.values()]
    clauses = _charge_clauses(sentence, _split_adverbial(sentence, _clauses(split_at), acts, triggers), triggers)
    victims = _victims(sentence, acts)
    subjects = _subject_mentions(sentence, acts)
    preds: list[Predicate] = []
    loose: list[Predicate] = []  # event words with no place: kept apart, never given one
    with_means: set[int] = set()  # starts of means words that took their side from the act they serve ("with")
    covers: list[Predicate] = []
    aspects: dict[int, str] = {}
    clause_subject: dict[int, str] = {}
    times: dict[tuple[int, int], tuple[dt.date, int, str]] = {}
    # "Reports that X captured Y are false": the spans a denial after the act covers (found once per sentence)
    false_word = _FALSE_WORD.search(sentence) is not None
    called_false = [m.span() for m in _REPORTED_FALSE.finditer(sentence)] if false_word else []
    said_denied = [m.span() for m in _SAID_BUT_DENIED.finditer(sentence)] if false_word else []
    for ti, (t0, t1, kind, voice) in enumerate(triggers):
        ci = _clause_of(clauses, t0)
        c0, c1, intro = clauses[ci]
        prev = [t for t in triggers[:ti] if t[1] <= t0 and t[0] >= c0]
        prev_end = max([c0] + [t[1] for t in prev])
        # (not "kill" right after it: "Warplanes kill 21 people and injure others in X" is one act, the warplanes')
        # ("Security police shot and killed two protesters in Deraa": the shots' toll, where they were fired)
        sharing = kind in _SHARING or (kind == "protest" and OPEN_FIRE.match(sentence, t0, t1) is not None)
        nxt_start = min(
            [c1]
            + [
                t[0]
                for t in triggers[ti + 1 :]
                if t[0] >= t1
                and not (
                    t[2] == "killing"
                    and (
                        (voice == "noun" and not sentence[t1 : t[0]].strip())
                        # "Warplanes carry out a massacre and kill 10 citizens in X", "ambush and kill 35 rebels
                        # in X": the killing tells the act's toll, where the act was
                        or (sharing and _AND_KILLS.fullmatch(sentence, t1, t[0]))
                    )
                )
            ]
        )
        verb = _next_verb(sentence, t1, nxt_start, acts)
        if (
            verb
            and sharing
            and sentence[verb.end() : verb.end() + 4].lower() == "kill"
            and _AND_KILLS.fullmatch(sentence, t1, verb.end())
        ):
            verb = None  # "… a massacre and kill 10 citizens in X": one act and its toll (see nxt_start)
        # "Bombardment and casualties in Hama": the toll of an act that names no place before it is told where
        toll_end = (
            nxt_start
            if verb
            and kind in _SHARING
            and _AND_TOLL.match(sentence, verb.start())
            and not any(t1 <= a < verb.start() for a, _ in places)
            else None
        )
        if (
            verb
            and kind == "base"
            and _LOOTED_AND.match(sentence, verb.start())
            and re.match(r"loot|pillag|plunder|ransack", sentence[t0:t1], re.I)
        ):
            verb = None  # "loot and burn civilian property in X": one act on the same property
        if verb and voice != "passive" and not (kind not in TRANSFERS and _SAME_VICTIMS.match(sentence, verb.end())):
            # ("executed 9 abductees and crucified them in public places in Raqqa": the same people, the same place)
            nxt_start = verb.start()  # "take X and impose the siege on Y": Y is not taken
        other = next(
            (
                x.start
                for x in subjects
                if t1 < x.start < nxt_start
                and _AND_THE.search(sentence, max(0, x.start - 12), x.start)
                and _VERB_AFTER.match(sentence, x.end)
                and not re.search(r"\bbetween\b", sentence[t1 : x.start], re.I)
                # (an adjective, no subject: "bombed a center for IDPs and civilian homes in X")
                and x.surface.lower() != "civilian"
            ),
            None,
        )
        if other is not None and voice != "passive":
            nxt_start = other  # "control the southern part of al-Hazwanah and the coalition kills … in Manbij"
        before = sentence[max(0, t0 - 80) : t0]
        # -- aspect
        form = _form(sentence[t0:t1])
        if kind == "siege" and (light := _SIEGE_LAID.search(sentence, max(0, t0 - 40), t0)) is not None:
            form = _form(light.group(1))  # "The army laid siege to Beit Jinn", "has imposed a tight siege on X"
        aspect = "event"
        if voice != "noun" or form in ("past", "participle"):
            if (_HAD.search(before) or (voice == "passive" and re.search(r"\bhad\s+$", before, re.I))) and not (
                # (a long subject between: "The fighters said hundreds of insurgents armed with … had taken over X")
                _REPORTED_HAD.search(sentence, max(0, t0 - 130), t0)
                # ("By early afternoon, rebels had taken four villages": the day's own hour, so news; not in a relative
                # clause: "By nightfall, troops who had captured Palmyra in 2016 had been redeployed")
                or (_BY_HOUR_OPENS.match(sentence) and intro == "" and not _RELATIVE_BEFORE.search(sentence, c0, t0))
                # "HTS had seized more than 20 towns …, the Observatory said on Friday": the source's news
                or (
                    (said := _SOURCE_ENDS.search(sentence, t1)) is not None
                    and not _EARLIER_TIME.search(sentence, c0, said.start())
                    and not _RELATIVE_BEFORE.search(sentence, c0, t0)
                )
            ):
                aspect = "past"  # (not "the army announced Sunday it had captured X": the report's news)
            elif (
                form in ("present", "base")
                and not headline
                and not _PERFECT.search(before)
                and not _managed(_MANAGED_PAST, before, sentence[t0:t1])
                and not _AMONG_TAKEN_RE.search(before)
                # ("Rebels forced the Syrian army to withdraw from X": made to, so done)
                and not (
                    (forced := _FORCED_OUT.search(before)) is not None
                    and forced.group("tense").lower() in ("ed", "ing", "led", "ling")
                )
                and not _made_to_leave(kind, before, sentence, t1)
                and not _COULD.search(before)  # ("could also free Z": SOHR's "managed to")
                and not _told_later(sentence, before, t1)  # ("the army would later seize X": a story told in the past)
                and not _TOOK_PART_IN.search(before)  # ("took part in the capture of X": the noun of a past act)
                # (a side's own performative: "“We announce the city of Deir Ezzor … as completely liberated”")
                and not (_WE_ANNOUNCE.match(sentence, t0) and re.search(r"\bwe\s+$", before, re.I))
                # (and a side's statement quoted: "“The army announces full control of Deir ez-Zor city,” state
                # television said")
                # ("“The Syrian Democratic Forces seize the whole of the al-Omar oilfield,” the alliance said": its own
                # headline's present)
                and not (
                    re.match(_QUOTED_NEWS_VERB, sentence[t0:t1], re.I)
                    and re.search(r"[“\"]\W*(?:the\s+)?[\w\s-]{0,40}$", before)
                    and _QUOTE_SOURCE_ENDS.search(sentence, t1)
                )
            ):
                aspect = "state"
            elif (
                form == "participle"
                and kind in TRANSFERS
                and any(0 <= t0 - x.end <= 1 for x in acts)
                # (but "battles continue with the Syrian Army recapturing A and B": an act, told in a "with" clause)
                and not (
                    re.match(r"(?:re)?(?:captur|seiz|tak|gain)", sentence[t0:t1], re.I)
                    and any(
                        0 <= t0 - x.end <= 1 and _WITH_BEFORE.search(sentence, max(0, x.start - 24), x.start)
                        for x in acts
                    )
                )
            ):
                aspect = "state"  # "the faction controlling Darat Azza": who holds it, not a capture
            elif (
                kind in TRANSFERS
                and (
                    (form == "participle" and re.match(r"controlling|holding", sentence[t0:t1], re.I))
                    # ("Hayat Tahrir al-Sham, now in control of Atarib, arrested …": the holder described)
                    or re.match(r"now\s+in\s+(?:full\s+|complete\s+)?control", sentence[t0:t1], re.I)
                )
                and (
                    _HOLDER_COMMA.search(sentence, max(0, t0 - 40), t0)
                    # ("The rebels, now controlling the town of Harasta, refused to leave")
                    or any(re.fullmatch(r"\s*,\s*(?:now\s+|still\s+|already\s+)?", sentence[x.end : t0]) for x in acts)
                )
                # (the subject described, before any verb of its clause: not "The SDF advanced against ISIS militants,
                # controlling the village of Hazima"; nor ground just won: "…, controlling Albu Kamal city after
                # expelling ISIS, pushed …")
                and not prev
                and not (
                    _WON_AFTER.match(sentence, t1)
                    # (not a win of long ago: "The SDF, controlling Tabqa after driving out Islamic State in May, …")
                    and not _PAST_DATE.search(sentence, t1, _comma_or(sentence, t1, len(sentence)))
                )
            ):
                aspect = "state"  # "Leaders of the Faylaq al-Rahman group, controlling the Arbin … suburbs": the holder
            elif voice == "passive" and _STATE_RELATIVE.search(before):
                aspect = "state"  # "Mahja town which is besieged by the regime on the highway": the town's lot
            elif (
                voice == "passive"
                and kind in TRANSFERS
                and _HAS_BEEN.search(before)
                and any(
                    # (the clause's own span, opening it or after the verb; not a phrase set off inside the subject:
                    # "Khan Sheikhoun, held by rebels for five years, has been captured by the army")
                    d.start() > t1 or not sentence[c0 : d.start()].strip(' ,“"')
                    for d in _HOW_LONG.finditer(sentence, c0, c1)
                )
            ):
                aspect = "state"  # "For the last three years, Tel Rifaat has been occupied by the YPG": who holds it
            elif (
                voice == "active"
                and kind in (*TRANSFERS, "advance")
                and _HAS_HAVE.search(before)
                and any(
                    d.start() > t1
                    and _YEARS_WORD.search(d.group())
                    # (the verb's own span, not a relative clause's or an aside's: "captured a historic mosque that has
                    # been under rebel control for more than a year", "recaptured Palmyra, held by IS for ten months",
                    # "seized Idlib, their biggest gain in recent months", "for the first time in over four years")
                    and not _RELATIVE_OPENS.search(sentence, t1, d.start())
                    and not _SPAN_NOT_THE_VERBS.search(sentence, t1, d.start())
                    for d in itertools.chain(
                        _HOW_LONG.finditer(sentence, t1, c1), _RECENT_SPAN.finditer(sentence, t1, c1)
                    )
                )
            ):
                # "The SDF … have driven Islamic State from a swathe of northern and eastern Syria … over the last four
                # years", "Rebel forces have made sweeping gains in northern Syria in recent months": a summary of a
                # span, no act of the day
                aspect = "state"
            elif voice != "passive" and _PERFECT.search(before) and _BEFORE_NOW.match(sentence, t1):
                aspect = "past"  # "The two groups have clashed before": an old rivalry, no act of the day
        if aspect == "state" and _HELD_UNDER.match(sentence, t0, t1):
            aspect = "event"  # "declared that X was under their control" (see _triggers): the claim of the day
        own_subject = [x for x in subjects if prev_end <= x.start and x.end <= t0]
        # "X attacks Y in R and controls Z": Y, parted from the verb by a place, is the previous verb's object
        parted = bool(
            prev
            and voice in ("active", "noun")
            and own_subject
            and any(own_subject[-1].end <= a and b <= t0 for a, b in places)
        )  # (and a noun: "Warplanes kill ISIS members in X and shelling targets Y": ISIS did not shell)
        # "advance and fight ISIS to control X": ISIS, the previous verb's object before a purpose, is fought for X
        fought = (
            own_subject[-1].actor
            if prev
            and voice == "active"
            and own_subject
            and _PURPOSE_GAP.fullmatch(sentence, own_subject[-1].end, t0)
            and re.fullmatch(r"\s+(?:the\s+)?[“\"']?", sentence[prev[-1][1] : own_subject[-1].start])
            else ""
        )
        # "said it defeated ISIS and fully liberated Baghouz": the previous verb's object, right after it, before "and"
        # and this verb, which shares that verb's subject (its actor1, below)
        shared_subject = bool(
            prev
            and own_subject
            and prev[-1][3] != "passive"
            and _OBJECT_GAP.fullmatch(sentence, prev[-1][1], own_subject[0].start)
            and _SHARED_SUBJECT_GAP.fullmatch(sentence, own_subject[-1].end, t0)
        )
        parted = parted or bool(fought) or shared_subject
        if parted:
            own_subject = []
        if (
            aspect == "event"
            and prev
            and not own_subject
            and aspects.get(prev[-1][0]) == "past"
            and re.search(r"\b(?:and|or)\b", sentence[prev[-1][1] : t0])
        ):
            aspect = "past"  # "had advanced … and captured": the pluperfect carries over
        if (
            aspect == "event"
            and voice == "noun"
            and (year := _YEAR_BEFORE.search(before)) is not None
            and int(year.group(1)) != dateline.year
        ):
            aspect = "past"  # "the target of a 2008 bombing", "the 2013 chemical attack": another year's act, named
        if (
            aspect == "event"
            and (voice == "noun" or kind in TRANSFERS)
            and (
                span := _SINCE_YEAR.search(
                    sentence, t1, clauses[ci + 1][1] if ci + 1 < len(clauses) and clauses[ci + 1][2] == "since" else c1
                )
            )
            is not None
            and int(span.group(1)) < dateline.year
            # (the act's own span, not a comparison or a description: "struck Douma on Tuesday, the heaviest bombing
            # since 2013", "captured Tabqa dam on Monday, held by Islamic State since 2014")
            # (only the words after the last comma before "since": "occupied Qusayr, west of Homs, since 2013" is a hold)
            and _SINCE_COMPARED.search(sentence, max(t1, sentence.rfind(",", t1, span.start()) + 1), span.start())
            is None
            and _SINCE_COMPARED.search(sentence, max(c0, t0 - 25), t0)
            is None  # ("The first air strike on X since 2016")
            # (a capture only as a hold told in the perfect: "Israel has occupied the Golan Heights since 1967")
            and (kind not in TRANSFERS or bool(_PERFECT.search(sentence, max(0, t0 - 30), t0)))
        ):
            # "the army's use of surface-to-surface missiles on targets since late 2012": a habit; "Israel has occupied
            # the Golan Heights since 1967": a hold
            aspect = "since" if kind in TRANSFERS else "past"
        if (
            aspect == "event"
            and voice == "noun"
            and _ANSWERED_BEFORE.search(before) is not None
            # (not an answered act the report tells with its own toll: "in response to an air strike that killed 33
            # soldiers in Balyun on Thursday")
            and _OWN_TOLL.match(sentence, t1) is None
        ):
            aspect = "past"  # "launched an attack in response to an attack by X on Y": the act answered was told before
        if (
            aspect == "event"
            and voice == "noun"
            and prev
            and aspects.get(prev[-1][0]) in ("since", "past")
            and _IN_THE_ACT.fullmatch(sentence, prev[-1][1], t0)
        ):
            # "towns seized by Turkey last month in a deadly cross-border offensive": the background act's own means
            aspect = "past"
        if (
            aspect == "event"
            and (opens := _IN_YEAR_OPENS.match(sentence)) is not None
            and int(opens.group(1)) < dateline.year
            # (only the opener's own clause: not "…, and on Tuesday Syrian troops recaptured it", nor an act with a day
            # of its own)
            and ";" not in sentence[:t0]
            and not re.search(r",\s+(?:and|but|while)\s|\bnow\b", sentence[opens.end() : t0], re.I)
            and not re.search(
                r"day|yesterday|today|night|now",
                times.setdefault((c0, c1), resolve_time(sentence[c0:c1], dateline))[2],
                re.I,
            )
        ):
            # "In 2013, a major push by terrorists to capture Hama was repelled by government forces": another year's
            # story
            aspect = "since" if kind in TRANSFERS else "past"
        if aspect == "event" and voice == "noun" and _RESTATED_ACT.search(before) is not None:
            aspect = "past"  # "struck Douma on Tuesday, the heaviest bombing since 2013": the act restated, compared
        if aspect == "event" and kind in TRANSFERS and _ONE_OF_PLACES.search(before) is not None:
            # "Tal Abyad, one of several once Kurdish-controlled towns seized by Turkey last month": what the place is
            aspect = "since"
        if (
            aspect == "event"
            and voice == "noun"
            and _DAYS_ACT_BEFORE.search(before) is not None
            and _COMES_AFTER.match(sentence, t1) is not None
        ):
            aspect = "past"  # "Sunday's attack comes after the Syrian regime airstrike killed …": the lede's act again
        if aspect == "event" and voice == "noun" and _TOLD_BEFORE.search(before) is not None:
            # "There was no immediate claim of responsibility for the bombing": the act the report told already
            aspect = "past"
        if aspect == "event" and voice == "noun" and _BLAMED_FOR.search(before) is not None:
            aspect = "past"  # "Each side blamed the other for the blasts at X": the blasts told before, now blamed
        if aspect == "event" and voice == "noun" and kind in TRANSFERS and _RECENT_NOUN_BEFORE.search(before):
            # "The insurgents’ recent capture of the northern city of Aleppo … was a stunning prize": a capture told
            # before, weighed now (the state, not news)
            aspect = "since"
        date, precision, phrase = _clause_time(times, sentence, c0, c1, dateline)
        if not phrase and intro == "when" and ci > 0:
            # ("The conflicts … date back to March 2016, when al-Nusra Front attacked …": the time the clause before
            # closes on is this one's)
            closing = _clause_time(times, sentence, *clauses[ci - 1][:2], dateline)
            if closing[2] and re.search(re.escape(closing[2]) + r"\W*$", sentence[clauses[ci - 1][0] : c0]):
                date, precision, phrase = closing
                if aspect == "event" and (dateline - date).days > STALE_DAYS:
                    aspect = "since" if kind in TRANSFERS else "past"  # (long before the news: background)
        if phrase and (
            # ("Clashes have continued in Idlib since May 4 between HTS and the NLF": going on at the report's date)
            (
                aspect == "event"
                and _CALENDAR_DAY.match(phrase)
                and _SINCE_PHRASE.search(sentence, 0, max(0, sentence.find(phrase, c0, c1)))
            )
            # ("captured the town of Karama as it prepares for an assault on Raqqa that it expects to take place in
            # early April": the time of what is planned, not of the act)
            or (voice != "noun" and _later_times_plan(sentence, phrase, t1, c1))
        ):
            date, precision, phrase = dateline, 1, ""
        if (
            intro in ("since", "after")
            and kind in TRANSFERS
            and aspect == "event"
            # (its own time makes it news, unless the clause hangs on a relative one: "talks that began after the SDF
            # took control of the town of Dhiban, …, on Sept. 7")
            and (
                not _own_phrase(sentence, phrase, t1, c0, c1)
                or (
                    _RELATIVE_HOST.search(sentence, max(0, c0 - 30), c0) is not None
                    and "," in sentence[t1 : max(t1, sentence.find(phrase, t1))]
                )
                # ("It comes just weeks after the nearby town of Salma fell into government hands on 12 January": the
                # span since then told, the capture itself background)
                or (intro == "after" and _SPAN_BEFORE_AFTER.search(sentence, max(0, c0 - 30), c0) is not None)
                # ("stuck inside the facility since the Nusra Front militants captured the city of Jisr al-Shughour in
                # late April": a time weeks back only dates the state's start)
                or (intro == "since" and phrase and (dateline - date).days > _RELATIVE_STALE_DAYS)
                # ("took full control of the hospital complex Friday, after seizing the town of Jisr al-Shughur on April
                # 25": what came a month before the news is background too)
                or (intro == "after" and phrase and (dateline - date).days > 3 * _RELATIVE_STALE_DAYS)
                # ("took control of X on Sunday, after IS fighters captured it late last month": a month back)
                or (intro == "after" and phrase and precision == 3 and (dateline - date).days > _RELATIVE_STALE_DAYS)
                # ("executed over 40 prisoners … after they captured this isolated Abu Al-Dhuhour Military Airport …
                # last week": the week before's capture, what the day's act followed)
                or (intro == "after" and _LAST_WEEK.fullmatch(phrase) is not None)
            )
            and not (
                intro == "after"
                and _SAME_DAY.search(sentence, max(0, c0 - 30), c0)
                # (not the same day as a time long past: "withdrew from Tabqa airbase in August 2014, soon after IS took
                # control of Raqqa")
                and not (ci > 0 and _long_ago(_clause_time(times, sentence, *clauses[ci - 1][:2], dateline), dateline))
            )
            # ("took X, after which they proceeded to take Y": what came next, not what came before)
            and not re.match(r"after\s+which\b", sentence[c0 : c0 + 12], re.I)
            # (a headline's present after "after" is the day's news too: "Aleppo-Latakia line cut off after rebels seize
            # Ariha")
            # (a verb's, not a noun's: "After regime's control of Tedef… clashes take place" is the state)
            and not (
                intro == "after"
                and headline
                and voice != "noun"
                and form in ("present", "base")
                and not _NOUN_MARK_BEFORE.search(sentence, max(c0, t0 - 12), t0)
            )
            # ("Turkey expressed concern after Kurdish fighters captured Tal Abyad": what the reaction answers is news)
            and not (intro == "after" and c0 > 0 and _REACTION_MAIN.fullmatch(sentence, 0, c0))
        ):
            # "since the regime took X", "after controlling X": the state, not news
            # ("a few hours after they seized X" is the same day's news: an event)
            aspect = "since"
        if (
            intro == "since"
            and kind not in (*TRANSFERS, "protest")
            and aspect == "event"
            and _SINCE_CLAUSE_VERB.match(sentence, c0)
            # (not an opening act of the last days: "Since rebels launched an attack on Mhardeh on Monday, 20 soldiers
            # have been killed")
            and not (phrase and 0 <= (dateline - date).days <= _RELATIVE_STALE_DAYS)
        ):
            # "since the government offensive resumed on east Aleppo on Nov. 15, 357 people have been killed": when
            # the span began, not the day's act
            aspect = "past"
        if (
            kind == "siege"
            and aspect == "event"
            # (a siege of long standing: "since 2013", "since July 2012"; one "for weeks" is the news's fighting)
            and (since := _SINCE_YEAR.search(sentence, t1)) is not None
            and not re.search(r"[,;.]", sentence[t1 : since.start()])
            # (not "for the first time since 2018": a new siege)
            and not re.search(r"\bfirst\s+time\s+$", sentence[max(0, since.start() - 20) : since.start()], re.I)
        ):
            aspect = "state"  # "Rebels have imposed a siege on Nubl and Zahraa since July 2012": a siege that lasts
        if intro == "since" and kind == "protest" and aspect == "event":
            aspect = "since"  # "since protests started in the southern province in early August": how long, not news
        if (
            kind in (*TRANSFERS, "withdrawal")
            and aspect == "event"
            and (war := _WAR_START_OPENS.match(sentence)) is not None
            and t0 >= war.end()
            # (only the clause the opening dates: not "…; government forces recaptured it on Monday", "…, and on Sunday
            # Turkish-backed rebels captured it")
            and not re.search(r";|,\s+(?:and|but|while|then|before)\b", sentence[war.end() : t0])
            and (not phrase or sentence.find(phrase) < war.end())
        ):
            # "After Syria's war broke out, rebels took over the frontier post": long before the news
            aspect = "since" if kind in TRANSFERS else "past"
        if kind in TRANSFERS and aspect == "event" and not phrase and intro == "as" and ci > 0:
            # "fled Kafr Nabel in 2019, as government forces captured opposition-held areas": the time they share
            # (only a time that closes that clause: not "The offensive, launched in April, intensified as …")
            p0, p1, _ = clauses[ci - 1]
            if (p0, p1) not in times:
                times[(p0, p1)] = resolve_time(sentence[p0:p1], dateline)
            p_date, _, p_phrase = times[(p0, p1)]
            if p_phrase and sentence[p0:p1].rstrip(" ,").endswith(p_phrase) and (dateline - p_date).days > STALE_DAYS:
                aspect = "since"
        if (
            kind in TRANSFERS
            and aspect == "event"
            and phrase
            and (dateline - date).days > (_RELATIVE_STALE_DAYS if intro in ("which", "that") else STALE_DAYS)
            and not _RELATIVE.search(sentence, t1, max(t1, sentence.find(phrase, c0)))
        ):
            # (a relative clause describing a place: "Khan Sheikhoun, which was captured by the regime on 21 August",
            # two weeks before the report, is what holds it; "which troops captured on Friday" is news)
            # "took control of Morek last year", "captured it two months ago": what holds it now, not a new change
            # (not "restore positions they lost 20 months ago": that time is the loss's)
            aspect = "since"
        if (
            kind in TRANSFERS
            and aspect == "event"
            and (intro == "which" or _WHICH_WAS_BEFORE.search(sentence, max(0, t0 - 30), t0))
            and (
                (vague := _VAGUE_BEFORE.search(sentence, t1, _comma_or(sentence, t1, c1))) is not None
                # ("the town of Tal Abyad, which was recently seized by the YPG")
                or _RECENTLY_BEFORE.search(sentence, max(0, t0 - 40), t0) is not None
            )
            # (the verb's own time, before any comma: not the source's "…, a monitoring group said on Wednesday"; a day
            # beside "recently" is news: "which was recently captured by the SDF on Friday")
            and not (
                phrase
                and precision == 1
                and phrase in sentence[t1 : vague.end() if vague else _comma_or(sentence, t1, c1)]
            )
        ):
            # "the town of Salma, which government troops captured last week": a place described by a capture the
            # words date only vaguely before the report is what holds it, not news of the day
            aspect = "since"
        if (
            kind in TRANSFERS
            and aspect == "event"
            and intro == "which"
            and not phrase
            and ci + 1 < len(clauses)
            and clauses[ci + 1][2] == ""
            and _MAIN_VERB_BACK.match(sentence, clauses[ci + 1][0])
        ):
            # "Kafr Nabudah, which rebels captured, shelled and looted, was retaken by the army on Monday": what the
            # place went through before, told with no time of its own beside the day's act
            aspect = "since"
        aspects[t0] = aspect
        # -- modality and outcome
        scope = sentence[c0:t0]
        if (
            (
                _NEGATED.search(scope[-40:])
                # ("the rebels were not able to recapture Sahwe": fought for and not won, an attempt below)
                and not (kind in TRANSFERS and _NOT_ABLE.search(scope[-40:]))
            )
            or _DENIED.search(scope)
            or (kind in TRANSFERS and _UNCERTAIN.search(scope))  # (not "unclear whether the explosion was caused by")
            or _UNCONFIRMED.match(sentence)
            # ("There were unconfirmed reports on social media that the group had also captured X"; but "Unconfirmed
            # reports say from 33 to 50 people were killed after a barrel bomb": the toll unconfirmed, not the bomb)
            or (kind in TRANSFERS and _UNCONFIRMED_THAT.search(sentence, 0, t0))
            # ("A rebel leader is disputing a Syrian military official's account that the government has retaken X";
            # "The SDF previously said it had taken full control of X": an account disputed, or an old one)
            or (kind in TRANSFERS and _DISPUTED_ACCOUNT.search(sentence, 0, t0))
            # ("the largest air base yet to be captured")
            or (kind in TRANSFERS and _YET_TO_BE.search(sentence, max(0, t0 - 40), t0))
        ):
            continue
        if any(a < t0 and t1 < b for a, b in called_false):
            continue
        if kind in TRANSFERS and any(a < t0 and t1 < b for a, b in said_denied):
            continue
        if _THREATENED.search(scope):
            continue  # "a new attack threatening to besiege Aleppo city": a threat, the siege has not happened
        if (
            _SINCE_START.search(sentence, t1, c1)
            or (
                ci + 1 < len(clauses)
                and _SINCE_START.match(sentence[clauses[ci + 1][0] : clauses[ci + 1][1]].lstrip(" ,"))
            )
        ) and (
            _COUNTED.search(sentence, max(c0, t0 - 25), t0)
            or _COUNTED_IN.search(sentence, t0, t1)
            or _NUMBER_OF.search(sentence, 0, t0)
        ):
            # "340 raids on 30 towns … since the start of the battle", "raises the number of civilians killed by mine
            # explosion to 120 … since the start of the battle": a total, not an event of the date
            continue
        span = _SPAN_OF.search(sentence, max(c0, t0 - 70), t0)
        if (span is not None and _A_NUMBER.search(sentence, c0, span.start())) or (
            _IN_MONTH.match(sentence, t1) and _A_NUMBER.search(sentence, c0, t0)
        ):
            # "320 were killed in 8 days of the large battle of Aleppo", "134 commanders have been assassinated in
            # January": a total over a span, not an event of the date
            continue
        raised = _TOLL_RAISED.search(sentence, c0, t0)
        if (
            _RAISES_TOLL.match(sentence, t1)
            or (
                raised is not None
                # (not "More casualties raise their number to 10 in Daraa city and shelling target X": a new act after "and")
                and not (
                    re.search(r"\s+and\s+$", sentence[raised.end() : t0])
                    and _NEW_ACT_VERB.search(sentence, t0, t1 + 25)
                )
                and not any(
                    c0 <= u0 and u1 <= raised.start() and not _RAISES_TOLL.match(sentence, u1)
                    for u0, u1, _, _ in triggers
                )
            )
        ):
            # "Continued bombardment raises to 66 the number of civilian casualties … within 10 days", "… raises the
            # death toll to 11 … in Homs city's explosion": a toll brought up to date, not an event of the date (but
            # "massacres kill 48 and raise the death toll … of the aerial escalation": the massacres' own means)
            continue
        if _MORE_DEAD_IN.search(sentence, max(0, t0 - 60), t0) and _RAISE_AFTER.match(sentence, t1):
            continue  # "More casualties in the massacre of X raise the death toll to 19": a toll brought up to date
        if _WITH_MORE_DEAD.match(sentence) and kind in ("violence", *_REMOTE) and _CLAIMS_LIVES.match(sentence, t1):
            # "With the death of more people, the massacre of X claims the lives of 53 persons": the toll brought up to
            # date, not a new massacre
            continue
        if _RISEN_BEFORE.search(sentence, max(c0, t0 - 80), t0):
            continue  # "more causalities rising to 11 in new aerial bombardment on X": a toll brought up to date
        if _TOLL_OF.search(sentence, max(c0, t0 - 60), t0) and _RISES_TO.match(sentence, t1):
            continue  # "The death toll of Homs attack rises to 43", "the number of casualties of X massacre rises to 19"
        if (
            _TOLL_COUNTS.search(sentence, max(0, t0 - 160), t0)
            and _TOLL_RISES.search(sentence)
            and not _GOING_ON.search(sentence, max(0, t0 - 30), t0)
        ) or (_RAISE_THE.search(sentence, max(0, t0 - 40), t0) and _OWNS_TOLL.match(sentence, t0)):
            # "More casualties raise the number of those who were killed in mine explosions in X to 40": the deaths a
            # toll brought up to date counts (its relative clause is a clause of its own, so from the sentence's start)
            continue
        if _FUNERAL.search(sentence, 0, t0):
            continue  # "held funeral for 13 fighters who were killed during attempts to advance in X": a toll
        if kind in TRANSFERS and _REFUSED.search(scope):
            continue  # "reject the regime's control of X": words about a hold, no event
        if kind not in TRANSFERS and (
            # ("captured Qusair after more than two weeks of fierce fighting and heavy shelling that destroyed hundreds
            # of buildings": the relative clause of a span before the news is that span's)
            (
                ci > 0
                and clauses[ci - 1][2] == "after"
                and _AFTER_SPAN.match(sentence, clauses[ci - 1][0]) is not None
                # (not a clause with a day of its own: "…, which was followed by shelling of X on Wednesday")
                and _NEWS_DAY_RE.search(sentence, c0, c1) is None
                and (
                    intro in ("that", "which")
                    # (a noun joined to the span's, not a clause of its own: "… and the escalation has been documented",
                    # "… and airstrikes hit the nearby town of X")
                    or (
                        intro == "and"
                        and not any(c0 <= x.start < t0 for x in acts)
                        and _JOINED_NOUN_END.match(sentence, t1) is not None
                    )
                )
            )
            # what a place has lived through, told in a relative clause, after the news of a place taken ("regained
            # control of the strategic town of Qusair where fighting has raged with rebels for nearly three weeks",
            # "captured the western area of Aleppo, a northern province that has seen harsh clashes … for months")
            or (
                any(u[2] in TRANSFERS and u[1] <= t0 for u in triggers)
                and (
                    (
                        intro in ("that", "which", "where")
                        and _PERFECT_BEFORE.search(sentence, c0, c1) is not None
                        and any(d.start() > t1 for d in _HOW_LONG.finditer(sentence, c0, c1))
                    )
                    or (
                        _HAS_SEEN.search(sentence, max(0, t0 - 60), t0) is not None
                        and any(d.start() > t1 for d in _HOW_LONG.finditer(sentence, t1, c1))
                    )
                )
            )
            # ("the former commercial hub long the scene of fierce fighting": what the place has been)
            or _SCENE_OF.search(sentence, max(0, t0 - 50), t0) is not None
        ):
            continue
        if intro == "since" and _SINCE_START.match(sentence, c0):
            continue  # "since the launch of the grand battle of al-Raqqa": a time, not an event
        if (
            # (and a headline that opens "Hours following a massacre at X… warplanes shell Y"; not "enter X following
            # violent attacks and 50 raids", the cover of the entry)
            (intro == "after" or (intro == "following" and re.fullmatch(r"\W*(?:\w+\s+){0,2}", sentence[:c0])))
            and kind not in TRANSFERS
            and (
                _AFTER_SPAN.match(sentence, c0)
                or _DAYS_BEFORE.search(sentence, max(0, c0 - 30), c0)
                or not (
                    phrase
                    or _SAME_DAY.search(sentence, max(0, c0 - 30), c0)
                    # "Human losses in rebels after clashes against IS": the toll's cause, told the same day
                    or (c0 > 0 and _TOLL_BEFORE.search(sentence, max(0, c0 - 50), c0))
                    # "Tension in X after mutual arrests and skirmishes": a mood, whose cause is the news
                    or (c0 > 0 and _MOOD_BEFORE.match(sentence, 0, c0))
                    # "… and tension after clashes in Azaz": a mood joined to the headline's other news
                    or (c0 > 0 and _MOOD_AND.search(sentence, max(0, c0 - 50), c0))
                )
            )
            # (but not after a reaction that is no act of its own: "He made the comments after Syrian rebels surrounded
            # the Druze village of Khadr": what the speaker answers is the report's news)
            and not (c0 > 0 and _REACTION_MAIN.fullmatch(sentence, 0, c0))
        ):
            continue  # "After 28 days of clashes in X …", "After targeting Qardaha, the factions …": background
        if kind == "advance" and (
            _AID.search(sentence, max(c0, t0 - 50), t0) or re.match(r"\s+(?:its|the|their)\s+\w+\s+day", sentence[t1:])
        ):
            continue  # "44 food aid trucks entered Duma", "the capital enters its third day": not a military entry
        if (
            kind == "advance"
            and voice == "active"
            and re.match(r"enter", sentence[t0:t1], re.I)
            and not any(x.start < t0 and x.actor not in ("civilians", "protesters") for x in acts)
            and not _THEY.search(sentence, c0, t0)
            and not _ARMED_NOUN.search(sentence, 0, t0)
            # (an opening participle's doer follows its comma: "Having entered Afrin city, Turkish-backed rebels …",
            # "Entering Raqqa from the east, SDF fighters …")
            and t0 > 0
            and not re.match(r"\W*(?:having|upon|after|on|while|when)\b", sentence[:t0], re.I)
        ):
            continue  # "Reporters entered eastern Aleppo on Monday": no side named that could have entered
        if _OBLIGED.search(scope):
            continue  # "Kurdish fighters were supposed to withdraw from Ras al-Ayn under the ceasefire": a duty, no act
        if _TO_PREVENT.search(scope) or (
            kind in (*TRANSFERS, "advance")
            and (stop := _TO_STOP_TAKEOVER.search(scope)) is not None
            # (a headline's bare verb after an article is the noun: "mobilized to stop the Turkish capture of X")
            and (voice == "noun" or stop.group("det"))
            and not (kind == "advance" and _FOUGHT_TO_STOP.search(scope))
        ):
            # "blocked the road, to prevent government troops from approaching al-Tabqah": what a purpose would stop
            # has not happened (but "prevented the troops from advancing" tells an attempt held off)
            continue
        if _MATTER_OF_TIME.search(sentence, max(0, t0 - 90), t0):
            continue  # "it was only a matter of time before the allied forces took the town": one still to come
        if _FUTURE_ATTEMPT.search(scope):
            continue  # "the army will now attempt to capture the entire region": an attempt still to come
        if (
            # (a verb's gerund: "Capturing Ma'dan", "Storming al-Bab", "Shelling Douma"; not a noun such as "Shelling
            # hit Qamishli and could intensify", "Fighting in Saraqib may have killed 20 soldiers")
            (kind in (*TRANSFERS, "withdrawal", "advance") or _GERUND_OBJECT.match(sentence, t1))
            and form == "participle"
            and " " not in sentence[t0:t1]  # (one word: not "Shelling hit Kafr Nabudah …, as forces could not advance")
            # (or opening a reported clause: "said prior to the battle that controlling Ariha would free up an area")
            and (not sentence[:t0].strip(" \"“‘'") or _THAT_RIGHT_BEFORE.search(sentence, max(0, t0 - 8), t0))
            and _GERUND_SUBJECT_MODAL.match(sentence, t1)
        ):
            continue  # "Capturing Ma'dan will put the Syrian forces on …": the act as a subject, a step still to come
        outcome = "done"
        if (
            (kind != "base" or not STOPPING.match(sentence, t0))
            and (
                _ATTEMPT.search(scope)
                or _FAILED_AFTER.search(sentence[t1:c1])
                # (not "repel the city of X", a retaking: see _REPEL_PLACE)
                or (_REPELLED.match(sentence, t0, t1) and kind not in TRANSFERS)
                # ("carried out an operation and managed to liberate X": the operation's purpose was reached)
                or (
                    _INTENT.search(scope)
                    and not _managed(_MANAGED, scope, sentence[t0:t1])
                    and not _NOT_YET.search(scope)
                )
                or (kind in TRANSFERS and (_IMMINENT.search(scope) or _CONTESTED.search(scope)))
                # ("reports that they were being pushed out of the town of Tell Rifaat": a taking under way)
                or (
                    kind in TRANSFERS
                    and re.search(r"\b(?:is|are|was|were)\s+being\s+$", sentence[max(0, t0 - 20) : t0]) is not None
                )
                # ("Wrath of Euphrates Operation Room continues to liberate the city of al-Raqqa": a campaign for a named
                # place under way; but "continue to seize control over areas east of Hama" tells ground gained)
                or (
                    kind in TRANSFERS
                    and _CONTINUES_TO.search(scope) is not None
                    and _NAMED_OBJECT_NEXT.match(sentence, t1) is not None
                )
                # ("army forces appear to be pushing rebels out of the town": a taking under way, not done)
                or (
                    kind in TRANSFERS
                    and re.match(r"\w+ing\b", sentence[t0:t1], re.I) is not None
                    # (not a side's word of a taking done: "We are announcing al-Bab completely liberated")
                    and not re.match(r"announc|declar|claim", sentence[t0:t1], re.I)
                    and _UNDER_WAY_BEFORE.search(sentence, max(0, t0 - 30), t0) is not None
                )
            )
        ):
            # "an offensive to restore X", "seek to control X": the fight for it happened, the prize did not change
            if _ORDER_RESTORED.match(sentence, t0, t1):
                continue  # "The army is working to restore peace to the villages": an aim, no fight told
            outcome = "attempt"
            if aspect == "state":
                aspect = "event"  # "tried to storm X", "failed to capture X": the attempt happened
        elif (
            (_PLANNED.search(_managed_could(sentence, scope, t1, c1)) and not _told_later(sentence, scope, t1))
            or (
                _HOPED.search(scope) is not None
                # (not a verb of its own in the past: "Rebels hoping to break the siege of Aleppo attacked government
                # positions", "… planning to increase air strikes around Raqqa and struck ISIS positions"; but "hope to
                # reach and overrun Markadah", whose verb is a base form too)
                and (
                    form != "past"
                    or sentence[t0:t1].lower() in ("overrun", "hit", "cut", "set", "beat", "shut")
                    or re.search(r"\bto\s+have\s+(?:\w+ly\s+)?$", scope, re.I) is not None  # ("hopes to have earned …")
                )
            )
            or (
                _INFINITIVE.search(scope)
                and not _managed(_MANAGED, scope, sentence[t0:t1])
                and not _made_to_leave(kind, scope, sentence, t1)
            )
            # ("urging rebel fighters to put down their weapons and surrender the area to the regime": the second verb
            # of the infinitive)
            or (
                form == "base"
                and _INFINITIVE_AND.search(scope) is not None
                and not _managed(_MANAGED, scope, sentence[t0:t1])
                and not _made_to_leave(kind, scope, sentence, t1)
            )
            # ("an evacuation deal that will see President Bashar al-Assad's government take back the area")
            or _WILL_SEE.search(scope)
        ):
            continue  # "will take", "plans to restore X": not (yet) an event
        elif (
            (
                _CLAIMED.search(scope)
                and not (
                    kind in TRANSFERS
                    and _CLAIMED_OWN.search(scope)
                    # (not one disputed: "…, but rebels said the fighting was continuing", "a claim rebels denied",
                    # "Both the army and the rebels claimed control of X")
                    and not _claim_disputed(sentence, c0, t1)
                )
            )
            or (kind in TRANSFERS and _DISPUTED_AFTER.match(sentence, t1))
            # ("rebels captured the village of Hatlah, a claim denied by the army": told, and disputed)
            or (kind in TRANSFERS and _CLAIM_DENIED_AFTER.match(sentence, t1))
            # (a claim told by the trigger itself, disputed: "The army claimed control of X, a claim denied by rebels")
            or (kind in TRANSFERS and sentence[t0:t1].lower().startswith("claim") and _claim_disputed(sentence, c0, t1))
            or (kind in TRANSFERS and _CLAIMED_AFTER.match(sentence, t1))
            # ("despite claims … regarding the alleged capture of the Qamishli Central Prison": said, not shown)
            or (kind in TRANSFERS and _ALLEGED_BEFORE.search(sentence, max(0, t0 - 30), t0) is not None)
            # (a headline's verb in scare quotes: "Syria rebels ‘capture’ Homs army base"; not a side's own word quoted:
            # "Rebels said they had "liberated" Khan Touman", nor a body's "The army had now “cleansed” militants")
            or (
                headline
                and kind in TRANSFERS
                and _SCARE_QUOTED.fullmatch(sentence[max(0, t0 - 1) : t1 + 1]) is not None
                and not re.search(rf"\b{_SPEECH_VERB}\b", sentence[:t0], re.I)
            )
        ):
            outcome = "claimed"
        # -- actors
        after_acts = _objects(
            sentence,
            held_hit=kind in (*_REMOTE, "generic") and _PEOPLE_KILLED.search(sentence) is not None,
            remote=kind in (*_REMOTE, "generic"),
            after=[
                x
                for x in acts
                if t1 <= x.start < nxt_start
                and not any(x is o for o in owners.values())
                and not _backing(sentence, x)
                and not _CHARGES.search(sentence, max(t1, x.start - 40), x.start)
                # ("shelling near Saraqib on the frontline between rebel and regime forces", "entered Salma along front
                # lines between rebels and Assad's forces": where, not whom; a fight on the front line is between them)
                and not (kind != "clash" and _FRONT_BETWEEN.search(sentence, max(t1, x.start - 60), x.start))
                # ("seized the city of Idlib, the capital of the province of Idlib near Turkey": a country as a place)
                and not _country_as_place(sentence, x, t1)
                and not (
                    _HELD_BY.search(sentence, max(t1, x.start - 60), x.start)
                    and not _POSITIONS.search(sentence, max(t1, x.start - 60), x.start)
                )
                # "Warplanes bomb X, helicopters and warplanes raid Y": the next act's subject, not this one's target
                and not (
                    kind in (*_REMOTE, "generic")  # (a side that withdraws after a capture is its loser)
                    and nxt_start < c1
                    and _COMMA_SUBJECT.search(sentence, max(0, x.start - 6), x.start)
                    and _NEXT_SUBJECT_GAP.fullmatch(sentence, x.end, nxt_start)
                )
            ],
        )
        actor1 = actor2 = winner = loser = ""
        killed_by_aircraft = False
        pusher: ActorMention | None = None
        forced_out = False  # (a withdrawal a side forced: see _forcer)
        targets: tuple[str, ...] = ()
        # the side whose attack or advance the fighting followed, in an "after" clause ("… after regime forces' advance")
        cause = (
            _cause_side(sentence, clauses[ci + 1][0], acts)
            if kind == "clash" and ci + 1 < len(clauses) and clauses[ci + 1][2] == "after"
            else ""
        )
        # "X was cleared of YPG militias (by Y)": the side after "of" is the one cleared out, not the agent
        cleared_of = kind == "capture" and voice == "passive" and _CLEARED_OF.match(sentence, t0) is not None
        if voice in ("passive", "reduced"):
            agent = _agent(sentence, t1, after_acts, words=r"by") if cleared_of else _agent(sentence, t1, after_acts)
            if agent is None and kind in (*_REMOTE, "generic"):
                agent = _launched_from(sentence, t1, after_acts)
            actor1 = agent.actor if agent else ""
            patient = [
                x
                for x in subjects
                if c0 <= x.start
                and x.end <= t0
                # ("Hezbollah celebrates as Qusayr falls to the army"; but "ISIS retreats as Palmyra falls to the army":
                # the side that leaves lost it)
                and (
                    not _NEW_PASSIVE_SUBJECT.search(sentence, x.end, t0)
                    or _LEFT_VERB.match(sentence, x.end) is not None
                )
                # ("a barrel bomb was dropped": the munition is no side hit; "helicopters were hit": the aircraft is)
                and not (_WEAPON.fullmatch(x.surface) and not _AIRCRAFT_WORD.search(x.surface))
                # (nor the side that tells it: "The media bureau of Lebanon's Hezbollah resistance movement said the
                # town had fallen to the Syrian forces")
                and not _TELLS_BETWEEN.match(sentence, x.end, t0)
            ]  # (not "the regime forces" of "The regime forces target X and a doctor was assassinated in Y")
            if not agent and kind in (*_REMOTE, "generic"):
                # "Barrel bombs were dropped on Daraya": the side a munition names dropped it
                munition = next(
                    (
                        x
                        for x in subjects
                        if c0 <= x.start < x.end <= t0
                        and _WEAPON.fullmatch(x.surface)
                        and not _AIRCRAFT_WORD.search(x.surface)
                    ),
                    None,
                )
                actor1 = munition.actor if munition is not None else actor1
            actor2 = patient[-1].actor if patient else ""
            if kind in TRANSFERS and agent and not actor2:
                # "The rebel-held Syrian town of Rankous … has fallen to government forces": the holder the place's
                # adjective names lost it
                holder = next(
                    (
                        x
                        for x in acts
                        if c0 <= x.start
                        and x.end <= t0
                        and x.actor not in ("", "civilians", agent.actor)
                        and _HELD_AFTER.match(sentence, x.end)
                    ),
                    None,
                )
                actor2 = holder.actor if holder is not None else actor2
            if kind in TRANSFERS and agent and actor2 == actor1:
                # "The Syrian army announced that the City of Palmyra is under the control of the Syrian forces": the
                # speaker is the side the place went to, not the one that lost it
                actor2 = ""
            if not agent and kind in TRANSFERS:
                # "The Syrian army announced on Thursday that Aleppo has been fully recaptured", "Syrian army says
                # Aleppo retaken": with no agent, the side that says so took it
                speaker = _taking_teller(sentence, subjects, t0, t1)
                if speaker is not None:
                    actor1 = _sponsored(sentence, speaker, acts)
                    actor2 = "" if actor2 == speaker.actor else actor2  # (the speaker is no patient)
                elif (operation := _operation_side(sentence, t1, after_acts)) is not None:
                    actor1 = operation.actor  # "… were cleared as part of Turkey's Operation Euphrates Shield"
                elif (
                    named_op := next(
                        (
                            x
                            for x in acts
                            if x.end <= t0
                            and x.surface.lower().removeprefix("the ").startswith("operation ")
                            and _PART_OF_BEFORE.search(sentence, max(0, x.start - 30), x.start)
                        ),
                        None,
                    )
                ) is not None:
                    # "Following successful operations as part of Operation Peace Spring, the M4 highway has been
                    # brought under control": the operation's side, named before
                    actor1 = named_op.actor
                    actor2 = "" if actor2 == actor1 else actor2
            if kind == "siege" and not agent:
                continue  # "the towns are now besieged": a state (see the statements), not an event
            if kind in TRANSFERS and not agent and intro:
                continue  # "when Khan Shaykhun fell": background to the main clause
        else:
            subj = own_subject or ([] if parted else [x for x in subjects if c0 <= x.start and x.end <= t0])
            if not subj and not parted and voice == "active":
                # "A car bombing by the Islamic State group killed 75 people": the agent of the noun that is the subject
                subj = [
                    x
                    for x in acts
                    if c0 <= x.start
                    and _AGENT_OF_SUBJECT_NOUN.search(sentence, max(c0, x.start - 30), x.start)
                    and _GROUP_WORD_GAP.fullmatch(sentence, x.end, t0)
                ][:1]
            if not subj and not parted and voice in ("active", "noun"):
                # "The rebels, who captured X last week, shelled Y": the side before "who" does both
                subj = _relative_antecedent(sentence, clauses, ci, acts, t0)
                if subj and kind in ("shelling", "bombing", "generic") and _AIRCRAFT_IN.search(subj[0].surface):
                    kind = (
                        "strike"  # ("Russian jets, which pounded X on Monday, bombed Y": the jets' act, from the air)
                    )
            if (
                not subj
                and not parted
                and voice in ("active", "noun")
                and ci >= 2
                and clauses[ci - 1][2] in ("which", "who")
                and _MAIN_VERB_OPENS.fullmatch(sentence, c0, t0)
                and clause_subject.get(ci - 2)
            ):
                # "The army stormed Kafr Nabudah, which rebels had held for years, captured Hbeit": the verbs before
                # and after a place's relative clause share their subject
                subj = [
                    x
                    for x in subjects
                    if clauses[ci - 2][0] <= x.start < clauses[ci - 2][1] and x.actor == clause_subject[ci - 2]
                ][:1]
            if (
                not subj
                and not parted
                and voice == "active"
                and ci >= 1
                and clauses[ci][2] in ("after", "before", "while", "which", "–", "—")
                and _GERUND_OPENS.fullmatch(sentence, c0, t0)
                and sentence[t0:t1].lower().split()[0].endswith("ing")
            ):
                # "army units continued operations after regaining control over X", "the army continued its operations
                # against Daesh, which resulted in regaining control over X": a gerund opening a time clause, or the
                # result of the operations before, is done by the subject of the clause before it
                # ("the Syrian army … maintained their push west of Deir ez-Zor – along the highway – capturing X":
                # the nearest clause before that names a side)
                subj = next(
                    (
                        found
                        for j in range(ci - 1, -1, -1)
                        # (a main clause's: not "Government forces seized X after rebels withdrew, before pushing into
                        # Y", whose "after" clause has a side of its own)
                        if clauses[j][2] in ("", "–", "—")
                        and (found := [x for x in subjects if clauses[j][0] <= x.start < clauses[j][1]][:1])
                    ),
                    [],
                )
            if (
                voice == "noun"
                and subj
                and (
                    (
                        _SPEAKER_THAT.search(sentence, subj[-1].end, t0)
                        and _HARMED_IN.search(sentence, max(c0, t0 - 80), t0)
                    )
                    # ("The National Coalition condemned the air strikes on Eastern Ghouta": who condemns did not strike)
                    # (not when the condemner goes on to act: "Rebels condemned the shelling of Douma and shelled
                    # Damascus in response")
                    or (
                        _CONDEMNED_GAP.fullmatch(sentence, subj[-1].end, t0)
                        and not re.search(r"\band\s+(?:then\s+)?(?:\w+ly\s+)?\w+ed\b", sentence[t1:c1])
                    )
                    # ("Turkey struck Syrian positions in response to an air strike that killed 33 soldiers": who answers
                    # did not do the act it answers)
                    or (t0 not in owners and _ANSWERED_BEFORE.search(sentence, max(c0, t0 - 80), t0))
                )
            ):
                # "Turkey's Defense Ministry said that two of its soldiers were killed in an airstrike on Turkish forces":
                # the speaker tells of the strike, it did not strike
                subj = []
            if (
                not subj
                and not parted
                and voice == "active"
                and _AND_VERB_BEFORE.search(sentence, max(c0, t0 - 30), t0)
            ):
                # "SNA has been attacking Manbij since November 27 and was advancing towards Kobani", "the SDF said it
                # had reached a ceasefire … and retreated from Manbij": a verb after "and" in a clause with no side of
                # its own is done by the side of the act before it
                prior = next((q for q in reversed(preds) if q.end <= t0 and q.actor1), None)
                prior_side = (
                    None
                    if prior is None
                    else next((x for x in reversed(subjects) if x.actor == prior.actor1 and x.end <= prior.start), None)
                )
                # (not across another side that could be the subject: only its objects, "with Turkish-backed groups")
                subj = (
                    [prior_side]
                    if prior_side is not None and _no_subject_between(sentence, acts, prior_side.end, t0)
                    else []
                )
            if voice == "noun" and kind in ("explosive", "suicide"):
                # "The Russian Ministry of Defense announced that a bomb exploded …": the ministry tells of the blast
                subj = [x for x in subj if not _MINISTRY_TOLD.match(sentence, x.end)]
            if voice == "noun" and kind in (*_REMOTE, "generic"):
                # "About 20 ISIS operatives killed in air strikes": the men killed did not strike
                subj = [x for x in subj if not any(x is v for v in victims)]
            listed = [t for t in prev if t[0] not in instruments]  # "… with barrel bombs, clashes in X"
            if (
                voice == "noun"
                and not own_subject
                and listed
                and re.search(r"\band\b|,", sentence[listed[-1][1] : t0])
                and not _SHARED_MODIFIER.fullmatch(sentence, listed[-1][0], t1)
                and not _VERB_OF_NOUN.search(sentence, listed[-1][1], t0)  # "… and intensify the shelling"
                and not _OUTCOME_BEFORE.search(sentence, max(0, t0 - 40), t0)  # "…, resulting in the capture of"
                # ("The FSA, the main opposition group fighting the Syrian government, shelled Jobar": the word before
                # lies in what the subject is)
                and not _in_side_aside(sentence, acts, listed[-1][0])
                # (nor a partner's aside: "Turkish-backed groups, with support from Turkish army drones, on Saturday
                # attacked X": the means of the aside, the side before it attacks)
                and not (
                    _PARTNER_ASIDE.search(sentence, max(0, listed[-1][0] - 80), listed[-1][0])
                    and _CLOSING_ASIDE.match(sentence, listed[-1][1])
                )
                and not (  # "advance and fight ISIS": a verb of the same subject, not a new noun
                    listed[-1][3] == "active"
                    and re.fullmatch(r"\s+and\s+(?:then\s+)?", sentence[listed[-1][1] : t0])
                    and _FIGHT_VERB.fullmatch(sentence, t0, t1)
                )
            ):
                subj = []  # "Russian airstrikes target Aleppo and continued clashes in Hama": not Russia's
            elif (
                voice == "noun"
                and kind == "clash"
                and subj
                and _NEW_NOUN_CONJUNCT.search(sentence, max(subj[-1].end, t0 - 50), t0)
                # (not a verb of the same subject: "advance and fight ISIS", "… and clash with the regime forces")
                and not _FIGHT_VERB.fullmatch(sentence, t0, t1)
                and not re.fullmatch(r"clash|battle", sentence[t0:t1], re.I)
                and not _WITH_AFTER.match(sentence, t1)
                # (nor the verb that opens the phrase: "The Syrian Army, in coordination with Hezbollah, carried out
                # operations against Daesh")
                and not re.match(r"carr(?:y|ies|ied|ying)\s+out|conduct", sentence[t0:t1], re.I)
            ):
                # "The regime forces reach X and the violent clashes continue in Y", "IS attacks regime forces in X
                # and continued clashes in Z": fighting opening a conjunct of its own, with no side of its own
                subj = []
            # "advancement by the regime forces", "withdrawal by ISIS": a noun of an active verb has its agent too
            # (and "An advance by the Islamic State": a verb's form used as a noun after an article)
            nominal = (
                voice == "noun"
                or bool(re.search(r"(?:ment|ments|drawal)$", sentence[t0:t1], re.I))
                or bool(_ARTICLE_BEFORE.search(sentence, max(c0, t0 - 12), t0))
            )
            # ("the fall of X to the army", "the loss of Rabiah to the Syrian Arab Army": the side it went to)
            lost_to = kind == "capture" and voice == "noun" and _LOST_TO_NOUN.match(sentence, t0, t1) is not None
            agent = _agent(sentence, t1, after_acts, words=r"by|to" if lost_to else r"by") if nominal else None
            if agent is None and nominal and kind in (*_REMOTE, "generic"):
                agent = _launched_from(sentence, t1, after_acts)
            from_side = None
            if agent is None and nominal and kind in (*_REMOTE, "generic", "clash"):
                # "heavy shelling from the government side on the remaining posts of Failaq al-Rahman": the side it
                # came from
                agent = from_side = next(
                    (
                        x
                        for x in after_acts
                        if _FROM_THE.fullmatch(sentence, t1, x.start) and _SIDE_WORD.match(sentence, x.end)
                    ),
                    None,
                )
            struck_dead = False  # (an air strike's side after "of", told as what killed the dead named before it)
            if agent is None and kind == "strike" and voice == "noun" and _DIED_IN_BEFORE.search(sentence, c0, t0):
                # "Seven civilians were killed in Raqqa in an air strike of the international coalition": the strike's
                # side after "of", in the words that tell what killed them (not "air strikes of ISIS positions")
                agent = next(
                    (
                        x
                        for x in after_acts
                        if _STRIKE_OF.fullmatch(sentence, t1, x.start) and not _TARGET_NOUN_AFTER.match(sentence, x.end)
                    ),
                    None,
                )
                struck_dead = agent is not None
            if agent is None and kind == "advance" and nominal:
                # "cover the advancement of the regime forces in the town": the advance of its agent
                agent = next((x for x in after_acts if _OF_AGENT.fullmatch(sentence, t1, x.start)), None)
            aircraft = kind == "strike" and _AIRCRAFT_WORD.search(sentence, t0, t1)
            flown = _OWNER_AFTER.match(sentence, t1) if aircraft else None
            if flown is None and kind in _REMOTE and _PROJECTILE_WORD.search(sentence, t0, t1):
                # "The missiles, “believed to be Israeli,” hit Syrian military sites": the projectiles' side
                flown = _BELIEVED_AFTER.match(sentence, t1)
            if agent is None and flown is not None:
                # "warplanes believed to be Russian", "the warplanes of the regime and Russia": the aircraft's side
                agent = next((x for x in after_acts if t1 < x.start <= flown.end()), None)
            if agent is None and kind in (*_REMOTE, "bombing") and nominal:
                # "intensive bombing of coalition aircraft on Manbij": the side whose weapons bomb; "shelling of the
                # regime forces on Bedama", "shelling of Islamic factions on areas in X": the side its target follows
                agent = next(
                    (
                        x
                        for x in after_acts
                        if _OF_AGENT.fullmatch(sentence, t1, x.start)
                        and (
                            _armed(sentence, x)
                            or _ITS_TARGET_NEXT.match(sentence, x.end)
                            # "An airstrike of the US-led anti-terror coalition has claimed lives of eight civilians":
                            # the strike and its side are the subject of the verb after them
                            or (kind == "strike" and _STRIKE_SUBJECT_END.match(sentence, x.end))
                            # ("soldiers were killed by the artillery fire of the Turkish army": the means of a
                            # passive's agent phrase, owned by who fired)
                            or _BY_BEFORE.search(sentence, max(0, t0 - 12), t0) is not None
                        )
                    ),
                    None,
                )
            if (
                agent is not None
                and (
                    struck_dead
                    or agent is from_side
                    or (lost_to and _LOST_TO_GAP.fullmatch(sentence, t1, agent.start))
                    or _CARRIED_BY.match(sentence, t1)
                    # ("The assassination in al-Hol camp was conducted by ISIS cells": the noun the passive's subject)
                    or (
                        voice == "noun"
                        and _SUBJECT_CARRIED_BY.fullmatch(sentence, t1, agent.start) is not None
                        and not _OR_NEXT.match(sentence, agent.end)
                        # (not "The investigation into the bombing in Azaz was conducted by Turkish police")
                        and not _INQUIRY_INTO.search(sentence, max(0, t0 - 50), t0)
                    )
                    or (flown is not None and t1 < agent.start <= flown.end())
                    # "renewed shelling of the neighbourhood by the factions": its object between
                    or (voice == "noun" and _OBJECT_BY.fullmatch(sentence, t1, agent.start))
                    # ("the takeover of Jarablus by Turkish-backed rebels": the noun's own "of" before its object)
                    or (
                        voice == "noun"
                        and sentence[t0:t1].lower().endswith("of")
                        and _OBJECT_BY.fullmatch(" of" + sentence[t1 : agent.start]) is not None
                    )
                    or (
                        _OF_AGENT.fullmatch(sentence, t1, agent.start)
                        and (
                            kind == "advance"
                            or _armed(sentence, agent)
                            or (kind == "strike" and _STRIKE_SUBJECT_END.match(sentence, agent.end))
                            or (kind in (*_REMOTE, "bombing") and _ITS_TARGET_NEXT.match(sentence, agent.end))
                            or (kind in _REMOTE and _BY_BEFORE.search(sentence, max(0, t0 - 12), t0) is not None)
                        )
                    )
                )
            ):
                subj = [agent]  # "bombing by Russian warplanes", "a massacre committed by warplanes"
                after_acts = _without_side(sentence, agent, after_acts)
            elif (
                not subj
                and kind in ("advance", "clash")
                and after_acts
                and _TO_ACTOR.fullmatch(sentence, t1, after_acts[0].start)
            ):
                # SOHR's "advances to the Syrian Democratic Forces", "attack and advance to the factions and
                # Jabhat al-Nusra": by them (the side is named by its first member)
                subj, after_acts = [after_acts[0]], _without_side(sentence, after_acts[0], after_acts)
            if nominal and _POSSESSIVE_DET.search(sentence, max(c0, t0 - 8), t0):
                # "The regime forces kill 3 citizens in its targeting to X": "its" is the clause's subject
                main = [x for x in subjects if c0 <= x.start and x.end <= t0 and not _VICTIMS.fullmatch(x.surface)]
                # ("Casualties among regime forces' ranks during their advancement": the only side named before)
                named_before = [x for x in acts if c0 <= x.start and x.end <= t0 and not _VICTIMS.fullmatch(x.surface)]
                subj = main[:1] or subj or named_before[:1]
                owner = max((x for x in acts if x.end <= t0), key=lambda x: x.end, default=None)
                if owner is not None and _OWNER_RIGHT_BEFORE.fullmatch(sentence, owner.end, t0):
                    # "a rapid advance by extremist rebels following their takeover of Hama": the side just named owns
                    # the noun, not the sentence's subject (the planes that bombed)
                    subj = [owner]
            pronoun = _PRONOUN.search(sentence, subj[-1].end if subj else c0, t0)
            if (
                pronoun is not None
                and not subj
                and prev
                and pronoun.end() <= prev[-1][1]
                and pronoun.group().lower() in ("its", "their", "them")
            ):
                # "continued its attacks … and kidnaped": a possessive before the previous event word is that word's
                # (a subject "They" before it still governs the whole phrase)
                pronoun = _PRONOUN.search(sentence, prev[-1][1], t0)
            if pronoun and subj and pronoun.group().lower() in ("its", "their", "them"):
                pronoun = (
                    None  # "HTS continues its offensive": its own; "the regime forces and militiamen loyal to them"
                )
            if subj and not pronoun:
                first = _first_of_coordination(sentence, subj)
                actor1 = _sponsored(sentence, first, acts)
                if (
                    kind in (*TRANSFERS, "clash", "advance", "siege", "withdrawal")
                    and _WEAPON.fullmatch(first.surface)
                    # (but "Russian warplanes carried out attacks on X": the aircraft's own attacks, strikes)
                    and not _launched_attack(sentence, 0, t0, t1)
                    # (nor "Turkish warplanes shot down two Syrian jets": aircraft that fight aircraft)
                    and not (_AIRCRAFT_WORD.search(first.surface) and _DOWNING_WORD.match(sentence, t0, t1))
                ):
                    actor1 = ""  # "Heavy barrel bombs dropping over X with renewed clashes": a weapon does not fight
                if actor1 == "unidentified" and (spoken := _spoken_for(sentence, t0, acts)):
                    # "A statement by the SDF said their fighters “liberated X”", "The SDF announced that its fighters
                    # had taken Y": fighters named by the speaker's possessive are the speaker's
                    actor1 = spoken
            elif (
                pronoun
                and subj
                and (subj := _before_partner_aside(sentence, subj))
                and _SPEECH_GAP.fullmatch(sentence, _aside_end(sentence, subj[-1].end), pronoun.start())
                and (
                    _AUXILIARIES.fullmatch(sentence, pronoun.end(), t0)
                    or ((rep := _PRONOUN_REPELLED.match(sentence, pronoun.end())) is not None and rep.end() <= t0)
                    # ("the SDF confirmed that it was engaged in “heavy clashes” with X")
                    or (kind == "clash" and _ENGAGED_IN.fullmatch(sentence, pronoun.end(), t0) is not None)
                    # ("the rebel factions said they reached a deal with Russia")
                    or (kind == "agreement" and _REACHED_GAP.fullmatch(sentence, pronoun.end(), t0) is not None)
                    # ("the SDF said it had reached a ceasefire with Turkish-backed groups and retreated from X": the
                    # pronoun's second verb, no other side its subject between)
                    or (
                        voice == "active"
                        and _AND_VERB_BEFORE.search(sentence, max(pronoun.end(), t0 - 30), t0) is not None
                        and _no_subject_between(sentence, acts, pronoun.end(), t0)
                    )
                )
            ):
                # "Syria's military said it has recaptured X", "The SDF announced Sunday they had taken Y": the
                # speaker is the pronoun's side
                actor1 = _sponsored(sentence, _first_of_coordination(sentence, subj), acts)
            elif (
                (they := _last_they(sentence, c0, t0)) is not None
                and (
                    _AUXILIARIES.fullmatch(sentence, they.end(), t0)
                    or ((rep := _PRONOUN_REPELLED.match(sentence, they.end())) is not None and rep.end() <= t0)
                    or (kind == "clash" and _ENGAGED_IN.fullmatch(sentence, they.end(), t0) is not None)
                )
                and (source := _sources_side(sentence, actors, they.start()))
            ):
                # "SDF sources said they had captured X", "Field sources affiliated to the militants backed by Ankara
                # reported that they have taken control of Y": a side's sources speak of the side
                actor1 = source
            elif (
                pronoun
                and pronoun.group().lower() in ("they", "it")
                and (agent := _agent_then(sentence, acts, pronoun.start())) is not None
            ):
                # "12 civilians were killed by the regime when they took back X": the agent of the passive before
                actor1 = agent.actor
            elif pronoun:
                # "it", "they", "the group": the main clause's subject, else the previous sentence's
                main = [x for x in subjects if x.end <= c0]
                # (not a side of an opening adverbial clause when the main clause names its own: "After days of
                # fighting between SDF fighters and ISIS members …, the SDF announced that they regained X")
                if main and (opening := _OPENING_ADVERBIAL.match(sentence)) is not None and opening.end() <= c0 + 1:
                    # (the clause's own subject before the pronoun, then: "…, the SDF announced that they regained X")
                    main = (
                        [x for x in main if x.start >= opening.end()]
                        or [x for x in subjects if opening.end() <= x.start and x.end <= pronoun.start()][:1]
                        or main
                    )
                if (
                    not main
                    and subj
                    and pronoun.group().lower() in ("it", "they")
                    and _PRONOUN_JOINED.search(sentence, subj[-1].end, pronoun.start()) is not None
                    # (not a side after a preposition: "Fighters chanted for the fall of the regime as they shelled X")
                    and not _OBJECT_PREPOSITION.search(sentence, max(0, subj[0].start - 12), subj[0].start)
                    and _AUXILIARIES.fullmatch(sentence, pronoun.end(), t0) is not None
                    # (no other side named between, nor a thing that moves: "HTS defeated Zenki and then it took X",
                    # "Russian jets struck a convoy of jihadists as it withdrew from Palmyra")
                    and not any(subj[0].end <= x.start < pronoun.start() and x.actor != subj[0].actor for x in acts)
                    # (the side the clause opens on: not the object of a verb before, "HTS defeated Zenki and …")
                    and not any(c0 <= x.start < subj[0].start and x.actor != subj[0].actor for x in acts)
                    and not _MOVER_NOUN.search(sentence, subj[0].end, pronoun.start())
                ):
                    # "The Nusra Front captured A and on Saturday it entered B", "Syrian troops celebrate as they take
                    # control of C": the subject pronoun of a joined clause stands for the side the sentence opens on
                    main = [subj[0]]
                elif not main and (opener := _time_clause_opener(sentence, pronoun, t0, kind, subjects, acts)):
                    # "Islamic State militants killed at least 115 government fighters, civilian guards and employees
                    # as they seized a gas field", "Nusra fighters celebrated as they captured X": "they" of a clause of
                    # time is the side the sentence opens on, not the men it killed (but "Government warplanes pounded
                    # opposition fighters as they seized X": those struck)
                    main = [opener]
                # "After they advanced to …, the regime forces carry out …": an opening adverbial clause points forward
                later = [x for x in subjects if x.start >= c1] if intro in _ADVERBIAL and not main else []
                actor1 = (main[0].actor if main else "") or (later[0].actor if later else "") or previous_subject
            elif (
                voice != "noun"
                and not prev
                and intro == "and"
                and ci > 0
                and (according := _SPOKEN_FORCE.search(sentence, max(c0, t0 - 160), t0)) is not None
                and according.group().lower().startswith("according")
                and not _ENEMY_MEN_END.search(according.group("np"))
                and (side_of := next((x for x in acts if according.start() < x.start < according.start("np")), None))
            ):
                # "… are in a race for X, and according to SDF spokesman Y, the militia seized Z": the side the source
                # speaks for, named in the "according to" phrase, not the previous clause's subject
                actor1 = side_of.actor
            elif voice != "noun" and (prev or intro in ("", "and", "then")) and ci > 0:
                actor1 = clause_subject.get(ci - 1, "")  # ", and then advanced", "…, shelling both villages"
                if not actor1 and intro in ("and", "then") and not prev:
                    # "Syrian soldiers and Hezbollah fighters engaged the extremists in Qalamoun, located …, and
                    # subsequently took control of X": the side the sentence opens on, when no verb of it was read
                    actor1 = next((x.actor for x in subjects if _OPENING_SUBJECT.fullmatch(sentence, 0, x.start)), "")
            elif voice != "noun" and prev:
                actor1 = clause_subject.get(ci, "")
            elif (
                voice == "noun"
                and prev
                and _NOUNS_AND_GAP.fullmatch(sentence, prev[-1][1], t0)
                # (not the dead's side: "4 fighters from the SDF killed in clashes and shelling", "the death of a child by
                # the bullets of the Turkish border guards and landmine")
                and not _TOLL_WORD.search(sentence, c0, prev[-1][0])
                and (
                    shared := next(
                        (q.actor1 for q in reversed([*preds, *loose]) if q.start == prev[-1][0] and q.actor1), ""
                    )
                )
            ):
                actor1 = shared  # "carried out over 6,000 airstrikes and ground shelling on X": one doer of both
            elif (
                voice == "noun"
                and (prev or (intro == "and" and ci > 0))
                and (light := _AND_LIGHT_VERB.search(sentence, max(0, c0 - 6, t0 - 50), t0)) is not None
                and not any(light.start() <= x.start < t0 for x in acts)
            ):
                # "Syrian government forces fired surface-to-surface missiles and conducted airstrikes on Idlib": the
                # noun of a verb joined to the one before shares its subject
                actor1 = (clause_subject.get(ci, "") if prev else clause_subject.get(ci - 1, "")) or next(
                    (x.actor for x in subjects if _OPENING_SUBJECT.fullmatch(sentence, 0, x.start)), ""
                )
                if kind == "strike" and actor1 in _GROUND_ONLY:
                    actor1 = (
                        ""  # ("The Islamic State bombed the airport and conducted massive raids on X": not its raids)
                    )
            elif (
                kind == "clash"
                and prev
                and _AND_BEFORE.search(sentence, max(0, t0 - 6), t0)
                and re.fullmatch(r"clash(?:ed)?", sentence[t0:t1], re.I)  # (not "and clashes with X continue")
                and _WITH_AFTER.match(sentence, t1)
            ):
                # "Regime forces shell villages in X and clash with opposition factions in Y": the verb's subject is
                # the one before "and"; those it clashes with are the other side
                actor1 = clause_subject.get(ci, "")
            elif (
                kind in _VERBAL_NOUNS
                and _AND_BEFORE.search(sentence, max(0, t0 - 6), t0)
                and _AS_VERB.match(sentence, t0)
            ):
                # "The regime forces shell X and target Y", "IS executes a man in X and arrests two in Y": a verb
                # coordinated with the one before shares its subject
                actor1 = clause_subject.get(ci, "") if prev else clause_subject.get(ci - 1, "") if ci > 0 else ""
            elif intro in ("after", "before", "while", "") and (
                form == "participle" or (intro == "" and _HAVING_OPEN.fullmatch(sentence, 0, t0))
            ):
                later = [x for x in subjects if x.start >= c1]  # "After controlling X, the regime forces …"
                if _HAVING_OPEN.fullmatch(sentence, 0, t0) or (
                    form == "participle" and kind in (*TRANSFERS, "withdrawal") and _OPENING.fullmatch(sentence, 0, t0)
                ):
                    if _WOULD_AFTER_BY.match(sentence):
                        # "By seizing X, Hezbollah would have scored an advance", "By capturing Mesraba, the army aims
                        # to split Eastern Ghouta": the subject's step, which the main clause only weighs (no change)
                        outcome = "attempt"
                    # "Capturing Ma'dan, the army opened …", "Having secured control of X, the SDF …": the opening
                    # phrase's doer is the subject right after a comma (not one of a relative clause: "Having retaken
                    # Palmyra, which Islamic State seized in May, the army …")
                    later = [
                        x
                        for x in subjects
                        if x.start > t1
                        # ("Abandoning Mayadin, the last Islamic State fighters withdrew …")
                        and _COMMA_THE.search(sentence, max(0, x.start - 30), x.start)
                    ]
                # ("… captured Sarkha before also sweeping rebels out of Maaloula": the main clause's, before it)
                actor1 = later[0].actor if later else clause_subject.get(ci - 1, "") if ci > 0 and intro else ""
            if not actor1:
                actor1 = cause
            if not actor1 and kind in (*_REMOTE, "generic"):
                # "Jets thought to belong to the Syrian government struck X", "Warplanes belonging to the Russian base in
                # Latakia raided Y": the side the subject's aircraft are said to be
                flyer = _FLYER_OWNED.search(sentence, c0, t0)
                actor1 = next(
                    (x.actor for x in acts if flyer is not None and flyer.end() <= x.start <= flyer.end() + 12), ""
                )
            if not actor1 and voice != "noun":
                # "SDF media official Mustafa Bali said the militias had seized X", "Erdogan announced that his
                # country's forces have seized Y": a force named by a noun pointing back is the speaker's side
                actor1 = _spoken_for(sentence, t0, acts)
            if (
                not actor1
                and voice == "noun"
                and kind in TRANSFERS
                and (announced := _ANNOUNCED_BEFORE.search(sentence, max(c0, t0 - 40), t0)) is not None
            ):
                # "Talal Silo, press spokesman for the Syrian Democratic Forces announced the capture of the village of
                # al-Khatuniyah": the speaker's side took it
                actor1 = next(
                    (
                        x.actor
                        for x in reversed(acts)
                        if c0 <= x.start and x.end <= announced.start() and not _VICTIMS.fullmatch(x.surface)
                    ),
                    "",
                )
            if shared_subject:
                # (the verb before may have no place: "said it defeated ISIS")
                actor1 = next(
                    (q.actor1 for q in reversed([*preds, *loose]) if q.start == prev[-1][0] and q.actor1), actor1
                )
            if actor1 in ("", "civilians") and kind in _REMOTE and voice == "noun":
                # "24 civilians killed by Coalition warplanes in airstrikes on X": the aircraft that killed them struck
                # (and the civilians named before are the strikes' victims)
                dead_side = actor1
                actor1 = next(
                    (
                        x.actor
                        for x in reversed(acts)
                        if x.end <= t0
                        and _AIRCRAFT_WORD.search(x.surface)
                        and _BY_IN_GAP.fullmatch(sentence, x.end, t0)
                        and re.search(r"\bby\s+(?:the\s+)?$", sentence[max(0, x.start - 10) : x.start])
                    ),
                    actor1,
                )
                killed_by_aircraft = dead_side == "civilians" and actor1 != dead_side
            if (
                not actor1
                and kind in (*_REMOTE, "bombing", "generic", "explosive", "suicide")
                and (blamed := _BLAMED_ON.match(sentence, t1))
            ):
                # "killed in airstrikes on a Syrian airbase in an attack blamed on Israel": the side blamed ("A car bomb
                # blamed on the Al-Qaeda-linked Islamic State of Iraq and Greater Syria (ISIS) killed …": its name may
                # open on words that are none)
                actor1 = next(
                    (
                        x.actor
                        for x in acts
                        # (the side's name may take the article: "blamed on the Islamic State")
                        if blamed.end() - 4 <= x.start <= blamed.end() + 60
                        and x.end > blamed.end()
                        and _NAME_WORDS_GAP.fullmatch(sentence, min(x.start, blamed.end()), x.start)
                    ),
                    "",
                )
            if kind in (*_REMOTE, "bombing", "generic") and _BLAME_BEFORE.search(sentence, max(c0, t0 - 30), t0):
                # "He blamed the airstrike on Russia, Syrian President Bashar Assad's top ally", "blamed the strike on
                # Idlib on Russian jets": the side blamed struck, it was not struck (nor the one its apposition names)
                # (the last such side, not one whose site was hit: "blamed the strike on the rebel base on Russia")
                blamed_side = next(
                    (
                        x
                        for x in reversed(after_acts)
                        if x.start <= t1 + 60
                        and _ON_SIDE.fullmatch(sentence, t1, x.start)
                        and not _TARGET_NOUN_AFTER.match(sentence, x.end)
                    ),
                    None,
                )
                if blamed_side is not None:
                    actor1 = blamed_side.actor
                    after_acts = [x for x in after_acts if x.end <= blamed_side.start]
            # (not a side named as a partner: "Russian helicopters dropped bombs on X alongside regime helicopters")
            objs = [
                x
                for x in after_acts
                if x.actor != actor1 and not _ALONGSIDE_BEFORE.search(sentence, max(0, x.start - 30), x.start)
            ]
            sides = _BETWEEN.match(sentence, t1)
            exchange = kind in ("shelling", "strike", "bombing", "generic") and (
                _EXCHANGE_BEFORE.search(sentence, max(0, t0 - 15), t0)
                # ("shelling started on Wednesday between SDF and regime loyalists in the villages of X": mutual fire)
                or (kind == "shelling" and voice == "noun" and _MUTUAL_BETWEEN.match(sentence, t1))
            )
            sides = sides or (
                (
                    _EXCHANGE_SIDES.match(sentence, t1)
                    or _BETWEEN_AFTER_PLACE.match(sentence, t1)
                    or _MUTUAL_SIDES.match(sentence, t1)
                )
                if exchange
                else None
            )
            if not sides and kind == "clash" and after_acts:
                # "Clashes in Tilaylan town between FSA … and ISIS": the sides after the place, named right there
                sides = _BETWEEN_AFTER_PLACE.match(sentence, t1)
                sides = sides if sides and sides.end() == after_acts[0].start else None
            if (
                voice == "noun"
                # ("the agreement reached between the Ahrar al-Sham rebels and the Syrian government": its two parties)
                and (
                    kind == "clash"
                    or exchange
                    or (kind == "agreement" and sides and "between" in sides.group().lower())
                )
                and sides
                and len(after_acts) >= 2
            ):
                first = after_acts[0]
                # "fighting between Al-Rahman Corps and Jaysh al-Islam": two rebel groups fight each other
                objs = [x for x in after_acts[1:] if x.actor != first.actor or _rival_factions(first, x)]
                actor1 = _sponsored(sentence, first, acts)
            elif (
                voice == "noun"
                and not actor1
                and kind == "clash"
                and sides
                and "between" in sides.group().lower()
                and len(after_acts) == 1
                and after_acts[0].start == sides.end()
            ):
                # "clashes between the “Army of Islam” faction and the “51 Brigade”": the one side the table knows
                actor1 = _sponsored(sentence, after_acts[0], acts)
                objs = []
            elif (
                voice == "noun"
                and not actor1
                and kind == "clash"
                and ci > 0
                and intro in ("after", "following")
                and clause_subject.get(ci - 1, "")
                and _WITH_AFTER.match(sentence, t1)
                and objs
            ):
                # "ISIS seized control of seven checkpoints after clashes with pro-regime troops": the main clause's
                # side fought those it fought "with"
                actor1 = clause_subject[ci - 1]
            elif (
                voice == "noun"
                and not actor1
                and kind == "clash"
                and objs
                and _WITH_GAP.fullmatch(sentence, t1, objs[0].start)
                and (
                    side_before := next(
                        (
                            x
                            for x in reversed(acts)
                            if x.end <= t0 and x.actor not in (objs[0].actor, "civilians", "unidentified")
                        ),
                        None,
                    )
                )
                is not None
                and not _TELLING_BREAK.search(sentence, side_before.end, t0)
            ):
                # "23 members of the Turkish-backed factions were killed … in the fierce clashes with the SDF": the side
                # named before fought the one after "with"
                actor1 = side_before.actor
            elif (
                voice == "noun"
                and not actor1
                and objs
                and kind in ("clash", "advance", "agreement", "protest")
                and not _TARGETED_END.search(sentence, t0, t1)  # "Attack target a gathering of Turkish soldiers"
                and not any(objs[0] is v for v in victims)  # "Clashes in X kill 5 members of the regime forces"
                and not _AGAINST_BEFORE.search(sentence, max(t1, objs[0].start - 16), objs[0].start)  # the opponent
                # ("Twin attacks on two Syrian security offices": the target of the attack)
                and not (kind == "clash" and _ATTACK_ON_GAP.fullmatch(sentence, t1, objs[0].start))
                # ("The violent clashes with regime forces led to the death of …": the side fought, no subject named)
                # (but "Clashes with YPG and rebels", "battles with regime forces and a brigade of IS": which of those
                # named fought which, the words leave to the reader)
                and not (
                    kind == "clash"
                    and _WITH_GAP.fullmatch(sentence, t1, objs[0].start)
                    and not _AND_NEXT.match(sentence, objs[0].end)
                    # (not when a side is named before it, above; nor "Two soldiers were wounded … during clashes with
                    # rebels": the men named are some side's)
                    and not any(x.end <= t0 for x in acts)
                    # (nor "Clashes with the Islamic State near X killed 12 soldiers": the dead name the other side)
                    and not _MEN_KILLED_AFTER.search(sentence, objs[0].end)
                )
                # ("an attempt to attack the SDF emplacements between X and Y": the side whose posts are hit)
                and not _TARGET_NOUN_AFTER.match(sentence, objs[0].end)
            ):
                actor1, objs = objs[0].actor, objs[1:]
            # "the explosion of cluster bomb remnants from previous shelling by Russian Forces": an agent, not a target
            objs = [
                x
                for x in objs
                if (
                    not _BY_BEFORE.search(sentence, 0, x.start)
                    or _POSITIONS.search(sentence, max(0, x.start - 60), x.start)  # "positions held by X": X is hit
                )
                and not _WITH_SUPPORT.match(sentence, x.end)  # "seizes X with Russian support": a backer
            ]
            if (
                (
                    (kind == "clash" and _RECIPROCAL.fullmatch(sentence, t0, t1))
                    # ("A and B battle", "the regime and rebel forces clash": a verb right after its subject)
                    and (voice != "noun" or (bool(subj) and _GROUP_GAP.fullmatch(sentence, subj[-1].end, t0)))
                )
                # ("Turkey and Russia reached agreement on a ceasefire": the deal's two parties)
                or (kind == "agreement" and bool(subj) and _PARTIES_GAP.fullmatch(sentence, subj[-1].end, t0))
            ) and (not objs and subj):
                # "Syrian government forces and rebels battle outside Hama", "regime and rebel forces clash in X": a
                # verb of each other, whose coordinated subjects are the two sides
                k = subj.index(_first_of_coordination(sentence, subj))
                objs = [
                    y
                    for x, y in zip(subj[k:], subj[k + 1 :])
                    if _COORDINATION.fullmatch(sentence, x.end, y.start)
                    and y.actor not in ("", actor1)
                    and not {actor1, y.actor} <= _REGIME_CAMP  # ("Hezbollah and regime forces clash in X": allies)
                ][:1]
            actor2 = objs[0].actor if objs else ("" if fought == actor1 else fought)
            if (
                kind == "clash"
                and not actor2
                and actor1 in ("opposition", "turkey", "")
                and (_INFIGHTING_WORD.fullmatch(sentence, t0, t1) or _INFIGHTING.match(sentence, t1))
            ):
                # "Rebel in-fighting", "clashes between its major factions", "against other factions" (and "between
                # Turkish-supported factions of the Euphrates Shield": Turkey's partner forces on both sides)
                actor1 = actor2 = actor1 or "opposition"
            targets = tuple(x.actor for x in objs)
        if outcome == "attempt" and voice != "passive" and not _REPELLED.search(sentence, c0, t1):
            # "Continued attempts by regime forces to take full control in eastern Aleppo": the attempt's agent,
            # unless the subject was named before it
            by = [x for x in acts if c0 <= x.start < t0 and _ATTEMPT_BY.search(sentence, max(0, x.start - 30), x.start)]
            if by and not any(x.actor == actor1 and x.start < by[0].start for x in acts):
                actor1 = by[0].actor
        repelled = _REPELLED.search(sentence, c0, t1) if outcome == "attempt" and voice != "passive" else None
        if repelled and actor1:
            # "the NLF repelled an attempt by regime forces to advance": the attacker acted, the subject defended
            by = [
                x
                for x in acts
                if repelled.end() <= x.start
                # ("an attack by the armed rebels", "an infiltration attempt by radical rebels"; "repelled the joint
                # attack of Faylaq al-Sham, Jeish al-Ezzah and Ahrar al-Sham": the first side of the attack's owners)
                and (
                    re.search(r"\bby\s+(?:the\s+)?(?:(?-i:[a-z])[\w-]*\s+)?$", sentence[max(0, x.start - 30) : x.start])
                    or _ATTACK_OF.search(sentence, max(0, x.start - 40), x.start)
                )
            ]
            # "IS was able to repel the regime forces’ attempt to advance": the possessor attacked, the subject defended
            # ("repelled yet another Turkish-led attack on its positions": the side that led it)
            mine = [
                x
                for x in acts
                if repelled.end() <= x.start < t0
                and (_POSSESSIVE_ATTEMPT.match(sentence, x.end) or _LED_ATTACK.match(sentence, x.end))
            ]
            # the defender is the subject before "repelled" (not the attacker an earlier "by" already named)
            possessed = bool(mine) and not by
            attacker = mine[0].actor if possessed else (by[0].actor if by else "")
            # (after a speaker's verb: "Al-Manar TV, which belongs to … Hezbollah, said pro-Assad fighters had
            # repelled …": the fighters, not the speaker's owner)
            # ("Rebels said regime forces were repelled in an attempt to advance": in the passive, those said repelled)
            passive_repel = re.search(
                r"\b(?:was|were|been|being)\s+$", sentence[max(0, repelled.start() - 12) : repelled.start()]
            )
            told = None if passive_repel else _last_match(_SAID_WORD, sentence, c0, repelled.start())
            repellers = [x for x in subjects if c0 <= x.start and x.end <= repelled.start()]
            # (but "The SDF said it repelled …": the speaker, when none is named after it)
            repellers = [x for x in repellers if told is not None and told.end() <= x.start] or repellers
            defender = repellers[0].actor if repellers else ("" if possessed else actor1)
            if attacker or not repelled.group().lower().startswith("push"):
                # (a push back with no attacker named leaves the side that pushed as the one acting: "Kurdish forces
                # said they had pushed back the attack on Kobani")
                actor1, actor2 = attacker, ("" if defender == attacker else defender)
        if kind == "clash" and voice == "noun":
            actor1, actor2 = _killing_sides(sentence, c0, t0, acts) or (actor1, actor2)
        siege = kind == "clash" and _SIEGE_WORD.fullmatch(sentence, t0, t1) is not None
        broken = _SIEGE_BROKEN.search(sentence, c0, t0) if siege else None
        imposed = _IMPOSED_BY.match(sentence, t1) if broken else None
        if broken:
            # "Regime forces break ISIS siege on Deir Ezzor", "the army broke a three-year Islamic State siege of X",
            # "rebels broke the government siege of eastern Aleppo", "break the siege imposed by ISIS on X": the side
            # named in the siege besieged, the side that broke it fought it
            besieger = next(
                (
                    x
                    for x in acts
                    if (broken.start("who") <= x.start and x.end <= t0) or (imposed and x.start == imposed.end())
                ),
                None,
            )
            if besieger is not None:
                breakers = [x for x in acts if c0 <= x.start and x.end <= broken.start() and x.actor != besieger.actor]
                if actor1 == besieger.actor:
                    actor1 = breakers[-1].actor if breakers else ""
                actor2 = "" if actor1 == besieger.actor else besieger.actor
        elif (siege or (kind == "siege" and _SIEGE_WORD.fullmatch(sentence, t0, t1) is not None)) and (
            broken_by := _SIEGE_BROKEN_BY.match(sentence, t1, c1)
        ) is not None:
            # "A long siege on the Aleppo Central Prison imposed by al-Qaeda-linked militant groups has been broken by
            # Syrian army special forces": the agent of "broken" fought the besieger
            breaker = next((x for x in acts if broken_by.end() <= x.start <= broken_by.end() + 4), None)
            if breaker is not None:
                laid = next(
                    (
                        x
                        for x in acts
                        if t1 < x.start < broken_by.end()
                        and _IMPOSED_BY.search(sentence, max(t1, x.start - 20), x.start)
                    ),
                    None,
                )
                # ("The regime siege of Aleppo was broken by rebels": the side named before the siege laid it)
                laid = laid or next((x for x in acts if 0 <= t0 - x.end <= 12 and x.end <= t0), None)
                actor1 = breaker.actor
                actor2 = laid.actor if laid is not None and laid.actor != actor1 else ""
        dead = _DEAD_IN.search(sentence, c0, t0) if kind == "clash" and _ATTACK_WORD.match(sentence, t0, t1) else None
        if (
            dead
            and actor1
            and not actor2
            and any(x.actor == actor1 and prev_end <= x.start and x.end <= dead.start() for x in acts)
            and not any(
                x.actor == actor1 and dead.start() <= x.start < c1 and not _SPEAKER_TAIL.match(sentence[x.end : c1])
                for x in acts
            )
        ):
            # "14 regime forces including officers killed by attacks targeted Homs city": the dead were attacked (the
            # first side of their list: "4 fighters including 2 commanders in Jabhat Al-Nusra and the factions killed
            # in the attack on X"; not when the attacker is named after: "killed in an attack by ISIS", though the
            # side whose ministry tells it may be: "…, Turkey's Ministry of National Defense said")
            actor1, actor2 = "", next(x.actor for x in acts if prev_end <= x.start and x.end <= dead.start())
        if t0 in instruments:
            actor1 = instruments[t0].actor
        elif (
            not actor1
            and kind in _REMOTE
            and (
                dropped := next(
                    (x for x in acts if x.start >= t1 and _ARMS_DROPPED.fullmatch(sentence, t1, x.start)), None
                )
            )
            and _BARREL_ALIAS.fullmatch(dropped.surface)
            and re.search(r"\bdrop", sentence[t0 : dropped.start], re.I)
        ):
            # "Aircraft dropped seven barrel bombs … on the IS-held town of Al-Bab": the side whose arms they are
            actor1, actor2 = dropped.actor, "" if actor2 == dropped.actor else actor2
        elif (
            not actor1
            and kind in _REMOTE
            and ti
            and triggers[ti - 1][0] in instruments
            and _ARMS_WORD.match(sentence, t0, t1)
            and _INSTRUMENT_LIST.fullmatch(sentence, triggers[ti - 1][1], t0)
        ):
            actor1 = instruments[triggers[ti - 1][0]].actor  # "Barrel bombs, missiles and warplanes": one side's arms
        elif t0 in owners:
            # ("HTS and the factions shell X", "Turkish forces and loyal factions renew the shelling": the side is
            # named by its first member, as for any subject)
            named = [x for x in acts if x.end <= owners[t0].end]
            if (aside := _OPENING_ASIDE.match(sentence)) is not None and owners[t0].start >= aside.end():
                # ("According to Al-Watan, which is close to the government, IS shelled X": not a list with the source's
                # side)
                named = [x for x in named if x.start >= aside.end()]
            first = _first_of_coordination(sentence, named)
            if (
                voice == "noun"
                and first is not owners[t0]
                and len(named) > 1
                and not sentence[owners[t0].end : t0].strip()
                and "," in sentence[named[-2].end : owners[t0].start]
                # (helpers named as such: not "Assad, Russian raids hit X", the guidelines' one side named first)
                and _HELPER_BEFORE.search(sentence, max(0, first.start - 30), first.start) is not None
            ):
                # "with the help of Iranian Revolutionary Guards, Hezbollah, and Russian airstrikes": the last item of
                # a list is the strikes' own side, the others helpers of their own
                first = owners[t0]
            elif (
                kind == "strike"
                and first is not owners[t0]
                and not sentence[owners[t0].end : t0].strip()
                and first.actor in _GROUND_ONLY
                and owners[t0].actor not in _GROUND_ONLY
            ):
                # "backed by allied Syrian rebels and US-led coalition air strikes": rebels fly no strikes; the
                # strikes are the side named right before them
                first = owners[t0]
            actor1 = first.actor
        elif t0 in co_owned and (not actor1 or actor1 == actor2 or actor2 == co_owned[t0].actor):
            actor1 = co_owned[t0].actor  # "regime shelling and air strikes": the regime's air strikes too
            actor2 = "" if actor2 == actor1 else actor2
        elif (
            voice == "noun"
            and _SUFFERED.search(sentence, max(0, t0 - 40), t0)
            # (not a fight whose sides follow: "killed … due to violent clashes between the “Army of Islam” faction and
            # the “51 Brigade”")
            and not (kind == "clash" and _sides_between(sentence, t1))
        ):
            # "carry out counterattacks under intensive aerial bombardment", "withdraw due to heavy shelling": the
            # subject suffers it; its own agent, if named ("casualties due to shelling by ISIS on X"), did it
            # ("came under heavy bombardment Thursday from forces loyal to President Bashar al-Assad")
            agent_by = _BY_AFTER.match(sentence, t1) or _SUFFERED_FROM.match(sentence, t1)
            if not actor2 and _SURVIVED.search(sentence, max(0, t0 - 40), t0):
                actor2 = actor1  # "X, a leader of the Yarmouk Army, survived an assassination attempt": X is the target
            # (the side named before "came under": the one hit)
            sufferer = next((x.actor for x in reversed(acts) if c0 <= x.start and x.end <= t0), "") or actor1
            actor1 = next((x.actor for x in acts if agent_by and x.start == agent_by.end()), "")
            actor2 = "" if actor2 == actor1 else actor2
            if (
                actor1
                and not actor2
                and sufferer != actor1
                and _CAME_UNDER_BEFORE.search(sentence, max(0, t0 - 40), t0)
            ):
                actor2 = sufferer  # "The Russian military police came under attack by protesters": the police hit
        elif voice != "passive":
            # "during SDF’s control of a new village": the possessor did it; "threaten the regime's control of
            # X": the possessor holds X and the subject fights it
            owner = next(
                (
                    x
                    for x in acts
                    if _POSSESSOR.fullmatch(sentence, x.end, t0)
                    or (voice == "noun" and _POSSESSOR_ADJ.fullmatch(sentence, x.end, t0))
                    # ("repulsed an Islamic State (ISIS) offensive": the side's name and its acronym as the noun's
                    # adjective)
                    or (voice == "noun" and _ACRONYM_GAP.fullmatch(sentence, x.end, t0))
                ),
                None,
            )
            if owner is not None and kind in TRANSFERS and _CONTESTED.search(scope):
                actor2 = owner.actor if owner.actor != actor1 else actor2
            elif owner is not None and broken is not None:
                pass  # "Syrian troops broke ISIL's siege of X": the possessor besieged; the breakers fought it (above)
            elif owner is not None:
                actor1 = owner.actor
        forced = _FORCED.search(scope) if voice == "active" else None
        made = [x for x in acts if forced and c0 + forced.end() <= x.start < t0]
        if made:
            actor1 = made[0].actor  # "raids force the “Islamic State” in Palmyra to withdraw": IS withdraws
        elif (
            forced
            and kind == "withdrawal"
            # (not an attempt's: "Turkish forces had failed to force them to withdraw": the attacker's attempt)
            and not (_PRONOUN_MADE.match(scope, forced.end()) and re.search(r"\bto\s+$", scope[: forced.start()]))
        ):
            actor1 = ""  # ("The SDF forced hundreds of jihadists to pull out of X": men of no side named leave)
        if (
            voice == "noun"
            and kind == "shelling"
            and re.fullmatch(r"missiles?|rockets?", sentence[t0:t1], re.I)
            and _WITH_INSTRUMENT.search(sentence, max(c0, t0 - 30), t0)
        ):
            # "A Turkish drone targeted a vehicle of an SDF formation with two missiles in X": the missiles are the
            # means of the aircraft's strike before, fired from the air by its side (not by the side named between)
            firing = next(
                (q for q in (*reversed(preds), *reversed(loose)) if q.end <= t0 and q.clause == (c0, c1)), None
            )
            if (
                firing is not None
                and firing.actor1
                and "," not in sentence[firing.end : t0]  # (not "…, with Syrian forces responding with rockets")
                and (
                    # the aircraft is the subject of the strike's verb ("a Turkish drone targeted"), not its object
                    # ("rebels targeted a Russian drone with rockets")
                    (firing.kind == "strike" and " " in firing.trigger.strip() and _AIRCRAFT_IN.search(firing.trigger))
                    or (
                        firing.kind == "generic"
                        and _FLYER_BEFORE.search(sentence, max(0, firing.start - 30), firing.start) is not None
                    )
                )
            ):
                kind, actor1 = "strike", firing.actor1
                actor2 = firing.actor2  # (its target, not a side named after it: "…, with Syrian forces responding")
                with_means.add(t0)
        if not actor1 and voice == "noun" and kind in _REMOTE:
            # "Shelling by the regime forces with missiles and shells on Daraa city": the means of the act before,
            # by its side (and the means listed with them)
            used = next((q for q in (*reversed(preds), *reversed(loose)) if q.end <= t0 and q.clause == (c0, c1)), None)
            if (
                used is not None
                and used.kind in (*_REMOTE, "bombing")
                and used.actor1
                and (
                    _WITH_INSTRUMENT.search(sentence, max(c0, used.end), t0)
                    or (used.start in with_means and re.fullmatch(r"\s*(?:,|and|&)\s*", sentence[used.end : t0]))
                )
                and not any(used.end <= x.start < t0 and x.actor != used.actor1 for x in acts)
            ):
                actor1 = used.actor1
                with_means.add(t0)
        if not actor1 and kind in (*_REMOTE, "generic") and _HIT_WORD.match(sentence, t0) is not None:
            # "rockets fired by the YPG/PKK from Afrin region struck a mosque in Kilis": the side that fired what hit
            firer = next(
                (
                    x
                    for x in acts
                    if 0 < t0 - x.end <= 60
                    and x.actor not in ("civilians", "protesters")
                    and _FIRED_BY_BEFORE.search(sentence, max(0, x.start - 50), x.start)
                    # (no other act between: not "Shells fired by the regime hit Douma as a car bomb exploded in
                    # Jaramana")
                    and not re.search(r"[.;]|\b(?:as|while|when|and|but|after|before|whereas)\b", sentence[x.end : t0])
                ),
                None,
            )
            actor1 = firer.actor if firer is not None else actor1
        if kind == "agreement" and actor1 and subj:
            # "Regime forces and Kurdish fighters agreed on Tuesday to a truce": the two parties named as the subject
            # (before any side the deal's terms name: "Turkey and Russia … agreed to create a demilitarized buffer zone
            # to separate Syrian government troops from …")
            partner = next(
                (
                    y
                    for x, y in itertools.pairwise(subj)
                    if y.end <= t0
                    and y.actor not in ("", actor1, "civilians", "unidentified")
                    and _COORDINATION.fullmatch(sentence, x.end, y.start)
                ),
                None,
            )
            actor2 = partner.actor if partner is not None else actor2
        if actor1:
            clause_subject[ci] = actor1
        if kind == "base" and not actor2 and STOPPING.match(sentence, t0):
            # "intercepted missiles fired by Israeli warplanes": the side whose strike was stopped
            firer = next((x for x in acts if t1 < x.start <= t1 + 60 and x.actor != actor1), None)
            actor2 = firer.actor if firer is not None else actor2
            if not actor2:
                # "Israeli warplanes perpetrated a new aggression on T4 and air defenses intercepted the hostile
                # missiles": the side of the strike told before
                actor2 = next(
                    (q.actor1 for q in reversed(preds) if q.kind in (*_REMOTE, "generic") and q.actor1 != actor1), ""
                )
        if kind == "clash" and not actor2 and (dead := _RESULTED_IN_DEATHS.match(sentence, t1)) is not None:
            # "launched counter attacks on areas north of Hajin, which resulted in the killing of dozens of ISIS
            # militants": the side that lost them was fought
            actor2 = next(
                (
                    x.actor
                    for x in acts
                    if dead.end() <= x.start <= dead.end() + 40
                    and _DEAD_COUNT.fullmatch(sentence, dead.end(), x.start)
                    and x.actor != actor1
                    and not _VICTIMS.match(sentence, x.start)  # (not "the deaths of 5 civilians": an attack's victims)
                ),
                "",
            )
        if kind == "arrest" and sentence[t0:t1].lower().startswith("surrender"):
            to = _agent(sentence, t1, after_acts, words=r"to")
            actor1, actor2 = (to.actor if to else ""), actor1  # who took them, and whose men they were
        if kind in TRANSFERS:
            if kind in ("surrender", "handover"):
                to = _agent(sentence, t1, after_acts, words=r"to|in\s+front\s+of")
                if voice == "noun":  # "the surrender of X (to Y)"
                    of = [x for x in after_acts if not to or x is not to]
                    loser = of[0].actor if of else ""
                elif voice == "passive":
                    loser = ""  # "The town of Kafr Batna surrendered to the army": its holder is not named
                else:
                    loser = actor1
                winner = to.actor if to else ""
                actor1, actor2 = (winner or actor1), (loser if winner else actor2)
            else:
                winner = actor1
                if (
                    voice == "noun"
                    and _FALL_WORD.match(sentence, t0)
                    and not _MAYBE_BEFORE.search(sentence, max(0, t0 - 20), t0)
                ):
                    # (the side right after the place: not "The fall of Rabiah on Friday is a blow to the rebels")
                    to = next((x for x in acts if t1 < x.start and _FELL_TO_GAP.fullmatch(sentence, t1, x.start)), None)
                    if to is not None and to.actor != winner:
                        # "Rebels confirmed the fall of Menagh airport to the YPG": the side it fell to took it
                        winner = actor1 = to.actor
                        actor2 = ""
                    elif winner and any(
                        x.actor == winner and x.end <= t0 and _LOSS_OWNED.search(sentence, x.end, t0) for x in acts
                    ):
                        # "A rebel commander … confirmed the loss and said, “The fall of Menagh airport …”": the side
                        # that owns to a fall lost the place, it did not take it
                        winner = actor1 = ""
                frm = _agent(
                    sentence,
                    t1,
                    after_acts,
                    words=r"from|of|at\s+the\s+expense\s+of" if cleared_of else r"from|at\s+the\s+expense\s+of",
                )
                expel = voice != "passive" and _EXPEL.match(sentence[t0:t1])
                loser = frm.actor if frm else (actor2 if voice == "passive" or expel else "")
                if (
                    voice == "passive"
                    and not winner
                    and loser
                    and any(x.actor == loser and x.end < t0 and _SAID_THAT.match(sentence, x.end) for x in acts)
                ):
                    # "The Turkish Defense Ministry said that Ras al-Ayn was brought under control": the speaker's
                    # side took it, no agent named
                    winner = actor1 = loser
                    loser = actor2 = ""
                elif (
                    voice == "passive"
                    and not winner
                    and (
                        waged_by := _offensive_agent(
                            sentence, acts, t1, loser, retaken=re.match(r"re-?", sentence[t0:t1], re.I) is not None
                        )
                    )
                ):
                    # "IS has been ousted from Manbij after a two-month offensive by the SDF": the side whose offensive
                    # it was took the place
                    winner = actor1 = waged_by.actor
                    actor2 = loser
                elif (
                    voice == "passive"
                    and not winner
                    and (loser or cleared_of)
                    and _EXPEL.match(sentence[t0:t1])
                    # (not when another side is named after it, as the one that fought or holds it: "Government
                    # troops were driven out of Palmyra, and now IS is in full control of the city", "IS has been ousted
                    # from Manbij after a two-month offensive by the SDF"; but a deal's other party or a spokesman's side
                    # is no winner: "expelled from Darayya under a deal with the government")
                    and not any(
                        x.start > t1
                        and x.actor not in ("", loser, "civilians")
                        and not _DEAL_WITH_BEFORE.search(sentence, max(0, x.start - 30), x.start)
                        and not _SPOKESMAN_AFTER.match(sentence, x.end)
                        for x in acts
                    )
                ):
                    # "Islamic State has been completely ousted from Deir al-Zor", "IS fighters were evicted from the
                    # neighbourhood", "al-Hajar al-Aswad and Yarmouk had been cleared of militants": a side made to
                    # leave, no winner named (a withdrawal by the side leaving)
                    kind, actor1, actor2, frm = "withdrawal", loser, "", None
                if frm:
                    actor2 = frm.actor
                if t0 in holders and _SHRINK.match(sentence, t0):
                    loser = actor2 = holders[t0].actor  # "decrease ISIS scope of control": ISIS loses
                elif t0 in holders and not winner:
                    winner = actor1 = holders[t0].actor  # "expand ISIS scope of control": ISIS gains
                if not actor2 and winner and voice != "noun":
                    # "liberated the village of X following fierce clashes with ISIS gangs", "regained control over Y
                    # after driving out the rebel forces": the side fought for it
                    actor2 = _side_fought(sentence, acts, t0, t1, winner) or actor2
        elif kind == "advance" and actor1 and not actor2 and voice == "active":
            # "the Syrian army advanced into the Hatla area after intense fighting with the Islamic State": the side fought
            actor2 = _side_fought(sentence, acts, t0, t1, actor1, before=False)
        elif kind == "withdrawal":
            if (voice == "noun" or sentence[t0:t1].lower().endswith("drawal")) and not actor1:
                # "The surrender of Harasta by rebel group Ahrar al-Sham", "the withdrawal of ISIS from Manbij": the side
                # that gave the place up
                given_by = _agent(sentence, t1, [x for x in acts if x.start > t1], words=r"by|of")
                if given_by is not None:
                    actor1, actor2 = given_by.actor, ("" if actor2 == given_by.actor else actor2)
            loser = actor1
            pusher = next(
                (
                    x
                    for x in acts
                    if loser
                    and t1 < x.start < t1 + 240
                    and x.actor not in ("", actor1)
                    and _AS_A_RESULT.search(sentence, max(t1, x.start - 40), x.start)
                    and _ASSAULT_AFTER.match(sentence, x.end)
                    # (in the withdrawal's own sentence part: not "…, and clashes broke out as a result of Turkish
                    # attacks on Tal Rifat"; nor a place left to a third side: "…, leaving the town to the regime")
                    and not re.search(r"[;.]|,\s*(?:and|but|while)\b", sentence[t1 : x.start])
                    and not _LEFT_TO.search(sentence, t1)
                ),
                None,
            )
            if pusher is None and loser:
                pusher = _forcer(sentence, acts, t0, loser)
                forced_out = pusher is not None
                pusher = pusher or _moved_in(sentence, acts, t1, loser)
            if actor2 == actor1:
                actor2 = ""  # ("The U.S. forced the SDF to withdraw from X under the deal": the side leaving, no other)
        # -- places
        args = _arguments(sentence, places, t0, t1, voice, kind, c0, c1, prev_end, nxt_start)
        if kind == "withdrawal" and pusher is not None:
            # "The Syrian army withdrew from X …, as a result of rebels' massive counter-offensive": the side whose
            # attack drove it out took the place the withdrawal left
            taker = _sponsored(sentence, pusher, acts)  # ("the rebels backed by Turkish tanks": the backer's side)
            kind, winner, actor1, actor2 = "capture", taker, taker, loser
            left_at = _word_end(sentence, t0)
            # ("forced the FSA to evacuate Deir ez-Zor": the place itself, the verb's object)
            if forced_out and not (_FROM_NAMED.match(sentence, left_at) or _leaves_place(sentence, left_at)):
                # "Rebels forced the army to withdraw from the checkpoints around X", "… from a school in Manbij": ground
                # near the place, or in it, taken; not the place
                args = [replace(a, role="near") for a in args]
        elif kind == "withdrawal" and loser and (left := _left_in_hands(sentence, t1, acts, loser, places, args)):
            # "All regime forces have withdrawn from Mastouma, …, leaving it completely in the hands of opposition
            # fighters": the place taken by the side named after it (the readers of web181, web184 and web204 each
            # coded it as a capture, not a handover; "…, leaving it to the army" a handover)
            heir, args, kind = left
            winner, actor1, actor2 = heir, heir, loser
        if not args and toll_end is not None:
            args = _arguments(sentence, places, t0, t1, voice, kind, c0, c1, prev_end, toll_end)
        if args and voice != "passive":
            args = _listed_anaphor(sentence, places, t0, t1, args) + args
        if args and kind in _GOING_ON_KINDS:
            args += _going_on(sentence, places, args)
        if not args and kind in ("strike", "shelling", "explosive") and _WITH_INSTRUMENT.search(sentence, c0, t0):
            # "bomb Darayya with 15 missiles and with barrel bombs", "expand their control in X with a cover of
            # intense shelling": the instrument is used where the verb before it acts, by its subject
            used = next((q for q in reversed(preds) if q.end <= t0 and q.clause == (c0, c1)), None)
            if used is not None and not _SUPPORT_AFTER.match(sentence, t1):
                args = list(used.arguments)
                actor1 = actor1 or used.actor1
        if not args and kind in (*TRANSFERS, "withdrawal") and voice == "active" and _UNNAMED_TAKEN.match(sentence, t1):
            # "The regime forces in the capital re-advance and restore sites they lost": the subject's place
            args = [
                Argument(i, "near")
                for i, (s, e) in enumerate(places)
                if c0 <= s and e <= t0 and any(_SUBJECT_IN.fullmatch(sentence, x.end, s) for x in subjects)
            ][:1]
        if (
            not args
            and kind in TRANSFERS
            and voice == "active"
            and sentence[t0:t1].lower().endswith("ing")
            and _COUNTED_TAKEN.match(sentence, t1)
            and _COMMA_BEFORE.search(sentence, max(0, t0 - 4), t0)
        ):
            # "launched their offensive … in western Aleppo, seizing 13 villages": places unnamed, taken where the
            # offensive was (near it: no named place changes hands)
            used = next((q for q in reversed(preds) if q.end <= t0), None)
            if used is not None and used.kind in ("clash", "advance"):
                args = [replace(a, role="near") for a in used.arguments]
                actor2 = actor2 or used.actor2  # (the side it was fought against lost them)
                loser = loser or used.actor2
        if not args and kind == "withdrawal" and voice == "active":
            # "raids force the “Islamic State” in Palmyra city to withdraw to its surroundings": from there
            args = [
                Argument(i, "at")
                for i, (s, e) in enumerate(places)
                if c0 <= s
                and e <= t0
                and _FORCED_TO.fullmatch(sentence, e, t0)
                and any(_SUBJECT_IN.fullmatch(sentence, x.end, s) for x in subjects)
            ][-1:]
        if (
            not args
            and kind in ("killing", "clash", "arrest", "abduction")
            and voice == "active"
            # (not when the means is told after it, an act of its own: "Militants in Aleppo killed 9 civilians with
            # rocket fire" is the shelling's toll)
            and not any(t1 <= t[0] < c1 for t in triggers[ti + 1 :])
            and not _WITH_MEANS.match(sentence, t1, c1)
        ):
            # "Rebels in Tafas have killed a number of regime soldiers": where the subject is, when no place follows
            args = [
                Argument(i, "at")
                for i, (s, e) in enumerate(places)
                if c0 <= s
                and _SUBJECT_AUX.fullmatch(sentence, e, t0)
                and any(
                    x.end < s and (at := _SUBJECT_AT.match(sentence, x.end)) is not None and e <= at.end()
                    for x in subjects
                )
            ][-1:]
        named = [x for x in subjects if c0 <= x.start and x.end <= t0]
        if not args and kind in ("base", "agreement") and voice == "active" and named:
            # "Faction controlling Darat Azza swear allegiance to HTS": the place that names the subject is where (the
            # last, "Rebels in the Damascus suburb of Dumayr", unless it only locates the one before: "Syrian rebels in
            # Dumayr east of Damascus have agreed …")
            args = [Argument(i, "at") for i, (s, e) in enumerate(places) if named[-1].end <= s and e <= t0]
            while len(args) > 1 and (
                _BEARING_OF.match(sentence, places[args[-1].index][0])
                # ("the T4 airbase in Homs province"; not "in Daraa countryside in the town of Nawa")
                or _LOCATOR_GAP.search(sentence, places[args[-2].index][1], places[args[-1].index][0])
                # ("rebels in Quneitra near the Israeli-occupied Golan Heights", "Rebels in Moadamiyeh near the town of
                # Darayya"; but "Rebels in northern Homs near the town of Rastan": the town, nearer than an area)
                or (
                    _NEAR_GAP.search(sentence, places[args[-2].index][1], places[args[-1].index][0]) is not None
                    and _AREA_OR_BEARING.search(sentence, *places[args[-2].index]) is None
                )
            ):
                args = args[:-1]
            args = args[-1:]
        beside = next((q for q in reversed(preds) if q.end <= t0 and q.clause == (c0, c1)), None)
        if (
            kind == "clash"
            and voice == "noun"
            and beside is not None
            and _WITH_CLASHES.search(sentence, max(beside.end, t0 - 50), t0)
            and (not args or (_AND_IN.match(sentence, t1) and places[args[0].index][0] - t1 < 25))
        ):
            # "barrel bombs dropping over Wadi Barada with renewed clashes and in the Eastern Ghouta": there, and too
            args = [a for a in beside.arguments if a.index not in {b.index for b in args}] + args
        if (
            kind in TRANSFERS
            and ci + 1 < len(clauses)
            and (listing := _WHICH_INCLUDED.match(sentence, clauses[ci + 1][0])) is not None
            and all(a.role == "near" or places[a.index][1] <= t0 for a in args)
        ):
            # "captured a 25 km strip of land near the Jordanian border, which included the towns of Muzrib, Abdin,
            # and the al-Rai military checkpoint": the places the ground taken held
            held: list[Argument] = []
            last_end = listing.end()
            for i, (s, e) in enumerate(places):
                if s < last_end or e > clauses[ci + 1][1]:
                    continue
                if (held and not re.fullmatch(_LIST_GAP, sentence[last_end:s])) or (not held and s != last_end):
                    break  # (the list ends: "… and Abdin near Hama": Hama only locates)
                held.append(Argument(i, "at"))
                last_end = e
            args = held or args
        if not args and kind in _SHARING:
            args = _shared_arguments(sentence, places, triggers, ti, c0, c1, owners)
        if (
            not args
            and kind in _PERSONS_TAKEN_KINDS
            and ti + 1 < len(triggers)
            and triggers[ti + 1][2] == "clash"
            and triggers[ti + 1][0] < c1
            and _DURING_FIGHT.fullmatch(sentence, t1, triggers[ti + 1][0])
        ):
            # "were able to capture Colonel X during the fighting in Kafr Nabudah": taken where the fight was
            f0, f1, _, f_voice = triggers[ti + 1]
            f_next = min([c1] + [t[0] for t in triggers[ti + 2 :] if t[0] >= f1])
            args = _arguments(sentence, places, f0, f1, f_voice, "clash", c0, c1, f1, f_next)
        if (
            not args
            and voice != "passive"
            # (not a bare take of a place named by its type alone after a place the side came from, or one of another
            # clause: "Rebels advancing from Jisr al-Shughour took the town on Saturday", "IS fighters, driven from
            # al-Bab last week, took the village", "Russian jets bombed Idlib as rebels took the town": the place named
            # before is no place taken, the capture is listed unplaced; but "Rebels besieged Jisr al-Shughour for three
            # days and took the city on Saturday" took it)
            and not (
                _BARE_TAKE.match(sentence[t0:t1])
                and _TYPE_ONLY_OBJECT.match(sentence, t1)
                and _ORIGIN_BEFORE_TAKE.search(sentence, max(0, t0 - 90), t0) is not None
            )
        ):
            args = _antecedent(sentence, places, t0, t1, nxt_start)
            if kind in TRANSFERS and _CITYS_QUARTER_NEXT.match(sentence, t1):
                # "after seizing the city's largest opposition-controlled district": a quarter of the city, not it
                args = [Argument(a.index, "near") for a in args]
        if (
            not args
            and places
            and places[0][1] < t0
            and _FRONTED.fullmatch(sentence, 0, places[0][0])
            and sentence[places[0][1] : t0].lstrip().startswith(",")
            and not any(places[0][1] <= t[0] < t0 for t in triggers)
        ):
            # "In the neighboring town of Homs, security police shot two protesters": the scene the sentence opens
            # on, when its first act names no place of its own
            args = [Argument(0, "at")]
        if (
            not args
            and intro == "where"
            and voice != "noun"  # (not "where X are mounting a major offensive")
            # (not "entered Afrin city, where they took over the main hospital"; but "where forces are trying to oust the
            # militants" is fought there)
            and (kind not in TRANSFERS or outcome == "attempt")
        ):
            # "Al-Mayadeen lies south of Deir al-Zor city, where Syrian and allied forces are trying to oust the
            # militants": the place the relative adverb stands for
            args = [
                Argument(i, "at")
                for i, (s, e) in enumerate(places)
                if e <= c0 and _WHERE_GAP.fullmatch(sentence, e, c0)
            ][-1:]
        if (
            not args
            and places
            and kind not in TRANSFERS  # (not "calling for the fall of the militia group": no ground)
            and (opening := _FRONTED_LIST.match(sentence)) is not None
            and opening.end() <= t0
            and not any(t[0] < opening.end() for t in triggers)
        ):
            # "In the Idlib cities of Binnish and Jisr al-Shughour, HTS forces beat protesters": the places named after
            # "of" (the province before them only says where they lie)
            start = opening.start("items")
            args = [Argument(i, "at") for i, (s, e) in enumerate(places) if start <= s and e <= opening.end()]
        if not args and voice == "noun" and kind in _HARM_NOUNS:
            # "operations continue in al-Bab city and kill 7 fighters in mine explosions": the cause of the deaths
            # at the place named before them
            args = [
                Argument(i, "at")
                for i, (s, e) in enumerate(places)
                if e <= t0 and _KILLED_IN.fullmatch(sentence, e, t0)
            ][-1:]
        if not args and cause:
            # "Violent clashes after an attack by regime forces in al-Akrad mount": where the attack was
            a0, a1, _ = clauses[ci + 1]
            args = [
                Argument(i, "at")
                for i, (s, e) in enumerate(places)
                if a0 <= s < a1 and re.search(r"\b(?:in|at|on)\s+(?:the\s+)?$", sentence[max(a0, s - 10) : s])
            ][:1]
        if not args and kind in _SHARING and ci + 1 < len(clauses) and clauses[ci + 1][2] == "where":
            args = _where(sentence, places, triggers, clauses[ci + 1])
            there = [x for x in acts if clauses[ci + 1][0] <= x.start < clauses[ci + 1][1]]
            if args and there:
                # those gathered where it struck are its target, not its author
                actor2 = actor2 or there[0].actor
                actor1 = "" if actor1 == actor2 else actor1
        if (
            not args
            and kind in _SHARING
            and prev
            and preds
            and preds[-1].start == prev[-1][0]
            and preds[-1].kind in _SHARING
            and _COORDINATED.fullmatch(sentence, prev[-1][1], t0)
        ):
            args = list(preds[-1].arguments)  # "burning Idlib by rockets and aerial bombardment": there too
        advance = preds[-1] if preds and prev and preds[-1].start == prev[-1][0] else None
        if (
            kind in TRANSFERS
            and advance is not None
            and (advance.kind == "advance" or (advance.kind == "clash" and not args and advance.outcome == "done"))
            and advance.actor1 == actor1
            and (
                re.search(r"\band\s+(?:then\s+)?(?:\w+ly\s+)?$", sentence[prev_end:t0])
                # "continue to advance towards X, capturing 14 territories": the advance's gain, told by a participle
                or (sentence[t0:t1].lower().endswith("ing") and re.fullmatch(r"[^,;]*,\s*", sentence[prev_end:t0]))
            )
        ):
            # "advance in R and control X" is one capture at X; "advance in R and control villages", one near R;
            # "attacks Ahrar al-Sham in R and controls locations and checkpoints of them", a capture near R
            preds.pop()
            took = [a for a in advance.arguments if a.role == "at"][:1]
            if not args and took and _IT_OBJECT.match(sentence, t1):
                args = took  # "advanced into the town of X … and retaken it": the place entered is the prize
            args = args or [Argument(a.index, "near") for a in advance.arguments]
            actor2 = actor2 or advance.actor2
        if (
            not args
            and headline
            and len(places) == 1
            and kind not in (*TRANSFERS, "withdrawal", "advance", "siege")
            and places[0][1] <= t0
            and not _WIDER_PART.search(sentence, t1, nxt_start)
            # (nor when a place the gazetteer lacks is named right after it: "launched airstrikes on the town of Kafr
            # Taal" struck there, not near the one place placed)
            and not _UNPLACED_SITE_AFTER.match(sentence, t1)
            and (
                _clause_of(clauses, places[0][0]) == ci
                or clauses[_clause_of(clauses, places[0][0])][2] not in _ADVERBIAL
            )
        ):
            # a headline that names one place: "The capital Damascus enter its third day of violent clashes … and
            # factions resume a new phase of attack with mad shelling and bombing by the regime": there or near it
            # (not a place named in a background clause, nor the place of an advance or a withdrawal, nor when the
            # words name an unnamed part or the countryside of a place: "clashes in the north of the city",
            # "bombardment targets its countryside" happened somewhere the map cannot show)
            args = [Argument(0, "near")]
        if (
            args
            and kind in TRANSFERS
            and _UNNAMED_OBJECT.match(sentence, t1)
            and not _COUNTED_NAMES.match(sentence, t1)
        ):
            args = [Argument(a.index, "near") for a in args]
        if not args and kind in TRANSFERS and (colon := _COLON_LIST.match(sentence, t1)) is not None:
            # "The Syrian army liberated the following villages: Kafr Naha, Kafr Dael, Babis and Anadan": the places
            # the colon lists
            args = [Argument(i, "at") for i in _following_list(sentence, places, colon.end(), listed=True)]
        if kind == "violence" and _GUARDS.search(sentence, t0, t1):
            # border guards' shooting is where the words after them put it ("kill 3 citizens near X"), not at a place
            # of the news before ("clashes in X … and martyrdom of citizens by bullets from the border guards")
            # (or in the victims' own words right before: "a citizen killed in Tal Abyad by the border guards")
            own = [
                i
                for i, (s, e) in enumerate(places)
                if e <= t0 and _VICTIM_IN.search(sentence, max(0, s - 30), s) and _GUARDS_GAP.fullmatch(sentence, e, t0)
            ]
            args = [a for a in args if places[a.index][0] >= t1] or [Argument(i, "at") for i in own[-1:]]
        if (
            not args
            and kind in TRANSFERS
            and voice == "active"
            and intro == "which"
            and sentence[c0 : c0 + 5].lower() == "which"
        ):
            # "the town of Salma, which government troops captured last week": the place the relative pronoun stands for
            args = _which_antecedent(sentence, places, c0)
        if not args and kind in TRANSFERS and voice == "active" and _THIS_PLACE.match(sentence, t1):
            # "… have left Al-Qaboun so far …, as the Syrian government has taken control over this district": the
            # place the demonstrative points back to, the last one named before it
            args = [Argument(i, "at") for i, (_, e) in enumerate(places) if e <= t0][-1:]
        # "Under a cover of intensive shelling… the regime forces advance in X": fire covering the move that follows
        # ("Regime forces supported by intensive shelling achieve a new advancement in X": the same)
        covering = (
            not args
            and kind in _SHARING
            and bool(
                _COVER_BEFORE.search(sentence, max(0, t0 - 40), t0) or _SUPPORT.search(sentence, max(0, t0 - 40), t0)
            )
        )
        fat = fatalities(sentence[c0:c1]) if kind not in TRANSFERS else None
        nxt_victims = min([c1] + [t[0] for t in triggers[ti + 1 :] if t[0] >= t1])
        (covers if covering else preds if args else loose).append(
            Predicate(
                kind,
                voice,
                t0,
                t1,
                sentence[t0:t1],
                aspect,
                outcome,
                actor1,
                actor2,
                winner,
                loser,
                tuple(args),
                date,
                precision,
                phrase,
                fat,
                (c0, c1),
                # ("airstrikes also targeted X, Y and Z without injuries": no victims of these strikes)
                killed_by_aircraft
                or (
                    not _unharmed(sentence, t1, nxt_victims)
                    and bool(
                        _victims_named(sentence, prev_end, _victims_end(sentence, t1, nxt_victims))
                        or _COUNTED_PEOPLE.search(sentence, prev_end, nxt_victims)
                        # "the Islamic State kill a person in X", "Gunmen kill a young man": a side's killing of one
                        # person of no side
                        or (kind == "killing" and _ONE_PERSON.match(sentence, t0))
                        # "Shelling on Dael kills a woman", "a mine explosion kills a person": one person of no side killed
                        # by fire or a blast, as "kill 7 persons" (the gold's later rulings; dev2 and dev4 read no side)
                        or (kind in _REMOTE and _ONE_PERSON.search(sentence, t1, nxt_victims))
                        or (kind in _REMOTE and _ONE_KILLED_IN.search(sentence, max(prev_end, t0 - 80), t0))
                        # "Four children were killed after a landmine exploded", "16 people … were killed when jets
                        # bombed X": the toll's clause before names the blast's victims
                        or (kind in _REMOTE and not prev and _KILLED_WHEN.search(sentence, max(0, c0 - 200), t0))
                        # "carried out bomb attacks in the Idlib city center, and killed six people": the toll the
                        # comma puts in a clause of its own, with no subject of its own, is this act's
                        or (
                            kind in _REMOTE and nxt_victims == c1 and _AND_KILLED_PEOPLE.match(sentence, c1) is not None
                        )
                    )
                ),
                targets,
                kind == "capture" and bool(_ONE_PLACE.match(sentence, t1)),
            )
        )
    for cover in covers:
        covered = next((q for q in preds if q.start > cover.end and q.kind in (*TRANSFERS, "advance", "clash")), None)
        if covered is None:
            loose.append(cover)  # fire covering no move the sentence places: an event word with no place
            continue
        # (the side that moves under it is not its target)
        actor2 = "" if cover.actor2 == covered.actor1 else cover.actor2
        preds.append(replace(cover, actor1=cover.actor1 or covered.actor1, actor2=actor2, arguments=covered.arguments))
    preds += _air_cover(sentence, acts, preds, loose)
    preds.sort(key=lambda q: q.start)
    loose.sort(key=lambda q: q.start)
    # (the sides named, with those that only tell it: a quote's "we" is its speaker's side)
    sides_named = (acts, actors)
    preds = _sides(sentence, _refine(sentence, preds, places), sides_named, subjects, places, clauses, victims)
    loose = _sides(sentence, _refine(sentence, loose, places, preds), sides_named, subjects, places, clauses, victims)
    preds, loose = _shared_target(sentence, _shared_victims(sentence, preds), _shared_victims(sentence, loose))
    preds, loose = _flown_by(sentence, preds, loose)
    # (the verb before may be one with no place of its own: "fired several rockets in the early hours of Saturday,
    # targeting places in X")
    both = (*preds, *loose)
    preds = [
        _fired_on(
            sentence,
            _another(sentence, _besieged_subject(sentence, _participle_subject(sentence, p, both, acts)), both),
            both,
            acts,
        )
        for p in preds
    ]
    loose = [
        _another(sentence, _besieged_subject(sentence, _participle_subject(sentence, p, both, acts)), both)
        for p in loose
    ]
    if not any(p.aspect == "event" for p in (*preds, *loose)):
        # "Protesters gathered in Suwayda for the 100th day since protests began": the only protest of the sentence
        # is told in its "since" clause, so that is the day's (how long it lasted is background only beside another)
        preds, loose = _since_protest_kept(sentence, preds), _since_protest_kept(sentence, loose)
    alone = preds or loose
    if len(alone) == 1 and alone[0].fatalities is None and alone[0].kind not in TRANSFERS:
        n = fatalities(sentence)
        if n is not None:
            alone[0] = replace(alone[0], fatalities=n)
    statements = _statements(sentence, acts, places)
    first_subject = next((p.actor1 for p in preds if p.actor1 and p.voice not in ("passive", "reduced")), "")
    if not first_subject:
        first_subject = subjects[0].actor if subjects else previous_subject
    return Reading(tuple(preds), tuple(statements), first_subject, tuple(loose))


def _rival_factions(a: ActorMention, b: ActorMention) -> bool:
    """Two rebel groups named apart ("Al-Rahman Corps" and "Jaysh al-Islam"): the opposition is many groups, so a
    fight between two of them has the opposition on both sides (ACLED's rebel in-fighting)."""
    return (
        a.actor == b.actor == "opposition"
        and a.surface.casefold() != b.surface.casefold()
        and not _GENERIC_SIDE.fullmatch(a.surface)
        and not _GENERIC_SIDE.fullmatch(b.surface)
    )


def _shared_victims(sentence: str, preds: list[Predicate]) -> list[Predicate]:
    """ "About 45 shells, raids and missiles kill and injure more than 50 citizens", "Aerial bombardments and mines
    kill many persons": weapons listed together share the victims the last one's words name (civilians); and
    "Thirteen people were killed in regime shelling and air strikes in X": the toll before both is theirs."""
    out = list(preds)
    for i in range(len(out) - 2, -1, -1):
        p, q = out[i], out[i + 1]
        if q.civilian_victims and not p.civilian_victims and _joined_weapons(sentence, p, q):
            out[i] = replace(p, civilian_victims=True)
    for i in range(1, len(out)):
        p, q = out[i - 1], out[i]
        if (
            p.civilian_victims
            and not q.civilian_victims
            and _joined_weapons(sentence, p, q)
            and _KILLED_WHEN.search(sentence, max(0, p.clause[0] - 200), p.start)
        ):
            out[i] = replace(q, civilian_victims=True)
    return out


def _joined_weapons(sentence: str, p: Predicate, q: Predicate) -> bool:
    """``p`` and ``q`` are weapons listed together in one clause ("shells, raids and missiles")."""
    return (
        p.kind in _REMOTE
        and q.kind in _REMOTE
        and p.clause == q.clause
        and _COORDINATED.fullmatch(sentence, p.end, q.start) is not None
    )


def _shared_target(
    sentence: str, preds: list[Predicate], loose: list[Predicate]
) -> tuple[list[Predicate], list[Predicate]]:
    """ "Anonymous attacked and assassinate an HTS leader", "More assassinations are carried out in Idlib city and
    target a leader in HTS": fighting whose target the next, coordinated verb names has that target too."""
    both = sorted([(q.start, 0, i) for i, q in enumerate(preds)] + [(q.start, 1, i) for i, q in enumerate(loose)])
    lists = (list(preds), list(loose))
    for (_, a, i), (_, b, j) in itertools.pairwise(both):
        p, q = lists[a][i], lists[b][j]
        if (
            p.kind == "clash"
            and not p.actor2
            and q.actor2
            and q.actor1 == p.actor1
            and q.kind in ("clash", "generic", "shelling", "killing", "violence")
            and not q.trigger.lower().endswith("ing")  # "clashes in X and targeting a car of the SDF near Y": two acts
            and _AND_VERB_GAP.fullmatch(sentence, p.end, q.start)
        ):
            lists[a][i] = replace(p, actor2=q.actor2, objects=q.objects or (q.actor2,))
    return lists


def _flown_by(sentence: str, preds: list[Predicate], loose: list[Predicate]) -> tuple[list[Predicate], list[Predicate]]:
    """ "The four warplanes belonging to the Russian base in Latakia carried out several air raids on X": the aircraft
    word, left with no place of its own, is the subject of the raids that follow — one strike, by the aircraft's
    side."""
    out = list(preds)
    used: set[int] = set()
    for k, p in enumerate(out):
        if p.kind != "strike" or p.actor1:
            continue
        for j, q in enumerate(loose):
            if (
                j not in used
                and q.kind == "strike"
                and q.actor1
                and q.clause == p.clause
                and q.end <= p.start
                and _AIRCRAFT_TRIGGER.fullmatch(q.trigger)
                and _FLEW_GAP.fullmatch(sentence, q.end, p.start)
            ):
                out[k] = replace(p, actor1=q.actor1)
                used.add(j)
                break
    return out, [q for j, q in enumerate(loose) if j not in used]


_AIRCRAFT_TRIGGER = re.compile(r"(?:war)?(?:planes|aircraft|jets|helicopters|drones)", re.I)
#: between aircraft and the raids they carry out: " belonging to the Russian base in Latakia carried out several "
_FLEW_GAP = re.compile(
    r"[^.;:]{0,80}?\b(?:carried\s+out|launched|conducted|executed|staged)\s+(?:[\w-]+\s+){0,2}", re.I
)


#: what may stand between two coordinated verbs of one subject: "attacked and", "are carried out in Idlib city and"
_AND_VERB_GAP = re.compile(r"(?:\s+(?:are|were|is|was)\s+carried\s+out)?[^,;.:]{0,40}?\s+and\s+", re.I)


#: "another" as the subject of a strike word: "a Turkish drone targeted a bakery in X, while another struck a factory"
_ANOTHER_BEFORE = re.compile(
    r"(?:\b(?:while|and|as|whereas)|,)\s+(?:another|a\s+second|a\s+third|others|the\s+other)\s+(?:one\s+)?(?:also\s+)?$",
    re.I,
)
_BARE_STRIKE_WORD = re.compile(r"(?:struck|strikes?|hit|hits|targeted|targets|bombed|pounded|shelled)$", re.I)


def _another(sentence: str, p: Predicate, both: Sequence[Predicate]) -> Predicate:
    """ "A Turkish drone also targeted a bakery in Derik, while another struck a dairy factory": "another" is one more
    of the striking side's drones, so the act is the strike before it again: its side, and its kind when the word's
    own is only shelling or generic (not "while another struck by shrapnel was taken to hospital")."""
    if (
        p.actor1
        or not _BARE_STRIKE_WORD.match(p.trigger)
        or not _ANOTHER_BEFORE.search(sentence, max(0, p.start - 30), p.start)
        or re.match(
            r"\s+by\b", sentence[p.end : p.end + 4]
        )  # ("while another struck by shrapnel was taken to hospital")
    ):
        return p
    q = max(
        (q for q in both if q.end <= p.start and q.kind in (*_REMOTE, "generic")), key=lambda q: q.end, default=None
    )
    if q is None:
        return p
    return replace(p, kind=q.kind if p.kind in ("shelling", "generic") else p.kind, actor1=q.actor1)


#: the subject's lot before "siege": "Jabhat al-Nusra is currently under siege in X", "remain under a tight siege"
_UNDER_SIEGE = re.compile(
    r"\b(?:is|are|was|were|remains?|remained|been|now|still)\s+(?:\w+ly\s+|still\s+|now\s+)?under\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+)?$",
    re.I,
)


def _besieged_subject(sentence: str, p: Predicate) -> Predicate:
    """ "Jabhat al-Nusra is currently under siege in the Qalamoun Mountains, as Hezbollah and the army control …":
    the subject is besieged, so it is the side fought (actor2), and the other side named, if any, besieges it."""
    if (
        p.kind != "siege"
        or p.trigger.lower() != "siege"
        or not _UNDER_SIEGE.search(sentence, max(0, p.start - 40), p.start)
    ):
        return p
    if p.actor2 and p.actor1:
        return replace(p, actor1=p.actor2, actor2=p.actor1)
    return replace(p, actor1="", actor2=p.actor1 or p.actor2)


def _counted_captured_by(sentence: str, t0: int, t1: int) -> bool:
    """Whether the capture word at ``t0:t1`` is a passive of counted fighters with its agent after it ("five Syrian
    soldiers were captured by the HTS"): persons taken by that side, an arrest."""
    return bool(
        (
            _COMBATANTS_BEFORE.search(sentence, max(0, t0 - 60), t0)
            # ("44 Fijian soldiers, all of whom are members of the … force … and were captured by rebels")
            or _OF_WHOM_BEFORE.search(sentence, max(0, t0 - 160), t0)
        )
        and _BY_WORD_NEXT.match(sentence, t1)
    )


def _since_protest_kept(sentence: str, preds: list[Predicate]) -> list[Predicate]:
    """The sentence's protests told only in a "since" clause, read as the day's; not one whose clause names a past
    date ("… since protests erupted there in 2011", "since demonstrations in May")."""
    return [
        replace(p, aspect="event")
        if is_protest_act(p) and p.aspect == "since" and not _DATED_SINCE.search(sentence, p.end)
        else p
        for p in preds
    ]


_BY_WORD_NEXT = re.compile(r"\s+by\b", re.I)


def is_protest_act(p: Predicate) -> bool:
    """Whether a predicate tells of a protest: the crowd's act, its riot, or force used on it.

    Parameters
    ----------
    p : Predicate
        A predicate of :func:`read_sentence`.

    Returns
    -------
    bool
        True for a protest or riot, or an act of violence or fighting whose target is the protesters.
    """
    return p.kind in ("protest", "riot") or (p.kind in ("violence", "clash") and p.actor2 == "protesters")


#: what fire is aimed at, up to the crowd's word: " at a ", " on the large "
_AT_THE_CROWD = r"\s+(?:at|on|upon|into)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$"
#: fire aimed at a protest, right before its word: "Police fired on a ", "troops shot at the ", "while shooting at a "
#: (also read by :mod:`geo.events`: a protest fired on is force against it)
FIRED_ON_BEFORE = re.compile(
    r"\b(?:fired(?:\s+(?:live\s+)?(?:shots|bullets|rounds))?|shot|opened\s+fire|shooting|firing|opening\s+fire)"
    + _AT_THE_CROWD,
    re.I,
)
#: the same told by a participle with no subject of its own (the side acting before it fired): "while shooting at a ",
#: ", opening fire on the "
_FIRE_AT_BEFORE = re.compile(r"(?:\bwhile|\bby|\bwhen|,)\s+(?:shooting|firing|opening\s+fire)" + _AT_THE_CROWD, re.I)


def _fired_on(sentence: str, p: Predicate, preds: Sequence[Predicate], acts) -> Predicate:
    """ "The SDF killed three people while shooting at a protest in X": a protest fired on is met by force, of the side
    whose act before it in the sentence the shooting goes with."""
    if p.kind != "protest" or p.actor2 or not _FIRE_AT_BEFORE.search(sentence, max(0, p.start - 50), p.start):
        return p
    q = max(
        (q for q in preds if q.end <= p.start and q.actor1 not in ("", "protesters") and q.kind != "protest"),
        key=lambda q: q.end,
        default=None,
    )
    if q is not None:
        return replace(p, actor2=q.actor1)
    # (or the side named last before it: "The U.S.-backed SDF killed three people while shooting at …")
    # (not the protesters or the people killed: "Security forces killed three protesters while shooting at a protest")
    x = max(
        (x for x in acts if x.end <= p.start and x.actor not in ("protesters", "civilians")),
        key=lambda x: x.end,
        default=None,
    )
    return p if x is None else replace(p, actor2=x.actor)


#: the -ing words of taking that open a multi-word capture: "restoring control over", "regaining full control of"
_TAKING_ING = re.compile(
    r"(?:regain|restor|tak|seiz|captur|recaptur|retak|secur|impos|establish|gain|wrest|assum)ing", re.I
)
#: a word that opens a clause of its own between a verb and a side: "as", "while", a comma
_CLAUSE_OPENS = re.compile(r"\b(?:as|while|but|when|whereas|after|before|until|and)\b|[,;]", re.I)


#: "before"/"then" right before an -ing verb that goes on from the act before it
_THEN_ING_BEFORE = re.compile(r"\b(?:before|then)\s+$", re.I)


#: a possessive or an article right before a word, which makes it a noun: "regime’s ", "the ", "its "
_NOUN_MARK_BEFORE = re.compile(r"(?:['’]s?|\bthe|\bits|\btheir|\ban?)\s+$", re.I)
#: a suicide attacker named before a bare "strike" in its clause
#: a suicide bomber as the subject of the explosive word after it, no comma between: "A suicide bomber from Al Nusra
#: Front "
_SUICIDE_SUBJECT = re.compile(
    r"\bsuicide\s+(?:bomber|attacker)s?\b(?:(?!\band\s+(?:his|her|their)\b)[^,;.]){0,50}$", re.I
)
_SUICIDE_BEFORE = re.compile(r"\bsuicide\s+(?:bombers?|attackers?|car\s+bombs?|bombings?|attacks?)\b", re.I)


#: an aim told by a participle with no subject of its own, right before its verb: ", while aiming to ", " as it
#: sought to "
_AIMING_BEFORE = re.compile(
    r"(?:,\s*|\b)(?:while|as)\s+(?:aiming|trying|seeking|attempting|striving|working)\s+to\s+$", re.I
)


def _participle_subject(sentence: str, p: Predicate, preds: Sequence[Predicate], acts) -> Predicate:
    """ "Regime forces advanced towards X, shelling the village, while Russian jets bombed Y": an -ing word right
    after a comma is done by the subject of the verb before it (when no side is named between the two), not by a
    side named later in the sentence."""
    # (or its first word, a word of taking: "…, restoring control over X"; not "…, losing control over X")
    first = p.trigger.split()[0].lower()
    # ("retook several border posts with Jordan before capturing the official Nasib crossing": the same subject's next act)
    # ("Regime forces swept through Mesraba, while aiming to capture the adjacent town of Madira": an aim with no
    # subject of its own)
    aiming = _AIMING_BEFORE.search(sentence, max(0, p.start - 40), p.start) is not None
    if not aiming and (
        not (p.trigger.lower().endswith("ing") or _TAKING_ING.fullmatch(first))
        or not (
            _COMMA_BEFORE.search(sentence, max(0, p.start - 4), p.start)
            or _THEN_ING_BEFORE.search(sentence, max(0, p.start - 12), p.start)
        )
    ):
        return p
    q = max((q for q in preds if q.end <= p.start and q.actor1), key=lambda q: q.end, default=None)
    if q is None or q.actor1 == p.actor1:
        return p
    # (a side named between that the verb before acts on is no new subject: "launched their offensive against
    # government troops in western Aleppo, seizing 13 villages"; nor the object of a participle of the same chain
    # between: "continued their operations in X, targeting the gatherings of Jabhat al-Nusra, establishing full control
    # on Y")
    chained = min(
        (
            r.start
            for r in preds
            if q.end <= r.start < p.start
            and r.trigger.lower().endswith("ing")
            and _COMMA_BEFORE.search(sentence, max(0, r.start - 4), r.start)
        ),
        default=p.start,
    )
    if any(q.end <= x.start < chained and x.actor != q.actor2 for x in acts):
        return p
    if p.actor1 and any(
        x.actor == p.actor1
        and x.start < p.start
        # (not the side the verb before acts on: "army units continued chasing ISIS terrorists in the countryside,
        # restoring control over X" is the army's; but "Government jets bombed rebel positions in Idlib as rebels
        # pressed on, capturing X" names the rebels again as a clause's subject)
        and not (x.actor == q.actor2 and q.end <= x.start and not _CLAUSE_OPENS.search(sentence, q.end, x.start))
        for x in acts
    ):
        return p  # its own side is named before it ("Russian jets, backing the army, bombing X")
    if p.kind in TRANSFERS and p.winner == p.actor1:
        loser = p.loser if p.loser and p.loser != q.actor1 else q.actor2  # (the side the verb before acted on)
        return replace(p, actor1=q.actor1, winner=q.actor1, loser=loser, actor2=loser)
    return replace(p, actor1=q.actor1, actor2="" if p.actor2 == q.actor1 else p.actor2)


#: "… and martyrs in shelling on Y": victims the next event word's, told after "and" before it
_VICTIMS_OF_NEXT = re.compile(
    r"\band\s+(?:\w+\s+){0,3}?(?:martyr\w*|casualties|victims|civilians?|citizens?)\s+"
    r"(?:\w+\s+){0,3}?(?:in|by|due\s+to|of)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
#: a clause of its own dead: "75 air and rocket strikes target Daraa city and a child was killed by unidentified
#: bullets in Idlib" (the child is not the strikes' victim)
_OWN_DEAD = re.compile(
    r"\band\s+(?:[\w-]+\s+){0,6}?(?:was|were|is|are|has\s+been|have\s+been)\s+"
    r"(?:killed|injured|wounded|martyred|shot|assassinated|executed|kidnapped|abducted|arrested)"
    # (by its own agent or somewhere else: "… and 5 civilians were killed" alone may be the earlier act's dead)
    r"(?=\s+(?:by\b|in\s+(?:the\s+)?(?:countryside|city|town|village)\s+of\b|in\s+(?-i:[A-Z])))",
    re.I,
)


def _victims_end(sentence: str, t1: int, nxt: int) -> int:
    """Where the victims of the event word ending at ``t1`` may be named: up to the next event word ``nxt``, or to
    the "and" that opens that word's own victims ("Regime forces target X and martyrs in shelling in Y")."""
    own = _OWN_DEAD.search(sentence, t1, min(len(sentence), nxt + 60))  # (its verb may be the next event word)
    if own is not None and own.start() < nxt:
        return own.start()
    m = _VICTIMS_OF_NEXT.search(sentence, t1, nxt) if nxt < len(sentence) else None
    return m.start() if m is not None and m.end() == nxt else nxt


#: a comma ending right before a word: "…, shelling both villages"
_COMMA_BEFORE = re.compile(r",\s*$")


def _last_they(sentence: str, c0: int, t0: int) -> re.Match[str] | None:
    """The last "they" or "it" between ``c0`` and ``t0``."""
    found = list(_THEY.finditer(sentence, c0, t0))
    return found[-1] if found else None


_THEY = re.compile(r"\b(?:they|it)\b", re.I)


def _sources_side(sentence: str, mentions: Sequence[ActorMention], end: int) -> str:
    """The side whose sources speak right before ``end`` ("SDF sources said ", "sources affiliated to the SDF
    reported that "), or ''."""
    for x in reversed(mentions):
        if x.end > end or end - x.end > 80:
            continue
        if any(x.end <= y.start and y.end <= end for y in mentions):
            return ""  # "SDF officials accused Turkey and said it shelled X": the side named nearer is "it"
        if (
            _SIDE_SOURCE_AFTER.match(sentence, x.end)
            or _AFFILIATED_BEFORE.search(sentence, max(0, x.start - 40), x.start)
        ) and _SAID_BEFORE_PRONOUN.fullmatch(sentence, x.end, end):
            return x.actor
    return ""


#: a side's own sources after its name (not activists or monitors, who speak of what they saw): " sources", " officials"
_SIDE_SOURCE_AFTER = re.compile(
    r"\s+(?:military\s+|field\s+|media\s+)?(?:sources?|officials?|spokes(?:man|woman|person)|commanders?)\b", re.I
)
#: sources tied to a side, right before its name: "Field sources affiliated to the ", "sources close to "
_AFFILIATED_BEFORE = re.compile(r"\bsources?\s+(?:affiliated|linked|close|loyal)\s+(?:to|with)\s+(?:the\s+)?$", re.I)


def _before_partner_aside(sentence: str, subj: list) -> list:
    """``subj`` without the partners an aside names after the side ("The SDF, with air support from the U.S.-led
    coalition, said it …": the SDF speaks), when a side stands before that aside."""
    kept = [x for x in subj if not (_in_partner_aside(sentence, x))]
    return kept if kept and len(kept) < len(subj) else subj


def _in_partner_aside(sentence: str, x) -> bool:
    """Whether the side ``x`` is a partner named in an aside after the side that acts ("Al-Nusra Front, in coordination
    with rebel groups of Jund al-Aqsa, seized X"; "The SDF, with coalition air support, said it captured Y")."""
    if (
        _PARTNER_ASIDE.search(sentence, max(0, x.start - 80), x.start) or _ASSAILANT_ASIDE.search(sentence, 0, x.start)
    ) and _CLOSING_ASIDE.match(sentence, x.end):
        return True  # (and an assailant's: "The army, under assault from rebels and Nusra Front, withdrew from X")
    return bool(
        _WITH_PARTNER_BEFORE.search(sentence, max(0, x.start - 12), x.start) and _SUPPORT_CLOSES.match(sentence, x.end)
    )


#: an aside naming who assails the side: ", under assault from ", ", under heavy attack by the "
_ASSAILANT_ASIDE = re.compile(
    r",\s+under\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:assault|attack|fire|pressure|bombardment|shelling)s?\s+"
    r"(?:from|by)\s+(?:the\s+)?(?:[^,;.]{0,60}?\s+)?$",
    re.I,
)
#: a partner's aside that names its side before the support: ", with " of ", with coalition air support,"
_WITH_PARTNER_BEFORE = re.compile(r",\s+with\s+(?:the\s+)?$", re.I)
_SUPPORT_CLOSES = re.compile(r"\s+(?:[\w-]+\s+)?(?:support|backing|cover|help)\s*[,—–]", re.I)


def _aside_end(sentence: str, end: int) -> int:
    """Where a partner's aside that opens right after a side ending at ``end`` closes (after its comma), else
    ``end``."""
    m = _PARTNER_ASIDE_AFTER.match(sentence, end)
    return m.end() - 1 if m else end


#: a partner's aside right after a side, to its closing comma: ", with air support from the U.S.-led coalition,"
_PARTNER_ASIDE_AFTER = re.compile(
    # ("…, with coalition air support, said it …": the partner before its support)
    r",\s+(?:" + _PARTNER_OPENS + r"|with\s+(?:the\s+)?(?=(?:[\w.-]+\s+){1,3}?(?:support|backing|cover|help)\s*,))"
    # (an initial's full stop inside it: "the U.S.-led coalition")
    r"\s*(?:[^,;.]|(?<=\b[A-Z])\.){1,80},",
    re.I,
)
#: people who fight no one, a passive's victims: "Four women were killed by rebels when they took back X"
_NON_COMBATANTS = re.compile(
    r"\b(?:civilians?|people|women|children|residents|famil(?:y|ies)|villagers|citizens|persons|worshippers|"
    r"farmers|shepherds|workers)\b[^,;.]{0,20}?\b(?:was|were|had\s+been|have\s+been)\s+[^,;.]{0,30}$",
    re.I,
)
#: between a passive's agent and a pronoun that stands for it: " when ", ", as "
_AGENT_THEN_GAP = re.compile(r"\s*,?\s*(?:when|as|after|while|before)\s+", re.I)


def _agent_then(sentence: str, acts, at: int):
    """The side named by a passive's "by" right before a time clause whose pronoun starts at ``at``, when the passive's
    subject is civilians, who take nothing ("civilians were killed by the regime when they took back X"; not "Ten
    rebels were killed by government forces as they withdrew from X": the rebels withdrew), or None."""
    return next(
        (
            x
            for x in acts
            if x.end <= at
            and x.actor not in ("", "civilians", "protesters")
            and _AGENT_THEN_GAP.fullmatch(sentence, x.end, at)
            and re.search(r"\b(?:\w+ed|\w+en)\s+by\s+(?:the\s+)?$", sentence[max(0, x.start - 30) : x.start], re.I)
            and (
                any(y.actor == "civilians" and y.end <= x.start for y in acts)
                or _NON_COMBATANTS.search(sentence, 0, x.start) is not None
            )
        ),
        None,
    )


#: from a side's name to the pronoun its sources speak with: " sources said ", " reported that "
_SAID_BEFORE_PRONOUN = re.compile(
    r"[^.;]{0,40}?\b(?:said|say|says|reported|reports|claimed|claims|confirmed|announced|told\s+[\w'’-]+(?:\s+[\w'’-]+)?)"
    r"\s+(?:on\s+\w+day\s+)?(?:that\s+)?",
    re.I,
)


#: a source's or a page's label opening a headline: "Syrian TV: ", "State media:", "Watch | "
_SOURCE_LABEL = re.compile(r"^[^:.;|]{1,30}[:|]\s*")
_IN_FULL_CONTROL = re.compile(r"(?:(?:is|are|was|were)\s+)?[‘“'\"]?in\s+(?:(?:full|complete|total)\s|control\b)", re.I)
_AFTER_CLEARING_RE = re.compile(_AFTER_CLEARING, re.I)
#: what makes a whole hold a state, not the day's news: a relative clause, a condition or time clause, a hold long held
#: or ended ("since", "until", "for years"), a contrast with long ago
_IN_FULL_CONTROL_STATE = re.compile(
    r"\b(?:which|who|whose|if|unless|until|once|when|whether|while|as\s+long\s+as|before|after)\s+"
    r"(?:[\w'’()-]+\s+){0,5}$",
    re.I,
)
#: a hold that lasts or ended, after the place: "… of Raqqa until October 2017", "… of Idlib since 2015"
_HOLD_LASTS_AFTER = re.compile(
    r"[^,;.]{0,60}?\b(?:until|till|since|for\s+(?:years|months|weeks|a\s+long\s+time)|before\s+(?:the|it|they|being)|"
    r"at\s+the\s+time|back\s+then|then|already|still|remains?|remained)\b",
    re.I,
)
#: what tells a whole hold as the day's news: a day, or a speaker's verb ("residents said", "the army says it is …")
_HOLD_NEWS_CUE = re.compile(
    r"\b(?:said|says|say|announced|announces|reported|reports|told|claimed|claims|confirmed|confirms|declared|"
    r"declares|according\s+to|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)\b",
    re.I,
)
#: after the day's loss by the other side, "now" and the subject before "is in full control of": "and now the Islamic
#: State "
_NOW_SUBJECT = re.compile(r"(?:^|[,;]\s*|\band\s+)now\s+(?:the\s+)?(?:[\w'’()-]+\s+){1,4}$", re.I)
_FELL_BEFORE = re.compile(
    r"\b(?:pulled\s+(?:out|back)|withdr[eaw]\w*|retreated|fell|collapsed|fled|evacuated|abandoned|lost|"
    r"surrendered|(?:driven|pushed|forced)\s+out|expelled|handed\s+over)\b",
    re.I,
)
#: what is held whole but is no place taken: a province, the skies, a road, a situation
_WHOLE_HOLD_NO_PLACE = re.compile(
    r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:province|governorate|countryside|region|airspace|skies|sky|roads?|"
    r"highways?|situation|security|border(?!\s+crossing)|borders|frontier|country|north|south|east|west)\b",
    re.I,
)


def _in_full_control_state(sentence: str, t0: int, t1: int, acts) -> bool:
    """Whether the whole hold "X is/was in full control of Y" at ``t0`` is a state rather than the day's news: kept as
    news when a side stands right before it (the subject, or a headline's "ISIL in full control of Palmyra"), in a main
    clause, of a place (not a province, the skies or a road), with no word that the hold lasts or ended ("since",
    "until", "still") and no contrast with long ago ("Years ago the army held Palmyra, and now IS is in full control");
    or when it is what the holder declares ("The army announced that the City of Palmyra is under its control")."""
    if _holders_word(sentence, t0, t1, acts) or _AFTER_CLEARING_RE.match(sentence, t1):
        return False  # (the hold the clearing just gave: "are in full control of Yabroud after clearing out rebels")
    bare = not re.match(r"(?:is|are|was|were)\s", sentence[t0:t1], re.I)
    if bare:
        # (a headline's "ISIL in full control of Syria's Palmyra", or "claimed to be in full control of X")
        claimed = re.search(r"\b(?:claim(?:s|ed|ing)?|said|says|declared|announced)\s+to\s+be\s+$", sentence[:t0], re.I)
        # ("Syrian TV: Army in full control of Qusair": past a source's label)
        # ("Syrian Republican Guard and Russian forces in full control of Tal Rifaat town": two sides named first)
        firsts = [x for x in acts if not _SOURCE_LABEL.sub("", sentence[: x.start]).strip(" “\"'‘")]
        headline = any(
            x.end <= t0
            and not sentence[x.end : t0].strip()
            and (
                any(x is y for y in firsts)
                or any(y.end <= x.start and _COORDINATION.fullmatch(sentence, y.end, x.start) for y in firsts)
            )
            for x in acts
        )
        if not claimed and not headline:
            return True
    if _IN_FULL_CONTROL_STATE.search(sentence, max(0, t0 - 50), t0):
        return True
    if re.search(r"\b(?:still|already|long|remains?|remained|also|no\s+longer|not|never)\s+$", sentence[:t0], re.I):
        return True
    if re.search(r"\bpolice\s+(?:units?\s+|forces?\s+)?$", sentence[:t0], re.I):
        return True  # ("Russian military police are in full control of Douma": men deployed after a deal)
    if _WHOLE_HOLD_NO_PLACE.match(sentence, t1) or _HOLD_LASTS_AFTER.match(sentence, t1):
        return True
    if _CLAIM_DISPUTED.search(sentence, t1) or re.search(r"\bden(?:y|ies|ied)\b", sentence[:t0], re.I):
        return True  # ("Rebels are in full control of eastern Aleppo, the army denied": a claim disputed)
    if _LONG_AGO.search(sentence, max(0, t0 - 120), t0):
        return True
    if bare or _HOLD_NEWS_CUE.search(sentence):
        return False  # (a day, a speaker, a headline's or a claim's words: the day's news)
    # (bare, "The army is in full control of Palmyra" is who holds it; but after the day's loss by the other side,
    # "Some regime troops pulled out, and now IS is in full control of Tabqa")
    now = _NOW_SUBJECT.search(sentence, max(0, t0 - 40), t0)
    return now is None or not _FELL_BEFORE.search(sentence, max(0, now.start() - 120), now.start())


def _holders_word(sentence: str, t0: int, t1: int, acts) -> bool:
    """Whether "X is/was under its control" or "… under the control of Y" at ``t0`` is what the holder declares
    ("The Syrian army announced that the City of Palmyra is under the control of the Syrian forces"): a word of the
    day. The holder named after "control of" must be the speaker's side ("The UN confirmed that Idlib is under the
    control of HTS" is who holds it), and no relative clause tells the hold ("Palmyra, which was under the control of
    IS until last year")."""
    said = _DECLARED_THAT.search(sentence, max(0, t0 - 120), t0)
    if said is None:
        return False
    if _UNDER_ITS_CONTROL.match(sentence, t1):
        return True  # ("declared that the town was under their control", "… under the full control of its forces")
    if re.search(r"(?:which|that|who)\s+(?:\w+\s+){0,2}$", sentence[max(0, t0 - 30) : t0], re.I):
        return False
    speaker = next((x for x in reversed(acts) if x.end <= said.start()), None)
    holder = next((x for x in acts if t1 <= x.start <= t1 + 60), None)
    # (state media speak for the government: "SANA announced that Palmyra is under the control of the Syrian army")
    side = "government" if _STATE_MEDIA.search(sentence, max(0, said.start() - 40), said.start()) else ""
    side = side or (speaker.actor if speaker is not None else "")
    return bool(side) and holder is not None and side == holder.actor


_UNDER_ITS_CONTROL = re.compile(
    r"\s+(?:(?:its|their)\s+(?:full\s+|complete\s+|total\s+)?control\b|"
    r"(?:the\s+)?(?:full\s+|complete\s+|total\s+)?control\s+of\s+(?:its|their)\s+(?:own\s+)?(?:forces|fighters|troops|units|men))",
    re.I,
)
#: a side's performative word: "“We announce the city of … as liberated”"
_WE_ANNOUNCE = re.compile(r"(?:announce|declare)\b", re.I)
#: a side's statement in the present of a headline, quoted: "announces full control of", "seize the whole of"
_QUOTED_NEWS_VERB = r"(?:announces|seizes?|captures?|liberates?|retakes?|recaptures?|frees?)\b"
#: a quote's close and its source's verb: ",” state television said"
_QUOTE_SOURCE_ENDS = re.compile(
    r"[,.]?[”\"]\s*(?:[\w'’()-]+\s+){1,8}?(?:said|says|reported|reports|announced|stated)\b[^“\"]*$", re.I
)
#: the state's media as a quote's speaker: "…,” state television said", "…,” said the official SANA news agency"
_STATE_SPEAKER = re.compile(
    # ("…,” the TV said", "…,” a TV announcer said": the state's screen in the quote of its forces)
    # ("…,” a statement carried by the official SANA news agency said")
    r"(?:(?:(?:an?|the)\s+(?:military\s+|army\s+|official\s+)?statement\s+(?:carried|published|broadcast|aired|run)\s+by\s+)?"
    r"(?:the\s+)?(?:official\s+)?(?:[Ss]yrian\s+)?(?:SANA|state(?:-run)?\s+(?:media|television|TV|news\s+agency))|"
    r"(?:the\s+|an?\s+)?(?-i:TV)(?:\s+(?:announcer|presenter|anchor))?|the\s+broadcaster)\b"
    # (the state's own, not another's named after it: "state television Rossiya 24", "the state news agency Anadolu";
    # nor another's words it quotes: "…,” state television said, quoting a detained gunman")
    r"(?!\s+(?!SANA\b)(?-i:[A-Z]))(?![^.;]{0,40}?\bquoting\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:gunm[ae]n|"
    r"militants?|rebels?|terrorists?|detainees?|prisoners?|defectors?|insurgents?|jihadists?)\b)",
    re.I,
)
#: the state's media before what they announce: "SANA", "state television", "state media"
_STATE_MEDIA = re.compile(r"\b(?:SANA|[Ss]tate\s+(?:media|television|TV|news\s+agency)|[Ss]yrian\s+TV)\b[^.;]{0,30}$")


def _capture_by_opening(sentence: str, acts, t0: int, t1: int) -> bool:
    """Whether the sentence opens on a capture told as a noun with its taker: "The capture of Afrin from the Kurds by
    Turkish-led fighters on Sunday could have major repercussions" (the news itself, not "following the capture of X",
    told as background)."""
    taker = next((x for x in acts if x.start > t1 and _CAPTURE_BY.fullmatch(sentence, t1, x.start)), None)
    return (
        taker is not None
        and sentence[t0:t1].lower().endswith("capture")
        and _OPENING_THE.fullmatch(sentence, 0, t0) is not None
        # (told as the day's news, not "… would be a major blow", "… last month displaced thousands"; not denied)
        and _DAY_AFTER_TAKER.match(sentence, taker.end) is not None
        and not _DOUBTED.search(sentence, taker.end)
    )


#: the start of a sentence up to its article, after a dateline if any: "ISTANBUL (AP) — The "
_OPENING_THE = re.compile(r"(?:[^.;:!?]{0,40}?\s[—–-]\s*)?\W*the\s+", re.I)
#: people after a capture noun's "of": " of 20 militants", " of a Syrian pilot"
#: a side's word that tells a capture (not an outcome's: "an attack that resulted in the capture of X" is news)
_SPEECH_TOLD = re.compile(_TELLING_STEMS, re.I)
#: a relative pronoun right before a word: "Rebels, who claimed on Sunday their capture of X"
_RELATIVE_JUST_BEFORE = re.compile(r"\b(?:who|which|that)\s+(?:had\s+|have\s+|has\s+)?$", re.I)
#: a capture noun's object followed by a verb of which the capture is the subject: "the capture of Palmyra was made
#: possible by its airstrikes", "the capture of Raqqa imminent"
_JUDGED_CAPTURE = re.compile(
    r"\s+of\s+(?:(?!\b(?:in|what|which|that|who|where|when|and|but)\b)[^,.;]){1,60}?\s+(?:imminent|was|were|(?-i:is)|had|"
    r"has|would|will|could|might|may|marks?|marked|came|comes|led|leads)\b|"
    # (things, not ground: "the capture of weapons depots", "the capture of an Islamic State emir")
    r"\s+of\s+(?:an?\s+|the\s+|\d+\s+)?(?:[\w-]+\s+){0,3}?(?:weapons?|depots?|ammunition|arms|tanks?|vehicles?|"
    r"equipment|emirs?|leaders?|commanders?|officials?|pilots?)\b",
    re.I,
)
_PEOPLE_OF_AFTER = re.compile(
    r"\s+of\s+(?:(?:at\s+least|about|more\s+than|nearly)\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|"
    r"scores|several|hundreds|a|an|one)\s+(?:[\w-]+\s+){0,3}?(?:militants?|fighters?|soldiers?|pilots?|members?|terrorists?|"
    r"officers?|gunmen|elements?|men|people|civilians|commanders?|leaders?|jihadists?|rebels?|prisoners?|mercenaries)\b",
    re.I,
)
#: a capture noun's object and its taker: " of Afrin from the Kurds by "
_CAPTURE_BY = re.compile(
    # (ground, named: not "The capture of three SDF fighters", "of a Russian pilot")
    r"\s+of\s+(?:the\s+(?:[\w-]+\s+){0,2}?(?:town|city|village|district|base|airbase|hill)\s+of\s+)?(?-i:[A-Z])"
    r"(?:[\w'’-]+\s+){1,4}?(?:from\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?)?by\s+(?:the\s+)?[“\"']?",
    re.I,
)
#: the day of a capture, after its taker: "… by Turkish-led fighters on Sunday"
_DAY_AFTER_TAKER = re.compile(
    r"[^.;,]{0,40}?\b(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|overnight)\b", re.I
)
#: the news doubted after it: "… was denied by the rebels", "… has not been confirmed"
_DOUBTED = re.compile(r"\b(?:denied|den(?:y|ies)|unconfirmed|not\s+(?:been\s+)?confirmed|rumou?r\w*|unlikely)\b", re.I)


def _sides(sentence: str, preds: list[Predicate], named, subjects, places, clauses, victims) -> list[Predicate]:
    """The predicates with the sides the words around them name (victims, the killed, a later subject, a holder);
    ``named`` is (the sides in the acts, every side named, its speakers too)."""
    acts, every = named
    preds = [_victim_side(_killed_side(sentence, p, acts), _victims_of(sentence, p, preds, victims)) for p in preds]
    preds = [_claimed_by(sentence, p, acts) for p in preds]
    preds = [_lost_to(sentence, _later_side(sentence, p, acts, subjects, places, clauses), acts) for p in preds]
    preds = [
        _held_before_by(
            sentence,
            _repelled_by(sentence, _fought_with(sentence, _speaker_it(sentence, p, acts, every), acts, every), acts),
            acts,
        )
        for p in preds
    ]
    preds = [_fronted_doer(sentence, _driving_them(sentence, p, acts), subjects) for p in preds]
    return [_infighting(sentence, _held_target(sentence, _between_it(sentence, p, acts), acts), acts) for p in preds]


# -- steps ----------------------------------------------------------------------------------


#: a relative clause that names the noun before it: ", which calls itself " (up to the name)
_CALLS_ITSELF = re.compile(
    r"(,)\s*(?:which|that|who)\s+(?:now\s+)?(?:calls|called|styles|styled|names|named)\s+itself\s+", re.I
)
#: "fully controlled" and its like (see _triggers)
_WHOLLY_CONTROLLED = re.compile(r"(?:fully|completely|totally|entirely)\s+controlled", re.I)
#: words that tell a hold over a span, not its taking: "until last week", "throughout 2019", "for four years", "at the
#: time", "before the deal", "since 2015", "under the Sochi deal"
_HELD_SPAN = re.compile(
    r"\b(?:until|till|throughout|at\s+the\s+time|before\s+the|since|under\s+the|for\s+(?:\w+\s+)?(?:years?|months?|weeks?))\b",
    re.I,
)
#: an indefinite article before a capture told as a noun, with up to two words between: "A Turkish capture of"
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|any)\s+(?:[\w-]+\s+){0,2}$", re.I)
#: a modal verb after the capture's object, in its clause: "… of Ras al-Ayn in northeast Syria would mark"
_SUPPOSED_AFTER = re.compile(r"[^,;.]{0,80}?\b(?:would|could|might|may)\s", re.I)
#: a time of the report's own days: a capture told with it was made ("… of Saraqeb on Thursday could open", "fully
#: controlled X last night")
_DAY_OF_NEWS = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|overnight|tonight|last\s+(?:night|week)|"
    r"this\s+(?:week|morning|afternoon|evening))\b",
    re.I,
)
#: "illegally" right before "occupied": " illegally "
_ILLEGALLY_BEFORE = re.compile(r"\billegally\s+$", re.I)
#: an object that only a verb takes: "(occupied) three villages", "(occupied) the town of X"
_COUNTED_OBJECT_NEXT = re.compile(
    r"\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens\s+of|the\s+(?:town|village|city)\s+of)\s",
    re.I,
)


#: what may open a sentence before the side that is SOHR's subject of "control points": "", "The ", "Regime forces and "
_SUBJECT_OPENS = re.compile(r"\s*(?:the\s+)?(?:(?:[\w'’-]+\s+){1,4}and\s+)?", re.I)


def _control_points_verb(sentence: str, t0: int, t1: int, acts) -> bool:
    """Whether "control points/posts" at ``t0`` is SOHR's verb ("Factions control points in X", "The regime forces
    control points in hills", "ISIS control points in the vicinity of X"): a side right before it that opens the
    sentence (not a nationality's adjective, "Turkish control points"), and a plural after it."""
    if not re.match(r"\s+(?:points|posts)\b", sentence[t1 : t1 + 8], re.I):
        return False
    side = next((x for x in acts if 0 <= t0 - x.end <= 1), None)
    if side is None or re.fullmatch(r"[A-Z][a-z]+(?:ish|ian|i|ese)", side.surface):
        return False
    return _SUBJECT_OPENS.fullmatch(sentence, 0, side.start) is not None


#: the ground a capture takes, right before a participle that tells who took it from them first: " several villages ",
#: " the positions ", " 3 points "
_GROUND_TAKEN_GAP = re.compile(
    r"\s+(?:the\s+|several\s+|some\s+|many\s+|a\s+number\s+of\s+|most\s+of\s+the\s+|all\s+(?:the\s+)?|\d+\s+|two\s+|"
    r"three\s+|four\s+|five\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:villages?|towns?|areas?|positions?|posts?|points?|hills?|sites?|farms?|checkpoints?|"
    r"neighbou?rhoods?|districts?)\s+",
    re.I,
)


def _triggers(sentence: str, acts, places, headline: bool) -> list[tuple[int, int, str, str]]:
    """Event words in text order (kind, voice), minus those inside a name."""
    out: list[tuple[int, int, str, str]] = []
    if not has_event_word(sentence):
        return out
    for m in _TRIGGER_RE.finditer(sentence):
        i = int((m.lastgroup or "_0")[1:])
        kind, voice, _ = _LEXICON[i]
        t0, t1 = m.start(), m.end()
        if any(a <= t0 < b for a, b in places):
            continue
        word = m.group().lower()
        owner = next((x for x in acts if x.start <= t0 < x.end), None)
        if owner is not None and not (
            kind in ("strike", "shelling", "explosive")
            and (owner.start, owner.end) == (t0, t1)
            and (
                (out and _INSTRUMENT_LIST.fullmatch(sentence, out[-1][1], t0))
                # "Barrel bombs and missiles target X": the first of the listed instruments, too
                or _INSTRUMENT_NEXT.match(sentence, t1)
                # "killed in a barrel bomb attack on X": the weapon names the attack's kind
                or _ATTACK_AFTER.match(sentence, t1)
                # a headline with no verb: "13 barrel bombs on Darayya" (dropped, not only carried)
                or (headline and _DROPPED_ON.match(sentence, t1) and _DROPPED_MUNITION.fullmatch(owner.surface))
            )
        ):
            # "Russian jets", "regime artillery": the instrument is part of the actor's name; but "raids,
            # barrels and missiles", "with 15 missiles and with barrel bombs": an instrument listed after
            # another event word is an event of its own, by the actor its name stands for
            continue
        if (
            word == "killing"
            and voice == "noun"
            and (
                _REACTION_BEFORE.search(sentence, 0, t0)
                or not any(
                    _KILLING_BY.fullmatch(sentence, t1, x.start)
                    and not _WEAPON.fullmatch(x.surface)
                    # (not "by regime shelling", "by Russian airstrikes": the weapon's act, read as its own)
                    and not _KILLED_WITH_ARMS.match(sentence, x.end)
                    for x in acts
                )
                or any(t[2] in (*_REMOTE, "clash") for t in out)
            )
        ):
            continue  # ("condemned the killing of its soldiers by …", "killing of a woman by regime shelling")
        if (
            word == "operations"
            and re.search(r"\bcontinues?\s+(?:their|its)\s+$", sentence[max(0, t0 - 20) : t0], re.I)
            and not any(
                0 < t0 - x.end <= 40
                and x.actor not in ("", "civilians", "protesters")
                and re.fullmatch(
                    r"[\s,]*(?:and\s+(?:its|their)\s+allies\s*)?continues?\s+(?:their|its)\s+", sentence[x.end : t0]
                )
                # (the side as the subject, not an object: "Companies owned by the regime continue their operations")
                and not re.search(r"\b(?:by|to|with|of|for)\s+(?:the\s+)?$", sentence[max(0, x.start - 12) : x.start])
                for x in acts
            )
        ):
            continue  # "Aid agencies continue their operations in X": no armed side's operations
        if word.startswith("exchange") and (
            _DEAL_BEFORE.search(sentence, max(0, t0 - 60), t0) or re.match(r"[^,;.]{0,40}?\s+for\s", sentence[t1:])
        ):
            continue  # "the agreement includes an exchange of heavy weapons for safe passage": a term, no fight
        if (
            kind == "base"
            and PATROL_VERB.fullmatch(word)
            and re.search(r"\b(?:was|were)\s+$", sentence[max(0, t0 - 8) : t0])
        ):
            continue  # "was conducting a joint patrol … when it was attacked": what they were doing, not news
        if kind == "capture" and _IN_FULL_CONTROL.match(word) and _in_full_control_state(sentence, t0, t1, acts):
            continue  # "HTS, which is in full control of Idlib", "IS was in full control of Raqqa until 2017": a state
        if kind == "capture" and word.startswith("now") and _WITH_OPENING.match(sentence[:t0]):
            continue  # "With Kafr Sijnah now under their control, the army will …": the state the news starts from
        if (
            kind == "surrender"
            and voice == "active"
            # (to a side, not "to despair", "to the Russian roadmap", "to Russian negotiators")
            and any(
                _TO_SIDE_GAP.fullmatch(sentence, t1, x.start) and not _NO_SIDE_AFTER.match(sentence, x.end)
                for x in acts
                if x.start > t1
            )
            and any(
                (0 <= t0 - e <= 1 or _PLACE_TYPE_GAP.fullmatch(sentence, e, t0))
                and _PLACE_SUBJECT_OPENS.fullmatch(sentence, 0, a)
                for a, e in places
            )
        ):
            voice = "passive"  # "The town of Kafr Batna surrendered to the army": the place went to the side after "to"
        if (
            kind == "capture"
            and re.fullmatch(r"(?:seiz|captur)(?:e|ed|es|ing)|t(?:ook|ake|akes|aking)", word, re.I)
            and _ARMS_SEIZED.match(sentence, t1)
        ):
            continue  # "attacked a checkpoint, allowing them to seize weapons in Mayadin": arms taken, no ground
        if kind == "capture" and re.fullmatch(r"t(?:ook|ake|akes|aking)", word) and _TAKEN_AWAY.match(sentence, t1):
            # "HTS took the two young men to an unknown location": persons taken away, their fate unknown
            kind, voice = "abduction", "active"
        if (
            _BARE_TAKE.match(word)
            and kind != "abduction"
            and not (
                _TAKE_OBJECT.match(sentence[t1 : t1 + 80])
                # ("the Ahrar al-Sham, Jund al-Aqsa and Nusra Front groups had taken the city on Saturday": the place
                # named before, by its type alone; not an entry: "The SDF entered the town after talks …")
                or (not word.lower().startswith("enter") and _TYPE_ONLY_OBJECT.match(sentence, t1))
                or _REGAIN_POSITIONS.match(sentence[t0 : t1 + 40])
                # "Kafr Nabudah was retaken by rebels", "the town of X was occupied by HTS": the passive's subject is
                # the place taken
                or (
                    _PASSIVE_TAKE.match(word)
                    and _BE.search(sentence[max(0, t0 - 30) : t0])
                    and (
                        (
                            _BY_NEXT.match(sentence, t1)
                            and (word.lower().endswith("taken") or _place_before_be(sentence, places, t0, t1))
                            # ("Photos of Baghouz were taken by an AFP photographer": no place taken)
                            and not _OWNED_BY_PLACE.search(sentence, max(0, t0 - 80), t0)
                        )
                        # ("the town of Qaryatayn was taken from ISIL fighters earlier this month by Syrian forces": a
                        # place taken from a side; not "Aid was taken from warehouses in Douma by armed men")
                        or (
                            (loser := _BY_AFTER_LOSER.match(sentence, t1)) is not None
                            and _place_before_be(sentence, places, t0, t1)
                            # (the place itself, not "The women of Hawija", "Aerial images of Douma")
                            and not _OWNED_BY_PLACE.search(sentence, max(0, t0 - 80), t0)
                            and any(t1 < x.start < loser.end() and x.actor not in ("", "civilians") for x in acts)
                        )
                    )
                )
                # a headline's reduced passive right after the place: "Syrian army says Aleppo retaken"
                or (word.lower().endswith("taken") and any(0 <= t0 - e <= 2 for _, e in places))
                # ("The town of Soran, … , was taken “completely”, … Jund al-Aqsa said": the place taken whole)
                or (
                    _PASSIVE_TAKE.match(word) is not None
                    and word.lower() != "freed"  # ("freed completely after a three-year siege": a siege lifted)
                    and _BE.search(sentence[max(0, t0 - 30) : t0]) is not None
                    and not re.search(r"\bhad\s+been\s+$", sentence[max(0, t0 - 30) : t0], re.I)
                    and _WHOLLY_NEXT.match(sentence, t1) is not None
                    and re.search(r"\bden(?:ied|ies|y)\b", sentence[t1:], re.I) is None
                    and _place_before_be(sentence, places, t0, t1)
                )
            )
        ):
            continue
        left = sentence[max(0, t0 - 40) : t0]
        if _NICKNAME_BEFORE.search(left):
            continue  # "a battle that opposition media has dubbed the “tank massacre”": a name given, no act of its own
        if (
            (_RANKED_BEFORE.search(left) and any(u[2] != "killing" for u in out))
            or _PAUSED_BEFORE.search(left)
            or _THIS_ACT_OPENS.fullmatch(sentence, 0, t0)
        ):
            # ("Airstrikes … killed at least 15 people …, in one of the deadliest attacks since a cease-fire": the act
            # just told, ranked, not "Dozens killed in Azaz in one of the deadliest car bombings", the only act named;
            # "grounding warplanes … and giving rebels a respite from government airstrikes": what stopped; "In
            # this engagement, the Tiger Forces … secured X": the act told before)
            continue
        if kind == "capture" and word.startswith("control") and _OUT_OF_CONTROL.search(left):
            continue  # "the town, which had been out of government control for three years": no one's capture
        if (
            word.lower() == "evacuated"
            and re.search(r"\b(?:was|were|been|being)\s+$", left)
            and not re.match(r"\s+by\s", sentence[t1:])
            and not any(x.end <= t0 and x.actor not in ("civilians", "protesters") for x in acts)
            # (but a post or a base evacuated is given up: "The Hama military airport was evacuated")
            and not _MILITARY_SITE_BEFORE.search(sentence, max(0, t0 - 80), t0)
        ):
            continue  # "The border town of Ceylanpinar was evacuated after two girls were killed": its people fled
        if kind == "protest" and _BEGAN_WITH_BEFORE.search(left):
            continue  # "an uprising that began with anti-government protests": how the war began, long ago
        if kind in TRANSFERS and _CAME_AFTER_BEFORE.search(sentence, max(0, t0 - 120), t0):
            continue  # "The move came after Turkish forces freed Jinderes Hill on Wednesday": what led to the news
        if kind in TRANSFERS and _APPOSED_RELATIVE_BEFORE.search(sentence, max(0, t0 - 80), t0):
            continue  # "…, an area that was taken by Turkish forces in their offensive": what the place is, background
        # "the Syrian Arab Army announced the capture of Saraqib", "The capture of Afrin … by Turkish-led fighters on
        # Sunday …": a capture told as a noun that is the news itself
        news = kind == "capture" and bool(
            (
                (told := _ANNOUNCED_THE.search(left)) is not None
                and _OF_AFTER.match(sentence, t1)
                # (people, not ground: "claimed the capture of 20 militants", "announced the capture of a pilot")
                and not _PEOPLE_OF_AFTER.match(sentence, t1)
                # (not "has not yet completed", "hasn't fully completed the capture of X")
                and not _NOT_BEFORE.search(left, 0, told.start())
                # (nor a word in a relative clause, background: "Rebels, who claimed on Sunday their capture of X, …")
                and not (_RELATIVE_JUST_BEFORE.search(left, 0, told.start()) and _SPEECH_TOLD.match(told.group()))
                # (nor a capture that is the subject of a judgement or a cause: "claimed the capture of Palmyra was
                # made possible by its airstrikes", "declared the capture of Raqqa imminent")
                and not _JUDGED_CAPTURE.match(sentence, t1)
            )
            or _capture_by_opening(sentence, acts, t0, t1)
        )
        if (
            re.match(r"reach", word, re.I)
            and _WITHIN_NEXT.match(sentence, t1)
            and (
                _FIRE_BEFORE.search(sentence, max(0, t0 - 25), t0)
                or _LONG_AGO_BEFORE.search(sentence, max(0, t0 - 60), t0)
                or _LONG_AGO_AFTER.search(sentence, t1, t1 + 80)
            )
        ):
            # "Turkish shells reached within 2 km of Ain Issa": fire, not a side's advance; "Two years ago rebels reached
            # within 2 km of Qardaha", "whose fighters in 2013 reached within 30 km of Damascus": background
            continue
        if _NOW_HELD.match(word) and not _CHANGED_HANDS.search(sentence, max(0, t0 - 120), t0):
            continue  # "The crossing is vital for aid and is now controlled by HTS": who holds it, no change told
        if word.lower().startswith("seizure") and not news:
            continue  # "A seizure of Manbij … might prompt a response": the noun is news only as a side's word of it
        if (
            _DETERMINER.search(left)
            # (not a relative "that" before a verb: "the offensive that captured Nasib")
            and (
                kind == "generic"
                or (
                    kind in TRANSFERS
                    and voice != "noun"
                    and not word.endswith("ing")
                    and not (_THAT_BEFORE.search(left) and _form(word) == "past")
                )
            )
            and not (word.endswith("ing") and _POSSESSIVE_DET.search(left) and _OF_AFTER.match(sentence, t1))
            and not (kind == "generic" and _RENEWS_THE.search(left) and _OF_AFTER.match(sentence, t1))
            and not news
            # ("Israel launched an aggression on Damascus": SANA's word for a strike, told with its verb)
            and not (word.lower() == "aggression" and _LAUNCHED_AN.search(left))
            # ("Hashd al-Shaabi forces also took part in the capture of Albu Kamal": the side's own part in the act)
            and not (kind in TRANSFERS and _TOOK_PART_IN.search(left))
            # ("rebels made a notable advance with the capture of the Military Research Center": the advance's deed)
            and not (
                kind in TRANSFERS
                and re.search(r"\bwith\s+the\s+$", left) is not None
                and _OF_AFTER.match(sentence, t1) is not None
                # (not persons: "counter-attacked with the capture of two soldiers")
                and _COUNTED_AFTER_OF.match(sentence, t1) is None
            )
        ):
            continue  # "the strike", "the besieged pocket", "the capture": a noun pointing back, not an event
        if kind in TRANSFERS and _OWNERS_S_BEFORE.search(left) and re.fullmatch(r"[\w-]+(?:ed|en)", word):
            continue  # "'Mass grave discovered' in Syria's recaptured Palmyra": a possessive's participle, an adjective
        if kind == "siege" and word.lower() == "besieged" and _ACT_ON_BESIEGED.search(left):
            continue  # "Rebels shelled besieged Fuaa", "warplanes bombed besieged Douma": the town's lot, an adjective
        if kind == "explosive" and _SWEPT_FOR.search(sentence, max(0, t0 - 120), t0):
            continue  # "Engineering units were sweeping the areas taken for mines and booby traps": none went off
        if (
            kind == "shelling"
            and re.fullmatch(r"artillery|rockets?|mortars?|missiles?|rocket\s+launchers?|cannons?", word, re.I)
            and (
                _GUNS_SENT_BEFORE.search(sentence, max(0, t0 - 90), t0)
                # ("Turkey sent rocket launchers to the border", not "sent dozens of rockets raining down on Douma")
                or (_GUNS_BROUGHT_BEFORE.search(sentence, max(0, t0 - 60), t0) and _TO_PLACE_AFTER.match(sentence, t1))
            )
        ):
            continue  # "The Turkish Army … deployed additional tanks, artillery and armored vehicles": guns moved, none fired
        if (
            kind in TRANSFERS
            and _INDEFINITE_BEFORE.search(left)
            and _OF_AFTER.match(sentence, t1)
            and (supposed := _SUPPOSED_AFTER.match(sentence, t1)) is not None
            and not _DAY_OF_NEWS.search(sentence, t1, supposed.end())  # (not "… of Saraqeb on Thursday could")
        ):
            continue  # "A Turkish capture of Ras al-Ayn in northeast Syria would mark an important gain": supposed
        if news and voice == "active":
            voice = "noun"
        if (
            kind == "generic"
            and word.lower().startswith("drop")
            and (_AID_AFTER.match(sentence, t1) or _AID_BEFORE.search(left))
        ):
            continue  # "planes drop aid on Deir Ezzor", "Aid dropped over Al-Fu’ah and Kafriya": relief, no strike
        if voice == "noun" and _ANY_BEFORE.search(left):
            continue  # "reserves the right to retaliate against any attack by the regime": none told
        if voice == "noun" and _PRIOR_BEFORE.search(left):
            continue  # "had been the target of previous attacks": acts before the news, none of the day
        if kind in TRANSFERS and voice == "noun" and _RESULTED_IN.search(left):
            continue  # "during the same offensive that resulted in the taking of al-Eis": an earlier offensive's end
        if (
            kind in TRANSFERS
            # (or the verb's form used as a noun: "the town's capture would help the army to press on")
            and (voice == "noun" or (word.lower() == "capture" and _NOUN_USE_BEFORE.search(left)))
            and _MAY_COME.match(sentence, t1)
        ):
            continue  # "A takeover of Douma by the army could come within days": one to come
        if (
            kind in TRANSFERS
            # (a noun, also after its owner's possessive: "Their sudden capture of Aleppo … was a stunning prize")
            and (
                voice == "noun"
                or (_CAPTURE_NOUN.fullmatch(word) is not None and _OWNER_BEFORE_NOUN.search(left) is not None)
            )
            and (verdict := _VERDICT_AFTER.match(sentence, t1)) is not None
            and not _DAY_OF_NEWS.search(sentence, t1, verdict.end())
            # (not a capture told, then judged: "completed the capture of X in what was a major blow to IS")
            and not _ANNOUNCED_THE.search(left)
            and not re.search(r"\bin\s+what\b", sentence[t1 : verdict.end()], re.I)
        ):
            continue  # "The fall of Khalidiya is a setback for the rebels": a capture judged, not told
        if kind == "clash" and _HUNT_WORD.match(word):
            if _HUNT_AIMED.search(sentence, max(0, t0 - 40), t0) or _PRIORITY_AFTER.match(sentence, t1):
                continue  # "The campaign aims to hunt down IS cells", "Hunting down ISIS cells remains a priority"
            if _AIRCRAFT_SUBJECT.search(sentence, max(0, t0 - 60), t0):
                kind = "strike"  # "Russian warplanes hunted down terrorists in X": from the air
        if kind == "violence" and _GUARDS.search(sentence, t0, t1) and not _guards_harm(sentence, t0, t1):
            continue  # "deploy border guards in X", "areas controlled by the border guards": no shooting
        if (
            kind in ("strike", "shelling")
            and voice == "noun"
            and _ITS_MEANS_BEFORE.search(left)
            and any(0 <= t0 - x.end <= 40 for x in acts)
            and _SUBJECT_MEANS_AFTER.match(sentence, t1)
        ):
            # "The regime forces and its warplanes and helicopters are continuing their intensive shelling on X": the
            # side's means named with it in the subject, not an act of their own
            continue
        if (
            kind in ("strike", "shelling")
            and voice == "noun"
            # (not a verb: "The rebels, who captured X last week, shelled Y")
            and not word.endswith("ed")
            and _EQUIPMENT_TAKEN.search(left)
        ):
            continue  # "took the Taftanaz air base, seizing helicopters, tanks and multiple rocket launchers": spoils
        if (
            kind in ("strike", "shelling")
            and voice == "noun"
            and _ARMED_WITH.search(sentence, max(0, t0 - 40), t0)
            # (a weapon carried, not an act: "forces armed with tanks and artillery shelling X")
            and not re.match(r"shell|bomb|strik|raid|pound", word, re.I)
        ):
            continue  # "insurgents armed with rocket launchers and anti-aircraft weapons": what they carry, no fire
        if (
            kind == "agreement"
            and voice == "noun"
            and _UNDER_TERMS.search(sentence, max(0, t0 - 80), t0)
            and not _DEAL_MADE.match(sentence, t1)  # ("Under a deal reached on Sunday, rebels will hand over …")
        ):
            continue  # "withdrawn from X under a United States-brokered ceasefire deal": the terms of an act, no new deal
        if (
            kind == "capture"
            and (_HEARSAY.search(left) or _HEARSAY_ASIDE.search(sentence, max(0, t0 - 140), t0) is not None)
            # (a source's own report tells: "The Observatory said in a new report on Saturday that the army took X")
            and not _OWN_REPORT.search(sentence, max(0, t0 - 120), t0)
        ):
            continue  # "… and information about the organization's control over the entire village of Jafra": unconfirmed
        if kind not in TRANSFERS and (_STOPPED.search(left) or _STOPPED_AFTER.match(sentence, t1)):
            continue  # "an agreement to stop the bombardment in Zabadani", "the bombardment stopped targeting X"
        if kind == "strike" and (
            (_UNARMED_FLIGHT.match(sentence, t1) and not _THEN_FIRE.search(sentence, t1, min(len(sentence), t1 + 80)))
            or _CARGO_BEFORE.search(left)
        ):
            continue  # "Alliance aircraft fly over the city of Hasaka", "cargo planes throw umbrellas on X": no strike
        if _EARLIER.search(left):
            continue  # "cluster bomb remnants from previous shelling": background, not an event of the date
        if voice == "noun" and _WILL_BE_AFTER.match(sentence, t1):
            continue  # "the battle at these two towns will be very difficult": a fight to come
        if kind == "protest" and _ARRESTED_FOR.search(sentence, 0, t0) and _PROTEST_CHARGE.search(left):
            continue  # "HTS arrested two people after participating in a protest": the charge, not the news
        if kind == "clash" and _LOST_IN.search(sentence, max(0, t0 - 60), t0):
            continue  # "regain control of positions they lost in today's attack in X": the loss, told as background
        if (
            kind == "capture"
            and word.endswith("ed")
            and _PERSONS_BEFORE.search(left)
            and _REDUCED.match(sentence, t1)
            # (a passive of its own with its agent: an arrest below)
            and not _counted_captured_by(sentence, t0, t1)
            # (not a side's own men, the subject: "the SDF says its fighters captured on Sunday the neighborhood of X")
            # (but "its soldiers captured in Raqqa were executed": the men taken, a be-verb after them)
            and not (_OWN_MEN_BEFORE.search(left) and not _BE_AFTER_MEN.match(sentence, t1))
        ):
            continue  # "executes 3 regime members captured in the area": persons taken, not ground (README)
        if kind in TRANSFERS and _CAMPAIGN.search(left):
            continue  # "the war of controlling al-Bab" names the battle; "clash and explosions within it" happen there
        # the side right after "(were) killed by", with its weapon in its name or not ("by Syrian rebels", "by Coalition
        # warplanes"); a headline's reduced passive too: "24 civilians killed by Coalition warplanes in Al-Raqqah city"
        by_side = (
            next((x for x in acts if t1 < x.start <= t1 + 30 and _BY_SIDE.fullmatch(sentence, t1, x.start)), None)
            if kind == "killing"
            and (
                _WERE_BEFORE.search(left)
                or (headline and word == "killed" and _COUNTED_PEOPLE_BEFORE.search(sentence, max(0, t0 - 60), t0))
            )
            else None
        )
        killed_by = by_side is not None and not _WEAPON.fullmatch(by_side.surface)
        armed_by = by_side if by_side is not None and _WEAPON.fullmatch(by_side.surface) else None
        if armed_by and not _KILLED_IN_ACT.match(sentence, t1):
            # "24 civilians (were) killed by Coalition warplanes in Al-Raqqah city": the side's aircraft or guns struck
            kind, voice = ("strike" if _AIR.search(armed_by.surface) else "shelling"), "passive"
        if killed_by and (_KILLED_IN_ACT.match(sentence, t1) or _KILLED_BY_FIRE.match(sentence, t1)):
            # ("were killed by regime forces … in the tunnel bombing", "by the Coalition’s airstrikes", "by the regime
            # forces … during about 7 weeks of targeting": the toll of another act, or of a span)
            continue
        if killed_by:
            voice = "passive"  # "14 people were killed by Syrian rebels in the village of X": the side's act
        elif (
            kind == "killing"
            and not armed_by
            and voice != "noun"  # ("the killing of 34 Turkish soldiers by the Syrian regime": its agent named)
            and not (
                any(
                    (0 <= t0 - x.end <= 40 and _SUBJECT_GAP.fullmatch(sentence, x.end, t0))
                    # ("Rebels in Tafas have killed a number of regime soldiers": the side opens the sentence)
                    or (
                        0 <= t0 - x.end <= 80
                        and sentence[: x.start].strip(" “\"'").lower() in ("", "the")
                        and (at := _SUBJECT_AT.match(sentence, x.end)) is not None
                        and _SUBJECT_GAP.fullmatch(sentence, at.end(), t0) is not None
                        # (not when the means follows, an act of its own: "… killed 9 civilians with rocket fire")
                        and not _WITH_MEANS.match(sentence, t1)
                    )
                    for x in acts
                )
                and _KILLED.match(sentence, t1)
            )
            # ("Security forces killed at least 11 protesters": force on a protest, by a side the text leaves unnamed;
            # not "The blast killed nine protesters", nor a toll since long ago)
            and not (
                voice == "active"
                and _FORCE_SUBJECT.search(sentence, max(0, t0 - 40), t0)
                and (victims := _PROTESTERS_NEXT.match(sentence, t1)) is not None
                and not (
                    (toll := _TOLL_SINCE.match(sentence, victims.end())) is not None
                    and not _DAY_SINCE.search(toll.group())
                )
            )
        ):
            continue  # only "<actor> kills <number> …"; "were killed in" is a toll, not an event
        if kind == "strike" and _AIRCRAFT_WORD.search(sentence, t0, t1) and _NOT_STRIKING.match(sentence, t1):
            continue  # "a helicopter and its crew landed in X", "helicopters … were able to reach and rescue them"
        if (
            kind in TRANSFERS
            and voice == "active"
            and _BEFORE_IT.search(left)
            and re.fullmatch(r"\w+s", word.split()[0])
        ):
            continue  # "… before the Syrian Army takes over the town": what had not yet happened
        if kind in (*TRANSFERS, "withdrawal") and _IN_EXCHANGE.search(left):
            continue  # "hand over their weapons in exchange for the withdrawal of the army from X": a term, not an act
        if (
            kind == "explosive"
            and (_CLEARING.search(left) or _CLEARED_AFTER.match(sentence, t1))
            # (not when a blast is told: "Two landmines were found … and one of them exploded")
            and not any(
                not _AFTER_BLAST.search(sentence, max(0, b.start() - 40), b.start())
                for b in _BLAST_TOLD.finditer(sentence)
            )
        ):
            continue  # "combing operations to clear mines": mines removed, none exploded
        if (
            kind == "explosive"
            and _MINES_WORD.fullmatch(word)
            and _DANGER_OF.search(left)
            and not _HARM_TOLD.search(sentence)
        ):
            continue  # "army forces paused before entering its ruins because of mines": a danger, no blast told
        if kind == "explosive" and _STORE_OF.search(left):
            continue  # "Warplanes shell a warehouse of explosive devices": what is hit, not what explodes
        if word.lower() == "targets" and _COUNTED_OBJECTS.search(left):
            continue  # "Warplanes hit 20 ISIS targets in X": the things hit, not an event word of their own
        if kind in TRANSFERS and _AREA_THEY_BEFORE.search(left):
            continue  # "a deal with HTS in the area they seize in Yarmouk camp": ground described, no taking told
        if word.lower() == "target" and _AIM_TARGET.search(left) and _WILL_BE.match(sentence, t1):
            continue  # "The next main target will be al-Omar oil field": an aim, no attack
        if word.lower() == "target" and _NEXT_TARGET.search(left):
            continue  # "hints at Homs as the next potential target": an aim, no attack
        if word == "hit" and re.match(r"\s*(?:-|and)\s*run\b", sentence[t1:], re.I):
            continue  # "the first hit and run battle": the battle is the event
        if (
            word.lower() == "occupied"
            and re.search(r"\b(?:the|an?|its|their|from|in|of|into|over)\s+(?:[\w-]+\s+)?$", left, re.I)
            # (but "its mercenaries occupied three villages", "… occupied the town of X": a verb with its object)
            and not _COUNTED_OBJECT_NEXT.match(sentence, t1)
        ):
            # "the Syrian occupied Jolan", "the occupied Golan", "coming from northern occupied Palestine": an adjective,
            # not a capture
            continue
        if (
            kind == "clash"
            and word.lower() in ("attack", "attacks", "attacked")
            and _CIVIL_SITE_AFTER.match(sentence, t1)
        ):
            kind = "violence"  # "an attack on a hospital in Dael": force against civilians, no fight between sides
        if word.lower() in ("abandoned", "evacuated") and re.search(r"\b(?:the|an?|its|their)\s+$", left, re.I):
            continue  # "attacks the abandoned battalion near X": a participle describing a site, no withdrawal
        if word.lower().startswith("evacuat") and _PEOPLE_EVACUATED.match(sentence, t1):
            continue  # "The Red Crescent evacuated wounded from Madaya": people taken out, no side leaving ground
        if word.startswith("fall of") and (_MUNITION_AFTER.match(sentence, t1) or _FALLEN_PEOPLE.match(sentence, t1)):
            continue  # "injuries in the fall of shells on X": the shells are the event; "the fall of casualties"
        if kind in ("arrest", "abduction") and _ARREST_AIMED.search(left):
            continue  # "a raid in Hajin aimed at apprehending IS leaders", "failed to arrest the attackers": none made
        if kind in (*_REMOTE, "clash", "generic", "bombing", "violence") and _SINCE_TOTAL.match(sentence, t1):
            continue  # "coalition air strikes have killed at least 300 civilians in Raqqa since March": a running total
        if kind in ("clash", "strike", "shelling", "generic") and voice == "noun" and _WARDED_OFF.search(left):
            continue  # "a sit-in … aiming to thwart further attacks", "to protest the ongoing attacks by militias": none
        if kind == "generic" and _DEAL_STRUCK.match(sentence, t1):
            continue  # "The rebels in Daraa struck a deal with Russia": an agreement made, no strike
        if kind == "capture" and re.fullmatch(r"end(?:s|ed)?", word, re.I) and _TAKING_NOUN_BEFORE.search(left):
            continue  # "The fall of Baghouz ends ISIL rule in Syria": the fall is the act, the end its outcome
        if word.startswith("fall of") and _REGIME_FALL.match(sentence, t1):
            continue  # "a rally demanding the fall of Syrian President Bashar Al-Assad's regime": a slogan, no capture
        if (word.startswith("fall") or word == "fell") and (
            _FELL_ON.match(sentence, t1) or _MUNITION_BEFORE.search(sentence, max(0, t0 - 30), t0)
        ):
            continue  # "shells fell on areas in Deir Ezzor", "a shell falls at the entrance of X": shelling, not a fall
        if word.startswith("explod") and _FIRED_MUNITION_BEFORE.search(sentence, max(0, t0 - 30), t0):
            continue  # "mortar shells exploded near a school in X": the shelling, not a bomb
        if (
            word.lower() == "cleared"
            and _CLEARED_OF.match(sentence, t0)
            and not re.search(r"\b(?:was|were|been)\s+(?:\w+ly\s+)?$", sentence[max(0, t0 - 30) : t0], re.I)
        ):
            continue  # "Tal Abyad, which Turkey recently cleared of YPG": no passive, a relative clause's past
        if kind == "capture" and _TAKING_WORD.match(word) and _CAPTIVES_AFTER.match(sentence, t1):
            kind = "abduction"  # "rebels have captured the governor of Raqqa", "took 40 civilians hostage": people
        elif (
            kind == "capture"
            and _TAKING_WORD.match(word)
            and (men := _COMBATANTS_AFTER.match(sentence, t1)) is not None
            and not _AND_GROUND.match(sentence, men.end())
        ):
            # "the SDF captured three suspected terrorists in X": fighters taken, not the place; one man taken ("captures
            # an element") is the README's abduction
            kind = (
                "abduction"
                if re.match(r"\s+(?:an?|one)\s+(?!dozen|few|couple|number|group|batch)", men.group())
                or re.search(r"(?-i:[A-Z][a-z])$", men.group())  # ("capture Colonel X": one named officer)
                else "arrest"
            )
        elif kind == "capture" and _TAKING_WORD.match(word) and _counted_captured_by(sentence, t0, t1):
            kind = "arrest"  # "five Syrian soldiers were captured by the HTS": fighters taken, by the side named after
        if kind == "capture" and re.match(r"\s+by\s+fire", sentence[t1 : t1 + 10], re.I):
            kind = "clash"  # "control by firearm": fire control, not a capture
        if word.startswith("battle") and re.search(r"\bthe\s+grand\s+$", left, re.I):
            continue  # "the grand battle of Al-Raqqah": the campaign's name
        if _WHOLLY_CONTROLLED.fullmatch(word) and not (
            (_PERFECT.search(left) or _DAY_OF_NEWS.search(sentence))
            and not _HELD_SPAN.search(sentence)
            and not re.search(r"\b(?:which|who|that)\s+(?:had\s+|has\s+|have\s+)?$", left, re.I)
        ):
            # "the army has fully controlled X", "… fully controlled X on Thursday": taken whole; but "At the time, Kurdish
            # fighters fully controlled Kobani", "HTS fully controlled Idlib throughout 2019": who held it
            continue
        if (
            word.lower() == "occupied"
            and _ILLEGALLY_BEFORE.search(sentence, max(0, t0 - 40), t0) is not None
            and not any(0 <= t0 - x.end <= 12 and x.actor not in ("civilians", "protesters") for x in acts)
        ):
            continue  # "Netanyahu visits illegally occupied Golan Heights": an adjective (not "Turkish forces illegally occupied X")
        # "the regime forces … controlled Masqan village hours ago", "controlled X today after violent clashes": a
        # translation's word for taking it, dated to the news
        taken_now = (
            word == "controlled"
            and (
                (
                    _TAKEN_NOW_AFTER.match(sentence, t1) is not None
                    and not _RELATIVE_NOW_BEFORE.search(sentence, max(0, t0 - 40), t0)
                )
                # ("The villages of Tal Fandar and Yabisah were controlled by the Turkish-backed Syrian rebels")
                or (
                    _PLACES_WERE_CONTROLLED.match(sentence[:t0]) is not None
                    and re.match(r"\s+by\s", sentence[t1:]) is not None
                    and not _HELD_SPAN_AFTER.match(sentence, t1)
                )
            )
        )
        # "the SDF advanced in the north of al-Resafa city and controlled al-Shwihna village": a verb joined to an
        # advance of the same subject, taking the place named after it
        joined_to_advance = (
            word == "controlled"
            and _ADVANCED_AND_BEFORE.search(sentence, max(0, t0 - 120), t0) is not None
            and _PLACE_OBJECT_NEXT.match(sentence, t1) is not None
        )
        if (
            word == "controlled"
            and not taken_now
            and not re.match(r"\s+" + _UNNAMED_PLACES, sentence[t1:], re.I)
            and not any(0 <= t0 - x.end <= 1 and _controls_as_verb(sentence, x) for x in acts)
            and not joined_to_advance
        ):
            continue  # "ISIS controlled Raqqa": an adjective, unless a clause opens on it ("when ISIS controlled X")
        if (
            word == "control"
            and re.match(r"\s+(?:points?|posts?)\b", sentence[t1 : t1 + 8], re.I)
            and not _control_points_verb(sentence, t0, t1, acts)
        ):
            continue  # "besieged Turkish control points in Idleb", "near a Turkish control point in Morek": posts
        if word == "control" and any(
            _UNDER_BEFORE.search(sentence, max(0, x.start - 12), x.start)
            and _CONTROL_WORDS_GAP.fullmatch(sentence, x.end, t0)
            for x in acts
        ):
            continue  # "Salma, … that has been under rebel control for three years, was captured": who held it
        if (
            word in ("control", "controls", "controlled")
            and not taken_now
            and not (_MANAGED_TO.search(left) and _GROUND_NEXT.match(sentence, t1))
            and not joined_to_advance
            and (
                not headline
                or not (
                    # "… and control X"; "seek to control X" (an intent, below); not "continues to control X" (a state)
                    re.search(
                        r"\b(?:and|(?<!continue\s)(?<!continues\s)(?<!continued\s)(?<!continuing\s)to)\s+$", left, re.I
                    )
                    or any(0 <= t0 - x.end <= 60 and _SUBJECT_GAP.fullmatch(sentence, x.end, t0) for x in acts)
                )
            )
        ):
            continue  # "X controls Y" is a state in body text; in a headline it needs its subject right before
            # ("Rebels, who controlled several villages near Saraqib, withdrew": a state, not a capture)
        if (
            kind == "siege"
            and word.startswith(("besieged", "encircled", "surrounded"))
            and (
                _DETERMINER.search(left)
                # ("the evacuation of civilians from besieged Fuaa and Kefraya": an adjective after a preposition)
                or (_PREPOSITION_BEFORE.search(left) and _NAME_NEXT.match(sentence, t1))
                # ("Red Crescent trucks entered besieged districts of Moadamiyeh": the place a convoy reached)
                or _REACHED_BEFORE.search(left)
            )
        ):
            continue
        if (
            kind == "siege"
            and (brk := _BREAK.search(left) or _SIEGE_BROKEN.search(left[-60:])) is not None
            and not re.match(r"\s+by\b", sentence[t1:])
        ):
            kind = "clash"  # "factions break the siege of Marea city": fighting there, not a siege
            if re.match(r"broke|broken|lifted", brk.group(), re.I):
                voice = "noun"  # ("the army broke a three-year siege of X": the breaking verb's past, an event)
        if (
            kind == "clash"
            and (_ATTACKED.fullmatch(word) or word.lower().startswith("destroy"))
            and (
                any(_AIRCRAFT_WORD.search(x.surface) and _AIRCRAFT_GAP.fullmatch(sentence, x.end, t0) for x in acts)
                # "A Syrian government jet fighter attacked X", "helicopter gunships attacked rebel positions"
                or _FLYER_BEFORE.search(sentence, max(0, t0 - 30), t0) is not None
            )
        ) or (
            kind in ("shelling", "bombing")
            # ("the coalition air crafts shelled seven IS bases": aircraft shell from the air)
            and (
                _BOMBING.fullmatch(word)
                # (not "The regime forces and Russian warplanes are shelling X": the ground forces' shelling)
                or (re.fullmatch(r"shell(?:ed|s|ing)", word, re.I) and not re.search(r"\band\b", left))
            )
            and _AIRCRAFT_BEFORE.search(left)
        ):
            # "Russian warplanes attack X", "the helicopters’ attack on X", "Warplanes believed to be Russian were
            # bombing X": from the air, no fight and no artillery
            kind = "strike"
        if (
            kind == "clash"
            and word.lower().startswith("destroy")
            and (
                _GUNS_BEFORE.search(sentence, max(0, t0 - 40), t0)
                # ("army units destroyed terrorist groups’ dens in X with artillery strikes")
                or _WITH_GUNS_AFTER.match(sentence, t1)
            )
        ):
            kind = "shelling"  # "Turkish artillery destroyed YPG positions near Afrin": by the guns, no fight
        if (
            kind == "clash"
            and re.fullmatch(r"attack(?:s|ed)?", word, re.I)
            and _WITH_GUNS_AFTER.match(sentence, t1)
            # (not "… with rockets and tried to storm it", "… and then clashed with troops": a fight told as well)
            and not _FIGHT_TOLD_AFTER.search(sentence, t1)
        ):
            kind = "shelling"  # "Regime forces attacked Misraba with rocket and mortar shells": by the guns, no fight
        if kind == "shelling" and re.fullmatch(r"missiles?|rockets?", word, re.I) and _FIRED_FROM_AIR.search(left):
            kind = "strike"  # "Israeli warplanes fired a number of missiles toward X", "the UAV launched a missile"
        if kind == "clash" and re.match(r"attack(?:ed|s|ing)?$", word, re.I) and _FROM_THE_AIR.match(sentence, t1):
            kind = "strike"  # "Rebels withdrew as they were attacked from the air": an air attack
        if (
            _HELD_UNDER.match(word)
            and not word.lower().endswith(" of")  # (kept above only after "now": "now IS is in full control of")
            and not _holders_word(sentence, t0, t1, acts)
        ):
            continue  # "the town was under their control": who held it, unless the holder says so of the day
        if kind == "generic" and word.lower().startswith("target") and _BY_GUNMEN.match(sentence, t1):
            kind = "violence"  # "was killed after being targeted by unknown attackers riding a motorcycle": a shooting
        if kind == "clash" and word.lower().startswith("repel") and _REPEL_PLACE.match(sentence, t1):
            # "the militants managed to repel the city of Kafr Nabuda": a place, not an attack, as the object of
            # "repel" is the translation of "retake" (Russian "otbit'")
            kind = "capture"
        if kind == "advance" and word.lower().startswith(("enter", "storm")) and _FORCING_OUT.match(sentence, t1):
            kind = "capture"  # "stormed the town of Azaz, forcing members of the Northern Storm Brigade to withdraw"
        gave_up = (
            kind == "surrender"
            and voice == "active"
            and _TO_SIDE_AFTER.match(sentence, t1) is not None
            and _MEN_GIVING_UP.search(sentence, max(0, t0 - 80), t0) is not None
            # (not "300 Daesh fighters surrendered to the factions in southeast Idlib, which marks the end of Daesh
            # presence in the region": ground given up with them)
            and not _PRESENCE_ENDED.match(sentence, t1)
        )
        if gave_up:
            kind = (
                "arrest"  # "Syrian ISIS militants surrendered to the SDF in Raqqa": men given up to a side, no ground
            )
        if (
            kind == "surrender"
            and voice == "noun"
            and any(_PLACE_OF_SURRENDER.fullmatch(sentence, t1, s) for s, _ in places if t1 <= s < t1 + 40)
        ):
            kind = "withdrawal"  # "The surrender of Harasta by Ahrar al-Sham": a place handed over, its holder gone
        if (
            kind == "capture"
            and word.lower() == "control"
            and _ZONES_AFTER.match(sentence, t1)
            and _TARGETED_BEFORE.search(sentence, max(0, t0 - 50), t0)
        ):
            continue  # "shells targeting regime control areas in Aleppo city": the areas it holds, a target
        if kind == "withdrawal" and (
            (
                re.match(r"le(?:ft|av)|fled|depart|exit", word, re.I)
                and (
                    _civil_leavers(sentence, t0, acts)
                    or not any(max(0, t0 - 80) <= x.start and x.end <= t0 for x in acts)
                )
            )
            # ("as many as 3,500 civilians have evacuated Raqqa over the last week"; not "Buses evacuated fighters")
            or (word.lower().startswith("evacuat") and _civil_leavers(sentence, t0, acts, _CIVILIANS_BEFORE))
        ):
            continue  # "hundreds of civilians left Manbij": people leaving, no side giving up ground
        if (
            kind == "withdrawal"
            and re.fullmatch(r"leave|exit(?:ed|s)?", word, re.I)
            and (_TERMS_BEFORE.search(sentence, max(0, t0 - 80), t0) or _LEFT_BEHIND.match(sentence, t1))
        ):
            continue  # "Turkey insists YPG fighters leave Manbij", "Fleeing rebels leave tanks behind": a demand, a thing
        if kind == "withdrawal" and _HANDING_OVER_AFTER.match(sentence, t1):
            continue  # "Rebels departed from eastern Aleppo, handing it over to government forces": the hand-over tells it
        if kind == "withdrawal" and word.lower().startswith("evacuat") and _BY_RESIDENTS.match(sentence, t1):
            continue  # "Jinderes was evacuated by its residents": people fleeing, no side giving up ground
        if kind in TRANSFERS and _BY_FIRE.match(sentence, t1):
            kind = "clash"  # "controlling Hantutin and Banin villages by firearm": fought over under fire, not taken
        if (
            (kind in _REMOTE or kind in TRANSFERS)
            and _PROTESTED.search(sentence, max(0, t0 - 60), t0)
            and _CROWD.search(sentence)
        ):
            # "demonstrators … condemning Assad and Russian bombardment on Idlib", "residents have taken to the streets
            # to protest the takeover of their town by HTS": what they protest, no act of the day
            continue
        if (
            kind == "strike"
            and _AIRCRAFT_TAKEN_BEFORE.search(sentence, max(0, t0 - 60), t0)
            and _SPOIL_AIRCRAFT.fullmatch(word)
        ):
            continue  # "seizing for the first time a fleet of warplanes", "leaving behind ammunition and warplanes": spoils
        if kind == "capture" and _WEAPON_BEFORE.search(sentence, max(0, t0 - 20), t0):
            continue  # "bombarded by a tank captured previously by the rebels": a weapon taken, no ground
        if _MAYBE_ACT_BEFORE.search(sentence, max(0, t0 - 40), t0) and _ACT_NOUN.fullmatch(word):
            continue  # "gave local fighters light weapons to block potential ISIS attacks": none made
        if (
            kind == "withdrawal"
            and re.fullmatch(r"(?:withdrawal|pull-?out|evacuation|departure|exit|handover|hand-over)s?", word, re.I)
            and _DEAL_TERMS_BEFORE.search(sentence, max(0, t0 - 80), t0)
        ):
            continue  # "came to an agreement providing for the withdrawal of Kurdish forces from X": the deal's terms
        if kind in (*TRANSFERS, "withdrawal", "agreement", "base", "advance") and _CONDITION_OPEN.search(
            sentence, max(0, t0 - 120), t0
        ):
            # "If the government recaptures Salma, …", "Should the Turkish Army succeed in capturing X", "If the
            # agreement is successfully implemented, …": no act
            continue
        if (
            (hyp := _HYPOTHESIS_OPEN.search(sentence, max(0, t0 - 120), t0)) is not None
            and (voice != "noun" or not _NOUN_SUBJECT_GAP.fullmatch(hyp.group("gap")))
            # (an act of a relative clause inside it was made: "whether the rebels who stormed Aleppo can hold it"; but
            # "If Jaish al-Islam fighters who refuse the deal attack army positions" is still a condition)
            and not _RELATIVE_RIGHT_BEFORE.search(hyp.group("gap"))
            and not _CONFIRMED_IF.search(sentence, hyp.start(), _comma_or(sentence, hyp.start(), len(sentence)))
        ):
            continue  # "If the army shells Douma again, …", "It is yet to be seen if the army commits to an attack": none
        if (
            kind == "base"
            and voice == "passive"
            and word.lower() == "intercepted"
            and not _PROJECTILES_BEFORE.search(sentence, max(0, t0 - 60), t0)
        ):
            continue  # ("a convoy was intercepted"): only projectiles stopped make a disrupted strike
        if (
            kind == "clash"
            and re.fullmatch(r"attacks?", word, re.I)
            and _RESPONSIBILITY_FOR.search(sentence, max(0, t0 - 40), t0)
            and _CLAUSE_END.match(sentence, t1)
        ):
            continue  # "No one has yet claimed responsibility for the attack.": the attack told before, no new one
        if (
            kind == "clash"
            and re.fullmatch(r"attacks?", word, re.I)
            and re.search(r"\bthe\s+$", sentence[max(0, t0 - 5) : t0], re.I)
            and _CLAIMED_AFTER_NOUN.match(sentence, t1)
        ):
            continue  # "…; the attack was claimed by Islamic State": the blast told before, now claimed
        if (
            kind == "clash"
            and re.fullmatch(r"fighting|battling", word, re.I)
            and _WHO_ARE_BEFORE.search(left)
            # (its object a side, "… fighting (against) (the) Assad's forces", and nothing after it but where: not
            # "Rebels who are fighting the army in Kafr Zita shelled X", nor a fight dated "on Thursday")
            and any(
                _FOUGHT_GAP.fullmatch(sentence, t1, x.start) and _ONLY_WHERE_AFTER.fullmatch(sentence, x.end)
                for x in acts
            )
        ):
            continue  # "non-Isis rebels who are fighting Bashar al-Assad's forces": who they are, not a fight told
        if kind == "clash" and re.fullmatch(r"attacks?", word, re.I) and _BLAMED_AFTER.match(sentence, t1):
            continue  # "in attacks the regime blamed on Al-Qaeda": the act told before, and who blamed whom for it
        if kind == "siege" and word.lower() == "surrounding" and _SURROUNDINGS_AFTER.match(sentence, t1):
            continue  # "the surrounding area of Tishreen Stadium", "X and surrounding villages": nearby, no siege
        if (
            kind == "capture"
            and word.lower().startswith(("cleans", "purg"))
            and not _cleansed_of_side(sentence, t1, acts)
        ):
            continue  # "cleansed Homs of its Sunni residents": people driven out, no ground taken from a side
        if (
            kind == "siege"
            and word.lower() == "surrounding"
            and (_SURROUNDINGS_BEFORE.search(left) or _NAMED_PLACES_BEFORE.search(sentence, max(0, t0 - 120), t0))
            # (but "tightened the siege on the villages surrounding Qusayr": a siege told before the word)
            and not _SIEGE_BEFORE.search(sentence, max(0, t0 - 60), t0)
        ):
            continue  # "the final rebel stronghold in the area surrounding the town of Qusair": where, no siege
        if kind == "clash" and _DOWNING_WORD.fullmatch(word) and _DOWNED_PROJECTILES.match(sentence, t1):
            kind = "base"  # "air defense that shot down most of them": a strike stopped (disrupted weapons use)
        if (
            kind == "advance"
            and word.lower().startswith("enter")
            and _VEHICLES_BEFORE.search(sentence, max(0, t0 - 30), t0)
        ):
            continue  # "it said 55 vehicles had entered Ras al-Ain and 86 had left": a convoy counted, no fight
        if kind == "advance" and word.startswith("enter") and _ENTRY_AFTER_EXIT.match(sentence, t1):
            kind = "capture"  # "the army entered Harasta after the rebels' surrender and evacuation": it is theirs now
        if (
            kind in ("strike", "shelling")
            and (
                _SUPPORT.search(left)
                or (_AIRCRAFT_WORD.search(word) and _SUPPORT_AIRCRAFT.search(sentence, max(0, t0 - 60), t0))
            )
            and not _FIRE_ACT.search(word)
        ):
            continue  # "backed by coalition helicopters": support, not the event ("supported by shelling" is one)
        fired_on = _ON_PROTEST.match(sentence, t1) if kind == "violence" and OPEN_FIRE.match(word) else None
        if fired_on and not re.search(r"(?:ers|ors|crowds?)$", fired_on.group(0), re.I):
            continue  # "HTS opens fire on a demonstration": the protest's word makes the event (force against it)
        if fired_on:
            kind = "protest"  # "Regime forces open fire on protesters": the crowd's act, met by force
        if (
            kind == "withdrawal"
            and word.lower().startswith("los")
            and (
                (_LOST_BEFORE.search(left) and not _SAID_LOST.search(left))
                or any(x.start > t1 and _TO_SIDE.fullmatch(sentence, t1, x.start) for x in acts)
            )
        ):
            continue  # "areas they lost control of": background; "lost control of X to Y": Y's capture, not read here
        if (
            kind == "protest"
            and re.match(r"(?:gather|assembl|march)", word, re.I)
            and (
                any(
                    0 <= t0 - x.end <= 25
                    and x.actor not in ("civilians", "protesters")
                    and not _HELD_AFTER.match(sentence, x.end)  # ("Residents of SDF-held Manbij gathered")
                    for x in acts
                )
                or _OWN_FORCES_AFTER.match(sentence, t1)
            )
            and not _TO_PROTEST.match(sentence, t1)
        ):
            continue  # "ISIS fighters marched through Raqqa chanting slogans", "Rebels gathered their forces": no protest
        if (
            kind == "protest"
            and re.match(r"(?:gather|assembl|march)", word, re.I)
            and _QUOTED_CHANT.search(sentence, t1, t1 + 130)
            and not _OTHER_PROTEST_CUE.search(sentence, t1, t1 + 130)
            and (_MOURNING.search(sentence) or not _CROWD_BEFORE.search(sentence, max(0, t0 - 60), t0))
        ):
            continue  # "Mourners gathered at the funeral, chanting “…”", "Soldiers marched chanting “…”": no protest
        if kind == "handover" and (
            # (not "handed over its heavy weaponry and Douma to Russian military police": the town as well)
            ((own := _OWN_WEAPONS.match(sentence, t1)) is not None and not _AND_PLACE_AFTER.match(sentence, own.end()))
            or _WEAPONS_PASSIVE.search(sentence, max(0, t0 - 30), t0)
        ):
            if _RELATIVE_WHO.search(sentence, max(0, t0 - 40), t0):
                continue  # "Rebels who handed over their weapons in Daraa were arrested": who they are, not news
            kind = "agreement"  # "rebel groups … continued to hand over their weapons to the Syrian army": a deal carried out
        if kind == "agreement" and (_AGREEMENT_ENDS.search(left) or _COLLAPSED_AFTER.match(sentence, t1)):
            continue  # "announces the collapse of the ceasefire": the end of a deal, not one made
        if (
            kind == "agreement"
            and not word.startswith(("settl", "hand"))  # (weapons handed over: the deal carried out, below)
            and not (
                _AGREEMENT_MADE.search(sentence)
                or (headline and _AGREEMENT_OF.match(sentence, t1) and not _TALKS.search(left))
                or _AGREEMENT_EXTENDED.search(sentence, max(0, t0 - 40), t0)
                or _AGREEMENT_HELD.match(sentence, t1)
            )
        ):
            continue  # "the truce has largely held" is a state; an agreement is reached, signed, announced
            # (a headline's "agreement to stop the bombardment in X" announces one; "talks on an agreement" do not)
        if (
            kind in TRANSFERS
            and voice == "active"
            and word.lower() in ("capture", "recapture", "re-capture")
            # ("The insurgents’ recent capture of Aleppo": a plural owner, a word between)
            and re.search(r"(?:['’]s|s['’])\s+(?:(?:recent|earlier|previous)\s+)?$", left)
        ):
            voice = "noun"  # "The army's capture earlier this week of Suran": a noun after its owner
        if voice != "passive" and _BE.search(sentence[max(0, t0 - 30) : t0]) and _participle(word.split(" by ")[0]):
            voice = "passive"  # (and "were killed by gunfire": those killed are the patients)
        elif (
            kind == "handover"
            and _BE.search(sentence[max(0, t0 - 30) : t0])
            and word.lower().startswith("handed")
            # (not arms: "All the weaponry in Inkhil has been handed over to government forces")
            and not _ARMS_SUBJECT.search(sentence, max(0, t0 - 60), t0)
        ):
            voice = (
                "passive"  # "Ras al-Ain was handed over to Turkish-backed rebels": the place before, handed to the side
            )
        elif (
            kind in ("violence", "abduction", "arrest")
            and word.endswith("ed")
            and _REDUCED.match(sentence, t1)
            # (not a perfect: "The Islamic State (IS) group has executed at least 217 people")
            and not _AUXILIARY_BEFORE.search(sentence, max(0, t0 - 30), t0)
            # (not "The Islamic State reportedly kidnapped at least 100 civilians": a side right before its verb)
            and not any(0 <= t0 - x.end <= 26 and _ADVERB_GAP.fullmatch(sentence, x.end, t0) for x in acts)
            and not (
                _COUNTED_OBJECT.match(sentence, t1)
                and any(0 <= t0 - x.end <= 30 and _MEN_GAP.fullmatch(sentence, x.end, t0) for x in acts)
            )
        ):
            voice = "reduced"  # headline passive: "Four ISIS members executed in Jarablus town"
        elif (
            kind == "capture"
            and headline
            and re.fullmatch(r"(?:re)?(?:taken|captured|seized|liberated|freed)", word)
            and any(0 <= t0 - e <= 2 for _, e in places)
            # (not a reduced relative before the finite verb: "the centre of Afrin seized by rebels has recovered")
            and not re.search(r"\b(?:has|have|had|is|are|was|were)\b", sentence[t1:], re.I)
            # (nor the side's verb after a relative clause that ends on a place: "HTS, which controls most of Idlib,
            # captured X")
            and not _RELATIVE_ENDS_BEFORE.search(sentence, 0, t0)
            # (nor a verb with its object place: "Rebels fighting the army in Hama captured Kafr Zita")
            and not any(s >= t1 and _OBJECT_PLACE_GAP.fullmatch(sentence, t1, s) for s, _ in places)
        ):
            voice = "reduced"  # "Syrian army says Aleppo retaken": the place right before the participle was taken
        elif (
            kind == "capture"
            and voice == "active"
            and re.fullmatch(r"(?:re)?(?:taken|captured|seized|liberated|overrun)", word, re.I)
            and _PLACES_NOUN_BEFORE.search(sentence, max(0, t0 - 40), t0)
            and _BY_NEXT.match(sentence, t1)
        ):
            voice = "reduced"  # "The towns and villages seized by Jaysh al-Fateh include X and Y"
        elif (
            kind == "capture"
            and voice == "active"
            and re.fullmatch(r"(?:re)?(?:taken|captured|seized|liberated|overrun)", word, re.I)
            and any(_COMMA_GAP.fullmatch(sentence, e, t0) for _, e in places)
            and _BY_NEXT.match(sentence, t1)
            # (not a hold of long ago: "Qomhana, last occupied by rebels in 2014", "Kafr Zita, captured by rebels in
            # May")
            and not _PAST_DATE.search(sentence, t1, min(len(sentence), t1 + 70))
            # (nor the earlier loss of a place the sentence tells retaken: "The army recaptured Latmin, seized by rebels
            # on Friday")
            and not _TAKING_BEFORE.search(sentence, 0, t0)
        ):
            voice = "reduced"  # "the village of Kawkab, taken by rebels earlier in the day": the place before, taken
        if word.startswith("arriv") and not (
            _DEPLOYED.search(sentence, max(0, t0 - 60), t0) and not _CIVIL_CONVOY.search(sentence, max(0, t0 - 60), t0)
        ):
            continue  # "the aid convoy arrives in X", "displaced people arrive in X": not a deployment
        if kind == "strike" and (_DOWNED.match(sentence, t1) or _DOWNING_BEFORE.search(sentence, max(0, t0 - 50), t0)):
            continue  # "the pilot of the warplane crashed southeast of X": a loss of an aircraft, not a strike
        if (
            word in ("fighting", "battling")
            and any(0 <= t0 - x.end <= 1 for x in acts)
            and (main := _DESCRIBED_SUBJECT_VERB.match(sentence, t1)) is not None
            # (its own place named: not "… fighting ISIS in al-Bab have captured the hospital hill", whose fight is
            # the only place of the act)
            and any(_OBJECT_PLACE_NEAR.fullmatch(sentence, main.end(), s2) for s2, _ in places if s2 >= main.end())
        ):
            continue  # "SDF fighting ISIS in southern Hasakah have taken control of X": who the subject is, no act
        if word.endswith("captive") and _CAPTIVE_COMBATANTS.search(sentence, max(0, t0 - 60), t0):
            continue  # "Dozens of regime soldiers were taken captive by rebels during the battle": part of the battle
        if _HABIT_BEFORE.search(sentence, max(0, t0 - 60), t0) or _HABIT_AFTER.match(sentence, t1):
            # "There have been periodic clashes between regime and Kurdish forces in Hasakah", "despite being targeted
            # frequently by government forces", "Israel regularly strikes Iran-linked sites": a habit, no act of a day
            continue
        if (
            (
                (re.match(r"(?:carr|conduct|reach|gain|mak|made)", word, re.I) and kind in ("clash", "advance"))
                or (word == "evacuation" and kind == "withdrawal")
                or (word == "entered" and _SIDES_DISTRICTS.match(sentence, t1))
            )
            and not any(0 <= t0 - x.end <= 40 and x.actor not in ("civilians", "protesters") for x in acts)
        ) or (word.startswith("reach") and _CIVIL_MOVERS_BEFORE.search(sentence, max(0, t0 - 60), t0)):
            # "Aid agencies carried out operations in Idlib", "The displaced reached the outskirts of X", "An evacuation out
            # of Foua is planned", "An ICRC team entered rebel districts in Aleppo", "Families fleeing Syrian army
            # bombardment reached the outskirts of Azaz": no armed side acts
            continue
        if (word.startswith(("burn", "torch")) or re.match(r"set(?:s|ting)?\s+fire", word, re.I)) and (
            # (an armed side: not "Protesters set fire to the headquarters of the Baath Party", a riot; but "Some
            # fighters were also seen setting fire to shops": armed men, whoever they fight for)
            not _armed_named_before(sentence, acts, t0, 40) or _FIRE_MEANS.search(sentence, max(0, t0 - 40), t0)
        ):
            # "The fire burned houses in X": property burnt, by no side the words name; "The regime's incendiary shells
            # burned the crops", "Regime forces' shelling burned crops": the fire of a weapon, read as its strike
            continue
        if (
            kind == "capture"
            and re.match(r"gain", word, re.I)
            and re.match(
                # (a place named by the capture after it: not "…, seizing several villages")
                r"[^.;]{0,80}?,\s*(?:capturing|seizing|taking|retaking|recapturing|including)\s+(?:the\s+)?"
                # ("retaking the strategic Jazal oil field", "seizing the villages of A and B", "capturing three hilltops
                # overlooking Kafr Nabudah")
                r"(?:[\w-]+\s+){0,3}?(?:(?:village|town|city|hill|base)s?\s+of\s+)?(?:(?:al|el)-)?(?-i:[A-Z])",
                sentence[t1:],
                re.I,
            )
        ):
            continue  # "gained further territory from HTS in southern Idlib, capturing the village of Tah": the gain told
        if (
            re.match(r"br(?:oke|eak)", word, re.I)
            and kind == "base"
            and (
                (_RAID_PURPOSE.search(sentence, t1) and not _GOODS_TAKEN.match(sentence, t1))
                or not (_armed_named_before(sentence, acts, t0, 60) or re.search(r"\blooters\b", sentence, re.I))
                or (
                    re.match(r"\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:homes?|houses?)\b", sentence[t1:], re.I)
                    and not _GOODS_TAKEN.search(sentence, t1)
                )
            )
        ):
            # "broke into shops … and left with foodstuff", "Militiamen were breaking into stores": looting; not a raid to
            # arrest, abduct or search ("Security forces broke into houses in Baniyas, arresting dozens of men"), nor
            # thieves or residents, nor homes entered with nothing said taken
            continue
        if (
            word.lower() == "abandoning"
            and kind == "withdrawal"
            and not _armed_named_before(sentence, acts, t0, 80)
            # (an opening participle's doer follows its comma: "Abandoning X, rebels withdrew")
            and not (
                t0 == 0
                and (comma := sentence.find(",", t1)) > 0
                # (a side right after the comma, who then moves: not "Abandoning Khan Sheikhoun, Turkey said its
                # post would stay", nor "Abandoning Mesraba, residents moved toward Douma as the army pressed in")
                and (moved := _MOVED_ON.search(sentence, comma, comma + 90)) is not None
                and any(
                    comma < x.start < moved.start()
                    and x.start - comma <= 40
                    and x.actor not in ("", "civilians", "protesters", "unidentified")
                    for x in acts
                )
            )
        ):
            continue  # "Civilians began abandoning the town of Saraqeb": people leaving, no side giving up ground
        if word.lower() == "patrolling" and (
            _RELATIVE_START.search(sentence, max(0, t0 - 40), t0) or not _armed_named_before(sentence, acts, t0, 60)
        ):
            # "a joint convoy that had started patrolling the M4": the convoy described; "Residents of Jaramana started
            # patrolling their neighbourhood": no force moved in
            continue
        if word.lower() in ("strike", "strikes") and _WALKOUT_BEFORE.search(sentence, max(0, t0 - 25), t0):
            continue  # "A hunger strike took place in Hama central prison", "the general strike": no fire
        if word.lower().startswith(("pour", "flood")) and not (
            _PROTESTED_AFTER.match(sentence, t1)
            or (_CROWD_POURED.search(sentence, max(0, t0 - 60), t0) and not _NOT_A_CROWD.search(sentence))
        ):
            continue  # "Displaced families poured into the streets of Tal Tamr", "Floodwater poured into …": no protest
        if _MADE_OR_KEPT.search(sentence, max(0, t0 - 40), t0):
            continue  # "an Iranian factory for the manufacture of drones": weapons made or stored, no act
        if kind in (*_REMOTE, "bombing") and _TOLL_AFTER.match(sentence, t1):
            continue  # "Damascus bombings death toll increased to 16": the toll of an act told before
        if (
            voice == "noun"
            and (judged := _DESCRIBED_THE.search(sentence, max(0, t0 - 40), t0)) is not None
            and _AS_JUDGED.match(sentence, t1) is not None
            # (not when a side is named in it: "describing the Israeli air strikes as an aggression", "describing these
            # attacks as Israeli aggression" tell who struck)
            and not any(judged.start() <= x.start < t1 + 60 for x in acts)
            # (only an act told before: "accused Israel of striking a depot, describing the raid as aggression" has
            # only the raid to read)
            and any(u1 <= judged.start() and u2 != "base" for _, u1, u2, _ in out)
        ):
            continue  # "… describing the attacks as “the heaviest strikes”": the act already told, judged
        if voice == "noun" and _JUDGED_AS_BEFORE.search(sentence, max(0, t0 - 60), t0) is not None:
            continue  # "…, branding the attack a massacre": the judgement's own noun, or the act judged, no new act
        if (
            word.lower() == "bombings"
            and re.search(r"\bthe\s+$", sentence[max(0, t0 - 5) : t0], re.I)
            and not _HARM_TOLD_AFTER.match(sentence, t1, t1 + 90)
            and (
                _JUDGED_BEFORE.search(sentence, max(0, t0 - 30), t0) is not None
                or _BOMBINGS_EASED.match(sentence, t1, t1 + 60) is not None
            )
        ):
            continue  # "Residents said the bombings had eased in Douma", "the UN condemned the bombings": acts told before
        if (
            word in ("strike", "strikes")
            and not any(0 <= t0 - x.end <= 1 for x in acts)
            and not _STRIKE_HARMS.match(sentence, t1)  # "Strike kills 19 civilians in …": no walkout
            and not (word == "strikes" and _STRIKES_OF_WAR.search(sentence, max(0, t0 - 20), t0))
        ):
            continue  # "Coalition strikes kill 15": an air force's strikes; a bare "strike" may be a walkout
        if (
            kind == "strike"
            and word.startswith("raid")
            and any(
                0 <= t0 - x.end <= 1 and not _AIR.search(x.surface) and not _STATE_ADJECTIVE.fullmatch(x.surface)
                for x in acts
            )
        ):
            kind = "clash"  # "HTS raids al-Dana": a ground raid, not an air raid
        if kind == "violence" and re.match(_EACH_OTHER, sentence[t1 : t1 + 60], re.I):
            kind = "clash"  # "two FSA factions opened fire against each other": a fight between them
        if kind == "strike" and word.startswith("raid") and _ARRESTS_AFTER.match(sentence, t1):
            kind = "arrest"  # "security forces launched raids in the town of Kafruma, arresting 13 people"
        if (
            kind == "strike"
            and word.startswith("raid")
            and _ARRESTED_BEFORE.search(sentence, max(0, t0 - 80), t0)
            and not _AIR.search(sentence, max(0, t0 - 12), t0)
        ):
            continue  # "12 residents were arrested by the regime security in night raids": the arrests' house searches
        if kind == "arrest" and out and out[-1][2] == "arrest" and _ARRESTS_AFTER.fullmatch(sentence, out[-1][1], t1):
            continue  # (the raid's arrests, told by the word after it: one act)
        if (
            kind == "capture"
            and out
            and out[-1][2] == "capture"
            and re.fullmatch(r"(?:seized|captured|taken|overrun|occupied)", word) is not None
            and _BY_NEXT.match(sentence, t1) is not None
            and _GROUND_TAKEN_GAP.fullmatch(sentence, out[-1][1], t0) is not None
        ):
            continue  # "re-captured several villages seized by IS militants around Ain Issa": the earlier loss, told
        out.append((t0, t1, kind, voice))
    bombs = [t for t in out if t[2] in ("explosive", "suicide")]
    if bombs:
        # "A suicide bomber killed at least 16 people on Wednesday in an attack on Kurdish security forces in X": the
        # attack is the bombing (its target and place are the bomb's)
        out = [
            t
            for t in out
            if not (
                t[2] == "clash"
                and re.fullmatch(r"attacks?", sentence[t[0] : t[1]], re.I)
                and _IN_AN_ATTACK.search(sentence, max(0, t[0] - 20), t[0])
                and any(0 < t[0] - b[1] <= 90 and not re.search(r"[;]|\band\b", sentence[b[1] : t[0]]) for b in bombs)
            )
        ]
        suicides = [b for b in bombs if b[2] == "suicide"]
        # "an ISIS suicide bomber plunged towards the SAA in a vehicle packed with explosives": the bomber's vehicle is
        # the same act
        out = [
            t
            for t in out
            if not (
                t[2] == "explosive"
                and _LADEN_VEHICLE.fullmatch(sentence, t[0], t[1])
                and _MEANS_BEFORE.search(sentence, max(0, t[0] - 12), t[0])
                and any(0 < t[0] - b[1] <= 90 and not re.search(r"[;]", sentence[b[1] : t[0]]) for b in suicides)
            )
        ]
    stops = [t for t in out if t[2] == "base" and STOPPING.match(sentence, t[0])]
    if stops:
        # "intercepted several missiles … before they hit their targets in Damascus", "thwarted missiles fired from
        # Israeli aircraft, targeting army positions in Quneitra": the strike's words after its stopping tell the
        # stopped strike, not one of their own
        # ("… intercepted missiles … and managed to shoot down most of them": the downing is the stopping, too)
        out = [
            t
            for t in out
            if not (
                (
                    t[2] in _STOPPED_KINDS
                    or (
                        t[2] == "clash"
                        and _DOWNING_WORD.match(sentence, t[0])
                        # (not a side's own downing after "and": "shot down a Turkish drone and the Turkish military
                        # shot down two Syrian aircraft")
                        and not any(
                            x.end <= t[0]
                            and 0 <= t[0] - x.end <= 20
                            and _AND_THE.search(sentence, max(0, x.start - 10), x.start)
                            for x in acts
                        )
                    )
                )
                and any(
                    0 < t[0] - b[1] <= 120
                    or (
                        b[3] == "passive"
                        and 0 < b[0] - t[1] <= 80
                        # (not a strike told whole before "and" and the projectiles stopped: "Israeli aircraft
                        # attacked the airport and several Israeli missiles were intercepted")
                        and not _AND_NEW_SUBJECT.search(sentence, t[1], b[0])
                    )
                    for b in stops
                )
            )
        ]
    crowd = next((x for x in acts if x.actor == "protesters"), None)
    if (
        crowd is not None
        and all(t[2] != "protest" for t in out)
        and (dispersal := _DISPERSE_BEFORE.search(sentence, max(0, crowd.start - 90), crowd.start)) is not None
    ):
        # "Security forces opened fire with live rounds to disperse demonstrators in Homs": the crowd's act, met by
        # force (the fire is the force, no act of its own)
        out = [t for t in out if not (t[2] in ("violence", "clash") and dispersal.start() - 60 <= t[0] < crowd.start)]
        out.insert(0, (crowd.start, crowd.end, "protest", "noun"))
        out.sort()
    if (
        crowd is not None
        and _CROWD_FIRST.fullmatch(sentence, 0, crowd.start)
        and all(t[2] != "protest" and t[0] > crowd.start for t in out)
    ):
        # "Protesters in Idlib renew their demands", "Hundreds of demonstrators gather in X": the crowd that opens
        # the sentence is the act — not "Regime forces open fire on protesters" (the act is the fire, done to them)
        out.insert(0, (crowd.start, crowd.end, "protest", "noun"))
    if any(t[2] in ("explosive", "violence") for t in out):
        # "Explosions were heard in Damascus as a result of an Israeli attack on X", "… caused by detonating a car bomb":
        # the blasts heard are the act the text says caused them, one event (its words, its kind)
        caused = []
        for t in out:
            cause = _HEARD_CAUSE.match(sentence, t[1]) if t[2] == "explosive" else None
            if (
                cause is not None
                and any(0 <= u[0] - cause.end() <= 60 for u in out if u is not t)
                # (when the cause names no place, the blasts' place is the only one: "a loud explosion heard in
                # south of al-Hasakah caused by detonating a booby-trapped vehicle by IS")
                and any(a >= cause.end() for a, _ in places)
            ):
                caused.append(t)
        # "missiles on X, resulting in a number of powerful explosions", "a drone strike targeted a vehicle …,
        # triggering a powerful explosion": blasts that a strike or shelling before them caused are that act's
        # (and "airstrikes on X, causing a massacre in the town": the strike's toll, no act of its own)
        caused += [
            t
            for t in out
            if (t[2] == "explosive" or (t[2] == "violence" and _MASSACRE_WORD.match(sentence, t[0], t[1])))
            and _EFFECT_BEFORE.search(sentence, max(0, t[0] - 50), t[0])
            and any(u[1] <= t[0] and u[2] in ("strike", "shelling", "bombing", "generic") for u in out)
        ]
        out = [t for t in out if t not in caused]
    return _merge_adjacent(sentence, out, places, acts)


_LOST_BEFORE = re.compile(r"\b(?:they|it|he|which|that|who)\s+(?:had\s+|have\s+|has\s+)?$", re.I)
#: the loser's own word of its loss: "The Syrian army said (on Thursday) (that) it had lost control of Hama"
_SAID_LOST = re.compile(
    rf"\b{_SPEECH_VERB}\s+(?:{_SPEECH_DAY}\s+)?(?:that\s+)?(?:they|it)\s+"
    r"(?:had\s+|have\s+|has\s+)?$",
    re.I,
)
_TO_SIDE = re.compile(r"[^,;.]{1,60}?\bto\s+(?:the\s+)?", re.I)
#: blasts heard and their cause: "explosions were heard in X, as a result of", "a loud explosion heard … caused by"
_EFFECT_BEFORE = re.compile(
    r",?\s*(?:resulting\s+in|result(?:ed|s)?\s+in|trigger(?:ing|ed|s)?|caus(?:ing|ed|es)|leading\s+to|led\s+to|"
    r"sparking|sparked|setting\s+off|set\s+off|committing)\s+(?:an?\s+|the\s+)?(?:number\s+of\s+|series\s+of\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)
#: a massacre as an act's word ("causing a massacre in the town": the toll of the strike before it)
_MASSACRE_WORD = re.compile(r"massacres?\b", re.I)
_HEARD_CAUSE = re.compile(
    r"\s+(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?heard\b[^.;]{0,100}?\b(?:as\s+a\s+result\s+of|caused\s+by|"
    r"due\s+to|resulting\s+from|because\s+of)\s+(?:the\s+|an?\s+)?",
    re.I,
)
_WITH_INSTRUMENT = re.compile(
    r"\b(?:with|using)\s+(?:(?:a|an|the)\s+)?(?:cover\s+of\s+)?(?:[\w-]+\s+){0,2}$|\band\s+with\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
#: a relative "that" right before a verb: "the offensive that captured Nasib"
_THAT_BEFORE = re.compile(r"\bthat\s+$", re.I)
#: a possessive place that only locates the village named after it: "Dabiq's neighboring village of "
_NEIGHBOUR_OF_AFTER = re.compile(
    r"['’]s?\s+(?:neighbou?ring|nearby|adjacent|sister)\s+(?:villages?|towns?)\s+of\s", re.I
)
#: "escalate their targeting of Ma'dan": a possessive before a gerund names its agent, it does not point back
_POSSESSIVE_DET = re.compile(r"\b(?:its|their|his)\s+$", re.I)
_ARTICLE_BEFORE = re.compile(r"\b(?:an?|the)\s+(?:new\s+)?$", re.I)
_TARGETED_END = re.compile(r"\b(?:target(?:s|ed|ing)?|hit(?:s)?)$", re.I)
_OF_AFTER = re.compile(r"\s+(?:of|on|to)\s", re.I)
#: "raids on X with the continuation of clashes": fighting at the place of the event before
_WITH_CLASHES = re.compile(
    r"\bwith\s+(?:the\s+)?(?:(?:continuation|renewal|resumption)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:renewed|continued|continuing|ongoing|violent|fierce|heavy)\s+)*$",
    re.I,
)
_AND_IN = re.compile(r"\s*(?:,\s*)?and\s+(?:in|at|on)\s+(?:the\s+)?", re.I)
#: "Clashes renewed in Deir Ezzor and continue in the eastern countryside of Homs": the act goes on at another place,
#: its subject elided — one more place of the same act, as "and in Y" would be
_GOES_ON = re.compile(
    rf"\s*{TYPE_WORD_AFTER}(?:,\s*)?and\s+(?:then\s+)?{GOING_ON_VERBS}\s+(?:in|on|at|near|around)\s+(?:the\s+)?"
    r"((?:vicinity|outskirts|surroundings)\s+of\s+(?:the\s+)?)?",
    re.I,
)
_GOING_ON_KINDS = frozenset({"clash", "shelling", "strike"})


def _going_on(sentence: str, places, args: list) -> list:
    """The places an act goes on at after its own, each joined by "and continue in …" (:data:`_GOES_ON`)."""
    out: list = []
    last = places[args[-1].index][1]
    for i, (s, e) in enumerate(places):
        m = _GOES_ON.fullmatch(sentence, last, s) if s > last else None
        if m is not None:
            out.append(Argument(i, "near" if m.group(1) else "at"))  # ("continue in the vicinity of X": near it)
            last = e
    return out


_COVER_BEFORE = re.compile(r"\b(?:under|with)\s+(?:(?:a|an|the)\s+)?cover\s+of\s+(?:[\w-]+\s+){0,3}$", re.I)
_SUPPORT_AFTER = re.compile(r"\s+(?:support|backing|cover)\b", re.I)
_INSTRUMENT_LIST = re.compile(
    r"\s*(?:,|&|\band\b|\bor\b|\bwith\b|\bby\b)?\s*(?:(?:and|with|by)\s+)*(?:(?:the|a|an|\d+|heavy|intense|more)\s+)*",
    re.I,
)
#: arms, not acts ("missiles", not "shelling"): listed after one side's arms, they are that side's too
_ARMS_WORDS = (
    r"missiles?|rockets?|shells?|mortars?|(?:war)?planes?|helicopters?|jets|barrel[\s-]+bombs?|barrels|cylinders?"
)
_ARMS_WORD = re.compile(rf"(?:{_ARMS_WORDS})\b", re.I)
#: the next instrument of a list ("Barrel bombs and missiles …"): arms, or the raids and artillery they fire
_INSTRUMENT_NEXT = re.compile(
    rf"\s*(?:,|&|\band\b)\s*(?:(?:the|\d+|heavy|intense|more)\s+)*(?:{_ARMS_WORDS}|raids?|air\s*strikes?|artillery)\b",
    re.I,
)
#: "regain positions they lost" takes ground back; "took positions" only deploys
_REGAIN_POSITIONS = re.compile(r"re-?(?:gain|tak)\w*\s+(?:the\s+)?positions\b", re.I)
_REDUCED = re.compile(r"\s*(?:$|[,.;:]|(?:in|at|near|on|inside|by|yesterday|today|after|during|for)\b)", re.I)
#: what may stand between a headline's subject and its verb: "SDF supported by the Coalition's Special Forces control"
#: (a closing quote after a quoted name, and "completely", "fully": "“Al-Jazeera Storm” operation completely control")
_SUBJECT_GAP = re.compile(
    r"[”\"’']?(?:\s*(?:['’]s|supported|backed|aided|led|by|with|the|and|of|its|their|forces|fighters|units|troops|"
    r"elements|members|special|operations?|room|elite|groups?|officers|advisers|experts|completely|fully|totally|"
    r"support|cover|backing|militiamen|militias?|soldiers|gunmen|allies|allied|"  # ("Assad militiamen killed 17 civilians")
    # ("Suspected ISIS extremists killed at least 31 people")
    r"extremists|militants|jihadists|insurgents|"
    # ("The Islamic State also reportedly killed 49 people", "has killed")
    # ("The Syrian regime now control the town of Harak")
    r"entirely|finally|also|again|now|has|have|\w+ly|[A-Z][\w’'-]*)\b)*\s*"
    # "Turkish military says killed 65 IS militants": a source's verb before what it says it did
    r"(?:(?:says?|said|reports?|reported|claims?|claimed)\s+(?:(?:it|they)\s+)?(?:has\s+|have\s+)?)?"
)
#: the place a side that opens a sentence is in: " in Tafas", " in the province of Daraa"
_SUBJECT_AT = re.compile(
    r"\s+in\s+(?:the\s+)?(?=(?:[a-z]+\s+)*[A-Z])"
    r"(?:(?:southern|northern|eastern|western|central|province|city|town|village|countryside|of|[A-Z][\w’'-]*)\s+)+"
)
#: "kills 6 citizens", "kills a family of nine people", "kills at least 4" (and fighters not counted: "units of the
#: army killed members of terrorist groups from Jabhat al-Nusra in X", "killed a number of militants")
_KILLED = re.compile(
    # (a toll in quotes: killed “at least 146” civilians)
    rf"\s+[“\"]?(?:at\s+least\s+|about\s+|more\s+than\s+|nearly\s+)?(?:(?:an?\s+|the\s+)?famil(?:y|ies)\s+of\s+)?"
    rf"(?:{_NUM}|dozens|tens|several|many|"
    # (men under arms: not "killed members of the local council", "killed scores of detainees")
    r"(?:a\s+number\s+of|scores\s+of)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:terrorists|militants|fighters|gunmen|soldiers|"
    r"members|elements|troops|militiamen)|"
    r"(?:fighters|militants|gunmen|elements|terrorists|soldiers|militiamen)\s+(?:of|from)\s|"
    # (a side's men, uncounted: "Army units killed ISIS terrorists in Humaimah")
    r"(?:the\s+)?(?-i:[A-Z])[\w'’-]*\s+(?:terrorists|militants|jihadists|mercenaries|gunmen)|"
    r"members\s+(?:of|from)\s+(?:the\s+)?(?:terrorist|armed|militant|regime|government|army|rebel|opposition|"
    r"factions?|(?-i:[A-Z]))[^,;.]*?\s(?=\w))\b",
    re.I,
)
_BETWEEN = re.compile(
    # (not a side's men fought: "Rebels battled pockets of regime loyalists for control of Raqqa")
    r"\s+(?!(?:pockets|remnants|positions|units|elements|members|dozens|hundreds|scores)\s+of\b)"
    # (nor the target's owner: "a violent attack on sites of Al-Sham Corps and the Division 13")
    r"(?!(?:on|against|targeting|at)\s)"
    r"(?:\w+\s+){0,2}?(?:between|of)\s+(?:the\s+)?[“\"']?",
    re.I,
)


def _sides_between(sentence: str, t1: int) -> bool:
    """Whether the sides of a clash word ending at ``t1`` follow it after "between" (:data:`_BETWEEN`)."""
    m = _BETWEEN.match(sentence, t1)
    return m is not None and "between" in m.group().lower()


_STOPPED = re.compile(
    r"\b(?:stop|stops|stopped|stopping|end|ending|halt|halted|halting|cease|ceased|cessation\s+of|suspend\w*)\s+"
    r"(?:the\s+|all\s+)?(?:\w+\s+){0,1}$",
    re.I,
)
#: aircraft that fly or hover over a place, or drop what is no weapon: no strike
_UNARMED_FLIGHT = re.compile(
    r"\s+(?:(?:continue|continues|continued)\s+(?:to\s+)?)?(?:fly|flies|flew|flying|hover\w*|circl\w*|roam\w*)\s+"
    r"(?:(?:intensively|heavily|low|again)\s+)?(?:over|above|in\s+the\s+sk(?:y|ies))\b|"
    r"\s+(?:throw|throws|threw|drop|drops|dropped|airdrop\w*)\s+(?:\w+\s+){0,2}?"
    r"(?:umbrellas|parachutes|aid|supplies|food|ammunition|weapons|leaflets|flyers)\b",
    re.I,
)
#: (unless they fire next: "Warplanes fly over the city and shell positions held by Kurdish forces")
_THEN_FIRE = re.compile(
    r"\band\s+(?:then\s+)?(?:shell|shells|target|targets|bomb|bombs|raid|raids|strike|strikes|hit|hits)\b", re.I
)
_CARGO_BEFORE = re.compile(r"\b(?:cargo|transport|reconnaissance|surveillance|spy)\s+$", re.I)
#: weapons seized as spoils: "seizing helicopters, tanks and multiple rocket launchers"
_EQUIPMENT_TAKEN = re.compile(
    r"\b(?:seiz(?:ed|ing|es)|captur(?:ed|ing|es)|gain(?:ed|ing|s)|loot(?:ed|ing)|took|taking|seize|capture)\s+"
    r"(?:(?:a|an|the|their|its|several|some|dozens\s+of|\d+|many|multiple|heavy|light|military|[\w-]+),?\s+"
    r"(?:and\s+)?){0,5}$",
    re.I,
)
#: a capture told as unconfirmed: "information about the organization's control over X", "reports of IS control"
_HEARSAY = re.compile(
    # (a source's own report, "SOHR said in a report that the HTS took control over X", tells: see _OWN_REPORT)
    r"\b"
    # (not an outlet's name: "told ARA News that their fighters captured X")
    r"(?:information|reports?|(?-i:news)|rumou?rs|unconfirmed\s+reports?)\s+(?:about|of|on|that)\s+(?:the\s+)?"
    r"(?:[\w’'“”\"-]+\s+){0,4}$",
    re.I,
)
#: a source's own report or statement, then what it tells: "said in a new report on Saturday that "
_OWN_REPORT = re.compile(
    r"\b(?:said|stated|reported|announced|wrote|added|noted)\s+in\s+(?:a|an|its|their|his|her|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:report|statement|update|bulletin)\s+(?:(?:on|late|early)\s+\w+\s+)?(?:that\s+)?[^.;]*$",
    re.I,
)
#: … with an aside about the place between: "the report that Qaryatayn, 120 km (70 miles) northeast of Damascus, had "
_HEARSAY_ASIDE = re.compile(
    # (the noun, not a source's verb: "SOHR reports that the SDF, backed by US-led air strikes, has taken X")
    # ("despite media reports that X, aside, has fallen"; not "The Observatory reports that …", a named teller's verb)
    # (nor a teller's common noun: "The observatory reports that", "State media reports that")
    r"\b(?:the|a|an|unconfirmed|these|those|such|amid|despite)\s+"
    r"(?:(?!(?:observatory|monitor|monitoring|agency|group|army|ministry|military|channel|network|television)\b)"
    r"(?-i:[a-z])[\w-]*\s+)?(?:reports?|news|rumou?rs|claims?)\s+"
    r"that\s+(?:the\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?[\w’'-]+\s*,[^,;.]{1,70},\s*(?:had\s+|has\s+|have\s+)?(?:been\s+)?(?:\w+ly\s+)?$",
    re.I,
)
#: a side's own means named after it in a subject: "the regime forces and its warplanes"
_ITS_MEANS_BEFORE = re.compile(r"\band\s+(?:its|their)\s+$", re.I)
#: what follows such means in the subject: more means, then the verb ("and helicopters are continuing …")
_SUBJECT_MEANS_AFTER = re.compile(
    r"(?:\s+and\s+(?:[\w-]+\s+)?(?:helicopters?|warplanes?|jets|aircraft|artillery|drones?))?\s+"
    r"(?:are|is|were|was|have|has|continue\w*|escalate\w*|renew\w*|intensif\w*|resume\w*|carr(?:y|ied|ies)\s+out)\b",
    re.I,
)
#: "Turkish bombardment stopped targeting SDF in Marea countryside": the fire has ceased, no event
_STOPPED_AFTER = re.compile(
    # (and "Clashes stopped in al-Hasakah city between regime forces and al-Asayesh": a halt, no fight told)
    r"\s+(?:has\s+|have\s+|had\s+)?(?:stopped|ceased|halted)(?:\s+\w+ing\b|(?=\s+(?:in|on|at|between)\b|\s*[,.;]|\s*$))",
    re.I,
)


#: the side a capture was fought against, named after it: "after fierce clashes with ISIS", "after driving out the
#: rebel forces", "after inflicting heavy losses upon Jabhat al-Nusra terrorists"
def _side_fought(sentence: str, acts, t0: int, t1: int, winner: str, *, before: bool = True) -> str:
    """The side a capture or an advance was fought against, named after it ("… following fierce clashes with ISIS
    gangs", "after routing IS militants") or before it ("launched an offensive against HTS and captured X"), or ''."""
    after = next(
        (
            x
            for x in acts
            if t1 < x.start < t1 + 220
            and x.actor not in ("", winner)
            and (fought := _FOUGHT_FOR.search(sentence, max(t1, x.start - 70), x.start)) is not None
            # (not another clause's fight: "… while the SDF continued operations against ISIS", "…; Russia has
            # intensified operations against HTS", "after rebels launched a counter-attack against Russian positions")
            and not _ANOTHER_CLAUSE.search(sentence, t1, fought.start())
            and not any(t1 < y.start and y.end <= fought.start() and y.actor not in ("", winner) for y in acts)
            # (not a relative clause about the place: "X, which has been a focus of its operation against Kurdish
            # militants"; but "X, which lies on the M5, after driving out HTS" names whom the capture drove out)
            and not _ABOUT_THE_PLACE.search(sentence, t1, fought.start())
        ),
        None,
    )
    if after is not None:
        return after.actor
    # "ISIS retook all of Palmyra after the Syrian army withdrew south of the city", "recaptured Palmyra on Sunday after
    # Syrian armed forces pulled out from the desert city": the side that left it
    left = next(
        (
            x
            for x in acts
            if t1 < x.start < t1 + 120
            and x.actor not in ("", winner)
            and _LEFT_AFTER.search(sentence, max(t1, x.start - 20), x.start) is not None
            and _LEFT_VERB.match(sentence, x.end) is not None
            and not _ANOTHER_CLAUSE.search(sentence, t1, x.start)
        ),
        None,
    )
    if left is not None:
        return left.actor
    if not before:
        return ""
    # "Army units continued their operations against Jabhat al-Nusra …, regaining control over X", "launched an
    # offensive against HTS and captured X": the side the act was waged against
    waged = next(
        (
            x
            for x in reversed(acts)
            if t0 - 160 < x.start
            and x.end <= t0
            and x.actor not in ("", winner)
            and _WAGED_AGAINST.search(sentence, max(0, x.start - 70), x.start)
            # ("ISIS fighters broke through the SDF lines near Hajin, while regime forces captured Albu Kamal")
            and not _ANOTHER_CLAUSE.search(sentence, x.end, t0)
        ),
        None,
    )
    return waged.actor if waged is not None else ""


#: the words before what men carry: "armed with ", "armed with heavy "
_ARMED_WITH = re.compile(r"\barmed\s+with\s+(?:[\w-]+\s+){0,3}$", re.I)
#: the opening of a clause that tells a side left, right before it: " after the ", " as "
_LEFT_AFTER = re.compile(r"\b(?:after|following|as|when)\s+(?:the\s+)?$", re.I)
#: a side's leaving, right after its name: " withdrew", " had pulled out", " retreated"
_LEFT_VERB = re.compile(
    r"\s+(?:(?:forces|troops|fighters|units|soldiers)\s+)?(?:had\s+)?(?:\w+ly\s+)?"
    r"(?:withdr(?:ew|aws)|pull(?:ed|s)\s+(?:out|back)|retreat(?:ed|s)|fle(?:d|es)|abandon(?:ed|s)|evacuat(?:ed|es))\b",
    re.I,
)
_LADEN_VEHICLE = re.compile(_LADEN_VEHICLE_WORDS, re.I)
#: the words before a means: " in a ", " with an ", " driving a "
_MEANS_BEFORE = re.compile(r"\b(?:in|with|driving|using|aboard|inside)\s+(?:a|an|the|his|their)\s+$", re.I)
#: a verb that carries an act's noun, joined by "and" to the verb before: "and conducted ", "and launched several "
_AND_LIGHT_VERB = re.compile(
    r"\band\s+(?:\w+ly\s+|also\s+|then\s+)?(?:conducted|carried\s+out|launched|staged|waged|fired|unleashed|mounted)"
    r"\s+(?:an?\s+|the\s+|\d+\s+|several\s+|dozens\s+of\s+|more\s+|new\s+)?(?:[\w-]+\s+){0,2}?$|"
    # ("Syria's army has entered al-Hosn and has been fighting for control of the castle": the word right after an
    # auxiliary; not SOHR's adjective, "… and continued clashes in Hama countryside", a new act of no named side)
    r"\band\s+(?:(?:has|have|had)\s+been|(?:is|are|was|were))\s+(?:still\s+|also\s+|now\s+)?$",
    re.I,
)
_ANOTHER_CLAUSE = re.compile(r";|\b(?:while|whereas|but|meanwhile|although)\b", re.I)
#: a relative clause that describes the place, with no word that ties what follows to the capture
_ABOUT_THE_PLACE = re.compile(r",\s+(?:which|that)\b(?:(?!\b(?:after|following|amid|by)\b)[^;])*$", re.I)
_FOUGHT_FOR = re.compile(
    r"\b(?:(?:clash(?:es)?|fighting|fights?|battles?|confrontations|combat|engagements)\s+(?:\w+\s+){0,3}?"
    r"(?:with|against)|(?:driving|drove|pushing|kicking|forcing|clearing)\s+out|expelling|ousting|routing|defeating|"
    # ("after fresh advances against the rebels", "after elimination of many terrorists of Jabhat al-Nusra")
    r"(?:advances?|offensives?|operations?|push(?:es)?)\s+(?:\w+\s+){0,2}?against|"
    # ("won back control of three villages south of Manbij in a surprise attack on the SDF")
    # (an attack made, not one to come: "as it prepares for an assault on the ISIS stronghold of Raqqa")
    r"(?<=\s)(?:in|after|following|during|amid|with)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:attacks?|assaults?)\s+(?:\w+\s+){0,2}?(?:on|against)|"
    r"eliminat(?:ing|ion\s+of)(?:\s+(?:many|dozens\s+of|scores\s+of))?(?:\s+(?:the\s+)?\w+\s+of)?|"
    # ("after a tough fightback for its last urban bastion against pro-regime forces")
    r"(?:fightback|counter-?attack|counter-?offensive)\s+(?:[\w'’-]+\s+){0,6}?against|"
    # ("after breaking through Hay’at Tahrir Al-Sham’s front-lines": the side whose lines broke)
    r"(?:breaking|broke|breaks)\s+through|"
    r"(?:losses|casualties)\s+(?:up)?on)\s+(?:the\s+)?"
    # ("following fierce clashes with armed factions of the Turkish-backed Syrian National Army": the side's men)
    r"(?:(?:armed\s+)?(?:factions|groups|fighters|units|members|elements|militants)\s+of\s+(?:the\s+)?)?"
    r"(?:[\w'’-]+\s+){0,2}?$",
    re.I,
)
#: the side an operation was waged against, named before the capture it led to: "their operations against Jabhat
#: al-Nusra …, regaining control over X" (not "units fighting against Syria's army entered X": who the units are)
_WAGED_AGAINST = re.compile(
    r"\b(?:operations?|offensives?|attacks?|assaults?|campaigns?)\s+(?:\w+\s+){0,2}?against\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$|"
    # ("managed to break through the Islamic State’s lines and liberate X")
    r"\b(?:break|broke|breaking|breaks)\s+through\s+(?:the\s+)?$|"
    # ("targeting the gatherings of terrorists, establishing full control on X", "operations to eradicate ISIL terrorists
    # from the villages …, regaining control over X")
    r"\b(?:target(?:ing|ed|s)?|hitting|striking|pounding|eradicat(?:e|es|ed|ing)|eliminat(?:e|es|ed|ing))\s+"
    r"(?:the\s+)?(?:(?:last|remaining)\s+)?(?:(?:gatherings|positions|dens|hideouts|remnants|fortifications|pockets|"
    r"strongholds|bastions)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
#: an attack named by its weapon: "a barrel bomb attack", "rocket strikes"
_ATTACK_AFTER = re.compile(r"\s+(?:attacks?|strikes?)\b", re.I)
#: a dropped munition named by its owner's alias, and where it fell: "(13) barrel bombs on X", "explosive barrels over X"
_DROPPED_MUNITION = re.compile(r"(?:explosive\s+)?(?:barrel[\s-]+bombs?|barrels)", re.I)
_DROPPED_ON = re.compile(r"\s+(?:on|onto|over|upon)\s", re.I)
#: the fired munitions that "exploded": "mortar shells exploded near a school" (not "bombs": IEDs explode too)
_FIRED_MUNITIONS = r"shells?|rockets?|missiles?|mortars?"
_FIRED_MUNITION_BEFORE = re.compile(rf"\b(?:{_FIRED_MUNITIONS})\s+(?:\w+ly\s+)?$", re.I)
#: a munition right before "falls": "a shell falls at X", "rockets fell in X"
_MUNITION_BEFORE = re.compile(rf"\b(?:{_FIRED_MUNITIONS}|bombs?|barrels?)\s+(?:\w+ly\s+)?$", re.I)
_FELL_ON = re.compile(r"\s+(?:on|upon|over)\s+(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)", re.I)
#: "Turkish air and missile shelling": the owner before "air" owns the shelling too
_SHARED_MODIFIER = re.compile(r"(?:air|aerial)\s+and\s+(?:missile|artillery|rocket|ground|land)\w*(?:\s+\w+)?", re.I)
#: the subject of an act it survived is its target: "survived an assassination attempt", "escaped an ambush"
_SURVIVED = re.compile(r"\b(?:survived|survives|surviving|escaped|escapes)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$", re.I)
#: an instrument the subject suffers, not uses (or an act it survived)
_SUFFERED = re.compile(
    r"\b(?:under|due\s+to|because\s+of)\s+(?:(?:a|an|the|intensive|intense|heavy|violent|mad)\s+)*"
    r"(?:(?:aerial|air|ground|artillery|rocket|missile)\s+(?:and\s+)?)*$|" + _SURVIVED.pattern,
    re.I,
)
_BY_AFTER = re.compile(
    # ("came under attack by a group of protesters")
    r"\s+(?:carried\s+out\s+)?by\s+(?:the\s+)?(?:(?:a|an)\s+(?:\w+\s+)?(?:group|crowd|number|band)\s+of\s+)?[‘“\"']?",
    re.I,
)
#: a time told between a verb and its agent: "killed overnight by IS", "bombardment Thursday from forces loyal to …"
_WHEN_WORD = r"(?:overnight|yesterday|today|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
_SUFFERED_FROM = re.compile(rf"(?:\s+{_WHEN_WORD})?\s+from\s+(?:the\s+)?", re.I)
_POSSESSOR = re.compile(r"['’]s?\s+")
#: a place's possessive before the place it owns, a word of who holds it between: "'s ", "’s opposition-held "
_OWNER_BEFORE_SITE = re.compile(
    # ("northern Aleppo’s Kurdish-majority Sheikh Maqsood")
    r"['’]s?\s+(?:(?:[\w]+-(?:held|controlled|besieged|majority|populated|dominated)|besieged|rebel|eastern|western)\s+)?"
)
#: a headline that opens on a mood and no event: "Tension in X after …", "Cautious calm prevails in Y after …"
_MOOD_BEFORE = re.compile(
    r"\W*(?:(?:cautious|tense|relative|precarious|great|high)\s+)?(?:calm|tension|anger|anticipation|panic|fear|"
    # ("Silence is taking over in the northern Aleppo after clashes between rebels and SDF")
    r"anxiety|chaos|alert|state\s+of\s+alert|silence(?!\s+of\b))\b[^;,]*$",
    re.I,
)
_MOOD_AND = re.compile(
    r"\band\s+(?:(?:cautious|tense|relative|precarious|great|high)\s+)?(?:calm|tension|anger|anticipation|panic|fear|"
    r"anxiety|chaos)\b[^;,]{0,40}$",
    re.I,
)
_TOLL_BEFORE = re.compile(
    # ("19 Syrian regime soldiers died after Turkey carried out drone attacks on X")
    r"\b(?:(?:human\s+)?losses|casualties|killed|dead|deaths|died|injur(?:ed|ies)|wounded|martyrs?)\b[^,;]{0,40}$",
    re.I,
)
#: between an attack's noun and the side it hit: " on two ", " on the "
_ATTACK_ON_GAP = re.compile(r"\s+(?:on|targeting|against)\s+(?:the\s+|an?\s+|two\s+|three\s+|several\s+|\d+\s+)?", re.I)
_AGAINST_BEFORE = re.compile(
    # ("militants fighting to topple Syrian President Bashar Assad": whom they fight)
    r"\b(?:against|topple|toppling|oust|ousting|overthrow|overthrowing|unseat|unseating)\s+(?:the\s+)?[“\"']?$",
    re.I,
)
#: "the Turkish forces’ escalated shelling", "the regime's intensified bombardment": a possessor, an adjective between
#: a side's acronym in brackets between its name and the noun it qualifies: " (ISIS) "
_ACRONYM_GAP = re.compile(r"\s*\([^()]{1,12}\)\s+")
_POSSESSOR_ADJ = re.compile(r"['’]s?\s+(?:(?!and\b|of\b|in\b|on\b|at\b|to\b)[a-z]+\s+){1,2}")
#: "repel the regime forces’ attempt to advance": the possessor is the attacker
_POSSESSIVE_ATTEMPT = re.compile(r"['’]s?\s+(?:\w+\s+)?(?:attempts?|attacks?|bids?|efforts?|offensive|advance)\b", re.I)
#: fighting among the rebels themselves: "in-fighting", "clashes between its major factions", "fighting between
#: two factions", "clashes against other factions" (but not "between the factions and Al-Fu'aa fighters")
_INFIGHTING_WORD = re.compile(r"in-?fighting|inter-?factional\s+\w+", re.I)
#: sides acting on one another: "opened fire against each other", "clashing with one another"
_EACH_OTHER = r"\s+(?:\w+\s+){0,2}?(?:against|with|on|at)\s+(?:each\s+other|one\s+another)\b"
_INFIGHTING = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:(?:between|among)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?|"
    r"(?:against|with)\s+(?:the\s+)?other\s+)"
    r"factions\b(?!\s+(?:and|against|with|of\s+the\s+(?:regime|government))\b)|" + _EACH_OTHER,
    re.I,
)
_GENERIC_SIDE = re.compile(r"(?:the\s+)?(?:rebels?|factions?|opposition|militants?|gunmen|fighters|insurgents?)", re.I)
#: "Exchange of targeting in the countryside of Hama between the regime forces and factions"
#: a verb of fire that began, then its two sides: " started on Wednesday between ", " broke out between the "
_MUTUAL_BETWEEN = re.compile(
    r"\s+(?:started|erupted|broke\s+out|took\s+place|resumed|renewed)\s+(?:(?:on\s+)?\w+day\s+|today\s+|"
    r"yesterday\s+|overnight\s+)?(?=between\s)",
    re.I,
)
_MUTUAL_SIDES = re.compile(_MUTUAL_BETWEEN.pattern + r"between\s+(?:the\s+)?[“\"']?", re.I)
_BETWEEN_AFTER_PLACE = re.compile(r"\s+(?:in|on|at)\s+[^,;]{1,60}?\s+between\s+(?:the\s+)?[“\"']?", re.I)
#: "advances to the SDF", "Advancement for the regime forces": the advance is theirs
_TO_ACTOR = re.compile(r"\s+(?:to|for)\s+(?:the\s+)?[“\"']?")
#: "Exchange of shelling between the factions and the regime forces": the first side shells, the second is shelled
#: "exchange of shelling on the controlled areas of the factions and the Kurdish units": the two sides
_EXCHANGE_SIDES = re.compile(
    r"\s+(?:on|at|targeting)\s+(?:the\s+)?(?:controlled\s+)?(?:areas|positions|sites)\s+(?:controlled\s+by|of)\s+"
    r"(?:the\s+)?[“\"']?",
    re.I,
)
_EXCHANGE_BEFORE = re.compile(r"\bexchang\w*\s+(?:of\s+)?$", re.I)
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?[“\"']?$", re.I)
#: "an attack by the factions and Al-Nusra", "advance to the factions and Jabhat al-Nusra" (SOHR's "by"): the second
#: member of an agent is no subject either
_BY_OR_TO_BEFORE = re.compile(r"\b(?:by|to)\s+(?:the\s+)?[“\"']?$", re.I)
_EARLIER = re.compile(r"\b(?:previous|earlier|former|prior)\s+$", re.I)
#: places taken but not named, nor placed after the verb: "restore sites they lost", "regain positions"
_UNNAMED_TAKEN = re.compile(
    r"\s+(?:the\s+)?(?:(?:entire|whole|new|more|several|\d+)\s+)?(?:sites|positions|areas|points|what\s+(?:they|it))\b|"
    # "Rebel forces in Aleppo have lost control of a key district"
    r"\s+(?:of\s+)?an?\s+(?:(?:key|strategic|new|large|major)\s+)?(?:district|neighbou?rhood|quarter)\b",
    re.I,
)
#: places taken by count, unnamed: "seizing 13 villages", "capturing several towns and hills"
_COUNTED_TAKEN = re.compile(
    r"\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens\s+of|a\s+number\s+of)\s+"
    r"(?:[\w-]+\s+)?(?:villages|towns|hills|areas|positions|points|settlements|hamlets)\b",
    re.I,
)
#: a place named by its kind right after an act's word: "airstrikes on the town of Kafr Taal", "struck the village of X"
_UNPLACED_SITE_AFTER = re.compile(
    r"\s+(?:(?:on|in|at|against|targeting|near)\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:town|village|city|neighbou?rhood|district)"
    r"\s+of\s+(?-i:[A-Z])",
    re.I,
)
#: "the regime forces in the capital": where the subject stands
_SUBJECT_IN = re.compile(r"\s+(?:(?:forces|fighters|troops|factions|militants)\s+)?in\s+(?:the\s+)?")
#: a means told after a killing's victims: " 9 civilians with rocket fire", " a man with an IED", " 6 soldiers in a
#: tunnel bombing"
_WITH_MEANS = re.compile(
    r"[^,;.]{0,60}?\b(?:with|by|in|using)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:fire|shells?|shelling|rockets?|"
    r"missiles?|mortars?|barrels?|bombs?|bombing|IEDs?|mines?|explosives?|attack|raids?|strikes?|airstrikes?|drones?)\b",
    re.I,
)
#: between the place of a subject ("Rebels in Tafas") and its verb: " have", " on Monday", nothing
_SUBJECT_AUX = re.compile(r"\s+(?:(?:have|has|had|also|reportedly|reportedly|allegedly|on\s+\w+day)\s+)*", re.I)
#: "positions they lost in today's attack", "sites they lost on first day of Damascus battle": when ground was lost
_LOST_IN = re.compile(
    r"\b(?:they|it|he|we)\s+(?:had\s+|have\s+|has\s+)?lost\s+(?:in|during|on|at)\s+(?:[\w’'-]+\s+){0,5}$", re.I
)
_CAMPAIGN = re.compile(r"\b(?:war|battles?|fight|struggle)\s+(?:of|for)\s+$", re.I)
_TALKS = re.compile(
    r"\b(?:information|anticipation|await\w*|talks?|negotiat\w+|proposed|expected|draft|possible|rumou?rs?)\b", re.I
)
#: the deaths a toll update counts: "the number of (those) who were killed in …", "the death toll to 30 persons … who
#: were killed by …", "the mine explosion’s death toll"
_TOLL_COUNTS = re.compile(
    r"\b(?:number|toll)\s+(?:to\s+\d+\s+)?(?:of\s+)?(?:[\w’'-]+\s+){0,10}?(?:who|that)\s+(?:were|was|have\s+been|had\s+been)\s+"
    r"(?:killed|injured|wounded)(?:\s+and\s+(?:injured|wounded))?\s+(?:[\w’'-]+\s+){0,8}?$",
    re.I,
)
#: "raise the mine explosion’s death toll": the event word is the toll's owner (before it, then after it)
_RAISE_THE = re.compile(r"\b(?:raise[sd]?|raising)\s+the\s+(?:[\w-]+\s+)?$", re.I)
_OWNS_TOLL = re.compile(r"[\w\s-]{0,30}[’']s\s+death\s+toll", re.I)
#: men "killed in an attack": the side attacked (the attacker, if named, is the word after or inside)
_DEAD_IN = re.compile(
    r"\b(?:were\s+|was\s+)?(?:killed|died)\s+(?:in|by|during)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.I
)
_ATTACK_WORD = re.compile(r"(?:attacks?|ambush\w*|assaults?)\b", re.I)
_GUARDS = re.compile(_GUARD_WORDS, re.I)
_HARM_AFTER = re.compile(
    r"\s+(?:\w+ly\s+)?(?:kill|shoot|shot|open(?:s|ed)?\s+fire|fire[sd]?\b|target|injur|wound|beat|execut)", re.I
)
_CASUALTY_BEFORE = re.compile(
    r"\b(?:kill\w*|casualt\w*|injur\w*|wound\w*|martyr\w*|shot|dead|death)\b[^.;]{0,60}$", re.I
)


def _guards_harm(sentence: str, t0: int, t1: int) -> bool:
    """Whether border guards' words tell of harm: their own harming verb ("border guards kill a child"), the fire
    named before them ("bullets of the Turkish border guards") or a casualty before "by" ("a casualty by the border
    guards")."""
    word = sentence[t0:t1].lower()
    if word.startswith(("border", "jandarma", "gendarmerie", "“", '"')):
        return bool(_HARM_AFTER.match(sentence, t1))
    if word.startswith("by"):
        return bool(_CASUALTY_BEFORE.search(sentence, max(0, t0 - 80), t0))
    return True


_VICTIM_IN = re.compile(r"\b(?:killed|injured|wounded|shot(?:\s+dead)?|martyred)\s+(?:in|at|near)\s+(?:the\s+)?$", re.I)
_GUARDS_GAP = re.compile(r"[^,;]{0,12}")
_GOING_ON = re.compile(r"\b(?:continu\w*|ongoing)\s+$", re.I)  # "… killed in the violent continuous attack": still on
#: the update itself ("raise the number …", "the death toll … rises to 40"), not any rise ("amid rising tensions")
_TOLL_RISES = re.compile(
    r"\brais(?:e|es|ed|ing)(?:" + _TO_A_NUMBER + r"|\s+(?:the\s+)?(?:death\s+)?(?:toll|number)\b)|" + _RISE_TO, re.I
)
#: ("the rebel-held besieged town of X": a holder's adjective between)
_PREPOSITION_BEFORE = re.compile(r"\b(?:from|in|into|inside|to|of|for|on|towards?)\s+$", re.I)
_NAME_NEXT = re.compile(r"\s+(?:and\s+)?(?-i:[A-Z])", re.I)
#: an advance "to within" a distance, and what makes it none: fire ("Turkish shells reached within"), or a time long
#: before, told before or after it ("Two years ago rebels reached within …", "… of Qardaha two years ago")
_WITHIN_NEXT = re.compile(r"\s+within\b", re.I)
_FIRE_BEFORE = re.compile(
    r"\b(?:shells?|shelling|rockets?|missiles?|fire|artillery|mortars?|bombs?|projectiles?)\s+$", re.I
)
_LONG_AGO_BEFORE = re.compile(r"\b(?:(?:19|20)\d\d|ago|whose|once|previously|earlier\s+in\s+the\s+war)\b", re.I)
_LONG_AGO_AFTER = re.compile(r"\b(?:\w+\s+(?:years?|months?)\s+ago|in\s+(?:19|20)\d\d)\b", re.I)
#: "now controlled by", "now in the hands of": a change only after "changed hands/sides" ("The town changed hands on
#: Saturday and is now controlled by the army")
_NOW_HELD = re.compile(r"now\s+(?:fully\s+|completely\s+)?controlled|now\s+(?:back\s+)?in\s+the\s+hands", re.I)
_CHANGED_HANDS = re.compile(r"\b(?:changed|changes|switched|swapped)\s+(?:hands|sides|allegiance)\b", re.I)
#: a verb of an act before "an": "launched an aggression on X"
_LAUNCHED_AN = re.compile(r"\b(?:launch(?:ed|es)?|carri(?:ed|es)\s+out|committ(?:ed|s))\s+an\s+$", re.I)
_DETERMINER = re.compile(
    # ("the newly liberated Al-Hitash village", "the recently captured town": a participle describing the place)
    # ("the two besieged Shi'ite towns of Kefraya and al-Foua": a count between)
    r"\b(?:the|a|an|this|that|its|their|his|next|every|each)\s+(?:(?:two|three|four|five|several|\d+)\s+)?"
    r"(?:[\w-]+-(?:held|controlled)\s+)?(?:(?:newly|recently|just|already|previously|once)\s+)?$|"
    # ("attacked ISIS positions east of recently liberated Harabishah": an adjective after a preposition)
    r"\b(?:of|in|from|to|near|into|at|towards?|around|outside|inside)\s+(?:newly|recently|freshly)\s+$",
    re.I,
)
#: a side's own part in a capture told as a noun: "also took part in the ", "participated in the " (not a relative
#: clause's: "Fighters who took part in the capture of Baghouz were honoured")
_TOOK_PART_IN = re.compile(
    r"(?<!\bwho\s)(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\salso\s)(?<!\bthat\salso\s)"
    r"\b(?:(?:t[ao]ok|takes?|taking|participated|participates?)\s+part\s+in|participat(?:ed|es?|ing)\s+in)\s+the\s+$",
    re.I,
)
_OWNERS_S_BEFORE = re.compile(r"(?<=\w)['’]s\s+(?:(?:newly|recently|just)\s+)?$")
#: (also "backed up by the Russian and Syrian fighter jets")
_SUPPORTING = r"\b(?:backed|supported|covered|aided|helped)"
_SUPPORT = re.compile(rf"{_SUPPORTING}{_BY_DAY}\s+by\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}$", re.I)
#: the same before aircraft named as a list's last ("backed up by the Russian and Syrian fighter jets")
_SUPPORT_AIRCRAFT = re.compile(
    rf"{_SUPPORTING}(?:\s+up)?\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?and\s+(?:[\w-]+\s+){{1,2}}$", re.I
)
#: the fire itself, not who or what fires: "backed by the intensive shelling" is an event of its own
_FIRE_ACT = re.compile(r"\b(?:shelling|bombing|bombardments?|shells|raids?|strikes?|airstrikes?|fire)$", re.I)
_AGREEMENT_ENDS = re.compile(
    r"\b(?:collapse|end|breach(?:es)?|violations?|break(?:down|ing)?|failure|suspension|cancell?ation)\s+of\s+(?:the\s+)?$|"
    # ("attacked positions of the army, violating the agreed truce": a deal broken, not one made)
    r"\b(?:violat\w*|breach(?:ed|es|ing)?|break(?:s|ing)?|broke|broken)\s+(?:the\s+|a\s+)?"
    r"(?:agreed\s+(?:upon\s+)?|current\s+|ongoing\s+|existing\s+)?$|"
    # ("mediation efforts have failed to establish a lasting ceasefire": none made)
    r"\b(?:fail(?:ed|s|ing)?|unable|not\s+able)\s+to\s+[a-z]+\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$|"
    # ("territories it had not entered since the 1975 Agreement on Disengagement": a deal of another year, named)
    r"\b(?:since|under|by|per)\s+the\s+(?:19|20)\d\d\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
_TAKEN_AWAY = re.compile(
    # (persons: not "the bodies of the soldiers", "the car"; not "them", whom an arrest told before took)
    r"\s+(?!(?:them|him|her)\s+to\b)(?!(?:[\w'’-]+\s+){0,3}?(?:bod(?:y|ies)|corpses?|remains)\b)"
    r"(?!(?:[\w'’-]+\s+){0,3}?(?:cars?|vehicles?|equipment|weapons|ammunition|trucks?)\s+to\b)"
    r"(?:[\w'’-]+\s+){1,6}?to\s+an?\s+unknown\s+(?:location|destination|place)\b",
    re.I,
)
#: arms or goods taken, right after the verb: " weapons", " large quantities of ammunition", " two tanks and a truck"
_ARMS_SEIZED = re.compile(
    r"\s+(?:(?:the|a|an|their|its|large|small|big|huge|heavy|light|several|some|many|\d+|two|three|four|five|"
    r"quantities|quantity|amounts?|number|cache|caches|of|and)\s+){0,4}"
    r"(?:weapons|weaponry|arms|ammunition|munitions|tanks?|vehicles?|equipment|rifles|guns|cars?|trucks?|documents|"
    r"money|cash|drugs|goods|supplies|spoils|booty|loot)\b(?!\s+(?:depots?|warehouses?|factory|factories|stores?)\b)"
    # (not ground taken with them: "captured two tanks and the village of Morek")
    r"(?![^,;.]{0,30}?\band\s+(?:the\s+)?(?:(?:village|town|city|hill|base|airport|district|area|neighbou?rhood)s?\b|"
    r"(?:(?:al|el)-)?(?-i:[A-Z])))",
    re.I,
)
_AND_NEW_SUBJECT = re.compile(r"\band\s+(?:a|an|the|several|some|many|most|two|three|four|five|\d+)\s", re.I)
_GROUND_AND = re.compile(r"\bground\s+and\s+$", re.I)
#: a side's own weapons after "hand over": "their heavy and medium weapons", "its weapons"
_OWN_WEAPONS = re.compile(
    # (or weapons of a kind: "handed over heavy weapons to the Syrian army", "their heavy weaponry")
    r"\s+(?:all\s+)?(?:of\s+)?(?:(?:their|its)\s+(?:[\w-]+\s+(?:and\s+[\w-]+\s+)?)?|(?:heavy|medium|light)\s+"
    r"(?:and\s+[\w-]+\s+)?)(?:weapons|weaponry|arms|armaments|ammunition)\b",
    re.I,
)
#: a place named after the weapons handed over: " and Douma", " and the town of X"
_AND_PLACE_AFTER = re.compile(
    r"\s+and\s+(?:the\s+)?(?:(?:town|city|village|district|neighbou?rhood)\s+(?:of\s+)?)?(?:(?:al|el)-)?(?-i:[A-Z])"
    r"[\w'’-]*(?:\s+(?:(?:al|el)-)?(?-i:[A-Z])[\w'’-]*){0,3}\s+(?:back\s+)?to\b",
    re.I,
)
#: weapons as the subject of a passive "handed over": "and weapons were handed over to the Syrian Army"
_WEAPONS_PASSIVE = re.compile(
    r"\b(?:weapons|weaponry|arms|armaments|ammunition)\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+$", re.I
)
_HELD_AFTER = re.compile(r"\s*-\s*(?:held|controlled|run)\b", re.I)
_TO_PROTEST = re.compile(r"[^.;]{0,60}?\bto\s+(?:protest|demonstrate|denounce|condemn|demand)\b", re.I)
_OWN_FORCES_AFTER = re.compile(r"\s+(?:their|its|his)\s", re.I)
_RELATIVE_WHO = re.compile(r"\b(?:who|which|that)\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?$", re.I)
#: a deal's collapse told after it: "The truce that went into force on Sunday collapsed in Daraa"
_COLLAPSED_AFTER = re.compile(
    # (not another one's: "A new truce went into force on Monday after the previous one collapsed")
    r"(?:(?!\b(?:after|since|previous|earlier|last|old|former|prior)\b)[^.;]){0,60}?\b(?:collapsed|broke\s+down|fell\s+apart)\b|"
    # ("the ceasefire agreement in the area of X was suspended, as the militants refused to surrender"; not "a deal
    # was reached on Tuesday but was suspended on Wednesday": concluded first)
    r"(?:(?!\b(?:after|since|previous|earlier|last|old|former|prior|(?:was|were|had\s+been|has\s+been)\s+(?:reached|signed|"
    r"concluded|struck|agreed))\b)[^.;])"
    r"{0,60}?\b(?:was|were|has\s+been|have\s+been)\s+suspended\b",
    re.I,
)
_AGREEMENT_MADE = re.compile(
    r"\b(?:reach(?:ed|es)?|sign(?:ed|s)?|announc(?:ed|es|e)|agree(?:d|s)?|brokered|conclud(?:ed|es)|declar(?:ed|es)|"
    r"struck|strikes?\s+a|began|begins|took\s+effect|takes\s+effect|came\s+into\s+force|appl(?:y|ying|ied|ies)|"
    # ("Russia made a deal with opposition factions", "a 48-hour truce went into force in Daraa", "accepted the terms")
    r"ma(?:de|ke|kes|king)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement|truce|ceasefire|settlement)\b|"
    # ("opposition factions and the SDF came to an agreement providing for …")
    r"(?<!\bto\s)(?<!\bnot\s)(?<!\bwithout\s)c(?:ame|ome|omes|oming)\s+to\s+an?\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement|understanding)\b|"
    r"(?<!\bthat\s)(?<!\bwhich\s)w(?:ent|ill\s+go|as\s+put)\s+into\s+(?:force|effect)|entered\s+into\s+force|"
    # (not "refused to accept the truce", "accepted responsibility for")
    r"(?<!\bto\s)(?<!\bnot\s)(?<!n't\s)accept(?:ed|s)?(?=\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:terms|conditions|offer|deal|truce|ceasefire|agreement|settlement)\b)|"
    r"implement(?:ed|s|ing)|complet(?:e|es|ed|ing)|establish(?:ed|es)?|"
    # ("rebels began to leave under an evacuation deal", "boarded buses as part of a so-called evacuation deal")
    r"\b(?:under|as\s+part\s+of)\s+(?:an?\s+|the\s+)?(?:[\w“”\"'-]+\s+){0,3}deal|"
    r"\bin\s+an?\s+(?:[\w-]+\s+){0,2}deal\s+with\b|"
    # "In an implementation of the Douma agreement, buses depart": a deal carried out (not "since the implementation
    # of the truce", a span of time)
    r"\bin\s+(?:an?\s+|the\s+)?implementation\s+of)\b",
    re.I,
)
#: a deal made, said right at its word: "extend their truce", "Extending the cease-fire" (before it), "a prisoner
#: exchange took place" (after it) — not "clashes took place in X and the truce collapsed"
_AGREEMENT_EXTENDED = re.compile(
    r"\bextend(?:s|ed|ing)?\s+(?:the\s+|their\s+|its\s+|a\s+)?(?:[“\"']?[\w-]+\s+){0,2}$", re.I
)
_AGREEMENT_HELD = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:took|takes|taking)\s+place\b", re.I)


def _participle(word: str) -> bool:
    return bool(re.fullmatch(_PP, word, re.I)) or word.endswith("ed")


#: the preposition of what fire is aimed at, right before a side: " at ", " against the "
_AIMED_AT = re.compile(r"\b(?:at|on|against)\s+(?:the\s+)?$", re.I)


def _merge_adjacent(sentence: str, triggers, places, acts=()):
    """ "air strikes hit", "shells hit", "suicide car bomb": one event, the more specific kind (not across a
    side's name: "jets pound Islamic State targets" is the jets' act, the side its target)."""
    rank = {
        "generic": 0,
        "clash": 1,
        "bombing": 1,
        "violence": 1,
        "strike": 2,
        "shelling": 2,
        "explosive": 3,
        "suicide": 4,
    }
    out: list[tuple[int, int, str, str]] = []
    for t in triggers:
        if out:
            p = out[-1]
            gap = sentence[p[1] : t[0]]
            if t[2] == "generic" and any(
                not sentence[p[1] : x.start].strip() and not sentence[x.end : t[0]].strip() for x in acts
            ):
                continue  # "jets pound Islamic State targets": the side's targets, the object of the event word
            if t[2] == "generic" and any(
                not sentence[x.end : t[0]].strip() and _AIMED_AT.search(sentence, max(0, x.start - 14), x.start)
                for x in acts
            ):
                continue  # "fired seven cruise missiles at Islamic State targets": what the fire was aimed at
            if (
                t[2] == "generic"
                and p[2] == "clash"
                and re.fullmatch(r"\s*,\s*", gap)
                and sentence[t[0] : t[1]].lower().startswith("targeting")
            ):
                continue  # "rebel forces launched the offensive, targeting the village of X": the offensive's aim
            if (
                t[2] == "generic"
                and p[2] in ("strike", "shelling", "bombing")
                and _BY_AGENT_GAP.fullmatch(sentence, p[1], t[0])
                and any(p[1] < x.start and x.end <= t[0] for x in acts)
            ):
                continue  # "Shelling by the regime forces targets X": the noun's own verb, its agent between

            if (
                (len(gap) <= 16 or _SUPPORT_VERB.fullmatch(gap))
                and not re.search(r"[;,]|\b(?:and|while|but|after|with|accompan\w*|amid)\b", gap)
                and p[2] in rank
                and t[2] in rank
                and not any(p[1] <= a < t[0] for a, _ in places)
                and not any(p[1] <= x.start < t[0] for x in acts)
                # (not "a ground and air assault": the ground's part is a fight of its own)
                and not (p[2] == "strike" and t[2] == "clash" and _GROUND_AND.search(sentence, max(0, p[0] - 12), p[0]))
            ):
                keep = p if rank[p[2]] >= rank[t[2]] else t
                if (
                    p[2] == "strike"
                    and t[2] == "shelling"
                    and _GROUND_AND_AIR.search(sentence, max(0, p[0] - 50), p[1])
                ):
                    keep = t  # "The regime forces and warplanes continue shelling X": the forces' word, shelling
                if p[2] == "shelling" and t[2] == "strike" and _BY_AIRCRAFT.fullmatch(sentence, p[1], t[1]):
                    keep = t  # "intensive shelling by warplanes", "shelling of the warplanes on X": from the air
                voice = "passive" if "passive" in (p[3], t[3]) else keep[3]
                out[-1] = (p[0], t[1], keep[2], voice)
                continue
        out.append(t)
    return out


_BY_AGENT_GAP = re.compile(
    # ("airstrikes carried out by the Russian warplanes targeting areas in X")
    r"\s+(?:(?:carried\s+out|conducted|launched)\s+)?by\s+(?:the\s+)?"
    r"(?:(?!which\b|that\b|who\b)[\w’'-]+\s+){1,5}(?:which\s+|that\s+)?",
    re.I,
)  # ("raids by the International Coalition which targeted X": the raids' own verb after a relative pronoun)
#: "warplanes carry out about 20 raids": the instrument and its act are one event word
_SUPPORT_VERB = re.compile(
    # (after the noun's own "strikes": "rocket strikes continue targeting X")
    r"\s+(?:(?:strikes|raids|attacks)\s+(?=continu))?(?:carr(?:y|ies|ied|ying)\s+out|launch(?:es|ed|ing)?|conduct(?:s|ed|ing)?|renew(?:s|ed|ing)?|"
    r"intensif(?:y|ies|ied|ying)|resum(?:e|es|ed|ing)|continu(?:e|es|ed|ing))\s+"
    r"(?:for\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:days?|weeks?|hours?)\s+(?:in\s+a\s+row\s+)?)?"  # "for the 8th day"
    r"(?:(?:about|nearly|around|over|at\s+least|more\s+than|dozens\s+of|tens\s+of|\d+|new|several|the|their|its|"
    r"intensified|intense|intensive|heavy|violent)\s+)*",
    re.I,
)


def _form(word: str) -> str:
    words = word.lower().split()
    # ("completely secured": the verb after its adverb)
    # ("has fallen to": the perfect inside the trigger, told by its participle)
    w = words[1] if len(words) > 1 and words[0] in ("fully", "completely", "totally", "has", "have") else words[0]
    if w == "also" and len(words) > 2:
        w = words[2]  # ("has also fallen under control of": the participle after the adverb)
    if w == "in" and "control" in words:
        return "past"  # ("are in full control of X after clearing out rebels": a change just made, as "now in …")
    if w in (
        "took",
        "retook",
        "fell",
        "fought",
        "withdrew",
        "struck",
        "hit",
        "overran",
        "drove",
        "swept",
        "marched",
        "came",
        "laid",
        "shot",
        "gunned",
        "blew",
        "beat",
        "made",
        "set",
        "cut",
        "lost",
        "broke",
        "now",  # ("now in full control of X", "now under the control of Y": a change just made)
        "back",  # ("were back in control of Kassab": a place retaken)
        "brought",  # ("Ras al-Ayn was “brought under control”")
        "won",  # ("soldiers won control of the Khalidiya district")
        "left",  # ("Hundreds of rebel fighters and their families left eastern Ghouta late Saturday")
        "overtook",
        "threw",
        "got",  # ("the army and its allies got a full control over Tishreen")
        "tore",  # ("Protesters tore down posters of Assad")
    ):
        return "past"
    if w.endswith("ed") or w in ("taken", "retaken", "overrun", "fallen", "withdrawn", "driven", "torn"):
        return "past"
    if w.endswith("ing"):
        return "participle"
    if w.endswith("s") and not w.endswith("ss") and w not in ("jets", "drones", "aircraft"):
        return "present"
    return "base"


def verb_form(words: str) -> str:
    """The form of an event word's first word, from its spelling.

    Parameters
    ----------
    words : str
        The event words (a trigger such as "executed" or "Warplanes bombed").

    Returns
    -------
    str
        ``past`` ("executed", "struck"), ``participle`` ("killing"), ``present`` ("executes")
        or ``base``.

    >>> verb_form("executed"), verb_form("shelling"), verb_form("truce")
    ('past', 'participle', 'base')
    """
    return _form(words)


#: a backer's phrase set off by dashes between a side and its verb: "– supported by nearly a dozen allied factions –"
#: a subject's group word, then an ellipsis and a past verb: the words left out of a quote
#: ("The Syrian Democratic Forces, supported by American special forces and international coalition aircraft... took
#: control of X")
_ELIDED_SUBJECT = re.compile(
    r"\b(?:forces|troops|army|units|fighters|militants|rebels|soldiers|aircraft|warplanes|jets)\s*$", re.I
)
#: (a day may come first: "Army of Conquest fighters… on Monday morning seized control of X")
_ELIDED_VERB = re.compile(
    r"\s*(?:(?:on\s+)?(?-i:[A-Z])[a-z]+day(?:\s+(?:morning|afternoon|evening|night))?\s+|(?:today|yesterday)\s+)?"
    r"(?:[a-z]+ed|took|overran|won|drove|fought|broke)\b"
)
_COUNTED_PLACES_END = re.compile(
    rf"\b{_COUNTED_PLACES}\s*$",
    re.I,
)
#: what a side is, between dashes, with no clause of its own: "– an alliance of Islamist groups led by al-Nusra Front –",
#: "– a rebel alliance backed by Turkey –", "– an alliance that Ahrar al-Sham helped found –" (not "– a coalition the
#: Islamic State has fought for years –", a clause of its own, nor "– the group that took Idlib in March –", whose
#: capture and its time are no part of the subject's)
_WHAT_SIDE_IS = (
    # ("… – al-Qaida’s fighting organization in Syria – seized X": an owner's word for it)
    # ("— a U.S.-backed alliance of Kurdish and Arab rebel groups —")
    r"\s[—–]\s+(?:an?|the|[\w-]+['’]s)\s+(?:[\w’'.-]+\s+){0,3}?(?:alliance|coalition|umbrella|grouping|group|faction|"
    r"branch|affiliate|offshoot|organi[sz]ation|wing|ally|allies|partner|backer|proxy|name)"
    r"(?:\s+(?:of|led|backed|supported|dominated|affiliated|linked|allied|loyal|founded|formed|comprising|"
    r"including|made|known|once|formerly|previously|based|close|opposed|fighting|operating|active|in|from|with|that|"
    r"which|who)\b(?:(?!\b(?:took|taken|seized|captured|overran|controls?|controlled|holds?|held|lost|fought|fights|"
    r"attacked|shelled|struck|killed)\b)[^—–;.]){0,100}?|"
    # ("– an alliance the Syrian government considers illegitimate –": who judges it so)
    r"\s+(?:the|a|an|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,3}?(?:considers?|regards?|calls?|describes?|brands?|labels?|"
    r"deems?|views?|sees?)\b[^—–;.]{0,60}?)?"
    r"\s[—–]\s"
)
#: the partners a side acts with, between dashes: " – in close coordination with the National Defense Forces (NDF),
#: Hezbollah, and several Iraqi paramilitary units – "
_WITH_PARTNERS_ASIDE = (
    r"\s[—–]\s+(?:in\s+(?:close\s+)?(?:coordination|cooperation|conjunction|partnership)|along(?:side)?|together)\s+"
    r"with\s+[^—–;]{1,160}?\s[—–]\s"
)
_APPOSITION_ASIDE = re.compile(_WHAT_SIDE_IS + "|" + _WITH_PARTNERS_ASIDE, re.I)
#: the same between commas, right after the side: "The Free Syrian Army, the main opposition group fighting the Syrian
#: government of President Bashar al-Assad, on Saturday shot down …" (whom it fights is no subject)
_COMMA_SIDE_IS = re.compile(
    _WHAT_SIDE_IS.replace(r"\s[—–]\s+", r",\s+", 1).replace(r"[^—–;.]", r"[^,—–;.]").removesuffix(r"\s[—–]\s") + ",",
    re.I,
)


#: what a side is doing, set off by commas right after its name: "Syrian troops, chasing HTS militants, captured X",
#: "Turkish troops, fighting alongside Syrian rebels against the YPG, captured Jandaris" (the sides in it do not act)
_COMMA_DOING = re.compile(
    r",\s+(?:(?:still|now|also)\s+)?(?:fighting|chasing|battling|pursuing|hunting|backing|supporting|helping|aiding|"
    r"joining|leading|spearheading|accompanying|besieging|encircling)\b[^,;.()“”\"]{1,100},",
    re.I,
)


def _side_asides(sentence: str, acts) -> list[tuple[int, int]]:
    """The spans of what sides are or are doing, set off by commas right after their names (:data:`_COMMA_SIDE_IS`,
    :data:`_COMMA_DOING`)."""
    return [
        m.span()
        for x in acts
        if (m := _COMMA_SIDE_IS.match(sentence, x.end) or _COMMA_DOING.match(sentence, x.end)) is not None
    ]


def _in_side_aside(sentence: str, acts, at: int) -> bool:
    """Whether ``at`` lies in one of :func:`_side_asides`."""
    return any(a < at < b for a, b in _side_asides(sentence, acts))


_DASH_ASIDE = re.compile(
    # ("the Syrian units Tiger Forces– backed by Russian air support – have fully liberated X")
    r"\s?[—–]\s+(?:supported|backed|aided|assisted|helped|joined|accompanied|reinforced)\s+by\s+[^—–;.]{1,100}?\s[—–]\s|"
    # ("the Tiger Forces – striking east out of the southern Raqqa desert – secured X": how the side came)
    # (not an act of its own the sentence goes on from: "stormed Masaken Hanano – killing dozens of rebels – and
    # advanced into Sakhour")
    r"\s[—–]\s+(?-i:[a-z])\w+ing\s+[^—–;.]{1,80}?\s[—–]\s(?!\s*(?:and|or|then|but)\b)|"
    # ("towns of A, B and C – all located southeast of Hirak town – fell to the Syrian Army")
    r"\s[—–]\s+(?:all\s+|both\s+)?(?:located|situated|lying)\s+[^—–;.]{1,80}?\s[—–]\s|"
    # ("A coalition of rebel groups — including al Qaeda affiliate Jabhat al-Nusra — seized X": its members)
    r"\s[—–]\s+"
    + _MEMBER_WORDS
    + r"\s+[^—–;.]{1,80}?\s[—–]\s|"
    # ("Jaish al-Fath – an alliance of Islamist groups led by al-Nusra Front – overran Idlib": what the side is)
    + _WHAT_SIDE_IS
    + "|"
    + _WITH_PARTNERS_ASIDE
)

#: an active verb that goes on after a side's aside between commas ("…, captured X", "…, have seized X")
_ASIDE_MAIN_VERB = (
    r"(?:(?:re)?(?:captured|took|taken|seized|gained|entered|stormed|attacked|shelled|bombed|struck|targeted|launched|"
    r"pushed|drove|driven|advanced|killed|ambushed|overran|overrun|liberated|controlled|control|controls|regained|"
    r"repelled|withdrew|withdrawn|pulled|fired|hit|destroyed|downed|shot|clashed|fought|besieged|encircled|surrounded|"
    r"recaptured|retook|retaken|expelled|cleared|broke|lifted|imposed|laid))"
)
#: a description between commas after a place, before the main clause's verb goes on: "The town of Helfaya, which is
#: a strategic one, is among those captured by the Syrian army" (one clause; the place is the verb's subject)
_WHICH_ASIDE = re.compile(
    r",\s+which\s+(?:is|was|lies|sits)\s+(?:a|an|the|located|situated|considered|regarded|known|home|about|some|only|"
    r"\d)[^,;.()]{0,60},(?=\s+(?:is|was|are|were|has|had|have|fell|lies)\b)|"
    # ("the army, which was supported by National Defense Forces regained control over X": its backers)
    r",\s+which\s+(?:is|was|are|were)\s+(?:supported|backed|aided|assisted|helped|joined|reinforced)\s+by\s+"
    r"[^,;.()]{1,60}?(?:,|(?=\s+(?:re-?)?(?:gained|captured|took|seized|liberated|entered|stormed)\b))|"
    # ("The Daesh attack, which began late on Friday, retook villages including Akhtarin": when it began)
    r",\s+which\s+(?:began|started|was\s+launched|kicked\s+off)\b[^,;.()]{0,60},"
    r"(?=\s+(?:\w+ly\s+)?(?:re-?)?(?:gained|captured|took|seized|liberated|entered|stormed|killed|hit)\b)|"
    # ("gains in the Ghouta countryside, which lies just east of Damascus, as well as capturing X": where it lies)
    r",\s+which\s+(?:lies|sits|is\s+located|is\s+situated)\b[^,;.()]{0,60},(?=\s+(?:as\s+well\s+as|and)\b)|"
    # ("The rebels, who are backed by Turkey, captured X", "Government forces, which have been advancing for weeks,
    # took X", "Kurdish fighters, who belong to the YPG, seized X": what the side is or has been doing, between commas,
    # before the side's own verb; not "X, which rebels captured in May, was retaken" (the verb after is no active one)
    # nor an act of the aside's own ("who captured X last week")
    r",\s+(?:who|which)\s+(?:(?:is|are|was|were|have\s+been|has\s+been|had\s+been)\s+(?!\w+ed\s+(?!by\b))|"
    r"(?:belongs?|include[sd]?|oppose[sd]?|lead|leads|led|dominates?|dominated|numbers?|numbered|controls?|holds?)\b)"
    r"[^,;.()]{3,70},"
    # ("Syrian rebels, who are advancing towards the capital Damascus, claim to have entered the city of Homs")
    rf"(?=\s+(?:\w+ly\s+|also\s+|now\s+)?(?:(?:have|has|had)\s+(?:\w+ly\s+|also\s+)?)?"
    rf"(?:{_ASIDE_MAIN_VERB}|claim(?:s|ed)?\s+to\s+have)\b)",
    re.I,
)


#: a place's type word and name that close the sentence after a dash: " the town of Beit Sawa."
_TYPED_NAME_CLOSES = re.compile(
    r"\s*(?:the\s+)?(?:town|village|city|district|neighbou?rhood|hill|airport|base)\s+of\s+[^,;.—–]{2,40}[.;”\"]*\s*$",
    re.I,
)
#: a name of a list: "Jasim", "al-Harra", "Tal Abyad"
_LIST_NAME = r"(?:(?:al|el|ad|as|ar|an)[-\s])?[A-Z][\w'’-]*(?:\s+(?:(?:al|el|ad|as|ar|an)[-\s])?[A-Z][\w'’-]*){0,3}"
#: a typed list of two names or more so far, up to its last name: "the towns of Nawa, Jasim"
_TYPED_LIST_SO_FAR = re.compile(
    r"\b(?:towns|villages|cities|areas|districts|neighbou?rhoods|hills)\s+of\s+(?:"
    + _LIST_NAME
    + r"\s*,\s*){1,8}"
    + _LIST_NAME
    + "$"
)
#: a list of names that opens the sentence, up to its last comma: "Kobani, Derik" of "Kobani, Derik, and Derbisiye came
#: under heavy strikes" (its subject)
_OPENING_LIST_SO_FAR = re.compile(r"[\W_]*(?:" + _LIST_NAME + r"\s*,\s*){1,8}" + _LIST_NAME)
#: the last name of an opening list, then a verb of what places undergo: "Amuda came under heavy strikes", "Amuda in
#: northeast Syria were shelled"
_LIST_UNDERGOES = re.compile(
    r"\s*" + _LIST_NAME + r"(?:\s+(?:in|of)\s+[^,;.]{1,40}?)?\s+"
    r"(?:came|come|comes|were|was|are|have\s+been|had\s+been|fell|suffered|witnessed|saw)\b"
)
#: a name right ahead: "Inkhil", "al-Harra"
_NAME_AHEAD = re.compile(r"(?:(?:al|el|ad|as|ar|an)[-\s])?[A-Z]")


#: a relative clause in brackets that describes its subject: "(which is currently fighting next to HTS)", "(which
#: includes the YPG and Arab tribal fighters)" (not one whose object is the place before it, taken or held by another:
#: "(which Islamic State captured in August)", "(which the YPG has held since 2012)")
_BRACKETED_RELATIVE = re.compile(
    r"\((?:which|who|that)\s"
    r"(?!(?!(?:is|are|was|were|has|have|had)\b)(?:[\w'’-]+\s+){1,4}(?:has\s+|have\s+|had\s+)?(?:re)?(?:captured|seized|"
    r"took|taken|held|controlled|controls|lost|overran|overrun|besieged|shelled|bombed|attacked|entered)\b)"
    r"[^()]{1,120}\)",
    re.I,
)


def _clauses(sentence: str) -> list[tuple[int, int, str]]:
    """Clause spans ``(start, end, introducer)``; the introducer is e.g. 'since', 'after' or ''."""
    cuts = [(0, "")]
    # ("the Tiger Forces – supported by allied SAA factions – recaptured X": a backer between dashes, one clause)
    asides = [m.span() for m in _DASH_ASIDE.finditer(sentence)] if "–" in sentence or "—" in sentence else []
    if ", which" in sentence or ", who" in sentence:
        # (not before a passive the relative clause's end is cut at: "X, which was the site of an attack in 2017, was
        # taken by Y")
        asides += [
            m.span()
            for m in _WHICH_ASIDE.finditer(sentence)
            if not _MAIN_VERB_BACK.match(sentence, m.end() - 1)
            # (nor before an active verb when the aside has a time of its own: "The army, which began its push in May,
            # recaptured X on Friday")
            and not (_ACTIVE_VERB_BACK.match(sentence, m.end() - 1) and _ASIDE_TIME.search(m.group()))
        ]
    if "(" in sentence:
        # ("when “al-Nusra Front” (which is currently fighting next to “Hayat Tahrir al-Sham”) attacked …": a relative
        # clause in brackets, one aside)
        asides += [m.span() for m in _BRACKETED_RELATIVE.finditer(sentence)]
    for m in _BOUNDARY.finditer(sentence):
        if any(a <= m.start() < b for a, b in asides):
            continue
        if (
            m.group().strip() in "—–"
            and _NAME_END.search(sentence, 0, m.start())
            and _ROUTE_END.match(sentence, m.end())
        ):
            continue  # "Damascus – Palmyra International Highway", "the road of Damascus – Deir Ezzor": a route's ends
        if m.group().strip() in "—–" and _COUNTED_PLACES_END.search(sentence, 0, m.start()):
            continue  # "captured X and two nearby villages – A and B": the villages named, one clause
        if m.group().strip() in "—–" and _TYPED_NAME_CLOSES.match(sentence, m.end()):
            continue  # "took full control of a key point in the East Ghouta region – the town of Beit Sawa": its name
        if (
            m.group().strip(" ,").lower() == "and"
            and (
                _TYPED_LIST_SO_FAR.search(sentence, 0, m.start())
                # (places, when what the list's subject does is undergo: not "Damascus, Moscow, and Tehran condemned")
                or (
                    _OPENING_LIST_SO_FAR.fullmatch(sentence, 0, m.start()) is not None
                    and _LIST_UNDERGOES.match(sentence, m.end()) is not None
                )
            )
            and _NAME_AHEAD.match(sentence, m.end())
        ):
            continue  # "The towns of Nawa, Jasim, and Inkhil were handed over": the list's last name, one clause
        if (
            m.group().strip(" ,").lower() == "and"
            and _HARM_NEXT.match(sentence, m.end())
            and (harm := _ACT_HARMED.search(sentence, cuts[-1][0], m.start())) is not None
            # (not a toll with its own place: "killed two civilians in Kafr Nabl, and wounded five others in X")
            and not _IN_PLACE.search(sentence, harm.end(), m.start())
        ):
            continue  # "a drone strike killed one Asayish member, and injured three others in X": one act's toll, one clause
        if (
            m.group() in ("…", "...")
            and _ELIDED_SUBJECT.search(sentence, 0, m.start())
            and _ELIDED_VERB.match(sentence, m.end())
        ):
            continue  # "The army forces … restored security": words left out of a quote, one clause
        if (
            m.group().strip(" ,").lower() in ("which", "who")
            and _PASSIVE_BEFORE.search(sentence, max(0, m.start() - 120), m.start())
            and _AGENT_AFTER_ASIDE.match(sentence, m.start())
        ):
            continue  # "were driven from Mishtenur hill, which overlooks Kobani, by IS fighters": an aside, one clause
        word = m.group().strip(" ,;:").lower().split()
        cuts.append((m.start(), ("following" if word[0] == "subsequent" else word[0]) if word else ""))
    spans: list[tuple[int, int, str]] = []
    for (a, intro), (b, _) in zip(cuts, [*cuts[1:], (len(sentence), "")]):
        if b > a or a == 0:
            # "Kafr Nabudah, which rebels captured in May, was retaken by the army on Monday": the relative clause
            # ends at the comma before the main clause's verb
            # ("The rebels, who captured X last week, shelled Y on Friday": before the side's own active verb)
            # (and a relative clause's own "until"/"since" clause: "Palmyra, which was under the control of IS until
            # last year, was shelled on Thursday")
            rel = (
                a
                if intro in ("which", "who")
                else spans[-1][0]
                if intro in ("until", "since", "after", "when", "before") and spans and spans[-1][2] in ("which", "who")
                else None
            )
            back = None
            if rel is not None:
                # (the last such comma: "who attacked X, shelled Y and killed five soldiers last week, withdrew"; none
                # after unowned means, whose kind the main verb needs: "Warplanes, which bombed X, struck Y")
                back = _last_match(_MAIN_VERB_BACK, sentence, a, b) or (
                    None
                    if _MEANS_END.search(sentence, 0, rel) and not _OWNED_MEANS_END.search(sentence, 0, rel)
                    else _last_match(_ACTIVE_VERB_BACK, sentence, a, b)
                )
            if back is not None:
                spans += [(a, back.start(), intro), (back.start(), b, "")]
            else:
                spans.append((a, b, intro))
    return spans or [(0, len(sentence), "")]


#: a toll's second verb, right after ", and": " injured", " wounded"
_HARM_NEXT = re.compile(r"\s*(?:injur(?:ed|ing)|wound(?:ed|ing)|kill(?:ed|ing))\b", re.I)
#: an act's noun and its toll's first verb: "drone strike yesterday killed", "shelling killed"
_ACT_HARMED = re.compile(
    r"\b(?:strikes?|airstrikes?|shelling|shells?|attacks?|bombing|bombardment|explosion|blast|raids?|drones?|(?:land)?mines?|"
    r"snipers?|bombs?|missiles?|rockets?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:kill(?:ed|ing)|injur(?:ed|ing)|wound(?:ed|ing))\b",
    re.I,
)
#: a place named in a toll's own words: " in Kafr Nabl", " at the market"
_IN_PLACE = re.compile(
    # (a name, not "at least", "at dawn", "in their homes")
    r"\b(?:in|at|near)\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?(?:(?-i:al|el)-)?(?-i:[A-Z])",
    re.I,
)


#: "with" and a count or a kind right before a weapon's noun: "with thermobaric ", "with two "
_WITH_MEANS_BEFORE = re.compile(
    r"\bwith\s+(?:(?:the|several|dozens\s+of|\d+|two|three|four|five|[\w-]+)\s+){0,2}$", re.I
)


_FIRED_WORD = re.compile(r"(?:[\w-]+\s+)?(?:rockets?|missiles?)", re.I)
#: between an aircraft's word and the projectiles it fired: " we believe were Russian fired ", " fired "
_AIRCRAFT_FIRED = re.compile(r"(?:(?!\band\b)[^,;.]){0,40}?\b(?:fired|launched|dropped)\s+(?:\w+\s+)?", re.I)


def _means_of_strikes(sentence: str, triggers: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The triggers less a fired weapon's noun that only says what strikes from the air used: "Russian warplanes
    carried out several air raids with thermobaric rockets on X" (one air strike on X, not a shelling beside it)."""
    out: list[tuple[int, int, str, str]] = []
    for t in triggers:
        t0, t1, kind, voice = t
        strike_end = (
            max((u[1] for u in out if u[2] == "strike" and t0 - 60 <= u[1] <= t0), default=-1)
            if kind == "shelling" and voice == "noun"
            else -1
        )
        if (
            strike_end >= 0
            # (the projectiles only: not "Warplanes raid X with shelling on Y", a second act)
            and _FIRED_WORD.fullmatch(sentence, t0, t1)
            and (
                _WITH_MEANS_BEFORE.search(sentence, max(0, t0 - 40), t0)
                # ("Fixed-wing warplanes we believe were Russian fired missiles on X": the aircraft fired them; not
                # "Warplanes struck X and regime forces fired missiles on Y")
                or (
                    _AIRCRAFT_FIRED.fullmatch(sentence, strike_end, t0) is not None
                    and any(u[1] == strike_end and _AIRCRAFT_WORD.search(sentence, u[0], u[1]) for u in out)
                )
            )
        ):
            # (and a word of the projectiles' kind between: "air raids with high-explosive missiles")
            out = [u for u in out if not (u[2] == "explosive" and strike_end <= u[0] < t0)]
            continue
        out.append(t)
    return out


def _comma_or(sentence: str, a: int, b: int) -> int:
    """The first comma in ``sentence[a:b]``, or ``b``."""
    k = sentence.find(",", a, b)
    return b if k < 0 else k


def _container_end(sentence: str, places, e: int, gap: re.Pattern[str], default: int) -> int:
    """The end of the place right after ``e`` that ``gap`` joins to the one ending there as where it lies ("… in
    Damascus"), or ``default``."""
    return next((e2 for s2, e2 in places if s2 >= e and gap.fullmatch(sentence, e, s2) is not None), default)


def _last_match(rx: re.Pattern[str], sentence: str, a: int, b: int) -> re.Match[str] | None:
    """The last match of ``rx`` in ``sentence[a:b]``, or None."""
    matches = list(rx.finditer(sentence, a, b))
    return matches[-1] if matches else None


#: unowned means right before a relative clause: "Warplanes, which", "Rockets, which"
_MEANS_END = re.compile(
    # (not helicopters, the government's own: "Helicopters, which dropped barrel bombs on X, also hit Y")
    r"\b(?:(?:war)?planes?|jets?|aircraft|drones?|artillery|rockets?|missiles?|shells?)\s*,?\s*$",
    re.I,
)
#: a relative clause set off by commas that ends right before the word at the end: ", which controls most of Idlib, "
_RELATIVE_ENDS_BEFORE = re.compile(r",\s+(?:who|which)\b[^;.]*,\s*$", re.I)  # (a list of places inside it too)
#: means a side owns by its adjective, which the relative clause's antecedent carries: "Russian jets, which"
_OWNED_MEANS_END = re.compile(
    r"\b(?:[A-Z][a-z]+(?:ian|ish|ese|i)|[Rr]egime|[Gg]overnment|[Cc]oalition|US|U\.S\.)\s+(?:war)?(?:planes?|jets?|aircraft|"
    r"drones?)\s*,?\s*$"
)
_ASIDE_TIME = re.compile(
    rf"\b(?:in|since|during)\s+(?:(?:early|late|mid)[\s-]+)?(?:{_MONTH_NAMES}|(?:19|20)\d\d)\b", re.I
)
_ACTIVE_VERB_BACK = re.compile(
    rf",\s+(?:\w+ly\s+|also\s+|now\s+)?(?:(?:have|has|had)\s+(?:\w+ly\s+|also\s+)?)?{_ASIDE_MAIN_VERB}\b"
    r"(?!\s+(?:by|and|or)\b)|"
    # ("Al-Manar TV, which belongs to the Shia Lebanese movement Hezbollah, said pro-Assad fighters had repelled …": the
    # speaker's verb)
    r",\s+(?:also\s+)?(?:said|says|told|reported|reports|added|stated)\b",
    re.I,
)
#: a passive verb before a place's relative clause, and the clause closed by a comma before the passive's agent
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|is|are)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b[^,;]*,?\s*$", re.I)
_AGENT_AFTER_ASIDE = re.compile(
    # (an aside with no act or time of its own: not "Palmyra, which they retook in March, by IS fighters")
    r"[\s,]*(?:which|who)\s(?![^,;.]*\b(?:(?:re-?)?(?:took|taken|captured|seized|held|controlled|lost)|in|since|last|on)\b)"
    r"[^,;.]{3,70},\s+by\s",
    re.I,
)
#: the comma that closes a relative clause before the main clause's passive verb: ", was retaken", ", have been shelled"
_MAIN_VERB_BACK = re.compile(
    r",\s+(?:(?:has|have|had)\s+been|was|were)\s+(?:\w+ly\s+|again\s+|also\s+)?(?:re-?)?"
    r"(?:captured|taken|seized|liberated|overrun|stormed|entered|gained|shelled|bombed|struck|hit|targeted|attacked|"
    r"besieged|encircled|surrounded|cleared|recovered|restored|abandoned|evacuated|handed)\b",
    re.I,
)


def _charge_clauses(sentence: str, clauses, triggers) -> list[tuple[int, int, str]]:
    """ "HTS detains three activists who organized demonstrations in the city of Dana", "… arrested two people after
    participating in a protest in Idlib countryside": a clause with no event word of its own that tells why people were
    taken is the arrest's, with its places."""
    out: list[tuple[int, int, str]] = []
    for c0, c1, intro in clauses:
        if (
            out
            and _CHARGE_OPENS.match(sentence, c0)
            and not any(c0 <= t[0] < c1 for t in triggers)
            and any(out[-1][0] <= t[0] < out[-1][1] and t[2] in ("arrest", "abduction") for t in triggers)
        ):
            out[-1] = (out[-1][0], c1, out[-1][2])
            continue
        out.append((c0, c1, intro))
    return out


_CHARGE_OPENS = re.compile(rf"\s*(?:who|after|for)\s+(?:\w+\s+)?{_CHARGE_VERBS}\b", re.I)


def _split_adverbial(sentence: str, clauses, acts, triggers=()) -> list[tuple[int, int, str]]:
    """ "After the death of 1750 people, the SDF take over X": an adverbial clause ends at the
    comma after which the main clause's subject stands (or, when no side is named after it, at the comma
    before the main clause's first event word: "After besieging the vehicle Department, intense air and
    artillery strikes target the Eastern Ghouta")."""
    out = []
    for c0, c1, intro in _after_new_subject(sentence, clauses, acts, triggers):
        if intro in _ADVERBIAL:
            for x in acts:
                if c0 < x.start < c1 and re.search(r",\s*(?:the\s+)?[“\"']?$", sentence[c0 : x.start]):
                    cut = sentence.rindex(",", c0, x.start)
                    out += [(c0, cut, intro), (cut, c1, "")]
                    break
            else:
                # "After the martyrdom of X, wounded people … were injured in shelling of the neighbourhood": the main
                # clause may open on its victims instead of an actor
                victims = _VICTIMS_OPEN.search(sentence, c0, c1)
                main = _main_clause_comma(sentence, c0, c1, triggers)
                bare = None if victims or main is not None else _bare_subject(sentence, c0, c1, intro, acts)
                if victims:
                    out += [(c0, victims.start(), intro), (victims.start(), c1, "")]
                elif main is not None:
                    out += [(c0, main, intro), (main, c1, "")]
                elif bare is not None:
                    out += [(c0, bare, intro), (bare, c1, "")]
                else:
                    out.append((c0, c1, intro))
        else:
            out.append((c0, c1, intro))
    return out


#: the word before a main clause's subject when no comma ends the opening phrase: a noun ("After tens of strikes
#: Hezbollah …"), not a preposition, article, conjunction, participle or gerund (whose object the side would be)
_BARE_BEFORE = re.compile(
    r"(?<![-’'])\b(?!(?:by|of|on|against|between|with|for|from|to|in|at|and|or|the|a|an|its|their|his|her|into|over|"
    r"under|near|than|among|including|like|versus|vs|inside|outside|as|after|since|when|following|despite|amid|"
    r"before|while|although|because|both|all|some|that|which|who|two|three|four|five|several|many|dozens|tens|"
    # ("an agreement that will see the regime take control of X": the side is the object of a verb of letting)
    r"hundreds|more|other|these|those|see|sees|saw|seen|let|lets|allow|allows|make|makes|made|help|helps|watch|"
    r"watches|enable|enables|will|would|could|should|might|must|can|may)\b)[a-z]{2,}(?<!ing)(?<!ed)\s+(?:the\s+)?[“\"']?$"
)


_AND_GAP = re.compile(r"[”\"']?\s+and\s+(?:the\s+)?[“\"']?")
_THE_END = re.compile(r"\bthe\s+[“\"']?$", re.I)


def _bare_subject(sentence: str, c0: int, c1: int, intro: str, acts) -> int | None:
    """Where the main clause starts in "After tens of air and missile strikes Hezbollah and the regime forces manage
    to achieve advancement in X" (an opening phrase with no comma): at a side named right after a noun of the phrase
    and followed, past the sides coordinated with it, by a verb."""
    for x in acts:
        if not c0 + len(intro) < x.start < c1:
            continue
        if any(c0 < y.end <= x.start and _COORDINATION.fullmatch(sentence, y.end, x.start) for y in acts):
            continue  # "Since Turkish forces and their proxy factions captured X": the second member of the side
        m = _BARE_BEFORE.search(sentence, c0 + len(intro), x.start)
        if m is None:
            continue
        end = x.end
        for y in acts:  # "Hezbollah and the regime forces manage": past the sides coordinated with it
            if y.start > end and _AND_GAP.fullmatch(sentence, end, y.start):
                end = y.end
        if _VERB_AFTER.match(sentence, end):
            the = _THE_END.search(sentence, m.start(), x.start)
            return the.start() if the else x.start
    return None


def _after_new_subject(sentence: str, clauses, acts, triggers=()) -> list[tuple[int, int, str]]:
    """ "… hours after handing over 26 abductees and the regime forces shell south Damascus": an adverbial clause
    ends where "and" brings a side with its own verb (a new main clause), or weapons with theirs ("… since the
    beginning of the truce north of Homs and tens of shells target al-Houla")."""
    out = []
    for c0, c1, intro in clauses:
        cut = None
        if intro in _ADVERBIAL:
            cut = _new_subject_and(sentence, c0, c1, acts)
            if cut is None:
                cut = next(
                    (
                        m.start()
                        for t0, t1, kind, _ in triggers
                        if c0 < t0 < c1
                        and kind in _REMOTE
                        and (m := _AND_WEAPONS.search(sentence, max(c0, t0 - 30), t0)) is not None
                        # (not the "and" of "air and artillery strikes target X")
                        and not _MODIFIER_END.search(sentence, max(c0, m.start() - 12), m.start())
                        # (a verb after the noun, or one the noun's words end on: "shells target")
                        and (
                            _VERB_AFTER.match(sentence, t1)
                            or GENERIC_WORDS.fullmatch(sentence[t0:t1].rsplit(None, 1)[-1])
                        )
                    ),
                    None,
                )
        out += [(c0, cut, intro), (cut, c1, "and")] if cut is not None else [(c0, c1, intro)]
    return out


def _new_subject_and(sentence: str, c0: int, c1: int, acts) -> int | None:
    """Where the first "and (the) <side> <verb>" of a clause starts — not the second of a coordinated subject
    ("Coalition forces and the SDF control …")."""
    for x in acts:
        if not c0 < x.start < c1:
            continue
        m = _AND_THE.search(sentence, max(c0, x.start - 12), x.start)
        if m is None or not _VERB_AFTER.match(sentence, x.end):
            continue
        # ("the Syrian armed opposition factions and Turkish forces recovered X": the group word of the first)
        if not any(
            0 <= m.start() - y.end <= 1 or (y.end <= m.start() and _COORDINATION.fullmatch(sentence, y.end, x.start))
            for y in acts
        ):
            return m.start()
    return None


def _main_clause_comma(sentence: str, c0: int, c1: int, triggers) -> int | None:
    """The comma that ends an opening adverbial phrase with no side named after it: the last one before the first
    event word that follows a comma (so "After controlling A, B and C, warplanes target D" ends after C)."""
    commas = [m.start() for m in re.finditer(",", sentence[c0:c1])]
    if not commas:
        return None
    first = next((t[0] for t in triggers if c0 + commas[0] < t[0] < c1), None)
    if first is None:
        return None
    # ("After the evacuation, the towns of Zabadani, Madaya and Buqein returned to …": a list opening the main clause
    # on its type word, whose commas are the list's)
    typed = next((c0 + k for k in commas if c0 + k < first and _TYPED_LIST_OPENS.match(sentence, c0 + k + 1)), None)
    return typed if typed is not None else c0 + max(k for k in commas if c0 + k < first)


#: a typed list opening a clause after a comma: " the towns of ", " villages of "
_TYPED_LIST_OPENS = re.compile(
    r"\s*(?:the\s+)?(?:[\w-]+\s+)?(?:towns|villages|cities|areas|districts|neighbou?rhoods|hills|town|village|city)\s+of\s",
    re.I,
)


_VICTIMS_OPEN = re.compile(
    r",\s*(?:the\s+)?(?:\d+\s+)?(?:wounded|injured|people|civilians|citizens|children|casualties|martyrs)\b"
    r"(?=[^,]*(?:,[^,]*){0,2}\b(?:were|was|are|is)\s+(?:killed|injured|wounded)\b)",
    re.I,
)
#: an adverbial phrase that opens the sentence, up to its comma: "After days of fighting between A and B …, "
_OPENING_ADVERBIAL = re.compile(
    r"\W*(?:after|following|subsequent\s+to|amid|despite|during|since|while|before|as)\b[^,;:]{0,200},", re.I
)
_ADVERBIAL = ("after", "since", "when", "following", "despite", "amid", "before", "while", "although", "because")


def _clause_of(clauses, offset: int) -> int:
    for i, (a, b, _) in enumerate(clauses):
        if a <= offset < b:
            return i
    return len(clauses) - 1


def _heads(acts: list[ActorMention], sentence: str, dateline: dt.date | None = None) -> list[ActorMention]:
    """Actor mentions without the ones that only qualify the next: in "factions of Euphrates
    Shield" and "fighters of HTS" the actor is the second (and in "the “Euphrates Shield” factions", the first).
    From Turkey's own operations on (``dateline`` after :data:`_TURKEY_IN`), the rebels a Turkish side calls its allies
    are the men it backs."""
    out: list[ActorMention] = []
    named_by_backer: ActorMention | None = None
    for x, y in zip(acts, [*acts[1:], None]):
        if x is named_by_backer:
            continue
        if y is not None and _BACKER_GAP.fullmatch(sentence, x.end, y.start):
            if x.actor == "turkey" and y.actor == "opposition":
                # "the Turkish-backed National Liberation Front": rebels Turkey backs are the gold's `turkey` (as
                # "FSA backed by the Turkish army", see _sponsored), named by the rebels' words
                out.append(replace(y, actor=x.actor))
                named_by_backer = y
            continue  # "US occupation-backed QSD militia": the backer qualifies the side named after it
        if (
            y is not None
            and x.actor == "turkey"
            and y.actor == "opposition"
            and _BACKED_MEN.search(x.surface)
            and _BRACKET_GAP.fullmatch(sentence, x.end, y.start)
        ):
            # "Turkish-backed Free Syrian Army (FSA) rebels": the bracketed short name restates the men Turkey backs
            named_by_backer = y
        if (
            out
            and not any(out[-1].end <= z.start < x.start for z in acts)
            and (
                (
                    out[-1].actor == "turkey"
                    and x.actor == "opposition"
                    and (
                        # "The Turkish military said rebels it backs had taken control of …": the men it backs
                        _BACKS_AFTER.match(sentence, x.end)
                        # "The Turkish military said that they and their Free Syrian Army (FSA) allies had captured …":
                        # the men it calls its allies, from its own operations on
                        or (
                            dateline is not None
                            and dateline >= _TURKEY_IN
                            and _POSSESSIVE_BEFORE.search(sentence, max(0, x.start - 8), x.start) is not None
                            and _ALLIES_AFTER.match(sentence, x.end) is not None
                        )
                    )
                )
                # "The Syrian army said that they and their allies from Hezbollah and Iran had taken X": the speaker and
                # its allies, the speaker named first (the gold's first-named party)
                or _THEY_AND_THEIR.search(sentence, max(0, x.start - 70), x.start) is not None
            )
        ):
            x = replace(x, actor=out[-1].actor)  # the side just named
        if y is not None and _OF_ACTOR.fullmatch(sentence, x.end, y.start):
            if not (_BACKED_MEN.search(x.surface) and x.actor != y.actor):
                continue
            # "the Turkish-backed militants from the Free Syrian Army": men named by their backer are the backer's
            named_by_backer = y
        if (
            out
            and _GROUP_NOUN.fullmatch(x.surface)
            # ("Turkish-backed Syrian National Army (SNA) factions": after the bracketed short name)
            and re.fullmatch(
                r"[”\"’')]?(?:['’]s)?(?:\s+\([^()]{1,12}\))?\s+(?:group\s+)?", sentence[out[-1].end : x.start]
            )
        ):
            # "the “Euphrates Shield” factions", "Islamic State group militants": the word names the group before it,
            # not another side
            continue
        if (
            out
            and _GROUP_NOUN.fullmatch(x.surface)
            and (
                _OWNER_BEFORE.search(sentence, max(0, x.start - 12), x.start)
                or _SAID_ITS_GAP.fullmatch(sentence, out[-1].end, x.start)
                # (or of the one side named before: "The Turkish military is seeking to capture X after their troops
                # seized Y"; not "The army said rebels attacked its troops", two sides before)
                or (len(out) == 1 and _POSSESSIVE_BEFORE.search(sentence, max(0, x.start - 8), x.start))
            )
        ):
            # "Turkey’s president says his troops … have entered X": the men of the side just named ("Turkey said
            # its troops seized X": of the speaker)
            x = replace(x, actor=out[-1].actor)
        out.append(x)
    return out


#: a verb that drives out the side after it: "force IS militants out", "drove the rebels out of X"
_DRIVE_BEFORE = re.compile(r"\b(?:forc|driv|drov|push|kick|chas|thr[eo]w)\w*\s+(?:the\s+)?$", re.I)
_OUT_AFTER = re.compile(r"\s+out\b", re.I)
#: between a backer and the side it backs: " occupation-backed ", "-backed ", " -supported "
_BACKER_GAP = re.compile(
    # ("Turkey-backed Syrian rebel groups")
    r"(?:\s+[\w’'-]+?)?\s*-\s*(?:backed|supported|sponsored|funded|armed)\s+(?:the\s+)?(?:[Ss]yrian\s+)?",
    re.I,
)
#: a bracketed short name right after a side: " (FSA) "
_BRACKET_GAP = re.compile(r"\s*\(\s*")
#: the men a side backs, told after them: " it backs", " they support"
_BACKS_AFTER = re.compile(r"\s+(?:it|they)\s+(?:backs?|supports?|sponsors?|arms|trains)\b", re.I)
#: the side's allies, after the men's name: " allies", " (FSA) allies"; and the possessive before it: "its ", "their "
_ALLIES_AFTER = re.compile(r"(?:\s*\([^()]{1,12}\))?\s+(?:allies|proxies|partners)\b", re.I)
_POSSESSIVE_BEFORE = re.compile(r"\b(?:its|their)\s+$", re.I)
#: the speaker and its allies, before the allies' side: "they and their allies from ", "it and its Russian "
_THEY_AND_THEIR = re.compile(
    r"\b(?:it|they|we)\s+and\s+(?:its|their|our)\s+"
    r"(?:(?!(?:had|have|has|were|was|are|is|will|would)\b)[\w'’()-]+\s+){0,4}?"
    r"(?:(?:allies|partners|proxies)\s+(?:from|of|in)\s+(?:the\s+)?)?$",
    re.I,
)
#: the start of Turkey's Euphrates Shield operation, from which the rebels it calls its allies fight as its own men
_TURKEY_IN = dt.date(2016, 8, 24)
_GROUP_NOUN = re.compile(
    r"(?:the\s+)?(?:factions?|fighters|forces|militias?|rebels|groups?|militants|members|jihadists|troops|soldiers)",
    re.I,
)
#: a leader's possessive before a side's men: "his troops" ("its troops" is often the speaker's: "The Syrian army said
#: rebels attacked its troops"; but the speaker's own men as its words' subject: "Turkey said its troops seized X")
_OWNER_BEFORE = re.compile(r"\bhis\s+(?:own\s+)?$", re.I)
#: between a speaker and its own men named as its words' subject: " said its ", "'s command announced that their "
_SAID_ITS_GAP = re.compile(
    r"(?:['’]s)?(?:\s+[\w-]+){0,3}?\s+(?:said|says|announced|announces|claimed|claims|added|stated|confirmed)\s+"
    r"(?:that\s+)?(?:its|their)\s+(?:own\s+)?",
    re.I,
)


#: between a side that only qualifies the next and that side: "fighters of HTS", "government ally Russia"
_OF_ACTOR = re.compile(r"\s+(?:of|from|ally|allies)\s+(?:the\s+)?[“\"'‘]?", re.I)
#: men named by their backer or leader: "Turkish-backed militants", "US-led forces"
_BACKED_MEN = re.compile(r"\w-(?:backed|led)\b", re.I)


def _fought_example(sentence: str, x: ActorMention) -> bool:
    """Whether ``x`` is one of the sides given as examples of whom a side fights ("clashing with groups like A, B and
    the C, the Syrian army …"): in a list with no comma, right after its opening or joining word; after a comma of the
    list, only while the list goes on ("like ISIS, Kurdish YPG fighters seized X" names the subject after it)."""
    examples = _EXAMPLES_FOUGHT.search(sentence, max(0, x.start - 160), x.start)
    if examples is None:
        return False
    if "," not in examples.group() and _EXAMPLE_ITEM_BEFORE.search(sentence, max(0, x.start - 40), x.start):
        return True
    return _LIST_GOES_ON.match(sentence, x.end) is not None


def _subject_mentions(sentence: str, acts) -> list[ActorMention]:
    """Actor mentions that can be a subject (not "backed by Russia", "Assad-held", "with HTS", nor the second
    of "an attack by the factions and Al-Nusra")."""
    out: list[ActorMention] = []
    previous: tuple[ActorMention, bool] | None = None
    fronted = _FRONTED_BACKING.match(sentence) is not None  # ("Backed by Russian jets, the Syrian army …")
    attacked: ActorMention | None = None  # the last side named as an attack's object
    # ("In spite of airstrikes from allied and Russian forces, Islamic State fighters captured X", "With backing from
    # the Syrian and Russian air forces, units of our armed forces recaptured X": the sides of an opening concession or
    # support phrase, closed by its comma, do not act when a side is named after it)
    opening = _OPENING_ASIDE.match(sentence)
    if opening is not None and not any(x.start >= opening.end() for x in acts):
        opening = None
    # ("Jaish al-Fath – an alliance … led by al-Nusra Front – overran Idlib": a side named in what the subject is)
    appositions = [m.span() for m in _APPOSITION_ASIDE.finditer(sentence)] if "–" in sentence or "—" in sentence else []
    appositions += _side_asides(sentence, acts)
    for x in acts:
        if any(a < x.start < b for a, b in appositions) or (opening is not None and x.end <= opening.end()):
            continue
        # "the Syrian Army stormed the defenses of HTS in a bid to capture the hills": the side attacked is the object,
        # as are the sides listed with it (not "… and Russian warplanes, in turn, bombed X": a clause of its own)
        hit = _ATTACKED_OBJECT.search(sentence, max(0, x.start - 50), x.start) is not None or (
            attacked is not None
            and _ATTACKED_LIST.fullmatch(sentence, attacked.end, x.start) is not None
            and not _LATER_VERB.match(sentence, x.end)
        )
        ok = (
            (
                not (
                    # (searched in place: the men's noun before "from" may lie beyond the window, "Fighters from the
                    # Iran-backed Hezbollah")
                    _NOT_SUBJECT_BEFORE.search(sentence, max(0, x.start - 24), x.start)
                    or _AGAINST_MEN_OF.search(sentence, max(0, x.start - 45), x.start)
                    or _LEADER_BEFORE.search(sentence, max(0, x.start - 40), x.start)
                    or _fought_example(sentence, x)
                )
                # "A Syrian coalition known as the Fattah Army seized X", "a coalition of Islamist rebel groups seized X":
                # the alliance is the side named in it
                or _ALLIANCE_NAMED.search(sentence, max(0, x.start - 60), x.start) is not None
                # ("The Syrian army said that they and their allies from Hezbollah had taken X": the speaker's allies,
                # named after the pronoun that opens the subject; see _heads)
                or _THEY_AND_THEIR.search(sentence, max(0, x.start - 70), x.start) is not None
                # "battles continue to rage with the Syrian Army recapturing A and B": "with" opens a clause of its own
                or (
                    _WITH_BEFORE.search(sentence, max(0, x.start - 24), x.start) is not None
                    and _WITH_SIDE_DOING.match(sentence, x.end) is not None
                )
                # "Fighters led by the Nusra Front seized X": men of no side of their own are the leader's
                or (
                    (bare := _LED_BY_BARE.search(sentence, max(0, x.start - 60), x.start)) is not None
                    # ("Gunmen believed to belong to ISIS": unnamed gunmen are the side's)
                    and not any(bare.start() <= y.end <= bare.end() and y.actor != "unidentified" for y in acts)
                )
            )
            # "YPG, backed by some rebel battalions and US-led coalition warplanes, could take X": a second backer
            and not _BACKED_LIST.search(sentence, max(0, x.start - 80), x.start)
            # "the Syrian National Army, previously known as the Free Syrian Army, have gained control": a side's former
            # name after it (but "The jihadist group, also known as ISIL, overran X": the only side named)
            and not (
                out
                and out[-1].actor != "unidentified"
                and _FORMER_NAME_BEFORE.search(sentence, max(0, x.start - 30), x.start) is not None
            )
            # "The Syrian army backed by popular forces, Russian and Syrian warplanes, managed to …": a list of
            # backers set off by commas
            and not (
                _BACKED_COMMA.search(sentence, max(0, x.start - 80), x.start)
                and _CLOSING_COMMA.match(sentence, x.end)
                # (not "Supported by the Russian air force, Syrian army have captured X, SANA reported": the sentence
                # opens on the backers, and the side after their comma is the subject)
                and not (
                    fronted and re.fullmatch(r"[^,;.]*,\s*(?:the\s+)?(?:[\w-]+\s+)?", sentence[: x.start]) is not None
                )
            )
            and (
                not _NOT_SUBJECT_AFTER.match(sentence[x.end : x.end + 24])
                or _controls_as_verb(sentence, x)
                # ("Regime forces controlled Maarat al-Numan today": SOHR's word for taking it, dated to the news)
                or _CONTROLLED_NOW.match(sentence, x.end) is not None
            )
            # "regime troops and allied militia including fighters from Lebanon's Hezbollah movement and Iranian officers
            # seized X": members named after the side
            and not (
                out
                and (inc := _INCLUDED.search(sentence, max(0, x.start - 70), x.start)) is not None
                # ("Syrian army troops and allied militia including fighters from Hezbollah seized X": the noun after the side
                # too; and "Syrian rebel groups, including the Nusra Front, overran X", "Islamic State fighters, including
                # Chechen militants, seized Y": the members set off by a comma)
                and re.fullmatch(r",?\s+(?:and\s+)?(?:[\w-]+,?\s+){0,4}", sentence[out[-1].end : inc.start()])
                is not None
            )
            # "The fighters, including some from the Nusra Front and Islamist group Jund al-Aqsa, took X": the members
            # named, the first of them the side (as for "Nusra Front and Jund al-Aqsa took X")
            and not (
                out
                and (inc := _INCLUDED_LONG.search(sentence, max(0, x.start - 100), x.start)) is not None
                and out[-1].start > inc.start()
                and re.fullmatch(r"\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,2}", sentence[out[-1].end : x.start]) is not None
            )
            # "army troops backed by fighters from the Lebanese Shiite military group Hezbollah seized X", "Kurdish
            # fighters backed by intense US-led airstrikes pushed IS out of X": a backer after the side it backs
            and not (out and _BACKED_FAR.search(sentence, max(0, x.start - 80), x.start))
            # "Al-Nusra Front, in coordination with rebel groups of Jund al-Aqsa and Ahrar al-Sham, seized X": a partner
            # set off by commas
            and not _in_partner_aside(sentence, x)
            # "A coalition of rebel groups — including al Qaeda affiliate Jabhat al-Nusra — seized X": a member named
            # between dashes, after the side it belongs to
            and not (out and _MEMBER_ASIDE.search(sentence, max(0, x.start - 80), x.start))
            # "The “Army of Fatah” alliance which includes al Qaeda’s Syria wing Nusra Front, … and other factions,
            # captured X": its members, named in a relative clause after the side
            and not (
                out
                and (rel := _MEMBERS_RELATIVE.search(sentence, max(0, x.start - 160), x.start)) is not None
                and out[-1].end <= rel.start()
            )
            # "Syrian rebels who ousted president Bashar al-Assad said …": the object of a relative clause
            and not _RELATIVE_OBJECT.search(sentence, max(0, x.start - 50), x.start)
            # "Kurdish forces have managed to force IS militants out and take control of X": the side driven out
            and not (
                _DRIVE_BEFORE.search(sentence, max(0, x.start - 30), x.start) and _OUT_AFTER.match(sentence, x.end)
            )
            # "Syrian rebel forces opposed to the regime of Bashar al-Assad abandoned X": whom they oppose
            and not _OPPOSED_TO.search(sentence, max(0, x.start - 50), x.start)
            # ("Rebels fighting Syrian President Bashar al-Assad seized X": whom they fight, the verb right after it)
            and not (
                _FIGHTING_BEFORE.search(sentence, max(0, x.start - 50), x.start)
                and (
                    _VERB_NEXT.match(sentence, x.end)
                    # ("… fighting forces of Syria’s Bashar al-Assad regime reached X": the rest of the name between)
                    or (
                        (tail := _NAME_TAIL.match(sentence, x.end)) is not None
                        and _VERB_NEXT.match(sentence, tail.end())
                    )
                )
            )
            # "Army units carried out operations against fortifications and supply routes of terrorists of Jabhat
            # al-Nusra and liberated X": a side named deep in what is attacked (but not "… against X and the SDF seized Y")
            and not (
                _AGAINST_PHRASE.search(sentence, max(0, x.start - 90), x.start)
                # (but "During the offensive against HTS government forces captured X": a side right before its verb)
                and not _VERB_AFTER.match(sentence, x.end)
            )
            # "terrorists attacked an SAA convoy in X", "Insurgent groups attacked several Syrian government positions":
            # the side whose convoy or posts are hit is the target
            and not (
                _TARGET_NOUN_AFTER.match(sentence, x.end)
                and _ATTACKED_BEFORE.search(sentence, max(0, x.start - 40), x.start)
            )
            # "a bomb exploded during a Russian-Turkish patrol": the sides of a patrol hit
            and not (
                _PATROL_AFTER.match(sentence, x.end)
                and _PATROL_HIT_BEFORE.search(sentence, max(0, x.start - 30), x.start)
            )
            # "The regime forces kill 7 ISIS members in clashes": the men killed are the verb's object
            and not (_counted_men(sentence, x) and _KILL_BEFORE.search(sentence, max(0, x.start - 40), x.start))
            # (the side an attack hits is no subject of what follows, unless a verb of its own does)
            and not (hit and not _VERB_AFTER.match(sentence, x.end))
        )
        if hit and not ok:
            attacked = x
        if (
            ok
            and previous is not None
            and not previous[1]
            and _BY_OR_TO_BEFORE.search(sentence, max(0, previous[0].start - 12), previous[0].start)
            and _COORDINATION.fullmatch(sentence, previous[0].end, x.start)
            # (not a source: "According to pro-government forces, the SAA captured X")
            and not _ACCORDING_BEFORE.search(sentence, max(0, previous[0].start - 24), previous[0].start)
            # ("Backed by Russian jets, the Syrian army captured Palmyra": the backer's phrase opens the sentence and
            # its comma closes it; the side after the comma is the subject)
            and not (
                (fronted or _FRONTED_PHRASE.fullmatch(sentence, 0, previous[0].start) is not None)
                and re.fullmatch(r"\s*,\s*(?:the\s+)?(?:[\w-]+\s+)?", sentence[previous[0].end : x.start]) is not None
            )
        ):
            ok = "against" in sentence[previous[0].end : x.start]
        if (
            ok
            and previous is not None
            and not previous[1]
            and previous[0].actor == x.actor
            # (and the rest of the name before the bracket: "… Guard Corps (IRGC)")
            and re.fullmatch(r"(?:\s+[\w’'-]+)?[”\"’']?\s*\(\s*", sentence[previous[0].end : x.start]) is not None
        ):
            # "backed by Hezbollah and the Islamic Revolutionary Guard Corps (IRGC), imposed control over X": the
            # bracketed short name of a side that is no subject is none either
            ok = False
        if ok:
            out.append(x)
        previous = (x, ok)
    return out


#: the words that tie men of no named side to one, said or supposed: "affiliated with", "believed to belong to",
#: "thought to be members of", "suspected to be"
_TIED_TO = (
    r"(?:(?:(?:believed|thought|suspected|said|reported)\s+to\s+(?:be\s+)?)?"
    # ("A militia allied with US-backed Syrian Democratic Forces captured X")
    r"(?:affiliated\s+(?:with|to)|allied\s+(?:with|to)|linked\s+to|belonging\s+to|belong\s+to|members\s+of)"
    r"|(?:believed|thought|suspected)\s+to\s+be)"
)
#: a concession, a support or a source that opens the sentence, up to its comma: "In spite of airstrikes from allied and
#: Russian forces,", "“With backing from the Syrian and Russian air forces,", "Despite Turkish shelling,", "According to
#: the War Media channel operated by … Hezbollah,"
_OPENING_ASIDE = re.compile(
    r"\W*(?:in\s+spite\s+of|despite|notwithstanding|with\s+(?:the\s+)?(?:backing|support|help|cover|aid)\s+(?:from|of)|"
    r"under\s+(?:the\s+)?cover\s+of|according\s+to)\s[^,;.“”\"]{1,120}"
    # ("According to Al-Watan, which is close to the government, the army captured X": a relative clause on the source)
    r"(?:,\s*(?:which|who)\s[^,;.“”\"]{1,80})?,",
    re.I,
)
#: a prepositional phrase that opens the sentence, up to a side named in it: "In a blow to the ", "Meanwhile, in a
#: dramatic setback to the " (its comma closes it: the side after it is the subject)
_FRONTED_PHRASE = re.compile(
    r"\W*(?:(?:meanwhile|however|also|earlier|later|separately|elsewhere)\s*,\s*)?"
    r"(?:in|as|amid|despite|after|for|with)\s+[^,;.]{0,80}?\b(?:to|for|against|on|by|of)\s+(?:the\s+)?",
    re.I,
)
#: the words of what an act is aimed at, up to a side named in it: "against fortifications and supply routes of "
_AGAINST_PHRASE = re.compile(r"\bagainst\s+(?:[\w’'-]+\s+){1,9}$", re.I)
#: the words before a sentence's opening subject ("The ", "“")
_OPENING_SUBJECT = re.compile(r"[\W_]*(?:the\s+)?", re.I)
#: a side whose act is told in a clause of its own after "with" or a result ("with the Syrian Army recapturing …", "This
#: resulted in GoS forces gaining control of …", "the battle ended with ISIS taking …")
_WITH_BEFORE = re.compile(
    r"\b(?:with|result(?:ed|ing|s)?\s+in|le(?:d|ad|ads|ading)\s+to|culminat(?:ed|es|ing)\s+in)\s+(?:the\s+)?$", re.I
)
#: a side's act right after it in an absolute clause: "with the Syrian Army recapturing …", "with ISIS advancing"
_WITH_DOING_STEMS = r"(?:re)?(?:captur|seiz|tak|gain|storm|advanc|enter|shell|bomb|target|attack|push)\w*ing\b"
_WITH_SIDE_DOING = re.compile(
    # (its men may be named after it, "with ISIS forces capturing the village of X", unless their gerund closes an
    # aside: "regime forces, with Hezbollah militias advancing, capture X")
    rf"\s+(?:(?:forces|fighters|militants|troops|units|jihadists|rebels|militias)\s+"
    rf"(?=(?:\w+ly\s+)?{_WITH_DOING_STEMS}(?!\s*,)))?"
    rf"(?:\w+ly\s+)?{_WITH_DOING_STEMS}"
    # (not "with Hezbollah fighters taking part in the assault")
    r"(?!\s+part\b)",
    re.I,
)
#: men named by no side's name, led by one: "Fighters led by the Nusra Front", "hundreds of gunmen led by ISIS"
_LED_BY_BARE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:the|a|an|some|that|hundreds\s+of|dozens\s+of|thousands\s+of)\s+|\d+\s+)(?:[\w-]+\s+){0,2}?"
    r"(?:fighters|militants|jihadists|gunmen|insurgents|forces?|troops|men|groups?|cells?|units?|patrols?|militias?|"
    r"militiamen|tribesmen)\s*,?\s+"
    # ("a security force affiliated with the Headquarters of HTS", "a group believed to be affiliated with ISIS")
    # ("armed terrorist groups, affiliated with the HTS, entered the city of Aleppo": set off by commas)
    rf"(?:led\s+by|{_TIED_TO})\s+(?:the\s+)?"
    # ("allied with US-backed Syrian Democratic Forces": its backer's word before the side)
    r"(?:[\w-]+\s+of\s+(?:the\s+)?|(?:U\.S\.|US|Turkish|Russian|Iranian)-backed\s+)?$",
    re.I,
)
#: the same men as a passive's agent: "attacked by gunmen thought to belong to Islamic State"
_BY_TIED = re.compile(
    r"\bby\s+(?:the\s+|some\s+|a\s+|an\s+|\d+\s+)?(?:[\w-]+\s+)?"
    r"(?:fighters|militants|jihadists|gunmen|insurgents|men|groups?|cells?|militias?|militiamen)\s+"
    # (or "from" or "of" the side: "captured by extremist militants from the Al-Nusra")
    + rf"(?:{_TIED_TO}|from|of)"
    + r"\s+(?:the\s+)?[“\"']?$",
    re.I,
)


#: words that make "since <year>" a comparison or a description: "the first time since", "the heaviest … since", "a
#: rebel stronghold since", "in rebel hands since"
_SINCE_COMPARED = re.compile(
    r"\b(?:first|second|third|last|time|times|heaviest|deadliest|biggest|fiercest|bloodiest|worst|most|least|stronghold|"
    r"bastion|capital|hands|held|controlled|ongoing)\b",
    re.I,
)
#: an apposition that restates the act before it to compare it: ", the heaviest ", ", the first such "
_RESTATED_ACT = re.compile(
    r",\s+(?:the|a|an)\s+(?:heaviest|deadliest|worst|biggest|fiercest|bloodiest|largest|latest|first|second|third)\s+"
    r"(?:[\w-]+\s+)?$",
    re.I,
)
#: a year, perhaps with its month or part before it ("late 2012", "May 2015"), captured
_YEAR_NAMED = rf"(?:(?:early|late|mid)[\s-]+)?(?:{_MONTH_NAMES}\s+)?((?:19|20)\d\d)"
_SINCE_YEAR = re.compile(rf"\bsince\s+{_YEAR_NAMED}\b", re.I)
#: the words before an act that sides blame on each other: "blamed the other for the ", "accused each other of the "
_BLAMED_FOR = re.compile(
    # (sides blaming each other name no side; "accusing an Islamic faction of carrying out the execution" names the
    # one that did it, and "blamed Russia for an airstrike on X" may tell it first)
    r"\b(?:blam(?:e|es|ed|ing)|accus(?:e|es|ed|ing))\s+(?:the\s+other(?:\s+side)?|each\s+other|one\s+another)\s+"
    r"(?:for|of)\s+(?:(?:carrying\s+out|committing|perpetrating|launching|staging)\s+)?"
    r"(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?$",
    re.I,
)
#: between an act and the operation it was part of: " by Turkey last month in a deadly cross-border "
_IN_THE_ACT = re.compile(r"[^,;.]{0,50}?\b(?:in|during)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}", re.I)
#: a "since" clause told by a subject and its past verb: "since the government offensive resumed on"
_SINCE_CLAUSE_VERB = re.compile(
    r"since\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,4}?(?:began|begun|started|resumed|erupted|broke\s+out|"
    r"was\s+launched|were\s+launched|launched|kicked\s+off)\b",
    re.I,
)
#: a deal's or a plan's outcome to come, its doer between: "that will see the regime ", "would allow the army to "
_WILL_SEE = re.compile(
    r"\b(?:will|would|shall|is\s+to|are\s+to)\s+(?:see|allow|let|enable|have)\s+[^;,.]{1,80}?(?:\s+to)?\s+$", re.I
)
_BY_HOUR_OPENS = re.compile(
    r"\W*By\s+(?:early\s+|late\s+|mid-?)?(?:morning|afternoon|evening|nightfall|noon|midday|dawn|dusk|sunset|"
    r"the\s+end\s+of\s+the\s+day|(?:this|that)\s+(?:morning|afternoon|evening))\b",
    re.I,
)
_IN_YEAR_OPENS = re.compile(rf"\W*(?:In|Back\s+in|During)\s+{_YEAR_NAMED}\s*,", re.I)
#: a place described as one of a kind of places, right before what was done to them: "one of several … towns "
_ONE_OF_PLACES = re.compile(
    r"\bone\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:towns|villages|cities|areas|places|districts|neighbou?rhoods)\s+$",
    re.I,
)
#: a day's act named by its day, and the words that set it after another: "Sunday's " … " comes after"
_DAYS_ACT_BEFORE = re.compile(r"\b(?:\w+day|today|yesterday)['’]s\s+(?:[\w-]+\s+)?$", re.I)
_COMES_AFTER = re.compile(r"\s+(?:comes?|came|follows?|followed|was\s+the\s+latest)\b", re.I)
#: the words before an act told already that no one claimed: "There was no immediate claim of responsibility for the "
_TOLD_BEFORE = re.compile(
    # (a side that claims it is its actor: "ISIS has claimed responsibility for the Manbij bombing"; an act condemned
    # may be the report's news: "Turkey condemned the government airstrike on Saraqib")
    r"\bno\s+(?:\w+\s+)?claims?\s+of\s+responsibility\s+for\s+"
    r"(?:the|this|that|these|those|yesterday['’]s|today['’]s|\w+day['’]s|its|their)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
_ANY_BEFORE = re.compile(
    r"\b(?:any|every\s+possible|future|face\s+(?:further|more|renewed)|"
    # ("with no apparent sign of an air attack", "no evidence of a chemical attack")
    r"(?:no|without)\s+(?:\w+\s+)?(?:signs?|evidence|indications?|traces?)\s+of\s+(?:an?|the|any))\s+(?:[\w-]+\s+)?$",
    re.I,
)
_OWN_TOLL = re.compile(r"[^;.]{0,80}?\b(?:that|which)\s+(?:killed|wounded|left)\b", re.I)
#: the words before an act that another act answers: "in response to an ", "in retaliation for the "
_ANSWERED_BEFORE = re.compile(
    r"\b(?:in\s+(?:response|retaliation|revenge|reprisal)\s+(?:to|for)|to\s+avenge)\s+"
    r"(?:(?:the|an?|its|their|this|that|these|those|recent|earlier|last\s+\w+['’]s|[\w-]+['’]s)\s+)*(?:[\w-]+\s+){0,2}$",
    re.I,
)
#: a speaker's verb and the "that" opening what it says
_CONDEMNED_GAP = re.compile(
    r"[”\"’']?\s+(?:(?:also|strongly|harshly|\w+ly)\s+)?(?:condemn(?:s|ed)?|denounc(?:es|ed|e)|deplor(?:es|ed|e)|"
    r"criticis(?:es|ed|e)|criticiz(?:es|ed|e)|decri(?:es|ed)|slam(?:s|med)?)\s+(?:the|an?|this|these|those|yesterday['’]s|"
    r"\w+day['’]s)\s+(?:[\w-]+\s+){0,3}",
    re.I,
)
#: the harm a noun event caused, right before it: "two of its soldiers were killed and two others wounded in an "
_HARMED_IN = re.compile(
    r"\b(?:killed|wounded|injured|died|dead)\b[^.;]{0,40}?\b(?:in|by|during)\s+(?:an?|the)\s+(?:[\w-]+\s+)?$", re.I
)
_SPEAKER_THAT = re.compile(rf"\b{_SPEECH_VERB}\s+(?:[^.;,]{{0,30}}?\s+)?that\b", re.I)
#: between a deal's parties and its word: " reached agreement on a ", " agreed on a ", " signed a "
_PARTIES_GAP = re.compile(
    r"\s+(?:(?:have|has|had|finally|also|on\s+\w+day)\s+)*(?:reached|agreed|signed|concluded|struck|"
    r"brokered)(?:\s+(?:an?|the|on|to|upon|agreement\s+on))*\s+(?:an?\s+|the\s+|new\s+)*",
    re.I,
)


def _victims_named(sentence: str, start: int, end: int) -> bool:
    """Whether people hurt are named between ``start`` and ``end``, not those who tell of it ("…, residents and a
    monitor said", "residents told AFP")."""
    return any(
        not (
            (_SPEAKERS_AFTER.match(sentence, m.end()) or _SAID_NEXT.match(sentence, m.end()))
            and _COMMA_SUBJECT.search(sentence, max(0, m.start() - 6), m.start()) is not None
        )
        for m in _VICTIMS.finditer(sentence, start, end)
    )


#: a verb of speech right after people named: " said", " told AFP", " reported"
_SAID_NEXT = re.compile(r"\s+(?:said|say|says|told|reported)\b", re.I)
#: a speaker joined to a side named as the source after a comma: " and a monitor said", " and activists told AFP"
_SPEAKERS_AFTER = re.compile(
    r"\s+and\s+(?:a|an|the)?\s*(?:[\w'’-]+\s+){0,3}?(?:said|say|says|told|reported|added)\b", re.I
)


def _objects(sentence: str, *, held_hit: bool, after: list[ActorMention], remote: bool = False) -> list[ActorMention]:
    """Actors after an event word up to the next conjunct's subject: in "X take Y and the
    Coalition continue to …" and "X shell Y and a rebel fighter loses his life" the second actor
    is not X's object ("between A and B" keeps B)."""
    out: list[ActorMention] = []
    for x in after:
        left = sentence[max(0, x.start - 12) : x.start]
        if re.search(r"\band\s+(?:the\s+|a\s+|an\s+)?$", left, re.I) and not (
            out
            and (
                _COORDINATION.fullmatch(sentence, out[-1].end, x.start)
                # "between FSA backed by the Turkish army and ISIS": the backer stands between the two sides
                or _BACKED_GAP.fullmatch(sentence, out[-1].end, x.start)
            )
        ):
            break
        if re.search(r",\s*(?:the\s+)?$", left) and _OWN_VERB.match(sentence, x.end):
            break  # "SDF control Tal Rifaat and Kafr Naseh, the regime forces control Ihres": a clause of its own
        if _HELPER_BEFORE.search(sentence, max(0, x.start - 30), x.start):
            continue  # "seized control of X with the help of Russian and Syrian air strikes": a helper, no target
        if _SPEAKERS_AFTER.match(sentence, x.end) and _COMMA_SUBJECT.search(sentence, max(0, x.start - 6), x.start):
            continue  # "Jets struck Al-Waer on Sunday, residents and a monitor said": who tells it, not its target
        if _HELD_BY_BEFORE.search(sentence, max(0, x.start - 30), x.start):
            continue  # "kill 42 prisoners of ISIS": people the side holds, not its men
        if _STRONGHOLD_OF.match(sentence, x.end) and remote:
            # "fired rockets into Latakia, Bashar Assad's Allawite stronghold": a place described, no target (but "have
            # taken Albu Kamal, Islamic State's last major stronghold" names whom the place was taken from)
            continue
        if (held_hit and _BASTION_AFTER.match(sentence, x.end)) or _ENCLAVE_AFTER.match(sentence, x.end):
            # "three civilians … killed in regime airstrikes on the embattled opposition bastion": a held place hit
            # where people died, no side as the target (as a shelled "regime-controlled area"; but "jets pounded ISIS
            # strongholds in Raqqa" hit ISIS, and "taken the IS bastion of Al-Bab" is taken from IS)
            continue
        if _CHARGED_FOR.search(sentence, max(0, x.start - 60), x.start):
            continue  # "executed four young men on charges of spying for the 'crusader coalition'": the charge's side
        if remote and _SIDE_ADJECTIVE.fullmatch(x.surface) and _PLACE_NOUN_AFTER.match(sentence, x.end):
            continue  # "air raids on rebel districts of Aleppo", "a rocket attack on a rebel district": a place hit
        out.append(x)
    return out


#: the side a charge names: "on charges of spying for the …", "accused of collaborating with the …"
_CHARGED_FOR = re.compile(
    r"\b(?:charges?\s+of|accused\s+of|accusations?\s+of|convicted\s+of)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:spying|collaborat\w+|working|dealing|cooperat\w+|communicat\w+|belonging|affiliat\w+)\s+(?:for|with|to)\s+"
    r"(?:the\s+)?[‘'\"“]?(?:[\w-]+\s+){0,2}?$|"
    # (", in reference to the US-led coalition": the gloss of the charge's side)
    r"\b(?:in\s+reference|referring)\s+to\s+(?:the\s+)?$",
    re.I,
)
_HELPER_BEFORE = re.compile(
    r"\b(?:(?:help|support|backing|aid|assistance|cover)\s+of|(?:backed|supported|aided|helped|assisted|covered)"
    + _BY_DAY
    + r"\s+by)"
    # ("with the help of Syrian rebel allies": a word or two before the side's name)
    r"\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]+\s+){0,2}$",
    re.I,
)
#: a capture's verb right after a side named after a comma: that side takes a place of its own ("…, the regime forces
#: control Ihres"; not "…, regime forces withdraw": the side that withdraws may be the loser of the capture before)
_OWN_VERB = re.compile(
    r"[”\"’']?\s+(?:(?:also|then|now|in\s+turn)\s+)?(?:control|take|took|capture|seize|regain|recapture|impose|"
    r"restore)\w*\b",
    re.I,
)


_COORDINATION = re.compile(
    # "“Jazeera Storm” Operation and the “Islamic State”": the quoted name's closing quote and its group word
    # (a bracketed short name's closing bracket: "the Levant (ISIL) and Al-Nusra Front")
    r"[”\"’')]?(?:\s+(?:Operations?|organi[sz]ation|Organi[sz]ation)\b)?"
    # ("the Kurdish YPG militia and smaller Syrian rebel groups": the first side's group word)
    # ("the Islamist Hayat Tahrir al-Sham (HTS) group and allied factions")
    r"(?:\s+(?:militia|militias|forces|fighters|troops|soldiers|units|factions|group|movement)(?=\s+and\s))?"
    # ("The Syrian Arab Army’s 1st Division and Hezbollah": a unit of the first side)
    r"(?:(?:(?<=[Aa]rmy)|(?<=[Mm]ilitary)|(?<=[Ff]orces))['’]s\s+(?:[\w-]+\s+){0,2}?(?:[Dd]ivision|[Bb]rigade|[Cc]orps|"
    r"[Rr]egiment|[Gg]uard|forces|units|troops)(?=\s+and\s))?"
    # ("the Syrian Army, popular forces and Hezbollah fighters": an unnamed member between the two)
    r"(?:\s*,\s*(?:the\s+)?(?:[\w-]+\s+){0,2}(?:forces|fighters|militias?|troops|units|factions)(?=\s*,?\s*and\s))?"
    # ("jihadists from ISIL and Al-Nusra Front, as well as other rebels": a side added to the list)
    r"\s*(?:,|&|and|,\s*and|against|versus|vs\.?|along\s*with|together\s+with|,?\s*as\s+well\s+as)\s*(?:the\s+)?"
    # ("the army and fighters from the powerful Shiite movement Hezbollah")
    r"(?:(?:elite|fighters|members|militi\w+|forces|units|"
    r"groups?)\s+(?:of|from)\s+(?:the\s+)?)?"
    # ("The Nusra Front and Islamist factions", "Turkish forces and loyal factions", "… and their proxy factions":
    # words that qualify the group)
    # ("Syria’s army and Lebanon’s Hezbollah": a country's possessive)
    # ("Turkish military and its backed FSA": the factions it backs)
    # ("the Syrian army and Lebanon's Shia militia Hezbollah")
    r"(?:(?:its|their|other|main|smaller|small|Islamist|Islamic|jihadist|jihadi|loyal|allied|affiliated|supporting|proxy|"
    r"various|several|numerous|foreign|"
    r"backed|supported|Shia|Shiite|Shi'ite|militia|movement|powerful|"
    # ("Fighters from the Islamic Front and al Qaeda-linked Nusra Front")
    r"(?:al[\s-])?[\w’'-]+-(?:linked|backed|affiliated|allied|aligned|led|inspired)|"
    r"(?-i:[A-Z][a-z]+(?:ian|ish|ese))|"
    r"(?-i:[A-Z][a-z]+)['’]s)\s+){0,3}"
    # ("The Syrian regime and its ally, Russia, took control of X": the ally named in apposition)
    r"(?:(?:its|their)\s+(?:[\w-]+\s+)?(?:ally|allies|partners?|backers?)\s*,?\s*)?"
    # ("The Syrian regime and Lebanon’s “Hezbollah”": a quoted name)
    r"(?:pro-)?[“\"‘']?",  # ("Loyalist troops and pro-Iranian Shiite militia")
    re.I,
)


def _first_of_coordination(sentence: str, subj: list[ActorMention]) -> ActorMention:
    """The last subject before the verb, or the first of "A and B" right before it: the
    side is named by its first member ("Hezbollah and regime forces control X")."""
    i = len(subj) - 1
    if (
        i > 0
        and (subj[i].actor == "unidentified" or _GROUP_NOUN.fullmatch(subj[i].surface) is not None)
        and subj[i - 1].actor != "unidentified"
        and _NAME_THEN_NOUN.fullmatch(sentence, subj[i - 1].end, subj[i].start)
    ):
        i -= 1  # "The Daesh (ISIS) terrorists carried out a massacre": the generic noun is the side's men
    while i > 0 and (
        (
            _COORDINATION.fullmatch(sentence, subj[i - 1].end, subj[i].start)
            and "against" not in sentence[subj[i - 1].end : subj[i].start]
        )
        # "Free Syrian Army (FSA) units": the bracketed short name is the same member
        or (subj[i - 1].actor == subj[i].actor and _RESTATED.fullmatch(sentence, subj[i - 1].end, subj[i].start))
        # "Turkish army forces and allied militants from the Free Syrian Army": the second side's men, coordinated
        or _AND_MEN_OF.fullmatch(sentence, subj[i - 1].end, subj[i].start) is not None
    ):
        i -= 1
    if (
        i > 1
        and subj[i - 1].actor == "unidentified"
        and _MEN_FROM.fullmatch(sentence, subj[i - 1].end, subj[i].start)
        and _COORDINATION.fullmatch(sentence, subj[i - 2].end, subj[i - 1].start)
        and "against" not in sentence[subj[i - 2].end : subj[i - 1].start]
    ):
        # "Turkish army forces and allied militants from the so-called Free Syrian Army": the second side's men are
        # coordinated with the first side, which is named first
        return _first_of_coordination(sentence, subj[: i - 1])
    return subj[i]


#: a first side's group word, then the second side's men: " forces and allied militants from the "
_AND_MEN_OF = re.compile(
    r"(?:\s+(?:forces|troops|units|soldiers))?\s+and\s+(?:(?:allied|affiliated|loyal)\s+)?(?:militants|fighters|rebels|"
    r"troops|militiamen|gunmen)\s+(?:from|of)\s+(?:the\s+)?(?:so-called\s+)?",
    re.I,
)
#: between men and the side they are of: " from the so-called ", " of the "
_MEN_FROM = re.compile(r"\s+(?:from|of)\s+(?:the\s+)?(?:so-called\s+)?")


def _without_side(sentence: str, agent: ActorMention, acts: list[ActorMention]) -> list[ActorMention]:
    """``acts`` without the agent and the members coordinated right after it ("by groups of Failaq al-Rahman
    and Jabhat al-Nusra", "advance to the factions and Jabhat al-Nusra": one side, named by its first)."""
    side = [agent]
    for x in acts:
        if x.start >= side[-1].end and _COORDINATION.fullmatch(sentence, side[-1].end, x.start):
            if "against" in sentence[side[-1].end : x.start]:
                break
            side.append(x)
    return [x for x in acts if not any(x is y for y in side)]


#: between a side's name and a generic noun of men that it qualifies: " (ISIS) " in "The Daesh (ISIS) terrorists"
_NAME_THEN_NOUN = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?")
#: "FSA backed by the Turkish army", "Factions supported by Turkish tanks": the side a backer names after it
_RESTATED = re.compile(r"[”\"’']?\s*\(\s*")
_CLOSE_BRACKET = re.compile(r"\s*\)")
_BACKED_BY = re.compile(
    # ("Free Syrian Army (FSA) forces backed by the Turkish military", "the FSA, backed by the Turkish armed forces")
    r"[”\"’')]?(?:\s*\([^()]{1,12}\))?(?:\s+(?:forces|fighters|units|groups?|troops|soldiers|rebels))?\s*,?"
    # ("Units of the Free Syrian Army, which are backed by Turkish armed forces, took control of X")
    r"\s+(?:(?:which|who)\s+(?:are|is|were|was)\s+)?(?:backed|supported|aided|led)\s+by\s+(?:the\s+)?",
    re.I,
)


#: "between FSA backed by the Turkish army and ISIS": the backer between two sides
_BACKED_GAP = re.compile(_BACKED_BY.pattern + r"(?:[\w’'-]+\s+){1,3}?and\s+(?:the\s+)?", re.I)


def _sponsored(sentence: str, x: ActorMention, acts) -> str:
    """``x``'s side, or Turkey's when ``x`` is rebels Turkey backs ("FSA backed by the Turkish army",
    "Factions backed by Turkish tanks"): the gold's Turkey-backed FSA is ``turkey``."""
    if (
        x.actor in ("government", "opposition")
        and re.search(r"(?<![\w-])allied\s+$", sentence[max(0, x.start - 8) : x.start], re.I)
        and any(a.actor == "turkey" and a.end <= x.start for a in acts)
    ):
        return "turkey"  # "Turkey's official news agency says allied Syrian forces have captured X": Turkey's allies
    if x.actor not in ("opposition", ""):
        return x.actor
    m = _BACKED_BY.match(sentence, x.end)
    if m is None:
        return x.actor
    backer = next((a for a in acts if a.start == m.end()), None)
    if backer is not None and _ASSISTED_AFTER.match(sentence, backer.end):
        return x.actor  # "the NLF, backed by the Turkish-assisted Free Syrian Army": rebels backed by rebels
    return "turkey" if backer is not None and backer.actor == "turkey" else x.actor


#: a side's adjective that qualifies another side after it: "Turkish-assisted ", "Turkish-backed "
_ASSISTED_AFTER = re.compile(r"-(?:assisted|backed|supported|aided|funded|trained|sponsored)\b", re.I)


#: a side's aircraft by its name, or by the words after a side's adjective: "Russian warplanes", "Russian airpower"
_AIR_SIDE = re.compile(r"\b(?:war\s*planes?|jets?|aviation|air\s*forces?|aircraft|helicopters?)\W*$", re.I)
_AIR_AFTER = re.compile(
    r"\s+(?:air\s*power|airpower|aviation|air\s+(?:forces?|squadrons?)|war\s*planes|jets|aircraft)\b", re.I
)
#: a move still to come between the aircraft and it: "would try to", "plan to"
_MOVE_TO_COME = re.compile(
    r"\b(?:would|will|could|may|might|shall|plans?|planned|planning|intends?|aims?|seeks?|sought|prepar\w+|expected)\b",
    re.I,
)
#: the words that make a side's aircraft the backing of a move: "backed by ", "with the support of " (not "with
#: Russian air support", "under the Russian air cover": the help, no strike told)
_AIR_BACKED_BEFORE = re.compile(
    r"\b(?:(?:backed|supported|aided|helped|assisted|covered)" + _BY_DAY + r"\s+by|(?:with|under)\s+(?:the\s+)?"
    r"(?:cover|support|backing|help)\s+of)\s+(?:the\s+)?(?:heavy\s+|intense\s+|intensive\s+)?$",
    re.I,
)


def _air_cover(sentence: str, acts, preds: list[Predicate], loose: list[Predicate]) -> list[Predicate]:
    """Strikes by the aircraft a move is backed by, at the move's places: "Syrian forces backed by Russian warplanes
    retook X", "Supported by Russian airpower, government troops encircled Aleppo" (as "backed by Russian airstrikes",
    whose strike is a word of its own)."""
    out: list[Predicate] = []
    for x in acts:
        before = sentence[max(0, x.start - 45) : x.start]
        if not (
            (_AIR_SIDE.search(x.surface) or _AIR_AFTER.match(sentence, x.end)) and _AIR_BACKED_BEFORE.search(before)
        ):
            continue
        if any(q.kind == "strike" and x.start - 5 <= q.start <= x.end + 20 for q in (*preds, *loose, *out)):
            continue  # ("backed by Russian airstrikes": the strike's own word)
        moves = [q for q in preds if q.kind in (*TRANSFERS, "advance", "clash", "siege") and q.actor1 != x.actor]
        covered = next((q for q in moves if q.start > x.end), moves[-1] if moves else None)
        if covered is None or covered.aspect != "event":
            continue
        if _MOVE_TO_COME.search(sentence, min(x.end, covered.start), max(x.end, covered.start)):
            continue  # "troops backed by Russian warplanes would try to capture X": no strike told either
        out.append(
            Predicate(
                "strike",
                "noun",
                x.start,
                x.end,
                x.surface,
                covered.aspect,
                "done",
                x.actor,
                "",
                "",
                "",
                covered.arguments,
                covered.date,
                covered.time_precision,
                covered.time_phrase,
                None,
                covered.clause,
            )
        )
    return out


def _backing(sentence: str, x: ActorMention) -> bool:
    return bool(
        re.search(r"(?:backed|supported|aided|helped|assisted|covered)\s+by\s+(?:the\s+)?$", sentence[: x.start], re.I)
        or (
            _NOT_SUBJECT_AFTER.match(sentence[x.end : x.end + 24])
            and not _controls_as_verb(sentence, x)
            # ("a suicide attack on the Syrian army's positions": the side whose posts are hit is the target)
            and not _OWN_POSTS_AFTER.match(sentence, x.end)
            # ("towns … fell to the Syrian Army's control": the side whose control it fell to took it)
            and not _FELL_TO_BEFORE.search(sentence, max(0, x.start - 20), x.start)
        )
    )


#: what a side has that an attack hits, after its name: "an SAA convoy", "Syrian government positions"
_TARGET_NOUN_AFTER = re.compile(
    r"['’]?s?\s+(?:military\s+)?(?:positions|posts|checkpoints?|convoys?|patrols?|outposts?|barracks|bases|emplacements)\b",
    re.I,
)
#: a patrol or convoy after its sides' names: "-Turkish patrol", " joint patrol", " military convoy"
_PATROL_AFTER = re.compile(r"(?:\s*[-–]\s*[A-Z][a-z]+)?\s+(?:joint\s+|military\s+)?(?:patrols?|convoys?)\b")
#: where a patrol is hit, before its sides' names: "during a ", "targeting a Russian-"
_PATROL_HIT_BEFORE = re.compile(
    r"\b(?:during|on|targeting|targeted|against|hit|hits|struck|near|passing)\s+(?:an?|the)\s+(?:[A-Z][a-z]+\s*[-–]\s*)?$"
)
#: an attack's verb and the article or count before its target: "attacked an ", "targeted several "
_ATTACKED_BEFORE = re.compile(
    r"\b(?:attack|target|ambush|hit|struck|strike|shell|bomb|raid|storm)\w*\s+(?:an?\s+|the\s+|several\s+|two\s+|"
    r"three\s+|\d+\s+)?$",
    re.I,
)
#: an attack's verb right before its target side: "attacked HTS", "stormed the defenses of the Turkestan Islamic Party"
_ATTACKED_OBJECT = re.compile(
    # ("Turkish troops pounded the YPG — the PKK's Syrian offshoot — and captured X": the side pounded)
    # ("the Syrian forces had ousted the rebels and regained control of X": the side driven out)
    r"\b(?:attack|target|ambush|storm|shell|bomb|pound|hammer|bombard|oust|rout|expel|evict|repel|repuls)"
    r"(?:s|ed|ing|led|es)?\s+(?:the\s+)?"
    r"(?:(?:defen[cs]es|positions|lines|fortifications|posts|bases)\s+of\s+(?:the\s+)?)?[“\"']?$",
    re.I,
)
_LATER_VERB = re.compile(
    r"[^;.]*?\b(?:\w{3,}ed|struck|hit|took|shot|fought|seized|began|launched|won)\b"
    r"(?<!\bbacked)(?<!\bsupported)(?<!\bled)",
    re.I,
)
_ATTACKED_LIST = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?[“\"']?", re.I)
_OWN_POSTS_AFTER = re.compile(r"['’]s?\s+(?:positions|lines|posts|checkpoints?)\b", re.I)
_FELL_TO_BEFORE = re.compile(r"\b(?:fell|falls?|came|comes?)\s+(?:in)?to\s+(?:the\s+)?$", re.I)


#: the agent after a noun event: "raids by …", "a massacre carried out by …", "guided missile launched by …", "the
#: largest execution operation carried out by …"
_CARRIED_BY = re.compile(
    r"\s*(?:(?:operations?|campaigns?|attacks?|massacres?|raids?)\s+|"
    # "the explosions of the mines planted by ISIS earlier"
    r"of\s+(?:the\s+)?(?:land\s*)?(?:mines?|explosives?|devices?|IEDs?|bombs?)\s+)?"
    # ("a drive-by shooting that was carried out by ISIS terrorists": a relative clause's passive; "air strikes,
    # suspected to be carried out by the regime": a suspicion)
    r"(?:(?:that|which)\s+(?:was|were|had\s+been|has\s+been)\s+|,?\s*(?:suspected|believed|thought|said|reported)\s+to\s+"
    r"(?:have\s+been|be)\s+)?"
    # ("a land mine planted previously by ISIS")
    r"(?:(?:carried\s+out|committed|launched|fired|conducted|perpetrated|planted|laid|left)\s+(?:\w+ly\s+)?)?by\b",
    re.I,
)
#: an inquiry whose object is the act: "The investigation into the "
_INQUIRY_INTO = re.compile(
    r"\b(?:investigations?|probes?|inquir(?:y|ies)|enquir(?:y|ies)|reports?|review|study|trial)\s+(?:into|of|on)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
#: a second agent offered after the first: " or " ("carried out by Russian or Syrian jets": which of two, not known)
_OR_NEXT = re.compile(r"\s+or\s", re.I)
#: from an event's noun, the subject of a passive, to its agent: " in al-Hol camp was conducted by "
_SUBJECT_CARRIED_BY = re.compile(
    r"(?:\s+(?:in|at|on|near|of|against|targeting)\s+[^,;.]{1,50}?)?\s+(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:\w+ly\s+)?(?:carried\s+out|conducted|committed|perpetrated|staged|executed)\s+by\s+(?:the\s+)?",
    re.I,
)
#: after an aircraft word, its side: "warplanes believed to be Russian", "warplanes of the regime"
#: (and a country's "air forces": "The Syrian and Russian air forces launched heavy attacks against …")
_AIRCRAFT_NOUN = r"(?:(?:war)?(?:planes?|aircrafts?|air\s+crafts?|jets?|helicopters?|drones?)|air\s+forces?)"
_AIRCRAFT_WORD = re.compile(rf"\b{_AIRCRAFT_NOUN}$", re.I)
_AIRCRAFT_IN = re.compile(rf"\b{_AIRCRAFT_NOUN}\b", re.I)
_OWNED_BY = (
    # ("warplanes of the regime", "warplanes believed to be Russian", SNHR's "warplanes we believe were Russian")
    r"(?:of\s+(?:the\s+)?|\(?\s*(?:(?:that|which)\s+)?(?:we\s+)?believ(?:ed|e)\s+(?:to\s+be|were|was|are|is)\s+(?:the\s+)?|"
    # ("Jets thought to belong to the Syrian government struck the besieged Al-Waer neighborhood")
    # ("suspected of belonging to", "likely belonging to", "that belong to")
    r"(?:(?:thought|believed|suspected|said)\s+to\s+belong|suspected\s+of\s+belonging|(?:that|which)\s+belongs?|"
    r"(?:\w+ly\s+)?belonging)\s+to\s+(?:the\s+)?)"
)
#: a side's name used as its country's, to say where a place lies: "near Turkey", "on the border with Turkey"
_NEAR_COUNTRY = re.compile(r"\b(?:near|bordering|border\s+with|borders?\s+of)\s+$", re.I)


def _country_as_place(sentence: str, x: ActorMention, start: int = 0) -> bool:
    """Whether the side's name ``x`` is its country's, saying where a place lies ("near Turkey", "areas bordering
    Turkey."), not after ``start``."""
    return (
        _NEAR_COUNTRY.search(sentence, max(start, x.start - 20), x.start) is not None
        and _ONE_NAME.fullmatch(x.surface) is not None
        and _NAME_ENDS.match(sentence, x.end) is not None
    )


#: a country's one-word name ("Turkey", "Jordan"), not a group's initials ("near FSA … HQ")
_ONE_NAME = re.compile(r"[A-Z][a-z]+")
#: the end of a name used as a noun, not as an attribute ("near Turkey," "near Turkey’s border"; not "near Russian
#: troops", "near Hezbollah positions")
_NAME_ENDS = re.compile(
    r"\s*(?:[,.;:)]|$|['’]s\b)|"
    # ("captured Menagh airbase near Turkey after a long siege": a clause's word after it)
    r"\s+(?:after|before|on|in|at|when|as|and|but|while|since|following|amid|with|during|last|this|early|late)\b"
)
#: projectiles at the end of an act's words ("The missiles"): :data:`_PROJECTILES`
_PROJECTILE_WORD = re.compile(r"\b" + _PROJECTILES + "$", re.I)
#: after projectiles, the side they are said to be: ", “believed to be Israeli,”"
_BELIEVED_AFTER = re.compile(r"\s*,?\s*[“\"‘']?\s*(?:believed|thought|suspected)\s+to\s+be\s+(?:the\s+)?[“\"‘']?", re.I)
_FLYER_OWNED = re.compile(rf"\b{_AIRCRAFT_NOUN}\s+(?!of\b)" + _OWNED_BY, re.I)
_OWNER_AFTER = re.compile(r"\s+" + _OWNED_BY + r"[“\"']?", re.I)
#: aircraft that land or rescue, with no attack word before: no strike
_NOT_STRIKING = re.compile(
    r"(?:(?!\b(?:raid|bomb|target|strik|shell|fir|attack|drop|kill|launch)\w*)[^;,.…]){0,70}?"
    r"\b(?:landed|lands|landing|rescu\w*|evacuat\w*|airlift\w*)\b",
    re.I,
)
#: between a shelling word and the aircraft that fire it, and those aircraft: "shelling by (Russian) warplanes"
_BY_AIRCRAFT = re.compile(r"\s+(?:by|of)\s+(?:the\s+)?(?:[\w-]+\s+)?" + _AIRCRAFT, re.I)
#: "by several warplanes believed to be Russian", "by the warplanes of the regime": aircraft named by their side
_AIRCRAFT_BY = re.compile(
    r"\bby\s+(?:the\s+)?(?:(?:several|some|two|three|\d+)\s+)?(?:war)?(?:planes|aircraft|jets|helicopters|drones)\s+"
    + _OWNED_BY
    + "$",
    re.I,
)


def _tied_side(sentence: str, x, acts):
    """``x``, or the side that unnamed men ``x`` are tied to: "by gunmen believed to be ISIS members" is ISIS."""
    if x.actor == "unidentified":
        for y in acts:
            if y.start >= x.end:
                if re.fullmatch(rf"\s+{_TIED_TO}\s+(?:the\s+)?[“\"']?", sentence[x.end : y.start], re.I):
                    return y
                break
    return x


#: a passive capture's trigger that takes the side cleared out after "of": "were cleared of YPG militias"
_CLEARED_OF = re.compile(r"cleared\s+(?:of|from)\s", re.I)
#: between a passive capture and the side whose operation it was: "… were cleared as part of Turkey's Operation
#: Euphrates Shield", "… was cleared of YPG/PKK terrorists in Turkey's Operation Peace Spring on Sunday"
_OPERATION_GAP = re.compile(
    r"(?:\s+(?:of|from)\s+[^,;.]{1,40}?)?(?:\s+\w+day)?\s+(?:in|as\s+part\s+of|within|during|under)\s+"
    r"(?:the\s+(?:framework\s+of\s+(?:the\s+)?)?)?$",
    re.I,
)
_PART_OF_BEFORE = re.compile(
    # ("as a result of successful operations within the scope of Operation Peace Spring")
    r"\b(?:as\s+part\s+of|in|during|within|under|(?:in|within)\s+the\s+(?:framework|scope)\s+of)\s+(?:the\s+)?$",
    re.I,
)
_OPERATION_AFTER = re.compile(r"[’']s\s+(?:[“\"]?(?:[A-Z][\w-]*\s+){0,3})?(?:operation|offensive|campaign)\b", re.I)


def _operation_side(sentence: str, t1: int, after_acts) -> ActorMention | None:
    """The side whose operation a passive capture was part of ("in Turkey's Operation Peace Spring")."""
    for x in after_acts:
        if x.start - t1 > 80:
            break
        if _OPERATION_GAP.search(sentence, t1, x.start) and _OPERATION_AFTER.match(sentence, x.end):
            return x
    return None


def _agent(sentence: str, t1: int, after_acts, *, words: str = r"by|to|of|in\s+the\s+hands\s+of"):
    """The first actor after the trigger introduced by one of ``words`` (or right after a passive; "by several
    warplanes believed to be Russian", "by the warplanes of the regime": the aircraft's side)."""
    for x in after_acts:
        gap = sentence[t1 : x.start]
        if (
            (
                # ("by a group of Turkish mercenaries")
                re.search(
                    rf"(?:^|\b)(?:{words})\s+(?:the\s+|an?\s+group\s+of\s+)?(?:[\w'’-]+\s+){{0,2}}(?:[‘“”\"']\s*)?$",
                    gap,
                    re.I,
                )
                or (words.startswith("by") and (_AIRCRAFT_BY.search(gap) or _BY_TIED.search(gap)))
            )
            # ("were driven from the eastern city of Palmyra, home to a world-famous archaeological site, by Islamic
            # State militants": the place's apposition between the verb and its agent)
            and (len(gap) < 60 or (words.startswith("by") and _BY_AFTER_ASIDE.match(gap) is not None))
            # (not a side of the next clause: "Raqqa fell and hundreds of Assad’s forces fled east")
            and _NEXT_CLAUSE_GAP.match(gap) is None
            # ("freed from the hands of ISIS": the loser, no agent)
            and not (_FROM_HANDS.search(gap) and not words.startswith("from"))
            # ("captured by militants from the Al-Nusra": the agent's men, not whom it was taken from)
            and not (words.startswith("from") and _BY_TIED.search(gap))
            # ("seized a small town … with help from local rebels": a helper, not whom it was taken from)
            and not (words.startswith("from") and _HELP_FROM.search(gap))
        ):
            return _tied_side(sentence, x, after_acts)
        if re.fullmatch(r"\s*(?:the\s+)?", gap) and words.startswith("by"):
            return x
        if (
            words.startswith("by|to")
            and sentence[max(0, t1 - 3) : t1].lower() == " to"
            and re.fullmatch(r"\s*(?:the\s+)?(?:[a-z][a-z-]+|[A-Z][a-z]+(?:-[a-z]+)?|(?:U\.S\.|US)-[a-z]+)\s+", gap)
        ):
            # "has fallen to the brutal Assad regime", "fell to Syrian rebels", "fell to Turkish-backed rebels", "fell to
            # the US-backed SDF": an epithet before the side
            return x
    return None


_HELP_FROM = re.compile(
    r"\b(?:help|support|assistance|backing|aid|cover|reinforcements?)\s+from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I
)
_BY_AFTER_ASIDE = re.compile(r"[^,;.]{1,60},\s[^,;.]{3,70},\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
#: a gap after a verb that opens a clause of its own: " and hundreds of ", ", as "
_NEXT_CLAUSE_GAP = re.compile(r"\s*,?\s*(?:and|as|while|but|whereas)\s", re.I)
#: ("Raqqa was liberated on Tuesday from the grasp of the ISIS terrorist group": the side that held it)
_FROM_HANDS = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:hands|grasp|grip|clutches|yoke|rule|control|occupation)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
#: between a passive's subject and its verb, one apposition between commas: ", held by HTS since 2017, was "
_APPOSITION_GAP = re.compile(
    r",\s*[^,;.()]{3,80},\s*(?:has\s+been|have\s+been|had\s+been|was|were|is|are)\s+(?:\w+ly\s+|also\s+|again\s+)?"
)


_WHICH_NEXT = re.compile(r"\s*,\s*which\b", re.I)
#: a perfect's auxiliary right before a participle: "has ", "have also ", "had reportedly "
_AUXILIARY_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:(?:\w+ly|also|now|since|just)\s+){0,2}$", re.I)
#: arms as a passive's subject, before its verb: "All the weaponry in Inkhil has been ", "heavy weapons were "
_ARMS_SUBJECT = re.compile(r"\b(?:weapons|weaponry|arms|equipment|ammunition|tanks|vehicles)\b[^,;.]{0,40}$", re.I)
#: a speaker set off by commas inside the clause: ", officials in Homs said,", ", activists in Idlib told AFP,"
_SPEAKER_ASIDE = re.compile(r",\s+[^,;.]{1,60}?\b(?:said|says|say|reported|added|told\s+\w+)\s*,", re.I)
#: a that-clause's subject that names the place before it again: "the city ", "the town ", "it "
_SAME_PLACE_AGAIN = re.compile(r"(?:the\s+)?(?:(?:provincial\s+)?capital|city|town|village)\b|it\b", re.I)
#: a that-clause opening on a subject of its own: " that ", " that the "
_THAT_OPENS = re.compile(
    # (a complementizer after a verb of telling: "announce to residents of Tabqa city that ", not a relative pronoun: "the
    # town of Morek in Hama that was seized")
    r"\b(?:said|says|say|told|tells?|telling|announc\w*|inform\w*|report\w*|confirm\w*|claim\w*|warn\w*)\b"
    r"[^.;]{0,60}?\bthat\s+(?:the\s+)?|"
    # (or a speech verb's: "Officials in Homs said Palmyra has fallen", "Activists in Raqqa said Tabqa dam was taken")
    r"\b(?:said|says|say|reported|reports|announced|announces|confirmed|claimed)\s+(?:the\s+)?",
    re.I,
)
#: a clause that opens on a passive's auxiliary after a comma: ", was ", ", had been "
_PASSIVE_OPENS = re.compile(
    r",\s*(?:has\s+been|have\s+been|had\s+been|was|were)\s+(?:\w+ly\s+|again\s+|also\s+)?", re.I
)
_DESTINATION_BEFORE = re.compile(
    r"\b(?<!return\s)(?<!returning\s)(?<!back\s)(?:to|towards?|into)\s+(?:an?\s+|the\s+)?"
    r"(?:(?:[\w’'-]+\s+)?(?:prison|hospital|camp|jail|detention\s+cent(?:er|re)|headquarters|town|city|village)\s+"
    r"(?:in|of|near)\s+(?:the\s+)?)?$",
    re.I,
)
_AND_NEXT_VERB = re.compile(
    r"\b(?:and|then)\s+(?:were\s+|was\s+)?(?:taken|sent|brought|driven|transferred|transported|moved|deported|led)\b",
    re.I,
)
#: acts done to persons, whose passive's subject is people (not ground)
_PERSONS_TAKEN_KINDS = ("violence", "killing", "abduction", "arrest")


#: a place's container right after it: ", in the ", " in "
_IN_GAP = re.compile(r",?\s+in\s+(?:the\s+)?", re.I)
#: … after the place's type word: " village in ", " town, in the "
_TYPED_IN_GAP = re.compile(r"(?:\s+(?:village|town|city|area|hill|base))?,?\s+in\s+(?:the\s+)?", re.I)
#: a place named as an area, not a point: "in Hama province", "the countryside of Idlib", "in rural Maarat al-Numan"
_AREA_WORDS = re.compile(
    r"\b(?:province|governorate|countryside|region|rural|desert|badia|valley|plain|area|outskirts|suburbs)\b", re.I
)
#: between a place and a distance from another set off by a comma: ", about ", ", some "
_DISTANCE_COMMA = re.compile(r"\s*,\s*(?:(?:about|some|around|roughly|nearly|approximately|just|only)\s+)?", re.I)


def _locates_the_last(sentence: str, last: tuple[int, int], start: int) -> bool:
    """Whether a distance phrase at ``start`` only says where the place ``last`` lies: right after it, set off by a
    comma, and the place a point ("the village of X, about seven kilometers outside Y"), not an area ("in Hama province,
    some 10 kilometers from the town of Morek": the distance is the only point named)."""
    s, e = last
    return (
        _DISTANCE_COMMA.fullmatch(sentence, e, start) is not None
        and _AREA_WORDS.search(sentence, max(0, s - 25), min(len(sentence), e + 15)) is None
    )


#: a drive-out verb ("push", "drove", "kicked", "expelled") and what its object must be followed by to be the side driven
#: out ("… out of", "… from")
_DRIVE_VERB = re.compile(
    r"(?:drove|drives?|driving|driven|kick(?:ed|s|ing)?|push(?:ed|es|ing)?|evict(?:ed|s|ing)?|oust(?:ed|s|ing)?|"
    r"expell?(?:ed|s|ing)?|flush(?:ed|es|ing)?)",
    re.I,
)
_DRIVEN_SIDE_OPEN = re.compile(r"\s+(?:the\s+)?", re.I)
_DRIVEN_OUT_AFTER = re.compile(
    r"(?:\s+(?:fighters|militants|forces|faction|front))?\s+(?:out\s+(?:of|from)|(?:away\s+)?from)\b", re.I
)


def _arguments(sentence, places, t0, t1, voice, kind, c0, c1, prev_end, nxt_start) -> list[Argument]:
    """The places a trigger is about, with their role; transit points and destinations are left out."""
    out: list[Argument] = []
    after = [i for i, (s, e) in enumerate(places) if t1 <= s < min(c1, nxt_start)]
    if kind == "capture" and after and _DRIVEN_SIDE_OPEN.fullmatch(sentence, t1, places[after[0]][0]):
        s, e = places[after[0]]
        if _DRIVEN_OUT_AFTER.match(sentence, e) and _DRIVE_VERB.fullmatch(sentence, t0, t1):
            # ("push al-Shamiya out from both Tall Battal and Abla": a faction named like a village is who was driven
            # out, not ground taken)
            after = after[1:]
    before = [i for i, (s, e) in enumerate(places) if max(c0, prev_end) <= s and e <= t0]
    if voice == "passive" and not before and not any(t1 <= s < c1 for s, _ in places):
        # "Darat Izza, held by HTS since 2017, was shelled on Monday": the subject before an apposition between commas
        # (the apposition's "since" opened a clause of its own)
        # ("Kafr Nabudah, which rebels captured, shelled and looted, was retaken by the army": a relative clause with
        # commas of its own, closed by the passive's clause)
        before = [
            i
            for i, (s, e) in enumerate(places)
            if e <= c0
            and (
                _APPOSITION_GAP.fullmatch(sentence, e, t0)
                or (_WHICH_NEXT.match(sentence, e) and _PASSIVE_OPENS.fullmatch(sentence, c0, t0))
            )
        ][-1:]
    if voice == "passive":
        # "The regime forces target X and a son of a division commander was assassinated in Y": a subject of its own
        # (no place) stands between X and the passive verb, so the verb's place is the one after it
        before = [i for i in before if not _NEW_PASSIVE_SUBJECT.search(sentence, places[i][1], t0)]
        # ("Palmyra, officials in Homs said, has fallen to IS": the speaker's place, set off by commas, is no subject)
        asides = [m.span() for m in _SPEAKER_ASIDE.finditer(sentence, c0, t0)]
        # ("A Syrian village in Quneitra Province, which borders Jordan, Lebanon and the Golan Heights, has returned to
        # government control": what the subject's area borders is no subject)
        borders = [m.span() for m in _BORDERS_ASIDE.finditer(sentence, max(0, c0 - 2), t0)]
        if borders and before and all(any(a < places[i][0] < b for a, b in borders) for i in before):
            # (the subject is then the place named before the clause)
            before = [i for i, (_, e) in enumerate(places) if e <= borders[0][0]][-1:]
        before = [i for i in before if not any(a < places[i][0] < b for a, b in asides)]
        if (
            before
            and (that := _last_match(_THAT_OPENS, sentence, c0, t0)) is not None
            and any(places[i][0] < that.end() for i in before)
        ):
            # "announce to residents of Tabqa city that Tabqa air base has fallen": the that-clause's own subject (and
            # none when it names no place: "Officials in Tabqa said the air base had been seized by the SDF")
            # (but the place the speaker's words name again: "Residents of Raqqa said that the city has fallen")
            kept = [i for i in before if places[i][0] >= that.end()]
            before = kept or (before[-1:] if _SAME_PLACE_AGAIN.match(sentence, that.end()) else [])
        if before and _THAT_PASSIVE.fullmatch(sentence, places[before[-1]][1], t0):
            # "at the village of al-Amarna, 10 km south of the border town of Jarablus that was seized by …": the
            # relative pronoun's antecedent, the name right before it, is what was seized — unless that name only
            # locates the one before ("the village of Zarzour in Idlib that was captured", "Souran, north of Hama city,
            # that was taken")
            s_last = places[before[-1]][0]
            locating = len(before) > 1 and (
                _IN_CONTAINER_GAP.fullmatch(sentence, places[before[-2]][1], s_last) is not None
                or _BEARING_WORD.match(sentence, s_last) is not None
            )
            before = before[-2:-1] if locating else before[-1:]
        if not before and kind in TRANSFERS and _WHICH_PASSIVE.match(sentence, c0):
            # "area-of-operations in northern Syria, which was liberated by Turkey's Operation Euphrates Shield, fired
            # … in several villages of Tal Rifat": the relative pronoun is what was taken, not a place after it
            return _which_antecedent(sentence, places, c0)
        if before and after and kind not in TRANSFERS and _OPENING_IN.match(sentence, 0, places[before[-1]][1] + 2):
            # "In Homs, the LCC reported that six activists were executed in a field in Baba Amr": the opening names
            # the region of the news, the words after the verb where it happened
            before = []
        # "Two men from Zabadani were arrested in X", "A rebel who had come from Idlib was shot dead near X": persons
        # are the patients, and the places of their description are no place of the act when one follows the verb
        if kind in _PERSONS_TAKEN_KINDS:
            # (not a destination or a next verb's place: "… were abducted in Afrin and taken to Azaz", "on the road to
            # Homs")
            where = [
                i
                for i in after
                if not _DESTINATION_BEFORE.search(sentence, max(t1, places[i][0] - 40), places[i][0])
                and not _AND_NEXT_VERB.search(sentence, t1, places[i][0])
            ]
            cand = (where or before) if len(where) == len(after) else (before or where)
        else:
            cand = before or after
    elif voice == "reduced":
        cand = after or before
    elif voice == "noun":
        cand = after or (before if _noun_before_ok(sentence, places, before, t0) else [])
        if not cand and kind == "protest" and before:
            # "Thousands of locals in Qudsaya city in Damascus countryside staged Saturday a protest": the crowd's
            # place, when what follows it only locates it before the crowd's verb
            first = before[0]
            if _CROWD_OF.search(sentence, max(0, places[first][0] - 40), places[first][0]) and _STAGED_GAP.fullmatch(
                sentence, places[first][1], t0
            ):
                cand = [first]
    else:
        cand = after
    last: tuple[int, str] | None = None  # (end of the previous place, its role): "towards A and B"
    hills = False  # a list after "the hills of": each name is a hill only if it names one ("Tal X", "X height")
    inside = -1  # the end of a phrase that says where the places named lie
    for i in cand:
        s, e = places[i]
        if s < inside:
            continue
        left = sentence[max(0, s - 40) : s]
        if t1 <= s and kind != "clash" and _OBJECTIVE.search(sentence, t1, s):
            # "enter the border of Al-Raqqah, aims to get to the Euphrates Lake": the aim is not the place (but an
            # attack "in order to break the siege of Mahja town" is fought there)
            break
        if last is not None and _NEW_CONJUNCT.search(sentence, last[0], s):
            break  # "bombardment at Hayan and 150 detainees of Manbij people released": another statement
        if t1 <= s and _RESULT_CLAUSE.search(sentence, t1, s):
            # "captured Tal Abyad from IS on June 15, severing a supply route between the Turkish border and Raqqa": what
            # the act brought about, told in a participle clause, names no place of the act
            break
        if _ROAD_AFTER.match(sentence[e : e + 60]):
            last = (e, "skip")  # "Damascus – Palmyra highway": a road's name, not the town
            continue
        if last is not None and (
            _OVERLOOKING_BEFORE.search(sentence, max(0, s - 70), s)
            # (and the rest of what it overlooks: "…, overlooking the town of Salma in Latakia", "overlooking Azaz and
            # Afrin")
            or (last[1] == "overlooked" and _OVERLOOKED_GAP.fullmatch(sentence, last[0], s))
            # ("overlooking the Syrian town of Kobane, also known as Ain al-Arab": its other name)
            or (last[1] == "overlooked" and _OTHER_NAME_GAP.fullmatch(sentence, last[0], s))
        ):
            # "recaptured the entire chain of al-Rous Mountain, overlooking town of Kinsabba": what the place taken
            # looks over, not taken
            last = (e, "overlooked")
            continue
        if _AREA_BETWEEN.search(sentence, max(0, s - 90), s):
            # "an evacuation from towns and villages in an enclave between the cities of Homs and Hama": the cities
            # bound the ground, they are not it
            last = (e, "skip")
            continue
        if _TYPE_WORD_END.search(sentence, s, e) and any(
            _OF_GAP.fullmatch(sentence, e, s2) and not _BEARING_WORD.match(sentence, s2) for s2, _ in places
        ):
            # "a convoy in the southern Idlib city of Ma’arat Al-Nu’man": the province qualifies the city named after
            last = (e, "skip")
            continue
        if (
            _COUNTED_BEFORE.search(sentence, max(0, s - 30), s)
            and (plural := _PLURAL_PLACES_AFTER.match(sentence, e)) is not None
            and (named := _INCLUDED_NAMES.match(sentence, plural.end())) is not None
            # (places the list names: not "from rebel factions including Jaish al-Izza", "27 people including five
            # children", nor a first name the gazetteer lacks, which leaves the province the only place)
            and any(_OBJECT_PLACE_GAP.fullmatch(sentence, named.end() - 1, s2) for s2, _ in places)
        ):
            # "captured several Idlib villages, including X and Y", "secured a string of Damascus suburbs …, including
            # Daraya": the province only qualifies the places named after "including"
            last = (e, "skip")
            continue
        if (
            _PLACES_IN_BEFORE.search(sentence, max(0, s - 100), s)
            and (named := _NAMES_NEXT.match(sentence, e)) is not None
            and any(_OBJECT_PLACE_GAP.fullmatch(sentence, named.end() - 1, s2) for s2, _ in places)
        ):
            # "recaptured key villages along the Maharda road in central Hama, including Karnaz": the region only
            # qualifies the places named after it
            last = (e, "skip")
            continue
        if (owner := _OWNER_BEFORE_SITE.match(sentence, e)) is not None and any(s2 == owner.end() for s2, _ in places):
            # "Aleppo's Menagh air base", "Raqqa's Al Intifada neighbourhood": the place after (not "the Damascus suburb
            # of X", whose order the text alone cannot tell from "the Salaheddin district of Aleppo")
            continue
        if out and (
            (_BEARING_OF.match(sentence, s, e) and _DISTANCE_ASIDE.search(left))
            or (_DISTANCE_BEARING.match(sentence, s, e) and _HEDGED_COMMA_BEFORE.search(left) is not None)
            # ("recaptured Tall Shair hill on Syria's border with Turkey, just west of Kobane": where it lies; a bare
            # bearing after a comma may be a list's next item)
            or (
                _BEARING_OF.match(sentence, s, e)
                and (hedge := _HEDGED_COMMA_BEFORE.search(left)) is not None
                and hedge.group(1) is not None
            )
            # ("captured al-Romaniya neighbourhood west of Raqqa city", "deploying in Douma district in east of Syrian
            # capital Damascus": where the named quarter lies)
            or (_BEARING_OF.match(sentence, s, e) and _QUARTER_BEFORE.search(left))
            or _QUARTER_BEARING.search(left)
        ):
            # "Jarabulus, about 60 miles northeast of the city of Aleppo": where the place before lies (the finder may
            # take the distance into the phrase, after a comma that would read as a list's: "Maaret al-Numan, 33
            # kilometers south of the city of Idlib"); a list goes on after it ("shelled A, 33 kilometers north of Hama, and B")
            last, inside = (e, last[1] if last is not None else "skip"), e
            continue
        if last is not None and _ALIAS_GAP.fullmatch(sentence, last[0], s):
            last = (e, last[1])  # "Ras al-Ayn (Sri Kaneh)": the other name of the place just read, taken with it
            continue
        if last is not None and re.fullmatch(_LIST_GAP, sentence[last[0] : s]):
            role = last[1]
            if hills and role in ("at", "near"):
                # ("the hills of Tal Shihab, the town of Nawa and …": an item with its own type word is that place)
                own_type = _OWN_SITE_OF.search(sentence, last[0], s) is not None
                role = "at" if own_type or _HILL_NAMED.fullmatch(sentence, s, e) else "near"
            elif role == "near" and _OWN_SITE_OF.search(sentence, last[0], s):
                # "secured the area of al-Muhandisin, the Regiment 46 Base and the town of Urm al-Sughra": an item with its
                # own type word is the place itself, not more of the first item's area
                role = "at"
            if role != "skip":
                out.append(Argument(i, role))
            last = (e, role)
            continue
        if (
            out
            and kind in TRANSFERS
            and (
                _ON_THE_EDGE.search(left)
                or (
                    _BEARING_OF.match(sentence, s, e)
                    and (
                        _NAME_BEFORE.search(sentence, max(0, s - 40), s)
                        # ("took control of A, B and C villages to the North of Idlib, D and E to the South of Idlib")
                        or _NAMES_TO_THE.search(sentence, max(0, s - 60), s)
                    )
                )
            )
        ):
            # "captured the villages of A, B and C on the southern edges of Idlib", "… al-Dimu and al-Ottmaniyah west of
            # the town of Tell Abyad": where the places named lie (and the list goes on after it: "captured Kharba and
            # al Hussieniya north of Suwar town and Jana village")
            last = (e, last[1] if last is not None else "skip")
            inside = e  # (and the name it is drawn from: "Suwar town" in "north of Suwar town")
            continue
        # "secured the area of al-Muhandisin 2, the Regiment 46 Base and the town of Urm al-Sughra": an item after the
        # first with its own type word is read from there ("area of" was the first item's)
        own = bool(out) and last is not None and _OWN_SITE_OF.search(sentence, last[0], s) is not None
        part_from = last[0] if own and last is not None else t1
        included = _included_from(sentence, t1, s) if t1 <= s else None
        if included is not None:
            # "villages along the road in central Hama, including X": a share named before the list is not of X
            part_from = max(part_from, included)
        before_this = last
        last = (e, "skip")
        # "executes 24 civilians 10km away from Menbej city": near it, not from it
        if (dist := _DISTANCE_FROM.search(sentence, max(0, s - 70), s)) is not None:
            if out and _locates_the_last(sentence, places[out[-1].index], dist.start()):
                # ("took control of the village of Haydariyah, about seven kilometers outside the rebel-held city of
                # Qusayr": a distance from a second place only says where the first lies, as would a bearing)
                last = (e, before_this[1] if before_this is not None else "skip")
                # (and the place it lies in: "just two kilometres from the Abbasiyyin square in Damascus")
                inside = _container_end(sentence, places, e, _IN_GAP, e)
                continue
            out.append(Argument(i, "near"))
            last = (e, "near")
            continue
        if (
            (
                _TRANSIT.search(left)
                and not (kind in (*_REMOTE, "generic", "clash") and _ACROSS_AREA.search(left))
                # ("restored security and stability across the neighborhood of Khaldiyeh": the order's own word)
                and not _ORDER_RESTORED.match(sentence, t0, t1)
                and kind != "protest"  # ("marched through a market in Suweida city": where the march was)
            )
            or _TRIP_END.search(sentence, max(0, s - 100), s)
            or (bool(out) and _SUPPLY_TO.search(left) is not None)
            # (and any act's, once its own place is read: "airstrikes … in ICARDA on the high way between Idlib and
            # Aleppo")
            or (
                (road := _ROAD_ENDS.search(sentence, max(0, s - 70), s)) is not None
                and (kind in TRANSFERS or (bool(out) and places[out[0].index][1] <= road.start()))
            )
            or _ROAD_LINKS.search(sentence, max(0, s - 90), s)
            # ("at the confluence of roads leading to the southern provinces of Daraa, Al-Quneitra and As-Suwayda": after
            # the place taken; but "shelled routes leading to Idlib" is placed at the town)
            or (bool(out) and _ROADS_LEADING.search(sentence, max(0, s - 90), s) is not None)
            or (_REPORTER_AT.search(left) and (out or "border" in sentence[s:e].lower()))
            # (where an act's own place lies; but "seized the central prison located in Ghweiran": the only place named)
            or (bool(out) and _LOCATED_BY.search(sentence, max(0, s - 80), s) is not None)
            # ("one of the largest militias supported by Damascus and Iran": the capital named for its government)
            or _BACKER_PLACE.search(left) is not None
            # ("28 settlements west and north of Aleppo (360 kilometers of Damascus)": a distance in brackets locates)
            or (bool(out) and _DISTANCE_ASIDE_BEFORE.search(left) is not None)
            # ("airstrikes by Damascus ally Russia", "Hezbollah, which is fighting in support of Damascus": the capital
            # named for its government)
            or (
                sentence[s:e].lower() in CAPITALS
                and (_ALLY_AFTER.match(sentence, e) is not None or left.lower().endswith("in support of "))
            )
            # ("withdrew from X, per an agreement with Damascus": a capital as a deal's party; but "a reconciliation
            # agreement with Qudsaya" is the town's)
            or (_DEAL_WITH_BEFORE.search(left) is not None and sentence[s:e].lower() in CAPITALS)
            # ("the spokesman for the pro-opposition Hama Media Center": a place in an outlet's name)
            or _OUTLET_AFTER.match(sentence, e) is not None
            # ("the greater Badr a-Sham campaign": a place in a campaign's name)
            or (
                _NAME_WORD_BEFORE.search(sentence, max(0, s - 25), s) is not None
                and _CAMPAIGN_AFTER.match(sentence, e) is not None
            )
            or _LOCATED_BETWEEN.search(sentence, max(0, s - 90), s)
            or (bool(out) and _SITE_BETWEEN.search(sentence, max(0, s - 90), s) is not None)
            # ("withdrew from their positions in the southern province of Quneitra bordering the Golan Heights")
            or (bool(out) and _BORDERING_BEFORE.search(sentence, max(0, s - 24), s) is not None)
            # ("in the villages of Susiyan, Al-Hadath and Ablah surrounding Al-Bab city": where the named ones lie)
            or (bool(out) and _NAMED_SURROUNDING.search(sentence, max(0, s - 160), s) is not None)
            or _TYPED_APPOSITION.search(sentence, max(0, s - 100), s)
            # ("withdrew from the entire Idlib province, with the exception of the cities of Khan Sheikhoun and Kafr
            # Nabl": the places left out of it)
            or (
                (exc := _EXCEPT_BEFORE.search(sentence, max(0, s - 90), s)) is not None
                # (not "no other town except Rastan": the one place it names)
                and not _NO_OTHER_BEFORE.search(sentence, max(0, exc.start() - 30), exc.start())
            )
            # ("the hill of al-Mastumah between the cities of Idlib and Ariha", "Douma, a Damascus suburb", "Al-Ghab
            # Plain that straddles the Latakia province", "Rastan and Talbiseh …, a region … that serves as a gateway
            # to the capital Damascus": where the place before lies, after it is taken)
            or (
                bool(out)
                and (
                    (before_this is not None and _BOUNDED_BETWEEN.fullmatch(sentence, before_this[0], s) is not None)
                    or _LOCATOR_BEFORE.search(sentence, max(0, s - 90), s) is not None
                    or (
                        sentence[s].isupper()  # (a name: not "Adra, an industrial town", the town's own word)
                        and _OWNER_APPOSITION.search(left) is not None
                        and _AREA_NOUN_AFTER.match(sentence, e) is not None
                    )
                )
            )
            # (only after a place taken: "Rebels captured the two bases, the regime's last outposts in Idlib" is there)
            or (bool(out) and _OWNERS_SITES.search(sentence, max(0, s - 100), s) is not None)
            or (
                out and _PAREN_BEARING.search(left)
            )  # "around Ayn Issa (south of Tal Abiad)": where the one before lies
            # ("hit Jabal Badro on the edge of Aleppo": where the place before lies)
            or (
                bool(out)
                and (edge := _EDGE_OF.search(left)) is not None
                and re.fullmatch(r"\s*,?\s*", sentence[places[out[-1].index][1] : max(0, s - 40) + edge.start()])
                is not None
            )
        ):
            continue
        if kind not in (*TRANSFERS, "withdrawal", "advance") and _ORIGIN.search(left):
            continue  # "the execution of a man from Ras al-Ayn": where the victim comes from, not where it happened
        if kind == "strike" and _AIRCRAFT_HOME.search(sentence, max(0, s - 90), s):
            continue  # "warplanes belonging to the Russian base in Latakia carried out raids on X": where they fly from
        if kind == "agreement" and out and _GOING_TO.search(left):
            last = (e, "skip")  # "an agreement … to have Jaish al-Islam leave Douma and go to Jarablos": where they go
            continue
        if kind == "withdrawal" and out and _BOUND_FOR.search(left):
            last = (e, "skip")  # "fled Tal Abyad for Ein Issa": where they went, not ground given up
            continue
        role = "at"
        if (
            kind in _REMOTE
            and (
                out
                or (
                    _FIRING_OPENS.match(sentence, c0) is not None
                    and any(s2 >= e and "," in sentence[e:s2] for s2, _ in places)
                )
            )
            and _FROM_POSITIONS.search(left[-50:])
        ):
            # "shelled the village of Kabani before noon from positions in Jurin": where the fire came from (also
            # when the target is named after: "Firing … shells from their positions in Halfaya, the jihadist rebels
            # struck … Mhardeh")
            last = (e, "skip")
            continue
        if (
            kind in _REMOTE
            and _FIRED_FROM.search(left[-70:])
            and (
                out
                or re.match(r"hit|struck", sentence[t0:t1], re.I)
                or _HIT_NEAR.search(sentence, max(0, t0 - 40), t0)
                or _HIT_NEAR.match(sentence, e)
            )
        ):
            # "A rocket fired from the Syrian region of Afrin struck the Turkish border town of Kilis", "Turkish towns
            # were hit by rocket fire from Afrin region": where the fire came from, another place was hit
            last = (e, "skip")
            continue
        if kind in TRANSFERS and t1 <= s and _NEIGHBOUR_OF_AFTER.match(sentence, e):
            last = (e, "skip")  # "captured Dabiq's neighboring village of Soran": the town locates the one taken
            continue
        if kind in TRANSFERS and t1 <= s and _OWNERS_QUARTER_AFTER.match(sentence, e):
            # "after seizing the city's largest opposition-controlled district": a quarter of it, ground in it
            out.append(Argument(i, "near"))
            last = (e, "near")
            continue
        if kind in TRANSFERS and t1 <= s and _ROAD_TAKEN_ENDS.fullmatch(sentence, t1, s):
            # "seized full control of the main road from the capital Damascus to Deir al-Zour city": the road's ends
            # are ground near what was taken, neither of them taken
            out.append(Argument(i, "near"))
            last = (e, "near")
            continue
        hills = False
        listed_names = _named_areas(sentence, places, i, left)
        if _FROM.search(left[-25:]) and kind not in ("withdrawal",):
            if kind in TRANSFERS and not _EXPEL.match(sentence[t0:t1]):
                last = (e, "skip")  # "recaptured X from Y": places after 'from' are not the prize
                # (nor where Y lies: "coming from the axis of Salwa village in Aleppo northern countryside")
                inside = _container_end(sentence, places, e, _TYPED_IN_GAP, inside)
                continue
            role = "at" if kind in TRANSFERS else "near"  # "expel ISIS from X": X is taken
        elif _FROM.search(left[-25:]):
            role = "at"
        elif (
            _TOWARDS.search(sentence[max(0, s - 60) : s] if kind == "withdrawal" else left[-30:])
            and not _ORDER_RESTORED.match(sentence, t0, t1)  # ("… stability to X")
            # (not a bearing that says where: "have taken control of a hilltop to the west of Palmyra")
            and not (kind != "withdrawal" and _TO_THE.search(left[-10:]) and _BEARING_OF.match(sentence, s, e))
        ):
            if kind == "capture" and _ROAD_TO.search(left):
                out.append(Argument(i, "near"))  # "control the roads to Khan al-Shih town": ground near it, not it
                last = (e, "near")
                continue
            # ("agreed to withdraw from the town to Idlib": a deal's destination is no place of the deal)
            if kind in ("withdrawal", "capture", "surrender", "handover", "agreement"):
                last = (e, "skip")
                # (nor the place it lies in: "withdrew from X towards western Syria in Damascus")
                inside = _container_end(sentence, places, e, _IN_GAP, inside)
                continue
            if kind == "advance" and any(
                _FROM.search(sentence, max(0, places[a.index][0] - 25), places[a.index][0]) for a in out
            ):
                last = (e, "skip")  # "advance from the southeast of Hama to X": the move starts where the fight is
                continue
            if _FLED_TOWARDS.search(sentence, max(0, s - 70), s):
                # "stormed into Ariha, sending regime troops fleeing in the direction of the Al-Ghab Plain": where the
                # beaten side fled, no place of the fight
                last = (e, "skip")
                continue
            role = "near"
        elif t1 <= s and _SIDES_POSTS_IN.search(sentence, part_from, s):
            # "took control of the most prominent strongholds of HTS in the areas of Arbeen and al-Ash'ari": a side's
            # posts there, not the places
            role = "near"
        elif listed_names and listed_names["hills"]:
            # "captured the hills of Tal al-Zaba’a, Kafr Hoor, Bardaya and Tal Shahab": the hills named are taken;
            # "the hills of" a town are high ground around it
            hills = True
            if not _HILL_NAMED.fullmatch(sentence, s, e):
                role = "near"
        elif not listed_names and (
            # (not the word of the verb before a reduced apposition: "fighting near Kawkab, taken by rebels")
            (_NEAR.search(left) and not (voice == "reduced" and _COMMA_GAP.fullmatch(sentence, e, t0)))
            or (t1 <= s and _PARTIAL.search(sentence, part_from, s))
            # ("The western part of Syria's Tal Abyad district was cleared of YPG": a share of the passive's subject)
            or (
                kind in TRANSFERS
                and voice == "passive"
                and e <= t0
                and _PARTIAL_BEFORE.search(sentence, max(0, s - 60), s)
            )
            or _MOSTLY.search(sentence, 0, t0)
            or _MOSTLY_WITHIN.search(sentence, t0, t1)
            or _WIDENED_IN.fullmatch(sentence, t0, t1)
            or (kind in TRANSFERS and _UNNAMED_IN.search(left))  # "regained villages in Hama": ground near the city
        ):
            # ("have largely taken control of al-Bab": most of it, not the town; "expand control in Daraa": ground
            # there, not the city)
            role = "near"
        elif (
            kind in TRANSFERS
            and voice != "passive"
            and t1 <= s
            and not own
            and not listed_names  # ("…, as well as the nearby areas of Tal al-Arous and Tal al-Sarjeh": the places named)
            and not _direct(sentence, t1, s)
            and not _expelled_from(sentence, t0, t1, s)
            and not _VICTORY.match(sentence, t0, t1)  # "declared victory over IS in the town of X": X is the prize
            # ("announced the liberation of the last area held by Islamic State in the village of Baghuz": no part of X
            # is left to the side, so X is taken)
            and not (_LAST_HELD_IN.search(sentence, t1, s) and not _WIDER_NAMED_AFTER.match(sentence, e))
            and included is None  # "took villages including X, Y and Z": the villages named
            # ("The towns and villages seized by Jaysh al Fateh include X, Y and Z": the places named)
            and not ((by := _BY_SIDE_INCLUDE.match(sentence, t1)) is not None and _direct(sentence, by.end(), s))
        ):
            role = "near"  # "control a village in Hama", "sites they lost in the Damascus battle": a container
        if role == "at" and (_PARTIAL_AFTER.match(sentence, e) or _FEATURES_AFTER.match(sentence, e)):
            role = "near"  # "control the town of X almost entirely"; "seize strategic al-Bab hills": not the town
        out.append(Argument(i, role))
        last = (e, role)
    return out


def _named_areas(sentence: str, places, i: int, left: str) -> re.Match[str] | None:
    """Whether the place ``i`` opens a list of names after "the areas of" ("liberating the areas of Deir al-Sharqi,
    Deir al-Gharbi and Maar Shamarin": the places themselves, as a translation of the Arabic word for places; not
    "the area of X", ground around one place); after "the hills of" any names (each a hill if it names one: see
    :data:`_HILL_NAMED`); the match of the words before, or None."""
    if (
        (areas := _AREAS_OF.search(left)) is None
        or _UNNAMED_IN_AREAS.search(left, 0, areas.start())
        # ("captured parts of the neighborhoods of A and B": a share of them)
        or _SHARE_OF.search(left, 0, areas.start())
    ):
        return None  # (not "captured villages in the areas of Idlib and Hama": places unnamed in the areas)
    listed = i + 1 < len(places) and re.fullmatch(_LIST_GAP, sentence[places[i][1] : places[i + 1][0]]) is not None
    return areas if areas["hills"] or listed else None


#: the edge of a region the places named before lie on: "on the southern edges of ", "on the outskirts of "
_ON_THE_EDGE = re.compile(
    r"\b(?:on|at)\s+the\s+(?:(?:north|south|east|west)\w*\s+)?(?:edges?|fringes?|outskirts)\s+of\s+(?:the\s+)?$", re.I
)
#: a distance set off by a comma after a place, before the bearing of another: ", about 60 miles "
_DISTANCE_ASIDE = re.compile(
    r",\s*(?:(?:about|some|around|roughly|nearly|approximately|just)\s+)?\d[\d.,]*\s*(?:-\s*)?"
    r"(?:km|kms|kilometers?|kilometres?|miles?)\s+$",
    re.I,
)
#: a phrase that starts with the distance and the bearing from a place: "33 kilometers south of (the city of) Idlib"
_DISTANCE_BEARING = re.compile(
    r"(?:(?:about|some|around|roughly|nearly|approximately|just)\s+)?\d[\d.,]*\s*(?:-\s*)?"
    r"(?:km|kms|kilometers?|kilometres?|miles?)\s+(?:north|south|east|west)\w*\s+of\b",
    re.I,
)
#: a comma, then perhaps a word that sets off a bearing as where a place lies: ", ", ", just ", ", some ", ", about "
_HEDGED_COMMA_BEFORE = re.compile(r",\s*(?:(just|some|about|roughly|nearly|around|directly)\s+)?$", re.I)
#: names, with their type word, before "to the" and a bearing: "al-Jaradeh villages to the ", "Ma’ar Shourin to the "
_NAMES_TO_THE = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:villages?|towns?))?\s+to\s+the\s+$")
#: a name's last word right before: "al-Ottmaniyah "
_NAME_BEFORE = re.compile(
    # ("retook Atman village north of Daraa": the name's type word after it)
    r"[A-Z][\w'’-]*(?<!River)(?<!Rivers)(?<!Lake)(?<!Dam)(?<!Valley)(?<!Road)(?<!Highway)[”\"]?"
    r"(?:\s+(?:village|town|hill|district))?\s+$"
)
#: a hill's own name: "Tal al-Zaba’a", "Tell Ahmar", "Jabal Zawiya", "al-Amara hilltop", "Qurnat X"
_HILL_NAMED = re.compile(
    r"(?:(?:al|el)-)?(?:t[ae]ll?(?:et|at)?|jabal|jebel|jabel|qurnat|mount)\b.*|.*\s(?:hill|hilltop|height|heights|mountain)s?",
    re.I,
)
_SHARE_OF = re.compile(r"\b(?:parts?|most|much|half|some|\d+\s*%|\d+\s+percent)\s+of\s+$", re.I)
_UNNAMED_IN_AREAS = re.compile(
    r"\b(?:villages|towns|positions|sites|points|farms|hills|hilltops)\s+(?:in|near|around|of|across)\s+$", re.I
)
_AREAS_OF = re.compile(
    r"\b(?:the\s+)?(?:nearby\s+)?(?P<hills>hills?|hilltops?|heights?|(?<=nearby\s)areas)\s+of\s+$|"
    # ("captured the neighborhoods of al-Qadam, Mazniyeh, Asali, and Jourah": the quarters named, as a list)
    r"\bthe\s+(?:areas|neighbou?rhoods|districts|quarters)\s+of\s+$",
    re.I,
)
_ALIAS_GAP = re.compile(r"\s*\(\s*")
#: a place's other name told after it: " (", ", also known as ", ", known as "
_OTHER_NAME_GAP = re.compile(r"\s*\(\s*|\s*,?\s+(?:also\s+)?(?:known\s+(?:to\s+\w+\s+)?as|called)\s+", re.I)
_DEAL_MADE = re.compile(
    r"\s+(?:was\s+|were\s+)?(?:reached|signed|agreed|struck|concluded|brokered)\b"
    # (not a deal of long ago: "under a deal reached with Russia last month", "signed in 2018")
    rf"(?![^.;,]{{0,40}}?\b(?:last\s+(?:week|month|year)|in\s+(?:19|20)\d\d|in\s+{_MONTH_NAMES}|previously|ago)\b)",
    re.I,
)
#: an act's terms right before a deal's word: "under a United States-brokered ", "as part of the "
_UNDER_TERMS = re.compile(rf"\b{UNDER_TERMS}\s+(?:the|a|an|this|that)\s+(?:[\w-]+\s+){{0,4}}?$", re.I)
#: between a verb and its object: " the ", " "
_OBJECT_GAP = re.compile(r"\s+(?:the\s+)?[“\"']?")
#: between an object and the next verb of the same subject: " and ", ", and then "
_SHARED_SUBJECT_GAP = re.compile(r"[”\"']?\s*,?\s+and\s+(?:then\s+)?(?:\w+ly\s+)?")
_BEARING_WORD = re.compile(r"(?:north|south|east|west|central)", re.I)
_TYPE_WORD_END = re.compile(r"\s(?:city|town|village)$", re.I)
_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?")
_PAREN_BEARING = re.compile(
    r"\(\s*(?:(?:about|some|around|roughly|nearly|just)\s+)?(?:\d[\d.,]*\s*(?:km|kms|kilomet(?:er|re)s?|miles?)\s+)?"
    r"(?:north|south|east|west)\w*\s+of\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$",
    re.I,
)
_WHICH_PASSIVE = re.compile(r"(?:which|that)\s+(?:was|were|is|are|has\s+been|had\s+been)\b", re.I)
#: a sentence that opens on the place of its news: "In Homs, …"
_OPENING_IN = re.compile(r"\W*(?:in|at)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+\s*,\s*$", re.I)
#: places unnamed "in" a named one: "Armed factions regained villages in Hama" took ground near Hama, not the city
_UNNAMED_IN = re.compile(
    r"\b(?:villages|towns|areas|positions|sites|hills|points|farms)\s+(?:in|near|around)\s+(?:the\s+)?$", re.I
)
#: a count before a place that qualifies the places counted: "several ", "a string of ", "dozens of "
_COUNTED_BEFORE = re.compile(
    r"\b(?:several|many|dozens\s+of|scores\s+of|a\s+(?:string|number|series|chain)\s+of|\d+|two|three|four|five|six|"
    r"seven|eight|nine|ten)\s+$",
    re.I,
)
_PLURAL_PLACES_AFTER = re.compile(r"\s+(?:villages|towns|suburbs|hills|neighbou?rhoods|districts|areas)\b", re.I)
#: plural places and where they lie, before a region: "key villages along the X road in central "
_PLACES_IN_BEFORE = re.compile(
    # (not many counted: "expelled ISIS from more than 200 villages and towns in Hasakah, including al-Hawl" took ground
    # across the province)
    r"(?<!\d\s)(?<!\d\svillages\sand\s)(?<!dozens\sof\s)(?<!hundreds\sof\s)(?<!scores\sof\s)"
    r"\b(?:villages|towns|suburbs|hills|hilltops|neighbou?rhoods|districts|settlements)\b[^.;:,]{0,60}?\s+in\s+"
    r"(?:the\s+)?(?:(?:north|south|east|west|central|centre|center)[\w-]*\s+)?$",
    re.I,
)
#: the names that follow at once: ", including ", " such as "
_NAMES_NEXT = re.compile(r"\s*,?\s+(?:including|such\s+as|namely)\s", re.I)
#: the names listed after the counted places: ", including ", " … including "
_INCLUDED_NAMES = re.compile(r"[^;.]{0,60}?\bincluding\s", re.I)
_INCLUDING = re.compile(
    # ("captured several towns, including al-Tuwayni", "hilltops, such as X")
    r"\b(?:villages|towns|hills|hilltops|places|areas|positions|neighbou?rhoods|districts|settlements|territory|"
    # ("recapturing the entire Lajat region including the strategic town of Busra al-Harir")
    r"(?:entire|whole)\s+(?:[\w'’-]+\s+){0,2}?(?:region|area|pocket|enclave|countryside)|"
    # ("overran the rest of the pocket, including the town of Kafr Zita")
    r"(?:rest\s+of\s+the\s+)?(?:[\w'’-]+\s+)?(?:pocket|enclave))(?:\s+and\s+\w+)?"
    # ("captured several villages in north-east Daraa province, including Jaddel", "liberated several areas from the
    # Jaysh Khaled bin Walid terrorists, including the towns of Jamleh, Awad, and Abu Kharj")
    # ("recaptured key villages along the Maharda-Suqaylabiyah road in central Hama, including Karnaz")
    # ("captured several areas north of Tal Tamr, including the towns of Al-Qassimiyah, Al-Faisaliyah and Manaf")
    r"(?:\s+(?:in|of|from|near|around|along|on|(?:north|south|east|west)[\w-]*\s+of)\s+[^.;:,]{1,60}?)?"
    # ("seized two villages, including the Christian town of Al-Rakham": a word of worth, size or community)
    # ("wresting swathes of territory from government control, including Syria's second city Aleppo")
    r"\s*,?\s+" + _NAMED_AMONG + r"\s+(?:the\s+)?(?:[\w-]+['’]s\s+(?:second|third|largest|biggest)\s+city\s+)?"
    r"(?:(?:strategic|key|important|main|small|large|nearby|"
    r"border|mainly|predominantly|largely|christian|druze|alawite|kurdish|arab|sunni|shiite|shia|armenian|turkmen|"
    r"assyrian|ismaili|(?:north|south)?-?(?:north|south|east|west)ern)\s+){0,2}"
    # ("captured several neighbourhoods in Raqqa city since Tuesday, including the eastern neighbourhood of Mashlab")
    r"(?:(?:towns?|villages?|hills?|cities|city|neighbou?rhoods?|districts?|quarters?)\s+of\s+)?(?:(?:al|el)[-\s])?$",
    re.I,
)
#: the first names of a list after "including" that the gazetteer lacks: "al-Faqi, "
_UNPLACED_ITEMS = re.compile(r"(?:(?:al|el)[-\s])?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s*,\s*")


def _included_from(sentence: str, t1: int, s: int) -> int | None:
    """Where the names that "including" lists after the places a transfer counts start ("took control of areas in
    Idlib's south, including al-Faqi, al-Fattirah …"), when the place at ``s`` is one of them (the first, or one after
    names the gazetteer lacks); else None."""
    inc = _INCLUDING.search(sentence, t1, s)
    if inc is not None:
        return inc.end()
    for m in _NAMED_AMONG_WORD.finditer(sentence, t1, s):
        if (
            _INCLUDING.search(sentence, t1, m.end()) is not None
            and re.fullmatch(f"(?:{_UNPLACED_ITEMS.pattern})+", sentence[m.end() : s]) is not None
        ):
            return m.end()
    return None


_NAMED_AMONG_WORD = re.compile(r"\b" + _NAMED_AMONG + r"\s+", re.I)
#: a side's posts in a place: "strongholds of HTS in the areas of ", "positions of the regime forces in "
_SIDES_POSTS_IN = re.compile(
    # ("seized the headquarters of the rebel brigade of the “Yarmouk Martyrs” in the town of Taseel")
    r"\b(?:strongholds|positions|posts|headquarters|bases)\s+of\s+(?:the\s+)?(?:[\w'’“”\"-]+\s+){1,7}?in\s",
    re.I,
)
_EDGE_OF = re.compile(
    r"\b(?:on|at)\s+the\s+(?:[\w-]+\s+)?(?:edges?|outskirts|fringes?|periphery|doorstep)\s+of\s+(?:the\s+)?$", re.I
)
#: a place that only locates the one before: "X – all located southeast of Hirak town –", "Y, which lies west of Z"
_LOCATED_BY = re.compile(
    # ("located on the southeastern edge of Idlib")
    # ("located some 15 kilometers off the Hama-Aleppo highway", "lying along the M4")
    r"\b(?:located|situated|lying|lies)\s+(?:about\s+|some\s+|nearly\s+|just\s+)?(?:(?:[\w-]+\s+){0,4}?"
    r"(?:of|from|in|off|along|on|near)\s+"
    # ("located in the country's northwestern Idlib province")
    # ("located to the southeast of the province's center, Idlib": the centre named in apposition)
    r"(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:(?:city|town|village)\s+of\s+|(?:cent(?:er|re)|capital|seat),\s+)?)?$",
    re.I,
)
#: where a place lies between two others, up to the second: "strategically located between Aleppo and Assad's seat of
#: power in "
#: a demand, a term or a condition that a bare "leave" completes: "insists YPG fighters ", "stipulates that rebels "
_TERMS_BEFORE = re.compile(
    r"\b(?:that|until|unless|before|once|insists?|insisted|demands?|demanded|stipulates?|stipulated|requires?|"
    r"required|wants?|wanted|calls?\s+for|called\s+for|urged?|allow(?:s|ed)?|let)\b[^.;,]{0,60}$",
    re.I,
)
#: things left behind, not a place: " Russian-made tanks behind", " their weapons behind"
_LEFT_BEHIND = re.compile(r"[^.;,]{0,50}?\bbehind\b", re.I)
#: a name given, opened by a quotation mark, right before a word: "dubbed the “tank ", "nicknamed “the "
_NICKNAME_BEFORE = re.compile(
    # (of common words: not "what activists dubbed the “Houla massacre”", a massacre named by its place)
    r"\b(?:dubbed|nicknamed|termed|labell?ed|branded|known\s+as)\s+(?:it\s+)?(?:the\s+)?[“\"‘']"
    r"(?:the\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,3}$",
    re.I,
)
#: an act told before it, ranked among others after a comma or "in": ", in one of the deadliest "
_RANKED_BEFORE = re.compile(
    r"(?:\bin|,)\s+(?:what\s+(?:was|is)\s+)?one\s+of\s+the\s+(?:\w+est|worst|most\s+\w+)\s+(?:[\w-]+\s+)?$", re.I
)
#: a sentence's opening that points back to an act told before it: "In this engagement"
_THIS_ACT_OPENS = re.compile(r"\W*(?:in|during)\s+(?:this|that|these|those)\s+", re.I)
#: a pause from the act, right before its word: "a respite from government ", "grounding ", "paused its "
_PAUSED_BEFORE = re.compile(
    r"\b(?:(?:respite|reprieve|break|relief|lull)\s+from\s+(?:the\s+)?(?:[\w-]+\s+){0,2}|"
    r"ground(?:ing|ed|s)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?|"
    # ("the day the SDF paused its assault")
    r"(?:paus|suspend|halt)(?:ed|es|ing|s)?\s+(?:its|their)\s+(?:[\w-]+\s+)?)$",
    re.I,
)
#: the rest of an outlet's name after a place: " Media Center", " News Network", " Coordination Committee"
_OUTLET_AFTER = re.compile(
    r"\s+(?:Media|News|Press|Information)\s+(?:Center|Centre|Office|Network|Agency|Committee|Council)\b|"
    r"\s+(?:Coordination|Coordinating)\s+Committee\b|"
    # ("The activist-run Raqqa is Being Slaughtered Silently says …": the campaign's name)
    r"\s+is\s+Being\s+Slaughtered\s+Silently\b|"
    # ('terrorists affiliated to the so-called "Ahrar Nawa Brigade"': a unit named after its town, not a place of the act)
    r"\s+(?:Brigades?|Battalions?)\b(?!\s+(?:\d|base|headquarters|HQ)\b)"
)
#: a capitalised word right before a place, and a campaign's word right after it: "Badr " … " campaign"
_NAME_WORD_BEFORE = re.compile(r"(?<![.!?]\s)\b(?-i:[A-Z])[\w'’-]+\s+$")
_CAMPAIGN_AFTER = re.compile(r"\s+(?:campaign|battle|operation|offensive)\b", re.I)
#: a backer named by its capital, right before it: "militias supported by ", "backed by both "
#: a gap between two places that makes the second the first's locator or container: " near the Israeli-occupied ",
#: " airbase in "
#: a nearness between two places: " near the town of ", " outside "
_NEAR_GAP = re.compile(r"\b(?:near|outside|around)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
#: the words of an area, not a settlement: "northern Homs", "Daraa countryside", "Idlib province"
_AREA_OR_BEARING = re.compile(r"\b(?:north|south|east|west)\w*|\b(?:countryside|province|governorate|region)\b", re.I)
_LOCATOR_GAP = re.compile(
    # (not the place's own type: "Gunmen in Daraa countryside in the town of Nawa")
    r"\bin\s+(?:the\s+)?"
    r"(?:(?!(?:town|village|city|district|neighbou?rhood|suburb|hamlet|area|of)\b)[\w-]+\s+){0,2}$",
    re.I,
)
#: a taking told in its winner's words: "brought under control", "liberated", "cleared", "secured"
_WINNERS_WORD = re.compile(r"brought\s+under|taken\s+under|liberat|clear|secur|recaptur|retak|regain", re.I)
#: persons counted after "of": " of two soldiers", " of 15 regime members", " of dozens of fighters"
_COUNTED_AFTER_OF = re.compile(
    r"\s+of\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|several|scores)\s+(?:of\s+)?(?:[\w-]+\s+)?"
    r"(?:soldiers|fighters|members|militants|troops|officers|pilots|men|people|civilians|elements|gunmen)\b",
    re.I,
)
#: a participle of fire opening a sentence, whose origin is told before the comma: "Firing a barrage of …"
_FIRING_OPENS = re.compile(r"\W*(?:Firing|Launching|Lobbing|Using)\b", re.I)
#: a distance in brackets right before a place: "(360 kilometers of ", "(about 50 km north of "
_DISTANCE_ASIDE_BEFORE = re.compile(
    r"\(\s*(?:about\s+|some\s+|around\s+|nearly\s+)?\d[\d,.]*\s*(?:kilometers|kilometres|km|miles)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:of|from)\s+(?:the\s+)?$",
    re.I,
)
#: an ally's word right after a capital: " ally Russia", "'s allies", "-backed"
_ALLY_AFTER = re.compile(r"(?:['’]s)?\s+(?:ally|allies|allied)\b|-(?:backed|allied|aligned)\b", re.I)
_BACKER_PLACE = re.compile(r"\b(?:backed|supported|funded|financed|sponsored|armed|trained)\s+by\s+(?:both\s+)?$", re.I)
_LOCATED_BETWEEN = re.compile(
    # (set off by a comma: not "a regime post located between Suwayda and Qanawat", near the first)
    r",\s+(?:\w+ly\s+)?(?:located|situated|lying|lies)\s+between\s+[^.;,]{0,60}$",
    re.I,
)
#: an apposition that names the places before as a side's sites and locates them: ", the regime’s largest outposts in "
_OWNERS_SITES = re.compile(
    r",\s+the\s+[\w-]+['’]s?\s+(?:[\w-]+\s+){0,3}?(?:outposts?|bases?|strongholds?|bastions?|positions)\s+"
    r"(?:in|of|near)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?$",
    re.I,
)
#: the words that leave places out, up to the place: "with the exception of the cities of ", "except for A and "
_EXCEPT_BEFORE = re.compile(
    r"\b(?:with\s+the\s+exception\s+of|except(?:\s+for)?|excluding|apart\s+from|other\s+than|save\s+for)\s+"
    r"(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:cities|towns|villages|city|town|village)\s+of\s+)?"
    # (the names listed before, each capitalised: not "with the exception of the police station, and Hass")
    r"(?:(?:(?:al|el|Al|El)-)?(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?:al|el|Al|El)-)?(?-i:[A-Z])[\w'’-]*)*"
    r"(?:,\s+(?:and\s+)?|\s+and\s+|\s+or\s+))*$",
    re.I,
)
#: a "no" before an exception, which makes its place the one named: "no other town (except Rastan)"
_NO_OTHER_BEFORE = re.compile(r"\bno\s+(?:other\s+)?(?:[\w-]+\s+){0,2}$", re.I)
#: the words that say where a place named before lies, up to the place that locates it
_LOCATOR_BEFORE = re.compile(
    r"\b(?:that|which)\s+(?:straddles|straddled|borders|bordered|links|linked|connects|connected)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?$|"
    r"\b(?:a|the)\s+(?:main\s+|key\s+|strategic\s+)?gateway\s+to\s+(?:the\s+)?(?:(?:capital|city|province)\s+(?:of\s+)?)?$"
    # ("re-entered the historic Christian town of Maaloula, north of the country's capital of Damascus": a bearing from a
    # capital named by its title)
    r"|\b(?:north|south|east|west)\w*\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:capital|city)\s+(?:of\s+)?$"
    # ("hit by Russian planes today included Ltamenah and Tal Wasit, both in Hama governate": where the places lie)
    r"|,\s+(?:both|all)\s+(?:of\s+them\s+)?(?:in|near|outside)\s+(?:the\s+)?$"
    # ("regained control of Thiban town opposite Al-Mayadeen on the western bank": across the river from it)
    r"|\b(?:town|village|city|bank|side)\s+opposite\s+(?:the\s+)?(?:(?:town|city)\s+of\s+)?$",
    re.I,
)
#: a relative clause between commas that lists what the place before it borders: ", which borders Jordan, Lebanon and
#: the Golan Heights,"
_BORDERS_ASIDE = re.compile(
    r",\s+(?:which|that)\s+(?:borders|bordered|straddles|neighbou?rs|overlooks)\s+[^;.]{1,120}?,"
    r"(?=\s+(?:\w+ly\s+)?(?:has|have|had|was|were|is|are|fell|came|returned)\b)",
    re.I,
)
#: from a place to the first of two that bound it: " between the cities of "
#: a site located by two places after the one taken: "Tifor airbase is a key military facility between Homs and
#: Palmyra captured by ISIS" (the ends say where it lies; not the places taken)
_SITE_BETWEEN = re.compile(
    # (a description of the place taken, after "is a" or a comma: not a second place, "and the area between A and B";
    # or a named junction's: "fired two missiles at a jeep at the Yabus junction between Damascus and the border")
    r"(?:\b(?:is|was)|,|\b(?:at|near)(?=\s+the\s+(?:[\w-]+\s+){0,2}?(?:junction|crossroads?|roundabout|bridge)\b))"
    r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:facility|base|airbase|air\s+base|airport|outpost|position|post|hill|hilltop|area|region|junction|"
    r"crossroads?|point|station|town|village)\s+(?:\w+ly\s+)?(?:(?:located|situated|lying)\s+)?between\s+(?:the\s+)?"
    r"(?:(?:cities|towns|villages)\s+of\s+)?(?:[^,;.]{1,40}?\s+and\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?)?$",
    re.I,
)
_BOUNDED_BETWEEN = re.compile(r"\s+between\s+(?:the\s+)?(?:(?:cities|towns|villages)\s+of\s+)?", re.I)
#: an apposition opening right before an owner place: "Douma, a " (of "Douma, a Damascus suburb")
_OWNER_APPOSITION = re.compile(r",\s+(?:a|an)\s+(?:(?:nearby|northern|southern|eastern|western)\s+)?$", re.I)
#: the noun of a part of the owner place, right after it: " suburb", " district"
_AREA_NOUN_AFTER = re.compile(r"\s+(?:suburb|district|neighbou?rhood|town|village|city)\b", re.I)
#: an apposition that types the place before and locates it: "Salma, a strategic town in Latakia, was captured",
#: "Rabiah, a main rebel stronghold in the countryside of the coastal province of Latakia"
_TYPED_APPOSITION = re.compile(
    # ("pulled out of Otaiba, a gateway to the eastern rural suburbs of Damascus known as al-Ghouta": where it leads)
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?gateway\s+(?:to|into)\s+[^,;.]{0,80}?$|"
    # ("Masaken Hanano, the district in the country’s city of Aleppo that …": the article too, and the city's type word)
    # (not "On Saturday, the city of Idlib was taken": the article's place is named after "of")
    r",\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?=[\w-]+\s+(?:(?:located|situated|lying)\s+)?(?:in|of|near)\s)|"
    r"the\s+(?=[\w-]+\s+(?:(?:located|situated|lying)\s+)?in\s))"
    r"(?:town|village|city|hamlet|settlement|district|neighbou?rhood|suburb|base|"
    r"hill|stronghold|bastion)\s+(?:(?:located|situated|lying)\s+)?(?:in|of|near)\s+(?:the\s+)?"
    r"(?:(?:[\w’'-]+\s+){0,2}?(?:countryside|province|governorate|outskirts|city)\s+of\s+(?:the\s+)?)?(?:[\w’'-]+\s+){0,2}?$",
    re.I,
)

#: sides named together that fight as one ("Hezbollah and regime forces clash in X": allies, not foes)
_REGIME_CAMP = frozenset({"government", "iran", "russia"})
#: a group word between a side's name and its verb ("the regime and rebel forces clash")
_GROUP_GAP = re.compile(r"\s*(?:(?:forces|troops|fighters|factions|militias?|units|groups)\s+)?", re.I)
#: the trigger of a place said to be under a side's control ("were under (their control)")
_HELD_UNDER = re.compile(r"(?:is|was|are|were)\s", re.I)
#: a side's announcement before what it says it holds: "declared that the Khan Sheikhoun Farms "
_DECLARED_THAT = re.compile(
    # ("announced in a statement that the City of Palmyra is under the control of the Syrian forces")
    r"\b(?:declared|declares|announced|announces|confirmed|confirms)\s+"
    r"(?:(?:on\s+\w+|\w+day|in\s+an?\s+(?:statement|communiqu[eé]|speech|televised\s+statement))\s+)*that\b[^.;]{0,80}$",
    re.I,
)
#: men with guns as the agent of "targeted": "targeted by unknown attackers", "by unidentified gunmen"
_BY_GUNMEN = re.compile(
    r"\s+by\s+(?:an?\s+|the\s+)?(?:(?:unknown|unidentified|masked|armed)\s+)?(?:attackers?|gunm[ae]n|assailants?|men)\b"
    # (not "targeted by unidentified assailants with an explosive device": a bomb, read as such)
    r"(?![^,;.]{0,40}?\bwith\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:explosive|IED|bomb|device|mine|grenade))",
    re.I,
)
#: places counted or announced before a colon that lists them: " the following villages: ", " several villages: "
_COLON_LIST = re.compile(
    r"\s+(?:control\s+(?:of|over)\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:villages|towns|hills|hilltops|areas|positions|sites|"
    # ("seized the following villages after heavy clashes: A, B and C")
    r"points|localities|settlements)(?:\s+and\s+(?:villages|towns|hills|areas|farms))?[^:;.]{0,40}?:\s*",
    re.I,
)
#: a place as the object of "repel": "repel the city of Kafr Nabuda", "repelled the village of X"
_REPEL_PLACE = re.compile(
    r"\s+(?:back\s+)?the\s+(?:city|town|village|hill|hilltop|base|airport)\s+of\s+(?:al-)?(?-i:[A-Z])"
    # (not "repelled the town of Kafr Nabuda's defenders": the men, not the town)
    r"(?![\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}['’]s\b)",
    re.I,
)
#: a fight between sides, as a noun (not an ambush or an attack, which one side makes on the other)
_FIGHTING = re.compile(r"(?:clash(?:es)?|battles?|fighting|confrontations?|firefights?)\b", re.I)
#: the toll of a fight told before it: "… were killed in the clashes", "… died in fierce battles"
_KILLED_IN_BEFORE = re.compile(
    r"\b(?:were|was|have\s+been|had\s+been)\s+(?:killed|wounded|injured)\s+(?:in|during)\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
#: a number right before a side's name: "14 HTS militants", "dozens of regime soldiers"
#: an attack named by the side that led it: "(a) Turkish-led attack", "an HTS-launched assault" (not "a Russian-backed
#: attack": the backer did not attack)
_LED_ATTACK = re.compile(
    r"-(?:led|launched)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|assaults?|offensives?|attempts?|counter-?attacks?)\b",
    re.I,
)
#: a withdrawal's cause, before the side that caused it: "as a result of rebels' counter-offensive", "under pressure
#: from HTS attacks", "due to the SDF's advance"
_AS_A_RESULT = re.compile(
    r"\b(?:as\s+a\s+result\s+of|due\s+to|because\s+of|under\s+(?:the\s+)?pressure\s+(?:of|from))\s+(?:the\s+|a\s+)?$",
    re.I,
)
#: (a ground attack: "due to Russian air attacks", "as a result of the airstrikes" drove no one in)
_ASSAULT_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?!(?:[\w-]+\s+){0,2}?(?:air|aerial)\b)(?:[\w-]+\s+){0,2}?(?:counter-?offensives?|"
    r"counter-?attacks?|offensives?|attacks?|assaults?|advances?)\b",
    re.I,
)
#: a withdrawal forced on a side, up to its verb: "forced the Syrian army to ", "forcing regime troops to "
_FORCED_OUT = re.compile(
    # (the verb, not the noun before it: "Government forces forced IS to")
    r"\b(?:forc|compel)(?P<tense>ed|es|e|ing|s|led|ling)\s+(?!forc\w*\s)(?:[\w'’-]+\s+){1,5}?to\s+(?:\w+ly\s+)?$",
    re.I,
)
#: the run of a word, to its end
_WORD_RUN = re.compile(r"[\w'’-]+")
#: after a withdrawal's verb, up to its "from": " from", " out of", " back from", " on Monday from", " late on Monday
#: from", " overnight from", " southward from", " temporarily from"
_FROM_WORD = (
    r"(?:\s+(?:out|back))?(?:\s+(?:(?:late|early)\s+)?(?:on\s+)?\w+day|\s+overnight|\s+last\s+(?:week|night|month)|"
    r"\s+(?:north|south|east|west)wards?|\s+\w+ly)*\s+(?:from|out\s+of)"
)
#: after a withdrawal's verb, its "from": " from", " out of", " on Monday from", " back from"
_FROM_AFTER = re.compile(_FROM_WORD + r"\s", re.I)
#: a pronoun made to do the verb after it: "force them to" (the side it stands for is read elsewhere)
_PRONOUN_MADE = re.compile(r"(?:them|it|him|her|us)\b", re.I)
#: a forced withdrawal's place, named right after its verb: " from Palmyra", " out from the town of X", " temporarily
#: from Y", " from such villages as Z" (not " its units from", " to the Old City", " from the area near X", " from the
#: national hospital in Raqqa", " from Manbij's outskirts")
_FROM_NAMED = re.compile(
    _FROM_WORD + r"\s+(?:the\s+)?"
    # ("from the strategic town of X", "from the ancient city of Palmyra", "from the border town of Tal Abyad")
    r"(?:(?:key|strategic|nearby|main|ancient|historic|border|hilltop|frontier|besieged|[\w-]+-held|"
    r"(?:north|south)?-?(?:north|south|east|west)(?:ern)?)\s+){0,3}"
    r"(?:(?:town|village|city|base|airbase|neighbou?rhood|district|camp|hill|villages|towns)\s+of\s+|"
    r"such\s+(?:villages|towns|areas)\s+as\s+)?"
    r"(?:(?:al|el|ad|ar|as|at|az|ash)-)?(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?:al|el|ad|ar|as|at|az|ash)[-\s])?(?-i:[A-Z])[\w'’-]*)*"
    r"(?!['’]s?\s)(?!\s+(?:in|inside|near)\s)",
    re.I,
)
#: a deal whose terms a withdrawal follows, anywhere in its sentence: "under the safe zone deal", "as part of the Sochi
#: agreement"
_UNDER_DEAL = re.compile(
    r"\b(?:(?:under(?:\s+the\s+terms\s+of)?|as\s+part\s+of|in\s+line\s+with|per|in\s+accordance\s+with|following|"
    r"within\s+the\s+framework\s+of|as\s+stipulated\s+in|pursuant\s+to|as\s+agreed\s+in)\s+(?:the\s+|an?\s+)?"
    r"(?:[\w'’-]+\s+){0,4}?|"
    # ("in a deal brokered by Russia", "through a surrender deal", "by agreement", "after a deal was reached"; not "in
    # violation of the ceasefire", "after the collapse of the truce")
    r"(?:in|through|by|after)\s+(?:the\s+|an?\s+)?(?:(?!of\b|violation\b|breach\b|collapse\b)[\w'’-]+\s+){0,2}?)"
    r"(?:deal|agreement|accord|roadmap|understanding|ceasefire|cease-fire|truce)\b(?!\s+(?:monitors?|observers?)\b)",
    re.I,
)
#: right before a side, the words that make it another's backer: "backed by ", "supported by the "
_BACKED_BEFORE = re.compile(_BACKED_BY_WORDS + r"(?:the\s+)?$", re.I)
#: between the side that forced a withdrawal and "forced": "the Islamist fighters’ counteroffensive had "
_FORCER_GAP = re.compile(
    # ("An Islamic State attack forced …", "SDF attacks forcing …", "The army's offensive had forced …")
    r"(?:(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?(?:counter-?offensive|offensive|counter-?attack|attack|assault|advance|"
    r"push|onslaught|operation|fighters|forces|troops|units|militants|militiamen|members)s?)?"
    r"\s*,?\s+(?:(?:has|have|had|also|then|eventually|\w+ly)\s+)*",
    re.I,
)
#: before the side a sentence opens on: "", "The ", "On Sunday, "
_OPENS_ON = re.compile(r"(?:[^,;.]{0,40},\s*)?(?:the\s+)?", re.I)
#: a clause closed by its comma: " stormed the town, ", " captured X after heavy clashes and "
_COMMA_ENDS = re.compile(r"[^.;]{1,150}?,\s*(?:and\s+)?", re.I)


def _word_end(sentence: str, at: int) -> int:
    """The end of the word that starts at ``at``."""
    m = _WORD_RUN.match(sentence, at)
    return m.end() if m else at


def _forcer(sentence: str, acts, t0: int, loser: str):
    """The side whose attack forced ``loser`` out, named right before "forced" ahead of the withdrawal verb at ``t0``
    ("the Islamist fighters’ counteroffensive had forced the Syrian army to withdraw from X"), or None."""
    m = _FORCED_OUT.search(sentence, max(0, t0 - 80), t0)
    if (
        m is None
        or not any(m.start() < x.start < t0 and x.actor == loser for x in acts)
        # (a place left after "from": not men or arms pulled back, "forced the army to withdraw its units from X", nor a
        # destination, "forced rebels to withdraw to the Old City")
        # ("ISIL compels FSA to evacuate Deir ez-Zor": the place left, the verb's object)
        or not (
            _FROM_AFTER.match(sentence, _word_end(sentence, t0)) or _leaves_place(sentence, _word_end(sentence, t0))
        )
        # (nor a deal's terms: "forced the SDF to withdraw from Tal Abyad under the safe zone deal")
        or _UNDER_DEAL.search(sentence) is not None
    ):
        return None
    before = [x for x in acts if x.end <= m.start() and x.actor not in ("", "civilians", "protesters")]
    named = next(
        (x for x in before if x.actor != loser and _FORCER_GAP.fullmatch(sentence, x.end, m.start())),
        None,
    )
    if named is not None and (backed := _BACKED_BEFORE.search(sentence, max(0, named.start - 30), named.start)):
        # ("Syrian troops backed by Russian jets forced IS to withdraw from X": the side backed, not its backer)
        named = next((x for x in reversed(before) if x.end <= backed.start() + 1 and x.actor != loser), named)
    if named is None and m.group("tense").lower() == "ing" and len(before) == 1 and before[0].actor != loser:
        # "Rebels stormed the town, forcing regime troops to withdraw from X": the subject the sentence opens on, the
        # only side before the participle
        x = before[0]
        if _OPENS_ON.fullmatch(sentence, 0, x.start) and _COMMA_ENDS.fullmatch(sentence, x.end, m.start()):
            named = x
    return named


#: between a withdrawal and the side that moved in as it left: " from the villages of A and B as the "
_AS_SIDE = re.compile(r"[^.;]{0,120}?\b(?:as|while|when)\s+(?:the\s+)?$", re.I)
#: after that side, its moving in: " backed by Turkish tanks advanced into them", " moved in"
_MOVED_INTO = re.compile(
    r"[^.;,]{0,50}?\b(?:(?:advanced|moved|pushed|swept|marched|rolled)\s+(?:in(?=\s*(?:[,.;]|$))|into\s+)|entered\s+)"
    r"(?=\s*(?:[,.;]|$)|them\b|it\b|the\s+(?:town|villages?|city|area|base|neighbou?rhood)\b)",
    re.I,
)


#: between a withdrawal's place and the side whose ground assault made it: " from Palmyra under assault from "
_UNDER_ASSAULT = re.compile(
    # (a ground assault's: not "under an attack by Russian warplanes", "under air attack", "under a drone attack")
    r"\s+[^.;,]{1,60}?\s+under\s+(?:an?\s+|the\s+)?"
    r"(?:(?!air\b|aerial\b|drone\b|air-?strikes?\b|missile\b|rocket\b|artillery\b)[\w-]+\s+){0,2}?"
    r"(?:assault|attack|offensive|advance)s?\s+(?:from|by)\s+(?:the\s+)?$",
    re.I,
)


def _moved_in(sentence: str, acts, t1: int, loser: str):
    """The side that moved into the place a withdrawal (ending at ``t1``) left, named in a clause of the same time
    after it ("… had withdrawn from the villages of A and B as the rebels backed by Turkish tanks advanced into
    them"), or whose ground assault made it ("IS fighters have withdrawn from Palmyra under assault from Syrian
    government forces"; not a bombardment's), or None."""
    return next(
        (
            x
            for x in acts
            if t1 < x.start
            and x.actor not in ("", "civilians", "protesters", "unidentified", loser)
            and (
                (_AS_SIDE.fullmatch(sentence, t1, x.start) and _MOVED_INTO.match(sentence, x.end))
                or (_UNDER_ASSAULT.fullmatch(sentence, t1, x.start) and not _AIRCRAFT_IN.search(x.surface))
            )
            # (the place left, named after "from": not "withdrew heavy weapons from X as the army moved in")
            and _FROM_NAMED.match(sentence, t1)
        ),
        None,
    )


#: the side a withdrawal left its place to, up to its name: "…, leaving it completely in the hands of ", "…, leaving
#: the town to the "
_LEFT_IN_HANDS = re.compile(
    r"[^.;,]{0,80}(?:,[^.;,]{1,60}){0,3}"
    r"(?P<cut>,\s+leaving\s+(?:it|them|the\s+(?:town|city|village|area|base|airport|district))\s+"
    r"(?:\w+ly\s+)?(?:in\s+the\s+hands\s+of|to)|"
    # ("…, leaving the Syrian Army in full control": the heir named first)
    # (not "… in control of the western bank": somewhere else)
    r",\s+leaving(?=\s+(?:the\s+)?[\w'’ -]{1,40}?\s+in\s+(?:full\s+|complete\s+|total\s+|sole\s+)?control\b"
    r"(?!\s+of\s+(?!(?:it|them|the\s+(?:town|city|village|area|base|hill|hills|mountains?|district|airport))\b)))|"
    # ("Ahrar al-Sham withdrew from the city of Idlib which is now under the control of Hayat Tahrir al-Sham")
    r",?\s+which\s+(?:is|are)\s+now\s+(?:under\s+(?:the\s+)?(?:full\s+)?control\s+of|controlled\s+by|held\s+by|"
    r"in\s+the\s+hands\s+of))\s+(?:the\s+)?",
    re.I,
)


def _left_in_hands(sentence: str, t1: int, acts, loser: str, places, args) -> tuple[str, list, str] | None:
    """The side a withdrawal whose words end at ``t1`` left its places to ("…, leaving it in the hands of the rebels",
    "…, leaving them to the YPG"), the places it left and the kind of the act ("capture" when left in the heir's hands
    or control, "handover" when left to it), or None: the places named right after the verb (a list of
    them, not one that only says where the first lies: "Mastouma, the largest regime base in Idlib"), each left whole
    (not "the eastern part of Kobani", nor Kobani for "Mishtenur hill near Kobani"); the heir a side on the ground (not
    "Russian air strikes", nor civilians); the report not denied or disputed after it."""
    left = _LEFT_IN_HANDS.match(sentence, t1)
    if left is None or _CLAIM_DISPUTED.search(sentence, left.end()) or _PART_LEFT.match(sentence, t1):
        return None
    heir = next(
        (
            x
            for x in acts
            # ("… in the hands of local rebel groups", "… to the Kurdish-led SDF": a describing word or two before it;
            # "… under the control of (the extremist) Hayat Tahrir al-Sham": an aside in brackets)
            if left.end() - 4 <= x.start
            and re.fullmatch(
                r"(?!mercy\b)(?:[\w'’-]+\s+|\((?:[\w'’-]+\s+){0,2}[\w'’-]+\)\s+){0,2}",
                sentence[left.end() : max(left.end(), x.start)],
            )
        ),
        None,
    )
    if (
        heir is None
        or heir.actor in ("", "unidentified", "civilians", "protesters", loser)
        or _FIRE_NOUN_AFTER.match(sentence, heir.end)
    ):
        return None
    kept: list = []
    leaving = left.start("cut")  # (the comma before "leaving", or "which")
    which = "which" in left.group("cut").lower()
    for a in sorted((a for a in args if a.role == "at"), key=lambda a: places[a.index][0]):
        a0 = places[a.index][0]
        if a0 >= leaving:
            break
        gap = sentence[places[kept[-1].index][1] : a0] if kept else sentence[t1:a0]
        if kept and _TYPE_OF_GAP.fullmatch(gap):
            kept[-1] = a  # ("the Yarmouk basin villages of Shajara and Jamla": the villages, not the region)
            continue
        if kept and not re.fullmatch(r"\s*,\s*(?:and\s+)?|\s+and\s+", gap):
            break  # (an apposition's place: "Mastouma, the largest regime base in Idlib")
        if not kept and "," in gap:
            break
        kept.append(a)
    if (
        which
        and kept
        and (
            # ("withdrew from Saraqib to Idlib city, which is now under the control of HTS": the relative is of the place
            # right before it, which the withdrawal left; not "withdrew its heavy weapons from Idlib, which …")
            not re.fullmatch(r"\s*,?\s*", sentence[places[kept[-1].index][1] : leaving])
            or not _LEFT_FROM_GAP.fullmatch(sentence, t1, places[kept[0].index][0])
        )
    ):
        return None
    # (the place left in a side's hands or control is taken by it; one left "to" a side is handed over, as is one left
    # under a deal or by a foreign force that did not fight there: "Rebels withdrew from Daraa al-Balad under a
    # Russian-brokered deal, leaving it in the hands of government forces", "US forces withdrew from the Tabqa airbase,
    # leaving it in the hands of Russian military police")
    handed = (
        re.search(r"\bto$", left.group("cut"), re.I) is not None
        or _UNDER_DEAL.search(sentence) is not None
        or loser in ("coalition", "russia")
    )
    kind = "handover" if handed else "capture"
    return (heir.actor, kept, kind) if kept else None


#: from a withdrawal's verb to the place it left: " from the city of "
_LEFT_FROM_GAP = re.compile(
    r"\s+(?:completely\s+|fully\s+)?from\s+(?:the\s+)?(?:(?:\w+\s+)?(?:town|city|village|base|airport|district)\s+of\s+)?",
    re.I,
)


#: a type word between a region and the places in it: " villages of ", " towns of the "
_TYPE_OF_GAP = re.compile(r"\s+(?:villages?|towns?|cities|areas?|districts?|neighbou?rhoods?)\s+of\s+(?:the\s+)?", re.I)
#: a share of the place left, right after the withdrawal's verb: " from the eastern part of", " partially from"
_PART_LEFT = re.compile(
    r"\s+(?:\w+ly\s+)?(?:partially\s+|partly\s+)|\s+from\s+(?:the\s+|some\s+|several\s+)?(?:[\w-]+\s+)?(?:parts?|sections?|"
    r"neighbou?rhoods?|districts?|quarters?|outskirts|edges?|positions?)\s+(?:of|in)\b",
    re.I,
)
#: a means of fire after a side's adjective: " air strikes", " warplanes", " shelling"
_FIRE_NOUN_AFTER = re.compile(
    r"\s+(?:air\s*strikes?|airstrikes|air\s+raids?|warplanes?|jets?|aircraft|bombardment|shelling|artillery|fire)\b",
    re.I,
)
#: the place a withdrawal left to a side named after it: "…, leaving the town to the regime", "handing it over to"
_LEFT_TO = re.compile(r"\b(?:leaving|handing|ceding)\b[^.;]{0,60}?\bto\b", re.I)
#: verbs of two sides acting on each other ("A and B clash", "A and B battle")
_RECIPROCAL = re.compile(r"clash(?:es|ed)?|battl(?:e|es|ed)|fight|fought", re.I)
#: an entry or a storm that drove the other side out: "…, forcing members of the X Brigade to withdraw", "… and forced
#: the rebels to retreat"
_FORCING_OUT = re.compile(
    # (all of them: not "forcing most of the terrorists to retreat", some still there)
    # ("entered the village of Deir Sonbol, the stronghold of the Revolutionaries’ Front, forcing Maarouf to pull out")
    # (not over another clause: "…, but army reinforcements soon arrived, forcing them to withdraw")
    r"(?:(?!\b(?:but|though|although|while|whereas|until|before|when|hours|days|deal|agreement|truce|accord)\b)"
    r"[^;:.]){0,110}?"
    # ("HTS entered Afrin on Oct 12 supported by … the Hamza Division forcing the Third Corps to retreat": no comma)
    # (not an aim or a manner: "aimed at forcing", "with the aim of forcing", "without forcing")
    r"(?:,\s*|\s+and\s+|(?<!\bat)(?<!\bof)(?<!\bwithout)\s+(?=forcing\b))forc(?:ing|ed)\s+(?!(?:most|some|part|many|several|dozens|hundreds|(?:the\s+)?(?:bulk|majority))\s+of\b)"
    # (people made to flee are no side driven out: "forcing thousands of residents to flee")
    r"(?!(?:[\w'’-]+\s+){0,5}?(?:residents|civilians|families|people|inhabitants|activists|villagers|locals|population|"
    r"displaced|children|women)\b)"
    r"(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){1,7}?to\s+"
    r"(?:withdraw|retreat|flee|pull\s+out|leave|evacuate)\b"
    # (nor a retreat inside the place: "forcing the rebels to retreat to the town centre")
    r"(?!\s+(?:to|into|towards?)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:cent(?:re|er)|heart|interior|inner|old\s+city|"
    r"inside)\b)|"
    # "stormed the city of Palmyra on Wednesday, fighting off pro-government forces who withdrew after …"
    r"[^;:.]{0,70}?,\s*(?:fighting|beating)\s+off\s+(?:[\w'’-]+\s+){1,6}?(?:who|which)\s+(?:then\s+|later\s+)?"
    r"(?:withdr[ae]w|retreated|fled|pulled\s+out)\b",
    re.I,
)
#: after an entry, the other side's going: "entered X after the rebel surrender", "… as the militants flee the area",
#: "… following the full evacuation of the rebels", "… after the last units of Ahrar al-Sham left the area"
_ENTRY_AFTER_EXIT = re.compile(
    r"[^;:.]{0,90}?\b(?:after|following|as)\s+(?:the\s+|their\s+)?(?:[\w'’-]+\s+){0,8}?"
    r"(?:surrender(?:ed|s)?|evacuat(?:ion|ed)|withdr[ae]wn?(?:al)?|exit|departure|left|leave|leaves|fled|flee|flees|"
    r"pulled\s+out)\b",
    re.I,
)
_ATTACKED = re.compile(r"attack(?:s|ed|ing)?", re.I)
_BOMBING = re.compile(r"bomb(?:s|ed|ing)?|bombard(?:s|ed|ing)?|pound(?:s|ed|ing)?", re.I)
#: aircraft right before a bombing verb: "Warplanes believed to be Russian were bombing X", "helicopters of the regime
#: have bombed Y"
_AIRCRAFT_BEFORE = re.compile(
    # ("Warplanes from the US-led coalition have pounded X")
    rf"\b{_AIRCRAFT_NOUN}\s+(?:(?:believed\s+to\s+be|(?:of|from)\s+the)\s+(?:[\w-]+\s+){{1,2}})?"
    r"(?:(?:were|was|have|has|had|are|is)\s+(?:been\s+)?)?(?:\w+ly\s+)?$",
    re.I,
)
#: between aircraft named as a side and their attack: "Russian warplanes attack", "the helicopters’ attack"
#: any aircraft, by the words wire copy uses: "jet fighter", "helicopter gunships", "air crafts", "UAV"
_FLYER = rf"(?:jet[-\s]?fighters?|fighter[-\s]?(?:jets?|planes?)|(?:helicopter\s+)?gunships?|war\s+planes?|UAVs?|{_AIRCRAFT_NOUN})"
#: aircraft that fire what the clause names next: "Israeli warplanes fired a number of missiles", "the UAV launched a"
_FIRED_FROM_AIR = re.compile(
    # ("Israeli jets “fired a number of missiles toward …”": the quote opening on the verb)
    rf"\b{_FLYER}\s+[“\"‘']?(?:\w+ly\s+)?(?:fired|launched|dropped|shot)"
    r"\s+(?:(?:a\s+number\s+of|several|a|an|one|two|three|four|\d+|dozens\s+of|many)\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
#: aircraft right before an attack verb: "A Syrian government jet fighter attacked X"
#: guns right before a verb: "Turkish artillery destroyed X", "the army's rocket launchers destroyed Y"
_WITH_GUNS_AFTER = re.compile(
    r"(?:(?!\b(?:after|during|following|amid)\b)[^,;.]){0,80}?(?<!armed\s)(?<!equipped\s)\bwith\s+(?:\w+\s+){0,2}?"
    r"(?:artillery|rockets?|missiles?|tank\s+shells|shells|mortars?)\b",
    re.I,
)
#: a fight told after an attack's guns: "… and tried to storm it", "… and then clashed with troops"
_FIGHT_TOLD_AFTER = re.compile(r"\b(?:storm\w*|clash\w*|fought|fight\w*|battl\w*|assault\w*)\b", re.I)
_GUNS_BEFORE = re.compile(
    r"\b(?:artillery|tanks?|rocket\s+launchers?|mortars?|missiles?|rockets?|cannons?)\s+(?:\w+ly\s+)?$", re.I
)
_FLYER_BEFORE = re.compile(rf"\b{_FLYER}\s+(?:(?:have|has|had)\s+)?(?:\w+ly\s+)?$", re.I)
#: (and the verb that launches the attacks: "The Syrian and Russian air forces launched heavy attacks against X")
_AIRCRAFT_GAP = re.compile(
    r"[’']?\s+(?:(?:launch(?:ed|es)?|carr(?:ied|y|ies)\s+out|conducted|waged)\s+(?:a\s+series\s+of\s+)?)?"
    r"(?:(?:intense|intensive|heavy|violent|new|renewed|fresh)\s+)?",
    re.I,
)
#: support named after the side that gives it: " air support", " backing" (also geo.events')
SUPPORT_WORDS = r"\s+(?:air\s+|military\s+)?(?:support|backing|cover)\b"
_WITH_SUPPORT = re.compile(SUPPORT_WORDS, re.I)
_WIDENED_IN = re.compile(r"(?:expand|extend|increas|tighten)\w*\b.*\bin", re.I)
_ORDER_RESTORED = re.compile(
    r"(?:restor|return)\w*\s+\W?(?:full\s+)?(?:security|stability|safety|peace|calm\s+and\s+(?:security|stability))",
    re.I,
)
_VICTORY = re.compile(r"declar\w*\s+(?:its\s+|their\s+)?victory", re.I)
#: a person "from X": X is where the person comes from
_ORIGIN = re.compile(
    r"\b(?:man|men|woman|women|youths?|young\s+(?:man|men)|people|persons?|civilians?|citizens?|child(?:ren)?|boys?|"
    r"girls?|residents|displaced|family|families)\s+(?:\w+\s+){0,3}?from\s+(?:the\s+)?(?:(?:city|town|village|"
    r"countryside|outskirts|(?:north|south|east|west)\w*)\s+(?:of\s+)?(?:the\s+)?)*$",
    re.I,
)
#: where aircraft fly from, told after them: "warplanes belonging to the Russian base in ", "jets stationed at "
_AIRCRAFT_HOME = re.compile(
    r"\b(?:war)?(?:planes|aircraft|jets|helicopters|drones)\s+(?:belonging\s+to|based\s+(?:in|at)|stationed\s+(?:in|at)|"
    r"taking\s+off\s+from|that\s+took\s+off\s+from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:air\s*)?base\s+(?:in|at|of)\s+)?"
    r"(?:the\s+)?$",
    re.I,
)
#: a purpose after the event word: the places after it are aimed at, not where the event happened
_OBJECTIVE = re.compile(
    r"\b(?:aim(?:s|ed|ing)?|seek(?:s|ing)?|sought|plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|"
    r"threat(?:en|ens|ened|ening))\s+to\b|"
    r"\b(?:in\s+order|so\s+as)\s+to\b",
    re.I,
)
#: "… and 150 detainees …", "… and a rebel fighter loses his life in Daraa": a new conjunct with its own subject
#: ("and a village near X", "and two towns of X" stay in the list)
_NEW_CONJUNCT = re.compile(
    r"\band\s+(?:(?:a|an|\d+|dozens|tens|hundreds|several|many)\s+(?!(?:(?:new|more|other|nearby|small)\s+)?(?:villages?|towns?|"
    r"hills?|points?|positions?|farms?|areas?|neighbou?rhoods?|sites?|cities|city)\b)|"
    # "Warplanes bomb A and people with medical conditions get out of B": people as a subject open another statement
    r"(?:the\s+)?(?:people|residents|citizens|families|refugees|displaced|patients)\s+"
    r"(?!of\b|(?:were\s+|are\s+)?(?:killed|injured|wounded)\b)|"
    # "Aerial bombardment on Homs countryside and Food aids reach Kafria and al-Fouaa": relief as a new subject
    r"(?:the\s+)?(?:food\s+|humanitarian\s+|relief\s+)?(?:aids?|aid\s+convoys?|relief\s+convoys?)\s+(?!of\b))",
    re.I,
)
#: kinds whose nouns are coordinated with a shared place: "clashes and shelling in X"
#: a clause that opens on the toll of the act before it: ", and killed six people, including students"
_AND_KILLED_PEOPLE = re.compile(
    r"\s*,?\s*and\s+(?:also\s+)?kill(?:ed|ing|s)?\s+(?:at\s+least\s+|about\s+|more\s+than\s+)?"
    rf"(?:{_NUM}|several|dozens|many)\s+(?:[\w-]+\s+){{0,2}}?(?:people|civilians|persons|citizens|children|women|residents)\b",
    re.I,
)
_SHARING = ("clash", "strike", "shelling", "bombing", "explosive", "suicide", "generic", "violence")
_COORDINATED = re.compile(
    # ("a ground and air assault on X": the air's part of the assault named after it)
    r"(?<=\bair)\s+|"
    # (the noun an instrument word qualifies: "air and artillery strikes accompany the battle in X")
    r"(?:\s+strikes?)?\s*(?:,\s*|&\s*|(?:,\s*)?\b(?:and|or|with)\s+|accompan(?:y|ies|ied|ying)\s+(?:by\s+)?|in\s+conjunction\s+with\s+)(?:the\s+)?"
    r"(?:(?:intense|intensive|intensified|violent|heavy|renewed|"
    r"continued|continuous|ongoing|more|new|preliminary|fierce|mutual|ground|land|aerial|air|mad|sporadic|"
    r"hit-and-run|most|largest|biggest|heaviest|fiercest|bloody|bloodiest)\s+)*(?:the\s+fall\s+of\s+)?",
    re.I,
)


def _where(sentence, places, triggers, clause) -> list[Argument]:
    """The places of a "where" clause after the event's target: "a missile bombing targeted a headquarter where
    al-Nusra … were having a meeting … in Salqin", "Detonating a building where fighters … took position in at the
    Eastern Ghouta" (up to the clause's own next event word)."""
    w0, w1 = clause[0], clause[1]
    end = min([w1] + [t[0] for t in triggers if t[0] > w0])
    return [
        Argument(i, "at")
        for i, (s, e) in enumerate(places)
        if w0 <= s and e <= end and _IN_BEFORE.search(sentence, max(0, s - 16), s)
    ]


_IN_BEFORE = re.compile(r"\b(?:in|at|inside)\s+(?:the\s+)?$", re.I)


def _shared_arguments(sentence, places, triggers, ti, c0, c1, owners=None) -> list[Argument]:
    """The places of the next event noun a trigger is coordinated with: in "clashes and
    shelling in X" and "raids, barrels and missiles target X" each noun happened at X (also when a side
    owns the next noun: "battles with coalition shelling in X")."""
    owners = owners or {}
    j = ti
    while (
        j + 1 < len(triggers)
        and triggers[j + 1][0] < c1
        and triggers[j + 1][2] in _SHARING
        and _COORDINATED.fullmatch(
            sentence,
            _past_sides(sentence, triggers[j]),
            owners[nxt0].start if (nxt0 := triggers[j + 1][0]) in owners else nxt0,
        )
    ):
        j += 1
    if j == ti:
        return []
    t0, t1, kind, voice = triggers[j]
    nxt = min([c1] + [t[0] for t in triggers[j + 1 :] if t[0] >= t1])
    # "bombing by warplanes and helicopter and shelling on their positions": the last noun's antecedent
    return _arguments(sentence, places, t0, t1, voice, kind, c0, c1, t1, nxt) or _antecedent(
        sentence, places, t0, t1, nxt
    )


#: who fights whom after a clash word, before what goes with it: "Clashes continue between the SDF and the
#: Turkish-backed factions with intense shelling in X" (the clashes are in X too)
_BETWEEN_SIDES = re.compile(
    r"\s+(?:\w+ly\s+)?(?:(?:continue|rage|erupt|renew|resume)[sd]?\s+)?(?:\w+ly\s+)?between\s+[^,;]{1,80}?(?=\s+with\s)",
    re.I,
)


def _past_sides(sentence: str, trigger) -> int:
    """Where a clash word's phrase ends once the sides it names are passed (see :data:`_BETWEEN_SIDES`)."""
    _, t1, kind, _ = trigger
    m = _BETWEEN_SIDES.match(sentence, t1) if kind == "clash" else None
    return m.end() if m else t1


#: a quarter of the city named before, after a transfer's verb: " the city's largest opposition-controlled district"
_CITYS_QUARTER_NEXT = re.compile(
    r"\s+the\s+(?:city|town)['’]s\s+(?:[\w-]+\s+){0,3}?(?:districts?|neighbou?rhoods?|quarters?|suburbs?)\b", re.I
)
#: a quarter of the place right before, in its possessive: "'s largest opposition-controlled district" (unnamed)
_OWNERS_QUARTER_AFTER = re.compile(
    # (ranked or held: not "Homs's old quarter", one named place)
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:largest|biggest|main|key|last|remaining|[\w]+-(?:held|controlled))\s+"
    r"(?:[\w-]+\s+){0,2}?(?:districts?|neighbou?rhoods?|quarters?|suburbs?)\b(?!\s+of\b)(?!\s+(?-i:[A-Z]))",
    re.I,
)
#: what a place named before looks over: ", overlooking town of ", " overlooking the village of "
_OVERLOOKING_BEFORE = re.compile(
    # ("overlooking the Syrian town of Kobane": a country's adjective before the type word)
    r"\boverlook(?:ing|s)\s+(?:the\s+)?(?:(?:(?-i:[A-Z])[a-z]+\s+)?(?:town|village|city|road|highway|plain)\s+(?:of\s+)?|"
    # ("overlooking the eastern neighbourhoods of Homs city")
    r"(?:[\w-]+\s+)?(?:neighbou?rhoods|districts|quarters)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
_OVERLOOKED_GAP = re.compile(r"\s*(?:,\s*and|,|and|in|near)\s+(?:the\s+)?", re.I)
#: ground told by the places that bound it: "an enclave between the cities of ", "the pocket between Homs and "
_AREA_BETWEEN = re.compile(
    r"\b(?:enclaves?|pockets?)\s+between\s+"
    r"(?:the\s+)?(?:(?:cities|towns|villages|provinces|governorates)\s+of\s+)?"
    r"(?:(?:[\w'’-]+\s+){1,3}(?:and|&)\s+)?$",
    re.I,
)
#: a road taken named by its ends, up to one of them: "the main road from the capital ", "the highway linking Damascus
#: to "
_ROAD_TAKEN_ENDS = re.compile(
    r"\s+(?:(?:full|complete|total)\s+)?(?:control\s+(?:of|over)\s+)?(?:the\s+)?(?:(?:main|strategic|key|vital|"
    r"international|old|new|desert)\s+)?(?:roads?|highways?|motorways?|routes?)\s+(?:(?:running|leading)\s+)?"
    r"(?:from|between|linking|connecting)\s+[^,;.]{0,50}",
    re.I,
)
_ROAD_TO = re.compile(r"\b(?:roads?|routes?|highways?|entrances?|approaches)\s+(?:leading\s+)?to\s+(?:the\s+)?$", re.I)
_ROAD_AFTER = re.compile(
    r"^\s*(?:[–—-]\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+)?(?:(?:international|main|old|new|strategic)\s+)?"
    r"(?:road|highway|motorway)\b",
    re.I,
)
#: ("have taken near complete control of Manbij", "almost captured X": not the whole place, or not yet)
_MOSTLY = re.compile(r"\b(?:largely|mostly|partially|partly|near|nearly|almost|virtually)\s+$", re.I)
#: the same share inside a trigger: "falls largely to"
_MOSTLY_WITHIN = re.compile(r"\b(?:largely|mostly|partially|partly)\s", re.I)
_PARTIAL = re.compile(
    # "seize nearly the whole city of X", "almost all of X": a share of it, not the place
    r"\b(?:nearly|almost|virtually|approximately|about)\s+(?:the\s+)?(?:whole|entire|entirety|all)\b|"
    # "Capture More of Aleppo": a further share of it
    r"\bmore\s+of\b|"
    # (not "the Homs neighbourhood of Baba Amr", "the nearby neighbourhoods of A and B": the quarters named)
    # ("captured the majority of Sheikh Miskeen")
    r"%|\b(?:parts?|most|much|bulk|half|majority|(?<!entire\s)(?<!whole\s)(?<!urban\s)areas?|"
    + _NOT_NEARBY
    + r"neighbou?rhoods|"
    # ("a new neighbourhood in Raqqa", "the biggest neighbourhood in Deir Ezzor city": one quarter of the city)
    r"an?\s+(?:\w+\s+)?neighbou?rhood|neighbou?rhood(?!\s+of\b)|positions?|"
    r"sections?|points?|farms?|hills?|outskirts|"
    # a site of or beside a town is not the town: "control the airport of X", "buildings in X", "the road
    # between X and Y", "hills overlooking X" (the gold's rule: only the place named changes hands)
    r"airports?|air\s+bases?|airbases?|castles?|citadels?|entrances?|gates?|crossroads|junctions?|checkpoints?|"
    # ("seized the headquarters of the rebel brigade of the Yarmouk Martyrs in the town of Taseel")
    r"buildings?|roads?|highways?|bridges?|silos?|factor(?:y|ies)|stations?|towers?|quarters?|headquarters|"
    r"offices?)\s+"
    r"(?:of|in|near|around|overlooking|surrounding|between|outside)\b",
    re.I,
)
#: a share right before a passive's place: "The western part of Syria's Tal Abyad district was cleared of YPG"
_PARTIAL_BEFORE = re.compile(
    "(?:" + _PARTIAL.pattern + r")\s+(?:the\s+)?(?:(?:town|village|city|district)\s+of\s+)?(?:[A-Z][\w'’-]*['’]s\s+)?$",
    re.I,
)
_FEATURES_AFTER = re.compile(
    r"\s+(?:hills|heights|farms|orchards|silos|checkpoints|positions|outskirts|suburbs|entrances?|junction|"
    r"crossroads|roundabout|"
    # ("took control of the Raqqa governor's building": an office in the city, not the city)
    r"(?:governor|mayor|police|security|army|party)(?:['’]s?)?\s+(?:building|offices?|palace|residence|headquarters|"
    r"house|compound|station)s?|"
    # ("regained control of the Baniyas power station": a plant by the town, not the town)
    r"power\s+(?:station|plant)s?|(?:oil\s+)?refinery|gas\s+plant)\b",
    re.I,
)
_PARTIAL_AFTER = re.compile(
    r"\s*(?:almost|nearly|mostly|largely|partially|partly)\s+(?:entirely|completely|fully|all)?\b", re.I
)
_NEXT_VERB = re.compile(
    r"\band\s+(?!(?:the|its|their|his|her|our|a|an|other|several|some|all|both|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|many|numerous|dozens|tens|"
    # ("clashes between regime forces and armed groups in X": a side, not the verb "armed")
    r"armed\s+(?:groups?|men|factions?|opposition|gangs?|militias?|fighters|rebels)|"
    r"villages?|towns?|hills?|farms?|areas?|positions?|surroundings|countryside|outskirts|vicinity|nearby|"
    r"neighbou?rhoods?|cities|city|parts?|regions?|localit(?:y|ies)|of|in|near|around|at|on|to|"
    # "shelling villages and frontlines of X": more ground of the same target
    r"front-?lines?|fronts?|axes|axis|outposts?|districts?|quarters?|streets?|hamlets?|mountains?|plains?|"
    # "in the northern countryside of Latakia and eastern countryside of Aleppo": a second region of the list
    r"(?:north|south|east|west|central|middle)\w*|"
    # ("seized full control of both ancient and modern Palmyra": the place's parts)
    r"modern|ancient|upper|lower|inner|outer|greater|"
    # nouns listed after a target ("ISIS positions and vehicles near Idlib"): not a next verb
    r"vehicles?|equipment|weapons?|ammunition|depots?|warehouses?|headquarters|sites?|points?|checkpoints?|"
    # ("strikes against positions, convoys of vehicles and supply routes of the terrorist groups in X")
    r"supply\s+(?:routes?|lines?|depots?|convoys?)|"
    r"camps?|bases?|convoys?|gatherings?|concentrations?|members|fighters|elements|militants|soldiers|troops|"
    r"buildings?|houses?|homes?|roads?|bridges?|wells?|fields?|civilians|people|"
    # ("burned houses and shops in X", "burning its headquarters and ammo depots in Harasta": property listed)
    r"shops?|stores?|restaurants?|properties|crops|ammo|offices?|"
    # victims listed after a number ("13 people including 6 children and women in X"): not a next verb
    r"women|children|men|elderly|others|wounded|injured|"
    # kin of a victim: "a man and his sons and grandsons in X"
    r"(?:grand)?(?:sons?|daughters?|children|fathers?|mothers?)|brothers?|sisters?|wife|wives|husbands?|relatives|"
    r"nephews?|nieces?|cousins?|famil(?:y|ies)|kids|babies|infants|persons|citizens|residents|"
    # the same act's toll: "kill 21 people and injure others in X"
    r"injures?|wounds?|injuring|wounding|injuries|"
    # "a fruit and vegetable market in X": one target
    r"vegetables?)\b)(?=[a-z]{3,}\b)",
)
#: a next verb done to the same people: "… and crucified them", "… and mutilated their bodies"
_SAME_VICTIMS = re.compile(r"[a-z]+\s+(?:them|him|her|their\s+bodies|his\s+body|her\s+body)\b", re.I)
_AND_THE = re.compile(r"\band\s+(?:the\s+)?[“\"']?$", re.I)
#: "and (human) losses", "and casualties": the toll after an act, read as a next verb by :data:`_NEXT_VERB`
_AND_TOLL = re.compile(r"and\s+(?:human\s+)?(?:losses|casualties|martyrs|deaths|dead|victims)\b", re.I)
_MODIFIER_END = re.compile(r"\b(?:air|aerial|artillery|missile|rocket|ground)\s+$", re.I)
#: "… and tens of shells target X": weapons as a new clause's subject
_AND_WEAPONS = re.compile(
    r"\band\s+(?:the\s+)?(?:(?:tens|dozens|hundreds|several|more|\d+)\s+(?:of\s+)?)?(?:[a-z-]+\s+)?$", re.I
)
#: a verb after a subject: "and the coalition kills", not "and HTS positions in X"
_VERB_AFTER = re.compile(
    r"[”\"']?\s+(?!(?:positions?|sites?|posts?|headquarters|bases?|areas?|points?|fighters|members|forces|militias?|"
    r"convoys?|vehicles?|gatherings?|elements|troops|units|lines|territory|organi[sz]ations?|groups?|operations?|"
    r"movement|front|brigades?|factions?|in|at|on|near|of|and|to|from|with|by|against|versus|vs|inside|outside|around|"
    r"(?:north|south|east|west)\w*)\b)"  # "the factions and the Kurdish units west of Aleppo": a place follows
    r"[a-z]{3,}\b"
)
_BREAK = re.compile(r"\b(?:break|breaks|breaking|broke|lift|lifts|lifting|lifted)\s+(?:the\s+)?$", re.I)
#: a siege broken, with the besieger named in it: "break ISIS siege", "broke a three-year Islamic State siege", "broke
#: the government siege", "lifted the years-long regime siege" (group ``who``: up to four words, the besieger's name)
_SIEGE_BROKEN = re.compile(
    # ("Syrian Troops End Multi-Year ISIS Siege on Aleppo Air Base")
    r"\b(?:break|breaks|breaking|broke|broken|lift|lifts|lifting|lifted|end|ends|ending|ended)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w-]+-(?:year|month|week|day)s?(?:-long|-old)?\s+|years-long\s+|long\s+)?(?P<who>(?:[\w’'-]+\s+){1,4})$",
    re.I,
)
_SIEGE_WORD = re.compile(r"sieges?|blockade", re.I)
_COUNTED_PEOPLE_BEFORE = re.compile(
    r"(?:^|[;,]\s*)(?:about\s+|at\s+least\s+|more\s+than\s+|nearly\s+)?\d+\s+(?:[\w-]+\s+){0,2}?"
    r"(?:civilians?|people|persons|citizens|children|women|men|casualties|members|fighters|soldiers|militants|"
    r"elements|policemen)\s+$",
    re.I,
)
_WERE_BEFORE = re.compile(r"\b(?:were|was|been|being|are|is)\s+(?:\w+ly\s+)?$", re.I)
_KILLED_IN_ACT = re.compile(
    r"[^;.]{0,80}?(?:[’']s\s+(?:[\w-]+\s+){0,2}(?:air\s*strikes?|raids?|shelling|bombing|shells|missiles|rockets|attacks?)|"
    r"\b(?:in|during|by)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}(?:bombing|attack|shelling|strike|air\s*strike|"
    r"explosion|raid|ambush|clashes|fighting|battle|massacre|targeting)s?\b|"
    r"\b(?:in|during|over|within)\s+(?:about\s+|nearly\s+|more\s+than\s+|the\s+past\s+|the\s+last\s+)?\d+\s+"
    r"(?:days|weeks|months|hours))",
    re.I,
)
#: a side's fire after "killed": "killed Monday by Syrian regime shelling" (the shelling's toll, one act)
_KILLED_BY_FIRE = re.compile(
    # ("killed by Syrian army air raids on X")
    rf"(?:\s+{_WHEN_WORD})?\s+by\s+(?:(?-i:[A-Z])[\w-]*\s+){{0,2}}(?:[\w-]+\s+){{0,2}}(?:shelling|bombardment|air\s*strikes?|"
    r"raids?|artillery\s+fire)\b",
    re.I,
)
_BY_SIDE = re.compile(
    # (" by Syrian rebels"; " overnight by IS", " on Friday by the SDF")
    rf"\s+(?:{_WHEN_WORD}\s+)?by\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s+){{0,2}}",
    re.I,
)
#: "(a barrel bomb) was dropped from a Syrian Army helicopter": the words between the weapon and the side whose
#: aircraft or ship launched it
_FROM_AN = re.compile(
    r"\s+(?:(?:was|were|been|being)\s+)?(?:(?:dropped|fired|launched|shot)\s+)?from\s+(?:an?|the)\s+", re.I
)
_LAUNCHER = re.compile(rf"\s+(?:military\s+)?(?:{_AIRCRAFT_NOUN}|(?:war)?ships?)\b", re.I)


def _launched_from(sentence: str, t1: int, after_acts):
    """The side whose aircraft or ship a weapon came from ("dropped from a Syrian Army helicopter"), or None."""
    return next(
        (x for x in after_acts if _FROM_AN.fullmatch(sentence, t1, x.start) and _LAUNCHER.match(sentence, x.end)),
        None,
    )


_NOUN_AND = re.compile(r"\s*(?:,\s*|\s+and\s+|\s*&\s*)", re.I)  # (not "Russian raids and intensive artillery shelling")
#: relief dropped from the air: "drop (humanitarian) aid on X", "Aid (was) dropped over X"
_AID_WORDS = r"(?:humanitarian\s+|food\s+|relief\s+)?(?:aid|supplies|food|relief|parcels|ammunition|weapons)"
_AID_AFTER = re.compile(rf"\s+(?:off\s+)?(?:\d+\s+|tons\s+of\s+|more\s+)?{_AID_WORDS}\b", re.I)
_AID_BEFORE = re.compile(rf"\b{_AID_WORDS}\s+(?:(?:was|were|is|are|being)\s+)?(?:\w+ly\s+)?$", re.I)
#: an active killing whose toll an attack after it tells: "kills 5 regime forces in an attack on", "killed 12 soldiers in
#: a dawn attack" (not "killed by X in an attack": the side after "by" is the killer)
_KILLS_IN = re.compile(
    r"\bkill(?:s|ed)?\s+(?!by\b)[^,;:]{1,60}?\s+in\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}$", re.I
)
#: a passive killing by a side whose toll an attack after it tells: "5 regime soldiers killed by ISIS in an attack on"
_KILLED_BY_IN = re.compile(
    r"\bkilled\s+by\s+[^,;:]{1,40}?\s+in\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}$", re.I
)


def _killing_sides(sentence: str, c0: int, t0: int, acts) -> tuple[str, str] | None:
    """(attacker, attacked) of an attack noun at ``t0`` whose toll a killing before it in its clause tells: "Islamic
    State kills 5 regime forces in an attack on X" (the killers before "kills", the killed after it: the side nearest
    the noun is its victim, not its owner); "5 regime soldiers killed by ISIS in an attack on X" (the side after "by"
    attacked those before "killed", and wins over the first reading); "14 HTS militants and 12 NLF fighters were
    killed in the clashes" (the sides counted, in their order); None when none names two sides."""
    sides = None
    active = _KILLS_IN.search(sentence, c0, t0)
    if active:
        killers = [x for x in acts if c0 <= x.start and x.end <= active.start()]
        victims = [x for x in acts if active.start() <= x.start and x.end <= t0]
        # ("The Turkish military and Syrian rebels killed 32 IS militants in clashes": the first of the killers)
        killer = _first_of_coordination(sentence, killers) if killers else None
        if killer is not None and victims and killer.actor != victims[0].actor:
            sides = (killer.actor, victims[0].actor)
    passive = _KILLED_BY_IN.search(sentence, c0, t0)
    if passive:
        victims = [x for x in acts if c0 <= x.start and x.end <= passive.start()]
        killers = [x for x in acts if passive.start() <= x.start and x.end <= t0]
        if killers and victims and killers[0].actor != victims[-1].actor:
            sides = (killers[0].actor, victims[-1].actor)
    if sides is None and _KILLED_IN_BEFORE.search(sentence, max(c0, t0 - 40), t0) and _FIGHTING.match(sentence, t0):
        # "at least 14 HTS militants and 12 NLF fighters were killed in the clashes": the sides whose dead are counted
        # fought each other
        counted = [
            x.actor for x in acts if x.end <= t0 and _COUNT_BEFORE.search(sentence, max(0, x.start - 25), x.start)
        ]
        both = [a for a in dict.fromkeys(counted) if a not in ("", "civilians")]
        # (not allies: "Five regime soldiers and three Iranian fighters were killed in the battles")
        sides = (both[0], both[1]) if len(both) >= 2 and not set(both[:2]) <= _REGIME_CAMP else None
    return sides


#: an attack named by its owner after "of": "the joint attack of "
_ATTACK_OF = re.compile(r"\b(?:attacks?|assaults?|offensives?|attempts?)\s+of\s+(?:the\s+)?$", re.I)
_IMPOSED_BY = re.compile(r"\s+(?:imposed|laid|placed)\s+by\s+(?:the\s+)?", re.I)
#: a siege told broken in the passive, up to its agent: " … has been broken by (the) "
_SIEGE_BROKEN_BY = re.compile(
    r"[^.;]{0,100}?\b(?:has|have|had|was|were)\s+(?:been\s+)?(?:broken|broke|lifted|ended)\s+by\s+", re.I
)
_SHRINK = re.compile(r"decreas|reduc|shrink", re.I)


def _offensive_agent(sentence: str, acts, t1: int, loser: str, *, retaken: bool = False) -> ActorMention | None:
    """The side whose offensive a passive capture ending at ``t1`` came in, named soon after it ("IS has been ousted
    from Manbij after a two-month offensive by the SDF"), or None; ``retaken``: the verb tells a place taken back."""
    return next(
        (
            x
            for x in acts
            if x.actor not in ("", loser, "civilians")
            and 0 < x.start - t1 <= 120
            and (
                _CAMPAIGN_BY.search(sentence, max(t1, x.start - 60), x.start) is not None
                # ("Al-Mastumah was completely liberated after al-Nusra Front stormed it from the south"; not a place
                # taken back from the side that stormed it: "Al-Fuah was recaptured hours after rebels stormed it")
                or (
                    not retaken
                    and _LEFT_AFTER.search(sentence, max(t1, x.start - 20), x.start) is not None
                    and _STORMED_NEXT.match(sentence, x.end) is not None
                )
            )
            and not re.search(r"[;.]", sentence[t1 : x.start])
        ),
        None,
    )


#: a side's assault on a place, right after its name: " stormed", " had attacked", " broke into"
_STORMED_NEXT = re.compile(r"\s+(?:had\s+)?(?:stormed|attacked|assaulted|overran|broke\s+into)\b", re.I)
#: an offensive's agent after a passive capture: "after a two-month offensive by the ", "in an operation launched by "
_CAMPAIGN_BY = re.compile(
    r"\b(?:offensive|operation|campaign|assault|attack|push|advance)\s+(?:[\w-]+\s+){0,2}?by\s+(?:the\s+)?$", re.I
)
#: a side named as a deal's other party ("under a deal with the "), for its spokesman (" spokesman Redur Xelil") or as
#: the speaker (", the Syrian military announced"): no winner of the place a side was driven out of
_DEAL_WITH_BEFORE = re.compile(r"\b(?:deal|agreement|accord|truce|talks)\s+with\s+(?:the\s+)?$", re.I)
_SPOKESMAN_AFTER = re.compile(
    r"\s+(?:spokes(?:man|woman|person)|official|commander|source|media|statement|said|says|announced|reported|stated)\b",
    re.I,
)
_EXPEL = re.compile(
    r"expel|drove|drives?|driving|driven|kick(?:ed|s|ing)?|push(?:ed|es|ing)?|rout|clear|evict|oust|sweep|swept|forc|"
    r"dislodg|beat|cleans|purg|flush",
    re.I,
)
_DIRECT = re.compile(
    # (a quote closing on the verb: "has “fully liberated” the town of X"; a day right after it: "liberated on Monday the
    # town of al-Shajara", "captured on Sunday March 16, 2014 the city of Yabroud")
    # ("took control of this morning, Friday, the village of X": a translation's time before the object)
    r"(?:\s+(?:of\s+)?this\s+(?:morning|afternoon|evening),\s+\w+day,?(?=\s+the\s))?"
    r"[”\"’']?(?:\s+(?:on\s+|late\s+on\s+|early\s+on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?:,?\s+" + _MONTH_NAMES + r"\s+\d{1,2})?|" + _MONTH_NAMES + r"\s+\d{1,2})(?:,?\s+\d{4})?(?:\s+(?:morning|"
    # ("retaken all of the south-western Dahiyat al-Assad district": the whole of it)
    # ("seize the whole of the al-Omar oilfield")
    r"afternoon|evening|night))?,?(?=\s+the\s))?\s*[‘“'\"]?(?:(?:all|the\s+(?:whole|entirety))\s+of\s+(?=the\s))?"
    r"(?:the\s+|both\s+)?"
    r"(?:(?:north|south|east|west)[\w-]*\s+)?(?:[A-Z][\w-]+\s+){0,2}?"
    # ("ousted ISIS from its largest remaining stronghold of Hajin": the side's own stronghold, named)
    # ("ousted Islamic State from its de facto capital of Raqqa")
    r"(?:(?:its|their)\s+(?=(?:[\w-]+\s+){0,3}?(?:stronghold|bastion|base|town|city|capital)s?\s+of\s)"
    r"(?:(?:de\s+facto|self-declared|self-styled|so-called)\s+)?)?"
    # ("the country's capital Damascus", "the province's main city", "IS’ former stronghold of X")
    # ("the Islamic State’s (ISIS) last stronghold, Albukamal": the owner's short name in brackets)
    r"(?:(?:[A-Z][\w-]+|country|nation|province|region|governorate)['’]s?\s+(?:\((?-i:[A-Z])[\w-]*\)\s+)?)?"
    # wire adjectives: "the northern Syrian town of al-Bab", "the historic town of Palmyra", "the IS-held city of X"
    # ("IS’ last stronghold of Hajar al-Aswad")
    r"(?:(?:(?:last|final|urban|remaining|" + _SITE_ADJECTIVES + r"|[A-Z][a-z]+(?:ian|ish|ese|i)|"
    r"(?:north|south|east|west)\w*|[\w-]+-(?:held|controlled|run|rich|populated|dominated|majority|inhabited)|"
    # ("the Islamic State (IS)-held town of Qusair")
    r"\((?-i:[A-Z])[\w-]*\)-(?:held|controlled|run|dominated)|"
    # ("the mainly-Armenian populated town of Kessab")
    r"(?:mainly|mostly|predominantly|largely)-[A-Z][a-z]+|populated|inhabited)\s+)*"
    # ("have taken control of the town center of Afrin": its centre, the town taken)
    r"(?:(?:town|city)\s+cent(?:er|re)|capital(?:\s+city)?|town|village|city|hilltop|hill|peak|summit|base|airbase|air\s+base|airport|district|"
    # ("have taken control of the besieged Damascus suburb of Daraya")
    r"neighbou?rhood|crossing|dam|mountain|heights?|villages|towns|hills|township|settlement|hamlet|station|camp|suburb(?!s\b)|"
    # ("have completely taken the IS bastion of Al-Bab")
    r"oil\s*field|gas\s*field|field|farms?|bridge|factory|battalion|brigade|bastion|stronghold)s?"
    + _AND_TYPES
    # ("recapture rebel-controlled town, Rabia, with Russian help": the name set off by a comma)
    + r"(?:\s+(?:of\s+)?(?:the\s+)?|\s*,\s*))?"
    r"(?:(?:(?:al|el)[-\s])?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s*(?:,|and|&)\s*)*"  # unplaced names of the list
    r"(?:(?:al|el)[-\s])?[‘“\"']?|"
    # ("Turkey seized control, with the help of Syrian rebel allies, of the Jinderes town": the allies set off between
    # the verb's words and its object)
    r"\s+(?:full\s+|complete\s+)?control\s*,\s*(?:with\s+the\s+(?:help|support|backing|aid)\s+of|(?:backed|supported|"
    r"aided|assisted)\s+by|alongside|together\s+with)\s+[^,;.]{1,60},\s*(?:of|over)\s+(?:the\s+)?"
    r"(?:(?:town|village|city)\s+of\s+)?|"
    # ("The army's capture earlier this week of Suran": a noun's time before its "of")
    r"\s+(?:earlier\s+this|last)\s+(?:week|month)\s+of\s+(?:the\s+)?|"
    # "the strategic Second Station ((T 2))": a name the parenthesis restates as the place placed
    r"\s*(?:the\s+)?(?:(?:strategic|key|important|main|nearby)\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s*\(\(?\s*|"
    # ("had taken four villages — Zalaqiat, al-Masasnah, al-Buwaydah (see map), and Zileen": the villages counted, then
    # named)
    r"\s*(?:the\s+)?" + _COUNTED_PLACES + r"\s*(?:,|[–—:]|\s+namely)\s*"
    r"(?:(?:(?:al|el)[-\s])?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s*\([^()]{1,15}\))?\s*(?:,\s*and|,|and|&)\s*)*"
    r"(?:(?:al|el)[-\s])?|"
    # "recaptured from Islamic State (IS) the town of al-Qaryatayn": the side it was taken from before the place
    r"\s+from\s+(?:[\w'’()-]+\s+){1,5}?the\s+(?:town|village|city|neighbou?rhood|district|hill)\s+of\s+|"
    # ("impose their full control on the entire area of Afrin": all of it)
    r"\s*the\s+(?:entire|whole)\s+(?:(?:area|region|city|town)\s+of\s+)?|"
    r"\s*(?:the\s+)?last\s+(?:[\w'’-]+\s+){0,3}?(?:pocket|stronghold|bastion|positions?|neighbou?rhoods?|areas?|"
    r"parts?|districts?)\s+(?:\w+\s+){0,2}?(?:in|of)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?",
    re.I,
)
#: "north of Suwar town" after an unplaced name locates that name ("captured Kharba and al Hussieniya north of
#: Suwar town and Jana village"): the name is one more item of the list, not a container
_BEARING_OF = re.compile(r"(?:north|south|east|west)\w*\s+of\b", re.I)
_UNPLACED_TAIL = re.compile(r"(?:(?:al|el)[-\s])?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+$")


#: the last "from" of the words between an expelling verb and its place
#: the last "from" (or "out of") before a place: "drove IS out of the historic city of Palmyra" is driven from it
_FROM_LAST = re.compile(r".*\b(?:from|out\s+of)\b", re.I | re.S)


def _expelled_from(sentence: str, t0: int, t1: int, s: int) -> bool:
    """Whether the place at ``s`` is what the verb at ``t0:t1`` drove a side out of: "expelled jihadists from the
    Islamic State group IS from the border Kurdish town of Kobani", "routed rebels from the strategic town of
    Al-Qusayr" (the place taken, however long the side's name before it)."""
    if not _EXPEL.match(sentence, t0, t1):
        return False
    last = _FROM_LAST.match(sentence, t1, s)
    return (
        last is not None
        and _DIRECT.fullmatch(sentence, last.end(), s) is not None
        # (not "expelled them from inside the city of Palmyra": out of a part of it)
        and _INSIDE.match(sentence, last.end()) is None
    )


_INSIDE = re.compile(r"\s+(?:inside|within|parts?\s+of)\b", re.I)


#: a reduced passive whose places the main verb lists: "(the towns) seized by Jaysh al Fateh include X, Y"
_BY_SIDE_INCLUDE = re.compile(
    # ("Among the areas liberated by the Syrian Arab Army, today, were the towns of X, Y and Z": a time aside between)
    r"\s+by\s+[^,;.]{1,60}?(?:\s*,\s*(?:today|yesterday|\w+day|on\s+\w+day)\s*,)?\s+(?:include[sd]?|are|were)\s+",
    re.I,
)


def _direct(sentence: str, t1: int, s: int) -> bool:
    """Whether the place at ``s`` is the direct object of the transfer verb ending at ``t1``."""
    gap = sentence[t1:s]
    if _DIRECT.fullmatch(gap):
        # (not a source after counted places: "captured four more villages, Raqqa activists said")
        return not (_COUNTED_COMMA.search(gap) and _NAME_THEN_SOURCE.match(sentence, s))
    tail = _UNPLACED_TAIL.search(gap) if _BEARING_OF.match(sentence, s) else None
    if tail and _DIRECT.fullmatch(gap[: tail.start()]):
        return True
    if _KNOWN_AS_GAP.fullmatch(gap):
        return True  # "captured a military base, known as Brigade 137": the site named after its kind
    if _RULE_IN_GAP.fullmatch(gap) and re.search(r"\bend(?:s|ed)?$", sentence[max(0, t1 - 6) : t1]):
        return True  # "ends ISIL rule in Jarablus": the place whose rule is ended
    if _COUNTRY_SIDE_GAP.fullmatch(gap):
        return True  # "took control of the Syrian side of Mount Hermon": the part the theatre's place is
    # "wrest full control over Tal Nar region, the villages of A, B and C": a first item the gazetteer lacks, with its
    # own type word, before the list's
    lead = _UNPLACED_ITEM.match(gap)
    return bool(lead and _DIRECT.fullmatch(gap, lead.end() - 1))


#: a capture told as a noun before "ends … rule": "The fall of Baghouz ", "The SDF's capture of Tabqa "
_TAKING_NOUN_BEFORE = re.compile(r"\b(?:fall|capture|recapture|seizure|takeover|liberation|loss)\s+of\b", re.I)
#: a side's rule named between "ends" and the place: " ISIL rule in ", " the regime's control over the town of "
_RULE_IN_GAP = re.compile(
    r"\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?:rule|control|occupation)\s+(?:in|over|of)\s+(?:the\s+)?"
    r"(?:(?:town|city|village)\s+of\s+)?",
    re.I,
)
#: a country's part of a place on a border, named by its adjective: " the Syrian side of the ", " the Syrian slopes of "
_COUNTRY_SIDE_GAP = re.compile(
    r"\s+(?:the\s+)?(?-i:[A-Z][a-z]+(?:ian|ish|ese|i))\s+(?:side|part|slopes?|section)\s+of\s+(?:the\s+)?"
    r"(?:strategic\s+)?",
    re.I,
)
_COUNTED_COMMA = re.compile(_COUNTED_PLACES + r"\s*(?:,|[–—:]|\s+namely)", re.I)
#: a site's kind, then its name: " a military base, known as ", " a strategic hill called "
_KNOWN_AS_GAP = re.compile(
    r"\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:base|airbase|air\s+base|hill|hilltop|village|town|camp|position|"
    r"checkpoint|field|oilfield|gas\s+field|island|mountain)\s*,?\s+(?:known\s+as|called|named)\s+(?:the\s+)?",
    re.I,
)
_NAME_THEN_SOURCE = re.compile(rf"[\w'’-]+(?:\s+[\w'’-]+){{0,2}}\s+{_SPOKEN_BY}\b")
_UNPLACED_ITEM = re.compile(
    r"\s+(?:the\s+)?(?:(?:al|el)[-\s])?(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?:al|el)[-\s])?(?-i:[A-Z])[\w'’-]*){0,3}\s+"
    r"(?:region|area|hill|hilltop|village|town|farms?|heights|plain)\s*,\s|"
    # ("seized the village of Maliha al-Tash and the town of Nahtah": a first item typed before its name)
    r"\s+the\s+(?:village|town|city|hill)\s+of\s+(?:(?:al|el)[-\s])?(?-i:[A-Z])[\w'’-]*"
    r"(?:\s+(?:(?:al|el)[-\s])?(?-i:[A-Z])[\w'’-]*){0,3}\s*(?:,\s*and|,|and)\s(?=\s*the\s)",
    re.I,
)


_NEW_PASSIVE_SUBJECT = re.compile(
    r"\band\s+(?:a|an|the|one|two|three|\d+)\s+[^,;]{0,60}?\s(?:was|were|has\s+been|have\s+been)\s+$|"
    # ("Hezbollah celebrates as Qusayr falls to the army": a clause of time with its own subject, a place)
    r"\s(?:as|while|whereas|when)\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?(?:(?:al|el|as|ar|ad)-)?"
    r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s+(?:has\s+|had\s+)?$",
    re.I,
)
#: the end of a list gap that names the next item's own kind: ", and the town of ", " and the village of "
#: (and "… district and the nearby village of Minyan": the village itself, as "the nearby village of" names it)
_OWN_SITE_OF = re.compile(
    r"\bthe\s+(?:(?:nearby|neighbou?ring|adjacent)\s+)?(?:town|village|city|hill|base)\s+of\s+$", re.I
)
_LIST_GAP = (
    # (names the gazetteer lacks, and numbered posts: "captured Sheik Saad, Tayr, 4th checkpoint and Tal Ashtara")
    r"(?:\s*(?:,|and|or|&|,\s*and)\s*(?:(?:(?:al|el)[-\s])?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}|\d+(?:st|nd|rd|th)\s+"
    r"(?:checkpoint|brigade|battalion|regiment|division|station|post|base))(?=\s*(?:,|and|or|&)\s))*"  # unplaced
    # ("the Tal Malah village and the nearby town of Jibeen": a type word after a name, "nearby" before the next)
    # ("liberated Kafranbel strategic town and the villages of Hass, …": with a word of size or worth before it)
    r"(?:\s+(?:(?:strategic|key|small|large|main|important)\s+)?(?:town|village|city|hill|base))?"
    # ("took control over Tal Mamo hill and the two villages of Birawi and Azizit Samaan"; "the town of al-Harah, as well
    # as Samlin"; "Al-Nesser Mountain, in addition to the village of Al-Samrah")
    # ("drove Islamic State from al-Bab, along with two smaller neighboring towns of Qabasin and al-Bezah")
    r"\s*(?:,|and|or|&|,\s*and|,?\s*as\s+well\s+as|,?\s*in\s+addition\s+to|,?\s*along\s+with|,?\s*together\s+with)\s*"
    rf"(?:(?:the\s+(?:{_FEW}\s+)?|{_FEW}\s+)"
    r"(?:(?:nearby|neighbou?ring|other|smaller|larger|small)\s+){0,2}(?:town|village|city|hill|base)s?\s+of\s+|"
    # ("to the southern province of Dera’a and the northwestern province of Idlib": the bearing before a province)
    r"the\s+(?:north|south|east|west)\w*\s+|"
    # ("captured Qalaat al-Madiq and two nearby villages – Tal Hawash and Al-Karkat": the villages named after a dash)
    + _COUNTED_PLACES
    # ("liberating Tal al-Nar and eight villages including Sheikh Mustafa and al-Naqir": the villages named after)
    + r"(?:\s*[–—:]\s*|\s*,?\s+(?:including|among\s+them|such\s+as)\s+))?"
)


_ANAPHOR = re.compile(
    r"^\s*(?:(?:on|in|at|of|to|over|near|around|inside|into|targeting|target)\s+)*(?:"
    r"(?P<edge>(?:the\s+|its\s+)?(?:outskirts|vicinity|surroundings|entrances?|walls|edges?)"
    r"(?:\s+and\s+(?:the\s+)?\w+)?(?:\s+of\s+(?:the|this|that)\s+(?:city|town|village|area)\b)?"
    r"(?!\s+of\s+(?:the\s+)?(?:capital\b|(?-i:[A-Z]))))|"  # not "the outskirts of the capital": another place
    # (not "the village of Mashûrî": a place of its own, named after "of", even when the gazetteer lacks it)
    r"(?P<at>(?:the|that|this)\s+(?:same\s+)?(?:city|town|village|neighbou?rhood)(?:\s+cent(?:er|re))?"
    r"(?!\s+of\s+(?:the\s+)?(?-i:[A-Z\u0600-\u06ff]))|there|it)|"
    # "shelling on A and B and raids on these two areas": both places named before
    r"(?P<pair>(?:these|those|the)\s+two\s+(?:areas|towns|villages|cities|neighbou?rhoods|places|sites)|"
    r"both\s+(?:areas|towns|villages|cities|neighbou?rhoods|places|sites))|"
    # (not "its countryside", "the northern countryside": wider than the place named, so nowhere on the map)
    r"(?P<near>(?:the|that|this|these)\s+(?:same\s+)?(?:area|areas|region|province)|"
    r"(?:its|their)\s+(?:positions|surroundings|outskirts|vicinity|areas)|"
    r"(?:north|south|east|west)\w*\s+of\s+it|them(?=\s*(?:then|and|,))))\b",
    re.I,
)


def _antecedent(sentence, places, t0, t1, nxt_start) -> list[Argument]:
    """ "40 airstrikes target the area", "shelling on the city", "after shelling it": the place named
    last before the event word (near it when the words are "the area", "its positions")."""
    side = _FOR_SIDE.match(sentence, t1, nxt_start)  # "advancement for The Syria Democratic Forces in the vicinity …"
    m = _ANAPHOR.match(sentence[side.end() if side else t1 : nxt_start])
    before = [i for i, (s, e) in enumerate(places) if e <= t0]
    if not before:
        return []
    last = before[-1]
    if len(before) > 1 and _LOCATOR.fullmatch(sentence, places[before[-2]][1], places[last][0]):
        last = before[-2]  # "regain Maardis at the countryside of Hama amid clashes in the area": Maardis's area
    elif (
        len(before) > 1
        and re.fullmatch(r"\s*,\s*", sentence[places[before[-2]][1] : places[last][0]])
        and _BEARING_WORD.match(sentence, places[last][0])
    ):
        # "After terrorists retreat from Kafr Nabuda, northwest of Hama, Syrian Army entered the city … and took
        # complete control of it": the town the bearing only locates
        last = before[-2]
    elif len(before) > 1 and _DISTANCE_FROM.search(sentence, max(0, places[last][0] - 70), places[last][0]):
        # "pushing from Sukhnah, approximately 130km from Deir ez-Zor, after capturing the town": a place a distance
        # is measured from only locates the one before
        last = before[-2]
    if m is None:
        # "shells kill 3 citizens in the city": the place pointed back to after a short verb phrase ("fighting in X
        # area in the east of the Euphrates and shelling leaves casualties there": X, not the area that locates it)
        late = _LATE_ANAPHOR.match(sentence[t1:nxt_start])
        if late is None and _NEAR_IT.search(sentence, t1, nxt_start):
            return [Argument(before[-1], "near")]  # "clashes take place between A against B near it"
        if late is None:
            return []
        return [Argument(last, "at" if late.group("at") else "near", bool(_CITY_WORD.search(late.group())))]
    if (
        m.group("at")
        and m.group("at").lower() == "it"
        and not _OBJECT_IT.search(sentence[t0:t1])
        and not _BARE_TAKE.match(sentence[t0:t1])  # ("… and take it over": the place named before)
        and not _PREPOSITION.match(m.group())
    ):
        return []  # "the truce it declared": "it" is a subject there, not the place shelled ("raids on it" is)
    if m.group("at") and m.group("at").lower() == "it" and _UNNAMED_BEFORE.search(sentence, 0, places[last][0]):
        # "cleared one more village in the southern rural areas of Manbij … and liberated it": "it" is the village
        # the words left unnamed, which the named place only locates
        return []
    if m.group("pair"):
        # "these two areas": the last two places, when they were named as a pair ("on Jobar and Ein Tarma")
        if len(before) > 1 and _PAIR_GAP.fullmatch(sentence, places[before[-2]][1], places[before[-1]][0]):
            return [Argument(before[-2], "at"), Argument(before[-1], "at")]
        return []
    return [Argument(last, "at" if m.group("at") else "near", bool(_CITY_WORD.search(m.group())))]


#: a side named after an event noun, before what it points back to: "advancement for The Syria Democratic Forces"
_FOR_SIDE = re.compile(
    r"\s+(?:for|by)\s+(?:the\s+)?[“\"']?(?:(?-i:[A-Z])[\w’'-]*[”\"']?\s+){1,5}(?=in\b|on\b|at\b|near\b)", re.I
)
#: "the city", "the outskirts of the city": the place pointed back to is a city
_CITY_WORD = re.compile(r"\bcity\b", re.I)
_PREPOSITION = re.compile(r"\s*(?:on|in|at|over|into|inside|near|around|targeting|target)\s", re.I)
_PAIR_GAP = re.compile(r"\s*(?:,\s*)?(?:and|&)\s*(?:the\s+)?", re.I)
#: "raids on it and on Maskanah": the anaphor is the first item of a list whose next item is placed
_ANAPHOR_LISTED = re.compile(r"\s*(?:,|and|&)\s*(?:(?:on|in|at|over|targeting|target)\s+)?(?:the\s+)?", re.I)


def _listed_anaphor(sentence, places, t0, t1, args) -> list[Argument]:
    """The antecedent of an anaphor listed before the places found after the event word: "Russian
    warplanes continue air raids on it and on Maskanah" struck the place "it" stands for too."""
    first = places[args[0].index][0]
    m = _ANAPHOR.match(sentence[t1:first])
    if m is None or not _ANAPHOR_LISTED.fullmatch(sentence, t1 + m.end(), first):
        return []
    return [a for a in _antecedent(sentence, places, t0, t1, first) if a.index not in {b.index for b in args}]


_HARM_NOUNS = ("strike", "shelling", "bombing", "explosive", "suicide")
_AND_KILLS = re.compile(r"\s*(?:(?:himself|themselves|itself)\s+)?,?\s*and\s+", re.I)
_KILLED_IN = re.compile(
    r"\s*(?:(?:city|town|village|neighbou?rhood|area)\s+)?(?:,\s*|(?:,\s*)?and\s+)(?:kill(?:s|ed|ing)?|leav(?:es|ing))\s+"
    r"(?:[\w-]+\s+){1,5}?(?:in|by|with|due\s+to|because\s+of)\s+(?:(?:a|an|the|two|\d+|several)\s+)?",
    re.I,
)
_NEAR_IT = re.compile(r"\b(?:near|around|close\s+to)\s+it\b", re.I)
#: a part of a place or its countryside, unnamed: wider or other than the place named before (not "its outskirts")
_WIDER_PART = re.compile(
    r"\b(?:its|their)\s+(?:(?:north|south|east|west)\w*\s+)?(?:parts?|countryside|neighbou?rhoods?)\b|"
    r"\b(?:cent(?:er|re)|parts?|sections?|sides?|outskirts|suburbs|(?:north|south|east|west)\w*)\s+of\s+"
    r"(?:(?:the|this|that)\s+(?:city|town|province)\b|it\b)|"
    # "violent clashes are taking place south and near its airbase"
    r"\b(?:near|around|in\s+the\s+vicinity\s+of)\s+its\s+(?:airbase|airport|base)\b|"
    r"\bthe\s+(?:north|south|east|west)\w*\s+countryside\b(?!\s+of\b)|"
    # an unnamed place: "shelling on a town controlled by Jaysh al-Islam", "clashes in the villages held by ISIS"
    r"\b(?:on|in|at|targeting)\s+(?:an?\s+(?:town|village|city|neighbou?rhood)\b|"
    r"the\s+(?:towns|villages|cities|areas)\s+(?:controlled|held|run)\s+by\b)",
    re.I,
)
#: the gap of "X in the countryside of Y", "X near Y": Y only locates X
_LOCATOR = re.compile(
    r"\s*(?:(?:village|town|city|area)\s+)?,?\s*(?:in|at|of|near)\s+(?:the\s+)?(?:(?:north|south|east|west)[\w-]*\s+)?"
    # ("advanced into the town of X in the west-central province of Hama and retaken it": X)
    r"(?:(?:countryside|outskirts|vicinity|suburbs?|desert|province|governorate)\s+(?:of\s+)?)?",
    re.I,
)
_LATE_ANAPHOR = re.compile(
    r"^\s*(?:[\w“”\"'’-]+\s+){1,4}?(?:(?:on|in|at|inside|over)\s+(?:(?P<at>(?:the|that|this)\s+(?:same\s+)?"
    r"(?:city|town|village|neighbou?rhood))|(?:the|that|this)\s+(?:same\s+)?(?:area|region))|"
    # "control 3 villages east of it": near the place named before
    r"(?:north|south|east|west)\w*\s+of\s+it)\b",
    re.I,
)
#: an unnamed place located by the named one after it: "one more village in the southern rural areas of "
_UNNAMED_BEFORE = re.compile(
    r"\b(?:a|an|one|another|one\s+more|a\s+new)\s+(?:(?:small|key|strategic|nearby|new)\s+)?"
    r"(?:village|town|hill|position|point|base|checkpoint|neighbou?rhood)\s+(?:in|near|of|on|at|outside)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:(?:countryside|areas?|outskirts|parts?|suburbs?|vicinity)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
#: "after shelling it", "regain control of it": "it" is the object
_IT_OBJECT = re.compile(r"\s+it\b", re.I)
_OBJECT_IT = re.compile(r"(?:ing|ed|\bof|\bon|\bover|\bsecure|\bhands?)$", re.I)


#: where people died, right before the place: "were killed in ", "were wounded on Monday in the town of "
_DIED_AT = re.compile(
    r"\b(?:killed|wounded|injured|died|dead|hurt|martyred)\s+(?:(?:on\s+)?\w+day\s+)?in\s+(?:the\s+)?"
    r"(?:(?:town|village|city|district|neighbou?rhood)\s+of\s+)?$",
    re.I,
)
#: from that place to the act that killed them: " in an ", " by a Russian ", " during the "
_CAUSE_GAP = re.compile(r"\s+(?:in|by|during)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}", re.I)


#: a passive of damage between a place and the means that did it: " was leveled by ", " were destroyed in "
_HIT_BY_GAP = re.compile(
    r"\s+(?:was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:level?led|destroyed|flattened|razed|"
    r"damaged|hit|struck|targeted)\s+(?:by|in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}",
    re.I,
)


def _noun_before_ok(sentence, places, before, t0) -> bool:
    """A place before a noun trigger is its argument only as a headline topic ("Idlib clashes")
    or when the trigger follows it as a verb-like noun ("X was among the places hit")."""
    if not before:
        return False
    _, e = places[before[-1]]
    gap = sentence[e:t0]
    if re.fullmatch(r"\s*(?:(?:is|are|was|were)\s+)?witness(?:es|ed|ing)?\s+(?:[\w-]+\s+){0,6}", gap, re.I):
        return True  # "the countryside of Hama witnesses hit-and-run clashes", "X and Y are witnessing clashes"
    if _CAME_UNDER.fullmatch(gap):
        return True  # "Kafr Zeta and Morek towns came under airstrikes and bomb barrels Monday"
    if _HIT_BY_GAP.fullmatch(gap):
        return True  # "a school sheltering some 50 families in Mansoura was leveled by airstrikes": the school's place
    if _CAUSE_GAP.fullmatch(gap) and _DIED_AT.search(
        sentence, max(0, places[before[-1]][0] - 50), places[before[-1]][0]
    ):
        return True  # "Seven civilians were killed in Raqqa in an air strike": where the dead were, the strike was
    if (
        re.fullmatch(r"\s*,\s*", gap)
        and _PROTEST_GERUND.match(sentence, t0)
        and _GATHERED_IN.search(sentence, max(0, places[before[0]][0] - 40), places[before[0]][0])
    ):
        return True  # "residents have gathered in Hazanu town in Idlib countryside, demonstrating against HTS"
    return (
        bool(re.fullmatch(r"\s*(?:'s|’s)?\s*(?:\w+\s+)?", gap))
        and len(gap) < 14
        and not re.search(r"\b(?:and|or|but|with|then)\b", gap, re.I)
    )


#: combatants named before "were taken captive": "Dozens of regime soldiers were ", "50 pro-government fighters have been "
_CAPTIVE_COMBATANTS = re.compile(rf"\b{_COMBATANT_WORDS}\s+(?:(?:have|has|had)\s+been|were|was)\s+$", re.I)
#: a side's districts after "entered": " rebel districts in ", " opposition areas of "
_SIDES_DISTRICTS = re.compile(rf"\s+{_SIDES_DISTRICT_WORDS}\b", re.I)
#: people on the move before "reached": "Families fleeing …", "the displaced"
_CIVIL_MOVERS_BEFORE = re.compile(r"\b(?:families|civilians|displaced|residents|refugees|people|IDPs|convoys?)\b", re.I)
#: a weapon or its fire before a verb of burning: "incendiary shells ", "shelling ", "barrel bombs "
_FIRE_MEANS = re.compile(
    r"\b(?:shells?|shelling|bombs?|bombing|bombardment|barrels?|air\s*strikes?|airstrikes?|strikes?|raids?|artillery|"
    r"rockets?|missiles?|mortars?|fire|napalm|munitions?|weapons?)\s+(?:also\s+)?$",
    re.I,
)
#: a habit before an event word: "periodic ", "frequent ", "regularly using barrel ", "has consistently broken … launching
#: frequent " (not "repeated" or "sporadic": SOHR's words for the day's fire)
_HABIT_BEFORE = re.compile(
    # (not the army's name: "Regular forces pulled back from X")
    # (not SOHR's "occasional clashes", a day's fire)
    r"\b(?:(?:periodic|frequent|regular(?!\s+(?:forces|army|troops|units|soldiers)\b)|routine)\s+"
    r"(?:[\w-]+\s+)?|"
    # (the adverb right before its verb, or its auxiliary: "routinely carry out raids", "had regularly been targeted";
    # not "A taxi seen frequently near the market exploded")
    r"(?:frequently|regularly|periodically|routinely|habitually|consistently)\s+"
    r"(?:(?:been|be|being|carry|carries|carried|carrying|out|conduct|conducts|conducted|launch|launches|launched)\s+){0,2})$",
    re.I,
)
_HABIT_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:frequently|regularly|periodically|routinely|habitually)\b", re.I)
#: between a verb and the place that is its object: " the town of ", " "
_OBJECT_PLACE_GAP = re.compile(r"\s+(?:the\s+)?(?:(?:strategic\s+|key\s+)?(?:town|village|city|hill)\s+of\s+)?", re.I)
#: from a main verb to a place it names, in its sentence: " the strategic town of ", " several villages, including "
_OBJECT_PLACE_NEAR = re.compile(r"[^;.]{0,80}")
#: the main verb after a subject described by its fight: " ISIS in southern Hasakah have reportedly taken"
_DESCRIBED_SUBJECT_VERB = re.compile(
    r"\s+[^,;.]{1,80}?\s+(?:(?:have|has|had)\s+(?:\w+ly\s+)?(?:also\s+)?)?(?:\w+ly\s+)?"
    r"(?:captured|took|taken|seized|retook|retaken|recaptured|entered|stormed|overran|overrun|shelled|attacked|"
    r"advanced\s+(?:on|into|towards?))"
    r"(?:\s+(?:full\s+|complete\s+)?control\s+(?:of|over))?",
    re.I,
)
#: a crowd named by the place it is from, before that place: "Thousands of locals in ", "residents of the town of "
_CROWD_OF = re.compile(
    r"\b(?:residents|locals|people|inhabitants|citizens|thousands|hundreds|dozens|youths?|women)\s+(?:of|in|from)\s+"
    r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$",
    re.I,
)
#: from the crowd's place to the protest it held: " city in Damascus countryside staged Saturday a "
_STAGED_GAP = re.compile(
    r"(?:\s+(?:city|town|village))?(?:,?\s+in\s+(?:the\s+)?[^,;.]{1,40}?)?,?\s+(?:have\s+|has\s+)?"
    r"(?:staged|held|organi[sz]ed|launched|started|began)\s+(?:on\s+)?(?:\w+day\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?",
    re.I,
)
_PROTEST_GERUND = re.compile(r"(?:demonstrating|protesting|chanting|calling\s+for|demanding)\b", re.I)
#: a crowd gathered at the place named next: "dozens of residents have gathered in ", "protesters rallied at the "
_GATHERED_IN = re.compile(
    r"\b(?:gathered|assembled|rallied|took\s+to\s+the\s+streets)\s+(?:in|at|outside|near)\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
_CAME_UNDER = re.compile(
    r"\s*(?:(?:town|village|city|neighbou?rhood|district|area)s?\s+)?(?:also\s+)?(?:came|come|comes|coming|have\s+come|"
    r"has\s+come)\s+under\s+(?:(?:a|an|the|heavy|intense|intensive|renewed|fresh|violent|repeated|sporadic|new)\s+)*"
    r"(?:[\w-]+\s+)?",
    re.I,
)
_AND_KILL = re.compile(
    rf"[^;.]{{0,150}}?(?:,\s*|\band\s+)kill(?:s|ed|ing)?\s+(?:at\s+least\s+|about\s+|more\s+than\s+)?"
    rf"(?:{_NUM}|dozens|tens)\b",
    re.I,
)


#: "22 members of the Syria Democratic Forces were killed during …", "34 casualties at least from the regime
#: forces and ISIS in a counter-attack", "kill 25 person from both factions and regime forces": whose men died
_VICTIMS_OF = re.compile(
    rf"(?:\b(?:kill(?:s|ed|ing)?|casualties|deaths?|bodies|losses)\b[^.;]{{0,30}}?|"
    rf"\b(?:\d+|{_NUM}|dozens|tens|hundreds)\s+(?:[\w-]+\s+)?(?:members?|fighters?|elements?|soldiers?|persons?|"
    rf"people|militants|troops|men|personnel)\s+(?:at\s+least\s+)?)"
    rf"(?:of|from|among|in\s+the\s+ranks\s+of|in)\s+(?:both\s+[\w-]+\s+and\s+)?(?:the\s+)?[“\"']?$",
    re.I,
)
_DIED = re.compile(r"\b(?:killed|dead|died|casualties|lost\s+their\s+lives|martyr\w*)\b", re.I)
_COUNT_BEFORE = re.compile(
    rf"\b(?:{_NUM}|dozens|tens|hundreds|another|several|many|scores|a\s+number)\s+(?:of\s+)?(?:the\s+)?(?:more\s+)?$",
    re.I,
)  # ("killing several militants and regaining control of X": the men killed, not who regains)
_MEN_AFTER = re.compile(
    r"\s*(?:members?|fighters?|elements?|soldiers?|militants|operatives|troops|men|personnel|commanders?|leaders?|officers?|"
    r"gunmen|jihadists|recruits)\b",
    re.I,
)
_KILL_BEFORE = re.compile(
    # ("“neutralized” 34 more YPG militants": the Turkish ministry's word)
    r"\b(?:kill(?:s|ed|ing)?|execut(?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|neutrali[sz](?:e|es|ed|ing))[”\"’']?\s+"
    r"(?:\w+\s+){0,3}$",
    re.I,
)


def _victims(sentence: str, acts) -> list[ActorMention]:
    """Actors whose men the sentence says were killed (with those coordinated after them)."""
    out: list[ActorMention] = []
    dead_until = -1  # the end of the dead a side's man is counted among
    among: re.Match[str] | None = None
    for x in acts:
        if out and out[-1] is not x and _COORDINATION.fullmatch(sentence, out[-1].end, x.start):
            out.append(x)
            continue
        if _WEAPON.fullmatch(x.surface):
            continue  # "casualties and injuries in barrel bombs bombing": the weapon's, not its men
        if _HELD_BY_BEFORE.search(sentence, max(0, x.start - 30), x.start):
            continue  # "kill 42 prisoners of ISIS": people the side holds, not its men
        m = _VICTIMS_OF.search(sentence, max(0, x.start - 70), x.start)
        if m is not None and (
            re.match(r"\W*(?:kill|casualt|death|bod|loss)", m.group(), re.I)
            or _DIED.search(sentence, x.end, x.end + 60)
        ):
            out.append(x)
        elif _counted_men(sentence, x) and (
            _KILL_BEFORE.search(sentence, max(0, x.start - 40), x.start) or _DIED.search(sentence, x.end, x.end + 60)
        ):
            out.append(x)  # "kill 7 ISIS members", "4 regime soldiers killed"
        elif _WERE_KILLED.match(sentence, x.end):
            # "Iranian forces were killed on Sunday in airstrikes": the side's men died, it struck nothing
            out.append(x)
        elif dead_until > x.start or (
            _MAN_AFTER.match(sentence, x.end) and (among := _AMONG_DEAD.match(sentence, x.end))
        ):
            # "A rebel commander, seven women and a child were among 25 people killed in air strikes": a man of the
            # side among the dead (and the sides listed with him: "A Hezbollah commander, five soldiers and a
            # pro-government militiaman were among 40 people killed")
            out.append(x)
            if among is not None:
                dead_until = among.end()
    return out


#: after a side's man, the dead he is counted among: " commander, seven women and a child were among 25 people killed"
_AMONG_DEAD = re.compile(
    # (not across the speaker's verb: "A rebel commander said seven women and a child were among …")
    r"(?:(?!\b(?:said|says|told|tells|reported|added|confirmed)\b)[^.;]){0,60}?\b(?:were|was)\s+(?:also\s+)?among\s+(?:the\s+)?(?:(?:at\s+least\s+)?(?:\d+|[\w-]+)\s+)?"
    r"(?:(?:people|persons|civilians|others)\s+)?(?:killed|dead)\b",
    re.I,
)
#: right after a side's name, its men's death: "Iranian forces were killed", "… were reportedly killed"
_WERE_KILLED = re.compile(
    # ("3 Russian soldiers were injured in a large explosion": hurt, not the ones who set it off)
    r"\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:reported(?:ly)?\s+)?(?:killed|injured|wounded)\b",
    re.I,
)


def _counted_men(sentence: str, x: ActorMention) -> bool:
    """ "7 ISIS members", "a HTS commander", "dozens of regime soldiers", "Three Turkish soldiers" (the men part of
    the side's name): men of a side, counted (who they are, not a side that acts)."""
    if not _COUNT_BEFORE.search(sentence, max(0, x.start - 24), x.start):
        # a headline that opens on one of a side's men: "Turkish soldier killed in Islamic State attack"
        return not sentence[: x.start].strip() and bool(
            _MAN_NAMED.search(x.surface) or _MAN_AFTER.match(sentence, x.end)
        )
    return bool(_MEN_AFTER.match(sentence, x.end) or _MEN_NAMED.search(x.surface))


#: a side's name that ends on its men ("Turkish soldiers", "regime soldiers")
_MEN_NAMED = re.compile(r"\b(?:soldiers|troops|fighters|members|officers|personnel|militants)$", re.I)
_MAN_NAMED = re.compile(r"\b(?:soldier|fighter|officer)$", re.I)
_MAN_AFTER = re.compile(r"\s+(?:soldier|fighter|officer|commander|member)\b", re.I)


def _victims_of(sentence: str, p: Predicate, preds: list[Predicate], victims: list[ActorMention]) -> list[ActorMention]:
    """The victims named before ``p`` that are its own: those of the first event word after them and of the event
    nouns coordinated with it ("22 members of the SDF were killed during Turkish air and missile shelling and clashes
    against …"), not of an event in a later conjunct ("Casualties among regime forces' ranks during their advancement
    in X and warplanes raid Y"; "… kills a commander of Jaysh Al-Islam and advancement by the regime forces")."""
    out = []
    for x in victims:
        between = [q for q in preds if x.start < q.start < p.start]
        chained = all(_COORDINATED.fullmatch(sentence, a.end, b.start) for a, b in zip(between, [*between[1:], p]))
        # after an earlier event word, only a victim tied to this one without a new conjunct ("… and 5 members of
        # the regime killed in clashes in Y", not "… kills a commander of X and advancement by …")
        tied = not any(q.end <= x.start for q in preds) or not re.search(r"\band\b|,", sentence[x.end : p.start])
        if chained and tied:
            out.append(x)
    return out


def _victim_side(p: Predicate, victims: list[ActorMention]) -> Predicate:
    """The side whose men died is the target of the fighting the sentence reports, unless it names one; when it
    names only the opponent ("3 militants in the SDF killed by clashes against IS"), the side whose men died fought."""
    victims = [
        x for x in victims if x.start < p.start
    ]  # "clashes in X after killing 35 of the regime forces": background
    if p.kind == "clash" and p.actor2 and not p.actor1 and p.voice != "passive":
        side = next((x.actor for x in victims if x.actor != p.actor2), "")
        return replace(p, actor1=side) if side else p
    if p.actor2 or not victims or p.voice == "passive" or p.kind in ("protest", "riot", "agreement", "arrest"):
        return p
    if p.outcome == "attempt" and not p.actor1:
        return replace(p, actor1=victims[0].actor)  # "casualties in the ranks of the regime in attempts to regain X"
    side = next((x.actor for x in victims if x.actor != p.actor1), "")
    return replace(p, actor2=side, objects=tuple(x.actor for x in victims if x.actor != p.actor1)) if side else p


def _killed_side(sentence: str, p: Predicate, acts) -> Predicate:
    """ "SDF fighters captured A, B and C and killed 67 IS members", "regain most of X and kill a senior leader
    in Jaysh al-Islam": the side whose men the subject killed is the one it fought there (actor2)."""
    if p.actor2 or p.voice in ("passive", "reduced"):
        return p
    if not p.actor1:
        # "Warplanes bomb al-Mayadin and kill members of the IS": whoever flew them, the IS was hit
        # ("The fighting renews in the Eastern Ghouta and kills a commander of a brigade of Jaysh Al-Islam": the
        # fighting's unnamed side fought Jaysh al-Islam)
        fire = p.kind in ("strike", "shelling", "explosive", "suicide")
        men = _AND_KILL_MEN.match(sentence, p.end) if fire or (p.kind == "clash" and p.voice == "noun") else None
        if men and not fire and re.search(r"killing\s", men.group(), re.I):
            men = None  # "Clashes in X and killing a member of the regime forces near Y": news of its own
        side = next((x.actor for x in acts if men and men.end() - 5 <= x.start <= men.end()), "")
        return replace(p, actor2=side) if side else p
    m = _AND_KILL.match(sentence, p.end)
    if m is None or any(p.end <= x.start < m.end() for x in acts):
        return p  # "X take A and the Coalition kill …": another subject
    side = next(
        (
            x.actor
            for x in acts
            if m.end() <= x.start <= m.end() + 50
            and not _HELD_BY_BEFORE.search(sentence, max(0, x.start - 30), x.start)  # ("42 prisoners of ISIS")
        ),
        "",
    )
    return replace(p, actor2=side) if side else p


_AND_KILL_MEN = re.compile(
    r"[^.;]{0,60}?(?:,\s*|\band\s+)kill(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?(?:members?|fighters?|elements?|militants|"
    r"soldiers|troops|commanders?|leaders?)\s+(?:of|from|in)\s+(?:the\s+)?"
    r"(?:(?:a|an|one)\s+(?:brigade|battalion|faction|unit|group|division)\s+(?:of|from|in)\s+(?:the\s+)?)?[“\"']?",
    re.I,
)
_SPACED_OPEN = re.compile(r"(?<=\s)”\s(?=\w)")
_SPACED_CLOSE = re.compile(r"(?<=\w)\s”(?=\s)")
_SIDE_NOUN_AFTER = re.compile(r"[”\"'’]?\s+(?:forces|fighters|factions|troops|units|militias?)(?=\s)", re.I)
_FIRE_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:target|shell|bomb|pound|strike|fire|launch)\w*\b", re.I)


#: a claim right after "the attack": " was later claimed by", " has been claimed"
_CLAIMED_AFTER_NOUN = re.compile(
    r"\s+(?:was|were|has\s+been|had\s+been)\s+(?:later\s+|\w+ly\s+)?(?:claimed|adopted)\b", re.I
)
#: a blast's claim after it: "… in an attack on Kurdish security forces in Qamishli claimed by the "
_CLAIMED_BY_AFTER = re.compile(
    # (also after a semicolon that tells the same attack again: "…; the attack was claimed by IS")
    r"(?:[^.;]|;\s+(?=the\s+(?:attacks?|blasts?|bombings?|explosions?)\b)){0,120}?\b(?:claimed|adopted)\s+by\s+"
    r"(?:the\s+)?(?:so-called\s+)?[“\"']?",
    re.I,
)
#: what makes a claim after a blast another's: a place's ("… in Azaz, which was claimed by Islamic State in 2014",
#: "territory claimed by"), or another act's ("…, and a suicide attack claimed by IS hit Jarablus")
_CLAIM_NOT_ITS = re.compile(
    # (but an attack's own relative: "in an attack which was later claimed by", "a bombing that was claimed by")
    r"(?<!attack\s)(?<!attack,\s)(?<!bombing\s)(?<!bombings\s)(?<!blast\s)(?<!blasts\s)(?<!explosion\s)"
    r"\b(?:which|where|that)\s+(?:\w+\s+){0,3}(?:claimed|adopted)\s+by\b|\bterritor\w*\s+(?:\w+\s+)?claimed\b|"
    r"\b(?:area|areas|region|town|city|village|territory)\s+(?:\w+\s+)?claimed\b|"
    # (another act, not "and the attack was later claimed by": the same one told again)
    r"\b(?:and|while|as|but)\s+(?:an?|another)\s",
    re.I,
)


def _claimed_by(sentence: str, p: Predicate, acts) -> Predicate:
    """ "A suicide bomber killed 16 people in an attack on Kurdish security forces claimed by the Islamic State": a
    blast whose words name no side is the claimant's (actor1)."""
    if p.actor1 or p.kind not in ("explosive", "suicide"):
        return p
    m = _CLAIMED_BY_AFTER.match(sentence, p.end)
    if m is not None and _CLAIM_NOT_ITS.search(m.group()):
        return p
    side = next((x.actor for x in acts if m is not None and m.end() - 4 <= x.start <= m.end()), "")
    return replace(p, actor1=side) if side and side != p.actor2 else p


def _later_side(sentence: str, p: Predicate, acts, subjects, places, clauses) -> Predicate:
    """ "Clashes inside al-Bokmal continue … and the regime forces try to go deep in the city and expel the
    organization from it", "Violent clashes in Maardis town after 3 unsuccessful attacks by the regime forces to
    control it": fighting whose words name no side is fought by the side the sentence names next, acting in a
    clause of its own that names no other place (the gold's first-named party; its opponent there is actor2).
    Not when an actor is named before the fighting, nor "… and advancement by the regime forces in the south-east
    of Rif Dimashq" (another place: another event)."""
    if p.kind != "clash" or p.voice != "noun" or p.actor1 or p.outcome != "done" or any(x.start < p.end for x in acts):
        return p
    later = [x for x in acts if x.start >= p.end]
    if not later:
        return p
    x = later[0]
    noun = _SIDE_NOUN_AFTER.match(sentence, x.end)  # "“Euphrates Shield” forces advance"
    x_end = noun.end() if noun else x.end
    subject = (
        any(x is y for y in subjects)
        and _AND_THE.search(sentence, max(0, x.start - 12), x.start)
        and _VERB_AFTER.match(sentence, x_end)
    )
    if not (subject or _EFFORT_BY.search(sentence, max(0, x.start - 40), x.start)):
        return p
    if subject and _FIRE_AFTER.match(sentence, x_end):
        return p  # "Clashes continue in X and the regime forces target the area with missiles": fire, not the fight
    end = clauses[_clause_of(clauses, x.start)][1]
    own = {a.index for a in p.arguments}
    if any(p.end <= s < end and i not in own for i, (s, _) in enumerate(places)):
        return p
    named = [
        m for m in _CAPITALISED.finditer(sentence, x.end, end) if not any(y.start <= m.start() < y.end for y in acts)
    ]
    if named or _CITY_PART.search(sentence, x.end, end):
        return p  # "and rebels taking control on 70% of Shekh Said", "advance into the center of the city": elsewhere
    side = [x]
    for y in later[1:]:
        if y.start >= end:
            break
        if (
            _COORDINATION.fullmatch(sentence, side[-1].end, y.start)
            and "against" not in sentence[side[-1].end : y.start]
        ):
            side.append(y)
    other = next((y.actor for y in later[1:] if y.start < end and y not in side and y.actor != x.actor), "")
    return replace(p, actor1=x.actor, actor2=p.actor2 or other)


def _next_verb(sentence: str, start: int, end: int, acts) -> re.Match | None:
    """The first "and <verb>" between ``start`` and ``end`` that opens a new predicate.  An "and" before an actor's
    name is the second of a coordinated pair ("clashes between regime forces and factions in X"), not a verb."""
    for m in _NEXT_VERB.finditer(sentence, start, end):
        # (nor the second of a pair after "between": "clashes between gunmen and security forces in Jaramana")
        if not any(x.start == m.end() for x in acts) and not _BETWEEN_PAIR_OPEN.search(sentence, start, m.start()):
            return m
    return None


#: the first of a pair after "between", up to the "and" of the second: "between gunmen "
_BETWEEN_PAIR_OPEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}$", re.I)


def _held_target(sentence: str, p: Predicate, acts) -> Predicate:
    """ "seize control over ISIS-controlled areas east of Hama", "restores 4 villages controlled by the “Islamic
    State” organization", "advance to the entrance of the last town controlled by ISIS": ground fought for or taken
    from its holder, who is the opponent (actor2; the loser of a transfer).  Only for a side named as actor1: a
    shelled "regime-controlled area" names no target (README), nor fighting nobody is named for."""
    if p.actor2 or not p.actor1 or p.kind not in (*TRANSFERS, "clash", "advance", "siege"):
        return p
    for x in acts:
        if x.start < p.end or x.start > p.end + 80 or _next_verb(sentence, p.end, x.start, acts):
            continue
        held = (
            _HELD_ADJ.match(sentence[x.end : x.end + 16]) and not _controls_as_verb(sentence, x)
        ) or _HELD_BY.search(sentence, max(p.end, x.start - 40), x.start)
        if held and x.actor != p.actor1:
            return replace(p, actor2=x.actor, loser=p.loser or (x.actor if p.kind in TRANSFERS else ""))
        if (
            p.kind not in TRANSFERS
            and x.actor != p.actor1
            and _BESIEGED_BY.search(sentence, max(p.end, x.start - 40), x.start)
        ):
            # "Factions carry out a violent attack to break the siege of Mahja town which is besieged by the regime":
            # the besieger is the side fought
            return replace(p, actor2=x.actor)
    return p


#: an actor mention that is only a weapon its owner uses ("barrel bombs" are the government's)
_WEAPON = re.compile(
    r"(?:(?:the\s+)?[\w’'-]+\s+)?(?:explosive\s+)?(?:barrel\s+bombs?|barrels|warplanes?|war\s*planes|(?:air)?planes?|jets|"
    r"helicopters?|aircraft|drones?|artillery|missiles?|rockets?)",
    re.I,
)
_BESIEGED_BY = re.compile(r"\b(?:besieged|encircled|surrounded)\s+by\s+(?:the\s+)?[“\"']?$", re.I)


def _infighting(sentence: str, p: Predicate, acts) -> Predicate:
    """ "clashes between two factions of the Turkish-backed armed opposition", "internal fighting between pro-Turkish
    Syrian factions", "clashes between two groups of Sultan Murad": one side fighting itself (ACLED's in-fighting,
    the same actor on both sides)."""
    if p.kind != "clash":
        return p
    m = _AMONG_ONE_SIDE.match(sentence, p.end, p.clause[1])
    if m is None:
        return p
    stop = _ONE_SIDE_END.search(sentence, m.end(), p.clause[1])
    if stop is not None and (
        stop.group().lower() in ("and", "against", "with")
        # ("Infighting between Al-Nusra Front, Ahrar Al-Sham": a list of sides)
        or (stop.group() == "," and any(0 <= x.start - stop.end() <= 6 for x in acts))
    ):
        return p  # "between the factions and HTS": two sides
    inside = [x for x in acts if m.end() <= x.start < (stop.start() if stop else p.clause[1])]
    # ("pro-Turkish Syrian factions", "Turkish-backed armed opposition": the backer's side, as ACLED codes the SNA)
    backers = {
        x.actor
        for x in inside
        if sentence[max(0, x.start - 4) : x.start].lower() == "pro-"
        or re.match(r"(?:-|‐)(?:backed|supported)\b", sentence[x.end : x.end + 12])
    }
    sides = backers or {_sponsored(sentence, x, acts) for x in inside}
    if len(sides) != 1:
        return p
    side = sides.pop()
    if stop is not None and any(
        stop.start() <= x.start <= stop.start() + 50
        and x.actor not in (side, "opposition" if side == "turkey" else side)
        for x in acts
    ):
        return p  # "between rebels of the Free Syrian Army (FSA) ad pro-Assad forces": another side right after
    return replace(p, actor1=side, actor2=side, objects=())


#: "between two factions of", "among members of", "between pro-Turkish factions": fighters of one side, no "and"
_AMONG_ONE_SIDE = re.compile(
    r"\s+(?:(?!and\b|fight|clash|battle|confront)[\w’'-]+,?\s+){0,7}?(?:between|among)\s+(?:the\s+)?(?:two\s+|rival\s+|several\s+)?"
    r"(?:(?:factions?|groups?|members|fighters|militants|brigades|units|ranks)\s+(?:of|from|within)\s+(?:the\s+)?)?",
    re.I,
)
_ONE_SIDE_END = re.compile(
    r"[,;()]|\s(?:in|on|at|near|inside|within|after|that|which|killing|leaving)\s|\band\b|\bagainst\b|\bwith\b", re.I
)


def _between_it(sentence: str, p: Predicate, acts) -> Predicate:
    """ "casualties in the ranks of ISIS during clashes … between it against Hayyaat Tahrir al-Sham": "it" is the
    side named before the fighting (actor1), the other the one after "against" / "and" (actor2)."""
    if p.kind != "clash":
        return p
    x = next((x for x in acts if p.end <= x.start < p.clause[1] and _BETWEEN_IT.search(sentence, p.end, x.start)), None)
    if x is None:
        return p
    before = [y for y in acts if y.end <= p.start and y.actor != x.actor]
    return replace(p, actor1=before[-1].actor, actor2=x.actor) if before else p


_BETWEEN_IT = re.compile(r"\bbetween\s+(?:it|them)\s+(?:and|against|&|versus)\s+(?:the\s+)?[“\"']?$", re.I)


def _lost_to(sentence: str, p: Predicate, acts) -> Predicate:
    """ "take the control of heights … which they lost in the surprising attack of ISIS few days ago": ground won
    back is taken from the side that had taken it (actor2 and loser)."""
    if p.kind not in TRANSFERS or p.actor2 or not p.actor1:
        return p
    for x in acts:
        if x.start > p.end and x.actor != p.actor1 and _LOST_TO.search(sentence, p.end, x.start):
            return replace(p, actor2=x.actor, loser=p.loser or x.actor)
    return p


#: an attempt held off, up to the verb of the attempt: "repelled an army attempt to "
_HELD_OFF_ATTEMPT = re.compile(
    r"\b(?:repel|repuls|thwart|foil|halt|stopp|block|defeat|(?:beat(?:en)?|push\w*|drove|driven)\s+back|"
    r"(?:fend\w*|fended|fought)\s+off)\w*\s+(?:[\w-]+\s+){0,3}?(?:attempts?|bids?|efforts?)\s+to\s+$",
    re.I,
)


def _speaker_it(sentence: str, p: Predicate, acts, every=()) -> Predicate:
    """ "Tahrir al-Sham … said on a social media feed that it had carried out two suicide car bomb attacks close to X":
    "it" (or "they") after a side's own word is that side, the act's actor1 when no other side is named; so is "we" in
    a side's quoted words (the speaker looked for in ``every`` side named: one that only tells the news, "a Syrian
    military source told Reuters", is in no act)."""
    if p.actor1:
        return p
    before = [x for x in acts if x.end <= p.start]
    # (also a side that only speaks: "A Hezbollah official told Al-Manar on Friday that the group had seized X")
    # (not a partner in an aside: "The SDF, with air support from the U.S.-led coalition, said it captured X")
    for side in _before_partner_aside(sentence, before)[-1:] or [x for x in every if x.end <= p.start][-1:]:
        if (
            _SPEAKER_IT.fullmatch(sentence, _aside_end(sentence, side.end), p.start)
            and (before or _THE_GROUP.search(sentence, side.end, p.start))  # (a source's "it" may be anything it saw)
            # (not an attempt it held off: "Rebels said they repelled an army attempt to storm X": the other's)
            and not _HELD_OFF_ATTEMPT.search(sentence, side.end, p.start)
        ):
            a = side.actor
            return replace(p, actor1=a, winner=p.winner or (a if p.kind in TRANSFERS else ""))
    # "Syria's rebels: We have captured Raqqa": a headline's speaker before its colon is the "we" after it
    if (
        _WE_BEFORE.search(sentence, max(0, p.start - 40), p.start)
        and (colon := _WE_HEADLINE.match(sentence)) is not None
        and colon.end() <= p.start
        and (side := next((x for x in reversed(before) if x.end <= colon.start("colon")), None)) is not None
    ):
        return replace(p, actor1=side.actor, winner=p.winner or (side.actor if p.kind in TRANSFERS else ""))
    # "“… we successfully apprehended the terrorist who …,” the SDF said": "we" in a side's quoted words is that side
    # (and a victor's passive in a side's quoted words: "“The city of Saraqeb has been liberated completely from
    # Assad’s gangs,” said Naji Mustafa, spokesman for a Turkish-backed coalition": the speaker's side freed it)
    if (
        _WE_BEFORE.search(sentence, max(0, p.start - 40), p.start)
        or _OUR_MEN_BEFORE.search(sentence, 0, p.start)
        or (
            p.kind in TRANSFERS
            and p.voice == "passive"
            and _VICTORS_WORD.match(p.trigger) is not None
            # (a backer's spokesman tells of its client's capture: "… said a spokesman for the Russian defence ministry")
            and not _BACKER_SPEAKER.search(sentence, p.end)
            # (a siege lifted is no place taken: "“Deir ez-Zor has been liberated from the siege,” said an officer")
            and not _FROM_SIEGE.match(sentence, p.end)
            and (
                sentence.count("“", 0, p.start) > sentence.count("”", 0, p.start)
                or sentence.count('"', 0, p.start) % 2 == 1
            )
        )
    ) and not _named_outside_quote(sentence, before, p.start):
        speaker = _QUOTE_SPEAKER.search(sentence, p.end)
        side = (
            None
            if speaker is None
            # (after "the", "an", or a rank: "…,” Colonel Suhail al-Hassan told …")
            else next(
                (x for x in every or acts if 0 <= x.start - _after_rank(sentence, speaker.start("side")) <= 4), None
            )
        )
        if speaker is not None and side is None:
            # "…,” an official of the Sultan Murad group said": the side the speaker belongs to ("…,” said Naji
            # Mustafa, spokesman for a Turkish-backed coalition": after his name)
            named = _NAME_COMMA.match(sentence, speaker.start("side"))
            of = (
                _SPEAKER_OF.match(sentence, speaker.start("side"))
                or (_SPEAKER_OF.match(sentence, named.end()) if named else None)
                # ("…," Muhammad Horani of the FSA told ARA News': the side after the name)
                or _NAME_OF.match(sentence, speaker.start("side"))
            )
            side = None if of is None else next((x for x in every or acts if x.start == of.end()), None)
        if (
            speaker is not None
            and side is None
            and (state := _STATE_SPEAKER.match(sentence, speaker.start("side"))) is not None
            and (speaker.group("verb") or _SPEECH_AFTER.match(sentence, state.end()))
            and not any(x.actor == "government" for x in acts)
        ):
            # ("“Our brave armed forces have complete control over Base 80,” state television said": the state's
            # media speak for the government)
            return replace(p, actor1="government", winner=p.winner or ("government" if p.kind in TRANSFERS else ""))
        if (
            speaker is not None
            and side is not None
            # (the side says it: "…,” an SDF commander told Hawar", "…,” said the army")
            and (speaker.group("verb") or _SPEECH_AFTER.match(sentence, side.end))
            # (not a side the quote names, the one fought: "we targeted a gathering of "HTS" militants", nor a claim
            # the sentence says was denied)
            # (but the speaker's own friends may be: "with the help of our Turkish friends, we regained X")
            and not any(
                x.actor == side.actor
                and x.start < speaker.start("side")
                and not _OUR_BEFORE.search(sentence, max(0, x.start - 12), x.start)
                for x in acts
            )
            and not _DENIED_AFTER.search(sentence, side.end)
        ):
            a = side.actor
            return replace(
                p,
                actor1=a,
                actor2="" if p.actor2 == a else p.actor2,  # (the speaker read as the act's object)
                winner=p.winner or (a if p.kind in TRANSFERS else ""),
                loser="" if p.loser == a else p.loser,
            )
    return p


#: "our" right before a side's name: the speaker's own ("our Turkish friends", "our Russian allies")
_OUR_BEFORE = re.compile(r"\bour\s+(?:\w+\s+)?$", re.I)


def _named_outside_quote(sentence: str, before, at: int) -> bool:
    """Whether a side of ``before`` is named outside the quote open at ``at`` (any side, when none is open): a side the
    speaker's own words name before "we" does not make "we" anyone else ("“With the help of our Turkish friends, we
    regained control of X,” said a spokesman for the National Army")."""
    opened = max(sentence.rfind("“", 0, at), sentence.rfind('"', 0, at) if sentence.count('"', 0, at) % 2 else -1)
    if opened < 0 or sentence.rfind("”", 0, at) > opened:
        return bool(before)
    return any(x.start < opened for x in before)


#: a speaker's rank before his name: "Colonel ", "Brig. Gen. ", "Major General "
_RANK = re.compile(
    r"(?:(?:Brig(?:adier)?\.?|Maj(?:or)?\.?|Lt\.?|Lieutenant|Col(?:onel)?\.?|Gen(?:eral)?\.?|Commander|Sheikh|"
    r"Sgt\.?|Sergeant|Captain|Capt\.?)\s+)+"
)


def _after_rank(sentence: str, at: int) -> int:
    """Where the name after a speaker's rank at ``at`` starts (``at`` when no rank stands there)."""
    m = _RANK.match(sentence, at)
    return m.end() if m else at


_FROM_SIEGE = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?from\s+(?:the\s+|its\s+|a\s+)?(?:[\w-]+\s+)?(?:siege|blockade|encirclement)\b", re.I
)
#: a speaker of a side that backs the one on the ground
_BACKER_SPEAKER = re.compile(
    r"[”\"][^.;]{0,80}?\b(?:Russian|Russia['’]s|Iranian|Iran['’]s|American|Pentagon|Kremlin|(?<!backed\s)coalition)\b",
    re.I,
)
#: a capture told in the victor's own word: "liberated", "freed", "cleansed", "purged"
_VICTORS_WORD = re.compile(r"(?:liberated|freed|cleansed|purged)\b", re.I)
#: the verbs that put a quote in a speaker's mouth
_QUOTED_BY = r"(?:said|says|stated|added|announced|told|confirmed)"
#: "we" as the subject right before an act's word: "we successfully apprehended", "we have liberated"
#: (and a side's success: "we were able to capture", "our fighters managed to seize")
_ABLE_TO = r"(?:(?:were|was|are|have\s+been|had\s+been)\s+able\s+to\s+|managed\s+to\s+|succeeded\s+in\s+)?"
_WE_BEFORE = re.compile(rf"\bwe\s+(?:have\s+|had\s+)?(?:also\s+)?(?:\w+ly\s+)?{_ABLE_TO}$", re.I)
#: a headline that gives a speaker's words after a colon: "Syria's rebels: We have captured Raqqa"
_WE_HEADLINE = re.compile(r"[^:;.“”\"]{1,60}?(?P<colon>:)\s*[‘“\"']?we\b", re.I)
#: "our" men as the subject right before an act's word: "our forces have taken full control of", "Our armed forces
#: units, in cooperation with allied and auxiliary forces, have liberated"
_OUR_MEN_BEFORE = re.compile(
    r"\bour\s+(?:[\w-]+\s+){0,2}?(?:forces|fighters|troops|units|men|army|heroes)(?:\s+units)?"
    r"(?:\s*,[^,.;“”\"]{1,60},)?\s+(?:have\s+|has\s+|had\s+|are\s+|were\s+)?(?:also\s+|still\s+)?(?:\w+ly\s+)?"
    + _ABLE_TO
    + "$",
    re.I,
)
#: the side a quote is put in the mouth of, after the closing mark: "…,” the SDF said", "…," said the army
#: (the closing mark after the quote's own punctuation: not the quotes around a name, "from "Daesh" terrorists")
_QUOTE_SPEAKER = re.compile(
    # (a side's name, or its alias in lower case: "…,” the army said", "…,” an army officer confirmed")
    rf"[^”\"]*[,.!?]\s*[”\"]\s*,?\s*(?P<verb>{_QUOTED_BY}\s+)?"
    r"(?P<side>(?:(?:the|an?)\s+)?[\w-])",
    re.I,
)
#: a side's own word for itself, after "the": "the group had seized X"
_GROUP_NOUN_WORDS = r"(?:group|faction|brigade|militia|movement)"
_THE_GROUP = re.compile(rf"\bthe\s+{_GROUP_NOUN_WORDS}\b", re.I)
#: a speaker named by his post in a side: "an official of the ", "a spokesman for "
_SPEAKER_OF = re.compile(
    r"(?:(?:the|an?)\s+)?(?:[\w-]+\s+)?(?:officials?|spokesm[ae]n|commanders?|sources?|members?|leaders?|officers?)\s+"
    r"(?:of|from|for|in|with)\s+(?:the\s+|an?\s+)?[“\"']?",
    re.I,
)
#: a speaker's name and the comma before his post: "Naji Mustafa, "
_NAME_COMMA = re.compile(r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}\s*,\s*")
#: a speaker's name and the "of" of the side he speaks for: "Muhammad Horani of the "
_NAME_OF = re.compile(r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){1,3}\s+of\s+(?:the\s+)?[“\"']?")
#: (a spokesman's name between: "…,” Military Operations Command spokesperson Hassan Abdul Ghani said")
_SPEECH_AFTER = re.compile(rf"(?:\s+[\w-]+){{0,5}}?\s+(?:{_QUOTED_BY}|claimed)\b", re.I)
_DENIED_AFTER = re.compile(r"\bden(?:ied|ies|y)\b", re.I)


_GROUP_WORD = re.compile(rf"\s+(?:battalion|{_GROUP_NOUN_WORDS})\b", re.I)
#: between a side and the act it says it did: " said on Monday that it had carried out two suicide car bomb "
_SPEAKER_IT = re.compile(
    # ("… the Sultan Murad rebel group, told Reuters on Sunday morning that the group had also recaptured X")
    r"[^.;]{0,80}?\b(?:said|says|claimed|claims|announced|announces|stated|confirmed|told)\b[^.;]{0,50}?\b(?:that\s+)?"
    # ("Shervan Derwish, a spokesman from the SDF, told Efe news agency that his forces captured X")
    rf"(?:it|they|the\s+{_GROUP_NOUN_WORDS}|(?:his|its|their)\s+(?:own\s+)?(?:forces|fighters|troops|men))\s+"
    # ("announced that they had “completely liberated the town of X”": the quote opens on the verb)
    r"(?:had\s*|has\s*|have\s*)?[“\"‘]?"
    # ("said, it had, along with its allies, taken full control over X": its partners set off by commas)
    r"(?:,\s*(?:along\s+with|together\s+with|alongside|with|in\s+cooperation\s+with)\s+[^,;.]{1,50},\s*)?"
    r"(?:also\s+)?(?:\w+ly\s+)?"
    r"(?:(?:carried\s+out|launched|conducted|executed|staged|detonated|killed|shot\s+down|downed)\s+)?"
    # (not a watcher's verb: "the coalition said it was investigating reports of an air strike")
    # ("said Sunday it had began a long-awaited operation to capture X")
    r"(?:(?!(?:document|record|monitor|investigat|receiv|deni|deny|report|verif|look)\w*\b)[\w-]+\s+){0,6}?",
    re.I,
)


def _fought_with(sentence: str, p: Predicate, acts, every=()) -> Predicate:
    """ "took complete control of X and Y following fierce clashes with members of the Jabhat Fateh al-Sham", "engaged
    in heavy clashes with Tahrir al-Sham …, regaining control of X": ground taken in a fight is taken from the side
    fought (actor2; its loser is left to the words that say whose it was)."""
    if p.kind != "capture" or p.actor2 or not p.actor1:
        return p
    for x in acts:
        if x.start < p.start or x.actor in (p.actor1, "unidentified", "civilians"):
            continue
        if x.start < p.end:
            continue
        driven = _EXPELLED_AFTER.fullmatch(sentence, p.end, x.start)
        if driven is not None or (
            _FROM_BEFORE_GROUND.fullmatch(sentence, p.end, x.start) and _GROUND_OF_AFTER.match(sentence, x.end)
        ):
            # "took control of Jarablus, sweeping Islamic State from …", "captured Hama, overrunning forces loyal to
            # Assad": the side fought; the loser when the words drive it out ("sweeping", "dislodging", "from")
            out = driven is None or driven.group("out") is not None
            return replace(p, actor2=x.actor, loser=p.loser or (x.actor if out else ""))
        break
    # "took full control from rebel groups of the town of Salma": the side inside the capture's words
    inside = next(
        (
            x
            for x in every
            if p.start < x.start < p.end
            and x.actor not in (p.actor1, "unidentified", "civilians")
            and _FROM_INSIDE.search(sentence, p.start, x.start)
            and _GROUND_OF_AFTER.match(sentence, x.end)
        ),
        None,
    )
    if inside is not None:
        return replace(p, actor2=inside.actor, loser=p.loser or inside.actor)
    for x in acts:
        if x.actor == p.actor1 or (fight := _FOUGHT_WITH.search(sentence, max(0, x.start - 80), x.start)) is None:
            continue
        a, b = (fight.start(), p.start) if fight.start() < p.start else (p.end, fight.start())
        # (within one telling: not "Rebels clashed with ISIS near al-Bab, while the Syrian army captured Palmyra")
        if _TELLING_BREAK.search(sentence, a, b) is not None:
            continue
        # (the fight's own side, if the text names one, is the capture's: not "Rebels clashed with ISIS and the
        # Syrian army captured Palmyra")
        fighter = next((y for y in reversed(acts) if y.end <= fight.start() and y.actor != "unidentified"), None)
        if fighter is None or fighter.actor == p.actor1 or fight.start() > p.end:
            return replace(p, actor2=x.actor)
    return p


def _driving_them(sentence: str, p: Predicate, acts) -> Predicate:
    """ "ISIS fighters clashed with members of the Free Syrian Army, driving them from the city of Raqqa": the side
    "them" stands for (the last named before) lost the place to the subject named before it."""
    if p.kind != "capture" or not re.fullmatch(r"\w+\s+them", p.trigger, re.I):
        return p
    fought = _FOUGHT_THEM.search(sentence, max(0, p.start - 160), p.end)
    if fought is None or fought.end() > p.start:
        return p
    # ("Rebels attacked IS positions near Azaz with Turkish support, driving them out of X": the side attacked, not a
    # backer named after it)
    them = next((x for x in acts if fought.end() <= x.start < p.start), None)
    taker = next((x for x in reversed(acts) if x.end <= fought.start()), None)
    if them is None or taker is None or them.actor == taker.actor or them.actor in ("unidentified", "civilians"):
        return p
    return replace(p, actor1=taker.actor, winner=taker.actor, actor2=them.actor, loser=them.actor)


#: the fight whose foe "them" stands for: "clashed with members of the ", "attacked "
_FOUGHT_THEM = re.compile(
    r"\b(?:clash(?:ed|es|ing)?\s+with|fought(?:\s+against)?|battl(?:ed|ing)(?:\s+with)?|attack(?:ed|ing)|"
    r"engag(?:ed|ing)\s+(?:in\s+\w+\s+\w*\s*)?with)\s+(?:the\s+)?(?:(?:members|fighters|elements|positions)\s+of\s+(?:the\s+)?)?"
    r"(?=[^,;.]{0,60},?\s+(?:\w+ing|\w+ed)\s+them\b)",
    re.I,
)


def _fronted_doer(sentence: str, p: Predicate, subjects) -> Predicate:
    """ "In addition to liberating the Thardeh Mountains, the Syrian Army also took full control of X", "Besides capturing
    X, the army …": an act told in a participle that opens the sentence is done by the subject after its comma."""
    if p.actor1 not in ("", "unidentified") or p.kind != "capture":
        return p
    fronted = _FRONTED_ING.match(sentence)
    # (the participle itself: not an act told inside its phrase, "In addition to repelling an attack on X")
    if fronted is None or p.start != fronted.start("act"):
        return p
    # (the subject's name may take in its article: "the army"; not a side's posts, the object of a passive: "IS
    # positions in Quriyah were shelled")
    doer = next((x for x in subjects if fronted.end() - 4 <= x.start <= fronted.end() + 12), None)
    if doer is None or _OWNED_POSTS_AFTER.match(sentence, doer.end):
        return p
    if p.outcome == "done":
        return replace(p, actor1=doer.actor, winner=doer.actor, actor2="" if p.actor2 == doer.actor else p.actor2)
    return replace(p, actor1=doer.actor, actor2="" if p.actor2 == doer.actor else p.actor2)


#: a side's posts or sites named right after it: "'s", " positions"
_OWNED_POSTS_AFTER = re.compile(r"['’]s?\b|\s+(?:positions?|posts?|bases?|sites?|headquarters|points?)\b", re.I)


#: a participle phrase opening a sentence, up to its comma and the article of the subject after it: "In addition to
#: liberating the Thardeh Mountains, the "
_FRONTED_ING = re.compile(
    r"\W*(?:in\s+addition\s+to|besides|apart\s+from|aside\s+from|as\s+well\s+as|on\s+top\s+of)\s+"
    r"(?P<act>\w+ing\b)[^,;:]{1,100},\s+(?:the\s+)?",
    re.I,
)


def _held_before_by(sentence: str, p: Predicate, acts) -> Predicate:
    """ "seized the city of Tel Rifaat, previously under the control of the SDF", "seized Tel Rifaat and Manbij, which
    had been under Kurdish control since 2014", "took control of Saraqib, …, following the withdrawal of … Ahrar Al
    Sham": ground taken from the side the words after it say held it or left it (the loser, and actor2, when the text
    names neither); or attacked, that side the attack's second (its actor2)."""
    # (an attack on ground a side held: "stormed the town of Saraqib … and entered a religious court that was under the
    # control of Ahrar al-Sham", its second side)
    attack = p.kind in ("clash", "advance") and bool(p.actor1) and not p.actor2
    if not (attack or (p.kind == "capture" and p.winner and not p.loser)) or p.aspect != "event":
        return p
    for x in acts:
        if x.start <= p.end or x.actor in (p.winner or p.actor1, "unidentified", "civilians") or x.start - p.end > 160:
            continue
        if p.actor2 and x.actor != p.actor2:
            break  # (another side fought: the words name whom, not whose it was)
        if (
            _HELD_BEFORE_BY.fullmatch(sentence, p.end, x.start) is not None
            and (
                not _UNDER_ENDS.search(sentence, p.end, x.start)
                or sentence[x.start : x.end].lower().endswith("control")
                or re.match(r"['’]?s?\s+(?:control|rule)\b", sentence[x.end :], re.I)
            )
        ) or (not attack and _WITHDRAWAL_OF.fullmatch(sentence, p.end, x.start) is not None):
            return replace(p, actor2=x.actor) if attack else replace(p, actor2=x.actor, loser=x.actor)
        break
    return p


#: the words between a capture's verb and the side that held the ground before: " the city of X, previously under the
#: control of the ", " X and Y, which had been under " (a side's "Kurdish control" follows)
_HELD_BEFORE_BY = re.compile(
    r"[^.;:()]{1,100}?(?:,?\s+(?:which|that)\s+(?:had\s+been|was|were|has\s+been|have\s+been)\s+"
    r"(?:previously\s+|formerly\s+|long\s+)?|,\s*(?:previously|formerly|until\s+then|until\s+now)\s+)"
    r"(?:(?:held|controlled|run)\s+by|under\s+(?:the\s+)?(?:control|rule)\s+of|in\s+the\s+hands\s+of|under)\s+"
    # ("held by moderate rebels")
    r"(?:the\s+)?(?:(?:moderate|mainstream|other|local|allied)\s+)?",
    re.I,
)
_UNDER_ENDS = re.compile(r"\bunder\s+$", re.I)
#: the words between a capture's verb and the side whose withdrawal let it in: " the town of Saraqib, located east of
#: Idleb, following the withdrawal of the rival terrorist group "
_WITHDRAWAL_OF = re.compile(
    r"[^.;:()]{1,100}?,?\s+(?:following|after)\s+(?:the\s+)?(?:withdrawal|pull-?out|retreat|departure|exit)\s+of\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?",
    re.I,
)


def _repelled_by(sentence: str, p: Predicate, acts) -> Predicate:
    """ "an Islamic State assault on Hasakah was repelled by government forces", "met fierce resistance from government
    troops": an attack's second side is the one that stopped it (actor2, when the text names no other)."""
    if p.kind != "clash" or p.actor2 or not p.actor1:
        return p
    for x in acts:
        if x.start <= p.end or x.start - p.end > 160 or x.actor == p.actor1:
            continue
        by = _REPELLED_BY.search(sentence, max(p.end, x.start - 70), x.start)
        # (the same attack: no other act, clause or "after" between the attack's word and "repelled … by")
        if by is not None and not _OTHER_ACT_BETWEEN.search(sentence, p.end, by.start()):
            return replace(p, actor2=x.actor)
    return p


#: the words before the side that stopped an attack: "was repulsed after more than a week by", "resistance from"
_REPELLED_BY = re.compile(
    # (up to the first "by", and no other verb's agent: not "was halted after civilians were killed by Russian strikes";
    # not "no resistance from")
    # ("was repulsed after more than a week by Assad forces": a while, no other clause)
    r"(?:\b(?:repell?ed|repulsed|thwarted|foiled|halted|(?:pushed|beaten|driven)\s+back)\b(?:(?!\bby\b|\bafter\b(?!\s+"
    r"(?:more\s+than\s+)?(?:a|an|one|two|three|four|five|several|\d+)\s+(?:hours?|days?|weeks?|months?)\b)|"
    r"\b(?:killed|wounded|injured|struck|hit|planted|backed|reinforced|supported)\s)[^.;,]){0,40}\bby|"
    r"(?<!\bno\s)(?<!\blittle\s)(?<!\bwithout\s)\bresistance\s+from)\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
_OTHER_ACT_BETWEEN = re.compile(
    # (another act: "a separate infiltration attempt", "an IS attack", "a government advance"; "the attack" is the same)
    r"[;]|\b(?:after|before|while|adding|which|who|when)\b|\b(?:a|an|another|separate|second|(?-i:[A-Z])[\w-]*)\s+"
    r"(?:[\w-]+\s+)?(?:attacks?|assaults?|advances?|push|infiltration|offensive|convoy)\b",
    re.I,
)


#: what ends one telling and opens another between a fight and a capture
_TELLING_BREAK = re.compile(r"[;:]|\b(?:while|whereas|meanwhile|but|(?<!well\s)(?<!such\s)as(?!\s+well))\b", re.I)


#: the side fought, right after "clashes with": "after a fierce battle with Jaysh Al-Izza", "fighting against ISIS"
_FOUGHT_WITH = re.compile(
    r"\b(?:clash(?:es|ed)?|battles?|fighting|fought|confrontations?|engagements?)\s+(?:\w+\s+){0,2}?"
    # ("following a short battle with the jihadist rebels of Hay’at Tahrir Al-Sham")
    r"(?:with|against)\s+(?:(?:the\s+)?(?:[\w-]+\s+)?(?:members|fighters|elements|militants|terrorists|units|rebels|jihadists)"
    r"\s+(?:of|from)\s+)?(?:the\s+)?"
    r"[“\"']?$",
    re.I,
)
#: between a capture and the side it drove out, told after it: ", sweeping Islamic State from …", ", dislodging the ",
#: ", liberating the final stretch of territory controlled by the ", " after destroying the three army checkpoints"
_EXPELLED_AFTER = re.compile(
    r"[^.;:]{0,100}?(?:,\s*|\bthat\s+|\bafter\s+)(?:(?P<out>sweeping|dislodging|ousting|driving|pushing|expelling|kicking|"
    r"routing|evicting|flushing|liberating)|overrunning|overran|defeating|destroying)\s+(?:out\s+)?"
    r"(?:(?:[\w'’-]+\s+){0,6}?(?:controlled|held|occupied)\s+by\s+)?(?:the\s+|several\s+|\w+\s+of\s+the\s+)?"
    r"(?:(?:\w+|\d+)\s+)?[“\"']?$",
    re.I,
)
#: the side a capture's ground was taken from, before the ground: " from rebel groups of the strategic town of Salma"
_FROM_BEFORE_GROUND = re.compile(r"\s+from\s+(?:the\s+)?$", re.I)
_FROM_INSIDE = re.compile(r"\bcontrol\s+from\s+(?:the\s+)?$", re.I)
_GROUND_OF_AFTER = re.compile(r"(?:\s+(?:groups?|factions?|forces|fighters|militants))?\s+of\s+(?:the\s+)?", re.I)


_LOST_TO = re.compile(
    r"\b(?:they|it|he|we)\s+(?:had\s+|have\s+|has\s+)?lost\s+(?:in|during|on|at)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:attacks?|offensive|assaults?|advance)\s+(?:of|by)\s+(?:the\s+)?[“\"']?$",
    re.I,
)
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")
#: a part of the place the sentence spoke of: another place ("the center of the city", "its eastern part")
_CITY_PART = re.compile(
    r"\b(?:cent(?:er|re)|parts?|(?:north|south|east|west)\w*|neighbou?rhoods?|outskirts)\s+of\s+(?:the|this|that)\s+"
    r"(?:city|town|village|province)\b|\b(?:its|their)\s+(?:(?:north|south|east|west)\w*\s+)?(?:parts?|countryside|"
    r"outskirts|neighbou?rhoods?)\b",
    re.I,
)
#: "attacks by the regime forces", "an attempt by ISIS": the agent of a noun of fighting
_EFFORT_BY = re.compile(
    r"\b(?:attacks?|attempts?|assaults?|offensive|operations?|advance\w*|counter-?attacks?|efforts?)\s+by\s+(?:the\s+)?[“\"']?$",
    re.I,
)


_AND = re.compile(r"\band\b")


def _own_start(p: Predicate, others: Sequence[Predicate]) -> int:
    """Where the words that may name ``p``'s weapon start: its clause, or after the last event word of another
    side before it ("Regime forces shelled X and rebels executed two men in Y": the shelling is not theirs)."""
    return max(
        (q.end for q in others if p.clause[0] <= q.end <= p.start and q.actor1 and p.actor1 and q.actor1 != p.actor1),
        default=p.clause[0],
    )


#: the verb an instrument's own attacks follow: "drones carried out two attacks on X", "warplanes launched attacks on Y"
_LAUNCHED_BEFORE = re.compile(
    r"\b(?:carr(?:y|ies|ied)\s+out|launch(?:ed|es)?|conduct(?:ed|s)?|stag(?:ed|es)|made|makes?)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)


def _launched_attack(sentence: str, start: int, t0: int, t1: int) -> re.Match | None:
    """The launching verb before the event word "attack(s)" at ``t0:t1`` ("drones carried out two attacks on X":
    the attacks are the subject's own, by its means), looked for after ``start``; else None."""
    if not re.fullmatch(r"attacks?", sentence[t0:t1], re.I):
        return None
    return _LAUNCHED_BEFORE.search(sentence, max(start, t0 - 40), t0)


def _after_last_conjunct(sentence: str, start: int, end: int) -> int:
    """The offset right after the last "and" or comma of ``sentence[start:end]`` (where the subject of a verb at
    ``end`` begins), else ``start``."""
    cuts = [m.end() for m in re.finditer(r"\band\b|,", sentence[start:end])]
    return start + cuts[-1] if cuts else start


#: a crowd as the subject right before its act: "dozens of protesters stormed …", "Crowds angry because of … stormed"
_RIOTERS = re.compile(
    r"\b(?:protesters|protestors|demonstrators|crowds?|rioters|mobs?)\b(?:(?!\b(?:and|but|while|as)\b)[^,;.]){0,70}$",
    re.I,
)
_RIOT_ACT = re.compile(r"storm|attack|burn|torch|set\s+fire|broke|break", re.I)
#: an arrest aimed at or failed: "aimed at apprehending", "failed to arrest", "seeking to detain"
_ARREST_AIMED = re.compile(
    r"\b(?:aim(?:ed|ing|s)?\s+at|fail(?:ed|s|ing)?\s+to|attempt(?:s|ed|ing)?\s+to|seek(?:s|ing)?\s+to|sought\s+to|"
    r"tr(?:y|ied|ies|ying)\s+to|in\s+order\s+to|intended\s+to)\s+$",
    re.I,
)
#: a toll told in the perfect up to now from long ago: "… have killed at least 300 civilians in Raqqa since the month of
#: March", "has killed 40 people since the start of the offensive" (not "since dawn": the day's own)
_SINCE_TOTAL = re.compile(
    r"\s+(?:ha(?:ve|s)|had)\s+(?:(?:so\s+far|now|reportedly|already)\s+)?(?:killed|claimed|left|wounded|injured)\b[^.;,]{0,80}?"
    r"\bsince\s+(?:the\s+(?:month\s+of|start|beginning|outbreak|onset|launch)\b|(?:early\s+|late\s+|mid-?)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)|(?:19|20)\d\d\b|"
    r"last\s+(?:week|month|year)\b|\d+\s+(?:weeks|months|years)\b)"
    # (not a start days ago: "since the launch of Operation Peace Spring on Wednesday")
    r"(?![^.;,]{0,60}?\b(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday)\b)",
    re.I,
)
#: acts named as what is to be stopped or protested, not as events: "to thwart further attacks", "to protest the
#: ongoing attacks by militia groups", "prevent any new strikes"
_WARDED_OFF = re.compile(
    r"\b(?:thwart|prevent|stop|deter|avert|halt)\s+(?:the\s+)?(?:(?:any|further|more|future|possible|new)\s+)+$|"
    r"\bprotest(?:ing|ed|s)?(?:\s+against)?\s+(?:the\s+)?(?:(?:ongoing|continued|continuing|repeated|further|new)\s+)+$|"
    # ("appealed for U.S.-led air strikes to target the insurgents' tanks": strikes asked for, none made)
    r"\b(?:appeal(?:ed|s|ing)?|plead(?:ed|s|ing)?|call(?:ed|s|ing)?|ask(?:ed|s|ing)?)\s+for\s+(?:more\s+|further\s+)?"
    r"(?:[\w.-]+\s+){0,2}$",
    re.I,
)
#: the crowd as the subject of a passive: "the protesters were violently attacked", "demonstrators in Daraa were"
_CROWD_SUBJECT = re.compile(
    r"(?<!near\s)(?<!among\s)(?<!guarding\s)(?<!covering\s)(?<!beside\s)(?<!by\s)(?<!with\s)(?<!the\s)"
    r"(?:\bthe\s+)?\b(?:protesters|protestors|demonstrators|crowds?)(?:\s+(?:in|at)\s+[^,;.]{1,30}?|\s+who\s+[^;.]{1,80}?|"
    r"\s*,[^;.]{1,80}?,|\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today))?"
    r"\s+(?:was|were|had\s+been|have\s+been)\s+(?:\w+ly\s+)?$",
    re.I,
)


def _refine(sentence: str, preds: list[Predicate], places, beside: Sequence[Predicate] = ()) -> list[Predicate]:
    """Generic verbs take their kind from the clause's instrument; clause-level de-duplication.  ``beside`` are
    the sentence's other predicates (the placed ones, when refining the event words with no place)."""
    out = []
    for p in preds:
        if (
            p.kind in ("advance", "clash", "capture")
            and _RIOT_ACT.match(p.trigger)
            and _RIOTERS.search(sentence, max(0, p.start - 90), p.start)
        ):
            if p.voice == "passive" and _CROWD_SUBJECT.search(sentence, max(0, p.start - 90), p.start):
                # "the protesters were violently attacked by security forces": force used on the crowd
                p = replace(p, kind="violence", actor2="protesters", winner="", loser="", objects=())
            elif p.voice == "passive":
                pass  # "An army post near the protesters was attacked by gunmen": not the crowd
            else:
                # "dozens of protesters stormed the governor's office in Sweida": a crowd's violence, no battle
                p = replace(p, kind="riot", actor1="protesters", actor2="", winner="", loser="", objects=())
        kind = p.kind
        clause = sentence[p.clause[0] : p.clause[1]]
        if kind in ("generic", "strike", "violence", "clash"):
            # up to the next conjunct's event word: "The factions target X and HTS carries out an explosion at Y" is
            # no bomb at X (but "targeting X by about 175 raids" is from the air)
            nxt = min(
                [p.clause[1]]
                + [q.start for q in (*preds, *beside) if q.start >= p.end and _AND.search(sentence, p.end, q.start)]
            )
            # ("An explosion in Qamishli and ISIS target the SDF": a side's own act after "and" is not the explosion)
            start = max(
                [p.clause[0]]
                + [
                    q.end
                    for q in (*preds, *beside)
                    if p.actor1
                    and not q.actor1
                    and p.clause[0] <= q.end <= p.start
                    and _AND.search(sentence, q.end, p.start)
                ]
            )
            inst = _instrument(sentence[start:nxt])
            # (not "explosive-packed barrel bombs": those are dropped from the air; blanked, the offsets kept)
            near = _CHARGED_BARREL.sub(lambda m: " " * len(m.group()), sentence[max(start, p.start - 25) : p.end + 60])
            near_inst = _instrument(near[: p.end + 25 - max(start, p.start - 25)])
            if kind == "violence":
                # "a massacre by warplanes"; not "Airstrikes target X and a young man executed in Y"
                left = max(_own_start(p, (*preds, *beside)), p.start - 40)
                # (not "continue shelling X and assassinating a fighter": the shelling is another event)
                # (nor "shell X and execute two in Y": a verb after "and" is an act of its own)
                own = p.trigger.lower().startswith("assassin") or (
                    _AND_BEFORE.search(sentence, max(0, p.start - 6), p.start) and _AS_VERB.match(sentence, p.start)
                )
                left = _after_last_conjunct(sentence, left, p.start) if own else left
                agent = _CARRIED_OUT_BY.match(sentence, p.end)
                right = agent.end() + 30 if agent else p.end + 40
                # (nor "A man found executed in X and regime helicopters bomb Y": the means of the act after "and")
                cuts = [_AND.search(sentence, p.end, q.start) for q in (*preds, *beside) if q.start >= p.end]
                right = min([right] + [m.start() for m in cuts if m is not None])
                inst = _instrument(sentence[left : min(p.clause[1], right)])
            if inst and (kind == "generic" or kind == "violence"):
                kind = inst
            elif (
                kind == "clash"
                and inst in ("shelling", "strike", "explosive", "suicide")
                and re.fullmatch(r"(?:attack|assault)(?:s|ed)?", p.trigger, re.I)
                and (
                    _WITH_MEANS_AFTER.match(sentence, p.end)
                    # (an attack from the air after its target; not "attacked X with rockets and tried to storm it",
                    # a fight as well)
                    or (inst == "strike" and _WITH_MEANS_AFTER_TARGET.match(sentence, p.end))
                )
            ):
                kind = inst  # "terrorist attacks with two mortar shells that targeted X": shelling, by its means
            elif (
                kind == "clash"
                and (launched := _launched_attack(sentence, start, p.start, p.end)) is not None
                # (the launching subject's own words, after the last "and" or comma: not "target X by 20 shells and
                # the regime forces carry out a new attack in Y")
                and (
                    own_means := _instrument(
                        sentence[_after_last_conjunct(sentence, start, launched.start()) : launched.start()]
                    )
                )
                in ("strike", "shelling")
            ):
                kind = (
                    own_means  # "Turkish drones carried out two attacks on Kobani": the aircraft's attacks are strikes
                )
            elif (
                kind == "strike"
                and near_inst in ("explosive", "suicide")
                # (not explosives a drone dropped: "A Turkish drone dropped explosives on SDF positions", a strike)
                and not (_DROPPED.search(near) and _AIR_DROP_NEAR.search(near))
            ):
                kind = near_inst
            elif (
                kind == "strike"
                and p.trigger.lower() in ("strike", "strikes")
                and _SUICIDE_BEFORE.search(sentence, p.clause[0], p.start)
            ):
                kind = "suicide"  # "A suicide bomber killed three people in a strike on a Hezbollah stronghold"
            elif kind == "generic" and _GUNMEN_BEFORE.search(sentence, p.clause[0], p.start):
                kind = "violence"  # "Gunmen targeted their car": a shooting, not shelling
            elif kind == "generic":
                kind = "shelling"  # "target" without a weapon: fire from the ground
        elif kind == "bombing":
            kind = _bombing(sentence, p, places)
        elif (
            kind == "explosive"
            and re.match(r"detonat|blew|explod|set\s+off", p.trigger, re.I) is not None
            and _SUICIDE_SUBJECT.search(sentence, max(p.clause[0], p.start - 80), p.start) is not None
        ):
            kind = "suicide"  # "A suicide bomber from Al Nusra Front detonated a car bomb …": the bomber's own bomb
        elif kind == "explosive" and (
            _DRONE_BEFORE.search(sentence, p.clause[0], p.start)
            or re.match(r"(?:\w+\s+)?drones?\b", p.trigger, re.I)
            # ("a drone operated by the jihadist group dropped explosive devices on X": dropped from the air)
            or (_DROPPED.match(p.trigger) and _AIR_DROP_NEAR.search(sentence, max(p.clause[0], p.start - 60), p.end))
        ):
            kind = "strike"  # "Kamikaze drone with a parachute explodes in an HTS position": a drone strike
        elif (
            kind == "shelling"
            and p.voice == "noun"
            and (
                (
                    _AIRCRAFT_SUBJECT.search(sentence, p.clause[0], p.start)
                    and not _GROUND_AND_AIR.search(sentence, p.clause[0], p.start)
                )
                # ("Heavy shelling from government warplanes resumed on X": the aircraft's fire)
                or _FROM_AIRCRAFT_AFTER.match(sentence, p.end)
            )
        ):
            # "Warplanes start their morning shelling round on X": SOHR's قصف by aircraft (but "the regime forces and
            # Russian warplanes are shelling X": the forces' shelling, the word the text uses)
            kind = "strike"
        elif kind == "killing" and "behead" in p.trigger.lower():
            kind = "violence"  # "kills and beheads 4 fighters": an execution of men held (the gold's Attack)
        elif kind == "killing":
            start = _own_start(p, (*preds, *beside))
            before = [q.end for q in (*preds, *beside) if start <= q.end <= p.start]
            if p.actor1 and before:
                # "Raids on Hama and the Islamic State kill a person in X": a side named after "and" kills with
                # its own means, not the raids'
                ands = [m.start() for m in _AND.finditer(sentence, max(before), p.start)]
                start = ands[-1] if ands else start
            kind = _instrument(sentence[start : p.end]) or kind
        if (
            kind == "violence"
            and p.trigger.lower().startswith("assassin")
            and not _OFFICIAL.search(clause)
            and not _A_PERSON.match(sentence, p.end)  # "assassination of a person": of no side, a civilian
            # ("against former leader in the “Jaish Al-Thawra”", "the ex-soldier's assassination": a man who left)
            and not (_FORMER_MEN.search(clause) and p.actor2 in ("", "civilians"))
        ):
            kind = "clash"  # assassinating a commander or a fighter is fighting; a judge or an official, violence
        elif (
            kind == "violence"
            and re.fullmatch(r"shot\s+dead|gunned\s+down", p.trigger, re.I)
            and _FIGHTER_AFTER.match(sentence, p.end)
            and not _OFFICIAL.search(sentence, p.end, p.end + 40)
        ):
            kind = "clash"  # "Unknown gunmen shot dead SDF fighter": the killing of a fighter, as an assassination is
        elif (
            kind == "violence"
            and (OPEN_FIRE.match(p.trigger) or p.kind == "generic")
            and ((p.actor2 and p.actor2 != "civilians") or _ARMED_TARGET_AFTER.match(sentence, p.end))
        ):
            kind = "clash"  # "opened fire on members of an SDF checkpoint", "… on a regime patrol": fighting
        if p.outcome == "attempt" and kind in (*TRANSFERS, "advance", "withdrawal", "siege"):
            kind = "clash"
        if kind != p.kind:
            p = replace(p, kind=kind)
        out.append(p)
    return out


#: the attack or advance of a side that fighting followed: "after an attack by the regime forces", "after 3 unsuccessful
#: attacks by …", "after regime forces' advance", "after SDF's advancement"
_CAUSE_BY = re.compile(
    r"after\s+(?:an?\s+|the\s+|\d+\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|advance\w*|assaults?|offensive|"
    r"counter[\s-]?attacks?)\s+(?:carried\s+out\s+)?by\s+(?:the\s+)?[“\"']?$",
    re.I,
)
_CAUSE_OWNER = re.compile(r"after\s+(?:the\s+)?[“\"']?$", re.I)
_CAUSE_OWNED = re.compile(r"[”\"']?['’]s?\s+(?:[\w-]+\s+)?(?:attacks?|advance\w*|assaults?|offensive)\b", re.I)


def _cause_side(sentence: str, start: int, acts) -> str:
    """The side whose attack or advance the clause at ``start`` ("after …") names, or ''."""
    for x in acts:
        if x.start < start:
            continue
        if x.start > start + 60:
            break
        if _CAUSE_BY.fullmatch(sentence, start, x.start) or (
            _CAUSE_OWNER.fullmatch(sentence, start, x.start) and _CAUSE_OWNED.match(sentence, x.end)
        ):
            return x.actor
        break  # (only the first side named after "after")
    return ""


_COMMA_SUBJECT = re.compile(r",\s*(?:the\s+)?$")
#: between a side and the event word it is the subject of: nothing, or "and" and another (its aircraft)
_NEXT_SUBJECT_GAP = re.compile(r"\s*(?:and\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+)?)?", re.I)
#: the event words the lexicon lists as nouns that are verbs too ("target", "arrest", "execute", "kidnap")
_VERBAL_NOUNS = ("generic", "arrest", "abduction", "violence", "shelling")
_AND_BEFORE = re.compile(r"\band\s+$", re.I)
_OBJECT_PREPOSITION = re.compile(r"\b(?:with|against|on|from|to|by|of)\s+(?:the\s+)?$", re.I)


def _no_subject_between(sentence: str, acts, start: int, end: int) -> bool:
    """Whether no side named between ``start`` and ``end`` could be a subject: only sides after a preposition, the
    objects of the verb before ("reached a truce with Turkish-backed groups and withdrew")."""
    return not any(
        start <= x.start < end and not _OBJECT_PREPOSITION.search(sentence, max(0, x.start - 12), x.start) for x in acts
    )


#: a verb with no subject of its own right after "and": "… and was advancing", "… and retreated"
_AND_VERB_BEFORE = re.compile(
    r"\band\s+(?:then\s+|later\s+|also\s+)?(?:(?:was|were|has|have|had|is|are)\s+(?:been\s+)?(?:\w+ly\s+)?)?$", re.I
)
_WITH_AFTER = re.compile(r"\s+with\b", re.I)
#: men killed or hurt after a fight: "killed 12 soldiers", "leaving 5 fighters wounded"
_MEN_KILLED_AFTER = re.compile(
    r"\b(?:kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|injur(?:es|ed|ing)|left|leaving)\s+(?:at\s+least\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:soldiers|troops|fighters|members|militants|personnel|servicemen|gunmen|rebels|jihadists)\b",
    re.I,
)
#: right after a side's name, another conjunct: " and", ","
_AND_NEXT = re.compile(r"\s*(?:,|\band\b)")
#: between a fight's noun and the side fought: " with the "
_WITH_GAP = re.compile(
    # ("following fierce clashes with armed factions of the Turkish-backed Syrian National Army": the side's men)
    r"\s+with\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:factions|groups|units|fighters|members|elements|militants)\s+"
    r"(?:of|from)\s+(?:the\s+)?)?",
    re.I,
)
#: right before a noun that opens a conjunct of its own: "… and the violent clashes", "…, continued clashes"
_NEW_NOUN_CONJUNCT = re.compile(
    r"(?:\band|,)\s+(?:the\s+)?(?:(?:violent|fierce|heavy|intense|intensive|continued|continuous|ongoing|renewed|"
    r"sporadic|new|more)\s+)*$",
    re.I,
)
#: such a word used as a verb: a present or past form, then its object (a name, a number, an article), not a
#: preposition ("arrests of displaced", "the execution in X")
_AS_VERB = re.compile(
    r"(?:target|targets|targeted|arrest|arrests|arrested|execute|executes|executed|kidnap|kidnaps|kidnapp?ed|"
    r"abduct|abducts|abducted|assassinate|assassinates|assassinated|hit|hits|struck|behead|beheads|beheaded|"
    r"torture|tortures|tortured|shell|shells|shelled)\s+"
    r"(?:[A-Z\u0600-\u06ff\d“\"']|(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|several|dozens|tens|"
    r"his|her|its|their|them|him|members?|people|civilians|citizens|young|men|women|areas?|positions?|sites?)\b)"
)
#: a ground force and aircraft named together as a subject: "the regime forces and (the) Russian warplanes"
_GROUND_AND_AIR = re.compile(
    r"\b(?:forces|army|troops|militias?|militiamen|factions)\s+and\s+(?:the\s+)?(?:[\w’']+\s+)?"
    r"(?:warplanes?|war\s*planes|jets|helicopters?|aircraft|drones?)\b",
    re.I,
)
#: aircraft as the subject of a clause, a few words before its event noun (no other side or weapon in between)
#: aircraft named with their owners as a clause's subject: "Warplanes of the Russians and the regime continue …"
_AIRCRAFT_OF = re.compile(
    r"\b(?:warplanes?|war\s*planes|(?:air)?planes?|jets|helicopters?|aircraft|drones?)\s+of\s+(?:the\s+)?[\w’'-]+"
    # ("Jets of the US-led International Coalition have bombed the town of Hajin")
    r"(?:\s+and\s+(?:the\s+)?[\w’'-]+)?\s+(?:[\w’'-]+\s+){0,3}$",
    re.I,
)
_AIRCRAFT_SUBJECT = re.compile(
    # ("The Syrian air force rained rockets down on Idlib"; not the Air Force Intelligence, a security branch)
    r"\b(?:warplanes?|war\s*planes|(?:air)?planes?|jets|helicopters?|aircraft|drones?|air\s+force(?!\s+(?:intelligence|academy|base|college|airport|school)))\s+"
    # ("Israeli jets in Lebanese airspace fired missiles at X")
    r"(?:in\s+(?:[\w-]+\s+)?airspace\s+)?"
    # ("Warplanes from the US-led coalition have pounded Tabqa")
    r"(?:(?!and\b|with\b|by\b|of\b|on\b|in\b|at\b)[\w’'-]+\s+){0,5}$",
    re.I,
)
_FROM_OWNER_GAP = re.compile(r"\s+from\s+(?:the\s+)?", re.I)
#: aircraft as the source of the fire named right after it: " from government warplanes", " by Russian jets"
_FROM_AIRCRAFT_AFTER = re.compile(
    # ("The missile strike by Israeli warplanes on X")
    r"\s+(?:strikes?\s+|attacks?\s+)?(?:from|by)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:warplanes?|war\s*planes|(?:air)?planes|jets|helicopters?|aircraft)\b",
    re.I,
)
_A_PERSON = re.compile(r"\s+(?:of\s+)?an?\s+(?:young\s+|old\s+)?(?:person|man|woman)\b", re.I)
#: the words of shots fired at people: "opened fire on", "fired on protesters", "shot at its forces" (also read by
#: :mod:`geo.events`: a protest fired on is force against it)
OPEN_FIRE = re.compile(r"open(?:s|ed|ing)?\s|(?:shot|fired)$", re.I)
#: men with small arms as the subject of "target": "Gunmen targeted their car", "unknown assailants targeted X"
# ("A shooting incident targeted a former commander": gunfire, not shells)
_GUNMEN_BEFORE = re.compile(
    r"\b(?:gunm[ae]n|assailants?|snipers?|shooting\s+(?:incident|attack))\b(?:\s+[\w-]+){0,4}\s*$", re.I
)
#: the protesters a side killed: "killed at least 11 protesters", "killed dozens of peaceful demonstrators"
_PROTESTERS_NEXT = re.compile(
    r"\s+(?:at\s+least\s+|about\s+|more\s+than\s+|nearly\s+|some\s+)?(?:\d+|a|an|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty(?:-\w+)?|dozens|scores|several|many|hundreds)?(?:\s+of)?\s*"
    r"(?:(?:unarmed|peaceful|anti-government|anti-regime)\s+)?(?:protesters?|demonstrators?)\b",
    re.I,
)
#: the men with guns before "killed": "Security forces killed", "soldiers have killed", "the army killed"
_FORCE_SUBJECT = re.compile(
    r"\b(?:forces|troops|police|policem[ae]n|soldiers?|snipers?|gunm[ae]n|militia\w*|army|guards|shabbiha|men)\b"
    # ("Security forces in Homs killed", "Security forces opened fire and killed")
    r"(?:\s+in\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)?\s+(?:\w+ly\s+)?(?:have\s+|has\s+|had\s+)?"
    r"(?:opened\s+fire\s+and\s+)?(?:\w+ly\s+)?$",
    re.I,
)
#: a toll counted over a long time after the dead: "… protesters since March", "so far", "this year", "to date"
_TOLL_SINCE = re.compile(r"[^.;,]{0,40}?\b(?:since|so\s+far|to\s+date|this\s+year|over\s+the\s+past)\b", re.I)
#: but one day's toll measured against the past: "in the bloodiest day since the uprising began"
_DAY_SINCE = re.compile(r"\b(?:deadliest|bloodiest|worst|first|heaviest)\s+(?:\w+\s+)?(?:since|so\s+far)\b", re.I)
#: a protest fired on: "opens fire for the second time on a demonstration", "open fire on protesters", "shot directly
#: into the crowd"
_ON_PROTEST = re.compile(
    r"(?:\s+[\w-]+){0,5}?\s+(?:on|at|upon|towards?|against|into)"
    r"\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:protest\w*|demonstrat\w*|rall(?:y|ies)|sit-in|crowds?)\b|"
    r"\s+(?:and\s+(?:killed|injured|wounded)\s+)?(?:(?!\w+ing\b|near\b|among\b|with\b|beside\b|by\b|guarding\b)\w+\s+){0,3}?(?:protesters|demonstrators)\b",  # ("shot two protesters")
    re.I,
)
#: fighters' men or posts fired on: "opened fire directly on members of the checkpoint", "on a patrol of X"
_ARMED_TARGET_AFTER = re.compile(
    r"\s+(?:directly\s+|randomly\s+)?(?:on|at|upon|towards?|against)\s+(?:an?\s+|the\s+|\d+\s+|two\s+|three\s+)?"
    r"(?:[\w’'“”-]+\s+){0,3}?(?:fighters?|commanders?|leaders?|members?|officers?|soldiers?|elements?|militiam[ae]n|"
    r"collaborators?|checkpoints?|patrols?|positions?|posts?|barracks|headquarters|forces|troops|units|"
    # ("opened fire at militants' bases in Khan Shaykhoun")
    r"(?:militants|rebels|terrorists|jihadists|insurgents)['’]?\s+(?:bases|gatherings|sites|hideouts))\b",
    re.I,
)
#: the fighter a killing's words name right after them: "gunmen shot dead SDF fighter", "gunned down a commander of X"
_FIGHTER_AFTER = re.compile(
    r"\s+(?:an?\s+|the\s+|\d+\s+|two\s+|three\s+)?(?:[\w’'“”-]+\s+){0,3}?(?:fighters?|commanders?|leaders?|members?|"
    r"officers?|soldiers?|elements?|militiam[ae]n)\b",
    re.I,
)
_OFFICIAL = re.compile(
    r"\b(?:judges?|officials?|doctors?|physicians?|teachers?|journalists?|mayors?|civilians?|citizens?|"
    # (not "according to the opposition activists": a source)
    r"(?<!opposition\s)activists?(?!\s+(?:said|say|says|reported|told))|"
    r"refugees?|head\s+of\s+(?:a|the)\s+municipality|"
    r"clerics?|preachers?|imams?|sharia\s+(?:man|men|official|judge)|sheikhs?|lawyers?|engineers?|council\s+members?|"
    r"(?:local|city|town|village)\s+council)\b",
    re.I,
)


#: "bomb" as a noun (opening the headline, or after an article), not the verb of "the regime forces bomb X"
_BOMB_NOUN = re.compile(r"(?:^|[;:.]\s*|\b(?:a|an|the|one|another|second)\s+)$", re.I)


#: ground described by a relative clause with no pronoun, before its verb of holding: "in the area they ", "the
#: territories it still "
_AREA_THEY_BEFORE = re.compile(
    r"\b(?:areas?|parts?|territor(?:y|ies)|neighbou?rhoods?|districts?|positions?|pockets?|regions?)\s+"
    r"(?:they|it)\s+(?:still\s+|now\s+|had\s+|have\s+|has\s+)?$",
    re.I,
)
#: people taken out of a place, right after "evacuated": " wounded", " the sick", " hundreds of civilians"
_PEOPLE_EVACUATED = re.compile(
    r"\s+(?:the\s+)?(?:\d+\s+|dozens\s+of\s+|hundreds\s+of\s+|thousands\s+of\s+|more\s+)?"
    r"(?:wounded|injured|sick|civilians|families|residents|children|women|people|patients|casualties)\b"
    # (not with the fighters: "Buses began evacuating civilians and fighters from eastern Aleppo")
    r"(?!\s+and\s+(?:the\s+)?(?:fighters|rebels|militants|gunmen|combatants)\b)",
    re.I,
)
#: a target that is an aim, not a thing hit: "The next main target will be al-Omar oil field", "the ultimate target is"
_AIM_TARGET = re.compile(r"\b(?:next|main|primary|ultimate|final|first|major|key)\s+$", re.I)
#: a place named as the next aim, right before "target": " as the next potential " (of "Homs as the next potential target")
_NEXT_TARGET = re.compile(r"\bas\s+(?:the|a|its|their)\s+(?:next|likely|possible|potential)\s+(?:[\w-]+\s+)?$", re.I)
_WILL_BE = re.compile(r"\s+(?:will|would|is|was|could|may|might)\s+(?:be|remain)\b|\s+(?:is|was)\b", re.I)
#: the words of a bomb dropped, and the words near it that put it in the air ("dropped cluster bombs")
_DROPPED = re.compile(r"dropp(?:ed|ing)|drops?\b", re.I)
_AIR_DROP_NEAR = re.compile(
    r"\b(?:barrels?|cluster|parachutes?|drones?|helicopters?|aircraft|(?:war)?planes?|jets?|air)\b", re.I
)


def _bombing(sentence: str, p: Predicate, places) -> str:
    """ "bombing" / "bombardment" by its means: from the air when aircraft are named next to it
    ("bombing by Russian warplanes", "aerial bombardment"), a bomb when a place names it
    ("Homs bombing") or alone ("a bomb"), else fire from the ground (SOHR's قصف)."""
    c0, c1 = p.clause
    if _AIR.search(sentence, max(c0, p.start - 30), min(c1, p.end + 40)) or _AIRCRAFT_OF.search(sentence, c0, p.start):
        return "strike"  # ("Warplanes of the Russians and the regime continue bombing east of the Euphrates")
    if _DROPPED.match(p.trigger) and (
        _AIR_DROP_NEAR.search(sentence, max(c0, p.start - 40), min(c1, p.end + 40))
        # (the government as the side that dropped it: not a gunman's bomb "near an army checkpoint", nor the
        # "Syrian National Army" fighters' bomb)
        or p.actor1 == "government"
    ):
        return "strike"  # "The regime dropped cluster bombs on X": bombs dropped fall from the air (not a gunman's)
    if any(0 <= p.start - e <= 2 for _, e in places) and not re.match(r"\s+(?:on|of|in|at|by)\b", sentence[p.end :]):
        return "explosive"
    if sentence[p.start : p.end].lower() == "bomb" and _BOMB_NOUN.search(sentence, max(0, p.start - 12), p.start):
        return "explosive"  # "Bomb kills 25 … in north Syria", "a bomb exploded": one device, none dropped from the air
    if _DEVICE_BEFORE.search(sentence, max(0, p.start - 20), p.start) or _DEVICE_AFTER.match(sentence, p.end):
        # "twin bombings targeting al-Zahra", "Motorbike bombs explode in al-Bab", "twin bomb attacks": devices
        return "explosive"
    if re.fullmatch(r"bomb\s+attacks?", sentence[p.start : p.end], re.I) or (
        sentence[p.start : p.end].lower() == "bomb" and _ATTACK_AFTER.match(sentence, p.end)
    ):
        colon = sentence.find(":", 0, p.start)
        if _AIR.search(sentence, c0, _comma_or(sentence, p.end, c1)) or (colon > 0 and _AIR.search(sentence, 0, colon)):
            # ("Syria air strike: … killed by US-led bomb attack in Raqqa": the headline's air strike; not "…, as Turkish
            # jets struck SDF positions", another clause's)
            return "strike"
        if not _LAUNCHED_BEFORE.search(sentence, max(0, p.start - 30), p.start):
            # "Islamic State claims bomb attack that killed several Asayish police in Hasakah": a bomb set off, not
            # shells (not one "carried out" or "launched", by the regime's guns or aircraft as often as not)
            return "explosive"
    if _CLAIMED_FOR.search(sentence, max(c0, p.start - 60), p.start) or _ROCKED_AFTER.match(sentence, p.end):
        # "IS has claimed responsibility for three deadly bombings that rocked a Shiite district": devices set off
        return "explosive"
    return "shelling"


#: a bombing owned to ("claimed responsibility for three deadly ") or one that shook a place ("bombings that rocked X",
#: "Two bombings rocked X")
_CLAIMED_FOR = re.compile(r"claim(?:ed|s|ing)?\s+(?:responsibility\s+for\s+)?(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}$", re.I)
_ROCKED_AFTER = re.compile(r"\s+(?:(?:that|which)\s+)?(?:\w+ly\s+)?rock(?:ed|s)\b", re.I)
#: words that make a bomb a device set off where it is: "twin bombings", "motorbike bombs", "roadside bomb"
_DEVICE_WORDS = r"(?:twin|double|triple|motor(?:bike|cycle)|roadside|booby-?traps?|car|vehicle)"
_DEVICE_BEFORE = re.compile(rf"\b{_DEVICE_WORDS}\s+$", re.I)
_DEVICE_AFTER = re.compile(r"\s+(?:attacks?\s+)?(?:explod\w*|went\s+off|go(?:es)?\s+off)\b", re.I)
#: what a headline's agreement is about or between: "agreement to stop …", "agreement in al-Waer between …"
_AGREEMENT_OF = re.compile(r"\s+(?:to|between|on|for)\b|\s+in\s+[^,;]{1,60}?\bbetween\b", re.I)

_LOST_TO_NOUN = re.compile(r"(?:fall|loss)\s+of$", re.I)
#: the place itself between "the loss of" and "to <side>" (not "the fall of X is a blow to the rebels")
_LOST_TO_GAP = re.compile(
    r"\s+(?:the\s+)?(?:(?:town|village|city|base|hill)\s+of\s+)?(?:(?:al|el|ar|as|ad|an)[-\s])?(?-i:[A-Z])[\w'’-]*"
    r"(?:[\s-]+(?-i:[A-Z])[\w'’-]*){0,3}\s+to\s+(?:the\s+)?",
    re.I,
)
#: a civilian site attacked: "an attack on a hospital", "attacked the school"
_CIVIL_SITE_AFTER = re.compile(
    r"\s+(?:on\s+)?(?:a|an|the)\s+(?:[\w-]+\s+)?(?:hospitals?|schools?|clinics?|bakery|bakeries|mosques?|churches?|"
    r"markets?|medical\s+(?:points?|cent(?:er|re)s?)|camps?\s+for\s+(?:the\s+)?displaced)\b",
    re.I,
)
#: between a place and "which" that opens a clause whose verb takes it as its object ("Salma, which the army took")
_WHICH_OBJECT_GAP = re.compile(r"\s*(?:town|village|city|base|hill|airport|airbase)?\s*,\s*", re.I)


#: between a side and the "who" or "which" whose clause it opens: "The rebels, who"
_RELATIVE_GAP = re.compile(r"\s*,\s*")
#: between a support verb of a relative clause and the act it carries out: " out more than five "
_CARRIED_OUT_GAP = re.compile(
    r"(?:(?<=carried)|(?<=launched)|(?<=conducted)|(?<=staged))\s+(?:out\s+)?(?:(?:more|less|than|about|nearly|over|at|least|dozens|of|tens|"
    r"several|\d+|two|three|four|five|six|seven|eight|nine|ten|new|heavy|intense|intensive)\s+){0,5}",
    re.I,
)
_MAIN_VERB_OPENS = re.compile(r",\s+(?:\w+ly\s+|also\s+|now\s+)?(?:(?:have|has|had)\s+)?", re.I)
#: an act's noun and "by" before its agent, the noun the subject of the verb after the agent ("A car bombing by the ")
_AGENT_OF_SUBJECT_NOUN = re.compile(
    r"\b(?:bomb(?:ing)?s?|attacks?|explosions?|blasts?|strikes?|raids?|shelling)\s+by\s+(?:the\s+)?$", re.I
)
#: between that agent and the verb: nothing but its group word (" group ", " militants ")
_GROUP_WORD_GAP = re.compile(r"\s*(?:(?:group|organi[sz]ation|militants|fighters|jihadists)\s+)?", re.I)
#: a time clause's opening word right before its gerund ("after ", "before successfully "), or a result's ("which
#: resulted in ")
_GERUND_OPENS = re.compile(
    r"(?:\s*[–—]\s*|after|before|while|which\s+(?:has\s+|have\s+)?(?:resulted|ended|culminated)\s+in|which\s+led\s+to)\s+(?:\w+ly\s+)?",
    re.I,
)
#: a relative clause's opening verb that the side before does: "who captured", "which has shelled"
_RELATIVE_ACTS = re.compile(r"(?:who|which)\s+(?:(?:had|has|have)\s+)?(?:\w+ly\s+|also\s+)?\w+(?<!ing)\b", re.I)


def _relative_antecedent(sentence: str, clauses, ci: int, mentions, t0: int) -> list:
    """The side that a "who"/"which" clause set off by commas points back to, as the subject of that clause's first
    verb (at ``t0``) or of the main clause's verb right after it: "The rebels, who captured X last week, shelled Y"."""
    c0, _, intro = clauses[ci]
    if intro in ("who", "which"):
        rel = c0
        # (only the relative clause's own first verb: "who captured X", not a verb of a later clause in it; or the act
        # it carries out: "the Syrian aviation, which carried out more than five strikes on Jobar")
        verb = _RELATIVE_ACTS.match(sentence, rel)
        if verb is None or not (rel < t0 < verb.end() or _CARRIED_OUT_GAP.fullmatch(sentence, verb.end(), t0)):
            return []
    elif ci and clauses[ci - 1][2] in ("who", "which") and _MAIN_VERB_OPENS.fullmatch(sentence, c0, t0):
        rel = clauses[ci - 1][0]  # (the main clause's verb right after the relative clause's closing comma)
    else:
        return []
    # (any side right before the relative pronoun: "support from the Syrian aviation, which carried out …")
    side = next(
        (
            x
            for x in mentions
            if _RELATIVE_GAP.fullmatch(sentence, x.end, rel)
            and x.actor not in ("civilians", "protesters", "unidentified")
        ),
        None,
    )
    return [side] if side is not None else []


#: a demonstrative object that points back to a place named before: " this district", " over that town"
_THIS_PLACE = re.compile(
    r"\s+(?:over\s+|of\s+|on\s+)?(?:this|that)\s+(?:town|city|village|district|neighbou?rhood|quarter|area|base|"
    r"airport|hill|camp)\b",
    re.I,
)


def _which_antecedent(sentence: str, places, c0: int) -> list[Argument]:
    """The place right before the "which" that opens the clause at ``c0`` ("the town of Salma, which …"), taken."""
    own = [i for i, (_, e) in enumerate(places) if _WHICH_OBJECT_GAP.fullmatch(sentence, e, c0)]
    return [Argument(own[-1], "at")] if own else []


#: a side's control that a place is under: "under rebel control", "under the regime's full control"
_UNDER_BEFORE = re.compile(r"\b(?:under|in)\s+(?:the\s+)?$", re.I)
_CONTROL_WORDS_GAP = re.compile(r"(?:['’]s)?\s+(?:(?:full|complete|total|effective)\s+)?", re.I)
#: "a massacre of Idlib city carried out by unidentified warplanes": the agent phrase of a violence word
_CARRIED_OUT_BY = re.compile(r"[^,;]{0,40}?\b(?:carried\s+out|committed|perpetrated)\s+by\s+", re.I)

#: "a retired air force colonel", "air force intelligence": a man's rank or a service, no means of attack
#: (nor "air force" where a window of text is cut inside the word after it: "air force colo")
_NOT_A_RANK = (
    r"(?!\s+(?:colonel|officer|general|pilot|brigadier|major|lieutenant|captain|intelligence|academy)|\s+\w+$)"
)
_AIR = re.compile(
    r"\b(?:air|aerial|aerially|air\s*strikes?|airstrikes?|warplanes?|war\s+planes?|(?:air)?planes?|jets|helicopters?|aircraft|barrel\w*|"
    r"parachute\s+bombs?|drones?|raids|(?<!\bto\s)raid|air\s+force" + _NOT_A_RANK + r"|SyA?AF|RuAF)\b",
    re.I,
)

_INSTRUMENTS = [
    # "explosive barrels" and "parachute bombs" are dropped from the air
    ("strike", re.compile(r"\bbarrel\w*|\bparachute\s+bombs?\b", re.I)),
    ("suicide", re.compile(r"\bsuicid(?:e|al)\b(?!\s+drones?\b)|blew\s+(?:himself|herself|themselves)\s+up", re.I)),
    (
        "explosive",
        re.compile(
            # (IED in capitals only: a window cut inside "carr|ied" is no device)
            r"\b(?:explosi\w+|booby[-\s]?trapped|(?-i:IEDs?)|car[-\s]bomb\w*|(?:land)?mines?|detonat\w+|bomb-laden|"
            + _GRENADE_MEANS
            + r"|"
            rf"(?:vehicle|truck|{_DEVICE_WORDS})\s+bomb\w*)\b",
            re.I,
        ),
    ),
    (
        "strike",
        re.compile(
            r"\b(?:air\s*strikes?|airstrikes?|air\s+raids?|warplanes?|war\s+planes?|(?:air)?planes?|jets|helicopters?|aircraft|"
            r"aerial|barrel\w*|drones?|raids|(?<!\bto\s)raid|bombing|bombed|air\s+force"
            + _NOT_A_RANK
            + r"|SyA?AF|RuAF)\b",
            re.I,
        ),
    ),
    (
        "shelling",
        re.compile(
            r"\b(?:shell\w*|artillery|rockets?|mortars?|missiles?|surface-to-surface|cannons?|howitzers?|tank\s+fire|"
            r"bombard\w*)\b",
            re.I,
        ),
    ),
]


#: a store with what it holds ("a warehouse of explosive devices"): struck from the words that name the means
_STORE = re.compile(rf"{_STORES}\s+(?:of|for)\s+(?:the\s+)?[\w-]+(?:\s+(?:devices?|bombs?|materials?))?", re.I)


#: a clause of time right before its "they": "… as ", "… while "
_TIME_CLAUSE_BEFORE = re.compile(r"\b(?:as|while|when)\s+$")


def _time_clause_opener(sentence: str, pronoun: re.Match, t0: int, kind: str, subjects, acts) -> ActorMention | None:
    """The side the sentence opens on, when "they" of a clause of time right before the event word at ``t0`` stands for
    it: after a killing only for the killers' capture ("killed 115 fighters as they seized X"; not "killed dozens of
    soldiers as they fled X"), else only when no other side, strike or killing stands between ("Nusra fighters
    celebrated as they captured X"; not "warplanes bombed Islamist fighters as they seized X")."""
    if (
        pronoun.group().lower() != "they"
        or not _TIME_CLAUSE_BEFORE.search(sentence, max(0, pronoun.start() - 8), pronoun.start())
        or _AUXILIARIES.fullmatch(sentence, pronoun.end(), t0) is None
    ):
        return None
    opener = next((x for x in subjects if _OPENING_SUBJECT.fullmatch(sentence, 0, x.start)), None)
    if opener is None:
        return None
    if _KILLED_WORD.search(sentence, opener.end, pronoun.start()):
        return opener if kind == "capture" else None
    if _STRUCK_WORD.search(sentence, opener.end, pronoun.start()) or any(
        opener.end <= x.start < pronoun.start() and x.actor != opener.actor for x in acts
    ):
        return None
    return opener


#: from an aircraft's word to the arms it dropped: " dropped seven "
_ARMS_DROPPED = re.compile(
    rf"\s+(?:(?:dropped|drops?|dropping)\s+)?(?:(?:\d+|an?|{_FEW}|several|dozens\s+of|"
    r"more\s+than|at\s+least|some|around|about)\s+)*"
)
#: the one side's arms named by an alias: "barrel bombs", "explosive barrels"
_BARREL_ALIAS = re.compile(r"(?:explosive\s+)?barrel(?:-|\s+)?bombs?|(?:explosive\s+)?barrels", re.I)
#: a strike on the men named after a main clause's subject ("warplanes bombed Islamist fighters as they seized …":
#: "they" are those struck)
_STRUCK_WORD = re.compile(
    r"\b(?:bomb(?:ed|ing|s)?|struck|strikes?|hit|pounded|shelled|targeted|attacked|raided|ambushed|fired)\b", re.I
)
#: the killing in a main clause, whose dead do nothing after it ("killed 115 fighters as they seized …")
_KILLED_WORD = re.compile(
    r"\b(?:killed|killing|executed|executing|massacred|slaughtered|shot\s+down|downed|lost)\b", re.I
)
#: a charge word before weapons fired or dropped: "explosive-packed barrel bombs", "high-explosive missiles"
_CHARGED_BARREL = re.compile(
    r"\b(?:high-)?explosi\w+(?:-\w+)?\s+(?=barrel|missile|rocket|bomb|shell|(?:cluster\s+)?munition)", re.I
)


def _instrument(text: str) -> str:
    """The means an event's words name: from the air, a bomb, a suicide attack, fire from the ground ('' when none);
    a store of weapons that was hit is not the means."""
    text = _STORE.sub(" ", text) if "of" in text or "for" in text else text
    for kind, rx in _INSTRUMENTS:
        if rx.search(text):
            return kind
    return ""


def _statements(sentence: str, acts, places) -> list[Statement]:
    """State phrases: "regime-held X", "X, held by HTS", "under the control of", "besieged"."""
    out: list[Statement] = []
    for x in acts:
        m = None if _controls_as_verb(sentence, x) else _HELD_ADJ.match(sentence[x.end : x.end + 16])
        under = _UNDER_CONTROL_AFTER.match(sentence[x.end : x.end + 12]) and re.search(
            r"\bunder\s+(?:the\s+)?$|\bin\s+$", sentence[max(0, x.start - 12) : x.start], re.I
        )
        if m:
            # "the rebel-held towns of A, B and C": the noun phrase that follows
            cue_end = x.end + m.end()
            for i in _following_list(sentence, places, cue_end):
                out.append(Statement(i, "held", x.actor, sentence[x.start : cue_end], x.start, cue_end))
        elif under:
            for i in _preceding_list(sentence, places, x.start):
                out.append(
                    Statement(i, "held", x.actor, sentence[max(0, x.start - 6) : x.end + 8].strip(), x.start, x.end)
                )
        else:
            left = sentence[max(0, x.start - 60) : x.start]
            hb = _HELD_BY.search(left)
            if (
                hb
                and not re.search(r"\bhad\s+(?:been\s+)?(?:\w+\s+){0,3}$", left[: hb.start() + 12], re.I)
                and not re.search(r"\bhad\s+been\b", left[hb.start() :], re.I)
            ):
                cue_start = x.start - (len(left) - hb.start())
                for i in _preceding_list(sentence, places, cue_start):
                    out.append(Statement(i, "held", x.actor, sentence[cue_start : x.end].strip(), cue_start, x.end))
    for m in _BESIEGED.finditer(sentence):
        # "the besieged pocket", "X ... are now besieged" (no agent): a state, not an event
        if re.match(r"\s+by\b", sentence[m.end() : m.end() + 4]):
            continue
        if re.search(r"\b(?:is|are|was|were|remains?|now|still)\s+(?:now\s+|still\s+)?$", sentence[: m.start()], re.I):
            idx = _preceding_list(sentence, places, m.start(), reach=160)
        else:
            idx = _following_list(sentence, places, m.end())
        for i in idx:
            out.append(Statement(i, "besieged", "", m.group(), m.start(), m.end()))
    seen, uniq = set(), []
    for s in out:
        if (s.index, s.state, s.controller) not in seen:
            seen.add((s.index, s.state, s.controller))
            uniq.append(s)
    return uniq


def _following_list(sentence: str, places, offset: int, reach: int = 120, *, listed: bool = False) -> list[int]:
    """Places in the noun phrase starting at ``offset``: "towns of A, B, C and D" (with ``listed``, a list after a
    colon, whose names the gazetteer lacks may come between: "villages which are: Lazkah, Hantoteen, …")."""
    out: list[int] = []
    pos = offset
    for i, (s, e) in enumerate(places):
        if s < pos:
            continue
        gap = sentence[pos:s]
        if listed and s - offset <= 4 * reach and _only_names_between(gap):
            out.append(i)
            pos = e
            continue
        if (
            s - offset > reach
            or re.search(r"[;.]|\b(?:is|are|was|were|said|has|have|had)\b", gap)
            or (out and not re.fullmatch(r"\s*(?:,|and|or|&)?\s*(?:and\s+)?(?:the\s+)?", gap))
        ):
            break
        if not out and not re.fullmatch(_HELD_NOUN, gap):
            break
        out.append(i)
        pos = e
    return out


def _only_names_between(gap: str) -> bool:
    """Whether ``gap`` holds only names the gazetteer lacks, each closed by a comma or "and": " Lazkah, al-Aridah, "
    (item by item, so a long list costs linear time)."""
    if not _LIST_SEPARATOR.search(gap):
        return False
    *items, last = _LIST_SEPARATOR.split(gap)
    return all(not x.strip() or _LIST_ITEM_NAME.fullmatch(x.strip()) for x in items) and bool(
        _NAME_OPENING.fullmatch(last)
    )


_LIST_SEPARATOR = re.compile(r",|\band\b", re.I)
#: one item of such a list (not :data:`_ONE_NAME`, a country's one-word name, which this once shadowed)
_LIST_ITEM_NAME = re.compile(
    r"(?:(?:al|el)[-\s])?(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?:al|el)[-\s])?(?-i:[A-Z])[\w'’-]*){0,3}", re.I
)
_NAME_OPENING = re.compile(r"\s*(?:the\s+)?(?:(?:al|el)[-\s])?", re.I)
_HELD_NOUN = (
    r"\s*(?:(?:the\s+)?(?:nearby\s+|neighbouring\s+|neighboring\s+|key\s+|strategic\s+|main\s+|small\s+)?"
    r"(?:town|towns|village|villages|city|cities|hill|hills|base|bases|airport|air\s+base|district|neighbou?rhoods?)"
    r"\s+(?:of\s+)?(?:the\s+)?)?"
)


def _preceding_list(sentence: str, places, offset: int, reach: int = 90) -> list[int]:
    """Places just before ``offset``: "Mhardeh and Al-Suqaylabiyah, both held by"."""
    out: list[int] = []
    pos = offset
    for i in range(len(places) - 1, -1, -1):
        s, e = places[i]
        if e > pos:
            continue
        gap = sentence[e:pos]
        if offset - e > reach or re.search(r"[;.]|\b(?:said|says|after|before|when|while|since)\b", gap):
            break
        if out and not re.fullmatch(r"\s*(?:,|and|or)?\s*(?:and\s+)?", gap):
            break
        if not out and not re.fullmatch(
            r"\s*,?\s*(?:(?:which|that|now|both|all|still|the\s+town|the\s+village|"
            r"is|are|was|were|remains?|remained|\w+ly)\s+)*",
            gap,
        ):
            break
        out.append(i)
        pos = s
    return out[::-1]


# -- time and numbers ----------------------------------------------------------------------


#: a year right before an act's noun: "a 2008 bombing", "the 2013 chemical attack"
#: (after an article, not a count: "by more than 2000 raids")
_YEAR_BEFORE = re.compile(r"\b(?:a|an|the|its|their|this|that)\s+((?:19|20)\d\d)\s+(?:[a-z][\w-]*\s+)?$", re.I)


#: a clause after a comma that tells who says or shows it (not a list's comma: "captured Morek, Souran and Lahaya on
#: Friday"): ", pictures posted on the Internet … showed", ", a YPG spokesman said"
#: a speech verb and its "that" between a side and a passive it tells of: " resistance movement said the town "
_TELLS_BETWEEN = re.compile(
    # (not the speaker's own men, told by a pronoun: "Kurdish forces said they were attacked", "said its fighters")
    r"[^,;.]{0,40}?\s(?:said|says|reported|announced|claimed|stated|confirmed)\s+(?:that\s+)?"
    r"(?!(?:they|it|we)\s+(?:(?:too|also)\s+)?(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\b|"
    r"(?:its|their|his|her|our)\b)"
    r"[^,;]{0,60}$",
    re.I,
)
#: after a side named, the rest of a clause that makes it the teller: "’s Ministry of National Defense said"
_SPEAKER_TAIL = re.compile(
    r"(?:['’]s)?(?:\s+[\w-]+){0,5}?\s+(?:said|says|reported|announced|stated|confirmed|added)\b[^,;]*$", re.I
)
_TOLD_AFTER_COMMA = re.compile(
    r",[^,;]{0,120}?\b(?:said|says|reported|reports|showed|show|told|according|announced|added|stated)\b", re.I
)
#: a photo caption's place and date closing the text: "… in Afrin, Syria on March 17, 2018", ", Syria, March 17"
_CAPTION_TAIL = re.compile(r",\s+(?-i:[A-Z])[\w'’-]+,?\s+(?:on\s+)?$")
#: the last ground a side holds in a place, right before its name: " the last area held by Islamic State in the eastern
#: Syrian village of "
#: after a place, the words that may make it the container of another ("the Damascus district of Yarmouk"), or a part
#: of one ("the Hajar al-Aswad district of Damascus"): either way no whole place named
_WIDER_NAMED_AFTER = re.compile(
    r"\s+(?:district|countryside|province|governorate|suburbs?|outskirts|area|region|desert)\b", re.I
)


_LAST_HELD_IN = re.compile(
    r"\bthe\s+last\s+(?:remaining\s+)?(?:area|pocket|enclave|part|position|neighbou?rhood|district|patch|territory)s?"
    r"\s+(?:still\s+)?(?:held|controlled|occupied)\s+by\s+[^,;.]{1,40}?\s+in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?$",
    re.I,
)
#: a sentence that opens on the war's start, up to the comma before its main clause: "After Syria's war broke out, "
_WAR_START_OPENS = re.compile(
    # (not a named offensive: "At the start of the war on Afrin, Turkish troops captured Rajo")
    r"\W*(?:after|when|as|" + _WAR_START_OF + r")\s+" + _THE_WAR + r"\b" + _NOT_A_NAMED_WAR + r"[^,;.]{0,40},",
    re.I,
)
#: a relative clause that hosts an "after" clause: "talks that began after", "which came following"
_RELATIVE_HOST = re.compile(r"\b(?:that|which)\s+(?:began|started|came|followed|erupted|happened)\s+$", re.I)


def _clause_time(times: dict, sentence: str, c0: int, c1: int, dateline: dt.date) -> tuple[dt.date, int, str]:
    """The time the clause ``sentence[c0:c1]`` names (:func:`resolve_time`), kept in ``times`` by its span."""
    if (c0, c1) not in times:
        times[(c0, c1)] = resolve_time(sentence[c0:c1], dateline)
    return times[(c0, c1)]


def _later_times_plan(sentence: str, phrase: str, t1: int, c1: int) -> bool:
    """Whether the clause's time ``phrase`` comes after the act (ending at ``t1``) and a word of what is planned or
    expected between them (:data:`_PLANNED_BETWEEN`), so that it dates the plan, not the act."""
    at = sentence.find(phrase, t1, c1)
    return at > t1 and _PLANNED_BETWEEN.search(sentence, t1, at) is not None


#: a partner's words right before a side: " alongside ", " together with the ", " in coordination with "
_ALONGSIDE_BEFORE = re.compile(
    r"\b(?:alongside|together\s+with|in\s+(?:coordination|cooperation|conjunction)\s+with|jointly\s+with)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
#: vehicles counted right before their verb: "55 vehicles had ", "dozens of trucks have "
_VEHICLES_BEFORE = re.compile(
    # (the subject of a told clause, not men riding them: "IS militants in 30 vehicles entered Qaryatayn")
    r"(?:^|\bthat\s+|\bsaid\s+|,\s*)(?:\d+|dozens\s+of|hundreds\s+of|several|some)\s+(?:[\w-]+\s+)?"
    r"(?:vehicles|trucks|buses|cars|lorries)\s+"
    r"(?:had\s+|have\s+|has\s+)?$",
    re.I,
)
#: "since" right before a clause's time phrase: what began then goes on
_SINCE_PHRASE = re.compile(r"\bsince\s+$", re.I)
#: a day of the calendar, not one counted from the report ("since yesterday" dates SOHR's toll): "May 4", "4 July"
_CALENDAR_DAY = re.compile(r"(?:\d{1,2}\s+)?(?-i:[A-Z][a-z]+)\.?\s+\d{1,2}\b|\d{1,2}\s+(?-i:[A-Z][a-z]+)\b")
#: words of a step to come: "expects", "will", "is set to", "plans"
_PLANNED_BETWEEN = re.compile(
    # (a clause of what is to come, with no comma before the time: not "faster than expected", "as planned", "a planned
    # assault", "a town the army says it will retake, on Sunday")
    r"\b(?:(?:expects?|expected|hopes?|hoped|intends?|intended|plans?|planned|planning)\s+(?:to|that)\b|"
    r"(?<!than\s)(?<!as\s)will\b|(?:is|are)\s+(?:set|due)\s+to\b|prepar(?:es|ing)\s+for\b|gears?\s+up\s+for\b)[^,;]*$",
    re.I,
)


def _long_ago(time: tuple[dt.date, int, str], dateline: dt.date) -> bool:
    """Whether a clause's ``time`` (:func:`_clause_time`) lies more than three weeks before the dateline ("in August
    2014"; six weeks for a month or a season, whose date is its middle: "in March" for a report of 10 April is
    recent)."""
    date, precision, phrase = time
    return bool(phrase) and (dateline - date).days > (3 if precision < 3 else 6) * _RELATIVE_STALE_DAYS


def _own_phrase(sentence: str, phrase: str, t1: int, c0: int, c1: int) -> bool:
    """Whether the clause's time ``phrase`` dates its verb (ending at ``t1``), not a clause after a comma.

    "after capturing an air base at the weekend, pictures posted … showed on Wednesday": the day is the pictures'.
    """
    if not phrase:
        return False
    at = sentence.find(phrase, c0, c1)
    if (
        at >= 0
        and _CAPTION_TAIL.search(sentence, max(0, at - 40), at)
        # (a full date that closes the text: "March 17, 2018.")
        and re.fullmatch(r",?\s*(?:19|20)\d\d\s*\.?\s*", sentence[at + len(phrase) :]) is not None
    ):
        return False  # ("… captured Jinderes, Syria, March 17, 2018": the caption's date)
    told = _TOLD_AFTER_COMMA.search(sentence, t1, c1)
    return at < 0 or told is None or at < told.start()


def resolve_time(text: str, dateline: dt.date) -> tuple[dt.date, int, str]:
    """The date a clause speaks of, its ACLED time precision and the words that said so.

    Parameters
    ----------
    text : str
        The clause (or sentence).
    dateline : date
        The report's date.

    Returns
    -------
    (date, precision, phrase)
        ``precision`` 1 (the day), 2 (the week) or 3 (the month); ``phrase`` '' when the
        clause gives no time and the dateline is used.

    Examples
    --------
    >>> d = dt.date(2019, 8, 7)
    >>> resolve_time("the army retook the hill at the end of July", d)
    (datetime.date(2019, 7, 31), 3, 'at the end of July')
    >>> resolve_time("clashes yesterday", d)[:2]
    (datetime.date(2019, 8, 6), 1)
    >>> resolve_time("fell on Sunday", dt.date(2019, 8, 11))[0]
    datetime.date(2019, 8, 11)
    """
    if not _TIME_HINT.search(text):
        return dateline, 1, ""
    for m in _TIME_RE.finditer(text):
        phrase = m.group().strip()
        if m.group("daybefore"):
            return dateline - dt.timedelta(days=2), 1, phrase
        if m.group("yesterday"):
            return dateline - dt.timedelta(days=1), 1, phrase
        if m.group("today"):
            return dateline, 1, phrase
        if m.group("weekday"):
            back = (dateline.weekday() - _WEEKDAYS[m.group("weekday").lower()]) % 7
            if phrase.lower().startswith("last") and back == 0:
                back = 7
            return dateline - dt.timedelta(days=back), 1, phrase
        if m.group("lastweek"):
            return dateline - dt.timedelta(days=7 if "earlier" not in phrase.lower() else 3), 2, phrase
        if m.group("weekend"):
            # (the weekend's Saturday: the last one before the report, or the report's own weekend)
            back = (dateline.weekday() - 5) % 7
            if phrase.lower().startswith("last") and back <= 1:
                back += 7
            return dateline - dt.timedelta(days=back), 2, phrase
        if m.group("thisweek"):
            if any(
                n.group("yesterday") or n.group("today") or n.group("weekday") for n in _TIME_RE.finditer(text, m.end())
            ):
                continue  # ("… this week, government forces seized a key base on Friday": the day)
            return dateline, 2, phrase
        if m.group("ago"):
            unit = m.group("unit").lower()
            # (a vague count, "several months", "a few days", "months": three of them)
            vague = re.match(r"(?:several|a\s+few|few|some|many)\s", m.group(0), re.I) is not None
            n = 3 if vague else _number(m.group(0).split()[0]) or (3 if unit.endswith("s") else 1)
            days = n * {"d": 1, "w": 7, "f": 14, "m": 30, "y": 365}[unit[0]]
            return dateline - dt.timedelta(days=days), (1 if days <= 2 else 2 if days <= 21 else 3), phrase
        if m.group("lastmonth"):
            if next(_TIME_RE.finditer(text, m.end()), None) is not None:
                # ("Residents who fled X last month said that regime forces took control of X on Wednesday", "… on June
                # 18", "… last week": the time the clause's news names, after it)
                continue
            low = phrase.lower()
            if low.startswith("earlier"):  # (earlier this month: between its first day and the dateline)
                return dateline.replace(day=max(1, (dateline.day + 1) // 2)), 3, phrase
            month_end = dateline.replace(day=1) - dt.timedelta(days=1)
            day = (
                month_end.day
                if ("late" in low or "end" in low)
                else 1
                if ("early" in low or "beginning" in low or "start" in low)
                else 15
            )
            return month_end.replace(day=day), 3, phrase
        if m.group("warstart"):
            return dateline - dt.timedelta(days=730), 3, phrase  # a war's start: years back, coarsely
        if m.group("lastyear"):
            return dt.date(dateline.year - 1, 7, 1), 3, phrase  # the year only: its middle, coarsest precision
        if m.group("inyear"):
            year = int(m.group("year"))
            if year >= dateline.year:
                continue  # "in 2017" in a 2017 report: no earlier than the year itself says
            low = phrase.lower()  # "in early / mid / late 2016": that part of the year, else its middle
            month, day = (
                (2, 15)
                if "early" in low or "beginning" in low or "start" in low
                else (11, 15)
                if "late" in low or "end" in low
                else (7, 1)
            )
            return dt.date(year, month, day), 3, phrase
        if m.group("monthyear"):
            year = int(m.group("myyear"))
            month = (
                _MONTHS[m.group("mymonth").lower()]
                if m.group("mymonth")
                else {"spring": 4, "summer": 7, "autumn": 10, "fall": 10, "winter": 1}[m.group("season").lower()]
            )
            if (year, month) >= (dateline.year, dateline.month):
                continue  # "in June 2019" in a June 2019 report: the dateline says more
            return dt.date(year, month, 15), 3, phrase
        if m.group("edge"):
            month = _MONTHS[m.group("emonth").lower()]
            year = dateline.year if month <= dateline.month else dateline.year - 1
            last = calendar.monthrange(year, month)[1]
            low = phrase.lower()
            day = last if ("end" in low or "late" in low) else 15 if "mid" in low else 1
            return min(dt.date(year, month, day), dateline), 3, phrase
        if m.group("dm"):
            month = _MONTHS[(m.group("m1") or m.group("m2")).lower()]
            day = int(m.group("d1") or m.group("d2"))
            year = dateline.year if month <= dateline.month else dateline.year - 1
            try:
                return dt.date(year, month, day), 1, phrase
            except ValueError:
                continue
        if m.group("inmonth"):
            month = _MONTHS[m.group("imonth").lower()]
            last_one = m.group("inlast").lower() == "last"
            if month == dateline.month and not last_one:
                continue
            year = dateline.year if month < dateline.month else dateline.year - 1
            return dt.date(year, month, 15), 3, phrase
    return dateline, 1, ""


def _number(word: str) -> int | None:
    w = word.lower()
    if w.isdigit():
        return int(w)
    if w in ("a", "an"):
        return 1
    return _NUMBER_WORDS.get(w)


def fatalities(text: str) -> int | None:
    """Deaths a text reports ("kill 6 citizens", "13 people were killed"), or None.

    The first figure counts ("119 killed, including 24 regime forces" is 119).

    >>> fatalities("Regime shelling kills 3 civilians in northern Homs")
    3
    >>> fatalities("Two massacres in Khan Shaykhun during 24 hours kill 13 citizens")
    13
    >>> fatalities("clashes continue") is None
    True
    """
    pos = 0
    while (m := _FATAL_RE.search(text, pos)) is not None:
        word = m.group("a") or m.group("b") or m.group("c")
        group = "a" if m.group("a") else "b" if m.group("b") else "c"
        pos = m.end(group)  # (a match passed over is looked past its figure only: "A car bomb killed 5 people")
        if re.match(r"\s*(?:including|among\s+them)", text[max(0, m.start() - 12) : m.start()][::-1][::-1][-12:]):
            continue
        if group == "b" and (
            _HURT_WORD.search(text, m.end("b"), m.end())
            or _HURT_BEFORE.search(text, max(0, m.start("b") - 20), m.start("b"))
        ):
            continue  # "wounded a dozen people and killed one": the hurt are counted, not the dead
        if (
            group == "a"
            and m.group().lower().startswith("left")
            and (hurt := _HURT_WORD.search(text, m.end("a"), m.end("a") + 40)) is not None
            and not _DEAD_WORD.search(text, m.end("a"), hurt.start())
        ):
            continue  # "Shelling on Aleppo left a dozen people wounded": hurt, not dead
        if word.lower() in ("a", "an"):
            if (big := _ROUND_COUNT_AFTER.match(text, m.end(group))) is not None:
                # "killing more than a dozen people", "more than a thousand fighters killed": the least the words allow
                return _ROUND_COUNTS[big.group(1).lower()]
            if _VAGUE_COUNT_AFTER.match(text, m.end(group)) or (group == "b" and _THING_AFTER.match(text, m.end("b"))):
                continue  # "A car bomb in Azaz killed …", "left a large number of martyrs": no count of the dead
        n = _number(word)
        if n is not None and not (1900 <= n <= 2100 and word.isdigit()):
            return n
    return None


def word_kinds(text: str) -> list[str]:
    """The kinds of the event words of ``text`` in order, generic verbs typed by the
    instrument the text names ("14 shells hit X" is shelling).

    >>> word_kinds("Clashes on many fronts of Aleppo")
    ['clash']
    >>> word_kinds("A booby-trapped vehicle exploded in Afrin")
    ['explosive']
    """
    out = []
    inst = _instrument(text)
    for _, _, kind, _ in _triggers(text, [], [], True):
        if kind == "generic":
            kind = inst or "shelling"
        elif kind == "bombing":
            kind = "strike" if _AIR.search(text) else "shelling"
        elif kind in ("strike", "violence") and inst in ("explosive", "suicide"):
            kind = inst
        out.append(kind)
    return out
