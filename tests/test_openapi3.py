"""OpenAPI v3 input: converter details, and v2 vs v3 of the same live server.

The specs under specs/ were dumped from the testbed's kube-apiserver (`make spec`), so
both documents describe exactly the same server.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from kubesmith.errors import SpecError
from kubesmith.load import load
from kubesmith.model import ClientModel
from kubesmith.openapi3 import to_swagger2
from kubesmith.pipeline import build

SPECS = sorted((Path(__file__).resolve().parents[1] / "specs").glob("kubernetes-v*"))
POD = "#/components/schemas/io.k8s.api.core.v1.Pod"


def _doc(schemas: dict[str, Any], paths: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.0.0",
        "info": {"title": "t", "version": "v1.37.0"},
        "components": {"schemas": schemas},
        "paths": paths or {},
    }


def test_schema_conversion() -> None:
    spec = to_swagger2(
        [
            (
                "a.json",
                _doc(
                    {
                        "io.k8s.api.core.v1.PodSpec": {
                            "type": "object",
                            "properties": {
                                "owner": {
                                    "allOf": [{"$ref": POD}],
                                    "description": "the pod",
                                    "default": {},
                                },
                                "note": {"type": "string", "nullable": True},
                            },
                        }
                    }
                ),
            )
        ]
    )
    props = spec["definitions"]["io.k8s.api.core.v1.PodSpec"]["properties"]
    assert props["owner"] == {
        "$ref": "#/definitions/io.k8s.api.core.v1.Pod",
        "description": "the pod",
        "default": {},
    }
    assert props["note"] == {"type": "string", "x-nullable": True}


def test_operation_conversion() -> None:
    op = {
        "operationId": "patchCoreV1NamespacedPod",
        "tags": ["core_v1"],
        "parameters": [{"name": "force", "in": "query", "schema": {"type": "boolean"}}],
        "requestBody": {
            "required": True,
            "content": {
                "application/strategic-merge-patch+json": {"schema": {"type": "object"}},
                "application/json-patch+json": {"schema": {"type": "object"}},
            },
        },
        "responses": {
            "200": {
                "description": "OK",
                "content": {
                    "application/yaml": {"schema": {"$ref": POD}},
                    "application/json": {"schema": {"$ref": POD}},
                },
            }
        },
    }
    item = {
        "parameters": [
            {"name": "name", "in": "path", "required": True, "schema": {"type": "string"}}
        ],
        "patch": op,
    }
    spec = to_swagger2([("a.json", _doc({}, {"/api/v1/pods/{name}": item}))])
    converted = spec["paths"]["/api/v1/pods/{name}"]
    assert converted["parameters"] == [
        {"name": "name", "in": "path", "required": True, "type": "string"}
    ]
    patch = converted["patch"]
    assert patch["parameters"][0]["in"] == "body" and patch["parameters"][0]["required"]
    assert patch["parameters"][1] == {"name": "force", "in": "query", "type": "boolean"}
    assert patch["produces"] == ["application/json", "application/yaml"]
    assert patch["responses"]["200"]["schema"] == {"$ref": "#/definitions/io.k8s.api.core.v1.Pod"}


def test_shared_schemas_merge_gvks_and_reject_conflicts() -> None:
    gvk = "x-kubernetes-group-version-kind"
    a = _doc(
        {
            "io.k8s.x.v1.DeleteOptions": {
                "type": "object",
                gvk: [{"group": "", "version": "v1", "kind": "DeleteOptions"}],
            }
        }
    )
    b = _doc(
        {
            "io.k8s.x.v1.DeleteOptions": {
                "type": "object",
                gvk: [{"group": "apps", "version": "v1", "kind": "DeleteOptions"}],
            }
        }
    )
    merged = to_swagger2([("a.json", a), ("b.json", b)])
    assert [g["group"] for g in merged["definitions"]["io.k8s.x.v1.DeleteOptions"][gvk]] == [
        "",
        "apps",
    ]
    c = _doc({"io.k8s.x.v1.DeleteOptions": {"type": "string"}})
    with pytest.raises(
        SpecError, match=r"c\.json: /components/schemas/io\.k8s\.x\.v1\.DeleteOptions"
    ):
        to_swagger2([("a.json", a), ("c.json", c)])


def test_a_v3_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(
        json.dumps(
            _doc(
                {
                    "io.k8s.api.demo.v1.Thing": {
                        "type": "object",
                        "properties": {"name": {"type": "string"}},
                    }
                }
            )
        )
    )
    spec = load(path)
    assert spec.flavour == "openapi3"
    assert "io.k8s.api.demo.v1.Thing" in spec.document["definitions"]


def test_directory_without_v3_documents(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text('{"swagger": "2.0"}')
    with pytest.raises(SpecError, match="no OpenAPI v3 documents"):
        load(tmp_path)


@pytest.fixture(scope="module", params=SPECS, ids=[p.name for p in SPECS])
def both(request: pytest.FixtureRequest) -> tuple[ClientModel, ClientModel]:
    root: Path = request.param
    return build(str(root / "swagger.json")), build(str(root / "v3"))


def test_specs_were_dumped() -> None:
    assert SPECS, "specs/kubernetes-v*/ (from `make spec`) is committed"


def test_v2_and_v3_give_the_same_model(both: tuple[ClientModel, ClientModel]) -> None:
    """The same classes, fields, types, resources and operations; the differences are the
    ones documented here, where v3 is the more precise description."""
    v2, v3 = both
    assert v2.kubernetes_version == v3.kubernetes_version
    d2 = {d.class_name: d for d in v2.definitions}
    d3 = {d.class_name: d for d in v3.definitions}
    assert d2.keys() == d3.keys()
    defaults_only_in_v3 = 0
    for name, a in d2.items():
        b = d3[name]
        assert a.resource == b.resource, name
        assert a.description == b.description, name
        assert [f.words for f in a.fields] == [f.words for f in b.fields], name
        for fa, fb in zip(a.fields, b.fields, strict=True):
            assert (fa.wire, fa.type, fa.required, fa.merge, fa.description) == (
                fb.wire,
                fb.type,
                fb.required,
                fb.merge,
                fb.description,
            ), f"{name}.{fa.wire}"
            # difference 1: v3 states the server's default of fields ("" / 0 / false / []),
            # so the client can decode objects that omit a zero value
            if fa.default != fb.default:
                assert fa.default is None and fb.default is not None, f"{name}.{fa.wire}"
                defaults_only_in_v3 += 1
        # difference 2: v2 lists every GVK a shared type (DeleteOptions, WatchEvent) has in
        # any group; each v3 document lists only its own, so the merged list may be shorter
        assert set(b.gvks) <= set(a.gvks), name
    assert defaults_only_in_v3 > 0
    o2 = {(api.tag, op.words): op for api in v2.apis for op in api.operations}
    o3 = {(api.tag, op.words): op for api in v3.apis for op in api.operations}
    assert o2.keys() == o3.keys()
    for key, a_op in o2.items():
        b_op = o3[key]
        assert (
            a_op.method,
            a_op.path,
            a_op.parameters,
            a_op.response,
            a_op.produces,
            a_op.gvk,
            a_op.action,
        ) == (
            b_op.method,
            b_op.path,
            b_op.parameters,
            b_op.response,
            b_op.produces,
            b_op.gvk,
            b_op.action,
        ), key
        # difference 3: v2 lists request content types even for operations without a body
        if any(p.location == "body" for p in a_op.parameters):
            assert set(a_op.consumes) == set(b_op.consumes), key
