"""Credentials: where bearer tokens come from, and the httpx ``Auth`` that applies them.

A :class:`TokenSource` supplies the token for each request and may refresh it; the
:class:`KubeAuth` flow asks it for a token per request and, on a 401, asks it once whether a
different credential is available (a rotated token file, a re-run exec plugin, a refreshed
OIDC token) and retries with it. Exec plugins (``config.exec_provider``) and OIDC
(``config.oidc``) are token sources too; the request path does not change.

A source may also supply a client certificate (exec plugins do): the API clients ask for it
before choosing their connection pool and put it into ``cert_data``/``key_data``, so a rotated
certificate gets new connections.
"""

from __future__ import annotations

import base64
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from .configuration import Configuration

__all__ = ["FileToken", "KubeAuth", "StaticToken", "TokenSource", "apply_client_certificate"]


class TokenSource:
    """Supplies a bearer token. Subclasses override :meth:`token`, and the async variant when
    getting a token blocks for long (running a process, calling an identity provider)."""

    def token(self) -> str | None:
        raise NotImplementedError

    async def atoken(self) -> str | None:
        return self.token()

    def invalidate(self, used: str | None) -> bool:
        """Called after a 401 for a request sent with ``used``. Return True when a retry may
        succeed, i.e. a different token is (or may now be) available."""
        return False

    async def ainvalidate(self, used: str | None) -> bool:
        return self.invalidate(used)

    def client_certificate(self) -> tuple[bytes, bytes] | None:
        """A client certificate and key (PEM) to connect with, or None. May block (refresh)."""
        return None

    async def aclient_certificate(self) -> tuple[bytes, bytes] | None:
        return self.client_certificate()

    def cached_client_certificate(self) -> tuple[bytes, bytes] | None:
        """The last known client certificate and key, without refreshing (never blocks)."""
        return None

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


def apply_client_certificate(
    configuration: Configuration, pair: tuple[bytes, bytes] | None
) -> None:
    """Put a token source's client certificate into ``configuration`` (when it changed)."""
    if pair is None:
        return
    if (configuration.cert_data, configuration.key_data) != pair:
        configuration.cert_data, configuration.key_data = pair
        configuration.cert_file = configuration.key_file = None


class StaticToken(TokenSource):
    """A fixed token (kubeconfig ``token``)."""

    def __init__(self, token: str) -> None:
        self._token = token

    def token(self) -> str | None:
        return self._token


class FileToken(TokenSource):
    """A token read from a file and re-read every ``refresh_interval`` seconds (kubeconfig
    ``tokenFile``, the in-cluster service-account token): bound tokens rotate on disk.

    ``initial`` (kubeconfig ``token`` next to ``tokenFile``) is used first, as client-go does,
    until the file is re-read. The file is re-opened on every read.
    """

    def __init__(
        self,
        path: str,
        *,
        refresh_interval: float = 60.0,
        initial: str | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.path = path
        self.refresh_interval = refresh_interval
        self._clock = clock
        self._lock = threading.Lock()
        self._token = initial
        self._read_at: float | None = clock() if initial else None

    def _read(self) -> str:
        with open(self.path, encoding="utf-8") as file:
            return file.read().strip()

    def token(self) -> str | None:
        with self._lock:
            now = self._clock()
            if self._read_at is None or now - self._read_at >= self.refresh_interval:
                try:
                    fresh = self._read()
                except OSError:
                    if self._token is None:
                        raise
                    fresh = ""  # keep serving the last good token if the file is mid-rotation
                if fresh:
                    self._token = fresh
                self._read_at = now
            return self._token

    def invalidate(self, used: str | None) -> bool:
        with self._lock:
            try:
                fresh = self._read()
            except OSError:
                return False
            self._read_at = self._clock()
            if fresh and fresh != used:
                self._token = fresh
                return True
            return False

    def __repr__(self) -> str:
        return f"<FileToken path={self.path!r}>"


class KubeAuth(httpx.Auth):
    """Authenticates each request from a :class:`Configuration`.

    Order: a request that already carries ``Authorization`` is left alone; else the
    configuration's ``token_source``; else ``api_key['authorization']`` (with its prefix, as in
    the official client, after ``refresh_api_key_hook``); else username/password (basic).
    On a 401 the token source may supply a different token, and the request is sent once more.
    """

    def __init__(self, configuration: Configuration) -> None:
        self.configuration = configuration

    def _static_header(self) -> str | None:
        cfg = self.configuration
        value = cfg.get_api_key_with_prefix("authorization")
        if value:
            return value
        if cfg.username is not None and cfg.password is not None:
            pair = f"{cfg.username}:{cfg.password}".encode()
            return "Basic " + base64.b64encode(pair).decode("ascii")
        return None

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        if "authorization" in request.headers:
            yield request
            return
        source = self.configuration.token_source
        if source is None:
            header = self._static_header()
            if header:
                request.headers["Authorization"] = header
            yield request
            return
        token = source.token()
        if token:
            request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code == 401 and source.invalidate(token):
            fresh = source.token()
            if fresh and fresh != token:
                request.headers["Authorization"] = f"Bearer {fresh}"
                yield request

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if "authorization" in request.headers:
            yield request
            return
        source = self.configuration.token_source
        if source is None:
            header = self._static_header()
            if header:
                request.headers["Authorization"] = header
            yield request
            return
        token = await source.atoken()
        if token:
            request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code == 401 and await source.ainvalidate(token):
            fresh = await source.atoken()
            if fresh and fresh != token:
                request.headers["Authorization"] = f"Bearer {fresh}"
                yield request
