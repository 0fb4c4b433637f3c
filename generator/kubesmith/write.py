"""Stage 6, for every target: format the rendered files and put them in place, or compare
with what is there.

Files are written and formatted in a temporary directory beside the target, and swapped
in only when everything succeeded, so a failure never leaves a half-written client.
"""

from __future__ import annotations

import filecmp
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path


class FormatError(Exception):
    """A formatter failed (or is unknown): the generated tree is not written."""


def materialise(files: dict[str, str], target: Path, format_tree: Callable[[Path], None]) -> Path:
    """Write ``files`` into a fresh temporary directory beside ``target`` and format it
    there (the target's formatter)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        for relative in sorted(files):
            path = staging / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(files[relative], encoding="utf-8", newline="\n")
        format_tree(staging)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return staging


def swap_in(staging: Path, target: Path) -> None:
    """Replace ``target`` with ``staging`` (two renames; the old tree is removed last)."""
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        target.rename(old)
    staging.rename(target)
    if old is not None:
        shutil.rmtree(old)


def differences(staging: Path, target: Path) -> list[str]:
    """Relative paths that differ between the fresh and the committed tree."""
    fresh = _listing(staging)
    present = _listing(target) if target.exists() else set()
    changed = sorted(fresh ^ present)
    for relative in sorted(fresh & present):
        if not filecmp.cmp(staging / relative, target / relative, shallow=False):
            changed.append(relative)
    return sorted(changed)


#: tool caches and build leftovers that may sit in an output tree without being output
_NOT_OUTPUT = ("__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "build")


def _listing(root: Path) -> set[str]:
    return {
        path.relative_to(root).as_posix()
        for path in root.rglob("*")
        if path.is_file()
        and not path.name.endswith(".pyc")
        and not any(
            part in _NOT_OUTPUT or part.endswith(".egg-info")
            for part in path.relative_to(root).parts
        )
    }
