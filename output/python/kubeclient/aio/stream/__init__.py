"""Exec, attach and port-forward over WebSocket with asyncio.

``await stream(api.connect_get_namespaced_pod_exec, name, ns, command=[...], ...)`` as the
sync :func:`kubeclient.stream.stream`; the channel protocols and the WebSocket framing are the
same modules (:mod:`kubeclient.stream._channels`, :mod:`kubeclient.stream._ws`).
"""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Awaitable, Callable
from typing import Any

from ...client._operation import Op
from ...client.api_client import AsyncApiClient
from ...stream._channels import (
    ERROR_CHANNEL,
    EXEC_PROTOCOLS,
    PORTFORWARD_PROTOCOLS,
    RESIZE_CHANNEL,
    STDERR_CHANNEL,
    STDIN_CHANNEL,
    STDOUT_CHANNEL,
    ExecError,
    ExecState,
    NonZeroExitError,
    PortForwardError,
    PortForwardState,
    get_websocket_url,
    parse_ports,
)
from ...stream._connect import AsyncConnection, aconnect
from ...stream._ws import BINARY, Close, Message, WebSocketError
from ...stream.ws_client import DEAD_AFTER, PING_INTERVAL

__all__ = [
    "ERROR_CHANNEL",
    "RESIZE_CHANNEL",
    "STDERR_CHANNEL",
    "STDIN_CHANNEL",
    "STDOUT_CHANNEL",
    "ExecError",
    "NonZeroExitError",
    "PortForward",
    "PortForwardError",
    "WSClient",
    "WebSocketError",
    "WsApiClient",
    "get_websocket_url",
    "portforward",
    "run",
    "stream",
]


class WSClient:
    """The asyncio exec/attach session (methods as the sync ``WSClient``, awaited)."""

    def __init__(self, connection: AsyncConnection, binary: bool = False) -> None:
        self._conn = connection
        self.state = ExecState(connection.protocol)
        self.binary = binary
        self._last_ping = time.monotonic()

    @property
    def protocol(self) -> str | None:
        return self.state.protocol

    def is_open(self) -> bool:
        return not self._conn.closed

    @property
    def returncode(self) -> int | None:
        return self.state.returncode

    @property
    def error(self) -> ExecError | None:
        return self.state.error

    def check_returncode(self) -> int:
        if self.state.error is not None:
            raise self.state.error
        code = self.state.returncode
        if code is None:
            raise ExecError("the connection ended before the command's status arrived")
        if code != 0:
            raise NonZeroExitError(code)
        return code

    async def update(self, timeout: float | None = 0) -> None:
        deadline = None if timeout is None else time.monotonic() + timeout
        while not self._conn.closed:
            now = time.monotonic()
            left = None if deadline is None else max(deadline - now, 0.0)
            slice_ = PING_INTERVAL if left is None else min(left, PING_INTERVAL)
            events = await self._conn.receive(slice_)
            self._dispatch(events)
            if events or self._conn.closed:
                return
            now = time.monotonic()
            if now - self._conn.last_received > DEAD_AFTER:
                self._conn.failure = WebSocketError("no data or pong for 61 s")
                await self._conn.close(1001)
                return
            # ping only an idle connection: while data flows the peer is evidently alive,
            # and kube-apiserver v1.37 was seen to drop an exec connection that received
            # pings while it streamed output
            idle = now - self._conn.last_received
            if idle >= PING_INTERVAL and now - self._last_ping >= PING_INTERVAL:
                self._last_ping = now
                try:
                    await self._conn.send_raw(self._conn.ws.ping())
                except WebSocketError:
                    return
            if deadline is not None and now >= deadline:
                return

    def _dispatch(self, events: list[Message | Close]) -> None:
        for event in events:
            if isinstance(event, Message):
                if event.opcode != BINARY:
                    raise WebSocketError("the server sent a text frame on a binary protocol")
                self.state.receive(event.data)

    async def read_channel(self, channel: int, timeout: float | None = 0) -> Any:
        await self.update(0 if self.state.pending(channel) else timeout)
        if self.binary:
            return self.state.take(channel)
        return self.state.take_text(channel, final=self._conn.closed)

    async def readline_channel(self, channel: int, timeout: float | None = None) -> Any:
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            line = self.state.take_line(channel, final=self._conn.closed)
            if line is not None:
                return line.encode() if self.binary else line
            if self._conn.closed:
                return None
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                return None
            await self.update(left)

    async def read_stdout(self, timeout: float | None = None) -> Any:
        return await self.read_channel(STDOUT_CHANNEL, timeout)

    async def read_stderr(self, timeout: float | None = None) -> Any:
        return await self.read_channel(STDERR_CHANNEL, timeout)

    async def readline_stdout(self, timeout: float | None = None) -> Any:
        return await self.readline_channel(STDOUT_CHANNEL, timeout)

    async def readline_stderr(self, timeout: float | None = None) -> Any:
        return await self.readline_channel(STDERR_CHANNEL, timeout)

    def read_all(self) -> Any:
        data = self.state.take_all()
        return data if self.binary else data.decode("utf-8", "replace")

    async def run_forever(self, timeout: float | None = None) -> None:
        deadline = None if timeout is None else time.monotonic() + timeout
        while not self._conn.closed:
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                return
            await self.update(left)

    async def write_channel(self, channel: int, data: bytes | str) -> None:
        payload = data.encode("utf-8") if isinstance(data, str) else bytes(data)
        step = 32 * 1024  # moderate messages, draining what arrived before each (see sync)
        for start in range(0, max(len(payload), 1), step):
            if start:
                await self.update(0)
            await self._conn.send(ExecState.frame(channel, payload[start : start + step]))

    async def write_stdin(self, data: bytes | str) -> None:
        await self.write_channel(STDIN_CHANNEL, data)

    async def close_stdin(self) -> bool:
        frame = self.state.close_frame(STDIN_CHANNEL)
        if frame is None:
            return False
        await self._conn.send(frame)
        return True

    async def resize_terminal(self, width: int, height: int) -> None:
        await self._conn.send(ExecState.resize_frame(width, height))

    resize = resize_terminal

    async def close(self, code: int = 1000, reason: str = "") -> None:
        await self._conn.close(code, reason)

    async def __aenter__(self) -> WSClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


