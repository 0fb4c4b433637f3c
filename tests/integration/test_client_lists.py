"""Lists: limit/continue pagination over thousands of objects, selectors, delete_collection."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from helpers import config_map, meta, new_client, pod, unique, wait_running_pods, wait_until
from kubeclient import client
from kubeclient.client.exceptions import ApiException
from kubesmith.testbed import Testbed

pytestmark = pytest.mark.cluster

#: more than four pages of 500 (the page size kubectl uses)
MANY = 2_050


@pytest.fixture(scope="module")
def api(testbed_cluster: Testbed) -> Iterator[client.ApiClient]:
    with new_client(testbed_cluster) as api_client:
        yield api_client


@pytest.fixture
def core(api: client.ApiClient) -> client.CoreV1Api:
    return client.CoreV1Api(api)


def _name(i: int) -> str:
    return f"cm-{i:05d}"


def _labels(i: int) -> dict[str, str]:
    return {
        "suite": "lists",
        "parity": "even" if i % 2 == 0 else "odd",
        "bucket": str(i % 10),
    }


@pytest.fixture(scope="module")
def many(api: client.ApiClient) -> Iterator[str]:
    """A namespace holding MANY configmaps, created concurrently through one ApiClient.

    Yields the namespace; afterwards every configmap is removed with one deletecollection
    call and the namespace is deleted."""
    core = client.CoreV1Api(api)
    ns = unique("kubesmith-lists")
    core.create_namespace(client.V1Namespace(metadata=meta(ns)))
    try:
        started = time.monotonic()

        def create(i: int) -> str:
            body = config_map(_name(i), {"i": str(i)}, _labels(i))
            return core.create_namespaced_config_map(ns, body).metadata.name

        with ThreadPoolExecutor(max_workers=16) as pool:
            created = list(pool.map(create, range(MANY)))
        assert len(created) == MANY
        elapsed = time.monotonic() - started
        # a generous bound: concurrency through one pooled client must keep this quick
        assert elapsed < 120, f"creating {MANY} configmaps took {elapsed:.0f}s"
        yield ns
    finally:
        core.delete_collection_namespaced_config_map(ns, label_selector="suite=lists")
        core.delete_namespace(ns, _preload_content=False).close()


def _pages(
    core: client.CoreV1Api, ns: str, limit: int, **selectors: str
) -> list[client.V1ConfigMapList]:
    pages = []
    token: str | None = None
    while True:
        page = core.list_namespaced_config_map(ns, limit=limit, _continue=token, **selectors)
        pages.append(page)
        token = page.metadata._continue
        if not token:
            return pages
        assert len(pages) < 100, "pagination does not terminate"


def test_limit_and_continue_walk_every_object_once(core: client.CoreV1Api, many: str) -> None:
    pages = _pages(core, many, 500, label_selector="suite=lists")
    assert [len(p.items) for p in pages] == [500, 500, 500, 500, 50]
    names = [cm.metadata.name for p in pages for cm in p.items]
    assert names == sorted(names)  # etcd order: by key
    assert names == [_name(i) for i in range(MANY)]
    # every page of a paginated list is served from the snapshot of the first one
    assert {p.metadata.resource_version for p in pages} == {pages[0].metadata.resource_version}
    # Without selectors the server knows how many items remain (the namespace also holds
    # kube-root-ca.crt, published by the controller manager).
    everything = core.list_namespaced_config_map(many)
    assert len(everything.items) >= MANY
    assert everything.metadata._continue is None
    first = core.list_namespaced_config_map(many, limit=500)
    assert first.metadata.remaining_item_count == len(everything.items) - 500
    assert first.metadata._continue


def test_pages_are_consistent_while_objects_change(core: client.CoreV1Api, many: str) -> None:
    first = core.list_namespaced_config_map(many, limit=1000, label_selector="suite=lists")
    extra = "zz-added-during-pagination"
    core.create_namespaced_config_map(many, config_map(extra, {"x": "1"}, {"suite": "lists"}))
    try:
        rest = core.list_namespaced_config_map(
            many, limit=5000, _continue=first.metadata._continue, label_selector="suite=lists"
        )
        names = [cm.metadata.name for cm in first.items + rest.items]
        assert extra not in names  # not in the snapshot the continue token refers to
        assert len(names) == MANY
        fresh = core.list_namespaced_config_map(many, field_selector=f"metadata.name={extra}")
        assert [cm.metadata.name for cm in fresh.items] == [extra]
    finally:
        core.delete_namespaced_config_map(extra, many)


def test_list_at_an_exact_resource_version(core: client.CoreV1Api, many: str) -> None:
    before = core.list_namespaced_config_map(many, limit=1, label_selector="bucket=4")
    snapshot = before.metadata.resource_version
    core.patch_namespaced_config_map(_name(4), many, {"data": {"i": "changed"}})
    try:
        old = core.list_namespaced_config_map(
            many,
            label_selector="bucket=4",
            limit=1,
            resource_version=snapshot,
            resource_version_match="Exact",
        )
        assert old.metadata.resource_version == snapshot
        assert old.items[0].data == {"i": "4"}
        now = core.list_namespaced_config_map(
            many,
            label_selector="bucket=4",
            limit=1,
            resource_version=snapshot,
            resource_version_match="NotOlderThan",
        )
        assert int(now.metadata.resource_version) > int(snapshot)
        assert now.items[0].data == {"i": "changed"}
    finally:
        core.patch_namespaced_config_map(_name(4), many, {"data": {"i": "4"}})


def test_label_selectors(core: client.CoreV1Api, many: str) -> None:
    even = _pages(core, many, 400, label_selector="suite=lists,parity=even")
    assert sum(len(p.items) for p in even) == MANY // 2
    assert all(cm.metadata.labels["parity"] == "even" for p in even for cm in p.items)

    in_set = core.list_namespaced_config_map(many, label_selector="bucket in (3,7)")
    assert len(in_set.items) == MANY // 10 * 2
    assert {cm.metadata.labels["bucket"] for cm in in_set.items} == {"3", "7"}

    not_in = core.list_namespaced_config_map(
        many, label_selector="suite,bucket notin (0,1,2,3,4,5,6,7,8)"
    )
    assert {cm.metadata.labels["bucket"] for cm in not_in.items} == {"9"}

    combined = core.list_namespaced_config_map(
        many, label_selector="parity=odd,bucket!=1,bucket!=3,bucket!=5,bucket!=7"
    )
    assert {cm.metadata.labels["bucket"] for cm in combined.items} == {"9"}

    unlabelled = core.list_namespaced_config_map(many, label_selector="!suite")
    assert [cm.metadata.name for cm in unlabelled.items] == ["kube-root-ca.crt"]
    assert core.list_namespaced_config_map(many, label_selector="suite=nope").items == []


def test_field_selectors(core: client.CoreV1Api, many: str) -> None:
    one = core.list_namespaced_config_map(many, field_selector=f"metadata.name={_name(42)}")
    assert [cm.data for cm in one.items] == [{"i": "42"}]
    others = core.list_namespaced_config_map(
        many, field_selector=f"metadata.name!={_name(42)}", label_selector="bucket=2"
    )
    assert len(others.items) == MANY // 10 - 1
    everywhere = core.list_config_map_for_all_namespaces(
        field_selector=f"metadata.namespace={many}", label_selector="bucket=2", limit=50
    )
    assert len(everywhere.items) == 50
    assert everywhere.metadata._continue
    assert {cm.metadata.namespace for cm in everywhere.items} == {many}


def test_expired_or_bad_continue_token_is_an_error(core: client.CoreV1Api, many: str) -> None:
    with pytest.raises(ApiException) as excinfo:
        core.list_namespaced_config_map(many, limit=10, _continue="not-a-token")
    assert excinfo.value.status == 400
    assert "continue" in excinfo.value.message


def test_pod_field_selectors(core: client.CoreV1Api, testbed_namespace: str) -> None:
    ns = testbed_namespace
    core.create_namespaced_pod(ns, pod("runs", {"app": "sel"}))
    # no node matches: stays Pending, unscheduled
    core.create_namespaced_pod(ns, pod("waits", {"app": "sel"}, {"kubesmith.test/none": "x"}))
    running = wait_running_pods(core, ns, "app=sel", 1)
    node = running[0].spec.node_name

    def names(selector: str) -> list[str]:
        return sorted(
            p.metadata.name for p in core.list_namespaced_pod(ns, field_selector=selector).items
        )

    assert names("status.phase=Running") == ["runs"]
    assert names("status.phase=Pending") == ["waits"]
    assert names(f"spec.nodeName={node}") == ["runs"]
    assert names("spec.nodeName=") == ["waits"]
    assert names("status.phase!=Running,spec.restartPolicy=Always") == ["waits"]


def test_delete_collection(core: client.CoreV1Api, testbed_namespace: str) -> None:
    ns = testbed_namespace
    for i in range(12):
        labels = {"group": "drop" if i % 3 else "keep"}
        core.create_namespaced_config_map(ns, config_map(f"dc-{i}", {"i": str(i)}, labels))

    core.delete_collection_namespaced_config_map(ns, label_selector="group=drop")
    left = core.list_namespaced_config_map(ns, label_selector="group")
    assert sorted(cm.metadata.name for cm in left.items) == ["dc-0", "dc-3", "dc-6", "dc-9"]

    # A dry run deletes nothing. The server answers with the list of (would-be) deleted
    # objects, not a Status as the spec declares: the raw response shows it.
    raw = core.delete_collection_namespaced_config_map(
        ns, label_selector="group=keep", dry_run="All", _preload_content=False
    )
    with raw:
        answer = json.loads(raw.data)
    assert answer["kind"] == "ConfigMapList"
    assert sorted(item["metadata"]["name"] for item in answer["items"]) == [
        "dc-0",
        "dc-3",
        "dc-6",
        "dc-9",
    ]
    assert len(core.list_namespaced_config_map(ns, label_selector="group=keep").items) == 4
    # a field selector narrows further
    core.delete_collection_namespaced_config_map(ns, field_selector="metadata.name=dc-3")
    left = core.list_namespaced_config_map(ns, label_selector="group=keep")
    assert sorted(cm.metadata.name for cm in left.items) == ["dc-0", "dc-6", "dc-9"]


def test_delete_collection_of_pods(core: client.CoreV1Api, testbed_namespace: str) -> None:
    ns = testbed_namespace
    for i in range(3):
        core.create_namespaced_pod(ns, pod(f"batch-{i}", {"batch": "yes"}))
    core.create_namespaced_pod(ns, pod("other", {"batch": "no"}))
    core.delete_collection_namespaced_pod(ns, label_selector="batch=yes", grace_period_seconds=0)
    wait_until(
        "the selected pods to be deleted",
        lambda: core.list_namespaced_pod(ns, label_selector="batch=yes").items == [],
        60,
    )
    assert [p.metadata.name for p in core.list_namespaced_pod(ns).items] == ["other"]
