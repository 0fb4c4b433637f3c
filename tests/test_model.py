"""The language-neutral model every target renders from: structured types, word splits
beside wire names, JSON defaults, and class names shared by every language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from kubesmith.model import ClientModel, Definition, Operation, Type
from kubesmith.pipeline import build

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "specs" / "kubernetes-v1.37.2" / "swagger.json"
_CORE = "io.k8s.api.core.v1"
_META = "io.k8s.apimachinery.pkg.apis.meta.v1"
_EXT = "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1"


@pytest.fixture(scope="module")
def model() -> ClientModel:
    return build(str(SPEC))


def _definition(model: ClientModel, spec_name: str) -> Definition:
    return model.definition(spec_name)


def _operation(model: ClientModel, operation_id: str) -> Operation:
    return next(
        op for api in model.apis for op in api.operations if op.operation_id == operation_id
    )


def _field_type(model: ClientModel, spec_name: str, wire: str) -> Type:
    return next(f.type for f in _definition(model, spec_name).fields if f.wire == wire)


def test_fields_have_wire_names_word_splits_and_structured_types(model: ClientModel) -> None:
    status = _definition(model, f"{_CORE}.PodStatus")
    assert status.class_name == "V1PodStatus"
    pod_ips = next(f for f in status.fields if f.wire == "podIPs")
    assert pod_ips.words == ("pod", "ips")
    assert pod_ips.type == Type("array", items=Type("ref", ref=f"{_CORE}.PodIP"))
    assert pod_ips.merge.patch_merge_key == "ip"
    assert _field_type(model, f"{_CORE}.PodStatus", "startTime") == Type("special", special="Time")
    assert _field_type(model, f"{_CORE}.ContainerPort", "containerPort") == Type(
        "integer", format="int32"
    )
    assert _field_type(model, f"{_CORE}.ObjectReference", "name") == Type("string")


@pytest.mark.parametrize(
    ("spec_name", "wire", "special"),
    [
        (f"{_CORE}.ResourceRequirements", "limits", "Quantity"),
        (f"{_CORE}.HTTPGetAction", "port", "IntOrString"),
        (f"{_META}.ManagedFieldsEntry", "fieldsV1", "FieldsV1"),
        (f"{_META}.ManagedFieldsEntry", "time", "Time"),
        (f"{_META}.WatchEvent", "object", "RawExtension"),
        (f"{_CORE}.Secret", "data", "Bytes"),
        (f"{_EXT}.CustomResourceValidation", "openAPIV3Schema", None),
    ],
)
def test_special_types(model: ClientModel, spec_name: str, wire: str, special: str | None) -> None:
    type_ = _field_type(model, spec_name, wire)
    while type_.kind in ("array", "map") and type_.items is not None:
        type_ = type_.items
    if special is None:
        assert type_ == Type("ref", ref=f"{_EXT}.JSONSchemaProps")
    else:
        assert type_ == Type("special", special=special)


def test_schema_unions_are_union_types(model: ClientModel) -> None:
    props = Type("ref", ref=f"{_EXT}.JSONSchemaProps")
    assert _field_type(model, f"{_EXT}.JSONSchemaProps", "additionalProperties") == Type(
        "union", alternatives=(props, Type("boolean"))
    )
    assert _field_type(model, f"{_EXT}.JSONSchemaProps", "items") == Type(
        "union", alternatives=(props, Type("array", items=props))
    )
    assert _field_type(model, f"{_EXT}.JSONSchemaProps", "default") == Type(
        "special", special="JSON"
    )
    assert _field_type(model, f"{_EXT}.JSONSchemaProps", "x-kubernetes-int-or-string") == Type(
        "boolean"
    )


def test_free_form_objects(model: ClientModel) -> None:
    assert _field_type(model, f"{_META}.ObjectMeta", "labels") == Type("map", items=Type("string"))


def test_operations_have_word_splits_and_neutral_types(model: ClientModel) -> None:
    listing = _operation(model, "listCoreV1NamespacedPod")
    assert listing.words == ("list", "namespaced", "pod")
    assert listing.method == "GET"
    assert listing.response == Type("ref", ref=f"{_CORE}.PodList")
    assert [p.wire for p in listing.parameters][:3] == [
        "namespace",
        "pretty",
        "allowWatchBookmarks",
    ]
    selector = next(p for p in listing.parameters if p.wire == "labelSelector")
    assert (selector.words, selector.location, selector.required) == (
        ("label", "selector"),
        "query",
        False,
    )
    assert selector.type == Type("string")
    patch = _operation(model, "patchAppsV1NamespacedDeployment")
    body = next(p for p in patch.parameters if p.location == "body")
    assert body.type == Type("special", special="Patch")
    assert "application/apply-patch+yaml" in patch.consumes
    logs = _operation(model, "readCoreV1NamespacedPodLog")
    assert logs.response == Type("string")


def test_delete_answers_the_object_or_a_status(model: ClientModel) -> None:
    status = Type("ref", ref=f"{_META}.Status")
    delete = _operation(model, "deleteCoreV1Namespace")
    assert delete.response == Type(
        "union", alternatives=(Type("ref", ref=f"{_CORE}.Namespace"), status)
    )
    collection = _operation(model, "deleteCoreV1CollectionNamespacedPod")
    assert collection.response == Type(
        "union", alternatives=(Type("ref", ref=f"{_CORE}.PodList"), status)
    )


def test_no_python_names_in_the_model(model: ClientModel) -> None:
    """Targets own their identifiers: the model has word splits, never a language's names."""
    definition = _definition(model, f"{_CORE}.Pod")
    assert not hasattr(definition, "module")
    assert not hasattr(definition.fields[0], "name")
    assert not hasattr(_operation(model, "listCoreV1NamespacedPod"), "name")
    assert definition.resource is not None
    assert (definition.resource.plural, definition.resource.namespaced) == ("pods", True)
    assert "watch" in definition.resource.verbs
    assert "status" in definition.resource.subresources


def test_defaults_are_json_values() -> None:
    v3 = build(str(ROOT / "specs" / "kubernetes-v1.37.2" / "v3"))
    defaults = [
        field.default
        for definition in v3.definitions
        for field in definition.fields
        if field.default is not None
    ]
    assert json.loads(json.dumps(defaults)) == defaults
    kinds = {type(value).__name__ for value in defaults}
    assert {"str", "int", "bool"} <= kinds
    assert "" in defaults
