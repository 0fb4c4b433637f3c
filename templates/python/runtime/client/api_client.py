"""``ApiClient`` and ``AsyncApiClient``: one request core, two transports.

Everything about a request except sending it is written once in ``_core``; :class:`ApiClient`
sends with a pooled ``httpx.Client`` and :class:`AsyncApiClient` with a pooled
``httpx.AsyncClient``, each request admitted to the pool by ``_admission`` (at most
``connection_pool_maxsize`` at once). Both are (async) context managers.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import threading
import time
import urllib.request
from collections.abc import Awaitable, Callable, Iterable, Mapping
from types import TracebackType
from typing import Any

import httpx

from ._admission import Admission, AsyncAdmission
from ._aio_transport import AsyncTransport
from ._core import (
    APPLY_PATCH,
    DRAIN_LIMIT,
    JSON_PATCH,
    MERGE_PATCH,
    PATCH_CONTENT_TYPES,
    STRATEGIC_MERGE_PATCH,
    KubernetesWarning,
    Prepared,
    ReadBody,
    RequestCore,
    Send,
    Sleep,
    Streaming,
    parse_warning_header,
)
from ._operation import Op
from .api_response import ApiResponse
from .auth import apply_client_certificate
from .configuration import Configuration
from .rest import AsyncRawResponse, RawResponse, RequestTimeout

__all__ = [
    "APPLY_PATCH",
    "JSON_PATCH",
    "MERGE_PATCH",
    "PATCH_CONTENT_TYPES",
    "STRATEGIC_MERGE_PATCH",
    "ApiClient",
    "ApiResponse",
    "AsyncApiClient",
    "KubernetesWarning",
    "parse_warning_header",
]


# -- the sync client -------------------------------------------------------------------------


class ApiClient(RequestCore):
    """A synchronous Kubernetes API client over a pooled ``httpx.Client``.

    ``ApiClient()`` uses (a copy of) the default configuration that ``config.load_kube_config()``
    set; ``ApiClient(configuration)`` uses its own. Close it (or use ``with``) to release the
    connection pool.
    """

    def __init__(
        self,
        configuration: Configuration | None = None,
        header_name: str | None = None,
        header_value: str | None = None,
        cookie: str | None = None,
        pool_threads: int | None = None,
    ) -> None:
        super().__init__(configuration, header_name, header_value, cookie, pool_threads)
        #: the pooled ``httpx.Client`` and the admission to its pool, replaced together
        self._http_pool: tuple[httpx.Client, Admission] | None = None
        self._retired: list[httpx.Client] = []
        self._lock = threading.Lock()
        #: how retries wait (replaceable in tests)
        self._sleep: Callable[[float], None] = time.sleep

    @property
    def _http(self) -> httpx.Client | None:
        return self._http_pool[0] if self._http_pool is not None else None

    @property
    def http(self) -> httpx.Client:
        """The underlying ``httpx.Client`` (created on first use, and again when the TLS or
        proxy settings of the configuration change)."""
        return self._pooled()[0]

    def _pooled(self) -> tuple[httpx.Client, Admission]:
        """The ``httpx.Client`` and its :class:`Admission`: send with ``admission.send(client,
        request)`` so that requests beyond the pool size wait outside httpcore's pool."""
        source = self.configuration.token_source
        if source is not None:
            # an exec plugin's (possibly renewed) client certificate picks the pool
            apply_client_certificate(self.configuration, source.client_certificate())
        key = self._transport_key()
        pool = self._http_pool
        if pool is None or key != self._http_key:
            with self._lock:
                pool = self._http_pool
                if pool is None or key != self._http_key:
                    if pool is not None:
                        # requests still running on the old pool finish there
                        self._retired.append(pool[0])
                    pool = (
                        self._make_client(),
                        Admission(self.configuration.connection_pool_maxsize),
                    )
                    self._http_pool = pool
                    self._http_key = key
        return pool

    def _make_client(self) -> httpx.Client:
        settings = self._client_settings()
        socket_options = settings.pop("socket_options", None)
        if socket_options:  # only a transport of its own takes socket options
            settings["transport"] = httpx.HTTPTransport(
                verify=settings.get("verify", True),
                limits=settings["limits"],
                trust_env=settings.get("trust_env", True),
                socket_options=socket_options,
            )
        return httpx.Client(**settings)

    def close(self) -> None:
        with self._lock:
            clients = [*self._retired, self._http]
            self._http_pool, self._retired = None, []
        for client in clients:
            if client is not None:
                client.close()

    def __del__(self) -> None:
        # API objects built without a client each own one: release its sockets with it
        pool = getattr(self, "_http_pool", None)
        for client in [*getattr(self, "_retired", ()), pool[0] if pool else None]:
            if client is not None:
                with contextlib.suppress(Exception):
                    client.close()

    def __enter__(self) -> ApiClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def invoke(
        self, op: Op, args: tuple[Any, ...], kwargs: dict[str, Any], with_info: bool = False
    ) -> Any:
        """Call ``op`` with a generated method's arguments (used by the API classes);
        ``with_info``: return ``(data, status, headers)``."""
        prepared = self.prepare(op, args, kwargs)
        prepared.with_info = with_info
        return self._send(prepared)

    def request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, Any] | Iterable[tuple[str, Any]] | None = None,
        body: Any = None,
        response_type: Any = object,
        content_type: str | None = None,
        headers: Mapping[str, str] | None = None,
        _preload_content: bool = True,
        _request_timeout: RequestTimeout = None,
    ) -> Any:
        """Send any request to the API server (e.g. a custom resource path) with the same
        authentication, retries, warnings and errors as generated methods."""
        prepared = self.prepare_request(
            method,
            path,
            query,
            body,
            response_type,
            content_type,
            headers,
            _preload_content,
            _request_timeout,
        )
        return self._send(prepared)

    def call_api(
        self,
        resource_path: str,
        method: str,
        path_params: Mapping[str, Any] | None = None,
        query_params: Mapping[str, Any] | Iterable[tuple[str, Any]] | None = None,
        header_params: Mapping[str, str] | None = None,
        body: Any = None,
        post_params: Any = None,
        files: Any = None,
        response_type: Any = None,
        auth_settings: Any = None,
        async_req: bool | None = None,
        _return_http_data_only: bool | None = None,
        collection_formats: Mapping[str, str] | None = None,
        _preload_content: bool = True,
        _request_timeout: RequestTimeout = None,
        _host: str | None = None,
    ) -> Any:
        """The official client's low-level call: ``(data, status, headers)``, or only the data
        with ``_return_http_data_only=True``. ``response_type`` is a class or a name such as
        ``"V1Pod"`` or ``"object"``; credentials always come from the configuration."""
        prepared = self.prepare_call_api(
            resource_path,
            method,
            path_params,
            query_params,
            header_params,
            body,
            response_type,
            _return_http_data_only,
            collection_formats,
            _preload_content,
            _request_timeout,
            unsupported=bool(async_req or post_params or files or _host),
        )
        return self._send(prepared)

    def _send(self, prepared: Prepared) -> Any:
        """Run the core's exchange over ``httpx.Client``."""
        client, admission = self._pooled()
        steps = self.exchange(client, prepared)
        outcome: Any = None
        failure: Exception | None = None
        #: the last response handed to the exchange: closed if the exchange fails holding it
        #: (e.g. a Warning turned into an error), so that its connection and slot come back
        sent: httpx.Response | None = None
        try:
            while True:
                try:
                    step = steps.throw(failure) if failure else steps.send(outcome)
                except StopIteration as done:
                    result = done.value
                    break
                outcome, failure = None, None
                if isinstance(step, Send):
                    try:
                        outcome = sent = admission.send(client, step.request)
                    except httpx.TransportError as error:
                        failure = error
                elif isinstance(step, Sleep):
                    self._sleep(step.seconds)
                elif isinstance(step, ReadBody):
                    outcome = _read(step.response, step.deadline)
                else:
                    _drain(step.response)
        except BaseException:
            if sent is not None:
                sent.close()
            raise
        finally:
            steps.close()
        if isinstance(result, Streaming):
            return self._raw(prepared, RawResponse(result.response), result.response)
        return result


