"""Exec credential plugins: real plugin processes (small Python scripts) against a real server."""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import json
import logging
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from runtime import config
from runtime.client.api_client import ApiClient, AsyncApiClient
from runtime.client.configuration import Configuration
from runtime.client.exceptions import ApiException
from runtime.config import exec_provider
from runtime.config.exec_provider import (
    ExecConfig,
    ExecCredentialPlugin,
    ExecPluginError,
    clear_exec_cache,
)
from runtime_fakes import Pki, Recorded, Reply, TestServer

SECRET = "exec-secret-token-3f9a"
V1 = "client.authentication.k8s.io/v1"
V1BETA1 = "client.authentication.k8s.io/v1beta1"

# A plugin that counts its runs in a file, records its environment and prints a credential.
# Behaviour comes from environment variables set in the kubeconfig's ``env``.
PLUGIN = r"""
import json, os, sys, time
state = os.environ["PLUGIN_STATE"]
count_file = os.path.join(state, "count")
try:
    count = int(open(count_file).read())
except FileNotFoundError:
    count = 0
count += 1
open(count_file, "w").write(str(count))
open(os.path.join(state, f"env-{count}.json"), "w").write(json.dumps(dict(os.environ)))
open(os.path.join(state, f"argv-{count}.json"), "w").write(json.dumps(sys.argv[1:]))
time.sleep(float(os.environ.get("PLUGIN_SLEEP", "0")))
if os.environ.get("PLUGIN_FAIL"):
    print("{\"status\": {\"token\": \"" + os.environ["PLUGIN_TOKEN"] + "\"}}")
    sys.stderr.write("boom: the identity provider said no\n")
    sys.exit(int(os.environ["PLUGIN_FAIL"]))
if os.environ.get("PLUGIN_RAW"):
    sys.stdout.write(os.environ["PLUGIN_RAW"])
    sys.exit(0)
status = {}
if os.environ.get("PLUGIN_TOKEN"):
    numbered = os.environ.get("PLUGIN_NUMBERED")
    status["token"] = os.environ["PLUGIN_TOKEN"] + ("-%d" % count if numbered else "")
if os.environ.get("PLUGIN_CERT"):
    status["clientCertificateData"] = open(os.environ["PLUGIN_CERT"]).read()
    status["clientKeyData"] = open(os.environ["PLUGIN_KEY"]).read()
if os.environ.get("PLUGIN_TTL"):
    # with PLUGIN_TTL_GROWS the n-th credential lives n times as long (tests with a fake clock)
    grows = count if os.environ.get("PLUGIN_TTL_GROWS") else 1
    expiry = time.time() + float(os.environ["PLUGIN_TTL"]) * grows
    status["expirationTimestamp"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(expiry))
if os.environ.get("PLUGIN_STDERR"):
    sys.stderr.write(os.environ["PLUGIN_STDERR"] + "\n")
api = json.loads(os.environ["KUBERNETES_EXEC_INFO"])["apiVersion"]
api = os.environ.get("PLUGIN_API", api)
print(json.dumps({"apiVersion": api, "kind": "ExecCredential", "status": status}))
"""


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    clear_exec_cache()


class Plugin:
    def __init__(self, tmp_path: Path) -> None:
        self.dir = tmp_path / "plugin"
        self.dir.mkdir()
        self.state = tmp_path / "state"
        self.state.mkdir()
        self.path = self.dir / "plugin.py"
        self.path.write_text(f"#!{sys.executable}\n" + PLUGIN)
        self.path.chmod(0o700)

    @property
    def runs(self) -> int:
        count = self.state / "count"
        return int(count.read_text()) if count.exists() else 0

    def env(self, run: int) -> dict[str, str]:
        data: dict[str, str] = json.loads((self.state / f"env-{run}.json").read_text())
        return data

    def argv(self, run: int) -> list[str]:
        data: list[str] = json.loads((self.state / f"argv-{run}.json").read_text())
        return data

    def exec_section(self, api: str = V1, **env: str) -> dict[str, Any]:
        section: dict[str, Any] = {
            "apiVersion": api,
            "command": str(self.path),
            "env": [{"name": "PLUGIN_STATE", "value": str(self.state)}]
            + [{"name": k, "value": v} for k, v in env.items()],
        }
        if api == V1:
            section["interactiveMode"] = "Never"
        return section


