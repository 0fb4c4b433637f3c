"""Typed clients for custom resources: CRD manifests → models and API classes.

The CRDs in tests/data/crds/good are generated together with the trimmed built-in spec
(plus ``autoscaling/v1`` ``Scale``, which it lacks) into a throwaway package that is
imported, round-tripped and type-checked here.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import json
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import msgspec
import pytest
from click.testing import CliRunner
from kubesmith.cli import main
from kubesmith.crd import add_crds, read_crds
from kubesmith.errors import SpecError
from kubesmith.pipeline import build, generate
from kubesmith.targets.python.lower import lower
from kubesmith.targets.python.model import PyApiGroup, PyClient

ROOT = Path(__file__).resolve().parents[1]
GOLDEN_SPEC = ROOT / "tests" / "golden" / "spec.json"
CRDS = ROOT / "tests" / "data" / "crds"
GOOD = CRDS / "good"
BAD = CRDS / "bad"
BIN = Path(sys.executable).parent
PACKAGE = "ks_crd_client"

_AUTOSCALING = "io.k8s.api.autoscaling.v1"
#: a minimal autoscaling/v1 Scale: the golden spec has no scale subresource of its own
SCALE_DEFINITIONS: dict[str, Any] = {
    f"{_AUTOSCALING}.Scale": {
        "description": "Scale represents a scaling request for a resource.",
        "type": "object",
        "properties": {
            "apiVersion": {"type": "string"},
            "kind": {"type": "string"},
            "metadata": {"$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"},
            "spec": {"$ref": f"#/definitions/{_AUTOSCALING}.ScaleSpec"},
            "status": {"$ref": f"#/definitions/{_AUTOSCALING}.ScaleStatus"},
        },
        "x-kubernetes-group-version-kind": [
            {"group": "autoscaling", "version": "v1", "kind": "Scale"}
        ],
    },
    f"{_AUTOSCALING}.ScaleSpec": {
        "type": "object",
        "properties": {"replicas": {"type": "integer", "format": "int32"}},
    },
    f"{_AUTOSCALING}.ScaleStatus": {
        "type": "object",
        "required": ["replicas"],
        "properties": {
            "replicas": {"type": "integer", "format": "int32"},
            "selector": {"type": "string"},
        },
    },
}


def write_spec(directory: Path) -> Path:
    """The golden spec with ``Scale`` added, as a file (the pipeline reads files)."""
    document = json.loads(GOLDEN_SPEC.read_text(encoding="utf-8"))
    document["definitions"].update(SCALE_DEFINITIONS)
    path = directory / "spec-1.36.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def spec_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_spec(tmp_path_factory.mktemp("crd-spec"))


@pytest.fixture(scope="module")
def model(spec_file: Path) -> PyClient:
    return lower(build(str(spec_file), PACKAGE, crds=[GOOD]))


@pytest.fixture(scope="module")
def out(spec_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("crd-out")
    generate(str(spec_file), directory, package=PACKAGE, crds=[GOOD])
    return directory


@pytest.fixture(scope="module")
def pkg(out: Path) -> Iterator[ModuleType]:
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module(f"{PACKAGE}.client")
    finally:
        sys.path.remove(str(out))


def _module(model: PyClient, name: str) -> list[str]:
    return [d.class_name for m in model.model_modules if m.module == name for d in m.definitions]


# -- names -----------------------------------------------------------------------------------


def test_class_names_of_nested_schemas_are_pinned(model: PyClient) -> None:
    # the kind and the shortest suffix of the class path no other class of the kind ends
    # with (``spec.template.spec.containers[].env[].valueFrom.secretKeyRef`` is
    # ``V1WidgetSecretKeyRef``; ``spec.template.spec`` needs ``TemplateSpec`` beside ``spec``)
    assert _module(model, "example_com_v1") == [
        "V1Widget",
        "V1WidgetBackendsValue",
        "V1WidgetConditionsItem",
        "V1WidgetContainersItem",
        "V1WidgetEnvItem",
        "V1WidgetExtra",
        "V1WidgetList",
        # the property ``list`` of the kind wanted WidgetList, which the list kind has (and
        # its path is no longer)
        "V1WidgetList2",
        "V1WidgetMetadata",
        "V1WidgetPortsItem",
        "V1WidgetResources",
        "V1WidgetSchedule",
        "V1WidgetSecretKeyRef",
        "V1WidgetSpec",
        "V1WidgetStatus",
        "V1WidgetTemplate",
        "V1WidgetTemplateSpec",
        "V1WidgetTls",
        "V1WidgetValueFrom",
    ]
    # every served version, none of the unserved ones
    assert _module(model, "example_com_v1beta1") == [
        "V1beta1Widget",
        "V1beta1WidgetList",
        "V1beta1WidgetSpec",
        "V1beta1WidgetStatus",
    ]
    assert _module(model, "example_com_v1alpha1") == []
    assert _module(model, "tools_example_org_v1") == [
        "V1Gizmo",
        "V1GizmoList",
        "V1GizmoOwner",
        "V1GizmoPartsItem",
        "V1GizmoSpec",
        "V1GizmoStatus",
    ]
    # from a JSON List document; two served versions
    assert _module(model, "storage_example_net_v1") == [
        "V1Backup",
        "V1BackupList",
        "V1BackupRetention",
        "V1BackupSpec",
    ]
    assert _module(model, "storage_example_net_v2") == ["V2Backup", "V2BackupList", "V2BackupSpec"]


def test_a_kind_clashing_with_a_built_in_is_prefixed_and_the_built_in_keeps_its_name(
    model: PyClient,
) -> None:
    assert _module(model, "tenancy_example_io_v1") == [
        "TenancyExampleIoV1Namespace",
        "TenancyExampleIoV1NamespaceList",
        "TenancyExampleIoV1NamespaceSpec",
        "TenancyExampleIoV1NamespaceStatus",
    ]
    core = _module(model, "core_v1")
    assert {"V1Namespace", "V1NamespaceList", "V1NamespaceSpec", "V1NamespaceStatus"} <= set(core)


def test_same_kind_in_two_groups_is_prefixed_by_group(spec_file: Path, tmp_path: Path) -> None:
    other = (GOOD / "widgets.example.com.yaml").read_text(encoding="utf-8")
    other = other.replace("widgets.example.com", "widgets.other.example.io")
    other = other.replace("group: example.com", "group: other.example.io")
    (tmp_path / "other.yaml").write_text(other, encoding="utf-8")
    client = lower(
        build(
            str(spec_file),
            PACKAGE,
            crds=[GOOD / "widgets.example.com.yaml", tmp_path / "other.yaml"],
        )
    )
    ours = _module(client, "example_com_v1")
    theirs = _module(client, "other_example_io_v1")
    assert ours[:2] == ["ExampleComV1Widget", "ExampleComV1WidgetBackendsValue"]
    assert theirs[:2] == ["OtherExampleIoV1Widget", "OtherExampleIoV1WidgetBackendsValue"]
    assert {"ExampleComV1WidgetList", "ExampleComV1WidgetList2"} <= set(ours)


def _kind_crd(kind: str, plural: str, properties: dict[str, Any]) -> dict[str, Any]:
    crd = json.loads(json.dumps(BASE_CRD))
    crd["metadata"]["name"] = f"{plural}.example.com"
    crd["spec"]["names"] = {"kind": kind, "plural": plural}
    schema = crd["spec"]["versions"][0]["schema"]["openAPIV3Schema"]
    schema["properties"] = properties
    return crd


def test_a_nested_schema_never_takes_the_name_of_a_kind(spec_file: Path, tmp_path: Path) -> None:
    backup = _kind_crd(
        "Backup",
        "backups",
        {"schedule": {"type": "object", "properties": {"cron": {"type": "string"}}}},
    )
    schedule = _kind_crd(
        "BackupSchedule", "backupschedules", {"spec": {"type": "object", "properties": {}}}
    )
    (tmp_path / "a.json").write_text(json.dumps(backup), encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps(schedule), encoding="utf-8")
    for files in (
        [tmp_path / "a.json", tmp_path / "b.json"],
        [tmp_path / "b.json", tmp_path / "a.json"],
    ):
        client = lower(build(str(spec_file), PACKAGE, crds=files))
        assert _module(client, "example_com_v1") == [
            "V1Backup",
            "V1BackupList",
            "V1BackupSchedule",
            "V1BackupSchedule2",
            "V1BackupScheduleList",
        ]
        backup_def = next(d for d in client.definitions if d.class_name == "V1Backup")
        field = next(f for f in backup_def.fields if f.name == "schedule")
        assert field.type.annotation == "V1BackupSchedule2"


def test_names_do_not_depend_on_file_order(spec_file: Path) -> None:
    files = sorted(GOOD.iterdir())
    forward = build(str(spec_file), PACKAGE, crds=files)
    backward = build(str(spec_file), PACKAGE, crds=list(reversed(files)))
    assert forward == backward


def _names(api: PyApiGroup) -> list[str]:
    """The operations from the spec (typed-apply twins of patches are derived by the parser)."""
    return [op.name for op in api.operations if not op.operation_id.startswith("apply:")]


def test_api_classes_and_method_names(model: PyClient) -> None:
    apis = {api.class_name: api for api in model.apis}
    widget = apis["ExampleComV1Api"]
    assert widget.module == "example_com_v1"
    assert _names(widget) == [
        "create_namespaced_widget",
        "delete_collection_namespaced_widget",
        "delete_namespaced_widget",
        "list_namespaced_widget",
        "list_widget_for_all_namespaces",
        "patch_namespaced_widget",
        "patch_namespaced_widget_scale",
        "patch_namespaced_widget_status",
        "read_namespaced_widget",
        "read_namespaced_widget_scale",
        "read_namespaced_widget_status",
        "replace_namespaced_widget",
        "replace_namespaced_widget_scale",
        "replace_namespaced_widget_status",
    ]
    # no scale subresource in v1beta1
    assert "read_namespaced_widget_scale" not in _names(apis["ExampleComV1beta1Api"])
    # cluster scope: no namespace, no "for all namespaces"
    assert _names(apis["ToolsExampleOrgV1Api"]) == [
        "create_gizmo",
        "delete_collection_gizmo",
        "delete_gizmo",
        "list_gizmo",
        "patch_gizmo",
        "patch_gizmo_status",
        "read_gizmo",
        "read_gizmo_status",
        "replace_gizmo",
        "replace_gizmo_status",
    ]
    assert "TenancyExampleIoV1Api" in apis
    assert "StorageExampleNetV2Api" in apis


def test_operations_look_like_the_built_ins(model: PyClient) -> None:
    ops = {op.name: op for api in model.apis if api.tag == "exampleCom_v1" for op in api.operations}
    listing = ops["list_namespaced_widget"]
    assert listing.path == "/apis/example.com/v1/namespaces/{namespace}/widgets"
    assert listing.action == "list"
    assert [p.name for p in listing.parameters] == [
        "namespace",
        "pretty",
        "allow_watch_bookmarks",
        "_continue",
        "field_selector",
        "label_selector",
        "limit",
        "resource_version",
        "resource_version_match",
        "send_initial_events",
        "timeout_seconds",
        "watch",
    ]
    assert listing.response is not None and listing.response.annotation == "V1WidgetList"
    patch = ops["patch_namespaced_widget"]
    assert [p.name for p in patch.parameters][:3] == ["name", "namespace", "body"]
    # no strategic merge: the server answers 415 to it for custom resources
    assert patch.consumes == (
        "application/json-patch+json",
        "application/merge-patch+json",
        "application/apply-patch+yaml",
    )
    delete = ops["delete_namespaced_widget"]
    assert delete.response is not None
    assert delete.response.annotation == "V1Widget | V1Status"
    scale = ops["read_namespaced_widget_scale"]
    assert scale.response is not None and scale.response.annotation == "V1Scale"
    assert scale.gvk is not None and scale.gvk.kind == "Scale"
    status = ops["patch_namespaced_widget_status"]
    assert status.path.endswith("/widgets/{name}/status")
    assert status.response is not None and status.response.annotation == "V1Widget"
    gizmo = next(api for api in model.apis if api.tag == "toolsExampleOrg_v1")
    read = next(op for op in gizmo.operations if op.name == "read_gizmo")
    assert [p.name for p in read.parameters] == ["name", "pretty"]
    assert read.path == "/apis/tools.example.org/v1/gizmos/{name}"


def test_resource_facts(pkg: ModuleType) -> None:
    info = pkg.V1Widget._resource
    assert (info.group, info.version, info.kind, info.plural) == (
        "example.com",
        "v1",
        "Widget",
        "widgets",
    )
    assert info.namespaced is True
    assert info.subresources == ("scale", "status")
    assert info.list_kind == "WidgetList"
    assert "watch" in info.verbs
    gizmo = pkg.V1Gizmo._resource
    assert gizmo.namespaced is False and gizmo.subresources == ("status",)
    assert pkg.V1Backup._resource.subresources == ()


# -- types -----------------------------------------------------------------------------------


def _annotations(cls: type) -> dict[str, str]:
    return dict(cls.__annotations__)


def test_field_types(pkg: ModuleType) -> None:
    spec = _annotations(pkg.V1WidgetSpec)
    assert spec == {
        "anything": "JSON | None",
        "backends": "dict[str, V1WidgetBackendsValue] | None",
        "config": "dict[str, JSON] | None",
        "extra": "V1WidgetExtra | None",
        "id": "str | None",
        "labels": "dict[str, str] | None",
        "min_replicas": "int | None",
        "notes": "str | None",
        "paused": "bool | None",
        "payload": "bytes | None",
        "port": "IntOrString | None",
        "ports": "list[V1WidgetPortsItem] | None",
        "ratio": "float | None",
        "replicas": "int | None",
        "resource_template": "dict[str, JSON] | None",
        "schedule": "V1WidgetSchedule | None",
        # an enum: a Literal to type checkers, any string at run time
        "size": "OneOf['large', 'medium', 'small']",
        "template": "V1WidgetTemplate | None",
        "website": "str | None",
        "weight_factor": "float | None",
    }
    assert _annotations(pkg.V1WidgetSchedule) == {
        "day": "str | None",
        "every": "str | None",
        "start_at": "datetime | None",
        "timezone": "str | None",
    }
    assert _annotations(pkg.V1WidgetResources) == {"limits": "dict[str, IntOrString] | None"}
    assert _annotations(pkg.V1Widget) == {
        "_resource": "ClassVar[ResourceInfo]",
        "api_version": "str | None",
        "kind": "str | None",
        "list_": "V1WidgetList2 | None",
        "metadata": "V1ObjectMeta | None",
        "spec": "V1WidgetSpec | None",
        "status": "V1WidgetStatus | None",
    }
    assert _annotations(pkg.V1WidgetList)["items"] == "list[V1Widget]"
    assert _annotations(pkg.V1WidgetList)["metadata"] == "V1ListMeta | None"
    # an embedded resource with properties: typed, with the standard metadata
    assert _annotations(pkg.V1GizmoOwner) == {
        "api_version": "str | None",
        "kind": "str | None",
        "metadata": "V1ObjectMeta | None",
        "spec": "dict[str, JSON] | None",
    }
    assert _annotations(pkg.V1BackupSpec)["targets"] == "dict[str, list[str]] | None"
    # required with a default: the default is the Python default; required without: required
    assert pkg.V1WidgetSpec(size="large").size == "large"
    assert pkg.V1WidgetSpec().size == "medium"
    assert _annotations(pkg.V1WidgetPortsItem)["container_port"] == "int"
    assert pkg.V1WidgetPortsItem(container_port=80).protocol is None


def test_merge_metadata_is_carried(model: PyClient) -> None:
    fields = {d.class_name: {f.wire: f for f in d.fields} for d in model.definitions if d.module}
    ports = fields["V1WidgetSpec"]["ports"].merge
    assert (ports.list_type, ports.list_map_keys) == ("map", ("containerPort", "protocol"))
    conditions = fields["V1WidgetStatus"]["conditions"].merge
    assert (conditions.list_type, conditions.list_map_keys) == ("map", ("type",))
    assert fields["V1WidgetList2"]["names"].merge.list_type == "set"


def test_documentation_keeps_what_types_cannot_say(pkg: ModuleType, out: Path) -> None:
    source = (out / PACKAGE / "client" / "models" / "example_com_v1.py").read_text()
    assert inspect.getdoc(pkg.V1Widget) == (
        "A Widget runs replicas of a container template behind some ports.\n\n"
        "Custom resource example.com/v1 Widget (namespaced; CRD widgets.example.com)."
    )
    # a nested class without a description says where it sits
    assert inspect.getdoc(pkg.V1WidgetPortsItem) == "``spec.ports[]`` of example.com/v1 Widget."
    assert inspect.getdoc(pkg.V1WidgetTls) == ("``spec.backends.*.tls`` of example.com/v1 Widget.")
    spec_doc = inspect.getdoc(pkg.V1WidgetSpec) or ""
    assert "Validation rules (CEL):" in spec_doc
    assert "minReplicas must not exceed replicas" in spec_doc
    assert 'Allowed values: "small", "medium", "large".' in source
    assert 'Defaults to "medium" (set by the server).' in source
    assert "Format: uuid (validated by the server)." in source
    assert "Validation: minimum 0." in source
    assert "Validation: maxLength 15." in source
    assert 'Must also satisfy oneOf: [{"required": ["startAt"]}, {"required": ["every"]}].' in (
        source
    )
    assert "May be null." in source
    assert "x-kubernetes-preserve-unknown-fields), but this model has only" in source
    deprecated = inspect.getdoc(pkg.V1beta1Widget) or ""
    assert deprecated.startswith(
        "Deprecated: example.com/v1beta1 Widget is deprecated; use example.com/v1"
    )


# -- round trips -----------------------------------------------------------------------------

WIDGET: dict[str, Any] = {
    "apiVersion": "example.com/v1",
    "kind": "Widget",
    "metadata": {"name": "w1", "namespace": "ns", "labels": {"app": "w"}},
    "list": {"names": ["a", "b"]},
    "spec": {
        "replicas": 3,
        "size": "large",
        "paused": True,
        "port": "http",
        "ports": [{"name": "http", "containerPort": 8080, "protocol": "TCP"}],
        "labels": {"tier": "web"},
        "backends": {
            "primary": {"host": "a.example.com", "weight": 10, "tls": {"secretName": "s"}},
            "spare": {"host": "b.example.com"},
        },
        "template": {
            "metadata": {"labels": {"app": "w"}},
            "spec": {
                "containers": [
                    {
                        "name": "main",
                        "image": "registry.invalid/w:1",
                        "args": ["--fast"],
                        "env": [
                            {"name": "A", "value": "1"},
                            {
                                "name": "B",
                                "valueFrom": {"secretKeyRef": {"name": "sec", "key": "k"}},
                            },
                        ],
                        "resources": {"limits": {"cpu": "500m", "pods": 4}},
                    }
                ]
            },
        },
        "config": {"nested": {"deep": [1, "two", None, {"x": True}]}},
        "extra": {"mode": "fast"},
        "anything": [1, 2, 3],
        "resourceTemplate": {
            "apiVersion": "v1",
            "kind": "ConfigMap",
            "metadata": {"name": "cm"},
            "data": {"k": "v"},
        },
        "schedule": {"startAt": "2026-01-02T03:04:05Z", "day": "2026-01-02", "every": "1h"},
        "website": "https://example.com",
        "id": "0b9d3f1e-5c7a-4c1b-9c57-3f0f6d1c2b11",
        "ratio": 0.25,
        "weightFactor": 1.5,
        "payload": "aGVsbG8=",
        "notes": "n",
    },
    "status": {
        "replicas": 3,
        "selector": "app=w",
        "observedGeneration": 2,
        "conditions": [
            {
                "type": "Ready",
                "status": "True",
                "reason": "Up",
                "lastTransitionTime": "2026-01-02T03:04:05Z",
            }
        ],
    },
}


def test_decode_gives_typed_objects(pkg: ModuleType) -> None:
    widget = pkg.V1Widget.from_json(json.dumps(WIDGET))
    assert isinstance(widget.spec, pkg.V1WidgetSpec)
    assert widget.metadata.name == "w1"
    assert isinstance(widget.metadata, pkg.V1ObjectMeta)
    assert widget.spec.port == "http"
    assert widget.spec.ports[0].container_port == 8080
    assert widget.spec.backends["primary"].tls.secret_name == "s"
    container = widget.spec.template.spec.containers[0]
    assert container.env[1].value_from.secret_key_ref.key == "k"
    assert container.resources.limits == {"cpu": "500m", "pods": 4}
    assert widget.spec.config == {"nested": {"deep": [1, "two", None, {"x": True}]}}
    assert widget.spec.resource_template["data"] == {"k": "v"}
    assert widget.spec.schedule.start_at == dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    assert widget.spec.payload == b"hello"
    assert widget.status.conditions[0].last_transition_time.year == 2026
    assert widget.list_.names == ["a", "b"]


def test_encode_round_trips_the_wire_form(pkg: ModuleType) -> None:
    widget = pkg.V1Widget.from_json(json.dumps(WIDGET))
    assert widget.to_wire() == WIDGET
    assert pkg.V1Widget.from_dict(WIDGET) == widget
    listing = pkg.V1WidgetList.from_json(
        json.dumps({"apiVersion": "example.com/v1", "kind": "WidgetList", "items": [WIDGET]})
    )
    assert listing.items == [widget]


def test_extra_fields_of_a_partly_typed_object_are_dropped_as_documented(
    pkg: ModuleType,
) -> None:
    decoded = pkg.V1WidgetExtra.from_json(b'{"mode": "m", "unknown": 1}')
    assert decoded.to_wire() == {"mode": "m"}


def test_int_or_string_accepts_both(pkg: ModuleType) -> None:
    for port in (8080, "http"):
        spec = pkg.V1WidgetSpec.from_dict({"size": "small", "port": port})
        assert spec.port == port
    with pytest.raises(msgspec.ValidationError):
        pkg.V1WidgetSpec.from_dict({"size": "small", "port": 1.5})


def test_missing_required_field_fails_to_decode(pkg: ModuleType) -> None:
    with pytest.raises(msgspec.ValidationError, match="containerPort"):
        pkg.V1WidgetPortsItem.from_dict({"name": "x"})


# -- static typing ---------------------------------------------------------------------------

USAGE = """
from typing import assert_type

