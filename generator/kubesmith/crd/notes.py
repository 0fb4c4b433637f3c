"""What a schema says beyond its type, kept as documentation of the generated classes."""

from __future__ import annotations

import json
from typing import Any

from .keywords import JUNCTORS, VALIDATIONS, ErrorAt, SchemaPath


def json_text(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def schema_notes(schema: dict[str, Any], path: SchemaPath, error: ErrorAt) -> list[str]:
    """What the type cannot say (enum, default, validations, CEL rules …), as documentation."""
    found: list[str] = []
    if "enum" in schema:
        values = schema["enum"]
        if not isinstance(values, list):
            raise error("enum must be a list", (*path, "enum"))
        found.append("Allowed values: " + ", ".join(json_text(v) for v in values) + ".")
    if "default" in schema:
        found.append(f"Defaults to {json_text(schema['default'])} (set by the server).")
    if schema.get("nullable"):
        found.append("May be null.")
    checks = [f"{key} {json_text(schema[key])}" for key in VALIDATIONS if key in schema]
    if checks:
        found.append("Validation: " + ", ".join(checks) + ".")
    for junctor in JUNCTORS:
        if junctor in schema and not schema.get("x-kubernetes-int-or-string"):
            found.append(f"Must also satisfy {junctor}: {json_text(schema[junctor])}.")
    rules = schema.get("x-kubernetes-validations")
    if rules is not None:
        if not isinstance(rules, list):
            raise error(
                "x-kubernetes-validations must be a list", (*path, "x-kubernetes-validations")
            )
        lines = []
        for index, rule in enumerate(rules):
            if not isinstance(rule, dict) or not isinstance(rule.get("rule"), str):
                raise error(
                    "a validation rule needs a rule", (*path, "x-kubernetes-validations", index)
                )
            message = rule.get("message") or rule.get("messageExpression")
            lines.append(f"- ``{rule['rule']}``" + (f": {message}" if message else ""))
        found.append("Validation rules (CEL):\n" + "\n".join(lines))
    if schema.get("x-kubernetes-embedded-resource"):
        found.append("An embedded Kubernetes object (apiVersion, kind, metadata).")
    # (the kind itself is always a class, even when its schema declares no properties)
    if schema.get("x-kubernetes-preserve-unknown-fields") and (
        schema.get("properties") or not path
    ):
        found.append(
            "The server keeps unknown fields here (x-kubernetes-preserve-unknown-fields), "
            "but this model has only the declared properties: unknown ones are dropped on "
            "decode (msgspec keeps no extra fields); a raw response "
            "(_preload_content=False) has them."
        )
    if "externalDocs" in schema and isinstance(schema["externalDocs"], dict):
        url = schema["externalDocs"].get("url")
        if url:
            found.append(f"More info: {url}")
    return found


def wire_path(path: tuple[str | int, ...]) -> str:
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


def join(*parts: str) -> str:
    return "\n\n".join(part.strip() for part in parts if part and part.strip())
