"""One ApiClient used by many threads at once: what the load scenario (reliability/load.py)
found."""

from __future__ import annotations

import threading
import time
from types import SimpleNamespace
from typing import Any

import pytest
from kubeclient.client import ApiClient, _core
from kubeclient.client.configuration import Configuration


def test_threads_starting_at_once_share_one_bucket(monkeypatch: pytest.MonkeyPatch) -> None:
    """64 threads make their first request at the same moment: only ``burst`` of them may go
    without waiting (with a bucket each, every thread got a whole burst). Creating a bucket
    is made slow, so that the threads do overlap there."""
    original = _core._TokenBucket.__init__

    def slow_init(self: Any, qps: float, burst: int) -> None:
        original(self, qps, burst)
        time.sleep(0.01)

    monkeypatch.setattr(_core._TokenBucket, "__init__", slow_init)
    cfg = Configuration(host="http://127.0.0.1:1")
    cfg.qps, cfg.burst = 1.0, 3
    api = ApiClient(cfg)
    request = SimpleNamespace(name="list", query=[])
    barrier = threading.Barrier(64)
    delays: list[float] = []
    lock = threading.Lock()

    def first_request() -> None:
        barrier.wait()
        delay = api._throttle(request)  # type: ignore[arg-type]
        with lock:
            delays.append(delay)

    threads = [threading.Thread(target=first_request) for _ in range(64)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(1 for delay in delays if delay == 0) == 3
    # the others queue behind each other, one second apart
    assert sorted(delays)[-1] >= 60


def test_threads_starting_at_once_share_one_connection_pool() -> None:
    """32 threads make their first request at the same moment: one TLS context, so one pool
    (each thread building its own context replaced the pool, and connections went past
    ``connection_pool_maxsize``)."""
    cfg = Configuration(host="https://127.0.0.1:1")
    api = ApiClient(cfg)
    barrier = threading.Barrier(32)
    pools: list[int] = []
    lock = threading.Lock()

    def first_request() -> None:
        barrier.wait()
        pool = api.http
        with lock:
            pools.append(id(pool))

    threads = [threading.Thread(target=first_request) for _ in range(32)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert len(set(pools)) == 1
        assert api._retired == []
    finally:
        api.close()
