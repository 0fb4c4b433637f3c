"""Stage 2b: operations the Kubernetes spec does not describe but every client offers.

Custom resources are served under ``/apis/{group}/{version}/...`` for whatever CRDs a cluster
has, so the spec cannot list them. The official clients add a ``CustomObjectsApi`` from a
small hand-written spec; this module writes the same operations as Swagger paths so they go
through the same model, names and templates as everything else (no hand-written API code).
"""

from __future__ import annotations

from typing import Any

_META = "io.k8s.apimachinery.pkg.apis.meta.v1"
_TAG = "custom_objects"


_DESCRIPTIONS = {
    "group": "the custom resource's API group, e.g. example.com",
    "version": "the custom resource's version, e.g. v1",
    "namespace": "object name and auth scope, such as for teams and projects",
    "plural": "the custom resource's plural name, e.g. widgets",
    "resource_plural": "the custom resource's plural name, e.g. widgets",
    "name": "the custom object's name",
}


def _path(name: str) -> dict[str, Any]:
    return {
        "name": name,
        "in": "path",
        "required": True,
        "type": "string",
        "description": _DESCRIPTIONS[name],
    }


def _query(name: str, kind: str = "string", description: str = "") -> dict[str, Any]:
    return {"name": name, "in": "query", "type": kind, "description": description}


_BODY = {
    "name": "body",
    "in": "body",
    "required": True,
    "schema": {"type": "object"},
    "description": "the object (a dict or a model); for patch, the patch document",
}
_OBJECT = {"200": {"description": "OK", "schema": {"type": "object"}}}
_LIST_PARAMS = [
    _query("pretty"),
    _query("allowWatchBookmarks", "boolean"),
    _query("continue"),
    _query("fieldSelector"),
    _query("labelSelector"),
    _query("limit", "integer"),
    _query("resourceVersion"),
    _query("resourceVersionMatch"),
    _query("sendInitialEvents", "boolean"),
    _query("timeoutSeconds", "integer"),
    _query("watch", "boolean"),
]
_WRITE_PARAMS = [_query("dryRun"), _query("fieldManager"), _query("fieldValidation")]
_DELETE_PARAMS = [
    _query("gracePeriodSeconds", "integer"),
    _query("orphanDependents", "boolean"),
    _query("propagationPolicy"),
    _query("dryRun"),
]
_PATCH_TYPES = [
    "application/merge-patch+json",
    "application/json-patch+json",
    "application/apply-patch+yaml",
]


def _op(op_id: str, description: str, params: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    operation: dict[str, Any] = {
        "operationId": op_id,
        "description": description,
        "tags": [_TAG],
        "parameters": params,
        "produces": ["application/json"],
        "responses": extra.pop("responses", _OBJECT),
    }
    operation.update(extra)
    return operation


def _object_ops(scope: str, what: str, sub: str = "") -> dict[str, Any]:
    """get/replace/patch (and delete for the object itself) of one custom object."""
    suffix = {"": "", "status": "Status", "scale": "Scale"}[sub]
    noun = f"{scope}CustomObject{suffix}"
    item = {
        "get": _op(f"get{noun}", f"read the {sub or 'object'} of {what}", []),
        "put": _op(
            f"replace{noun}", f"replace the {sub or 'object'} of {what}", [_BODY, *_WRITE_PARAMS]
        ),
        "patch": _op(
            f"patch{noun}",
            f"partially update the {sub or 'object'} of {what}",
            [_BODY, *_WRITE_PARAMS, _query("force", "boolean")],
            consumes=_PATCH_TYPES,
        ),
    }
    if not sub:
        item["delete"] = _op(f"delete{noun}", f"delete {what}", _DELETE_PARAMS)
    return item


def custom_objects_paths() -> dict[str, dict[str, Any]]:
    gv = [_path("group"), _path("version")]
    ns = [*gv, _path("namespace"), _path("plural")]
    cluster = [*gv, _path("plural")]
    paths: dict[str, dict[str, Any]] = {
        "/apis/{group}/{version}": {
            "parameters": gv,
            "get": _op(
                "getAPIResources",
                "the resources a group-version serves",
                [],
                responses={
                    "200": {
                        "description": "OK",
                        "schema": {"$ref": f"#/definitions/{_META}.APIResourceList"},
                    }
                },
            ),
        },
        "/apis/{group}/{version}/{resource_plural}": {
            "parameters": [*gv, _path("resource_plural")],
            "get": _op(
                "listCustomObjectForAllNamespaces",
                "list or watch custom objects of a kind in every namespace",
                _LIST_PARAMS,
            ),
        },
        "/apis/{group}/{version}/{plural}": {
            "parameters": cluster,
            "get": _op(
                "listClusterCustomObject",
                "list or watch cluster-scoped custom objects",
                _LIST_PARAMS,
            ),
            "post": _op(
                "createClusterCustomObject",
                "create a cluster-scoped custom object",
                [_BODY, _query("pretty"), *_WRITE_PARAMS],
            ),
            "delete": _op(
                "deleteCollectionClusterCustomObject",
                "delete a collection of cluster-scoped custom objects",
                [*_DELETE_PARAMS, _query("labelSelector"), _query("fieldSelector")],
            ),
        },
        "/apis/{group}/{version}/namespaces/{namespace}/{plural}": {
            "parameters": ns,
            "get": _op(
                "listNamespacedCustomObject",
                "list or watch namespaced custom objects",
                _LIST_PARAMS,
            ),
            "post": _op(
                "createNamespacedCustomObject",
                "create a namespaced custom object",
                [_BODY, _query("pretty"), *_WRITE_PARAMS],
            ),
            "delete": _op(
                "deleteCollectionNamespacedCustomObject",
                "delete a collection of namespaced custom objects",
                [*_DELETE_PARAMS, _query("labelSelector"), _query("fieldSelector")],
            ),
        },
    }
    for scope, base, params in (
        ("Cluster", "/apis/{group}/{version}/{plural}/{name}", cluster),
        ("Namespaced", "/apis/{group}/{version}/namespaces/{namespace}/{plural}/{name}", ns),
    ):
        what = f"a {scope.lower()} custom object"
        for sub in ("", "status", "scale"):
            path = f"{base}/{sub}" if sub else base
            paths[path] = {"parameters": [*params, _path("name")], **_object_ops(scope, what, sub)}
    return paths


def add_custom_objects(spec: dict[str, Any]) -> bool:
    """Add ``CustomObjectsApi`` to a full Kubernetes spec (one that has the meta types)."""
    if f"{_META}.APIResourceList" not in spec.get("definitions", {}):
        return False
    spec["paths"].update(custom_objects_paths())
    return True
