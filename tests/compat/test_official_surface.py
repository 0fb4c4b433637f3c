"""The official ``kubernetes`` package's whole public surface, served by kubeclient.

Walks every public module of the official package (the dev dependency, at the version the
generated client targets), every public name of each, and every public method of every API
class, sync and asyncio (``kubernetes.aio``), and looks each up under the same path in
kubeclient. ``ALLOWED`` lists the deliberate omissions, each with its reason; it stays under
2 % of the names. ``pytest -s`` prints the coverage figures; ``python
tests/compat/surface.py -v`` lists what is missing without the allow-list (``--all``).
"""

from __future__ import annotations

import importlib.metadata

import pytest
from surface import measure

#: the official release whose surface is served (the generated client's Kubernetes 1.37)
OFFICIAL_VERSION = "37.0.2"

_DISCOVERY_MODELS = (
    "V1GroupVersionKind",
    "V2APIGroupDiscovery",
    "V2APIGroupDiscoveryList",
    "V2APIResourceDiscovery",
    "V2APISubresourceDiscovery",
    "V2APIVersionDiscovery",
    "V2beta1APIGroupDiscovery",
    "V2beta1APIGroupDiscoveryList",
    "V2beta1APIResourceDiscovery",
    "V2beta1APISubresourceDiscovery",
    "V2beta1APIVersionDiscovery",
)


def _everywhere(names: tuple[str, ...]) -> dict[str, str]:
    """A model under each of its official paths (client, client.models, its own module;
    sync and asyncio)."""
    from kubesmith.targets.python.compat import official_module

    paths = {}
    for name in names:
        for root in ("kubernetes", "kubernetes.aio"):
            paths[f"{root}.client:{name}"] = "discovery"
            paths[f"{root}.client.models:{name}"] = "discovery"
            paths[f"{root}.client.models.{official_module(name)}:{name}"] = "discovery"
    return paths


