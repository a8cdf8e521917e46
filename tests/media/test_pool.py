"""The worker pool: a hang, a crash or a memory blow-up of a parser is a coded per-task error, never the app's."""

from __future__ import annotations

import time

import pytest

from evidenceapp.core.errors import MetadataFailed, MetadataTimeout
from evidenceapp.media.pool import WorkerPool


@pytest.fixture(params=["rlimit", "watch"])
def pool(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):
    """Each test runs with the child limiting itself (Linux, macOS) and with the parent's psutil watchdog (the
    Windows design, forced here)."""
    monkeypatch.setenv("EVIDENCEAPP_MEM_GUARD", request.param)
    p = WorkerPool(size=2, mem_limit=512 * 1024 * 1024)
    yield p
    p.close()


def test_hang_is_stopped_at_the_timeout_and_the_pool_recovers(pool: WorkerPool) -> None:
    started = time.monotonic()
    with pytest.raises(MetadataTimeout) as info:
        pool.run("sleep", {"seconds": 60}, timeout=1.0, label="hang.jpg")
    assert time.monotonic() - started < 3
    assert info.value.code == "E_METADATA_TIMEOUT"
    assert "hang.jpg" in info.value.message and "1 s" in info.value.message
    assert pool.restarts == 1
    assert pool.run("sleep", {"seconds": 0}) == {"slept": 0}  # a fresh child took over


def test_native_crash_is_a_metadata_failure(pool: WorkerPool) -> None:
    with pytest.raises(MetadataFailed) as info:
        pool.run("crash", {}, label="evil.heic")
    assert "crashed" in info.value.message and "evil.heic" in info.value.message
    assert pool.run("sleep", {"seconds": 0}) == {"slept": 0}


def test_memory_limit_stops_a_runaway_allocation(pool: WorkerPool) -> None:
    with pytest.raises(MetadataFailed) as info:
        pool.run("alloc", {"mb": 2048})  # 2 GiB > the 512 MiB address-space limit
    assert "memory" in info.value.message
    assert pool.run("alloc", {"mb": 16}) == {"allocated": 16 * 1024 * 1024}


def test_two_workers_run_in_parallel(pool: WorkerPool) -> None:
    warm = [pool.submit("sleep", {"seconds": 0.5}) for _ in range(2)]  # both children started before timing
    assert [f.result() for f in warm] == [{"slept": 0.5}] * 2
    started = time.monotonic()
    futures = [pool.submit("sleep", {"seconds": 2.0}) for _ in range(2)]
    assert [f.result() for f in futures] == [{"slept": 2.0}] * 2
    assert time.monotonic() - started < 3.8  # one after the other would take 4 s (margin for a loaded machine)
    assert len(pool.child_pids()) == 2


def test_closed_pool_leaves_no_children() -> None:
    p = WorkerPool(size=2)
    p.run("sleep", {"seconds": 0})
    pids = p.child_pids()
    assert pids
    p.close()
    assert p.child_pids() == []
