"""Factions, their aliases and colours (``data/actors.csv``).

An actor is who does something in a report (Daesh, Assad forces, "Hatch (Nasra)");
a *controller* is whose colour a zone has.  Several actors may map to one controller
(HTS-held towns are drawn as opposition territory, the actor stays on the event);
some control nothing on the ground (Russia's air force).

Actor names are never places: the toponym finder drops any candidate that is, or
is part of, an actor alias ("Damascus government", "Hatch").
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import ahocorasick

from .exc import ActorError
from .settings import DEFAULTS

#: capitals that, named as a party, stand for their governments ("troops loyal to Damascus", "an agreement with Damascus")
CAPITALS = frozenset(("damascus", "ankara", "moscow", "tehran", "washington", "beirut", "amman", "baghdad", "riyadh"))
UNKNOWN = "unknown"
UNKNOWN_COLOUR = "#9e9e9e"
_ASCII_LOWER = str.maketrans({chr(c): chr(c + 32) for c in range(65, 91)})
#: typographic apostrophes read as the plain one ("People’s Protection Units" is the alias "People's …"), and the
#: hyphens typeset apart as the plain one ("Jabhat an‑Nusrah" with a non-breaking hyphen), one character for one
_FOLDED_MARKS = str.maketrans("’‘\u2010\u2011", "''--")


def _fold(text: str) -> str:
    """``text`` as aliases are compared: lower case, plain apostrophes and hyphens."""
    return text.lower().translate(_FOLDED_MARKS)


#: a country's other names, written into every alias that has the first: "Turkiye-backed factions"
_ALSO_WRITTEN = (("turkey", ("turkiye", "türkiye")),)


def _spellings(alias: str) -> list[str]:
    """``alias`` (folded) and the same alias with each country written its other ways, and with the Arabic article
    written as it sounds ("Ahrar a-Sham", "Nour e-Din a-Zinki": Syria Direct's spelling of "al-Sham", "al-Din")."""
    out = [alias]
    for name, others in _ALSO_WRITTEN:
        if re.search(rf"\b{name}\b", alias):
            out += [re.sub(rf"\b{name}\b", other, alias) for other in others]
    if re.search(r"\bal-\w", alias):
        out += [re.sub(r"\bal-(?=\w)", "a-", re.sub(r"\bal-din\b", "e-din", x)) for x in out]
    return out


_WORD = re.compile(r"\w", re.UNICODE)
#: the men a side's name stands for when it follows "loyal to": "forces loyal to President Bashar Assad"
_LOYAL_TO = re.compile(
    r"\b(?:forces|troops|militias?|fighters|gunmen|militiamen|militants|soldiers|units)\s+loyal\s+to\s+(?:the\s+)?$",
    re.I,
)
#: bare words for a side's men, which one side's aliases list ("troops" is the government's) but which, right
#: after another side's name, are that side's ("SDF troops", "HTS fighters")
_MEN = frozenset(
    (
        "troops", "soldiers", "fighters", "forces", "units", "militiamen", "gunmen", "militants", "members",
        "insurgents", "terrorists",
    )
)  # fmt: skip
#: words the state media call the armed groups they fight, which are no side when a side is called so
_LABELS = frozenset(("terrorists", "terrorist groups"))
_LABELLED_AS = re.compile(
    r"\b(?:as|call(?:s|ed|ing)?|label(?:s|ed|led|ing)?|brand(?:s|ed|ing)?|deem(?:s|ed)?)\s+(?:the\s+|an?\s+)?$", re.I
)
#: the bare word for armed men, no side's name ("the militants attacked Turkish forces" — unidentified, README) …
_BARE_MEN = frozenset(("militants", "the militants", "armed militants", "militant forces", "the militant forces"))
#: … unless the words around make them a side's men
_QUALIFIED = re.compile(
    # ("militant forces affiliated with Jabhat al-Nusra")
    r"\s*,?\s+(?:who\s+(?:are\s+|were\s+)?)?(?:loyal|allied|affiliated|linked|belong(?:s|ing)?|close)\s+(?:to|with)\b",
    re.I,
)
_OWNED_BEFORE = re.compile(r"\b(?:their|its|his|her)\s+(?:armed\s+|allied\s+|affiliated\s+)?$", re.I)
_IN_SIDE = re.compile(r"\s+(?:in|of|from|within)\s+(?:the\s+)?[“\"']?", re.I)
#: factions named by whose they are, right after them: "armed factions of the Turkish-backed Syrian National Army" (not
#: "the factions in regime-held Daraa", where they stand)
_OWNED_FACTIONS = frozenset(("armed factions", "the armed factions", "factions", "the factions"))
_OF_SIDE = re.compile(r"\s+of\s+(?:the\s+)?", re.I)
_ARTICLE = re.compile(r"(?:the|a|an)\s+", re.I)
#: "anti-regime protests", "the anti-IS coalition", "non-Isis rebels": a side named as what someone is against, or
#: is not, is not that side
_AGAINST = re.compile(r"\b(?:anti|non)[-\u2010\u2011\u2013]\s?$", re.I)
#: the verbs after a country's name that make it a clause's doer, its state: "Syria said it shot down Israeli
#: missiles", "Syria, meanwhile, announced …", "Syria recaptures border crossing" (not "Syria's Idlib", "Syria war")
_STATE_VERB_AFTER = (
    r"(?=(?:\s*,\s*(?:meanwhile|however|in\s+turn|for\s+its\s+part|on\s+\w+day|too|also)\s*,)?\s+"
    r"(?:(?:has|had|have|also|then|later|now|again|officially|formally|swiftly)\s+)*"
    r"(?:said|says|announced|announces|claimed|claims|accused|accuses|denied|denies|recaptured|recaptures|retook|"
    r"retakes|liberated|liberates|captured|captures|seized|seizes|regained|regains|took|takes|shot|shoots|downed|downs|"
    r"brought\s+down|launched|launches|responded|responds|retaliated|retaliates|warned|warns|condemned|condemns|"
    r"confirmed|confirms|declared|declares|blamed|blames|repelled|repels|intercepted|intercepts|struck|strikes\s+back)"
    r"\b)"
)
#: the alias that names a state's country: "Government of Syria" (the country, "Syria", is then that side when it is
#: a clause's doer)
_GOVERNMENT_OF = re.compile(r"government of (?P<country>[a-z][\w -]+)$")
#: a bare "Army" opening a headline, or its words after a source's colon ("Army captures X", "Syrian TV: Army in control
#: of X", "Army, Hezbollah retake Yabroud"): the army the table calls "the army" (not "Army of Islam …", a group's
#: name, nor "Army defectors seize Haffa", men who left it)
_OPENING_ARMY = re.compile(
    r"(?:[^:.;]{1,30}:\s*)?(Army)\b(?!\s+(?:of|defectors?|deserters?|rebels?|dissidents?)\b)(?=\s+[a-z]|\s*,\s|\s+and\s)"
)
#: a mountain a people's name is given to: "the Kurds Mountain", "the Turkmen Mountains"
_MOUNTAIN_AFTER = re.compile(r"\s+(?:Mountains?|Mount)\b")
#: a distance from a country, or a border with it, before its name: "a town 6 km (4 miles) from Turkey" (a place)
_DISTANCE_FROM_BEFORE = re.compile(
    r"(?:\b(?:km|kilometers|kilometres|miles)\)?\s+(?:from|of|inside|into)|\bborder\s+with)\s+(?:the\s+)?$", re.I
)
#: a name called in scorn, no side acting: "the apostates of the Kurds"
_APOSTATES_BEFORE = re.compile(r"\bapostates?\s+of\s+$", re.I)
#: a ministry's name before an alias: "Turkey's Ministry of National Defense said" (a ministry, not the militia)
_MINISTRY_OF_BEFORE = re.compile(r"\bministry\s+of\s+(?:the\s+)?$", re.I)
#: the army aliases that another country's or force's name before them takes over ("Iraqi army forces")
_BARE_ARMY_MEN = frozenset(("army forces", "army men"))
#: another country's or force's name before a bare army alias: "Iraqi army forces", "Jordanian army men", "National Army
#: forces" (not the Syrian army's)
_OTHER_ARMY_BEFORE = re.compile(
    r"\b(?:Iraqi|Jordanian|Lebanese|Turkish|Russian|Iranian|Israeli|American|Egyptian|Saudi|National|Free|Kurdish)\s+$"
)
#: a border the country's name qualifies: "the key Syria-Turkey border town of Kobane", "the Turkish-Syrian border"
#: (a place, not the state; but "Turkish border guards" are its men)
_BORDER_AFTER = re.compile(
    r"(?:\s*[-–/]\s*[A-Z][\w]+)?\s+(?:border|frontier|(?:ceasefire|cease-fire|armistice|disengagement)\s+line)\b"
    r"(?!\s+(?:guards?|forces|troops|police|posts?|units?|soldiers|patrols?)\b)"
)
#: a crossing or an entry from a country, right before its name: "entered Kobani from ", "crossed into Syria from "
_CAME_FROM_BEFORE = re.compile(
    # (not fire that came from it: "came under heavy shelling from Turkey")
    r"\b(?:entered|enter|enters|entering|crossed|cross|crosses|crossing|came(?!\s+under\b)|arrived|infiltrated|returned|moved)\b"
    r"[^,;.]{0,40}?\bfrom\s+$",
    re.I,
)
#: the first of a pair of countries, right before the second: "Syria-", "Syrian-"
_PAIR_BEFORE = re.compile(r"(?<![\w-])[A-Z]\w+\s*[-–/]\s*$")
#: a settlement's type word after a country's one word: "the Turkish city of Reyhanli", "the Turkish southern border
#: town of Kilis" (a place abroad, not the state acting)
_SETTLEMENT_AFTER = re.compile(
    r"(?:\s+(?:southern|northern|eastern|western|south-?eastern|south-?western|north-?eastern|north-?western|border|"
    r"frontier))*\s+(?:city|cities|towns?|villages?|provinces?|districts?|territory|soil)\b"
)
#: a people's adjective that names a side only before "-held" ("the Kurdish-held city of Afrin"; not "Kurdish civilians")
_HOLDERS_ONLY = frozenset(("kurdish",))
_HELD_BY_AFTER = re.compile(r"[-‐](?:held|controlled|run)\b")
#: words that make the country a place, not the doer: "fighting in Syria said", "northern Syria announced"
_COUNTRY_PLACE_BEFORE = re.compile(
    r"\b(?:in|of|to|from|into|across|inside|within|outside|throughout|for|on|with|at|over|about|against|and|or|"
    r"northern|southern|eastern|western|central|north(?:west|east)?(?:ern)?|south(?:west|east)?(?:ern)?|war[-\s]torn|"
    r"neighbou?ring|post-war|rebel-held|government-held)\s+$",
    re.I,
)
#: "a US-sponsored ceasefire", "a Russian-brokered deal": the broker of a deal is no party to what the sentence tells
#: (but "Turkish-sponsored factions" are Turkey's)
_BROKER = re.compile(
    # (no group of men between: "Turkish-sponsored factions release captured fighters" are Turkey's)
    r"[-\u2010\u2011](?:sponsored|brokered|mediated)\s+"
    r"(?:(?!(?:factions?|militias?|groups?|fighters|forces|rebels|troops|corps|units|militants)\b)[\w-]+\s+){0,2}?"
    r"(?:ceasefire|truce|deal|agreement|accord|talks|"
    r"negotiations|settlement|reconciliation|evacuation|de-escalation|pact|arrangements?|exchange|swap|handover|"
    r"surrender|release|understanding|protocol|memorandum|withdrawal|corridor)s?\b",
    re.I,
)
_SPACES = re.compile(r"[ \t]+")  # on one line ("ISIS\n\nTroops later entered" is two mentions)
_OWNED_GAP = re.compile(r"(?:['’]s?)?[ \t]+")  # ("SDF troops", "HTS's security branch")
#: between an alliance's name (or its name in English, in brackets) and its common noun: " ", "”) "
_NAMED_GAP = re.compile(r"[”\"’')]*[ \t]+")
#: aircraft named by a common noun that the government's aliases list, owned by a side named right before them
#: ("Israeli helicopters", "Turkish military helicopters": not the Syrian air force's)
_AIRCRAFT_NOUNS = frozenset(("helicopters", "helicopter", "military helicopters", "military helicopter"))
#: a side's posts and men named by a common noun, which a side named right before owns
_SERVING = frozenset(
    (
        "security branch", "security branches", "army officer", "army officers", "intelligence building",
        "intelligence buildings", "security service base", "security service bases", "general security",
        "general security service", "general security forces", "general security personnel",
        "general security administration",
    )
)  # fmt: skip
#: the common nouns a side named right before owns (see ``Actors.find``)
_OWNABLE_NOUNS = _MEN | _SERVING | _AIRCRAFT_NOUNS
_DEFECTED_AFTER = re.compile(r"\s+who\s+(?:had\s+|has\s+)?defected\b", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)
_NOT_SERVING = re.compile(r"\b(?:defected|defecting|former|ex-|dissident|retired|renegade)\s+$", re.I)
_CONTEXT = 2  # Actors._verdict: the words around decide
#: a group's master named after it: " loyal to the ", " allied with "
_SERVES = re.compile(r"\s+(?:loyal|allied|affiliated)\s+(?:to|with)\s+(?:the\s+)?", re.I)


@dataclass(frozen=True, slots=True)
class Actor:
    """A faction.

    Attributes
    ----------
    id : str
        Stable id used in zone files (``government``, ``isis`` …).
    zone_controller : str
        The controller id its captures give territory to; empty if it holds no ground.
    map_icons : tuple of str
        Mark icons that mean this actor in imported maps (Wikipedia's detailed-map
        modules: ``Location dot red.svg`` …), compared without case, ``File:`` prefix
        or the ``_``/space difference.
    map_colours : tuple of str
        ``#rrggbb`` fill colours that mean this actor in imported KML/KMZ maps, besides
        its own ``colour``.
    means : str
        ``air`` for a side that fights from the air in the theatre (the US-led coalition, Russia's air
        force): its "bombing", "bomb attack" or massacre with no weapon named is an air strike; else ''.
    """

    id: str
    label: str
    aliases: tuple[str, ...]
    colour: str
    zone_controller: str
    kind: str = ""
    map_icons: tuple[str, ...] = ()
    map_colours: tuple[str, ...] = ()
    means: str = ""


#: the values of the actor table's ``means`` column
MEANS = ("", "air")


@dataclass(frozen=True, slots=True)
class ActorEra:
    """From ``since`` on, a mention of ``actor`` whose words match ``names`` (or, with ``before``, whose preceding
    words match it) stands for ``becomes``.

    The state's forces changed hands when the Assad government fell (8 December 2024): from that
    day "Assad forces", "the regime" or "regime loyalists" name the old regime's armed remnants, an
    unidentified armed group, while "government forces" and "the Syrian army" name the new authorities.
    """

    since: dt.date
    actor: str
    names: re.Pattern[str]
    becomes: str
    #: words right before the mention that make it one of ``names`` too ("the former government", "the ousted
    #: government's forces"); None when the row gives none
    before: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor named in a text (offsets into that text)."""

    actor: str
    surface: str
    start: int
    end: int


class Actors:
    """The actor table plus a fast alias matcher."""

    def __init__(self, actors: list[Actor], *, path: Path | None = None, eras: Sequence[ActorEra] = ()) -> None:
        self.path = path
        self.eras = tuple(eras)
        self.by_id = {a.id: a for a in actors}
        self._exact: dict[str, str] = {}  # case-sensitive short acronyms (IS, SAA)
        self._folded: dict[str, str] = {}
        for a in actors:
            for alias in (a.id, a.label, *a.aliases):
                if alias.isupper() and len(alias) <= 4:
                    self._exact[alias] = a.id
                else:
                    folded = _fold(alias)
                    self._folded[folded] = a.id
                    for variant in _spellings(folded)[1:]:
                        self._folded.setdefault(variant, a.id)
        self._by_first: dict[str, list[str]] = {}
        self._by_last: dict[str, list[str]] = {}
        for alias in self._folded:
            words = alias.split()
            if len(words) > 1:
                self._by_first.setdefault(words[0], []).append(alias)
                self._by_last.setdefault(words[-1], []).append(alias)
        self._auto_folded = _automaton(self._folded)
        #: countries named only as a state's ("Government of Syria"), the side each is when it is a clause's doer
        self._states = {
            m.group("country"): aid
            for alias, aid in self._folded.items()
            if (m := _GOVERNMENT_OF.match(alias)) is not None and m.group("country") not in self._folded
        }
        self._state_re = (
            re.compile(
                r"(?<![\w'’-])(?P<name>"
                + "|".join(re.escape(c) for c in sorted(self._states, key=len, reverse=True))
                + r")(?![\w'’-])"
                + _STATE_VERB_AFTER,
                re.I,
            )
            if self._states
            else None
        )
        self._verdicts: dict[str, object] = {}
        from .names import skeleton_many

        #: skeletons of the aliases: a name with one of these is an actor, never a place
        self.keys = frozenset(k for k in skeleton_many([*self._folded, *self._exact]) if k)
        self._auto_exact = _automaton(self._exact)
        self._icons: dict[str, str] = {}
        self._colours: dict[str, str] = {}
        for a in actors:
            ctrl = a.zone_controller
            if not ctrl:
                continue
            self._colours.setdefault(a.colour.lower(), ctrl)
            for icon in a.map_icons:
                self._icons[icon_key(icon)] = ctrl
            for colour in a.map_colours:
                self._colours[colour.lower()] = ctrl

    def __iter__(self):
        return iter(self.by_id.values())

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self.by_id

    def __getitem__(self, actor_id: str) -> Actor:
        return self.by_id[actor_id]

    @property
    def fingerprint(self) -> str:
        """A hash of the whole table (ids, labels, aliases, colours, controllers, kinds) and its eras."""
        import hashlib

        return hashlib.sha256(repr((sorted(self.by_id.items()), self.eras)).encode()).hexdigest()

    def dated(self, text: str, mentions: list[ActorMention], date: dt.date) -> list[ActorMention]:
        """The ``mentions`` of ``text`` as a report of ``date`` means them.

        "Assad loyalists" in a report of March 2025 are the unidentified remnants of the old regime, in
        one of 2016 the government (see :class:`ActorEra`); then an armed group of no side named as
        another's ("Druze fighters loyal to the government", "tribal fighters allied with the SDF") is
        that side.
        """
        eras = [e for e in self.eras if date >= e.since]
        out = []
        for m in mentions:
            era = next(
                (
                    e
                    for e in eras
                    if e.actor == m.actor
                    and (
                        e.names.search(m.surface)
                        or (e.before is not None and e.before.search(text, max(0, m.start - 40), m.start))
                    )
                ),
                None,
            )
            out.append(m if era is None else replace(m, actor=era.becomes))
        for i, m in enumerate(out[:-1]):
            if (
                m.actor == "unidentified"
                and (loyal := _SERVES.match(text, m.end))
                and m.end <= out[i + 1].start <= loyal.end()
            ):
                out[i] = replace(m, actor=out[i + 1].actor)
        return out

    @property
    def controllers(self) -> list[str]:
        """Controller ids in table order (each once)."""
        return list(dict.fromkeys(a.zone_controller for a in self if a.zone_controller))

    def colour(self, controller: str) -> str:
        """Colour of a controller (or actor) id; grey for unknown."""
        a = self.by_id.get(controller)
        return a.colour if a else UNKNOWN_COLOUR

    def label(self, controller: str) -> str:
        a = self.by_id.get(controller)
        return a.label if a else controller.capitalize()

    def by_icon(self, icon: str) -> str:
        """The zone controller a map mark icon stands for ('' when no actor lists it)."""
        return self._icons.get(icon_key(icon), "")

    def by_colour(self, colour: str) -> str:
        """The zone controller a ``#rrggbb`` map colour stands for ('' when no actor lists it)."""
        return self._colours.get(colour.strip().lower(), "")

    @property
    def icons(self) -> list[str]:
        """Every mark icon the table maps, for messages."""
        return [i for a in self for i in a.map_icons]

    @property
    def map_colours(self) -> list[str]:
        """Every map colour the table maps (own colours first), for messages."""
        return list(dict.fromkeys([*(a.colour.lower() for a in self if a.zone_controller), *self._colours]))

    def controller_of(self, actor_id: str) -> str:
        """The zone controller an actor's captures give ground to ('' if none)."""
        a = self.by_id.get(actor_id)
        return a.zone_controller if a else ""

    def is_alias(self, surface: str) -> bool:
        """True when ``surface`` is exactly an actor alias (so never a place)."""
        return surface in self._exact or _fold(surface) in self._folded

    def covers(self, text: str, start: int, end: int) -> bool:
        """True if ``text[start:end]`` is an actor alias or begins/ends one.

        Used by the toponym finder: "Damascus" in "the Damascus government" and
        "Hatch" in "Hatch (Nasra)" are actors, not places.
        """
        surface = text[start:end]
        verdict = self._verdicts.get(surface)
        if verdict is None:  # what the surface alone decides, kept: names repeat across reports
            if len(self._verdicts) > 100_000:
                self._verdicts.clear()
            verdict = self._verdicts[surface] = self._verdict(surface)
        if verdict != _CONTEXT:
            return bool(verdict)
        words = _fold(surface).split()
        for alias in self._by_first.get(words[0], ()):
            if _fold(text[start : start + len(alias)]) == alias:
                return True
        return any(_fold(text[max(0, end - len(alias)) : end]) == alias for alias in self._by_last.get(words[-1], ()))

    def _verdict(self, surface: str):
        """True (an alias), False (cannot begin or end one) or :data:`_CONTEXT` (look around)."""
        low = _fold(surface)
        if low in self._folded or surface in self._exact:
            return True
        words = low.split()
        if words[0] not in self._by_first and words[-1] not in self._by_last:
            return False
        return _CONTEXT

    def find(self, text: str) -> list[ActorMention]:
        """All actor aliases in ``text``, longest first where they overlap.

        Short all-capital acronyms (IS, SAA, HTS) match case-sensitively; other aliases
        match case-insensitively.  Matches must sit on word boundaries.
        """
        lowered = text.lower()
        if len(lowered) != len(text):  # a few letters lower-case to two characters
            lowered = text.translate(_ASCII_LOWER)
        lowered = lowered.translate(_FOLDED_MARKS)
        n = len(text)
        hits = []
        for haystack, auto in ((lowered, self._auto_folded), (text, self._auto_exact)):
            for end, (alias, aid) in auto.iter(haystack):
                start = end - len(alias) + 1
                if (start > 0 and _WORD.match(text[start - 1])) or (end + 1 < n and _WORD.match(text[end + 1])):
                    continue
                if _AGAINST.search(text, max(0, start - 6), start) or _BROKER.match(text, end + 1):
                    continue
                if _names_no_side(text, alias, start, end + 1):
                    continue
                if alias in _LABELS and _LABELLED_AS.search(text, max(0, start - 30), start):
                    continue  # "Turkey described the YPG as terrorists": a name called, no armed group of its own
                hits.append((start, start - end - 1, end + 1, aid))
        if self._state_re is not None:
            for m in self._state_re.finditer(text):
                if (
                    text[m.start()].isupper()
                    and not _COUNTRY_PLACE_BEFORE.search(text, max(0, m.start() - 30), m.start())
                    and not _BORDER_AFTER.match(text, m.end())
                ):
                    hits.append((m.start(), m.start() - m.end(), m.end(), self._states[m.group("name").lower()]))
        if (army := _OPENING_ARMY.match(text)) is not None and (aid := self._folded.get("the army")):
            hits.append((army.start(1), army.start(1) - army.end(1), army.end(1), aid))
        hits.sort()
        # a longer name that begins after the article of a shorter one and runs past it is the name: "The Army of
        # Islam fighters" is Jaysh al-Islam's, not "the army" (the government's) followed by "of Islam" (but "Free
        # Syrian Army soldiers" stays the FSA's: more than an article before "Syrian Army soldiers")
        hits = [h for k, h in enumerate(hits) if not _outrun_after_article(text, hits, k)]
        out: list[ActorMention] = []
        last = -1
        for i, (start, _, end, aid) in enumerate(hits):
            if _fold(text[start:end]) in _BARE_MEN and (
                _QUALIFIED.match(text, end)
                or _OWNED_BEFORE.search(text, max(0, start - 20), start)
                or any(_IN_SIDE.fullmatch(text, end, g[0]) for g in hits[i + 1 : i + 6])
            ):
                continue  # "militants loyal to the regime", "militants in SDF", "their armed militants": a side's men
            if _fold(text[start:end]) in _OWNED_FACTIONS and any(
                _OF_SIDE.fullmatch(text, end, g[0]) for g in hits[i + 1 : i + 6]
            ):
                continue  # "clashes with armed factions of the Turkish-backed SNA": the factions are the SNA's
            if start >= last:
                loyal = _LOYAL_TO.search(text, max(0, start - 45), start)
                if loyal is not None and loyal.start() >= max(last, 0):
                    start = loyal.start()  # (one mention: the men are that side's)
                prev = out[-1] if out else None
                if (
                    " and " in text[start:end].lower()
                    and _BETWEEN_BEFORE.search(text, max(0, start - 14), start)
                    # (a fused name of two sides, one named inside it: not "military and security forces", one side)
                    # (nor one side's name inside another of its own: "security forces" of the same)
                    and any(
                        start < g[0] < end and text[g[0] : g[2]].lower() not in _SERVING for g in hits[i + 1 : i + 6]
                    )
                ):
                    continue  # "clashes between Arab and Kurdish fighters": two sides, not the one named so
                if text[start:end].lower() in _SERVING and (
                    _NOT_SERVING.search(text, max(0, start - 14), start) or _DEFECTED_AFTER.match(text, end)
                ):
                    continue  # "a defected army officer", "an army officer who defected": a man who left the side
                if (
                    prev is not None
                    and prev.actor != aid
                    and (
                        (
                            (noun := text[start:end].lower()) in _OWNABLE_NOUNS
                            and _OWNED_GAP.fullmatch(text, prev.end, start) is not None
                        )
                        # ("the Jaysh al Fateh (“Army of Conquest”) coalition": the alliance named before the noun)
                        or (noun == "coalition" and _NAMED_GAP.fullmatch(text, prev.end, start) is not None)
                    )
                ):  # "SDF troops": the men are the SDF's, not the "troops" the government's alias also names
                    # ("The Asayish security branch", "HTS's security branch", "a Russian army officer": the side's)
                    out[-1] = ActorMention(prev.actor, text[prev.start : end], prev.start, end)
                else:
                    out.append(ActorMention(aid, text[start:end], start, end))
                last = end
        return out


def _outrun_after_article(text: str, hits: list[tuple[int, int, int, str]], k: int) -> bool:
    """Whether a longer hit begins right after the article of ``hits[k]`` and runs past it ("the army" in "The Army
    of Islam"); ``hits`` are sorted by start, so only the few that begin inside ``hits[k]`` are looked at."""
    start, _, end, _ = hits[k]
    j = k + 1
    while j < len(hits) and hits[j][0] < end:
        g0, _, g2, _ = hits[j]
        if g0 > start and end < g2 and g2 - g0 > end - start and _ARTICLE.fullmatch(text, start, g0):
            return True
        j += 1
    return False


def icon_key(icon: str) -> str:
    """An icon file name compared without case, ``File:``/``Image:`` prefix or ``_`` vs space."""
    key = re.sub(r"^(?:file|image):", "", icon.strip(), flags=re.I)
    return re.sub(r"[\s_]+", " ", key).strip().lower()


def _names_no_side(text: str, alias: str, start: int, end: int) -> bool:
    """Whether the alias at ``text[start:end]`` names no side acting: a mountain ("the Kurds Mountain", Jabal al-Akrad),
    a name called in scorn ("the apostates of the Kurds"), another country's army ("Iraqi army forces"), or a one-word
    country name that is a place ("6 km (4 miles) from Turkey", "the key Syria-Turkey border town of Kobane", "near the
    Turkish border")."""
    if _MOUNTAIN_AFTER.match(text, end) or _APOSTATES_BEFORE.search(text, max(0, start - 20), start):
        return True
    if " " in alias and _MINISTRY_OF_BEFORE.search(text, max(0, start - 20), start):
        return True  # (a two-word name: not "The defence ministry of Russia said", the country itself)
    if alias.lower() in _BARE_ARMY_MEN and _OTHER_ARMY_BEFORE.search(text, max(0, start - 12), start):
        return True
    if alias.lower() in _HOLDERS_ONLY and not _HELD_BY_AFTER.match(text, end):
        return True  # "Kurdish" names the SDF only as who holds a place ("the Kurdish-held city of Afrin")
    return " " not in alias and bool(
        _DISTANCE_FROM_BEFORE.search(text, max(0, start - 40), start)
        # ("Syrian rebels entered Kobani from Turkey", "crossed into Syria from Turkey": where they came from)
        or (text[start].isupper() and _CAME_FROM_BEFORE.search(text, max(0, start - 60), start) is not None)
        or (text[start].isupper() and _BORDER_AFTER.match(text, end))
        or (text[start].isupper() and _SETTLEMENT_AFTER.match(text, end))
        # ("the Syria-Israel ceasefire line": the second of the pair)
        or (_PAIR_BEFORE.search(text, max(0, start - 20), start) is not None and _BORDER_AFTER.match(text, end))
    )


def _automaton(words: dict[str, str]) -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for word, aid in words.items():
        auto.add_word(word, (word, aid))
    if words:
        auto.make_automaton()
    return auto


def load_actors(path: Path = DEFAULTS.actors_csv, *, eras: Path | None = None) -> Actors:
    """Read the actor table.

    Parameters
    ----------
    path : Path
        CSV with columns ``id,label,aliases,colour`` (``zone_controller`` and ``kind``
        optional; aliases separated by ``|``).
    eras : Path, optional
        CSV with columns ``since,actor,names,becomes`` (see :class:`ActorEra`); ``names`` is a
        regular expression searched, without case, in the mention's words. Default: ``actor_eras.csv``
        beside ``path``, when there is one.

    Raises
    ------
    ActorError
        Missing columns, duplicate ids, or a colour that is not ``#rrggbb``; in the eras table, a date
        that is not ``YYYY-MM-DD``, an actor id not in the table, or a pattern that does not compile.
    """
    path = Path(path)
    with io.StringIO(_read_table(path, "actor table"), newline="") as fh:
        reader = _reader(fh, path, {"id", "label", "aliases", "colour"})
        actors: list[Actor] = []
        seen: set[str] = set()
        for row in reader:
            aid = (row["id"] or "").strip()
            if not aid:
                continue
            if aid in seen:
                raise ActorError(f"duplicate actor id {aid!r}", path=path, line=reader.line_num)
            seen.add(aid)
            colour = (row["colour"] or "").strip()
            if not re.fullmatch(r"#[0-9a-fA-F]{6}", colour):
                raise ActorError(
                    f"colour {colour!r} is not of the form #rrggbb", path=path, line=reader.line_num, item=aid
                )
            zc = (row.get("zone_controller") or "").strip()
            colours = tuple(c.strip() for c in (row.get("map_colours") or "").split("|") if c.strip())
            bad = [c for c in colours if not re.fullmatch(r"#[0-9a-fA-F]{6}", c)]
            if bad:
                raise ActorError(
                    f"map_colours {', '.join(map(repr, bad))} not of the form #rrggbb",
                    path=path,
                    line=reader.line_num,
                    item=aid,
                )
            means = (row.get("means") or "").strip().lower()
            if means not in MEANS:
                raise ActorError(
                    f"means {means!r} is not one of {', '.join(repr(m) for m in MEANS if m)} (or empty)",
                    path=path,
                    line=reader.line_num,
                    item=aid,
                )
            actors.append(
                Actor(
                    aid,
                    (row["label"] or aid).strip(),
                    tuple(a.strip() for a in (row["aliases"] or "").split("|") if a.strip()),
                    colour,
                    zc,
                    (row.get("kind") or "").strip(),
                    tuple(i.strip() for i in (row.get("map_icons") or "").split("|") if i.strip()),
                    colours,
                    means,
                )
            )
    known = {a.id for a in actors}
    for a in actors:
        if a.zone_controller and a.zone_controller not in known:
            raise ActorError(
                f"zone_controller {a.zone_controller!r} of {a.id!r} is not an actor id", path=path, item=a.id
            )
    if eras is None and (beside := path.with_name(ERAS_CSV)).is_file():
        eras = beside
    return Actors(actors, path=path, eras=_load_eras(Path(eras), known) if eras is not None else ())


#: the file name of the eras table beside the actor table
ERAS_CSV = "actor_eras.csv"


def _era_pattern(field: str, text: str, path: Path, line: int) -> re.Pattern[str] | None:
    """A column of the eras table as a pattern (None when empty), or an :class:`ActorError` naming the file and line."""
    if not text:
        return None
    try:
        return re.compile(text, re.I)
    except re.error as err:
        raise ActorError(
            f"{field} {text!r} is not a regular expression ({err}); "
            "separate the words with | and escape . ( ) [ ] with a backslash",
            path=path,
            line=line,
        ) from None


def _read_table(path: Path, what: str) -> str:
    """The text of a UTF-8 table, or an :class:`ActorError` that names the file and the fix."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except OSError as err:
        raise ActorError(f"cannot read the {what}: {err.strerror}", path=path) from err
    except UnicodeDecodeError as err:
        raise ActorError(
            f"not UTF-8 text ({err.reason} at byte {err.start}); save the file as UTF-8", path=path
        ) from None


def _reader(fh: io.StringIO, path: Path, need: set[str]) -> csv.DictReader:
    """A CSV reader over ``fh`` whose header has the columns ``need``, else an :class:`ActorError` naming line 1."""
    reader = csv.DictReader(fh)
    if not need <= set(reader.fieldnames or ()):
        raise ActorError(
            f"expected columns {', '.join(sorted(need))}; got {', '.join(reader.fieldnames or ()) or 'none'}",
            path=path,
            line=1,
        )
    return reader


def _load_eras(path: Path, known: set[str]) -> list[ActorEra]:
    """The rows of an eras table (see :func:`load_actors`)."""
    out: list[ActorEra] = []
    with io.StringIO(_read_table(path, "actor eras table"), newline="") as fh:
        reader = _reader(fh, path, {"since", "actor", "names", "becomes"})
        for row in reader:
            since, actor, names, becomes = ((row.get(k) or "").strip() for k in ("since", "actor", "names", "becomes"))
            if not (since or actor or names or becomes):
                continue
            try:
                day = dt.date.fromisoformat(since)
            except ValueError:
                raise ActorError(
                    f"since {since!r} is not a date; write it as YYYY-MM-DD", path=path, line=reader.line_num
                ) from None
            for field, aid in (("actor", actor), ("becomes", becomes)):
                if aid not in known:
                    raise ActorError(
                        f"{field} {aid!r} is not an actor id; expected one of {', '.join(sorted(known))}",
                        path=path,
                        line=reader.line_num,
                    )
            pattern = _era_pattern("names", names, path, reader.line_num)
            if pattern is None:
                raise ActorError("names is empty; give the words that change meaning", path=path, line=reader.line_num)
            before = _era_pattern("before", (row.get("before") or "").strip(), path, reader.line_num)
            out.append(ActorEra(day, actor, pattern, becomes, before))
    return out
