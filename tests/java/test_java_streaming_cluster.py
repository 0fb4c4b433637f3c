"""The Java client's watch, log, exec, attach, copy and port-forward tests (JUnit, package
``dev.kubesmith.kubeclient.tests.stream``) against the testbed.

The JUnit classes are named ``*Cluster`` so surefire's default run skips them: they need the
environment this wrapper provides (KUBECONFIG, a namespace, the port KWOK forwards to) and a
control endpoint for what only the testbed's owner can do (restart kube-apiserver, compact
etcd, append to the pod log)."""

from __future__ import annotations

import http.server
import json
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from kubesmith.testbed import Testbed

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "streaming"))
from streaming_support import etcd_compact
from test_java_client import REPORTS, _summary

pytestmark = pytest.mark.cluster

ROOT = Path(__file__).resolve().parents[2]
REACTOR = ROOT / "tests" / "java"


class Control:
    """What the JUnit tests ask of the testbed, over HTTP. Requests are queued and run on the
    thread that runs Maven (the test's main thread): the testbed's processes die with the
    thread that started them (PR_SET_PDEATHSIG), so a restarted kube-apiserver must not be
    started from a short-lived request thread."""

    def __init__(self, tb: Testbed) -> None:
        self.tb = tb
        self.requests: queue.Queue[tuple[str, str, queue.Queue[tuple[int, Any]]]] = queue.Queue()

    def run(self, action: str, body: str) -> tuple[int, Any]:
        if action == "/restart-apiserver":
            self.tb.restart_apiserver()
            return 200, "ok"
        if action == "/compact":
            return 200, etcd_compact(self.tb)
        if action == "/append-log":
            self.tb.append_pod_log(json.loads(body))
            return 200, "ok"
        if action == "/log-lines":
            return 200, self.tb.pod_log_lines
        return 404, f"no action {action}"

    def serve_until(self, process: subprocess.Popen[str], deadline: float) -> None:
        """Runs queued requests until Maven exits (or the deadline passes: it is killed)."""
        while process.poll() is None:
            if time.monotonic() > deadline:
                process.kill()
                process.wait()
                raise AssertionError("the Java streaming tests did not finish in time")
            try:
                action, body, answer = self.requests.get(timeout=0.1)
            except queue.Empty:
                continue
            try:
                answer.put(self.run(action, body))
            except Exception as error:  # reported to the JUnit test that asked
                answer.put((500, repr(error)))

    def handler(self) -> type[http.server.BaseHTTPRequestHandler]:
        requests = self.requests

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode() if length else ""
                answer: queue.Queue[tuple[int, Any]] = queue.Queue()
                requests.put((self.path, body, answer))
                code, result = answer.get()
                data = json.dumps(result).encode()
                self.send_response(code)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler


@pytest.fixture
def control(testbed_cluster: Testbed) -> Iterator[tuple[Control, str]]:
    lines = testbed_cluster.pod_log_lines
    ctl = Control(testbed_cluster)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), ctl.handler())
    thread = threading.Thread(target=server.serve_forever, args=(0.1,), daemon=True)
    thread.start()
    try:
        yield ctl, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        testbed_cluster.write_pod_log(lines)


#: fewer means a test class was not compiled or not found
MIN_TESTS = 38

#: one class (or a comma-separated list) to run instead of all of them, e.g. ``AsyncCluster``
ONLY = os.environ.get("KUBESMITH_JAVA_STREAM_TESTS", "")


def test_java_streaming_suite(
    testbed_cluster: Testbed, testbed_namespace: str, control: tuple[Control, str]
) -> None:
    ctl, url = control
    mvn = shutil.which("mvn")
    assert mvn, "Maven (mvn) is needed for the Java tests"
    env = dict(os.environ)
    env.update(
        KUBECONFIG=str(testbed_cluster.kubeconfig),
        KUBESMITH_TEST_NAMESPACE=testbed_namespace,
        KUBESMITH_CONTROL=url,
        KUBESMITH_PORT_FORWARD_PORT=str(testbed_cluster.port_forward_port),
        KUBESMITH_EXEC_WORKDIR=str(testbed_cluster.exec_workdir),
    )
    shutil.rmtree(REPORTS, ignore_errors=True)
    started = time.monotonic()
    with subprocess.Popen(
        [
            mvn,
            "-q",
            "-B",
            "-f",
            str(REACTOR),
            "test",
            "-Dtest="
            + ",".join(
                f"dev.kubesmith.kubeclient.tests.stream.{name.strip()}"
                for name in (ONLY or "*Cluster").split(",")
            ),
            "-Dsurefire.failIfNoSpecifiedTests=false",
        ],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    ) as process:
        assert process.stdout is not None
        output_lines: list[str] = []
        reader = threading.Thread(target=lambda: output_lines.extend(process.stdout), daemon=True)
        reader.start()
        ctl.serve_until(process, started + 1500)
        reader.join(30)
    totals, lines = _summary()
    print(
        f"\nJava streaming (Maven, {time.monotonic() - started:.0f} s): {totals['tests']} tests, "
        f"{totals['failures']} failures, {totals['errors']} errors, {totals['skipped']} skipped"
    )
    print("\n".join(lines))
    output = "".join(output_lines)[-20000:]
    assert process.returncode == 0, output
    assert totals["failures"] == totals["errors"] == totals["skipped"] == 0, output
    least = 1 if ONLY else MIN_TESTS
    assert totals["tests"] >= least, f"only {totals['tests']} Java tests ran:\n{output}"
