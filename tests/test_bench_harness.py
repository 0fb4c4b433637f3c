# ruff: noqa: RUF001
"""Smoke tests of the benchmark harness (bench/): kubeclient-only logic, no peers, no
timings asserted."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import msgspec
import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import cases, data, report  # noqa: E402
from bench.common import summary  # noqa: E402


def _drop_nulls(value: object) -> object:
    """The wire form without ``null`` fields (unset fields are omitted on encode)."""
    if isinstance(value, dict):
        return {k: _drop_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_drop_nulls(v) for v in value]
    return value


def test_pod_list_items_are_unique_and_real_shaped() -> None:
    doc = json.loads(data.pod_list_bytes(5))
    items = doc["items"]
    assert len(items) == 5
    assert len({p["metadata"]["name"] for p in items}) == 5
    assert len({p["metadata"]["uid"] for p in items}) == 5
    assert all(p["metadata"]["managedFields"][0]["fieldsV1"] for p in items)
    assert all(p["spec"] == items[0]["spec"] for p in items)


def test_kubeclient_decode_matches_json_loads() -> None:
    raw = data.pod_list_bytes(3)
    decode, count = cases.decoder_kubeclient("kubeclient")
    floor, floor_count = cases.decoder_json("json.loads")
    typed, plain = decode(raw), floor(raw)
    assert count(typed) == floor_count(plain) == 3
    # the typed list encodes back to the same JSON document (fieldsV1 kept as raw bytes)
    assert json.loads(typed.to_json()) == _drop_nulls(plain)
    pod = typed.items[1]
    assert pod.metadata.name == plain["items"][1]["metadata"]["name"]
    assert isinstance(pod.metadata.managed_fields[0].fields_v1, msgspec.Raw)


def test_kubeclient_encode_round_trips() -> None:
    pod_bytes = data.POD_JSON.read_bytes()
    encode, pod = cases.encoder_kubeclient(pod_bytes)
    assert json.loads(encode(pod)) == _drop_nulls(json.loads(pod_bytes))


def test_worker_decode_case_counts_and_measures(tmp_path: Path) -> None:
    from bench import worker

    path = data.cached_pod_list(4, tmp_path)
    out = worker.decode_case("kubeclient", str(path), reps=2, gc_on=True, memory=True)
    assert out["pods"] == 4
    assert len(out["times"]) == 2
    assert out["peak_bytes"] > 0


def test_encode_worker_serves_every_encoder_from_one_process() -> None:
    import subprocess

    args = {
        "kind": "serve-encode",
        "names": ["json.dumps", "kubeclient"],
        "pod_path": str(data.POD_JSON),
        "loops": {"json.dumps": 3, "kubeclient": 5},
    }
    proc = subprocess.run(
        [sys.executable, "-m", "bench.worker", json.dumps(args)],
        input="rep kubeclient\nrep json.dumps\nrep kubeclient\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
        timeout=120,
    )
    answers = [json.loads(line) for line in proc.stdout.splitlines()]
    assert answers[0] == {"ready": True}
    assert len(answers) == 4
    assert all(answer["time"] > 0 for answer in answers[1:])


def test_report_renders_targets_from_results() -> None:
    def timing(value: float) -> dict[str, object]:
        return summary([value, value * 1.1, value * 0.9])

    cases_10k = {
        f"{name}|{mode}": {"time": timing(t), "pods": 10000, "peak_bytes": 1 << 20}
        for name, t in (
            ("json.loads", 1.0),
            ("orjson.loads", 0.7),
            ("kubeclient", 0.2),
            ("lightkube", 0.9),
        )
        for mode in ("gc", "nogc")
    }
    results = {
        "decode": {
            "sizes": {"10000": {"bytes": 1, "cases": cases_10k}},
            "load_start": [1.0],
            "load_end": [1.0],
        }
    }
    targets = {t: met for t, _, met in report._targets(results)}
    assert targets["decode 10k pods, GC on: ≤ 0.25 × json.loads"] is True
    assert targets["decode 10k pods, GC on: ≥ 3× lightkube"] is True
    text = report._markdown(results)
    assert "10,000 pods" in text


def _java_results() -> dict[str, object]:
    """Results of the Java stages in the shape bench/java_stages.py stores them."""

    def jmh(score: float, alloc: float) -> dict[str, object]:
        return {
            "score": score,
            "error": score / 10,
            "unit": "ms/op",
            "raw": [score],
            "alloc": alloc,
            "alloc_error": 1.0,
        }

    def run(value: float) -> dict[str, object]:
        return {"wall": summary([value * 2, value * 2]), "cpu": summary([value, value])}

    return {
        "java-jmh": {
            "decode": {
                "10000": {
                    "kubesmith": jmh(100.0, 130e6),
                    "clientJava": jmh(900.0, 1.9e9),
                    "fabric8": jmh(150.0, 200e6),
                    "jacksonSkip": jmh(20.0, 1e3),
                }
            },
            "encode": {"kubesmith": jmh(5.0, 4e3), "clientJava": jmh(20.0, 9e3)},
        },
        "java-cluster": {
            "scenarios": {
                "list 5,000 ConfigMaps (pages of 500)": {
                    "kubesmith": run(0.2),
                    "client-java": run(0.15),
                },
            },
            "cold_start": {"kubesmith": summary([1.0]), "client-java": summary([2.0])},
        },
        "java-size": {
            "clients": {
                "kubesmith": {"total": 9e6, "jars": {"kubeclient.jar": 8e6}, "builders": 3e6},
                "client-java": {"total": 52e6, "jars": {"client-java-api.jar": 8e6}},
                "fabric8": {"total": 17e6, "jars": {"kubernetes-model-core.jar": 3e6}},
            }
        },
    }


def test_java_targets_state_met_and_missed_with_figures() -> None:
    from bench import report_java

    rows = {
        target: (measured, met) for target, measured, met in report_java.targets(_java_results())
    }
    assert rows["decode 10k pods ≥ 4× faster than client-java"] == (
        "9.0× faster (100.0 ms vs 900.0 ms)",
        True,
    )
    assert rows["decode 10k pods ≥ 2× faster than fabric8"][1] is False  # 1.5 times
    assert rows["decode 10k pods: fewer bytes allocated per pod than fabric8"][1] is True
    assert rows["encode a typed Pod ≥ 2× client-java's throughput"] == ("4.0×", True)
    list_row = rows["list 5,000 ConfigMaps (pages of 500): client CPU ≤ 0.5 × client-java"]
    assert list_row == ("1.33 × client-java", False)
    cold = rows["cold start (JVM start to the first decoded V1PodList) ≤ 0.6 × client-java"]
    assert cold == ("0.50 × client-java", True)
    assert rows["jars with all runtime dependencies ≤ 0.5 × fabric8"][1] is False  # 0.53 times
    assert rows["jars with all runtime dependencies ≤ 0.5 × client-java"][1] is True


def test_java_only_run_keeps_the_python_sections(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = tmp_path / "benchmarks.md"
    doc.write_text("# Benchmarks\n\n## 5. Testbed\n\npython figures\n\n## What was tried\n\nold\n")
    tried = tmp_path / "tried.md"
    tried.write_text("## What was tried\n\nnew notes\n")
    monkeypatch.setattr(report, "DOC", doc)
    monkeypatch.setattr(report, "TRIED", tried)
    results = _java_results()
    first = report._spliced(results)
    assert first is not None
    assert first.startswith("# Benchmarks\n\n## 5. Testbed\n\npython figures\n")
    assert "## 6. Java" in first and "new notes" in first and "\nold\n" not in first
    doc.write_text(first)
    # a second Java-only run replaces the Java section instead of adding another
    second = report._spliced(results)
    assert second is not None and second.count("## 6. Java") == 1
    assert "python figures" in second
    # with a Python stage in the results the whole document is generated
    assert report._spliced({**results, "encode": {}}) is None


def test_stage_groups_expand() -> None:
    from bench import main

    assert main.GROUPS["java"] == ("java-jmh", "java-cluster", "java-size")
    assert set(main.ALL) == set(main.PYTHON_STAGES) | set(main.JAVA_STAGES)
    assert main.PYTHON_STAGES == report.PYTHON_STAGES
