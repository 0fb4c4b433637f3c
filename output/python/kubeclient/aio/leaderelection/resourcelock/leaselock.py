"""The asyncio ``LeaseLock`` (see :mod:`kubeclient.leaderelection.resourcelock.leaselock`)."""

from __future__ import annotations

import logging
from typing import Any

from .... import client
from ....client.exceptions import ApiException
from ....leaderelection._core import LeaderElectionRecord, lease_record
from ....leaderelection.resourcelock._calls import api, lease_body, lease_with
from .baselock import BaseLock

__all__ = ["LeaseLock"]

logger = logging.getLogger("leaderelection")


class LeaseLock(BaseLock):
    def __init__(self, name: str, namespace: str, identity: str, api_client: Any = None) -> None:
        super().__init__(name, namespace, identity)
        self.api_instance = api("AsyncCoordinationV1Api", api_client)
        self.lease_reference: Any = None

    async def get(self, name: str, namespace: str) -> tuple[bool, Any]:
        try:
            lease = await self.api_instance.read_namespaced_lease(name, namespace)
        except ApiException as error:
            return False, error
        self.lease_reference = lease
        return True, lease_record(lease)

    async def create(
        self, name: str, namespace: str, election_record: LeaderElectionRecord
    ) -> bool:
        try:
            self.lease_reference = await self.api_instance.create_namespaced_lease(
                namespace, lease_body(client, name, election_record)
            )
        except ApiException as error:
            logger.info("failed to create lock: %s", error.reason)
            return False
        return True

    async def update(self, name: str, namespace: str, updated_record: LeaderElectionRecord) -> bool:
        lease = self.lease_reference
        if lease is None:
            logger.info("lease not read yet: call get or create first")
            return False
        lease = lease_with(client, lease, updated_record)
        try:
            self.lease_reference = await self.api_instance.replace_namespaced_lease(
                name, namespace, lease
            )
        except ApiException as error:
            logger.info("failed to update lock: %s", error.reason)
            return False
        return True

    def election_record(self, lease: Any) -> LeaderElectionRecord:
        return lease_record(lease)
