#!/usr/bin/env python3
"""Benchmark: events and changes of control against the hand-annotated gold set.

Run from the repository root, offline::

    python bench/events.py                # scores the validation part, writes RESULTS.md
    python bench/events.py --split dev    # the development part (tuned on: in-sample)
    python bench/events.py --split dev2   # the second development top-up (annotated after tuning on dev)
    python bench/events.py --split dev3   # the third development top-up (annotated after the dev2 changes)
    python bench/events.py --split dev4   # the fourth development top-up (annotated after the dev3 changes)
    python bench/events.py --split dev5   # the fifth development top-up (annotated after the dev4 changes)
    python bench/events.py --split dev6   # the sixth development top-up (annotated after the dev5 changes)
    python bench/events.py --split dev7   # the seventh development top-up (annotated after the dev6 changes)
    python bench/events.py --split dev8   # the eighth development top-up (annotated after the dev7 changes)
    python bench/events.py --split dev9   # the ninth development top-up (annotated after the dev8 changes)
    python bench/events.py --split dev10  # the tenth development top-up (annotated after the dev9 changes)
    python bench/events.py --split dev11  # the eleventh development top-up (annotated after the dev10 changes)
    python bench/events.py --split dev12  # the twelfth development top-up (annotated after the dev11 changes)
    python bench/events.py --split dev13  # the thirteenth development top-up (annotated after the dev12 changes)
    python bench/events.py --split dev14  # the fourteenth development top-up (annotated after the dev13 changes)
    python bench/events.py --split dev15  # the fifteenth development top-up (annotated after the dev14 changes)
    python bench/events.py --split dev16  # the sixteenth development top-up (annotated after the dev15 changes)
    python bench/events.py --split dev17  # the seventeenth development top-up (annotated after the dev16 changes)
    python bench/events.py --split dev18  # the eighteenth development top-up (annotated after the dev17 changes)
    python bench/events.py --split dev19  # the nineteenth development top-up (annotated after the dev18 changes)
    python bench/events.py --split dev20  # the twentieth development top-up (annotated after the dev19 changes)
    python bench/events.py --split dev21  # the twenty-first development top-up (annotated after the dev20 changes)
    python bench/events.py --split dev22  # the twenty-second development top-up (annotated after the dev21 changes)
    python bench/events.py --split dev23  # the twenty-third development top-up (annotated after the dev22 changes)
    python bench/events.py --split dev24  # the twenty-fourth development top-up (annotated after the dev23 changes)
    python bench/events.py --split dev25  # the twenty-fifth development top-up (annotated after the dev24 changes)
    python bench/events.py --split dev26  # the twenty-sixth development top-up (annotated after the dev25 changes)
    python bench/events.py --split dev27  # the twenty-seventh development top-up (annotated after the dev26 changes: unseen)
    python bench/events.py --split dev28  # the twenty-eighth development top-up (annotated in stop 40: unseen)
    python bench/events.py --split dev29  # the twenty-ninth development top-up (annotated in stop 41: unseen)
    python bench/events.py --split dev30  # the thirtieth development top-up (annotated in stop 48: unseen)

The gold set is ``tests/data/events_gold/{dev,dev2,dev3,dev4,dev5,dev6,dev7,dev8,dev9,dev10,dev11,dev12,dev13,dev14,dev15,dev16,dev17,dev18,dev19,dev20,dev21,dev22,dev23,dev24,dev25,dev26,dev27,dev28,dev29,dev30,val}.jsonl``
(see its README): one sentence per line with the events a person read in it, in ACLED's vocabulary::

    {"id", "ucdp_id", "date", "source", "text",
     "events": [{"event_type", "sub_event_type", "actor1", "actor2", "location", "lat", "lon",
                 "control_change", "new_controller", "old_controller", "fatalities", "time"}]}

Each sentence is read as a headline (UCDP's texts are headlines) dated ``date``,
through the same stages as the pipeline: geoparse, then :func:`geo.events.read_report_all`.

Matching
--------
A predicted event matches a gold event of the same sentence when its place is
within :data:`NEAR_KM` of the gold point, or has the same name skeleton (the gold's proper
name without areal words — "northern countryside of Aleppo" is "Aleppo" — occurs as whole words
in our place's name or surface, or the other way round: this is how a region-level, precision-3
row such as "Hama countryside" finds our event at the Hama governorate); each is used once,
same-type pairs first.  A gold event without a location (the annotators write null for "its
countryside", "there", and for an event the sentence names no place for) matches only an *unplaced*
prediction (:class:`geo.events.UnplacedEvent`, what ``unresolved.csv`` lists) of the same sentence with
the same event type, each used once, or — when none is left — a prediction placed by a phrase without a
name (the reader places "clashes in the northern countryside" at the northern part of the governorate the
sentence named before: the same unnamed phrase the annotators wrote null for); a prediction placed by a name
matches only located gold, and an unplaced prediction only placeless gold.  An unplaced prediction left
without a partner is a false positive like any other; the report gives how many placeless gold events were
matched.
Then:

* **event type** — per ACLED event type precision and recall (a predicted event with
  no gold partner is a false positive, a gold event with none a miss); *accuracy*
  is the share of gold events whose partner has the same type (a missed gold event
  counts as wrong), also shown over the matched pairs only;
* **actors** — actor1 and actor2 equal on the matched pairs ('' = '' counts);
* **control changes** — a predicted change is right when the sentence's gold has a
  change at the same place to the same side (actor ids compared through the actor
  table's zone controllers, so ``hts`` and ``opposition`` both give ground to the
  opposition); precision over predicted changes, recall over gold changes;
* a confusion table of gold × predicted event types, with ``(none)`` for misses.

Only this script opens ``val.jsonl``; the rules were tuned on ``dev.jsonl``. ``dev2.jsonl`` is development
text drawn and annotated after that tuning: its figures say how the rules carry to unseen development text, and
its errors may be read (``--errors``); once rules are changed for them it is in-sample too (it is now).
``dev3.jsonl`` is a third development sample, drawn and annotated after the rules were changed for ``dev2``'s
errors: the same holds for it. ``dev4.jsonl`` is a fourth, drawn and annotated after the rules were changed for
``dev3``'s errors, ``dev5.jsonl`` a fifth, drawn and annotated after the rules were changed for ``dev4``'s errors,
``dev6.jsonl`` a sixth, drawn and annotated after the rules were changed for ``dev5``'s errors, ``dev7.jsonl`` a
seventh, drawn and annotated after the rules were changed for ``dev6``'s errors, ``dev8.jsonl`` an eighth, drawn and
annotated after the rules were changed for ``dev7``'s errors, ``dev9.jsonl`` a ninth, drawn and annotated after the
rules were changed for ``dev8``'s errors, ``dev10.jsonl`` a tenth, drawn and annotated after the rules were changed for
``dev9``'s errors, ``dev11.jsonl`` an eleventh, drawn and annotated after the rules were changed for ``dev10``'s
errors, ``dev12.jsonl`` a twelfth, drawn and annotated after the rules were changed for ``dev11``'s errors,
``dev13.jsonl`` a thirteenth, drawn and annotated after the rules were changed for ``dev12``'s errors,
``dev14.jsonl`` a fourteenth, drawn and annotated after the rules were changed for ``dev13``'s errors,
``dev15.jsonl`` a fifteenth, drawn and annotated after the rules were changed for ``dev14``'s errors,
``dev16.jsonl`` a sixteenth, drawn and annotated after the rules were changed for ``dev15``'s errors,
``dev17.jsonl`` a seventeenth, drawn and annotated after the rules were changed for ``dev16``'s errors,
``dev18.jsonl`` an eighteenth, drawn and annotated after the rules were changed for ``dev17``'s errors,
``dev19.jsonl`` a nineteenth, drawn and annotated after the rules were changed for ``dev18``'s errors,
``dev20.jsonl`` a twentieth, drawn and annotated after the rules were changed for ``dev19``'s errors,
``dev21.jsonl`` a twenty-first, drawn and annotated after the rules were changed for ``dev20``'s errors,
``dev22.jsonl`` a twenty-second, drawn and annotated after the rules were changed for ``dev21``'s errors,
``dev23.jsonl`` a twenty-third, drawn and annotated after the rules were changed for ``dev22``'s errors,
``dev24.jsonl`` a twenty-fourth, drawn and annotated after the rules were changed for ``dev23``'s errors,
``dev25.jsonl`` a twenty-fifth, drawn and annotated after the rules were changed for ``dev24``'s errors,
``dev26.jsonl`` a twenty-sixth, drawn and annotated after the rules were changed for ``dev25``'s errors,
``dev27.jsonl`` a twenty-seventh, drawn and annotated after the rules were changed for ``dev26``'s errors,
``dev28.jsonl`` a twenty-eighth, drawn and annotated after the rules were changed for probes of other outlets,
``dev29.jsonl`` a twenty-ninth, drawn and annotated after the rules were changed for more probes, and ``dev30.jsonl``
a thirtieth (stop 48): each unseen until it was first scored.
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import datetime as dt
import html
import json
import os
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _results import write_section  # noqa: E402

from geo import load_actors, load_gazetteer  # noqa: E402
from geo.events import read_report_all  # noqa: E402
from geo.geometry import distance_km  # noqa: E402
from geo.names import skeleton  # noqa: E402
from geo.pipeline import geoparse_reports  # noqa: E402
from geo.reports import Report, _clean_text  # noqa: E402
from geo.settings import DEFAULTS  # noqa: E402

GOLD = ROOT / "tests" / "data" / "events_gold"
NEAR_KM = 10.0
TARGETS = {"control precision": 0.95, "control recall": 0.85, "type accuracy": 0.85, "actor1": 0.85, "actor2": 0.85}
NONE = "(none)"
SPLIT_NOTES = {
    "val": "validation, never tuned on",
    "dev": "development, tuned on: in-sample",
    "dev2": "second development top-up, annotated after the rules were tuned on dev",
    "dev3": "third development top-up, annotated after the rules were changed for dev2",
    "dev4": "fourth development top-up, annotated after the rules were changed for dev3",
    "dev5": "fifth development top-up, annotated after the rules were changed for dev4",
    "dev6": "sixth development top-up, annotated after the rules were changed for dev5",
    "dev7": "seventh development top-up, annotated after the rules were changed for dev6",
    "dev8": "eighth development top-up, annotated after the rules were changed for dev7",
    "dev9": "ninth development top-up, annotated after the rules were changed for dev8",
    "dev10": "tenth development top-up, annotated after the rules were changed for dev9",
    "dev11": "eleventh development top-up, annotated after the rules were changed for dev10",
    "dev12": "twelfth development top-up, annotated after the rules were changed for dev11",
    "dev13": "thirteenth development top-up, annotated after the rules were changed for dev12",
    "dev14": "fourteenth development top-up, annotated after the rules were changed for dev13",
    "dev15": "fifteenth development top-up, annotated after the rules were changed for dev14",
    "dev16": "sixteenth development top-up, annotated after the rules were changed for dev15",
    "dev17": "seventeenth development top-up, annotated after the rules were changed for dev16",
    "dev18": "eighteenth development top-up, annotated after the rules were changed for dev17",
    "dev19": "nineteenth development top-up, annotated after the rules were changed for dev18",
    "dev20": "twentieth development top-up, annotated after the rules were changed for dev19",
    "dev21": "twenty-first development top-up, annotated after the rules were changed for dev20",
    "dev22": "twenty-second development top-up, annotated after the rules were changed for dev21",
    "dev23": "twenty-third development top-up, annotated after the rules were changed for dev22",
    "dev24": "twenty-fourth development top-up, annotated after the rules were changed for dev23",
    "dev25": "twenty-fifth development top-up, annotated after the rules were changed for dev24",
    "dev26": "twenty-sixth development top-up, annotated after the rules were changed for dev25",
    "dev27": "twenty-seventh development top-up, annotated after the rules were changed for dev26",
    "dev28": "twenty-eighth development top-up, annotated after the rules were changed for local probes (stop 40)",
    "dev29": "twenty-ninth development top-up, annotated after the rules were changed for local probes (stop 41)",
    "dev30": "thirtieth development top-up, annotated after the rules were changed for local probes (stop 48)",
}


def read_gold(split: str, folder: Path = GOLD) -> list[dict]:
    """The records of ``dev``, ``dev2`` … ``dev30`` or ``val``."""
    path = folder / f"{split}.jsonl"
    out = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if line.strip():
                rec = json.loads(line)
                rec.setdefault("id", f"{split}-{n}")
                out.append(rec)
    return out


def predict(records: list[dict], gaz, actors) -> list[list]:
    """Events read from each record's text (a headline dated ``date``)."""
    # a headline is a report's title; cleaned as the report reader cleans it, so scraped HTML
    # references ("Ma&#8217;ra") are decoded as they are for a user's CSV
    reports = [
        Report(
            str(r["id"]),
            dt.date.fromisoformat(str(r["date"])[:10]),
            _clean_text(r["text"], "title")[0],
            "",
            source=r.get("source", ""),
        )
        for r in records
    ]
    resolved = geoparse_reports(reports, gaz, actors, settings=DEFAULTS)
    out = []
    for rep, res in zip(reports, resolved):
        reading = read_report_all(rep, res, actors, gazetteer=gaz)
        events = _Events(reading.events)
        events.unplaced = reading.unplaced
        # the places the geoparser placed, so a miss can be told apart from a place it never found
        events.placed = [r for r in res if r.place is not None and r.in_aoi]
        out.append(events)
    return out


