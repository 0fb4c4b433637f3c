"""The locks an election can use: :class:`LeaseLock` and :class:`ConfigMapLock`."""

from .configmaplock import ConfigMapLock
from .leaselock import LeaseLock

__all__ = ["ConfigMapLock", "LeaseLock"]
