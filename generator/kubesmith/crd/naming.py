"""Names of what a CRD adds: spec names of its definitions (one family per kind and
version, nested classes named after their path, ``2`` on a clash) and API tags."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..names import pascal
from .manifests import Manifest
from .standard import REF


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

    def spec_name(self, local: str) -> str:
        return f"{self.prefix}{local}"

    def ref(self, local: str) -> str:
        return REF + self.spec_name(local)

    def claim(self, wanted: str) -> str:
        name, counter = wanted, 1
        while name in self.taken:
            counter += 1
            name = f"{wanted}{counter}"
        self.taken.add(name)
        return name


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
