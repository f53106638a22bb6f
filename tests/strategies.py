"""Hypothesis strategies that generate valid feed streams, written from the protocol.

:func:`site_streams` draws the messages of one connection: a snapshot of a small
random site followed by deltas that are each valid against the state so far
(they only name ids that exist, contacts are answered only while waiting, and
so on), with ``seq`` increasing by exactly 1 and ``ts`` never decreasing.

:func:`snapshot_of` folds such a stream into the single snapshot a server would
send at the end of it, so a test can check that applying the events one by one
gives the same figures as loading that snapshot.

Neither function shares code with the wallboard engine or with
``tests/reference.py``: the replay in :func:`snapshot_of` is a second, separate
reading of the protocol.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

TIMEZONES: tuple[str, ...] = (
    "Asia/Qatar",
    "Europe/Amsterdam",
    "America/New_York",
    "Australia/Lord_Howe",
    "UTC",
)

#: Days whose following local midnight the streams start near: ordinary days, the
#: eves of daylight-saving changes in the zones above, a year end and a leap day.
BASE_DATES: tuple[dt.date, ...] = (
    dt.date(2025, 11, 23),
    dt.date(2025, 3, 29),  # Europe/Amsterdam springs forward on the 30th
    dt.date(2025, 10, 25),  # Europe/Amsterdam falls back on the 26th
    dt.date(2025, 3, 8),  # America/New_York springs forward on the 9th
    dt.date(2025, 11, 1),  # America/New_York falls back on the 2nd
    dt.date(2025, 4, 5),  # Australia/Lord_Howe ends half-hour DST on the 6th
    dt.date(2025, 10, 4),  # Australia/Lord_Howe starts half-hour DST on the 5th
    dt.date(2024, 12, 31),
    dt.date(2024, 2, 28),
)

#: The documented channels plus one the wallboard does not know ("shown as given").
CHANNELS: tuple[str, ...] = (
    "voice",
    "sms",
    "email",
    "web",
    "app",
    "social",
    "chat",
    "fax",
    "kiosk",
)
LANGUAGES: tuple[str, ...] = ("ar", "en", "fr", "zh-Hant")
DEPARTMENT_NAMES: tuple[str, ...] = ("Health", "Urban Services", "Taxes")
AGENT_STATES: tuple[str, ...] = (
    "available",
    "ringing",
    "on_contact",
    "wrap_up",
    "not_ready",
    "logged_out",
)
NOT_READY_REASONS: tuple[str, ...] = ("break", "lunch", "training", "meeting")
CASE_STATUSES: tuple[str, ...] = ("open", "in_progress", "awaiting_citizen")
CASE_CATEGORIES: tuple[str, ...] = ("road obstruction", "missed collection", "permit renewal")
#: The four documented outcomes and two that a newer server might send.
OUTCOMES: tuple[str, ...] = (
    "resolved",
    "transferred",
    "forwarded",
    "out_of_scope",
    "escalated",
    "",
)
CALLBACK_OUTCOMES: tuple[str, ...] = ("reached", "no_answer", "cancelled")
SEVERITIES: tuple[str, ...] = ("info", "warning", "critical")
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

MINUTE_MS = 60_000
HOUR_MS = 60 * MINUTE_MS
DAY_MS = 24 * HOUR_MS


def local_midnight_ms(day: dt.date, timezone: str) -> int:
    """Epoch milliseconds of 00:00 local time on ``day`` in ``timezone``."""
    midnight = dt.datetime(day.year, day.month, day.day, tzinfo=ZoneInfo(timezone))
    return int(midnight.timestamp() * 1000)


def _local_date(ts_ms: int, timezone: str) -> dt.date:
    """The local calendar date of an epoch-millisecond instant."""
    return dt.datetime.fromtimestamp(ts_ms / 1000, tz=ZoneInfo(timezone)).date()


def _pick(draw: st.DrawFn, items: Any) -> Any:
    """One of ``items`` (a sequence), shrinking towards the first."""
    return items[draw(st.integers(0, len(items) - 1))]


def _subset(draw: st.DrawFn, items: Any) -> list[Any]:
    """Some of ``items`` (a sequence), in their order, drawn as one bit mask."""
    mask = draw(st.integers(0, 2 ** len(items) - 1))
    return [item for i, item in enumerate(items) if mask >> i & 1]


# -- the initial snapshot --------------------------------------------------------


@st.composite
def _counters(draw: st.DrawFn) -> dict[str, int]:
    """One queue's counters for a day so far, internally plausible."""
    answered = draw(st.integers(0, 40))
    abandoned = draw(st.integers(0, 15))
    completed = draw(st.integers(0, answered))
    resolved = draw(st.integers(0, completed))
    transferred = draw(st.integers(0, completed - resolved))
    forwarded = draw(st.integers(0, completed - resolved - transferred))
    out_of_scope = draw(st.integers(0, completed - resolved - transferred - forwarded))
    return {
        "offered": answered + abandoned + draw(st.integers(0, 5)),
        "answered": answered,
        "answered_in_sl": draw(st.integers(0, answered)),
        "abandoned": abandoned,
        "short_abandoned": draw(st.integers(0, abandoned)),
        "wait_ms_answered": draw(st.integers(0, answered * 90_000)),
        "completed": completed,
        "handle_ms": draw(st.integers(0, completed * 600_000)),
        "resolved": resolved,
        "transferred": transferred,
        "forwarded": forwarded,
        "out_of_scope": out_of_scope,
    }


