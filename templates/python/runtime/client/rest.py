"""Raw responses (``_preload_content=False``) and request timeouts.

A raw response wraps a *streaming* httpx response: nothing of the body is read until asked,
so a followed log or a watch can be consumed line by line. The attributes follow the
official client's ``urllib3.HTTPResponse`` (``status``, ``reason``, ``data``, ``headers``,
``getheaders()``, ``getheader()``, ``read()``, ``stream()``, ``release_conn()``).
"""

from __future__ import annotations

import codecs
import ipaddress
import re
import urllib.parse
from collections.abc import AsyncIterator, Iterator
from types import TracebackType
from typing import TypeAlias

import httpx

from .exceptions import ApiException

__all__ = [
    "ApiException",
    "AsyncRawResponse",
    "RESTResponse",
    "RawResponse",
    "RequestTimeout",
    "contenttype_matches",
    "is_socks_proxy_url",
    "should_bypass_proxies",
    "to_httpx_timeout",
]

#: ``_request_timeout``: None (the configuration's default), a number of seconds for the whole
#: request, a ``(connect, read)`` pair as in the official client, or an ``httpx.Timeout``.
RequestTimeout: TypeAlias = float | tuple[float | None, float | None] | httpx.Timeout | None

#: client-go dials with a 30 s timeout and otherwise waits as long as the server needs
DEFAULT_TIMEOUT = httpx.Timeout(connect=30.0, read=None, write=None, pool=None)


def should_bypass_proxies(url: str, no_proxy: str | None) -> bool:
    """True when ``url``'s host matches an entry of the comma-separated ``no_proxy``
    (as NO_PROXY: ``*``, a domain and its subdomains, or an IP network)."""
    if not no_proxy:
        return False
    hostname = (urllib.parse.urlsplit(url).hostname or "").lower()
    try:
        address: ipaddress.IPv4Address | ipaddress.IPv6Address | None = ipaddress.ip_address(
            hostname
        )
    except ValueError:
        address = None
    for entry in no_proxy.split(","):
        entry = entry.strip().lower()
        if not entry:
            continue
        if entry == "*":
            return True
        if address is not None:
            try:
                if address in ipaddress.ip_network(entry, strict=False):
                    return True
            except ValueError:
                pass
        entry = entry.lstrip(".")
        if hostname == entry or hostname.endswith("." + entry):
            return True
    return False


def is_socks_proxy_url(url: str | None) -> bool:
    """``socks5://…`` and its kin (httpx needs the ``socksio`` extra for them)."""
    scheme, separator, _ = (url or "").partition("://")
    return bool(separator) and scheme.lower() in ("socks4", "socks4a", "socks5", "socks5h")


def contenttype_matches(contenttype: str, maintype: str, subtype: str) -> bool:
    """``application/merge-patch+json; charset=utf-8`` matches ``application``/``json``:
    the type, a suffix ``+subtype`` or the subtype itself, parameters ignored."""
    pattern = f"{re.escape(maintype)}/(?:[^+;]+\\+)?{re.escape(subtype)}(?:[ \t]*;.*)?"
    return re.fullmatch(pattern, contenttype, re.IGNORECASE) is not None


def to_httpx_timeout(value: RequestTimeout, default: httpx.Timeout | None = None) -> httpx.Timeout:
    """Convert a ``_request_timeout`` value to an ``httpx.Timeout``."""
    if value is None:
        return default if default is not None else DEFAULT_TIMEOUT
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, tuple):
        if len(value) != 2:
            raise TypeError("_request_timeout must be a number or a (connect, read) tuple")
        connect, read = value
        return httpx.Timeout(connect=connect, read=read, write=read, pool=connect)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(
            f"_request_timeout must be a number or a (connect, read) tuple, not {value!r}"
        )
    return httpx.Timeout(float(value))


