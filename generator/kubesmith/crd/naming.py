"""Names of what a CRD adds: spec names of its definitions (one family per kind and
version; nested classes get their short names in :mod:`.shapes`), field word splits
(case-only clashes, ``--rename``) and API tags."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import SpecError
from ..names import pascal
from .manifests import Manifest
from .standard import REF

#: a neutral word split (``("proxy", "url")``)
Words = tuple[str, ...]
#: extension keys the conversion writes for :mod:`kubesmith.parse`: a property's neutral
#: words when they are not its wire name's (a case-only clash, ``--rename``), and the
#: allowed values of a string property (the built-in spec's ``enum`` stays documentation)
WORDS = "x-kubesmith-words"
ENUM = "x-kubesmith-enum"
#: the prefix of the provisional names of nested classes, before :mod:`.shapes` names them
NESTED = "~"


class Renames:
    """``--rename GROUP/KIND:json.path=name``: explicit field names, each used at least once.

    ``json.path`` is the property's wire path from the kind (``spec.proxyUrl``,
    ``spec.ports[].name``, ``spec.labels.*.key`` for map values); ``name`` is split into
    neutral words like a wire name (``proxy_url_legacy`` or ``proxyUrlLegacy``).
    """

    def __init__(self, rules: dict[str, str] | None = None) -> None:
        self.rules = dict(rules or {})
        self.used: set[str] = set()

    def take(self, path: str) -> str | None:
        if path in self.rules:
            self.used.add(path)
            return self.rules[path]
        return None

    def unused(self) -> list[str]:
        return sorted(set(self.rules) - self.used)


def parse_renames(specs: list[str]) -> dict[tuple[str, str], dict[str, str]]:
    """``["example.com/Widget:spec.proxyUrl=proxy_url_2"]`` → {(group, kind): {path: name}}."""
    found: dict[tuple[str, str], dict[str, str]] = {}
    for text in specs:
        match = re.fullmatch(r"([a-z0-9.-]+)/([A-Za-z0-9]+):([^=]+)=([A-Za-z_][A-Za-z0-9_]*)", text)
        if match is None:
            raise SpecError(
                "--rename",
                text,
                "expected GROUP/KIND:json.path=name (e.g. example.com/Widget:spec.proxyUrl="
                "proxy_url_2)",
            )
        group, kind, path, name = match.groups()
        found.setdefault((group, kind), {})[path] = name
    return found


def disambiguate(words: dict[str, Words]) -> dict[str, Words]:
    """Properties of one object whose word splits are equal (``proxyURL`` and ``proxyUrl``
    both ``("proxy", "url")``, so one Python ``proxy_url``): in code-point order of their
    wire names the first keeps its words, the n-th gets the word ``n`` (``proxy_url_2``,
    Java ``proxyUrl2``). Wire names stay exact; every target derives its names from these
    words, so all agree."""
    result: dict[str, Words] = {}
    taken: set[Words] = set(words.values())
    by_words: dict[Words, list[str]] = {}
    for wire in sorted(words):
        by_words.setdefault(words[wire], []).append(wire)
    for split, wires in sorted(by_words.items()):
        result[wires[0]] = split
        counter = 1
        for wire in wires[1:]:
            counter += 1
            while (*split, str(counter)) in taken:
                counter += 1
            result[wire] = (*split, str(counter))
            taken.add(result[wire])
    return result


@dataclass
class Family:
    """The definitions of one kind of one version, by local name (``WidgetSpec``)."""

    manifest: Manifest
    group: str
    version: str
    kind: str
    list_kind: str
    #: local name → definition; the kind and its list come first
    definitions: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: local names taken, including the kind and its list (which are added last)
    taken: set[str] = field(default_factory=set)
    prefix: str = ""
    int_or_string: bool = False
    #: provisional name of each nested class → its class path from the kind
    #: (``("Spec", "PortsItem")``)
    paths: dict[str, tuple[str, ...]] = field(default_factory=dict)
    renames: Renames = field(default_factory=Renames)

    @property
    def grouped(self) -> bool:
        """Whether the kind is named with its group (``TenancyExampleIoV1Namespace``)."""
        return self.prefix.endswith(f"_{self.version}.")

    def spec_name(self, local: str) -> str:
        return f"{self.prefix}{local}"

    def ref(self, local: str) -> str:
        return REF + self.spec_name(local)

    def nested(self, path: tuple[str, ...], definition: dict[str, Any]) -> str:
        """Add a nested class under a provisional name; its ``$ref``."""
        local = f"{NESTED}{self.kind}{NESTED}{len(self.paths)}"
        self.paths[local] = path
        self.definitions[local] = definition
        return self.ref(local)


def group_id(group: str) -> str:
    """``cert-manager.io`` → ``cert_manager_io`` (one dotless component of a spec name).

    ``.k8s.io`` is dropped as in the API tags (``gateway.networking.k8s.io`` →
    ``gateway_networking``), so models and API classes share their module name.
    """
    short = group.lower().removesuffix(".k8s.io")
    return "_".join(part for part in re.split(r"[^A-Za-z0-9]+", short) if part)


def tag(group: str, version: str) -> str:
    """The API tag as the API server makes it: ``example.com`` v1 → ``exampleCom_v1``."""
    short = group.removesuffix(".k8s.io")
    parts = [part for part in re.split(r"[^A-Za-z0-9]+", short) if part]
    camel = parts[0].lower() + "".join(p[:1].upper() + p[1:] for p in parts[1:])
    return f"{camel}_{version}"


def class_word(wire: str) -> str:
    return pascal(wire) or "Field"


def rewrite_refs(node: Any, names: dict[str, str]) -> Any:
    """``node`` with every ``$ref`` to a local name of ``names`` pointing at its value."""
    if isinstance(node, dict):
        result = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value[len(REF) :] in names:
                result[key] = REF + names[value[len(REF) :]]
            else:
                result[key] = rewrite_refs(value, names)
        return result
    if isinstance(node, list):
        return [rewrite_refs(item, names) for item in node]
    return node
