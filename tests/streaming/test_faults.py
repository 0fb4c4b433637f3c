"""Faults the real server cannot be made to produce on demand, from a scripted local server:
a watch connection that goes silent or drops mid-stream, a WebSocket frame cut short, a
server that only speaks v4, and the NonZeroExitCode status of a real kubelet (KWOK reports
a non-zero exit differently)."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator

import pytest
from kubeclient import client, stream, watch
from kubeclient.aio import client as aclient
from kubeclient.aio import stream as astream
from kubeclient.client.configuration import Configuration
from kubeclient.client.exceptions import ApiException

Script = Callable[[socket.socket, str], None]

_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


class FakeServer:
    """Accepts connections; each request's head goes to the next script in order."""

    def __init__(self, scripts: list[Script]) -> None:
        self.scripts = scripts
        self.requests: list[str] = []
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while self.scripts:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = conn.recv(65536)
                if not chunk:
                    break
                head += chunk
            text = head.decode("latin-1")
            self.requests.append(text)
            script = self.scripts.pop(0)
            threading.Thread(target=self._run, args=(script, conn, text), daemon=True).start()

    @staticmethod
    def _run(script: Script, conn: socket.socket, head: str) -> None:
        try:
            script(conn, head)
        except OSError:
            pass

    def close(self) -> None:
        self.listener.close()


@pytest.fixture
def fake() -> Iterator[Callable[[list[Script]], tuple[FakeServer, client.ApiClient]]]:
    made: list[tuple[FakeServer, client.ApiClient]] = []

    def make(scripts: list[Script]) -> tuple[FakeServer, client.ApiClient]:
        server = FakeServer(scripts)
        api = client.ApiClient(Configuration(host=f"http://127.0.0.1:{server.port}"))
        made.append((server, api))
        return server, api

    yield make
    for server, api in made:
        api.close()
        server.close()


def chunk(data: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(data), data)


def event(kind: str, name: str, rv: str) -> bytes:
    obj = {
        "kind": "ConfigMap",
        "apiVersion": "v1",
        "metadata": {"name": name, "namespace": "ns", "resourceVersion": rv},
    }
    return json.dumps({"type": kind, "object": obj}).encode() + b"\n"


WATCH_HEAD = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
)


def test_a_silent_watch_connection_times_out_and_resumes(
    fake: Callable[..., tuple[FakeServer, client.ApiClient]],
) -> None:
    release = threading.Event()

    def silent(conn: socket.socket, head: str) -> None:
        conn.sendall(WATCH_HEAD + chunk(event("ADDED", "a", "10")))
        release.wait(30)  # a dead peer: nothing more, no close
        conn.close()

    def then_ends(conn: socket.socket, head: str) -> None:
        conn.sendall(WATCH_HEAD + chunk(event("MODIFIED", "a", "11")) + b"0\r\n\r\n")
        conn.close()

    server, api = fake([silent, then_ends])
    v1 = client.CoreV1Api(api)
    w = watch.Watch()
    started = time.monotonic()
    seen = []
    for ev in w.stream(v1.list_namespaced_config_map, "ns", resource_version="5", read_timeout=1.0):
        seen.append((ev["type"], ev["object"].metadata.resource_version))
        if len(seen) == 2:
            w.stop()
    release.set()
    assert seen == [("ADDED", "10"), ("MODIFIED", "11")]
    assert time.monotonic() - started < 15
    assert "resourceVersion=10" in server.requests[1].split("\r\n")[0]


