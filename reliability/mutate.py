"""Mutations of real documents, drawn from hypothesis so that failures shrink and replay.

Structured mutations (replace a value by one of another type, delete or rename a key, copy a
subtree elsewhere, break a ``$ref``, empty a list) keep most of a document intact, so inputs
get past the first checks and reach deep code; byte mutations (truncate, flip, insert, cut
and splice) exercise the parsers. Every function takes ``hypothesis.strategies.DataObject``
and draws from it, so an example is a sequence of choices hypothesis can shrink.
"""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import strategies as st

__all__ = ["mutate_bytes", "mutate_tree", "scalar", "split_chunks"]

#: values a mutation puts in place of another: every JSON type, odd numbers and strings
_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(["", "0", "-", "null", "1.5", "Z", "v1", "#/definitions/x", "\x00", "é"]),
    st.text(max_size=12),
)


def scalar(data: st.DataObject) -> Any:
    return data.draw(_SCALARS, label="scalar")


def _value(data: st.DataObject) -> Any:
    """A replacement value: a scalar, or a small list or mapping of them."""
    shape = data.draw(st.integers(0, 5), label="shape")
    if shape <= 2:
        return scalar(data)
    if shape == 3:
        return [scalar(data) for _ in range(data.draw(st.integers(0, 3)))]
    if shape == 4:
        return {data.draw(st.text(max_size=8)): scalar(data) for _ in range(2)}
    # deep nesting (below the interpreter's recursion limit, which the JSON/YAML libraries
    # themselves hit: a real document is never nested hundreds deep)
    depth = data.draw(st.integers(1, 300), label="depth")
    value: Any = scalar(data)
    for _ in range(depth):
        value = [value]
    return value


def _containers(tree: Any) -> list[tuple[Any, Any]]:
    """``(container, key)`` of every value in ``tree`` (breadth-first, capped)."""
    found: list[tuple[Any, Any]] = []
    queue = [tree]
    while queue and len(found) < 20000:
        node = queue.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                found.append((node, key))
                if isinstance(value, dict | list):
                    queue.append(value)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                found.append((node, index))
                if isinstance(value, dict | list):
                    queue.append(value)
    return found


def mutate_tree(data: st.DataObject, tree: Any, max_mutations: int = 4) -> Any:
    """A deep copy of ``tree`` (JSON-like) with 1..``max_mutations`` structural mutations."""
    tree = copy.deepcopy(tree)
    for _ in range(data.draw(st.integers(1, max_mutations), label="mutations")):
        places = _containers(tree)
        if not places:
            return _value(data)
        container, key = places[data.draw(st.integers(0, len(places) - 1), label="place")]
        operation = data.draw(
            st.sampled_from(["replace", "delete", "rename", "copy", "ref", "empty", "retype"]),
            label="operation",
        )
        value = container[key]
        if operation == "replace":
            container[key] = _value(data)
        elif operation == "delete":
            del container[key]
        elif operation == "rename" and isinstance(container, dict):
            container[data.draw(st.text(max_size=10), label="new key")] = container.pop(key)
        elif operation == "copy":
            donor, donor_key = places[data.draw(st.integers(0, len(places) - 1), label="donor")]
            container[key] = copy.deepcopy(donor[donor_key])
        elif operation == "ref":
            container[key] = {"$ref": data.draw(st.sampled_from(_REFS), label="ref")}
        elif operation == "empty" and isinstance(value, dict | list):
            value.clear()
        elif operation == "retype":
            container[key] = _retyped(value)
    return tree


_REFS = [
    "#/definitions/nope",
    "#/components/schemas/nope",
    "#/",
    "#",
    "",
    "other.json#/x",
    "#/definitions",
    "#/paths/~1api~1v1",
    "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta/properties",
]


def _retyped(value: Any) -> Any:
    """The same content in another JSON type (a list's items as a mapping and back...)."""
    if isinstance(value, dict):
        return list(value.values())
    if isinstance(value, list):
        return {str(index): item for index, item in enumerate(value)}
    if isinstance(value, str):
        return [value]
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return str(value)
    return {}


def mutate_bytes(data: st.DataObject, blob: bytes, max_mutations: int = 3) -> bytes:
    """``blob`` with 1..``max_mutations`` byte-level mutations."""
    out = bytearray(blob)
    for _ in range(data.draw(st.integers(1, max_mutations), label="byte mutations")):
        size = len(out)
        operation = data.draw(
            st.sampled_from(["truncate", "flip", "insert", "delete", "splice", "dup"]),
            label="byte operation",
        )
        at = data.draw(st.integers(0, size), label="at") if size else 0
        if operation == "truncate":
            del out[at:]
        elif operation == "flip" and at < size:
            out[at] ^= 1 << data.draw(st.integers(0, 7), label="bit")
        elif operation == "insert":
            out[at:at] = data.draw(
                st.sampled_from(
                    [b"\n", b"{", b"}", b"[", b'"', b":", b"\x00", b"\xff", b"\xc3", b"  - ", b"&a"]
                ),
                label="inserted",
            )
        elif operation == "delete" and at < size:
            end = data.draw(st.integers(at, min(size, at + 64)), label="end")
            del out[at:end]
        elif operation == "splice" and size:
            start = data.draw(st.integers(0, size - 1), label="start")
            end = data.draw(st.integers(start, min(size, start + 256)), label="end")
            out[at:at] = out[start:end]
        elif operation == "dup" and at < size:
            out[at:at] = out[at : at + 1] * data.draw(st.integers(1, 64), label="repeat")
    return bytes(out)


def split_chunks(data: st.DataObject, blob: bytes) -> list[bytes]:
    """``blob`` cut into chunks at drawn places (as a network delivers it)."""
    cuts = sorted(
        set(data.draw(st.lists(st.integers(0, max(len(blob), 0)), max_size=12), label="chunk cuts"))
    )
    chunks: list[bytes] = []
    start = 0
    for cut in [*cuts, len(blob)]:
        if cut > start:
            chunks.append(blob[start:cut])
            start = cut
    return chunks
