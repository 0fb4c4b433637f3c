"""The soak: informers (sync and asyncio) over many objects under steady churn while the API
server is restarted and etcd compacted, an exec-plugin client whose tokens the server
expires every few seconds, memory over time, then exec/port-forward sessions in a loop.

Checks at the end (each a figure in the result, and an assertion):

* each informer's cache equals a fresh list (name → resourceVersion), and its event log is
  consistent: per object add → update* → delete, resourceVersions strictly rising;
* the exec-plugin client: no request failed for a stale credential (a 401 is retried once
  with a fresh token), its watch's mirror equals a fresh list;
* RSS at the end within 10 % of RSS after the first minute (runs of at least two minutes);
* sessions: no file descriptor and no thread leaked over all open/close cycles.
"""

from __future__ import annotations

import asyncio
import gc
import random
import tempfile
import threading
import time
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from kubeclient import client, config, informer, watch
from kubeclient.aio import client as aclient
from kubeclient.aio import config as aconfig
from kubeclient.aio import informer as ainformer
from kubesmith.testbed import Testbed
from kubesmith.testbed.pytest_plugin import create_namespace

from .cluster_support import BootstrapPlugin, Counter, rss_mib, settled

__all__ = ["SoakOptions", "run_soak"]


@dataclass
class SoakOptions:
    minutes: float = 10.0
    objects: int = 2000
    #: churn writes (creates, updates, deletes) per second
    churn_rate: float = 10.0
    #: seconds between API server restarts (each preceded by an etcd compaction)
    restart_every: float = 120.0
    #: lifetime of the exec plugin's tokens (seconds)
    token_ttl: float = 5.0
    #: the plugin reports expiry this much later than the server enforces it (seconds)
    token_skew: float = 1.0
    #: seconds between the exec-plugin client's lists
    list_every: float = 1.0


