"""The testbed is a real Kubernetes control plane: prove it with plain HTTP requests.

Every request goes to the real kube-apiserver over TLS, authenticated with the
credentials of the kubeconfig the testbed writes.
"""

from __future__ import annotations

import base64
import json
import os
import socket
import ssl
import struct
import subprocess
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from kubesmith.testbed import Testbed

pytestmark = pytest.mark.cluster

# ---------------------------------------------------------------------------------------
# Clients built from the kubeconfig, one per context.


def _kubeconfig(tb: Testbed) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(Path(tb.kubeconfig).read_text())
    return data


def _named(items: list[dict[str, Any]], name: str) -> dict[str, Any]:
    return next(item for item in items if item["name"] == name)


def _ssl_context(cfg: dict[str, Any], user: dict[str, Any], tmp: Path) -> ssl.SSLContext:
    cluster = cfg["clusters"][0]["cluster"]
    ca = base64.b64decode(cluster["certificate-authority-data"]).decode()
    ctx = ssl.create_default_context(cadata=ca)
    if "client-certificate-data" in user:
        cert, key = tmp / "client.crt", tmp / "client.key"
        cert.write_bytes(base64.b64decode(user["client-certificate-data"]))
        key.write_bytes(base64.b64decode(user["client-key-data"]))
        ctx.load_cert_chain(cert, key)
    return ctx


def _exec_plugin_token(exec_cfg: dict[str, Any]) -> str:
    """Run the credential plugin as client-go would and take the token it prints."""
    env = dict(os.environ)
    env["KUBERNETES_EXEC_INFO"] = json.dumps(
        {
            "apiVersion": exec_cfg["apiVersion"],
            "kind": "ExecCredential",
            "spec": {"interactive": False},
        }
    )
    out = subprocess.run(
        [exec_cfg["command"], *exec_cfg.get("args", [])],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    credential = json.loads(out)
    assert credential["apiVersion"] == "client.authentication.k8s.io/v1"
    assert credential["kind"] == "ExecCredential"
    return str(credential["status"]["token"])


def client_for(tb: Testbed, context: str | None = None, token: str | None = None) -> httpx.Client:
    """An httpx client for a kubeconfig context (default: the current-context)."""
    cfg = _kubeconfig(tb)
    ctx_name = context or cfg["current-context"]
    user_name = _named(cfg["contexts"], ctx_name)["context"]["user"]
    user = _named(cfg["users"], user_name)["user"]
    headers = {}
    if token is None and "token" in user:
        token = user["token"]
    if token is None and "exec" in user:
        token = _exec_plugin_token(user["exec"])
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    with tempfile.TemporaryDirectory() as tmp:
        verify = _ssl_context(cfg, user, Path(tmp))
    server = cfg["clusters"][0]["cluster"]["server"]
    return httpx.Client(base_url=server, verify=verify, headers=headers, timeout=30)


@pytest.fixture(scope="module")
def admin(testbed_cluster: Testbed) -> Iterator[httpx.Client]:
    with client_for(testbed_cluster) as client:
        yield client


def wait_until(what: str, check: Callable[[], Any], timeout: float = 60.0) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.25)


# ---------------------------------------------------------------------------------------
# Version and authentication


def test_version_is_the_real_release(testbed_cluster: Testbed, admin: httpx.Client) -> None:
    info = admin.get("/version").json()
    assert info["gitVersion"] == testbed_cluster.version
    assert info["gitVersion"].startswith("v1.")
    major, minor, _patch = info["gitVersion"].lstrip("v").split(".")
    assert (info["major"], info["minor"]) == (major, minor)
    assert info["gitTreeState"] == "clean"


def test_kubeconfig_has_one_context_per_identity(testbed_cluster: Testbed) -> None:
    cfg = _kubeconfig(testbed_cluster)
    assert cfg["current-context"] == "admin"
    assert {c["name"] for c in cfg["contexts"]} == {"admin", "admin-token", "limited", "exec"}
    assert cfg["clusters"][0]["cluster"]["server"] == testbed_cluster.server
    admin_user = _named(cfg["users"], "kubesmith-admin")["user"]
    assert set(admin_user) == {"client-certificate-data", "client-key-data"}


