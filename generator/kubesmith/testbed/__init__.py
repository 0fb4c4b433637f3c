"""A real Kubernetes control plane for tests: kube-apiserver, etcd, kube-controller-manager,
kube-scheduler and KWOK, built from Go modules (see `testbed/` at the repository root)."""

from kubesmith.testbed.build import Binaries, BuildError, cached, ensure_built
from kubesmith.testbed.cluster import Testbed, TestbedError

__all__ = [
    "Binaries",
    "BuildError",
    "Testbed",
    "TestbedError",
    "cached",
    "ensure_built",
]
