"""Kubernetes quantities (``500m``, ``128Mi``, ``1.5G``, ``2e3``), as the official
``kubernetes.utils.parse_quantity`` and ``format_quantity``."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

__all__ = ["format_quantity", "parse_quantity"]

_EXPONENTS = {"n": -3, "u": -2, "m": -1, "": 0, "k": 1, "M": 2, "G": 3, "T": 4, "P": 5, "E": 6}
_BINARY = {"Ki": 1, "Mi": 2, "Gi": 3, "Ti": 4, "Pi": 5, "Ei": 6}


def _scale(suffix: str) -> Decimal:
    if suffix in _BINARY:
        return Decimal(1024) ** _BINARY[suffix]
    if suffix in _EXPONENTS:
        return Decimal(1000) ** _EXPONENTS[suffix]
    raise ValueError(f"unknown quantity suffix {suffix!r}")


def parse_quantity(quantity: str | int | float | Decimal) -> Decimal:
    """The value of a quantity as a ``Decimal``: ``"200Mi"`` → ``209715200``, ``"100m"`` →
    ``0.1``. Raises ``ValueError`` for anything else."""
    if isinstance(quantity, bool):
        raise ValueError(f"not a quantity: {quantity!r}")
    if isinstance(quantity, int | float | Decimal):
        return Decimal(quantity)
    text = str(quantity).strip()
    number, suffix = text, ""
    if text[-2:] in _BINARY:
        number, suffix = text[:-2], text[-2:]
    elif text[-1:] in _EXPONENTS and text[-1:]:
        number, suffix = text[:-1], text[-1:]
    try:
        value = Decimal(number)
    except InvalidOperation:
        raise ValueError(f"not a quantity: {quantity!r}") from None
    if not value.is_finite() or not number or number[-1:] in "eE":
        raise ValueError(f"not a quantity: {quantity!r}")
    return value * _scale(suffix)


def format_quantity(
    value: Decimal | int | float, suffix: str, quantize: Decimal | None = None
) -> str:
    """``value`` written with ``suffix`` (``Decimal(209715200)``, ``"Mi"`` → ``"200Mi"``);
    ``quantize`` rounds the scaled number (e.g. ``Decimal("0.01")``)."""
    scaled = Decimal(value) / _scale(suffix)
    if quantize is not None:
        scaled = scaled.quantize(quantize)
    return f"{format(scaled.normalize(), 'f')}{suffix}"
