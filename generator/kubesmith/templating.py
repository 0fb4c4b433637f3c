"""The Jinja environment every target renders with: templates that only loop and print,
StrictUndefined (a missing value is an error), and the target's filters, all registered in
one place (its ``FILTERS``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import jinja2

#: templates/<target>/ of the repository
TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def environment(templates: Path, filters: Mapping[str, Callable[..., Any]]) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters.update(filters)
    return env
