"""Every context of the testbed's kubeconfig reaches the real API server with the expected
identity (a SelfSubjectReview) or the expected 401/403, with the sync and the asyncio client;
credentials never show in reprs, logs or errors."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

import pytest
import yaml
from kubeclient import client, config
from kubeclient.aio import client as aclient
from kubeclient.aio import config as aconfig
from kubeclient.client.configuration import Configuration
from kubeclient.client.exceptions import ApiException
from kubeclient.config.exec_provider import ExecCredentialPlugin, clear_exec_cache
from kubesmith.testbed import Testbed

pytestmark = pytest.mark.cluster

MASTERS = "system:masters"
AUTHENTICATED = "system:authenticated"

#: context → (user, groups besides system:authenticated, may list pods)
EXPECTED: dict[str, tuple[str, set[str], bool]] = {
    "admin": ("kubesmith-admin", {MASTERS}, True),
    "admin-token": ("kubesmith-token-admin", {MASTERS}, True),
    "limited": ("kubesmith-limited", set(), False),
    "exec": ("kubesmith-exec-user", {"kubesmith:exec-users"}, False),
}


@pytest.fixture(autouse=True)
def _fresh_exec_cache() -> None:
    clear_exec_cache()


def _kubeconfig(tb: Testbed) -> str:
    return str(tb.kubeconfig)


@pytest.mark.parametrize("context", sorted(EXPECTED))
def test_each_context_has_its_identity(
    testbed_cluster: Testbed, testbed_namespace: str, context: str
) -> None:
    user, groups, may_list = EXPECTED[context]
    with config.new_client_from_config(
        config_file=_kubeconfig(testbed_cluster), context=context
    ) as api_client:
        review = client.AuthenticationV1Api(api_client).create_self_subject_review(
            client.V1SelfSubjectReview()
        )
        info = review.status.user_info
        assert info.username == user
        assert set(info.groups) == groups | {AUTHENTICATED}
        core = client.CoreV1Api(api_client)
        if may_list:
            assert core.list_namespaced_pod(testbed_namespace).items == []
        else:
            with pytest.raises(ApiException) as excinfo:
                core.list_namespaced_pod(testbed_namespace)
            assert excinfo.value.status == 403
            assert f'User "{user}" cannot list resource "pods"' in excinfo.value.message


def test_each_context_has_its_identity_asyncio(
    testbed_cluster: Testbed, testbed_namespace: str
) -> None:
    async def who(context: str) -> tuple[str, Any, int | None]:
        api_client = await aconfig.new_client_from_config(
            config_file=_kubeconfig(testbed_cluster), context=context
        )
        async with api_client:
            review = await aclient.AuthenticationV1Api(api_client).create_self_subject_review(
                aclient.V1SelfSubjectReview()
            )
            status = None
            try:
                await aclient.CoreV1Api(api_client).list_namespaced_pod(testbed_namespace)
            except ApiException as error:
                status = error.status
            return context, review.status.user_info, status

    async def main() -> list[tuple[str, Any, int | None]]:
        return list(await asyncio.gather(*(who(context) for context in sorted(EXPECTED))))

    for context, info, status in asyncio.run(main()):
        user, groups, may_list = EXPECTED[context]
        assert info.username == user
        assert set(info.groups) == groups | {AUTHENTICATED}
        assert status == (None if may_list else 403)


def test_default_configuration_from_load_config(
    testbed_cluster: Testbed, monkeypatch: pytest.MonkeyPatch
) -> None:
    """load_config() outside a pod: the kubeconfig named by KUBECONFIG, current-context."""
    monkeypatch.setattr(Configuration, "_default", None)
    monkeypatch.delenv("KUBERNETES_SERVICE_HOST", raising=False)
    monkeypatch.setenv("KUBECONFIG", _kubeconfig(testbed_cluster))
    config.load_config()
    with client.ApiClient() as api_client:
        review = client.AuthenticationV1Api(api_client).create_self_subject_review(
            client.V1SelfSubjectReview()
        )
    assert review.status.user_info.username == "kubesmith-admin"
    config.load_config(context="exec")
    with client.ApiClient() as api_client:
        review = client.AuthenticationV1Api(api_client).create_self_subject_review(
            client.V1SelfSubjectReview()
        )
    assert review.status.user_info.username == "kubesmith-exec-user"


def test_unknown_credentials_are_rejected(testbed_cluster: Testbed) -> None:
    data = yaml.safe_load(Path(_kubeconfig(testbed_cluster)).read_text())
    for user in data["users"]:
        if user["name"] == "kubesmith-token-admin":
            user["user"]["token"] = "forged-token"
        if user["name"] == "kubesmith-limited":
            user["user"].pop("token")
            user["user"]["username"] = "kubesmith-limited"
            user["user"]["password"] = "no-basic-auth-on-this-server"
    # a forged token is rejected; basic auth is not an authenticator of kube-apiserver, so
    # the request is anonymous and forbidden
    for context, status in (("admin-token", 401), ("limited", 403)):
        with config.new_client_from_config_dict(data, context=context) as api_client:
            with pytest.raises(ApiException) as excinfo:
                client.AuthenticationV1Api(api_client).create_self_subject_review(
                    client.V1SelfSubjectReview()
                )
        assert excinfo.value.status == status
        if status == 403:
            assert 'User "system:anonymous"' in excinfo.value.message
        assert "forged-token" not in str(excinfo.value)
        assert "no-basic-auth-on-this-server" not in str(excinfo.value)


def test_no_credential_of_any_context_in_reprs_logs_or_errors(
    testbed_cluster: Testbed, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    creds = testbed_cluster.credentials
    secrets = [
        creds.admin_token.token,
        creds.limited_token.token,
        creds.exec_token.token,
        creds.admin.key.read_text().strip().splitlines()[1],
    ]
    texts: list[str] = []
    for context in sorted(EXPECTED):
        cfg = Configuration()
        config.load_kube_config(
            config_file=_kubeconfig(testbed_cluster), context=context, client_configuration=cfg
        )
        with client.ApiClient(cfg) as api_client:
            try:
                client.CoreV1Api(api_client).list_namespace()
            except ApiException as error:
                texts.append(str(error))
                texts.append(repr(error))
        texts += [repr(cfg), cfg.to_debug_report(), repr(cfg.token_source)]
        if isinstance(cfg.token_source, ExecCredentialPlugin):
            texts.append(repr(cfg.token_source.credential()))
    texts.append(caplog.text)
    text = "\n".join(texts)
    assert "Forbidden" in text  # the limited and exec users' errors are in there
    for secret in secrets:
        assert secret not in text
