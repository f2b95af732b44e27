"""A theatre is data: the theatre file's checks, and a second theatre (Mosul, 2016) built with no code change."""

import dataclasses
import datetime as dt
import textwrap

import geopandas as gpd
import pytest
import shapely

from geo import pipeline
from geo.exc import UsageError
from geo.geometry import country_outline
from geo.settings import DEFAULTS
from geo.theatre import WORLD, load_theatre, theatre_for
from tests.conftest import DATA, TESTDATA

MOSUL = TESTDATA / "theatre_mosul"


def test_the_shipped_theatre_is_syria():
    t = load_theatre(DATA / "theatre.toml")
    assert (t.country, t.metric_crs, t.zoom) == ("SY", "EPSG:32637", 8)
    assert t.unit("SY-ID").capital == 169389 and t.actors == (DATA / "actors.csv").resolve()
    assert t.in_aoi(35.93, 36.63) and not t.in_aoi(48.86, 2.35)
    assert t.capital is not None and (t.capital.geonames, t.capital.adjectives) == (170654, ("Syrian",))
    assert dict(t.borders)["TR"] == ("Turkey", "Turkish") and set(dict(t.borders)) == {"SY", "TR", "LB", "JO", "IQ"}
    rahjan = next(e for e in t.epithets if e.place.startswith("ucdp:rahjan"))
    assert rahjan.applies(dt.date(2017, 10, 5)) and not rahjan.applies(dt.date(2018, 6, 1))


