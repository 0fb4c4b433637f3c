"""Watching resources, as ``kubernetes.watch`` — resumable, bookmark-aware and 410-safe.

from kubeclient import client, config, watch

w = watch.Watch()
for event in w.stream(v1.list_namespaced_pod, "some-namespace"):
    print(event["type"], event["object"].metadata.name)
"""

from ._core import Backoff, ResourceExpired, WatchError, WatchEvent
from .watch import Watch, iter_resp_lines

__all__ = ["Backoff", "ResourceExpired", "Watch", "WatchError", "WatchEvent", "iter_resp_lines"]
