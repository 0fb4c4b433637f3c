"""The watch protocol and client-go's reflector rules, written once without I/O.

The logic is a generator that *yields commands* (open a watch, read a line, list a page,
sleep, emit an event) and receives their results; :mod:`.watch` runs it with the sync API
client and :mod:`..aio.watch` with the asyncio one. So resuming from the last
resourceVersion, bookmarks, 410 handling, backoff and pagination exist in one place.
"""

from __future__ import annotations

import json
import math
import random
import time
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypedDict, TypeVar, cast

import httpx
import msgspec

from ..client import _serde
from ..client._bound import item_type, op_of
from ..client.exceptions import ApiException

__all__ = [
    "INITIAL_EVENTS_END",
    "Backoff",
    "Emit",
    "ListPage",
    "Open",
    "ReadLine",
    "ResourceExpired",
    "Sleep",
    "WatchConfig",
    "WatchError",
    "WatchEvent",
    "body_chunks",
    "complete_lines",
    "watch_machine",
]

T = TypeVar("T")

INITIAL_EVENTS_END = "k8s.io/initial-events-end"
_EVENT_TYPES = frozenset({"ADDED", "MODIFIED", "DELETED", "BOOKMARK", "ERROR"})


class WatchEvent(TypedDict, Generic[T]):
    """One change, as the official client yields it."""

    type: str
    object: T
    raw_object: dict[str, Any]


_RAW = "raw_object"


def _decode_raw(data: bytes) -> Any:
    """The JSON dict of an object the typed decode accepted. That decode skips unknown fields
    without checking what the dict cannot hold (invalid UTF-8, a number out of range), so a
    strict decode can fail long after the event was yielded: decode such bytes leniently."""
    try:
        return msgspec.json.decode(data)
    except (msgspec.DecodeError, msgspec.ValidationError):
        return json.loads(bytes(data).decode("utf-8", "replace"))


class LazyEvent(dict[str, Any]):
    """A :class:`WatchEvent` whose ``raw_object`` (the JSON dict) is decoded from the event's
    bytes on first use: most consumers read only the typed ``object``, and decoding the
    dict as well cost as much as the typed decode (and left GC-tracked garbage).

    It behaves as the plain dict ``{"type", "object", "raw_object"}`` in every way a dict can
    be observed; each observing method decodes first (once)."""

    __slots__ = ("_data",)

    def __init__(self, kind: str, obj: Any, data: bytes) -> None:
        dict.__init__(self, type=kind, object=obj)
        self._data: bytes | None = data

    # Threads may read one event at once. The key is stored before the bytes are dropped, so
    # whoever finds the bytes gone finds the key; two threads decoding at once keep the
    # first dict stored (setdefault), so every reader gets the same one.

    def _load(self) -> None:
        data = self._data
        if data is not None:
            if not dict.__contains__(self, _RAW):
                dict.setdefault(self, _RAW, _decode_raw(data))
            self._data = None

    def __missing__(self, key: str) -> Any:
        if key == _RAW:
            self._load()
            if dict.__contains__(self, key):
                return dict.__getitem__(self, key)
        raise KeyError(key)

    def get(self, key: str, default: Any = None) -> Any:
        self._load()
        return dict.get(self, key, default)

    def __contains__(self, key: object) -> bool:
        self._load()
        return dict.__contains__(self, key)

    def __iter__(self) -> Iterator[str]:
        self._load()
        return dict.__iter__(self)

    def __reversed__(self) -> Iterator[str]:
        self._load()
        return dict.__reversed__(self)

    def __len__(self) -> int:
        self._load()
        return dict.__len__(self)

    def keys(self) -> Any:
        self._load()
        return dict.keys(self)

    def values(self) -> Any:
        self._load()
        return dict.values(self)

    def items(self) -> Any:
        self._load()
        return dict.items(self)

    def copy(self) -> dict[str, Any]:
        self._load()
        return dict(dict.items(self))

    def pop(self, key: str, *default: Any) -> Any:
        self._load()
        return dict.pop(self, key, *default)

    def popitem(self) -> tuple[str, Any]:
        self._load()
        return dict.popitem(self)

    def setdefault(self, key: str, default: Any = None) -> Any:
        self._load()
        return dict.setdefault(self, key, default)

    def __delitem__(self, key: str) -> None:
        self._load()
        dict.__delitem__(self, key)

    def clear(self) -> None:
        self._data = None
        dict.clear(self)

    def __eq__(self, other: object) -> bool:
        self._load()
        if isinstance(other, LazyEvent):
            other._load()
        return dict.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = None

    def __or__(self, other: Any) -> Any:
        return self.copy() | other

    def __ror__(self, other: Any) -> Any:
        self._load()
        return other | dict(dict.items(self))

    def __ior__(self, other: Any) -> LazyEvent:  # type: ignore[override]
        self._load()
        dict.update(self, other)
        return self

    def __repr__(self) -> str:
        self._load()
        return dict.__repr__(self)

    def __reduce__(self) -> Any:
        # pickled and copied as the plain dict it stands for
        return (dict, (self.copy(),))

    def __reduce_ex__(self, protocol: Any) -> Any:
        return self.__reduce__()


