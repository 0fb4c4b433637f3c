"""Exec credential plugins against the real API server: a client certificate signed by the
testbed's CA, short-lived tokens renewed once per expiry during request loops and a long
watch, and a rejected token re-run after the 401 — sync and asyncio."""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import json
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
import yaml
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from kubeclient import client, config
from kubeclient.aio import client as aclient
from kubeclient.aio import config as aconfig
from kubeclient.aio.watch import Watch as AsyncWatch
from kubeclient.client.configuration import Configuration
from kubeclient.config.exec_provider import ExecCredentialPlugin, clear_exec_cache
from kubeclient.watch import Watch
from kubesmith.testbed import Testbed

pytestmark = pytest.mark.cluster

CERT_USER = "kubesmith-exec-cert-user"
CERT_GROUP = "kubesmith:exec-cert-users"

# Prints the credential in credential.json next to it; counts its runs. ``ttl`` (seconds) gives
# an expirationTimestamp; ``tokens`` (a list) gives the n-th run the n-th token (the last one
# afterwards).
PLUGIN = r"""
import datetime, json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "credential.json")) as f:
    spec = json.load(f)
count_file = os.path.join(here, "runs")
count = int(open(count_file).read()) + 1 if os.path.exists(count_file) else 1
open(count_file, "w").write(str(count))
status = dict(spec.get("status", {}))
tokens = spec.get("tokens")
if tokens:
    status["token"] = tokens[min(count, len(tokens)) - 1]
if spec.get("ttl"):
    now = datetime.datetime.now(datetime.timezone.utc)
    expiry = now + datetime.timedelta(seconds=spec["ttl"])
    status["expirationTimestamp"] = expiry.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
info = json.loads(os.environ["KUBERNETES_EXEC_INFO"])
with open(os.path.join(here, "exec-info.json"), "w") as f:
    f.write(os.environ["KUBERNETES_EXEC_INFO"])
print(json.dumps({"apiVersion": info["apiVersion"], "kind": "ExecCredential", "status": status}))
"""


@pytest.fixture(autouse=True)
def _fresh_exec_cache() -> None:
    clear_exec_cache()


class Plugin:
    def __init__(self, directory: Path, credential: dict[str, Any]) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.dir = directory
        self.path = directory / "plugin.py"
        self.path.write_text(f"#!{sys.executable}\n" + PLUGIN)
        self.path.chmod(0o700)
        (directory / "credential.json").write_text(json.dumps(credential))
        (directory / "credential.json").chmod(0o600)

    @property
    def runs(self) -> int:
        count = self.dir / "runs"
        return int(count.read_text()) if count.exists() else 0


def kubeconfig_with_plugin(tb: Testbed, plugin: Plugin, api: str = "v1") -> Path:
    """The testbed's kubeconfig plus a context ``plugin`` whose user runs ``plugin``."""
    data = yaml.safe_load(Path(tb.kubeconfig).read_text())
    section: dict[str, Any] = {
        "apiVersion": f"client.authentication.k8s.io/{api}",
        "command": str(plugin.path),
        "provideClusterInfo": True,
    }
    if api == "v1":
        section["interactiveMode"] = "Never"
    data["users"].append({"name": "plugin-user", "user": {"exec": section}})
    cluster = data["clusters"][0]["name"]
    data["contexts"].append(
        {"name": "plugin", "context": {"cluster": cluster, "user": "plugin-user"}}
    )
    path = plugin.dir / "kubeconfig"
    path.write_text(yaml.safe_dump(data))
    path.chmod(0o600)
    return path


def who_am_i(api_client: client.ApiClient) -> Any:
    review = client.AuthenticationV1Api(api_client).create_self_subject_review(
        client.V1SelfSubjectReview()
    )
    return review.status.user_info


def sign_client_certificate(tb: Testbed, user: str, group: str) -> tuple[str, str]:
    """A client certificate for ``user`` in ``group`` signed by the testbed's CA (the ``pki``
    directory beside its kubeconfig)."""
    pki = Path(tb.kubeconfig).parent / "pki"
    ca = x509.load_pem_x509_certificate((pki / "ca.crt").read_bytes())
    ca_key = serialization.load_pem_private_key((pki / "ca.key").read_bytes(), None)
    assert isinstance(ca_key, ec.EllipticCurvePrivateKey)
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(
            x509.Name(
                [
                    x509.NameAttribute(NameOID.ORGANIZATION_NAME, group),
                    x509.NameAttribute(NameOID.COMMON_NAME, user),
                ]
            )
        )
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(hours=1))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return cert.public_bytes(serialization.Encoding.PEM).decode(), key_pem.decode()


# -- client certificate ---------------------------------------------------------------------


