"""Base classes of the generated API classes (``CoreV1Api``, ``AsyncCoreV1Api``, ...).

A generated method only forwards its arguments and its :class:`Op`; the API client binds,
sends and decodes. The client module (and httpx with it) is imported when the first API
object is made, not when an API class is imported, so ``client.CoreV1Api`` stays cheap.

The official client's method variants are added here to every generated class as it is
defined, not generated 3 times over: ``<method>_with_http_info`` (the result with the HTTP
status and headers) and ``<method>_without_preload_content`` (the open response).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any

from ._operation import Op

if TYPE_CHECKING:
    from .api_client import ApiClient, AsyncApiClient

__all__ = ["AsyncApi", "SyncApi"]

WITH_HTTP_INFO = "_with_http_info"
WITHOUT_PRELOAD_CONTENT = "_without_preload_content"


def _operations(cls: type) -> list[tuple[str, Op]]:
    """The generated methods of ``cls`` with their :class:`Op` (module constants
    ``_<NAME IN CAPITALS>``, defined before the class)."""
    module = sys.modules.get(cls.__module__)
    found = []
    for name, value in list(vars(cls).items()):
        if name.startswith("_") or not callable(value):
            continue
        op = getattr(module, f"_{name.upper()}", None)
        if isinstance(op, Op):
            found.append((name, op))
    return found


def _named(func: Callable[..., Any], cls: type, name: str, doc: str) -> Callable[..., Any]:
    func.__name__ = name
    func.__qualname__ = f"{cls.__qualname__}.{name}"
    func.__module__ = cls.__module__
    func.__doc__ = doc
    return func


class SyncApi:
    """Base of the synchronous API classes: ``CoreV1Api(api_client=None)``."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, op in _operations(cls):
            setattr(cls, name + WITH_HTTP_INFO, _sync_with_info(cls, name, op))
            setattr(cls, name + WITHOUT_PRELOAD_CONTENT, _sync_raw(cls, name, op))

    def __init__(self, api_client: ApiClient | None = None) -> None:
        owned = api_client is None
        if api_client is None:
            from .api_client import ApiClient

            api_client = ApiClient()
        #: the client requests are sent with; ``ApiClient()`` (the default configuration)
        #: when none is given, as in the official client
        self.api_client: ApiClient = api_client
        # only a client this object made is closed by close(): a shared one is its owner's
        self._owned_api_client: ApiClient | None = api_client if owned else None

    def _call(self, op: Op, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        return self.api_client.invoke(op, args, kwargs)

    def close(self) -> None:
        """Close the API client this object made (one passed in is left open)."""
        owned, self._owned_api_client = self._owned_api_client, None
        if owned is not None:
            owned.close()

    def __enter__(self) -> Any:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _sync_with_info(cls: type, name: str, op: Op) -> Callable[..., Any]:
    def call(self: SyncApi, *args: Any, **kwargs: Any) -> Any:
        return self.api_client.invoke(op, args, kwargs, with_info=True)

    doc = f"As :meth:`{name}`, returning ``(data, status, headers)``."
    return _named(call, cls, name + WITH_HTTP_INFO, doc)


def _sync_raw(cls: type, name: str, op: Op) -> Callable[..., Any]:
    def call(self: SyncApi, *args: Any, **kwargs: Any) -> Any:
        return self._call(op, args, {**kwargs, "_preload_content": False})

    doc = f"As :meth:`{name}` with ``_preload_content=False``: the open response."
    return _named(call, cls, name + WITHOUT_PRELOAD_CONTENT, doc)


class AsyncApi:
    """Base of the asyncio API classes: ``AsyncCoreV1Api(api_client=None)``."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, op in _operations(cls):
            setattr(cls, name + WITH_HTTP_INFO, _async_with_info(cls, name, op))
            setattr(cls, name + WITHOUT_PRELOAD_CONTENT, _async_raw(cls, name, op))

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        owned = api_client is None
        if api_client is None:
            from .api_client import AsyncApiClient

            api_client = AsyncApiClient()
        self.api_client: AsyncApiClient = api_client
        self._owned_api_client: AsyncApiClient | None = api_client if owned else None

    async def _call(self, op: Op, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        return await self.api_client.invoke(op, args, kwargs)

    async def close(self) -> None:
        """Close the API client this object made (one passed in is left open)."""
        owned, self._owned_api_client = self._owned_api_client, None
        if owned is not None:
            await owned.close()

    async def __aenter__(self) -> Any:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


def _async_with_info(cls: type, name: str, op: Op) -> Callable[..., Any]:
    async def call(self: AsyncApi, *args: Any, **kwargs: Any) -> Any:
        return await self.api_client.invoke(op, args, kwargs, with_info=True)

    doc = f"As :meth:`{name}`, returning an :class:`ApiResponse` (data, status, headers)."
    return _named(call, cls, name + WITH_HTTP_INFO, doc)


def _async_raw(cls: type, name: str, op: Op) -> Callable[..., Any]:
    async def call(self: AsyncApi, *args: Any, **kwargs: Any) -> Any:
        return await self._call(op, args, {**kwargs, "_preload_content": False})

    doc = f"As :meth:`{name}` with ``_preload_content=False``: the open response."
    return _named(call, cls, name + WITHOUT_PRELOAD_CONTENT, doc)
