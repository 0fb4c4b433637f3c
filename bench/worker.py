"""One measurement in a fresh interpreter: ``python -m bench.worker JSON-ARGS``.

Prints one JSON line with the timings. Run by the stages, one process per case, so
imports, caches and heap state of one client never affect another.
"""

from __future__ import annotations

import gc
import json
import resource
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

from bench import cases


def _rss_bytes() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize()


def decode_case(
    name: str,
    path: str,
    reps: int,
    gc_on: bool,
    memory: bool,
    warm_path: str | None = None,
    expected: int | None = None,
) -> dict[str, Any]:
    data = Path(path).read_bytes()
    decode, count = cases.DECODERS[name](name)
    # a first call builds decoders/caches (every client's first list pays it once); a
    # smaller list does that as well for the slow clients
    warm = decode(Path(warm_path).read_bytes() if warm_path else data)
    del warm
    pods = expected if expected is not None else -1
    gc.collect()
    times: list[float] = []
    gc.enable() if gc_on else gc.disable()
    for _ in range(reps):
        gc.collect()
        start = time.perf_counter()
        result = decode(data)
        elapsed = time.perf_counter() - start
        times.append(elapsed)
        if pods < 0:
            pods = count(result)
        if count(result) != pods:
            raise AssertionError(f"{name}: decoded {count(result)} pods, expected {pods}")
        del result
    gc.enable()
    out: dict[str, Any] = {"times": times, "pods": pods, "bytes": len(data)}
    if memory:
        # one more decode under tracemalloc: peak while decoding and what the result keeps
        gc.collect()
        rss_before = _rss_bytes()
        tracemalloc.start()
        base = tracemalloc.get_traced_memory()[0]
        if not gc_on:
            gc.disable()
        result = decode(data)
        gc.enable()
        current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        out["peak_bytes"] = peak - base
        out["retained_bytes"] = current - base
        out["rss_growth_bytes"] = _rss_bytes() - rss_before
        del result
    return out


def serve(
    name: str, path: str, gc_on: bool, warm_path: str | None = None, expected: int | None = None
) -> None:
    """Decode on command, so the parent can interleave the clients' repetitions (a load
    spike on the shared machine then hits every client alike). Reads ``rep`` or ``mem``
    lines on stdin; answers one JSON line each. Starts by answering ``ready``."""
    data = Path(path).read_bytes()
    decode, count = cases.DECODERS[name](name)
    warm = decode(Path(warm_path).read_bytes() if warm_path else data)
    del warm
    gc.collect()
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        command = line.strip()
        if command == "rep":
            gc.collect()
            gc.enable() if gc_on else gc.disable()
            start = time.perf_counter()
            result = decode(data)
            elapsed = time.perf_counter() - start
            gc.enable()
            pods = count(result)
            del result
            if expected is not None and pods != expected:
                raise AssertionError(f"{name}: decoded {pods} pods, expected {expected}")
            print(json.dumps({"time": elapsed}), flush=True)
        elif command == "mem":
            gc.collect()
            tracemalloc.start()
            base = tracemalloc.get_traced_memory()[0]
            if not gc_on:
                gc.disable()
            result = decode(data)
            gc.enable()
            current, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            del result
            out = {"peak_bytes": peak - base, "retained_bytes": current - base}
            print(json.dumps(out), flush=True)
        else:
            break


def serve_encode(names: list[str], pod_path: str, loops: dict[str, int]) -> None:
    """Every encoder in this one process: each ``rep <name>`` encodes that client's typed Pod
    ``loops[name]`` times and answers the time per object. Encoding takes microseconds, so
    the clients are compared in the same process (same heap, caches and CPU), batch after
    batch, rather than across processes whose differences are larger than theirs."""
    pod_bytes = Path(pod_path).read_bytes()
    encoders = {name: cases.ENCODERS[name](pod_bytes) for name in names}
    for encode, pod in encoders.values():
        json.loads(encode(pod))  # valid JSON
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        command, _, name = line.strip().partition(" ")
        if command != "rep":
            break
        encode, pod = encoders[name]
        count = loops[name]
        start = time.perf_counter()
        for _ in range(count):
            encode(pod)
        print(json.dumps({"time": (time.perf_counter() - start) / count}), flush=True)


def main() -> None:
    args = json.loads(sys.argv[1])
    kind = args.pop("kind")
    if kind == "decode":
        result = decode_case(**args)
    elif kind == "serve":
        serve(**args)
        return
    elif kind == "serve-encode":
        serve_encode(**args)
        return
    else:
        raise SystemExit(f"unknown worker kind {kind!r}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
