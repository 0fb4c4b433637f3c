"""``LeaderElection``: run for leader with a lock (the official client's class).

::

    lock = LeaseLock("my-controller", "default", identity)
    config = electionconfig.Config(lock, lease_duration=15, renew_deadline=10,
                                   retry_period=2, onstarted_leading=work,
                                   onstopped_leading=stop_work)
    LeaderElection(config).run()   # returns when leadership is lost

The election's steps are in :mod:`._core` (shared with asyncio); this runs them with
blocking calls. ``onstarted_leading`` runs in a daemon thread; if it raises, the leader
stops renewing and ``onstopped_leading`` is called.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Generator
from typing import Any

from . import _core
from .electionconfig import Config
from .leaderelectionrecord import LeaderElectionRecord

__all__ = ["LeaderElection"]

logger = logging.getLogger("leaderelection")


class LeaderElection:
    def __init__(self, election_config: Config) -> None:
        if election_config is None:
            raise ValueError("argument config not passed")
        self.election_config = election_config
        #: the record last read from (or written to) the lock, and when (ms since epoch)
        self.observed_record: LeaderElectionRecord | None = None
        self.observed_time_milliseconds = 0
        self._leading_failed = threading.Event()
        self._led = False

    def run(self) -> None:
        """Block until this candidate leads, lead, and return once leadership is lost."""
        self._leading_failed.clear()
        self._led = False
        self._drive(_core.election(self))
        if self._led:
            self.election_config.onstopped_leading()

    def acquire(self) -> bool:
        return bool(self._drive(_core.acquire(self)))

    def renew_loop(self, leading_failed: threading.Event | None = None) -> None:
        if leading_failed is not None:
            self._leading_failed = leading_failed
        self._drive(_core.renew_loop(self))

    def try_acquire_or_renew(self) -> bool:
        return bool(self._drive(_core.try_acquire_or_renew(self)))

    def update_lock(self, leader_election_record: LeaderElectionRecord) -> bool:
        return bool(self._drive(_core._update(self, leader_election_record)))

    def run_onstarted_leading(self, leading_failed: threading.Event) -> None:
        try:
            self.election_config.onstarted_leading()
        except Exception:
            logger.exception("onstarted_leading raised an exception, stopping leading")
            leading_failed.set()

    def _drive(self, steps: Generator[_core.Step, Any, Any]) -> Any:
        """Run the election's steps with blocking calls; the steps' result."""
        lock = self.election_config.lock
        answer: Any = None
        while True:
            try:
                step = steps.send(answer)
            except StopIteration as done:
                return done.value
            if isinstance(step, _core.Get):
                answer = lock.get(lock.name, lock.namespace)
            elif isinstance(step, _core.Create):
                answer = lock.create(lock.name, lock.namespace, step.record)
            elif isinstance(step, _core.Update):
                answer = lock.update(lock.name, lock.namespace, step.record)
            elif isinstance(step, _core.Sleep):
                answer = self._leading_failed.wait(step.seconds)
            else:  # Lead
                self._led, answer = True, None
                threading.Thread(
                    target=self.run_onstarted_leading,
                    args=(self._leading_failed,),
                    name="onstarted_leading",
                    daemon=True,
                ).start()
