"""Exceptions raised by the client, with the official Python client's names.

:class:`ApiException` is raised for every response outside 2xx. It keeps the HTTP status,
reason phrase, body and headers as the official client does, and adds the Kubernetes
``Status`` object the server sends with most errors, decoded lazily (on first access) into a
small private struct so this module never imports generated code.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import msgspec

__all__ = [
    "ApiAttributeError",
    "ApiException",
    "ApiKeyError",
    "ApiTypeError",
    "ApiValueError",
    "BadRequestException",
    "ConflictException",
    "ForbiddenException",
    "NotFoundException",
    "OpenApiException",
    "ServiceException",
    "Status",
    "StatusCause",
    "StatusDetails",
    "StatusListMeta",
    "UnauthorizedException",
    "UnprocessableEntityException",
    "exception_for",
    "render_path",
]

#: at most this much of a non-Status body is used as an error message (client-go: 2 KiB)
_MAX_MESSAGE_BODY = 2048


class OpenApiException(Exception):
    """The base class of every exception this client raises on purpose."""


class ApiTypeError(OpenApiException, TypeError):
    """An argument of the wrong type."""


class ApiValueError(OpenApiException, ValueError):
    """An argument or a response with an invalid value."""


class ApiAttributeError(OpenApiException, AttributeError):
    """An attribute that does not exist."""


class ApiKeyError(OpenApiException, KeyError):
    """A key that does not exist."""


class StatusCause(msgspec.Struct, kw_only=True, omit_defaults=True):
    """``metav1.StatusCause``: one reason an operation failed (often a field)."""

    reason: str | None = None
    message: str | None = None
    field: str | None = None


class StatusDetails(msgspec.Struct, kw_only=True, omit_defaults=True, rename="camel"):
    """``metav1.StatusDetails``: which object failed and why."""

    name: str | None = None
    group: str | None = None
    kind: str | None = None
    uid: str | None = None
    causes: list[StatusCause] | None = None
    retry_after_seconds: int | None = None


class StatusListMeta(msgspec.Struct, kw_only=True, omit_defaults=True, rename="camel"):
    """The ``metadata`` of a Status; a 410 on a list may carry a ``continue`` token."""

    resource_version: str | None = None
    _continue: str | None = msgspec.field(default=None, name="continue")
    remaining_item_count: int | None = None
    self_link: str | None = None


class Status(msgspec.Struct, kw_only=True, omit_defaults=True, rename="camel"):
    """``metav1.Status`` as the server sends it with an error (attribute names as ``V1Status``)."""

    api_version: str | None = None
    kind: str | None = None
    metadata: StatusListMeta | None = None
    status: str | None = None
    message: str | None = None
    reason: str | None = None
    details: StatusDetails | None = None
    code: int | None = None


_status_decoder = msgspec.json.Decoder(Status)


def decode_status(body: bytes | str | None) -> Status | None:
    """The body decoded as a ``Status`` if it is one, else None (never raises)."""
    if not body:
        return None
    try:
        status = _status_decoder.decode(body)
    except (msgspec.DecodeError, UnicodeDecodeError):
        return None
    return status if status.kind == "Status" else None


class ApiException(OpenApiException):
    """A response outside 2xx (or a client-side failure when ``status`` is 0).

    Attributes as in the official client: ``status`` (HTTP code), ``reason`` (HTTP reason
    phrase), ``body`` (text), ``headers``. In addition: ``api_status`` (the decoded Kubernetes
    ``Status``, or None when the body is not one), ``message``, ``status_reason`` (the machine
    reason such as ``"NotFound"`` or ``"AlreadyExists"``), ``details``, ``causes`` and
    ``retry_after``.
    """

    def __init__(
        self,
        status: int | None = None,
        reason: str | None = None,
        http_resp: Any = None,
        *,
        body: bytes | str | None = None,
        headers: Mapping[str, str] | None = None,
        operation: str | None = None,
        data: Any = None,
    ) -> None:
        if http_resp is not None:
            status = getattr(http_resp, "status", getattr(http_resp, "status_code", status))
            reason = getattr(http_resp, "reason", getattr(http_resp, "reason_phrase", reason))
            if body is None:
                data = getattr(http_resp, "data", None)
                body = data if data is not None else getattr(http_resp, "content", None)
            if headers is None:
                headers = getattr(http_resp, "headers", None)
        self.status: int = int(status or 0)
        self.reason: str | None = reason
        raw = body.encode("utf-8") if isinstance(body, str) else body
        self._raw: bytes | None = raw
        self.body: str | None = raw.decode("utf-8", "replace") if raw is not None else None
        self.headers: Mapping[str, str] | None = headers
        self.operation = operation
        #: the decoded body where the official client had one (unused by kubeclient itself)
        self.data = data
        self._status_decoded = False
        self._api_status: Status | None = None
        super().__init__(self.status, self.reason)

    @classmethod
    def from_response(
        cls, *, http_resp: Any, body: bytes | str | None = None, data: Any = None
    ) -> ApiException:
        """Raise the subclass for ``http_resp``'s status (``NotFoundException`` for 404 …),
        as the official client's ``ApiException.from_response`` does."""
        status = getattr(http_resp, "status", getattr(http_resp, "status_code", 0))
        raise exception_for(int(status or 0))(http_resp=http_resp, body=body, data=data)

    # -- the decoded Status --------------------------------------------------------------

    @property
    def api_status(self) -> Status | None:
        """The Kubernetes ``Status`` from the body, or None if the body is not a Status."""
        if not self._status_decoded:
            self._api_status = decode_status(self._raw)
            self._status_decoded = True
        return self._api_status

    @property
    def message(self) -> str:
        """The Status message; else the trimmed body if it is text; else a generic text."""
        status = self.api_status
        if status is not None and status.message:
            return status.message
        content_type = _header(self.headers, "content-type")
        if self.body and (not content_type or content_type.startswith("text/")):
            return self.body.strip()[:_MAX_MESSAGE_BODY]
        if self.status:
            return f"the server responded with HTTP {self.status}"
        return self.reason or "unknown error"

    @property
    def status_reason(self) -> str | None:
        """The machine-readable reason, e.g. ``NotFound``, ``AlreadyExists``, ``Expired``."""
        status = self.api_status
        return status.reason if status is not None else None

    @property
    def details(self) -> StatusDetails | None:
        status = self.api_status
        return status.details if status is not None else None

    @property
    def causes(self) -> list[StatusCause]:
        details = self.details
        return list(details.causes or ()) if details is not None else []

    @property
    def retry_after(self) -> int | None:
        """Seconds to wait before retrying: the Retry-After header, else the Status's."""
        value = _header(self.headers, "retry-after")
        if value is not None:
            try:
                return int(value.strip())
            except ValueError:
                pass
        details = self.details
        return details.retry_after_seconds if details is not None else None

    def __str__(self) -> str:
        text = f"({self.status})\nReason: {self.reason}\n"
        if self.operation:
            text = f"{self.operation}: {text}"
        status = self.api_status
        if status is not None:
            text += f"Message: {status.message}\n"
            if status.reason:
                text += f"Status reason: {status.reason}\n"
            for cause in self.causes:
                where = f" ({cause.field})" if cause.field else ""
                text += f"Cause: {cause.reason}{where}: {cause.message}\n"
        if self.headers:
            text += f"HTTP response headers: {_safe_headers(self.headers)}\n"
        if self.body:
            text += f"HTTP response body: {self.body[:_MAX_MESSAGE_BODY]}\n"
        return text