class _Events(list):
    placed: list
    unplaced: list


def _same_place(pred, gold: dict) -> bool:
    lat, lon = gold.get("lat"), gold.get("lon")
    if (
        lat is not None
        and lon is not None
        and float(distance_km(pred.place.lat, pred.place.lon, float(lat), float(lon))) <= NEAR_KM
    ):
        return True
    gold_core = _core(gold.get("location") or "")
    if not gold_core:
        return False
    ours = {_core(pred.place.name), _core(pred.surface)}
    return any(c and (_words_in(gold_core, c) or _words_in(c, gold_core)) for c in ours)


def _words_in(a: str, b: str) -> bool:
    """Whether the words of skeleton ``a`` occur in ``b`` as consecutive whole words: "hama" is in
    "hama izlib" ("Hama and Idlib countryside") but "tal" (al-Tal) is not in "tall" and "bab" (al-Bab)
    not in "babila"."""
    a_words, b_words = a.split(), b.split()
    n = len(a_words)
    return any(b_words[i : i + n] == a_words for i in range(len(b_words) - n + 1))


_GENERIC = re.compile(
    r"\b(?:near|in|at|of|the|and|around|outskirts|vicinity|surroundings|village|town|city|neighbou?rhoods?|"
    r"countryside|province|governorate|area|areas|region|district|north|south|east|west|northern|southern|eastern|"
    r"western|north-?east|north-?west|south-?east|south-?west|north-?eastern|north-?western|south-?eastern|"
    r"south-?western|part|parts|administrative|border|borders|rural|desert|centre|center|within)\b",
    re.I,
)


