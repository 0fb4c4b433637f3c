"""Fixtures of the streaming tests against the testbed: clients, a running pod, etcd."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from kubeclient import client, config
from kubesmith.testbed import Testbed
from kubesmith.testbed.pytest_plugin import create_namespace, delete_namespace
from streaming_support import wait_for


@pytest.fixture
def api_client(testbed_cluster: Testbed) -> Iterator[client.ApiClient]:
    api = config.new_client_from_config(config_file=str(testbed_cluster.kubeconfig))
    try:
        yield api
    finally:
        api.close()


@pytest.fixture
def v1(api_client: client.ApiClient) -> client.CoreV1Api:
    return client.CoreV1Api(api_client)


@pytest.fixture
def pod(v1: client.CoreV1Api, testbed_namespace: str) -> str:
    """A Running pod (KWOK) with one container ``main``."""
    body = client.V1Pod(
        metadata=client.V1ObjectMeta(name="box"),
        spec=client.V1PodSpec(
            containers=[client.V1Container(name="main", image="registry.invalid/box:1")]
        ),
    )
    v1.create_namespaced_pod(testbed_namespace, body)
    wait_for(
        "the pod to run",
        lambda: (
            getattr(v1.read_namespaced_pod("box", testbed_namespace).status, "phase", None)
            == "Running"
        ),
    )
    return "box"


@pytest.fixture
def restart_and_settle(
    testbed_cluster: Testbed, restart_apiserver: Callable[[], None]
) -> Iterator[Callable[[], None]]:
    """``restart_apiserver``, and afterwards wait until the controllers work again (a new
    namespace gets its default ServiceAccount): after a restart, and more so after a
    compaction, the controller-manager's reflectors back off and relist, and the tests that
    follow in the session must not pay for it."""
    used: list[bool] = []

    def restart() -> None:
        used.append(True)
        restart_apiserver()

    yield restart
    if used and testbed_cluster.running:
        probe = create_namespace(testbed_cluster, prefix="kubesmith-settle-", timeout=180)
        delete_namespace(testbed_cluster, probe)
