"""Exec, attach and port-forward over WebSocket, as in ``kubernetes.stream``.

    from kubeclient import client, config
    from kubeclient.stream import stream, portforward

    out = stream(v1.connect_get_namespaced_pod_exec, "pod", "ns", command=["ls", "/foo"],
                 stderr=True, stdin=False, stdout=True, tty=False)

The WebSocket uses the API client's own connection pool (TLS, proxy and authentication are
the same); ``v5.channel.k8s.io`` is preferred and ``v4.channel.k8s.io`` the fallback.
"""

from ._channels import (
    ERROR_CHANNEL,
    RESIZE_CHANNEL,
    STDERR_CHANNEL,
    STDIN_CHANNEL,
    STDOUT_CHANNEL,
    ExecError,
    NonZeroExitError,
    PortForwardError,
)
from ._ws import WebSocketError
from .ws_client import PortForward, WSClient, portforward, run, stream

__all__ = [
    "ERROR_CHANNEL",
    "RESIZE_CHANNEL",
    "STDERR_CHANNEL",
    "STDIN_CHANNEL",
    "STDOUT_CHANNEL",
    "ExecError",
    "NonZeroExitError",
    "PortForward",
    "PortForwardError",
    "WSClient",
    "WebSocketError",
    "portforward",
    "run",
    "stream",
]
