"""Informers against the real API server: sync, handlers, pagination, streaming lists, 410."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from kubeclient import client, informer
from kubeclient.aio import client as aclient
from kubeclient.aio import config as aconfig
from kubeclient.aio import informer as ainformer
from kubesmith.testbed import Testbed
from streaming_support import Recorder, cache_state, config_map, server_state, wait_for

pytestmark = pytest.mark.cluster


@pytest.mark.parametrize("watch_list", [False, True], ids=["paginated-list", "streaming-list"])
def test_informer_syncs_and_reports_add_update_delete(
    api_client: client.ApiClient, v1: client.CoreV1Api, testbed_namespace: str, watch_list: bool
) -> None:
    ns = testbed_namespace
    sent: list[str] = []
    api_client.http.event_hooks["request"].append(
        lambda request: sent.append(f"{request.method} {request.url}")
    )
    for i in range(7):
        v1.create_namespaced_config_map(ns, config_map(f"pre-{i}"))
    rec = Recorder()
    inf = informer.Informer(
        v1.list_namespaced_config_map, ns, page_size=2, watch_list=watch_list, resync_period=0
    )
    inf.add_event_handler(on_add=rec.add, on_update=rec.update, on_delete=rec.delete)
    assert not inf.has_synced()
    with inf:
        assert inf.wait_for_sync(30)
        assert inf.has_synced()
        assert cache_state(inf) == server_state(v1, ns)  # 8 objects over 4 pages or a stream
        assert inf.get(f"{ns}/pre-3") is not None
        v1.create_namespaced_config_map(ns, config_map("live"))
        v1.patch_namespaced_config_map("live", ns, {"data": {"k": "2"}})
        v1.delete_namespaced_config_map("live", ns)
        wait_for("the delete handler", lambda: rec.of("live") == ["add", "update", "delete"])
        assert inf.get(f"{ns}/live") is None
    assert inf.error is None
    assert sorted(rec.of("pre-0")) == ["add"]
    lists = [url for url in sent if url.startswith("GET") and "limit=" in url]
    streams = [url for url in sent if "sendInitialEvents=true" in url]
    if watch_list:
        assert streams and not lists
        assert "resourceVersionMatch=NotOlderThan" in streams[0]
    else:
        assert not streams
        assert len(lists) == 4 and all("limit=2" in url for url in lists)
        assert sum("continue=" in url for url in lists) == 3


def test_informer_resync_calls_update_for_every_object(
    v1: client.CoreV1Api, testbed_namespace: str
) -> None:
    rec = Recorder()
    inf = informer.Informer(v1.list_namespaced_config_map, testbed_namespace, resync_period=0.5)
    inf.add_event_handler(on_update=rec.update)
    with inf:
        assert inf.wait_for_sync(30)
        wait_for("two resyncs", lambda: len(rec.of("kube-root-ca.crt")) >= 2, 10)


def test_async_informer(testbed_cluster: Testbed, testbed_namespace: str) -> None:
    ns = testbed_namespace

    async def main() -> list[tuple[str, str]]:
        api_client = await aconfig.new_client_from_config(
            config_file=str(testbed_cluster.kubeconfig)
        )
        calls: list[tuple[str, str]] = []
        async with api_client:
            v1 = aclient.CoreV1Api(api_client)

            async def on_add(obj: Any) -> None:
                calls.append(("add", obj.metadata.name))

            inf = ainformer.Informer(v1.list_namespaced_config_map, ns)
            inf.add_event_handler(
                on_add=on_add,
                on_update=lambda old, new: calls.append(("update", new.metadata.name)),
                on_delete=lambda obj: calls.append(("delete", obj.metadata.name)),
            )
            async with inf:
                assert await inf.wait_for_sync(30)
                assert inf.has_synced()
                await v1.create_namespaced_config_map(ns, config_map("z"))
                await v1.patch_namespaced_config_map("z", ns, {"data": {"k": "2"}})
                await v1.delete_namespaced_config_map("z", ns)
                async with asyncio.timeout(30):
                    while ("delete", "z") not in calls:
                        await asyncio.sleep(0.05)
            assert inf.error is None
        return calls

    calls = asyncio.run(main())
    assert [c for c in calls if c[1] == "z"] == [("add", "z"), ("update", "z"), ("delete", "z")]
    assert ("add", "kube-root-ca.crt") in calls
