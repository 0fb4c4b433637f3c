"""Informers: a local cache of a resource kept current by list+watch, with handlers.

    from kubeclient import client, informer

    pods = informer.Informer(v1.list_namespaced_pod, "ns")
    pods.add_event_handler(on_add=print, on_update=lambda old, new: ..., on_delete=print)
    pods.start()
    pods.wait_for_sync(timeout=30)
    pods.list(); pods.get("ns/name")
    pods.stop()

Generic over every list method that supports watch (custom resources through
``CustomObjectsApi.list_namespaced_custom_object`` too; objects are then dicts).
"""

from __future__ import annotations

import builtins
import logging
import threading
from collections.abc import Callable
from typing import Any

from ..watch._core import WatchEvent, config_for
from ..watch.watch import _Run, run_machine
from ._core import Cache, Handler, Synced, informer_machine

__all__ = ["Informer"]

logger = logging.getLogger(__name__.split(".")[0] + ".informer")


class Informer:
    """list+watch ``func(*args, **kwargs)`` into a cache (see the module documentation).

    ``resync_period`` (seconds, 0 = never) calls ``on_update(obj, obj)`` for every cached
    object periodically; ``page_size`` paginates the initial LIST; ``watch_list`` None uses
    the streaming list when the server supports it, False never.
    """

    def __init__(
        self,
        func: Callable[..., Any],
        *args: Any,
        resync_period: float = 0.0,
        page_size: int | None = 500,
        watch_list: bool | None = None,
        **kwargs: Any,
    ) -> None:
        self._func = func
        self._args = args
        self._config = config_for(func, kwargs)
        self._page_size = page_size
        self._watch_list = watch_list
        self.resync_period = resync_period
        self._cache = Cache()
        self._synced = threading.Event()
        self._stopped = threading.Event()
        self._thread: threading.Thread | None = None
        self._runner: _Run | None = None
        #: the error that ended the informer, if one did
        self.error: BaseException | None = None

    def add_event_handler(
        self,
        on_add: Handler | None = None,
        on_update: Handler | None = None,
        on_delete: Handler | None = None,
    ) -> None:
        """Handlers get the typed object (``on_update`` old and new). Objects already in the
        cache are reported to a handler added late through ``on_add``."""
        with self._cache.lock:
            self._cache.handlers.append((on_add, on_update, on_delete))
            existing = list(self._cache.objects.values()) if on_add is not None else []
        for obj in existing:
            self._call(on_add, (obj,))  # type: ignore[arg-type]

    def add_bookmark_handler(self, on_bookmark: Handler) -> None:
        """``on_bookmark(raw_object)`` for each BOOKMARK event (the watch asks for them
        anyway; they are reported only once a handler wants them)."""
        with self._cache.lock:
            self._cache.bookmark_handlers.append(on_bookmark)
        self._config.emit_bookmarks = True

    def has_synced(self) -> bool:
        return self._synced.is_set()

    def wait_for_sync(self, timeout: float | None = None) -> bool:
        return self._synced.wait(timeout)

    @property
    def resource_version(self) -> str | None:
        return self._config.resource_version

    def list(self) -> list[Any]:
        with self._cache.lock:
            return list(self._cache.objects.values())

    def keys(self) -> builtins.list[str]:
        with self._cache.lock:
            return list(self._cache.objects)

    def get(self, key: str) -> Any:
        """The cached object for ``namespace/name`` (or ``name``), or None."""
        with self._cache.lock:
            return self._cache.objects.get(key)

    def start(self) -> Informer:
        """Run in a background thread."""
        if self._thread is None:
            self._thread = threading.Thread(target=self.run, name="kubeclient-informer")
            self._thread.daemon = True
            self._thread.start()
        return self

    def run(self) -> None:
        """Run in this thread until :meth:`stop`."""
        runner = self._runner = _Run(self._func, self._args)
        resync: threading.Thread | None = None
        if self.resync_period > 0:
            resync = threading.Thread(target=self._resync_loop, daemon=True)
            resync.start()
        machine = informer_machine(self._config, self._page_size, self._watch_list)
        try:
            for event in run_machine(_synced_filter(machine, self._synced), runner):
                for handler, call_args in self._cache.apply(event):
                    self._call(handler, call_args)
        except BaseException as error:
            if not self._stopped.is_set():
                self.error = error
                logger.error("informer %s stopped: %s", self._config.name, error)
                raise
        finally:
            self._stopped.set()

    def stop(self) -> None:
        self._stopped.set()
        self._config.stopped = True
        runner = self._runner
        if runner is not None:
            runner.wake.set()
            runner.close_response(interrupt=True)
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(10.0)

    def __enter__(self) -> Informer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _resync_loop(self) -> None:
        while not self._stopped.wait(self.resync_period):
            if self._synced.is_set():
                for handler, call_args in self._cache.resync_calls():
                    self._call(handler, call_args)

    @staticmethod
    def _call(handler: Handler, call_args: tuple[Any, ...]) -> None:
        try:
            handler(*call_args)
        except Exception:
            logger.exception("informer handler %r failed", handler)


def _synced_filter(machine: Any, synced: Any) -> Any:
    """Pass the machine's commands through, turning ``Synced`` into setting ``synced``."""
    value: Any = None
    error: BaseException | None = None
    while True:
        try:
            command = machine.throw(error) if error is not None else machine.send(value)
        except StopIteration:
            return
        value, error = None, None
        if isinstance(command, Synced):
            synced.set()
            continue
        try:
            value = yield command
        except Exception as failure:
            error = failure


__all__ += ["WatchEvent"]

# the official client's informer API (``kubernetes.informer``), on the class above
from .cache import ObjectCache  # noqa: E402
from .informer import ADDED, BOOKMARK, DELETED, ERROR, MODIFIED, SharedInformer  # noqa: E402

__all__ += [
    "ADDED",
    "BOOKMARK",
    "DELETED",
    "ERROR",
    "MODIFIED",
    "ObjectCache",
    "SharedInformer",
]
