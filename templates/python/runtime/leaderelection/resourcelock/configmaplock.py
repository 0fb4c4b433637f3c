"""``ConfigMapLock``: the election record in an annotation of a ConfigMap (the older lock
of client-go; prefer :class:`~.leaselock.LeaseLock`)."""

from __future__ import annotations

import logging
from typing import Any

from ... import client
from ...client.exceptions import ApiException
from .._core import ANNOTATION, LeaderElectionRecord, annotation_record
from ._calls import api, configmap_body, configmap_with

__all__ = ["ConfigMapLock"]

logger = logging.getLogger("leaderelection")


class ConfigMapLock:
    leader_electionrecord_annotationkey = ANNOTATION

    def __init__(self, name: str, namespace: str, identity: str, api_client: Any = None) -> None:
        self.api_instance = api("CoreV1Api", api_client)
        self.name = name
        self.namespace = namespace
        self.identity = str(identity)
        self.configmap_reference: Any = None

    def get(self, name: str, namespace: str) -> tuple[bool, Any]:
        """``(True, record or None)``, or ``(False, the ApiException)``."""
        try:
            configmap = self.api_instance.read_namespaced_config_map(name, namespace)
        except ApiException as error:
            return False, error
        self.configmap_reference = configmap
        meta = configmap.metadata
        return True, annotation_record(meta.annotations if meta is not None else None)

    def create(self, name: str, namespace: str, election_record: LeaderElectionRecord) -> bool:
        try:
            self.configmap_reference = self.api_instance.create_namespaced_config_map(
                namespace, configmap_body(client, name, election_record)
            )
        except ApiException as error:
            logger.info("failed to create lock: %s", error.reason)
            return False
        return True

    def update(self, name: str, namespace: str, updated_record: LeaderElectionRecord) -> bool:
        configmap = self.configmap_reference
        if configmap is None:
            logger.info("configmap not read yet: call get or create first")
            return False
        configmap = configmap_with(client, configmap, name, updated_record)
        try:
            self.configmap_reference = self.api_instance.replace_namespaced_config_map(
                name, namespace, configmap
            )
        except ApiException as error:
            logger.info("failed to update lock: %s", error.reason)
            return False
        return True

    def get_lock_object(self, lock_record: dict[str, Any]) -> LeaderElectionRecord:
        return LeaderElectionRecord(
            lock_record.get("holderIdentity"),
            lock_record.get("leaseDurationSeconds"),
            lock_record.get("acquireTime"),
            lock_record.get("renewTime"),
        )
