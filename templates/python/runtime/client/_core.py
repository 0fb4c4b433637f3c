"""The request core shared by ``ApiClient`` and ``AsyncApiClient``: everything but sending.

Binding the caller's arguments to an :class:`Op`, building the URL, query, headers and body,
choosing the patch content type, deciding whether and when to retry (client-go rules),
client-side throttling, surfacing Warning headers, mapping errors to :class:`ApiException` and
decoding responses are written once here; ``api_client`` only adds the two transports.
"""

from __future__ import annotations

import datetime as _dt
import importlib
import logging
import platform
import re
import ssl
import sys
import threading
import time
import urllib.parse
import urllib.request
import warnings
from collections.abc import Generator, Iterable, Mapping
from dataclasses import dataclass, field
from types import FrameType
from typing import Any

import httpx
import msgspec

from . import _serde
from ._operation import Op, Param
from .api_response import ApiResponse
from .auth import KubeAuth
from .configuration import Configuration
from .exceptions import ApiException, ApiTypeError, ApiValueError, exception_for
from .rest import RequestTimeout, should_bypass_proxies, to_httpx_timeout, total_seconds

__all__ = [
    "APPLY_PATCH",
    "DRAIN_LIMIT",
    "JSON_PATCH",
    "MERGE_PATCH",
    "PATCH_CONTENT_TYPES",
    "RECONNECT_DELAY",
    "STRATEGIC_MERGE_PATCH",
    "Discard",
    "KubernetesWarning",
    "Prepared",
    "ReadBody",
    "RequestCore",
    "Send",
    "Sleep",
    "Step",
    "Streaming",
    "never_connected",
    "parse_warning_header",
    "query_list",
    "remaining_timeout",
]

logger = logging.getLogger(__name__.rsplit(".", 2)[0])

#: RFC 6902 JSON Patch: a list of operations
JSON_PATCH = "application/json-patch+json"
#: RFC 7386 JSON Merge Patch
MERGE_PATCH = "application/merge-patch+json"
#: Kubernetes strategic merge patch (built-in types only; custom resources answer 415)
STRATEGIC_MERGE_PATCH = "application/strategic-merge-patch+json"
#: server-side apply: the full intent object; JSON is valid YAML, so it is sent as JSON
APPLY_PATCH = "application/apply-patch+yaml"
PATCH_CONTENT_TYPES = (JSON_PATCH, MERGE_PATCH, STRATEGIC_MERGE_PATCH, APPLY_PATCH)

_OPTIONS = frozenset({"_preload_content", "_request_timeout", "_headers", "_content_type"})
_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
#: drained from a response before it is retried (client-go: 2 KiB)
DRAIN_LIMIT = 2048
#: dropped connections on GET are retried after this many seconds (client-go)
RECONNECT_DELAY = 1.0


class KubernetesWarning(UserWarning):
    """A warning the API server sent in a ``Warning`` response header (e.g. a deprecated API)."""


# -- request building ------------------------------------------------------------------------


@dataclass(slots=True)
class Prepared:
    """A request ready to send, plus what the core needs to handle its response."""

    name: str
    method: str
    url: str
    query: list[tuple[str, str]]
    headers: list[tuple[str, str]]
    content: bytes | None
    timeout: httpx.Timeout
    total: float | None
    preload: bool
    response_type: Any
    #: strategic merge patch was chosen by default: a 415 is retried once as merge patch
    implicit_strategic: bool = False
    extensions: dict[str, Any] = field(default_factory=dict)
    #: return ``(data, status, headers)`` (the official ``call_api`` without
    #: ``_return_http_data_only``)
    with_info: bool = False
    #: return an :class:`ApiResponse` (the asyncio official ``<method>_with_http_info``)
    api_response: bool = False


@dataclass(slots=True)
class Send:
    """Send ``request`` (streaming) and resume with the response."""

    request: httpx.Request


@dataclass(slots=True)
class Sleep:
    """Wait ``seconds`` (a retry delay or client-side throttling)."""

    seconds: float


@dataclass(slots=True)
class ReadBody:
    """Read the whole body (by ``deadline``), close the response, resume with the bytes."""

    response: httpx.Response
    deadline: float | None


@dataclass(slots=True)
class Discard:
    """Read at most ``DRAIN_LIMIT`` bytes of a response that will be retried, and close it."""

    response: httpx.Response


