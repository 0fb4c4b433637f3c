"""The asyncio client (``kubeclient.aio``) against the real server: a representative subset.

Each test drives its own event loop with ``asyncio.run``; clients are opened and closed
inside it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import pytest
from helpers import ADMIN, ADMIN_TOKEN, LIMITED, LIMITED_USER, TOKEN_ADMIN_USER, kubeconfig
from kubeclient.aio import client, config
from kubeclient.client.api_client import (
    APPLY_PATCH,
    MERGE_PATCH,
    AsyncApiClient,
    KubernetesWarning,
)
from kubeclient.client.configuration import Configuration
from kubeclient.client.exceptions import ApiException
from kubesmith.testbed import Testbed

pytestmark = pytest.mark.cluster

T = TypeVar("T")


async def _client(tb: Testbed, context: str = ADMIN) -> client.ApiClient:
    return await config.new_client_from_config(config_file=kubeconfig(tb), context=context)


async def _wait_until(
    what: str, check: Callable[[], Awaitable[T | None]], timeout: float = 60.0
) -> T:
    deadline = time.monotonic() + timeout
    while True:
        result = await check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")
        await asyncio.sleep(0.2)


def _cm(name: str, data: dict[str, str], labels: dict[str, str] | None = None) -> Any:
    return client.V1ConfigMap(metadata=client.V1ObjectMeta(name=name, labels=labels), data=data)


def test_async_client_types(testbed_cluster: Testbed) -> None:
    async def main() -> None:
        async with await _client(testbed_cluster) as api_client:
            assert isinstance(api_client, AsyncApiClient)
            assert client.ApiClient is AsyncApiClient
            core = client.CoreV1Api(api_client)
            assert asyncio.iscoroutinefunction(core.list_namespaced_pod)
            version = await client.VersionApi(api_client).get_code()
            assert version.git_version == testbed_cluster.version

    asyncio.run(main())


def test_async_crud(testbed_cluster: Testbed, testbed_namespace: str) -> None:
    ns = testbed_namespace

    async def main() -> None:
        async with await _client(testbed_cluster) as api_client:
            core = client.CoreV1Api(api_client)
            created = await core.create_namespaced_config_map(ns, _cm("a", {"k": "1"}))
            assert isinstance(created, client.V1ConfigMap)
            assert created.metadata.uid

            read = await core.read_namespaced_config_map("a", ns)
            assert read.data == {"k": "1"}
            read.data["k"] = "2"
            replaced = await core.replace_namespaced_config_map("a", ns, read)
            assert replaced.data == {"k": "2"}

            secret = client.V1Secret(
                metadata=client.V1ObjectMeta(name="s"), data={"bin": b"\x00\xff"}
            )
            await core.create_namespaced_secret(ns, secret)
            assert (await core.read_namespaced_secret("s", ns)).data == {"bin": b"\x00\xff"}

            status = await core.delete_namespaced_config_map("a", ns)
            assert isinstance(status, client.V1Status)
            with pytest.raises(ApiException) as excinfo:
                await core.read_namespaced_config_map("a", ns)
            assert excinfo.value.status == 404

    asyncio.run(main())


def test_async_concurrent_creates_and_paginated_list(
    testbed_cluster: Testbed, testbed_namespace: str
) -> None:
    ns = testbed_namespace
    count = 300

    async def main() -> list[str]:
        async with await _client(testbed_cluster) as api_client:
            core = client.CoreV1Api(api_client)
            await asyncio.gather(
                *(
                    core.create_namespaced_config_map(
                        ns, _cm(f"c-{i:04d}", {"i": str(i)}, {"set": "async"})
                    )
                    for i in range(count)
                )
            )
            names: list[str] = []
            token = None
            while True:
                page = await core.list_namespaced_config_map(
                    ns, label_selector="set=async", limit=70, _continue=token
                )
                assert len(page.items) <= 70
                names += [cm.metadata.name for cm in page.items]
                token = page.metadata._continue
                if not token:
                    break
            await core.delete_collection_namespaced_config_map(ns, label_selector="set=async")
            left = await core.list_namespaced_config_map(ns, label_selector="set=async")
            assert left.items == []
            return names

    names = asyncio.run(main())
    assert names == [f"c-{i:04d}" for i in range(count)]


def test_async_deployment_runs_and_scales(testbed_cluster: Testbed, testbed_namespace: str) -> None:
    ns = testbed_namespace
    labels = {"app": "aweb"}
    body = client.V1Deployment(
        metadata=client.V1ObjectMeta(name="aweb"),
        spec=client.V1DeploymentSpec(
            replicas=1,
            selector=client.V1LabelSelector(match_labels=labels),
            template=client.V1PodTemplateSpec(
                metadata=client.V1ObjectMeta(labels=labels),
                spec=client.V1PodSpec(
                    containers=[client.V1Container(name="main", image="registry.invalid/a:1")]
                ),
            ),
        ),
    )

    async def running(core: Any, n: int) -> list[Any] | None:
        pods = (await core.list_namespaced_pod(ns, label_selector="app=aweb")).items
        ok = [p for p in pods if p.status.phase == "Running"]
        return ok if len(ok) == n else None

    async def main() -> None:
        async with await _client(testbed_cluster) as api_client:
            apps = client.AppsV1Api(api_client)
            core = client.CoreV1Api(api_client)
            await apps.create_namespaced_deployment(ns, body)
            await _wait_until("1 Running pod", lambda: running(core, 1), 90)
            scale = await apps.patch_namespaced_deployment_scale(
                "aweb", ns, {"spec": {"replicas": 2}}
            )
            assert scale.spec.replicas == 2
            pods = await _wait_until("2 Running pods", lambda: running(core, 2), 90)
            assert all(p.spec.node_name in testbed_cluster.node_names for p in pods)

    asyncio.run(main())


def test_async_patch_kinds(testbed_cluster: Testbed, testbed_namespace: str) -> None:
    ns = testbed_namespace

    async def main() -> None:
        async with await _client(testbed_cluster) as api_client:
            core = client.CoreV1Api(api_client)
            await core.create_namespaced_config_map(ns, _cm("p", {"a": "1", "b": "2"}))
            smp = await core.patch_namespaced_config_map("p", ns, {"data": {"c": "3"}})
            assert smp.data == {"a": "1", "b": "2", "c": "3"}
            jp = await core.patch_namespaced_config_map(
                "p", ns, [{"op": "remove", "path": "/data/a"}]
            )
            assert jp.data == {"b": "2", "c": "3"}
            mp = await core.patch_namespaced_config_map(
                "p", ns, {"data": {"b": None}}, _content_type=MERGE_PATCH
            )
            assert mp.data == {"c": "3"}
            # server-side apply creates "ssa"; a rival manager conflicts until it forces
            intent = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "ssa"}}
            applied = await core.patch_namespaced_config_map(
                "ssa",
                ns,
                {**intent, "data": {"c": "applied"}},
                field_manager="async-apply",
                _content_type=APPLY_PATCH,
            )
            assert applied.data == {"c": "applied"}
            with pytest.raises(ApiException) as excinfo:
                await core.patch_namespaced_config_map(
                    "ssa",
                    ns,
                    {**intent, "data": {"c": "mine"}},
                    field_manager="rival",
                    _content_type=APPLY_PATCH,
                )
            assert excinfo.value.status == 409
            assert excinfo.value.causes[0].reason == "FieldManagerConflict"
            forced = await core.patch_namespaced_config_map(
                "ssa",
                ns,
                {**intent, "data": {"c": "mine"}},
                field_manager="rival",
                force=True,
                _content_type=APPLY_PATCH,
            )
            assert forced.data == {"c": "mine"}

    asyncio.run(main())


def test_async_errors_and_identities(testbed_cluster: Testbed, testbed_namespace: str) -> None:
    ns = testbed_namespace

    async def main() -> None:
        async with (
            await _client(testbed_cluster) as admin,
            await _client(testbed_cluster, LIMITED) as limited,
        ):
            core = client.CoreV1Api(admin)
            await core.create_namespaced_config_map(ns, _cm("dup", {"a": "1"}))
            with pytest.raises(ApiException) as excinfo:
                await core.create_namespaced_config_map(ns, _cm("dup", {"a": "1"}))
            assert excinfo.value.status == 409
            assert excinfo.value.status_reason == "AlreadyExists"

            bad = client.V1ConfigMap(metadata=client.V1ObjectMeta(name="Bad_Name"))
            with pytest.raises(ApiException) as excinfo:
                await core.create_namespaced_config_map(ns, bad)
            assert excinfo.value.status == 422
            assert [c.field for c in excinfo.value.causes] == ["metadata.name"]

            with pytest.raises(ApiException) as excinfo:
                await client.CoreV1Api(limited).list_namespaced_pod(ns)
            assert excinfo.value.status == 403
            review = await client.AuthenticationV1Api(limited).create_self_subject_review(
                client.V1SelfSubjectReview()
            )
            assert review.status.user_info.username == LIMITED_USER

    asyncio.run(main())


def test_async_warning_header(testbed_cluster: Testbed, testbed_namespace: str) -> None:
    body = {
        "apiVersion": "v1",
        "kind": "ConfigMap",
        "metadata": {"name": "warned"},
        "bogusField": 1,
    }

    async def main() -> Any:
        async with await _client(testbed_cluster) as api_client:
            return await client.CoreV1Api(api_client).create_namespaced_config_map(
                testbed_namespace, body, field_validation="Warn"
            )

    with pytest.warns(KubernetesWarning, match='unknown field "bogusField"'):
        created = asyncio.run(main())
    assert created.metadata.name == "warned"


def test_async_default_configuration_from_load_kube_config(
    testbed_cluster: Testbed, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Configuration, "_default", None)
    monkeypatch.setenv("KUBECONFIG", kubeconfig(testbed_cluster))

    async def main() -> str:
        await config.load_kube_config(context=ADMIN_TOKEN)
        async with client.ApiClient() as api_client:
            review = await client.AuthenticationV1Api(api_client).create_self_subject_review(
                client.V1SelfSubjectReview()
            )
            return str(review.status.user_info.username)

    assert asyncio.run(main()) == TOKEN_ADMIN_USER
