"""TLS against a real local HTTPS server: CAs, client certificates, server names."""

from __future__ import annotations

import base64
from pathlib import Path

import httpx
import pytest
import yaml
from runtime import config
from runtime.client.api_client import ApiClient
from runtime.client.configuration import Configuration
from runtime.client.exceptions import ApiValueError
from runtime_fakes import Pki, Reply, TestServer


def subject(server: TestServer) -> str | None:
    cert = server.last.client_cert
    if not cert:
        return None
    for rdn in cert["subject"]:
        for key, value in rdn:
            if key == "commonName":
                return str(value)
    return None


def get(cfg: Configuration, server: TestServer) -> object:
    server.reply(Reply(200, {"ok": True}))
    with ApiClient(cfg) as client:
        return client.request("GET", "/version")


def test_verified_with_a_ca_file_and_ca_data(tls_server: TestServer, pki: Pki) -> None:
    by_file = Configuration(host=tls_server.url, ssl_ca_cert=pki.ca_cert)
    assert get(by_file, tls_server) == {"ok": True}
    by_data = Configuration(host=tls_server.url)
    by_data.ca_cert_data = pki.read(pki.ca_cert)
    assert get(by_data, tls_server) == {"ok": True}
    assert subject(tls_server) is None


def test_wrong_ca_fails_and_insecure_skips_verification(tls_server: TestServer, pki: Pki) -> None:
    wrong = Configuration(host=tls_server.url, ssl_ca_cert=pki.other_ca_cert)
    with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
        get(wrong, tls_server)
    system = Configuration(host=tls_server.url)
    with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
        get(system, tls_server)
    insecure = Configuration(host=tls_server.url, verify_ssl=False)
    assert get(insecure, tls_server) == {"ok": True}


def test_client_certificate_from_files_and_from_memory(tls_server: TestServer, pki: Pki) -> None:
    files = Configuration(host=tls_server.url, ssl_ca_cert=pki.ca_cert)
    files.cert_file, files.key_file = pki.client_cert, pki.client_key
    get(files, tls_server)
    assert subject(tls_server) == "alice"
    memory = Configuration(host=tls_server.url, ssl_ca_cert=pki.ca_cert)
    memory.cert_data, memory.key_data = pki.read(pki.client_cert), pki.read(pki.client_key)
    get(memory, tls_server)
    assert subject(tls_server) == "alice"


def test_bad_client_key_is_reported_without_its_content(pki: Pki) -> None:
    cfg = Configuration(host="https://127.0.0.1:1", ssl_ca_cert=pki.ca_cert)
    cfg.cert_data = pki.read(pki.client_cert)
    cfg.key_data = b"-----BEGIN EC PRIVATE KEY-----\nc2VjcmV0LWtleS1tYXRlcmlhbA==\n-----END"
    with pytest.raises(ApiValueError, match="cannot load the client certificate and key") as caught:
        cfg.ssl_context()
    assert "c2VjcmV0" not in str(caught.value)
    missing = Configuration(host="https://127.0.0.1:1", ssl_ca_cert=str(pki.dir / "nope.crt"))
    with pytest.raises(ApiValueError, match=r"cannot load the CA certificates \(ssl_ca_cert"):
        missing.ssl_context()


def test_tls_server_name_is_sent_and_verified(tls_server: TestServer, pki: Pki) -> None:
    cfg = Configuration(host=tls_server.url, ssl_ca_cert=pki.ca_cert)
    cfg.tls_server_name = "apiserver.test"
    assert get(cfg, tls_server) == {"ok": True}
    assert tls_server.last.server_name == "apiserver.test"
    cfg.tls_server_name = "wrong.test"
    with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
        get(cfg, tls_server)


def test_kubeconfig_end_to_end(tls_server: TestServer, pki: Pki, tmp_path: Path) -> None:
    data = {
        "clusters": [
            {
                "name": "local",
                "cluster": {
                    "server": tls_server.url,
                    "certificate-authority-data": base64.b64encode(pki.read(pki.ca_cert)).decode(),
                    "tls-server-name": "localhost",
                },
            }
        ],
        "users": [
            {
                "name": "alice",
                "user": {
                    "client-certificate-data": base64.b64encode(pki.read(pki.client_cert)).decode(),
                    "client-key-data": base64.b64encode(pki.read(pki.client_key)).decode(),
                    "as": "bob",
                    "as-groups": ["g1", "g2"],
                },
            }
        ],
        "contexts": [{"name": "ctx", "context": {"cluster": "local", "user": "alice"}}],
        "current-context": "ctx",
    }
    path = tmp_path / "kubeconfig"
    path.write_text(yaml.safe_dump(data))
    client = config.new_client_from_config(config_file=str(path))
    tls_server.reply(Reply(200, {"kind": "SelfSubjectReview"}))
    assert client.request("POST", "/apis/authentication.k8s.io/v1/selfsubjectreviews", body={})
    assert subject(tls_server) == "alice"
    assert tls_server.last.server_name == "localhost"
    assert tls_server.last.headers["impersonate-user"] == "bob"
    assert [v for k, v in tls_server.last.header_list if k == "Impersonate-Group"] == ["g1", "g2"]
    assert "authorization" not in tls_server.last.headers
