"""``BaseLock``: what an asyncio election needs of its lock."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

from ....leaderelection._core import LeaderElectionRecord

__all__ = ["BaseLock"]


class BaseLock(ABC):
    def __init__(self, name: str, namespace: str, identity: str) -> None:
        self.name = name
        self.namespace = namespace
        self.identity = str(identity)

    @abstractmethod
    async def get(self, name: str, namespace: str) -> tuple[bool, Any]:
        """``(True, record or None)``, or ``(False, the ApiException)``."""

    @abstractmethod
    async def create(
        self, name: str, namespace: str, election_record: LeaderElectionRecord
    ) -> bool: ...

    @abstractmethod
    async def update(
        self, name: str, namespace: str, updated_record: LeaderElectionRecord
    ) -> bool: ...
