"""Typed custom-resource clients against the real control plane of the testbed.

The CRDs of tests/data/crds/good are installed, a client is generated for them (with the
trimmed built-in spec) into a throwaway package, and that package alone — its own
kubeconfig loader, API classes, models and watch — drives CRUD, merge patch, server-side
apply, status, scale, watch and the asyncio flavour.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import importlib
import json
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

import pytest
from kubesmith.crd import read_crds
from kubesmith.pipeline import generate
from kubesmith.testbed import Testbed
from test_crd import GOOD, write_spec

pytestmark = pytest.mark.cluster

PACKAGE = "ks_crd_live"
CRD_PATH = "/apis/apiextensions.k8s.io/v1/customresourcedefinitions"
T = TypeVar("T")


def _wait(what: str, check: Callable[[], T | None], timeout: float = 60.0) -> T:
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(0.2)


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The generated package (top level: ``client``, ``config``, ``watch``, ``aio``)."""
    directory = tmp_path_factory.mktemp("crd-live")
    generate(str(write_spec(directory)), directory / "out", package=PACKAGE, crds=[GOOD])
    sys.path.insert(0, str(directory / "out"))
    try:
        for sub in ("client", "config", "watch", "aio.client", "aio.config", "aio.watch"):
            importlib.import_module(f"{PACKAGE}.{sub}")
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(directory / "out"))


def _served(tb: Testbed, group: str, version: str, plural: str) -> bool:
    response = tb.admin.get(f"/apis/{group}/{version}")
    if response.status != 200:
        return False
    return any(r["name"] == plural for r in response.json().get("resources", []))


@pytest.fixture(scope="module")
def installed(testbed_cluster: Testbed) -> Iterator[list[str]]:
    """Every CRD of tests/data/crds/good, installed and served; removed afterwards."""
    tb = testbed_cluster
    names = []
    try:
        for manifest in read_crds([GOOD]):
            response = tb.admin.request("POST", CRD_PATH, manifest.body)
            assert response.status == 201, response.body
            names.append(manifest.name)
            spec = manifest.body["spec"]
            for version in spec["versions"]:
                if version["served"]:
                    _wait(
                        f"{spec['group']}/{version['name']} {spec['names']['plural']}",
                        lambda s=spec, v=version: _served(  # type: ignore[misc]
                            tb, s["group"], v["name"], s["names"]["plural"]
                        ),
                    )
        yield names
    finally:
        for name in names:
            tb.admin.request("DELETE", f"{CRD_PATH}/{name}")
        for name in names:
            _wait(
                f"CRD {name} to be deleted",
                lambda n=name: _gone(tb, n),  # type: ignore[misc]
                timeout=300.0,  # the API server first removes every object of the kind
            )


def _gone(tb: Testbed, name: str) -> bool:
    return tb.admin.get(f"{CRD_PATH}/{name}").status == 404


@pytest.fixture
def api_client(pkg: ModuleType, testbed_cluster: Testbed, installed: list[str]) -> Iterator[Any]:
    with pkg.config.new_client_from_config(
        config_file=str(testbed_cluster.kubeconfig), context="admin"
    ) as client:
        yield client


