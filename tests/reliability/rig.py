"""The simulator, the fault proxy and a real feed client, wired up for fault tests.

``simulator -> fault proxy -> FeedThread``, all on loopback, each on a thread
of its own. :meth:`Rig.assert_figures_equal_the_simulator` freezes the
simulator and compares the client's figures with the simulator's own model,
so the truth is known however the feed got there.
"""

from __future__ import annotations

import contextlib
import os
import ssl
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import msgspec
import psutil

from tests.faultproxy import FaultProxy, running_proxy
from tests.polling import wait_for
from tests.reliability.truth import without_intervals
from tests.simulated import pinned_simulator
from wallboard.clock import SYSTEM_CLOCK
from wallboard.engine import Engine
from wallboard.feed import FeedHealth, FeedOptions, FeedState, FeedThread
from wallboard.protocol import decode
from wallboard.protocol.models import Snapshot
from wallboard.simulator.server import SimulatorServer

#: The rig's stale timeout and backoff: short, so a fault shows within a second or two.
STALE_S = 0.6
BASE_S, CAP_S = 0.05, 0.4
#: The feed checks its timers every quarter second; allow that and a loaded machine.
SLACK_S = 1.5


def let_run(seconds: float) -> None:
    """Let the client run for a while: what it does in that window is what is checked."""
    threading.Event().wait(seconds)


def max_attempts(window_s: float, base_s: float, cap_s: float) -> int:
    """The most connection attempts the protocol's backoff allows in ``window_s``.

    Attempt k (from 0) waits at least max(base, min(cap, base * 2**k) / 2)
    before the next (``wallboard/feed/backoff.py``, section "Transport").
    Plus one: the attempt that opens the window.
    """
    attempts, spent, k = 1, 0.0, 0
    while True:
        spent += max(base_s, min(cap_s, base_s * 2**k) / 2)
        if spent > window_s:
            return attempts
        attempts, k = attempts + 1, k + 1


@dataclass
class Rig:
    server: SimulatorServer
    proxy: FaultProxy
    feed: FeedThread
    record: list[tuple[int, dict[str, Any]]] = field(default_factory=list)

    def health(self) -> FeedHealth:
        return self.feed.figures()[1]

    def state(self) -> FeedState:
        return self.health().state

    def wait_live(self, timeout: float = 15.0) -> None:
        wait_for(lambda: self.health().figures_are_live, timeout, "live figures")

    def client_sockets(self) -> int:
        """The client's own TCP connections to the proxy (the proxy's ends not counted)."""
        port = self.proxy.port
        return sum(1 for c in psutil.Process().net_connections("tcp")
                   if c.raddr and c.raddr.port == port and c.status != psutil.CONN_TIME_WAIT)

    def assert_figures_equal_the_simulator(self) -> None:
        """Freeze the simulator, let everything sent arrive, compare with its model."""
        self.wait_live()
        self.server.pause_messages(True)
        try:
            # A tick already under way finishes before this runs on the server's loop.
            self.server.submit(_nothing()).result(5)
            connection, last_seq = max(self.record, key=lambda r: r[0])[0], None
            for client, message in reversed(self.record):
                if client == connection:
                    last_seq = message["seq"]
                    break
            wait_for(lambda: self.health().last_seq == last_seq, 10, f"seq {last_seq}")
            model = self.server.model.snapshot()
            truth = Engine()
            snapshot = decode(msgspec.json.encode({**model, "seq": 1}))
            assert isinstance(snapshot, Snapshot)
            truth.apply(snapshot)
            now = SYSTEM_CLOCK.now_ms()
            assert without_intervals(self.feed.engine.figures(now)) == without_intervals(
                truth.figures(now))
            health = self.health()
            assert health.figures_are_live, health
        finally:
            self.server.pause_messages(False)


async def _nothing() -> None:
    return None


@contextlib.contextmanager
def rig(*, stale_after_s: float = STALE_S, backoff_base_s: float = BASE_S,
        backoff_cap_s: float = CAP_S,
        open_timeout_s: float = 1.0, scenario: str = "night", speed: float = 60.0,
        heartbeat_s: float = 0.1, token: str | None = None,
        client_token: Callable[[], str | None] = lambda: None,
        ssl_context: ssl.SSLContext | None = None, ca_file: str | None = None,
        **server_options: Any) -> Iterator[Rig]:
    """Simulator, proxy and client for the body of the block, then all stopped.

    With ``ssl_context`` the simulator serves ``wss://`` (the proxy passes TLS
    through untouched) and the client trusts ``ca_file``.
    """
    record: list[tuple[int, dict[str, Any]]] = []
    with pinned_simulator(scenario=scenario, speed=speed, seed=11, heartbeat_s=heartbeat_s,
                           tick_s=0.05, record=record, token=token, ssl_context=ssl_context,
                           **server_options) as server, running_proxy(server.port) as proxy:
        url = proxy.url if ssl_context is None else proxy.url.replace("ws://", "wss://")
        options = FeedOptions(url, stale_after_s=stale_after_s, ca_file=ca_file,
                              backoff_base_s=backoff_base_s, backoff_cap_s=backoff_cap_s,
                              open_timeout_s=open_timeout_s, token_poll_s=0.1)
        feed = FeedThread(options, token=client_token).start()
        try:
            yield Rig(server, proxy, feed, record)
        finally:
            feed.stop()


@dataclass(frozen=True)
class Resources:
    threads: frozenset[str]
    fds: int

    @classmethod
    def now(cls) -> Resources:
        return cls(frozenset(f"{t.name}/{t.ident}" for t in threading.enumerate()),
                   len(os.listdir("/proc/self/fd")))


def assert_nothing_leaked(before: Resources, timeout: float = 10.0) -> None:
    """Every thread started since ``before`` has ended, and every descriptor is closed."""
    wait_for(lambda: Resources.now().threads <= before.threads, timeout,
             "threads to end")
    wait_for(lambda: Resources.now().fds <= before.fds, timeout, "descriptors to close")
