"""``LeaseLock``: the election record in a ``coordination.k8s.io/v1`` Lease (what
client-go uses); updates carry the Lease's resourceVersion, so of two candidates writing at
once one gets 409 Conflict and loses."""

from __future__ import annotations

import logging
from typing import Any

from ... import client
from ...client.exceptions import ApiException
from .._core import TIME_FORMATS, LeaderElectionRecord, lease_record, lease_spec
from ._calls import api, lease_body, lease_with

__all__ = ["TIME_FORMATS", "LeaseLock"]

logger = logging.getLogger("leaderelection")


class LeaseLock:
    def __init__(self, name: str, namespace: str, identity: str, api_client: Any = None) -> None:
        self.api_instance = api("CoordinationV1Api", api_client)
        self.name = name
        self.namespace = namespace
        self.identity = str(identity)
        #: the Lease last read or written (its resourceVersion guards the next update)
        self.lease_reference: Any = None

    def get(self, name: str, namespace: str) -> tuple[bool, Any]:
        """``(True, record)``, or ``(False, the ApiException)`` (404: no lock yet)."""
        try:
            lease = self.api_instance.read_namespaced_lease(name, namespace)
        except ApiException as error:
            return False, error
        self.lease_reference = lease
        return True, lease_record(lease)

    def create(self, name: str, namespace: str, election_record: LeaderElectionRecord) -> bool:
        try:
            self.lease_reference = self.api_instance.create_namespaced_lease(
                namespace, lease_body(client, name, election_record)
            )
        except ApiException as error:
            logger.info("failed to create lock: %s", error.reason)
            return False
        return True

    def update(self, name: str, namespace: str, updated_record: LeaderElectionRecord) -> bool:
        lease = self.lease_reference
        if lease is None:
            logger.info("lease not read yet: call get or create first")
            return False
        lease = lease_with(client, lease, updated_record)
        try:
            self.lease_reference = self.api_instance.replace_namespaced_lease(
                name, namespace, lease
            )
        except ApiException as error:
            logger.info("failed to update lock: %s", error.reason)
            return False
        return True

    def get_lock_object(self, lease: Any) -> LeaderElectionRecord:
        return lease_record(lease)

    def get_lease_spec(
        self, leader_election_record: LeaderElectionRecord, current_spec: Any = None
    ) -> Any:
        return lease_spec(leader_election_record, current_spec or client.V1LeaseSpec())
