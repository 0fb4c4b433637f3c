"""Exec credential plugins (kubeconfig ``users[].user.exec``), as client-go runs them.

A plugin is a command that prints an ``ExecCredential`` (``client.authentication.k8s.io/v1``
or ``v1beta1``) holding a bearer token or a client certificate and key, optionally with an
``expirationTimestamp``. :class:`ExecCredentialPlugin` is a :class:`TokenSource`:

* the credential is cached until ``expirationTimestamp`` has passed (for the whole process when
  there is none), and one plugin object is shared by every configuration with the same exec
  config and cluster (:func:`exec_plugin_for`), so clients do not each run the plugin;
* after a 401 the plugin runs once more, unless the credential has changed meanwhile;
* the environment is the parent's plus ``env`` plus ``KUBERNETES_EXEC_INFO`` (with the cluster
  and the ``client.authentication.k8s.io/exec`` extension when ``provideClusterInfo`` is set);
* ``interactiveMode``: ``Never`` runs without stdin, ``IfAvailable`` attaches stdin only when it
  is a terminal, ``Always`` fails when it is not;
* the asyncio client runs the plugin in a worker thread, never on the event loop;
* a failure raises :class:`ExecPluginError` with the plugin's exit code and stderr; the
  credential (stdout) never appears in messages or reprs.
"""

from __future__ import annotations

import asyncio
import base64
import datetime as _dt
import json
import logging
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..client.auth import TokenSource
from .config_exception import ConfigException

__all__ = [
    "EXEC_INFO_ENV",
    "SUPPORTED_API_VERSIONS",
    "ExecConfig",
    "ExecCredential",
    "ExecCredentialPlugin",
    "ExecPluginError",
    "ExecProvider",
    "clear_exec_cache",
    "exec_plugin_for",
]

logger = logging.getLogger(__name__.rsplit(".", 2)[0])

V1 = "client.authentication.k8s.io/v1"
V1BETA1 = "client.authentication.k8s.io/v1beta1"
SUPPORTED_API_VERSIONS = (V1, V1BETA1)
INTERACTIVE_MODES = ("Never", "IfAvailable", "Always")
EXEC_INFO_ENV = "KUBERNETES_EXEC_INFO"
#: the cluster extension handed to the plugin as ``spec.cluster.config``
EXEC_EXTENSION = "client.authentication.k8s.io/exec"
#: longest stderr excerpt kept in an error message
_STDERR_LIMIT = 4000


class ExecPluginError(ConfigException):
    """An exec credential plugin could not be run or gave no usable credential. The message
    has the exit code and stderr, never the credential."""


@dataclass(frozen=True)
class ExecConfig:
    """A validated ``user.exec`` section (and, with ``provideClusterInfo``, the cluster)."""

    api_version: str
    command: str
    args: tuple[str, ...] = field(default=(), repr=False)
    env: tuple[tuple[str, str], ...] = field(default=(), repr=False)
    install_hint: str = ""
    provide_cluster_info: bool = False
    interactive_mode: str = "IfAvailable"
    #: ``spec.cluster`` for KUBERNETES_EXEC_INFO (only with ``provideClusterInfo``)
    cluster: Mapping[str, Any] | None = field(default=None, repr=False)
    #: where it came from, for messages (``/path/config: users[1].user.exec``)
    where: str = field(default="", compare=False)

    def cache_key(self) -> str:
        return json.dumps(
            {
                "apiVersion": self.api_version,
                "command": self.command,
                "args": list(self.args),
                "env": [list(pair) for pair in self.env],
                "provideClusterInfo": self.provide_cluster_info,
                "interactiveMode": self.interactive_mode,
                "cluster": self.cluster,
            },
            sort_keys=True,
            default=str,
        )

    @classmethod
    def parse(
        cls,
        value: Any,
        where: str,
        base_dir: str | None = None,
        cluster: Mapping[str, Any] | None = None,
    ) -> ExecConfig:
        """Validate a kubeconfig ``exec`` mapping. A command with a path separator but not
        absolute is resolved against ``base_dir`` (the kubeconfig's directory), as kubectl."""
        if not isinstance(value, Mapping):
            raise ConfigException(f"{where}: must be a mapping")
        api_version = value.get("apiVersion")
        if api_version not in SUPPORTED_API_VERSIONS:
            if api_version == "client.authentication.k8s.io/v1alpha1":
                detail = "v1alpha1 was removed from Kubernetes; use v1 or v1beta1"
            else:
                detail = "supported: " + ", ".join(SUPPORTED_API_VERSIONS)
            raise ConfigException(
                f"{where}.apiVersion: unsupported exec plugin apiVersion {_shown(api_version)} "
                f"({detail})"
            )
        command = value.get("command")
        if not isinstance(command, str) or not command:
            raise ConfigException(f"{where}.command: the exec plugin has no command")
        if os.sep in command and not os.path.isabs(command) and base_dir:
            command = os.path.normpath(os.path.join(base_dir, command))
        args = value.get("args") or []
        if not isinstance(args, list) or not all(isinstance(a, str) for a in args):
            raise ConfigException(f"{where}.args: must be a list of strings")
        env: list[tuple[str, str]] = []
        items = value.get("env") or []
        if not isinstance(items, list):
            raise ConfigException(f"{where}.env: must be a list")
        for index, item in enumerate(items):
            if (
                not isinstance(item, Mapping)
                or not isinstance(item.get("name"), str)
                or not item.get("name")
                or not isinstance(item.get("value", ""), str)
            ):
                raise ConfigException(
                    f"{where}.env[{index}]: must be a mapping with a name and a string value"
                )
            env.append((item["name"], item.get("value") or ""))
        mode = value.get("interactiveMode")
        if not mode:
            if api_version == V1:
                raise ConfigException(
                    f"{where}.interactiveMode: required for {V1} (Never, IfAvailable or Always)"
                )
            mode = "IfAvailable"
        if not isinstance(mode, str) or mode not in INTERACTIVE_MODES:
            raise ConfigException(
                f"{where}.interactiveMode: invalid value {_shown(mode)} "
                "(Never, IfAvailable or Always)"
            )
        provide = value.get("provideClusterInfo", False)
        if not isinstance(provide, bool):
            raise ConfigException(f"{where}.provideClusterInfo: must be true or false")
        hint = value.get("installHint") or ""
        if not isinstance(hint, str):
            raise ConfigException(f"{where}.installHint: must be a string")
        return cls(
            api_version=api_version,
            command=command,
            args=tuple(args),
            env=tuple(env),
            install_hint=hint,
            provide_cluster_info=provide,
            interactive_mode=mode,
            cluster=dict(cluster) if provide and cluster is not None else None,
            where=where,
        )


