"""Stage 3: the fixed spec → the typed intermediate model (:mod:`kubesmith.model`).

All decisions about types, names and resource facts are made here (names through
:mod:`kubesmith.naming`), in sorted order so the model is deterministic.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Any

from . import naming
from .errors import SpecError, pointer
from .load import HTTP_METHODS, resolve_ref
from .model import (
    ApiGroup,
    ClientModel,
    Definition,
    Field,
    GroupVersionKind,
    MergeInfo,
    ModelModule,
    Operation,
    Parameter,
    Resource,
    TypeRef,
)

_DEFINITIONS = "#/definitions/"

# Definitions rendered as runtime types instead of classes (their spec shape is a poor
# description of their wire form): name suffix → TypeRef.
_SPECIAL: dict[str, TypeRef] = {
    "io.k8s.apimachinery.pkg.api.resource.Quantity": TypeRef("Quantity", specials=("Quantity",)),
    "io.k8s.apimachinery.pkg.util.intstr.IntOrString": TypeRef(
        "IntOrString", specials=("IntOrString",)
    ),
    "io.k8s.apimachinery.pkg.apis.meta.v1.Time": TypeRef("datetime", uses_datetime=True),
    "io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime": TypeRef("MicroTime", specials=("MicroTime",)),
    "io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1": TypeRef(
        "RawJSON", specials=("RawJSON",), absent="RawJSON()"
    ),
    "io.k8s.apimachinery.pkg.apis.meta.v1.Patch": TypeRef("JSON", specials=("JSON",)),
    "io.k8s.apimachinery.pkg.runtime.RawExtension": TypeRef("JSON", specials=("JSON",)),
    "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON": TypeRef(
        "JSON", specials=("JSON",)
    ),
}

# JSONSchemaPropsOr*: a schema or another JSON shape, told apart by the JSON value's shape.
_SCHEMA_UNIONS: dict[str, str] = {
    "JSONSchemaPropsOrArray": "{props} | list[{props}]",
    "JSONSchemaPropsOrBool": "{props} | bool",
    "JSONSchemaPropsOrStringArray": "{props} | list[str]",
}

_STATUS = "io.k8s.apimachinery.pkg.apis.meta.v1.Status"

_VERBS = {
    "get": "get",
    "list": "list",
    "post": "create",
    "put": "update",
    "patch": "patch",
    "delete": "delete",
    "deletecollection": "deletecollection",
}


class _Builder:
    def __init__(self, source: str, spec: dict[str, Any]) -> None:
        self.source = source
        self.spec = spec
        self.definitions: dict[str, Any] = spec["definitions"]
        #: the definition of each top-level kind (one GVK, apiVersion and kind properties)
        self.kinds: dict[GroupVersionKind, str] = {}
        for name, schema in sorted(self.definitions.items()):
            gvks = schema.get("x-kubernetes-group-version-kind", [])
            props = schema.get("properties", {})
            if len(gvks) == 1 and "apiVersion" in props and "kind" in props:
                g = gvks[0]
                self.kinds[GroupVersionKind(g["group"], g["version"], g["kind"])] = name
        names = sorted(name for name in self.definitions if not self._special(name))
        try:
            self.class_names = naming.class_names(names)
        except ValueError as exc:
            raise SpecError(source, "/definitions", str(exc)) from exc

    # -- types ---------------------------------------------------------------------------

    def _special(self, name: str) -> TypeRef | None:
        if name in _SPECIAL:
            return _SPECIAL[name]
        kind = name.rsplit(".", 1)[-1]
        if kind in _SCHEMA_UNIONS:
            props = name.rsplit(".", 1)[0] + ".JSONSchemaProps"
            if props in self.definitions:
                cls = naming.class_names(sorted(n for n in self.definitions if n == props))[props]
                return TypeRef(
                    _SCHEMA_UNIONS[kind].format(props=cls),
                    classes=((naming.model_module(props), cls),),
                )
        return None

    def class_ref(self, name: str) -> TypeRef:
        special = self._special(name)
        if special is not None:
            return special
        cls = self.class_names[name]
        return TypeRef(cls, classes=((naming.model_module(name), cls),))

    def type_of(self, schema: dict[str, Any], where: tuple[str | int, ...]) -> TypeRef:
        if "$ref" in schema:
            ref: str = schema["$ref"]
            name = ref[len(_DEFINITIONS) :]
            if not ref.startswith(_DEFINITIONS) or (
                name not in self.class_names and self._special(name) is None
            ):
                # e.g. a pointer into a definition (#/definitions/X/properties): no type
                raise SpecError(self.source, pointer(*where, "$ref"), f"unsupported $ref {ref}")
            return self.class_ref(name)
        kind = schema.get("type")
        fmt = schema.get("format")
        if kind == "string":
            if fmt == "byte":
                return TypeRef("bytes")
            if fmt == "date-time":
                return TypeRef("datetime", uses_datetime=True)
            if fmt == "int-or-string":
                return TypeRef("IntOrString", specials=("IntOrString",))
            return TypeRef("str")
        if kind == "integer":
            return TypeRef("int")
        if kind == "number":
            return TypeRef("float")
        if kind == "boolean":
            return TypeRef("bool")
        if kind == "array":
            inner = self.type_of(schema.get("items", {}), (*where, "items"))
            return _wrap(inner, "list[{}]")
        if kind == "object" or kind is None:
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict):
                inner = self.type_of(extra, (*where, "additionalProperties"))
                return _wrap(inner, "dict[str, {}]")
            if kind == "object":
                return TypeRef("dict[str, JSON]", specials=("JSON",))
            return TypeRef("JSON", specials=("JSON",))
        raise SpecError(self.source, pointer(*where, "type"), f"unknown type {kind!r}")

    # -- models --------------------------------------------------------------------------

    def definition(self, name: str, resources: dict[str, Resource]) -> Definition:
        schema = self.definitions[name]
        required = set(schema.get("required", []))
        fields = []
        for wire in sorted(schema.get("properties", {})):
            prop = schema["properties"][wire]
            where = ("definitions", name, "properties", wire)
            type_ = self.type_of(prop, where)
            default, factory = _default(prop.get("default"), type_, wire in required)
            fields.append(
                Field(
                    name=naming.field_name(wire),
                    wire=wire,
                    type=type_,
                    required=wire in required,
                    description=prop.get("description", ""),
                    default=default,
                    default_factory=factory,
                    merge=MergeInfo(
                        list_type=prop.get("x-kubernetes-list-type"),
                        list_map_keys=tuple(prop.get("x-kubernetes-list-map-keys", ())),
                        map_type=prop.get("x-kubernetes-map-type"),
                        patch_strategy=prop.get("x-kubernetes-patch-strategy"),
                        patch_merge_key=prop.get("x-kubernetes-patch-merge-key"),
                    ),
                )
            )
        # two wire names with one Python name (``nat-outgoing`` and ``natOutgoing`` in a CRD):
        # the later one, in wire-name order, gets a ``2`` as clashing parameters do
        seen: set[str] = set()
        for index, item in enumerate(fields):
            python = item.name
            while python in seen:
                python = f"{python}2"
            seen.add(python)
            if python != item.name:
                fields[index] = replace(item, name=python)
        gvks = tuple(
            GroupVersionKind(g["group"], g["version"], g["kind"])
            for g in schema.get("x-kubernetes-group-version-kind", [])
        )
        return Definition(
            spec_name=name,
            class_name=self.class_names[name],
            module=naming.model_module(name),
            description=schema.get("description", ""),
            fields=tuple(fields),
            gvks=gvks,
            resource=resources.get(name),
            map_type=schema.get("x-kubernetes-map-type"),
        )

    # -- resources -----------------------------------------------------------------------

    def resources(self) -> dict[str, Resource]:
        """Scope, plural, verbs and subresources of each kind, from its operation paths."""
        by_gvk = self.kinds
        found: dict[GroupVersionKind, dict[str, Any]] = {}
        all_paths = list(self.spec["paths"])
        for path, _method, operation in self.operations():
            gvk_raw = operation.get("x-kubernetes-group-version-kind")
            action = operation.get("x-kubernetes-action")
            if not gvk_raw or action not in _VERBS:
                continue
            gvk = GroupVersionKind(gvk_raw["group"], gvk_raw["version"], gvk_raw["kind"])
            shape = _resource_path(path, gvk)
            if shape is None:
                continue
            plural, namespaced, base = shape
            entry = found.setdefault(
                gvk, {"plural": plural, "namespaced": namespaced, "verbs": set(), "base": base}
            )
            if namespaced and not entry["namespaced"]:
                entry.update(plural=plural, namespaced=True, base=base)
            entry["verbs"].add(_VERBS[action])
        resources: dict[str, Resource] = {}
        for gvk, entry in found.items():
            definition = by_gvk.get(gvk)
            if definition is None:
                continue
            verbs = set(entry["verbs"])
            if "list" in verbs:
                verbs.add("watch")
            prefix = entry["base"] + "/{name}/"
            subresources = sorted(
                {p[len(prefix) :].split("/")[0] for p in all_paths if p.startswith(prefix)}
            )
            list_gvk = GroupVersionKind(gvk.group, gvk.version, gvk.kind + "List")
            resources[definition] = Resource(
                gvk=gvk,
                plural=entry["plural"],
                namespaced=entry["namespaced"],
                verbs=tuple(sorted(verbs)),
                subresources=tuple(subresources),
                list_kind=list_gvk.kind if list_gvk in by_gvk else None,
            )
        return resources

    # -- operations ----------------------------------------------------------------------

    def operations(self) -> list[tuple[str, str, dict[str, Any]]]:
        result = []
        for path in sorted(self.spec["paths"]):
            item = self.spec["paths"][path]
            for method in HTTP_METHODS:
                if method in item:
                    result.append((path, method, item[method]))
        return result

    def _resolve(self, param: dict[str, Any]) -> dict[str, Any]:
        resolved: dict[str, Any] = (
            resolve_ref(self.spec, param["$ref"]) if "$ref" in param else param
        )
        return resolved

    def operation(self, path: str, method: str, raw: dict[str, Any]) -> Operation:
        where = ("paths", path, method)
        tag = (raw.get("tags") or ["default"])[0]
        shared = self.spec["paths"][path].get("parameters", [])
        params_raw = [self._resolve(p) for p in [*shared, *raw.get("parameters", [])]]
        params_raw = [p for p in params_raw if p["in"] in ("path", "query", "body")]
        # path parameters first, then other required ones (all positional, as the official
        # client: ``patch_namespaced_deployment(name, namespace, body)``), then the rest;
        # the stable sort keeps the spec's order among equals
        params_raw.sort(key=lambda p: 0 if p["in"] == "path" else 1 if p.get("required") else 2)
        names = naming.parameter_names([(p["name"], p["in"]) for p in params_raw])
        action = raw.get("x-kubernetes-action")
        gvk_raw = raw.get("x-kubernetes-group-version-kind")
        gvk = GroupVersionKind(**gvk_raw) if gvk_raw else None
        parameters = []
        for py_name, param in zip(names, params_raw, strict=True):
            location = param["in"]
            required = bool(param.get("required")) or location == "path"
            if location == "body":
                type_ = self._body_type(param, method, where)
                wire = "body"
            else:
                type_ = self.type_of(param, (*where, "parameters", param["name"]))
                wire = param["name"]
            parameters.append(
                Parameter(
                    name=py_name,
                    wire=wire,
                    location=location,
                    required=required,
                    type=type_,
                    description=param.get("description", ""),
                    multi=param.get("type") == "array",
                )
            )
        response, response_expr = self._response(raw, action, gvk, where)
        has_body = any(p.location == "body" for p in parameters)
        consumes = _content_types(raw.get("consumes", [])) if has_body else ()
        return Operation(
            operation_id=raw["operationId"],
            name=naming.method_name(raw["operationId"], tag),
            method=method.upper(),
            path=path,
            tag=tag,
            action=action,
            gvk=gvk,
            description=raw.get("description", ""),
            parameters=tuple(parameters),
            response=response,
            response_expr=response_expr,
            consumes=consumes or ("application/json",),
            produces=_content_types(raw.get("produces", [])),
        )

    def _body_type(self, param: dict[str, Any], method: str, where: tuple[str, ...]) -> TypeRef:
        schema = param.get("schema", {})
        type_ = self.type_of(schema, (*where, "parameters", "body", "schema"))
        if method == "patch" or not type_.classes:
            # a model, a dict, or a list of JSON Patch operations: anything JSON-encodable
            return TypeRef("Any")
        if type_.classes:
            return TypeRef(
                f"{type_.annotation} | dict[str, Any]",
                classes=type_.classes,
                specials=type_.specials,
            )
        return type_

    def _response(
        self,
        raw: dict[str, Any],
        action: str | None,
        gvk: GroupVersionKind | None,
        where: tuple[str, ...],
    ) -> tuple[TypeRef | None, str]:
        responses = raw["responses"]
        code = next((c for c in ("200", "201", "202") if c in responses), None)
        schema = responses[code].get("schema") if code else None
        if schema is None:
            return None, "None"
        type_ = self.type_of(schema, (*where, "responses", code or "", "schema"))
        if "$ref" in schema:
            target = schema["$ref"][len(_DEFINITIONS) :]
            if action == "deletecollection" and target == _STATUS and gvk is not None:
                # the server answers with the list of the deleted objects (or a Status)
                listed = GroupVersionKind(gvk.group, gvk.version, gvk.kind + "List")
                if listed in self.kinds:
                    target = self.kinds[listed]
                    type_ = self.class_ref(target)
            if action == "delete" and target == _STATUS and gvk in self.kinds:
                # the spec says Status, but the server answers with the object while
                # finalizers run (delete_namespace, …): decode whichever ``kind`` arrives
                target = self.kinds[gvk]
                type_ = self.class_ref(target)
            if action in ("delete", "deletecollection") and target != _STATUS:
                status = self.class_ref(_STATUS)
                union = TypeRef(
                    f"{type_.annotation} | {status.annotation}",
                    classes=type_.classes + status.classes,
                )
                return union, f"({type_.annotation}, {status.annotation})"
            if type_.classes and type_.annotation == type_.classes[0][1]:
                return type_, type_.annotation
            return type_, "object"
        if type_.annotation == "str":
            return type_, "str"
        if schema.get("type") == "object":
            return TypeRef("dict[str, Any]"), "object"
        return TypeRef("Any"), "object"

    def apply_operation(self, patch: Operation) -> Operation | None:
        """``apply_namespaced_deployment(body, field_manager)`` beside each patch of a kind
        (and of its status): server-side apply of a typed apply configuration, whose
        all-optional fields claim ownership of exactly what the caller set (KEP-2155)."""
        if patch.action != "patch" or patch.gvk not in self.kinds:
            return None
        if not patch.path.endswith(("/{name}", "/{name}/status")):
            return None
        target = self.class_ref(self.kinds[patch.gvk])
        module, cls = target.classes[0]
        body = TypeRef(f"{cls}Apply", classes=((f"apply/{module}", f"{cls}Apply"),))
        kept = {"dry_run", "field_validation", "force", "pretty"}
        params = [
            Parameter("body", "body", "body", True, body, "the apply configuration"),
            Parameter(
                "field_manager",
                "fieldManager",
                "query",
                True,
                TypeRef("str"),
                "the manager that owns the fields set in body",
            ),
        ]
        for param in patch.parameters:
            if param.location == "path":
                # taken from body.metadata when not given
                params.append(replace(param, required=False))
            elif param.name in kept:
                params.append(param)
        return replace(
            patch,
            name=patch.name.replace("patch_", "apply_", 1),
            operation_id=f"apply:{patch.operation_id}",
            description=f"server-side apply: {patch.description}",
            parameters=tuple(params),
            consumes=("application/apply-patch+yaml",),
            path_from_body=True,
        )

    # -- whole model ---------------------------------------------------------------------

    def build(self, package: str, version: str | None, fixups: list[str]) -> ClientModel:
        resources = self.resources()
        modules: dict[str, list[Definition]] = defaultdict(list)
        for name in sorted(self.class_names):
            try:
                definition = self.definition(name, resources)
            except ValueError as error:  # naming: a wire name no Python name can stand for
                raise SpecError(self.source, pointer("definitions", name), str(error)) from None
            modules[definition.module].append(definition)
        model_modules = tuple(
            ModelModule(module, tuple(sorted(defs, key=lambda d: d.class_name)))
            for module, defs in sorted(modules.items())
        )
        by_tag: dict[str, list[Operation]] = defaultdict(list)
        for path, method, raw in self.operations():
            try:
                operation = self.operation(path, method, raw)
            except ValueError as error:
                raise SpecError(self.source, pointer("paths", path, method), str(error)) from None
            by_tag[operation.tag].append(operation)
            apply = self.apply_operation(operation)
            if apply is not None:
                by_tag[operation.tag].append(apply)
        apis = []
        for tag in sorted(by_tag):
            ops = sorted(by_tag[tag], key=lambda o: o.name)
            seen: set[str] = set()
            for op in ops:
                if op.name in seen:
                    raise SpecError(
                        self.source,
                        pointer("paths", op.path),
                        f"two operations of tag {tag!r} are both named {op.name!r}",
                    )
                seen.add(op.name)
            apis.append(
                ApiGroup(
                    tag=tag,
                    class_name=naming.api_class_name(tag),
                    module=naming.api_module(tag),
                    operations=tuple(ops),
                )
            )
        return ClientModel(
            package=package,
            kubernetes_version=version,
            model_modules=model_modules,
            apis=tuple(apis),
            fixups=tuple(fixups),
        )


#: content types a JSON client prefers, first; the rest follow in name order (the v2 and v3
#: documents list them in different orders)
_PREFERRED_TYPES = (
    "application/json",
    "application/json-patch+json",
    "application/merge-patch+json",
    "application/strategic-merge-patch+json",
    "application/apply-patch+yaml",
)


def _content_types(types: list[str]) -> tuple[str, ...]:
    known = [t for t in types if t != "*/*"]
    return tuple(
        sorted(
            set(known),
            key=lambda t: (
                _PREFERRED_TYPES.index(t) if t in _PREFERRED_TYPES else len(_PREFERRED_TYPES),
                t,
            ),
        )
    )


def _default(value: Any, type_: TypeRef, required: bool) -> tuple[str | None, bool]:
    """The default of a required field (the server's zero value): (expression, is_factory).

    Optional fields default to ``None`` (absent) whatever the spec says, so the client never
    sends a value the caller did not set.
    """
    if not required or value is None:
        return None, False
    if value == {}:
        # an empty object of a model type is not a valid model (it may have required fields
        # of its own), so such a field stays required
        return ("dict", True) if type_.annotation.startswith("dict[") else (None, False)
    if value == []:
        return "list", True
    if isinstance(value, bool | int | float | str):
        return repr(value), False
    raise ValueError(f"unsupported default {value!r}")


def _wrap(inner: TypeRef, pattern: str) -> TypeRef:
    return TypeRef(
        pattern.format(inner.annotation),
        classes=inner.classes,
        specials=inner.specials,
        uses_datetime=inner.uses_datetime,
    )


def _resource_path(path: str, gvk: GroupVersionKind) -> tuple[str, bool, str] | None:
    """(plural, namespaced, collection path) when ``path`` is the kind's own endpoint."""
    prefix = f"/apis/{gvk.group}/{gvk.version}/" if gvk.group else f"/api/{gvk.version}/"
    if not path.startswith(prefix):
        return None
    rest = path[len(prefix) :].split("/")
    if rest[:2] == ["namespaces", "{namespace}"] and len(rest) in (3, 4):
        if len(rest) == 4 and rest[3] != "{name}":
            return None
        return rest[2], True, prefix + "/".join(rest[:3])
    if len(rest) in (1, 2) and not rest[0].startswith("{"):
        if len(rest) == 2 and rest[1] != "{name}":
            return None
        return rest[0], False, prefix + rest[0]
    return None


def build_model(
    source: str, spec: dict[str, Any], package: str, version: str | None, fixups: list[str]
) -> ClientModel:
    return _Builder(source, spec).build(package, version, fixups)
