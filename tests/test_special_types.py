"""Each special Kubernetes type, generated from a tiny inline spec and round-tripped."""

from __future__ import annotations

import datetime as dt
import json
from types import ModuleType
from typing import Any

import msgspec
import pytest
from inline import swagger

META = "io.k8s.apimachinery.pkg.apis.meta.v1"
EXT = "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1"


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/definitions/{name}"}


SPEC = swagger(
    {
        "io.k8s.apimachinery.pkg.api.resource.Quantity": {"type": "string"},
        "io.k8s.apimachinery.pkg.util.intstr.IntOrString": {
            "type": "string",
            "format": "int-or-string",
        },
        f"{META}.Time": {"type": "string", "format": "date-time"},
        f"{META}.MicroTime": {"type": "string", "format": "date-time"},
        f"{META}.FieldsV1": {"type": "object"},
        "io.k8s.apimachinery.pkg.runtime.RawExtension": {"type": "object"},
        f"{EXT}.JSON": {},
        f"{EXT}.JSONSchemaPropsOrArray": {},
        f"{EXT}.JSONSchemaPropsOrBool": {},
        f"{EXT}.JSONSchemaPropsOrStringArray": {},
        f"{EXT}.JSONSchemaProps": {
            "type": "object",
            "properties": {
                "$ref": {"type": "string"},
                "type": {"type": "string"},
                "default": _ref(f"{EXT}.JSON"),
                "items": _ref(f"{EXT}.JSONSchemaPropsOrArray"),
                "additionalProperties": _ref(f"{EXT}.JSONSchemaPropsOrBool"),
                "dependencies": {
                    "type": "object",
                    "additionalProperties": _ref(f"{EXT}.JSONSchemaPropsOrStringArray"),
                },
                "not": _ref(f"{EXT}.JSONSchemaProps"),
                "x-kubernetes-int-or-string": {"type": "boolean"},
            },
        },
        "io.k8s.api.demo.v1.Sample": {
            "type": "object",
            "required": ["name"],
            "properties": {
                "name": {"type": "string"},
                "cpu": _ref("io.k8s.apimachinery.pkg.api.resource.Quantity"),
                "port": _ref("io.k8s.apimachinery.pkg.util.intstr.IntOrString"),
                "created": _ref(f"{META}.Time"),
                "renewed": _ref(f"{META}.MicroTime"),
                "fieldsV1": _ref(f"{META}.FieldsV1"),
                "extension": _ref("io.k8s.apimachinery.pkg.runtime.RawExtension"),
                "data": {"type": "string", "format": "byte"},
                "schema": _ref(f"{EXT}.JSONSchemaProps"),
                "labels": {"type": "object", "additionalProperties": {"type": "string"}},
                "ratio": {"type": "number", "format": "double"},
                "count": {"type": "integer", "format": "int64"},
            },
        },
    }
)

WIRE: dict[str, Any] = {
    "name": "s",
    "cpu": "500m",
    "port": "http",
    "created": "2024-05-01T10:20:30Z",
    "renewed": "2024-05-01T10:20:30.000000Z",
    "fieldsV1": {"f:metadata": {"f:labels": {".": {}}}},
    "extension": {"kind": "PluginA", "aOption": "foo"},
    "data": "aGVsbG8=",
    "schema": {
        "type": "object",
        "items": [{"type": "string"}, {"type": "integer"}],
        "additionalProperties": False,
        "dependencies": {"a": ["b", "c"], "d": {"type": "string"}},
        "not": {"$ref": "#/x"},
        "x-kubernetes-int-or-string": True,
        "default": {"any": ["json", 1]},
    },
    "labels": {"app": "web"},
    "ratio": 0.5,
    "count": 9007199254740993,
}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    import importlib
    import sys

    from kubesmith.pipeline import generate

    root = tmp_path_factory.mktemp("special")
    source = root / "spec.json"
    source.write_text(json.dumps(SPEC))
    generate(str(source), root / "out", package="ks_special")
    sys.path.insert(0, str(root / "out"))
    return importlib.import_module("ks_special.client")


def test_decode_types(client: ModuleType) -> None:
    sample = client.V1Sample.from_json(json.dumps(WIRE))
    assert sample.cpu == "500m"
    assert sample.port == "http"
    assert sample.created == dt.datetime(2024, 5, 1, 10, 20, 30, tzinfo=dt.UTC)
    assert isinstance(sample.renewed, client.MicroTime)
    assert isinstance(sample.fields_v1, msgspec.Raw)
    assert msgspec.json.decode(sample.fields_v1) == WIRE["fieldsV1"]
    assert sample.extension == {"kind": "PluginA", "aOption": "foo"}
    assert sample.data == b"hello"
    assert sample.schema.items == [
        client.V1JSONSchemaProps(type="string"),
        client.V1JSONSchemaProps(type="integer"),
    ]
    assert sample.schema.additional_properties is False
    assert sample.schema.dependencies == {
        "a": ["b", "c"],
        "d": client.V1JSONSchemaProps(type="string"),
    }
    assert sample.schema._not == client.V1JSONSchemaProps(_ref="#/x")
    assert sample.schema.x_kubernetes_int_or_string is True
    assert sample.count == 9007199254740993


def test_round_trip_is_byte_identical_json(client: ModuleType) -> None:
    sample = client.V1Sample.from_json(json.dumps(WIRE))
    assert json.loads(sample.to_json()) == WIRE
    # times keep their exact wire spelling: Time without, MicroTime with 6 digits
    text = sample.to_json().decode()
    assert '"created":"2024-05-01T10:20:30Z"' in text
    assert '"renewed":"2024-05-01T10:20:30.000000Z"' in text


def test_building_objects(client: ModuleType) -> None:
    sample = client.V1Sample(
        name="s",
        cpu=2,  # Quantity accepts numbers
        port=8080,
        renewed=client.MicroTime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC),
        data=b"\x00\xff",
    )
    assert json.loads(sample.to_json()) == {
        "name": "s",
        "cpu": 2,
        "port": 8080,
        "renewed": "2024-01-02T03:04:05.000000Z",
        "data": "AP8=",
    }
    assert sample.to_dict()["port"] == 8080
    assert sample.to_dict()["fields_v1"] is None


def test_required_field_is_required(client: ModuleType) -> None:
    with pytest.raises(TypeError, match="name"):
        client.V1Sample()
    with pytest.raises(msgspec.ValidationError, match="name"):
        client.V1Sample.from_json(b"{}")


def test_unknown_fields_are_ignored(client: ModuleType) -> None:
    sample = client.V1Sample.from_json(b'{"name": "s", "addedInAFutureRelease": 1}')
    assert sample == client.V1Sample(name="s")


def test_int_or_string_takes_both(client: ModuleType) -> None:
    assert client.V1Sample.from_json(b'{"name":"s","port":80}').port == 80
    assert client.V1Sample.from_json(b'{"name":"s","port":"80%"}').port == "80%"
