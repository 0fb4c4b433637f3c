"""The base class of every generated model."""

from __future__ import annotations

from typing import Any, Self

import msgspec

from . import _serde

__all__ = ["Model"]

#: bound once: ``to_json`` is a hot path (request bodies), each lookup costs
_ENCODE = _serde.ENCODER.encode


class Model(
    msgspec.Struct,
    kw_only=True,
    omit_defaults=True,
    repr_omit_defaults=True,
    gc=False,
):
    """A Kubernetes object or part of one.

    Attributes are snake_case; the wire (JSON) names are camelCase. Unknown wire fields are
    ignored on decode so a newer server never breaks an older client. Instances are not
    tracked by the cyclic garbage collector (``gc=False``): objects decoded from JSON never
    form cycles, and skipping them makes decoding large lists several times faster.
    """

    def to_dict(self) -> dict[str, Any]:
        """The object as a dict with snake_case keys (as the official client returns)."""
        return {name: _plain(getattr(self, name)) for name in self.__struct_fields__}

    def to_wire(self) -> dict[str, Any]:
        """The object in its wire form: camelCase keys, unset fields left out."""
        result: dict[str, Any] = _serde.to_wire(self)
        return result

    def to_json(self) -> bytes:
        """The wire JSON (what a request body is)."""
        return _ENCODE(self)

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        return _serde.decode(data, cls)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build from a dict in wire form (camelCase keys), e.g. a parsed manifest."""
        return _serde.convert(data, cls)

    # Read access by key, for code written against the official client where some results
    # (a delete's Status, custom objects) are plain dicts: ``resp["status"]``,
    # ``resp.get("details")``. Keys are wire (camelCase) or attribute names; an unset field
    # is a missing key, as in the JSON. The result stays typed: ``resp.status`` works too.

    def __getitem__(self, key: str) -> Any:
        name = _attribute(type(self), key)
        value = getattr(self, name) if name is not None else None
        if value is None:
            raise KeyError(key)
        return value

    def get(self, key: str, default: Any = None) -> Any:
        name = _attribute(type(self), key)
        value = getattr(self, name) if name is not None else None
        return default if value is None else value

    def __contains__(self, key: object) -> bool:
        name = _attribute(type(self), key)
        return name is not None and getattr(self, name) is not None


#: per model class: wire and attribute names → attribute name
_KEYS: dict[type, dict[str, str]] = {}


def _attribute(cls: type[Model], key: object) -> str | None:
    if not isinstance(key, str):
        raise TypeError(f"{cls.__name__} keys are field names (str), not {type(key).__name__}")
    keys = _KEYS.get(cls)
    if keys is None:
        fields = cls.__struct_fields__
        keys = {**dict(zip(cls.__struct_encode_fields__, fields, strict=True))}
        keys.update((name, name) for name in fields)
        _KEYS[cls] = keys
    return keys.get(key)


def _plain(value: Any) -> Any:
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, msgspec.Raw):
        return _serde.raw_value(value)
    return value
