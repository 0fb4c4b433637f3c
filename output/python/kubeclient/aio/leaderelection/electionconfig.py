"""``Config`` of an asyncio election: callbacks are coroutine functions or coroutines."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from ...leaderelection.electionconfig import Config as _SyncConfig

__all__ = ["Config"]

Callback = Callable[[], Coroutine[Any, Any, None]] | Coroutine[Any, Any, None]


class Config(_SyncConfig):
    """As :class:`kubeclient.leaderelection.electionconfig.Config` (the same checks);
    ``onstarted_leading`` runs as a task, cancelled when leadership is lost, and
    ``onstopped_leading`` may be None."""

    def __init__(
        self,
        lock: Any,
        lease_duration: float,
        renew_deadline: float,
        retry_period: float,
        onstarted_leading: Callback,
        onstopped_leading: Callback | None,
    ) -> None:
        super().__init__(lock, lease_duration, renew_deadline, retry_period, onstarted_leading)
        self.onstopped_leading: Any = onstopped_leading