def _core(name: str) -> str:
    """The proper-name part of a location as a skeleton: "northern countryside of Aleppo" -> "alp".  The gold
    keeps its text verbatim ("Ma&#8217;ra al-Nu&#8217;man"): references are decoded as the headline is."""
    return skeleton(_GENERIC.sub(" ", html.unescape(name or ""))).strip()


def _placeless(gold: dict) -> bool:
    """A gold event the annotator gave no location (nor a point)."""
    return not gold.get("location") and gold.get("lat") is None


def match(preds: list, golds: list[dict], unplaced: list = ()) -> list[tuple]:
    """One-to-one pairs ``(pred or None, gold or None)``: same place, same type first; then each placeless
    gold event with an unplaced prediction of its sentence, or one placed by a phrase without a name (the
    unplaced ones first; the same sub-event type first, then the same event
    type, then any: as for placed pairs, the type is judged after pairing, not used to pair only the right ones)."""
    pairs, used_p, used_g = [], set(), set()
    for same_type in (True, False):
        for gi, g in enumerate(golds):
            if gi in used_g:
                continue
            for pi, p in enumerate(preds):
                if pi in used_p or not _same_place(p, g):
                    continue
                if same_type and p.event_type != g.get("event_type"):
                    continue
                pairs.append((p, g))
                used_p.add(pi)
                used_g.add(gi)
                break
    # a placeless gold event is one whose place the text gives without a name ("clashes in the northern countryside",
    # "raids on its countryside": null under the guidelines); so is a prediction the reader placed by such a phrase
    # (the governorate part it points back to): both are candidates for it, the unplaced ones first
    nameless = list(unplaced) + [p for pi, p in enumerate(preds) if pi not in used_p and not _core(p.surface)]
    used_u = set()
    for field in ("sub_event_type", "event_type", None):  # the same sub-event type first, then any
        for gi, g in enumerate(golds):
            if gi in used_g or not _placeless(g):
                continue
            ui = next(
                (
                    i
                    for i, u in enumerate(nameless)
                    if i not in used_u and (field is None or getattr(u, field) == g.get(field))
                ),
                None,
            )
            if ui is not None:
                pairs.append((nameless[ui], g))
                used_u.add(ui)
                used_g.add(gi)
    paired = {id(u) for ui, u in enumerate(nameless) if ui in used_u}
    pairs += [(None, g) for gi, g in enumerate(golds) if gi not in used_g]
    pairs += [(p, None) for pi, p in enumerate(preds) if pi not in used_p and id(p) not in paired]
    pairs += [(u, None) for u in unplaced if id(u) not in paired]
    return pairs


