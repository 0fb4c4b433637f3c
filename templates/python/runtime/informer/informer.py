"""``SharedInformer``: the official client's informer API on kubeclient's informer.

Code written for ``kubernetes.informer`` keeps working::

    informer = SharedInformer(list_func=v1.list_namespaced_pod, namespace="ns")
    informer.add_event_handler(ADDED, on_added)
    informer.start()
    informer.cache.list()
    informer.stop()

Listing, watching, resuming, bookmarks and relisting after 410 are those of
:class:`kubeclient.informer.Informer` (one implementation); this class maps its callbacks
onto the official event types and keeps the :class:`ObjectCache`. An error that ends the
watch is reported to ERROR handlers and the informer starts over after
:data:`RESTART_DELAY` seconds, reporting what changed meanwhile as the official one does.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable
from typing import Any

from . import Informer
from .cache import ObjectCache

__all__ = ["ADDED", "BOOKMARK", "DELETED", "ERROR", "MODIFIED", "SharedInformer"]

logger = logging.getLogger(__name__.split(".")[0] + ".informer")

ADDED = "ADDED"
MODIFIED = "MODIFIED"
DELETED = "DELETED"
BOOKMARK = "BOOKMARK"
ERROR = "ERROR"
#: seconds between an error that ended the informer and its restart (the official's)
RESTART_DELAY = 5.0


class SharedInformer:
    """Keep :attr:`cache` in sync with ``list_func``'s resource in a daemon thread and call
    the handlers of each event type: ``handler(obj)`` (BOOKMARK: the raw bookmark object,
    ERROR: the exception). ``resync_period`` (seconds, 0 = never) reports every cached
    object as MODIFIED periodically."""

    def __init__(
        self,
        list_func: Callable[..., Any],
        namespace: str | None = None,
        resync_period: float = 0,
        label_selector: str | None = None,
        field_selector: str | None = None,
        key_func: Callable[[Any], str] | None = None,
    ) -> None:
        self._list_func = list_func
        self._kwargs: dict[str, Any] = {
            name: value
            for name, value in (
                ("namespace", namespace),
                ("label_selector", label_selector),
                ("field_selector", field_selector),
            )
            if value is not None
        }
        self._resync_period = resync_period
        self._cache = ObjectCache(key_func=key_func)
        self._handlers: dict[str, list[Callable[[Any], Any]]] = {
            kind: [] for kind in (ADDED, MODIFIED, DELETED, BOOKMARK, ERROR)
        }
        self._handler_lock = threading.Lock()
        self._stop_event = threading.Event()
        self._thread: threading.Thread | None = None
        self._informer: Informer | None = None

    @property
    def cache(self) -> ObjectCache:
        return self._cache

    def add_event_handler(self, event_type: str, handler: Callable[[Any], Any]) -> None:
        if event_type not in self._handlers:
            known = ", ".join(sorted(self._handlers))
            raise ValueError(f"Unknown event_type {event_type!r}. Use one of: {known}")
        with self._handler_lock:
            self._handlers[event_type].append(handler)

    def remove_event_handler(self, event_type: str, handler: Callable[[Any], Any]) -> None:
        with self._handler_lock:
            if handler in self._handlers.get(event_type, ()):
                self._handlers[event_type].remove(handler)

    def start(self) -> None:
        """Start the daemon thread (no-op while it runs)."""
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop_event.clear()
        self._thread = threading.Thread(target=self._run, name="SharedInformer", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop watching and join the thread."""
        self._stop_event.set()
        informer = self._informer
        if informer is not None:
            informer.stop()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join()
        self._thread = None

    # -- the thread --------------------------------------------------------------------

    def _run(self) -> None:
        while not self._stop_event.is_set():
            informer = Informer(self._list_func, resync_period=self._resync_period, **self._kwargs)
            seen: set[str] = set()
            informer.add_event_handler(
                on_add=functools.partial(self._added, seen=seen),
                on_update=lambda _old, new: self._modified(new),
                on_delete=self._deleted,
            )
            informer.add_bookmark_handler(lambda raw: self._fire(BOOKMARK, raw))
            self._informer = informer
            if self._stop_event.is_set():
                return
            done = threading.Event()
            watcher = threading.Thread(
                target=self._run_one, args=(informer, done), name="SharedInformer-watch"
            )
            watcher.daemon = True
            watcher.start()
            # after a restart, what vanished meanwhile is DELETED once the new state is in
            while not informer.wait_for_sync(0.1) and not done.is_set():
                pass
            if informer.has_synced():
                self._drop_missing(seen)
            done.wait()
            if informer.error is not None and not self._stop_event.is_set():
                self._fire(ERROR, informer.error)
                self._stop_event.wait(RESTART_DELAY)

    @staticmethod
    def _run_one(informer: Informer, done: threading.Event) -> None:
        try:
            informer.run()
        except BaseException:  # recorded in informer.error; reported by _run
            pass
        finally:
            done.set()

    def _added(self, obj: Any, seen: set[str]) -> None:
        seen.add(self._cache._key_func(obj))
        self._fire(ADDED if self._cache._put(obj) else MODIFIED, obj)

    def _modified(self, obj: Any) -> None:
        self._cache._put(obj)
        self._fire(MODIFIED, obj)

    def _deleted(self, obj: Any) -> None:
        self._cache._remove(obj)
        self._fire(DELETED, obj)

    def _drop_missing(self, seen: set[str]) -> None:
        for key in self._cache.list_keys():
            if key not in seen:
                obj = self._cache.get_by_key(key)
                if obj is not None:
                    self._deleted(obj)

    def _fire(self, event_type: str, obj: Any) -> None:
        with self._handler_lock:
            handlers = list(self._handlers[event_type])
        for handler in handlers:
            try:
                handler(obj)
            except Exception:
                logger.exception("Exception in informer handler for %s", event_type)