@st.composite
def _agent(draw: st.DrawFn, agent_id: str, departments: list[str], ts: int) -> dict[str, Any]:
    """A full agent object, not yet handling any contact."""
    state = _pick(draw, AGENT_STATES)
    return {
        "id": agent_id,
        "name": f"Agent {agent_id}",
        "departments": _subset(draw, departments),
        "languages": _subset(draw, LANGUAGES),
        "state": state,
        "reason": _pick(draw, NOT_READY_REASONS) if state == "not_ready" else None,
        "since": ts - draw(st.integers(0, 4 * HOUR_MS)),
        "contact": None,
    }


@st.composite
def _case(draw: st.DrawFn, case_id: str, departments: list[str], ts: int) -> dict[str, Any]:
    """A full case object that is not closed, sometimes already overdue."""
    return {
        "id": case_id,
        "department": _pick(draw, departments),
        "channel": _pick(draw, CHANNELS),
        "category": _pick(draw, CASE_CATEGORIES),
        "status": _pick(draw, CASE_STATUSES),
        "opened_at": ts - draw(st.integers(0, 30 * DAY_MS)),
        "due_at": ts + draw(st.integers(-5 * DAY_MS, 5 * DAY_MS)),
    }


@st.composite
def _callback(draw: st.DrawFn, callback_id: str, queues: list[str], ts: int) -> dict[str, Any]:
    """A callback request, sometimes already overdue."""
    requested_at = ts - draw(st.integers(0, 3 * HOUR_MS))
    return {
        "id": callback_id,
        "queue": _pick(draw, queues),
        "requested_at": requested_at,
        "due_at": requested_at + draw(st.integers(0, 6 * HOUR_MS)),
    }


@st.composite
def _notice(draw: st.DrawFn, notice_id: str, ts: int) -> dict[str, Any]:
    """A broadcast to the floor."""
    return {
        "id": notice_id,
        "text": _pick(draw, ["Storm warning", "System maintenance at 18:00", "تنبيه"]),
        "severity": _pick(draw, SEVERITIES),
        "until": ts + draw(st.integers(0, 6 * HOUR_MS)),
    }