@dataclass(slots=True)
class Streaming:
    """The result of a call with ``_preload_content=False``: the open response."""

    response: httpx.Response


Step = Send | Sleep | ReadBody | Discard


def _caller_stacklevel() -> int:
    """The ``stacklevel`` that makes a warning point at the first frame outside this package
    (the user's call), counted from the function calling ``warnings.warn``."""
    package = __name__.split(".")[0]
    frame: FrameType | None = sys._getframe(1)
    level = 1
    while frame is not None:
        name = frame.f_globals.get("__name__", "")
        if name != package and not name.startswith(package + "."):
            break
        frame = frame.f_back
        level += 1
    return level


def _query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, _dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(_dt.UTC)
            stamp: str = value.strftime("%Y-%m-%dT%H:%M:%S")
            return stamp + (f".{value.microsecond:06d}Z" if value.microsecond else "Z")
        return value.isoformat()
    return str(value)


class _KindPeek(msgspec.Struct):
    kind: str | None = None


_kind_decoder = msgspec.json.Decoder(_KindPeek)


def _kind_of(cls: type) -> str | None:
    """The kind a model class represents: its ``_resource.kind`` (generated resources) or a
    ``__kind__`` class attribute."""
    kind = getattr(getattr(cls, "_resource", None), "kind", None)
    if not isinstance(kind, str):
        kind = getattr(cls, "__kind__", None)
    return kind if isinstance(kind, str) else None


def _pick_by_kind(classes: tuple[type, ...], content: bytes) -> type:
    """Choose among the response classes of an operation by the body's ``kind``."""
    try:
        kind = _kind_decoder.decode(content).kind
    except msgspec.DecodeError:
        kind = None
    if kind:
        for cls in classes:
            if _kind_of(cls) == kind:
                return cls
        pattern = re.compile(rf"^(?:[A-Z][A-Za-z0-9]*?)?V\d+(?:(?:alpha|beta)\d+)?{kind}$")
        for cls in classes:
            if pattern.match(cls.__name__):
                return cls
        if kind != "Status":
            for cls in classes:
                if not cls.__name__.endswith("Status"):
                    return cls
    return classes[0]


def parse_warning_header(value: str) -> list[tuple[int, str, str]]:
    """Parse one ``Warning`` header value into ``(code, agent, text)`` triples (KEP-1693).

    A value may hold several comma-separated warnings; the text is a quoted string with
    backslash escapes, optionally followed by a quoted date. Malformed input ends parsing of the
    value (what was parsed so far is kept); this never raises.
    """
    result: list[tuple[int, str, str]] = []
    pos, size = 0, len(value)
    while pos < size:
        while pos < size and value[pos] in " \t,":
            pos += 1
        if pos + 3 > size or not value[pos : pos + 3].isdigit():
            break
        code = int(value[pos : pos + 3])
        pos += 3
        if pos >= size or value[pos] != " ":
            break
        pos += 1
        end = value.find(" ", pos)
        if end == -1:
            break
        agent = value[pos:end]
        pos = end + 1
        text, pos = _quoted(value, pos)
        if text is None:
            break
        result.append((code, agent, text))
        # optional date
        while pos < size and value[pos] in " \t":
            pos += 1
        if pos < size and value[pos] == '"':
            date, pos = _quoted(value, pos)
            if date is None:
                break
        while pos < size and value[pos] in " \t":
            pos += 1
        if pos < size and value[pos] != ",":
            break
    return result


def _quoted(value: str, pos: int) -> tuple[str | None, int]:
    if pos >= len(value) or value[pos] != '"':
        return None, pos
    pos += 1
    out: list[str] = []
    while pos < len(value):
        char = value[pos]
        if char == "\\" and pos + 1 < len(value):
            out.append(value[pos + 1])
            pos += 2
            continue
        if char == '"':
            return "".join(out), pos + 1
        out.append(char)
        pos += 1
    return None, pos


def _default_user_agent() -> str:
    package = __name__.split(".")[0]
    try:
        from importlib.metadata import version

        release = version(package)
    except Exception:
        release = "unknown"
    system = platform.system().lower() or "unknown"
    machine = platform.machine().lower() or "unknown"
    return f"{package}/{release} ({system}/{machine}) python/{platform.python_version()}"


