"""The four patch kinds against the real server: JSON Patch, merge, strategic merge, apply."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers import config_map, container, deployment, meta, new_client
from kubeclient import client
from kubeclient.client.api_client import APPLY_PATCH, JSON_PATCH, MERGE_PATCH
from kubeclient.client.exceptions import ApiException
from kubesmith.testbed import Testbed

pytestmark = pytest.mark.cluster


@pytest.fixture(scope="module")
def api(testbed_cluster: Testbed) -> Iterator[client.ApiClient]:
    with new_client(testbed_cluster) as api_client:
        yield api_client


@pytest.fixture
def core(api: client.ApiClient) -> client.CoreV1Api:
    return client.CoreV1Api(api)


@pytest.fixture
def apps(api: client.ApiClient) -> client.AppsV1Api:
    return client.AppsV1Api(api)


def _two_container_deployment(apps: client.AppsV1Api, ns: str, name: str) -> None:
    body = deployment(name, 0, container("a", "registry.invalid/a:1"), container("b", "b:1"))
    apps.create_namespaced_deployment(ns, body)


def _containers(dep: client.V1Deployment) -> dict[str, str]:
    return {c.name: c.image for c in dep.spec.template.spec.containers}


# -- JSON Patch ------------------------------------------------------------------------------


def test_json_patch_list_body(core: client.CoreV1Api, testbed_namespace: str) -> None:
    ns = testbed_namespace
    core.create_namespaced_config_map(ns, config_map("jp", {"a": "1", "b": "2"}))
    ops = [
        {"op": "test", "path": "/data/a", "value": "1"},
        {"op": "remove", "path": "/data/a"},
        {"op": "replace", "path": "/data/b", "value": "20"},
        {"op": "add", "path": "/data/c", "value": "3"},
        {"op": "add", "path": "/metadata/labels", "value": {"patched": "json"}},
    ]
    patched = core.patch_namespaced_config_map("jp", ns, ops)  # a list: JSON Patch by default
    assert patched.data == {"b": "20", "c": "3"}
    assert patched.metadata.labels == {"patched": "json"}

    # The explicit content type works too, and a failing "test" op is the server's 422.
    with pytest.raises(ApiException) as excinfo:
        core.patch_namespaced_config_map(
            "jp",
            ns,
            [{"op": "test", "path": "/data/b", "value": "wrong"}],
            _content_type=JSON_PATCH,
        )
    assert excinfo.value.status == 422
    assert excinfo.value.status_reason == "Invalid"
    assert core.read_namespaced_config_map("jp", ns).data == {"b": "20", "c": "3"}


def test_json_patch_on_deployment_list_element(
    apps: client.AppsV1Api, testbed_namespace: str
) -> None:
    _two_container_deployment(apps, testbed_namespace, "jp-dep")
    patched = apps.patch_namespaced_deployment(
        "jp-dep",
        testbed_namespace,
        [{"op": "replace", "path": "/spec/template/spec/containers/1/image", "value": "b:2"}],
    )
    assert _containers(patched) == {"a": "registry.invalid/a:1", "b": "b:2"}


# -- merge patch vs strategic merge patch ----------------------------------------------------


def test_merge_patch_replaces_lists_and_deletes_keys_with_null(
    apps: client.AppsV1Api, core: client.CoreV1Api, testbed_namespace: str
) -> None:
    ns = testbed_namespace
    _two_container_deployment(apps, ns, "mp")
    body = {"spec": {"template": {"spec": {"containers": [{"name": "a", "image": "a:2"}]}}}}
    patched = apps.patch_namespaced_deployment("mp", ns, body, _content_type=MERGE_PATCH)
    # RFC 7386: a list is replaced as a whole
    assert _containers(patched) == {"a": "a:2"}

    core.create_namespaced_config_map(ns, config_map("mp", {"keep": "1", "drop": "2"}))
    patched_cm = core.patch_namespaced_config_map(
        "mp", ns, {"data": {"drop": None, "new": "3"}}, _content_type=MERGE_PATCH
    )
    assert patched_cm.data == {"keep": "1", "new": "3"}


def test_strategic_merge_is_the_default_for_dicts_and_models(
    apps: client.AppsV1Api, core: client.CoreV1Api, testbed_namespace: str
) -> None:
    ns = testbed_namespace
    _two_container_deployment(apps, ns, "smp")
    body = {"spec": {"template": {"spec": {"containers": [{"name": "a", "image": "a:2"}]}}}}
    patched = apps.patch_namespaced_deployment("smp", ns, body)
    # strategic merge: containers are merged by their "name" key, "b" survives
    assert _containers(patched) == {"a": "a:2", "b": "b:1"}

    # A model body: only the fields set are sent (unset ones are not nulls).
    labels = {"app": "smp"}
    model = client.V1Deployment(
        spec=client.V1DeploymentSpec(
            selector=client.V1LabelSelector(match_labels=labels),
            template=client.V1PodTemplateSpec(
                metadata=client.V1ObjectMeta(labels=labels),
                spec=client.V1PodSpec(containers=[container("b", "b:3")]),
            ),
        )
    )
    patched = apps.patch_namespaced_deployment("smp", ns, model)
    assert _containers(patched) == {"a": "a:2", "b": "b:3"}
    assert patched.spec.replicas == 0

    core.create_namespaced_config_map(ns, config_map("smp", {"a": "1"}))
    merged = core.patch_namespaced_config_map("smp", ns, client.V1ConfigMap(data={"b": "2"}))
    assert merged.data == {"a": "1", "b": "2"}


def test_strategic_merge_directives(core: client.CoreV1Api, testbed_namespace: str) -> None:
    ns = testbed_namespace
    body = client.V1Service(
        metadata=meta("svc"),
        spec=client.V1ServiceSpec(
            selector={"app": "x"},
            ports=[
                client.V1ServicePort(name="http", port=80),
                client.V1ServicePort(name="https", port=443),
            ],
        ),
    )
    core.create_namespaced_service(ns, body)
    patch = {"spec": {"ports": [{"port": 443, "$patch": "delete"}]}}
    patched = core.patch_namespaced_service("svc", ns, patch)
    assert [p.port for p in patched.spec.ports] == [80]


# -- server-side apply -----------------------------------------------------------------------


def _apply_body(owner: str, extra: dict[str, str] | None = None) -> dict[str, object]:
    return {
        "apiVersion": "v1",
        "kind": "ConfigMap",
        "metadata": {"name": "ssa", "labels": {"applied": "yes"}},
        "data": {"owner": owner, **(extra or {})},
    }


def _managers(cm: client.V1ConfigMap) -> dict[str, str]:
    return {m.manager: m.operation for m in cm.metadata.managed_fields or []}


def test_server_side_apply_conflict_resolved_with_force(
    core: client.CoreV1Api, testbed_namespace: str
) -> None:
    ns = testbed_namespace
    # Apply creates the object when it does not exist.
    created = core.patch_namespaced_config_map(
        "ssa",
        ns,
        _apply_body("alice", {"a": "1"}),
        field_manager="alice",
        _content_type=APPLY_PATCH,
    )
    assert created.data == {"owner": "alice", "a": "1"}
    assert _managers(created) == {"alice": "Apply"}

    # Re-applying the same intent is a no-op; a second manager on a disjoint field is fine.
    again = core.patch_namespaced_config_map(
        "ssa",
        ns,
        _apply_body("alice", {"a": "1"}),
        field_manager="alice",
        _content_type=APPLY_PATCH,
    )
    assert again.metadata.resource_version == created.metadata.resource_version

    # Bob claims a field alice owns, with a different value: 409 with the conflicts.
    bob = client.V1ConfigMap(
        api_version="v1", kind="ConfigMap", metadata=meta("ssa"), data={"owner": "bob"}
    )
    with pytest.raises(ApiException) as excinfo:
        core.patch_namespaced_config_map(
            "ssa", ns, bob, field_manager="bob", _content_type=APPLY_PATCH
        )
    error = excinfo.value
    assert error.status == 409
    assert error.status_reason == "Conflict"
    assert 'conflict with "alice"' in error.message
    assert [(c.reason, c.field) for c in error.causes] == [("FieldManagerConflict", ".data.owner")]
    assert core.read_namespaced_config_map("ssa", ns).data["owner"] == "alice"

    # force=True takes the field over.
    forced = core.patch_namespaced_config_map(
        "ssa", ns, bob, field_manager="bob", force=True, _content_type=APPLY_PATCH
    )
    assert forced.data == {"owner": "bob", "a": "1"}
    assert _managers(forced) == {"alice": "Apply", "bob": "Apply"}

    # Alice stops applying "owner" (she no longer owns it): bob's value stays.
    applied = core.patch_namespaced_config_map(
        "ssa",
        ns,
        {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "ssa"}, "data": {"a": "2"}},
        field_manager="alice",
        _content_type=APPLY_PATCH,
    )
    assert applied.data == {"owner": "bob", "a": "2"}
    # labels were only applied by alice and she dropped them: removed
    assert applied.metadata.labels is None


def test_server_side_apply_on_deployment_with_model(
    apps: client.AppsV1Api, testbed_namespace: str
) -> None:
    ns = testbed_namespace
    intent = deployment("applied", 0, container("main", "img:1"))
    intent.api_version, intent.kind = "apps/v1", "Deployment"
    created = apps.patch_namespaced_deployment(
        "applied", ns, intent, field_manager="ci", _content_type=APPLY_PATCH
    )
    assert created.metadata.managed_fields[0].manager == "ci"
    assert created.spec.replicas == 0

    # The scale subresource writes replicas as another manager; ci's next apply of a
    # different value conflicts.
    apps.patch_namespaced_deployment_scale(
        "applied", ns, {"spec": {"replicas": 2}}, field_manager="autoscaler"
    )
    intent.spec.replicas = 1
    with pytest.raises(ApiException) as excinfo:
        apps.patch_namespaced_deployment(
            "applied", ns, intent, field_manager="ci", _content_type=APPLY_PATCH
        )
    assert excinfo.value.status == 409
    assert {c.field for c in excinfo.value.causes} == {".spec.replicas"}

    forced = apps.patch_namespaced_deployment(
        "applied", ns, intent, field_manager="ci", force=True, _content_type=APPLY_PATCH
    )
    assert forced.spec.replicas == 1
