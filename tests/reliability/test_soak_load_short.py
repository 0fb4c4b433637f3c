"""Short forms of the soak and the load (``make soak`` and ``make load`` run the long ones):
the same scenarios and checks on the session's testbed, scaled down to about two minutes."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from kubesmith.testbed import Testbed
from kubesmith.testbed.pytest_plugin import create_namespace, delete_namespace

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from reliability.load import run_load  # noqa: E402
from reliability.sessions import run_sessions  # noqa: E402
from reliability.soak import SoakOptions, run_soak  # noqa: E402

pytestmark = pytest.mark.cluster


@pytest.fixture
def settle(testbed_cluster: Testbed) -> Iterator[None]:
    """After API server restarts (and compactions) the controllers relist with backoff: wait
    until they work again, so the tests after this one do not pay for it."""
    yield
    if testbed_cluster.running:
        probe = create_namespace(testbed_cluster, prefix="kubesmith-settle-", timeout=180)
        delete_namespace(testbed_cluster, probe)


def test_soak_short(testbed_cluster: Testbed, settle: None) -> None:
    options = SoakOptions(minutes=0.7, objects=300, churn_rate=10, restart_every=20, token_ttl=5)
    result = run_soak(testbed_cluster, options, log=lambda *_: None)
    assert result["findings"] == []
    assert result["api_server_restarts"] >= 1
    for figures in result["informers"].values():
        assert figures["events_checked"] >= 300
        assert figures["cache_equals_list"]
    credential = result["exec_credential"]
    assert credential["plugin_runs"] >= 3
    assert credential.get("watch events", 0) > 0


def test_sessions_short(testbed_cluster: Testbed) -> None:
    result = run_sessions(testbed_cluster, 25, log=lambda *_: None)
    assert result["findings"] == []
    assert result["exec"]["sessions"] == result["port_forward"]["sessions"] == 25


def test_load_short(testbed_cluster: Testbed) -> None:
    result = run_load(
        testbed_cluster,
        concurrent=200,
        threads=40,
        per_thread=5,
        watches=20,
        watch_objects=10,
        qps=100.0,
        burst=20,
        pool=20,
        log=lambda *_: None,
    )
    assert result["findings"] == []
    assert all(f["errors"] == 0 for f in result["requests"].values())
    assert result["watches"]["events_checked"] == 20 * 10
