"""Every name the generator produces, in one place.

Python identifiers for fields and parameters, model class names, API class names, module
names and operation method names all come from here, so the official client's naming rules
(and our departures from them) live in one module pinned by tests/test_naming.py.
"""

from __future__ import annotations

import keyword
import re

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

# Words of a camelCase name: a plural acronym (podIPs → pod, IPs; targetWWNs → target, WWNs),
# an acronym before a capitalised word (APIService → API, Service), a capitalised or lower
# word with digits inside (v1beta1, x509), a bare acronym with digits (V1), or digits.
_WORD = re.compile(
    r"[A-Z]{2,}s(?![a-z])"
    r"|[A-Z]+(?=[A-Z][a-z])"
    r"|[A-Z]?[a-z]+(?:[0-9]+[a-z]*)*"
    r"|[A-Z]+[0-9]*"
    r"|[0-9]+"
)


def words(name: str) -> list[str]:
    """Split camelCase, PascalCase, kebab-case or snake_case into words."""
    found: list[str] = []
    for chunk in re.split(r"[^A-Za-z0-9]+", name):
        found.extend(_WORD.findall(chunk))
    return found


def snake(name: str) -> str:
    """snake_case with Kubernetes acronyms kept whole: ``podIPs`` → ``pod_ips``."""
    return "_".join(word.lower() for word in words(name))


def pascal(name: str) -> str:
    """``flowcontrolApiserver_v1`` → ``FlowcontrolApiserverV1``; inner capitals are kept."""
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", name) if part)


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


def field_name(wire: str) -> str:
    name = identifier(wire)
    if name in _SHADOWING:
        return f"{name}_"
    return name


def version_prefix(version: str) -> str:
    """``v1beta1`` → ``V1beta1`` (the official client's class prefix)."""
    return version[:1].upper() + version[1:]


def definition_parts(spec_name: str) -> tuple[str, str, str]:
    """``io.k8s.api.core.v1.Pod`` → (group ``core``, version ``v1``, kind ``Pod``).

    Packages without a version (``io.k8s.apimachinery.pkg.version.Info``) give version "".
    """
    *package, kind = spec_name.split(".")
    last = package[-1] if package else ""
    if re.fullmatch(r"v[0-9]+(?:(?:alpha|beta)[0-9]+)?", last):
        return package[-2], last, kind
    return last, "", kind


def model_module(spec_name: str) -> str:
    """The module of a model: ``core_v1``, ``meta_v1``, ``apiextensions_v1``, ``version``."""
    group, version, _ = definition_parts(spec_name)
    return snake(f"{group}_{version}") if version else snake(group)


def class_names(spec_names: list[str]) -> dict[str, str]:
    """Model class names as the official client: ``V1Pod``; on a clash, ``CoreV1Event``.

    Unversioned packages prefix their package name (``VersionInfo``).
    """
    short: dict[str, str] = {}
    for name in spec_names:
        group, version, kind = definition_parts(name)
        short[name] = f"{version_prefix(version)}{kind}" if version else f"{pascal(group)}{kind}"
    counts: dict[str, int] = {}
    for value in short.values():
        counts[value] = counts.get(value, 0) + 1
    result: dict[str, str] = {}
    for name, value in short.items():
        if counts[value] > 1:
            group, version, kind = definition_parts(name)
            value = f"{pascal(group)}{version_prefix(version)}{kind}"
        result[name] = value
    if len(set(result.values())) != len(result):
        raise ValueError("model class names still collide after prefixing the group")
    return result


def api_class_name(tag: str) -> str:
    """``core_v1`` → ``CoreV1Api``; ``WellKnown`` → ``WellKnownApi``."""
    return f"{pascal(tag)}Api"


def api_module(tag: str) -> str:
    """``flowcontrolApiserver_v1`` → ``flowcontrol_apiserver_v1``."""
    return snake(tag)


def method_name(operation_id: str, tag: str) -> str:
    """The official client's method name: the operationId without its tag, snake_cased.

    ``listCoreV1NamespacedPod`` (tag ``core_v1``) → ``list_namespaced_pod``;
    ``getCodeVersion`` (tag ``version``) → ``get_code``.
    """
    stem = operation_id.replace(pascal(tag), "", 1)
    return snake(stem)


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
