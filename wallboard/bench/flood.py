"""A large site and a flood of realistic events, for benchmarks.

The stream is consistent (every delta names what exists) so the engine does
its full work on every event; it is generated once, encoded, and then
replayed, so the measurement covers decoding and applying only.
"""

from __future__ import annotations

import random
from collections import deque
from dataclasses import dataclass
from typing import Any

import msgspec

CHANNELS = ("voice", "chat", "sms", "email", "web", "app", "social", "fax")
LANGUAGES = ("ar", "en", "ur", "hi", "ml", "tl", "fr", "bn")
OUTCOMES = ("resolved",) * 18 + ("transferred", "forwarded", "out_of_scope")
REASONS = ("break", "lunch", "training", "meeting")
# 2025-11-24 08:00 in Qatar.
START_MS = 1_763_960_400_000


@dataclass(frozen=True)
class Flood:
    snapshot: bytes
    frames: list[bytes]


def build(
    *, agents: int = 1000, departments: int = 20, queues: int = 200, cases: int = 5000,
    events: int = 200_000, seed: int = 7,
) -> Flood:
    rng = random.Random(seed)
    depts = [f"dept-{i:02d}" for i in range(departments)]
    queue_rows = []
    for i in range(queues):
        channel = CHANNELS[i % len(CHANNELS)]
        language = LANGUAGES[(i // len(CHANNELS)) % len(LANGUAGES)]
        threshold = 20 if channel in ("voice", "chat") else 3600
        queue_rows.append({
            "id": f"q{i:03d}", "name": f"Queue {i}", "department": depts[i % departments],
            "channel": channel, "language": language, "sl_threshold_s": threshold,
            "sl_target_pct": 80, "short_abandon_s": 5,
        })
    agent_ids = [f"a{i:04d}" for i in range(agents)]
    agent_rows = [{
        "id": a, "name": f"Agent {i}", "departments": rng.sample(depts, 2),
        "languages": rng.sample(LANGUAGES, 2), "state": "available", "reason": None,
        "since": START_MS - 3_600_000, "contact": None,
    } for i, a in enumerate(agent_ids)]
    case_ids = [f"k{i:05d}" for i in range(cases)]
    case_rows = [{
        "id": k, "department": rng.choice(depts), "channel": "app", "category": "road obstruction",
        "status": "open", "opened_at": START_MS - rng.randrange(1, 20) * 86_400_000,
        "due_at": START_MS + rng.randrange(-5, 10) * 86_400_000,
    } for k in case_ids]
    snapshot = {
        "type": "snapshot", "seq": 1, "ts": START_MS,
        "site": {"id": "bench", "name": "Benchmark Centre", "timezone": "Asia/Qatar"},
        "departments": [{"id": d, "name": d.title()} for d in depts],
        "queues": queue_rows, "agents": agent_rows, "contacts": [], "counters": {},
        "cases": case_rows, "callbacks": [], "notices": [],
    }

    encode = msgspec.json.encode
    frames: list[bytes] = []
    seq, ts = 1, START_MS
    waiting: deque[tuple[str, int]] = deque()
    connected: list[tuple[str, str]] = []
    callbacks: list[str] = []
    open_cases = list(case_ids)
    next_contact = next_case = next_callback = 0

    def emit(kind: str, **fields: Any) -> None:
        nonlocal seq, ts
        seq += 1
        ts += rng.randrange(1, 20)
        frames.append(encode({"type": kind, "seq": seq, "ts": ts, **fields}))

    while len(frames) < events:
        r = rng.random()
        if r < 0.16 or (not waiting and r < 0.45):
            next_contact += 1
            cid = f"c{next_contact}"
            emit("contact.queued", contact={"id": cid, "queue": rng.choice(queue_rows)["id"],
                                            "queued_at": ts})
            waiting.append((cid, ts))
        elif r < 0.30 and waiting:
            cid, queued_at = waiting.popleft()
            agent = rng.choice(agent_ids)
            emit("contact.answered", id=cid, agent=agent, wait_ms=max(0, ts - queued_at))
            emit("agent.state", agent=agent, state="on_contact", reason=None, contact=cid)
            connected.append((cid, agent))
        elif r < 0.32 and waiting:
            cid, queued_at = waiting.popleft()
            emit("contact.abandoned", id=cid, wait_ms=max(0, ts - queued_at))
        elif r < 0.45 and connected:
            cid, agent = connected.pop(rng.randrange(len(connected)))
            emit("agent.state", agent=agent, state="wrap_up", reason=None, contact=cid)
            emit("contact.completed", id=cid, handle_ms=rng.randrange(60_000, 1_200_000),
                 outcome=rng.choice(OUTCOMES))
        elif r < 0.85:
            state = rng.choice(("available", "available", "ringing", "not_ready", "wrap_up"))
            emit("agent.state", agent=rng.choice(agent_ids), state=state,
                 reason=rng.choice(REASONS) if state == "not_ready" else None, contact=None)
        elif r < 0.89:
            next_case += 1
            kid = f"n{next_case}"
            emit("case.opened", case={"id": kid, "department": rng.choice(depts),
                                      "channel": "voice", "category": "complaint",
                                      "status": "open", "opened_at": ts,
                                      "due_at": ts + 5 * 86_400_000})
            open_cases.append(kid)
        elif r < 0.92 and open_cases:
            emit("case.updated", id=rng.choice(open_cases), status="in_progress")
        elif r < 0.94 and open_cases:
            emit("case.closed", id=open_cases.pop(rng.randrange(len(open_cases))))
        elif r < 0.96:
            next_callback += 1
            bid = f"cb{next_callback}"
            emit("callback.requested", callback={"id": bid, "queue": rng.choice(queue_rows)["id"],
                                                 "requested_at": ts, "due_at": ts + 3_600_000})
            callbacks.append(bid)
        elif r < 0.98 and callbacks:
            emit("callback.completed", id=callbacks.pop(0), outcome="reached")
        else:
            emit("heartbeat")
    return Flood(encode(snapshot), frames[:events])
