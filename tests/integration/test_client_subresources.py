"""The scale and status subresources, read, patched and replaced with the generated client."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers import (
    deployment,
    gone,
    meta,
    new_client,
    pod,
    wait_deployment_available,
    wait_running_pods,
    wait_until,
)
from kubeclient import client
from kubeclient.client.exceptions import ApiException
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


def test_deployment_scale_subresource(
    core: client.CoreV1Api, apps: client.AppsV1Api, testbed_namespace: str
) -> None:
    ns = testbed_namespace
    apps.create_namespaced_deployment(ns, deployment("scaled", 1))
    wait_deployment_available(apps, ns, "scaled", 1)

    scale = apps.read_namespaced_deployment_scale("scaled", ns)
    assert isinstance(scale, client.V1Scale)
    assert scale.kind == "Scale"
    assert scale.api_version == "autoscaling/v1"
    assert scale.spec.replicas == 1
    assert scale.status.replicas == 1
    assert scale.status.selector == "app=scaled"

    patched = apps.patch_namespaced_deployment_scale("scaled", ns, {"spec": {"replicas": 3}})
    assert patched.spec.replicas == 3
    assert apps.read_namespaced_deployment("scaled", ns).spec.replicas == 3
    wait_running_pods(core, ns, "app=scaled", 3)
    wait_deployment_available(apps, ns, "scaled", 3)

    current = apps.read_namespaced_deployment_scale("scaled", ns)
    assert current.status.replicas == 3
    current.spec.replicas = 2
    replaced = apps.replace_namespaced_deployment_scale("scaled", ns, current)
    assert replaced.spec.replicas == 2
    available = wait_deployment_available(apps, ns, "scaled", 2)
    assert available.spec.replicas == 2

    status = apps.read_namespaced_deployment_status("scaled", ns)
    assert status.status.available_replicas == 2
    assert {c.type for c in status.status.conditions} >= {"Available", "Progressing"}


def test_replica_set_scale_with_a_model_body(
    core: client.CoreV1Api, apps: client.AppsV1Api, testbed_namespace: str
) -> None:
    ns = testbed_namespace
    labels = {"app": "rs"}
    body = client.V1ReplicaSet(
        metadata=meta("rs"),
        spec=client.V1ReplicaSetSpec(
            replicas=0,
            selector=client.V1LabelSelector(match_labels=labels),
            template=deployment("rs").spec.template,
        ),
    )
    apps.create_namespaced_replica_set(ns, body)
    scale = client.V1Scale(metadata=meta("rs"), spec=client.V1ScaleSpec(replicas=2))
    patched = apps.patch_namespaced_replica_set_scale("rs", ns, scale)
    assert patched.spec.replicas == 2
    wait_running_pods(core, ns, "app=rs", 2)


def _unscheduled_pod(name: str) -> client.V1Pod:
    # No scheduler serves this name: the pod stays Pending and nobody else writes its status.
    body = pod(name)
    body.spec.scheduler_name = "kubesmith-no-such-scheduler"
    return body


def test_pod_status_subresource(core: client.CoreV1Api, testbed_namespace: str) -> None:
    ns = testbed_namespace
    core.create_namespaced_pod(ns, _unscheduled_pod("status"))

    current = core.read_namespaced_pod_status("status", ns)
    assert current.status.phase == "Pending"
    condition = client.V1PodCondition(
        type="kubesmith.test/Checked", status="True", reason="IntegrationTest", message="ok"
    )
    current.status.conditions = [*(current.status.conditions or []), condition]
    current.status.message = "written through /status"
    replaced = core.replace_namespaced_pod_status("status", ns, current)
    checked = {c.type: c for c in replaced.status.conditions}["kubesmith.test/Checked"]
    assert checked.reason == "IntegrationTest"
    assert replaced.status.message == "written through /status"

    # Strategic merge on /status: conditions merge by their "type" key.
    patch = {"status": {"conditions": [{"type": "kubesmith.test/Second", "status": "False"}]}}
    patched = core.patch_namespaced_pod_status("status", ns, patch)
    types = {c.type: c.status for c in patched.status.conditions}
    assert types["kubesmith.test/Checked"] == "True"
    assert types["kubesmith.test/Second"] == "False"

    # Status written through the main resource is ignored; spec written through /status too.
    main = core.read_namespaced_pod("status", ns)
    main.status.message = "ignored"
    main.metadata.labels = {"changed": "yes"}
    after = core.replace_namespaced_pod("status", ns, main)
    assert after.status.message == "written through /status"
    assert after.metadata.labels == {"changed": "yes"}


def test_service_status_subresource(core: client.CoreV1Api, testbed_namespace: str) -> None:
    ns = testbed_namespace
    body = client.V1Service(
        metadata=meta("lb"),
        spec=client.V1ServiceSpec(
            type="LoadBalancer",
            selector={"app": "lb"},
            ports=[client.V1ServicePort(port=443, target_port=8443)],
        ),
    )
    created = core.create_namespaced_service(ns, body)
    assert created.spec.ports[0].node_port  # allocated by the server
    assert created.status.load_balancer.ingress is None

    ingress = {"status": {"loadBalancer": {"ingress": [{"ip": "192.0.2.10"}]}}}
    # through the main resource: silently ignored
    ignored = core.patch_namespaced_service("lb", ns, ingress)
    assert ignored.status.load_balancer.ingress is None
    patched = core.patch_namespaced_service_status("lb", ns, ingress)
    assert [i.ip for i in patched.status.load_balancer.ingress] == ["192.0.2.10"]
    read = core.read_namespaced_service_status("lb", ns)
    assert read.status.load_balancer.ingress[0].ip == "192.0.2.10"


def test_pod_eviction_respects_a_disruption_budget(
    api: client.ApiClient, core: client.CoreV1Api, testbed_namespace: str
) -> None:
    ns = testbed_namespace
    policy = client.PolicyV1Api(api)
    core.create_namespaced_pod(ns, pod("guarded", {"app": "guarded"}))
    wait_running_pods(core, ns, "app=guarded", 1)
    budget = client.V1PodDisruptionBudget(
        metadata=meta("guard"),
        spec=client.V1PodDisruptionBudgetSpec(
            min_available=1, selector=client.V1LabelSelector(match_labels={"app": "guarded"})
        ),
    )
    policy.create_namespaced_pod_disruption_budget(ns, budget)

    def observed(allowed: int) -> client.V1PodDisruptionBudget | None:
        current = policy.read_namespaced_pod_disruption_budget_status("guard", ns)
        status = current.status
        if (
            status is not None
            and status.observed_generation == current.metadata.generation
            and status.current_healthy == 1
            and status.disruptions_allowed == allowed
        ):
            return current
        return None

    guarded = wait_until("the disruption controller to process the budget", lambda: observed(0))
    assert guarded.status.desired_healthy == 1

    eviction = client.V1Eviction(metadata=meta("guarded"))
    with pytest.raises(ApiException) as excinfo:
        # bounded: a 429 carrying Retry-After would be retried by the client
        core.create_namespaced_pod_eviction("guarded", ns, eviction, _request_timeout=30)
    error = excinfo.value
    assert error.status == 429
    assert error.status_reason == "TooManyRequests"
    assert error.message == "Cannot evict pod as it would violate the pod's disruption budget."
    assert [c.reason for c in error.causes] == ["DisruptionBudget"]
    assert "needs 1 healthy pods and has 1 currently" in error.causes[0].message
    assert core.read_namespaced_pod("guarded", ns).metadata.deletion_timestamp is None

    # Relax the budget: the eviction is accepted and the pod goes away.
    policy.patch_namespaced_pod_disruption_budget("guard", ns, {"spec": {"minAvailable": 0}})
    wait_until("the relaxed budget to be processed", lambda: observed(1))
    core.create_namespaced_pod_eviction("guarded", ns, eviction)
    wait_until(
        "the evicted pod to be deleted",
        lambda: gone(lambda: core.read_namespaced_pod("guarded", ns)),
        60,
    )
