"""The Python view of the model: the neutral model with every Python name, annotation and
expression decided (by :mod:`.lower`), so rendering needs no decisions."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...model import GroupVersionKind, MergeInfo, Resource
from .types import TypeRef


@dataclass(frozen=True)
class PyField:
    name: str  # Python attribute
    wire: str  # JSON name
    type: TypeRef
    required: bool
    description: str
    #: Python literal of the default for required fields that have one (``""``), or with
    #: ``default_factory`` the callable building it (``dict``, ``list``)
    default: str | None = None
    default_factory: bool = False
    merge: MergeInfo = field(default_factory=MergeInfo)


@dataclass(frozen=True)
class PyDefinition:
    """One generated model class."""

    spec_name: str  # e.g. io.k8s.api.core.v1.Pod
    class_name: str  # e.g. V1Pod
    module: str  # e.g. core_v1
    description: str
    fields: tuple[PyField, ...]
    gvks: tuple[GroupVersionKind, ...]
    resource: Resource | None
    map_type: str | None = None


@dataclass(frozen=True)
class PyParameter:
    name: str  # Python
    wire: str
    location: str  # path | query | body
    required: bool
    type: TypeRef
    description: str
    multi: bool = False


@dataclass(frozen=True)
class PyOperation:
    operation_id: str
    name: str  # Python method name, as the official client
    method: str  # upper case
    path: str
    tag: str
    action: str | None
    gvk: GroupVersionKind | None
    description: str
    #: required parameters first (positional), then the rest (keyword-only)
    parameters: tuple[PyParameter, ...]
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
class PyApiGroup:
    """One API module: ``CoreV1Api`` and its asyncio twin."""

    tag: str
    class_name: str  # CoreV1Api
    module: str  # core_v1
    operations: tuple[PyOperation, ...]  # in method-name order


@dataclass(frozen=True)
class ModelModule:
    module: str
    definitions: tuple[PyDefinition, ...]


@dataclass(frozen=True)
class PyClient:
    """The whole Python client: what every Python template is rendered from."""

    package: str
    kubernetes_version: str | None
    model_modules: tuple[ModelModule, ...]
    apis: tuple[PyApiGroup, ...]
    fixups: tuple[str, ...]
    #: a CRD-only package reusing this base package's models and runtime
    base_package: str | None = None
    #: model modules and API tags that belong to the base package (not generated here)
    external_modules: frozenset[str] = frozenset()
    external_tags: frozenset[str] = frozenset()

    @property
    def definitions(self) -> tuple[PyDefinition, ...]:
        return tuple(d for module in self.model_modules for d in module.definitions)
