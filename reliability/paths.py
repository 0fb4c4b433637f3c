"""Where the harness finds the repository and keeps its results."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: one JSON file per scenario, written by the measuring commands, read by the report
RESULTS = ROOT / "reliability" / "results"
REPORT = ROOT / "docs" / "reliability.md"
