"""Deletion propagation policies: what happens to a Deployment's ReplicaSet and pods.

The garbage collector of the real kube-controller-manager does the work; the client only has
to send the policy (as a query parameter or in a ``V1DeleteOptions`` body) and decode what
the server answers.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from helpers import (
    deployment,
    gone,
    new_client,
    owned_by,
    wait_deployment_available,
    wait_running_pods,
    wait_until,
)
from kubeclient import client
from kubesmith.testbed import Testbed

pytestmark = pytest.mark.cluster


@pytest.fixture(scope="module")
def api(testbed_cluster: Testbed) -> Iterator[client.ApiClient]:
    with new_client(testbed_cluster) as api_client:
        yield api_client


@pytest.fixture
def core(api: client.ApiClient) -> client.CoreV1Api:
    return client.CoreV1Api(api)


@pytest.fixture
def apps(api: client.ApiClient) -> client.AppsV1Api:
    return client.AppsV1Api(api)


def _running_deployment(
    core: client.CoreV1Api, apps: client.AppsV1Api, ns: str, name: str
) -> tuple[str, client.V1ReplicaSet]:
    """Create a one-replica Deployment, wait for its pod; return its uid and ReplicaSet."""
    uid = apps.create_namespaced_deployment(ns, deployment(name, 1)).metadata.uid
    wait_running_pods(core, ns, f"app={name}", 1)
    wait_deployment_available(apps, ns, name, 1)
    (rs,) = owned_by(apps.list_namespaced_replica_set(ns).items, uid)
    return uid, rs


def _replica_set_gone(apps: client.AppsV1Api, ns: str, name: str) -> bool:
    return gone(lambda: apps.read_namespaced_replica_set(name, ns))


def test_foreground_deletes_dependents_first(
    core: client.CoreV1Api, apps: client.AppsV1Api, testbed_namespace: str
) -> None:
    ns = testbed_namespace
    _, rs = _running_deployment(core, apps, ns, "fg")
    # The answer is the Deployment itself, kept alive by the foregroundDeletion finalizer
    # until its dependents are gone (read raw: see test_delete_returns_the_object_...).
    raw = apps.delete_namespaced_deployment(
        "fg", ns, propagation_policy="Foreground", _preload_content=False
    )
    with raw:
        assert raw.status == 200
        answer = json.loads(raw.data)
    assert answer["kind"] == "Deployment"
    assert "foregroundDeletion" in answer["metadata"]["finalizers"]
    assert answer["metadata"]["deletionTimestamp"]

    wait_until(
        "the ReplicaSet to be deleted", lambda: _replica_set_gone(apps, ns, rs.metadata.name)
    )
    wait_until("the pods to be deleted", lambda: not core.list_namespaced_pod(ns).items, 60)
    wait_until(
        "the Deployment to be deleted",
        lambda: gone(lambda: apps.read_namespaced_deployment("fg", ns)),
    )


def test_orphan_keeps_the_replica_set_and_pods(
    core: client.CoreV1Api, apps: client.AppsV1Api, testbed_namespace: str
) -> None:
    ns = testbed_namespace
    uid, rs = _running_deployment(core, apps, ns, "orphan")
    pod_names = [p.metadata.name for p in core.list_namespaced_pod(ns).items]
    # the official client's way: the policy in a DeleteOptions body
    raw = apps.delete_namespaced_deployment(
        "orphan",
        ns,
        body=client.V1DeleteOptions(propagation_policy="Orphan"),
        _preload_content=False,
    )
    with raw:
        answer = json.loads(raw.data)
    assert answer["kind"] == "Deployment"
    assert "orphan" in answer["metadata"]["finalizers"]

    wait_until(
        "the Deployment to be deleted",
        lambda: gone(lambda: apps.read_namespaced_deployment("orphan", ns)),
    )

    # The garbage collector removes the owner reference and leaves the ReplicaSet alone.
    def orphaned() -> client.V1ReplicaSet | None:
        current = apps.read_namespaced_replica_set(rs.metadata.name, ns)
        return current if not owned_by([current], uid) else None

    survivor = wait_until("the ReplicaSet to lose its owner reference", orphaned)
    assert survivor.metadata.deletion_timestamp is None
    assert survivor.spec.replicas == 1
    assert [p.metadata.name for p in core.list_namespaced_pod(ns).items] == pod_names


def test_background_returns_a_status_and_collects_later(
    core: client.CoreV1Api, apps: client.AppsV1Api, testbed_namespace: str
) -> None:
    ns = testbed_namespace
    _, rs = _running_deployment(core, apps, ns, "bg")
    status = apps.delete_namespaced_deployment("bg", ns, propagation_policy="Background")
    assert isinstance(status, client.V1Status)
    assert status.status == "Success"
    assert status.details.name == "bg"
    assert gone(lambda: apps.read_namespaced_deployment("bg", ns))
    wait_until(
        "the ReplicaSet to be collected", lambda: _replica_set_gone(apps, ns, rs.metadata.name)
    )
    wait_until("the pods to be collected", lambda: not core.list_namespaced_pod(ns).items, 60)


def test_delete_returns_the_object_while_finalizers_run(
    core: client.CoreV1Api, apps: client.AppsV1Api, testbed_namespace: str
) -> None:
    """A delete that does not remove the object at once answers with the object (HTTP 200):
    the typed call must return it, not fail to decode it as a Status."""
    ns = testbed_namespace
    _running_deployment(core, apps, ns, "typed")
    answer = apps.delete_namespaced_deployment("typed", ns, propagation_policy="Foreground")
    assert isinstance(answer, client.V1Deployment)
    assert "foregroundDeletion" in answer.metadata.finalizers
    assert answer.metadata.deletion_timestamp is not None
