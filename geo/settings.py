"""Typed defaults for every option of the pipeline.

Every public function takes its options as keyword arguments whose defaults come
from :data:`DEFAULTS`; the CLI builds a :class:`Settings` from its flags with
:func:`dataclasses.replace`.  Nothing else in the package hard-codes a path, a
threshold or a URL, and nothing at all names a country: the area of interest, the
countries, the projection and the map's first view come from the theatre file of the
data folder (:mod:`geo.theatre`).

Inputs and outputs are found relative to the working folder (``./data``, ``./maps``),
never relative to the installed package.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .theatre import RESOURCES, Theatre, theatre_for

__all__ = ["DEFAULTS", "RESOURCES", "Settings"]


def _cache_dir() -> Path:
    if os.environ.get("CONFLICT_MAP_CACHE"):
        return Path(os.environ["CONFLICT_MAP_CACHE"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "conflict-map"


@dataclass(frozen=True, slots=True)
class Settings:
    """Options shared by the pipeline stages.

    Attributes
    ----------
    data_dir : Path
        Root of the inputs (``theatre.toml``, ``reports/``, ``zones/``, ``gazetteer/``,
        ``actors.csv``); default ``./data``.
    out_dir : Path
        Where maps and layers are written; default ``./maps``.
    theatre_path : Path, optional
        The theatre file; default ``data_dir/theatre.toml`` (the world if absent).
    min_confidence : float
        Resolutions below this are listed as unresolved, never guessed.
    dayfirst : bool
        Read ``3/4/2019`` as 3 April (``True``) or 4 March (``False``); flagged either way.
    online : bool
        Allow the Nominatim fallback for names the offline gazetteer lacks.
    max_report_bytes : int
        Largest report read; bigger files and rows are rejected.
    max_mentions_per_report : int
        Place mentions kept per report; a report with more is cut there, with a warning.
    chunk_chars : int
        Reports longer than this are geoparsed piece by piece (bounded memory).
    zone_reach_km : float or None
        How far a control mark's evidence reaches at least, km: ground of a mark's cell
        farther than its reach is *unknown*; ``None`` paints every cell to its edge.
    zone_reach_max_km : float or None
        How far it reaches at most.  Between the two, a mark reaches as far as its
        ``zone_reach_neighbours``-th nearest mark on its river bank: a coarsely marked,
        quiet region is filled, while a gap in a densely marked front stays unknown
        (:func:`geo.cells.local_reach`).  ``None``: every mark reaches ``zone_reach_km``.
    zone_reach_neighbours : int
        Which neighbour's distance sets a mark's reach (3: the third nearest).
    zone_smoothing_km : float
        How much the boundaries between controllers are smoothed (the saw-teeth of
        Voronoi cells); about the size of the teeth removed.  0 keeps the raw cells.
    pocket_ring_km : float
        Width of the ring that cuts a besieged pocket off from its holder's other ground.
    evidence_weight : float
        Weight of a statement of the state ("regime-held X") against a capture or a
        table row (weight 1); see :func:`geo.zones.build_control`.
    claim_half_life_days : float
        Days in which the weight of a claim about who holds a place halves.
    river_side_km : float
        How far from a river "east of the Euphrates" reaches (the river's east side within
        this distance; :mod:`geo.rivers`).  30 km: the settled valley of the Euphrates lies
        within 10 km of the river, and the towns the press places on one side of it when it
        names no other place lie within 30 km of the shipped line — Manbij ("west of the
        Euphrates", 21 km) and Kobani ("east of the Euphrates", 28 km) — while Ayn Issa
        (50 km) and the Jazira beyond are named as places or countrysides of their own.
    river_bank_km : float
        How far "the Euphrates banks", "the southern banks of the Euphrates" reach: the
        riverside villages of the valley floor (10 km).
    border_km : float
        How far into the theatre's country "the Syrian-Turkish border", "the border with
        Jordan" reach (the theatre file's ``[borders]``): 10 km, the border villages and
        crossings the press names so.
    assets : {"inline", "shared"}
        ``inline``: every map page is one self-contained file; ``shared``: the map code
        and basemap are written once to ``assets/`` beside the pages, which link them.

    The rivers that separate controllers come from the theatre file (``rivers``).
    """

    data_dir: Path = field(default_factory=lambda: Path.cwd() / "data")
    out_dir: Path = field(default_factory=lambda: Path.cwd() / "maps")
    cache_dir: Path = field(default_factory=_cache_dir)
    theatre_path: Path | None = None
    min_confidence: float = 0.5
    dayfirst: bool = True
    online: bool = False
    user_agent: str = "conflict-map/0.1 (offline-first conflict mapping; set --user-agent)"
    online_min_delay_s: float = 1.1
    max_report_bytes: int = 5 * 1024 * 1024
    max_mentions_per_report: int = 5000
    chunk_chars: int = 1_000_000
    coordinate_digits: int = 5
    simplify_tolerance_deg: float = 0.002
    strict: bool = False
    zone_reach_km: float | None = 10.0
    zone_reach_max_km: float | None = 30.0
    zone_reach_neighbours: int = 3
    zone_smoothing_km: float = 1.5
    pocket_ring_km: float = 1.5
    evidence_weight: float = 0.5
    claim_half_life_days: float = 14.0
    river_side_km: float = 30.0
    river_bank_km: float = 10.0
    border_km: float = 10.0
    assets: str = "inline"
    zones_path: Path | None = None
    gazetteer_path: Path | None = None
    actors_path: Path | None = None
    events_path: Path | None = None

    @property
    def theatre(self) -> Theatre:
        """The theatre of the data folder (read once per file version)."""
        return theatre_for(self.data_dir, self.theatre_path)

    @property
    def aoi(self) -> tuple[float, float, float, float]:
        """Area of interest ``(min_lon, min_lat, max_lon, max_lat)``, from the theatre."""
        return self.theatre.aoi

    @property
    def aoi_country(self) -> str:
        """ISO code of the country the reports are about (candidates there are preferred)."""
        return self.theatre.country

    @property
    def metric_crs(self) -> str:
        """Projected CRS for areas and distances, from the theatre."""
        return self.theatre.metric_crs

    @property
    def reports_dir(self) -> Path:
        return self.data_dir / "reports"

    @property
    def zones_dir(self) -> Path:
        """``zones_path`` if given, else ``data_dir/zones``."""
        return Path(self.zones_path) if self.zones_path else self.data_dir / "zones"

    @property
    def gazetteer_dir(self) -> Path:
        """``gazetteer_path`` if given, else ``data_dir/gazetteer``."""
        return Path(self.gazetteer_path) if self.gazetteer_path else self.data_dir / "gazetteer"

    @property
    def events_dir(self) -> Path:
        """``events_path`` if given, else ``data_dir/events`` (ACLED and UCDP GED files)."""
        return Path(self.events_path) if self.events_path else self.data_dir / "events"

    @property
    def actors_csv(self) -> Path:
        """``actors_path`` if given, else the theatre's actor table, else ``data_dir/actors.csv``."""
        if self.actors_path:
            return Path(self.actors_path)
        return self.theatre.actors or self.data_dir / "actors.csv"


DEFAULTS = Settings()