@dataclasses.dataclass
class Score:
    records: int = 0
    gold_events: int = 0
    pred_events: int = 0
    matched: int = 0
    type_right: int = 0
    sub_right: int = 0
    actor1_right: int = 0
    actor2_right: int = 0
    change_tp: int = 0
    change_pred: int = 0
    change_gold: int = 0
    change_gold_placed: int = 0
    change_tp_placed: int = 0
    change_gold_unlocated: int = 0
    change_read_unplaced: int = 0
    gold_unlocated: int = 0
    gold_unplaced: int = 0
    pred_unplaced: int = 0
    placeless_matched: int = 0
    placeless_type_right: int = 0
    confusion: collections.Counter = dataclasses.field(default_factory=collections.Counter)
    per_type: dict = dataclasses.field(default_factory=lambda: collections.defaultdict(collections.Counter))
    change_errors: list = dataclasses.field(default_factory=list)


_NOT_PLACED = re.compile(r"^place '(.+)' not placed: not in the gazetteer")


def _read_unplaced(u, gold: dict, actors) -> bool:
    """Whether unplaced event ``u`` is gold change ``gold`` read right at a name the gazetteer lacks: a transfer to
    the gold's winner whose reason names the gold's place (``unresolved.csv`` lists it with the fix to make)."""
    m = _NOT_PLACED.match(u.reason)
    if not m or u.kind != "capture":
        return False
    if _controller(actors, u.actor1) != _controller(actors, gold.get("new_controller") or ""):
        return False
    a, b = _core(m.group(1)), _core(gold.get("location") or "")
    return bool(a and b and (_words_in(a, b) or _words_in(b, a)))


