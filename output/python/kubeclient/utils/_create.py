"""``create_from_yaml`` and friends, written once as a machine (sync and asyncio drivers).

Two phases, so that bad input creates nothing:

1. *plan*: every object gets its resource: from the CustomResourceDefinitions in the same
   batch, else from the server's discovery. An object without ``apiVersion``/``kind``, of a
   kind the server does not serve, or of a version its CRD does not serve fails here, and
   then nothing at all is created.
2. *create*: in dependency-friendly order (Namespaces, then CRDs, then the rest as Helm
   orders kinds, custom resources last), each object is created (or, with ``apply=True``,
   server-side applied). Before the first custom resource of a CRD from the batch, the CRD
   is awaited until Established. Failures do not stop the others; all are reported at the
   end in one :class:`FailToCreateError` naming each file and document, together with what
   was created.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..client._core import APPLY_PATCH
from ..client.exceptions import ApiException
from ..dynamic._calls import Call, Machine, Sleep, query_items
from ..dynamic._registry import model_class
from ..dynamic.client import DynamicOps, to_body
from ..dynamic.discovery import split_api_version
from ..dynamic.exceptions import ResourceNotFoundError, ResourceNotUniqueError
from ..dynamic.resource import Resource, ResourceInstance
from ._wait import Wait, WaitSpec, condition_check, typed_object
from ._yaml import Manifest, ManifestError

__all__ = ["INSTALL_ORDER", "FailToCreateError", "Failure", "create_machine", "install_rank"]

logger = logging.getLogger(__name__.rsplit(".", 2)[0])

#: the order in which kinds are created (Helm's install order, with CRDs right after
#: Namespaces); other kinds, and custom resources, come after these
INSTALL_ORDER: tuple[str, ...] = (
    "Namespace",
    "CustomResourceDefinition",
    "PriorityClass",
    "NetworkPolicy",
    "ResourceQuota",
    "LimitRange",
    "PodDisruptionBudget",
    "ServiceAccount",
    "Secret",
    "ConfigMap",
    "StorageClass",
    "PersistentVolume",
    "PersistentVolumeClaim",
    "ClusterRole",
    "ClusterRoleBinding",
    "Role",
    "RoleBinding",
    "Service",
    "DaemonSet",
    "Pod",
    "ReplicationController",
    "ReplicaSet",
    "Deployment",
    "HorizontalPodAutoscaler",
    "StatefulSet",
    "Job",
    "CronJob",
    "IngressClass",
    "Ingress",
    "APIService",
)
#: created last: a webhook must not intercept the creation of the batch it belongs to
_LAST = ("MutatingWebhookConfiguration", "ValidatingWebhookConfiguration")
_CRD_API = "apiextensions.k8s.io"

#: how long a custom resource of a just-established CRD is retried while the API server's
#: handler for it is not yet serving (404)
_SERVE_RETRIES = (0.1, 0.2, 0.4, 0.8, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 2.0, 2.0)


def install_rank(manifest: Manifest) -> int:
    """The position of the object's kind in the install order (built-in kinds only)."""
    kind = manifest.kind
    builtin = model_class(manifest.api_version, kind) is not None
    if builtin and kind in INSTALL_ORDER:
        return INSTALL_ORDER.index(kind)
    if builtin and kind in _LAST:
        return len(INSTALL_ORDER) + 2 + _LAST.index(kind)
    if builtin:
        return len(INSTALL_ORDER)
    return len(INSTALL_ORDER) + 1


@dataclass
class Failure:
    """One object that was not created (or could not be used)."""

    manifest: Manifest | None
    error: BaseException
    source: str = ""

    @property
    def where(self) -> str:
        return self.manifest.where if self.manifest is not None else self.source

    def __str__(self) -> str:
        error = self.error
        if isinstance(error, ManifestError):
            return str(error)
        if isinstance(error, ApiException):
            reason = f" {error.status_reason}" if error.status_reason else ""
            text = f"HTTP {error.status}{reason}: {error.message}"
        else:
            text = str(error)
        if self.manifest is None:
            return f"{self.where}: {text}"
        m = self.manifest
        return f"{m.where}: {m.kind} {m.label!r}: {text}"