_JSON_CONTENT = re.compile(r"^application/(json|[\w!#$&.+\-^_]+\+json)\s*(;|$)", re.IGNORECASE)
_TEXT_CONTENT = re.compile(r"^text/[a-z.+-]+\s*(;|$)", re.IGNORECASE)
_PRIMITIVES: dict[str, Any] = {
    "str": str,
    "int": int,
    "float": float,
    "bool": bool,
    "object": object,
    "bytes": bytes,
    "date": _dt.date,
    "datetime": _dt.datetime,
}


class RequestCore:
    """What the sync and the asyncio client share: everything but sending."""

    def __init__(
        self,
        configuration: Configuration | None = None,
        header_name: str | None = None,
        header_value: str | None = None,
        cookie: str | None = None,
        pool_threads: int | None = None,
    ) -> None:
        if configuration is None:
            configuration = Configuration.get_default_copy()
        self.configuration = configuration
        self.default_headers: dict[str, str] = {}
        if header_name is not None and header_value is not None:
            self.default_headers[header_name] = header_value
        self.cookie = cookie
        self.pool_threads = pool_threads
        self.user_agent = _default_user_agent()
        self._auth = KubeAuth(configuration)
        self._bucket: _TokenBucket | None = None
        self._http_key: tuple[Any, ...] | None = None

    # -- official-client helpers ---------------------------------------------------------

    @property
    def user_agent(self) -> str:
        return self.default_headers["User-Agent"]

    @user_agent.setter
    def user_agent(self, value: str) -> None:
        self.default_headers["User-Agent"] = value

    def set_default_header(self, header_name: str, header_value: str) -> None:
        self.default_headers[header_name] = header_value

    def sanitize_for_serialization(self, obj: Any) -> Any:
        """``obj`` (a model, or dicts/lists holding models) as plain wire-form values."""
        return _serde.to_wire(obj)

    def deserialize(
        self, response: Any, response_type: Any, content_type: str | None = None
    ) -> Any:
        """Decode a response (or bytes/str) into ``response_type``: a class or its name
        (``"V1Pod"``, ``"list[V1Pod]"``, ``"dict(str, V1Pod)"``, ``"str"``, ``"object"``).

        ``content_type`` as the official client's third argument: JSON types decode, text
        types (``text/plain``) give the text for ``str``/``object``, others raise an
        :class:`ApiException` with status 0; None decodes JSON and falls back to the text.
        """
        if isinstance(response, bytes | bytearray | memoryview):
            content = bytes(response)
        elif isinstance(response, str):
            content = response.encode("utf-8")
        elif isinstance(response, httpx.Response):
            content = response.read()
        else:
            data = getattr(response, "data", response)
            content = data.encode("utf-8") if isinstance(data, str) else bytes(data)
        kind = (
            self._resolve_type(response_type) if isinstance(response_type, str) else response_type
        )
        if content_type is not None and not _JSON_CONTENT.match(content_type):
            if not _TEXT_CONTENT.match(content_type):
                raise ApiException(status=0, reason=f"Unsupported content type: {content_type}")
            if kind in (str, object):
                return content.decode("utf-8", "replace")
        elif content_type is None and kind is object:
            try:
                return msgspec.json.decode(content) if content.strip() else None
            except msgspec.DecodeError:
                return content.decode("utf-8", "replace")
        return self._decode(kind, content, "deserialize")

    def _resolve_type(self, name: str) -> Any:
        name = name.strip()
        if name in _PRIMITIVES:
            return _PRIMITIVES[name]
        if name.startswith("list[") and name.endswith("]"):
            return list[self._resolve_type(name[5:-1])]  # type: ignore[misc]
        if name.startswith("dict(") and name.endswith(")"):
            _, _, value = name[5:-1].partition(",")
            return dict[str, self._resolve_type(value)]  # type: ignore[misc]
        package = __name__.rsplit(".", 1)[0]
        try:
            return getattr(importlib.import_module(package), name)
        except (ImportError, AttributeError):
            raise ApiValueError(f"unknown model class {name!r}") from None

    # -- building ------------------------------------------------------------------------

    def _bind(self, op: Op, args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any]:
        if len(args) > op.required:
            raise TypeError(
                f"{op.name}() takes {op.required} positional argument"
                f"{'' if op.required == 1 else 's'} but {len(args)} were given"
            )
        values: dict[str, Any] = {}
        for param, value in zip(op.params, args, strict=False):
            values[param.name] = value
        names = {param.name for param in op.params}
        for key, value in kwargs.items():
            if key in values:
                raise TypeError(f"{op.name}() got multiple values for argument '{key}'")
            if key not in names and key not in _OPTIONS:
                raise TypeError(f"{op.name}() got an unexpected keyword argument '{key}'")
            values[key] = value
        if "_content_type" in values and not any(p.location == "body" for p in op.params):
            raise TypeError(f"{op.name}() got an unexpected keyword argument '_content_type'")
        missing = [p.name for p in op.params[: op.required] if p.name not in values]
        if missing:
            listed = " and ".join(f"'{name}'" for name in missing)
            raise TypeError(
                f"{op.name}() missing {len(missing)} required argument"
                f"{'' if len(missing) == 1 else 's'}: {listed}"
            )
        for param in op.params[: op.required]:
            if values[param.name] is None:
                raise ApiValueError(
                    f"Missing the required parameter `{param.name}` when calling `{op.name}`"
                )
        return values

    def prepare(self, op: Op, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Prepared:
        """Bind the arguments of a call of ``op`` and build its request."""
        values = self._bind(op, args, kwargs)
        path = op.path
        query: list[tuple[str, str]] = []
        body: Any = None
        has_body = False
        for param in op.params:
            value = values.get(param.name)
            if param.location == "path":
                path = path.replace("{" + param.wire + "}", self._path_value(param, value))
            elif value is None:
                continue
            elif param.location == "query":
                query.extend(self._query_items(param, value))
            elif param.location == "body":
                body, has_body = value, True
        leftover = _PLACEHOLDER.search(path)
        if leftover:
            raise ApiValueError(f"{op.name}: no value for the path parameter {leftover.group(0)}")
        return self.prepare_raw(
            op.name,
            op.method,
            path,
            query=query,
            body=body,
            has_body=has_body,
            consumes=op.consumes,
            produces=op.produces,
            is_patch=op.is_patch,
            response_type=op.response,
            content_type=values.get("_content_type"),
            headers=values.get("_headers"),
            preload=values.get("_preload_content", True),
            timeout=values.get("_request_timeout"),
        )

    def _path_value(self, param: Param, value: Any) -> str:
        if value is None:
            raise ApiValueError(f"the path parameter '{param.name}' must not be None")
        text = _query_value(value)
        return urllib.parse.quote(text, safe=self.configuration.safe_chars_for_path_param)

    @staticmethod
    def _query_items(param: Param, value: Any) -> Iterable[tuple[str, str]]:
        if isinstance(value, list | tuple):
            if param.multi:
                return [(param.wire, _query_value(item)) for item in value]
            return [(param.wire, ",".join(_query_value(item) for item in value))]
        return [(param.wire, _query_value(value))]

    def prepare_raw(
        self,
        name: str,
        method: str,
        path: str,
        *,
        query: list[tuple[str, str]] | None = None,
        body: Any = None,
        has_body: bool | None = None,
        consumes: tuple[str, ...] = ("application/json",),
        produces: tuple[str, ...] = ("application/json",),
        is_patch: bool | None = None,
        response_type: Any = object,
        content_type: str | None = None,
        headers: Mapping[str, str] | None = None,
        preload: bool = True,
        timeout: RequestTimeout = None,
    ) -> Prepared:
        """Build a request from its parts (``prepare`` for an Op; ``request`` for any path)."""
        method = method.upper()
        if has_body is None:
            has_body = body is not None
        if is_patch is None:
            is_patch = method == "PATCH"
        header_list: list[tuple[str, str]] = list(self.default_headers.items())
        header_list.append(("Accept", _accept(produces)))
        if self.configuration.disable_compression:
            header_list.append(("Accept-Encoding", "identity"))
        if self.cookie:
            header_list.append(("Cookie", self.cookie))
        header_list.extend(self.configuration.impersonation_headers())
        content: bytes | None = None
        implicit_strategic = False
        if has_body and body is not None:
            chosen = content_type
            if chosen is None:
                chosen, implicit_strategic = _default_content_type(body, consumes, is_patch)
            content = _encode_body(body)
            header_list.append(("Content-Type", chosen))
        if headers:
            overridden = {key.lower() for key in headers}
            header_list = [item for item in header_list if item[0].lower() not in overridden]
            header_list.extend(headers.items())
        cfg_timeout = to_httpx_timeout(self.configuration.timeout)
        extensions: dict[str, Any] = {}
        if self.configuration.server_name:
            extensions["sni_hostname"] = self.configuration.server_name
        return Prepared(
            name=name,
            method=method,
            url=self.configuration.host.rstrip("/") + path,
            query=query or [],
            headers=header_list,
            content=content,
            timeout=to_httpx_timeout(timeout, cfg_timeout),
            total=total_seconds(timeout if timeout is not None else self.configuration.timeout),
            preload=preload,
            response_type=response_type,
            implicit_strategic=implicit_strategic,
            extensions=extensions,
        )

    def _build(
        self,
        client: httpx.Client | httpx.AsyncClient,
        prepared: Prepared,
        timeout: httpx.Timeout,
    ) -> httpx.Request:
        return client.build_request(
            prepared.method,
            prepared.url,
            params=list[tuple[str, Any]](prepared.query),
            headers=prepared.headers,
            content=prepared.content,
            timeout=timeout,
            extensions=prepared.extensions or None,
        )

    # -- responses -----------------------------------------------------------------------

    def _surface_warnings(self, response: httpx.Response) -> None:
        for value in response.headers.get_list("warning"):
            try:
                parsed = parse_warning_header(value)
            except Exception:
                continue
            for code, _agent, text in parsed:
                if code != 299:
                    continue
                logger.info("warning from the API server: %s", text)
                warnings.warn(text, KubernetesWarning, stacklevel=_caller_stacklevel())

    def _retry_delay(
        self, prepared: Prepared, response: httpx.Response, attempt: int
    ) -> float | None:
        """Seconds to wait before retrying this response, or None (client-go rules: 429 or
        5xx carrying an integer Retry-After, at most ``max_retries`` times)."""
        if attempt >= self.configuration.max_retries:
            return None
        status = response.status_code
        if status != 429 and status < 500:
            return None
        value = response.headers.get("retry-after")
        if value is None:
            return None
        try:
            seconds = int(value.strip())
        except ValueError:
            return None
        return float(max(seconds, 0))

    @staticmethod
    def _reconnect_allowed(prepared: Prepared, error: Exception) -> bool:
        if never_connected(error):
            return True
        # connection reset, EOF or a lost connection: retried for GET only (client-go); the
        # server may have seen (and acted on) the request
        return prepared.method == "GET" and isinstance(
            error, httpx.RemoteProtocolError | httpx.ReadError
        )

    def _error(self, prepared: Prepared, response: httpx.Response, body: bytes) -> ApiException:
        return exception_for(response.status_code)(
            status=response.status_code,
            reason=response.reason_phrase,
            body=body,
            headers=response.headers,
            operation=prepared.name,
        )

    def _finish(self, prepared: Prepared, response: httpx.Response, body: bytes) -> Any:
        data = self._decode(prepared.response_type, body, prepared.name)
        if prepared.api_response:
            return ApiResponse(response.status_code, response.headers, data, body)
        if prepared.with_info:
            return data, response.status_code, response.headers
        return data

    @staticmethod
    def _raw(prepared: Prepared, raw: Any, response: httpx.Response) -> Any:
        if prepared.with_info:
            return raw, response.status_code, response.headers
        return raw

    def prepare_request(
        self,
        method: str,
        path: str,
        query: Mapping[str, Any] | Iterable[tuple[str, Any]] | None,
        body: Any,
        response_type: Any,
        content_type: str | None,
        headers: Mapping[str, str] | None,
        preload_content: bool,
        request_timeout: RequestTimeout,
    ) -> Prepared:
        """Build a request for any path (``ApiClient.request``)."""
        return self.prepare_raw(
            f"{method.upper()} {path}",
            method,
            path,
            query=query_list(query),
            body=body,
            response_type=response_type,
            content_type=content_type,
            headers=headers,
            preload=preload_content,
            timeout=request_timeout,
        )

    def prepare_call_api(
        self,
        resource_path: str,
        method: str,
        path_params: Mapping[str, Any] | None,
        query_params: Mapping[str, Any] | Iterable[tuple[str, Any]] | None,
        header_params: Mapping[str, str] | None,
        body: Any,
        response_type: Any,
        return_http_data_only: bool | None,
        collection_formats: Mapping[str, str] | None,
        preload_content: bool,
        request_timeout: RequestTimeout,
        unsupported: bool = False,
    ) -> Prepared:
        """Build a request from the official ``call_api`` arguments."""
        if unsupported:
            raise ApiValueError(
                "call_api: async_req, post_params, files and _host are not supported"
            )
        path = resource_path
        for key, value in (path_params or {}).items():
            quoted = urllib.parse.quote(
                _query_value(value), safe=self.configuration.safe_chars_for_path_param
            )
            path = path.replace("{" + key + "}", quoted)
        query: list[tuple[str, str]] = []
        formats = collection_formats or {}
        items = query_params.items() if isinstance(query_params, Mapping) else query_params or ()
        for key, value in items:
            if value is None:
                continue
            if isinstance(value, list | tuple):
                style = formats.get(key, "csv")
                if style == "multi":
                    query.extend((key, _query_value(item)) for item in value)
                    continue
                separator = {"ssv": " ", "tsv": "\t", "pipes": "|"}.get(style, ",")
                query.append((key, separator.join(_query_value(item) for item in value)))
            else:
                query.append((key, _query_value(value)))
        headers = dict(header_params or {})
        content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), None)
        accept = next((v for k, v in headers.items() if k.lower() == "accept"), None)
        headers = {k: v for k, v in headers.items() if k.lower() != "content-type"}
        if isinstance(response_type, str):
            response_type = self._resolve_type(response_type)
        prepared = self.prepare_raw(
            f"{method.upper()} {resource_path}",
            method,
            path,
            query=query,
            body=body,
            produces=(accept,) if accept else ("application/json",),
            response_type=response_type,
            content_type=content_type,
            headers=headers,
            preload=preload_content,
            timeout=request_timeout,
        )
        prepared.with_info = not return_http_data_only
        return prepared

    def _decode(self, kind: Any, content: bytes, name: str) -> Any:
        if kind is None:
            return None
        if kind is bytes:
            return content
        if kind is str:
            return content.decode("utf-8", "replace")
        if not content.strip():
            return None
        try:
            if kind is object:
                return msgspec.json.decode(content)
            if isinstance(kind, tuple):
                kind = _pick_by_kind(kind, content)
            return _serde.decode(content, kind)
        except (msgspec.DecodeError, msgspec.ValidationError) as error:
            shown = getattr(kind, "__name__", repr(kind))
            raise ApiValueError(f"{name}: cannot decode the response as {shown}: {error}") from None

    @staticmethod
    def _patch_fallback(prepared: Prepared) -> bool:
        """After a 415 for a strategic merge patch chosen by default, resend as merge patch
        (custom resources do not support strategic merge)."""
        if not prepared.implicit_strategic:
            return False
        prepared.implicit_strategic = False
        prepared.headers = [
            (key, MERGE_PATCH if key == "Content-Type" else value)
            for key, value in prepared.headers
        ]
        return True

    def exchange(
        self, client: httpx.Client | httpx.AsyncClient, prepared: Prepared
    ) -> Generator[Step, Any, Any]:
        """One call from first attempt to result, written once for both transports (sans-IO).

        It yields what the transport must do and is sent the outcome: a response for
        :class:`Send` (a failed send is thrown in), the body for :class:`ReadBody`, nothing for
        :class:`Sleep` and :class:`Discard`. It returns the decoded result, or
        :class:`Streaming` when the caller asked for the raw response. In between: client-side
        throttling, retries of 429/5xx with Retry-After and of dropped GETs (client-go) and of
        any request whose connection could not be established, Warning headers, the
        merge-patch fallback after a 415 and error mapping.
        """
        deadline = None if prepared.total is None else time.monotonic() + prepared.total
        attempt = 0
        while True:
            wait = self._throttle(prepared)
            if wait > 0:
                yield Sleep(wait)
            timeout = remaining_timeout(prepared.timeout, deadline)
            try:
                response = yield Send(self._build(client, prepared, timeout))
            except httpx.TransportError as error:
                if (
                    attempt >= self.configuration.max_retries
                    or not self._reconnect_allowed(prepared, error)
                    or (deadline is not None and time.monotonic() + RECONNECT_DELAY >= deadline)
                ):
                    raise
                attempt += 1
                logger.debug("%s: %s; retrying", prepared.name, _failure(error))
                yield Sleep(RECONNECT_DELAY)
                continue
            self._surface_warnings(response)
            delay = self._retry_delay(prepared, response, attempt)
            if delay is not None and (deadline is None or time.monotonic() + delay < deadline):
                attempt += 1
                yield Discard(response)
                logger.debug(
                    "%s: HTTP %s, retrying in %ss", prepared.name, response.status_code, delay
                )
                yield Sleep(delay)
                continue
            if response.status_code == 415 and self._patch_fallback(prepared):
                yield Discard(response)
                continue
            if not 200 <= response.status_code <= 299:
                body = yield ReadBody(response, deadline)
                raise self._error(prepared, response, body)
            if not prepared.preload:
                return Streaming(response)
            body = yield ReadBody(response, deadline)
            return self._finish(prepared, response, body)

    def _transport_key(self) -> tuple[Any, ...]:
        """What the pooled connections depend on: when it changes (e.g. rotated client
        certificate data, a new proxy), the next request gets a new connection pool."""
        cfg = self.configuration
        context = cfg.ssl_context() if cfg.host.startswith("https:") else None
        return (
            id(context),
            cfg.host.partition("://")[0],
            cfg.proxy,
            cfg.no_proxy,
            tuple(sorted((cfg.proxy_headers or {}).items())),
            cfg.connection_pool_maxsize,
            tuple(cfg.socket_options or ()),
        )

    def _throttle(self, prepared: Prepared) -> float:
        """Seconds to wait for the client-side rate limit (``qps``/``burst``; off by default).
        Watches are never throttled, as in client-go."""
        qps = self.configuration.qps
        if not qps or _is_watch(prepared):
            return 0.0
        bucket = self._bucket
        if bucket is None or bucket.qps != qps or bucket.burst != self.configuration.burst:
            # threads starting at once must share one bucket: each with its own would get a
            # whole burst
            with _BUCKET_LOCK:
                bucket = self._bucket
                if bucket is None or bucket.qps != qps or bucket.burst != self.configuration.burst:
                    bucket = self._bucket = _TokenBucket(qps, self.configuration.burst)
        delay = bucket.reserve()
        if delay > 0.05:
            logger.debug("%s: waited %.3fs for client-side throttling", prepared.name, delay)
        return delay

    def _client_settings(self) -> dict[str, Any]:
        cfg = self.configuration
        settings: dict[str, Any] = {
            "auth": self._auth,
            "timeout": to_httpx_timeout(cfg.timeout),
            "follow_redirects": False,
            # every connection may stay idle (for httpx's 5 s keep-alive expiry), as urllib3's
            # pool of the official client keeps them: requests waiting for admission
            # (``_admission``) are not queued in httpcore's pool, so with a lower limit it
            # would close the connection a response just freed while the next request waits
            # to open a new one (a TLS handshake per request under load)
            "limits": httpx.Limits(
                max_connections=cfg.connection_pool_maxsize,
                max_keepalive_connections=cfg.connection_pool_maxsize,
            ),
        }
        if cfg.host.startswith("https:"):
            settings["verify"] = cfg.ssl_context()
        proxy = cfg.proxy
        if proxy and not should_bypass_proxies(cfg.host, cfg.no_proxy):
            settings["proxy"] = (
                httpx.Proxy(proxy, headers=cfg.proxy_headers) if cfg.proxy_headers else proxy
            )
            settings["trust_env"] = False
        elif proxy:
            settings["trust_env"] = False
        # socket options need a transport of kubeclient's own, which httpx does not combine
        # with proxies: a proxied client keeps httpx's defaults
        env_proxies = settings.get("trust_env", True) and any(
            scheme in ("http", "https", "all") for scheme in urllib.request.getproxies()
        )
        if cfg.socket_options and "proxy" not in settings and not env_proxies:
            settings["socket_options"] = list(cfg.socket_options)
        return settings


