"""Reference implementation of the feed protocol's state and KPI rules, for tests.

This module is written from ``feed-protocol.md`` alone and deliberately shares no
code with the wallboard engine. It is naive on purpose: it replays the messages
one by one into plain dicts and then rescans everything to compute each figure,
so that every rule can be checked by reading it next to the protocol document.

Entry point: :func:`reference_figures`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

#: The per-queue counters of a business day, in the order of the protocol.
COUNTER_NAMES: tuple[str, ...] = (
    "offered",
    "answered",
    "answered_in_sl",
    "abandoned",
    "short_abandoned",
    "wait_ms_answered",
    "completed",
    "handle_ms",
    "resolved",
    "transferred",
    "forwarded",
    "out_of_scope",
)

#: The six agent states, all of which appear in every ``agents`` object.
AGENT_STATES: tuple[str, ...] = (
    "available",
    "ringing",
    "on_contact",
    "wrap_up",
    "not_ready",
    "logged_out",
)

#: ``contact.completed`` outcomes that have a counter of their own.
KNOWN_OUTCOMES: tuple[str, ...] = ("resolved", "transferred", "forwarded", "out_of_scope")

#: The selectable service-level rules.
SL_RULES: tuple[str, ...] = ("default", "answered", "offered")


def local_date(ts_ms: int, timezone: str) -> dt.date:
    """The calendar date in ``timezone`` of the epoch-millisecond instant ``ts_ms``."""
    instant = dt.datetime.fromtimestamp(ts_ms / 1000, tz=dt.UTC)
    return instant.astimezone(ZoneInfo(timezone)).date()


def zero_counters() -> dict[str, int]:
    """A fresh set of counters, all zero."""
    return {name: 0 for name in COUNTER_NAMES}


class ReferenceState:
    """Everything the wallboard knows after applying some messages.

    Plain dicts keyed by id, holding copies of the objects from the feed.
    ``counters`` holds the current business day's counters of every configured
    queue; ``business_day`` is the local date they cover.
    """

    def __init__(self) -> None:
        self.timezone: str = "UTC"
        self.departments: list[str] = []
        self.queues: dict[str, dict[str, Any]] = {}
        self.agents: dict[str, dict[str, Any]] = {}
        self.contacts: dict[str, dict[str, Any]] = {}
        self.cases: dict[str, dict[str, Any]] = {}
        self.callbacks: dict[str, dict[str, Any]] = {}
        self.notices: dict[str, dict[str, Any]] = {}
        self.counters: dict[str, dict[str, int]] = {}
        self.business_day: dt.date | None = None

    # -- applying messages ---------------------------------------------------

    def apply(self, message: dict[str, Any]) -> None:
        """Apply one well-formed, consistent server message."""
        kind = message["type"]
        ts = message["ts"]
        if kind == "snapshot":
            self.load_snapshot(message)
            return

        # Any message at all (a heartbeat or an unknown type too) whose ts falls
        # on a later local date closes the day: the counters restart from zero.
        day = local_date(ts, self.timezone)
        if self.business_day is None or day > self.business_day:
            self.business_day = day
            self.counters = {queue_id: zero_counters() for queue_id in self.queues}
        # An event counts on the day of its own ts; one dated before the current
        # business day changes the state but not today's counters.
        counts_today = day == self.business_day

        def count(queue_id: str, name: str, amount: int = 1) -> None:
            if counts_today:
                self.counters[queue_id][name] += amount

        if kind == "contact.queued":
            contact = message["contact"]
            self.contacts[contact["id"]] = {
                "id": contact["id"],
                "queue": contact["queue"],
                "state": "waiting",
                "queued_at": contact["queued_at"],
                "agent": None,
            }
            count(contact["queue"], "offered")
        elif kind == "contact.answered":
            contact = self.contacts[message["id"]]
            queue = self.queues[contact["queue"]]
            wait_ms = message["wait_ms"]
            count(contact["queue"], "answered")
            count(contact["queue"], "wait_ms_answered", wait_ms)
            if wait_ms <= queue["sl_threshold_s"] * 1000:
                count(contact["queue"], "answered_in_sl")
            contact["state"] = "connected"
            contact["agent"] = message["agent"]
        elif kind == "contact.abandoned":
            contact = self.contacts.pop(message["id"])
            queue = self.queues[contact["queue"]]
            wait_ms = message["wait_ms"]
            count(contact["queue"], "abandoned")
            if wait_ms < queue["short_abandon_s"] * 1000:
                count(contact["queue"], "short_abandoned")
        elif kind == "contact.completed":
            contact = self.contacts.pop(message["id"])
            count(contact["queue"], "completed")
            count(contact["queue"], "handle_ms", message["handle_ms"])
            if message["outcome"] in KNOWN_OUTCOMES:
                count(contact["queue"], message["outcome"])
        elif kind == "agent.added":
            agent = dict(message["agent"])
            self.agents[agent["id"]] = agent
        elif kind == "agent.state":
            agent = self.agents[message["agent"]]
            agent["state"] = message["state"]
            agent["reason"] = message.get("reason")
            agent["contact"] = message.get("contact")
            agent["since"] = ts
        elif kind == "callback.requested":
            callback = dict(message["callback"])
            self.callbacks[callback["id"]] = callback
        elif kind == "callback.completed":
            del self.callbacks[message["id"]]
        elif kind == "case.opened":
            case = dict(message["case"])
            self.cases[case["id"]] = case
        elif kind == "case.updated":
            case = self.cases[message["id"]]
            for field in ("status", "department", "due_at"):
                if field in message:
                    case[field] = message[field]
        elif kind == "case.closed":
            del self.cases[message["id"]]
        elif kind == "notice":
            notice = dict(message["notice"])
            self.notices[notice["id"]] = notice
        elif kind == "notice.cleared":
            self.notices.pop(message["id"], None)
        # "heartbeat" and unknown types change nothing else.

    def load_snapshot(self, snapshot: dict[str, Any]) -> None:
        """Replace all state with the contents of a ``snapshot`` message."""
        # Every attribute is assigned below, so nothing of the old state survives.
        self.timezone = snapshot["site"]["timezone"]
        self.departments = [department["id"] for department in snapshot["departments"]]
        self.queues = {queue["id"]: dict(queue) for queue in snapshot["queues"]}
        self.agents = {agent["id"]: dict(agent) for agent in snapshot["agents"]}
        self.contacts = {contact["id"]: dict(contact) for contact in snapshot["contacts"]}
        self.cases = {case["id"]: dict(case) for case in snapshot["cases"]}
        self.callbacks = {callback["id"]: dict(callback) for callback in snapshot["callbacks"]}
        self.notices = {notice["id"]: dict(notice) for notice in snapshot.get("notices", [])}
        # The snapshot's counters cover the local date of its own ts. A queue
        # missing from them (or a counter missing from a queue) is zero.
        self.business_day = local_date(snapshot["ts"], self.timezone)
        given = snapshot.get("counters", {})
        self.counters = {}
        for queue_id in self.queues:
            self.counters[queue_id] = zero_counters()
            for name in COUNTER_NAMES:
                self.counters[queue_id][name] = given.get(queue_id, {}).get(name, 0)


# -- figures -------------------------------------------------------------------


def percent(numerator: int, denominator: int) -> float | None:
    """``numerator / denominator`` as a percentage to one decimal; None if the
    denominator is 0 or less."""
    if denominator <= 0:
        return None
    return round(100 * numerator / denominator, 1)


def seconds_per(total_ms: int, count: int) -> float | None:
    """An average of milliseconds as seconds to one decimal; None if count <= 0."""
    if count <= 0:
        return None
    return round(total_ms / (1000 * count), 1)


def queue_language(queue: dict[str, Any]) -> str | None:
    """The queue's language, or None when it has none (key absent, null or empty)."""
    return queue.get("language") or None


