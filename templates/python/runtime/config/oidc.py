"""The ``oidc`` auth-provider of kubeconfig, as client-go's ``plugin/pkg/client/auth/oidc``.

The ``id-token`` is sent while its ``exp`` is more than 10 seconds away. Then it is refreshed:
the issuer's discovery document (``<idp-issuer-url>/.well-known/openid-configuration``) names
the ``token_endpoint``, where a refresh-token grant must return a new ``id_token``. TLS to the
issuer is verified with ``idp-certificate-authority-data``/``idp-certificate-authority`` or the
system store, never switched off. The new ``id-token`` (and a changed ``refresh-token``) are
handed to a persister, which writes them back into the kubeconfig file atomically.

Tokens never appear in reprs, logs or exception messages.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import logging
import ssl
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from ..client.auth import TokenSource
from .config_exception import ConfigException

__all__ = [
    "EXPIRY_SKEW_SECONDS",
    "OidcAuthProvider",
    "OidcError",
    "clear_oidc_cache",
    "id_token_expiry",
    "shared_provider",
]

logger = logging.getLogger(__name__.rsplit(".", 2)[0])

#: an id-token is refreshed when it expires within this many seconds (client-go: 10 s)
EXPIRY_SKEW_SECONDS = 10.0
#: the longest wait for the identity provider
IDP_TIMEOUT_SECONDS = 30.0

#: saves changed provider config keys (``id-token``, ``refresh-token``) where they came from
Persister = Callable[[dict[str, str]], None]


class OidcError(ConfigException):
    """The OIDC id-token cannot be used or refreshed (no token in the message)."""


def id_token_expiry(token: str) -> float | None:
    """The ``exp`` claim of a JWT (seconds since the epoch), None when it has none or the
    token is not a JWT. The signature is not checked: the API server does that."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    payload = parts[1]
    try:
        raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
        claims = json.loads(raw)
    except (binascii.Error, ValueError):
        return None
    if not isinstance(claims, Mapping):
        return None
    exp = claims.get("exp")
    if isinstance(exp, int | float) and not isinstance(exp, bool):
        return float(exp)
    return None


