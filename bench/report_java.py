# ruff: noqa: RUF001
"""The Java part of docs/benchmarks.md (targets of issue 12 and the java-* stages) and
docs/benchmarks-java.png."""

from __future__ import annotations

from typing import Any

from bench.common import ROOT

CHART = ROOT / "docs" / "benchmarks-java.png"
PEERS = ("client-java", "fabric8")
# JMH method -> the name in the tables
DECODERS = {
    "kubesmith": "kubesmith",
    "clientJava": "client-java",
    "clientJavaManagedFields": "client-java, managedFields kept",
    "fabric8": "fabric8",
    "jacksonSkip": "floor: Jackson parser, tokens only",
}
ENCODERS = {k: v for k, v in DECODERS.items() if k != "jacksonSkip"}
COLORS = {"kubesmith": "#1f77b4", "client-java": "#d62728", "fabric8": "#2ca02c"}
MB = 1e6


def _ms(value: float) -> str:
    if value >= 1000:
        return f"{value / 1000:.2f} s"
    if value >= 1:
        return f"{value:.1f} ms"
    return f"{value * 1000:.0f} µs"


def _bytes(value: float | None) -> str:
    if value is None:
        return "–"
    if value >= 1e6:
        return f"{value / 1e6:.1f} MB"
    if value >= 1e3:
        return f"{value / 1e3:.1f} kB"
    return f"{value:.0f} B"


def _med(stats: dict[str, Any]) -> float:
    return float(stats["median"])


def targets(results: dict[str, Any]) -> list[tuple[str, str, bool]]:
    """(target, measured, met) for every target of issue 12 that was measured."""
    rows: list[tuple[str, str, bool]] = []
    dec = results.get("java-jmh", {}).get("decode", {}).get("10000", {})
    k = dec.get("kubesmith")
    if k:
        for method, peer, bound in (("clientJava", "client-java", 4), ("fabric8", "fabric8", 2)):
            cell = dec.get(method)
            if cell:
                speed = cell["score"] / k["score"]
                rows.append(
                    (
                        f"decode 10k pods ≥ {bound}× faster than {peer}",
                        f"{speed:.1f}× {'faster' if speed >= 1 else 'as fast'} "
                        f"({_ms(k['score'])} vs {_ms(cell['score'])})",
                        speed >= bound,
                    )
                )
        for method, peer in (("clientJava", "client-java"), ("fabric8", "fabric8")):
            cell = dec.get(method)
            if cell and k.get("alloc") and cell.get("alloc"):
                ours, theirs = k["alloc"] / 10000, cell["alloc"] / 10000
                rows.append(
                    (
                        f"decode 10k pods: fewer bytes allocated per pod than {peer}",
                        f"{_bytes(ours)} vs {_bytes(theirs)} per pod ({ours / theirs:.2f}×)",
                        ours < theirs,
                    )
                )
    check = results.get("java-jmh", {}).get("cpu_check")
    if check:
        ours, theirs = (_med(check[n]["thread_cpu"]) for n in ("kubesmith", "fabric8"))
        rows.append(
            (
                "decode 10k pods ≥ 2× faster than fabric8, same-JVM CPU check (§6.1)",
                f"{theirs / ours:.2f}× ({_ms(ours * 1e3)} vs {_ms(theirs * 1e3)} of CPU; "
                f"token floor {_ms(_med(check['floor']['thread_cpu']) * 1e3)})",
                theirs / ours >= 2,
            )
        )
    enc = results.get("java-jmh", {}).get("encode", {})
    if "kubesmith" in enc and "clientJava" in enc:
        speed = enc["clientJava"]["score"] / enc["kubesmith"]["score"]
        rows.append(
            ("encode a typed Pod ≥ 2× client-java's throughput", f"{speed:.1f}×", speed >= 2)
        )
    clu = results.get("java-cluster", {})
    for scenario, cells in clu.get("scenarios", {}).items():
        if "kubesmith" in cells and "client-java" in cells:
            ratio = _med(cells["kubesmith"]["cpu"]) / _med(cells["client-java"]["cpu"])
            rows.append(
                (
                    f"{scenario}: client CPU ≤ 0.5 × client-java",
                    f"{ratio:.2f} × client-java",
                    ratio <= 0.5,
                )
            )
    cold = clu.get("cold_start", {})
    if "kubesmith" in cold and "client-java" in cold:
        ratio = _med(cold["kubesmith"]) / _med(cold["client-java"])
        rows.append(
            (
                "cold start (JVM start to the first decoded V1PodList) ≤ 0.6 × client-java",
                f"{ratio:.2f} × client-java",
                ratio <= 0.6,
            )
        )
    size = results.get("java-size", {}).get("clients", {})
    if "kubesmith" in size:
        ours = size["kubesmith"]["total"]
        for peer in PEERS:
            if peer in size:
                ratio = ours / size[peer]["total"]
                rows.append(
                    (
                        f"jars with all runtime dependencies ≤ 0.5 × {peer}",
                        f"{ours / MB:.1f} MB vs {size[peer]['total'] / MB:.1f} MB ({ratio:.2f}×)",
                        ratio <= 0.5,
                    )
                )
    return rows


