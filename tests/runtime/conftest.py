"""Fixtures for the runtime tests.

Until the generated package exists, the runtime is imported from ``templates/python/`` as the
namespace package ``runtime`` (``runtime.client.api_client`` ...), which also proves that it
imports without any generated code.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

TEMPLATES = Path(__file__).resolve().parents[2] / "templates" / "python"
if str(TEMPLATES) not in sys.path:
    sys.path.insert(0, str(TEMPLATES))

from runtime.client.configuration import Configuration  # noqa: E402
from runtime_fakes import Pki, TestServer, make_pki  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[None]:
    """No test sees the developer's kubeconfig, proxies or a default from another test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for name in (
        "KUBECONFIG",
        "KUBERNETES_SERVICE_HOST",
        "KUBERNETES_SERVICE_PORT",
        "POD_NAMESPACE",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
        "NO_PROXY",
        "no_proxy",
    ):
        monkeypatch.delenv(name, raising=False)
    Configuration.set_default(None)
    yield
    Configuration.set_default(None)


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture
def server() -> Iterator[TestServer]:
    """A real HTTP server on 127.0.0.1 answering from a script, recording every request."""
    with TestServer() as running:
        yield running


@pytest.fixture
def tls_server(pki: Pki) -> Iterator[TestServer]:
    """The same server over TLS with a certificate for ``localhost``/``127.0.0.1`` and
    ``apiserver.test``, asking for (but not requiring) a client certificate."""
    with TestServer(pki=pki) as running:
        yield running
