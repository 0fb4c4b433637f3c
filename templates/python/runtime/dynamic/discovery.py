"""Discovery of the resources a server serves, written once for sync and asyncio.

Aggregated discovery first (``GET /api`` and ``/apis`` with ``Accept:
application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList``: two requests for
everything); a server without it answers with the plain documents, and then every group
version is read on its own (``/api/v1``, ``/apis/<group>/<version>``). The result is cached;
a search that finds nothing refreshes the cache once (a CRD may have been installed since).
With a ``cache_file`` the result is also kept on disk for the next process (per server).
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from ..client.exceptions import ApiException
from ._calls import Call, Machine
from .exceptions import ResourceNotFoundError, ResourceNotUniqueError
from .resource import Resource, ResourceList

__all__ = [
    "AGGREGATED_ACCEPT",
    "Discoverer",
    "parse_aggregated",
    "parse_resource_list",
    "resource_lists",
    "stale_group_versions",
]

logger = logging.getLogger(__name__.rsplit(".", 2)[0])

_AGGREGATED = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList"
#: aggregated discovery, or the plain documents from servers without it
AGGREGATED_ACCEPT = f"{_AGGREGATED},application/json"
_CACHE_FORMAT = "kubeclient-discovery/1"

R = TypeVar("R", bound="Resource | ResourceList")


def parse_aggregated(document: dict[str, Any]) -> list[Resource]:
    """The resources of an ``APIGroupDiscoveryList`` (the first version of a group is its
    preferred one)."""
    found: list[Resource] = []
    for group_doc in document.get("items") or []:
        group = str((group_doc.get("metadata") or {}).get("name") or "")
        for index, version_doc in enumerate(group_doc.get("versions") or []):
            version = str(version_doc.get("version") or "")
            for res in version_doc.get("resources") or []:
                kind_doc = res.get("responseKind") or {}
                subresources = {
                    str(sub.get("subresource")): {
                        "kind": str((sub.get("responseKind") or {}).get("kind") or ""),
                        "verbs": tuple(sub.get("verbs") or ()),
                    }
                    for sub in res.get("subresources") or []
                    if sub.get("subresource")
                }
                found.append(
                    Resource(
                        group=group,
                        version=version,
                        kind=str(kind_doc.get("kind") or ""),
                        name=str(res.get("resource") or ""),
                        namespaced=res.get("scope") == "Namespaced",
                        verbs=tuple(res.get("verbs") or ()),
                        preferred=index == 0,
                        singular_name=str(res.get("singularResource") or ""),
                        short_names=tuple(res.get("shortNames") or ()),
                        categories=tuple(res.get("categories") or ()),
                        subresources=subresources,
                    )
                )
    return found


def stale_group_versions(document: dict[str, Any]) -> dict[str, str]:
    """The group versions an ``APIGroupDiscoveryList`` marks ``Stale`` (an aggregated API
    server that could not be reached: what it serves may be missing or outdated)."""
    stale: dict[str, str] = {}
    for group_doc in document.get("items") or []:
        group = str((group_doc.get("metadata") or {}).get("name") or "")
        for version_doc in group_doc.get("versions") or []:
            if version_doc.get("freshness") == "Stale":
                version = str(version_doc.get("version") or "")
                gv = f"{group}/{version}" if group else version
                stale[gv] = "its discovery information is stale (the API service is unavailable)"
    return stale


def parse_resource_list(
    document: dict[str, Any], group: str, version: str, preferred: bool
) -> list[Resource]:
    """The resources of a plain ``APIResourceList`` (``/api/v1``, ``/apis/<g>/<v>``)."""
    entries = document.get("resources") or []
    subresources: dict[str, dict[str, dict[str, Any]]] = {}
    for entry in entries:
        name = str(entry.get("name") or "")
        if "/" in name:
            parent, _, sub = name.partition("/")
            subresources.setdefault(parent, {})[sub] = {
                "kind": str(entry.get("kind") or ""),
                "verbs": tuple(entry.get("verbs") or ()),
            }
    found: list[Resource] = []
    for entry in entries:
        name = str(entry.get("name") or "")
        if not name or "/" in name:
            continue
        found.append(
            Resource(
                group=group,
                version=version,
                kind=str(entry.get("kind") or ""),
                name=name,
                namespaced=bool(entry.get("namespaced")),
                verbs=tuple(entry.get("verbs") or ()),
                preferred=preferred,
                singular_name=str(entry.get("singularName") or ""),
                short_names=tuple(entry.get("shortNames") or ()),
                categories=tuple(entry.get("categories") or ()),
                subresources=subresources.get(name),
            )
        )
    return found


def split_api_version(api_version: str) -> tuple[str, str]:
    """``apps/v1`` → ``("apps", "v1")``; ``v1`` → ``("", "v1")``."""
    group, _, version = api_version.rpartition("/")
    return group, version


class Discoverer:
    """The discovery cache of one dynamic client, and the machines that fill and search it.

    The sync client drives the machines with :func:`~._calls.drive`, the asyncio client with
    :func:`~._calls.adrive`; see ``DynamicClient.resources``.
    """

    def __init__(
        self, client: Any = None, cache_file: str | os.PathLike[str] | None = None
    ) -> None:
        self.client = client
        #: where discovery is kept between processes (as the official ``cache_file``)
        self.cache_file = Path(cache_file) if cache_file else None
        self._resources: list[Resource] | None = None
        self._use_file = self.cache_file is not None
        #: group versions that could not be read (e.g. an unavailable aggregated API)
        self.failed_group_versions: dict[str, str] = {}
        self.fetched_at: float | None = None
        #: how many times the server was asked
        self.fetches = 0
        #: True when the server answered with aggregated discovery
        self.aggregated: bool | None = None
        self._lists: tuple[list[Resource], list[ResourceList]] | None = None

    def invalidate_cache(self) -> None:
        """Forget what was discovered (the cache file too); the next search asks the server
        again."""
        self._resources = None
        self._use_file = False

    # -- the cache file --------------------------------------------------------------------

    def _host(self) -> str:
        configuration = getattr(self.client, "configuration", None)
        return str(getattr(configuration, "host", "") or "")

    def _load(self) -> bool:
        if self.cache_file is None:
            return False
        try:
            data = json.loads(self.cache_file.read_text(encoding="utf-8"))
            if data.get("host") != self._host() or data.get("format") != _CACHE_FORMAT:
                return False
            resources = [Resource.from_dict(item) for item in data["resources"]]
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return False
        self._resources = [res.with_client(self.client) for res in resources]
        self.failed_group_versions = dict(data.get("failed") or {})
        self.aggregated = data.get("aggregated")
        return True

    def _save(self) -> None:
        if self.cache_file is None or self._resources is None:
            return
        data = {
            "format": _CACHE_FORMAT,
            "host": self._host(),
            "aggregated": self.aggregated,
            "failed": self.failed_group_versions,
            "resources": [res.to_dict() for res in self._resources],
        }
        try:
            self.cache_file.parent.mkdir(parents=True, exist_ok=True)
            partial = self.cache_file.with_name(f".{self.cache_file.name}.{os.getpid()}")
            partial.write_text(json.dumps(data), encoding="utf-8")
            partial.replace(self.cache_file)
        except OSError as error:
            logger.debug("cannot write the discovery cache %s: %s", self.cache_file, error)

    def cached(self) -> list[Resource] | None:
        return self._resources

    # -- machines --------------------------------------------------------------------------

    def discover(self) -> Machine[list[Resource]]:
        """Read everything the server serves (cached)."""
        if self._resources is not None:
            return self._resources
        if self._use_file and self._load() and self._resources is not None:
            return self._resources
        found: list[Resource] = []
        failed: dict[str, str] = {}
        aggregated = True
        for prefix in ("api", "apis"):
            document = yield Call("GET", f"/{prefix}", headers={"Accept": AGGREGATED_ACCEPT})
            document = document if isinstance(document, dict) else {}
            if document.get("kind") == "APIGroupDiscoveryList":
                found.extend(parse_aggregated(document))
                failed.update(stale_group_versions(document))
                continue
            aggregated = False
            for group, version, preferred in _group_versions(prefix, document):
                gv = f"{group}/{version}" if group else version
                try:
                    listing = yield Call("GET", f"/{prefix}/{gv}")
                except ApiException as error:
                    # an aggregated API server that is down must not hide everything else
                    logger.debug("discovery of %s failed: %s", gv, error.message)
                    failed[gv] = error.message
                    continue
                if isinstance(listing, dict):
                    found.extend(parse_resource_list(listing, group, version, preferred))
        found = [res.with_client(self.client) for res in found]
        self._resources = found
        self.failed_group_versions = failed
        self.aggregated = aggregated
        self.fetched_at = time.monotonic()
        self.fetches += 1
        self._use_file = False
        self._save()
        return found

    def search(self, **criteria: Any) -> Machine[list[Resource]]:
        """Every resource matching all ``criteria`` (see :meth:`get`)."""
        resources = yield from self.discover()
        return _matching(resources, criteria)

    def search_with_lists(self, **criteria: Any) -> Machine[list[Resource | ResourceList]]:
        """:meth:`search` among the resources and their list kinds (``ConfigMapList``, the
        generic ``List``), as ``client.resources`` searches."""
        resources = yield from self.discover()
        if self._lists is None or self._lists[0] is not resources:
            # derived, not discovered: out of the cache file, and rebuilt with discovery
            self._lists = (resources, resource_lists(resources, self.client))
        return _matching([*resources, *self._lists[1]], criteria)

    def get(self, **criteria: Any) -> Machine[Resource]:
        """The one resource matching ``criteria``: ``api_version`` (``apps/v1`` or ``v1``),
        ``kind``, ``name`` (the plural), ``singular_name``, ``short_names`` (a name or a
        list, matched when contained), ``group``, ``version``, ``category``, ``namespaced``.
        Among several versions of a kind without ``api_version``, the preferred one wins.
        When nothing matches, the cache is refreshed once."""
        return (yield from self._get(self.search, criteria))

    def get_with_lists(self, **criteria: Any) -> Machine[Resource | ResourceList]:
        """:meth:`get` among the resources and their list kinds; a resource wins over the
        list kind that its names find too."""
        return (yield from self._get(self.search_with_lists, criteria))

    def _get(self, search: Callable[..., Machine[list[R]]], criteria: dict[str, Any]) -> Machine[R]:
        if not criteria:
            raise ValueError("resources.get() needs search criteria, e.g. api_version and kind")
        fetches = self.fetches
        results = yield from search(**criteria)
        if not results and self.fetches == fetches:
            self.invalidate_cache()
            results = yield from search(**criteria)
        return _pick(results, criteria, self.failed_group_versions)

    def api_groups(self) -> Machine[list[str]]:
        """The served group versions (``v1``, ``apps/v1`` …)."""
        resources = yield from self.discover()
        return sorted({res.group_version for res in resources})


def _group_versions(prefix: str, document: dict[str, Any]) -> Iterable[tuple[str, str, bool]]:
    if prefix == "api":
        for index, version in enumerate(document.get("versions") or []):
            yield "", str(version), index == 0
        return
    for group in document.get("groups") or []:
        name = str(group.get("name") or "")
        preferred = (group.get("preferredVersion") or {}).get("version")
        for entry in group.get("versions") or []:
            version = str(entry.get("version") or "")
            yield name, version, version == preferred


def resource_lists(resources: Iterable[Resource], client: Any = None) -> list[ResourceList]:
    """The ``<Kind>List`` of each kind of each group version, and the generic ``List`` of
    core ``v1``, as the official discovery registers them."""
    lists: dict[tuple[str, str, str], ResourceList] = {}
    for res in resources:
        key = (res.group, res.version, res.kind)
        if key not in lists:
            lists[key] = ResourceList.of(res)
    return [*lists.values(), ResourceList(client)]


def _matching(resources: Sequence[R], criteria: dict[str, Any]) -> list[R]:
    wanted = dict(criteria)
    api_version = wanted.pop("api_version", None)
    if api_version:
        group, version = split_api_version(str(api_version))
        wanted.setdefault("group", group)
        wanted.setdefault("version", version)
    short = wanted.pop("short_names", None)
    shorts = [short] if isinstance(short, str) else list(short or ())
    category = wanted.pop("category", None) or wanted.pop("categories", None)
    for key in wanted:
        if key not in _SEARCHABLE:
            raise ValueError(f"resources cannot be searched by {key!r}")
    result: list[R] = []
    for res in resources:
        if any(getattr(res, key) != value for key, value in wanted.items()):
            continue
        if shorts and not all(name in res.short_names for name in shorts):
            continue
        if category and category not in res.categories:
            continue
        result.append(res)
    return result


_SEARCHABLE = frozenset(
    {"group", "version", "kind", "name", "singular_name", "namespaced", "preferred", "prefix"}
)


def _pick(results: list[R], criteria: dict[str, Any], failed: dict[str, str]) -> R:
    # the names of a kind find its list kind too: the official client answers the kind
    if len(results) > 1 and not all(isinstance(res, ResourceList) for res in results):
        results = [res for res in results if not isinstance(res, ResourceList)]
    if len(results) > 1:
        preferred = [res for res in results if res.preferred]
        if preferred:
            results = preferred
    if len(results) == 1:
        return results[0]
    shown = ", ".join(f"{key}={value!r}" for key, value in criteria.items())
    if not results:
        message = f"no resource served by the server matches {shown}"
        api_version = criteria.get("api_version")
        if api_version and api_version in failed:
            message += f" ({api_version} could not be discovered: {failed[api_version]})"
        raise ResourceNotFoundError(message)
    listed = ", ".join(repr(res) for res in results)
    raise ResourceNotUniqueError(f"several resources match {shown}: {listed}")
