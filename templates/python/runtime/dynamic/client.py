"""``DynamicClient``: any resource the server serves, without generated classes, as the
official ``kubernetes.dynamic.DynamicClient``.

.. code-block:: python

    from kubeclient import config, dynamic
    from kubeclient.client import ApiClient

    config.load_kube_config()
    client = dynamic.DynamicClient(ApiClient())
    deployments = client.resources.get(api_version="apps/v1", kind="Deployment")
    dep = deployments.get(name="web", namespace="default")
    print(dep.metadata.name, dep.spec.replicas)
    deployments.patch(name="web", namespace="default", body={"spec": {"replicas": 3}})

Requests are built once (:class:`DynamicOps`) for the sync client here and the asyncio client
in ``kubeclient.aio.dynamic``.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from .. import _kubeyaml as kubeyaml
from ..client._core import APPLY_PATCH, JSON_PATCH, MERGE_PATCH, STRATEGIC_MERGE_PATCH
from ..watch import Watch, WatchEvent
from ._calls import Call, Machine, drive, list_function, query_items
from ._registry import model_class
from .discovery import Discoverer
from .exceptions import ApiException, api_exception
from .resource import Resource, ResourceField, ResourceInstance, ResourceList, Subresource

__all__ = ["DynamicClient", "DynamicOps", "ResourceRegistry", "to_body"]

T = TypeVar("T")
Target = Resource | Subresource


def to_body(body: Any) -> Any:
    """A request body as plain JSON values: a dict, a :class:`ResourceField`, a generated
    model (``apiVersion``/``kind`` filled in from the class), a YAML/JSON string, or a list
    (a JSON patch)."""
    if body is None:
        return None
    if isinstance(body, ResourceField):
        return body.to_dict()
    if isinstance(body, str | bytes):
        return kubeyaml.load(body if isinstance(body, str) else body.decode("utf-8"))
    if isinstance(body, list | tuple):
        return [to_body(item) if not isinstance(item, dict) else item for item in body]
    if hasattr(body, "to_wire") and hasattr(body, "__struct_fields__"):
        wire: dict[str, Any] = body.to_wire()
        info = getattr(type(body), "_resource", None)
        if info is not None:
            wire = {"apiVersion": info.api_version, "kind": info.kind, **wire}
        return wire
    if isinstance(body, Mapping):
        return dict(body)
    raise TypeError(f"cannot send a {type(body).__name__} as a request body")


def _meta(body: Any) -> dict[str, Any]:
    if isinstance(body, dict):
        meta = body.get("metadata")
        return meta if isinstance(meta, dict) else {}
    return {}


def _parent(target: Target) -> Resource:
    return target.parent if isinstance(target, Subresource) else target


def _kind_key(target: Target) -> tuple[str, str]:
    parent = _parent(target)
    return parent.group, parent.kind


def is_custom(target: Target) -> bool:
    """True unless the generated client has a model for the kind (custom resources, and
    kinds of aggregated API servers, get merge patch by default)."""
    parent = _parent(target)
    return model_class(parent.group_version, parent.kind) is None


class DynamicOps:
    """Building the requests of the dynamic client, shared by the sync and asyncio flavours."""

    def __init__(self, client: Any, cache_file: str | os.PathLike[str] | None = None) -> None:
        self.client = client
        self.discoverer = Discoverer(self, cache_file)
        #: kinds whose server refused a strategic merge patch: merge patch by default
        self._merge_only: set[tuple[str, str]] = set()

    # the official client's attribute name
    @property
    def configuration(self) -> Any:
        return self.client.configuration

    def _namespace(
        self, target: Target, namespace: str | None, body: Any, required: bool
    ) -> str | None:
        if not target.namespaced:
            return None
        namespace = namespace or _meta(body).get("namespace")
        if required and not namespace:
            raise ValueError(f"{target.name} is namespaced: a namespace is required")
        return namespace

    @staticmethod
    def _name(target: Target, name: str | None, body: Any) -> str:
        name = name or _meta(body).get("name")
        if not name:
            raise ValueError(f"{target.name}: the object's name is required")
        return str(name)

    def get_call(
        self, target: Target, name: str | None = None, namespace: str | None = None, **kw: Any
    ) -> Call:
        namespace = self._namespace(target, namespace, None, required=False)
        return Call("GET", target.path(name, namespace), query_items(kw), timeout=_timeout(kw))

    def create_call(
        self, target: Target, body: Any, namespace: str | None = None, **kw: Any
    ) -> Call:
        data = to_body(body)
        namespace = self._namespace(target, namespace, data, required=True)
        name = kw.pop("name", None)
        if isinstance(target, Subresource):
            name = self._name(target, name, data)
        path = target.path(name, namespace)
        return Call("POST", path, query_items(kw), data, timeout=_timeout(kw))

    def replace_call(
        self,
        target: Target,
        body: Any,
        name: str | None = None,
        namespace: str | None = None,
        **kw: Any,
    ) -> Call:
        data = to_body(body)
        namespace = self._namespace(target, namespace, data, required=True)
        path = target.path(self._name(target, name, data), namespace)
        return Call("PUT", path, query_items(kw), data, timeout=_timeout(kw))

    def patch_call(
        self,
        target: Target,
        body: Any,
        name: str | None = None,
        namespace: str | None = None,
        content_type: str | None = None,
        **kw: Any,
    ) -> Call:
        data = to_body(body)
        namespace = self._namespace(target, namespace, data, required=True)
        path = target.path(self._name(target, name, data), namespace)
        if content_type is None:
            if isinstance(data, list):
                content_type = JSON_PATCH
            elif is_custom(target) or _kind_key(target) in self._merge_only:
                content_type = MERGE_PATCH
            else:
                content_type = STRATEGIC_MERGE_PATCH
        return Call("PATCH", path, query_items(kw), data, content_type, timeout=_timeout(kw))

    def patch_machine(
        self,
        target: Target,
        body: Any,
        name: str | None = None,
        namespace: str | None = None,
        content_type: str | None = None,
        **kw: Any,
    ) -> Machine[Any]:
        """A patch; a strategic merge patch chosen by default that the server refuses (415:
        a custom resource whose model class was generated from its CRD) is sent again as a
        merge patch, and merge patch is the default for that kind from then on."""
        call = self.patch_call(target, body, name, namespace, content_type, **kw)
        if content_type is not None or call.content_type != STRATEGIC_MERGE_PATCH:
            return (yield call)
        try:
            return (yield call)
        except ApiException as error:
            if error.status != 415:
                raise
        self._merge_only.add(_kind_key(target))
        call.content_type = MERGE_PATCH
        return (yield call)

    def apply_call(
        self,
        target: Target,
        body: Any,
        name: str | None = None,
        namespace: str | None = None,
        field_manager: str | None = None,
        force: bool | None = None,
        force_conflicts: bool | None = None,
        **kw: Any,
    ) -> Call:
        if not field_manager:
            raise ValueError("server_side_apply needs a field_manager")
        data = to_body(body)
        namespace = self._namespace(target, namespace, data, required=True)
        path = target.path(self._name(target, name, data), namespace)
        force = force if force is not None else force_conflicts
        query = [("fieldManager", field_manager), *query_items(kw)]
        if force:
            query.append(("force", True))
        return Call("PATCH", path, query, data, APPLY_PATCH, timeout=_timeout(kw))

    def delete_call(
        self,
        target: Target,
        name: str | None = None,
        namespace: str | None = None,
        body: Any = None,
        label_selector: str | None = None,
        field_selector: str | None = None,
        **kw: Any,
    ) -> Call:
        namespace = self._namespace(target, namespace, None, required=name is not None)
        all_namespaces = bool(kw.pop("all_namespaces", False))
        if not name and not namespace and target.namespaced and not all_namespaces:
            raise ValueError(
                f"deleting a collection of {target.name} needs a namespace (or all_namespaces=True)"
            )
        query = query_items(
            {"label_selector": label_selector, "field_selector": field_selector, **kw}
        )
        return Call(
            "DELETE", target.path(name, namespace), query, to_body(body), timeout=_timeout(kw)
        )

    def watch_args(
        self,
        resource: Resource,
        namespace: str | None,
        name: str | None,
        label_selector: str | None,
        field_selector: str | None,
        resource_version: str | None,
        timeout: float | None,
        allow_watch_bookmarks: bool | None,
    ) -> tuple[Any, dict[str, Any]]:
        """The list function and the keyword arguments for ``Watch.stream``."""
        namespace = self._namespace(resource, namespace, None, required=False)
        selectors = [field_selector] if field_selector else []
        if name:
            selectors.append(f"metadata.name={name}")
        kwargs: dict[str, Any] = {
            "label_selector": label_selector,
            "field_selector": ",".join(selectors) or None,
            "resource_version": resource_version,
            "timeout_seconds": timeout,
        }
        del allow_watch_bookmarks  # the watch always asks for bookmarks and hides them
        func = list_function(self.client, resource.path(namespace=namespace))
        return func, {key: value for key, value in kwargs.items() if value is not None}

    def each_item(
        self, target: ResourceList, verb: str, body: Any, namespace: str | None, kw: dict[str, Any]
    ) -> Machine[dict[str, Any]]:
        """``verb`` on each item of the List ``body`` (see :class:`ResourceList`); the messages
        are the official client's."""
        if kw.pop("name", None):
            raise ValueError(
                "Operations on ResourceList objects do not support the `name` argument"
            )
        data = to_body(body)
        if not isinstance(data, dict):
            raise ValueError("You must provide a body when calling methods on a ResourceList")
        items = data.get("items")
        if not items:
            raise ValueError(
                "The `items` field in the body must be populated when calling methods on a "
                "ResourceList"
            )
        if data.get("kind") != target.kind:
            raise ValueError(
                f"Methods on a {target.kind} must be called with a body containing the same "
                f"kind. Received {data.get('kind')} instead"
            )
        base = target.base
        lookup = target.base_lookup()
        if base is None and lookup:
            base = yield from self.discoverer.get(**lookup)
        results = []
        for item in items:
            resource = base or (
                yield from self.discoverer.get_with_lists(
                    api_version=item.get("apiVersion", target.group_version),
                    kind=item.get("kind", target.base_kind),
                )
            )
            results.append((yield from self._on_item(resource, verb, item, namespace, kw)))
        response: dict[str, Any] = copy.deepcopy(data)
        response["items"] = results
        return response

    def _on_item(
        self,
        resource: Resource | ResourceList,
        verb: str,
        item: dict[str, Any],
        namespace: str | None,
        kw: dict[str, Any],
    ) -> Machine[Any]:
        namespace = _meta(item).get("namespace") or namespace
        if isinstance(resource, ResourceList):  # a List in a List
            return (yield from self.each_item(resource, verb, item, namespace, dict(kw)))
        if verb == "patch":
            return (yield from self.patch_machine(resource, item, None, namespace, **kw))
        if verb == "get":
            call = self.get_call(resource, self._name(resource, None, item), namespace, **kw)
        elif verb == "delete":
            call = self.delete_call(resource, self._name(resource, None, item), namespace, **kw)
        elif verb == "create":
            call = self.create_call(resource, item, namespace, **kw)
        elif verb == "replace":
            call = self.replace_call(resource, item, None, namespace, **kw)
        else:
            call = self.apply_call(resource, item, None, namespace, **kw)
        return (yield call)

    def instance(self, data: Any) -> Any:
        """Wrap a decoded response."""
        if isinstance(data, dict):
            return ResourceInstance(self, data)
        return data

    def event(self, event: WatchEvent[Any]) -> dict[str, Any]:
        raw = event["raw_object"]
        return {"type": event["type"], "object": self.instance(raw), "raw_object": raw}


