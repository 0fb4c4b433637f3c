"""YAML read the way the Kubernetes API server reads it.

The API server (and kubectl) turn YAML into JSON with sigs.k8s.io/yaml, which resolves plain
scalars with go-yaml v2's rules, then writes JSON. PyYAML's YAML 1.1 schema differs in ways
that break real manifests and CRDs, so every YAML reader of kubesmith (the generator's spec
and CRD readers) and of the generated Python runtime (manifests, typed YAML load,
kubeconfig) uses :class:`Loader`. Checked against a real kube-apiserver by
tests/test_crd_cluster.py (a YAML body sent as ``application/yaml``, read back as JSON):

========================  ==================  ===============================
plain scalar              API server          PyYAML ``safe_load``
========================  ==================  ===============================
``=``                     ``"="``             error (YAML 1.1 ``value`` tag)
``1e3``, ``1.0e+3``       ``1000``            ``"1e3"``, ``1000.0``
``12:30``                 ``"12:30"``         ``750`` (base 60)
``2001-12-14``            ``"2001-12-14"``    ``date(2001, 12, 14)``
``1.0``                   ``1``               ``1.0``
``010``, ``0o10``         ``8``               ``8``, ``"0o10"``
``yes``/``on``/``y``      ``true``            ``True``, ``True``, ``"y"``
========================  ==================  ===============================

So ``yes``/``no``/``on``/``off``/``y``/``n`` (and capitalised forms) are booleans, as the
API server reads them (go-yaml v2), not YAML 1.2 strings: a client that read them as
strings would send what the server itself would never see. A number that JSON writes as an
integer (an integral float below 1e21) is an ``int``, as the server's JSON has it. Mapping
keys that are not strings become strings as sigs.k8s.io/yaml makes them (``true``,
``1``); a null key is an error. Quoted scalars are strings; explicit tags (``!!str``) keep
their meaning.

This module depends on PyYAML only. It is part of the generated runtime
(``<package>/_kubeyaml.py``); the generator reads it through the symbolic link
``generator/kubesmith/kubeyaml.py``, so client and generator read YAML alike.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

__all__ = ["Dumper", "Loader", "dump", "dump_all", "load", "load_all", "scalar"]

_PLAIN = "tag:kubesmith.dev,2024:plain"
_MERGE = "tag:yaml.org,2002:merge"

#: go-yaml v2's resolve table: exact plain scalars with a fixed value
_FIXED: dict[str, Any] = {
    **dict.fromkeys(("y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE"), True),
    **dict.fromkeys(("on", "On", "ON"), True),
    **dict.fromkeys(("n", "N", "no", "No", "NO", "false", "False", "FALSE"), False),
    **dict.fromkeys(("off", "Off", "OFF"), False),
    **dict.fromkeys(("", "~", "null", "Null", "NULL"), None),
    **dict.fromkeys((".nan", ".NaN", ".NAN"), float("nan")),
    **dict.fromkeys((".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"), float("inf")),
    **dict.fromkeys(("-.inf", "-.Inf", "-.INF"), float("-inf")),
}
#: Go's strconv.ParseInt(s, 0, 64) syntax (underscores removed first, as go-yaml does)
_INT = re.compile(
    r"(?P<sign>[-+]?)(?:0[xX](?P<hex>[0-9a-fA-F]+)|0[oO](?P<oct>[0-7]+)|0[bB](?P<bin>[01]+)"
    r"|0(?P<old>[0-7]+)|(?P<dec>[0-9]+))"
)
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
_DOT_FLOAT = re.compile(r"\.[0-9]+(?:[eE][-+]?[0-9]+)?")
_INT64 = (-(2**63), 2**64 - 1)  # int64, then uint64 for positive values


def _number(value: float) -> int | float:
    """A float as the server's JSON has it: integral ones below 1e21 are written as integers."""
    if value == value and abs(value) < 1e21 and value == int(value):
        return int(value)
    return value