def test_a_watch_dropped_mid_event_resumes_from_the_last_complete_event(
    fake: Callable[..., tuple[FakeServer, client.ApiClient]],
) -> None:
    def drops(conn: socket.socket, head: str) -> None:
        half = event("MODIFIED", "a", "21")[:30]
        conn.sendall(WATCH_HEAD + chunk(event("ADDED", "a", "20")) + chunk(half)[:-2])
        conn.shutdown(socket.SHUT_RDWR)
        conn.close()

    def then_ends(conn: socket.socket, head: str) -> None:
        conn.sendall(WATCH_HEAD + chunk(event("DELETED", "a", "22")) + b"0\r\n\r\n")
        conn.close()

    server, api = fake([drops, then_ends])
    v1 = client.CoreV1Api(api)
    w = watch.Watch()
    seen = []
    for ev in w.stream(v1.list_namespaced_config_map, "ns", resource_version="5"):
        seen.append((ev["type"], ev["object"].metadata.resource_version))
        if ev["type"] == "DELETED":
            w.stop()
    assert seen == [("ADDED", "20"), ("DELETED", "22")]
    assert "resourceVersion=20" in server.requests[1].split("\r\n")[0]


def upgrade(conn: socket.socket, head: str, protocol: str) -> None:
    key = next(
        line.split(":", 1)[1].strip()
        for line in head.split("\r\n")
        if line.lower().startswith("sec-websocket-key")
    )
    accept = base64.b64encode(hashlib.sha1(key.encode() + _GUID).digest()).decode()
    conn.sendall(
        (
            "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Accept: {accept}\r\nSec-WebSocket-Protocol: {protocol}\r\n\r\n"
        ).encode()
    )


def frame(payload: bytes, opcode: int = 2) -> bytes:
    size = len(payload)
    if size < 126:
        return bytes([0x80 | opcode, size]) + payload
    return bytes([0x80 | opcode, 126]) + struct.pack("!H", size) + payload


def read_client_frames(conn: socket.socket, until_close: bool = True) -> list[tuple[int, bytes]]:
    """Frames the client sent (unmasked), until its close frame."""
    buf = b""
    frames: list[tuple[int, bytes]] = []
    conn.settimeout(10)
    while True:
        while len(buf) < 2 or len(buf) < _frame_size(buf):
            data = conn.recv(65536)
            if not data:
                return frames
            buf += data
        size = _frame_size(buf)
        raw, buf = buf[:size], buf[size:]
        length = raw[1] & 0x7F
        offset = 2 + {126: 2, 127: 8}.get(length, 0)
        key, body = raw[offset : offset + 4], raw[offset + 4 :]
        frames.append((raw[0] & 0x0F, bytes(b ^ key[i % 4] for i, b in enumerate(body))))
        if frames[-1][0] == 8 and until_close:
            return frames


def _frame_size(buf: bytes) -> int:
    length = buf[1] & 0x7F
    if length == 126:
        return 8 + struct.unpack_from("!H", buf, 2)[0] if len(buf) >= 4 else 1 << 30
    if length == 127:
        return 14 + struct.unpack_from("!Q", buf, 2)[0] if len(buf) >= 10 else 1 << 30
    return 6 + length


NON_ZERO = json.dumps(
    {
        "metadata": {},
        "status": "Failure",
        "message": "command terminated with non-zero exit code: error executing command "
        "[sh -c exit 3], exit code 3",
        "reason": "NonZeroExitCode",
        "details": {"causes": [{"reason": "ExitCode", "message": "3"}]},
    }
).encode()


