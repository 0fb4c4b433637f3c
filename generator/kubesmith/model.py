"""The language-neutral intermediate model, computed from the fixed spec.

Every target renders from these frozen dataclasses. They hold wire names, neutral word
splits (lower-case words: ``("pod", "ips")``), structured types and JSON values; the class
names of models and API classes (``V1Pod``, ``CoreV1Api``), which the Kubernetes clients of
every language share. Nothing here is specific to one language: each target turns words
into identifiers in its own ``naming`` module and types into its own in ``types``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: ``Type.kind`` values
KINDS = frozenset(
    {"string", "integer", "number", "boolean", "array", "map", "ref", "special", "any", "union"}
)

#: ``Type.special`` values: types whose spec shape is a poor description of their wire form.
#: ``Bytes`` is a base64 string (format ``byte``), ``Time`` an RFC 3339 date-time (the
#: meta/v1 ``Time`` and strings of format ``date-time``), ``RawExtension`` and ``JSON``
#: any JSON value, ``FieldsV1`` a JSON object kept raw, ``Patch`` a patch document.
SPECIALS = frozenset(
    {
        "IntOrString",
        "Quantity",
        "Time",
        "MicroTime",
        "Bytes",
        "RawExtension",
        "JSON",
        "FieldsV1",
        "Patch",
    }
)


@dataclass(frozen=True)
class Type:
    """A structured type: what a value is on the wire, in no language's terms."""

    kind: str  # string | integer | number | boolean | array | map | ref | special | any | union
    #: integer: ``int32`` | ``int64``; number: ``double`` | ``float``; None when the spec
    #: gives none (strings carry none: byte, date-time, int-or-string are specials)
    format: str | None = None
    #: array items, map values (maps always have string keys)
    items: Type | None = None
    #: kind ``ref``: the spec name of a generated definition (``io.k8s.api.core.v1.Pod``)
    ref: str | None = None
    #: kind ``special``: one of :data:`SPECIALS`
    special: str | None = None
    #: kind ``union``: the JSON shapes a value may take (``JSONSchemaPropsOrBool`` is a
    #: schema or a boolean; delete answers the object or a Status)
    alternatives: tuple[Type, ...] = ()
    #: kind ``string``: the allowed values of a custom resource's enum (empty: any string);
    #: a client still decodes a value it does not list (the server may add values)
    enum: tuple[str, ...] = ()

    def refs(self) -> tuple[str, ...]:
        """Spec names of the definitions this type mentions, in order of appearance."""
        if self.kind == "ref" and self.ref is not None:
            return (self.ref,)
        found: list[str] = []
        for inner in (self.items, *self.alternatives):
            if inner is not None:
                found.extend(r for r in inner.refs() if r not in found)
        return tuple(found)


@dataclass(frozen=True)
class MergeInfo:
    """Merge metadata of a field (``x-kubernetes-*``), for patches and apply."""

    list_type: str | None = None
    list_map_keys: tuple[str, ...] = ()
    map_type: str | None = None
    patch_strategy: str | None = None
    patch_merge_key: str | None = None


@dataclass(frozen=True)
class Field:
    wire: str  # JSON name: ``podIPs``
    #: ``("pod", "ips")``; for fields of custom resources that would share a name
    #: (``proxyURL``, ``proxyUrl``) or are renamed (``--rename``) not the wire name's split:
    #: targets name a field from these words when they differ from ``lower_words(wire)``
    words: tuple[str, ...]
    type: Type
    required: bool
    description: str
    #: the spec's default as a JSON value (``""``, ``[]``, ``{}``, ``0``); None: none given
    default: Any = None
    merge: MergeInfo = field(default_factory=MergeInfo)


@dataclass(frozen=True)
class GroupVersionKind:
    group: str
    version: str
    kind: str

    @property
    def api_version(self) -> str:
        return f"{self.group}/{self.version}" if self.group else self.version


@dataclass(frozen=True)
class Resource:
    """Facts about a kind served by the API, derived from its operations' paths."""

    gvk: GroupVersionKind
    plural: str
    namespaced: bool
    verbs: tuple[str, ...]
    subresources: tuple[str, ...]
    list_kind: str | None


@dataclass(frozen=True)
class Definition:
    """One generated model class."""

    spec_name: str  # e.g. io.k8s.api.core.v1.Pod
    class_name: str  # e.g. V1Pod
    description: str
    fields: tuple[Field, ...]  # in wire-name order
    gvks: tuple[GroupVersionKind, ...]
    resource: Resource | None
    map_type: str | None = None


@dataclass(frozen=True)
class Parameter:
    wire: str  # ``labelSelector``; the body parameter is ``body``
    words: tuple[str, ...]  # ``("label", "selector")``
    location: str  # path | query | body
    required: bool  # path parameters always are
    #: the spec's type: a body's schema (a patch body is ``special`` ``Patch``), a query
    #: parameter's scalar or array
    type: Type
    description: str
    #: an array query parameter, sent as one pair per item
    multi: bool = False


@dataclass(frozen=True)
class Operation:
    operation_id: str  # listCoreV1NamespacedPod
    words: tuple[str, ...]  # the operationId without its tag: ("list", "namespaced", "pod")
    method: str  # upper case
    path: str
    tag: str
    action: str | None  # x-kubernetes-action
    gvk: GroupVersionKind | None
    description: str
    #: path parameters, then the other required ones, then the rest; spec order among equals
    parameters: tuple[Parameter, ...]
    #: the decoded success type; ``None`` when there is no body. Delete and deletecollection
    #: of a kind answer a ``union`` of the object (or its list) and ``Status``.
    response: Type | None
    consumes: tuple[str, ...]
    produces: tuple[str, ...]

    @property
    def required_count(self) -> int:
        return sum(1 for param in self.parameters if param.required)


@dataclass(frozen=True)
class ApiGroup:
    """One API class: a group-version (``CoreV1Api``) or a group/legacy tag (``CoreApi``)."""

    tag: str
    class_name: str  # CoreV1Api
    operations: tuple[Operation, ...]  # in operationId order


@dataclass(frozen=True)
class ClientModel:
    """The whole client: what every target renders from."""

    #: the package the user named (``--package-name``); each target places it its own way
    package: str
    kubernetes_version: str | None
    definitions: tuple[Definition, ...]  # in spec-name order
    apis: tuple[ApiGroup, ...]  # in tag order
    fixups: tuple[str, ...]
    #: the spec's file or URL, for error messages of the targets
    source: str = ""
    #: generate only the CRD part, reusing this already generated package's models and
    #: runtime (``kubesmith generate --crd ... --base-package kubeclient``)
    base_package: str | None = None
    #: definitions (spec names) and API tags that belong to the base package
    external_definitions: frozenset[str] = frozenset()
    external_tags: frozenset[str] = frozenset()

    def definition(self, spec_name: str) -> Definition:
        """The definition a ``ref`` type names."""
        return self._by_name()[spec_name]

    def _by_name(self) -> dict[str, Definition]:
        found: dict[str, Definition] | None = self.__dict__.get("_index")
        if found is None:
            found = {d.spec_name: d for d in self.definitions}
            object.__setattr__(self, "_index", found)
        return found
