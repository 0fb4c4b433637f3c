"""Load on one API client: many concurrent asyncio requests, many threads, many watches.

* ``requests``: N concurrent asyncio requests on one ``AsyncApiClient`` and T threads on one
  ``ApiClient``, each with the client-side rate limiter off and on (``qps``/``burst``). No
  error may reach the caller (the server's 429s and connections that could not be
  established are retried by the client; the retries are counted); the client's connections
  to the API server, sampled throughout, never exceed its pool size; the asyncio client's
  throughput is at least a tenth of the threads' (it was a fiftieth while every request
  beyond the pool size queued inside httpcore's pool).
* ``watches``: W concurrent watches on one ``AsyncApiClient``; every watch must see every one
  of the objects created while they run.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from kubeclient import client, config
from kubeclient.aio import client as aclient
from kubeclient.aio import watch as awatch
from kubeclient.client.configuration import Configuration
from kubesmith.testbed import Testbed
from kubesmith.testbed.pytest_plugin import create_namespace

from .cluster_support import connections_to

__all__ = ["run_load"]


class ConnectionSampler(threading.Thread):
    """Samples this process's connections to the API server every 20 ms; keeps the peak of
    those opened since it was created."""

    def __init__(self, port: int) -> None:
        super().__init__(daemon=True)
        self.port = port
        #: connections open before the scenario (the testbed's own admin client)
        self.baseline = connections_to(port)
        self.peak = 0
        self.stop_event = threading.Event()

    def run(self) -> None:
        while not self.stop_event.wait(0.02):
            self.peak = max(self.peak, connections_to(self.port) - self.baseline)

    def __enter__(self) -> ConnectionSampler:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop_event.set()
        self.join(5)


class RetryCounter(logging.Handler):
    """Counts the client's retries by cause, from its debug log (``kubeclient`` logger)."""

    CAUSES = ("HTTP 429", "no connection", "connection lost")

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.counts = dict.fromkeys(self.CAUSES, 0)
        self.logger = logging.getLogger("kubeclient")
        self.level_before = self.logger.level

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if "retrying" in message:
            for cause in self.CAUSES:
                if cause in message:
                    self.counts[cause] += 1

    def __enter__(self) -> RetryCounter:
        self.logger.addHandler(self)
        self.logger.setLevel(logging.DEBUG)
        return self

    def __exit__(self, *exc: object) -> None:
        self.logger.removeHandler(self)
        self.logger.setLevel(self.level_before)


def _configuration(tb: Testbed, qps: float | None, burst: int, pool: int) -> Configuration:
    cfg = Configuration()
    config.load_kube_config(config_file=str(tb.kubeconfig), client_configuration=cfg)
    cfg.qps, cfg.burst, cfg.connection_pool_maxsize = qps, burst, pool
    return cfg


def _asyncio_requests(tb: Testbed, ns: str, count: int, cfg: Configuration) -> dict[str, Any]:
    async def main() -> tuple[int, list[str]]:
        errors: list[str] = []
        async with aclient.ApiClient(cfg) as api:
            v1 = aclient.CoreV1Api(api)

            async def one(index: int) -> None:
                try:
                    await v1.read_namespaced_config_map(f"load-{index % 20}", ns)
                except Exception as error:
                    errors.append(repr(error)[:200])

            await asyncio.gather(*(one(i) for i in range(count)))
        return count, errors

    with ConnectionSampler(tb.port) as sampler, RetryCounter() as retries:
        started = time.monotonic()
        done, errors = asyncio.run(main())
        seconds = time.monotonic() - started
    return _figures(done, errors, seconds, sampler.peak, cfg, retries)


def _thread_requests(
    tb: Testbed, ns: str, threads: int, per_thread: int, cfg: Configuration
) -> dict[str, Any]:
    errors: list[str] = []
    with client.ApiClient(cfg) as api:
        v1 = client.CoreV1Api(api)

        def worker(index: int) -> None:
            for step in range(per_thread):
                try:
                    v1.read_namespaced_config_map(f"load-{(index + step) % 20}", ns)
                except Exception as error:
                    errors.append(repr(error)[:200])

        with (
            ConnectionSampler(tb.port) as sampler,
            RetryCounter() as retries,
            ThreadPoolExecutor(threads) as pool,
        ):
            started = time.monotonic()
            list(pool.map(worker, range(threads)))
            seconds = time.monotonic() - started
    return _figures(threads * per_thread, errors, seconds, sampler.peak, cfg, retries)


def _figures(
    done: int,
    errors: list[str],
    seconds: float,
    peak: int,
    cfg: Configuration,
    retries: RetryCounter,
) -> dict[str, Any]:
    return {
        "requests": done,
        "errors": len(errors),
        "error_samples": errors[:3],
        "seconds": round(seconds, 2),
        "requests_per_second": round(done / seconds, 1),
        "peak_connections": peak,
        "pool_size": cfg.connection_pool_maxsize,
        "qps": cfg.qps,
        "burst": cfg.burst,
        "retries": retries.counts,
        "load_average": round(os.getloadavg()[0], 1),
    }


