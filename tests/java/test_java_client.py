"""The Java client's JUnit 5 tests (tests/java/client), run by Maven on the real testbed.

One Maven reactor (tests/java/pom.xml) compiles the committed client (output/java, with its
own pom and ``-Xlint:all -Werror``) and the tests against it, then runs every test: unit
tests of codecs, builders and kubeconfig parsing, and integration tests against the
testbed, whose kubeconfig is handed over in ``KUBECONFIG``. ``KUBERNETES_SERVICE_HOST`` and
``_PORT`` point at the testbed too, for the in-cluster test (``ClientBuilder.cluster()``).
Maven caches its downloads in ~/.m2; the first run fetches the plugins and dependencies from
Maven Central.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlparse

import pytest
from kubesmith.testbed import Testbed

pytestmark = pytest.mark.cluster

HERE = Path(__file__).resolve().parent
REPORTS = HERE / "client" / "target" / "surefire-reports"
#: fewer means a test class was not compiled or not found
MIN_TESTS = 90


def _summary() -> tuple[dict[str, int], list[str]]:
    """Totals of surefire's XML reports and one line per test class."""
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    lines = []
    for report in sorted(REPORTS.glob("TEST-*.xml")):
        suite = ET.parse(report).getroot()
        counts = {k: int(suite.get(k, "0")) for k in totals}
        for k, v in counts.items():
            totals[k] += v
        name = suite.get("name", report.stem).rsplit(".", 1)[-1]
        lines.append(
            f"  {name:<20} {counts['tests']:>3} tests  {float(suite.get('time', '0')):6.1f} s"
            + ("" if counts["failures"] + counts["errors"] == 0 else "  FAILED")
        )
    return totals, lines


def test_java_client(testbed_cluster: Testbed) -> None:
    mvn = shutil.which("mvn")
    if mvn is None:
        pytest.fail("the Java tests need Maven (mvn) on PATH")
    server = urlparse(testbed_cluster.server)
    assert server.hostname is not None and server.port is not None
    env = {
        **os.environ,
        "KUBECONFIG": str(testbed_cluster.kubeconfig),
        "KUBERNETES_SERVICE_HOST": server.hostname,
        "KUBERNETES_SERVICE_PORT": str(server.port),
    }
    shutil.rmtree(REPORTS, ignore_errors=True)
    started = time.monotonic()
    result = subprocess.run(
        [mvn, "-B", "-q", "-f", str(HERE / "pom.xml"), "test"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.monotonic() - started
    totals, lines = _summary()
    print(
        f"\nJava client (Maven, {elapsed:.0f} s): {totals['tests']} tests, "
        f"{totals['failures']} failures, {totals['errors']} errors, {totals['skipped']} skipped"
    )
    print("\n".join(lines))
    output = (result.stdout + result.stderr)[-12000:]
    assert result.returncode == 0, f"mvn test failed:\n{output}"
    assert totals["failures"] == totals["errors"] == totals["skipped"] == 0, output
    assert totals["tests"] >= MIN_TESTS, f"only {totals['tests']} Java tests ran:\n{output}"