def _read(response: httpx.Response, deadline: float | None) -> bytes:
    try:
        if deadline is None:
            return response.read()
        chunks: list[bytes] = []
        for chunk in response.iter_bytes():
            chunks.append(chunk)
            if time.monotonic() > deadline:
                raise httpx.ReadTimeout("the request timed out", request=response.request)
        return b"".join(chunks)
    finally:
        response.close()


def _drain(response: httpx.Response) -> None:
    try:
        read = 0
        for chunk in response.iter_raw():
            read += len(chunk)
            if read >= DRAIN_LIMIT:
                break
    except httpx.HTTPError:
        pass
    finally:
        response.close()


# -- the asyncio client ----------------------------------------------------------------------


class AsyncApiClient(RequestCore):
    """An asyncio Kubernetes API client over a pooled ``httpx.AsyncClient``.

    Same configuration rules as :class:`ApiClient`. ``await client.close()`` (or ``async with``)
    releases the connection pool.
    """

    def __init__(
        self,
        configuration: Configuration | None = None,
        header_name: str | None = None,
        header_value: str | None = None,
        cookie: str | None = None,
        pool_threads: int | None = None,
    ) -> None:
        super().__init__(configuration, header_name, header_value, cookie, pool_threads)
        #: the pooled ``httpx.AsyncClient`` and the admission to its pool, replaced together
        self._http_pool: tuple[httpx.AsyncClient, AsyncAdmission] | None = None
        self._retired: list[httpx.AsyncClient] = []
        #: how retries wait (replaceable in tests)
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    @property
    def _http(self) -> httpx.AsyncClient | None:
        return self._http_pool[0] if self._http_pool is not None else None

    @property
    def http(self) -> httpx.AsyncClient:
        """The underlying ``httpx.AsyncClient`` (created on first use, and again when the TLS
        or proxy settings of the configuration change)."""
        return self._pooled()[0]

    def _pooled(self) -> tuple[httpx.AsyncClient, AsyncAdmission]:
        """The ``httpx.AsyncClient`` and its :class:`AsyncAdmission` (see
        :meth:`ApiClient._pooled`)."""
        source = self.configuration.token_source
        if source is not None:
            # never blocks: ``_drive`` refreshes the certificate off the event loop first
            apply_client_certificate(self.configuration, source.cached_client_certificate())
        key = self._transport_key()
        if self._http_pool is None or key != self._http_key:
            if self._http_pool is not None:
                self._retired.append(self._http_pool[0])
            self._http_pool = (
                self._make_client(),
                AsyncAdmission(self.configuration.connection_pool_maxsize),
            )
            self._http_key = key
        return self._http_pool

    def _make_client(self) -> httpx.AsyncClient:
        settings = self._client_settings()
        socket_options = settings.pop("socket_options", None)
        env_proxies = settings.get("trust_env", True) and any(
            scheme in ("http", "https", "all") for scheme in urllib.request.getproxies()
        )
        if "proxy" not in settings and not env_proxies:
            # httpcore's pool on asyncio directly (see _aio_transport); a proxied connection
            # keeps httpx's transport (which alone applies the environment's proxies: httpx
            # ignores them when it is given a transport)
            verify = settings.get("verify")
            settings["transport"] = AsyncTransport(
                verify if isinstance(verify, ssl.SSLContext) else None,
                settings["limits"],
                socket_options,
            )

        return httpx.AsyncClient(**settings)

    async def close(self) -> None:
        clients = [*self._retired, self._http]
        self._http_pool, self._retired = None, []
        for client in clients:
            if client is not None:
                await client.aclose()

    async def __aenter__(self) -> AsyncApiClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def invoke(
        self, op: Op, args: tuple[Any, ...], kwargs: dict[str, Any], with_info: bool = False
    ) -> Any:
        """Call ``op`` with a generated method's arguments (used by the API classes);
        ``with_info``: return an :class:`ApiResponse` (data, status, headers, body)."""
        prepared = self.prepare(op, args, kwargs)
        prepared.api_response = with_info
        return await self._send(prepared)

    async def request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, Any] | Iterable[tuple[str, Any]] | None = None,
        body: Any = None,
        response_type: Any = object,
        content_type: str | None = None,
        headers: Mapping[str, str] | None = None,
        _preload_content: bool = True,
        _request_timeout: RequestTimeout = None,
    ) -> Any:
        """Send any request to the API server (see :meth:`ApiClient.request`)."""
        prepared = self.prepare_request(
            method,
            path,
            query,
            body,
            response_type,
            content_type,
            headers,
            _preload_content,
            _request_timeout,
        )
        return await self._send(prepared)

    async def call_api(
        self,
        resource_path: str,
        method: str,
        path_params: Mapping[str, Any] | None = None,
        query_params: Mapping[str, Any] | Iterable[tuple[str, Any]] | None = None,
        header_params: Mapping[str, str] | None = None,
        body: Any = None,
        post_params: Any = None,
        files: Any = None,
        response_type: Any = None,
        auth_settings: Any = None,
        async_req: bool | None = None,
        _return_http_data_only: bool | None = None,
        collection_formats: Mapping[str, str] | None = None,
        _preload_content: bool = True,
        _request_timeout: RequestTimeout = None,
        _host: str | None = None,
    ) -> Any:
        """See :meth:`ApiClient.call_api`."""
        prepared = self.prepare_call_api(
            resource_path,
            method,
            path_params,
            query_params,
            header_params,
            body,
            response_type,
            _return_http_data_only,
            collection_formats,
            _preload_content,
            _request_timeout,
            unsupported=bool(async_req or post_params or files or _host),
        )
        return await self._send(prepared)

    async def _send(self, prepared: Prepared) -> Any:
        """Run the core's exchange over ``httpx.AsyncClient``; a numeric ``_request_timeout``
        bounds the whole call."""
        if prepared.total is None:
            result = await self._drive(prepared)
        else:
            try:
                async with asyncio.timeout(prepared.total):
                    result = await self._drive(prepared)
            except TimeoutError:
                raise httpx.TimeoutException(f"{prepared.name}: the request timed out") from None
        if isinstance(result, Streaming):
            return self._raw(prepared, AsyncRawResponse(result.response), result.response)
        return result

    async def prepare_credentials(self) -> None:
        """Renew an expired client certificate of the token source (an exec plugin) off the
        event loop. Requests do this themselves; code that takes :attr:`http` directly (e.g.
        for a WebSocket upgrade) should await it first."""
        source = self.configuration.token_source
        if source is not None:
            apply_client_certificate(self.configuration, await source.aclient_certificate())

    async def _drive(self, prepared: Prepared) -> Any:
        await self.prepare_credentials()
        client, admission = self._pooled()
        steps = self.exchange(client, prepared)
        outcome: Any = None
        failure: Exception | None = None
        sent: httpx.Response | None = None  # see ApiClient._send
        try:
            while True:
                try:
                    step = steps.throw(failure) if failure else steps.send(outcome)
                except StopIteration as done:
                    return done.value
                outcome, failure = None, None
                if isinstance(step, Send):
                    try:
                        outcome = sent = await admission.send(client, step.request)
                    except httpx.TransportError as error:
                        failure = error
                elif isinstance(step, Sleep):
                    await self._sleep(step.seconds)
                elif isinstance(step, ReadBody):
                    try:
                        outcome = await step.response.aread()
                    finally:
                        await step.response.aclose()
                else:
                    await _adrain(step.response)
        except BaseException:
            if sent is not None:
                await sent.aclose()
            raise
        finally:
            steps.close()


async def _adrain(response: httpx.Response) -> None:
    try:
        read = 0
        async for chunk in response.aiter_raw():
            read += len(chunk)
            if read >= DRAIN_LIMIT:
                break
    except httpx.HTTPError:
        pass
    finally:
        await response.aclose()
