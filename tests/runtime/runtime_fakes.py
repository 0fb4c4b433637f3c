"""Test helpers: a scripted HTTP(S) server, a small PKI and hand-written models shaped like the
generated ones."""

from __future__ import annotations

import datetime as dt
import json
import socket
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, ClassVar
from urllib.parse import parse_qsl, urlsplit

import msgspec
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from runtime.client._model import Model
from runtime.client._operation import Op, Param

# -- models shaped like generated ones ------------------------------------------------------


class V1ObjectMeta(Model, kw_only=True, rename="camel"):
    name: str | None = None
    namespace: str | None = None
    labels: dict[str, str] | None = None
    resource_version: str | None = None
    creation_timestamp: dt.datetime | None = None


class V1ListMeta(Model, kw_only=True, rename="camel"):
    resource_version: str | None = None
    _continue: str | None = msgspec.field(default=None, name="continue")


class V1Container(Model, kw_only=True, rename="camel"):
    name: str
    image: str | None = None


class V1PodSpec(Model, kw_only=True, rename="camel"):
    containers: list[V1Container]
    node_name: str | None = None


class V1Pod(Model, kw_only=True, rename="camel"):
    api_version: str | None = None
    kind: str | None = None
    metadata: V1ObjectMeta | None = None
    spec: V1PodSpec | None = None


class V1PodList(Model, kw_only=True, rename="camel"):
    api_version: str | None = None
    items: list[V1Pod]
    kind: str | None = None
    metadata: V1ListMeta | None = None


class V1StatusDetails(Model, kw_only=True, rename="camel"):
    name: str | None = None
    kind: str | None = None


class V1Status(Model, kw_only=True, rename="camel"):
    api_version: str | None = None
    kind: str | None = None
    code: int | None = None
    message: str | None = None
    reason: str | None = None
    status: str | None = None
    details: V1StatusDetails | None = None


class V1DeploymentSpec(Model, kw_only=True, rename="camel"):
    replicas: int | None = None


class V1Deployment(Model, kw_only=True, rename="camel"):
    __kind__: ClassVar[str] = "Deployment"
    api_version: str | None = None
    kind: str | None = None
    metadata: V1ObjectMeta | None = None
    spec: V1DeploymentSpec | None = None


# -- operations shaped like generated ones --------------------------------------------------

_name = Param("name", "name", "path")
_namespace = Param("namespace", "namespace", "path")
_pretty = Param("pretty", "pretty", "query")
_label_selector = Param("label_selector", "labelSelector", "query")
_limit = Param("limit", "limit", "query")
_continue = Param("_continue", "continue", "query")
_watch = Param("watch", "watch", "query")
_dry_run = Param("dry_run", "dryRun", "query")
_field_manager = Param("field_manager", "fieldManager", "query")
_force = Param("force", "force", "query")
_body = Param("body", "body", "body")
_command = Param("command", "command", "query", multi=True)
_container = Param("container", "container", "query")
_follow = Param("follow", "follow", "query")
_since_time = Param("since_time", "sinceTime", "query")