class _Stand:
    """A resolved mention standing in for an event in :func:`_same_place`."""

    def __init__(self, r):
        self.place, self.surface = r.place, r.mention.surface


def _controller(actors, a: str) -> str:
    return actors.controller_of(a) or a


def score(records: list[dict], predictions: list[list], actors) -> Score:
    s = Score(records=len(records))
    for rec, preds in zip(records, predictions):
        golds = rec.get("events") or []
        s.gold_events += len(golds)
        unplaced = getattr(preds, "unplaced", [])
        s.pred_events += len(preds) + len(unplaced)
        s.pred_unplaced += len(unplaced)
        for g in golds:
            if _placeless(g):
                s.gold_unlocated += 1
            elif not any(_same_place(_Stand(r), g) for r in getattr(preds, "placed", [])):
                s.gold_unplaced += 1
        for p, g in match(preds, golds, unplaced):
            gt = g.get("event_type") if g else NONE
            pt = p.event_type if p else NONE
            s.confusion[(gt, pt)] += 1
            if p and g:
                s.matched += 1
                s.placeless_matched += _placeless(g)
                s.placeless_type_right += _placeless(g) and pt == gt
                s.type_right += pt == gt
                s.sub_right += p.sub_event_type == g.get("sub_event_type")
                s.actor1_right += (p.actor1 or "") == (g.get("actor1") or "")
                s.actor2_right += (p.actor2 or "") == (g.get("actor2") or "")
            if pt == gt:
                s.per_type[gt]["tp"] += 1
            else:
                if p:
                    s.per_type[pt]["fp"] += 1
                if g:
                    s.per_type[gt]["fn"] += 1
        gold_changes = [g for g in golds if g.get("control_change")]
        s.change_gold += len(gold_changes)
        found = set()
        for p in preds:
            if not p.control_change:
                continue
            s.change_pred += 1
            hit = next(
                (
                    i
                    for i, g in enumerate(gold_changes)
                    if i not in found
                    and _same_place(p, g)
                    and _controller(actors, p.new_controller) == _controller(actors, g.get("new_controller") or "")
                ),
                None,
            )
            if hit is None:
                s.change_errors.append(("false change", rec["text"], p.place.name, p.new_controller))
            else:
                found.add(hit)
                s.change_tp += 1
        for i, g in enumerate(gold_changes):
            s.change_gold_unlocated += _placeless(g)
            if any(_same_place(_Stand(r), g) for r in getattr(preds, "placed", [])):
                s.change_gold_placed += 1
                s.change_tp_placed += i in found
            elif not _placeless(g):
                s.change_read_unplaced += any(_read_unplaced(u, g, actors) for u in getattr(preds, "unplaced", []))
            if i not in found:
                s.change_errors.append(("missed change", rec["text"], g.get("location"), g.get("new_controller")))
    return s


