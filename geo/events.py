"""Events in ACLED's vocabulary, and the evidence of who holds what.

An :class:`Event` is what an analyst who reads ACLED every week expects: an
``event_type`` / ``sub_event_type`` pair, ``actor1`` / ``assoc_actor_1`` /
``actor2``, the place with its ``geo_precision`` (1 the named place, 2 near it,
3 a region), the date with its ``time_precision`` (1 day, 2 week, 3 month) and the
words that set it ("yesterday", "at the end of July"), fatalities where the text
gives them, the sentence, the report, the offsets and the source.  On top of
ACLED it says whether the event *changed control* and from whom to whom.

Reports are read sentence by sentence with :func:`geo.clauses.read_sentence`;
each predicate attached to a place becomes an event there.  A change of control
needs a completed transfer (not an attempt, a claim, a plan, a pluperfect or a
``since`` clause) with a named winner who holds ground.  What a sentence says
about the *state* — "regime-held X", "X, controlled by HTS", "since the army took
X", "the besieged pocket" — becomes :class:`Evidence`, which the control model
uses with a lower weight (:func:`geo.zones.build_control`).

Event datasets that need no geoparsing (ACLED exports, UCDP GED) are read into the
same records by :mod:`geo.datasets`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

import shapely

from .actors import Actors
from .clauses import (
    BACKED_BY_BEFORE,
    BY_GUNFIRE,
    FIRED_ON_BEFORE,
    GENERIC_WORDS,
    GOING_ON_VERBS,
    GRENADE_ATTACK,
    OPEN_FIRE,
    PATROL_VERB,
    STOPPING,
    SUPPORT_WORDS,
    SYMBOL_NAMED,
    TRANSFERS,
    TYPE_WORD_AFTER,
    UNDER_TERMS,
    AirwarsCode,
    Predicate,
    Reading,
    airwars_code,
    has_event_word,
    is_protest_act,
    read_sentence,
    resolve_time,
    verb_form,
)
from .gazetteer import Gazetteer, Place
from .geocode import QUALIFIED_TYPE, QUALIFIER_OPENS, Resolved, is_country_part
from .geometry import distance_km
from .names import skeleton
from .reports import Report
from .toponyms import filed_from, sentences

#: Map kinds (legend and colour) and whether an event of that kind can transfer control.
KINDS = {
    "capture": True,
    "surrender": True,
    "handover": True,
    "withdrawal": False,
    "advance": False,
    "siege": False,
    "strike": False,
    "shelling": False,
    "explosive": False,
    "suicide": False,
    "clash": False,
    "violence": False,
    "abduction": False,
    "arrest": False,
    "agreement": False,
    "base": False,
    "protest": False,
    "riot": False,
}

#: ACLED's event types and sub-event types (the ones this tool codes, plus those it reads).
ACLED_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Air/drone strike",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Suicide bomb",
        "Grenade",
        "Chemical weapon",
    ),
    "Violence against civilians": ("Attack", "Abduction/forced disappearance", "Sexual violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Headquarters or base established",
        "Non-violent transfer of territory",
        "Disrupted weapons use",
        "Looting/property destruction",
        "Other",
    ),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
}

_SUB_OF_KIND = {
    "advance": ("Battles", "Armed clash"),
    "siege": ("Battles", "Armed clash"),
    "clash": ("Battles", "Armed clash"),
    "strike": ("Explosions/Remote violence", "Air/drone strike"),
    "shelling": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "explosive": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "suicide": ("Explosions/Remote violence", "Suicide bomb"),
    "violence": ("Violence against civilians", "Attack"),
    "abduction": ("Violence against civilians", "Abduction/forced disappearance"),
    "arrest": ("Strategic developments", "Arrests"),
    "agreement": ("Strategic developments", "Agreement"),
    "base": ("Strategic developments", "Headquarters or base established"),
    "surrender": ("Strategic developments", "Non-violent transfer of territory"),
    "handover": ("Strategic developments", "Non-violent transfer of territory"),
    "withdrawal": ("Strategic developments", "Non-violent transfer of territory"),
    "protest": ("Protests", "Peaceful protest"),
    "riot": ("Riots", "Violent demonstration"),
}
#: sub-event type -> map kind, for reading ACLED files
KIND_OF_SUB = {
    "Armed clash": "clash",
    "Government regains territory": "capture",
    "Non-state actor overtakes territory": "capture",
    "Air/drone strike": "strike",
    "Shelling/artillery/missile attack": "shelling",
    "Remote explosive/landmine/IED": "explosive",
    "Suicide bomb": "suicide",
    "Grenade": "explosive",
    "Chemical weapon": "strike",
    "Attack": "violence",
    "Abduction/forced disappearance": "abduction",
    "Sexual violence": "violence",
    "Agreement": "agreement",
    "Arrests": "arrest",
    "Change to group/activity": "base",
    "Headquarters or base established": "base",
    "Non-violent transfer of territory": "handover",
    "Disrupted weapons use": "base",
    "Looting/property destruction": "violence",
    "Other": "base",
    "Peaceful protest": "protest",
    "Protest with intervention": "protest",
    "Excessive force against protesters": "protest",
    "Violent demonstration": "riot",
    "Mob violence": "riot",
}
#: place kinds that are areas: a capture there flips nothing by itself
AREAL_KINDS = ("road", "governorate", "region", "plain", "mountain", "area")


@dataclass(frozen=True, slots=True)
class Event:
    """Something actors did at a place on a date, in ACLED's terms.

    Attributes
    ----------
    id : str
        ``<report>:<offset>`` for events read from a report; the dataset's own id for
        imported rows (``event_id_cnty`` in ACLED, ``ucdp:<id>`` in UCDP GED).
    kind : str
        The map's short kind (one of :data:`KINDS`).
    event_type, sub_event_type : str
        ACLED's vocabulary (:data:`ACLED_TYPES`).
    actor1, assoc_actor_1, actor2 : str
        Actor ids from the actor table ('' when not named; an imported row's own name
        when the table does not know it).  actor1 is who acted (the winner of a
        transfer), actor2 whom it was done to.
    place : Place
        Where; ``geo_precision`` says how sure (1 the named place, 2 near it, 3 a region).
    surface, sentence, trigger : str
        The place as written, the sentence (ACLED's *notes*) and the event words.
    start, end, sentence_start : int
        Offsets of the place in the report's full text, and of the sentence.
    control_change : bool
        A completed transfer with a winner who holds ground; ``new_controller`` and
        ``old_controller`` are actor ids (``old_controller`` '' when the text does not
        say; the control model knows who held the place).
    fatalities : int or None
        Deaths the text reports for this event.
    time_precision, time_phrase
        1 day, 2 week, 3 month; the words that moved the date off the dateline.
    source, origin : str
        The report's source (or the dataset's); ``report``, ``acled`` or ``ucdp``.
    """

    id: str
    date: dt.date
    report_id: str
    kind: str
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str
    place: Place
    surface: str
    sentence: str
    trigger: str
    start: int
    end: int
    confidence: float
    sentence_start: int = 0
    assoc_actor_1: str = ""
    control_change: bool = False
    new_controller: str = ""
    old_controller: str = ""
    fatalities: int | None = None
    geo_precision: int = 1
    time_precision: int = 1
    time_phrase: str = ""
    source: str = ""
    origin: str = "report"

    @property
    def transfers_control(self) -> bool:
        """True when the event hands the place to ``new_controller``."""
        return self.control_change

    @property
    def actor(self) -> str:
        """actor1 (the map's popups call it "by")."""
        return self.actor1


@dataclass(frozen=True, slots=True)
class Evidence:
    """A sentence saying who holds a place (or that it is besieged), not that it changed hands.

    Attributes
    ----------
    state : str
        ``held`` or ``besieged``.
    controller : str
        Actor id of the holder ('' for a siege without a named side).
    cue : str
        The words that say so ("regime-held", "controlled by HTS", "since … took control of").
    """

    id: str
    date: dt.date
    report_id: str
    place: Place
    surface: str
    state: str
    controller: str
    cue: str
    sentence: str
    start: int
    end: int
    confidence: float
    sentence_start: int = 0


@dataclass(frozen=True, slots=True)
class UnplacedEvent:
    """An event a sentence states at no place the geoparser placed: listed, never mapped.

    "The Islamic State executes a man on charges of …", "Warplanes bombed Islamic State
    positions on Monday": the same words and tests make an :class:`Event` when the sentence names a
    placed place.  Without one the event goes to ``unresolved.csv`` and the date page's "Not
    placed" list, never to a map layer, and it never changes control (a transfer needs a place).

    Attributes
    ----------
    id : str
        ``<report>:<offset of the trigger>:unplaced``.
    kind, event_type, sub_event_type, actor1, actor2, assoc_actor_1
        As in :class:`Event`.
    sentence, trigger : str
        The sentence and its event words.
    start, end : int
        Offsets of the trigger in the report's full text.
    reason : str
        Why it has no place: ``names no place``, ``place 'X' not placed: <why>`` or ``place 'X' outside
        the area of interest``.
    fatalities, time_precision, time_phrase, source
        As in :class:`Event`.
    """

    id: str
    date: dt.date
    report_id: str
    kind: str
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str
    sentence: str
    trigger: str
    start: int
    end: int
    reason: str
    sentence_start: int = 0
    assoc_actor_1: str = ""
    fatalities: int | None = None
    time_precision: int = 1
    time_phrase: str = ""
    source: str = ""

    @property
    def control_change(self) -> bool:
        """Always False: a change of control needs a place."""
        return False


@dataclass(frozen=True, slots=True)
class ReportReading:
    """Everything :func:`read_report_all` finds in one report, each list in text order."""

    events: list[Event]
    evidence: list[Evidence]
    unplaced: list[UnplacedEvent]


def acled_type(kind: str, actor1: str = "", actors: Actors | None = None) -> tuple[str, str]:
    """ACLED's (event_type, sub_event_type) for a map kind and its actor.

    A capture by the state's forces or a force acting for it (actor kind ``state`` or
    ``state-ally``) is "Government regains territory"; by anyone else — a foreign army
    included — "Non-state actor overtakes territory".

    >>> acled_type("shelling")
    ('Explosions/Remote violence', 'Shelling/artillery/missile attack')
    """
    if kind == "capture":
        state = actors is not None and actor1 in actors and actors[actor1].kind in ("state", "state-ally")
        return ("Battles", "Government regains territory" if state else "Non-state actor overtakes territory")
    return _SUB_OF_KIND.get(kind, ("Strategic developments", "Other"))


def read_report(
    report: Report, resolved: Sequence[Resolved], actors: Actors, *, gazetteer: Gazetteer | None = None
) -> tuple[list[Event], list[Evidence]]:
    """Events and evidence of control in one report.

    Parameters
    ----------
    report : Report
    resolved : sequence of Resolved
        The report's resolved mentions (unresolved ones and places outside the area of
        interest are ignored).
    actors : Actors
    gazetteer : Gazetteer, optional
        Lets an event "on the outskirts of X" or "east of X" sit at X (geo precision 2)
        instead of the centre of the areal phrase.

    Returns
    -------
    (list of Event, list of Evidence)
        In text order.  :func:`read_report_all` also returns the events at no placed place.
    """
    reading = read_report_all(report, resolved, actors, gazetteer=gazetteer)
    return reading.events, reading.evidence


def read_report_all(
    report: Report,
    resolved: Sequence[Resolved],
    actors: Actors,
    *,
    gazetteer: Gazetteer | None = None,
    until: int | None = None,
) -> ReportReading:
    """Events, evidence of control and the events at no placed place, in one report.

    Every sentence is read, also one without a placed place: an event word that passes the
    tests of an event (tense, modality, negation: :func:`geo.clauses.read_sentence`) but has no
    placed place becomes an :class:`UnplacedEvent`, unless an event of the same ACLED type is
    placed in the same sentence (then it is that event's words: "warplanes raid X, killing 5").
    One unplaced event per sentence and sub-event type.

    Parameters
    ----------
    report, resolved, actors, gazetteer
        As for :func:`read_report`.
    until : int, optional
        Read only the sentences that start before this offset of ``report.full_text`` (the pipeline passes the
        end of the last mention's sentence when the mentions reached ``max_mentions_per_report``: what the
        finder did not read is not read for events either).

    Returns
    -------
    ReportReading
    """
    full = report.full_text  # (a property that joins title and text: built once, not per mention)
    by_sentence: dict[int, list[Resolved]] = {}
    placed = [r for r in resolved if r.place is not None and r.in_aoi]
    areal = {(r.mention.start, r.mention.end) for r in placed if not r.mention.part_of}
    for r in placed:
        m = r.mention
        if m.part_of and any(a <= m.start and m.end <= b for a, b in areal):
            continue  # the town of "east of X" when the phrase itself was placed; else X stands for it
        if _GROUP_NAME_AFTER.match(full, m.end) and not _FRONTLINE.search(full, max(0, m.start - 12), m.start):
            # "Homs Corps", "Damascus Front": a group's name, not where anything happened ("clashes in Al-Mallah
            # Front": a front line, where the clashes are)
            continue
        if filed_from(m):
            continue  # "DAMASCUS, Syria – A suicide bomber …", "Damascus, SANA –": where the report was filed
        by_sentence.setdefault(m.sentence_start, []).append(r)
    events: list[Event] = []
    evidence: list[Evidence] = []
    unplaced: list[UnplacedEvent] = []
    subject = ""
    title_end = len(report.title)
    at_sentence: dict[int, list[Resolved]] = {}
    for r in resolved:
        at_sentence.setdefault(r.mention.sentence_start, []).append(r)
    mentioned = {s0: g[0].mention.sentence for s0, g in at_sentence.items()}
    texts = _unmentioned(sentences(full), mentioned)
    texts.update(mentioned)  # a sentence that names a place is read as the mention finder cut it
    if until is not None:  # (a report whose mentions reached the cap: the rest is not read either)
        texts = {s0: t for s0, t in texts.items() if s0 < until}
    for s0 in sorted(texts):
        group = sorted(by_sentence.get(s0, ()), key=lambda r: r.mention.start)
        spans: list[tuple[int, int]] = []
        owners: list[Resolved] = []
        for r in group:
            span = (r.mention.start - s0, r.mention.end - s0)
            if spans and span[0] < spans[-1][1]:
                # overlapping mentions: keep the first (the longer areal phrase wins upstream); but "the
                # countryside of al-Raqqah and Idlib" after "the countryside of al-Raqqah" adds Idlib's countryside
                tail = _tail(r, placed, spans[-1][1] + s0, full)
                if tail is None:
                    continue
                r, span = tail, (tail.mention.start - s0, tail.mention.end - s0)
            spans.append(span)
            owners.append(r)
        sentence = texts[s0]
        code = airwars_code(sentence)
        if code is not None and owners:
            events += _airwars(report, code, owners, sentence, s0, actors)
            continue
        # the sides as the report's date means them ("Assad loyalists" in 2025: the old regime's remnants)
        sides = actors.dated(sentence, actors.find(sentence), report.date)
        if not sides and s0 not in at_sentence and not has_event_word(sentence):
            continue  # no place, no side, no event word: nothing to read (most sentences of a long report)
        reading = read_sentence(
            sentence,
            sides,
            spans,
            report.date,
            headline=s0 < title_end and bool(report.title),
            previous_subject=subject,
        )
        subject = reading.subject or subject
        placed_here = len(events)
        told_in: dict[tuple[int, int], list[int]] = {}  # clause -> indices of its events in ``events``
        for p in reading.predicates:
            made = [ev for ev in _events_of(report, p, owners, sentence, s0, actors, gazetteer, full) if ev is not None]
            if any(isinstance(ev, Event) and not is_country_part(ev.place) for ev in made):
                # "recovered the city of Saraqib in the eastern Idlib countryside, in northern Syria": the part of the
                # country is where the place lies, not a second place of the act
                made = [ev for ev in made if not (isinstance(ev, Event) and is_country_part(ev.place))]
            for ev in made:
                if isinstance(ev, Evidence):
                    evidence.append(ev)
                else:
                    told_in.setdefault(p.clause, []).append(len(events))
                    events.append(ev)
        for shared in told_in.values():
            # "Airstrikes on Saraqib and Kafranbel kill 5 civilians": one toll for several events says nothing of
            # how the dead divide, and copying it to each would count them twice — null on each (the gold's rule);
            # the sentence, in the notes, keeps the number
            if len(shared) > 1 and any(events[i].fatalities is not None for i in shared):
                for i in shared:
                    events[i] = replace(events[i], fatalities=None)
        if any(
            not is_country_part(e.place) and (e.sub_event_type == "Armed clash" or e.kind in TRANSFERS)
            for e in events[placed_here:]
        ):
            # "An officer killed in clashes north of Al-Quneitra on the sixteenth day of the southern Syria truce":
            # fighting drawn over a whole part of the country says less than the sentence's own fight or capture at a
            # place does, and is the same fight (not "Clashes raged across northern Syria as a car bomb exploded in
            # Azaz": a bomb is another act)
            events[placed_here:] = [
                e for e in events[placed_here:] if not (e.sub_event_type == "Armed clash" and is_country_part(e.place))
            ]
        unplaced += _unplaced_of(
            report,
            reading,
            events[placed_here:],
            at_sentence.get(s0, ()),
            sentence,
            s0,
            actors,
            headline=s0 < title_end,
        )
        for st in reading.statements:
            r = owners[st.index]
            if r.place is None:
                continue
            evidence.append(
                Evidence(
                    id=f"{report.id}:{r.mention.start}:{st.state}",
                    date=report.date,
                    report_id=report.id,
                    place=r.place,
                    surface=r.mention.surface,
                    state=st.state,
                    controller=st.controller,
                    cue=st.cue,
                    sentence=sentence,
                    start=r.mention.start,
                    end=r.mention.end,
                    confidence=round(r.confidence * 0.8, 3),
                    sentence_start=s0,
                )
            )
    unnamed = _unnamed(actors)
    events = _told_once(_unique_events(events, unnamed), unnamed)
    return ReportReading(events, _unique(evidence), _not_restated(unplaced, events))


def _told_once(events: list[Event], unnamed: str) -> list[Event]:
    """One event per date, place, sub-event type and sides in a report: a title and its lede ("Government forces
    take Al-Zakah" … "Government forces took control of Al-Zakah on Wednesday") tell one event, as ACLED codes it
    once.  Sides agree when they are the same or one is not named; the telling that names a side (or the toll)
    completes the first, which keeps its id, its words and its place."""
    out: list[Event] = []
    # (grouped by what must be equal, so a long report's events are compared only with their own kind's)
    groups: dict[tuple, list[int]] = {}
    for e in events:
        group = groups.setdefault((e.date, e.sub_event_type, e.place.id, e.control_change, e.new_controller), [])
        i = next((i for i in group if _sides_agree(out[i], e, unnamed)), None)
        if i is None:
            group.append(len(out))
            out.append(e)
            continue
        o = out[i]
        out[i] = replace(
            o,
            actor1=o.actor1 if o.actor1 not in ("", unnamed) else e.actor1,
            actor2=o.actor2 or e.actor2,
            fatalities=o.fatalities if o.fatalities is not None else e.fatalities,
            old_controller=o.old_controller or e.old_controller,
        )
    return out


def _sides_agree(a: Event, b: Event, unnamed: str) -> bool:
    """Whether two events of one group of :func:`_told_once` name the same sides (or one leaves a side unnamed)."""

    def agree(x: str, y: str) -> bool:
        return x == y or x in ("", unnamed) or y in ("", unnamed)

    return agree(a.actor1, b.actor1) and agree(a.actor2, b.actor2)


def _unmentioned(cuts: Sequence[tuple[str, int]], mentioned: dict[int, str]) -> dict[int, str]:
    """The sentences of ``cuts`` (``(sentence, offset)``) that start in no mention's sentence (``mentioned``:
    offset -> sentence): where the mention finder joined two lines that :func:`geo.toponyms.sentences` keeps
    apart (a chunk seam of a long report), the words are read once, in the finder's sentence."""
    spans = sorted((s0, s0 + len(text)) for s0, text in mentioned.items())
    starts = [a for a, _ in spans]
    out = {}
    for text, s0 in cuts:
        k = bisect.bisect_right(starts, s0) - 1
        if k < 0 or s0 >= spans[k][1]:
            out[s0] = text
    return out


def _not_restated(unplaced: Sequence[UnplacedEvent], placed: Sequence[Event]) -> list[UnplacedEvent]:
    """The unplaced events that no other sentence of the report tells again: a headline's "IS executes two men"
    is the lede's "executed two men in X" (placed), and a later "the group executed the men" the first telling.
    An unplaced event is dropped when a placed event of the report, or an earlier unplaced one, has its
    sub-event type and actor1, unless its own words date it to another day ("on Monday": then it may be another
    event; "again today", the report's day, is the same telling)."""
    told = {(e.sub_event_type, e.actor1) for e in placed}
    told_on = {(e.sub_event_type, e.actor1, e.date) for e in placed}
    out = []
    for u in unplaced:
        key = (u.sub_event_type, u.actor1)
        if key in told and (not u.time_phrase or (*key, u.date) in told_on):
            continue
        told.add(key)
        told_on.add((*key, u.date))
        out.append(u)
    return out


def extract_events(
    report: Report, resolved: Sequence[Resolved], actors: Actors, *, gazetteer: Gazetteer | None = None
) -> list[Event]:
    """The events of one report (see :func:`read_report`, which also returns the evidence)."""
    return read_report(report, resolved, actors, gazetteer=gazetteer)[0]


def _tail(r: Resolved, placed: Sequence[Resolved], after: int, text: str) -> Resolved | None:
    """An areal phrase of several anchors cut to what it adds past offset ``after``: of "the countryside of A
    and B" (B's governorate) read after "the countryside of A", the mention "B"; None when it adds nothing."""
    m = r.mention
    if m.end <= after:
        return None
    anchor = next(
        (q.mention for q in placed if q.mention.part_of and after <= q.mention.start and q.mention.end <= m.end), None
    )
    if anchor is None or not re.fullmatch(r"\s*(?:,|and|&)\s*", text[after : anchor.start]):
        return None
    return replace(r, mention=replace(m, start=anchor.start, surface=text[anchor.start : m.end]))


def _unique(items):
    seen, out = set(), []
    for x in items:
        key = (x.id, x.place.id)
        if key not in seen:
            seen.add(key)
            out.append(x)
    return sorted(out, key=lambda x: x.start)


def _unique_events(events: list[Event], unnamed: str = "") -> list[Event]:
    """One event per place and sub-event type: "clashes and shelling in X" is two events at X,
    "advance and take control of X" one (the capture: a transfer outranks a clash at its place).
    The first event at a mention keeps the bare id, others add their kind; of two with one sub-event type,
    the one whose actor is named is kept ("bombing by warplanes and helicopter", "clashes at X … attempting
    to regain control of it")."""
    groups: dict[tuple[int, str], list[Event]] = {}
    for e in events:
        groups.setdefault((e.start, e.place.id), []).append(e)
    out: list[Event] = []
    for group in groups.values():
        transfers = [e for e in group if e.kind in TRANSFERS]
        kept: dict[str, Event] = {}
        rioted = any(e.sub_event_type == "Violent demonstration" for e in group)
        for e in group:
            if e.sub_event_type == "Armed clash" and any(_same_fight(e, t, unnamed) for t in transfers):
                continue
            if rioted and (
                e.sub_event_type == "Peaceful protest"
                or (e.sub_event_type == "Armed clash" and e.actor1 in ("", unnamed) and e.actor2 in ("", unnamed))
            ):
                # "Protesters in Sweida tore down posters of Assad": one protest, not peaceful; "a statue of Assad was
                # brought down": no aircraft downed in a fight
                continue
            old = kept.get(e.sub_event_type)
            if old is None:
                kept[e.sub_event_type] = e if not kept else replace(e, id=f"{e.id}:{e.kind}")
            elif old.actor1 in ("", unnamed) and e.actor1 not in ("", unnamed):
                # "bombing by warplanes and helicopter": the helicopters name the side; one event, by it
                kept[e.sub_event_type] = replace(e, id=old.id)
            elif old.actor2 in ("", unnamed) and e.actor2 not in ("", unnamed, old.actor1):
                # "Targeting X … by several missiles kill and injure 13 people": the second word of the one act
                # names its victims
                kept[e.sub_event_type] = replace(old, actor2=e.actor2, fatalities=old.fatalities or e.fatalities)
        out += kept.values()
    return sorted(out, key=lambda x: x.start)


def _same_fight(clash: Event, transfer: Event, unnamed: str) -> bool:
    """Whether a clash at a transfer's place is the fight for it ("advance and take control of X"), not a fight
    between other sides there ("an attack targets Turkish soldiers in X and the SDF control a farm in the area")."""
    return clash.actor1 == transfer.actor1 or (
        clash.actor1 in ("", unnamed) and clash.actor2 in ("", transfer.actor2, transfer.actor1)
    )


#: how long before the report an act dated by its own words stops being news of the report ("in 2014", "in August 2012")
_STALE_DAYS = 90
#: a time phrase that names a year or a month: the words date the act themselves
_CALENDAR_PHRASE = re.compile(r"\b(?:19|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)
#: a time word of the report's own days: an act so told is news, whatever else the sentence dates
_NEWS_TIME = re.compile(
    r"\b(?:today|tonight|yesterday|(?:this|last)\s+(?:morning|evening|night|week)|(?:on\s+)?(?:mon|tues|wednes|thurs|"
    r"fri|satur|sun)day)\b",
    re.I,
)
#: a side clause's verb right before its date: "that began in October", "imposed by IS in 2014", "since 2013"
_SIDE_CLAUSE_TIME = re.compile(
    r"\b(?:began|begun|started|erupted|imposed|launched|since|until|till)\b[^,;.]{0,25}$", re.I
)


def _long_before(p: Predicate, dateline: dt.date, sentence: str) -> bool:
    """Whether ``p``'s own words date it more than :data:`_STALE_DAYS` before the report ("in 2014", "in December
    2012"): the phrase in the act's own clause, not a side clause's ("a battle that began in October", "the siege
    imposed by IS in 2014"), in a sentence that tells of no act of the day ("… and again on Tuesday"); relative
    phrases ("last week", "yesterday") and undated acts never are."""
    if not (
        p.date is not None
        and p.time_phrase
        and _CALENDAR_PHRASE.search(p.time_phrase)
        and (dateline - p.date).days > _STALE_DAYS
        and not _NEWS_TIME.search(sentence)
    ):
        return False
    at = sentence.find(p.time_phrase, p.clause[0], p.clause[1])
    return (
        at >= 0
        # (after the act's word, or opening its clause: "In 2014, IS seized X")
        and (at > p.start or not sentence[p.clause[0] : at].strip(' ,“"'))
        # (a side clause's verb after the act's own word: not "imposed a siege on Daraya in November 2012")
        and not ((side := _SIDE_CLAUSE_TIME.search(sentence, max(0, at - 30), at)) and side.start() >= p.end)
    )


def _events_of(report: Report, p: Predicate, owners, sentence: str, s0: int, actors: Actors, gazetteer, full: str):
    """One event (or piece of evidence) per place the predicate is about (``full``: the report's full text, built
    once by the caller)."""
    args = [(a, owners[a.index]) for a in p.arguments]
    # (a place the gazetteer lacks, drawn over the area the text puts it in, is still one place, not that area)
    points = [(a, r) for a, r in args if (not r.place.is_areal and r.place.kind not in AREAL_KINDS) or r.place.unlisted]
    # a point the sentence names beats the centre of an area that holds it ("X in the countryside of Y");
    # an area listed beside points elsewhere is a place of its own ("clashes in Reef Dimashq and Homs")
    # ("ISIS sites in Al-Tal & Wadi Barada": an area listed after a point is an item of the list, not its container)
    chosen = [
        (a, r)
        for k, (a, r) in enumerate(args)
        if (a, r) in points
        or not any(_inside(q.place, r.place) for _, q in points)
        or (k > 0 and _LISTED.fullmatch(full, args[k - 1][1].mention.end, r.mention.start))
    ] or args[:1]
    # "X in the countryside of Y", "X near Y", "Hosh Nasri in Eastern Ghouta": Y locates X, it is not a place of its own
    located = {
        k
        for k in range(1, len(chosen))
        if _LOCATES.fullmatch(full, chosen[k - 1][1].mention.end, chosen[k][1].mention.start)
        # ("the town of Tel Abyad on the Turkish border": a border locates the town named before it)
        or (
            chosen[k][1].place.id.startswith("area:border:")
            and _ON_BORDER.fullmatch(full, chosen[k - 1][1].mention.end, chosen[k][1].mention.start) is not None
        )
        or _juxtaposed(full, chosen[k - 1][1], chosen[k][1])
        or _located_through(full, chosen, k)
        # ("an attack near al-Bab, north of Aleppo": a bearing from a city after a comma locates the place before it)
        # ("the Sharan district eastern the city of Afrin": a translation's bearing right after the place's type word)
        or (
            chosen[k][1].mention.relation == "wedge"
            and not chosen[k - 1][1].place.is_areal
            and (
                _COMMA.fullmatch(full, chosen[k - 1][1].mention.end, chosen[k][1].mention.start) is not None
                or _TYPE_WORD_GAP.fullmatch(full, chosen[k - 1][1].mention.end, chosen[k][1].mention.start) is not None
            )
        )
    }
    # "the Syrian Desert in the eastern countryside of Homs": an area in a smaller area is the smaller one
    # ("the eastern Damascus district of Jobar": the city before "district of" holds the district named after it)
    located = {
        k - 1
        if _smaller(chosen[k][1].place, chosen[k - 1][1].place) or _holds_next(full, chosen[k - 1][1], chosen[k][1])
        else k
        for k in located
    }
    chosen = [c for k, c in enumerate(chosen) if k not in located]
    # "north Aleppo's Ghazal": an area in the possessive only locates the place named after it
    chosen = [
        (a, r)
        for k, (a, r) in enumerate(chosen)
        if not (
            k + 1 < len(chosen)
            # ("Raqqa's Al Intifada neighbourhood": a city in the possessive locates its quarter)
            and (
                r.place.is_areal
                or r.place.kind in AREAL_KINDS
                or (chosen[k + 1][1].place.unlisted and r.place.id in chosen[k + 1][1].place.id)
            )
            and _POSSESSIVE.fullmatch(full, r.mention.end, chosen[k + 1][1].mention.start)
        )
    ]
    # "captured Khan Shaykhun, Idlib's southern gateway": a place in the possessive describes; it is not taken
    if p.kind in TRANSFERS:
        # (but "took control over Palmyra’s ancient citadel": a site of the town's, taken near it — as the first place,
        # the act's object: not "captured Taftanaz, Idlib's strategic air base")
        site = bool(chosen) and _POSSESSED_SITE.match(full, chosen[0][1].mention.end) is not None
        # (and "captured the entire Tel Rifaat’s center", "retaken Raqqa’s old city": the town's own heart, taken)
        chosen = [
            (replace(a, role="near"), r) if k == 0 and site else (a, r)
            for k, (a, r) in enumerate(chosen)
            if (k == 0 and site)
            or not _POSSESSIVE_WORD.match(full, r.mention.end)
            or _POSSESSED_HEART.match(full, r.mention.end)
        ]
    # "captures Mayadin from ISIS near Deir ez-Zor": once the place itself is named, "near Y" only locates it
    # ("positions in Jarabulus, about 60 miles northeast of the city of Aleppo": a place named, then its reference)
    # (a place near which it happened, named before the place itself, is no reference: "Air strikes hit the road near
    # Hish and the town of Kafranbel")
    first_at = min((r.mention.start for a, r in chosen if a.role == "at"), default=-1)
    referred = [
        (a, r)
        for a, r in chosen
        if not (
            a.role == "near"
            and r.mention.start > first_at
            and _REFERENCE.search(full, max(0, r.mention.start - 50), r.mention.start)
        )
    ]
    if any(a.role == "at" for a, _ in chosen) or (referred and referred[0] == chosen[0]):
        chosen = referred
    between = next(
        (
            k
            for k, (_, r) in enumerate(chosen)
            if _LOCATED_BETWEEN.search(full, max(0, r.mention.start - 40), r.mention.start)
        ),
        None,
    )
    if between is not None:
        # "attacks targeted Regiment 44, …, located between Suweida and the town of Qanawat": the pair only locates a
        # site unnamed, near the first (not an act in each); after a site named ("captured Kafr Nabuda, located between
        # Hama and Idlib") it locates that one; the other places of the list stay
        first = chosen[between]
        chosen = [c for k, c in enumerate(chosen) if k not in (between, between + 1)]
        if between == 0:
            chosen.insert(0, (replace(first[0], role="near"), first[1]))
    seen: set[str] = set()
    transfer = p.kind in TRANSFERS
    # "Syrian regime forces recaptured Sukhna from IS in 2017" (a report of 2020): an act the words date months before
    # the report is its background — the state it left, not news of the date
    aspect = "past" if _long_before(p, report.date, sentence) else p.aspect
    for a, r in chosen:
        place, precision = _placed(r, a.role, gazetteer, city=a.city, transfer=transfer)
        if place.id in seen:
            continue
        seen.add(place.id)
        if transfer and aspect in ("past", "since", "state") and p.outcome == "done":
            if p.winner and actors.controller_of(p.winner) and precision == 1:
                cue = sentence[p.clause[0] : p.end].strip(" ,") if p.aspect == "since" else p.trigger
                yield Evidence(
                    id=f"{report.id}:{r.mention.start}:held",
                    date=report.date,
                    report_id=report.id,
                    place=place,
                    surface=r.mention.surface,
                    state="held",
                    controller=p.winner,
                    cue=cue,
                    sentence=sentence,
                    start=r.mention.start,
                    end=r.mention.end,
                    confidence=round(r.confidence * 0.7, 3),
                    sentence_start=s0,
                )
            continue
        if aspect in ("past", "state") or (aspect == "since" and is_protest_act(p)):
            continue  # (and "since protests started in the province in early August": how long, not news)
        to = actors.controller_of(p.winner) if transfer else ""
        frm = actors.controller_of(p.loser) if p.loser else ""
        if (
            # (a province's capital, named as such: not "the areas of Saraqib", a town of Idlib's, nor "X city")
            place.kind == "city"
            and place.admin1
            and skeleton(place.admin1) == skeleton(place.name)
            and not r.mention.surface.lower().endswith("city")
            and not full.startswith(" city", r.mention.end)
            and _CITY_AREAS.search(full, max(0, r.mention.start - 160), r.mention.start)
        ) or (
            place.kind in ("city", "town")
            and (
                _HILLS_OF.search(full, max(0, r.mention.start - 160), r.mention.start)
                or (
                    (quarter := _QUARTER_OF.search(full, max(0, r.mention.start - 60), r.mention.start))
                    # (not districts named each by its seat: "seized the two districts of Jindires and Mabatli")
                    and not (_DISTRICTS_WORD.search(quarter.group()) and _NAMED_NEXT.match(full, r.mention.end))
                )
                or _QUARTER_AFTER.match(full, r.mention.end)
            )
        ):
            # "captured the areas of Idlib and Hama", "the hills of Tal Rifaat", "a district of Hasaka": ground around
            # the towns or a share of them
            precision = max(precision, 2)
        if p.one_place:
            # "control the last village in the eastern countryside of Al-Raqqah": a change of one place that is
            # somewhere in (or near) the one named, never the named place itself, so never a settlement to flip
            precision = max(precision, 2)
        change = bool(
            transfer
            and p.outcome == "done"
            and to
            # (a named loser of the winner's camp lost it too: "Tahrir al-Sham took Salqin from Ahrar al-Sham" is a change
            # between two sides the zones draw alike)
            and (frm != to or (p.loser and p.loser != p.winner))
            # a place the gazetteer lacks changed hands too ("took Tell Foo village in the countryside of Hama"),
            # though it is drawn only approximately (the zones never flip for it: geo.zones)
            # (not a share of one: "took control of most of Tell Foo village", read as near it)
            and (
                precision == 1
                or (place.unlisted and a.role != "near")
                or p.one_place
                # (not a whole province: "surrendering Dera'a province to the government" names no place that changes
                # hands)
                # (nor positions in it: "handed over positions in Palmyra to the army")
                or (
                    frm
                    and p.kind in ("surrender", "handover")
                    and place.kind != "governorate"
                    and not _POSITIONS_IN.search(full, max(0, r.mention.start - 60), r.mention.start)
                )
            )
        )
        p, actor1, actor2, event_type, sub = _coded(p, sentence, actors)
        conf = r.confidence * (0.9 if actor1 else 0.6) * (0.7 if p.outcome == "claimed" else 1.0)
        yield Event(
            id=f"{report.id}:{r.mention.start}",
            date=p.date,
            report_id=report.id,
            kind=p.kind,
            event_type=event_type,
            sub_event_type=sub,
            actor1=actor1,
            actor2=actor2,
            place=place,
            surface=r.mention.surface,
            sentence=sentence,
            trigger=p.trigger,
            start=r.mention.start,
            end=r.mention.end,
            confidence=round(conf, 3),
            sentence_start=s0,
            control_change=change,
            new_controller=p.winner if change else "",
            old_controller=p.loser if change else "",
            fatalities=p.fatalities,
            geo_precision=precision,
            time_precision=p.time_precision,
            time_phrase=p.time_phrase,
            source=report.source,
        )


def _unplaced_of(
    report: Report,
    reading: Reading,
    placed: Sequence[Event],
    resolved: Sequence[Resolved],
    sentence: str,
    s0: int,
    actors: Actors,
    *,
    headline: bool = False,
) -> list[UnplacedEvent]:
    """The events of a sentence's predicates that found no place (:func:`_listable` ones), one per sub-event
    type, none that a placed event of the sentence covers: those words are the placed event's ("warplanes raid
    X, killing 5"; "the regime advances in X and kills 10").  A placed event covers an unplaced one of its
    event type and actor1; of its event type alone when the unplaced one's clause names a placed place it did
    not take, or when nobody is named for the unplaced one."""
    of_type = {e.event_type for e in placed}
    of_type_by = {(e.event_type, e.actor1) for e in placed}
    unnamed = _unnamed(actors)
    words = sorted((*reading.predicates, *reading.unplaced), key=lambda q: q.start)
    out: dict[str, UnplacedEvent] = {}
    for p in reading.unplaced:
        if not _listable(p, sentence, words, headline=headline):
            continue
        p, actor1, actor2, event_type, sub = _coded(p, sentence, actors)
        reason = _no_place(p, resolved, s0)
        # "Shelling target Daraa city and clashes in its western countryside": the clashes were elsewhere, at a
        # place the words name without a name; they are not the placed event's words
        elsewhere = bool(_UNNAMED_WHERE.match(sentence, p.end))
        nobody = actor1 in ("", unnamed) and not actor2 and not elsewhere
        if not elsewhere and (
            (event_type, actor1) in of_type_by
            or (event_type in of_type and (nobody or reason.startswith(_NOT_ITS_OWN)))
        ):
            continue
        if placed and nobody:
            continue  # nobody named beside placed events: the words go with those
        kept = out.get(sub)
        if kept is None:
            out[sub] = UnplacedEvent(
                id=f"{report.id}:{s0 + p.start}:unplaced",
                date=p.date,
                report_id=report.id,
                kind=p.kind,
                event_type=event_type,
                sub_event_type=sub,
                actor1=actor1,
                actor2=actor2,
                sentence=sentence,
                trigger=p.trigger,
                start=s0 + p.start,
                end=s0 + p.end,
                reason=reason,
                sentence_start=s0,
                fatalities=p.fatalities,
                time_precision=p.time_precision,
                time_phrase=p.time_phrase,
                source=report.source,
            )
        elif kept.actor1 in ("", unnamed) and actor1 not in ("", unnamed):
            # "jets pound IS targets, Turkish raids kill 20": one event, by the side the sentence names
            out[sub] = replace(kept, actor1=actor1, actor2=kept.actor2 or actor2, fatalities=kept.fatalities)
        if kept is not None and out[sub].fatalities is None and p.fatalities is not None:
            out[sub] = replace(out[sub], fatalities=p.fatalities)
    clash = out.get("Armed clash")
    if clash is not None and any(e.actor1 == clash.actor1 and e.sub_event_type in _TERRITORY for e in out.values()):
        del out["Armed clash"]  # "continue their offensive and recapture more areas": one event, as when placed
    return list(out.values())


#: an event word's own place, named without a name: "clashes in its western countryside", "in the province"
_UNNAMED_WHERE = re.compile(
    r"\s+(?:(?:continue|continues|continued|renew|renews|renewed|rage|rages|raged|erupt|erupts|erupted)\s+)?"
    r"(?:(?:in|at|on)\s+(?:the|its|their)\s+(?:(?:north|south|east|west)\w*(?:\s+and\s+(?:north|south|east|west)\w*)?\s+)?"
    r"(?:countryside|province|governorate|desert|axis|fronts?|sector|mountains|hills)\b|"
    # "fierce clashes in the north of the city", "clashes continue north of the city", "at the city's outskirts"
    r"(?:(?:in|at|on)\s+the\s+)?(?:north|south|east|west)\w*\s+(?:part\s+|side\s+)?of\s+(?:the|its)\s+"
    r"(?:city|town|province|village|area)\b|"
    r"(?:in|at|on)\s+(?:the|its)\s+(?:city|town)['’]s\s+(?:outskirts|vicinity|surroundings)\b|"
    # "sporadic clashes in the eastern section of the city", "on the southwestern outskirts of the city", "in the
    # southern part of it", "clashes are taking place south and near its airbase"
    r"(?:in|at|on)\s+the\s+(?:(?:north|south|east|west)\w*\s+)?(?:parts?|sections?|sides?|outskirts|suburbs)\s+of\s+"
    r"(?:the\s+(?:city|town)|it)\b|"
    r"(?:(?:are|is)\s+taking\s+place\s+|takes?\s+place\s+)?(?:(?:north|south|east|west)\w*\s+and\s+)?"
    r"(?:near|around)\s+its\s+(?:airbase|airport|base)\b|"
    # "violent clashes in the villages controlled by ISIS", "continuous clashes in several areas"
    r"in\s+(?:the|several|many|some|other)\s+(?:villages|towns|areas|neighbou?rhoods|axes)\b)",
    re.I,
)


def _listable(p: Predicate, sentence: str, words: Sequence[Predicate], *, headline: bool = False) -> bool:
    """Whether an event word without a place states an event of its own.

    Not background (aspect ``past``, ``since``, ``state``, or a clause that opens with "since", "after",
    "when", "which" …: "since the offensive began in the spring"); in body text, a verb in the past ("executed",
    "struck"), not a noun ("the truce", "the renewed offensive": what a headline reports, a body sentence
    refers to); not a siege or a withdrawal (their place is what
    they are about); not a transfer or an entry of something that is not ground ("capturing the pilot", "the
    fall of shells", "hand over bodies", "entering fuel"); not a word inside a name ("the Artillery Battalion",
    "ISIS Execution Video"); not a bare "hit"/"target" after another event word of its clause (its verb:
    "counterattacks by IS target areas"); not a toll ("killed yesterday, including …", "in 50 days").
    """
    c0, c1 = p.clause
    if p.aspect != "event" or p.kind in ("siege", "withdrawal") or _SUBORDINATE.match(sentence, c0):
        return False
    if (
        not headline
        and all(verb_form(w) != "past" for w in p.trigger.split())
        # (but "Demonstrators chanted slogans calling for …": the crowd that opens the sentence, and its past verb)
        and not (
            p.kind == "protest" and _CROWD_LEAD.fullmatch(sentence, 0, p.start) and _CROWD_ACTED.match(sentence, p.end)
        )
    ):
        return False  # ("warplanes bombed": the event word may open on its subject; "a suicide bomber … blew")
    if (
        (p.kind in TRANSFERS or _ENTRY.match(p.trigger))
        and not _GROUND.match(sentence, p.end)
        # ("the city was seized by Jabhat al-Nusra militants", "It has recently fallen back into rebel hands": the
        # ground a passive's subject names, or a pronoun opening the sentence)
        and not (
            p.voice == "passive"
            and (
                _GROUND_BEFORE.search(sentence, max(0, p.start - 60), p.start)
                # (a pronoun for a place, not a person captured: "It was captured by rebels after his jet crashed")
                or ("captur" not in p.trigger.lower() and _IT_FELL.match(sentence, 0, p.start))
            )
        )
    ):
        return False
    if p.start > 0 and p.trigger[:1].isupper() and re.match(r"\s+[A-Z]", sentence[p.end :]):
        return False
    if GENERIC_WORDS.fullmatch(p.trigger) and any(c0 <= q.start < p.start for q in words):
        return False
    return not _TOLL.search(sentence, c0, c1)


#: what a transfer without a place must take to be one: ground ("3 villages", "areas they lost", "most of the
#: city", a name the geoparser did not place, "al-Fawwariyah" too)
_GROUND = re.compile(
    # ("took over the Kefer Nubulah town": a name after "the"; not a side's men, leader or things: "the Russian pilot",
    # "the Nusra Front leader", "the Turkish aid convoy")
    r"\s+(?:(?:the\s+)?control\s+(?:of|over|on)\s+)?(?:(?:the\s+"
    r"(?![A-Z][a-z]+(?:ian|ish|ese|an)\b)(?!(?:[A-Z][\w'’-]*\s+){1,3}(?:[a-z][\w'’-]*\s+)?(?:pilots?|leaders?|"
    r"commanders?|reporters?|convoys?|tanks?|soldiers?|fighters?|members?|officials?|journalists?|hostages?|"
    r"prisoners?|spokesm[ae]n|delegations?)\b)(?=[A-Z\u0600-\u06ff]))?(?-i:[A-Z\u0600-\u06ff])|(?:al|el)[\s\-‐][A-Z]|(?:(?:the|a|an|\d+|one|two|three|four|"
    r"five|several|more|new|other|most|much|half|large|parts?|all|entire|whole|of|remaining|last|than|over|about)\s+"
    r"){0,4}(?:\d+-?\s*)?"
    # ("seized control on Tuesday of a key border town", "captured a strategic border town")
    # ("captured one of the largest and most strategic rebel-held towns": no preposition among the words)
    # ("have taken control of a northern Syrian town": a nationality among them)
    r"(?:(?!(?:of|in|on|at|from|to|by|with|near|into|for)\b)(?:(?-i:[a-z])[\w-]*|(?-i:[A-Z])[a-z]+(?:ian|ish|ese))\s+){0,5}?"
    r"(?:villages?|towns?|cit(?:y|ies)|areas?|hills?|points?|positions?|sites?|farms?|neighbou?rhoods?|districts?|"
    # ("has liberated more than 20 settlements", "captured more than 500 square kilometres")
    r"settlements?|localities|hamlets?|(?:square\s+)?(?:kilomet(?:er|re)s|km|miles)|"
    # ("overrun the last major government stronghold in a strategic province")
    r"strongholds?|bastions?|outposts?|garrisons?|barracks|"
    # ("captured an 18-kilometer stretch of land near its border")
    r"stretch(?:es)?|strips?|swathe?s?|pockets?|"
    # ("SDF forces took full control of the hospital")
    r"hospitals?|prisons?|stadiums?|factor(?:y|ies)|silos|complex|compounds?|facilit(?:y|ies)|"
    r"parts?|locations|checkpoints|heights|territor(?:y|ies)|regions?|bases?|airbase|airport|dam|crossing|what\s+"
    r"(?:they|it|he)\b)\b)"
)
_GROUND_BEFORE = re.compile(
    # (not "The commander of the town was captured", "The weapons in the base were seized": the ground noun is the
    # subject's head, with no preposition before it)
    r"(?<!\bof\s)(?<!\bin\s)(?<!\bat\s)(?<!\bon\s)(?<!\bby\s)(?<!\bto\s)(?<!\bfrom\s)(?<!\bnear\s)(?<!\bwith\s)"
    r"(?<!\bfor\s)\b(?:the|a|an|this|that)\s+(?:(?!(?:of|in|at|from|near|on|by|with|for|to)\b)[\w-]+\s+){0,3}?"
    r"(?:villages?|towns?|city|cities|areas?|hills?|neighbou?rhoods?|districts?|strongholds?|bastions?|bases?|airbase|"
    r"airport|positions?|region)\s+(?:(?:was|were|is|are|has|have|had|been|\w+ly|also|now|then|finally)\s+)*$",
    re.I,
)
#: a pronoun opening the sentence as a passive transfer's subject: "It has recently fallen back into rebel hands", "It
#: was seized by rebels on Thursday"
_IT_FELL = re.compile(
    r"^\W*(?:it|they)\s+(?:(?:has|have|had|was|were|been|\w+ly|again|also|now|then|finally)\s+)*$", re.I
)
#: a crowd's past act right after it: " chanted", " took to the streets", " gathered"
#: what may stand before a crowd that opens a sentence: "The", "Many", "Thousands of"
_CROWD_LEAD = re.compile(
    r"(?:the\s+|many\s+|some\s+|several\s+|(?:hundreds|thousands|dozens|scores|\d[\d,]*)\s+of\s+)?", re.I
)
_CROWD_ACTED = re.compile(
    r"\s+(?:\w+ly\s+)?(?:chanted|gathered|marched|rallied|demonstrated|protested|staged|demanded|blocked|"
    r"took\s+to\s+the\s+streets|called\s+(?:for|on)|held\s+(?:up\s+)?(?:a\s+|the\s+|their\s+)?(?:rally|sit-in|vigil|"
    r"banners|placards|signs|pictures)|(?:carried|raised)\s+(?:up\s+)?(?:the\s+|their\s+)?(?:\w+\s+)?(?:banners|"
    r"placards|signs|flags?|pictures|coffins))\b",
    re.I,
)
_NOT_ITS_OWN = "names no place of its own"
_TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")
_SUBORDINATE = re.compile(
    r"[\s,;:\u2014\u2013\u2026.]*(?:since|after|before|when|whenever|while|which|who|whom|whose|that|until|because|"
    r"although|though|as|following|amid|despite|if|unless|saying)\b",
    re.I,
)
_ENTRY = re.compile(r"(?:enter|storm)", re.I)
#: a ground force of a side that otherwise fights from the air, by the words of its name: the coalition's allied
#: "… Army" on the ground, its "special forces", "troops" or "commandos"
_GROUND_FORCE = re.compile(r"\b(?:army|forces|troops|soldiers|commandos|marines|fighters|rebels)$", re.I)
#: (not those hurt: "No American troops were wounded or killed in the attack")
_HURT_NEXT = re.compile(r"\s+(?:were|was|are|is|had\s+been|have\s+been)\b", re.I)
#: (nor "Coalition forces attacked ISIS near Manbij": the wire's words for its aircraft)
_COALITION_WORD = re.compile(r"\bcoalition\b", re.I)
#: the means named after the attack: "attacked … positions in al-Bukamal with airstrikes"
_BY_AIR_AFTER = re.compile(
    r"[^,;.]{0,80}?\b(?:with|by|using)\s+(?:\w+\s+)?(?:air\s*strikes|airstrikes|warplanes|jets|drones|aircraft)\b", re.I
)
_SUPPORT_AFTER = re.compile(r"(?:['’]s?)?" + SUPPORT_WORDS, re.I)  # ("with coalition support", "Russia's air cover")
_LOOTING = re.compile(r"loot|pillag|plunder|ransack|stole|steal|burn|torch|set(?:s|ting)?\s+fire|broke\s|break", re.I)
#: a crowd right before its verb: "crowds ", "cheering residents "
_CROWD_WORDS = r"\b(?:crowds?|protesters|demonstrators|residents|people|locals|youths|villagers)\s+(?:also\s+|then\s+)?"
_CROWD_RIGHT_BEFORE = re.compile(_CROWD_WORDS + "$", re.I)
#: a crowd that brought down a symbol earlier in the sentence, the subject of the symbol verbs after it too:
#: "cheering protesters tore up a poster of President Bashar Assad and toppled a bronze statue of his late father"
_CROWD_SYMBOL_BEFORE = re.compile(
    _CROWD_WORDS + r"(?:tore|tear|ripped|pulled|brought|knocked|toppled|smashed|destroyed|defaced)\b[^;.]*$", re.I
)
#: a symbol brought down by a crowd: "Protesters tore down a statue of Hafez al-Assad" (ACLED's violent demonstration)
_SYMBOL_DOWN = re.compile(r"tor[en]|tear|rip|pull|brought|bring|knock|toppl|smash|destroy|defac", re.I)
#: what is brought down, right after the verb: " a statue of", " the giant posters of"
_SYMBOL_NAMED = re.compile(SYMBOL_NAMED, re.I)


def _symbol_down(p, sentence: str) -> bool:
    """Whether a base word tells a statue or poster of the other side brought down ("tore down posters of Assad", "a
    statue of Assad was brought down"), not a drone or missiles brought down by air defences."""
    return p.kind == "base" and (
        p.trigger.lower().startswith("statue")
        or (_SYMBOL_DOWN.match(p.trigger) is not None and _SYMBOL_NAMED.match(sentence, p.end) is not None)
    )


#: positions in a place, handed over: "(their) positions in (the town of) "
_POSITIONS_IN = re.compile(
    r"\bpositions?\s+(?:in|inside|around|near)\s+(?:the\s+)?(?:(?:town|city|village|neighbou?rhood)\s+of\s+)?$", re.I
)
#: military police before their entry, in the entering subject: "Russian military police entered", "the Russian forces,
#: comprising military police, entered" (the country's adjective captured)
_MILITARY_POLICE = re.compile(
    r"(?:\b((?-i:[A-Z])[a-z]+(?:ian|ish))\s+)?\bmilitary\s+police"
    # (the entering subject, its men, time or company between: not "members of the military police were killed when
    # gunmen entered", nor "gunmen wearing military police uniforms entered")
    r"(?!\s+uniforms?\b)(?:(?!\b(?:and|said|says|when|while|after|killed|wounded|were|was)\b)[^.;]){0,60}$",
    re.I,
)
_BACKING_POLICE = re.compile(r"\b(?:backed|supported|accompanied|escorted|assisted)\s+(?:by|with)\s+(?:the\s+)?$", re.I)
#: what a protest is against, right after its word: "protest against Turkish threats"
_PROTESTED_AGAINST = re.compile(r"\s+(?:against|over)\s", re.I)
#: the protesters' own people held by a side, in the protest's subject: "Relatives of men arrested by Jabhat a-Nusra "
_KIN_HELD_BY_BEFORE = re.compile(
    r"\b(?:arrested|detained|abducted|kidnapped|held|imprisoned|jailed|killed)\s+by\s+[^,;.]{1,50}?\s+$", re.I
)
#: force used on a protest, anywhere in its sentence: "opened fire on a protest against the government, killing four"
_FORCE_ON_PROTEST = re.compile(
    r"\b(?:open(?:ed|s|ing)?\s+fire|fired|shot|shooting|kill(?:ed|ing|s)|dispers(?:ed|ing|es)|beat(?:en|ing)?|"
    r"arrest(?:ed|ing|s)?|wound(?:ed|ing)|injur(?:ed|ing)|tear\s*gas|live\s+(?:ammunition|fire|rounds))\b",
    re.I,
)
#: a convoy named as the men entering: "A convoy of pro-government fighters entered X"
_CONVOY_BEFORE = re.compile(r"\bconvoys?\s+of\s+[^,;.]{0,110}$", re.I)
#: an entry made after a deal: "… entered the town of Tel Tamer …, after Damascus reached an agreement with the SDF"
_AFTER_DEAL = re.compile(
    r"[^.;]{0,100}?\bafter\s+(?:[\w'’-]+\s+){0,8}?(?:reached|struck|signed|concluded)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+)?(?:agreement|deal|accord|understanding)\b",
    re.I,
)
#: the deal an entry was made under, later in its sentence: "… under the same reconciliation agreement"
_UNDER_DEAL = re.compile(
    # (the entry's own words up to it: not "… despite its inclusion under", "…, violating the terms set under", "… and
    # killed 5 rebels who refused to leave under the deal", "…, while rebels … were evacuated under")
    r"(?:(?!\b(?:despite|violat\w*|break\w*|while|whereas|after|who|which|that|but|later|then|kill\w*|clash\w*|"
    r"refus\w*|evacuat\w*|took|taken|shell\w*)\b)[^.;])*?"
    rf"\b{UNDER_TERMS}\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:agreement|deal|accord|settlement|reconciliation)\b",
    re.I,
)
#: an aggregate toll, not an event (the gold set's guidelines): "145 people were killed yesterday",
#: "in 50 days", "since the start of the battle", "death toll rises to", "and other circumstances"
_TOLL = re.compile(
    r"\b(?:death\s+toll|toll\s+(?:of|to|rises?)|(?:rais(?:e|es|ing)|rises?)\s+(?:\w+\s+){0,3}?to\s+(?:about\s+)?\d|"
    r"killed\s+yesterday|since\s+(?:the\s+|their\s+)?"
    r"(?:start|beginning|launch|mid-?\w*)|consecutive\s+(?:days|weeks|months)|"
    r"in\s+(?:about\s+|nearly\s+)?\d+\s+(?:days|weeks|months)|other\s+(?:conditions|circumstances))",
    re.I,
)


def _no_place(p: Predicate, resolved: Sequence[Resolved], s0: int) -> str:
    """Why a predicate has no place: the name in its clause the geoparser did not place (the first after the
    event word, else before it), a placed name in its clause that is not where it happened, or none named.
    ``resolved`` are the mentions of the sentence that starts at ``s0``."""
    c0, c1 = p.clause
    here = [r for r in resolved if c0 <= r.mention.start - s0 < c1]
    lost = sorted(
        (r for r in here if r.place is None or not r.in_aoi),
        key=lambda r: (r.mention.start - s0 < p.start, r.mention.start),
    )
    if lost:
        r = lost[0]
        if r.place is not None:
            return f"place '{r.mention.surface}' outside the area of interest"
        return (
            f"place '{r.mention.surface}' not placed: {r.why}" if r.why else f"place '{r.mention.surface}' not placed"
        )
    if here:
        return f"{_NOT_ITS_OWN} ('{here[0].mention.surface}' is not where it happened)"
    return "names no place"


_MASSACRE = re.compile(r"massacres?\b", re.I)
#: a side's ships, the act's means: "The Israeli Navy carried out", "Israeli missile ships struck"
_AT_SEA = re.compile(
    r"\b(?:navy|naval(?!\s+aviation)|warships?|missile\s+(?:ships?|boats?)|frigates?|submarines?)\b", re.I
)
#: an act's word that names no weapon: "struck", "hit", "attacked" (not "targets": the gold codes "the coalition
#: targets the area" as shelling)
#: the verbs of a blow that name no weapon ("Russia pounded X"; not "targets", shelling in the gold's coding: "the
#: coalition targets the area")
_BARE_HIT = re.compile(
    # ("an “Israeli” attack targeted the Scientific Research Center": the attack's own verb; not a bare "targets",
    # which the guidelines read as shelling)
    r"(?:hit|hits|struck|strikes?|attack(?:ed|s|ing)?|pound(?:ed|s|ing)?|attacks?\s+target(?:ed|s|ing)?)",
    re.I,
)


#: the words of a ground raid right before an attack's noun: "commando ", "ground ", "special forces "
_GROUND_ACT_BEFORE = re.compile(
    r"\b(?:commandos?|ground|special\s+forces|troops['’]?|infantry|helicopter-borne)\s+$", re.I
)


def _on_the_ground(p: Predicate, sentence: str, actors: Actors, actor1: str) -> bool:
    """Whether the side ``actor1`` of an attack is named before it as men on the ground ("The New Syrian Army launched
    an attack on al-Bukamal", "US special forces attacked X"), not as its aircraft, the means named after it ("… with
    airstrikes"), men hurt ("No American troops were wounded") or a backer ("backed by the coalition")."""
    return not _BY_AIR_AFTER.match(sentence, p.end) and any(
        x.actor == actor1
        and max(0, p.start - 80) <= x.start
        and x.end <= p.start
        and _GROUND_FORCE.search(x.surface)
        and not _COALITION_WORD.search(x.surface)
        and not _HURT_NEXT.match(sentence, x.end)
        and not BACKED_BY_BEFORE.search(sentence, max(0, x.start - 24), x.start)
        for x in actors.find(sentence)
    )


def _entry(p: Predicate) -> bool:
    """Whether the act is an entry ("troops entered X"), an advance by its word."""
    return p.kind == "advance" and p.trigger.lower().startswith("enter")


def _police_entry(p: Predicate, sentence: str) -> re.Match[str] | None:
    """The military police named as the subject of an entry ("Russian military police entered X"), whose entry is a
    deployment; not police that back the troops entering ("troops backed by Russian military police entered X"). (An
    entry read as a capture stays one: "… entered Douma after Jaish al-Islam agreed to leave".)"""
    if not _entry(p):
        return None
    police = _MILITARY_POLICE.search(sentence, max(0, p.start - 80), p.start)
    if police is None or _BACKING_POLICE.search(sentence, max(0, police.start() - 30), police.start()):
        return None
    return police


#: a grenade's word, for ACLED's sub-event of its own
_GRENADE = re.compile(r"\bgrenades?\b", re.I)
_GRENADE_NEXT = re.compile(r"\s+(?:an?\s+)?(?:hand\s+)?grenades?\b", re.I)
_GRENADE_ATTACK = re.compile(r"\b" + GRENADE_ATTACK + r"\b", re.I)
#: a grenade as the means of the act's verb: " a patrol of the regime forces by a grenade"
_BY_GRENADE = re.compile(
    r"[^.;,]{0,60}?\b(?:by|with|from)\s+(?:an?\s+)?(?:hand\s+)?grenades?\b(?!\s+(?:launchers?|dropped)\b)", re.I
)


def _coded(p: Predicate, sentence: str, actors: Actors) -> tuple[Predicate, str, str, str, str]:
    """The predicate (a killing made fighting or violence), its actor1 and actor2, and ACLED's event and sub-event
    types: the coding a placed event and an unplaced one share."""
    transfer = p.kind in TRANSFERS
    actor1, actor2 = p.actor1, p.actor2
    if actor2 and _same_side(actors, actor1, actor2):
        # "clashes between the factions and HTS against the regime forces": the target is the other side
        actor2 = next((o for o in p.objects if not _same_side(actors, actor1, o)), actor2)
    if transfer and actor2 in actors and actors[actor2].kind == "civilian":
        actor2 = ""  # "the SDF controls 65% of Raqqa and the casualties exceed 1000 civilians": not whom it took from
    if p.kind == "clash" and not actor2 and p.civilian_victims and _ON_CIVIL_SITE.match(sentence, p.end):
        p = replace(p, kind="violence")  # "An attack on a marketplace in the town of Darkush killed 53 people"
    if p.kind == "killing":  # "X kills N fighters of Y" is fighting; "X kills N civilians", violence
        # ("the coalition kills a family of nine": the victims are civilians though no actor names them)
        civilians = (actor2 in actors and actors[actor2].kind == "civilian") or (not actor2 and p.civilian_victims)
        p = replace(p, kind="violence" if civilians else "clash")
    if (
        p.kind in ("shelling", "generic", "clash")
        and _BARE_HIT.fullmatch(p.trigger)
        and actor1 in actors
        and actors[actor1].means == "air"
    ):
        # "Israel struck at the military airport near Damascus", "ISRAEL attacked a military base": a side that
        # fights from the air (the actor table's means) strikes from it when the words name no weapon (but "The
        # Israeli Navy carried out a large-scale attack": from the sea, missiles)
        own = sentence.rfind(",", max(0, p.start - 60), p.start) + 1 or max(0, p.start - 60)
        if not (
            p.kind == "clash"
            and (
                _on_the_ground(p, sentence, actors, actor1)
                # ("A US commando attack targeted an IS leader in Atmeh": a raid on the ground)
                or _GROUND_ACT_BEFORE.search(sentence, max(0, p.start - 24), p.start) is not None
            )
        ):
            p = replace(p, kind="shelling" if _AT_SEA.search(sentence, own, p.start) else "strike")
    if p.kind == "violence" and _MASSACRE.match(p.trigger) and actor1 in actors and actors[actor1].means == "air":
        # "the International Coalition continue to massacre civilians": a side that fights from the air (the actor
        # table's means) kills from the air when the words name no weapon
        p = replace(p, kind="strike", civilian_victims=True)
    if (
        p.kind == "violence"
        and not actor1
        and actor2 in actors
        and p.trigger.lower().startswith("tortur")
        and _CUSTODY_AFTER.match(sentence, p.end)
    ):
        # "died under torture in the regime's detention centers": the side that holds him tortured, he is a civilian
        actor1, actor2 = actor2, _role(actors, "civilians")
    if (
        p.kind == "violence"
        and actor2 in actors
        and actors[actor2].kind != "civilian"
        and _SHOOTING.fullmatch(p.trigger)
    ):
        # "another SDF fighter died after gunmen … shot him": a fighter shot is fighting (executions stay violence)
        p = replace(p, kind="clash")
    elif (
        p.kind == "violence"
        and not actor2
        and _SHOOTING.fullmatch(p.trigger)
        and _FIGHTERS_SHOT.search(sentence, max(0, p.start - 60), p.start)
    ):
        p = replace(p, kind="clash")  # "Five soldiers were killed by gunfire near X": men under arms, of no side named
    # "The Russian military police came under attack by a group of protesters": the crowd attacked (ACLED's mob)
    mob = (
        p.kind in ("violence", "clash")
        and actor1 == _role(actors, "protesters")
        and bool(_BY_CROWD.match(sentence, p.end))
    )
    civilian = actor1 in actors and actors[actor1].kind == "civilian" and not mob
    if civilian and p.kind not in ("protest", "riot"):
        actor1, actor2 = "", actor2 or actor1  # civilians are the victims, never the ones who shell
    if not actor2 and (
        (p.kind in _HARM and (p.civilian_victims or p.kind == "violence"))
        or (p.kind in ("abduction", "arrest") and _PERSONS_TAKEN.match(sentence, p.end))
        # "Two young people from Daraa kidnapped in X": the persons taken, named before the headline's passive
        or (
            p.kind in ("abduction", "arrest")
            and p.voice in ("passive", "reduced")
            and _PERSONS_BEFORE.search(sentence, max(0, p.start - 60), p.start)
        )
    ):
        actor2 = _role(actors, "civilians")  # "a massacre by warplanes", "executed a man": ACLED's civilians
    if p.kind == "violence" and actor2 and actor2 == actor1:
        # "165 Syrian citizens killed by the Turkish border guards and SOHR calls for Turkey to …": a side named later
        # is no victim of its own guards; the people killed are
        actor2 = _role(actors, "civilians")
    if p.kind in ("protest", "riot"):
        # the demonstrators act; a force named in the sentence intervenes ("HTS opens fire on a demonstration")
        force = "" if civilian else actor1 or actor2
        if not force and _DISPERSED.search(sentence):
            # "Security forces opened fire … to disperse demonstrators", "protesters … were dispersed by security
            # forces": the side that broke the crowd up (or one the text does not name)
            force = next(
                (x.actor for x in actors.find(sentence) if x.actor in actors and actors[x.actor].kind != "civilian"),
                _unnamed(actors),
            )
        actor1 = _role(actors, "protesters") or actor1
        actor2 = force if force and _FORCE.search(sentence) else ""
    if p.kind == "strike" and p.trigger.lower() == "air" and actor1 in actors and actors[actor1].kind == "non-state":
        # "The SDF launched a ground and air assault on Hajin with coalition support": a side without aircraft fought on
        # the ground; the air's part is an air force's named in the sentence, or one not named
        # (the air force that supports it, "with coalition support", "backed by Russian jets": not one of another act)
        actor1 = next(
            (
                x.actor
                for x in actors.find(sentence)
                if x.actor in actors
                and actors[x.actor].means == "air"
                and (
                    _SUPPORT_AFTER.match(sentence, x.end)
                    or BACKED_BY_BEFORE.search(sentence, max(0, x.start - 24), x.start)
                )
            ),
            "",
        )
    actor1 = actor1 or _unnamed(actors)  # ACLED's "unidentified armed group"
    event_type, sub = acled_type(p.kind, actor1, actors)
    symbol = _symbol_down(p, sentence)
    if symbol and (
        actor1 in (_unnamed(actors), _role(actors, "protesters"), _role(actors, "civilians"))
        or _CROWD_RIGHT_BEFORE.search(sentence, max(0, p.start - 30), p.start) is not None
        or _CROWD_SYMBOL_BEFORE.search(sentence, max(0, p.start - 200), p.start) is not None
    ):
        # "Protesters brought down the statue of the late father of Syrian President Bashar al-Assad", "crowds toppled a
        # statue of Assad's father", "a statue of Assad was brought down": a crowd's riot
        event_type, sub, actor1, actor2 = "Riots", "Violent demonstration", _role(actors, "protesters") or actor1, ""
    elif symbol:
        # "ISIL tore down a statue of Haroon al-Rashid", "ISIS militants brought down a statue in Raqqa": property
        # destroyed (not troops brought in, nor a missile brought down)
        sub = "Looting/property destruction"
    elif (
        (p.kind == "surrender" and not p.winner)
        # (but ground handed over to no one named is given up: "the SDF handed over control of Ain Issa")
        or (p.kind == "handover" and not p.winner and not p.arguments)
        or (p.kind == "base" and _ALLEGIANCE.search(p.trigger))
    ):
        sub = "Change to group/activity"  # "the faction swears allegiance to HTS": a group changes sides
    elif p.kind == "base" and (
        _LEAFLETS.search(p.trigger)
        or _ARRIVAL.match(p.trigger)
        or PATROL_VERB.fullmatch(p.trigger)
        or p.trigger.endswith(("flag", "flags"))
    ):
        sub = "Other"  # "helicopters throw leaflets calling for surrender", "a convoy of X arrives at Y"
    elif p.kind == "explosive" and (
        _GRENADE.search(p.trigger)
        or _BY_GRENADE.match(sentence, p.end)
        or _GRENADE_ATTACK.search(sentence, p.clause[0], p.start)  # "A grenade attack on X killed …"
        or _GRENADE_NEXT.match(sentence, p.end)  # "Unidentified men detonated a hand grenade in a street"
    ):
        sub = "Grenade"  # "gunmen threw a hand grenade at his home"
    elif p.kind == "base" and STOPPING.match(p.trigger):
        sub = "Disrupted weapons use"  # "air defenses intercepted several missiles": a strike stopped
    elif p.kind == "base" and _LOOTING.match(p.trigger):
        sub = "Looting/property destruction"  # "rebels have been looting shops in Afrin": people's property taken
        actor2 = actor2 or _role(actors, "civilians")
    elif (police := _police_entry(p, sentence)) is not None:
        # "Russian military police entered Daraa al-Balad": a deployment, not a fight (the gold's Other)
        event_type, sub = "Strategic developments", "Other"
        if actor1 == _unnamed(actors) and police.group(1):
            actor1 = _role(actors, police.group(1)) or actor1  # ("A unit from the Russian military police entered X")
    elif _entry(p) and (
        _CONVOY_BEFORE.search(sentence, max(0, p.start - 130), p.start) or _AFTER_DEAL.match(sentence, p.end)
    ):
        # "A convoy of pro-government fighters entered Syria's Afrin region", "Syrian army troops entered the town of
        # Tel Tamer … after Damascus reached an agreement with the Kurdish-led forces": a deployment (the gold's Other)
        event_type, sub = "Strategic developments", "Other"
        actor2 = ""
    elif _entry(p) and _UNDER_DEAL.match(sentence, p.end):
        # "the SAA entered the towns of A, B and C … under the same reconciliation agreement": ground handed over, no
        # fight (and no change read from an entry: the gold's `enter` ruling)
        event_type, sub = _SUB_OF_KIND["handover"]
    if (
        p.kind == "protest"
        and actor2
        and not OPEN_FIRE.match(p.trigger)
        and _PROTESTED_AGAINST.match(sentence, p.end)
        and not _FORCE_ON_PROTEST.search(sentence)
    ):
        actor2 = ""  # "Hundreds in Manbij protest against Turkish threats to attack their city": whom they protest
    if (
        p.kind == "protest"
        and actor2
        and not OPEN_FIRE.match(p.trigger)
        and _KIN_HELD_BY_BEFORE.search(sentence, max(0, p.start - 80), p.start)
        and not _FORCE_ON_PROTEST.search(sentence, p.end)
    ):
        actor2 = ""  # "Relatives of men arrested by Jabhat a-Nusra protest …": who holds their men, no force on them
    fire = FIRED_ON_BEFORE.search(sentence, max(0, p.start - 40), p.start) if p.kind == "protest" else None
    if (
        fire is not None
        and actor2
        and _PROTESTED_AGAINST.match(sentence, p.end)
        and actor2 in {x.actor for x in actors.find(sentence[p.end : p.end + 60])}
        and actor2 not in (firing := [x.actor for x in actors.find(sentence[: fire.start()])])
    ):
        # "Soldiers opened fire on a protest against the Nusra Front": the side protested against did not fire (unless
        # it is named firing: "HTS fighters fired on a demonstration over HTS taxes")
        actor2 = firing[-1] if firing else ""
    if p.kind == "protest" and (actor2 or OPEN_FIRE.match(p.trigger) or fire is not None):
        # ("Syrian security forces opened fire on hundreds of demonstrators": force, by a side the text does not name)
        actor2 = actor2 if actor2 and actor2 != _unnamed(actors) else _state_force(sentence, p, actors)
        sub = "Excessive force against protesters"
    elif p.kind in ("violence", "clash") and actor2 and actor2 == _role(actors, "protesters"):
        # "security forces fired on hundreds of protesters", "they attacked demonstrators": force used on a protest (the
        # protesters are ACLED's first actor, the force the second)
        actor1, actor2 = actor2, actor1 if actor1 and actor1 != _unnamed(actors) else _state_force(sentence, p, actors)
        event_type, sub = "Protests", "Excessive force against protesters"
    elif mob:
        event_type, sub = "Riots", "Mob violence"
    elif (
        sub == "Armed clash"
        and actor2 == _role(actors, "civilians")
        and (armed := _ARMED_DEAD_TOO.search(sentence, p.end)) is not None
        and (side := next((x.actor for x in actors.find(armed.group()) if x.actor not in (actor1, actor2)), ""))
    ):
        # "The IS attack on Deir Ezzor killed at least 85 civilians and 50 regime forces": a battle with the side whose
        # men died beside the civilians
        actor2 = side
    elif (
        sub == "Armed clash"
        and (
            actor2 == _role(actors, "civilians")
            or (not actor2 and p.civilian_victims and _VICTIM_OBJECT.match(sentence, p.end))
        )
        and _ATTACK_AS_SUCH.fullmatch(p.trigger)
    ):
        # "Unknown assailants attack three civilians", "two children killed in an arson attack": an attack on people
        # who do not fight back is ACLED's violence against civilians, not a battle
        event_type, sub = "Violence against civilians", "Attack"
        actor2 = actor2 or _role(actors, "civilians")
    if (
        actor2
        and actor2 == _role(actors, "civilians")
        and (event_type == "Battles" or sub in ("Non-violent transfer of territory", "Agreement"))
    ):
        # "At least 17 civilians were killed in fighting on the edges of the neighbourhood", "pulled out …, saying they
        # could not defend the civilians": civilians are no side of a battle, a transfer or a deal (ACLED's and the
        # gold's coding: the killed are counted, not made the second party)
        actor2 = ""
    return p, actor1, actor2, event_type, sub


#: after "torture", the place of a side's custody: "in regime prisons", "in the regime's detention centers"
_CUSTODY_AFTER = re.compile(
    r"\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+(?:['’]s?)?\s+(?:detention|prisons?|jails?|custody|cells?|dungeons?)\b",
    re.I,
)
#: a shooting told by its verb ("shot him", "shot dead", "gunned down")
#: men under arms counted before their passive: "Five soldiers were killed by gunfire", "two fighters were shot dead"
_FIGHTERS_SHOT = re.compile(
    # (not men who left a side: "two former rebels were shot dead")
    r"(?<!\bformer\s)(?<!\bex-)\b"
    r"(?:soldiers?|fighters?|troops|gunm[ae]n|militants?|militiam[ae]n|rebels?)\s+"
    r"(?:(?:who|which)\s[^,;.]{0,40}?\s)?(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?$",
    re.I,
)
_SHOOTING = re.compile(
    # ("injured"/"wounded" as geo.clauses reads them: by a side's gunfire)
    r"shot\s+(?:him|her|dead)(?:\s+dead)?|gunned\s+down|shot\s+and\s+killed|fatally\s+shot|killed\s+"
    + BY_GUNFIRE
    + r"|injured|wounded",
    re.I,
)
#: armed men of a side killed beside civilians: "civilians and 50 regime forces", "civilians and dozens of soldiers"
_ARMED_DEAD_TOO = re.compile(
    r"\bcivilians?\s+and\s+(?:at\s+least\s+)?(?:\d+|\w+)\s+(?:of\s+)?(?:the\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:forces|soldiers|troops|fighters|militiamen|members|personnel|militants)\b",
    re.I,
)
#: an attack as such (not clashes or fighting, in which civilians may die beside fighters)
_ATTACK_AS_SUCH = re.compile(
    r"(?:arson\s+)?(?:attack(?:s|ed|ing)?|assault(?:s|ed)?)(?:\s+(?:targeting|against|on))?", re.I
)  # ("two attacks targeting civilians")
#: a person of no side right after an attack's word: "attacked the doctor Muhammad al-Bardan" (its victim)
_VICTIM_OBJECT = re.compile(
    r"\s+(?:an?\s+|the\s+)?(?:(?:local|prominent|young|elderly)\s+)?(?:doctors?|physicians?|judges?|lawyers?|"
    r"journalists?|nurses?|paramedics?|pharmacists?|teachers?|activists?|students?|imams?|clerics?)\b",
    re.I,
)


def _airwars(report: Report, code: AirwarsCode, owners, sentence: str, s0: int, actors: Actors) -> list[Event]:
    """An Airwars incident title ("May 25th 2017: (S757) الميادين, Al Mayadeen, Deir Ezzor
    governorate, Syria"): alleged civilian harm from an air strike by the belligerent the code
    names, at the most specific place the title gives (its places run from the most specific to
    the governorate; "A and B", "A, B and C villages" are places of their own; a city after a comma, "Hasiba, Abu
    Kamal", or the town an unlisted place is drawn at, is the level that locates the place before it)."""
    after = [r for r in owners if r.mention.start - s0 >= code.end]
    # (a place the gazetteer lacks that the title types — "Al Idkhar neighbourhood, Raqqa governorate" — is a point,
    # though drawn over the area that holds it)
    points = [r for r in after if r.place.kind not in AREAL_KINDS and (not r.place.is_areal or r.place.unlisted)]
    latin = [r for r in points if not _ARABIC.search(r.mention.surface)]
    chosen = (latin or points or after)[:1]
    for r in latin[1:]:
        gap = sentence[chosen[-1].mention.end - s0 : r.mention.start - s0]
        if not re.fullmatch(r"\s*(?:and|&|,)\s*", gap):
            break
        last = chosen[-1].place
        if "," in gap and (r.place.kind == "city" or (last.unlisted and r.place.id in last.id)):
            break
        chosen.append(r)
    by = next((a.actor for a in actors.find(code.belligerent)), "") or _unnamed(actors)
    victims = next((a.actor for a in actors.find("civilians")), "")
    date, precision, phrase = (code.day, 1, code.date) if code.day else resolve_time(code.date, report.date)
    out: list[Event] = []
    for r in chosen:
        place = r.place
        out.append(
            Event(
                id=f"{report.id}:{r.mention.start}",
                date=date,
                report_id=report.id,
                kind="strike",
                event_type="Explosions/Remote violence",
                sub_event_type="Air/drone strike",
                actor1=by,
                actor2=victims,
                place=place,
                surface=r.mention.surface,
                sentence=sentence,
                trigger=code.code,
                start=r.mention.start,
                end=r.mention.end,
                confidence=round(r.confidence * 0.9, 3),
                sentence_start=s0,
                # (a place the gazetteer lacks, drawn at the town the title puts it in: near it)
                geo_precision=3 if place.is_areal or place.kind in AREAL_KINDS else 2 if place.unlisted else 1,
                time_precision=precision,
                time_phrase=phrase,
                source=report.source,
            )
        )
    return out


_ARABIC = re.compile("[\u0600-\u06ff]")
_ALLEGIANCE = re.compile(r"allegiance|bay['’]?a", re.I)
_LEAFLETS = re.compile(r"leaflets", re.I)
_ARRIVAL = re.compile(r"arriv|(?:re-?)?deploy|br(?:ought|ing)|sen[td]|dispatch|push|rush|patrolling", re.I)
_GROUP_NAME_AFTER = re.compile(r"\s+(?:Corps|Legion|Front|Movement|Brigades|Battalions|Army|Regiment)\b")


def _located_through(full: str, chosen, k: int) -> bool:
    """ "Kabani in the Jabal al-Akrad mountains of north-eastern Latakia province": the area after a named area that
    holds the point before locates that point too, through it."""
    a, b = chosen[k - 1][1].mention.end, chosen[k][1].mention.start
    m = _LOCATES.match(full, a, b)
    if m is None or m.end() == a:
        return False
    name = _NAME_WORDS.match(full, m.end(), b)
    return bool(name and _LOCATES.fullmatch(full, name.end(), b))


#: a name between two words of location: "Jabal al-Akrad", "the Ghab" (capitalised words, their articles)
_NAME_WORDS = re.compile(
    r"(?:(?:al|el|ad|an|ar|as|ash|at|az)[-\s])?[A-Z][\w’'-]*(?:[\s-](?:(?:al|el)[-\s])?[A-Z][\w’'-]*){0,3}"
)


_ON_BORDER = re.compile(r"\s*,?\s*(?:on|along|near|at|by)\s+(?:the\s+)?", re.I)
_COMMA = re.compile(r"\s*,\s*")
_LOCATES = re.compile(
    # (a closing mark the name keeps: "on Al-Masharea’ in Sahl Al-Ghab"; not a quote's: "“the liberated police of
    # Aleppo” in the western countryside of Aleppo" is where)
    # ("the al-Mazzeh military base in Damascus": a site's type word between)
    r"(?:(?<=\w)[’'])?\s*(?:(?:military\s+|air\s+)?(?:village|town|city|area|region|neighbou?rhood|district|suburb|camp|desert|"
    r"mountains?|plain|countryside|base|airbase|airport)s?\s+)?,?"
    # ("Qara, western Qalamun (around the Syrian-Lebanese border)": an aside that says where)
    r"\s*(?:\(\s*)?"
    # ("al-Amarna, some 10 km (6 miles) south of the border town of Jarablus": a distance before the bearing)
    r"(?:(?:(?:some|about|around|roughly|nearly|just|approximately)\s+)?\d[\d.,]*\s*(?:km|kms|kilomet(?:er|re)s?|miles?)"
    r"\s+(?:\([^()]{1,20}\)\s+)?(?=(?:north|south|east|west)))?"
    # ("Tel Halef village, west of the town of Ras Al Ain")
    # ("the Hiyan gas field close to Syria's Palmyra")
    r"(?:in|at|of|near|close\s+to|inside|within|outside|around|to\s+the\s+\w+\s+of|(?:north|south)?-?(?:north|south|east|west)\s+of)"
    r"\s+(?:the\s+)?"
    # ("captured nearby Jabla and Ma’ar Tamatar in the heart of the Jabal Al-Zawiya region")
    r"(?:(?:heart|cent(?:re|er)|middle)\s+of\s+(?:the\s+)?)?"
    # ("the M4 highway in Syria’s southern Idlib": the country named with it)
    # ("Jandaris, in northern Syria’s Afrin District": the country's part too)
    r"(?:(?:(?:north|south|east|west)\w*\s+)?(?-i:[A-Z])[a-z]+['’]s\s+)?"
    # ("Kafr Zita in rebel-held Idlib province": who holds the container is no second place; "west of the IS held city
    # of Raqqa", the hyphen dropped after an acronym)
    r"(?:(?:[\w’'-]+-|(?-i:[A-Z]{2,5})\s+)(?:held|controlled|besieged|occupied)\s+)?"
    # ("the strategic town of Jinderes in the Kurdish-held enclave of Afrin", "… in the region of Afrin")
    r"(?:(?:north|south|east|west)\w*\s+)?(?:(?:countryside|outskirts|vicinity|suburbs?|part|desert|section|sector|"
    r"enclave|region|pocket|canton)\s+(?:of\s+)?)?"
    # ("Al-Midan neighborhood in the capital Damascus"; "… south of the border town of Jarablus")
    # ("the Baba Amr district of the powder-keg city of Homs", "of the embattled city of X": an epithet before the word)
    r"(?:(?:(?:border|frontier|nearby|strategic|key|besieged|embattled|ancient|historic|coastal|central|"
    r"(?:north|south)?(?:north|south|east|west)(?:ern)?|[a-z]+-[a-z]+)\s+)?"
    r"(?:capital|city|town|village|province|governorate)\s+(?:of\s+)?|"
    # ("the Barzeh housing area in the Syrian capital, Damascus": the country's capital named after a comma; not "Mezzeh
    # in the capital, Jaramana and Dwelaa", a list)
    r"(?-i:[A-Z])[a-z]+an\s+capital(?:\s*,\s*|\s+(?:of\s+)?))?",
    re.I,
)
#: only the place's type word between it and a bearing: " district " of "the Sharan district eastern the city of Afrin"
_TYPE_WORD_GAP = re.compile(r"\s+(?:district|village|town|area|neighbou?rhood)\s+", re.I)
# not a bare comma: "Al-Tamanah, east of Khan Shaykhun" locates; "near X and in the countryside of Y" lists
_FRONTLINE = re.compile(r"\b(?:in|at|on|along)\s+(?:the\s+)?$", re.I)
_LISTED = re.compile(
    # ("raid on Halfaya and on areas in the northern countryside of Hama": "areas in" a second place of the list;
    # "clashes renewed in Khan Shaykhun and continue in the southern countryside of Idlib": the act goes on there)
    rf"\s*{TYPE_WORD_AFTER}(?:&|,?\s*and)\s*(?:(?:then\s+)?{GOING_ON_VERBS}\s+)?(?:the\s+)?"
    r"(?:(?:in|at|on|near)\s+(?:the\s+)?)?(?:(?:several\s+|other\s+)?areas\s+(?:in|of)\s+(?:the\s+)?)?"
)
#: a site located by the places after it: "…, located between Suweida and the town of Qanawat"
_LOCATED_BETWEEN = re.compile(
    r"\b(?:located|situated|lying|which\s+lies|that\s+lies)\s+between\s+(?:the\s+)?(?:\w+\s+){0,3}$", re.I
)
_POSSESSIVE = re.compile(r"['\u2019]s?\s+")
_POSSESSIVE_WORD = re.compile(r"['\u2019]s\s+\w")
#: a site a town has, named with the town's possessive: "Palmyra’s ancient citadel", "Aleppo's international airport",
#: "Raqa’s state hospital"
_POSSESSED_SITE = re.compile(
    r"['\u2019]s\s+(?:(?:ancient|old|oldest|historic|famed|famous|main|military|strategic|key|international|state|"
    r"national|general|central|grand|great|large|largest|municipal|infamous|last)\s+){0,2}"
    # ("captured Raqa’s state hospital", "Raqqa's stadium", "the city's Grand Mosque")
    r"(?:citadel|castle|fortress|airport|air\s*base|airbase|hospital|stadium|dam|mosque|prison|silos|barracks|"
    r"(?:military\s+)?academy|university|roundabout|power\s+(?:station|plant)|industrial\s+(?:zone|area|city))\b"
    # (not a site named after it: "retook Aleppo's industrial zone of Sheikh Najjar")
    r"(?!\s+of\s)",
    re.I,
)
#: a town's heart named with its possessive: "Tel Rifaat’s center", "Raqqa's old city", "Afrin's city centre"
_POSSESSED_HEART = re.compile(
    r"['\u2019]s\s+(?:(?:entire|whole)\s+)?(?:(?:city|town)\s+cent(?:er|re)|cent(?:er|re)|downtown|old\s+(?:city|town|quarter))"
    # (the phrase ends there: not "Aleppo's downtown hotel", "Aleppo's old city district of Bab al-Nasr")
    r"(?=\s*(?:[,.;:)–—]|$)|\s+(?:and|from|on|in|after|as|amid|while|following|to|at|with|during|early|late|last|this|by|"
    r"before|until|within|under|for|near|since|despite|yesterday|today|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)",
    re.I,
)
_REFERENCE = re.compile(
    # ("al-Qaraytan, located some 100 kilometers from the ancient city of Palmyra")
    r"\b(?:near|close\s+to|not\s+far\s+from|outside|(?:km|kms|kilomet(?:er|re)s?|miles)\s+(?:away\s+)?from|"
    # ("Jarabulus, about 60 miles northeast of the city of Aleppo")
    r"(?:km|kms|kilomet(?:er|re)s?|miles)\s+(?:north|south|east|west)\w*(?:[\s-]+(?:east|west)\w*)?\s+of)"
    r"\s+(?:the\s+)?(?:\w+\s+){0,3}$",
    re.I,
)
#: who is arrested or abducted, right after the word: "Arrests of displaced", "kidnap a young man", "arresting Arab
#: tribal elders", "arrest 3 civilians" (not "arrest 2 ISIS members", whose side is named)
_PERSONS = (
    r"civilians?|citizens?|residents|people|persons|displaced|IDPs|refugees|young\s+(?:man|men|woman|women)|youths?|governors?|officials?|"
    r"men|women|children|elders|doctors?|journalists?|activists?|students?|teachers?|individuals|imams?|clerics?|"
    r"nuns|priests?|monks|(?:arch)?bishops|"
    r"preachers?|notables|dignitaries|merchants|traders|farmers|shepherds|workers|volunteers|protesters|demonstrators"
)
_PERSONS_TAKEN = re.compile(
    # ("launched an arrests campaign against dozens of young men")
    r"\s+(?:(?:campaign|raids?|operation)\s+)?(?:(?:of|against)\s+)?"
    r"(?:(?:a|an|the|\d+|two|three|several|dozens\s+of|tens\s+of)\s+)?(?:[\w-]+\s+){0,2}?"
    rf"(?:{_PERSONS}|child|girls?|boys?|(?:a|an|one)\s+(?:man|woman)|famil(?:y|ies))\b",
    re.I,
)
#: the same, named before a headline's passive: "Two young people from Daraa kidnapped in X"
_PERSONS_BEFORE = re.compile(
    rf"\b(?:{_PERSONS})\b(?:\s+from\s+[\w’'-]+)?(?:\s+(?:were|was|are|have\s+been|has\s+been))?\s+$", re.I
)
#: a place of civilian life right after an attack's word: "an attack on a marketplace", "attacks on the busy market"
_ON_CIVIL_SITE = re.compile(
    r"\s+(?:on|against|targeting)\s+(?:an?\s+|the\s+)?(?:crowded\s+|busy\s+|popular\s+|local\s+)?"
    r"(?:markets?|marketplaces?|bakery|bakeries|mosques?|churches|church|schools?)\b",
    re.I,
)
_HARM = ("strike", "shelling", "explosive", "suicide", "violence")
_BY_CROWD = re.compile(
    r"\s+by\s+(?:the\s+)?(?:(?:a|an)\s+(?:\w+\s+)?(?:group|crowd|number)\s+of\s+)?(?:angry\s+)?"
    r"(?:protesters|demonstrators|rioters)\b",
    re.I,
)
_DISPERSED = re.compile(r"\b(?:dispers(?:e|ed|es|ing)|break(?:ing)?\s+up|broke\s+up|tear\s+gas)\b", re.I)
_FORCE = re.compile(
    r"\b(?:open(?:s|ed)?\s+fire|fir(?:es|ed|ing)\s+(?:on|at)|shot|shoot\w*|dispers\w+|attack\w*|stormed|"
    r"arrest\w*|beat\w*|tear\s+gas|br(?:oke|eaks?|eaking)\s+up)\b",
    re.I,
)


_DISTRICT_KM = 25.0  # how far from its city (or its area's point) a place named as its district may lie
_PART_OF = re.compile(r"\s+(?:district|neighbou?rhood|suburb|quarter)\s+of\s+(?:the\s+)?", re.I)


def _holds_next(text: str, first: Resolved, second: Resolved) -> bool:
    """ "the eastern Damascus district of Jobar": a city or an area, then "district of" and a place that is
    neither ("Sheikh Maqsoud neighborhood of Aleppo city" is the other way round); and "the Idlib town of Binnish",
    "the southern Damascus towns of Beit Sahem and Babila": a province's city or an area, then "town of" and a place
    of the same province (or near it)."""
    a, b = first.place, second.place
    if a is None or b is None:
        return False
    near = float(distance_km(a.lat, a.lon, b.lat, b.lon)) <= _DISTRICT_KM
    if QUALIFIED_TYPE.fullmatch(text, first.mention.end, second.mention.start) and QUALIFIER_OPENS.search(
        text, max(0, first.mention.start - 30), first.mention.start
    ):
        # ("the Quneitra town of Khan Arnabeh": a town named for its province qualifies too)
        return (
            not (b.is_areal or b.kind in AREAL_KINDS)
            # ("the Idlib town of Maarat al-Numan": a city the text calls a town, smaller than the one named for its
            # province)
            and (b.kind != "city" or a.kind != "city" or (a.population or 0) > (b.population or 0))
            and (near or _same_province(a, b))
        )
    if not (a.kind == "city" or a.is_areal or a.kind in AREAL_KINDS):
        return False
    return bool(
        _PART_OF.fullmatch(text, first.mention.end, second.mention.start)
        # (near the city: "the central Damascus district of Qanawat" is no town of that name 90 km away)
        and near
        and (
            not (b.kind == "city" or b.is_areal or b.kind in AREAL_KINDS)
            # ("the Damascus suburb of Douma": a city of its own, smaller than the one that holds it)
            or (a.kind == b.kind == "city" and (a.population or 0) > (b.population or 0))
        )
    )


def _same_province(a: Place, b: Place) -> bool:
    """Whether two places lie in one governorate, Damascus's city and its countryside counted as one ("the Damascus
    town of Yabroud")."""
    return bool(a.admin1) and (a.admin1 == b.admin1 or {a.admin1, b.admin1} == _CAPITAL_AND_COUNTRYSIDE)


_CAPITAL_AND_COUNTRYSIDE = frozenset(("Damascus", "Rif Dimashq"))


def _smaller(a: Place, b: Place) -> bool:
    """Whether both places are areas of known size and ``a`` covers clearly less ground than ``b`` (two thirds of it or less) ("the
    eastern countryside of Homs" against the Syrian Desert; not a sector of Hama against the Ghab plain)."""
    areal = (a.is_areal or a.kind in AREAL_KINDS) and (b.is_areal or b.kind in AREAL_KINDS)
    return areal and 1.5 * _extent(a) < _extent(b) < float("inf")


def _extent(p: Place) -> float:
    """An area's size in square degrees (its outline, else its radius; unbounded without either)."""
    if p.geometry is not None:
        return float(shapely.area(p.geometry))
    if p.radius_km:
        return math.pi * (p.radius_km / 111.0) ** 2
    return float("inf")


_SENTENCE_END = re.compile(r"\s*(?:[.;!?]|$)")
#: a comma between a place and the one that locates it, after the first's type word or not: ", ", " town, "
_TYPED_COMMA = re.compile(
    r"(?:\s+(?:town|village|city|district|area|countryside|air\s*base|airbase|airport|dam|crossing))?,\s", re.I
)
#: what goes on after a locating place that ends its clause: ", as …", " as …", " after …", ": …", " – …"
_CLAUSE_GOES_ON = re.compile(r"\s*(?::|\s[-–—]\s)|\s*,?\s+(?:as|after|amid|following|while|when)\b", re.I)


#: the names of a list before its next one: "", "Maraanaz, Ain Daqna and "
_LIST_SO_FAR = r"(?:(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*(?:,\s*and|,|\band|&)\s+){0,8}$"
#: a city among the names after "the areas of" (a region around it, not the city): "the areas of Idlib and ", "the
#: neighbourhoods of Aleppo and " (quarters of the cities)
_CITY_AREAS = re.compile(
    r"(?:\bthe\s+(?:nearby\s+)?(?:areas|neighbou?rhoods|districts|quarters)\s+of\s+"
    # ("captured villages of Aleppo and Idlib", "the towns of Idlib and Hama": settlements of the provinces)
    r"|\b(?:villages|towns|hamlets)\s+(?:of|in)\s+(?:the\s+)?)" + _LIST_SO_FAR,
    re.I,
)
#: a town among the names after "the hills of" (high ground around it, even when its name opens on "Tal")
_HILLS_OF = re.compile(r"\b(?:hills?|hilltops?|heights?|nearby\s+areas)\s+of\s+" + _LIST_SO_FAR, re.I)
#: a share of a town or a city named before it: "Retake Key District of Hasaka", "seized two neighbourhoods of X" (not
#: "the district of X", which may be the whole administrative district)
_QUARTER_OF = re.compile(
    r"\b(?:an?|one|two|three|four|several|some|key|another|new|more)\s+(?:[\w-]+\s+)?(?:districts?|neighbou?rhoods?|"
    r"quarters?)\s+(?:in|of)\s+(?:the\s+(?:city|town)\s+of\s+)?$",
    re.I,
)
#: … or after it: "Islamic State captures Hasakah city neighborhood", "took three Kobane neighbourhoods"
_QUARTER_AFTER = re.compile(r"\s+(?:city\s+|town\s+)?(?:neighbou?rhoods?|quarters?)\b", re.I)
#: districts, the administrative kind when each is named by its seat (see :data:`_QUARTER_OF`)
_DISTRICTS_WORD = re.compile(r"\bdistricts\b", re.I)
#: a region named with its bearing or a province with its type word: "western Qalamun", "Deir ez-Zor governorate"
_REGION_NAMED = re.compile(
    r"(?:(?:north|south|east|west)\w*\s+\S.*|.+\s+(?:province|governorate)|(?:province|governorate)\s+of\s+.+)", re.I
)


def _juxtaposed(text: str, first: Resolved, second: Resolved) -> bool:
    """ "suicidal attack on rebels meeting in Enkhil Daraa": a city or an area of the first place's governorate
    written right after it (a space apart) names where the first place is, as a headline's dateline does."""
    a, b = first.place, second.place
    gap = text[first.mention.end : second.mention.start]
    return bool(
        a is not None
        and b is not None
        # ("have fully taken Tal Rifaat, Aleppo.": after a comma, when it ends the sentence or its clause: "gains
        # control of Atarib, Aleppo, as 1,000 people leave", "seizes control over Heit town, Daraa")
        and (
            gap == " "
            or (
                _TYPED_COMMA.fullmatch(gap)
                and (_SENTENCE_END.match(text, second.mention.end) or _CLAUSE_GOES_ON.match(text, second.mention.end))
            )
        )
        and (b.kind in ("city", "governorate") or b.is_areal)
        and a.admin1
        and a.admin1 == b.admin1
        and a.id != b.id
    ) or bool(
        # ("evacuated from Qara, western Qalamun (around the border)", "to Abu Kamal, Deir ez-Zor governorate, near
        # Iraq": a part of a region or a province set off by a comma says where the place is)
        a is not None
        and b is not None
        and gap == ", "
        and a.id != b.id
        and not a.is_areal
        and (b.is_areal or b.kind == "governorate")
        and _REGION_NAMED.fullmatch(second.mention.surface) is not None
        # (a region's outline drawn by hand may leave out a town the press puts in it)
        and (_inside(a, b) or (bool(a.admin1) and a.admin1 == b.admin1))
    )


def _role(actors: Actors, words: str) -> str:
    """The id of the actor the table calls ``words`` ("civilians", "protesters"), or ''."""
    return next((a.actor for a in actors.find(words)), "")


def _inside(point: Place, area: Place) -> bool:
    """Whether ``point`` lies in ``area`` (its outline, else its radius; an area with neither holds
    every point of its governorate)."""
    if area.geometry is not None:
        return bool(shapely.contains_xy(area.geometry, point.lon, point.lat))
    if area.radius_km:
        return float(distance_km(point.lat, point.lon, area.lat, area.lon)) <= area.radius_km
    return not area.admin1 or area.admin1 == point.admin1


def _same_side(actors: Actors, a: str, b: str) -> bool:
    """Whether two actors hold ground for one controller (HTS and the factions: the opposition)."""
    side = actors.controller_of(a)
    return bool(side) and side == actors.controller_of(b)


#: the state's own men, named by what they are: "security forces", "soldiers", "police", "the army"
_STATE_MEN = r"(?:security\s+(?:forces|men|members|services)|soldiers|troops|(?:riot\s+)?police(?:men)?|army)"
_STATE_FORCE_WORDS = re.compile(rf"\b{_STATE_MEN}\b", re.I)
#: the state's men doing force's deeds anywhere in the sentence: "security forces fired into the air"
_STATE_FORCE_ACTED = re.compile(
    rf"\b{_STATE_MEN}\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:fired|shot|opened\s+fire|dispersed|attacked|beat|raked|stormed|killed|wounded|injured|arrested)\b",
    re.I,
)
#: an "after"/"before" clause opening shortly before a deed: "…, days after soldiers arrested"
_AFTER_BEFORE = re.compile(r"\b(?:after|before|since)\b[^.;,]{0,30}$", re.I)
#: a holder other than the state named for the place: "SDF-held", "controlled by HTS", "where Turkish-backed factions
#: rule" (a side named in the clause, "police loyal to HTS", is found by its name)
_OTHER_HOLDER = re.compile(
    r"(?<!government)(?<!regime)(?<!state)(?<!army)-(?:held|controlled|run)\b|\b(?:controlled|held|run)\s+by\s+(?!the\s+"
    r"(?:government|regime|army|state|intelligence)\b)|\bwhere\s[^.;]{0,40}\brule\b",
    re.I,
)


def _state_force(sentence: str, p: Predicate, actors: Actors) -> str:
    """The force that met a protest when no side is named: the state's (the actor table's first of kind ``state``) when
    the act's subject or agent is security forces, soldiers, troops, police or the army ("Security forces killed at
    least 11 protesters") and the sentence names no other armed side or holder of the place ("in SDF-held Busayrah",
    "Gunmen fired on protesters … , police said"); else the unidentified actor."""
    c0, c1 = p.clause
    # (the act's own clause: not a source's, "…, Turkey's foreign ministry said", nor another act's, "a day after rebels
    # attacked a checkpoint")
    clause = sentence[c0:c1]
    named = {actors[x.actor].kind for x in actors.find(clause) if x.actor in actors}
    if named & {"unknown", "non-state", "foreign"} or _OTHER_HOLDER.search(clause):
        return _unnamed(actors)
    subject = sentence[max(c0, p.start - 80) : p.start]
    agent = re.match(r"[^.;,]{0,80}?\bby\s+(?:the\s+)?[^.;,]{0,30}", sentence[p.end :])
    acted = next(
        (
            m
            for m in _STATE_FORCE_ACTED.finditer(sentence, c0, _other_telling(sentence, p.end))
            if not _AFTER_BEFORE.search(sentence, c0, m.start())
        ),
        None,
    )
    if (
        _STATE_FORCE_WORDS.search(subject)
        or (agent is not None and _STATE_FORCE_WORDS.search(agent.group()))
        # ("… when retreating security forces fired into the air"; not "…, days after soldiers arrested two activists",
        # nor "…, while in Deraa troops stormed the old city": another clause's deed)
        or acted is not None
    ):
        return next((a.id for a in actors if a.kind == "state"), "") or _unnamed(actors)
    return _unnamed(actors)


def _other_telling(sentence: str, at: int) -> int:
    """Where another telling opens after ``at`` ("; ", "while", "whereas", "but"), or the sentence's end: a "when" clause
    after an act ("… when retreating security forces fired into the air") is still its telling."""
    m = _TELLING_OPENS.search(sentence, at)
    return m.start() if m is not None else len(sentence)


_TELLING_OPENS = re.compile(r";|\b(?:while|whereas|meanwhile|but)\b", re.I)


def _unnamed(actors: Actors) -> str:
    """The id of the actor table's unidentified actor (the first of kind ``unknown``), or ''."""
    return next((a.id for a in actors if a.kind == "unknown"), "")


def _city_named(r: Resolved, gazetteer: Gazetteer) -> Place | None:
    """The city that shares the name of the one place an areal mention is built on ("east of Deir
    Ezzor" -> Deir ez-Zor city), the most populous if several; ``None`` without one."""
    m = r.mention
    if len(m.anchors) != 1 or not m.anchors[0].key:
        return None
    cities = [p for p in gazetteer.candidates(m.anchors[0].key) if p.kind == "city" and not p.is_areal]
    return max(cities, key=lambda p: p.population or 0, default=None)


def _placed(
    r: Resolved, role: str, gazetteer: Gazetteer | None, *, city: bool = False, transfer: bool = False
) -> tuple[Place, int]:
    """The place an event sits at and its ACLED geo precision.

    "the outskirts of Morek" and "east of Khan Shaykhun" sit at the town they name
    (precision 2), not at the centre of the derived area; sectors of a governorate and
    whole governorates keep the area (precision 3) — unless the words pointed back to the
    area as "the city" (``city``): after "east of Deir Ezzor", "the outskirts of the city"
    are the city's of that name.  A change of control at a city named as a site's modifier ("capture key Idlib
    airbase", ``transfer``) is near the city (precision 2), not of it.
    """
    place = r.place
    assert place is not None, "only placed mentions make events"
    m = r.mention
    if place.unlisted and not place.is_areal:
        return place, 2  # "Seif al-Dawla neighborhood in Aleppo", the gazetteer lacking it: drawn at Aleppo
    if city and gazetteer is not None and (place.is_areal or place.kind in AREAL_KINDS):
        seat = _city_named(r, gazetteer)
        if seat is not None:
            return seat, 1 if role == "at" else 2
    if place.is_areal or place.kind in AREAL_KINDS:
        if m.relation in ("wedge", "countryside") and len(m.anchors) == 1 and gazetteer is not None:
            anchor_ids = place.source.removeprefix("derived:").split(",")
            anchor = gazetteer[anchor_ids[0]] if anchor_ids and anchor_ids[0] in gazetteer else None
            # (not a country: "Syria's northwest" is the country's part, and the country has no point)
            if anchor is not None and not anchor.is_areal and anchor.kind not in (*AREAL_KINDS, "country"):
                return anchor, 2
        return place, 3
    if (
        place.kind == "city"
        and _AREA_AFTER.match(m.sentence, m.end - m.sentence_start)
        # (not all of it: "retook the entire Aleppo area")
        and not _WHOLE_BEFORE.search(m.sentence, 0, m.start - m.sentence_start)
    ):
        return place, 2  # "ISIS takes Damascus area after rebels pull out": ground around the city, not the city
    if transfer and role == "at" and place.kind == "city":
        end = m.end - m.sentence_start
        if _FEATURE_AFTER.match(m.sentence, end) or (
            place.population >= _BIG_CITY
            and (
                _TOWN_AFTER.match(m.sentence, end)
                or (
                    _PARTS_OF_BEFORE.search(m.sentence, 0, m.start - m.sentence_start)
                    # (not the first of towns listed by name: "captured the towns of Douma, Harasta and Arbin", unless a
                    # province's capital, which locates: "the towns of Idlib and Hama")
                    and not (
                        _TOWNS_OF_BEFORE.search(m.sentence, 0, m.start - m.sentence_start)
                        and _NAMED_NEXT.match(m.sentence, end)
                        and skeleton(place.admin1) != skeleton(place.name)
                    )
                )
            )
        ):
            # "capture key Idlib airbase", "capture Aleppo village", "the Damascus suburb of …"; and of a big city,
            # "seizes strategic Latakia town", "seizes villages of Aleppo city": near it, locating what was taken
            return place, 2
    if role == "near" and not m.part_of and _is_named_site(place, m):
        return place, 1  # "drove rebels from the key military air base of Menagh", placed at the air base itself
    return place, 2 if role == "near" or m.part_of else 1


#: a site's type word and "of" right before its name: "the key military air base of ", "the airport of "
_SITE_OF_BEFORE = re.compile(
    r"\b(?:(?P<air>air\s*bases?|airbases?|airports?|air\s*fields?|airfields?)|(?P<base>bases?)|(?P<dam>dams?)|"
    # ("captured an air base at Tabqa": the site named by where it is, when the gazetteer has a site there)
    r"(?P<crossing>crossings?)|(?P<camp>camps?))\s+(?:of|at)\s+(?:the\s+)?$",
    re.I,
)
#: what the site's type word (the name of the group it matched) may name in the gazetteer
_SITE_KINDS = {
    "air": ("airbase",),
    "base": ("base", "airbase"),
    "dam": ("dam",),
    "crossing": ("crossing",),
    "camp": ("camp",),
}
#: a word before the site's phrase that makes it a place beside the site, not the site: "near the airport of"
_BESIDE_SITE = re.compile(
    r"\b(?:near|nearby|outside|around|towards?|outskirts\s+of|vicinity\s+of|edges?\s+of|perimeter\s+of)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}$",
    re.I,
)
#: the act's verb (or "from", a noun's "of") right before a site's phrase, with at most a few words of worth or kind
#: between: "captured the ", "drove rebels from the key military ", "took control of the ", "the capture of the "
_SITE_AS_OBJECT = re.compile(
    r"\b(?:captur\w*|seiz\w*|(?:took|tak(?:e|es|en|ing))(?:\s+over)?|retook|retak\w*|recaptur\w*|overr[au]n\w*|liberat\w*|regain\w*|"
    r"storm\w*|enter\w*|secur\w*|(?:control|hold)\s+(?:of|over)|(?<!km\s)(?<!kms\s)(?<!miles\s)(?<!away\s)(?<!meters\s)from|"
    r"(?:capture|seizure|fall|liberation|control)\s+of|"
    r"attack\w*|struck|strikes?\s+on|hit|shell\w*|bomb\w*|target\w*|raid\w*\s+on)\s+(?:the\s+|an?\s+)?"
    r"(?:(?:key|strategic|military|main|nearby|former|important|vital|sprawling|large|big|old|new|(?:north|south|east|"
    r"west)\w*|(?-i:[A-Z])[a-z]+(?:ian|ish|i))\s+){0,3}$",
    re.I,
)


def _is_named_site(place: Place, m) -> bool:
    """Whether the mention is the name of the site the words before it type ("the air base of Menagh") and the
    gazetteer placed it at that site: the site itself, not a share of a town."""
    before = m.sentence[: m.start - m.sentence_start]
    site = _SITE_OF_BEFORE.search(before)
    if site is None:
        return False
    return (
        place.kind in _SITE_KINDS[site.lastgroup or ""]
        and _BESIDE_SITE.search(before, 0, site.start()) is None
        # (the act's own object: not "captured villages west of the air base of X", "hills overlooking the airport of X",
        # "a checkpoint at the airport of X", "parts of the air base of X")
        and _SITE_AS_OBJECT.search(before, 0, site.start()) is not None
    )


#: a city too big to be the town or village taken when its name qualifies one ("Latakia town", "villages of Aleppo")
_BIG_CITY = 100_000
_TOWN_AFTER = re.compile(r"\s+towns?\b", re.I)
#: the word after a city's name that makes it the ground around the city: " area", " environs" (not " region", a
#: district: "took over the whole Afrin region")
_AREA_AFTER = re.compile(
    r"\s+(?:area|environs|surroundings|vicinity)\b(?!\s+of\b)(?!\s*,?\s*including\b)",  # ("…, including the city")
    re.I,
)
#: all of what follows: "the entire ", "the whole of the "
_WHOLE_BEFORE = re.compile(r"\b(?:entire|whole)\s+(?:of\s+)?(?:the\s+)?$", re.I)
#: "towns of" right before a name: "captured the towns of "
_TOWNS_OF_BEFORE = re.compile(r"\btowns\s+of\s+(?:the\s+)?$", re.I)
#: another name of a list right after a place: ", Harasta", " and Arbin"
_NAMED_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:al|el|ad|as|ar|an)[-\s])?[A-Z]")
_PARTS_OF_BEFORE = re.compile(r"\b(?:villages|towns|hills|areas|neighbou?rhoods|districts)\s+of\s+(?:the\s+)?$", re.I)
#: a site or a settlement named after a city as its modifier: "Idlib airbase", "an Aleppo village"
_FEATURE_AFTER = re.compile(
    r"\s+(?:villages?|air\s*bases?|airbases?|airports?|air\s*fields?|airfields?|bases?|suburbs?|districts?|"
    # ("took control over the Aleppo central prison": a site of the city, not the city)
    r"neighbou?rhoods?|hills?|quarters?|camps?|central\s+prisons?)\b",
    re.I,
)
