# ruff: noqa: RUF001
"""The Java stages: kubesmith's Java client (output/java) against client-java 27.0.0 and
fabric8 8.0.0.

- ``java-jmh``: JMH (bench/java/jmh) decode of PodLists of 1, 100 and 10,000 pods from an
  InputStream and encode of a typed Pod, time and allocated bytes per operation (-prof gc);
  then CpuCheck: the 10,000-pod decode of kubesmith, fabric8 and the token floor in turn in
  one JVM, timed by CPU;
- ``java-cluster``: on a private testbed, client CPU of listing 5,000 ConfigMaps and of a
  watch of 5,000 updates (one JVM per client), and cold start (JVM start to the first
  decoded V1PodList, a fresh JVM per run);
- ``java-size``: the jars of each client with every runtime dependency.

The Maven build (bench/java) compiles output/java with its own pom in the same reactor, so
run ``make generate`` first when templates/java changed.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import statistics
import subprocess
import time
import zipfile
from pathlib import Path
from typing import Any

from bench import data
from bench.common import CACHE, ROOT, loadavg, summary

JAVA = ROOT / "bench" / "java"
JMH_JAR = JAVA / "jmh" / "target" / "benchmarks.jar"
DRIVER_CLASSES = JAVA / "jmh" / "target" / "classes"
OUTPUT = ROOT / "output" / "java"
DEPS = CACHE / "java"
CLIENTS = ("kubesmith", "client-java", "fabric8")
# the pom whose runtime dependencies are each client's (kubesmith: output/java's own)
CLIENT_POMS = {
    "kubesmith": OUTPUT / "pom.xml",
    "client-java": JAVA / "sizes" / "client-java" / "pom.xml",
    "fabric8": JAVA / "sizes" / "fabric8" / "pom.xml",
}
POD_COUNTS = (1, 100, 10000)
NAMESPACE = "bench"
MAIN = "dev.kubesmith.bench.Main"
COLD_PODS = 20


def _mvn(args: list[str], cwd: Path = ROOT) -> None:
    proc = subprocess.run(
        ["mvn", "-q", "-B", *args], cwd=cwd, capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        raise RuntimeError(
            f"mvn {' '.join(args)} failed:\n{proc.stdout[-3000:]}{proc.stderr[-2000:]}"
        )


def kubesmith_jar() -> Path:
    """The jar Maven built from output/java (build/ or target/, as its pom says)."""
    for folder in ("build", "target"):
        jars = sorted((OUTPUT / folder).glob("kubeclient-*.jar"))
        jars = [j for j in jars if not j.name.endswith(("-sources.jar", "-javadoc.jar"))]
        if jars:
            return jars[0]
    raise RuntimeError(f"no kubeclient jar under {OUTPUT} after the build")


_BUILT: dict[str, Any] = {}


def build() -> dict[str, Any]:
    """Build output/java and the JMH jar; resolve each client's runtime jars into
    bench/.cache/java/deps-<client> (kubesmith: its own jar is added there too). Once per
    run of the harness."""
    if _BUILT:
        return dict(_BUILT)
    if not (OUTPUT / "pom.xml").exists():
        raise RuntimeError("output/java is missing: run `make generate` first")
    started = time.time()
    _mvn(["-f", str(JAVA / "pom.xml"), "package", "-DskipTests"])
    for name, pom in CLIENT_POMS.items():
        target = DEPS / f"deps-{name}"
        if target.exists():
            for old in target.glob("*.jar"):
                old.unlink()
        _mvn(
            [
                "-f",
                str(pom),
                "dependency:copy-dependencies",
                "-DincludeScope=runtime",
                f"-DoutputDirectory={target}",
            ]
        )
    own = kubesmith_jar()
    (DEPS / "deps-kubesmith" / own.name).write_bytes(own.read_bytes())
    java = subprocess.run(["java", "-version"], capture_output=True, text=True, check=False)
    _BUILT.update(
        build_seconds=round(time.time() - started, 1),
        java=java.stderr.strip().splitlines()[0] if java.stderr else "?",
    )
    return dict(_BUILT)


def classpath(client: str) -> str:
    """The drivers' classes plus one client's runtime jars: nothing of the other clients."""
    jars = sorted(str(p) for p in (DEPS / f"deps-{client}").glob("*.jar"))
    return os.pathsep.join([str(DRIVER_CLASSES), *jars])


# -- java-size ------------------------------------------------------------------------------


def _builder_bytes(jar: Path) -> int:
    """Compressed bytes of the fluent builder classes inside kubesmith's jar."""
    with zipfile.ZipFile(jar) as zf:
        return sum(
            i.compress_size
            for i in zf.infolist()
            if "Builder" in i.filename or "Fluent" in i.filename
        )


