"""Pieces the soak and load scenarios share: process figures (RSS, file
descriptors, threads, connections), and the exec credential plugin issuing bootstrap tokens
that the API server itself expires."""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

import yaml
from kubeclient import client
from kubesmith.testbed import Testbed

__all__ = [
    "BOOTSTRAP_GROUP",
    "BootstrapPlugin",
    "connections_to",
    "open_fds",
    "rss_mib",
]

#: the extra group of the soak's bootstrap tokens (bound to the ``view`` ClusterRole)
BOOTSTRAP_GROUP = "system:bootstrappers:kubesmith-soak"


def rss_mib() -> float:
    """Resident set size of this process (MiB)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def _socket_inodes() -> set[str]:
    inodes = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    return inodes


def connections_to(port: int) -> int:
    """This process's established TCP connections to ``port`` (any local address)."""
    inodes = _socket_inodes()
    count = 0
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            remote_port = int(fields[2].rsplit(":", 1)[1], 16)
            if remote_port == port and fields[3] == "01" and fields[9] in inodes:
                count += 1
    return count


# The plugin: creates a bootstrap token Secret expiring ``ttl`` seconds from now (whole
# seconds, as the Secret stores it), waits until the API server accepts the token, and
# prints it with an expirationTimestamp ``skew`` seconds later than that (a clock skew, or
# a token revoked early): so requests do meet tokens the server already rejects. It
# retries while the API server restarts.
PLUGIN = r"""
import datetime, json, os, secrets, ssl, sys, time, urllib.error, urllib.request
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "plugin.json")) as f:
    cfg = json.load(f)
context = ssl.create_default_context(cafile=cfg["ca"])
context.load_cert_chain(cfg["cert"], cfg["key"])
def call(method, path, body, token=None):
    request = urllib.request.Request(cfg["server"] + path, data=json.dumps(body).encode(),
                                     method=method, headers={"Content-Type": "application/json"})
    if token:
        request.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(request, context=context, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return 0
token_id, token_secret = secrets.token_hex(3), secrets.token_hex(8)
now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
expires = now + datetime.timedelta(seconds=cfg["ttl"])
expiry = expires.strftime("%Y-%m-%dT%H:%M:%SZ")
reported = (expires + datetime.timedelta(seconds=cfg["skew"])).strftime("%Y-%m-%dT%H:%M:%SZ")
secret = {"apiVersion": "v1", "kind": "Secret", "type": "bootstrap.kubernetes.io/token",
          "metadata": {"name": "bootstrap-token-" + token_id, "namespace": "kube-system",
                       "labels": {"kubesmith-soak": "token"}},
          "stringData": {"token-id": token_id, "token-secret": token_secret, "expiration": expiry,
                         "usage-bootstrap-authentication": "true",
                         "auth-extra-groups": cfg["group"]}}
token = token_id + "." + token_secret
deadline = time.monotonic() + 90
while call("POST", "/api/v1/namespaces/kube-system/secrets", secret) not in (201, 409):
    if time.monotonic() > deadline:
        sys.exit("cannot create the bootstrap token")
    time.sleep(0.2)
review = {"apiVersion": "authentication.k8s.io/v1", "kind": "SelfSubjectReview"}
while call("POST", "/apis/authentication.k8s.io/v1/selfsubjectreviews", review, token) != 201:
    if time.monotonic() > deadline:
        sys.exit("the API server never accepted the bootstrap token")
    time.sleep(0.05)
with open(os.path.join(here, "runs"), "a") as f:
    f.write(expiry + "\n")
print(json.dumps({"apiVersion": "client.authentication.k8s.io/v1", "kind": "ExecCredential",
                  "status": {"token": token, "expirationTimestamp": reported}}))
"""


class BootstrapPlugin:
    """An exec credential plugin (a kubeconfig context ``soak-exec``) whose tokens the API
    server rejects ``ttl`` seconds after they were issued, ``skew`` seconds before the
    expiry the plugin reports."""

    def __init__(self, tb: Testbed, directory: Path, ttl: float, skew: float) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.dir = directory
        pki = Path(tb.kubeconfig).parent / "pki"
        (directory / "plugin.json").write_text(
            json.dumps(
                {
                    "server": tb.server,
                    "ca": str(tb.ca_file),
                    "cert": str(pki / "admin.crt"),
                    "key": str(pki / "admin.key"),
                    "ttl": ttl,
                    "skew": skew,
                    "group": BOOTSTRAP_GROUP,
                }
            )
        )
        script = directory / "plugin.py"
        script.write_text(f"#!{sys.executable}\n" + PLUGIN)
        script.chmod(0o700)
        data = yaml.safe_load(Path(tb.kubeconfig).read_text())
        data["users"].append(
            {
                "name": "soak-exec",
                "user": {
                    "exec": {
                        "apiVersion": "client.authentication.k8s.io/v1",
                        "command": str(script),
                        "interactiveMode": "Never",
                    }
                },
            }
        )
        cluster = data["clusters"][0]["name"]
        data["contexts"].append(
            {"name": "soak-exec", "context": {"cluster": cluster, "user": "soak-exec"}}
        )
        self.kubeconfig = directory / "kubeconfig"
        self.kubeconfig.write_text(yaml.safe_dump(data))
        self.kubeconfig.chmod(0o600)

    @property
    def runs(self) -> int:
        path = self.dir / "runs"
        return len(path.read_text().splitlines()) if path.exists() else 0

    @staticmethod
    def grant(rbac: client.RbacAuthorizationV1Api) -> None:
        """Let the tokens' group read (``view``) everything the soak watches."""
        binding = client.V1ClusterRoleBinding(
            metadata=client.V1ObjectMeta(name="kubesmith-soak-bootstrap-view"),
            role_ref=client.V1RoleRef(
                api_group="rbac.authorization.k8s.io", kind="ClusterRole", name="view"
            ),
            subjects=[
                client.RbacV1Subject(
                    kind="Group", name=BOOTSTRAP_GROUP, api_group="rbac.authorization.k8s.io"
                )
            ],
        )
        try:
            rbac.create_cluster_role_binding(binding)
        except client.ApiException as error:
            if error.status != 409:
                raise


class Counter:
    """A thread-safe tally of named counts."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.counts: dict[str, int] = {}

    def add(self, name: str, amount: int = 1) -> None:
        with self._lock:
            self.counts[name] = self.counts.get(name, 0) + amount

    def get(self, name: str) -> int:
        with self._lock:
            return self.counts.get(name, 0)

    def as_dict(self) -> dict[str, Any]:
        with self._lock:
            return dict(self.counts)


def settled(check: Any, timeout: float, interval: float = 0.5) -> float | None:
    """Poll ``check`` until true: the seconds it took, or None after ``timeout``."""
    started = time.monotonic()
    while not check():
        if time.monotonic() - started > timeout:
            return None
        time.sleep(interval)
    return round(time.monotonic() - started, 1)


def wait_until(what: str, check: Any, timeout: float, interval: float = 0.5) -> float:
    """Poll ``check`` until true; the seconds it took (AssertionError after ``timeout``)."""
    started = time.monotonic()
    while not check():
        if time.monotonic() - started > timeout:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(interval)
    return time.monotonic() - started