def total_seconds(value: RequestTimeout) -> float | None:
    """The total deadline a ``_request_timeout`` sets: only a plain number sets one."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return None


class _RawBase:
    def __init__(self, response: httpx.Response) -> None:
        self.response = response

    @property
    def status(self) -> int:
        return self.response.status_code

    @property
    def status_code(self) -> int:
        return self.response.status_code

    @property
    def reason(self) -> str:
        return self.response.reason_phrase

    @property
    def headers(self) -> httpx.Headers:
        return self.response.headers

    def getheaders(self) -> httpx.Headers:
        return self.response.headers

    def getheader(self, name: str, default: str | None = None) -> str | None:
        value: str | None = self.response.headers.get(name, default)
        return value

    @property
    def url(self) -> str:
        return str(self.response.url)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.status} {self.reason}]>"


class RawResponse(_RawBase):
    """A response whose body has not been read (sync). Close it, or use it in ``with``."""

    @property
    def data(self) -> bytes:
        """The whole body (read on first access)."""
        return self.response.read()

    def read(self) -> bytes:
        return self.response.read()

    def text(self) -> str:
        self.response.read()
        return self.response.text

    def json(self) -> object:
        self.response.read()
        return self.response.json()

    # httpx's iterators themselves, not wrapped in another generator: a watch reads
    # thousands of small chunks, and every layer costs on each of them

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body in chunks as they arrive."""
        return self.response.iter_bytes(chunk_size)

    def stream(self, amt: int | None = None, decode_content: bool = True) -> Iterator[bytes]:
        """urllib3-style chunk iterator (``decode_content`` is accepted for compatibility)."""
        return self.response.iter_bytes(amt)

    def read_chunked(self, amt: int | None = None, decode_content: bool = True) -> Iterator[bytes]:
        return self.response.iter_bytes(amt)

    def iter_lines(self) -> Iterator[str]:
        """Complete lines (without the newline) decoded as UTF-8 with replacement."""
        decoder = codecs.getincrementaldecoder("utf-8")("replace")
        buffer = ""
        for chunk in self.response.iter_bytes():
            buffer += decoder.decode(chunk)
            *lines, buffer = buffer.split("\n")
            yield from lines
        buffer += decoder.decode(b"", final=True)
        if buffer:
            yield buffer

    def __iter__(self) -> Iterator[bytes]:
        return self.iter_bytes()

    def close(self) -> None:
        self.response.close()

    def release_conn(self) -> None:
        self.response.close()

    def __enter__(self) -> RawResponse:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncRawResponse(_RawBase):
    """A response whose body has not been read (asyncio). ``await close()`` it or use
    ``async with``."""

    @property
    def data(self) -> bytes:
        """The body, once ``await read()`` has read it."""
        try:
            return self.response.content
        except httpx.ResponseNotRead:
            raise RuntimeError("call 'await response.read()' before using .data") from None

    async def read(self) -> bytes:
        return await self.response.aread()

    async def text(self) -> str:
        await self.response.aread()
        return self.response.text

    async def json(self) -> object:
        await self.response.aread()
        return self.response.json()

    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body in chunks as they arrive (``async for``)."""
        return self.response.aiter_bytes(chunk_size)

    def stream(self, amt: int | None = None) -> AsyncIterator[bytes]:
        return self.response.aiter_bytes(amt)

    async def iter_lines(self) -> AsyncIterator[str]:
        """Complete lines (without the newline) decoded as UTF-8 with replacement."""
        decoder = codecs.getincrementaldecoder("utf-8")("replace")
        buffer = ""
        async for chunk in self.response.aiter_bytes():
            buffer += decoder.decode(chunk)
            *lines, buffer = buffer.split("\n")
            for line in lines:
                yield line
        buffer += decoder.decode(b"", final=True)
        if buffer:
            yield buffer

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self.iter_bytes()

    async def close(self) -> None:
        await self.response.aclose()

    async def release(self) -> None:
        await self.response.aclose()

    async def release_conn(self) -> None:
        await self.response.aclose()

    async def __aenter__(self) -> AsyncRawResponse:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


#: the official client's name for a response object
RESTResponse = RawResponse
