"""Geoparsing on Dask: a local distributed cluster gives the same answer as in-process."""
import dataclasses

import pytest

from geo import pipeline, read_reports
from geo.settings import DEFAULTS
from tests.conftest import DATA


def _flat(resolved):
    return [(r.mention.report_id, r.mention.start, r.place.id if r.place else None, r.confidence)
            for res in resolved for r in res]


@pytest.mark.slow
def test_distributed_cluster_matches_in_process(cache_dir, gaz, actors):
    distributed = pytest.importorskip("distributed")
    settings = dataclasses.replace(DEFAULTS, cache_dir=cache_dir)
    reports = list(read_reports(DATA / "reports").reports)
    expected = pipeline.geoparse(reports, gaz, actors, settings=settings)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cl, \
            distributed.Client(cl) as client:
        got = pipeline.geoparse_dask(reports, settings=settings, scheduler=client)
        assert len(client.scheduler_info()["workers"]) == 2
    assert _flat(got) == _flat(expected)


@pytest.mark.slow
def test_local_processes_match_in_process(cache_dir, gaz, actors):
    settings = dataclasses.replace(DEFAULTS, cache_dir=cache_dir)
    reports = list(read_reports(DATA / "reports").reports)
    assert _flat(pipeline.geoparse_dask(reports, settings=settings, workers=2)) == \
        _flat(pipeline.geoparse(reports, gaz, actors, settings=settings))
