"""Leader election (client-go's ``leaderelection``), as steps shared by sync and asyncio.

The election is a generator that yields what it needs done — read, create or update the
lock, sleep, start leading — and receives the results; :mod:`.leaderelection` runs it with
blocking calls and threads, ``kubeclient.aio.leaderelection`` with awaits and tasks. The
lock formats (a Lease's spec, a ConfigMap's annotation) are here too, so the sync and
asyncio locks only differ in how they call the API.

A candidate becomes leader by creating the lock or by taking it over once the holder has
not renewed it for ``lease_duration`` seconds (measured on this candidate's clock from when
it last saw the record change, so clock skew between candidates does not matter); the
leader renews every ``retry_period`` and gives up when it cannot renew within
``renew_deadline``.
"""

from __future__ import annotations

import datetime
import json
import logging
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any

__all__ = [
    "ANNOTATION",
    "TIME_FORMATS",
    "Create",
    "Get",
    "Lead",
    "LeaderElectionRecord",
    "Sleep",
    "Update",
    "election",
    "try_acquire_or_renew",
    "validate",
]

logger = logging.getLogger("leaderelection")

#: the ConfigMap annotation holding the record (client-go's ``LeaderElectionRecordAnnotationKey``)
ANNOTATION = "control-plane.alpha.kubernetes.io/leader"


