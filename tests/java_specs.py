"""Small specs the Java client compiles from: the trimmed golden spec (plus Scale) lacks
``Pod``, which the Java runtime's pod helpers (``PodLogs``, ``Exec``, ``Attach``,
``PortForward``) take, so ``Pod`` and the definitions it refers to are copied in from the
testbed's spec."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from golden.make_spec import refs
from test_crd import write_spec

ROOT = Path(__file__).resolve().parents[1]
TESTBED_SPEC = ROOT / "specs" / "kubernetes-v1.37.2" / "swagger.json"
_PREFIX = "#/definitions/"


def add_pod(document: dict[str, Any]) -> None:
    """Copy ``Pod`` and everything it refers to that ``document`` lacks."""
    source = json.loads(TESTBED_SPEC.read_text(encoding="utf-8"))["definitions"]
    todo = ["io.k8s.api.core.v1.Pod"]
    while todo:
        name = todo.pop()
        if name in document["definitions"]:
            continue
        document["definitions"][name] = source[name]
        todo.extend(ref[len(_PREFIX) :] for ref in refs(source[name]))


def write_java_spec(directory: Path) -> Path:
    """The golden spec with ``Scale`` and ``Pod``, as a file."""
    path = write_spec(directory)
    document = json.loads(path.read_text(encoding="utf-8"))
    add_pod(document)
    path.write_text(json.dumps(document), encoding="utf-8")
    return path
