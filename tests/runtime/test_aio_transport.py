"""The asyncio transport (httpcore's pool on asyncio protocols, without anyio): what httpx's
own transport guarantees must hold — TLS verification, backpressure both ways, timeouts,
dropped and reused connections, httpx's exception types — against real local servers."""

from __future__ import annotations

import asyncio
import hashlib
import os
import socket
import ssl
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpcore
import httpx
import pytest
from runtime.client._aio_transport import AsyncioBackend, AsyncTransport
from runtime.client.api_client import AsyncApiClient
from runtime.client.configuration import Configuration
from runtime_fakes import Pki, Reply, TestServer

Session = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


async def _head(reader: asyncio.StreamReader) -> bytes:
    return await reader.readuntil(b"\r\n\r\n")


async def _serve(session: Session, body: Callable[[str], Awaitable[object]]) -> object:
    """Run ``body(url)`` against a plain TCP server whose connections run ``session``."""
    server = await asyncio.start_server(session, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        return await body(f"http://127.0.0.1:{port}")
    finally:
        server.close()
        await server.wait_closed()


def _client(timeout: float = 10.0) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=AsyncTransport(None, httpx.Limits(max_connections=10)), timeout=timeout
    )


def test_the_api_client_uses_it_unless_a_proxy_is_configured() -> None:
    async def main() -> tuple[object, object]:
        direct = AsyncApiClient(Configuration(host="https://127.0.0.1:6443"))
        proxied_cfg = Configuration(host="https://127.0.0.1:6443")
        proxied_cfg.proxy = "http://127.0.0.1:3128"
        proxied = AsyncApiClient(proxied_cfg)
        try:
            return direct.http._transport, proxied.http._transport
        finally:
            await direct.close()
            await proxied.close()

    direct, proxied = asyncio.run(main())
    assert isinstance(direct, AsyncTransport)
    assert isinstance(proxied, httpx.AsyncHTTPTransport)


def test_tls_is_verified_and_client_certificates_are_sent(tls_server: TestServer, pki: Pki) -> None:
    async def get(cfg: Configuration) -> object:
        async with AsyncApiClient(cfg) as client:
            return await client.request("GET", "/version")

    tls_server.reply(Reply(200, {"ok": True}))
    cfg = Configuration(host=tls_server.url, ssl_ca_cert=pki.ca_cert)
    cfg.cert_file, cfg.key_file = pki.client_cert, pki.client_key
    assert asyncio.run(get(cfg)) == {"ok": True}
    assert tls_server.last.client_cert is not None
    wrong = Configuration(host=tls_server.url, ssl_ca_cert=pki.other_ca_cert)
    with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
        asyncio.run(get(wrong))


def test_a_large_body_read_slowly_arrives_whole(server: TestServer) -> None:
    """8 MiB in chunks, read with pauses: reading from the socket stops while the buffer is
    full and resumes as it drains (nothing lost, nothing reordered)."""
    payload = os.urandom(8 * 1024 * 1024)
    server.reply(Reply(200, payload, headers=[("Content-Type", "application/octet-stream")]))

    async def main() -> bytes:
        received = bytearray()
        async with _client() as http:
            async with http.stream("GET", server.url + "/big") as response:
                async for chunk in response.aiter_raw():
                    received += chunk
                    if len(received) % 7 == 0:
                        await asyncio.sleep(0.001)
        return bytes(received)

    assert hashlib.sha256(asyncio.run(main())).digest() == hashlib.sha256(payload).digest()


