"""Unit tests (no server): YAML reading and typed helpers, the kind registry, discovery
parsing and caching, the install order, error aggregation, ResourceInstance, and the wait
logic — the machines driven by hand with canned results."""

from __future__ import annotations

import copy
import json
import pickle
from collections.abc import Callable, Generator
from decimal import Decimal
from pathlib import Path
from typing import Any, ClassVar

import pytest
import yaml
from kubeclient import client, utils
from kubeclient.client._core import APPLY_PATCH, JSON_PATCH, MERGE_PATCH, STRATEGIC_MERGE_PATCH
from kubeclient.client._resource import ResourceInfo
from kubeclient.client.exceptions import ApiException
from kubeclient.dynamic import (
    DynamicClient,
    Resource,
    ResourceField,
    ResourceInstance,
    ResourceNotFoundError,
    ResourceNotUniqueError,
    model_class,
    register_model,
)
from kubeclient.dynamic._calls import Call, Sleep, drive, query_items, wire_name
from kubeclient.dynamic.discovery import AGGREGATED_ACCEPT, parse_aggregated
from kubeclient.utils import FailToCreateError, ManifestError, UnknownKindError
from kubeclient.utils._create import create_machine
from kubeclient.utils._inputs import from_yaml
from kubeclient.utils._wait import (
    Wait,
    WaitSpec,
    WaitTimeoutError,
    condition_check,
    deleted_check,
    wait_machine,
)
from kubeclient.utils._yaml import manifests_from_text
from kubeclient.watch._core import ListPage, Open, ReadLine
from kubeclient.watch._core import Sleep as WatchSleep

# -- canned discovery ------------------------------------------------------------------------


def _res(resource: str, kind: str, scope: str = "Namespaced", **extra: Any) -> dict[str, Any]:
    return {
        "resource": resource,
        "responseKind": {"group": "", "version": "", "kind": kind},
        "scope": scope,
        "singularResource": kind.lower(),
        "verbs": ["create", "delete", "get", "list", "patch", "update", "watch"],
        **extra,
    }


CORE = {
    "kind": "APIGroupDiscoveryList",
    "apiVersion": "apidiscovery.k8s.io/v2",
    "items": [
        {
            "metadata": {"creationTimestamp": None},
            "versions": [
                {
                    "version": "v1",
                    "resources": [
                        _res("namespaces", "Namespace", "Cluster", shortNames=["ns"]),
                        _res("configmaps", "ConfigMap", shortNames=["cm"]),
                        _res(
                            "pods",
                            "Pod",
                            shortNames=["po"],
                            categories=["all"],
                            subresources=[
                                {
                                    "subresource": "status",
                                    "responseKind": {"kind": "Pod"},
                                    "verbs": ["get", "patch", "update"],
                                }
                            ],
                        ),
                    ],
                }
            ],
        }
    ],
}
APIS = {
    "kind": "APIGroupDiscoveryList",
    "apiVersion": "apidiscovery.k8s.io/v2",
    "items": [
        {
            "metadata": {"name": "apps"},
            "versions": [{"version": "v1", "resources": [_res("deployments", "Deployment")]}],
        },
        {
            "metadata": {"name": "autoscaling"},
            "versions": [
                {"version": "v2", "resources": [_res("hpas", "HorizontalPodAutoscaler")]},
                {"version": "v1", "resources": [_res("hpas", "HorizontalPodAutoscaler")]},
            ],
        },
        {
            "metadata": {"name": "apiextensions.k8s.io"},
            "versions": [
                {
                    "version": "v1",
                    "resources": [
                        _res("customresourcedefinitions", "CustomResourceDefinition", "Cluster")
                    ],
                }
            ],
        },
        {
            "metadata": {"name": "example.com"},
            "versions": [
                {
                    "version": "v1",
                    "resources": [
                        _res("widgets", "Widget", shortNames=["w"]),
                        _res("gizmos", "Gizmo"),
                    ],
                }
            ],
        },
    ],
}


class FakeApi:
    """An API client double: ``request`` answers from handlers, and is recorded."""

    def __init__(self, handler: Callable[[str, str, dict[str, Any]], Any] | None = None) -> None:
        self.calls: list[tuple[str, str, dict[str, Any]]] = []
        self.discovery: dict[str, Any] = {"/api": CORE, "/apis": APIS}
        self.handler = handler

    def request(self, method: str, path: str, **kwargs: Any) -> Any:
        self.calls.append((method, path, kwargs))
        if method == "GET" and path in self.discovery:
            answer = self.discovery[path]
            if isinstance(answer, Exception):
                raise answer
            return answer
        if self.handler is not None:
            return self.handler(method, path, kwargs)
        body = kwargs.get("body")
        if isinstance(body, dict):
            return {**body, "metadata": {**body.get("metadata", {}), "uid": "u-1"}}
        return {"kind": "Status"}

    def paths(self, method: str | None = None) -> list[str]:
        return [path for m, path, _ in self.calls if method is None or m == method]


def _status(code: int, reason: str, message: str) -> ApiException:
    body = json.dumps(
        {"kind": "Status", "status": "Failure", "reason": reason, "message": message, "code": code}
    )
    return ApiException(status=code, reason=reason, body=body, headers={})


# -- YAML ------------------------------------------------------------------------------------

DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: prod
spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx
          ports:
            - containerPort: 8080
