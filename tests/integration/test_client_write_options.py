"""Write options the server honours: dryRun, fieldValidation, and the Warning headers it sends."""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator

import pytest
from helpers import config_map, deployment, gone, new_client
from kubeclient import client
from kubeclient.client.api_client import MERGE_PATCH, KubernetesWarning
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


def _with_unknown_field(name: str) -> dict[str, object]:
    return {
        "apiVersion": "v1",
        "kind": "ConfigMap",
        "metadata": {"name": name},
        "data": {"a": "1"},
        "bogusField": "x",
    }


# -- dryRun ----------------------------------------------------------------------------------


def test_dry_run_create_is_not_persisted(core: client.CoreV1Api, testbed_namespace: str) -> None:
    ns = testbed_namespace
    result = core.create_namespaced_config_map(ns, config_map("dry", {"a": "1"}), dry_run="All")
    assert isinstance(result, client.V1ConfigMap)
    assert result.metadata.name == "dry"
    assert result.metadata.creation_timestamp is not None  # fully processed by the server
    assert result.data == {"a": "1"}
    assert gone(lambda: core.read_namespaced_config_map("dry", ns))
    assert core.list_namespaced_config_map(ns, field_selector="metadata.name=dry").items == []


def test_dry_run_update_patch_and_delete_change_nothing(
    core: client.CoreV1Api, api: client.ApiClient, testbed_namespace: str
) -> None:
    ns = testbed_namespace
    created = core.create_namespaced_config_map(ns, config_map("kept", {"a": "1"}))

    patched = core.patch_namespaced_config_map("kept", ns, {"data": {"a": "2"}}, dry_run="All")
    assert patched.data == {"a": "2"}
    created.data["a"] = "3"
    replaced = core.replace_namespaced_config_map("kept", ns, created, dry_run="All")
    assert replaced.data == {"a": "3"}
    core.delete_namespaced_config_map("kept", ns, dry_run="All")
    # the dry-run delete in the body, as the official client sends it
    core.delete_namespaced_config_map("kept", ns, body=client.V1DeleteOptions(dry_run=["All"]))

    current = core.read_namespaced_config_map("kept", ns)
    assert current.data == {"a": "1"}
    assert current.metadata.resource_version == created.metadata.resource_version

    # A dry-run create of a Deployment runs admission and defaulting, persists nothing.
    apps = client.AppsV1Api(api)
    result = apps.create_namespaced_deployment(ns, deployment("dry-dep", 2), dry_run="All")
    assert result.spec.strategy.type == "RollingUpdate"
    assert result.spec.template.spec.restart_policy == "Always"
    assert apps.list_namespaced_deployment(ns).items == []


def test_invalid_dry_run_value_is_rejected(core: client.CoreV1Api, testbed_namespace: str) -> None:
    with pytest.raises(ApiException) as excinfo:
        core.create_namespaced_config_map(
            testbed_namespace, config_map("x", {"a": "1"}), dry_run="Maybe"
        )
    assert excinfo.value.status in (400, 422)
    assert "dryRun" in excinfo.value.message or "dry" in excinfo.value.message.lower()
    assert gone(lambda: core.read_namespaced_config_map("x", testbed_namespace))


# -- fieldValidation -------------------------------------------------------------------------


def test_strict_field_validation_rejects_unknown_field(
    core: client.CoreV1Api, testbed_namespace: str
) -> None:
    ns = testbed_namespace
    with pytest.raises(ApiException) as excinfo:
        core.create_namespaced_config_map(
            ns, _with_unknown_field("strict"), field_validation="Strict"
        )
    error = excinfo.value
    assert error.status == 400
    assert error.status_reason == "BadRequest"
    assert "strict decoding error" in error.message
    assert 'unknown field "bogusField"' in error.message
    assert error.api_status.code == 400
    assert gone(lambda: core.read_namespaced_config_map("strict", ns))

    # Strict applies to patches as well.
    core.create_namespaced_config_map(ns, config_map("strict", {"a": "1"}))
    with pytest.raises(ApiException) as excinfo:
        core.patch_namespaced_config_map(
            "strict",
            ns,
            {"data": {"a": "2"}, "spec": {"nope": 1}},
            field_validation="Strict",
            _content_type=MERGE_PATCH,
        )
    # the patched object fails strict decoding: the server answers 422 Invalid for patches
    assert excinfo.value.status == 422
    assert excinfo.value.status_reason == "Invalid"
    assert 'strict decoding error: unknown field "spec"' in excinfo.value.message
    assert [c.field for c in excinfo.value.causes] == ["patch"]
    assert core.read_namespaced_config_map("strict", ns).data == {"a": "1"}


def test_ignore_field_validation_drops_unknown_field_silently(
    core: client.CoreV1Api, testbed_namespace: str
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", KubernetesWarning)
        created = core.create_namespaced_config_map(
            testbed_namespace, _with_unknown_field("ignored"), field_validation="Ignore"
        )
    assert created.data == {"a": "1"}


# -- Warning headers -------------------------------------------------------------------------


def test_warn_field_validation_surfaces_the_warning_header(
    core: client.CoreV1Api, testbed_namespace: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="kubeclient")
    with pytest.warns(KubernetesWarning, match='unknown field "bogusField"') as record:
        created = core.create_namespaced_config_map(
            testbed_namespace, _with_unknown_field("warned"), field_validation="Warn"
        )
    assert created.data == {"a": "1"}
    assert issubclass(KubernetesWarning, UserWarning)
    # the warning points at the caller's line, not at the runtime
    assert record[0].filename == __file__
    logged = [r.getMessage() for r in caplog.records if r.name.startswith("kubeclient")]
    assert any('unknown field "bogusField"' in message for message in logged)


def test_deprecated_api_warning(core: client.CoreV1Api, testbed_namespace: str) -> None:
    # core/v1 Endpoints is deprecated in favour of EndpointSlice: the server says so.
    with pytest.warns(KubernetesWarning, match="deprecated") as record:
        listed = core.list_namespaced_endpoints(testbed_namespace)
    assert listed.items == []
    assert any("EndpointSlice" in str(w.message) for w in record)


def test_duplicate_field_in_a_raw_body_is_warned(
    core: client.CoreV1Api, testbed_namespace: str
) -> None:
    # A body given as bytes is sent as it is: a duplicate JSON key reaches the server, which
    # keeps the last value and warns (fieldValidation=Warn).
    body = (
        b'{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"dup"},"data":{"k":"1","k":"2"}}'
    )
    with pytest.warns(KubernetesWarning, match='duplicate field "data.k"'):
        created = core.create_namespaced_config_map(
            testbed_namespace, body, field_validation="Warn"
        )
    assert created.metadata.name == "dup"
    assert created.data == {"k": "2"}
