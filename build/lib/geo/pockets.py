"""Pockets and sieges: ground a report says is besieged, encircled or sealed off.

A *siege cue* is a report sentence that uses the vocabulary of encirclement
("besieged", "encircled", "sealed off", "the pocket", "cut off") and names places,
or an event whose kind is in :data:`SIEGE_KINDS` (the events extractor's flag for the
same thing).  The zone engine (:func:`geo.zones.build_control`) turns a cue into a
:class:`Pocket` when the named places' holder's ground around them is mostly enclosed
by other sides — a claim that the map contradicts (a town deep inside its holder's
territory said to be "surrounded") opens no pocket, and is logged.

A pocket lasts until a report says it ended (:data:`END_KINDS` events, or the words
"fell", "relieved", "siege was lifted/broken", "capture of the pocket", "to an end"
in a sentence naming its places) or its holder no longer holds any of its
settlements.  On every date it is drawn hatched in its holder's colour and cut off
from the holder's other ground by a ring of the besieger's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .actors import Actors
from .events import Event
from .gazetteer import Place
from .geocode import Resolved
from .reports import Report

#: Event kinds (from :mod:`geo.events`) that say a place is besieged / that a siege ended.
SIEGE_KINDS = frozenset({"siege"})
END_KINDS = frozenset({"relief", "siege_lifted"})

_SIEGE = re.compile(
    r"\b(?:besieg(?:ed|ing)|under siege|encircl(?:ed|ing|ement)|sealed off|cut off|"
    r"(?:the|a|its|their|small|shrinking)\s+pocket)\b",
    re.I,
)
_END = re.compile(
    r"\b(?:relieved|(?:broke|broken|lifted|lifting|ended|ending)\s+(?:the\s+)?siege|"
    r"siege\s+(?:was|has been|had been)\s+(?:lifted|broken)|"
    r"capture of the pocket|pocket\s+(?:fell|falls|has fallen|collapsed)|"
    r"(?:pocket|siege)\b[^.]{0,60}\bto an end|(?:ended|ending) the pocket)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class SiegeCue:
    """A sentence (or event) saying that places are besieged, or that their siege ended.

    Attributes
    ----------
    ended : bool
        ``True`` for "the pocket fell / was relieved"; ``False`` for "besieged".
    sides : tuple of str
        Controller ids of the sides the sentence names (the besieger is the one that
        does not hold the places).
    places : tuple of Place
    """

    date: dt.date
    report_id: str
    sentence: str
    places: tuple[Place, ...]
    ended: bool
    sides: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Pocket:
    """An enclosed area of one holder, from the first cue until it fell or was relieved.

    ``members`` are indices into the control model's settlements; ``until`` is the
    last date it stood (``None``: still standing on the last date modelled).
    """

    id: str
    holder: str
    besieger: str
    since: dt.date
    until: dt.date | None
    members: tuple[int, ...]
    names: tuple[str, ...]
    report_id: str
    sentence: str
    ended_by: str = ""


def siege_cues(
    reports: Sequence[Report], resolved: Sequence[Sequence[Resolved]], actors: Actors, events: Iterable[Event] = ()
) -> list[SiegeCue]:
    """Siege and siege-end cues of the reports, in date order.

    Parameters
    ----------
    reports, resolved : sequences
        The reports and their resolved mentions (same order).
    actors : Actors
    events : iterable of Event
        Events of kind :data:`SIEGE_KINDS` / :data:`END_KINDS` add cues of their own
        (the events extractor's judgement, when it has one).
    """
    cues: list[SiegeCue] = []
    for rep, res in zip(reports, resolved):
        by_sentence: dict[int, list[Resolved]] = {}
        for r in res:
            if r.place is not None and r.in_aoi:
                by_sentence.setdefault(r.mention.sentence_start, []).append(r)
        for group in by_sentence.values():
            sentence = group[0].mention.sentence
            ended = bool(_END.search(sentence))
            if not ended and not _SIEGE.search(sentence):
                continue
            sides = tuple(dict.fromkeys(s for a in actors.find(sentence) if (s := actors.controller_of(a.actor))))
            places = tuple(dict.fromkeys(r.place for r in group if r.place is not None))
            cues.append(SiegeCue(rep.date, rep.id, sentence, places, ended, sides))
    for e in events:
        if e.kind in SIEGE_KINDS or e.kind in END_KINDS:
            side = actors.controller_of(e.actor)
            cues.append(
                SiegeCue(e.date, e.report_id, e.sentence, (e.place,), e.kind in END_KINDS, (side,) if side else ())
            )
    cues.sort(key=lambda c: (c.date, c.report_id))
    return cues