def kubeconfig(
    tmp_path: Path,
    server: str,
    exec_section: dict[str, Any],
    *,
    ca: str | None = None,
    cluster_extra: dict[str, Any] | None = None,
    name: str = "cfg",
) -> Path:
    cluster: dict[str, Any] = {"server": server}
    if ca:
        cluster["certificate-authority"] = ca
    cluster.update(cluster_extra or {})
    data = {
        "apiVersion": "v1",
        "kind": "Config",
        "clusters": [{"name": "c", "cluster": cluster}],
        "users": [{"name": "u", "user": {"exec": exec_section}}],
        "contexts": [{"name": "ctx", "context": {"cluster": "c", "user": "u"}}],
        "current-context": "ctx",
    }
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data))
    return path


def load(path: Path) -> Configuration:
    cfg = Configuration()
    config.load_kube_config(config_file=str(path), client_configuration=cfg)
    return cfg


def accept(*tokens: str) -> Any:
    def handler(request: Recorded) -> Reply:
        header = request.headers.get("authorization", "")
        if header.removeprefix("Bearer ") in tokens:
            return Reply(200, {"kind": "Status", "message": "ok"})
        return Reply(401, {"kind": "Status", "code": 401, "reason": "Unauthorized"})

    return handler


# -- tokens, caching, expiry --------------------------------------------------------------------


def test_v1_token_is_sent_and_cached_for_every_client(tmp_path: Path, server: TestServer) -> None:
    plugin = Plugin(tmp_path)
    path = kubeconfig(tmp_path, server.url, plugin.exec_section(PLUGIN_TOKEN=SECRET))
    server.handler = accept(SECRET)
    first, second = load(path), load(path)
    assert first.token_source is second.token_source  # one process-wide cache per exec config
    with ApiClient(first) as one, ApiClient(second) as two:
        for _ in range(3):
            one.request("GET", "/api")
            two.request("GET", "/api")
    assert plugin.runs == 1
    assert {r.headers["authorization"] for r in server.requests} == {f"Bearer {SECRET}"}


def test_args_env_and_exec_info_without_cluster(tmp_path: Path, server: TestServer) -> None:
    plugin = Plugin(tmp_path)
    section = plugin.exec_section(PLUGIN_TOKEN=SECRET, EXTRA="value")
    section["args"] = ["get-token", "--cluster", "prod"]
    path = kubeconfig(tmp_path, server.url, section)
    server.handler = accept(SECRET)
    with ApiClient(load(path)) as client:
        client.request("GET", "/api")
    env = plugin.env(1)
    assert env["EXTRA"] == "value"
    assert env["HOME"] == os.environ["HOME"]  # the parent's environment is kept
    assert json.loads(env["KUBERNETES_EXEC_INFO"]) == {
        "apiVersion": V1,
        "kind": "ExecCredential",
        "spec": {"interactive": False},
    }
    assert plugin.argv(1) == ["get-token", "--cluster", "prod"]


def test_provide_cluster_info_passes_cluster_and_exec_extension(
    tmp_path: Path, tls_server: TestServer, pki: Pki
) -> None:
    plugin = Plugin(tmp_path)
    section = plugin.exec_section(PLUGIN_TOKEN=SECRET)
    section["provideClusterInfo"] = True
    extension = {"audience": "kube", "region": "eu-1"}
    path = kubeconfig(
        tmp_path,
        tls_server.url,
        section,
        ca=pki.ca_cert,
        cluster_extra={
            "tls-server-name": "apiserver.test",
            "extensions": [
                {"name": "other", "extension": {"x": 1}},
                {"name": "client.authentication.k8s.io/exec", "extension": extension},
            ],
        },
    )
    tls_server.handler = accept(SECRET)
    with ApiClient(load(path)) as client:
        client.request("GET", "/api")
    info = json.loads(plugin.env(1)["KUBERNETES_EXEC_INFO"])
    cluster = info["spec"]["cluster"]
    assert cluster["server"] == tls_server.url
    assert cluster["tls-server-name"] == "apiserver.test"
    assert base64.b64decode(cluster["certificate-authority-data"]) == pki.read(pki.ca_cert)
    assert cluster["config"] == extension
    assert info["spec"]["interactive"] is False