LIST_NAMESPACED_POD = Op(
    "list_namespaced_pod",
    "GET",
    "/api/v1/namespaces/{namespace}/pods",
    (_namespace, _pretty, _continue, _label_selector, _limit, _watch, _since_time),
    1,
    V1PodList,
    produces=("application/json", "application/yaml", "application/json;stream=watch"),
)
READ_NAMESPACED_POD = Op(
    "read_namespaced_pod",
    "GET",
    "/api/v1/namespaces/{namespace}/pods/{name}",
    (_name, _namespace, _pretty),
    2,
    V1Pod,
)
CREATE_NAMESPACED_POD = Op(
    "create_namespaced_pod",
    "POST",
    "/api/v1/namespaces/{namespace}/pods",
    (_namespace, _body, _dry_run, _field_manager),
    2,
    V1Pod,
)
DELETE_NAMESPACED_POD = Op(
    "delete_namespaced_pod",
    "DELETE",
    "/api/v1/namespaces/{namespace}/pods/{name}",
    (_name, _namespace, _body),
    2,
    (V1Pod, V1Status),
)
PATCH_NAMESPACED_DEPLOYMENT = Op(
    "patch_namespaced_deployment",
    "PATCH",
    "/apis/apps/v1/namespaces/{namespace}/deployments/{name}",
    (_name, _namespace, _body, _dry_run, _field_manager, _force),
    3,
    V1Deployment,
    consumes=(
        "application/json-patch+json",
        "application/merge-patch+json",
        "application/strategic-merge-patch+json",
        "application/apply-patch+yaml",
    ),
)
PATCH_CUSTOM_OBJECT = Op(
    "patch_namespaced_custom_object",
    "PATCH",
    "/apis/{group}/{version}/namespaces/{namespace}/{plural}/{name}",
    (
        Param("group", "group", "path"),
        Param("version", "version", "path"),
        _namespace,
        Param("plural", "plural", "path"),
        _name,
        _body,
    ),
    6,
    object,
    consumes=(
        "application/json-patch+json",
        "application/merge-patch+json",
        "application/apply-patch+yaml",
    ),
)
READ_POD_LOG = Op(
    "read_namespaced_pod_log",
    "GET",
    "/api/v1/namespaces/{namespace}/pods/{name}/log",
    (_name, _namespace, _container, _follow),
    2,
    str,
    produces=("text/plain", "application/json", "application/yaml"),
)
CONNECT_EXEC = Op(
    "connect_get_namespaced_pod_exec",
    "GET",
    "/api/v1/namespaces/{namespace}/pods/{name}/exec",
    (_name, _namespace, _command, _container),
    2,
    str,
    produces=("*/*",),
)
DELETE_COLLECTION = Op(
    "delete_collection_namespaced_pod",
    "DELETE",
    "/api/v1/namespaces/{namespace}/pods",
    (_namespace,),
    1,
    V1Status,
)
GET_API_VERSIONS = Op("get_api_versions", "GET", "/api/", (), 0, object)
NO_CONTENT = Op("delete_thing", "DELETE", "/thing", (), 0, None)


def pod_json(name: str = "p1", namespace: str = "default") -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {
            "name": name,
            "namespace": namespace,
            "resourceVersion": "42",
            "creationTimestamp": "2026-01-02T03:04:05Z",
            "uid": "unknown-to-the-model",
        },
        "spec": {"containers": [{"name": "c", "image": "nginx"}], "nodeName": "n1"},
    }


def status_json(code: int, reason: str, message: str, **details: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "kind": "Status",
        "apiVersion": "v1",
        "metadata": {},
        "status": "Failure" if code >= 300 else "Success",
        "message": message,
        "reason": reason,
        "code": code,
    }
    if details:
        body["details"] = details
    return body


# -- a scripted server ------------------------------------------------------------------------


@dataclass
class Reply:
    status: int = 200
    body: bytes | str | dict[str, Any] | list[Any] | None = None
    headers: list[tuple[str, str]] = field(default_factory=list)
    #: send the body in these pieces, flushing after each (a chunked stream)
    chunks: list[bytes] | None = None
    #: close the connection without answering
    drop: bool = False


@dataclass
class Recorded:
    method: str
    path: str
    raw_path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    header_list: list[tuple[str, str]]
    body: bytes
    client_cert: dict[str, Any] | None = None
    server_name: str | None = None

    def json(self) -> Any:
        return json.loads(self.body)


Handler = Callable[[Recorded], Reply]


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        # clients that hang up early (closed streams, failed TLS handshakes) are expected here
        import sys

        error = sys.exc_info()[1]
        if isinstance(error, ConnectionError | ssl.SSLError | ResourceWarning | TimeoutError):
            return
        super().handle_error(request, client_address)


