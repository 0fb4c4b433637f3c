"""What a generated API method knows about its endpoint, as data.

Generated API classes hold one :class:`Op` per operation and pass it, with the caller's
arguments, to the API client; binding arguments, building the request and decoding the
response are written once, in the runtime, for the sync and the asyncio client alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

__all__ = ["Op", "Param"]

Location = Literal["path", "query", "body"]


@dataclass(frozen=True, slots=True)
class Param:
    """One parameter: its Python name, wire name and where it goes."""

    name: str
    wire: str
    location: Location
    #: a list sent as repeated query parameters (``command=a&command=b``)
    multi: bool = False


@dataclass(frozen=True, slots=True)
class Op:
    """One HTTP operation of the Kubernetes API."""

    #: the official client's method name, e.g. ``list_namespaced_pod``
    name: str
    method: str
    #: path template with ``{name}`` placeholders, e.g. ``/api/v1/namespaces/{namespace}/pods``
    path: str
    #: every parameter; the first ``required`` of them may be passed positionally
    params: tuple[Param, ...]
    required: int
    #: what a successful response decodes to: a model class, ``str`` (text such as logs),
    #: ``object`` (untyped JSON), ``None`` (no body), or a tuple of model classes of which the
    #: response's ``kind`` picks one (delete returns the object or a ``Status``)
    response: Any
    #: request content types the server accepts for the body, first is the default
    consumes: tuple[str, ...] = ("application/json",)
    #: response content types, e.g. ``("application/json", "application/yaml", ...)``
    produces: tuple[str, ...] = ("application/json",)

    @property
    def is_patch(self) -> bool:
        return self.method == "PATCH"
