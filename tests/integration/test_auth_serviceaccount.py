"""In-cluster configuration with real, rotating bound service-account tokens.

A ServiceAccount gets short-lived bound tokens from the TokenRequest API (each bound to a
Secret, so deleting the Secret revokes it); they are laid out as a fake pod environment (token
file, ca.crt, namespace file, KUBERNETES_SERVICE_HOST/PORT). The token file is rotated while a
client runs: the periodic re-read picks the new token up, and a revoked token is replaced
after the 401 — sync and asyncio.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import time
import urllib.parse
import uuid
from pathlib import Path
from typing import Any

import pytest
from kubeclient import client, config
from kubeclient.aio import client as aclient
from kubeclient.aio import config as aconfig
from kubeclient.client.configuration import Configuration
from kubeclient.client.exceptions import ApiException
from kubeclient.config import incluster_config
from kubesmith.testbed import Testbed

pytestmark = pytest.mark.cluster


def admin(tb: Testbed) -> client.ApiClient:
    return config.new_client_from_config(config_file=str(tb.kubeconfig), context="admin")


class Account:
    """A ServiceAccount and the bound tokens minted for it."""

    def __init__(self, tb: Testbed, namespace: str) -> None:
        self.tb = tb
        self.namespace = namespace
        self.name = f"sa-{uuid.uuid4().hex[:6]}"
        with admin(tb) as api_client:
            client.CoreV1Api(api_client).create_namespaced_service_account(
                namespace, client.V1ServiceAccount(metadata=client.V1ObjectMeta(name=self.name))
            )

    @property
    def username(self) -> str:
        return f"system:serviceaccount:{self.namespace}:{self.name}"

    def mint(self) -> tuple[str, str]:
        """A new token bound to a new Secret: (token, secret name)."""
        secret = f"bind-{uuid.uuid4().hex[:6]}"
        with admin(self.tb) as api_client:
            core = client.CoreV1Api(api_client)
            made = core.create_namespaced_secret(
                self.namespace, client.V1Secret(metadata=client.V1ObjectMeta(name=secret))
            )
            request = core.create_namespaced_service_account_token(
                self.name,
                self.namespace,
                client.AuthenticationV1TokenRequest(
                    spec=client.V1TokenRequestSpec(
                        audiences=[],
                        expiration_seconds=600,  # the shortest the API server allows
                        bound_object_ref=client.V1BoundObjectReference(
                            api_version="v1", kind="Secret", name=secret, uid=made.metadata.uid
                        ),
                    )
                ),
            )
        return str(request.status.token), secret

    def revoke(self, secret: str, token: str) -> None:
        """Delete the bound Secret and wait until the API server rejects the token."""
        with admin(self.tb) as api_client:
            client.CoreV1Api(api_client).delete_namespaced_secret(secret, self.namespace)
        probe = Configuration(host=self.tb.server, api_key={"authorization": f"Bearer {token}"})
        probe.ssl_ca_cert = str(self.tb.ca_file)
        deadline = time.monotonic() + 30
        with client.ApiClient(probe) as api_client:
            while True:
                try:
                    who_am_i(api_client)
                except ApiException as error:
                    if error.status == 401:
                        return
                    raise
                if time.monotonic() > deadline:
                    raise AssertionError("the revoked token is still accepted after 30 s")
                time.sleep(0.2)


def jti(token: str) -> str:
    payload = token.split(".")[1]
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    return str(claims["jti"])


def who_am_i(api_client: client.ApiClient) -> Any:
    review = client.AuthenticationV1Api(api_client).create_self_subject_review(
        client.V1SelfSubjectReview()
    )
    return review.status.user_info


def credential_id(info: Any) -> str:
    """Which token the server saw (``authentication.kubernetes.io/credential-id``)."""
    values = (info.extra or {}).get("authentication.kubernetes.io/credential-id") or [""]
    return str(values[0])


def write_atomically(path: Path, text: str) -> None:
    """As the kubelet rotates projected tokens: write beside, rename over."""
    temp = path.with_name(path.name + ".new")
    temp.write_text(text)
    os.replace(temp, path)


@pytest.fixture
def pod_environment(
    testbed_cluster: Testbed,
    testbed_namespace: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[Account, Path]:
    """A fake pod: service-account files under tmp_path, the service env vars set."""
    account = Account(testbed_cluster, testbed_namespace)
    mount = tmp_path / "serviceaccount"
    mount.mkdir()
    (mount / "ca.crt").write_bytes(Path(testbed_cluster.ca_file).read_bytes())
    (mount / "namespace").write_text(testbed_namespace)
    url = urllib.parse.urlsplit(testbed_cluster.server)
    monkeypatch.setenv("KUBERNETES_SERVICE_HOST", str(url.hostname))
    monkeypatch.setenv("KUBERNETES_SERVICE_PORT", str(url.port))
    monkeypatch.delenv("POD_NAMESPACE", raising=False)
    monkeypatch.setattr(incluster_config, "SERVICE_TOKEN_FILENAME", str(mount / "token"))
    monkeypatch.setattr(incluster_config, "SERVICE_CERT_FILENAME", str(mount / "ca.crt"))
    monkeypatch.setattr(incluster_config, "SERVICE_NAMESPACE_FILENAME", str(mount / "namespace"))
    monkeypatch.setattr(Configuration, "_default", None)
    return account, mount


def test_load_config_in_a_pod_with_a_rotating_token(
    pod_environment: tuple[Account, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    account, mount = pod_environment
    # re-read every second instead of every minute, so the test sees several rotations
    monkeypatch.setattr(incluster_config, "TOKEN_REFRESH_SECONDS", 1.0)
    first, first_secret = account.mint()
    write_atomically(mount / "token", first)

    config.load_config()  # in-cluster: the service env vars and the token are there
    with client.ApiClient() as api_client:
        cfg = api_client.configuration
        assert cfg.source == "in-cluster service account"
        assert cfg.namespace == account.namespace
        info = who_am_i(api_client)
        assert info.username == account.username
        assert credential_id(info) == f"JTI={jti(first)}"

        second, second_secret = account.mint()
        write_atomically(mount / "token", second)
        time.sleep(1.2)
        info = who_am_i(api_client)
        assert credential_id(info) == f"JTI={jti(second)}"  # picked up by the periodic re-read

        account.revoke(first_secret, first)
        third, _ = account.mint()
        write_atomically(mount / "token", third)
        deadline = time.monotonic() + 3.5
        seen = set()
        while time.monotonic() < deadline:  # requests keep succeeding across the rotation
            seen.add(credential_id(who_am_i(api_client)))
            time.sleep(0.1)
        assert f"JTI={jti(third)}" in seen
        assert f"JTI={jti(first)}" not in seen
        account.revoke(second_secret, second)
        assert credential_id(who_am_i(api_client)) == f"JTI={jti(third)}"


def test_revoked_token_is_replaced_from_the_file_after_a_401(
    pod_environment: tuple[Account, Path],
) -> None:
    """With the default one-minute re-read, a token rejected by the server makes the client
    re-read the file at once and retry."""
    account, mount = pod_environment
    first, first_secret = account.mint()
    write_atomically(mount / "token", first)
    cfg = Configuration()
    config.load_incluster_config(client_configuration=cfg)
    with client.ApiClient(cfg) as api_client:
        assert credential_id(who_am_i(api_client)) == f"JTI={jti(first)}"
        second, _ = account.mint()
        write_atomically(mount / "token", second)
        account.revoke(first_secret, first)
        info = who_am_i(api_client)  # 401 with the old token, then the file's new one
        assert info.username == account.username
        assert credential_id(info) == f"JTI={jti(second)}"


def test_rotating_token_asyncio(
    pod_environment: tuple[Account, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    account, mount = pod_environment
    monkeypatch.setattr(incluster_config, "TOKEN_REFRESH_SECONDS", 1.0)
    first, first_secret = account.mint()
    write_atomically(mount / "token", first)
    second, _ = account.mint()

    async def review(api_client: aclient.ApiClient) -> Any:
        answer = await aclient.AuthenticationV1Api(api_client).create_self_subject_review(
            aclient.V1SelfSubjectReview()
        )
        return answer.status.user_info

    async def main() -> tuple[str, str, str]:
        await aconfig.load_config()
        async with aclient.ApiClient() as api_client:
            before = await review(api_client)
            write_atomically(mount / "token", second)
            await asyncio.to_thread(account.revoke, first_secret, first)
            after_401 = await review(api_client)
            await asyncio.sleep(1.2)
            later = await review(api_client)
        return credential_id(before), credential_id(after_401), str(later.username)

    before, after, username = asyncio.run(main())
    assert before == f"JTI={jti(first)}"
    assert after == f"JTI={jti(second)}"
    assert username == account.username


def test_impersonation_by_an_rbac_permitted_service_account(
    testbed_cluster: Testbed, testbed_namespace: str
) -> None:
    """A service account allowed (by RBAC) to impersonate one user acts as that user via the
    kubeconfig's ``as``/``as-groups``; impersonating anyone else is forbidden."""
    account = Account(testbed_cluster, testbed_namespace)
    role = f"impersonate-{uuid.uuid4().hex[:6]}"
    with admin(testbed_cluster) as api_client:
        rbac = client.RbacAuthorizationV1Api(api_client)
        rbac.create_cluster_role(
            client.V1ClusterRole(
                metadata=client.V1ObjectMeta(name=role),
                rules=[
                    client.V1PolicyRule(
                        api_groups=[""],
                        resources=["users"],
                        verbs=["impersonate"],
                        resource_names=["kubesmith-limited"],
                    ),
                    client.V1PolicyRule(
                        api_groups=[""],
                        resources=["groups"],
                        verbs=["impersonate"],
                        resource_names=["kubesmith:auditors"],
                    ),
                ],
            )
        )
        rbac.create_cluster_role_binding(
            client.V1ClusterRoleBinding(
                metadata=client.V1ObjectMeta(name=role),
                role_ref=client.V1RoleRef(
                    api_group="rbac.authorization.k8s.io", kind="ClusterRole", name=role
                ),
                subjects=[
                    client.RbacV1Subject(
                        kind="ServiceAccount", name=account.name, namespace=testbed_namespace
                    )
                ],
            )
        )
    try:
        token, _ = account.mint()
        kubeconfig: dict[str, Any] = {
            "apiVersion": "v1",
            "kind": "Config",
            "clusters": [
                {
                    "name": "tb",
                    "cluster": {
                        "server": testbed_cluster.server,
                        "certificate-authority": str(testbed_cluster.ca_file),
                    },
                }
            ],
            "users": [
                {
                    "name": "impersonator",
                    "user": {
                        "token": token,
                        "as": "kubesmith-limited",
                        "as-groups": ["kubesmith:auditors"],
                    },
                },
                {"name": "overreach", "user": {"token": token, "as": "kubesmith-admin"}},
            ],
            "contexts": [
                {"name": "as-limited", "context": {"cluster": "tb", "user": "impersonator"}},
                {"name": "as-admin", "context": {"cluster": "tb", "user": "overreach"}},
            ],
        }
        with config.new_client_from_config_dict(kubeconfig, context="as-limited") as api_client:
            info = who_am_i(api_client)
        assert info.username == "kubesmith-limited"
        assert "kubesmith:auditors" in info.groups
        with config.new_client_from_config_dict(kubeconfig, context="as-admin") as api_client:
            with pytest.raises(ApiException) as excinfo:
                who_am_i(api_client)
        assert excinfo.value.status == 403
        assert "cannot impersonate" in excinfo.value.message
        assert token not in str(excinfo.value)
    finally:
        with admin(testbed_cluster) as api_client:
            rbac = client.RbacAuthorizationV1Api(api_client)
            rbac.delete_cluster_role_binding(role)
            rbac.delete_cluster_role(role)