def listing(records: list[dict], predictions: list[list]) -> str:
    """Every sentence with a wrong, missed or extra event: gold and predicted side by side, with
    the places the geoparser found (``--errors``, development parts only)."""

    def gold(g):
        change = f" -> {g.get('new_controller')}" if g.get("control_change") else ""
        return f"{g['sub_event_type']} {g.get('actor1')}>{g.get('actor2') or ''} @{g.get('location')}{change}"

    def ours(p):
        if not hasattr(p, "place"):
            return f"{p.sub_event_type} {p.actor1}>{p.actor2} unplaced [{p.trigger}] ({p.reason})"
        change = f" -> {p.new_controller}" if p.control_change else ""
        return f"{p.sub_event_type} {p.actor1}>{p.actor2} @{p.place.name} [{p.surface}] p{p.geo_precision}{change}"

    out = []
    for rec, preds in zip(records, predictions):
        rows = []
        for p, g in match(preds, rec.get("events") or [], getattr(preds, "unplaced", [])):
            if p is None or g is None:
                tag = "miss" if p is None else "extra"
            else:
                wrong = [
                    name
                    for name, bad in (
                        ("type", p.sub_event_type != g.get("sub_event_type")),
                        ("actor1", (p.actor1 or "") != (g.get("actor1") or "")),
                        ("actor2", (p.actor2 or "") != (g.get("actor2") or "")),
                        ("control", bool(p.control_change) != bool(g.get("control_change"))),
                    )
                    if bad
                ]
                if not wrong:
                    continue
                tag = ",".join(wrong)
            rows.append(f"  [{tag}] gold: {gold(g) if g else '-'}\n         ours: {ours(p) if p else '-'}")
        if rows:
            placed = "; ".join(f"{r.mention.surface} -> {r.place.name}" for r in getattr(preds, "placed", []))
            out.append(f"{rec['id']}: {rec['text']}\n  placed: {placed}\n" + "\n".join(rows))
    return "\n".join(out)


