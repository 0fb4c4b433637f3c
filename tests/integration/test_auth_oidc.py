"""The oidc auth-provider end to end against the real API server.

Two setups:

* The testbed's kube-apiserver (no OIDC configured): the identity provider here (a small
  HTTPS server with a discovery document and a token endpoint, its certificate from the
  testbed's PKI helpers) answers the refresh-token grant with an ``id_token`` the API server
  trusts anyway: a bound service-account token (a JWT with ``exp``) from the TokenRequest API.
* A second kube-apiserver of the testbed (same etcd and flags, its own port) started with a
  structured ``AuthenticationConfiguration`` whose JWT issuer is that identity provider: the
  id-tokens are RS256 JWTs signed with the provider's key (served as JWKS) and the API server
  validates them as real OIDC tokens (user ``oidc:<sub>``, groups ``oidc:<group>``).

In both the client refreshes the expired id-token through discovery + grant over verified TLS,
the request succeeds, and the kubeconfig on disk is updated atomically.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import ssl
import stat
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
import yaml
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from kubeclient import client, config
from kubeclient.aio import client as aclient
from kubeclient.aio import config as aconfig
from kubeclient.client.configuration import Configuration
from kubeclient.client.exceptions import ApiException
from kubeclient.config.oidc import OidcError
from kubesmith.testbed import Testbed
from kubesmith.testbed.net import free_port
from kubesmith.testbed.pki import CertificateAuthority
from kubesmith.testbed.procs import Component

pytestmark = pytest.mark.cluster

REFRESH = "oidc-refresh-token-1"
AUDIENCE = "kubesmith"
CLIENT_SECRET = "oidc-client-secret"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def fake_jwt(exp: float) -> str:
    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")

    return f"{part({'alg': 'RS256'})}.{part({'sub': 'someone', 'exp': int(exp)})}.c2ln"


class IdentityProvider:
    """Discovery + token endpoint over TLS. Each grant hands out the next id-token and rotates
    the refresh token."""

    def __init__(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        ca = CertificateAuthority(directory, name="oidc-test-ca")
        serving = ca.issue("idp", "idp", server_names=("127.0.0.1", "localhost"))
        self.ca_file = ca.cert_file
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        #: when set, grants with an empty queue mint a signed token for this (sub, groups)
        self.subject: tuple[str, list[str]] | None = None
        self.id_tokens: list[str] = []
        self.refresh_token = REFRESH
        self.grants: list[dict[str, str]] = []
        self.lock = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _reply(self, status: int, body: dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                if self.path == "/.well-known/openid-configuration":
                    self._reply(
                        200,
                        {
                            "issuer": owner.url,
                            "token_endpoint": owner.url + "/token",
                            "jwks_uri": owner.url + "/keys",
                            "response_types_supported": ["id_token"],
                            "subject_types_supported": ["public"],
                            "id_token_signing_alg_values_supported": ["RS256"],
                        },
                    )
                elif self.path == "/keys":
                    self._reply(200, owner.jwks())
                else:
                    self._reply(404, {})

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                form = dict(parse_qsl(self.rfile.read(length).decode()))
                with owner.lock:
                    owner.grants.append(form)
                    if owner.subject is not None and not owner.id_tokens:
                        owner.id_tokens.append(owner.sign(*owner.subject))
                    if (
                        self.path != "/token"
                        or form.get("grant_type") != "refresh_token"
                        or form.get("refresh_token") != owner.refresh_token
                        or not owner.id_tokens
                    ):
                        self._reply(400, {"error": "invalid_grant"})
                        return
                    token = owner.id_tokens.pop(0)
                    owner.refresh_token = f"oidc-refresh-token-{len(owner.grants) + 1}"
                    answer = {"id_token": token, "refresh_token": owner.refresh_token}
                self._reply(200, {"access_token": "unused", "token_type": "Bearer", **answer})

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(serving.cert, serving.key)
        self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
        self.url = f"https://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def jwks(self) -> dict[str, Any]:
        numbers = self.key.public_key().public_numbers()

        def b64int(value: int) -> str:
            return _b64(value.to_bytes((value.bit_length() + 7) // 8, "big"))

        key = {"kty": "RSA", "alg": "RS256", "use": "sig", "kid": "k1"}
        return {"keys": [{**key, "n": b64int(numbers.n), "e": b64int(numbers.e)}]}

    def sign(
        self, subject: str, groups: list[str], expires_in: float = 600, key: Any = None
    ) -> str:
        """An RS256 id-token of this issuer (``key``: sign with another key, a forgery)."""
        now = int(time.time())
        header = _b64(json.dumps({"alg": "RS256", "kid": "k1", "typ": "JWT"}).encode())
        claims = {
            "iss": self.url,
            "aud": AUDIENCE,
            "sub": subject,
            "groups": groups,
            "iat": now,
            "nbf": now - 5,
            "exp": int(now + expires_in),
        }
        payload = _b64(json.dumps(claims).encode())
        signature = (key or self.key).sign(
            f"{header}.{payload}".encode(), padding.PKCS1v15(), hashes.SHA256()
        )
        return f"{header}.{payload}.{_b64(signature)}"

    def reset(self) -> None:
        with self.lock:
            self.id_tokens.clear()
            self.grants.clear()
            self.refresh_token = REFRESH
            self.subject = None

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)


@pytest.fixture
def idp(tmp_path: Path) -> Iterator[IdentityProvider]:
    provider = IdentityProvider(tmp_path / "idp")
    try:
        yield provider
    finally:
        provider.close()


def service_account_token(tb: Testbed, namespace: str, name: str) -> str:
    """A bound service-account token (a JWT the API server trusts) for a new account."""
    with config.new_client_from_config(config_file=str(tb.kubeconfig), context="admin") as admin:
        core = client.CoreV1Api(admin)
        core.create_namespaced_service_account(
            namespace, client.V1ServiceAccount(metadata=client.V1ObjectMeta(name=name))
        )
        request = core.create_namespaced_service_account_token(
            name,
            namespace,
            client.AuthenticationV1TokenRequest(
                spec=client.V1TokenRequestSpec(audiences=[], expiration_seconds=3600)
            ),
        )
    return str(request.status.token)


def oidc_kubeconfig(
    tb: Testbed, idp: IdentityProvider, path: Path, id_token: str, server: str | None = None
) -> Path:
    data = yaml.safe_load(Path(tb.kubeconfig).read_text())
    if server is not None:
        data["clusters"][0]["cluster"]["server"] = server
    data["users"].append(
        {
            "name": "oidc-user",
            "user": {
                "auth-provider": {
                    "name": "oidc",
                    "config": {
                        "idp-issuer-url": idp.url,
                        "client-id": "kubesmith",
                        "client-secret": CLIENT_SECRET,
                        "id-token": id_token,
                        "refresh-token": REFRESH,
                        # a relative path: resolved against the kubeconfig's directory
                        "idp-certificate-authority": os.path.relpath(idp.ca_file, path.parent),
                    },
                }
            },
        }
    )
    cluster = data["clusters"][0]["name"]
    data["contexts"].append({"name": "oidc", "context": {"cluster": cluster, "user": "oidc-user"}})
    data["current-context"] = "oidc"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    path.chmod(0o600)
    return path


def saved_provider_config(path: Path) -> dict[str, str]:
    data = yaml.safe_load(path.read_text())
    for user in data["users"]:
        if user["name"] == "oidc-user":
            return dict(user["user"]["auth-provider"]["config"])
    raise AssertionError("oidc-user is gone from the kubeconfig")


def test_expired_id_token_is_refreshed_and_written_back(
    testbed_cluster: Testbed, testbed_namespace: str, idp: IdentityProvider, tmp_path: Path
) -> None:
    fresh = service_account_token(testbed_cluster, testbed_namespace, "oidc-stand-in")
    idp.id_tokens.append(fresh)
    path = oidc_kubeconfig(testbed_cluster, idp, tmp_path / "kubeconfig", fake_jwt(time.time() - 5))
    others_before = [
        u for u in yaml.safe_load(path.read_text())["users"] if u["name"] != "oidc-user"
    ]
    inode = path.stat().st_ino

    with config.new_client_from_config(config_file=str(path)) as api_client:
        review = client.AuthenticationV1Api(api_client).create_self_subject_review(
            client.V1SelfSubjectReview()
        )
        # a second request uses the refreshed token without another grant
        client.AuthenticationV1Api(api_client).create_self_subject_review(
            client.V1SelfSubjectReview()
        )
    assert review.status.user_info.username == (
        f"system:serviceaccount:{testbed_namespace}:oidc-stand-in"
    )
    assert len(idp.grants) == 1
    assert idp.grants[0]["refresh_token"] == REFRESH

    saved = saved_provider_config(path)
    assert saved["id-token"] == fresh
    assert saved["refresh-token"] == "oidc-refresh-token-2"
    assert saved["client-secret"] == CLIENT_SECRET
    data = yaml.safe_load(path.read_text())
    assert [u for u in data["users"] if u["name"] != "oidc-user"] == others_before
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.stat().st_ino != inode  # renamed over, never half-written
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".kubeconfig-")]

    # a new client reads the refreshed token from disk: no grant needed
    with config.new_client_from_config(config_file=str(path)) as api_client:
        info = client.AuthenticationV1Api(api_client).create_self_subject_review(
            client.V1SelfSubjectReview()
        )
    assert info.status.user_info.username.endswith(":oidc-stand-in")
    assert len(idp.grants) == 1


def test_rejected_id_token_is_refreshed_after_the_401(
    testbed_cluster: Testbed, testbed_namespace: str, idp: IdentityProvider, tmp_path: Path
) -> None:
    """An id-token that looks valid (exp an hour away) but the server rejects: one refresh."""
    fresh = service_account_token(testbed_cluster, testbed_namespace, "oidc-after-401")
    idp.id_tokens.append(fresh)
    path = oidc_kubeconfig(
        testbed_cluster, idp, tmp_path / "kubeconfig", fake_jwt(time.time() + 3600)
    )
    with config.new_client_from_config(config_file=str(path)) as api_client:
        pods = client.CoreV1Api(api_client)
        with pytest.raises(ApiException) as excinfo:
            pods.list_namespaced_pod(testbed_namespace)
    # authenticated after the refresh (the service account may not list pods)
    assert excinfo.value.status == 403
    assert f"system:serviceaccount:{testbed_namespace}:oidc-after-401" in excinfo.value.message
    assert len(idp.grants) == 1
    assert saved_provider_config(path)["id-token"] == fresh


def test_refresh_asyncio(
    testbed_cluster: Testbed, testbed_namespace: str, idp: IdentityProvider, tmp_path: Path
) -> None:
    fresh = service_account_token(testbed_cluster, testbed_namespace, "oidc-async")
    idp.id_tokens.append(fresh)
    path = oidc_kubeconfig(testbed_cluster, idp, tmp_path / "kubeconfig", fake_jwt(time.time() - 5))

    async def main() -> list[str]:
        api_client = await aconfig.new_client_from_config(config_file=str(path))
        async with api_client:
            auth = aclient.AuthenticationV1Api(api_client)
            reviews = await asyncio.gather(
                *(auth.create_self_subject_review(aclient.V1SelfSubjectReview()) for _ in range(4))
            )
        return [str(r.status.user_info.username) for r in reviews]

    names = asyncio.run(main())
    assert set(names) == {f"system:serviceaccount:{testbed_namespace}:oidc-async"}
    assert len(idp.grants) == 1
    assert saved_provider_config(path)["id-token"] == fresh


def test_untrusted_identity_provider_is_refused(
    testbed_cluster: Testbed, idp: IdentityProvider, tmp_path: Path
) -> None:
    """Without the provider's CA the refresh fails on TLS verification (never skipped)."""
    path = oidc_kubeconfig(testbed_cluster, idp, tmp_path / "kubeconfig", fake_jwt(time.time() - 5))
    data = yaml.safe_load(path.read_text())
    for user in data["users"]:
        if user["name"] == "oidc-user":
            user["user"]["auth-provider"]["config"].pop("idp-certificate-authority")
    path.write_text(yaml.safe_dump(data))
    with config.new_client_from_config(config_file=str(path)) as api_client:
        with pytest.raises(OidcError, match="certificate verify failed") as excinfo:
            client.AuthenticationV1Api(api_client).create_self_subject_review(
                client.V1SelfSubjectReview()
            )
    assert idp.grants == []
    assert REFRESH not in str(excinfo.value) and CLIENT_SECRET not in str(excinfo.value)


