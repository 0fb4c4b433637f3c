"""The running control plane: etcd, kube-apiserver, controller-manager, scheduler, KWOK."""

from __future__ import annotations

import atexit
import base64
import json
import os
import shutil
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO

from kubesmith.testbed import build, credentials, kwok, net
from kubesmith.testbed.credentials import Credentials
from kubesmith.testbed.pki import CertificateAuthority, KeyPair, service_account_keys
from kubesmith.testbed.procs import Component

SERVICE_CLUSTER_IP_RANGE = "10.0.0.0/24"
SA_ISSUER = "https://kubernetes.default.svc.cluster.local"
STATE_FILE = "testbed.json"
DEFAULT_POD_LOG = ["kubesmith testbed log line 1", "kubesmith testbed log line 2"]


_TEMP_PREFIX = "kubesmith-testbed-"
_OWNER_FILE = "owner.pid"


class TestbedError(RuntimeError):
    __test__ = False  # not a pytest test class despite the name


def _remove_orphaned_state_dirs() -> None:
    """Delete temporary state left by test processes that were killed (no atexit ran).

    Only directories whose owner process no longer exists are removed, so testbeds of
    other sessions running on the same machine are left alone.
    """
    for candidate in Path(tempfile.gettempdir()).glob(f"{_TEMP_PREFIX}*"):
        try:
            owner = int((candidate / _OWNER_FILE).read_text())
            os.kill(owner, 0)
        except ProcessLookupError:
            shutil.rmtree(candidate, ignore_errors=True)
        except (OSError, ValueError):
            continue  # being created right now, or not ours to judge


