"""Importing GeoNames, UCDP, ACLED, OCHA/HDX and Wikipedia map-module files into the gazetteer (real files in each layout)."""

import shutil

import geopandas as gpd
import pytest

from geo import GazetteerError
from geo.gazetteer import load_gazetteer
from geo.geocode import Resolver
from geo.importers import (
    FORMATS,
    import_file,
    read_acled,
    read_cod,
    read_geonames,
    read_ucdp,
    read_wikimap_places,
    split_kind,
    table_path,
)
from tests.conftest import DATA, TESTDATA

IMP = TESTDATA / "gazetteer_import"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Umm al Khalakhil village", ("Umm al Khalakhil", "village", ())),
        ("Khuwayn al Kabir village (Tell al-Khuwaiyn)", ("Khuwayn al Kabir", "village", ("Tell al-Khuwaiyn",))),
        ("Tiyas Military Airbase (T4)", ("Tiyas Military Airbase", "airbase", ("T4",))),
        ("Atmeh IDP camp", ("Atmeh IDP camp", "camp", ())),
        ("Military Research Center (Aleppo)", ("Military Research Center", "village", ())),
        ("Tall Bazzam hill", ("Tall Bazzam", "hill", ())),
        ("Palmyra/Tadmur", ("Palmyra", "village", ("Tadmur",))),
        ("Taybah farms (Mayadin)", ("Taybah", "village", ())),  # the parenthesis is the container, not a name
        ("128th Brigade", ("128th Brigade", "base", ("Brigade 128",))),  # nothing would be left of the name
        ("Ar Rastan  town", ("Ar Rastan", "town", ())),
        ("Yani Yaban (Al-Judaydah) village", ("Yani Yaban", "village", ("Al-Judaydah",))),  # before the type word
        ("Ghazal (Qizil Mazra'ah) village", ("Ghazal", "village", ("Qizil Mazra'ah",))),
        ("137th Brigade Army Base", ("137th Brigade Army Base", "base", ("Brigade 137",))),  # the press's order
    ],
)
def test_type_words_become_kinds(text, expected):
    assert split_kind(text) == expected


def test_geonames_dump_with_alternate_names():
    places, rejected, skipped = read_geonames(IMP / "SY.txt", alternate_names=IMP / "alternateNamesV2.txt")
    by = {p.id: p for p in places}
    assert by["gn:9000002"].kind == "airbase" and "Taftanaz Military Airport" in by["gn:9000002"].alt_names
    assert by["gn:9000003"].kind == "mountain" and by["gn:168325"].kind == "town"  # P by population
    assert "Tal Kafr Dalil" in by["gn:9000001"].alt_names  # from alternateNamesV2
    assert "Kafr Dalil al-Qadima" not in by["gn:9000001"].alt_names  # historic name left out
    assert not any(n.startswith("http") for p in places for n in p.alt_names)  # links are not names
    assert by["gn:2643743"].alt_names == ()  # a city abroad: known under its main name only
    assert "gn:9000004" not in by and "gn:9000007" not in by  # admin unit; village abroad
    assert skipped["feature class A (not P/S/T/L/H)"] == 1
    assert [(r.path.endswith(f), r.line) for r, f in zip(rejected, ("SY.txt", "SY.txt", "alternateNamesV2.txt"))] == [
        (True, 7),
        (True, 8),
        (True, 6),
    ]
    assert "19 tab-separated columns, found 4" in rejected[0].reason and "latitude 'north'" in rejected[1].reason


def test_ucdp_events_become_places_with_counts_and_dates():
    places, rejected, skipped = read_ucdp(IMP / "ucdp_ged_sample.csv")
    by = {p.name: p for p in places}
    dalil = by["Tall Kafr Dalil"]
    assert (dalil.kind, dalil.events, dalil.first_seen, dalil.last_seen) == ("village", 2, "2017-03-02", "2017-03-06")
    assert dalil.source == "ucdp:ucdp_ged_sample.csv" and dalil.source_ref == "900001 900002"
    # installations keep their type word in the name (the gazetteer also indexes the stem, for cued text)
    assert by["Taftanaz Military Airbase"].kind == "airbase" and by["Atmeh IDP camp"].kind == "camp"
    assert by["Ar Rastan"].kind == "town"
    assert by["Palmyra"].alt_names == ("Tadmur",)
    assert not any("Road" in n or "Governorate" in n for n in by)
    assert skipped == {
        "where_prec 3-6 (an admin unit or wider, not a place)": 1,
        "describes an area or route, not a named place": 1,
    }
    assert [(r.line, r.item) for r in rejected] == [(9, "900008"), (12, "")]
    assert "latitude '35.9x' is not a number" in rejected[0].reason


