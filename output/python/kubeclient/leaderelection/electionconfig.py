"""``Config``: an election's lock, timings and callbacks (the official client's class)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from ._core import validate

__all__ = ["Config"]

logger = logging.getLogger("leaderelection")


class Config:
    """``lease_duration``: how long a lock not renewed stays its holder's; ``renew_deadline``:
    how long the leader keeps trying to renew before it gives up; ``retry_period``: the
    time between attempts (seconds, each at least 1). ``onstarted_leading()`` runs in a
    thread once the lock is ours; ``onstopped_leading()`` when leading ends. Invalid values
    raise ValueError (the official sync client exits the process instead)."""

    jitter_factor = 1.2

    def __init__(
        self,
        lock: Any,
        lease_duration: float,
        renew_deadline: float,
        retry_period: float,
        onstarted_leading: Any,
        onstopped_leading: Callable[[], Any] | None = None,
    ) -> None:
        validate(
            lock,
            lease_duration,
            renew_deadline,
            retry_period,
            onstarted_leading,
            self.jitter_factor,
        )
        self.lock = lock
        self.lease_duration = lease_duration
        self.renew_deadline = renew_deadline
        self.retry_period = retry_period
        self.onstarted_leading: Any = onstarted_leading
        self.onstopped_leading: Any = onstopped_leading or self.on_stoppedleading_callback

    def on_stoppedleading_callback(self) -> None:
        logger.info("%s stopped leading", self.lock.identity)
