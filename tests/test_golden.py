"""The generator's output for the small trimmed spec matches the committed golden copy.

After an intended change, regenerate with ``make golden`` and review the diff.
"""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys
from pathlib import Path

from kubesmith.pipeline import generate
from kubesmith.write import differences

GOLDEN = Path(__file__).resolve().parent / "golden"


def _generate(out: Path) -> None:
    generate(str(GOLDEN / "spec.json"), out, version="1.36", runtime=False)


def test_golden_output(tmp_path: Path) -> None:
    _generate(tmp_path / "out")
    stale = differences(tmp_path / "out", GOLDEN / "output")
    assert stale == [], f"golden output differs (run `make golden` and review): {stale}"


def test_determinism_across_runs_and_hash_seeds(tmp_path: Path) -> None:
    """Two processes with different PYTHONHASHSEED write byte-identical trees."""
    outs = []
    for seed in ("0", "4242"):
        out = tmp_path / f"seed{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [
                sys.executable,
                "-m",
                "kubesmith",
                "generate",
                "--spec",
                str(GOLDEN / "spec.json"),
                "--out",
                str(out),
                "--kubernetes-version",
                "1.36",
            ],
            check=True,
            env=env,
            capture_output=True,
        )
        outs.append(out)
    comparison = filecmp.dircmp(outs[0], outs[1])
    assert differences(outs[0], outs[1]) == []
    assert comparison.left_list == comparison.right_list


def test_check_mode_reports_stale_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _generate(out)
    target = out / "kubeclient" / "client" / "models" / "core_v1.py"
    target.write_text(target.read_text() + "# edited by hand\n")
    (out / "stray.py").write_text("")
    result = generate(str(GOLDEN / "spec.json"), out, version="1.36", check=True, runtime=False)
    assert result.stale == ("kubeclient/client/models/core_v1.py", "stray.py")
    assert target.read_text().endswith("# edited by hand\n"), "check mode writes nothing"
