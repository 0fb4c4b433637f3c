"""Watch and informer over a custom resource (through ``CustomObjectsApi``; objects are dicts)."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator

import pytest
from kubeclient import client, informer, watch
from streaming_support import wait_for

pytestmark = pytest.mark.cluster

PLURAL = "gadgets"


@pytest.fixture
def group(api_client: client.ApiClient) -> Iterator[str]:
    """A namespaced CRD ``gadgets.<random group>`` with an open schema, deleted afterwards."""
    name = f"t{uuid.uuid4().hex[:8]}.kubesmith.test"
    ext = client.ApiextensionsV1Api(api_client)
    schema = client.V1JSONSchemaProps(type="object", x_kubernetes_preserve_unknown_fields=True)
    crd = client.V1CustomResourceDefinition(
        metadata=client.V1ObjectMeta(name=f"{PLURAL}.{name}"),
        spec=client.V1CustomResourceDefinitionSpec(
            group=name,
            scope="Namespaced",
            names=client.V1CustomResourceDefinitionNames(
                plural=PLURAL, singular="gadget", kind="Gadget", list_kind="GadgetList"
            ),
            versions=[
                client.V1CustomResourceDefinitionVersion(
                    name="v1",
                    served=True,
                    storage=True,
                    schema=client.V1CustomResourceValidation(open_apiv3_schema=schema),
                )
            ],
        ),
    )
    ext.create_custom_resource_definition(crd)

    def established() -> bool:
        got = ext.read_custom_resource_definition(f"{PLURAL}.{name}")
        conditions = (got.status.conditions if got.status else None) or []
        return any(c.type == "Established" and c.status == "True" for c in conditions)

    wait_for("the CRD to be established", established, 60)
    try:
        yield name
    finally:
        ext.delete_custom_resource_definition(f"{PLURAL}.{name}")


def gadget(group: str, name: str, size: int) -> dict[str, object]:
    return {
        "apiVersion": f"{group}/v1",
        "kind": "Gadget",
        "metadata": {"name": name},
        "spec": {"size": size},
    }


def test_watch_and_informer_over_a_custom_resource(
    api_client: client.ApiClient, testbed_namespace: str, group: str
) -> None:
    ns = testbed_namespace
    custom = client.CustomObjectsApi(api_client)
    custom.create_namespaced_custom_object(group, "v1", ns, PLURAL, gadget(group, "g0", 0))
    seen: list[str] = []
    inf = informer.Informer(custom.list_namespaced_custom_object, group, "v1", ns, PLURAL)
    inf.add_event_handler(
        on_add=lambda o: seen.append(f"add {o['metadata']['name']}"),
        on_update=lambda old, new: seen.append(f"update {new['spec']['size']}"),
        on_delete=lambda o: seen.append(f"delete {o['metadata']['name']}"),
    )
    w = watch.Watch()
    events: list[tuple[str, str]] = []

    def consume() -> None:
        for event in w.stream(custom.list_namespaced_custom_object, group, "v1", ns, PLURAL):
            assert isinstance(event["object"], dict)
            events.append((event["type"], event["object"]["metadata"]["name"]))
            if event["type"] == "DELETED":
                w.stop()

    thread = threading.Thread(target=consume, daemon=True)
    thread.start()
    with inf:
        assert inf.wait_for_sync(30)
        assert inf.get(f"{ns}/g0")["spec"] == {"size": 0}
        custom.patch_namespaced_custom_object(group, "v1", ns, PLURAL, "g0", {"spec": {"size": 5}})
        custom.delete_namespaced_custom_object(group, "v1", ns, PLURAL, "g0")
        wait_for("the informer's delete", lambda: "delete g0" in seen, 30)
    thread.join(30)
    assert not thread.is_alive()
    assert seen == ["add g0", "update 5", "delete g0"]
    assert events == [("ADDED", "g0"), ("MODIFIED", "g0"), ("DELETED", "g0")]
