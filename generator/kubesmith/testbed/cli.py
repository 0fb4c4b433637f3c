"""`kubesmith testbed ...`: build the control plane, run it for a maintainer, dump its spec."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import FrameType
from typing import Any

import click

from kubesmith.testbed import build as build_mod
from kubesmith.testbed import gomod, net, paths, spec
from kubesmith.testbed.cluster import STATE_FILE, Testbed


def _pid_file() -> Path:
    # Next to the run dir, not in it: the run dir is wiped when a testbed starts.
    run = paths.run_dir()
    return run.with_name(run.name + ".pid")


def _running_pid() -> int | None:
    """PID of the `testbed up` supervisor if one is alive."""
    try:
        pid = int(_pid_file().read_text().strip())
        os.kill(pid, 0)
    except (OSError, ValueError):
        return None
    return pid


def _load_state(state_dir: Path) -> dict[str, Any] | None:
    try:
        data: dict[str, Any] = json.loads((state_dir / STATE_FILE).read_text())
    except (OSError, ValueError):
        return None
    return data


def _print_summary(info: dict[str, Any]) -> None:
    click.echo(f"Kubernetes {info['version']} is up at {info['server']}")
    click.echo(f"  state dir:  {info['state_dir']}")
    click.echo(f"  kubeconfig: {info['kubeconfig']}  (contexts: {', '.join(info['contexts'])})")
    click.echo(f"  nodes:      {', '.join(info['nodes'])}")
    click.echo(f"  logs:       {Path(info['state_dir']) / 'logs'}")
    click.echo(f"  use it:     export KUBECONFIG={info['kubeconfig']}")


@click.group()
def testbed() -> None:
    """A real local Kubernetes control plane (kube-apiserver, etcd, KWOK, ...)."""


@testbed.command("build")
@click.option("--kube-version", default=None, help="Defaults to the version testbed/go.mod pins.")
@click.option("--force", is_flag=True, help="Rebuild even if cached binaries match.")
def build_cmd(kube_version: str | None, force: bool) -> None:
    """Build (or reuse cached) control-plane binaries."""
    started = time.monotonic()
    bins = build_mod.build(kube_version, force=force, log=sys.stderr)
    elapsed = time.monotonic() - started
    click.echo(f"{bins.kube_version} binaries in {bins.bin_dir} ({elapsed:.1f}s)")


@testbed.command("pin")
@click.argument("kube_version")
def pin(kube_version: str) -> None:
    """Re-pin testbed/go.mod to another Kubernetes release (e.g. v1.37.2), then `build`."""
    gomod.pin_kubernetes(paths.source_dir(), kube_version)
    click.echo(f"testbed/go.mod now builds Kubernetes {kube_version}; commit go.mod and go.sum")


@testbed.command("up")
@click.option("--detach", is_flag=True, help="Run in the background; stop with `testbed down`.")
@click.option("--nodes", default=1, show_default=True, help="Number of KWOK nodes.")
@click.option("--kube-version", default=None)
def up(detach: bool, nodes: int, kube_version: str | None) -> None:
    """Start the control plane; stays in the foreground until Ctrl-C unless --detach."""
    pid = _running_pid()
    if pid is not None:
        raise click.ClickException(f"a testbed is already running (pid {pid}); run `down` first")
    if detach:
        _up_detached(nodes, kube_version)
        return
    # Build before taking over the pid file, so a long build can still be interrupted.
    build_mod.ensure_built(kube_version, log=sys.stderr)
    run_dir = paths.run_dir()
    _clear(run_dir)
    _pid_file().parent.mkdir(parents=True, exist_ok=True)
    _pid_file().write_text(f"{os.getpid()}\n")

    def terminate(signum: int, frame: FrameType | None) -> None:
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, terminate)
    signal.signal(signal.SIGHUP, terminate)
    tb = Testbed(kube_version, state_dir=run_dir, nodes=nodes, cleanup_state=True)
    try:
        tb.start()
        _print_summary(tb.describe())
        click.echo(f"Started in {tb.startup_seconds:.1f}s. Press Ctrl-C to stop.", err=True)
        sys.stdout.flush()
        while True:
            tb.check_alive()
            time.sleep(1)
    except KeyboardInterrupt:
        click.echo("stopping...", err=True)
    finally:
        tb.stop()
        _pid_file().unlink(missing_ok=True)


def _clear(run_dir: Path) -> None:
    shutil.rmtree(run_dir, ignore_errors=True)
    run_dir.mkdir(parents=True)


def _up_detached(nodes: int, kube_version: str | None) -> None:
    build_mod.ensure_built(kube_version, log=sys.stderr)
    run_dir = paths.run_dir()
    _clear(run_dir)
    log_path = run_dir.with_name(run_dir.name + ".log")
    argv = [sys.executable, "-m", "kubesmith.testbed", "up", f"--nodes={nodes}"]
    if kube_version:
        argv.append(f"--kube-version={kube_version}")
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # survives this shell and its Ctrl-C
        )
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise click.ClickException(
                f"testbed exited with code {proc.returncode}:\n{log_path.read_text()[-4000:]}"
            )
        info = _load_state(run_dir)
        if info is not None:
            _print_summary(info)
            click.echo(f"Running in the background (pid {proc.pid}, log {log_path}).")
            click.echo("Stop it with `kubesmith testbed down`.")
            return
        time.sleep(0.5)
    proc.terminate()
    raise click.ClickException(f"testbed did not become ready; see {log_path}")


@testbed.command("down")
@click.option("--timeout", default=60.0, show_default=True)
def down(timeout: float) -> None:
    """Stop a testbed started with `up` (detached or in another terminal)."""
    pid = _running_pid()
    if pid is None:
        click.echo("no testbed is running")
        return
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            click.echo(f"testbed (pid {pid}) stopped")
            return
        time.sleep(0.2)
    # The components die with their supervisor (PR_SET_PDEATHSIG), so SIGKILL is safe.
    os.kill(pid, signal.SIGKILL)
    _pid_file().unlink(missing_ok=True)
    click.echo(f"testbed (pid {pid}) killed after {timeout:.0f}s")


@testbed.command("env")
def env() -> None:
    """Print shell exports for the running testbed: eval "$(kubesmith testbed env)"."""
    info = _load_state(paths.run_dir()) if _running_pid() else None
    if info is None:
        raise click.ClickException("no testbed is running; start one with `testbed up --detach`")
    click.echo(f"export KUBECONFIG={info['kubeconfig']}")


@testbed.command("dump-spec")
@click.option(
    "--out",
    "out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Output directory [default: specs/kubernetes-<version>].",
)
def dump_spec(out: Path | None) -> None:
    """Save /openapi/v2 and every /openapi/v3 document of a live apiserver."""
    info = _load_state(paths.run_dir()) if _running_pid() else None
    if info is not None:
        pki = Path(info["state_dir"]) / "pki"
        host, port = info["server"].removeprefix("https://").rsplit(":", 1)
        ca = Path(info["ca_file"])
        client = net.ApiClient(host, int(port), ca, pki / "admin.crt", pki / "admin.key")
        files = spec.dump_spec(client, out or Path(f"specs/kubernetes-{info['version']}"))
    else:
        # No cluster running: start a private one just for the dump.
        with Testbed() as tb:
            files = spec.dump_spec(tb.admin, out or Path(f"specs/kubernetes-{tb.version}"))
    total = sum(f.stat().st_size for f in files)
    click.echo(f"wrote {len(files)} files ({total / 1e6:.1f} MB) to {files[0].parent}")
