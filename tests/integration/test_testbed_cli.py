"""`kubesmith testbed up --detach | env | down` as a maintainer would use them."""

from __future__ import annotations

import json
import os
import ssl
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
import yaml

pytestmark = pytest.mark.cluster


def _cli(*args: str, env: dict[str, str], timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kubesmith.testbed", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_up_detach_env_and_down(tmp_path: Path) -> None:
    env = dict(os.environ, KUBESMITH_TESTBED_RUN=str(tmp_path / "run"))
    up = _cli("up", "--detach", env=env)
    assert up.returncode == 0, up.stdout + up.stderr
    kubeconfig = tmp_path / "run" / "kubeconfig"
    pids: list[int] = []
    assert f"export KUBECONFIG={kubeconfig}" in up.stdout
    try:
        exported = _cli("env", env=env)
        assert exported.stdout.strip() == f"export KUBECONFIG={kubeconfig}"

        again = _cli("up", "--detach", env=env)
        assert again.returncode != 0
        assert "already running" in again.stderr

        # The kubeconfig works: its current context is the client-certificate admin.
        cfg = yaml.safe_load(kubeconfig.read_text())
        state = json.loads((tmp_path / "run" / "testbed.json").read_text())
        ctx = ssl.create_default_context(cafile=state["ca_file"])
        pki = tmp_path / "run" / "pki"
        ctx.load_cert_chain(pki / "admin.crt", pki / "admin.key")
        server = cfg["clusters"][0]["cluster"]["server"]
        version = httpx.get(f"{server}/version", verify=ctx, timeout=10).json()
        assert version["gitVersion"] == state["version"]
        pids = [pid for pid in state["pids"].values() if pid]
        assert len(pids) == 5
    finally:
        down = _cli("down", env=env, timeout=120)
    assert down.returncode == 0, down.stdout + down.stderr
    assert "stopped" in down.stdout
    deadline = time.monotonic() + 15
    while any(_alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [p for p in pids if _alive(p)] == []
    assert not (tmp_path / "run.pid").exists()

    after = _cli("env", env=env)
    assert after.returncode != 0
    assert "no testbed is running" in after.stderr
