"""Runs the fuzz targets, each for a time budget, with hypothesis.

A target is a function of ``hypothesis.strategies.DataObject`` that draws its input and
asserts the property. :func:`run_target` calls it in rounds of ``ROUND`` examples until the
budget is spent; the first failure is shrunk by hypothesis and reported with the minimal
input (and a blob that replays it), then the target stops.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from . import fuzz_config, fuzz_decode, fuzz_manifests, fuzz_spec, fuzz_ws

__all__ = ["TARGETS", "TargetResult", "run_target"]

ROUND = 25

Check = Callable[[st.DataObject], None]

#: name → (what it fuzzes, the check)
TARGETS: dict[str, tuple[str, Check]] = {
    "spec-json": (
        "spec loader and pipeline: mutated Swagger 2.0 / OpenAPI v3 JSON",
        fuzz_spec.check_spec_json,
    ),
    "spec-yaml": ("spec loader: mutated OpenAPI v3 YAML", fuzz_spec.check_spec_yaml),
    "kubeconfig": ("kubeconfig loading and its TLS context", fuzz_config.check_kubeconfig),
    "manifests": (
        "manifests: typed YAML load and create_from_yaml's plan",
        fuzz_manifests.check_manifests,
    ),
    "response": ("API response decoding into models", fuzz_decode.check_response),
    "watch-stream": (
        "watch event streams: mutated, truncated, re-chunked",
        fuzz_decode.check_watch_stream,
    ),
    "ws-frames": ("WebSocket frames of exec/attach/port-forward (v4/v5)", fuzz_ws.check_ws_frames),
    "exec-status": ("exec status channel (v4/v5 Status JSON)", fuzz_ws.check_status),
}


@dataclass
class TargetResult:
    name: str
    what: str
    seconds: float
    examples: int
    failure: str | None = None
    details: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def run_target(name: str, seconds: float, first_seed: int | None = None) -> TargetResult:
    """Rounds of ROUND inputs until ``seconds`` have passed. With ``first_seed`` round n draws
    from seed ``first_seed + n``, so the inputs are the same on every run (the short forms in
    ``make test``: a failure there is a change's, not the dice's); without, they are random
    (``make fuzz`` explores)."""
    what, check = TARGETS[name]
    count = [0]

    def counted(data: st.DataObject) -> None:
        count[0] += 1
        check(data)

    test = settings(
        max_examples=ROUND,
        deadline=None,
        database=None,
        derandomize=False,
        phases=(Phase.generate, Phase.shrink),
        suppress_health_check=list(HealthCheck),
        print_blob=True,
        report_multiple_bugs=False,
    )(given(st.data())(counted))
    started = time.monotonic()
    result = TargetResult(name, what, 0.0, 0)
    rounds = 0
    while time.monotonic() - started < seconds:
        try:
            if first_seed is None:
                test()
            else:
                seed(first_seed + rounds)(test)()
            rounds += 1
        except Exception as error:
            result.failure = f"{type(error).__name__}: {str(error)[:2000]}"
            result.details = [
                f"{Path(frame.filename).name}:{frame.lineno} {frame.name}: {frame.line}"
                for frame in traceback.extract_tb(error.__traceback__)[-6:]
            ]
            # hypothesis's notes: the shrunk input (its draws) and the blob that replays it
            result.details += [note[:4000] for note in getattr(error, "__notes__", [])]
            break
    result.seconds = round(time.monotonic() - started, 1)
    result.examples = count[0]
    return result
