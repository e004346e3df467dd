"""Ports for a server a test or a local cluster starts: free now and safe to bind a moment later."""

from __future__ import annotations

import random
import socket
from pathlib import Path

LOWEST_LISTEN_PORT = 20000


def ephemeral_port_range(path: Path = Path("/proc/sys/net/ipv4/ip_local_port_range")) -> tuple[int, int]:
    """The range the kernel draws the source ports of outgoing connections from."""
    try:
        low, high = (int(part) for part in path.read_text().split())
    except (OSError, ValueError):
        return 32768, 60999  # Linux's default
    return low, high


def free_listen_ports(count: int, rng: random.Random | None = None) -> list[int]:
    """``count`` distinct ports, free now, *below* the kernel's ephemeral range.

    A port the kernel hands out for ``bind(0)`` comes from the ephemeral range, the same range
    every outgoing connection takes its source port from: between choosing it and the service
    binding it, a starting service's own connections to Kafka, MongoDB or OpenSearch could take
    it as their source port (CI saw ``address already in use`` so, in a cluster of fourteen
    processes). Outgoing connections never take a port below the range: choosing there closes
    that race.
    """
    rng = rng or random.SystemRandom()
    low, _ = ephemeral_port_range()
    candidates = list(range(LOWEST_LISTEN_PORT, max(LOWEST_LISTEN_PORT + count, low)))
    rng.shuffle(candidates)
    chosen: list[int] = []
    for port in candidates:
        if _bindable(port):
            chosen.append(port)
            if len(chosen) == count:
                return chosen
    raise OSError(f"fewer than {count} free ports between {LOWEST_LISTEN_PORT} and {low}")


def _bindable(port: int) -> bool:
    # The services listen on 0.0.0.0; a port busy on any address must not be chosen.
    with socket.socket() as s:
        try:
            s.bind(("0.0.0.0", port))  # noqa: S104 - a probe, closed at once
        except OSError:
            return False
        return True


def free_listen_port() -> int:
    return free_listen_ports(1)[0]
