"""TCP keepalive for the API server connections (the official ``kubernetes.utils.keepalive``).

A watch that sees no events for a long time sits on an idle connection; a NAT or load
balancer may drop it silently. Keepalive probes find that out::

    configuration.socket_options = tcp_keepalive_socket_options()
"""

from __future__ import annotations

import socket

__all__ = ["DEFAULT_COUNT", "DEFAULT_IDLE", "DEFAULT_INTERVAL", "tcp_keepalive_socket_options"]

#: client-go's: probe after 30 s idle, every 15 s, give up after 9 unanswered probes
DEFAULT_IDLE = 30
DEFAULT_INTERVAL = 15
DEFAULT_COUNT = 9


def tcp_keepalive_socket_options(
    idle: int = DEFAULT_IDLE, interval: int = DEFAULT_INTERVAL, count: int = DEFAULT_COUNT
) -> list[tuple[int, int, int]]:
    """Socket options for ``Configuration.socket_options``: no Nagle delay (the default of
    the official client's urllib3) and keepalive with these timings. Options the platform
    lacks are left out (macOS names the idle time ``TCP_KEEPALIVE``)."""
    for name, value in (("idle", idle), ("interval", interval), ("count", count)):
        if value < 1:
            raise ValueError(f"{name} must be at least 1")
    options = [
        (socket.IPPROTO_TCP, socket.TCP_NODELAY, 1),
        (socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1),
    ]
    idle_option = getattr(socket, "TCP_KEEPIDLE", getattr(socket, "TCP_KEEPALIVE", None))
    for option, value in (
        (idle_option, idle),
        (getattr(socket, "TCP_KEEPINTVL", None), interval),
        (getattr(socket, "TCP_KEEPCNT", None), count),
    ):
        if option is not None:
            options.append((socket.IPPROTO_TCP, option, value))
    return options
