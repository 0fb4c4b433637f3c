"""The asyncio twin of :mod:`kubeclient.utils.retry`: ``fn`` returns an awaitable."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable
from typing import TypeVar

from ...utils._retry import (
    DEFAULT_BACKOFF,
    DEFAULT_RETRY,
    DEFAULT_RETRY_AFTER_BACKOFF,
    Backoff,
    Schedule,
    is_conflict,
    is_retry_after_response,
    is_too_many_requests,
    retry_after_backoff,
    retry_after_max_retries,
    retry_after_seconds,
)

__all__ = [
    "DEFAULT_BACKOFF",
    "DEFAULT_RETRY",
    "DEFAULT_RETRY_AFTER_BACKOFF",
    "Backoff",
    "is_conflict",
    "is_retry_after_response",
    "is_too_many_requests",
    "on_error",
    "on_retry_after_error",
    "retry_after_backoff",
    "retry_after_max_retries",
    "retry_after_seconds",
    "retry_on_conflict",
]

T = TypeVar("T")
Sleep = Callable[[float], Awaitable[object]]


async def _run(schedule: Schedule, fn: Callable[[], Awaitable[T]], sleep_func: Sleep) -> T:
    while True:
        try:
            return await fn()
        except Exception as error:
            delay = schedule.after(error)
            if delay is None:
                raise
            await sleep_func(delay)


async def on_error(
    backoff: Backoff,
    retriable: Callable[[Exception], bool],
    fn: Callable[[], Awaitable[T]],
    sleep_func: Sleep = asyncio.sleep,
    random_func: Callable[[], float] = random.random,
) -> T:
    """Await ``fn()`` until it succeeds, its error is not ``retriable`` or
    ``backoff.steps`` calls are made; client-go's ``retry.OnError``."""
    return await _run(Schedule(backoff, retriable, random_func), fn, sleep_func)


async def retry_on_conflict(
    fn: Callable[[], Awaitable[T]],
    backoff: Backoff = DEFAULT_RETRY,
    sleep_func: Sleep = asyncio.sleep,
    random_func: Callable[[], float] = random.random,
) -> T:
    """Await ``fn()`` again while it fails with HTTP 409 Conflict."""
    return await on_error(backoff, is_conflict, fn, sleep_func, random_func)


async def on_retry_after_error(
    backoff: Backoff,
    retriable: Callable[[Exception], bool],
    fn: Callable[[], Awaitable[T]],
    sleep_func: Sleep = asyncio.sleep,
    random_func: Callable[[], float] = random.random,
) -> T:
    """As :func:`on_error`, waiting at least as long as a ``Retry-After`` header asks."""
    schedule = Schedule(backoff, retriable, random_func, honour_retry_after=True)
    return await _run(schedule, fn, sleep_func)