def _header(headers: Mapping[str, str] | None, name: str) -> str | None:
    if not headers:
        return None
    value = headers.get(name)
    if value is None:
        for key, item in headers.items():
            if key.lower() == name:
                return item
    return value


_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "set-cookie", "cookie"})


def _safe_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {
        key: ("<redacted>" if key.lower() in _SECRET_HEADERS else value)
        for key, value in headers.items()
    }


# The official client's (37.x) subclasses by HTTP status: ``except NotFoundException`` works
# as there, and each is still an ApiException for code that checks ``e.status``.


class BadRequestException(ApiException):
    """HTTP 400."""


class UnauthorizedException(ApiException):
    """HTTP 401."""


class ForbiddenException(ApiException):
    """HTTP 403."""


class NotFoundException(ApiException):
    """HTTP 404."""


class ConflictException(ApiException):
    """HTTP 409 (a stale ``resourceVersion``, or the object already exists)."""


class UnprocessableEntityException(ApiException):
    """HTTP 422 (the object is invalid)."""


class ServiceException(ApiException):
    """HTTP 5xx."""


_BY_STATUS: dict[int, type[ApiException]] = {
    400: BadRequestException,
    401: UnauthorizedException,
    403: ForbiddenException,
    404: NotFoundException,
    409: ConflictException,
    422: UnprocessableEntityException,
}


def render_path(path_to_item: Any) -> str:
    """``["spec", "containers", 0]`` → ``['spec']['containers'][0]`` (the official helper
    the ``Api*Error`` messages of generated validation use)."""
    return "".join(f"[{part}]" if isinstance(part, int) else f"['{part}']" for part in path_to_item)


def exception_for(status: int) -> type[ApiException]:
    """The ApiException class the official client raises for an HTTP ``status``."""
    if 500 <= status <= 599:
        return ServiceException
    return _BY_STATUS.get(status, ApiException)
