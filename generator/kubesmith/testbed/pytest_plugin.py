"""pytest fixtures for tests against the real control plane.

Enable with ``pytest_plugins = ["kubesmith.testbed.pytest_plugin"]`` in a conftest.py.
Tests using these fixtures should be marked ``@pytest.mark.cluster``.
"""

from __future__ import annotations

import contextlib
import sys
import time
import uuid
from collections.abc import Callable, Iterator

import pytest

from kubesmith.testbed.cluster import Testbed, TestbedError


@contextlib.contextmanager
def _uncaptured(config: pytest.Config) -> Iterator[None]:
    """Let build progress reach the terminal: a cold build takes many minutes."""
    capman = config.pluginmanager.getplugin("capturemanager")
    if capman is None:
        yield
        return
    with capman.global_and_fixture_disabled():
        yield


@pytest.fixture(scope="session")
def testbed_cluster(request: pytest.FixtureRequest) -> Iterator[Testbed]:
    """The running testbed, shared by the whole session (binaries are built if missing)."""
    tb = Testbed(log=sys.stderr)
    with _uncaptured(request.config):
        tb.start()
    try:
        yield tb
    finally:
        tb.stop()


def create_namespace(tb: Testbed, prefix: str = "kubesmith-test-", timeout: float = 120.0) -> str:
    """Create a namespace and wait until pods can be created in it (default SA exists).

    The wait is long because after an API server restart the controller-manager's informers
    come back with backoff before its service-account controller creates the SA.
    """
    name = f"{prefix}{uuid.uuid4().hex[:8]}"
    manifest = {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name}}
    resp = tb.admin.request("POST", "/api/v1/namespaces", manifest)
    if resp.status != 201:
        raise TestbedError(f"creating namespace {name}: HTTP {resp.status}: {resp.body!r}")
    deadline = time.monotonic() + timeout
    while tb.admin.get(f"/api/v1/namespaces/{name}/serviceaccounts/default").status != 200:
        if time.monotonic() > deadline:
            raise TestbedError(f"namespace {name}: default ServiceAccount never appeared")
        time.sleep(0.1)
    return name


def delete_namespace(tb: Testbed, name: str) -> None:
    # Deletion finishes asynchronously (the namespace controller empties it first).
    tb.admin.request("DELETE", f"/api/v1/namespaces/{name}")


@pytest.fixture
def testbed_namespace(testbed_cluster: Testbed) -> Iterator[str]:
    """A fresh namespace for one test, deleted afterwards."""
    name = create_namespace(testbed_cluster)
    try:
        yield name
    finally:
        if testbed_cluster.running:
            delete_namespace(testbed_cluster, name)


@pytest.fixture
def restart_apiserver(testbed_cluster: Testbed) -> Callable[[], None]:
    """Call it to restart kube-apiserver mid-test (same port, same etcd data)."""
    return testbed_cluster.restart_apiserver