#: official path (``module`` or ``module:Name``) → why kubeclient leaves it out
ALLOWED: dict[str, str] = {
    # The aggregated-discovery types (apidiscovery.k8s.io) and GroupVersionKind are not in
    # the release's OpenAPI spec (the official generator adds them by hand); kubeclient's
    # dynamic client decodes aggregated discovery itself (dynamic/discovery.py).
    **_everywhere(_DISCOVERY_MODELS),
    # Deprecated cloud auth providers, removed from Kubernetes (exec plugins replace them).
    "kubernetes.aio.config.google_auth": "removed auth provider",
    "kubernetes.config.kube_config:google_auth_available": "removed auth provider",
    # kubernetes_asyncio's OIDC refresher and its background refresh loop: kubeclient
    # refreshes OIDC and exec tokens on demand in every request (config/oidc.py).
    "kubernetes.aio.config.openid": "OIDC refresh is per request (config.oidc)",
    "kubernetes.aio.config:refresh_token": "tokens refresh per request",
    "kubernetes.aio.config.kube_config:refresh_token": "tokens refresh per request",
    "kubernetes.aio.config.kube_config:PROVIDER_TYPE_OIDC": "internal constant",
    # Internal classes of the official kubeconfig loader (kubeconfig parsing and merging
    # are KubeConfig/KubeConfigLoader in kubeclient).
    "kubernetes.config.kube_config:ConfigNode": "loader internals",
    "kubernetes.config.kube_config:FileOrData": "loader internals",
    "kubernetes.config.kube_config:KubeConfigMerger": "loader internals",
    "kubernetes.config.kube_config:CommandTokenSource": "gcp auth-provider internals",
    "kubernetes.aio.config.kube_config:ConfigNode": "loader internals",
    "kubernetes.aio.config.kube_config:FileOrData": "loader internals",
    "kubernetes.aio.config.kube_config:KubeConfigMerger": "loader internals",
    # The official REST layers (urllib3, aiohttp); kubeclient's is httpx (client/rest.py
    # keeps the response types and helpers).
    "kubernetes.client.rest:RESTClientObject": "transport internals",
    "kubernetes.aio.client.rest:RESTClientObject": "transport internals",
    "kubernetes.aio.client.rest:ALLOW_RETRY_METHODS": "transport internals",
    # websocket-client plumbing of the official stream module; kubeclient has its own
    # WebSocket client (stream/_ws.py, stream/_connect.py) behind the same stream()/WSClient.
    "kubernetes.stream.ws_client:WSResponse": "websocket internals",
    "kubernetes.stream.ws_client:create_websocket": "websocket internals",
    "kubernetes.stream.ws_client:websocket_call": "websocket internals",
    "kubernetes.stream.ws_client:portforward_call": "websocket internals",
    "kubernetes.stream.ws_client:websocket_proxycare": "websocket internals",
    "kubernetes.aio.stream.ws_client:WsResponse": "websocket internals",
    # Constants the official Watch uses to find a method's return type in its docstring;
    # kubeclient's watch knows it from the operation (client/_bound.py).
    "kubernetes.watch.watch:PYDOC_RETURN_LABEL": "docstring parsing",
    "kubernetes.watch.watch:PYDOC_FOLLOW_PARAM": "docstring parsing",
    "kubernetes.watch.watch:TYPE_LIST_SUFFIX": "docstring parsing",
    "kubernetes.watch.watch:HTTP_STATUS_GONE": "docstring parsing module's constant",
    "kubernetes.aio.watch.watch:PYDOC_RETURN_LABEL": "docstring parsing",
    "kubernetes.aio.watch.watch:PYDOC_FOLLOW_PARAM": "docstring parsing",
    "kubernetes.aio.watch.watch:TYPE_LIST_SUFFIX": "docstring parsing",
    # The official dynamic client's two discovery strategies and their JSON cache codec:
    # kubeclient has one Discoverer (aggregated discovery, one request; file cache), used
    # whatever strategy a program names.
    **{
        f"{module}:{name}": "one discovery strategy"
        for module in (
            "kubernetes.dynamic",
            "kubernetes.dynamic.client",
            "kubernetes.aio.dynamic",
            "kubernetes.aio.dynamic.client",
        )
        for name in ("EagerDiscoverer", "LazyDiscoverer")
    },
    **{
        f"{module}:{name}": "one discovery strategy"
        for module in ("kubernetes.dynamic.discovery", "kubernetes.aio.dynamic.discovery")
        for name in (
            "EagerDiscoverer",
            "LazyDiscoverer",
            "CacheDecoder",
            "CacheEncoder",
            "ResourceGroup",
            "DISCOVERY_PREFIX",
        )
    },
    # Raised by the official dynamic client's optional client-side validation (the
    # kubernetes-validate package); kubeclient validates on the server (dry run).
    "kubernetes.dynamic.exceptions:KubernetesValidateMissing": "no client-side validation",
    "kubernetes.aio.dynamic.exceptions:KubernetesValidateMissing": "no client-side validation",
}


def test_official_version_is_the_generated_clients() -> None:
    assert importlib.metadata.version("kubernetes") == OFFICIAL_VERSION


@pytest.fixture(scope="module")
def coverage():  # type: ignore[no-untyped-def]
    return measure(frozenset(ALLOWED))


def test_every_public_module_name_and_api_method_is_served(coverage) -> None:  # type: ignore[no-untyped-def]
    print(f"\nkubeclient serves the official package's {coverage.summary()}")
    print(f"allow-listed: {coverage.names_allowed} names ({len(ALLOWED)} entries)")
    assert coverage.missing_modules == []
    assert coverage.missing_names == []
    assert coverage.missing_methods == []


def test_allow_list_is_short_and_current(coverage) -> None:  # type: ignore[no-untyped-def]
    total = coverage.names + coverage.names_allowed
    assert coverage.names_allowed <= 0.02 * total, (coverage.names_allowed, total)
    # an entry kubeclient now serves, or that the official package no longer has, goes
    stale = sorted(set(ALLOWED) - coverage.skips_used)
    assert stale == []
