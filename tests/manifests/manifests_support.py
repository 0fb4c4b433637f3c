"""Shared pieces of the manifest tests (dynamic client, create_from_yaml, wait)."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from kubeclient import client, config, utils
from kubeclient.client.exceptions import ApiException
from kubesmith.testbed import Testbed

T = TypeVar("T")

DATA = Path(__file__).resolve().parent / "data"
#: what tests/manifests/data creates
DATA_NAMESPACE = "kubesmith-manifests"
DATA_CRD = "gadgets.manifests.kubesmith.test"
DATA_GROUP = "manifests.kubesmith.test"
IMAGE = "registry.invalid/kubesmith/app:1"


def new_client(tb: Testbed) -> client.ApiClient:
    return config.new_client_from_config(config_file=str(tb.kubeconfig), context="admin")


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def eventually(what: str, check: Callable[[], T | None], timeout: float = 60.0) -> T:
    """Test-side polling for what no API event announces (e.g. discovery catching up)."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(0.2)


def exists(read: Callable[[], Any]) -> bool:
    try:
        read()
    except ApiException as error:
        if error.status == 404:
            return False
        raise
    return True


def widget_crd(group: str, kind: str = "Widget", plural: str = "widgets") -> dict[str, Any]:
    """A namespaced CRD with status and scale subresources, as a plain manifest."""
    return {
        "apiVersion": "apiextensions.k8s.io/v1",
        "kind": "CustomResourceDefinition",
        "metadata": {"name": f"{plural}.{group}"},
        "spec": {
            "group": group,
            "scope": "Namespaced",
            "names": {"plural": plural, "singular": kind.lower(), "kind": kind},
            "versions": [
                {
                    "name": "v1",
                    "served": True,
                    "storage": True,
                    "subresources": {
                        "status": {},
                        "scale": {
                            "specReplicasPath": ".spec.replicas",
                            "statusReplicasPath": ".status.replicas",
                        },
                    },
                    "schema": {
                        "openAPIV3Schema": {
                            "type": "object",
                            "properties": {
                                "spec": {
                                    "type": "object",
                                    "properties": {
                                        "size": {"type": "integer"},
                                        "color": {"type": "string"},
                                        "replicas": {"type": "integer"},
                                        "tags": {"type": "array", "items": {"type": "string"}},
                                    },
                                },
                                "status": {
                                    "type": "object",
                                    "properties": {
                                        "phase": {"type": "string"},
                                        "replicas": {"type": "integer"},
                                    },
                                },
                            },
                        }
                    },
                }
            ],
        },
    }


def remove_data_objects(api: client.ApiClient, timeout: float = 120.0) -> None:
    """Delete what tests/manifests/data creates and wait (on watch) until it is gone."""
    core = client.CoreV1Api(api)
    ext = client.ApiextensionsV1Api(api)
    for delete in (
        lambda: core.delete_namespace(DATA_NAMESPACE),
        lambda: ext.delete_custom_resource_definition(DATA_CRD),
    ):
        try:
            delete()
        except ApiException as error:
            if error.status != 404:
                raise
    utils.wait.for_deletion(api, client.V1Namespace, name=DATA_NAMESPACE, timeout=timeout)
    utils.wait.for_deletion(api, client.V1CustomResourceDefinition, name=DATA_CRD, timeout=timeout)
