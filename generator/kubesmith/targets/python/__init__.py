"""The Python target: the ``kubeclient`` package, drop-in for the official client.

``naming`` (the pinned table of Python names), ``types`` (neutral types → annotations),
``lower`` (the model → its Python view), ``render`` (templates of ``templates/python/``),
``format`` (ruff or black).
"""

from __future__ import annotations

import re

from .. import Target
from .format import FORMATTERS, format_tree
from .render import render


def _check_package(package: str) -> str | None:
    if re.fullmatch(r"[a-z_][a-z0-9_]*", package):
        return None
    return f"--package-name {package!r} is not a Python package name"


TARGET = Target(
    name="python",
    default_out="output/python",
    render=render,
    format=format_tree,
    formatters=FORMATTERS,
    check_package=_check_package,
)
