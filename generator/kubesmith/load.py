"""Stage 1: read a Swagger 2.0 document from a file or URL and check it before use.

Every problem is a :class:`SpecError` naming the source and the JSON pointer, so a broken
spec fails before anything is generated.
"""

from __future__ import annotations

import json
import re
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from . import kubeyaml, openapi3
from .crd import VALIDATION_FORMATS
from .errors import SpecError, pointer
from .shape import HTTP_METHODS, SWAGGER_SHAPE

#: (type, format) pairs the generator knows how to map; anything else is an error.
KNOWN_FORMATS: dict[str, frozenset[str | None]] = {
    # the validation-only formats CRD schemas may use are plain strings to a client
    # (a cluster's /openapi/v3 includes its CRDs)
    "string": frozenset({None, "byte", "date-time", "int-or-string", "binary"})
    | VALIDATION_FORMATS,
    "integer": frozenset({None, "int32", "int64"}),
    "number": frozenset({None, "double", "float"}),
    "boolean": frozenset({None}),
    "array": frozenset({None}),
    "object": frozenset({None}),
}


@dataclass(frozen=True)
class LoadedSpec:
    source: str
    #: always in the Swagger 2.0 shape (OpenAPI v3 input is converted)
    document: dict[str, Any]
    #: "swagger2" or "openapi3": the fixups needed differ (v3 is more precise)
    flavour: str = "swagger2"


def load(source: str | Path) -> LoadedSpec:
    """Read, parse and check the spec at ``source``.

    ``source`` is a Swagger 2.0 or OpenAPI v3 file (JSON or YAML), an http(s) URL of one, or
    a directory of the per-group-version OpenAPI v3 documents Kubernetes serves.
    """
    name = str(source)
    if not name.startswith(("http://", "https://")) and Path(name).is_dir():
        document = openapi3.to_swagger2(openapi3.read_documents(name, Path(name)))
        check(name, document)
        return LoadedSpec(source=name, document=document, flavour="openapi3")
    document = _parse(name, _read(name))
    if openapi3.is_openapi3(document):
        document = openapi3.to_swagger2([(name, document)])
        check(name, document)
        return LoadedSpec(source=name, document=document, flavour="openapi3")
    check(name, document)
    return LoadedSpec(source=name, document=document)


def load_documents(source: str, documents: list[tuple[str, dict[str, Any]]]) -> LoadedSpec:
    """Check already parsed OpenAPI v3 documents (e.g. fetched from a live cluster)."""
    document = openapi3.to_swagger2(documents)
    check(source, document)
    return LoadedSpec(source=source, document=document, flavour="openapi3")


