"""In-cluster configuration: the pod's service account, as client-go's ``InClusterConfig``.

The API server is ``https://$KUBERNETES_SERVICE_HOST:$KUBERNETES_SERVICE_PORT`` (IPv6 hosts in
brackets), verified with the mounted ``ca.crt``. The token file is re-read every minute, since
bound service-account tokens rotate on disk. The namespace is ``POD_NAMESPACE``, else the
mounted ``namespace`` file, else ``default``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from ..client.auth import FileToken
from ..client.configuration import Configuration
from .config_exception import ConfigException

__all__ = [
    "SERVICE_CERT_FILENAME",
    "SERVICE_HOST_ENV_NAME",
    "SERVICE_NAMESPACE_FILENAME",
    "SERVICE_PORT_ENV_NAME",
    "SERVICE_TOKEN_FILENAME",
    "InClusterConfigLoader",
    "load_incluster_config",
]

SERVICE_HOST_ENV_NAME = "KUBERNETES_SERVICE_HOST"
SERVICE_PORT_ENV_NAME = "KUBERNETES_SERVICE_PORT"
SERVICE_TOKEN_FILENAME = "/var/run/secrets/kubernetes.io/serviceaccount/token"
SERVICE_CERT_FILENAME = "/var/run/secrets/kubernetes.io/serviceaccount/ca.crt"
SERVICE_NAMESPACE_FILENAME = "/var/run/secrets/kubernetes.io/serviceaccount/namespace"
#: how often the token file is re-read (client-go and the official client: one minute)
TOKEN_REFRESH_SECONDS = 60.0


def _join_host_port(host: str, port: str) -> str:
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"https://{host}:{port}"


class InClusterConfigLoader:
    """Builds a :class:`Configuration` from the service-account mount and environment."""

    def __init__(
        self,
        token_filename: str | None = None,
        cert_filename: str | None = None,
        try_refresh_token: bool = True,
        environ: Mapping[str, str] | None = None,
        namespace_filename: str | None = None,
    ) -> None:
        self._token_filename = token_filename or SERVICE_TOKEN_FILENAME
        self._cert_filename = cert_filename or SERVICE_CERT_FILENAME
        self._namespace_filename = namespace_filename or SERVICE_NAMESPACE_FILENAME
        self._try_refresh_token = try_refresh_token
        self._environ: Mapping[str, str] = os.environ if environ is None else environ

    def is_available(self) -> bool:
        """Whether this process looks like it runs in a pod (environment and token present)."""
        return bool(
            self._environ.get(SERVICE_HOST_ENV_NAME)
            and self._environ.get(SERVICE_PORT_ENV_NAME)
            and os.path.isfile(self._token_filename)
        )

    def new_configuration(self) -> Configuration:
        host = self._environ.get(SERVICE_HOST_ENV_NAME, "")
        port = self._environ.get(SERVICE_PORT_ENV_NAME, "")
        if not host or not port:
            raise ConfigException(
                f"Service host/port is not set: {SERVICE_HOST_ENV_NAME} and "
                f"{SERVICE_PORT_ENV_NAME} must both be non-empty"
            )
        if not os.path.isfile(self._token_filename):
            raise ConfigException(f"Service token file does not exist: {self._token_filename}")
        if not os.path.isfile(self._cert_filename):
            raise ConfigException(f"Service certificate file does not exist: {self._cert_filename}")
        source = FileToken(
            self._token_filename,
            refresh_interval=TOKEN_REFRESH_SECONDS if self._try_refresh_token else float("inf"),
        )
        try:
            token = source.token()
        except OSError as error:
            raise ConfigException(
                f"cannot read the service token file {self._token_filename}: {error.strerror}"
            ) from None
        if not token:
            raise ConfigException(f"Token file exists but empty: {self._token_filename}")
        cfg = Configuration()
        cfg.host = _join_host_port(host, port)
        cfg.ssl_ca_cert = self._cert_filename
        cfg.token_source = source
        cfg.namespace = self._namespace()
        cfg.source = "in-cluster service account"
        return cfg

    def _namespace(self) -> str:
        namespace = self._environ.get("POD_NAMESPACE")
        if namespace:
            return namespace
        try:
            with open(self._namespace_filename, encoding="utf-8") as file:
                namespace = file.read().strip()
        except OSError:
            namespace = ""
        return namespace or "default"

    def load_and_set(self, client_configuration: Configuration | None = None) -> Configuration:
        built = self.new_configuration()
        if client_configuration is None:
            Configuration.set_default(built)
            return built
        for name in ("host", "ssl_ca_cert", "token_source", "namespace", "source"):
            setattr(client_configuration, name, getattr(built, name))
        client_configuration.ca_cert_data = None
        client_configuration.verify_ssl = True
        client_configuration.api_key.pop("authorization", None)
        return client_configuration


def load_incluster_config(
    client_configuration: Configuration | None = None, try_refresh_token: bool = True
) -> None:
    """Use the pod's service account: into ``client_configuration`` if given, else as the
    default configuration."""
    InClusterConfigLoader(try_refresh_token=try_refresh_token).load_and_set(client_configuration)
