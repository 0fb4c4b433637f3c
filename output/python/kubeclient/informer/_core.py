"""The informer's logic (client-go reflector + indexer), without I/O.

Initial sync: a streaming list (``sendInitialEvents=true``, synced at the bookmark annotated
``k8s.io/initial-events-end``) when the server supports it, else a paginated LIST; then the
watch machine of :mod:`kubeclient.watch._core` (resume, bookmarks, relist on 410 with
backoff). Events become cache updates and handler calls in :class:`Cache`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any

from ..client.exceptions import ApiException
from ..watch._core import (
    INITIAL_EVENTS_END,
    Command,
    Emit,
    Listed,
    Open,
    ReadLine,
    Sleep,
    WatchConfig,
    WatchError,
    WatchEvent,
    decode_line,
    event_key,
    is_transient,
    list_machine,
    listed_entry,
    object_key,
    object_rv,
    status_error,
    sync_events,
    watch_machine,
)

__all__ = ["Cache", "Handler", "Synced", "informer_machine"]

Handler = Callable[..., Any]


@dataclass(slots=True)
class Synced:
    """The initial state is in the cache."""


def _stream_initial(config: WatchConfig) -> Generator[Command, Any, list[Listed]]:
    """A streaming list: the objects (as :data:`Listed` entries against what is known), once
    the initial-events-end bookmark arrived (the bookmark's resourceVersion becomes the
    watch's). Raises if the stream ends first."""
    args = dict(config.kwargs)
    args.update(
        watch=True,
        allow_watch_bookmarks=True,
        send_initial_events=True,
        resource_version_match="NotOlderThan",
        _headers={"Accept-Encoding": "identity"},
    )
    args.pop("resource_version", None)
    args.setdefault("_request_timeout", (30.0, 300.0))
    objects: list[Listed] = []
    handle = yield Open(args)
    while True:
        line = yield ReadLine(handle)
        if line is None:
            raise WatchError(status=0, reason="the stream ended before the initial events did")
        if not line.strip():
            continue
        kind, _, data, raw = decode_line(line, object)
        assert raw is not None  # (an untyped decode always gives the dict)
        if kind == "ERROR":
            raise status_error(raw, config.name)
        if kind == "BOOKMARK":
            annotations = (raw.get("metadata") or {}).get("annotations") or {}
            if annotations.get(INITIAL_EVENTS_END) == "true":
                config.resource_version = object_rv(raw)
                return objects
            continue
        if kind == "ADDED":
            objects.append(listed_entry(object_key(raw), object_rv(raw), data, config.known))


def informer_machine(
    config: WatchConfig, page_size: int | None = 500, watch_list: bool | None = None
) -> Generator[Command | Synced, Any, None]:
    """Sync, then watch. ``watch_list``: None tries the streaming list and falls back to
    LIST when the server refuses it; False always lists."""
    while not config.stopped:
        try:
            if watch_list is not False:
                try:
                    items = yield from _stream_initial(config)
                except ApiException as error:
                    if watch_list is None and not is_transient(error):
                        watch_list = False  # not supported (WatchList gate off): LIST
                        continue
                    raise
            else:
                kwargs = {k: v for k, v in config.kwargs.items() if k != "resource_version"}
                items, list_rv = yield from list_machine(kwargs, page_size, config.known)
                config.resource_version = list_rv
        except Exception as error:
            if config.stopped:
                return
            if not is_transient(error) and not isinstance(error, WatchError):
                raise
            yield Sleep(config.backoff.next())
            continue
        for event in sync_events(config.known, items, config.item_cls):
            yield Emit(event)
        yield Synced()
        break
    yield from watch_machine(config)


class Cache:
    """The informer's store: key → typed object, and the handlers called on changes."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.objects: dict[str, Any] = {}
        self.handlers: list[tuple[Handler | None, Handler | None, Handler | None]] = []
        #: called with the raw bookmark object (the watch reports bookmarks only if any)
        self.bookmark_handlers: list[Handler] = []

    def apply(self, event: WatchEvent[Any]) -> list[tuple[Handler, tuple[Any, ...]]]:
        """Update the store; return the handler calls to make."""
        key = event_key(event)
        obj = event["object"]
        calls: list[tuple[Handler, tuple[Any, ...]]] = []
        if event["type"] == "BOOKMARK":
            return [(handler, (event["raw_object"],)) for handler in self.bookmark_handlers]
        with self.lock:
            old = self.objects.get(key)
            if event["type"] == "DELETED":
                self.objects.pop(key, None)
                for _, _, on_delete in self.handlers:
                    if on_delete is not None:
                        calls.append((on_delete, (obj,)))
            else:
                self.objects[key] = obj
                for on_add, on_update, _ in self.handlers:
                    if old is None and on_add is not None:
                        calls.append((on_add, (obj,)))
                    elif old is not None and on_update is not None:
                        calls.append((on_update, (old, obj)))
        return calls

    def resync_calls(self) -> list[tuple[Handler, tuple[Any, ...]]]:
        with self.lock:
            objects = list(self.objects.values())
            return [
                (on_update, (obj, obj))
                for _, on_update, _ in self.handlers
                if on_update is not None
                for obj in objects
            ]
