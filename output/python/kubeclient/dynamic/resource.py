"""What discovery finds (:class:`Resource`, :class:`Subresource`, :class:`ResourceList`) and
what the dynamic client returns (:class:`ResourceInstance`, dict-like with attribute access),
as in the official ``kubernetes.dynamic``."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from .. import _kubeyaml as kubeyaml

__all__ = ["Resource", "ResourceField", "ResourceInstance", "ResourceList", "Subresource"]


class _InGroupVersion:
    group: str
    version: str

    @property
    def prefix(self) -> str:
        return "apis" if self.group else "api"

    @property
    def group_version(self) -> str:
        """``apps/v1``, or ``v1`` for the core group: the objects' ``apiVersion``."""
        return f"{self.group}/{self.version}" if self.group else self.version


class Resource(_InGroupVersion):
    """An API resource (``deployments`` in ``apps/v1``) as discovery describes it.

    The operations of the client it was found with are available on it:
    ``resource.get(name=..., namespace=...)``, ``list``, ``create``, ``replace``, ``patch``,
    ``delete``, ``watch`` and ``server_side_apply``; subresources as attributes
    (``resource.status``, ``resource.scale``).
    """

    def __init__(
        self,
        *,
        group: str,
        version: str,
        kind: str,
        name: str,
        namespaced: bool,
        verbs: tuple[str, ...] = (),
        preferred: bool = False,
        singular_name: str = "",
        short_names: tuple[str, ...] = (),
        categories: tuple[str, ...] = (),
        subresources: dict[str, dict[str, Any]] | None = None,
        client: Any = None,
    ) -> None:
        self.group = group
        #: the version alone (``v1``), as the official client's ``api_version``
        self.api_version = version
        self.version = version
        self.kind = kind
        self.name = name
        self.namespaced = namespaced
        self.verbs = verbs
        self.preferred = preferred
        self.singular_name = singular_name
        self.short_names = short_names
        self.categories = categories
        self.client = client
        self.subresources: dict[str, Subresource] = {
            sub: Subresource(self, sub, **info) for sub, info in (subresources or {}).items()
        }

    @property
    def urls(self) -> dict[str, str]:
        root = f"/{self.prefix}/{self.group_version}"
        return {
            "base": f"{root}/{self.name}",
            "namespaced_base": f"{root}/namespaces/{{namespace}}/{self.name}",
            "full": f"{root}/{self.name}/{{name}}",
            "namespaced_full": f"{root}/namespaces/{{namespace}}/{self.name}/{{name}}",
        }

    def path(self, name: str | None = None, namespace: str | None = None) -> str:
        """The collection path, or the object's path when ``name`` is given. A namespaced
        resource without ``namespace`` addresses every namespace (list and watch only)."""
        root = f"/{self.prefix}/{self.group_version}"
        if self.namespaced and namespace:
            root = f"{root}/namespaces/{namespace}"
        path = f"{root}/{self.name}"
        return f"{path}/{name}" if name else path

    def to_dict(self) -> dict[str, Any]:
        return {
            "prefix": self.prefix,
            "group": self.group,
            "api_version": self.version,
            "kind": self.kind,
            "name": self.name,
            "namespaced": self.namespaced,
            "verbs": list(self.verbs),
            "preferred": self.preferred,
            "singular_name": self.singular_name,
            "short_names": list(self.short_names),
            "categories": list(self.categories),
            "subresources": {name: sub.to_dict() for name, sub in self.subresources.items()},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], client: Any = None) -> Resource:
        """The inverse of :meth:`to_dict`."""
        return cls(
            group=str(data["group"]),
            version=str(data["api_version"]),
            kind=str(data["kind"]),
            name=str(data["name"]),
            namespaced=bool(data["namespaced"]),
            verbs=tuple(data.get("verbs") or ()),
            preferred=bool(data.get("preferred")),
            singular_name=str(data.get("singular_name") or ""),
            short_names=tuple(data.get("short_names") or ()),
            categories=tuple(data.get("categories") or ()),
            subresources={
                name: {"kind": str(sub.get("kind") or ""), "verbs": tuple(sub.get("verbs") or ())}
                for name, sub in (data.get("subresources") or {}).items()
            },
            client=client,
        )

    def with_client(self, client: Any) -> Resource:
        clone = copy.copy(self)
        clone.client = client
        clone.subresources = {
            name: Subresource(clone, name, kind=sub.kind, verbs=sub.verbs)
            for name, sub in self.subresources.items()
        }
        return clone

    def __repr__(self) -> str:
        scope = "namespaced" if self.namespaced else "cluster"
        return f"<Resource {self.group_version} {self.kind} ({self.name}, {scope})>"

    # -- operations, through the client that found it --------------------------------------

    def _client(self) -> Any:
        if self.client is None:
            raise RuntimeError(f"{self!r} is not bound to a dynamic client")
        return self.client

    def get(self, *args: Any, **kwargs: Any) -> Any:
        return self._client().get(self, *args, **kwargs)

    def list(self, *args: Any, **kwargs: Any) -> Any:
        return self._client().list(self, *args, **kwargs)

    def create(self, *args: Any, **kwargs: Any) -> Any:
        return self._client().create(self, *args, **kwargs)

    def replace(self, *args: Any, **kwargs: Any) -> Any:
        return self._client().replace(self, *args, **kwargs)

    def patch(self, *args: Any, **kwargs: Any) -> Any:
        return self._client().patch(self, *args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        return self._client().delete(self, *args, **kwargs)

    def watch(self, *args: Any, **kwargs: Any) -> Any:
        return self._client().watch(self, *args, **kwargs)

    def server_side_apply(self, *args: Any, **kwargs: Any) -> Any:
        return self._client().server_side_apply(self, *args, **kwargs)

    def __getattr__(self, name: str) -> Subresource:
        if not name.startswith("_"):
            subresources = self.__dict__.get("subresources") or {}
            if name in subresources:
                found: Subresource = subresources[name]
                return found
        raise AttributeError(f"{type(self).__name__} {self.__dict__.get('name')!r} has no {name!r}")


class Subresource:
    """A subresource (``deployments/scale``, ``pods/status``): get, create, replace and
    patch on the parent object's path plus ``/<name>``."""

    def __init__(
        self, parent: Resource, subresource: str, kind: str = "", verbs: tuple[str, ...] = ()
    ) -> None:
        self.parent = parent
        self.subresource = subresource
        self.name = f"{parent.name}/{subresource}"
        self.kind = kind
        self.verbs = verbs

    @property
    def namespaced(self) -> bool:
        return self.parent.namespaced

    @property
    def group(self) -> str:
        return self.parent.group

    @property
    def group_version(self) -> str:
        return self.parent.group_version

    def path(self, name: str | None = None, namespace: str | None = None) -> str:
        if not name:
            raise ValueError(f"{self.name}: a subresource needs the object's name")
        return f"{self.parent.path(name, namespace)}/{self.subresource}"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "verbs": list(self.verbs)}

    def __repr__(self) -> str:
        return f"<Subresource {self.parent.group_version} {self.name}>"

    def _client(self) -> Any:
        return self.parent._client()

    def get(self, *args: Any, **kwargs: Any) -> Any:
        return self._client().get(self, *args, **kwargs)

    def create(self, *args: Any, **kwargs: Any) -> Any:
        return self._client().create(self, *args, **kwargs)

    def replace(self, *args: Any, **kwargs: Any) -> Any:
        return self._client().replace(self, *args, **kwargs)

    def patch(self, *args: Any, **kwargs: Any) -> Any:
        return self._client().patch(self, *args, **kwargs)

    def server_side_apply(self, *args: Any, **kwargs: Any) -> Any:
        return self._client().server_side_apply(self, *args, **kwargs)


