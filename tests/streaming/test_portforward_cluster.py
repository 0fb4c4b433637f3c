"""Port-forward through the API server and KWOK to a local HTTP server (KWOK's target)."""

from __future__ import annotations

import asyncio
import http.client
import http.server
import threading
import time
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from kubeclient import client, portforward
from kubeclient.aio import client as aclient
from kubeclient.aio import config as aconfig
from kubeclient.aio import stream as astream
from kubeclient.stream import PortForwardError
from kubeclient.stream import portforward as open_portforward
from kubesmith.testbed import Testbed

pytestmark = pytest.mark.cluster


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = f"hello from {self.path}".encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        data = self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def http_target(testbed_cluster: Testbed) -> Iterator[None]:
    """An HTTP server on the address KWOK forwards every pod port to."""
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", testbed_cluster.port_forward_port), Handler
    )
    thread = threading.Thread(target=server.serve_forever, args=(0.1,), daemon=True)
    thread.start()
    try:
        yield
    finally:
        server.shutdown()
        server.server_close()


def http_get(sock: Any, path: str) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("pod")
    conn.sock = sock
    conn.request("GET", path)
    resp = conn.getresponse()
    return resp.status, resp.read()


def test_portforward_socket_behaves_like_a_connected_socket(
    v1: client.CoreV1Api, testbed_namespace: str, pod: str, http_target: None
) -> None:
    pf = open_portforward(
        v1.connect_get_namespaced_pod_portforward, pod, testbed_namespace, ports="8080"
    )
    try:
        assert pf.connected
        sock = pf.socket(8080)
        sock.setsockopt(6, 1, 1)  # TCP_NODELAY, as HTTP libraries set it: accepted
        assert http_get(sock, "/one") == (200, b"hello from /one")
        pf.check(8080)
        assert pf.error(8080) is None
    finally:
        pf.close()


def test_portforward_several_ports_on_one_websocket(
    v1: client.CoreV1Api, testbed_namespace: str, pod: str, http_target: None
) -> None:
    pf = open_portforward(
        v1.connect_get_namespaced_pod_portforward, pod, testbed_namespace, ports="8080,9090"
    )
    with pf:
        assert http_get(pf.socket(9090), "/b") == (200, b"hello from /b")
        assert http_get(pf.socket(8080), "/a") == (200, b"hello from /a")
        with pytest.raises(PortForwardError):
            pf.socket(1234)


def test_portforward_parallel_connections_and_large_bodies(
    v1: client.CoreV1Api, testbed_namespace: str, pod: str, http_target: None
) -> None:
    body = bytes(range(256)) * 4096  # 1 MiB

    def one(i: int) -> bytes:
        with open_portforward(
            v1.connect_get_namespaced_pod_portforward, pod, testbed_namespace, ports=8080
        ) as pf:
            conn = http.client.HTTPConnection("pod")
            conn.sock = pf.socket(8080)
            conn.request("POST", f"/{i}", body=body[i:])
            return conn.getresponse().read()

    with ThreadPoolExecutor(5) as pool:
        results = list(pool.map(one, range(5)))
    assert results == [body[i:] for i in range(5)]


def test_portforward_error_channel(v1: client.CoreV1Api, testbed_namespace: str, pod: str) -> None:
    # nothing listens on KWOK's target: the dial fails and the error channel says so
    with open_portforward(
        v1.connect_get_namespaced_pod_portforward, pod, testbed_namespace, ports="8080"
    ) as pf:
        sock = pf.socket(8080)
        deadline = time.monotonic() + 20
        while pf.error(8080) is None and time.monotonic() < deadline:
            time.sleep(0.05)
        message = pf.error(8080)
        assert message is not None and "8080" in message
        with pytest.raises(PortForwardError):
            pf.check(8080)
        sock.settimeout(10)
        assert sock.recv(10) == b""  # the failed port reads as closed


def test_local_listener_forwards_each_connection(
    v1: client.CoreV1Api, testbed_namespace: str, pod: str, http_target: None
) -> None:
    with portforward.forward(
        v1.connect_get_namespaced_pod_portforward, pod, testbed_namespace, ports="0:80"
    ) as fwd:
        port = fwd.local_port(80)

        def get(i: int) -> bytes:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/{i}", timeout=30) as resp:
                data: bytes = resp.read()
                return data

        with ThreadPoolExecutor(4) as pool:
            results = list(pool.map(get, range(8)))
        assert results == [f"hello from /{i}".encode() for i in range(8)]
        assert fwd.errors == []


def test_async_portforward_and_listener(
    testbed_cluster: Testbed, testbed_namespace: str, pod: str, http_target: None
) -> None:
    async def request(
        reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str
    ) -> bytes:
        writer.write(f"GET {path} HTTP/1.1\r\nHost: pod\r\n\r\n".encode())
        await writer.drain()
        head = await reader.readuntil(b"\r\n\r\n")
        length = next(
            int(line.split(b":")[1])
            for line in head.split(b"\r\n")
            if line.lower().startswith(b"content-length")
        )
        return await reader.readexactly(length)

    async def main() -> list[bytes]:
        api_client = await aconfig.new_client_from_config(
            config_file=str(testbed_cluster.kubeconfig)
        )
        async with api_client:
            v1 = aclient.CoreV1Api(api_client)

            async def direct(i: int) -> bytes:
                pf = await astream.portforward(
                    v1.connect_get_namespaced_pod_portforward,
                    pod,
                    testbed_namespace,
                    ports="8080",
                )
                async with pf:
                    reader, writer = await pf.open_connection(8080)
                    data = await request(reader, writer, f"/async-{i}")
                    writer.close()
                    return data

            async with asyncio.timeout(60):
                results = list(await asyncio.gather(*(direct(i) for i in range(4))))
                async with portforward.aforward(
                    v1.connect_get_namespaced_pod_portforward,
                    pod,
                    testbed_namespace,
                    ports=[80],
                ) as fwd:
                    for i in range(2):
                        reader, writer = await asyncio.open_connection(
                            "127.0.0.1", fwd.local_port(80)
                        )
                        results.append(await request(reader, writer, f"/listener-{i}"))
                        writer.close()
                    assert fwd.errors == []
            return results

    assert asyncio.run(main()) == [
        *(f"hello from /async-{i}".encode() for i in range(4)),
        b"hello from /listener-0",
        b"hello from /listener-1",
    ]
