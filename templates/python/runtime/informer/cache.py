"""``ObjectCache``: the store of the official client's ``SharedInformer``.

Kept by :class:`kubeclient.informer.SharedInformer` from the events of kubeclient's
informer; any thread may read it.
"""

from __future__ import annotations

import builtins
import threading
from collections.abc import Callable, Iterable
from typing import Any

__all__ = ["ObjectCache"]


def _meta_namespace_key(obj: Any) -> str:
    """``namespace/name``, or ``name`` for a cluster-scoped object (models or dicts)."""
    meta = obj.get("metadata") if isinstance(obj, dict) else getattr(obj, "metadata", None)
    if meta is None:
        return ""
    if isinstance(meta, dict):
        namespace, name = meta.get("namespace") or "", meta.get("name") or ""
    else:
        namespace, name = meta.namespace or "", meta.name or ""
    return f"{namespace}/{name}" if namespace else name


class ObjectCache:
    """key (``key_func(obj)``, default ``namespace/name``) → the latest object."""

    def __init__(self, key_func: Callable[[Any], str] | None = None) -> None:
        self._key_func = key_func or _meta_namespace_key
        self._objects: dict[str, Any] = {}
        self._rlock = threading.RLock()

    def _put(self, obj: Any) -> bool:
        """Store ``obj``; True if its key was new."""
        key = self._key_func(obj)
        with self._rlock:
            new = key not in self._objects
            self._objects[key] = obj
        return new

    def _remove(self, obj: Any) -> None:
        with self._rlock:
            self._objects.pop(self._key_func(obj), None)

    def _replace_all(self, objects: Iterable[Any]) -> None:
        rebuilt = {self._key_func(obj): obj for obj in objects}
        with self._rlock:
            self._objects = rebuilt

    def list(self) -> builtins.list[Any]:
        """A snapshot of every cached object."""
        with self._rlock:
            return builtins.list(self._objects.values())

    def list_keys(self) -> builtins.list[str]:
        with self._rlock:
            return builtins.list(self._objects)

    def get(self, obj: Any) -> Any:
        """The cached copy of ``obj`` (by its key), or None."""
        return self.get_by_key(self._key_func(obj))

    def get_by_key(self, key: str) -> Any:
        with self._rlock:
            return self._objects.get(key)
