"""The feed thread against the built-in simulator: figures, and a clean stop."""

from __future__ import annotations

import threading

import pytest

from wallboard.feed import FeedOptions, FeedState, FeedThread
from wallboard.simulator.server import running_in_thread

pytestmark = pytest.mark.network


def wait_for(condition, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    """Wait on an event with a timeout, re-checking the condition; no fixed sleeps."""
    event = threading.Event()
    for _ in range(int(timeout / 0.02)):
        if condition():
            return
        event.wait(0.02)
    raise AssertionError("condition not met in time")


def test_follows_the_simulator_and_stops_without_leaving_a_socket_open() -> None:
    with running_in_thread(scenario="municipal", speed=30.0, seed=3) as server:
        feed = FeedThread(FeedOptions(server.url)).start()
        try:
            wait_for(lambda: feed.figures()[1].messages > 20)
            figures, health = feed.figures()
            assert health.state is FeedState.LIVE
            assert figures is not None and figures.site_name
            assert (health.gaps, health.bad_messages, health.inconsistent) == (0, 0, 0)
            assert server.connections == 1
        finally:
            feed.stop()
        # The server sees the close at once, not after its own stop timeout.
        wait_for(lambda: server.connections == 0, timeout=3.0)
        assert feed.figures()[1].state is FeedState.STOPPED
