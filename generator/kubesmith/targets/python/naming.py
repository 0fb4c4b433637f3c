"""Every Python name the generator produces, in one place.

Python identifiers for fields and parameters, module names and operation method names come
from here (model and API class names, shared by every target, from :mod:`kubesmith.names`),
so the official client's naming rules (and our departures from them) live in one module
pinned by tests/test_naming.py.
"""

from __future__ import annotations

import keyword

from ...names import (
    api_class_name,
    class_names,
    definition_parts,
    operation_words,
    pascal,
    version_prefix,
    words,
)

__all__ = [
    "ESCAPES",
    "api_class_name",
    "api_module",
    "class_names",
    "definition_parts",
    "field_name",
    "identifier",
    "method_name",
    "model_module",
    "parameter_names",
    "pascal",
    "snake",
    "version_prefix",
    "words",
]

#: wire names whose Python name is not simply their snake_case
ESCAPES: dict[str, str] = {
    "$ref": "_ref",
    "$schema": "_schema",
    "continue": "_continue",
    "except": "_except",
    "exec": "_exec",
    "from": "_from",
    "not": "_not",
}

#: names a field may not take because annotations use them
_SHADOWING = frozenset(
    {"str", "int", "float", "bool", "bytes", "dict", "list", "datetime", "Any", "JSON", "None"}
)


def snake(name: str) -> str:
    """snake_case with Kubernetes acronyms kept whole: ``podIPs`` → ``pod_ips``."""
    return "_".join(word.lower() for word in words(name))


def identifier(wire: str) -> str:
    """The Python attribute or parameter name for a wire name."""
    if wire in ESCAPES:
        return ESCAPES[wire]
    name = snake(wire)
    if not name:
        raise ValueError(f"no Python name for {wire!r}")
    if keyword.iskeyword(name) or keyword.issoftkeyword(name):
        return f"_{name}"
    if name[0].isdigit():
        return f"_{name}"
    return name


def field_name_of_words(split: tuple[str, ...]) -> str:
    """The Python name of a field the model named by words (a case-only clash,
    ``--rename``): ``("proxy", "url", "2")`` → ``proxy_url_2``."""
    return field_name("_".join(split))


def field_name(wire: str) -> str:
    name = identifier(wire)
    if name in _SHADOWING:
        return f"{name}_"
    return name


def model_module(spec_name: str) -> str:
    """The module of a model: ``core_v1``, ``meta_v1``, ``apiextensions_v1``, ``version``."""
    group, version, _ = definition_parts(spec_name)
    return snake(f"{group}_{version}") if version else snake(group)


def api_module(tag: str) -> str:
    """``flowcontrolApiserver_v1`` → ``flowcontrol_apiserver_v1``."""
    name = snake(tag)
    return f"{name}_" if keyword.iskeyword(name) else name


def method_name(operation_id: str, tag: str) -> str:
    """The official client's method name: the operationId without its tag, snake_cased.

    ``listCoreV1NamespacedPod`` (tag ``core_v1``) → ``list_namespaced_pod``;
    ``getCodeVersion`` (tag ``version``) → ``get_code``.
    """
    return method_name_of_words(operation_words(operation_id, tag))


def method_name_of_words(split: tuple[str, ...]) -> str:
    """An operation's method from the model's words: ``("list", "namespaced", "pod")`` →
    ``list_namespaced_pod``; as :func:`identifier`, a keyword or a leading digit gets a
    ``_`` (real specs have neither)."""
    name = "_".join(split)
    return f"_{name}" if keyword.iskeyword(name) or name[:1].isdigit() else name


def parameter_names(wire_names: list[tuple[str, str]]) -> list[str]:
    """Python names of one operation's parameters; a clash gets a ``2`` (``path2``).

    ``wire_names`` holds (wire name, location) with path parameters first.
    """
    names: list[str] = []
    for wire, _location in wire_names:
        name = identifier(wire)
        while name in names:
            name = f"{name}2"
        names.append(name)
    return names
