"""Loading client configuration: kubeconfig files and the in-cluster service account.

The official client's functions: ``load_kube_config``, ``load_incluster_config``,
``load_config`` (in-cluster when running in a pod, else kubeconfig), ``new_client_from_config``,
``list_kube_config_contexts`` and ``ConfigException``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from ..client.configuration import Configuration
from .config_exception import ConfigException
from .exec_provider import ExecPluginError, clear_exec_cache
from .incluster_config import InClusterConfigLoader, load_incluster_config
from .kube_config import (
    KUBE_CONFIG_DEFAULT_LOCATION,
    KubeConfig,
    KubeConfigLoader,
    PathLike,
    list_kube_config_contexts,
    load_kube_config,
    load_kube_config_from_dict,
    new_client_from_config,
    new_client_from_config_dict,
)
from .oidc import OidcError, clear_oidc_cache

__all__ = [
    "KUBE_CONFIG_DEFAULT_LOCATION",
    "ConfigException",
    "ExecPluginError",
    "InClusterConfigLoader",
    "KubeConfig",
    "KubeConfigLoader",
    "OidcError",
    "clear_exec_cache",
    "clear_oidc_cache",
    "list_kube_config_contexts",
    "load_config",
    "load_incluster_config",
    "load_kube_config",
    "load_kube_config_from_dict",
    "new_client_from_config",
    "new_client_from_config_dict",
]


def load_config(
    config_file: PathLike | Sequence[PathLike] | None = None,
    context: str | None = None,
    client_configuration: Configuration | None = None,
    persist_config: bool = True,
    **kwargs: Any,
) -> None:
    """In a pod (service-account environment present) load the in-cluster configuration,
    otherwise the kubeconfig. An explicit ``config_file`` (or ``kube_config_path``, as the
    official client accepts) or ``context`` always means kubeconfig."""
    if "kube_config_path" in kwargs:
        config_file = kwargs.pop("kube_config_path")
    if kwargs:
        raise TypeError(f"load_config() got an unexpected keyword argument '{next(iter(kwargs))}'")
    explicit = config_file is not None or context is not None
    if not explicit and InClusterConfigLoader().is_available():
        load_incluster_config(client_configuration=client_configuration)
        return
    if not explicit and "KUBECONFIG" not in os.environ:
        default = os.path.expanduser("~/.kube/config")
        if not os.path.exists(default):
            raise ConfigException(
                "neither an in-cluster service account nor a kubeconfig was found "
                f"(KUBERNETES_SERVICE_HOST is not set, KUBECONFIG is not set and {default} does "
                "not exist)"
            )
    load_kube_config(
        config_file=config_file,
        context=context,
        client_configuration=client_configuration,
        persist_config=persist_config,
    )
