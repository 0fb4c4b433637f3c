"""Configuration loaders for the asyncio client (``kubernetes_asyncio``-style names).

Loading a configuration is quick, synchronous work, so these run at once; the loaders return an
already-completed awaitable, so both ``config.load_kube_config()`` and
``await config.load_kube_config()`` (as ``kubernetes_asyncio`` requires) work. The default
configuration they set is the same one the sync client uses. ``new_client_from_config`` gives an
:class:`AsyncApiClient`.
"""

from __future__ import annotations

from collections.abc import Generator, Mapping, Sequence
from typing import Any, Generic, TypeVar

from ...client.api_client import AsyncApiClient
from ...client.configuration import Configuration
from ...config import load_config as _load_config
from ...config.config_exception import ConfigException
from ...config.incluster_config import InClusterConfigLoader
from ...config.incluster_config import load_incluster_config as _load_incluster_config
from ...config.kube_config import (
    ENV_KUBECONFIG_PATH_SEPARATOR,
    KUBE_CONFIG_DEFAULT_LOCATION,
    KubeConfig,
    KubeConfigLoader,
    PathLike,
    kubeconfig_paths,
    list_kube_config_contexts,
)
from ...config.kube_config import load_kube_config as _load_kube_config
from ...config.kube_config import load_kube_config_from_dict as _load_kube_config_from_dict

__all__ = [
    "ENV_KUBECONFIG_PATH_SEPARATOR",
    "KUBE_CONFIG_DEFAULT_LOCATION",
    "ConfigException",
    "Done",
    "InClusterConfigLoader",
    "KubeConfig",
    "KubeConfigLoader",
    "list_kube_config_contexts",
    "load_config",
    "load_incluster_config",
    "load_kube_config",
    "load_kube_config_from_dict",
    "new_client_from_config",
    "new_client_from_config_dict",
]

T = TypeVar("T")


class Done(Generic[T]):
    """The result of work that has already been done, awaitable for ``await`` call sites."""

    __slots__ = ("result",)

    def __init__(self, result: T) -> None:
        self.result = result

    def __await__(self) -> Generator[Any, None, T]:
        return self.result
        yield  # pragma: no cover - makes this a generator


def load_kube_config(
    config_file: PathLike | Sequence[PathLike] | None = None,
    context: str | None = None,
    client_configuration: Configuration | None = None,
    persist_config: bool = True,
    temp_file_path: str | None = None,
) -> Done[None]:
    """See :func:`config.load_kube_config`; may be awaited."""
    _load_kube_config(config_file, context, client_configuration, persist_config)
    return Done(None)


def load_kube_config_from_dict(
    config_dict: Mapping[str, Any],
    context: str | None = None,
    client_configuration: Configuration | None = None,
    persist_config: bool = True,
    temp_file_path: str | None = None,
    config_base_path: str | None = None,
) -> Done[None]:
    _load_kube_config_from_dict(
        config_dict,
        context=context,
        client_configuration=client_configuration,
        persist_config=persist_config,
        config_base_path=config_base_path,
    )
    return Done(None)


def load_incluster_config(
    client_configuration: Configuration | None = None, try_refresh_token: bool = True
) -> Done[None]:
    _load_incluster_config(client_configuration, try_refresh_token)
    return Done(None)


def load_config(
    config_file: PathLike | Sequence[PathLike] | None = None,
    context: str | None = None,
    client_configuration: Configuration | None = None,
    persist_config: bool = True,
    **kwargs: Any,
) -> Done[None]:
    _load_config(config_file, context, client_configuration, persist_config, **kwargs)
    return Done(None)


def new_client_from_config(
    config_file: PathLike | Sequence[PathLike] | None = None,
    context: str | None = None,
    persist_config: bool = True,
    client_configuration: Configuration | None = None,
) -> Done[AsyncApiClient]:
    """``await config.new_client_from_config()``: an :class:`AsyncApiClient` for a context."""
    configuration = client_configuration or Configuration()
    loader = KubeConfigLoader(
        KubeConfig.from_files(kubeconfig_paths(config_file)),
        active_context=context,
        persist_config=persist_config,
    )
    loader.load_and_set(configuration)
    return Done(AsyncApiClient(configuration=configuration))


def new_client_from_config_dict(
    config_dict: Mapping[str, Any],
    context: str | None = None,
    persist_config: bool = True,
    temp_file_path: str | None = None,
    config_base_path: str | None = None,
) -> Done[AsyncApiClient]:
    configuration = Configuration()
    _load_kube_config_from_dict(
        config_dict,
        context=context,
        client_configuration=configuration,
        persist_config=persist_config,
        config_base_path=config_base_path,
    )
    return Done(AsyncApiClient(configuration=configuration))