"""


def test_documents_lists_and_indexes() -> None:
    text = (
        "# a comment only\n---\n"
        + DEPLOYMENT
        + "---\n---\napiVersion: v1\nkind: List\nitems:\n"
        + "  - {apiVersion: v1, kind: ConfigMap, metadata: {name: a}}\n"
        + "  - {apiVersion: v1, kind: Secret, metadata: {name: b}}\n"
        + "---\napiVersion: v1\nkind: ConfigMapList\nitems:\n  - metadata: {name: c}\n"
    )
    manifests = manifests_from_text(text, "app.yaml")
    assert [(m.kind, m.name, m.document, m.item) for m in manifests] == [
        ("Deployment", "web", 0, None),
        ("ConfigMap", "a", 2, 0),
        ("Secret", "b", 2, 1),
        ("ConfigMap", "c", 3, 0),
    ]
    # items of a typed list get its apiVersion and kind
    assert manifests[3].data == {"kind": "ConfigMap", "apiVersion": "v1", "metadata": {"name": "c"}}
    # a comment before the first "---" is no document; an empty one counts
    assert manifests[2].where == "app.yaml, document 2, item 1"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("kind: A\n---\nkind: [\n", "doc.yaml, document 1: invalid YAML"),
        ("kind: A\n---\n- 1\n- 2\n", "doc.yaml, document 1: a manifest is a mapping, not a list"),
        ("just text\n", "doc.yaml, document 0: a manifest is a mapping, not a string"),
        ("kind: List\nitems: [1]\n", "doc.yaml, document 0: item 0 is not a mapping"),
    ],
)
def test_bad_documents(text: str, message: str) -> None:
    with pytest.raises(ManifestError) as excinfo:
        manifests_from_text(text, "doc.yaml")
    assert str(excinfo.value).startswith(message)
    assert excinfo.value.source == "doc.yaml"


def test_load_typed_objects(tmp_path: Path) -> None:
    path = tmp_path / "app.yaml"
    path.write_text(
        DEPLOYMENT + "---\napiVersion: v1\nkind: Event\nmetadata: {name: e}\ninvolvedObject: {}\n"
    )
    deployment, event = utils.load_yaml(path)
    assert isinstance(deployment, client.V1Deployment)
    typed: Any = deployment
    assert typed.spec.template.spec.containers[0].ports[0].container_port == 8080
    assert typed.metadata.namespace == "prod"
    # Event exists in several groups: the core one
    assert type(event) is client.CoreV1Event
    with path.open() as stream:
        assert utils.load_yaml(stream)[0] == deployment
    (service,) = utils.loads_yaml("apiVersion: v1\nkind: Service\nmetadata: {name: s}\n")
    assert isinstance(service, client.V1Service)


def test_load_unknown_and_invalid() -> None:
    text = DEPLOYMENT + "---\napiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n"
    with pytest.raises(UnknownKindError) as excinfo:
        utils.loads_yaml(text, source="w.yaml")
    assert str(excinfo.value).startswith(
        "w.yaml, document 1: no model class for kind 'Widget' in 'example.com/v1'"
    )
    deployment, widget = utils.loads_yaml(text, allow_unknown=True)
    assert isinstance(deployment, client.V1Deployment)
    assert widget == {"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "w"}}

    with pytest.raises(ManifestError, match=r"s.yaml, document 0: not a valid Deployment: .*spec"):
        utils.loads_yaml("apiVersion: apps/v1\nkind: Deployment\n", source="s.yaml")
    with pytest.raises(ManifestError, match=r"document 0: no apiVersion"):
        utils.loads_yaml("kind: Deployment\n")
    with pytest.raises(ManifestError, match="replicas"):
        utils.loads_yaml(DEPLOYMENT.replace("replicas: 2", "replicas: two"))


def test_dump_yaml_wire_names_no_nulls() -> None:
    pod = client.V1Pod(
        metadata=client.V1ObjectMeta(name="p", labels={"a": "b"}),
        spec=client.V1PodSpec(
            containers=[
                client.V1Container(
                    name="c",
                    image="nginx",
                    ports=[client.V1ContainerPort(container_port=80)],
                    image_pull_policy=None,
                )
            ]
        ),
    )
    text = utils.dump_yaml(pod)
    assert text is not None
    assert text.splitlines()[:3] == ["apiVersion: v1", "kind: Pod", "metadata:"]
    assert "containerPort: 80" in text
    assert "null" not in text and "imagePullPolicy" not in text
    # round trip
    (loaded,) = utils.loads_yaml(text)
    assert loaded.spec == pod.spec

    both = utils.dump_yaml([pod, {"apiVersion": "v1", "kind": "Namespace", "metadata": None}])
    assert both is not None
    documents = list(yaml.safe_load_all(both))
    assert documents[1] == {"apiVersion": "v1", "kind": "Namespace"}
    deployment = utils.loads_yaml(DEPLOYMENT)[0]
    assert yaml.safe_load(utils.dump_yaml(deployment) or "") == yaml.safe_load(DEPLOYMENT)


class Gizmo(client.V1ConfigMap, kw_only=True):
    """A custom resource's model class (as generated from its CRD)."""

    _resource: ClassVar[ResourceInfo] = ResourceInfo("example.com", "v1", "Gizmo", "gizmos", True)


# -- the registry ----------------------------------------------------------------------------


