"""The committed client is black-clean and passes mypy --strict, and so is every spec's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from kubesmith.pipeline import generate

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "output" / "python"
SHARED = ROOT.parent / "shared" / "specs"
BIN = Path(sys.executable).parent


def _run(*command: str, cwd: Path) -> None:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"{' '.join(command)}:\n{result.stdout}\n{result.stderr}"


def test_committed_output_is_black_clean() -> None:
    _run(
        str(BIN / "black"),
        "--check",
        "--quiet",
        "--line-length=100",
        "--target-version=py311",
        "kubeclient",
        cwd=OUTPUT,
    )


def test_committed_output_passes_mypy_strict() -> None:
    _run(str(BIN / "mypy"), "--strict", "--no-incremental", "kubeclient", cwd=OUTPUT)


IMPORT_ALL = """
import importlib, pkgutil, sys
package = importlib.import_module(sys.argv[1])
names = [m.name for m in pkgutil.walk_packages(package.__path__, package.__name__ + ".")]
for name in names:
    importlib.import_module(name)
client = importlib.import_module(sys.argv[1] + ".client")
for name in client.__all__:
    getattr(client, name)
print(len(names))
"""


@pytest.mark.slow
@pytest.mark.parametrize("minor", range(31, 37))
def test_every_shared_spec_generates_imports_and_type_checks(tmp_path: Path, minor: int) -> None:
    out = tmp_path / "out"
    result = generate(str(SHARED / f"kubernetes-1.{minor}.swagger.json"), out)
    assert result.client.kubernetes_version == f"1.{minor}"
    assert len(result.client.definitions) > 600
    _run(sys.executable, "-c", IMPORT_ALL, "kubeclient", cwd=out)
    _run(
        str(BIN / "mypy"),
        "--strict",
        "--no-incremental",
        "--cache-dir=/dev/null",
        "kubeclient",
        cwd=out,
    )
