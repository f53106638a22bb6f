"""Network faults between the simulator and the real client, made by a proxy on loopback.

Each test follows the simulator through ``tests/faultproxy.py`` with a real
:class:`~wallboard.feed.FeedThread`, breaks the connection one way, and
checks that the feed says the right thing within the stale timeout, comes
back with backoff (the attempts are counted, so a tight loop fails), shows
figures equal to the simulator's own model once it is back, and leaves no
thread, socket or file descriptor behind.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from tests.reliability.rig import (
    BASE_S,
    CAP_S,
    SLACK_S,
    STALE_S,
    Resources,
    Rig,
    let_run,
    max_attempts,
    rig,
    wait_for,
)
from wallboard.feed import FeedState

pytestmark = pytest.mark.network



@pytest.fixture
def live(resources: Resources) -> Iterator[Rig]:
    with rig(stale_after_s=STALE_S, backoff_base_s=BASE_S, backoff_cap_s=CAP_S) as r:
        r.wait_live()
        yield r


def test_latency_keeps_the_feed_live_and_the_figures_right(live: Rig) -> None:
    live.proxy.delay(0.3)  # every chunk held back, both ways
    messages = live.health().messages
    states = set()

    def moved_on() -> bool:
        states.add(live.state())
        return live.health().messages > messages + 20

    wait_for(moved_on, 15, "messages through the delay")
    assert states == {FeedState.LIVE}  # messages keep coming, only later
    live.proxy.delay(0)
    live.assert_figures_equal_the_simulator()
    health = live.health()
    assert (health.reconnects, health.gaps, health.bad_messages) == (0, 0, 0)


def test_a_stalled_connection_goes_stale_then_is_replaced(live: Rig) -> None:
    live.proxy.stall()  # the open connection freezes; new ones would flow
    wait_for(lambda: live.state() is FeedState.STALE, STALE_S + SLACK_S, "stale")
    # After twice the timeout the client leaves it and connects again (rule 6).
    wait_for(lambda: live.health().reconnects >= 1, 2 * STALE_S + 5, "a reconnection")
    live.assert_figures_equal_the_simulator()
    assert live.health().bad_messages == 0
    # The frozen connection is closed on the client's side although the proxy still holds it.
    wait_for(lambda: live.client_sockets() == 1, 5, "one socket: the new connection")
    assert len(live.proxy.links) == 2


def test_a_black_hole_times_out_with_backoff_and_recovers(
    live: Rig, caplog: pytest.LogCaptureFixture
) -> None:
    live.proxy.stall(new_connections=True)  # nothing gets through, nothing is closed
    wait_for(lambda: live.state() is FeedState.STALE, STALE_S + SLACK_S, "stale")
    accepted = live.proxy.accepted
    wait_for(lambda: live.proxy.accepted > accepted, 10, "a new attempt")
    # Each attempt waits for its handshake (open_timeout 1 s), then the backoff;
    # an attempt that got no handshake is dropped at once, not closed politely.
    window = 3.0
    start = live.proxy.accepted
    let_run(window)
    assert 2 <= live.proxy.accepted - start <= max_attempts(window, BASE_S, CAP_S)
    assert "timed out" in (live.health().last_error or "")
    assert not live.health().figures_are_live
    live.proxy.resume()
    live.assert_figures_equal_the_simulator()
    gc.collect()  # a handshake's outcome nobody took would be reported now
    assert not [r for r in caplog.records if r.name == "asyncio"], caplog.text


def test_a_connection_dropped_mid_frame_is_not_read_as_a_message(live: Rig) -> None:
    live.proxy.drop_mid_frame()
    wait_for(lambda: live.proxy.cuts == 1, 10, "a frame cut in half")
    wait_for(lambda: live.health().reconnects >= 1, STALE_S + SLACK_S, "a reconnection")
    live.assert_figures_equal_the_simulator()
    health = live.health()
    assert (health.bad_messages, health.gaps) == (0, 0)
    assert live.proxy.accepted <= 3


def test_a_reset_shows_reconnecting_and_recovers(live: Rig) -> None:
    live.proxy.refuse(True)  # hold it down long enough to see the state
    live.proxy.reset()
    wait_for(lambda: live.state() is FeedState.RECONNECTING, STALE_S + SLACK_S, "reconnecting")
    assert not live.health().figures_are_live
    live.proxy.refuse(False)
    live.assert_figures_equal_the_simulator()
    assert live.health().bad_messages == 0


@pytest.mark.parametrize("how", ["closed-port", "reset-on-accept"])
def test_refused_connections_are_retried_with_backoff(live: Rig, how: str) -> None:
    client = live.feed.client
    if how == "closed-port":
        live.proxy.refuse(True)
    else:
        live.proxy.reset_on_accept(True)
    live.proxy.reset()
    wait_for(lambda: live.state() is FeedState.RECONNECTING, STALE_S + SLACK_S, "reconnecting")
    # Counted where they arrive: by the client for a closed port, else at the proxy.
    count = (lambda: client.attempts) if how == "closed-port" else (lambda: live.proxy.accepted)
    before = count()
    window = 3.0
    let_run(window)
    made = count() - before
    assert 3 <= made <= max_attempts(window, BASE_S, CAP_S), made
    error = live.health().last_error or ""
    assert ("connection refused" if how == "closed-port" else "127.0.0.1") in error, error
    if how == "closed-port":
        live.proxy.refuse(False)
    else:
        live.proxy.reset_on_accept(False)
    live.assert_figures_equal_the_simulator()


def test_a_trickle_is_slow_but_whole(resources: Resources) -> None:
    # A long enough stale timeout for the snapshot (about 20 kB) to trickle through.
    with rig(stale_after_s=3.0, backoff_base_s=BASE_S, backoff_cap_s=CAP_S) as live:
        live.wait_live()
        live.proxy.trickle(64, 0.005)  # frames and headers cut at every 64 bytes
        live.proxy.reset()  # and a new connection whose snapshot comes through it
        wait_for(lambda: live.health().reconnects == 1 and live.health().figures_are_live, 20,
                 "live through the trickle")
        messages = live.health().messages
        wait_for(lambda: live.health().messages > messages + 20, 15, "more messages")
        assert live.health().bad_messages == 0
        live.proxy.trickle(None)
        live.assert_figures_equal_the_simulator()
        assert live.health().gaps == 0
