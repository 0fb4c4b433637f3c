"""Watch against the real API server: order, bookmarks, restarts and compaction (410)."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable

import pytest
from kubeclient import client, watch
from kubeclient.aio import client as aclient
from kubeclient.aio import config as aconfig
from kubeclient.aio import watch as awatch
from kubesmith.testbed import Testbed
from streaming_support import Collector, config_map, list_rv, name_rv, server_state, wait_for

pytestmark = pytest.mark.cluster


def test_watch_sees_1000_changes_in_order(v1: client.CoreV1Api, testbed_namespace: str) -> None:
    ns = testbed_namespace
    start_rv = list_rv(v1.list_namespaced_config_map(ns))
    collector = Collector(v1.list_namespaced_config_map, ns, resource_version=start_rv)
    expected: list[tuple[str, str]] = []
    for i in range(334):
        name = f"cm-{i}"
        v1.create_namespaced_config_map(ns, config_map(name, {"n": "0"}))
        expected.append(("ADDED", name))
        if len(expected) < 1000:
            v1.patch_namespaced_config_map(name, ns, {"data": {"n": "1"}})
            expected.append(("MODIFIED", name))
        if len(expected) < 1000:
            v1.delete_namespaced_config_map(name, ns)
            expected.append(("DELETED", name))
    assert len(expected) == 1000

    # the namespace's kube-root-ca.crt may be published by the controller manager after
    # start_rv (late under load): only this test's own ConfigMaps are counted
    def own() -> list[tuple[str, str, str]]:
        return [event for event in list(collector.events) if event[1].startswith("cm-")]

    wait_for("1000 events", lambda: len(own()) >= 1000, 120)
    collector.stop()
    assert [(kind, name) for kind, name, _ in own()] == expected
    rvs = [int(rv) for _, _, rv in own()]
    assert rvs == sorted(rvs)


def test_watch_never_yields_bookmarks_but_follows_them(
    v1: client.CoreV1Api, testbed_namespace: str
) -> None:
    ns = testbed_namespace
    v1.create_namespaced_config_map(ns, config_map("one"))
    # the raw stream of the server does carry bookmarks (the initial-events-end one) ...
    raw = v1.list_namespaced_config_map(
        ns,
        watch=True,
        allow_watch_bookmarks=True,
        timeout_seconds=2,
        _preload_content=False,
        _headers={"Accept-Encoding": "identity"},
    )
    kinds = [line.split(b'"', 4)[3] for line in watch.iter_resp_lines(raw) if line]
    assert b"BOOKMARK" in kinds
    # ... which the Watch uses for its resourceVersion and never hands out
    w = watch.Watch()
    seen = [
        event["type"] for event in w.stream(v1.list_namespaced_config_map, ns, timeout_seconds=3)
    ]
    assert seen == ["ADDED", "ADDED"]  # kube-root-ca.crt and "one"
    assert w.resource_version is not None
    current = list_rv(v1.list_namespaced_config_map(ns))
    assert int(w.resource_version) >= int(name_rv(v1.read_namespaced_config_map("one", ns))[1])
    assert int(w.resource_version) <= int(current)


def test_watch_timeout_seconds_ends_the_stream(
    v1: client.CoreV1Api, testbed_namespace: str
) -> None:
    started = time.monotonic()
    events = list(
        watch.Watch().stream(v1.list_namespaced_config_map, testbed_namespace, timeout_seconds=2)
    )
    assert 1.5 < time.monotonic() - started < 10
    assert [e["type"] for e in events] == ["ADDED"]


def test_watch_stop_from_another_thread(v1: client.CoreV1Api, testbed_namespace: str) -> None:
    w = watch.Watch()
    threading.Timer(1.0, w.stop).start()
    started = time.monotonic()
    events = list(w.stream(v1.list_namespaced_config_map, testbed_namespace))
    assert time.monotonic() - started < 10
    assert len(events) == 1


def test_watch_survives_an_apiserver_restart_without_losing_events(
    v1: client.CoreV1Api, testbed_namespace: str, restart_and_settle: Callable[[], None]
) -> None:
    ns = testbed_namespace
    for i in range(10):
        v1.create_namespaced_config_map(ns, config_map(f"before-{i}"))
    collector = Collector(v1.list_namespaced_config_map, ns)
    wait_for("the initial events", lambda: len(collector.snapshot()) == 11)
    restart_and_settle()
    for i in range(10):
        v1.create_namespaced_config_map(ns, config_map(f"after-{i}"))
    v1.patch_namespaced_config_map("before-0", ns, {"data": {"k": "changed"}})
    v1.delete_namespaced_config_map("before-1", ns)
    wait_for(
        "the watch to mirror the server", lambda: collector.snapshot() == server_state(v1, ns), 90
    )
    collector.stop()
    names = {name for _, name, _ in collector.events}
    assert {f"after-{i}" for i in range(10)} <= names


def test_async_watch_events_and_stop(testbed_cluster: Testbed, testbed_namespace: str) -> None:
    ns = testbed_namespace

    async def main() -> list[tuple[str, str]]:
        api_client = await aconfig.new_client_from_config(
            config_file=str(testbed_cluster.kubeconfig)
        )
        async with api_client:
            v1 = aclient.CoreV1Api(api_client)
            w = awatch.Watch()
            seen: list[tuple[str, str]] = []

            async def churn() -> None:
                await asyncio.sleep(0.5)
                await v1.create_namespaced_config_map(ns, config_map("a"))
                await v1.patch_namespaced_config_map("a", ns, {"data": {"k": "2"}})
                await v1.delete_namespaced_config_map("a", ns)

            task = asyncio.create_task(churn())
            async with asyncio.timeout(30):
                async for event in w.stream(v1.list_namespaced_config_map, ns):
                    assert isinstance(event["object"], aclient.V1ConfigMap)
                    seen.append((event["type"], name_rv(event["object"])[0]))
                    if event["type"] == "DELETED":
                        w.stop()
            await task
            return seen

    assert asyncio.run(main()) == [
        ("ADDED", "kube-root-ca.crt"),
        ("ADDED", "a"),
        ("MODIFIED", "a"),
        ("DELETED", "a"),
    ]


def test_async_watch_stop_from_another_task_ends_a_quiet_stream(
    testbed_cluster: Testbed, testbed_namespace: str
) -> None:
    async def main() -> tuple[int, float]:
        api_client = await aconfig.new_client_from_config(
            config_file=str(testbed_cluster.kubeconfig)
        )
        async with api_client:
            v1 = aclient.CoreV1Api(api_client)
            w = awatch.Watch()

            async def stopper() -> None:
                await asyncio.sleep(1.0)
                w.stop()

            task = asyncio.create_task(stopper())
            started = time.monotonic()
            count = 0
            async with asyncio.timeout(20):
                async for _ in w.stream(v1.list_namespaced_config_map, testbed_namespace):
                    count += 1
            await task
            return count, time.monotonic() - started

    count, elapsed = asyncio.run(main())
    assert count == 1  # kube-root-ca.crt, then nothing until stop()
    assert elapsed < 10