def kpis(
    state: ReferenceState,
    queue_ids: list[str],
    agent_ids: list[str],
    now_ms: int,
    sl_rule: str,
) -> dict[str, Any]:
    """The KPIS object of a group made of ``queue_ids`` and ``agent_ids``."""
    total = zero_counters()
    for queue_id in queue_ids:
        for name in COUNTER_NAMES:
            total[name] += state.counters[queue_id][name]

    if sl_rule == "default":
        sl_denominator = total["answered"] + total["abandoned"] - total["short_abandoned"]
    elif sl_rule == "answered":
        sl_denominator = total["answered"]
    elif sl_rule == "offered":
        sl_denominator = total["answered"] + total["abandoned"]
    else:
        raise ValueError(f"unknown service-level rule {sl_rule!r}")

    waiting = [
        contact
        for contact in state.contacts.values()
        if contact["queue"] in queue_ids and contact["state"] == "waiting"
    ]
    if waiting:
        longest_wait_s = round(max(now_ms - contact["queued_at"] for contact in waiting) / 1000, 1)
    else:
        longest_wait_s = None

    # The six states always; a state the protocol does not define under its own
    # name, only while some agent is in it.
    agents = {agent_state: 0 for agent_state in AGENT_STATES}
    for agent_id in agent_ids:
        agent_state = state.agents[agent_id]["state"]
        agents[agent_state] = agents.get(agent_state, 0) + 1
    busy = agents["ringing"] + agents["on_contact"] + agents["wrap_up"]
    # Occupancy's denominator: the logged-in agents except not_ready. An agent in a
    # state the protocol does not define is logged in and not not_ready.
    floor = sum(agents.values()) - agents["logged_out"] - agents["not_ready"]

    return {
        "offered": total["offered"],
        "answered": total["answered"],
        "abandoned": total["abandoned"],
        "short_abandoned": total["short_abandoned"],
        "service_level_pct": percent(total["answered_in_sl"], sl_denominator),
        "abandon_rate_pct": percent(
            total["abandoned"] - total["short_abandoned"],
            total["offered"] - total["short_abandoned"],
        ),
        "asa_s": seconds_per(total["wait_ms_answered"], total["answered"]),
        "aht_s": seconds_per(total["handle_ms"], total["completed"]),
        "fcr_pct": percent(total["resolved"], total["completed"]),
        "out_of_scope_pct": percent(total["out_of_scope"], total["completed"]),
        "waiting": len(waiting),
        "longest_wait_s": longest_wait_s,
        "occupancy_pct": percent(busy, floor),
        "agents": agents,
    }


