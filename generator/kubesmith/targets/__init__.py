"""The back-ends: one package per language under ``targets/``, its templates under
``templates/<name>/``.

A target's ``__init__.py`` defines ``TARGET``, a :class:`Target`; adding a language means
adding its folder and its name to :data:`TARGETS`, nothing else. Targets are imported only
when chosen, so one target's dependencies never slow down or break another.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..model import ClientModel

#: every target, by the name ``kubesmith generate --target`` takes; the first is the default
TARGETS = ("python", "java")


def _any_package(package: str) -> str | None:
    return None


@dataclass(frozen=True)
class Target:
    name: str
    #: where ``kubesmith generate`` writes without ``--out`` (relative to the working directory)
    default_out: str
    #: the model → every file of the output tree: relative path → contents. The second
    #: argument is False to leave out the copied hand-written runtime (golden tests).
    render: Callable[[ClientModel, bool], dict[str, str]]
    #: formats the written tree in place with the named formatter (one of ``formatters``,
    #: or None when the target has none); raises ``kubesmith.write.FormatError``
    format: Callable[[Path, str | None], None]
    #: the formatters ``--formatter`` may name, the default first; empty when the target
    #: emits formatted code itself
    formatters: tuple[str, ...] = ()
    #: why ``--package-name`` is not a valid package name of this language, or None
    check_package: Callable[[str], str | None] = _any_package


class UnknownTarget(Exception):
    pass


def get(name: str) -> Target:
    """The target called ``name`` (imported on first use)."""
    if name not in TARGETS:
        raise UnknownTarget(f"unknown target {name!r} (choose from {', '.join(TARGETS)})")
    try:
        module = importlib.import_module(f"{__name__}.{name}")
    except ImportError as exc:
        raise UnknownTarget(f"target {name!r} cannot be loaded: {exc}") from exc
    target = getattr(module, "TARGET", None)
    if not isinstance(target, Target):
        raise UnknownTarget(f"target {name!r}: {module.__name__} defines no TARGET")
    return target
