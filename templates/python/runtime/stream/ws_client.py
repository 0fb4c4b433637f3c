"""Exec, attach and port-forward over WebSocket (sync), as ``kubernetes.stream`` does them.

``stream(api.connect_get_namespaced_pod_exec, name, ns, command=[...], stderr=True,
stdin=False, stdout=True, tty=False)`` returns the output; with ``_preload_content=False`` it
returns a :class:`WSClient`. Nothing of the API client is patched: any number of sessions
may run at once, from any threads.
"""

from __future__ import annotations

import select
import socket
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any

from ._channels import (
    CLOSE_CHANNEL,
    ERROR_CHANNEL,
    EXEC_PROTOCOLS,
    PORTFORWARD_PROTOCOLS,
    RESIZE_CHANNEL,
    STDERR_CHANNEL,
    STDIN_CHANNEL,
    STDOUT_CHANNEL,
    V4_CHANNEL_PROTOCOL,
    V5_CHANNEL_PROTOCOL,
    ExecError,
    ExecState,
    NonZeroExitError,
    PortForwardError,
    PortForwardState,
    get_websocket_url,
    parse_ports,
)
from ._connect import SyncConnection, connect
from ._ws import BINARY, Close, Message, WebSocketError

__all__ = [
    "CLOSE_CHANNEL",
    "ERROR_CHANNEL",
    "RESIZE_CHANNEL",
    "STDERR_CHANNEL",
    "STDIN_CHANNEL",
    "STDOUT_CHANNEL",
    "V4_CHANNEL_PROTOCOL",
    "V5_CHANNEL_PROTOCOL",
    "PortForward",
    "WSClient",
    "get_websocket_url",
    "portforward",
    "stream",
]

#: client-go pings every 5 s and gives up after 61 s without any data or pong
PING_INTERVAL = 5.0
DEAD_AFTER = 61.0


class WSClient:
    """An exec/attach session: the official ``WSClient`` interface over the v5/v4 channel
    protocol. Text reads decode UTF-8 incrementally (a character split between messages is
    not garbled); pass ``binary=True`` to :func:`stream` for bytes."""

    def __init__(self, connection: SyncConnection, binary: bool = False) -> None:
        self._conn = connection
        self.state = ExecState(connection.protocol)
        self.binary = binary
        self._last_ping = time.monotonic()
        self._lock = threading.RLock()

    # -- state -----------------------------------------------------------------------------

    @property
    def protocol(self) -> str | None:
        """The negotiated subprotocol: ``v5.channel.k8s.io`` or ``v4.channel.k8s.io``."""
        return self.state.protocol

    def is_open(self) -> bool:
        return not self._conn.closed

    @property
    def returncode(self) -> int | None:
        """The command's exit code once the status arrived (None before, or when the
        command failed without one: see :attr:`error`)."""
        return self.state.returncode

    @property
    def error(self) -> ExecError | None:
        """A failure reported on the status channel other than a non-zero exit."""
        return self.state.error

    def check_returncode(self) -> int:
        """Raise :class:`NonZeroExitError` or :class:`ExecError` unless the command exited
        with 0 (call after :meth:`run_forever`)."""
        if self.state.error is not None:
            raise self.state.error
        code = self.state.returncode
        if code is None:
            raise ExecError("the connection ended before the command's status arrived")
        if code != 0:
            raise NonZeroExitError(code)
        return code

    # -- reading ---------------------------------------------------------------------------

    def update(self, timeout: float | None = 0) -> None:
        """Wait up to ``timeout`` seconds (None: until something arrives) for messages and
        buffer them per channel."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while not self._conn.closed:
            now = time.monotonic()
            left = None if deadline is None else max(deadline - now, 0.0)
            slice_ = PING_INTERVAL if left is None else min(left, PING_INTERVAL)
            events = self._conn.receive(slice_)
            self._dispatch(events)
            if events or self._conn.closed:
                return
            now = time.monotonic()
            if now - self._conn.last_received > DEAD_AFTER:
                self._conn.failure = WebSocketError("no data or pong for 61 s")
                self._conn.close(1001)
                return
            # ping only an idle connection: while data flows the peer is evidently alive,
            # and kube-apiserver v1.37 was seen to drop an exec connection that received
            # pings while it streamed output
            idle = now - self._conn.last_received
            if idle >= PING_INTERVAL and now - self._last_ping >= PING_INTERVAL:
                self._last_ping = now
                try:
                    self._conn.send_raw(self._conn.ws.ping())
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

    def peek_channel(self, channel: int, timeout: float | None = 0) -> Any:
        """What is buffered on ``channel`` (kept in the buffer)."""
        self.update(0 if self.state.pending(channel) else timeout)
        found = self.state._channels.get(channel)
        data = bytes(found.data) if found else b""
        return data if self.binary else data.decode("utf-8", "replace")

    def read_channel(self, channel: int, timeout: float | None = 0) -> Any:
        """What is buffered on ``channel``, removed; waits up to ``timeout`` if nothing is."""
        self.update(0 if self.state.pending(channel) else timeout)
        if self.binary:
            return self.state.take(channel)
        return self.state.take_text(channel, final=self._conn.closed)

    def readline_channel(self, channel: int, timeout: float | None = None) -> Any:
        """One line from ``channel`` (without the newline); None if the timeout passes or the
        stream ends first (the unfinished rest is returned at the end of the stream)."""
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
            self.update(left)

    def read_stdout(self, timeout: float | None = None) -> Any:
        return self.read_channel(STDOUT_CHANNEL, timeout)

    def read_stderr(self, timeout: float | None = None) -> Any:
        return self.read_channel(STDERR_CHANNEL, timeout)

    def peek_stdout(self, timeout: float | None = 0) -> Any:
        return self.peek_channel(STDOUT_CHANNEL, timeout)

    def peek_stderr(self, timeout: float | None = 0) -> Any:
        return self.peek_channel(STDERR_CHANNEL, timeout)

    def readline_stdout(self, timeout: float | None = None) -> Any:
        return self.readline_channel(STDOUT_CHANNEL, timeout)

    def readline_stderr(self, timeout: float | None = None) -> Any:
        return self.readline_channel(STDERR_CHANNEL, timeout)

    def read_all(self) -> Any:
        """All buffered stdout and stderr, in arrival order."""
        data = self.state.take_all()
        return data if self.binary else data.decode("utf-8", "replace")

    def run_forever(self, timeout: float | None = None) -> None:
        """Read until the server closes the connection (or ``timeout`` seconds pass)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while not self._conn.closed:
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                return
            self.update(left)

    # -- writing ---------------------------------------------------------------------------

    def write_channel(self, channel: int, data: bytes | str) -> None:
        payload = data.encode("utf-8") if isinstance(data, str) else bytes(data)
        # moderate messages, and what arrived is buffered before each: a process that
        # echoes its input (cat) cannot block the server on writing to us while we block on
        # writing to it
        step = 32 * 1024
        for start in range(0, max(len(payload), 1), step):
            if start:
                self.update(0)
            self._conn.send(ExecState.frame(channel, payload[start : start + step]))

    def write_stdin(self, data: bytes | str) -> None:
        self.write_channel(STDIN_CHANNEL, data)

    def close_stdin(self) -> bool:
        """Signal end of input (v5 only: the process reads EOF). False on v4, which cannot."""
        frame = self.state.close_frame(STDIN_CHANNEL)
        if frame is None:
            return False
        self._conn.send(frame)
        return True

    def resize_terminal(self, width: int, height: int) -> None:
        """Resize the TTY (``tty=True`` sessions)."""
        self._conn.send(ExecState.resize_frame(width, height))

    resize = resize_terminal

    def close(self, code: int = 1000, reason: str = "") -> None:
        self._conn.close(code, reason)

    def __enter__(self) -> WSClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __del__(self) -> None:
        conn = getattr(self, "_conn", None)
        if conn is not None and not conn.closed:
            try:
                conn.response.close()
            except Exception:
                pass


