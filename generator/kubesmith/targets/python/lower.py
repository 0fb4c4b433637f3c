"""The neutral model → its Python view (:mod:`.model`): names, annotations, defaults as
Python literals, the runtime's response expressions, and the ``apply_*`` operations of
server-side apply with typed apply configurations."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Any

from ...errors import SpecError
from ...model import ClientModel, Definition, Field, GroupVersionKind, Operation
from ...names import lower_words
from . import naming
from .model import (
    ModelModule,
    PyApiGroup,
    PyClient,
    PyDefinition,
    PyField,
    PyOperation,
    PyParameter,
)
from .types import ClassOf, TypeRef, body_ref, response_ref, type_ref


def lower(client: ClientModel) -> PyClient:
    classes = {
        d.spec_name: (naming.model_module(d.spec_name), d.class_name) for d in client.definitions
    }
    class_of: ClassOf = classes.__getitem__
    modules: dict[str, list[PyDefinition]] = defaultdict(list)
    for definition in client.definitions:
        modules[naming.model_module(definition.spec_name)].append(_definition(definition, class_of))
    model_modules = tuple(
        ModelModule(module, tuple(sorted(defs, key=lambda d: d.class_name)))
        for module, defs in sorted(modules.items())
    )
    kinds = _kinds(client.definitions)
    apis = []
    for api in client.apis:
        ops = []
        for operation in api.operations:
            lowered = _operation(operation, class_of)
            ops.append(lowered)
            apply = _apply_operation(lowered, kinds, class_of)
            if apply is not None:
                ops.append(apply)
        apis.append(
            PyApiGroup(
                tag=api.tag,
                class_name=api.class_name,
                module=naming.api_module(api.tag),
                operations=tuple(sorted(ops, key=lambda o: o.name)),
            )
        )
    external: frozenset[str] = frozenset()
    if client.base_package is not None:
        module_of = {name: module for name, (module, _) in classes.items()}
        theirs = {module_of[n] for n in client.external_definitions if n in module_of}
        own = {m for n, m in module_of.items() if n not in client.external_definitions}
        if own & theirs:
            raise SpecError(
                client.source, "", f"CRD modules {sorted(own)} clash with built-in ones"
            )
        external = frozenset(theirs)
    return PyClient(
        package=client.package,
        kubernetes_version=client.kubernetes_version,
        model_modules=model_modules,
        apis=tuple(apis),
        fixups=client.fixups,
        base_package=client.base_package,
        external_modules=external,
        external_tags=client.external_tags,
    )


def _definition(definition: Definition, class_of: ClassOf) -> PyDefinition:
    fields = [_field(field, class_of) for field in definition.fields]
    # two wire names with one Python name (``nat-outgoing`` and ``natOutgoing`` in a CRD):
    # the later one, in wire-name order, gets a ``2`` as clashing parameters do
    seen: set[str] = set()
    for index, item in enumerate(fields):
        python = item.name
        while python in seen:
            python = f"{python}2"
        seen.add(python)
        if python != item.name:
            fields[index] = replace(item, name=python)
    return PyDefinition(
        spec_name=definition.spec_name,
        class_name=definition.class_name,
        module=naming.model_module(definition.spec_name),
        description=definition.description,
        fields=tuple(fields),
        gvks=definition.gvks,
        resource=definition.resource,
        map_type=definition.map_type,
    )


def _field(field: Field, class_of: ClassOf) -> PyField:
    type_ = type_ref(field.type, class_of)
    default, factory = _default(field.default, type_, field.required)
    return PyField(
        name=naming.field_name(field.wire)
        if field.words == lower_words(field.wire)
        else naming.field_name_of_words(field.words),
        wire=field.wire,
        type=type_,
        required=field.required,
        description=field.description,
        default=default,
        default_factory=factory,
        merge=field.merge,
    )


def _default(value: Any, type_: TypeRef, required: bool) -> tuple[str | None, bool]:
    """The default of a required field (the server's zero value): (expression, is_factory).

    Optional fields default to ``None`` (absent) whatever the spec says, so the client never
    sends a value the caller did not set.
    """
    if not required or value is None:
        return None, False
    if value == {}:
        # an empty object of a model type is not a valid model (it may have required fields
        # of its own), so such a field stays required
        return ("dict", True) if type_.annotation.startswith("dict[") else (None, False)
    if value == []:
        return "list", True
    if isinstance(value, bool | int | float | str):
        return repr(value), False
    raise ValueError(f"unsupported default {value!r}")


def _operation(operation: Operation, class_of: ClassOf) -> PyOperation:
    names = naming.parameter_names([(p.wire, p.location) for p in operation.parameters])
    parameters = tuple(
        PyParameter(
            name=name,
            wire=param.wire,
            location=param.location,
            required=param.required,
            type=(
                body_ref(param.type, operation.method, class_of)
                if param.location == "body"
                else type_ref(param.type, class_of)
            ),
            description=param.description,
            multi=param.multi,
        )
        for name, param in zip(names, operation.parameters, strict=True)
    )
    response, response_expr = response_ref(operation.response, operation.action, class_of)
    return PyOperation(
        operation_id=operation.operation_id,
        name=naming.method_name_of_words(operation.words),
        method=operation.method,
        path=operation.path,
        tag=operation.tag,
        action=operation.action,
        gvk=operation.gvk,
        description=operation.description,
        parameters=parameters,
        response=response,
        response_expr=response_expr,
        consumes=operation.consumes,
        produces=operation.produces,
    )


def _kinds(definitions: tuple[Definition, ...]) -> dict[GroupVersionKind, str]:
    """The definition of each top-level kind (one GVK, apiVersion and kind properties)."""
    kinds: dict[GroupVersionKind, str] = {}
    for definition in definitions:
        wires = {field.wire for field in definition.fields}
        if len(definition.gvks) == 1 and {"apiVersion", "kind"} <= wires:
            kinds[definition.gvks[0]] = definition.spec_name
    return kinds


#: patch parameters an apply keeps
_APPLY_KEEPS = frozenset({"dry_run", "field_validation", "force", "pretty"})


def _apply_operation(
    patch: PyOperation, kinds: dict[GroupVersionKind, str], class_of: ClassOf
) -> PyOperation | None:
    """``apply_namespaced_deployment(body, field_manager)`` beside each patch of a kind
    (and of its status): server-side apply of a typed apply configuration, whose
    all-optional fields claim ownership of exactly what the caller set (KEP-2155)."""
    if patch.action != "patch" or patch.gvk not in kinds:
        return None
    if not patch.path.endswith(("/{name}", "/{name}/status")):
        return None
    module, cls = class_of(kinds[patch.gvk])
    body = TypeRef(f"{cls}Apply", classes=((f"apply/{module}", f"{cls}Apply"),))
    params = [
        PyParameter("body", "body", "body", True, body, "the apply configuration"),
        PyParameter(
            "field_manager",
            "fieldManager",
            "query",
            True,
            TypeRef("str"),
            "the manager that owns the fields set in body",
        ),
    ]
    for param in patch.parameters:
        if param.location == "path":
            # taken from body.metadata when not given
            params.append(replace(param, required=False))
        elif param.name in _APPLY_KEEPS:
            params.append(param)
    return replace(
        patch,
        name=patch.name.replace("patch_", "apply_", 1),
        operation_id=f"apply:{patch.operation_id}",
        description=f"server-side apply: {patch.description}",
        parameters=tuple(params),
        consumes=("application/apply-patch+yaml",),
        path_from_body=True,
    )
