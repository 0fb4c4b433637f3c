"""RFC 3339 times as the official client's ``kubernetes.config.dateutil`` reads and writes
them (exec plugin and OIDC token expiry): ``parse_rfc3339`` gives an aware datetime (UTC
when the text has no offset), ``format_rfc3339`` writes UTC with a ``Z``."""

from __future__ import annotations

import datetime
import math
import re

__all__ = ["MICROSEC_PER_SEC", "UTC", "TimezoneInfo", "format_rfc3339", "parse_rfc3339"]

MICROSEC_PER_SEC = 1000000

_RFC3339 = re.compile(
    r"(\d\d\d\d)-(\d\d)-(\d\d)[ Tt](\d\d):(\d\d):(\d\d)([.,]\d+)?([zZ ]|[-+]\d\d?:\d\d)?"
)
_OFFSET = re.compile(r"([-+])(\d\d?):?(\d\d)?")


class TimezoneInfo(datetime.tzinfo):
    """A fixed offset of ``h`` hours and ``m`` minutes (the sign of ``h`` applies to both)."""

    def __init__(self, h: int, m: int) -> None:
        self._name = "UTC" if h == 0 and m == 0 else f"UTC{h:+03d}:{abs(m):02d}"
        self._delta = datetime.timedelta(hours=h, minutes=math.copysign(m, h) if h else m)

    def utcoffset(self, dt: datetime.datetime | None) -> datetime.timedelta:
        return self._delta

    def tzname(self, dt: datetime.datetime | None) -> str:
        return self._name

    def dst(self, dt: datetime.datetime | None) -> datetime.timedelta:
        return datetime.timedelta(0)


UTC = TimezoneInfo(0, 0)


def parse_rfc3339(s: str | datetime.datetime) -> datetime.datetime:
    """``"2026-01-02T03:04:05.5Z"`` → an aware datetime; a datetime without a timezone is
    taken as UTC. ValueError names the text that is not RFC 3339."""
    if isinstance(s, datetime.datetime):
        return s if s.tzinfo else s.replace(tzinfo=UTC)
    match = _RFC3339.fullmatch(s.strip())
    if match is None:
        raise ValueError(
            f"Invalid RFC3339 datetime: {s!r} (expected YYYY-MM-DDTHH:MM:SS[.frac][Z|±HH:MM])"
        )
    parts = match.groups()
    microsecond = int(MICROSEC_PER_SEC * float(parts[6].replace(",", "."))) if parts[6] else 0
    tz: datetime.tzinfo = UTC
    if parts[7] is not None and parts[7] not in ("Z", "z", " "):
        offset = _OFFSET.fullmatch(parts[7])
        if offset is None:
            raise ValueError(f"Invalid timezone in RFC3339 datetime {s!r}: {parts[7]!r}")
        hours = int(offset.group(2)) * (-1 if offset.group(1) == "-" else 1)
        tz = TimezoneInfo(hours, int(offset.group(3) or 0))
    try:
        year, month, day, hour, minute, second = (int(value) for value in parts[:6])
        return datetime.datetime(
            year, month, day, hour, minute, second, microsecond=microsecond, tzinfo=tz
        )
    except ValueError as error:
        raise ValueError(f"Invalid date/time values in RFC3339 datetime {s!r}: {error}") from None


def format_rfc3339(date_time: datetime.datetime) -> str:
    """``date_time`` in UTC as ``YYYY-MM-DDTHH:MM:SSZ`` (a naive one is taken as UTC)."""
    if date_time.tzinfo is None:
        date_time = date_time.replace(tzinfo=UTC)
    return date_time.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
