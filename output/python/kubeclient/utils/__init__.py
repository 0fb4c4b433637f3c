"""Manifests and waiting, as the official ``kubernetes.utils`` (and more).

- :func:`create_from_yaml`, :func:`create_from_dict`, :func:`create_from_directory`: create
  (or with ``apply=True`` server-side apply) every object of YAML manifests, custom
  resources included, in dependency-friendly order; all failures in one
  :class:`FailToCreateError` naming each file and document.
- :func:`load_yaml`, :func:`loads_yaml`, :func:`dump_yaml`: typed objects from and to YAML.
- :mod:`.wait`: ``kubectl wait`` on watch — conditions, deletion, any predicate.
- :func:`parse_quantity`, :func:`format_quantity`: ``128Mi`` ↔ ``Decimal``.
- :mod:`.retry`: ``retry_on_conflict`` and client-go's other retry loops;
  :mod:`.duration`: GEP-2257 durations; :mod:`.metrics`: ``metrics.k8s.io`` usage.

The asyncio twins are in ``kubeclient.aio.utils``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import IO, Any

from ..client.exceptions import ApiException
from ..dynamic._calls import drive
from ..dynamic._registry import model_class, register_model
from ..dynamic.client import DynamicClient, DynamicOps
from . import wait
from ._create import INSTALL_ORDER, FailToCreateError, Failure, create_machine
from ._inputs import directory_files, from_dict, from_yaml, per_document, per_file, read_many
from ._wait import WaitTimeoutError
from ._yaml import (
    Manifest,
    ManifestError,
    UnknownKindError,
    dump_yaml,
    load_yaml,
    loads_yaml,
)
from .duration import parse_duration
from .keepalive import tcp_keepalive_socket_options
from .metrics import get_nodes_metrics, get_pods_metrics, get_pods_metrics_in_all_namespaces
from .quantity import format_quantity, parse_quantity
from .retry import (
    DEFAULT_BACKOFF,
    DEFAULT_RETRY,
    DEFAULT_RETRY_AFTER_BACKOFF,
    Backoff,
    is_conflict,
    is_retry_after_response,
    is_too_many_requests,
    on_error,
    on_retry_after_error,
    retry_after_backoff,
    retry_after_max_retries,
    retry_after_seconds,
    retry_on_conflict,
)

__all__ = [
    "DEFAULT_BACKOFF",
    "DEFAULT_RETRY",
    "DEFAULT_RETRY_AFTER_BACKOFF",
    "INSTALL_ORDER",
    "Backoff",
    "FailToCreateError",
    "Failure",
    "Manifest",
    "ManifestError",
    "UnknownKindError",
    "WaitTimeoutError",
    "create_from_dict",
    "create_from_directory",
    "create_from_yaml",
    "create_from_yaml_single_item",
    "dump_yaml",
    "format_quantity",
    "get_nodes_metrics",
    "get_pods_metrics",
    "get_pods_metrics_in_all_namespaces",
    "is_conflict",
    "is_retry_after_response",
    "is_too_many_requests",
    "load_yaml",
    "loads_yaml",
    "model_class",
    "on_error",
    "on_retry_after_error",
    "parse_duration",
    "parse_quantity",
    "register_model",
    "retry_after_backoff",
    "retry_after_max_retries",
    "retry_after_seconds",
    "retry_on_conflict",
    "tcp_keepalive_socket_options",
    "wait",
]

DEFAULT_FIELD_MANAGER = "kubeclient"


def _ops(k8s_client: Any) -> DynamicOps:
    return k8s_client if isinstance(k8s_client, DynamicOps) else DynamicClient(k8s_client)


def _dry_run(value: Any) -> str | None:
    if value is True:
        return "All"
    return str(value) if value else None


def _create(
    k8s_client: Any,
    manifests: list[Any],
    verbose: bool,
    namespace: str | None,
    apply: bool,
    field_manager: str,
    force: bool,
    dry_run: Any,
    wait_timeout: float,
    params: dict[str, Any],
) -> dict[int, Any]:
    ops = _ops(k8s_client)
    machine = create_machine(
        ops,
        manifests,
        namespace=namespace,
        apply=apply,
        field_manager=field_manager,
        force=force,
        dry_run=_dry_run(dry_run),
        verbose=verbose,
        wait_timeout=wait_timeout,
        params=params,
    )
    return drive(machine, ops.client)


def create_from_yaml(
    k8s_client: Any,
    yaml_file: str | os.PathLike[str] | IO[str] | None = None,
    yaml_objects: Iterable[Any] | None = None,
    verbose: bool = False,
    namespace: str = "default",
    apply: bool = False,
    *,
    field_manager: str = DEFAULT_FIELD_MANAGER,
    force: bool = False,
    dry_run: str | bool | None = None,
    wait_timeout: float = 60.0,
    **kwargs: Any,
) -> list[list[Any]]:
    """Create every object of a YAML file (or of ``yaml_objects``, parsed documents).

    ``k8s_client`` is an ``ApiClient`` (or a ``DynamicClient``, whose discovery is reused).
    Multi-document files and ``List`` kinds are supported, custom resources too (found
    through discovery, or through a CRD in the same file, which is awaited until
    Established). ``namespace`` is used for namespaced objects that name none.
    ``apply=True`` server-side applies as ``field_manager`` (``force=True`` takes fields over
    from other managers). ``dry_run="All"`` (or True) only validates on the server; other
    keyword arguments are sent as query parameters (e.g. ``pretty``).

    Returns one list per document of the objects created from it (typed models for the
    kinds the client has classes for, ``ResourceInstance`` otherwise). Raises
    :class:`FailToCreateError` listing every failure (file, document, object, error) after
    trying everything it could; objects it cannot resolve (bad YAML, unknown kinds) fail
    before anything is created.
    """
    try:
        manifests = from_yaml(yaml_file, yaml_objects)
    except ManifestError as error:
        raise FailToCreateError([Failure(None, error, error.source)]) from None
    created = _create(
        k8s_client,
        manifests,
        verbose,
        namespace,
        apply,
        field_manager,
        force,
        dry_run,
        wait_timeout,
        kwargs,
    )
    return per_document(manifests, created)


def create_from_dict(
    k8s_client: Any,
    data: Any,
    verbose: bool = False,
    namespace: str = "default",
    apply: bool = False,
    *,
    field_manager: str = DEFAULT_FIELD_MANAGER,
    force: bool = False,
    dry_run: str | bool | None = None,
    wait_timeout: float = 60.0,
    **kwargs: Any,
) -> list[Any]:
    """Create the object of one manifest dict (every item of a ``List``); returns the
    created objects. See :func:`create_from_yaml`."""
    try:
        manifests = from_dict(data)
    except ManifestError as error:
        raise FailToCreateError([Failure(None, error, error.source)]) from None
    created = _create(
        k8s_client,
        manifests,
        verbose,
        namespace,
        apply,
        field_manager,
        force,
        dry_run,
        wait_timeout,
        kwargs,
    )
    return [created[index] for index in sorted(created)]


def single_item(created: list[Any], error: FailToCreateError | None) -> Any:
    """What ``create_from_yaml_single_item`` returns or raises: the one object created, or
    the server's error itself (as the official function, which calls the API directly)."""
    if error is not None:
        if len(error.failures) == 1 and isinstance(error.failures[0].error, ApiException):
            raise error.failures[0].error from None
        raise error
    return created[0] if len(created) == 1 else created


