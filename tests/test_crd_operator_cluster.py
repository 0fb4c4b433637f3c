"""The operator-style CRDs of tests/data/crds/operator on the testbed's real API server:
installed with ``utils.create_from_yaml`` (the manifests have an unquoted ``=``), objects
created and read back through the generated typed API (with kubeclient's ``V1Container``
inside a custom resource), and the table of YAML scalars checked against the server."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
from kubeclient import client as base
from kubeclient import config, utils
from kubesmith import kubeyaml
from kubesmith.testbed import Testbed
from test_crd_operator import OPERATOR, SCALARS, crds, generated  # noqa: F401  (fixtures)

pytestmark = pytest.mark.cluster

CRD_PATH = "/apis/apiextensions.k8s.io/v1/customresourcedefinitions"
NAMES = (
    "alertroutes.monitoring.example.com",
    "runners.batch.example.com",
    "yamlprobes.monitoring.example.com",
)


@pytest.fixture(scope="module")
def api_client(testbed_cluster: Testbed) -> Iterator[Any]:
    """kubeclient's ApiClient, with the CRDs installed from their YAML files (removed after)."""
    with config.new_client_from_config(
        config_file=str(testbed_cluster.kubeconfig), context="admin"
    ) as client:
        try:
            for path in sorted(OPERATOR.glob("*.yaml")):
                utils.create_from_yaml(client, str(path))
            for name in NAMES:
                _wait_established(testbed_cluster, name)
            yield client
        finally:
            for name in NAMES:
                testbed_cluster.admin.request("DELETE", f"{CRD_PATH}/{name}")


