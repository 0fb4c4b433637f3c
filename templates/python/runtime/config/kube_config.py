"""Loading kubeconfig files exactly as kubectl (client-go ``clientcmd``) does.

* ``KUBECONFIG`` holds a list of files separated by ``os.pathsep``; duplicates are dropped and
  missing files skipped (an error only if every file is missing); empty files are allowed.
* Clusters, users and contexts are keyed by name: **the first file defining a name wins**, and
  its whole entry is used. ``current-context`` is the first non-empty value in file order.
* An explicit ``config_file`` must exist and is not merged with anything.
* Relative paths resolve against the directory of the file that names them; ``*-data`` beats
  the matching file field.
* Invalid combinations are rejected: a CA with ``insecure-skip-tls-verify``, a token with
  basic auth, ``exec`` with ``auth-provider``, a client certificate without its key.
* ``tokenFile`` is re-read every minute; ``exec`` runs a credential plugin
  (:mod:`.exec_provider`, ignored when a token, basic auth or a client certificate is given, as
  in client-go); the ``oidc`` auth-provider refreshes its id-token (:mod:`.oidc`) and writes it
  back into the file that defines the user; ``gcp``/``azure`` point to their exec plugins.

Errors name the file and the place in it (``users[2].user.client-certificate``); credentials
never appear in messages or reprs.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import copy
import json
import logging
import os
import ssl
import stat
import tempfile
import threading
import urllib.parse
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml

from .. import _kubeyaml as kubeyaml
from ..client.api_client import ApiClient
from ..client.auth import FileToken
from ..client.configuration import Configuration
from ..client.configuration import _pem_path as pem_path
from .config_exception import ConfigException
from .exec_provider import EXEC_EXTENSION, ExecConfig, cluster_info, exec_plugin_for
from .oidc import OidcAuthProvider, shared_provider

__all__ = [
    "ENV_KUBECONFIG_PATH_SEPARATOR",
    "KUBE_CONFIG_DEFAULT_LOCATION",
    "KubeConfig",
    "KubeConfigLoader",
    "kubeconfig_paths",
    "list_kube_config_contexts",
    "load_kube_config",
    "load_kube_config_from_dict",
    "new_client_from_config",
    "new_client_from_config_dict",
    "update_auth_provider_config",
]

logger = logging.getLogger(__name__.rsplit(".", 2)[0])

ENV_KUBECONFIG_PATH_SEPARATOR = os.pathsep
#: the official client's constant (read again from the environment on every load)
KUBE_CONFIG_DEFAULT_LOCATION = os.environ.get("KUBECONFIG", "~/.kube/config")
_DEFAULT_PATH = "~/.kube/config"
#: how often a ``tokenFile`` is re-read (client-go: one minute)
TOKEN_FILE_REFRESH_SECONDS = 60.0

PathLike = str | os.PathLike[str]

#: what a kubeconfig sets on a Configuration (other settings of a given one are kept)
_LOADED_ATTRIBUTES = (
    "host",
    "verify_ssl",
    "ssl_ca_cert",
    "ca_cert_data",
    "tls_server_name",
    "proxy",
    "disable_compression",
    "cert_file",
    "key_file",
    "cert_data",
    "key_data",
    "token_source",
    "username",
    "password",
    "impersonate_user",
    "impersonate_uid",
    "impersonate_groups",
    "impersonate_extra",
    "namespace",
    "source",
)


@dataclass(frozen=True)
class _Entry:
    """One named entry of a kubeconfig list, and where it came from."""

    name: str
    value: Mapping[str, Any]
    file: str | None
    #: e.g. ``users[2].user``
    place: str

    def where(self, key: str | None = None) -> str:
        place = f"{self.place}.{key}" if key else self.place
        return f"{self.file or '<dict>'}: {place}"

    @property
    def base_dir(self) -> str:
        return os.path.dirname(os.path.abspath(self.file)) if self.file else os.getcwd()


@dataclass
class KubeConfig:
    """One or more kubeconfig files merged by kubectl's rules."""

    files: list[str] = field(default_factory=list)
    clusters: dict[str, _Entry] = field(default_factory=dict)
    users: dict[str, _Entry] = field(default_factory=dict)
    contexts: dict[str, _Entry] = field(default_factory=dict)
    current_context: str | None = None
    preferences: Mapping[str, Any] = field(default_factory=dict)
    #: directory for relative paths of a config given as a dict
    base_dir: str | None = None

    @classmethod
    def from_files(cls, paths: Sequence[str]) -> KubeConfig:
        merged = cls()
        for path in paths:
            merged.merge(_read_file(path), path)
        return merged

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], base_dir: str | None = None) -> KubeConfig:
        merged = cls(base_dir=base_dir)
        merged.merge(data, None)
        if base_dir is not None:
            merged._rebase(base_dir)
        return merged

    def _rebase(self, base_dir: str) -> None:
        # entries of a dict config resolve relative paths against ``base_dir``
        fake = os.path.join(base_dir, "<dict>")
        for table in (self.clusters, self.users, self.contexts):
            for name, entry in table.items():
                table[name] = _Entry(entry.name, entry.value, fake, entry.place)

    def merge(self, data: Mapping[str, Any], path: str | None) -> None:
        """Add one file's content; names already defined by an earlier file are kept."""
        if path is not None:
            self.files.append(path)
        where = path or "<dict>"
        for section, key, table in (
            ("clusters", "cluster", self.clusters),
            ("users", "user", self.users),
            ("contexts", "context", self.contexts),
        ):
            items = data.get(section) or []
            if not isinstance(items, list):
                raise ConfigException(f"{where}: {section} must be a list")
            seen: set[str] = set()
            for index, item in enumerate(items):
                place = f"{section}[{index}]"
                if not isinstance(item, Mapping):
                    raise ConfigException(f"{where}: {place} must be a mapping")
                name = item.get("name")
                if not isinstance(name, str) or not name:
                    raise ConfigException(f"{where}: {place}.name is missing")
                if name in seen:
                    # client-go refuses a name listed twice in one file
                    raise ConfigException(f"{where}: {place}: duplicate name {name!r}")
                seen.add(name)
                value = item.get(key) or {}
                if not isinstance(value, Mapping):
                    raise ConfigException(f"{where}: {place}.{key} must be a mapping")
                if name not in table:
                    table[name] = _Entry(name, value, path, f"{place}.{key}")
        current = data.get("current-context")
        if current and not isinstance(current, str):
            raise ConfigException(f"{where}: current-context must be a string")
        if current and not self.current_context:
            self.current_context = current
        preferences = data.get("preferences")
        if preferences and not self.preferences and isinstance(preferences, Mapping):
            self.preferences = preferences

    def describe(self) -> str:
        if not self.files:
            return "the given kubeconfig"
        return ", ".join(self.files)