def _is_watch(prepared: Prepared) -> bool:
    return any(
        key == "watch" and value.lower() not in ("", "0", "false") for key, value in prepared.query
    )


_BUCKET_LOCK = threading.Lock()


class _TokenBucket:
    """client-go's token bucket: ``burst`` requests at once, then ``qps`` per second. A caller
    reserves a token (possibly in the future) and waits until it is due."""

    def __init__(self, qps: float, burst: int) -> None:
        self.qps = qps
        self.burst = max(burst, 1)
        self._tokens = float(self.burst)
        self._last = time.monotonic()
        self._lock = threading.Lock()

    def reserve(self) -> float:
        with self._lock:
            now = time.monotonic()
            self._tokens = min(self.burst, self._tokens + (now - self._last) * self.qps)
            self._last = now
            self._tokens -= 1.0
            return 0.0 if self._tokens >= 0 else -self._tokens / self.qps


def _accept(produces: tuple[str, ...]) -> str:
    if not produces:
        return "application/json"
    if "application/json" in produces:
        return "application/json"
    return ", ".join(produces)


def _default_content_type(body: Any, consumes: tuple[str, ...], is_patch: bool) -> tuple[str, bool]:
    if not is_patch:
        return (consumes[0] if consumes else "application/json"), False
    if isinstance(body, list | tuple):
        return JSON_PATCH, False
    if not consumes or STRATEGIC_MERGE_PATCH in consumes:
        return STRATEGIC_MERGE_PATCH, True
    if MERGE_PATCH in consumes:
        return MERGE_PATCH, False
    return consumes[0], False


