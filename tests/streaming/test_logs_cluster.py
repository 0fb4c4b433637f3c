"""Pod logs through the API server and KWOK (which serves a local file in CRI log format)."""

from __future__ import annotations

import asyncio
import datetime
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from kubeclient import client, logs, watch
from kubeclient.aio import client as aclient
from kubeclient.aio import config as aconfig
from kubesmith.testbed import Testbed
from kubesmith.testbed.kwok import cri_log

pytestmark = pytest.mark.cluster


@pytest.fixture(autouse=True)
def fresh_log(testbed_cluster: Testbed) -> Iterator[None]:
    """Every test starts from (and leaves) the testbed's default log file."""
    lines = testbed_cluster.pod_log_lines
    testbed_cluster.write_pod_log(lines)
    yield
    testbed_cluster.write_pod_log(lines)


def append_log(tb: Testbed, lines: list[str]) -> None:
    with open(tb.pod_log_file, "a", encoding="utf-8") as file:
        file.write(cri_log(lines))


def test_log_snapshot_tail_timestamps_and_previous(
    testbed_cluster: Testbed, v1: client.CoreV1Api, testbed_namespace: str, pod: str
) -> None:
    ns = testbed_namespace
    expected = testbed_cluster.pod_log_lines
    text = v1.read_namespaced_pod_log(pod, ns, container="main")
    assert isinstance(text, str)
    assert text.splitlines() == expected
    assert v1.read_namespaced_pod_log(pod, ns, tail_lines=1).splitlines() == expected[-1:]
    stamped = v1.read_namespaced_pod_log(pod, ns, timestamps=True).splitlines()
    assert len(stamped) == len(expected)
    for line, plain in zip(stamped, expected, strict=True):
        stamp, _, rest = line.partition(" ")
        assert rest == plain
        datetime.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    assert v1.read_namespaced_pod_log(pod, ns, previous=True) == "previous container log\n"
    assert len(v1.read_namespaced_pod_log(pod, ns, limit_bytes=5).encode()) <= 5 + 64


def test_log_follow_sees_lines_appended_while_streaming(
    testbed_cluster: Testbed, v1: client.CoreV1Api, testbed_namespace: str, pod: str
) -> None:
    initial = testbed_cluster.pod_log_lines
    appended = ["appended ☃ one", "appended two"]
    seen: list[str] = []
    done = threading.Event()

    def follow() -> None:
        for line in logs.follow(v1, pod, testbed_namespace, container="main"):
            seen.append(line)
            if len(seen) == len(initial) + len(appended):
                done.set()
                return

    thread = threading.Thread(target=follow, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while len(seen) < len(initial) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert seen == initial
    append_log(testbed_cluster, appended)
    assert done.wait(30), seen
    assert seen == initial + appended


def test_log_follow_raw_response_streams(
    testbed_cluster: Testbed, v1: client.CoreV1Api, testbed_namespace: str, pod: str
) -> None:
    resp = v1.read_namespaced_pod_log(
        pod,
        testbed_namespace,
        follow=True,
        _preload_content=False,
        _headers={"Accept-Encoding": "identity"},
    )
    lines = logs.iter_lines(resp)
    try:
        assert [next(lines) for _ in testbed_cluster.pod_log_lines] == testbed_cluster.pod_log_lines
        append_log(testbed_cluster, ["raw follow"])
        assert next(lines) == "raw follow"
    finally:
        resp.close()


def test_async_log_follow(testbed_cluster: Testbed, testbed_namespace: str, pod: str) -> None:
    initial = testbed_cluster.pod_log_lines

    async def main() -> list[str]:
        api_client = await aconfig.new_client_from_config(
            config_file=str(testbed_cluster.kubeconfig)
        )
        async with api_client:
            v1 = aclient.CoreV1Api(api_client)
            text = await v1.read_namespaced_pod_log(pod, testbed_namespace)
            assert text.splitlines() == initial
            seen: list[str] = []
            async with asyncio.timeout(30):
                async for line in logs.afollow(v1, pod, testbed_namespace):
                    seen.append(line)
                    if len(seen) == len(initial):
                        append_log(testbed_cluster, ["async appended"])
                    if line == "async appended":
                        break
            return seen

    assert asyncio.run(main()) == [*initial, "async appended"]


def test_watch_stream_of_the_log_method_follows_it(
    testbed_cluster: Testbed, v1: client.CoreV1Api, testbed_namespace: str, pod: str
) -> None:
    # the official client's way: a Watch over read_namespaced_pod_log yields its lines
    w = watch.Watch()
    lines: list[str] = []
    events: Any = w.stream(v1.read_namespaced_pod_log, name=pod, namespace=testbed_namespace)
    for line in events:
        lines.append(line)
        if len(lines) == len(testbed_cluster.pod_log_lines):
            append_log(testbed_cluster, ["via watch"])
        if line == "via watch":
            w.stop()
    assert lines == [*testbed_cluster.pod_log_lines, "via watch"]
