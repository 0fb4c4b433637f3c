"""Watching resources with asyncio: ``async for event in Watch().stream(api.list_..., ...)``.

The protocol logic (resume, bookmarks, 410 relist, backoff) is the sync watch's machine in
:mod:`kubeclient.watch._core`; only the I/O differs.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Generator
from typing import Any

from ...watch._core import (
    Backoff,
    Command,
    Emit,
    ListPage,
    Open,
    ReadLine,
    ResourceExpired,
    Sleep,
    WatchConfig,
    WatchError,
    WatchEvent,
    body_chunks,
    complete_lines,
    config_for,
    watch_machine,
)

__all__ = [
    "Backoff",
    "ResourceExpired",
    "Stream",
    "Watch",
    "WatchError",
    "WatchEvent",
    "aiter_resp_lines",
    "run_machine",
]


async def aiter_resp_lines(resp: Any) -> AsyncIterator[bytes]:
    """Complete lines (bytes, without the newline) of a streaming asyncio response."""
    buffer = bytearray()
    chunks = body_chunks(resp, asynchronous=True)
    try:
        async for chunk in chunks:
            for line in complete_lines(buffer, chunk):
                yield line
    finally:
        # closed now, not by the event loop's finalizer of abandoned generators later
        close = getattr(chunks, "aclose", None)
        if close is not None:
            await close()
    if buffer:
        yield bytes(buffer)


class _Run:
    def __init__(self, func: Callable[..., Awaitable[Any]], args: tuple[Any, ...]) -> None:
        self.func = func
        self.args = args
        self.response: Any = None
        self.lines: Any = None
        self.wake = asyncio.Event()

    async def close_response(self) -> None:
        response, self.response = self.response, None
        lines, self.lines = self.lines, None
        if response is not None:
            try:
                await response.close()
            except Exception:
                pass
        if lines is not None:
            try:
                await lines.aclose()
            except Exception:  # being read by another task, which the closed response ends
                pass

    async def execute(self, command: Command) -> Any:
        if isinstance(command, Open):
            await self.close_response()
            self.response = await self.func(*self.args, **command.kwargs, _preload_content=False)
            self.lines = aiter_resp_lines(self.response)
            return self.lines
        if isinstance(command, ReadLine):
            return await anext(command.handle, None)
        if isinstance(command, ListPage):
            raw = await self.func(*self.args, **command.kwargs, _preload_content=False)
            try:
                data = await raw.read()
            finally:
                await raw.close()
            return command.decode(data)
        if isinstance(command, Sleep):
            try:
                await asyncio.wait_for(self.wake.wait(), command.seconds)
            except TimeoutError:
                pass
            return None
        raise TypeError(f"unknown command {command!r}")


async def run_machine(
    machine: Generator[Command, Any, Any],
    runner: _Run,
    on_emit: Callable[[WatchEvent[Any]], Awaitable[None] | None],
) -> Any:
    """Drive ``machine`` with asyncio I/O; ``on_emit`` receives each event. Returns the
    machine's result."""
    value: Any = None
    error: BaseException | None = None
    try:
        while True:
            try:
                command = machine.throw(error) if error is not None else machine.send(value)
            except StopIteration as stop:
                return stop.value
            value, error = None, None
            if isinstance(command, Emit):
                result = on_emit(command.event)
                if result is not None:
                    await result
                continue
            try:
                if isinstance(command, ReadLine):  # inline: once per event
                    value = await anext(command.handle, None)
                else:
                    value = await runner.execute(command)
            except Exception as failure:
                error = failure
    finally:
        await runner.close_response()
        machine.close()


class Stream:
    """The events of one ``Watch.stream`` call: an async iterator and context manager
    (kubernetes_asyncio's ``Stream``)."""

    def __init__(self, events: AsyncIterator[WatchEvent[Any]]) -> None:
        self._events = events

    def __aiter__(self) -> AsyncIterator[WatchEvent[Any]]:
        return self._events

    async def __anext__(self) -> WatchEvent[Any]:
        return await anext(self._events)

    async def __aenter__(self) -> Stream:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """End the stream and release its connection (as an async generator's ``aclose``)."""
        close = getattr(self._events, "aclose", None)
        if close is not None:
            await close()


class Watch:
    """The asyncio twin of :class:`kubeclient.watch.Watch`."""

    def __init__(self, return_type: Any = None) -> None:
        self._return_type = return_type
        self._config: WatchConfig | None = None
        self._runner: _Run | None = None
        self._closing: set[asyncio.Task[None]] = set()
        self.resource_version: str | None = None

    def stop(self) -> None:
        """End the stream: from the consuming loop, or from another task (the open response
        is closed, which ends a read waiting for the next event)."""
        if self._config is not None:
            self._config.stopped = True
        runner = self._runner
        if runner is not None:
            runner.wake.set()
            if runner.response is not None:
                try:
                    loop = asyncio.get_running_loop()
                except RuntimeError:
                    return
                task = loop.create_task(runner.close_response())
                self._closing.add(task)
                task.add_done_callback(self._closing.discard)

    async def close(self) -> None:
        self.stop()
        if self._runner is not None:
            await self._runner.close_response()

    def stream(
        self,
        func: Callable[..., Awaitable[Any]],
        *args: Any,
        relist: bool = True,
        read_timeout: float | None = None,
        **kwargs: Any,
    ) -> Stream:
        """``async for event in w.stream(...)`` (also usable as ``async with w.stream(...)
        as events``, as in kubernetes_asyncio)."""
        return Stream(self._events(func, args, relist, read_timeout, kwargs))

    async def _events(
        self,
        func: Callable[..., Awaitable[Any]],
        args: tuple[Any, ...],
        relist: bool,
        read_timeout: float | None,
        kwargs: dict[str, Any],
    ) -> AsyncIterator[WatchEvent[Any]]:
        config = config_for(func, kwargs, relist=relist, read_timeout=read_timeout)
        if self._return_type is not None:
            config.item_cls = self._return_type
        self._config = config
        runner = self._runner = _Run(func, args)
        machine = watch_machine(config)
        value: Any = None
        error: BaseException | None = None
        try:
            while True:
                try:
                    command = machine.throw(error) if error is not None else machine.send(value)
                except StopIteration:
                    break
                value, error = None, None
                if isinstance(command, Emit):
                    self.resource_version = config.resource_version
                    yield command.event
                    continue
                try:
                    if isinstance(command, ReadLine):  # inline: once per event
                        value = await anext(command.handle, None)
                    else:
                        value = await runner.execute(command)
                except Exception as failure:
                    error = failure
        finally:
            await runner.close_response()
            machine.close()
        self.resource_version = config.resource_version

    async def __aenter__(self) -> Watch:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
