"""Serve the official client's module paths (``kubeclient.client.models.v1_pod``) on import.

The official package has a module per model and per API class, sync and asyncio; kubeclient
has one per group-version. A program's ``from kubeclient.client.models.v1_pod import V1Pod``
or ``from kubeclient.client.api import core_v1_api`` must work without 1,900 files imported
at startup, so this import hook, installed when ``kubeclient`` is imported and placed last
on ``sys.meta_path`` (real modules always win), answers only for paths in the generated
``_module_table`` and a few hand-written ones below. The module it makes holds no names of
its own: each is looked up in the kubeclient module it maps to when first read.
"""

from __future__ import annotations

import importlib
import sys
import types
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from importlib.abc import Loader

__all__ = ["install"]

_PACKAGE = __name__.rpartition(".")[0]
_PREFIX = _PACKAGE + "."

#: official paths the runtime serves by hand (the generated table has the per-model and
#: per-API-class ones): path → kubeclient module with its renames, relative to the package
_STATIC: dict[str, str] = {
    "aio.client.api": "aio.client",
    "aio.client.models": "client.models",
    "aio.client.api_client": "aio.client",
    "aio.client.api_response": "client.api_response",
    "aio.client.configuration": "client.configuration",
    "aio.client.exceptions": "client.exceptions",
    "aio.client.rest": "client.rest",
    "aio.config.config_exception": "config.config_exception",
    "aio.config.dateutil": "config.dateutil",
    "aio.config.exec_provider": "config.exec_provider",
    "aio.config.incluster_config": "config.incluster_config",
    "aio.config.kube_config": "aio.config",
    "aio.dynamic.client": "aio.dynamic",
    "aio.dynamic.discovery": "dynamic.discovery",
    "aio.dynamic.exceptions": "dynamic.exceptions",
    "aio.dynamic.resource": "aio.dynamic",
    "aio.stream.ws_client": "aio.stream",
    "aio.utils.create_from_yaml": "aio.utils",
    "aio.watch.watch": "aio.watch",
    "client.apis": "client.api",
    "stream.stream": "stream",
    "utils.create_from_yaml": "utils",
}
#: official packages among them: their own submodules are served too
_PACKAGES = frozenset({"aio.client.api", "aio.client.models", "client.apis"})

_table: dict[str, str] | None = None


def _lookup(path: str) -> str | None:
    global _table
    if path in _STATIC:
        return _STATIC[path]
    if _table is None:
        from ._module_table import TABLE

        _table = TABLE
    return _table.get(path)


class AliasModule(types.ModuleType):
    """An official module path: every name is read from the kubeclient module it maps to."""

    __alias_target__: str
    __alias_renames__: dict[str, str]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        target = importlib.import_module(self.__alias_target__)
        try:
            value = getattr(target, self.__alias_renames__.get(name, name))
        except AttributeError:
            raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}") from None
        setattr(self, name, value)  # the next read is a plain attribute
        return value

    def __dir__(self) -> list[str]:
        target = importlib.import_module(self.__alias_target__)
        return sorted({*self.__alias_renames__, *dir(target), *vars(self)})

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """Call the function of the module's name in it. Importing a module sets it as an
        attribute of its package, so ``import kubeclient.utils.create_from_yaml`` replaces
        the function ``kubeclient.utils.create_from_yaml`` by this module (as in the
        official package, where the two share the name); calls keep working."""
        return getattr(self, self.__name__.rpartition(".")[2])(*args, **kwargs)


class _Loader:
    """(``importlib.abc`` is not imported for its base classes: it costs more than all of
    ``import kubeclient``.)"""

    def __init__(self, entry: str) -> None:
        self.entry = entry

    def create_module(self, spec: ModuleSpec) -> types.ModuleType:
        target, *renames = self.entry.split(" ")
        module = AliasModule(spec.name)
        module.__alias_target__ = _PREFIX + target
        module.__alias_renames__ = dict(item.split("=", 1) for item in renames)
        return module

    def exec_module(self, module: types.ModuleType) -> None:
        """Names are read on first use, except the one named like the module: the import
        system is about to replace it in the package by this module (see ``__call__``)."""
        leaf = module.__name__.rpartition(".")[2]
        target = importlib.import_module(module.__alias_target__)
        value = vars(target).get(leaf)
        if value is not None and not isinstance(value, types.ModuleType):
            setattr(module, leaf, value)


class _Finder:
    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: types.ModuleType | None = None,
    ) -> ModuleSpec | None:
        if not fullname.startswith(_PREFIX):
            return None
        relative = fullname[len(_PREFIX) :]
        entry = _lookup(relative)
        if entry is None:
            return None
        return ModuleSpec(
            fullname, cast("Loader", _Loader(entry)), is_package=relative in _PACKAGES
        )


_FINDER = _Finder()


def install() -> None:
    """Put the hook last on ``sys.meta_path`` (once)."""
    if _FINDER not in sys.meta_path:
        sys.meta_path.append(_FINDER)
