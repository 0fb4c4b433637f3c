"""Read the spec from a live cluster's ``/openapi/v3`` (``kubesmith generate --from-cluster``).

Credentials, TLS and retries come from the client runtime this project ships (the same code
the generated client uses), loaded straight from ``templates/python/runtime``.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import sys
from types import ModuleType
from typing import Any

from .errors import SpecError
from .load import LoadedSpec, load_documents
from .targets.python.render import RUNTIME

_PACKAGE = "kubesmith_runtime"


def runtime(module: str) -> ModuleType:
    """A module of the client runtime (``config``, ``client.api_client`` …)."""
    if _PACKAGE not in sys.modules:
        spec = importlib.machinery.ModuleSpec(_PACKAGE, None, is_package=True)
        spec.submodule_search_locations = [str(RUNTIME)]
        sys.modules[_PACKAGE] = importlib.util.module_from_spec(spec)
    return importlib.import_module(f"{_PACKAGE}.{module}")


def fetch(kubeconfig: str | None, context: str | None) -> tuple[LoadedSpec, str]:
    """The cluster's OpenAPI v3 documents, checked, and its ``gitVersion``."""
    config = runtime("config")
    try:
        api_client = config.new_client_from_config(config_file=kubeconfig, context=context)
    except Exception as exc:  # the runtime's ConfigException names the file and place
        raise SpecError(kubeconfig or "kubeconfig", "", str(exc)) from exc
    server = api_client.configuration.host
    try:
        with api_client:
            version: dict[str, Any] = api_client.request("GET", "/version")
            index: dict[str, Any] = api_client.request("GET", "/openapi/v3")
            documents = []
            for group_version, entry in sorted(index.get("paths", {}).items()):
                url = entry.get("serverRelativeURL") or f"/openapi/v3/{group_version}"
                path, _, query = url.partition("?")
                try:
                    document = api_client.request(
                        "GET", path, query=[tuple(q.split("=", 1)) for q in query.split("&") if q]
                    )
                except Exception as exc:
                    if getattr(exc, "status", None) == 404:
                        continue  # a group-version removed since the index was read (a CRD)
                    raise
                documents.append((f"{server}{path}", document))
    except SpecError:
        raise
    except Exception as exc:
        raise SpecError(server, "", f"cannot read the cluster's OpenAPI v3: {exc}") from exc
    return load_documents(f"{server}/openapi/v3", documents), str(version.get("gitVersion", ""))
