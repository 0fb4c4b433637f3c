"""``make bench``: create or reuse bench/.venv with the peers, then run every stage there.

The main virtualenv stays free of the peers (the official client, kubernetes_asyncio,
lightkube, kr8s, orjson, matplotlib): they live in bench/.venv, which is rebuilt when
bench/requirements.txt changes. Arguments are passed to ``bench.main``
(e.g. ``make bench BENCH_ARGS="--stages decode,encode"`` or ``--quick``).

Needs: PyPI, Maven Central (openapi-generator-cli via ``mvn dependency:copy``, Java 17), and
for the testbed stage the control plane's binaries (``make testbed``; a private instance
is started on free ports, built first if missing, which takes about half an hour).
A full run takes 15 to 30 minutes on 2 cores.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / "bench" / ".venv"
REQUIREMENTS = ROOT / "bench" / "requirements.txt"
STAMP = VENV / ".bench-stamp"


def _fingerprint() -> str:
    digest = hashlib.sha256(REQUIREMENTS.read_bytes())
    digest.update(sys.version.encode())
    return digest.hexdigest()


def ensure_venv() -> Path:
    python = VENV / "bin" / "python"
    if STAMP.exists() and python.exists() and STAMP.read_text() == _fingerprint():
        return python
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "-r", str(REQUIREMENTS)], check=True)
    # the generated client; the generator and the testbed run from the main virtualenv, so
    # the bench one holds no extra packages (e.g. click, which httpx imports when present)
    # (retried: another developer's `make generate` swaps output/python in while we build)
    for attempt in range(3):
        done = subprocess.run([*pip, "-e", str(ROOT / "output" / "python")], check=False)
        if done.returncode == 0:
            break
        if attempt == 2:
            raise SystemExit("bench: cannot install output/python into bench/.venv")
        time.sleep(5)
    STAMP.write_text(_fingerprint())
    return python


def main() -> int:
    python = ensure_venv()
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env["PYTHONPATH"] = str(ROOT)
    env["KUBESMITH_PYTHON"] = sys.executable
    return subprocess.run(
        [str(python), "-m", "bench.main", *sys.argv[1:]], cwd=ROOT, env=env, check=False
    ).returncode


if __name__ == "__main__":
    raise SystemExit(main())
