"""JUnit tests of the Java client's authentication, generic API and CRD support on the testbed.

The JUnit classes (``*IT`` in tests/java/client, left out of a plain ``mvn test``) need more
than $KUBECONFIG, so this wrapper provides it and runs them:

* a real OIDC setup: a second kube-apiserver of the testbed trusting an identity provider
  (the fixture and provider of tests/integration/test_auth_oidc.py), and id-tokens made for
  the tests (expired, forged, about to expire);
* KUBERNETES_SERVICE_HOST/PORT pointing at the testbed, for the in-cluster configuration;
* a client generated with the CRDs of tests/data/crds/good (``--crd``), for the typed CRD tests.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType
from urllib.parse import urlsplit

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from java_specs import write_java_spec
from kubesmith.pipeline import generate
from kubesmith.testbed import Testbed
from test_crd import GOOD

pytestmark = pytest.mark.cluster

HERE = Path(__file__).parent
CLASSES = ["ExecPluginIT", "OidcIT", "ServiceAccountTokenIT", "GenericApiIT"]


def _load(name: str, path: Path) -> ModuleType:
    """A test module of the Python client, for its fixtures and helpers."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


_oidc = _load("java_oidc_support", HERE.parent / "integration" / "test_auth_oidc.py")
_crd = _load("java_crd_support", HERE.parent / "test_crd_cluster.py")
# module-scoped fixtures, used here by name: the OIDC kube-apiserver, the installed CRDs
oidc_apiserver = _oidc.oidc_apiserver
installed = _crd.installed


def run_maven(env: dict[str, str], pom: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["mvn", "-B", "--no-transfer-progress", "-f", str(pom), "test", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def reports(directory: Path, classes: list[str]) -> dict[str, tuple[int, int, float]]:
    """tests, failures+errors+skipped and seconds of each class, from surefire's reports."""
    out = {}
    for name in classes:
        report = directory / f"TEST-dev.kubesmith.kubeclient.tests.{name}.xml"
        root = ET.parse(report).getroot()
        bad = sum(int(root.get(k, "0")) for k in ("failures", "errors", "skipped"))
        out[name] = (int(root.get("tests", "0")), bad, float(root.get("time", "0")))
    return out


def test_java_auth_and_generic_api(
    testbed_cluster: Testbed, oidc_apiserver: object, tmp_path: Path
) -> None:
    idp = oidc_apiserver.idp  # type: ignore[attr-defined]
    idp.reset()
    idp.subject = ("java", ["devs"])
    other_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    server = urlsplit(testbed_cluster.server)
    env = {
        **os.environ,
        "KUBECONFIG": str(testbed_cluster.kubeconfig),
        "KUBERNETES_SERVICE_HOST": str(server.hostname),
        "KUBERNETES_SERVICE_PORT": str(server.port),
        "KUBESMITH_OIDC_SERVER": oidc_apiserver.url,  # type: ignore[attr-defined]
        "KUBESMITH_OIDC_ISSUER": idp.url,
        "KUBESMITH_OIDC_CA": str(idp.ca_file),
        "KUBESMITH_OIDC_REFRESH": _oidc.REFRESH,
        "KUBESMITH_OIDC_EXPIRED": idp.sign("java", ["devs"], expires_in=-60),
        "KUBESMITH_OIDC_FORGED": idp.sign("java", ["devs"], expires_in=3600, key=other_key),
        "KUBESMITH_OIDC_SOON": idp.sign("java", [], expires_in=5),
    }
    reports_dir = HERE / "client/target/surefire-reports"
    for name in CLASSES:  # no stale report of an earlier run
        (reports_dir / f"TEST-dev.kubesmith.kubeclient.tests.{name}.xml").unlink(missing_ok=True)
    result = run_maven(
        env,
        HERE / "pom.xml",
        "-Dtest=" + ",".join(CLASSES),
        "-Dsurefire.failIfNoSpecifiedTests=false",
    )
    assert result.returncode == 0, result.stdout[-30000:] + result.stderr[-5000:]
    check_reports(reports_dir, CLASSES)
    # one grant per refreshing test (1-3), two refused attempts of the refused refresh (5)
    assert len(idp.grants) == 5, idp.grants


def check_reports(directory: Path, classes: list[str]) -> None:
    for name, (tests, bad, seconds) in reports(directory, classes).items():
        print(f"{name}: {tests} tests in {seconds:.1f} s")
        assert tests > 0 and bad == 0, (name, tests, bad)


def test_java_typed_custom_resources(
    testbed_cluster: Testbed, installed: list[str], tmp_path: Path
) -> None:
    """A client generated with --crd (from the trimmed golden spec plus Scale and Pod, as the Python
    CRD tests do, so it compiles in seconds) drives the CRDs of tests/data/crds/good."""
    out = tmp_path / "client"
    generate(str(write_java_spec(tmp_path)), out, target="java", crds=[GOOD])
    env = {**os.environ, "KUBECONFIG": str(testbed_cluster.kubeconfig)}
    result = run_maven(env, HERE / "crd" / "pom.xml", f"-Dcrd.client={out}")
    assert result.returncode == 0, result.stdout[-30000:] + result.stderr[-5000:]
    check_reports(out / "build" / "surefire-reports", ["crd.CrdTest"])