def _timeout(kw: dict[str, Any]) -> Any:
    return kw.pop("_request_timeout", None)


class ResourceRegistry:
    """``client.resources``: search the discovered resources (sync)."""

    def __init__(self, ops: DynamicOps) -> None:
        self._ops = ops

    def _drive(self, machine: Machine[T]) -> T:
        return drive(machine, self._ops.client)

    def get(self, **criteria: Any) -> Resource | ResourceList:
        """The one matching resource: ``get(api_version="apps/v1", kind="Deployment")``
        (also ``name=``, ``short_names=``, ``singular_name=``, ``group=``, ``category=``), or
        a :class:`ResourceList` (``kind="DeploymentList"``, ``kind="List"``); raises
        ``ResourceNotFoundError`` or ``ResourceNotUniqueError``."""
        return self._drive(self._ops.discoverer.get_with_lists(**criteria))

    def search(self, **criteria: Any) -> list[Resource | ResourceList]:
        return self._drive(self._ops.discoverer.search_with_lists(**criteria))

    def invalidate_cache(self) -> None:
        self._ops.discoverer.invalidate_cache()

    @property
    def api_groups(self) -> list[str]:
        return self._drive(self._ops.discoverer.api_groups())

    def __iter__(self) -> Iterator[Resource]:
        return iter(self._drive(self._ops.discoverer.discover()))


