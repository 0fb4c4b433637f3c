"""Benchmark inputs: PodLists of realistic pods built from tests/data/pod.json.

Every pod is the same real-shaped pod (owner references, managedFields with a FieldsV1
tree, probes, volumes, status with conditions and container statuses) with unique
name, uid, resourceVersion, IPs and timestamps, so no decoder can cache strings across
items. Serialised compactly, as kube-apiserver sends it.
"""

from __future__ import annotations

import copy
import json
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
POD_JSON = ROOT / "tests" / "data" / "pod.json"
_NS = uuid.UUID("6f1c2a7e-3b7d-4c39-9a51-0c1f4d6a2b00")


def base_pod() -> dict[str, Any]:
    pod: dict[str, Any] = json.loads(POD_JSON.read_text())
    return pod


def make_pod(base: dict[str, Any], index: int) -> dict[str, Any]:
    """A copy of ``base`` made unique by ``index``."""
    pod = copy.deepcopy(base)
    meta = pod["metadata"]
    prefix = meta.get("generateName") or "pod-"
    meta["name"] = f"{prefix}{index:06x}"
    meta["uid"] = str(uuid.uuid5(_NS, str(index)))
    meta["resourceVersion"] = str(100000 + index)
    minute, second = divmod(index % 3600, 60)
    stamp = f"2024-05-01T11:{minute:02d}:{second:02d}Z"
    meta["creationTimestamp"] = stamp
    for entry in meta.get("managedFields", []):
        entry["time"] = stamp
    status = pod.get("status")
    if isinstance(status, dict):
        ip = f"10.{(index >> 16) & 255}.{(index >> 8) & 255}.{index & 255}"
        if "podIP" in status:
            status["podIP"] = ip
        if "podIPs" in status:
            status["podIPs"] = [{"ip": ip}]
        for cs in status.get("containerStatuses", []):
            if "containerID" in cs:
                cs["containerID"] = f"containerd://{uuid.uuid5(_NS, f'c{index}').hex}"
    return pod


def pod_list(count: int) -> dict[str, Any]:
    base = base_pod()
    return {
        "kind": "PodList",
        "apiVersion": "v1",
        "metadata": {"resourceVersion": str(100000 + count)},
        "items": [make_pod(base, i) for i in range(count)],
    }


def pod_list_bytes(count: int) -> bytes:
    return json.dumps(pod_list(count), separators=(",", ":"), ensure_ascii=False).encode()


def cached_pod_list(count: int, cache_dir: Path) -> Path:
    """The PodList of ``count`` pods as a file (built once)."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    path = cache_dir / f"podlist-{count}.json"
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(pod_list_bytes(count))
        tmp.replace(path)
    return path
