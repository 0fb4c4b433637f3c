"""No credential of any kind shows up in reprs, debug reports, exception text or logs (with
DEBUG logging on for the client, httpx and httpcore) — while requests succeed and fail."""

from __future__ import annotations

import base64
import logging
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from runtime import config
from runtime.client.api_client import ApiClient
from runtime.client.configuration import Configuration
from runtime.client.exceptions import ApiException
from runtime.config.exec_provider import clear_exec_cache
from runtime.config.incluster_config import InClusterConfigLoader
from runtime_fakes import Pki, Recorded, Reply, TestServer

TOKEN = "tok-SECRET-1d2c"
FILE_TOKEN = "file-SECRET-88ab"
PASSWORD = "pw-SECRET-4e5f"
EXEC_TOKEN = "exec-SECRET-0a9b"
ID_TOKEN_MARK = "idtok-SECRET"
REFRESH = "refresh-SECRET-77aa"
CLIENT_SECRET = "client-SECRET-3c3c"
ALL = (TOKEN, FILE_TOKEN, PASSWORD, EXEC_TOKEN, ID_TOKEN_MARK, REFRESH, CLIENT_SECRET)


def _id_token() -> str:
    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(repr(data).replace("'", '"').encode()).decode()

    payload = part({"sub": ID_TOKEN_MARK, "exp": int(time.time()) + 3600}).rstrip("=")
    return f"{part({'alg': 'none'}).rstrip('=')}.{payload}.c2ln"


def _users(tmp_path: Path, pki: Pki) -> dict[str, dict[str, Any]]:
    (tmp_path / "token").write_text(FILE_TOKEN)
    plugin = tmp_path / "plugin.py"
    plugin.write_text(
        f"#!{sys.executable}\nimport json\n"
        "print(json.dumps({'apiVersion': 'client.authentication.k8s.io/v1', "
        f"'kind': 'ExecCredential', 'status': {{'token': '{EXEC_TOKEN}'}}}}))\n"
    )
    plugin.chmod(0o700)
    return {
        "token": {"token": TOKEN},
        "token-file": {"tokenFile": str(tmp_path / "token")},
        "basic": {"username": "bob", "password": PASSWORD},
        "certificate": {
            "client-certificate-data": base64.b64encode(pki.read(pki.client_cert)).decode(),
            "client-key-data": base64.b64encode(pki.read(pki.client_key)).decode(),
        },
        "exec": {
            "exec": {
                "apiVersion": "client.authentication.k8s.io/v1",
                "command": str(plugin),
                "interactiveMode": "Never",
            }
        },
        "oidc": {
            "auth-provider": {
                "name": "oidc",
                "config": {
                    "idp-issuer-url": "https://idp.invalid",
                    "client-id": "kubectl",
                    "client-secret": CLIENT_SECRET,
                    "id-token": _id_token(),
                    "refresh-token": REFRESH,
                },
            }
        },
    }


@pytest.mark.parametrize("user", ["token", "token-file", "basic", "certificate", "exec", "oidc"])
@pytest.mark.parametrize("status", [401, 403])
def test_kubeconfig_credentials_stay_secret(
    tmp_path: Path,
    tls_server: TestServer,
    pki: Pki,
    caplog: pytest.LogCaptureFixture,
    user: str,
    status: int,
) -> None:
    clear_exec_cache()
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    users = _users(tmp_path, pki)
    data = {
        "apiVersion": "v1",
        "kind": "Config",
        "clusters": [
            {
                "name": "c",
                "cluster": {"server": tls_server.url, "certificate-authority": pki.ca_cert},
            }
        ],
        "users": [{"name": user, "user": users[user]}],
        "contexts": [{"name": "ctx", "context": {"cluster": "c", "user": user}}],
        "current-context": "ctx",
    }
    path = tmp_path / "kubeconfig"
    path.write_text(yaml.safe_dump(data))
    answer = {"kind": "Status", "code": status, "reason": "Unauthorized", "message": "no"}
    tls_server.handler = lambda request: Reply(status, answer)
    cfg = Configuration()
    config.load_kube_config(config_file=str(path), client_configuration=cfg)
    with ApiClient(cfg) as client:
        with pytest.raises(ApiException) as excinfo:
            client.request("GET", "/api/v1/pods")
    sent = tls_server.requests[0]
    assert sent.client_cert is not None or "authorization" in sent.headers  # it was used
    key = pki.read(pki.client_key).decode().strip().splitlines()[1]
    text = "\n".join(
        [
            str(excinfo.value),
            repr(excinfo.value),
            repr(cfg),
            cfg.to_debug_report(),
            repr(cfg.token_source),
            caplog.text,
        ]
    )
    for secret in (*ALL, key):
        assert secret not in text


def test_in_cluster_token_stays_secret(
    tmp_path: Path, tls_server: TestServer, pki: Pki, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    (tmp_path / "token").write_text(FILE_TOKEN)
    loader = InClusterConfigLoader(
        token_filename=str(tmp_path / "token"),
        cert_filename=pki.ca_cert,
        environ={"KUBERNETES_SERVICE_HOST": "127.0.0.1", "KUBERNETES_SERVICE_PORT": "1"},
        namespace_filename=str(tmp_path / "namespace"),
    )
    cfg = loader.new_configuration()
    cfg.host = tls_server.url

    def reply(request: Recorded) -> Reply:
        assert request.headers["authorization"] == f"Bearer {FILE_TOKEN}"
        return Reply(401, {"kind": "Status", "code": 401})

    tls_server.handler = reply
    with ApiClient(cfg) as client:
        with pytest.raises(ApiException) as excinfo:
            client.request("GET", "/api")
    text = "\n".join([str(excinfo.value), repr(cfg), cfg.to_debug_report(), caplog.text])
    assert FILE_TOKEN not in text
    assert cfg.namespace == "default"
