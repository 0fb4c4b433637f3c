"""The dynamic client with asyncio: ``await client.resources.get(...)``, ``await
resource.get(...)``, ``async for event in resource.watch(...)``.

Requests, discovery and results are the sync client's (``kubeclient.dynamic``); only the
sending differs.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from typing import Any, TypeVar

from ...dynamic._calls import Call, Machine, adrive, query_items
from ...dynamic.client import DynamicOps, Target, to_body
from ...dynamic.exceptions import (
    ApiException,
    ResourceNotFoundError,
    ResourceNotUniqueError,
    api_exception,
)
from ...dynamic.resource import (
    Resource,
    ResourceField,
    ResourceInstance,
    ResourceList,
    Subresource,
)
from ..watch import Watch

__all__ = [
    "DynamicClient",
    "Resource",
    "ResourceField",
    "ResourceInstance",
    "ResourceList",
    "ResourceNotFoundError",
    "ResourceNotUniqueError",
    "Subresource",
]

T = TypeVar("T")


class ResourceRegistry:
    """``client.resources``: search the discovered resources (asyncio)."""

    def __init__(self, ops: DynamicOps) -> None:
        self._ops = ops

    async def _drive(self, machine: Machine[T]) -> T:
        return await adrive(machine, self._ops.client)

    async def get(self, **criteria: Any) -> Resource | ResourceList:
        """See ``kubeclient.dynamic.client.ResourceRegistry.get``."""
        return await self._drive(self._ops.discoverer.get_with_lists(**criteria))

    async def search(self, **criteria: Any) -> list[Resource | ResourceList]:
        return await self._drive(self._ops.discoverer.search_with_lists(**criteria))

    def invalidate_cache(self) -> None:
        self._ops.discoverer.invalidate_cache()

    async def api_groups(self) -> list[str]:
        return await self._drive(self._ops.discoverer.api_groups())


class DynamicClient(DynamicOps):
    """The dynamic client over an ``AsyncApiClient``; every method is a coroutine except
    :meth:`watch`, an async iterator."""

    def __init__(self, client: Any, cache_file: str | os.PathLike[str] | None = None) -> None:
        super().__init__(client, cache_file)
        self.resources = ResourceRegistry(self)

    async def _send(self, call: Call) -> Any:
        try:
            return self.instance(await call.arun(self.client))
        except ApiException as error:
            raise api_exception(error) from None

    async def run(self, machine: Machine[Any]) -> Any:
        try:
            return self.instance(await adrive(machine, self.client))
        except ApiException as error:
            raise api_exception(error) from None

    async def get(
        self, resource: Target, name: str | None = None, namespace: str | None = None, **kw: Any
    ) -> Any:
        return await self._send(self.get_call(resource, name, namespace, **kw))

    async def list(self, resource: Target, namespace: str | None = None, **kw: Any) -> Any:
        return await self._send(self.get_call(resource, None, namespace, **kw))

    async def create(
        self, resource: Target, body: Any = None, namespace: str | None = None, **kw: Any
    ) -> Any:
        return await self._send(self.create_call(resource, body, namespace, **kw))

    async def replace(
        self,
        resource: Target,
        body: Any = None,
        name: str | None = None,
        namespace: str | None = None,
        **kw: Any,
    ) -> Any:
        return await self._send(self.replace_call(resource, body, name, namespace, **kw))

    async def patch(
        self,
        resource: Target,
        body: Any = None,
        name: str | None = None,
        namespace: str | None = None,
        content_type: str | None = None,
        **kw: Any,
    ) -> Any:
        machine = self.patch_machine(resource, body, name, namespace, content_type, **kw)
        return await self.run(machine)

    async def server_side_apply(
        self,
        resource: Target,
        body: Any = None,
        name: str | None = None,
        namespace: str | None = None,
        field_manager: str | None = None,
        force: bool | None = None,
        force_conflicts: bool | None = None,
        **kw: Any,
    ) -> Any:
        call = self.apply_call(
            resource, body, name, namespace, field_manager, force, force_conflicts, **kw
        )
        return await self._send(call)

    async def delete(
        self,
        resource: Target,
        name: str | None = None,
        namespace: str | None = None,
        body: Any = None,
        label_selector: str | None = None,
        field_selector: str | None = None,
        **kw: Any,
    ) -> Any:
        call = self.delete_call(
            resource, name, namespace, body, label_selector, field_selector, **kw
        )
        return await self._send(call)

    async def watch(
        self,
        resource: Resource,
        namespace: str | None = None,
        name: str | None = None,
        label_selector: str | None = None,
        field_selector: str | None = None,
        resource_version: str | None = None,
        timeout: float | None = None,
        watcher: Watch | None = None,
        allow_watch_bookmarks: bool | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        func, kwargs = self.watch_args(
            resource,
            namespace,
            name,
            label_selector,
            field_selector,
            resource_version,
            timeout,
            allow_watch_bookmarks,
        )
        watcher = watcher or Watch(return_type=object)
        async for event in watcher.stream(func, **kwargs):
            yield self.event(event)

    async def request(self, method: str, path: str, body: Any = None, **params: Any) -> Any:
        return await self._send(Call(method, path, query_items(params), to_body(body)))
