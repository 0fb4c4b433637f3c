"""The Kubernetes channel protocols over WebSocket, as state machines without I/O.

Exec and attach (``v5.channel.k8s.io``, ``v4.channel.k8s.io``): each binary message is one
channel byte and a payload; 0 stdin, 1 stdout, 2 stderr, 3 status (a JSON ``Status``),
4 resize, 255 (v5 only) close of a client channel. Port-forward (``v4.channel.k8s.io``): the
i-th requested port uses channel 2i for data and 2i+1 for errors, and the first frame on each
channel is the port number as two little-endian bytes.
"""

from __future__ import annotations

import codecs
import json
import struct
import urllib.parse
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..client.exceptions import ApiException

__all__ = [
    "CLOSE_CHANNEL",
    "ERROR_CHANNEL",
    "EXEC_PROTOCOLS",
    "PORTFORWARD_PROTOCOLS",
    "RESIZE_CHANNEL",
    "STDERR_CHANNEL",
    "STDIN_CHANNEL",
    "STDOUT_CHANNEL",
    "V4",
    "V4_CHANNEL_PROTOCOL",
    "V5",
    "V5_CHANNEL_PROTOCOL",
    "ExecError",
    "ExecState",
    "NonZeroExitError",
    "PortForwardError",
    "PortForwardState",
    "get_websocket_url",
    "parse_status",
]

STDIN_CHANNEL, STDOUT_CHANNEL, STDERR_CHANNEL, ERROR_CHANNEL, RESIZE_CHANNEL = 0, 1, 2, 3, 4
CLOSE_CHANNEL = 255
V5 = V5_CHANNEL_PROTOCOL = "v5.channel.k8s.io"
V4 = V4_CHANNEL_PROTOCOL = "v4.channel.k8s.io"
#: offered in preference order (KEP-4006: v5 ends at the API server, which speaks to the kubelet)
EXEC_PROTOCOLS = (V5, V4)
PORTFORWARD_PROTOCOLS = (V4,)


def get_websocket_url(url: str, query_params: Iterable[tuple[str, Any]] | None = None) -> str:
    """``url`` with ``http``/``https`` turned into ``ws``/``wss`` and ``query_params`` as its
    query (a list value, such as ``command``, repeated), as the official client builds it."""
    parts = urllib.parse.urlsplit(url)
    scheme = {"http": "ws", "https": "wss"}.get(parts.scheme, parts.scheme)
    query = [
        (key, item)
        for key, value in query_params or ()
        for item in (value if isinstance(value, list) else [value])
    ]
    return urllib.parse.urlunsplit(
        (scheme, parts.netloc, parts.path, urllib.parse.urlencode(query) or parts.query, "")
    )


class ExecError(ApiException):
    """The command could not run or failed for a reason other than its exit code;
    ``status_object`` is the ``Status`` from the error channel (a dict), if there was one."""

    def __init__(self, message: str, status_object: Any = None) -> None:
        code = status_object.get("code") if isinstance(status_object, dict) else None
        body = json.dumps(status_object).encode() if isinstance(status_object, dict) else None
        super().__init__(
            status=code if isinstance(code, int) else 0,
            reason=message,
            body=body,
            headers={"content-type": "application/json"} if body else None,
        )
        self._text = message
        self.status_object = status_object

    @property
    def message(self) -> str:
        return self._text

    def __str__(self) -> str:
        return f"exec failed: {self._text}"


class NonZeroExitError(ExecError):
    """The command exited with a non-zero code (``returncode``); its output is attached."""

    def __init__(
        self,
        returncode: int,
        stdout: bytes | str = b"",
        stderr: bytes | str = b"",
        status_object: Any = None,
    ) -> None:
        super().__init__(f"command terminated with exit code {returncode}", status_object)
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr


class PortForwardError(Exception):
    """The error channel of a forwarded port reported a failure, or the protocol broke."""


