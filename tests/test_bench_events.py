"""How bench/events.py pairs predicted events with the gold: the scoring the RESULTS figures rest on."""

from __future__ import annotations

import importlib.util
import sys
from types import SimpleNamespace

from tests.conftest import ROOT


def _bench():
    sys.path.insert(0, str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location("bench_events", ROOT / "bench" / "events.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_events"] = module  # (its dataclasses look their module up)
    spec.loader.exec_module(module)
    return module


B = _bench()


def _pred(surface, name, lat, lon, sub="Armed clash", kind="Battles"):
    place = SimpleNamespace(name=name, lat=lat, lon=lon)
    return SimpleNamespace(place=place, surface=surface, event_type=kind, sub_event_type=sub)


def _gold(location, sub="Armed clash", kind="Battles"):
    return {"location": location, "lat": None, "lon": None, "event_type": kind, "sub_event_type": sub}


def test_a_placeless_gold_event_pairs_with_a_prediction_placed_by_a_phrase_without_a_name():
    # "… and clashes in the northern countryside": the gold has no location (the guidelines' null), the reader
    # placed the governorate part the phrase points back to; they are one event
    north = _pred("northern countryside", "North part of Aleppo governorate", 36.5, 37.2)
    assert B.match([north], [_gold(None)]) == [(north, _gold(None))]
    # a prediction placed by a name never stands in for a placeless gold event
    named = _pred("Azaz", "Azaz", 36.59, 37.05)
    assert B.match([named], [_gold(None)]) == [(None, _gold(None)), (named, None)]
    # an unplaced prediction is still preferred, and the placed one stays an extra
    unplaced = SimpleNamespace(event_type="Battles", sub_event_type="Armed clash")
    assert B.match([north], [_gold(None)], [unplaced]) == [(unplaced, _gold(None)), (north, None)]


def test_a_change_read_right_at_a_name_the_gazetteer_lacks_is_counted_apart(gaz, actors):
    # the control figures count such a change as missed (nothing on the map flips for it); the report says how
    # many of the misses at unplaced names the reader did read, listed in unresolved.csv with the fix to make
    def change(location, lat, lon, winner):
        gold = _gold(location, sub="Government regains territory")
        return gold | {"lat": lat, "lon": lon, "control_change": True, "new_controller": winner}

    records = [
        {
            "id": "a",
            "date": "2017-08-27",
            "text": "Regime forces captured Zzzwvq after fierce clashes with Hayat Tahrir al-Sham",
            "events": [change("Zzzwvq", 35.5, 36.6, "government")],
        },
        {
            "id": "b",
            "date": "2017-08-27",
            "text": "Regime forces captured Qqqiyeh after fierce clashes with Hayat Tahrir al-Sham",
            "events": [change("Qqqiyeh", 35.5, 36.6, "hts")],  # the gold's winner differs: not read right
        },
        {
            "id": "c",
            "date": "2017-08-27",
            "text": "Regime forces captured Kafr Nabudah after fierce clashes with Hayat Tahrir al-Sham",
            "events": [change("Kafr Nabudah", 35.43, 36.49, "government")],
        },
    ]
    s = B.score(records, B.predict(records, gaz, actors), actors)
    assert (s.change_gold, s.change_tp, s.change_gold_placed, s.change_gold_unlocated) == (3, 1, 1, 0)
    assert s.change_read_unplaced == 1
    assert "| of those located and not placed: read right, listed unplaced (its name not in the gazetteer) | 1 |" in (
        B.report(s, "dev")
    )


def test_the_clean_gazetteer_knows_development_places_only(tmp_path):
    """``bench/events.py --dev-ucdp`` reads with the UCDP table rebuilt from development rows: the shipped one also
    holds the points and headline spellings of validation rows, which would place a validation sentence's village
    from its own gold row."""
    import _ucdp

    from geo.gazetteer import load_gazetteer
    from geo.settings import DEFAULTS

    assert _ucdp.is_dev(900000) and not _ucdp.is_dev(900002)
    path = tmp_path / "ucdp.csv"
    head = "id,where_coordinates,where_prec,latitude,longitude,date_start,date_end,source_headline\n"
    rows = [
        "900000,Zazabiyah village,1,35.61,36.71,2016-05-01,2016-05-01,Clashes in Zazabiyah\n",
        "900002,Qurqubiyah village,1,35.62,36.74,2016-05-02,2016-05-02,Clashes in Qurqubiyah\n",
    ]
    path.write_text(head + "".join(rows), encoding="utf-8")
    gaz, n = _ucdp.ucdp_gazetteer(tmp_path / "work", path)
    assert n == 1
    assert [p.name for p in gaz.lookup("Zazabiyah")] == ["Zazabiyah"] and gaz.lookup("Qurqubiyah") == []
    # the shipped directory is left alone
    shipped = load_gazetteer(directory=DEFAULTS.gazetteer_dir, cache_dir=tmp_path / "cache")
    assert shipped.lookup("Zazabiyah") == []
