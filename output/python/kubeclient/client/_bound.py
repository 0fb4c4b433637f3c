"""From a generated API method to what it calls: its :class:`Op` and its API client.

``watch.Watch().stream(api.list_namespaced_pod, ...)`` and
``stream.stream(api.connect_get_namespaced_pod_exec, ...)`` receive a bound method; the
runtime finds the operation behind it without calling it (each generated module keeps its
operations as module constants named ``_<METHOD NAME IN CAPITALS>``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from ._operation import Op

__all__ = ["api_object", "client_of", "item_type", "op_of"]


def op_of(func: Callable[..., Any]) -> Op:
    """The :class:`Op` a generated API method (bound or not) sends."""
    target = getattr(func, "__func__", func)
    name = getattr(target, "__name__", None)
    module = sys.modules.get(getattr(target, "__module__", "") or "")
    op = getattr(module, f"_{name.upper()}", None) if name and module else None
    if not isinstance(op, Op):
        raise TypeError(f"{func!r} is not a generated API method")
    return op


def client_of(func: Callable[..., Any]) -> Any:
    """The API client (sync or asyncio) a bound generated API method sends with."""
    owner = getattr(func, "__self__", None)
    client = getattr(owner, "api_client", None)
    if client is None:
        raise TypeError(f"{func!r} is not a method of an API object")
    return client


def item_type(list_type: Any) -> Any:
    """The item class of a list model (``V1PodList`` → ``V1Pod``); ``object`` if unknown."""
    import typing

    if not isinstance(list_type, type):
        return object
    try:
        hints = typing.get_type_hints(list_type)
    except Exception:
        return object
    items = hints.get("items")
    for arg in typing.get_args(items):
        if isinstance(arg, type) and arg is not type(None):
            return arg
        for inner in typing.get_args(arg):
            if isinstance(inner, type) and inner is not type(None):
                return inner
    return object


def api_object(class_name: str, api_client: Any) -> Any:
    """An API object by class name (``CoordinationV1Api``) for runtime helpers (leader
    election, metrics): looked up when used, so a package generated from a spec without
    that group still imports and type-checks."""
    from . import api

    return getattr(api, class_name)(api_client)
