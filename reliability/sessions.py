"""Exec and port-forward sessions opened and closed in a loop: no file descriptor and no
thread may be left behind (a KWOK pod; port-forwards reach a local HTTP server, KWOK's
forwarding target)."""

from __future__ import annotations

import gc
import http.client
import http.server
import threading
import time
from typing import Any

from kubeclient import client, config, stream
from kubeclient.stream import portforward
from kubesmith.testbed import Testbed
from kubesmith.testbed.pytest_plugin import create_namespace

from .cluster_support import open_fds, wait_until

__all__ = ["run_sessions"]


class _Hello(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def do_GET(self) -> None:
        body = b"hello"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def _pod(v1: client.CoreV1Api, ns: str) -> str:
    body = client.V1Pod(
        metadata=client.V1ObjectMeta(name="box"),
        spec=client.V1PodSpec(
            containers=[client.V1Container(name="main", image="registry.invalid/box:1")]
        ),
    )
    v1.create_namespaced_pod(ns, body)
    wait_until(
        "the pod to run",
        lambda: getattr(v1.read_namespaced_pod("box", ns).status, "phase", None) == "Running",
        120,
    )
    return "box"


def _exec_once(v1: client.CoreV1Api, ns: str, pod: str) -> None:
    out = stream.stream(
        v1.connect_get_namespaced_pod_exec,
        pod,
        ns,
        command=["echo", "soak"],
        stderr=True,
        stdin=False,
        stdout=True,
        tty=False,
    )
    assert out.strip() == "soak", out


def _portforward_once(v1: client.CoreV1Api, ns: str, pod: str) -> None:
    with portforward(v1.connect_get_namespaced_pod_portforward, pod, ns, ports=8080) as pf:
        conn = http.client.HTTPConnection("pod")
        conn.sock = pf.socket(8080)
        conn.request("GET", "/")
        response = conn.getresponse()
        assert (response.status, response.read()) == (200, b"hello")
        conn.close()


def run_sessions(tb: Testbed, cycles: int, log: Any = print) -> dict[str, Any]:
    """``cycles`` exec sessions and ``cycles`` port-forwards, one after the other."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", tb.port_forward_port), _Hello)
    serving = threading.Thread(target=server.serve_forever, args=(0.1,), daemon=True)
    serving.start()
    api = config.new_client_from_config(config_file=str(tb.kubeconfig), context="admin")
    v1 = client.CoreV1Api(api)
    ns = create_namespace(tb, prefix="kubesmith-sessions-")
    pod = _pod(v1, ns)
    result: dict[str, Any] = {"cycles": cycles}
    try:
        for name, once in (("exec", _exec_once), ("port_forward", _portforward_once)):
            for _ in range(5):  # warm up: pools, imports, the API client's connections
                once(v1, ns, pod)
            gc.collect()
            fds, threads = open_fds(), threading.active_count()
            started = time.monotonic()
            for index in range(cycles):
                once(v1, ns, pod)
                if index and index % 200 == 0:
                    log(f"sessions: {name} {index}/{cycles}")
            seconds = time.monotonic() - started
            gc.collect()
            time.sleep(0.5)  # threads of the last session finish their exit
            result[name] = {
                "sessions": cycles,
                "seconds": round(seconds, 1),
                "per_second": round(cycles / seconds, 1),
                "fds_before": fds,
                "fds_after": open_fds(),
                "threads_before": threads,
                "threads_after": threading.active_count(),
            }
    finally:
        server.shutdown()
        server.server_close()
        api.close()
    result["findings"] = [
        f"{name} leaked file descriptors or threads: {result[name]}"
        for name in ("exec", "port_forward")
        if result[name]["fds_after"] > result[name]["fds_before"]
        or result[name]["threads_after"] > result[name]["threads_before"]
    ]
    return result