class LeaderElectionRecord:
    """Who holds the lock, for how long (seconds, as text), since when and last renewed
    (times as text, ``str()`` of a timezone-aware datetime)."""

    def __init__(
        self,
        holder_identity: str | None,
        lease_duration: str | None,
        acquire_time: str | None,
        renew_time: str | None,
    ) -> None:
        self.holder_identity = holder_identity
        self.lease_duration = lease_duration
        self.acquire_time = acquire_time
        self.renew_time = renew_time

    def complete(self) -> bool:
        return None not in (
            self.holder_identity,
            self.lease_duration,
            self.acquire_time,
            self.renew_time,
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LeaderElectionRecord) and vars(self) == vars(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        fields = ", ".join(f"{key}={value!r}" for key, value in vars(self).items())
        return f"LeaderElectionRecord({fields})"


# -- what the election asks its runner to do ---------------------------------------------


@dataclass(slots=True)
class Get:
    """Read the lock: answer ``(True, record or None)`` or ``(False, error)``."""


@dataclass(slots=True)
class Create:
    """Create the lock holding ``record``: answer True or False."""

    record: LeaderElectionRecord


@dataclass(slots=True)
class Update:
    """Write ``record`` into the lock: answer True or False."""

    record: LeaderElectionRecord


@dataclass(slots=True)
class Sleep:
    """Wait ``seconds``; answer True to end the election (leading has failed)."""

    seconds: float


@dataclass(slots=True)
class Lead:
    """The lock is ours: start the leading callback."""


Step = Get | Create | Update | Sleep | Lead


def validate(
    lock: Any,
    lease_duration: float,
    renew_deadline: float,
    retry_period: float,
    onstarted_leading: Any,
    jitter_factor: float,
) -> None:
    """The official client's checks of an election's configuration (ValueError)."""
    if lock is None:
        raise ValueError("lock cannot be None")
    if lease_duration <= renew_deadline:
        raise ValueError("lease_duration must be greater than renew_deadline")
    if renew_deadline <= jitter_factor * retry_period:
        raise ValueError("renewDeadline must be greater than retry_period*jitter_factor")
    for name, value in (
        ("lease_duration", lease_duration),
        ("renew_deadline", renew_deadline),
        ("retry_period", retry_period),
    ):
        if value < 1:
            raise ValueError(f"{name} must be greater than one")
    if onstarted_leading is None:
        raise ValueError("callback onstarted_leading cannot be None")


def _now() -> str:
    return str(datetime.datetime.now(datetime.UTC))


def _millis() -> int:
    return int(time.time() * 1000)


def try_acquire_or_renew(elector: Any) -> Generator[Step, Any, bool]:
    """One attempt to take or renew the lock (client-go's ``tryAcquireOrRenew``).
    ``elector`` keeps ``observed_record`` and ``observed_time_milliseconds``."""
    config = elector.election_config
    lock = config.lock
    found, old = yield Get()
    now = _now()
    record = LeaderElectionRecord(lock.identity, str(config.lease_duration), now, now)
    if not found:
        if getattr(old, "status", None) != 404:  # only a clean 404 means "no lock yet"
            logger.info("error retrieving resource lock %s: %s", lock.name, _reason(old))
            return False
        logger.info("%s is trying to create a lock", lock.identity)
        if not (yield Create(record)):
            logger.info("%s failed to create lock", lock.identity)
            return False
        elector.observed_record, elector.observed_time_milliseconds = record, _millis()
        return True
    if old is None or not old.complete():
        return (yield from _update(elector, record))
    observed = elector.observed_record
    if observed is not None and observed.holder_identity != old.holder_identity:
        logger.info("leader has switched to %s", old.holder_identity)
    if observed is None or old != observed:
        elector.observed_record, elector.observed_time_milliseconds = old, _millis()
    holder = elector.observed_record.holder_identity
    expires = elector.observed_time_milliseconds + config.lease_duration * 1000
    if lock.identity != holder and expires > _millis():
        logger.debug("lease held by %s has not expired", holder)
        return False
    if lock.identity == holder:  # renewing keeps the acquire time
        record.acquire_time = elector.observed_record.acquire_time
    return (yield from _update(elector, record))


def _update(elector: Any, record: LeaderElectionRecord) -> Generator[Step, Any, bool]:
    if not (yield Update(record)):
        logger.info("%s failed to acquire lease", record.holder_identity)
        return False
    elector.observed_record, elector.observed_time_milliseconds = record, _millis()
    return True


def _reason(error: Any) -> str:
    return str(getattr(error, "reason", None) or error)


def acquire(elector: Any) -> Generator[Step, Any, bool]:
    """Try every ``retry_period`` until the lock is ours."""
    while not (yield from try_acquire_or_renew(elector)):
        yield Sleep(elector.election_config.retry_period)
    return True


def renew_loop(elector: Any) -> Generator[Step, Any, None]:
    """Renew every ``retry_period``; return when a renewal did not succeed within
    ``renew_deadline`` or the runner reports that leading failed."""
    config = elector.election_config
    while True:
        deadline = _millis() + config.renew_deadline * 1000
        succeeded = False
        while _millis() < deadline:
            succeeded = yield from try_acquire_or_renew(elector)
            if succeeded:
                break
            if (yield Sleep(config.retry_period)):
                return
        if not succeeded or (yield Sleep(config.retry_period)):
            return


def election(elector: Any) -> Generator[Step, Any, None]:
    """Acquire, lead (:class:`Lead`), renew until that fails."""
    yield from acquire(elector)
    logger.info("%s successfully acquired lease", elector.election_config.lock.identity)
    yield Lead()
    yield from renew_loop(elector)


# -- lock formats ----------------------------------------------------------------------


def lease_spec(record: LeaderElectionRecord, spec: Any) -> Any:
    """``spec`` (a V1LeaseSpec) holding ``record``."""
    spec.holder_identity = record.holder_identity
    spec.lease_duration_seconds = int(float(record.lease_duration or 0))
    spec.acquire_time = _time(record.acquire_time)
    spec.renew_time = _time(record.renew_time)
    return spec


def lease_record(lease: Any) -> LeaderElectionRecord:
    """The record a Lease holds (fields it lacks are None)."""
    spec = lease.spec
    if spec is None:
        return LeaderElectionRecord(None, None, None, None)
    return LeaderElectionRecord(
        spec.holder_identity or None,
        str(spec.lease_duration_seconds) if spec.lease_duration_seconds else None,
        str(spec.acquire_time) if spec.acquire_time else None,
        str(spec.renew_time) if spec.renew_time else None,
    )


#: record times written by the official client (``str()`` of a datetime, aware or naive)
TIME_FORMATS = (
    "%Y-%m-%d %H:%M:%S.%f%z",
    "%Y-%m-%d %H:%M:%S.%f",
    "%Y-%m-%d %H:%M:%S%z",
    "%Y-%m-%d %H:%M:%S",
)


def _time(text: str | None) -> datetime.datetime | None:
    if not text:
        return None
    value = next(filter(None, (_strptime(text, form) for form in TIME_FORMATS)), None)
    if value is None:
        value = datetime.datetime.fromisoformat(text)  # ValueError names the text
    if value.tzinfo is None:  # a naive time (the official client's records) is local
        value = value.astimezone()
    return value.astimezone(datetime.UTC)


def _strptime(text: str, form: str) -> datetime.datetime | None:
    try:
        return datetime.datetime.strptime(text, form)
    except ValueError:
        return None


def annotation_record(annotations: dict[str, str] | None) -> LeaderElectionRecord | None:
    """The record in a ConfigMap's annotation; None when there is none yet."""
    text = (annotations or {}).get(ANNOTATION)
    if not text:
        return None
    data = json.loads(text)
    return LeaderElectionRecord(
        data.get("holderIdentity"),
        data.get("leaseDurationSeconds"),
        data.get("acquireTime"),
        data.get("renewTime"),
    )


def annotation_value(record: LeaderElectionRecord) -> str:
    return json.dumps(
        {
            "holderIdentity": record.holder_identity,
            "leaseDurationSeconds": record.lease_duration,
            "acquireTime": record.acquire_time,
            "renewTime": record.renew_time,
        }
    )


def callback(target: Callable[[], Any] | Any) -> Any:
    """A callback given as a function is called; an awaitable given as is is used as is."""
    return target() if callable(target) else target
