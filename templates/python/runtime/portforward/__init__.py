"""A local listener, like ``kubectl port-forward``: each accepted TCP connection gets its own
port-forward WebSocket (one connection per port per WebSocket is all the protocol allows).

    from kubeclient import portforward

    with portforward.forward(v1.connect_get_namespaced_pod_portforward, "pod", "ns",
                             ports="8080:80") as fwd:
        urlopen(f"http://127.0.0.1:{fwd.local_port(80)}/")

    async with portforward.aforward(av1.connect_get_namespaced_pod_portforward, "pod", "ns",
                                    ports=[80]) as fwd: ...

``ports``: ``"LOCAL:REMOTE"`` or ``"REMOTE"`` items (comma-separated string or a list); a
local port of 0 (the default for a bare remote port) picks a free port.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import selectors
import socket
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any

from ..stream._channels import PortForwardError, parse_ports
from ..stream.ws_client import portforward as _open

__all__ = ["AsyncForwarder", "Forwarder", "aforward", "forward", "parse_mappings"]

logger = logging.getLogger(__name__.split(".")[0] + ".portforward")


def parse_mappings(ports: str | int | Sequence[int | str]) -> list[tuple[int, int]]:
    """``"8080:80,9090"`` → ``[(8080, 80), (0, 9090)]``."""
    items: list[str]
    if isinstance(ports, int):
        items = [str(ports)]
    elif isinstance(ports, str):
        items = [item for item in ports.split(",") if item.strip()]
    else:
        items = [str(item) for item in ports]
    result: list[tuple[int, int]] = []
    for item in items:
        local, _, remote = item.strip().rpartition(":")
        (remote_port,) = parse_ports(remote)
        local_port = int(local) if local else 0
        if not 0 <= local_port < 1 << 16:
            raise ValueError(f"local port {local_port} is out of range")
        result.append((local_port, remote_port))
    if not result:
        raise ValueError("no port given")
    return result


class Forwarder:
    """Listening sockets on ``address``; a thread accepts and pipes each connection."""

    def __init__(
        self,
        func: Callable[..., Any],
        args: tuple[Any, ...],
        mappings: list[tuple[int, int]],
        address: str = "127.0.0.1",
    ) -> None:
        self._func = func
        self._args = args
        self._listeners: dict[int, socket.socket] = {}
        for local, remote in mappings:
            listener = socket.create_server((address, local))
            listener.setblocking(False)
            self._listeners[remote] = listener
        self._stopped = threading.Event()
        self._threads: list[threading.Thread] = []
        self.errors: list[BaseException] = []
        self._thread = threading.Thread(target=self._accept_loop, daemon=True)
        self._thread.start()

    def local_port(self, remote: int) -> int:
        port: int = self._listeners[remote].getsockname()[1]
        return port

    @property
    def addresses(self) -> dict[int, tuple[str, int]]:
        return {remote: sock.getsockname()[:2] for remote, sock in self._listeners.items()}

    def _accept_loop(self) -> None:
        with selectors.DefaultSelector() as selector:
            for remote, listener in self._listeners.items():
                selector.register(listener, selectors.EVENT_READ, remote)
            while not self._stopped.is_set():
                for key, _ in selector.select(0.2):
                    try:
                        conn, _ = key.fileobj.accept()  # type: ignore[union-attr]
                    except OSError:
                        continue
                    thread = threading.Thread(target=self._pipe, args=(conn, key.data), daemon=True)
                    self._threads.append(thread)
                    thread.start()

    def _pipe(self, conn: socket.socket, remote: int) -> None:
        try:
            forward = _open(self._func, *self._args, ports=str(remote))
        except BaseException as error:
            self.errors.append(error)
            logger.error("port-forward to %s failed: %s", remote, error)
            conn.close()
            return
        with forward, conn:
            pod = forward.socket(remote)
            conn.setblocking(True)
            done = threading.Event()

            def upstream() -> None:
                try:
                    while not done.is_set():
                        data = conn.recv(64 * 1024)
                        if not data:
                            break
                        pod.sendall(data)
                except OSError:
                    pass
                finally:
                    done.set()
                    # v4 has no half-close: the client is done, so is the WebSocket (this
                    # also ends the pod side when the server keeps the stream open)
                    forward.close()

            thread = threading.Thread(target=upstream, daemon=True)
            thread.start()
            try:
                while True:
                    data = pod.recv(64 * 1024)
                    if not data:
                        break
                    conn.sendall(data)
            except OSError:
                pass
            reported = forward.error(remote)
            if reported:
                self.errors.append(PortForwardError(reported))
            done.set()
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self._stopped.set()
        self._thread.join(5)
        for listener in self._listeners.values():
            listener.close()


@contextlib.contextmanager
def forward(
    func: Callable[..., Any],
    *args: Any,
    ports: str | int | Sequence[int | str],
    address: str = "127.0.0.1",
) -> Iterator[Forwarder]:
    """Listen locally and forward every connection to the pod (sync, threads)."""
    forwarder = Forwarder(func, args, parse_mappings(ports), address)
    try:
        yield forwarder
    finally:
        forwarder.close()


class AsyncForwarder:
    """The asyncio listener: one task per accepted connection."""

    def __init__(self, func: Callable[..., Awaitable[Any]], args: tuple[Any, ...]) -> None:
        self._func = func
        self._args = args
        self._servers: dict[int, asyncio.Server] = {}
        self._handlers: set[asyncio.Task[Any]] = set()
        self.errors: list[BaseException] = []

    async def start(self, mappings: list[tuple[int, int]], address: str) -> None:
        for local, remote in mappings:

            async def handle(
                reader: asyncio.StreamReader, writer: asyncio.StreamWriter, remote: int = remote
            ) -> None:
                task = asyncio.current_task()
                if task is not None:
                    self._handlers.add(task)
                try:
                    await self._pipe(reader, writer, remote)
                except asyncio.CancelledError:
                    writer.close()  # closing the listener ends its connections
                finally:
                    if task is not None:
                        self._handlers.discard(task)

            self._servers[remote] = await asyncio.start_server(handle, address, local)

    def local_port(self, remote: int) -> int:
        port: int = self._servers[remote].sockets[0].getsockname()[1]
        return port

    async def _pipe(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, remote: int
    ) -> None:
        from ..aio.stream import portforward as _aopen

        try:
            fwd = await _aopen(self._func, *self._args, ports=str(remote))
        except BaseException as error:
            self.errors.append(error)
            writer.close()
            return
        async with fwd:
            pod_reader, pod_writer = await fwd.open_connection(remote)

            async def copy(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
                try:
                    while data := await src.read(64 * 1024):
                        dst.write(data)
                        await dst.drain()
                except (OSError, asyncio.IncompleteReadError):
                    pass

            up = asyncio.create_task(copy(reader, pod_writer))
            down = asyncio.create_task(copy(pod_reader, writer))
            await asyncio.wait((up, down), return_when=asyncio.FIRST_COMPLETED)
            if up.done():
                # the client is done (v4 has no half-close): end the WebSocket, which ends
                # the pod side once its data is delivered
                await fwd.close()
            await asyncio.wait((down,), timeout=30)
            up.cancel()
            down.cancel()
            reported = fwd.error(remote)
            if reported:
                self.errors.append(PortForwardError(reported))
            writer.close()
            pod_writer.close()

    async def close(self) -> None:
        for server in self._servers.values():
            server.close()
        handlers = list(self._handlers)
        for task in handlers:
            task.cancel()
        await asyncio.gather(*handlers, return_exceptions=True)
        for server in self._servers.values():
            await server.wait_closed()


@contextlib.asynccontextmanager
async def aforward(
    func: Callable[..., Awaitable[Any]],
    *args: Any,
    ports: str | int | Sequence[int | str],
    address: str = "127.0.0.1",
) -> AsyncIterator[AsyncForwarder]:
    """Listen locally and forward every connection to the pod (asyncio)."""
    forwarder = AsyncForwarder(func, args)
    await forwarder.start(parse_mappings(ports), address)
    try:
        yield forwarder
    finally:
        await forwarder.close()
