"""Resource usage from the metrics API (``metrics.k8s.io``, served by metrics-server).

The official client's ``kubernetes.utils.metrics``: each function returns the list the
server sends (``NodeMetricsList`` / ``PodMetricsList``) as a dict, and raises the server's
:class:`ApiException` when the metrics API is not installed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = [
    "METRICS_API_GROUP",
    "METRICS_API_VERSION",
    "get_nodes_metrics",
    "get_pods_metrics",
    "get_pods_metrics_in_all_namespaces",
]

METRICS_API_GROUP = "metrics.k8s.io"
METRICS_API_VERSION = "v1beta1"


def _custom_objects(api_client: Any) -> Any:
    from ..client._bound import api_object

    return api_object("CustomObjectsApi", api_client)


def get_nodes_metrics(api_client: Any) -> Any:
    """CPU and memory use of every node."""
    return _custom_objects(api_client).list_cluster_custom_object(
        METRICS_API_GROUP, METRICS_API_VERSION, "nodes"
    )


def get_pods_metrics(api_client: Any, namespace: str, label_selector: str | None = None) -> Any:
    """CPU and memory use of the pods (per container) in ``namespace``."""
    if not namespace:
        raise ValueError("namespace is required")
    return _custom_objects(api_client).list_namespaced_custom_object(
        METRICS_API_GROUP,
        METRICS_API_VERSION,
        namespace,
        "pods",
        **({"label_selector": label_selector} if label_selector else {}),
    )


def get_pods_metrics_in_all_namespaces(
    api_client: Any, namespaces: Iterable[str], label_selector: str | None = None
) -> dict[str, Any]:
    """Pod metrics of each of ``namespaces``: namespace → its ``PodMetricsList``, or
    ``{"error": message, "kind": "Error"}`` for a namespace whose query failed."""
    results: dict[str, Any] = {}
    for namespace in namespaces:
        try:
            results[namespace] = get_pods_metrics(api_client, namespace, label_selector)
        except Exception as error:
            results[namespace] = {"error": str(error), "kind": "Error"}
    return results
