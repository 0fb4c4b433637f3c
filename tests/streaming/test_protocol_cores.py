"""Unit tests of the sans-I/O cores: WebSocket framing, channel protocols, line decoding,
and the watch/informer machines driven by scripted fakes (only for faults a real server
cannot be made to produce on demand: a dropped connection, a truncated frame)."""

from __future__ import annotations

import json
import struct
from collections.abc import Generator
from typing import Any

import httpx
import msgspec
import pytest
from kubeclient.client.exceptions import ApiException
from kubeclient.logs import LineDecoder
from kubeclient.stream._channels import (
    V4,
    V5,
    ExecState,
    PortForwardError,
    PortForwardState,
    parse_ports,
    parse_status,
)
from kubeclient.stream._ws import (
    BINARY,
    Close,
    Message,
    WebSocket,
    WebSocketError,
    accept_value,
    encode_frame,
)
from kubeclient.watch._core import (
    Emit,
    ListPage,
    Open,
    ReadLine,
    ResourceExpired,
    Sleep,
    WatchConfig,
    known_entry,
    list_machine,
    listed,
    object_key,
    object_rv,
    sync_events,
    watch_machine,
)

# -- WebSocket framing -----------------------------------------------------------------------


def server_frame(opcode: int, payload: bytes, fin: bool = True) -> bytes:
    """An unmasked frame, as a server sends."""
    head = bytearray([(0x80 if fin else 0) | opcode])
    if len(payload) < 126:
        head.append(len(payload))
    elif len(payload) < 1 << 16:
        head += bytes([126]) + struct.pack("!H", len(payload))
    else:
        head += bytes([127]) + struct.pack("!Q", len(payload))
    return bytes(head) + payload


def unmask(frame: bytes) -> tuple[int, bytes]:
    size = frame[1] & 0x7F
    offset = 2
    if size == 126:
        size, offset = struct.unpack_from("!H", frame, 2)[0], 4
    elif size == 127:
        size, offset = struct.unpack_from("!Q", frame, 2)[0], 10
    assert frame[1] & 0x80, "client frames must be masked"
    key = frame[offset : offset + 4]
    body = frame[offset + 4 : offset + 4 + size]
    return frame[0] & 0x0F, bytes(b ^ key[i % 4] for i, b in enumerate(body))


def test_accept_value_matches_rfc6455_example() -> None:
    assert accept_value("dGhlIHNhbXBsZSBub25jZQ==") == "s3pPLMBiTxaQ9kYGzzhZRbK+xOo="


