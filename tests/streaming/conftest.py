"""Fixtures of the streaming tests against the testbed: clients, a running pod, etcd."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from kubeclient import client, config
from kubesmith.testbed import Testbed
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
