"""Ports for test servers stay out of the range outgoing connections draw their source ports from."""

from __future__ import annotations

import random
import socket
from pathlib import Path

import pytest
from samarinda_common.testing import listen_ports


def test_free_ports_are_distinct_and_below_the_ephemeral_range() -> None:
    low, _ = listen_ports.ephemeral_port_range()
    ports = listen_ports.free_listen_ports(22)
    assert len(set(ports)) == 22
    assert all(listen_ports.LOWEST_LISTEN_PORT <= port < low for port in ports)


def test_a_port_something_listens_on_is_never_chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as busy:
        busy.bind(("0.0.0.0", 0))
        busy.listen()
        taken = busy.getsockname()[1]
        # A range holding only the busy port and one other: only the other may come back.
        monkeypatch.setattr(listen_ports, "LOWEST_LISTEN_PORT", taken)
        monkeypatch.setattr(listen_ports, "ephemeral_port_range", lambda: (taken + 2, 60999))
        if not listen_ports._bindable(taken + 1):
            pytest.fail(f"port {taken + 1} is busy on this machine; the test needs it free")
        assert listen_ports.free_listen_ports(1, random.Random(0)) == [taken + 1]
        with pytest.raises(OSError, match="fewer than 2 free ports"):
            listen_ports.free_listen_ports(2, random.Random(0))


def test_the_range_is_read_from_the_kernel_setting(tmp_path: Path) -> None:
    setting = tmp_path / "ip_local_port_range"
    setting.write_text("40000\t50000\n")
    assert listen_ports.ephemeral_port_range(setting) == (40000, 50000)
    assert listen_ports.ephemeral_port_range(tmp_path / "missing") == (32768, 60999)
