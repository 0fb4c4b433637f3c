"""Leader election, as the official client's ``kubernetes.leaderelection``.

:class:`~.leaderelection.LeaderElection` with an :class:`~.electionconfig.Config` and a
lock (:class:`~.resourcelock.leaselock.LeaseLock` or
:class:`~.resourcelock.configmaplock.ConfigMapLock`); the asyncio twin is
``kubeclient.aio.leaderelection``.
"""

from .electionconfig import Config
from .leaderelection import LeaderElection
from .leaderelectionrecord import LeaderElectionRecord
from .resourcelock import ConfigMapLock, LeaseLock

__all__ = ["Config", "ConfigMapLock", "LeaderElection", "LeaderElectionRecord", "LeaseLock"]
