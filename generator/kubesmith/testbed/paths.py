"""Where the testbed finds its Go sources and keeps its binaries."""

from __future__ import annotations

import os
import re
from pathlib import Path

# The Go module that builds the control plane lives at the repository root, next to the
# `generator/` directory that holds this package.
_REPO_ROOT = Path(__file__).resolve().parents[3]


def source_dir() -> Path:
    """The `testbed/` Go module (override with KUBESMITH_TESTBED_SRC)."""
    override = os.environ.get("KUBESMITH_TESTBED_SRC")
    return Path(override) if override else _REPO_ROOT / "testbed"


def cache_root() -> Path:
    """Root of kubesmith's cache: $KUBESMITH_CACHE, else ~/.cache/kubesmith."""
    override = os.environ.get("KUBESMITH_CACHE")
    if override:
        return Path(override)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "kubesmith"


def version_dir(kube_version: str) -> Path:
    """Binaries, stage files and the build stamp of one Kubernetes version."""
    return cache_root() / "testbed" / kube_version


def bin_dir(kube_version: str) -> Path:
    return version_dir(kube_version) / "bin"


def run_dir() -> Path:
    """State of the cluster started by `kubesmith testbed up` (stable so `down`/`env` find it).

    $KUBESMITH_TESTBED_RUN overrides it, e.g. to run a second one next to the first.
    """
    override = os.environ.get("KUBESMITH_TESTBED_RUN")
    return Path(override) if override else cache_root() / "testbed" / "run"


_REQUIRE_RE = re.compile(r"^\s*(?:require\s+)?(\S+)\s+(v\S+)", re.MULTILINE)


def pinned_version(gomod: Path, module: str) -> str:
    """The version a go.mod requires for `module` (e.g. k8s.io/kubernetes -> v1.37.2)."""
    for path, version in _REQUIRE_RE.findall(gomod.read_text()):
        if path == module:
            return str(version)
    raise LookupError(f"{gomod} does not require {module}")


def default_kube_version() -> str:
    """The Kubernetes release pinned in testbed/go.mod."""
    return pinned_version(source_dir() / "go.mod", "k8s.io/kubernetes")
