"""Run the benchmark stages in the bench environment and write docs/benchmarks.{md,png}.

Usage (normally through ``make bench`` / ``bench/run.py``)::

    python -m bench.main [--stages generate,import,decode,encode,cluster] [--quick]
    python -m bench.main --stages java      # only the Java stages (java-jmh, java-cluster,
                                            # java-size); --stages python: only the others

Results of every stage are kept in bench/.cache/results.json, so one stage can be rerun
alone and the report still shows the others (each with the time it was measured).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

from bench import java_stages, report, stages
from bench.common import CACHE, ROOT, loadavg, machine

RESULTS = CACHE / "results.json"
PYTHON_STAGES = ("generate", "import", "decode", "encode", "cluster")
JAVA_STAGES = ("java-jmh", "java-cluster", "java-size")
ALL = PYTHON_STAGES + JAVA_STAGES
GROUPS = {"python": PYTHON_STAGES, "java": JAVA_STAGES}


def snapshot_client() -> dict[str, str]:
    """Copy output/python/kubeclient to bench/.cache and compile it, and put the copy first
    on the path of this process and of every measurement subprocess.

    Other developers regenerate output/python while the benchmark runs (which also drops
    its bytecode caches): every stage measures the same code, with warm bytecode.
    """
    source = ROOT / "output" / "python" / "kubeclient"
    target = CACHE / "kubeclient-snapshot"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target / "kubeclient", ignore=shutil.ignore_patterns("__pycache__"))
    compileall.compile_dir(target, quiet=1)
    paths = [str(target), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    os.environ["PYTHONPATH"] = os.pathsep.join(paths)
    sys.path.insert(0, str(target))
    commit = subprocess.run(
        ["git", "log", "-1", "--format=%h %cd", "--date=format:%Y-%m-%d %H:%M", "--", "output"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--", "output"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    return {"commit": commit, "dirty": "yes" if dirty else "no"}


def java_snapshot() -> dict[str, str]:
    """The commit of the Java client the Java stages build (output/java and its templates)."""
    paths = ["output/java", "templates/java"]
    commit = subprocess.run(
        ["git", "log", "-1", "--format=%h %cd", "--date=format:%Y-%m-%d %H:%M", "--", *paths],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--", *paths],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    return {"commit": commit, "dirty": "yes" if dirty else "no"}


def _run_cluster(quick: bool) -> dict[str, Any]:
    from bench import cluster

    return cluster.stage_cluster(quick=quick)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--stages", default=",".join(ALL), help="comma-separated stages")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (smoke run)")
    parser.add_argument("--report-only", action="store_true", help="only rewrite the report")
    args = parser.parse_args(argv)
    wanted: list[str] = []
    for item in (s.strip() for s in args.stages.split(",")):
        wanted.extend(GROUPS.get(item, (item,) if item else ()))
    unknown = [s for s in wanted if s not in ALL]
    if unknown:
        parser.error(f"unknown stages {unknown}; known: {', '.join(ALL)}, python, java")
    results: dict[str, Any] = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    runners: dict[str, Callable[[], dict[str, Any]]] = {
        "generate": lambda: stages.stage_generate(runs=1 if args.quick else 5),
        "import": lambda: stages.stage_import(runs=3 if args.quick else 9),
        "decode": lambda: stages.stage_decode(quick=args.quick),
        "encode": lambda: stages.stage_encode(quick=args.quick),
        "cluster": lambda: _run_cluster(args.quick),
        "java-jmh": lambda: java_stages.stage_jmh(quick=args.quick),
        "java-cluster": lambda: java_stages.stage_cluster(quick=args.quick),
        "java-size": java_stages.stage_size,
    }
    failed = False
    if not args.report_only:
        snapshot = snapshot_client()
        java = java_snapshot()
        results["machine"] = machine()
        results["machine"]["kubeclient_output"] = snapshot
        for stage in wanted:
            print(f"== {stage} (load {loadavg()})", flush=True)
            started = time.time()
            try:
                value = runners[stage]()
            except Exception as error:  # a missing peer or testbed: report it, go on
                print(f"  {stage} failed: {error}", file=sys.stderr, flush=True)
                value = {"error": str(error)}
                failed = True
            value["measured_at"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(started))
            value["seconds"] = round(time.time() - started, 1)
            value["quick"] = args.quick
            value["kubeclient_output"] = java if stage in JAVA_STAGES else snapshot
            results[stage] = value
            stages.dump(RESULTS, results)
    report.write(results)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