@pytest.mark.parametrize("size", [0, 1, 125, 126, 65535, 65536, 300_000])
def test_client_frames_are_masked_and_sized(size: int) -> None:
    payload = bytes(range(256)) * (size // 256) + bytes(size % 256)
    opcode, body = unmask(encode_frame(BINARY, payload))
    assert opcode == BINARY
    assert body == payload


def test_messages_split_anywhere_and_fragmented_are_reassembled() -> None:
    data = (
        server_frame(BINARY, b"\x01hel", fin=False)
        + server_frame(0x0, b"lo")
        + server_frame(BINARY, b"\x02" + b"x" * 70000)
    )
    ws = WebSocket()
    events: list[Message | Close] = []
    for i in range(0, len(data), 7):
        events += ws.receive(data[i : i + 7])
    assert events == [Message(BINARY, b"\x01hello"), Message(BINARY, b"\x02" + b"x" * 70000)]


def test_ping_is_answered_and_close_is_echoed() -> None:
    ws = WebSocket()
    assert ws.receive(server_frame(0x9, b"beat")) == []
    assert unmask(ws.data_to_send()) == (0xA, b"beat")
    events = ws.receive(server_frame(0x8, struct.pack("!H", 1000) + b"bye"))
    assert events == [Close(1000, "bye")]
    assert unmask(ws.data_to_send()) == (0x8, struct.pack("!H", 1000))
    assert ws.closed and ws.close_sent


def test_truncated_frame_then_eof_is_an_error() -> None:
    ws = WebSocket()
    ws.receive(server_frame(BINARY, b"\x01" + b"a" * 100)[:50])
    with pytest.raises(WebSocketError, match="middle of a frame"):
        ws.eof()


def test_eof_without_close_frame_is_an_error() -> None:
    ws = WebSocket()
    ws.receive(server_frame(BINARY, b"\x01ok"))
    with pytest.raises(WebSocketError, match="without a close frame"):
        ws.eof()


def test_masked_server_frame_is_rejected() -> None:
    with pytest.raises(WebSocketError, match="masked"):
        WebSocket().receive(encode_frame(BINARY, b"x"))


# -- exec / attach channels ------------------------------------------------------------------


def status(**fields: Any) -> bytes:
    return b"\x03" + json.dumps({"metadata": {}, **fields}).encode()


def test_exit_code_comes_from_the_exit_code_cause_not_the_first() -> None:
    payload = status(
        status="Failure",
        reason="NonZeroExitCode",
        message="command terminated with non-zero exit code",
        details={
            "causes": [{"reason": "Other", "message": "9"}, {"reason": "ExitCode", "message": "3"}]
        },
    )
    state = ExecState(V5)
    state.receive(payload)
    assert state.returncode == 3
    assert state.error is None


def test_success_is_exit_zero_and_other_failures_are_errors() -> None:
    assert parse_status(b'{"status":"Success"}', V4) == (0, None)
    code, error = parse_status(
        json.dumps(
            {"status": "Failure", "reason": "InternalError", "code": 500, "message": "boom"}
        ).encode(),
        V5,
    )
    assert code is None and error is not None
    assert error.message == "boom" and error.status == 500


def test_pre_v4_status_is_plain_text() -> None:
    assert parse_status(b"", "channel.k8s.io") == (0, None)
    code, error = parse_status(b"it broke", "channel.k8s.io")
    assert code is None and error is not None and error.message == "it broke"


def test_hello_frame_is_ignored_and_utf8_split_across_messages_decodes() -> None:
    state = ExecState(V5)
    state.receive(b"\x01")  # the hello frame
    snowman = "☃".encode()
    state.receive(b"\x01a" + snowman[:1])
    assert state.take_text(1) == "a"
    state.receive(b"\x01" + snowman[1:] + b"\nline2\npart")
    assert state.take_line(1) == "☃"
    assert state.take_line(1) == "line2"
    assert state.take_line(1) is None
    assert state.take_line(1, final=True) == "part"


def test_read_all_keeps_arrival_order_of_stdout_and_stderr() -> None:
    state = ExecState(V4)
    for message in (b"\x01a", b"\x02b", b"\x01c"):
        state.receive(message)
    assert state.take_all() == b"abc"
    assert state.take(1) == b"" and state.take(2) == b""


def test_close_and_resize_frames() -> None:
    assert ExecState(V5).close_frame() == b"\xff\x00"
    assert ExecState(V4).close_frame() is None  # v4 cannot signal EOF
    frame = ExecState.resize_frame(80, 24)
    assert frame[0] == 4 and json.loads(frame[1:]) == {"Width": 80, "Height": 24}
    with pytest.raises(ValueError):
        ExecState.resize_frame(70000, 1)


# -- port-forward channels -------------------------------------------------------------------


def test_port_forward_channels() -> None:
    state = PortForwardState([8080, 9090])
    assert state.receive(b"\x00" + struct.pack("<H", 8080)) is None
    assert state.receive(b"\x01" + struct.pack("<H", 8080)) is None
    assert state.receive(b"\x02" + struct.pack("<H", 9090) + b"early") == (1, b"early")
    assert state.receive(b"\x00data") == (0, b"data")
    state.receive(b"\x03" + struct.pack("<H", 9090))
    state.receive(b"\x03error forwarding port 9090")
    assert state.error(1) == "error forwarding port 9090"
    assert state.error(0) is None
    assert PortForwardState.frame(1, b"x") == b"\x02x"


def test_port_forward_rejects_a_wrong_port_header() -> None:
    with pytest.raises(PortForwardError, match="expected 8080"):
        PortForwardState([8080]).receive(b"\x00" + struct.pack("<H", 1))


def test_parse_ports() -> None:
    assert parse_ports("8080, 9090") == [8080, 9090]
    assert parse_ports(80) == [80]
    assert parse_ports([1, "2"]) == [1, 2]
    for bad in ("", "0", "70000", "x"):
        with pytest.raises(ValueError):
            parse_ports(bad)


# -- logs ------------------------------------------------------------------------------------


def test_line_decoder_survives_utf8_split_across_chunks() -> None:
    text = "größe ☃ 日本\nsecond line\nrest"
    data = text.encode()
    decoder = LineDecoder()
    lines: list[str] = []
    for byte in data:  # the worst case: one byte per chunk
        lines += decoder.feed(bytes([byte]))
    assert lines == ["größe ☃ 日本", "second line"]
    assert decoder.final() == "rest"


# -- the watch machine -----------------------------------------------------------------------


def cm(name: str, rv: str, ns: str = "ns") -> dict[str, Any]:
    return {"metadata": {"name": name, "namespace": ns, "resourceVersion": rv}}


def line(kind: str, obj: dict[str, Any]) -> bytes:
    return json.dumps({"type": kind, "object": obj}).encode()


class Script:
    """Drives a machine: each Open consumes one scripted stream (a list of lines, possibly
    ending in an exception), each ListPage one scripted page or exception."""

    def __init__(self, streams: list[Any], pages: list[Any] | None = None) -> None:
        self.streams = streams
        self.pages = pages or []
        self.opened: list[dict[str, Any]] = []
        self.listed: list[dict[str, Any]] = []
        self.slept: list[float] = []

    def run(self, machine: Generator[Any, Any, Any], limit: int = 1000) -> list[Any]:
        events: list[Any] = []
        value: Any = None
        error: BaseException | None = None
        for _ in range(limit):
            try:
                command = machine.throw(error) if error else machine.send(value)
            except StopIteration:
                return events
            value, error = None, None
            if isinstance(command, Emit):
                events.append((command.event["type"], command.event["raw_object"]))
            elif isinstance(command, Open):
                self.opened.append(command.kwargs)
                if not self.streams:
                    return events
                value = iter(self.streams.pop(0))
            elif isinstance(command, ReadLine):
                item = next(command.handle, None)
                if isinstance(item, BaseException):
                    error = item
                else:
                    value = item
            elif isinstance(command, ListPage):
                self.listed.append(command.kwargs)
                page = self.pages.pop(0)
                if isinstance(page, BaseException):
                    error = page
                else:  # as the drivers: the command decodes the body
                    value = command.decode(json.dumps(page).encode())
            elif isinstance(command, Sleep):
                self.slept.append(command.seconds)
        raise AssertionError("the machine did not stop")


def config(**kwargs: Any) -> WatchConfig:
    return WatchConfig(name="list_things", kwargs=kwargs, item_cls=object)


def test_watch_resumes_from_last_rv_and_hides_bookmarks() -> None:
    bookmark = {"kind": "ConfigMap", "metadata": {"resourceVersion": "15"}}
    script = Script(
        [
            [line("ADDED", cm("a", "10")), line("BOOKMARK", bookmark)],
            [line("MODIFIED", cm("a", "16")), httpx.ReadError("connection dropped")],
            [line("DELETED", cm("a", "17"))],
        ]
    )
    cfg = config()
    events = script.run(watch_machine(cfg))
    assert [e[0] for e in events] == ["ADDED", "MODIFIED", "DELETED"]
    assert [o.get("resource_version") for o in script.opened] == [None, "15", "16", "17"]
    assert all(o["allow_watch_bookmarks"] and o["watch"] for o in script.opened)
    assert all(o["_headers"]["Accept-Encoding"] == "identity" for o in script.opened)
    assert cfg.resource_version == "17"
    assert len(script.slept) >= 1  # the dropped connection backed off


def test_initial_added_events_do_not_move_the_resume_point() -> None:
    # synthetic ADDED events come in key order: b (rv 90) after a (rv 30); a drop before
    # the end of them must not resume from 90 (changes between 30 and 90 would be lost)
    script = Script(
        [
            [line("ADDED", cm("a", "30")), line("ADDED", cm("b", "90")), httpx.ReadError("x")],
            [
                line("ADDED", cm("a", "30")),
                line("ADDED", cm("b", "90")),
                line("BOOKMARK", {"metadata": {"resourceVersion": "95"}}),
                line("MODIFIED", cm("a", "96")),
            ],
        ]
    )
    cfg = config()
    script.run(watch_machine(cfg))
    assert [o.get("resource_version") for o in script.opened[:3]] == [None, None, "96"]


def test_error_event_410_relists_and_reports_differences() -> None:
    expired = {
        "kind": "Status",
        "status": "Failure",
        "code": 410,
        "reason": "Expired",
        "message": "too old resource version: 5 (40)",
    }
    script = Script(
        [
            [line("ADDED", cm("a", "5")), line("ADDED", cm("b", "5")), line("ERROR", expired)],
            [line("ADDED", cm("d", "51"))],
        ],
        pages=[
            {"metadata": {"resourceVersion": "50", "continue": "tok"}, "items": [cm("a", "5")]},
            {"metadata": {"resourceVersion": "50"}, "items": [cm("c", "44")]},
        ],
    )
    cfg = config(label_selector="x=y")
    cfg.resource_version = "1"
    events = script.run(watch_machine(cfg))
    assert [(t, o["metadata"]["name"]) for t, o in events] == [
        ("ADDED", "a"),
        ("ADDED", "b"),  # from the stream
        ("ADDED", "c"),
        ("DELETED", "b"),  # the relist's differences (a unchanged)
        ("ADDED", "d"),
    ]
    # relist at the last RV (not older than), then the next page without RV
    assert script.listed[0]["resource_version"] == "5"
    assert script.listed[0]["resource_version_match"] == "NotOlderThan"
    assert script.listed[0]["label_selector"] == "x=y"
    assert "resource_version" not in script.listed[1] and script.listed[1]["_continue"] == "tok"
    assert script.opened[-2]["resource_version"] == "50"
    assert script.slept  # backoff before relisting


def test_http_410_with_relist_disabled_raises() -> None:
    gone = ApiException(status=410, reason="Gone", body=b'{"kind":"Status","code":410}')
    script = Script([[gone]])
    with pytest.raises(ApiException) as info:
        script.run(watch_machine(WatchConfig("x", {}, object, relist=False)))
    assert info.value.status == 410


def test_too_large_rv_and_429_back_off_and_retry_the_same_rv() -> None:
    too_large = ApiException(
        status=504,
        reason="Timeout",
        body=json.dumps(
            {
                "kind": "Status",
                "code": 504,
                "reason": "Timeout",
                "message": "Too large resource version: 99, current: 20",
                "details": {
                    "causes": [{"reason": "ResourceVersionTooLarge"}],
                    "retryAfterSeconds": 1,
                },
            }
        ).encode(),
        headers={"content-type": "application/json"},
    )
    busy = ApiException(status=429, reason="Too Many Requests", headers={"Retry-After": "2"})

    class Failing(Script):
        def run(self, machine: Generator[Any, Any, Any], limit: int = 1000) -> list[Any]:
            return super().run(machine, limit)

    script = Failing([[too_large], [busy], [line("ADDED", cm("a", "100"))]])
    cfg = config()
    cfg.resource_version = "99"
    events = script.run(watch_machine(cfg))
    assert [e[0] for e in events] == ["ADDED"]
    assert [o["resource_version"] for o in script.opened[:3]] == ["99", "99", "99"]
    assert script.slept[1] >= 2  # Retry-After honoured


def test_timeout_seconds_bounds_the_whole_watch() -> None:
    now = [0.0]
    cfg = config()
    cfg.clock = lambda: now[0]
    cfg.deadline = 10.0

    def advance() -> Any:
        now[0] += 6.0
        yield line("ADDED", cm("a", "1"))

    script = Script([advance(), advance(), advance()])
    script.run(watch_machine(cfg))
    assert [o["timeout_seconds"] for o in script.opened] == [10, 4]


def test_unknown_event_type_is_a_protocol_error() -> None:
    script = Script([[line("SURPRISE", cm("a", "1"))]])
    with pytest.raises(ApiException, match="unknown watch event type"):
        script.run(watch_machine(config()))


def test_list_machine_falls_back_to_a_full_list_when_the_token_expired() -> None:
    expired = ApiException(
        status=410,
        reason="Gone",
        body=b'{"kind":"Status","code":410,"reason":"Expired"}',
        headers={"content-type": "application/json"},
    )
    script = Script(
        [],
        pages=[
            {"metadata": {"resourceVersion": "7", "continue": "t1"}, "items": [cm("a", "1")]},
            expired,
            {"metadata": {"resourceVersion": "9"}, "items": [cm("a", "1"), cm("b", "2")]},
        ],
    )
    machine = list_machine({"resource_version": "7"}, 1, {"ns/a": known_entry(cm("a", "1"))})
    result: Any = None

    def wrapper() -> Generator[Any, Any, None]:
        nonlocal result
        result = yield from machine

    script.run(wrapper())
    entries, rv = result
    # a is known at that resourceVersion: no JSON kept for it
    assert entries == [("ns/a", "1", None), ("ns/b", "2", json.dumps(cm("b", "2")).encode())]
    assert rv == "9"
    assert script.listed[0]["limit"] == 1
    assert "limit" not in script.listed[2] and script.listed[2]["resource_version"] == "7"


def test_sync_events_report_added_modified_deleted_and_update_known() -> None:
    known = {
        "ns/a": known_entry(cm("a", "1")),
        "ns/b": known_entry(cm("b", "1")),
        "ns/d": known_entry(cm("d", "4")),
    }
    items = [cm("a", "2"), cm("c", "1"), cm("d", "4")]
    entries = [listed(msgspec.Raw(json.dumps(item).encode()), known) for item in items]
    events = list(sync_events(known, entries, object))
    assert [(e["type"], e["raw_object"]["metadata"]["name"]) for e in events] == [
        ("MODIFIED", "a"),
        ("ADDED", "c"),
        ("DELETED", "b"),
    ]
    assert {key: rv for key, (rv, _) in known.items()} == {"ns/a": "2", "ns/c": "1", "ns/d": "4"}


@pytest.mark.parametrize(
    "item",
    [
        {"metadata": {"name": "a", "namespace": "ns", "resourceVersion": 7, "labels": {}}},
        {"metadata": {"name": "a"}},
        {"metadata": ["odd"]},
        {"metadata": {"name": None, "namespace": ""}},
        {"kind": "NoMetadata"},
    ],
)
def test_listed_reads_key_and_version_as_object_key_does(item: dict[str, Any]) -> None:
    """The key and version read from an item's JSON (skipping the rest) are those of the
    decoded dict."""
    key, rv, data = listed(msgspec.Raw(json.dumps(item).encode()), {})
    assert (key, rv) == (object_key(item), object_rv(item))
    assert data is not None and json.loads(data) == item


def test_resource_expired_is_an_api_exception() -> None:
    assert issubclass(ResourceExpired, ApiException)


def test_informer_falls_back_to_list_when_streaming_lists_are_refused() -> None:
    from kubeclient.informer import _synced_filter
    from kubeclient.informer._core import informer_machine

    refused = ApiException(
        status=422,
        reason="Unprocessable Entity",
        body=b'{"kind":"Status","code":422,"reason":"Invalid","message":"sendInitialEvents '
        b'is forbidden for watch unless the WatchList feature gate is enabled"}',
        headers={"content-type": "application/json"},
    )
    script = Script(
        [[refused], [line("ADDED", cm("b", "8"))]],
        pages=[{"metadata": {"resourceVersion": "7"}, "items": [cm("a", "3")]}],
    )
    cfg = config()
    synced: list[int] = []

    class Flag:
        def set(self) -> None:
            synced.append(len(cfg.known))

    events = script.run(_synced_filter(informer_machine(cfg), Flag()))
    assert script.opened[0]["send_initial_events"] is True
    assert [(t, o["metadata"]["name"]) for t, o in events] == [("ADDED", "a"), ("ADDED", "b")]
    assert synced == [1]
    assert script.opened[1]["resource_version"] == "7"


def test_streaming_list_is_synced_at_the_initial_events_end_bookmark() -> None:
    from kubeclient.informer._core import informer_machine

    end = {
        "kind": "ConfigMap",
        "metadata": {"resourceVersion": "20", "annotations": {"k8s.io/initial-events-end": "true"}},
    }
    script = Script(
        [
            [line("ADDED", cm("a", "3")), line("ADDED", cm("b", "4")), line("BOOKMARK", end)],
            [line("DELETED", cm("a", "21"))],
        ]
    )
    cfg = config()
    events = script.run(informer_machine(cfg))
    assert [(t, o["metadata"]["name"]) for t, o in events] == [
        ("ADDED", "a"),
        ("ADDED", "b"),
        ("DELETED", "a"),
    ]
    assert script.opened[1]["resource_version"] == "20"
    assert "send_initial_events" not in script.opened[1]
