"""Pod logs: lines decoded incrementally, and following a log as it grows.

``read_namespaced_pod_log(name, ns, ...)`` returns the text as in the official client; with
``follow=True, _preload_content=False`` it returns a streaming response.
:func:`iter_lines` turns such a response (or any iterable of byte chunks) into lines, and
:func:`follow` does both: ``for line in logs.follow(v1, "pod", "ns", container="c"): ...``.
A UTF-8 character split between chunks is decoded whole; invalid bytes become U+FFFD.
"""

from __future__ import annotations

import codecs
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from typing import Any

__all__ = ["LineDecoder", "afollow", "aiter_lines", "follow", "iter_lines"]

#: log streams can be quiet for a long time: no read timeout, a 30 s connect timeout
_FOLLOW_TIMEOUT = (30.0, None)


class LineDecoder:
    """Bytes in, complete lines out (without ``\\n``; a trailing ``\\r`` is kept, as the
    server sent it). ``final()`` returns the unterminated rest."""

    def __init__(self, errors: str = "replace") -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors)
        self._text = ""

    def feed(self, data: bytes) -> list[str]:
        self._text += self._decoder.decode(data)
        if "\n" not in self._text:
            return []
        *lines, self._text = self._text.split("\n")
        return lines

    def final(self) -> str | None:
        rest = self._text + self._decoder.decode(b"", final=True)
        self._text = ""
        return rest or None


def _chunks(source: Any) -> Iterable[bytes]:
    if hasattr(source, "iter_bytes"):
        chunks: Iterable[bytes] = source.iter_bytes()
        return chunks
    return source  # type: ignore[no-any-return]


def iter_lines(source: Any) -> Iterator[str]:
    """Lines of a streaming response (``_preload_content=False``) or of byte chunks."""
    decoder = LineDecoder()
    try:
        for chunk in _chunks(source):
            yield from decoder.feed(chunk)
        rest = decoder.final()
        if rest is not None:
            yield rest
    finally:
        close = getattr(source, "close", None)
        if close is not None:
            close()


async def aiter_lines(source: Any) -> AsyncIterator[str]:
    """Lines of an asyncio streaming response or of an async iterable of byte chunks."""
    decoder = LineDecoder()
    chunks: AsyncIterable[bytes] = source.iter_bytes() if hasattr(source, "iter_bytes") else source
    try:
        async for chunk in chunks:
            for line in decoder.feed(chunk):
                yield line
        rest = decoder.final()
        if rest is not None:
            yield rest
    finally:
        close = getattr(source, "close", None)
        if close is not None:
            await close()


def _log_kwargs(kwargs: dict[str, Any]) -> dict[str, Any]:
    headers = {**(kwargs.pop("_headers", None) or {}), "Accept-Encoding": "identity"}
    return {
        "_request_timeout": _FOLLOW_TIMEOUT,
        **kwargs,
        "follow": kwargs.get("follow", True),
        "_preload_content": False,
        "_headers": headers,
    }


def follow(api: Any, name: str, namespace: str, **kwargs: Any) -> Iterator[str]:
    """Follow a container's log line by line (``api``: a ``CoreV1Api``); other keyword
    arguments are those of ``read_namespaced_pod_log``."""
    response = api.read_namespaced_pod_log(name, namespace, **_log_kwargs(kwargs))
    yield from iter_lines(response)


async def afollow(api: Any, name: str, namespace: str, **kwargs: Any) -> AsyncIterator[str]:
    """The asyncio twin of :func:`follow` (``api``: an asyncio ``CoreV1Api``)."""
    response = await api.read_namespaced_pod_log(name, namespace, **_log_kwargs(kwargs))
    async for line in aiter_lines(response):
        yield line