def test_model_registry() -> None:
    assert model_class("apps/v1", "Deployment") is client.V1Deployment
    assert model_class("v1", "ConfigMap") is client.V1ConfigMap
    assert model_class("events.k8s.io/v1", "Event") is client.EventsV1Event
    assert model_class("autoscaling/v1", "HorizontalPodAutoscaler") is (
        client.V1HorizontalPodAutoscaler
    )
    assert model_class("apps/v1beta1", "Deployment") is None
    assert model_class("example.com/v1", "Gizmo") is None

    assert register_model(Gizmo) is Gizmo
    assert model_class("example.com/v1", "Gizmo") is Gizmo
    (gizmo,) = utils.loads_yaml("apiVersion: example.com/v1\nkind: Gizmo\ndata: {a: b}\n")
    assert isinstance(gizmo, Gizmo)
    with pytest.raises(TypeError, match="not a served kind"):
        register_model(client.V1ObjectMeta)


# -- discovery -------------------------------------------------------------------------------


def test_aggregated_discovery_and_search() -> None:
    api = FakeApi()
    dyn = DynamicClient(api)
    deployments = dyn.resources.get(api_version="apps/v1", kind="Deployment")
    assert deployments.path("web", "prod") == "/apis/apps/v1/namespaces/prod/deployments/web"
    assert deployments.path() == "/apis/apps/v1/deployments"
    assert [path for path in api.paths()] == ["/api", "/apis"]
    assert api.calls[0][2]["headers"] == {"Accept": AGGREGATED_ACCEPT}
    # cached
    pods = dyn.resources.get(short_names="po")
    assert pods.path("p", "ns") == "/api/v1/namespaces/ns/pods/p"
    assert pods.status.path("p", "ns") == "/api/v1/namespaces/ns/pods/p/status"
    assert dyn.resources.get(kind="Namespace").path("x") == "/api/v1/namespaces/x"
    assert dyn.resources.get(category="all") is pods
    assert len(api.calls) == 2
    hpa = dyn.resources.get(kind="HorizontalPodAutoscaler")
    assert hpa.group_version == "autoscaling/v2" and hpa.preferred
    assert dyn.resources.get(api_version="autoscaling/v1", kind="HorizontalPodAutoscaler")
    with pytest.raises(ResourceNotUniqueError):
        dyn.resources.get(namespaced=True)
    with pytest.raises(ValueError, match="cannot be searched by 'plural'"):
        dyn.resources.get(plural="pods")
    assert dyn.resources.api_groups == [
        "apiextensions.k8s.io/v1",
        "apps/v1",
        "autoscaling/v1",
        "autoscaling/v2",
        "example.com/v1",
        "v1",
    ]


def test_a_miss_refreshes_discovery_once() -> None:
    api = FakeApi()
    dyn = DynamicClient(api)
    dyn.resources.get(kind="ConfigMap")
    assert len(api.calls) == 2
    # a CRD installed since: found after one refresh
    apis = json.loads(json.dumps(APIS))
    apis["items"].append(
        {
            "metadata": {"name": "new.io"},
            "versions": [{"version": "v1", "resources": [_res("things", "Thing")]}],
        }
    )
    api.discovery["/apis"] = apis
    assert dyn.resources.get(api_version="new.io/v1", kind="Thing").name == "things"
    assert len(api.calls) == 4
    # still missing after the refresh: one more refresh, then the error
    with pytest.raises(ResourceNotFoundError, match="kind='Nothing'"):
        dyn.resources.get(kind="Nothing")
    assert len(api.calls) == 6
    dyn.resources.invalidate_cache()
    dyn.resources.get(kind="Thing")
    assert len(api.calls) == 8


def test_stale_group_versions_are_named() -> None:
    api = FakeApi()
    apis = json.loads(json.dumps(APIS))
    apis["items"].append(
        {
            "metadata": {"name": "metrics.k8s.io"},
            "versions": [{"version": "v1beta1", "freshness": "Stale"}],
        }
    )
    api.discovery["/apis"] = apis
    dyn = DynamicClient(api)
    with pytest.raises(ResourceNotFoundError, match=r"metrics.k8s.io/v1beta1 could not be .*stale"):
        dyn.resources.get(api_version="metrics.k8s.io/v1beta1", kind="PodMetrics")


def test_discovery_cache_file(tmp_path: Path) -> None:
    cache = tmp_path / "cache" / "discovery.json"
    first = FakeApi()
    DynamicClient(first, cache_file=cache).resources.get(kind="Deployment")
    assert len(first.calls) == 2 and cache.is_file()

    # another process: discovery from the file, resources bound to the new client
    second = FakeApi()
    dyn = DynamicClient(second, cache_file=cache)
    deployments = dyn.resources.get(kind="Deployment")
    assert second.calls == []
    assert deployments.client is dyn
    assert (
        deployments.to_dict() == DynamicClient(FakeApi()).resources.get(kind="Deployment").to_dict()
    )
    # a miss refreshes from the server (and rewrites the file)
    with pytest.raises(ResourceNotFoundError):
        dyn.resources.get(kind="Nothing")
    assert len(second.calls) == 2

    # a file of another server is not used
    data = json.loads(cache.read_text())
    data["host"] = "https://elsewhere:6443"
    cache.write_text(json.dumps(data))
    third = FakeApi()
    DynamicClient(third, cache_file=cache).resources.get(kind="Pod")
    assert len(third.calls) == 2
    cache.write_text("{not json")
    fourth = FakeApi()
    DynamicClient(fourth, cache_file=cache).resources.get(kind="Pod")
    assert len(fourth.calls) == 2


