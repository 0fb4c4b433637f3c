"""Stage 3: the fixed spec → the language-neutral model (:mod:`kubesmith.model`).

Types, word splits, class names and resource facts are decided here (names through
:mod:`kubesmith.names`), in sorted order so the model is deterministic. Nothing here knows a
target language: each target maps this model in its own package (``targets/<name>/``).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from . import names
from .crd.naming import ENUM, WORDS
from .errors import SpecError, pointer
from .load import resolve_ref
from .model import (
    ApiGroup,
    ClientModel,
    Definition,
    Field,
    GroupVersionKind,
    MergeInfo,
    Operation,
    Parameter,
    Resource,
    Type,
)
from .shape import HTTP_METHODS

_DEFINITIONS = "#/definitions/"

# Definitions that are special types instead of classes (their spec shape is a poor
# description of their wire form).
_SPECIAL: dict[str, Type] = {
    "io.k8s.apimachinery.pkg.api.resource.Quantity": Type("special", special="Quantity"),
    "io.k8s.apimachinery.pkg.util.intstr.IntOrString": Type("special", special="IntOrString"),
    "io.k8s.apimachinery.pkg.apis.meta.v1.Time": Type("special", special="Time"),
    "io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime": Type("special", special="MicroTime"),
    "io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1": Type("special", special="FieldsV1"),
    "io.k8s.apimachinery.pkg.apis.meta.v1.Patch": Type("special", special="Patch"),
    "io.k8s.apimachinery.pkg.runtime.RawExtension": Type("special", special="RawExtension"),
    "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON": Type(
        "special", special="JSON"
    ),
}

# String formats that are special types.
_STRING_SPECIALS = {"byte": "Bytes", "date-time": "Time", "int-or-string": "IntOrString"}

# JSONSchemaPropsOr*: a schema or another JSON shape, told apart by the JSON value's shape.
_SCHEMA_UNIONS = ("JSONSchemaPropsOrArray", "JSONSchemaPropsOrBool", "JSONSchemaPropsOrStringArray")


def _schema_union(kind: str, props: str) -> Type:
    schema = Type("ref", ref=props)
    other = {
        "JSONSchemaPropsOrArray": Type("array", items=schema),
        "JSONSchemaPropsOrBool": Type("boolean"),
        "JSONSchemaPropsOrStringArray": Type("array", items=Type("string")),
    }[kind]
    return Type("union", alternatives=(schema, other))


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
        spec_names = sorted(name for name in self.definitions if not self._special(name))
        try:
            self.class_names = names.class_names(spec_names)
        except ValueError as exc:
            raise SpecError(source, "/definitions", str(exc)) from exc
        for name, class_name in self.class_names.items():
            if not names.is_class_name(class_name):
                raise SpecError(
                    source,
                    pointer("definitions", name),
                    f"no class name can stand for definition {name!r} (it would be {class_name!r})",
                )

    # -- types ---------------------------------------------------------------------------

    def _special(self, name: str) -> Type | None:
        if name in _SPECIAL:
            return _SPECIAL[name]
        kind = name.rsplit(".", 1)[-1]
        if kind in _SCHEMA_UNIONS:
            props = name.rsplit(".", 1)[0] + ".JSONSchemaProps"
            if props in self.definitions:
                return _schema_union(kind, props)
        return None

    def class_ref(self, name: str) -> Type:
        special = self._special(name)
        if special is not None:
            return special
        return Type("ref", ref=name)

    def type_of(self, schema: dict[str, Any], where: tuple[str | int, ...]) -> Type:
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
            if fmt in _STRING_SPECIALS:
                return Type("special", special=_STRING_SPECIALS[fmt])
            # a custom resource's allowed values (the built-in spec's enums stay text)
            return Type("string", enum=tuple(schema.get(ENUM, ())))
        if kind in ("integer", "number"):
            return Type(kind, format=fmt)
        if kind == "boolean":
            return Type("boolean")
        if kind == "array":
            return Type("array", items=self.type_of(schema.get("items", {}), (*where, "items")))
        if kind == "object" or kind is None:
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict):
                inner = self.type_of(extra, (*where, "additionalProperties"))
                return Type("map", items=inner)
            if kind == "object":
                return Type("map", items=Type("any"))
            return Type("any")
        raise SpecError(self.source, pointer(*where, "type"), f"unknown type {kind!r}")

    # -- models --------------------------------------------------------------------------

    def definition(self, name: str, resources: dict[str, Resource]) -> Definition:
        schema = self.definitions[name]
        required = set(schema.get("required", []))
        fields = []
        for wire in sorted(schema.get("properties", {})):
            prop = schema["properties"][wire]
            where = ("definitions", name, "properties", wire)
            words = tuple(prop[WORDS]) if WORDS in prop else names.lower_words(wire)
            if not words:  # no target can name it (build() reports the definition)
                raise ValueError(f"no name can stand for property {wire!r}")
            fields.append(
                Field(
                    wire=wire,
                    words=words,
                    type=self.type_of(prop, where),
                    required=wire in required,
                    description=prop.get("description", ""),
                    default=prop.get("default"),
                    merge=MergeInfo(
                        list_type=prop.get("x-kubernetes-list-type"),
                        list_map_keys=tuple(prop.get("x-kubernetes-list-map-keys", ())),
                        map_type=prop.get("x-kubernetes-map-type"),
                        patch_strategy=prop.get("x-kubernetes-patch-strategy"),
                        patch_merge_key=prop.get("x-kubernetes-patch-merge-key"),
                    ),
                )
            )
        gvks = tuple(
            GroupVersionKind(g["group"], g["version"], g["kind"])
            for g in schema.get("x-kubernetes-group-version-kind", [])
        )
        return Definition(
            spec_name=name,
            class_name=self.class_names[name],
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
        # clients: ``patch_namespaced_deployment(name, namespace, body)``), then the rest;
        # the stable sort keeps the spec's order among equals
        params_raw.sort(key=lambda p: 0 if p["in"] == "path" else 1 if p.get("required") else 2)
        action = raw.get("x-kubernetes-action")
        gvk_raw = raw.get("x-kubernetes-group-version-kind")
        gvk = GroupVersionKind(**gvk_raw) if gvk_raw else None
        parameters = []
        for param in params_raw:
            location = param["in"]
            if location == "body":
                schema = param.get("schema", {})
                type_ = self.type_of(schema, (*where, "parameters", "body", "schema"))
                wire = "body"
            else:
                type_ = self.type_of(param, (*where, "parameters", param["name"]))
                wire = param["name"]
            parameters.append(
                Parameter(
                    wire=wire,
                    words=names.lower_words(wire),
                    location=location,
                    required=bool(param.get("required")) or location == "path",
                    type=type_,
                    description=param.get("description", ""),
                    multi=param.get("type") == "array",
                )
            )
        has_body = any(p.location == "body" for p in parameters)
        consumes = _content_types(raw.get("consumes", [])) if has_body else ()
        # no target can name a method without words, nor an API class of a tag that does not
        # start with a letter (build() reports the operation)
        words = names.operation_words(raw["operationId"], tag)
        if not words:
            raise ValueError(f"no name can stand for operationId {raw['operationId']!r}")
        if not names.lower_words(tag) or not names.is_class_name(names.api_class_name(tag)):
            raise ValueError(f"no API class name can stand for tag {tag!r}")
        return Operation(
            operation_id=raw["operationId"],
            words=words,
            method=method.upper(),
            path=path,
            tag=tag,
            action=action,
            gvk=gvk,
            description=raw.get("description", ""),
            parameters=tuple(parameters),
            response=self._response(raw, action, gvk, where),
            consumes=consumes or ("application/json",),
            produces=_content_types(raw.get("produces", [])),
        )

    def _response(
        self,
        raw: dict[str, Any],
        action: str | None,
        gvk: GroupVersionKind | None,
        where: tuple[str, ...],
    ) -> Type | None:
        responses = raw["responses"]
        code = next((c for c in ("200", "201", "202") if c in responses), None)
        schema = responses[code].get("schema") if code else None
        if schema is None:
            return None
        type_ = self.type_of(schema, (*where, "responses", code or "", "schema"))
        if type_.kind != "ref" or action not in ("delete", "deletecollection"):
            return type_
        target = type_.ref
        if action == "deletecollection" and target == _STATUS and gvk is not None:
            # the server answers with the list of the deleted objects (or a Status)
            listed = GroupVersionKind(gvk.group, gvk.version, gvk.kind + "List")
            if listed in self.kinds:
                target = self.kinds[listed]
        if action == "delete" and target == _STATUS and gvk in self.kinds:
            # the spec says Status, but the server answers with the object while
            # finalizers run (delete_namespace, …): decode whichever ``kind`` arrives
            target = self.kinds[gvk]
        if target == _STATUS or target is None:
            return type_
        return Type("union", alternatives=(self.class_ref(target), self.class_ref(_STATUS)))

    # -- whole model ---------------------------------------------------------------------

    def build(self, package: str, version: str | None, fixups: list[str]) -> ClientModel:
        resources = self.resources()
        definitions = []
        for name in sorted(self.class_names):
            try:
                definitions.append(self.definition(name, resources))
            except ValueError as error:  # a wire name no word split can stand for
                raise SpecError(self.source, pointer("definitions", name), str(error)) from None
        by_tag: dict[str, list[Operation]] = defaultdict(list)
        for path, method, raw in self.operations():
            try:
                operation = self.operation(path, method, raw)
            except ValueError as error:
                raise SpecError(self.source, pointer("paths", path, method), str(error)) from None
            by_tag[operation.tag].append(operation)
        apis = []
        for tag in sorted(by_tag):
            seen: set[tuple[str, ...]] = set()
            for op in by_tag[tag]:
                if op.words in seen:
                    raise SpecError(
                        self.source,
                        pointer("paths", op.path),
                        f"two operations of tag {tag!r} are both named {'_'.join(op.words)!r}",
                    )
                seen.add(op.words)
            ops = sorted(by_tag[tag], key=lambda o: o.operation_id)
            apis.append(
                ApiGroup(tag=tag, class_name=names.api_class_name(tag), operations=tuple(ops))
            )
        return ClientModel(
            package=package,
            kubernetes_version=version,
            definitions=tuple(definitions),
            apis=tuple(apis),
            fixups=tuple(fixups),
            source=self.source,
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
