"""Conflict map: dated reports -> places -> control zones -> offline Leaflet maps.

The public API, one noun per module::

    from geo import read_reports, load_gazetteer, load_actors, find_mentions, resolve_mentions

    batch = read_reports("data/reports")
    gaz = load_gazetteer()
    for report in batch.reports:
        for r in resolve_mentions(find_mentions(report, gaz), gaz):
            print(report.date, r.mention.surface, r.place and r.place.name, r.confidence)

See README.md for the pipeline as a whole (:func:`geo.pipeline.run`).
"""
from .actors import Actor, Actors, load_actors
from .events import Event, extract_events
from .exc import (ActorError, GazetteerError, GeocoderUnavailable, GeoMapError, ReportError, UsageError,
                  ZoneError)
from .gazetteer import Gazetteer, Place, load_gazetteer
from .export import events_frame, mentions_frame, places_frame
from .geocode import GazetteerGeocoder, OnlineGeocoder, Resolved, Resolver, resolve_mentions
from .names import skeleton
from .pipeline import geoparse, run
from .reports import Rejection, Report, ReportBatch, parse_date, read_reports
from .settings import DEFAULTS, Settings
from .toponyms import Mention, find_mentions, find_mentions_many
from .zones import ControlModel, assign_controllers, build_control, read_settlements, read_zone_layers

__all__ = [
    "Actor", "Actors", "ActorError", "ControlModel", "DEFAULTS", "Event", "GazetteerError", "GazetteerGeocoder",
    "Gazetteer", "GeoMapError", "GeocoderUnavailable", "Mention", "OnlineGeocoder", "Place", "Rejection",
    "Report", "ReportBatch", "ReportError", "Resolved", "Resolver", "Settings", "UsageError", "ZoneError",
    "assign_controllers", "build_control", "events_frame", "extract_events", "mentions_frame", "places_frame", "find_mentions", "find_mentions_many", "geoparse",
    "load_actors", "load_gazetteer", "parse_date", "read_reports", "read_settlements", "read_zone_layers",
    "resolve_mentions", "run", "skeleton",
]