def test_v4_fallback_and_exit_code_from_the_status_channel(
    fake: Callable[..., tuple[FakeServer, client.ApiClient]],
) -> None:
    received: list[list[tuple[int, bytes]]] = []

    def kubelet_v4(conn: socket.socket, head: str) -> None:
        assert "Sec-WebSocket-Protocol: v5.channel.k8s.io, v4.channel.k8s.io" in head
        upgrade(conn, head, "v4.channel.k8s.io")
        conn.sendall(
            frame(b"\x01") + frame(b"\x01out\n") + frame(b"\x02err\n") + frame(b"\x03" + NON_ZERO)
        )
        conn.sendall(frame(struct.pack("!H", 1000), opcode=8))
        received.append(read_client_frames(conn))
        conn.close()

    server, api = fake([kubelet_v4])
    v1 = client.CoreV1Api(api)
    ws = stream.stream(
        v1.connect_get_namespaced_pod_exec,
        "p",
        "ns",
        command=["sh", "-c", "exit 3"],
        stdout=True,
        stderr=True,
        stdin=True,
        _preload_content=False,
    )
    assert ws.protocol == "v4.channel.k8s.io"
    assert ws.close_stdin() is False  # v4 cannot signal EOF: nothing is sent
    ws.run_forever(timeout=10)
    assert (ws.read_stdout(0), ws.read_stderr(0), ws.returncode) == ("out\n", "err\n", 3)
    with pytest.raises(stream.NonZeroExitError) as info:
        ws.check_returncode()
    assert info.value.returncode == 3
    deadline = time.monotonic() + 5
    while not received and time.monotonic() < deadline:
        time.sleep(0.01)
    assert received and [op for op, _ in received[0]] == [8]  # only the close reply
    request_line = server.requests[0].split("\r\n")[0]
    assert "command=sh&command=-c&command=exit+3" in request_line


def test_output_after_the_status_is_not_lost_and_preload_returns_it(
    fake: Callable[..., tuple[FakeServer, client.ApiClient]],
) -> None:
    def server_v5(conn: socket.socket, head: str) -> None:
        upgrade(conn, head, "v5.channel.k8s.io")
        conn.sendall(frame(b"\x01first\n") + frame(b'\x03{"metadata":{},"status":"Success"}'))
        time.sleep(0.2)
        conn.sendall(frame(b"\x01late\n") + frame(struct.pack("!H", 1000), opcode=8))
        read_client_frames(conn)
        conn.close()

    _, api = fake([server_v5])
    out = stream.stream(
        client.CoreV1Api(api).connect_get_namespaced_pod_exec,
        "p",
        "ns",
        command=["x"],
        stdout=True,
    )
    assert out == "first\nlate\n"


def test_a_truncated_frame_is_a_protocol_error_not_silent_success(
    fake: Callable[..., tuple[FakeServer, client.ApiClient]],
) -> None:
    def truncates(conn: socket.socket, head: str) -> None:
        upgrade(conn, head, "v5.channel.k8s.io")
        conn.sendall(frame(b"\x01complete\n") + frame(b"\x01" + b"x" * 100)[:40])
        conn.close()

    _, api = fake([truncates])
    ws = stream.stream(
        client.CoreV1Api(api).connect_get_namespaced_pod_exec,
        "p",
        "ns",
        command=["x"],
        stdout=True,
        _preload_content=False,
    )
    ws.run_forever(timeout=10)
    assert not ws.is_open()
    assert ws.read_stdout(0) == "complete\n"
    assert ws.returncode is None
    with pytest.raises(stream.ExecError, match="before the command's status"):
        ws.check_returncode()
    assert isinstance(ws._conn.failure, stream.WebSocketError)


def test_failure_before_the_upgrade_is_a_typed_api_exception(
    fake: Callable[..., tuple[FakeServer, client.ApiClient]],
) -> None:
    body = json.dumps(
        {
            "kind": "Status",
            "apiVersion": "v1",
            "status": "Failure",
            "code": 400,
            "reason": "BadRequest",
            "message": "a container name must be specified for pod p",
        }
    ).encode()

    def refuses(conn: socket.socket, head: str) -> None:
        conn.sendall(
            b"HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\n"
            b"Content-Length: %d\r\n\r\n%s" % (len(body), body)
        )
        conn.close()

    _, api = fake([refuses])
    with pytest.raises(ApiException) as info:
        stream.stream(
            client.CoreV1Api(api).connect_get_namespaced_pod_exec,
            "p",
            "ns",
            command=["x"],
            stdout=True,
        )
    assert info.value.status == 400
    assert info.value.message == "a container name must be specified for pod p"


