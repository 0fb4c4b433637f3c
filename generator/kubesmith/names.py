"""Names every target shares: word splits of wire names, and the Kubernetes class names.

Model class names (``V1Pod``, ``CoreV1Event`` on a clash) and API class names
(``CoreV1Api``) are the same in the Kubernetes clients of every language, so they are part
of the model. Everything else a target names (attributes, methods, modules) it derives in
its own ``naming`` module from the lower-case words computed here.
"""

from __future__ import annotations

import re

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
    """Split camelCase, PascalCase, kebab-case or snake_case into words (case kept)."""
    found: list[str] = []
    for chunk in re.split(r"[^A-Za-z0-9]+", name):
        found.extend(_WORD.findall(chunk))
    return found


def lower_words(name: str) -> tuple[str, ...]:
    """The model's neutral split: ``podIPs`` → ``("pod", "ips")``."""
    return tuple(word.lower() for word in words(name))


def pascal(name: str) -> str:
    """``flowcontrolApiserver_v1`` → ``FlowcontrolApiserverV1``; inner capitals are kept."""
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", name) if part)


def version_prefix(version: str) -> str:
    """``v1beta1`` → ``V1beta1`` (the official clients' class prefix)."""
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


def class_names(spec_names: list[str]) -> dict[str, str]:
    """Model class names as the official clients: ``V1Pod``; on a clash, ``CoreV1Event``.

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


def is_class_name(name: str) -> bool:
    """Whether every target can use ``name`` as a class name: ASCII letters, digits and
    ``_``, starting with a capital (so no keyword of Python or Java, bar three)."""
    return bool(re.fullmatch(r"[A-Z][A-Za-z0-9_]*", name)) and name not in _CAPITAL_KEYWORDS


_CAPITAL_KEYWORDS = frozenset({"None", "True", "False"})


def api_class_name(tag: str) -> str:
    """``core_v1`` → ``CoreV1Api``; ``WellKnown`` → ``WellKnownApi``."""
    return f"{pascal(tag)}Api"


def operation_words(operation_id: str, tag: str) -> tuple[str, ...]:
    """The operationId without its tag, split: ``listCoreV1NamespacedPod`` (tag
    ``core_v1``) → ``("list", "namespaced", "pod")``; ``getCodeVersion`` → ``("get", "code")``."""
    return lower_words(operation_id.replace(pascal(tag), "", 1))
