"""A discrete-event model of a citizen contact centre, without I/O.

:class:`CentreModel` holds the whole state of a simulated site and moves it
forward in time when told to: :meth:`CentreModel.advance` runs every event up
to a time and returns the protocol's delta messages in time order;
:meth:`CentreModel.snapshot` describes the state at the current time. It has
no clock, socket or thread of its own, and for a seed it always produces the
same stream, so tests can replay it exactly.

What happens inside: contacts arrive as a Poisson process following the
intraday profile; a waiting contact goes to the skilled agent who has been
available longest, and a freed agent takes the contact that has waited
longest relative to its queue's service-level threshold. Voice calls ring
before they are answered; talk and wrap-up times are lognormal; callers give
up when their patience runs out. Agents follow shifts with breaks, lunch and
trainings. Forwarded contacts open cases that move on over the following
days; some callers ask for a callback instead of waiting.

The stream is self-consistent (section "Order and recovery"): a delta only
names contacts, agents, cases and callbacks that exist, and the counters of a
snapshot equal the previous snapshot's counters plus the deltas in between,
reset at local midnight (section "The business day").
"""

from __future__ import annotations

import heapq
import logging
import random
from collections import deque
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from wallboard.simulator import behaviour, messages
from wallboard.simulator import counters as cn
from wallboard.simulator.backlog import CaseStep, case_due, plan_callback, plan_case
from wallboard.simulator.behaviour import Outcome
from wallboard.simulator.demand import ArrivalStream
from wallboard.simulator.entities import BUSY, Agent, AgentState, Contact, Phase
from wallboard.simulator.messages import Message
from wallboard.simulator.roster import (
    AgentProfile,
    Pause,
    Shift,
    build_roster,
    extra_agent,
    shift_on,
)
from wallboard.simulator.scenarios import LIVE_CHANNELS, SCENARIOS, Channel, NoticeSpec, Scenario
from wallboard.simulator.sitetime import SiteCalendar
from wallboard.simulator.warmup import INTERVAL_MS as _INTERVAL_MS
from wallboard.simulator.warmup import (
    apply_case_step,
    counters_so_far,
    open_cases,
    pending_callbacks,
    rows_so_far,
)

logger = logging.getLogger(__name__)

#: The model runs this long before ``start_ms`` so agents and queues have settled.
DEFAULT_WARMUP_MS = 30 * 60_000

#: Weight of deferred work (messages, forms) against live contacts in routing.
_DEFERRED_WEIGHT = 0.8

#: Shift ordinal of agents called in for a surge.
_CALLED_IN = -1


