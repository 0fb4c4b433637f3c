"""The pinned table of tricky names: a change here changes the public API."""

from __future__ import annotations

import pytest
from kubesmith.targets.python import naming

FIELDS = [
    ("podIPs", "pod_ips"),
    ("podIP", "pod_ip"),
    ("hostIPs", "host_ips"),
    ("clusterIPs", "cluster_ips"),
    ("externalIPs", "external_ips"),
    ("podCIDRs", "pod_cidrs"),
    ("serverAddressByClientCIDRs", "server_address_by_client_cidrs"),
    ("hostIPC", "host_ipc"),
    ("hostPID", "host_pid"),
    ("targetWWNs", "target_wwns"),
    ("nonResourceURLs", "non_resource_urls"),
    ("providerID", "provider_id"),
    ("volumeID", "volume_id"),
    ("insecureSkipTLSVerify", "insecure_skip_tls_verify"),
    ("apiVersion", "api_version"),
    ("fieldsV1", "fields_v1"),
    ("x-kubernetes-int-or-string", "x_kubernetes_int_or_string"),
    ("x-kubernetes-preserve-unknown-fields", "x_kubernetes_preserve_unknown_fields"),
    ("$ref", "_ref"),
    ("$schema", "_schema"),
    ("continue", "_continue"),
    ("from", "_from"),
    ("not", "_not"),
    ("except", "_except"),
    ("exec", "_exec"),
    ("type", "type"),
    ("int", "int_"),
    ("readOnlyRootFilesystem", "read_only_root_filesystem"),
    ("IPAddress", "ip_address"),
    ("openAPIV3Schema", "open_apiv3_schema"),  # as the official client
]


@pytest.mark.parametrize(("wire", "python"), FIELDS)
def test_field_names(wire: str, python: str) -> None:
    assert naming.field_name(wire) == python


METHODS = [
    ("listCoreV1NamespacedPod", "core_v1", "list_namespaced_pod"),
    ("listCoreV1PodForAllNamespaces", "core_v1", "list_pod_for_all_namespaces"),
    ("createAppsV1NamespacedDeployment", "apps_v1", "create_namespaced_deployment"),
    ("patchAppsV1NamespacedDeployment", "apps_v1", "patch_namespaced_deployment"),
    ("readCoreV1NamespacedPodLog", "core_v1", "read_namespaced_pod_log"),
    ("connectCoreV1GetNamespacedPodExec", "core_v1", "connect_get_namespaced_pod_exec"),
    (
        "connectCoreV1PostNamespacedPodPortforward",
        "core_v1",
        "connect_post_namespaced_pod_portforward",
    ),
    ("listCoreV1Namespace", "core_v1", "list_namespace"),
    ("getCoreAPIVersions", "core", "get_api_versions"),
    ("getCodeVersion", "version", "get_code"),
    ("readStorageV1beta1CSIStorageCapacity", "storage_v1beta1", "read_csi_storage_capacity"),
    ("listFlowcontrolApiserverV1FlowSchema", "flowcontrolApiserver_v1", "list_flow_schema"),
    ("listApiregistrationV1APIService", "apiregistration_v1", "list_api_service"),
    (
        "getServiceAccountIssuerOpenIDConfiguration",
        "WellKnown",
        "get_service_account_issuer_open_id_configuration",
    ),
    ("deleteCoreV1CollectionNamespacedPod", "core_v1", "delete_collection_namespaced_pod"),
]


@pytest.mark.parametrize(("operation_id", "tag", "python"), METHODS)
def test_method_names(operation_id: str, tag: str, python: str) -> None:
    assert naming.method_name(operation_id, tag) == python


@pytest.mark.parametrize(
    ("tag", "class_name", "module"),
    [
        ("core_v1", "CoreV1Api", "core_v1"),
        ("apps_v1", "AppsV1Api", "apps_v1"),
        ("rbacAuthorization_v1", "RbacAuthorizationV1Api", "rbac_authorization_v1"),
        ("flowcontrolApiserver_v1", "FlowcontrolApiserverV1Api", "flowcontrol_apiserver_v1"),
        ("storage_v1beta1", "StorageV1beta1Api", "storage_v1beta1"),
        ("WellKnown", "WellKnownApi", "well_known"),
        ("version", "VersionApi", "version"),
    ],
)
def test_api_names(tag: str, class_name: str, module: str) -> None:
    assert naming.api_class_name(tag) == class_name
    assert naming.api_module(tag) == module


def test_class_names_and_collisions() -> None:
    names = naming.class_names(
        [
            "io.k8s.api.core.v1.Pod",
            "io.k8s.api.core.v1.Event",
            "io.k8s.api.events.v1.Event",
            "io.k8s.api.storage.v1beta1.CSIStorageCapacity",
            "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta",
            "io.k8s.apimachinery.pkg.version.Info",
            "io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService",
        ]
    )
    assert names == {
        "io.k8s.api.core.v1.Pod": "V1Pod",
        "io.k8s.api.core.v1.Event": "CoreV1Event",
        "io.k8s.api.events.v1.Event": "EventsV1Event",
        "io.k8s.api.storage.v1beta1.CSIStorageCapacity": "V1beta1CSIStorageCapacity",
        "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta": "V1ObjectMeta",
        "io.k8s.apimachinery.pkg.version.Info": "VersionInfo",
        "io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService": "V1APIService",
    }


def test_model_modules() -> None:
    assert naming.model_module("io.k8s.api.core.v1.Pod") == "core_v1"
    assert naming.model_module("io.k8s.apimachinery.pkg.apis.meta.v1.Status") == "meta_v1"
    assert naming.model_module("io.k8s.api.storage.v1beta1.X") == "storage_v1beta1"
    assert naming.model_module("io.k8s.apimachinery.pkg.version.Info") == "version"


def test_parameter_name_clash_gets_suffix() -> None:
    assert naming.parameter_names([("path", "path"), ("path", "query")]) == ["path", "path2"]
