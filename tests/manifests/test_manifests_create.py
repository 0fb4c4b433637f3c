"""``create_from_yaml`` / ``create_from_directory`` and ``wait`` against the testbed: the
directory tests/manifests/data (a Namespace, a CRD and its custom resources, a Deployment, a
Service, a ConfigMap), plainly and with server-side apply, and bad input."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from kubeclient import client, utils
from kubeclient.aio import client as aio_client
from kubeclient.aio import config as aio_config
from kubeclient.aio import utils as aio_utils
from kubeclient.client.exceptions import ApiException
from kubeclient.dynamic import ResourceInstance
from kubeclient.utils import FailToCreateError, wait
from kubesmith.testbed import Testbed
from manifests_support import (
    DATA,
    DATA_CRD,
    DATA_GROUP,
    DATA_NAMESPACE,
    IMAGE,
    exists,
    new_client,
    remove_data_objects,
    unique,
)

pytestmark = pytest.mark.cluster


@pytest.fixture(scope="module")
def api(testbed_cluster: Testbed) -> Iterator[client.ApiClient]:
    with new_client(testbed_cluster) as api_client:
        yield api_client


@pytest.fixture
def data_objects(api: client.ApiClient) -> Iterator[None]:
    """The objects of tests/manifests/data are removed before and after the test."""
    remove_data_objects(api)
    yield
    remove_data_objects(api)


def _gadgets(api: client.ApiClient) -> list[dict[str, Any]]:
    listed = client.CustomObjectsApi(api).list_namespaced_custom_object(
        DATA_GROUP, "v1", DATA_NAMESPACE, "gadgets"
    )
    return list(listed["items"])


def _check_data_objects(api: client.ApiClient, result: list[list[list[Any]]]) -> None:
    # one entry per file, sorted by name; one list per document
    app, config_map, crd, gadgets, namespace = result
    (deployment,), (service,) = app
    dep: Any = deployment
    svc: Any = service
    assert isinstance(deployment, client.V1Deployment)
    # the Deployment names no namespace: the caller's default
    assert dep.metadata.namespace == DATA_NAMESPACE
    assert isinstance(service, client.V1Service)
    assert svc.spec.ports[0].port == 80
    assert isinstance(config_map[0][0], client.V1ConfigMap)
    assert config_map[0][0].data == {"greeting": "hello", "retries": "3"}
    assert isinstance(crd[0][0], client.V1CustomResourceDefinition)
    # a plain document, then a List of two
    assert [[g.metadata.name for g in doc] for doc in gadgets] == [["alpha"], ["beta", "gamma"]]
    assert all(isinstance(g, ResourceInstance) for doc in gadgets for g in doc)
    assert gadgets[1][0].spec.ports == [80, 443]
    assert isinstance(namespace[0][0], client.V1Namespace)

    names = sorted(item["metadata"]["name"] for item in _gadgets(api))
    assert names == ["alpha", "beta", "gamma"]

    ready = wait.for_condition(api, deployment, "Available", timeout=120)
    assert isinstance(ready, client.V1Deployment)
    assert ready.to_dict()["status"]["available_replicas"] == 2
    established = wait.for_condition(
        api, client.V1CustomResourceDefinition, "Established", name=DATA_CRD, timeout=30
    )
    assert established.status.accepted_names.kind == "Gadget"


def test_create_from_directory(api: client.ApiClient, data_objects: None) -> None:
    result = utils.create_from_directory(api, DATA, namespace=DATA_NAMESPACE)
    _check_data_objects(api, result)
    # a second plain create: every object exists; all reported, nothing else done
    with pytest.raises(FailToCreateError) as excinfo:
        utils.create_from_directory(api, DATA, namespace=DATA_NAMESPACE)
    failures = excinfo.value.failures
    assert len(failures) == 8
    assert all(isinstance(f.error, ApiException) and f.error.status == 409 for f in failures)
    assert len(excinfo.value.api_exceptions) == 8
    assert excinfo.value.created == []
    text = str(excinfo.value)
    assert f"{DATA / 'app.yaml'}, document 1: Service 'web': HTTP 409 AlreadyExists" in text
    assert f"{DATA / 'gadgets.yaml'}, document 1, item 0: Gadget 'beta'" in text
    assert "nothing was created" in text


def test_create_from_directory_apply(api: client.ApiClient, data_objects: None) -> None:
    result = utils.create_from_directory(
        api, DATA, namespace=DATA_NAMESPACE, apply=True, field_manager="kubesmith-tests"
    )
    _check_data_objects(api, result)
    deployment = result[0][0][0]
    managers = {(m.manager, m.operation) for m in deployment.metadata.managed_fields}
    assert ("kubesmith-tests", "Apply") in managers

    # applying again changes nothing
    again = utils.create_from_directory(
        api, DATA, namespace=DATA_NAMESPACE, apply=True, field_manager="kubesmith-tests"
    )
    redeployed = again[0][0][0]
    assert redeployed.metadata.uid == deployment.metadata.uid
    assert redeployed.metadata.generation == deployment.metadata.generation

    # an edited manifest: the applied change lands
    text = (DATA / "configmap.yaml").read_text().replace("hello", "bonjour")
    changed = utils.create_from_dict(
        api, yaml.safe_load(text), apply=True, field_manager="kubesmith-tests"
    )
    assert changed[0].data["greeting"] == "bonjour"


def test_create_from_yaml_dry_run_and_default_namespace(
    api: client.ApiClient, testbed_namespace: str
) -> None:
    source = yaml.safe_dump(
        {
            "apiVersion": "v1",
            "kind": "ConfigMap",
            "metadata": {"name": "dry"},
            "data": {"a": "1"},
        }
    )
    core = client.CoreV1Api(api)
    objects = [yaml.safe_load(source)]
    (created,) = utils.create_from_yaml(
        api, yaml_objects=objects, namespace=testbed_namespace, dry_run="All"
    )
    assert created[0].metadata.namespace == testbed_namespace
    assert not exists(lambda: core.read_namespaced_config_map("dry", testbed_namespace))
    utils.create_from_yaml(api, yaml_objects=objects, namespace=testbed_namespace)
    assert core.read_namespaced_config_map("dry", testbed_namespace).data == {"a": "1"}


# -- bad input -------------------------------------------------------------------------------


def _write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(text)
    return path


def _cm(name: str, namespace: str) -> str:
    return (
        f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\n"
        f"  namespace: {namespace}\ndata:\n  a: '1'\n"
    )


def test_malformed_yaml_creates_nothing(
    api: client.ApiClient, testbed_namespace: str, tmp_path: Path
) -> None:
    ns = testbed_namespace
    _write(tmp_path, "a-good.yaml", _cm("good", ns))
    bad = _write(tmp_path, "b-bad.yaml", _cm("first", ns) + "---\nkind: ConfigMap\n  bad: [\n")
    with pytest.raises(FailToCreateError) as excinfo:
        utils.create_from_directory(api, tmp_path)
    text = str(excinfo.value)
    assert f"{bad}, document 1: invalid YAML" in text
    assert "nothing was created" in text
    core = client.CoreV1Api(api)
    assert not exists(lambda: core.read_namespaced_config_map("good", ns))
    assert not exists(lambda: core.read_namespaced_config_map("first", ns))


def test_unknown_and_unserved_kinds_create_nothing(
    api: client.ApiClient, testbed_namespace: str, tmp_path: Path
) -> None:
    ns = testbed_namespace
    path = _write(
        tmp_path,
        "app.yaml",
        "\n---\n".join(
            [
                _cm("fine", ns),
                "apiVersion: v1\nkind: Gizmo\nmetadata:\n  name: g\n",
                "apiVersion: apps/v1beta1\nkind: Deployment\nmetadata:\n  name: d\n",
                "apiVersion: example.invalid/v1\nkind: Gadget\nmetadata:\n  name: x\n",
                "apiVersion: v1\nmetadata:\n  name: nokind\n",
            ]
        ),
    )
    with pytest.raises(FailToCreateError) as excinfo:
        utils.create_from_yaml(api, path, namespace=ns)
    error = excinfo.value
    assert [f.manifest.document for f in error.failures if f.manifest] == [1, 2, 3, 4]
    text = str(error)
    assert f"{path}, document 1: the server serves v1 but no kind 'Gizmo' in it" in text
    assert (
        f"{path}, document 2: the server does not serve apps/v1beta1 "
        "(kind 'Deployment' is served in apps/v1)"
    ) in text
    assert f"{path}, document 3: the server does not serve kind 'Gadget' (example.invalid/v1)" in (
        text
    )
    assert f"{path}, document 4: no kind" in text
    assert error.created == []
    assert not exists(lambda: client.CoreV1Api(api).read_namespaced_config_map("fine", ns))


def test_server_rejection_reports_what_was_created(
    api: client.ApiClient, testbed_namespace: str, tmp_path: Path
) -> None:
    ns = testbed_namespace
    invalid_deployment = (
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: broken\n"
        f"spec:\n  template:\n    spec:\n      containers:\n        - name: c\n"
        f"          image: {IMAGE}\n"
    )
    path = _write(
        tmp_path, "mixed.yaml", "---\n".join([_cm("one", ns), invalid_deployment, _cm("two", ns)])
    )
    with pytest.raises(FailToCreateError) as excinfo:
        utils.create_from_yaml(api, path, namespace=ns)
    error = excinfo.value
    (failure,) = error.failures
    assert failure.manifest is not None and failure.manifest.document == 1
    assert isinstance(failure.error, ApiException) and failure.error.status == 422
    assert f"{path}, document 1: Deployment 'broken': HTTP 422 Invalid" in str(error)
    assert sorted(obj.metadata.name for obj in error.created) == ["one", "two"]
    assert "created anyway (2):" in str(error)
    core = client.CoreV1Api(api)
    assert core.read_namespaced_config_map("one", ns).data == {"a": "1"}
    assert core.read_namespaced_config_map("two", ns).data == {"a": "1"}


def test_custom_resource_of_unserved_crd_version(
    api: client.ApiClient, testbed_namespace: str, tmp_path: Path
) -> None:
    crd = (DATA / "crd.yaml").read_text().replace("manifests.kubesmith.test", "v9.kubesmith.test")
    gadget = (
        "apiVersion: v9.kubesmith.test/v2\nkind: Gadget\nmetadata:\n  name: g\n"
        f"  namespace: {testbed_namespace}\n"
    )
    path = _write(tmp_path, "crd.yaml", crd + "---\n" + gadget)
    with pytest.raises(FailToCreateError) as excinfo:
        utils.create_from_yaml(api, path)
    assert (
        f"{path}, document 1: version 'v2' of Gadget is not served by the "
        "CustomResourceDefinition gadgets.v9.kubesmith.test in this batch (served: v1)"
    ) in str(excinfo.value)
    ext = client.ApiextensionsV1Api(api)
    assert not exists(lambda: ext.read_custom_resource_definition("gadgets.v9.kubesmith.test"))


# -- asyncio ---------------------------------------------------------------------------------


def test_async_create_from_yaml_and_wait(
    testbed_cluster: Testbed, testbed_namespace: str, tmp_path: Path
) -> None:
    ns = testbed_namespace
    group = f"{unique('aio')}.kubesmith.test"
    crd = (DATA / "crd.yaml").read_text().replace("manifests.kubesmith.test", group)
    gadget = f"apiVersion: {group}/v1\nkind: Gadget\nmetadata:\n  name: g\nspec:\n  size: 7\n"
    app = (DATA / "app.yaml").read_text().replace(f"namespace: {DATA_NAMESPACE}", "")
    path = _write(tmp_path, "all.yaml", "---\n".join([gadget, app, crd]))

    async def main() -> None:
        async with await aio_config.new_client_from_config(
            config_file=str(testbed_cluster.kubeconfig), context="admin"
        ) as api_client:
            try:
                result = await aio_utils.create_from_yaml(
                    api_client, path, namespace=ns, apply=True, field_manager="aio-tests"
                )
                (gadget_obj,), (deployment,), (service,), (crd_obj,) = result
                assert gadget_obj.spec.size == 7
                assert isinstance(crd_obj, client.V1CustomResourceDefinition)
                assert isinstance(deployment, client.V1Deployment)
                assert isinstance(service, client.V1Service)
                assert service.to_dict()["metadata"]["namespace"] == ns
                ready = await aio_utils.wait.for_condition(
                    api_client, deployment, "Available", timeout=120
                )
                assert ready.status.available_replicas == 2
                with pytest.raises(aio_utils.WaitTimeoutError) as excinfo:
                    await aio_utils.wait.for_condition(api_client, service, "Ready", timeout=2)
                assert f"Service {ns}/web to have condition Ready=True" in str(excinfo.value)
            finally:
                await aio_client.ApiextensionsV1Api(api_client).delete_custom_resource_definition(
                    f"gadgets.{group}"
                )
                await aio_utils.wait.for_deletion(
                    api_client,
                    client.V1CustomResourceDefinition,
                    name=f"gadgets.{group}",
                    timeout=60,
                )

    asyncio.run(main())


def test_wait_timeout_is_bounded_and_clear(api: client.ApiClient, testbed_namespace: str) -> None:
    started = time.monotonic()
    with pytest.raises(wait.WaitTimeoutError) as excinfo:
        wait.for_condition(
            api, client.V1ConfigMap, "Ready", name="absent", namespace=testbed_namespace, timeout=2
        )
    elapsed = time.monotonic() - started
    assert 1.5 < elapsed < 10
    assert str(excinfo.value) == (
        f"timed out after 2s waiting for ConfigMap {testbed_namespace}/absent to have "
        "condition Ready=True (last seen: absent)"
    )
    assert excinfo.value.last is None
    # deletion of something absent is immediate
    wait.for_deletion(api, client.V1ConfigMap, name="absent", namespace=testbed_namespace)


def test_wait_pod_ready_then_deleted(api: client.ApiClient, testbed_namespace: str) -> None:
    ns = testbed_namespace
    (pod,) = utils.create_from_dict(
        api,
        {
            "apiVersion": "v1",
            "kind": "Pod",
            "metadata": {"name": "waited"},
            "spec": {
                "terminationGracePeriodSeconds": 0,
                "containers": [{"name": "c", "image": IMAGE}],
            },
        },
        namespace=ns,
    )
    assert isinstance(pod, client.V1Pod)
    ready = wait.for_condition(api, pod, "Ready", timeout=60)
    assert ready.to_dict()["status"]["phase"] == "Running"

    core = client.CoreV1Api(api)

    def delete_later() -> None:
        time.sleep(0.5)
        core.delete_namespaced_pod("waited", ns)

    thread = threading.Thread(target=delete_later)
    thread.start()
    started = time.monotonic()
    try:
        # the pod exists when the wait starts: its DELETED event ends the wait
        wait.for_deletion(api, pod, timeout=60)
    finally:
        thread.join()
    assert time.monotonic() - started >= 0.5
    assert not exists(lambda: core.read_namespaced_pod("waited", ns))


def test_wait_job_complete(api: client.ApiClient, testbed_namespace: str) -> None:
    job = {
        "apiVersion": "batch/v1",
        "kind": "Job",
        "metadata": {"name": "once", "namespace": testbed_namespace},
        "spec": {
            "template": {
                "spec": {
                    "restartPolicy": "Never",
                    "containers": [{"name": "c", "image": IMAGE}],
                }
            }
        },
    }
    (created,) = utils.create_from_dict(api, job)
    assert isinstance(created, client.V1Job)
    # the manifest dict is a target too
    complete = wait.for_condition(api, job, "Complete", timeout=90)
    assert isinstance(complete, client.V1Job)
    succeeded = wait.until(
        api, created, lambda j: (j.status.succeeded or 0) >= 1, timeout=30, description="to succeed"
    )
    assert succeeded.to_dict()["status"]["succeeded"] == 1


def test_create_from_yaml_single_item_as_the_official_function(
    api: client.ApiClient, testbed_cluster: Testbed, testbed_namespace: str
) -> None:
    """Returns the one object created; the server's refusal is its ApiException (as the
    official function raises it), not a FailToCreateError; apply=True applies."""
    ns = testbed_namespace
    config_map = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "single"}}
    created = utils.create_from_yaml_single_item(api, config_map, namespace=ns)
    assert isinstance(created, client.V1ConfigMap)
    assert created.metadata.namespace == ns
    with pytest.raises(ApiException) as excinfo:
        utils.create_from_yaml_single_item(api, config_map, namespace=ns)
    assert excinfo.value.status == 409
    config_map["data"] = {"k": "v"}
    applied = utils.create_from_yaml_single_item(
        api, config_map, apply=True, namespace=ns, field_manager="single"
    )
    assert applied.data == {"k": "v"}
    role_name = unique("single-role")
    role = {
        "apiVersion": "rbac.authorization.k8s.io/v1",
        "kind": "ClusterRole",
        "metadata": {"name": role_name},
        "rules": [],
    }
    rbac = client.RbacAuthorizationV1Api(api)
    try:
        cluster_scoped = utils.create_from_yaml_single_item(api, role, namespace=ns)
        assert isinstance(cluster_scoped, client.V1ClusterRole)
        assert cluster_scoped.metadata.namespace is None
    finally:
        rbac.delete_cluster_role(role_name)

    async def main() -> None:
        async with await aio_config.new_client_from_config(
            config_file=str(testbed_cluster.kubeconfig), context="admin"
        ) as api_client:
            second = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "single-aio"}}
            made = await aio_utils.create_from_yaml_single_item(api_client, second, namespace=ns)
            assert isinstance(made, client.V1ConfigMap)
            with pytest.raises(ApiException) as again:
                await aio_utils.create_from_yaml_single_item(api_client, second, namespace=ns)
            assert again.value.status == 409

    asyncio.run(main())
    with pytest.raises(FailToCreateError):
        utils.create_from_yaml_single_item(api, {"apiVersion": "v1", "kind": "Nonsense"})
