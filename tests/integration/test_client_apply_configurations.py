"""Typed server-side apply against the real API server, sync and asyncio."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from kubeclient import config
from kubeclient.aio import client as aio_client
from kubeclient.client import AppsV1Api, apply
from kubeclient.client.exceptions import ApiException

pytestmark = pytest.mark.cluster


def _deployment(namespace: str) -> apply.V1DeploymentApply:
    deployment = apply.V1DeploymentApply.new("web", namespace)
    deployment.spec = apply.V1DeploymentSpecApply(
        replicas=2,
        selector=apply.V1LabelSelectorApply(match_labels={"app": "web"}),
        template=apply.V1PodTemplateSpecApply(
            metadata=apply.V1ObjectMetaApply(labels={"app": "web"}),
            spec=apply.V1PodSpecApply(
                containers=[apply.V1ContainerApply(name="web", image="nginx")]
            ),
        ),
    )
    return deployment


def test_apply_conflict_force_and_extract(testbed_cluster: Any, testbed_namespace: str) -> None:
    api = AppsV1Api(config.new_client_from_config(config_file=str(testbed_cluster.kubeconfig)))
    created = api.apply_namespaced_deployment(_deployment(testbed_namespace), "team-a")
    assert created.spec.replicas == 2
    assert [m.manager for m in created.metadata.managed_fields] == ["team-a"]

    scale = apply.V1DeploymentApply.new("web", testbed_namespace)
    scale.spec = apply.V1DeploymentSpecApply(replicas=5)
    with pytest.raises(ApiException) as conflict:
        api.apply_namespaced_deployment(scale, "autoscaler")
    assert conflict.value.status == 409
    forced = api.apply_namespaced_deployment(scale, "autoscaler", force=True)
    assert forced.spec.replicas == 5

    # team-a lost replicas to the forced apply; it still owns the rest
    mine = apply.extract(forced, "team-a")
    assert mine.spec is not None and mine.spec.replicas is None
    assert mine.spec.template.spec.containers[0].image == "nginx"
    assert apply.extract(forced, "autoscaler").to_wire()["spec"] == {"replicas": 5}

    # re-applying the extracted configuration changes nothing and keeps ownership
    again = api.apply_namespaced_deployment(mine, "team-a")
    assert again.spec.replicas == 5
    managers = {m.manager for m in again.metadata.managed_fields if m.operation == "Apply"}
    assert managers == {"team-a", "autoscaler"}


def test_apply_dry_run_and_status(testbed_cluster: Any, testbed_namespace: str) -> None:
    api = AppsV1Api(config.new_client_from_config(config_file=str(testbed_cluster.kubeconfig)))
    dry = api.apply_namespaced_deployment(_deployment(testbed_namespace), "team-a", dry_run="All")
    assert dry.metadata.uid
    with pytest.raises(ApiException) as missing:
        api.read_namespaced_deployment("web", testbed_namespace)
    assert missing.value.status == 404


def test_apply_asyncio(testbed_cluster: Any, testbed_namespace: str) -> None:
    kubeconfig = Path(testbed_cluster.kubeconfig)

    async def run() -> int:
        async with aio_client.ApiClient(
            config.new_client_from_config(config_file=str(kubeconfig)).configuration
        ) as api_client:
            api = aio_client.AppsV1Api(api_client)
            result = await api.apply_namespaced_deployment(_deployment(testbed_namespace), "a")
            return result.spec.replicas

    assert asyncio.run(run()) == 2
