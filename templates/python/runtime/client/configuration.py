"""``Configuration``: where the API server is and how to reach and authenticate to it.

Attribute names follow the official client (``host``, ``ssl_ca_cert``, ``cert_file``,
``key_file``, ``verify_ssl``, ``api_key``, ``api_key_prefix``, ``username``, ``password``,
``proxy``, ...). Additions: in-memory certificate data (``ca_cert_data``, ``cert_data``,
``key_data``, never written to disk), ``tls_server_name``, a refreshing ``token_source``,
impersonation, the context ``namespace``, ``max_retries`` and a default ``timeout``.

One default configuration is kept per process (set by ``config.load_kube_config()``, read by
``ApiClient()`` without arguments) and shared by the sync and the asyncio client; explicit
``ApiClient(configuration)`` objects never touch it.
"""

from __future__ import annotations

import base64
import contextlib
import copy
import os
import platform
import ssl
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from typing import Any, ClassVar, Literal, NotRequired, TypedDict

from .auth import TokenSource
from .exceptions import ApiValueError
from .rest import RequestTimeout

__all__ = [
    "APIKeyAuthSetting",
    "AuthSettings",
    "BasicAuthSetting",
    "BearerAuthSetting",
    "BearerFormatAuthSetting",
    "Configuration",
    "GenericAuthSetting",
    "HTTPSignatureAuthSetting",
    "HostSetting",
    "HostSettingVariable",
    "OAuth2AuthSetting",
]

# The official client's types of auth_settings() entries and of host settings, for code
# that annotates with them. ("in" is a keyword, hence the functional TypedDict syntax.)
GenericAuthSetting = TypedDict(
    "GenericAuthSetting", {"type": str, "in": str, "key": str, "value": str}
)
OAuth2AuthSetting = TypedDict(
    "OAuth2AuthSetting",
    {
        "type": Literal["oauth2"],
        "in": Literal["header"],
        "key": Literal["Authorization"],
        "value": str,
    },
)
APIKeyAuthSetting = TypedDict(
    "APIKeyAuthSetting",
    {"type": Literal["api_key"], "in": str, "key": str, "value": str | None},
)
BasicAuthSetting = TypedDict(
    "BasicAuthSetting",
    {
        "type": Literal["basic"],
        "in": Literal["header"],
        "key": Literal["Authorization"],
        "value": str | None,
    },
)
BearerFormatAuthSetting = TypedDict(
    "BearerFormatAuthSetting",
    {
        "type": Literal["bearer"],
        "in": Literal["header"],
        "format": Literal["JWT"],
        "key": Literal["Authorization"],
        "value": str,
    },
)
BearerAuthSetting = TypedDict(
    "BearerAuthSetting",
    {
        "type": Literal["bearer"],
        "in": Literal["header"],
        "key": Literal["Authorization"],
        "value": str,
    },
)
HTTPSignatureAuthSetting = TypedDict(
    "HTTPSignatureAuthSetting",
    {
        "type": Literal["http-signature"],
        "in": Literal["header"],
        "key": Literal["Authorization"],
        "value": None,
    },
)


class AuthSettings(TypedDict, total=False):
    BearerToken: APIKeyAuthSetting


class HostSettingVariable(TypedDict):
    description: str
    default_value: str
    enum_values: list[str]


class HostSetting(TypedDict):
    url: str
    description: str
    variables: NotRequired[dict[str, HostSettingVariable]]