from {pkg}.client import (
    ApiClient, ExampleComV1Api, ToolsExampleOrgV1Api, V1Gizmo, V1ObjectMeta, V1Scale,
    V1Status, V1Widget, V1WidgetList, V1WidgetSpec,
)


def use(api_client: ApiClient) -> None:
    api = ExampleComV1Api(api_client)
    widget = V1Widget(metadata=V1ObjectMeta(name="w"), spec=V1WidgetSpec(size="small"))
    created = api.create_namespaced_widget("ns", widget)
    assert_type(created, V1Widget)
    assert_type(api.list_namespaced_widget("ns", label_selector="a=b"), V1WidgetList)
    assert_type(api.read_namespaced_widget_scale("w", "ns"), V1Scale)
    assert_type(api.patch_namespaced_widget_status("w", "ns", {{"status": {{}}}}), V1Widget)
    assert_type(api.delete_namespaced_widget("w", "ns"), V1Widget | V1Status)
    assert_type(ToolsExampleOrgV1Api(api_client).read_gizmo("g"), V1Gizmo)
"""


def test_generated_package_and_its_use_pass_mypy_strict(out: Path) -> None:
    (out / "usage.py").write_text(textwrap.dedent(USAGE.format(pkg=PACKAGE)), encoding="utf-8")
    result = subprocess.run(
        [
            str(BIN / "mypy"),
            "--strict",
            "--no-incremental",
            "--cache-dir=/dev/null",
            PACKAGE,
            "usage.py",
        ],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# -- reading manifests -----------------------------------------------------------------------


def test_read_crds_handles_files_directories_multi_documents_and_lists() -> None:
    manifests = read_crds([GOOD])
    assert [(Path(m.source).name, m.document, m.name) for m in manifests] == [
        ("backups.json", 1, "backups.storage.example.net"),
        ("more.yaml", 1, "gizmos.tools.example.org"),
        ("more.yaml", 2, "tenantnamespaces.tenancy.example.io"),
        ("widgets.example.com.yaml", 1, "widgets.example.com"),
    ]


def test_add_crds_reports_what_it_added(spec_file: Path) -> None:
    document = json.loads(spec_file.read_text())
    added = add_crds(document, [GOOD / "more.yaml"])
    # in (group, version, kind) order
    assert [(a.group, a.version, a.kind) for a in added] == [
        ("tenancy.example.io", "v1", "Namespace"),
        ("tools.example.org", "v1", "Gizmo"),
    ]
    assert "tools_example_org.v1.Gizmo" in document["definitions"]
    assert "tenancy_example_io_v1.Namespace" in document["definitions"]
    assert "/apis/tools.example.org/v1/gizmos/{name}/status" in document["paths"]
    gizmo = document["definitions"]["tools_example_org.v1.Gizmo"]
    assert gizmo["x-kubernetes-group-version-kind"] == [
        {"group": "tools.example.org", "version": "v1", "kind": "Gizmo"}
    ]


def test_cli_generates_with_crd_option(spec_file: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main,
        [
            "generate",
            "--spec",
            str(spec_file),
            "--crd",
            str(GOOD / "more.yaml"),
            "--crd",
            str(GOOD / "backups.json"),
            "--out",
            str(tmp_path / "out"),
            "--package-name",
            "ks_crd_cli",
        ],
    )
    assert result.exit_code == 0, result.output
    models = tmp_path / "out" / "ks_crd_cli" / "client" / "models"
    assert (models / "tools_example_org_v1.py").is_file()
    assert (models / "storage_example_net_v2.py").is_file()
    assert not (models / "example_com_v1.py").exists()


# -- bad input -------------------------------------------------------------------------------

BASE_CRD: dict[str, Any] = {
    "apiVersion": "apiextensions.k8s.io/v1",
    "kind": "CustomResourceDefinition",
    "metadata": {"name": "things.example.com"},
    "spec": {
        "group": "example.com",
        "scope": "Namespaced",
        "names": {"kind": "Thing", "plural": "things"},
        "versions": [
            {
                "name": "v1",
                "served": True,
                "storage": True,
                "schema": {"openAPIV3Schema": {"type": "object", "properties": {}}},
            }
        ],
    },
}
SCHEMA = "/spec/versions/0/schema/openAPIV3Schema"


def _crd_with(tmp_path: Path, spec_properties: dict[str, Any]) -> Path:
    crd = json.loads(json.dumps(BASE_CRD))
    crd["spec"]["versions"][0]["schema"]["openAPIV3Schema"]["properties"] = {
        "spec": {"type": "object", "properties": spec_properties}
    }
    path = tmp_path / "things.yaml"
    path.write_text("# a CRD\n" + json.dumps(crd), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("prop", "where", "message"),
    [
        (
            {"anyOf": [{"type": "string"}, {"type": "object"}]},
            "/anyOf/0/type",
            "only the x-kubernetes-int-or-string anyOf pattern",
        ),
        (
            {
                "x-kubernetes-int-or-string": True,
                "anyOf": [{"type": "integer"}, {"type": "object"}],
            },
            "/anyOf/1",
            "only supported as the int-or-string pattern",
        ),
        ({"$ref": "#/definitions/Other"}, "/$ref", "references ($ref) are not allowed"),
        ({"type": "string", "format": "zipcode"}, "/format", "unknown format 'zipcode'"),
        ({"type": "integer", "format": "uint64"}, "/format", "unknown format 'uint64'"),
        ({"type": "object", "patternProperties": {}}, "/patternProperties", "patternProperties"),
        ({"type": "string", "frobnicate": 1}, "/frobnicate", "unsupported schema keyword"),
        ({"description": "no type"}, "", "a schema needs a type"),
        ({"type": "tuple"}, "/type", "unknown type 'tuple'"),
        ({"type": "array"}, "", "an array needs items"),
        (
            {"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": {}},
            "",
            "properties and additionalProperties together",
        ),
    ],
)
def test_unsupported_constructs_name_the_file_and_schema_path(
    spec_file: Path, tmp_path: Path, prop: dict[str, Any], where: str, message: str
) -> None:
    path = _crd_with(tmp_path, {"field": prop})
    with pytest.raises(SpecError) as caught:
        build(str(spec_file), PACKAGE, crds=[path])
    error = caught.value
    assert error.source == str(path)
    assert error.where == (
        f"document 1 (things.example.com) {SCHEMA}/properties/spec/properties/field{where}"
    )
    assert message in error.message


def test_two_properties_with_one_python_name_get_a_number(spec_file: Path, tmp_path: Path) -> None:
    path = _crd_with(tmp_path, {"fooBar": {"type": "string"}, "foo_bar": {"type": "string"}})
    client = build(str(spec_file), PACKAGE, crds=[path])
    spec = client.definition("example_com.v1.ThingSpec")
    # in code-point order of the wire names the first keeps its words
    assert [(f.wire, f.words) for f in spec.fields] == [
        ("fooBar", ("foo", "bar")),
        ("foo_bar", ("foo", "bar", "2")),
    ]


def test_a_group_starting_with_a_digit(spec_file: Path, tmp_path: Path) -> None:
    crd = json.loads(json.dumps(BASE_CRD))
    crd["spec"]["group"] = "3scale.net"
    path = tmp_path / "digits.json"
    path.write_text(json.dumps(crd), encoding="utf-8")
    with pytest.raises(SpecError, match="the group must start with a letter") as caught:
        build(str(spec_file), PACKAGE, crds=[path])
    assert caught.value.where == "document 1 (things.example.com) /spec/group"


def test_a_property_hiding_a_model_method(spec_file: Path, tmp_path: Path) -> None:
    path = _crd_with(tmp_path, {"toJson": {"type": "string"}})
    with pytest.raises(SpecError, match=re.escape("would hide the model method to_json()")):
        build(str(spec_file), PACKAGE, crds=[path])


def test_validation_only_junctors_are_documented_not_refused(
    spec_file: Path, tmp_path: Path
) -> None:
    path = _crd_with(
        tmp_path,
        {
            "a": {"type": "string"},
            "b": {"type": "string", "not": {"pattern": "^x"}},
            # as Gateway API addresses: formats are value validations inside junctors
            "address": {"type": "string", "anyOf": [{"format": "ipv4"}, {"format": "ipv6"}]},
        },
    )
    crd = json.loads(path.read_text().split("\n", 1)[1])
    crd["spec"]["versions"][0]["schema"]["openAPIV3Schema"]["properties"]["spec"]["oneOf"] = [
        {"required": ["a"]},
        {"required": ["b"]},
    ]
    path.write_text(json.dumps(crd), encoding="utf-8")
    client = lower(build(str(spec_file), PACKAGE, crds=[path]))
    spec = next(d for d in client.definitions if d.class_name == "V1ThingSpec")
    assert 'oneOf: [{"required": ["a"]}, {"required": ["b"]}]' in spec.description
    field = next(f for f in spec.fields if f.wire == "b")
    assert 'not: {"pattern": "^x"}' in field.description
    address = next(f for f in spec.fields if f.wire == "address")
    assert address.type.annotation == "str"
    assert 'anyOf: [{"format": "ipv4"}, {"format": "ipv6"}]' in address.description


@pytest.mark.parametrize(
    ("name", "where", "message"),
    [
        ("malformed.yaml", "line 8 column 8", "invalid YAML"),
        ("not-a-crd.yaml", "document 2", "not a CustomResourceDefinition (kind 'Deployment'"),
        ("v1beta1.yaml", "document 1 (olds.example.com)", "apiextensions.k8s.io/v1beta1"),
    ],
)
def test_bad_manifests(spec_file: Path, name: str, where: str, message: str) -> None:
    with pytest.raises(SpecError) as caught:
        build(str(spec_file), PACKAGE, crds=[BAD / name])
    assert caught.value.source == str(BAD / name)
    assert caught.value.where == where
    assert message in caught.value.message


def test_scale_needs_the_scale_definition(tmp_path: Path) -> None:
    with pytest.raises(SpecError) as caught:
        build(str(GOLDEN_SPEC), PACKAGE, crds=[GOOD / "widgets.example.com.yaml"])
    assert (
        caught.value.where == "document 1 (widgets.example.com) /spec/versions/0/subresources/scale"
    )
    assert "io.k8s.api.autoscaling.v1.Scale" in caught.value.message


def test_a_kind_defined_twice(spec_file: Path, tmp_path: Path) -> None:
    copy = tmp_path / "again.yaml"
    copy.write_text((GOOD / "more.yaml").read_text(), encoding="utf-8")
    with pytest.raises(
        SpecError, match=re.escape("tenancy.example.io/v1 Namespace is also defined by")
    ):
        build(str(spec_file), PACKAGE, crds=[GOOD / "more.yaml", copy])


def test_missing_path(spec_file: Path, tmp_path: Path) -> None:
    with pytest.raises(SpecError, match="no such CRD file or directory"):
        build(str(spec_file), PACKAGE, crds=[tmp_path / "nothing.yaml"])


def test_cli_exits_2_naming_the_file_and_place(spec_file: Path, tmp_path: Path) -> None:
    path = _crd_with(tmp_path, {"field": {"$ref": "#/definitions/X"}})
    result = CliRunner().invoke(
        main,
        ["generate", "--spec", str(spec_file), "--crd", str(path), "--out", str(tmp_path / "o")],
    )
    assert result.exit_code == 2
    assert result.output.startswith(
        f"error: {path}: document 1 (things.example.com) "
        f"{SCHEMA}/properties/spec/properties/field/$ref: references ($ref)"
    )
    assert not (tmp_path / "o").exists()


# -- a spec that already serves the kinds (read from a cluster) ------------------------------


def test_a_custom_resource_already_in_the_spec_is_replaced(spec_file: Path) -> None:
    document = json.loads(spec_file.read_text())
    gvk = {"group": "tools.example.org", "version": "v1", "kind": "Gizmo"}
    # what the API server publishes for an installed CRD: reversed-group names, nested
    # schemas inline (untyped)
    document["definitions"]["org.example.tools.v1.Gizmo"] = {
        "type": "object",
        "properties": {"apiVersion": {"type": "string"}, "kind": {"type": "string"}},
        "x-kubernetes-group-version-kind": [gvk],
    }
    document["definitions"]["org.example.tools.v1.GizmoList"] = {
        "type": "object",
        "properties": {"apiVersion": {"type": "string"}, "kind": {"type": "string"}},
        "x-kubernetes-group-version-kind": [{**gvk, "kind": "GizmoList"}],
    }
    document["paths"]["/apis/tools.example.org/v1/gizmos/{name}"] = {}
    document["paths"]["/apis/tools.example.org/v1/watch/gizmos"] = {}
    added = add_crds(document, [GOOD / "more.yaml"])
    assert added[1].replaced == (
        "/apis/tools.example.org/v1/gizmos/{name}",
        "/apis/tools.example.org/v1/watch/gizmos",
        "org.example.tools.v1.Gizmo",
        "org.example.tools.v1.GizmoList",
    )
    assert added[0].replaced == ()
    assert "org.example.tools.v1.Gizmo" not in document["definitions"]
    # the typed family takes the natural class names (the shallow V1Gizmo is gone)
    assert "tools_example_org.v1.GizmoSpec" in document["definitions"]
    assert "get" in document["paths"]["/apis/tools.example.org/v1/gizmos/{name}"]


def test_a_crd_for_a_built_in_kind_is_refused(spec_file: Path, tmp_path: Path) -> None:
    crd = json.loads(json.dumps(BASE_CRD))
    crd["metadata"]["name"] = "leases.coordination.k8s.io"
    crd["spec"]["group"] = "coordination.k8s.io"
    crd["spec"]["names"] = {"kind": "Lease", "plural": "leases"}
    path = tmp_path / "lease.json"
    path.write_text(json.dumps(crd), encoding="utf-8")
    with pytest.raises(SpecError, match=re.escape("/leases/{name} is already in the spec")):
        build(str(spec_file), PACKAGE, crds=[path])