def stage_size() -> dict[str, Any]:
    info = build()
    clients: dict[str, Any] = {}
    for name in CLIENTS:
        jars = sorted((DEPS / f"deps-{name}").glob("*.jar"))
        sizes = {j.name: j.stat().st_size for j in jars}
        clients[name] = {"total": sum(sizes.values()), "jars": sizes}
        print(f"  size {name}: {sum(sizes.values()) / 1e6:.1f} MB in {len(jars)} jars", flush=True)
    own = kubesmith_jar()
    clients["kubesmith"]["builders"] = _builder_bytes(own)
    clients["kubesmith"]["own_jar"] = own.name
    return {"clients": clients, **info}


# -- java-jmh -------------------------------------------------------------------------------


def stage_jmh(quick: bool = False) -> dict[str, Any]:
    info = build()
    for count in POD_COUNTS:
        data.cached_pod_list(count, CACHE)
    out = DEPS / "jmh.json"
    cmd = ["java", "-jar", str(JMH_JAR), "DecodeBench|EncodeBench", "-prof", "gc"]
    cmd += ["-rf", "json", "-rff", str(out)]
    if quick:
        cmd += ["-wi", "1", "-w", "1", "-i", "2", "-r", "1"]
    env = dict(os.environ, JBENCH_FIXTURES=str(CACHE), JBENCH_POD=str(data.POD_JSON))
    load_start = loadavg()
    started = time.time()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0 or not out.exists():
        raise RuntimeError(f"JMH failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-2000:]}")
    failures = [line for line in proc.stdout.splitlines() if "<failure>" in line]
    results: dict[str, Any] = {"decode": {}, "encode": {}}
    for entry in json.loads(out.read_text()):
        cls, method = entry["benchmark"].rsplit(".", 2)[-2:]
        primary = entry["primaryMetric"]
        alloc = entry.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {})
        cell = {
            "score": primary["score"],
            "error": primary["scoreError"],
            "unit": primary["scoreUnit"],
            "raw": [v for fork in primary["rawData"] for v in fork],
            "alloc": alloc.get("score"),
            "alloc_error": alloc.get("scoreError"),
        }
        if cls == "DecodeBench":
            results["decode"].setdefault(entry["params"]["pods"], {})[method] = cell
        else:
            results["encode"][method] = cell
        print(
            f"  jmh {cls}.{method} {entry.get('params', {})}: {cell['score']:.3f} "
            f"{cell['unit']}, {cell['alloc'] or 0:,.0f} B/op",
            flush=True,
        )
    if failures:
        results["failures"] = failures
    results["cpu_check"] = cpu_check(env, rounds=5 if quick else 15)
    first = json.loads(out.read_text())[0]
    results.update(
        info,
        jmh=first.get("jmhVersion"),
        vm=f"{first.get('vmName')} {first.get('vmVersion')}",
        settings={
            "warmup": f"{first['warmupIterations']} × {first['warmupTime']}",
            "measurement": f"{first['measurementIterations']} × {first['measurementTime']}",
            "forks": first["forks"],
        },
        minutes=round((time.time() - started) / 60, 1),
        load_start=load_start,
        load_end=loadavg(),
    )
    return results


