"""The retry schedule shared by :mod:`..utils.retry` and its asyncio twin.

client-go's algorithms (``util/retry.OnError``, ``RetryOnConflict``, the Retry-After wait of
``rest.WithRetry`` and ``wait.Backoff``) with durations in seconds, under the official
Python client's names. Only the loop that sleeps differs between sync and asyncio; which
error is retried, and after how long, is decided here.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

__all__ = [
    "DEFAULT_BACKOFF",
    "DEFAULT_RETRY",
    "DEFAULT_RETRY_AFTER_BACKOFF",
    "Backoff",
    "Schedule",
    "is_conflict",
    "is_retry_after_response",
    "is_too_many_requests",
    "retry_after_backoff",
    "retry_after_max_retries",
    "retry_after_seconds",
]

#: ``Retry-After`` retries when nothing else is said (client-go's ``rest.Request``)
_DEFAULT_RETRY_AFTER_RETRIES = 10


@dataclass(frozen=True)
class Backoff:
    """``wait.Backoff``: call at most ``steps`` times; wait ``duration`` seconds after the
    first failure, multiplied by ``factor`` after each further one, plus up to ``jitter``
    times that at random, never more than ``cap`` (0: no cap)."""

    steps: int
    duration: float
    factor: float
    jitter: float = 0.0
    cap: float = 0.0

    def __post_init__(self) -> None:
        if self.steps < 1:
            raise ValueError("steps must be at least 1")
        for name in ("duration", "factor", "jitter", "cap"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be non-negative")


#: client-go's ``retry.DefaultBackoff``
DEFAULT_BACKOFF = Backoff(steps=4, duration=0.01, factor=5.0, jitter=0.1)
#: client-go's ``retry.DefaultRetry`` (what ``RetryOnConflict`` is used with)
DEFAULT_RETRY = Backoff(steps=5, duration=0.01, factor=1.0, jitter=0.1)
#: one call plus 10 retries after ``Retry-After`` responses, as ``rest.Request``
DEFAULT_RETRY_AFTER_BACKOFF = Backoff(steps=11, duration=0.0, factor=1.0)


def is_conflict(error: BaseException) -> bool:
    """HTTP 409: another writer changed the object since it was read."""
    return getattr(error, "status", None) == 409


def is_too_many_requests(error: BaseException) -> bool:
    """HTTP 429."""
    return getattr(error, "status", None) == 429


def retry_after_seconds(error: BaseException) -> float | None:
    """The ``Retry-After`` header of an error response, in seconds (integer seconds only,
    as client-go; anything else is None)."""
    headers = getattr(error, "headers", None) or {}
    for key, value in headers.items():
        if key.lower() == "retry-after":
            text = str(value).strip()
            return float(int(text)) if text.isascii() and text.isdigit() else None
    return None


def is_retry_after_response(error: BaseException) -> bool:
    """A 429 or 5xx response that says when to retry."""
    status = getattr(error, "status", None)
    if status != 429 and (status is None or status < 500):
        return False
    return retry_after_seconds(error) is not None


def retry_after_max_retries(retries: Any = None) -> int:
    """How many ``Retry-After`` retries ``retries`` allows: None/True the default (10),
    False none, an int itself, or the ``total`` of a urllib3 ``Retry`` or the ``attempts``
    (calls, so one more) of aiohttp-retry options."""
    if retries is None or retries is True:
        return _DEFAULT_RETRY_AFTER_RETRIES
    if retries is False:
        return 0
    if isinstance(retries, int):
        return max(0, retries)
    if hasattr(retries, "total"):
        total = retries.total
        if total is False:
            return 0
        return max(0, total) if isinstance(total, int) and total is not True else 10
    attempts = getattr(retries, "attempts", None)
    if attempts is False:
        return 0
    if isinstance(attempts, int) and attempts is not True:
        return max(0, attempts - 1)
    return _DEFAULT_RETRY_AFTER_RETRIES


def retry_after_backoff(retries: Any = None, backoff: Backoff | None = None) -> Backoff:
    """``backoff`` (default :data:`DEFAULT_RETRY_AFTER_BACKOFF`) with ``steps`` set from
    ``retries`` (see :func:`retry_after_max_retries`) when given."""
    backoff = backoff or DEFAULT_RETRY_AFTER_BACKOFF
    if retries is None:
        return backoff
    return Backoff(
        steps=retry_after_max_retries(retries) + 1,
        duration=backoff.duration,
        factor=backoff.factor,
        jitter=backoff.jitter,
        cap=backoff.cap,
    )


class Schedule:
    """The waits of one retry loop: :meth:`after` gives the seconds to wait before the next
    call, or None when ``error`` is not retried or the steps are used up (re-raise it)."""

    def __init__(
        self,
        backoff: Backoff,
        retriable: Callable[[Exception], bool],
        random_func: Callable[[], float] = random.random,
        honour_retry_after: bool = False,
    ) -> None:
        self._backoff = backoff
        self._retriable = retriable
        self._random = random_func
        self._retry_after = honour_retry_after
        self._steps = backoff.steps
        self._duration = backoff.duration

    def after(self, error: Exception) -> float | None:
        if not self._retriable(error) or self._steps <= 1:
            return None
        backoff = self._backoff
        self._steps -= 1
        delay = self._duration
        if backoff.factor:
            self._duration *= backoff.factor
            if backoff.cap and self._duration > backoff.cap:
                self._duration, self._steps = backoff.cap, 0  # wait.Backoff.Step
        if backoff.jitter:
            delay += self._random() * backoff.jitter * delay
        if self._retry_after:
            server = retry_after_seconds(error)
            if server is not None and server > delay:
                delay = server
        return delay
