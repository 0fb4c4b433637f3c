"""The oidc auth-provider: a local HTTPS identity provider (discovery + token endpoint) issues
refreshed id-tokens; the API server is a second local server."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import os
import stat
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pytest
import yaml
from runtime import config
from runtime.client.api_client import ApiClient, AsyncApiClient
from runtime.client.configuration import Configuration
from runtime.client.exceptions import ApiException
from runtime.config.oidc import OidcAuthProvider, OidcError, clear_oidc_cache, id_token_expiry
from runtime_fakes import Pki, Recorded, Reply, TestServer

REFRESH = "refresh-secret-7c1d"
CLIENT_SECRET = "client-secret-b2e8"


def jwt(exp: float, subject: str = "jane") -> str:
    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")

    return f"{part({'alg': 'RS256'})}.{part({'sub': subject, 'exp': int(exp)})}.c2lnbmF0dXJl"


class Issuer:
    """Discovery and token endpoint over TLS; every refresh issues a new id-token (and rotates
    the refresh token)."""

    def __init__(self, server: TestServer, *, rotate: bool = True) -> None:
        self.server = server
        self.url = server.url
        self.rotate = rotate
        self.issued: list[str] = []
        self.refresh_token = REFRESH
        self.grants: list[dict[str, str]] = []
        self.refuse = False
        server.handler = self.handle

    def handle(self, request: Recorded) -> Reply:
        if request.path == "/.well-known/openid-configuration":
            return Reply(
                200,
                {
                    "issuer": self.url,
                    "token_endpoint": self.url + "/token",
                    "jwks_uri": self.url + "/keys",
                },
            )
        if request.path == "/token" and request.method == "POST":
            form = dict(parse_qsl(request.body.decode()))
            form["authorization"] = request.headers.get("authorization", "")
            self.grants.append(form)
            if self.refuse or form.get("refresh_token") != self.refresh_token:
                return Reply(400, {"error": "invalid_grant", "error_description": "expired"})
            token = jwt(time.time() + 3600, subject=f"jane-{len(self.issued) + 1}")
            self.issued.append(token)
            answer = {"access_token": "at", "token_type": "Bearer", "id_token": token}
            if self.rotate:
                self.refresh_token = f"{REFRESH}-{len(self.issued)}"
                answer["refresh_token"] = self.refresh_token
            return Reply(200, answer)
        return Reply(404, {})


@pytest.fixture(autouse=True)
def _fresh_providers() -> None:
    clear_oidc_cache()


@pytest.fixture
def issuer(pki: Pki) -> Any:
    with TestServer(pki=pki) as server:
        yield Issuer(server)


def write_kubeconfig(
    path: Path,
    api: str,
    issuer_url: str,
    id_token: str,
    *,
    ca_data: bytes | None = None,
    ca_file: str | None = None,
    refresh: str | None = REFRESH,
    extra_users: bool = True,
) -> Path:
    provider_config: dict[str, Any] = {
        "idp-issuer-url": issuer_url,
        "client-id": "kubectl",
        "client-secret": CLIENT_SECRET,
        "id-token": id_token,
        "extra-scopes": "groups",
    }
    if refresh:
        provider_config["refresh-token"] = refresh
    if ca_data:
        provider_config["idp-certificate-authority-data"] = base64.b64encode(ca_data).decode()
    if ca_file:
        provider_config["idp-certificate-authority"] = ca_file
    users: list[dict[str, Any]] = [
        {
            "name": "oidc-user",
            "user": {"auth-provider": {"name": "oidc", "config": provider_config}},
        }
    ]
    if extra_users:
        users.append({"name": "other", "user": {"token": "untouched-token"}})
    data = {
        "apiVersion": "v1",
        "kind": "Config",
        "preferences": {},
        "clusters": [{"name": "c", "cluster": {"server": api}}],
        "users": users,
        "contexts": [{"name": "ctx", "context": {"cluster": "c", "user": "oidc-user"}}],
        "current-context": "ctx",
    }
    path.write_text(yaml.safe_dump(data))
    path.chmod(0o640)
    return path


def load(path: Path | str, persist: bool = True) -> Configuration:
    cfg = Configuration()
    config.load_kube_config(config_file=str(path), client_configuration=cfg, persist_config=persist)
    return cfg


def provider_config(path: Path) -> dict[str, str]:
    data = yaml.safe_load(path.read_text())
    return dict(data["users"][0]["user"]["auth-provider"]["config"])


def accept(*tokens: str) -> Any:
    def handler(request: Recorded) -> Reply:
        if request.headers.get("authorization", "").removeprefix("Bearer ") in tokens:
            return Reply(200, {"kind": "Status", "message": "ok"})
        return Reply(401, {"kind": "Status", "code": 401, "reason": "Unauthorized"})

    return handler


def test_valid_id_token_is_used_without_asking_the_issuer(
    tmp_path: Path, server: TestServer, issuer: Issuer, pki: Pki
) -> None:
    token = jwt(time.time() + 600)
    path = write_kubeconfig(
        tmp_path / "cfg", server.url, issuer.url, token, ca_data=pki.read(pki.ca_cert)
    )
    before = path.read_text()
    server.handler = accept(token)
    with ApiClient(load(path)) as client:
        client.request("GET", "/api")
    assert server.last.headers["authorization"] == f"Bearer {token}"
    assert issuer.server.requests == []
    assert path.read_text() == before


@pytest.mark.parametrize("expires_in", [-60, 5])  # expired, and within the 10 s margin
def test_expiring_id_token_is_refreshed_and_persisted_atomically(
    tmp_path: Path, server: TestServer, issuer: Issuer, pki: Pki, expires_in: int
) -> None:
    old = jwt(time.time() + expires_in)
    path = write_kubeconfig(
        tmp_path / "cfg", server.url, issuer.url, old, ca_data=pki.read(pki.ca_cert)
    )
    inode = path.stat().st_ino
    server.handler = lambda request: accept(*issuer.issued)(request)
    with ApiClient(load(path)) as client:
        assert client.request("GET", "/api")["message"] == "ok"
        client.request("GET", "/api")
    assert len(issuer.issued) == 1
    assert [r.path for r in issuer.server.requests] == [
        "/.well-known/openid-configuration",
        "/token",
    ]
    assert issuer.grants[0]["grant_type"] == "refresh_token"
    assert issuer.grants[0]["refresh_token"] == REFRESH
    expected = "Basic " + base64.b64encode(f"kubectl:{CLIENT_SECRET}".encode()).decode()
    assert issuer.grants[0]["authorization"] == expected
    assert {r.headers["authorization"] for r in server.requests} == {f"Bearer {issuer.issued[0]}"}
    saved = provider_config(path)
    assert saved["id-token"] == issuer.issued[0]
    assert saved["refresh-token"] == f"{REFRESH}-1"
    assert saved["client-secret"] == CLIENT_SECRET and saved["extra-scopes"] == "groups"
    data = yaml.safe_load(path.read_text())
    assert data["users"][1] == {"name": "other", "user": {"token": "untouched-token"}}
    assert data["current-context"] == "ctx"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert path.stat().st_ino != inode  # replaced by rename, not rewritten in place
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cfg"]  # no temporary file left
    # a new load uses the persisted token without a refresh
    server.handler = accept(issuer.issued[0])
    with ApiClient(load(path)) as client:
        client.request("GET", "/api")
    assert len(issuer.issued) == 1


def test_issuer_ca_from_a_relative_file(
    tmp_path: Path, server: TestServer, issuer: Issuer, pki: Pki
) -> None:
    (tmp_path / "idp-ca.crt").write_bytes(pki.read(pki.ca_cert))
    path = write_kubeconfig(
        tmp_path / "cfg", server.url, issuer.url, jwt(time.time() - 1), ca_file="idp-ca.crt"
    )
    server.handler = lambda request: accept(*issuer.issued)(request)
    with ApiClient(load(path)) as client:
        client.request("GET", "/api")
    assert len(issuer.issued) == 1


def test_tls_to_the_issuer_is_verified(
    tmp_path: Path, server: TestServer, issuer: Issuer, pki: Pki
) -> None:
    # no idp CA: the system store does not trust the test CA, so the refresh must fail
    path = write_kubeconfig(tmp_path / "cfg", server.url, issuer.url, jwt(time.time() - 1))
    with ApiClient(load(path)) as client:
        with pytest.raises(OidcError, match=r"CERTIFICATE_VERIFY_FAILED|certificate verify"):
            client.request("GET", "/api")
    # a different CA fails the same way
    other = write_kubeconfig(
        tmp_path / "other",
        server.url,
        issuer.url,
        jwt(time.time() - 1),
        ca_data=pki.read(pki.other_ca_cert),
    )
    with ApiClient(load(other)) as client:
        with pytest.raises(OidcError, match=r"certificate verify failed|CERTIFICATE_VERIFY"):
            client.request("GET", "/api")
    assert issuer.grants == []
    assert server.requests == []


def test_refused_refresh_names_the_error_but_no_secret(
    tmp_path: Path, server: TestServer, issuer: Issuer, pki: Pki, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    issuer.refuse = True
    old = jwt(time.time() - 1)
    path = write_kubeconfig(
        tmp_path / "cfg", server.url, issuer.url, old, ca_data=pki.read(pki.ca_cert)
    )
    with ApiClient(load(path)) as client:
        with pytest.raises(OidcError) as excinfo:
            client.request("GET", "/api")
    text = str(excinfo.value)
    assert "HTTP 400 (invalid_grant: expired)" in text
    assert "users[0].user.auth-provider.config" in text
    # both client authentication styles were tried
    assert len(issuer.grants) == 2
    assert issuer.grants[1]["client_id"] == "kubectl"
    assert issuer.grants[1]["client_secret"] == CLIENT_SECRET
    for secret in (REFRESH, CLIENT_SECRET, old):
        assert secret not in text
        assert secret not in caplog.text


def test_expired_without_refresh_token_is_an_error(
    tmp_path: Path, server: TestServer, issuer: Issuer, pki: Pki
) -> None:
    old = jwt(time.time() - 1)
    path = write_kubeconfig(
        tmp_path / "cfg", server.url, issuer.url, old, refresh=None, ca_data=pki.read(pki.ca_cert)
    )
    with ApiClient(load(path)) as client:
        with pytest.raises(OidcError, match="id-token has expired and it cannot be refreshed"):
            client.request("GET", "/api")
    assert issuer.server.requests == []


def test_a_401_refreshes_once(tmp_path: Path, server: TestServer, issuer: Issuer, pki: Pki) -> None:
    revoked = jwt(time.time() + 600)
    path = write_kubeconfig(
        tmp_path / "cfg", server.url, issuer.url, revoked, ca_data=pki.read(pki.ca_cert)
    )
    server.handler = lambda request: accept(*issuer.issued)(request)
    with ApiClient(load(path)) as client:
        assert client.request("GET", "/api")["message"] == "ok"
    assert [r.headers["authorization"] for r in server.requests] == [
        f"Bearer {revoked}",
        f"Bearer {issuer.issued[0]}",
    ]
    # everything refused: one refresh, then the 401 is raised
    server.handler = accept()
    with ApiClient(load(path)) as client:
        with pytest.raises(ApiException) as excinfo:
            client.request("GET", "/api")
    assert excinfo.value.status == 401
    assert len(issuer.issued) == 2


def test_persist_config_false_leaves_the_file_alone(
    tmp_path: Path, server: TestServer, issuer: Issuer, pki: Pki
) -> None:
    path = write_kubeconfig(
        tmp_path / "cfg",
        server.url,
        issuer.url,
        jwt(time.time() - 1),
        ca_data=pki.read(pki.ca_cert),
    )
    before = path.read_text()
    server.handler = lambda request: accept(*issuer.issued)(request)
    with ApiClient(load(path, persist=False)) as client:
        client.request("GET", "/api")
    assert len(issuer.issued) == 1
    assert path.read_text() == before


def test_user_from_the_second_kubeconfig_file_is_updated_there(
    tmp_path: Path,
    server: TestServer,
    issuer: Issuer,
    pki: Pki,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    second = write_kubeconfig(
        tmp_path / "second",
        server.url,
        issuer.url,
        jwt(time.time() - 1),
        ca_data=pki.read(pki.ca_cert),
        extra_users=False,
    )
    first = tmp_path / "first"
    first.write_text(yaml.safe_dump({"apiVersion": "v1", "kind": "Config", "preferences": {}}))
    first_before = first.read_text()
    monkeypatch.setenv("KUBECONFIG", f"{first}{os.pathsep}{second}")
    server.handler = lambda request: accept(*issuer.issued)(request)
    cfg = Configuration()
    config.load_kube_config(client_configuration=cfg)
    with ApiClient(cfg) as client:
        client.request("GET", "/api")
    assert provider_config(second)["id-token"] == issuer.issued[0]
    assert first.read_text() == first_before


def test_asyncio_refresh(tmp_path: Path, server: TestServer, issuer: Issuer, pki: Pki) -> None:
    path = write_kubeconfig(
        tmp_path / "cfg",
        server.url,
        issuer.url,
        jwt(time.time() - 1),
        ca_data=pki.read(pki.ca_cert),
    )
    server.handler = lambda request: accept(*issuer.issued)(request)
    cfg = load(path)

    async def main() -> list[Any]:
        async with AsyncApiClient(cfg) as client:
            return list(await asyncio.gather(*(client.request("GET", "/api") for _ in range(4))))

    results = asyncio.run(main())
    assert all(r["message"] == "ok" for r in results)
    assert len(issuer.issued) == 1
    assert provider_config(path)["id-token"] == issuer.issued[0]


def test_no_token_in_reprs(tmp_path: Path, issuer: Issuer, pki: Pki) -> None:
    token = jwt(time.time() + 600)
    path = write_kubeconfig(
        tmp_path / "cfg", "https://k8s.example", issuer.url, token, ca_data=pki.read(pki.ca_cert)
    )
    cfg = load(path)
    assert isinstance(cfg.token_source, OidcAuthProvider)
    text = repr(cfg) + cfg.to_debug_report() + repr(cfg.token_source)
    assert issuer.url in text
    for secret in (token, REFRESH, CLIENT_SECRET):
        assert secret not in text


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"client-id": None}, "needs client-id"),
        ({"idp-issuer-url": None}, "needs idp-issuer-url"),
        ({"idp-certificate-authority-data": "%%%"}, "is not valid base64"),
        ({"idp-certificate-authority": "missing.crt"}, "missing.crt does not exist"),
    ],
)
def test_invalid_provider_config(tmp_path: Path, change: dict[str, Any], message: str) -> None:
    path = write_kubeconfig(tmp_path / "cfg", "https://x", "https://idp", jwt(time.time()))
    data = yaml.safe_load(path.read_text())
    settings = data["users"][0]["user"]["auth-provider"]["config"]
    for key, value in change.items():
        if value is None:
            settings.pop(key)
        else:
            settings[key] = value
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(config.ConfigException, match=message):
        load(path)


def test_id_token_expiry() -> None:
    assert id_token_expiry(jwt(1234567890)) == 1234567890
    assert id_token_expiry("opaque") is None
    assert id_token_expiry("a.!!!.c") is None
    assert id_token_expiry("e30.eyJleHAiOiAic29vbiJ9.c2ln") is None  # exp not a number


def test_clients_loaded_from_the_same_kubeconfig_refresh_once(
    tmp_path: Path, server: TestServer, issuer: Issuer, pki: Pki
) -> None:
    """The identity provider rotates refresh tokens: a second refresh with the old one would
    fail, so every configuration loaded for the user shares one provider."""
    path = write_kubeconfig(
        tmp_path / "cfg",
        server.url,
        issuer.url,
        jwt(time.time() - 1),
        ca_data=pki.read(pki.ca_cert),
    )
    first, second = load(path), load(path)
    assert first.token_source is second.token_source
    server.handler = lambda request: accept(*issuer.issued)(request)
    with ApiClient(first) as one, ApiClient(second) as two:
        one.request("GET", "/api")
        two.request("GET", "/api")
    assert len(issuer.grants) == 1
    third = load(path)  # the file now holds the refreshed tokens: a provider starting there
    assert third.token_source is not first.token_source
    with ApiClient(third) as three:
        three.request("GET", "/api")
    assert len(issuer.grants) == 1


def test_symlinked_kubeconfig_keeps_its_link(
    tmp_path: Path, server: TestServer, issuer: Issuer, pki: Pki
) -> None:
    real = write_kubeconfig(
        tmp_path / "dotfiles-config",
        server.url,
        issuer.url,
        jwt(time.time() - 1),
        ca_data=pki.read(pki.ca_cert),
    )
    link = tmp_path / "config"
    link.symlink_to(real)
    server.handler = lambda request: accept(*issuer.issued)(request)
    with ApiClient(load(link)) as client:
        client.request("GET", "/api")
    assert link.is_symlink()
    assert provider_config(real)["id-token"] == issuer.issued[0]
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
