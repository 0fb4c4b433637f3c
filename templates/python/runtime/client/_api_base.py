"""Base classes of the generated API classes (``CoreV1Api``, ``AsyncCoreV1Api``, ...).

A generated method only forwards its arguments and its :class:`Op`; the API client binds,
sends and decodes. The client module (and httpx with it) is imported when the first API
object is made, not when an API class is imported, so ``client.CoreV1Api`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._operation import Op

if TYPE_CHECKING:
    from .api_client import ApiClient, AsyncApiClient

__all__ = ["AsyncApi", "SyncApi"]


class SyncApi:
    """Base of the synchronous API classes: ``CoreV1Api(api_client=None)``."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        if api_client is None:
            from .api_client import ApiClient

            api_client = ApiClient()
        #: the client requests are sent with; ``ApiClient()`` (the default configuration)
        #: when none is given, as in the official client
        self.api_client: ApiClient = api_client

    def _call(self, op: Op, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        return self.api_client.invoke(op, args, kwargs)


class AsyncApi:
    """Base of the asyncio API classes: ``AsyncCoreV1Api(api_client=None)``."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        if api_client is None:
            from .api_client import AsyncApiClient

            api_client = AsyncApiClient()
        self.api_client: AsyncApiClient = api_client

    async def _call(self, op: Op, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        return await self.api_client.invoke(op, args, kwargs)
