"""Behaviour served for programs written against the official client (37.x), on the real
server: status-specific exceptions, retry_on_conflict against a real 409, dict-style
access to delete results, ``<method>_with_http_info``, ``close()``, and the official module
paths. Sync and asyncio where the official client has both."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from helpers import ADMIN, config_map, kubeconfig, new_client, unique
from kubeclient import client
from kubeclient.aio import config as aio_config
from kubeclient.client.exceptions import (
    ApiException,
    BadRequestException,
    ConflictException,
    NotFoundException,
    UnprocessableEntityException,
)
from kubeclient.utils import retry_on_conflict
from kubesmith.testbed import Testbed

pytestmark = pytest.mark.cluster


@pytest.fixture(scope="module")
def api(testbed_cluster: Testbed) -> Iterator[client.ApiClient]:
    with new_client(testbed_cluster) as api_client:
        yield api_client


def test_status_exceptions(api: client.ApiClient, testbed_namespace: str) -> None:
    core = client.CoreV1Api(api)
    with pytest.raises(NotFoundException) as missing:
        core.read_namespaced_config_map("missing", testbed_namespace)
    assert isinstance(missing.value, ApiException) and missing.value.status == 404
    name = unique("cm")
    core.create_namespaced_config_map(testbed_namespace, config_map(name))
    with pytest.raises(ConflictException) as exists:
        core.create_namespaced_config_map(testbed_namespace, config_map(name))
    assert exists.value.status == 409 and exists.value.status_reason == "AlreadyExists"
    with pytest.raises(UnprocessableEntityException) as invalid:
        core.create_namespaced_config_map(testbed_namespace, config_map("Not_Valid"))
    assert invalid.value.status == 422
    with pytest.raises(BadRequestException) as bad:
        core.list_namespaced_pod(testbed_namespace, field_selector="spec.bogus=b")
    assert bad.value.status == 400


def test_status_exceptions_asyncio(testbed_cluster: Testbed, testbed_namespace: str) -> None:
    async def main() -> None:
        async with await aio_config.new_client_from_config(
            config_file=kubeconfig(testbed_cluster), context=ADMIN
        ) as api_client:
            core = client.AsyncCoreV1Api(api_client)
            with pytest.raises(NotFoundException):
                await core.read_namespaced_config_map("missing", testbed_namespace)
            name = unique("cm")
            await core.create_namespaced_config_map(testbed_namespace, config_map(name))
            with pytest.raises(ConflictException):
                await core.create_namespaced_config_map(testbed_namespace, config_map(name))

    asyncio.run(main())


def _stale_write(core: client.CoreV1Api, namespace: str, name: str) -> client.V1ConfigMap:
    """A read whose object another writer changes before it is written back."""
    stale = core.read_namespaced_config_map(name, namespace)
    fresh = core.read_namespaced_config_map(name, namespace)
    fresh.data = {**(fresh.data or {}), "other": "writer"}
    core.replace_namespaced_config_map(name, namespace, fresh)
    return stale


def test_retry_on_conflict_real_409(api: client.ApiClient, testbed_namespace: str) -> None:
    core = client.CoreV1Api(api)
    name = unique("cm")
    core.create_namespaced_config_map(testbed_namespace, config_map(name, {"n": "0"}))
    calls: list[int] = []

    def bump() -> client.V1ConfigMap:
        calls.append(1)
        # the first attempt writes a stale copy (a real 409); later ones read afresh
        if len(calls) == 1:
            cm = _stale_write(core, testbed_namespace, name)
        else:
            cm = core.read_namespaced_config_map(name, testbed_namespace)
        cm.data = {**(cm.data or {}), "n": str(int((cm.data or {}).get("n", "0")) + 1)}
        return core.replace_namespaced_config_map(name, testbed_namespace, cm)

    result = retry_on_conflict(bump)
    assert len(calls) == 2
    assert result.data == {"n": "1", "other": "writer"}

    # a non-conflict error is not retried
    attempts: list[int] = []

    def missing() -> None:
        attempts.append(1)
        core.read_namespaced_config_map("missing", testbed_namespace)

    with pytest.raises(NotFoundException):
        retry_on_conflict(missing)
    assert len(attempts) == 1


def test_retry_on_conflict_asyncio_real_409(
    testbed_cluster: Testbed, testbed_namespace: str, api: client.ApiClient
) -> None:
    from kubeclient.aio.utils import retry_on_conflict as aretry_on_conflict

    sync_core = client.CoreV1Api(api)
    name = unique("cm")
    sync_core.create_namespaced_config_map(testbed_namespace, config_map(name, {"n": "0"}))

    async def main() -> client.V1ConfigMap:
        async with await aio_config.new_client_from_config(
            config_file=kubeconfig(testbed_cluster), context=ADMIN
        ) as api_client:
            core = client.AsyncCoreV1Api(api_client)
            calls: list[int] = []

            async def bump() -> client.V1ConfigMap:
                calls.append(1)
                cm = await core.read_namespaced_config_map(name, testbed_namespace)
                if len(calls) == 1:  # another writer gets in between: a real 409
                    other = await core.read_namespaced_config_map(name, testbed_namespace)
                    other.data = {**(other.data or {}), "other": "writer"}
                    await core.replace_namespaced_config_map(name, testbed_namespace, other)
                cm.data = {**(cm.data or {}), "n": "1"}
                return await core.replace_namespaced_config_map(name, testbed_namespace, cm)

            result = await aretry_on_conflict(bump)
            assert len(calls) == 2
            return result

    assert asyncio.run(main()).data == {"n": "1", "other": "writer"}


def test_delete_result_as_dict(api: client.ApiClient, testbed_namespace: str) -> None:
    core = client.CoreV1Api(api)
    name = unique("cm")
    core.create_namespaced_config_map(testbed_namespace, config_map(name))
    resp = core.delete_namespaced_config_map(name, testbed_namespace)
    # code written for the official client, where this is a plain dict
    assert resp.get("status") == "Success"
    assert resp["status"] == "Success"
    assert resp["details"]["name"] == name
    assert resp.get("details").get("kind") == "configmaps"
    assert resp.get("code", "absent") == "absent" or resp["code"] == 200
    assert "status" in resp
    with pytest.raises(KeyError):
        resp["no-such-field"]
    # still the typed result
    assert isinstance(resp, client.V1Status) and resp.details.name == name


def test_delete_result_as_dict_asyncio(testbed_cluster: Testbed, testbed_namespace: str) -> None:
    async def main() -> None:
        async with await aio_config.new_client_from_config(
            config_file=kubeconfig(testbed_cluster), context=ADMIN
        ) as api_client:
            core = client.AsyncCoreV1Api(api_client)
            name = unique("cm")
            await core.create_namespaced_config_map(testbed_namespace, config_map(name))
            resp = await core.delete_namespaced_config_map(name, testbed_namespace)
            assert resp["status"] == "Success" and resp.get("details")["name"] == name

    asyncio.run(main())


def test_with_http_info_and_official_module_paths(
    api: client.ApiClient, testbed_namespace: str
) -> None:
    from kubeclient.client.api import core_v1_api
    from kubeclient.client.models.v1_config_map import V1ConfigMap

    core = core_v1_api.CoreV1Api(api)
    name = unique("cm")
    core.create_namespaced_config_map(
        testbed_namespace, V1ConfigMap(metadata=client.V1ObjectMeta(name=name))
    )
    data, status, headers = core.read_namespaced_config_map_with_http_info(name, testbed_namespace)
    assert isinstance(data, V1ConfigMap) and data.metadata.name == name
    assert status == 200 and headers["content-type"] == "application/json"
    raw = core.read_namespaced_config_map_without_preload_content(name, testbed_namespace)
    try:
        assert raw.status == 200
        assert b'"kind":"ConfigMap"' in raw.data
    finally:
        raw.release_conn()


def test_with_http_info_asyncio(testbed_cluster: Testbed, testbed_namespace: str) -> None:
    from kubeclient.aio.client.api.core_v1_api import CoreV1Api
    from kubeclient.client.api_response import ApiResponse

    async def main() -> None:
        async with await aio_config.new_client_from_config(
            config_file=kubeconfig(testbed_cluster), context=ADMIN
        ) as api_client:
            async with CoreV1Api(api_client) as core:
                name = unique("cm")
                await core.create_namespaced_config_map(testbed_namespace, config_map(name))
                response = await core.read_namespaced_config_map_with_http_info(
                    name, testbed_namespace
                )
                assert isinstance(response, ApiResponse)
                assert response.status_code == 200
                assert response.data.metadata.name == name
                assert b'"kind":"ConfigMap"' in response.raw_data
            assert not api_client.http.is_closed  # a client passed in is the caller's

    asyncio.run(main())


def test_close_closes_only_an_own_client(
    testbed_cluster: Testbed, api: client.ApiClient, testbed_namespace: str
) -> None:
    from kubeclient import config

    config.load_kube_config(config_file=kubeconfig(testbed_cluster), context=ADMIN)
    with client.CoreV1Api() as core:  # makes (and owns) its ApiClient
        core.list_namespaced_config_map(testbed_namespace)
        own = core.api_client
        assert not own.http.is_closed
    assert own._http is None  # closed with the API object
    shared = client.CoreV1Api(api)
    shared.list_namespaced_config_map(testbed_namespace)
    shared.close()
    listed = client.CoreV1Api(api).list_namespaced_config_map(testbed_namespace)
    assert isinstance(listed, client.V1ConfigMapList)  # the shared client still works


def test_keepalive_socket_options_on_real_connections(
    testbed_cluster: Testbed, testbed_namespace: str
) -> None:
    import socket

    from kubeclient import config
    from kubeclient.utils import tcp_keepalive_socket_options

    cfg = client.Configuration()
    config.load_kube_config(
        config_file=kubeconfig(testbed_cluster), context=ADMIN, client_configuration=cfg
    )
    cfg.socket_options = tcp_keepalive_socket_options(idle=7)
    # what the kernel holds for each option set on a new connection's socket (before TLS
    # wraps it)
    applied: dict[tuple[int, int], int] = {}
    real_create = socket.create_connection

    class Recording(socket.socket):
        def setsockopt(self, level: int, option: int, value: object, *rest: object) -> None:
            super().setsockopt(level, option, value, *rest)  # type: ignore[call-overload]
            applied[level, option] = self.getsockopt(level, option)

    def create_connection(*args: object, **kwargs: object) -> socket.socket:
        sock = real_create(*args, **kwargs)  # type: ignore[arg-type]
        return Recording(sock.family, sock.type, sock.proto, fileno=sock.detach())

    socket.create_connection = create_connection  # type: ignore[assignment]
    try:
        with client.ApiClient(cfg) as api_client:
            client.CoreV1Api(api_client).list_namespaced_config_map(testbed_namespace)
    finally:
        socket.create_connection = real_create  # type: ignore[assignment]
    assert applied[socket.SOL_SOCKET, socket.SO_KEEPALIVE] == 1
    if hasattr(socket, "TCP_KEEPIDLE"):
        assert applied[socket.IPPROTO_TCP, socket.TCP_KEEPIDLE] == 7