def test_a_large_upload_to_a_slow_reader_completes() -> None:
    """16 MiB sent to a server that reads slowly: writes wait for the socket to drain."""
    size = 16 * 1024 * 1024
    digest = hashlib.sha256()

    async def session(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _head(reader)
        left = size
        while left:
            chunk = await reader.read(min(left, 65536))
            digest.update(chunk)
            left -= len(chunk)
            await asyncio.sleep(0.0005)
        writer.write(b"HTTP/1.1 204 No Content\r\n\r\n")
        await writer.drain()
        writer.close()

    payload = os.urandom(size)

    async def body(url: str) -> object:
        async with _client() as http:
            return (await http.post(url, content=payload)).status_code

    assert asyncio.run(_serve(session, body)) == 204
    assert digest.digest() == hashlib.sha256(payload).digest()


def test_a_silent_server_is_a_read_timeout() -> None:
    async def session(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _head(reader)
        await asyncio.sleep(5)
        writer.close()

    async def body(url: str) -> object:
        async with _client(timeout=0.3) as http:
            return await http.get(url)

    with pytest.raises(httpx.ReadTimeout):
        asyncio.run(_serve(session, body))


def test_a_body_cut_short_is_a_protocol_error() -> None:
    async def session(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _head(reader)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly this")
        await writer.drain()
        writer.close()

    async def body(url: str) -> object:
        async with _client() as http:
            return await http.get(url)

    with pytest.raises(httpx.RemoteProtocolError):
        asyncio.run(_serve(session, body))


def test_a_refused_connection_is_a_connect_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    async def main() -> object:
        async with _client() as http:
            return await http.get(f"http://127.0.0.1:{port}/")

    with pytest.raises(httpx.ConnectError):
        asyncio.run(main())


def test_a_kept_alive_connection_the_server_closed_is_not_reused() -> None:
    """The server closes an idle keep-alive connection: the next request must not be sent
    on it (httpcore asks the stream whether it is readable) but on a new one."""
    connections: list[int] = []

    async def session(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connections.append(1)
        await _head(reader)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
        await writer.drain()
        await asyncio.sleep(0.05)
        writer.close()  # idle: gone, without a Connection: close

    async def body(url: str) -> object:
        async with _client() as http:
            first = (await http.get(url)).text
            await asyncio.sleep(0.3)
            second = (await http.get(url)).text
            return first, second

    assert asyncio.run(_serve(session, body)) == ("ok", "ok")
    assert len(connections) == 2


def test_many_requests_reuse_one_connection() -> None:
    connections: list[int] = []

    async def session(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connections.append(1)
        try:
            while True:
                await _head(reader)
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
                await writer.drain()
        except asyncio.IncompleteReadError:
            writer.close()

    async def body(url: str) -> object:
        async with _client() as http:
            return [(await http.get(url)).text for _ in range(50)]

    assert asyncio.run(_serve(session, body)) == ["ok"] * 50
    assert connections == [1]


def test_cancelling_a_waiting_read_leaves_the_pool_usable() -> None:
    async def session(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await _head(reader)
        if b"/slow" in head:
            await asyncio.sleep(5)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
        await writer.drain()
        writer.close()

    async def body(url: str) -> object:
        async with _client() as http:
            slow = asyncio.ensure_future(http.get(url + "/slow"))
            await asyncio.sleep(0.2)
            slow.cancel()
            with pytest.raises(asyncio.CancelledError):
                await slow
            return (await http.get(url + "/fast")).text

    assert asyncio.run(_serve(session, body)) == "ok"


def test_unix_sockets_and_tls_upgrade_of_the_backend(pki: Pki) -> None:
    """The backend's own interface: a Unix socket connection, and start_tls over TCP with a
    verified handshake (what httpcore does for https URLs)."""
    directory = Path(tempfile.mkdtemp(prefix="ks-uds-"))
    path = str(directory / "s")

    async def echo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(await reader.read(100))
        await writer.drain()
        writer.close()

    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(pki.server_cert, pki.server_key)
    client_tls = ssl.create_default_context(cafile=pki.ca_cert)

    async def main() -> tuple[bytes, bytes, object]:
        backend = AsyncioBackend()
        unix = await asyncio.start_unix_server(echo, path)
        tcp = await asyncio.start_server(echo, "127.0.0.1", 0, ssl=server_tls)
        try:
            stream = await backend.connect_unix_socket(path, timeout=5)
            await stream.write(b"over unix")
            over_unix = await stream.read(100, timeout=5)
            await stream.aclose()
            port = tcp.sockets[0].getsockname()[1]
            plain = await backend.connect_tcp("127.0.0.1", port, timeout=5)
            secure = await plain.start_tls(client_tls, "localhost", timeout=5)
            await secure.write(b"over tls")
            over_tls = await secure.read(100, timeout=5)
            ssl_object = secure.get_extra_info("ssl_object")
            await secure.aclose()
            return over_unix, over_tls, ssl_object
        finally:
            unix.close()
            tcp.close()

    over_unix, over_tls, ssl_object = asyncio.run(main())
    assert over_unix == b"over unix"
    assert over_tls == b"over tls"
    assert isinstance(ssl_object, ssl.SSLObject)


def test_httpcore_errors_become_httpx_errors() -> None:
    from runtime.client._aio_transport import _mapped

    assert isinstance(_mapped(httpcore.ReadTimeout("x")), httpx.ReadTimeout)
    assert isinstance(_mapped(httpcore.ConnectError("x")), httpx.ConnectError)
    assert isinstance(_mapped(httpcore.RemoteProtocolError("x")), httpx.RemoteProtocolError)
    assert isinstance(_mapped(httpcore.PoolTimeout("x")), httpx.PoolTimeout)
    other = ValueError("not a transport error")
    assert _mapped(other) is other


def test_proxies_still_apply(server: TestServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """A configured proxy, a no_proxy match that bypasses it, and a proxy from the
    environment (httpx mounts it beside our transport) all behave as before."""

    async def get(cfg: Configuration) -> object:
        async with AsyncApiClient(cfg) as client:
            return await client.request("GET", "/api")

    proxied = Configuration(host="http://apiserver.invalid:6443")
    proxied.proxy = server.url
    server.reply(Reply(200, {"via": "proxy"}))
    assert asyncio.run(get(proxied)) == {"via": "proxy"}
    assert server.last.headers["host"] == "apiserver.invalid:6443"
    bypassed = Configuration(host=server.url)
    bypassed.proxy = "http://127.0.0.1:9"  # nothing listens there
    bypassed.no_proxy = "example.com, 127.0.0.1"
    server.reply(Reply(200, {"via": "direct"}))
    assert asyncio.run(get(bypassed)) == {"via": "direct"}
    monkeypatch.setenv("HTTP_PROXY", server.url)
    server.reply(Reply(200, {"via": "env"}))
    assert asyncio.run(get(Configuration(host="http://apiserver.invalid:6443"))) == {"via": "env"}
    assert server.last.headers["host"] == "apiserver.invalid:6443"