def test_per_group_fallback() -> None:
    api = FakeApi()
    api.discovery = {
        "/api": {"kind": "APIVersions", "versions": ["v1"]},
        "/apis": {
            "kind": "APIGroupList",
            "groups": [
                {
                    "name": "apps",
                    "versions": [{"groupVersion": "apps/v1", "version": "v1"}],
                    "preferredVersion": {"groupVersion": "apps/v1", "version": "v1"},
                },
                {
                    "name": "metrics.k8s.io",
                    "versions": [{"groupVersion": "metrics.k8s.io/v1", "version": "v1"}],
                    "preferredVersion": {"version": "v1"},
                },
            ],
        },
        "/api/v1": {
            "kind": "APIResourceList",
            "groupVersion": "v1",
            "resources": [
                {
                    "name": "pods",
                    "singularName": "pod",
                    "namespaced": True,
                    "kind": "Pod",
                    "verbs": ["get", "list"],
                    "shortNames": ["po"],
                },
                {"name": "pods/log", "namespaced": True, "kind": "Pod", "verbs": ["get"]},
            ],
        },
        "/apis/apps/v1": {
            "kind": "APIResourceList",
            "resources": [
                {
                    "name": "deployments",
                    "namespaced": True,
                    "kind": "Deployment",
                    "verbs": ["create"],
                },
            ],
        },
        "/apis/metrics.k8s.io/v1": _status(503, "ServiceUnavailable", "metrics is down"),
    }
    dyn = DynamicClient(api)
    pods = dyn.resources.get(api_version="v1", kind="Pod")
    assert set(pods.subresources) == {"log"}
    assert pods.short_names == ("po",)
    assert dyn.resources.get(kind="Deployment").group_version == "apps/v1"
    assert dyn.discoverer.aggregated is False
    assert dyn.discoverer.failed_group_versions == {"metrics.k8s.io/v1": "metrics is down"}
    with pytest.raises(ResourceNotFoundError, match="metrics is down"):
        dyn.resources.get(api_version="metrics.k8s.io/v1", kind="PodMetrics")


def test_parse_aggregated_scopes_and_subresources() -> None:
    resources = {r.name: r for r in parse_aggregated(CORE)}
    assert resources["namespaces"].namespaced is False
    assert resources["pods"].subresources["status"].verbs == ("get", "patch", "update")
    assert resources["pods"].group == "" and resources["pods"].group_version == "v1"


# -- requests of the dynamic client ----------------------------------------------------------


def test_request_building() -> None:
    api = FakeApi()
    dyn = DynamicClient(api)
    deployments = dyn.resources.get(kind="Deployment")
    widgets = dyn.resources.get(kind="Widget")
    assert dyn.patch_call(deployments, {"spec": {}}, "d", "ns").content_type == (
        STRATEGIC_MERGE_PATCH
    )
    # custom resources: merge patch
    assert dyn.patch_call(widgets, {"spec": {}}, "w", "ns").content_type == MERGE_PATCH
    assert dyn.patch_call(widgets, [{"op": "remove", "path": "/a"}], "w", "ns").content_type == (
        JSON_PATCH
    )
    apply = dyn.apply_call(
        widgets,
        {"metadata": {"name": "w", "namespace": "ns"}},
        field_manager="me",
        force=True,
        dry_run="All",
    )
    assert (apply.method, apply.path, apply.content_type) == (
        "PATCH",
        "/apis/example.com/v1/namespaces/ns/widgets/w",
        APPLY_PATCH,
    )
    assert apply.query == [("fieldManager", "me"), ("dryRun", "All"), ("force", True)]
    create = dyn.create_call(
        deployments,
        client.V1Deployment(
            metadata=client.V1ObjectMeta(name="d", namespace="ns"),
            spec=client.V1DeploymentSpec(
                selector=client.V1LabelSelector(), template=client.V1PodTemplateSpec()
            ),
        ),
    )
    assert create.path == "/apis/apps/v1/namespaces/ns/deployments"
    assert create.body["apiVersion"] == "apps/v1" and create.body["kind"] == "Deployment"
    delete = dyn.delete_call(widgets, namespace="ns", label_selector="a=b", propagation_policy="X")
    assert delete.query == [("labelSelector", "a=b"), ("propagationPolicy", "X")]
    with pytest.raises(ValueError, match="all_namespaces"):
        dyn.delete_call(widgets)
    assert wire_name("_continue") == "continue"
    assert wire_name("grace_period_seconds") == "gracePeriodSeconds"
    assert query_items({"limit": 5, "pretty": None, "_request_timeout": 3}) == [("limit", 5)]
    got = dyn.get(widgets, namespace="ns", limit=1)
    assert api.calls[-1][:2] == ("GET", "/apis/example.com/v1/namespaces/ns/widgets")
    assert api.calls[-1][2]["query"] == [("limit", 1)]
    assert got.kind == "Status"


def test_errors_map_to_the_official_classes() -> None:
    from kubeclient.dynamic import exceptions

    def handler(method: str, path: str, kwargs: dict[str, Any]) -> Any:
        raise _status(409, "AlreadyExists", "exists")

    dyn = DynamicClient(FakeApi(handler))
    widgets = dyn.resources.get(kind="Widget")
    with pytest.raises(exceptions.ConflictError) as excinfo:
        widgets.create(body={"metadata": {"name": "w"}}, namespace="ns")
    assert isinstance(excinfo.value, ApiException)
    assert excinfo.value.status_reason == "AlreadyExists"
    assert excinfo.value.summary == "409 AlreadyExists: exists"
    teapot = exceptions.api_exception(ApiException(status=418, reason="Teapot"))
    assert type(teapot) is exceptions.DynamicApiError
    assert exceptions.api_exception(teapot) is teapot


