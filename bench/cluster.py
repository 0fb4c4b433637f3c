"""Stage 5: list 5,000 ConfigMaps with pagination and consume a watch of 5,000 updates from
a real kube-apiserver (the testbed), kubeclient (sync and asyncio) vs the official client.

Wall time and the client's CPU time (``time.process_time`` of this process: the apiserver,
etcd and the load generator are other processes or are not counted) are measured around
each client's loop. Clients take turns, so machine load hits them alike.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import os
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from bench.common import ROOT, loadavg, summary

COUNT = 5000
PAGE = 500
NAMESPACE = "bench"

Measure = Callable[[], int]


def _configmap(i: int) -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "ConfigMap",
        "metadata": {
            "name": f"cm-{i:05d}",
            "labels": {"app": "bench", "shard": str(i % 10)},
            "annotations": {"bench.kubesmith.dev/index": str(i)},
        },
        "data": {
            "config.yaml": f"replicas: {i % 7}\nimage: registry.local/app:{i}\nlog: info\n",
            "feature.flags": "alpha=false,beta=true,gamma=" + str(i % 2 == 0).lower(),
            "owner": f"team-{i % 13}",
        },
    }


async def _populate(kubeconfig: str) -> None:
    from kubeclient.aio import client as aclient
    from kubeclient.aio import config as aconfig

    api_client = await aconfig.new_client_from_config(kubeconfig)
    try:
        v1 = aclient.CoreV1Api(api_client)
        await v1.create_namespace(
            {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": NAMESPACE}}
        )
        for _ in range(300):  # the namespace is usable once its default ServiceAccount exists
            try:
                await v1.read_namespaced_service_account("default", NAMESPACE)
                break
            except Exception:
                await asyncio.sleep(0.1)
        sem = asyncio.Semaphore(32)

        async def create(i: int) -> None:
            async with sem:
                await v1.create_namespaced_config_map(NAMESPACE, _configmap(i))

        await asyncio.gather(*(create(i) for i in range(COUNT)))
    finally:
        await api_client.close()


async def _update_all(kubeconfig: str, round_: int) -> None:
    from kubeclient.aio import client as aclient
    from kubeclient.aio import config as aconfig

    api_client = await aconfig.new_client_from_config(kubeconfig)
    try:
        v1 = aclient.CoreV1Api(api_client)
        sem = asyncio.Semaphore(32)

        async def update(i: int) -> None:
            patch = {"data": {"owner": f"team-{i % 13}-r{round_}"}}
            async with sem:
                await v1.patch_namespaced_config_map(f"cm-{i:05d}", NAMESPACE, patch)

        await asyncio.gather(*(update(i) for i in range(COUNT)))
    finally:
        await api_client.close()


# -- the clients under test ----------------------------------------------------------------


class Clients:
    def __init__(self, kubeconfig: str) -> None:
        import kubernetes
        from kubeclient import client as kclient
        from kubeclient import config as kconfig

        self.kubeconfig = kubeconfig
        self.k_api = kclient.CoreV1Api(kconfig.new_client_from_config(kubeconfig))
        self.o_api = kubernetes.client.CoreV1Api(
            kubernetes.config.new_client_from_config(config_file=kubeconfig)
        )
        self.loop = asyncio.new_event_loop()
        self.a_client = self.loop.run_until_complete(self._async_client())

    async def _async_client(self) -> Any:
        from kubeclient.aio import config as aconfig

        return await aconfig.new_client_from_config(self.kubeconfig)

    def close(self) -> None:
        self.loop.run_until_complete(self.a_client.close())
        # as asyncio.run: finalize the async generators httpx leaves behind a stopped stream
        self.loop.run_until_complete(self.loop.shutdown_asyncgens())
        self.loop.close()

    # list

    def list_kubeclient(self) -> int:
        seen, token = 0, None
        while True:
            page = self.k_api.list_namespaced_config_map(NAMESPACE, limit=PAGE, _continue=token)
            seen += len(page.items)
            token = page.metadata._continue if page.metadata else None
            if not token:
                return seen

    def list_official(self) -> int:
        seen, token = 0, None
        while True:
            page = self.o_api.list_namespaced_config_map(NAMESPACE, limit=PAGE, _continue=token)
            seen += len(page.items)
            token = page.metadata._continue
            if not token:
                return seen

    def list_kubeclient_async(self) -> int:
        from kubeclient.aio import client as aclient

        async def run() -> int:
            v1 = aclient.CoreV1Api(self.a_client)
            seen, token = 0, None
            while True:
                page = await v1.list_namespaced_config_map(NAMESPACE, limit=PAGE, _continue=token)
                seen += len(page.items)
                token = page.metadata._continue if page.metadata else None
                if not token:
                    return seen

        result: int = self.loop.run_until_complete(run())
        return result

    # watch: replay the COUNT updates that follow resource version ``rv``

    def watch_kubeclient(self, rv: str) -> int:
        from kubeclient import watch

        w = watch.Watch()
        seen = 0
        for event in w.stream(
            self.k_api.list_namespaced_config_map,
            NAMESPACE,
            resource_version=rv,
            timeout_seconds=300,
        ):
            if event["type"] == "MODIFIED":
                seen += 1
                if seen == COUNT:
                    w.stop()
                    break
        return seen

    def watch_official(self, rv: str) -> int:
        import kubernetes

        w = kubernetes.watch.Watch()
        seen = 0
        for event in w.stream(
            self.o_api.list_namespaced_config_map,
            NAMESPACE,
            resource_version=rv,
            timeout_seconds=300,
        ):
            if event["type"] == "MODIFIED":
                seen += 1
                if seen == COUNT:
                    w.stop()
                    break
        return seen

    def watch_kubeclient_async(self, rv: str) -> int:
        from kubeclient.aio import client as aclient
        from kubeclient.aio import watch as awatch

        async def run() -> int:
            v1 = aclient.CoreV1Api(self.a_client)
            w = awatch.Watch()
            seen = 0
            stream = w.stream(
                v1.list_namespaced_config_map,
                NAMESPACE,
                resource_version=rv,
                timeout_seconds=300,
            )
            async for event in stream:
                if event["type"] == "MODIFIED":
                    seen += 1
                    if seen == COUNT:
                        w.stop()
                        break
            aclose = getattr(stream, "aclose", None)
            if aclose is not None:  # an async generator (older runtimes)
                await aclose()
            await w.close()
            return seen

        result: int = self.loop.run_until_complete(run())
        return result

    def current_rv(self) -> str:
        page = self.k_api.list_namespaced_config_map(NAMESPACE, limit=1)
        return str(page.metadata.resource_version)


def _measure(fn: Callable[[], int]) -> tuple[float, float, int]:
    cpu0, wall0 = time.process_time(), time.perf_counter()
    n = fn()
    return time.perf_counter() - wall0, time.process_time() - cpu0, n


def _record(
    cells: dict[str, Any], name: str, fn: Callable[[], int], errors: list[str], expected: int
) -> None:
    try:
        wall, cpu, n = _measure(fn)
    except Exception as error:  # a client that cannot do it: say so, keep the others
        errors.append(f"{name}: {type(error).__name__}: {error}"[:300])
        return
    if n != expected:
        errors.append(f"{name}: saw {n} of {expected}")
        return
    cell = cells.setdefault(name, {"wall": [], "cpu": []})
    cell["wall"].append(wall)
    cell["cpu"].append(cpu)


def run_against(kubeconfig: str, rounds: int) -> dict[str, Any]:
    asyncio.run(_populate(kubeconfig))
    clients = Clients(kubeconfig)
    lists: dict[str, Any] = {}
    watches: dict[str, Any] = {}
    errors: list[str] = []
    list_fns: dict[str, Measure] = {
        "kubeclient": clients.list_kubeclient,
        "kubeclient-async": clients.list_kubeclient_async,
        "official": clients.list_official,
    }
    # warm up (connections, decoders); the namespace also holds kube-root-ca.crt
    expected = max(fn() for fn in list_fns.values())
    for _ in range(rounds + 2):
        for name, fn in list_fns.items():
            _record(lists, name, fn, errors, expected)
    watch_fns: dict[str, Callable[[str], int]] = {
        "kubeclient": clients.watch_kubeclient,
        "kubeclient-async": clients.watch_kubeclient_async,
        "official": clients.watch_official,
    }
    update_seconds: list[float] = []
    for round_ in range(rounds):
        rv = clients.current_rv()
        started = time.perf_counter()
        asyncio.run(_update_all(kubeconfig, round_))
        update_seconds.append(time.perf_counter() - started)
        order = list(watch_fns.items())
        order = order[round_ % len(order) :] + order[: round_ % len(order)]
        for name, wfn in order:
            _record(watches, name, functools.partial(wfn, rv), errors, COUNT)
    clients.close()
    scenarios = {
        f"list {COUNT:,} ConfigMaps (pages of {PAGE})": {
            name: {"wall": summary(c["wall"]), "cpu": summary(c["cpu"])}
            for name, c in lists.items()
        },
        f"watch {COUNT:,} updates (replayed from a resourceVersion)": {
            name: {"wall": summary(c["wall"]), "cpu": summary(c["cpu"])}
            for name, c in watches.items()
        },
    }
    notes = [
        f"{COUNT:,} ConfigMaps of about 500 bytes in one namespace; list in pages of {PAGE} "
        "until the continue token is empty; "
        f"{rounds + 2} timed lists per client after one warm-up, clients in turn.",
        f"Watch: {rounds} rounds; each round patches all {COUNT:,} ConfigMaps (median "
        f"{sorted(update_seconds)[len(update_seconds) // 2]:.1f} s with an asyncio writer), "
        "then each client watches from the resourceVersion before the patches and stops "
        f"after {COUNT:,} MODIFIED events (the apiserver's watch cache replays them), "
        "starting with a different client each round. kubeclient: `kubeclient.watch.Watch` / "
        "`kubeclient.aio.watch.Watch`; official: `kubernetes.watch.Watch`.",
        "Client CPU = `time.process_time()` of the benchmark process around the loop.",
    ]
    if errors:
        notes.append("Errors: " + "; ".join(errors[:6]))
    return {"scenarios": scenarios, "notes": notes}


@contextlib.contextmanager
def private_testbed() -> Iterator[dict[str, Any]]:
    """A private testbed (bench/testbed_host.py) for the duration of the block: yields its
    kubeconfig, server and version."""
    python = os.environ.get("KUBESMITH_PYTHON", str(ROOT / ".venv" / "bin" / "python"))
    if not Path(python).exists():
        raise RuntimeError(f"no Python with kubesmith for the testbed at {python}")
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    host = subprocess.Popen(
        [python, str(ROOT / "bench" / "testbed_host.py")],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert host.stdout is not None
        line = host.stdout.readline()
        if not line:
            raise RuntimeError(f"the testbed did not start (exit {host.wait()})")
        info: dict[str, Any] = json.loads(line)
        print(f"  testbed {info['version']} at {info['server']}", flush=True)
        yield info
    finally:
        if host.stdin is not None:
            host.stdin.close()
        try:
            host.wait(timeout=60)
        except subprocess.TimeoutExpired:
            host.terminate()
            host.wait(timeout=30)


def stage_cluster(quick: bool = False) -> dict[str, Any]:
    with private_testbed() as info:
        result = run_against(info["kubeconfig"], rounds=1 if quick else 3)
        result["testbed"] = {"version": info["version"]}
        result["load"] = loadavg()
        return result
