"""``LeaderElectionRecord`` (shared with the sync election)."""

from ...leaderelection._core import LeaderElectionRecord

__all__ = ["LeaderElectionRecord"]
