"""Fuzz target of manifests: ``utils.loads_yaml`` and ``utils.create_from_yaml``.

Inputs are the repository's real manifests (tests/manifests/data) and objects (tests/data),
mutated structurally or byte by byte. Properties:

* typed load returns models (or dicts) or raises :class:`ManifestError` naming the source;
* ``create_from_yaml`` raises only :class:`FailToCreateError`; when any object cannot be used
  (bad YAML, no kind, a kind the server does not serve, a broken CRD), nothing was created:
  not one write request was sent.

The server side is the testbed's aggregated discovery, recorded (tests/data/discovery), and
an API that accepts every write (the property is about what the client sends at all).
"""

from __future__ import annotations

import json
import shutil
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import yaml
from hypothesis import strategies as st
from kubeclient import client, utils
from kubeclient.client.configuration import Configuration
from kubeclient.dynamic import DynamicClient
from kubeclient.utils import FailToCreateError
from kubeclient.utils._yaml import ManifestError

from .mutate import mutate_bytes, mutate_tree
from .paths import ROOT

__all__ = ["check_manifests"]

MANIFESTS = ROOT / "tests" / "manifests" / "data"
OBJECTS = ROOT / "tests" / "data"
DISCOVERY = OBJECTS / "discovery"


class _Server:
    """Answers discovery from the recordings and accepts every write; counts writes."""

    def __init__(self) -> None:
        self.writes = 0
        self.discovery = {
            f"/{prefix}": (DISCOVERY / f"aggregated-{prefix}.json").read_bytes()
            for prefix in ("api", "apis")
        }

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.method == "GET" and request.url.path in self.discovery:
            return httpx.Response(
                200,
                content=self.discovery[request.url.path],
                headers={
                    "content-type": "application/json;g=apidiscovery.k8s.io;v=v2;"
                    "as=APIGroupDiscoveryList"
                },
            )
        if request.method in ("POST", "PUT", "PATCH"):
            self.writes += 1
            body = json.loads(request.content or b"{}")
            if isinstance(body, dict):
                meta = body.setdefault("metadata", {})
                if isinstance(meta, dict):
                    meta.setdefault("name", "generated-x1")
                    meta["resourceVersion"] = "1"
            return httpx.Response(201, json=body)
        return httpx.Response(404, json={"kind": "Status", "status": "Failure", "code": 404})


class _MockedApiClient(client.ApiClient):
    def __init__(self, server: _Server) -> None:
        cfg = Configuration(host="http://kubesmith-fuzz.invalid")
        super().__init__(cfg)
        self._server = server

    def _make_client(self) -> httpx.Client:
        settings = self._client_settings()
        return httpx.Client(**settings, transport=httpx.MockTransport(self._server))


@cache
def _client() -> tuple[_Server, DynamicClient]:
    server = _Server()
    return server, DynamicClient(_MockedApiClient(server))


@cache
def _seeds() -> list[tuple[str, Any]]:
    seeds: list[tuple[str, Any]] = []
    for path in sorted(MANIFESTS.glob("*.yaml")):
        seeds.append((path.name, list(yaml.safe_load_all(path.read_text()))))
    for path in sorted(OBJECTS.glob("*.json")):
        seeds.append((path.name, [json.loads(path.read_text())]))
    return seeds


def _text(data: st.DataObject) -> str:
    _, documents = data.draw(st.sampled_from(_seeds()), label="seed")
    documents = mutate_tree(data, documents, max_mutations=3)
    if not isinstance(documents, list):
        documents = [documents]
    text = yaml.safe_dump_all(documents, sort_keys=False).encode()
    if data.draw(st.booleans(), label="byte-level too"):
        text = mutate_bytes(data, text)
    return text.decode("utf-8", "replace")


def check_manifests(data: st.DataObject) -> None:
    text = _text(data)
    try:
        utils.loads_yaml(text, source="fuzz.yaml", allow_unknown=data.draw(st.booleans()))
    except ManifestError as error:
        assert str(error).startswith("fuzz.yaml"), str(error)
    server, dynamic = _client()
    work = Path(tempfile.mkdtemp(prefix="kubesmith-fuzz-manifests-"))
    path = work / "manifest.yaml"
    path.write_text(text)
    before = server.writes
    try:
        utils.create_from_yaml(dynamic, str(path), namespace="fuzz", wait_timeout=0.05)
    except FailToCreateError as error:
        unusable = [f for f in error.failures if isinstance(f.error, ManifestError)]
        if unusable:
            assert server.writes == before, f"{server.writes - before} writes despite {error}"
            assert not error.created
            assert all(str(path) in str(f) for f in unusable), str(error)
    finally:
        shutil.rmtree(work, ignore_errors=True)
