"""The dynamic client against the testbed: built-in kinds and a custom resource, sync and
asyncio."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from kubeclient import client, dynamic, utils
from kubeclient.aio import config as aio_config
from kubeclient.aio import dynamic as aio_dynamic
from kubeclient.aio.utils import wait as aio_wait
from kubeclient.client import apply as client_apply
from kubeclient.client.exceptions import ApiException
from kubeclient.dynamic import DynamicClient, ResourceInstance
from kubeclient.dynamic.client import is_custom
from kubesmith.testbed import Testbed
from manifests_support import IMAGE, eventually, exists, new_client, unique, widget_crd

pytestmark = pytest.mark.cluster


@pytest.fixture(scope="module")
def api(testbed_cluster: Testbed) -> Iterator[client.ApiClient]:
    with new_client(testbed_cluster) as api_client:
        yield api_client


def _cm(name: str, namespace: str | None = None, **data: str) -> dict[str, Any]:
    meta: dict[str, Any] = {"name": name, "labels": {"suite": "dynamic"}}
    if namespace:
        meta["namespace"] = namespace
    return {"apiVersion": "v1", "kind": "ConfigMap", "metadata": meta, "data": data}


def test_discovery_finds_built_in_kinds(api: client.ApiClient) -> None:
    dyn = DynamicClient(api)
    deployments = dyn.resources.get(api_version="apps/v1", kind="Deployment")
    assert deployments.group_version == "apps/v1"
    assert deployments.name == "deployments"
    assert deployments.namespaced is True
    assert set(deployments.subresources) == {"scale", "status"}
    assert "deploy" in deployments.short_names
    # aggregated discovery: one request each for /api and /apis
    assert dyn.discoverer.aggregated is True
    assert dyn.resources.get(short_names="deploy") is deployments
    assert dyn.resources.get(kind="Namespace").namespaced is False
    # several versions of a kind: the preferred one
    assert dyn.resources.get(kind="HorizontalPodAutoscaler").group_version == "autoscaling/v2"
    assert dyn.resources.get(api_version="autoscaling/v1", kind="HorizontalPodAutoscaler")
    assert "apps/v1" in dyn.resources.api_groups
    with pytest.raises(dynamic.ResourceNotFoundError, match="kind='Nope'"):
        dyn.resources.get(api_version="v1", kind="Nope")


class PlainDiscovery:
    """The API client as seen through a server that predates aggregated discovery: the
    aggregated media type is not asked for, so the plain documents come back."""

    def __init__(self, api: client.ApiClient) -> None:
        self.api = api
        self.paths: list[str] = []

    @property
    def configuration(self) -> Any:
        return self.api.configuration

    def request(self, method: str, path: str, **kwargs: Any) -> Any:
        if (kwargs.get("headers") or {}).get("Accept"):
            kwargs["headers"] = {"Accept": "application/json"}
        self.paths.append(path)
        return self.api.request(method, path, **kwargs)


def _facts(dyn: DynamicClient) -> dict[tuple[str, str], tuple[Any, ...]]:
    return {
        (res.group_version, res.name): (
            res.kind,
            res.namespaced,
            res.preferred,
            sorted(res.verbs),
            sorted(res.short_names),
            sorted(res.subresources),
        )
        for res in dyn.resources
    }


def test_discovery_fallback_matches_aggregated(
    api: client.ApiClient, testbed_namespace: str
) -> None:
    plain_client = PlainDiscovery(api)
    plain = DynamicClient(plain_client)
    aggregated = DynamicClient(api)
    assert _facts(plain) == _facts(aggregated)
    assert plain.discoverer.aggregated is False
    assert aggregated.discoverer.aggregated is True
    assert {"/api", "/apis", "/api/v1", "/apis/apps/v1"} <= set(plain_client.paths)
    assert len(plain_client.paths) > 10  # one request per group version
    configmaps = plain.resources.get(api_version="v1", kind="ConfigMap")
    configmaps.create(body=_cm("fallback", testbed_namespace, a="1"))
    assert configmaps.get(name="fallback", namespace=testbed_namespace).data.a == "1"


def test_dynamic_configmap_crud(api: client.ApiClient, testbed_namespace: str) -> None:
    ns = testbed_namespace
    cms = DynamicClient(api).resources.get(api_version="v1", kind="ConfigMap")
    created = cms.create(body=_cm("one", a="1"), namespace=ns)
    assert isinstance(created, ResourceInstance)
    assert created.metadata.name == "one"
    assert created["metadata"]["namespace"] == ns
    assert created.data.a == "1"
    assert created.data.missing is None
    assert created.to_dict()["data"] == {"a": "1"}

    # a typed model as the body; the namespace from its metadata
    typed = client.V1ConfigMap(
        metadata=client.V1ObjectMeta(name="two", namespace=ns, labels={"suite": "dynamic"}),
        data={"b": "2"},
    )
    assert cms.create(body=typed).data.b == "2"

    read = cms.get(name="one", namespace=ns)
    assert read.metadata.uid == created.metadata.uid
    listed = cms.get(namespace=ns, label_selector="suite=dynamic")
    assert listed.kind == "ConfigMapList"
    assert [item.metadata.name for item in listed.items] == ["one", "two"]
    assert all(isinstance(item, ResourceInstance) for item in listed.items)
    assert listed.items[0].kind == "ConfigMap"
    assert [i.metadata.name for i in cms.list(namespace=ns, label_selector="suite=dynamic").items]
    everywhere = cms.list(field_selector=f"metadata.namespace={ns},metadata.name=one")
    assert [item.metadata.name for item in everywhere.items] == ["one"]

    # strategic merge by default for built-in kinds; JSON patch for a list
    patched = cms.patch(name="one", namespace=ns, body={"data": {"c": "3"}})
    assert patched.data.to_dict() == {"a": "1", "c": "3"}
    patched = cms.patch(
        name="one", namespace=ns, body=[{"op": "replace", "path": "/data/a", "value": "9"}]
    )
    assert patched.data.a == "9"

    # replace a modified instance (name and namespace from its metadata)
    patched.data.a = "10"
    replaced = cms.replace(body=patched)
    assert replaced.data.a == "10"
    assert int(replaced.metadata.resourceVersion) > int(patched.metadata.resourceVersion)

    deleted = cms.delete(name="one", namespace=ns)
    assert deleted.kind in ("Status", "ConfigMap")
    # the official dynamic client's error classes, which are ApiExceptions
    with pytest.raises(dynamic.exceptions.NotFoundError) as excinfo:
        cms.get(name="one", namespace=ns)
    assert isinstance(excinfo.value, ApiException)
    assert excinfo.value.status == 404
    assert excinfo.value.message == 'configmaps "one" not found'
    with pytest.raises(ValueError, match="namespace"):
        cms.create(body=_cm("three"))


def test_dynamic_server_side_apply_and_conflict(
    api: client.ApiClient, testbed_namespace: str
) -> None:
    ns = testbed_namespace
    cms = DynamicClient(api).resources.get(api_version="v1", kind="ConfigMap")
    first = cms.server_side_apply(body=_cm("applied", ns, owner="a"), field_manager="manager-a")
    assert first.data.owner == "a"
    managers = {entry.manager: entry.operation for entry in first.metadata.managedFields}
    assert managers == {"manager-a": "Apply"}
    with pytest.raises(ApiException) as excinfo:
        cms.server_side_apply(body=_cm("applied", ns, owner="b"), field_manager="manager-b")
    assert isinstance(excinfo.value, dynamic.exceptions.ConflictError)
    assert excinfo.value.status == 409
    assert excinfo.value.status_reason == "Conflict"
    forced = cms.server_side_apply(
        body=_cm("applied", ns, owner="b"), field_manager="manager-b", force=True
    )
    assert forced.data.owner == "b"
    # a typed apply configuration as the body (apiVersion and kind from its class)
    typed = client_apply.V1ConfigMapApply(
        metadata=client_apply.V1ObjectMetaApply(name="applied", namespace=ns),
        data={"owner": "b", "typed": "yes"},
    )
    assert cms.server_side_apply(body=typed, field_manager="manager-b").data.typed == "yes"
    with pytest.raises(ValueError, match="field_manager"):
        cms.server_side_apply(body=_cm("applied", ns))


def test_dynamic_deployment_scale_and_watch(api: client.ApiClient, testbed_namespace: str) -> None:
    ns = testbed_namespace
    dyn = DynamicClient(api)
    deployments = dyn.resources.get(api_version="apps/v1", kind="Deployment")
    labels = {"app": "dyn"}
    body = client.V1Deployment(
        metadata=client.V1ObjectMeta(name="dyn", labels=labels),
        spec=client.V1DeploymentSpec(
            replicas=1,
            selector=client.V1LabelSelector(match_labels=labels),
            template=client.V1PodTemplateSpec(
                metadata=client.V1ObjectMeta(labels=labels),
                spec=client.V1PodSpec(containers=[client.V1Container(name="c", image=IMAGE)]),
            ),
        ),
    )
    created = deployments.create(body=body, namespace=ns)
    assert created.spec.replicas == 1
    rv = created.metadata.resourceVersion

    scaled = deployments.scale.patch(name="dyn", namespace=ns, body={"spec": {"replicas": 2}})
    assert scaled.kind == "Scale"
    assert deployments.scale.get(name="dyn", namespace=ns).spec.replicas == 2

    # a watch from the creation's resourceVersion sees the change
    seen = []
    for event in deployments.watch(namespace=ns, name="dyn", resource_version=rv, timeout=20):
        assert isinstance(event["object"], ResourceInstance)
        seen.append((event["type"], event["object"].spec.replicas))
        if event["object"].spec.replicas == 2:
            break
    assert ("MODIFIED", 2) in seen

    available = utils.wait.for_condition(dyn, body, "Available", namespace=ns, timeout=90)
    assert isinstance(available, client.V1Deployment)
    assert available.to_dict()["status"]["available_replicas"] == 2


def test_dynamic_custom_resource(api: client.ApiClient, testbed_namespace: str) -> None:
    ns = testbed_namespace
    dyn = DynamicClient(api)
    group = f"{unique('dyn')}.kubesmith.test"
    crds = dyn.resources.get(api_version="apiextensions.k8s.io/v1", kind="CustomResourceDefinition")
    fetched = dyn.discoverer.fetched_at
    crd = crds.create(body=widget_crd(group))
    try:
        established = utils.wait.for_condition(
            api, crd, "Established", timeout=60
        )  # a ResourceInstance as the target
        assert isinstance(established, client.V1CustomResourceDefinition)

        # the cached discovery does not know Widget: a miss refreshes it
        def served() -> dynamic.Resource | None:
            try:
                return dyn.resources.get(api_version=f"{group}/v1", kind="Widget")
            except dynamic.ResourceNotFoundError:
                return None

        widgets = eventually("Widget in discovery", served)
        assert dyn.discoverer.fetched_at != fetched
        assert widgets.namespaced and widgets.name == "widgets"
        assert set(widgets.subresources) == {"status", "scale"}
        assert is_custom(widgets)

        body = {
            "apiVersion": f"{group}/v1",
            "kind": "Widget",
            "metadata": {"name": "w1"},
            "spec": {"size": 1, "color": "red", "tags": ["a"]},
        }
        created = widgets.create(body=body, namespace=ns)
        assert created.spec.color == "red"
        assert widgets.get(name="w1", namespace=ns).metadata.uid == created.metadata.uid
        listed = widgets.get(namespace=ns)
        assert listed.kind == "WidgetList"
        assert [(w.kind, w.metadata.name) for w in listed.items] == [("Widget", "w1")]

        # merge patch by default (strategic merge would be refused with 415)
        patched = widgets.patch(name="w1", namespace=ns, body={"spec": {"size": 5}})
        assert patched.spec.to_dict() == {"size": 5, "color": "red", "tags": ["a"]}

        # server-side apply (the same value: shared ownership), a conflict, and force
        intent = {**body, "spec": {"color": "red"}}
        applied = widgets.server_side_apply(body=intent, namespace=ns, field_manager="a")
        assert {entry.manager for entry in applied.metadata.managedFields} >= {"a"}
        with pytest.raises(ApiException) as excinfo:
            widgets.server_side_apply(
                body={**body, "spec": {"color": "green"}}, namespace=ns, field_manager="b"
            )
        assert excinfo.value.status == 409
        forced = widgets.server_side_apply(
            body={**body, "spec": {"color": "green"}},
            namespace=ns,
            field_manager="b",
            force_conflicts=True,
        )
        assert forced.spec.color == "green"

        # status and scale subresources
        status = widgets.status.patch(
            name="w1", namespace=ns, body={"status": {"phase": "Ready", "replicas": 0}}
        )
        assert status.status.phase == "Ready"
        assert status.spec.color == "green"
        widgets.scale.patch(name="w1", namespace=ns, body={"spec": {"replicas": 4}})
        assert widgets.get(name="w1", namespace=ns).spec.replicas == 4

        # wait on a custom resource (no model class: discovery finds it)
        def later() -> None:
            time.sleep(0.5)
            widgets.patch(name="w1", namespace=ns, body={"spec": {"size": 42}})

        thread = threading.Thread(target=later)
        thread.start()
        waited = utils.wait.until(
            dyn, forced, lambda w: w.spec.size == 42, timeout=30, description="size 42"
        )
        thread.join()
        assert isinstance(waited, ResourceInstance)

        widgets.delete(name="w1", namespace=ns)
        utils.wait.for_deletion(dyn, forced, timeout=30)
        assert not exists(lambda: widgets.get(name="w1", namespace=ns))
    finally:
        crds.delete(name=f"widgets.{group}")
    utils.wait.for_deletion(api, crd, timeout=60)


def test_async_dynamic_client(testbed_cluster: Testbed, testbed_namespace: str) -> None:
    ns = testbed_namespace

    async def main() -> None:
        async with await aio_config.new_client_from_config(
            config_file=str(testbed_cluster.kubeconfig), context="admin"
        ) as api_client:
            dyn = aio_dynamic.DynamicClient(api_client)
            cms = await dyn.resources.get(api_version="v1", kind="ConfigMap")
            created = await cms.create(body=_cm("async", ns, a="1"))
            assert isinstance(created, ResourceInstance)
            assert (await cms.get(name="async", namespace=ns)).data.a == "1"
            patched = await cms.patch(name="async", namespace=ns, body={"data": {"b": "2"}})
            assert patched.data.to_dict() == {"a": "1", "b": "2"}
            applied = await cms.server_side_apply(
                body=_cm("async", ns, a="1", b="2", c="3"), field_manager="async", force=True
            )
            assert applied.data.c == "3"

            async def change() -> None:
                await asyncio.sleep(0.3)
                await cms.patch(name="async", namespace=ns, body={"data": {"d": "4"}})

            task = asyncio.create_task(change())
            found = await aio_wait.until(
                dyn, applied, lambda cm: "d" in (cm.data or {}), timeout=30
            )
            await task
            assert isinstance(found, client.V1ConfigMap)
            assert found.to_dict()["data"]["d"] == "4"

            events = []
            async for event in cms.watch(namespace=ns, name="async", timeout=10):
                events.append(event["type"])
                break
            assert events == ["ADDED"]

            await cms.delete(name="async", namespace=ns)
            await aio_wait.for_deletion(api_client, applied, timeout=30)
            with pytest.raises(ApiException) as excinfo:
                await cms.get(name="async", namespace=ns)
            assert excinfo.value.status == 404

    asyncio.run(main())


def test_dynamic_cluster_scope_collections_and_eviction(
    api: client.ApiClient, testbed_namespace: str
) -> None:
    ns = testbed_namespace
    dyn = DynamicClient(api)

    # a cluster-scoped kind: no namespace in the path even if one is given
    roles = dyn.resources.get(api_version="rbac.authorization.k8s.io/v1", kind="ClusterRole")
    assert roles.namespaced is False
    name = unique("dyn-role")
    role = roles.create(
        body={
            "apiVersion": "rbac.authorization.k8s.io/v1",
            "kind": "ClusterRole",
            "metadata": {"name": name},
            "rules": [{"apiGroups": [""], "resources": ["pods"], "verbs": ["get"]}],
        }
    )
    assert role.rules[0].verbs == ["get"]
    assert roles.get(name=name, namespace="ignored").metadata.uid == role.metadata.uid
    roles.delete(name=name)
    assert not exists(lambda: roles.get(name=name))

    # delete a collection by label selector
    cms = dyn.resources.get(api_version="v1", kind="ConfigMap")
    for index in range(3):
        body = _cm(f"batch-{index}", ns, i=str(index))
        body["metadata"]["labels"]["batch"] = "yes" if index < 2 else "no"
        cms.create(body=body)
    deleted = cms.delete(namespace=ns, label_selector="batch=yes")
    assert deleted.kind == "ConfigMapList"
    left = cms.get(namespace=ns, label_selector="suite=dynamic")
    assert [item.metadata.name for item in left.items] == ["batch-2"]

    # a subresource that creates: evict a pod
    pods = dyn.resources.get(api_version="v1", kind="Pod")
    pods.create(
        namespace=ns,
        body={
            "apiVersion": "v1",
            "kind": "Pod",
            "metadata": {"name": "evicted"},
            "spec": {
                "terminationGracePeriodSeconds": 0,
                "containers": [{"name": "c", "image": IMAGE}],
            },
        },
    )
    utils.wait.for_condition(
        dyn,
        {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "evicted", "namespace": ns}},
        "Ready",
        timeout=60,
    )
    eviction = pods.eviction.create(
        name="evicted",
        namespace=ns,
        body={
            "apiVersion": "policy/v1",
            "kind": "Eviction",
            "metadata": {"name": "evicted", "namespace": ns},
        },
    )
    assert eviction.kind == "Status" and eviction.status == "Success"
    utils.wait.for_deletion(dyn, pods, name="evicted", namespace=ns, timeout=60)
