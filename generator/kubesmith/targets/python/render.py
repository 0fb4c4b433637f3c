"""The Python target: the model → file contents, through the Jinja templates of
``templates/python/``.

Templates only loop and print; every value they print is computed here, in one view
builder per template. Jinja runs with StrictUndefined so a missing value is an error, and
all filters are registered in :data:`FILTERS`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import jinja2

from ... import templating
from ...model import ClientModel
from .compat import AIO_CLIENT_EXPORTS, CLIENT_EXPORTS, module_alias_view
from .format import LINE_LENGTH
from .lower import lower
from .model import (
    ModelModule,
    PyApiGroup,
    PyClient,
    PyDefinition,
    PyField,
    PyOperation,
    PyParameter,
)

TEMPLATES = templating.TEMPLATES / "python"
RUNTIME = TEMPLATES / "runtime"

#: runtime dependencies of the generated package. sniffio: without it httpcore retries
#: ``import sniffio`` (a failing search of sys.path) on every asyncio request, which cost a
#: quarter of the asyncio client's time under load (see docs/reliability.md)
DEPENDENCIES = ("httpcore>=1.0", "httpx>=0.27", "msgspec>=0.18", "PyYAML>=6.0", "sniffio>=1.3")

#: names the runtime modules export through ``client`` (module relative to ``client``)
RUNTIME_EXPORTS: dict[str, str] = {
    "ApiClient": ".api_client",
    "AsyncApiClient": ".api_client",
    "KubernetesWarning": ".api_client",
    "JSON_PATCH": ".api_client",
    "MERGE_PATCH": ".api_client",
    "STRATEGIC_MERGE_PATCH": ".api_client",
    "APPLY_PATCH": ".api_client",
    "Configuration": ".configuration",
    "ApiException": ".exceptions",
    "ApiTypeError": ".exceptions",
    "ApiValueError": ".exceptions",
    "ApiKeyError": ".exceptions",
    "OpenApiException": ".exceptions",
    "ResourceInfo": "._resource",
    "Model": "._model",
    "MicroTime": "._types",
}
CLIENT_SUBMODULES = (
    "api",
    "api_client",
    "apply",
    "configuration",
    "exceptions",
    "models",
    "rest",
)


#: characters a docstring must not hold as they are: NUL (no source may contain it), the
#: other control characters that are no line break, and lone surrogates (not UTF-8)
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def docstring(text: str, indent: int) -> str:
    """Text safe inside a triple-quoted docstring at ``indent`` spaces."""
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').expandtabs(4)
    text = _UNPRINTABLE.sub(_escape, text)
    lines = [line.rstrip() for line in text.strip().splitlines()]
    body = ("\n" + " " * indent).join(lines).replace(" " * indent + "\n", "\n")
    body = "\n".join(line.rstrip() for line in body.split("\n"))
    if "\n" in body:
        # closing quotes on their own line: black and ruff format agree on that layout
        return body + "\n" + " " * indent
    if body.endswith('"'):
        body += " "
    return body


def literal(value: str | bool | tuple[str, ...] | None) -> str:
    """A Python literal of a spec value, in the form the formatter keeps: strings
    double-quoted with JSON's escapes (all valid in Python, ASCII only), so no quote,
    backslash, control character or lone surrogate in a spec can break the generated code."""
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, tuple):
        items = ", ".join(literal(item) for item in value)
        return f"({items},)" if len(value) == 1 else f"({items})"
    return repr(value)


FILTERS: dict[str, Callable[..., Any]] = {"doc": docstring}


def environment() -> jinja2.Environment:
    return templating.environment(TEMPLATES, FILTERS)


@dataclass(frozen=True)
class Layout:
    """Where generated modules import from: their own package, or, for a CRD-only package
    (``--base-package``), the base package's models and runtime."""

    #: runtime modules are ``{runtime}._model`` etc.: ``.`` gives ``.._model`` (relative, seen
    #: from client/models/x.py and client/api/x.py), ``kubeclient.client`` an absolute name
    runtime: str = "."
    base: str | None = None
    external: frozenset[str] = frozenset()

    @classmethod
    def of(cls, client: PyClient) -> Layout:
        if client.base_package is None:
            return cls()
        return cls(f"{client.base_package}.client", client.base_package, client.external_modules)

    def sibling(self, package: str, module: str) -> str:
        """``models``/``apply`` module ``module`` seen from a module of the same package."""
        if module in self.external:
            return f"{self.base}.client.{package}.{module}"
        return f".{module}"

    def from_api(self, package: str, module: str) -> str:
        if module in self.external:
            return f"{self.base}.client.{package}.{module}"
        return f"..{package}.{module}"