class FailToCreateError(Exception):
    """Some objects were not created. ``failures`` names each (file, document, object and
    error); ``api_exceptions`` holds the server's errors (the official attribute);
    ``created`` is what was created, so nothing is created without being reported."""

    def __init__(self, failures: Sequence[Failure], created: Sequence[Any] = ()) -> None:
        self.failures = list(failures)
        self.api_exceptions = [f.error for f in self.failures if isinstance(f.error, ApiException)]
        self.created = list(created)
        super().__init__(str(self))

    def __str__(self) -> str:
        count = len(self.failures)
        lines = [f"{count} object{'s' if count != 1 else ''} failed:"]
        lines.extend(f"  {failure}" for failure in self.failures)
        if self.created:
            lines.append(f"created anyway ({len(self.created)}):")
            for obj in self.created:
                lines.append(f"  {_describe_created(obj)}")
        else:
            lines.append("nothing was created")
        return "\n".join(lines)


def _name_of(obj: Any) -> str:
    meta = getattr(obj, "metadata", None)
    name = getattr(meta, "name", None) if meta is not None else None
    return str(name) if name else ""


def _describe_created(obj: Any) -> str:
    data = to_body(obj) if obj is not None else {}
    meta = data.get("metadata") or {}
    namespace = meta.get("namespace")
    name = f"{namespace}/{meta.get('name')}" if namespace else meta.get("name")
    return f"{data.get('kind')} {name}"


@dataclass
class _Step:
    index: int
    manifest: Manifest
    resource: Resource
    namespace: str | None
    #: the name of the CRD of this batch that serves this kind
    crd: str | None = None
    rank: int = 0


@dataclass
class _Batch:
    """The CustomResourceDefinitions of the batch: ``(group, version, kind)`` → resource."""

    served: dict[tuple[str, str, str], tuple[Resource, str]] = field(default_factory=dict)
    versions: dict[tuple[str, str], tuple[list[str], str]] = field(default_factory=dict)


