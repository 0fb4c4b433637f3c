"""How requests are authenticated: bearer tokens, basic auth, token sources, 401 refresh."""

from __future__ import annotations

import asyncio
import base64

import pytest
from runtime.client.api_client import ApiClient, AsyncApiClient
from runtime.client.auth import StaticToken, TokenSource
from runtime.client.configuration import Configuration
from runtime.client.exceptions import ApiException
from runtime_fakes import Reply, TestServer


class RotatingToken(TokenSource):
    """Like an exec plugin: a new token each time the old one is rejected."""

    def __init__(self) -> None:
        self.generation = 1
        self.invalidated: list[str | None] = []

    def token(self) -> str | None:
        return f"token-{self.generation}"

    def invalidate(self, used: str | None) -> bool:
        self.invalidated.append(used)
        if used == self.token():
            self.generation += 1
            return True
        return False


def test_api_key_with_and_without_prefix(server: TestServer) -> None:
    cfg = Configuration(host=server.url, api_key={"authorization": "abc"})
    cfg.api_key_prefix["authorization"] = "Bearer"
    server.reply(Reply(200, {}))
    ApiClient(cfg).request("GET", "/x")
    assert server.last.headers["authorization"] == "Bearer abc"


def test_refresh_api_key_hook_runs_before_each_request(server: TestServer) -> None:
    cfg = Configuration(host=server.url)
    counter = iter(range(1, 100))

    def refresh(configuration: Configuration) -> None:
        configuration.api_key["authorization"] = f"Bearer t{next(counter)}"

    cfg.refresh_api_key_hook = refresh
    client = ApiClient(cfg)
    server.reply(Reply(200, {}), Reply(200, {}))
    client.request("GET", "/x")
    client.request("GET", "/x")
    assert [r.headers["authorization"] for r in server.requests] == ["Bearer t1", "Bearer t2"]


def test_basic_auth(server: TestServer) -> None:
    cfg = Configuration(host=server.url, username="bob", password="pw")
    server.reply(Reply(200, {}))
    ApiClient(cfg).request("GET", "/x")
    assert server.last.headers["authorization"] == "Basic " + base64.b64encode(b"bob:pw").decode()


def test_explicit_authorization_header_is_left_alone(server: TestServer) -> None:
    cfg = Configuration(host=server.url, token_source=StaticToken("from-source"))
    server.reply(Reply(200, {}), Reply(200, {}))
    client = ApiClient(cfg)
    client.request("GET", "/x", headers={"Authorization": "Bearer mine"})
    assert server.last.headers["authorization"] == "Bearer mine"
    client.request("GET", "/x")
    assert server.last.headers["authorization"] == "Bearer from-source"


def test_no_credentials_no_header(server: TestServer) -> None:
    server.reply(Reply(200, {}))
    ApiClient(Configuration(host=server.url)).request("GET", "/x")
    assert "authorization" not in server.last.headers


def test_401_refreshes_once_and_resends(server: TestServer) -> None:
    source = RotatingToken()
    client = ApiClient(Configuration(host=server.url, token_source=source))
    server.reply(Reply(401, {"kind": "Status", "code": 401}), Reply(201, {"ok": 1}))
    assert client.request("POST", "/x", body={"a": 1}) == {"ok": 1}
    assert [r.headers["authorization"] for r in server.requests] == [
        "Bearer token-1",
        "Bearer token-2",
    ]
    assert server.requests[1].body == b'{"a":1}'
    # a second 401 is returned to the caller: only one re-run per request
    server.reply(Reply(401, {"kind": "Status", "code": 401}), Reply(401, {"kind": "Status"}))
    with pytest.raises(ApiException) as caught:
        client.request("GET", "/x")
    assert caught.value.status == 401
    assert len(server.requests) == 4


def test_401_refresh_in_the_async_client(server: TestServer) -> None:
    source = RotatingToken()
    server.reply(Reply(401, {"kind": "Status", "code": 401}), Reply(200, {"ok": 1}))

    async def main() -> object:
        async with AsyncApiClient(Configuration(host=server.url, token_source=source)) as client:
            return await client.request("GET", "/x")

    assert asyncio.run(main()) == {"ok": 1}
    assert source.invalidated == ["token-1"]
    assert server.last.headers["authorization"] == "Bearer token-2"


def test_token_source_is_shared_by_configuration_copies() -> None:
    source = RotatingToken()
    cfg = Configuration(host="https://x", token_source=source)
    Configuration.set_default(cfg)
    copy = Configuration.get_default_copy()
    assert copy is not cfg
    assert copy.token_source is source
    copy.api_key["authorization"] = "changed"
    copy.impersonate_groups.append("g")
    assert cfg.api_key == {} and cfg.impersonate_groups == []
