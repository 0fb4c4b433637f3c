# ruff: noqa: RUF001
"""docs/benchmarks.md and docs/benchmarks.png from the stage results."""

from __future__ import annotations

from typing import Any

from bench import report_java
from bench.common import ROOT

DOC = ROOT / "docs" / "benchmarks.md"
CHART = ROOT / "docs" / "benchmarks.png"
TRIED = ROOT / "bench" / "what_was_tried.md"
PEERS = ("official", "kubernetes_asyncio", "lightkube", "kr8s")
ORDER = (
    "json.loads",
    "orjson.loads",
    "json.dumps",
    "orjson.dumps",
    "kubeclient",
    "kubeclient-async",
    "official",
    "kubernetes_asyncio",
    "lightkube",
    "kr8s",
)


def _ordered(items: dict[str, Any]) -> list[tuple[str, Any]]:
    """Floors, kubeclient, then the peers (results.json keeps keys sorted)."""

    def rank(key: str) -> int:
        name = key.split("|")[0]
        return ORDER.index(name) if name in ORDER else len(ORDER)

    return sorted(items.items(), key=lambda kv: rank(kv[0]))


MB = 1024 * 1024


def _fmt_s(value: float) -> str:
    if value >= 10:
        return f"{value:.1f} s"
    if value >= 1:
        return f"{value:.2f} s"
    if value >= 0.001:
        return f"{value * 1000:.1f} ms"
    return f"{value * 1e6:.1f} µs"


def _range(stats: dict[str, Any]) -> str:
    return f"{_fmt_s(stats['min'])} – {_fmt_s(stats['max'])}"


def _x(value: float) -> str:
    return f"{value:.2f}×" if value < 10 else f"{value:.0f}×"


def _med(stats: dict[str, Any]) -> float:
    return float(stats["median"])


def _stage_head(lines: list[str], title: str, stage: dict[str, Any]) -> bool:
    lines.append(f"## {title}")
    lines.append("")
    if "error" in stage:
        lines.append(f"Not measured: {stage['error']}")
        lines.append("")
        return False
    note = f"Measured {stage.get('measured_at', '?')}"
    out = stage.get("kubeclient_output")
    if out:
        note += f", kubeclient of commit {out.get('commit', '?').split(' ')[0]}"
        if out.get("dirty") == "yes":
            note += " plus uncommitted changes of the working tree"
    if stage.get("quick"):
        note += " (quick run: fewer repetitions)"
    lines.append(note + ".")
    lines.append("")
    return True


def _targets(results: dict[str, Any]) -> list[tuple[str, str, bool | None]]:
    """(target, measured, met) for every target of the issue that was measured."""
    rows: list[tuple[str, str, bool | None]] = []
    dec = results.get("decode", {}).get("sizes", {}).get("10000", {}).get("cases", {})
    if "kubeclient|gc" in dec and "json.loads|gc" in dec:
        k = _med(dec["kubeclient|gc"]["time"])
        ratio = k / _med(dec["json.loads|gc"]["time"])
        rows.append(
            (
                "decode 10k pods, GC on: ≤ 0.25 × json.loads",
                f"{ratio:.2f} × json.loads",
                ratio <= 0.25,
            )
        )
        if "lightkube|gc" in dec:
            speed = _med(dec["lightkube|gc"]["time"]) / k
            rows.append(
                ("decode 10k pods, GC on: ≥ 3× lightkube", f"{speed:.1f}× faster", speed >= 3)
            )
            kp = dec["kubeclient|gc"].get("peak_bytes")
            lp = dec["lightkube|gc"].get("peak_bytes")
            if kp and lp:
                rows.append(
                    (
                        "peak memory of decoding 10k pods ≤ lightkube's",
                        f"{kp / MB:.0f} MB vs {lp / MB:.0f} MB ({kp / lp:.2f}×)",
                        kp <= lp,
                    )
                )
    imp = results.get("import", {}).get("clients", {})
    if "kubeclient" in imp:
        k = _med(imp["kubeclient"]["time"])
        for peer, bound in (("lightkube", 0.6), ("official", 0.2)):
            if peer in imp:
                ratio = k / _med(imp[peer]["time"])
                rows.append((f"import ≤ {bound} × {peer}", f"{ratio:.2f} × {peer}", ratio <= bound))
    enc = results.get("encode", {}).get("clients", {})
    if "kubeclient" in enc and "lightkube" in enc:
        ratio = _med(enc["lightkube"]["time"]) / _med(enc["kubeclient"]["time"])
        rows.append(("encode ≥ lightkube's throughput", f"{ratio:.3f} × lightkube's", ratio >= 1))
    gen = results.get("generate", {})
    if "time" in gen:
        speed = _med(gen["time"]["openapi-generator"]) / _med(gen["time"]["kubesmith"])
        measured = f"{speed:.1f}× faster (wall)"
        if "cpu" in gen:
            cpu_speed = _med(gen["cpu"]["openapi-generator"]) / _med(gen["cpu"]["kubesmith"])
            measured += f"; {cpu_speed:.1f}× less CPU"
        rows.append(("generation ≥ 5× faster than openapi-generator", measured, speed >= 5))
        out = gen["output"]
        lines_ratio = out["kubesmith"]["py_lines"] / out["openapi-generator"]["py_lines"]
        rows.append(
            (
                "generated Python ≤ 1/4 of its lines",
                f"{lines_ratio:.2f} of its lines",
                lines_ratio <= 0.25,
            )
        )
    clu = results.get("cluster", {}).get("scenarios", {})
    for scenario, cells in clu.items():
        off = cells.get("official")
        if not off:
            continue
        for name in ("kubeclient", "kubeclient-async"):
            if name in cells:
                ratio = _med(cells[name]["cpu"]) / _med(off["cpu"])
                rows.append(
                    (
                        f"{scenario}: {name} client CPU ≤ 0.5 × official",
                        f"{ratio:.2f} × official",
                        ratio <= 0.5,
                    )
                )
    return rows