def test_refused_strategic_merge_falls_back_to_merge_once() -> None:
    from kubeclient.dynamic import exceptions

    register_model(Gizmo)  # a model class: taken for a built-in kind at first
    sent: list[str] = []

    def handler(method: str, path: str, kwargs: dict[str, Any]) -> Any:
        sent.append(kwargs["content_type"])
        if kwargs["content_type"] == STRATEGIC_MERGE_PATCH:
            raise _status(
                415, "UnsupportedMediaType", "the body of the request was in an unknown format"
            )
        return {"kind": "Gizmo", "data": kwargs["body"]["data"]}

    dyn = DynamicClient(FakeApi(handler))
    gizmos = dyn.resources.get(kind="Gizmo")
    assert gizmos.patch(name="g", namespace="ns", body={"data": {"a": "1"}}).data.a == "1"
    assert gizmos.patch(name="g", namespace="ns", body={"data": {"a": "2"}}).data.a == "2"
    assert sent == [STRATEGIC_MERGE_PATCH, MERGE_PATCH, MERGE_PATCH]
    # a content type asked for is sent as it is
    with pytest.raises(exceptions.DynamicApiError) as excinfo:
        gizmos.patch(
            name="g", namespace="ns", body={"data": {}}, content_type=STRATEGIC_MERGE_PATCH
        )
    assert excinfo.value.status == 415


# -- ResourceInstance ------------------------------------------------------------------------


def test_resource_instance_access() -> None:
    data = {
        "apiVersion": "v1",
        "kind": "PodList",
        "metadata": {"resourceVersion": "7"},
        "items": [{"metadata": {"name": "a", "labels": {"x": "1"}}, "spec": {"nodeName": "n"}}],
    }
    listed = ResourceInstance(None, data)
    (pod,) = listed.items
    assert isinstance(pod, ResourceInstance)
    assert (pod.kind, pod.apiVersion) == ("Pod", "v1")
    assert pod.metadata.name == "a" and pod["metadata"]["labels"]["x"] == "1"
    assert pod.status is None and pod["status"] is None
    assert "metadata" in pod and sorted(pod) == ["apiVersion", "kind", "metadata", "spec"]
    assert pod.metadata.labels == {"x": "1"}
    # views on the same data: changes show in to_dict()
    pod.spec.nodeName = "other"
    pod.metadata.labels["y"] = "2"
    items: Any = data["items"]
    assert items[0]["spec"]["nodeName"] == "other"
    snapshot = pod.to_dict()
    snapshot["spec"]["nodeName"] = "changed"
    assert pod.spec.nodeName == "other"
    assert pod.metadata.get("name") == "a"
    assert list(pod.metadata.keys()) == ["name", "labels"]
    field = ResourceField(None, a={"b": 1})
    assert field.a.b == 1 and field == {"a": {"b": 1}}
    assert "ResourceInstance[Pod]" in repr(pod) and "nodeName: other" in repr(pod)
    with pytest.raises(AttributeError):
        pod.__missing_dunder__  # noqa: B018
    # copies and pickles
    clone = copy.deepcopy(pod)
    clone.metadata.name = "b"
    assert (type(clone), pod.metadata.name, clone.metadata.name) == (ResourceInstance, "a", "b")
    assert copy.copy(field) == field
    restored = pickle.loads(pickle.dumps(pod))
    assert isinstance(restored, ResourceInstance) and restored == pod
    assert pickle.loads(pickle.dumps(field)) == field


# -- create_from_yaml: order, waiting for CRDs, errors ---------------------------------------

BATCH = """\
apiVersion: example.com/v1
kind: Widget
metadata: {name: w}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: d}
---
apiVersion: new.io/v1
kind: Thing
metadata: {name: t, namespace: other}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: c}
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: things.new.io}
spec:
  group: new.io
  scope: Namespaced
  names: {plural: things, kind: Thing}
  versions: [{name: v1, served: true, storage: true}]
---
apiVersion: v1
kind: Namespace
metadata: {name: ns}
"""


def _run(machine: Generator[Any, Any, Any], api: FakeApi, waits: list[WaitSpec]) -> Any:
    """Drive a machine: Calls go to the fake, Waits are recorded, Sleeps skipped."""
    value: Any = None
    error: BaseException | None = None
    while True:
        try:
            command = machine.throw(error) if error is not None else machine.send(value)
        except StopIteration as stop:
            return stop.value
        value, error = None, None
        try:
            if isinstance(command, Wait):
                waits.append(command.spec)
            elif isinstance(command, Sleep):
                pass
            else:
                value = command.run(api)
        except Exception as failure:
            error = failure


