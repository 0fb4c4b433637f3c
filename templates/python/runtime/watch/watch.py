"""``Watch``: the official client's watch helper, resumable and 410-safe (sync)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Generator, Iterator
from typing import Any

from ._core import (
    Command,
    Emit,
    ListPage,
    Open,
    ReadLine,
    Sleep,
    WatchConfig,
    WatchEvent,
    body_chunks,
    complete_lines,
    config_for,
    watch_machine,
)

__all__ = ["Watch", "iter_resp_lines", "run_machine"]


def iter_resp_lines(resp: Any) -> Iterator[bytes]:
    """Complete lines (bytes, without the newline) of a streaming response."""
    buffer = bytearray()
    for chunk in body_chunks(resp, asynchronous=False):
        yield from complete_lines(buffer, chunk)
    if buffer:
        yield bytes(buffer)


class _Run:
    """Executes the commands of a machine with sync calls of ``func``."""

    def __init__(self, func: Callable[..., Any], args: tuple[Any, ...]) -> None:
        self.func = func
        self.args = args
        self.response: Any = None
        self.wake = threading.Event()

    def close_response(self, interrupt: bool = False) -> None:
        response, self.response = self.response, None
        if response is None:
            return
        if interrupt:
            # closing a socket does not wake a thread blocked reading it; shutting it down does
            stream = getattr(response, "response", response).extensions.get("network_stream")
            sock = stream.get_extra_info("socket") if stream is not None else None
            if sock is not None:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
        try:
            response.close()
        except Exception:
            pass

    def execute(self, command: Command) -> Any:
        if isinstance(command, Open):
            self.close_response()
            self.response = self.func(*self.args, **command.kwargs, _preload_content=False)
            return iter_resp_lines(self.response)
        if isinstance(command, ReadLine):
            return next(command.handle, None)
        if isinstance(command, ListPage):
            raw = self.func(*self.args, **command.kwargs, _preload_content=False)
            try:
                data = raw.read()
            finally:
                raw.close()
            return command.decode(data)
        if isinstance(command, Sleep):
            self.wake.wait(command.seconds)
            return None
        raise TypeError(f"unknown command {command!r}")


def run_machine(
    machine: Generator[Command, Any, Any], runner: _Run, on_emit: Callable[[], None] | None = None
) -> Generator[WatchEvent[Any], None, Any]:
    """Drive ``machine``: run its commands, yield its events; return its result."""
    value: Any = None
    error: BaseException | None = None
    try:
        while True:
            try:
                command = machine.throw(error) if error is not None else machine.send(value)
            except StopIteration as stop:
                return stop.value
            value, error = None, None
            if isinstance(command, Emit):
                if on_emit is not None:
                    on_emit()
                yield command.event
                continue
            try:
                if isinstance(command, ReadLine):  # inline: once per event
                    value = next(command.handle, None)
                else:
                    value = runner.execute(command)
            except Exception as failure:
                error = failure
    finally:
        runner.close_response()
        machine.close()


class Watch:
    """Watch any list method: ``for event in Watch().stream(v1.list_namespaced_pod, "ns")``.

    Events are ``{"type", "object" (the typed model), "raw_object" (the JSON dict)}``.
    The watch asks for bookmarks and never yields them, resumes from the last
    resourceVersion when the server ends the stream or the connection drops (with client-go's
    backoff for 429/5xx/504 ResourceVersionTooLarge), and after a 410 Expired (an HTTP
    error or an ERROR event) relists and yields the differences (ADDED/MODIFIED/DELETED)
    instead of retrying the stale version (``relist=False`` raises
    :class:`ResourceExpired` instead). ``timeout_seconds`` bounds the whole watch.
    """

    def __init__(self, return_type: Any = None) -> None:
        self._return_type = return_type
        self._stop = False
        self._config: WatchConfig | None = None
        self._runner: _Run | None = None
        #: the last resourceVersion seen (events and bookmarks)
        self.resource_version: str | None = None

    def stop(self) -> None:
        """End the stream (from the consuming loop or another thread)."""
        self._stop = True
        if self._config is not None:
            self._config.stopped = True
        runner = self._runner
        if runner is not None:
            runner.wake.set()
            runner.close_response(interrupt=True)

    def get_return_type(self, func: Callable[..., Any]) -> Any:
        if self._return_type is not None:
            return self._return_type
        config = config_for(func, {})
        return config.item_cls

    def stream(
        self,
        func: Callable[..., Any],
        *args: Any,
        relist: bool = True,
        read_timeout: float | None = None,
        **kwargs: Any,
    ) -> Iterator[WatchEvent[Any]]:
        """Watch ``func`` (a generated ``list_*`` method) called with ``args``/``kwargs``.

        As in the official client, ``read_namespaced_pod_log`` can be "watched" too: the
        log is followed and its lines (``str``) are yielded."""
        self._stop = False
        if getattr(func, "__name__", "").endswith("_log"):
            yield from self._follow_log(func, args, kwargs)
            return
        config = config_for(func, kwargs, relist=relist, read_timeout=read_timeout)
        if self._return_type is not None:
            config.item_cls = self._return_type
        self._config = config
        runner = self._runner = _Run(func, args)

        def advance() -> None:
            self.resource_version = config.resource_version

        yield from run_machine(watch_machine(config), runner, advance)
        self.resource_version = config.resource_version

    def _follow_log(
        self, func: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> Iterator[Any]:
        from ..logs import iter_lines

        headers = {**(kwargs.pop("_headers", None) or {}), "Accept-Encoding": "identity"}
        kwargs = {"_request_timeout": (30.0, None), **kwargs, "follow": True}
        runner = self._runner = _Run(func, args)
        runner.response = func(*args, **kwargs, _preload_content=False, _headers=headers)
        try:
            for line in iter_lines(runner.response):
                yield line
                if self._stop:
                    return
        finally:
            runner.close_response()
