"""Builders for the protocol's delta messages (section "Deltas").

Each returns the message as a dict with ``type`` and ``ts`` and no ``seq``:
the server numbers messages per connection.
"""

from __future__ import annotations

from typing import Any

Message = dict[str, Any]


def contact_queued(ts: int, contact_id: str, queue: str, queued_at: int) -> Message:
    return {"type": "contact.queued", "ts": ts,
            "contact": {"id": contact_id, "queue": queue, "queued_at": queued_at}}


def contact_answered(ts: int, contact_id: str, agent: str, wait_ms: int) -> Message:
    return {"type": "contact.answered", "ts": ts, "id": contact_id, "agent": agent,
            "wait_ms": wait_ms}


def contact_abandoned(ts: int, contact_id: str, wait_ms: int) -> Message:
    return {"type": "contact.abandoned", "ts": ts, "id": contact_id, "wait_ms": wait_ms}


def contact_completed(ts: int, contact_id: str, handle_ms: int, outcome: str) -> Message:
    return {"type": "contact.completed", "ts": ts, "id": contact_id, "handle_ms": handle_ms,
            "outcome": outcome}


def agent_added(ts: int, agent: dict[str, Any]) -> Message:
    return {"type": "agent.added", "ts": ts, "agent": agent}


def agent_state(
    ts: int, agent: str, state: str, reason: str | None, contact: str | None
) -> Message:
    return {"type": "agent.state", "ts": ts, "agent": agent, "state": state, "reason": reason,
            "contact": contact}


def callback_requested(ts: int, callback: dict[str, Any]) -> Message:
    return {"type": "callback.requested", "ts": ts, "callback": dict(callback)}


def callback_completed(ts: int, callback_id: str, outcome: str) -> Message:
    return {"type": "callback.completed", "ts": ts, "id": callback_id, "outcome": outcome}


def case_opened(ts: int, case: dict[str, Any]) -> Message:
    return {"type": "case.opened", "ts": ts, "case": dict(case)}


def case_updated(ts: int, case_id: str, changes: dict[str, Any]) -> Message:
    return {"type": "case.updated", "ts": ts, "id": case_id, **changes}


def case_closed(ts: int, case_id: str) -> Message:
    return {"type": "case.closed", "ts": ts, "id": case_id}


def notice(ts: int, posted: dict[str, Any]) -> Message:
    return {"type": "notice", "ts": ts, "notice": dict(posted)}


def notice_cleared(ts: int, notice_id: str) -> Message:
    return {"type": "notice.cleared", "ts": ts, "id": notice_id}


def heartbeat(ts: int) -> Message:
    return {"type": "heartbeat", "ts": ts}
