"""Errors of the dynamic client, with the official ``kubernetes.dynamic.exceptions`` names.

An HTTP error of a dynamic operation is raised as the :class:`DynamicApiError` subclass of its
status (``NotFoundError`` for 404, ``ConflictError`` for 409 …); each is an ``ApiException``,
so ``except ApiException`` keeps working.
"""

from __future__ import annotations

from ..client.exceptions import ApiException

__all__ = [
    "ApiException",
    "BadRequestError",
    "ConflictError",
    "DynamicApiError",
    "ForbiddenError",
    "GoneError",
    "InternalServerError",
    "MethodNotAllowedError",
    "NotFoundError",
    "ResourceNotFoundError",
    "ResourceNotUniqueError",
    "ServerTimeoutError",
    "ServiceUnavailableError",
    "TooManyRequestsError",
    "UnauthorizedError",
    "UnprocessibleEntityError",
    "api_exception",
]


class ResourceNotFoundError(LookupError):
    """No resource the server serves matches the search (after refreshing discovery)."""


class ResourceNotUniqueError(LookupError):
    """More than one resource matches the search; narrow it (e.g. with ``api_version``)."""


class DynamicApiError(ApiException):
    """An HTTP error of a dynamic client operation."""

    @property
    def summary(self) -> str:
        return f"{self.status} {self.status_reason or self.reason}: {self.message}"


class BadRequestError(DynamicApiError):
    """400"""


class UnauthorizedError(DynamicApiError):
    """401"""


class ForbiddenError(DynamicApiError):
    """403"""


class NotFoundError(DynamicApiError):
    """404"""


class MethodNotAllowedError(DynamicApiError):
    """405"""


class ConflictError(DynamicApiError):
    """409"""


class GoneError(DynamicApiError):
    """410"""


class UnprocessibleEntityError(DynamicApiError):
    """422"""


class TooManyRequestsError(DynamicApiError):
    """429"""


class InternalServerError(DynamicApiError):
    """500"""


class ServiceUnavailableError(DynamicApiError):
    """503"""


class ServerTimeoutError(DynamicApiError):
    """504"""


_BY_STATUS: dict[int, type[DynamicApiError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    405: MethodNotAllowedError,
    409: ConflictError,
    410: GoneError,
    422: UnprocessibleEntityError,
    429: TooManyRequestsError,
    500: InternalServerError,
    503: ServiceUnavailableError,
    504: ServerTimeoutError,
}


def api_exception(error: ApiException) -> ApiException:
    """``error`` as the :class:`DynamicApiError` of its status (itself if already one)."""
    if isinstance(error, DynamicApiError):
        return error
    cls = _BY_STATUS.get(error.status, DynamicApiError)
    converted = cls(
        status=error.status,
        reason=error.reason,
        body=error.body,
        headers=error.headers,
        operation=error.operation,
    )
    converted.__cause__ = error.__cause__
    return converted