def test_v1beta1_defaults_to_if_available_and_runs_non_interactive(
    tmp_path: Path, server: TestServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exec_provider, "stdin_is_terminal", lambda: False)
    plugin = Plugin(tmp_path)
    section = plugin.exec_section(V1BETA1, PLUGIN_TOKEN=SECRET)
    assert "interactiveMode" not in section
    path = kubeconfig(tmp_path, server.url, section)
    server.handler = accept(SECRET)
    cfg = load(path)
    assert isinstance(cfg.token_source, ExecCredentialPlugin)
    assert cfg.token_source.config.interactive_mode == "IfAvailable"
    with ApiClient(cfg) as client:
        client.request("GET", "/api")
    info = json.loads(plugin.env(1)["KUBERNETES_EXEC_INFO"])
    assert info == {"apiVersion": V1BETA1, "kind": "ExecCredential", "spec": {"interactive": False}}


def test_if_available_with_a_terminal_is_interactive(
    tmp_path: Path, server: TestServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exec_provider, "stdin_is_terminal", lambda: True)
    plugin = Plugin(tmp_path)
    section = plugin.exec_section(PLUGIN_TOKEN=SECRET)
    section["interactiveMode"] = "IfAvailable"
    source = ExecCredentialPlugin(ExecConfig.parse(section, "exec"))
    assert source.exec_info(source._interactive())["spec"] == {"interactive": True}


def test_always_without_a_terminal_fails_clearly(
    tmp_path: Path, server: TestServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exec_provider, "stdin_is_terminal", lambda: False)
    plugin = Plugin(tmp_path)
    section = plugin.exec_section(PLUGIN_TOKEN=SECRET)
    section["interactiveMode"] = "Always"
    with ApiClient(load(kubeconfig(tmp_path, server.url, section))) as client:
        with pytest.raises(ExecPluginError, match="Always but standard input is not a terminal"):
            client.request("GET", "/api")
    assert plugin.runs == 0
    assert server.requests == []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"interactiveMode": None}, r"exec\.interactiveMode: required for .*/v1"),
        ({"interactiveMode": "Sometimes"}, r"exec\.interactiveMode: invalid value 'Sometimes'"),
        (
            {"apiVersion": "client.authentication.k8s.io/v1alpha1"},
            r"exec\.apiVersion: .*v1alpha1 was removed",
        ),
        ({"command": ""}, r"exec\.command: the exec plugin has no command"),
        ({"args": "--flag"}, r"exec\.args: must be a list of strings"),
        ({"env": [{"value": "x"}]}, r"exec\.env\[0\]: must be a mapping with a name"),
        ({"provideClusterInfo": "yes"}, r"exec\.provideClusterInfo: must be true or false"),
    ],
)
def test_invalid_exec_sections_are_rejected(
    tmp_path: Path, change: dict[str, Any], message: str
) -> None:
    plugin = Plugin(tmp_path)
    section = plugin.exec_section()
    for key, value in change.items():
        if value is None:
            section.pop(key)
        else:
            section[key] = value
    with pytest.raises(config.ConfigException, match=r"users\[0\]\.user\." + message):
        load(kubeconfig(tmp_path, "https://k8s.example", section))


def test_exec_with_auth_provider_is_invalid(tmp_path: Path) -> None:
    plugin = Plugin(tmp_path)
    data = yaml.safe_load(kubeconfig(tmp_path, "https://x", plugin.exec_section()).read_text())
    data["users"][0]["user"]["auth-provider"] = {"name": "oidc", "config": {}}
    with pytest.raises(config.ConfigException, match="exec and auth-provider are both set"):
        config.load_kube_config_from_dict(data, client_configuration=Configuration())


