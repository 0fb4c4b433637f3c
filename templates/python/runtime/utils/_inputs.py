"""Turning the arguments of ``create_from_*`` into manifests, and results into the official
client's shapes (shared by the sync and asyncio functions)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from ._yaml import Manifest, ManifestError, expand, manifests_from_text, read_manifests

__all__ = [
    "directory_files",
    "from_dict",
    "from_yaml",
    "per_document",
    "read_many",
]

#: files ``create_from_directory`` reads
MANIFEST_SUFFIXES = (".yaml", ".yml", ".json")


def from_yaml(
    yaml_file: str | os.PathLike[str] | IO[str] | None, yaml_objects: Iterable[Any] | None
) -> list[Manifest]:
    """The manifests of a file (path or text stream) or of already-parsed documents."""
    if (yaml_file is None) == (yaml_objects is None):
        raise ValueError("give exactly one of yaml_file and yaml_objects")
    if yaml_objects is not None:
        result: list[Manifest] = []
        for index, document in enumerate(yaml_objects):
            if document is not None:
                result.extend(expand(_plain(document), "<yaml_objects>", index))
        return result
    if hasattr(yaml_file, "read"):
        name = str(getattr(yaml_file, "name", "<stream>"))
        return manifests_from_text(yaml_file.read(), name)  # type: ignore[union-attr]
    return read_manifests(yaml_file)  # type: ignore[arg-type]


def _plain(document: Any) -> Any:
    if isinstance(document, dict):
        return document
    from ..dynamic.client import to_body

    try:
        return to_body(document)
    except TypeError:
        return document


def from_dict(data: Any) -> list[Manifest]:
    return expand(_plain(data), "<dict>", 0)


def directory_files(yaml_dir: str | os.PathLike[str]) -> list[Path]:
    directory = Path(yaml_dir)
    if not directory.is_dir():
        raise ValueError(f"{yaml_dir} is not a directory")
    return sorted(
        path
        for path in directory.iterdir()
        if path.is_file() and path.suffix.lower() in MANIFEST_SUFFIXES
    )


def read_many(files: Iterable[Path]) -> tuple[list[Manifest], list[ManifestError]]:
    """The manifests of every file; unreadable files are reported, not raised."""
    manifests: list[Manifest] = []
    errors: list[ManifestError] = []
    for path in files:
        try:
            manifests.extend(read_manifests(path))
        except ManifestError as error:
            errors.append(error)
    return manifests, errors


def per_document(manifests: list[Manifest], created: dict[int, Any]) -> list[list[Any]]:
    """``[[objects created from document 0], [… document 1], …]`` (a List document gives
    several), as the official ``create_from_yaml`` returns."""
    documents: dict[tuple[str, int], list[Any]] = {}
    for index, manifest in enumerate(manifests):
        bucket = documents.setdefault((manifest.source, manifest.document), [])
        if index in created:
            bucket.append(created[index])
    return list(documents.values())


def per_file(
    files: list[Path], manifests: list[Manifest], created: dict[int, Any]
) -> list[list[list[Any]]]:
    by_source: dict[str, list[int]] = {str(path): [] for path in files}
    for index, manifest in enumerate(manifests):
        by_source.setdefault(manifest.source, []).append(index)
    result = []
    for indexes in by_source.values():
        subset = [manifests[i] for i in indexes]
        result.append(
            per_document(subset, {j: created[i] for j, i in enumerate(indexes) if i in created})
        )
    return result
