"""Waiting for an object, written once: list it, then watch it from the list's
resourceVersion until a check on its JSON is true (``None`` stands for "absent").

No polling: the state comes from one LIST and then from watch events (the watch machinery of
``kubeclient.watch``: resume, bookmarks, 410 relist). The timeout bounds the whole wait: the
watch asks the server to end the stream at the deadline.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any

from ..dynamic._calls import Machine, list_function
from ..dynamic._registry import model_class
from ..dynamic.client import DynamicOps
from ..dynamic.discovery import split_api_version
from ..dynamic.resource import Resource, ResourceField, ResourceInstance
from ..watch._core import Emit, ListPage, WatchConfig, known_entry, object_key, watch_machine

__all__ = [
    "WaitSpec",
    "WaitTimeoutError",
    "condition_check",
    "deleted_check",
    "resolve",
    "typed_object",
    "wait_machine",
]

Check = Callable[[dict[str, Any] | None], bool]


class WaitTimeoutError(TimeoutError):
    """The wait ran out of time. ``last`` is the object as last seen (None: absent)."""

    def __init__(self, message: str, last: Any = None) -> None:
        super().__init__(message)
        self.last = last


@dataclass
class WaitSpec:
    """What to wait for: the object ``name`` in the collection at ``path``."""

    path: str
    name: str
    check: Check
    timeout: float
    #: ``Deployment ns/web``
    what: str
    #: ``to have condition Available=True``
    goal: str
    #: the model class of the kind, if the client has one
    cls: type | None = None


def _conditions(raw: dict[str, Any]) -> list[dict[str, Any]]:
    status = raw.get("status")
    conditions = status.get("conditions") if isinstance(status, dict) else None
    return [c for c in conditions or [] if isinstance(c, dict)]


def condition_check(condition: str, status: str = "True") -> Check:
    """kubectl's ``--for=condition=NAME[=STATUS]``: the condition (name compared without
    case) has the status, and it is not stale (its ``observedGeneration``, else the status's,
    is not older than ``metadata.generation``)."""

    def check(raw: dict[str, Any] | None) -> bool:
        if raw is None:
            return False
        generation = (raw.get("metadata") or {}).get("generation")
        for cond in _conditions(raw):
            if str(cond.get("type", "")).lower() != condition.lower():
                continue
            observed = cond.get("observedGeneration")
            if observed is None:
                observed = (raw.get("status") or {}).get("observedGeneration")
            if generation is not None and observed is not None and observed < generation:
                return False
            return str(cond.get("status", "")).lower() == status.lower()
        return False

    return check


def deleted_check(raw: dict[str, Any] | None) -> bool:
    return raw is None


def typed_object(raw: dict[str, Any] | None, cls: type | None) -> Any:
    """The model (when the kind has a class and the data fits it) or a ResourceInstance."""
    if raw is None:
        return None
    if cls is not None:
        try:
            return cls.from_dict(raw)  # type: ignore[attr-defined]
        except Exception:
            pass
    return ResourceInstance(None, raw)


def _describe(raw: dict[str, Any] | None) -> str:
    if raw is None:
        return "absent"
    conditions = _conditions(raw)
    if not conditions:
        return "present, no conditions"
    shown = []
    for cond in conditions:
        text = f"{cond.get('type')}={cond.get('status')}"
        if cond.get("reason"):
            text += f" ({cond.get('reason')})"
        shown.append(text)
    return "conditions " + ", ".join(shown)


def wait_machine(spec: WaitSpec) -> Generator[Any, Any, dict[str, Any] | None]:
    """The watch commands (``ListPage``, ``Open``, ``ReadLine``, ``Sleep``) of one wait; run
    by a watch runner over ``list_function(api_client, spec.path)``. Returns the object."""
    started = time.monotonic()
    deadline = started + spec.timeout
    selector = f"metadata.name={spec.name}"
    page = yield ListPage({"field_selector": selector})
    items = [item for item in page.get("items") or [] if isinstance(item, dict)]
    current = items[0] if items else None
    if spec.check(current):
        return current
    list_rv = (page.get("metadata") or {}).get("resourceVersion")
    config = WatchConfig(
        name=f"wait for {spec.what}",
        kwargs={"field_selector": selector},
        item_cls=object,
        resource_version=str(list_rv) if list_rv else None,
        deadline=deadline,
    )
    if current is not None:
        # known to the watch, so that a relist after 410 reports its deletion
        config.known[object_key(current)] = known_entry(current)
    machine = watch_machine(config)
    value: Any = None
    error: BaseException | None = None
    try:
        while True:
            try:
                command = machine.throw(error) if error is not None else machine.send(value)
            except StopIteration:
                break
            value, error = None, None
            if isinstance(command, Emit):
                event = command.event
                current = None if event["type"] == "DELETED" else event["raw_object"]
                if spec.check(current):
                    config.stopped = True
                    return current
                continue
            try:
                value = yield command
            except Exception as failure:
                error = failure
    finally:
        machine.close()
    raise WaitTimeoutError(
        f"timed out after {spec.timeout:g}s waiting for {spec.what} {spec.goal} "
        f"(last seen: {_describe(current)})",
        typed_object(current, spec.cls),
    )


# -- what to wait for ------------------------------------------------------------------------


def _from_info(info: Any, name: str, namespace: str | None) -> tuple[str, str]:
    root = f"/apis/{info.group}/{info.version}" if info.group else f"/api/{info.version}"
    if info.namespaced:
        if not namespace:
            raise ValueError(f"{info.kind} {name} is namespaced: a namespace is required")
        return f"{root}/namespaces/{namespace}/{info.plural}", f"{info.kind} {namespace}/{name}"
    return f"{root}/{info.plural}", f"{info.kind} {name}"


def resolve(
    ops: DynamicOps,
    target: Any,
    name: str | None,
    namespace: str | None,
    check: Check,
    timeout: float,
    goal: str,
) -> Machine[WaitSpec]:
    """A :class:`WaitSpec` for ``target``: a model object or class, a dict manifest or
    ResourceInstance (``apiVersion``/``kind``/``metadata``), or a dynamic ``Resource``."""
    if isinstance(target, Resource):
        if not name:
            raise ValueError("waiting on a Resource needs the object's name")
        ns = namespace if target.namespaced else None
        if target.namespaced and not ns:
            raise ValueError(f"{target.kind} {name} is namespaced: a namespace is required")
        what = f"{target.kind} {ns}/{name}" if ns else f"{target.kind} {name}"
        cls = model_class(target.group_version, target.kind)
        return WaitSpec(target.path(namespace=ns), name, check, timeout, what, goal, cls)
    info = getattr(target, "_resource", None)
    if info is not None:
        cls = target if isinstance(target, type) else type(target)
        if not isinstance(target, type):
            meta = getattr(target, "metadata", None)
            name = name or getattr(meta, "name", None)
            namespace = namespace or getattr(meta, "namespace", None)
        if not name:
            raise ValueError(f"waiting on a {info.kind} needs the object's name")
        path, what = _from_info(info, name, namespace)
        return WaitSpec(path, name, check, timeout, what, goal, cls)
    if isinstance(target, ResourceField):
        target = target.to_dict()
    if not isinstance(target, dict):
        raise TypeError(
            "wait needs a model object or class, a manifest dict, a ResourceInstance or a "
            f"dynamic Resource, not {type(target).__name__}"
        )
    api_version, kind = target.get("apiVersion"), target.get("kind")
    if not api_version or not kind:
        raise ValueError("the manifest has no apiVersion or kind")
    meta = target.get("metadata") or {}
    name = name or meta.get("name")
    namespace = namespace or meta.get("namespace")
    if not name:
        raise ValueError(f"waiting on a {kind} needs the object's name")
    cls = model_class(str(api_version), str(kind))
    info = getattr(cls, "_resource", None)
    if info is not None:
        path, what = _from_info(info, name, namespace)
        return WaitSpec(path, name, check, timeout, what, goal, cls)
    group, version = split_api_version(str(api_version))
    resource = yield from ops.discoverer.get(group=group, version=version, kind=kind)
    ns = namespace if resource.namespaced else None
    if resource.namespaced and not ns:
        raise ValueError(f"{kind} {name} is namespaced: a namespace is required")
    what = f"{kind} {ns}/{name}" if ns else f"{kind} {name}"
    return WaitSpec(resource.path(namespace=ns), name, check, timeout, what, goal, None)


@dataclass
class Wait:
    """A command for the machine drivers: run one wait (see :func:`wait_machine`)."""

    spec: WaitSpec

    def run(self, api_client: Any) -> dict[str, Any] | None:
        from ..watch.watch import _Run

        runner = _Run(list_function(api_client, self.spec.path), ())
        machine = wait_machine(self.spec)
        value: Any = None
        error: BaseException | None = None
        try:
            while True:
                try:
                    command = machine.throw(error) if error is not None else machine.send(value)
                except StopIteration as stop:
                    result: dict[str, Any] | None = stop.value
                    return result
                value, error = None, None
                try:
                    value = runner.execute(command)
                except Exception as failure:
                    error = failure
        finally:
            runner.close_response()
            machine.close()

    async def arun(self, api_client: Any) -> dict[str, Any] | None:
        from ..aio.watch import _Run as _AsyncRun

        runner = _AsyncRun(list_function(api_client, self.spec.path), ())
        machine = wait_machine(self.spec)
        value: Any = None
        error: BaseException | None = None
        try:
            while True:
                try:
                    command = machine.throw(error) if error is not None else machine.send(value)
                except StopIteration as stop:
                    result: dict[str, Any] | None = stop.value
                    return result
                value, error = None, None
                try:
                    value = await runner.execute(command)
                except Exception as failure:
                    error = failure
        finally:
            await runner.close_response()
            machine.close()
