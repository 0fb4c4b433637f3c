"""Targets are folders registered by name: ``kubesmith generate --target NAME`` picks one,
with its own default output directory, formatter and package-name rules."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from kubesmith import targets
from kubesmith.cli import main
from test_bad_input import _good

GOLDEN_SPEC = Path(__file__).resolve().parent / "golden" / "spec.json"


def test_python_is_the_default_target_and_a_folder() -> None:
    assert targets.TARGETS[0] == "python"
    python = targets.get("python")
    assert (python.name, python.default_out, python.formatters) == (
        "python",
        "output/python",
        ("ruff", "black"),
    )
    assert python.check_package("kubeclient") is None
    assert "not a Python package name" in (python.check_package("Kube-Client") or "")


def test_an_unknown_target_is_a_clear_error() -> None:
    with pytest.raises(targets.UnknownTarget, match="unknown target 'cobol'"):
        targets.get("cobol")
    result = CliRunner().invoke(main, ["generate", "--target", "cobol"])
    assert result.exit_code == 2
    assert "cobol" in result.output


def test_default_out_is_the_targets(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(_good()))
    cwd = Path.cwd()
    os.chdir(tmp_path)
    try:
        result = CliRunner().invoke(main, ["generate", "--spec", str(spec)])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.output
    assert "into output/python" in result.output
    assert (tmp_path / "output" / "python" / "kubeclient" / "client" / "models").is_dir()


def test_a_formatter_of_another_target_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main,
        ["generate", "--spec", str(GOLDEN_SPEC), "--out", str(out), "--formatter", "clang"],
    )
    assert result.exit_code == 2
    assert "target 'python' has no formatter 'clang' (formatters: ruff, black)" in result.output
    assert not out.exists()
    assert not list(tmp_path.iterdir())


def test_black_and_ruff_give_the_same_python(tmp_path: Path) -> None:
    for formatter in ("ruff", "black"):
        result = CliRunner().invoke(
            main,
            [
                "generate",
                "--target",
                "python",
                "--spec",
                str(GOLDEN_SPEC),
                "--out",
                str(tmp_path / formatter),
                "--kubernetes-version",
                "1.36",
                "--without-runtime",
                "--formatter",
                formatter,
            ],
        )
        assert result.exit_code == 0, result.output
    ruff = {
        p.relative_to(tmp_path / "ruff"): p.read_bytes() for p in (tmp_path / "ruff").rglob("*.py")
    }
    black = {
        p.relative_to(tmp_path / "black"): p.read_bytes()
        for p in (tmp_path / "black").rglob("*.py")
    }
    assert ruff == black
