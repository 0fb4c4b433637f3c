"""The official clients' streaming snippets, with only the import lines changed.

Sync: ``kubernetes`` → ``kubeclient``. Asyncio: ``kubernetes_asyncio`` → ``kubeclient.aio``.
``config.load_kube_config()`` reads ``KUBECONFIG`` (the testbed's); the default configuration
is restored afterwards. The prints are kept; their output is checked.
"""

from __future__ import annotations

import asyncio
import getpass
import select
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from kubeclient.client.configuration import Configuration
from kubesmith.testbed import Testbed

pytestmark = pytest.mark.cluster


@pytest.fixture
def kubeconfig_env(testbed_cluster: Testbed, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("KUBECONFIG", str(testbed_cluster.kubeconfig))
    monkeypatch.setattr(Configuration, "_default", None)
    yield


@pytest.mark.usefixtures("kubeconfig_env")
def test_watch_snippet(
    v1: Any, testbed_namespace: str, pod: str, capsys: pytest.CaptureFixture[str]
) -> None:
    threading.Timer(
        1.0,
        lambda: v1.patch_namespaced_pod(
            pod, testbed_namespace, {"metadata": {"labels": {"a": "b"}}}
        ),
    ).start()
    # -- the snippet --------------------------------------------------------------------
    from kubeclient import client, config, watch

    config.load_kube_config()
    v1 = client.CoreV1Api()
    count = 2
    w = watch.Watch()
    for event in w.stream(v1.list_namespaced_pod, testbed_namespace, timeout_seconds=30):
        print(f"Event: {event['type']} {event['object'].metadata.name}")
        count -= 1
        if not count:
            w.stop()
    print("Ended.")
    # -----------------------------------------------------------------------------------
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Event: ADDED box"
    assert lines[1] == "Event: MODIFIED box"
    assert lines[-1] == "Ended."


@pytest.mark.usefixtures("kubeconfig_env")
def test_logs_and_exec_snippets(testbed_cluster: Testbed, testbed_namespace: str, pod: str) -> None:
    name, namespace = pod, testbed_namespace
    # -- the snippets -------------------------------------------------------------------
    from kubeclient import client, config
    from kubeclient.stream import stream

    config.load_kube_config()
    api = client.CoreV1Api()
    api_response = api.read_namespaced_pod_log(name=name, namespace=namespace)

    exec_command = [
        "/bin/sh",
        "-c",
        "echo This message goes to stderr >&2; echo This message goes to stdout",
    ]
    resp = stream(
        api.connect_get_namespaced_pod_exec,
        name,
        namespace,
        command=exec_command,
        stderr=True,
        stdin=False,
        stdout=True,
        tty=False,
    )
    print("Response: " + resp)

    exec_command = ["/bin/sh"]
    resp = stream(
        api.connect_get_namespaced_pod_exec,
        name,
        namespace,
        command=exec_command,
        stderr=True,
        stdin=True,
        stdout=True,
        tty=False,
        _preload_content=False,
    )
    commands = [
        "echo This message goes to stdout",
        'echo "This message goes to stderr" >&2',
    ]
    outputs: list[str] = []
    while resp.is_open():
        resp.update(timeout=1)
        if resp.peek_stdout():
            outputs.append("STDOUT: %s" % resp.read_stdout())  # noqa: UP031
        if resp.peek_stderr():
            outputs.append("STDERR: %s" % resp.read_stderr())  # noqa: UP031
        if commands:
            c = commands.pop(0)
            resp.write_stdin(c + "\n")
        else:
            break
    resp.write_stdin("echo ready\n")
    sdate = resp.readline_stdout(timeout=3)
    resp.write_stdin("whoami\n")
    user = resp.readline_stdout(timeout=3)
    resp.close()
    # -----------------------------------------------------------------------------------
    assert api_response.splitlines() == testbed_cluster.pod_log_lines
    assert sorted(
        resp_line
        for resp_line in stream(
            api.connect_get_namespaced_pod_exec,
            name,
            namespace,
            command=[*exec_command[:1], "-c", "echo a"],
            stderr=True,
            stdin=False,
            stdout=True,
            tty=False,
        ).splitlines()
    ) == ["a"]
    joined = "".join(outputs)
    assert "This message goes to stdout" in joined + (sdate or "")
    assert sdate in ("This message goes to stdout", "This message goes to stderr", "ready")
    assert user == getpass.getuser()  # KWOK runs the commands as the test's user


@pytest.mark.usefixtures("kubeconfig_env")
def test_portforward_snippet(testbed_cluster: Testbed, testbed_namespace: str, pod: str) -> None:
    from http import server as http_server

    class Handler(http_server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Length", "5")
            self.end_headers()
            self.wfile.write(b"hello")

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http_server.ThreadingHTTPServer(
        ("127.0.0.1", testbed_cluster.port_forward_port), Handler
    )
    threading.Thread(target=server.serve_forever, args=(0.1,), daemon=True).start()
    name, namespace = pod, testbed_namespace
    try:
        # -- the snippet (reads until the body is complete: KWOK keeps the stream open
        #    after the target closes, where a kubelet would end it) ------------------------
        from kubeclient import client, config
        from kubeclient.stream import portforward

        config.load_kube_config()
        api_instance = client.CoreV1Api()
        pf = portforward(
            api_instance.connect_get_namespaced_pod_portforward, name, namespace, ports="80"
        )
        http = pf.socket(80)
        http.setblocking(True)
        http.sendall(
            b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nAccept: */*\r\n\r\n"
        )
        response = b""
        while not response.endswith(b"hello"):
            select.select([http], [], [], 10)
            data = http.recv(1024)
            if not data:
                break
            response += data
        http.close()
        error = pf.error(80)
        pf.close()
        # -------------------------------------------------------------------------------
    finally:
        server.shutdown()
        server.server_close()
    assert response.startswith(b"HTTP/1.0 200 OK") and response.endswith(b"hello")
    assert error is None


@pytest.mark.usefixtures("kubeconfig_env")
def test_asyncio_snippets(testbed_cluster: Testbed, testbed_namespace: str, pod: str) -> None:
    name, namespace = pod, testbed_namespace
    printed: list[str] = []

    # -- the kubernetes_asyncio snippets ----------------------------------------------------
    from kubeclient.aio import client, config, watch
    from kubeclient.aio.stream import WsApiClient

    async def main() -> None:
        await config.load_kube_config()
        async with client.ApiClient() as api:
            v1 = client.CoreV1Api(api)
            count = 1
            w = watch.Watch()
            async with w.stream(v1.list_namespaced_pod, namespace, timeout_seconds=30) as stream:
                async for event in stream:
                    printed.append(f"Event: {event['type']} {event['object'].metadata.name}")
                    count -= 1
                    if not count:
                        w.stop()
            log = await v1.read_namespaced_pod_log(name, namespace)
            printed.append(log.splitlines()[0])

        v1_ws = client.CoreV1Api(api_client=WsApiClient())
        exec_command = ["/bin/sh", "-c", "echo This message goes to stdout"]
        resp = await v1_ws.connect_get_namespaced_pod_exec(
            name,
            namespace,
            command=exec_command,
            stderr=True,
            stdin=False,
            stdout=True,
            tty=False,
        )
        printed.append("Response: " + resp)
        await v1_ws.api_client.close()

    asyncio.run(main())
    # ---------------------------------------------------------------------------------------
    assert printed == [
        "Event: ADDED box",
        testbed_cluster.pod_log_lines[0],
        "Response: This message goes to stdout\n",
    ]