def _header(client: PyClient) -> str:
    source = f"the Kubernetes {client.kubernetes_version} " if client.kubernetes_version else "the "
    return f"Generated by kubesmith from {source}OpenAPI spec. Do not edit: regenerate."


# -- models ------------------------------------------------------------------------------


def _field_line(field: PyField) -> str:
    annotation = field.type.annotation
    options = []
    if field.required and field.default is None:
        default = None
    elif field.required:
        default = field.default
    elif field.type.absent is not None:
        default = field.type.absent
    else:
        annotation = f"{annotation} | None"
        default = "None"
    if field.default_factory:
        options.append(f"default_factory={default}")
        if field.wire != field.name:
            options.append(f"name={literal(field.wire)}")
        return f"{field.name}: {annotation} = msgspec.field({', '.join(options)})"
    if field.wire != field.name:
        if default is not None:
            options.append(f"default={default}")
        options.append(f"name={literal(field.wire)}")
        return f"{field.name}: {annotation} = msgspec.field({', '.join(options)})"
    if default is None:
        return f"{field.name}: {annotation}"
    return f"{field.name}: {annotation} = {default}"


def _resource_expr(definition: PyDefinition) -> str | None:
    resource = definition.resource
    if resource is None:
        return None
    values = (
        resource.gvk.group,
        resource.gvk.version,
        resource.gvk.kind,
        resource.plural,
        resource.namespaced,
        resource.verbs,
        resource.subresources,
        resource.list_kind,
    )
    return f"ResourceInfo({', '.join(literal(value) for value in values)})"


def _model_imports(module: ModelModule, layout: Layout, apply: bool = False) -> list[str]:
    specials: set[str] = set()
    foreign: dict[str, set[str]] = {}
    datetime = msgspec = classvar = False
    suffix = "Apply" if apply else ""
    for definition in module.definitions:
        classvar = classvar or definition.resource is not None
        if apply and _new_view(definition) is not None and module.module != "meta_v1":
            foreign.setdefault("meta_v1", set()).add("V1ObjectMetaApply")
        for field in definition.fields:
            specials.update(field.type.specials)
            datetime = datetime or field.type.uses_datetime
            msgspec = msgspec or field.wire != field.name or field.default_factory
            for mod, cls in field.type.classes:
                if mod != module.module:
                    foreign.setdefault(mod, set()).add(cls + suffix)
    lines = []
    if datetime:
        lines.append("from datetime import datetime")
    if classvar:
        lines.append("from typing import ClassVar")
    lines.append("")
    if msgspec:
        lines.extend(["import msgspec", ""])
    rt = layout.runtime
    lines.append(f"from {rt}._model import Model")
    if classvar:
        lines.append(f"from {rt}._resource import ResourceInfo")
    if specials:
        lines.append(f"from {rt}._types import {', '.join(sorted(specials))}")
    package = "apply" if apply else "models"
    for mod in sorted(foreign):
        names = ", ".join(sorted(foreign[mod]))
        lines.append(f"from {layout.sibling(package, mod)} import {names}")
    return lines


def model_module_view(client: PyClient, module: ModelModule) -> dict[str, Any]:
    return {
        "title": f"Models of ``{module.module}``.",
        "header": _header(client),
        "imports": _model_imports(module, Layout.of(client)),
        "classes": [
            {
                "name": definition.class_name,
                "doc": definition.description or definition.class_name,
                "resource": _resource_expr(definition),
                "fields": [
                    {"line": _field_line(field), "doc": field.description}
                    for field in definition.fields
                ],
                "new": None,
            }
            for definition in module.definitions
        ],
    }


