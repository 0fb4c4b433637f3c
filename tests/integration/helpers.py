"""Shared pieces of the integration suite: the generated client against the real testbed.

Everything here talks to the server through the generated ``kubeclient`` package only (its
kubeconfig loader, its API classes and its models); no hand-written HTTP.
"""

from __future__ import annotations

import contextlib
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from kubeclient import client, config
from kubeclient.client.exceptions import ApiException
from kubesmith.testbed import Testbed

T = TypeVar("T")

# Context names and identities of the kubeconfig the testbed writes.
ADMIN = "admin"
ADMIN_TOKEN = "admin-token"
LIMITED = "limited"
EXEC = "exec"
ADMIN_USER = "kubesmith-admin"
TOKEN_ADMIN_USER = "kubesmith-token-admin"
LIMITED_USER = "kubesmith-limited"
EXEC_USER = "kubesmith-exec-user"
EXEC_GROUP = "kubesmith:exec-users"
MASTERS = "system:masters"

#: the image of every container: KWOK never pulls it
IMAGE = "registry.invalid/kubesmith/app:1"


def kubeconfig(tb: Testbed) -> str:
    return str(tb.kubeconfig)


def new_client(tb: Testbed, context: str = ADMIN) -> client.ApiClient:
    """An ApiClient for one context of the testbed's kubeconfig (close it after use)."""
    return config.new_client_from_config(config_file=kubeconfig(tb), context=context)