def backlog(state: ReferenceState, department_id: str, now_ms: int) -> dict[str, Any]:
    """The BACKLOG object of one department."""
    queue_ids = [
        queue_id for queue_id, queue in state.queues.items() if queue["department"] == department_id
    ]
    cases = [case for case in state.cases.values() if case["department"] == department_id]
    callbacks = [
        callback for callback in state.callbacks.values() if callback["queue"] in queue_ids
    ]
    waiting = [
        contact
        for contact in state.contacts.values()
        if contact["queue"] in queue_ids and contact["state"] == "waiting"
    ]
    if cases:
        oldest_case_age_s = round((now_ms - min(case["opened_at"] for case in cases)) / 1000, 1)
    else:
        oldest_case_age_s = None
    return {
        "open_cases": len(cases),
        "overdue_cases": len([case for case in cases if case["due_at"] < now_ms]),
        "oldest_case_age_s": oldest_case_age_s,
        "callbacks_pending": len(callbacks),
        "callbacks_overdue": len([cb for cb in callbacks if cb["due_at"] < now_ms]),
        "backlog": len(waiting) + len(cases) + len(callbacks),
    }


def agents_of_department(state: ReferenceState, department_id: str) -> list[str]:
    """A department's agents: those whose ``departments`` include it."""
    return [
        agent_id
        for agent_id, agent in state.agents.items()
        if department_id in agent.get("departments", [])
    ]


