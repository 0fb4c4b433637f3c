"""Shared fixtures: generating small inline specs into importable throwaway packages."""

from __future__ import annotations

import importlib
import itertools
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from inline import swagger  # noqa: F401  (re-exported for tests)
from kubesmith.pipeline import generate

pytest_plugins = ["kubesmith.testbed.pytest_plugin"]

ROOT = Path(__file__).resolve().parents[1]
SHARED_SPECS = ROOT.parent / "shared" / "specs"
DEFAULT_SPEC = SHARED_SPECS / "kubernetes-1.36.swagger.json"

_counter = itertools.count()


GeneratedPackage = Callable[..., ModuleType]


@pytest.fixture
def generated(tmp_path: Path) -> Iterator[GeneratedPackage]:
    """Generate an inline spec into a uniquely named package and import its ``client``."""
    added: list[str] = []

    def make(spec: dict[str, Any], version: str | None = None) -> ModuleType:
        package = f"ks_inline_{next(_counter)}"
        source = tmp_path / f"{package}.json"
        source.write_text(json.dumps(spec))
        out = tmp_path / package
        generate(str(source), out, package=package, version=version)
        sys.path.insert(0, str(out))
        added.append(str(out))
        return importlib.import_module(f"{package}.client")

    yield make
    for path in added:
        sys.path.remove(path)