def unique(prefix: str) -> str:
    """A DNS-label-safe unique name."""
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def wait_until(
    what: str, check: Callable[[], T | None], timeout: float = 60.0, interval: float = 0.2
) -> T:
    """Poll ``check`` until it returns something truthy; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    last: T | None = None
    while True:
        last = check()
        if last:
            return last
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what} ({last!r})")
        time.sleep(interval)


def gone(read: Callable[[], Any]) -> bool:
    """True when ``read()`` raises a 404 (the object no longer exists)."""
    try:
        read()
    except ApiException as error:
        if error.status == 404:
            return True
        raise
    return False


# -- object builders -------------------------------------------------------------------------


def meta(name: str, labels: dict[str, str] | None = None) -> client.V1ObjectMeta:
    return client.V1ObjectMeta(name=name, labels=labels)


def container(name: str = "main", image: str = IMAGE) -> client.V1Container:
    return client.V1Container(name=name, image=image)


def pod(
    name: str,
    labels: dict[str, str] | None = None,
    node_selector: dict[str, str] | None = None,
) -> client.V1Pod:
    return client.V1Pod(
        metadata=meta(name, labels),
        spec=client.V1PodSpec(
            containers=[container()],
            node_selector=node_selector,
            termination_grace_period_seconds=0,
        ),
    )


def pod_template(labels: dict[str, str], *containers: client.V1Container) -> Any:
    return client.V1PodTemplateSpec(
        metadata=client.V1ObjectMeta(labels=labels),
        spec=client.V1PodSpec(
            containers=list(containers) or [container()], termination_grace_period_seconds=0
        ),
    )


def deployment(
    name: str, replicas: int = 1, *containers: client.V1Container
) -> client.V1Deployment:
    labels = {"app": name}
    return client.V1Deployment(
        metadata=meta(name, labels),
        spec=client.V1DeploymentSpec(
            replicas=replicas,
            selector=client.V1LabelSelector(match_labels=labels),
            template=pod_template(labels, *containers),
        ),
    )


def config_map(
    name: str, data: dict[str, str] | None = None, labels: dict[str, str] | None = None
) -> client.V1ConfigMap:
    return client.V1ConfigMap(metadata=meta(name, labels), data=data)


# -- waits on workloads ----------------------------------------------------------------------


def running_pods(core: client.CoreV1Api, namespace: str, selector: str) -> list[client.V1Pod]:
    pods = core.list_namespaced_pod(namespace, label_selector=selector).items
    return [p for p in pods if p.status is not None and p.status.phase == "Running"]


def wait_running_pods(
    core: client.CoreV1Api, namespace: str, selector: str, count: int, timeout: float = 90.0
) -> list[client.V1Pod]:
    def check() -> list[client.V1Pod]:
        pods = running_pods(core, namespace, selector)
        return pods if len(pods) == count else []

    return wait_until(f"{count} Running pods matching {selector}", check, timeout)


def wait_deployment_available(
    apps: client.AppsV1Api, namespace: str, name: str, replicas: int, timeout: float = 90.0
) -> client.V1Deployment:
    def check() -> client.V1Deployment | None:
        dep = apps.read_namespaced_deployment(name, namespace)
        status = dep.status
        if (
            status is not None
            and status.observed_generation == dep.metadata.generation
            and status.available_replicas == replicas
            and status.updated_replicas == replicas
            and (status.replicas or 0) == replicas
        ):
            return dep
        return None

    return wait_until(f"Deployment {name} to have {replicas} available replicas", check, timeout)


def owned_by(items: list[Any], uid: str) -> list[Any]:
    """The objects among ``items`` with an owner reference to ``uid``."""
    return [
        item
        for item in items
        if any(ref.uid == uid for ref in (item.metadata.owner_references or []))
    ]


# -- a CustomResourceDefinition --------------------------------------------------------------


def widget_crd(group: str, scope: str = "Namespaced") -> client.V1CustomResourceDefinition:
    """``widgets.<group>``: spec (size, color, replicas, tags), a status and a scale
    subresource, and strict structural schema so unknown fields are pruned or rejected."""
    schema = client.V1JSONSchemaProps.from_dict(
        {
            "type": "object",
            "properties": {
                "spec": {
                    "type": "object",
                    "properties": {
                        "size": {"type": "integer", "minimum": 0},
                        "color": {"type": "string"},
                        "replicas": {"type": "integer", "minimum": 0},
                        "tags": {"type": "array", "items": {"type": "string"}},
                    },
                },
                "status": {
                    "type": "object",
                    "properties": {
                        "phase": {"type": "string"},
                        "replicas": {"type": "integer"},
                        "selector": {"type": "string"},
                    },
                },
            },
        }
    )
    return client.V1CustomResourceDefinition(
        metadata=client.V1ObjectMeta(name=f"widgets.{group}"),
        spec=client.V1CustomResourceDefinitionSpec(
            group=group,
            scope=scope,
            names=client.V1CustomResourceDefinitionNames(
                plural="widgets", singular="widget", kind="Widget", list_kind="WidgetList"
            ),
            versions=[
                client.V1CustomResourceDefinitionVersion(
                    name="v1",
                    served=True,
                    storage=True,
                    schema=client.V1CustomResourceValidation(open_apiv3_schema=schema),
                    subresources=client.V1CustomResourceSubresources(
                        status=client.V1CustomResourceSubresourceStatus(),
                        scale=client.V1CustomResourceSubresourceScale(
                            spec_replicas_path=".spec.replicas",
                            status_replicas_path=".status.replicas",
                            label_selector_path=".status.selector",
                        ),
                    ),
                )
            ],
        ),
    )


def _established(crd: client.V1CustomResourceDefinition) -> bool:
    conditions = (crd.status.conditions if crd.status else None) or []
    return any(c.type == "Established" and c.status == "True" for c in conditions)


@contextlib.contextmanager
def installed_crd(
    api_client: client.ApiClient, scope: str = "Namespaced", timeout: float = 60.0
) -> Iterator[str]:
    """Install a fresh ``widgets.<group>`` CRD, wait until its API is served, yield the group;
    delete the CRD (and wait until it is gone) afterwards."""
    group = f"{uuid.uuid4().hex[:10]}.kubesmith.test"
    ext = client.ApiextensionsV1Api(api_client)
    custom = client.CustomObjectsApi(api_client)
    crd = ext.create_custom_resource_definition(widget_crd(group, scope))
    name = crd.metadata.name
    try:
        wait_until(
            f"CRD {name} to be Established",
            lambda: _established(ext.read_custom_resource_definition(name)),
            timeout,
        )

        # Established is set before discovery and the handler serve the new version.
        def served() -> bool:
            try:
                resources = custom.get_api_resources(group, "v1")
            except ApiException as error:
                if error.status == 404:
                    return False
                raise
            return any(r.name == "widgets" for r in resources.resources)

        wait_until(f"{group}/v1 to be served", served, timeout)
        yield group
    finally:
        ext.delete_custom_resource_definition(name)
        wait_until(
            f"CRD {name} to be deleted",
            lambda: gone(lambda: ext.read_custom_resource_definition(name)),
            timeout,
        )
