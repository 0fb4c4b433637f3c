"""Server-side apply with typed apply configurations: what ``apply_*`` methods and
``apply.extract`` need at run time.

An apply configuration is a model whose fields are all optional, so an apply sends — and
claims ownership of — exactly the fields the caller set (KEP-2155).
"""

from __future__ import annotations

import importlib
import json
from typing import Any

from . import _serde
from ._model import Model
from ._operation import Op

__all__ = ["extract", "path_from_body"]


def path_from_body(op: Op, args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any]:
    """Fill ``name``/``namespace`` of an ``apply_*`` call from the body's metadata."""
    body = args[0] if args else kwargs.get("body")
    metadata = body.get("metadata") if isinstance(body, dict) else getattr(body, "metadata", None)
    if metadata is None:
        return kwargs
    found = (
        dict(metadata)
        if isinstance(metadata, dict)
        else {
            "name": getattr(metadata, "name", None),
            "namespace": getattr(metadata, "namespace", None),
        }
    )
    filled = dict(kwargs)
    for param in op.params:
        if param.location == "path" and filled.get(param.name) is None:
            value = found.get(param.name)
            if value is None:
                raise TypeError(f"{op.name}() needs {param.name}: set body.metadata.{param.name}")
            filled[param.name] = value
    return filled


def extract(obj: Model, field_manager: str, subresource: str = "") -> Any:
    """The apply configuration holding exactly the fields ``field_manager`` owns in ``obj``.

    Reads ``metadata.managedFields`` (the ``Apply`` entries of that manager for
    ``subresource``), keeps those fields of the object, and returns them as the kind's
    apply configuration — ready to modify and apply again without dropping ownership of
    anything (client-go's ``Extract<Kind>``).
    """
    wire: dict[str, Any] = _serde.to_wire(obj)
    owned: dict[str, Any] = {}
    for entry in (wire.get("metadata") or {}).get("managedFields") or []:
        if (
            entry.get("manager") == field_manager
            and entry.get("operation") == "Apply"
            and (entry.get("subresource") or "") == subresource
        ):
            _merge(owned, entry.get("fieldsV1") or {})
    # an empty set owns nothing (inside the trie, an empty node means "the whole value")
    projected = _project(wire, owned) if owned else {}
    if not isinstance(projected, dict):
        projected = {}
    metadata = wire.get("metadata") or {}
    projected["apiVersion"] = wire.get("apiVersion")
    projected["kind"] = wire.get("kind")
    kept = projected.setdefault("metadata", {})
    for key in ("name", "namespace"):
        if metadata.get(key) is not None:
            kept[key] = metadata[key]
    return _serde.convert(projected, _apply_class(type(obj)))


def _apply_class(model: type) -> type:
    module = model.__module__.replace(".models.", ".apply.")
    found: type = getattr(importlib.import_module(module), f"{model.__name__}Apply")
    return found


def _merge(into: dict[str, Any], trie: dict[str, Any]) -> None:
    for key, child in trie.items():
        _merge(into.setdefault(key, {}), child)


def _project(value: Any, trie: dict[str, Any]) -> Any:
    """The part of a wire value that a fieldsV1 set covers."""
    if not trie or set(trie) == {"."}:
        return value  # the whole value is owned
    if isinstance(value, dict):
        result = {}
        for key, child in trie.items():
            if key.startswith("f:") and key[2:] in value:
                result[key[2:]] = _project(value[key[2:]], child)
        return result
    if isinstance(value, list):
        items = []
        for key, child in trie.items():
            if key.startswith("k:"):
                wanted = json.loads(key[2:])
                for item in value:
                    if isinstance(item, dict) and all(item.get(k) == v for k, v in wanted.items()):
                        projected = _project(item, child)
                        items.append(
                            {**wanted, **projected} if isinstance(projected, dict) else item
                        )
            elif key.startswith("v:"):
                items.append(json.loads(key[2:]))
            elif key.startswith("i:") and int(key[2:]) < len(value):
                items.append(_project(value[int(key[2:])], child))
        return items
    return value
