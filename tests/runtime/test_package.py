"""The runtime as a package: it imports on its own, only relatively, and its exports exist."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

RUNTIME = Path(__file__).resolve().parents[2] / "templates" / "python" / "runtime"
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


#: the runtime's dependencies besides the standard library
RUNTIME_DEPENDENCIES = {"httpx", "httpcore", "msgspec", "yaml"}  # httpcore comes with httpx


@pytest.mark.parametrize(
    "path", sorted(RUNTIME.rglob("*.py")), ids=lambda p: str(p.relative_to(RUNTIME))
)
def test_imports_are_relative_or_of_the_dependencies(path: Path) -> None:
    """The generated package may be renamed (``--package-name``), so the runtime imports itself
    only relatively; everything else is the standard library or a declared dependency."""
    allowed = set(sys.stdlib_module_names) | RUNTIME_DEPENDENCIES
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.level == 0:
            assert node.module is not None
            top = node.module.split(".")[0]
            assert top in allowed, f"{path}: absolute import of {node.module}"
        if isinstance(node, ast.Import):
            for alias in node.names:
                top = alias.name.split(".")[0]
                assert top in allowed, f"{path}: import of {alias.name}"


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