def test_plugin_issuing_a_client_certificate(testbed_cluster: Testbed, tmp_path: Path) -> None:
    cert, key = sign_client_certificate(testbed_cluster, CERT_USER, CERT_GROUP)
    plugin = Plugin(
        tmp_path / "plugin",
        {"status": {"clientCertificateData": cert, "clientKeyData": key}, "ttl": 3600},
    )
    path = kubeconfig_with_plugin(testbed_cluster, plugin)
    cfg = Configuration()
    config.load_kube_config(config_file=str(path), context="plugin", client_configuration=cfg)
    with client.ApiClient(cfg) as api_client:
        info = who_am_i(api_client)
        assert info.username == CERT_USER
        assert CERT_GROUP in info.groups
        assert info.username == who_am_i(api_client).username
    assert plugin.runs == 1
    assert key.strip().splitlines()[1] not in repr(cfg) + cfg.to_debug_report()
    # provideClusterInfo: the plugin was told which cluster it authenticates to
    info = json.loads((plugin.dir / "exec-info.json").read_text())
    assert info["apiVersion"] == "client.authentication.k8s.io/v1"
    assert info["spec"]["interactive"] is False
    cluster = info["spec"]["cluster"]
    assert cluster["server"] == testbed_cluster.server
    ca = base64.b64decode(cluster["certificate-authority-data"])
    assert ca == Path(testbed_cluster.ca_file).read_bytes()


def test_plugin_issuing_a_client_certificate_asyncio(
    testbed_cluster: Testbed, tmp_path: Path
) -> None:
    cert, key = sign_client_certificate(testbed_cluster, CERT_USER, CERT_GROUP)
    plugin = Plugin(
        tmp_path / "plugin", {"status": {"clientCertificateData": cert, "clientKeyData": key}}
    )
    path = kubeconfig_with_plugin(testbed_cluster, plugin, api="v1beta1")

    async def main() -> list[Any]:
        api_client = await aconfig.new_client_from_config(config_file=str(path), context="plugin")
        async with api_client:
            auth = aclient.AuthenticationV1Api(api_client)
            reviews = await asyncio.gather(
                *(auth.create_self_subject_review(aclient.V1SelfSubjectReview()) for _ in range(3))
            )
        return [review.status.user_info for review in reviews]

    infos = asyncio.run(main())
    assert {info.username for info in infos} == {CERT_USER}
    assert all(CERT_GROUP in info.groups for info in infos)
    assert plugin.runs == 1


# -- short-lived tokens -----------------------------------------------------------------------


def test_short_lived_tokens_renewed_once_per_expiry(
    testbed_cluster: Testbed, testbed_namespace: str, tmp_path: Path
) -> None:
    """Tokens valid for 1.5 s: an 8-second loop of requests and a watch running alongside keep
    working; the plugin runs about once per expiry, not once per request."""
    ttl, duration = 1.5, 8.0
    token = testbed_cluster.credentials.admin_token.token
    plugin = Plugin(tmp_path / "plugin", {"status": {"token": token}, "ttl": ttl})
    path = kubeconfig_with_plugin(testbed_cluster, plugin)
    api_client = config.new_client_from_config(config_file=str(path), context="plugin")
    core = client.CoreV1Api(api_client)
    seen: list[str] = []
    watch = Watch()
    errors: list[BaseException] = []

    def watching() -> None:
        try:
            for event in watch.stream(
                core.list_namespaced_config_map, testbed_namespace, timeout_seconds=duration + 5
            ):
                name = event["object"].metadata.name
                if name.startswith("tick-"):
                    seen.append(name)
                if name == "tick-last":
                    watch.stop()
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    watcher = threading.Thread(target=watching)
    with api_client:
        assert who_am_i(api_client).username == "kubesmith-token-admin"
        watcher.start()
        requests = 0
        created: list[str] = []
        deadline = time.monotonic() + duration
        while time.monotonic() < deadline:
            name = f"tick-{uuid.uuid4().hex[:8]}"
            core.create_namespaced_config_map(
                testbed_namespace, client.V1ConfigMap(metadata=client.V1ObjectMeta(name=name))
            )
            created.append(name)
            core.list_namespaced_config_map(testbed_namespace)
            requests += 2
            time.sleep(0.1)
        core.create_namespaced_config_map(
            testbed_namespace, client.V1ConfigMap(metadata=client.V1ObjectMeta(name="tick-last"))
        )
        watcher.join(30)
    assert not watcher.is_alive()
    assert errors == []
    assert seen == [*created, "tick-last"]
    expiries = duration / ttl
    assert expiries - 1 <= plugin.runs <= expiries + 3, plugin.runs
    assert requests >= 3 * plugin.runs  # not once per request