def test_relative_command_resolves_against_the_kubeconfig(
    tmp_path: Path, server: TestServer
) -> None:
    plugin = Plugin(tmp_path)
    section = plugin.exec_section(PLUGIN_TOKEN=SECRET)
    section["command"] = "./plugin/plugin.py"
    server.handler = accept(SECRET)
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    old = os.getcwd()
    os.chdir(elsewhere)
    try:
        with ApiClient(load(kubeconfig(tmp_path, server.url, section))) as client:
            client.request("GET", "/api")
    finally:
        os.chdir(old)
    assert plugin.runs == 1


def test_command_found_on_path(
    tmp_path: Path, server: TestServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    plugin = Plugin(tmp_path)
    monkeypatch.setenv("PATH", f"{plugin.dir}{os.pathsep}{os.environ.get('PATH', '')}")
    section = plugin.exec_section(PLUGIN_TOKEN=SECRET)
    section["command"] = "plugin.py"
    server.handler = accept(SECRET)
    with ApiClient(load(kubeconfig(tmp_path, server.url, section))) as client:
        client.request("GET", "/api")
    assert plugin.runs == 1


def test_missing_command_shows_the_install_hint(tmp_path: Path, server: TestServer) -> None:
    section = {
        "apiVersion": V1,
        "command": "kubesmith-no-such-plugin",
        "interactiveMode": "Never",
        "installHint": "Install it with: brew install kubesmith-no-such-plugin",
    }
    with ApiClient(load(kubeconfig(tmp_path, server.url, section))) as client:
        with pytest.raises(ExecPluginError) as excinfo:
            client.request("GET", "/api")
    text = str(excinfo.value)
    assert "executable kubesmith-no-such-plugin not found" in text
    assert "brew install kubesmith-no-such-plugin" in text
    assert "users[0].user.exec" in text


def test_missing_absolute_command_shows_the_install_hint(tmp_path: Path) -> None:
    section = {
        "apiVersion": V1,
        "command": str(tmp_path / "gone"),
        "interactiveMode": "Never",
        "installHint": "get it from example.com",
    }
    source = ExecCredentialPlugin(ExecConfig.parse(section, "exec"))
    with pytest.raises(ExecPluginError, match=r"not found(.|\n)*get it from example.com"):
        source.token()


def test_expired_token_is_renewed_once_per_expiry(tmp_path: Path, server: TestServer) -> None:
    plugin = Plugin(tmp_path)
    section = plugin.exec_section(
        PLUGIN_TOKEN="tok", PLUGIN_NUMBERED="1", PLUGIN_TTL="60", PLUGIN_TTL_GROWS="1"
    )
    now = [time.time()]
    source = ExecCredentialPlugin(ExecConfig.parse(section, "exec"), clock=lambda: now[0])
    cfg = Configuration(host=server.url, token_source=source)
    server.handler = accept("tok-1", "tok-2", "tok-3")
    with ApiClient(cfg) as client:
        for _ in range(3):
            client.request("GET", "/api")
        assert plugin.runs == 1
        now[0] += 61  # past expirationTimestamp
        for _ in range(3):
            client.request("GET", "/api")
        assert plugin.runs == 2
        now[0] += 61
        client.request("GET", "/api")
    assert plugin.runs == 3
    tokens = [r.headers["authorization"] for r in server.requests]
    assert tokens == ["Bearer tok-1"] * 3 + ["Bearer tok-2"] * 3 + ["Bearer tok-3"]


def test_expiry_with_the_real_clock(tmp_path: Path, server: TestServer) -> None:
    plugin = Plugin(tmp_path)
    path = kubeconfig(
        tmp_path,
        server.url,
        plugin.exec_section(PLUGIN_TOKEN="tok", PLUGIN_NUMBERED="1", PLUGIN_TTL="1"),
    )
    # the exact caching is the fake clock's test above; here only that a token past its real
    # expiry is replaced before it is sent (a loaded machine may take over a second per plugin
    # run, so which numbers the first two requests get is the clock's)
    server.handler = accept(*(f"tok-{n}" for n in range(1, 10)))
    with ApiClient(load(path)) as client:
        client.request("GET", "/api")
        client.request("GET", "/api")
        time.sleep(2.1)  # RFC 3339 seconds: the token expired within at most two seconds
        before = plugin.runs
        client.request("GET", "/api")
    tokens = [r.headers["authorization"] for r in server.requests]
    assert len(tokens) == 3, "no request was refused, so none was retried"
    assert plugin.runs > before
    assert tokens[2] == f"Bearer tok-{plugin.runs}"
    assert tokens[2] not in tokens[:2]


def test_a_401_runs_the_plugin_again_once(tmp_path: Path, server: TestServer) -> None:
    plugin = Plugin(tmp_path)
    path = kubeconfig(
        tmp_path, server.url, plugin.exec_section(PLUGIN_TOKEN="tok", PLUGIN_NUMBERED="1")
    )
    server.handler = accept("tok-2")  # the first token was revoked on the server
    with ApiClient(load(path)) as client:
        assert client.request("GET", "/api")["message"] == "ok"
        client.request("GET", "/api")
    assert plugin.runs == 2
    assert [r.headers["authorization"] for r in server.requests] == [
        "Bearer tok-1",
        "Bearer tok-2",
        "Bearer tok-2",
    ]


def test_a_401_with_a_fresh_credential_is_returned_after_one_rerun(
    tmp_path: Path, server: TestServer
) -> None:
    plugin = Plugin(tmp_path)
    path = kubeconfig(
        tmp_path, server.url, plugin.exec_section(PLUGIN_TOKEN="tok", PLUGIN_NUMBERED="1")
    )
    server.handler = accept()  # nothing is accepted
    with ApiClient(load(path)) as client:
        with pytest.raises(ApiException) as excinfo:
            client.request("GET", "/api")
    assert excinfo.value.status == 401
    assert plugin.runs == 2
    assert len(server.requests) == 2


def test_request_with_its_own_authorization_is_left_alone(
    tmp_path: Path, server: TestServer
) -> None:
    plugin = Plugin(tmp_path)
    path = kubeconfig(tmp_path, server.url, plugin.exec_section(PLUGIN_TOKEN=SECRET))
    server.handler = accept("mine")
    with ApiClient(load(path)) as client:
        client.request("GET", "/api", headers={"Authorization": "Bearer mine"})
    assert server.last.headers["authorization"] == "Bearer mine"


# -- failures never leak the credential ---------------------------------------------------------


def test_failure_reports_exit_code_and_stderr_but_not_the_credential(
    tmp_path: Path, server: TestServer
) -> None:
    plugin = Plugin(tmp_path)
    path = kubeconfig(
        tmp_path, server.url, plugin.exec_section(PLUGIN_TOKEN=SECRET, PLUGIN_FAIL="3")
    )
    with ApiClient(load(path)) as client:
        with pytest.raises(ExecPluginError) as excinfo:
            client.request("GET", "/api")
    text = str(excinfo.value)
    assert "exit code 3" in text
    assert "boom: the identity provider said no" in text
    assert str(plugin.path) in text
    assert SECRET not in text
    assert server.requests == []


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("not json " + SECRET, "not a JSON ExecCredential"),
        (json.dumps({"apiVersion": V1, "kind": "Pod", "status": {"token": SECRET}}), "not an Ex"),
        (
            json.dumps(
                {"apiVersion": V1BETA1, "kind": "ExecCredential", "status": {"token": SECRET}}
            ),
            "returned apiVersion '.*v1beta1', expected '.*v1'",
        ),
        (
            json.dumps(
                {"apiVersion": V1, "kind": "ExecCredential", "status": {"clientKeyData": SECRET}}
            ),
            "must both be present",
        ),
        (json.dumps({"apiVersion": V1, "kind": "ExecCredential", "status": {}}), "neither a token"),
        (
            json.dumps(
                {
                    "apiVersion": V1,
                    "kind": "ExecCredential",
                    "status": {"token": SECRET, "expirationTimestamp": "tomorrow"},
                }
            ),
            "invalid expirationTimestamp",
        ),
    ],
)
def test_bad_plugin_output_is_reported_without_the_credential(
    tmp_path: Path, raw: str, message: str
) -> None:
    plugin = Plugin(tmp_path)
    section = plugin.exec_section(PLUGIN_RAW=raw)
    source = ExecCredentialPlugin(ExecConfig.parse(section, "users[0].user.exec"))
    with pytest.raises(ExecPluginError, match=message) as excinfo:
        source.token()
    assert SECRET not in str(excinfo.value)