def _failure(error: Exception) -> str:
    what = "no connection" if never_connected(error) else "connection lost"
    return f"{what} ({type(error).__name__}: {error})"


def never_connected(error: BaseException) -> bool:
    """The request failed before its connection was established, so the server received no
    byte of it and any verb may be sent again: the connection was refused, timed out, or its
    TLS handshake failed (httpcore raises ``ConnectError``/``ConnectTimeout`` only while
    connecting and in the handshake; a request is written only after both, on a fresh
    connection or a pooled one, and a failure there is a ``WriteError``/``ReadError``). A
    certificate the client rejects is no passing failure and is not retried.
    """
    if not isinstance(error, httpx.ConnectError | httpx.ConnectTimeout):
        return False
    # httpx raises its error from httpcore's, which re-raises it ``from None``: the ssl
    # module's error is left as the context
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return False
        cause = cause.__cause__ or cause.__context__
    return True


def _with_type_meta(body: Any) -> Any:
    """A model of a served kind with ``apiVersion``/``kind`` filled from its ``_resource``.

    Built-in endpoints infer them from the URL, but custom resources and server-side apply
    reject a body without them; the caller's object is left unchanged.
    """
    info = getattr(type(body), "_resource", None)
    if info is None or not isinstance(body, msgspec.Struct):
        return body
    changes = {}
    if getattr(body, "api_version", "") is None:
        changes["api_version"] = info.api_version
    if getattr(body, "kind", "") is None:
        changes["kind"] = info.kind
    return msgspec.structs.replace(body, **changes) if changes else body