@dataclass(frozen=True)
class ExecCredential:
    """What a plugin returned. Never printed with its secrets."""

    token: str | None = field(default=None, repr=False)
    client_certificate: bytes | None = field(default=None, repr=False)
    client_key: bytes | None = field(default=None, repr=False)
    #: seconds since the epoch; None: valid for the whole process
    expires_at: float | None = None

    def expired(self, now: float) -> bool:
        return self.expires_at is not None and now >= self.expires_at

    @property
    def certificate_pair(self) -> tuple[bytes, bytes] | None:
        if self.client_certificate and self.client_key:
            return self.client_certificate, self.client_key
        return None


def stdin_is_terminal() -> bool:
    """Whether standard input is a terminal (an interactive plugin may ask for input)."""
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (ValueError, OSError):
        return False


class ExecCredentialPlugin(TokenSource):
    """Runs an exec plugin and caches its credential (a :class:`TokenSource` that can also
    supply a client certificate). Use :func:`exec_plugin_for` to share one per config."""

    #: how long a run may take before it is abandoned (None: no limit, as client-go)
    timeout: float | None = None

    def __init__(
        self,
        config: ExecConfig,
        *,
        clock: Callable[[], float] = time.time,
        stdin_is_terminal: Callable[[], bool] | None = None,
    ) -> None:
        self.config = config
        self._clock = clock
        self._terminal = stdin_is_terminal
        self._lock = threading.Lock()
        self._credential: ExecCredential | None = None
        #: how many times the plugin ran (for diagnostics and tests)
        self.runs = 0

    def __repr__(self) -> str:
        return f"<ExecCredentialPlugin command={self.config.command!r}>"

    # -- the credential ------------------------------------------------------------------

    def _cached(self) -> ExecCredential | None:
        credential = self._credential
        if credential is not None and not credential.expired(self._clock()):
            return credential
        return None

    def credential(self) -> ExecCredential:
        """The cached credential, or a fresh one from the plugin (runs it, blocking)."""
        cached = self._cached()
        if cached is not None:
            return cached
        with self._lock:
            cached = self._cached()
            if cached is not None:
                return cached
            self._credential = self._run()
            return self._credential

    async def acredential(self) -> ExecCredential:
        cached = self._cached()
        if cached is not None:
            return cached
        return await asyncio.to_thread(self.credential)

    def token(self) -> str | None:
        return self.credential().token

    async def atoken(self) -> str | None:
        return (await self.acredential()).token

    def client_certificate(self) -> tuple[bytes, bytes] | None:
        return self.credential().certificate_pair

    async def aclient_certificate(self) -> tuple[bytes, bytes] | None:
        return (await self.acredential()).certificate_pair

    def cached_client_certificate(self) -> tuple[bytes, bytes] | None:
        credential = self._credential
        return credential.certificate_pair if credential is not None else None

    def invalidate(self, used: str | None) -> bool:
        """After a 401 with ``used``: run the plugin again, unless the credential has already
        changed since (another request refreshed it). True when the new one differs."""
        with self._lock:
            current = self._credential
            if current is not None and current.token != used:
                return True
            try:
                fresh = self._run()
            except ExecPluginError as error:
                # as client-go: the 401 goes to the caller, the failed refresh to the log
                logger.warning("refreshing credentials after a 401 failed: %s", error)
                return False
            self._credential = fresh
        if current is None:
            return True
        return fresh.token != used or fresh.certificate_pair != current.certificate_pair

    async def ainvalidate(self, used: str | None) -> bool:
        return await asyncio.to_thread(self.invalidate, used)

    # -- running the plugin --------------------------------------------------------------

    def exec_info(self, interactive: bool) -> dict[str, Any]:
        spec: dict[str, Any] = {"interactive": interactive}
        if self.config.provide_cluster_info and self.config.cluster is not None:
            spec["cluster"] = dict(self.config.cluster)
        return {"apiVersion": self.config.api_version, "kind": "ExecCredential", "spec": spec}

    def _interactive(self) -> bool:
        mode = self.config.interactive_mode
        if mode == "Never":
            return False
        terminal = (self._terminal or stdin_is_terminal)()
        if mode == "Always" and not terminal:
            raise ExecPluginError(
                f"exec plugin {self.config.command}: interactiveMode is Always but standard "
                "input is not a terminal, so the plugin cannot ask for input" + self._where()
            )
        return terminal

    def _where(self) -> str:
        return f" ({self.config.where})" if self.config.where else ""

    def _executable(self) -> str:
        command = self.config.command
        if os.sep in command:
            return command
        found = shutil.which(command)
        if found is None:
            raise self._missing()
        return found

    def _missing(self) -> ExecPluginError:
        message = f"exec plugin: executable {self.config.command} not found{self._where()}"
        if self.config.install_hint:
            message += "\n\nIt looks like you are trying to use a client-go credential plugin "
            message += "that is not installed.\n\n" + self.config.install_hint.rstrip()
        return ExecPluginError(message)

    def _run(self) -> ExecCredential:
        interactive = self._interactive()
        env = dict(os.environ)
        env.update(self.config.env)
        env[EXEC_INFO_ENV] = json.dumps(self.exec_info(interactive))
        argv = [self._executable(), *self.config.args]
        self.runs += 1
        logger.debug("running exec credential plugin %s", self.config.command)
        try:
            completed = subprocess.run(
                argv,
                env=env,
                stdin=None if interactive else subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=None if interactive else subprocess.PIPE,
                timeout=self.timeout,
                check=False,
            )
        except FileNotFoundError:
            raise self._missing() from None
        except PermissionError as error:
            raise ExecPluginError(
                f"exec plugin {self.config.command}: cannot run it: {error.strerror}"
                + self._where()
            ) from None
        except subprocess.TimeoutExpired:
            raise ExecPluginError(
                f"exec plugin {self.config.command}: no answer within {self.timeout} s"
                + self._where()
            ) from None
        stderr = (completed.stderr or b"").decode("utf-8", "replace")
        if completed.returncode != 0:
            shown = " (its stderr went to the terminal)" if interactive else _stderr_excerpt(stderr)
            raise ExecPluginError(
                f"exec plugin {self.config.command} failed with exit code "
                f"{completed.returncode}{self._where()}" + shown
            )
        if stderr:
            # client-go passes the plugin's stderr through
            sys.stderr.write(stderr)
        return self._parse(completed.stdout)

    def _parse(self, stdout: bytes) -> ExecCredential:
        command = self.config.command
        try:
            data = json.loads(stdout)
        except ValueError:
            raise ExecPluginError(
                f"exec plugin {command}: its output is not a JSON ExecCredential" + self._where()
            ) from None
        if not isinstance(data, Mapping) or data.get("kind") != "ExecCredential":
            raise ExecPluginError(
                f"exec plugin {command}: its output is not an ExecCredential" + self._where()
            )
        if data.get("apiVersion") != self.config.api_version:
            raise ExecPluginError(
                f"exec plugin {command}: it returned apiVersion {data.get('apiVersion')!r}, "
                f"expected {self.config.api_version!r}" + self._where()
            )
        status = data.get("status")
        if not isinstance(status, Mapping):
            raise ExecPluginError(
                f"exec plugin {command}: the ExecCredential has no status" + self._where()
            )
        token = status.get("token") or None
        cert = status.get("clientCertificateData") or None
        key = status.get("clientKeyData") or None
        if (cert is None) != (key is None):
            raise ExecPluginError(
                f"exec plugin {command}: clientCertificateData and clientKeyData must both be "
                "present or both be empty" + self._where()
            )
        if token is None and cert is None:
            raise ExecPluginError(
                f"exec plugin {command}: the ExecCredential holds neither a token nor a client "
                "certificate" + self._where()
            )
        if not all(isinstance(v, str) for v in (token, cert, key) if v is not None):
            raise ExecPluginError(
                f"exec plugin {command}: token, clientCertificateData and clientKeyData must "
                "be strings" + self._where()
            )
        expires_at = None
        stamp = status.get("expirationTimestamp")
        if stamp:
            expires_at = _parse_rfc3339(stamp)
            if expires_at is None:
                raise ExecPluginError(
                    f"exec plugin {command}: invalid expirationTimestamp {stamp!r}" + self._where()
                )
        return ExecCredential(
            token=token,
            client_certificate=cert.encode("utf-8") if cert else None,
            client_key=key.encode("utf-8") if key else None,
            expires_at=expires_at,
        )