def _apply_field_line(field: PyField) -> str:
    """Every field of an apply configuration is optional: unset fields are not sent, so an
    apply claims ownership of exactly the fields the caller set."""
    annotation = field.type.annotation
    for _, cls in field.type.classes:
        annotation = re.sub(rf"\b{cls}\b", f"{cls}Apply", annotation)
    default = field.type.absent or "None"
    if field.type.absent is None:
        annotation = f"{annotation} | None"
    if field.wire != field.name:
        wire = literal(field.wire)
        return f"{field.name}: {annotation} = msgspec.field(default={default}, name={wire})"
    return f"{field.name}: {annotation} = {default}"


def _new_view(definition: PyDefinition) -> dict[str, str] | None:
    """The scope-aware constructor of a kind's apply configuration."""
    resource = definition.resource
    names = {field.name for field in definition.fields}
    if resource is None or not {"api_version", "kind", "metadata"} <= names:
        return None
    if resource.namespaced:
        params, meta = "name: str, namespace: str", "name=name, namespace=namespace"
    else:
        params, meta = "name: str", "name=name"
    return {
        "params": params,
        "api_version": literal(resource.gvk.api_version),
        "kind": literal(resource.gvk.kind),
        "metadata": meta,
        "doc": f"An apply configuration of the {resource.gvk.kind} called ``name``, with "
        "apiVersion and kind set.",
    }


def apply_module_view(client: PyClient, module: ModelModule) -> dict[str, Any]:
    return {
        "title": f"Apply configurations of ``{module.module}`` (all fields optional).",
        "header": _header(client),
        "imports": _model_imports(module, Layout.of(client), apply=True),
        "classes": [
            {
                "name": f"{definition.class_name}Apply",
                "doc": f"Apply configuration of :class:`{definition.class_name}`: every field "
                "optional; send with ``apply_*`` methods. The fields are documented on "
                f":class:`{definition.class_name}`.\n\n"
                + (definition.description or definition.class_name),
                "resource": _resource_expr(definition),
                # field documentation lives on the model class (named in the docstring)
                "fields": [
                    {"line": _apply_field_line(field), "doc": ""} for field in definition.fields
                ],
                "new": _new_view(definition),
            }
            for definition in module.definitions
        ],
    }


# -- APIs --------------------------------------------------------------------------------


def _param_const(param: PyParameter) -> str:
    """``_q_label_selector``, ``_p_namespace``, ``_qm_command`` (multi), ``_q_continue_``."""
    kind = param.location[0] + ("m" if param.multi else "")
    trailing = "_" if param.name.startswith("_") else ""
    return f"_{kind}_{param.name.lstrip('_')}{trailing}"


def _param_expr(param: PyParameter) -> str:
    multi = ", multi=True" if param.multi else ""
    return f"Param({literal(param.name)}, {literal(param.wire)}, {literal(param.location)}{multi})"


def _signature(param: PyParameter) -> str:
    if param.required:
        return f"{param.name}: {param.type.annotation}"
    return f"{param.name}: {param.type.annotation} | None = None"


def _op_doc(op: PyOperation) -> str:
    lines = [op.description or op.name, ""]
    for param in op.parameters:
        description = " ".join(param.description.split()) or param.wire
        lines.append(f":param {param.name}: {description}")
    if op.response is not None:
        lines.append(f":return: {op.response.annotation}")
    return "\n".join(lines)


def _op_view(op: PyOperation) -> dict[str, Any]:
    const = f"_{op.name.upper()}"
    params = ", ".join(_param_const(p) for p in op.parameters)
    params = f"({params},)" if op.parameters else "()"
    options = ""
    if op.consumes != ("application/json",):
        options += f", consumes={literal(op.consumes)}"
    if op.produces and op.produces != ("application/json",):
        options += f", produces={literal(op.produces)}"
    expr = (
        f"Op({literal(op.name)}, {literal(op.method)}, {literal(op.path)}, {params}, "
        f"{op.required_count}, {op.response_expr}{options})"
    )
    keyword = [_signature(p) for p in op.parameters if not p.required]
    if op.is_patch and not op.path_from_body:
        keyword.append("_content_type: str | None = None")
    return {
        "name": op.name,
        "const": const,
        "expr": expr,
        "positional": [_signature(p) for p in op.parameters if p.required],
        "keyword": keyword,
        "returns": op.response.annotation if op.response is not None else "None",
        "kwargs": f"path_from_body({const}, args, kwargs)" if op.path_from_body else "kwargs",
        "doc": _op_doc(op),
        "summary": docstring((op.description or op.name).splitlines()[0].rstrip("."), 8),
    }


