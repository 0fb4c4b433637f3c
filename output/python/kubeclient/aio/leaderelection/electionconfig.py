"""``Config`` of an asyncio election: callbacks are coroutine functions or coroutines."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from ...leaderelection._core import validate

__all__ = ["Config"]

Callback = Callable[[], Coroutine[Any, Any, None]] | Coroutine[Any, Any, None]


class Config:
    """As :class:`kubeclient.leaderelection.electionconfig.Config`; invalid values raise
    ValueError. ``onstarted_leading`` runs as a task, cancelled when leadership is lost."""

    jitter_factor = 1.2

    def __init__(
        self,
        lock: Any,
        lease_duration: float,
        renew_deadline: float,
        retry_period: float,
        onstarted_leading: Callback,
        onstopped_leading: Callback | None,
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
        self.onstarted_leading = onstarted_leading
        self.onstopped_leading = onstopped_leading