def stream(func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Run a ``connect_*_exec``/``connect_*_attach`` method over WebSocket.

    Returns all stdout and stderr output (``str``; ``bytes`` with ``binary=True``) once the
    command ended, as the official client does; a failure of the command other than its exit
    code raises :class:`ExecError`. With ``_preload_content=False``, returns a
    :class:`WSClient`. A ``connect_*_portforward`` method returns a :class:`PortForward`.
    """
    name = getattr(func, "__name__", "")
    if name.endswith("_portforward"):
        return portforward(func, *args, **kwargs)
    binary = bool(kwargs.pop("binary", False))
    preload = kwargs.get("_preload_content", True)
    timeout = kwargs.get("_request_timeout")
    client = WSClient(connect(func, args, kwargs, EXEC_PROTOCOLS), binary=binary)
    if not preload:
        return client
    try:
        client.run_forever(timeout=timeout if isinstance(timeout, int | float) else None)
    finally:
        client.close()
    if client.error is not None:
        raise client.error
    return client.read_all()


def run(func: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[bytes, bytes, int]:
    """Run a command to completion: ``(stdout, stderr, returncode)`` as bytes. Failures other
    than the exit code raise :class:`ExecError`."""
    kwargs = {**kwargs, "_preload_content": False}
    kwargs.setdefault("stdout", True)
    kwargs.setdefault("stderr", True)
    kwargs.pop("binary", None)
    timeout = kwargs.get("_request_timeout")
    client = WSClient(connect(func, args, kwargs, EXEC_PROTOCOLS), binary=True)
    try:
        client.run_forever(timeout=timeout if isinstance(timeout, int | float) else None)
    finally:
        client.close()
    if client.error is not None:
        raise client.error
    code = client.returncode
    if code is None:
        raise ExecError("the connection ended before the command's status arrived")
    return client.state.take(STDOUT_CHANNEL), client.state.take(STDERR_CHANNEL), code


# -- port-forward ----------------------------------------------------------------------------


class _Socket:
    """The caller's end of a forwarded port: a connected socket (``socketpair``) that
    ignores TCP-only options, so HTTP libraries can use it as a TCP socket."""

    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock

    def setsockopt(self, *args: Any) -> None:
        if args and args[0] == socket.IPPROTO_TCP:
            return
        self._sock.setsockopt(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)

    def __enter__(self) -> _Socket:
        return self

    def __exit__(self, *exc: object) -> None:
        self._sock.close()


class PortForward:
    """One port-forward WebSocket forwarding ``ports``: ``socket(port)`` is connected to
    that port of the pod; ``error(port)`` is what its error channel said.

    One background thread moves data between the WebSocket and the local socket pairs; it
    ends when the server closes the connection or every local socket is closed.
    """

    def __init__(self, connection: SyncConnection, ports: list[int]) -> None:
        self._conn = connection
        self.state = PortForwardState(ports)
        self.ports = ports
        self._user: list[socket.socket] = []
        self._inner: list[socket.socket] = []
        self._pending: list[bytearray] = []
        self._eof = [False] * len(ports)
        for _ in ports:
            user, inner = socket.socketpair()
            inner.setblocking(False)
            self._user.append(user)
            self._inner.append(inner)
            self._pending.append(bytearray())
        self.failure: BaseException | None = None
        self._thread = threading.Thread(target=self._pump, name="kubeclient-portforward")
        self._thread.daemon = True
        self._thread.start()

    @property
    def connected(self) -> bool:
        return not self._conn.closed

    def socket(self, port: int) -> Any:
        return _Socket(self._user[self.state.index(port)])

    def error(self, port: int) -> str | None:
        return self.state.error(self.state.index(port))

    def check(self, port: int) -> None:
        """Raise :class:`PortForwardError` if the error channel of ``port`` reported one."""
        text = self.error(port)
        if text:
            raise PortForwardError(text)
        if self.failure is not None:
            raise PortForwardError(str(self.failure)) from self.failure

    def close(self) -> None:
        self._conn.close()
        for sock in self._user:
            sock.close()
        self._thread.join(5.0)

    def __enter__(self) -> PortForward:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _pump(self) -> None:
        try:
            self._loop()
        except BaseException as error:  # reported through check()/failure
            self.failure = error
        finally:
            self._conn.close()
            for index, inner in enumerate(self._inner):
                self._flush(index, final=True)
                try:
                    inner.shutdown(socket.SHUT_WR)
                except OSError:
                    pass
                inner.close()

    def _flush(self, index: int, final: bool = False) -> None:
        pending = self._pending[index]
        inner = self._inner[index]
        if final and pending:
            inner.setblocking(True)
            inner.settimeout(5.0)
        while pending:
            try:
                sent = inner.send(pending)
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                pending.clear()
                return
            del pending[:sent]

    def _loop(self) -> None:
        ws_sock = self._conn.socket()
        while not self._conn.closed:
            if all(self._eof):
                return
            readers: list[Any] = [s for i, s in enumerate(self._inner) if not self._eof[i]]
            writers = [s for i, s in enumerate(self._inner) if self._pending[i]]
            buffered = ws_sock is not None and getattr(ws_sock, "pending", lambda: 0)() > 0
            wait = 0.0 if buffered else (1.0 if ws_sock is not None else 0.01)
            if ws_sock is not None:
                readers.append(ws_sock)
            try:
                readable, writable, _ = select.select(readers, writers, [], wait)
            except (OSError, ValueError):
                return
            for index, inner in enumerate(self._inner):
                if inner in writable:
                    self._flush(index)
                if inner in readable:
                    try:
                        data = inner.recv(64 * 1024)
                    except (BlockingIOError, InterruptedError):
                        continue
                    except OSError:
                        data = b""
                    if data:
                        self._conn.send(PortForwardState.frame(index, data))
                    else:
                        self._eof[index] = True
            if ws_sock is None or buffered or ws_sock in readable:
                self._receive(0.0 if ws_sock is not None else 0.01)

    def _receive(self, timeout: float) -> None:
        for event in self._conn.receive(timeout):
            if isinstance(event, Message):
                delivered = self.state.receive(event.data)
                if delivered is not None:
                    index, data = delivered
                    self._pending[index] += data
                    self._flush(index)


def portforward(func: Callable[..., Any], *args: Any, **kwargs: Any) -> PortForward:
    """Open a port-forward WebSocket to a pod: ``portforward(api.connect_get_namespaced_pod_
    portforward, name, namespace, ports="8080,9090")``."""
    ports = parse_ports(kwargs.pop("ports", None) or "")
    kwargs.pop("_preload_content", None)
    query_ports = ",".join(str(port) for port in ports)
    connection = connect(func, args, {**kwargs, "ports": query_ports}, PORTFORWARD_PROTOCOLS)
    return PortForward(connection, ports)


__all__ += ["ExecError", "NonZeroExitError", "PortForwardError", "run"]
