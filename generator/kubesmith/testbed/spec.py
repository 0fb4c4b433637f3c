"""Dump the OpenAPI documents a running kube-apiserver serves, for `make spec`.

The live server is the ground truth: its spec reflects the flags and feature gates it
actually runs with.  Output is pretty-printed with sorted keys so diffs stay readable.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kubesmith.testbed.net import ApiClient


def _fetch(client: ApiClient, path: str) -> Any:
    resp = client.get(path, timeout=120)
    if resp.status != 200:
        raise RuntimeError(f"GET {path}: HTTP {resp.status}: {resp.body[:200]!r}")
    return resp.json()


def _write(path: Path, document: Any) -> None:
    path.write_text(json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n")


def v3_filename(group_version_path: str) -> str:
    """`apis/apps/v1` -> `apis__apps__v1_openapi.json`, the naming of api/openapi-spec/v3."""
    return group_version_path.replace("/", "__") + "_openapi.json"


def dump_spec(client: ApiClient, out_dir: Path) -> list[Path]:
    """Write swagger.json (/openapi/v2) and v3/<gv>_openapi.json (/openapi/v3/<gv>)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    swagger = out_dir / "swagger.json"
    _write(swagger, _fetch(client, "/openapi/v2"))
    written.append(swagger)

    v3_dir = out_dir / "v3"
    v3_dir.mkdir(exist_ok=True)
    for stale in v3_dir.glob("*_openapi.json"):
        stale.unlink()  # a group-version the server no longer serves must disappear
    index = _fetch(client, "/openapi/v3")
    for gv_path in sorted(index["paths"]):
        # serverRelativeURL carries a content hash for caching; the plain path is enough.
        target = v3_dir / v3_filename(gv_path)
        _write(target, _fetch(client, f"/openapi/v3/{gv_path}"))
        written.append(target)
    return written
