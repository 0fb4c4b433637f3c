"""The asyncio client shares the core: the same requests, responses, errors and streams."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from runtime.client._api_base import AsyncApi
from runtime.client.api_client import JSON_PATCH, AsyncApiClient
from runtime.client.configuration import Configuration
from runtime.client.exceptions import ApiException
from runtime.client.rest import AsyncRawResponse
from runtime_fakes import (
    LIST_NAMESPACED_POD,
    PATCH_NAMESPACED_DEPLOYMENT,
    READ_POD_LOG,
    Reply,
    TestServer,
    V1Deployment,
    V1PodList,
    pod_json,
    status_json,
)


class AsyncCoreV1Api(AsyncApi):
    async def list_namespaced_pod(self, *args: Any, **kwargs: Any) -> Any:
        return await self._call(LIST_NAMESPACED_POD, args, kwargs)

    async def read_namespaced_pod_log(self, *args: Any, **kwargs: Any) -> Any:
        return await self._call(READ_POD_LOG, args, kwargs)


class AsyncAppsV1Api(AsyncApi):
    async def patch_namespaced_deployment(self, *args: Any, **kwargs: Any) -> Any:
        return await self._call(PATCH_NAMESPACED_DEPLOYMENT, args, kwargs)


def test_list_and_patch(server: TestServer) -> None:
    server.reply(
        Reply(200, {"kind": "PodList", "items": [pod_json("a")]}),
        Reply(200, {"kind": "Deployment"}),
    )

    async def main() -> tuple[Any, Any]:
        async with AsyncApiClient(Configuration(host=server.url)) as client:
            core = AsyncCoreV1Api(client)
            apps = AsyncAppsV1Api(client)
            pods = await core.list_namespaced_pod("default", label_selector="a=b", watch=False)
            patched = await apps.patch_namespaced_deployment(
                "web", "default", [{"op": "replace", "path": "/spec/replicas", "value": 3}]
            )
            return pods, patched

    pods, patched = asyncio.run(main())
    assert isinstance(pods, V1PodList) and pods.items[0].metadata is not None
    assert pods.items[0].metadata.name == "a"
    assert isinstance(patched, V1Deployment)
    first, second = server.requests
    assert first.query == [("labelSelector", "a=b"), ("watch", "false")]
    assert second.headers["content-type"] == JSON_PATCH


def test_errors_and_binding(server: TestServer) -> None:
    server.reply(Reply(403, status_json(403, "Forbidden", "pods is forbidden")))

    async def main() -> None:
        async with AsyncApiClient(Configuration(host=server.url)) as client:
            core = AsyncCoreV1Api(client)
            with pytest.raises(ApiException) as caught:
                await core.list_namespaced_pod("default")
            assert caught.value.status == 403
            assert caught.value.status_reason == "Forbidden"
            with pytest.raises(TypeError, match="missing 1 required argument: 'namespace'"):
                await core.list_namespaced_pod()

    asyncio.run(main())


def test_streaming_raw_response(server: TestServer) -> None:
    server.reply(
        Reply(200, chunks=[b"one\ntw", b"o\n", b"three"], headers=[("Content-Type", "text/plain")]),
        Reply(200, {"kind": "PodList", "items": []}),
    )

    async def main() -> tuple[list[str], bytes]:
        async with AsyncApiClient(Configuration(host=server.url)) as client:
            core = AsyncCoreV1Api(client)
            raw = await core.read_namespaced_pod_log("p", "ns", follow=True, _preload_content=False)
            assert isinstance(raw, AsyncRawResponse)
            assert raw.status == 200 and raw.getheader("content-type") == "text/plain"
            async with raw:
                lines = [line async for line in raw.iter_lines()]
            other = await core.list_namespaced_pod("ns", _preload_content=False)
            with pytest.raises(RuntimeError, match=r"await response\.read"):
                _ = other.data
            data = await other.read()
            assert other.data == data
            await other.close()
            return lines, data

    lines, data = asyncio.run(main())
    assert lines == ["one", "two", "three"]
    assert data == b'{"kind": "PodList", "items": []}'


def test_default_api_client_and_total_timeout(server: TestServer) -> None:
    import time

    def slow(request: Any) -> Reply:
        time.sleep(0.5)
        return Reply(200, {"items": []})

    server.handler = slow
    Configuration.set_default(Configuration(host=server.url))

    async def main() -> None:
        core = AsyncCoreV1Api()
        assert core.api_client.configuration.host == server.url
        started = time.monotonic()
        with pytest.raises(Exception) as caught:
            await core.list_namespaced_pod("ns", _request_timeout=0.2)
        assert "timed out" in str(caught.value) or "Timeout" in type(caught.value).__name__
        assert time.monotonic() - started < 0.45
        assert (await core.list_namespaced_pod("ns", _request_timeout=3)).items == []
        await core.api_client.close()

    asyncio.run(main())


def test_many_concurrent_requests_share_the_pool(server: TestServer) -> None:
    server.handler = lambda request: Reply(200, {"items": []})

    async def main() -> int:
        async with AsyncApiClient(Configuration(host=server.url)) as client:
            core = AsyncCoreV1Api(client)
            results = await asyncio.gather(*(core.list_namespaced_pod(f"n{i}") for i in range(20)))
            return len(results)

    assert asyncio.run(main()) == 20
    assert sorted(r.path for r in server.requests)[0] == "/api/v1/namespaces/n0/pods"