def test_a_folder_without_a_theatre_file_is_the_world(tmp_path):
    assert theatre_for(tmp_path) is WORLD and WORLD.country == "" and WORLD.in_aoi(-33.9, 151.2)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            'title = "t"\ncountries = ["SY"]\naoi = [35.5, 32.2, 42.5]\nmetric_crs = "x"\ncenter = [1, 2]',
            "'aoi' must be",
        ),
        (
            'title = "t"\ncountries = ["SY"]\naoi = [42.5, 32.2, 35.5, 37.5]\nmetric_crs = "x"\ncenter = [1, 2]',
            "min < max",
        ),
        (
            'title = "t"\ncountries = ["Syria"]\naoi = [35.5, 32.2, 42.5, 37.5]\nmetric_crs = "x"\ncenter = [1, 2]',
            "ISO",
        ),
        (
            'title = "t"\ncountries = ["SY"]\naoi = [35.5, 32.2, 42.5, 37.5]\ncenter = [1, 2]',
            "missing key(s) metric_crs",
        ),
        ('titel = "t"', "unknown key(s) titel"),
        ("title = ", "not a valid UTF-8 TOML"),
        (
            'title = "t"\ncountries = ["SY"]\naoi = [35.5, 32.2, 42.5, 37.5]\nmetric_crs = "x"\ncenter = [1, 2]\n'
            'admin1 = "nowhere.geojson"',
            "'admin1' file",
        ),
        (
            'title = "t"\ncountries = ["SY"]\naoi = [35.5, 32.2, 42.5, 37.5]\nmetric_crs = "x"\ncenter = [1, 2]\n'
            "[divided_cities]\nAleppo = { start = 2016-07-17, end = 2016-12-22 }",
            "divided_cities.Aleppo: the key must be the city's GeoNames id",
        ),
        (
            'title = "t"\ncountries = ["SY"]\naoi = [35.5, 32.2, 42.5, 37.5]\nmetric_crs = "x"\ncenter = [1, 2]\n'
            "[divided_cities]\n170063 = { start = 2016-12-22, end = 2016-07-17 }",
            "start first",
        ),
        (
            'title = "t"\ncountries = ["SY"]\naoi = [35.5, 32.2, 42.5, 37.5]\nmetric_crs = "x"\ncenter = [1, 2]\n'
            '[divided_cities]\n170063 = { start = 2016-07-17, end = 2016-12-22, sides = ["upper"] }',
            "'sides' must list some of north, east, south, west",
        ),
        (
            'title = "t"\ncountries = ["SY"]\naoi = [35.5, 32.2, 42.5, 37.5]\nmetric_crs = "x"\ncenter = [1, 2]\n'
            'capital = "Damascus"',
            "capital must be {geonames = <GeoNames id>",
        ),
        (
            'title = "t"\ncountries = ["SY"]\naoi = [35.5, 32.2, 42.5, 37.5]\nmetric_crs = "x"\ncenter = [1, 2]\n'
            'capital = { geonames = 170654, adjectives = "Syrian" }',
            "capital.adjectives must list",
        ),
        (
            'title = "t"\ncountries = ["SY"]\naoi = [35.5, 32.2, 42.5, 37.5]\nmetric_crs = "x"\ncenter = [1, 2]\n'
            '[borders]\nTurkey = ["Turkish"]',
            "borders.Turkey must be keyed by an ISO 3166 alpha-2 code",
        ),
        (
            'title = "t"\ncountries = ["SY"]\naoi = [35.5, 32.2, 42.5, 37.5]\nmetric_crs = "x"\ncenter = [1, 2]\n'
            '[borders]\nTR = "Turkish"',
            "borders.TR must list the country's names and adjectives",
        ),
        (
            'title = "t"\ncountries = ["SY"]\naoi = [35.5, 32.2, 42.5, 37.5]\nmetric_crs = "x"\ncenter = [1, 2]\n'
            '[[epithets]]\nphrase = "jungle plain"',
            "epithets #1 must have 'phrase' and 'place'",
        ),
        (
            'title = "t"\ncountries = ["SY"]\naoi = [35.5, 32.2, 42.5, 37.5]\nmetric_crs = "x"\ncenter = [1, 2]\n'
            '[[epithets]]\nphrase = "jungle (plain"\nplace = "sy:ghab-plain"',
            "is not a regular expression",
        ),
        (
            'title = "t"\ncountries = ["SY"]\naoi = [35.5, 32.2, 42.5, 37.5]\nmetric_crs = "x"\ncenter = [1, 2]\n'
            '[[epithets]]\nphrase = "(?:jungle)?"\nplace = "sy:ghab-plain"',
            "matches the empty string",
        ),
        (
            'title = "t"\ncountries = ["SY"]\naoi = [35.5, 32.2, 42.5, 37.5]\nmetric_crs = "x"\ncenter = [1, 2]\n'
            '[[epithets]]\nphrase = "jungle plain"\nplace = "sy:ghab-plain"\nfrom = "2017-01-01"',
            "'from' must be a date such as 2017-12-31",
        ),
        (
            'title = "t"\ncountries = ["SY"]\naoi = [35.5, 32.2, 42.5, 37.5]\nmetric_crs = "x"\ncenter = [1, 2]\n'
            '[[epithets]]\nphrase = "jungle plain"\nplace = "sy:ghab-plain"\nfrom = 2018-01-01\nto = 2017-01-01',
            "'to' (2017-01-01) is before 'from' (2018-01-01)",
        ),
    ],
    ids=[
        *("aoi-3-numbers", "aoi-swapped", "country-name", "missing-crs", "typo", "not-toml", "missing-file"),
        *("divided-by-name", "divided-backwards", "divided-sides", "capital-by-name", "capital-adjectives"),
        *("borders-by-name", "borders-not-a-list"),
        *("epithet-no-place", "epithet-bad-regex", "epithet-empty-match", "epithet-date-string", "epithet-backwards"),
    ],
)
def test_a_bad_theatre_file_is_a_usage_error_naming_the_file_and_key(tmp_path, body, message):
    path = tmp_path / "theatre.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(UsageError, match=r"theatre\.toml") as err:
        load_theatre(path)
    assert message in str(err.value)


@pytest.fixture(scope="module")
def mosul(tmp_path_factory, cache_dir):
    out = tmp_path_factory.mktemp("mosul") / "maps"
    s = dataclasses.replace(DEFAULTS, data_dir=MOSUL, out_dir=out, cache_dir=cache_dir)
    return s, pipeline.run(s), out