def _api_imports(api: PyApiGroup, layout: Layout) -> list[str]:
    """Imports of an API module: the response classes its ``Op`` constants decode to are
    needed at run time; everything else appears only in annotations and is imported for
    type checkers only, so importing an API class loads no more than it must."""
    runtime: dict[str, set[str]] = {}
    typing_only: dict[str, set[str]] = {}
    specials: set[str] = set()
    datetime = False
    for op in api.operations:
        decoded = op.response.classes if op.response and op.response_expr != "object" else ()
        for mod, cls in decoded:
            runtime.setdefault(mod, set()).add(cls)
        for ref in [p.type for p in op.parameters] + ([op.response] if op.response else []):
            specials.update(ref.specials)
            datetime = datetime or ref.uses_datetime
            for mod, cls in ref.classes:
                typing_only.setdefault(mod, set()).add(cls)
    for mod, names in runtime.items():
        typing_only[mod] -= names

    def import_lines(table: dict[str, set[str]]) -> list[str]:
        lines = []
        for mod in sorted(table):
            if table[mod]:
                package, _, name = mod.rpartition("/")
                names = ", ".join(sorted(table[mod]))
                lines.append(f"from {layout.from_api(package or 'models', name)} import {names}")
        return lines

    rt = layout.runtime
    lines = ["from typing import TYPE_CHECKING, Any, Literal, overload", ""]
    lines.append(f"from {rt}._api_base import AsyncApi, SyncApi")
    lines.append(f"from {rt}._operation import Op, Param")
    if any(op.path_from_body for op in api.operations):
        lines.append(f"from {rt}._apply import path_from_body")
    lines.extend(import_lines(runtime))
    lines.extend(["", "if TYPE_CHECKING:"])
    if datetime:
        lines.append("    from datetime import datetime")
    if specials:
        lines.append(f"    from {rt}._types import {', '.join(sorted(specials))}")
    lines.extend(f"    {line}" for line in import_lines(typing_only))
    lines.append(f"    from {rt}.rest import AsyncRawResponse, RawResponse, RequestTimeout")
    return lines


def api_module_view(client: PyClient, api: PyApiGroup) -> dict[str, Any]:
    consts: dict[str, str] = {}
    for op in api.operations:
        for param in op.parameters:
            const, expr = _param_const(param), _param_expr(param)
            if consts.setdefault(const, expr) != expr:
                raise ValueError(f"parameter constant {const} means two things in {api.tag}")
    return {
        "title": docstring(
            f"Operations of ``{api.tag}``: :class:`{api.class_name}` and its asyncio twin.", 0
        ),
        "header": _header(client),
        "imports": _api_imports(api, Layout.of(client)),
        "class_name": api.class_name,
        "async_class": f"Async{api.class_name}",
        "params": [{"name": n, "expr": e} for n, e in sorted(consts.items())],
        "operations": [_op_view(op) for op in api.operations],
        "flavours": [
            {
                "class_name": api.class_name,
                "base": "SyncApi",
                "doc": f"The ``{api.tag}`` operations.",
                "def_": "def",
                "raw": "RawResponse",
                "await_": "",
                "full_doc": True,
            },
            {
                "class_name": f"Async{api.class_name}",
                "base": "AsyncApi",
                "doc": f"The ``{api.tag}`` operations, for asyncio.",
                "def_": "async def",
                "raw": "AsyncRawResponse",
                "await_": "await ",
                # the parameters are documented once, on the sync twin
                "full_doc": False,
            },
        ],
    }


# -- package ---------------------------------------------------------------------------


