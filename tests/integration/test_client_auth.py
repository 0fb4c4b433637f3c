"""Every identity of the testbed's kubeconfig, as the server sees it through the client."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from helpers import (
    ADMIN,
    ADMIN_TOKEN,
    ADMIN_USER,
    EXEC,
    EXEC_GROUP,
    EXEC_USER,
    LIMITED,
    LIMITED_USER,
    MASTERS,
    TOKEN_ADMIN_USER,
    kubeconfig,
    new_client,
)
from kubeclient import client, config
from kubeclient.client.configuration import Configuration
from kubeclient.client.exceptions import ApiException
from kubesmith.testbed import Testbed

pytestmark = pytest.mark.cluster


def _who_am_i(api_client: client.ApiClient) -> client.V1UserInfo:
    review = client.AuthenticationV1Api(api_client).create_self_subject_review(
        client.V1SelfSubjectReview()
    )
    assert isinstance(review, client.V1SelfSubjectReview)
    return review.status.user_info


def _can_i(api_client: client.ApiClient, verb: str, resource: str, namespace: str) -> bool:
    review = client.V1SelfSubjectAccessReview(
        spec=client.V1SelfSubjectAccessReviewSpec(
            resource_attributes=client.V1ResourceAttributes(
                verb=verb, resource=resource, namespace=namespace
            )
        )
    )
    answer = client.AuthorizationV1Api(api_client).create_self_subject_access_review(review)
    return bool(answer.status.allowed)


def test_kubeconfig_lists_every_context(testbed_cluster: Testbed) -> None:
    contexts, current = config.list_kube_config_contexts(config_file=kubeconfig(testbed_cluster))
    assert {c["name"] for c in contexts} == {ADMIN, ADMIN_TOKEN, LIMITED, EXEC}
    assert current is not None
    assert current["name"] == ADMIN


@pytest.mark.parametrize(
    ("context", "user", "group"),
    [
        (ADMIN, ADMIN_USER, MASTERS),  # client certificate
        (ADMIN_TOKEN, TOKEN_ADMIN_USER, MASTERS),  # static bearer token
    ],
)
def test_admin_identities(
    testbed_cluster: Testbed, testbed_namespace: str, context: str, user: str, group: str
) -> None:
    with new_client(testbed_cluster, context) as api_client:
        info = _who_am_i(api_client)
        assert info.username == user
        assert group in info.groups
        assert "system:authenticated" in info.groups
        assert _can_i(api_client, "create", "pods", testbed_namespace)
        assert client.CoreV1Api(api_client).list_namespaced_pod(testbed_namespace).items == []


def test_exec_plugin_identity(testbed_cluster: Testbed, testbed_namespace: str) -> None:
    with new_client(testbed_cluster, EXEC) as api_client:
        info = _who_am_i(api_client)
        assert info.username == EXEC_USER
        assert EXEC_GROUP in info.groups
        assert not _can_i(api_client, "list", "pods", testbed_namespace)


def test_limited_identity_is_authenticated_but_forbidden(
    testbed_cluster: Testbed, testbed_namespace: str
) -> None:
    with new_client(testbed_cluster, LIMITED) as api_client:
        info = _who_am_i(api_client)
        assert info.username == LIMITED_USER
        assert info.groups == ["system:authenticated"]
        assert not _can_i(api_client, "list", "pods", testbed_namespace)
        with pytest.raises(ApiException) as excinfo:
            client.CoreV1Api(api_client).list_namespaced_pod(testbed_namespace)
        assert excinfo.value.status == 403
        assert excinfo.value.status_reason == "Forbidden"


def test_invalid_token_is_unauthenticated(testbed_cluster: Testbed) -> None:
    data = yaml.safe_load(Path(kubeconfig(testbed_cluster)).read_text())
    for user in data["users"]:
        if user["name"] == TOKEN_ADMIN_USER:
            user["user"]["token"] = "forged-token"
    with config.new_client_from_config_dict(data, context=ADMIN_TOKEN) as api_client:
        with pytest.raises(ApiException) as excinfo:
            _who_am_i(api_client)
    assert excinfo.value.status == 401
    assert excinfo.value.status_reason == "Unauthorized"


def test_clients_for_different_contexts_side_by_side(
    testbed_cluster: Testbed, monkeypatch: pytest.MonkeyPatch
) -> None:
    """load_kube_config sets the default; explicit clients keep their own identity."""
    monkeypatch.setattr(Configuration, "_default", None)
    config.load_kube_config(config_file=kubeconfig(testbed_cluster), context=ADMIN_TOKEN)
    with (
        client.ApiClient() as default_client,
        new_client(testbed_cluster, LIMITED) as limited,
        new_client(testbed_cluster, ADMIN) as admin,
    ):
        assert _who_am_i(default_client).username == TOKEN_ADMIN_USER
        assert _who_am_i(limited).username == LIMITED_USER
        assert _who_am_i(admin).username == ADMIN_USER


def test_impersonation_from_the_kubeconfig(
    testbed_cluster: Testbed, testbed_namespace: str
) -> None:
    """kubeconfig ``as``/``as-groups``/``as-user-extra``: the admin acts as someone else."""
    data = yaml.safe_load(Path(kubeconfig(testbed_cluster)).read_text())
    for user in data["users"]:
        if user["name"] == ADMIN_USER:
            user["user"]["as"] = "jane"
            user["user"]["as-groups"] = ["kubesmith:team-a"]
            user["user"]["as-user-extra"] = {"reason": ["integration-test"]}
    with config.new_client_from_config_dict(data, context=ADMIN) as api_client:
        info = _who_am_i(api_client)
        assert info.username == "jane"
        assert "kubesmith:team-a" in info.groups
        assert MASTERS not in info.groups
        assert info.extra == {"reason": ["integration-test"]}
        assert not _can_i(api_client, "list", "pods", testbed_namespace)
        with pytest.raises(ApiException) as excinfo:
            client.CoreV1Api(api_client).list_namespaced_pod(testbed_namespace)
        assert excinfo.value.status == 403
        assert 'User "jane" cannot list resource "pods"' in excinfo.value.message

    # Impersonating is itself authorized: the limited user may not do it.
    for user in data["users"]:
        if user["name"] == LIMITED_USER:
            user["user"]["as"] = ADMIN_USER
    with config.new_client_from_config_dict(data, context=LIMITED) as api_client:
        with pytest.raises(ApiException) as excinfo:
            _who_am_i(api_client)
    assert excinfo.value.status == 403
    assert f'User "{LIMITED_USER}" cannot impersonate' in excinfo.value.message
