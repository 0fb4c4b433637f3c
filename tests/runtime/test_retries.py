"""Retries as client-go does them: 429/5xx with Retry-After, dropped connections on GET."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest
from runtime.client.api_client import ApiClient, AsyncApiClient
from runtime.client.configuration import Configuration
from runtime.client.exceptions import ApiException
from runtime_fakes import Reply, TestServer, status_json

TOO_MANY = status_json(429, "TooManyRequests", "slow down", retryAfterSeconds=2)


def sync_client(server: TestServer) -> tuple[ApiClient, list[float]]:
    client = ApiClient(Configuration(host=server.url))
    slept: list[float] = []
    client._sleep = slept.append
    return client, slept


def test_429_with_retry_after_is_retried_after_that_delay(server: TestServer) -> None:
    client, slept = sync_client(server)
    server.reply(
        Reply(429, TOO_MANY, [("Retry-After", "2")]),
        Reply(503, status_json(503, "ServiceUnavailable", "x"), [("Retry-After", "0")]),
        Reply(200, {"ok": 1}),
    )
    assert client.request("GET", "/api/v1/pods") == {"ok": 1}
    assert slept == [2.0, 0.0]
    assert len(server.requests) == 3


def test_non_idempotent_requests_with_a_body_are_replayed(server: TestServer) -> None:
    client, slept = sync_client(server)
    server.reply(Reply(429, TOO_MANY, [("Retry-After", "1")]), Reply(201, {"created": 1}))
    assert client.request("POST", "/api/v1/namespaces/d/pods", body={"kind": "Pod"}) == {
        "created": 1
    }
    assert [r.body for r in server.requests] == [b'{"kind":"Pod"}', b'{"kind":"Pod"}']
    assert slept == [1.0]


@pytest.mark.parametrize(
    "reply",
    [
        Reply(503, status_json(503, "ServiceUnavailable", "down")),  # 5xx without Retry-After
        Reply(429, TOO_MANY, [("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT")]),  # not seconds
        Reply(409, status_json(409, "Conflict", "c"), [("Retry-After", "1")]),  # not 429/5xx
    ],
)
def test_not_retried(server: TestServer, reply: Reply) -> None:
    client, slept = sync_client(server)
    server.reply(reply)
    with pytest.raises(ApiException) as caught:
        client.request("GET", "/x")
    assert caught.value.status == reply.status
    assert slept == []
    assert len(server.requests) == 1


def test_at_most_max_retries(server: TestServer) -> None:
    client, slept = sync_client(server)
    server.handler = lambda request: Reply(429, TOO_MANY, [("Retry-After", "1")])
    with pytest.raises(ApiException) as caught:
        client.request("GET", "/x")
    assert caught.value.status == 429
    assert caught.value.retry_after == 1
    assert len(server.requests) == 11  # client-go: 10 retries
    assert slept == [1.0] * 10
    client.configuration.max_retries = 2
    server.requests.clear()
    with pytest.raises(ApiException):
        client.request("GET", "/x")
    assert len(server.requests) == 3


def test_retries_stop_at_the_request_deadline(server: TestServer) -> None:
    client, slept = sync_client(server)
    server.handler = lambda request: Reply(429, TOO_MANY, [("Retry-After", "5")])
    with pytest.raises(ApiException):
        client.request("GET", "/x", _request_timeout=2)
    assert slept == []


def test_dropped_connection_retried_for_get_only(server: TestServer) -> None:
    client, slept = sync_client(server)
    server.reply(Reply(drop=True), Reply(200, {"ok": 1}))
    assert client.request("GET", "/x") == {"ok": 1}
    assert slept == [1.0]
    server.reply(Reply(drop=True))
    with pytest.raises(httpx.RemoteProtocolError):
        client.request("POST", "/x", body={})
    assert slept == [1.0]


def test_streaming_requests_are_retried_before_the_body_is_read(server: TestServer) -> None:
    client, slept = sync_client(server)
    server.reply(Reply(429, TOO_MANY, [("Retry-After", "3")]), Reply(200, chunks=[b"a\n", b"b\n"]))
    raw = client.request("GET", "/log", _preload_content=False)
    with raw:
        assert list(raw.iter_lines()) == ["a", "b"]
    assert slept == [3.0]


def test_connection_reset_mid_flight_with_a_mock_transport() -> None:
    """A reset after the request was written is hard to provoke from a real server."""
    calls = []

    def handle(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        if len(calls) == 1:
            raise httpx.ReadError("connection reset by peer", request=request)
        return httpx.Response(200, json={"ok": True})

    class MockedClient(ApiClient):
        def _make_client(self) -> httpx.Client:
            return httpx.Client(transport=httpx.MockTransport(handle), auth=self._auth)

    client = MockedClient(Configuration(host="https://apiserver.test", verify_ssl=False))
    client._sleep = lambda seconds: None
    assert client.request("GET", "/x") == {"ok": True}
    assert calls == ["GET", "GET"]


def test_async_retries(server: TestServer) -> None:
    slept: list[float] = []

    async def record(seconds: float) -> None:
        slept.append(seconds)

    async def main() -> object:
        async with AsyncApiClient(Configuration(host=server.url)) as client:
            client._sleep = record
            server.reply(
                Reply(429, TOO_MANY, [("Retry-After", "4")]),
                Reply(drop=True),
                Reply(200, {"ok": 2}),
            )
            return await client.request("GET", "/x")

    assert asyncio.run(main()) == {"ok": 2}
    assert slept == [4.0, 1.0]


def test_real_sleep_is_used_by_default(server: TestServer) -> None:
    client = ApiClient(Configuration(host=server.url))
    server.reply(Reply(503, {}, [("Retry-After", "1")]), Reply(200, {}))
    started = time.monotonic()
    client.request("GET", "/x")
    assert time.monotonic() - started >= 1.0
