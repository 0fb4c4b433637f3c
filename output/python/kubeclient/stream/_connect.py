"""Opening a WebSocket to the API server with the API client's own httpx pool.

The upgrade request goes through the same ``httpx.Client``/``httpx.AsyncClient`` as every
other request of the API client, so TLS (CA, client certificate, SNI), proxy and
authentication (including the 401 refresh of rotating tokens) are exactly the same. After the
``101 Switching Protocols`` answer, httpcore hands over the raw network stream, on which
:mod:`._ws` frames messages. A failure before the upgrade is an :class:`ApiException` with the
server's Status, as for any request.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

import httpcore
import httpx

from ..client._bound import client_of, op_of
from ..client.exceptions import exception_for
from ._ws import Close, Message, WebSocket, WebSocketError, accept_value, new_key

__all__ = ["AsyncConnection", "SyncConnection", "aconnect", "connect", "upgrade_request"]

_READ_SIZE = 256 * 1024
#: a tiny but non-zero timeout: a zero socket timeout means non-blocking, not "poll"
_POLL = 0.001
#: how long a connection attempt may take by default (client-go dials with 30 s)
CONNECT_TIMEOUT = 30.0


def upgrade_request(
    func: Callable[..., Any] | None,
    args: Sequence[Any],
    kwargs: dict[str, Any],
    protocols: Sequence[str],
    *,
    api_client: Any = None,
    path: str | None = None,
    query: list[tuple[str, str]] | None = None,
    op: Any = None,
) -> tuple[Any, Any, str, dict[str, str]]:
    """``(api_client, prepared request, key, upgrade headers)`` for a generated ``connect_*``
    method called with ``args``/``kwargs`` (or for ``path`` and ``query``)."""
    if op is not None:
        kwargs = {k: v for k, v in kwargs.items() if k != "_preload_content"}
        prepared = api_client.prepare(op, tuple(args), kwargs)
    elif func is not None:
        api_client = client_of(func)
        op = op_of(func)
        kwargs = {k: v for k, v in kwargs.items() if k != "_preload_content"}
        prepared = api_client.prepare(op, tuple(args), kwargs)
    else:
        if api_client is None or path is None:
            raise TypeError("pass a generated method, or api_client and path")
        prepared = api_client.prepare_raw(f"GET {path}", "GET", path, query=query or [])
    key = new_key()
    headers = {
        "Connection": "Upgrade",
        "Upgrade": "websocket",
        "Sec-WebSocket-Version": "13",
        "Sec-WebSocket-Key": key,
        "Sec-WebSocket-Protocol": ", ".join(protocols),
    }
    prepared.headers = [
        (name, value)
        for name, value in prepared.headers
        if name.lower() not in ("accept-encoding", "accept")
    ]
    prepared.headers.extend(headers.items())
    return api_client, prepared, key, headers


def _build(client: httpx.Client | httpx.AsyncClient, prepared: Any) -> httpx.Request:
    timeout = prepared.timeout
    connect = timeout.connect if timeout.connect is not None else CONNECT_TIMEOUT
    return client.build_request(
        "GET",
        prepared.url,
        params=list(prepared.query),
        headers=prepared.headers,
        timeout=httpx.Timeout(connect=connect, read=connect, write=connect, pool=connect),
        extensions=prepared.extensions or None,
    )


def _check(response: httpx.Response, key: str, body: bytes | None, name: str) -> str | None:
    if response.status_code != 101:
        raise exception_for(response.status_code)(
            status=response.status_code,
            reason=response.reason_phrase,
            body=body,
            headers=response.headers,
            operation=name,
        )
    accept = response.headers.get("sec-websocket-accept")
    if accept != accept_value(key):
        raise WebSocketError("the server answered the upgrade with a wrong Sec-WebSocket-Accept")
    protocol = response.headers.get("sec-websocket-protocol")
    return protocol.strip() if protocol else None


class _Base:
    def __init__(self, response: httpx.Response, protocol: str | None) -> None:
        self.response = response
        #: the negotiated subprotocol
        self.protocol = protocol
        self.ws = WebSocket()
        #: the transport ended (closing handshake done, or the connection dropped)
        self.closed = False
        #: why the connection ended abnormally, if it did
        self.failure: Exception | None = None
        self.last_received = time.monotonic()
        self._stream: Any = response.extensions["network_stream"]

    def socket(self) -> Any:
        """The underlying socket, for ``select`` (None if the stream has none)."""
        return self._stream.get_extra_info("socket")

    def _events(self, data: bytes) -> list[Message | Close]:
        if not data:
            self.closed = True
            try:
                self.ws.eof()
            except WebSocketError as error:
                self.failure = error
            return []
        self.last_received = time.monotonic()
        try:
            return self.ws.receive(data)
        except WebSocketError as error:
            self.failure = error
            self.closed = True
            raise


class SyncConnection(_Base):
    """A WebSocket on a sync httpx connection. Reads and writes may come from different
    threads (one lock each); ``receive`` returns what one read of the socket completes."""

    def __init__(self, response: httpx.Response, protocol: str | None) -> None:
        super().__init__(response, protocol)
        self._write_lock = threading.Lock()
        self._read_lock = threading.Lock()

    def send_raw(self, data: bytes, timeout: float | None = None) -> None:
        if not data:
            return
        with self._write_lock:
            try:
                self._stream.write(data, timeout)
            except (httpcore.WriteError, httpcore.WriteTimeout, OSError) as error:
                self.closed = True
                self.failure = error
                raise WebSocketError(f"cannot send: {error}") from error

    def send(self, message: bytes) -> None:
        self.send_raw(self.ws.binary(message))

    def receive(self, timeout: float | None) -> list[Message | Close]:
        """Read once (waiting up to ``timeout`` seconds, None: forever) and return the events
        completed; [] on timeout or after the connection ended."""
        if self.closed:
            return []
        with self._read_lock:
            try:
                data = self._stream.read(
                    _READ_SIZE, None if timeout is None else max(timeout, _POLL)
                )
            except httpcore.ReadTimeout:
                return []
            except (httpcore.ReadError, OSError) as error:
                self.closed = True
                self.failure = error
                return []
            events = self._events(data)
        owed = self.ws.data_to_send()
        if owed:
            try:
                self.send_raw(owed)
            except WebSocketError:
                pass
        if self.ws.closed:
            self._finish()
        return events

    def _finish(self) -> None:
        self.closed = True
        self.response.close()

    def close(self, code: int = 1000, reason: str = "") -> None:
        """Send our close frame (if not sent) and release the connection."""
        if not self.closed:
            try:
                self.send_raw(self.ws.close(code, reason), timeout=5.0)
            except WebSocketError:
                pass
        self.closed = True
        self.response.close()


class AsyncConnection(_Base):
    """A WebSocket on an asyncio httpx connection."""

    def __init__(self, response: httpx.Response, protocol: str | None) -> None:
        super().__init__(response, protocol)
        import asyncio

        self._write_lock = asyncio.Lock()
        self._read_lock = asyncio.Lock()

    async def send_raw(self, data: bytes, timeout: float | None = None) -> None:
        if not data:
            return
        async with self._write_lock:
            try:
                await self._stream.write(data, timeout)
            except (httpcore.WriteError, httpcore.WriteTimeout, OSError) as error:
                self.closed = True
                self.failure = error
                raise WebSocketError(f"cannot send: {error}") from error

    async def send(self, message: bytes) -> None:
        await self.send_raw(self.ws.binary(message))

    async def receive(self, timeout: float | None) -> list[Message | Close]:
        if self.closed:
            return []
        async with self._read_lock:
            try:
                data = await self._stream.read(
                    _READ_SIZE, None if timeout is None else max(timeout, _POLL)
                )
            except httpcore.ReadTimeout:
                return []
            except (httpcore.ReadError, OSError) as error:
                self.closed = True
                self.failure = error
                return []
            events = self._events(data)
        owed = self.ws.data_to_send()
        if owed:
            try:
                await self.send_raw(owed)
            except WebSocketError:
                pass
        if self.ws.closed:
            await self._finish()
        return events

    async def _finish(self) -> None:
        self.closed = True
        await self.response.aclose()

    async def close(self, code: int = 1000, reason: str = "") -> None:
        if not self.closed:
            try:
                await self.send_raw(self.ws.close(code, reason), timeout=5.0)
            except WebSocketError:
                pass
        self.closed = True
        await self.response.aclose()


def connect(
    func: Callable[..., Any] | None,
    args: Sequence[Any],
    kwargs: dict[str, Any],
    protocols: Sequence[str],
    **target: Any,
) -> SyncConnection:
    """Upgrade to a WebSocket (sync)."""
    api_client, prepared, key, _ = upgrade_request(func, args, kwargs, protocols, **target)
    # the session holds a slot of the pool until it closes, as any streamed response
    client, admission = api_client._pooled()
    response = admission.send(client, _build(client, prepared))
    body = None
    if response.status_code != 101:
        try:
            body = response.read()
        finally:
            response.close()
    try:
        protocol = _check(response, key, body, prepared.name)
    except WebSocketError:
        response.close()
        raise
    return SyncConnection(response, protocol)


async def aconnect(
    func: Callable[..., Any] | None,
    args: Sequence[Any],
    kwargs: dict[str, Any],
    protocols: Sequence[str],
    **target: Any,
) -> AsyncConnection:
    """Upgrade to a WebSocket (asyncio)."""
    api_client, prepared, key, _ = upgrade_request(func, args, kwargs, protocols, **target)
    client, admission = api_client._pooled()
    response = await admission.send(client, _build(client, prepared))
    body = None
    if response.status_code != 101:
        try:
            body = await response.aread()
        finally:
            await response.aclose()
    try:
        protocol = _check(response, key, body, prepared.name)
    except WebSocketError:
        await response.aclose()
        raise
    return AsyncConnection(response, protocol)