def _shown(value: Any) -> str:
    """A kubeconfig value for an error message: strings as they are, other values by type
    (a mapping put in the wrong place may hold credentials)."""
    return repr(value) if isinstance(value, str) else f"of type {type(value).__name__}"


def _stderr_excerpt(stderr: str) -> str:
    text = stderr.strip()
    if not text:
        return " (no output on stderr)"
    if len(text) > _STDERR_LIMIT:
        text = "..." + text[-_STDERR_LIMIT:]
    return "; stderr:\n" + text


def _parse_rfc3339(value: Any) -> float | None:
    if not isinstance(value, str):
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        stamp = _dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=_dt.UTC)
    return stamp.timestamp()


def cluster_info(
    server: str,
    *,
    tls_server_name: str | None = None,
    insecure: bool = False,
    ca_data: bytes | None = None,
    proxy_url: str | None = None,
    disable_compression: bool = False,
    extension: Any = None,
) -> dict[str, Any]:
    """``spec.cluster`` of KUBERNETES_EXEC_INFO (client-go's ``clientauthentication.Cluster``;
    ``certificate-authority-data`` base64 as in JSON, empty fields left out)."""
    info: dict[str, Any] = {"server": server}
    if tls_server_name:
        info["tls-server-name"] = tls_server_name
    if insecure:
        info["insecure-skip-tls-verify"] = True
    if ca_data:
        info["certificate-authority-data"] = base64.b64encode(ca_data).decode("ascii")
    if proxy_url:
        info["proxy-url"] = proxy_url
    if disable_compression:
        info["disable-compression"] = True
    if extension is not None:
        info["config"] = extension
    return info