@pytest.mark.parametrize(
    ("context", "user", "group"),
    [
        ("admin", "kubesmith-admin", "system:masters"),
        ("admin-token", "kubesmith-token-admin", "system:masters"),
        ("limited", "kubesmith-limited", None),
        ("exec", "kubesmith-exec-user", "kubesmith:exec-users"),
    ],
)
def test_each_context_authenticates(
    testbed_cluster: Testbed, context: str, user: str, group: str | None
) -> None:
    review = {"apiVersion": "authentication.k8s.io/v1", "kind": "SelfSubjectReview"}
    with client_for(testbed_cluster, context) as client:
        resp = client.post("/apis/authentication.k8s.io/v1/selfsubjectreviews", json=review)
    assert resp.status_code == 201, resp.text
    info = resp.json()["status"]["userInfo"]
    assert info["username"] == user
    assert "system:authenticated" in info["groups"]
    if group is None:
        assert info["groups"] == ["system:authenticated"]
    else:
        assert group in info["groups"]


def test_limited_user_is_forbidden_to_list_pods(testbed_cluster: Testbed) -> None:
    with client_for(testbed_cluster, "limited") as client:
        resp = client.get("/api/v1/namespaces/default/pods")
    assert resp.status_code == 403
    status = resp.json()
    assert status["kind"] == "Status"
    assert status["reason"] == "Forbidden"
    assert "kubesmith-limited" in status["message"]


def test_admin_token_may_list_pods(testbed_cluster: Testbed) -> None:
    with client_for(testbed_cluster, "admin-token") as client:
        resp = client.get("/api/v1/namespaces/default/pods")
    assert resp.status_code == 200
    assert resp.json()["kind"] == "PodList"


def test_bad_token_is_unauthorized(testbed_cluster: Testbed) -> None:
    with client_for(testbed_cluster, "admin-token", token="not-a-valid-token") as client:
        resp = client.get("/api/v1/namespaces")
    assert resp.status_code == 401
    assert resp.json()["reason"] == "Unauthorized"


def test_serving_certificate_is_verified_for_localhost(testbed_cluster: Testbed) -> None:
    ctx = ssl.create_default_context(cafile=str(testbed_cluster.ca_file))
    url = f"https://localhost:{testbed_cluster.port}/livez"
    # /livez is open to anonymous requests; the point is the TLS handshake by host name.
    resp = httpx.get(url, verify=ctx, timeout=10)
    assert (resp.status_code, resp.text) == (200, "ok")


# ---------------------------------------------------------------------------------------
# Controllers, scheduler and KWOK


def _deployment(name: str, replicas: int) -> dict[str, Any]:
    labels = {"app": name}
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": name},
        "spec": {
            "replicas": replicas,
            "selector": {"matchLabels": labels},
            "template": {
                "metadata": {"labels": labels},
                "spec": {"containers": [{"name": "main", "image": "registry.invalid/app:1"}]},
            },
        },
    }


def _running_pods(client: httpx.Client, ns: str, selector: str) -> list[dict[str, Any]]:
    pods = client.get(f"/api/v1/namespaces/{ns}/pods", params={"labelSelector": selector})
    items: list[dict[str, Any]] = pods.json()["items"]
    return [p for p in items if p["status"].get("phase") == "Running"]


def test_deployment_produces_replicaset_and_running_pods(
    testbed_cluster: Testbed, admin: httpx.Client, testbed_namespace: str
) -> None:
    ns = testbed_namespace
    resp = admin.post(f"/apis/apps/v1/namespaces/{ns}/deployments", json=_deployment("web", 2))
    assert resp.status_code == 201, resp.text
    uid = resp.json()["metadata"]["uid"]

    def owned_replicasets() -> list[dict[str, Any]]:
        items = admin.get(f"/apis/apps/v1/namespaces/{ns}/replicasets").json()["items"]
        return [
            rs
            for rs in items
            if any(o["uid"] == uid for o in rs["metadata"].get("ownerReferences", []))
        ]

    replicasets = wait_until("a ReplicaSet owned by the Deployment", owned_replicasets, 30)
    assert replicasets[0]["spec"]["replicas"] == 2

    def two_running() -> list[dict[str, Any]]:
        pods = _running_pods(admin, ns, "app=web")
        return pods if len(pods) == 2 else []

    pods = wait_until("2 Running pods", two_running, 60)
    for pod in pods:
        assert pod["spec"]["nodeName"] in testbed_cluster.node_names  # placed by the scheduler
        assert pod["status"]["podIP"].startswith("10.244.")
        assert pod["status"]["containerStatuses"][0]["ready"] is True

    def available() -> bool:
        status = admin.get(f"/apis/apps/v1/namespaces/{ns}/deployments/web").json()["status"]
        return bool(status.get("availableReplicas") == 2)

    wait_until("the Deployment to report 2 available replicas", available, 60)

    # Garbage collection: deleting the Deployment removes its ReplicaSet and pods.
    resp = admin.delete(
        f"/apis/apps/v1/namespaces/{ns}/deployments/web",
        params={"propagationPolicy": "Foreground"},
    )
    assert resp.status_code in (200, 202)
    wait_until("the ReplicaSet to be garbage-collected", lambda: not owned_replicasets(), 60)
    wait_until(
        "the pods to be deleted",
        lambda: (
            not admin.get(
                f"/api/v1/namespaces/{ns}/pods", params={"labelSelector": "app=web"}
            ).json()["items"]
        ),
        60,
    )


