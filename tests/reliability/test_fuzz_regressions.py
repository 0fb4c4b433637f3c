"""Every crash the fuzz targets (reliability/) found, as the minimal input that caused it.

Each test names the target that found it; reliability/findings.py lists them for
docs/reliability.md.
"""

from __future__ import annotations

import base64
import json
import ssl
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from kubeclient import client, utils
from kubeclient.aio import config as aio_config
from kubeclient.client.configuration import Configuration
from kubeclient.client.exceptions import ApiValueError
from kubeclient.config import ConfigException, load_kube_config, new_client_from_config
from kubeclient.stream._channels import ExecError, ExecState, parse_status
from kubeclient.utils._yaml import ManifestError
from kubeclient.watch._core import LazyEvent, decode_line
from kubesmith.errors import SpecError
from kubesmith.load import load
from kubesmith.parse import build_model
from kubesmith.pipeline import generate

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from reliability.findings import FINDINGS  # noqa: E402
from reliability.fuzz_config import pem_pair  # noqa: E402

sys.path.insert(0, str(ROOT / "tests"))
from hostile_spec import make_hostile  # noqa: E402

GOLDEN = ROOT / "tests" / "golden" / "spec.json"
V3 = ROOT / "specs" / "kubernetes-v1.37.2" / "v3" / "apis__node.k8s.io__v1_openapi.json"
V4 = "v4.channel.k8s.io"


def _v3() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(V3.read_text())
    return data


def _spec_error(tmp_path: Path, document: dict[str, Any], suffix: str = ".json") -> SpecError:
    path = tmp_path / f"spec{suffix}"
    path.write_text(json.dumps(document) if suffix == ".json" else yaml.safe_dump(document))
    with pytest.raises(SpecError) as info:
        loaded = load(str(path))
        build_model(loaded.source, loaded.document, "kubeclient", None, [])
    assert info.value.source == str(path)
    return info.value


# -- spec loader --------------------------------------------------------------------------------


def test_spec_openapi3_components_null(tmp_path: Path) -> None:
    document = _v3()
    document["components"] = None
    error = _spec_error(tmp_path, document)
    assert error.where == "/components"
    assert "not of type 'object'" in error.message


def test_spec_openapi3_request_body_content_a_list(tmp_path: Path) -> None:
    document = _v3()
    operation = document["paths"]["/apis/node.k8s.io/v1/runtimeclasses"]["post"]
    operation["requestBody"]["content"] = ["application/json"]
    error = _spec_error(tmp_path, document, ".yaml")
    assert error.where == "/paths/~1apis~1node.k8s.io~1v1~1runtimeclasses/post/requestBody/content"


def test_spec_openapi3_operation_under_a_key_that_is_no_method(tmp_path: Path) -> None:
    # only the HTTP methods of a path item are shape-checked as operations, so only they
    # are converted; an operation-like mapping under another key is left as it is
    document = _v3()
    item = document["paths"]["/apis/node.k8s.io/v1/runtimeclasses"]
    item[""] = {"responses": {"200": "not a response object"}}
    item["x-extension"] = {"responses": None}
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(document))
    loaded = load(str(path))
    converted = loaded.document["paths"]["/apis/node.k8s.io/v1/runtimeclasses"]
    assert converted[""] == {"responses": {"200": "not a response object"}}
    assert converted["x-extension"] == {"responses": None}
    assert "responses" in converted["post"]

    item["post"]["responses"]["201"] = "not a response object"
    error = _spec_error(tmp_path, document, ".yaml")
    assert error.where == "/paths/~1apis~1node.k8s.io~1v1~1runtimeclasses/post/responses/201"


def test_spec_openapi3_all_of_holding_null(tmp_path: Path) -> None:
    document = _v3()
    schema = document["components"]["schemas"]["io.k8s.api.node.v1.RuntimeClass"]
    schema["properties"]["handler"] = {"allOf": [None]}
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(document))
    loaded = load(str(path))  # an allOf that is no reference is kept as it is
    assert loaded.document["definitions"]["io.k8s.api.node.v1.RuntimeClass"]["properties"][
        "handler"
    ] == {"allOf": [None]}


def test_spec_reference_into_a_definition(tmp_path: Path) -> None:
    document = _v3()
    schema = document["components"]["schemas"]["io.k8s.api.node.v1.RuntimeClass"]
    schema["properties"]["handler"] = {
        "$ref": "#/components/schemas/io.k8s.api.node.v1.RuntimeClass/properties"
    }
    error = _spec_error(tmp_path, document)
    assert "unsupported $ref" in error.message


