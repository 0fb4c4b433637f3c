"""The whole generator, top-down: load → fixups → model → a target's render → write."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .crd import CrdReport, add_crds
from .errors import SpecError
from .extras import add_custom_objects
from .fixups import apply_fixups
from .load import LoadedSpec, load
from .model import ClientModel
from .parse import build_model
from .targets import get as get_target
from .write import FormatError, differences, materialise, swap_in


@dataclass(frozen=True)
class Result:
    client: ClientModel
    files: int
    #: files that differ from the committed output (``check`` mode only)
    stale: tuple[str, ...] = ()
    #: what the CRD step did (classes, shared and reused shapes, problems)
    crd: CrdReport | None = None


def kubernetes_minor(source: str, info_version: str | None, explicit: str | None) -> int | None:
    """The Kubernetes 1.x minor of a spec: given, from info.version, or from the file name."""
    path = Path(source)
    for candidate in (explicit, info_version, path.name, *(p.name for p in path.parents)):
        if candidate:
            found = re.search(r"(?:^|[^0-9.])v?1\.([0-9]+)", candidate)
            if found:
                return int(found.group(1))
    return None


def build(
    source: str | LoadedSpec,
    package: str = "kubeclient",
    version: str | None = None,
    crds: Iterable[str | Path] = (),
    base_package: str | None = None,
    renames: Iterable[str] = (),
    keep_going: bool = False,
    report: CrdReport | None = None,
) -> ClientModel:
    """The model of ``source`` with the CRDs added (``report`` gets what the CRD step
    did; with ``keep_going`` a CRD with a problem is left out and reported there)."""
    spec = source if isinstance(source, LoadedSpec) else load(source)
    document = spec.document
    minor = kubernetes_minor(spec.source, document.get("info", {}).get("version"), version)
    applied = apply_fixups(spec.source, document, minor, spec.flavour)
    add_custom_objects(document)
    built_in = set(document["definitions"])
    built_in_tags = _tags(document)
    crds = list(crds)
    # CRD manifests: typed custom resources
    add_crds(document, crds, renames=renames, keep_going=keep_going, report=report)
    client = build_model(
        spec.source, document, package, f"1.{minor}" if minor is not None else None, applied
    )
    if base_package is None:
        return client
    # only the CRDs' definitions are generated; the rest is imported from the base package
    if not crds:
        raise SpecError(spec.source, "", "--base-package generates CRDs only: give --crd")
    return replace(
        client,
        base_package=base_package,
        external_definitions=frozenset(d.spec_name for d in client.definitions) & built_in,
        external_tags=frozenset(built_in_tags),
    )


def _tags(document: dict[str, Any]) -> set[str]:
    return {
        tag
        for item in document["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict)
        for tag in operation.get("tags", ())
    }


def generate(
    source: str | LoadedSpec,
    out: Path,
    package: str = "kubeclient",
    version: str | None = None,
    formatter: str | None = None,
    check: bool = False,
    runtime: bool = True,
    crds: Iterable[str | Path] = (),
    base_package: str | None = None,
    target: str = "python",
    renames: Iterable[str] = (),
    keep_going: bool = False,
) -> Result:
    """Generate the ``target`` client for ``source`` into ``out``; with ``check``, only
    compare. ``formatter`` is one of the target's (its default when None)."""
    back_end = get_target(target)
    where = str(getattr(source, "source", source))
    problem = back_end.check_package(package)
    if problem is not None:
        raise SpecError(where, "", problem)
    if formatter is None and back_end.formatters:
        formatter = back_end.formatters[0]
    elif formatter is not None and formatter not in back_end.formatters:
        choices = ", ".join(back_end.formatters) or "none"
        raise FormatError(
            f"target {target!r} has no formatter {formatter!r} (formatters: {choices})"
        )
    report = CrdReport()
    client = build(source, package, version, crds, base_package, renames, keep_going, report)
    files = back_end.render(client, runtime)
    staging = materialise(files, out, lambda root: back_end.format(root, formatter))
    if check:
        try:
            stale = differences(staging, out)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return Result(client, len(files), tuple(stale), report)
    swap_in(staging, out)
    return Result(client, len(files), crd=report)
