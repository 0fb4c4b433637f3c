"""The asyncio informer: the same machine and cache as :mod:`kubeclient.informer`."""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from ...informer import _synced_filter
from ...informer._core import Cache, Handler, informer_machine
from ...watch._core import config_for
from ..watch import _Run, run_machine

__all__ = ["Informer"]

logger = logging.getLogger(__name__.split(".")[0] + ".informer")


class Informer:
    """``Informer(api.list_namespaced_pod, "ns")``; ``start()`` runs it as a task; handlers
    may be plain functions or coroutine functions."""

    def __init__(
        self,
        func: Callable[..., Awaitable[Any]],
        *args: Any,
        resync_period: float = 0.0,
        page_size: int | None = 500,
        watch_list: bool | None = None,
        **kwargs: Any,
    ) -> None:
        self._func = func
        self._args = args
        self._config = config_for(func, kwargs)
        self._page_size = page_size
        self._watch_list = watch_list
        self.resync_period = resync_period
        self._cache = Cache()
        self._synced = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._runner: _Run | None = None
        self.error: BaseException | None = None

    def add_event_handler(
        self,
        on_add: Handler | None = None,
        on_update: Handler | None = None,
        on_delete: Handler | None = None,
    ) -> None:
        self._cache.handlers.append((on_add, on_update, on_delete))

    def has_synced(self) -> bool:
        return self._synced.is_set()

    async def wait_for_sync(self, timeout: float | None = None) -> bool:
        try:
            await asyncio.wait_for(self._synced.wait(), timeout)
        except TimeoutError:
            return False
        return True

    def list(self) -> list[Any]:
        return list(self._cache.objects.values())

    def get(self, key: str) -> Any:
        return self._cache.objects.get(key)

    @property
    def resource_version(self) -> str | None:
        return self._config.resource_version

    def start(self) -> Informer:
        if self._task is None:
            self._task = asyncio.create_task(self.run())
        return self

    async def run(self) -> None:
        runner = self._runner = _Run(self._func, self._args)
        resync = asyncio.create_task(self._resync_loop()) if self.resync_period > 0 else None

        class _Flag:
            def __init__(self, event: asyncio.Event) -> None:
                self.event = event

            def set(self) -> None:
                self.event.set()

        machine = _synced_filter(
            informer_machine(self._config, self._page_size, self._watch_list),
            _Flag(self._synced),
        )

        async def dispatch(event: Any) -> None:
            for handler, call_args in self._cache.apply(event):
                await self._call(handler, call_args)

        try:
            await run_machine(machine, runner, dispatch)
        except Exception as error:
            if not self._config.stopped:
                self.error = error
                raise
        finally:
            if resync is not None:
                resync.cancel()

    async def stop(self) -> None:
        self._config.stopped = True
        if self._runner is not None:
            self._runner.wake.set()
            await self._runner.close_response()
        if self._task is not None:
            try:
                await asyncio.wait_for(self._task, 10.0)
            except (Exception, asyncio.CancelledError):
                pass

    async def __aenter__(self) -> Informer:
        return self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def _resync_loop(self) -> None:
        while True:
            await asyncio.sleep(self.resync_period)
            if self._synced.is_set():
                for handler, call_args in self._cache.resync_calls():
                    await self._call(handler, call_args)

    @staticmethod
    async def _call(handler: Handler, call_args: tuple[Any, ...]) -> None:
        try:
            result = handler(*call_args)
            if inspect.isawaitable(result):
                await result
        except Exception:
            logger.exception("informer handler %r failed", handler)
