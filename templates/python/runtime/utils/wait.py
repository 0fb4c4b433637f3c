"""Waiting as ``kubectl wait`` does, built on watch (no polling), sync.

.. code-block:: python

    from kubeclient.utils import wait

    wait.for_condition(api_client, deployment, "Available", timeout=120)
    wait.for_condition(api_client, client.V1CustomResourceDefinition, "Established",
                       name="widgets.example.com")
    wait.for_deletion(api_client, pod, timeout=60)
    wait.until(api_client, job, lambda j: j.status.succeeded == 1)

The target is a model object (its name and namespace are used), a model class with
``name=``/``namespace=``, a manifest dict or ``ResourceInstance``, or a dynamic ``Resource``
with ``name=``/``namespace=``. ``api_client`` is an ``ApiClient`` or a ``DynamicClient``
(whose discovery is then reused for kinds without a model class). A wait that runs out of
time raises :class:`WaitTimeoutError` (a ``TimeoutError``) naming the object, the goal and
what was last seen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..dynamic._calls import drive
from ..dynamic.client import DynamicClient, DynamicOps
from ._wait import Check, Wait, WaitTimeoutError, condition_check, deleted_check, resolve
from ._wait import typed_object as _typed

__all__ = ["WaitTimeoutError", "for_condition", "for_deletion", "until"]

DEFAULT_TIMEOUT = 60.0


def _ops(api_client: Any) -> DynamicOps:
    return api_client if isinstance(api_client, DynamicOps) else DynamicClient(api_client)


def _wait(
    api_client: Any,
    target: Any,
    name: str | None,
    namespace: str | None,
    check: Check,
    timeout: float,
    goal: str,
) -> Any:
    ops = _ops(api_client)
    spec = drive(resolve(ops, target, name, namespace, check, timeout, goal), ops.client)
    return _typed(Wait(spec).run(ops.client), spec.cls)


def for_condition(
    api_client: Any,
    target: Any,
    condition: str,
    *,
    status: str = "True",
    name: str | None = None,
    namespace: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> Any:
    """Wait until the object exists and has ``condition`` (``Available``, ``Ready``,
    ``Established``, ``Complete`` …) with ``status``; return the object (a model when the
    kind has a class, else a ``ResourceInstance``)."""
    check = condition_check(condition, status)
    goal = f"to have condition {condition}={status}"
    return _wait(api_client, target, name, namespace, check, timeout, goal)


def for_deletion(
    api_client: Any,
    target: Any,
    *,
    name: str | None = None,
    namespace: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> None:
    """Wait until the object no longer exists (at once if it does not)."""
    _wait(api_client, target, name, namespace, deleted_check, timeout, "to be deleted")


def until(
    api_client: Any,
    target: Any,
    predicate: Callable[[Any], bool],
    *,
    name: str | None = None,
    namespace: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    description: str = "to satisfy the predicate",
) -> Any:
    """Wait until the object exists and ``predicate(obj)`` is true (``obj`` as returned:
    a model or a ``ResourceInstance``); return it."""
    ops = _ops(api_client)
    machine = resolve(ops, target, name, namespace, deleted_check, timeout, description)
    spec = drive(machine, ops.client)
    cls = spec.cls

    def check(raw: dict[str, Any] | None) -> bool:
        return raw is not None and bool(predicate(_typed(raw, cls)))

    spec.check = check
    return _typed(Wait(spec).run(ops.client), cls)