def _read_file(path: str) -> Mapping[str, Any]:
    try:
        with open(path, encoding="utf-8") as file:
            text = file.read()
    except OSError as error:
        raise ConfigException(f"cannot read kubeconfig {path}: {error.strerror}") from None
    except UnicodeDecodeError as error:
        # the position only: the bytes around it may be a credential
        raise ConfigException(f"{path}: not UTF-8 text (at byte {error.start})") from None
    try:
        data = kubeyaml.load(text)  # as kubectl reads it
    except ValueError:
        # PyYAML raises it for an escape beyond Unicode ("\U7fffffff")
        raise ConfigException(f"{path}: invalid YAML: an escape outside Unicode") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or "invalid YAML"
        at = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        raise ConfigException(f"{path}: invalid YAML{at}: {problem}") from None
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise ConfigException(f"{path}: a kubeconfig must be a YAML mapping")
    return data


def kubeconfig_paths(config_file: PathLike | Sequence[PathLike] | None = None) -> list[str]:
    """The files to load: an explicit file (must exist), an explicit list (merged, missing
    skipped), else ``KUBECONFIG`` (merged, missing skipped), else ``~/.kube/config``."""
    if isinstance(config_file, str | os.PathLike):
        path = os.path.expanduser(os.fspath(config_file))
        if not os.path.exists(path):
            raise ConfigException(f"the kubeconfig file {path} does not exist")
        return [path]
    if config_file is not None:
        candidates = [os.fspath(item) for item in config_file]
        origin = "the given kubeconfig files"
    else:
        env = os.environ.get("KUBECONFIG")
        if env is None or not env.strip(ENV_KUBECONFIG_PATH_SEPARATOR):
            path = os.path.expanduser(_DEFAULT_PATH)
            if not os.path.exists(path):
                raise ConfigException(
                    f"Invalid kube-config file. No configuration found ({path} does not exist "
                    "and KUBECONFIG is not set)."
                )
            return [path]
        candidates = env.split(ENV_KUBECONFIG_PATH_SEPARATOR)
        origin = "KUBECONFIG"
    paths: list[str] = []
    for candidate in candidates:
        if not candidate:
            continue
        path = os.path.expanduser(candidate)
        if path in paths:
            continue
        if not os.path.exists(path):
            logger.debug("skipping missing kubeconfig %s", path)
            continue
        paths.append(path)
    if not paths:
        listed = ", ".join(c for c in candidates if c)
        raise ConfigException(f"none of the files in {origin} exist: {listed}")
    return paths


