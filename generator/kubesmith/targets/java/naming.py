"""Every Java name of the Java target, in one place (pinned by tests/test_java_target.py).

client-java's names are the contract (moving code over means changing imports only), so
fields and parameters keep their wire names (``podIPs``, ``_continue``), operation methods
are the operationId without its tag (``listNamespacedPod``, ``getAPIResources``), and
builder methods follow sundrio (``withNewMetadata``, ``addNewContainer``).
"""

from __future__ import annotations

import re

from kubesmith.names import pascal

#: Java keywords and literals: an identifier equal to one gets a ``_`` prefix, as client-java
#: does (``_continue``, ``_default``, ``_enum``)
RESERVED = frozenset(
    """abstract assert boolean break byte case catch char class const continue default do
    double else enum extends final finally float for goto if implements import instanceof
    int interface long native new package private protected public return short static
    strictfp super switch synchronized this throw throws transient try void volatile while
    true false null var yield record sealed permits non-sealed""".split()
)

#: plural list-field names whose singular is not found by the rules below (sundrio's
#: ``addNewX`` takes the singular)
IRREGULAR_SINGULARS: dict[str, str] = {
    "aliases": "alias",
    "addresses": "address",
    "statuses": "status",
    "causes": "cause",
    "cases": "case",
    "leases": "lease",
    "responses": "response",
    "licenses": "license",
    "releases": "release",
    "bases": "base",
    "phases": "phase",
    "clauses": "clause",
    "purposes": "purpose",
    "uses": "use",
    "data": "data",
    "metadata": "metadata",
    "criteria": "criterion",
    "indices": "index",
    "prefixes": "prefix",
    "suffixes": "suffix",
    "matches": "match",
    "patches": "patch",
    "searches": "search",
    "branches": "branch",
    "caches": "cache",
}


def identifier(wire: str) -> str:
    """A Java field or parameter name for a wire name: ``podIPs``, ``_continue``, ``$ref``,
    ``xKubernetesListType`` (from ``x-kubernetes-list-type``)."""
    parts = [p for p in re.split(r"[^A-Za-z0-9_$]+", wire) if p]
    if not parts:
        raise ValueError(f"no Java name for {wire!r}")
    name = parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])
    if name in RESERVED or name[0].isdigit():
        return f"_{name}"
    return name


def accessor_stem(name: str) -> str:
    """What follows ``get``/``set``: ``podIPs`` → ``PodIPs``, ``_continue`` → ``Continue``,
    ``$ref`` → ``$Ref``; a name whose second letter is a capital keeps its first letter
    (``xKubernetesListType`` → ``xKubernetesListType``), as openapi-generator does."""
    bare = name.lstrip("_")
    if bare.startswith("$"):
        return "$" + bare[1:2].upper() + bare[2:]
    if len(bare) > 1 and bare[1].isupper():
        return bare
    return bare[:1].upper() + bare[1:]


def fluent_stem(name: str) -> str:
    """What follows ``with``/``addTo``/``withNew`` in a builder: ``metadata`` → ``Metadata``,
    ``xKubernetesListType`` → ``XKubernetesListType``, ``$ref`` → ``Ref`` (sundrio)."""
    bare = name.lstrip("_$")
    return bare[:1].upper() + bare[1:]


def singular(stem: str) -> str:
    """The singular of a list field's builder stem: ``Containers`` → ``Container``,
    ``HostAliases`` → ``HostAlias``, ``Policies`` → ``Policy``, ``Env`` → ``Env``."""
    head, last = _last_word(stem)
    lower = last.lower()
    if lower in IRREGULAR_SINGULARS:
        one = IRREGULAR_SINGULARS[lower]
    elif lower.endswith("ies") and len(lower) > 3:
        one = lower[:-3] + "y"
    elif lower.endswith(("sses", "shes", "ches", "xes", "zzes")):
        one = lower[:-2]
    elif lower.endswith("s") and not lower.endswith(("ss", "us", "is")) and len(lower) > 1:
        one = lower[:-1]
    else:
        one = lower
    if len(last) > 2 and last.endswith("s") and last[:-1].isupper():
        return head + last[:-1]  # an acronym's plural: IPs → IP, CIDRs → CIDR
    if last.isupper():
        return head + last
    return head + last[:1] + one[1:]


def _last_word(stem: str) -> tuple[str, str]:
    found = re.search(r"([A-Z]{2,}s|[A-Z][a-z0-9]*|[a-z0-9]+)$", stem)
    if found is None:
        return "", stem
    return stem[: found.start()], found.group(1)


def method_name(operation_id: str, tag: str) -> str:
    """client-java's method: the operationId without its tag, first letter lower-case.

    ``listCoreV1NamespacedPod`` (tag ``core_v1``) → ``listNamespacedPod``;
    ``getCoreV1APIResources`` → ``getAPIResources``; ``getCodeVersion`` → ``getCode``.
    """
    stem = operation_id.replace(pascal(tag), "", 1)
    # characters no Java name may hold join words, as in identifier() (real ids have none)
    parts = [p for p in re.split(r"[^A-Za-z0-9_$]+", stem) if p]
    stem = "".join(p[:1].upper() + p[1:] for p in parts)
    name = stem[:1].lower() + stem[1:]
    return f"_{name}" if name in RESERVED or name[:1].isdigit() else name


def request_class(method: str) -> str:
    """client-java's request object of the current call style: ``APIlistNamespacedPodRequest``."""
    return f"API{method}Request"


def parameter_names(wires: list[str]) -> list[str]:
    """Java names of one operation's parameters (path ones first); a clash gets a ``2``
    (the proxy operations' ``path`` path and query parameters: ``path``, ``path2``)."""
    names: list[str] = []
    for wire in wires:
        name = identifier(wire)
        while name in names:
            name = f"{name}2"
        names.append(name)
    return names