def _markdown(results: dict[str, Any]) -> str:
    m = results.get("machine", {})
    lines: list[str] = [
        "# Benchmarks",
        "",
        "Generated by `make bench` (bench/run.py); do not edit by hand — the notes under",
        '"What was tried" come from `bench/what_was_tried.md`. Every figure is a median of',
        "repeated runs, with min–max; ratios compare medians measured in the same run of a",
        "stage (each stage says when it ran and which commit of kubeclient it measured), so",
        "they hold better than absolute times on this shared, noisy machine.",
        "",
        f"Machine: {m.get('cpu', '?')}, {m.get('cores', '?')} cores (shared with other",
        "developers' builds and test suites: load average is noted per stage),",
        f"{m.get('memory', '?')},",
        f"Python {m.get('python', '?')}, {m.get('platform', '?')}.",
        "",
        "Versions: "
        + ", ".join(f"{k} {v}" for k, v in sorted(m.get("versions", {}).items()))
        + ".",
        "",
        "kubeclient measured: output/python as of commit "
        f"{m.get('kubeclient_output', {}).get('commit', '?')} (uncommitted changes: "
        f"{m.get('kubeclient_output', {}).get('dirty', '?')}), copied and compiled once at "
        "the start of the run so every stage measures the same code.",
        "",
        "![benchmarks](benchmarks.png)",
        "",
        "## Targets",
        "",
        "| target (issue 6) | measured | met |",
        "|---|---|---|",
    ]
    for target, measured, met in _targets(results):
        lines.append(f"| {target} | {measured} | {'yes' if met else '**no**'} |")
    lines.append("")
    _generation(lines, results.get("generate"))
    _import(lines, results.get("import"))
    _decode(lines, results.get("decode"))
    _encode(lines, results.get("encode"))
    _cluster(lines, results.get("cluster"))
    lines.extend(_java_section(results))
    if TRIED.exists():
        lines.append(TRIED.read_text().rstrip())
        lines.append("")
    return "\n".join(lines)


JAVA_BEGIN = "<!-- java stages -->"
JAVA_END = "<!-- /java stages -->"
TRIED_HEADING = "## What was tried"
PYTHON_STAGES = ("generate", "import", "decode", "encode", "cluster")


