"""Walk the official ``kubernetes`` package's public surface and look each piece up in kubeclient.

The official package is the list: every public module, every public name of each module and
every public method of every API class. ``kubernetes.X.Y`` is looked for as
``kubeclient.X.Y``. Used by ``test_official_surface.py`` and runnable on its own
(``python tests/compat/surface.py``) to print the coverage figures with what is missing.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import sys
import types
from dataclasses import dataclass, field
from typing import Any

OFFICIAL = "kubernetes"
OURS = "kubeclient"

# Modules of the official package that are not its API: its own unit tests and an example
# script shipped inside the package.
_NOT_API_SUFFIXES = ("_test",)
_NOT_API_PREFIXES = ("test_",)
_NOT_API_MODULES = frozenset({"kubernetes.aio.setup", "kubernetes.leaderelection.example"})

# constants (``ADDED = "ADDED"``, ``DEFAULT_RETRY``) count as names of the module they are in
_CONSTANT_TYPES = (str, int, float, bool, bytes, tuple, frozenset)
_MISSING = object()


@dataclass
class Coverage:
    modules: int = 0
    modules_served: int = 0
    names: int = 0
    names_served: int = 0
    methods: int = 0
    methods_served: int = 0
    #: names and methods left out by the allow-list (``skip``), and the skip entries used
    names_allowed: int = 0
    methods_allowed: int = 0
    skips_used: set[str] = field(default_factory=set)
    missing_modules: list[str] = field(default_factory=list)
    missing_names: list[str] = field(default_factory=list)
    missing_methods: list[str] = field(default_factory=list)

    def summary(self) -> str:
        def pct(part: int, whole: int) -> str:
            return f"{part}/{whole} ({100 * part / max(whole, 1):.1f} %)"

        return (
            f"modules {pct(self.modules_served, self.modules)}, "
            f"names {pct(self.names_served, self.names)}, "
            f"API methods {pct(self.methods_served, self.methods)}"
        )


def official_modules() -> list[str]:
    """Every public module of the official package (packages included), sorted."""
    root = importlib.import_module(OFFICIAL)
    names = [OFFICIAL]
    for info in pkgutil.walk_packages(root.__path__, f"{OFFICIAL}.", onerror=lambda _: None):
        leaf = info.name.rpartition(".")[2]
        if (
            leaf.startswith("_")
            or leaf.endswith(_NOT_API_SUFFIXES)
            or leaf.startswith(_NOT_API_PREFIXES)
            or info.name in _NOT_API_MODULES
            or any(part.startswith("_") for part in info.name.split("."))
        ):
            continue
        names.append(info.name)
    return sorted(names)


def public_names(module: types.ModuleType) -> list[str]:
    """The names a program may import from ``module``.

    A package (``kubernetes.client``) exports what it imports; a plain module exports what
    it defines (classes, functions, constants), not the helpers it imports (``six``,
    ``Configuration`` inside a model module).
    """
    is_package = hasattr(module, "__path__")
    exported = getattr(module, "__all__", None)
    candidates = list(exported) if exported is not None else list(vars(module))
    names = []
    for name in candidates:
        if name.startswith("_") or not hasattr(module, name):
            continue
        value = getattr(module, name)
        if isinstance(value, types.ModuleType):
            continue  # submodules are walked as modules
        origin = getattr(value, "__module__", None) if _is_definition(value) else None
        if exported is not None:
            names.append(name)
        elif _is_definition(value):
            if origin == module.__name__ or (
                is_package and isinstance(origin, str) and origin.startswith(f"{OFFICIAL}.")
            ):
                names.append(name)
        elif isinstance(value, _CONSTANT_TYPES) and name != "TYPE_CHECKING":
            names.append(name)
    return sorted(names)


def _module_name_count(module_name: str) -> int:
    try:
        return len(public_names(importlib.import_module(module_name)))
    except ImportError:  # needs what is not installed (google-auth): counted as one
        return 1


def _is_definition(value: Any) -> bool:
    return inspect.isclass(value) or inspect.isfunction(value) or inspect.isbuiltin(value)


def is_api_class(module_name: str, value: Any) -> bool:
    return (
        inspect.isclass(value)
        and value.__name__.endswith("Api")
        and ".client.api." in f"{module_name}."
        and value.__module__.startswith(f"{OFFICIAL}.")
    )


def public_methods(cls: type) -> list[str]:
    return sorted(
        name for name, value in vars(cls).items() if not name.startswith("_") and callable(value)
    ) + sorted(
        name for name in ("__enter__", "__exit__", "__aenter__", "__aexit__") if name in vars(cls)
    )


def ours(name: str) -> str:
    return OURS + name.removeprefix(OFFICIAL)


def measure(skip: frozenset[str] = frozenset()) -> Coverage:
    """Look every public module, name and API method up in kubeclient.

    ``skip`` holds official paths (``kubernetes.x.y`` or ``kubernetes.x.y:Name``) that are
    deliberate omissions; they are neither counted nor reported.
    """
    coverage = Coverage()
    api_classes_seen: set[tuple[str, str]] = set()
    for module_name in official_modules():
        if module_name in skip:
            coverage.skips_used.add(module_name)
            coverage.names_allowed += _module_name_count(module_name)
            continue
        official = importlib.import_module(module_name)
        coverage.modules += 1
        try:
            mine: types.ModuleType | None = importlib.import_module(ours(module_name))
        except ImportError:
            mine = None
        module_ok = mine is not None
        for name in public_names(official):
            path = f"{module_name}:{name}"
            if path in skip:
                coverage.skips_used.add(path)
                coverage.names_allowed += 1
                continue
            coverage.names += 1
            value = getattr(mine, name, _MISSING) if mine is not None else _MISSING
            if value is _MISSING:
                coverage.missing_names.append(path)
                module_ok = False
            else:
                coverage.names_served += 1
            official_value = getattr(official, name)
            if not is_api_class(module_name, official_value):
                continue
            key = ("aio" if module_name.startswith(f"{OFFICIAL}.aio.") else "sync", name)
            if key in api_classes_seen:
                continue  # the same class re-exported by a package
            api_classes_seen.add(key)
            for method in public_methods(official_value):
                if f"{path}.{method}" in skip:
                    coverage.skips_used.add(f"{path}.{method}")
                    coverage.methods_allowed += 1
                    continue
                coverage.methods += 1
                if value is not _MISSING and hasattr(value, method):
                    coverage.methods_served += 1
                else:
                    coverage.missing_methods.append(f"{path}.{method}")
        names = public_names(official)
        if mine is None and names and all(f"{module_name}:{n}" in skip for n in names):
            coverage.modules -= 1  # a module of allow-listed names only: left out with them
        elif module_ok:
            coverage.modules_served += 1
        else:
            coverage.missing_modules.append(module_name)
    return coverage


def main() -> None:
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    from test_official_surface import ALLOWED  # type: ignore[import-not-found]

    skip = frozenset(ALLOWED) if "--all" not in sys.argv else frozenset()
    coverage = measure(skip)
    verbose = "-v" in sys.argv
    for label, items in (
        ("module", coverage.missing_modules),
        ("name", coverage.missing_names),
        ("method", coverage.missing_methods),
    ):
        for item in items if verbose else items[:40]:
            print(f"missing {label}: {item}")
    print(coverage.summary())


if __name__ == "__main__":
    main()