class KubeConfigLoader:
    """Turns a merged kubeconfig and a context into a :class:`Configuration`."""

    def __init__(
        self,
        config: KubeConfig | Mapping[str, Any],
        active_context: str | None = None,
        config_base_path: str | None = None,
        persist_config: bool = True,
    ) -> None:
        if not isinstance(config, KubeConfig):
            config = KubeConfig.from_dict(config, base_dir=config_base_path or None)
        self.config = config
        self.persist_config = persist_config
        self._context_name: str | None = None
        self.set_active_context(active_context)

    # -- contexts --------------------------------------------------------------------------

    def set_active_context(self, context_name: str | None = None) -> None:
        name = context_name or self.config.current_context
        if not name:
            raise ConfigException(
                f"current-context is not set in {self.config.describe()} and no context was given"
            )
        if name not in self.config.contexts:
            raise ConfigException(f"context {name!r} does not exist in {self.config.describe()}")
        self._context_name = name

    def list_contexts(self) -> list[dict[str, Any]]:
        return [
            {"name": name, "context": copy.deepcopy(dict(entry.value))}
            for name, entry in self.config.contexts.items()
        ]

    @property
    def current_context(self) -> dict[str, Any]:
        assert self._context_name is not None
        entry = self.config.contexts[self._context_name]
        return {"name": entry.name, "context": copy.deepcopy(dict(entry.value))}

    # -- building the configuration ------------------------------------------------------

    def load_and_set(self, client_configuration: Configuration) -> None:
        """Fill ``client_configuration`` from the active context (all or nothing)."""
        built = self.new_configuration()
        for name in _LOADED_ATTRIBUTES:
            setattr(client_configuration, name, getattr(built, name))
        client_configuration.api_key.pop("authorization", None)
        client_configuration.api_key.update(built.api_key)

    def new_configuration(self) -> Configuration:
        assert self._context_name is not None
        context = self.config.contexts[self._context_name]
        cfg = Configuration()
        cfg.source = f"{context.file or '<dict>'} (context {context.name})"
        # references must be strings: anything else would be echoed into the error message
        cluster_name = _string(context, "cluster")
        if not cluster_name:
            raise ConfigException(f"{context.where('cluster')}: the context names no cluster")
        cluster = self.config.clusters.get(str(cluster_name))
        if cluster is None:
            raise ConfigException(
                f"{context.where('cluster')}: cluster {cluster_name!r} does not exist in "
                f"{self.config.describe()}"
            )
        user: _Entry | None = None
        user_name = _string(context, "user")
        if user_name:
            user = self.config.users.get(str(user_name))
            if user is None:
                raise ConfigException(
                    f"{context.where('user')}: user {user_name!r} does not exist in "
                    f"{self.config.describe()}"
                )
        # a string or nothing: any other value is named by type, never shown (it may hold a
        # credential copied from elsewhere in the file)
        cfg.namespace = _string(context, "namespace") or "default"
        self._set_cluster(cfg, cluster)
        if user is not None:
            self._set_user(cfg, user, cluster)
        _check_tls(cfg, cluster, user)
        return cfg

    def _set_cluster(self, cfg: Configuration, cluster: _Entry) -> None:
        value = cluster.value
        server = _string(cluster, "server")
        if not server:
            raise ConfigException(f"{cluster.where('server')}: no server found for the cluster")
        if "://" not in server:
            server = "https://" + server
        cfg.host = server.rstrip("/")
        insecure = _boolean(cluster, "insecure-skip-tls-verify")
        ca_data = _data(cluster, "certificate-authority-data")
        ca_file = None if ca_data else _path(cluster, "certificate-authority")
        if insecure and (ca_data or value.get("certificate-authority")):
            raise ConfigException(
                f"{cluster.where()}: specifying a root certificates file with the insecure flag "
                "is not allowed"
            )
        cfg.verify_ssl = not insecure
        cfg.ca_cert_data = ca_data
        cfg.ssl_ca_cert = ca_file
        cfg.tls_server_name = _string(cluster, "tls-server-name") or None
        proxy = _string(cluster, "proxy-url")
        if proxy:
            scheme = urllib.parse.urlsplit(proxy).scheme
            if scheme not in ("http", "https", "socks5", "socks5h"):
                raise ConfigException(
                    f"{cluster.where('proxy-url')}: unsupported proxy scheme {scheme!r} "
                    "(http, https or socks5)"
                )
            cfg.proxy = proxy
        cfg.disable_compression = _boolean(cluster, "disable-compression")

    def _set_user(self, cfg: Configuration, user: _Entry, cluster: _Entry) -> None:
        value = user.value
        if value.get("exec") and value.get("auth-provider"):
            raise ConfigException(
                f"{user.where()}: exec and auth-provider are both set; only one may be used"
            )
        token = _string(user, "token")
        token_file = _path(user, "tokenFile")
        username = _string(user, "username")
        password = _string(user, "password")
        if (token or token_file) and (username or password):
            raise ConfigException(
                f"{user.where()}: username/password or bearer token may be set, but not both"
            )
        cert_data = _data(user, "client-certificate-data")
        key_data = _data(user, "client-key-data")
        cert_file = None if cert_data else _path(user, "client-certificate")
        key_file = None if key_data else _path(user, "client-key")
        if (cert_data or cert_file) and not (key_data or key_file):
            raise ConfigException(
                f"{user.where()}: client-key-data or client-key must be specified to use the "
                "client certificate"
            )
        if (key_data or key_file) and not (cert_data or cert_file):
            raise ConfigException(
                f"{user.where()}: client-certificate-data or client-certificate must be "
                "specified to use the client key"
            )
        cfg.cert_data, cfg.key_data = cert_data, key_data
        cfg.cert_file, cfg.key_file = cert_file, key_file

        if token_file:
            # the token (if any) is used first; the file is re-read every minute
            cfg.token_source = FileToken(
                token_file, refresh_interval=TOKEN_FILE_REFRESH_SECONDS, initial=token or None
            )
            if not token:
                try:
                    cfg.token_source.token()
                except OSError as error:
                    raise ConfigException(
                        f"{user.where('tokenFile')}: cannot read {token_file}: {error.strerror}"
                    ) from None
        elif token:
            cfg.api_key["authorization"] = "Bearer " + token
        if username or password:
            cfg.username = username
            cfg.password = password

        self._set_plugin(cfg, user, cluster)
        self._set_impersonation(cfg, user)

    def _set_plugin(self, cfg: Configuration, user: _Entry, cluster: _Entry) -> None:
        provider = user.value.get("auth-provider")
        if provider:
            name = provider.get("name") if isinstance(provider, Mapping) else None
            if name == "gcp":
                raise ConfigException(
                    f"{user.where('auth-provider')}: the gcp auth provider was removed from "
                    "Kubernetes clients; use the gke-gcloud-auth-plugin exec plugin"
                )
            if name == "azure":
                raise ConfigException(
                    f"{user.where('auth-provider')}: the azure auth provider was removed from "
                    "Kubernetes clients; use the kubelogin exec plugin"
                )
            if name == "oidc":
                cfg.token_source = self._oidc(user)
                return
            shown = repr(name) if isinstance(name, str) else f"of type {type(name).__name__}"
            raise ConfigException(
                f"{user.where('auth-provider.name')}: unknown auth provider {shown}"
            )
        if user.value.get("exec"):
            exec_config = ExecConfig.parse(
                user.value["exec"],
                user.where("exec"),
                base_dir=user.base_dir,
                cluster=self._exec_cluster_info(cfg, cluster),
            )
            static = (
                cfg.token_source is not None
                or "authorization" in cfg.api_key
                or cfg.username
                or cfg.password
                or cfg.cert_data
                or cfg.cert_file
            )
            if static:
                # client-go: a token, basic auth or a client certificate given with the exec
                # plugin is used instead of it (the plugin is never run)
                logger.debug(
                    "%s: static credentials given, the exec plugin is not used", user.where()
                )
                return
            cfg.token_source = exec_plugin_for(exec_config)

    def _exec_cluster_info(self, cfg: Configuration, cluster: _Entry) -> dict[str, Any]:
        ca_data = cfg.ca_cert_data
        if ca_data is None and cfg.ssl_ca_cert:
            try:
                with open(cfg.ssl_ca_cert, "rb") as file:
                    ca_data = file.read()
            except OSError as error:
                raise ConfigException(
                    f"{cluster.where('certificate-authority')}: cannot read "
                    f"{cfg.ssl_ca_cert}: {error.strerror}"
                ) from None
        extension = None
        extensions = cluster.value.get("extensions") or []
        if isinstance(extensions, list):
            for item in extensions:
                if isinstance(item, Mapping) and item.get("name") == EXEC_EXTENSION:
                    extension = item.get("extension")
        return cluster_info(
            cfg.host,
            tls_server_name=cfg.tls_server_name,
            insecure=not cfg.verify_ssl,
            ca_data=ca_data,
            proxy_url=cfg.proxy,
            disable_compression=cfg.disable_compression,
            extension=extension,
        )

    def _oidc(self, user: _Entry) -> OidcAuthProvider:
        provider = user.value["auth-provider"]
        settings = provider.get("config") or {}
        where = user.where("auth-provider.config")
        if not isinstance(settings, Mapping) or not all(
            isinstance(v, str | int | float) for v in settings.values()
        ):
            raise ConfigException(f"{where}: must be a mapping of strings")
        settings = {str(k): str(v) for k, v in settings.items()}
        if not settings.get("client-id"):
            raise ConfigException(f"{where}: the oidc auth provider needs client-id")
        if not settings.get("idp-issuer-url"):
            raise ConfigException(f"{where}: the oidc auth provider needs idp-issuer-url")
        auth = _Entry(user.name, settings, user.file, f"{user.place}.auth-provider.config")
        ca_data = _data(auth, "idp-certificate-authority-data")
        ca_file = None if ca_data else _path(auth, "idp-certificate-authority")
        _check_ca(auth, "idp-certificate-authority", ca_data, ca_file)
        persister = None
        if self.persist_config and user.file is not None and user.file in self.config.files:
            persister = _auth_provider_persister(user.file, user.name)
        key = json.dumps(
            [user.file, user.name, self.persist_config, sorted(settings.items())], default=str
        )
        return shared_provider(
            key,
            lambda: OidcAuthProvider(
                settings, ca_data=ca_data, ca_file=ca_file, persister=persister, where=where
            ),
        )

    def _set_impersonation(self, cfg: Configuration, user: _Entry) -> None:
        value = user.value
        cfg.impersonate_user = _string(user, "as") or None
        cfg.impersonate_uid = _string(user, "as-uid") or None
        groups = value.get("as-groups") or []
        if not isinstance(groups, list) or not all(isinstance(g, str) for g in groups):
            raise ConfigException(f"{user.where('as-groups')}: must be a list of strings")
        cfg.impersonate_groups = list(groups)
        extra = value.get("as-user-extra") or {}
        if not isinstance(extra, Mapping):
            raise ConfigException(f"{user.where('as-user-extra')}: must be a mapping")
        cfg.impersonate_extra = {}
        for key, values in extra.items():
            if isinstance(values, str):
                values = [values]
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise ConfigException(
                    f"{user.where(f'as-user-extra.{key}')}: must be a list of strings"
                )
            cfg.impersonate_extra[str(key)] = list(values)
        if (cfg.impersonate_groups or cfg.impersonate_extra or cfg.impersonate_uid) and not (
            cfg.impersonate_user
        ):
            raise ConfigException(
                f"{user.where()}: as-groups, as-uid and as-user-extra need 'as' (the user to "
                "impersonate)"
            )


