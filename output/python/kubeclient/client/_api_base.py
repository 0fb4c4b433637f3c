"""Base classes of the generated API classes (``CoreV1Api``, ``AsyncCoreV1Api``, ...).

A generated method only forwards its arguments and its :class:`Op`; the API client binds,
sends and decodes. The client module (and httpx with it) is imported when the first API
object is made, not when an API class is imported, so ``client.CoreV1Api`` stays cheap.

The official client's method variants are made here for every generated method, not
generated 3 times over: ``<method>_with_http_info`` (the result with the HTTP status and
headers) and ``<method>_without_preload_content`` (the open response). Each is made when
first looked up (on the class or an instance) and then kept on the class, so defining an
API class costs nothing more.
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


def _variant(cls: type, name: str) -> Callable[..., Any] | None:
    """Make and keep ``cls.<name>`` if ``name`` is a variant of a generated method (whose
    :class:`Op` is the module constant ``_<METHOD NAME IN CAPITALS>``); else None."""
    makers = _MAKERS[_flavour(cls)]
    suffix = next((suffix for suffix in makers if name.endswith(suffix)), None)
    if suffix is None:
        return None
    base = name[: -len(suffix)]
    owner = next((klass for klass in cls.__mro__ if base in vars(klass)), None)
    module = sys.modules.get(owner.__module__) if owner is not None else None
    op = getattr(module, f"_{base.upper()}", None)
    if owner is None or not isinstance(op, Op):
        return None
    function = makers[suffix](owner, base, op)
    setattr(owner, name, function)
    return function


def _flavour(cls: type) -> str:
    return "async" if issubclass(cls, AsyncApi) else "sync"


class _Variants(type):
    """Metaclass of the API classes: ``CoreV1Api.list_namespaced_pod_with_http_info``."""

    # runtime only: to a type checker, a misspelt method must stay an error
    if not TYPE_CHECKING:

        def __getattr__(cls, name: str) -> Any:
            if not name.startswith("_"):
                variant = _variant(cls, name)
                if variant is not None:
                    return variant
            raise AttributeError(f"type object {cls.__name__!r} has no attribute {name!r}")

    def __dir__(cls) -> list[str]:
        names = set(super().__dir__())
        module = sys.modules.get(cls.__module__)
        for name in list(names):
            if isinstance(getattr(module, f"_{name.upper()}", None), Op):
                names.update((name + WITH_HTTP_INFO, name + WITHOUT_PRELOAD_CONTENT))
        return sorted(names)


def _instance_variant(obj: Any, name: str) -> Any:
    if not name.startswith("_"):
        variant = _variant(type(obj), name)
        if variant is not None:
            return variant.__get__(obj, type(obj))
    raise AttributeError(f"{type(obj).__name__!r} object has no attribute {name!r}")


def _named(func: Callable[..., Any], cls: type, name: str, doc: str) -> Callable[..., Any]:
    func.__name__ = name
    func.__qualname__ = f"{cls.__qualname__}.{name}"
    func.__module__ = cls.__module__
    func.__doc__ = doc
    return func


class SyncApi(metaclass=_Variants):
    """Base of the synchronous API classes: ``CoreV1Api(api_client=None)``."""

    if not TYPE_CHECKING:  # (see _Variants)

        def __getattr__(self, name: str) -> Any:
            return _instance_variant(self, name)

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


class AsyncApi(metaclass=_Variants):
    """Base of the asyncio API classes: ``AsyncCoreV1Api(api_client=None)``."""

    if not TYPE_CHECKING:  # (see _Variants)

        def __getattr__(self, name: str) -> Any:
            return _instance_variant(self, name)

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


_MAKERS: dict[str, dict[str, Callable[[type, str, Op], Callable[..., Any]]]] = {
    "sync": {WITH_HTTP_INFO: _sync_with_info, WITHOUT_PRELOAD_CONTENT: _sync_raw},
    "async": {WITH_HTTP_INFO: _async_with_info, WITHOUT_PRELOAD_CONTENT: _async_raw},
}