# -- a kube-apiserver that validates OIDC id-tokens -------------------------------------------


class OidcApiServer:
    def __init__(self, url: str, idp: IdentityProvider) -> None:
        self.url = url
        self.idp = idp


@pytest.fixture(scope="module")
def oidc_apiserver(
    testbed_cluster: Testbed, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[OidcApiServer]:
    """A second kube-apiserver of the testbed (same etcd, certificates and flags) with a
    structured AuthenticationConfiguration trusting the test's identity provider."""
    directory = tmp_path_factory.mktemp("oidc-apiserver")
    idp = IdentityProvider(directory / "idp")
    authentication = {
        "apiVersion": "apiserver.config.k8s.io/v1",
        "kind": "AuthenticationConfiguration",
        "jwt": [
            {
                "issuer": {
                    "url": idp.url,
                    "audiences": [AUDIENCE],
                    "certificateAuthority": idp.ca_file.read_text(),
                },
                "claimMappings": {
                    "username": {"claim": "sub", "prefix": "oidc:"},
                    "groups": {"claim": "groups", "prefix": "oidc:"},
                },
            }
        ],
    }
    config_file = directory / "authentication-config.yaml"
    config_file.write_text(yaml.safe_dump(authentication))
    port = free_port()
    argv = [
        f"--secure-port={port}" if arg.startswith("--secure-port=") else arg
        for arg in testbed_cluster.component("kube-apiserver").argv
    ]
    argv.append(f"--authentication-config={config_file}")
    apiserver = Component("kube-apiserver-oidc", argv, directory / "kube-apiserver.log", directory)
    apiserver.start()
    url = f"https://127.0.0.1:{port}"
    try:
        probe = idp.sign("probe", [])
        deadline = time.monotonic() + 60
        while True:
            apiserver.check_alive()
            status = _review_status(url, testbed_cluster, probe)
            if status == 201:
                break
            if time.monotonic() > deadline:
                raise AssertionError(f"the OIDC kube-apiserver never accepted a token ({status})")
            time.sleep(0.3)
        yield OidcApiServer(url, idp)
    finally:
        apiserver.stop()
        idp.close()


def _review_status(url: str, tb: Testbed, token: str) -> int | None:
    probe = Configuration(host=url, api_key={"authorization": f"Bearer {token}"})
    probe.ssl_ca_cert = str(tb.ca_file)
    probe.max_retries = 0
    try:
        with client.ApiClient(probe) as api_client:
            client.AuthenticationV1Api(api_client).create_self_subject_review(
                client.V1SelfSubjectReview(), _request_timeout=5
            )
    except ApiException as error:
        return error.status
    except OSError:
        return None
    except httpx.HTTPError:
        return None
    return 201


@pytest.fixture
def real_idp(oidc_apiserver: OidcApiServer) -> IdentityProvider:
    oidc_apiserver.idp.reset()
    return oidc_apiserver.idp


def test_real_oidc_expired_id_token_is_refreshed(
    testbed_cluster: Testbed,
    oidc_apiserver: OidcApiServer,
    real_idp: IdentityProvider,
    tmp_path: Path,
) -> None:
    real_idp.subject = ("jane", ["devs"])
    expired = real_idp.sign("jane", ["devs"], expires_in=-60)
    assert _review_status(oidc_apiserver.url, testbed_cluster, expired) == 401
    path = oidc_kubeconfig(
        testbed_cluster, real_idp, tmp_path / "kubeconfig", expired, server=oidc_apiserver.url
    )
    with config.new_client_from_config(config_file=str(path)) as api_client:
        review = client.AuthenticationV1Api(api_client).create_self_subject_review(
            client.V1SelfSubjectReview()
        )
        with pytest.raises(ApiException) as excinfo:
            client.CoreV1Api(api_client).list_namespace()
    info = review.status.user_info
    assert info.username == "oidc:jane"
    assert set(info.groups) == {"oidc:devs", "system:authenticated"}
    assert excinfo.value.status == 403  # authenticated, but RBAC grants oidc:jane nothing
    assert len(real_idp.grants) == 1
    saved = saved_provider_config(path)
    assert saved["id-token"] != expired
    assert saved["refresh-token"] == "oidc-refresh-token-2"
    assert _review_status(oidc_apiserver.url, testbed_cluster, saved["id-token"]) == 201


def test_real_oidc_forged_id_token_is_refreshed_after_the_401(
    testbed_cluster: Testbed,
    oidc_apiserver: OidcApiServer,
    real_idp: IdentityProvider,
    tmp_path: Path,
) -> None:
    """An unexpired id-token with a bad signature: the server says 401, the client refreshes
    once and the retried request succeeds."""
    real_idp.subject = ("john", ["ops"])
    other_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    forged = real_idp.sign("john", ["ops"], key=other_key)
    path = oidc_kubeconfig(
        testbed_cluster, real_idp, tmp_path / "kubeconfig", forged, server=oidc_apiserver.url
    )
    with config.new_client_from_config(config_file=str(path)) as api_client:
        info = (
            client.AuthenticationV1Api(api_client)
            .create_self_subject_review(client.V1SelfSubjectReview())
            .status.user_info
        )
    assert info.username == "oidc:john"
    assert len(real_idp.grants) == 1
    assert saved_provider_config(path)["id-token"] != forged


def test_real_oidc_asyncio(
    testbed_cluster: Testbed,
    oidc_apiserver: OidcApiServer,
    real_idp: IdentityProvider,
    tmp_path: Path,
) -> None:
    real_idp.subject = ("ada", ["admins", "devs"])
    path = oidc_kubeconfig(
        testbed_cluster,
        real_idp,
        tmp_path / "kubeconfig",
        real_idp.sign("ada", [], expires_in=5),  # inside the 10 s margin: refreshed first
        server=oidc_apiserver.url,
    )

    async def main() -> list[Any]:
        api_client = await aconfig.new_client_from_config(config_file=str(path))
        async with api_client:
            auth = aclient.AuthenticationV1Api(api_client)
            reviews = await asyncio.gather(
                *(auth.create_self_subject_review(aclient.V1SelfSubjectReview()) for _ in range(3))
            )
        return [review.status.user_info for review in reviews]

    infos = asyncio.run(main())
    assert {info.username for info in infos} == {"oidc:ada"}
    assert all(set(info.groups) >= {"oidc:admins", "oidc:devs"} for info in infos)
    assert len(real_idp.grants) == 1