@st.composite
def _snapshot(draw: st.DrawFn, seq: int, ts: int, timezone: str) -> dict[str, Any]:
    """A consistent snapshot of a small random site."""
    department_ids = [f"d{i}" for i in range(draw(st.integers(1, 3)))]
    departments = [
        {"id": department_id, "name": DEPARTMENT_NAMES[i]}
        for i, department_id in enumerate(department_ids)
    ]

    queues = []
    for i in range(draw(st.integers(1, 6))):
        queue: dict[str, Any] = {
            "id": f"q{i}",
            "name": f"Queue {i}",
            "department": _pick(draw, department_ids),
            "channel": _pick(draw, CHANNELS),
            "sl_threshold_s": _pick(draw, [0, 10, 20, 30, 60]),
            "sl_target_pct": _pick(draw, [70, 80, 90]),
            "short_abandon_s": _pick(draw, [0, 3, 5, 10]),
        }
        language = _pick(draw, (*LANGUAGES, None, "absent"))
        if language != "absent":  # no language: the key is null or left out
            queue["language"] = language
        queues.append(queue)
    queue_ids = [queue["id"] for queue in queues]

    agents = [draw(_agent(f"a{i}", department_ids, ts)) for i in range(draw(st.integers(0, 8)))]

    contacts = []
    for i in range(draw(st.integers(0, 6))):
        contact: dict[str, Any] = {
            "id": f"c{i}",
            "queue": _pick(draw, queue_ids),
            "state": "waiting",
            "queued_at": ts - draw(st.integers(0, 15 * MINUTE_MS)),
            "agent": None,
        }
        if agents and draw(st.integers(0, 1)) == 1:
            agent = _pick(draw, agents)
            contact["state"] = "connected"
            contact["agent"] = agent["id"]
            agent.update(state="on_contact", reason=None, contact=contact["id"])
        contacts.append(contact)

    counters = {}
    for queue_id in queue_ids:
        kind = _pick(draw, ["missing", "zero", "some", "some"])
        if kind == "zero":
            counters[queue_id] = {name: 0 for name in COUNTER_NAMES}
        elif kind == "some":
            counters[queue_id] = draw(_counters())

    return {
        "type": "snapshot",
        "seq": seq,
        "ts": ts,
        "site": {"id": "gcc-1", "name": "Government Contact Centre 1", "timezone": timezone},
        "departments": departments,
        "queues": queues,
        "agents": agents,
        "contacts": contacts,
        "counters": counters,
        "cases": [draw(_case(f"k{i}", department_ids, ts)) for i in range(draw(st.integers(0, 5)))],
        "callbacks": [
            draw(_callback(f"cb{i}", queue_ids, ts)) for i in range(draw(st.integers(0, 4)))
        ],
        "notices": [draw(_notice(f"n{i}", ts)) for i in range(draw(st.integers(0, 2)))],
    }


# -- deltas ------------------------------------------------------------------------


class _Model:
    """What the generator needs to know to draw only valid deltas."""

    def __init__(self, snapshot: dict[str, Any]) -> None:
        self.department_ids = [department["id"] for department in snapshot["departments"]]
        self.queues = {queue["id"]: queue for queue in snapshot["queues"]}
        self.agents = {agent["id"]: copy.deepcopy(agent) for agent in snapshot["agents"]}
        self.contacts = {contact["id"]: copy.deepcopy(contact) for contact in snapshot["contacts"]}
        self.case_ids = [case["id"] for case in snapshot["cases"]]
        self.callback_ids = [callback["id"] for callback in snapshot["callbacks"]]
        self.notice_ids = [notice["id"] for notice in snapshot["notices"]]
        self.next_number = 100  # fresh ids are numbered from here, past the snapshot's

    def new_id(self, prefix: str) -> str:
        """An id never used before in this stream."""
        self.next_number += 1
        return f"{prefix}{self.next_number}"

    def waiting(self) -> list[str]:
        return sorted(c for c, contact in self.contacts.items() if contact["state"] == "waiting")

    def connected(self) -> list[str]:
        return sorted(c for c, contact in self.contacts.items() if contact["state"] == "connected")


def _boundary_wait(draw: st.DrawFn, queue: dict[str, Any], waited_ms: int) -> int:
    """A wait in ms, often exactly on or next to the queue's thresholds."""
    sl_ms = queue["sl_threshold_s"] * 1000
    short_ms = queue["short_abandon_s"] * 1000
    choices = [sl_ms, sl_ms - 1, sl_ms + 1, short_ms, short_ms - 1, short_ms + 1, waited_ms]
    choice = draw(st.integers(0, len(choices)))
    wait = choices[choice] if choice < len(choices) else draw(st.integers(0, 120_000))
    return max(0, wait)


def _contact_gone(model: _Model, contact_id: str, seq: int, ts: int) -> list[dict[str, Any]]:
    """Remove a contact and free any agent still pointing at it (wrap-up, no contact)."""
    del model.contacts[contact_id]
    follow_ups = []
    for agent_id, agent in sorted(model.agents.items()):
        if agent.get("contact") == contact_id:
            agent.update(state="wrap_up", reason=None, contact=None)
            seq += 1
            follow_ups.append(
                {
                    "type": "agent.state",
                    "seq": seq,
                    "ts": ts,
                    "agent": agent_id,
                    "state": "wrap_up",
                    "reason": None,
                    "contact": None,
                }
            )
    return follow_ups