def _lazy_view(
    client: PyClient, title: str, names: dict[str, str], submodules: tuple[str, ...] = ()
) -> dict[str, Any]:
    return {
        "title": title,
        "header": _header(client),
        "names": sorted((name, *target.split(":"), name)[:3] for name, target in names.items()),
        "submodules": sorted(submodules),
        "all_names": sorted({*names, *submodules}),
        "module_aliases": False,
    }


def render(model: ClientModel, runtime: bool = True) -> dict[str, str]:
    """Every generated file: relative path (inside the output dir) → contents.

    ``runtime=False`` leaves out the copied runtime (for the golden test of the generated
    code alone; the runtime has tests of its own).
    """
    client = lower(model)
    env = environment()
    pkg = client.package
    layout = Layout.of(client)
    own_modules = [m for m in client.model_modules if m.module not in client.external_modules]
    own_apis = [a for a in client.apis if a.tag not in client.external_tags]
    runtime = runtime and layout.base is None  # a CRD-only package uses its base's runtime
    files: dict[str, str] = {}
    model_names: dict[str, str] = {}
    template = env.get_template("model_module.py.jinja")
    for module in own_modules:
        files[f"{pkg}/client/models/{module.module}.py"] = template.render(
            model_module_view(client, module)
        )
        for definition in module.definitions:
            model_names[definition.class_name] = f".{module.module}"
    apply_names: dict[str, str] = {
        "extract": ".._apply" if layout.base is None else f"{layout.runtime}._apply"
    }
    template = env.get_template("model_module.py.jinja")
    for module in own_modules:
        files[f"{pkg}/client/apply/{module.module}.py"] = template.render(
            apply_module_view(client, module)
        )
        for definition in module.definitions:
            apply_names[f"{definition.class_name}Apply"] = f".{module.module}"
    if layout.base is not None:
        # the base package's apply configurations the CRDs' ones are built from
        # (``V1ObjectMetaApply`` for ``metadata``, a reused ``V1ContainerApply`` …)
        for name in _base_classes(own_modules, layout):
            apply_names.setdefault(f"{name}Apply", f"{layout.base}.client.apply")
    api_names: dict[str, str] = {}
    template = env.get_template("api_module.py.jinja")
    for api in own_apis:
        files[f"{pkg}/client/api/{api.module}.py"] = template.render(api_module_view(client, api))
        api_names[api.class_name] = f".{api.module}"
        api_names[f"Async{api.class_name}"] = f".{api.module}"
    lazy = env.get_template("lazy_init.py.jinja")
    files[f"{pkg}/client/models/__init__.py"] = lazy.render(
        _lazy_view(client, "Every model class.", model_names)
    )
    files[f"{pkg}/client/apply/__init__.py"] = lazy.render(
        _lazy_view(
            client,
            "Apply configurations for server-side apply: every model with all fields optional.",
            apply_names,
        )
    )
    files[f"{pkg}/client/api/__init__.py"] = lazy.render(
        _lazy_view(client, "Every API class, sync and asyncio.", api_names)
    )
    client_names = {
        **{name: ".models" + module for name, module in model_names.items()},
        **{name: ".api" + module for name, module in api_names.items()},
        **({**RUNTIME_EXPORTS, **CLIENT_EXPORTS} if layout.base is None else {}),
    }
    files[f"{pkg}/client/__init__.py"] = lazy.render(
        _lazy_view(
            client,
            "The Kubernetes API: models, API classes and the client.",
            client_names,
            CLIENT_SUBMODULES if layout.base is None else ("api", "apply", "models"),
        )
    )
    aio_names = {  # aio/client/__init__.py: three dots up to the package
        **{name: "...client.models" + module for name, module in model_names.items()},
        **{
            name.removeprefix("Async"): f"...client.api{module}:{name}"
            for name, module in api_names.items()
            if name.startswith("Async")
        },
    }
    files[f"{pkg}/aio/client/__init__.py"] = _aio_client(env, client, aio_names, layout)
    aio_modules: tuple[str, ...] = ("client",)
    if runtime:  # and every asyncio runtime package (config, watch, dynamic …)
        aio_modules += tuple(
            sorted(p.name for p in (RUNTIME / "aio").iterdir() if (p / "__init__.py").exists())
        )
    files[f"{pkg}/aio/__init__.py"] = lazy.render(
        _lazy_view(client, "The asyncio flavour of the client.", {}, aio_modules)
    )
    root = _lazy_view(
        client, f"{pkg}: a typed Kubernetes client.", {}, _package_submodules(runtime)
    )
    if runtime:  # the official client's module paths, served by the runtime's import hook
        root["module_aliases"] = True
        files[f"{pkg}/_module_table.py"] = env.get_template("module_table.py.jinja").render(
            header=_header(client), **module_alias_view(client)
        )
    files[f"{pkg}/__init__.py"] = lazy.render(root)
    files[f"{pkg}/py.typed"] = ""
    files["pyproject.toml"] = env.get_template("pyproject.toml.jinja").render(
        package=pkg, line_length=LINE_LENGTH, **_project(client, own_modules, layout)
    )
    for path in sorted(RUNTIME.rglob("*.py")):
        if "__pycache__" in path.parts or not runtime:
            continue
        files[f"{pkg}/{path.relative_to(RUNTIME).as_posix()}"] = path.read_text(encoding="utf-8")
    return files


