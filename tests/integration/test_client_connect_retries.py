"""Writes sent while kube-apiserver is down: their connections are refused, so the server
never saw them, and the client sends them again (any verb) until it is back. Each is
created exactly once."""

from __future__ import annotations

import asyncio
import logging
import socket
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest
from helpers import ADMIN, kubeconfig
from kubeclient import client, config
from kubeclient.aio import client as aclient
from kubeclient.client.configuration import Configuration
from kubesmith.testbed import Testbed

pytestmark = pytest.mark.cluster

#: retries one second apart: room for a restart of kube-apiserver on a loaded machine
RETRIES = 180


def _configuration(tb: Testbed) -> Configuration:
    cfg = Configuration()
    config.load_kube_config(config_file=kubeconfig(tb), context=ADMIN, client_configuration=cfg)
    cfg.max_retries = RETRIES
    return cfg


def _wait_until_refused(tb: Testbed) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            socket.create_connection((tb.host, tb.port), timeout=1).close()
        except ConnectionRefusedError:
            return
        except OSError:
            pass
        time.sleep(0.01)
    pytest.fail("kube-apiserver never refused a connection during its restart")


def _config_map(name: str) -> client.V1ConfigMap:
    return client.V1ConfigMap(metadata=client.V1ObjectMeta(name=name), data={"k": name})


def test_writes_refused_during_a_restart_are_sent_again(
    testbed_cluster: Testbed,
    testbed_namespace: str,
    restart_apiserver: Callable[[], None],
    caplog: pytest.LogCaptureFixture,
) -> None:
    ns = testbed_namespace
    sync_names = [f"sync-{i}" for i in range(4)]
    async_names = [f"aio-{i}" for i in range(4)]
    caplog.set_level(logging.DEBUG, logger="kubeclient")

    async def create_async() -> None:
        async with aclient.ApiClient(_configuration(testbed_cluster)) as api:
            v1 = aclient.CoreV1Api(api)
            await asyncio.gather(
                *(v1.create_namespaced_config_map(ns, _config_map(n)) for n in async_names)
            )

    with client.ApiClient(_configuration(testbed_cluster)) as api:
        v1 = client.CoreV1Api(api)
        v1.list_namespaced_config_map(ns)  # a pooled connection, which the restart drops

        def create_all_while_down() -> None:
            _wait_until_refused(testbed_cluster)
            with ThreadPoolExecutor(5) as pool:
                aio = pool.submit(asyncio.run, create_async())
                creates = [
                    pool.submit(v1.create_namespaced_config_map, ns, _config_map(n))
                    for n in sync_names
                ]
                for future in [aio, *creates]:
                    future.result()

        with ThreadPoolExecutor(1) as writer:
            written = writer.submit(create_all_while_down)
            # in this thread: the testbed's processes die with the thread that started them
            restart_apiserver()
            written.result()
        listed = v1.list_namespaced_config_map(ns)

    names = sorted(item.metadata.name for item in listed.items if item.metadata)
    assert names == sorted(sync_names + async_names + ["kube-root-ca.crt"])
    refused = [r for r in caplog.records if "no connection" in r.getMessage()]
    # every create met at least one refused connection and was sent again
    assert {r.getMessage().split(":")[0] for r in refused} == {"create_namespaced_config_map"}
    assert len(refused) >= len(sync_names) + len(async_names)
