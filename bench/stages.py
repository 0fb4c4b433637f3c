"""The benchmark stages. Each returns a JSON-able dict; bench.main stores and reports them."""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import cases, data
from bench.common import CACHE, PYTHON, ROOT, SPEC, loadavg, run_json, summary

# -- 1. generation -----------------------------------------------------------------------------

OAG_GROUP = "org.openapitools"
OAG_ARTIFACT = "openapi-generator-cli"
OAG_VERSIONS = ("7.26.0", "7.25.0")  # the newest Maven Central serves is used


def openapi_generator_jar() -> tuple[Path, str]:
    """openapi-generator-cli from Maven Central (``mvn dependency:copy``), cached."""
    target = CACHE / "openapi-generator"
    for version in OAG_VERSIONS:
        jar = target / f"{OAG_ARTIFACT}-{version}.jar"
        if jar.exists():
            return jar, version
    for version in OAG_VERSIONS:
        proc = subprocess.run(
            [
                "mvn",
                "-q",
                "dependency:copy",
                f"-Dartifact={OAG_GROUP}:{OAG_ARTIFACT}:{version}",
                f"-DoutputDirectory={target}",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        jar = target / f"{OAG_ARTIFACT}-{version}.jar"
        if proc.returncode == 0 and jar.exists():
            return jar, version
        print(f"  openapi-generator-cli {version} not served by Maven Central", flush=True)
    raise RuntimeError("openapi-generator-cli could not be fetched")


def _count(out: Path) -> dict[str, int]:
    files = [p for p in out.rglob("*") if p.is_file()]
    py = [p for p in files if p.suffix == ".py"]
    lines = 0
    size = 0
    for p in py:
        content = p.read_bytes()
        size += len(content)
        lines += content.count(b"\n")
    return {"files": len(files), "py_files": len(py), "py_lines": lines, "py_bytes": size}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(cmd: list[str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system, the process and its children: ruff, the JVM's
    threads) of a command. CPU time is the steadier of the two on a shared machine."""
    cpu = _children_cpu()
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
    return elapsed, _children_cpu() - cpu


def stage_generate(runs: int = 5) -> dict[str, Any]:
    jar, oag_version = openapi_generator_jar()
    # the generator runs from the main virtualenv (the bench one holds only the peers)
    main_python = os.environ.get("KUBESMITH_PYTHON", str(ROOT / ".venv" / "bin" / "python"))
    kubesmith = str(Path(main_python).parent / "kubesmith")
    results: dict[str, Any] = {"spec": SPEC.name, "openapi_generator_version": oag_version}
    times: dict[str, list[float]] = {"kubesmith": [], "openapi-generator": []}
    cpu: dict[str, list[float]] = {"kubesmith": [], "openapi-generator": []}
    counts: dict[str, dict[str, int]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-gen-") as tmp:
        for i in range(runs):  # alternate the two so machine load hits both alike
            out = Path(tmp) / f"kubesmith-{i}"
            wall, used = _timed([kubesmith, "generate", "--spec", str(SPEC), "--out", str(out)])
            times["kubesmith"].append(wall)
            cpu["kubesmith"].append(used)
            counts["kubesmith"] = _count(out)
            shutil.rmtree(out)
            out = Path(tmp) / f"oag-{i}"
            cmd = ["java", "-jar", str(jar), "generate", "-i", str(SPEC), "-g", "python"]
            cmd += ["-o", str(out), "--skip-validate-spec"]
            wall, used = _timed(cmd)
            times["openapi-generator"].append(wall)
            cpu["openapi-generator"].append(used)
            counts["openapi-generator"] = _count(out)
            shutil.rmtree(out)
            print(
                f"  generate run {i + 1}: kubesmith {times['kubesmith'][-1]:.2f}s, "
                f"openapi-generator {times['openapi-generator'][-1]:.2f}s",
                flush=True,
            )
    results["time"] = {name: summary(values) for name, values in times.items()}
    results["cpu"] = {name: summary(values) for name, values in cpu.items()}
    results["output"] = counts
    results["load"] = loadavg()
    return results


# -- 2. import ---------------------------------------------------------------------------------

IMPORTS: dict[str, str] = {
    "kubeclient": "from kubeclient import client; client.CoreV1Api; client.V1PodList",
    "official": "from kubernetes import client; client.CoreV1Api; client.V1PodList",
    "kubernetes_asyncio": (
        "from kubernetes_asyncio import client; client.CoreV1Api; client.V1PodList"
    ),
    "lightkube": (
        "from lightkube import Client; from lightkube.resources.core_v1 import Pod; "
        "from lightkube.models.core_v1 import PodList"
    ),
    "kr8s": "import kr8s; from kr8s.objects import Pod",
}

_IMPORT_PROBE = """
import time, json
def rss():
    for line in open('/proc/self/status'):
        if line.startswith('VmRSS:'):
            return int(line.split()[1]) * 1024
    return 0
before = rss()
start = time.perf_counter()
{stmt}
elapsed = time.perf_counter() - start
print(json.dumps({{"time": elapsed, "rss": rss(), "rss_growth": rss() - before}}))
"""


def stage_import(runs: int = 9) -> dict[str, Any]:
    samples: dict[str, list[dict[str, float]]] = {name: [] for name in IMPORTS}
    for stmt in IMPORTS.values():  # warm the bytecode caches first
        run_json([PYTHON, "-c", _IMPORT_PROBE.format(stmt=stmt)])
    for _ in range(runs):
        for name, stmt in IMPORTS.items():
            samples[name].append(run_json([PYTHON, "-c", _IMPORT_PROBE.format(stmt=stmt)]))
    results: dict[str, Any] = {"statements": IMPORTS, "clients": {}, "load": loadavg()}
    for name, values in samples.items():
        results["clients"][name] = {
            "time": summary([v["time"] for v in values]),
            "rss": summary([v["rss"] for v in values]),
            "rss_growth": summary([v["rss_growth"] for v in values]),
        }
        med = results["clients"][name]["time"]["median"]
        print(f"  import {name}: {med * 1000:.0f} ms", flush=True)
    return results


# -- 3. decode ---------------------------------------------------------------------------------

SLOW = ("official", "kubernetes_asyncio", "kr8s")
SLOW_MEMORY = ("kubernetes_asyncio", "kr8s")


class _Server:
    """A ``bench.worker`` serve process: one client, one input, one GC mode."""

    def __init__(self, args: dict[str, Any], kind: str = "serve") -> None:
        self.label = f"{kind} {args.get('name')}"
        self.proc = subprocess.Popen(
            [PYTHON, "-m", "bench.worker", json.dumps({"kind": kind, **args})],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def ask(self, command: str | None = None) -> dict[str, Any]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        if command is not None:
            self.proc.stdin.write(command + "\n")
            self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"worker {self.label} died (exit {self.proc.wait()})")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait(timeout=120)


def stage_decode(sizes: tuple[int, ...] = (1000, 10000), quick: bool = False) -> dict[str, Any]:
    """One process per client (data loaded, decoders built, heap grown by a first decode),
    repetitions interleaved across the clients round by round."""
    results: dict[str, Any] = {"sizes": {}, "load_start": loadavg()}
    warm = data.cached_pod_list(min(sizes), CACHE)
    for size in sizes:
        path = data.cached_pod_list(size, CACHE)
        per_size: dict[str, Any] = {"bytes": path.stat().st_size, "cases": {}}
        for gc_on in (True, False):
            reps: dict[str, int] = {}
            servers: dict[str, _Server] = {}
            for name in cases.DECODERS:
                reps[name] = 9 if name not in SLOW else (5 if size <= 1000 else 3)
                if name == "kr8s" and size > 1000:
                    reps[name] = 1  # about 100x json.loads: a minute and more per decode
                if quick:
                    reps[name] = 2
                servers[name] = _Server(
                    {
                        "name": name,
                        "path": str(path),
                        "gc_on": gc_on,
                        # the slow clients build their caches on the small list
                        "warm_path": str(warm if name in SLOW else path),
                        "expected": size,
                    }
                )
                servers[name].ask()  # ready (warm-ups run one at a time)
            times: dict[str, list[float]] = {name: [] for name in servers}
            names = list(servers)
            try:
                for round_ in range(max(reps.values())):
                    shift = round_ % len(names)
                    for name in names[shift:] + names[:shift]:
                        if round_ < reps[name]:
                            times[name].append(servers[name].ask("rep")["time"])
                memory: dict[str, dict[str, Any]] = {}
                if gc_on:
                    # tracemalloc slows the slowest decoders several times: their peak
                    # memory is measured on the small list only
                    for name in names:
                        if size <= 1000 or name not in SLOW_MEMORY:
                            memory[name] = servers[name].ask("mem")
            finally:
                for server in servers.values():
                    server.close()
            for name in names:
                key = f"{name}|{'gc' if gc_on else 'nogc'}"
                entry: dict[str, Any] = {"time": summary(times[name]), "pods": size}
                entry.update(memory.get(name, {}) if gc_on else {})
                per_size["cases"][key] = entry
                print(
                    f"  decode {size} {key}: {entry['time']['median']:.3f}s "
                    f"({size / entry['time']['median']:,.0f} pods/s)",
                    flush=True,
                )
        results["sizes"][str(size)] = per_size
    results["load_end"] = loadavg()
    return results


# -- 4. encode ---------------------------------------------------------------------------------


def stage_encode(quick: bool = False) -> dict[str, Any]:
    """All encoders in one process (see ``worker.serve_encode``); batches interleaved across
    the clients round by round, starting with a different client each round."""
    results: dict[str, Any] = {"clients": {}, "load": loadavg()}
    names = list(cases.ENCODERS)
    loops = {name: 300 if name in SLOW or name == "kr8s" else 3000 for name in names}
    if quick:
        loops = {name: count // 4 for name, count in loops.items()}
    server = _Server(
        {"names": names, "pod_path": str(data.POD_JSON), "loops": loops}, "serve-encode"
    )
    server.ask()
    times: dict[str, list[float]] = {name: [] for name in names}
    try:
        for round_ in range(3 if quick else 15):
            shift = round_ % len(names)
            for name in names[shift:] + names[:shift]:
                times[name].append(server.ask(f"rep {name}")["time"])
    finally:
        server.close()
    for name in names:
        entry = {"time": summary(times[name])}
        results["clients"][name] = entry
        print(f"  encode {name}: {1 / entry['time']['median']:,.0f} objects/s", flush=True)
    return results


def dump(path: Path, value: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value, indent=1))
