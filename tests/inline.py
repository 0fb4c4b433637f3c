"""Building blocks for tests with small inline specs."""

from __future__ import annotations

from typing import Any


def swagger(definitions: dict[str, Any], paths: dict[str, Any] | None = None) -> dict[str, Any]:
    """A minimal valid Swagger 2.0 document around ``definitions`` and ``paths``."""
    return {
        "swagger": "2.0",
        "info": {"title": "test", "version": "unversioned"},
        "paths": paths or {},
        "definitions": definitions,
    }
