"""Typed errors carrying the server's Status: 404, 409, 422, 401, 403."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from helpers import ADMIN_TOKEN, LIMITED, LIMITED_USER, config_map, meta, new_client
from kubeclient import client, config
from kubeclient.client.exceptions import ApiException
from kubesmith.testbed import Testbed

pytestmark = pytest.mark.cluster


@pytest.fixture(scope="module")
def api(testbed_cluster: Testbed) -> Iterator[client.ApiClient]:
    with new_client(testbed_cluster) as api_client:
        yield api_client


@pytest.fixture
def core(api: client.ApiClient) -> client.CoreV1Api:
    return client.CoreV1Api(api)


def test_not_found(core: client.CoreV1Api, testbed_namespace: str) -> None:
    with pytest.raises(ApiException) as excinfo:
        core.read_namespaced_config_map("missing", testbed_namespace)
    error = excinfo.value
    assert error.status == 404
    assert error.reason == "Not Found"
    assert error.status_reason == "NotFound"
    assert error.message == 'configmaps "missing" not found'
    assert error.details.name == "missing"
    assert error.details.kind == "configmaps"
    assert error.api_status.code == 404
    assert error.api_status.status == "Failure"
    assert error.headers["content-type"] == "application/json"
    assert json.loads(error.body)["kind"] == "Status"
    assert 'configmaps "missing" not found' in str(error)


def test_bad_request_and_cluster_scoped_not_found(core: client.CoreV1Api) -> None:
    # a list in a missing namespace is empty, not an error
    assert core.list_namespaced_pod("no-such-namespace-kubesmith").items == []
    # an unsupported field selector is the server's 400
    with pytest.raises(ApiException) as excinfo:
        core.list_namespaced_pod("default", field_selector="spec.bogus=b")
    assert excinfo.value.status == 400
    assert excinfo.value.status_reason == "BadRequest"
    assert excinfo.value.message == "field label not supported: spec.bogus"

    with pytest.raises(ApiException) as excinfo:
        core.read_node("no-such-node-kubesmith")
    assert excinfo.value.status == 404
    assert excinfo.value.details.kind == "nodes"


def test_already_exists(core: client.CoreV1Api, testbed_namespace: str) -> None:
    core.create_namespaced_config_map(testbed_namespace, config_map("twice", {"a": "1"}))
    with pytest.raises(ApiException) as excinfo:
        core.create_namespaced_config_map(testbed_namespace, config_map("twice", {"a": "2"}))
    error = excinfo.value
    assert error.status == 409
    assert error.reason == "Conflict"
    assert error.status_reason == "AlreadyExists"
    assert error.message == 'configmaps "twice" already exists'
    assert error.details.name == "twice"
    assert error.details.kind == "configmaps"
    assert core.read_namespaced_config_map("twice", testbed_namespace).data == {"a": "1"}


def test_conflict_on_a_stale_resource_version(
    core: client.CoreV1Api, testbed_namespace: str
) -> None:
    ns = testbed_namespace
    stale = core.create_namespaced_config_map(ns, config_map("cas", {"n": "0"}))
    fresh = core.read_namespaced_config_map("cas", ns)
    fresh.data["n"] = "1"
    core.replace_namespaced_config_map("cas", ns, fresh)
    stale.data["n"] = "2"
    with pytest.raises(ApiException) as excinfo:
        core.replace_namespaced_config_map("cas", ns, stale)
    assert excinfo.value.status == 409
    assert excinfo.value.status_reason == "Conflict"
    assert "the object has been modified" in excinfo.value.message
    assert core.read_namespaced_config_map("cas", ns).data == {"n": "1"}


def test_invalid_with_field_causes(core: client.CoreV1Api, testbed_namespace: str) -> None:
    bad = client.V1ConfigMap(metadata=meta("Not_A_DNS_Name"), data={"bad key!": "v"})
    with pytest.raises(ApiException) as excinfo:
        core.create_namespaced_config_map(testbed_namespace, bad)
    error = excinfo.value
    assert error.status == 422
    assert error.reason == "Unprocessable Entity"
    assert error.status_reason == "Invalid"
    assert error.details.kind == "ConfigMap"
    assert error.details.name == "Not_A_DNS_Name"
    causes = {c.field: c for c in error.causes}
    assert causes["metadata.name"].reason == "FieldValueInvalid"
    assert "Not_A_DNS_Name" in causes["metadata.name"].message
    assert causes["data[bad key!]"].reason == "FieldValueInvalid"
    assert 'ConfigMap "Not_A_DNS_Name" is invalid' in error.message


def test_invalid_pod_missing_required_field(core: client.CoreV1Api, testbed_namespace: str) -> None:
    # The model requires containers; an empty list passes the client and the server says why.
    body = client.V1Pod(metadata=meta("empty"), spec=client.V1PodSpec(containers=[]))
    with pytest.raises(ApiException) as excinfo:
        core.create_namespaced_pod(testbed_namespace, body)
    assert excinfo.value.status == 422
    fields = {(c.field, c.reason) for c in excinfo.value.causes}
    assert ("spec.containers", "FieldValueRequired") in fields


def test_errors_with_raw_responses(core: client.CoreV1Api, testbed_namespace: str) -> None:
    # _preload_content=False returns the raw response on success and still raises on errors
    with pytest.raises(ApiException) as excinfo:
        core.read_namespaced_config_map("missing", testbed_namespace, _preload_content=False)
    assert excinfo.value.status == 404
    assert excinfo.value.status_reason == "NotFound"

    core.create_namespaced_config_map(testbed_namespace, config_map("raw", {"a": "1"}))
    raw = core.read_namespaced_config_map("raw", testbed_namespace, _preload_content=False)
    assert raw.status == 200
    assert json.loads(raw.data)["data"] == {"a": "1"}


# -- authentication and authorization --------------------------------------------------------


def test_bad_token_is_401(testbed_cluster: Testbed) -> None:
    kubeconfig = yaml.safe_load(Path(testbed_cluster.kubeconfig).read_text())
    for user in kubeconfig["users"]:
        if "token" in user["user"]:
            user["user"]["token"] = "definitely-not-a-valid-token"
    with config.new_client_from_config_dict(kubeconfig, context=ADMIN_TOKEN) as bad:
        with pytest.raises(ApiException) as excinfo:
            client.CoreV1Api(bad).list_namespace()
    error = excinfo.value
    assert error.status == 401
    assert error.reason == "Unauthorized"
    assert error.status_reason == "Unauthorized"
    assert error.api_status.code == 401


def test_limited_user_is_403(testbed_cluster: Testbed, testbed_namespace: str) -> None:
    limited = config.new_client_from_config(
        config_file=str(testbed_cluster.kubeconfig), context=LIMITED
    )
    with limited:
        api = client.CoreV1Api(limited)
        with pytest.raises(ApiException) as excinfo:
            api.list_namespaced_pod(testbed_namespace)
        error = excinfo.value
        assert error.status == 403
        assert error.reason == "Forbidden"
        assert error.status_reason == "Forbidden"
        assert f'User "{LIMITED_USER}" cannot list resource "pods"' in error.message
        assert f'in the namespace "{testbed_namespace}"' in error.message
        assert error.details.kind == "pods"

        with pytest.raises(ApiException) as excinfo:
            api.create_namespaced_config_map(testbed_namespace, config_map("nope"))
        assert excinfo.value.status == 403
        assert 'cannot create resource "configmaps"' in excinfo.value.message

        with pytest.raises(ApiException) as excinfo:
            client.RbacAuthorizationV1Api(limited).list_cluster_role()
        assert excinfo.value.status == 403
        assert "at the cluster scope" in excinfo.value.message
