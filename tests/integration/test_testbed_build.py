"""The testbed's Go module: pins derived from k8s.io/kubernetes, binaries cached by version."""

from __future__ import annotations

import re
import subprocess
import time

import pytest
from kubesmith.testbed import build, paths
from kubesmith.testbed.gomod import staging_modules, staging_version

pytestmark = pytest.mark.cluster


def test_staging_version_maps_v1_to_v0() -> None:
    assert staging_version("v1.37.2") == "v0.37.2"
    assert staging_version("1.36.3") == "v0.36.3"
    with pytest.raises(ValueError):
        staging_version("v2.0.0")


def test_go_mod_replaces_exactly_the_staging_modules() -> None:
    src = paths.source_dir()
    version = paths.default_kube_version()
    gomod = (src / "go.mod").read_text()
    replaces = dict(re.findall(r"^replace (\S+) => (\S+ v\S+)$", gomod, re.MULTILINE))
    derived = staging_modules(version, src)
    assert "k8s.io/api" in derived
    assert "k8s.io/streaming" in derived  # new staging module since 1.36
    tag = staging_version(version)
    assert replaces == {module: f"{module} {tag}" for module in derived}


def test_second_build_is_instant_and_binaries_report_the_version() -> None:
    bins = build.ensure_built()
    started = time.monotonic()
    again = build.build()
    assert time.monotonic() - started < 5
    assert again == bins
    assert bins.bin_dir == paths.cache_root() / "testbed" / bins.kube_version / "bin"
    for name in ("kube-apiserver", "kube-controller-manager", "kube-scheduler"):
        out = subprocess.run(
            [str(bins.path(name)), "--version"], capture_output=True, text=True, check=True
        ).stdout
        assert out.strip() == f"Kubernetes {bins.kube_version}"
    etcd = subprocess.run(
        [str(bins.path("etcd")), "--version"], capture_output=True, text=True, check=True
    ).stdout
    assert etcd.startswith("etcd Version: 3.")
    assert {p.name for p in bins.stage_files()} >= {"node-initialize.yaml", "pod-ready.yaml"}
