"""The Java target: the language-neutral model → the files of ``output/java``.

Templates (``templates/java/*.jinja``) only loop and print; every value is computed here,
one view builder per template. The runtime (``templates/java/runtime/``) is copied as is.
Files come out formatted (two-space indent, one statement per line), so no formatter runs.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import Any

import jinja2

from ... import templating
from ...errors import SpecError
from ...model import ApiGroup, ClientModel, Definition, Field, Operation, Parameter, Type
from ...names import lower_words
from . import naming
from .types import JavaType, java_type, reflect_type

TEMPLATES = templating.TEMPLATES / "java"
RUNTIME = TEMPLATES / "runtime"
SOURCES = "src/main/java"
ROOT_PACKAGE = "dev.kubesmith.kubeclient"
MODELS = f"{ROOT_PACKAGE}.openapi.models"
APIS = f"{ROOT_PACKAGE}.openapi.apis"
#: client-java's ``common`` interfaces of kinds and lists (generic API, informers)
COMMON = f"{ROOT_PACKAGE}.common"
_OBJECT_META = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"
_LIST_META = "io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"
#: the Maven version of the generated project
VERSION = "0.1.0"
#: javadoc width (text only; code lines are not wrapped)
DOC_WIDTH = 92

#: fields whose value is a credential: toString shows only whether they are set
SECRET_FIELDS = frozenset(
    {
        ("io.k8s.api.core.v1.Secret", "data"),
        ("io.k8s.api.core.v1.Secret", "stringData"),
        ("io.k8s.api.authentication.v1.TokenRequestStatus", "token"),
    }
)

#: content types a patch is sent with unless PatchUtils chooses another: strategic merge
#: where the server takes it (built-in kinds), JSON merge patch otherwise (custom objects)
_PATCH_DEFAULTS = ("application/strategic-merge-patch+json", "application/merge-patch+json")


def java_string(text: str) -> str:
    """A Java string literal."""
    escaped = (
        text.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )
    return f'"{escaped}"'


def doc_lines(text: str, width: int = DOC_WIDTH) -> list[str]:
    """Javadoc body lines (each starts with a space, or is empty) from spec text.

    ``*/`` would end the comment and a backslash could start a unicode escape (javac reads
    those inside comments too), so both become HTML entities; ``@`` too (a tag otherwise).
    """
    text = (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\\", "&#92;")
        .replace("*/", "*&#47;")
        .replace("@", "&#64;")
    )
    lines: list[str] = []
    for paragraph in text.strip().split("\n"):
        wrapped = textwrap.wrap(paragraph, width, break_long_words=False, break_on_hyphens=False)
        lines.extend(f" {line}" for line in wrapped)
        if not wrapped and lines and lines[-1] != "":
            lines.append("")
    while lines and lines[-1] == "":
        lines.pop()
    return lines or [" (no description in the spec)"]


def one_line(text: str) -> str:
    """A javadoc fragment on one line (a parameter's description)."""
    lines = doc_lines(text, width=10_000)
    return " ".join(line.strip() for line in lines if line.strip())


#: the templates print values computed here, so they need no filters
FILTERS: dict[str, Callable[..., Any]] = {}


def environment() -> jinja2.Environment:
    return templating.environment(TEMPLATES, FILTERS)


class _Names:
    """Java names of one client's models: spec name → class name."""

    def __init__(self, client: ClientModel) -> None:
        self.client = client

    def __call__(self, spec_name: str) -> str:
        return self.client.definition(spec_name).class_name

    def type(self, type_: Type) -> JavaType:
        return java_type(type_, self)


# -- models -------------------------------------------------------------------------------


def _field_names(fields: tuple[Field, ...]) -> list[str]:
    """Java names of a model's fields; a clash (``nat-outgoing`` beside ``natOutgoing``) gets
    a ``2`` on the later one in wire-name order."""
    names: list[str] = []
    for item in fields:
        name = naming.identifier(item.wire)
        if item.words != lower_words(item.wire):  # named by the model (a clash, --rename)
            name = naming.identifier("-".join(item.words))
        while name in names:
            name = f"{name}2"
        names.append(name)
    return names


def _show(name: str, java: JavaType, secret: bool) -> str:
    if secret:
        return f'({name} == null ? "null" : "<redacted>")'
    if java.is_array:
        return f'({name} == null ? "null" : {name}.length + " bytes")'
    if java.model is not None or java.container is not None:
        return f'String.valueOf({name}).replace("\\n", "\\n    ")'
    return name


def _model_fields(definition: Definition, names: _Names) -> list[dict[str, Any]]:
    views = []
    for item, name in zip(definition.fields, _field_names(definition.fields), strict=True):
        java = names.type(item.type)
        stem = naming.accessor_stem(name)
        secret = (definition.spec_name, item.wire) in SECRET_FIELDS
        views.append(
            {
                "name": name,
                "wire_literal": java_string(item.wire),
                "type": java.name,
                "java": java,
                "codec": java.codec,
                "getter": f"get{stem}",
                "setter": f"set{stem}",
                "container": java.container,
                "item_type": java.item.name if java.item else "",
                "add_item": f"add{stem}Item",
                "put_item": f"put{stem}Item",
                "doc": doc_lines(item.description),
                "equals": (
                    f"Arrays.equals({name}, that.{name})"
                    if java.is_array
                    else f"Objects.equals({name}, that.{name})"
                ),
                "hash": f"Arrays.hashCode({name})" if java.is_array else name,
                "show": _show(name, java, secret),
            }
        )
    return views


def _imports(fields: list[dict[str, Any]], extra: set[str]) -> list[str]:
    found = set(extra)
    for item in fields:
        java: JavaType = item["java"]
        found |= java.imports
    return sorted(found, key=lambda name: (not name.startswith("com."), name))


def model_view(definition: Definition, names: _Names) -> dict[str, Any]:
    fields = _model_fields(definition, names)
    extra = {
        "com.fasterxml.jackson.core.JsonGenerator",
        "com.fasterxml.jackson.core.JsonParser",
        "com.fasterxml.jackson.core.JsonToken",
        f"{ROOT_PACKAGE}.openapi.json.Codec",
        "java.io.IOException",
    }
    extra.add(f"{ROOT_PACKAGE}.openapi.json.Codecs")
    if fields:
        extra.add("java.util.Objects")
        extra.add(f"{ROOT_PACKAGE}.openapi.json.FieldNames")
    if any(f["java"].is_array for f in fields):
        extra.add("java.util.Arrays")
    if any(f["container"] == "list" for f in fields):
        extra.add("java.util.ArrayList")
    if any(f["container"] == "map" for f in fields):
        extra.add("java.util.LinkedHashMap")
    implements = _common_interface(definition, names.client)
    if implements is not None:
        extra.add(f"{COMMON}.{implements}")
    return {
        "package": MODELS,
        "imports": _imports(fields, extra),
        "cls": definition.class_name,
        "doc": doc_lines(definition.description),
        "fields": fields,
        "implements": f" implements {implements}" if implements else "",
    }


def _common_interface(definition: Definition, client: ClientModel) -> str | None:
    """``KubernetesObject`` for a kind (apiVersion, kind, ObjectMeta metadata),
    ``KubernetesListObject`` for a list of them (ListMeta metadata, items), else None."""
    types = {f.wire: f.type for f in definition.fields}
    if types.get("apiVersion") != Type("string") or types.get("kind") != Type("string"):
        return None
    metadata = types.get("metadata")
    if metadata == Type("ref", ref=_OBJECT_META):
        return "KubernetesObject"
    items = types.get("items")
    if (
        metadata == Type("ref", ref=_LIST_META)
        and items is not None
        and items.kind == "array"
        and items.items is not None
        and items.items.ref is not None
        and _common_interface(client.definition(items.items.ref), client) == "KubernetesObject"
    ):
        return "KubernetesListObject"
    return None


def common_files(client: ClientModel, env: jinja2.Environment) -> dict[str, str]:
    """client-java's ``common.KubernetesType/KubernetesObject/KubernetesListObject``."""
    template = env.get_template("common.java.jinja")
    if not (_has(client, _OBJECT_META) and _has(client, _LIST_META)):
        return {}  # a spec without meta/v1 (never a Kubernetes one): no interfaces
    object_meta = client.definition(_OBJECT_META).class_name
    list_meta = client.definition(_LIST_META).class_name
    views = {
        "KubernetesType": {
            "imports": [],
            "doc": ["A value with the apiVersion and kind of a Kubernetes type."],
            "extends": "",
            "methods": ["String getApiVersion()", "String getKind()"],
        },
        "KubernetesObject": {
            "imports": [f"{MODELS}.{object_meta}"],
            "doc": ["A kind: its models implement this (client-java's common.KubernetesObject)."],
            "extends": "KubernetesType",
            "methods": [f"{object_meta} getMetadata()"],
        },
        "KubernetesListObject": {
            "imports": [f"{MODELS}.{list_meta}", "java.util.List"],
            "doc": ["A list of a kind (client-java's common.KubernetesListObject)."],
            "extends": "KubernetesType",
            "methods": [
                f"{list_meta} getMetadata()",
                "List<? extends KubernetesObject> getItems()",
            ],
        },
    }
    return {
        _source(COMMON, name): template.render(package=COMMON, name=name, **view)
        for name, view in views.items()
    }


def _has(client: ClientModel, spec_name: str) -> bool:
    return any(d.spec_name == spec_name for d in client.definitions)


def fluent_view(definition: Definition, names: _Names) -> dict[str, Any]:
    fields = _model_fields(definition, names)
    extra: set[str] = set()
    stems: set[str] = set()
    for item in fields:
        java: JavaType = item["java"]
        stem = naming.fluent_stem(item["name"])
        while stem in stems:  # ``$ref`` beside ``ref``
            stem = f"{stem}2"
        stems.add(stem)
        item["stem"] = stem
        item["one"] = naming.singular(stem)
        container = java.container
        nested_model = java.item.model if java.item else java.model
        item["nested"] = f"{stem}Nested" if nested_model and container != "map" else None
        item["varargs"] = bool(java.item) and "<" not in item["item_type"]
        name = item["name"]
        if container == "list":
            copy = f"{name} == null ? null : new ArrayList<>({name})"
            item["copy_in"] = copy.replace(name, f"instance.{item['getter']}()")
            item["copy_out"] = copy
            item["copy_param"] = copy
            extra |= {"java.util.ArrayList", "java.util.Collection"}
            extra.add("java.util.Arrays" if item["varargs"] else "java.util.Collections")
        elif container == "map":
            copy = f"{name} == null ? null : new LinkedHashMap<>({name})"
            item["copy_in"] = copy.replace(name, f"instance.{item['getter']}()")
            item["copy_out"] = copy
            item["copy_param"] = copy
            extra.add("java.util.LinkedHashMap")
        else:
            item["copy_in"] = f"instance.{item['getter']}()"
            item["copy_out"] = name
            item["copy_param"] = name
    return {
        "package": MODELS,
        "imports": _imports(fields, extra),
        "cls": definition.class_name,
        "fields": fields,
    }


# -- API classes ----------------------------------------------------------------------------


def _api_type(type_: Type, names: _Names) -> JavaType:
    """A parameter's or answer's Java type: free-form JSON objects are ``Object`` (client-
    java's custom-object bodies and answers: a Map, a typed model or a ``V1Patch``)."""
    free = type_.kind == "any" or (
        type_.kind == "map" and (type_.items is None or type_.items.kind == "any")
    )
    return java_type(Type("any"), names) if free else names.type(type_)


def _parameter_view(param: Parameter, name: str, names: _Names) -> dict[str, Any]:
    java = _api_type(param.type, names)
    return {
        "name": name,
        "wire": param.wire,
        "wire_literal": java_string(param.wire),
        "type": java.name,
        "java": java,
        "required": param.required,
        "location": param.location,
        "doc": one_line(param.description) or "(no description in the spec)",
    }


def _content_type(op: Operation) -> str:
    if not any(p.location == "body" for p in op.parameters):
        return "null"
    if op.method == "PATCH":
        for candidate in _PATCH_DEFAULTS:
            if candidate in op.consumes:
                return java_string(candidate)
    return java_string(op.consumes[0] if op.consumes else "application/json")


def _response(op: Operation, names: _Names) -> tuple[str | None, str, set[str]]:
    """(Java result type or None, the reflect Type expression, imports)."""
    if op.response is None:
        return None, "null", set()
    if op.response.kind == "union":
        # delete answers a Status or the object (while finalizers run): decoded by its kind
        return "Object", "ModelRegistry.class", {f"{MODELS}.ModelRegistry"}
    java = _api_type(op.response, names)
    imports = set(java.imports)
    if java.model is not None:
        imports.add(f"{MODELS}.{java.model}")
    return java.name, reflect_type(java), imports


def operation_view(op: Operation, names: _Names) -> tuple[dict[str, Any], set[str]]:
    method = naming.method_name(op.operation_id, op.tag)
    java_names = naming.parameter_names([p.wire for p in op.parameters])
    params = [_parameter_view(p, n, names) for p, n in zip(op.parameters, java_names, strict=True)]
    # client-java's positional order: required ones, the optional query parameters, and an
    # optional body last (``deleteNamespacedPod(name, namespace, pretty, ..., body)``)
    params.sort(key=lambda p: 0 if p["required"] else 2 if p["location"] == "body" else 1)
    imports: set[str] = set()
    for item in params:
        java: JavaType = item["java"]
        imports |= java.imports
        model = java.model or (java.item.model if java.item else None)
        if model is not None:
            imports.add(f"{MODELS}.{model}")
    result, return_type, more = _response(op, names)
    imports |= more
    body = next((p for p in params if p["location"] == "body"), None)
    required = [p for p in params if p["required"]]
    optional = [p for p in params if not p["required"]]
    accepts = ", ".join(java_string(t) for t in op.produces) or java_string("application/json")
    view = {
        "name": method,
        "request": naming.request_class(method),
        "method": op.method,
        "method_literal": java_string(op.method),
        "path_doc": op.path,
        "path_literal": java_string(op.path),
        "summary": one_line(op.description) or method,
        "params": params,
        "required": required,
        "optional": optional,
        "path_params": [p for p in params if p["location"] == "path"],
        "query_params": [p for p in params if p["location"] == "query"],
        "body": body["name"] if body else "null",
        "content_type": _content_type(op),
        "accepts": accepts,
        "result": result,
        "return_type": return_type,
        # the legacy all-positional overload, unless it has the current style's signature
        "legacy": bool(optional),
    }
    return view, imports


def api_view(api: ApiGroup, names: _Names) -> dict[str, Any]:
    operations = []
    imports = {
        f"{ROOT_PACKAGE}.openapi.ApiCallback",
        f"{ROOT_PACKAGE}.openapi.ApiClient",
        f"{ROOT_PACKAGE}.openapi.ApiException",
        f"{ROOT_PACKAGE}.openapi.ApiResponse",
        f"{ROOT_PACKAGE}.openapi.Call",
        f"{ROOT_PACKAGE}.openapi.Configuration",
        f"{ROOT_PACKAGE}.openapi.Pair",
        "java.util.ArrayList",
        "java.util.List",
    }
    seen: set[str] = set()
    for op in api.operations:
        view, more = operation_view(op, names)
        if view["name"] in seen:
            raise ValueError(f"{api.class_name}: two operations named {view['name']}")
        seen.add(view["name"])
        operations.append(view)
        imports |= more
    return {
        "package": APIS,
        "imports": sorted(imports),
        "cls": api.class_name,
        "tag": api.tag,
        "operations": operations,
    }


# -- registry, pom, runtime -------------------------------------------------------------------


def registry_view(client: ClientModel) -> dict[str, Any]:
    entries: dict[str, dict[str, str]] = {}
    served: dict[str, tuple[str, bool]] = {}
    for definition in client.definitions:
        for gvk in definition.gvks:
            key = f"{gvk.api_version}/{gvk.kind}"
            # a kind listed by several definitions (none today): the first in spec order
            entries.setdefault(
                key,
                {
                    "key": java_string(key),
                    "cls": definition.class_name,
                    "class_key": java_string(f"{MODELS}.{definition.class_name}"),
                    "api_version": java_string(gvk.api_version),
                    "kind": java_string(gvk.kind),
                },
            )
        resource = definition.resource
        if resource is not None:
            key = f"{resource.gvk.api_version}/{resource.gvk.kind}"
            served.setdefault(key, (resource.plural, resource.namespaced))
    by_class: dict[str, dict[str, str]] = {}
    for entry in entries.values():
        by_class.setdefault(entry["class_key"], entry)  # a class of several kinds: its first
    return {
        "package": MODELS,
        "entries": [entries[k] for k in sorted(entries)],
        "by_class": [by_class[k] for k in sorted(by_class)],
        "resources": [
            {"key": java_string(k), "plural": java_string(served[k][0])} for k in sorted(served)
        ],
        "namespaced": [{"key": java_string(k)} for k in sorted(served) if served[k][1]],
        "cluster": [{"key": java_string(k)} for k in sorted(served) if not served[k][1]],
    }


def runtime_files() -> dict[str, str]:
    """The hand-written runtime, copied as is under ``src/main/java``."""
    files: dict[str, str] = {}
    if RUNTIME.is_dir():
        for path in sorted(RUNTIME.rglob("*.java")):
            relative = path.relative_to(RUNTIME).as_posix()
            files[f"{SOURCES}/{relative}"] = path.read_text(encoding="utf-8")
    return files


def _source(package: str, cls: str) -> str:
    return f"{SOURCES}/{package.replace('.', '/')}/{cls}.java"


def render(client: ClientModel, runtime: bool = True) -> dict[str, str]:
    """Every file of the Maven project, by path relative to ``output/java``."""
    if client.base_package is not None:
        raise SpecError(
            client.package,
            "",
            "--base-package is not supported by the Java target: generate CRDs into the "
            "client itself (--crd without --base-package)",
        )
    env = environment()
    names = _Names(client)
    files: dict[str, str] = {}
    model = env.get_template("model.java.jinja")
    fluent = env.get_template("fluent.java.jinja")
    builder = env.get_template("builder.java.jinja")
    for definition in client.definitions:
        cls = definition.class_name
        files[_source(MODELS, cls)] = model.render(model_view(definition, names))
        files[_source(MODELS, f"{cls}Fluent")] = fluent.render(fluent_view(definition, names))
        files[_source(MODELS, f"{cls}Builder")] = builder.render(package=MODELS, cls=cls)
    files.update(common_files(client, env))
    files[_source(MODELS, "ModelRegistry")] = env.get_template("registry.java.jinja").render(
        registry_view(client)
    )
    api = env.get_template("api.java.jinja")
    for group in client.apis:
        files[_source(APIS, group.class_name)] = api.render(api_view(group, names))
    files["pom.xml"] = env.get_template("pom.xml.jinja").render(
        version=VERSION, kubernetes_version=client.kubernetes_version
    )
    if runtime:
        files.update(runtime_files())
    return files
