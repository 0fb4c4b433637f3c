"""Facts about a served kind, attached to its generated model class."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ResourceInfo"]


@dataclass(frozen=True, slots=True)
class ResourceInfo:
    """Where and how the API serves a kind: what generic code (watch, dynamic) needs."""

    group: str
    version: str
    kind: str
    plural: str
    namespaced: bool
    verbs: tuple[str, ...] = ()
    subresources: tuple[str, ...] = ()
    list_kind: str | None = None

    @property
    def api_version(self) -> str:
        return f"{self.group}/{self.version}" if self.group else self.version

    def collection_path(self, namespace: str | None = None) -> str:
        """``/api/v1/namespaces/ns/pods`` or ``/apis/apps/v1/deployments``."""
        root = f"/apis/{self.group}/{self.version}" if self.group else f"/api/{self.version}"
        if self.namespaced and namespace is not None:
            return f"{root}/namespaces/{namespace}/{self.plural}"
        return f"{root}/{self.plural}"
