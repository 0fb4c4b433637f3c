"""``kubeclient.informer.SharedInformer`` (the official ``kubernetes.informer`` API) on the
real server: handlers per event type, the ObjectCache, start/stop."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from helpers import config_map, new_client, unique, wait_until
from kubeclient import client
from kubeclient.informer import ADDED, BOOKMARK, DELETED, MODIFIED, ObjectCache, SharedInformer
from kubesmith.testbed import Testbed

pytestmark = pytest.mark.cluster


@pytest.fixture(scope="module")
def api(testbed_cluster: Testbed) -> Iterator[client.ApiClient]:
    with new_client(testbed_cluster) as api_client:
        yield api_client


def test_shared_informer_events_and_cache(api: client.ApiClient, testbed_namespace: str) -> None:
    core = client.CoreV1Api(api)
    first = unique("cm")
    core.create_namespaced_config_map(testbed_namespace, config_map(first, {"v": "1"}))
    events: list[tuple[str, str]] = []
    lock = threading.Lock()

    def recorder(kind: str) -> Any:
        def record(obj: Any) -> None:
            with lock:
                events.append((kind, obj.metadata.name))

        return record

    informer = SharedInformer(
        list_func=core.list_namespaced_config_map, namespace=testbed_namespace
    )
    for kind in (ADDED, MODIFIED, DELETED):
        informer.add_event_handler(kind, recorder(kind))
    with pytest.raises(ValueError):
        informer.add_event_handler("UPDATED", print)
    assert isinstance(informer.cache, ObjectCache)
    informer.start()
    try:
        wait_until("the existing object", lambda: (ADDED, first) in events)
        second = unique("cm")
        core.create_namespaced_config_map(testbed_namespace, config_map(second))
        wait_until("ADDED", lambda: (ADDED, second) in events)
        cm = core.read_namespaced_config_map(first, testbed_namespace)
        cm.data = {"v": "2"}
        core.replace_namespaced_config_map(first, testbed_namespace, cm)
        wait_until("MODIFIED", lambda: (MODIFIED, first) in events)
        cached = informer.cache.get_by_key(f"{testbed_namespace}/{first}")
        assert cached.data == {"v": "2"}
        assert informer.cache.get(cm) is cached
        core.delete_namespaced_config_map(second, testbed_namespace)
        wait_until("DELETED", lambda: (DELETED, second) in events)
        keys = set(informer.cache.list_keys())
        assert f"{testbed_namespace}/{first}" in keys
        assert f"{testbed_namespace}/{second}" not in keys
        assert {obj.metadata.name for obj in informer.cache.list()} >= {first}
    finally:
        informer.stop()
    # stopped: nothing more is reported
    seen = len(events)
    core.create_namespaced_config_map(testbed_namespace, config_map(unique("cm")))
    core.read_namespaced_config_map(first, testbed_namespace)
    assert len(events) == seen


def test_shared_informer_selector_resync_and_bookmark_handler(
    api: client.ApiClient, testbed_namespace: str
) -> None:
    core = client.CoreV1Api(api)
    wanted = unique("cm")
    core.create_namespaced_config_map(testbed_namespace, config_map(wanted, labels={"app": "a"}))
    core.create_namespaced_config_map(testbed_namespace, config_map(unique("cm")))
    modified: list[str] = []
    bookmarks: list[Any] = []
    informer = SharedInformer(
        core.list_namespaced_config_map,
        namespace=testbed_namespace,
        label_selector="app=a",
        resync_period=1,
    )
    informer.add_event_handler(MODIFIED, lambda obj: modified.append(obj.metadata.name))
    informer.add_event_handler(BOOKMARK, bookmarks.append)
    informer.start()
    try:
        wait_until("the resync's MODIFIED", lambda: modified.count(wanted) >= 2, timeout=30)
        assert informer.cache.list_keys() == [f"{testbed_namespace}/{wanted}"]
    finally:
        informer.stop()
    for bookmark in bookmarks:  # the server sends them at its own pace; each is the raw dict
        assert bookmark["kind"] == "ConfigMap"