def _string(entry: _Entry, key: str) -> str:
    value = entry.value.get(key)
    if value is None:
        return ""
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise ConfigException(f"{entry.where(key)}: must be a string")
    return str(value)


def _boolean(entry: _Entry, key: str) -> bool:
    value = entry.value.get(key)
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    raise ConfigException(f"{entry.where(key)}: must be true or false")


def _data(entry: _Entry, key: str) -> bytes | None:
    value = entry.value.get(key)
    if not value:
        return None
    if not isinstance(value, str):
        raise ConfigException(f"{entry.where(key)}: must be a base64 string")
    try:
        return base64.b64decode("".join(value.split()), validate=True)
    except (binascii.Error, ValueError):
        raise ConfigException(f"{entry.where(key)}: is not valid base64") from None


def _check_tls(cfg: Configuration, cluster: _Entry, user: _Entry | None) -> None:
    """Load the CA and the client certificate and key now, as client-go does when it builds
    the transport: material that is not PEM is a ConfigException naming the file and the
    key, at load time rather than at the first request. The message shows OpenSSL's reason
    code only, never the bytes (they may be a private key)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if cfg.verify_ssl:
        _check_ca(cluster, "certificate-authority", cfg.ca_cert_data, cfg.ssl_ca_cert, context)
    if user is None or not (cfg.cert_data or cfg.cert_file):
        return
    cert_key = "client-certificate-data" if cfg.cert_data else "client-certificate"
    key_key = "client-key-data" if cfg.key_data else "client-key"
    try:
        # the certificate alone first, so that an error names the right key
        with pem_path(cfg.cert_data, cfg.cert_file) as cert_path:
            ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT).load_verify_locations(cafile=cert_path)
    except (OSError, ssl.SSLError, ValueError) as error:
        raise ConfigException(
            f"{user.where(cert_key)}: no valid PEM certificate ({_reason(error)})"
        ) from None
    encrypted: list[bool] = []

    def password() -> bytes:
        # an encrypted key is left to OpenSSL's prompt at the first connection, as before
        encrypted.append(True)
        return b""

    try:
        with (
            pem_path(cfg.cert_data, cfg.cert_file) as cert_path,
            pem_path(cfg.key_data, cfg.key_file) as key_path,
        ):
            context.load_cert_chain(cert_path or "", key_path, password=password)
    except (OSError, ssl.SSLError, ValueError) as error:
        if not encrypted:
            raise ConfigException(
                f"{user.where(key_key)}: no valid PEM private key for the client certificate "
                f"({_reason(error)})"
            ) from None


def _check_ca(
    entry: _Entry,
    key: str,
    data: bytes | None,
    path: str | None,
    context: ssl.SSLContext | None = None,
) -> None:
    """The CA of ``key`` (``data`` from ``<key>-data``, else the file ``path``) loads."""
    if not (data or path):
        return
    context = context or ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    try:
        if data:
            context.load_verify_locations(cadata=_pem_text(data))
        else:
            context.load_verify_locations(cafile=path)
    except (OSError, ssl.SSLError, ValueError) as error:
        place = entry.where(f"{key}-data" if data else key)
        raise ConfigException(f"{place}: no valid PEM certificate ({_reason(error)})") from None


def _pem_text(data: bytes | str) -> str:
    # ssl reads bytes as DER: PEM must be given as text
    return data.decode("utf-8") if isinstance(data, bytes) else data


def _reason(error: BaseException) -> str:
    """What went wrong without the data: OpenSSL's reason (fixed texts), or the OS error."""
    if isinstance(error, ssl.SSLError):
        text = error.args[1] if len(error.args) > 1 and isinstance(error.args[1], str) else ""
        return str(error.reason or text.split(" (_ssl.c:")[0] or "invalid PEM")
    if isinstance(error, UnicodeError):
        # (its message would show the offending character)
        return "not ASCII text"
    if isinstance(error, OSError):
        return str(error.strerror or type(error).__name__)
    return "invalid PEM"


