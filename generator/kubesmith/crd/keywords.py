"""Which schema keywords a CRD may use, and the checks that it uses only those: junctors
(``allOf`` …) may only validate, never give a value another type."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..errors import SpecError

#: a path in the schema
SchemaPath = tuple[str | int, ...]
#: the error for a message at a path in the schema (naming the CRD file and document)
ErrorAt = Callable[[str, SchemaPath], SpecError]

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
NUMBER_FORMATS = {"integer": {"int32", "int64"}, "number": {"float", "double"}}

#: value validations, kept in the docstring
VALIDATIONS = (
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
JUNCTORS = ("allOf", "anyOf", "oneOf", "not")
#: keywords read by the conversion (everything else is an error)
HANDLED = frozenset(
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
        *VALIDATIONS,
        *JUNCTORS,
    }
)
#: keywords a v1 CRD schema may not use, or that cannot become a type
UNSUPPORTED = {
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
TYPING = frozenset(
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


def check_keywords(schema: dict[str, Any], path: SchemaPath, error: ErrorAt) -> None:
    """Every keyword is one we handle; junctors only validate."""
    for key in schema:
        if key in UNSUPPORTED:
            raise error(UNSUPPORTED[key], (*path, key))
        if key not in HANDLED:
            raise error(f"unsupported schema keyword {key!r}", (*path, key))
    for junctor in JUNCTORS:
        if junctor in schema and not schema.get("x-kubernetes-int-or-string"):
            check_validation_only(schema[junctor], (*path, junctor), error)


def check_validation_only(node: Any, path: SchemaPath, error: ErrorAt) -> None:
    """A junctor may only validate values: anything that makes a type is an error."""
    if isinstance(node, list):
        for index, item in enumerate(node):
            check_validation_only(item, (*path, index), error)
        return
    if not isinstance(node, dict):
        raise error("a junctor branch must be a schema", path)
    for key, value in node.items():
        if key in TYPING or key in UNSUPPORTED:
            raise error(
                f"{key!r} inside {path[-1] if isinstance(path[-1], str) else 'a junctor'} "
                "would give the value another type: only the x-kubernetes-int-or-string "
                "anyOf pattern and validation-only junctors are supported",
                (*path, key),
            )
        if key == "properties" and isinstance(value, dict):
            for name, sub in value.items():
                check_validation_only(sub, (*path, key, name), error)
        elif key in ("items", *JUNCTORS):
            check_validation_only(value, (*path, key), error)


def check_int_or_string(schema: dict[str, Any], path: SchemaPath, error: ErrorAt) -> None:
    """``x-kubernetes-int-or-string`` with the only junctor pattern it may have."""
    if schema.get("type") not in (None, "string", "integer"):
        raise error("x-kubernetes-int-or-string with another type", (*path, "type"))
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
                    raise error(
                        f"{junctor} is only supported as the int-or-string pattern "
                        "(anyOf integer | string)",
                        (*path, junctor, index),
                    )
