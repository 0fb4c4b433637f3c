"""Reading CRD manifests: files and directories, YAML and JSON, ``List`` documents, and
the checks that a document is a v1 CustomResourceDefinition we can generate."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .. import kubeyaml
from ..errors import SpecError, pointer

CRD_API_VERSION = "apiextensions.k8s.io/v1"
_SUFFIXES = (".yaml", ".yml", ".json")
_VERSION = re.compile(r"v[0-9]+(?:(?:alpha|beta)[0-9]+)?")


@dataclass(frozen=True)
class Manifest:
    """One CRD read from a file: where it came from, and its parsed body."""

    source: str
    #: 1-based position of the document in its file (items of a ``List`` count on)
    document: int
    body: dict[str, Any]

    @property
    def name(self) -> str:
        return str(self.body.get("metadata", {}).get("name", "?"))

    @property
    def key(self) -> str:
        """The CRD, for leaving it out (``--keep-going``): file and name."""
        return f"{self.source}#{self.name}"

    def where(self, *parts: str | int) -> str:
        return f"document {self.document} ({self.name}) {pointer(*parts)}".rstrip()

    def error(self, message: str, *parts: str | int) -> SpecError:
        return SpecError(self.source, self.where(*parts), message)


def crd_files(paths: Iterable[str | Path]) -> list[Path]:
    """The manifest files of ``paths``: files as given, directories walked in name order."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix in _SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                raise SpecError(str(path), "", "no CRD manifests (*.yaml, *.yml, *.json) here")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise SpecError(str(path), "", "no such CRD file or directory")
    return files


def _documents(source: str, text: str) -> list[Any]:
    if text.lstrip().startswith(("{", "[")):
        try:
            return [json.loads(text)]
        except json.JSONDecodeError as exc:
            where = f"line {exc.lineno} column {exc.colno}"
            raise SpecError(source, where, f"invalid JSON: {exc.msg}") from exc
    try:
        # as the API server reads it (``=`` is a string, not YAML 1.1's value tag)
        return [doc for doc in kubeyaml.load_all(text) if doc is not None]
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1} column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise SpecError(source, where, f"invalid YAML: {problem}") from exc


def read_crds(
    paths: Iterable[str | Path], problems: list[SpecError] | None = None
) -> list[Manifest]:
    """Every CRD in ``paths`` (multi-document YAML, JSON, ``List`` documents).

    With ``problems``, a file with a problem is left out and its error added there.
    """
    manifests: list[Manifest] = []
    for path in crd_files(paths):
        try:
            manifests.extend(_read_file(path))
        except SpecError as error:
            if problems is None:
                raise
            problems.append(error)
    return manifests


def _read_file(path: Path) -> list[Manifest]:
    manifests: list[Manifest] = []
    source = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(source, "", f"cannot read the CRD file: {exc}") from exc
    number = 0
    for document in _documents(source, text):
        items: list[Any] = [document]
        if isinstance(document, dict) and document.get("kind") == "List":
            items = document.get("items") or []
            if not isinstance(items, list):
                raise SpecError(source, f"document {number + 1}", "List items is not a list")
        for item in items:
            number += 1
            manifest = Manifest(source, number, item if isinstance(item, dict) else {})
            _check_crd(manifest, item)
            manifests.append(manifest)
    if number == 0:
        raise SpecError(source, "", "no CRD in this file")
    return manifests


def _check_crd(manifest: Manifest, item: Any) -> None:
    if not isinstance(item, dict):
        raise SpecError(manifest.source, f"document {manifest.document}", "not a mapping")
    kind, api_version = item.get("kind"), item.get("apiVersion")
    if kind != "CustomResourceDefinition":
        raise SpecError(
            manifest.source,
            f"document {manifest.document}",
            f"not a CustomResourceDefinition (kind {kind!r}, apiVersion {api_version!r})",
        )
    if api_version != CRD_API_VERSION:
        raise manifest.error(f"apiVersion {api_version!r} is not supported: use {CRD_API_VERSION}")
    spec = item.get("spec")
    if not isinstance(spec, dict):
        raise manifest.error("has no spec", "spec")
    for key in ("group", "scope"):
        if not isinstance(spec.get(key), str) or not spec[key]:
            raise manifest.error(f"spec.{key} is missing", "spec", key)
    if not re.fullmatch(r"[a-z][a-z0-9.-]*", spec["group"]):
        raise manifest.error(
            "the group must start with a letter (it names Python modules and classes)",
            "spec",
            "group",
        )
    if spec["scope"] not in ("Namespaced", "Cluster"):
        raise manifest.error(f"unknown scope {spec['scope']!r}", "spec", "scope")
    names = spec.get("names")
    if not isinstance(names, dict):
        raise manifest.error("spec.names is missing", "spec", "names")
    for key in ("kind", "plural"):
        if not isinstance(names.get(key), str) or not names[key]:
            raise manifest.error(f"spec.names.{key} is missing", "spec", "names", key)
    if not re.fullmatch(r"[A-Z][A-Za-z0-9]*", names["kind"]):
        raise manifest.error("the kind must be a PascalCase identifier", "spec", "names", "kind")
    versions = spec.get("versions")
    if not isinstance(versions, list) or not versions:
        raise manifest.error("spec.versions is missing", "spec", "versions")
    for index, version in enumerate(versions):
        if not isinstance(version, dict) or not isinstance(version.get("name"), str):
            raise manifest.error("a version needs a name", "spec", "versions", index)
        if not version.get("served", False):
            continue
        if not _VERSION.fullmatch(version["name"]):
            raise manifest.error(
                f"version {version['name']!r} is not of the form vN, vNalphaN or vNbetaN",
                "spec",
                "versions",
                index,
                "name",
            )
        holder = version.get("schema")
        schema = holder.get("openAPIV3Schema") if isinstance(holder, dict) else None
        if not isinstance(schema, dict):
            raise manifest.error(
                "a served version needs schema.openAPIV3Schema",
                "spec",
                "versions",
                index,
                "schema",
            )