def _batch_crds(ops: DynamicOps, manifests: Sequence[Manifest]) -> _Batch:
    batch = _Batch()
    for manifest in manifests:
        group, _ = split_api_version(manifest.api_version)
        if group != _CRD_API or manifest.kind != "CustomResourceDefinition":
            continue
        spec = manifest.data.get("spec")
        if not isinstance(spec, dict):
            continue
        # parts of the wrong type are left to the server's validation (which rejects the CRD,
        # so its custom resources fail the plan); here they only must not crash
        names = _mapping(spec.get("names"))
        kind, plural = names.get("kind"), names.get("plural")
        crd_group = spec.get("group")
        if not (kind and plural and crd_group):
            continue
        crd_name = manifest.name or f"{plural}.{crd_group}"
        served = []
        for version in _sequence(spec.get("versions")):
            if not isinstance(version, dict) or not version.get("served", True):
                continue
            served.append(str(version.get("name")))
            subresources = {
                sub: {"kind": "Scale" if sub == "scale" else str(kind), "verbs": ()}
                for sub in _mapping(version.get("subresources"))
            }
            resource = Resource(
                group=str(crd_group),
                version=str(version.get("name")),
                kind=str(kind),
                name=str(plural),
                namespaced=spec.get("scope", "Namespaced") == "Namespaced",
                verbs=("create", "delete", "get", "list", "patch", "update", "watch"),
                singular_name=str(names.get("singular") or ""),
                short_names=tuple(_sequence(names.get("shortNames"))),
                categories=tuple(_sequence(names.get("categories"))),
                subresources=subresources,
                client=ops,
            )
            batch.served[(str(crd_group), resource.version, str(kind))] = (resource, crd_name)
        batch.versions[(str(crd_group), str(kind))] = (served, crd_name)
    return batch


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _sequence(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _unserved(ops: DynamicOps, manifest: Manifest, error: Exception) -> ManifestError:
    api_version, kind = manifest.api_version, manifest.kind
    cached = ops.discoverer.cached() or []
    if isinstance(error, ResourceNotUniqueError):
        return ManifestError(manifest.source, manifest.document, str(error))
    if any(res.group_version == api_version for res in cached):
        message = f"the server serves {api_version} but no kind {kind!r} in it"
    elif any(res.kind == kind for res in cached):
        versions = sorted({res.group_version for res in cached if res.kind == kind})
        message = (
            f"the server does not serve {api_version} (kind {kind!r} is served in "
            f"{', '.join(versions)})"
        )
    else:
        message = f"the server does not serve kind {kind!r} ({api_version})"
    return ManifestError(manifest.source, manifest.document, message)


def plan(
    ops: DynamicOps, manifests: Sequence[Manifest], namespace: str | None, apply: bool
) -> Machine[tuple[list[_Step], list[Failure]]]:
    """Phase 1: the resource and namespace of every object, or why it cannot be created."""
    batch = _batch_crds(ops, manifests)
    steps: list[_Step] = []
    failures: list[Failure] = []
    for index, manifest in enumerate(manifests):
        if not manifest.api_version or not manifest.kind:
            missing = "apiVersion" if not manifest.api_version else "kind"
            error = ManifestError(manifest.source, manifest.document, f"no {missing}")
            failures.append(Failure(manifest, error))
            continue
        group, version = split_api_version(manifest.api_version)
        crd: str | None = None
        found = batch.served.get((group, version, manifest.kind))
        if found is not None:
            resource, crd = found
        elif (group, manifest.kind) in batch.versions:
            versions, crd_name = batch.versions[(group, manifest.kind)]
            message = (
                f"version {version!r} of {manifest.kind} is not served by the "
                f"CustomResourceDefinition {crd_name} in this batch (served: "
                f"{', '.join(versions) or 'none'})"
            )
            failures.append(
                Failure(manifest, ManifestError(manifest.source, manifest.document, message))
            )
            continue
        else:
            try:
                resource = yield from ops.discoverer.get(
                    group=group, version=version, kind=manifest.kind
                )
            except (ResourceNotFoundError, ResourceNotUniqueError) as lookup_error:
                failures.append(Failure(manifest, _unserved(ops, manifest, lookup_error)))
                continue
        verb = "patch" if apply else "create"
        if resource.verbs and verb not in resource.verbs:
            message = f"{resource.name} in {resource.group_version} does not support {verb}"
            failures.append(
                Failure(manifest, ManifestError(manifest.source, manifest.document, message))
            )
            continue
        meta = manifest.data.get("metadata")
        if meta is not None and not isinstance(meta, dict):
            error = ManifestError(manifest.source, manifest.document, "metadata is not a mapping")
            failures.append(Failure(manifest, error))
            continue
        ns: str | None = None
        if resource.namespaced:
            ns = (meta or {}).get("namespace") or namespace
            if not ns:
                error = ManifestError(
                    manifest.source, manifest.document, f"{manifest.kind} needs a namespace"
                )
                failures.append(Failure(manifest, error))
                continue
        if not manifest.name and (apply or not (meta or {}).get("generateName")):
            reason = "server-side apply needs metadata.name" if apply else "no metadata.name"
            error = ManifestError(manifest.source, manifest.document, reason)
            failures.append(Failure(manifest, error))
            continue
        steps.append(_Step(index, manifest, resource, ns, crd, install_rank(manifest)))
    return steps, failures


def _result(data: Any, resource: Resource) -> Any:
    if not isinstance(data, dict):
        return data
    cls = model_class(resource.group_version, resource.kind)
    if cls is not None:
        return typed_object(data, cls)
    return ResourceInstance(None, data)


def _crd_wait(name: str, timeout: float) -> WaitSpec:
    cls = model_class(f"{_CRD_API}/v1", "CustomResourceDefinition")
    return WaitSpec(
        f"/apis/{_CRD_API}/v1/customresourcedefinitions",
        name,
        condition_check("Established"),
        timeout,
        f"CustomResourceDefinition {name}",
        "to have condition Established=True",
        cls,
    )


def create_machine(
    ops: DynamicOps,
    manifests: Sequence[Manifest],
    *,
    namespace: str | None = "default",
    apply: bool = False,
    field_manager: str = "kubeclient",
    force: bool = False,
    dry_run: str | None = None,
    verbose: bool = False,
    wait_timeout: float = 60.0,
    params: dict[str, Any] | None = None,
) -> Machine[dict[int, Any]]:
    """Plan, then create; returns ``{index of the manifest: created object}`` or raises
    :class:`FailToCreateError`."""
    steps, failures = yield from plan(ops, manifests, namespace, apply)
    if failures:
        raise FailToCreateError(failures)
    steps.sort(key=lambda step: (step.rank, step.index))
    created: dict[int, Any] = {}
    established: set[str] = set()
    broken_crds: dict[str, str] = {}
    extra = dict(params or {})
    if dry_run:
        extra["dry_run"] = dry_run
    for step in steps:
        manifest = step.manifest
        if step.crd is not None and step.crd not in established and not dry_run:
            if step.crd in broken_crds:
                skipped = RuntimeError(
                    f"not created: its CustomResourceDefinition {step.crd} {broken_crds[step.crd]}"
                )
                failures.append(Failure(manifest, skipped))
                continue
            try:
                yield Wait(_crd_wait(step.crd, wait_timeout))
            except Exception as wait_error:  # timed out, or the server failed: reported
                broken_crds[step.crd] = f"is not Established: {wait_error}"
                failures.append(Failure(manifest, wait_error))
                continue
            established.add(step.crd)
        try:
            result = yield from _create_one(
                step,
                apply,
                field_manager,
                force,
                extra,
                retry_not_found=step.crd is not None and not dry_run,
            )
        except Exception as api_error:  # reported with the rest; the others are still tried
            failures.append(Failure(manifest, api_error))
            exists = isinstance(api_error, ApiException) and api_error.status == 409
            if manifest.kind == "CustomResourceDefinition" and not exists:
                broken_crds[manifest.name] = "was not created"
            continue
        created[step.index] = _result(result, step.resource)
        verb = "applied" if apply else "created"
        name = _name_of(created[step.index]) or manifest.label
        logger.info("%s %r %s (%s)", manifest.kind, name, verb, manifest.where)
        if verbose:
            print(f"{manifest.kind} {name!r} {verb} ({manifest.where})")
    if failures:
        ordered = [created[index] for index in sorted(created)]
        raise FailToCreateError(failures, ordered)
    return created


def _create_one(
    step: _Step,
    apply: bool,
    field_manager: str,
    force: bool,
    params: dict[str, Any],
    retry_not_found: bool,
) -> Machine[Any]:
    resource, body = step.resource, step.manifest.data
    if apply:
        query = [("fieldManager", field_manager), *query_items(params)]
        if force:
            query.append(("force", True))
        path = resource.path(step.manifest.name, step.namespace)
        call = Call("PATCH", path, query, body, APPLY_PATCH)
    else:
        call = Call("POST", resource.path(namespace=step.namespace), query_items(params), body)
    delays = list(_SERVE_RETRIES) if retry_not_found else []
    while True:
        try:
            return (yield call)
        except ApiException as error:
            # Established is reported a moment before the API server's handler for the new
            # kind serves it: a 404 for the collection (no object name in the Status)
            if error.status != 404 or not delays or (error.details and error.details.name):
                raise
            yield Sleep(delays.pop(0))
