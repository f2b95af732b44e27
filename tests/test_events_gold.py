"""The hand-annotated event gold set (tests/data/events_gold/): format contract, split, provenance, counts.

The JSONL records are checked against the UCDP rows they came from: the full shared file when
/work/shared or ../shared holds it, else the copy of the annotated rows shipped beside the gold.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import json
import re
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import ROOT

GOLD = Path(__file__).resolve().parent / "data" / "events_gold"
UCDP_NAME = "ucdp_ged_syria_2016_2017.csv.gz"
SHARED = (Path("/work/shared/data") / UCDP_NAME, ROOT.parent / "shared" / "data" / UCDP_NAME)

RECORD_KEYS = ["id", "ucdp_id", "date", "source", "text", "events"]
EVENT_KEYS = [
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "location",
    "lat",
    "lon",
    "control_change",
    "new_controller",
    "old_controller",
    "fatalities",
    "time",
]
SUB_EVENTS = {  # ACLED's event types and sub-event types, exact spelling
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    },
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    },
}
EXTRA_ACTORS = {"civilians", "israel", "iran", "unidentified", "protesters"}
GOVERNMENT_SIDE = {"government", "russia", "iran"}  # README: who "regains" territory
# file stem -> split (dev2.jsonl … dev30.jsonl: the second to thirtieth development top-ups)
FILES = {
    "dev": "dev",
    "dev2": "dev",
    "dev3": "dev",
    "dev4": "dev",
    "dev5": "dev",
    "dev6": "dev",
    "dev7": "dev",
    "dev8": "dev",
    "dev9": "dev",
    "dev10": "dev",
    "dev11": "dev",
    "dev12": "dev",
    "dev13": "dev",
    "dev14": "dev",
    "dev15": "dev",
    "dev16": "dev",
    "dev17": "dev",
    "dev18": "dev",
    "dev19": "dev",
    "dev20": "dev",
    "dev21": "dev",
    "dev22": "dev",
    "dev23": "dev",
    "dev24": "dev",
    "dev25": "dev",
    "dev26": "dev",
    "dev27": "dev",
    "dev28": "dev",
    "dev29": "dev",
    "dev30": "dev",
    "val": "val",
}
# stratum prefix -> the file that holds exactly that top-up
TOPUP_FILES = {
    "dev-topup2:": "dev2",
    "dev-topup3:": "dev3",
    "dev-topup4:": "dev4",
    "dev-topup5:": "dev5",
    "dev-topup6:": "dev6",
    "dev-topup7:": "dev7",
    "dev-topup8:": "dev8",
    "dev-topup9:": "dev9",
    "dev-topup10:": "dev10",
    "dev-topup11:": "dev11",
    "dev-topup12:": "dev12",
    "dev-topup13:": "dev13",
    "dev-topup14:": "dev14",
    "dev-topup15:": "dev15",
    "dev-topup16:": "dev16",
    "dev-topup17:": "dev17",
    "dev-topup18:": "dev18",
    "dev-topup19:": "dev19",
    "dev-topup20:": "dev20",
    "dev-topup21:": "dev21",
    "dev-topup22:": "dev22",
    "dev-topup23:": "dev23",
    "dev-topup24:": "dev24",
    "dev-topup25:": "dev25",
    "dev-topup26:": "dev26",
    "dev-topup27:": "dev27",
    "dev-topup28:": "dev28",
    "dev-topup29:": "dev29",
    "dev-topup30:": "dev30",
}


def _load_select():
    # By file path under a private name: the stdlib also has a module called ``select``.
    spec = importlib.util.spec_from_file_location("events_gold_select", GOLD / "select.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


sel = _load_select()


def _read_jsonl(path: Path) -> list[dict]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as err:  # pragma: no cover - the message is the point
            raise AssertionError(f"{path.name} line {n}: not JSON ({err})") from err
    return out


@pytest.fixture(scope="module")
def gold() -> dict[str, list[dict]]:
    """The records of each file, by file stem (``dev``, ``dev2`` … ``dev30``, ``val``)."""
    return {stem: _read_jsonl(GOLD / f"{stem}.jsonl") for stem in FILES}


@pytest.fixture(scope="module")
def records(gold) -> list[dict]:
    return [r for recs in gold.values() for r in recs]


@pytest.fixture(scope="module")
def index() -> dict[str, dict]:
    with (GOLD / "index.tsv").open(encoding="utf-8", newline="") as fh:
        return {row["id"]: row for row in csv.DictReader(fh, delimiter="\t")}


@pytest.fixture(scope="module")
def rows(records) -> pd.DataFrame:
    """The UCDP rows behind the records: the shared file when present, else the shipped copy."""
    path = next((p for p in SHARED if p.exists()), GOLD / "ucdp_rows.csv.gz")
    ids = {r["ucdp_id"] for r in records}
    df = pd.read_csv(path)
    return df[df["id"].isin(ids)].set_index("id")


@pytest.fixture(scope="module")
def actor_ids() -> set[str]:
    with (ROOT / "data" / "actors.csv").open(encoding="utf-8", newline="") as fh:
        return {row["id"] for row in csv.DictReader(fh)} | EXTRA_ACTORS


def _k(record: dict) -> int:
    return int(record["id"].rsplit("-", 1)[1])


def test_lines_follow_the_record_contract(records):
    for r in records:
        assert list(r) == RECORD_KEYS, r["id"]
        assert re.fullmatch(r"ucdp-(\d+)-(\d+)", r["id"]) and r["id"].startswith(f"ucdp-{r['ucdp_id']}-"), r["id"]
        assert isinstance(r["ucdp_id"], int) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]), r["id"]
        assert r["source"] in {"headline", "article"} and r["text"] == r["text"].strip() and r["text"], r["id"]
        for e in r["events"]:
            assert list(e) == EVENT_KEYS, r["id"]


def test_each_file_is_its_split_and_sorted(gold):
    for stem, recs in gold.items():
        assert recs, stem
        assert all(sel.split_of(r["ucdp_id"]) == FILES[stem] for r in recs), stem
        keys = [(r["ucdp_id"], _k(r)) for r in recs]
        assert keys == sorted(keys), f"{stem}.jsonl is not sorted by (ucdp_id, k)"
        assert len({r["id"] for r in recs}) == len(recs), f"duplicate id in {stem}.jsonl"


def test_split_of_is_the_contract_formula():
    for i in (215327, 242275, 254737, 319457, 1, 10**9):
        h = int(hashlib.sha256(str(i).encode()).hexdigest()[:8], 16)
        assert sel.split_of(i) == ("dev" if h % 10 < 6 else "val")
        assert sel.split_of(str(i)) == sel.split_of(i)
    share = sum(sel.split_of(i) == "dev" for i in range(200_000, 220_000)) / 20_000
    assert 0.58 < share < 0.62


def test_no_sentence_in_both_splits(gold):
    texts = {stem: {r["text"] for r in recs} for stem, recs in gold.items()}
    for stem, recs in gold.items():
        assert len(texts[stem]) == len(recs), f"a sentence is repeated inside {stem}.jsonl"
    developed = set().union(*(texts[stem] for stem in FILES if stem != "val"))
    assert not developed & texts["val"]
    # each development top-up was drawn after every earlier file was annotated: it repeats none of their sentences
    order = [
        "dev",
        *sorted((stem for stem in FILES if stem.startswith("dev") and stem != "dev"), key=lambda s: int(s[3:])),
    ]
    for k, stem in enumerate(order[1:], start=1):
        earlier = set().union(*(texts[e] for e in order[:k]))
        assert not earlier & texts[stem], f"{stem}.jsonl repeats a sentence of an earlier file"
    ids = [r["id"] for recs in gold.values() for r in recs]
    assert len(ids) == len(set(ids)), "an id is in two files"


def test_values_come_from_the_allowed_sets(records, actor_ids):
    for r in records:
        for e in r["events"]:
            where = f"{r['id']} {e['sub_event_type']} @ {e['location']}"
            assert e["sub_event_type"] in SUB_EVENTS[e["event_type"]], where
            assert e["actor1"] in actor_ids, where
            assert e["actor2"] is None or e["actor2"] in actor_ids, where
            assert e["new_controller"] is None or e["new_controller"] in actor_ids, where
            assert e["old_controller"] is None or e["old_controller"] in actor_ids, where
            assert isinstance(e["control_change"], bool), where
            assert e["fatalities"] is None or (isinstance(e["fatalities"], int) and e["fatalities"] >= 0), where
            assert isinstance(e["time"], str) and e["time"], where
            assert e["location"] is None or e["location"] in r["text"], f"{where}: location not verbatim"


def test_control_changes_name_winner_and_place(records):
    for r in records:
        for e in r["events"]:
            where = f"{r['id']} @ {e['location']}"
            if e["control_change"]:
                assert e["new_controller"] and e["location"], where
                assert e["sub_event_type"] in {
                    "Government regains territory",
                    "Non-state actor overtakes territory",
                    "Non-violent transfer of territory",
                }, where
                assert e["new_controller"] != e["old_controller"], where
            else:
                assert e["new_controller"] is None and e["old_controller"] is None, where
            if e["sub_event_type"] == "Government regains territory":
                assert e["actor1"] in GOVERNMENT_SIDE, where
            if e["sub_event_type"] == "Non-state actor overtakes territory":
                assert e["actor1"] not in GOVERNMENT_SIDE, where


def test_text_is_sentence_k_of_the_ucdp_row(records, rows):
    for r in records:
        row = rows.loc[r["ucdp_id"]]
        assert r["date"] == row["date_start"], r["id"]
        sentences = sel.row_sentences(row["source_headline"], row["source_article"])
        assert sentences[_k(r)][1] == r["text"], r["id"]
        assert r["text"] in row["source_headline"], r["id"]


def test_points_are_the_ucdp_point_of_a_precise_row(records, rows):
    n = 0
    for r in records:
        row = rows.loc[r["ucdp_id"]]
        for e in r["events"]:
            assert (e["lat"] is None) == (e["lon"] is None), r["id"]
            if e["lat"] is not None:
                n += 1
                assert int(row["where_prec"]) <= 2, r["id"]
                assert (e["lat"], e["lon"]) == pytest.approx((row["latitude"], row["longitude"])), r["id"]
                assert e["location"], r["id"]
    assert n >= 100


def test_shipped_rows_match_the_shared_file(rows):
    shared = next((p for p in SHARED if p.exists()), None)
    if shared is None:
        pytest.skip("the shared UCDP file is absent; the shipped copy is the reference")
    shipped = pd.read_csv(GOLD / "ucdp_rows.csv.gz").set_index("id")
    assert sorted(shipped.index) == sorted(rows.index)
    cols = [c for c in sel.SHIPPED_COLUMNS if c != "id"]
    pd.testing.assert_frame_equal(shipped.loc[sorted(rows.index), cols], rows.loc[sorted(rows.index), cols])


def test_index_agrees_with_the_records(records, index):
    assert set(index) == {r["id"] for r in records}
    strata = {name for name, *_ in sel.STRATA}
    topup = {
        name
        for strata in (
            sel.TOPUP_STRATA,
            sel.TOPUP2_STRATA,
            sel.TOPUP3_STRATA,
            sel.TOPUP4_STRATA,
            sel.TOPUP5_STRATA,
            sel.TOPUP6_STRATA,
            sel.TOPUP7_STRATA,
            sel.TOPUP8_STRATA,
            sel.TOPUP9_STRATA,
            sel.TOPUP10_STRATA,
            sel.TOPUP11_STRATA,
            sel.TOPUP12_STRATA,
            sel.TOPUP13_STRATA,
            sel.TOPUP14_STRATA,
            sel.TOPUP15_STRATA,
            sel.TOPUP16_STRATA,
            sel.TOPUP17_STRATA,
            sel.TOPUP18_STRATA,
            sel.TOPUP19_STRATA,
            sel.TOPUP20_STRATA,
            sel.TOPUP21_STRATA,
            sel.TOPUP22_STRATA,
            sel.TOPUP23_STRATA,
            sel.TOPUP24_STRATA,
            sel.TOPUP25_STRATA,
            sel.TOPUP26_STRATA,
            sel.TOPUP27_STRATA,
            sel.TOPUP28_STRATA,
            sel.TOPUP29_STRATA,
            sel.TOPUP30_STRATA,
        )
        for name, *_ in strata
    }
    for r in records:
        row = index[r["id"]]
        assert row["split"] == sel.split_of(r["ucdp_id"]) and row["stratum"] in strata | topup, r["id"]
        if row["stratum"] in topup:  # the development top-ups never draw a validation row
            assert row["split"] == "dev", r["id"]
        changed = any(e["control_change"] for e in r["events"])
        assert (row["control"] == "completed") == changed, r["id"]
        assert row["control"] in {"", "completed", "completed-unnamed", "hard-negative"}, r["id"]
        assert bool(row["cue"]) == (row["control"] in {"completed-unnamed", "hard-negative"}), r["id"]
        if row["control"] == "completed-unnamed":
            assert any(
                e["sub_event_type"]
                in {
                    "Government regains territory",
                    "Non-state actor overtakes territory",
                    "Non-violent transfer of territory",
                }
                for e in r["events"]
            ), r["id"]


def test_counts_reach_the_thresholds(gold, index):
    records = gold["dev"] + gold["val"]
    assert len(records) >= 450
    control = Counter(row["control"] for row in index.values() if not row["stratum"].startswith(tuple(TOPUP_FILES)))
    assert control["completed"] >= 50  # every sentence the corpus has (README: why not 80)
    assert control["completed"] + control["completed-unnamed"] >= 80
    assert control["hard-negative"] >= 60
    for split, recs in (("dev", gold["dev"]), ("val", gold["val"])):
        kinds = Counter(e["event_type"] for r in recs for e in r["events"])
        assert {"Battles", "Explosions/Remote violence", "Violence against civilians"} <= set(kinds), split
        assert sum(any(e["control_change"] for e in r["events"]) for r in recs) >= 20, split
    actors = Counter(e["actor1"] for r in records for e in r["events"])
    assert {"government", "russia", "opposition", "hts", "isis", "sdf", "turkey", "coalition", "israel"} <= set(actors)


def test_topup_sentences_occur_in_no_validation_row(gold, index):
    """Every development top-up was drawn from sentences no validation row carries (README: top-ups)."""
    shared = next((p for p in SHARED if p.exists()), None)
    if shared is None:
        pytest.skip("the shared UCDP file is absent: the check needs every validation row")
    topup_ids = {i for i, row in index.items() if row["stratum"].startswith("dev-topup:")}
    assert len(topup_ids) >= 120
    texts = {r["text"] for r in gold["dev"] if r["id"] in topup_ids}
    for prefix, stem in TOPUP_FILES.items():
        ids = {i for i, row in index.items() if row["stratum"].startswith(prefix)}
        assert len(ids) >= 120 and ids == {r["id"] for r in gold[stem]}, f"{stem}.jsonl is not exactly its top-up"
        texts |= {r["text"] for r in gold[stem]}
    df = pd.read_csv(shared)
    val = df[df["id"].map(sel.split_of) == "val"]
    in_val = {s for h, a in zip(val["source_headline"], val["source_article"]) for _o, s in sel.row_sentences(h, a)}
    assert not texts & in_val
