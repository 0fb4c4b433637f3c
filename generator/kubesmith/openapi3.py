"""OpenAPI v3 input: the per-group-version documents Kubernetes serves at ``/openapi/v3``.

They are converted into the Swagger 2.0 shape the rest of the pipeline reads, so v2 and v3
inputs share one model, one set of fixups and one set of templates. What v3 says more
precisely survives the conversion: ``default`` values, ``nullable``, and descriptions on
references (v3 wraps a ``$ref`` with siblings in ``allOf``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import jsonschema

from .errors import SpecError, pointer
from .shape import HTTP_METHODS, OPENAPI3_SHAPE

_COMPONENTS = "#/components/schemas/"
_DEFINITIONS = "#/definitions/"
_GVK = "x-kubernetes-group-version-kind"
#: content types in the order a JSON client prefers them (v3 lists them alphabetically)
_PREFERRED = ("application/json", "application/merge-patch+json", "*/*")


def is_openapi3(document: dict[str, Any]) -> bool:
    return str(document.get("openapi", "")).startswith("3.")


def read_documents(source: str, directory: Path) -> list[tuple[str, dict[str, Any]]]:
    """Every ``*.json`` v3 document of a directory, in name order."""
    documents = []
    for path in sorted(directory.glob("*.json")):
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise SpecError(str(path), "", f"cannot read an OpenAPI v3 document: {exc}") from exc
        if isinstance(document, dict) and is_openapi3(document):
            documents.append((str(path), document))
    if not documents:
        raise SpecError(source, "", "no OpenAPI v3 documents (*.json with 'openapi: 3.x') here")
    return documents


def check_shape(name: str, document: dict[str, Any]) -> None:
    """What the conversion indexes must have the type it expects (a mutated or broken
    document gets a SpecError with the JSON pointer, not an AttributeError)."""
    validator = jsonschema.Draft7Validator(OPENAPI3_SHAPE)
    error = jsonschema.exceptions.best_match(validator.iter_errors(document))
    if error is not None:
        raise SpecError(name, pointer(*error.absolute_path), error.message)


def to_swagger2(documents: Iterable[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """Merge v3 documents into one Swagger 2.0-shaped document."""
    definitions: dict[str, Any] = {}
    paths: dict[str, Any] = {}
    info: dict[str, Any] = {}
    for name, document in documents:
        check_shape(name, document)
        info = info or dict(document.get("info", {}))
        for schema_name, schema in document.get("components", {}).get("schemas", {}).items():
            converted = _schema(schema)
            known = definitions.setdefault(schema_name, converted)
            if known is converted:
                continue
            # each document lists only its own GVKs of shared types (DeleteOptions …)
            gvks = [*known.get(_GVK, []), *converted.get(_GVK, [])]
            if gvks:
                known[_GVK] = sorted(
                    {json.dumps(g, sort_keys=True): g for g in gvks}.values(),
                    key=lambda g: (g["group"], g["version"], g["kind"]),
                )
            # a disagreement in shape (not in wording) would make the client wrong
            if _shape(known) != _shape(converted):
                raise SpecError(
                    name,
                    pointer("components", "schemas", schema_name),
                    "differs from the same schema in an earlier document",
                )
        for path, item in document.get("paths", {}).items():
            if path in paths:
                raise SpecError(name, pointer("paths", path), "path defined by two documents")
            paths[path] = _path_item(item)
    return {
        "swagger": "2.0",
        "info": info or {"title": "Kubernetes", "version": "unversioned"},
        "paths": dict(sorted(paths.items())),
        "definitions": dict(sorted(definitions.items())),
    }


def _shape(schema: Any) -> Any:
    if isinstance(schema, dict):
        return {k: _shape(v) for k, v in schema.items() if k not in ("description", _GVK)}
    if isinstance(schema, list):
        return [_shape(v) for v in schema]
    return schema


def _schema(schema: Any) -> Any:
    if isinstance(schema, list):
        return [_schema(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    result: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "$ref" and isinstance(value, str) and value.startswith(_COMPONENTS):
            result[key] = _DEFINITIONS + value[len(_COMPONENTS) :]
        elif (
            key == "allOf"
            and isinstance(value, list)
            and len(value) == 1
            and isinstance(value[0], dict)
            and "$ref" in value[0]
        ):
            # {"allOf": [{"$ref": X}], "description": ..., "default": ...} → a plain reference
            result.update(_schema(value[0]))
        elif key in ("properties", "patternProperties") and isinstance(value, dict):
            result[key] = {name: _schema(item) for name, item in value.items()}
        elif key == "nullable":
            result["x-nullable"] = value
        else:
            result[key] = _schema(value)
    return result


def _parameter(param: dict[str, Any]) -> dict[str, Any]:
    result = {k: v for k, v in param.items() if k != "schema"}
    schema = _schema(param.get("schema", {}))
    for key in ("type", "format", "items", "uniqueItems", "default", "enum"):
        if key in schema:
            result[key] = schema[key]
    if schema.get("type") == "array" and param.get("explode", True):
        result["collectionFormat"] = "multi"
    return result


def _content_types(content: dict[str, Any]) -> list[str]:
    preferred = [c for c in _PREFERRED if c in content]
    return preferred + [c for c in content if c not in preferred]


def _operation(operation: dict[str, Any]) -> dict[str, Any]:
    result = {
        k: v for k, v in operation.items() if k not in ("parameters", "requestBody", "responses")
    }
    parameters = [_parameter(p) for p in operation.get("parameters", [])]
    body = operation.get("requestBody")
    if body is not None:
        content = body.get("content", {})
        consumes = _content_types(content)
        schema = content[consumes[0]].get("schema", {}) if consumes else {}
        parameters.insert(
            0,
            {
                "name": "body",
                "in": "body",
                "required": bool(body.get("required")),
                "schema": _schema(schema),
                "description": body.get("description", ""),
            },
        )
        result["consumes"] = consumes
    result["parameters"] = parameters
    responses: dict[str, Any] = {}
    produces: list[str] = []
    for code, response in operation.get("responses", {}).items():
        converted = {"description": response.get("description", "")}
        content = response.get("content", {})
        if content:
            types = _content_types(content)
            converted["schema"] = _schema(content[types[0]].get("schema", {}))
            produces = produces or types
        responses[code] = converted
    result["responses"] = responses
    if produces:
        result["produces"] = produces
    return result


def _path_item(item: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in item.items():
        if key == "parameters":
            result[key] = [_parameter(p) for p in value]
        elif key in HTTP_METHODS:
            # only these keys were shape-checked as operations; any other (an extension,
            # a misspelt method) is kept as it is, and the generator reads no other key
            result[key] = _operation(value)
        else:
            result[key] = value
    return result