def _read(name: str) -> str:
    try:
        if name.startswith(("http://", "https://")):
            with urllib.request.urlopen(name, timeout=60) as response:
                data: bytes = response.read()
                return data.decode("utf-8")
        return Path(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(name, "", f"cannot read the spec: {exc}") from exc


def _parse(name: str, text: str) -> dict[str, Any]:
    document: Any
    if text.lstrip().startswith("{"):
        try:
            document = json.loads(text)
        except json.JSONDecodeError as exc:
            raise SpecError(
                name, f"line {exc.lineno} column {exc.colno}", f"invalid JSON: {exc.msg}"
            ) from exc
    else:
        try:
            document = kubeyaml.load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"line {mark.line + 1} column {mark.column + 1}" if mark else ""
            problem = getattr(exc, "problem", None) or str(exc)
            raise SpecError(name, where, f"invalid YAML: {problem}") from exc
        except ValueError as exc:  # PyYAML: an escape beyond Unicode ("\U7fffffff")
            raise SpecError(name, "", f"invalid YAML: {exc}") from exc
    if not isinstance(document, dict):
        raise SpecError(name, "", "the spec must be a JSON/YAML object")
    if _SURROGATE_ESCAPE.search(text):
        _check_surrogates(name, document)
    return document


#: an escaped UTF-16 surrogate (JSON ``\ud800``, YAML ``"\ud800"``); a pair stands for one
#: character, but a lone one decodes to a string no file can hold as UTF-8
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _check_surrogates(name: str, document: dict[str, Any]) -> None:
    for path, node in _walk(document):
        keys = [key for key in node if isinstance(key, str)] if isinstance(node, dict) else []
        for text in [node, *keys]:
            if isinstance(text, str) and _SURROGATE.search(text):
                raise SpecError(
                    name, pointer(*path), "a lone UTF-16 surrogate escape: not Unicode text"
                )


def check(name: str, document: dict[str, Any]) -> None:
    """Shape (jsonschema), then references, types, operation ids and path parameters."""
    validator = jsonschema.Draft7Validator(SWAGGER_SHAPE)
    error = jsonschema.exceptions.best_match(validator.iter_errors(document))
    if error is not None:
        raise SpecError(name, pointer(*error.absolute_path), error.message)
    _check_refs(name, document)
    _check_types(name, document)
    _check_operations(name, document)


def _walk(
    node: Any, path: tuple[str | int, ...] = ()
) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    yield path, node
    if isinstance(node, dict):
        for key in node:
            yield from _walk(node[key], (*path, key))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _walk(item, (*path, index))


def resolve_ref(document: dict[str, Any], ref: str) -> Any:
    """The node a local ``$ref`` points at, or ``None`` when it points at nothing."""
    if not ref.startswith("#/"):
        return None
    node: Any = document
    for raw in ref[2:].split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def _check_refs(name: str, document: dict[str, Any]) -> None:
    for path, node in _walk(document):
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            if resolve_ref(document, node["$ref"]) is None:
                raise SpecError(name, pointer(*path, "$ref"), f"$ref to nothing: {node['$ref']}")


def _schemas(document: dict[str, Any]) -> Iterator[tuple[tuple[str | int, ...], dict[str, Any]]]:
    """Every schema-like node: definitions, their properties and items, parameters."""
    for path, node in _walk(document):
        if not isinstance(node, dict) or not isinstance(node.get("type"), str):
            continue
        if path and path[0] in ("definitions", "paths", "parameters"):
            yield path, node


def _check_types(name: str, document: dict[str, Any]) -> None:
    for path, node in _schemas(document):
        kind = node["type"]
        formats = KNOWN_FORMATS.get(kind)
        if formats is None:
            raise SpecError(name, pointer(*path, "type"), f"unknown type {kind!r}")
        fmt = node.get("format")
        if fmt not in formats:
            raise SpecError(
                name, pointer(*path, "format"), f"unknown format {fmt!r} for type {kind!r}"
            )


def _check_operations(name: str, document: dict[str, Any]) -> None:
    seen: dict[str, str] = {}
    for path_name, item in document.get("paths", {}).items():
        shared = item.get("parameters", [])
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            where = ("paths", path_name, method)
            op_id = operation.get("operationId")
            if op_id is None:
                raise SpecError(name, pointer(*where), "operation has no operationId")
            if op_id in seen:
                raise SpecError(
                    name,
                    pointer(*where, "operationId"),
                    f"duplicate operationId {op_id!r} (also at {seen[op_id]})",
                )
            seen[op_id] = pointer(*where)
            declared = set()
            for param in [*shared, *operation.get("parameters", [])]:
                resolved = resolve_ref(document, param["$ref"]) if "$ref" in param else param
                if not (isinstance(resolved, dict) and "in" in resolved and "name" in resolved):
                    raise SpecError(
                        name, pointer(*where, "parameters"), f"{param['$ref']} is no parameter"
                    )
                if resolved.get("in") == "path":
                    declared.add(resolved["name"])
            for placeholder in _placeholders(path_name):
                if placeholder not in declared:
                    raise SpecError(
                        name,
                        pointer(*where),
                        f"path parameter {{{placeholder}}} has no definition",
                    )


def _placeholders(path: str) -> list[str]:
    names = []
    rest = path
    while "{" in rest:
        start = rest.index("{")
        end = rest.index("}", start)
        names.append(rest[start + 1 : end])
        rest = rest[end + 1 :]
    return names