def test_kwok_node_is_ready(testbed_cluster: Testbed, admin: httpx.Client) -> None:
    node = admin.get(f"/api/v1/nodes/{testbed_cluster.node_names[0]}").json()
    ready = _named_condition(node["status"]["conditions"], "Ready")
    assert ready["status"] == "True"
    addresses = {a["type"]: a["address"] for a in node["status"]["addresses"]}
    assert addresses["InternalIP"] == "127.0.0.1"
    assert node["status"]["daemonEndpoints"]["kubeletEndpoint"]["Port"] == testbed_cluster.kwok_port


def _named_condition(conditions: list[dict[str, Any]], kind: str) -> dict[str, Any]:
    return next(c for c in conditions if c["type"] == kind)


def test_namespace_deletion_completes(admin: httpx.Client) -> None:
    name = f"kubesmith-del-{os.getpid()}-{int(time.time())}"
    resp = admin.post("/api/v1/namespaces", json={"metadata": {"name": name}})
    assert resp.status_code == 201
    cm = {"metadata": {"name": "cm"}, "data": {"k": "v"}}
    assert admin.post(f"/api/v1/namespaces/{name}/configmaps", json=cm).status_code == 201
    assert admin.delete(f"/api/v1/namespaces/{name}").status_code == 200
    phase = admin.get(f"/api/v1/namespaces/{name}").json()["status"]["phase"]
    assert phase == "Terminating"
    wait_until(
        "the namespace to be gone",
        lambda: admin.get(f"/api/v1/namespaces/{name}").status_code == 404,
        90,
    )


def test_default_service_account_is_created(admin: httpx.Client, testbed_namespace: str) -> None:
    resp = admin.get(f"/api/v1/namespaces/{testbed_namespace}/serviceaccounts/default")
    assert resp.status_code == 200
    assert resp.json()["metadata"]["name"] == "default"


# ---------------------------------------------------------------------------------------
# Kubelet endpoints served by KWOK: logs, exec, port-forward


@pytest.fixture
def running_pod(admin: httpx.Client, testbed_namespace: str) -> str:
    pod = {
        "metadata": {"name": "box"},
        "spec": {"containers": [{"name": "main", "image": "registry.invalid/box:1"}]},
    }
    resp = admin.post(f"/api/v1/namespaces/{testbed_namespace}/pods", json=pod)
    assert resp.status_code == 201, resp.text
    wait_until(
        "the pod to run",
        lambda: (
            admin.get(f"/api/v1/namespaces/{testbed_namespace}/pods/box")
            .json()["status"]
            .get("phase")
            == "Running"
        ),
        60,
    )
    return "box"


def test_pod_logs_serve_the_configured_file(
    testbed_cluster: Testbed, admin: httpx.Client, testbed_namespace: str, running_pod: str
) -> None:
    path = f"/api/v1/namespaces/{testbed_namespace}/pods/{running_pod}/log"
    resp = admin.get(path, params={"container": "main"})
    assert resp.status_code == 200, resp.text
    assert resp.text == "".join(f"{line}\n" for line in testbed_cluster.pod_log_lines)

    resp = admin.get(path, params={"previous": "true"})
    assert resp.status_code == 200, resp.text
    assert resp.text == "previous container log\n"


def test_pod_logs_follow_streams_appended_lines(
    testbed_cluster: Testbed, admin: httpx.Client, testbed_namespace: str, running_pod: str
) -> None:
    path = f"/api/v1/namespaces/{testbed_namespace}/pods/{running_pod}/log"
    marker = f"appended while following {time.time()}"
    with admin.stream("GET", path, params={"follow": "true"}, timeout=30) as resp:
        assert resp.status_code == 200
        lines = resp.iter_lines()
        before = testbed_cluster.pod_log_lines
        assert [next(lines) for _ in before] == before
        testbed_cluster.append_pod_log([marker])
        assert next(lines) == marker


