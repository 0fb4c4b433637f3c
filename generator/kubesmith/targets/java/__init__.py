"""The Java target: a Maven project (``output/java``) drop-in for client-java.

See docs/java-target.md for the layout and the contract with the hand-written runtime.
"""

from __future__ import annotations

from pathlib import Path

from .. import Target
from .render import render


def _format(root: Path, formatter: str | None) -> None:
    """Nothing to do: the templates emit formatted Java (google-java-format would take
    minutes on the full client)."""


def _check_package(package: str) -> str | None:
    if package != "kubeclient":
        return (
            f"--package-name {package!r}: the Java client's package is fixed "
            "(dev.kubesmith.kubeclient, mirroring client-java's io.kubernetes.client)"
        )
    return None


TARGET = Target(
    name="java",
    default_out="output/java",
    render=render,
    format=_format,
    formatters=(),
    check_package=_check_package,
)