def wait_for(
    what: str,
    check: Callable[[], bool],
    timeout: float,
    components: list[Component] | None = None,
    interval: float = 0.2,
) -> None:
    """Poll `check` until it is true; fail early (with its log) if a component died."""
    deadline = time.monotonic() + timeout
    while True:
        for comp in components or []:
            comp.check_alive()
        try:
            if check():
                return
        except OSError:
            pass  # connection refused/reset while a server starts up
        if time.monotonic() > deadline:
            raise TestbedError(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(interval)


class Testbed:
    """A real Kubernetes control plane on 127.0.0.1, with one or more KWOK nodes.

    Use as a context manager or call start()/stop().  All state (certificates, etcd
    data, logs, kubeconfigs) lives in `state_dir`, a fresh temporary directory unless given.
    """

    # Not a test class, even though pytest collects names starting with "Test".
    __test__ = False

    def __init__(
        self,
        kube_version: str | None = None,
        *,
        state_dir: Path | None = None,
        nodes: int = 1,
        build_if_missing: bool = True,
        cleanup_state: bool | None = None,
        log: TextIO | None = None,
    ) -> None:
        self._requested_version = kube_version
        self._given_state_dir = state_dir
        self.node_names = [f"kwok-node-{i}" for i in range(nodes)]
        self._build_if_missing = build_if_missing
        self._log = log or sys.stderr
        self._components: dict[str, Component] = {}
        # A temporary state dir is always removed on stop; a given one only on request.
        self._owns_state_dir = state_dir is None if cleanup_state is None else cleanup_state
        self.startup_seconds = 0.0
        self._started = False
        self._pod_log_lines = list(DEFAULT_POD_LOG)
        self.binaries: build.Binaries | None = None

    def __repr__(self) -> str:
        state = "running" if self._started else "stopped"
        server = getattr(self, "server", None)
        return f"Testbed({state}, server={server!r}, version={self.version!r})"

    # ---- properties -------------------------------------------------------------------

    @property
    def version(self) -> str | None:
        """The Kubernetes version (e.g. "v1.37.2") of the binaries in use."""
        return self.binaries.kube_version if self.binaries else self._requested_version

    @property
    def running(self) -> bool:
        return self._started

    @property
    def pod_log_lines(self) -> list[str]:
        """What `kubectl logs` returns for any container (served by KWOK from a file)."""
        return list(self._pod_log_lines)

    def component(self, name: str) -> Component:
        return self._components[name]

    def check_alive(self) -> None:
        """Raise ComponentDied if any component has exited."""
        for comp in self._components.values():
            comp.check_alive()

    # ---- lifecycle --------------------------------------------------------------------

    def __enter__(self) -> Testbed:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self, timeout: float = 120.0) -> Testbed:
        if self._started:
            return self
        started = time.monotonic()
        if self._build_if_missing:
            self.binaries = build.ensure_built(self._requested_version, log=self._log)
        else:
            self.binaries = build.cached(self._requested_version)
            if self.binaries is None:
                raise TestbedError("testbed binaries are not built: run `kubesmith testbed build`")
        self._prepare()
        atexit.register(self.stop)
        self._started = True
        try:
            self._launch(timeout)
        except TestbedError as exc:
            # The temporary state (and the logs in it) is removed by stop(): keep the
            # evidence in the exception.
            logs = self._log_tails()
            self.stop()
            raise TestbedError(f"{exc}\n{logs}") from exc
        except BaseException:
            self.stop()
            raise
        self.startup_seconds = time.monotonic() - started
        return self

    def stop(self) -> None:
        """Stop every component (reverse start order) and remove the temporary state."""
        atexit.unregister(self.stop)
        for comp in reversed(list(self._components.values())):
            comp.stop()
        self._started = False
        if self._owns_state_dir and getattr(self, "state_dir", None) is not None:
            shutil.rmtree(self.state_dir, ignore_errors=True)

    def restart_apiserver(self, timeout: float = 60.0) -> None:
        """Stop kube-apiserver and start it again on the same port with the same etcd.

        Clients see their connections (and watches) drop and must reconnect.  Everything
        stored in etcd survives, but the new apiserver rebuilds its watch cache from the
        current etcd revision: resuming a watch from an older resourceVersion is answered
        with 410 Expired (exactly as after a real apiserver restart), so clients relist.
        """
        apiserver = self._components["kube-apiserver"]
        apiserver.stop()
        apiserver.start()
        self._wait_apiserver(timeout)

    def compact_etcd(self) -> int:
        """Compact etcd's history up to its current revision (etcd's JSON gateway) and return
        that revision: watches resumed from an older resourceVersion then get 410 Expired."""
        base = f"http://{self.host}:{self.etcd_port}/v3/kv"
        key = base64.b64encode(b"/").decode()
        header = _post_json(f"{base}/range", {"key": key})["header"]
        revision = int(header["revision"])
        _post_json(f"{base}/compaction", {"revision": str(revision), "physical": True})
        return revision

    # ---- setup ------------------------------------------------------------------------

    def _prepare(self) -> None:
        if self._given_state_dir is not None:
            self.state_dir = self._given_state_dir
            self.state_dir.mkdir(parents=True, exist_ok=True)
        else:
            _remove_orphaned_state_dirs()
            self.state_dir = Path(tempfile.mkdtemp(prefix=_TEMP_PREFIX))
        d = self.state_dir
        (d / _OWNER_FILE).write_text(f"{os.getpid()}\n")
        subdirs = (
            "pki",
            "logs",
            "etcd",
            "kwok",
            "exec",
            "kube-controller-manager",
            "kube-scheduler",
        )
        for sub in subdirs:
            # 0700 like etcd and kube-apiserver expect for data and key directories.
            (d / sub).mkdir(mode=0o700, exist_ok=True)

        ports = net.free_ports(7)
        (
            self.etcd_port,
            self._etcd_peer_port,
            self.port,
            self._kcm_port,
            self._scheduler_port,
            self.kwok_port,
            self.port_forward_port,
        ) = ports
        self.host = net.LOOPBACK
        self.server = f"https://{self.host}:{self.port}"

        ca = CertificateAuthority(d / "pki")
        self.ca_file = ca.cert_file
        self._ca_key = ca.key_file
        self.serving = ca.issue(
            "apiserver",
            "kube-apiserver",
            server_names=(
                "127.0.0.1",
                "localhost",
                "kubernetes",
                "kubernetes.default",
                "kubernetes.default.svc",
                "10.0.0.1",
            ),
        )
        self.credentials: Credentials = Credentials.create(d / "pki", ca)
        self._sa_keys: KeyPair = service_account_keys(d / "pki")

        self.kubeconfig = credentials.write_kubeconfig(
            d / "kubeconfig", credentials.user_kubeconfig(self.credentials, self.server)
        )
        creds = self.credentials
        self._component_kubeconfigs = {
            name: credentials.write_kubeconfig(
                d / f"{name}.kubeconfig",
                credentials.component_kubeconfig(self.ca_file, pair, self.server),
            )
            for name, pair in (
                ("kube-controller-manager", creds.controller_manager),
                ("kube-scheduler", creds.scheduler),
                # KWOK patches node and pod status and leases everywhere: give it admin.
                ("kwok", creds.admin),
            )
        }

        self.pod_log_file = d / "kwok" / "pod.log"
        self.exec_workdir = d / "exec"
        self.write_pod_log(self._pod_log_lines)
        (d / "kwok" / "previous.log").write_text(kwok.cri_log(["previous container log"]))
        assert self.binaries is not None
        self._kwok_config = kwok.write_config(
            d / "kwok" / "kwok.yaml",
            self.binaries.stage_files(),
            kwok.KwokSetup(
                exec_workdir=self.exec_workdir,
                logs_file=self.pod_log_file,
                previous_logs_file=d / "kwok" / "previous.log",
                port_forward_address=net.LOOPBACK,
                port_forward_port=self.port_forward_port,
            ),
        )
        self.admin = net.ApiClient(
            self.host, self.port, self.ca_file, creds.admin.cert, creds.admin.key
        )
        self._define_components()

    def write_pod_log(self, lines: list[str]) -> None:
        """Replace what every container's log shows (KWOK serves this file)."""
        self._pod_log_lines = list(lines)
        self.pod_log_file.write_text(kwok.cri_log(self._pod_log_lines))

    def append_pod_log(self, lines: list[str]) -> None:
        """Append lines, as a running container would: `logs --follow` streams them."""
        self._pod_log_lines += lines
        with open(self.pod_log_file, "a") as f:
            f.write(kwok.cri_log(lines))

    def _define_components(self) -> None:
        assert self.binaries is not None
        b, d, creds = self.binaries, self.state_dir, self.credentials
        lo = net.LOOPBACK
        etcd_url = f"http://{lo}:{self.etcd_port}"
        peer_url = f"http://{lo}:{self._etcd_peer_port}"
        argv: dict[str, list[str]] = {
            "etcd": [
                str(b.path("etcd")),
                "--name=testbed",
                f"--data-dir={d / 'etcd'}",
                f"--listen-client-urls={etcd_url}",
                f"--advertise-client-urls={etcd_url}",
                f"--listen-peer-urls={peer_url}",
                f"--initial-advertise-peer-urls={peer_url}",
                f"--initial-cluster=testbed={peer_url}",
                # Durability is pointless for throw-away test data; fsync is slow.
                "--unsafe-no-fsync",
                "--log-level=warn",
            ],
            "kube-apiserver": [
                str(b.path("kube-apiserver")),
                f"--etcd-servers={etcd_url}",
                f"--bind-address={lo}",
                f"--advertise-address={lo}",
                f"--secure-port={self.port}",
                f"--tls-cert-file={self.serving.cert}",
                f"--tls-private-key-file={self.serving.key}",
                f"--client-ca-file={self.ca_file}",
                f"--token-auth-file={creds.token_file}",
                # bootstrap tokens expire on the server at the second their Secret names:
                # the only tokens short-lived enough to test credential expiry end to end
                "--enable-bootstrap-token-auth=true",
                "--authorization-mode=RBAC",
                f"--service-account-issuer={SA_ISSUER}",
                f"--service-account-key-file={self._sa_keys.cert}",
                f"--service-account-signing-key-file={self._sa_keys.key}",
                f"--service-cluster-ip-range={SERVICE_CLUSTER_IP_RANGE}",
                "--allow-privileged=true",
                # A loopback advertise address would make the endpoint reconciler complain.
                "--endpoint-reconciler-type=none",
                # KWOK nodes report InternalIP=127.0.0.1 and serve the kubelet API there.
                "--kubelet-preferred-address-types=InternalIP",
                "--profiling=false",
                # Serve every API version, alpha and beta included, so the spec dumped from
                # this server (`make spec`, the default input of `make generate`) describes
                # the whole API and the client's tests can reach any group-version.
                "--runtime-config=api/all=true",
                # Without it SIGTERM waits (30s+) for the watches of the controllers and
                # KWOK to drain; with it stop and restart_apiserver take about a second.
                "--shutdown-watch-termination-grace-period=1s",
            ],
            "kube-controller-manager": [
                str(b.path("kube-controller-manager")),
                *self._component_common("kube-controller-manager", self._kcm_port),
                "--use-service-account-credentials=true",
                f"--service-account-private-key-file={self._sa_keys.key}",
                f"--root-ca-file={self.ca_file}",
                f"--cluster-signing-cert-file={self.ca_file}",
                f"--cluster-signing-key-file={self._ca_key}",
                f"--cluster-name={credentials.CLUSTER_NAME}",
                f"--service-cluster-ip-range={SERVICE_CLUSTER_IP_RANGE}",
            ],
            "kube-scheduler": [
                str(b.path("kube-scheduler")),
                *self._component_common("kube-scheduler", self._scheduler_port),
            ],
            "kwok": [
                str(b.path("kwok")),
                f"--kubeconfig={self._component_kubeconfigs['kwok']}",
                f"--config={self._kwok_config}",
                "--manage-all-nodes=true",
                f"--node-ip={lo}",
                f"--node-port={self.kwok_port}",
                f"--server-address={lo}:{self.kwok_port}",
                f"--cidr={kwok.POD_CIDR}",
                "--node-lease-duration-seconds=40",
            ],
        }
        for name, args in argv.items():
            self._components[name] = Component(name, args, d / "logs" / f"{name}.log", d)

    def _component_common(self, name: str, port: int) -> list[str]:
        kubeconfig = self._component_kubeconfigs[name]
        return [
            f"--kubeconfig={kubeconfig}",
            f"--authentication-kubeconfig={kubeconfig}",
            f"--authorization-kubeconfig={kubeconfig}",
            f"--bind-address={net.LOOPBACK}",
            f"--secure-port={port}",
            f"--cert-dir={self.state_dir / name}",
            "--leader-elect=false",
        ]

    # ---- startup ----------------------------------------------------------------------

    def _launch(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout

        def left() -> float:
            return max(1.0, deadline - time.monotonic())

        etcd = self._components["etcd"]
        etcd.start()
        wait_for(
            "etcd",
            lambda: net.http_get(self.host, self.etcd_port, "/health").status == 200,
            left(),
            [etcd],
        )
        self._components["kube-apiserver"].start()
        self._wait_apiserver(left())
        for name in ("kube-controller-manager", "kube-scheduler", "kwok"):
            self._components[name].start()
        for name in self.node_names:
            resp = self.admin.request("POST", "/api/v1/nodes", kwok.node_manifest(name))
            if resp.status not in (201, 409):
                raise TestbedError(f"creating node {name}: {resp.status} {resp.body!r}")
        everything = list(self._components.values())
        for name, port in (
            ("kube-controller-manager", self._kcm_port),
            ("kube-scheduler", self._scheduler_port),
        ):
            wait_for(
                name,
                lambda port=port: net.insecure_get(self.host, port, "/healthz").status == 200,  # type: ignore[misc]
                left(),
                everything,
            )
        for name in self.node_names:
            wait_for(
                f"node {name} Ready",
                lambda name=name: self._node_ready(name),  # type: ignore[misc]
                left(),
                everything,
            )
        # Pods are rejected until the controller-manager created the namespace's default
        # ServiceAccount, so a usable cluster is one where that has happened.
        wait_for(
            "default ServiceAccount",
            lambda: (
                self.admin.get("/api/v1/namespaces/default/serviceaccounts/default").status == 200
            ),
            left(),
            everything,
        )
        self._write_state_file()

    def _wait_apiserver(self, timeout: float) -> None:
        apiserver = self._components["kube-apiserver"]
        wait_for(
            "kube-apiserver /readyz",
            lambda: self.admin.get("/readyz", timeout=5).status == 200,
            timeout,
            [apiserver, self._components["etcd"]],
        )

    def _node_ready(self, name: str) -> bool:
        resp = self.admin.get(f"/api/v1/nodes/{name}")
        if resp.status != 200:
            return False
        conditions = resp.json().get("status", {}).get("conditions", [])
        return any(c.get("type") == "Ready" and c.get("status") == "True" for c in conditions)

    def _log_tails(self, lines: int = 15) -> str:
        return "\n".join(
            f"--- last lines of {name}.log ---\n{comp.log_tail(lines)}"
            for name, comp in self._components.items()
        )

    def _write_state_file(self) -> None:
        (self.state_dir / STATE_FILE).write_text(json.dumps(self.describe(), indent=2) + "\n")

    def describe(self) -> dict[str, Any]:
        """Where everything is (no secrets: tokens stay in their files)."""
        return {
            "version": self.version,
            "server": self.server,
            "kubeconfig": str(self.kubeconfig),
            "ca_file": str(self.ca_file),
            "state_dir": str(self.state_dir),
            "contexts": list(credentials.CONTEXTS),
            "nodes": self.node_names,
            "logs": {name: str(c.log_file) for name, c in self._components.items()},
            "pids": {name: c.pid for name, c in self._components.items()},
            "pod_log_file": str(self.pod_log_file),
            "exec_workdir": str(self.exec_workdir),
            "port_forward_target": f"{net.LOOPBACK}:{self.port_forward_port}",
        }


def _post_json(url: str, body: dict[str, Any]) -> Any:
    request = urllib.request.Request(
        url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())
