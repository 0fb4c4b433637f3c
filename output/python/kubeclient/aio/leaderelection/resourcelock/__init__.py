"""The locks an asyncio election can use."""

from .baselock import BaseLock
from .configmaplock import ConfigMapLock
from .leaselock import LeaseLock

__all__ = ["BaseLock", "ConfigMapLock", "LeaseLock"]
