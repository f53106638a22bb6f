"""Immutable figures handed to the wall and the probe, and the KPI formulas.

Every formula follows the protocol's section "KPI definitions". A figure
whose denominator is 0 or less, or a maximum or age over nothing, is
``None``: the wall shows "—" and the probe ``null``, never 0 or 100 %.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from datetime import date
from types import MappingProxyType

import msgspec

from wallboard.engine.tally import CounterSums
from wallboard.protocol.models import AgentState
from wallboard.staffing.live import SiteStaffing

#: Plain strings, not the enum's members: agent states arrive as strings
#: (unknown ones too), and a dict whose keys are all exact strings is looked
#: up on CPython's fastest path on every agent event.
AGENT_STATES: tuple[str, ...] = tuple(state.value for state in AgentState)
_KNOWN_STATES = frozenset(AGENT_STATES)


class SlRule(enum.StrEnum):
    """The service-level formulas the protocol allows; ``default`` unless configured."""

    DEFAULT = "default"  # answered_in_sl / (answered + abandoned - short_abandoned)
    ANSWERED = "answered"  # answered_in_sl / answered
    ALL_ABANDONS = "all_abandons"  # answered_in_sl / (answered + abandoned)

    def describe(self) -> str:
        """The rule as the wall states it."""
        return {
            SlRule.DEFAULT: "answered in threshold / (answered + abandoned − short abandons)",  # noqa: RUF001
            SlRule.ANSWERED: "answered in threshold / answered",
            SlRule.ALL_ABANDONS: "answered in threshold / (answered + abandoned)",
        }[self]


class GroupFigures(msgspec.Struct, frozen=True, gc=False):
    """The KPIs of one group of queues: a queue, department, channel, language or the site."""

    counters: CounterSums
    service_level_pct: float | None
    abandon_rate_pct: float | None
    asa_s: float | None
    aht_s: float | None
    fcr_pct: float | None
    out_of_scope_pct: float | None
    waiting: int
    longest_wait_s: float | None
    occupancy_pct: float | None
    #: Agents by state: the six states of the protocol always, and any state
    #: the client does not know under its own name while agents are in it.
    agents: Mapping[str, int]
    #: The shortest and the longest service-level threshold of the group's queues
    #: (the same one twice when they share it; they vary when not), or ``None``
    #: when there are no queues.
    sl_threshold_range_s: tuple[int, int] | None


class DepartmentBacklog(msgspec.Struct, frozen=True, gc=False):
    """Work waiting on one department "now" (protocol: "Department backlog now")."""

    waiting: int
    open_cases: int
    overdue_cases: int
    oldest_case_age_s: float | None
    callbacks_pending: int
    callbacks_overdue: int

    @property
    def backlog(self) -> int:
        return self.waiting + self.open_cases + self.callbacks_pending


class DepartmentFigures(msgspec.Struct, frozen=True, gc=False):
    id: str
    name: str
    kpis: GroupFigures
    backlog: DepartmentBacklog


class QueueFigures(msgspec.Struct, frozen=True, gc=False):
    id: str
    name: str
    department: str
    channel: str
    language: str | None
    sl_target_pct: float | None
    kpis: GroupFigures


class NoticeView(msgspec.Struct, frozen=True, gc=False):
    id: str
    text: str
    severity: str
    until_ms: int | None


class AgentView(msgspec.Struct, frozen=True, gc=False):
    """One agent as the agent board lists it: no citizen data, only the agent's own."""

    id: str
    name: str
    state: str
    reason: str | None
    since_ms: int
    departments: tuple[str, ...]


class AgentBoard(msgspec.Struct, frozen=True, gc=False):
    """Agents who need a supervisor's eye, longest first, and not-ready reasons."""

    #: On a contact for longer than ``long_contact_s`` (the protocol's 20 minutes).
    long_contacts: tuple[AgentView, ...]
    long_contacts_total: int
    #: Not ready for longer than their reason's limit (``not_ready_limits_s``),
    #: else ``long_not_ready_s``.
    long_not_ready: tuple[AgentView, ...]
    long_not_ready_total: int
    #: Not-ready agents by reason ("break", "lunch", ...; "" when none is given).
    not_ready_reasons: Mapping[str, int]
    long_contact_s: int
    long_not_ready_s: int
    #: Of ``not_ready_reasons``, how many are past their reason's limit.
    not_ready_over: Mapping[str, int] = MappingProxyType({})
    #: The limit of each reason in ``not_ready_reasons``, seconds; 0: none.
    not_ready_limits_s: Mapping[str, int] = MappingProxyType({})


