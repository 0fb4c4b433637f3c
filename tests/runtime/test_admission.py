"""Admission to the connection pool: at most ``connection_pool_maxsize`` requests in it at
once, each holding its slot until its response is closed (streamed ones included)."""

from __future__ import annotations

import asyncio
import threading
import warnings
from collections.abc import Iterator

import httpx
import pytest
from runtime.client._admission import AsyncAdmission
from runtime.client.api_client import ApiClient, AsyncApiClient, KubernetesWarning
from runtime.client.configuration import Configuration
from runtime_fakes import Recorded, Reply, TestServer


class Gauge:
    """Counts the requests the server is answering at once; the handler waits until
    ``gate`` opens, so that requests pile up."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.now = 0
        self.peak = 0
        self.gate = threading.Event()

    def handler(self, request: Recorded) -> Reply:
        with self.lock:
            self.now += 1
            self.peak = max(self.peak, self.now)
        self.gate.wait(10)
        with self.lock:
            self.now -= 1
        return Reply(200, {"ok": True})


@pytest.fixture
def gauge(server: TestServer) -> Iterator[Gauge]:
    gauge = Gauge()
    server.handler = gauge.handler
    yield gauge
    gauge.gate.set()


def _configuration(server: TestServer, pool: int) -> Configuration:
    configuration = Configuration(host=server.url)
    configuration.connection_pool_maxsize = pool
    return configuration


def test_asyncio_requests_beyond_the_pool_wait_outside_it(server: TestServer, gauge: Gauge) -> None:
    async def main() -> tuple[list[object], int]:
        async with AsyncApiClient(_configuration(server, 4)) as client:
            tasks = [asyncio.create_task(client.request("GET", f"/x/{i}")) for i in range(30)]
            while len(server.requests) < 4:
                await asyncio.sleep(0.01)
            await asyncio.sleep(0.05)
            # four in the pool, the others wait for admission, not in httpcore's queue
            waiting = client._pooled()[1].waiting
            gauge.gate.set()
            return await asyncio.gather(*tasks), waiting

    results, waiting = asyncio.run(main())
    assert results == [{"ok": True}] * 30
    assert waiting == 26
    assert gauge.peak == 4


def test_threads_beyond_the_pool_wait_outside_it(server: TestServer, gauge: Gauge) -> None:
    results: list[object] = []
    with ApiClient(_configuration(server, 3)) as client:
        threads = [
            threading.Thread(target=lambda: results.append(client.request("GET", "/x")))
            for _ in range(12)
        ]
        for thread in threads:
            thread.start()
        gauge.gate.set()
        for thread in threads:
            thread.join(10)
    assert results == [{"ok": True}] * 12
    assert gauge.peak <= 3


def test_a_streamed_response_holds_its_slot_until_closed(server: TestServer) -> None:
    server.handler = lambda request: Reply(200, chunks=[b"a\n", b"b\n"])
    pool_wait = httpx.Timeout(10, pool=0.2)
    with ApiClient(_configuration(server, 2)) as client:
        first = client.request("GET", "/log", _preload_content=False)
        second = client.request("GET", "/log", _preload_content=False)
        with pytest.raises(httpx.PoolTimeout):
            client.request("GET", "/x", _request_timeout=pool_wait)
        first.close()
        assert client.request("GET", "/x", response_type=str, _request_timeout=pool_wait) == (
            "a\nb\n"
        )
        # a response read to its end frees its slot by itself
        assert list(second.iter_lines()) == ["a", "b"]
        third = client.request("GET", "/log", _preload_content=False)
        assert third.data == b"a\nb\n"
        assert client.request("GET", "/x", response_type=str, _request_timeout=pool_wait) == (
            "a\nb\n"
        )


def test_asyncio_streamed_response_holds_its_slot_until_closed(server: TestServer) -> None:
    server.handler = lambda request: Reply(200, chunks=[b"a\n"])
    pool_wait = httpx.Timeout(10, pool=0.2)

    async def main() -> None:
        async with AsyncApiClient(_configuration(server, 1)) as client:
            raw = await client.request("GET", "/log", _preload_content=False)
            with pytest.raises(httpx.PoolTimeout):
                await client.request("GET", "/x", _request_timeout=pool_wait)
            await raw.close()
            await raw.close()  # closing twice frees one slot
            assert (
                await client.request("GET", "/x", response_type=str, _request_timeout=pool_wait)
                == "a\n"
            )
            assert client._pooled()[1].waiting == 0

    asyncio.run(main())


def test_failed_requests_free_their_slot(server: TestServer) -> None:
    server.reply(Reply(drop=True), Reply(drop=True))
    configuration = _configuration(server, 1)
    configuration.max_retries = 0
    with ApiClient(configuration) as client:
        with pytest.raises(httpx.RemoteProtocolError):
            client.request("POST", "/x", body={})
        with pytest.raises(httpx.RemoteProtocolError):
            client.request("POST", "/x", body={})
        assert client.request("GET", "/x", _request_timeout=httpx.Timeout(10, pool=1)) == {
            "kind": "Empty"
        }


def test_cancelled_waiters_free_nothing_and_take_nothing() -> None:
    async def main() -> list[str]:
        admission = AsyncAdmission(1)
        order: list[str] = []
        assert await admission._acquire(None)

        async def wait(name: str) -> None:
            await admission._acquire(None)
            order.append(name)
            admission._release()

        first = asyncio.create_task(wait("first"))
        cancelled = asyncio.create_task(wait("cancelled"))
        last = asyncio.create_task(wait("last"))
        await asyncio.sleep(0)
        cancelled.cancel()
        await asyncio.sleep(0)
        assert admission.waiting == 2
        admission._release()
        await asyncio.gather(first, last)
        assert await admission._acquire(0) and not await admission._acquire(0)
        return order

    assert asyncio.run(main()) == ["first", "last"]


def test_a_slot_handed_to_a_waiter_that_is_cancelled_passes_on() -> None:
    async def main() -> bool:
        admission = AsyncAdmission(1)
        assert await admission._acquire(None)
        handed = asyncio.create_task(admission._acquire(None))
        behind = asyncio.create_task(admission._acquire(None))
        await asyncio.sleep(0)
        admission._release()  # the slot goes to ``handed`` ...
        handed.cancel()  # ... which is cancelled before it runs
        with pytest.raises(asyncio.CancelledError):
            await handed
        return await asyncio.wait_for(behind, 5)

    assert asyncio.run(main()) is True


def test_one_client_in_several_event_loops(server: TestServer) -> None:
    client = AsyncApiClient(_configuration(server, 1))

    async def two_at_once() -> list[object]:
        return list(await asyncio.gather(client.request("GET", "/a"), client.request("GET", "/b")))

    assert asyncio.run(two_at_once()) == [{"kind": "Empty"}] * 2
    client._http_pool = None  # connections belong to their loop; the admission does not
    assert asyncio.run(two_at_once()) == [{"kind": "Empty"}] * 2


def test_responses_a_transport_answered_from_memory_free_their_slot() -> None:
    """httpx.MockTransport returns responses already read and closed: they never close
    again, so their slot is freed when they arrive."""

    class Mocked(ApiClient):
        def _make_client(self) -> httpx.Client:
            return httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200)))

    class AsyncMocked(AsyncApiClient):
        def _make_client(self) -> httpx.AsyncClient:
            return httpx.AsyncClient(
                transport=httpx.MockTransport(lambda r: httpx.Response(200, json=[]))
            )

    configuration = Configuration(host="http://apiserver.test")
    configuration.connection_pool_maxsize = 1
    with Mocked(configuration) as client:
        for _ in range(3):
            assert client.request("GET", "/x", _request_timeout=httpx.Timeout(10, pool=1)) is None

    async def main() -> list[object]:
        async with AsyncMocked(configuration) as client:
            wait = httpx.Timeout(10, pool=1)
            return [await client.request("GET", "/x", _request_timeout=wait) for _ in range(3)]

    assert asyncio.run(main()) == [[]] * 3


def test_a_response_the_exchange_fails_holding_is_closed(server: TestServer) -> None:
    """A Warning header turned into an error by a warnings filter raises between the
    response and its body: the response is closed, its slot (and connection) free again."""
    server.handler = lambda request: Reply(200, {"ok": 1}, [("Warning", '299 - "deprecated"')])
    wait = httpx.Timeout(10, pool=1)
    with ApiClient(_configuration(server, 1)) as client, warnings.catch_warnings():
        warnings.simplefilter("error", KubernetesWarning)
        for _ in range(2):
            with pytest.raises(KubernetesWarning):
                client.request("GET", "/x", _request_timeout=wait)

    async def main() -> None:
        async with AsyncApiClient(_configuration(server, 1)) as client:
            for _ in range(2):
                with pytest.raises(KubernetesWarning):
                    await client.request("GET", "/x", _request_timeout=wait)

    with warnings.catch_warnings():
        warnings.simplefilter("error", KubernetesWarning)
        asyncio.run(main())