def _base_classes(modules: list[ModelModule], layout: Layout) -> list[str]:
    """Classes of the base package that fields of ``modules`` have (``V1ObjectMeta`` …)."""
    found = {
        cls
        for module in modules
        for definition in module.definitions
        for field in definition.fields
        for where, cls in field.type.classes
        if where in layout.external
    }
    return sorted(found)


def _project(client: PyClient, modules: list[ModelModule], layout: Layout) -> dict[str, Any]:
    """Version, description and dependencies of ``pyproject.toml``.

    A CRD-only package (``--base-package``) describes its custom resources and pins the
    base package to the Kubernetes minor it was generated with; its own version is 0.1.0
    (nothing in the CRDs gives one: set it when publishing).
    """
    minor = client.kubernetes_version
    if layout.base is None:
        return {
            "version": f"{minor or '0'}.0",
            "description": "Typed Kubernetes client (sync and asyncio), generated by kubesmith"
            + (f" from the Kubernetes {minor} spec." if minor else "."),
            "dependencies": DEPENDENCIES,
        }
    kinds: dict[str, list[str]] = {}
    for module in modules:
        for definition in module.definitions:
            resource = definition.resource
            if resource is not None:
                kinds.setdefault(resource.gvk.kind, []).append(resource.gvk.api_version)
    listed = "; ".join(f"{kind} ({', '.join(sorted(kinds[kind]))})" for kind in sorted(kinds))
    return {
        "version": "0.1.0",
        "description": f"Typed clients (sync and asyncio) for the custom resources {listed}, "
        f"generated by kubesmith on {layout.base}" + (f" {minor}." if minor else "."),
        "dependencies": (f"{layout.base}~={minor}.0" if minor else layout.base,),
    }


def _package_submodules(runtime: bool) -> tuple[str, ...]:
    """``client``, ``aio`` and each top-level runtime module or package (``config`` …)."""
    names = {"client", "aio"}
    for path in RUNTIME.iterdir() if runtime else ():
        if path.name.startswith(("_", ".")):
            continue
        if (path.is_dir() and path.name != "client") or path.suffix == ".py":
            names.add(path.stem)
    return tuple(sorted(names - {"__init__"}))


def _aio_client(
    env: jinja2.Environment, client: PyClient, names: dict[str, str], layout: Layout
) -> str:
    """``aio.client``: the asyncio classes under the official names (``CoreV1Api``)."""
    if layout.base is not None:
        view = _lazy_view(client, "The asyncio client under the official names.", names)
        return env.get_template("lazy_init.py.jinja").render(view)
    # the asyncio ApiClient keeps the name users of kubernetes_asyncio know
    names = {
        **names,
        "ApiClient": "...client.api_client:AsyncApiClient",
        "Configuration": "...client.configuration",
        "ApiException": "...client.exceptions",
        **AIO_CLIENT_EXPORTS,
    }
    view = _lazy_view(client, "The asyncio client under the official names.", names)
    return env.get_template("lazy_init.py.jinja").render(view)


__all__ = ["FILTERS", "render"]