class Configuration:
    """Settings of one API client. Construct it directly, or let a ``config`` loader fill it."""

    _default: ClassVar[Configuration | None] = None
    _default_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(
        self,
        host: str | None = None,
        api_key: dict[str, str] | None = None,
        api_key_prefix: dict[str, str] | None = None,
        username: str | None = None,
        password: str | None = None,
        *,
        ssl_ca_cert: str | None = None,
        verify_ssl: bool = True,
        token_source: TokenSource | None = None,
    ) -> None:
        #: the API server URL, possibly with a path prefix (``https://host:6443``)
        self.host: str = host if host is not None else "http://localhost"
        #: ``{"authorization": "Bearer <token>"}`` (official-client style static credentials)
        self.api_key: dict[str, str] = dict(api_key or {})
        self.api_key_prefix: dict[str, str] = dict(api_key_prefix or {})
        #: called with this configuration before each request (official client)
        self.refresh_api_key_hook: Callable[[Configuration], None] | None = None
        #: a source of bearer tokens that may refresh (token file, exec plugin, OIDC)
        self.token_source: TokenSource | None = token_source
        self.username: str | None = username
        self.password: str | None = password

        # TLS
        self.verify_ssl: bool = verify_ssl
        #: CA bundle path; ``ca_cert_data`` (PEM) is used instead when set
        self.ssl_ca_cert: str | None = ssl_ca_cert
        self.ca_cert_data: bytes | None = None
        #: client certificate and key as paths; ``cert_data``/``key_data`` (PEM) beat them
        self.cert_file: str | None = None
        self.key_file: str | None = None
        self.cert_data: bytes | None = None
        self.key_data: bytes | None = None
        #: the name the server certificate is verified against and sent as SNI
        self.tls_server_name: str | None = None
        #: official-client setting; a string acts as ``tls_server_name``, False skips the
        #: hostname check only
        self.assert_hostname: str | bool | None = None

        # connection
        #: ``http://``, ``https://`` or ``socks5://`` proxy URL; None uses HTTP(S)_PROXY
        self.proxy: str | None = None
        self.proxy_headers: dict[str, str] | None = None
        #: comma-separated hosts that bypass ``proxy`` (as NO_PROXY)
        self.no_proxy: str | None = None
        self.connection_pool_maxsize: int = 100
        #: ``(level, option, value)`` set on each new connection's socket, e.g.
        #: ``utils.tcp_keepalive_socket_options()`` (not on connections through a proxy)
        self.socket_options: list[tuple[int, int, int]] | None = None
        #: default for ``_request_timeout`` (None: 30 s to connect, no read deadline)
        self.timeout: RequestTimeout = None
        #: retries of 429/5xx responses with Retry-After and of dropped GETs (client-go: 10)
        self.max_retries: int = 10
        #: client-side rate limit in requests per second, with ``burst`` at once; None turns it
        #: off (the official Python client has none; client-go uses 5 and 10). Watches are
        #: never throttled.
        self.qps: float | None = None
        self.burst: int = 10
        #: ask for uncompressed responses (kubeconfig ``disable-compression``)
        self.disable_compression: bool = False

        # impersonation (kubeconfig ``as``, ``as-uid``, ``as-groups``, ``as-user-extra``)
        self.impersonate_user: str | None = None
        self.impersonate_uid: str | None = None
        self.impersonate_groups: list[str] = []
        self.impersonate_extra: dict[str, list[str]] = {}

        #: the kubeconfig context's namespace (``default`` when the context names none)
        self.namespace: str | None = None
        #: where this configuration came from, e.g. ``/home/me/.kube/config (context dev)``
        self.source: str | None = None

        # official-client settings kept for compatibility
        self.debug: bool = False
        self.client_side_validation: bool = True
        self.safe_chars_for_path_param: str = ""
        self.retries: int | None = None
        self.temp_folder_path: str | None = None
        self.logger_format: str = "%(asctime)s %(levelname)s %(message)s"

        self._ssl_cache: tuple[tuple[Any, ...], ssl.SSLContext] | None = None

    # -- the process default -------------------------------------------------------------

    @classmethod
    def set_default(cls, default: Configuration | None) -> None:
        """Make (a copy of) ``default`` the configuration of ``ApiClient()`` without arguments."""
        with cls._default_lock:
            cls._default = copy.copy(default) if default is not None else None

    @classmethod
    def get_default_copy(cls) -> Configuration:
        """A copy of the default configuration (a fresh one if none was set)."""
        with cls._default_lock:
            default = cls._default
        return copy.copy(default) if default is not None else Configuration()

    @classmethod
    def get_default(cls) -> Configuration:
        """The default configuration itself (created on first use)."""
        with cls._default_lock:
            if cls._default is None:
                cls._default = Configuration()
            return cls._default

    def __copy__(self) -> Configuration:
        new = Configuration.__new__(Configuration)
        new.__dict__.update(self.__dict__)
        # containers are copied so changing one configuration never changes another; the
        # token source is shared on purpose (one cache of refreshed tokens per credential)
        new.api_key = dict(self.api_key)
        new.api_key_prefix = dict(self.api_key_prefix)
        new.impersonate_groups = list(self.impersonate_groups)
        new.impersonate_extra = {k: list(v) for k, v in self.impersonate_extra.items()}
        if self.proxy_headers is not None:
            new.proxy_headers = dict(self.proxy_headers)
        new._ssl_cache = None
        return new

    def __deepcopy__(self, memo: dict[int, Any]) -> Configuration:
        return self.__copy__()

    # -- credentials (official-client API) -----------------------------------------------

    def get_api_key_with_prefix(self, identifier: str, alias: str | None = None) -> str | None:
        if self.refresh_api_key_hook is not None:
            self.refresh_api_key_hook(self)
        key = self.api_key.get(identifier, self.api_key.get(alias) if alias else None)
        if key:
            prefix = self.api_key_prefix.get(identifier)
            return f"{prefix} {key}" if prefix else key
        return None

    def get_basic_auth_token(self) -> str | None:
        if self.username is None and self.password is None:
            return None
        pair = f"{self.username or ''}:{self.password or ''}".encode()
        return "Basic " + base64.b64encode(pair).decode("ascii")

    def auth_settings(self) -> AuthSettings:
        value = self.get_api_key_with_prefix("authorization")
        if not value:
            return {}
        return {
            "BearerToken": {
                "type": "api_key",
                "in": "header",
                "key": "authorization",
                "value": value,
            }
        }

    def impersonation_headers(self) -> list[tuple[str, str]]:
        """The ``Impersonate-*`` headers (repeated for several groups or extra values)."""
        headers: list[tuple[str, str]] = []
        if self.impersonate_user:
            headers.append(("Impersonate-User", self.impersonate_user))
        if self.impersonate_uid:
            headers.append(("Impersonate-Uid", self.impersonate_uid))
        headers.extend(("Impersonate-Group", group) for group in self.impersonate_groups)
        for key, values in sorted(self.impersonate_extra.items()):
            name = "Impersonate-Extra-" + _escape_header_key(key)
            headers.extend((name, value) for value in values)
        return headers

    # -- TLS -----------------------------------------------------------------------------

    @property
    def server_name(self) -> str | None:
        """The TLS verification and SNI name when it differs from the URL's host."""
        if self.tls_server_name:
            return self.tls_server_name
        if isinstance(self.assert_hostname, str) and self.assert_hostname:
            return self.assert_hostname
        return None

    def ssl_context(self) -> ssl.SSLContext:
        """The TLS context for this configuration (cached while the settings stay the same)."""
        key = (
            self.verify_ssl,
            self.assert_hostname,
            self.ssl_ca_cert,
            self.ca_cert_data,
            self.cert_file,
            self.key_file,
            self.cert_data,
            self.key_data,
        )
        cached = self._ssl_cache
        if cached is not None and cached[0] == key:
            return cached[1]
        # one context for threads asking at once: the API client picks its connection pool by
        # the context's identity, so two contexts meant two pools (and twice the connections)
        with _SSL_LOCK:
            if self._ssl_cache is not None and self._ssl_cache[0] == key:
                return self._ssl_cache[1]
            context = self._build_ssl_context()
            self._ssl_cache = (key, context)
            return context

    def _build_ssl_context(self) -> ssl.SSLContext:
        if not self.verify_ssl:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
        else:
            try:
                if self.ca_cert_data:
                    context = ssl.create_default_context(cadata=_text(self.ca_cert_data))
                elif self.ssl_ca_cert:
                    context = ssl.create_default_context(cafile=self.ssl_ca_cert)
                else:
                    context = ssl.create_default_context()
            except (OSError, ssl.SSLError, ValueError) as error:
                # ValueError: CA data that is not UTF-8 text
                where = "ca_cert_data" if self.ca_cert_data else f"ssl_ca_cert {self.ssl_ca_cert}"
                raise ApiValueError(f"cannot load the CA certificates ({where}): {error}") from None
            if self.assert_hostname is False:
                context.check_hostname = False
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        self._load_client_cert(context)
        return context

    def _load_client_cert(self, context: ssl.SSLContext) -> None:
        cert = self.cert_data
        key = self.key_data
        if cert is None and key is None and self.cert_file is None and self.key_file is None:
            return
        try:
            with (
                _pem_path(cert, self.cert_file) as cert_path,
                _pem_path(key, self.key_file) as key_path,
            ):
                if cert_path is None:
                    raise ApiValueError("a client key is set but no client certificate")
                context.load_cert_chain(cert_path, key_path)
        except (OSError, ssl.SSLError) as error:
            raise ApiValueError(
                f"cannot load the client certificate and key: {_describe_error(error)}"
            ) from None

    # -- reporting -----------------------------------------------------------------------

    def __repr__(self) -> str:
        shown = ["host", "verify_ssl", "tls_server_name", "ssl_ca_cert", "cert_file", "proxy"]
        parts = [f"{name}={getattr(self, name)!r}" for name in shown if getattr(self, name)]
        if self.ca_cert_data:
            parts.append("ca_cert_data=<set>")
        if self.cert_data:
            parts.append("cert_data=<set>")
        if self.key_data or self.key_file:
            parts.append("client_key=<redacted>")
        if self.api_key:
            parts.append("api_key=<redacted>")
        if self.token_source is not None:
            parts.append(f"token_source={self.token_source!r}")
        if self.username:
            parts.append(f"username={self.username!r}")
        if self.password:
            parts.append("password=<redacted>")
        if self.impersonate_user:
            parts.append(f"impersonate_user={self.impersonate_user!r}")
        if self.namespace:
            parts.append(f"namespace={self.namespace!r}")
        return f"Configuration({', '.join(parts)})"

    def to_debug_report(self) -> str:
        return (
            "Python SDK Debug Report:\n"
            f"OS: {sys.platform}\n"
            f"Python Version: {platform.python_version()}\n"
            f"Configuration: {self!r}"
        )


