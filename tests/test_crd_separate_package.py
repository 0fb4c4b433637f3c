"""CRDs in a package of their own that reuses the installed kubeclient's models and runtime
(``kubesmith generate --crd ... --package-name NAME --base-package kubeclient``)."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from kubeclient import client, config
from kubesmith.errors import SpecError
from kubesmith.pipeline import generate
from test_crd import GOOD
from test_crd_cluster import installed  # noqa: F401  (the fixture installing the CRDs)

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "specs" / "kubernetes-v1.37.2" / "swagger.json"
PACKAGE = "ks_crds_only"


@pytest.fixture(scope="module")
def crds(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = tmp_path_factory.mktemp("separate") / "out"
    generate(str(SPEC), out, package=PACKAGE, crds=[GOOD], base_package="kubeclient")
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module(f"{PACKAGE}.client")
    finally:
        sys.path.remove(str(out))


def test_only_the_crds_are_generated(crds: ModuleType) -> None:
    root = Path(crds.__file__).parents[1]
    models = sorted(p.stem for p in (root / "client" / "models").glob("*.py"))
    assert models == [
        "__init__",
        "example_com_v1",
        "example_com_v1beta1",
        "storage_example_net_v1",
        "storage_example_net_v2",
        "tenancy_example_io_v1",
        "tools_example_org_v1",
    ]
    assert not (root / "client" / "api_client.py").exists(), "the runtime is the base's"
    assert not (root / "config").exists()
    assert '"kubeclient~=1.37.0"' in (root.parent / "pyproject.toml").read_text()


def test_built_in_types_are_the_base_packages(crds: ModuleType) -> None:
    widget = crds.V1Widget.from_json(
        b'{"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "w"},'
        b' "spec": {"size": "small"}}'
    )
    assert type(widget.metadata) is client.V1ObjectMeta
    from kubeclient.client._api_base import SyncApi

    assert issubclass(crds.ExampleComV1Api, SyncApi)
    assert crds.apply.V1WidgetApply.new("w", "ns").to_wire()["apiVersion"] == "example.com/v1"


def test_the_package_type_checks_against_the_base(crds: ModuleType) -> None:
    out = Path(crds.__file__).parents[2]
    result = subprocess.run(
        [str(Path(sys.executable).parent / "mypy"), "--strict", "--no-incremental", PACKAGE],
        cwd=out,
        env={**os.environ, "MYPYPATH": str(ROOT / "output" / "python")},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout


def test_base_package_needs_crds(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match="--base-package generates CRDs only"):
        generate(str(SPEC), tmp_path / "o", package="x", base_package="kubeclient")


@pytest.mark.cluster
def test_typed_crud_with_the_base_client(
    crds: ModuleType,
    testbed_cluster: Any,
    installed: list[str],  # noqa: F811  (the imported fixture)
    testbed_namespace: str,
) -> None:
    with config.new_client_from_config(config_file=str(testbed_cluster.kubeconfig)) as api_client:
        api = crds.ExampleComV1Api(api_client)
        created = api.create_namespaced_widget(
            testbed_namespace,
            crds.V1Widget(
                metadata=client.V1ObjectMeta(name="w1"), spec=crds.V1WidgetSpec(size="small")
            ),
        )
        assert isinstance(created, crds.V1Widget)
        assert created.spec.replicas == 1  # the CRD's default, typed
        patched = api.patch_namespaced_widget("w1", testbed_namespace, {"spec": {"replicas": 3}})
        assert patched.spec.replicas == 3
        listed = api.list_namespaced_widget(testbed_namespace)
        assert [w.metadata.name for w in listed.items] == ["w1"]
        api.delete_namespaced_widget("w1", testbed_namespace)