def test_spec_property_without_a_python_name(tmp_path: Path) -> None:
    document = _v3()
    schema = document["components"]["schemas"]["io.k8s.api.node.v1.RuntimeClass"]
    schema["properties"][""] = {"type": "string"}
    error = _spec_error(tmp_path, document)
    assert error.where == "/definitions/io.k8s.api.node.v1.RuntimeClass"
    assert "no name can stand for property ''" in error.message


def test_spec_operation_gvk_with_an_object_kind(tmp_path: Path) -> None:
    document = json.loads((ROOT / "tests" / "golden" / "spec.json").read_text())
    operation = next(
        item["get"]
        for item in document["paths"].values()
        if "x-kubernetes-group-version-kind" in item.get("get", {})
    )
    operation["x-kubernetes-group-version-kind"]["kind"] = {"a": 1}
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(document))
    with pytest.raises(SpecError) as info:
        load(str(spec))
    assert info.value.where.endswith("/get/x-kubernetes-group-version-kind/kind")


def test_spec_parameter_reference_not_a_string(tmp_path: Path) -> None:
    document = json.loads((ROOT / "tests" / "golden" / "spec.json").read_text())
    item = next(i for i in document["paths"].values() if i.get("parameters"))
    item["parameters"][0] = {"$ref": ["#/parameters/x"]}
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(document))
    with pytest.raises(SpecError) as info:
        load(str(spec))
    assert info.value.where.startswith("/paths/")


def test_spec_parameter_description_not_a_string(tmp_path: Path) -> None:
    document = json.loads((ROOT / "tests" / "golden" / "spec.json").read_text())
    parameter = next(
        p
        for item in document["paths"].values()
        for p in item.get("parameters", [])
        if "$ref" not in p
    )
    parameter["description"] = {"text": "x"}
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(document))
    with pytest.raises(SpecError) as info:
        load(str(spec))
    assert info.value.where.startswith("/paths/")


def test_spec_parameter_reference_to_no_parameter(tmp_path: Path) -> None:
    document = json.loads((ROOT / "tests" / "golden" / "spec.json").read_text())
    item = next(i for i in document["paths"].values() if i.get("parameters"))
    item["parameters"][0] = {"$ref": "#/definitions"}
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(document))
    with pytest.raises(SpecError) as info:
        load(str(spec))
    assert "#/definitions is no parameter" in info.value.message


def _golden() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(GOLDEN.read_text())
    return document


CONFIG_MAPS = "/api/v1/namespaces/{namespace}/configmaps"


def test_spec_operation_id_without_a_name(tmp_path: Path) -> None:
    """Passed the loader and rendered ``def (``: FormatError instead of a SpecError."""
    document = _golden()
    document["paths"][CONFIG_MAPS]["delete"]["operationId"] = ""
    error = _spec_error(tmp_path, document)
    assert error.where == "/paths/~1api~1v1~1namespaces~1{namespace}~1configmaps/delete"
    assert "no name can stand for operationId ''" in error.message


def test_spec_tag_and_definition_without_a_class_name(tmp_path: Path) -> None:
    document = _golden()
    document["paths"][CONFIG_MAPS]["get"]["tags"] = ["9"]
    assert "no API class name can stand for tag '9'" in _spec_error(tmp_path, document).message
    document = _golden()
    definitions = document["definitions"]
    definitions['io.k8s.api.core.v1.Config"Map'] = definitions["io.k8s.api.core.v1.ConfigMap"]
    error = _spec_error(tmp_path, document)
    assert error.where == '/definitions/io.k8s.api.core.v1.Config"Map'


def test_spec_lone_surrogate_is_a_spec_error(tmp_path: Path) -> None:
    """No file can hold a lone surrogate as UTF-8: UnicodeEncodeError when writing."""
    document = _golden()
    document["definitions"]["io.k8s.api.core.v1.ConfigMap"]["description"] = "a\ud800b"
    error = _spec_error(tmp_path, document)
    assert error.where == "/definitions/io.k8s.api.core.v1.ConfigMap/description"
    assert "surrogate" in error.message


def test_spec_strings_reach_generated_python_escaped(tmp_path: Path) -> None:
    """Quotes, backslashes, NUL, keywords... in a spec's strings: the Python compiles."""
    document = _golden()
    make_hostile(document)
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(document))
    generate(str(spec), tmp_path / "out", version="1.36", runtime=False)
    api = (tmp_path / "out" / "kubeclient" / "client" / "api" / "core_v1.py").read_text()
    assert "def _import(" in api and "def _9_lives(" in api
    for path in sorted((tmp_path / "out").rglob("*.py")):
        compile(path.read_bytes(), str(path), "exec")