class TestServer:
    """A threaded HTTP/1.1 server on 127.0.0.1; replies come from a queue, else ``handler``."""

    __test__ = False

    def __init__(self, pki: Pki | None = None) -> None:
        self.requests: list[Recorded] = []
        self.replies: list[Reply] = []
        self.handler: Handler = lambda request: Reply(200, {"kind": "Empty"})
        self.pki = pki
        self._lock = threading.Lock()
        owner = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                split = urlsplit(self.path)
                from urllib.parse import unquote

                cert = None
                server_name = None
                if isinstance(self.connection, ssl.SSLSocket):
                    cert = self.connection.getpeercert() or None
                    server_name = getattr(self.connection, "sni", None)
                recorded = Recorded(
                    method=self.command,
                    path=unquote(split.path),
                    raw_path=split.path,
                    query=parse_qsl(split.query, keep_blank_values=True),
                    headers={k.lower(): v for k, v in self.headers.items()},
                    header_list=list(self.headers.items()),
                    body=body,
                    client_cert=cert,
                    server_name=server_name,
                )
                with owner._lock:
                    owner.requests.append(recorded)
                    reply = owner.replies.pop(0) if owner.replies else None
                if reply is None:
                    reply = owner.handler(recorded)
                if reply.drop:
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                self.send_response(reply.status)
                content_type = "application/json"
                for name, value in reply.headers:
                    if name.lower() == "content-type":
                        content_type = value
                    else:
                        self.send_header(name, value)
                self.send_header("Content-Type", content_type)
                if reply.chunks is not None:
                    self.send_header("Transfer-Encoding", "chunked")
                    self.end_headers()
                    for chunk in reply.chunks:
                        self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                        self.wfile.flush()
                    self.wfile.write(b"0\r\n\r\n")
                    self.wfile.flush()
                    return
                payload = reply.body
                if isinstance(payload, dict | list):
                    data = json.dumps(payload).encode()
                elif isinstance(payload, str):
                    data = payload.encode()
                else:
                    data = payload or b""
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _serve

        self._httpd = _QuietServer(("127.0.0.1", 0), _Handler)
        self._httpd.daemon_threads = True
        if pki is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(pki.server_cert, pki.server_key)
            context.load_verify_locations(pki.ca_cert)
            context.verify_mode = ssl.CERT_OPTIONAL

            def remember_sni(sock: ssl.SSLObject, name: str | None, ctx: ssl.SSLContext) -> None:
                sock.sni = name  # type: ignore[attr-defined]

            context.sni_callback = remember_sni
            self._httpd.socket = context.wrap_socket(self._httpd.socket, server_side=True)
        self.port = self._httpd.server_address[1]
        scheme = "https" if pki is not None else "http"
        self.url = f"{scheme}://127.0.0.1:{self.port}"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def __enter__(self) -> TestServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(5)

    def reply(self, *replies: Reply) -> None:
        with self._lock:
            self.replies.extend(replies)

    @property
    def last(self) -> Recorded:
        return self.requests[-1]


# -- a small PKI ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pki:
    dir: Path
    ca_cert: str
    ca_key: str
    server_cert: str
    server_key: str
    client_cert: str
    client_key: str
    other_ca_cert: str

    def read(self, path: str) -> bytes:
        return Path(path).read_bytes()


def _x509_name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _write_key(path: Path, key: ec.EllipticCurvePrivateKey) -> str:
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
    )
    return str(path)


def _write_cert(path: Path, cert: x509.Certificate) -> str:
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return str(path)


def _ca(directory: Path, name: str) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_x509_name(name))
        .issuer_name(_x509_name(name))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return cert, key


def _leaf(
    ca: x509.Certificate,
    ca_key: ec.EllipticCurvePrivateKey,
    common: str,
    *,
    server: bool,
) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    import ipaddress

    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(
            x509.Name(
                [
                    x509.NameAttribute(NameOID.COMMON_NAME, common),
                    x509.NameAttribute(NameOID.ORGANIZATION_NAME, "testers"),
                ]
            )
        )
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .add_extension(
            x509.ExtendedKeyUsage(
                [ExtendedKeyUsageOID.SERVER_AUTH if server else ExtendedKeyUsageOID.CLIENT_AUTH]
            ),
            critical=False,
        )
    )
    if server:
        builder = builder.add_extension(
            x509.SubjectAlternativeName(
                [
                    x509.DNSName("localhost"),
                    x509.DNSName("apiserver.test"),
                    x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
                ]
            ),
            critical=False,
        )
    return builder.sign(ca_key, hashes.SHA256()), key


def make_pki(directory: Path) -> Pki:
    ca, ca_key = _ca(directory, "test-ca")
    other, _ = _ca(directory, "other-ca")
    server, server_key = _leaf(ca, ca_key, "apiserver", server=True)
    client, client_key = _leaf(ca, ca_key, "alice", server=False)
    return Pki(
        dir=directory,
        ca_cert=_write_cert(directory / "ca.crt", ca),
        ca_key=_write_key(directory / "ca.key", ca_key),
        server_cert=_write_cert(directory / "server.crt", server),
        server_key=_write_key(directory / "server.key", server_key),
        client_cert=_write_cert(directory / "client.crt", client),
        client_key=_write_key(directory / "client.key", client_key),
        other_ca_cert=_write_cert(directory / "other-ca.crt", other),
    )
