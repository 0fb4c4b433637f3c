"""Reading manifests (multi-document YAML, ``List`` kinds) and the typed YAML helpers."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import msgspec
import yaml

from .._kubeyaml import Loader, dump_all
from ..dynamic._registry import model_class

__all__ = [
    "Manifest",
    "ManifestError",
    "UnknownKindError",
    "dump_yaml",
    "load_yaml",
    "loads_yaml",
    "manifests_from_text",
    "read_manifests",
    "to_manifest",
]


class ManifestError(ValueError):
    """A manifest that cannot be used: unreadable YAML, not an object, no ``kind``…
    ``source`` is the file (or ``<string>``), ``document`` the 0-based document index."""

    def __init__(self, source: str, document: int | None, message: str) -> None:
        self.source = source
        self.document = document
        self.reason = message
        where = source if document is None else f"{source}, document {document}"
        super().__init__(f"{where}: {message}")


class UnknownKindError(ManifestError):
    """A kind the generated client has no model class for."""


@dataclass
class Manifest:
    """One object of a manifest file: where it came from, and its data."""

    data: dict[str, Any]
    source: str = "<dict>"
    #: 0-based index of the YAML document in the file
    document: int = 0
    #: index in the ``items`` of a ``List`` document
    item: int | None = None

    @property
    def where(self) -> str:
        text = f"{self.source}, document {self.document}"
        return text if self.item is None else f"{text}, item {self.item}"

    @property
    def api_version(self) -> str:
        return str(self.data.get("apiVersion") or "")

    @property
    def kind(self) -> str:
        return str(self.data.get("kind") or "")

    def _meta(self, key: str) -> str:
        meta = self.data.get("metadata")
        return str(meta.get(key) or "") if isinstance(meta, dict) else ""

    @property
    def name(self) -> str:
        """``metadata.name`` (empty when unset)."""
        return self._meta("name")

    @property
    def label(self) -> str:
        """The name, or ``generateName`` followed by ``*``."""
        generated = self._meta("generateName")
        return self.name or (f"{generated}*" if generated else "")


def _is_list(data: dict[str, Any]) -> bool:
    kind = data.get("kind")
    return isinstance(kind, str) and kind.endswith("List") and isinstance(data.get("items"), list)


def expand(data: Any, source: str, document: int) -> list[Manifest]:
    """The objects of one document: itself, or the items of a ``List`` (``kind: List`` or
    ``<Kind>List``; items of a typed list get its ``apiVersion`` and ``kind`` when missing)."""
    if not isinstance(data, dict):
        raise ManifestError(source, document, f"a manifest is a mapping, not {_type(data)}")
    if not _is_list(data):
        return [Manifest(data, source, document)]
    item_kind = data["kind"][: -len("List")]
    result = []
    for index, item in enumerate(data["items"]):
        if not isinstance(item, dict):
            raise ManifestError(source, document, f"item {index} is not a mapping")
        if item_kind and "kind" not in item:
            item = {"kind": item_kind, **item}
        if item_kind and "apiVersion" not in item and data.get("apiVersion"):
            item = {"apiVersion": data["apiVersion"], **item}
        result.append(Manifest(item, source, document, index))
    return result


def _type(value: Any) -> str:
    return {list: "a list", str: "a string", int: "a number", float: "a number"}.get(
        type(value), type(value).__name__
    )


def manifests_from_text(text: str, source: str = "<string>") -> list[Manifest]:
    """Every object of a (multi-document) YAML or JSON text; empty documents are skipped.
    A syntax error raises :class:`ManifestError` naming the source and the document."""
    result: list[Manifest] = []
    index = 0
    try:
        # the reader rejects control characters when it is created
        loader = Loader(text)  # scalars as the API server reads them (``=`` is a string)
    except yaml.YAMLError as error:
        raise ManifestError(source, 0, f"invalid YAML: {error}") from None
    try:
        while True:
            try:
                if not loader.check_node():
                    break
                node = loader.get_node()
                data = loader.construct_document(node) if node is not None else None
            except yaml.YAMLError as error:
                raise ManifestError(source, index, f"invalid YAML: {error}") from None
            except ValueError:
                # PyYAML raises it for an escape beyond Unicode ("\U7fffffff")
                raise ManifestError(
                    source, index, "invalid YAML: an escape outside Unicode"
                ) from None
            if data is not None:
                result.extend(expand(data, source, index))
            index += 1
    finally:
        loader.dispose()
    return result


def read_manifests(path: str | os.PathLike[str]) -> list[Manifest]:
    """Every object of a manifest file."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ManifestError(str(path), None, f"cannot read the file: {error}") from None
    return manifests_from_text(text, str(path))