def test_acled_export():
    places, rejected, skipped = read_acled(IMP / "acled_sample.csv")
    by = {p.name: p for p in places}
    assert by["Kafr Sijnah"].events == 2 and by["Kafr Sijnah"].first_seen == "2019-08-07"  # "07 August 2019"
    assert by["Kafr Sijnah"].country == "SY" and "Idleb" not in by  # precision 3 skipped
    assert [(r.line, r.item) for r in rejected] == [(6, "SYR50005")] and "geo_precision 'x'" in rejected[0].reason
    assert skipped["geo_precision 3 (a region's capital, not the place)"] == 1


@pytest.mark.parametrize("name", ["syr_pplp_sample.csv", "syr_pplp_sample.geojson", "shapefile"])
def test_ocha_populated_places_csv_geojson_shapefile(name, tmp_path):
    path = IMP / name
    if name == "shapefile":  # written here: a Shapefile is four binary files
        path = tmp_path / "syr_pplp_sample.shp"
        gpd.read_file(IMP / "syr_pplp_sample.geojson").dropna(subset=["geometry"]).to_file(path, engine="pyogrio")
    places, rejected, _ = read_cod(path)
    by = {p.id: p for p in places}
    assert set(by) == {"cod:C4210", "cod:C4286", "cod:C4337"}
    hass = by["cod:C4337"]
    assert (hass.name, hass.alt_names, hass.pcode) == ("Hass", ("حاس",), "C4337")
    assert abs(hass.lat - 35.625) < 1e-6 and abs(hass.lon - 36.59) < 1e-6
    if name.endswith(".csv"):
        assert [r.line for r in rejected] == [5, 6] and "91.5" in rejected[0].reason
    elif name.endswith(".geojson"):
        assert len(rejected) == 1 and "no coordinates" in rejected[0].reason


def test_ocha_column_map(tmp_path):
    src = tmp_path / "custom.csv"
    src.write_text("village,arabic,code,Y,X\nHass,حاس,C4337,35.625,36.59\n", encoding="utf-8")
    with pytest.raises(
        GazetteerError, match=r"no column for name; columns found: village, arabic, code, y, x.*--columns"
    ):
        read_cod(src)
    (p,), _, _ = read_cod(
        src, columns={"name": "village", "name_ar": "arabic", "pcode": "code", "lat": "Y", "lon": "X"}
    )
    assert (p.id, p.alt_names) == ("cod:C4337", ("حاس",))


def test_wikipedia_map_marks_become_places_with_kinds_from_their_icons():
    places, rejected, skipped = read_wikimap_places(IMP / "wikimap_marks.tsv")
    by_name = {p.name: p for p in places}
    assert (by_name["Tal Dabbart Debah"].kind, by_name["Tal Dabbart Debah"].lat) == ("hill", 35.063)  # m.gov_hill
    assert by_name["Hamidiyah Air Base"].kind == "airbase"  # m.gov_heli, and its type word kept in the name
    assert by_name["Mazrur Oil Field"].kind == "facility"
    assert by_name["Hamidiyah"].alt_names == ("Al-Hamidiyah",)  # the linked article's title is another name
    assert by_name["Al-Shaykh Badr"].alt_names == ()  # a section of a list article: the same name
    assert "Al-Bustan" in by_name and "Al-Bustan, Syria" not in by_name  # the label's own disambiguation goes
    assert (by_name["Aleppo"].lat, by_name["Aleppo"].alt_names) == (36.2021, ())  # linked to a battle, not the city
    assert skipped["an inset map drawn over the map (Rif_Aleppo2.svg), not a place's mark"] == 1
    assert "Driving school" not in by_name and "Mosul" not in by_name  # common words; outside the area
    assert [p.name for p in places].count("Abu Ajawah") == 1  # a village and its base icon at one point
    assert [(r.line, r.item) for r in rejected] == [(14, "Nowhere")] and "latitude 95.1" in rejected[0].reason
    assert skipped["outside the area of interest"] == 1 and skipped["the same name at the same point again"] == 1
    assert all(p.source == "wikimap:wikimap_marks.tsv" and p.id.startswith("wikimap:") for p in places)
    # a trailing comma goes; an acronym (an actor, "SDF/Russian Military Base") and a bare article are no names
    assert "Rajm Bakr" in by_name and not {"SDF", "Al-", "al-"} & set(by_name)
    assert skipped["no name left besides an article"] == 1 and sum("acronym" in k for k in skipped) == 1