def _deltas(draw: st.DrawFn, model: _Model, seq: int, ts: int) -> list[dict[str, Any]]:
    """One delta valid against ``model`` (updating it), plus any follow-up deltas."""
    kinds = ["contact.queued"] * 3 + ["agent.added", "case.opened", "callback.requested"]
    kinds += ["notice", "heartbeat"]
    if model.waiting() and model.agents:
        kinds += ["contact.answered"] * 3
    if model.waiting():
        kinds += ["contact.abandoned"] * 2
    if model.connected():
        kinds += ["contact.completed"] * 3
    if model.agents:
        kinds += ["agent.state"] * 2
    if model.callback_ids:
        kinds.append("callback.completed")
    if model.case_ids:
        kinds += ["case.updated", "case.closed"]
    if model.notice_ids:
        kinds.append("notice.cleared")
    kind = _pick(draw, kinds)
    message: dict[str, Any] = {"type": kind, "seq": seq, "ts": ts}

    if kind == "contact.queued":
        contact_id = model.new_id("c")
        queue_id = _pick(draw, sorted(model.queues))
        queued_at = ts - _pick(draw, [0, 0, 1500])
        model.contacts[contact_id] = {
            "id": contact_id,
            "queue": queue_id,
            "state": "waiting",
            "queued_at": queued_at,
            "agent": None,
        }
        message["contact"] = {"id": contact_id, "queue": queue_id, "queued_at": queued_at}
        return [message]

    if kind == "contact.answered":
        contact_id = _pick(draw, model.waiting())
        contact = model.contacts[contact_id]
        agent_id = _pick(draw, sorted(model.agents))
        wait = _boundary_wait(draw, model.queues[contact["queue"]], ts - contact["queued_at"])
        contact.update(state="connected", agent=agent_id)
        message.update(id=contact_id, agent=agent_id, wait_ms=wait)
        result = [message]
        if draw(st.integers(0, 1)) == 1:
            model.agents[agent_id].update(state="on_contact", reason=None, contact=contact_id)
            result.append(
                {
                    "type": "agent.state",
                    "seq": seq + 1,
                    "ts": ts,
                    "agent": agent_id,
                    "state": "on_contact",
                    "reason": None,
                    "contact": contact_id,
                }
            )
        return result

    if kind == "contact.abandoned":
        contact_id = _pick(draw, model.waiting())
        contact = model.contacts[contact_id]
        wait = _boundary_wait(draw, model.queues[contact["queue"]], ts - contact["queued_at"])
        message.update(id=contact_id, wait_ms=wait)
        return [message, *_contact_gone(model, contact_id, seq, ts)]

    if kind == "contact.completed":
        contact_id = _pick(draw, model.connected())
        message.update(
            id=contact_id,
            handle_ms=draw(st.integers(0, 900_000)),
            outcome=_pick(draw, OUTCOMES),
        )
        return [message, *_contact_gone(model, contact_id, seq, ts)]

    if kind == "agent.added":
        replace = bool(model.agents) and draw(st.integers(0, 1)) == 1
        agent_id = _pick(draw, sorted(model.agents)) if replace else model.new_id("a")
        agent = draw(_agent(agent_id, model.department_ids, ts))
        model.agents[agent_id] = copy.deepcopy(agent)
        message["agent"] = agent
        return [message]

    if kind == "agent.state":
        agent_id = _pick(draw, sorted(model.agents))
        state = _pick(draw, AGENT_STATES)
        reason = _pick(draw, NOT_READY_REASONS) if state == "not_ready" else None
        handling = None
        if state in ("ringing", "on_contact", "wrap_up") and model.contacts:
            handling = _pick(draw, [None, *sorted(model.contacts)])
        model.agents[agent_id].update(state=state, reason=reason, contact=handling, since=ts)
        message.update(agent=agent_id, state=state, reason=reason, contact=handling)
        return [message]

    if kind == "callback.requested":
        callback = draw(_callback(model.new_id("cb"), sorted(model.queues), ts))
        model.callback_ids.append(callback["id"])
        message["callback"] = callback
        return [message]

    if kind == "callback.completed":
        callback_id = _pick(draw, model.callback_ids)
        model.callback_ids.remove(callback_id)
        message.update(id=callback_id, outcome=_pick(draw, CALLBACK_OUTCOMES))
        return [message]

    if kind == "case.opened":
        case = draw(_case(model.new_id("k"), model.department_ids, ts))
        model.case_ids.append(case["id"])
        message["case"] = case
        return [message]

    if kind == "case.updated":
        message["id"] = _pick(draw, model.case_ids)
        fields = _subset(draw, ["status", "department", "due_at"]) or ["status"]
        if "status" in fields:
            message["status"] = _pick(draw, CASE_STATUSES)
        if "department" in fields:
            message["department"] = _pick(draw, model.department_ids)
        if "due_at" in fields:
            message["due_at"] = ts + draw(st.integers(-DAY_MS, 3 * DAY_MS))
        return [message]

    if kind == "case.closed":
        case_id = _pick(draw, model.case_ids)
        model.case_ids.remove(case_id)
        message["id"] = case_id
        return [message]

    if kind == "notice":
        notice = draw(_notice(model.new_id("n"), ts))
        model.notice_ids.append(notice["id"])
        message["notice"] = notice
        return [message]

    if kind == "notice.cleared":
        notice_id = _pick(draw, model.notice_ids)
        model.notice_ids.remove(notice_id)
        message["id"] = notice_id
        return [message]

    return [message]  # heartbeat


