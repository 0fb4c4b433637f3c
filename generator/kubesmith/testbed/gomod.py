"""Pin the testbed Go module to one Kubernetes release.

``go install k8s.io/kubernetes/cmd/kube-apiserver@vX`` cannot work: the root go.mod of
k8s.io/kubernetes requires every staging module at the fake version ``v0.0.0`` and maps
them to ``./staging/...`` with replace directives, which only apply when k8s.io/kubernetes
is the main module.  Our own main module therefore replaces each staging module with its
published tag (Kubernetes ``v1.X.Y`` publishes staging modules as ``v0.X.Y``).  The list of
staging modules changes between releases (1.36 added streaming and cri-streaming), so it
is read from the downloaded go.mod rather than hard-coded.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Mapping
from pathlib import Path

# The binaries built from k8s.io/kubernetes; recorded as `tool` directives so that
# `go mod tidy` keeps their dependencies and `go build` finds them in the build list.
KUBERNETES_TOOLS = (
    "k8s.io/kubernetes/cmd/kube-apiserver",
    "k8s.io/kubernetes/cmd/kube-controller-manager",
    "k8s.io/kubernetes/cmd/kube-scheduler",
)


def staging_version(kube_version: str) -> str:
    """Map ``v1.37.2`` to the staging modules' tag ``v0.37.2``."""
    major, minor, patch = kube_version.lstrip("v").split(".")
    if major != "1":
        raise ValueError(f"unexpected Kubernetes version {kube_version!r}")
    return f"v0.{minor}.{patch}"


def _go_json(args: list[str], cwd: Path, env: Mapping[str, str] | None) -> object:
    out = subprocess.run(
        ["go", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True
    ).stdout
    return json.loads(out)


def staging_modules(
    kube_version: str, cwd: Path, env: Mapping[str, str] | None = None
) -> list[str]:
    """Return the module paths that k8s.io/kubernetes requires at the fake ``v0.0.0``."""
    info = _go_json(["mod", "download", "-json", f"k8s.io/kubernetes@{kube_version}"], cwd, env)
    assert isinstance(info, dict)
    gomod = _go_json(["mod", "edit", "-json", str(info["GoMod"])], cwd, env)
    assert isinstance(gomod, dict)
    return sorted(
        str(req["Path"]) for req in gomod.get("Require", []) if req.get("Version") == "v0.0.0"
    )


def pin_kubernetes(
    module_dir: Path, kube_version: str, env: Mapping[str, str] | None = None
) -> None:
    """Rewrite ``module_dir/go.mod`` so it builds the control plane of ``kube_version``.

    The replace directives must exist before ``go get`` resolves k8s.io/kubernetes,
    otherwise the go command tries to fetch the non-existent ``v0.0.0`` tags.
    """
    tag = staging_version(kube_version)

    def go(*args: str) -> None:
        subprocess.run(["go", *args], cwd=module_dir, env=env, check=True)

    for module in staging_modules(kube_version, module_dir, env):
        go("mod", "edit", f"-replace={module}={module}@{tag}")
    go("get", "-tool", *(f"{tool}@{kube_version}" for tool in KUBERNETES_TOOLS))
    go("mod", "tidy")
