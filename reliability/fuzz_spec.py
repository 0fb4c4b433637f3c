"""Fuzz targets of the generator: mutated real specs through the whole pipeline.

Property: a spec either generates, or fails with one :class:`SpecError` naming the file; in
that case the output directory holds exactly what it held before (no partial write) and no
staging directory is left behind. Nothing is ever written outside the output directory.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from hypothesis import strategies as st
from kubesmith.errors import SpecError
from kubesmith.extras import add_custom_objects
from kubesmith.load import load
from kubesmith.parse import build_model
from kubesmith.pipeline import generate

from .mutate import mutate_bytes, mutate_tree
from .paths import ROOT

__all__ = ["check_spec_json", "check_spec_yaml"]

SPECS = ROOT / "specs" / "kubernetes-v1.37.2"
#: a trimmed real Swagger 2.0 spec (the golden test's) and real OpenAPI v3 documents
SWAGGER_SEED = ROOT / "tests" / "golden" / "spec.json"
V3_SEEDS = ("apis__node.k8s.io__v1_openapi.json", "apis__scheduling.k8s.io__v1_openapi.json")
#: small enough to parse as (pure Python) YAML many times a second
YAML_SEEDS = ("version_openapi.json", "api_openapi.json", "apis__node.k8s.io_openapi.json")
PREVIOUS = "the previous output"


@cache
def _seed(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text())
    return data


def _seeds() -> list[tuple[str, dict[str, Any]]]:
    return [("swagger2", _seed(SWAGGER_SEED))] + [
        ("openapi3", _seed(SPECS / "v3" / name)) for name in V3_SEEDS
    ]


def _run(spec: Path, flavour: str) -> None:
    """Load and model (OpenAPI v3 documents of one group: the full pipeline's fixups need the
    whole API), or generate (Swagger 2.0) into ``out`` next to the spec."""
    work = spec.parent
    out = work / "out"
    out.mkdir()
    (out / "previous.txt").write_text(PREVIOUS)
    try:
        if flavour == "openapi3":
            loaded = load(str(spec))
            add_custom_objects(loaded.document)
            build_model(loaded.source, loaded.document, "kubeclient", None, [])
        else:
            generate(str(spec), out, version="1.36", runtime=False)
    except SpecError as error:
        assert error.source == str(spec), f"SpecError names {error.source!r}, not the spec"
        assert error.message, "SpecError without a message"
        assert sorted(p.name for p in out.iterdir()) == ["previous.txt"], "partial write"
        assert (out / "previous.txt").read_text() == PREVIOUS, "previous output changed"
    leftovers = sorted(p.name for p in work.iterdir() if p.name not in (spec.name, "out"))
    assert not leftovers, f"left behind next to the output: {leftovers}"


def check_spec_json(data: st.DataObject) -> None:
    flavour, seed = data.draw(st.sampled_from(_seeds()), label="seed")
    text = json.dumps(mutate_tree(data, seed)).encode()
    if data.draw(st.booleans(), label="byte-level too"):
        text = mutate_bytes(data, text)
    _in_workdir(text, ".json", flavour)


def check_spec_yaml(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(YAML_SEEDS), label="seed")
    seed = _seed(SPECS / "v3" / name)
    tree = mutate_tree(data, seed) if data.draw(st.booleans(), label="structural") else seed
    text = yaml.safe_dump(tree, sort_keys=False).encode()
    if data.draw(st.booleans(), label="byte-level too"):
        text = mutate_bytes(data, text)
    _in_workdir(text, ".yaml", "openapi3")


def _in_workdir(text: bytes, suffix: str, flavour: str) -> None:
    work = Path(tempfile.mkdtemp(prefix="kubesmith-fuzz-spec-"))
    try:
        spec = work / f"spec{suffix}"
        spec.write_bytes(text)
        _run(spec, flavour)
    finally:
        shutil.rmtree(work, ignore_errors=True)
