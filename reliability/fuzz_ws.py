"""Fuzz target of the WebSocket frame reader of exec, attach and port-forward.

A real-shaped server side of a session (v4 or v5 exec with stdout, stderr and the status on
the error channel, or port-forward with its port headers) is framed, the frames or the
status mutated, cut into chunks and fed to the sans-I/O reader and the channel states the
transports use. Property: only :class:`WebSocketError` (protocol), :class:`PortForwardError`
come out; a status is an exit code or an :class:`ExecError`, never an exception; unmutated
input gives back exactly the messages sent.
"""

from __future__ import annotations

import json
import struct
from typing import Any

from hypothesis import strategies as st
from kubeclient.stream._channels import (
    ExecError,
    ExecState,
    PortForwardError,
    PortForwardState,
    parse_status,
)
from kubeclient.stream._ws import BINARY, CLOSE, PING, TEXT, Message, WebSocket, WebSocketError

from .mutate import mutate_bytes, mutate_tree, split_chunks

__all__ = ["check_ws_frames"]

V4, V5 = "v4.channel.k8s.io", "v5.channel.k8s.io"
_STATUS_SUCCESS = {"metadata": {}, "status": "Success"}
_STATUS_EXIT = {
    "metadata": {},
    "status": "Failure",
    "message": "command terminated with non-zero exit code: exit status 3",
    "reason": "NonZeroExitCode",
    "details": {"causes": [{"reason": "ExitCode", "message": "3"}]},
}


def frame(opcode: int, payload: bytes, fin: bool = True) -> bytes:
    """A server frame (unmasked), any length form."""
    first = (0x80 if fin else 0) | opcode
    size = len(payload)
    if size < 126:
        header = bytes([first, size])
    elif size < 1 << 16:
        header = bytes([first, 126]) + struct.pack("!H", size)
    else:
        header = bytes([first, 127]) + struct.pack("!Q", size)
    return header + payload


def _exec_messages(data: st.DataObject) -> list[bytes]:
    status: Any = data.draw(st.sampled_from([_STATUS_SUCCESS, _STATUS_EXIT]), label="status")
    if data.draw(st.booleans(), label="mutate status"):
        status = mutate_tree(data, status, max_mutations=2)
    messages = [b"\x01", b"\x02"]  # hello frames
    for _ in range(data.draw(st.integers(0, 4), label="outputs")):
        channel = data.draw(st.sampled_from([1, 2]))
        messages.append(bytes([channel]) + data.draw(st.binary(max_size=300), label="output"))
    messages.append(b"\x03" + json.dumps(status).encode())
    return messages


def _portforward_messages(data: st.DataObject, ports: list[int]) -> list[bytes]:
    messages: list[bytes] = []
    for index, port in enumerate(ports):
        header = struct.pack("<H", port)
        messages.append(bytes([2 * index]) + header)
        messages.append(bytes([2 * index + 1]) + header)
    for _ in range(data.draw(st.integers(0, 4), label="payloads")):
        index = data.draw(st.integers(0, len(ports) - 1))
        error = data.draw(st.integers(0, 5)) == 0
        payload = data.draw(st.binary(max_size=200), label="payload")
        messages.append(bytes([2 * index + int(error)]) + payload)
    return messages


def _frames(data: st.DataObject, messages: list[bytes]) -> bytes:
    out = bytearray()
    for message in messages:
        if data.draw(st.integers(0, 6), label="ping first") == 0:
            out += frame(PING, b"hi")
        if len(message) > 2 and data.draw(st.integers(0, 3), label="fragment") == 0:
            half = len(message) // 2
            out += frame(BINARY, message[:half], fin=False) + frame(0x0, message[half:])
        else:
            out += frame(BINARY, message)
    out += frame(CLOSE, struct.pack("!H", 1000) + b"bye")
    return bytes(out)


def check_ws_frames(data: st.DataObject) -> None:
    session = data.draw(st.sampled_from(["exec-v4", "exec-v5", "portforward"]), label="session")
    ports = [8080, 9090][: data.draw(st.integers(1, 2), label="ports")]
    if session == "portforward":
        messages = _portforward_messages(data, ports)
    else:
        messages = _exec_messages(data)
    stream = _frames(data, messages)
    mutated = data.draw(st.booleans(), label="mutate frames")
    if mutated:
        stream = mutate_bytes(data, stream)
    ws = WebSocket(max_message=1 << 20)
    state: ExecState | PortForwardState = (
        PortForwardState(ports)
        if session == "portforward"
        else ExecState(V5 if "v5" in session else V4)
    )
    received: list[bytes] = []
    try:
        for chunk in split_chunks(data, stream):
            for event in ws.receive(chunk):
                if isinstance(event, Message):
                    assert event.opcode in (BINARY, TEXT)
                    received.append(event.data)
                    state.receive(event.data)
            ws.data_to_send()
        ws.eof()
    except (WebSocketError, PortForwardError):
        assert mutated, "an intact stream was rejected"
        return
    if isinstance(state, ExecState) and state.status_received:
        assert state.returncode is not None or isinstance(state.error, ExecError)
    if not mutated:
        assert received == messages


def check_status(data: st.DataObject) -> None:
    """The status channel alone: any JSON a v4/v5 server could send."""
    status = mutate_tree(data, data.draw(st.sampled_from([_STATUS_SUCCESS, _STATUS_EXIT])))
    payload = json.dumps(status).encode()
    if data.draw(st.booleans()):
        payload = mutate_bytes(data, payload)
    code, error = parse_status(payload, data.draw(st.sampled_from([V4, V5, None])))
    assert (code is None) != (error is None) or (code == 0 and error is None)
