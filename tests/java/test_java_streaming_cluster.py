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


def control_handler(tb: Testbed) -> type[http.server.BaseHTTPRequestHandler]:
    class Control(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode() if length else ""
            result: Any = "ok"
            if self.path == "/restart-apiserver":
                tb.restart_apiserver()
            elif self.path == "/compact":
                result = etcd_compact(tb)
            elif self.path == "/append-log":
                tb.append_pod_log(json.loads(body))
            elif self.path == "/log-lines":
                result = tb.pod_log_lines
            else:
                self.send_error(404)
                return
            data = json.dumps(result).encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Control


@pytest.fixture
def control(testbed_cluster: Testbed) -> Iterator[str]:
    lines = testbed_cluster.pod_log_lines
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), control_handler(testbed_cluster))
    thread = threading.Thread(target=server.serve_forever, args=(0.1,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        testbed_cluster.write_pod_log(lines)


#: fewer means a test class was not compiled or not found
MIN_TESTS = 30


def test_java_streaming_suite(
    testbed_cluster: Testbed, testbed_namespace: str, control: str
) -> None:
    mvn = shutil.which("mvn")
    assert mvn, "Maven (mvn) is needed for the Java tests"
    env = dict(os.environ)
    env.update(
        KUBECONFIG=str(testbed_cluster.kubeconfig),
        KUBESMITH_TEST_NAMESPACE=testbed_namespace,
        KUBESMITH_CONTROL=control,
        KUBESMITH_PORT_FORWARD_PORT=str(testbed_cluster.port_forward_port),
        KUBESMITH_EXEC_WORKDIR=str(testbed_cluster.exec_workdir),
    )
    shutil.rmtree(REPORTS, ignore_errors=True)
    started = time.monotonic()
    result = subprocess.run(
        [
            mvn,
            "-q",
            "-B",
            "-f",
            str(REACTOR),
            "test",
            "-Dtest=dev.kubesmith.kubeclient.tests.stream.*Cluster",
            "-Dsurefire.failIfNoSpecifiedTests=false",
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1500,
        check=False,
    )
    totals, lines = _summary()
    print(
        f"\nJava streaming (Maven, {time.monotonic() - started:.0f} s): {totals['tests']} tests, "
        f"{totals['failures']} failures, {totals['errors']} errors, {totals['skipped']} skipped"
    )
    print("\n".join(lines))
    output = (result.stdout + result.stderr)[-20000:]
    assert result.returncode == 0, output
    assert totals["failures"] == totals["errors"] == totals["skipped"] == 0, output
    assert totals["tests"] >= MIN_TESTS, f"only {totals['tests']} Java tests ran:\n{output}"