def test_a_second_theatre_builds_its_maps_from_data_alone(mosul):
    s, summary, out = mosul
    assert s.theatre.country == "IQ" and summary.exit_code == 0
    assert summary.dates == 3 and summary.unresolved == 0 and summary.outside_aoi == 0
    import pandas as pd

    mentions = pd.read_csv(out / "mentions.csv")
    assert {"Mosul", "Bartella", "Bashiqa", "Hammam al-Alil", "Qayyarah"} <= set(mentions["mention"])
    assert set(mentions["country"].dropna()) == {"IQ"} and mentions["placed"].all()
    changes = gpd.read_file(out / "layers.gpkg", layer="changes")
    assert sorted(zip(changes["date"], changes["settlement"], changes["after"])) == [
        ("2016-10-20", "Bartella", "government"),
        ("2016-11-07", "Bashiqa", "peshmerga"),
    ]


def test_the_second_theatre_takes_its_outline_view_and_titles_from_its_file(mosul):
    s, _, out = mosul
    zones = gpd.read_file(out / "layers.gpkg", layer="zones")
    iraq = country_outline("IQ", s.theatre.outlines)
    assert set(zones["controller"]) <= {"government", "peshmerga", "isis", "unknown"}
    assert shapely.union_all(zones.geometry.values).within(iraq.buffer(1e-6))
    assert "<title>Conflict map — Mosul offensive" in (out / "index.html").read_text(encoding="utf-8")
    page = (out / "2016-10-20.html").read_text(encoding="utf-8")
    assert "center: [36.3, 43.2]" in page and "Syria" not in page.split("<body")[0]


def test_the_gazetteer_of_a_theatre_has_no_admin_units_when_it_names_none(mosul, cache_dir):
    from geo.gazetteer import load_gazetteer

    s, _, _ = mosul
    gaz = load_gazetteer(directory=s.gazetteer_dir, theatre=s.theatre, cache_dir=cache_dir)
    assert not [p for p in gaz.places if p.kind == "governorate"]
    assert [p.country for p in gaz.lookup("Bashiqa")] == ["IQ"]


def test_the_capital_of_a_theatre_without_one_is_no_place(mosul, cache_dir):
    from geo import find_mentions
    from geo.reports import Report

    s, _, _ = mosul
    gaz = _gazetteer_of(s, cache_dir)
    assert s.theatre.capital is None and gaz.capital is None
    rep = Report(id="t", date=dt.date(2016, 10, 20), title="", text="Clashes south of the capital and in Bashiqa.")
    assert [m.surface for m in find_mentions(rep, gaz)] == ["Bashiqa"]


def _gazetteer_of(s, cache_dir):
    from geo.gazetteer import load_gazetteer

    return load_gazetteer(directory=s.gazetteer_dir, theatre=s.theatre, cache_dir=cache_dir)


def test_no_module_names_a_country():
    """The package's code never hard-codes the theatre: no country code, no Syrian id prefix, no map centre."""
    import ast
    from pathlib import Path

    import geo

    def docstrings(tree):
        for node in ast.walk(tree):
            body = getattr(node, "body", None)
            if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
                yield body[0].value

    offenders = []
    for p in sorted(Path(geo.__file__).parent.glob("*.py")):
        tree = ast.parse(p.read_text(encoding="utf-8"))
        skip = {id(d) for d in docstrings(tree)}
        for node in ast.walk(tree):
            text = node.value if isinstance(node, ast.Constant) and id(node) not in skip else None
            if isinstance(text, str) and (text in ("SY", "sy") or text.startswith("sy:") or "Syria" in text):
                offenders.append(f"{p.name}:{node.lineno} {text!r}")
            if isinstance(node, ast.Tuple) and [getattr(e, "value", None) for e in node.elts] == [35.6, 36.8]:
                offenders.append(f"{p.name}:{node.lineno} map centre")
    assert offenders == []


def test_theatre_docs_example_parses(tmp_path):
    example = textwrap.dedent(load_theatre.__module__ and __import__("geo.theatre").theatre.__doc__)
    body = example.split("Example (the shipped Syria theatre, abridged)::", 1)[1].split("Paths are relative")[0]
    path = tmp_path / "theatre.toml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    t = load_theatre(path)
    assert t.country == "SY" and t.unit("SY-ID").geonames == "12"
    (aleppo,) = t.divided_cities
    assert (aleppo.geonames, aleppo.start.isoformat(), aleppo.sides) == (170063, "2016-07-17", (90.0, 270.0))