def _head(lines: list[str], title: str, stage: dict[str, Any]) -> bool:
    lines.append(f"### {title}")
    lines.append("")
    if "error" in stage:
        lines.append(f"Not measured: {stage['error']}")
        lines.append("")
        return False
    note = f"Measured {stage.get('measured_at', '?')}"
    out = stage.get("kubeclient_output")
    if out:
        note += f", output/java of commit {out.get('commit', '?').split(' ')[0]}"
        if out.get("dirty") == "yes":
            note += " plus uncommitted changes"
    if stage.get("quick"):
        note += " (quick run: fewer repetitions)"
    if stage.get("java"):
        note += f"; {stage['java']}"
    lines.append(note + ".")
    lines.append("")
    return True


def markdown(lines: list[str], results: dict[str, Any]) -> None:
    """Section 6 of docs/benchmarks.md."""
    stages = [results.get(name) for name in ("java-jmh", "java-cluster", "java-size")]
    if not any(stages):
        return
    lines.append("## 6. Java: kubesmith vs client-java 27.0.0 and fabric8 8.0.0")
    lines.append("")
    lines.append(
        '`make bench BENCH_ARGS="--stages java"` runs only these stages. bench/java is a '
        "Maven project: JMH 1.37 benchmarks and testbed drivers; it builds output/java with "
        "its own pom in the same reactor. Peers as shipped: `io.kubernetes:client-java` "
        "27.0.0 (Gson, OkHttp), `io.fabric8:kubernetes-client` + `kubernetes-client-api` "
        "8.0.0 (Jackson 3, Vert.x)."
    )
    lines.append("")
    lines.append("![Java benchmarks](benchmarks-java.png)")
    lines.append("")
    lines.append("| target (issue 12) | measured | met |")
    lines.append("|---|---|---|")
    for target, measured, met in targets(results):
        lines.append(f"| {target} | {measured} | {'yes' if met else '**no**'} |")
    lines.append("")
    _jmh(lines, results.get("java-jmh"))
    _cluster(lines, results.get("java-cluster"))
    _size(lines, results.get("java-size"))