def test_short_lived_tokens_asyncio(
    testbed_cluster: Testbed, testbed_namespace: str, tmp_path: Path
) -> None:
    """Tokens valid for 1 s: four concurrent request loops and a watch for 5 s."""
    ttl, duration = 1.0, 5.0
    token = testbed_cluster.credentials.admin_token.token
    plugin = Plugin(tmp_path / "plugin", {"status": {"token": token}, "ttl": ttl})
    path = kubeconfig_with_plugin(testbed_cluster, plugin)

    async def main() -> tuple[int, list[str], list[str]]:
        api_client = await aconfig.new_client_from_config(config_file=str(path), context="plugin")
        requests = 0
        created: list[str] = []
        seen: list[str] = []
        async with api_client:
            core = aclient.CoreV1Api(api_client)
            watch = AsyncWatch()

            async def watching() -> None:
                async for event in watch.stream(
                    core.list_namespaced_config_map,
                    testbed_namespace,
                    timeout_seconds=duration + 10,
                ):
                    name = event["object"].metadata.name
                    if name.startswith("tick-"):
                        seen.append(name)
                    if name == "tick-last":
                        watch.stop()
                        return

            async def worker(index: int) -> None:
                nonlocal requests
                deadline = time.monotonic() + duration
                while time.monotonic() < deadline:
                    await core.list_namespaced_config_map(testbed_namespace)
                    requests += 1
                    if index == 0:
                        name = f"tick-{uuid.uuid4().hex[:8]}"
                        created.append(name)
                        await core.create_namespaced_config_map(
                            testbed_namespace,
                            aclient.V1ConfigMap(metadata=aclient.V1ObjectMeta(name=name)),
                        )
                        requests += 1
                    await asyncio.sleep(0.05)

            watcher = asyncio.create_task(watching())
            await asyncio.sleep(0.2)
            await asyncio.gather(*(worker(i) for i in range(4)))
            await core.create_namespaced_config_map(
                testbed_namespace,
                aclient.V1ConfigMap(metadata=aclient.V1ObjectMeta(name="tick-last")),
            )
            await asyncio.wait_for(watcher, 30)
        return requests, created, seen

    requests, created, seen = asyncio.run(main())
    assert seen == [*created, "tick-last"]
    expiries = duration / ttl
    assert expiries - 1 <= plugin.runs <= expiries + 3, plugin.runs
    assert requests >= 3 * plugin.runs  # not once per request


def test_rejected_token_reruns_the_plugin_once(testbed_cluster: Testbed, tmp_path: Path) -> None:
    """The first token is not known to the server: the 401 re-runs the plugin, whose second
    token works; the request succeeds and later requests use the cached second token."""
    good = testbed_cluster.credentials.exec_token.token
    plugin = Plugin(tmp_path / "plugin", {"tokens": ["revoked-token", good]})
    path = kubeconfig_with_plugin(testbed_cluster, plugin)
    with config.new_client_from_config(config_file=str(path), context="plugin") as api_client:
        assert who_am_i(api_client).username == "kubesmith-exec-user"
        assert who_am_i(api_client).username == "kubesmith-exec-user"
    assert plugin.runs == 2


def test_rejected_token_reruns_the_plugin_once_asyncio(
    testbed_cluster: Testbed, tmp_path: Path
) -> None:
    good = testbed_cluster.credentials.exec_token.token
    plugin = Plugin(tmp_path / "plugin", {"tokens": ["revoked-token", good]})
    path = kubeconfig_with_plugin(testbed_cluster, plugin)

    async def main() -> str:
        api_client = await aconfig.new_client_from_config(config_file=str(path), context="plugin")
        async with api_client:
            review = await aclient.AuthenticationV1Api(api_client).create_self_subject_review(
                aclient.V1SelfSubjectReview()
            )
        return str(review.status.user_info.username)

    assert asyncio.run(main()) == "kubesmith-exec-user"
    assert plugin.runs == 2


def test_clients_with_the_same_exec_config_share_the_credential(
    testbed_cluster: Testbed,
) -> None:
    """The testbed's own ``exec`` context: several clients, sync and asyncio, one plugin run."""
    path = str(testbed_cluster.kubeconfig)
    clients = [config.new_client_from_config(config_file=path, context="exec") for _ in range(3)]
    sources = {id(c.configuration.token_source) for c in clients}
    assert len(sources) == 1
    plugin = clients[0].configuration.token_source
    assert isinstance(plugin, ExecCredentialPlugin)
    for api_client in clients:
        with api_client:
            assert who_am_i(api_client).username == "kubesmith-exec-user"

    async def main() -> str:
        api_client = await aconfig.new_client_from_config(config_file=path, context="exec")
        assert api_client.configuration.token_source is plugin
        async with api_client:
            review = await aclient.AuthenticationV1Api(api_client).create_self_subject_review(
                aclient.V1SelfSubjectReview()
            )
        return str(review.status.user_info.username)

    assert asyncio.run(main()) == "kubesmith-exec-user"
    assert plugin.runs == 1
