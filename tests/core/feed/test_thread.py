"""The feed thread against the built-in simulator: figures, and a clean stop."""

from __future__ import annotations

import threading

import pytest

from tests.polling import wait_for
from tests.simulated import pinned_simulator
from wallboard.feed import FeedOptions, FeedState, FeedThread

pytestmark = pytest.mark.network


def test_follows_the_simulator_and_stops_without_leaving_a_socket_open() -> None:
    with pinned_simulator(scenario="municipal", speed=30.0, seed=3) as server:
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


def test_the_staffing_model_runs_on_the_feeds_thread() -> None:
    """Without anyone reading the figures, the feed's thread works staffing out, once a
    second; the screen's refresh then only reads it."""
    with pinned_simulator(scenario="municipal", speed=30.0, seed=3) as server:
        feed = FeedThread(FeedOptions(server.url))
        threads: set[str] = set()
        refresh = feed.engine.refresh_staffing

        def spied(now_ms: int) -> None:
            threads.add(threading.current_thread().name)
            refresh(now_ms)

        feed.engine.refresh_staffing = spied  # type: ignore[method-assign]
        feed.start()
        try:
            wait_for(lambda: len(threads) > 0 and feed.engine.staffing_kept_current)
            wait_for(lambda: feed.figures()[0] is not None)
            figures, _ = feed.figures()
            assert figures is not None and figures.staffing is not None
        finally:
            feed.stop()
        assert threads == {"wallboard-feed"}
        assert not feed.engine.staffing_kept_current  # a stopped feed keeps nothing current