async def stream(func: Callable[..., Awaitable[Any]], *args: Any, **kwargs: Any) -> Any:
    """See :func:`kubeclient.stream.stream` (awaited)."""
    name = getattr(func, "__name__", "")
    if name.endswith("_portforward"):
        return await portforward(func, *args, **kwargs)
    return await _exec(func, args, kwargs)


async def _exec(
    func: Callable[..., Awaitable[Any]] | None,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    **target: Any,
) -> Any:
    binary = bool(kwargs.pop("binary", False))
    preload = kwargs.get("_preload_content", True)
    timeout = kwargs.get("_request_timeout")
    connection = await aconnect(func, args, kwargs, EXEC_PROTOCOLS, **target)
    client = WSClient(connection, binary=binary)
    if not preload:
        return client
    try:
        await client.run_forever(timeout=timeout if isinstance(timeout, int | float) else None)
    finally:
        await client.close()
    if client.error is not None:
        raise client.error
    return client.read_all()


class WsApiClient(AsyncApiClient):
    """kubernetes_asyncio's ``WsApiClient``: API objects built on it run the
    ``connect_*_exec``/``connect_*_attach`` methods over WebSocket (the output, or a
    :class:`WSClient` with ``_preload_content=False``) and ``connect_*_portforward`` as
    :func:`portforward`; every other method is a normal request. Nothing is patched."""

    async def invoke(
        self, op: Op, args: tuple[Any, ...], kwargs: dict[str, Any], with_info: bool = False
    ) -> Any:
        if op.name.startswith("connect_") and op.name.endswith(("_exec", "_attach")):
            return await _exec(None, args, dict(kwargs), api_client=self, op=op)
        if op.name.startswith("connect_") and op.name.endswith("_portforward"):
            return await _portforward(None, args, dict(kwargs), api_client=self, op=op)
        return await super().invoke(op, args, kwargs, with_info)


