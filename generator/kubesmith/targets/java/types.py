"""Neutral :class:`kubesmith.model.Type` → Java type, codec expression and imports.

The mapping is client-java's (docs/java-target.md): int32 ``Integer``, int64 ``Long``,
Time/MicroTime ``OffsetDateTime``, byte ``byte[]``, free-form JSON ``Object`` …
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kubesmith.model import Type

CUSTOM = "dev.kubesmith.kubeclient.custom"

#: special → (Java type, codec, import)
_SPECIALS: dict[str, tuple[str, str, str | None]] = {
    "IntOrString": ("IntOrString", "Codecs.INT_OR_STRING", f"{CUSTOM}.IntOrString"),
    "Quantity": ("Quantity", "Codecs.QUANTITY", f"{CUSTOM}.Quantity"),
    "Time": ("OffsetDateTime", "Codecs.TIME", "java.time.OffsetDateTime"),
    "MicroTime": ("OffsetDateTime", "Codecs.MICRO_TIME", "java.time.OffsetDateTime"),
    "Bytes": ("byte[]", "Codecs.BYTES", None),
    "RawExtension": ("Object", "Codecs.ANY", None),
    "JSON": ("Object", "Codecs.ANY", None),
    "FieldsV1": ("Object", "Codecs.ANY", None),
    "Patch": ("V1Patch", "Codecs.ANY", f"{CUSTOM}.V1Patch"),
}

_SCALARS: dict[tuple[str, str | None], tuple[str, str]] = {
    ("string", None): ("String", "Codecs.STRING"),
    ("boolean", None): ("Boolean", "Codecs.BOOLEAN"),
    ("integer", None): ("Integer", "Codecs.INT32"),
    ("integer", "int32"): ("Integer", "Codecs.INT32"),
    ("integer", "int64"): ("Long", "Codecs.INT64"),
    ("number", None): ("Double", "Codecs.DOUBLE"),
    ("number", "double"): ("Double", "Codecs.DOUBLE"),
    ("number", "float"): ("Float", "Codecs.FLOAT"),
}


@dataclass(frozen=True)
class JavaType:
    """How a neutral type looks in Java."""

    name: str  # ``List<V1Container>``
    codec: str  # ``Codecs.listOf(V1Container.CODEC)``
    imports: frozenset[str]
    #: a generated model class (``V1ObjectMeta``) when the type is one
    model: str | None = None
    #: list/map item type when the type is ``List<T>``/``Map<String, T>``
    item: JavaType | None = None
    container: str | None = None  # "list" | "map"

    @property
    def is_array(self) -> bool:
        return self.name == "byte[]"


def java_type(type_: Type, class_name: Callable[[str], str]) -> JavaType:
    """``class_name`` gives the model class of a spec name (``V1Pod``)."""
    kind = type_.kind
    if kind == "ref":
        assert type_.ref is not None
        cls = class_name(type_.ref)
        return JavaType(cls, f"{cls}.CODEC", frozenset(), model=cls)
    if kind == "special":
        assert type_.special is not None
        name, codec, imported = _SPECIALS[type_.special]
        return JavaType(name, codec, frozenset({imported} if imported else ()))
    if kind in ("array", "map"):
        inner = java_type(type_.items or Type("any"), class_name)
        if kind == "array":
            return JavaType(
                f"List<{inner.name}>",
                f"Codecs.listOf({inner.codec})",
                inner.imports | {"java.util.List"},
                item=inner,
                container="list",
            )
        return JavaType(
            f"Map<String, {inner.name}>",
            f"Codecs.mapOf({inner.codec})",
            inner.imports | {"java.util.Map"},
            item=inner,
            container="map",
        )
    if kind in ("any", "union"):
        # free-form JSON, and the JSONSchemaPropsOr* unions told apart by shape: ``Object``
        # holding a Map/List/String/Number/Boolean, as client-java
        return JavaType("Object", "Codecs.ANY", frozenset())
    scalar = _SCALARS.get((kind, type_.format)) or _SCALARS.get((kind, None))
    if scalar is None:
        raise ValueError(f"no Java type for {type_}")
    return JavaType(scalar[0], scalar[1], frozenset())


def reflect_type(java: JavaType) -> str:
    """The ``java.lang.reflect.Type`` expression the runtime decodes a response with."""
    if java.container is not None:
        return "Object.class"  # no operation answers a bare list or map
    return f"{java.name}.class"
