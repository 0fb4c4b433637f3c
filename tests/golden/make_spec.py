"""Cut tests/golden/spec.json out of the upstream 1.36 spec (run by hand when it must change).

The golden spec keeps a few paths chosen to exercise every stage — namespaced and
cluster-scoped kinds, a class-name collision (core and events Event), connect operations
(exec, port-forward), logs, a CRD (JSONSchemaPropsOr* unions), the version endpoint and
the openid paths — plus every definition they reach, so the golden output stays small.

    python tests/golden/make_spec.py ../shared/specs/kubernetes-1.36.swagger.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

PATHS = (
    "/api/v1/namespaces",
    "/api/v1/namespaces/{name}",
    "/api/v1/namespaces/{namespace}/configmaps",
    "/api/v1/namespaces/{namespace}/configmaps/{name}",
    "/api/v1/watch/namespaces/{namespace}/configmaps",
    "/api/v1/namespaces/{namespace}/events/{name}",
    "/apis/events.k8s.io/v1/namespaces/{namespace}/events/{name}",
    "/api/v1/namespaces/{namespace}/pods/{name}/exec",
    "/api/v1/namespaces/{namespace}/pods/{name}/portforward",
    "/api/v1/namespaces/{namespace}/pods/{name}/log",
    "/api/v1/namespaces/{namespace}/pods/{name}/eviction",
    "/apis/apiextensions.k8s.io/v1/customresourcedefinitions/{name}",
    "/apis/coordination.k8s.io/v1/namespaces/{namespace}/leases/{name}",
    "/version/",
    "/.well-known/openid-configuration/",
)
# fixup targets outside the closure of PATHS, trimmed to the property the fixup touches
EXTRA = {
    "io.k8s.api.apps.v1.StatefulSetSpec": ("volumeClaimTemplates",),
    "io.k8s.api.core.v1.LocalObjectReference": ("name",),
}


def refs(node: Any) -> set[str]:
    """Every ``$ref`` string anywhere in ``node``."""
    found: set[str] = set()
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            found.add(node["$ref"])
        for value in node.values():
            found |= refs(value)
    elif isinstance(node, list):
        for value in node:
            found |= refs(value)
    return found


def main(source: str) -> None:
    spec = json.loads(Path(source).read_text())
    paths = {path: spec["paths"][path] for path in PATHS}
    definitions: dict[str, Any] = {}
    for name, keep in EXTRA.items():
        schema = dict(spec["definitions"][name])
        schema["properties"] = {k: v for k, v in schema["properties"].items() if k in keep}
        schema.pop("required", None)
        definitions[name] = schema
    parameters: dict[str, Any] = {}
    pending = refs(paths) | refs(definitions)
    while pending:
        ref = pending.pop()
        kind, name = ref.split("/")[1:3]
        table = definitions if kind == "definitions" else parameters
        if name in table:
            continue
        table[name] = spec[kind][name]
        pending |= refs(table[name])
    trimmed = {
        "swagger": "2.0",
        "info": {"title": "Kubernetes (trimmed for kubesmith's golden test)", "version": "v1.36.0"},
        "paths": paths,
        "definitions": dict(sorted(definitions.items())),
        "parameters": dict(sorted(parameters.items())),
    }
    out = Path(__file__).with_name("spec.json")
    out.write_text(json.dumps(trimmed, indent=1, sort_keys=True) + "\n")
    print(f"{out}: {len(paths)} paths, {len(definitions)} definitions")


if __name__ == "__main__":
    main(sys.argv[1])
