"""Compatibility pieces that need no server: the official module paths (served lazily),
durations, RFC 3339 times, the retry schedule, ``deserialize`` with a content type, key
access on models, the status exception classes and election settings."""

from __future__ import annotations

import asyncio
import datetime
import subprocess
import sys
from pathlib import Path

import pytest
from kubeclient import client
from kubeclient.client.exceptions import (
    ApiException,
    BadRequestException,
    ConflictException,
    ForbiddenException,
    NotFoundException,
    ServiceException,
    UnauthorizedException,
    UnprocessableEntityException,
    exception_for,
)


def _python(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout.strip()


def test_official_module_paths_are_made_on_import_only() -> None:
    # importing the package (and client) loads neither the alias table nor any model
    loaded = _python(
        "import sys, kubeclient; from kubeclient import client; "
        "print(sorted(m for m in sys.modules if m.startswith('kubeclient.')))"
    )
    assert "_module_table" not in loaded and "models." not in loaded
    out = _python(
        "from kubeclient.client.api import core_v1_api\n"
        "from kubeclient.client.models.v1_pod import V1Pod\n"
        "from kubeclient.aio.client.api.core_v1_api import CoreV1Api\n"
        "from kubeclient.aio.client.models import v1_pod\n"
        "import kubeclient.client.models.v2_horizontal_pod_autoscaler as m\n"
        "print(core_v1_api.CoreV1Api.__name__, V1Pod.__name__, CoreV1Api.__name__,"
        " v1_pod.V1Pod is V1Pod, m.V2HorizontalPodAutoscaler.__name__)"
    )
    assert out == "CoreV1Api V1Pod AsyncCoreV1Api True V2HorizontalPodAutoscaler"


def test_unknown_official_paths_still_fail() -> None:
    with pytest.raises(ModuleNotFoundError):
        __import__("kubeclient.client.models.v1_no_such_model")
    from kubeclient.client.models import v1_pod

    with pytest.raises(AttributeError, match="v1_pod' has no attribute 'Nope'"):
        v1_pod.Nope  # noqa: B018


def test_module_import_keeps_the_function_of_the_same_name_callable() -> None:
    out = _python(
        "import kubeclient.utils.create_from_yaml\n"
        "import kubeclient.utils as u\n"
        "print(callable(u.create_from_yaml), u.create_from_yaml.create_from_yaml.__name__)\n"
        "u.create_from_yaml(None, yaml_objects=[])"
    )
    assert out == "True create_from_yaml"


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestException),
        (401, UnauthorizedException),
        (403, ForbiddenException),
        (404, NotFoundException),
        (409, ConflictException),
        (422, UnprocessableEntityException),
        (500, ServiceException),
        (503, ServiceException),
        (410, ApiException),
    ],
)
def test_exception_classes_by_status(status: int, cls: type[ApiException]) -> None:
    assert exception_for(status) is cls
    assert issubclass(cls, ApiException)

    class Response:
        reason = "R"
        data = b'{"kind":"Status","code":1}'
        headers: dict[str, str] = {}

    Response.status = status  # type: ignore[attr-defined]
    with pytest.raises(cls) as raised:
        ApiException.from_response(http_resp=Response(), body=None, data=None)
    assert raised.value.status == status and type(raised.value) is cls


def test_deserialize_with_content_type() -> None:
    api = client.ApiClient()
    pod = api.deserialize('{"kind":"Pod","metadata":{"name":"a"}}', "V1Pod", "application/json")
    assert isinstance(pod, client.V1Pod) and pod.metadata.name == "a"
    assert api.deserialize("plain text", "str", "text/plain") == "plain text"
    assert api.deserialize('{"a": 1}', "object", None) == {"a": 1}
    assert api.deserialize("not json", "object", None) == "not json"
    assert api.deserialize('{"a": 1}', "object") == {"a": 1}
    with pytest.raises(ApiException, match="Unsupported content type: application/octet"):
        api.deserialize("x", "str", "application/octet-stream")