def to_manifest(obj: Any) -> dict[str, Any]:
    """A model object (``apiVersion``/``kind`` from its class when unset), a
    ``ResourceInstance`` or a dict, as a plain wire-form dict."""
    from ..dynamic.client import to_body

    data = to_body(obj)
    if not isinstance(data, dict):
        raise TypeError(f"not an object: {type(obj).__name__}")
    return data


# -- typed objects ---------------------------------------------------------------------------


def _typed(manifest: Manifest, allow_unknown: bool) -> Any:
    if not manifest.api_version or not manifest.kind:
        missing = "apiVersion" if not manifest.api_version else "kind"
        raise ManifestError(manifest.source, manifest.document, f"no {missing}")
    cls = model_class(manifest.api_version, manifest.kind)
    if cls is None:
        if allow_unknown:
            return manifest.data
        raise UnknownKindError(
            manifest.source,
            manifest.document,
            f"no model class for kind {manifest.kind!r} in {manifest.api_version!r} "
            "(a typo, or a custom resource: register its generated class with "
            "register_model, or pass allow_unknown=True for a dict)",
        )
    try:
        return cls.from_dict(manifest.data)  # type: ignore[attr-defined]
    except (msgspec.ValidationError, TypeError) as error:
        where = "" if manifest.item is None else f"item {manifest.item}: "
        raise ManifestError(
            manifest.source,
            manifest.document,
            f"{where}not a valid {manifest.kind}: {error}",
        ) from None


def loads_yaml(text: str, *, source: str = "<string>", allow_unknown: bool = False) -> list[Any]:
    """Typed objects (``client.V1Deployment`` …) from YAML text, one per object (``List``
    documents give their items). The class comes from ``apiVersion`` and ``kind``; an
    unknown kind raises :class:`UnknownKindError` (or gives the dict with
    ``allow_unknown=True``)."""
    return [_typed(m, allow_unknown) for m in manifests_from_text(text, source)]


def load_yaml(
    source: str | os.PathLike[str] | IO[str], *, allow_unknown: bool = False
) -> list[Any]:
    """Typed objects from a YAML file (a path, or an open text stream); see
    :func:`loads_yaml`."""
    if hasattr(source, "read"):
        name = str(getattr(source, "name", "<stream>"))
        return loads_yaml(source.read(), source=name, allow_unknown=allow_unknown)
    manifests = read_manifests(source)
    return [_typed(m, allow_unknown) for m in manifests]


def _ordered(data: dict[str, Any]) -> dict[str, Any]:
    head: dict[str, Any] = {
        key: data[key] for key in ("apiVersion", "kind", "metadata") if key in data
    }
    return {**head, **{key: value for key, value in data.items() if key not in head}}


def _prune(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _prune(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [_prune(item) for item in value]
    return value


def dump_yaml(
    objects: Any, stream: IO[str] | None = None, *, sort_keys: bool = False
) -> str | None:
    """YAML of a model object (or dict, or ``ResourceInstance``), or of a list of them as a
    multi-document file: wire field names (``apiVersion``, ``containerPort``), unset and
    null fields left out, ``apiVersion``/``kind`` first. Written to ``stream`` when given
    (returns None), else returned."""
    items: Iterable[Any] = objects if isinstance(objects, list | tuple) else [objects]
    documents = [_ordered(_prune(to_manifest(obj))) for obj in items]
    text = dump_all(documents, sort_keys=sort_keys, default_flow_style=False, allow_unicode=True)
    if stream is not None:
        stream.write(text)
        return None
    return text
