"""Geoparsing on Dask: a local distributed cluster gives the same answer as in-process."""

import dataclasses

import pytest

from geo import pipeline, read_reports
from geo.settings import DEFAULTS
from tests.conftest import DATA


def _flat(resolved):
    return [
        (r.mention.report_id, r.mention.start, r.place.id if r.place else None, r.confidence)
        for res in resolved
        for r in res
    ]


@pytest.mark.slow
def test_distributed_cluster_matches_in_process(cache_dir, gaz, actors):
    distributed = pytest.importorskip("distributed")
    settings = dataclasses.replace(DEFAULTS, cache_dir=cache_dir)
    reports = list(read_reports(DATA / "reports").reports)
    expected = pipeline.geoparse_reports(reports, gaz, actors, settings=settings)
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cl,
        distributed.Client(cl) as client,
    ):
        got = pipeline.geoparse_dask(reports, settings=settings, scheduler=client)
        assert len(client.scheduler_info()["workers"]) == 2
    assert _flat(got) == _flat(expected)


@pytest.mark.slow
def test_local_processes_match_in_process(cache_dir, gaz, actors):
    settings = dataclasses.replace(DEFAULTS, cache_dir=cache_dir)
    reports = list(read_reports(DATA / "reports").reports)
    assert _flat(pipeline.geoparse_dask(reports, settings=settings, workers=2)) == _flat(
        pipeline.geoparse_reports(reports, gaz, actors, settings=settings)
    )


def _controllers(maps):
    import geopandas as gpd

    rows = []
    for layer in ("places", "areas"):
        df = gpd.read_file(maps / "layers.gpkg", layer=layer, engine="pyogrio")
        rows += sorted(zip([layer] * len(df), df["date"].astype(str), df["place_id"], df["controller"]))
    return rows


@pytest.mark.slow
def test_zone_assignment_on_a_cluster_matches_in_process(tmp_path, cache_dir, data_copy):
    """A whole run on a local cluster (and on local processes): every place and area gets
    the same controller on the same date as in one process, and the work really reached
    the cluster's workers."""
    distributed = pytest.importorskip("distributed")
    runs = {}
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cl,
        distributed.Client(cl) as client,
    ):
        for name, kw in (("local", {}), ("cluster", {"scheduler": client}), ("processes", {"workers": 2})):
            s = dataclasses.replace(DEFAULTS, data_dir=data_copy, out_dir=tmp_path / name, cache_dir=cache_dir)
            assert pipeline.run(s, online_tiles=False, **kw).exit_code == 0
            runs[name] = _controllers(tmp_path / name)
        done = {
            k.split("-")[0] for k in client.run_on_scheduler(lambda dask_scheduler: list(dask_scheduler.task_prefixes))
        }
    assert {"assign_partition", "geoparse_partition"} <= done
    assert len(runs["local"]) > 100 and {c for *_, c in runs["local"]} >= {"government", "opposition"}
    assert runs["cluster"] == runs["local"] == runs["processes"]
