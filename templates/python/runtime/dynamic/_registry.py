"""``(apiVersion, kind)`` → the generated model class, found lazily.

Nothing is imported up front: a lookup imports only the model modules whose class names end
with the kind, and checks the ``_resource`` facts of those classes. Classes generated into
other packages (typed CRD clients) are added with :func:`register_model`.
"""

from __future__ import annotations

import importlib
import threading
from typing import Any, TypeVar

__all__ = ["model_class", "register_model", "registered_models"]

C = TypeVar("C", bound=type)

_lock = threading.Lock()
_registered: dict[tuple[str, str], type] = {}
_found: dict[tuple[str, str], type | None] = {}


def _api_version(info: Any) -> str:
    group = getattr(info, "group", "")
    version = getattr(info, "version", "")
    return f"{group}/{version}" if group else str(version)


def register_model(cls: C) -> C:
    """Make ``cls`` (a model class with ``_resource``) the class of its ``apiVersion`` and
    ``kind`` for the YAML helpers, ``create_from_yaml`` and ``wait``. Usable as a decorator."""
    info = getattr(cls, "_resource", None)
    if info is None:
        raise TypeError(f"{cls.__name__} has no _resource: it is not a served kind")
    with _lock:
        _registered[(_api_version(info), info.kind)] = cls
    return cls


def registered_models() -> dict[tuple[str, str], type]:
    with _lock:
        return dict(_registered)


def model_class(api_version: str, kind: str) -> type | None:
    """The model class of ``kind`` in ``api_version`` (``apps/v1``, ``v1``), or None."""
    key = (api_version, kind)
    with _lock:
        if key in _registered:
            return _registered[key]
        if key in _found:
            return _found[key]
    models: Any = importlib.import_module("..client.models", __package__)
    found: type | None = None
    for name in getattr(models, "__all__", ()):
        if not name.endswith(kind):
            continue
        cls = getattr(models, name, None)
        info = getattr(cls, "_resource", None)
        if info is not None and info.kind == kind and _api_version(info) == api_version:
            found = cls
            break
    with _lock:
        _found[key] = found
    return found
