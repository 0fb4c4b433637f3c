"""A sans-I/O WebSocket client (RFC 6455): framing and the closing handshake, no sockets.

The sync and the asyncio transports feed received bytes to :meth:`WebSocket.receive` and
write what :meth:`WebSocket.binary`, :meth:`WebSocket.close`, :meth:`WebSocket.ping` and
:meth:`WebSocket.data_to_send` return. The HTTP upgrade itself is done by httpx (the API
client's own connection pool, TLS, proxy and authentication), so this module only needs the
handshake's key and accept value.
"""

from __future__ import annotations

import base64
import hashlib
import os
import struct
from dataclasses import dataclass

__all__ = [
    "BINARY",
    "CLOSE",
    "CONTINUATION",
    "PING",
    "PONG",
    "TEXT",
    "Close",
    "Message",
    "WebSocket",
    "WebSocketError",
    "accept_value",
    "new_key",
]

CONTINUATION, TEXT, BINARY, CLOSE, PING, PONG = 0x0, 0x1, 0x2, 0x8, 0x9, 0xA
_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
#: largest message accepted (the API server sends at most 32 KiB per frame in practice)
DEFAULT_MAX_MESSAGE = 64 * 1024 * 1024


class WebSocketError(Exception):
    """The peer broke the WebSocket protocol (bad frame, truncated stream, wrong handshake)."""


@dataclass(frozen=True, slots=True)
class Message:
    """A complete data message."""

    opcode: int
    data: bytes


@dataclass(frozen=True, slots=True)
class Close:
    """The peer's close frame."""

    code: int | None
    reason: str


def new_key() -> str:
    """A fresh ``Sec-WebSocket-Key``."""
    return base64.b64encode(os.urandom(16)).decode("ascii")


def accept_value(key: str) -> str:
    """The ``Sec-WebSocket-Accept`` the server must answer ``key`` with."""
    return base64.b64encode(hashlib.sha1(key.encode("ascii") + _GUID).digest()).decode("ascii")


