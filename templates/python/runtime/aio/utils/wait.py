"""Waiting as ``kubectl wait`` does, built on watch (no polling), asyncio: the twin of
``kubeclient.utils.wait`` (same targets, same errors), with an ``AsyncApiClient`` or the
asyncio ``DynamicClient``.

.. code-block:: python

    from kubeclient.aio.utils import wait

    await wait.for_condition(api_client, deployment, "Available", timeout=120)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ...dynamic._calls import adrive
from ...dynamic.client import DynamicOps
from ...utils._wait import Check, Wait, WaitTimeoutError, condition_check, deleted_check, resolve
from ...utils._wait import typed_object as _typed
from ..dynamic import DynamicClient

__all__ = ["WaitTimeoutError", "for_condition", "for_deletion", "until"]

DEFAULT_TIMEOUT = 60.0


def _ops(api_client: Any) -> DynamicOps:
    return api_client if isinstance(api_client, DynamicOps) else DynamicClient(api_client)


async def _wait(
    api_client: Any,
    target: Any,
    name: str | None,
    namespace: str | None,
    check: Check,
    timeout: float,
    goal: str,
) -> Any:
    ops = _ops(api_client)
    spec = await adrive(resolve(ops, target, name, namespace, check, timeout, goal), ops.client)
    return _typed(await Wait(spec).arun(ops.client), spec.cls)


async def for_condition(
    api_client: Any,
    target: Any,
    condition: str,
    *,
    status: str = "True",
    name: str | None = None,
    namespace: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> Any:
    """See ``kubeclient.utils.wait.for_condition``."""
    check = condition_check(condition, status)
    goal = f"to have condition {condition}={status}"
    return await _wait(api_client, target, name, namespace, check, timeout, goal)


async def for_deletion(
    api_client: Any,
    target: Any,
    *,
    name: str | None = None,
    namespace: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> None:
    """See ``kubeclient.utils.wait.for_deletion``."""
    await _wait(api_client, target, name, namespace, deleted_check, timeout, "to be deleted")


async def until(
    api_client: Any,
    target: Any,
    predicate: Callable[[Any], bool],
    *,
    name: str | None = None,
    namespace: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    description: str = "to satisfy the predicate",
) -> Any:
    """See ``kubeclient.utils.wait.until`` (``predicate`` is a plain function)."""
    ops = _ops(api_client)
    machine = resolve(ops, target, name, namespace, deleted_check, timeout, description)
    spec = await adrive(machine, ops.client)
    cls = spec.cls

    def check(raw: dict[str, Any] | None) -> bool:
        return raw is not None and bool(predicate(_typed(raw, cls)))

    spec.check = check
    return _typed(await Wait(spec).arun(ops.client), cls)
