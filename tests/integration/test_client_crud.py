"""Create, read, list, update, delete with the generated client against the real server."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator

import pytest
from helpers import (
    IMAGE,
    LIMITED,
    LIMITED_USER,
    config_map,
    container,
    deployment,
    gone,
    meta,
    new_client,
    owned_by,
    pod,
    pod_template,
    unique,
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


# -- namespaces ------------------------------------------------------------------------------


def test_namespace_lifecycle(core: client.CoreV1Api) -> None:
    name = unique("kubesmith-crud-ns")
    created = core.create_namespace(client.V1Namespace(metadata=meta(name, {"suite": "crud"})))
    try:
        assert isinstance(created, client.V1Namespace)
        assert created.metadata.name == name
        assert created.metadata.uid
        assert created.status.phase == "Active"

        read = core.read_namespace(name)
        assert read.metadata.uid == created.metadata.uid
        assert read.metadata.labels["kubernetes.io/metadata.name"] == name

        listed = core.list_namespace(label_selector="suite=crud")
        assert isinstance(listed, client.V1NamespaceList)
        assert name in [ns.metadata.name for ns in listed.items]

        patched = core.patch_namespace(name, {"metadata": {"labels": {"stage": "patched"}}})
        assert patched.metadata.labels["stage"] == "patched"
        assert patched.metadata.labels["suite"] == "crud"
    finally:
        deleted = core.delete_namespace(name)
    # The answer is the namespace itself, Terminating until the namespace controller has
    # emptied it; then it is gone.
    assert isinstance(deleted, client.V1Namespace)
    assert deleted.status.phase == "Terminating"
    assert deleted.metadata.deletion_timestamp is not None
    wait_until(f"namespace {name} to be gone", lambda: gone(lambda: core.read_namespace(name)))


# -- configmaps and secrets ------------------------------------------------------------------


def test_config_map_crud(core: client.CoreV1Api, testbed_namespace: str) -> None:
    ns = testbed_namespace
    created = core.create_namespaced_config_map(
        ns, config_map("settings", {"mode": "fast", "level": "3"}, {"tier": "backend"})
    )
    assert isinstance(created, client.V1ConfigMap)
    assert created.metadata.namespace == ns
    assert created.metadata.resource_version
    assert created.metadata.creation_timestamp.tzinfo is not None
    assert created.data == {"mode": "fast", "level": "3"}
    # the field manager defaults to the client's User-Agent product
    assert created.metadata.managed_fields[0].manager == "kubeclient"

    read = core.read_namespaced_config_map("settings", ns)
    assert read.data == created.data
    assert read.metadata.uid == created.metadata.uid

    listed = core.list_namespaced_config_map(ns, label_selector="tier=backend")
    assert [cm.metadata.name for cm in listed.items] == ["settings"]
    assert listed.metadata.resource_version

    read.data["level"] = "4"
    read.data["extra"] = "yes"
    replaced = core.replace_namespaced_config_map("settings", ns, read)
    assert replaced.data == {"mode": "fast", "level": "4", "extra": "yes"}
    assert int(replaced.metadata.resource_version) > int(created.metadata.resource_version)

    status = core.delete_namespaced_config_map("settings", ns)
    assert isinstance(status, client.V1Status)
    assert status.status == "Success"
    assert gone(lambda: core.read_namespaced_config_map("settings", ns))


def test_config_map_binary_data_and_to_dict(core: client.CoreV1Api, testbed_namespace: str) -> None:
    blob = bytes(range(256))
    body = client.V1ConfigMap(metadata=meta("bin"), binary_data={"blob": blob}, data={"t": "x"})
    core.create_namespaced_config_map(testbed_namespace, body)
    read = core.read_namespaced_config_map("bin", testbed_namespace)
    assert read.binary_data == {"blob": blob}
    as_dict = read.to_dict()
    assert as_dict["binary_data"] == {"blob": blob}
    assert as_dict["metadata"]["name"] == "bin"
    assert as_dict["metadata"]["namespace"] == testbed_namespace


def test_secret_bytes_round_trip(core: client.CoreV1Api, testbed_namespace: str) -> None:
    ns = testbed_namespace
    raw = b"\x00\x01\xfe\xffnot utf-8: \xc3\x28"
    body = client.V1Secret(
        metadata=meta("creds"),
        type="Opaque",
        data={"raw": raw, "text": "pässword".encode()},
        string_data={"plain": "from stringData"},
    )
    created = core.create_namespaced_secret(ns, body)
    assert created.type == "Opaque"
    assert created.data["raw"] == raw
    # stringData is write-only: the server merges it into data, as bytes
    assert created.data["plain"] == b"from stringData"
    assert created.string_data is None

    read = core.read_namespaced_secret("creds", ns)
    assert read.data == {"raw": raw, "text": "pässword".encode(), "plain": b"from stringData"}

    read.data["raw"] = raw[::-1]
    replaced = core.replace_namespaced_secret("creds", ns, read)
    assert replaced.data["raw"] == raw[::-1]

    # the wire form is base64, as the API requires
    wire = client.ApiClient().sanitize_for_serialization(replaced)
    assert wire["data"]["plain"] == "ZnJvbSBzdHJpbmdEYXRh"

    core.delete_namespaced_secret("creds", ns)
    assert gone(lambda: core.read_namespaced_secret("creds", ns))


# -- services --------------------------------------------------------------------------------


def test_service_crud(core: client.CoreV1Api, testbed_namespace: str) -> None:
    ns = testbed_namespace
    body = client.V1Service(
        metadata=meta("web", {"app": "web"}),
        spec=client.V1ServiceSpec(
            selector={"app": "web"},
            ports=[
                client.V1ServicePort(name="http", port=80, target_port=8080),
                client.V1ServicePort(name="admin", port=9000, target_port="admin-port"),
            ],
        ),
    )
    created = core.create_namespaced_service(ns, body)
    assert created.spec.type == "ClusterIP"
    assert ipaddress.ip_address(created.spec.cluster_ip) in ipaddress.ip_network("10.0.0.0/24")
    ports = {p.name: p for p in created.spec.ports}
    assert ports["http"].target_port == 8080  # IntOrString as int
    assert ports["admin"].target_port == "admin-port"  # ... and as str
    assert ports["http"].protocol == "TCP"

    patched = core.patch_namespaced_service(
        "web", ns, {"spec": {"ports": [{"name": "http", "port": 80, "targetPort": 8081}]}}
    )
    # strategic merge: the list entry with port 80 is updated, the other one kept
    assert {p.name: p.target_port for p in patched.spec.ports} == {
        "http": 8081,
        "admin": "admin-port",
    }

    listed = core.list_namespaced_service(ns)
    assert [s.metadata.name for s in listed.items] == ["web"]

    core.delete_namespaced_service("web", ns)
    assert gone(lambda: core.read_namespaced_service("web", ns))


# -- pods, deployments, jobs -----------------------------------------------------------------


def test_pod_crud_reaches_running(
    core: client.CoreV1Api, testbed_cluster: Testbed, testbed_namespace: str
) -> None:
    ns = testbed_namespace
    created = core.create_namespaced_pod(ns, pod("single", {"app": "single"}))
    assert created.status.phase == "Pending"
    assert created.spec.containers[0].image == IMAGE

    def running() -> client.V1Pod | None:
        current = core.read_namespaced_pod("single", ns)
        return current if current.status.phase == "Running" else None

    current = wait_until("the pod to run on the KWOK node", running, 90)
    assert current.spec.node_name in testbed_cluster.node_names
    assert ipaddress.ip_address(current.status.pod_ip) in ipaddress.ip_network("10.244.0.0/16")
    assert current.status.container_statuses[0].ready is True
    assert current.status.start_time.tzinfo is not None

    labelled = core.patch_namespaced_pod("single", ns, {"metadata": {"labels": {"x": "y"}}})
    assert labelled.metadata.labels == {"app": "single", "x": "y"}

    core.delete_namespaced_pod("single", ns, grace_period_seconds=0)
    wait_until(
        "the pod to be deleted", lambda: gone(lambda: core.read_namespaced_pod("single", ns))
    )


def test_deployment_crud_pods_reach_running(
    core: client.CoreV1Api, apps: client.AppsV1Api, testbed_namespace: str
) -> None:
    ns = testbed_namespace
    created = apps.create_namespaced_deployment(ns, deployment("web", 2))
    assert isinstance(created, client.V1Deployment)
    assert created.spec.replicas == 2
    assert created.spec.strategy.type == "RollingUpdate"  # defaulted by the server

    pods = wait_running_pods(core, ns, "app=web", 2)
    assert {p.metadata.owner_references[0].kind for p in pods} == {"ReplicaSet"}
    available = wait_deployment_available(apps, ns, "web", 2)
    assert available.status.ready_replicas == 2

    replicasets = owned_by(apps.list_namespaced_replica_set(ns).items, created.metadata.uid)
    assert len(replicasets) == 1

    # Update the pod template: a rollout creates a second ReplicaSet.
    available.spec.template.spec.containers[0].image = IMAGE + "-v2"
    replaced = apps.replace_namespaced_deployment("web", ns, available)
    assert replaced.metadata.generation == available.metadata.generation + 1
    wait_until(
        "a second ReplicaSet",
        lambda: (
            len(owned_by(apps.list_namespaced_replica_set(ns).items, created.metadata.uid)) == 2
        ),
        60,
    )
    rolled = wait_deployment_available(apps, ns, "web", 2)
    assert rolled.spec.template.spec.containers[0].image == IMAGE + "-v2"

    listed = apps.list_namespaced_deployment(ns)
    assert [d.metadata.name for d in listed.items] == ["web"]

    apps.delete_namespaced_deployment("web", ns)
    wait_until(
        "the deployment to be deleted",
        lambda: gone(lambda: apps.read_namespaced_deployment("web", ns)),
    )


def test_job_runs_to_completion(api: client.ApiClient, testbed_namespace: str) -> None:
    batch = client.BatchV1Api(api)
    ns = testbed_namespace
    template = pod_template({"job": "once"}, container("work"))
    template.spec.restart_policy = "Never"
    job = client.V1Job(
        metadata=meta("once"),
        spec=client.V1JobSpec(template=template, backoff_limit=0, completions=1),
    )
    created = batch.create_namespaced_job(ns, job)
    assert isinstance(created, client.V1Job)
    assert created.spec.completions == 1
    # The Job controller adds its own selector and labels.
    assert created.spec.selector.match_labels["batch.kubernetes.io/controller-uid"]

    def complete() -> client.V1Job | None:
        current = batch.read_namespaced_job_status("once", ns)
        return current if (current.status.succeeded or 0) == 1 else None

    done = wait_until("the Job to succeed", complete, 90)
    conditions = {c.type: c.status for c in done.status.conditions}
    assert conditions.get("Complete") == "True"
    assert done.status.completion_time >= done.status.start_time

    listed = batch.list_namespaced_job(ns)
    assert [j.metadata.name for j in listed.items] == ["once"]
    batch.delete_namespaced_job("once", ns, propagation_policy="Background")
    wait_until("the Job to be deleted", lambda: gone(lambda: batch.read_namespaced_job("once", ns)))


# -- RBAC ------------------------------------------------------------------------------------


def test_rbac_role_and_binding_grant_the_limited_user(
    api: client.ApiClient, testbed_cluster: Testbed, testbed_namespace: str
) -> None:
    rbac = client.RbacAuthorizationV1Api(api)
    ns = testbed_namespace
    role = client.V1Role(
        metadata=meta("cm-reader"),
        rules=[
            client.V1PolicyRule(api_groups=[""], resources=["configmaps"], verbs=["get", "list"])
        ],
    )
    created = rbac.create_namespaced_role(ns, role)
    assert created.rules[0].resources == ["configmaps"]
    binding = client.V1RoleBinding(
        metadata=meta("cm-reader"),
        role_ref=client.V1RoleRef(
            api_group="rbac.authorization.k8s.io", kind="Role", name="cm-reader"
        ),
        subjects=[
            client.RbacV1Subject(
                kind="User", name=LIMITED_USER, api_group="rbac.authorization.k8s.io"
            )
        ],
    )
    rbac.create_namespaced_role_binding(ns, binding)
    assert [b.metadata.name for b in rbac.list_namespaced_role_binding(ns).items] == ["cm-reader"]

    client.CoreV1Api(api).create_namespaced_config_map(ns, config_map("visible", {"a": "1"}))
    with new_client(testbed_cluster, LIMITED) as limited_client:
        limited = client.CoreV1Api(limited_client)
        # RBAC takes effect through the authorizer's informer: poll briefly.
        listed = wait_until(
            "the RoleBinding to take effect",
            lambda: _list_or_none(limited, ns),
            30,
        )
        assert "visible" in [cm.metadata.name for cm in listed.items]
        with pytest.raises(ApiException) as excinfo:
            limited.list_namespaced_secret(ns)
        assert excinfo.value.status == 403

        # Narrow the role: the user loses "list".
        rbac.patch_namespaced_role(
            "cm-reader",
            ns,
            [{"op": "replace", "path": "/rules/0/verbs", "value": ["get"]}],
        )
        assert rbac.read_namespaced_role("cm-reader", ns).rules[0].verbs == ["get"]
        wait_until("list to be forbidden again", lambda: _list_or_none(limited, ns) is None, 30)
        assert limited.read_namespaced_config_map("visible", ns).data == {"a": "1"}

    rbac.delete_namespaced_role_binding("cm-reader", ns)
    rbac.delete_namespaced_role("cm-reader", ns)
    assert gone(lambda: rbac.read_namespaced_role("cm-reader", ns))


def _list_or_none(core: client.CoreV1Api, ns: str) -> client.V1ConfigMapList | None:
    try:
        return core.list_namespaced_config_map(ns)
    except ApiException as error:
        if error.status == 403:
            return None
        raise


def test_cluster_role_crud(api: client.ApiClient) -> None:
    rbac = client.RbacAuthorizationV1Api(api)
    name = unique("kubesmith-it-viewer")
    role = client.V1ClusterRole(
        metadata=meta(name, {"kubesmith.test/suite": "crud"}),
        rules=[
            client.V1PolicyRule(api_groups=[""], resources=["nodes"], verbs=["get", "list"]),
            client.V1PolicyRule(non_resource_urls=["/healthz"], verbs=["get"]),
        ],
    )
    created = rbac.create_cluster_role(role)
    try:
        assert created.metadata.namespace is None
        read = rbac.read_cluster_role(name)
        assert len(read.rules) == 2
        listed = rbac.list_cluster_role(label_selector="kubesmith.test/suite=crud")
        assert name in [r.metadata.name for r in listed.items]
        read.rules[0].verbs = ["get", "list", "watch"]
        replaced = rbac.replace_cluster_role(name, read)
        assert replaced.rules[0].verbs == ["get", "list", "watch"]
    finally:
        rbac.delete_cluster_role(name)
    assert gone(lambda: rbac.read_cluster_role(name))


# -- nodes (cluster-scoped) ------------------------------------------------------------------


def test_nodes(core: client.CoreV1Api, testbed_cluster: Testbed) -> None:
    node_name = testbed_cluster.node_names[0]
    nodes = core.list_node()
    assert node_name in [n.metadata.name for n in nodes.items]
    node = core.read_node(node_name)
    ready = {c.type: c.status for c in node.status.conditions}
    assert ready["Ready"] == "True"
    assert node.status.addresses[0].address == "127.0.0.1"

    # A node of our own, tainted so nothing is scheduled on it; KWOK manages it meanwhile.
    name = unique("kubesmith-it-node")
    body = client.V1Node(
        metadata=meta(name, {"kubesmith.test/suite": "crud"}),
        spec=client.V1NodeSpec(
            unschedulable=True,
            taints=[client.V1Taint(key="kubesmith.test/no-pods", effect="NoSchedule")],
        ),
    )
    created = core.create_node(body)
    try:
        assert created.metadata.namespace is None
        assert created.spec.unschedulable is True
        patched = core.patch_node(name, {"metadata": {"labels": {"zone": "z1"}}})
        assert patched.metadata.labels["zone"] == "z1"
        selected = core.list_node(label_selector="zone=z1,kubesmith.test/suite=crud")
        assert [n.metadata.name for n in selected.items] == [name]
    finally:
        core.delete_node(name)
    wait_until(f"node {name} to be deleted", lambda: gone(lambda: core.read_node(name)))