@st.composite
def site_streams(draw: st.DrawFn, max_deltas: int = 150) -> list[dict[str, Any]]:
    """The messages of one connection: a snapshot and then up to ``max_deltas`` more.

    Every message is well formed and consistent with the state before it; ``seq``
    rises by exactly 1 from a random start and ``ts`` never decreases. The stream
    starts within a few hours of a local midnight of the site's time zone, so it
    often crosses into the next business day (sometimes on a heartbeat). It
    sometimes contains an unknown message type (``future.thing``, always with the
    ``ts`` of the message before it, so it never opens a new day itself) and
    sometimes a later full snapshot of the same state. Some streams have a message
    at exactly the next local midnight, a heartbeat or a delta, and some end on a
    heartbeat at the next local midnight.
    """
    timezone = _pick(draw, TIMEZONES)
    midnight = local_midnight_ms(_pick(draw, BASE_DATES) + dt.timedelta(days=1), timezone)
    before_midnight = _pick(draw, [4 * HOUR_MS, 10 * MINUTE_MS, 2_000])
    ts = midnight + draw(st.integers(-before_midnight, HOUR_MS))
    seq = draw(st.integers(1, 10_000))
    messages = [draw(_snapshot(seq, ts, timezone))]
    model = _Model(messages[0])

    # Mostly short streams (they are quick), one in four up to the full length.
    total = draw(st.integers(0, min(40, max_deltas) if draw(st.integers(0, 3)) else max_deltas))
    while len(messages) - 1 < total:
        step = _pick(draw, ["same", "same", "ms", "ms", "minutes", "minutes", "hours"])
        if step == "ms":
            ts += draw(st.integers(1, 2_000))
        elif step == "minutes":
            ts += draw(st.integers(0, 20 * MINUTE_MS))
        elif step == "hours":
            ts += draw(st.integers(0, 3 * HOUR_MS))
        seq = messages[-1]["seq"] + 1

        special = _pick(draw, ["delta"] * 30 + ["unknown", "snapshot", "midnight"])
        if special == "midnight":
            # Exactly the next local midnight, on a heartbeat or on a delta.
            ts = local_midnight_ms(_local_date(ts, timezone) + dt.timedelta(days=1), timezone)
            if draw(st.integers(0, 1)):
                special = "delta"
            else:
                messages.append({"type": "heartbeat", "seq": seq, "ts": ts})
        if special == "unknown":
            previous_ts = messages[-1]["ts"]
            ts = previous_ts
            messages.append({"type": "future.thing", "seq": seq, "ts": ts, "payload": {"level": 3}})
        elif special == "snapshot":
            marker = {"type": "heartbeat", "seq": seq, "ts": ts}
            snapshot = snapshot_of([*messages, marker])
            messages.append(snapshot)
        elif special == "delta":
            step_messages = _deltas(draw, model, seq, ts)
            if len(messages) + len(step_messages) > total + 1:
                break  # a step and its follow-ups go in whole or not at all
            messages.extend(step_messages)

    if len(messages) - 1 < max_deltas and draw(st.integers(0, 7)) == 0:
        # End on a heartbeat at the next local midnight: a new day with nothing in it yet.
        ts = local_midnight_ms(_local_date(ts, timezone) + dt.timedelta(days=1), timezone)
        messages.append({"type": "heartbeat", "seq": messages[-1]["seq"] + 1, "ts": ts})
    return messages


# -- folding a stream into one snapshot ---------------------------------------------