def test_models_read_by_key() -> None:
    status = client.V1Status(
        status="Success", details=client.V1StatusDetails(name="x", retry_after_seconds=3)
    )
    assert status["status"] == "Success" and status.get("status") == "Success"
    assert status["details"]["retryAfterSeconds"] == 3  # wire name
    assert status["details"]["retry_after_seconds"] == 3  # attribute name
    assert status.get("code") is None and status.get("code", 0) == 0
    assert "details" in status and "code" not in status and "nope" not in status
    with pytest.raises(KeyError):
        status["code"]
    with pytest.raises(TypeError):
        status[0]  # type: ignore[index]


def test_duration_round_trip() -> None:
    from kubeclient.utils.duration import format_duration, maxDuration_ms, parse_duration

    assert parse_duration("1h1m1s") == datetime.timedelta(seconds=3661)
    assert parse_duration("10s30m1h") == datetime.timedelta(seconds=5410)
    assert parse_duration("1ms") == datetime.timedelta(milliseconds=1)
    for bad in ("1", "1.5m", "-1m", "1d", "123456h", "1h1m1s1ms1h", ""):
        with pytest.raises(ValueError, match="Invalid duration format"):
            parse_duration(bad)
    assert format_duration(datetime.timedelta(0)) == "0s"
    assert format_duration(datetime.timedelta(seconds=5410)) == "1h30m10s"
    assert format_duration(datetime.timedelta(days=2, milliseconds=5)) == "48h5ms"
    assert format_duration(datetime.timedelta(milliseconds=maxDuration_ms)) == "99999h59m59s999ms"
    with pytest.raises(ValueError, match="sub-millisecond"):
        format_duration(datetime.timedelta(microseconds=100))
    with pytest.raises(ValueError, match="negative"):
        format_duration(datetime.timedelta(seconds=-1))
    with pytest.raises(ValueError, match="longer than"):
        format_duration(datetime.timedelta(milliseconds=maxDuration_ms + 1))
    for text in ("1h", "59m59s", "2s500ms"):
        assert format_duration(parse_duration(text)) == text


def test_rfc3339() -> None:
    from kubeclient.config.dateutil import UTC, format_rfc3339, parse_rfc3339

    parsed = parse_rfc3339("2026-01-02T03:04:05.25+02:30")
    assert parsed.utcoffset() == datetime.timedelta(hours=2, minutes=30)
    assert parsed.microsecond == 250000
    assert parse_rfc3339("2026-01-02 03:04:05Z").tzinfo is UTC
    assert format_rfc3339(parsed) == "2026-01-02T00:34:05Z"
    with pytest.raises(ValueError, match="Invalid RFC3339 datetime: 'yesterday'"):
        parse_rfc3339("yesterday")


class _Conflict(ApiException):
    """What the server's 409 is (status and headers), without a server: for the schedule
    alone; the real 409 is in tests/integration/test_compat_official.py."""

    def __init__(self, status: int = 409, retry_after: str | None = None) -> None:
        headers = {"Retry-After": retry_after} if retry_after else {}
        super().__init__(status=status, reason="Conflict", headers=headers)


def test_retry_schedule() -> None:
    from kubeclient.utils.retry import (
        DEFAULT_RETRY,
        Backoff,
        on_retry_after_error,
        retry_on_conflict,
    )

    slept: list[float] = []
    calls: list[int] = []

    def always_conflicts() -> None:
        calls.append(1)
        raise _Conflict()

    with pytest.raises(_Conflict):
        retry_on_conflict(always_conflicts, sleep_func=slept.append, random_func=lambda: 1.0)
    assert len(calls) == DEFAULT_RETRY.steps  # 5 calls, 4 waits of 10 ms plus 10 % jitter
    assert slept == pytest.approx([0.011] * 4)

    slept.clear()
    backoff = Backoff(steps=4, duration=1.0, factor=2.0, cap=3.0)
    outcomes = iter([_Conflict(503, "5"), _Conflict(503)])

    def flaky() -> str:
        error = next(outcomes, None)
        if error is not None:
            raise error
        return "done"

    def server_error(e: Exception) -> bool:
        return getattr(e, "status", 0) >= 500

    result = on_retry_after_error(backoff, server_error, flaky, sleep_func=slept.append)
    assert result == "done"
    assert slept == [5.0, 2.0]  # Retry-After wins when longer than the backoff

    calls.clear()

    def unavailable() -> None:
        calls.append(1)
        raise _Conflict(503)

    with pytest.raises(_Conflict):
        on_retry_after_error(backoff, server_error, unavailable, sleep_func=slept.append)
    assert len(calls) == 3  # reaching the cap ends the steps (wait.Backoff)

    with pytest.raises(ValueError, match="steps"):
        Backoff(steps=0, duration=1, factor=1)


