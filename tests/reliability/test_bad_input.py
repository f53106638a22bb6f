"""Damaged feeds, generated: the session counts, logs and repairs every kind of damage.

Valid streams from ``tests/strategies.py`` are broken on purpose
(``tests/reliability/damage.py``) and handed frame by frame to the sans-I/O
:class:`~wallboard.feed.FeedSession` and its engine, as the transport would.
For every case: nothing escapes, the damage is counted and logged with a
reason (never the payload), a resync is asked for exactly where the protocol
says so, and once the server's next good snapshot has arrived the figures are
those of the clean stream.
"""

from __future__ import annotations

import copy
import logging
from typing import Any

import pytest
from hypothesis import assume, event, given, settings
from hypothesis import strategies as st

from tests.builders import T0, SiteBuilder, frame
from tests.reliability.damage import (
    KINDS,
    OVERSIZE_FRAME,
    DamagedStream,
    Effect,
    damaged_streams,
    many_damages,
)
from tests.reliability.truth import FUZZ, assert_equals_truth
from tests.strategies import site_streams
from wallboard.engine import Engine
from wallboard.feed import FeedSession, FeedState, Verdict

#: A log line about a damaged frame is a reason, never the frame.
LONGEST_LOG_LINE = 400

#: What each effect adds to the session's counters: bad_messages, gaps, inconsistent, resyncs.
COUNTED = {
    Effect.BAD: (1, 0, 0, 1),
    Effect.GAP: (0, 1, 0, 1),
    Effect.INCONSISTENT: (0, 1, 1, 1),
    Effect.SKIPPED: (0, 0, 0, 0),
    Effect.HARMLESS: (0, 0, 0, 0),
    Effect.DROPPED: (0, 0, 0, 0),
}
#: The start of the log line each effect must leave (logger ``wallboard.feed.session``).
LOGGED = {
    Effect.BAD: (logging.WARNING, "bad message"),
    Effect.GAP: (logging.WARNING, "sequence gap: expected"),
    Effect.INCONSISTENT: (logging.WARNING, "inconsistent delta at seq"),
    Effect.SKIPPED: (logging.INFO, "skipping messages of unknown type"),
    Effect.DROPPED: (logging.WARNING, "snapshot at seq"),
}


def follow(frames: list[bytes]) -> tuple[FeedSession, list[Verdict]]:
    session = FeedSession(Engine())
    session.connected(0.0)
    return session, [session.receive(f, 0.0) for f in frames]


def feed_log(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name.startswith("wallboard.feed")]


def check(case: DamagedStream, later_s: int, caplog: pytest.LogCaptureFixture) -> None:
    """Follow the damaged frames; check the counters, the log and the final figures."""
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="wallboard"):
        session, verdicts = follow(case.frames)

    resync_due = COUNTED[case.effect][3]
    expected = [Verdict.NOTHING] * len(case.frames)
    if resync_due:
        expected[case.damaged_at] = Verdict.SEND_RESYNC
    assert verdicts == expected
    health = session.health(0.0)
    assert (health.bad_messages, health.gaps, health.inconsistent,
            health.resyncs) == COUNTED[case.effect]
    assert health.dropped_elements == (case.effect is Effect.DROPPED)
    assert health.state is FeedState.LIVE and not health.resyncing

    records = feed_log(caplog)
    assert all(len(r.getMessage()) <= LONGEST_LOG_LINE for r in records)
    if case.effect in LOGGED:
        level, start = LOGGED[case.effect]
        reasons = [r.getMessage() for r in records
                   if r.levelno == level and r.getMessage().startswith(start)]
        if case.effect is Effect.SKIPPED:  # once per unknown type; the stream may have its own
            assert reasons and len(set(reasons)) == len(reasons), reasons
        else:
            assert len(reasons) == 1, [r.getMessage() for r in records]
        assert reasons[0][len(start):].strip(" :("), reasons[0]  # a reason follows
        if case.effect is not Effect.SKIPPED:
            assert session.last_error and session.last_error.split(":")[0] in reasons[0]
    else:
        assert not [r for r in records if r.levelno >= logging.WARNING]

    assert_equals_truth(session.engine, case.clean, case.clean[-1]["ts"] + later_s * 1000)


@FUZZ
@given(case=damaged_streams(), later_s=st.integers(0, 3600))
def test_every_damage_is_counted_logged_and_repaired_by_the_next_snapshot(
    case: DamagedStream, later_s: int, caplog: pytest.LogCaptureFixture
) -> None:
    event(case.kind)
    check(case, later_s, caplog)


