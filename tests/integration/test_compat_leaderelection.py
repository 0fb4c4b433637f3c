"""Leader election (``kubeclient.leaderelection``, the official API) with a real Lease on
the testbed: two candidates, one leader; the other takes over when the leader stops
renewing. Sync and asyncio; the ConfigMap lock too."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from helpers import ADMIN, kubeconfig, new_client, unique
from kubeclient import client
from kubeclient.aio import config as aio_config
from kubeclient.aio.leaderelection import electionconfig as aio_electionconfig
from kubeclient.aio.leaderelection import leaderelection as aio_leaderelection
from kubeclient.aio.leaderelection.resourcelock.leaselock import LeaseLock as AsyncLeaseLock
from kubeclient.leaderelection import electionconfig, leaderelection
from kubeclient.leaderelection.resourcelock.configmaplock import ConfigMapLock
from kubeclient.leaderelection.resourcelock.leaselock import LeaseLock
from kubesmith.testbed import Testbed

pytestmark = pytest.mark.cluster

LEASE = 4  # seconds: lease_duration 4, renew_deadline 3, retry_period 1 (the minimum)


@pytest.fixture(scope="module")
def api(testbed_cluster: Testbed) -> Iterator[client.ApiClient]:
    with new_client(testbed_cluster) as api_client:
        yield api_client


class Candidate:
    """One elector in a thread; ``release`` ends its leading callback (the process dies):
    the lease is no longer renewed."""

    def __init__(self, lock: Any, log: list[str]) -> None:
        self.name = lock.identity
        self.release = threading.Event()
        self.leading = threading.Event()
        self.stopped = threading.Event()

        def lead() -> None:
            log.append(f"start {self.name}")
            self.leading.set()
            self.release.wait()
            raise RuntimeError("the leader's work ended")  # stops renewing

        def stop() -> None:
            log.append(f"stop {self.name}")
            self.stopped.set()

        config = electionconfig.Config(
            lock,
            lease_duration=LEASE,
            renew_deadline=LEASE - 1,
            retry_period=1,
            onstarted_leading=lead,
            onstopped_leading=stop,
        )
        self.election = leaderelection.LeaderElection(config)
        self.thread = threading.Thread(target=self.election.run, daemon=True)
        self.thread.start()


def test_lease_one_leader_then_failover(api: client.ApiClient, testbed_namespace: str) -> None:
    name = unique("lease")
    log: list[str] = []
    first = Candidate(LeaseLock(name, testbed_namespace, "first", api), log)
    first.leading.wait(30)
    second = Candidate(LeaseLock(name, testbed_namespace, "second", api), log)
    # the lease exists and names the first; the second stays a follower while it is renewed
    coordination = client.CoordinationV1Api(api)
    lease = coordination.read_namespaced_lease(name, testbed_namespace)
    assert lease.spec.holder_identity == "first"
    assert lease.spec.lease_duration_seconds == LEASE
    time.sleep(LEASE + 2)
    assert not second.leading.is_set()
    renewed = coordination.read_namespaced_lease(name, testbed_namespace).spec.renew_time
    assert renewed > lease.spec.renew_time  # the leader keeps renewing

    first.release.set()  # the leader stops renewing
    assert first.stopped.wait(30)
    assert second.leading.wait(LEASE * 4), "the follower did not take over"
    lease = coordination.read_namespaced_lease(name, testbed_namespace)
    assert lease.spec.holder_identity == "second"
    assert log[:3] == ["start first", "stop first", "start second"]
    second.release.set()
    assert second.stopped.wait(30)


def test_configmap_lock(api: client.ApiClient, testbed_namespace: str) -> None:
    name = unique("lock")
    log: list[str] = []
    only = Candidate(ConfigMapLock(name, testbed_namespace, "only", api), log)
    assert only.leading.wait(30)
    configmap = client.CoreV1Api(api).read_namespaced_config_map(name, testbed_namespace)
    record = configmap.metadata.annotations["control-plane.alpha.kubernetes.io/leader"]
    assert '"holderIdentity": "only"' in record
    only.release.set()
    assert only.stopped.wait(30)


def test_lease_failover_asyncio(testbed_cluster: Testbed, testbed_namespace: str) -> None:
    name = unique("lease")

    async def main() -> list[str]:
        log: list[str] = []
        async with await aio_config.new_client_from_config(
            config_file=kubeconfig(testbed_cluster), context=ADMIN
        ) as api_client:
            done = {who: asyncio.Event() for who in ("first", "second")}

            def election(who: str) -> aio_leaderelection.LeaderElection:
                async def lead() -> None:
                    log.append(f"start {who}")
                    await done[who].wait()
                    raise RuntimeError("the leader's work ended")

                async def stop() -> None:
                    log.append(f"stop {who}")

                lock = AsyncLeaseLock(name, testbed_namespace, who, api_client)
                config = aio_electionconfig.Config(
                    lock, LEASE, LEASE - 1, 1, onstarted_leading=lead, onstopped_leading=stop
                )
                return aio_leaderelection.LeaderElection(config)

            first = asyncio.create_task(election("first").run())
            await _until(lambda: "start first" in log)
            second = asyncio.create_task(election("second").run())
            await asyncio.sleep(LEASE + 2)
            assert log == ["start first"]  # one leader
            done["first"].set()
            await asyncio.wait_for(first, 30)
            await _until(lambda: "start second" in log, LEASE * 4)
            coordination = client.AsyncCoordinationV1Api(api_client)
            lease = await coordination.read_namespaced_lease(name, testbed_namespace)
            assert lease.spec.holder_identity == "second"
            done["second"].set()
            await asyncio.wait_for(second, 30)
        return log

    assert asyncio.run(main()) == ["start first", "stop first", "start second", "stop second"]


async def _until(check: Any, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.1)