def _path(entry: _Entry, key: str) -> str | None:
    value = _string(entry, key)
    if not value:
        return None
    path = os.path.expanduser(value)
    if not os.path.isabs(path):
        path = os.path.join(entry.base_dir, path)
    path = os.path.normpath(path)
    if not os.path.exists(path):
        raise ConfigException(f"{entry.where(key)}: the file {path} does not exist")
    return path


# -- writing refreshed credentials back ------------------------------------------------------

_persist_lock = threading.Lock()


def _auth_provider_persister(path: str, user_name: str) -> Callable[[dict[str, str]], None]:
    def persist(updates: dict[str, str]) -> None:
        update_auth_provider_config(path, user_name, updates)

    return persist


def update_auth_provider_config(path: str, user_name: str, updates: Mapping[str, str]) -> None:
    """Write ``updates`` into ``users[name=user_name].user.auth-provider.config`` of the
    kubeconfig ``path``, changing nothing else. Atomic: a temporary file in the same directory
    (with the file's permissions) is renamed over the original."""
    # a symlinked kubeconfig (dotfiles) keeps its link: the file it points to is replaced
    path = os.path.realpath(path)
    with _persist_lock:
        data = _read_file(path)
        data = dict(data)
        users = data.get("users")
        target = None
        if isinstance(users, list):
            for item in users:
                if isinstance(item, dict) and item.get("name") == user_name:
                    target = item
                    break
        user = target.get("user") if target is not None else None
        provider = user.get("auth-provider") if isinstance(user, dict) else None
        if not isinstance(provider, dict):
            raise ConfigException(
                f"{path}: user {user_name!r} has no auth-provider any more; not saving the "
                "refreshed token"
            )
        settings = provider.get("config")
        if not isinstance(settings, dict):
            settings = provider["config"] = {}
        settings.update(updates)
        text = kubeyaml.dump(data, sort_keys=False, default_flow_style=False)
        directory = os.path.dirname(os.path.abspath(path))
        try:
            mode = stat.S_IMODE(os.stat(path).st_mode)
        except OSError:
            mode = 0o600
        fd, temp = tempfile.mkstemp(prefix=".kubeconfig-", dir=directory)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as file:
                os.fchmod(file.fileno(), mode)
                file.write(text)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise


