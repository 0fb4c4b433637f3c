"""Admission to a client's connection pool: at most ``connection_pool_maxsize`` requests in it.

Why: httpcore's pool keeps every request it cannot serve yet in a queue and, on each request
start and each response close, matches *all* queued requests against *all* connections. With
1,000 asyncio requests on a pool of 100 that is quadratic, and the asyncio client spent most
of its time there (3.6 requests/s against the threads' 100). Requests beyond the pool size
wait here instead, in a plain FIFO, so httpcore's queue stays empty.

A request holds its slot from sending until its response is closed: read to the end (the
response closes itself), closed by the caller, or dropped on an error or cancellation. A
streamed response (a watch, a followed log, an exec or port-forward session) holds it for as
long as it is open, as it holds its HTTP/1.1 connection: a client with as many open streams as
its pool size has no slot left, and its other requests wait until a stream closes (exactly as
they would wait for a connection without this). Give the pool room for the watches and
sessions of a client plus its other requests. The wait honours the request's pool timeout
(``httpx.Timeout(pool=...)``; none by default) with ``httpx.PoolTimeout``.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterator

import httpx

__all__ = ["Admission", "AsyncAdmission"]


def _pool_timeout(request: httpx.Request) -> float | None:
    timeout = request.extensions.get("timeout", {})
    value = timeout.get("pool") if isinstance(timeout, dict) else None
    return float(value) if value is not None else None


def _pool_timed_out(request: httpx.Request) -> httpx.PoolTimeout:
    return httpx.PoolTimeout("timed out waiting for a free connection of the pool", request=request)


class _Once:
    """Releases a slot exactly once, however many times the response is closed."""

    __slots__ = ("_release",)

    def __init__(self, release: Callable[[], None]) -> None:
        self._release: Callable[[], None] | None = release

    def __call__(self) -> None:
        release, self._release = self._release, None
        if release is not None:
            release()


class _HeldStream(httpx.SyncByteStream):
    """A response body whose closing frees the request's slot."""

    def __init__(self, stream: httpx.SyncByteStream, release: _Once) -> None:
        self._stream = stream
        self._release = release

    def __iter__(self) -> Iterator[bytes]:
        return iter(self._stream)

    def close(self) -> None:
        try:
            self._stream.close()
        finally:
            self._release()


class _AsyncHeldStream(httpx.AsyncByteStream):
    def __init__(self, stream: httpx.AsyncByteStream, release: _Once) -> None:
        self._stream = stream
        self._release = release

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._stream.__aiter__()

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            self._release()


class Admission:
    """Slots for the threads of a sync client (one per pooled connection)."""

    def __init__(self, size: int) -> None:
        self.size = max(size, 1)
        self._slots = threading.BoundedSemaphore(self.size)

    def send(self, client: httpx.Client, request: httpx.Request) -> httpx.Response:
        """``client.send(request, stream=True)`` once a slot is free; the response holds the
        slot until it is closed."""
        timeout = _pool_timeout(request)
        if not self._slots.acquire(timeout=timeout):
            raise _pool_timed_out(request)
        release = _Once(self._slots.release)
        try:
            response = client.send(request, stream=True)
        except BaseException:
            release()
            raise
        if response.is_closed:
            # a transport that answered from memory (httpx.MockTransport, a cache): the
            # response was read and closed before it was returned, and will not close again
            release()
        else:
            assert isinstance(response.stream, httpx.SyncByteStream)
            response.stream = _HeldStream(response.stream, release)
        return response


class AsyncAdmission:
    """Slots for the tasks of an asyncio client, granted first come, first served.

    Written on futures of the running loop rather than ``asyncio.Semaphore``, which binds
    itself to the first loop it waits on: a client may serve several ``asyncio.run`` calls.
    """

    def __init__(self, size: int) -> None:
        self.size = max(size, 1)
        self._free = self.size
        self._waiters: deque[asyncio.Future[None]] = deque()

    @property
    def waiting(self) -> int:
        return sum(not waiter.done() for waiter in self._waiters)

    async def _acquire(self, timeout: float | None) -> bool:
        # invariant: while a slot is free nobody waits (release hands slots to waiters first)
        if self._free > 0:
            self._free -= 1
            return True
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            async with asyncio.timeout(timeout):
                await waiter
        except TimeoutError:
            return self._given_up(waiter)
        except BaseException:
            self._given_up(waiter)
            raise
        return True

    def _given_up(self, waiter: asyncio.Future[None]) -> bool:
        if waiter.done() and not waiter.cancelled():
            # the slot was handed over just as the wait ended: pass it on
            self._release()
        else:
            waiter.cancel()
            with contextlib.suppress(ValueError):
                self._waiters.remove(waiter)
        return False

    def _release(self) -> None:
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return
        self._free += 1

    async def send(self, client: httpx.AsyncClient, request: httpx.Request) -> httpx.Response:
        """``await client.send(request, stream=True)`` once a slot is free; the response
        holds the slot until it is closed."""
        if not await self._acquire(_pool_timeout(request)):
            raise _pool_timed_out(request)
        release = _Once(self._release)
        try:
            response = await client.send(request, stream=True)
        except BaseException:
            release()
            raise
        if response.is_closed:  # answered from memory (see Admission.send)
            release()
        else:
            assert isinstance(response.stream, httpx.AsyncByteStream)
            response.stream = _AsyncHeldStream(response.stream, release)
        return response