def test_async_exec_v4_exit_code() -> None:
    def kubelet_v4(conn: socket.socket, head: str) -> None:
        upgrade(conn, head, "v4.channel.k8s.io")
        conn.sendall(frame(b"\x01out\n") + frame(b"\x03" + NON_ZERO))
        conn.sendall(frame(struct.pack("!H", 1000), opcode=8))
        read_client_frames(conn)
        conn.close()

    server = FakeServer([kubelet_v4])

    async def main() -> tuple[bytes, bytes, int]:
        api = aclient.ApiClient(Configuration(host=f"http://127.0.0.1:{server.port}"))
        async with api:
            return await astream.run(
                aclient.CoreV1Api(api).connect_get_namespaced_pod_exec, "p", "ns", command=["x"]
            )

    try:
        assert asyncio.run(main()) == (b"out\n", b"", 3)
    finally:
        server.close()


def test_stdin_eof_is_the_v5_close_message_and_resize_is_json(
    fake: Callable[..., tuple[FakeServer, client.ApiClient]],
) -> None:
    got: list[list[tuple[int, bytes]]] = []

    def server_v5(conn: socket.socket, head: str) -> None:
        upgrade(conn, head, "v5.channel.k8s.io")
        conn.sendall(frame(b"\x01"))  # the hello frame on the lowest output channel
        frames: list[tuple[int, bytes]] = []
        conn.settimeout(10)
        buf = b""
        while len(frames) < 3:
            buf += conn.recv(65536)
            while len(buf) >= 2 and len(buf) >= _frame_size(buf):
                size = _frame_size(buf)
                raw, buf = buf[:size], buf[size:]
                key, body = raw[2:6], raw[6:]
                frames.append((raw[0] & 0x0F, bytes(b ^ key[i % 4] for i, b in enumerate(body))))
        got.append(frames)
        conn.sendall(frame(b'\x03{"metadata":{},"status":"Success"}'))
        conn.sendall(frame(struct.pack("!H", 1000), opcode=8))
        read_client_frames(conn)
        conn.close()

    _, api = fake([server_v5])
    ws = stream.stream(
        client.CoreV1Api(api).connect_get_namespaced_pod_exec,
        "p",
        "ns",
        command=["cat"],
        stdin=True,
        stdout=True,
        tty=True,
        _preload_content=False,
    )
    ws.write_stdin("abc")
    ws.resize_terminal(80, 24)
    assert ws.close_stdin() is True
    ws.run_forever(timeout=10)
    assert ws.returncode == 0
    assert got == [[(2, b"\x00abc"), (2, b'\x04{"Width": 80, "Height": 24}'), (2, b"\xff\x00")]]


def test_an_idle_session_is_kept_alive_with_pings(
    fake: Callable[..., tuple[FakeServer, client.ApiClient]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from kubeclient.stream import ws_client

    monkeypatch.setattr(ws_client, "PING_INTERVAL", 0.05)
    seen: list[list[tuple[int, bytes]]] = []

    def quiet(conn: socket.socket, head: str) -> None:
        upgrade(conn, head, "v5.channel.k8s.io")
        conn.sendall(frame(b"\x01"))
        time.sleep(0.5)  # a quiet process
        conn.sendall(frame(b'\x03{"metadata":{},"status":"Success"}'))
        conn.sendall(frame(struct.pack("!H", 1000), opcode=8))
        seen.append(read_client_frames(conn))
        conn.close()

    _, api = fake([quiet])
    ws = stream.stream(
        client.CoreV1Api(api).connect_get_namespaced_pod_exec,
        "p",
        "ns",
        command=["sleep"],
        stdout=True,
        _preload_content=False,
    )
    ws.run_forever(timeout=10)
    assert ws.returncode == 0
    deadline = time.monotonic() + 5
    while not seen and time.monotonic() < deadline:
        time.sleep(0.01)
    opcodes = [op for op, _ in seen[0]]
    assert opcodes.count(9) >= 3  # pings during the quiet half second
    assert opcodes[-1] == 8
