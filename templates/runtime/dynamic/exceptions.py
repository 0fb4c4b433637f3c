"""Errors of the dynamic client (the official ``kubernetes.dynamic.exceptions`` names)."""

from __future__ import annotations

from ..client.exceptions import ApiException

__all__ = ["ApiException", "ResourceNotFoundError", "ResourceNotUniqueError"]


class ResourceNotFoundError(LookupError):
    """No resource the server serves matches the search (after refreshing discovery)."""


class ResourceNotUniqueError(LookupError):
    """More than one resource matches the search; narrow it (e.g. with ``api_version``)."""
