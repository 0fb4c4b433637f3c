"""Special Kubernetes value types shared by every generated model module."""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any, TypeAlias

import msgspec

__all__ = ["JSON", "IntOrString", "MicroTime", "OneOf", "Quantity", "RawJSON"]

if TYPE_CHECKING:
    # ``OneOf["a", "b"]``: the allowed values of a custom resource's enum, checked by type
    # checkers as a ``Literal``
    from typing import Literal as OneOf
else:

    class _OneOf:
        """At run time ``OneOf[...]`` is ``str``: a value the enum does not list (one a
        newer server added) still decodes."""

        def __getitem__(self, values: Any) -> type:
            return str

    OneOf = _OneOf()

#: ``intstr.IntOrString``: the wire carries either a JSON number or a string.
IntOrString: TypeAlias = int | str

#: ``resource.Quantity``: the server always sends a string ("500m", "1Gi"); it also accepts
#: JSON numbers, so numbers are allowed when building objects.
Quantity: TypeAlias = str | int | float

#: Arbitrary JSON (``RawExtension``, ``apiextensions JSON``): decoded to plain Python values.
JSON: TypeAlias = Any

#: JSON kept as undecoded bytes (``FieldsV1``): large, opaque and rarely read, so it is not
#: parsed with the object. ``msgspec.json.decode(value)`` turns it into Python values; an
#: empty ``RawJSON()`` means the field is absent.
RawJSON: TypeAlias = msgspec.Raw


class MicroTime(_dt.datetime):
    """``metav1.MicroTime``: a datetime the server requires with exactly six fractional digits.

    A distinct subclass so the encoder can write ``.000000`` where a plain datetime would
    drop a zero fraction (the server rejects ``MicroTime`` values without it).
    """

    __slots__ = ()

    @classmethod
    def from_datetime(cls, value: _dt.datetime) -> MicroTime:
        if value.tzinfo is None:
            raise ValueError("MicroTime needs a timezone-aware datetime")
        return cls(
            value.year,
            value.month,
            value.day,
            value.hour,
            value.minute,
            value.second,
            value.microsecond,
            tzinfo=value.tzinfo,
        )

    @classmethod
    def parse(cls, text: str) -> MicroTime:
        return cls.from_datetime(_dt.datetime.fromisoformat(text.replace("Z", "+00:00")))

    def wire(self) -> str:
        utc = self.astimezone(_dt.UTC)
        return utc.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