def scalar(text: str) -> Any:
    """The value of a plain (unquoted, untagged) scalar, as go-yaml v2 resolves it."""
    if text in _FIXED:
        return _FIXED[text]
    first = text[:1]
    if first == ".":
        return _number(float(text)) if _DOT_FLOAT.fullmatch(text) else text
    if not first or first not in "+-0123456789":
        return text
    plain = text.replace("_", "")
    found = _INT.fullmatch(plain)
    if found is not None:
        digits, base = next(
            (found.group(name), base)
            for name, base in (("hex", 16), ("oct", 8), ("bin", 2), ("old", 8), ("dec", 10))
            if found.group(name) is not None
        )
        number = int(digits, base) * (-1 if found.group("sign") == "-" else 1)
        if _INT64[0] <= number <= _INT64[1] and not (number > 2**63 - 1 and text[0] in "+-"):
            return number
    if _FLOAT.fullmatch(plain):
        return _number(float(plain))
    return text


class Loader(yaml.SafeLoader):
    """PyYAML's safe loader with the API server's scalar resolution (see the module)."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is yaml.ScalarNode and implicit[0]:
            return _MERGE if value == "<<" else _PLAIN
        return super().resolve(kind, value, implicit)  # type: ignore[no-untyped-call]

    def construct_plain(self, node: yaml.ScalarNode) -> Any:
        return scalar(str(node.value))

    def scan_flow_scalar_non_spaces(self, double: bool, start_mark: yaml.Mark) -> Any:
        # PyYAML turns a ``\U`` escape into ``chr(code)`` unchecked: beyond Unicode that is a
        # ValueError, beyond a C int an OverflowError; either is a scanner error with its place
        try:
            return super().scan_flow_scalar_non_spaces(double, start_mark)
        except (ValueError, OverflowError):
            raise yaml.scanner.ScannerError(
                "while scanning a double-quoted scalar",
                start_mark,
                "an escape outside Unicode",
                self.get_mark(),
            ) from None

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        # keys become strings one by one (``1`` and ``true`` are distinct keys, unlike in a
        # Python dict); a later duplicate key wins, as in go-yaml
        if not isinstance(node, yaml.MappingNode):
            raise yaml.constructor.ConstructorError(
                None, None, f"expected a mapping node, but found {node.id}", node.start_mark
            )
        self.flatten_mapping(node)
        mapping: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _key(self.construct_object(key_node, deep=deep), key_node)
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping


def _key(key: Any, node: yaml.Node) -> str:
    """A mapping key as sigs.k8s.io/yaml writes it into JSON."""
    if isinstance(key, str):
        return key
    if isinstance(key, bool):
        return "true" if key else "false"
    if isinstance(key, int):
        return str(key)
    if isinstance(key, float):
        return {"inf": ".inf", "-inf": "-.inf", "nan": ".nan"}.get(repr(key), f"{key:g}")
    raise yaml.constructor.ConstructorError(
        None, None, f"unsupported mapping key {key!r} (JSON keys are strings)", node.start_mark
    )


Loader.add_constructor(_PLAIN, Loader.construct_plain)


class Dumper(yaml.SafeDumper):
    """PyYAML's safe dumper that quotes every string the API server would not read back as
    that string (``y``, ``on``, ``1e3``, ``0o10``): what it writes, :class:`Loader` and the
    server read back unchanged."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is yaml.ScalarNode and implicit[0]:
            if value == "<<":
                return _MERGE
            found = scalar(str(value))
            return _TAGS.get(type(found), "tag:yaml.org,2002:str")
        return super().resolve(kind, value, implicit)  # type: ignore[no-untyped-call]


_TAGS: dict[type, str] = {
    bool: "tag:yaml.org,2002:bool",
    int: "tag:yaml.org,2002:int",
    float: "tag:yaml.org,2002:float",
    type(None): "tag:yaml.org,2002:null",
}


def dump(data: Any, **options: Any) -> str:
    """YAML of ``data`` that reads back unchanged (options as ``yaml.safe_dump``)."""
    return str(yaml.dump(data, Dumper=Dumper, **options))


def dump_all(documents: Any, **options: Any) -> str:
    """YAML of several documents that read back unchanged."""
    return str(yaml.dump_all(documents, Dumper=Dumper, **options))


def load(text: str) -> Any:
    """The one document of ``text`` (``None`` for an empty one)."""
    return yaml.load(text, Loader=Loader)  # a SafeLoader


def load_all(text: str) -> list[Any]:
    """Every document of ``text``, empty ones as ``None``."""
    return list(yaml.load_all(text, Loader=Loader))  # a SafeLoader