def test_install_order_and_crd_wait() -> None:
    api = FakeApi()
    dyn = DynamicClient(api)
    manifests = manifests_from_text(BATCH, "batch.yaml")
    waits: list[WaitSpec] = []
    created = _run(create_machine(dyn, manifests, namespace="ns"), api, waits)
    assert api.paths("POST") == [
        "/api/v1/namespaces",
        "/apis/apiextensions.k8s.io/v1/customresourcedefinitions",
        "/api/v1/namespaces/ns/configmaps",
        "/apis/apps/v1/namespaces/ns/deployments",
        "/apis/example.com/v1/namespaces/ns/widgets",
        # the CRD's kind, known from the batch (not from discovery), in its own namespace
        "/apis/new.io/v1/namespaces/other/things",
    ]
    assert [(w.name, w.goal) for w in waits] == [
        ("things.new.io", "to have condition Established=True")
    ]
    assert sorted(created) == [0, 1, 2, 3, 4, 5]
    # typed where the kind has a model class (and the answer fits it)
    assert isinstance(created[3], client.V1ConfigMap)
    assert isinstance(created[0], ResourceInstance)
    assert created[1].kind == "Deployment"  # the fake's answer has no spec: not a V1Deployment


def test_apply_uses_server_side_apply() -> None:
    api = FakeApi()
    manifests = manifests_from_text(BATCH, "batch.yaml")[:2]
    _run(
        create_machine(DynamicClient(api), manifests, apply=True, field_manager="fm", force=True),
        api,
        [],
    )
    patches = [(path, kw["content_type"], kw["query"]) for m, path, kw in api.calls if m == "PATCH"]
    assert patches == [
        (
            "/apis/apps/v1/namespaces/default/deployments/d",
            APPLY_PATCH,
            [("fieldManager", "fm"), ("force", True)],
        ),
        (
            "/apis/example.com/v1/namespaces/default/widgets/w",
            APPLY_PATCH,
            [("fieldManager", "fm"), ("force", True)],
        ),
    ]


def test_unresolvable_objects_create_nothing() -> None:
    api = FakeApi()
    text = BATCH + (
        "---\napiVersion: v1\nkind: Gizmo\nmetadata: {name: g}\n"
        "---\napiVersion: nowhere.io/v1\nkind: Thing\nmetadata: {name: t}\n"
        "---\napiVersion: new.io/v2\nkind: Thing\nmetadata: {name: t2}\n"
        "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {namespace: x}\n"
    )
    manifests = manifests_from_text(text, "bad.yaml")
    with pytest.raises(FailToCreateError) as excinfo:
        _run(create_machine(DynamicClient(api), manifests), api, [])
    assert api.paths("POST") == []
    assert str(excinfo.value).splitlines() == [
        "4 objects failed:",
        "  bad.yaml, document 6: the server serves v1 but no kind 'Gizmo' in it",
        "  bad.yaml, document 7: the server does not serve kind 'Thing' (nowhere.io/v1)",
        "  bad.yaml, document 8: version 'v2' of Thing is not served by the "
        "CustomResourceDefinition things.new.io in this batch (served: v1)",
        "  bad.yaml, document 9: no metadata.name",
        "nothing was created",
    ]


def test_generate_name(capsys: pytest.CaptureFixture[str]) -> None:
    def handler(method: str, path: str, kwargs: dict[str, Any]) -> Any:
        body = kwargs["body"]
        return {**body, "metadata": {"name": body["metadata"]["generateName"] + "x1z"}}

    api = FakeApi(handler)
    manifests = manifests_from_text(
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {generateName: c-}\n"
    )
    created = _run(create_machine(DynamicClient(api), manifests, verbose=True), api, [])
    assert created[0].metadata.name == "c-x1z"
    assert capsys.readouterr().out == "ConfigMap 'c-x1z' created (<string>, document 0)\n"
    with pytest.raises(FailToCreateError) as excinfo:
        _run(create_machine(DynamicClient(api), manifests, apply=True), api, [])
    assert str(excinfo.value.failures[0]) == (
        "<string>, document 0: server-side apply needs metadata.name"
    )


def test_failures_are_gathered_with_what_was_created() -> None:
    def handler(method: str, path: str, kwargs: dict[str, Any]) -> Any:
        body = kwargs["body"]
        if body["kind"] == "Deployment":
            raise _status(422, "Invalid", 'Deployment.apps "d" is invalid')
        if body["kind"] == "CustomResourceDefinition":
            raise _status(403, "Forbidden", "no CRDs for you")
        return body

    api = FakeApi(handler)
    manifests = manifests_from_text(BATCH, "batch.yaml")
    with pytest.raises(FailToCreateError) as excinfo:
        _run(create_machine(DynamicClient(api), manifests), api, [])
    error = excinfo.value
    assert str(error).splitlines() == [
        "3 objects failed:",
        "  batch.yaml, document 4: CustomResourceDefinition 'things.new.io': HTTP 403 "
        "Forbidden: no CRDs for you",
        "  batch.yaml, document 1: Deployment 'd': HTTP 422 Invalid: "
        'Deployment.apps "d" is invalid',
        "  batch.yaml, document 2: Thing 't': not created: its CustomResourceDefinition "
        "things.new.io was not created",
        "created anyway (3):",
        "  Widget w",
        "  ConfigMap c",
        "  Namespace ns",
    ]
    assert [e.status for e in error.api_exceptions] == [403, 422]
    # the Thing was never sent
    assert "/apis/new.io/v1/namespaces/other/things" not in api.paths("POST")