class OidcAuthProvider(TokenSource):
    """A :class:`TokenSource` for the ``oidc`` auth-provider ``config`` mapping."""

    def __init__(
        self,
        config: Mapping[str, str],
        *,
        ca_data: bytes | None = None,
        ca_file: str | None = None,
        persister: Persister | None = None,
        where: str = "",
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._config: dict[str, str] = {str(k): str(v) for k, v in config.items()}
        self._ca_data = ca_data
        self._ca_file = ca_file or self._config.get("idp-certificate-authority") or None
        self._persister = persister
        self._where = where
        self._clock = clock
        self._lock = threading.Lock()
        #: how many refreshes happened (diagnostics and tests)
        self.refreshes = 0

    def __repr__(self) -> str:
        issuer = self._config.get("idp-issuer-url", "")
        return f"<OidcAuthProvider issuer={issuer!r}>"

    @property
    def config(self) -> dict[str, str]:
        """A copy of the provider config (holds secrets: do not log it)."""
        with self._lock:
            return dict(self._config)

    def _valid(self, token: str) -> bool:
        expiry = id_token_expiry(token)
        return expiry is not None and expiry > self._clock() + EXPIRY_SKEW_SECONDS

    def token(self) -> str | None:
        with self._lock:
            current = self._config.get("id-token", "")
            if current and self._valid(current):
                return current
            return self._refresh(current)

    async def atoken(self) -> str | None:
        current = self._config.get("id-token", "")
        if current and self._valid(current):
            return current
        return await asyncio.to_thread(self.token)

    def invalidate(self, used: str | None) -> bool:
        """After a 401: refresh once, unless the id-token already changed since."""
        with self._lock:
            current = self._config.get("id-token", "")
            if current and current != used:
                return True
            if not self._config.get("refresh-token"):
                return False
            try:
                fresh = self._refresh(current)
            except OidcError as error:
                logger.warning("OIDC refresh after a 401 failed: %s", error)
                return False
            return fresh != used

    async def ainvalidate(self, used: str | None) -> bool:
        return await asyncio.to_thread(self.invalidate, used)

    # -- refreshing ----------------------------------------------------------------------

    def _error(self, message: str) -> OidcError:
        where = f" ({self._where})" if self._where else ""
        return OidcError(f"oidc auth provider{where}: {message}")

    def _ssl_context(self) -> ssl.SSLContext:
        try:
            if self._ca_data:
                return ssl.create_default_context(cadata=self._ca_data.decode("utf-8"))
            if self._ca_file:
                return ssl.create_default_context(cafile=self._ca_file)
            return ssl.create_default_context()
        except (OSError, ssl.SSLError, UnicodeDecodeError) as error:
            raise self._error(f"cannot load the identity provider's CA: {error}") from None

    def _refresh(self, current: str) -> str:
        issuer = self._config.get("idp-issuer-url", "").rstrip("/")
        refresh_token = self._config.get("refresh-token", "")
        client_id = self._config.get("client-id", "")
        if not refresh_token or not issuer:
            reason = "has expired" if current else "is missing"
            raise self._error(
                f"the id-token {reason} and it cannot be refreshed (idp-issuer-url and "
                "refresh-token are needed)"
            )
        if not client_id:
            raise self._error("client-id is needed to refresh the id-token")
        if not issuer.startswith("https://"):
            raise self._error(f"idp-issuer-url must be https, not {issuer!r}")
        with httpx.Client(
            verify=self._ssl_context(), timeout=IDP_TIMEOUT_SECONDS, follow_redirects=False
        ) as http:
            endpoint = self._token_endpoint(http, issuer)
            answer = self._grant(http, endpoint, client_id, refresh_token)
        id_token = answer.get("id_token")
        if not isinstance(id_token, str) or not id_token:
            raise self._error("the token response of the identity provider has no id_token")
        updates = {"id-token": id_token}
        new_refresh = answer.get("refresh_token")
        if isinstance(new_refresh, str) and new_refresh and new_refresh != refresh_token:
            updates["refresh-token"] = new_refresh
        self._config.update(updates)
        self.refreshes += 1
        logger.debug("refreshed the OIDC id-token from %s", issuer)
        if self._persister is not None:
            try:
                self._persister(dict(updates))
            except (OSError, ConfigException) as error:
                # the refreshed token is still used; the file keeps the old one
                logger.warning("could not save the refreshed OIDC token: %s", error)
        return id_token

    def _token_endpoint(self, http: httpx.Client, issuer: str) -> str:
        url = issuer + "/.well-known/openid-configuration"
        try:
            response = http.get(url, headers={"Accept": "application/json"})
        except httpx.HTTPError as error:
            raise self._error(f"cannot fetch {url}: {error}") from None
        if response.status_code != 200:
            raise self._error(f"{url} answered HTTP {response.status_code}")
        try:
            document = response.json()
        except ValueError:
            raise self._error(f"{url} is not JSON") from None
        endpoint = document.get("token_endpoint") if isinstance(document, Mapping) else None
        if not isinstance(endpoint, str) or not endpoint.startswith("https://"):
            raise self._error(f"{url} names no https token_endpoint")
        return endpoint

    def _grant(
        self, http: httpx.Client, endpoint: str, client_id: str, refresh_token: str
    ) -> Mapping[str, Any]:
        form = {"grant_type": "refresh_token", "refresh_token": refresh_token}
        secret = self._config.get("client-secret", "")
        # as golang.org/x/oauth2: client credentials in a basic auth header first, then (if
        # the provider refuses that) in the form
        in_form = {**form, "client_id": client_id}
        if secret:
            in_form["client_secret"] = secret
        basic = httpx.BasicAuth(_form_escape(client_id), _form_escape(secret))
        attempts: list[tuple[dict[str, str], httpx.Auth | httpx._client.UseClientDefault]] = [
            (form, basic),
            (in_form, httpx.USE_CLIENT_DEFAULT),
        ]
        response: httpx.Response | None = None
        for data, auth in attempts:
            try:
                response = http.post(
                    endpoint, data=data, auth=auth, headers={"Accept": "application/json"}
                )
            except httpx.HTTPError as error:
                raise self._error(f"cannot reach the token endpoint {endpoint}: {error}") from None
            if response.status_code not in (400, 401):
                break
        assert response is not None
        if response.status_code != 200:
            raise self._error(
                f"the token endpoint {endpoint} refused the refresh: HTTP "
                f"{response.status_code}{_oauth_error(response)}"
            )
        try:
            answer = response.json()
        except ValueError:
            raise self._error(f"the token endpoint {endpoint} did not answer JSON") from None
        if not isinstance(answer, Mapping):
            raise self._error(f"the token endpoint {endpoint} did not answer a JSON object")
        return answer


def _form_escape(value: str) -> str:
    from urllib.parse import quote_plus

    return quote_plus(value)


def _oauth_error(response: httpx.Response) -> str:
    """The OAuth ``error`` code (and description) of a refused grant; no tokens in it."""
    try:
        body = response.json()
    except ValueError:
        return ""
    if not isinstance(body, Mapping) or not isinstance(body.get("error"), str):
        return ""
    text = f" ({body['error']}"
    description = body.get("error_description")
    if isinstance(description, str) and description:
        text += f": {description[:200]}"
    return text + ")"


_providers: dict[str, OidcAuthProvider] = {}
_providers_lock = threading.Lock()


def shared_provider(key: str, factory: Callable[[], OidcAuthProvider]) -> OidcAuthProvider:
    """One provider per kubeconfig user and provider config in the process, so that clients
    loaded from the same kubeconfig refresh once (an identity provider that rotates refresh
    tokens accepts each of them only once). After a refresh is written back the file's config
    differs, so later loads get a provider starting from the new tokens."""
    with _providers_lock:
        provider = _providers.get(key)
        if provider is None:
            provider = _providers[key] = factory()
        return provider


def clear_oidc_cache() -> None:
    """Forget the shared providers (their refreshed tokens stay wherever they were saved)."""
    with _providers_lock:
        _providers.clear()