class Interval(msgspec.Struct, frozen=True, gc=False):
    """Counts of one 15-minute interval of the business day, site-wide."""

    start_ms: int
    #: False for intervals before the first snapshot of the day: their split is unknown.
    known: bool
    offered: int
    answered: int
    abandoned: int
    service_level_pct: float | None


class SiteFigures(msgspec.Struct, frozen=True, gc=False):
    """Everything the wall shows, computed at one moment ``now_ms``."""

    site_id: str
    site_name: str
    timezone: str
    business_day: date
    now_ms: int
    sl_rule: SlRule
    site: GroupFigures
    departments: Mapping[str, DepartmentFigures]
    queues: Mapping[str, QueueFigures]
    channels: Mapping[str, GroupFigures]
    languages: Mapping[str, GroupFigures]
    notices: tuple[NoticeView, ...]
    agent_board: AgentBoard
    intervals: tuple[Interval, ...]
    #: Agents needed against agents on the floor; None when switched off.
    staffing: SiteStaffing | None = None


def _ratio_pct(numerator: int, denominator: int) -> float | None:
    return 100 * numerator / denominator if denominator > 0 else None


def _mean_s(total_ms: int, count: int) -> float | None:
    return total_ms / count / 1000 if count > 0 else None


def service_level_pct(c: CounterSums, rule: SlRule) -> float | None:
    if rule is SlRule.ANSWERED:
        denominator = c.answered
    elif rule is SlRule.ALL_ABANDONS:
        denominator = c.answered + c.abandoned
    else:
        denominator = c.answered + c.abandoned - c.short_abandoned
    return _ratio_pct(c.answered_in_sl, denominator)


def _other_agents(agents: Mapping[str, int]) -> int:
    """Agents in states the protocol does not define."""
    return sum(n for state, n in agents.items() if state not in _KNOWN_STATES)


def other_agents(figures: GroupFigures) -> int:
    """How many of a group's agents are in a state the protocol does not define."""
    return _other_agents(figures.agents)


def group_figures(
    counters: CounterSums,
    *,
    waiting: int,
    oldest_queued_at: int | None,
    agents: Mapping[str, int],
    thresholds: frozenset[int],
    rule: SlRule,
    now_ms: int,
) -> GroupFigures:
    """The KPIs of a group from its summed counters and its "now" readings."""
    c = counters
    busy = (
        agents.get(AgentState.RINGING, 0)
        + agents.get(AgentState.ON_CONTACT, 0)
        + agents.get(AgentState.WRAP_UP, 0)
    )
    # An agent in a state the protocol does not define is logged in and not
    # `not_ready`, so the formula's denominator ("the group's logged-in agents
    # except not_ready", section "KPI definitions") includes it; it is not
    # busy, since the numerator names its three states. Reading it as busy,
    # or leaving it out, would be a guess at what the state means.
    other = _other_agents(agents) if len(agents) > len(AGENT_STATES) else 0
    staffed = busy + agents.get(AgentState.AVAILABLE, 0) + other
    longest = None if oldest_queued_at is None else max(0, now_ms - oldest_queued_at) / 1000
    return GroupFigures(
        counters=c,
        service_level_pct=service_level_pct(c, rule),
        abandon_rate_pct=_ratio_pct(c.abandoned - c.short_abandoned, c.offered - c.short_abandoned),
        asa_s=_mean_s(c.wait_ms_answered, c.answered),
        aht_s=_mean_s(c.handle_ms, c.completed),
        fcr_pct=_ratio_pct(c.resolved, c.completed),
        out_of_scope_pct=_ratio_pct(c.out_of_scope, c.completed),
        waiting=waiting,
        longest_wait_s=longest,
        occupancy_pct=_ratio_pct(busy, staffed),
        agents=MappingProxyType(
            dict(agents) if len(agents) == len(AGENT_STATES)
            else {state: agents.get(state, 0) for state in AGENT_STATES}
            | {state: n for state, n in agents.items() if n and state not in _KNOWN_STATES}
        ),
        sl_threshold_range_s=(min(thresholds), max(thresholds)) if thresholds else None,
    )
