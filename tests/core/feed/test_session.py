"""The feed session follows "Order and recovery" of the protocol.

No socket and no sleeping: a fake clock stands for time.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.builders import T0, SiteBuilder, frame
from wallboard.clock import FakeClock
from wallboard.engine import Engine
from wallboard.feed import FeedSession, FeedState, Verdict
from wallboard.probe import feed_document


@pytest.fixture
def session(clock: FakeClock) -> FeedSession:
    s = FeedSession(Engine(), stale_after_s=15)
    s.connected(clock.monotonic())
    return s


def send(
    session: FeedSession, clock: FakeClock, *messages: dict[str, Any] | bytes
) -> list[Verdict]:
    out = []
    for message in messages:
        raw = message if isinstance(message, bytes) else frame(message)
        out.append(session.receive(raw, clock.monotonic()))
    return out


def waiting_now(session: FeedSession) -> int:
    figures = session.engine.figures(T0 + 60_000)
    assert figures is not None
    return figures.site.waiting


def test_in_order_messages_are_applied_and_counted(
    session: FeedSession, clock: FakeClock, site: SiteBuilder
) -> None:
    verdicts = send(session, clock, site.snapshot(), site.queued("c1", T0), site.heartbeat(T0 + 1))
    assert verdicts == [Verdict.NOTHING] * 3
    health = session.health(clock.monotonic())
    assert health.state is FeedState.LIVE
    assert (health.messages, health.last_seq, health.gaps, health.resyncs) == (3, 3, 0, 0)
    assert waiting_now(session) == 1


def test_a_gap_asks_for_a_resync_and_ignores_deltas_until_the_snapshot(
    session: FeedSession, clock: FakeClock, site: SiteBuilder
) -> None:
    send(session, clock, site.snapshot())
    site.next_seq()  # seq 2 is lost on the way
    assert send(session, clock, site.queued("c1", T0)) == [Verdict.SEND_RESYNC]
    # Further deltas, even another gap, are ignored: one resync, one gap.
    site.next_seq()
    assert send(session, clock, site.queued("c2", T0), site.queued("c3", T0)) == [
        Verdict.NOTHING, Verdict.NOTHING]
    health = session.health(clock.monotonic())
    assert (health.gaps, health.resyncs, health.resyncing) == (1, 1, True)
    assert waiting_now(session) == 0
    send(session, clock, site.snapshot(contacts=[
        {"id": "c1", "queue": "h-ar", "state": "waiting", "queued_at": T0}]))
    send(session, clock, site.queued("c4", T0))
    assert waiting_now(session) == 2
    health = session.health(clock.monotonic())
    assert not health.resyncing and health.gaps == 1


def test_the_probe_never_says_live_while_the_figures_wait_for_a_snapshot(
    session: FeedSession, clock: FakeClock, site: SiteBuilder
) -> None:
    send(session, clock, site.snapshot())
    assert feed_document(session.health(clock.monotonic()))["state"] == "live"
    # A gap on the same connection: messages still arrive, the figures are frozen.
    site.next_seq()
    send(session, clock, site.queued("c1", T0), site.heartbeat(T0 + 1))
    document = feed_document(session.health(clock.monotonic()))
    assert (document["state"], document["resyncing"]) == ("stale", True)
    send(session, clock, site.snapshot())
    assert feed_document(session.health(clock.monotonic()))["state"] == "live"
    # A new connection that has sent heartbeats but not yet its snapshot.
    session.disconnected("dropped")
    session.connected(clock.monotonic())
    send(session, clock, site.heartbeat(T0 + 2))
    document = feed_document(session.health(clock.monotonic()))
    assert (document["state"], document["resyncing"]) == ("reconnecting", True)
    send(session, clock, site.snapshot())
    document = feed_document(session.health(clock.monotonic()))
    assert (document["state"], document["resyncing"]) == ("live", False)


@pytest.mark.parametrize(
    "bad",
    [
        b"this is not json",
        b'{"type": "contact.queued", "seq": 2',
        b"[1, 2, 3]",
        b'{"seq": 2, "ts": 1}',
        b'{"type": "heartbeat", "ts": 1}',
        b'{"type": "heartbeat", "seq": "2", "ts": 1}',
        b'{"type": "contact.answered", "seq": 2, "ts": 1, "id": "c1", "agent": "a1", '
        b'"wait_ms": -5}',
        b'{"type": "agent.state", "seq": 2, "ts": 1, "agent": "a1", "state": 7}',
        b'{"type": "heartbeat", "seq": 2, "ts": 1e300}',
        b"\xff\xfe\x00",
    ],
    ids=["not-json", "truncated", "not-an-object", "no-type", "no-seq", "seq-is-a-string",
         "negative-wait", "agent-state-a-number", "absurd-ts", "not-utf8"],
)
def test_a_bad_message_is_counted_and_treated_like_a_gap(
    session: FeedSession, clock: FakeClock, site: SiteBuilder, bad: bytes
) -> None:
    send(session, clock, site.snapshot())
    assert send(session, clock, bad) == [Verdict.SEND_RESYNC]
    health = session.health(clock.monotonic())
    assert (health.bad_messages, health.resyncs, health.gaps) == (1, 1, 0)
    assert health.last_error is not None and health.last_error.startswith("bad message")
    # The next snapshot puts everything right.
    send(session, clock, site.snapshot(), site.queued("c1", T0))
    assert waiting_now(session) == 1


def test_a_bad_reason_never_contains_the_payload(
    session: FeedSession, clock: FakeClock, site: SiteBuilder
) -> None:
    send(session, clock, site.snapshot())
    secret = "citizen-phone-5551234"
    send(session, clock, ('{"type": "contact.queued", "seq": 2, "ts": 1, "contact": {"id": 5, '
                          f'"note": "{secret}"}}').encode())
    assert secret not in (session.last_error or "")


def test_an_unknown_type_is_skipped_without_a_gap(
    session: FeedSession, clock: FakeClock, site: SiteBuilder
) -> None:
    send(session, clock, site.snapshot())
    verdicts = send(session, clock, site.delta("queue.weather", T0, sky="grey"),
                    site.queued("c1", T0))
    assert verdicts == [Verdict.NOTHING, Verdict.NOTHING]
    health = session.health(clock.monotonic())
    assert (health.gaps, health.bad_messages, health.last_seq) == (0, 0, 3)
    assert waiting_now(session) == 1


def test_an_inconsistent_delta_asks_for_a_resync(
    session: FeedSession, clock: FakeClock, site: SiteBuilder
) -> None:
    send(session, clock, site.snapshot())
    assert send(session, clock, site.answered("ghost", T0, 100)) == [Verdict.SEND_RESYNC]
    health = session.health(clock.monotonic())
    assert (health.inconsistent, health.resyncs, health.resyncing) == (1, 1, True)


def test_a_connection_that_does_not_open_with_a_snapshot_asks_for_one(
    session: FeedSession, clock: FakeClock, site: SiteBuilder
) -> None:
    site.next_seq()
    assert send(session, clock, site.heartbeat(T0)) == [Verdict.SEND_RESYNC]
    assert session.health(clock.monotonic()).state is FeedState.CONNECTING


def test_no_snapshot_within_ten_seconds_of_a_resync_reconnects(
    session: FeedSession, clock: FakeClock, site: SiteBuilder
) -> None:
    send(session, clock, site.snapshot())
    send(session, clock, b"garbage")
    clock.advance(9.9)
    send(session, clock, site.heartbeat(T0))  # messages keep coming, but no snapshot
    assert session.tick(clock.monotonic()) is Verdict.NOTHING
    clock.advance(0.2)
    assert session.tick(clock.monotonic()) is Verdict.RECONNECT


def test_silence_makes_the_feed_stale_then_reconnects_and_stays_stale(
    session: FeedSession, clock: FakeClock, site: SiteBuilder
) -> None:
    send(session, clock, site.snapshot())
    clock.advance(14.9)
    assert session.state(clock.monotonic()) is FeedState.LIVE
    clock.advance(0.2)
    assert session.tick(clock.monotonic()) is Verdict.NOTHING
    assert session.state(clock.monotonic()) is FeedState.STALE
    clock.advance(15)
    assert session.tick(clock.monotonic()) is Verdict.RECONNECT
    session.disconnected("silent server")
    assert session.state(clock.monotonic()) is FeedState.RECONNECTING
    session.connected(clock.monotonic())
    # Connected again but nothing arrived: the old figures are still stale.
    assert session.state(clock.monotonic()) is FeedState.STALE
    assert session.tick(clock.monotonic()) is Verdict.NOTHING  # the new connection gets its chance
    fresh = SiteBuilder()
    send(session, clock, fresh.snapshot())
    health = session.health(clock.monotonic())
    assert health.state is FeedState.LIVE
    assert (health.reconnects, health.last_seq) == (1, 1)


def test_pings_are_not_messages_only_frames_refresh_the_feed(
    session: FeedSession, clock: FakeClock, site: SiteBuilder
) -> None:
    send(session, clock, site.snapshot())
    for _ in range(4):
        clock.advance(5)
        send(session, clock, site.heartbeat(T0))
    assert session.state(clock.monotonic()) is FeedState.LIVE
    clock.advance(16)  # a server that answers pings but sends nothing
    assert session.state(clock.monotonic()) is FeedState.STALE


def test_auth_failure_is_terminal_until_a_new_connection(
    session: FeedSession, clock: FakeClock
) -> None:
    session.auth_failed("authentication failed (HTTP 401)")
    assert session.state(clock.monotonic()) is FeedState.AUTH_FAILED
    session.connected(clock.monotonic())
    assert session.state(clock.monotonic()) is FeedState.CONNECTING


def _broken(snapshot: dict[str, Any], agents: int) -> dict[str, Any]:
    snapshot["agents"] = [*snapshot["agents"],
                          *({"id": f"x{i}", "state": None} for i in range(agents))]
    return snapshot


@pytest.mark.parametrize("broken", [1, 3, 25])
def test_a_snapshot_with_broken_elements_is_applied_without_them(
    session: FeedSession, clock: FakeClock, caplog: pytest.LogCaptureFixture, broken: int
) -> None:
    """Not a bad message: the frame is sound, and a resync would bring the same snapshot."""
    site = SiteBuilder()
    with caplog.at_level("WARNING", logger="wallboard.feed"):
        verdicts = send(session, clock, _broken(site.snapshot(), broken),
                        site.queued("c1", T0 + 1000))
    assert verdicts == [Verdict.NOTHING, Verdict.NOTHING]
    health = session.health(clock.monotonic())
    assert (health.bad_messages, health.gaps, health.resyncs) == (0, 0, 0)
    assert health.dropped_elements == broken and health.messages == 2
    assert health.figures_are_live
    figures = session.engine.figures(T0 + 60_000)
    assert figures is not None and sum(figures.site.agents.values()) == 2
    assert waiting_now(session) == 1
    lines = [r.getMessage() for r in caplog.records if "left out" in r.getMessage()]
    assert lines[0].startswith("snapshot at seq 1: agent 'x0' left out: ")
    named = min(broken, 20)
    assert len(lines) == named + (broken > named)  # one line each, the rest summed up


def test_a_snapshot_of_floats_is_as_good_as_one_of_integers(
    session: FeedSession, clock: FakeClock
) -> None:
    site = SiteBuilder()
    snapshot = site.snapshot(counters={"h-ar": {"offered": 4.0, "answered": 2.0,
                                                "wait_ms_answered": 3000.0}})
    snapshot["ts"] = float(snapshot["ts"])
    queued = site.queued("c1", T0 + 500)
    answered = site.answered("c1", T0 + 2000, 1500)
    answered["wait_ms"] = 1500.0
    verdicts = send(session, clock, snapshot, queued, answered)
    assert verdicts == [Verdict.NOTHING] * 3
    assert (session.bad_messages, session.dropped_elements) == (0, 0)
    kpis = session.engine.figures(T0 + 60_000).site  # type: ignore[union-attr]
    assert (kpis.counters.offered, kpis.counters.answered) == (5, 3)
    assert kpis.asa_s == 1.5
