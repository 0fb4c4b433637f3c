"""Base classes of the generated API classes (``CoreV1Api``, ``AsyncCoreV1Api``, ...).

A generated method only forwards its arguments and its :class:`Op`; the API client binds,
sends and decodes.
"""

from __future__ import annotations

from typing import Any

from ._operation import Op
from .api_client import ApiClient, AsyncApiClient

__all__ = ["AsyncApi", "SyncApi"]


class SyncApi:
    """Base of the synchronous API classes: ``CoreV1Api(api_client=None)``."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        #: the client requests are sent with; ``ApiClient()`` (the default configuration)
        #: when none is given, as in the official client
        self.api_client: ApiClient = api_client if api_client is not None else ApiClient()

    def _call(self, op: Op, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        return self.api_client.invoke(op, args, kwargs)


class AsyncApi:
    """Base of the asyncio API classes: ``AsyncCoreV1Api(api_client=None)``."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client: AsyncApiClient = api_client if api_client is not None else AsyncApiClient()

    async def _call(self, op: Op, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        return await self.api_client.invoke(op, args, kwargs)