class WebSocket:
    """Just enough of RFC 6455 to speak Kubernetes' channel protocols in a test."""

    def __init__(self, tb: Testbed, path: str, protocol: str) -> None:
        ctx = ssl.create_default_context(cafile=str(tb.ca_file))
        ctx.load_cert_chain(tb.credentials.admin.cert, tb.credentials.admin.key)
        raw = socket.create_connection((tb.host, tb.port), timeout=30)
        self.sock = ctx.wrap_socket(raw, server_hostname=tb.host)
        key = base64.b64encode(os.urandom(16)).decode()
        request = (
            f"GET {path} HTTP/1.1\r\nHost: {tb.host}:{tb.port}\r\n"
            "Upgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
            f"Sec-WebSocket-Protocol: {protocol}\r\n\r\n"
        )
        self.sock.sendall(request.encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(1)
            if not chunk:
                break
            head += chunk
        self.status_line = head.split(b"\r\n", 1)[0].decode()
        self.headers = head.decode(errors="replace")

    def _recv_exact(self, n: int) -> bytes:
        buf = b""
        while len(buf) < n:
            chunk = self.sock.recv(n - len(buf))
            if not chunk:
                raise EOFError
            buf += chunk
        return buf

    def recv(self) -> tuple[int, bytes]:
        """(opcode, payload) of the next frame (the server never masks)."""
        b0, b1 = self._recv_exact(2)
        length = b1 & 0x7F
        if length == 126:
            (length,) = struct.unpack("!H", self._recv_exact(2))
        elif length == 127:
            (length,) = struct.unpack("!Q", self._recv_exact(8))
        return b0 & 0x0F, self._recv_exact(length)

    def send_binary(self, payload: bytes) -> None:
        mask = os.urandom(4)
        header = bytes([0x82])
        if len(payload) < 126:
            header += bytes([0x80 | len(payload)])
        else:
            header += bytes([0x80 | 126]) + struct.pack("!H", len(payload))
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(header + mask + masked)

    def close(self) -> None:
        self.sock.close()


def test_exec_runs_the_command_locally(
    testbed_cluster: Testbed, testbed_namespace: str, running_pod: str
) -> None:
    query = urllib.parse.urlencode(
        [
            ("command", "sh"),
            ("command", "-c"),
            ("command", "echo hello from kwok; pwd"),
            ("container", "main"),
            ("stdout", "true"),
            ("stderr", "true"),
        ]
    )
    path = f"/api/v1/namespaces/{testbed_namespace}/pods/{running_pod}/exec?{query}"
    ws = WebSocket(testbed_cluster, path, "v5.channel.k8s.io")
    try:
        assert ws.status_line.startswith("HTTP/1.1 101"), ws.headers
        stdout = b""
        error = b""
        while True:
            opcode, payload = ws.recv()
            if opcode == 0x8:  # close
                break
            if opcode == 0x2 and payload:
                channel, data = payload[0], payload[1:]
                if channel == 1:
                    stdout += data
                elif channel == 3:
                    error += data
    finally:
        ws.close()
    lines = stdout.decode().splitlines()
    assert lines == ["hello from kwok", str(testbed_cluster.exec_workdir)]
    assert json.loads(error)["status"] == "Success"


def test_port_forward_dials_the_local_target(
    testbed_cluster: Testbed, testbed_namespace: str, running_pod: str
) -> None:
    listener = socket.create_server(("127.0.0.1", testbed_cluster.port_forward_port))
    listener.settimeout(30)

    def serve_once() -> None:
        conn, _ = listener.accept()
        with conn:
            data = conn.recv(1024)
            conn.sendall(b"echo:" + data)

    server = threading.Thread(target=serve_once, daemon=True)
    server.start()
    path = f"/api/v1/namespaces/{testbed_namespace}/pods/{running_pod}/portforward?ports=8080"
    ws = WebSocket(testbed_cluster, path, "v4.channel.k8s.io")
    try:
        assert ws.status_line.startswith("HTTP/1.1 101"), ws.headers
        # The server first announces the port on the data (0) and error (1) channels.
        announced = {ws.recv()[1][0] for _ in range(2)}
        assert announced == {0, 1}
        ws.send_binary(b"\x00ping")
        received = b""
        while not received.endswith(b"ping"):
            opcode, payload = ws.recv()
            assert opcode != 0x8, "connection closed before the echo arrived"
            if opcode == 0x2 and payload[:1] == b"\x00":
                received += payload[1:]
        assert received == b"echo:ping"
    finally:
        ws.close()
        listener.close()
    server.join(5)
