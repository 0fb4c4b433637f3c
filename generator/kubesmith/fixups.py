"""Stage 2: named repairs of known upstream spec bugs, applied to the parsed document.

Each fixup names the Kubernetes minor versions it applies to and returns how many places it
changed; one that changes nothing raises, so a fixup that upstream made obsolete is noticed
and retired instead of silently lingering (the k8s-openapi habit). The output is never
patched after generation: everything that differs from the upstream spec is here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from .errors import SpecError
from .load import resolve_ref
from .shape import HTTP_METHODS

Spec = dict[str, Any]


@dataclass(frozen=True)
class Fixup:
    name: str
    #: inclusive range of Kubernetes 1.x minor versions
    first: int
    last: int
    apply: Callable[[Spec], int]
    why: str
    #: the input flavours that have the bug ("openapi3" documents are more precise)
    flavours: frozenset[str] = frozenset({"swagger2", "openapi3"})

    def applies_to(self, minor: int, flavour: str = "swagger2") -> bool:
        return self.first <= minor <= self.last and flavour in self.flavours


def _operations(spec: Spec) -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item, item[method]


def _definition(spec: Spec, name: str) -> dict[str, Any] | None:
    found: dict[str, Any] | None = spec["definitions"].get(name)
    return found


def _make_optional(spec: Spec, definition: str, field: str) -> int:
    schema = _definition(spec, definition)
    if schema is None or field not in schema.get("required", []):
        return 0
    schema["required"] = [name for name in schema["required"] if name != field]
    if not schema["required"]:
        del schema["required"]
    return 1


def connect_options_gvk(spec: Spec) -> int:
    """Connect/proxy operations name an options kind as their GVK (k/k#66807)."""
    targets = {
        "NodeProxyOptions": "Node",
        "PodAttachOptions": "Pod",
        "PodExecOptions": "Pod",
        "PodPortForwardOptions": "Pod",
        "PodProxyOptions": "Pod",
        "ServiceProxyOptions": "Service",
    }
    changed = 0
    for _, _, _, operation in _operations(spec):
        gvk = operation.get("x-kubernetes-group-version-kind")
        if gvk and gvk["kind"] in targets:
            gvk["kind"] = targets[gvk["kind"]]
            changed += 1
    return changed


def drop_watch_operations(spec: Spec) -> int:
    """The deprecated ``watch*`` operations: a watch is ``list?watch=true``."""
    changed = 0
    for path in list(spec["paths"]):
        item = spec["paths"][path]
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation and operation.get("x-kubernetes-action") in ("watch", "watchlist"):
                del item[method]
                changed += 1
        if not any(method in item for method in HTTP_METHODS):
            del spec["paths"][path]
    return changed


def _path_parameters(spec: Spec, suffix: str, name: str) -> Iterator[dict[str, Any]]:
    """The (resolved) path-level parameter ``name`` of every path ending in ``suffix``."""
    for path, item in spec["paths"].items():
        if path.endswith(suffix):
            for param in item.get("parameters", []):
                resolved = resolve_ref(spec, param["$ref"]) if "$ref" in param else param
                if resolved.get("name") == name:
                    yield resolved


def exec_command_is_a_list(spec: Spec) -> int:
    """Exec's ``command`` is an argv list sent as repeated query parameters."""
    changed = 0
    for param in _path_parameters(spec, "/exec", "command"):
        if param.get("type") == "string":
            param.update(
                {"type": "array", "items": {"type": "string"}, "collectionFormat": "multi"}
            )
            changed += 1
    return changed


def portforward_ports_are_text(spec: Spec) -> int:
    """Port-forward's ``ports`` is a comma-separated list of ports, not one integer."""
    changed = 0
    for param in _path_parameters(spec, "/portforward", "ports"):
        if param.get("type") == "integer":
            param["type"] = "string"
            changed += 1
    return changed


def eventsv1_event_time_optional(spec: Spec) -> int:
    """events/v1 ``Event.eventTime`` is required in the spec, yet the server sends null."""
    return _make_optional(spec, "io.k8s.api.events.v1.Event", "eventTime")


def networkpolicy_pod_selector_optional(spec: Spec) -> int:
    """``NetworkPolicySpec.podSelector`` is really optional (k/k#131354)."""
    return _make_optional(spec, "io.k8s.api.networking.v1.NetworkPolicySpec", "podSelector")


def statefulset_service_name_optional(spec: Spec) -> int:
    """``StatefulSetSpec.serviceName`` is really optional (k/k#130233)."""
    return _make_optional(spec, "io.k8s.api.apps.v1.StatefulSetSpec", "serviceName")


def reference_names_default_empty(spec: Spec) -> int:
    """``name`` of local references is optional in the spec but defaults to "" (k/k#124694).

    Typed as a plain ``str`` defaulting to "" so it is never ``None`` and an absent name
    still decodes.
    """
    changed = 0
    for kind in (
        "ConfigMapEnvSource",
        "ConfigMapKeySelector",
        "ConfigMapProjection",
        "ConfigMapVolumeSource",
        "LocalObjectReference",
        "SecretEnvSource",
        "SecretKeySelector",
        "SecretProjection",
    ):
        schema = _definition(spec, f"io.k8s.api.core.v1.{kind}")
        if schema is None or "name" not in schema.get("properties", {}):
            continue
        if "default" not in schema["properties"]["name"]:
            schema["properties"]["name"]["default"] = ""
            changed += 1
    return changed


def statefulset_volume_claim_templates_merge_key(spec: Spec) -> int:
    """``volumeClaimTemplates`` merges by ``metadata.name``, not atomically (k/k#74819)."""
    schema = _definition(spec, "io.k8s.api.apps.v1.StatefulSetSpec")
    if schema is None:
        return 0
    field = schema.get("properties", {}).get("volumeClaimTemplates")
    if field is None or field.get("x-kubernetes-list-type") != "atomic":
        return 0
    field["x-kubernetes-list-type"] = "map"
    field["x-kubernetes-list-map-keys"] = ["metadata.name"]
    return 1


def binding_and_eviction_return_status(spec: Spec) -> int:
    """Creating a Binding or an Eviction answers with a ``Status``, not the object sent
    (the server's BindingREST/EvictionREST); the spec repeats the body's type."""
    status = {"$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status"}
    changed = 0
    for path, method, _, operation in _operations(spec):
        if method != "post" or not path.endswith(("/binding", "/bindings", "/eviction")):
            continue
        for code, response in operation["responses"].items():
            if code in ("200", "201", "202") and response.get("schema", {}) != status:
                response["schema"] = dict(status)
                changed += 1
    return changed


def openid_paths_without_trailing_slash(spec: Spec) -> int:
    """The service-account issuer paths carry a stray trailing slash (k/k#117455)."""
    changed = 0
    for path in list(spec["paths"]):
        if path in ("/.well-known/openid-configuration/", "/openid/v1/jwks/"):
            spec["paths"][path.rstrip("/")] = spec["paths"].pop(path)
            changed += 1
    return changed


FIXUPS: tuple[Fixup, ...] = (
    Fixup("connect_options_gvk", 0, 99, connect_options_gvk, "options kinds as connect GVKs"),
    Fixup("drop_watch_operations", 0, 99, drop_watch_operations, "watch is list?watch=true"),
    Fixup("exec_command_is_a_list", 0, 99, exec_command_is_a_list, "argv list"),
    Fixup("portforward_ports_are_text", 0, 99, portforward_ports_are_text, "comma list"),
    Fixup("eventsv1_event_time_optional", 0, 99, eventsv1_event_time_optional, "null eventTime"),
    Fixup(
        "networkpolicy_pod_selector_optional",
        0,
        33,
        networkpolicy_pod_selector_optional,
        "k/k#131354",
    ),
    Fixup(
        "statefulset_service_name_optional",
        0,
        32,
        statefulset_service_name_optional,
        "k/k#130233",
    ),
    Fixup(
        "reference_names_default_empty",
        0,
        99,
        reference_names_default_empty,
        "k/k#124694",
        frozenset({"swagger2"}),  # v3 documents carry the default
    ),
    Fixup(
        "statefulset_volume_claim_templates_merge_key",
        0,
        99,
        statefulset_volume_claim_templates_merge_key,
        "k/k#74819",
    ),
    Fixup(
        "binding_and_eviction_return_status",
        0,
        99,
        binding_and_eviction_return_status,
        "BindingREST/EvictionREST",
    ),
    Fixup(
        "openid_paths_without_trailing_slash",
        0,
        99,
        openid_paths_without_trailing_slash,
        "k/k#117455",
    ),
)


def apply_fixups(
    source: str, spec: Spec, minor: int | None, flavour: str = "swagger2"
) -> list[str]:
    """Apply every fixup for Kubernetes ``1.<minor>``; returns the names applied.

    ``minor=None`` (a spec of unknown version, e.g. a hand-written test spec) applies none.
    """
    if minor is None:
        return []
    applied = []
    for fixup in FIXUPS:
        if not fixup.applies_to(minor, flavour):
            continue
        if fixup.apply(spec) == 0:
            raise SpecError(
                source,
                "",
                f"fixup {fixup.name!r} matched nothing for Kubernetes 1.{minor}: "
                "upstream may have fixed it; narrow its version range",
            )
        applied.append(fixup.name)
    return applied
