"""Retry a call as client-go does: on a conflict, or as a ``Retry-After`` response says.

The official client's ``kubernetes.utils.retry``; the asyncio twin is
``kubeclient.aio.utils.retry``. The typical use re-reads the object in ``fn``::

    def bump():
        deployment = apps.read_namespaced_deployment("web", "default")
        deployment.spec.replicas += 1
        return apps.replace_namespaced_deployment("web", "default", deployment)

    retry_on_conflict(bump)
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import TypeVar

from ._retry import (
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


def _run(schedule: Schedule, fn: Callable[[], T], sleep_func: Callable[[float], None]) -> T:
    while True:
        try:
            return fn()
        except Exception as error:
            delay = schedule.after(error)
            if delay is None:
                raise
            sleep_func(delay)


def on_error(
    backoff: Backoff,
    retriable: Callable[[Exception], bool],
    fn: Callable[[], T],
    sleep_func: Callable[[float], None] = time.sleep,
    random_func: Callable[[], float] = random.random,
) -> T:
    """Call ``fn`` until it succeeds, its error is not ``retriable`` or ``backoff.steps``
    calls are made (then its last error is raised); client-go's ``retry.OnError``."""
    return _run(Schedule(backoff, retriable, random_func), fn, sleep_func)


def retry_on_conflict(
    fn: Callable[[], T],
    backoff: Backoff = DEFAULT_RETRY,
    sleep_func: Callable[[float], None] = time.sleep,
    random_func: Callable[[], float] = random.random,
) -> T:
    """Call ``fn`` again while it fails with HTTP 409 Conflict; client-go's
    ``retry.RetryOnConflict``. ``fn`` should read the object afresh each time."""
    return on_error(backoff, is_conflict, fn, sleep_func, random_func)


def on_retry_after_error(
    backoff: Backoff,
    retriable: Callable[[Exception], bool],
    fn: Callable[[], T],
    sleep_func: Callable[[float], None] = time.sleep,
    random_func: Callable[[], float] = random.random,
) -> T:
    """As :func:`on_error`, waiting at least as long as a ``Retry-After`` header asks
    (client-go's ``rest.WithRetry``)."""
    schedule = Schedule(backoff, retriable, random_func, honour_retry_after=True)
    return _run(schedule, fn, sleep_func)