class CentreModel:
    """A simulated contact centre.

    Create it with a scenario (or its name), a seed and the simulated start
    time; it is then warmed up and its state is that of ``start_ms``. Call
    :meth:`advance` with ever later times and send the returned deltas in
    order; call :meth:`snapshot` whenever a client needs the full state.
    """

    def __init__(
        self, scenario: Scenario | str, seed: int, start_ms: int,
        warmup_ms: int = DEFAULT_WARMUP_MS,
    ) -> None:
        self.scenario = SCENARIOS[scenario] if isinstance(scenario, str) else scenario
        sc = self.scenario
        self._seed = seed
        self._rng = random.Random(f"model/{sc.name}/{seed}")
        self._calendar = SiteCalendar(sc.timezone)
        self._queues = sc.queues
        self._threshold_ms = [q.sl_threshold_s * 1000 for q in sc.queues]
        self._short_ms = [q.short_abandon_s * 1000 for q in sc.queues]
        self._live = [q.channel in LIVE_CHANNELS for q in sc.queues]
        self._department_ids = tuple(d.id for d in sc.departments)
        self._transfer_targets = [self._transfer_targets_of(i) for i in range(len(sc.queues))]
        self._queue_agents: list[set[str]] = [set() for _ in sc.queues]
        self._waiting: list[deque[Contact]] = [deque() for _ in sc.queues]
        self._agents: dict[str, Agent] = {}
        #: Available agents, the longest available first (insertion order).
        self._available: dict[str, None] = {}
        self._contacts: dict[str, Contact] = {}
        self._cases: dict[str, dict[str, Any]] = {}
        self._case_steps: dict[str, list[CaseStep]] = {}
        self._callbacks: dict[str, dict[str, Any]] = {}
        self._notices: dict[str, dict[str, Any]] = {}
        self._heap: list[tuple[int, int, int, Any]] = []
        self._order = 0
        self._out: list[Message] = []
        self._ids = {"contact": 0, "case": 0, "callback": 0}
        self._start_ms = start_ms
        self._streams = [
            ArrivalStream(sc, self._calendar, live=True, surge_start_ms=start_ms),
            ArrivalStream(sc, self._calendar, live=False, surge_start_ms=start_ms),
        ]
        self._handlers: list[Callable[[Any], None]] = [
            self._on_arrival, self._on_ring_end, self._on_talk_end, self._on_wrap_end,
            self._on_patience, self._on_login, self._on_logout, self._on_pause, self._on_ready,
            self._on_callback_done, self._on_case_step, self._on_notice, self._on_notice_clear,
            self._on_new_day, self._on_call_in,
        ]
        t0 = start_ms - warmup_ms
        self._now = t0
        self._day = self._calendar.day_of(t0)
        self._counters = counters_so_far(sc, self._streams, self._calendar, t0, self._rng)
        #: The day's counters per queue and 15-minute interval (the snapshot's ``intervals``).
        self._rows = rows_so_far(sc, self._streams, self._calendar, t0, self._counters)
        self._seed_backlog(t0)
        self._seed_agents(t0)
        for i, stream in enumerate(self._streams):
            first = stream.next_after(t0, self._rng)
            if first is not None:
                self._schedule(first, _ARRIVAL, i)
        self._schedule(self._day.end_ms, _NEW_DAY, self._day.date.toordinal() + 1)
        for spec in sc.notices:
            self._schedule(start_ms + spec.at_s * 1000, _NOTICE, spec)
        if sc.callin_agents:
            self._schedule(start_ms + sc.callin_after_s * 1000, _CALL_IN, None)
        self.advance(start_ms)  # the warm-up; its deltas are not sent to anyone
        logger.debug("%s model warmed up: %s", sc.name, self.sizes())

    # --- Public interface ---------------------------------------------------------

    @property
    def now_ms(self) -> int:
        """The model's current time (epoch ms)."""
        return self._now

    def advance(self, to_ms: int) -> list[Message]:
        """Run every event with a time up to ``to_ms``; return their deltas in time order.

        The caller must send the deltas in the order given. A time at or
        before the current one does nothing.
        """
        if to_ms <= self._now:
            return []
        heap = self._heap
        handlers = self._handlers
        day_end = self._day.end_ms
        while heap and heap[0][0] <= to_ms:
            ts, _, kind, arg = heapq.heappop(heap)
            if ts >= day_end:
                self._roll_day(ts)
                day_end = self._day.end_ms
            self._now = ts
            handlers[kind](arg)
        self._now = to_ms
        if to_ms >= day_end:
            self._roll_day(to_ms)
        out, self._out = self._out, []
        return out

    def snapshot(self) -> Message:
        """The snapshot message body at the current time (``type`` and ``ts``, no ``seq``)."""
        sc = self.scenario
        return {
            "type": "snapshot",
            "ts": self._now,
            "site": {"id": sc.site_id, "name": sc.site_name, "timezone": sc.timezone},
            "departments": [{"id": d.id, "name": d.name} for d in sc.departments],
            "queues": [q.to_wire() for q in self._queues],
            "agents": [a.to_wire() for a in self._agents.values()],
            "contacts": [self._contact_wire(c) for c in self._contacts.values()],
            "counters": {q.id: cn.to_wire(self._counters[i])
                         for i, q in enumerate(self._queues)},
            "cases": [dict(c) for c in self._cases.values()],
            "callbacks": [dict(c) for c in self._callbacks.values()],
            "notices": [dict(n) for n in self._notices.values()],
            "intervals": self._intervals_wire(),
        }

    def _intervals_wire(self) -> dict[str, Any]:
        """The day so far per queue (section "Optional: the day so far in intervals");
        queues with nothing counted yet are left out, as the protocol allows."""
        last = (self._now - self._day.start_ms) // _INTERVAL_MS
        zero = cn.zero()
        queues = {}
        for q, rows in enumerate(self._rows):
            if rows:
                end = min(last, max(rows)) + 1
                # Copies: the rows go on counting after the snapshot is taken.
                queues[self._queues[q].id] = [list(rows.get(i, zero)) for i in range(end)]
        return {"start": self._day.start_ms, "minutes": _INTERVAL_MS // 60_000,
                "queues": queues}

    def _row(self, q: int) -> list[int]:
        """Queue ``q``'s counters of the interval of now."""
        index = (self._now - self._day.start_ms) // _INTERVAL_MS
        row = self._rows[q].get(index)
        if row is None:
            row = self._rows[q][index] = cn.zero()
        return row

    def sizes(self) -> dict[str, int]:
        """How much the model holds, for logging and for tests of bounded memory."""
        return {
            "events": len(self._heap),
            "contacts": len(self._contacts),
            "queued_refs": sum(len(d) for d in self._waiting),
            "cases": len(self._cases),
            "callbacks": len(self._callbacks),
            "agents": len(self._agents),
            "notices": len(self._notices),
        }

    # --- Scheduling and the business day ---------------------------------------------

    def _schedule(self, ts: int, kind: int, arg: Any) -> None:
        self._order += 1
        heapq.heappush(self._heap, (max(ts, self._now), self._order, kind, arg))

    def _roll_day(self, ts: int) -> None:
        """A new business day: counters start from zero (section "The business day")."""
        self._day = self._calendar.day_of(ts)
        self._counters = [cn.zero() for _ in self._queues]
        self._rows = [{} for _ in self._queues]

    def _next_id(self, kind: str, prefix: str) -> str:
        self._ids[kind] += 1
        return f"{prefix}{self._ids[kind]}"

    def _emit(self, message: Message) -> None:
        self._out.append(message)

    # --- Contacts ----------------------------------------------------------------

    def _on_arrival(self, stream_index: int) -> None:
        stream = self._streams[stream_index]
        q = stream.pick_queue(self._rng)
        queue = self._queues[q]
        if queue.channel is Channel.VOICE and behaviour.wants_callback(
            self._head_wait(q), self._rng
        ):
            self._request_callback(q)
        else:
            self._new_contact(q, leg=False)
        following = stream.next_after(self._now, self._rng)
        if following is not None:
            self._schedule(following, _ARRIVAL, stream_index)

    def _new_contact(self, q: int, leg: bool) -> None:
        now = self._now
        contact = Contact(self._next_id("contact", "c"), q, now, leg)
        self._contacts[contact.id] = contact
        self._counters[q][cn.OFFERED] += 1
        self._row(q)[cn.OFFERED] += 1
        self._emit(messages.contact_queued(now, contact.id, self._queues[q].id, now))
        self._route_contact(contact)
        if contact.phase != Phase.CONNECTED:
            patience = behaviour.patience_ms(self._queues[q].channel, self._rng)
            self._schedule(now + patience, _PATIENCE, contact.id)

    def _route_contact(self, contact: Contact) -> None:
        """Offer a new contact to the skilled agent available longest, else queue it."""
        skilled = self._queue_agents[contact.queue]
        for agent_id in self._available:
            if agent_id in skilled:
                self._offer(self._agents[agent_id], contact)
                return
        self._waiting[contact.queue].append(contact)

    def _offer(self, agent: Agent, contact: Contact) -> None:
        self._available.pop(agent.id, None)
        agent.contact = contact.id
        contact.agent = agent.id
        if self._queues[contact.queue].channel is Channel.VOICE:
            contact.phase = Phase.RINGING
            self._set_agent(agent, AgentState.RINGING, None, contact.id)
            self._schedule(self._now + behaviour.ring_ms(self._rng), _RING_END, contact.id)
        else:
            self._answer(contact, agent)

    def _answer(self, contact: Contact, agent: Agent) -> None:
        """Section "Deltas", ``contact.answered``: the wait, in service level or not."""
        now = self._now
        q = contact.queue
        wait = now - contact.queued_at
        for c in (self._counters[q], self._row(q)):
            c[cn.ANSWERED] += 1
            c[cn.WAIT_MS_ANSWERED] += wait
            if wait <= self._threshold_ms[q]:
                c[cn.ANSWERED_IN_SL] += 1
        contact.phase = Phase.CONNECTED
        contact.answered_at = now
        queue = self._queues[q]
        contact.outcome = behaviour.outcome(
            queue.channel, queue.department,
            can_transfer=not contact.leg and bool(self._transfer_targets[q]), rng=self._rng,
        )
        self._emit(messages.contact_answered(now, contact.id, agent.id, wait))
        self._set_agent(agent, AgentState.ON_CONTACT, None, contact.id)
        self._schedule(now + behaviour.talk_ms(queue.channel, self._rng), _TALK_END, contact.id)

    def _on_ring_end(self, contact_id: str) -> None:
        contact = self._contacts.get(contact_id)
        if contact is None or contact.phase != Phase.RINGING or contact.agent is None:
            return  # the caller hung up while it rang
        self._answer(contact, self._agents[contact.agent])

    def _on_talk_end(self, contact_id: str) -> None:
        contact = self._contacts[contact_id]
        assert contact.agent is not None
        self._set_agent(self._agents[contact.agent], AgentState.WRAP_UP, None, contact.id)
        self._schedule(self._now + behaviour.wrap_ms(contact.outcome, self._rng), _WRAP_END,
                       contact.id)

    def _on_wrap_end(self, contact_id: str) -> None:
        """The contact is completed (handle time = talk + wrap-up) and the agent is free."""
        now = self._now
        contact = self._contacts.pop(contact_id)
        contact.phase = Phase.GONE
        q = contact.queue
        handle = now - contact.answered_at
        for c in (self._counters[q], self._row(q)):
            c[cn.COMPLETED] += 1
            c[cn.HANDLE_MS] += handle
            c[cn.OUTCOME_INDEX[contact.outcome]] += 1
        self._emit(messages.contact_completed(now, contact.id, handle, str(contact.outcome)))
        if contact.outcome is Outcome.TRANSFERRED:
            # Section "Deltas": the new leg is a new contact in another queue.
            self._new_contact(self._rng.choice(self._transfer_targets[q]), leg=True)
        elif contact.outcome is Outcome.FORWARDED:
            self._open_case(q)
        assert contact.agent is not None
        self._release(self._agents[contact.agent])

    def _on_patience(self, contact_id: str) -> None:
        """The caller gives up (``contact.abandoned``); under ``short_abandon_s`` it is short."""
        contact = self._contacts.get(contact_id)
        if contact is None or contact.phase == Phase.CONNECTED:
            return
        wait = self._now - contact.queued_at
        for c in (self._counters[contact.queue], self._row(contact.queue)):
            c[cn.ABANDONED] += 1
            if wait < self._short_ms[contact.queue]:
                c[cn.SHORT_ABANDONED] += 1
        del self._contacts[contact_id]
        self._emit(messages.contact_abandoned(self._now, contact_id, wait))
        ringing = contact.phase == Phase.RINGING
        contact.phase = Phase.GONE  # dropped from its queue when it reaches the head
        if ringing and contact.agent is not None:
            self._release(self._agents[contact.agent])

    def _head_wait(self, q: int) -> int:
        """How long the oldest contact waiting in queue ``q`` has waited."""
        waiting = self._waiting[q]
        while waiting and waiting[0].phase != Phase.WAITING:
            waiting.popleft()
        return self._now - waiting[0].queued_at if waiting else 0

    def _transfer_targets_of(self, q: int) -> list[int]:
        """Queues of other departments in the same channel and language."""
        queue = self._queues[q]
        others = [i for i, o in enumerate(self._queues)
                  if o.channel == queue.channel and o.department != queue.department]
        same = [i for i in others if self._queues[i].language == queue.language]
        if same:
            return same
        open_languages = (None, *self.scenario.fallback_languages)
        return [i for i in others if self._queues[i].language in open_languages]

    def _contact_wire(self, contact: Contact) -> dict[str, Any]:
        connected = contact.phase == Phase.CONNECTED
        return {"id": contact.id, "queue": self._queues[contact.queue].id,
                "state": "connected" if connected else "waiting",
                "queued_at": contact.queued_at, "agent": contact.agent if connected else None}

    # --- Agents --------------------------------------------------------------------

    def _set_agent(
        self, agent: Agent, state: AgentState, reason: str | None, contact: str | None
    ) -> None:
        agent.state = state
        agent.reason = reason
        agent.contact = contact
        agent.since = self._now
        self._emit(messages.agent_state(self._now, agent.id, state.value, reason, contact))

    def _release(self, agent: Agent) -> None:
        """An agent's contact ended: log out or pause if that was due, else take work."""
        agent.contact = None
        if agent.pending_logout:
            self._log_out(agent)
        elif agent.pending_pause is not None:
            pause, agent.pending_pause = agent.pending_pause, None
            self._start_pause(agent, pause)
        else:
            self._take_work(agent)

    def _take_work(self, agent: Agent, announce: bool = True) -> None:
        """Give a free agent the most urgent waiting contact, or make them available.

        Urgency is the wait relative to the queue's service-level threshold, so
        a call waiting 15 s comes before an e-mail waiting 15 minutes. Deferred
        work never outranks a live contact near its threshold: the phones come
        first, messages fill the gaps.
        """
        best = -1
        best_score = -1.0
        now = self._now
        live = self._live
        for q in agent.queues:
            waiting = self._waiting[q]
            while waiting and waiting[0].phase != Phase.WAITING:
                waiting.popleft()
            if waiting:
                score = (now - waiting[0].queued_at) / self._threshold_ms[q]
                if not live[q]:
                    score = _DEFERRED_WEIGHT * min(score, 1.0)
                if score > best_score:
                    best, best_score = q, score
        if best >= 0:
            self._offer(agent, self._waiting[best].popleft())
            return
        if announce:
            self._set_agent(agent, AgentState.AVAILABLE, None, None)
        self._available[agent.id] = None

    def _start_pause(self, agent: Agent, pause: Pause) -> None:
        self._available.pop(agent.id, None)
        agent.token += 1
        self._set_agent(agent, AgentState.NOT_READY, pause.reason, None)
        self._schedule(self._now + pause.duration_ms, _READY, (agent.id, agent.token))

    def _log_out(self, agent: Agent) -> None:
        self._available.pop(agent.id, None)
        agent.token += 1
        agent.pending_logout = False
        agent.pending_pause = None
        self._set_agent(agent, AgentState.LOGGED_OUT, None, None)

    def _on_login(self, arg: tuple[str, int]) -> None:
        agent = self._agents[arg[0]]
        if agent.state != AgentState.LOGGED_OUT:
            return
        agent.shift = arg[1]
        agent.pending_logout = False
        agent.pending_pause = None
        self._take_work(agent)

    def _on_logout(self, arg: tuple[str, int]) -> None:
        agent = self._agents[arg[0]]
        if agent.shift != arg[1] or agent.state == AgentState.LOGGED_OUT:
            return
        if agent.state in BUSY:
            agent.pending_logout = True
        else:
            self._log_out(agent)

    def _on_pause(self, arg: tuple[str, int, Pause]) -> None:
        agent = self._agents[arg[0]]
        if agent.shift != arg[1] or agent.state in (AgentState.LOGGED_OUT, AgentState.NOT_READY):
            return
        if agent.state in BUSY:
            agent.pending_pause = arg[2]
        else:
            self._start_pause(agent, arg[2])

    def _on_ready(self, arg: tuple[str, int]) -> None:
        agent = self._agents[arg[0]]
        if agent.token == arg[1] and agent.state == AgentState.NOT_READY:
            self._take_work(agent)

    def _add_agent(self, profile: AgentProfile, since: int) -> Agent:
        skills = tuple(
            i for i, q in enumerate(self._queues)
            if q.department in profile.departments
            and (q.language is None or q.language in profile.languages)
        )
        agent = Agent(profile, skills, since)
        self._agents[agent.id] = agent
        for q in skills:
            self._queue_agents[q].add(agent.id)
        return agent

    def _plan_shift(self, agent: Agent, shift: Shift) -> None:
        self._schedule(shift.login_ms, _LOGIN, (agent.id, shift.ordinal))
        for pause in shift.pauses:
            self._schedule(pause.start_ms, _PAUSE, (agent.id, shift.ordinal, pause))
        self._schedule(shift.logout_ms, _LOGOUT, (agent.id, shift.ordinal))

    def _on_new_day(self, ordinal: int) -> None:
        """At local midnight, plan the shifts that start on the following day."""
        self._plan_day(date.fromordinal(ordinal + 1))
        self._schedule(self._calendar.day(date.fromordinal(ordinal)).end_ms, _NEW_DAY, ordinal + 1)

    def _plan_day(self, day: date) -> None:
        for agent in self._agents.values():
            if agent.shift == _CALLED_IN:
                continue
            shift = shift_on(agent.profile, day, self.scenario, self._calendar, self._seed)
            if shift is not None:
                self._plan_shift(agent, shift)

    def _on_call_in(self, _: None) -> None:
        """Extra agents join for the surge (``agent.added``) and leave when it ends."""
        sc = self.scenario
        leave = self._start_ms + sc.surge_duration_s * 1000
        for n in range(1, sc.callin_agents + 1):
            agent = self._add_agent(extra_agent(sc, n, self._seed), self._now)
            agent.state = AgentState.AVAILABLE
            agent.shift = _CALLED_IN
            self._emit(messages.agent_added(self._now, agent.to_wire()))
            self._take_work(agent, announce=False)
            self._schedule(max(leave, self._now + 1), _LOGOUT, (agent.id, _CALLED_IN))

    def _seed_agents(self, t0: int) -> None:
        """Agents as they are at ``t0``: on shift, on a break, or not yet in."""
        today = self._calendar.date_of(t0)
        on_shift: list[tuple[int, Agent]] = []
        for profile in build_roster(self.scenario, self._seed):
            agent = self._add_agent(profile, t0)
            last_logout = t0 - 12 * 3_600_000
            for day in (today - timedelta(days=1), today, today + timedelta(days=1)):
                shift = shift_on(profile, day, self.scenario, self._calendar, self._seed)
                if shift is None:
                    continue
                if shift.logout_ms <= t0:
                    last_logout = max(last_logout, shift.logout_ms)
                    continue
                if shift.login_ms > t0:
                    self._plan_shift(agent, shift)
                    continue
                agent.shift = shift.ordinal
                agent.state = AgentState.AVAILABLE
                agent.since = shift.login_ms
                for pause in shift.pauses:
                    if pause.start_ms > t0:
                        self._schedule(pause.start_ms, _PAUSE, (agent.id, shift.ordinal, pause))
                    elif pause.start_ms + pause.duration_ms > t0:
                        agent.state, agent.reason = AgentState.NOT_READY, pause.reason
                        agent.since = pause.start_ms
                        self._schedule(pause.start_ms + pause.duration_ms, _READY,
                                       (agent.id, agent.token))
                    else:
                        agent.since = max(agent.since, pause.start_ms + pause.duration_ms)
                self._schedule(shift.logout_ms, _LOGOUT, (agent.id, shift.ordinal))
                if agent.state == AgentState.AVAILABLE:
                    on_shift.append((agent.since, agent))
            if agent.state == AgentState.LOGGED_OUT:
                agent.since = last_logout
        for _, agent in sorted(on_shift, key=lambda item: item[0]):
            self._available[agent.id] = None

    # --- Cases, callbacks and notices -----------------------------------------------

    def _open_case(self, q: int) -> None:
        now = self._now
        queue = self._queues[q]
        dept = self.scenario.department(queue.department)
        case_id = self._next_id("case", "k")
        due_at = case_due(now, self._rng)
        case: dict[str, Any] = {
            "id": case_id, "department": dept.id,
            "channel": str(queue.channel), "category": self._rng.choice(dept.categories),
            "status": "open", "opened_at": now, "due_at": due_at,
        }
        self._cases[case_id] = case
        steps = plan_case(now, due_at, dept.id, self._department_ids, self._rng)
        self._case_steps[case_id] = steps
        self._schedule(steps[0].ts, _CASE_STEP, case_id)
        self._emit(messages.case_opened(now, case))

    def _on_case_step(self, case_id: str) -> None:
        steps = self._case_steps[case_id]
        step = steps.pop(0)
        if step.close:
            del self._cases[case_id]
            del self._case_steps[case_id]
            self._emit(messages.case_closed(self._now, case_id))
            return
        changes = apply_case_step(self._cases[case_id], step)
        self._emit(messages.case_updated(self._now, case_id, changes))
        self._schedule(steps[0].ts, _CASE_STEP, case_id)

    def _request_callback(self, q: int) -> None:
        now = self._now
        plan = plan_callback(now, self._rng)
        callback_id = self._next_id("callback", "cb")
        callback: dict[str, Any] = {"id": callback_id, "queue": self._queues[q].id,
                                    "requested_at": now, "due_at": plan.due_at}
        self._callbacks[callback_id] = callback
        self._schedule(plan.done_at, _CALLBACK_DONE, (callback_id, plan.outcome))
        self._emit(messages.callback_requested(now, callback))

    def _on_callback_done(self, arg: tuple[str, str]) -> None:
        del self._callbacks[arg[0]]
        self._emit(messages.callback_completed(self._now, arg[0], arg[1]))

    def _on_notice(self, spec: NoticeSpec) -> None:
        posted = {"id": spec.id, "text": spec.text, "severity": spec.severity,
                  "until": self._start_ms + spec.until_s * 1000}
        self._notices[spec.id] = posted
        self._emit(messages.notice(self._now, posted))
        cleared = spec.cleared_at_s if spec.cleared_at_s is not None else spec.until_s
        self._schedule(self._start_ms + cleared * 1000, _NOTICE_CLEAR, spec.id)

    def _on_notice_clear(self, notice_id: str) -> None:
        if self._notices.pop(notice_id, None) is not None:
            self._emit(messages.notice_cleared(self._now, notice_id))

    def _seed_backlog(self, t0: int) -> None:
        """Open cases and pending callbacks left from before ``t0``."""
        for case, steps in open_cases(self.scenario, self._streams, self._calendar, t0, self._rng):
            case_id = self._next_id("case", "k")
            self._cases[case_id] = {"id": case_id, **case}
            self._case_steps[case_id] = steps
            self._schedule(steps[0].ts, _CASE_STEP, case_id)
        for q, requested, plan in pending_callbacks(self.scenario, self._streams[0], t0, self._rng):
            callback_id = self._next_id("callback", "cb")
            self._callbacks[callback_id] = {"id": callback_id, "queue": self._queues[q].id,
                                            "requested_at": requested, "due_at": plan.due_at}
            self._schedule(plan.done_at, _CALLBACK_DONE, (callback_id, plan.outcome))


# Event kinds: indexes into CentreModel._handlers.
(_ARRIVAL, _RING_END, _TALK_END, _WRAP_END, _PATIENCE, _LOGIN, _LOGOUT, _PAUSE, _READY,
 _CALLBACK_DONE, _CASE_STEP, _NOTICE, _NOTICE_CLEAR, _NEW_DAY, _CALL_IN) = range(15)