class WatchError(ApiException):
    """An ERROR event, or a protocol violation, ended the watch."""


class ResourceExpired(WatchError):
    """HTTP 410 (Expired/Gone): the resourceVersion is older than the server's history."""


# -- commands --------------------------------------------------------------------------------


@dataclass(slots=True)
class Open:
    """Start a watch request with these keyword arguments; the result is a handle."""

    kwargs: dict[str, Any]


@dataclass(slots=True)
class ReadLine:
    """The next line of the open watch (bytes), or None at its end."""

    handle: Any


@dataclass(slots=True)
class ListPage:
    """One page of a list (keyword arguments); the result is ``decode`` of the response's
    body (by default the JSON dict)."""

    kwargs: dict[str, Any]
    decode: Callable[[bytes], Any] = msgspec.json.decode


@dataclass(slots=True)
class Sleep:
    seconds: float


@dataclass(slots=True)
class Emit:
    """Hand an event to the caller."""

    event: WatchEvent[Any]


Command = Open | ReadLine | ListPage | Sleep | Emit


class Backoff:
    """client-go's reflector backoff: 800 ms, doubling, full jitter, at most 30 s; reset
    after 2 minutes without a failure."""

    def __init__(
        self,
        initial: float = 0.8,
        factor: float = 2.0,
        cap: float = 30.0,
        reset_after: float = 120.0,
        jitter: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.initial, self.factor, self.cap = initial, factor, cap
        self.reset_after, self.jitter, self.clock = reset_after, jitter, clock
        self._current = 0.0
        self._last = -1e18

    def next(self) -> float:
        now = self.clock()
        if now - self._last > self.reset_after or self._current == 0:
            self._current = self.initial
        else:
            self._current = min(self._current * self.factor, self.cap)
        self._last = now
        return min(self._current * (1 + random.random() * self.jitter), self.cap)


# -- decoding --------------------------------------------------------------------------------


def body_chunks(resp: Any, asynchronous: bool) -> Any:
    """The body of a streaming response in chunks as they arrive: httpx's raw chunks when the
    body is not content-encoded (a watch asks for identity), which skips a decoder and a
    re-chunker per chunk; else the decoded ones."""
    response = getattr(resp, "response", None)
    if isinstance(response, httpx.Response):
        if response.headers.get("content-encoding", "identity") == "identity":
            return response.aiter_raw() if asynchronous else response.iter_raw()
    return resp.iter_bytes()


def complete_lines(buffer: bytearray, chunk: bytes) -> list[bytes]:
    """Append ``chunk`` to ``buffer`` and take out the complete lines (without the newline).
    A line is cut only at ``\n``, so a UTF-8 character split between chunks stays whole."""
    buffer += chunk
    lines: list[bytes] = []
    while True:
        index = buffer.find(b"\n")
        if index == -1:
            return lines
        lines.append(bytes(buffer[:index]))
        del buffer[: index + 1]


class _RawEvent(msgspec.Struct):
    type: str
    object: msgspec.Raw


_event_decoder = msgspec.json.Decoder(_RawEvent)


def _meta(raw: dict[str, Any]) -> dict[str, Any]:
    meta = raw.get("metadata")
    return meta if isinstance(meta, dict) else {}


def object_key(raw: dict[str, Any]) -> str:
    """``namespace/name`` (or ``name``), as client-go's MetaNamespaceKeyFunc."""
    meta = _meta(raw)
    namespace = meta.get("namespace")
    name = str(meta.get("name", ""))
    return f"{namespace}/{name}" if namespace else name


def object_rv(raw: dict[str, Any]) -> str | None:
    value = _meta(raw).get("resourceVersion")
    return str(value) if value else None


def _model_meta(obj: Any) -> Any:
    """The ``metadata`` of a typed model (a Struct with name, namespace and
    resourceVersion), or None for a dict or anything else."""
    if isinstance(obj, msgspec.Struct):
        meta = getattr(obj, "metadata", None)
        if isinstance(meta, msgspec.Struct) and hasattr(meta, "resource_version"):
            return meta
    return None


def model_key_rv(meta: Any) -> tuple[str, str | None]:
    """``(namespace/name, resourceVersion)`` from a model's ObjectMeta."""
    name = meta.name or ""
    return (f"{meta.namespace}/{name}" if meta.namespace else name), meta.resource_version or None


def event_key(event: WatchEvent[Any]) -> str:
    """``namespace/name`` of an event's object, from the typed model when there is one (a
    :class:`LazyEvent`'s ``raw_object`` stays undecoded)."""
    meta = _model_meta(event["object"])
    return model_key_rv(meta)[0] if meta is not None else object_key(event["raw_object"])


def status_error(raw: dict[str, Any], operation: str | None = None) -> WatchError:
    """The error an ERROR event's Status stands for."""
    code = raw.get("code")
    body = msgspec.json.encode(raw)
    cls = ResourceExpired if code == 410 or raw.get("reason") in ("Expired", "Gone") else WatchError
    return cls(
        status=code if isinstance(code, int) else 500,
        reason=str(raw.get("reason") or "WatchError"),
        body=body,
        headers={"content-type": "application/json"},
        operation=operation,
    )


def is_expired(error: BaseException) -> bool:
    if isinstance(error, ResourceExpired):
        return True
    return isinstance(error, ApiException) and (
        error.status == 410 or error.status_reason in ("Expired", "Gone")
    )


def is_too_large(error: BaseException) -> bool:
    """504 ResourceVersionTooLarge (the cause, or the message of servers without it)."""
    if not isinstance(error, ApiException) or error.status != 504:
        return False
    if any(cause.reason == "ResourceVersionTooLarge" for cause in error.causes):
        return True
    return "Too large resource version" in error.message


def retry_after(error: BaseException) -> float | None:
    if isinstance(error, ApiException):
        value = error.retry_after
        return float(value) if value is not None else None
    return None


def is_transient(error: BaseException) -> bool:
    """Errors after which the watch is opened again at the last resourceVersion."""
    if isinstance(error, httpx.TransportError | OSError | TimeoutError):
        return True
    if isinstance(error, ApiException):
        return error.status in (429, 500, 502, 503, 504) or is_too_large(error)
    return type(error).__name__ in ("ReadError", "ReadTimeout", "RemoteProtocolError")


# -- configuration ---------------------------------------------------------------------------


@dataclass
class WatchConfig:
    """What a watch was asked for."""

    name: str
    kwargs: dict[str, Any]
    item_cls: Any
    #: stop when the server ends the stream (the caller gave ``timeout_seconds``)
    deadline: float | None = None
    #: the seconds of read inactivity after which the connection is taken as dead
    read_timeout: float | None = None
    #: on 410, relist and report the differences (True) or raise ResourceExpired (False)
    relist: bool = True
    #: the last resourceVersion seen (events and bookmarks)
    resource_version: str | None = None
    stopped: bool = False
    #: report BOOKMARK events too (an informer with bookmark handlers); a watch skips them
    emit_bookmarks: bool = False
    backoff: Backoff = field(default_factory=Backoff)
    #: objects reported so far (key → (resourceVersion, undecoded JSON of the object)), to
    #: compute the differences after 410. Bytes, not dicts: thousands of retained dicts make
    #: every run of the cyclic garbage collector walk them all (half the watch's CPU time)
    known: dict[str, Known] = field(default_factory=dict)
    clock: Callable[[], float] = time.monotonic


def config_for(
    func: Callable[..., Any],
    kwargs: dict[str, Any],
    *,
    relist: bool = True,
    read_timeout: float | None = None,
) -> WatchConfig:
    """Check a list method and the caller's arguments; the watch's configuration."""
    op = _safe_op(func)
    if op is not None:
        response: Any = op.response
        name = op.name
        if "watch" not in {param.name for param in op.params}:
            raise TypeError(f"{name} does not support watch")
    else:
        response, name = kwargs.pop("_return_type", object), getattr(func, "__name__", "watch")
    item_cls = item_type(response) if isinstance(response, type) else object
    kwargs = dict(kwargs)
    for key in ("watch", "_preload_content"):
        kwargs.pop(key, None)
    timeout = kwargs.pop("timeout_seconds", None)
    config = WatchConfig(name=name, kwargs=kwargs, item_cls=item_cls, relist=relist)
    config.resource_version = kwargs.pop("resource_version", None)
    if timeout:
        config.deadline = config.clock() + float(timeout)
    config.read_timeout = read_timeout
    return config


def _safe_op(func: Callable[..., Any]) -> Any:
    try:
        return op_of(func)
    except TypeError:
        return None


#: what the watch keeps of a reported object: its resourceVersion and its JSON
Known = tuple[str | None, bytes]


def known_entry(raw: dict[str, Any]) -> Known:
    return object_rv(raw), msgspec.json.encode(raw)


def decode_line(line: bytes, item_cls: Any) -> tuple[str, Any, bytes, dict[str, Any] | None]:
    """``(type, typed object, the object's JSON, raw object or None)`` of one watch line.
    The raw dict is decoded only where it is needed (ERROR and BOOKMARK events, untyped
    watches, objects the model cannot hold); otherwise it is left to :class:`LazyEvent`."""
    try:
        event = _event_decoder.decode(line)
    except msgspec.DecodeError as error:
        raise WatchError(status=0, reason=f"unreadable watch event: {error}") from None
    kind = event.type
    if kind not in _EVENT_TYPES:
        raise WatchError(status=0, reason=f"unknown watch event type {kind!r}")
    # the object's JSON, copied out of the line. The model is decoded from this copy, not from
    # the line: its raw JSON fields (managedFields' fieldsV1) are views that keep alive the
    # buffer they were decoded from, so a cached object held its whole line besides the copy
    # the watch keeps (the soak's RSS crept as churn replaced cached objects)
    data = bytes(event.object)
    model: Any = None
    if kind not in ("ERROR", "BOOKMARK") and item_cls is not object:
        try:
            model = _serde.decode(data, item_cls)
        except (msgspec.DecodeError, msgspec.ValidationError):
            pass  # the dict stands in for an object the model cannot hold
        else:
            if _model_meta(model) is not None:
                return kind, model, data, None
    try:
        raw = msgspec.json.decode(data)
    except msgspec.DecodeError as error:
        raise WatchError(status=0, reason=f"unreadable watch event: {error}") from None
    if not isinstance(raw, dict):
        raise WatchError(status=0, reason="watch event without an object")
    return kind, raw if model is None else model, data, raw


# -- the machines ----------------------------------------------------------------------------


def list_machine(
    kwargs: dict[str, Any], page_size: int | None, known: dict[str, Known]
) -> Generator[ListPage, Any, tuple[list[Listed], str | None]]:
    """A paginated LIST (client-go pager): each item as a :data:`Listed` entry against
    ``known``, and the list's resourceVersion. Continued pages drop
    resourceVersion/resourceVersionMatch; an expired continue token falls back to one full
    list at the original resourceVersion.

    Pages are decoded with their items left as JSON, and an item's JSON is kept only when it
    differs from what is known: a relist of thousands of unchanged objects holds a page at
    a time, not a dict of every object (three clients relisting 2,000 objects at once after
    an API server restart raised the soak's RSS by 10 MiB that the allocator kept)."""
    base = {k: v for k, v in kwargs.items() if k not in ("limit", "_continue", "continue_")}
    entries: list[Listed] = []
    token: str | None = None
    list_rv: str | None = None
    while True:
        args = dict(base)
        if page_size:
            args["limit"] = page_size
        if token:
            args.pop("resource_version", None)
            args.pop("resource_version_match", None)
            args["_continue"] = token
        try:
            page = yield ListPage(args, _decode_page)
        except ApiException as error:
            if token and is_expired(error):
                full = yield ListPage(dict(base), _decode_page)
                items, meta = _page_parts(full)
                return [listed(item, known) for item in items], _list_rv(meta)
            raise
        items, meta = _page_parts(page)
        entries.extend(listed(item, known) for item in items)
        del page, items  # (the page's buffer: the entries hold copies of what changed)
        list_rv = _list_rv(meta) or list_rv
        token = meta.get("continue") or None
        if not token:
            return entries, list_rv


class _Page(msgspec.Struct):
    """A list response with its items left as JSON."""

    metadata: dict[str, Any] = msgspec.field(default_factory=dict)
    items: list[msgspec.Raw] | None = None


_page_decoder = msgspec.json.Decoder(_Page)


def _decode_page(data: bytes) -> Any:
    try:
        return _page_decoder.decode(data)
    except msgspec.ValidationError:
        return msgspec.json.decode(data)  # an odd page: as a dict, checked by _page_parts


def _page_parts(page: Any) -> tuple[list[Any], dict[str, Any]]:
    """The items and the list metadata of a page (a :class:`_Page` or a dict)."""
    if isinstance(page, _Page):
        return page.items or [], page.metadata
    page = page if isinstance(page, dict) else {}
    items, meta = page.get("items"), page.get("metadata")
    return (items if isinstance(items, list) else []), (meta if isinstance(meta, dict) else {})


class _ItemMeta(msgspec.Struct):
    name: Any = msgspec.UNSET
    namespace: Any = msgspec.UNSET
    resourceVersion: Any = msgspec.UNSET


class _Item(msgspec.Struct):
    """What a list item's key and version are read from (the rest is skipped)."""

    metadata: _ItemMeta | None = None


_item_decoder = msgspec.json.Decoder(_Item)

#: a listed object: its key, its resourceVersion, and its JSON if it is not what ``known``
#: holds (None: unchanged)
Listed = tuple[str, str | None, bytes | None]


def listed(item: Any, known: dict[str, Known]) -> Listed:
    """The :data:`Listed` entry of a list item (its JSON, or a dict)."""
    if isinstance(item, msgspec.Raw):
        data = bytes(item)
        try:
            meta = _item_decoder.decode(data).metadata
        except msgspec.ValidationError:
            meta = None  # metadata of another shape: as object_key reads it
            item = msgspec.json.decode(data)
        else:
            item = None
    else:
        data, meta = msgspec.json.encode(item), None
    if item is None:
        name = "" if meta is None or meta.name is msgspec.UNSET else str(meta.name)
        namespace = None if meta is None else meta.namespace
        key = f"{namespace}/{name}" if namespace else name
        version = None if meta is None else meta.resourceVersion
        rv = str(version) if version else None
    else:
        raw = item if isinstance(item, dict) else {}
        key, rv = object_key(raw), object_rv(raw)
    return listed_entry(key, rv, data, known)


def listed_entry(key: str, rv: str | None, data: bytes, known: dict[str, Known]) -> Listed:
    old = known.get(key)
    return key, rv, None if old is not None and old[0] == rv else data


def _list_rv(meta: dict[str, Any]) -> str | None:
    value = meta.get("resourceVersion")
    return str(value) if value else None


def watch_machine(config: WatchConfig) -> Generator[Command, Any, None]:
    """Watch, resume, and recover from 410 by relisting (see :class:`WatchConfig`)."""
    base = config.kwargs
    while not config.stopped:
        args = dict(base)
        args["watch"] = True
        args["allow_watch_bookmarks"] = True
        if config.resource_version is not None:
            args["resource_version"] = config.resource_version
        if config.deadline is not None:
            left = config.deadline - config.clock()
            if left < 1:
                return
            args["timeout_seconds"] = max(math.ceil(left), 1)
        else:
            # as the reflector: the server closes after 5 to 10 min and the watch resumes
            args["timeout_seconds"] = random.randint(300, 599)
        # a gzip-compressed watch is not flushed per event by the API server: ask for none
        args["_headers"] = {**(args.get("_headers") or {}), "Accept-Encoding": "identity"}
        if "_request_timeout" not in args:
            # a dead connection must not hang the watch: the server sends something (an
            # event, a bookmark, or the end) well within timeoutSeconds
            read = config.read_timeout or float(args["timeout_seconds"]) + 30.0
            args["_request_timeout"] = (30.0, read)
        started = config.clock()
        # started at "" or "0": the server first sends synthetic ADDED events in key order,
        # whose resourceVersions are no stream position; resume only from what follows
        # them (a bookmark, or any other event), as client-go's reflector does
        initial = config.resource_version in (None, "", "0")
        try:
            next_line = ReadLine((yield Open(args)))  # one command for every line of this stream
            while True:
                line = yield next_line
                if line is None:
                    break
                if not line or line.isspace():  # (stops at the first byte of an event)
                    continue
                kind, obj, data, raw = decode_line(line, config.item_cls)
                if raw is None:  # a typed model: key and version from its metadata
                    key, object_version = model_key_rv(obj.metadata)
                    event: WatchEvent[Any] = cast(WatchEvent[Any], LazyEvent(kind, obj, data))
                else:
                    if kind == "ERROR":
                        raise status_error(raw, config.name)
                    key, object_version = object_key(raw), object_rv(raw)
                    event = WatchEvent(type=kind, object=obj, raw_object=raw)
                if not (initial and kind == "ADDED"):
                    initial = False
                    if object_version:
                        config.resource_version = object_version
                if kind == "BOOKMARK":
                    if config.emit_bookmarks:
                        yield Emit(event)
                    continue
                if kind == "DELETED":
                    config.known.pop(key, None)
                elif config.relist:
                    config.known[key] = (object_version, data)
                yield Emit(event)
                if config.stopped:
                    return
        except Exception as error:
            if config.stopped:
                return
            if is_expired(error):
                if not config.relist:
                    raise
                yield Sleep(config.backoff.next())
                yield from _relist(config)
                continue
            if is_transient(error):
                wait = retry_after(error)
                yield Sleep(max(wait or 0.0, config.backoff.next()))
                continue
            raise
        # a clean end: the server's timeout, or a restart; resume at once
        if config.deadline is None and config.clock() - started < 1.0:
            yield Sleep(config.backoff.next())


def _relist(config: WatchConfig) -> Generator[Command, Any, None]:
    """After 410: list (at the last resourceVersion, then at the latest), report what
    changed against what was reported, and continue from the list's resourceVersion."""
    base = {k: v for k, v in config.kwargs.items() if k not in ("allow_watch_bookmarks", "watch")}
    attempts: list[dict[str, Any]] = []
    if config.resource_version:
        attempts.append(
            {
                **base,
                "resource_version": config.resource_version,
                "resource_version_match": "NotOlderThan",
            }
        )
    attempts.append(dict(base))
    entries: list[Listed] = []
    list_rv: str | None = None
    for index, kwargs in enumerate(attempts):
        try:
            entries, list_rv = yield from list_machine(kwargs, 500, config.known)
            break
        except ApiException as error:
            if index + 1 < len(attempts) and (is_expired(error) or is_too_large(error)):
                continue
            raise
    for event in sync_events(config.known, entries, config.item_cls):
        yield Emit(event)
        if config.stopped:
            return
    config.resource_version = list_rv


def sync_events(
    known: dict[str, Known], entries: list[Listed], item_cls: Any
) -> Iterator[WatchEvent[Any]]:
    """The events that turn ``known`` into the listed state: ADDED, MODIFIED (another
    resourceVersion) and DELETED (the last known state). Each is applied to ``known`` as it
    is produced, so only one object is decoded at a time."""
    seen: set[str] = set()
    for key, rv, data in entries:
        seen.add(key)
        if data is not None:
            kind = "MODIFIED" if key in known else "ADDED"
            known[key] = (rv, data)
            yield decoded_event(kind, data, item_cls)
    for key in [key for key in known if key not in seen]:
        _, data = known.pop(key)
        yield decoded_event("DELETED", data, item_cls)


def decoded_event(kind: str, data: bytes, item_cls: Any) -> WatchEvent[Any]:
    """An event of an object's JSON: the typed model, its dict decoded when first read (as
    :func:`decode_line`); the dict for an untyped watch or an object the model cannot hold."""
    model: Any = None
    if item_cls is not object:
        try:
            model = _serde.decode(data, item_cls)
        except (msgspec.DecodeError, msgspec.ValidationError):
            model = None
        if model is not None and _model_meta(model) is not None:
            return cast(WatchEvent[Any], LazyEvent(kind, model, data))
    raw = msgspec.json.decode(data)
    return WatchEvent(type=kind, object=raw if model is None else model, raw_object=raw)
