"""Requests as data, and the two drivers that run them.

The dynamic client, discovery, ``create_from_yaml`` and the ``wait`` helpers are written once
as generators (*machines*) that yield commands and receive their results. A command knows
how to run itself with the sync API client (``run``) and with the asyncio one (``arun``);
:func:`drive` and :func:`adrive` feed the results (or the exceptions) back. So the sync and
the asyncio flavours share every decision and differ only at the edge where bytes move.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Generator, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from ..client.rest import RequestTimeout

__all__ = [
    "Call",
    "Command",
    "Machine",
    "Sleep",
    "adrive",
    "drive",
    "list_function",
    "query_items",
]

T = TypeVar("T")


class Command(Protocol):
    """Something a machine asks its driver to do."""

    def run(self, api_client: Any) -> Any: ...

    async def arun(self, api_client: Any) -> Any: ...


Machine = Generator[Command, Any, T]


@dataclass(slots=True)
class Call:
    """One request through ``api_client.request`` (same auth, retries and errors as the
    generated methods); the result is the decoded JSON (``None`` for an empty body)."""

    method: str
    path: str
    query: list[tuple[str, Any]] = field(default_factory=list)
    body: Any = None
    content_type: str | None = None
    headers: dict[str, str] | None = None
    timeout: RequestTimeout = None

    def _kwargs(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "body": self.body,
            "content_type": self.content_type,
            "headers": self.headers,
            "response_type": object,
            "_request_timeout": self.timeout,
        }

    def run(self, api_client: Any) -> Any:
        return api_client.request(self.method, self.path, **self._kwargs())

    async def arun(self, api_client: Any) -> Any:
        return await api_client.request(self.method, self.path, **self._kwargs())


@dataclass(slots=True)
class Sleep:
    """Wait ``seconds`` (a short retry delay)."""

    seconds: float

    def run(self, api_client: Any) -> None:
        time.sleep(self.seconds)

    async def arun(self, api_client: Any) -> None:
        await asyncio.sleep(self.seconds)


def drive(machine: Machine[T], api_client: Any) -> T:
    """Run a machine with a sync ``ApiClient``."""
    value: Any = None
    error: BaseException | None = None
    try:
        while True:
            try:
                command = machine.throw(error) if error is not None else machine.send(value)
            except StopIteration as stop:
                result: T = stop.value
                return result
            value, error = None, None
            try:
                value = command.run(api_client)
            except Exception as failure:
                error = failure
    finally:
        machine.close()


async def adrive(machine: Machine[T], api_client: Any) -> T:
    """Run a machine with an ``AsyncApiClient``."""
    value: Any = None
    error: BaseException | None = None
    try:
        while True:
            try:
                command = machine.throw(error) if error is not None else machine.send(value)
            except StopIteration as stop:
                result: T = stop.value
                return result
            value, error = None, None
            try:
                value = await command.arun(api_client)
            except Exception as failure:
                error = failure
    finally:
        machine.close()


# -- query parameters ------------------------------------------------------------------------

_CAMEL = re.compile(r"_([a-z0-9])")
#: keyword arguments that are options of the request, not query parameters
_OPTIONS = frozenset({"_request_timeout", "_headers", "_preload_content", "_content_type"})


def wire_name(name: str) -> str:
    """The query parameter a Python keyword stands for: ``label_selector`` →
    ``labelSelector``, ``_continue`` → ``continue``; camelCase names pass unchanged."""
    if name in ("_continue", "continue_"):
        return "continue"
    return _CAMEL.sub(lambda match: match.group(1).upper(), name.strip("_"))


def query_items(params: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """Keyword arguments as query parameters (``None`` values left out)."""
    return [
        (wire_name(key), value)
        for key, value in params.items()
        if value is not None and key not in _OPTIONS
    ]


def list_function(api_client: Any, path: str) -> Any:
    """A function shaped like a generated ``list_*`` method for any collection path, for
    the watch machinery: keyword arguments become query parameters, ``_headers``,
    ``_request_timeout`` and ``_preload_content`` are passed on. With an asyncio client it
    returns the coroutine of the request."""

    def list_objects(**kwargs: Any) -> Any:
        return api_client.request(
            "GET",
            path,
            query=query_items(kwargs),
            headers=kwargs.get("_headers"),
            response_type=object,
            _request_timeout=kwargs.get("_request_timeout"),
            _preload_content=kwargs.get("_preload_content", True),
        )

    list_objects.__name__ = f"list {path}"
    return list_objects