# -- public functions (official client names) ------------------------------------------------


def _loader(
    config_file: PathLike | Sequence[PathLike] | None,
    context: str | None,
    persist_config: bool,
) -> KubeConfigLoader:
    merged = KubeConfig.from_files(kubeconfig_paths(config_file))
    return KubeConfigLoader(merged, active_context=context, persist_config=persist_config)


def _apply(loader: KubeConfigLoader, client_configuration: Configuration | None) -> Configuration:
    if client_configuration is None:
        built = loader.new_configuration()
        Configuration.set_default(built)
        return built
    loader.load_and_set(client_configuration)
    return client_configuration


def load_kube_config(
    config_file: PathLike | Sequence[PathLike] | None = None,
    context: str | None = None,
    client_configuration: Configuration | None = None,
    persist_config: bool = True,
    temp_file_path: str | None = None,
) -> None:
    """Load a kubeconfig: into ``client_configuration`` if given, else as the default
    configuration of ``ApiClient()``/``AsyncApiClient()`` without arguments.

    ``config_file``: None (``KUBECONFIG``, else ``~/.kube/config``), one path (must exist, not
    merged), or a list of paths (merged as ``KUBECONFIG``). ``context``: the context to use
    instead of ``current-context``.
    """
    _apply(_loader(config_file, context, persist_config), client_configuration)


