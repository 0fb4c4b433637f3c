"""The asyncio twin of :mod:`kubeclient.leaderelection` (the official client's
``kubernetes.aio.leaderelection``): the same election steps, run with awaits; callbacks are
coroutine functions or coroutines."""

from .electionconfig import Config
from .leaderelection import LeaderElection
from .leaderelectionrecord import LeaderElectionRecord
from .resourcelock import ConfigMapLock, LeaseLock

__all__ = ["Config", "ConfigMapLock", "LeaderElection", "LeaderElectionRecord", "LeaseLock"]