def _encode_body(body: Any) -> bytes:
    if isinstance(body, bytes | bytearray | memoryview):
        return bytes(body)
    if isinstance(body, str):
        return body.encode("utf-8")
    try:
        return _serde.encode(_with_type_meta(body))
    except (TypeError, NotImplementedError) as error:
        raise ApiTypeError(f"cannot encode the request body: {error}") from None


def query_list(
    query: Mapping[str, Any] | Iterable[tuple[str, Any]] | None,
) -> list[tuple[str, str]]:
    if query is None:
        return []
    items = query.items() if isinstance(query, Mapping) else query
    result: list[tuple[str, str]] = []
    for key, value in items:
        if value is None:
            continue
        if isinstance(value, list | tuple):
            result.extend((key, _query_value(item)) for item in value)
        else:
            result.append((key, _query_value(value)))
    return result


def remaining_timeout(timeout: httpx.Timeout, deadline: float | None) -> httpx.Timeout:
    if deadline is None:
        return timeout
    left = max(deadline - time.monotonic(), 0.001)

    def cap(value: float | None) -> float:
        return left if value is None else min(value, left)

    return httpx.Timeout(
        connect=cap(timeout.connect),
        read=cap(timeout.read),
        write=cap(timeout.write),
        pool=cap(timeout.pool),
    )