def test_a_table_of_marks_without_longitudes_is_refused(tmp_path):
    src = tmp_path / "marks.tsv"
    src.write_text("lat\tmark\tlabel\n35.1\tm.gov\tKafr Foo\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"marks\.tsv.*no column 'long'"):
        import_file(src, "wikimap", directory=tmp_path)


def test_a_saved_map_module_imports_as_places_and_loads_with_the_gazetteer(gaz_dir, tmp_path):
    lua = TESTDATA / "control" / "2019-08-01_syrian-detailed-map.lua"
    result = import_file(lua, "wikimap", directory=gaz_dir)
    names = {p.name: p for p in result.places}
    # "[[Idlib|Idlib city]]" is the city Idlib; "[[Manbij]]<br/>''SDF''" is Manbij; a mark far outside is skipped
    assert {"Idlib", "Manbij", "Khan Shaykhun", "Maarat al-Numan", "Hezbollah checkpoint"} <= set(names)
    assert names["Hezbollah checkpoint"].alt_names == () and names["Hezbollah checkpoint"].kind == "facility"
    assert result.skipped["outside the area of interest"] == 1
    gaz = load_gazetteer(directory=gaz_dir, cache_dir=tmp_path / "c")
    (khan,) = [p for p in gaz.lookup("Khan Shaykhun") if p.kind != "governorate"]
    assert "wikimap:2019-08-01_syrian-detailed-map.lua" in khan.source  # merged into the existing town
    broken = tmp_path / "broken.lua"
    broken.write_text("return { marks = { { lat = 35.1, long = f(1) } } }", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"broken\.lua.*is this a wikimap file"):
        import_file(broken, "wikimap", directory=gaz_dir)


def test_unknown_or_wrong_format_is_refused_with_the_accepted_formats(tmp_path):
    with pytest.raises(GazetteerError, match="accepted formats: " + ", ".join(FORMATS)):
        import_file(IMP / "SY.txt", "osm", directory=tmp_path)
    with pytest.raises(GazetteerError, match=r"ucdp_ged_sample\.csv.*no line could be read as geonames.*accepted"):
        import_file(IMP / "ucdp_ged_sample.csv", "geonames", directory=tmp_path)
    with pytest.raises(GazetteerError, match=r"missing column.*where_prec.*is this a ucdp file"):
        import_file(IMP / "acled_sample.csv", "ucdp", directory=tmp_path)
    binary = tmp_path / "x.csv"
    binary.write_bytes(b"\xff\xfe\x00\x01\x02" * 100)
    with pytest.raises(GazetteerError, match="accepted formats"):
        import_file(binary, "acled", directory=tmp_path)


def test_importing_twice_changes_nothing(tmp_path):
    first = import_file(IMP / "ucdp_ged_sample.csv", "ucdp", directory=tmp_path)
    data = first.path.read_bytes()
    again = import_file(IMP / "ucdp_ged_sample.csv", "ucdp", directory=tmp_path)
    assert first.changed and not again.changed and again.path == first.path
    assert again.path.read_bytes() == data and len(list((tmp_path / "imported").iterdir())) == 1
    assert first.path == table_path(tmp_path, "ucdp", IMP / "ucdp_ged_sample.csv")


@pytest.fixture()
def gaz_dir(tmp_path):
    d = tmp_path / "gaz"
    shutil.copytree(DATA / "gazetteer", d, ignore=shutil.ignore_patterns("imported"))
    return d


def test_imported_places_load_by_default_and_merge_with_other_sources(gaz_dir, tmp_path):
    before = load_gazetteer(directory=gaz_dir, cache_dir=tmp_path / "c")
    assert not before.lookup("Tall Kafr Dalil")
    for f, fmt in (("SY.txt", "geonames"), ("ucdp_ged_sample.csv", "ucdp"), ("syr_pplp_sample.csv", "cod")):
        import_file(IMP / f, fmt, directory=gaz_dir)
    gaz = load_gazetteer(directory=gaz_dir, cache_dir=tmp_path / "c")  # the cache sees the new tables
    # GeoNames, UCDP and the hand-free spelling "Tell Kafr Dalil" are one place (same point, three sources)
    (dalil,) = gaz.lookup("Tell Kafr Dalil")
    assert dalil.id == "gn:9000001" and dalil.events == 2 and dalil.seen == "2017-03-02/2017-03-06"
    assert "ucdp:ucdp_ged_sample.csv" in dalil.source and dalil.admin1 == "Idlib"  # admin1 from the outlines
    # the OCHA spelling of Saraqib (100 m away) is an alternate name of the GeoNames town, not a second place
    (saraqib,) = [p for p in gaz.lookup("Saraqeb") if p.kind != "governorate"]
    assert saraqib.id == "gn:164816" and "Saraqeb" in saraqib.alt_names
    # the hand row for Hass wins over the OCHA row at the same point
    (hass,) = gaz.lookup("Hass")
    assert hass.id == "sy:hass" and "cod:syr_pplp_sample.csv:C4337" in hass.source
    # the UCDP air base and the GeoNames air base (50 m apart) merge; the airbase keeps its kind
    assert [p.kind for p in gaz.lookup("Taftanaz Military Airport")] == ["airbase"]


def test_hand_rows_win_over_imported_rows(gaz_dir, tmp_path):
    with (gaz_dir / "places.csv").open("a", encoding="utf-8") as fh:
        fh.write("sy:kafr-dalil,Tell Kafr Dalil,,35.9080,36.4080,village,Idlib,SY,,,,test: surveyed position\n")
    import_file(IMP / "ucdp_ged_sample.csv", "ucdp", directory=gaz_dir)
    gaz = load_gazetteer(directory=gaz_dir, cache_dir=tmp_path / "c")
    (p,) = gaz.lookup("Tall Kafr Dalil")
    assert (p.id, p.lat, p.lon, p.events) == ("sy:kafr-dalil", 35.908, 36.408, 2)
    assert "Tall Kafr Dalil" in p.alt_names


def test_twin_villages_and_border_twins_do_not_merge(gaz_dir, tmp_path):
    (gaz_dir / "imported").mkdir()
    src = tmp_path / "twins.csv"
    src.write_text(
        "admin4Name_en,admin4Pcode,latitude,longitude\n"
        "Kherbet al-Kabira,C9001,35.7000,36.7000\nKherbet al-Saghira,C9002,35.7050,36.7050\n",
        encoding="utf-8",
    )
    import_file(src, "cod", directory=gaz_dir)
    gaz = load_gazetteer(directory=gaz_dir, cache_dir=None)
    assert [p.id for p in gaz.lookup("Kherbet al-Kabira")] == ["cod:C9001"]
    assert [p.id for p in gaz.lookup("Kherbet al-Saghira")] == ["cod:C9002"]


def test_candidates_show_scores_and_reasons(gaz):
    cands = Resolver(gaz).candidates("Abu al-Duhur air base")
    best = cands[0]
    assert best.place.kind == "airbase" and best.share > 0.5
    assert any(r.startswith("cue 'base' fits") for r in best.reasons)
    assert abs(best.score - sum(float(r.rsplit(" ", 1)[1]) for r in best.reasons)) < 0.02  # the reasons add up
    assert Resolver(gaz).candidates("Qwertyuiop") == []


def test_the_shipped_ucdp_table_is_what_the_importer_makes(tmp_path):
    """data/gazetteer/imported/ is generated: re-importing the shared UCDP file gives it byte for byte."""
    from tests.conftest import SHARED

    src = SHARED / "data" / "ucdp_ged_syria_2016_2017.csv.gz"
    if not src.exists():
        pytest.skip(f"{src} not found (../shared/data/ is absent)")
    res = import_file(src, "ucdp", directory=tmp_path)
    shipped = table_path(DATA / "gazetteer", "ucdp", src)
    assert res.path.read_bytes() == shipped.read_bytes()
    assert len(res.places) > 1400 and not res.rejected
    # every event of precision 1-2 with a place name is counted at exactly one place
    assert sum(p.events for p in res.places) + sum(res.skipped.values()) == 11_757


def test_the_shipped_map_marks_table_is_what_the_importer_makes(tmp_path):
    """The Wikipedia map's marks in data/gazetteer/imported/ are generated from the transcription in tools/wikimap/
    byte for byte; its one malformed mark (a longitude written "366514.") is reported with its line, not imported."""
    src = DATA.parent / "tools" / "wikimap" / "syrian-civil-war-detailed-map.tsv"
    res = import_file(src, "wikimap", directory=tmp_path)
    assert res.path.read_bytes() == table_path(DATA / "gazetteer", "wikimap", src).read_bytes()
    assert len(res.places) > 5000
    assert [(r.line, r.item) for r in res.rejected] == [(1370, "Kharab Suluq")]


def test_the_wikis_own_module_source_imports_with_its_shared_icon_table(tmp_path):
    """The module's source as saved from the wiki reads its icons from another module (``local m =
    mw.loadData('Module:Middle East conflicts map marks')``): each ``m.x`` is the icon ``x``, whose name gives the kind;
    a mark with only a ``link`` is labelled by it; a module may return its list of marks itself."""
    lua = tmp_path / "detailed-map.lua"
    lua.write_text(
        "local m = mw.loadData('Module:Middle East conflicts map marks')\n"
        "return {\n"
        '  { lat = 35.063, long = 37.2529, mark = m.gov_hill, label = "[[Tal Dabbart Debah]]" },\n'
        '  { lat = 35.99, long = 39.02, mark = m.IS_base, link = "Division 17" },\n'
        "  { lat = 35.1, long = 36.5, mark = m.gov, label = 5 },\n"
        "}\n",
        encoding="utf-8",
    )
    places, rejected, skipped = read_wikimap_places(lua)
    assert {(p.name, p.kind) for p in places} == {("Tal Dabbart Debah", "hill"), ("Division 17", "base")}
    assert not rejected and skipped["mark without a label"] == 1  # (a number is no label)