def test_a_lost_connection_is_reported_with_what_was_created() -> None:
    import httpx

    def handler(method: str, path: str, kwargs: dict[str, Any]) -> Any:
        if kwargs["body"]["kind"] == "Deployment":
            raise httpx.ConnectError("connection refused")
        return kwargs["body"]

    api = FakeApi(handler)
    widget, deployment, _, config_map, *_ = manifests_from_text(BATCH, "batch.yaml")
    machine = create_machine(DynamicClient(api), [widget, deployment, config_map], namespace="ns")
    with pytest.raises(FailToCreateError) as excinfo:
        _run(machine, api, [])
    error = excinfo.value
    assert [str(f) for f in error.failures] == [
        "batch.yaml, document 1: Deployment 'd': connection refused"
    ]
    assert error.api_exceptions == []
    assert [obj.metadata.name for obj in error.created] == ["w", "c"]


def test_custom_resource_retried_while_not_yet_served() -> None:
    attempts: list[str] = []

    def handler(method: str, path: str, kwargs: dict[str, Any]) -> Any:
        if path.endswith("/things"):
            attempts.append(path)
            if len(attempts) < 3:
                raise _status(404, "NotFound", "the server could not find the requested resource")
        return kwargs["body"]

    api = FakeApi(handler)
    manifests = manifests_from_text(BATCH, "batch.yaml")
    created = _run(create_machine(DynamicClient(api), manifests), api, [])
    assert len(attempts) == 3
    assert created[2].metadata.name == "t"


def test_verbose_reports_each_object(capsys: pytest.CaptureFixture[str]) -> None:
    api = FakeApi()
    utils.create_from_dict(
        DynamicClient(api),
        {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}},
        verbose=True,
        pretty="true",
    )
    assert capsys.readouterr().out == "ConfigMap 'c' created (<dict>, document 0)\n"
    assert api.calls[-1][2]["query"] == [("pretty", "true")]


def test_inputs() -> None:
    with pytest.raises(ValueError, match="exactly one"):
        from_yaml(None, None)
    manifests = from_yaml(None, [None, {"kind": "List", "items": [{"kind": "A"}]}])
    assert [(m.where, m.kind) for m in manifests] == [("<yaml_objects>, document 1, item 0", "A")]
    with pytest.raises(ValueError, match=r"is not a directory"):
        utils.create_from_directory(FakeApi(), "/nonexistent/dir")
    with pytest.raises(FailToCreateError, match=r"<dict>, document 0: a manifest is a mapping"):
        utils.create_from_dict(FakeApi(), ["not", "a", "dict"])


def test_create_from_yaml_result_shape(tmp_path: Path) -> None:
    path = tmp_path / "b.yaml"
    path.write_text(BATCH)
    result = utils.create_from_yaml(DynamicClient(FakeApi()), path, namespace="ns", dry_run=True)
    assert [[obj.metadata.name for obj in doc] for doc in result] == [
        ["w"],
        ["d"],
        ["t"],
        ["c"],
        ["things.new.io"],
        ["ns"],
    ]


# -- waiting ---------------------------------------------------------------------------------


def _deployment(generation: int, observed: int | None, status: str) -> dict[str, Any]:
    cond: dict[str, Any] = {"type": "Available", "status": status}
    st: dict[str, Any] = {"conditions": [cond]}
    if observed is not None:
        st["observedGeneration"] = observed
    return {"metadata": {"name": "d", "generation": generation}, "status": st}


def test_condition_semantics() -> None:
    available = condition_check("available")
    assert available(_deployment(2, 2, "True"))
    assert available(_deployment(2, None, "True"))
    assert not available(_deployment(3, 2, "True"))  # stale status
    assert not available(_deployment(2, 2, "False"))
    assert not available(None)
    assert not condition_check("Ready")(_deployment(1, 1, "True"))
    assert condition_check("Available", "False")(_deployment(1, 1, "False"))
    assert deleted_check(None) and not deleted_check({})


def _drive_wait(spec: WaitSpec, page: dict[str, Any], lines: list[bytes]) -> Any:
    machine = wait_machine(spec)
    sent: list[Any] = []
    value: Any = None
    lines_iter = iter(lines)
    while True:
        try:
            command = machine.send(value)
        except StopIteration as stop:
            return stop.value, sent
        sent.append(command)
        if isinstance(command, ListPage):
            value = page
        elif isinstance(command, Open):
            value = "handle"
        elif isinstance(command, ReadLine):
            value = next(lines_iter, None)
        elif isinstance(command, WatchSleep):
            value = None


def _event(kind: str, obj: dict[str, Any]) -> bytes:
    return json.dumps({"type": kind, "object": obj}).encode()


def test_wait_machine_lists_then_watches() -> None:
    spec = WaitSpec(
        "/apis/apps/v1/namespaces/ns/deployments",
        "d",
        condition_check("Available"),
        30,
        "Deployment ns/d",
        "to have condition Available=True",
    )
    obj = {
        **_deployment(1, 1, "False"),
        "metadata": {"name": "d", "generation": 1, "resourceVersion": "11"},
    }
    done = {
        **_deployment(1, 1, "True"),
        "metadata": {"name": "d", "generation": 1, "resourceVersion": "12"},
    }
    page = {"items": [obj], "metadata": {"resourceVersion": "11"}}
    result, sent = _drive_wait(spec, page, [_event("MODIFIED", obj), _event("MODIFIED", done)])
    assert result == done
    assert sent[0].kwargs == {"field_selector": "metadata.name=d"}
    opened = sent[1]
    assert isinstance(opened, Open)
    assert opened.kwargs["resource_version"] == "11"
    assert opened.kwargs["watch"] is True
    assert opened.kwargs["field_selector"] == "metadata.name=d"
    assert 1 <= opened.kwargs["timeout_seconds"] <= 30
    # already true: no watch at all
    result, sent = _drive_wait(spec, {"items": [done], "metadata": {}}, [])
    assert result == done and len(sent) == 1


