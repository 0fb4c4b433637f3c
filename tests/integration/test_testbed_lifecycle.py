"""Starting, stopping and restarting the testbed leaves no processes and keeps the data."""

from __future__ import annotations

import json
import os
import signal
import ssl
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from kubesmith.testbed import Testbed, TestbedError
from kubesmith.testbed.cluster import _remove_orphaned_state_dirs

pytestmark = pytest.mark.cluster


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie still answers kill(0); it has exited all the same.
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def _wait_gone(pids: list[int], timeout: float = 15.0) -> list[int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        alive = [p for p in pids if _alive(p)]
        if not alive:
            return []
        time.sleep(0.1)
    return [p for p in pids if _alive(p)]


def _admin(tb: Testbed) -> httpx.Client:
    ctx = ssl.create_default_context(cafile=str(tb.ca_file))
    ctx.load_cert_chain(tb.credentials.admin.cert, tb.credentials.admin.key)
    return httpx.Client(base_url=tb.server, verify=ctx, timeout=30)


def test_stop_leaves_no_processes_and_no_state() -> None:
    tb = Testbed(nodes=2)
    tb.start()
    pids = [pid for pid in tb.describe()["pids"].values() if pid]
    state_dir = tb.state_dir
    assert len(pids) == 5
    assert all(_alive(p) for p in pids)
    with _admin(tb) as client:
        assert client.get("/readyz").text == "ok"
        nodes = client.get("/api/v1/nodes").json()["items"]
        assert sorted(n["metadata"]["name"] for n in nodes) == ["kwok-node-0", "kwok-node-1"]
    tb.stop()
    assert [p for p in pids if _alive(p)] == []
    assert [p for p in pids if _group_alive(p)] == []  # nothing they spawned survives
    assert not state_dir.exists()
    assert not tb.running


def test_failed_start_reports_logs_and_cleans_up() -> None:
    tb = Testbed()
    # One second is far too short for kube-apiserver to become ready.
    with pytest.raises(TestbedError) as failure:
        tb.start(timeout=1)
    message = str(failure.value)
    assert "timed out" in message
    assert "--- last lines of kube-apiserver.log ---" in message
    assert not tb.running
    assert not tb.state_dir.exists()
    pids = [c.pid for c in (tb.component("etcd"), tb.component("kube-apiserver"))]
    assert pids == [None, None]  # stopped and reaped


def test_components_die_when_the_test_process_is_killed() -> None:
    """A crashed test run (SIGKILL, no atexit, no finally) must not leave servers behind."""
    script = textwrap.dedent(
        """
        import json, os, sys, time
        from kubesmith.testbed import Testbed, TestbedError
        tb = Testbed(log=sys.stderr)
        tb.start()
        print(json.dumps({"pids": tb.describe()["pids"], "state": str(tb.state_dir)}), flush=True)
        time.sleep(600)
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line, "the child testbed did not start"
    info = json.loads(line)
    pids = [pid for pid in info["pids"].values() if pid]
    assert len(pids) == 5
    assert all(_alive(p) for p in pids)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert _wait_gone(pids) == []
    # SIGKILL leaves the temporary state behind; the next testbed sweeps it away.
    assert Path(info["state"]).is_dir()
    _remove_orphaned_state_dirs()
    assert not Path(info["state"]).exists()


def test_restart_apiserver_keeps_port_and_data(
    testbed_cluster: Testbed, testbed_namespace: str
) -> None:
    ns = testbed_namespace
    cms = f"/api/v1/namespaces/{ns}/configmaps"
    with _admin(testbed_cluster) as client:
        created = client.post(cms, json={"metadata": {"name": "survivor"}, "data": {"k": "v"}})
        rv = created.json()["metadata"]["resourceVersion"]
        # One more write, so etcd's revision at the restart is past `rv`.
        assert client.post(cms, json={"metadata": {"name": "bump"}}).status_code == 201
    old_pid = testbed_cluster.component("kube-apiserver").pid
    server = testbed_cluster.server

    testbed_cluster.restart_apiserver()

    assert testbed_cluster.component("kube-apiserver").pid != old_pid
    assert testbed_cluster.server == server
    with _admin(testbed_cluster) as client:
        assert client.get("/readyz").text == "ok"
        got = client.get(f"{cms}/survivor").json()
        assert got["data"] == {"k": "v"}
        assert got["metadata"]["resourceVersion"] == rv

        # The new apiserver rebuilt its watch cache from the current revision: resuming
        # from an older resourceVersion is answered with 410 Expired, as in production,
        # and a client must relist.
        stale = client.get(cms, params={"watch": "1", "resourceVersion": rv, "timeoutSeconds": "2"})
        first = json.loads(stale.text.splitlines()[0])
        assert first["type"] == "ERROR"
        assert (first["object"]["code"], first["object"]["reason"]) == (410, "Expired")

        # After a relist, watching from the fresh resourceVersion delivers changes.
        listed_rv = client.get(cms).json()["metadata"]["resourceVersion"]
        client.patch(
            f"{cms}/survivor",
            json={"data": {"k": "v2"}},
            headers={"Content-Type": "application/merge-patch+json"},
        )
        events = client.get(
            cms, params={"watch": "1", "resourceVersion": listed_rv, "timeoutSeconds": "2"}
        )
        lines = [json.loads(x) for x in events.text.splitlines() if x]
        survivor = [e for e in lines if e["object"]["metadata"].get("name") == "survivor"]
        assert [(e["type"], e["object"]["data"]["k"]) for e in survivor] == [("MODIFIED", "v2")]


def test_restart_apiserver_drops_open_watches(
    testbed_cluster: Testbed, testbed_namespace: str, restart_apiserver: Callable[[], None]
) -> None:
    """Clients see their watch end when the apiserver restarts (what watch-resume handles)."""
    ns = testbed_namespace
    with _admin(testbed_cluster) as client:
        with client.stream(
            "GET",
            f"/api/v1/namespaces/{ns}/configmaps",
            params={"watch": "1", "timeoutSeconds": "300"},
            timeout=httpx.Timeout(30, read=300),
        ) as watch:
            assert watch.status_code == 200
            restart_apiserver()
            started = time.monotonic()
            try:
                for _ in watch.iter_lines():
                    pass
            except httpx.HTTPError:  # a reset connection is as good as a closed one
                pass
            # The server-side timeout is 300s: ending at once means the restart cut it.
            assert time.monotonic() - started < 10
