"""Shared helpers of the benchmark stages: statistics, subprocesses, machine facts."""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / ".cache"
SPEC = (ROOT / ".." / "shared" / "specs" / "kubernetes-1.36.swagger.json").resolve()
PYTHON = sys.executable


def summary(values: Sequence[float]) -> dict[str, Any]:
    """Median, min and max of repeated measurements (and the raw values)."""
    return {
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
        "n": len(values),
        "values": list(values),
    }


def run_json(
    args: Sequence[str], *, timeout: float = 900, env: dict[str, str] | None = None
) -> Any:
    """Run a command that prints one JSON document as its last stdout line."""
    proc = subprocess.run(
        list(args),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(
            f"{' '.join(args[:4])}… failed ({proc.returncode}):\n{proc.stderr[-3000:]}"
        )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def worker(args: dict[str, Any], timeout: float = 900) -> Any:
    return run_json([PYTHON, "-m", "bench.worker", json.dumps(args)], timeout=timeout)


def loadavg() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _mem_total() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                kib = int(line.split()[1])
                return f"{kib / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


VERSIONED = (
    "kubeclient",
    "kubesmith",
    "msgspec",
    "httpx",
    "kubernetes",
    "kubernetes-asyncio",
    "lightkube",
    "lightkube-models",
    "kr8s",
    "orjson",
    "pydantic",
)


def machine() -> dict[str, Any]:
    versions: dict[str, str] = {}
    for name in VERSIONED:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "memory": _mem_total(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "versions": versions,
    }