def create_from_yaml_single_item(
    k8s_client: Any,
    yml_object: dict[str, Any],
    verbose: bool = False,
    apply: bool = False,
    **kwargs: Any,
) -> Any:
    """The official ``create_from_yaml_single_item``: create (or with ``apply=True``
    server-side apply) the object of one manifest dict and return it. In the object's
    namespace, else ``namespace=`` (default ``default``) for a namespaced kind. A refusal
    by the server raises its :class:`ApiException`, as the official function does; other
    keyword arguments are those of :func:`create_from_dict`."""
    namespace = kwargs.pop("namespace", None) or "default"
    try:
        created = create_from_dict(k8s_client, yml_object, verbose, namespace, apply, **kwargs)
    except FailToCreateError as error:
        return single_item([], error)
    return single_item(created, None)


def create_from_directory(
    k8s_client: Any,
    yaml_dir: str | os.PathLike[str] | None = None,
    verbose: bool = False,
    namespace: str = "default",
    apply: bool = False,
    *,
    field_manager: str = DEFAULT_FIELD_MANAGER,
    force: bool = False,
    dry_run: str | bool | None = None,
    wait_timeout: float = 60.0,
    **kwargs: Any,
) -> list[list[list[Any]]]:
    """Create the objects of every ``.yaml``/``.yml``/``.json`` file of a directory (sorted
    by name, not recursive) as one batch: the dependency order holds across files (the
    Namespace of one file before the Deployment of another). Returns, per file, what
    :func:`create_from_yaml` returns. A file that cannot be read or parsed fails the batch
    before anything is created."""
    if yaml_dir is None:
        raise ValueError("yaml_dir is required")
    files = directory_files(yaml_dir)
    manifests, errors = read_many(files)
    if errors:
        raise FailToCreateError([Failure(None, error, error.source) for error in errors])
    created = _create(
        k8s_client,
        manifests,
        verbose,
        namespace,
        apply,
        field_manager,
        force,
        dry_run,
        wait_timeout,
        kwargs,
    )
    return per_file(files, manifests, created)