def _jmh(lines: list[str], stage: dict[str, Any] | None) -> None:
    if not stage or not _head(lines, "6.1 Decode and encode (JMH)", stage):
        return
    settings = stage.get("settings", {})
    lines.append(
        f"JMH {stage.get('jmh', '?')}, average time per operation, one fork per benchmark "
        f"(`-Xms3g -Xmx3g -XX:+UseParallelGC`), warm-up {settings.get('warmup', '?')}, "
        f"measurement {settings.get('measurement', '?')}; ± is JMH's 99.9 % error. "
        "Allocation = `-prof gc`'s `gc.alloc.rate.norm` (bytes allocated per operation): it "
        "does not depend on the load of this shared machine, times do. Decoding reads an "
        "InputStream over the PodLists of the Python decode stage (tests/data/pod.json with "
        "unique names, uids, IPs and timestamps); each benchmark's setup checks that every "
        "client decodes the same items (names, container images, creationTimestamp). "
        "client-java drops `managedFields` when decoding and encoding unless "
        "`-Dkubernetes.client.includeManagedFields=true` (its own default since May 2026): "
        "measured both ways, the targets use it as shipped. fabric8 keeps times as strings. "
        f"Load average {stage.get('load_start')} at start, {stage.get('load_end')} at end "
        f"({stage.get('minutes', '?')} min)."
    )
    lines.append("")
    for pods, cells in sorted(stage.get("decode", {}).items(), key=lambda kv: int(kv[0])):
        n = int(pods)
        lines.append(f"Decode a PodList of {n:,} pod{'s' if n > 1 else ''}:")
        lines.append("")
        lines.append(
            "| decoder | time per decode | ± | allocated per decode | per pod | "
            "kubesmith faster by | kubesmith allocates |"
        )
        lines.append("|---|---|---|---|---|---|---|")
        k = cells.get("kubesmith")
        for method, label in DECODERS.items():
            c = cells.get(method)
            if not c:
                continue
            faster = f"{c['score'] / k['score']:.2f}×" if k else "–"
            ratio = (
                f"{k['alloc'] / c['alloc']:.2f}×"
                if k and k.get("alloc") and c.get("alloc")
                else "–"
            )
            per_pod = c["alloc"] / n if c.get("alloc") else None
            lines.append(
                f"| {label} | {_ms(c['score'])} | {_ms(c['error'])} | {_bytes(c.get('alloc'))} "
                f"| {_bytes(per_pod)} | {faster} | {ratio} |"
            )
        lines.append("")
    enc = stage.get("encode", {})
    if enc:
        lines.append("Encode the typed Pod of tests/data/pod.json to the UTF-8 bytes of a body:")
        lines.append("")
        lines.append(
            "| encoder | time per encode | ± | objects/s | allocated | kubesmith faster by |"
        )
        lines.append("|---|---|---|---|---|---|")
        k = enc.get("kubesmith")
        for method, label in ENCODERS.items():
            c = enc.get(method)
            if not c:
                continue
            us = c["score"]  # µs/op
            faster = f"{c['score'] / k['score']:.2f}×" if k else "–"
            lines.append(
                f"| {label} | {us:.2f} µs | {c['error']:.2f} µs | {1e6 / us:,.0f} | "
                f"{_bytes(c.get('alloc'))} | {faster} |"
            )
        lines.append("")
    check = stage.get("cpu_check")
    if check:
        lines.append(
            f"Same-JVM CPU check (bench/java CpuCheck): the 10,000-pod list decoded by "
            f"kubesmith, fabric8 and the token floor in turn in one JVM (same options), "
            f"{check['rounds']} timed rounds after 3 untimed, each round starting with another "
            "decoder; thread CPU = the decoding thread's CPU time (no GC), process CPU = the "
            "JVM's (GC included, 10 ms resolution). Load average "
            f"{check.get('load_start')} at start, {check.get('load_end')} at end."
        )
        lines.append("")
        lines.append(
            "| decoder | thread CPU (median) | min – max | process CPU (median) | wall (median) "
            "| kubesmith faster by (thread CPU) |"
        )
        lines.append("|---|---|---|---|---|---|")
        ours = _med(check["kubesmith"]["thread_cpu"])
        for name, label in (
            ("kubesmith", "kubesmith"),
            ("fabric8", "fabric8"),
            ("floor", DECODERS["jacksonSkip"]),
        ):
            c = check[name]
            t = c["thread_cpu"]
            lines.append(
                f"| {label} | {_ms(_med(t) * 1e3)} | {_ms(t['min'] * 1e3)} – "
                f"{_ms(t['max'] * 1e3)} | {_ms(_med(c['process_cpu']) * 1e3)} | "
                f"{_ms(_med(c['wall']) * 1e3)} | {_med(t) / ours:.2f}× |"
            )
        lines.append("")
    if stage.get("failures"):
        lines.append("JMH reported failures: " + "; ".join(stage["failures"][:4]))
        lines.append("")


