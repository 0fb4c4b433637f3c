"""``LeaderElectionRecord``: what a lock holds (the official client's module path)."""

from ._core import LeaderElectionRecord

__all__ = ["LeaderElectionRecord"]