_plugins: dict[str, ExecCredentialPlugin] = {}
_plugins_lock = threading.Lock()


def exec_plugin_for(config: ExecConfig) -> ExecCredentialPlugin:
    """The process-wide plugin for this exec config and cluster: every configuration loaded
    for it shares one cached credential."""
    key = config.cache_key()
    with _plugins_lock:
        plugin = _plugins.get(key)
        if plugin is None:
            plugin = _plugins[key] = ExecCredentialPlugin(config)
        return plugin


def clear_exec_cache() -> None:
    """Forget every cached exec credential (the next request runs the plugins again)."""
    with _plugins_lock:
        _plugins.clear()


class ExecProvider:
    """The official client's ``ExecProvider``: ``run()`` runs the plugin of a kubeconfig
    ``exec`` section (a dict; a relative command is resolved against ``cwd``) and returns
    the ``status`` of its ExecCredential (``token``, ``expirationTimestamp``,
    ``clientCertificateData``, ``clientKeyData``). The plugin runs as for requests
    (:class:`ExecCredentialPlugin`), without its cache."""

    def __init__(
        self,
        exec_config: Mapping[str, Any],
        cwd: str | None,
        cluster: Mapping[str, Any] | None = None,
    ) -> None:
        self.config = ExecConfig.parse(exec_config, "exec", base_dir=cwd, cluster=cluster)
        self.cwd = cwd
        self.cluster = cluster

    def run(self, previous_response: Any = None) -> dict[str, Any]:
        """Run the plugin now; ``previous_response`` is accepted for compatibility (the
        credential is always fresh)."""
        credential = ExecCredentialPlugin(self.config)._run()
        status: dict[str, Any] = {}
        if credential.token is not None:
            status["token"] = credential.token
        if credential.expires_at is not None:
            expiry = _dt.datetime.fromtimestamp(credential.expires_at, _dt.UTC)
            status["expirationTimestamp"] = expiry.strftime("%Y-%m-%dT%H:%M:%SZ")
        if credential.client_certificate is not None:
            status["clientCertificateData"] = credential.client_certificate.decode()
        if credential.client_key is not None:
            status["clientKeyData"] = credential.client_key.decode()
        return status
