"""Typed server-side apply: generated apply configurations, apply_* methods, extract."""

from __future__ import annotations

import inspect
import json
import typing

from kubeclient import client
from kubeclient.client import apply


def test_apply_configurations_are_all_optional() -> None:
    # V1Container requires name and V1DeploymentSpec selector/template; their apply
    # configurations do not, so an apply can own just one field
    assert apply.V1ContainerApply().to_wire() == {}
    spec = apply.V1DeploymentSpecApply(replicas=3)
    assert spec.to_wire() == {"replicas": 3}


def test_new_fills_type_and_identity() -> None:
    deployment = apply.V1DeploymentApply.new("web", "prod")
    assert deployment.to_wire() == {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": "web", "namespace": "prod"},
    }
    namespace = apply.V1NamespaceApply.new("prod")  # cluster-scoped: no namespace argument
    assert namespace.to_wire()["metadata"] == {"name": "prod"}
    assert list(inspect.signature(apply.V1NamespaceApply.new).parameters) == ["name"]


def test_apply_methods() -> None:
    overloads = typing.get_overloads(client.AppsV1Api.apply_namespaced_deployment)
    typed = inspect.signature(overloads[0])
    assert list(typed.parameters)[1:3] == ["body", "field_manager"]
    assert typed.parameters["body"].annotation == "V1DeploymentApply"
    assert typed.return_annotation == "V1Deployment"
    assert {"force", "dry_run", "name", "namespace"} <= set(typed.parameters)
    assert "_content_type" not in typed.parameters
    assert callable(client.AppsV1Api.apply_namespaced_deployment_status)
    assert callable(client.CoreV1Api.apply_namespace)


MANAGED = {
    "apiVersion": "apps/v1",
    "kind": "Deployment",
    "metadata": {
        "name": "web",
        "namespace": "prod",
        "uid": "1",
        "managedFields": [
            {
                "manager": "me",
                "operation": "Apply",
                "apiVersion": "apps/v1",
                "fieldsType": "FieldsV1",
                "fieldsV1": {
                    "f:spec": {
                        "f:template": {
                            "f:spec": {
                                "f:containers": {
                                    'k:{"name":"web"}': {".": {}, "f:image": {}, "f:name": {}}
                                }
                            }
                        }
                    }
                },
            },
            {
                "manager": "hpa",
                "operation": "Apply",
                "apiVersion": "apps/v1",
                "fieldsType": "FieldsV1",
                "fieldsV1": {"f:spec": {"f:replicas": {}}},
            },
            {
                "manager": "me",
                "operation": "Update",
                "apiVersion": "apps/v1",
                "fieldsType": "FieldsV1",
                "fieldsV1": {"f:metadata": {"f:labels": {}}},
            },
        ],
        "labels": {"a": "b"},
    },
    "spec": {
        "replicas": 4,
        "selector": {"matchLabels": {"app": "web"}},
        "template": {
            "metadata": {"labels": {"app": "web"}},
            "spec": {
                "containers": [
                    {"name": "web", "image": "nginx:1.27", "imagePullPolicy": "Always"},
                    {"name": "sidecar", "image": "envoy"},
                ]
            },
        },
    },
}


def test_extract_keeps_only_the_managers_fields() -> None:
    deployment = client.V1Deployment.from_json(json.dumps(MANAGED))
    mine = apply.extract(deployment, "me")
    assert isinstance(mine, apply.V1DeploymentApply)
    assert mine.to_wire() == {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": "web", "namespace": "prod"},
        "spec": {"template": {"spec": {"containers": [{"name": "web", "image": "nginx:1.27"}]}}},
    }
    assert apply.extract(deployment, "hpa").to_wire()["spec"] == {"replicas": 4}
    assert "spec" not in apply.extract(deployment, "nobody").to_wire()
