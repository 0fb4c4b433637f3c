"""Requests whose connection was never established are retried for every verb: the server
received none of their bytes. Anything that may have reached the server keeps client-go's
rules (only GET is resent after a reset or EOF)."""

from __future__ import annotations

import asyncio
import socket
import ssl

import httpcore
import httpx
import pytest
from runtime.client._core import never_connected
from runtime.client.api_client import ApiClient, AsyncApiClient
from runtime.client.configuration import Configuration
from runtime_fakes import Pki, Reply, TestServer


def _cert_rejected() -> httpx.ConnectError:
    """A ConnectError as httpx raises it for a certificate the client does not trust (httpx's
    error from httpcore's, from the ssl module's)."""
    try:
        try:
            raise ssl.SSLCertVerificationError(1, "[SSL: CERTIFICATE_VERIFY_FAILED]")
        except ssl.SSLError as error:
            raise httpcore.ConnectError(str(error)) from error
    except httpcore.ConnectError as error:
        try:
            raise httpx.ConnectError(str(error)) from error
        except httpx.ConnectError as mapped:
            return mapped


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (httpx.ConnectError("[Errno 111] Connection refused"), True),
        (httpx.ConnectTimeout("timed out connecting to 127.0.0.1:6443"), True),
        (httpx.ConnectError("[SSL: WRONG_VERSION_NUMBER] wrong version number"), True),
        (_cert_rejected(), False),
        (httpx.ReadError("connection reset by peer"), False),
        (httpx.WriteError("broken pipe"), False),
        (httpx.RemoteProtocolError("Server disconnected without sending a response."), False),
        (httpx.ReadTimeout("timed out"), False),
        (httpx.PoolTimeout("no free connection"), False),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, Exception) else str(value),
)
def test_which_failures_never_reached_the_server(error: Exception, expected: bool) -> None:
    assert never_connected(error) is expected


def _refused_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def _sync(host: str, retries: int, **settings: object) -> tuple[ApiClient, list[float]]:
    configuration = Configuration(host=host, **settings)  # type: ignore[arg-type]
    configuration.max_retries = retries
    client = ApiClient(configuration)
    slept: list[float] = []
    client._sleep = slept.append
    return client, slept


def test_a_refused_post_is_retried_then_raised() -> None:
    client, slept = _sync(_refused_url(), 3)
    with client, pytest.raises(httpx.ConnectError):
        client.request("POST", "/api/v1/namespaces/d/configmaps", body={"kind": "ConfigMap"})
    assert slept == [1.0, 1.0, 1.0]


def test_a_handshake_answered_by_plain_http_is_retried_and_never_delivered(
    server: TestServer,
) -> None:
    """OpenSSL's WRONG_VERSION_NUMBER: the peer answered the ClientHello with something that
    is no TLS record (here an HTTP server's 400). It happens in the handshake of a fresh
    connection, before any byte of the request is written: the server never sees the POST."""
    host = server.url.replace("http://", "https://")
    client, slept = _sync(host, 2, verify_ssl=False)
    with client, pytest.raises(httpx.ConnectError, match="WRONG_VERSION_NUMBER"):
        client.request("POST", "/api/v1/namespaces/d/configmaps", body={"kind": "ConfigMap"})
    assert slept == [1.0, 1.0]
    assert server.requests == []


def test_a_rejected_certificate_is_not_retried(tls_server: TestServer) -> None:
    client, slept = _sync(tls_server.url, 3)  # the test CA is not trusted
    with client, pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
        client.request("GET", "/x")
    assert slept == []
    assert tls_server.requests == []


def test_a_post_lost_after_it_was_sent_is_not_retried(server: TestServer) -> None:
    client, slept = _sync(server.url, 3)
    server.reply(Reply(drop=True))
    with client, pytest.raises(httpx.RemoteProtocolError):
        client.request("POST", "/x", body={})
    assert slept == []
    assert len(server.requests) == 1


def test_connect_retries_stop_at_the_request_deadline() -> None:
    client, slept = _sync(_refused_url(), 10)
    with client, pytest.raises(httpx.ConnectError):
        client.request("DELETE", "/x", _request_timeout=0.5)
    assert slept == []


def test_asyncio_refused_and_wrong_version_are_retried(server: TestServer, pki: Pki) -> None:
    slept: list[float] = []

    async def record(seconds: float) -> None:
        slept.append(seconds)

    async def attempt(host: str) -> None:
        configuration = Configuration(host=host, verify_ssl=False)
        configuration.max_retries = 2
        async with AsyncApiClient(configuration) as client:
            client._sleep = record
            await client.request("PUT", "/api/v1/namespaces/d/configmaps/c", body={})

    with pytest.raises(httpx.ConnectError):
        asyncio.run(attempt(_refused_url()))
    assert slept == [1.0, 1.0]
    with pytest.raises(httpx.ConnectError, match="WRONG_VERSION_NUMBER"):
        asyncio.run(attempt(server.url.replace("http://", "https://")))
    assert slept == [1.0] * 4
    assert server.requests == []


def test_asyncio_rejected_certificate_is_not_retried(tls_server: TestServer) -> None:
    slept: list[float] = []

    async def record(seconds: float) -> None:
        slept.append(seconds)

    async def main() -> None:
        async with AsyncApiClient(Configuration(host=tls_server.url)) as client:
            client._sleep = record
            await client.request("POST", "/x", body={})

    with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
        asyncio.run(main())
    assert slept == []
