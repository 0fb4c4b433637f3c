"""Request building and response decoding of the sync client, against a real local server."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import httpx
import pytest
from runtime.client._api_base import SyncApi
from runtime.client.api_client import (
    APPLY_PATCH,
    JSON_PATCH,
    MERGE_PATCH,
    STRATEGIC_MERGE_PATCH,
    ApiClient,
)
from runtime.client.configuration import Configuration
from runtime.client.exceptions import ApiException, ApiValueError
from runtime.client.rest import RawResponse, to_httpx_timeout
from runtime_fakes import (
    CONNECT_EXEC,
    CREATE_NAMESPACED_POD,
    DELETE_COLLECTION,
    DELETE_NAMESPACED_POD,
    GET_API_VERSIONS,
    LIST_NAMESPACED_POD,
    NO_CONTENT,
    PATCH_CUSTOM_OBJECT,
    PATCH_NAMESPACED_DEPLOYMENT,
    READ_NAMESPACED_POD,
    READ_POD_LOG,
    Pki,
    Reply,
    TestServer,
    V1Container,
    V1Deployment,
    V1DeploymentSpec,
    V1ObjectMeta,
    V1Pod,
    V1PodList,
    V1PodSpec,
    V1Status,
    pod_json,
    status_json,
)


class CoreV1Api(SyncApi):
    """What the generator emits, reduced to the forwarding methods."""

    def list_namespaced_pod(self, *args: Any, **kwargs: Any) -> Any:
        return self._call(LIST_NAMESPACED_POD, args, kwargs)

    def read_namespaced_pod(self, *args: Any, **kwargs: Any) -> Any:
        return self._call(READ_NAMESPACED_POD, args, kwargs)

    def create_namespaced_pod(self, *args: Any, **kwargs: Any) -> Any:
        return self._call(CREATE_NAMESPACED_POD, args, kwargs)

    def delete_namespaced_pod(self, *args: Any, **kwargs: Any) -> Any:
        return self._call(DELETE_NAMESPACED_POD, args, kwargs)

    def delete_collection_namespaced_pod(self, *args: Any, **kwargs: Any) -> Any:
        return self._call(DELETE_COLLECTION, args, kwargs)

    def read_namespaced_pod_log(self, *args: Any, **kwargs: Any) -> Any:
        return self._call(READ_POD_LOG, args, kwargs)

    def connect_get_namespaced_pod_exec(self, *args: Any, **kwargs: Any) -> Any:
        return self._call(CONNECT_EXEC, args, kwargs)

    def get_api_versions(self, *args: Any, **kwargs: Any) -> Any:
        return self._call(GET_API_VERSIONS, args, kwargs)

    def delete_thing(self, *args: Any, **kwargs: Any) -> Any:
        return self._call(NO_CONTENT, args, kwargs)


class AppsV1Api(SyncApi):
    def patch_namespaced_deployment(self, *args: Any, **kwargs: Any) -> Any:
        return self._call(PATCH_NAMESPACED_DEPLOYMENT, args, kwargs)


class CustomObjectsApi(SyncApi):
    def patch_namespaced_custom_object(self, *args: Any, **kwargs: Any) -> Any:
        return self._call(PATCH_CUSTOM_OBJECT, args, kwargs)


def client_for(server: TestServer, **settings: Any) -> ApiClient:
    configuration = Configuration(host=server.url)
    for key, value in settings.items():
        setattr(configuration, key, value)
    return ApiClient(configuration)


@pytest.fixture
def core(server: TestServer) -> CoreV1Api:
    return CoreV1Api(client_for(server))


# -- binding ---------------------------------------------------------------------------------


def test_positional_and_keyword_arguments_bind_in_order(
    server: TestServer, core: CoreV1Api
) -> None:
    server.reply(Reply(200, pod_json()), Reply(200, pod_json()))
    core.read_namespaced_pod("p1", "ns1")
    core.read_namespaced_pod(namespace="ns2", name="p2")
    assert [r.path for r in server.requests] == [
        "/api/v1/namespaces/ns1/pods/p1",
        "/api/v1/namespaces/ns2/pods/p2",
    ]


def test_binding_errors_are_type_errors_like_pythons(core: CoreV1Api) -> None:
    with pytest.raises(TypeError, match=r"takes 2 positional arguments but 3 were given"):
        core.read_namespaced_pod("a", "b", "c")
    with pytest.raises(TypeError, match=r"unexpected keyword argument 'labelselector'"):
        core.list_namespaced_pod("ns", labelselector="x")
    with pytest.raises(TypeError, match=r"missing 1 required argument: 'namespace'"):
        core.read_namespaced_pod("a")
    with pytest.raises(TypeError, match=r"missing 2 required arguments: 'name' and 'namespace'"):
        core.read_namespaced_pod()
    with pytest.raises(TypeError, match=r"multiple values for argument 'name'"):
        core.read_namespaced_pod("a", "b", name="c")
    with pytest.raises(TypeError, match=r"unexpected keyword argument '_content_type'"):
        core.read_namespaced_pod("a", "b", _content_type=JSON_PATCH)
    with pytest.raises(ApiValueError, match=r"Missing the required parameter `namespace`"):
        core.read_namespaced_pod("a", None)


def test_query_encoding(server: TestServer, core: CoreV1Api) -> None:
    server.reply(Reply(200, {"items": []}))
    core.list_namespaced_pod(
        "default",
        label_selector="app in (a,b),tier!=db",
        limit=50,
        watch=False,
        pretty=None,
        _continue="tok/en==",
        since_time=dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC),
    )
    assert server.last.query == [
        ("continue", "tok/en=="),
        ("labelSelector", "app in (a,b),tier!=db"),
        ("limit", "50"),
        ("watch", "false"),
        ("sinceTime", "2026-01-02T03:04:05Z"),
    ]


def test_multi_parameters_repeat_and_path_values_are_quoted(
    server: TestServer, core: CoreV1Api
) -> None:
    server.reply(Reply(200, "ok", [("Content-Type", "text/plain")]))
    core.connect_get_namespaced_pod_exec("we ird/name", "ns", command=["sh", "-c", "echo hi"])
    assert server.last.raw_path == "/api/v1/namespaces/ns/pods/we%20ird%2Fname/exec"
    assert server.last.query == [("command", "sh"), ("command", "-c"), ("command", "echo hi")]


def test_default_headers_accept_and_user_agent(server: TestServer) -> None:
    client = client_for(server)
    client.set_default_header("X-Trace", "abc")
    client.user_agent = "mytool/1.0"
    api = CoreV1Api(client)
    server.reply(Reply(200, {"items": []}), Reply(200, "out", [("Content-Type", "text/plain")]))
    api.list_namespaced_pod("ns", _headers={"X-Extra": "1"})
    headers = server.last.headers
    assert headers["accept"] == "application/json"
    assert headers["user-agent"] == "mytool/1.0"
    assert headers["x-trace"] == "abc"
    assert headers["x-extra"] == "1"
    assert "content-type" not in headers
    # JSON when the operation offers it (as the official client), else what it produces
    api.connect_get_namespaced_pod_exec("p", "ns")
    assert server.last.headers["accept"] == "*/*"


def test_default_user_agent_names_the_package_and_platform() -> None:
    agent = ApiClient(Configuration()).user_agent
    assert agent.startswith("runtime/")
    assert "python/3." in agent


# -- bodies and content types ------------------------------------------------------------------


def test_model_body_is_sent_as_wire_json(server: TestServer, core: CoreV1Api) -> None:
    pod = V1Pod(
        metadata=V1ObjectMeta(name="myapp"),
        spec=V1PodSpec(containers=[V1Container(name="myapp", image="my_cool_image:v1")]),
    )
    server.reply(Reply(201, pod_json("myapp")))
    created = core.create_namespaced_pod("default", pod, dry_run="All")
    assert isinstance(created, V1Pod)
    assert server.last.method == "POST"
    assert server.last.headers["content-type"] == "application/json"
    assert server.last.json() == {
        "metadata": {"name": "myapp"},
        "spec": {"containers": [{"name": "myapp", "image": "my_cool_image:v1"}]},
    }
    assert server.last.query == [("dryRun", "All")]


def test_dict_body_holding_models_is_encoded(server: TestServer, core: CoreV1Api) -> None:
    body = {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": V1ObjectMeta(name="x", labels={"a": "b"}),
    }
    server.reply(Reply(201, pod_json("x")))
    core.create_namespaced_pod("default", body)
    assert server.last.json() == {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {"name": "x", "labels": {"a": "b"}},
    }


@pytest.mark.parametrize(
    ("body", "kwargs", "content_type"),
    [
        (V1Deployment(spec=V1DeploymentSpec(replicas=3)), {}, STRATEGIC_MERGE_PATCH),
        ({"spec": {"replicas": 3}}, {}, STRATEGIC_MERGE_PATCH),
        ([{"op": "replace", "path": "/spec/replicas", "value": 3}], {}, JSON_PATCH),
        ({"spec": {"replicas": 3}}, {"_content_type": MERGE_PATCH}, MERGE_PATCH),
        ([{"op": "test", "path": "/a", "value": 1}], {"_content_type": MERGE_PATCH}, MERGE_PATCH),
    ],
)
def test_patch_content_type_choice(
    server: TestServer, body: Any, kwargs: dict[str, Any], content_type: str
) -> None:
    apps = AppsV1Api(client_for(server))
    server.reply(Reply(200, {"kind": "Deployment", "spec": {"replicas": 3}}))
    result = apps.patch_namespaced_deployment("web", "default", body, **kwargs)
    assert isinstance(result, V1Deployment)
    assert result.spec == V1DeploymentSpec(replicas=3)
    assert server.last.method == "PATCH"
    assert server.last.headers["content-type"] == content_type
    assert server.last.json() == json.loads(
        json.dumps(body if isinstance(body, list | dict) else {"spec": {"replicas": 3}})
    )


def test_server_side_apply(server: TestServer) -> None:
    apps = AppsV1Api(client_for(server))
    intent = V1Deployment(
        api_version="apps/v1",
        kind="Deployment",
        metadata=V1ObjectMeta(name="web"),
        spec=V1DeploymentSpec(replicas=2),
    )
    server.reply(Reply(200, {"kind": "Deployment"}))
    apps.patch_namespaced_deployment(
        "web", "default", intent, field_manager="me", force=True, _content_type=APPLY_PATCH
    )
    assert server.last.headers["content-type"] == "application/apply-patch+yaml"
    assert server.last.query == [("fieldManager", "me"), ("force", "true")]
    assert server.last.json()["metadata"] == {"name": "web"}


def test_yaml_text_body_is_sent_unchanged(server: TestServer) -> None:
    apps = AppsV1Api(client_for(server))
    server.reply(Reply(200, {"kind": "Deployment"}))
    text = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n"
    apps.patch_namespaced_deployment("web", "default", text, _content_type=APPLY_PATCH)
    assert server.last.body == text.encode()


def test_default_patch_without_strategic_merge_support_is_merge_patch(server: TestServer) -> None:
    custom = CustomObjectsApi(client_for(server))
    server.reply(Reply(200, {"spec": {}}))
    custom.patch_namespaced_custom_object("g.io", "v1", "ns", "things", "t", {"spec": {"a": 1}})
    assert server.last.headers["content-type"] == MERGE_PATCH
    assert server.last.path == "/apis/g.io/v1/namespaces/ns/things/t"


def test_415_for_default_strategic_merge_is_retried_once_as_merge_patch(server: TestServer) -> None:
    apps = AppsV1Api(client_for(server))
    unsupported = status_json(
        415,
        "UnsupportedMediaType",
        "application/strategic-merge-patch+json is not supported by g/v1, Kind=Thing",
    )
    server.reply(Reply(415, unsupported), Reply(200, {"kind": "Deployment"}))
    apps.patch_namespaced_deployment("web", "default", {"spec": {"replicas": 1}})
    assert [r.headers["content-type"] for r in server.requests] == [
        STRATEGIC_MERGE_PATCH,
        MERGE_PATCH,
    ]
    # an explicit content type is never changed
    server.reply(Reply(415, unsupported))
    with pytest.raises(ApiException) as caught:
        apps.patch_namespaced_deployment(
            "web", "default", {"spec": {}}, _content_type=STRATEGIC_MERGE_PATCH
        )
    assert caught.value.status == 415
    assert len(server.requests) == 3


# -- responses ---------------------------------------------------------------------------------


def test_model_response_is_decoded(server: TestServer, core: CoreV1Api) -> None:
    server.reply(Reply(200, {"kind": "PodList", "items": [pod_json("a"), pod_json("b")]}))
    pods = core.list_namespaced_pod("default")
    assert isinstance(pods, V1PodList)
    assert [p.metadata.name for p in pods.items if p.metadata] == ["a", "b"]
    first = pods.items[0]
    assert first.metadata is not None
    assert first.metadata.creation_timestamp == dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)


def test_delete_returns_the_object_or_a_status_by_kind(server: TestServer, core: CoreV1Api) -> None:
    server.reply(
        Reply(200, pod_json("gone")),
        Reply(200, {"kind": "Status", "apiVersion": "v1", "status": "Success", "code": 200}),
    )
    deleted = core.delete_namespaced_pod("gone", "default")
    assert isinstance(deleted, V1Pod)
    status = core.delete_namespaced_pod("gone", "default", body={"propagationPolicy": "Foreground"})
    assert isinstance(status, V1Status)
    assert status.status == "Success"
    assert server.last.json() == {"propagationPolicy": "Foreground"}


def test_text_untyped_and_empty_responses(server: TestServer, core: CoreV1Api) -> None:
    server.reply(
        Reply(200, "line 1\nline 2 \xe9\n".encode(), [("Content-Type", "text/plain")]),
        Reply(200, {"kind": "APIVersions", "versions": ["v1"]}),
        Reply(200, b""),
        Reply(204, None),
    )
    assert core.read_namespaced_pod_log("p", "ns", container="c") == "line 1\nline 2 \xe9\n"
    assert core.get_api_versions() == {"kind": "APIVersions", "versions": ["v1"]}
    assert core.get_api_versions() is None
    assert core.delete_thing() is None


def test_undecodable_response_is_a_value_error(server: TestServer, core: CoreV1Api) -> None:
    server.reply(Reply(200, {"items": "not a list"}))
    with pytest.raises(ApiValueError, match=r"list_namespaced_pod: cannot decode .* V1PodList"):
        core.list_namespaced_pod("default")


def test_preload_content_false_streams(server: TestServer, core: CoreV1Api) -> None:
    server.reply(
        Reply(
            200,
            chunks=[b"first li", b"ne\nsecond \xc3", b"\xa9\n", b"\nlast"],
            headers=[("Content-Type", "text/plain")],
        )
    )
    raw = core.read_namespaced_pod_log("p", "ns", follow=True, _preload_content=False)
    assert isinstance(raw, RawResponse)
    assert raw.status == 200
    assert raw.reason == "OK"
    assert raw.getheader("content-type") == "text/plain"
    assert raw.getheader("x-missing", "dflt") == "dflt"
    assert raw.getheaders()["content-type"] == "text/plain"
    with raw:
        assert list(raw.iter_lines()) == ["first line", "second \xe9", "", "last"]
    assert server.last.query == [("follow", "true")]


def test_preload_content_false_data_reads_everything(server: TestServer, core: CoreV1Api) -> None:
    server.reply(Reply(200, {"kind": "PodList", "items": []}))
    raw = core.list_namespaced_pod("ns", _preload_content=False)
    assert json.loads(raw.data) == {"kind": "PodList", "items": []}
    assert raw.read() == raw.data
    raw.release_conn()


def test_preload_content_false_still_raises_on_errors(server: TestServer, core: CoreV1Api) -> None:
    server.reply(Reply(404, status_json(404, "NotFound", 'pods "p" not found')))
    with pytest.raises(ApiException) as caught:
        core.read_namespaced_pod_log("p", "ns", _preload_content=False)
    assert caught.value.status == 404


# -- compat helpers ----------------------------------------------------------------------------


def test_sanitize_for_serialization_and_deserialize() -> None:
    client = ApiClient(Configuration())
    pod = V1Pod(
        metadata=V1ObjectMeta(
            name="x", creation_timestamp=dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
        )
    )
    wire = client.sanitize_for_serialization({"pods": [pod], "n": 1, "none": None})
    assert wire == {
        "pods": [{"metadata": {"name": "x", "creationTimestamp": "2026-01-02T03:04:05Z"}}],
        "n": 1,
        "none": None,
    }
    raw = json.dumps(pod_json("y")).encode()
    decoded = client.deserialize(raw, V1Pod)
    assert isinstance(decoded, V1Pod)
    assert decoded.metadata is not None and decoded.metadata.name == "y"

    class Resp:
        data = raw.decode()

    assert client.deserialize(Resp(), "object")["kind"] == "Pod"
    assert client.deserialize(b'["a", "b"]', "list[str]") == ["a", "b"]
    assert client.deserialize(b'{"a": 1}', "dict(str, int)") == {"a": 1}
    with pytest.raises(ApiValueError, match="unknown model class 'V9Nothing'"):
        client.deserialize(raw, "V9Nothing")


def test_request_any_path(server: TestServer) -> None:
    client = client_for(server)
    server.reply(Reply(200, {"kind": "Thing"}))
    result = client.request(
        "get", "/apis/g.io/v1/things", query={"labelSelector": "a=b", "x": None, "m": [1, 2]}
    )
    assert result == {"kind": "Thing"}
    assert server.last.method == "GET"
    assert server.last.query == [("labelSelector", "a=b"), ("m", "1"), ("m", "2")]


def test_api_without_client_uses_the_default_configuration(server: TestServer) -> None:
    Configuration.set_default(Configuration(host=server.url))
    server.reply(Reply(200, {"items": []}))
    api = CoreV1Api()
    assert api.api_client.configuration.host == server.url
    api.list_namespaced_pod("default")
    assert server.last.path == "/api/v1/namespaces/default/pods"


def test_explicit_clients_work_side_by_side(server: TestServer) -> None:
    with TestServer() as other:
        Configuration.set_default(Configuration(host="http://127.0.0.1:1"))
        first = CoreV1Api(client_for(server))
        second = CoreV1Api(client_for(other))
        server.reply(Reply(200, {"items": []}))
        other.reply(Reply(200, {"items": []}))
        first.list_namespaced_pod("a")
        second.list_namespaced_pod("b")
        assert server.last.path.endswith("/a/pods")
        assert other.last.path.endswith("/b/pods")


def test_client_is_a_context_manager_and_reopens_after_close(server: TestServer) -> None:
    with client_for(server) as client:
        api = CoreV1Api(client)
        server.reply(Reply(200, {"items": []}))
        api.list_namespaced_pod("a")
        assert client._http is not None
    assert client._http is None
    server.reply(Reply(200, {"items": []}))
    api.list_namespaced_pod("a")
    client.close()
    assert len(server.requests) == 2


def test_connections_are_pooled(server: TestServer) -> None:
    api = CoreV1Api(client_for(server))
    ports = set()
    for _ in range(3):
        server.reply(Reply(200, {"items": []}))
        api.list_namespaced_pod("a")
    pool = api.api_client.http._transport._pool  # type: ignore[attr-defined]
    ports = {id(connection) for connection in pool.connections}
    assert len(ports) == 1


def test_request_timeout_forms() -> None:
    assert to_httpx_timeout(None) == httpx.Timeout(connect=30.0, read=None, write=None, pool=None)
    assert to_httpx_timeout(5) == httpx.Timeout(5.0)
    assert to_httpx_timeout((1, 7)) == httpx.Timeout(connect=1, read=7, write=7, pool=1)
    custom = httpx.Timeout(3.0)
    assert to_httpx_timeout(custom) is custom
    with pytest.raises(TypeError):
        to_httpx_timeout("5")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        to_httpx_timeout((1, 2, 3))  # type: ignore[arg-type]


def test_request_timeout_is_enforced(server: TestServer, core: CoreV1Api) -> None:
    import time

    def slow(request: Any) -> Reply:
        time.sleep(0.5)
        return Reply(200, {"items": []})

    server.handler = slow
    started = time.monotonic()
    with pytest.raises(httpx.TimeoutException):
        core.list_namespaced_pod("ns", _request_timeout=0.2)
    assert time.monotonic() - started < 0.45
    with pytest.raises(httpx.TimeoutException):
        core.list_namespaced_pod("ns", _request_timeout=(1.0, 0.1))
    assert core.list_namespaced_pod("ns", _request_timeout=2).items == []


# -- official call_api, proxies, compression ------------------------------------------------


def test_call_api_compat(server: TestServer) -> None:
    client = client_for(server)
    server.reply(Reply(200, pod_json("p")), Reply(200, {"a": 1}), Reply(200, {"b": 2}))
    data, status, headers = client.call_api(
        "/api/v1/namespaces/{namespace}/pods/{name}",
        "GET",
        path_params={"namespace": "ns", "name": "p"},
        query_params=[("pretty", True), ("fieldSelector", ["a=1", "b=2"])],
        header_params={"Accept": "application/json"},
        response_type=V1Pod,
        auth_settings=["BearerToken"],
    )
    assert isinstance(data, V1Pod)
    assert status == 200 and headers["content-type"] == "application/json"
    assert server.last.path == "/api/v1/namespaces/ns/pods/p"
    assert server.last.query == [("pretty", "true"), ("fieldSelector", "a=1,b=2")]
    only = client.call_api(
        "/apis/metrics.k8s.io/v1beta1/pods",
        "GET",
        query_params={"m": ["x", "y"]},
        collection_formats={"m": "multi"},
        response_type="object",
        _return_http_data_only=True,
    )
    assert only == {"a": 1}
    assert server.last.query == [("m", "x"), ("m", "y")]
    raw, status, _ = client.call_api("/x", "POST", body={"k": "v"}, _preload_content=False)
    assert isinstance(raw, RawResponse) and status == 200 and json.loads(raw.data) == {"b": 2}
    assert server.last.headers["content-type"] == "application/json"
    with pytest.raises(ApiValueError, match="not supported"):
        client.call_api("/x", "GET", async_req=True)


def test_proxy_url_is_used_unless_no_proxy_matches(server: TestServer) -> None:
    client = ApiClient(Configuration(host="http://apiserver.invalid:6443"))
    client.configuration.proxy = server.url
    server.reply(Reply(200, {"via": "proxy"}))
    assert client.request("GET", "/api") == {"via": "proxy"}
    assert server.last.path == "/api"
    assert server.last.headers["host"] == "apiserver.invalid:6443"
    direct = Configuration(host=server.url)
    direct.proxy = "http://127.0.0.1:9"  # nothing listens there
    direct.no_proxy = "example.com, 127.0.0.1"
    server.reply(Reply(200, {"via": "direct"}))
    assert ApiClient(direct).request("GET", "/api") == {"via": "direct"}


def test_proxy_from_the_environment(server: TestServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", server.url)
    server.reply(Reply(200, {"via": "env"}))
    client = ApiClient(Configuration(host="http://apiserver.invalid:6443"))
    assert client.request("GET", "/version") == {"via": "env"}
    assert server.last.headers["host"] == "apiserver.invalid:6443"


def test_disable_compression(server: TestServer) -> None:
    server.reply(Reply(200, {}), Reply(200, {}))
    client_for(server).request("GET", "/x")
    assert "gzip" in server.last.headers["accept-encoding"]
    client_for(server, disable_compression=True).request("GET", "/x")
    assert server.last.headers["accept-encoding"] == "identity"


def test_changed_tls_or_proxy_settings_get_a_new_pool(tls_server: TestServer, pki: Pki) -> None:
    cfg = Configuration(host=tls_server.url, ssl_ca_cert=pki.ca_cert)
    client = ApiClient(cfg)
    tls_server.reply(Reply(200, {}), Reply(200, {}), Reply(200, {}))
    client.request("GET", "/x")
    first = client.http
    assert tls_server.last.client_cert is None
    client.request("GET", "/x")
    assert client.http is first
    # e.g. a credential plugin handing out a (new) client certificate
    cfg.cert_data, cfg.key_data = pki.read(pki.client_cert), pki.read(pki.client_key)
    client.request("GET", "/x")
    assert client.http is not first
    assert tls_server.last.client_cert is not None
    client.close()


def test_client_side_rate_limit(server: TestServer) -> None:
    client = client_for(server, qps=1.0, burst=2)
    waits: list[float] = []
    client._sleep = waits.append
    server.handler = lambda request: Reply(200, {"items": []})
    api = CoreV1Api(client)
    for _ in range(4):
        api.list_namespaced_pod("ns")
    assert len(waits) == 2  # the burst passes, then one request per second
    assert 0.5 < waits[0] <= 1.0 and 1.5 < waits[1] <= 2.0
    api.list_namespaced_pod("ns", watch=True, _preload_content=False).close()
    assert len(waits) == 2  # watches are never throttled
    unlimited = client_for(server)
    unlimited._sleep = waits.append
    for _ in range(5):
        unlimited.request("GET", "/x")
    assert len(waits) == 2
