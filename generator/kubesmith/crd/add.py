"""The whole step: every served version of every CRD → definitions and paths added to
the spec, with the checks that nothing clashes with what the spec has."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from ..errors import SpecError
from ..names import class_names, version_prefix
from .convert import Converter
from .manifests import Manifest, read_crds
from .naming import Family, Renames, group_id, parse_renames, rewrite_refs
from .paths import Resource
from .shapes import Outcome, settle
from .standard import (
    BUILT_IN,
    DELETE_OPTIONS,
    INT_OR_STRING,
    LIST_META,
    OBJECT_META,
    SCALE,
    STATUS,
)

T = TypeVar("T")


@dataclass(frozen=True)
class AddedKind:
    """What :func:`add_crds` added for one served version of one CRD."""

    source: str
    crd: str
    group: str
    version: str
    kind: str
    definitions: tuple[str, ...]
    paths: tuple[str, ...]
    #: definitions and paths of the same kind the spec already had, replaced (a spec read
    #: from a cluster where the CRD is installed: its nested schemas are not types there)
    replaced: tuple[str, ...] = ()


def manifest_plural(manifest: Manifest) -> str:
    return str(manifest.body["spec"]["names"]["plural"])


def _drop_served(spec: dict[str, Any], family: Family, plural: str) -> tuple[str, ...]:
    """Remove what ``spec`` already has for the kind (its definitions and its paths).

    Only a custom resource's: a CRD for a built-in kind is left to the checks that follow
    (the definition or path is already in the spec).
    """
    kinds = {family.kind, family.list_kind}
    found = []
    for name, schema in spec["definitions"].items():
        gvks = schema.get("x-kubernetes-group-version-kind") or []
        if len(gvks) == 1 and (gvks[0].get("group"), gvks[0].get("version")) == (
            family.group,
            family.version,
        ):
            if gvks[0].get("kind") in kinds:
                found.append(name)
    if not found or any(name.startswith(BUILT_IN) for name in found):
        return ()
    dropped: list[str] = []
    for name in found:
        del spec["definitions"][name]
        dropped.append(name)
    base = f"/apis/{family.group}/{family.version}"
    prefixes = [
        f"{base}{middle}/{plural}"
        for middle in ("", "/namespaces/{namespace}", "/watch", "/watch/namespaces/{namespace}")
    ]
    for path in list(spec["paths"]):
        if any(path == prefix or path.startswith(prefix + "/") for prefix in prefixes):
            del spec["paths"][path]
            dropped.append(path)
    return tuple(sorted(dropped))


def _families(manifests: list[Manifest]) -> list[tuple[Family, dict[str, Any], int]]:
    """Every served version of every CRD, in (group, version, kind) order.

    The families of one group-version share the set of names taken, with every kind and
    list kind reserved first: a nested ``schedule`` of ``Backup`` does not take the name
    of a ``BackupSchedule`` kind, whatever the order of the files.
    """
    found: list[tuple[Family, dict[str, Any], int]] = []
    for manifest in manifests:
        spec = manifest.body["spec"]
        names = spec["names"]
        for index, version in enumerate(spec["versions"]):
            if not version.get("served", False):
                continue
            family = Family(
                manifest=manifest,
                group=spec["group"],
                version=version["name"],
                kind=names["kind"],
                list_kind=names.get("listKind") or f"{names['kind']}List",
            )
            found.append((family, version, index))
    found.sort(key=lambda f: (f[0].group, f[0].version, f[0].kind, f[0].manifest.source, f[2]))
    taken: dict[tuple[str, str], set[str]] = {}
    for family, _, _ in found:
        family.taken = taken.setdefault((family.group, family.version), set())
        family.taken.update({family.kind, family.list_kind})
    return found


def _version_description(manifest: Manifest, family: Family, version: dict[str, Any]) -> str:
    spec = manifest.body["spec"]
    lines = []
    if version.get("deprecated"):
        warning = version.get("deprecationWarning") or (
            f"{family.group}/{family.version} {family.kind} is deprecated"
        )
        lines.append(f"Deprecated: {warning}")
    scope = "namespaced" if spec["scope"] == "Namespaced" else "cluster-scoped"
    lines.append(
        f"Custom resource {family.group}/{family.version} {family.kind} ({scope}; CRD "
        f"{manifest.name})."
    )
    return "\n\n".join(lines)


@dataclass
class CrdReport:
    """What :func:`add_crds` did beyond its kinds, for the summary of ``kubesmith generate``."""

    #: one error per CRD left out (``keep_going``)
    problems: list[SpecError] = field(default_factory=list)
    #: spec names of every class the CRDs added
    definitions: list[str] = field(default_factory=list)
    #: kinds named with their group because the plain name is a built-in class's:
    #: (``tenancy.example.io/v1 Namespace``, spec name of the kind)
    prefixed: list[tuple[str, str]] = field(default_factory=list)
    shapes: Outcome = field(default_factory=Outcome)


def add_crds(
    spec: dict[str, Any],
    paths: Iterable[str | Path],
    *,
    renames: Iterable[str] = (),
    keep_going: bool = False,
    report: CrdReport | None = None,
) -> list[AddedKind]:
    """Add the definitions and paths of every served version of the CRDs in ``paths``.

    ``spec`` must be a full Kubernetes spec (it provides ``ObjectMeta``, ``ListMeta``,
    ``Status``, ``DeleteOptions``, ``Patch`` and, for scale subresources, ``Scale``).
    ``renames`` are ``--rename`` rules; with ``keep_going`` a CRD with a problem is left
    out (its error in ``report.problems``) and the others are added.
    """
    report = report if report is not None else CrdReport()
    rules = parse_renames(list(renames))
    manifests = read_crds(paths, report.problems if keep_going else None)
    if not manifests:
        return []
    definitions: dict[str, Any] = spec["definitions"]
    for needed in (OBJECT_META, LIST_META, STATUS, DELETE_OPTIONS):
        if needed not in definitions:
            raise SpecError(
                manifests[0].source,
                "",
                f"the spec lacks {needed}: generate CRDs together with the Kubernetes spec",
            )
    failed: set[str] = set()

    def attempt(family: Family, step: Callable[[], T]) -> T | None:
        """Run one step for one CRD; with ``keep_going`` a problem leaves the CRD out."""
        if family.manifest.key in failed:
            return None
        try:
            return step()
        except SpecError as error:
            if not keep_going:
                raise
            failed.add(family.manifest.key)
            report.problems.append(error)
            return None

    replaced = {
        (family.group, family.version, family.kind): _drop_served(
            spec, family, manifest_plural(family.manifest)
        )
        for family, _, _ in _families(manifests)
    }
    try:
        existing_classes = set(class_names(sorted(definitions)).values())
    except ValueError:
        existing_classes = set()
    existing_ops = {
        op.get("operationId")
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
    }
    seen_gvk: dict[tuple[str, str, str], str] = {}
    families: list[Family] = []
    converted: list[tuple[Family, dict[str, Any], tuple[str | int, ...]]] = []
    used: set[tuple[str, str]] = set()
    for family, version, index in _families(manifests):
        base: tuple[str | int, ...] = ("spec", "versions", index, "schema", "openAPIV3Schema")
        family.renames = Renames(rules.get((family.group, family.kind)))
        if rules.get((family.group, family.kind)):
            used.add((family.group, family.kind))
        if attempt(family, partial(_convert, family, version, base, seen_gvk)) is not None:
            converted.append((family, version, base))
    unknown = sorted(set(rules) - used)
    if unknown:
        group, kind = unknown[0]
        raise SpecError("--rename", f"{group}/{kind}", "no CRD defines this group and kind")
    converted = [c for c in converted if c[0].manifest.key not in failed]
    families = [family for family, _, _ in converted]
    for family in families:
        gid = group_id(family.group)
        natural = {version_prefix(family.version) + n for n in (family.kind, family.list_kind)}
        clash = sorted(natural & existing_classes)
        family.prefix = f"{gid}_{family.version}." if clash else f"{gid}.{family.version}."
        if clash:
            report.prefixed.append(
                (f"{family.group}/{family.version} {family.kind}", family.spec_name(family.kind))
            )
    # checks that do not depend on the nested classes' names, so that a CRD left out here
    # shares no class with the others
    new_paths: dict[str, Any] = {}
    paths_of: dict[int, dict[str, Any]] = {}
    for family, version, base in converted:
        found = attempt(
            family,
            partial(
                _paths, family, version, base, definitions, spec["paths"], new_paths, existing_ops
            ),
        )
        if found is not None:
            new_paths.update(found)
            paths_of[id(family)] = found
    if failed:
        converted = [c for c in converted if c[0].manifest.key not in failed]
        families = [family for family, _, _ in converted]
        kept = {path for family in families for path in paths_of[id(family)]}
        new_paths = {path: item for path, item in new_paths.items() if path in kept}
        report.prefixed = [
            p for p in report.prefixed if any(f.spec_name(f.kind) == p[1] for f in families)
        ]
    names_of, report.shapes = settle(families, definitions, existing_classes)
    added: list[AddedKind] = []
    new_definitions: dict[str, Any] = {}
    for family, _, base in converted:
        gvk = (family.group, family.version, family.kind)
        names = names_of[(family.group, family.version)]
        family_defs = {
            names[local]: rewrite_refs(schema, names)
            for local, schema in family.definitions.items()
        }
        for name in family_defs:
            if name in definitions or name in new_definitions:
                raise family.manifest.error(f"definition {name} is already in the spec", *base)
        new_definitions.update(family_defs)
        added.append(
            AddedKind(
                source=family.manifest.source,
                crd=family.manifest.name,
                group=family.group,
                version=family.version,
                kind=family.kind,
                definitions=tuple(sorted(family_defs)),
                paths=tuple(sorted(paths_of[id(family)])),
                replaced=replaced[gvk],
            )
        )
    if any(family.int_or_string for family in families):
        definitions.setdefault(INT_OR_STRING, {"type": "string", "format": "int-or-string"})
    report.definitions = sorted(new_definitions)
    definitions.update(new_definitions)
    spec["definitions"] = dict(sorted(definitions.items()))
    spec["paths"].update(new_paths)
    spec["paths"] = dict(sorted(spec["paths"].items()))
    return added


def _convert(
    family: Family,
    version: dict[str, Any],
    base: tuple[str | int, ...],
    seen_gvk: dict[tuple[str, str, str], str],
) -> bool:
    """Convert one served version's schema into the family's definitions."""
    gvk = (family.group, family.version, family.kind)
    if gvk in seen_gvk:
        raise family.manifest.error(
            f"{family.group}/{family.version} {family.kind} is also defined by {seen_gvk[gvk]}",
            "spec",
            "names",
            "kind",
        )
    seen_gvk[gvk] = f"{family.manifest.source} {family.manifest.where()}"
    Converter(family, base).root(
        version["schema"]["openAPIV3Schema"],
        _version_description(family.manifest, family, version),
    )
    for path in family.renames.unused():
        raise family.manifest.error(
            f"--rename {family.group}/{family.kind}:{path}: no such property in version "
            f"{family.version}",
            *base,
        )
    return True


def _paths(
    family: Family,
    version: dict[str, Any],
    base: tuple[str | int, ...],
    definitions: dict[str, Any],
    spec_paths: dict[str, Any],
    new_paths: dict[str, Any],
    existing_ops: set[Any],
) -> dict[str, Any]:
    """The paths of one served version, checked against those already there (the
    operation ids of the new ones are added to ``existing_ops``)."""
    found = _check_resource(family, version, base, definitions)
    for path, item in found.items():
        if path in spec_paths or path in new_paths:
            raise family.manifest.error(f"path {path} is already in the spec", "spec", "names")
        for method, operation in item.items():
            if method != "parameters" and operation["operationId"] in existing_ops:
                raise family.manifest.error(
                    f"operation {operation['operationId']} is already in the spec",
                    "spec",
                    "names",
                )
    for item in found.values():
        existing_ops.update(op["operationId"] for m, op in item.items() if m != "parameters")
    return found


def _check_resource(
    family: Family,
    version: dict[str, Any],
    base: tuple[str | int, ...],
    definitions: dict[str, Any],
) -> dict[str, Any]:
    """The paths of one served version, after checking its subresources."""
    manifest = family.manifest
    subresources = version.get("subresources") or {}
    if not isinstance(subresources, dict):
        raise manifest.error("subresources must be a mapping", *base[:3], "subresources")
    unknown = sorted(set(subresources) - {"status", "scale"})
    if unknown:
        raise manifest.error(
            f"unknown subresource {unknown[0]!r}", *base[:3], "subresources", unknown[0]
        )
    if "scale" in subresources and SCALE not in definitions:
        raise manifest.error(
            f"the scale subresource needs {SCALE}, which the spec lacks",
            *base[:3],
            "subresources",
            "scale",
        )
    resource = Resource(
        group=family.group,
        version=family.version,
        kind=family.kind,
        plural=manifest.body["spec"]["names"]["plural"],
        namespaced=manifest.body["spec"]["scope"] == "Namespaced",
        object_ref=family.spec_name(family.kind),
        list_ref=family.spec_name(family.list_kind),
        status="status" in subresources,
        scale="scale" in subresources,
    )
    return resource.paths()