def parse_status(payload: bytes, protocol: str | None) -> tuple[int | None, ExecError | None]:
    """The exit code and error a status-channel payload means.

    v4/v5: a JSON Status; Success is exit 0; ``NonZeroExitCode`` carries the code in the
    cause whose ``reason`` is ``ExitCode`` (not whichever cause comes first); any other
    Failure is an error. Older protocols send plain text, only on failure, with no exit code.
    """
    if protocol not in (V4, V5):
        text = payload.decode("utf-8", "replace").strip()
        return (None, ExecError(text)) if text else (0, None)
    try:
        status = json.loads(payload)
    except ValueError:
        text = payload.decode("utf-8", "replace")
        return None, ExecError(f"unreadable status: {text[:200]}")
    if not isinstance(status, dict):
        return None, ExecError(f"unreadable status: {status!r}")
    if status.get("status") == "Success":
        return 0, None
    message = str(status.get("message") or status.get("reason") or "unknown failure")
    if status.get("reason") == "NonZeroExitCode":
        details = status.get("details")
        causes = details.get("causes") if isinstance(details, dict) else None
        for cause in causes if isinstance(causes, list) else ():
            if isinstance(cause, dict) and cause.get("reason") == "ExitCode":
                try:
                    code = int(str(cause.get("message", "")).strip())
                except ValueError:
                    break
                if 0 <= code <= 255:
                    return code, None
                break
        return None, ExecError(f"exit code missing from the status: {message}", status)
    return None, ExecError(message, status)


@dataclass
class _Channel:
    data: bytearray = field(default_factory=bytearray)
    decoder: codecs.IncrementalDecoder = field(
        default_factory=lambda: codecs.getincrementaldecoder("utf-8")("replace")
    )
    text: str = ""


class ExecState:
    """What an exec/attach session has received, and the frames it sends."""

    def __init__(self, protocol: str | None) -> None:
        #: the negotiated subprotocol (``v5.channel.k8s.io`` or ``v4.channel.k8s.io``)
        self.protocol = protocol
        self._channels: dict[int, _Channel] = {}
        self._status = bytearray()
        self.status_received = False
        self.returncode: int | None = None
        self.error: ExecError | None = None
        #: all output of stdout and stderr in arrival order (for ``read_all``)
        self._all = _Channel()

    # -- receiving -------------------------------------------------------------------------

    def receive(self, message: bytes) -> None:
        """Handle one binary message."""
        if not message:
            return
        channel, payload = message[0], message[1:]
        if not payload:
            return  # the hello frame, or an empty write
        if channel == ERROR_CHANNEL:
            self._status += payload
            self.status_received = True
            self.returncode, self.error = parse_status(bytes(self._status), self.protocol)
            return
        self._channels.setdefault(channel, _Channel()).data += payload
        if channel in (STDOUT_CHANNEL, STDERR_CHANNEL):
            self._all.data += payload

    def pending(self, channel: int) -> int:
        found = self._channels.get(channel)
        return len(found.data) if found else 0

    def take(self, channel: int) -> bytes:
        """Everything buffered on ``channel`` (bytes), removed from the buffer."""
        found = self._channels.get(channel)
        if found is None or not found.data:
            return b""
        data = bytes(found.data)
        found.data.clear()
        if channel in (STDOUT_CHANNEL, STDERR_CHANNEL):
            self._all.data.clear()
        return data

    def take_text(self, channel: int, final: bool = False) -> str:
        """Buffered data decoded as UTF-8 (a character split across messages is kept for
        the next call)."""
        found = self._channels.setdefault(channel, _Channel())
        data = bytes(found.data)
        found.data.clear()
        return _decode(found, data, final)

    def take_line(self, channel: int, final: bool = False) -> str | None:
        """One complete line (without its newline) decoded, or None if none is complete."""
        found = self._channels.setdefault(channel, _Channel())
        if found.data:
            found.text += found.decoder.decode(bytes(found.data))
            found.data.clear()
        index = found.text.find("\n")
        if index == -1:
            if final and found.text:
                line, found.text = found.text, ""
                return line
            return None
        line, found.text = found.text[:index], found.text[index + 1 :]
        return line

    def take_all(self) -> bytes:
        """Everything buffered on stdout and stderr, interleaved in arrival order."""
        data = bytes(self._all.data)
        self._all.data.clear()
        for channel in (STDOUT_CHANNEL, STDERR_CHANNEL):
            found = self._channels.get(channel)
            if found is not None:
                found.data.clear()
        return data

    # -- sending ---------------------------------------------------------------------------

    @staticmethod
    def frame(channel: int, data: bytes) -> bytes:
        return bytes([channel]) + data

    def close_frame(self, channel: int = STDIN_CHANNEL) -> bytes | None:
        """The v5 CLOSE message for ``channel`` (stdin: the process sees EOF), or None when
        the protocol cannot signal it."""
        if self.protocol != V5:
            return None
        return bytes([CLOSE_CHANNEL, channel])

    @staticmethod
    def resize_frame(width: int, height: int) -> bytes:
        if not (0 <= width < 1 << 16 and 0 <= height < 1 << 16):
            raise ValueError("terminal width and height must fit in 16 bits")
        body = json.dumps({"Width": width, "Height": height}).encode()
        return bytes([RESIZE_CHANNEL]) + body