async def run(
    func: Callable[..., Awaitable[Any]], *args: Any, **kwargs: Any
) -> tuple[bytes, bytes, int]:
    """See :func:`kubeclient.stream.run` (awaited)."""
    kwargs = {**kwargs, "_preload_content": False}
    kwargs.setdefault("stdout", True)
    kwargs.setdefault("stderr", True)
    kwargs.pop("binary", None)
    timeout = kwargs.get("_request_timeout")
    client = WSClient(await aconnect(func, args, kwargs, EXEC_PROTOCOLS), binary=True)
    try:
        await client.run_forever(timeout=timeout if isinstance(timeout, int | float) else None)
    finally:
        await client.close()
    if client.error is not None:
        raise client.error
    code = client.returncode
    if code is None:
        raise ExecError("the connection ended before the command's status arrived")
    return client.state.take(STDOUT_CHANNEL), client.state.take(STDERR_CHANNEL), code


class PortForward:
    """A port-forward WebSocket (asyncio). ``await open_connection(port)`` gives a
    ``(StreamReader, StreamWriter)`` pair connected to the pod's port; ``socket(port)`` is
    the same connection as a plain connected socket."""

    def __init__(self, connection: AsyncConnection, ports: list[int]) -> None:
        self._conn = connection
        self.state = PortForwardState(ports)
        self.ports = ports
        self._user: list[socket.socket] = []
        self._inner: list[socket.socket] = []
        for _ in ports:
            user, inner = socket.socketpair()
            user.setblocking(False)
            inner.setblocking(False)
            self._user.append(user)
            self._inner.append(inner)
        self._writers: list[asyncio.StreamWriter] = []
        self._user_writers: dict[int, asyncio.StreamWriter] = {}
        self._task: asyncio.Task[None] | None = None
        self.failure: BaseException | None = None

    async def _start(self) -> None:
        readers = []
        for inner in self._inner:
            reader, writer = await asyncio.open_connection(sock=inner)
            readers.append(reader)
            self._writers.append(writer)
        self._task = asyncio.create_task(self._pump(readers))

    @property
    def connected(self) -> bool:
        return not self._conn.closed

    def socket(self, port: int) -> socket.socket:
        return self._user[self.state.index(port)]

    async def open_connection(self, port: int) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        index = self.state.index(port)
        reader, writer = await asyncio.open_connection(sock=self._user[index])
        # the socket now belongs to the writer's transport: close it through that
        self._user_writers[index] = writer
        return reader, writer

    def error(self, port: int) -> str | None:
        return self.state.error(self.state.index(port))

    def check(self, port: int) -> None:
        text = self.error(port)
        if text:
            raise PortForwardError(text)
        if self.failure is not None:
            raise PortForwardError(str(self.failure)) from self.failure

    async def close(self) -> None:
        await self._conn.close()
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except (asyncio.CancelledError, Exception):
                pass
        for index, sock in enumerate(self._user):
            writer = self._user_writers.get(index)
            if writer is not None:
                writer.close()  # never close a socket under a live transport
            else:
                sock.close()

    async def __aenter__(self) -> PortForward:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def _pump(self, readers: list[asyncio.StreamReader]) -> None:
        local = [asyncio.create_task(self._upstream(i, r)) for i, r in enumerate(readers)]
        try:
            while not self._conn.closed:
                for event in await self._conn.receive(None):
                    if isinstance(event, Message):
                        delivered = self.state.receive(event.data)
                        if delivered is not None:
                            index, data = delivered
                            self._writers[index].write(data)
                            await self._writers[index].drain()
        except Exception as error:
            self.failure = error
        finally:
            for task in local:
                task.cancel()
            for writer in self._writers:
                try:
                    writer.close()
                except Exception:
                    pass
            await self._conn.close()

    async def _upstream(self, index: int, reader: asyncio.StreamReader) -> None:
        while True:
            data = await reader.read(64 * 1024)
            if not data:
                return
            await self._conn.send(PortForwardState.frame(index, data))


async def portforward(
    func: Callable[..., Awaitable[Any]], *args: Any, **kwargs: Any
) -> PortForward:
    """See :func:`kubeclient.stream.portforward` (awaited)."""
    return await _portforward(func, args, kwargs)


async def _portforward(
    func: Callable[..., Awaitable[Any]] | None,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    **target: Any,
) -> PortForward:
    ports = parse_ports(kwargs.pop("ports", None) or "")
    kwargs.pop("_preload_content", None)
    query_ports = ",".join(str(port) for port in ports)
    connection = await aconnect(
        func, args, {**kwargs, "ports": query_ports}, PORTFORWARD_PROTOCOLS, **target
    )
    forward = PortForward(connection, ports)
    await forward._start()
    return forward