class DynamicClient(DynamicOps):
    """The dynamic client over a sync ``ApiClient``. Results are :class:`ResourceInstance`
    objects; errors are ``ApiException`` (the official dynamic client's subclasses, such as
    ``NotFoundError``). ``cache_file`` keeps discovery on disk between processes."""

    def __init__(self, client: Any, cache_file: str | os.PathLike[str] | None = None) -> None:
        super().__init__(client, cache_file)
        self.resources = ResourceRegistry(self)

    def _send(self, call: Call) -> Any:
        try:
            return self.instance(call.run(self.client))
        except ApiException as error:
            raise api_exception(error) from None

    def run(self, machine: Machine[Any]) -> Any:
        """The result of a machine of this client's requests (a patch, a
        :class:`ResourceList` verb)."""
        try:
            return self.instance(drive(machine, self.client))
        except ApiException as error:
            raise api_exception(error) from None

    def get(
        self, resource: Target, name: str | None = None, namespace: str | None = None, **kw: Any
    ) -> Any:
        """One object (``name``), or the list of them (in ``namespace``, or everywhere);
        ``label_selector``, ``field_selector``, ``limit``, ``_continue`` … as query
        parameters."""
        return self._send(self.get_call(resource, name, namespace, **kw))

    def list(self, resource: Target, namespace: str | None = None, **kw: Any) -> Any:
        """The list of objects (in ``namespace``, or in every namespace)."""
        return self._send(self.get_call(resource, None, namespace, **kw))

    def create(
        self, resource: Target, body: Any = None, namespace: str | None = None, **kw: Any
    ) -> Any:
        return self._send(self.create_call(resource, body, namespace, **kw))

    def replace(
        self,
        resource: Target,
        body: Any = None,
        name: str | None = None,
        namespace: str | None = None,
        **kw: Any,
    ) -> Any:
        return self._send(self.replace_call(resource, body, name, namespace, **kw))

    def patch(
        self,
        resource: Target,
        body: Any = None,
        name: str | None = None,
        namespace: str | None = None,
        content_type: str | None = None,
        **kw: Any,
    ) -> Any:
        """Patch: a list is a JSON patch; a dict is a strategic merge patch for built-in
        kinds and a merge patch for custom resources (``content_type`` chooses)."""
        return self.run(self.patch_machine(resource, body, name, namespace, content_type, **kw))

    def server_side_apply(
        self,
        resource: Target,
        body: Any = None,
        name: str | None = None,
        namespace: str | None = None,
        field_manager: str | None = None,
        force: bool | None = None,
        force_conflicts: bool | None = None,
        **kw: Any,
    ) -> Any:
        """Server-side apply of ``body`` (the full intent) as ``field_manager``."""
        call = self.apply_call(
            resource, body, name, namespace, field_manager, force, force_conflicts, **kw
        )
        return self._send(call)

    def delete(
        self,
        resource: Target,
        name: str | None = None,
        namespace: str | None = None,
        body: Any = None,
        label_selector: str | None = None,
        field_selector: str | None = None,
        **kw: Any,
    ) -> Any:
        """Delete one object, or a collection (by selectors) when ``name`` is None."""
        call = self.delete_call(
            resource, name, namespace, body, label_selector, field_selector, **kw
        )
        return self._send(call)

    def watch(
        self,
        resource: Resource,
        namespace: str | None = None,
        name: str | None = None,
        label_selector: str | None = None,
        field_selector: str | None = None,
        resource_version: str | None = None,
        timeout: float | None = None,
        watcher: Watch | None = None,
        allow_watch_bookmarks: bool | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Events ``{"type", "object" (a ResourceInstance), "raw_object"}``, resumable and
        410-safe (``kubeclient.watch.Watch``); ``timeout`` bounds the whole watch."""
        func, kwargs = self.watch_args(
            resource,
            namespace,
            name,
            label_selector,
            field_selector,
            resource_version,
            timeout,
            allow_watch_bookmarks,
        )
        watcher = watcher or Watch(return_type=object)
        for event in watcher.stream(func, **kwargs):
            yield self.event(event)

    def request(self, method: str, path: str, body: Any = None, **params: Any) -> Any:
        """Any request; keyword arguments are query parameters."""
        return self._send(Call(method, path, query_items(params), to_body(body)))
