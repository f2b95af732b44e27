"""Choose the sentences of the hand-annotated event gold set and split them into dev / val.

This script only selects and splits; every label in ``dev.jsonl`` / ``val.jsonl`` was written
by a person reading the sentence. Nothing here guesses an event, an actor or a place.

Selection, from the UCDP GED Syria file (``ucdp_ged_syria_2016_2017.csv.gz``):

1. Every row's ``source_headline`` is cut into its reports (the ``;``-joined headlines, located
   with the ``"office,date,headline"`` records of ``source_article`` so that the ``;`` inside
   HTML entities such as ``&#8217;`` does not cut) and each report into sentences.
2. Identical sentences are kept once: UCDP repeats a daily headline on every event it geocoded
   from it. The row kept is the one whose ``where_coordinates`` name occurs in the sentence with
   ``where_prec`` 1-2, else the lowest id.
3. A seeded uniform sample of the pool, then seeded samples of three source styles and of
   keyword strata (changes of control, hard negatives, explosions, executions and arrests,
   protests, sieges, actors). A sentence is drawn at most once; its first stratum is recorded.

Usage::

    python tests/data/events_gold/select.py [--ucdp PATH] [--out candidates.tsv]
    python tests/data/events_gold/select.py --dev-topup2  # the second development top-up (dev2.jsonl)
    python tests/data/events_gold/select.py --dev-topup3  # the third development top-up (dev3.jsonl)
    python tests/data/events_gold/select.py --dev-topup4  # the fourth development top-up (dev4.jsonl)
    python tests/data/events_gold/select.py --dev-topup5  # the fifth development top-up (dev5.jsonl)
    python tests/data/events_gold/select.py --dev-topup6  # the sixth development top-up (dev6.jsonl)
    python tests/data/events_gold/select.py --dev-topup7  # the seventh development top-up (dev7.jsonl)
    python tests/data/events_gold/select.py --dev-topup8  # the eighth development top-up (dev8.jsonl)
    python tests/data/events_gold/select.py --dev-topup9  # the ninth development top-up (dev9.jsonl)
    python tests/data/events_gold/select.py --dev-topup10  # the tenth development top-up (dev10.jsonl)
    python tests/data/events_gold/select.py --dev-topup11  # the eleventh development top-up (dev11.jsonl)
    python tests/data/events_gold/select.py --dev-topup12  # the twelfth development top-up (dev12.jsonl)
    python tests/data/events_gold/select.py --dev-topup13  # the thirteenth development top-up (dev13.jsonl)
    python tests/data/events_gold/select.py --dev-topup14  # the fourteenth development top-up (dev14.jsonl)
    python tests/data/events_gold/select.py --dev-topup15  # the fifteenth development top-up (dev15.jsonl)
    python tests/data/events_gold/select.py --dev-topup16  # the sixteenth development top-up (dev16.jsonl)
    python tests/data/events_gold/select.py --dev-topup17  # the seventeenth development top-up (dev17.jsonl)
    python tests/data/events_gold/select.py --dev-topup18  # the eighteenth development top-up (dev18.jsonl)
    python tests/data/events_gold/select.py --dev-topup19  # the nineteenth development top-up (dev19.jsonl)
    python tests/data/events_gold/select.py --dev-topup20  # the twentieth development top-up (dev20.jsonl)
    python tests/data/events_gold/select.py --dev-topup21  # the twenty-first development top-up (dev21.jsonl)
    python tests/data/events_gold/select.py --dev-topup22  # the twenty-second development top-up (dev22.jsonl)
    python tests/data/events_gold/select.py --dev-topup23  # the twenty-third development top-up (dev23.jsonl)
    python tests/data/events_gold/select.py --dev-topup24  # the twenty-fourth development top-up (dev24.jsonl)
    python tests/data/events_gold/select.py --dev-topup25  # the twenty-fifth development top-up (dev25.jsonl)
    python tests/data/events_gold/select.py --dev-topup26  # the twenty-sixth development top-up (dev26.jsonl)
    python tests/data/events_gold/select.py --dev-topup27  # the twenty-seventh development top-up (dev27.jsonl)
    python tests/data/events_gold/select.py --dev-topup28  # the twenty-eighth development top-up (dev28.jsonl)
    python tests/data/events_gold/select.py --dev-topup29  # the twenty-ninth development top-up (dev29.jsonl)
    python tests/data/events_gold/select.py --dev-topup30  # the thirtieth development top-up (dev30.jsonl)
    python tests/data/events_gold/select.py --ship-rows   # rewrite ucdp_rows.csv.gz from the JSONL ids

The split is by UCDP row id (the contract shared with the gazetteer bench)::

    h = int(hashlib.sha256(str(i).encode()).hexdigest()[:8], 16); "dev" if h % 10 < 6 else "val"
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import re
import sys
from pathlib import Path

SEED = 13
TOPUP_SEED = 2613
TOPUP2_SEED = 2614
TOPUP3_SEED = 2615
TOPUP4_SEED = 2616
TOPUP5_SEED = 2617
TOPUP6_SEED = 2618
TOPUP7_SEED = 2619
TOPUP8_SEED = 2620
TOPUP9_SEED = 2621
TOPUP10_SEED = 2622
TOPUP11_SEED = 2623
TOPUP12_SEED = 2624
TOPUP13_SEED = 2625
TOPUP14_SEED = 2626
TOPUP15_SEED = 2627
TOPUP16_SEED = 2628
TOPUP17_SEED = 2629
TOPUP18_SEED = 2630
TOPUP19_SEED = 2631
TOPUP20_SEED = 2632
TOPUP21_SEED = 2633
TOPUP22_SEED = 2634
TOPUP23_SEED = 2635
TOPUP24_SEED = 2636
TOPUP25_SEED = 2637
TOPUP26_SEED = 2638
TOPUP27_SEED = 2639
TOPUP28_SEED = 2640
TOPUP29_SEED = 2641
TOPUP30_SEED = 2642
HERE = Path(__file__).resolve().parent
if __name__ == "__main__":  # run as a script: keep this file from shadowing the stdlib module ``select``
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
UCDP_CANDIDATES = (
    Path("/work/shared/data/ucdp_ged_syria_2016_2017.csv.gz"),
    HERE.parents[3] / "shared" / "data" / "ucdp_ged_syria_2016_2017.csv.gz",
)

SHIPPED_ROWS = HERE / "ucdp_rows.csv.gz"
SHIPPED_COLUMNS = (
    "id",
    "date_start",
    "source_headline",
    "source_article",
    "where_coordinates",
    "where_prec",
    "latitude",
    "longitude",
)

# (stratum, column the regex is applied to, regex, quota). Order matters: a sentence belongs to
# the first stratum that draws it.
STRATA: tuple[tuple[str, str, str, int], ...] = (
    ("random", "text", r"", 140),
    ("style:airwars", "office", r"^Airwars$", 20),
    ("style:waha", "office", r"^Waha Report$", 5),
    ("style:other-office", "office", r"^(?!SOHR|Airwars|Waha Report)", 30),
    (
        "control:list",
        "text",
        r"\b(?:control\w*|captur\w*|seiz\w*|regain\w*|took|take[sn]?|expel\w*|restor\w*)\b[^;]*?"
        r"(?:\b[A-Z][^;,]*, [^;]*? and [A-Z]|:? [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)? and (?:al-|Al-)?[A-Z])",
        15,
    ),
    (
        "control:capture",
        "text",
        r"\b(?:took|take[sn]?|taking|tighten\w*|impos\w*) (?:full |complete |the )?control\b|\bcontrols? (?!areas)"
        r"|\b(?:seiz\w*|captur\w*|regain\w*|recaptur\w*|restor\w*|expel\w*|liberat\w*|retak\w*|re-tak\w*|fell"
        r"|falls|enter(?:s|ed)?|recover\w*)\b",
        120,
    ),
    (
        "control:hard-negative",
        "text",
        r"\b(?:attempt\w*|repel\w*|fail\w*|thwart\w*|foil\w*|since|had (?:taken|captured|seized|controlled)|trying|try"
        r"|counter.?attack\w*|not|no longer|storm\w*)\b",
        55,
    ),
    ("control:state-evidence", "text", r"\b(?:controlled|-held|held by|besieged)\b", 15),
    (
        "control:withdraw-agreement",
        "text",
        r"\b(?:withdr\w*|surrender\w*|reconciliation|evacuat\w*|agreement|deal)\b",
        25,
    ),
    ("control:advance", "text", r"\b(?:advanc\w*|progress\w*)\b", 20),
    (
        "kind:explosion",
        "text",
        r"\b(?:suicid\w*|car bomb\w*|booby.?trap\w*|explosive|IEDs?|mines?|landmines?|explosions?)\b",
        22,
    ),
    (
        "kind:execution-arrest",
        "text",
        r"\b(?:execut\w*|behead\w*|kidnap\w*|abduct\w*|arrest\w*|detain\w*|assassinat\w*)\b",
        22,
    ),
    ("kind:protest", "text", r"\b(?:demonstrat\w*|protest\w*|sit-in)\b", 10),
    ("kind:siege", "text", r"\b(?:siege|besieg\w*|blockade)\b", 8),
    ("actor:israel", "text", r"\bIsrael\w*", 6),
    ("actor:turkey", "text", r"\b(?:Turk\w*|Euphrates Shield)\b", 6),
    ("actor:coalition", "text", r"\b(?:coalition|American|U\.S\.|US-led)\b", 6),
    ("actor:russia", "text", r"\bRussia\w*", 6),
    ("actor:sdf", "text", r"\b(?:SDF|YPG|Kurd\w*|Democratic Forces)\b", 6),
    ("actor:hts", "text", r"\b(?:Nusra|Tahrir al-Sham|Fateh al-Sham|Fatah al-Sham)\b", 6),
    ("actor:iran", "text", r"\b(?:Hezbollah|Hizbullah|Iran\w*)\b", 6),
    # Top-up added after the first 549 sentences were annotated: every remaining sentence whose capture
    # verb is followed by a capitalised non-actor word, minus "take place" and "controlled areas" wording.
    (
        "control:named-capture",
        "text",
        r"^(?!.*(?:controlled areas|controlled by|-controlled|-held|areas? controlled|control areas|under (?:its|the|their)"
        r" control|areas under|tak\w* place|took place|taking over|takes over))"
        r".*\b(?:control\w*|captur\w*|seiz\w*|regain\w*|recaptur\w*|liberat\w*|re-?tak\w*|re-?control\w*|restor\w*"
        r"|expel\w*|recover\w*|takes?|took|taking|overr[au]n\w*|oust\w*|wrest\w*|fell to|falls to|drive[sn]? out"
        r"|drove out|push\w* out)\b[^,;.…]{0,45}?\b(?:al-|el-|Al-)?(?!(?:IS|ISIS|ISIL|Islamic|Daesh|DAESH|SDF|YPG|Syria"
        r"|Syrian|Kurdish|Kurds|Hayyaat|Hay'at|Hayaat|Tahrir|Jabhat|Nusra|Ahrar|Jaysh|Jaish|Hezbollah|Turkish|Turkey"
        r"|Russian|Russia|Euphrates|Free|FSA|Tiger|Army|Coalition|International|Asayish|Fateh|Fath|Operation|Forces|The"
        r"|Jazeera|Iraqi|Lebanese|Iranian|Faylaq|Rahman|Jund|Liwa|Brigade|US|U|Regime|Government|Rebels?|Factions?"
        r"|Opposition)\b)[A-Z][\w’'-]+",
        200,
    ),
)

# Development top-up (added after the 667 sentences above were annotated and the reader was measured on
# them): drawn only from sentences that occur in development rows and in no validation row, each a seeded
# sample of what the earlier top-up strata left. Rarer modal/tense wording first, then capture verbs, then
# ordinary headlines. Same (stratum, column, regex, quota) layout as STRATA; regexes are case-insensitive.
TOPUP_STRATA: tuple[tuple[str, str, str, int], ...] = (
    (
        "dev-topup:control-cue",
        "text",
        r"\b(?:attempt\w*|repel\w*|storm\w*|threat\w*|on the verge|last year|since|under the control of"
        r"|controlled by|under (?:its|their|the) control|hand(?:ed|s|ing)? over|surrender\w*|besieg\w*|withdr\w*)\b",
        45,
    ),
    (
        "dev-topup:control-verb",
        "text",
        r"\b(?:captur\w*|seiz\w*|regain\w*|recaptur\w*|liberat\w*|advanc\w*|took|take[sn]?|taking|controls?"
        r"|controlled)\b",
        50,
    ),
    ("dev-topup:random", "text", r"", 30),
    # Added after the three strata above were drawn (they are unchanged): their verb stratum was mostly "advance"
    # and "take place", so every remaining sentence with a capture, surrender, threat or tense cue is taken.
    # Its quota exceeds its matches: exhaustive, not a sample.
    (
        "dev-topup:capture-strict",
        "text",
        r"\b(?:captur\w*|seiz\w*|regain\w*|recaptur\w*|liberat\w*|retak\w*|re-tak\w*|(?:took|take[sn]?|taking)"
        r" (?:full |complete |the )?control|controll?(?:s|ed)? (?!areas|by)|expel\w*|restor\w*|surrender\w*"
        r"|hand(?:ed)? over|on the verge|threat\w*|storm\w*|last year)\b",
        60,
    ),
)


def _scaled(n: int, scale: float) -> tuple[tuple[str, str, str, int], ...]:
    """The strata of :data:`STRATA` for the ``n``-th development top-up: named ``dev-topup<n>:<stratum>``, each quota
    times ``scale`` (at least 1)."""
    return tuple(
        (f"dev-topup{n}:{name}", column, pattern, max(1, round(quota * scale)))
        for name, column, pattern, quota in STRATA
    )


# Second development top-up (added after the reader had been tuned on all of dev.jsonl): a fresh development sample
# to measure how the rules carry to unseen text and to find errors without opening validation. The strata are those
# of STRATA (same patterns, same order, same case rules), each quota scaled by TOPUP2_SCALE (at least 1) so that the
# mix resembles the first draw's: uniform share, source styles, control cues, event kinds, actors. The capture strata
# have nearly run dry in the development-only pool (15 capture, 0 list and 0 named-capture sentences left), so the
# scale is 0.28 rather than 130 / 667: it brings the draw to about 130 sentences.
TOPUP2_SCALE = 0.28
TOPUP2_STRATA: tuple[tuple[str, str, str, int], ...] = _scaled(2, TOPUP2_SCALE)
# Third development top-up (added after the reader's rules were changed for the errors found on dev2.jsonl): a fresh
# development sample again, to measure whether those changes carry to unseen text. Same strata as TOPUP2_STRATA, from
# the development-only pool minus every sentence of dev.jsonl, dev2.jsonl and val.jsonl. The pool forces a larger
# scale: the capture, list, withdraw/agreement and named-capture strata are empty now (dev2 drew its last 15 capture
# and 5 withdraw/agreement sentences), so 0.28 would draw 110 sentences; 0.33 draws 129, about dev2's 130.
TOPUP3_SCALE = 0.33
TOPUP3_STRATA: tuple[tuple[str, str, str, int], ...] = _scaled(3, TOPUP3_SCALE)
# Fourth development top-up (added after the reader's rules were changed for the errors found on dev3.jsonl): a fresh
# development sample again, from the development-only pool minus every sentence of dev, dev2, dev3 and val. Besides the
# strata empty for dev3, Waha and Israel have nothing left now (dev3 took the last ones) and protest one sentence, so
# 0.33 would draw 123 sentences; 0.35 draws 129, the size of dev3.
TOPUP4_SCALE = 0.35
TOPUP4_STRATA: tuple[tuple[str, str, str, int], ...] = _scaled(4, TOPUP4_SCALE)
# Fifth development top-up (added after the reader's rules were changed for the errors found on dev4.jsonl): a fresh
# development sample again, from the development-only pool minus every sentence of dev, dev2, dev3, dev4 and val. Besides
# the strata empty for dev4, protest has nothing left now (dev4 took the last one) and hard-negative only 10 sentences,
# so 0.35 would draw 119 sentences; 0.38 draws 127, about the size of dev4 (0.39 draws 132).
TOPUP5_SCALE = 0.38
TOPUP5_STRATA: tuple[tuple[str, str, str, int], ...] = _scaled(5, TOPUP5_SCALE)
# Sixth development top-up (added after the reader's rules were changed for the errors found on dev5.jsonl): a fresh
# development sample again, from the development-only pool minus every sentence of dev, dev2, dev3, dev4, dev5 and val.
# Besides the strata empty for dev5, hard-negative has nothing left now (dev5 took the last 10), so 0.38 would draw 117
# sentences; 0.41 draws 124, the nearest to 125 (0.40: 123, 0.42: 133).
TOPUP6_SCALE = 0.41
TOPUP6_STRATA: tuple[tuple[str, str, str, int], ...] = _scaled(6, TOPUP6_SCALE)
# Seventh development top-up (added after the reader's rules were changed for the errors found on dev6.jsonl): a fresh
# development sample again, from the development-only pool minus every sentence of dev, dev2 … dev6 and val. Besides the
# strata empty for dev6, Iran has nothing left once the uniform stratum has drawn (it took the last one) and siege only 3
# sentences, so dev6's 0.41 draws 122 sentences and 0.42 draws 130 (0.412 … 0.416: 123): 0.41 stays, the nearest to 125.
TOPUP7_SCALE = 0.41
TOPUP7_STRATA: tuple[tuple[str, str, str, int], ...] = _scaled(7, TOPUP7_SCALE)
# Eighth development top-up (added after the reader's rules were changed for the errors found on dev7.jsonl): a fresh
# development sample again, from the development-only pool minus every sentence of dev, dev2 … dev7 and val. Besides the
# strata empty for dev7, siege has nothing left (dev7 took the last 3), so dev7's 0.41 draws 119 sentences, 0.415 draws
# 120 and 0.417 draws 126 (0.42: 127): 0.415, the largest scale inside the 120-125 asked for.
TOPUP8_SCALE = 0.415
TOPUP8_STRATA: tuple[tuple[str, str, str, int], ...] = _scaled(8, TOPUP8_SCALE)
# Ninth development top-up (added after the reader's rules were changed for the errors found on dev8.jsonl): a fresh
# development sample again, from the development-only pool minus every sentence of dev, dev2 … dev8 and val (2,988 left).
# The same strata are empty as for dev8, so dev8's 0.415 draws 120 sentences again (0.41: 119, 0.42: 127): 0.415 kept.
TOPUP9_SCALE = 0.415
TOPUP9_STRATA: tuple[tuple[str, str, str, int], ...] = _scaled(9, TOPUP9_SCALE)
# Tenth development top-up (added after the reader's rules were changed for the errors found on dev9.jsonl): a fresh
# development sample again, from the development-only pool minus every sentence of dev, dev2 … dev9 and val (2,868 left).
# Besides the strata empty for dev9, state evidence has nothing left (dev9 took the last 6) and the other offices only 1
# sentence, so dev9's 0.415 draws 103 sentences; 0.47 draws 120 (0.46: 118, 0.48: 125), the size of dev8 and dev9.
TOPUP10_SCALE = 0.47
TOPUP10_STRATA: tuple[tuple[str, str, str, int], ...] = _scaled(10, TOPUP10_SCALE)
# Eleventh development top-up (added after the reader's rules were changed for the errors found on dev10.jsonl): a fresh
# development sample again, from the development-only pool minus every sentence of dev, dev2 … dev10 and val (2,748
# left). Besides the strata empty for dev10, the other offices have nothing left (dev10 took the last one), so dev10's
# 0.47 draws 119 sentences; 0.475 draws 121 (0.46: 117, 0.474: 119, 0.476: 122, 0.48: 124): no scale draws 120.
TOPUP11_SCALE = 0.475
TOPUP11_STRATA: tuple[tuple[str, str, str, int], ...] = _scaled(11, TOPUP11_SCALE)
# Twelfth development top-up (added after the reader's rules were changed for the errors found on dev11.jsonl): a fresh
# development sample again, from the development-only pool minus every sentence of dev, dev2 … dev11 and val (2,627
# left). The same strata are empty as for dev11, so the scales draw as they did there: 0.47 draws 119 sentences, 0.475
# draws 121 (0.46: 117, 0.474: 119, 0.476: 122, 0.48: 124, 0.49: 126, 0.5: 127): no scale draws 120.
TOPUP12_SCALE = 0.475
TOPUP12_STRATA: tuple[tuple[str, str, str, int], ...] = _scaled(12, TOPUP12_SCALE)
# Thirteenth development top-up (added after the reader's rules were changed for the errors found on dev12.jsonl): a
# fresh development sample again, from the development-only pool minus every sentence of dev, dev2 … dev12 and val (2,506
# left). More strata have run dry, so 0.475 draws only 110 sentences; 0.525 draws 120 (0.5: 115, 0.52: 118, 0.523: 119,
# 0.527: 122, 0.53: 122, 0.54: 124, 0.55: 125).
TOPUP13_SCALE = 0.525
TOPUP13_STRATA: tuple[tuple[str, str, str, int], ...] = _scaled(13, TOPUP13_SCALE)
# Fourteenth development top-up (added after the reader's rules were changed for the errors found on dev13.jsonl): a
# fresh development sample again, from the development-only pool minus every sentence of dev, dev2 … dev13 and val (2,386
# left). Fewer sentences are left in the small strata, so dev13's 0.525 draws only 116 sentences; 0.55 draws 120 (0.53:
# 117, 0.54: 119, 0.545: 119, 0.555: 121, 0.56: 121, 0.57: 124, 0.58: 126).
TOPUP14_SCALE = 0.55
TOPUP14_STRATA: tuple[tuple[str, str, str, int], ...] = _scaled(14, TOPUP14_SCALE)
# Fifteenth development top-up (added after the reader's rules were changed for the errors found on dev14.jsonl): a
# fresh development sample again, from the development-only pool minus every sentence of dev, dev2 … dev14 and val (2,266
# left). Fewer sentences are left in the small strata, so dev14's 0.55 draws only 112 sentences and the gold test's floor
# of 120 needs 0.584; 0.585 draws 123 (0.56: 113, 0.57: 116, 0.575: 117, 0.58: 118, 0.582: 118, 0.583: 119, 0.584: 123,
# 0.588: 123, 0.59: 124, 0.6: 125, 0.62: 129).
TOPUP15_SCALE = 0.585
TOPUP15_STRATA: tuple[tuple[str, str, str, int], ...] = _scaled(15, TOPUP15_SCALE)
# Sixteenth development top-up (added after the reader's rules were changed for the errors found on dev15.jsonl): a
# fresh development sample again, from the development-only pool minus every sentence of dev, dev2 … dev15 and val (2,143
# left). Fewer sentences are left in the small strata, so dev15's 0.585 draws only 119 sentences and the gold test's floor
# of 120 needs 0.59; 0.61 draws 122 (0.59: 120, 0.6: 121, 0.62: 125, 0.63: 127, 0.64: 129, 0.65: 130, 0.7: 139).
TOPUP16_SCALE = 0.61
TOPUP16_STRATA: tuple[tuple[str, str, str, int], ...] = _scaled(16, TOPUP16_SCALE)
# Seventeenth development top-up (added after the reader's rules were changed for the errors found on dev16.jsonl): a
# fresh development sample again, from the development-only pool minus every sentence of dev, dev2 … dev16 and val (2,021
# left). Fewer sentences are left in the small strata, so dev16's 0.61 draws only 118 sentences and the gold test's floor
# of 120 needs 0.62; 0.63 draws 123 (0.62: 121, 0.64: 125, 0.65: 126, 0.66: 128, 0.67: 130, 0.68: 132, 0.7: 135).
TOPUP17_SCALE = 0.63
TOPUP17_STRATA: tuple[tuple[str, str, str, int], ...] = _scaled(17, TOPUP17_SCALE)
# Eighteenth development top-up (added after the reader's rules were changed for the errors found on dev17.jsonl): a
# fresh development sample again, from the development-only pool minus every sentence of dev, dev2 … dev17 and val (1,898
# left). Fewer sentences are left in the small strata, so dev16's 0.61 draws only 118 sentences and the gold test's floor
# of 120 needs 0.62; dev17's 0.63 draws 123 (0.6: 117, 0.62: 121, 0.64: 125, 0.65: 126, 0.67: 130, 0.7: 135).
TOPUP18_SCALE = 0.63
TOPUP18_STRATA: tuple[tuple[str, str, str, int], ...] = _scaled(18, TOPUP18_SCALE)
# Nineteenth development top-up (added after the reader's rules were changed for the errors found on dev18.jsonl): a
# fresh development sample again, from the development-only pool minus every sentence of dev, dev2 … dev18 and val (1,775
# left). Fewer sentences are left in the small strata, so dev16's 0.61 draws only 118 sentences and the gold test's floor
# of 120 needs 0.62; dev18's 0.63 draws 123 (0.6: 117, 0.62: 121, 0.64: 125, 0.65: 126, 0.67: 129, 0.7: 134).
TOPUP19_SCALE = 0.63
TOPUP19_STRATA: tuple[tuple[str, str, str, int], ...] = _scaled(19, TOPUP19_SCALE)
# Twentieth development top-up (added after the reader's rules were changed for the errors found on dev19.jsonl): a
# fresh development sample again, from the development-only pool minus every sentence of dev, dev2 … dev19 and val (1,652
# left). The small strata have fewer left again, so dev19's 0.63 draws only 109 sentences and the gold test's floor of 120
# needs 0.7; 0.72 draws 123 (0.6: 104, 0.65: 112, 0.67: 115, 0.7: 120, 0.71: 121, 0.73: 125, 0.74: 127, 0.75: 128,
# 0.76: 131, 0.78: 135).
TOPUP20_SCALE = 0.72
TOPUP20_STRATA: tuple[tuple[str, str, str, int], ...] = _scaled(20, TOPUP20_SCALE)
# Twenty-first development top-up (added after the reader's rules were changed for the errors found on dev20.jsonl): a
# fresh development sample again, from the development-only pool minus every sentence of dev, dev2 … dev20 and val (1,529
# left). dev20's 0.72 still draws 123 sentences, above the gold test's floor of 120 (0.7 draws exactly 120), so it is
# kept (0.6: 104, 0.65: 112, 0.7: 120, 0.75: 128, 0.78: 134, 0.8: 137, 0.82: 140, 0.85: 145, 0.9: 153).
TOPUP21_SCALE = 0.72
TOPUP21_STRATA: tuple[tuple[str, str, str, int], ...] = _scaled(21, TOPUP21_SCALE)
# Twenty-second development top-up (added after the reader's rules were changed for the errors found on dev21.jsonl): a
# fresh development sample again, from the development-only pool minus every sentence of dev, dev2 … dev21 and val (1,406
# left). The SDF stratum has run dry too and the Turkey stratum has one sentence left, so dev21's 0.72 draws only 116
# sentences and the gold test's floor of 120 needs 0.74; 0.765 draws 123, the size of dev17 … dev21 (0.6: 97, 0.65: 105,
# 0.7: 113, 0.73: 118, 0.74: 120, 0.75: 121, 0.76: 122, 0.77: 124, 0.78: 126, 0.8: 129, 0.82: 132, 0.85: 137, 0.9: 145).
TOPUP22_SCALE = 0.765
TOPUP22_STRATA: tuple[tuple[str, str, str, int], ...] = _scaled(22, TOPUP22_SCALE)
# Twenty-third development top-up (added after the reader's rules were changed for the errors found on dev22.jsonl): a
# fresh development sample again, from the development-only pool minus every sentence of dev, dev2 … dev22 and val (1,283
# left). The Turkey stratum has run dry too (only the random and Airwars strata draw), so dev22's 0.765 draws only 122
# sentences and the gold test's floor of 120 needs 0.75; 0.77 draws 123, the size of dev17 … dev22 (0.6: 96, 0.65: 104,
# 0.7: 112, 0.73: 117, 0.74: 119, 0.75: 120, 0.76: 121, 0.775: 124, 0.78: 125, 0.8: 128, 0.82: 131, 0.85: 136, 0.9: 144).
TOPUP23_SCALE = 0.77
TOPUP23_STRATA: tuple[tuple[str, str, str, int], ...] = _scaled(23, TOPUP23_SCALE)
# Twenty-fourth development top-up (added after the reader's rules were changed for the errors found on dev23.jsonl): a
# fresh development sample again, from the development-only pool minus every sentence of dev, dev2 … dev23 and val (1,160
# left). Only the random and Airwars strata draw; the smallest scale that reaches the gold test's floor of 120 is kept:
# 0.75 draws 120 (random 105, Airwars 15; any scale from about 0.7465 to 0.75 gives the same quotas and draw) (0.6: 96,
# 0.65: 104, 0.7: 112, 0.72: 115, 0.73: 117, 0.74: 119, 0.745: 119, 0.748: 120, 0.77: 123, 0.78: 125, 0.8: 128, 0.82: 131,
# 0.85: 136, 0.9: 144).
TOPUP24_SCALE = 0.75
TOPUP24_STRATA: tuple[tuple[str, str, str, int], ...] = _scaled(24, TOPUP24_SCALE)
# Twenty-fifth development top-up (added after the reader's rules were changed for the errors found on dev24.jsonl): a
# fresh development sample again, from the development-only pool minus every sentence of dev, dev2 … dev24 and val (1,040
# left). Only the random and Airwars strata draw; the smallest round scale that reaches the gold test's floor of 120 is
# kept: 0.75 draws 120 (random 105, Airwars 15) (0.6: 96, 0.65: 104, 0.7: 112, 0.72: 115, 0.73: 117, 0.74: 119, 0.745:
# 119, 0.748: 120, 0.77: 123, 0.78: 125, 0.8: 128, 0.82: 131, 0.85: 136, 0.9: 144).
TOPUP25_SCALE = 0.75
TOPUP25_STRATA: tuple[tuple[str, str, str, int], ...] = _scaled(25, TOPUP25_SCALE)
# Twenty-sixth development top-up (added after the reader's rules were changed for the errors found on dev25.jsonl): a
# fresh development sample again, from the development-only pool minus every sentence of dev, dev2 … dev25 and val (920
# left). Only the random and Airwars strata draw; the smallest round scale that reaches the gold test's floor of 120 is
# kept: 0.75 draws 120 (random 105, Airwars 15) (0.6: 96, 0.65: 104, 0.7: 112, 0.72: 115, 0.73: 117, 0.74: 119, 0.745:
# 119, 0.748: 120, 0.76: 121, 0.77: 123, 0.78: 125, 0.8: 128, 0.82: 131, 0.85: 136, 0.9: 144, 1.0: 160).
TOPUP26_SCALE = 0.75
TOPUP26_STRATA: tuple[tuple[str, str, str, int], ...] = _scaled(26, TOPUP26_SCALE)
# Twenty-seventh development top-up (added after the reader's rules were changed for the errors of dev26.jsonl and of
# local probes of other outlets): a fresh development sample again, from the development-only pool minus every sentence
# of dev, dev2 … dev26 and val (800
# left). Only the random and Airwars strata draw; step 30's scale is kept: 0.75 draws 120 (random 105, Airwars 15).
TOPUP27_SCALE = 0.75
TOPUP27_STRATA: tuple[tuple[str, str, str, int], ...] = _scaled(27, TOPUP27_SCALE)
# Twenty-eighth development top-up (added after the reader's rules were changed for the errors of local probes of
# other outlets, stop 40): a fresh development sample again, from the development-only pool minus every sentence of
# dev, dev2 … dev27 and val. Only the random and Airwars strata draw, and the Airwars one has only 8 sentences left: 0.8
# (random 112, Airwars 8) is the smallest round scale that reaches the gold test's floor of 120 (0.75 draws 113).
TOPUP28_SCALE = 0.8
TOPUP28_STRATA: tuple[tuple[str, str, str, int], ...] = _scaled(28, TOPUP28_SCALE)
# Twenty-ninth development top-up (added after the reader's rules were changed for the errors of local probes of other
# outlets, stop 41): a fresh development sample again, from the development-only pool minus every sentence of dev,
# dev2 … dev28 and val. The Airwars stratum is spent, so only the random one draws; 0.86 (random 120) is the smallest scale
# that reaches the gold test's floor of 120 (0.85 draws 119, 0.9 126).
TOPUP29_SCALE = 0.86
TOPUP29_STRATA: tuple[tuple[str, str, str, int], ...] = _scaled(29, TOPUP29_SCALE)
# Thirtieth development top-up (added in stop 48, after the reader's rules were changed for the errors of more local
# probes of other outlets): a fresh development sample again, from the development-only pool minus every sentence of
# dev, dev2 … dev29 and val. Only the random stratum draws; 0.86 draws 120, the gold test's floor.
TOPUP30_SCALE = 0.86
TOPUP30_STRATA: tuple[tuple[str, str, str, int], ...] = _scaled(30, TOPUP30_SCALE)


# The later top-ups: command-line flag -> (files annotated before the draw, strata, seed).
def _annotated_before(n: int) -> tuple[str, ...]:
    """The gold files annotated before the ``n``-th development top-up: dev, dev2 … dev<n-1> and val."""
    return ("dev", *(f"dev{k}" for k in range(2, n)), "val")


LATER_TOPUPS: dict[str, tuple[tuple[str, ...], tuple[tuple[str, str, str, int], ...], int]] = {
    f"dev_topup{n}": (_annotated_before(n), strata, seed)
    for n, strata, seed in (
        (2, TOPUP2_STRATA, TOPUP2_SEED),
        (3, TOPUP3_STRATA, TOPUP3_SEED),
        (4, TOPUP4_STRATA, TOPUP4_SEED),
        (5, TOPUP5_STRATA, TOPUP5_SEED),
        (6, TOPUP6_STRATA, TOPUP6_SEED),
        (7, TOPUP7_STRATA, TOPUP7_SEED),
        (8, TOPUP8_STRATA, TOPUP8_SEED),
        (9, TOPUP9_STRATA, TOPUP9_SEED),
        (10, TOPUP10_STRATA, TOPUP10_SEED),
        (11, TOPUP11_STRATA, TOPUP11_SEED),
        (12, TOPUP12_STRATA, TOPUP12_SEED),
        (13, TOPUP13_STRATA, TOPUP13_SEED),
        (14, TOPUP14_STRATA, TOPUP14_SEED),
        (15, TOPUP15_STRATA, TOPUP15_SEED),
        (16, TOPUP16_STRATA, TOPUP16_SEED),
        (17, TOPUP17_STRATA, TOPUP17_SEED),
        (18, TOPUP18_STRATA, TOPUP18_SEED),
        (19, TOPUP19_STRATA, TOPUP19_SEED),
        (20, TOPUP20_STRATA, TOPUP20_SEED),
        (21, TOPUP21_STRATA, TOPUP21_SEED),
        (22, TOPUP22_STRATA, TOPUP22_SEED),
        (23, TOPUP23_STRATA, TOPUP23_SEED),
        (24, TOPUP24_STRATA, TOPUP24_SEED),
        (25, TOPUP25_STRATA, TOPUP25_SEED),
        (26, TOPUP26_STRATA, TOPUP26_SEED),
        (27, TOPUP27_STRATA, TOPUP27_SEED),
        (28, TOPUP28_STRATA, TOPUP28_SEED),
        (29, TOPUP29_STRATA, TOPUP29_SEED),
        (30, TOPUP30_STRATA, TOPUP30_SEED),
    )
}
_CASED = ("control:list", "control:named-capture")  # case matters for names and "and"

_RECORD = re.compile(r'"([^"]*?),(\d{4}-\d{2}-\d{2}),(.*?)"(?=;"[^"]*?,\d{4}-\d{2}-\d{2},|\s*$)', re.S)
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\"”’])[.!?](?<!\bincl\.)\s+(?=[A-Z\"“‘])")
_TYPE_WORD = re.compile(
    r"\s+(village|town|city|area|neighbou?rhood|district|camp|hill|mountains?|airport|airbase|base|crossing"
    r"|subdistrict|region|plain|valley|farms?)$",
    re.I,
)


def split_of(ucdp_id: int | str) -> str:
    """Return ``"dev"`` or ``"val"`` for a UCDP GED row id.

    Parameters
    ----------
    ucdp_id : int or str
        The integer in the UCDP ``id`` column.

    Returns
    -------
    str
        ``"dev"`` when the first 8 hex digits of SHA-256 of the decimal id are 0-5 mod 10,
        else ``"val"``.
    """
    h = int(hashlib.sha256(str(int(ucdp_id)).encode()).hexdigest()[:8], 16)
    return "dev" if h % 10 < 6 else "val"


def reports_of(headline: str, article: str) -> list[tuple[str, str]]:
    """Cut a row's ``source_headline`` into its reports.

    Parameters
    ----------
    headline : str
        The row's ``source_headline`` (several headlines joined with ``;``).
    article : str
        The row's ``source_article`` (``"office,date,headline"`` records joined with ``;``).

    Returns
    -------
    list of (str, str)
        ``(office, headline text)`` per report; each text is a verbatim substring of ``headline``.
    """
    out, pos = [], 0
    for office, _date, text in _RECORD.findall(article.strip()):
        text = text.strip()
        at = headline.find(text, pos)
        if not text or at < 0:
            continue
        out.append((office.strip(), text))
        pos = at + len(text)
    return out


def sentences_of(text: str) -> list[str]:
    """Cut one report headline into sentences.

    A break is a ``.``, ``!`` or ``?`` after a lower-case letter, digit or closing quote and
    before a capital; ellipses ("After four days of attacks… ISIS controls …") do not break,
    and a piece of fewer than four words is joined to its neighbour.

    Parameters
    ----------
    text : str
        One report headline.

    Returns
    -------
    list of str
        Verbatim substrings of ``text``, stripped.
    """
    cuts = [0, *(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]
    pieces = [text[a:b].strip() for a, b in itertools.pairwise(cuts)]
    pieces = [p for p in pieces if p]
    merged: list[str] = []
    for piece in pieces:
        if merged and (len(piece.split()) < 4 or len(merged[-1].split()) < 4):
            start = text.find(merged[-1])
            end = text.find(piece, start + len(merged[-1])) + len(piece)
            merged[-1] = text[start:end]
        else:
            merged.append(piece)
    return merged


def row_sentences(headline: str, article: str) -> list[tuple[str, str]]:
    """Return ``(office, sentence)`` for a row; the list index is the ``k`` of ``ucdp-<id>-<k>``.

    Parameters
    ----------
    headline, article : str
        The row's ``source_headline`` and ``source_article``.

    Returns
    -------
    list of (str, str)
    """
    return [(office, s) for office, text in reports_of(headline, article) for s in sentences_of(text)]


def _place_name(where: str) -> str:
    return _TYPE_WORD.sub("", str(where)).strip().lower()


def build_pool(df):
    """One row per distinct sentence, with the UCDP row chosen to carry it.

    Parameters
    ----------
    df : pandas.DataFrame
        The UCDP GED table.

    Returns
    -------
    pandas.DataFrame
        Columns ``ucdp_id, k, office, text, date, where_coordinates, where_prec``, sorted by text.
    """
    import pandas as pd

    rows = []
    for r in df.itertuples(index=False):
        name = _place_name(r.where_coordinates)
        for k, (office, s) in enumerate(row_sentences(r.source_headline, r.source_article)):
            named = bool(name) and name in s.lower() and int(r.where_prec) <= 2
            rows.append((s, 0 if named else 1, int(r.id), k, office, r.date_start, r.where_coordinates, r.where_prec))
    pool = pd.DataFrame(
        rows, columns=["text", "rank", "ucdp_id", "k", "office", "date", "where_coordinates", "where_prec"]
    )
    pool = pool.sort_values(["text", "rank", "ucdp_id", "k"]).drop_duplicates("text", keep="first")
    return pool.drop(columns="rank").reset_index(drop=True)


def select(pool, *, seed: int = SEED):
    """Draw the strata of :data:`STRATA` from the pool, each sentence at most once.

    Parameters
    ----------
    pool : pandas.DataFrame
        Output of :func:`build_pool`.
    seed : int
        Seed of every draw (stratum ``i`` uses ``seed + i``).

    Returns
    -------
    pandas.DataFrame
        The chosen pool rows with ``stratum`` and ``split`` columns, sorted by ``(ucdp_id, k)``.
    """
    return _draw(pool, STRATA, seed, cased=_cased(STRATA))


def _cased(strata) -> set[str]:
    """The strata matched case-sensitively (actors, the list and named-capture strata), top-up prefix ignored."""
    bare = {name: re.sub(r"^dev-topup\d*:", "", name) for name, *_ in strata}
    return {name for name, b in bare.items() if b.startswith("actor:") or b in _CASED}


def _draw(pool, strata, seed: int, *, cased: frozenset[str] | set[str] = frozenset()):
    """Each stratum's quota drawn from the pool rows matching its pattern (case-blind unless the
    stratum is in ``cased``), no row twice; stratum ``i`` uses ``seed + i``."""
    import pandas as pd

    taken = pd.Series(False, index=pool.index)
    parts = []
    for i, (name, column, pattern, quota) in enumerate(strata):
        if not pattern:
            hits = taken == taken
        else:
            hits = pool[column].str.contains(pattern, regex=True, flags=0 if name in cased else re.I)
        free = pool[hits & ~taken]
        draw = free.sample(n=min(quota, len(free)), random_state=seed + i)
        taken.loc[draw.index] = True
        parts.append(draw.assign(stratum=name))
    out = pd.concat(parts)
    out["split"] = out["ucdp_id"].map(split_of)
    return out.sort_values(["ucdp_id", "k"]).reset_index(drop=True)


def dev_only_pool(df, pool):
    """The pool rows whose sentence occurs in development rows only (in no validation row at all).

    Parameters
    ----------
    df : pandas.DataFrame
        The UCDP GED table.
    pool : pandas.DataFrame
        Output of :func:`build_pool`.

    Returns
    -------
    pandas.DataFrame
        The subset of ``pool`` (its carrying row is then a development row too).
    """
    in_val = {
        s
        for r in df.itertuples(index=False)
        if split_of(r.id) == "val"
        for _o, s in row_sentences(r.source_headline, r.source_article)
    }
    keep = pool["ucdp_id"].map(split_of).eq("dev") & ~pool["text"].isin(in_val)
    return pool[keep]


def select_topup(pool, annotated: set[str], *, seed: int = TOPUP_SEED):
    """Draw :data:`TOPUP_STRATA` from a development-only pool, leaving out sentences already annotated.

    Parameters
    ----------
    pool : pandas.DataFrame
        Output of :func:`dev_only_pool`.
    annotated : set of str
        Texts of the sentences drawn by :func:`select` (the first 667, all strata of :data:`STRATA`).
    seed : int
        Seed of every draw (top-up stratum ``i`` uses ``seed + i``).

    Returns
    -------
    pandas.DataFrame
        As :func:`select`.
    """
    return _draw(pool[~pool["text"].isin(annotated)], TOPUP_STRATA, seed)


def select_later(pool, annotated: set[str], strata, *, seed: int):
    """Draw a later development top-up from a development-only pool, leaving out every sentence already annotated.

    ``strata`` is one of :data:`TOPUP2_STRATA` … :data:`TOPUP29_STRATA` (:data:`LATER_TOPUPS`).

    Parameters
    ----------
    pool : pandas.DataFrame
        Output of :func:`dev_only_pool`.
    annotated : set of str
        Texts of every sentence annotated before this draw (``dev.jsonl``, ``val.jsonl``, ``dev2.jsonl`` for the third
        top-up, ``dev3.jsonl`` too for the fourth, … ``dev28.jsonl`` too for the twenty-ninth).
    strata : tuple
        The draw's strata, in :data:`STRATA`'s layout.
    seed : int
        Seed of every draw (stratum ``i`` uses ``seed + i``): :data:`TOPUP2_SEED` … :data:`TOPUP29_SEED`.

    Returns
    -------
    pandas.DataFrame
        As :func:`select`.
    """
    return _draw(pool[~pool["text"].isin(annotated)], strata, seed, cased=_cased(strata))


def _ucdp_path(given: str | None) -> Path:
    for path in [Path(given)] if given else UCDP_CANDIDATES:
        if path.exists():
            return path
    raise SystemExit(f"UCDP file not found (tried {', '.join(map(str, UCDP_CANDIDATES))}); pass --ucdp PATH")


def main(argv: list[str] | None = None) -> int:
    import pandas as pd

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ucdp", help="path of ucdp_ged_syria_2016_2017.csv.gz")
    ap.add_argument("--out", default="candidates.tsv", help="where to write the chosen sentences (TSV)")
    ap.add_argument(
        "--dev-topup", action="store_true", help="draw the development top-up (TOPUP_STRATA) instead of STRATA"
    )
    ap.add_argument(
        "--dev-topup2", action="store_true", help="draw the second development top-up (TOPUP2_STRATA) instead"
    )
    ap.add_argument(
        "--dev-topup3", action="store_true", help="draw the third development top-up (TOPUP3_STRATA) instead"
    )
    ap.add_argument(
        "--dev-topup4", action="store_true", help="draw the fourth development top-up (TOPUP4_STRATA) instead"
    )
    ap.add_argument(
        "--dev-topup5", action="store_true", help="draw the fifth development top-up (TOPUP5_STRATA) instead"
    )
    ap.add_argument(
        "--dev-topup6", action="store_true", help="draw the sixth development top-up (TOPUP6_STRATA) instead"
    )
    ap.add_argument(
        "--dev-topup7", action="store_true", help="draw the seventh development top-up (TOPUP7_STRATA) instead"
    )
    ap.add_argument(
        "--dev-topup8", action="store_true", help="draw the eighth development top-up (TOPUP8_STRATA) instead"
    )
    ap.add_argument(
        "--dev-topup9", action="store_true", help="draw the ninth development top-up (TOPUP9_STRATA) instead"
    )
    ap.add_argument(
        "--dev-topup10", action="store_true", help="draw the tenth development top-up (TOPUP10_STRATA) instead"
    )
    ap.add_argument(
        "--dev-topup11", action="store_true", help="draw the eleventh development top-up (TOPUP11_STRATA) instead"
    )
    ap.add_argument(
        "--dev-topup12", action="store_true", help="draw the twelfth development top-up (TOPUP12_STRATA) instead"
    )
    ap.add_argument(
        "--dev-topup13", action="store_true", help="draw the thirteenth development top-up (TOPUP13_STRATA) instead"
    )
    ap.add_argument(
        "--dev-topup14", action="store_true", help="draw the fourteenth development top-up (TOPUP14_STRATA) instead"
    )
    ap.add_argument(
        "--dev-topup15", action="store_true", help="draw the fifteenth development top-up (TOPUP15_STRATA) instead"
    )
    ap.add_argument(
        "--dev-topup16", action="store_true", help="draw the sixteenth development top-up (TOPUP16_STRATA) instead"
    )
    ap.add_argument(
        "--dev-topup17", action="store_true", help="draw the seventeenth development top-up (TOPUP17_STRATA) instead"
    )
    ap.add_argument(
        "--dev-topup18", action="store_true", help="draw the eighteenth development top-up (TOPUP18_STRATA) instead"
    )
    ap.add_argument(
        "--dev-topup19", action="store_true", help="draw the nineteenth development top-up (TOPUP19_STRATA) instead"
    )
    ap.add_argument(
        "--dev-topup20", action="store_true", help="draw the twentieth development top-up (TOPUP20_STRATA) instead"
    )
    ap.add_argument(
        "--dev-topup21",
        action="store_true",
        help="draw the twenty-first development top-up (TOPUP21_STRATA) instead",
    )
    ap.add_argument(
        "--dev-topup22",
        action="store_true",
        help="draw the twenty-second development top-up (TOPUP22_STRATA) instead",
    )
    ap.add_argument(
        "--dev-topup23",
        action="store_true",
        help="draw the twenty-third development top-up (TOPUP23_STRATA) instead",
    )
    ap.add_argument(
        "--dev-topup24",
        action="store_true",
        help="draw the twenty-fourth development top-up (TOPUP24_STRATA) instead",
    )
    ap.add_argument(
        "--dev-topup25",
        action="store_true",
        help="draw the twenty-fifth development top-up (TOPUP25_STRATA) instead",
    )
    ap.add_argument(
        "--dev-topup26",
        action="store_true",
        help="draw the twenty-sixth development top-up (TOPUP26_STRATA) instead",
    )
    ap.add_argument(
        "--dev-topup27",
        action="store_true",
        help="draw the twenty-seventh development top-up (TOPUP27_STRATA) instead",
    )
    ap.add_argument(
        "--dev-topup28",
        action="store_true",
        help="draw the twenty-eighth development top-up (TOPUP28_STRATA) instead",
    )
    ap.add_argument(
        "--dev-topup29",
        action="store_true",
        help="draw the twenty-ninth development top-up (TOPUP29_STRATA) instead",
    )
    ap.add_argument(
        "--dev-topup30",
        action="store_true",
        help="draw the thirtieth development top-up (TOPUP30_STRATA) instead",
    )
    ap.add_argument("--ship-rows", action="store_true", help=f"rewrite {SHIPPED_ROWS.name} for the annotated ids")
    args = ap.parse_args(argv)
    df = pd.read_csv(_ucdp_path(args.ucdp))
    if args.ship_rows:
        ids = {
            json.loads(line)["ucdp_id"]
            for split in ("dev", *(f"dev{k}" for k in range(2, 31)), "val")
            for line in (HERE / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
        }
        rows = df[df["id"].isin(ids)].sort_values("id")[list(SHIPPED_COLUMNS)]
        rows.to_csv(SHIPPED_ROWS, index=False, compression={"method": "gzip", "mtime": 0})
        sys.stderr.write(f"{len(rows)} UCDP rows -> {SHIPPED_ROWS}\n")
        return 0
    pool = build_pool(df)
    if args.dev_topup:
        with (HERE / "index.tsv").open(encoding="utf-8") as fh:
            first = {line.split("\t")[0] for line in fh if "\tdev-topup:" not in line}
        annotated = {
            rec["text"]
            for split in ("dev", "val")
            for line in (HERE / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
            if (rec := json.loads(line))["id"] in first
        }
        chosen = select_topup(dev_only_pool(df, pool), annotated)
    elif later := [flag for flag in LATER_TOPUPS if getattr(args, flag)]:
        splits, strata, seed = LATER_TOPUPS[later[0]]
        annotated = {
            json.loads(line)["text"]
            for split in splits
            for line in (HERE / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
        }
        chosen = select_later(dev_only_pool(df, pool), annotated, strata, seed=seed)
    else:
        chosen = select(pool)
    chosen.to_csv(args.out, sep="\t", index=False)
    counts = chosen.groupby(["stratum", "split"]).size().unstack(fill_value=0)
    sys.stderr.write(f"{len(chosen)} sentences -> {args.out}\n{counts}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