def snapshot_of(messages: list[dict[str, Any]]) -> dict[str, Any]:
    """The snapshot equivalent to a valid stream, as of its last message.

    It has the ``seq`` and ``ts`` of the last message, the configuration of the
    stream's last snapshot, the contacts, agents (with ``since``), cases,
    callbacks and notices after every message, and the counters of the business
    day of the last ``ts``: the last snapshot's counters if that snapshot is of
    the same local date, plus every counting event after it dated on that day.
    """
    last = messages[-1]
    start = max(i for i, message in enumerate(messages) if message["type"] == "snapshot")
    base = messages[start]
    timezone = base["site"]["timezone"]
    today = _local_date(last["ts"], timezone)

    queues = {queue["id"]: queue for queue in base["queues"]}
    agents = {agent["id"]: copy.deepcopy(agent) for agent in base["agents"]}
    contacts = {contact["id"]: copy.deepcopy(contact) for contact in base["contacts"]}
    cases = {case["id"]: copy.deepcopy(case) for case in base["cases"]}
    callbacks = {callback["id"]: copy.deepcopy(callback) for callback in base["callbacks"]}
    notices = {notice["id"]: copy.deepcopy(notice) for notice in base.get("notices", [])}
    counters = {queue_id: {name: 0 for name in COUNTER_NAMES} for queue_id in queues}
    if _local_date(base["ts"], timezone) == today:
        for queue_id, given in base.get("counters", {}).items():
            if queue_id in counters:
                for name in COUNTER_NAMES:
                    counters[queue_id][name] = given.get(name, 0)

    for message in messages[start + 1 :]:
        kind = message["type"]
        on_today = _local_date(message["ts"], timezone) == today

        def add(queue_id: str, name: str, amount: int = 1, on_today: bool = on_today) -> None:
            if on_today:
                counters[queue_id][name] += amount

        if kind == "contact.queued":
            new = message["contact"]
            contacts[new["id"]] = {
                "id": new["id"],
                "queue": new["queue"],
                "state": "waiting",
                "queued_at": new["queued_at"],
                "agent": None,
            }
            add(new["queue"], "offered")
        elif kind == "contact.answered":
            contact = contacts[message["id"]]
            queue = queues[contact["queue"]]
            add(queue["id"], "answered")
            add(queue["id"], "wait_ms_answered", message["wait_ms"])
            add(
                queue["id"],
                "answered_in_sl",
                int(message["wait_ms"] <= 1000 * queue["sl_threshold_s"]),
            )
            contact["state"] = "connected"
            contact["agent"] = message["agent"]
        elif kind == "contact.abandoned":
            queue = queues[contacts.pop(message["id"])["queue"]]
            add(queue["id"], "abandoned")
            add(
                queue["id"],
                "short_abandoned",
                int(message["wait_ms"] < 1000 * queue["short_abandon_s"]),
            )
        elif kind == "contact.completed":
            queue_id = contacts.pop(message["id"])["queue"]
            add(queue_id, "completed")
            add(queue_id, "handle_ms", message["handle_ms"])
            if message["outcome"] in ("resolved", "transferred", "forwarded", "out_of_scope"):
                add(queue_id, message["outcome"])
        elif kind == "agent.added":
            agents[message["agent"]["id"]] = copy.deepcopy(message["agent"])
        elif kind == "agent.state":
            agents[message["agent"]].update(
                state=message["state"],
                reason=message.get("reason"),
                contact=message.get("contact"),
                since=message["ts"],
            )
        elif kind == "callback.requested":
            callbacks[message["callback"]["id"]] = copy.deepcopy(message["callback"])
        elif kind == "callback.completed":
            del callbacks[message["id"]]
        elif kind == "case.opened":
            cases[message["case"]["id"]] = copy.deepcopy(message["case"])
        elif kind == "case.updated":
            for field in ("status", "department", "due_at"):
                if field in message:
                    cases[message["id"]][field] = message[field]
        elif kind == "case.closed":
            del cases[message["id"]]
        elif kind == "notice":
            notices[message["notice"]["id"]] = copy.deepcopy(message["notice"])
        elif kind == "notice.cleared":
            notices.pop(message["id"], None)

    return {
        "type": "snapshot",
        "seq": last["seq"],
        "ts": last["ts"],
        "site": copy.deepcopy(base["site"]),
        "departments": copy.deepcopy(base["departments"]),
        "queues": copy.deepcopy(base["queues"]),
        "agents": list(agents.values()),
        "contacts": list(contacts.values()),
        "counters": counters,
        "cases": list(cases.values()),
        "callbacks": list(callbacks.values()),
        "notices": list(notices.values()),
    }