def test_no_credential_in_reprs_or_logs(
    tmp_path: Path, server: TestServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    plugin = Plugin(tmp_path)
    path = kubeconfig(
        tmp_path, server.url, plugin.exec_section(PLUGIN_TOKEN=SECRET, SECRET_ENV=SECRET)
    )
    server.handler = accept(SECRET)
    cfg = load(path)
    with ApiClient(cfg) as client:
        client.request("GET", "/api")
    assert isinstance(cfg.token_source, ExecCredentialPlugin)
    credential = cfg.token_source.credential()
    text = "\n".join(
        [
            repr(cfg),
            cfg.to_debug_report(),
            repr(cfg.token_source),
            repr(cfg.token_source.config),
            repr(credential),
            caplog.text,
        ]
    )
    assert "ExecCredentialPlugin" in text
    assert SECRET not in text


def test_plugin_stderr_is_passed_through(
    tmp_path: Path, server: TestServer, capfd: pytest.CaptureFixture[str]
) -> None:
    plugin = Plugin(tmp_path)
    path = kubeconfig(
        tmp_path,
        server.url,
        plugin.exec_section(PLUGIN_TOKEN=SECRET, PLUGIN_STDERR="notice: using cached login"),
    )
    server.handler = accept(SECRET)
    with ApiClient(load(path)) as client:
        client.request("GET", "/api")
    assert "notice: using cached login" in capfd.readouterr().err


# -- client certificates ------------------------------------------------------------------------


def test_client_certificate_credential(tmp_path: Path, tls_server: TestServer, pki: Pki) -> None:
    plugin = Plugin(tmp_path)
    section = plugin.exec_section(PLUGIN_CERT=pki.client_cert, PLUGIN_KEY=pki.client_key)
    path = kubeconfig(tmp_path, tls_server.url, section, ca=pki.ca_cert)
    tls_server.handler = lambda request: Reply(200, {"ok": True})
    cfg = load(path)
    with ApiClient(cfg) as client:
        client.request("GET", "/api")
        client.request("GET", "/api")
    assert plugin.runs == 1
    for request in tls_server.requests:
        assert request.client_cert is not None
        assert ((("commonName", "alice"),),) == tuple(
            rdn for rdn in request.client_cert["subject"] if rdn[0][0] == "commonName"
        )
        assert "authorization" not in request.headers
    assert cfg.cert_data == pki.read(pki.client_cert)
    key_text = pki.read(pki.client_key).decode()
    assert key_text not in repr(cfg) and "PRIVATE KEY" not in repr(cfg)


def _common_name(request: Recorded) -> str:
    assert request.client_cert is not None
    for rdn in request.client_cert["subject"]:
        for key, value in rdn:
            if key == "commonName":
                return str(value)
    raise AssertionError("no common name")


def test_renewed_client_certificate_gets_new_connections(
    tmp_path: Path, tls_server: TestServer, pki: Pki
) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from runtime_fakes import _leaf

    ca = x509.load_pem_x509_certificate(pki.read(pki.ca_cert))
    ca_key = serialization.load_pem_private_key(pki.read(pki.ca_key), None)
    bob, bob_key = _leaf(ca, ca_key, "bob", server=False)  # type: ignore[arg-type]
    cert_file, key_file = tmp_path / "issued.crt", tmp_path / "issued.key"
    cert_file.write_bytes(pki.read(pki.client_cert))
    key_file.write_bytes(pki.read(pki.client_key))
    plugin = Plugin(tmp_path)
    section = plugin.exec_section(PLUGIN_CERT=str(cert_file), PLUGIN_KEY=str(key_file))
    section["env"].append({"name": "PLUGIN_TTL", "value": "60"})
    section["env"].append({"name": "PLUGIN_TTL_GROWS", "value": "1"})
    now = [time.time()]
    source = ExecCredentialPlugin(ExecConfig.parse(section, "exec"), clock=lambda: now[0])
    cfg = Configuration(host=tls_server.url, ssl_ca_cert=pki.ca_cert, token_source=source)
    tls_server.handler = lambda request: Reply(200, {"ok": True})
    with ApiClient(cfg) as client:
        client.request("GET", "/api")
        client.request("GET", "/api")
        pool = client.http
        # the identity provider issues a new certificate; the old one expires
        cert_file.write_bytes(bob.public_bytes(serialization.Encoding.PEM))
        key_file.write_bytes(
            bob_key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        now[0] += 61
        client.request("GET", "/api")
        assert client.http is not pool
    assert plugin.runs == 2
    assert [_common_name(r) for r in tls_server.requests] == ["alice", "alice", "bob"]


# -- asyncio ------------------------------------------------------------------------------------


def test_asyncio_token_plugin_runs_off_the_event_loop(tmp_path: Path, server: TestServer) -> None:
    plugin = Plugin(tmp_path)
    path = kubeconfig(
        tmp_path, server.url, plugin.exec_section(PLUGIN_TOKEN=SECRET, PLUGIN_SLEEP="0.6")
    )
    server.handler = accept(SECRET)
    cfg = load(path)

    async def main() -> int:
        ticks = 0
        stop = asyncio.Event()

        async def ticker() -> None:
            nonlocal ticks
            while not stop.is_set():
                ticks += 1
                await asyncio.sleep(0.05)

        task = asyncio.create_task(ticker())
        async with AsyncApiClient(cfg) as client:
            results = await asyncio.gather(*(client.request("GET", "/api") for _ in range(5)))
        stop.set()
        await task
        assert all(r["message"] == "ok" for r in results)
        return ticks

    ticks = asyncio.run(main())
    assert ticks >= 5  # the loop kept running while the plugin slept
    assert plugin.runs == 1


def test_asyncio_401_reruns_and_certificates(
    tmp_path: Path, server: TestServer, tls_server: TestServer, pki: Pki
) -> None:
    plugin = Plugin(tmp_path)
    path = kubeconfig(
        tmp_path, server.url, plugin.exec_section(PLUGIN_TOKEN="tok", PLUGIN_NUMBERED="1")
    )
    server.handler = accept("tok-2")
    certs_dir = tmp_path / "certs"
    certs_dir.mkdir()
    other = Plugin(certs_dir)
    cert_path = kubeconfig(
        certs_dir,
        tls_server.url,
        other.exec_section(PLUGIN_CERT=pki.client_cert, PLUGIN_KEY=pki.client_key),
        ca=pki.ca_cert,
    )
    tls_server.handler = lambda request: Reply(200, {"ok": True})

    async def main() -> None:
        async with AsyncApiClient(load(path)) as client:
            assert (await client.request("GET", "/api"))["message"] == "ok"
        async with AsyncApiClient(load(cert_path)) as client:
            assert (await client.request("GET", "/api")) == {"ok": True}

    asyncio.run(main())
    assert plugin.runs == 2
    assert other.runs == 1
    assert tls_server.last.client_cert is not None


def test_asyncio_failure_is_raised(tmp_path: Path, server: TestServer) -> None:
    plugin = Plugin(tmp_path)
    path = kubeconfig(
        tmp_path, server.url, plugin.exec_section(PLUGIN_TOKEN=SECRET, PLUGIN_FAIL="7")
    )

    async def main() -> None:
        async with AsyncApiClient(load(path)) as client:
            await client.request("GET", "/api")

    with pytest.raises(ExecPluginError, match="exit code 7") as excinfo:
        asyncio.run(main())
    assert SECRET not in str(excinfo.value)


def test_concurrent_threads_share_one_run(tmp_path: Path, server: TestServer) -> None:
    plugin = Plugin(tmp_path)
    path = kubeconfig(
        tmp_path, server.url, plugin.exec_section(PLUGIN_TOKEN=SECRET, PLUGIN_SLEEP="0.3")
    )
    server.handler = accept(SECRET)
    cfg = load(path)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            with ApiClient(cfg) as client:
                client.request("GET", "/api")
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    assert plugin.runs == 1
    assert len(server.requests) == 6


def test_rfc3339_timestamps() -> None:
    parse = exec_provider._parse_rfc3339
    expected = dt.datetime(2030, 1, 2, 3, 4, 5, tzinfo=dt.UTC).timestamp()
    assert parse("2030-01-02T03:04:05Z") == expected
    assert parse("2030-01-02T04:04:05+01:00") == expected
    assert parse("2030-01-02T03:04:05.250Z") == expected + 0.25
    assert parse("soon") is None


@pytest.mark.parametrize(
    "static",
    [
        {"token": "static-token"},
        {"username": "bob", "password": "pw"},
    ],
)
def test_static_credentials_win_over_the_plugin(
    tmp_path: Path, server: TestServer, static: dict[str, str]
) -> None:
    """As client-go: a token, basic auth or a client certificate next to ``exec`` is used and
    the plugin never runs."""
    plugin = Plugin(tmp_path)
    path = kubeconfig(tmp_path, server.url, plugin.exec_section(PLUGIN_TOKEN=SECRET))
    data = yaml.safe_load(path.read_text())
    data["users"][0]["user"].update(static)
    path.write_text(yaml.safe_dump(data))
    server.handler = lambda request: Reply(200, {})
    cfg = load(path)
    assert cfg.token_source is None
    with ApiClient(cfg) as client:
        client.request("GET", "/api")
    assert plugin.runs == 0
    assert SECRET not in server.last.headers["authorization"]


def test_failing_rerun_after_a_401_returns_the_401(
    tmp_path: Path, server: TestServer, caplog: pytest.LogCaptureFixture
) -> None:
    """As client-go: the caller gets the 401; the plugin's failure goes to the log."""
    plugin = Plugin(tmp_path)
    section = plugin.exec_section(PLUGIN_TOKEN=SECRET)
    source = ExecCredentialPlugin(ExecConfig.parse(section, "exec"))
    cfg = Configuration(host=server.url, token_source=source)
    server.handler = accept()
    with ApiClient(cfg) as client:
        source.token()  # cached
        section["env"].append({"name": "PLUGIN_FAIL", "value": "5"})
        source.config = ExecConfig.parse(section, "exec")  # the plugin now fails
        with pytest.raises(ApiException) as excinfo:
            client.request("GET", "/api")
    assert excinfo.value.status == 401
    assert plugin.runs == 2
    assert "exit code 5" in caplog.text
    assert SECRET not in caplog.text


def test_interactive_run_passes_stdin_and_stderr_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(exec_provider, "stdin_is_terminal", lambda: True)
    plugin = Plugin(tmp_path)
    section = plugin.exec_section(PLUGIN_TOKEN=SECRET, PLUGIN_FAIL="4")
    section["interactiveMode"] = "Always"
    source = ExecCredentialPlugin(ExecConfig.parse(section, "exec"))
    with pytest.raises(ExecPluginError) as excinfo:
        source.token()
    assert "exit code 4 (exec) (its stderr went to the terminal)" in str(excinfo.value)
    assert "boom: the identity provider said no" in capfd.readouterr().err
    info = json.loads(plugin.env(1)["KUBERNETES_EXEC_INFO"])
    assert info["spec"] == {"interactive": True}
    assert SECRET not in str(excinfo.value)
