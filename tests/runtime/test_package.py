"""The runtime as a package: it imports on its own, only relatively, and its exports exist."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

RUNTIME = Path(__file__).resolve().parents[2] / "templates" / "runtime"
MODULES = sorted(
    ".".join(("runtime", *path.relative_to(RUNTIME).with_suffix("").parts)).removesuffix(
        ".__init__"
    )
    for path in RUNTIME.rglob("*.py")
)


def test_every_module_imports_without_generated_code() -> None:
    script = "import importlib, sys\nfor name in sys.argv[1:]:\n    importlib.import_module(name)\n"
    done = subprocess.run(
        [sys.executable, "-c", script, *MODULES],
        cwd=RUNTIME.parent,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "runtime.client.api_client" in MODULES and "runtime.aio.config" in MODULES


@pytest.mark.parametrize("path", sorted(RUNTIME.rglob("*.py")), ids=lambda p: p.name)
def test_imports_of_the_package_itself_are_relative(path: Path) -> None:
    tree = ast.parse(path.read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0:
            assert node.module is not None
            assert node.module.split(".")[0] in {
                "__future__",
                "asyncio",
                "base64",
                "binascii",
                "codecs",
                "collections",
                "contextlib",
                "copy",
                "dataclasses",
                "datetime",
                "httpx",
                "importlib",
                "logging",
                "msgspec",
                "os",
                "platform",
                "re",
                "ssl",
                "sys",
                "tempfile",
                "threading",
                "time",
                "types",
                "typing",
                "urllib",
                "warnings",
                "yaml",
            }, f"{path}: absolute import of {node.module}"
        if isinstance(node, ast.Import):
            for alias in node.names:
                assert not alias.name.startswith(("runtime", "kubeclient")), path


@pytest.mark.parametrize("name", MODULES)
def test_exports_exist(name: str) -> None:
    module = importlib.import_module(name)
    exported = getattr(module, "__all__", None)
    if exported is None:
        assert name.split(".")[-1] in {"runtime"}, f"{name} has no __all__"
        return
    assert len(set(exported)) == len(exported)
    for item in exported:
        assert hasattr(module, item), f"{name}.{item}"
