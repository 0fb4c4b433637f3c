"""The paths and operations of a custom resource, as the API server serves them (list,
watch, create, read, replace, patch, delete, deletecollection; status and scale)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..names import pascal
from .naming import tag
from .standard import DELETE_OPTIONS, META, REF, SCALE, STATUS


def _query(name: str, kind: str, description: str) -> dict[str, Any]:
    return {
        "name": name,
        "in": "query",
        "type": kind,
        "uniqueItems": True,
        "description": description,
    }


_PRETTY = _query(
    "pretty",
    "string",
    "If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent "
    "indicates a browser or command-line HTTP tool (curl and wget).",
)
_DRY_RUN = _query(
    "dryRun",
    "string",
    "When present, indicates that modifications should not be persisted. An invalid or "
    "unrecognized dryRun directive will result in an error response and no further "
    "processing of the request. Valid values are: - All: all dry run stages will be processed",
)
_FIELD_MANAGER = _query(
    "fieldManager",
    "string",
    "fieldManager is a name associated with the actor or entity that is making these "
    "changes. The value must be less than or 128 characters long, and only contain "
    "printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.",
)
_PATCH_FIELD_MANAGER = {
    **_FIELD_MANAGER,
    "description": _FIELD_MANAGER["description"]
    + " This field is required for apply requests (application/apply-patch) but optional "
    "for non-apply patch types (JsonPatch, MergePatch).",
}
_FIELD_VALIDATION = _query(
    "fieldValidation",
    "string",
    "fieldValidation instructs the server on how to handle objects in the request "
    "(POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: "
    "unknown fields are silently dropped. - Warn: a warning is sent for each unknown or "
    "duplicate field (the default). - Strict: the request fails with a BadRequest error.",
)
_FORCE = _query(
    "force",
    "boolean",
    'Force is going to "force" Apply requests. It means user will re-acquire conflicting '
    "fields owned by other people. Force flag must be unset for non-apply patch requests.",
)
_LIST_PARAMS = [
    _query(
        "allowWatchBookmarks",
        "boolean",
        'allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not '
        "implement bookmarks may ignore this flag. If this is not a watch, this field is "
        "ignored.",
    ),
    _query(
        "continue",
        "string",
        "The continue option should be set when retrieving more results from the server: "
        "the continue value of a previous list result with identical query parameters.",
    ),
    _query(
        "fieldSelector",
        "string",
        "A selector to restrict the list of returned objects by their fields. Defaults to "
        "everything.",
    ),
    _query(
        "labelSelector",
        "string",
        "A selector to restrict the list of returned objects by their labels. Defaults to "
        "everything.",
    ),
    _query(
        "limit",
        "integer",
        "limit is a maximum number of responses to return for a list call. If more items "
        "exist, the server will set the `continue` field on the list metadata.",
    ),
    _query(
        "resourceVersion",
        "string",
        "resourceVersion sets a constraint on what resource versions a request may be served "
        "from. See https://kubernetes.io/docs/reference/using-api/api-concepts/"
        "#resource-versions for details.",
    ),
    _query(
        "resourceVersionMatch",
        "string",
        "resourceVersionMatch determines how resourceVersion is applied to list calls.",
    ),
    _query(
        "sendInitialEvents",
        "boolean",
        "`sendInitialEvents=true` may be set together with `watch=true`: the watch stream "
        "then begins with synthetic events for the current state of the collection.",
    ),
    _query(
        "timeoutSeconds",
        "integer",
        "Timeout for the list/watch call. This limits the duration of the call, regardless "
        "of any activity or inactivity.",
    ),
    _query(
        "watch",
        "boolean",
        "Watch for changes to the described resources and return them as a stream of add, "
        "update, and remove notifications. Specify resourceVersion.",
    ),
]
_DELETE_PARAMS = [
    _DRY_RUN,
    _query(
        "gracePeriodSeconds",
        "integer",
        "The duration in seconds before the object should be deleted. Value must be "
        "non-negative integer. The value zero indicates delete immediately.",
    ),
    _query(
        "orphanDependents",
        "boolean",
        "Deprecated: please use the PropagationPolicy. Should the dependent objects be orphaned.",
    ),
    _query(
        "propagationPolicy",
        "string",
        "Whether and how garbage collection will be performed: 'Orphan', 'Background' or "
        "'Foreground'.",
    ),
]
_PATCH_TYPES = [
    "application/json-patch+json",
    "application/merge-patch+json",
    "application/apply-patch+yaml",
]
_PRODUCES = ["application/json", "application/yaml"]
_WATCH_PRODUCES = [*_PRODUCES, "application/json;stream=watch"]


def _body(ref: str, required: bool = True) -> dict[str, Any]:
    return {"name": "body", "in": "body", "required": required, "schema": {"$ref": REF + ref}}


def _responses(ref: str, *codes: str) -> dict[str, Any]:
    texts = {"200": "OK", "201": "Created", "202": "Accepted"}
    result: dict[str, Any] = {
        code: {"description": texts[code], "schema": {"$ref": REF + ref}} for code in codes
    }
    result["401"] = {"description": "Unauthorized"}
    return result


@dataclass(frozen=True)
class Resource:
    group: str
    version: str
    kind: str
    plural: str
    namespaced: bool
    object_ref: str
    list_ref: str
    status: bool
    scale: bool

    @property
    def tag(self) -> str:
        return tag(self.group, self.version)

    def op_id(self, verb: str, suffix: str = "", all_namespaces: bool = False) -> str:
        """As the API server: ``deleteExampleComV1CollectionNamespacedWidget`` …"""
        collection = "Collection" if verb == "deletecollection" else ""
        verb = "delete" if collection else verb
        scope = "Namespaced" if self.namespaced and not all_namespaces else ""
        tail = "ForAllNamespaces" if all_namespaces else ""
        return f"{verb}{pascal(self.tag)}{collection}{scope}{self.kind}{suffix}{tail}"

    def operation(
        self,
        verb: str,
        action: str,
        description: str,
        parameters: list[dict[str, Any]],
        responses: dict[str, Any],
        suffix: str = "",
        gvk_kind: tuple[str, str, str] | None = None,
        all_namespaces: bool = False,
        **extra: Any,
    ) -> dict[str, Any]:
        group, version, kind = gvk_kind or (self.group, self.version, self.kind)
        operation: dict[str, Any] = {
            "description": description,
            "operationId": self.op_id(verb, suffix, all_namespaces),
            "parameters": parameters,
            "produces": _PRODUCES,
            "consumes": ["*/*"],
            "responses": responses,
            "schemes": ["https"],
            "tags": [self.tag],
            "x-kubernetes-action": action,
            "x-kubernetes-group-version-kind": {"group": group, "version": version, "kind": kind},
        }
        operation.update(extra)
        return operation

    def paths(self) -> dict[str, dict[str, Any]]:
        base = f"/apis/{self.group}/{self.version}"
        namespace = {
            "name": "namespace",
            "in": "path",
            "required": True,
            "type": "string",
            "uniqueItems": True,
            "description": "object name and auth scope, such as for teams and projects",
        }
        scope_params = [namespace] if self.namespaced else []
        collection = (
            f"{base}/namespaces/{{namespace}}/{self.plural}"
            if self.namespaced
            else f"{base}/{self.plural}"
        )
        kind = self.kind
        obj, lst = self.object_ref, self.list_ref
        paths: dict[str, dict[str, Any]] = {
            collection: {
                "parameters": [*scope_params, _PRETTY],
                "get": self.operation(
                    "list",
                    "list",
                    f"list or watch objects of kind {kind}",
                    list(_LIST_PARAMS),
                    _responses(lst, "200"),
                    produces=_WATCH_PRODUCES,
                ),
                "post": self.operation(
                    "create",
                    "post",
                    f"create a {kind}",
                    [_body(obj), _DRY_RUN, _FIELD_MANAGER, _FIELD_VALIDATION],
                    _responses(obj, "200", "201", "202"),
                ),
                "delete": self.operation(
                    "deletecollection",
                    "deletecollection",
                    f"delete collection of {kind}",
                    [_body(DELETE_OPTIONS, False), *_DELETE_PARAMS, *_LIST_PARAMS],
                    _responses(STATUS, "200"),
                ),
            }
        }
        if self.namespaced:
            paths[f"{base}/{self.plural}"] = {
                "parameters": [_PRETTY],
                "get": self.operation(
                    "list",
                    "list",
                    f"list or watch objects of kind {kind}",
                    list(_LIST_PARAMS),
                    _responses(lst, "200"),
                    all_namespaces=True,
                    produces=_WATCH_PRODUCES,
                ),
            }
        item_params = [
            {
                "name": "name",
                "in": "path",
                "required": True,
                "type": "string",
                "uniqueItems": True,
                "description": f"name of the {kind}",
            },
            *scope_params,
            _PRETTY,
        ]
        item = f"{collection}/{{name}}"
        paths[item] = {
            "parameters": item_params,
            "get": self.operation(
                "read", "get", f"read the specified {kind}", [], _responses(obj, "200")
            ),
            "put": self.operation(
                "replace",
                "put",
                f"replace the specified {kind}",
                [_body(obj), _DRY_RUN, _FIELD_MANAGER, _FIELD_VALIDATION],
                _responses(obj, "200", "201"),
            ),
            "patch": self._patch(f"partially update the specified {kind}", obj, ""),
            "delete": self.operation(
                "delete",
                "delete",
                f"delete a {kind}",
                [_body(DELETE_OPTIONS, False), *_DELETE_PARAMS],
                _responses(obj, "200", "202"),
            ),
        }
        for sub, ref, gvk in (
            ("status", obj, None),
            ("scale", SCALE, ("autoscaling", "v1", "Scale")),
        ):
            if not getattr(self, sub):
                continue
            suffix = sub.capitalize()
            paths[f"{item}/{sub}"] = {
                "parameters": item_params,
                "get": self.operation(
                    "read",
                    "get",
                    f"read {sub} of the specified {kind}",
                    [],
                    _responses(ref, "200"),
                    suffix=suffix,
                    gvk_kind=gvk,
                ),
                "put": self.operation(
                    "replace",
                    "put",
                    f"replace {sub} of the specified {kind}",
                    [_body(ref), _DRY_RUN, _FIELD_MANAGER, _FIELD_VALIDATION],
                    _responses(ref, "200", "201"),
                    suffix=suffix,
                    gvk_kind=gvk,
                ),
                "patch": self._patch(
                    f"partially update {sub} of the specified {kind}", ref, suffix, gvk
                ),
            }
        return paths

    def _patch(
        self, description: str, ref: str, suffix: str, gvk: tuple[str, str, str] | None = None
    ) -> dict[str, Any]:
        body = {
            "name": "body",
            "in": "body",
            "required": True,
            "schema": {"$ref": REF + f"{META}.Patch"},
        }
        return self.operation(
            "patch",
            "patch",
            description,
            [body, _DRY_RUN, _PATCH_FIELD_MANAGER, _FIELD_VALIDATION, _FORCE],
            _responses(ref, "200", "201"),
            suffix=suffix,
            gvk_kind=gvk,
            consumes=list(_PATCH_TYPES),
        )