def _mask(data: bytes, key: bytes) -> bytes:
    size = len(data)
    if not size:
        return b""
    repeated = (key * (size // 4 + 1))[:size]
    return (int.from_bytes(data, "little") ^ int.from_bytes(repeated, "little")).to_bytes(
        size, "little"
    )


def encode_frame(opcode: int, payload: bytes, *, fin: bool = True) -> bytes:
    """One masked client frame."""
    size = len(payload)
    head = bytearray([(0x80 if fin else 0) | opcode])
    if size < 126:
        head.append(0x80 | size)
    elif size < 1 << 16:
        head.append(0x80 | 126)
        head += struct.pack("!H", size)
    else:
        head.append(0x80 | 127)
        head += struct.pack("!Q", size)
    key = os.urandom(4)
    return bytes(head) + key + _mask(payload, key)


class WebSocket:
    """The client end of one WebSocket connection, after the upgrade.

    ``receive(data)`` returns the complete :class:`Message` and :class:`Close` events the
    bytes finish; pings are answered (queued in :meth:`data_to_send`) and pongs dropped.
    After the peer's close frame, ``data_to_send`` holds the reply close frame, if we had not
    sent ours yet.
    """

    def __init__(self, max_message: int = DEFAULT_MAX_MESSAGE) -> None:
        self.max_message = max_message
        self._buffer = bytearray()
        self._fragments: list[bytes] = []
        self._fragment_opcode: int | None = None
        self._fragment_size = 0
        self._outgoing = bytearray()
        #: the peer's close frame, once received
        self.close_received: Close | None = None
        #: whether our close frame has been produced
        self.close_sent = False
        #: when the last frame of any kind arrived (set by the transports)
        self.bytes_received = 0

    # -- sending ---------------------------------------------------------------------------

    def binary(self, data: bytes) -> bytes:
        if self.close_sent:
            raise WebSocketError("the WebSocket is closing: nothing more can be sent")
        return encode_frame(BINARY, data)

    def ping(self, data: bytes = b"") -> bytes:
        return b"" if self.close_sent else encode_frame(PING, data)

    def close(self, code: int = 1000, reason: str = "") -> bytes:
        """Our close frame (empty bytes if it was already sent)."""
        if self.close_sent:
            return b""
        self.close_sent = True
        return encode_frame(CLOSE, struct.pack("!H", code) + reason.encode("utf-8")[:120])

    def data_to_send(self) -> bytes:
        """Control frames owed to the peer (pongs, the reply to its close frame)."""
        data, self._outgoing = bytes(self._outgoing), bytearray()
        return data

    @property
    def closed(self) -> bool:
        """Both close frames exchanged, or the peer's received (ours then queued)."""
        return self.close_received is not None

    # -- receiving -------------------------------------------------------------------------

    def receive(self, data: bytes) -> list[Message | Close]:
        """Parse ``data``; return the events it completes."""
        self.bytes_received += len(data)
        self._buffer += data
        events: list[Message | Close] = []
        while True:
            frame = self._next_frame()
            if frame is None:
                return events
            fin, opcode, payload = frame
            event = self._handle(fin, opcode, payload)
            if event is not None:
                events.append(event)
                if isinstance(event, Close):
                    self._buffer.clear()
                    return events

    def eof(self) -> None:
        """The transport ended: an error unless the closing handshake happened."""
        if self.close_received is None:
            pending = len(self._buffer) or self._fragments
            detail = " in the middle of a frame" if pending else " without a close frame"
            raise WebSocketError(f"the connection was closed{detail}")

    def _next_frame(self) -> tuple[bool, int, bytes] | None:
        buf = self._buffer
        if len(buf) < 2:
            return None
        first, second = buf[0], buf[1]
        if first & 0x70:
            raise WebSocketError("reserved bits set in a frame (no extension was negotiated)")
        if second & 0x80:
            raise WebSocketError("the server sent a masked frame")
        size = second & 0x7F
        offset = 2
        if size == 126:
            if len(buf) < 4:
                return None
            size = struct.unpack_from("!H", buf, 2)[0]
            offset = 4
        elif size == 127:
            if len(buf) < 10:
                return None
            size = struct.unpack_from("!Q", buf, 2)[0]
            offset = 10
        if size > self.max_message:
            raise WebSocketError(f"frame of {size} bytes exceeds the limit")
        if len(buf) < offset + size:
            return None
        payload = bytes(buf[offset : offset + size])
        del buf[: offset + size]
        return bool(first & 0x80), first & 0x0F, payload

    def _handle(self, fin: bool, opcode: int, payload: bytes) -> Message | Close | None:
        if opcode >= 0x8:
            if not fin or len(payload) > 125:
                raise WebSocketError("invalid control frame")
            if opcode == PING:
                if not self.close_sent:
                    self._outgoing += encode_frame(PONG, payload)
                return None
            if opcode == PONG:
                return None
            if opcode == CLOSE:
                return self._on_close(payload)
            raise WebSocketError(f"unknown control opcode {opcode:#x}")
        if opcode == CONTINUATION:
            if self._fragment_opcode is None:
                raise WebSocketError("continuation frame without a message to continue")
        elif opcode in (TEXT, BINARY):
            if self._fragment_opcode is not None:
                raise WebSocketError("new message before the previous one was finished")
            self._fragment_opcode = opcode
        else:
            raise WebSocketError(f"unknown data opcode {opcode:#x}")
        self._fragments.append(payload)
        self._fragment_size += len(payload)
        if self._fragment_size > self.max_message:
            raise WebSocketError("message exceeds the limit")
        if not fin:
            return None
        kind = self._fragment_opcode
        data = b"".join(self._fragments)
        self._fragments, self._fragment_opcode, self._fragment_size = [], None, 0
        return Message(kind, data)

    def _on_close(self, payload: bytes) -> Close:
        if len(payload) == 1:
            raise WebSocketError("close frame with a one-byte payload")
        code = struct.unpack_from("!H", payload)[0] if len(payload) >= 2 else None
        reason = payload[2:].decode("utf-8", "replace")
        self.close_received = Close(code, reason)
        if not self.close_sent:
            # echo the status code, as RFC 6455 asks
            self._outgoing += self.close(code if code is not None else 1000)
        return self.close_received
