"""``--from-cluster`` with ``--crd``: the cluster's shallow CRD schemas replaced by typed ones.

Only CRDs without validation-only string formats are installed here: the spec loader
(load.KNOWN_FORMATS) refuses ``format: hostname`` and friends in a cluster's spec.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from kubesmith.cluster import fetch
from kubesmith.crd import read_crds
from kubesmith.pipeline import build
from kubesmith.targets.python.lower import lower
from kubesmith.testbed import Testbed
from test_crd import GOOD
from test_crd_cluster import CRD_PATH, _gone, _served, _wait

pytestmark = pytest.mark.cluster

FILES = [GOOD / "more.yaml", GOOD / "backups.json"]


@pytest.fixture(scope="module")
def installed(testbed_cluster: Testbed) -> Iterator[list[str]]:
    tb = testbed_cluster
    # another module's CRDs (with formats the loader refuses) may still be going away
    _wait("widgets.example.com to be gone", lambda: _gone(tb, "widgets.example.com"))
    names = []
    try:
        for manifest in read_crds(FILES):
            response = tb.admin.request("POST", CRD_PATH, manifest.body)
            assert response.status == 201, response.body
            names.append(manifest.name)
            spec = manifest.body["spec"]
            for version in spec["versions"]:
                _wait(
                    f"{spec['group']}/{version['name']}",
                    lambda s=spec, v=version: _served(  # type: ignore[misc]
                        tb, s["group"], v["name"], s["names"]["plural"]
                    ),
                )
        # the OpenAPI v3 of a new CRD is published a little after discovery serves it
        wanted = {
            f"apis/{m.body['spec']['group']}/{v['name']}"
            for m in read_crds(FILES)
            for v in m.body["spec"]["versions"]
        }
        _wait(
            "the CRDs' OpenAPI v3 documents",
            lambda: wanted <= set(tb.admin.get("/openapi/v3").json().get("paths", {})),
        )
        yield names
    finally:
        for name in names:
            tb.admin.request("DELETE", f"{CRD_PATH}/{name}")
        for name in names:
            _wait(f"CRD {name} to be deleted", lambda n=name: _gone(tb, n))  # type: ignore[misc]


def _modules(tb: Testbed, crds: list[Path]) -> dict[str, list[str]]:
    source, _ = fetch(str(tb.kubeconfig), "admin")
    client = lower(build(source, "kubeclient", crds=crds))
    return {m.module: [d.class_name for d in m.definitions] for m in client.model_modules}


def test_from_cluster_alone_is_shallow(testbed_cluster: Testbed, installed: list[str]) -> None:
    modules = _modules(testbed_cluster, [])
    # the server's names (org.example.tools.v1.Gizmo): module from the group's first label,
    # nested objects untyped; storage.example.net/v1 even lands among the built-in storage_v1
    assert modules["tools_v1"] == ["V1Gizmo", "V1GizmoList"]
    assert modules["storage_v2"] == ["V2Backup", "V2BackupList"]
    assert {"V1Backup", "V1StorageClass"} <= set(modules["storage_v1"])


def test_from_cluster_with_crds_is_typed(testbed_cluster: Testbed, installed: list[str]) -> None:
    modules = _modules(testbed_cluster, FILES)
    assert "tools_v1" not in modules and "storage_v2" not in modules
    assert "V1Backup" not in modules["storage_v1"]
    assert modules["tools_example_org_v1"] == [
        "V1Gizmo",
        "V1GizmoList",
        "V1GizmoOwner",
        "V1GizmoPartsItem",
        "V1GizmoSpec",
        "V1GizmoStatus",
    ]
    assert modules["storage_example_net_v2"] == ["V2Backup", "V2BackupList", "V2BackupSpec"]
    # the custom Namespace kind does not take the built-in's name
    assert modules["tenancy_example_io_v1"][0] == "TenancyExampleIoV1Namespace"
    assert "V1Namespace" in modules["core_v1"]
