"""Turning sentences into events: who did what where.

Rule-based and transparent, like a careful analyst with a highlighter: inside one
sentence, a *trigger* (``took control of``, ``fell to``, ``surrendered to``,
``withdrew from``, ``air strikes hit`` …) links an *actor* (from
:mod:`geo.actors`) to the *places* resolved in the same clause.

* Active voice ("Daesh took control of the villages of Umm al-Khalakhil and …"):
  the actor is the nearest one before the trigger; every place after the trigger,
  up to the end of the clause, is affected.
* Passive voice ("Khan Shaykhun fell to regime forces", "… was captured by HTS"):
  the places before the trigger, the actor after it.
* Surrender ("300 Daesh fighters surrendered to the Repelling Invaders operations
  room in southeast Idlib"): actor = who surrenders, ``beneficiary`` = to whom.
* Negated or failed actions ("repelled an attempt to advance on X", "failed to
  capture X") become ``attack`` events, which change no control.

Each event keeps its report id, the sentence and the mention offsets, so every
change on the map can be traced to the words that caused it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .actors import Actors
from .gazetteer import Place
from .geocode import Resolved
from .reports import Report

#: Event kinds and whether they transfer control.
KINDS = {
    "capture": True,
    "surrender": True,
    "withdrawal": False,
    "advance": False,
    "siege": False,
    "strike": False,
    "shelling": False,
    "attack": False,
    "clash": False,
}

_TRIGGERS: list[tuple[str, str, str]] = [
    # (kind, voice, regex) — voice: active (actor before), passive (actor after), noun
    ("capture", "passive", r"(?:fell|falls|has fallen|had fallen)\s+(?:in)?to(?:\s+the\s+hands\s+of)?"),
    (
        "capture",
        "passive",
        r"(?:was|were|had been|has been|have been)\s+(?:re)?(?:captured|seized|taken|retaken|"
        r"liberated|overrun|recaptured)\s+by",
    ),
    ("capture", "passive", r"came under the control of|(?:is|are|was|were)\s+now\s+(?:held|controlled)\s+by"),
    (
        "capture",
        "active",
        r"(?:took|take|takes|taking|retook|retake|regained|regain|seized|seize|seizes|seizing|"
        r"gained|gain|established|extended|imposed)\s+(?:full\s+|complete\s+)?control\s+(?:of|over)",
    ),
    (
        "capture",
        "active",
        r"(?:re)?captur(?:ed|es|ing)|capture of|seiz(?:ed|es|e|ing)|(?:re)?took|retook|overran|"
        r"overrun|stormed|liberated(?!\s+(?:areas?|zones?|territor|north|regions?|parts?))|"
        r"took over|taken over|entered|enters|entering|swept into|moved into|marched into",
    ),
    ("surrender", "passive", r"surrender of"),
    ("surrender", "active", r"surrender(?:ed|s|ing)?|laid down (?:their|its) arms|handed (?:themselves )?over"),
    ("withdrawal", "active", r"withdr[ae]w(?:n)?|pulled out|retreat(?:ed|s)?|evacuated|abandoned|pulled back"),
    ("siege", "active", r"besieg(?:ed|es|e|ing)|encircl(?:ed|es|e|ing)|surround(?:ed|s|ing)?|cut off|trapped"),
    ("advance", "active", r"advanc(?:ed|es|e|ing)|pushed|push|moving|moved|approached|closing in"),
    (
        "strike",
        "noun",
        r"air\s*strikes?|airstrikes?|air raids?|raids?|bomb(?:ed|s|ing)|barrel bombs?|"
        r"struck|hit|targeted",
    ),
    ("shelling", "active", r"shell(?:ed|s|ing)|artillery|rockets?|mortars?|missiles?|pounded"),
    ("clash", "noun", r"clash(?:ed|es)?|fighting|battles?|fought|attack(?:ed|s)?|assault(?:ed|s)?|offensive"),
]
_TRIGGER_RE = re.compile("|".join(f"(?P<t{i}>\\b(?:{rx})\\b)" for i, (_, _, rx) in enumerate(_TRIGGERS)), re.I)
_FAILED = re.compile(
    r"\b(?:fail(?:ed|s)?|attempt(?:ed|s)?|tr(?:y|ied|ies)|unable|repel(?:led|s)?|"
    r"thwart(?:ed|s)?|foil(?:ed|s)?|prevent(?:ed|s)?|stopped|halted|could not|couldn't|"
    r"did not|didn't|aim(?:ed|s)? to|sought to|seeking to|plan(?:ned|s)? to|threaten(?:ed|s)?)\b",
    re.I,
)
_NOT_SUBJECT_BEFORE = re.compile(
    r"(?:backed|supported|aided|helped|assisted|covered)\s+by\s+(?:the\s+)?$|"
    r"\b(?:with|alongside|against)\s+(?:the\s+)?$",
    re.I,
)
_NOT_SUBJECT_AFTER = re.compile(
    r"^(?:-|‐)?\s*(?:held|controlled|backed|linked|affiliated|allied|loyal)\b|"
    r"^\s+(?:sources?|media|officials?|spokes\w*|statements?|outlets?|channels?|"
    r"television|tv|agency|news|activists?|monitors?|commanders? said)\b",
    re.I,
)
_PRONOUN = re.compile(r"\b(?:it|they|its)\b", re.I)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|of|near|on|at|from|to|around|towards|toward|outside|inside|"
    r"into|by|between|and)\s+(?:the\s+)?(?:\w+\s+)?$",
    re.I,
)
_REACH = 140  # an active trigger reaches places at most this many characters after it
_CLAUSE_BREAK = re.compile(r";|\bwhile\b|\bwhereas\b|\bbut\b|\bafter\b|\bbefore\b|\bas\b|\bwhen\b|\bwhich\b", re.I)


@dataclass(frozen=True, slots=True)
class Event:
    """Something an actor did at a place on a date.

    Attributes
    ----------
    kind : str
        One of :data:`KINDS` (``capture``, ``surrender``, ``withdrawal`` …).
    actor : str
        Actor id, or '' when the sentence names none.
    beneficiary : str
        For a surrender, to whom; '' otherwise.
    place : Place
        Resolved place (point or areal).
    sentence, trigger : str
        The sentence and the words that triggered the event.
    start, end : int
        Offsets of the place mention in the report's full text.
    """

    id: str
    date: dt.date
    report_id: str
    kind: str
    actor: str
    beneficiary: str
    place: Place
    surface: str
    sentence: str
    trigger: str
    start: int
    end: int
    confidence: float
    sentence_start: int = 0

    @property
    def transfers_control(self) -> bool:
        return KINDS[self.kind]


def _triggers(sentence: str) -> list[tuple[int, int, str, str]]:
    out = []
    for m in _TRIGGER_RE.finditer(sentence):
        i = int(m.lastgroup[1:])
        kind, voice, _ = _TRIGGERS[i]
        out.append((m.start(), m.end(), kind, voice))
    return out


def extract_events(report: Report, resolved: Sequence[Resolved], actors: Actors) -> list[Event]:
    """Events in one report.

    Parameters
    ----------
    report : Report
    resolved : sequence of Resolved
        The report's resolved mentions (unresolved ones are ignored).
    actors : Actors

    Returns
    -------
    list of Event
        At most one event per place mention, in text order.
    """
    by_sentence: dict[int, list[Resolved]] = {}
    for r in resolved:
        if r.place is not None and r.in_aoi and not r.mention.part_of:  # not the town of "east of X"
            by_sentence.setdefault(r.mention.sentence_start, []).append(r)
    events: list[Event] = []
    for s0, group in by_sentence.items():
        sentence = group[0].mention.sentence
        triggers = _triggers(sentence)
        if not triggers:
            continue
        acts = [a for a in actors.find(sentence)]
        place_spans = [(r.mention.start - s0, r.mention.end - s0) for r in group]
        # a trigger inside a place or actor name ("Hatch") is not a trigger
        triggers = [
            t
            for t in triggers
            if not any(a <= t[0] < b for a, b in place_spans) and not any(x.start <= t[0] < x.end for x in acts)
        ]
        for r in group:
            ev = _event_for(report, r, sentence, s0, triggers, acts, actors)
            if ev is not None:
                events.append(ev)
    events.sort(key=lambda e: e.start)
    return events


def _clause_ok(sentence: str, a: int, b: int) -> bool:
    """No clause break (';', 'while', 'but' …) between offsets a < b."""
    return _CLAUSE_BREAK.search(sentence, a, b) is None


def _subjects(sentence: str, acts) -> list:
    """Actor mentions that can be the subject of a verb (not "backed by Russia", "Assad-held")."""
    return [
        x
        for x in acts
        if not _NOT_SUBJECT_BEFORE.search(sentence[max(0, x.start - 24) : x.start])
        and not _NOT_SUBJECT_AFTER.match(sentence[x.end : x.end + 24])
    ]


def _event_for(report: Report, r: Resolved, sentence: str, s0: int, triggers, acts, actors: Actors) -> Event | None:
    ps, pe = r.mention.start - s0, r.mention.end - s0
    # passive triggers after the place ("X fell to Y", "X was captured by Y"); a place
    # after a preposition ("the edge of Idlib province") is not the subject
    after = [
        t
        for t in triggers
        if t[0] >= pe
        and t[3] == "passive"
        and _clause_ok(sentence, pe, t[0])
        and (ps == 0 or not _PREPOSITION_BEFORE.search(sentence[max(0, ps - 30) : ps]))
    ]
    before = [
        t
        for t in triggers
        if t[1] <= ps and t[3] != "passive" and ps - t[1] <= _REACH and _clause_ok(sentence, t[1], ps)
    ]
    surrender_of = [
        t for t in triggers if t[1] <= ps and t[3] == "passive" and t[2] == "surrender" and ps - t[1] <= _REACH
    ]
    kind = voice = None
    actor = beneficiary = ""
    trig = ""
    subjects = _subjects(sentence, acts)
    if after and after[0][0] - pe < 60:
        t0, t1, kind, voice = after[0]
        trig = sentence[t0:t1]
        nxt = [x for x in acts if x.start >= t1]
        actor = nxt[0].actor if nxt else ""
    elif surrender_of and (not before or surrender_of[-1][0] > before[-1][0]):
        t0, t1, kind, voice = surrender_of[-1]
        trig = sentence[t0:t1]
        nxt = [x for x in acts if t1 <= x.start < ps]
        actor = nxt[0].actor if nxt else ""
        subj = []
    elif before:
        t0, t1, kind, voice = before[-1]
        trig = sentence[t0:t1]
        subj = [x for x in subjects if x.end <= t0]
        if subj and _PRONOUN.search(sentence, subj[-1].end, t0) and subjects and subjects[0] is not subj[-1]:
            subj = [subjects[0]]  # "X pushed the factions ... after it had ... taken": 'it' is X
        if voice == "noun":
            around = subj or [x for x in subjects if x.start >= t1 and x.end <= ps]
            actor = around[-1].actor if around else ""
        else:
            actor = subj[-1].actor if subj else ""
        if kind == "surrender":
            to = [x for x in acts if t1 <= x.start <= ps and x.actor != actor]
            beneficiary = to[0].actor if to else ""
        if kind in ("capture", "advance", "surrender", "withdrawal") and _FAILED.search(sentence, max(0, t0 - 60), t1):
            kind = "attack"
    if kind is None:
        return None
    conf = r.confidence * (0.9 if actor else 0.6)
    return Event(
        id=f"{report.id}:{r.mention.start}",
        date=report.date,
        report_id=report.id,
        kind=kind,
        actor=actor,
        beneficiary=beneficiary,
        place=r.place,
        surface=r.mention.surface,
        sentence=sentence,
        trigger=trig,
        start=r.mention.start,
        end=r.mention.end,
        confidence=round(conf, 3),
        sentence_start=s0,
    )
