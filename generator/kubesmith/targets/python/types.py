"""The neutral :class:`~kubesmith.model.Type` → Python annotations and what they import."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from ...model import Type


@dataclass(frozen=True)
class TypeRef:
    """A Python type annotation and the model classes it mentions (for imports)."""

    annotation: str
    #: (module, class) pairs of generated classes the annotation names; the module is a
    #: models module (``apps_v1``) or an apply-configurations one (``apply/apps_v1``)
    classes: tuple[tuple[str, str], ...] = ()
    #: names from the runtime's ``_types`` module (``Quantity``, ``MicroTime`` …)
    specials: tuple[str, ...] = ()
    uses_datetime: bool = False
    #: default of an optional field of this type when ``None`` cannot stand for "absent"
    #: (``msgspec.Raw`` cannot be part of a union, so an empty ``RawJSON()`` does)
    absent: str | None = None


_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}

#: special types → their runtime (or standard library) representation
SPECIALS: dict[str, TypeRef] = {
    "Quantity": TypeRef("Quantity", specials=("Quantity",)),
    "IntOrString": TypeRef("IntOrString", specials=("IntOrString",)),
    "Time": TypeRef("datetime", uses_datetime=True),
    "MicroTime": TypeRef("MicroTime", specials=("MicroTime",)),
    "FieldsV1": TypeRef("RawJSON", specials=("RawJSON",), absent="RawJSON()"),
    "Patch": TypeRef("JSON", specials=("JSON",)),
    "RawExtension": TypeRef("JSON", specials=("JSON",)),
    "JSON": TypeRef("JSON", specials=("JSON",)),
    "Bytes": TypeRef("bytes"),
}

#: a definition's (module, class name)
ClassOf = Callable[[str], tuple[str, str]]


def type_ref(type_: Type, class_of: ClassOf) -> TypeRef:
    """The annotation of a field or parameter of type ``type_``."""
    if type_.kind == "string" and type_.enum:
        values = ", ".join(json.dumps(value) for value in type_.enum)
        return TypeRef(f"OneOf[{values}]", specials=("OneOf",))
    if type_.kind in _SCALARS:
        return TypeRef(_SCALARS[type_.kind])
    if type_.kind == "special" and type_.special is not None:
        return SPECIALS[type_.special]
    if type_.kind == "ref" and type_.ref is not None:
        module, cls = class_of(type_.ref)
        return TypeRef(cls, classes=((module, cls),))
    if type_.kind == "any":
        return TypeRef("JSON", specials=("JSON",))
    if type_.kind in ("array", "map") and type_.items is not None:
        inner = type_ref(type_.items, class_of)
        pattern = "list[{}]" if type_.kind == "array" else "dict[str, {}]"
        return TypeRef(
            pattern.format(inner.annotation),
            classes=inner.classes,
            specials=inner.specials,
            uses_datetime=inner.uses_datetime,
        )
    if type_.kind == "union":
        parts = [type_ref(alternative, class_of) for alternative in type_.alternatives]
        classes: list[tuple[str, str]] = []
        for part in parts:
            classes.extend(c for c in part.classes if c not in classes)
        return TypeRef(" | ".join(p.annotation for p in parts), classes=tuple(classes))
    raise ValueError(f"no Python type for {type_}")


def body_ref(type_: Type, method: str, class_of: ClassOf) -> TypeRef:
    """A body parameter: a model also accepts its dict form; a patch (or any other body:
    a dict, or a list of JSON Patch operations) takes anything JSON-encodable."""
    ref = type_ref(type_, class_of)
    if method == "PATCH" or not ref.classes:
        return TypeRef("Any")
    return TypeRef(f"{ref.annotation} | dict[str, Any]", classes=ref.classes, specials=ref.specials)


def response_ref(
    type_: Type | None, action: str | None, class_of: ClassOf
) -> tuple[TypeRef | None, str]:
    """The annotation of a decoded response, and the expression for the runtime's
    ``Op.response`` (a class, a tuple of the classes a delete may answer, ``str`` or
    ``object``: undecoded JSON)."""
    if type_ is None:
        return None, "None"
    ref = type_ref(type_, class_of)
    if type_.kind == "ref":
        return ref, ref.annotation
    if type_.kind == "union" and action in ("delete", "deletecollection"):
        names = ", ".join(type_ref(a, class_of).annotation for a in type_.alternatives)
        return ref, f"({names})"
    if type_.kind in ("special", "union"):
        return ref, "object"
    if type_.kind == "string":
        return ref, "str"
    if type_.kind == "map":
        return TypeRef("dict[str, Any]"), "object"
    return TypeRef("Any"), "object"
