"""What each client does to turn response bytes into typed objects, and typed objects into
request bytes: the code paths their list/get and create/replace calls run.

Each ``decoder_*`` returns ``(decode, count)``: ``decode(data)`` produces the client's
typed result, ``count(result)`` the number of pods in it (a check that it decoded all).
Each ``encoder_*`` returns ``encode(obj) -> bytes`` and the typed Pod to encode.
Peers are imported inside the functions so the harness imports without them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

Decode = Callable[[bytes], Any]
Count = Callable[[Any], int]


def _len_items(result: Any) -> int:
    return len(result.items)


def decoder_json(_: str) -> tuple[Decode, Count]:
    return json.loads, lambda r: len(r["items"])


def decoder_orjson(_: str) -> tuple[Decode, Count]:
    import orjson

    return orjson.loads, lambda r: len(r["items"])


def decoder_kubeclient(_: str) -> tuple[Decode, Count]:
    from kubeclient import client

    return client.V1PodList.from_json, _len_items


def decoder_official(_: str) -> tuple[Decode, Count]:
    from kubernetes import client

    api = client.ApiClient()

    def decode(data: bytes) -> Any:
        # ApiClient.response_deserialize: body decoded to text, then deserialize()
        return api.deserialize(data.decode("utf-8"), "V1PodList", "application/json")

    return decode, _len_items


class _FakeResponse:
    __slots__ = ("data",)

    def __init__(self, data: Any) -> None:
        self.data = data


def _asyncio_api_client() -> Any:
    """kubernetes_asyncio.ApiClient() needs a running loop (its aiohttp connector)."""
    import asyncio

    from kubernetes_asyncio import client

    async def make() -> Any:
        return client.ApiClient()

    loop = asyncio.new_event_loop()
    api = loop.run_until_complete(make())
    api._bench_loop = loop  # keep the loop alive as long as the client
    return api


def decoder_kubernetes_asyncio(_: str) -> tuple[Decode, Count]:
    api = _asyncio_api_client()

    def decode(data: bytes) -> Any:
        # its rest layer hands deserialize() a response whose .data is the body text
        return api.deserialize(_FakeResponse(data.decode("utf-8")), "V1PodList")

    return decode, _len_items


def decoder_lightkube(_: str) -> tuple[Decode, Count]:
    from lightkube.core.decoders import decode_list
    from lightkube.resources.core_v1 import Pod

    def decode(data: bytes) -> Any:
        # Client.list(): decode_list on the response bytes (msgspec, straight from bytes)
        return decode_list(data, Pod)[2]

    return decode, len


def decoder_kr8s(_: str) -> tuple[Decode, Count]:
    from kr8s.asyncio.objects import Pod

    def decode(data: bytes) -> Any:
        # kr8s Api.get(): response.json() then one object (a Box of the dict) per item
        return [Pod(item, api=None) for item in json.loads(data)["items"]]

    return decode, len


DECODERS: dict[str, Callable[[str], tuple[Decode, Count]]] = {
    "json.loads": decoder_json,
    "orjson.loads": decoder_orjson,
    "kubeclient": decoder_kubeclient,
    "official": decoder_official,
    "kubernetes_asyncio": decoder_kubernetes_asyncio,
    "lightkube": decoder_lightkube,
    "kr8s": decoder_kr8s,
}
FLOORS = ("json.loads", "orjson.loads")

Encode = Callable[[Any], bytes]


def encoder_json(pod_bytes: bytes) -> tuple[Encode, Any]:
    return (lambda obj: json.dumps(obj).encode()), json.loads(pod_bytes)


def encoder_orjson(pod_bytes: bytes) -> tuple[Encode, Any]:
    import orjson

    return orjson.dumps, json.loads(pod_bytes)


def encoder_kubeclient(pod_bytes: bytes) -> tuple[Encode, Any]:
    from kubeclient import client

    pod = client.V1Pod.from_json(pod_bytes)
    # the model's own method, unwrapped (the peers' encoders are called directly too)
    encode: Encode = type(pod).to_json
    return encode, pod


def encoder_official(pod_bytes: bytes) -> tuple[Encode, Any]:
    from kubernetes import client

    api = client.ApiClient()
    pod = api.deserialize(pod_bytes.decode(), "V1Pod", "application/json")

    def encode(obj: Any) -> bytes:
        # param_serialize -> sanitize_for_serialization; RESTClientObject -> json.dumps
        return json.dumps(api.sanitize_for_serialization(obj)).encode()

    return encode, pod


def encoder_kubernetes_asyncio(pod_bytes: bytes) -> tuple[Encode, Any]:
    api = _asyncio_api_client()
    pod = api.deserialize(_FakeResponse(pod_bytes.decode()), "V1Pod")

    def encode(obj: Any) -> bytes:
        return json.dumps(api.sanitize_for_serialization(obj)).encode()

    return encode, pod


def encoder_lightkube(pod_bytes: bytes) -> tuple[Encode, Any]:
    import msgspec
    from lightkube.resources.core_v1 import Pod

    # generic_client: json_encode(obj) with msgspec.json.encode
    return msgspec.json.encode, msgspec.json.decode(pod_bytes, type=Pod)


def encoder_kr8s(pod_bytes: bytes) -> tuple[Encode, Any]:
    from kr8s.asyncio.objects import Pod

    # APIObject.create(): the request body is json.dumps(self.raw_template)
    return (lambda obj: json.dumps(obj.raw_template).encode()), Pod(json.loads(pod_bytes), api=None)


ENCODERS: dict[str, Callable[[bytes], tuple[Encode, Any]]] = {
    "json.dumps": encoder_json,
    "orjson.dumps": encoder_orjson,
    "kubeclient": encoder_kubeclient,
    "official": encoder_official,
    "kubernetes_asyncio": encoder_kubernetes_asyncio,
    "lightkube": encoder_lightkube,
    "kr8s": encoder_kr8s,
}
ENCODE_FLOORS = ("json.dumps", "orjson.dumps")
