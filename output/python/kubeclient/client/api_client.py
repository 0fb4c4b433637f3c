"""``ApiClient`` and ``AsyncApiClient``: one request core, two transports.

Everything about a request except sending it is written once in ``_core``; :class:`ApiClient`
sends with a pooled ``httpx.Client`` and :class:`AsyncApiClient` with a pooled
``httpx.AsyncClient``. Both are (async) context managers.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from types import TracebackType
from typing import Any

import httpx

from ._core import (
    APPLY_PATCH,
    DRAIN_LIMIT,
    JSON_PATCH,
    MERGE_PATCH,
    PATCH_CONTENT_TYPES,
    RECONNECT_DELAY,
    STRATEGIC_MERGE_PATCH,
    KubernetesWarning,
    Prepared,
    RequestCore,
    logger,
    parse_warning_header,
    remaining_timeout,
)
from ._operation import Op
from .configuration import Configuration
from .rest import AsyncRawResponse, RawResponse, RequestTimeout

__all__ = [
    "APPLY_PATCH",
    "JSON_PATCH",
    "MERGE_PATCH",
    "PATCH_CONTENT_TYPES",
    "STRATEGIC_MERGE_PATCH",
    "ApiClient",
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
        self._http: httpx.Client | None = None
        self._retired: list[httpx.Client] = []
        self._lock = threading.Lock()
        #: how retries wait (replaceable in tests)
        self._sleep: Callable[[float], None] = time.sleep

    @property
    def http(self) -> httpx.Client:
        """The underlying ``httpx.Client`` (created on first use, and again when the TLS or
        proxy settings of the configuration change)."""
        key = self._transport_key()
        client = self._http
        if client is None or key != self._http_key:
            with self._lock:
                if self._http is None or key != self._http_key:
                    if self._http is not None:
                        # requests still running on the old pool finish there
                        self._retired.append(self._http)
                    self._http = self._make_client()
                    self._http_key = key
                client = self._http
        return client

    def _make_client(self) -> httpx.Client:
        return httpx.Client(**self._client_settings())

    def close(self) -> None:
        with self._lock:
            clients = [*self._retired, self._http]
            self._http, self._retired = None, []
        for client in clients:
            if client is not None:
                client.close()

    def __del__(self) -> None:
        # API objects built without a client each own one: release its sockets with it
        for client in [*getattr(self, "_retired", ()), getattr(self, "_http", None)]:
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

    def invoke(self, op: Op, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        """Call ``op`` with a generated method's arguments (used by the API classes)."""
        return self._send(self.prepare(op, args, kwargs))

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
        client = self.http
        deadline = None if prepared.total is None else time.monotonic() + prepared.total
        attempt = 0
        while True:
            wait = self._throttle(prepared)
            if wait > 0:
                self._sleep(wait)
            timeout = remaining_timeout(prepared.timeout, deadline)
            request = self._build(client, prepared, timeout)
            try:
                response = client.send(request, stream=True)
            except httpx.TransportError as error:
                if attempt < self.configuration.max_retries and self._reconnect_allowed(
                    prepared, error
                ):
                    attempt += 1
                    logger.debug("%s: connection lost (%s); retrying", prepared.name, error)
                    self._wait(RECONNECT_DELAY, deadline, error)
                    continue
                raise
            self._surface_warnings(response)
            delay = self._retry_delay(prepared, response, attempt)
            if delay is not None and (deadline is None or time.monotonic() + delay < deadline):
                attempt += 1
                _drain(response)
                logger.debug(
                    "%s: HTTP %s, retrying in %ss", prepared.name, response.status_code, delay
                )
                self._sleep(delay)
                continue
            if response.status_code == 415 and self._patch_fallback(prepared):
                response.close()
                continue
            if not 200 <= response.status_code <= 299:
                try:
                    body = _read(response, deadline)
                finally:
                    response.close()
                raise self._error(prepared, response, body)
            if not prepared.preload:
                return self._raw(prepared, RawResponse(response), response)
            try:
                body = _read(response, deadline)
            finally:
                response.close()
            return self._finish(prepared, response, body)

    def _wait(self, delay: float, deadline: float | None, error: Exception) -> None:
        if deadline is not None and time.monotonic() + delay >= deadline:
            raise error
        self._sleep(delay)


def _read(response: httpx.Response, deadline: float | None) -> bytes:
    if deadline is None:
        return response.read()
    chunks: list[bytes] = []
    for chunk in response.iter_bytes():
        chunks.append(chunk)
        if time.monotonic() > deadline:
            raise httpx.ReadTimeout("the request timed out", request=response.request)
    return b"".join(chunks)


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
        self._http: httpx.AsyncClient | None = None
        self._retired: list[httpx.AsyncClient] = []
        #: how retries wait (replaceable in tests)
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    @property
    def http(self) -> httpx.AsyncClient:
        """The underlying ``httpx.AsyncClient`` (created on first use, and again when the TLS
        or proxy settings of the configuration change)."""
        key = self._transport_key()
        if self._http is None or key != self._http_key:
            if self._http is not None:
                self._retired.append(self._http)
            self._http = self._make_client()
            self._http_key = key
        return self._http

    def _make_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(**self._client_settings())

    async def close(self) -> None:
        clients = [*self._retired, self._http]
        self._http, self._retired = None, []
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

    async def invoke(self, op: Op, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        """Call ``op`` with a generated method's arguments (used by the API classes)."""
        return await self._send(self.prepare(op, args, kwargs))

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
        if prepared.total is None:
            return await self._attempts(prepared, None)
        deadline = time.monotonic() + prepared.total
        try:
            async with asyncio.timeout(prepared.total):
                return await self._attempts(prepared, deadline)
        except TimeoutError:
            raise httpx.TimeoutException(f"{prepared.name}: the request timed out") from None

    async def _attempts(self, prepared: Prepared, deadline: float | None) -> Any:
        client = self.http
        attempt = 0
        while True:
            wait = self._throttle(prepared)
            if wait > 0:
                await self._sleep(wait)
            request = self._build(client, prepared, remaining_timeout(prepared.timeout, deadline))
            try:
                response = await client.send(request, stream=True)
            except httpx.TransportError as error:
                if attempt < self.configuration.max_retries and self._reconnect_allowed(
                    prepared, error
                ):
                    attempt += 1
                    logger.debug("%s: connection lost (%s); retrying", prepared.name, error)
                    await self._sleep(RECONNECT_DELAY)
                    continue
                raise
            self._surface_warnings(response, 7)
            delay = self._retry_delay(prepared, response, attempt)
            if delay is not None and (deadline is None or time.monotonic() + delay < deadline):
                attempt += 1
                await _adrain(response)
                logger.debug(
                    "%s: HTTP %s, retrying in %ss", prepared.name, response.status_code, delay
                )
                await self._sleep(delay)
                continue
            if response.status_code == 415 and self._patch_fallback(prepared):
                await response.aclose()
                continue
            if not 200 <= response.status_code <= 299:
                try:
                    body = await response.aread()
                finally:
                    await response.aclose()
                raise self._error(prepared, response, body)
            if not prepared.preload:
                return self._raw(prepared, AsyncRawResponse(response), response)
            try:
                body = await response.aread()
            finally:
                await response.aclose()
            return self._finish(prepared, response, body)


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