@pytest.mark.parametrize("escape", ["\\U7fffffff", "\\U80000000"])
def test_spec_yaml_escape_beyond_unicode(tmp_path: Path, escape: str) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(f'openapi: "3.0.0"\ninfo: {{title: "{escape}"}}\n')
    with pytest.raises(SpecError) as info:
        load(str(spec))
    assert info.value.source == str(spec)
    assert info.value.where == "line 2 column 18"
    assert "an escape outside Unicode" in info.value.message


# -- kubeconfig ---------------------------------------------------------------------------------

SECRET = "s3cret-bearer-token-0123456789"


def _kubeconfig(tmp_path: Path, **changes: Any) -> Path:
    data: dict[str, Any] = {
        "current-context": "c",
        "clusters": [{"name": "k", "cluster": {"server": "http://127.0.0.1:8080"}}],
        "users": [{"name": "u", "user": {"token": SECRET}}],
        "contexts": [{"name": "c", "context": {"cluster": "k", "user": "u"}}],
    }
    data.update(changes)
    path = tmp_path / "config"
    path.write_text(yaml.safe_dump(data))
    return path


def _config_error(path: Path) -> str:
    with pytest.raises(ConfigException) as info:
        load_kube_config(config_file=str(path), client_configuration=Configuration())
    message = str(info.value)
    assert SECRET not in message
    return message


def test_kubeconfig_context_cluster_a_mapping_is_not_echoed(tmp_path: Path) -> None:
    """The user's mapping (with its token) in a context's ``cluster``: named, not shown."""
    context = {"cluster": {"token": SECRET}, "user": "u"}
    path = _kubeconfig(tmp_path, contexts=[{"name": "c", "context": context}])
    assert "contexts[0].context.cluster: must be a string" in _config_error(path)


def test_kubeconfig_context_namespace_a_mapping_is_not_echoed(tmp_path: Path) -> None:
    """A user's mapping (with its credential) in a context's ``namespace`` used to reach
    ``Configuration.namespace`` and so its repr: named, not shown."""
    context = {"cluster": "k", "user": "u", "namespace": {"token": SECRET}}
    path = _kubeconfig(tmp_path, contexts=[{"name": "c", "context": context}])
    message = _config_error(path)
    assert "contexts[0].context.namespace: must be a string" in message
    assert SECRET not in message


def test_kubeconfig_current_context_a_mapping_is_not_echoed(tmp_path: Path) -> None:
    path = _kubeconfig(tmp_path, **{"current-context": {"token": SECRET}})
    assert "current-context must be a string" in _config_error(path)


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("env", 3, "exec.env: must be a list"),
        ("interactiveMode", {"token": SECRET}, "interactiveMode: invalid value of type dict"),
        ("apiVersion", {"token": SECRET}, "unsupported exec plugin apiVersion of type dict"),
    ],
)
def test_kubeconfig_exec_section_of_wrong_types(
    tmp_path: Path, key: str, value: Any, expected: str
) -> None:
    section = {
        "apiVersion": "client.authentication.k8s.io/v1",
        "command": "kubesmith-no-such-plugin",
        "interactiveMode": "Never",
        key: value,
    }
    path = _kubeconfig(tmp_path, users=[{"name": "u", "user": {"exec": section}}])
    assert expected in _config_error(path)


@pytest.mark.parametrize("escape", ["\\U7fffffff", "\\U80000000", "\\Uffffffff"])
def test_kubeconfig_yaml_escape_beyond_unicode(tmp_path: Path, escape: str) -> None:
    # beyond Unicode PyYAML's chr() raised ValueError, beyond a C int OverflowError (the
    # latter found by the manifests fuzz target): both are a YAML error with the place
    path = tmp_path / "config"
    path.write_text(f'current-context: "{escape}"\n')
    message = _config_error(path)
    assert "invalid YAML at line 1, column 21: an escape outside Unicode" in message