class ResourceList(_InGroupVersion):
    """A list kind, as the official client's: ``<Kind>List`` of each discovered kind, and the
    generic ``List`` of core ``v1`` (no ``base_kind``) whose items may be of any kind.

    ``get``, ``create``, ``replace``, ``patch``, ``delete`` and ``server_side_apply`` take a
    body of this kind and apply the verb to each of its ``items`` (``get`` and ``delete``
    find them by their metadata; an item's namespace wins over ``namespace``). The result is
    the body with ``items`` replaced by the server's answers. ``name`` is refused: the
    objects are the items.
    """

    def __init__(
        self,
        client: Any = None,
        group: str = "",
        api_version: str = "v1",
        base_kind: str = "",
        kind: str | None = None,
        base_resource_lookup: dict[str, Any] | None = None,
        *,
        base: Resource | None = None,
    ) -> None:
        self.client = client
        self.group = group
        self.api_version = api_version
        self.version = api_version
        self.base_kind = base_kind
        self.kind = kind or f"{base_kind}List"
        self.base_resource_lookup = base_resource_lookup
        #: the discovered resource of ``base_kind`` (else looked up when used)
        self.base = base
        # a search by the base resource's names finds the list too, as in the official client
        # (which then prefers the resource)
        self.name = base.name if base else ""
        self.namespaced = base.namespaced if base else False
        self.preferred = base.preferred if base else True
        self.singular_name = base.singular_name if base else ""
        self.short_names = base.short_names if base else ()
        self.categories = base.categories if base else ()

    @classmethod
    def of(cls, resource: Resource) -> ResourceList:
        """The ``<Kind>List`` of a discovered resource."""
        return cls(resource.client, resource.group, resource.version, resource.kind, base=resource)

    def base_lookup(self) -> dict[str, Any] | None:
        """The search criteria of the items' resource; None for the generic ``List``."""
        if self.base_resource_lookup:
            return self.base_resource_lookup
        if self.base_kind:
            return {"group": self.group, "version": self.version, "kind": self.base_kind}
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "group": self.group,
            "api_version": self.version,
            "kind": self.kind,
            "base_kind": self.base_kind,
        }

    def __repr__(self) -> str:
        return f"<ResourceList {self.group_version} {self.kind}>"

    def _each(self, verb: str, body: Any, namespace: str | None, kw: dict[str, Any]) -> Any:
        if self.client is None:
            raise RuntimeError(f"{self!r} is not bound to a dynamic client")
        return self.client.run(self.client.each_item(self, verb, body, namespace, kw))

    def get(
        self, body: Any = None, name: str | None = None, namespace: str | None = None, **kw: Any
    ) -> Any:
        return self._each("get", body, namespace, {"name": name, **kw})

    def delete(
        self, body: Any = None, name: str | None = None, namespace: str | None = None, **kw: Any
    ) -> Any:
        return self._each("delete", body, namespace, {"name": name, **kw})

    def create(self, body: Any = None, namespace: str | None = None, **kw: Any) -> Any:
        return self._each("create", body, namespace, kw)

    def replace(self, body: Any = None, namespace: str | None = None, **kw: Any) -> Any:
        return self._each("replace", body, namespace, kw)

    def patch(self, body: Any = None, namespace: str | None = None, **kw: Any) -> Any:
        return self._each("patch", body, namespace, kw)

    def server_side_apply(self, body: Any = None, namespace: str | None = None, **kw: Any) -> Any:
        return self._each("server_side_apply", body, namespace, kw)