def _name(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def _widget(pkg: ModuleType, name: str, **spec: Any) -> Any:
    c = pkg.client
    return c.V1Widget(
        api_version="example.com/v1",
        kind="Widget",
        metadata=c.V1ObjectMeta(name=name, labels={"app": "widget"}),
        spec=c.V1WidgetSpec(**{"size": "small", **spec}),
    )


def _status(error: Any) -> int:
    return int(error.status)


def test_typed_crud(pkg: ModuleType, api_client: Any, testbed_namespace: str) -> None:
    c, ns = pkg.client, testbed_namespace
    api = c.ExampleComV1Api(api_client)
    name = _name("w")
    start = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    body = _widget(
        pkg,
        name,
        port="http",
        ports=[c.V1WidgetPortsItem(container_port=8080, name="http")],
        backends={"main": c.V1WidgetBackendsValue(host="a.example.com", weight=3)},
        template=c.V1WidgetTemplate(
            spec=c.V1WidgetTemplateSpec(
                containers=[
                    c.V1WidgetContainersItem(
                        name="main",
                        env=[c.V1WidgetEnvItem(name="A", value="1")],
                        resources=c.V1WidgetResources(limits={"cpu": "500m", "pods": 4}),
                    )
                ]
            )
        ),
        config={"nested": {"list": [1, "two", True]}},
        resource_template={"apiVersion": "v1", "kind": "ConfigMap", "data": {"k": "v"}},
        schedule=c.V1WidgetSchedule(start_at=start, day="2026-01-02"),
        payload=b"hello",
        ratio=0.5,
    )
    created = api.create_namespaced_widget(ns, body)
    assert isinstance(created, c.V1Widget)
    assert created.metadata.uid
    # server-side defaults of the schema
    assert created.spec.replicas == 1
    assert created.spec.paused is False
    assert created.spec.ports[0].protocol == "TCP"
    # what was sent comes back typed (free-form JSON, embedded objects, bytes, datetimes)
    assert created.spec.port == "http"
    assert created.spec.backends["main"].weight == 3
    container = created.spec.template.spec.containers[0]
    assert container.resources.limits == {"cpu": "500m", "pods": 4}
    assert created.spec.config == {"nested": {"list": [1, "two", True]}}
    assert created.spec.resource_template["data"] == {"k": "v"}
    assert created.spec.schedule.start_at == start
    assert created.spec.payload == b"hello"

    read = api.read_namespaced_widget(name, ns)
    assert read == created
    listed = api.list_namespaced_widget(ns, label_selector="app=widget")
    assert isinstance(listed, c.V1WidgetList)
    assert [w.metadata.name for w in listed.items] == [name]
    everywhere = api.list_widget_for_all_namespaces(field_selector=f"metadata.name={name}")
    assert [w.metadata.namespace for w in everywhere.items] == [ns]

    read.spec.size = "large"
    replaced = api.replace_namespaced_widget(name, ns, read)
    assert replaced.spec.size == "large"
    assert replaced.metadata.generation == 2

    deleted = api.delete_namespaced_widget(name, ns)
    assert isinstance(deleted, c.V1Widget | c.V1Status)
    with pytest.raises(pkg.client.ApiException) as caught:
        api.read_namespaced_widget(name, ns)
    assert _status(caught.value) == 404


def test_schema_validation_is_the_servers(
    pkg: ModuleType, api_client: Any, testbed_namespace: str
) -> None:
    api = pkg.client.ExampleComV1Api(api_client)
    # the CEL rule kept in the docstring is enforced by the server
    with pytest.raises(pkg.client.ApiException) as caught:
        api.create_namespaced_widget(
            testbed_namespace, _widget(pkg, _name("bad"), replicas=1, min_replicas=3)
        )
    assert _status(caught.value) == 422
    assert "minReplicas must not exceed replicas" in str(caught.value.body)


def test_patch_kinds(pkg: ModuleType, api_client: Any, testbed_namespace: str) -> None:
    c, ns = pkg.client, testbed_namespace
    api = c.ExampleComV1Api(api_client)
    name = _name("p")
    api.create_namespaced_widget(ns, _widget(pkg, name, labels={"a": "1"}))
    # a dict body defaults to merge patch: strategic merge is not offered for CRs
    merged = api.patch_namespaced_widget(name, ns, {"spec": {"labels": {"b": "2"}}})
    assert merged.spec.labels == {"a": "1", "b": "2"}
    # a list body is a JSON patch
    patched = api.patch_namespaced_widget(
        name, ns, [{"op": "replace", "path": "/spec/size", "value": "medium"}]
    )
    assert patched.spec.size == "medium"
    # asking for strategic merge explicitly: the server refuses it for custom resources
    with pytest.raises(c.ApiException) as caught:
        api.patch_namespaced_widget(
            name,
            ns,
            {"spec": {"size": "large"}},
            _content_type="application/strategic-merge-patch+json",
        )
    assert _status(caught.value) == 415


def test_server_side_apply_with_typed_body_and_conflict(
    pkg: ModuleType, api_client: Any, testbed_namespace: str
) -> None:
    c, ns = pkg.client, testbed_namespace
    api = c.ExampleComV1Api(api_client)
    apply = "application/apply-patch+yaml"
    name = _name("ssa")
    first = api.patch_namespaced_widget(
        name,
        ns,
        _widget(pkg, name, size="large", replicas=2),
        field_manager="alpha",
        _content_type=apply,
    )
    assert isinstance(first, c.V1Widget)
    assert (first.spec.size, first.spec.replicas) == ("large", 2)
    managers = {entry.manager for entry in first.metadata.managed_fields}
    assert managers == {"alpha"}
    # another manager setting a field alpha owns: a conflict
    with pytest.raises(c.ApiException) as caught:
        api.patch_namespaced_widget(
            name,
            ns,
            _widget(pkg, name, size="large", replicas=4),
            field_manager="beta",
            _content_type=apply,
        )
    assert _status(caught.value) == 409
    # resolved with force: beta takes replicas over
    forced = api.patch_namespaced_widget(
        name,
        ns,
        _widget(pkg, name, size="large", replicas=4),
        field_manager="beta",
        force=True,
        _content_type=apply,
    )
    assert forced.spec.replicas == 4
    assert {entry.manager for entry in forced.metadata.managed_fields} == {"alpha", "beta"}


def test_typed_apply_configuration_of_a_custom_resource(
    pkg: ModuleType, api_client: Any, testbed_namespace: str
) -> None:
    """Apply configurations exist for CRD kinds too: only what is set is sent and owned."""
    c, ns = pkg.client, testbed_namespace
    apply = importlib.import_module(f"{PACKAGE}.client.apply")
    api = c.ExampleComV1Api(api_client)
    name = _name("typed-ssa")

    def config(**spec: Any) -> Any:
        return apply.V1WidgetApply(
            api_version="example.com/v1",
            kind="Widget",
            metadata=apply.V1ObjectMetaApply(name=name, namespace=ns),
            spec=apply.V1WidgetSpecApply(**spec),
        )

    first = api.apply_namespaced_widget(
        config(
            size="large",
            replicas=2,
            ports=[apply.V1WidgetPortsItemApply(container_port=80, protocol="TCP")],
        ),
        "alpha",
    )
    assert isinstance(first, c.V1Widget)
    assert (first.spec.size, first.spec.replicas) == ("large", 2)
    # beta sets other fields: no conflict, and alpha's fields stay
    second = api.apply_namespaced_widget(config(labels={"team": "b"}), "beta")
    assert (second.spec.size, second.spec.labels) == ("large", {"team": "b"})
    # beta changing a field alpha owns conflicts; force takes it over
    with pytest.raises(c.ApiException) as caught:
        api.apply_namespaced_widget(config(labels={"team": "b"}, replicas=5), "beta")
    assert _status(caught.value) == 409
    forced = api.apply_namespaced_widget(
        config(labels={"team": "b"}, replicas=5), "beta", force=True
    )
    assert forced.spec.replicas == 5
    # what alpha still owns, as a typed apply configuration
    owned = apply.extract(forced, "alpha")
    assert isinstance(owned, apply.V1WidgetApply)
    assert owned.spec.size == "large" and owned.spec.replicas is None
    assert owned.spec.ports[0].container_port == 80
    # the status subresource through its own apply twin
    status = api.apply_namespaced_widget_status(
        apply.V1WidgetApply(
            api_version="example.com/v1",
            kind="Widget",
            metadata=apply.V1ObjectMetaApply(name=name, namespace=ns),
            status=apply.V1WidgetStatusApply(replicas=5, selector="app=widget"),
        ),
        "status-writer",
    )
    assert status.status.replicas == 5


def test_status_and_scale_subresources(
    pkg: ModuleType, api_client: Any, testbed_namespace: str
) -> None:
    c, ns = pkg.client, testbed_namespace
    api = c.ExampleComV1Api(api_client)
    name = _name("s")
    created = api.create_namespaced_widget(ns, _widget(pkg, name, replicas=2))
    assert created.status is None
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    created.status = c.V1WidgetStatus(
        replicas=2,
        selector="app=widget",
        conditions=[
            c.V1WidgetConditionsItem(
                type="Ready", status="True", last_transition_time=now, reason="Up"
            )
        ],
    )
    created.spec.size = "large"  # ignored by the status endpoint
    updated = api.replace_namespaced_widget_status(name, ns, created)
    assert updated.status.conditions[0].last_transition_time == now
    assert updated.spec.size == "small"
    patched = api.patch_namespaced_widget_status(name, ns, {"status": {"observedGeneration": 1}})
    assert patched.status.observed_generation == 1
    assert api.read_namespaced_widget_status(name, ns).status.replicas == 2

    scale = api.read_namespaced_widget_scale(name, ns)
    assert isinstance(scale, c.V1Scale)
    assert (scale.spec.replicas, scale.status.replicas) == (2, 2)
    assert scale.status.selector == "app=widget"
    api.patch_namespaced_widget_scale(name, ns, {"spec": {"replicas": 5}})
    assert api.read_namespaced_widget(name, ns).spec.replicas == 5
    scale = api.read_namespaced_widget_scale(name, ns)
    scale.spec.replicas = 7
    assert api.replace_namespaced_widget_scale(name, ns, scale).spec.replicas == 7
    assert api.read_namespaced_widget(name, ns).spec.replicas == 7


def test_watch_gives_typed_events(pkg: ModuleType, api_client: Any, testbed_namespace: str) -> None:
    c, ns = pkg.client, testbed_namespace
    api = c.ExampleComV1Api(api_client)
    name = _name("watched")
    api.create_namespaced_widget(ns, _widget(pkg, name))
    seen: list[tuple[str, str | None]] = []
    w = pkg.watch.Watch()
    for event in w.stream(api.list_namespaced_widget, ns, timeout_seconds=30):
        obj = event["object"]
        assert isinstance(obj, c.V1Widget)
        seen.append((event["type"], obj.spec.size))
        if event["type"] == "ADDED":
            api.patch_namespaced_widget(name, ns, {"spec": {"size": "large"}})
        elif event["type"] == "MODIFIED":
            api.delete_namespaced_widget(name, ns)
        elif event["type"] == "DELETED":
            w.stop()
    assert seen == [("ADDED", "small"), ("MODIFIED", "large"), ("DELETED", "large")]


def test_cluster_scoped_kinds(pkg: ModuleType, api_client: Any) -> None:
    c = pkg.client
    tools = c.ToolsExampleOrgV1Api(api_client)
    name = _name("g")
    # custom resources need apiVersion and kind in the body (the server infers them only
    # for built-in kinds)
    gizmo = c.V1Gizmo(
        api_version="tools.example.org/v1",
        kind="Gizmo",
        metadata=c.V1ObjectMeta(name=name),
        spec=c.V1GizmoSpec(
            color="red",
            parts=[c.V1GizmoPartsItem(name="bolt")],
            owner=c.V1GizmoOwner(
                api_version="v1",
                kind="ConfigMap",
                metadata=c.V1ObjectMeta(name="cm"),
                spec={"free": ["form"]},
            ),
        ),
    )
    created = tools.create_gizmo(gizmo)
    assert created.metadata.namespace is None
    assert created.spec.parts[0].count == 1  # defaulted by the server
    assert created.spec.owner.metadata.name == "cm"
    assert created.spec.owner.spec == {"free": ["form"]}
    status = tools.patch_gizmo_status(name, {"status": {"phase": "Ready"}})
    assert status.status.phase == "Ready"
    assert name in [g.metadata.name for g in tools.list_gizmo().items]
    tools.delete_gizmo(name)

    # a custom Namespace kind lives next to the built-in one
    tenancy = c.TenancyExampleIoV1Api(api_client)
    tenant = tenancy.create_namespace(
        c.TenancyExampleIoV1Namespace(
            api_version="tenancy.example.io/v1",
            kind="Namespace",
            metadata=c.V1ObjectMeta(name=name),
            spec=c.TenancyExampleIoV1NamespaceSpec(owner="me", quota={"cpu": "2", "pods": 10}),
        )
    )
    assert isinstance(tenant, c.TenancyExampleIoV1Namespace)
    assert tenant.spec.quota == {"cpu": "2", "pods": 10}
    assert tenancy.read_namespace(name) == tenant
    assert isinstance(c.CoreV1Api(api_client).read_namespace("default"), c.V1Namespace)
    tenancy.delete_namespace(name)


def test_several_versions_of_one_kind(
    pkg: ModuleType, api_client: Any, testbed_namespace: str
) -> None:
    c, ns = pkg.client, testbed_namespace
    name = _name("b")
    v1 = c.StorageExampleNetV1Api(api_client)
    v2 = c.StorageExampleNetV2Api(api_client)
    v1.create_namespaced_backup(
        ns,
        c.V1Backup(
            api_version="storage.example.net/v1",
            kind="Backup",
            metadata=c.V1ObjectMeta(name=name),
            spec=c.V1BackupSpec(source="db", targets={"s3": ["bucket-a"]}),
        ),
    )
    read = v1.read_namespaced_backup(name, ns)
    assert read.spec.retention is None and read.spec.targets == {"s3": ["bucket-a"]}
    other = v2.read_namespaced_backup(name, ns)
    assert isinstance(other, c.V2Backup)
    assert other.api_version == "storage.example.net/v2"
    # no conversion webhook: fields v2 does not declare are pruned from its view
    assert other.spec.to_wire() == {}
    # a deprecated version: served, with the CRD's deprecation warning
    deprecated = c.ExampleComV1beta1Api(api_client)
    warning = importlib.import_module(f"{PACKAGE}.client.api_client").KubernetesWarning
    with pytest.warns(warning, match="example.com/v1beta1 Widget is deprecated"):
        assert deprecated.list_namespaced_widget(ns).items == []
    v1.delete_namespaced_backup(name, ns)


def test_asyncio_flavour_with_watch(
    pkg: ModuleType, testbed_cluster: Testbed, installed: list[str]
) -> None:
    aio, c = pkg.aio.client, pkg.client
    ns = "default"

    async def main() -> None:
        async with await pkg.aio.config.new_client_from_config(
            config_file=str(testbed_cluster.kubeconfig), context="admin"
        ) as api_client:
            api = aio.ExampleComV1Api(api_client)
            name = _name("async")
            created = await api.create_namespaced_widget(ns, _widget(pkg, name))
            assert isinstance(created, c.V1Widget)
            patched = await api.patch_namespaced_widget(name, ns, {"spec": {"size": "large"}})
            assert patched.spec.size == "large"
            scale = await api.read_namespaced_widget_scale(name, ns)
            assert scale.spec.replicas == 1
            listed = await api.list_namespaced_widget(ns, field_selector=f"metadata.name={name}")
            assert [w.metadata.name for w in listed.items] == [name]
            seen: list[tuple[str, str]] = []
            async with pkg.aio.watch.Watch() as w:
                async for event in w.stream(
                    api.list_namespaced_widget,
                    ns,
                    field_selector=f"metadata.name={name}",
                    timeout_seconds=30,
                ):
                    assert isinstance(event["object"], c.V1Widget)
                    seen.append((event["type"], event["object"].spec.size))
                    if event["type"] == "ADDED":
                        await api.delete_namespaced_widget(name, ns)
                    elif event["type"] == "DELETED":
                        w.stop()
            assert seen[0] == ("ADDED", "large") and seen[-1] == ("DELETED", "large")

    asyncio.run(main())


def test_the_generated_spec_matches_what_the_server_publishes(
    testbed_cluster: Testbed, installed: list[str]
) -> None:
    """The API server's own OpenAPI v3 for a CRD: same paths and patch types as ours."""
    from kubesmith.crd import add_crds

    document = json.loads(write_spec_text())
    add_crds(document, [GOOD / "widgets.example.com.yaml"])
    ours = {p for p in document["paths"] if p.startswith("/apis/example.com/v1/")}
    published = _wait(
        "the OpenAPI v3 document of example.com/v1",
        lambda: _openapi(testbed_cluster, "apis/example.com/v1"),
    )
    theirs = {p for p in published["paths"] if p != "/apis/example.com/v1/"}
    assert ours == theirs
    # the same operation ids, so the same method names as a client generated from the
    # cluster's own spec (--from-cluster)
    methods = ("get", "put", "post", "patch", "delete")
    assert {
        (path, method): document["paths"][path][method]["operationId"]
        for path in ours
        for method in methods
        if method in document["paths"][path]
    } == {
        (path, method): published["paths"][path][method]["operationId"]
        for path in theirs
        for method in methods
        if method in published["paths"][path]
    }
    patch = published["paths"]["/apis/example.com/v1/namespaces/{namespace}/widgets/{name}"][
        "patch"
    ]
    content = set(patch["requestBody"]["content"])
    assert "application/strategic-merge-patch+json" not in content
    assert {"application/json-patch+json", "application/merge-patch+json"} <= content


def write_spec_text() -> str:
    from test_crd import GOLDEN_SPEC, SCALE_DEFINITIONS

    document = json.loads(Path(GOLDEN_SPEC).read_text(encoding="utf-8"))
    document["definitions"].update(SCALE_DEFINITIONS)
    return json.dumps(document)


def _openapi(tb: Testbed, group_version: str) -> dict[str, Any] | None:
    response = tb.admin.get(f"/openapi/v3/{group_version}")
    if response.status != 200:
        return None
    result: dict[str, Any] = response.json()
    return result
