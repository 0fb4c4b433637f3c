"""A typed watch event decodes its ``raw_object`` only when it is used, and is in every
observable way the plain dict ``{"type", "object", "raw_object"}`` of the official client."""

from __future__ import annotations

import copy
import json
import pickle
import sys
from typing import Any

import msgspec
from kubeclient.client import V1ConfigMap
from kubeclient.watch._core import LazyEvent, WatchConfig, decode_line, event_key, watch_machine

CM = {
    "apiVersion": "v1",
    "kind": "ConfigMap",
    "metadata": {"name": "a", "namespace": "ns", "resourceVersion": "7"},
    "data": {"k": "v"},
}


def line(kind: str, obj: dict[str, Any]) -> bytes:
    return json.dumps({"type": kind, "object": obj}).encode()


def lazy() -> LazyEvent:
    kind, obj, data, raw = decode_line(line("MODIFIED", CM), V1ConfigMap)
    assert raw is None, "a typed object leaves the raw dict undecoded"
    return LazyEvent(kind, obj, data)


def plain() -> dict[str, Any]:
    event = lazy()
    return {"type": "MODIFIED", "object": event["object"], "raw_object": CM}


def test_undecoded_until_read_then_decoded_once() -> None:
    event = lazy()
    assert dict.__len__(event) == 2
    assert isinstance(event["object"], V1ConfigMap)
    assert event["type"] == "MODIFIED"
    assert dict.__len__(event) == 2  # reading the typed object decodes nothing
    raw = event["raw_object"]
    assert raw == CM
    assert event["raw_object"] is raw


def test_every_way_of_looking_at_it_sees_raw_object() -> None:
    expected = plain()
    assert lazy() == expected
    assert expected == lazy()
    assert not (lazy() != expected)
    assert "raw_object" in lazy()
    assert lazy().get("raw_object") == CM
    assert len(lazy()) == 3
    assert list(lazy()) == ["type", "object", "raw_object"]
    assert list(reversed(lazy())) == ["raw_object", "object", "type"]
    assert list(lazy().keys()) == ["type", "object", "raw_object"]
    assert list(lazy().values())[2] == CM
    assert dict(lazy().items())["raw_object"] == CM
    assert dict(lazy()) == expected
    assert {**lazy()} == expected
    assert lazy().copy() == expected
    assert copy.copy(lazy()) == expected
    assert copy.deepcopy(lazy()) == expected
    assert pickle.loads(pickle.dumps(lazy())) == expected
    assert (lazy() | {"extra": 1})["raw_object"] == CM
    assert ({"extra": 1} | lazy())["raw_object"] == CM
    assert "'raw_object': {" in repr(lazy())
    assert lazy().pop("raw_object") == CM
    assert lazy().setdefault("raw_object", None) == CM
    assert json.loads(json.dumps({k: v for k, v in lazy().items() if k != "object"})) == {
        "type": "MODIFIED",
        "raw_object": CM,
    }

    def keywords(**kwargs: Any) -> set[str]:
        return set(kwargs)

    assert keywords(**lazy()) == {"type", "object", "raw_object"}


def test_changes_before_the_first_read_are_kept() -> None:
    replaced = lazy()
    replaced["raw_object"] = {"mine": True}
    assert replaced["raw_object"] == {"mine": True}
    assert len(replaced) == 3
    deleted = lazy()
    del deleted["raw_object"]
    assert "raw_object" not in deleted
    emptied = lazy()
    emptied.clear()
    assert emptied == {} and "raw_object" not in emptied
    updated = lazy()
    updated |= {"type": "ADDED"}
    assert updated["type"] == "ADDED" and updated["raw_object"] == CM


def test_untyped_and_unfit_objects_carry_the_decoded_dict() -> None:
    _, obj, _, raw = decode_line(line("ADDED", CM), object)
    assert raw == CM and obj is raw
    # a model that cannot hold the object: the dict stands in for it, as before
    bad = dict(CM, data={"k": 1})
    _, obj, _, raw = decode_line(line("ADDED", bad), V1ConfigMap)
    assert raw == bad and obj is raw
    # ERROR and BOOKMARK are always dicts
    status = {"kind": "Status", "code": 410, "reason": "Expired"}
    assert decode_line(line("ERROR", status), V1ConfigMap)[3] == status


def test_the_watch_machine_keys_and_resumes_from_the_typed_object() -> None:
    config = WatchConfig(name="list", kwargs={}, item_cls=V1ConfigMap, resource_version="5")
    machine = watch_machine(config)
    machine.send(None)  # Open
    machine.send(iter(()))  # ReadLine
    emitted = machine.send(line("MODIFIED", CM))
    event = emitted.event  # type: ignore[union-attr]
    assert isinstance(event, LazyEvent)
    assert dict.__len__(event) == 2
    assert config.resource_version == "7"
    rv, data = config.known["ns/a"]
    assert rv == "7" and msgspec.json.decode(data) == CM
    assert event_key(event) == "ns/a"
    assert dict.__len__(event) == 2  # the key came from the model, not the dict
    assert event_key({"type": "ADDED", "object": CM, "raw_object": CM}) == "ns/a"  # type: ignore[typeddict-item]


def test_threads_reading_it_at_once_all_get_the_dict() -> None:
    import sys
    import threading

    # a big object: its decode outlasts the switch interval, so other threads run while
    # the first one is still decoding
    big = dict(CM, data={f"key-{i}": "v" * 50 for i in range(3000)})
    kind, obj, data, _ = decode_line(line("MODIFIED", big), V1ConfigMap)
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible
    failures: list[BaseException] = []
    try:
        for _ in range(400):
            event = LazyEvent(kind, obj, data)
            start = threading.Barrier(4)
            seen: list[Any] = []

            def read(
                event: LazyEvent = event, start: threading.Barrier = start, seen: list[Any] = seen
            ) -> None:
                start.wait()
                try:
                    seen.append(event["raw_object"])
                except BaseException as error:
                    failures.append(error)

            threads = [threading.Thread(target=read) for _ in range(4)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            # the same dict for every reader, and it is the object's
            assert all(raw is event["raw_object"] for raw in seen)
            assert seen[0] == big
    finally:
        sys.setswitchinterval(interval)
    assert failures == []


def test_a_model_without_object_metadata_stays_typed() -> None:
    """A ``return_type`` with no ObjectMeta still gets typed objects (with the dict beside
    them, which then gives the key)."""

    class Plain(msgspec.Struct):
        kind: str

    _, obj, _, raw = decode_line(line("ADDED", CM), Plain)
    assert obj == Plain(kind="ConfigMap")
    assert raw == CM


def test_a_typed_object_does_not_keep_its_line() -> None:
    """A model's raw JSON fields (managedFields' fieldsV1) are views of the buffer decoded:
    decoded from the line, every cached object kept its whole line besides the copy the
    watch keeps. It is decoded from that copy."""
    managed = [{"manager": "m", "operation": "Update", "fieldsV1": {"f:data": {".": {}}}}]
    obj = {**CM, "metadata": {**CM["metadata"], "managedFields": managed}}
    data = line("MODIFIED", obj)
    references = sys.getrefcount(data)
    _, model, kept, _ = decode_line(data, V1ConfigMap)
    assert model.metadata.managed_fields[0].fields_v1  # a view, of ``kept``
    assert sys.getrefcount(data) == references
    assert json.loads(kept) == obj
