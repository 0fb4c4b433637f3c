"""Nested classes of custom resources: built-in types reused, equal shapes shared, short
names.

Once every kind is converted (nested objects under provisional names, with their class
path from the kind), the nested classes of each group-version are settled here, in three
steps that depend only on the schemas (never on file order):

1. **Built-in types.** A nested object whose shape is a built-in definition's (CRD
   generators embed ``corev1.Container``, ``Affinity``, ``ResourceRequirements`` …
   verbatim) is that built-in class (``V1Container``; with ``--base-package`` the base
   package's). Shapes compare property names, required properties and types, recursively;
   descriptions, defaults, enums, validations and merge metadata are ignored;
   ``IntOrString`` and ``Quantity`` are one shape (a CRD has ``x-kubernetes-int-or-string``
   for both), and so are ``Time`` and a ``date-time`` string. An equal shape is not
   enough (a hand-written ``{type, status, reason, message}`` condition is not a
   ``NamespaceCondition``): at least half of the properties must also be documented as
   the built-in's (CRD generators copy the text), or the built-in's name must be made of
   the words of the property's name (``container`` → ``Container``, plurals singular).
   When several qualify (``SecretKeySelector`` and ``ConfigMapKeySelector`` are both
   ``{key, name, optional}``), the one with the most equal texts is taken, none on a tie.
2. **Equal shapes.** Nested objects of one group-version that are equal (as above, but
   with enums, defaults of required fields, merge metadata and field words compared too)
   are one class: the one met first in (kind, path length, path) order.
3. **Short names.** A class is named after its kind and the shortest suffix of its class
   path that no other class of the kind ends with (``Prometheus`` + ``Storage``, not the
   whole path ``SpecStorage``); a name already taken (a kind, a list kind, a built-in
   class, another class) takes a longer suffix, then the whole path, then ``2``, ``3`` ….
   Path parts are the properties in PascalCase, with ``Item`` for array items and
   ``Value`` for map values (``PortsItem``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ..names import lower_words, version_prefix
from .naming import ENUM, NESTED, WORDS, Family, rewrite_refs
from .standard import INT_OR_STRING, QUANTITY, REF, TIMES

Key = tuple[Any, ...]


@dataclass
class Outcome:
    """What the step did, for the summary of ``kubesmith generate``."""

    #: nested classes that became another, equal one
    deduplicated: int = 0
    #: nested classes that became a built-in class, by built-in spec name
    reused: dict[str, int] = field(default_factory=dict)


class Shapes:
    """Shape keys of definitions (built-in ones, and the CRDs' provisional ones)."""

    def __init__(self, definitions: dict[str, Any], strict: bool) -> None:
        self.definitions = definitions
        self.strict = strict
        self.memo: dict[str, Key] = {}

    def of(self, name: str) -> Key:
        if name in self.memo:
            return self.memo[name]
        self.memo[name] = ("cycle", name)  # a recursive built-in (JSONSchemaProps)
        schema = self.definitions.get(name, {})
        required = set(schema.get("required", ()))
        props = schema.get("properties") or {}
        fields = tuple((wire, self.prop(props[wire]), wire in required) for wire in sorted(props))
        extra = (schema.get("x-kubernetes-map-type"),) if self.strict else ()
        key = ("object", fields, *extra)
        self.memo[name] = key
        return key

    def prop(self, prop: dict[str, Any]) -> Key:
        extra: Key = ()
        if self.strict:
            extra = tuple(
                json.dumps(prop.get(k), sort_keys=True)
                for k in (
                    WORDS,
                    ENUM,
                    "default",
                    "x-kubernetes-list-type",
                    "x-kubernetes-list-map-keys",
                    "x-kubernetes-map-type",
                )
            )
        return (*self._type(prop), *extra)

    def _type(self, prop: dict[str, Any]) -> Key:
        if "$ref" in prop:
            name = prop["$ref"][len(REF) :]
            if name in (INT_OR_STRING, QUANTITY):
                return ("int-or-string",)
            if name in TIMES:
                return ("time",)
            if self.strict and not name.startswith(NESTED):
                return ("ref", name)
            return ("obj", self.of(name))
        kind = prop.get("type")
        if kind == "string":
            fmt = prop.get("format")
            return ("time",) if fmt == "date-time" else ("string", fmt)
        if kind in ("integer", "number", "boolean"):
            return (kind, prop.get("format"))
        if kind == "array":
            return ("array", self.prop(prop.get("items") or {}))
        if kind == "object" or (kind is None and "additionalProperties" in prop):
            extra = prop.get("additionalProperties")
            return ("map", self.prop(extra) if isinstance(extra, dict) and extra else ("any",))
        return ("any",)


def settle(
    families: list[Family],
    built_ins: dict[str, Any],
    existing_classes: set[str],
) -> tuple[dict[tuple[str, str], dict[str, str]], Outcome]:
    """Per group-version, the final spec names of its classes by local name (provisional,
    final and kind names alike), and what was deduplicated and reused; the families'
    ``definitions`` are rewritten to hold only their own classes, under their final
    local names."""
    outcome = Outcome()
    names: dict[tuple[str, str], dict[str, str]] = {}
    by_gv: dict[tuple[str, str], list[Family]] = {}
    for family in families:
        by_gv.setdefault((family.group, family.version), []).append(family)
    loose = Shapes(built_ins, strict=False)
    index: dict[Key, list[str]] = {}
    for name, schema in sorted(built_ins.items()):
        if schema.get("properties") and not name.startswith(NESTED):
            index.setdefault(loose.of(name), []).append(name)
    for gv, group_families in by_gv.items():
        names[gv] = _settle_group(group_families, built_ins, index, existing_classes, outcome)
    return names, outcome


def _settle_group(
    families: list[Family],
    built_ins: dict[str, Any],
    index: dict[Key, list[str]],
    existing_classes: set[str],
    outcome: Outcome,
) -> dict[str, str]:
    home: dict[str, Family] = {}
    nested: dict[str, Any] = {}
    for family in families:
        for local, schema in family.definitions.items():
            if local.startswith(NESTED):
                home[local] = family
                nested[local] = schema
    # 1. built-in types, each occurrence on its own (its own property name decides a tie)
    loose = Shapes({**built_ins, **nested}, strict=False)
    target: dict[str, str] = {}
    for local in sorted(nested):
        built_in = _built_in(
            loose.of(local), index, nested[local], home[local].paths[local], built_ins
        )
        if built_in is not None:
            target[local] = built_in
    # counted where a class still in use refers to them (inside a reused one: not)
    for local in sorted(_reachable(families, stop=set(target))):
        if local in target:
            outcome.reused[target[local]] = outcome.reused.get(target[local], 0) + 1
    _rewrite_all(families, target)
    reachable = _reachable(families)
    # 2. equal shapes
    kinds = {family.kind: position for position, family in enumerate(families)}
    remaining = sorted(
        (local for local in nested if local in reachable and local not in target),
        key=lambda local: (
            kinds[home[local].kind],
            len(home[local].paths[local]),
            home[local].paths[local],
        ),
    )
    strict = Shapes({**built_ins, **nested}, strict=True)
    first: dict[Key, str] = {}
    same: dict[str, str] = {}
    for local in remaining:
        kept = first.setdefault(strict.of(local), local)
        if kept != local:
            same[local] = kept
            outcome.deduplicated += 1
    _rewrite_all(families, same)
    classes = [local for local in remaining if local not in same]
    # 3. short names
    final = _short_names(classes, home, families, existing_classes)
    result: dict[str, str] = {}
    for family in families:
        own = {}
        for local, schema in family.definitions.items():
            if not local.startswith(NESTED):
                own[local] = schema
            elif local in final:
                own[final[local]] = schema
        family.definitions = own
    for local, name in final.items():
        # refs still name the provisional names; the family's definitions the final ones
        result[local] = result[name] = home[local].spec_name(name)
    for family in families:
        for local in (family.kind, family.list_kind):
            result[local] = family.spec_name(local)
    return result


def _built_in(
    key: Key,
    index: dict[Key, list[str]],
    schema: dict[str, Any],
    path: tuple[str, ...],
    built_ins: dict[str, Any],
) -> str | None:
    """The built-in definition a nested class is, if any (see the module)."""
    words = {_singular(word) for word in lower_words("".join(path[-2:]))}
    props = schema.get("properties") or {}
    found = []
    for name in index.get(key, []):
        theirs = built_ins[name].get("properties") or {}
        same_text = sum(
            1 for wire, prop in props.items() if _documents_alike(prop, theirs.get(wire, {}))
        )
        named = {_singular(w) for w in lower_words(name.rsplit(".", 1)[-1])} <= words
        if 2 * same_text >= len(props) or named:
            found.append(((same_text, named), name))
    if not found:
        return None
    best = max(score for score, _ in found)
    top = [name for score, name in found if score == best]
    return top[0] if len(top) == 1 else None


def _documents_alike(ours: dict[str, Any], theirs: dict[str, Any]) -> bool:
    """A property documented as the built-in's (a CRD generator copies the text; ours may
    have notes appended)."""
    text = " ".join(str(theirs.get("description", "")).split())
    return bool(text) and " ".join(str(ours.get("description", "")).split()).startswith(text)


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _short_names(
    classes: list[str],
    home: dict[str, Family],
    families: list[Family],
    existing_classes: set[str],
) -> dict[str, str]:
    taken = {name for family in families for name in (family.kind, family.list_kind)}
    prefix = version_prefix(families[0].version) if families else ""
    final: dict[str, str] = {}
    by_kind: dict[str, list[str]] = {}
    for local in classes:
        by_kind.setdefault(home[local].kind, []).append(local)
    for kind, members in by_kind.items():
        for local in members:
            path = home[local].paths[local]
            others = [home[o].paths[o] for o in members if o != local]
            size = next(
                (
                    n
                    for n in range(1, len(path) + 1)
                    if all(other[-n:] != path[-n:] for other in others)
                ),
                len(path),
            )
            # a kind named with its group (it clashes with a built-in) cannot clash again
            builtin = set() if home[local].grouped else existing_classes
            name = ""
            for n in range(size, len(path) + 1):
                name = kind + "".join(path[-n:])
                if name not in taken and prefix + name not in builtin:
                    break
            else:
                stem, counter = name, 1
                while name in taken or prefix + name in builtin:
                    counter += 1
                    name = f"{stem}{counter}"
            taken.add(name)
            final[local] = name
    return final


def _rewrite_all(families: list[Family], refs: dict[str, str]) -> None:
    if not refs:
        return
    for family in families:
        for local, schema in family.definitions.items():
            family.definitions[local] = rewrite_refs(schema, refs)


def _reachable(families: list[Family], stop: set[str] | None = None) -> set[str]:
    """Local names of the nested classes some kind refers to (not looking into ``stop``)."""
    schemas = {local: s for family in families for local, s in family.definitions.items()}
    seen: set[str] = set()
    todo = [f.kind for f in families] + [f.list_kind for f in families]
    while todo:
        local = todo.pop()
        for ref in _refs(schemas.get(local)):
            if ref in schemas and ref not in seen:
                seen.add(ref)
                if stop is None or ref not in stop:
                    todo.append(ref)
    return seen


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = []
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                found.append(value[len(REF) :])
            else:
                found.extend(_refs(value))
        return found
    if isinstance(node, list):
        return [ref for item in node for ref in _refs(item)]
    return []