def _watches(tb: Testbed, ns: str, watches: int, objects: int) -> dict[str, Any]:
    # HTTP/1.1: each watch holds a connection while it runs, so a client whose pool is no
    # larger than its number of watches has none left for other requests (they wait for
    # one forever): the pool gets room for the creates beside the watches
    pool = watches + 10

    async def main() -> tuple[list[int], float]:
        cfg = _configuration(tb, None, 10, pool)
        api = aclient.ApiClient(cfg)
        async with api:
            v1 = aclient.CoreV1Api(api)
            listed = await v1.list_namespaced_secret(ns)
            assert listed.metadata is not None
            start_rv = listed.metadata.resource_version
            seen = [0] * watches

            async def watching(index: int) -> None:
                async with awatch.Watch() as w:
                    async for event in w.stream(
                        v1.list_namespaced_secret, ns, resource_version=start_rv
                    ):
                        if event["type"] == "ADDED":
                            seen[index] += 1
                        if seen[index] == objects:
                            return

            tasks = [asyncio.create_task(watching(i)) for i in range(watches)]
            started = time.monotonic()
            for index in range(objects):
                await v1.create_namespaced_secret(
                    ns, aclient.V1Secret(metadata=aclient.V1ObjectMeta(name=f"w-{index}"))
                )
            await asyncio.wait_for(asyncio.gather(*tasks), 300)
            return seen, time.monotonic() - started

    with ConnectionSampler(tb.port) as sampler:
        seen, seconds = asyncio.run(main())
    return {
        "watches": watches,
        "objects": objects,
        "events_checked": sum(seen),
        "every_watch_saw_every_object": all(count == objects for count in seen),
        "seconds": round(seconds, 2),
        "peak_connections": sampler.peak,
        "pool_size": pool,
    }


def run_load(
    tb: Testbed,
    concurrent: int = 1000,
    threads: int = 200,
    per_thread: int = 10,
    watches: int = 100,
    watch_objects: int = 50,
    qps: float = 100.0,
    burst: int = 50,
    pool: int = 100,
    log: Any = print,
) -> dict[str, Any]:
    api = config.new_client_from_config(config_file=str(tb.kubeconfig), context="admin")
    v1 = client.CoreV1Api(api)
    ns = create_namespace(tb, prefix="kubesmith-load-")
    for index in range(20):
        v1.create_namespaced_config_map(
            ns,
            client.V1ConfigMap(metadata=client.V1ObjectMeta(name=f"load-{index}"), data={"k": "v"}),
        )
    api.close()
    result: dict[str, Any] = {"requests": {}}
    for limiter, rate in (("qps off", None), (f"qps {qps:g} burst {burst}", qps)):
        cfg = _configuration(tb, rate, burst, pool)
        log(f"load: {concurrent} asyncio requests, {limiter}")
        result["requests"][f"asyncio, {limiter}"] = _asyncio_requests(tb, ns, concurrent, cfg)
        log(f"load: {threads} threads x {per_thread}, {limiter}")
        result["requests"][f"threads, {limiter}"] = _thread_requests(
            tb, ns, threads, per_thread, _configuration(tb, rate, burst, pool)
        )
    log(f"load: {watches} watches")
    result["watches"] = _watches(tb, ns, watches, watch_objects)
    result["findings"] = load_findings(result, pool)
    return result


def load_findings(result: dict[str, Any], pool: int) -> list[str]:
    """What the load's figures show to be wrong (empty: nothing)."""
    findings = []
    for name, figures in result["requests"].items():
        if figures["errors"]:
            findings.append(f"{name}: {figures['errors']} errors: {figures['error_samples']}")
        if figures["peak_connections"] > pool:
            findings.append(f"{name}: {figures['peak_connections']} connections, pool {pool}")
        if figures["qps"]:
            # the token bucket: at most burst at once, then qps per second (5 % for timing)
            allowed = figures["burst"] + figures["qps"] * figures["seconds"] * 1.05
            figures["within_rate_limit"] = figures["requests"] <= allowed
            if not figures["within_rate_limit"]:
                findings.append(f"{name}: faster than the rate limit: {figures}")
    requests = result["requests"]
    for limiter in sorted({name.partition(", ")[2] for name in requests}):
        aio, threads = requests.get(f"asyncio, {limiter}"), requests.get(f"threads, {limiter}")
        if aio and threads and aio["requests_per_second"] < threads["requests_per_second"] / 10:
            findings.append(
                f"asyncio, {limiter}: {aio['requests_per_second']} requests/s, under a tenth "
                f"of the threads' {threads['requests_per_second']}"
            )
    if not result["watches"]["every_watch_saw_every_object"]:
        findings.append(f"a watch missed objects: {result['watches']}")
    return findings
