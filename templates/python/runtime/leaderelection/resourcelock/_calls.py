"""What the sync and asyncio locks share: building the objects they write and reading
the records they hold (the API calls themselves differ only by ``await``)."""

from __future__ import annotations

from typing import Any

from ...client._bound import api_object as api
from .._core import ANNOTATION, LeaderElectionRecord, annotation_value, lease_spec

__all__ = ["api", "configmap_body", "lease_body"]


def lease_body(client: Any, name: str, record: LeaderElectionRecord) -> Any:
    return client.V1Lease(
        metadata=client.V1ObjectMeta(name=name),
        spec=lease_spec(record, client.V1LeaseSpec()),
    )


def configmap_body(client: Any, name: str, record: LeaderElectionRecord) -> Any:
    return client.V1ConfigMap(
        metadata=client.V1ObjectMeta(name=name, annotations={ANNOTATION: annotation_value(record)})
    )
