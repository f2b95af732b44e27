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
