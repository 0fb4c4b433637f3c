"""The asyncio twins of ``kubeclient.utils``: ``await create_from_yaml(api_client, ...)``
(same arguments, results and errors; the same machine, driven with asyncio I/O) and
:mod:`.wait`. The YAML and quantity helpers need no I/O and are re-exported as they are."""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import IO, Any

from ...dynamic._calls import adrive
from ...dynamic.client import DynamicOps
from ...utils import (
    DEFAULT_FIELD_MANAGER,
    FailToCreateError,
    Failure,
    ManifestError,
    UnknownKindError,
    WaitTimeoutError,
    _dry_run,
    dump_yaml,
    format_quantity,
    load_yaml,
    loads_yaml,
    model_class,
    parse_quantity,
    register_model,
    single_item,
)
from ...utils._create import create_machine
from ...utils._inputs import (
    directory_files,
    from_dict,
    from_yaml,
    per_document,
    per_file,
    read_many,
)
from ..dynamic import DynamicClient
from . import wait
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
    "Backoff",
    "FailToCreateError",
    "ManifestError",
    "UnknownKindError",
    "WaitTimeoutError",
    "create_from_dict",
    "create_from_directory",
    "create_from_yaml",
    "create_from_yaml_single_item",
    "dump_yaml",
    "format_quantity",
    "is_conflict",
    "is_retry_after_response",
    "is_too_many_requests",
    "load_yaml",
    "loads_yaml",
    "model_class",
    "on_error",
    "on_retry_after_error",
    "parse_quantity",
    "register_model",
    "retry_after_backoff",
    "retry_after_max_retries",
    "retry_after_seconds",
    "retry_on_conflict",
    "wait",
]


async def _create(
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
    ops = k8s_client if isinstance(k8s_client, DynamicOps) else DynamicClient(k8s_client)
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
    return await adrive(machine, ops.client)


async def create_from_yaml(
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
    """See ``kubeclient.utils.create_from_yaml`` (``k8s_client``: an ``AsyncApiClient`` or
    the asyncio ``DynamicClient``)."""
    try:
        manifests = from_yaml(yaml_file, yaml_objects)
    except ManifestError as error:
        raise FailToCreateError([Failure(None, error, error.source)]) from None
    created = await _create(
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


async def create_from_dict(
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
    """See ``kubeclient.utils.create_from_dict``."""
    try:
        manifests = from_dict(data)
    except ManifestError as error:
        raise FailToCreateError([Failure(None, error, error.source)]) from None
    created = await _create(
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


async def create_from_yaml_single_item(
    k8s_client: Any,
    yml_object: dict[str, Any],
    verbose: bool = False,
    apply: bool = False,
    **kwargs: Any,
) -> Any:
    """See ``kubeclient.utils.create_from_yaml_single_item``."""
    namespace = kwargs.pop("namespace", None) or "default"
    try:
        created = await create_from_dict(
            k8s_client, yml_object, verbose, namespace, apply, **kwargs
        )
    except FailToCreateError as error:
        return single_item([], error)
    return single_item(created, None)


async def create_from_directory(
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
    """See ``kubeclient.utils.create_from_directory``."""
    if yaml_dir is None:
        raise ValueError("yaml_dir is required")
    files = directory_files(yaml_dir)
    manifests, errors = read_many(files)
    if errors:
        raise FailToCreateError([Failure(None, error, error.source) for error in errors])
    created = await _create(
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
