"""Wire encoding and decoding of models: msgspec straight from and to bytes.

Every conversion goes through here so the hooks for the special types are applied
everywhere, and decoders are built once per target type (building one is the slow part).
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, TypeVar

import msgspec

from ._types import MicroTime

T = TypeVar("T")

__all__ = ["decode", "decoder", "encode", "to_wire"]


def _enc_hook(value: Any) -> Any:
    if isinstance(value, MicroTime):
        return value.wire()
    if isinstance(value, msgspec.Raw):
        # only reached from to_builtins; the JSON encoder writes Raw bytes as they are
        return raw_value(value)
    if isinstance(value, _dt.date):
        return value.isoformat()
    raise NotImplementedError(f"cannot encode {type(value).__name__} as JSON")


def raw_value(value: msgspec.Raw) -> Any:
    """The Python value of raw JSON; an empty ``Raw`` stands for an absent value (msgspec
    cannot make ``Raw`` optional)."""
    return msgspec.json.decode(value) if value else None


def _dec_hook(kind: type, value: Any) -> Any:
    if kind is MicroTime and isinstance(value, str):
        return MicroTime.parse(value)
    # a TypeError becomes msgspec's ValidationError (with the path), like any other mismatch
    raise TypeError(f"cannot decode {type(value).__name__} as {kind.__name__}")


#: the one JSON encoder (knows the special types)
ENCODER = msgspec.json.Encoder(enc_hook=_enc_hook)
_decoders: dict[Any, msgspec.json.Decoder[Any]] = {}


def decoder(kind: type[T]) -> msgspec.json.Decoder[T]:
    """The cached JSON decoder producing ``kind``."""
    found = _decoders.get(kind)
    if found is None:
        found = _decoders[kind] = msgspec.json.Decoder(kind, dec_hook=_dec_hook)
    return found


def decode(data: bytes | str, kind: type[T]) -> T:
    """Decode JSON bytes into ``kind`` (a model class, ``dict``, ``list``, ``str`` …)."""
    return decoder(kind).decode(data)


def encode(value: Any) -> bytes:
    """Encode a model, a dict/list holding models, or plain values to wire JSON."""
    return ENCODER.encode(value)


def to_wire(value: Any) -> Any:
    """The wire form as plain Python values (camelCase keys, RFC 3339 strings, base64)."""
    return msgspec.to_builtins(value, enc_hook=_enc_hook)


def convert(value: Any, kind: type[T]) -> T:
    """Build ``kind`` from plain Python values in wire form (e.g. a dict from YAML).

    Goes through JSON bytes: ``msgspec.convert`` cannot fill ``msgspec.Raw`` fields
    (``managedFields[].fieldsV1``) from Python values, the JSON decoder can.
    """
    return decode(encode(value), kind)