def _tls_kubeconfig(tmp_path: Path, cluster: dict[str, Any], user: dict[str, Any]) -> Path:
    cluster = {"server": "https://127.0.0.1:6443", **cluster}
    return _kubeconfig(
        tmp_path,
        clusters=[{"name": "k", "cluster": cluster}],
        users=[{"name": "u", "user": user}],
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _key_lines() -> list[str]:
    """The lines of the private key's PEM body: text no message may contain."""
    key = base64.b64decode(pem_pair()[1]).decode()
    return [line for line in key.splitlines() if line and not line.startswith("-----")]


def _tls_config_error(path: Path) -> str:
    """Both loaders (sync and asyncio share the core) refuse the file at load time."""
    message = _config_error(path)
    with pytest.raises(ConfigException) as info:
        aio_config.load_kube_config(config_file=str(path), client_configuration=Configuration())
    assert str(info.value) == message
    with pytest.raises(ConfigException):
        new_client_from_config(config_file=str(path))
    assert str(path) in message
    assert not [line for line in _key_lines() if line in message]
    return message


def test_kubeconfig_ca_data_not_utf8(tmp_path: Path) -> None:
    """Used to load, then fail at the first request (ApiValueError from ssl_context)."""
    path = _tls_kubeconfig(tmp_path, {"certificate-authority-data": _b64(b"\xeb\xff")}, {})
    message = _tls_config_error(path)
    assert "clusters[0].cluster.certificate-authority-data: no valid PEM certificate" in message


def _truncated(pem_b64: str) -> str:
    lines = base64.b64decode(pem_b64).decode().splitlines()
    return _b64("\n".join(lines[:2] + lines[-1:]).encode())


@pytest.mark.parametrize(
    ("where", "key", "value", "expected"),
    [
        # a private key where the CA belongs (a copy-paste mistake): named, never shown
        ("cluster", "certificate-authority-data", "key", "no valid PEM certificate"),
        ("cluster", "certificate-authority-data", "junk", "no valid PEM certificate"),
        ("user", "client-certificate-data", "key", "no valid PEM certificate"),
        ("user", "client-certificate-data", "truncated cert", "no valid PEM certificate"),
        ("user", "client-key-data", "truncated key", "no valid PEM private key"),
        ("user", "client-key-data", "cert", "no valid PEM private key"),
        ("user", "client-key-data", "other key", "no valid PEM private key"),
    ],
)
def test_kubeconfig_bad_pem_is_a_config_exception_at_load(
    tmp_path: Path, where: str, key: str, value: str, expected: str
) -> None:
    """TLS material that is not PEM (or a key that does not match the certificate) used to
    load and fail at the first request with ApiValueError; now load_kube_config refuses it,
    naming the file and the key."""
    cert, private = pem_pair()
    values = {
        "key": private,
        "cert": cert,
        "junk": _b64(b"not a certificate at all"),
        "truncated cert": _truncated(cert),
        "truncated key": _truncated(private),
        "other key": _b64(
            ec.generate_private_key(ec.SECP256R1()).private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        ),
    }
    cluster: dict[str, Any] = {"certificate-authority-data": cert}
    user: dict[str, Any] = {"client-certificate-data": cert, "client-key-data": private}
    (cluster if where == "cluster" else user)[key] = values[value]
    message = _tls_config_error(_tls_kubeconfig(tmp_path, cluster, user))
    place = "clusters[0].cluster" if where == "cluster" else "users[0].user"
    assert f"{place}.{key}: {expected}" in message


@pytest.mark.parametrize("key", ["certificate-authority", "client-certificate", "client-key"])
def test_kubeconfig_bad_pem_file_is_a_config_exception_at_load(tmp_path: Path, key: str) -> None:
    cert, private = pem_pair()
    files = {"certificate-authority": cert, "client-certificate": cert, "client-key": private}
    for name, data in files.items():
        (tmp_path / name).write_bytes(base64.b64decode(data))
    (tmp_path / key).write_bytes(b"-----BEGIN CERTIFICATE-----\nnot base64\n")
    path = _tls_kubeconfig(
        tmp_path,
        {"certificate-authority": str(tmp_path / "certificate-authority")},
        {name: str(tmp_path / name) for name in ("client-certificate", "client-key")},
    )
    where = "clusters[0].cluster" if key == "certificate-authority" else "users[0].user"
    assert f"{where}.{key}: no valid PEM" in _tls_config_error(path)


def test_kubeconfig_bad_oidc_ca_is_a_config_exception_at_load(tmp_path: Path) -> None:
    """The identity provider's CA: refused when loading, not at the first token refresh."""
    provider = {
        "name": "oidc",
        "config": {
            "client-id": "c",
            "idp-issuer-url": "https://issuer.invalid",
            "id-token": SECRET,
            "idp-certificate-authority-data": pem_pair()[1],
        },
    }
    message = _tls_config_error(_tls_kubeconfig(tmp_path, {}, {"auth-provider": provider}))
    place = "users[0].user.auth-provider.config.idp-certificate-authority-data"
    assert f"{place}: no valid PEM certificate" in message


def test_kubeconfig_good_pem_loads_and_builds_its_tls_context(tmp_path: Path) -> None:
    cert, private = pem_pair()
    path = _tls_kubeconfig(
        tmp_path,
        {"certificate-authority-data": cert},
        {"client-certificate-data": cert, "client-key-data": private},
    )
    cfg = Configuration()
    load_kube_config(config_file=str(path), client_configuration=cfg)
    assert cfg.ssl_context().verify_mode == ssl.CERT_REQUIRED


def test_kubeconfig_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "config"
    path.write_bytes(b"\xebapiVersion: v1\n")
    with pytest.raises(ConfigException) as info:
        load_kube_config(config_file=str(path), client_configuration=Configuration())
    assert str(path) in str(info.value)


# -- responses ----------------------------------------------------------------------------------


def test_response_micro_time_of_the_wrong_type() -> None:
    event = json.loads((ROOT / "tests" / "data" / "event.json").read_text())
    event["eventTime"] = {"not": "a time"}
    with pytest.raises(ApiValueError) as info:
        client.ApiClient().deserialize(json.dumps(event).encode(), client.CoreV1Event)
    assert "eventTime" in str(info.value)


# -- exec status channel ------------------------------------------------------------------------


@pytest.mark.parametrize("details", [True, "causes", ["ExitCode"], {"causes": 3}])
def test_exec_status_with_odd_details(details: Any) -> None:
    status = {"status": "Failure", "reason": "NonZeroExitCode", "details": details}
    code, error = parse_status(json.dumps(status).encode(), V4)
    assert code is None
    assert isinstance(error, ExecError)
    state = ExecState(V4)
    state.receive(b"\x03" + json.dumps(status).encode())
    assert state.status_received and isinstance(state.error, ExecError)


# -- manifests ----------------------------------------------------------------------------------


def test_manifest_with_a_control_character() -> None:
    with pytest.raises(ManifestError) as info:
        utils.loads_yaml("apiVersion: v1\nkind: Config\x0bMap\n", source="m.yaml")
    assert str(info.value).startswith("m.yaml")


@pytest.mark.parametrize("escape", ["\\U7fffffff", "\\U80000000"])
def test_manifest_yaml_escape_beyond_unicode(escape: str) -> None:
    with pytest.raises(ManifestError) as info:
        utils.loads_yaml(f'kind: "{escape}"\n', source="m.yaml")
    assert str(info.value).startswith("m.yaml, document 0: invalid YAML")
    assert "an escape outside Unicode" in str(info.value)


def test_manifest_crd_names_not_a_mapping(tmp_path: Path) -> None:
    """A broken CRD in a batch with a custom resource of it: a plan failure (the kind is not
    served), nothing sent; the CRD's own shape is left to the server."""
    sys.path.insert(0, str(ROOT))
    from reliability.fuzz_manifests import _client

    server, dynamic = _client()
    crd = yaml.safe_load((ROOT / "tests" / "manifests" / "data" / "crd.yaml").read_text())
    crd["spec"]["names"] = True
    gadget = {
        "apiVersion": f"{crd['spec']['group']}/v1",
        "kind": "Gadget",
        "metadata": {"name": "g"},
    }
    path = tmp_path / "m.yaml"
    path.write_text(yaml.safe_dump_all([crd, gadget]))
    before = server.writes
    with pytest.raises(utils.FailToCreateError) as info:
        utils.create_from_yaml(dynamic, str(path), wait_timeout=0.05)
    assert "does not serve" in str(info.value)
    assert server.writes == before


# -- watch streams ------------------------------------------------------------------------------


@pytest.mark.parametrize("junk", [b'"\xff"', b"1e999"])
def test_watch_event_raw_object_always_decodes(junk: bytes) -> None:
    """An unknown field the typed decode skips but a strict dict decode rejects: the event
    is whole (its raw_object decodes leniently), not a KeyError/DecodeError on first read."""
    pod = json.loads((ROOT / "tests" / "data" / "pod.json").read_text())
    obj = json.dumps(pod).encode()[:-1] + b',"x-junk":' + junk + b"}"
    kind, typed, data, raw = decode_line(b'{"type":"ADDED","object":' + obj + b"}", client.V1Pod)
    assert raw is None and typed.metadata.name == pod["metadata"]["name"]
    event = LazyEvent(kind, typed, data)
    assert event["raw_object"]["metadata"] == pod["metadata"]


def test_every_finding_has_its_regression_test() -> None:
    here = Path(__file__).read_text()
    for finding in FINDINGS:
        name = finding.test.rsplit("::", 1)[-1].split("[")[0]
        assert f"def {name}(" in here, finding.test