def test_wait_machine_deletion_and_timeout() -> None:
    spec = WaitSpec(
        "/api/v1/namespaces/ns/pods", "p", deleted_check, 30, "Pod ns/p", "to be deleted"
    )
    pod = {"metadata": {"name": "p", "resourceVersion": "3"}}
    result, _ = _drive_wait(
        spec, {"items": [pod], "metadata": {"resourceVersion": "3"}}, [_event("DELETED", pod)]
    )
    assert result is None
    spec = WaitSpec(
        "/api/v1/namespaces/ns/pods",
        "p",
        condition_check("Ready"),
        0.5,
        "Pod ns/p",
        "to have condition Ready=True",
    )
    with pytest.raises(WaitTimeoutError) as excinfo:
        _drive_wait(spec, {"items": [pod], "metadata": {"resourceVersion": "3"}}, [])
    assert str(excinfo.value) == (
        "timed out after 0.5s waiting for Pod ns/p to have condition Ready=True "
        "(last seen: present, no conditions)"
    )
    assert excinfo.value.last.metadata.name == "p"


def test_wait_for_deletion_across_a_410_relist() -> None:
    """The object is deleted while the watch is expired: the relist reports it gone."""
    spec = WaitSpec(
        "/api/v1/namespaces/ns/pods", "p", deleted_check, 30, "Pod ns/p", "to be deleted"
    )
    pod = {"metadata": {"name": "p", "namespace": "ns", "resourceVersion": "3"}}
    machine = wait_machine(spec)
    command = machine.send(None)
    assert isinstance(command, ListPage)
    command = machine.send({"items": [pod], "metadata": {"resourceVersion": "3"}})
    assert isinstance(command, Open)
    expired = _status(410, "Expired", "too old resource version")
    command = machine.throw(expired)
    while isinstance(command, WatchSleep):
        command = machine.send(None)
    # the relist: the pod is gone
    assert isinstance(command, ListPage)
    with pytest.raises(StopIteration) as stop:
        while True:
            command = machine.send({"items": [], "metadata": {"resourceVersion": "9"}})
    assert stop.value.value is None


def test_wait_targets() -> None:
    from kubeclient.utils._wait import resolve

    dyn = DynamicClient(FakeApi())
    check = deleted_check

    def spec(target: Any, **kw: Any) -> WaitSpec:
        return drive(
            resolve(dyn, target, kw.get("name"), kw.get("namespace"), check, 5, "g"), dyn.client
        )

    dep = client.V1Deployment(
        metadata=client.V1ObjectMeta(name="d", namespace="ns"),
        spec=client.V1DeploymentSpec(
            selector=client.V1LabelSelector(), template=client.V1PodTemplateSpec()
        ),
    )
    assert (spec(dep).path, spec(dep).what, spec(dep).cls) == (
        "/apis/apps/v1/namespaces/ns/deployments",
        "Deployment ns/d",
        client.V1Deployment,
    )
    assert spec(client.V1Namespace, name="x").path == "/api/v1/namespaces"
    widget = {
        "apiVersion": "example.com/v1",
        "kind": "Widget",
        "metadata": {"name": "w", "namespace": "ns"},
    }
    found = spec(widget)
    assert (found.path, found.cls) == ("/apis/example.com/v1/namespaces/ns/widgets", None)
    assert spec(ResourceInstance(None, widget)).what == "Widget ns/w"
    resource = dyn.resources.get(kind="Widget")
    assert isinstance(resource, Resource)
    assert spec(resource, name="w", namespace="ns").path == found.path
    with pytest.raises(ValueError, match="namespace is required"):
        spec(client.V1ConfigMap, name="c")
    with pytest.raises(TypeError, match="not int"):
        spec(3)
    assert isinstance(Call("GET", "/x"), Call)


# -- quantities ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("200Mi", Decimal(200 * 1024**2)),
        ("100m", Decimal("0.1")),
        ("1.5G", Decimal(1_500_000_000)),
        ("2Ki", Decimal(2048)),
        ("3", Decimal(3)),
        ("2e3", Decimal(2000)),
        ("1E", Decimal(10**18)),
        ("5n", Decimal("0.000000005")),
        (7, Decimal(7)),
    ],
)
def test_parse_quantity(text: Any, value: Decimal) -> None:
    assert utils.parse_quantity(text) == value


@pytest.mark.parametrize("text", ["", "Mi", "1ki", "abc", "1.2.3", "1e", "1Q", "NaN", True])
def test_parse_quantity_rejects(text: Any) -> None:
    with pytest.raises(ValueError, match="quantity"):
        utils.parse_quantity(text)


def test_format_quantity() -> None:
    assert utils.format_quantity(Decimal(200 * 1024**2), "Mi") == "200Mi"
    assert utils.format_quantity(Decimal("0.1"), "m") == "100m"
    assert utils.format_quantity(Decimal(1000), "") == "1000"
    assert utils.format_quantity(Decimal(1), "Ki", Decimal("0.001")) == "0.001Ki"
    with pytest.raises(ValueError, match="suffix"):
        utils.format_quantity(1, "X")