def _wait_established(tb: Testbed, name: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        body = tb.admin.get(f"{CRD_PATH}/{name}").json()
        conditions = (body.get("status") or {}).get("conditions") or []
        if any(c["type"] == "Established" and c["status"] == "True" for c in conditions):
            return
        time.sleep(0.2)
    raise AssertionError(f"CRD {name} not established")


def _name(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def test_the_enum_with_an_unquoted_equals_is_what_the_server_has(
    api_client: Any, testbed_cluster: Testbed
) -> None:
    crd = testbed_cluster.admin.get(f"{CRD_PATH}/{NAMES[0]}").json()
    schema = crd["spec"]["versions"][0]["schema"]["openAPIV3Schema"]
    matcher = schema["properties"]["spec"]["properties"]["matchers"]["items"]
    assert matcher["properties"]["matchType"]["enum"] == ["=", "!=", "=~", "!~"]


def test_alert_routes_round_trip_through_the_typed_api(
    crds: ModuleType,  # noqa: F811  (the imported fixture)
    api_client: Any,
    testbed_namespace: str,
) -> None:
    c, ns = crds, testbed_namespace
    api = c.MonitoringExampleComV1Api(api_client)
    name = _name("route")
    secret = c.V1AlertRouteUrlSecret(key="token", name="hook")
    body = c.V1AlertRoute(
        api_version="monitoring.example.com/v1",
        kind="AlertRoute",
        metadata=base.V1ObjectMeta(name=name),
        spec=c.V1AlertRouteSpec(
            matchers=[
                c.V1AlertRouteMatchersItem(name="severity", match_type="=", value="critical"),
                c.V1AlertRouteMatchersItem(name="team", match_type="=~", value="db.*"),
            ],
            proxy_url="http://old-proxy:3128",
            proxy_url_2="http://proxy:3128",
            selector=base.V1LabelSelector(match_labels={"app": "db"}),
            receivers=[
                c.V1AlertRouteReceiversItem(
                    name="hook",
                    webhook=c.V1AlertRouteWebhook(
                        url_secret=secret,
                        http=c.V1AlertRouteHttp(
                            basic_auth=c.V1AlertRouteBasicAuth(username=secret, password=secret),
                            tls=c.V1AlertRouteTls(
                                ca=c.V1AlertRouteCa(secret=secret),
                                cert=c.V1AlertRouteCa(secret=secret),
                                key_secret=secret,
                            ),
                        ),
                    ),
                )
            ],
        ),
    )
    created = api.create_namespaced_alert_route(ns, body)
    read = api.read_namespaced_alert_route(name, ns)
    for got in (created, read):
        assert type(got.spec.selector) is base.V1LabelSelector
        assert [m.match_type for m in got.spec.matchers] == ["=", "=~"]
        assert (got.spec.proxy_url, got.spec.proxy_url_2) == (
            "http://old-proxy:3128",
            "http://proxy:3128",
        )
        tls = got.spec.receivers[0].webhook.http.tls
        assert tls.cert.secret == secret
        assert got.spec.severity == "warning"  # the server's default
    # a value the server refuses (not in the enum) is the server's error, not the client's
    bad = c.V1AlertRoute.from_dict(
        {
            "apiVersion": "monitoring.example.com/v1",
            "kind": "AlertRoute",
            "metadata": {"name": _name("bad")},
            "spec": {"matchers": [{"name": "a", "matchType": "~="}]},
        }
    )
    with pytest.raises(base.ApiException) as caught:
        api.create_namespaced_alert_route(ns, bad)
    assert caught.value.status == 422


def test_a_runner_takes_kubeclients_container(
    crds: ModuleType,  # noqa: F811  (the imported fixture)
    api_client: Any,
    testbed_namespace: str,
) -> None:
    c, ns = crds, testbed_namespace
    api = c.BatchExampleComV1Api(api_client)
    name = _name("runner")
    container = base.V1Container(
        name="job",
        image="busybox:1.36",
        command=["sh", "-c", "true"],
        ports=[base.V1ContainerPort(container_port=8080, name="http", protocol="TCP")],
        resources=base.V1ResourceRequirements(limits={"cpu": "500m", "memory": "64Mi"}),
        env=[
            base.V1EnvVar(
                name="TOKEN",
                value_from=base.V1EnvVarSource(
                    secret_key_ref=base.V1SecretKeySelector(key="t", name="s")
                ),
            )
        ],
    )
    body = c.V1Runner(
        api_version="batch.example.com/v1",
        kind="Runner",
        metadata=base.V1ObjectMeta(name=name),
        spec=c.V1RunnerSpec(container=container, sidecars=[container]),
    )
    api.create_namespaced_runner(ns, body)
    read = api.read_namespaced_runner(name, ns)
    assert type(read.spec.container) is base.V1Container
    assert read.spec.container == container
    assert read.spec.sidecars == [container]


def _probe_yaml(name: str) -> str:
    values = "\n".join(f"    k{index}: {text}" for index, (text, _) in enumerate(SCALARS))
    return (
        "apiVersion: monitoring.example.com/v1\nkind: YamlProbe\n"
        f"metadata:\n  name: {name}\nspec:\n  values:\n{values}\n"
    )


def test_yaml_scalars_as_the_api_server_reads_them(api_client: Any, testbed_namespace: str) -> None:
    """The server's reading of each scalar (a YAML body) is the table's and kubeyaml's; and
    create_from_yaml, which parses on the client, sends what the server would have read."""
    ns = testbed_namespace
    path = f"/apis/monitoring.example.com/v1/namespaces/{ns}/yamlprobes"
    by_server = _name("server")
    data, status, _ = api_client.call_api(
        path,
        "POST",
        header_params={"Content-Type": "application/yaml", "Accept": "application/json"},
        body=_probe_yaml(by_server).encode(),
        _preload_content=False,
    )
    assert status == 201
    server = json.loads(data.data)["spec"]["values"]
    expected = {f"k{index}": value for index, (_, value) in enumerate(SCALARS)}
    assert server == expected
    by_client = _name("client")
    text = _probe_yaml(by_client)
    assert kubeyaml.load(text)["spec"]["values"] == server
    utils.create_from_yaml(api_client, yaml_objects=[kubeyaml.load(text)], namespace=ns)
    utils.create_from_yaml(
        api_client,
        yaml_objects=utils.loads_yaml(
            text.replace(by_client, by_client + "-x"), allow_unknown=True
        ),
        namespace=ns,
    )
    for name in (by_client, by_client + "-x"):
        data, _, _ = api_client.call_api(
            f"{path}/{name}",
            "GET",
            header_params={"Accept": "application/json"},
            _preload_content=False,
        )
        assert json.loads(data.data)["spec"]["values"] == server