# -- results ---------------------------------------------------------------------------------

_DICT_METHODS = frozenset({"keys", "values", "items", "get", "copy", "setdefault", "pop"})


def _wrap(value: Any) -> Any:
    if isinstance(value, dict):
        return ResourceField(value)
    if isinstance(value, list):
        return [_wrap(item) for item in value]
    return value


def _unwrap(value: Any) -> Any:
    if isinstance(value, ResourceField):
        return object.__getattribute__(value, "_data")
    if isinstance(value, list | tuple):
        return [_unwrap(item) for item in value]
    if isinstance(value, dict):
        return {key: _unwrap(item) for key, item in value.items()}
    return value


class ResourceField:
    """A JSON object with attribute and item access: ``obj.metadata.name``,
    ``obj["metadata"]["name"]``. A missing key reads as ``None`` (as in the official client);
    nested objects are views on the same data, so ``obj.spec.replicas = 3`` changes it.
    ``to_dict()`` returns a deep copy of the data. Unless the object has such a key,
    ``keys``, ``values``, ``items`` and ``get`` are the underlying dict's methods."""

    __slots__ = ("_data",)

    def __init__(self, data: dict[str, Any] | None = None, **fields: Any) -> None:
        if data is None:
            data = {}
        if fields:
            data.update(_unwrap(fields))
        object.__setattr__(self, "_data", data)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = copy.deepcopy(object.__getattribute__(self, "_data"))
        return data

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        data = object.__getattribute__(self, "_data")
        if name in data:
            return _wrap(data[name])
        if name in _DICT_METHODS:
            return getattr(data, name)
        return None

    def __setattr__(self, name: str, value: Any) -> None:
        object.__getattribute__(self, "_data")[name] = _unwrap(value)

    def __delattr__(self, name: str) -> None:
        object.__getattribute__(self, "_data").pop(name, None)

    def __getitem__(self, key: str) -> Any:
        return _wrap(object.__getattribute__(self, "_data").get(key))

    def __setitem__(self, key: str, value: Any) -> None:
        object.__getattribute__(self, "_data")[key] = _unwrap(value)

    def __delitem__(self, key: str) -> None:
        del object.__getattribute__(self, "_data")[key]

    def __contains__(self, key: object) -> bool:
        return key in object.__getattribute__(self, "_data")

    def __iter__(self) -> Iterator[str]:
        return iter(object.__getattribute__(self, "_data"))

    def __len__(self) -> int:
        return len(object.__getattribute__(self, "_data"))

    def __eq__(self, other: object) -> bool:
        mine = object.__getattribute__(self, "_data")
        if isinstance(other, ResourceField):
            return bool(mine == object.__getattribute__(other, "_data"))
        if isinstance(other, dict):
            return bool(mine == other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self) -> tuple[Any, ...]:
        # copy, deepcopy and pickle: a field of the same data (a deep copy for deepcopy)
        return (ResourceField, (object.__getattribute__(self, "_data"),))

    def __copy__(self) -> ResourceField:
        return type(self)(dict(object.__getattribute__(self, "_data")))

    def __deepcopy__(self, memo: dict[int, Any]) -> ResourceField:
        return type(self)(self.to_dict())

    def __dir__(self) -> list[str]:
        keys = [key for key in object.__getattribute__(self, "_data") if key.isidentifier()]
        return sorted({*keys, "to_dict"})

    def __repr__(self) -> str:
        return f"ResourceField({object.__getattribute__(self, '_data')!r})"