@pytest.mark.parametrize("kind", list(KINDS))
@settings(FUZZ, max_examples=max(5, FUZZ.max_examples // 15))
@given(data=st.data())
def test_each_kind_of_damage(
    kind: str, data: st.DataObject, caplog: pytest.LogCaptureFixture
) -> None:
    """The same, a few times for every kind, so that none is left to chance."""
    check(data.draw(damaged_streams(kinds=(kind,))), data.draw(st.integers(0, 3600)), caplog)


@FUZZ
@given(damaged=many_damages(), later_s=st.integers(0, 3600))
def test_a_burst_of_damage_asks_once_and_the_snapshot_repairs_all(
    damaged: tuple[list[dict[str, Any]], list[bytes], int], later_s: int
) -> None:
    clean, frames, bad = damaged
    session, verdicts = follow(frames)
    health = session.health(0.0)
    assert health.bad_messages == bad
    # At most one request per spell without a snapshot (a repeated snapshot ends a spell).
    assert verdicts.count(Verdict.SEND_RESYNC) == health.resyncs
    assert health.resyncs <= health.bad_messages + health.gaps
    assert (health.resyncs > 0) == (health.bad_messages + health.gaps > 0)
    assert not health.resyncing and health.state is FeedState.LIVE
    assert_equals_truth(session.engine, clean, clean[-1]["ts"] + later_s * 1000)


@FUZZ
@given(first=site_streams(max_deltas=40), second=site_streams(max_deltas=40),
       later_s=st.integers(0, 3600))
def test_a_snapshot_of_another_site_replaces_everything(
    first: list[dict[str, Any]], second: list[dict[str, Any]], later_s: int
) -> None:
    """Section "Order and recovery", rule 3: other queues, departments, agents, a new day."""
    follows_on = [{**m, "seq": first[-1]["seq"] + 1 + i} for i, m in enumerate(second)]
    session, verdicts = follow([frame(m) for m in [*first, *follows_on]])
    assert set(verdicts) == {Verdict.NOTHING}
    assert (session.gaps, session.bad_messages, session.inconsistent) == (0, 0, 0)
    now = second[-1]["ts"] + later_s * 1000
    assert_equals_truth(session.engine, second, now)
    figures = session.engine.figures(now)
    assert figures is not None
    # Every snapshot of a generated stream has the same queues and departments.
    assert set(figures.queues) == {q["id"] for q in second[0]["queues"]}
    assert set(figures.departments) == {d["id"] for d in second[0]["departments"]}


@FUZZ
@given(stream=site_streams(max_deltas=60), data=st.data())
def test_a_snapshot_that_lists_an_id_twice_counts_it_once(
    stream: list[dict[str, Any]], data: st.DataObject, caplog: pytest.LogCaptureFixture
) -> None:
    """Regression: each copy was counted, and one stayed behind when the item went.

    Ids are unique within their kind (section "Snapshot"); a snapshot that
    breaks this is taken as a dict would take it: the last copy counts.
    """
    first = copy.deepcopy(stream[0])
    kinds = [k for k in ("contacts", "cases", "callbacks") if first[k]]
    assume(kinds)
    doubled = 0
    for kind in data.draw(st.lists(st.sampled_from(kinds), min_size=1, max_size=3, unique=True)):
        item = data.draw(st.sampled_from(first[kind]))
        earlier = copy.deepcopy(item)  # an earlier copy that says something else
        for field in ("queued_at", "opened_at", "requested_at", "due_at"):
            if isinstance(earlier.get(field), int):
                earlier[field] -= 3_600_000
        first[kind].insert(0, earlier)
        doubled += 1
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="wallboard.engine"):
        session, verdicts = follow([frame(first), *(frame(m) for m in stream[1:])])
    assert set(verdicts) == {Verdict.NOTHING}
    said = [r.getMessage() for r in caplog.records if "twice" in r.getMessage()]
    assert len(said) >= doubled, said
    assert_equals_truth(session.engine, stream, stream[-1]["ts"] + 60_000)


def test_an_oversize_frame_is_refused_before_it_is_parsed(
    caplog: pytest.LogCaptureFixture,
) -> None:
    site = SiteBuilder()
    session, verdicts = follow([frame(site.snapshot()), OVERSIZE_FRAME,
                                frame(site.snapshot()), frame(site.queued("c1", T0))])
    assert verdicts == [Verdict.NOTHING, Verdict.SEND_RESYNC, Verdict.NOTHING, Verdict.NOTHING]
    assert session.bad_messages == 1 and "16 MiB" in (session.last_error or "")
    assert all(len(r.getMessage()) <= LONGEST_LOG_LINE for r in caplog.records)


@pytest.mark.parametrize(
    ("field", "value"),
    [("ts", 253_402_300_799_999), ("ts", 253_402_214_400_000), ("wait_ms", 10**400),
     ("wait_ms", 2**53)],
    ids=["ts-on-the-last-representable-day", "ts-on-9999-12-31", "wait-of-400-digits",
         "wait-just-over-2**53"],
)
def test_numbers_the_calendar_or_a_float_cannot_hold_are_bad_messages(
    field: str, value: int
) -> None:
    """Regression: these were accepted, then raised OverflowError in the engine.

    A heartbeat on 9999-12-31 made the business day ask for a 10000-01-01
    midnight; a 400-digit wait made every later reading of the figures fail.
    """
    site = SiteBuilder()
    message: dict[str, Any] = (site.heartbeat(value) if field == "ts" else
                               site.abandoned("c1", T0, value))
    session, verdicts = follow([frame(site.snapshot(contacts=[
        {"id": "c1", "queue": "h-ar", "state": "waiting", "queued_at": T0}])), frame(message)])
    assert verdicts == [Verdict.NOTHING, Verdict.SEND_RESYNC]
    assert session.bad_messages == 1
    figures = session.engine.figures(T0)
    assert figures is not None and figures.site.waiting == 1
