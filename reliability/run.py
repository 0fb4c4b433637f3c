"""The measuring commands: ``python -m reliability.run fuzz|soak|load|report``.

Each scenario writes its figures to ``reliability/results/<scenario>.json`` and then
rewrites docs/reliability.md from every result present (``report`` only rewrites it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
import time
from typing import Any

from .paths import RESULTS


def _save(name: str, figures: dict[str, Any], started: float) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    figures = {
        "scenario": name,
        "finished": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "wall_seconds": round(time.monotonic() - started, 1),
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}",
        **figures,
    }
    (RESULTS / f"{name}.json").write_text(json.dumps(figures, indent=2) + "\n")


def fuzz(args: argparse.Namespace) -> int:
    from .fuzz import TARGETS, run_target

    started = time.monotonic()
    results = []
    for name in args.targets or list(TARGETS):
        result = run_target(name, args.seconds)
        state = "ok" if result.failure is None else f"FAILED: {result.failure[:300]}"
        print(f"fuzz {name}: {result.examples} inputs in {result.seconds}s: {state}", flush=True)
        results.append(result.to_json())
    if args.targets and (RESULTS / "fuzz.json").exists():
        # a rerun of some targets replaces their rows of the last full run
        previous = json.loads((RESULTS / "fuzz.json").read_text())["targets"]
        rerun = {r["name"]: r for r in results}
        results = [rerun.pop(r["name"], r) for r in previous] + list(rerun.values())
    _save("fuzz", {"seconds_per_target": args.seconds, "targets": results}, started)
    return 0 if all(r["failure"] is None for r in results) else 1


def _verdict(findings: list[str]) -> int:
    for finding in findings:
        print(f"FINDING: {finding}", file=sys.stderr)
    return 1 if findings else 0


def _testbed() -> Any:
    from kubesmith.testbed import Testbed

    return Testbed(log=sys.stderr)


def soak(args: argparse.Namespace) -> int:
    from .sessions import run_sessions
    from .soak import SoakOptions, run_soak

    started = time.monotonic()
    options = SoakOptions(
        minutes=args.minutes,
        objects=args.objects,
        churn_rate=args.churn_rate,
        restart_every=args.restart_every,
        token_ttl=args.token_ttl,
    )
    with _testbed() as tb:
        tb.start()
        figures = run_soak(tb, options)
        figures["sessions"] = run_sessions(tb, args.sessions)
    _save("soak", figures, started)
    return _verdict(figures["findings"] + figures["sessions"]["findings"])


def load(args: argparse.Namespace) -> int:
    from .load import run_load

    started = time.monotonic()
    with _testbed() as tb:
        tb.start()
        figures = run_load(
            tb,
            concurrent=args.concurrent,
            threads=args.threads,
            per_thread=args.per_thread,
            watches=args.watches,
        )
    _save("load", figures, started)
    return _verdict(figures["findings"])


def _report_only(args: argparse.Namespace) -> int:
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reliability.run")
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("fuzz", help="every fuzz target for SECONDS each")
    p.add_argument("--seconds", type=float, default=float(os.environ.get("FUZZ_SECONDS", 60)))
    p.add_argument("targets", nargs="*")
    p = commands.add_parser("soak", help="the soak on a private testbed")
    p.add_argument("--minutes", type=float, default=float(os.environ.get("SOAK_MINUTES", 10)))
    p.add_argument("--objects", type=int, default=2000)
    p.add_argument("--churn-rate", type=float, default=10.0)
    p.add_argument("--restart-every", type=float, default=120.0)
    p.add_argument("--token-ttl", type=float, default=5.0)
    p.add_argument("--sessions", type=int, default=1000)
    p = commands.add_parser("load", help="load on one client on a private testbed")
    p.add_argument("--concurrent", type=int, default=1000)
    p.add_argument("--threads", type=int, default=200)
    p.add_argument("--per-thread", type=int, default=10)
    p.add_argument("--watches", type=int, default=100)
    commands.add_parser("report", help="rewrite docs/reliability.md from the results")
    args = parser.parse_args(argv)
    code = {"fuzz": fuzz, "soak": soak, "load": load, "report": _report_only}[args.command](args)
    from .report import write_report

    print(f"wrote {write_report()}")
    return code


if __name__ == "__main__":
    sys.exit(main())
