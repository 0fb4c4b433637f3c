"""A CustomResourceDefinition (ApiextensionsV1Api) and its objects (CustomObjectsApi)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from helpers import gone, installed_crd, new_client
from kubeclient import client
from kubeclient.client.api_client import (
    APPLY_PATCH,
    JSON_PATCH,
    MERGE_PATCH,
    STRATEGIC_MERGE_PATCH,
    KubernetesWarning,
)
from kubeclient.client.exceptions import ApiException
from kubesmith.testbed import Testbed

pytestmark = pytest.mark.cluster

VERSION = "v1"
PLURAL = "widgets"


@pytest.fixture(scope="module")
def api(testbed_cluster: Testbed) -> Iterator[client.ApiClient]:
    with new_client(testbed_cluster) as api_client:
        yield api_client


@pytest.fixture(scope="module")
def group(api: client.ApiClient) -> Iterator[str]:
    """A namespaced ``widgets.<group>`` CRD for the whole module."""
    with installed_crd(api) as name:
        yield name


@pytest.fixture
def custom(api: client.ApiClient) -> client.CustomObjectsApi:
    return client.CustomObjectsApi(api)


def _widget(group: str, name: str, **spec: Any) -> dict[str, Any]:
    return {
        "apiVersion": f"{group}/{VERSION}",
        "kind": "Widget",
        "metadata": {"name": name, "labels": {"kind": "widget"}},
        "spec": spec,
    }


def test_crd_is_served(api: client.ApiClient, group: str) -> None:
    ext = client.ApiextensionsV1Api(api)
    crd = ext.read_custom_resource_definition(f"widgets.{group}")
    assert isinstance(crd, client.V1CustomResourceDefinition)
    assert crd.spec.scope == "Namespaced"
    assert crd.status.accepted_names.kind == "Widget"
    assert crd.status.stored_versions == ["v1"]
    schema = crd.spec.versions[0].schema.open_apiv3_schema
    assert schema.properties["spec"].properties["size"].minimum == 0
    assert crd.spec.versions[0].subresources.scale.spec_replicas_path == ".spec.replicas"

    listed = ext.list_custom_resource_definition(field_selector=f"metadata.name=widgets.{group}")
    assert [c.metadata.name for c in listed.items] == [f"widgets.{group}"]

    resources = client.CustomObjectsApi(api).get_api_resources(group, VERSION)
    names = {r.name: r for r in resources.resources}
    assert set(names) == {"widgets", "widgets/status", "widgets/scale"}
    assert names["widgets"].namespaced is True
    assert names["widgets"].kind == "Widget"


def test_custom_object_crud(
    custom: client.CustomObjectsApi, group: str, testbed_namespace: str
) -> None:
    ns = testbed_namespace
    created = custom.create_namespaced_custom_object(
        group, VERSION, ns, PLURAL, _widget(group, "w1", size=3, color="red")
    )
    assert isinstance(created, dict)
    assert created["metadata"]["uid"]
    assert created["metadata"]["namespace"] == ns
    assert created["spec"] == {"size": 3, "color": "red"}

    read = custom.get_namespaced_custom_object(group, VERSION, ns, PLURAL, "w1")
    assert read["metadata"]["uid"] == created["metadata"]["uid"]

    custom.create_namespaced_custom_object(group, VERSION, ns, PLURAL, _widget(group, "w2", size=1))
    listed = custom.list_namespaced_custom_object(
        group, VERSION, ns, PLURAL, label_selector="kind=widget"
    )
    assert listed["kind"] == "WidgetList"
    assert [item["metadata"]["name"] for item in listed["items"]] == ["w1", "w2"]
    everywhere = custom.list_custom_object_for_all_namespaces(
        group, VERSION, PLURAL, field_selector=f"metadata.namespace={ns}"
    )
    assert len(everywhere["items"]) == 2
    page = custom.list_namespaced_custom_object(group, VERSION, ns, PLURAL, limit=1)
    assert len(page["items"]) == 1
    rest = custom.list_namespaced_custom_object(
        group, VERSION, ns, PLURAL, limit=1, _continue=page["metadata"]["continue"]
    )
    assert [item["metadata"]["name"] for item in rest["items"]] == ["w2"]

    read["spec"]["size"] = 4
    replaced = custom.replace_namespaced_custom_object(group, VERSION, ns, PLURAL, "w1", read)
    assert replaced["spec"]["size"] == 4
    assert replaced["metadata"]["generation"] == 2

    deleted = custom.delete_namespaced_custom_object(group, VERSION, ns, PLURAL, "w1")
    assert isinstance(deleted, dict)
    assert gone(lambda: custom.get_namespaced_custom_object(group, VERSION, ns, PLURAL, "w1"))

    with pytest.raises(ApiException) as excinfo:
        custom.get_namespaced_custom_object(group, VERSION, ns, PLURAL, "w1")
    assert excinfo.value.status == 404
    assert excinfo.value.message == f'widgets.{group} "w1" not found'

    custom.delete_collection_namespaced_custom_object(
        group, VERSION, ns, PLURAL, label_selector="kind=widget"
    )
    assert custom.list_namespaced_custom_object(group, VERSION, ns, PLURAL)["items"] == []


def test_custom_object_patches(
    custom: client.CustomObjectsApi, group: str, testbed_namespace: str
) -> None:
    ns = testbed_namespace
    custom.create_namespaced_custom_object(
        group, VERSION, ns, PLURAL, _widget(group, "p", size=1, color="red", tags=["a", "b"])
    )

    # Strategic merge is not defined for custom resources: the server's 415, as it is.
    with pytest.raises(ApiException) as excinfo:
        custom.patch_namespaced_custom_object(
            group,
            VERSION,
            ns,
            PLURAL,
            "p",
            {"spec": {"size": 2}},
            _content_type=STRATEGIC_MERGE_PATCH,
        )
    error = excinfo.value
    assert error.status == 415
    assert error.status_reason == "UnsupportedMediaType"
    assert "application/merge-patch+json" in error.message
    assert "application/strategic-merge-patch+json" not in error.message

    merged = custom.patch_namespaced_custom_object(
        group,
        VERSION,
        ns,
        PLURAL,
        "p",
        {"spec": {"size": 2, "color": None}},
        _content_type=MERGE_PATCH,
    )
    assert merged["spec"] == {"size": 2, "tags": ["a", "b"]}

    # A dict without a content type: merge patch (the only merge a custom resource has).
    default = custom.patch_namespaced_custom_object(
        group, VERSION, ns, PLURAL, "p", {"spec": {"tags": ["c"]}}
    )
    assert default["spec"] == {"size": 2, "tags": ["c"]}

    json_patched = custom.patch_namespaced_custom_object(
        group,
        VERSION,
        ns,
        PLURAL,
        "p",
        [{"op": "add", "path": "/spec/tags/-", "value": "d"}],
        _content_type=JSON_PATCH,
    )
    assert json_patched["spec"]["tags"] == ["c", "d"]

    applied = custom.patch_namespaced_custom_object(
        group,
        VERSION,
        ns,
        PLURAL,
        "p",
        _widget(group, "p", color="blue"),
        field_manager="painter",
        _content_type=APPLY_PATCH,
    )
    assert applied["spec"]["color"] == "blue"
    with pytest.raises(ApiException) as excinfo:
        custom.patch_namespaced_custom_object(
            group,
            VERSION,
            ns,
            PLURAL,
            "p",
            _widget(group, "p", color="green"),
            field_manager="other",
            _content_type=APPLY_PATCH,
        )
    assert excinfo.value.status == 409
    assert [(c.reason, c.field) for c in excinfo.value.causes] == [
        ("FieldManagerConflict", ".spec.color")
    ]
    forced = custom.patch_namespaced_custom_object(
        group,
        VERSION,
        ns,
        PLURAL,
        "p",
        _widget(group, "p", color="green"),
        field_manager="other",
        force=True,
        _content_type=APPLY_PATCH,
    )
    assert forced["spec"]["color"] == "green"


def test_custom_object_status_and_scale(
    custom: client.CustomObjectsApi, group: str, testbed_namespace: str
) -> None:
    ns = testbed_namespace
    custom.create_namespaced_custom_object(
        group, VERSION, ns, PLURAL, _widget(group, "s", replicas=1)
    )
    status = {"status": {"phase": "Ready", "replicas": 1, "selector": "app=s"}}
    # status through the main resource is dropped; through /status it sticks
    ignored = custom.patch_namespaced_custom_object(group, VERSION, ns, PLURAL, "s", status)
    assert "status" not in ignored
    patched = custom.patch_namespaced_custom_object_status(group, VERSION, ns, PLURAL, "s", status)
    assert patched["status"] == status["status"]
    read = custom.get_namespaced_custom_object_status(group, VERSION, ns, PLURAL, "s")
    assert read["status"]["phase"] == "Ready"
    read["status"]["phase"] = "Degraded"
    replaced = custom.replace_namespaced_custom_object_status(group, VERSION, ns, PLURAL, "s", read)
    assert replaced["status"]["phase"] == "Degraded"

    scale = custom.get_namespaced_custom_object_scale(group, VERSION, ns, PLURAL, "s")
    assert scale["kind"] == "Scale"
    assert scale["spec"]["replicas"] == 1
    assert scale["status"] == {"replicas": 1, "selector": "app=s"}
    scaled = custom.patch_namespaced_custom_object_scale(
        group, VERSION, ns, PLURAL, "s", {"spec": {"replicas": 5}}
    )
    assert scaled["spec"]["replicas"] == 5
    widget = custom.get_namespaced_custom_object(group, VERSION, ns, PLURAL, "s")
    assert widget["spec"]["replicas"] == 5
    scale = custom.get_namespaced_custom_object_scale(group, VERSION, ns, PLURAL, "s")
    scale["spec"]["replicas"] = 2
    replaced_scale = custom.replace_namespaced_custom_object_scale(
        group, VERSION, ns, PLURAL, "s", scale
    )
    assert replaced_scale["spec"]["replicas"] == 2


def test_custom_object_validation(
    custom: client.CustomObjectsApi, group: str, testbed_namespace: str
) -> None:
    ns = testbed_namespace
    with pytest.raises(ApiException) as excinfo:
        custom.create_namespaced_custom_object(
            group, VERSION, ns, PLURAL, _widget(group, "bad", size=-1, color=7)
        )
    error = excinfo.value
    assert error.status == 422
    assert error.status_reason == "Invalid"
    causes = {c.field: c.reason for c in error.causes}
    assert causes == {"spec.size": "FieldValueInvalid", "spec.color": "FieldValueTypeInvalid"}

    unknown = _widget(group, "unknown", size=1)
    unknown["spec"]["bogus"] = True
    with pytest.raises(ApiException) as excinfo:
        custom.create_namespaced_custom_object(
            group, VERSION, ns, PLURAL, unknown, field_validation="Strict"
        )
    assert excinfo.value.status == 400
    assert 'unknown field "spec.bogus"' in excinfo.value.message

    # Warn (the default): the field is pruned and the server's warning reaches the caller.
    with pytest.warns(KubernetesWarning, match='unknown field "spec.bogus"'):
        created = custom.create_namespaced_custom_object(group, VERSION, ns, PLURAL, unknown)
    assert created["spec"] == {"size": 1}


def test_cluster_scoped_custom_objects(api: client.ApiClient) -> None:
    custom = client.CustomObjectsApi(api)
    with installed_crd(api, scope="Cluster") as cgroup:
        body = _widget(cgroup, "global", size=9)
        created = custom.create_cluster_custom_object(cgroup, VERSION, PLURAL, body)
        assert "namespace" not in created["metadata"]
        read = custom.get_cluster_custom_object(cgroup, VERSION, PLURAL, "global")
        assert read["spec"] == {"size": 9}
        listed = custom.list_cluster_custom_object(cgroup, VERSION, PLURAL)
        assert [item["metadata"]["name"] for item in listed["items"]] == ["global"]
        patched = custom.patch_cluster_custom_object(
            cgroup, VERSION, PLURAL, "global", {"spec": {"size": 10}}
        )
        assert patched["spec"]["size"] == 10
        status = custom.patch_cluster_custom_object_status(
            cgroup, VERSION, PLURAL, "global", {"status": {"phase": "Up"}}
        )
        assert status["status"] == {"phase": "Up"}
        # a replace carries the resourceVersion it was read at: stale is a conflict
        with pytest.raises(ApiException) as excinfo:
            custom.replace_cluster_custom_object(cgroup, VERSION, PLURAL, "global", read)
        assert excinfo.value.status == 409
        fresh = custom.get_cluster_custom_object(cgroup, VERSION, PLURAL, "global")
        fresh["spec"]["color"] = "white"
        replaced = custom.replace_cluster_custom_object(cgroup, VERSION, PLURAL, "global", fresh)
        assert replaced["spec"] == {"size": 10, "color": "white"}
        assert replaced["status"] == {"phase": "Up"}
        custom.delete_cluster_custom_object(cgroup, VERSION, PLURAL, "global")
        assert gone(lambda: custom.get_cluster_custom_object(cgroup, VERSION, PLURAL, "global"))
