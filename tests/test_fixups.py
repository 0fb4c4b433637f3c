"""Each fixup on a tiny spec, the loud failure of a stale one, and every real spec."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from inline import swagger
from kubesmith import fixups
from kubesmith.errors import SpecError
from kubesmith.load import load
from kubesmith.pipeline import kubernetes_minor

SHARED = Path(__file__).resolve().parents[2] / "shared" / "specs"


def _op(op_id: str, action: str | None = None, kind: str | None = None) -> dict[str, Any]:
    operation: dict[str, Any] = {"operationId": op_id, "responses": {"200": {}}}
    if action:
        operation["x-kubernetes-action"] = action
    if kind:
        operation["x-kubernetes-group-version-kind"] = {"group": "", "version": "v1", "kind": kind}
    return operation


def test_connect_options_gvk() -> None:
    spec = swagger(
        {},
        {
            "/api/v1/namespaces/{namespace}/pods/{name}/exec": {
                "get": _op("connectCoreV1GetNamespacedPodExec", "connect", "PodExecOptions"),
                "post": _op("connectCoreV1PostNamespacedPodExec", "connect", "PodExecOptions"),
            }
        },
    )
    assert fixups.connect_options_gvk(spec) == 2
    item = spec["paths"]["/api/v1/namespaces/{namespace}/pods/{name}/exec"]
    assert item["get"]["x-kubernetes-group-version-kind"]["kind"] == "Pod"
    assert fixups.connect_options_gvk(spec) == 0


def test_drop_watch_operations() -> None:
    spec = swagger(
        {},
        {
            "/api/v1/watch/pods": {"get": _op("watchCoreV1PodListForAllNamespaces", "watchlist")},
            "/api/v1/pods": {"get": _op("listCoreV1PodForAllNamespaces", "list")},
        },
    )
    assert fixups.drop_watch_operations(spec) == 1
    assert list(spec["paths"]) == ["/api/v1/pods"]


def test_exec_command_is_a_list() -> None:
    spec = swagger(
        {},
        {
            "/api/v1/namespaces/{namespace}/pods/{name}/exec": {
                "parameters": [{"$ref": "#/parameters/command-x"}],
                "get": _op("connectCoreV1GetNamespacedPodExec"),
            }
        },
    )
    spec["parameters"] = {"command-x": {"name": "command", "in": "query", "type": "string"}}
    assert fixups.exec_command_is_a_list(spec) == 1
    assert spec["parameters"]["command-x"]["type"] == "array"
    assert spec["parameters"]["command-x"]["collectionFormat"] == "multi"


def test_portforward_ports_are_text() -> None:
    spec = swagger(
        {},
        {
            "/api/v1/namespaces/{namespace}/pods/{name}/portforward": {
                "parameters": [{"name": "ports", "in": "query", "type": "integer"}],
                "get": _op("connectCoreV1GetNamespacedPodPortforward"),
            }
        },
    )
    assert fixups.portforward_ports_are_text(spec) == 1
    item = spec["paths"]["/api/v1/namespaces/{namespace}/pods/{name}/portforward"]
    assert item["parameters"][0]["type"] == "string"


@pytest.mark.parametrize(
    ("fixup", "definition", "field"),
    [
        (fixups.eventsv1_event_time_optional, "io.k8s.api.events.v1.Event", "eventTime"),
        (
            fixups.networkpolicy_pod_selector_optional,
            "io.k8s.api.networking.v1.NetworkPolicySpec",
            "podSelector",
        ),
        (
            fixups.statefulset_service_name_optional,
            "io.k8s.api.apps.v1.StatefulSetSpec",
            "serviceName",
        ),
    ],
)
def test_wrongly_required_fields(fixup: Any, definition: str, field: str) -> None:
    spec = swagger(
        {
            definition: {
                "type": "object",
                "required": [field, "other"],
                "properties": {field: {"type": "string"}, "other": {"type": "string"}},
            }
        }
    )
    assert fixup(spec) == 1
    assert spec["definitions"][definition]["required"] == ["other"]
    assert fixup(spec) == 0


def test_reference_names_default_empty() -> None:
    spec = swagger(
        {
            "io.k8s.api.core.v1.LocalObjectReference": {
                "type": "object",
                "properties": {"name": {"type": "string"}},
            }
        }
    )
    assert fixups.reference_names_default_empty(spec) == 1
    name = spec["definitions"]["io.k8s.api.core.v1.LocalObjectReference"]["properties"]["name"]
    assert name["default"] == ""


def test_statefulset_volume_claim_templates_merge_key() -> None:
    spec = swagger(
        {
            "io.k8s.api.apps.v1.StatefulSetSpec": {
                "type": "object",
                "properties": {
                    "volumeClaimTemplates": {
                        "type": "array",
                        "items": {},
                        "x-kubernetes-list-type": "atomic",
                    },
                },
            }
        }
    )
    assert fixups.statefulset_volume_claim_templates_merge_key(spec) == 1
    field = spec["definitions"]["io.k8s.api.apps.v1.StatefulSetSpec"]["properties"][
        "volumeClaimTemplates"
    ]
    assert field["x-kubernetes-list-map-keys"] == ["metadata.name"]


def test_openid_paths_without_trailing_slash() -> None:
    spec = swagger(
        {},
        {
            "/.well-known/openid-configuration/": {"get": _op("a")},
            "/openid/v1/jwks/": {"get": _op("b")},
        },
    )
    assert fixups.openid_paths_without_trailing_slash(spec) == 2
    assert sorted(spec["paths"]) == ["/.well-known/openid-configuration", "/openid/v1/jwks"]


def test_stale_fixup_raises() -> None:
    with pytest.raises(SpecError, match="fixup 'connect_options_gvk' matched nothing"):
        fixups.apply_fixups("x.json", swagger({}), 36)


def test_unknown_version_applies_none() -> None:
    spec = swagger({})
    before = copy.deepcopy(spec)
    assert fixups.apply_fixups("x.json", spec, None) == []
    assert spec == before


@pytest.mark.parametrize(
    ("source", "info", "explicit", "minor"),
    [
        ("kubernetes-1.36.swagger.json", "unversioned", None, 36),
        ("swagger.json", "v1.37.2", None, 37),
        ("swagger.json", "unversioned", "1.34", 34),
        ("swagger.json", "unversioned", None, None),
    ],
)
def test_kubernetes_minor(source: str, info: str, explicit: str | None, minor: int | None) -> None:
    assert kubernetes_minor(source, info, explicit) == minor


@pytest.mark.parametrize("minor", range(31, 37))
def test_every_fixup_matches_its_real_specs(minor: int) -> None:
    spec = load(SHARED / f"kubernetes-1.{minor}.swagger.json")
    applied = fixups.apply_fixups(spec.source, spec.document, minor)
    expected = [f.name for f in fixups.FIXUPS if f.applies_to(minor)]
    assert applied == expected
    assert not any(
        op.get("x-kubernetes-action") in ("watch", "watchlist")
        for item in spec.document["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
    )


def test_binding_and_eviction_return_status() -> None:
    eviction = "io.k8s.api.policy.v1.Eviction"
    spec = swagger(
        {},
        {
            "/api/v1/namespaces/{namespace}/pods/{name}/eviction": {
                "post": {
                    "operationId": "createCoreV1NamespacedPodEviction",
                    "responses": {
                        "200": {"schema": {"$ref": f"#/definitions/{eviction}"}},
                        "201": {"schema": {"$ref": f"#/definitions/{eviction}"}},
                        "401": {"description": "Unauthorized"},
                    },
                }
            }
        },
    )
    assert fixups.binding_and_eviction_return_status(spec) == 2
    responses = spec["paths"]["/api/v1/namespaces/{namespace}/pods/{name}/eviction"]["post"][
        "responses"
    ]
    assert responses["201"]["schema"]["$ref"].endswith("meta.v1.Status")
    assert "schema" not in responses["401"]
