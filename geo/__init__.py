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

from importlib import import_module

# The public API, imported on first use: `import geo` stays light (no pandas/geopandas/geopy
# until a function that needs them is touched) — the `geoparse` CLI starts faster.
_EXPORTS = {
    "actors": ("Actor", "Actors", "load_actors"),
    "bases": ("read_bases",),
    "events": ("Event", "extract_events"),
    "exc": (
        "ActorError",
        "GazetteerError",
        "GeocoderUnavailable",
        "GeoMapError",
        "ReportError",
        "UsageError",
        "ZoneError",
    ),
    "export": ("events_frame", "mentions_frame", "places_frame"),
    "gazetteer": ("Gazetteer", "Place", "load_gazetteer"),
    "kml": ("read_kml",),
    "marks": ("read_marks",),
    "geocode": ("GazetteerGeocoder", "OnlineGeocoder", "Resolved", "Resolver", "resolve_mentions"),
    "names": ("skeleton",),
    "pipeline": ("geoparse", "run"),
    "reports": ("Rejection", "Report", "ReportBatch", "parse_date", "read_reports"),
    "settings": ("DEFAULTS", "Settings"),
    "toponyms": ("Mention", "find_mentions", "find_mentions_many"),
    "wikimap": ("parse_lua", "read_wikimap"),
    "zones": (
        "ControlModel",
        "assign_controllers",
        "build_control",
        "controllers_at",
        "read_settlements",
        "read_zone_layers",
    ),
}
_WHERE = {name: module for module, names in _EXPORTS.items() for name in names}
__all__ = sorted(_WHERE)


def __getattr__(name: str):
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'geo' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted({*globals(), *__all__})
