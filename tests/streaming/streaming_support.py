"""Helpers of the streaming tests (imported by name: pytest puts this directory on the path)."""

from __future__ import annotations

import base64
import time
from typing import Any

import httpx
from kubeclient import client
from kubesmith.testbed import Testbed


def wait_for(what: str, check: Any, timeout: float = 60.0, interval: float = 0.1) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(interval)


def config_map(name: str, data: dict[str, str] | None = None) -> client.V1ConfigMap:
    return client.V1ConfigMap(metadata=client.V1ObjectMeta(name=name), data=data or {"k": "v"})


def etcd_compact(tb: Testbed) -> int:
    """Compact etcd's history up to its current revision (etcd's JSON gateway); returns it."""
    base = f"http://{tb.host}:{tb.etcd_port}"
    key = base64.b64encode(b"/").decode()
    header = httpx.post(f"{base}/v3/kv/range", json={"key": key}, timeout=10).json()["header"]
    revision = int(header["revision"])
    resp = httpx.post(
        f"{base}/v3/kv/compaction", json={"revision": str(revision), "physical": True}, timeout=30
    )
    assert resp.status_code == 200, resp.text
    return revision


def name_rv(obj: Any) -> tuple[str, str]:
    """``(metadata.name, metadata.resourceVersion)`` of a typed object, both required."""
    meta = obj.metadata
    assert meta is not None and meta.name and meta.resource_version
    return str(meta.name), str(meta.resource_version)


def list_rv(listed: Any) -> str:
    """The resourceVersion of a typed list."""
    assert listed.metadata is not None and listed.metadata.resource_version
    return str(listed.metadata.resource_version)
