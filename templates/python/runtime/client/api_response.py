"""``ApiResponse``: what the official client's asyncio ``<method>_with_http_info`` returns."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

__all__ = ["ApiResponse"]

T = TypeVar("T")


@dataclass(slots=True)
class ApiResponse(Generic[T]):
    """A decoded response with its HTTP status, headers and undecoded body."""

    status_code: int
    headers: Mapping[str, str] | None
    data: T
    raw_data: bytes

    def __repr__(self) -> str:
        # headers may carry cookies or tokens: never in a repr
        return f"ApiResponse(status_code={self.status_code}, data={self.data!r})"