def _java_section(results: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    report_java.markdown(lines, results)
    return [JAVA_BEGIN, "", *lines, JAVA_END, ""] if lines else []


def _spliced(results: dict[str, Any]) -> str | None:
    """Without any Python stage in the results (only the Java stages were run on a machine
    whose results cache lacks the others), the Python sections of the existing document
    are kept as they are and only the Java section and "What was tried" are rewritten."""
    if any(stage in results for stage in PYTHON_STAGES) or not DOC.exists():
        return None
    old = DOC.read_text()
    cut = old.find(JAVA_BEGIN)
    if cut < 0:
        cut = old.find(TRIED_HEADING)
    if cut < 0:
        return None
    lines = [old[:cut].rstrip(), "", *_java_section(results)]
    if TRIED.exists():
        lines.append(TRIED.read_text().rstrip())
        lines.append("")
    return "\n".join(lines)


def _generation(lines: list[str], stage: dict[str, Any] | None) -> None:
    if not stage or not _stage_head(lines, "1. Generation (full 1.36 spec)", stage):
        return
    lines.append(
        f"kubesmith `generate` (formatting with ruff included) vs openapi-generator "
        f"{stage['openapi_generator_version']} `-g python` (no formatting; the newest release "
        f"Maven Central serves), same spec, median of {stage['time']['kubesmith']['n']}. "
        f"Load average {stage['load']}."
    )
    lines.append("")
    lines.append(
        "| generator | wall (median) | min – max | CPU (median) | CPU min – max | files "
        "| .py files | .py lines | .py bytes |"
    )
    lines.append("|---|---|---|---|---|---|---|---|---|")
    for name in ("kubesmith", "openapi-generator"):
        t = stage["time"][name]
        c = stage.get("cpu", {}).get(name)
        o = stage["output"][name]
        cpu_cells = f"{_fmt_s(c['median'])} | {_range(c)}" if c else "– | –"
        lines.append(
            f"| {name} | {_fmt_s(t['median'])} | {_range(t)} | {cpu_cells} | {o['files']:,} "
            f"| {o['py_files']:,} | {o['py_lines']:,} | {o['py_bytes'] / MB:.1f} MB |"
        )
    ks, og = stage["time"]["kubesmith"], stage["time"]["openapi-generator"]
    ko, oo = stage["output"]["kubesmith"], stage["output"]["openapi-generator"]
    lines.append("")
    if "cpu" in stage:
        kc, oc = stage["cpu"]["kubesmith"], stage["cpu"]["openapi-generator"]
        lines.append(
            f"In CPU time (user + system of the process and its children), kubesmith uses "
            f"{_med(oc) / _med(kc):.1f}× less than openapi-generator."
        )
        lines.append("")
    lines.append(
        f"kubesmith is {_med(og) / _med(ks):.1f}× faster (wall) and writes "
        f"{ko['py_lines'] / oo['py_lines']:.2f} of the lines "
        f"({ko['py_bytes'] / oo['py_bytes']:.2f} of the bytes)."
    )
    lines.append("")


def _import(lines: list[str], stage: dict[str, Any] | None) -> None:
    if not stage or not _stage_head(lines, "2. Import to a usable CoreV1Api and V1PodList", stage):
        return
    clients = stage["clients"]
    n = next(iter(clients.values()))["time"]["n"]
    lines.append(
        f"Fresh interpreter per run (bytecode caches warm), median of {n}, runs interleaved; "
        f"time of the statement only (interpreter start-up excluded); RSS of the process "
        f"after it. Load average {stage['load']}."
    )
    lines.append("")
    lines.append("| client | statement | median | min – max | RSS after | kubeclient ÷ this |")
    lines.append("|---|---|---|---|---|---|")
    k = _med(clients["kubeclient"]["time"]) if "kubeclient" in clients else None
    for name, c in _ordered(clients):
        ratio = _x(k / _med(c["time"])) if k else "–"
        lines.append(
            f"| {name} | `{stage['statements'][name]}` | {_fmt_s(_med(c['time']))} | "
            f"{_range(c['time'])} | {_med(c['rss']) / MB:.0f} MB | {ratio} |"
        )
    lines.append("")


def _decode(lines: list[str], stage: dict[str, Any] | None) -> None:
    if not stage or not _stage_head(lines, "3. Decode a PodList from bytes", stage):
        return
    lines.append(
        "Real-shaped pods (tests/data/pod.json: owner references, managedFields with a "
        "FieldsV1 tree, env, probes, volumes, status) with unique names, uids, IPs and "
        "timestamps; compact JSON as the apiserver sends it. One process per client and GC "
        "mode, holding the input; a first decode (decoder construction, heap growth; on the "
        "1,000-pod list for the three slowest clients) is not timed; then repetitions "
        "interleaved across the clients round by round (9 each; the official client and "
        "kubernetes_asyncio 5 on 1,000 pods and 3 on 10,000; kr8s 5 and 1). Peak = "
        "tracemalloc peak during one more decode (GC on), retained = what the result keeps "
        "(not measured for the two slowest on 10,000 pods: tracemalloc makes them take "
        "minutes). Load average "
        f"{stage['load_start']} at start, {stage['load_end']} at end."
    )
    lines.append("")
    for size, per in stage["sizes"].items():
        cases = per["cases"]
        for mode, label in (("gc", "GC on (default)"), ("nogc", "GC off")):
            lines.append(f"### {int(size):,} pods ({per['bytes'] / MB:.1f} MB), {label}")
            lines.append("")
            lines.append(
                "| decoder | median | min – max | pods/s | × json.loads | × orjson | "
                "kubeclient faster by | peak | retained |"
            )
            lines.append("|---|---|---|---|---|---|---|---|---|")
            floor = _med(cases[f"json.loads|{mode}"]["time"])
            orj = _med(cases[f"orjson.loads|{mode}"]["time"])
            k = _med(cases[f"kubeclient|{mode}"]["time"])
            for key, c in _ordered(cases):
                name, m = key.split("|")
                if m != mode:
                    continue
                t = _med(c["time"])
                peak = f"{c['peak_bytes'] / MB:.0f} MB" if "peak_bytes" in c else "–"
                kept = f"{c['retained_bytes'] / MB:.0f} MB" if "retained_bytes" in c else "–"
                lines.append(
                    f"| {name} | {_fmt_s(t)} | {_range(c['time'])} | {int(size) / t:,.0f} | "
                    f"{t / floor:.2f} | {t / orj:.2f} | {_x(t / k)} | {peak} | {kept} |"
                )
            lines.append("")


def _encode(lines: list[str], stage: dict[str, Any] | None) -> None:
    if not stage or not _stage_head(lines, "4. Encode a typed Pod to wire JSON", stage):
        return
    clients = stage["clients"]
    lines.append(
        "The typed Pod of tests/data/pod.json encoded the way each client builds a request "
        "body (official and kubernetes_asyncio: `sanitize_for_serialization` + `json.dumps`; "
        "lightkube: `msgspec.json.encode`; kr8s: `json.dumps(raw_template)`); the floors "
        "encode the plain dict. All encoders in one process (encoding takes microseconds: "
        "separate processes differed by more than the clients do), batches interleaved "
        f"across clients, median of {next(iter(clients.values()))['time']['n']} batches. Load "
        f"average {stage['load']}."
    )
    lines.append("")
    lines.append("| encoder | per object (median) | min – max | objects/s | kubeclient faster by |")
    lines.append("|---|---|---|---|---|")
    k = _med(clients["kubeclient"]["time"])
    for name, c in _ordered(clients):
        t = _med(c["time"])
        lines.append(f"| {name} | {_fmt_s(t)} | {_range(c['time'])} | {1 / t:,.0f} | {_x(t / k)} |")
    lines.append("")


def _cluster(lines: list[str], stage: dict[str, Any] | None) -> None:
    if not stage or not _stage_head(lines, "5. Against the testbed (real kube-apiserver)", stage):
        return
    if stage.get("notes"):
        for note in stage["notes"]:
            lines.append(f"- {note}")
        lines.append("")
    lines.append(
        "| scenario | client | wall (median) | wall min – max | client CPU (median) | "
        "CPU min – max | CPU ÷ official |"
    )
    lines.append("|---|---|---|---|---|---|---|")
    for scenario, cells in stage["scenarios"].items():
        off = cells.get("official")
        for name, c in _ordered(cells):
            ratio = f"{_med(c['cpu']) / _med(off['cpu']):.2f}" if off else "–"
            lines.append(
                f"| {scenario} | {name} | {_fmt_s(_med(c['wall']))} | {_range(c['wall'])} | "
                f"{_fmt_s(_med(c['cpu']))} | {_range(c['cpu'])} | {ratio} |"
            )
    lines.append("")


def _chart(results: dict[str, Any]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(2, 2, figsize=(13, 9))
    colors = {
        "kubeclient": "#1f77b4",
        "kubeclient-async": "#6baed6",
        "json.loads": "#999999",
        "orjson.loads": "#bbbbbb",
        "json.dumps": "#999999",
        "orjson.dumps": "#bbbbbb",
        "official": "#d62728",
        "kubernetes_asyncio": "#ff9896",
        "lightkube": "#2ca02c",
        "kr8s": "#9467bd",
    }
    dec = results.get("decode", {}).get("sizes", {}).get("10000", {}).get("cases", {})
    ax = axes[0][0]
    if dec:
        names = [k.split("|")[0] for k, _ in _ordered(dec) if k.endswith("|gc")]
        floor = {m: _med(dec[f"json.loads|{m}"]["time"]) for m in ("gc", "nogc")}
        x = range(len(names))
        on = [_med(dec[f"{n}|gc"]["time"]) / floor["gc"] for n in names]
        off = [_med(dec[f"{n}|nogc"]["time"]) / floor["nogc"] for n in names]
        ax.bar([i - 0.2 for i in x], on, 0.4, label="GC on", color=[colors[n] for n in names])
        ax.bar(
            [i + 0.2 for i in x],
            off,
            0.4,
            label="GC off",
            color=[colors[n] for n in names],
            alpha=0.5,
            hatch="//",
        )
        ax.set_xticks(list(x), names, rotation=25, ha="right")
        ax.set_yscale("log")
        ax.axhline(1, color="black", linewidth=0.8)
        ax.set_ylabel("time ÷ json.loads (log; lower is better)")
        ax.set_title("Decode 10,000-pod PodList (solid GC on, hatched GC off)")
    imp = results.get("import", {}).get("clients", {})
    ax = axes[0][1]
    if imp:
        names = [n for n, _ in _ordered(imp)]
        ax.bar(
            names, [_med(imp[n]["time"]) * 1000 for n in names], color=[colors[n] for n in names]
        )
        ax.set_ylabel("ms (lower is better)")
        ax.set_title("Import to usable CoreV1Api + V1PodList")
        ax.tick_params(axis="x", rotation=25)
    enc = results.get("encode", {}).get("clients", {})
    ax = axes[1][0]
    if enc:
        names = [n for n, _ in _ordered(enc)]
        ax.bar(names, [1 / _med(enc[n]["time"]) for n in names], color=[colors[n] for n in names])
        ax.set_yscale("log")
        ax.set_ylabel("Pods/s (log; higher is better)")
        ax.set_title("Encode typed Pod → JSON")
        ax.tick_params(axis="x", rotation=25)
    clu = results.get("cluster", {}).get("scenarios", {})
    ax = axes[1][1]
    if clu:
        labels: list[str] = []
        values: list[float] = []
        cols: list[str] = []
        for scenario, cells in clu.items():
            for name, c in _ordered(cells):
                labels.append(f"{scenario.split(' ')[0]}\n{name}")
                values.append(_med(c["cpu"]))
                cols.append(colors.get(name, "#444444"))
        ax.bar(range(len(values)), values, color=cols)
        ax.set_xticks(range(len(values)), labels, fontsize=8)
        ax.set_ylabel("client CPU seconds (lower is better)")
        ax.set_title("Testbed: list 5,000 ConfigMaps / watch 5,000 updates")
    else:
        ax.text(0.5, 0.5, "testbed stage not measured", ha="center", va="center")
        ax.set_axis_off()
    fig.suptitle("kubesmith (kubeclient) vs peers: medians (details in docs/benchmarks.md)")
    fig.tight_layout()
    CHART.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(CHART, dpi=90)
    plt.close(fig)


def write(results: dict[str, Any]) -> None:
    DOC.parent.mkdir(parents=True, exist_ok=True)
    spliced = _spliced(results)
    DOC.write_text((spliced or _markdown(results)) + "\n")
    if spliced is None:  # else the Python chart stays as it was, like its sections
        _chart(results)
    report_java.chart(results)
    print(f"wrote {DOC.relative_to(ROOT)} and {CHART.relative_to(ROOT)}", flush=True)
