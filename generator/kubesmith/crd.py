"""Stage 2c: typed clients for custom resources, from CustomResourceDefinition manifests.

Each served version of each CRD (``apiextensions.k8s.io/v1``) becomes Swagger 2.0
``definitions`` and ``paths`` shaped exactly like the built-in ones, added to the spec before
:mod:`kubesmith.parse` runs; the usual model, names and templates then give typed models and
API classes for custom resources with no special casing.

Names
    Definitions are named ``<group_id>.<version>.<Name>`` where ``group_id`` is the group
    with every non-alphanumeric run replaced by ``_`` (``example.com`` → ``example_com``;
    ``.k8s.io`` is dropped as in API tags), so
    models land in the module ``example_com_v1`` as ``V1Widget``. Nested object schemas
    become their own definitions named after their path from the kind: property names in
    PascalCase, ``Item`` for array items and ``Value`` for map values (``V1WidgetSpec``,
    ``V1WidgetSpecPortsItem``, ``V1WidgetSpecBackendsValue``). Two schemas wanting one name
    (``list`` next to the kind's ``WidgetList``) get ``2``, ``3`` … in a depth-first walk of
    the properties in name order, so names never depend on file order. When any class of a
    kind would take the name of a class already in the spec (a CRD ``Namespace`` next to
    the built-in one), the whole kind is named ``<group_id>_<version>.<Name>``, giving
    ``TenancyExampleIoV1Namespace`` (the official client's clash form) while the built-in
    keeps ``V1Namespace``. Two CRDs with one kind and version in different groups are
    prefixed by :func:`kubesmith.naming.class_names` in the same form.

Types
    Objects with properties are classes; ``additionalProperties`` are ``dict[str, T]``;
    arrays are ``list[T]``; ``format`` ``int32``/``int64`` are ``int``, ``float``/``double``
    are ``float``, ``byte`` is ``bytes`` and ``date-time`` is ``datetime``; validation-only
    string formats (``uri``, ``email``, ``uuid``, ``duration``, ``date`` …) stay ``str``
    and are named in the docstring. ``enum`` keeps the base type and lists the allowed
    values in the docstring. ``x-kubernetes-int-or-string`` is ``IntOrString``;
    ``x-kubernetes-preserve-unknown-fields`` without properties is untyped JSON
    (``dict[str, JSON]`` for objects); with properties the known properties are typed and
    the docstring says that unknown ones are not kept (msgspec keeps no extra fields).
    The kind's own ``apiVersion``, ``kind`` and ``metadata`` are the standard ones whatever
    its schema says there (the API server allows only name restrictions on ``metadata``).
    ``x-kubernetes-embedded-resource`` objects with properties get ``apiVersion``,
    ``kind`` and an ``ObjectMeta`` ``metadata``; without (free-form) they are JSON dicts.
    ``x-kubernetes-list-type``/``-list-map-keys``/``-map-type``
    are carried into the fields' merge metadata. Descriptions, defaults, ``nullable``,
    value validations (``pattern``, ``maxLength`` …), CEL ``x-kubernetes-validations`` and
    validation-only ``allOf``/``anyOf``/``oneOf``/``not`` are kept as documentation.
    A required field with a scalar (or empty list/map) default takes it as its Python
    default; a required one that is nullable or has another default is optional (the
    server fills it in). A ``None`` field is left out when encoding, so an explicit
    ``null`` cannot be sent through a model (send a dict). Anything else
    (``$ref``, a junctor that changes the type, an unknown keyword or format) is a
    :class:`SpecError` naming the CRD file, the document and the schema path.

Operations
    As the built-ins: namespaced or cluster scope from the CRD; list (with the watch
    parameters), create, read, replace, patch, delete, deletecollection, plus list for all
    namespaces; ``status`` and ``scale`` subresources when declared (scale through
    ``autoscaling/v1`` ``Scale``). Patch offers JSON patch, merge patch and apply but not
    strategic merge (the server refuses it for custom resources), so the runtime defaults
    to merge patch. Delete returns the object (while finalizers run) or a ``Status``.
    A kind the spec already has as a custom resource (a spec read from a cluster where the
    CRD is installed, whose nested schemas are not types) is replaced: ``--from-cluster``
    with ``--crd`` gives fully typed custom resources.
    Unlike built-in kinds, a custom resource sent without ``apiVersion`` and ``kind`` is
    refused by the server (400), so set ``api_version`` and ``kind`` on request bodies.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import SpecError, pointer
from .targets.python import naming

_META = "io.k8s.apimachinery.pkg.apis.meta.v1"
_OBJECT_META = f"{_META}.ObjectMeta"
_LIST_META = f"{_META}.ListMeta"
_STATUS = f"{_META}.Status"
_DELETE_OPTIONS = f"{_META}.DeleteOptions"
_INT_OR_STRING = "io.k8s.apimachinery.pkg.util.intstr.IntOrString"
_SCALE = "io.k8s.api.autoscaling.v1.Scale"
_REF = "#/definitions/"

CRD_API_VERSION = "apiextensions.k8s.io/v1"
#: definition name prefixes of the built-in API (never replaced by a CRD)
_BUILT_IN = (
    "io.k8s.api.",
    "io.k8s.apimachinery.",
    "io.k8s.apiextensions-apiserver.",
    "io.k8s.kube-aggregator.",
)
_SUFFIXES = (".yaml", ".yml", ".json")
_VERSION = re.compile(r"v[0-9]+(?:(?:alpha|beta)[0-9]+)?")

#: methods of the runtime's ``Model`` base class, which a field must not hide
_MODEL_METHODS = frozenset({"to_dict", "to_wire", "to_json", "from_json", "from_dict"})
#: string formats the API server validates but that stay ``str`` in Python
VALIDATION_FORMATS = frozenset(
    {
        "bsonobjectid",
        "cidr",
        "creditcard",
        "date",
        "duration",
        "email",
        "hexcolor",
        "hostname",
        "ipv4",
        "ipv6",
        "isbn",
        "isbn10",
        "isbn13",
        "mac",
        "password",
        "rgbcolor",
        "ssn",
        "uri",
        "uuid",
        "uuid3",
        "uuid4",
        "uuid5",
    }
)
_NUMBER_FORMATS = {"integer": {"int32", "int64"}, "number": {"float", "double"}}

#: value validations, kept in the docstring
_VALIDATIONS = (
    "pattern",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
)
_JUNCTORS = ("allOf", "anyOf", "oneOf", "not")
#: keywords read by the conversion (everything else is an error)
_HANDLED = frozenset(
    {
        "type",
        "format",
        "description",
        "title",
        "properties",
        "items",
        "additionalProperties",
        "required",
        "nullable",
        "default",
        "enum",
        "example",
        "externalDocs",
        "x-kubernetes-int-or-string",
        "x-kubernetes-preserve-unknown-fields",
        "x-kubernetes-embedded-resource",
        "x-kubernetes-list-type",
        "x-kubernetes-list-map-keys",
        "x-kubernetes-map-type",
        "x-kubernetes-validations",
        *_VALIDATIONS,
        *_JUNCTORS,
    }
)
#: keywords a v1 CRD schema may not use, or that cannot become a type
_UNSUPPORTED = {
    "$ref": "references ($ref) are not allowed in CRD schemas",
    "$schema": "$schema is not allowed in CRD schemas",
    "id": "id is not allowed in CRD schemas",
    "definitions": "definitions are not allowed in CRD schemas",
    "dependencies": "dependencies cannot be expressed as a Python type",
    "patternProperties": "patternProperties cannot be expressed as a Python type",
    "additionalItems": "additionalItems cannot be expressed as a Python type",
}
#: keywords that give a junctor branch a type of its own (not a pure validation; the
#: structural-schema rules forbid them there too)
_TYPING = frozenset(
    {
        "type",
        "$ref",
        "additionalProperties",
        "nullable",
        "default",
        "x-kubernetes-int-or-string",
        "x-kubernetes-preserve-unknown-fields",
        "x-kubernetes-embedded-resource",
    }
)

_API_VERSION_DOC = (
    "APIVersion defines the versioned schema of this representation of an object. Servers "
    "should convert recognized schemas to the latest internal value, and may reject "
    "unrecognized values. More info: https://git.k8s.io/community/contributors/devel/"
    "sig-architecture/api-conventions.md#resources"
)
_KIND_DOC = (
    "Kind is a string value representing the REST resource this object represents. Servers "
    "may infer this from the endpoint the client submits requests to. Cannot be updated. In "
    "CamelCase. More info: https://git.k8s.io/community/contributors/devel/"
    "sig-architecture/api-conventions.md#types-kinds"
)
_METADATA_DOC = (
    "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/"
    "sig-architecture/api-conventions.md#metadata"
)
_LIST_METADATA_DOC = (
    "Standard list metadata. More info: https://git.k8s.io/community/contributors/devel/"
    "sig-architecture/api-conventions.md#types-kinds"
)


# -- reading manifests ---------------------------------------------------------------------


@dataclass(frozen=True)
class Manifest:
    """One CRD read from a file: where it came from, and its parsed body."""

    source: str
    #: 1-based position of the document in its file (items of a ``List`` count on)
    document: int
    body: dict[str, Any]

    @property
    def name(self) -> str:
        return str(self.body.get("metadata", {}).get("name", "?"))

    def where(self, *parts: str | int) -> str:
        return f"document {self.document} ({self.name}) {pointer(*parts)}".rstrip()

    def error(self, message: str, *parts: str | int) -> SpecError:
        return SpecError(self.source, self.where(*parts), message)


def crd_files(paths: Iterable[str | Path]) -> list[Path]:
    """The manifest files of ``paths``: files as given, directories walked in name order."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix in _SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                raise SpecError(str(path), "", "no CRD manifests (*.yaml, *.yml, *.json) here")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise SpecError(str(path), "", "no such CRD file or directory")
    return files


