"""The fuzz target: frames from a feed through decoder, session, engine and wall description.

One input is a stream of frames separated by :data:`SEPARATOR` (a byte that
valid JSON never holds outside a string escape). Each frame goes to a
:class:`~wallboard.feed.FeedSession` as the transport would hand it over;
every few frames the figures are read and described for the wall, as the UI
thread does. Anything that raises is a finding, and so is a broken invariant:
a count below zero, or a frame the decoder calls bad that the session does
not count.

:func:`follow` is the harness. It needs no atheris: the tests run it on the
seed corpus (:func:`write_seeds`, made from the built-in simulator) so the
target cannot rot, and ``make fuzz`` runs it under atheris
(:mod:`fuzz.fuzz_feed`).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import msgspec

from wallboard.engine import Engine, SiteFigures
from wallboard.feed import FeedSession, FeedState
from wallboard.present.history import History
from wallboard.present.wall import wall_view
from wallboard.protocol import BadMessage, decode
from wallboard.simulator.model import CentreModel

#: Between two frames of one input: ASCII record separator, never raw inside JSON.
SEPARATOR = b"\x1e"
#: Read the figures after this many frames, and after the last.
READ_EVERY = 8
#: 2025-11-24 23:50 in Qatar (the scenarios' zone): a local midnight comes soon.
SEED_START_MS = 1_764_017_400_000


def split(data: bytes) -> list[bytes]:
    return data.split(SEPARATOR)


def follow(data: bytes) -> None:
    """One fuzz input. Raises only on a finding."""
    session = FeedSession(Engine(), stale_after_s=15.0)
    history = History(every_s=1)
    session.connected(0.0)
    mono = 0.0
    frames = split(data)
    for i, frame in enumerate(frames):
        bad_before = session.bad_messages
        session.receive(frame, mono)
        if isinstance(decode(frame), BadMessage):
            assert session.bad_messages == bad_before + 1, "a bad frame went uncounted"
        mono += 0.5
        session.tick(mono)
        if i % READ_EVERY == READ_EVERY - 1 or i == len(frames) - 1:
            _read(session, mono, history)
    session.disconnected("end of input")
    _read(session, mono + 40.0, history)


def _read(session: FeedSession, mono: float, history: History) -> None:
    """What the UI thread does four times a second, and the invariants of what it reads."""
    health = session.health(mono)
    assert health.state in FeedState
    assert min(health.messages, health.gaps, health.bad_messages, health.resyncs,
               health.inconsistent) >= 0
    engine = session.engine
    if engine.business_day is None:
        return
    assert engine._day is not None  # the fuzz target may look inside
    for now in (engine._day.start_ms, engine._day.end_ms - 1):
        figures = engine.figures(now)
        assert figures is not None
        _check(figures)
        history.record(figures)
        wall_view(figures, health, now_ms=now, url="ws://fuzz", history=history)


def _check(figures: SiteFigures) -> None:
    groups = [figures.site, *(d.kpis for d in figures.departments.values()),
              *(q.kpis for q in figures.queues.values()), *figures.channels.values(),
              *figures.languages.values()]
    for group in groups:
        assert group.waiting >= 0, "negative waiting"
        assert min(group.agents.values()) >= 0, "negative agent count"
        assert min(msgspec.structs.astuple(group.counters)) >= 0, "negative counter"
    for department in figures.departments.values():
        backlog = department.backlog
        assert min(backlog.open_cases, backlog.overdue_cases, backlog.callbacks_pending,
                   backlog.callbacks_overdue) >= 0, "negative backlog"


# --- The seed corpus -----------------------------------------------------------------------


def simulated_stream(scenario: str, seed: int, minutes: int,
                     start_ms: int = SEED_START_MS) -> list[bytes]:
    """One connection's frames from the built-in simulator: a snapshot, then deltas."""
    model = CentreModel(scenario, seed, start_ms)
    messages = [model.snapshot()]
    for minute in range(1, minutes + 1):
        messages += model.advance(start_ms + minute * 60_000)
    return [msgspec.json.encode({"type": m["type"], "seq": seq, **m})
            for seq, m in enumerate(messages, start=1)]


def tiny_stream() -> list[bytes]:
    """The protocol document's example site, with a few deltas: small inputs mutate fast."""
    ts = SEED_START_MS
    messages = [
        {"type": "snapshot", "seq": 1, "ts": ts,
         "site": {"id": "gcc-109", "name": "Centre 109", "timezone": "Asia/Qatar"},
         "departments": [{"id": "health", "name": "Health"}],
         "queues": [{"id": "h-ar", "name": "Health (Arabic)", "department": "health",
                     "channel": "voice", "language": "ar", "sl_threshold_s": 20,
                     "sl_target_pct": 80, "short_abandon_s": 5}],
         "agents": [{"id": "a17", "name": "Mariam K.", "departments": ["health"],
                     "languages": ["ar", "en"], "state": "on_contact", "reason": None,
                     "since": ts - 100_000, "contact": "c1"}],
         "contacts": [{"id": "c1", "queue": "h-ar", "state": "connected",
                       "queued_at": ts - 110_000, "agent": "a17"}],
         "counters": {"h-ar": {"offered": 3, "answered": 2, "answered_in_sl": 1}},
         "cases": [{"id": "k1", "department": "health", "status": "open",
                    "opened_at": ts - 86_400_000, "due_at": ts + 3_600_000}],
         "callbacks": [{"id": "cb1", "queue": "h-ar", "requested_at": ts, "due_at": ts}],
         "notices": [{"id": "n1", "text": "Storm", "severity": "warning", "until": ts + 1}]},
        {"type": "contact.queued", "seq": 2, "ts": ts + 1,
         "contact": {"id": "c2", "queue": "h-ar", "queued_at": ts + 1}},
        {"type": "contact.completed", "seq": 3, "ts": ts + 2, "id": "c1", "handle_ms": 5,
         "outcome": "resolved"},
        {"type": "agent.state", "seq": 4, "ts": ts + 3, "agent": "a17", "state": "ringing",
         "reason": None, "contact": "c2"},
        {"type": "contact.answered", "seq": 5, "ts": ts + 4, "id": "c2", "agent": "a17",
         "wait_ms": 3},
        {"type": "case.updated", "seq": 6, "ts": ts + 5, "id": "k1", "department": "urban"},
        {"type": "callback.completed", "seq": 7, "ts": ts + 6, "id": "cb1"},
        {"type": "heartbeat", "seq": 8, "ts": ts + 600_000},
    ]
    return [msgspec.json.encode(m) for m in messages]


def seeds() -> Iterator[tuple[str, bytes]]:
    """Named seed inputs: whole simulated streams, and damaged ones to start from."""
    yield "tiny-over-midnight", SEPARATOR.join(tiny_stream())
    night = simulated_stream("night", 1, 20)
    yield "night-20-minutes-over-midnight", SEPARATOR.join(night)
    yield "night-snapshot-only", night[0]
    yield "night-an-hour-another-seed", SEPARATOR.join(simulated_stream("night", 2, 60))
    rng = random.Random(7)
    deltas = night[1:]
    for n in range(6):
        frames = [night[0], *rng.sample(deltas, min(len(deltas), 12))]  # out of order, gaps
        i = rng.randrange(len(frames))
        frames[i] = frames[i][: rng.randrange(1, len(frames[i]))]  # one truncated
        yield f"night-shuffled-{n}", SEPARATOR.join(frames)
    yield "empty", b""


def write_seeds(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in seeds():
        path = directory / name
        path.write_bytes(data)
        written.append(path)
    return written
