"""The typed intermediate model: what the templates render, computed from the fixed spec.

Everything here is a frozen dataclass holding final values (Python names included), so
rendering needs no decisions and the same spec always gives the same model.
"""

from __future__ import annotations

from dataclasses import dataclass, field


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
    name: str  # Python attribute
    wire: str  # JSON name
    type: TypeRef
    required: bool
    description: str
    #: Python literal of the default for required fields that have one (``""``), or with
    #: ``default_factory`` the callable building it (``V1ObjectMeta``, ``list``)
    default: str | None = None
    default_factory: bool = False
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
    module: str  # e.g. core_v1
    description: str
    fields: tuple[Field, ...]
    gvks: tuple[GroupVersionKind, ...]
    resource: Resource | None
    map_type: str | None = None


@dataclass(frozen=True)
class Parameter:
    name: str  # Python
    wire: str
    location: str  # path | query | body
    required: bool
    type: TypeRef
    description: str
    multi: bool = False


@dataclass(frozen=True)
class Operation:
    operation_id: str
    name: str  # Python method name, as the official client
    method: str  # upper case
    path: str
    tag: str
    action: str | None
    gvk: GroupVersionKind | None
    description: str
    #: required parameters first (positional), then the rest (keyword-only)
    parameters: tuple[Parameter, ...]
    #: the decoded success type; ``None`` when there is no body
    response: TypeRef | None
    #: Python expression for the runtime's ``Op.response``
    response_expr: str
    consumes: tuple[str, ...]
    produces: tuple[str, ...]
    #: server-side apply of a typed apply configuration: ``name`` and ``namespace`` default
    #: to the body's metadata
    path_from_body: bool = False

    @property
    def required_count(self) -> int:
        return sum(1 for param in self.parameters if param.required)

    @property
    def is_patch(self) -> bool:
        return self.method == "PATCH"


@dataclass(frozen=True)
class ApiGroup:
    """One API class: a group-version (``CoreV1Api``) or a group/legacy tag (``CoreApi``)."""

    tag: str
    class_name: str  # CoreV1Api
    module: str  # core_v1
    operations: tuple[Operation, ...]


@dataclass(frozen=True)
class ModelModule:
    module: str
    definitions: tuple[Definition, ...]


@dataclass(frozen=True)
class ClientModel:
    """The whole client: what every template is rendered from."""

    package: str
    kubernetes_version: str | None
    model_modules: tuple[ModelModule, ...]
    apis: tuple[ApiGroup, ...]
    fixups: tuple[str, ...]
    #: generate only the CRD part, reusing this already generated package's models and
    #: runtime (``kubesmith generate --crd ... --base-package kubeclient``)
    base_package: str | None = None
    #: model modules and API tags that belong to the base package (not generated here)
    external_modules: frozenset[str] = frozenset()
    external_tags: frozenset[str] = frozenset()

    @property
    def definitions(self) -> tuple[Definition, ...]:
        return tuple(d for module in self.model_modules for d in module.definitions)
