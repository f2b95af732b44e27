"""Conflict map: dated reports -> places -> control zones -> offline Leaflet maps.

The public API, in geopandas' manner (frames in, GeoDataFrames out)::

    import geo

    b = geo.build(geo.Settings(data_dir=Path("data")))   # every stage; nothing written
    places, areas = b.on(b.dates[-1])                     # that date's places, with that date's controller
    mentions = geo.geoparse(reports_df)                   # one row per mention (GeoDataFrame)
    events = geo.extract_events(reports_df)               # one row per event (GeoDataFrame)
    geo.run(settings)                                     # build and publish maps/ (what the CLI does)

Record-level functions stay in their modules (:func:`geo.toponyms.find_mentions`,
:func:`geo.geocode.resolve_mentions`, :func:`geo.events.extract_events`).  See
README.md and ``docs/design.md``.
"""

from importlib import import_module

# The public API, imported on first use: `import geo` stays light (no pandas/geopandas/geopy
# until a function that needs them is touched) — the `geoparse` CLI starts faster.
_EXPORTS = {
    "actors": ("Actor", "Actors", "load_actors"),
    "events": ("Event",),
    "exc": (
        "ActorError",
        "GazetteerError",
        "GeocoderUnavailable",
        "GeoMapError",
        "OutputError",
        "Rejection",
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
    "pipeline": (
        "Build",
        "RunSummary",
        "build",
        "build_control",
        "extract_events",
        "geoparse",
        "geoparse_reports",
        "run",
    ),
    "reports": ("Report", "ReportBatch", "parse_date", "read_reports", "reports_from_frame"),
    "settings": ("DEFAULTS", "Settings"),
    "theatre": ("Theatre", "load_theatre"),
    "toponyms": ("Mention", "find_mentions", "find_mentions_many"),
    "wikimap": ("parse_lua", "read_wikimap"),
    "zones": (
        "ControlModel",
        "assign_controllers",
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
