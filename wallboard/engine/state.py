"""The state store: applies snapshots and deltas, and computes figures.

The :class:`Engine` is sans-I/O: no socket, no thread, no clock. The feed
session hands it decoded messages in order through :meth:`Engine.apply` and
the wall asks :meth:`Engine.figures` with the wall-clock time. Applying an
event touches only the records it names (no rescans), so a flood of events
stays cheap; figures cost one pass over queues and groups.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo

from wallboard.engine.businessday import BusinessDay, site_zone
from wallboard.engine.figures import (
    AGENT_STATES,
    AgentBoard,
    AgentView,
    DepartmentBacklog,
    DepartmentFigures,
    GroupFigures,
    Interval,
    NoticeView,
    QueueFigures,
    SiteFigures,
    SlRule,
    group_figures,
    service_level_pct,
)
from wallboard.engine.intervals import (
    INTERVAL_MS,
    ROW_LENGTH,
    DayRows,
    QueueInfo,
    QueueRows,
    StoredRows,
    interval_count,
    rows_from_feed,
)
from wallboard.engine.tally import CounterSums, Tally, TimeSet
from wallboard.protocol import models as m
from wallboard.protocol.models import AgentState
from wallboard.staffing.live import (
    RecentArrivals,
    SiteStaffing,
    StaffingOptions,
    queue_input,
    shared_floor,
)
from wallboard.staffing.live import evaluate as evaluate_staffing

log = logging.getLogger(__name__)

#: How many finished business days are kept for reports.
CLOSED_DAYS_KEPT = 35
#: Notices past their ``until`` are dropped once there are more than this.
MAX_NOTICES = 200
#: How old (seconds) staffing figures kept current by a feed thread may be reused.
STAFFING_REUSE_S = 2
#: How many agents each list of the agent board holds at most.
BOARD_LIST_LENGTH = 40
# Positions in an interval's counts (site-wide: the first five counters; a
# queue's row: all twelve, in the protocol's order).
_OFFERED, _ANSWERED, _IN_SL, _ABANDONED, _SHORT = range(5)
_WAIT_MS, _COMPLETED, _HANDLE_MS = 5, 6, 7
_OUTCOME_POSITION = {"resolved": 8, "transferred": 9, "forwarded": 10, "out_of_scope": 11}

#: What was stored earlier of a business day, by site id and date.
StoredDay = Callable[[str, date], StoredRows | None]

_KNOWN_STATES = {state: state for state in AGENT_STATES}

# The groups an agent counts in (protocol: "The agents of a group").
_SITE = ("site",)


class _QueueRecord:
    __slots__ = (
        "callbacks",
        "callbacks_due",
        "channel",
        "department",
        "id",
        "language",
        "name",
        "recent",
        "rows",
        "short_ms",
        "tally",
        "target_pct",
        "threshold_ms",
        "threshold_s",
        "waiting",
    )

    def __init__(self, queue: m.Queue, counters: m.Counters | None) -> None:
        self.id = queue.id
        self.name = queue.name or queue.id  # unnamed: shown by its id
        self.department = queue.department
        # A queue without a channel is in no channel group, as one without a
        # language is in no language group: its figures still count in its
        # department, its language and the site, and no channel is made up.
        self.channel = queue.channel or ""
        # An empty language is no language, as null is: no language group, no filter.
        self.language = queue.language or None
        self.threshold_s = queue.sl_threshold_s
        self.threshold_ms = queue.sl_threshold_s * 1000
        self.short_ms = queue.short_abandon_s * 1000
        self.target_pct = queue.sl_target_pct
        self.tally = Tally(counters)
        self.rows: QueueRows = {}  # today's counters per interval index
        self.waiting = TimeSet()  # queued_at of waiting contacts
        self.callbacks = 0  # pending callbacks
        self.callbacks_due = TimeSet()  # due_at of pending callbacks that have one
        self.recent = RecentArrivals()  # replaced by the engine's, which outlives snapshots


class _DepartmentRecord:
    __slots__ = ("cases", "cases_due", "cases_opened", "id", "name")

    def __init__(self, department_id: str, name: str) -> None:
        self.id = department_id
        self.name = name
        self.cases = 0
        self.cases_due = TimeSet()
        self.cases_opened = TimeSet()


class _ContactRecord:
    __slots__ = ("agent", "id", "queue", "queued_at", "waiting")

    def __init__(
        self, contact_id: str, queue: _QueueRecord, queued_at: int, waiting: bool, agent: str | None
    ) -> None:
        self.id = contact_id
        self.queue = queue
        self.queued_at = queued_at
        self.waiting = waiting
        self.agent = agent


class _AgentRecord:
    __slots__ = ("contact", "departments", "groups", "id", "languages", "name", "reason", "since",
                 "state")

    def __init__(self, agent: m.Agent, groups: tuple[dict[str, int], ...], ts: int) -> None:
        self.id = agent.id
        self.name = agent.name or agent.id  # unnamed: shown by its id
        self.departments = tuple(agent.departments)
        self.languages = tuple(agent.languages)
        self.state: str = _KNOWN_STATES.get(agent.state, agent.state)
        self.reason = agent.reason
        # Without `since`, the agent is taken to be in its state since the
        # message that told of it: the shortest time it can have been.
        self.since = agent.since if agent.since is not None else ts
        self.contact = agent.contact
        self.groups = groups


@dataclass(slots=True)
class _CaseRecord:
    department: _DepartmentRecord
    status: str
    opened_at: int
    due_at: int | None


@dataclass(slots=True)
class _CallbackRecord:
    queue: _QueueRecord
    due_at: int | None


@dataclass(frozen=True, slots=True)
class _Group:
    """The queues of a group and their distinct service-level thresholds."""

    queue_ids: tuple[str, ...]
    thresholds: frozenset[int]


_NO_GROUP = _Group((), frozenset())


@dataclass(frozen=True, slots=True)
class _Groups:
    """Which queues make up each group; fixed from one snapshot to the next."""

    site: _Group
    queues: dict[str, _Group]
    departments: dict[str, _Group]
    channels: dict[str, _Group]
    languages: dict[str, _Group]

    @classmethod
    def of(cls, queues: dict[str, _QueueRecord]) -> _Groups:
        def group(members: list[_QueueRecord]) -> _Group:
            return _Group(tuple(q.id for q in members),
                          frozenset(q.threshold_s for q in members))

        by_department: dict[str, list[_QueueRecord]] = {}
        by_channel: dict[str, list[_QueueRecord]] = {}
        by_language: dict[str, list[_QueueRecord]] = {}
        for q in queues.values():
            by_department.setdefault(q.department, []).append(q)
            if q.channel:
                by_channel.setdefault(q.channel, []).append(q)
            if q.language is not None:
                by_language.setdefault(q.language, []).append(q)
        return cls(
            site=group(list(queues.values())),
            queues={qid: group([q]) for qid, q in queues.items()},
            departments={k: group(v) for k, v in by_department.items()},
            channels={k: group(v) for k, v in by_channel.items()},
            languages={k: group(v) for k, v in by_language.items()},
        )


@dataclass(frozen=True, slots=True)
class ClosedDay:
    """The totals of a finished business day, kept for reports."""

    date: date
    site: CounterSums
    queues: MappingProxyType[str, CounterSums]


class Engine:
    """State and KPIs of one site.

    Call :meth:`apply` with each message in order. It returns ``None`` when
    the message was applied, or a short reason when the message is
    *inconsistent* with the state (it names an unknown contact, agent, case,
    callback or queue): the state is then unchanged and the caller must ask
    for a resync (protocol "Order and recovery", rule 4).
    """

    def __init__(
        self,
        sl_rule: SlRule = SlRule.DEFAULT,
        *,
        long_contact_s: int = 20 * 60,
        long_not_ready_s: int = 15 * 60,
        not_ready_limits_s: Mapping[str, int] | None = None,
        stored_day: StoredDay | None = None,
        staffing: StaffingOptions | None = None,
    ) -> None:
        self.sl_rule = sl_rule
        #: Where a day's rows stored earlier come from, when the feed sends none.
        self.stored_day = stored_day
        self.staffing = staffing or StaffingOptions()
        # Recent arrivals per queue id: kept across snapshots (a resync is no new day).
        self._recent: dict[str, RecentArrivals] = {}
        self._last_ts = self._previous_ts = 0
        self._observed_from_ms = 0
        #: Whether the last snapshot's own intervals gave the day's rows.
        self._rows_from_feed = False
        self._staffing_at: tuple[int, SiteStaffing | None] | None = None
        #: True while a feed thread keeps the staffing figures current itself
        #: (:meth:`refresh_staffing`, once a second): :meth:`figures` then takes
        #: the last result, up to ``STAFFING_REUSE_S`` old, instead of working the
        #: model out on the reader's thread, the screen's.
        self.staffing_kept_current = False
        self.long_contact_s = long_contact_s
        self.long_not_ready_s = long_not_ready_s
        #: Not-ready reasons with a limit of their own (a training is not a break);
        #: 0: never too long.
        self.not_ready_limits_s: Mapping[str, int] = dict(not_ready_limits_s or {})
        self._intervals: list[list[int]] = []
        self._intervals_from_ms = 0
        #: Intervals before ``_intervals_from_ms`` whose counts are known nonetheless.
        self._filled: frozenset[int] = frozenset()
        #: The rows of the last finished day, until the store has read them.
        self._closed_rows: DayRows | None = None
        self._site: m.Site | None = None
        self._zone = ZoneInfo("UTC")
        self._day: BusinessDay | None = None
        self._queues: dict[str, _QueueRecord] = {}
        self._departments: dict[str, _DepartmentRecord] = {}
        # Departments the snapshot declares; work of others is shown all the same.
        self._declared_departments: frozenset[str] = frozenset()
        # Undeclared departments already logged since the last snapshot.
        self._undeclared_logged: set[str] = set()
        self._groups = _Groups.of({})
        # Channels served by each (department, language) pair; language None
        # for queues without one. Agents' channel groups come from it.
        self._channels_by_skill: dict[tuple[str, str | None], set[str]] = {}
        self._contacts: dict[str, _ContactRecord] = {}
        self._agents: dict[str, _AgentRecord] = {}
        self._agent_counts: dict[tuple[str, ...], dict[str, int]] = {}
        self._cases: dict[str, _CaseRecord] = {}
        self._callbacks: dict[str, _CallbackRecord] = {}
        self._notices: dict[str, m.Notice] = {}
        self._closed: deque[tuple[BusinessDay, dict[str, Tally]]] = deque(maxlen=CLOSED_DAYS_KEPT)
        self._handlers: dict[type[m.Message], Callable[[Any], str | None]] = {
            m.ContactQueued: self._contact_queued,
            m.ContactAnswered: self._contact_answered,
            m.ContactAbandoned: self._contact_abandoned,
            m.ContactCompleted: self._contact_completed,
            m.AgentAdded: self._agent_added,
            m.AgentStateChanged: self._agent_state,
            m.CallbackRequested: self._callback_requested,
            m.CallbackCompleted: self._callback_completed,
            m.CaseOpened: self._case_opened,
            m.CaseUpdated: self._case_updated,
            m.CaseClosed: self._case_closed,
            m.NoticePosted: self._notice,
            m.NoticeCleared: self._notice_cleared,
            m.Heartbeat: _nothing,
        }

    # --- Applying messages ---------------------------------------------------------

    @property
    def has_snapshot(self) -> bool:
        return self._day is not None

    @property
    def business_day(self) -> date | None:
        return self._day.date if self._day else None

    def apply(self, message: m.Message) -> str | None:
        """Apply one message; ``None`` if applied, else why it is inconsistent."""
        self._previous_ts = self._last_ts
        if message.ts > self._last_ts:
            self._last_ts = message.ts
        if type(message) is m.Snapshot:
            self._load(message)
            return None
        if self._day is None:
            return "a delta before any snapshot"
        if message.ts >= self._day.end_ms:
            self.observe_time(message.ts)
        return self._handlers[type(message)](message)

    def observe_time(self, ts: int) -> None:
        """Close the business day if ``ts`` falls on a later local date.

        Called for every message, a heartbeat or one of an unknown type too
        (protocol section "The business day").
        """
        day = self._day
        if day is None or ts < day.end_ms:
            return
        new_day = BusinessDay.containing(ts, self._zone)
        log.info("business day %s closed; %s begins", day.date, new_day.date)
        self._close_day()
        for queue in self._queues.values():
            queue.tally = Tally()
            queue.rows = {}
        for recent in self._recent.values():
            recent.new_day()
        self._day = new_day
        self._start_intervals(new_day.start_ms)
        self._drop_expired_notices(ts, keep=0)

    def _close_day(self) -> None:
        day = self._day
        assert day is not None
        self._closed.append((day, {q.id: q.tally for q in self._queues.values()}))
        self._closed_rows = self._day_rows()

    def _start_intervals(self, from_ms: int) -> None:
        """New, empty intervals for the day; those before ``from_ms`` are unknown."""
        day = self._day
        self._intervals_from_ms = from_ms
        self._filled = frozenset()
        if day is None:
            self._intervals = []
            return
        self._intervals = [[0, 0, 0, 0, 0] for _ in range(interval_count(day))]

    def _interval(self, ts: int) -> list[int] | None:
        """The counts of the interval of ``ts``, if it is today's."""
        day = self._day
        assert day is not None
        if not day.start_ms <= ts < day.end_ms:
            return None
        return self._intervals[(ts - day.start_ms) // INTERVAL_MS]

    def _row(self, queue: _QueueRecord, ts: int) -> list[int]:
        """The queue's row of the interval of ``ts`` (today's: the caller checked)."""
        day = self._day
        assert day is not None
        index = (ts - day.start_ms) // INTERVAL_MS
        row = queue.rows.get(index)
        if row is None:
            row = queue.rows[index] = [0] * ROW_LENGTH
        return row

    def _fill_intervals(self, rows: Mapping[str, Mapping[int, Sequence[int]]],
                        before: int) -> frozenset[int]:
        """Take ``rows`` as the queues' counts of the intervals before index ``before``
        and add them to the site's; the indices that had something."""
        filled: set[int] = set()
        last = len(self._intervals)
        for queue_id, queue_rows in rows.items():
            queue = self._queues.get(queue_id)
            if queue is None:
                continue
            for index, values in queue_rows.items():
                if not 0 <= index < min(before, last):
                    continue
                row = [int(v) for v in values[:ROW_LENGTH]]
                row += [0] * (ROW_LENGTH - len(row))
                queue.rows[index] = row
                site = self._intervals[index]
                for k in range(5):
                    site[k] += row[k]
                filled.add(index)
        return frozenset(filled)

    def _fill_from_feed(self, snap: m.Snapshot, day: BusinessDay) -> bool:
        """The snapshot's own intervals, when it has usable ones: all of the day so far."""
        if snap.intervals is None:
            return False
        rows, problem = rows_from_feed(snap.intervals, day, snap.ts, snap.counters,
                                       set(self._queues))
        if problem is not None:
            # The counters are what every figure is computed from; rows that do not
            # add up to them would draw a different day beside them. The trends
            # then go on from what the wall counted itself or stored earlier.
            log.warning("snapshot's intervals ignored: %s", problem)
            return False
        self._intervals = [[0, 0, 0, 0, 0] for _ in range(interval_count(day))]
        for queue in self._queues.values():
            queue.rows = {}
        self._fill_intervals(rows, (snap.ts - day.start_ms) // INTERVAL_MS + 1)
        self._intervals_from_ms = day.start_ms
        self._filled = frozenset()
        self._rows_from_feed = True
        return True

    def _recent_from_intervals(self, snap_ts: int, day: BusinessDay) -> int:
        """Fill the recent arrivals from the snapshot's intervals; from when they are known.

        The intervals count each queue's ``offered`` per quarter hour (protocol,
        "Optional: the day so far in intervals"), so a wall started mid-day has
        its arrival rate at once instead of after a minute of watching. Within
        a quarter hour the arrivals are taken as spread evenly. Without
        intervals in this snapshot nothing before it is known.
        """
        if not self._rows_from_feed:
            return snap_ts
        window_ms = round(self.staffing.window_min * 60_000)
        from_ms = max(day.start_ms, snap_ts - window_ms)
        if from_ms >= snap_ts:
            return snap_ts
        first = (from_ms - day.start_ms) // INTERVAL_MS
        last = (snap_ts - day.start_ms) // INTERVAL_MS
        for queue in self._queues.values():
            recent = queue.recent
            recent.forget(from_ms, snap_ts + 1)
            for index in range(first, last + 1):
                row = queue.rows.get(index)
                if not row or not row[0]:
                    continue
                lo = day.start_ms + index * INTERVAL_MS
                hi = min(lo + INTERVAL_MS, snap_ts + 1)  # the snapshot's own ms counts too
                # The part of the interval inside the window gets its share of the count.
                start = max(lo, from_ms)
                recent.spread(start, hi, row[0] * (hi - start) / (hi - lo))
        return from_ms

    def _prefill(self, snap: m.Snapshot, day: BusinessDay) -> None:
        """The day so far, for a new day's first snapshot: the feed's rows, else the store's."""
        here = (snap.ts - day.start_ms) // INTERVAL_MS
        if self._fill_from_feed(snap, day) or self.stored_day is None:
            return
        try:
            stored = self.stored_day(snap.site.id, day.date)
        except Exception:  # the store's trouble must not cost the wall its snapshot
            log.exception("cannot read the stored intervals of %s", day.date)
            return
        if stored is None:
            return
        # The interval of the snapshot is both: what was stored before and what
        # follows from now on; the intervals before it were counted earlier,
        # those the wall saw (an interval without rows there had nothing).
        self._fill_intervals(stored.rows, here + 1)
        first = max(0, (stored.known_from_ms - day.start_ms) // INTERVAL_MS)
        last = min(here, (stored.known_to_ms - day.start_ms) // INTERVAL_MS)
        self._filled = frozenset(range(first, last + 1))
        if self._filled:
            log.info("trends of %s: %d intervals taken from the store", day.date,
                     len(self._filled))

    def _tally_for(self, queue: _QueueRecord, ts: int) -> Tally | None:
        """The tally an event at ``ts`` counts in: its own local date's.

        An event stamped before today counts on its finished day while that is
        still kept; otherwise only its effect on the state remains.
        """
        day = self._day
        assert day is not None
        if ts >= day.start_ms:
            return queue.tally
        for closed_day, tallies in reversed(self._closed):
            if closed_day.start_ms <= ts < closed_day.end_ms:
                return tallies.setdefault(queue.id, Tally())
        log.debug("event at %d is before every kept business day; not counted", ts)
        return None

    def _load(self, snap: m.Snapshot) -> None:
        """Replace all state with a snapshot (protocol "Order and recovery", rule 3)."""
        zone = site_zone(snap.site.timezone)
        day = BusinessDay.containing(snap.ts, zone)
        if self._day is not None and day.date > self._day.date:
            self._close_day()
        new_day = self._day is None or day.date != self._day.date
        self._rows_from_feed = False
        self._site, self._zone, self._day = snap.site, zone, day
        if new_day:
            self._start_intervals(snap.ts)

        self._departments = {d.id: _DepartmentRecord(d.id, d.name or d.id)
                             for d in snap.departments}
        self._declared_departments = frozenset(self._departments)
        self._undeclared_logged = set()
        old_queues = self._queues
        self._queues = {q.id: _QueueRecord(q, snap.counters.get(q.id)) for q in snap.queues}
        if new_day:
            self._prefill(snap, day)
        elif not self._fill_from_feed(snap, day):
            # The same day again (a resync) without intervals: the rows counted so far stay.
            for queue_id, record in self._queues.items():
                old = old_queues.get(queue_id)
                if old is not None:
                    record.rows = old.rows
        for q in self._queues.values():
            q.recent = self._recent.setdefault(q.id, RecentArrivals())
        if not self._observed_from_ms or snap.ts - self._previous_ts > 60_000:
            # Arrivals before this snapshot were not seen: the rate starts afresh,
            # from the feed's intervals where it sent them.
            self._observed_from_ms = self._recent_from_intervals(snap.ts, day)
        self._staffing_at = None
        self._groups = _Groups.of(self._queues)
        self._channels_by_skill = {}
        for q in self._queues.values():
            self._department(q.department, "queue", q.id)
            channels = self._channels_by_skill.setdefault((q.department, q.language), set())
            if q.channel:
                channels.add(q.channel)
        for unknown in snap.counters.keys() - self._queues.keys():
            log.warning("snapshot has counters for unknown queue %r; ignored", unknown)

        self._contacts = {}
        for c in snap.contacts:
            queue = self._queues.get(c.queue)
            if queue is None:
                log.warning("snapshot contact %r is in unknown queue %r; ignored", c.id, c.queue)
                continue
            if c.id in self._contacts:  # ids are unique (section "Snapshot"): the last counts
                _listed_twice("contact", c.id)
                self._forget_contact(self._contacts[c.id])
            waiting = c.state == m.ContactState.WAITING
            self._contacts[c.id] = _ContactRecord(c.id, queue, c.queued_at, waiting, c.agent)
            if waiting:
                queue.waiting.add(c.queued_at)

        self._agent_counts = {}
        self._agents = {}
        for a in snap.agents:
            self._add_agent(a, snap.ts)

        self._cases = {}
        for case in snap.cases:
            if case.id in self._cases:
                _listed_twice("case", case.id)
                self._remove_case(case.id)
            self._add_case(case)
        self._callbacks = {}
        for callback in snap.callbacks:
            if callback.queue not in self._queues:
                log.warning("snapshot callback %r is for unknown queue %r; ignored",
                            callback.id, callback.queue)
                continue
            if callback.id in self._callbacks:
                _listed_twice("callback", callback.id)
                self._remove_callback(callback.id)
            self._add_callback(callback)
        self._notices = {n.id: n for n in snap.notices}

    # --- Contacts ----------------------------------------------------------------

    def _contact_queued(self, msg: m.ContactQueued) -> str | None:
        c = msg.contact
        queue = self._queues.get(c.queue)
        if queue is None:
            return f"contact.queued names unknown queue {c.queue!r}"
        if c.id in self._contacts:
            self._forget_contact(self._contacts[c.id])
        tally = self._tally_for(queue, msg.ts)
        if tally is not None:
            tally.offered += 1
            interval = self._interval(msg.ts)
            if interval is not None:
                interval[_OFFERED] += 1
                self._row(queue, msg.ts)[_OFFERED] += 1
        self._contacts[c.id] = _ContactRecord(c.id, queue, c.queued_at, True, None)
        queue.waiting.add(c.queued_at)
        queue.recent.arrived(msg.ts)
        return None

    def _contact_answered(self, msg: m.ContactAnswered) -> str | None:
        contact = self._contacts.get(msg.id)
        if contact is None:
            return f"contact.answered names unknown contact {msg.id!r}"
        if msg.agent not in self._agents:
            return f"contact.answered names unknown agent {msg.agent!r}"
        queue = contact.queue
        if contact.waiting:
            queue.waiting.discard(contact.queued_at)
            contact.waiting = False
        contact.agent = msg.agent
        queue.recent.left_queue(msg.wait_ms, abandoned=False)
        tally = self._tally_for(queue, msg.ts)
        if tally is not None:
            in_sl = msg.wait_ms <= queue.threshold_ms
            tally.answered += 1
            tally.wait_ms_answered += msg.wait_ms
            if in_sl:
                tally.answered_in_sl += 1
            interval = self._interval(msg.ts)
            if interval is not None:
                interval[_ANSWERED] += 1
                interval[_IN_SL] += in_sl
                row = self._row(queue, msg.ts)
                row[_ANSWERED] += 1
                row[_IN_SL] += in_sl
                row[_WAIT_MS] += msg.wait_ms
        return None

    def _contact_abandoned(self, msg: m.ContactAbandoned) -> str | None:
        contact = self._contacts.pop(msg.id, None)
        if contact is None:
            return f"contact.abandoned names unknown contact {msg.id!r}"
        queue = contact.queue
        if contact.waiting:
            queue.waiting.discard(contact.queued_at)
        queue.recent.left_queue(msg.wait_ms, abandoned=True)
        tally = self._tally_for(queue, msg.ts)
        if tally is not None:
            short = msg.wait_ms < queue.short_ms
            tally.abandoned += 1
            if short:
                tally.short_abandoned += 1
            interval = self._interval(msg.ts)
            if interval is not None:
                interval[_ABANDONED] += 1
                interval[_SHORT] += short
                row = self._row(queue, msg.ts)
                row[_ABANDONED] += 1
                row[_SHORT] += short
        return None

    def _contact_completed(self, msg: m.ContactCompleted) -> str | None:
        contact = self._contacts.pop(msg.id, None)
        if contact is None:
            return f"contact.completed names unknown contact {msg.id!r}"
        queue = contact.queue
        if contact.waiting:
            queue.waiting.discard(contact.queued_at)
        tally = self._tally_for(queue, msg.ts)
        if tally is not None:
            tally.completed += 1
            tally.handle_ms += msg.handle_ms
            outcome = msg.outcome
            # Unknown outcomes count toward `completed` only (section "Deltas").
            if outcome == "resolved":
                tally.resolved += 1
            elif outcome == "transferred":
                tally.transferred += 1
            elif outcome == "forwarded":
                tally.forwarded += 1
            elif outcome == "out_of_scope":
                tally.out_of_scope += 1
            day = self._day
            assert day is not None
            if day.start_ms <= msg.ts < day.end_ms:
                row = self._row(queue, msg.ts)
                row[_COMPLETED] += 1
                row[_HANDLE_MS] += msg.handle_ms
                position = _OUTCOME_POSITION.get(outcome)
                if position is not None:
                    row[position] += 1
        return None

    def _forget_contact(self, contact: _ContactRecord) -> None:
        if contact.waiting:
            contact.queue.waiting.discard(contact.queued_at)
        del self._contacts[contact.id]

    # --- Agents ------------------------------------------------------------------

    def _agent_added(self, msg: m.AgentAdded) -> str | None:
        self._add_agent(msg.agent, msg.ts)
        return None

    def _agent_state(self, msg: m.AgentStateChanged) -> str | None:
        agent = self._agents.get(msg.agent)
        if agent is None:
            return f"agent.state names unknown agent {msg.agent!r}"
        old = agent.state
        # The known states' own string objects: every count below then finds
        # its key by identity, as it did when states were enum members.
        known = _KNOWN_STATES.get(msg.state)
        new = msg.state if known is None else known
        if old != new:
            if known is not None:
                for counts in agent.groups:
                    counts[old] -= 1
                    counts[new] += 1
            else:
                for counts in agent.groups:
                    counts[old] -= 1
                    counts[new] = counts.get(new, 0) + 1
            agent.state = new
        agent.reason = msg.reason
        agent.contact = msg.contact
        agent.since = msg.ts
        return None

    def _add_agent(self, a: m.Agent, ts: int) -> None:
        old = self._agents.get(a.id)
        if old is not None:
            for counts in old.groups:
                counts[old.state] -= 1
        groups = tuple(self._counts(key) for key in self._agent_group_keys(a))
        state = _KNOWN_STATES.get(a.state, a.state)
        for counts in groups:
            counts[state] = counts.get(state, 0) + 1
        self._agents[a.id] = _AgentRecord(a, groups, ts)

    def _agent_group_keys(self, a: m.Agent) -> Iterable[tuple[str, ...]]:
        departments, languages = set(a.departments), set(a.languages)
        yield _SITE
        for d in departments:
            yield ("department", d)
            for lang in languages:
                yield ("pair", d, lang)
        for lang in languages:
            yield ("language", lang)
        channels: set[str] = set()
        by_skill = self._channels_by_skill
        for d in departments:
            channels.update(by_skill.get((d, None), ()))
            for lang in languages:
                channels.update(by_skill.get((d, lang), ()))
        for channel in channels:
            yield ("channel", channel)

    def _counts(self, key: tuple[str, ...]) -> dict[str, int]:
        counts = self._agent_counts.get(key)
        if counts is None:
            # The six states always; a state the client does not know gets its
            # own key when an agent first enters it (a logged-in agent counted
            # under the name it was sent with; see `group_figures`). A plain
            # dict, not a defaultdict: CPython's fast path for `d[k] += 1` is
            # for exact dicts, and agent events touch several per event.
            counts = self._agent_counts[key] = dict.fromkeys(AGENT_STATES, 0)
        return counts

    # --- Callbacks, cases, notices -----------------------------------------------

    def _callback_requested(self, msg: m.CallbackRequested) -> str | None:
        callback = msg.callback
        if callback.queue not in self._queues:
            return f"callback.requested names unknown queue {callback.queue!r}"
        if callback.id in self._callbacks:
            self._remove_callback(callback.id)
        self._add_callback(callback)
        return None

    def _callback_completed(self, msg: m.CallbackCompleted) -> str | None:
        if msg.id not in self._callbacks:
            return f"callback.completed names unknown callback {msg.id!r}"
        self._remove_callback(msg.id)
        return None

    def _add_callback(self, callback: m.Callback) -> None:
        queue = self._queues[callback.queue]
        queue.callbacks += 1
        if callback.due_at is not None:
            queue.callbacks_due.add(callback.due_at)
        self._callbacks[callback.id] = _CallbackRecord(queue, callback.due_at)

    def _remove_callback(self, callback_id: str) -> None:
        record = self._callbacks.pop(callback_id)
        record.queue.callbacks -= 1
        if record.due_at is not None:
            record.queue.callbacks_due.discard(record.due_at)

    def _case_opened(self, msg: m.CaseOpened) -> str | None:
        if msg.case.id in self._cases:
            self._remove_case(msg.case.id)
        self._add_case(msg.case)
        return None

    def _case_updated(self, msg: m.CaseUpdated) -> str | None:
        record = self._cases.get(msg.id)
        if record is None:
            return f"case.updated names unknown case {msg.id!r}"
        department = (
            record.department.id if isinstance(msg.department, m.msgspec.UnsetType)
            else msg.department
        )
        due_at = record.due_at if isinstance(msg.due_at, m.msgspec.UnsetType) else msg.due_at
        if department != record.department.id or due_at != record.due_at:
            self._remove_case(msg.id)
            record = self._place_case(msg.id, department, record.status, record.opened_at, due_at)
        if not isinstance(msg.status, m.msgspec.UnsetType):
            record.status = msg.status
        return None

    def _case_closed(self, msg: m.CaseClosed) -> str | None:
        if msg.id not in self._cases:
            return f"case.closed names unknown case {msg.id!r}"
        self._remove_case(msg.id)
        return None

    def _add_case(self, case: m.Case) -> None:
        self._place_case(case.id, case.department, case.status, case.opened_at, case.due_at)

    def _place_case(
        self, case_id: str, department_id: str, status: str, opened_at: int, due_at: int | None
    ) -> _CaseRecord:
        department = self._department(department_id, "case", case_id)
        department.cases += 1
        department.cases_opened.add(opened_at)
        if due_at is not None:
            department.cases_due.add(due_at)
        record = self._cases[case_id] = _CaseRecord(department, status, opened_at, due_at)
        return record

    def _department(self, department_id: str, kind: str, item_id: str) -> _DepartmentRecord:
        """The record of a department, made for one the snapshot did not declare.

        Work of an undeclared department still shows (the protocol's own
        example has a case of one): it is reported by its id as its name, as
        the protocol shows unknown names as given. The inconsistency is
        logged once per department per snapshot, not on every event.
        """
        department = self._departments.get(department_id)
        if department is not None and department_id in self._declared_departments:
            return department  # the common case, first and cheap: a case event is hot
        if department is None:
            department = self._departments[department_id] = _DepartmentRecord(
                department_id, department_id
            )
        if department_id not in self._undeclared_logged:
            self._undeclared_logged.add(department_id)
            log.warning("%s %r is in department %r, which the snapshot does not declare; "
                        "shown by its id", kind, item_id, department_id)
        return department

    def _remove_case(self, case_id: str) -> None:
        record = self._cases.pop(case_id)
        department = record.department
        department.cases -= 1
        department.cases_opened.discard(record.opened_at)
        if record.due_at is not None:
            department.cases_due.discard(record.due_at)

    def _notice(self, msg: m.NoticePosted) -> str | None:
        self._notices[msg.notice.id] = msg.notice
        if len(self._notices) > MAX_NOTICES:
            self._drop_expired_notices(msg.ts, keep=MAX_NOTICES)
        return None

    def _notice_cleared(self, msg: m.NoticeCleared) -> str | None:
        # Notices are not among the kinds whose unknown ids are inconsistent.
        self._notices.pop(msg.id, None)
        return None

    def _drop_expired_notices(self, now_ms: int, keep: int) -> None:
        expired = [n.id for n in self._notices.values() if n.until is not None and n.until < now_ms]
        for notice_id in expired:
            del self._notices[notice_id]
        while len(self._notices) > keep > 0:
            del self._notices[next(iter(self._notices))]

    # --- Figures -----------------------------------------------------------------

    def _agent_board(self, now_ms: int) -> AgentBoard:
        long_contact_before = now_ms - self.long_contact_s * 1000
        on_contact, not_ready = AgentState.ON_CONTACT, AgentState.NOT_READY
        limits = self.not_ready_limits_s
        long_contacts: list[_AgentRecord] = []
        long_not_ready: list[_AgentRecord] = []
        reasons: dict[str, int] = {}
        over: dict[str, int] = {}
        for a in self._agents.values():
            state = a.state
            if state == on_contact:
                if a.since <= long_contact_before:
                    long_contacts.append(a)
            elif state == not_ready:
                reason = a.reason or ""
                reasons[reason] = reasons.get(reason, 0) + 1
                limit_s = limits.get(reason, self.long_not_ready_s)
                if limit_s > 0 and a.since <= now_ms - limit_s * 1000:
                    long_not_ready.append(a)
                    over[reason] = over.get(reason, 0) + 1
        long_contacts.sort(key=_by_since)
        long_not_ready.sort(key=_by_since)
        return AgentBoard(
            long_contacts=tuple(map(_agent_view, long_contacts[:BOARD_LIST_LENGTH])),
            long_contacts_total=len(long_contacts),
            long_not_ready=tuple(map(_agent_view, long_not_ready[:BOARD_LIST_LENGTH])),
            long_not_ready_total=len(long_not_ready),
            not_ready_reasons=MappingProxyType(dict(sorted(reasons.items(),
                                                           key=lambda kv: -kv[1]))),
            long_contact_s=self.long_contact_s,
            long_not_ready_s=self.long_not_ready_s,
            not_ready_over=MappingProxyType(over),
            not_ready_limits_s=MappingProxyType(
                {r: limits.get(r, self.long_not_ready_s) for r in reasons}),
        )

    def _interval_figures(self, rule: SlRule) -> tuple[Interval, ...]:
        day = self._day
        assert day is not None
        known_from = self._intervals_from_ms
        filled = self._filled
        out = []
        for i, (offered, answered, in_sl, abandoned, short) in enumerate(self._intervals):
            start = day.start_ms + i * INTERVAL_MS
            sums = CounterSums(offered=offered, answered=answered, answered_in_sl=in_sl,
                               abandoned=abandoned, short_abandoned=short)
            known = start + INTERVAL_MS > known_from or i in filled
            out.append(Interval(start, known, offered, answered, abandoned,
                                service_level_pct(sums, rule)))
        return tuple(out)

    def _day_rows(self) -> DayRows | None:
        site, day = self._site, self._day
        if site is None or day is None:
            return None
        departments = self._departments
        queues = tuple(
            QueueInfo(q.id, q.name, q.department,
                      departments[q.department].name if q.department in departments
                      else q.department,
                      q.channel, q.language, q.threshold_s, q.target_pct)
            for q in self._queues.values()
        )
        rows = {q.id: MappingProxyType({i: tuple(r) for i, r in q.rows.items()})
                for q in self._queues.values() if q.rows}
        known_from = (day.start_ms + min(self._filled) * INTERVAL_MS if self._filled
                      else max(day.start_ms, self._intervals_from_ms))
        return DayRows(site.id, site.name or site.id, site.timezone, day.date, day.start_ms,
                       day.end_ms, queues, MappingProxyType(rows), known_from)

    def day_rows(self) -> tuple[DayRows | None, DayRows | None]:
        """Today's rows per queue and interval, and those of a day finished since the
        last call (once), for the interval store; copies, safe to keep."""
        closed, self._closed_rows = self._closed_rows, None
        return self._day_rows(), closed

    def closed_days(self) -> tuple[ClosedDay, ...]:
        """Totals of the finished business days still kept, oldest first."""
        days = []
        for day, tallies in self._closed:
            queues = {qid: CounterSums.of([t.values()]) for qid, t in tallies.items()}
            site = CounterSums.of([t.values() for t in tallies.values()])
            days.append(ClosedDay(day.date, site, MappingProxyType(queues)))
        return tuple(days)

    def figures(self, now_ms: int) -> SiteFigures | None:
        """All figures at wall-clock time ``now_ms``; ``None`` before the first snapshot."""
        site, day = self._site, self._day
        if site is None or day is None:
            return None
        rule = self.sl_rule
        queues = self._queues
        # One reading per queue, shared by every group it belongs to.
        rows = {qid: q.tally.values() for qid, q in queues.items()}
        waiting = {qid: len(q.waiting) for qid, q in queues.items()}
        oldest = {qid: q.waiting.earliest() for qid, q in queues.items()}

        def over(group: _Group, agents: dict[str, int]) -> GroupFigures:
            members = group.queue_ids
            starts = [t for qid in members if (t := oldest[qid]) is not None]
            return group_figures(
                CounterSums.of([rows[qid] for qid in members]),
                waiting=sum(waiting[qid] for qid in members),
                oldest_queued_at=min(starts) if starts else None,
                agents=agents,
                thresholds=group.thresholds,
                rule=rule,
                now_ms=now_ms,
            )

        empty: dict[str, int] = {}
        counts = self._agent_counts
        groups = self._groups
        queue_figures: dict[str, QueueFigures] = {}
        for qid, q in queues.items():
            skill = ("department", q.department) if q.language is None else (
                "pair", q.department, q.language)
            queue_figures[qid] = QueueFigures(
                qid, q.name, q.department, q.channel, q.language, q.target_pct,
                over(groups.queues[qid], counts.get(skill, empty)),
            )

        departments: dict[str, DepartmentFigures] = {}
        declared = self._declared_departments
        for department_id, d in self._departments.items():
            group = groups.departments.get(department_id, _NO_GROUP)
            if department_id not in declared and not d.cases and not group.queue_ids:
                continue  # undeclared, and no work of it is left
            members = [queues[qid] for qid in group.queue_ids]
            kpis = over(group, counts.get(("department", department_id), empty))
            oldest_case = d.cases_opened.earliest()
            backlog = DepartmentBacklog(
                waiting=kpis.waiting,
                open_cases=d.cases,
                overdue_cases=d.cases_due.count_before(now_ms),
                oldest_case_age_s=(
                    None if oldest_case is None else max(0, now_ms - oldest_case) / 1000
                ),
                callbacks_pending=sum(q.callbacks for q in members),
                callbacks_overdue=sum(q.callbacks_due.count_before(now_ms) for q in members),
            )
            departments[department_id] = DepartmentFigures(d.id, d.name, kpis, backlog)

        languages = {lang: over(g, counts.get(("language", lang), empty))
                     for lang, g in groups.languages.items()}
        notices = tuple(
            NoticeView(n.id, n.text, n.severity, n.until)
            for n in self._notices.values()
            if n.until is None or n.until >= now_ms
        )
        return SiteFigures(
            agent_board=self._agent_board(now_ms),
            intervals=self._interval_figures(rule),
            site_id=site.id,
            site_name=site.name or site.id,
            timezone=site.timezone,
            business_day=day.date,
            now_ms=now_ms,
            sl_rule=rule,
            site=over(groups.site, counts.get(_SITE, empty)),
            departments=MappingProxyType(departments),
            queues=MappingProxyType(queue_figures),
            channels=MappingProxyType(
                {c: over(g, counts.get(("channel", c), empty)) for c, g in groups.channels.items()}
            ),
            languages=MappingProxyType(languages),
            notices=notices,
            staffing=self._staffing_figures(now_ms, queue_figures, departments, languages),
        )

    def _live_state(self, agent: _AgentRecord, live_channels: tuple[str, ...]) -> str:
        """The agent's state for live work: one busy with a message or a case is not free
        for a call however soon it ends, so it is "deferred", off the floor for the model."""
        if agent.contact is None or agent.state == AgentState.NOT_READY:
            return agent.state
        contact = self._contacts.get(agent.contact)
        if contact is not None and contact.queue.channel not in live_channels:
            return "deferred"
        return agent.state

    def refresh_staffing(self, now_ms: int) -> None:
        """Work the staffing figures out afresh for ``now_ms``, for :meth:`figures` to
        reuse: the feed's thread calls this once a second, so that the model's few
        milliseconds are not spent in a refresh of the screen."""
        self._staffing_at = None
        self.figures(now_ms)

    def _staffing_figures(self, now_ms: int, queues: dict[str, QueueFigures],
                          departments: dict[str, DepartmentFigures],
                          languages: dict[str, GroupFigures]) -> SiteStaffing | None:
        """Agents needed against agents on the floor, recomputed at most once a second.

        The rate window ends at the last message's own time (a heartbeat at
        least every 5 s keeps it current): arrivals and the window's end then
        share one clock, even when the feed runs ahead of or behind the wall
        clock (a simulator at speed, a replay). A silent feed is marked stale.
        """
        options = self.staffing
        if not options.enabled:
            return None
        second = now_ms // 1000
        if self._staffing_at is not None:
            at, result = self._staffing_at
            if at == second or (self.staffing_kept_current
                                and 0 <= second - at <= STAFFING_REUSE_S):
                return result
        end_ms = self._last_ts
        inputs = {
            qid: queue_input(qid, q.department, q.language, q.channel, self._queues[qid].recent,
                             aht_s=q.kpis.aht_s, threshold_s=self._queues[qid].threshold_s,
                             target_pct=q.sl_target_pct, end_ms=end_ms,
                             observed_from_ms=self._observed_from_ms, options=options)
            for qid, q in queues.items()
        }
        floor = shared_floor((self._live_state(a, options.live_channels), a.departments,
                              a.languages) for a in self._agents.values())
        result = evaluate_staffing(inputs, departments, languages, floor, options)
        self._staffing_at = (second, result)
        return result


def _listed_twice(kind: str, item_id: str) -> None:
    # Counting both would leave a phantom behind when the one real item goes.
    log.warning("snapshot lists %s %r twice; the last one counts", kind, item_id)


def _by_since(agent: _AgentRecord) -> int:
    return agent.since


def _agent_view(a: _AgentRecord) -> AgentView:
    return AgentView(a.id, a.name, a.state, a.reason, a.since, a.departments)


def _nothing(_message: m.Message) -> None:
    return None
