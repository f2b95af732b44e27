"""Bases and posts: the shipped table and the reader's checks."""

import datetime as dt

import pytest

from geo import ZoneError, read_bases
from geo.bases import KINDS
from tests.conftest import DATA


def test_shipped_bases_read_cleanly_with_the_twelve_turkish_posts(actors):
    gdf, rejected = read_bases(DATA / "zones" / "bases.csv", actors)
    assert rejected == []
    posts = gdf[(gdf["actor"] == "turkey") & (gdf["kind"] == "observation-post")]
    assert len(posts) == 12 and posts["name"].str.contains("Morek").sum() == 1
    assert {"Khmeimim Air Base", "Tartus naval facility"} <= set(gdf.loc[gdf["actor"] == "russia", "name"])
    tanf = gdf[gdf["name"] == "Al-Tanf garrison"].iloc[0]
    assert (tanf["actor"], tanf["kind"], tanf["estimated"]) == ("coalition", "garrison", False)
    airbases = set(gdf.loc[gdf["kind"] == "air-base", "name"])
    assert {"Abu al-Duhur Military Airbase", "Hama Military Airport", "Kuweires Military Airbase"} <= airbases
    assert {"Nayrab Military Airbase", "Menagh Military Airbase", "Taftanaz Military Airbase"} <= airbases
    assert {"Shayrat Airbase", "Tiyas Military Airbase (T4)"} <= airbases
    assert set(gdf["kind"]) <= set(KINDS) and gdf["source"].str.len().min() > 0
    assert gdf["valid_from"].map(lambda d: isinstance(d, dt.date)).all()
    assert gdf.crs.to_epsg() == 4326 and gdf.geometry.x.iloc[0] == pytest.approx(gdf["lon"].iloc[0])


def test_bad_base_rows_are_rejected_with_line_and_fix_and_good_rows_kept(tmp_path, actors):
    p = tmp_path / "bases.csv"
    p.write_text(
        "name,actor,kind,lat,lon,valid_from,source,estimated,note\n"
        "Good post,Turkish army,observation-post,35.37,36.70,2018-04-07,s,yes,\n"
        "Martian base,martians,air-base,35.1,36.7,,s,no,\n"
        "Odd,turkey,castle,35.1,36.7,,s,no,\n"
        "Swapped,russia,air-base,35.945,35.4117,,s,no,\n"
        "Late,russia,air-base,35.41,35.94,2019-13-01,s,no,\n"
        "Maybe,russia,air-base,35.41,35.94,,s,perhaps,\n",
        encoding="utf-8",
    )
    gdf, rejected = read_bases(p, actors)
    assert list(gdf["name"]) == ["Good post"] and gdf["actor"].iloc[0] == "turkey"  # alias resolved to the id
    why = {r.line: r.reason for r in rejected}
    assert sorted(why) == [3, 4, 5, 6, 7]
    assert "unknown actor 'martians'" in why[3] and "turkey" in why[3]
    assert "castle" in why[4] and "observation-post" in why[4]
    assert "swapped" in why[5]
    assert "2019-13-01" in why[6] and "yes/no" in why[7]
    with pytest.raises(ZoneError) as err:
        read_bases(p, actors, strict=True)
    assert err.value.line == 3 and str(p) in str(err.value)


def test_missing_columns_name_the_file(tmp_path, actors):
    p = tmp_path / "bases.csv"
    p.write_text("name,lat,lon\nX,35,36\n", encoding="utf-8")
    with pytest.raises(ZoneError, match="missing column\\(s\\) actor, kind"):
        read_bases(p, actors)