def load_kube_config_from_dict(
    config_dict: Mapping[str, Any],
    context: str | None = None,
    client_configuration: Configuration | None = None,
    persist_config: bool = True,
    temp_file_path: str | None = None,
    config_base_path: str | None = None,
) -> None:
    """Like :func:`load_kube_config` for an already parsed kubeconfig; relative paths resolve
    against ``config_base_path`` (default: the working directory)."""
    loader = KubeConfigLoader(
        KubeConfig.from_dict(config_dict, base_dir=config_base_path),
        active_context=context,
        persist_config=persist_config,
    )
    _apply(loader, client_configuration)


def list_kube_config_contexts(
    config_file: PathLike | Sequence[PathLike] | None = None,
) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    """``(contexts, current)``: every context as ``{"name": ..., "context": {...}}`` and the
    current one (None when ``current-context`` is unset or names no context)."""
    merged = KubeConfig.from_files(kubeconfig_paths(config_file))
    if not merged.contexts:
        raise ConfigException(f"no contexts are defined in {merged.describe()}")
    contexts = [
        {"name": name, "context": copy.deepcopy(dict(entry.value))}
        for name, entry in merged.contexts.items()
    ]
    current = next((c for c in contexts if c["name"] == merged.current_context), None)
    return contexts, current


def new_client_from_config(
    config_file: PathLike | Sequence[PathLike] | None = None,
    context: str | None = None,
    persist_config: bool = True,
    client_configuration: Configuration | None = None,
) -> ApiClient:
    """An :class:`ApiClient` for a kubeconfig context; the default configuration is not
    touched."""
    configuration = client_configuration or Configuration()
    _loader(config_file, context, persist_config).load_and_set(configuration)
    return ApiClient(configuration=configuration)


def new_client_from_config_dict(
    config_dict: Mapping[str, Any],
    context: str | None = None,
    persist_config: bool = True,
    temp_file_path: str | None = None,
    config_base_path: str | None = None,
) -> ApiClient:
    configuration = Configuration()
    load_kube_config_from_dict(
        config_dict,
        context=context,
        client_configuration=configuration,
        persist_config=persist_config,
        config_base_path=config_base_path,
    )
    return ApiClient(configuration=configuration)
