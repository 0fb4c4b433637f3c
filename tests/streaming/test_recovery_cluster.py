"""Recovery from a forced etcd compaction and an API server restart (one of each, shared by
every check: the controllers need long to recover from it, see ``restart_and_settle``).

After the compaction, resourceVersions older than it are gone from etcd, and the restarted
API server's watch cache starts after it: a watch resumed from such a version gets 410.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest
from kubeclient import client, informer, watch
from kubeclient.aio import client as aclient
from kubeclient.aio import config as aconfig
from kubeclient.aio import watch as awatch
from kubeclient.watch import ResourceExpired
from kubesmith.testbed import Testbed
from streaming_support import (
    Collector,
    Recorder,
    cache_state,
    config_map,
    etcd_compact,
    list_rv,
    name_rv,
    server_state,
    wait_for,
)

pytestmark = pytest.mark.cluster


def test_watches_and_informer_recover_from_compaction_and_restart(
    testbed_cluster: Testbed,
    v1: client.CoreV1Api,
    testbed_namespace: str,
    restart_and_settle: Callable[[], None],
) -> None:
    ns = testbed_namespace
    for i in range(5):
        v1.create_namespaced_config_map(ns, config_map(f"old-{i}"))
    rec = Recorder()
    inf = informer.Informer(v1.list_namespaced_config_map, ns)
    inf.add_event_handler(on_add=rec.add, on_update=rec.update, on_delete=rec.delete)
    inf.start()
    live = Collector(v1.list_namespaced_config_map, ns)
    try:
        assert inf.wait_for_sync(30)
        wait_for("the live watch's initial state", lambda: len(live.snapshot()) == 6)
        stale_rv = list_rv(v1.list_namespaced_config_map(ns))
        # changes the informer and the live watch cannot receive as events: made while
        # they are connected, but compacted away before the restarted server's cache starts
        v1.delete_namespaced_config_map("old-0", ns)
        v1.patch_namespaced_config_map("old-1", ns, {"data": {"k": "new"}})
        v1.create_namespaced_config_map(ns, config_map("new-0"))
        etcd_compact(testbed_cluster)
        restart_and_settle()
        v1.create_namespaced_config_map(ns, config_map("new-1"))

        # a watch from the stale version without relisting reports the expiry ...
        with pytest.raises(ResourceExpired) as info:
            list(
                watch.Watch().stream(
                    v1.list_namespaced_config_map,
                    ns,
                    resource_version=stale_rv,
                    relist=False,
                    timeout_seconds=10,
                )
            )
        assert info.value.status == 410
        # ... by default it relists and reports the current state instead of failing
        stale = Collector(v1.list_namespaced_config_map, ns, resource_version=stale_rv)
        wait_for(
            "the stale watch to mirror the server",
            lambda: stale.snapshot() == server_state(v1, ns),
            60,
        )
        stale.stop()
        # the live watch and the informer end equal to the server
        wait_for(
            "the live watch to mirror the server",
            lambda: live.snapshot() == server_state(v1, ns),
            90,
        )
        wait_for(
            "the informer's cache to equal the server",
            lambda: cache_state(inf) == server_state(v1, ns),
            90,
        )
        assert rec.of("old-0")[-1] == "delete"
        assert rec.of("new-1") == ["add"]
    finally:
        inf.stop()
        live.stop()
    assert inf.error is None

    async def stale_async() -> dict[str, str]:
        api_client = await aconfig.new_client_from_config(
            config_file=str(testbed_cluster.kubeconfig)
        )
        state: dict[str, str] = {}
        async with api_client:
            av1 = aclient.CoreV1Api(api_client)
            async with awatch.Watch() as w:
                stream = w.stream(
                    av1.list_namespaced_config_map,
                    ns,
                    resource_version=stale_rv,
                    timeout_seconds=5,
                )
                async for event in stream:
                    name, rv = name_rv(event["object"])
                    if event["type"] == "DELETED":
                        state.pop(name, None)
                    else:
                        state[name] = rv
        return state

    assert asyncio.run(stale_async()) == server_state(v1, ns)
