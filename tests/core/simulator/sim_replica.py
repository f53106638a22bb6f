"""A client-side copy of the feed's state, built only from the messages.

Tests apply every message the simulator produces to a :class:`Replica` and
compare it with the simulator's own snapshots. It follows the protocol to the
letter and fails loudly on anything a client would call inconsistent.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

COUNTERS = (
    "offered", "answered", "answered_in_sl", "abandoned", "short_abandoned",
    "wait_ms_answered", "completed", "handle_ms", "resolved", "transferred",
    "forwarded", "out_of_scope",
)
OUTCOMES = ("resolved", "transferred", "forwarded", "out_of_scope")
MINUTE = 60_000
HOUR = 60 * MINUTE


def local_ms(timezone: str, *fields: int) -> int:
    """Epoch ms of a local wall-clock time (year, month, day, hour, minute) at a site."""
    year, month, day, hour, minute = fields
    moment = datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(timezone))
    return int(moment.timestamp() * 1000)


class Inconsistent(AssertionError):
    """A delta the state cannot take (section "Order and recovery", rule 4)."""


class Replica:
    """State as a client sees it; start it with a snapshot."""

    def __init__(self, snapshot: dict[str, Any]) -> None:
        self.tz = ZoneInfo(snapshot["site"]["timezone"])
        self.queues: dict[str, dict[str, Any]] = {}
        self.agents: dict[str, dict[str, Any]] = {}
        self.contacts: dict[str, dict[str, Any]] = {}
        self.counters: dict[str, dict[str, int]] = {}
        self.cases: dict[str, dict[str, Any]] = {}
        self.callbacks: dict[str, dict[str, Any]] = {}
        self.notices: dict[str, dict[str, Any]] = {}
        self.day = date.min
        self.ts = 0
        self.apply(snapshot)

    def local_date(self, ts: int) -> date:
        return datetime.fromtimestamp(ts / 1000, self.tz).date()

    def apply(self, m: dict[str, Any]) -> None:
        """Apply one message; raises :class:`Inconsistent` on an unknown id."""
        kind = m["type"]
        if m["ts"] < self.ts:
            raise Inconsistent(f"{kind} goes back in time: {m['ts']} < {self.ts}")
        self.ts = m["ts"]
        if kind == "snapshot":
            self._load(m)
            return
        day = self.local_date(m["ts"])
        if day > self.day:  # section "The business day"
            self.day = day
            self.counters = {}
        getattr(self, "_" + kind.replace(".", "_"))(m)

    def view(self) -> dict[str, Any]:
        """Everything a snapshot says, normalised for comparison."""
        zero = dict.fromkeys(COUNTERS, 0)
        return {
            "agents": self.agents,
            "contacts": self.contacts,
            "counters": {q: {**zero, **self.counters.get(q, {})} for q in self.queues},
            "cases": self.cases,
            "callbacks": self.callbacks,
            "notices": self.notices,
        }

    # --- The snapshot ---------------------------------------------------------------

    def _load(self, s: dict[str, Any]) -> None:
        self.queues = {q["id"]: q for q in s["queues"]}
        self.agents = {a["id"]: dict(a) for a in s["agents"]}
        self.contacts = {c["id"]: dict(c) for c in s["contacts"]}
        self.counters = {q: dict(c) for q, c in s["counters"].items()}
        self.cases = {c["id"]: dict(c) for c in s["cases"]}
        self.callbacks = {c["id"]: dict(c) for c in s["callbacks"]}
        self.notices = {n["id"]: dict(n) for n in s["notices"]}
        self.day = self.local_date(s["ts"])
        for agent in self.agents.values():
            if agent["contact"] is not None and agent["contact"] not in self.contacts:
                raise Inconsistent(f"snapshot agent {agent['id']} on unknown contact")
        for contact in self.contacts.values():
            if contact["queue"] not in self.queues:
                raise Inconsistent(f"snapshot contact {contact['id']} in unknown queue")

    # --- Deltas (section "Deltas") --------------------------------------------------

    def _count(self, queue: str, **changes: int) -> None:
        counters = self.counters.setdefault(queue, dict.fromkeys(COUNTERS, 0))
        for name, value in changes.items():
            counters[name] += value

    def _contact(self, contact_id: str) -> dict[str, Any]:
        if contact_id not in self.contacts:
            raise Inconsistent(f"unknown contact {contact_id}")
        return self.contacts[contact_id]

    def _agent(self, agent_id: str) -> dict[str, Any]:
        if agent_id not in self.agents:
            raise Inconsistent(f"unknown agent {agent_id}")
        return self.agents[agent_id]

    def _contact_queued(self, m: dict[str, Any]) -> None:
        c = m["contact"]
        if c["id"] in self.contacts:
            raise Inconsistent(f"contact {c['id']} queued twice")
        if c["queue"] not in self.queues:
            raise Inconsistent(f"unknown queue {c['queue']}")
        self.contacts[c["id"]] = {"id": c["id"], "queue": c["queue"], "state": "waiting",
                                  "queued_at": c["queued_at"], "agent": None}
        self._count(c["queue"], offered=1)

    def _contact_answered(self, m: dict[str, Any]) -> None:
        c = self._contact(m["id"])
        self._agent(m["agent"])
        if c["state"] != "waiting":
            raise Inconsistent(f"contact {m['id']} answered twice")
        if m["wait_ms"] != m["ts"] - c["queued_at"]:
            raise Inconsistent("wait_ms is not ts - queued_at")
        threshold = self.queues[c["queue"]]["sl_threshold_s"] * 1000
        self._count(c["queue"], answered=1, wait_ms_answered=m["wait_ms"],
                    answered_in_sl=int(m["wait_ms"] <= threshold))
        c["state"] = "connected"
        c["agent"] = m["agent"]

    def _contact_abandoned(self, m: dict[str, Any]) -> None:
        c = self._contact(m["id"])
        if c["state"] != "waiting":
            raise Inconsistent(f"connected contact {m['id']} abandoned")
        if m["wait_ms"] != m["ts"] - c["queued_at"]:
            raise Inconsistent("wait_ms is not ts - queued_at")
        short = self.queues[c["queue"]]["short_abandon_s"] * 1000
        self._count(c["queue"], abandoned=1, short_abandoned=int(m["wait_ms"] < short))
        del self.contacts[m["id"]]

    def _contact_completed(self, m: dict[str, Any]) -> None:
        c = self._contact(m["id"])
        if c["state"] != "connected":
            raise Inconsistent(f"waiting contact {m['id']} completed")
        outcome = {m["outcome"]: 1} if m["outcome"] in OUTCOMES else {}
        self._count(c["queue"], completed=1, handle_ms=m["handle_ms"], **outcome)
        del self.contacts[m["id"]]

    def _agent_added(self, m: dict[str, Any]) -> None:
        self.agents[m["agent"]["id"]] = dict(m["agent"])

    def _agent_state(self, m: dict[str, Any]) -> None:
        agent = self._agent(m["agent"])
        if m["contact"] is not None:
            self._contact(m["contact"])
        agent.update(state=m["state"], reason=m["reason"], contact=m["contact"], since=m["ts"])

    def _callback_requested(self, m: dict[str, Any]) -> None:
        self.callbacks[m["callback"]["id"]] = dict(m["callback"])

    def _callback_completed(self, m: dict[str, Any]) -> None:
        if self.callbacks.pop(m["id"], None) is None:
            raise Inconsistent(f"unknown callback {m['id']}")

    def _case_opened(self, m: dict[str, Any]) -> None:
        self.cases[m["case"]["id"]] = dict(m["case"])

    def _case_updated(self, m: dict[str, Any]) -> None:
        if m["id"] not in self.cases:
            raise Inconsistent(f"unknown case {m['id']}")
        for key in ("status", "department", "due_at"):
            if key in m:
                self.cases[m["id"]][key] = m[key]

    def _case_closed(self, m: dict[str, Any]) -> None:
        if self.cases.pop(m["id"], None) is None:
            raise Inconsistent(f"unknown case {m['id']}")

    def _notice(self, m: dict[str, Any]) -> None:
        self.notices[m["notice"]["id"]] = dict(m["notice"])

    def _notice_cleared(self, m: dict[str, Any]) -> None:
        if self.notices.pop(m["id"], None) is None:
            raise Inconsistent(f"unknown notice {m['id']}")

    def _heartbeat(self, m: dict[str, Any]) -> None:
        pass


def snapshot_view(snapshot: dict[str, Any]) -> dict[str, Any]:
    """The comparable view of a snapshot on its own."""
    return Replica(snapshot).view()