def cpu_check(env: dict[str, str], rounds: int) -> dict[str, Any]:
    """bench/java CpuCheck: kubesmith, fabric8 and the token floor decoding the 10,000-pod
    list in turn in one JVM, each decode timed by process CPU, the decoding thread's CPU and
    wall time (the load of the shared machine moves these ratios less than JMH's forks)."""
    cmd = ["java", "-Xms3g", "-Xmx3g", "-XX:+UseParallelGC", "-cp", str(JMH_JAR)]
    cmd += ["dev.kubesmith.bench.CpuCheck", "10000", str(rounds)]
    load_start = loadavg()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"CpuCheck failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(lines[-1])
    for name in ("kubesmith", "fabric8", "floor"):
        result[name] = {k: summary(v) for k, v in result[name].items()}
    print(
        "  cpu check (thread CPU medians): "
        + ", ".join(
            f"{n} {result[n]['thread_cpu']['median'] * 1e3:.1f} ms"
            for n in ("kubesmith", "fabric8", "floor")
        ),
        flush=True,
    )
    result.update(load_start=load_start, load_end=loadavg())
    return result


# -- java-cluster ---------------------------------------------------------------------------


class _Driver:
    """One client's JVM serving ``list`` / ``watch RV COUNT`` (bench/java Driver.java)."""

    def __init__(self, client: str, kubeconfig: str) -> None:
        self.client = client
        self.proc = subprocess.Popen(
            ["java", "-cp", classpath(client), MAIN, client, kubeconfig, NAMESPACE, "serve"],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.ask(None)

    def ask(self, command: str | None) -> dict[str, Any]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        if command is not None:
            self.proc.stdin.write(command + "\n")
            self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"the {self.client} driver died (exit {self.proc.wait()})")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def _cold_start(client: str, kubeconfig: str) -> float:
    """Seconds from starting a JVM to its printing the size of the decoded V1PodList."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        ["java", "-cp", classpath(client), MAIN, client, kubeconfig, NAMESPACE, "cold"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - started
    proc.wait(timeout=60)
    if not line or json.loads(line).get("pods") != COLD_PODS:
        raise RuntimeError(f"{client} cold start: {line.strip() or 'no output'}")
    return elapsed


async def _create_pods(kubeconfig: str) -> None:
    from kubeclient.aio import client as aclient
    from kubeclient.aio import config as aconfig

    api_client = await aconfig.new_client_from_config(kubeconfig)
    try:
        v1 = aclient.CoreV1Api(api_client)
        for i in range(COLD_PODS):
            pod = {
                "apiVersion": "v1",
                "kind": "Pod",
                "metadata": {"name": f"cold-{i:02d}", "labels": {"app": "bench"}},
                "spec": {"containers": [{"name": "app", "image": f"registry.local/app:{i}"}]},
            }
            await v1.create_namespaced_pod(NAMESPACE, pod)
    finally:
        await api_client.close()


def _current_rv(kubeconfig: str) -> str:
    from kubeclient import client as kclient
    from kubeclient import config as kconfig

    api = kclient.CoreV1Api(kconfig.new_client_from_config(kubeconfig))
    return str(api.list_namespaced_config_map(NAMESPACE, limit=1).metadata.resource_version)


def _run(driver: _Driver, command: str, cells: dict[str, Any], errors: list[str], n: int) -> None:
    answer = driver.ask(command)
    if "error" in answer or answer.get("n") != n:
        errors.append(f"{driver.client} {command.split(' ')[0]}: {answer}"[:300])
        return
    cell = cells.setdefault(driver.client, {"wall": [], "cpu": []})
    cell["wall"].append(answer["wall"])
    cell["cpu"].append(answer["cpu"])


def token_kubeconfig(kubeconfig: str) -> str:
    """A copy of the testbed's kubeconfig whose current context uses the bearer token:
    fabric8 8.0.0 without Bouncy Castle cannot read the admin's PKCS#8 EC client key
    ("Invalid DER: object is not integer"), so every client authenticates the same way."""
    text = Path(kubeconfig).read_text()
    changed = re.sub(r"(?m)^current-context: .*$", "current-context: admin-token", text)
    if changed == text or "name: admin-token" not in text:
        raise RuntimeError(f"no admin-token context to switch to in {kubeconfig}")
    path = Path(kubeconfig).with_name("kubeconfig-token")
    path.write_text(changed)
    return str(path)


def run_against(kubeconfig: str, quick: bool) -> dict[str, Any]:
    from bench import cluster

    asyncio.run(cluster._populate(kubeconfig))
    asyncio.run(_create_pods(kubeconfig))
    errors: list[str] = []
    warmup_errors: list[str] = []  # the untimed first watch round (its rv may be too old)
    kubeconfig = token_kubeconfig(kubeconfig)
    cold: dict[str, list[float]] = {name: [] for name in CLIENTS}
    runs = 3 if quick else 7
    for name in CLIENTS:  # first runs fill the page cache with each client's jars
        _cold_start(name, kubeconfig)
    for round_ in range(runs):
        shift = round_ % len(CLIENTS)
        for name in CLIENTS[shift:] + CLIENTS[:shift]:
            cold[name].append(_cold_start(name, kubeconfig))
    print(
        "  cold start: " + ", ".join(f"{n} {statistics.median(v):.2f}s" for n, v in cold.items()),
        flush=True,
    )
    drivers = {name: _Driver(name, kubeconfig) for name in CLIENTS}
    lists: dict[str, Any] = {}
    watches: dict[str, Any] = {}
    rounds = 1 if quick else 3
    try:
        expected = drivers["kubesmith"].ask("list")["n"]
        for _ in range(3):  # JIT warm-up of each client's list and decode path
            for driver in drivers.values():
                driver.ask("list")
        for round_ in range(rounds + 2):
            order = list(drivers.values())
            order = order[round_ % 3 :] + order[: round_ % 3]
            for driver in order:
                _run(driver, "list", lists, errors, expected)
        # one untimed round first: the first watch of each JVM compiles its event path
        for round_ in range(rounds + 1):
            rv = _current_rv(kubeconfig)
            asyncio.run(cluster._update_all(kubeconfig, 100 + round_))
            order = list(drivers.values())
            order = order[round_ % 3 :] + order[: round_ % 3]
            for driver in order:
                timed = round_ > 0
                _run(
                    driver,
                    f"watch {rv} {cluster.COUNT}",
                    watches if timed else {},
                    errors if timed else warmup_errors,
                    cluster.COUNT,
                )
    finally:
        for driver in drivers.values():
            driver.close()
    scenarios = {
        f"list {cluster.COUNT:,} ConfigMaps (pages of {cluster.PAGE})": lists,
        f"watch {cluster.COUNT:,} updates (replayed from a resourceVersion)": watches,
    }
    return {
        "scenarios": {
            scenario: {
                name: {"wall": summary(c["wall"]), "cpu": summary(c["cpu"])}
                for name, c in cells.items()
            }
            for scenario, cells in scenarios.items()
        },
        "cold_start": {name: summary(values) for name, values in cold.items()},
        "cold_runs": runs,
        "rounds": rounds,
        "errors": errors,
        "warmup_errors": warmup_errors,
    }


def stage_cluster(quick: bool = False) -> dict[str, Any]:
    from bench import cluster

    info = build()
    with cluster.private_testbed() as testbed:
        result = run_against(testbed["kubeconfig"], quick)
    result.update(info, testbed={"version": testbed["version"]}, load=loadavg())
    return result