def agents_of_language(state: ReferenceState, language: str) -> list[str]:
    """A language's agents: those whose ``languages`` include it."""
    return [
        agent_id
        for agent_id, agent in state.agents.items()
        if language in agent.get("languages", [])
    ]


def agents_of_queue(state: ReferenceState, queue_id: str) -> list[str]:
    """A queue's agents: those of its department who, when it has a language, speak it."""
    queue = state.queues[queue_id]
    language = queue_language(queue)
    return [
        agent_id
        for agent_id in agents_of_department(state, queue["department"])
        if language is None or language in state.agents[agent_id].get("languages", [])
    ]


def figures(state: ReferenceState, now_ms: int, sl_rule: str = "default") -> dict[str, Any]:
    """The probe JSON (without ``feed``) for a state at wall-clock ``now_ms``."""
    result: dict[str, Any] = {
        "site": kpis(state, list(state.queues), list(state.agents), now_ms, sl_rule),
        "departments": {},
        "queues": {},
        "channels": {},
        "languages": {},
    }

    # The declared departments, then those that only the work names (the
    # protocol's example has a case of an undeclared department): shown by id.
    named_by_work = [q["department"] for q in state.queues.values()]
    named_by_work += [case["department"] for case in state.cases.values()]
    shown = list(state.departments)
    shown += [d for d in dict.fromkeys(named_by_work) if d not in shown]
    for department_id in shown:
        queue_ids = [q for q in state.queues if state.queues[q]["department"] == department_id]
        agent_ids = agents_of_department(state, department_id)
        department = kpis(state, queue_ids, agent_ids, now_ms, sl_rule)
        department.update(backlog(state, department_id, now_ms))
        result["departments"][department_id] = department

    for queue_id in state.queues:
        agent_ids = agents_of_queue(state, queue_id)
        result["queues"][queue_id] = kpis(state, [queue_id], agent_ids, now_ms, sl_rule)

    # A queue without a channel is in no channel group.
    channels = {queue.get("channel") for queue in state.queues.values()} - {None, ""}
    for channel in sorted(channels):  # type: ignore[type-var]
        queue_ids = [q for q in state.queues if state.queues[q].get("channel") == channel]
        agent_ids = []
        for queue_id in queue_ids:
            for agent_id in agents_of_queue(state, queue_id):
                if agent_id not in agent_ids:  # each agent once
                    agent_ids.append(agent_id)
        result["channels"][channel] = kpis(state, queue_ids, agent_ids, now_ms, sl_rule)

    languages = {queue["language"] for queue in state.queues.values() if queue_language(queue)}
    for language in sorted(languages):
        queue_ids = [q for q in state.queues if queue_language(state.queues[q]) == language]
        agent_ids = agents_of_language(state, language)
        result["languages"][language] = kpis(state, queue_ids, agent_ids, now_ms, sl_rule)

    return result


def replay(messages: list[dict[str, Any]]) -> ReferenceState:
    """Apply ``messages`` (one connection, starting with a snapshot) in order."""
    if not messages or messages[0]["type"] != "snapshot":
        raise ValueError("a connection's messages start with a snapshot")
    state = ReferenceState()
    for message in messages:
        state.apply(message)
    return state


def reference_figures(
    messages: list[dict[str, Any]], now_ms: int, sl_rule: str = "default"
) -> dict[str, Any]:
    """The figures the wallboard must show after ``messages``, at wall clock ``now_ms``.

    ``messages`` are the server messages of one connection, in order, starting
    with a snapshot, with no gaps and no bad messages. ``sl_rule`` is one of
    ``"default"`` (answered_in_sl / (answered + abandoned - short_abandoned)),
    ``"answered"`` (answered_in_sl / answered) and ``"offered"``
    (answered_in_sl / (answered + abandoned)).

    Returns the probe JSON without its ``feed`` key: ``site``, ``departments``
    (KPIS and BACKLOG), ``queues``, ``channels`` and ``languages`` (KPIS), with
    None where the wall shows "—".
    """
    return figures(replay(messages), now_ms, sl_rule)
