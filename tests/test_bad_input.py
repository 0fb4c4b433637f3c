"""Every class of bad spec: one clear error naming the file and place, exit 2, nothing written."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from inline import swagger
from kubesmith.cli import main

GOOD_DEF = {
    "io.k8s.api.demo.v1.Thing": {
        "type": "object",
        "properties": {"name": {"type": "string"}},
    }
}
GOOD_PATHS: dict[str, Any] = {
    "/apis/demo/v1/things/{name}": {
        "parameters": [{"name": "name", "in": "path", "required": True, "type": "string"}],
        "get": {
            "operationId": "readDemoV1Thing",
            "tags": ["demo_v1"],
            "responses": {"200": {"schema": {"$ref": "#/definitions/io.k8s.api.demo.v1.Thing"}}},
        },
    }
}


def _good() -> dict[str, Any]:
    return swagger(copy.deepcopy(GOOD_DEF), copy.deepcopy(GOOD_PATHS))


def _run(tmp_path: Path, text: str, suffix: str = ".json") -> tuple[int, str, Path]:
    spec = tmp_path / f"broken{suffix}"
    spec.write_text(text)
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    (out / "previous.txt").write_text("the previous output")
    result = CliRunner().invoke(main, ["generate", "--spec", str(spec), "--out", str(out)])
    return result.exit_code, result.output, out


def _assert_untouched(out: Path) -> None:
    assert sorted(p.name for p in out.iterdir()) == ["previous.txt"]
    assert (out / "previous.txt").read_text() == "the previous output"
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".out.")]


def test_good_spec_generates(tmp_path: Path) -> None:
    code, output, out = _run(tmp_path, json.dumps(_good()))
    assert code == 0, output
    assert (out / "kubeclient" / "client" / "models" / "demo_v1.py").exists()
    assert not (out / "previous.txt").exists()


def test_invalid_json(tmp_path: Path) -> None:
    code, output, out = _run(tmp_path, '{"swagger": "2.0",\n  "info": {,}}')
    assert code == 2
    assert "broken.json: line 2 column 12: invalid JSON" in output
    _assert_untouched(out)


def test_invalid_yaml(tmp_path: Path) -> None:
    code, output, out = _run(tmp_path, "swagger: '2.0'\ninfo: [unclosed\n", suffix=".yaml")
    assert code == 2
    assert "broken.yaml: line 3 column 1: invalid YAML" in output
    _assert_untouched(out)


def test_yaml_spec_is_accepted(tmp_path: Path) -> None:
    import yaml

    code, output, _ = _run(tmp_path, yaml.safe_dump(_good()), suffix=".yaml")
    assert code == 0, output


@pytest.mark.parametrize(
    ("break_it", "expected"),
    [
        (
            lambda s: s.update(swagger="3.0"),
            "/swagger: '2.0' was expected",
        ),
        (
            lambda s: s["definitions"]["io.k8s.api.demo.v1.Thing"]["properties"].update(
                owner={"$ref": "#/definitions/io.k8s.api.demo.v1.Missing"}
            ),
            "/definitions/io.k8s.api.demo.v1.Thing/properties/owner/$ref: $ref to nothing",
        ),
        (
            lambda s: s["definitions"]["io.k8s.api.demo.v1.Thing"]["properties"].update(
                size={"type": "decimal"}
            ),
            "/definitions/io.k8s.api.demo.v1.Thing/properties/size/type: unknown type 'decimal'",
        ),
        (
            lambda s: s["definitions"]["io.k8s.api.demo.v1.Thing"]["properties"].update(
                size={"type": "integer", "format": "int128"}
            ),
            "/definitions/io.k8s.api.demo.v1.Thing/properties/size/format: unknown format 'int128'",
        ),
        (
            lambda s: s["paths"].update(
                {
                    "/apis/demo/v1/others": {
                        "get": {
                            "operationId": "readDemoV1Thing",
                            "responses": {"200": {}},
                        }
                    }
                }
            ),
            "/paths/~1apis~1demo~1v1~1others/get/operationId: "
            "duplicate operationId 'readDemoV1Thing'",
        ),
        (
            lambda s: s["paths"]["/apis/demo/v1/things/{name}"].update(parameters=[]),
            "/paths/~1apis~1demo~1v1~1things~1{name}/get: path parameter {name} has no definition",
        ),
        (
            lambda s: s["definitions"]["io.k8s.api.demo.v1.Thing"].update(required="name"),
            "/definitions/io.k8s.api.demo.v1.Thing/required: 'name' is not of type 'array'",
        ),
    ],
    ids=[
        "not-swagger-2",
        "dangling-ref",
        "unknown-type",
        "unknown-format",
        "duplicate-op-id",
        "undefined-path-param",
        "bad-shape",
    ],
)
def test_broken_specs(tmp_path: Path, break_it: Any, expected: str) -> None:
    spec = _good()
    break_it(spec)
    code, output, out = _run(tmp_path, json.dumps(spec))
    assert code == 2, output
    assert f"error: {tmp_path / 'broken.json'}: {expected}" in output
    assert output.count("\n") == 1, "one error, one line"
    _assert_untouched(out)


def test_missing_file(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["generate", "--spec", str(tmp_path / "nope.json"), "--out", str(out)]
    )
    assert result.exit_code == 2
    assert "nope.json: cannot read the spec" in result.output
    assert not out.exists()


def test_stale_fixup_fails_loudly(tmp_path: Path) -> None:
    """A spec claiming to be Kubernetes 1.36 without the quirks a fixup repairs."""
    spec = _good()
    spec["info"]["version"] = "v1.36.0"
    code, output, out = _run(tmp_path, json.dumps(spec))
    assert code == 2
    assert "fixup 'connect_options_gvk' matched nothing for Kubernetes 1.36" in output
    _assert_untouched(out)


def test_bad_package_name(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(_good()))
    result = CliRunner().invoke(
        main,
        [
            "generate",
            "--spec",
            str(spec),
            "--out",
            str(tmp_path / "o"),
            "--package-name",
            "no-dash",
        ],
    )
    assert result.exit_code == 2
    assert "is not a Python package name" in result.output