class ResourceInstance(ResourceField):
    """An object (or a list) the dynamic client returned. The items of a list are
    :class:`ResourceInstance` too, with their ``apiVersion`` and ``kind`` filled in."""

    __slots__ = ("client",)

    def __init__(self, client: Any, instance: dict[str, Any]) -> None:
        if isinstance(instance, ResourceField):
            instance = object.__getattribute__(instance, "_data")
        super().__init__(instance)
        object.__setattr__(self, "client", client)
        kind = instance.get("kind")
        items = instance.get("items")
        if isinstance(kind, str) and kind.endswith("List") and isinstance(items, list):
            item_kind = kind[: -len("List")]
            for item in items:
                if isinstance(item, dict):
                    if item_kind and "kind" not in item:
                        item["kind"] = item_kind
                    if "apiVersion" not in item and "apiVersion" in instance:
                        item["apiVersion"] = instance["apiVersion"]

    def __getattr__(self, name: str) -> Any:
        if name == "items":
            data = object.__getattribute__(self, "_data")
            items = data.get("items")
            if isinstance(items, list):
                client = object.__getattribute__(self, "client")
                return [
                    ResourceInstance(client, item) if isinstance(item, dict) else item
                    for item in items
                ]
        return super().__getattr__(name)

    def __reduce__(self) -> tuple[Any, ...]:
        # the client is not carried over (it holds connections)
        return (ResourceInstance, (None, object.__getattribute__(self, "_data")))

    def __copy__(self) -> ResourceInstance:
        data = dict(object.__getattribute__(self, "_data"))
        return ResourceInstance(object.__getattribute__(self, "client"), data)

    def __deepcopy__(self, memo: dict[int, Any]) -> ResourceInstance:
        return ResourceInstance(object.__getattribute__(self, "client"), self.to_dict())

    def to_str(self) -> str:
        return kubeyaml.dump(self.to_dict(), sort_keys=False)

    def __repr__(self) -> str:
        data = object.__getattribute__(self, "_data")
        return f"ResourceInstance[{data.get('kind')}]:\n{self.to_str()}"