def _documents(source: str, text: str) -> list[Any]:
    if text.lstrip().startswith(("{", "[")):
        try:
            return [json.loads(text)]
        except json.JSONDecodeError as exc:
            where = f"line {exc.lineno} column {exc.colno}"
            raise SpecError(source, where, f"invalid JSON: {exc.msg}") from exc
    try:
        return [doc for doc in yaml.safe_load_all(text) if doc is not None]
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1} column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise SpecError(source, where, f"invalid YAML: {problem}") from exc


def read_crds(paths: Iterable[str | Path]) -> list[Manifest]:
    """Every CRD in ``paths`` (multi-document YAML, JSON, ``List`` documents)."""
    manifests: list[Manifest] = []
    for path in crd_files(paths):
        source = str(path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise SpecError(source, "", f"cannot read the CRD file: {exc}") from exc
        number = 0
        for document in _documents(source, text):
            items: list[Any] = [document]
            if isinstance(document, dict) and document.get("kind") == "List":
                items = document.get("items") or []
                if not isinstance(items, list):
                    raise SpecError(source, f"document {number + 1}", "List items is not a list")
            for item in items:
                number += 1
                manifest = Manifest(source, number, item if isinstance(item, dict) else {})
                _check_crd(manifest, item)
                manifests.append(manifest)
        if number == 0:
            raise SpecError(source, "", "no CRD in this file")
    return manifests


def _check_crd(manifest: Manifest, item: Any) -> None:
    if not isinstance(item, dict):
        raise SpecError(manifest.source, f"document {manifest.document}", "not a mapping")
    kind, api_version = item.get("kind"), item.get("apiVersion")
    if kind != "CustomResourceDefinition":
        raise SpecError(
            manifest.source,
            f"document {manifest.document}",
            f"not a CustomResourceDefinition (kind {kind!r}, apiVersion {api_version!r})",
        )
    if api_version != CRD_API_VERSION:
        raise manifest.error(f"apiVersion {api_version!r} is not supported: use {CRD_API_VERSION}")
    spec = item.get("spec")
    if not isinstance(spec, dict):
        raise manifest.error("has no spec", "spec")
    for key in ("group", "scope"):
        if not isinstance(spec.get(key), str) or not spec[key]:
            raise manifest.error(f"spec.{key} is missing", "spec", key)
    if not re.fullmatch(r"[a-z][a-z0-9.-]*", spec["group"]):
        raise manifest.error(
            "the group must start with a letter (it names Python modules and classes)",
            "spec",
            "group",
        )
    if spec["scope"] not in ("Namespaced", "Cluster"):
        raise manifest.error(f"unknown scope {spec['scope']!r}", "spec", "scope")
    names = spec.get("names")
    if not isinstance(names, dict):
        raise manifest.error("spec.names is missing", "spec", "names")
    for key in ("kind", "plural"):
        if not isinstance(names.get(key), str) or not names[key]:
            raise manifest.error(f"spec.names.{key} is missing", "spec", "names", key)
    if not re.fullmatch(r"[A-Z][A-Za-z0-9]*", names["kind"]):
        raise manifest.error("the kind must be a PascalCase identifier", "spec", "names", "kind")
    versions = spec.get("versions")
    if not isinstance(versions, list) or not versions:
        raise manifest.error("spec.versions is missing", "spec", "versions")
    for index, version in enumerate(versions):
        if not isinstance(version, dict) or not isinstance(version.get("name"), str):
            raise manifest.error("a version needs a name", "spec", "versions", index)
        if not version.get("served", False):
            continue
        if not _VERSION.fullmatch(version["name"]):
            raise manifest.error(
                f"version {version['name']!r} is not of the form vN, vNalphaN or vNbetaN",
                "spec",
                "versions",
                index,
                "name",
            )
        holder = version.get("schema")
        schema = holder.get("openAPIV3Schema") if isinstance(holder, dict) else None
        if not isinstance(schema, dict):
            raise manifest.error(
                "a served version needs schema.openAPIV3Schema",
                "spec",
                "versions",
                index,
                "schema",
            )


# -- schemas → definitions -----------------------------------------------------------------


@dataclass
class _Family:
    """The definitions of one kind of one version, by local name (``WidgetSpec``)."""

    manifest: Manifest
    group: str
    version: str
    kind: str
    list_kind: str
    #: local name → definition; the kind and its list come first
    definitions: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: local names taken, including the kind and its list (which are added last)
    taken: set[str] = field(default_factory=set)
    prefix: str = ""
    int_or_string: bool = False

    def spec_name(self, local: str) -> str:
        return f"{self.prefix}{local}"

    def ref(self, local: str) -> str:
        return _REF + self.spec_name(local)

    def claim(self, wanted: str) -> str:
        name, counter = wanted, 1
        while name in self.taken:
            counter += 1
            name = f"{wanted}{counter}"
        self.taken.add(name)
        return name


def group_id(group: str) -> str:
    """``cert-manager.io`` → ``cert_manager_io`` (one dotless component of a spec name).

    ``.k8s.io`` is dropped as in the API tags (``gateway.networking.k8s.io`` →
    ``gateway_networking``), so models and API classes share their module name.
    """
    short = group.lower().removesuffix(".k8s.io")
    return "_".join(part for part in re.split(r"[^A-Za-z0-9]+", short) if part)


def tag(group: str, version: str) -> str:
    """The API tag as the API server makes it: ``example.com`` v1 → ``exampleCom_v1``."""
    short = group.removesuffix(".k8s.io")
    parts = [part for part in re.split(r"[^A-Za-z0-9]+", short) if part]
    camel = parts[0].lower() + "".join(p[:1].upper() + p[1:] for p in parts[1:])
    return f"{camel}_{version}"


def _word(wire: str) -> str:
    return naming.pascal(wire) or "Field"


def _json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


class _Converter:
    """Turns one version's ``openAPIV3Schema`` into definitions of a :class:`_Family`."""

    def __init__(self, family: _Family, base: tuple[str | int, ...]) -> None:
        self.family = family
        self.base = base

    def error(self, message: str, path: tuple[str | int, ...]) -> SpecError:
        return self.family.manifest.error(message, *self.base, *path)

    # -- the kind ------------------------------------------------------------------------

    def root(self, schema: dict[str, Any], description: str) -> None:
        self._check_keywords(schema, ())
        if schema.get("type", "object") != "object":
            raise self.error("the schema of a kind must be of type object", ("type",))
        family = self.family
        root = self._object(schema, (), family.kind, is_root=True)
        properties = root.setdefault("properties", {})
        properties["apiVersion"] = {"type": "string", "description": _API_VERSION_DOC}
        properties["kind"] = {"type": "string", "description": _KIND_DOC}
        properties["metadata"] = {"$ref": _REF + _OBJECT_META, "description": _METADATA_DOC}
        root["properties"] = dict(sorted(properties.items()))
        required = [r for r in root.get("required", []) if r not in ("apiVersion", "kind")]
        required = [r for r in required if r != "metadata"]
        if required:
            root["required"] = required
        else:
            root.pop("required", None)
        root["description"] = _join(root.get("description", ""), description)
        gvk = {"group": family.group, "version": family.version, "kind": family.kind}
        root["x-kubernetes-group-version-kind"] = [gvk]
        family.definitions[family.kind] = root
        family.definitions[family.list_kind] = {
            "description": f"{family.list_kind} is a list of {family.kind}.",
            "type": "object",
            "required": ["items"],
            "properties": {
                "apiVersion": {"type": "string", "description": _API_VERSION_DOC},
                "items": {
                    "type": "array",
                    "items": {"$ref": family.ref(family.kind)},
                    "description": f"List of {family.kind.lower()} objects.",
                },
                "kind": {"type": "string", "description": _KIND_DOC},
                "metadata": {"$ref": _REF + _LIST_META, "description": _LIST_METADATA_DOC},
            },
            "x-kubernetes-group-version-kind": [{**gvk, "kind": family.list_kind}],
        }

    # -- any schema ----------------------------------------------------------------------

    def convert(self, schema: Any, path: tuple[str | int, ...], name: str) -> dict[str, Any]:
        """The Swagger property schema for ``schema``; nested objects become definitions."""
        if not isinstance(schema, dict):
            raise self.error("a schema must be a mapping", path)
        self._check_keywords(schema, path)
        kind = schema.get("type")
        notes = self._notes(schema, path)
        result: dict[str, Any]
        if schema.get("x-kubernetes-int-or-string"):
            self._check_int_or_string(schema, path)
            self.family.int_or_string = True
            result = {"$ref": _REF + _INT_OR_STRING}
        elif kind == "object" or (kind is None and self._is_object_like(schema)):
            result = self._object_property(schema, path, name, notes)
        elif kind is None:
            if not schema.get("x-kubernetes-preserve-unknown-fields"):
                raise self.error(
                    "a schema needs a type (or x-kubernetes-preserve-unknown-fields or "
                    "x-kubernetes-int-or-string)",
                    path,
                )
            result = {}
            notes.append("Any JSON value (x-kubernetes-preserve-unknown-fields).")
        elif kind == "array":
            if "items" not in schema:
                raise self.error("an array needs items", path)
            if not isinstance(schema["items"], dict):
                raise self.error("items must be one schema (tuples are not supported)", path)
            items = self.convert(schema["items"], (*path, "items"), f"{name}Item")
            result = {"type": "array", "items": items}
        elif kind == "string":
            result = self._string(schema, path, notes)
        elif kind in ("integer", "number"):
            fmt = schema.get("format")
            if fmt is not None and fmt not in _NUMBER_FORMATS[kind]:
                raise self.error(f"unknown format {fmt!r} for type {kind!r}", (*path, "format"))
            result = {"type": kind, **({"format": fmt} if fmt else {})}
        elif kind == "boolean":
            result = {"type": "boolean"}
        else:
            raise self.error(f"unknown type {kind!r}", (*path, "type"))
        for key in ("x-kubernetes-list-type", "x-kubernetes-map-type"):
            if key in schema:
                result[key] = schema[key]
        if "x-kubernetes-list-map-keys" in schema:
            result["x-kubernetes-list-map-keys"] = list(schema["x-kubernetes-list-map-keys"])
        description = _join(schema.get("description", ""), *notes)
        if description:
            result["description"] = description
        return result

    def _is_object_like(self, schema: dict[str, Any]) -> bool:
        return bool(
            schema.get("properties")
            or "additionalProperties" in schema
            or schema.get("x-kubernetes-embedded-resource")
        )

    def _string(
        self, schema: dict[str, Any], path: tuple[str | int, ...], notes: list[str]
    ) -> dict[str, Any]:
        fmt = schema.get("format")
        if fmt is None:
            return {"type": "string"}
        if fmt == "byte":
            notes.insert(0, "Base64-encoded bytes on the wire (format byte).")
            return {"type": "string", "format": "byte"}
        if fmt in ("date-time", "datetime"):
            return {"type": "string", "format": "date-time"}
        if fmt in VALIDATION_FORMATS:
            notes.insert(0, f"Format: {fmt} (validated by the server).")
            return {"type": "string"}
        raise self.error(f"unknown format {fmt!r} for type 'string'", (*path, "format"))

    def _object_property(
        self,
        schema: dict[str, Any],
        path: tuple[str | int, ...],
        name: str,
        notes: list[str],
    ) -> dict[str, Any]:
        properties = schema.get("properties") or {}
        extra = schema.get("additionalProperties")
        embedded = bool(schema.get("x-kubernetes-embedded-resource"))
        preserve = bool(schema.get("x-kubernetes-preserve-unknown-fields"))
        if properties and extra not in (None, False):
            raise self.error("properties and additionalProperties together are not allowed", path)
        if isinstance(extra, dict):
            value = self.convert(extra, (*path, "additionalProperties"), f"{name}Value")
            return {"type": "object", "additionalProperties": value}
        if extra is True:
            notes.append("A map of any JSON values.")
            return {"type": "object", "additionalProperties": {}}
        if properties:
            local = self.family.claim(name)
            self.family.definitions[local] = self._object(schema, path, local)
            return {"$ref": self.family.ref(local)}
        if embedded:
            # an embedded object of any kind: kept whole as JSON (as RawExtension is)
            notes.append("Kept as JSON: a dict in wire form (camelCase keys).")
        elif preserve:
            notes.append("Free-form JSON object (x-kubernetes-preserve-unknown-fields).")
        return {"type": "object"}

    def _object(
        self,
        schema: dict[str, Any],
        path: tuple[str | int, ...],
        local: str,
        is_root: bool = False,
    ) -> dict[str, Any]:
        """The definition of an object schema with properties (or an embedded resource)."""
        raw: dict[str, Any] = schema.get("properties") or {}
        if not isinstance(raw, dict):
            raise self.error("properties must be a mapping", (*path, "properties"))
        required_raw = schema.get("required", [])
        if not isinstance(required_raw, list) or not all(isinstance(r, str) for r in required_raw):
            raise self.error("required must be a list of names", (*path, "required"))
        for missing in sorted(set(required_raw) - set(raw)):
            if not (is_root and missing in ("apiVersion", "kind", "metadata")):
                raise self.error(f"required property {missing!r} is not defined", path)
        python_names: dict[str, str] = {}
        properties: dict[str, Any] = {}
        required: list[str] = []
        embedded = bool(schema.get("x-kubernetes-embedded-resource"))
        # the kind's own apiVersion, kind and metadata (and an embedded object's metadata)
        # are the standard ones whatever the schema says
        skipped: tuple[str, ...] = ("apiVersion", "kind", "metadata") if is_root else ()
        skipped = ("metadata",) if embedded else skipped
        for wire in sorted(raw):
            where = (*path, "properties", wire)
            try:
                py = naming.field_name(wire)
            except ValueError:
                raise self.error(f"property {wire!r} has no Python name", where) from None
            if py in python_names:
                raise self.error(
                    f"properties {python_names[py]!r} and {wire!r} both map to the Python "
                    f"name {py!r}",
                    where,
                )
            if py in _MODEL_METHODS:
                raise self.error(
                    f"property {wire!r} would hide the model method {py}() (Python name {py!r})",
                    where,
                )
            python_names[py] = wire
            if wire in skipped:
                if isinstance(raw[wire], dict):
                    self._check_keywords(raw[wire], where)
                continue
            prop = self.convert(raw[wire], where, f"{local}{_word(wire)}")
            if wire in required_raw and self._keeps_required(raw[wire], prop):
                required.append(wire)
                if "default" in raw[wire]:
                    prop["default"] = raw[wire]["default"]
            properties[wire] = prop
        if embedded:
            properties.setdefault("apiVersion", {"type": "string", "description": _API_VERSION_DOC})
            properties.setdefault("kind", {"type": "string", "description": _KIND_DOC})
            properties["metadata"] = {"$ref": _REF + _OBJECT_META, "description": _METADATA_DOC}
            properties = dict(sorted(properties.items()))
        definition: dict[str, Any] = {"type": "object", "properties": properties}
        if required:
            definition["required"] = required
        description = _join(schema.get("description", ""), *self._notes(schema, path))
        if path:
            # where the class sits in the kind, for the reader of a nested class
            family = self.family
            located = f"``{_wire_path(path)}`` of {family.group}/{family.version} {family.kind}."
            description = _join(description, located)
        if description:
            definition["description"] = description
        if "x-kubernetes-map-type" in schema:
            definition["x-kubernetes-map-type"] = schema["x-kubernetes-map-type"]
        return definition

    def _keeps_required(self, raw: dict[str, Any], prop: dict[str, Any]) -> bool:
        """Whether a required property stays required (without ``None``) in the model.

        A nullable one may be ``null`` on the wire; one with a default the server fills in
        when absent. The parser keeps plain scalar and empty-collection defaults as Python
        defaults; any other default makes the field optional instead.
        """
        if raw.get("nullable") is True:
            return False
        if "default" not in raw:
            return True
        default = raw["default"]
        kind: str | None = prop.get("type")
        if "format" not in prop and kind in ("string", "integer", "number", "boolean"):
            if isinstance(default, bool):
                return kind == "boolean"
            if isinstance(default, str):
                return kind == "string"
            if isinstance(default, int):
                return kind in ("integer", "number")
            return isinstance(default, float) and kind == "number"
        if kind == "array" and default == []:
            return True
        return bool(kind == "object" and "additionalProperties" in prop and default == {})

    # -- checks and documentation ---------------------------------------------------------

    def _check_keywords(self, schema: dict[str, Any], path: tuple[str | int, ...]) -> None:
        for key in schema:
            if key in _UNSUPPORTED:
                raise self.error(_UNSUPPORTED[key], (*path, key))
            if key not in _HANDLED:
                raise self.error(f"unsupported schema keyword {key!r}", (*path, key))
        for junctor in _JUNCTORS:
            if junctor in schema and not schema.get("x-kubernetes-int-or-string"):
                self._check_validation_only(schema[junctor], (*path, junctor))

    def _check_validation_only(self, node: Any, path: tuple[str | int, ...]) -> None:
        """A junctor may only validate values: anything that makes a type is an error."""
        if isinstance(node, list):
            for index, item in enumerate(node):
                self._check_validation_only(item, (*path, index))
            return
        if not isinstance(node, dict):
            raise self.error("a junctor branch must be a schema", path)
        for key, value in node.items():
            if key in _TYPING or key in _UNSUPPORTED:
                raise self.error(
                    f"{key!r} inside {path[-1] if isinstance(path[-1], str) else 'a junctor'} "
                    "would give the value another type: only the x-kubernetes-int-or-string "
                    "anyOf pattern and validation-only junctors are supported",
                    (*path, key),
                )
            if key == "properties" and isinstance(value, dict):
                for name, sub in value.items():
                    self._check_validation_only(sub, (*path, key, name))
            elif key in ("items", *_JUNCTORS):
                self._check_validation_only(value, (*path, key))

    def _check_int_or_string(self, schema: dict[str, Any], path: tuple[str | int, ...]) -> None:
        if schema.get("type") not in (None, "string", "integer"):
            raise self.error("x-kubernetes-int-or-string with another type", (*path, "type"))
        for junctor in ("anyOf", "oneOf", "allOf"):
            branches = schema.get(junctor)
            if branches is None:
                continue
            for index, branch in enumerate(branches):
                nested = branch.get("anyOf") if isinstance(branch, dict) else None
                for sub in nested if isinstance(nested, list) else [branch]:
                    if not isinstance(sub, dict) or sub.get("type") not in (
                        None,
                        "integer",
                        "string",
                    ):
                        raise self.error(
                            f"{junctor} is only supported as the int-or-string pattern "
                            "(anyOf integer | string)",
                            (*path, junctor, index),
                        )

    def _notes(self, schema: dict[str, Any], path: tuple[str | int, ...]) -> list[str]:
        notes: list[str] = []
        if "enum" in schema:
            values = schema["enum"]
            if not isinstance(values, list):
                raise self.error("enum must be a list", (*path, "enum"))
            notes.append("Allowed values: " + ", ".join(_json(v) for v in values) + ".")
        if "default" in schema:
            notes.append(f"Defaults to {_json(schema['default'])} (set by the server).")
        if schema.get("nullable"):
            notes.append("May be null.")
        checks = [f"{key} {_json(schema[key])}" for key in _VALIDATIONS if key in schema]
        if checks:
            notes.append("Validation: " + ", ".join(checks) + ".")
        for junctor in _JUNCTORS:
            if junctor in schema and not schema.get("x-kubernetes-int-or-string"):
                notes.append(f"Must also satisfy {junctor}: {_json(schema[junctor])}.")
        rules = schema.get("x-kubernetes-validations")
        if rules is not None:
            if not isinstance(rules, list):
                raise self.error(
                    "x-kubernetes-validations must be a list", (*path, "x-kubernetes-validations")
                )
            lines = []
            for index, rule in enumerate(rules):
                if not isinstance(rule, dict) or not isinstance(rule.get("rule"), str):
                    raise self.error(
                        "a validation rule needs a rule", (*path, "x-kubernetes-validations", index)
                    )
                message = rule.get("message") or rule.get("messageExpression")
                lines.append(f"- ``{rule['rule']}``" + (f": {message}" if message else ""))
            notes.append("Validation rules (CEL):\n" + "\n".join(lines))
        if schema.get("x-kubernetes-embedded-resource"):
            notes.append("An embedded Kubernetes object (apiVersion, kind, metadata).")
        # (the kind itself is always a class, even when its schema declares no properties)
        if schema.get("x-kubernetes-preserve-unknown-fields") and (
            schema.get("properties") or not path
        ):
            notes.append(
                "The server keeps unknown fields here (x-kubernetes-preserve-unknown-fields), "
                "but this model has only the declared properties: unknown ones are dropped on "
                "decode (msgspec keeps no extra fields); a raw response "
                "(_preload_content=False) has them."
            )
        if "externalDocs" in schema and isinstance(schema["externalDocs"], dict):
            url = schema["externalDocs"].get("url")
            if url:
                notes.append(f"More info: {url}")
        return notes


def _wire_path(path: tuple[str | int, ...]) -> str:
    """``("properties", "spec", "properties", "ports", "items")`` → ``spec.ports[]``."""
    text = ""
    step = iter(path)
    for part in step:
        if part == "properties":
            text += f".{next(step)}"
        elif part == "items":
            text += "[]"
        elif part == "additionalProperties":
            text += ".*"
    return text.lstrip(".")


def _join(*parts: str) -> str:
    return "\n\n".join(part.strip() for part in parts if part and part.strip())


# -- paths ---------------------------------------------------------------------------------


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
    return {"name": "body", "in": "body", "required": required, "schema": {"$ref": _REF + ref}}


def _responses(ref: str, *codes: str) -> dict[str, Any]:
    texts = {"200": "OK", "201": "Created", "202": "Accepted"}
    result: dict[str, Any] = {
        code: {"description": texts[code], "schema": {"$ref": _REF + ref}} for code in codes
    }
    result["401"] = {"description": "Unauthorized"}
    return result


@dataclass(frozen=True)
class _Resource:
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
        return f"{verb}{naming.pascal(self.tag)}{collection}{scope}{self.kind}{suffix}{tail}"

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
                    [_body(_DELETE_OPTIONS, False), *_DELETE_PARAMS, *_LIST_PARAMS],
                    _responses(_STATUS, "200"),
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
                [_body(_DELETE_OPTIONS, False), *_DELETE_PARAMS],
                _responses(obj, "200", "202"),
            ),
        }
        for sub, ref, gvk in (
            ("status", obj, None),
            ("scale", _SCALE, ("autoscaling", "v1", "Scale")),
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
            "schema": {"$ref": _REF + f"{_META}.Patch"},
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


# -- the whole step ------------------------------------------------------------------------


@dataclass(frozen=True)
class AddedKind:
    """What :func:`add_crds` added for one served version of one CRD."""

    source: str
    crd: str
    group: str
    version: str
    kind: str
    definitions: tuple[str, ...]
    paths: tuple[str, ...]
    #: definitions and paths of the same kind the spec already had, replaced (a spec read
    #: from a cluster where the CRD is installed: its nested schemas are not types there)
    replaced: tuple[str, ...] = ()


def manifest_plural(manifest: Manifest) -> str:
    return str(manifest.body["spec"]["names"]["plural"])


def _drop_served(spec: dict[str, Any], family: _Family, plural: str) -> tuple[str, ...]:
    """Remove what ``spec`` already has for the kind (its definitions and its paths).

    Only a custom resource's: a CRD for a built-in kind is left to the checks that follow
    (the definition or path is already in the spec).
    """
    kinds = {family.kind, family.list_kind}
    found = []
    for name, schema in spec["definitions"].items():
        gvks = schema.get("x-kubernetes-group-version-kind") or []
        if len(gvks) == 1 and (gvks[0].get("group"), gvks[0].get("version")) == (
            family.group,
            family.version,
        ):
            if gvks[0].get("kind") in kinds:
                found.append(name)
    if not found or any(name.startswith(_BUILT_IN) for name in found):
        return ()
    dropped: list[str] = []
    for name in found:
        del spec["definitions"][name]
        dropped.append(name)
    base = f"/apis/{family.group}/{family.version}"
    prefixes = [
        f"{base}{middle}/{plural}"
        for middle in ("", "/namespaces/{namespace}", "/watch", "/watch/namespaces/{namespace}")
    ]
    for path in list(spec["paths"]):
        if any(path == prefix or path.startswith(prefix + "/") for prefix in prefixes):
            del spec["paths"][path]
            dropped.append(path)
    return tuple(sorted(dropped))


def _families(manifests: list[Manifest]) -> list[tuple[_Family, dict[str, Any], int]]:
    """Every served version of every CRD, in (group, version, kind) order.

    The families of one group-version share the set of names taken, with every kind and
    list kind reserved first: a nested ``schedule`` of ``Backup`` does not take the name
    of a ``BackupSchedule`` kind, whatever the order of the files.
    """
    found: list[tuple[_Family, dict[str, Any], int]] = []
    for manifest in manifests:
        spec = manifest.body["spec"]
        names = spec["names"]
        for index, version in enumerate(spec["versions"]):
            if not version.get("served", False):
                continue
            family = _Family(
                manifest=manifest,
                group=spec["group"],
                version=version["name"],
                kind=names["kind"],
                list_kind=names.get("listKind") or f"{names['kind']}List",
            )
            found.append((family, version, index))
    found.sort(key=lambda f: (f[0].group, f[0].version, f[0].kind, f[0].manifest.source, f[2]))
    taken: dict[tuple[str, str], set[str]] = {}
    for family, _, _ in found:
        family.taken = taken.setdefault((family.group, family.version), set())
        family.taken.update({family.kind, family.list_kind})
    return found


def _version_description(manifest: Manifest, family: _Family, version: dict[str, Any]) -> str:
    spec = manifest.body["spec"]
    lines = []
    if version.get("deprecated"):
        warning = version.get("deprecationWarning") or (
            f"{family.group}/{family.version} {family.kind} is deprecated"
        )
        lines.append(f"Deprecated: {warning}")
    scope = "namespaced" if spec["scope"] == "Namespaced" else "cluster-scoped"
    lines.append(
        f"Custom resource {family.group}/{family.version} {family.kind} ({scope}; CRD "
        f"{manifest.name})."
    )
    return "\n\n".join(lines)


def add_crds(spec: dict[str, Any], paths: Iterable[str | Path]) -> list[AddedKind]:
    """Add the definitions and paths of every served version of the CRDs in ``paths``.

    ``spec`` must be a full Kubernetes spec (it provides ``ObjectMeta``, ``ListMeta``,
    ``Status``, ``DeleteOptions``, ``Patch`` and, for scale subresources, ``Scale``).
    """
    manifests = read_crds(paths)
    if not manifests:
        return []
    definitions: dict[str, Any] = spec["definitions"]
    for needed in (_OBJECT_META, _LIST_META, _STATUS, _DELETE_OPTIONS):
        if needed not in definitions:
            raise SpecError(
                manifests[0].source,
                "",
                f"the spec lacks {needed}: generate CRDs together with the Kubernetes spec",
            )
    replaced = {
        (family.group, family.version, family.kind): _drop_served(
            spec, family, manifest_plural(family.manifest)
        )
        for family, _, _ in _families(manifests)
    }
    try:
        existing_classes = set(naming.class_names(sorted(definitions)).values())
    except ValueError:
        existing_classes = set()
    existing_ops = {
        op.get("operationId")
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
    }
    seen_gvk: dict[tuple[str, str, str], str] = {}
    added: list[AddedKind] = []
    new_definitions: dict[str, Any] = {}
    new_paths: dict[str, Any] = {}
    families: list[_Family] = []
    for family, version, index in _families(manifests):
        families.append(family)
        manifest = family.manifest
        base = ("spec", "versions", index, "schema", "openAPIV3Schema")
        gvk = (family.group, family.version, family.kind)
        if gvk in seen_gvk:
            raise manifest.error(
                f"{family.group}/{family.version} {family.kind} is also defined by {seen_gvk[gvk]}",
                "spec",
                "names",
                "kind",
            )
        seen_gvk[gvk] = f"{manifest.source} {manifest.where()}"
        converter = _Converter(family, base)
        converter.root(
            version["schema"]["openAPIV3Schema"],
            _version_description(manifest, family, version),
        )
        natural = {naming.version_prefix(family.version) + local for local in family.definitions}
        gid = group_id(family.group)
        clash = sorted(natural & existing_classes)
        family.prefix = f"{gid}_{family.version}." if clash else f"{gid}.{family.version}."
        subresources = version.get("subresources") or {}
        if not isinstance(subresources, dict):
            raise manifest.error("subresources must be a mapping", *base[:3], "subresources")
        unknown = sorted(set(subresources) - {"status", "scale"})
        if unknown:
            raise manifest.error(
                f"unknown subresource {unknown[0]!r}", *base[:3], "subresources", unknown[0]
            )
        if "scale" in subresources and _SCALE not in definitions:
            raise manifest.error(
                f"the scale subresource needs {_SCALE}, which the spec lacks",
                *base[:3],
                "subresources",
                "scale",
            )
        names = {local: family.spec_name(local) for local in family.definitions}
        family_defs = {
            names[local]: _rename_refs(schema, names)
            for local, schema in family.definitions.items()
        }
        for name in family_defs:
            if name in definitions or name in new_definitions:
                raise manifest.error(f"definition {name} is already in the spec", *base)
        resource = _Resource(
            group=family.group,
            version=family.version,
            kind=family.kind,
            plural=manifest.body["spec"]["names"]["plural"],
            namespaced=manifest.body["spec"]["scope"] == "Namespaced",
            object_ref=names[family.kind],
            list_ref=names[family.list_kind],
            status="status" in subresources,
            scale="scale" in subresources,
        )
        resource_paths = resource.paths()
        for path, item in resource_paths.items():
            if path in spec["paths"] or path in new_paths:
                raise manifest.error(f"path {path} is already in the spec", "spec", "names")
            for method, operation in item.items():
                if method != "parameters" and operation["operationId"] in existing_ops:
                    raise manifest.error(
                        f"operation {operation['operationId']} is already in the spec",
                        "spec",
                        "names",
                    )
                if method != "parameters":
                    existing_ops.add(operation["operationId"])
        new_definitions.update(family_defs)
        new_paths.update(resource_paths)
        added.append(
            AddedKind(
                source=manifest.source,
                crd=manifest.name,
                group=family.group,
                version=family.version,
                kind=family.kind,
                definitions=tuple(sorted(family_defs)),
                paths=tuple(sorted(resource_paths)),
                replaced=replaced[gvk],
            )
        )
    if any(family.int_or_string for family in families):
        definitions.setdefault(_INT_OR_STRING, {"type": "string", "format": "int-or-string"})
    definitions.update(new_definitions)
    spec["definitions"] = dict(sorted(definitions.items()))
    spec["paths"].update(new_paths)
    spec["paths"] = dict(sorted(spec["paths"].items()))
    return added


def _rename_refs(node: Any, names: dict[str, str]) -> Any:
    """Point the family's local ``$ref`` names at their final spec names."""
    if isinstance(node, dict):
        result = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith(_REF):
                local = value[len(_REF) :]
                result[key] = _REF + names[local] if local in names else value
            else:
                result[key] = _rename_refs(value, names)
        return result
    if isinstance(node, list):
        return [_rename_refs(item, names) for item in node]
    return node
