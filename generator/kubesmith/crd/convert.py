"""One version's ``openAPIV3Schema`` → Swagger definitions shaped like the built-in ones
(nested objects become definitions of their own)."""

from __future__ import annotations

from typing import Any

from ..errors import SpecError
from ..names import lower_words
from .keywords import (
    NUMBER_FORMATS,
    VALIDATION_FORMATS,
    check_int_or_string,
    check_keywords,
)
from .naming import ENUM, WORDS, Family, Words, class_word, disambiguate
from .notes import join, schema_notes, wire_path
from .standard import (
    API_VERSION_DOC,
    INT_OR_STRING,
    KIND_DOC,
    LIST_META,
    LIST_METADATA_DOC,
    METADATA_DOC,
    OBJECT_META,
    REF,
)

#: methods of the Python runtime's ``Model`` base class, which a field must not hide
MODEL_METHODS = frozenset({"to_dict", "to_wire", "to_json", "from_json", "from_dict"})


class Converter:
    """Turns one version's ``openAPIV3Schema`` into definitions of a :class:`Family`."""

    def __init__(self, family: Family, base: tuple[str | int, ...]) -> None:
        self.family = family
        self.base = base

    def error(self, message: str, path: tuple[str | int, ...]) -> SpecError:
        return self.family.manifest.error(message, *self.base, *path)

    # -- the kind ------------------------------------------------------------------------

    def root(self, schema: dict[str, Any], description: str) -> None:
        check_keywords(schema, (), self.error)
        if schema.get("type", "object") != "object":
            raise self.error("the schema of a kind must be of type object", ("type",))
        family = self.family
        root = self._object(schema, (), (), is_root=True)
        properties = root.setdefault("properties", {})
        properties["apiVersion"] = {"type": "string", "description": API_VERSION_DOC}
        properties["kind"] = {"type": "string", "description": KIND_DOC}
        properties["metadata"] = {"$ref": REF + OBJECT_META, "description": METADATA_DOC}
        root["properties"] = dict(sorted(properties.items()))
        required = [r for r in root.get("required", []) if r not in ("apiVersion", "kind")]
        required = [r for r in required if r != "metadata"]
        if required:
            root["required"] = required
        else:
            root.pop("required", None)
        root["description"] = join(root.get("description", ""), description)
        gvk = {"group": family.group, "version": family.version, "kind": family.kind}
        root["x-kubernetes-group-version-kind"] = [gvk]
        family.definitions[family.kind] = root
        family.definitions[family.list_kind] = {
            "description": f"{family.list_kind} is a list of {family.kind}.",
            "type": "object",
            "required": ["items"],
            "properties": {
                "apiVersion": {"type": "string", "description": API_VERSION_DOC},
                "items": {
                    "type": "array",
                    "items": {"$ref": family.ref(family.kind)},
                    "description": f"List of {family.kind.lower()} objects.",
                },
                "kind": {"type": "string", "description": KIND_DOC},
                "metadata": {"$ref": REF + LIST_META, "description": LIST_METADATA_DOC},
            },
            "x-kubernetes-group-version-kind": [{**gvk, "kind": family.list_kind}],
        }

    # -- any schema ----------------------------------------------------------------------

    def convert(
        self, schema: Any, path: tuple[str | int, ...], name: tuple[str, ...]
    ) -> dict[str, Any]:
        """The Swagger property schema for ``schema``; nested objects become definitions.

        ``name`` is the class path from the kind (``("Spec", "PortsItem")``), which
        :mod:`.shapes` turns into a short class name once every kind is read.
        """
        if not isinstance(schema, dict):
            raise self.error("a schema must be a mapping", path)
        check_keywords(schema, path, self.error)
        kind = schema.get("type")
        notes = schema_notes(schema, path, self.error)
        result: dict[str, Any]
        if schema.get("x-kubernetes-int-or-string"):
            check_int_or_string(schema, path, self.error)
            self.family.int_or_string = True
            result = {"$ref": REF + INT_OR_STRING}
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
            items = self.convert(schema["items"], (*path, "items"), _suffixed(name, "Item"))
            result = {"type": "array", "items": items}
        elif kind == "string":
            result = self._string(schema, path, notes)
            enum = schema.get("enum")
            if isinstance(enum, list) and enum and all(isinstance(v, str) for v in enum):
                result[ENUM] = sorted(set(enum))
        elif kind in ("integer", "number"):
            fmt = schema.get("format")
            if fmt is not None and fmt not in NUMBER_FORMATS[kind]:
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
        description = join(schema.get("description", ""), *notes)
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
        name: tuple[str, ...],
        notes: list[str],
    ) -> dict[str, Any]:
        properties = schema.get("properties") or {}
        extra = schema.get("additionalProperties")
        embedded = bool(schema.get("x-kubernetes-embedded-resource"))
        preserve = bool(schema.get("x-kubernetes-preserve-unknown-fields"))
        if properties and extra not in (None, False):
            raise self.error("properties and additionalProperties together are not allowed", path)
        if isinstance(extra, dict):
            value = self.convert(extra, (*path, "additionalProperties"), _suffixed(name, "Value"))
            return {"type": "object", "additionalProperties": value}
        if extra is True:
            notes.append("A map of any JSON values.")
            return {"type": "object", "additionalProperties": {}}
        if properties:
            definition = self._object(schema, path, name)
            return {"$ref": self.family.nested(name, definition)}
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
        name: tuple[str, ...],
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
        properties: dict[str, Any] = {}
        required: list[str] = []
        embedded = bool(schema.get("x-kubernetes-embedded-resource"))
        # the kind's own apiVersion, kind and metadata (and an embedded object's metadata)
        # are the standard ones whatever the schema says
        skipped: tuple[str, ...] = ("apiVersion", "kind", "metadata") if is_root else ()
        skipped = ("metadata",) if embedded else skipped
        field_words = self._field_words(sorted(raw), path)
        for wire in sorted(raw):
            where = (*path, "properties", wire)
            if wire in skipped:
                if isinstance(raw[wire], dict):
                    check_keywords(raw[wire], where, self.error)
                continue
            prop = self.convert(raw[wire], where, (*name, class_word(wire)))
            if wire in required_raw and self._keeps_required(raw[wire], prop):
                required.append(wire)
                if "default" in raw[wire]:
                    prop["default"] = raw[wire]["default"]
            if field_words[wire] != lower_words(wire):
                prop[WORDS] = list(field_words[wire])
            properties[wire] = prop
        if embedded:
            properties.setdefault("apiVersion", {"type": "string", "description": API_VERSION_DOC})
            properties.setdefault("kind", {"type": "string", "description": KIND_DOC})
            properties["metadata"] = {"$ref": REF + OBJECT_META, "description": METADATA_DOC}
            properties = dict(sorted(properties.items()))
        definition: dict[str, Any] = {"type": "object", "properties": properties}
        if required:
            definition["required"] = required
        description = join(schema.get("description", ""), *schema_notes(schema, path, self.error))
        if path:
            # where the class sits in the kind, for the reader of a nested class
            family = self.family
            located = f"``{wire_path(path)}`` of {family.group}/{family.version} {family.kind}."
            description = join(description, located)
        if description:
            definition["description"] = description
        if "x-kubernetes-map-type" in schema:
            definition["x-kubernetes-map-type"] = schema["x-kubernetes-map-type"]
        return definition

    def _field_words(self, wires: list[str], path: tuple[str | int, ...]) -> dict[str, Words]:
        """The neutral word split of each property: its own, a ``--rename``, or (for names
        that split alike, ``proxyURL`` and ``proxyUrl``) a disambiguated one."""
        found: dict[str, Words] = {}
        for wire in wires:
            where = (*path, "properties", wire)
            renamed = self.family.renames.take(wire_path(where))
            words = lower_words(renamed) if renamed is not None else lower_words(wire)
            if not words:
                raise self.error(f"property {wire!r} has no name in words (use --rename)", where)
            found[wire] = words
        resolved = disambiguate(found)
        for wire in wires:
            snake = "_".join(resolved[wire])
            if snake in MODEL_METHODS:
                raise self.error(
                    f"property {wire!r} would hide the model method {snake}() (Python name "
                    f"{snake!r}): give it another name with --rename",
                    (*path, "properties", wire),
                )
        return resolved

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


def _suffixed(name: tuple[str, ...], word: str) -> tuple[str, ...]:
    """``("Spec", "Ports")`` → ``("Spec", "PortsItem")``: items and values of a property
    are named after it."""
    return (*name[:-1], name[-1] + word) if name else (word,)
