"""The shape a Swagger 2.0 document must have before the generator reads it.

Deliberately partial: it checks what the later stages rely on (so they can index without
guarding), not everything the Swagger 2.0 specification allows.
"""

from __future__ import annotations

from typing import Any

#: the operations of a path item the generator reads (Swagger 2.0 and OpenAPI v3 alike)
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")

_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "$ref": {"type": "string"},
        "type": {"type": "string"},
        "format": {"type": "string"},
        "description": {"type": "string"},
        "required": {"type": "array", "items": {"type": "string"}},
        "properties": {"type": "object", "additionalProperties": {"$ref": "#/definitions/schema"}},
        "items": {"$ref": "#/definitions/schema"},
        "additionalProperties": {"anyOf": [{"type": "boolean"}, {"$ref": "#/definitions/schema"}]},
        "x-kubernetes-group-version-kind": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["group", "version", "kind"],
                "properties": {
                    "group": {"type": "string"},
                    "version": {"type": "string"},
                    "kind": {"type": "string"},
                },
            },
        },
        "x-kubernetes-list-map-keys": {"type": "array", "items": {"type": "string"}},
        "x-kubernetes-list-type": {"enum": ["atomic", "set", "map"]},
        "x-kubernetes-map-type": {"enum": ["atomic", "granular"]},
        "x-kubernetes-patch-strategy": {"type": "string"},
        "x-kubernetes-patch-merge-key": {"type": "string"},
    },
}

_PARAMETER: dict[str, Any] = {
    "type": "object",
    "oneOf": [
        {"required": ["$ref"], "properties": {"$ref": {"type": "string"}}},
        {
            "required": ["name", "in"],
            "properties": {
                "name": {"type": "string"},
                "description": {"type": "string"},
                "in": {"enum": ["path", "query", "header", "body", "formData"]},
                "required": {"type": "boolean"},
                "type": {"type": "string"},
                "schema": {"$ref": "#/definitions/schema"},
            },
        },
    ],
}

_OPERATION: dict[str, Any] = {
    "type": "object",
    "required": ["responses"],
    "properties": {
        "operationId": {"type": "string"},
        "description": {"type": "string"},
        "tags": {"type": "array", "items": {"type": "string"}},
        "consumes": {"type": "array", "items": {"type": "string"}},
        "produces": {"type": "array", "items": {"type": "string"}},
        "parameters": {"type": "array", "items": {"$ref": "#/definitions/parameter"}},
        "responses": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "properties": {"schema": {"$ref": "#/definitions/schema"}},
            },
        },
        "x-kubernetes-action": {"type": "string"},
        "x-kubernetes-group-version-kind": {
            "type": "object",
            "required": ["group", "version", "kind"],
            "properties": {
                "group": {"type": "string"},
                "version": {"type": "string"},
                "kind": {"type": "string"},
            },
        },
    },
}

SWAGGER_SHAPE: dict[str, Any] = {
    "type": "object",
    "required": ["swagger", "info", "paths", "definitions"],
    "properties": {
        "swagger": {"const": "2.0"},
        "info": {"type": "object"},
        "definitions": {"type": "object", "additionalProperties": {"$ref": "#/definitions/schema"}},
        "parameters": {
            "type": "object",
            "additionalProperties": {"$ref": "#/definitions/parameter"},
        },
        "paths": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "properties": {
                    "parameters": {
                        "type": "array",
                        "items": {"$ref": "#/definitions/parameter"},
                    },
                    **{method: {"$ref": "#/definitions/operation"} for method in HTTP_METHODS},
                },
            },
        },
    },
    "definitions": {"schema": _SCHEMA, "parameter": _PARAMETER, "operation": _OPERATION},
}

# -- OpenAPI v3: what ``openapi3.to_swagger2`` indexes without guarding ------------------------

_V3_CONTENT: dict[str, Any] = {
    "type": "object",
    "additionalProperties": {
        "type": "object",
        "properties": {"schema": {"type": "object"}},
    },
}

_V3_PARAMETER: dict[str, Any] = {
    "type": "object",
    "properties": {"schema": {"type": "object"}},
}

_V3_OPERATION: dict[str, Any] = {
    "type": "object",
    "properties": {
        "parameters": {"type": "array", "items": _V3_PARAMETER},
        "requestBody": {"type": "object", "properties": {"content": _V3_CONTENT}},
        "responses": {
            "type": "object",
            "additionalProperties": {"type": "object", "properties": {"content": _V3_CONTENT}},
        },
    },
}

OPENAPI3_SHAPE: dict[str, Any] = {
    "type": "object",
    "properties": {
        "info": {"type": "object"},
        "components": {
            "type": "object",
            "properties": {"schemas": {"type": "object"}},
        },
        "paths": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "properties": {
                    "parameters": {"type": "array", "items": _V3_PARAMETER},
                    **{method: _V3_OPERATION for method in HTTP_METHODS},
                },
            },
        },
    },
}
