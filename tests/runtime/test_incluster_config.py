"""In-cluster configuration from the service-account mount."""

from __future__ import annotations

from pathlib import Path

import pytest
from runtime import config
from runtime.client.api_client import ApiClient
from runtime.client.auth import FileToken
from runtime.client.configuration import Configuration
from runtime.config.incluster_config import InClusterConfigLoader
from runtime_fakes import Pki, Reply, TestServer


def mount(
    tmp_path: Path, pki: Pki, token: str = "sa-token-1", namespace: str | None = "team"
) -> Path:
    root = tmp_path / "serviceaccount"
    root.mkdir()
    (root / "token").write_text(token)
    (root / "ca.crt").write_bytes(pki.read(pki.ca_cert))
    if namespace is not None:
        (root / "namespace").write_text(namespace + "\n")
    return root


def loader(root: Path, environ: dict[str, str]) -> InClusterConfigLoader:
    return InClusterConfigLoader(
        token_filename=str(root / "token"),
        cert_filename=str(root / "ca.crt"),
        namespace_filename=str(root / "namespace"),
        environ=environ,
    )


ENV = {"KUBERNETES_SERVICE_HOST": "10.0.0.1", "KUBERNETES_SERVICE_PORT": "443"}


def test_builds_the_configuration(tmp_path: Path, pki: Pki) -> None:
    root = mount(tmp_path, pki)
    cfg = loader(root, ENV).new_configuration()
    assert cfg.host == "https://10.0.0.1:443"
    assert cfg.ssl_ca_cert == str(root / "ca.crt")
    assert cfg.verify_ssl is True
    assert isinstance(cfg.token_source, FileToken)
    assert cfg.token_source.refresh_interval == 60.0
    assert cfg.token_source.token() == "sa-token-1"
    assert cfg.namespace == "team"
    cfg.ssl_context()


def test_ipv6_host_is_bracketed(tmp_path: Path, pki: Pki) -> None:
    root = mount(tmp_path, pki)
    env = {"KUBERNETES_SERVICE_HOST": "fd00::1", "KUBERNETES_SERVICE_PORT": "6443"}
    assert loader(root, env).new_configuration().host == "https://[fd00::1]:6443"


def test_namespace_sources(tmp_path: Path, pki: Pki) -> None:
    root = mount(tmp_path, pki, namespace=None)
    assert loader(root, ENV).new_configuration().namespace == "default"
    (root / "namespace").write_text("from-file")
    assert loader(root, ENV).new_configuration().namespace == "from-file"
    env = dict(ENV, POD_NAMESPACE="from-env")
    assert loader(root, env).new_configuration().namespace == "from-env"


@pytest.mark.parametrize(
    ("env", "remove", "message"),
    [
        ({}, None, "Service host/port is not set"),
        ({"KUBERNETES_SERVICE_HOST": "h", "KUBERNETES_SERVICE_PORT": ""}, None, "host/port"),
        (ENV, "token", "Service token file does not exist"),
        (ENV, "ca.crt", "Service certificate file does not exist"),
    ],
)
def test_errors(
    tmp_path: Path, pki: Pki, env: dict[str, str], remove: str | None, message: str
) -> None:
    root = mount(tmp_path, pki)
    if remove:
        (root / remove).unlink()
    with pytest.raises(config.ConfigException, match=message):
        loader(root, env).new_configuration()


def test_empty_token_is_an_error(tmp_path: Path, pki: Pki) -> None:
    root = mount(tmp_path, pki, token="")
    with pytest.raises(config.ConfigException, match="Token file exists but empty"):
        loader(root, ENV).new_configuration()


def test_rotated_token_is_used_after_a_minute_and_after_a_401(
    tmp_path: Path, pki: Pki, server: TestServer
) -> None:
    root = mount(tmp_path, pki, token="old")
    cfg = loader(root, ENV).new_configuration()
    cfg.host = server.url
    now = [0.0]
    source = FileToken(str(root / "token"), clock=lambda: now[0])
    cfg.token_source = source
    client = ApiClient(cfg)
    server.reply(Reply(200, {}))
    client.request("GET", "/api")
    assert server.last.headers["authorization"] == "Bearer old"
    (root / "token").write_text("new")
    now[0] = 30.0
    server.reply(Reply(200, {}))
    client.request("GET", "/api")
    assert server.last.headers["authorization"] == "Bearer old"
    now[0] = 61.0
    server.reply(Reply(200, {}))
    client.request("GET", "/api")
    assert server.last.headers["authorization"] == "Bearer new"
    # rotated again; the server rejects the old token at once: re-read and retry once
    (root / "token").write_text("newer")
    server.reply(Reply(401, {"kind": "Status", "code": 401}), Reply(200, {"ok": True}))
    assert client.request("GET", "/api") == {"ok": True}
    assert [r.headers["authorization"] for r in server.requests[-2:]] == [
        "Bearer new",
        "Bearer newer",
    ]


def test_load_incluster_config_sets_the_default(
    tmp_path: Path, pki: Pki, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = mount(tmp_path, pki)
    built = loader(root, ENV).load_and_set()
    assert Configuration.get_default_copy().host == built.host == "https://10.0.0.1:443"
    given = Configuration()
    given.api_key["authorization"] = "Bearer stale"
    loader(root, ENV).load_and_set(given)
    assert given.api_key == {}
    assert given.namespace == "team"


def test_load_config_uses_in_cluster_when_available(
    tmp_path: Path, pki: Pki, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = mount(tmp_path, pki)
    module = "runtime.config.incluster_config."
    monkeypatch.setattr(module + "SERVICE_TOKEN_FILENAME", str(root / "token"))
    monkeypatch.setattr(module + "SERVICE_CERT_FILENAME", str(root / "ca.crt"))
    monkeypatch.setattr(module + "SERVICE_NAMESPACE_FILENAME", str(root / "namespace"))
    for name, value in ENV.items():
        monkeypatch.setenv(name, value)
    kubeconfig = tmp_path / "kubeconfig"
    kubeconfig.write_text(
        "clusters: [{name: c, cluster: {server: 'https://kc:1'}}]\n"
        "contexts: [{name: x, context: {cluster: c}}]\ncurrent-context: x\n"
    )
    monkeypatch.setenv("KUBECONFIG", str(kubeconfig))
    config.load_config()
    assert Configuration.get_default_copy().host == "https://10.0.0.1:443"
    config.load_config(config_file=str(kubeconfig))
    assert Configuration.get_default_copy().host == "https://kc:1"
    config.load_incluster_config()
    assert Configuration.get_default_copy().namespace == "team"