class EventLog:
    """What an informer's handlers were called with, checked for consistency."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.events = 0
        self.state: dict[str, int] = {}
        self.problems: list[str] = []

    def _problem(self, text: str) -> None:
        if len(self.problems) < 20:
            self.problems.append(text)

    def add(self, obj: Any) -> None:
        name, rv = _name_rv(obj)
        with self.lock:
            self.events += 1
            if name in self.state:
                self._problem(f"add of {name} while cached")
            self.state[name] = rv

    def update(self, old: Any, new: Any) -> None:
        name, rv = _name_rv(new)
        with self.lock:
            self.events += 1
            known = self.state.get(name)
            if known is None:
                self._problem(f"update of {name} before its add")
            elif rv <= known:
                self._problem(f"update of {name} to rv {rv} after rv {known}")
            self.state[name] = rv

    def delete(self, obj: Any) -> None:
        name = obj.metadata.name
        with self.lock:
            self.events += 1
            if self.state.pop(name, None) is None:
                self._problem(f"delete of {name} that was not cached")

    def snapshot(self) -> dict[str, int]:
        with self.lock:
            return dict(self.state)


def _config_map(name: str, value: str) -> client.V1ConfigMap:
    return client.V1ConfigMap(metadata=client.V1ObjectMeta(name=name), data={"v": value})


def _name_rv(obj: Any) -> tuple[str, int]:
    return str(obj.metadata.name), int(obj.metadata.resource_version)


def _server_state(v1: client.CoreV1Api, ns: str) -> dict[str, int]:
    return dict(_name_rv(cm) for cm in v1.list_namespaced_config_map(ns).items)


class Churn(threading.Thread):
    """Creates, updates and deletes objects at a steady rate around ``target`` live ones."""

    def __init__(self, v1: client.CoreV1Api, ns: str, live: list[str], target: int, rate: float):
        super().__init__(daemon=True)
        self.v1, self.ns, self.live, self.target, self.rate = v1, ns, live, target, rate
        self.stop_event = threading.Event()
        self.counts = Counter()

    def run(self) -> None:
        interval = 1.0 / self.rate
        rng = random.Random(7)
        while not self.stop_event.wait(interval):
            choice = rng.random()
            try:
                if choice < 0.3 or len(self.live) < self.target * 0.9:
                    name = f"churn-{uuid.uuid4().hex[:10]}"
                    self.v1.create_namespaced_config_map(self.ns, _config_map(name, "0"))
                    self.live.append(name)
                    self.counts.add("creates")
                elif choice < 0.7:
                    name = rng.choice(self.live)
                    body = {"data": {"v": str(time.monotonic())}}
                    self.v1.patch_namespaced_config_map(name, self.ns, body)
                    self.counts.add("updates")
                else:
                    name = self.live.pop(rng.randrange(len(self.live)))
                    self.v1.delete_namespaced_config_map(name, self.ns)
                    self.counts.add("deletes")
            except Exception:
                # the API server is restarting: writes fail until it is back (not a finding)
                self.counts.add("failed while the server was down")
                self.stop_event.wait(0.5)


class AsyncInformerThread(threading.Thread):
    """The asyncio informer on its own event loop (and its own AsyncApiClient)."""

    def __init__(self, kubeconfig: str, ns: str, log: EventLog) -> None:
        super().__init__(daemon=True)
        self.kubeconfig, self.ns, self.log = kubeconfig, ns, log
        self.loop = asyncio.new_event_loop()
        self.synced = threading.Event()
        self.error: BaseException | None = None
        self._done: asyncio.Event | None = None
        self._informer: Any = None

    def run(self) -> None:
        self.loop.run_until_complete(self._main())

    async def _main(self) -> None:
        self._done = asyncio.Event()
        api = await aconfig.new_client_from_config(config_file=self.kubeconfig)
        async with api:
            inf = ainformer.Informer(aclient.CoreV1Api(api).list_namespaced_config_map, self.ns)
            inf.add_event_handler(self.log.add, self.log.update, self.log.delete)
            self._informer = inf
            inf.start()
            if await inf.wait_for_sync(300):
                self.synced.set()
            await self._done.wait()
            await inf.stop()
            self.error = inf.error

    def cache(self) -> dict[str, int]:
        async def listed() -> dict[str, int]:
            return dict(_name_rv(obj) for obj in self._informer.list())

        return asyncio.run_coroutine_threadsafe(listed(), self.loop).result(30)

    def stop(self) -> None:
        if self._done is not None:
            self.loop.call_soon_threadsafe(self._done.set)
        self.join(60)


class ExecClient(threading.Thread):
    """A client authenticated by the bootstrap-token plugin: a watch mirroring the namespace
    and a list every ``list_every`` seconds."""

    def __init__(self, plugin: BootstrapPlugin, ns: str, list_every: float) -> None:
        super().__init__(daemon=True)
        self.api = config.new_client_from_config(
            config_file=str(plugin.kubeconfig), context="soak-exec"
        )
        self.v1 = client.CoreV1Api(self.api)
        self.ns, self.list_every = ns, list_every
        self.counts = Counter()
        self.mirror: dict[str, int] = {}
        self.problems: list[str] = []
        self.lock = threading.Lock()
        self.watch = watch.Watch()
        self.stop_event = threading.Event()
        source = self.api.configuration.token_source
        assert source is not None, "the soak-exec context has no exec plugin"
        invalidate = source.invalidate

        def counted(used: str | None) -> bool:
            self.counts.add("401 answered with a fresh token")
            return bool(invalidate(used))

        source.invalidate = counted  # type: ignore[method-assign]  # counts, then delegates
        self.watcher = threading.Thread(target=self._watch, daemon=True)

    def _watch(self) -> None:
        try:
            for event in self.watch.stream(self.v1.list_namespaced_config_map, self.ns):
                obj = event["object"]
                name, rv = _name_rv(obj)
                with self.lock:
                    self.counts.add("watch events")
                    if event["type"] == "DELETED":
                        self.mirror.pop(name, None)
                    else:
                        known = self.mirror.get(name)
                        if known is not None and rv <= known:
                            self.problems.append(f"{name}: rv {rv} after {known}")
                        self.mirror[name] = rv
        except BaseException as error:
            self.problems.append(f"the watch ended: {error!r}")

    def run(self) -> None:
        self.watcher.start()
        while not self.stop_event.wait(self.list_every):
            try:
                self.v1.list_namespaced_config_map(self.ns, limit=100)
                self.counts.add("lists")
            except client.ApiException as error:
                if error.status == 401:
                    self.counts.add("requests failed for a stale credential")
                else:
                    self.counts.add("lists failed while the server was down")
            except Exception:
                self.counts.add("lists failed while the server was down")

    def stop(self) -> None:
        self.stop_event.set()
        self.join(30)
        self.watch.stop()
        self.watcher.join(30)
        self.api.close()


def run_soak(tb: Testbed, options: SoakOptions, log: Any = print) -> dict[str, Any]:
    """Run the soak on a running testbed; the figures (raises AssertionError on a finding)."""
    started = time.monotonic()
    admin = config.new_client_from_config(config_file=str(tb.kubeconfig), context="admin")
    v1 = client.CoreV1Api(admin)
    ns = create_namespace(tb, prefix="kubesmith-soak-")
    live = _populate(tb, ns, options.objects)
    log(f"soak: {len(live)} objects in {ns} after {time.monotonic() - started:.0f}s")
    sync_log, async_log = EventLog(), EventLog()
    inf = informer.Informer(v1.list_namespaced_config_map, ns)
    inf.add_event_handler(sync_log.add, sync_log.update, sync_log.delete)
    inf.start()
    ainf = AsyncInformerThread(str(tb.kubeconfig), ns, async_log)
    ainf.start()
    assert inf.wait_for_sync(300) and ainf.synced.wait(300), "the informers never synced"
    BootstrapPlugin.grant(client.RbacAuthorizationV1Api(admin))
    plugin = BootstrapPlugin(
        tb, Path(tempfile.mkdtemp(prefix="kubesmith-soak-")), options.token_ttl, options.token_skew
    )
    exec_client = ExecClient(plugin, ns, options.list_every)
    exec_client.start()
    churn = Churn(v1, ns, live, options.objects, options.churn_rate)
    churn.start()
    soak_started = time.monotonic()
    duration = options.minutes * 60
    restarts, compactions = 0, 0
    rss: list[tuple[float, float]] = [(0.0, round(rss_mib(), 1))]
    next_restart = soak_started + options.restart_every
    while (now := time.monotonic()) - soak_started < duration:
        if now >= next_restart:
            tb.compact_etcd()
            compactions += 1
            tb.restart_apiserver()
            restarts += 1
            log(f"soak: API server restart {restarts} at {now - soak_started:.0f}s")
            next_restart = time.monotonic() + options.restart_every
        time.sleep(min(1.0, max(0.0, next_restart - time.monotonic())))
        elapsed = time.monotonic() - soak_started
        if not rss or elapsed - rss[-1][0] >= 10:
            gc.collect()
            rss.append((round(elapsed, 1), round(rss_mib(), 1)))
    churn.stop_event.set()
    churn.join(30)
    exec_client_time = time.monotonic()
    expected = _server_state(v1, ns)
    # each must equal a fresh list within 3 minutes of the churn stopping (None: never did)
    settle_sync = settled(lambda: _cache(inf) == expected, 180)
    settle_async = settled(lambda: ainf.cache() == expected, 180)
    settle_exec = settled(lambda: dict(exec_client.mirror) == expected, 180)
    exec_client.stop()
    inf.stop()
    ainf.stop()
    gc.collect()
    rss.append((round(time.monotonic() - soak_started, 1), round(rss_mib(), 1)))
    minute_one = next((value for at, value in rss if at >= 60), None)
    result: dict[str, Any] = {
        "options": asdict(options),
        "duration_s": round(time.monotonic() - soak_started, 1),
        "objects_at_end": len(expected),
        "api_server_restarts": restarts,
        "etcd_compactions": compactions,
        "churn": churn.counts.as_dict(),
        "informers": {
            "sync": {
                "events_checked": sync_log.events,
                "problems": sync_log.problems,
                "cache_equals_list": settle_sync is not None,
                "settled_after_s": settle_sync,
                "error": repr(inf.error) if inf.error else None,
            },
            "asyncio": {
                "events_checked": async_log.events,
                "problems": async_log.problems,
                "cache_equals_list": settle_async is not None,
                "settled_after_s": settle_async,
                "error": repr(ainf.error) if ainf.error else None,
            },
        },
        "exec_credential": {
            "token_ttl_s": options.token_ttl,
            "token_skew_s": options.token_skew,
            "plugin_runs": plugin.runs,
            **exec_client.counts.as_dict(),
            "watch_problems": exec_client.problems,
            "watch_mirror_equals_list": settle_exec is not None,
            "settled_after_s": settle_exec,
            "checked_at_s": round(exec_client_time - soak_started, 1),
        },
        "rss_mib": rss,
        "rss_after_minute_1_mib": minute_one,
        "rss_end_mib": rss[-1][1],
    }
    admin.close()
    result["findings"] = soak_findings(result)
    return result


def _cache(inf: informer.Informer) -> dict[str, int]:
    return dict(_name_rv(obj) for obj in inf.list())


def _populate(tb: Testbed, ns: str, count: int) -> list[str]:
    """``count`` ConfigMaps, created 50 at a time with the asyncio client."""
    names = [f"seed-{index:05d}" for index in range(count)]

    async def create() -> None:
        api = await aconfig.new_client_from_config(config_file=str(tb.kubeconfig))
        async with api:
            av1 = aclient.CoreV1Api(api)
            for start in range(0, count, 50):
                await asyncio.gather(
                    *(
                        av1.create_namespaced_config_map(ns, _config_map(name, "0"))
                        for name in names[start : start + 50]
                    )
                )

    asyncio.run(create())
    return names


def soak_findings(result: dict[str, Any]) -> list[str]:
    """What the soak's figures show to be wrong (empty: nothing)."""
    findings = []
    for name, figures in result["informers"].items():
        if figures["problems"]:
            findings.append(f"{name} informer event log: {figures['problems']}")
        if figures["error"] is not None:
            findings.append(f"{name} informer ended: {figures['error']}")
        if not figures["cache_equals_list"]:
            findings.append(f"{name} informer's cache never equalled a fresh list")
    credential = result["exec_credential"]
    if credential.get("requests failed for a stale credential", 0):
        findings.append(f"requests failed for a stale credential: {credential}")
    if credential["watch_problems"]:
        findings.append(f"exec-plugin client's watch: {credential['watch_problems']}")
    if not credential["watch_mirror_equals_list"]:
        findings.append("the exec-plugin client's watch never mirrored a fresh list")
    minute_one = result["rss_after_minute_1_mib"]
    if minute_one is not None and result["duration_s"] >= 120:
        growth = result["rss_end_mib"] / minute_one - 1
        result["rss_growth_after_minute_1"] = round(growth, 3)
        if growth > 0.10:
            findings.append(f"RSS grew {growth:.1%} after the first minute")
    return findings