def _cluster(lines: list[str], stage: dict[str, Any] | None) -> None:
    if not stage or not _head(lines, "6.2 Against the testbed: list, watch, cold start", stage):
        return
    lines.append(
        "- One JVM per client (default JVM options) serving commands from the harness, so "
        "the client CPU is the JVM's process CPU time (`OperatingSystemMXBean."
        "getProcessCpuTime`: its HTTP threads, JIT and GC included; 10 ms resolution) around "
        "the operation. Every client authenticates with the testbed's bearer token: fabric8 "
        "8.0.0 without Bouncy Castle cannot read the admin's PKCS#8 EC client key."
    )
    lines.append(
        f"- List: 5,000 ConfigMaps in pages of 500 (the Python stage's), three untimed lists "
        f"per client first (JIT), then {stage.get('rounds', 3) + 2} timed lists per client, "
        "clients in turn."
    )
    lines.append(
        f"- Watch: {stage.get('rounds', 3)} timed rounds after an untimed one; each round "
        "patches all 5,000 ConfigMaps, then each client watches from the resourceVersion "
        "before the patches until 5,000 MODIFIED events, starting with another client each "
        "round. client-java: `Watch.createWatch` (readTimeout 0 as its examples set it); "
        "fabric8: `watch(ListOptions, Watcher)`; kubesmith: `util.Watch.createWatch` over the "
        "generated watch request (with its resume and relist bookkeeping), as users call it."
    )
    lines.append(
        f"- Cold start: a fresh JVM per run ({stage.get('cold_runs', '?')} per client, "
        "interleaved, after one untimed run each), whose classpath holds only that client's "
        "jars: build the client from the kubeconfig, list the 20 pods of a namespace, print "
        "the count; timed from process start to that line."
    )
    if stage.get("errors"):
        lines.append("- Errors: " + "; ".join(stage["errors"][:6]))
    lines.append(f"- Load average at the end: {stage.get('load')}.")
    lines.append("")
    lines.append(
        "| scenario | client | wall (median) | wall min – max | client CPU (median) | "
        "CPU min – max | CPU ÷ client-java |"
    )
    lines.append("|---|---|---|---|---|---|---|")
    for scenario, cells in stage.get("scenarios", {}).items():
        ref = cells.get("client-java")
        for name in ("kubesmith", *PEERS):
            c = cells.get(name)
            if not c:
                continue
            ratio = f"{_med(c['cpu']) / _med(ref['cpu']):.2f}" if ref else "–"
            lines.append(
                f"| {scenario} | {name} | {_ms(_med(c['wall']) * 1000)} | "
                f"{_ms(c['wall']['min'] * 1000)} – {_ms(c['wall']['max'] * 1000)} | "
                f"{_ms(_med(c['cpu']) * 1000)} | {_ms(c['cpu']['min'] * 1000)} – "
                f"{_ms(c['cpu']['max'] * 1000)} | {ratio} |"
            )
    lines.append("")
    cold = stage.get("cold_start", {})
    if cold:
        lines.append("| cold start | median | min – max | ÷ client-java |")
        lines.append("|---|---|---|---|")
        ref = cold.get("client-java")
        for name in ("kubesmith", *PEERS):
            c = cold.get(name)
            if not c:
                continue
            ratio = f"{_med(c) / _med(ref):.2f}" if ref else "–"
            lines.append(
                f"| {name} | {_med(c):.2f} s | {c['min']:.2f} s – {c['max']:.2f} s | {ratio} |"
            )
        lines.append("")


