"""The shipped bases-and-posts table (read by geo.zonefiles.read_bases)."""

import datetime as dt

import pytest

from geo.zonefiles import read_bases
from tests.conftest import DATA


def test_shipped_bases_read_cleanly_with_the_twelve_turkish_posts(actors):
    gdf, rejected = read_bases(DATA / "zones" / "bases.csv", actors)
    assert rejected == []
    posts = gdf[(gdf["actor"] == "turkey") & (gdf["kind"] == "observation post")]
    assert len(posts) == 12 and posts["name"].str.contains("Morek").sum() == 1
    assert posts["estimated"].all()  # positions of the posts are estimates (data/SOURCES.md)
    assert {"Khmeimim Air Base", "Tartus naval facility"} <= set(gdf.loc[gdf["actor"] == "russia", "name"])
    tanf = gdf[gdf["name"] == "Al-Tanf garrison"].iloc[0]
    assert (tanf["actor"], tanf["kind"], bool(tanf["estimated"])) == ("coalition", "garrison", False)
    airbases = set(gdf.loc[gdf["kind"] == "air base", "name"])
    assert {"Abu al-Duhur Military Airbase", "Hama Military Airport", "Kuweires Military Airbase"} <= airbases
    assert {"Nayrab Military Airbase", "Menagh Military Airbase", "Taftanaz Military Airbase"} <= airbases
    assert {"Shayrat Airbase", "Tiyas Military Airbase (T4)"} <= airbases
    assert gdf["source"].str.len().min() > 0
    assert gdf["valid_from"].map(lambda d: isinstance(d, dt.date)).all()
    assert gdf.crs.to_epsg() == 4326
    morek = gdf[gdf["name"].str.contains("Morek")].geometry.iloc[0]
    assert (morek.y, morek.x) == pytest.approx((35.37, 36.70))
