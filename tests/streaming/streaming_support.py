"""Helpers of the streaming tests (imported by name: pytest puts this directory on the path)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from kubeclient import client, watch
from kubesmith.testbed import Testbed


def wait_for(what: str, check: Any, timeout: float = 60.0, interval: float = 0.1) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(interval)


def config_map(name: str, data: dict[str, str] | None = None) -> client.V1ConfigMap:
    return client.V1ConfigMap(metadata=client.V1ObjectMeta(name=name), data=data or {"k": "v"})


def etcd_compact(tb: Testbed) -> int:
    """Compact etcd's history up to its current revision; returns it."""
    return tb.compact_etcd()


def name_rv(obj: Any) -> tuple[str, str]:
    """``(metadata.name, metadata.resourceVersion)`` of a typed object, both required."""
    meta = obj.metadata
    assert meta is not None and meta.name and meta.resource_version
    return str(meta.name), str(meta.resource_version)


def list_rv(listed: Any) -> str:
    """The resourceVersion of a typed list."""
    assert listed.metadata is not None and listed.metadata.resource_version
    return str(listed.metadata.resource_version)


class Collector:
    """Runs a Watch in a thread and mirrors the server state from its events."""

    def __init__(self, func: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        self.watch = watch.Watch()
        self.events: list[tuple[str, str, str]] = []
        self.state: dict[str, str] = {}
        self.error: BaseException | None = None
        self.lock = threading.Lock()
        self.thread = threading.Thread(target=self._run, args=(func, args, kwargs), daemon=True)
        self.thread.start()

    def _run(self, func: Callable[..., Any], args: Any, kwargs: Any) -> None:
        try:
            for event in self.watch.stream(func, *args, **kwargs):
                obj = event["object"]
                assert isinstance(obj, client.V1ConfigMap)
                assert event["type"] in ("ADDED", "MODIFIED", "DELETED")
                name, rv = name_rv(obj)
                with self.lock:
                    self.events.append((event["type"], name, rv))
                    if event["type"] == "DELETED":
                        self.state.pop(name, None)
                    else:
                        self.state[name] = rv
        except BaseException as error:
            self.error = error

    def snapshot(self) -> dict[str, str]:
        with self.lock:
            return dict(self.state)

    def stop(self) -> None:
        self.watch.stop()
        self.thread.join(15)
        assert not self.thread.is_alive()
        assert self.error is None, self.error


def server_state(v1: client.CoreV1Api, ns: str) -> dict[str, str]:
    return dict(name_rv(cm) for cm in v1.list_namespaced_config_map(ns).items)


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []
        self.lock = threading.Lock()

    def add(self, obj: Any) -> None:
        assert isinstance(obj, client.V1ConfigMap)
        with self.lock:
            self.calls.append(("add", name_rv(obj)[0]))

    def update(self, old: Any, new: Any) -> None:
        assert old.metadata.name == new.metadata.name
        with self.lock:
            self.calls.append(("update", new.metadata.name))

    def delete(self, obj: Any) -> None:
        with self.lock:
            self.calls.append(("delete", obj.metadata.name))

    def of(self, name: str) -> list[str]:
        with self.lock:
            return [kind for kind, n in self.calls if n == name]


def cache_state(inf: Any) -> dict[str, str]:
    return dict(name_rv(obj) for obj in inf.list())