def _size(lines: list[str], stage: dict[str, Any] | None) -> None:
    if not stage or not _head(lines, "6.3 Jar sizes", stage):
        return
    clients = stage["clients"]
    k = clients.get("kubesmith", {})
    lines.append(
        "Every jar an application ships, resolved by `mvn dependency:copy-dependencies "
        "-DincludeScope=runtime`: kubesmith = the jar built from output/java (models, "
        f"builders, API classes, runtime; the builders are {_bytes(k.get('builders'))} of "
        "it) + its dependencies; client-java = `client-java` 27.0.0 (util, with "
        "`client-java-api` and `client-java-proto`) + `client-java-api-fluent` 26.0.0 (27.0.0 "
        "is not on Maven Central) + dependencies; fabric8 = `kubernetes-client` + "
        "`kubernetes-client-api` 8.0.0 (every model jar, the Vert.x HTTP client) + "
        "dependencies."
    )
    lines.append("")
    lines.append("| client | jars | total | kubesmith ÷ this | largest |")
    lines.append("|---|---|---|---|---|")
    for name in ("kubesmith", *PEERS):
        c = clients.get(name)
        if not c:
            continue
        largest = sorted(c["jars"].items(), key=lambda kv: -kv[1])[:3]
        big = ", ".join(f"{jar} {_bytes(size)}" for jar, size in largest)
        ratio = f"{k['total'] / c['total']:.2f}" if k else "–"
        lines.append(f"| {name} | {len(c['jars'])} | {_bytes(c['total'])} | {ratio} | {big} |")
    lines.append("")


def chart(results: dict[str, Any]) -> None:
    jmh = results.get("java-jmh", {})
    clu = results.get("java-cluster", {})
    size = results.get("java-size", {}).get("clients", {})
    if not (jmh.get("decode") or clu.get("scenarios") or size):
        return
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(2, 2, figsize=(13, 9))
    names = ("kubesmith", "client-java", "fabric8")
    methods = ("kubesmith", "clientJava", "fabric8")
    dec = jmh.get("decode", {}).get("10000", {})
    ax = axes[0][0]
    if dec:
        present = [(n, m) for n, m in zip(names, methods, strict=True) if m in dec]
        ax.bar(
            [n for n, _ in present],
            [dec[m]["score"] for _, m in present],
            color=[COLORS[n] for n, _ in present],
        )
        ax.set_ylabel("ms per decode (lower is better)")
        ax.set_title("Decode a 10,000-pod PodList (JMH)")
        ax2 = axes[0][1]
        ax2.bar(
            [n for n, _ in present],
            [(dec[m].get("alloc") or 0) / 10000 / 1e3 for _, m in present],
            color=[COLORS[n] for n, _ in present],
        )
        ax2.set_ylabel("kB allocated per pod (-prof gc; lower is better)")
        ax2.set_title("Allocation per decoded pod")
    ax = axes[1][0]
    scenarios = clu.get("scenarios", {})
    if scenarios:
        labels: list[str] = []
        values: list[float] = []
        colors: list[str] = []
        for scenario, cells in scenarios.items():
            for name in names:
                if name in cells:
                    labels.append(f"{scenario.split(' ')[0]}\n{name}")
                    values.append(_med(cells[name]["cpu"]))
                    colors.append(COLORS[name])
        ax.bar(range(len(values)), values, color=colors)
        ax.set_xticks(range(len(values)), labels, fontsize=8)
        ax.set_ylabel("client CPU seconds (lower is better)")
        ax.set_title("Testbed: list 5,000 ConfigMaps / watch 5,000 updates")
    else:
        ax.set_axis_off()
    ax = axes[1][1]
    if size:
        present_names = [n for n in names if n in size]
        ax.bar(
            present_names,
            [size[n]["total"] / MB for n in present_names],
            color=[COLORS[n] for n in present_names],
        )
        ax.set_ylabel("MB of jars with runtime dependencies (lower is better)")
        cold = clu.get("cold_start", {})
        title = "Jar sizes"
        if cold:
            title += (
                " (cold start: "
                + ", ".join(f"{n} {_med(cold[n]):.1f} s" for n in names if n in cold)
                + ")"
            )
        ax.set_title(title, fontsize=9)
    else:
        ax.set_axis_off()
    fig.suptitle("kubesmith's Java client vs client-java 27.0.0 and fabric8 8.0.0: medians")
    fig.tight_layout()
    CHART.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(CHART, dpi=90)
    plt.close(fig)
