"""The seed snippets of the generator issue, run against the real server.

Each snippet is the official client's code with only the import line changed
(``from kubernetes import client, config`` -> ``from kubeclient import client, config``).
``config.load_kube_config()`` without arguments reads ``KUBECONFIG``, pointed at the
testbed's kubeconfig; the process default configuration is restored afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers import deployment, new_client, wait_deployment_available, wait_running_pods
from kubeclient import client, config
from kubeclient.client.configuration import Configuration
from kubesmith.testbed import Testbed

pytestmark = pytest.mark.cluster


@pytest.fixture
def kubeconfig_env(testbed_cluster: Testbed, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """KUBECONFIG points at the testbed; the default configuration is put back afterwards."""
    monkeypatch.setenv("KUBECONFIG", str(testbed_cluster.kubeconfig))
    monkeypatch.setattr(Configuration, "_default", None)
    yield


@pytest.fixture
def setup_client(testbed_cluster: Testbed) -> Iterator[client.ApiClient]:
    """A separate client to prepare and check what the snippets work on."""
    with new_client(testbed_cluster) as api_client:
        yield api_client


@pytest.mark.usefixtures("kubeconfig_env")
def test_list_pods(setup_client: client.ApiClient) -> None:
    config.load_kube_config()
    api = client.CoreV1Api()
    pod_list = api.list_namespaced_pod("default")

    assert isinstance(pod_list, client.V1PodList)
    assert pod_list.kind == "PodList"
    assert pod_list.metadata.resource_version
    expected = client.CoreV1Api(setup_client).list_namespaced_pod("default")
    assert [p.metadata.name for p in pod_list.items] == [p.metadata.name for p in expected.items]


@pytest.mark.usefixtures("kubeconfig_env")
def test_create_pod_from_models(setup_client: client.ApiClient, testbed_namespace: str) -> None:
    namespace = testbed_namespace

    config.load_kube_config()
    api = client.CoreV1Api()
    pod = client.V1Pod(
        metadata=client.V1ObjectMeta(name="myapp"),
        spec=client.V1PodSpec(
            containers=[client.V1Container(name="myapp", image="my_cool_image:v1")]
        ),
    )
    api.create_namespaced_pod(namespace=namespace, body=pod)

    core = client.CoreV1Api(setup_client)
    created = core.read_namespaced_pod("myapp", namespace)
    assert created.spec.containers[0].image == "my_cool_image:v1"
    # KWOK plays the kubelet: the pod really gets scheduled and runs
    running = wait_running_pods(core, namespace, "", 1)
    assert running[0].metadata.name == "myapp"


def _prepared_deployment(api_client: client.ApiClient, namespace: str, name: str) -> None:
    apps = client.AppsV1Api(api_client)
    apps.create_namespaced_deployment(namespace, deployment(name, 1))
    # settled, so no controller update races the read-modify-patch below
    wait_deployment_available(apps, namespace, name, 1)


@pytest.mark.usefixtures("kubeconfig_env")
def test_patch_deployment_replicas_with_the_model(
    setup_client: client.ApiClient, testbed_namespace: str
) -> None:
    _prepared_deployment(setup_client, testbed_namespace, "seed-model")
    name, namespace = "seed-model", testbed_namespace

    config.load_kube_config()
    api = client.AppsV1Api()
    deployment = api.read_namespaced_deployment(name=name, namespace=namespace)
    deployment.spec.replicas = 3
    api_response = api.patch_namespaced_deployment(name=name, namespace=namespace, body=deployment)

    assert api_response.spec.replicas == 3
    wait_deployment_available(client.AppsV1Api(setup_client), namespace, name, 3)


@pytest.mark.usefixtures("kubeconfig_env")
def test_patch_deployment_replicas_with_json_patch(
    setup_client: client.ApiClient, testbed_namespace: str
) -> None:
    _prepared_deployment(setup_client, testbed_namespace, "seed-json")
    name, namespace = "seed-json", testbed_namespace

    config.load_kube_config()
    api = client.AppsV1Api()
    body = [{"op": "replace", "path": "/spec/replicas", "value": 3}]
    api_response = api.patch_namespaced_deployment(name=name, namespace=namespace, body=body)

    assert api_response.spec.replicas == 3
    wait_deployment_available(client.AppsV1Api(setup_client), namespace, name, 3)