def test_retry_asyncio() -> None:
    from kubeclient.aio.utils.retry import retry_on_conflict

    calls: list[int] = []

    async def twice() -> str:
        calls.append(1)
        if len(calls) < 2:
            raise _Conflict()
        return "ok"

    async def no_sleep(_: float) -> None:
        return None

    assert asyncio.run(retry_on_conflict(twice, sleep_func=no_sleep)) == "ok"
    assert len(calls) == 2


def test_retry_after_helpers() -> None:
    from kubeclient.utils.retry import (
        is_retry_after_response,
        retry_after_backoff,
        retry_after_max_retries,
        retry_after_seconds,
    )

    assert retry_after_seconds(_Conflict(429, "7")) == 7.0
    assert retry_after_seconds(_Conflict(429, "soon")) is None
    assert is_retry_after_response(_Conflict(429, "1"))
    assert not is_retry_after_response(_Conflict(409, "1"))
    assert retry_after_max_retries(None) == 10 and retry_after_max_retries(False) == 0
    assert retry_after_max_retries(3) == 3
    assert retry_after_backoff(2).steps == 3


def test_election_config_validation() -> None:
    from kubeclient.aio.leaderelection.electionconfig import Config as AsyncConfig
    from kubeclient.leaderelection.electionconfig import Config

    lock = object()
    with pytest.raises(ValueError, match="lease_duration must be greater than renew_deadline"):
        Config(lock, 5, 5, 1, onstarted_leading=print)
    with pytest.raises(ValueError, match="retry_period"):
        Config(lock, 10, 5, 5, onstarted_leading=print)
    with pytest.raises(ValueError, match="onstarted_leading"):
        AsyncConfig(lock, 10, 5, 1, onstarted_leading=None, onstopped_leading=None)  # type: ignore[arg-type]
    assert Config(lock, 10, 5, 1, onstarted_leading=print).retry_period == 1


def test_exec_provider_runs_the_plugin(tmp_path: Path) -> None:
    from kubeclient.config.exec_provider import ExecProvider

    plugin = tmp_path / "plugin.py"
    plugin.write_text(
        "import json\n"
        "print(json.dumps({'apiVersion': 'client.authentication.k8s.io/v1',"
        " 'kind': 'ExecCredential', 'status': {'token': 'abc',"
        " 'expirationTimestamp': '2030-01-02T03:04:05Z'}}))\n"
    )
    provider = ExecProvider(
        {
            "apiVersion": "client.authentication.k8s.io/v1",
            "command": sys.executable,
            "args": [str(plugin)],
            "interactiveMode": "Never",
        },
        str(tmp_path),
    )
    assert provider.run() == {"token": "abc", "expirationTimestamp": "2030-01-02T03:04:05Z"}


def test_keepalive_socket_options() -> None:
    import socket

    from kubeclient.utils import tcp_keepalive_socket_options

    options = tcp_keepalive_socket_options(idle=10, interval=5, count=3)
    assert (socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1) in options
    assert (socket.IPPROTO_TCP, socket.TCP_NODELAY, 1) in options
    if hasattr(socket, "TCP_KEEPIDLE"):
        assert (socket.IPPROTO_TCP, socket.TCP_KEEPIDLE, 10) in options
        assert (socket.IPPROTO_TCP, socket.TCP_KEEPINTVL, 5) in options
        assert (socket.IPPROTO_TCP, socket.TCP_KEEPCNT, 3) in options
    with pytest.raises(ValueError, match="idle must be at least 1"):
        tcp_keepalive_socket_options(idle=0)