def _decode(channel: _Channel, data: bytes, final: bool) -> str:
    text = channel.text + channel.decoder.decode(data, final)
    channel.text = ""
    return text


def parse_ports(ports: str | int | Sequence[int | str]) -> list[int]:
    """``"8080,9090"``, ``8080`` or ``[8080, "9090"]`` as a list of port numbers."""
    if isinstance(ports, int):
        items: list[str] = [str(ports)]
    elif isinstance(ports, str):
        items = ports.split(",")
    else:
        items = [str(port) for port in ports]
    result: list[int] = []
    for item in items:
        item = item.strip()
        if not item:
            continue
        try:
            port = int(item)
        except ValueError:
            raise ValueError(f"invalid port {item!r}") from None
        if not 0 < port < 1 << 16:
            raise ValueError(f"port {port} is out of range")
        result.append(port)
    if not result:
        raise ValueError("no port given")
    if len(result) > 127:
        raise ValueError("at most 127 ports can be forwarded over one WebSocket")
    return result


@dataclass
class _Port:
    port: int
    data_ready: bool = False
    error_ready: bool = False
    error: bytearray = field(default_factory=bytearray)


class PortForwardState:
    """The channels of one port-forward WebSocket."""

    def __init__(self, ports: Sequence[int]) -> None:
        self.ports = list(ports)
        self._state = [_Port(port) for port in self.ports]

    def index(self, port: int) -> int:
        try:
            return self.ports.index(port)
        except ValueError:
            raise PortForwardError(f"port {port} is not forwarded by this connection") from None

    def receive(self, message: bytes) -> tuple[int, bytes] | None:
        """Handle one message; return ``(port index, data)`` for data to deliver. Errors on
        an error channel are collected (see :meth:`error`)."""
        if not message:
            return None
        channel, payload = message[0], message[1:]
        index, is_error = divmod(channel, 2)
        if index >= len(self._state):
            raise PortForwardError(f"message on unexpected channel {channel}")
        state = self._state[index]
        ready = state.error_ready if is_error else state.data_ready
        if not ready:
            if len(payload) < 2:
                raise PortForwardError(f"channel {channel}: short port header")
            (port,) = struct.unpack_from("<H", payload)
            if port != state.port:
                raise PortForwardError(
                    f"channel {channel}: server announced port {port}, expected {state.port}"
                )
            if is_error:
                state.error_ready = True
            else:
                state.data_ready = True
            payload = payload[2:]
            if not payload:
                return None
        if is_error:
            state.error += payload
            return None
        return index, payload

    def error(self, index: int) -> str | None:
        text = bytes(self._state[index].error).decode("utf-8", "replace")
        return text or None

    @staticmethod
    def frame(index: int, data: bytes) -> bytes:
        return bytes([2 * index]) + data
