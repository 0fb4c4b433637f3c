"""Fuzz targets of decoding: API responses and watch event streams.

Responses: mutated real-shaped objects (tests/data) decoded into their model raise only
:class:`ApiValueError` (the documented decode error of ``ApiClient.deserialize``).

Watch streams: a stream of real-shaped events (ADDED, MODIFIED, BOOKMARK, DELETED), some
lines mutated, cut into chunks at arbitrary places (and optionally ended in the middle of an
event), run through the watch machine exactly as ``Watch.stream`` runs it. It either ends or
raises a documented error (:class:`WatchError`/``ApiException``); every event it yields is a
whole line of the stream, decoded (never a prefix, never a half-decoded object).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from typing import Any

import httpx
from hypothesis import strategies as st
from kubeclient import client
from kubeclient.client.exceptions import ApiException, ApiValueError
from kubeclient.watch._core import (
    Emit,
    ListPage,
    Open,
    ReadLine,
    Sleep,
    complete_lines,
    config_for,
    watch_machine,
)

from .mutate import mutate_bytes, mutate_tree, split_chunks
from .paths import ROOT

__all__ = ["check_response", "check_watch_stream"]

DATA = ROOT / "tests" / "data"
MODELS = {
    "pod.json": client.V1Pod,
    "deployment.json": client.V1Deployment,
    "event.json": client.CoreV1Event,
    "secret.json": client.V1Secret,
}


@cache
def _object(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / name).read_text())
    return data


@cache
def _api() -> client.ApiClient:
    return client.ApiClient()


def check_response(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(sorted(MODELS)), label="object")
    body = json.dumps(mutate_tree(data, _object(name))).encode()
    if data.draw(st.booleans(), label="byte-level too"):
        body = mutate_bytes(data, body)
    try:
        _api().deserialize(body, MODELS[name])
    except ApiValueError:
        pass


def _events(data: st.DataObject) -> list[bytes]:
    """Watch lines of pods: ADDED/MODIFIED/DELETED with rising resourceVersions and a
    bookmark, some mutated."""
    pod = _object("pod.json")
    lines: list[bytes] = []
    for index in range(data.draw(st.integers(1, 6), label="events")):
        kind = data.draw(st.sampled_from(["ADDED", "MODIFIED", "DELETED", "BOOKMARK"]))
        obj = json.loads(json.dumps(pod))
        obj["metadata"]["name"] = f"pod-{index % 3}"
        obj["metadata"]["resourceVersion"] = str(1000 + index)
        if kind == "BOOKMARK":
            obj = {"kind": "Pod", "apiVersion": "v1", "metadata": obj["metadata"]}
        event: Any = {"type": kind, "object": obj}
        if data.draw(st.integers(0, 3), label="mutate this event") == 0:
            event = mutate_tree(data, event, max_mutations=2)
        line = json.dumps(event).encode()
        if data.draw(st.integers(0, 5), label="mutate its bytes") == 0:
            line = mutate_bytes(data, line).replace(b"\n", b" ")
        lines.append(line)
    return lines


def _lines(chunks: list[bytes], end: str) -> Iterator[bytes]:
    """What ``watch.iter_resp_lines`` makes of a body delivered in ``chunks``."""
    buffer = bytearray()
    for chunk in chunks:
        yield from complete_lines(buffer, chunk)
    if end == "reset":
        raise httpx.RemoteProtocolError("peer closed connection without a complete body")
    if buffer:
        yield bytes(buffer)


def check_watch_stream(data: st.DataObject) -> None:
    lines = _events(data)
    body = b"\n".join(lines) + b"\n"
    cut = data.draw(st.sampled_from(["whole", "truncated", "reset"]), label="ending")
    if cut != "whole":
        body = body[: data.draw(st.integers(0, len(body)), label="cut at")]
    chunks = split_chunks(data, body)
    whole = _whole_lines(body)
    config = config_for(client.CoreV1Api(_api()).list_namespaced_pod, {})
    config.resource_version = "999"
    machine = watch_machine(config)
    opened = 0
    value: Any = None
    error: BaseException | None = None
    emitted = 0
    try:
        while True:
            command = machine.throw(error) if error is not None else machine.send(value)
            value, error = None, None
            if isinstance(command, Open):
                opened += 1
                if opened > 1:  # the stream ended and the watch resumes: enough
                    break
                value = _lines(chunks, cut)
            elif isinstance(command, ReadLine):
                try:
                    value = next(command.handle, None)
                except httpx.TransportError as failure:
                    error = failure
            elif isinstance(command, Emit):
                _check_event(command.event, whole)
                emitted += 1
            elif isinstance(command, Sleep):
                pass
            elif isinstance(command, ListPage):
                break  # a relist after an ERROR 410 event: a real list is another target
            else:
                raise AssertionError(f"unexpected command {command!r}")
    except StopIteration:
        pass
    except ApiException:
        pass  # WatchError, ResourceExpired: the documented errors of a watch
    finally:
        machine.close()
    assert emitted <= len(whole)


def _whole_lines(body: bytes) -> dict[str, Any]:
    """The decoded objects of the complete lines of ``body``: newline-terminated, or the
    unterminated last one if it is a JSON object on its own (a stream cut right after it)."""
    found: dict[str, Any] = {}
    for line in body.split(b"\n"):
        try:
            # as leniently as LazyEvent decodes what the typed decode accepted
            event = json.loads(line.decode("utf-8", "replace"))
        except ValueError:
            continue
        if isinstance(event, dict) and isinstance(event.get("object"), dict):
            found[json.dumps(event["object"], sort_keys=True)] = event
    return found


def _check_event(event: Any, whole: dict[str, Any]) -> None:
    assert event["type"] in ("ADDED", "MODIFIED", "DELETED"), event["type"]
    raw = event["raw_object"]
    assert isinstance(raw, dict)
    key = json.dumps(raw, sort_keys=True)
    assert key in whole, "an event that is not a whole line of the stream"
    assert whole[key]["type"] == event["type"]
    obj = event["object"]
    assert isinstance(obj, client.V1Pod | dict), type(obj)
