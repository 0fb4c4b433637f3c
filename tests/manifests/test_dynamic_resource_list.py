"""``ResourceList`` of the dynamic client against the testbed: the ``<Kind>List`` kinds and
the generic ``List`` that discovery adds, as the official ``kubernetes.dynamic`` does."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from kubeclient import client
from kubeclient.aio import config as aio_config
from kubeclient.aio import dynamic as aio_dynamic
from kubeclient.dynamic import DynamicClient, Resource, ResourceInstance, ResourceList
from kubesmith.testbed import Testbed
from manifests_support import exists, new_client

pytestmark = pytest.mark.cluster


@pytest.fixture(scope="module")
def api(testbed_cluster: Testbed) -> Iterator[client.ApiClient]:
    with new_client(testbed_cluster) as api_client:
        yield api_client


def _cm(name: str, namespace: str | None = None, **data: str) -> dict[str, Any]:
    meta: dict[str, Any] = {"name": name}
    if namespace:
        meta["namespace"] = namespace
    return {"apiVersion": "v1", "kind": "ConfigMap", "metadata": meta, "data": data}


def _cm_list(*items: dict[str, Any]) -> dict[str, Any]:
    return {"apiVersion": "v1", "kind": "ConfigMapList", "items": list(items)}


def _cm_data(api: client.ApiClient, name: str, namespace: str) -> dict[str, str]:
    return dict(client.CoreV1Api(api).read_namespaced_config_map(name, namespace).data or {})


def _config_maps(dyn: DynamicClient) -> ResourceList:
    found = dyn.resources.get(api_version="v1", kind="ConfigMapList")
    assert isinstance(found, ResourceList)
    return found


def test_discovery_adds_list_kinds(api: client.ApiClient) -> None:
    dyn = DynamicClient(api)
    cm_list = _config_maps(dyn)
    assert (cm_list.group_version, cm_list.kind, cm_list.base_kind) == (
        "v1",
        "ConfigMapList",
        "ConfigMap",
    )
    deployments = dyn.resources.get(api_version="apps/v1", kind="DeploymentList")
    assert isinstance(deployments, ResourceList)
    assert deployments.base_kind == "Deployment"
    generic = dyn.resources.get(api_version="v1", kind="List")
    assert isinstance(generic, ResourceList)
    assert generic.base_kind == ""
    # the names of ConfigMap find its list kind too; the resource wins, as in the official client
    assert {type(found) for found in dyn.resources.search(name="configmaps")} == {
        Resource,
        ResourceList,
    }
    assert isinstance(dyn.resources.get(name="configmaps"), Resource)
    assert isinstance(dyn.resources.get(short_names="cm"), Resource)
    assert dyn.resources.get(api_version="v1", kind="ConfigMap").kind == "ConfigMap"
    # what other code discovers is unchanged: no list kinds
    assert all(isinstance(res, Resource) for res in dyn.resources)


def test_config_map_list_verbs(api: client.ApiClient, testbed_namespace: str) -> None:
    ns = testbed_namespace
    core = client.CoreV1Api(api)
    cm_list = _config_maps(DynamicClient(api))

    body = _cm_list(_cm("first", a="1"), _cm("second", b="2"))
    created = cm_list.create(body=body, namespace=ns)
    assert isinstance(created, ResourceInstance)
    assert created.kind == "ConfigMapList"
    assert [item.metadata.namespace for item in created.items] == [ns, ns]
    assert all(item.metadata.uid for item in created.items)
    assert body["items"][0]["metadata"] == {"name": "first"}  # the body is not changed
    assert _cm_data(api, "first", ns) == {"a": "1"}
    assert _cm_data(api, "second", ns) == {"b": "2"}

    got = cm_list.get(body=body, namespace=ns)
    assert [item.metadata.name for item in got.items] == ["first", "second"]
    assert [item.data.to_dict() for item in got.items] == [{"a": "1"}, {"b": "2"}]
    assert [item.kind for item in got.items] == ["ConfigMap", "ConfigMap"]

    patched = cm_list.patch(
        body=_cm_list(
            {"metadata": {"name": "first"}, "data": {"p": "x"}},
            {"metadata": {"name": "second"}, "data": {"p": "y"}},
        ),
        namespace=ns,
    )
    assert [item["data"]["p"] for item in patched.items] == ["x", "y"]
    assert _cm_data(api, "first", ns) == {"a": "1", "p": "x"}

    current = cm_list.get(body=body, namespace=ns).to_dict()
    for item in current["items"]:
        item["data"] = {"replaced": item["metadata"]["name"]}
    replaced = cm_list.replace(body=current)
    assert [item.data.replaced for item in replaced.items] == ["first", "second"]
    assert _cm_data(api, "second", ns) == {"replaced": "second"}

    applied = cm_list.server_side_apply(
        body=_cm_list(_cm("first", ns, s="1"), _cm("third", ns, s="3")),
        field_manager="resource-list-test",
        force=True,
    )
    assert [item.metadata.name for item in applied.items] == ["first", "third"]
    assert "resource-list-test" in {
        entry.manager
        for entry in core.read_namespaced_config_map("third", ns).metadata.managed_fields
    }
    assert _cm_data(api, "third", ns) == {"s": "3"}
    assert _cm_data(api, "first", ns)["s"] == "1"

    everything = _cm_list(_cm("first"), _cm("second"), _cm("third"))
    deleted = cm_list.delete(body=everything, namespace=ns)
    assert [item.kind for item in deleted.items] == ["Status"] * 3
    for name in ("first", "second", "third"):
        assert not exists(lambda name=name: core.read_namespaced_config_map(name, ns))


def test_generic_list_with_mixed_items(api: client.ApiClient, testbed_namespace: str) -> None:
    ns = testbed_namespace
    core = client.CoreV1Api(api)
    generic = DynamicClient(api).resources.get(api_version="v1", kind="List")
    assert isinstance(generic, ResourceList)
    secret = {
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": {"name": "mixed-secret", "namespace": ns},
        "stringData": {"token": "t0ken"},
    }
    body = {"apiVersion": "v1", "kind": "List", "items": [_cm("mixed-cm", ns, a="1"), secret]}

    # the items' namespace wins over the argument
    created = generic.create(body=body, namespace="kubesmith-no-such-namespace")
    assert [item.kind for item in created.items] == ["ConfigMap", "Secret"]
    assert _cm_data(api, "mixed-cm", ns) == {"a": "1"}
    assert core.read_namespaced_secret("mixed-secret", ns).data == {"token": b"t0ken"}

    got = generic.get(body=body)
    assert [(item.kind, item.metadata.name) for item in got.items] == [
        ("ConfigMap", "mixed-cm"),
        ("Secret", "mixed-secret"),
    ]
    assert got.items[1].data.token == "dDBrZW4="

    generic.delete(body=body)
    assert not exists(lambda: core.read_namespaced_config_map("mixed-cm", ns))
    assert not exists(lambda: core.read_namespaced_secret("mixed-secret", ns))


def test_bad_calls_are_refused(api: client.ApiClient, testbed_namespace: str) -> None:
    ns = testbed_namespace
    cm_list = _config_maps(DynamicClient(api))
    body = _cm_list(_cm("refused"))
    with pytest.raises(ValueError, match="do not support the `name` argument"):
        cm_list.get(body=body, name="refused", namespace=ns)
    with pytest.raises(ValueError, match="do not support the `name` argument"):
        cm_list.delete(body=body, name="refused", namespace=ns)
    with pytest.raises(ValueError, match="`items` field in the body must be populated"):
        cm_list.create(body=_cm_list(), namespace=ns)
    with pytest.raises(ValueError, match="must be called with a body containing the same kind"):
        cm_list.create(body={**body, "kind": "SecretList"}, namespace=ns)
    with pytest.raises(ValueError, match="You must provide a body"):
        cm_list.get(namespace=ns)
    # nothing was sent
    assert not exists(lambda: client.CoreV1Api(api).read_namespaced_config_map("refused", ns))


def test_async_config_map_list(
    api: client.ApiClient, testbed_cluster: Testbed, testbed_namespace: str
) -> None:
    ns = testbed_namespace
    core = client.CoreV1Api(api)
    body = _cm_list(_cm("async-a", a="1"), _cm("async-b", b="2"))

    async def create_and_get() -> tuple[Any, Any]:
        async with await aio_config.new_client_from_config(
            config_file=str(testbed_cluster.kubeconfig), context="admin"
        ) as api_client:
            dyn = aio_dynamic.DynamicClient(api_client)
            cm_list = await dyn.resources.get(api_version="v1", kind="ConfigMapList")
            assert isinstance(cm_list, aio_dynamic.ResourceList)
            created = await cm_list.create(body=body, namespace=ns)
            got = await cm_list.get(body=body, namespace=ns)
            with pytest.raises(ValueError, match="`name` argument"):
                await cm_list.get(body=body, name="async-a", namespace=ns)
            return created, got

    async def delete() -> Any:
        async with await aio_config.new_client_from_config(
            config_file=str(testbed_cluster.kubeconfig), context="admin"
        ) as api_client:
            cm_list = await aio_dynamic.DynamicClient(api_client).resources.get(
                api_version="v1", kind="ConfigMapList"
            )
            return await cm_list.delete(body=body, namespace=ns)

    created, got = asyncio.run(create_and_get())
    assert isinstance(created, ResourceInstance)
    assert [item.metadata.name for item in created.items] == ["async-a", "async-b"]
    assert _cm_data(api, "async-a", ns) == {"a": "1"}
    assert _cm_data(api, "async-b", ns) == {"b": "2"}
    assert [item.data.to_dict() for item in got.items] == [{"a": "1"}, {"b": "2"}]

    deleted = asyncio.run(delete())
    assert len(deleted.items) == 2
    assert not exists(lambda: core.read_namespaced_config_map("async-a", ns))
    assert not exists(lambda: core.read_namespaced_config_map("async-b", ns))
