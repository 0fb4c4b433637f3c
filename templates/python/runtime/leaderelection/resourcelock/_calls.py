"""What the sync and asyncio locks share: building the objects they write and reading
the records they hold (the API calls themselves differ only by ``await``)."""

from __future__ import annotations

from typing import Any

from ...client._bound import api_object as api
from .._core import ANNOTATION, LeaderElectionRecord, annotation_value, lease_spec

__all__ = ["api", "configmap_body", "configmap_with", "lease_body", "lease_with"]


def lease_body(client: Any, name: str, record: LeaderElectionRecord) -> Any:
    return client.V1Lease(
        metadata=client.V1ObjectMeta(name=name),
        spec=lease_spec(record, client.V1LeaseSpec()),
    )


def configmap_body(client: Any, name: str, record: LeaderElectionRecord) -> Any:
    return client.V1ConfigMap(
        metadata=client.V1ObjectMeta(name=name, annotations={ANNOTATION: annotation_value(record)})
    )


def lease_with(client: Any, lease: Any, record: LeaderElectionRecord) -> Any:
    """``lease`` (as read; its resourceVersion guards the write) holding ``record``."""
    lease.spec = lease_spec(record, lease.spec or client.V1LeaseSpec())
    return lease


def configmap_with(client: Any, configmap: Any, name: str, record: LeaderElectionRecord) -> Any:
    """``configmap`` (as read) with ``record`` in its annotation."""
    meta = configmap.metadata or client.V1ObjectMeta(name=name)
    meta.annotations = {**(meta.annotations or {}), ANNOTATION: annotation_value(record)}
    configmap.metadata = meta
    return configmap