_SSL_LOCK = threading.Lock()


def _text(data: bytes | str) -> str:
    return data.decode("utf-8") if isinstance(data, bytes) else data


def _escape_header_key(key: str) -> str:
    """Percent-encode what may not appear in a header name (client-go ``headerKeyEscape``)."""
    legal = "!#$&'*+-.^_`|~"
    out = []
    for char in key:
        if char.isascii() and (char.isalnum() or char in legal):
            out.append(char)
        else:
            out.extend(f"%{byte:02X}" for byte in char.encode("utf-8"))
    return "".join(out)


def _describe_error(error: BaseException) -> str:
    if isinstance(error, OSError) and error.filename:
        return f"{error.strerror}: {error.filename}"
    return str(error)


@contextlib.contextmanager
def _pem_path(data: bytes | str | None, path: str | None) -> Iterator[str | None]:
    """A path ``ssl`` can load the PEM ``data`` from, else ``path``.

    ``ssl`` loads client certificates only from files. In-memory data goes to an anonymous
    memory file on Linux (never on disk), elsewhere to a private temporary file removed as soon
    as it has been loaded.
    """
    if data is None:
        yield path
        return
    raw = data.encode("utf-8") if isinstance(data, str) else data
    memfd = getattr(os, "memfd_create", None)
    if memfd is not None and os.path.isdir("/proc/self/fd"):
        fd = memfd("kubeclient-pem", getattr(os, "MFD_CLOEXEC", 0))
        try:
            os.write(fd, raw)
            yield f"/proc/self/fd/{fd}"
        finally:
            os.close(fd)
        return
    fd, name = tempfile.mkstemp(prefix="kubeclient-", suffix=".pem")
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(raw)
        yield name
    finally:
        with contextlib.suppress(OSError):
            os.unlink(name)
