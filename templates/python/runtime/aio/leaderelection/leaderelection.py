"""``LeaderElection`` on asyncio: the steps of :mod:`kubeclient.leaderelection._core`,
awaited. ``onstarted_leading`` runs as a task and is cancelled when leadership is lost;
if it fails, the leader stops renewing."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Generator
from typing import Any

from ...leaderelection import _core
from .electionconfig import Config
from .leaderelectionrecord import LeaderElectionRecord

__all__ = ["LeaderElection"]

logger = logging.getLogger("leaderelection")


class LeaderElection:
    def __init__(self, election_config: Config) -> None:
        if election_config is None:
            raise ValueError("argument config not passed")
        self.election_config = election_config
        self.observed_record: LeaderElectionRecord | None = None
        self.observed_time_milliseconds = 0
        self._leading: asyncio.Task[Any] | None = None

    async def run(self) -> None:
        """Wait until this candidate leads, lead, and return once leadership is lost."""
        self._leading = None
        try:
            await self._drive(_core.election(self))
        finally:
            leading, self._leading = self._leading, None
            if leading is not None:
                leading.cancel()
        if leading is not None and self.election_config.onstopped_leading is not None:
            await _core.callback(self.election_config.onstopped_leading)

    async def acquire(self) -> bool:
        return bool(await self._drive(_core.acquire(self)))

    async def renew_loop(self) -> None:
        await self._drive(_core.renew_loop(self))

    async def try_acquire_or_renew(self) -> bool:
        return bool(await self._drive(_core.try_acquire_or_renew(self)))

    async def update_lock(self, leader_election_record: LeaderElectionRecord) -> bool:
        return bool(await self._drive(_core._update(self, leader_election_record)))

    def _leading_failed(self) -> bool:
        task = self._leading
        return (
            task is not None
            and task.done()
            and not task.cancelled()
            and (task.exception() is not None)
        )

    async def _drive(self, steps: Generator[_core.Step, Any, Any]) -> Any:
        lock = self.election_config.lock
        answer: Any = None
        while True:
            try:
                step = steps.send(answer)
            except StopIteration as done:
                return done.value
            if isinstance(step, _core.Get):
                answer = await lock.get(lock.name, lock.namespace)
            elif isinstance(step, _core.Create):
                answer = await lock.create(lock.name, lock.namespace, step.record)
            elif isinstance(step, _core.Update):
                answer = await lock.update(lock.name, lock.namespace, step.record)
            elif isinstance(step, _core.Sleep):
                await asyncio.sleep(step.seconds)
                answer = self._leading_failed()
                if answer:
                    logger.error("onstarted_leading failed, stopping leading")
            else:  # Lead
                self._leading = asyncio.ensure_future(
                    _core.callback(self.election_config.onstarted_leading)
                )
                answer = None
