"""GEP-2257 durations (``1h30m``, ``500ms``) as the Gateway API writes them.

A restricted form of Go's ``time.ParseDuration``: 1 to 4 parts of up to 5 digits, each
with a unit of ``h``, ``m``, ``s`` or ``ms``; no signs, no fractions. See
https://gateway-api.sigs.k8s.io/geps/gep-2257/. The official client's
``kubernetes.utils.duration``.
"""

from __future__ import annotations

import datetime
import re

__all__ = ["format_duration", "maxDuration_ms", "parse_duration"]

_DURATION = re.compile(r"^([0-9]{1,5}(h|m|s|ms)){1,4}$")
_PART = re.compile(r"([0-9]+)(ms|h|m|s)")
_UNIT_MS = {"h": 3_600_000, "m": 60_000, "s": 1_000, "ms": 1}

#: the longest duration GEP-2257 can write: 99999h59m59s999ms, in milliseconds
maxDuration_ms = (((99999 * 3600) + (59 * 60) + 59) * 1_000) + 999


def parse_duration(duration: str) -> datetime.timedelta:
    """``"1h1m1s"`` → ``timedelta(seconds=3661)``; parts may come in any order and repeat
    (``"10s30m1h"``). ValueError for anything else (``"1"``, ``"1.5m"``, ``"-1m"``)."""
    if not isinstance(duration, str) or not _DURATION.match(duration):
        raise ValueError(f"Invalid duration format: {duration}")
    total = sum(int(count) * _UNIT_MS[unit] for count, unit in _PART.findall(duration))
    return datetime.timedelta(milliseconds=total)


def format_duration(delta: datetime.timedelta) -> str:
    """``timedelta(seconds=5410)`` → ``"1h30m10s"``; zero is ``"0s"``. ValueError for a
    negative duration, sub-millisecond precision or more than 99999h59m59s999ms."""
    if delta == datetime.timedelta(0):
        return "0s"
    if delta < datetime.timedelta(0):
        raise ValueError(f"Cannot express negative durations in GEP-2257: {delta}")
    if delta > datetime.timedelta(milliseconds=maxDuration_ms):
        raise ValueError(
            f"Cannot express durations longer than 99999h59m59s999ms in GEP-2257: {delta}"
        )
    if delta.microseconds % 1000:
        raise ValueError(f"Cannot express sub-millisecond precision in GEP-2257: {delta}")
    milliseconds = (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds // 1000
    parts = []
    for unit in ("h", "m", "s", "ms"):
        count, milliseconds = divmod(milliseconds, _UNIT_MS[unit])
        if count:
            parts.append(f"{count}{unit}")
    return "".join(parts)
