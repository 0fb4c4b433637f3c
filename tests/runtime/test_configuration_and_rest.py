"""Configuration defaults and copies, and the raw-response compatibility surface."""

from __future__ import annotations

import asyncio
import copy
import ssl
import warnings
from typing import Any

from runtime.client._api_base import SyncApi
from runtime.client.api_client import ApiClient, AsyncApiClient, KubernetesWarning
from runtime.client.configuration import Configuration
from runtime_fakes import LIST_NAMESPACED_POD, Reply, TestServer


def test_default_configuration_is_copied_in_and_out() -> None:
    mine = Configuration(host="https://one")
    Configuration.set_default(mine)
    mine.host = "https://changed-after"
    first = Configuration.get_default_copy()
    assert first.host == "https://one"
    first.host = "https://changed-copy"
    assert Configuration.get_default_copy().host == "https://one"
    assert Configuration.get_default() is Configuration.get_default()
    Configuration.set_default(None)
    assert Configuration.get_default_copy().host == "http://localhost"
    assert copy.deepcopy(mine).host == "https://changed-after"


def test_official_credential_helpers() -> None:
    cfg = Configuration(
        api_key={"authorization": "tok"}, api_key_prefix={"authorization": "Bearer"}
    )
    assert cfg.auth_settings() == {
        "BearerToken": {
            "type": "api_key",
            "in": "header",
            "key": "authorization",
            "value": "Bearer tok",
        }
    }
    assert Configuration().auth_settings() == {}
    assert Configuration().get_basic_auth_token() is None


def test_tls_context_settings() -> None:
    verified = Configuration(host="https://x").ssl_context()
    assert verified.verify_mode == ssl.CERT_REQUIRED and verified.check_hostname
    assert verified.minimum_version == ssl.TLSVersion.TLSv1_2
    insecure = Configuration(host="https://x", verify_ssl=False).ssl_context()
    assert insecure.verify_mode == ssl.CERT_NONE and not insecure.check_hostname
    no_hostname = Configuration(host="https://x")
    no_hostname.assert_hostname = False
    context = no_hostname.ssl_context()
    assert context.verify_mode == ssl.CERT_REQUIRED and not context.check_hostname
    named = Configuration(host="https://x")
    named.assert_hostname = "kubernetes"
    assert named.server_name == "kubernetes"
    named.tls_server_name = "api.internal"
    assert named.server_name == "api.internal"
    cached = Configuration(host="https://x")
    assert cached.ssl_context() is cached.ssl_context()


def test_warnings_point_at_the_callers_line(server: TestServer) -> None:
    class CoreV1Api(SyncApi):
        def list_namespaced_pod(self, *args: Any, **kwargs: Any) -> Any:
            return self._call(LIST_NAMESPACED_POD, args, kwargs)

    api = CoreV1Api(ApiClient(Configuration(host=server.url)))
    server.reply(Reply(200, {"items": []}, [("Warning", '299 - "v1beta1 is deprecated"')]))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        api.list_namespaced_pod("default")
    assert [(w.category, w.filename) for w in caught] == [(KubernetesWarning, __file__)]


def test_async_warnings_point_at_the_callers_line(server: TestServer) -> None:
    server.reply(
        Reply(200, {}, [("Warning", '299 - "first"')]),
        Reply(200, {}, [("Warning", '299 - "second"')]),
    )

    async def main() -> None:
        async with AsyncApiClient(Configuration(host=server.url)) as client:
            await client.request("GET", "/x")
            await client.request("GET", "/x", _request_timeout=5)

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        asyncio.run(main())
    assert [(str(w.message), w.filename) for w in caught] == [
        ("first", __file__),
        ("second", __file__),
    ]


def test_raw_response_compat_methods(server: TestServer) -> None:
    client = ApiClient(Configuration(host=server.url))
    server.reply(
        Reply(200, chunks=[b"ab", b"cd"]),
        Reply(200, chunks=[b"xy", b"z"]),
        Reply(200, {"k": "v"}),
        Reply(200, "plain text", [("Content-Type", "text/plain")]),
    )
    raw = client.request("GET", "/a", _preload_content=False)
    assert b"".join(raw.stream(2)) == b"abcd"
    raw.close()
    raw = client.request("GET", "/b", _preload_content=False)
    assert b"".join(raw) == b"xyz"
    assert repr(raw) == "<RawResponse [200 OK]>"
    assert raw.url.endswith("/b")
    raw.release_conn()
    raw = client.request("GET", "/c", _preload_content=False)
    assert raw.json() == {"k": "v"}
    raw = client.request("GET", "/d", _preload_content=False)
    assert raw.text() == "plain text"
    assert raw.status_code == 200


def test_async_raw_response_compat_methods(server: TestServer) -> None:
    server.reply(
        Reply(200, chunks=[b"ab", b"cd"]),
        Reply(200, chunks=[b"xy", b"z"]),
        Reply(200, {"k": "v"}),
        Reply(200, "plain", [("Content-Type", "text/plain")]),
    )

    async def main() -> list[Any]:
        async with AsyncApiClient(Configuration(host=server.url)) as client:
            raw = await client.request("GET", "/a", _preload_content=False)
            streamed = b"".join([chunk async for chunk in raw.stream(2)])
            await raw.release()
            raw = await client.request("GET", "/b", _preload_content=False)
            iterated = b"".join([chunk async for chunk in raw])
            await raw.release_conn()
            raw = await client.request("GET", "/c", _preload_content=False)
            parsed = await raw.json()
            raw = await client.request("GET", "/d", _preload_content=False)
            text = await raw.text()
            return [streamed, iterated, parsed, text, raw.headers["content-type"]]

    assert asyncio.run(main()) == [b"abcd", b"xyz", {"k": "v"}, "plain", "text/plain"]
