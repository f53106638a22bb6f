"""Small builders of protocol messages for hand-written tests."""

from __future__ import annotations

import itertools
from typing import Any

import msgspec

# 2025-11-23 08:00 in Qatar (UTC+3): 05:00 UTC.
T0 = 1_763_874_000_000


def frame(message: dict[str, Any]) -> bytes:
    return msgspec.json.encode(message)


class SiteBuilder:
    """A tiny site (one department, two queues, two agents) and its messages.

    ``seq`` numbers follow on by themselves, so a test writes only what matters.
    """

    def __init__(self, timezone: str = "Asia/Qatar") -> None:
        self.timezone = timezone
        self._seq = itertools.count(1)
        self.last_seq = 0

    def next_seq(self) -> int:
        self.last_seq = next(self._seq)
        return self.last_seq

    def snapshot(self, ts: int = T0, **overrides: Any) -> dict[str, Any]:
        body: dict[str, Any] = {
            "type": "snapshot",
            "seq": self.next_seq(),
            "ts": ts,
            "site": {"id": "s1", "name": "Test Centre", "timezone": self.timezone},
            "departments": [
                {"id": "health", "name": "Health"},
                {"id": "urban", "name": "Urban services"},
            ],
            "queues": [
                {"id": "h-ar", "name": "Health (Arabic)", "department": "health",
                 "channel": "voice", "language": "ar", "sl_threshold_s": 20,
                 "sl_target_pct": 80, "short_abandon_s": 5},
                {"id": "h-en-mail", "name": "Health e-mail", "department": "health",
                 "channel": "email", "language": "en", "sl_threshold_s": 3600,
                 "sl_target_pct": 90, "short_abandon_s": 0},
                {"id": "u-fax", "name": "Urban fax", "department": "urban",
                 "channel": "fax", "sl_threshold_s": 86400, "short_abandon_s": 0},
            ],
            "agents": [
                {"id": "a1", "name": "Mariam K.", "departments": ["health"],
                 "languages": ["ar", "en"], "state": "available", "reason": None,
                 "since": ts - 60_000, "contact": None},
                {"id": "a2", "name": "José P.", "departments": ["health", "urban"],
                 "languages": ["en"], "state": "not_ready", "reason": "break",
                 "since": ts - 600_000, "contact": None},
            ],
            "contacts": [],
            "counters": {},
            "cases": [],
            "callbacks": [],
            "notices": [],
        }
        body.update(overrides)
        return body

    def delta(self, kind: str, ts: int, **fields: Any) -> dict[str, Any]:
        return {"type": kind, "seq": self.next_seq(), "ts": ts, **fields}

    def queued(self, contact: str, ts: int, queue: str = "h-ar") -> dict[str, Any]:
        return self.delta("contact.queued", ts,
                          contact={"id": contact, "queue": queue, "queued_at": ts})

    def answered(self, contact: str, ts: int, wait_ms: int, agent: str = "a1") -> dict[str, Any]:
        return self.delta("contact.answered", ts, id=contact, agent=agent, wait_ms=wait_ms)

    def abandoned(self, contact: str, ts: int, wait_ms: int) -> dict[str, Any]:
        return self.delta("contact.abandoned", ts, id=contact, wait_ms=wait_ms)

    def completed(self, contact: str, ts: int, handle_ms: int, outcome: str) -> dict[str, Any]:
        return self.delta("contact.completed", ts, id=contact, handle_ms=handle_ms,
                          outcome=outcome)

    def heartbeat(self, ts: int) -> dict[str, Any]:
        return self.delta("heartbeat", ts)