def _ratio(a: int, b: int) -> float:
    return a / b if b else float("nan")


def _figure(v: float) -> str:
    """A ratio to three places, or n/a when there was nothing to divide by."""
    return "n/a" if v != v else f"{v:.3f}"


def report(s: Score, split: str) -> str:
    lines = []
    acc = _ratio(s.type_right, s.gold_events)
    cp, cr = _ratio(s.change_tp, s.change_pred), _ratio(s.change_tp, s.change_gold)
    a1, a2 = _ratio(s.actor1_right, s.matched), _ratio(s.actor2_right, s.matched)
    figures = {"control precision": cp, "control recall": cr, "type accuracy": acc, "actor1": a1, "actor2": a2}
    lines.append(
        f"Split: **{split}** ({SPLIT_NOTES[split]}); "
        f"{s.records} sentences, {s.gold_events} gold events, {s.pred_events} predicted, {s.matched} matched "
        f"(by place: within {NEAR_KM:.0f} km or same name; placeless gold with unplaced predictions of its "
        f"sentence, or predictions placed by a phrase without a name).\n"
    )
    lines.append("| measure | figure | target | met |\n|---|---|---|---|")
    for k, v in figures.items():
        t = TARGETS[k]
        met = "not measurable here" if v != v else ("yes" if v >= t else "**no**")
        lines.append(f"| {k} | {_figure(v)} | ≥ {t:.2f} | {met} |")
    lines.append(
        f"| control changes | {s.change_tp} right of {s.change_pred} predicted; {s.change_gold} in the gold | | |"
    )
    lines.append(
        f"| control recall where the geoparser placed the gold's place | "
        f"{_figure(_ratio(s.change_tp_placed, s.change_gold_placed))} ({s.change_tp_placed} of {s.change_gold_placed}) | | |"
    )
    lines.append(
        f"| gold changes the geoparser does not reach: no location / a located place it does not place | "
        f"{s.change_gold_unlocated} / {s.change_gold - s.change_gold_placed - s.change_gold_unlocated} "
        f"of {s.change_gold} | | |"
    )
    lines.append(
        f"| of those located and not placed: read right, listed unplaced (its name not in the gazetteer) | "
        f"{s.change_read_unplaced} | | |"
    )
    lines.append(
        f"| gold events out of reach: no location / place not placed by the geoparser | "
        f"{s.gold_unlocated} / {s.gold_unplaced} of {s.gold_events} | | |"
    )
    lines.append(
        f"| placeless gold events matched by an unplaced prediction of their sentence or one placed by a phrase "
        f"without a name (type right) | "
        f"{s.placeless_matched} ({s.placeless_type_right}) of {s.gold_unlocated}; {s.pred_unplaced} unplaced "
        f"predicted | | |"
    )
    lines.append(
        f"| type accuracy counting placed pairs only (the scoring before unplaced events were listed) | "
        f"{_ratio(s.type_right - s.placeless_type_right, s.gold_events):.3f} | | |"
    )
    right = sum(c["tp"] for c in s.per_type.values())
    lines.append(
        f"| events precision: predicted events (placed and unplaced) with a partner of the same type | "
        f"{_ratio(right, s.pred_events):.3f} ({right} of {s.pred_events}) | | |"
    )
    lines.append(
        f"| event type accuracy over matched pairs only | {_ratio(s.type_right, s.matched):.3f} | | |\n"
        f"| sub-event type accuracy over matched pairs | {_ratio(s.sub_right, s.matched):.3f} | | |\n"
    )
    lines.append("Per ACLED event type (a pair counts for its type only when both agree):\n")
    lines.append("| event type | gold | predicted | precision | recall |\n|---|---|---|---|---|")
    for t in sorted(s.per_type):
        c = s.per_type[t]
        if t == NONE:
            continue
        gold_n, pred_n = c["tp"] + c["fn"], c["tp"] + c["fp"]
        lines.append(f"| {t} | {gold_n} | {pred_n} | {_ratio(c['tp'], pred_n):.2f} | {_ratio(c['tp'], gold_n):.2f} |")
    types = [*sorted({t for pair in s.confusion for t in pair} - {NONE}), NONE]
    short = {t: t.split("/")[0].split()[0] for t in types}
    lines.append("\nConfusion (rows gold, columns predicted; `(none)` = no partner):\n")
    lines.append("| gold \\ predicted | " + " | ".join(short[t] for t in types) + " |")
    lines.append("|---" * (len(types) + 1) + "|")
    for g in types:
        lines.append(f"| {g} | " + " | ".join(str(s.confusion.get((g, p), 0) or "") for p in types) + " |")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=tuple(SPLIT_NOTES), default="val")
    ap.add_argument(
        "--gold", type=Path, default=GOLD, help="folder of dev.jsonl / dev2.jsonl … dev30.jsonl / val.jsonl"
    )
    ap.add_argument("--no-write", action="store_true", help="print only; leave RESULTS.md alone")
    ap.add_argument(
        "--errors",
        action="store_true",
        help="list the control-change errors and every wrong sentence (development parts only: dev, dev2 … dev30)",
    )
    ap.add_argument(
        "--dev-ucdp",
        action="store_true",
        help="read with the gazetteer whose UCDP table is built from development rows only (the geoparse bench's): "
        "the shipped table also holds the points and headline spellings of validation rows",
    )
    args = ap.parse_args(argv)
    if not (args.gold / f"{args.split}.jsonl").exists():
        print(f"no gold file {args.gold / (args.split + '.jsonl')}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as cache:
        if args.dev_ucdp:
            import _ucdp

            shared = Path(os.environ.get("CONFLICT_MAP_SHARED") or ROOT.parent / "shared")
            gaz, n = _ucdp.ucdp_gazetteer(Path(cache), shared / "data" / "ucdp_ged_syria_2016_2017.csv.gz")
        else:
            gaz = load_gazetteer(directory=DEFAULTS.gazetteer_dir, cache_dir=Path(cache))
    actors = load_actors(DEFAULTS.actors_csv)
    records = read_gold(args.split, args.gold)
    predictions = predict(records, gaz, actors)
    s = score(records, predictions, actors)
    body = report(s, args.split)
    if args.dev_ucdp:
        body = body.replace(
            "sentences, ",
            f"sentences (gazetteer: the UCDP table built from development rows only, {n:,} places), ",
            1,
        )
    print(body)
    if args.errors and args.split != "val":
        print()
        for e in s.change_errors:
            print(*e, sep=" | ")
        print()
        print(listing(records, predictions))
    if not args.no_write and args.split == "val":
        if args.dev_ucdp:
            write_section(
                "events-dev-ucdp",
                "### The same, with the UCDP table from development rows only (`bench/events.py --dev-ucdp`)\n\n"
                + body,
                "python bench/events.py --dev-ucdp",
            )
        else:
            write_section(
                "events", "## Events and changes of control (`bench/events.py`)\n\n" + body, "python bench/events.py"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
