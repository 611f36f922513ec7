"""The local Dask cluster of `khronika ingest --workers N` does its housekeeping rarely: its
system monitor, loop ticks and memory checks cost CPU every second in the ingest's own process
(the scheduler and the nannies live there) and its workers' profiler samples the analysis, all
for a dashboard the cluster does not serve (issue 14, part S23)."""
from __future__ import annotations

import pytest

pytest.importorskip("distributed")


def test_a_local_cluster_keeps_its_housekeeping_rare():
    from khronika.ingest import stages
    client = stages.dask_client(1)
    try:
        sched = client.cluster.scheduler.periodic_callbacks
        assert sched["monitor"].callback_time >= 5000
        assert sched["tick"].callback_time >= 500
        for nanny in client.cluster.workers.values():
            assert nanny.periodic_callbacks["memory_monitor"].callback_time >= 1000
        seen = client.run(lambda dask_worker: sorted(dask_worker.periodic_callbacks))
        assert seen and all("profile" not in names for names in seen.values())
    finally:
        cluster = client.cluster
        client.close()
        cluster.close()


def test_the_settings_stay_with_the_local_cluster():
    """What the ingest's process configures for Dask otherwise is left as it was."""
    import dask
    from khronika.ingest import stages
    before = dask.config.get("distributed.admin.system-monitor.interval")
    client = stages.dask_client(1)
    try:
        assert dask.config.get("distributed.admin.system-monitor.interval") == before
    finally:
        cluster = client.cluster
        client.close()
        cluster.close()
