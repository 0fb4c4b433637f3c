"""The committed client (output/python): the seed snippets, round trips and signatures."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
import typing
from pathlib import Path
from typing import Any

import msgspec
import pytest
from kubeclient import client

DATA = Path(__file__).resolve().parent / "data"


def _without_nulls(value: Any) -> Any:
    """The server treats a null field as absent; the client leaves absent fields out."""
    if isinstance(value, dict):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_nulls(v) for v in value]
    return value


@pytest.mark.parametrize(
    ("fixture", "cls"),
    [
        ("pod.json", "V1Pod"),
        ("deployment.json", "V1Deployment"),
        ("event.json", "CoreV1Event"),
        ("secret.json", "V1Secret"),
        ("crd.json", "V1CustomResourceDefinition"),
    ],
)
def test_round_trip_real_objects(fixture: str, cls: str) -> None:
    raw = (DATA / fixture).read_bytes()
    obj = getattr(client, cls).from_json(raw)
    assert json.loads(obj.to_json()) == _without_nulls(json.loads(raw))
    assert client.ApiClient().sanitize_for_serialization(obj) == _without_nulls(json.loads(raw))


def test_decoded_values_are_typed() -> None:
    pod = client.V1Pod.from_json((DATA / "pod.json").read_bytes())
    assert pod.status.pod_ips[1].ip == "fd00::7"
    assert pod.status.start_time.isoformat() == "2024-05-01T10:20:30+00:00"
    assert pod.spec.containers[0].liveness_probe.http_get.port == "http"
    assert pod.spec.containers[0].resources.limits == {"cpu": "500m", "memory": "256Mi"}
    assert pod.spec.containers[0].readiness_probe._exec.command == ["cat", "/tmp/ready"]
    assert msgspec.json.decode(pod.metadata.managed_fields[0].fields_v1)["f:spec"]
    secret = client.V1Secret.from_json((DATA / "secret.json").read_bytes())
    assert secret.data == {"token": b"secret-token", "binary": b"\x00\x01\x02\x03\xff"}
    event = client.CoreV1Event.from_json((DATA / "event.json").read_bytes())
    assert isinstance(event.event_time, client.MicroTime)
    assert event.event_time.microsecond == 123456
    crd = client.V1CustomResourceDefinition.from_json((DATA / "crd.json").read_bytes())
    spec = crd.spec.versions[0].schema.open_apiv3_schema.properties["spec"]
    assert spec.properties["port"].x_kubernetes_int_or_string is True
    assert spec.properties["size"].default == 3
    assert spec.properties["ports"].items.required == ["name"]


def test_seed_pod_snippet() -> None:
    pod = client.V1Pod(
        metadata=client.V1ObjectMeta(name="myapp"),
        spec=client.V1PodSpec(
            containers=[client.V1Container(name="myapp", image="my_cool_image:v1")]
        ),
    )
    assert client.ApiClient().sanitize_for_serialization(pod) == {
        "metadata": {"name": "myapp"},
        "spec": {"containers": [{"image": "my_cool_image:v1", "name": "myapp"}]},
    }
    assert pod.to_dict()["spec"]["containers"][0]["image"] == "my_cool_image:v1"
    assert pod.to_dict()["metadata"]["resource_version"] is None


def test_seed_deployment_patch_snippet() -> None:
    deployment = client.V1Deployment.from_json((DATA / "deployment.json").read_bytes())
    deployment.spec.replicas = 5
    assert json.loads(deployment.to_json())["spec"]["replicas"] == 5


def _overloads(cls: type, method: str) -> list[inspect.Signature]:
    return [inspect.signature(f) for f in typing.get_overloads(getattr(cls, method))]


def test_official_signatures() -> None:
    typed, raw = _overloads(client.CoreV1Api, "list_namespaced_pod")
    params = typed.parameters
    assert list(params)[:2] == ["self", "namespace"]
    for name in (
        "label_selector",
        "field_selector",
        "limit",
        "_continue",
        "resource_version",
        "timeout_seconds",
        "watch",
        "allow_watch_bookmarks",
        "pretty",
        "_request_timeout",
        "_preload_content",
    ):
        assert params[name].kind is inspect.Parameter.KEYWORD_ONLY, name
    assert typed.return_annotation == "V1PodList"
    assert raw.return_annotation == "RawResponse"
    create = _overloads(client.CoreV1Api, "create_namespaced_pod")[0]
    assert list(create.parameters)[1:3] == ["namespace", "body"]
    assert create.parameters["body"].annotation == "V1Pod | dict[str, Any]"
    patch = _overloads(client.AppsV1Api, "patch_namespaced_deployment")[0]
    assert list(patch.parameters)[1:4] == ["name", "namespace", "body"]
    assert {"field_manager", "force", "dry_run", "field_validation", "_content_type"} <= set(
        patch.parameters
    )
    delete = _overloads(client.CoreV1Api, "delete_namespaced_pod")[0]
    assert delete.return_annotation == "V1Pod | V1Status"
    assert {"grace_period_seconds", "propagation_policy"} <= set(delete.parameters)
    # the spec says Status here, but the server returns the Namespace while it finalizes
    delete_ns = _overloads(client.CoreV1Api, "delete_namespace")[0]
    assert delete_ns.return_annotation == "V1Namespace | V1Status"
    log = _overloads(client.CoreV1Api, "read_namespaced_pod_log")[0]
    assert log.return_annotation == "str"
    assert {
        "container",
        "follow",
        "tail_lines",
        "since_seconds",
        "timestamps",
        "previous",
        "limit_bytes",
    } <= set(log.parameters)
    exec_ = _overloads(client.CoreV1Api, "connect_get_namespaced_pod_exec")[0]
    assert exec_.parameters["command"].annotation == "list[str] | None"
    assert _overloads(client.CoreV1Api, "list_namespace")[0].return_annotation == "V1NamespaceList"
    assert _overloads(client.VersionApi, "get_code")[0].return_annotation == "VersionInfo"


def test_async_twins_share_the_operations() -> None:
    from kubeclient.aio import client as aio_client

    assert aio_client.CoreV1Api is client.AsyncCoreV1Api
    assert aio_client.V1Pod is client.V1Pod
    assert inspect.iscoroutinefunction(client.AsyncCoreV1Api.list_namespaced_pod)
    sync_ops = {n for n in dir(client.CoreV1Api) if not n.startswith("_")}
    async_ops = {n for n in dir(client.AsyncCoreV1Api) if not n.startswith("_")}
    assert sync_ops == async_ops


def test_resource_facts() -> None:
    info = client.V1Deployment._resource
    assert (info.api_version, info.plural, info.namespaced) == ("apps/v1", "deployments", True)
    assert "scale" in info.subresources and "status" in info.subresources
    assert client.V1Namespace._resource.namespaced is False
    assert client.V1Pod._resource.list_kind == "PodList"


def test_import_is_lazy() -> None:
    code = (
        "import sys, kubeclient\n"
        "from kubeclient import client\n"
        "assert not [m for m in sys.modules if m.startswith('kubeclient.client.models.')]\n"
        "client.CoreV1Api\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('kubeclient.client.api.'))\n"
        "assert loaded == ['kubeclient.client.api.core_v1'], loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_custom_objects_api() -> None:
    """CustomObjectsApi comes from the generator's spec extras, with the official names."""
    create = _overloads(client.CustomObjectsApi, "create_namespaced_custom_object")[0]
    assert list(create.parameters)[1:6] == ["group", "version", "namespace", "plural", "body"]
    assert create.return_annotation == "dict[str, Any]"
    listing = _overloads(client.CustomObjectsApi, "list_cluster_custom_object")[0]
    assert {"label_selector", "watch", "_continue", "limit"} <= set(listing.parameters)
    for name in (
        "get_namespaced_custom_object_status",
        "patch_cluster_custom_object_scale",
        "delete_collection_namespaced_custom_object",
        "get_api_resources",
        "list_custom_object_for_all_namespaces",
    ):
        assert callable(getattr(client.CustomObjectsApi, name))
    from kubeclient.client.api import custom_objects

    patch = custom_objects._PATCH_NAMESPACED_CUSTOM_OBJECT
    # custom resources refuse strategic merge (415): merge patch is their default
    assert "application/strategic-merge-patch+json" not in patch.consumes
    assert "application/merge-patch+json" in patch.consumes


def test_request_bodies_carry_api_version_and_kind() -> None:
    """Custom resources and server-side apply need them; the caller's object is unchanged."""
    from kubeclient.client._core import _encode_body

    pod = client.V1Pod(metadata=client.V1ObjectMeta(name="x"))
    assert json.loads(_encode_body(pod)) == {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {"name": "x"},
    }
    assert pod.kind is None
    config_map = client.V1ConfigMap(api_version="v1beta9", kind="ConfigMap")
    assert json.loads(_encode_body(config_map))["apiVersion"] == "v1beta9"
    assert json.loads(_encode_body({"kind": "Pod"})) == {"kind": "Pod"}


def test_delete_collection_and_eviction_return_what_the_server_sends() -> None:
    collection = _overloads(client.CoreV1Api, "delete_collection_namespaced_config_map")[0]
    assert collection.return_annotation == "V1ConfigMapList | V1Status"
    eviction = _overloads(client.CoreV1Api, "create_namespaced_pod_eviction")[0]
    assert eviction.return_annotation == "V1Status"
