"""Formatting the generated Python: ``ruff format`` (fast) or black; the output is
black-clean either way."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ...write import FormatError

FORMATTERS = ("ruff", "black")
LINE_LENGTH = 100


def _tool(name: str) -> str:
    """The formatter installed beside this interpreter, else the one on PATH."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


def format_tree(root: Path, formatter: str | None) -> None:
    if formatter == "ruff":
        command = [
            _tool("ruff"),
            "format",
            "--isolated",
            # (not --quiet: it hides the file and line ruff cannot parse from FormatError)
            f"--line-length={LINE_LENGTH}",
            "--target-version=py311",
            str(root),
        ]
    elif formatter == "black":
        command = [
            _tool("black"),
            "--quiet",
            f"--line-length={LINE_LENGTH}",
            "--target-version=py311",
            str(root),
        ]
    else:
        raise FormatError(f"unknown formatter {formatter!r} (choose from {', '.join(FORMATTERS)})")
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise FormatError(f"{formatter} failed: {result.stderr.strip() or result.stdout.strip()}")
