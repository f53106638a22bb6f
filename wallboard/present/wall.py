"""The wall as a description: what each part of the screen shows right now."""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from datetime import date, timedelta
from typing import NamedTuple

import msgspec

from wallboard.alerts.engine import Alert
from wallboard.engine import GroupFigures, SiteFigures
from wallboard.engine.businessday import local_time
from wallboard.engine.figures import AgentBoard, AgentView, Interval, other_agents
from wallboard.engine.intervals import INTERVAL_MS
from wallboard.feed import FeedHealth, FeedState
from wallboard.history.store import DaySeries
from wallboard.levels import (
    DEFERRED_CHANNELS,
    Band,
    Level,
    ScopedTargets,
    Targets,
    live_waiting,
    shared_sl_target,
    shared_sl_targets,
)
from wallboard.present import text
from wallboard.present.history import History, at_wall_time, hour_labels
from wallboard.present.staffing import (
    StaffingCell,
    model_note,
    site_staffing_tile,
    staffing_cell,
)
from wallboard.present.text import QT_TRANSLATE_NOOP
from wallboard.staffing.live import GroupStaffing

_C = "Wall"  # translation context of the labels below


class TileView(msgspec.Struct, frozen=True):
    key: str
    label: str
    value: str
    #: What the small figure under the value is, as a label to translate with
    #: %1, %2 for ``detail_args`` ("%1 abandoned"); "" when there is none.
    detail: str
    level: Level
    detail_args: tuple[str, ...] = ()

    @property
    def detail_text(self) -> str:
        """The detail with its figures in, untranslated (for tests and logs)."""
        return fill(self.detail, self.detail_args)


def fill(template: str, args: tuple[str, ...]) -> str:
    """``template`` with %1, %2, ... replaced by ``args`` (Qt's ``arg`` convention)."""
    for i, arg in reversed(list(enumerate(args, start=1))):
        template = template.replace(f"%{i}", arg)
    return template


class HeaderView(msgspec.Struct, frozen=True):
    site_name: str
    time_text: str
    #: The site's local date; the view writes it in the wall's language.
    local_date: date
    state: FeedState
    #: "LIVE", "STALE", ... (translated by the view).
    state_label: str
    #: How long the data has been silent, when it matters ("42 s").
    state_age: str


class DepartmentRow(msgspec.Struct, frozen=True):
    id: str
    name: str
    waiting: str
    longest_wait: str
    service_level: str
    open_cases: str
    overdue_cases: str
    oldest_case: str
    callbacks: str
    callbacks_overdue: str
    #: The worst level of the row, and the levels of the cells that have one.
    level: Level
    cell_levels: Mapping[str, Level]
    #: Waiting contacts over the last hour, oldest first.
    sparkline: tuple[int, ...]
    #: "needed · on the floor" and the projected service level; "" when switched off.
    staffing: str = ""
    projected_sl: str = ""
    #: The two figures of ``staffing``, apart: agents needed, agents on the floor.
    staffing_needed: str = ""
    staffing_on_floor: str = ""
    #: Agents needed beyond those on the floor, "0" when none; "" when switched off.
    staffing_short: str = ""
    #: The department's active alerts on figures it has no cell for, as
    #: (label to translate, figure as shown, level): "Abandon rate", "12 %".
    alerted: tuple[tuple[str, str, Level], ...] = ()


class StripCell(msgspec.Struct, frozen=True):
    """One channel or language in a strip."""

    key: str
    waiting: str
    longest_wait: str
    service_level: str
    offered: str
    level: Level
    #: "needed · on the floor · projected", for languages; "" when not computed.
    staffing: StaffingCell | None = None
    #: False for channels not answered live (levels.DEFERRED_CHANNELS): their
    #: waiting is a backlog and their longest wait an age, judged in hours.
    live: bool = True
    #: The level of each figure, so the one that breaches is the one coloured.
    waiting_level: Level = Level.NONE
    sl_level: Level = Level.NONE
    wait_level: Level = Level.NONE
    #: The oldest item waiting, in hours and minutes ("5 h 12 m"), for a backlog.
    oldest: str = ""
    #: Agents available now (the question of a many-language line).
    available: str = ""


class AgentRow(msgspec.Struct, frozen=True):
    name: str
    departments: str
    state: str
    reason: str
    time_in_state: str
    level: Level
    #: The agent's departments one by one (``departments`` is them joined).
    department_list: tuple[str, ...] = ()


class AgentStateCount(msgspec.Struct, frozen=True):
    state: str
    label: str
    count: str


class ReasonTile(NamedTuple):
    """Agents not ready for one reason, and how many of them are past its limit."""

    reason: str
    agents: str
    #: "%1 over %2" (agents past the limit, the limit), or "no limit".
    detail: str
    args: tuple[str, ...]
    level: Level


class AgentsView(msgspec.Struct, frozen=True):
    counts: tuple[AgentStateCount, ...]
    logged_out: str
    not_ready_reasons: tuple[ReasonTile, ...]
    long_contacts: tuple[AgentRow, ...]
    long_contacts_more: int
    long_not_ready: tuple[AgentRow, ...]
    long_not_ready_more: int
    long_contact_label: str
    long_not_ready_label: str
    #: Agents of each department, then of each language: (name, logged in,
    #: available, on contact); a department or language without agents is left out.
    by_department: tuple[tuple[str, str, str, str], ...] = ()
    by_language: tuple[tuple[str, str, str, str], ...] = ()


class TrendView(msgspec.Struct, frozen=True):
    """The day's curves: x values are hours since local midnight."""

    interval_hours: tuple[float, ...]
    offered: tuple[float, ...]
    answered: tuple[float, ...]
    service_level: tuple[float, ...]  # NaN where there is nothing to measure
    sl_target: float
    waiting_hours: tuple[float, ...]
    waiting: tuple[float, ...]
    now_hours: float
    #: The length of the business day in hours (23 or 25 when the clocks change).
    day_hours: float = 24.0
    #: Where each interval's point and bar go, and the bar's width: the current
    #: interval ends at now, not in the future.
    centres: tuple[float, ...] = ()
    widths: tuple[float, ...] = ()
    #: The target as shown ("80 %"), with " *" when the queues' own targets differ.
    sl_target_label: str = ""
    #: The same weekday last week, from the store: x, offered, service level (NaN: none).
    last_week_hours: tuple[float, ...] = ()
    last_week_offered: tuple[float, ...] = ()
    last_week_service_level: tuple[float, ...] = ()
    #: (x, the site's local time there) at every whole hour of the business day.
    hour_labels: tuple[tuple[float, str], ...] = ()
    #: Yesterday's contacts offered and service level, as shown; "—" without data.
    yesterday_offered: str = text.DASH
    yesterday_service_level: str = text.DASH


class AlertView(msgspec.Struct, frozen=True):
    key: str
    level: Level
    #: What went wrong (translated by the view) and where: "Longest wait", "Health".
    text: str
    scope: str = ""
    #: The figure now, and the level it went past, as shown ("4:12", "3:00").
    value: str = ""
    threshold: str = ""
    #: Who acknowledged it, and from which wall; "" while it is not.
    acknowledged_by: str = ""
    #: How the figure compares with the level it went past: ">" or "<".
    comparison: str = ">"
    #: The figure is back; the time left before the alert clears ("0:40"), else "".
    clears_in: str = ""
    #: What goes in for %1, %2 in ``text`` ("Contacts over %1": "20:00").
    text_args: tuple[str, ...] = ()


class EmptyKind(enum.StrEnum):
    CONNECTING = "connecting"
    CANNOT_CONNECT = "cannot_connect"
    AUTH_FAILED = "auth_failed"
    NO_SERVER = "no_server"


class EmptyView(msgspec.Struct, frozen=True):
    kind: EmptyKind
    title: str
    message: str
    action: str


class WallView(msgspec.Struct, frozen=True):
    header: HeaderView
    #: True when the figures are not live: every figure is then shown as old.
    stale: bool
    stale_note: str
    empty: EmptyView | None
    tiles: tuple[TileView, ...] = ()
    sl_rule: str = ""
    departments: tuple[DepartmentRow, ...] = ()
    #: The departments added up, in the board's columns.
    department_totals: DepartmentRow | None = None
    channels: tuple[StripCell, ...] = ()
    languages: tuple[StripCell, ...] = ()
    agents: AgentsView | None = None
    trend: TrendView | None = None
    alerts: tuple[AlertView, ...] = ()
    notices: tuple[tuple[str, str], ...] = ()  # (severity, text)
    #: Troubles of the wall itself (its configuration, its alert log), until mended.
    problems: tuple[str, ...] = ()
    #: The staffing model's name ("Erlang C"), and how shared agents are projected when
    #: groups share them; "" when staffing is switched off.
    staffing_model: str = ""


_STATE_LABELS = {
    FeedState.CONNECTING: QT_TRANSLATE_NOOP("Wall", "CONNECTING"),
    FeedState.LIVE: QT_TRANSLATE_NOOP("Wall", "LIVE"),
    FeedState.STALE: QT_TRANSLATE_NOOP("Wall", "STALE"),
    FeedState.RECONNECTING: QT_TRANSLATE_NOOP("Wall", "RECONNECTING"),
    FeedState.AUTH_FAILED: QT_TRANSLATE_NOOP("Wall", "AUTHENTICATION FAILED"),
    FeedState.STOPPED: QT_TRANSLATE_NOOP("Wall", "STOPPED"),
}

AGENT_STATE_LABELS = {
    "available": QT_TRANSLATE_NOOP("Wall", "Available"),
    "ringing": QT_TRANSLATE_NOOP("Wall", "Ringing"),
    "on_contact": QT_TRANSLATE_NOOP("Wall", "On contact"),
    "wrap_up": QT_TRANSLATE_NOOP("Wall", "Wrap-up"),
    "not_ready": QT_TRANSLATE_NOOP("Wall", "Not ready"),
    "logged_out": QT_TRANSLATE_NOOP("Wall", "Logged out"),
    # Any state the protocol does not define (the feed says e.g. "after_call_work").
    "other": QT_TRANSLATE_NOOP("Wall", "Other"),
}


def _worst(*levels: Level) -> Level:
    return max(levels, default=Level.NONE)


def header_view(figures: SiteFigures | None, health: FeedHealth, now_ms: int,
                site_name: str, timezone: str) -> HeaderView:
    local = local_time(now_ms, figures.timezone if figures else timezone)
    silence = health.silence_s
    age = ""
    if health.state in (FeedState.STALE, FeedState.RECONNECTING) and silence is not None:
        age = text.duration(silence)
    return HeaderView(
        site_name=figures.site_name if figures else site_name,
        time_text=text.clock(local.hour, local.minute),
        local_date=local.date(),
        state=health.state,
        state_label=_STATE_LABELS[health.state],
        state_age=age,
    )


#: The overview's tile of each figure an alert rule watches: an alert on the site,
#: or on one of its queues, shows its level there, so every alert the banner names
#: has a figure on the overview with its shape (a queue's alert judged by that
#: queue's own target reaches the site's tile even where the site's figure is calm).
ALERT_TILES = {
    "waiting": "waiting", "longest_wait_s": "longest_wait",
    "service_level_pct": "service_level", "abandon_rate_pct": "abandon_rate",
    "asa_s": "asa", "aht_s": "aht", "fcr_pct": "fcr", "out_of_scope_pct": "out_of_scope",
    "occupancy_pct": "occupancy", "long_contacts": "on_contact",
    "long_not_ready": "not_ready", "callbacks_overdue": "callbacks",
    "staffing_gap": "staffing",
}


def _alert_levels(f: SiteFigures, alerts: tuple[Alert, ...]) -> dict[str, Level]:
    """The worst active alert of each overview tile: the site's alerts, and those of
    its live queues (a backlog's queue shows in its channel's cell, by age)."""
    out: dict[str, Level] = {}
    for a in alerts:
        key = ALERT_TILES.get(a.metric)
        if key is None or a.scope_kind not in ("site", "queue"):
            continue
        queue = f.queues.get(a.scope_id) if a.scope_kind == "queue" else None
        if queue is None or queue.channel not in DEFERRED_CHANNELS:
            out[key] = _worst(out.get(key, Level.NONE), a.level)
    return out


def site_tiles(f: SiteFigures, targets: Targets,
               alerts: tuple[Alert, ...] = ()) -> tuple[TileView, ...]:
    """The overview's tiles; every small figure says what it counts, and every tile
    an active alert watches (:data:`ALERT_TILES`) has at least the alert's level."""
    tiles = _site_tiles(f, targets)
    lifted = _alert_levels(f, alerts)
    if not lifted:
        return tiles
    return tuple(msgspec.structs.replace(t, level=_worst(t.level, lifted[t.key]))
                 if t.key in lifted else t for t in tiles)


class LiveWaits(NamedTuple):
    """The longest waits of contacts in live queues (voice, chat, SMS, app...).

    An e-mail or a portal form waits hours by design: counted in the protocol's
    longest wait (the probe's), it would make every site and department look
    critical all day. The wall shows the live wait as "Longest wait", and each
    backlog's oldest item in its channel's cell, judged in hours.
    """

    site_s: float | None
    #: The queue where the site's longest live wait is, "" when nobody waits.
    site_queue: str
    departments: dict[str, float]


def live_waits(f: SiteFigures) -> LiveWaits:
    site: float | None = None
    queue = ""
    departments: dict[str, float] = {}
    for q in f.queues.values():
        wait = q.kpis.longest_wait_s
        if wait is None or q.channel in DEFERRED_CHANNELS:
            continue
        if site is None or wait > site:
            site, queue = wait, q.name
        if wait > departments.get(q.department, -1.0):
            departments[q.department] = wait
    return LiveWaits(site, queue, departments)


def _site_tiles(f: SiteFigures, targets: Targets) -> tuple[TileView, ...]:
    site = f.site
    waits = live_waits(f)
    agents = site.agents
    board = f.agent_board
    sl_band = targets.service_level(shared_sl_target(f.queues.values()))
    logged_in = sum(agents.values()) - agents.get("logged_out", 0)
    overdue_callbacks = sum(d.backlog.callbacks_overdue for d in f.departments.values())
    # The rule and its threshold in words (feed protocol, "KPI definitions":
    # service level), with the target the level judges against.
    sl_args: tuple[str, ...]
    span = site.sl_threshold_range_s
    if span is None:  # no queues yet: no threshold to state
        sl_detail, sl_args = QT_TRANSLATE_NOOP("Wall", "target %1"), (
            text.percent(sl_band.warning),)
    elif span[0] != span[1]:
        # Live queues answer in seconds, backlogs in hours: the span, in words.
        sl_detail, sl_args = QT_TRANSLATE_NOOP("Wall", "target %1 in %2 to %3"), (
            text.percent(sl_band.warning), text.seconds(span[0]), text.seconds(span[1]))
    else:
        sl_detail, sl_args = QT_TRANSLATE_NOOP("Wall", "target %1 in %2"), (
            text.percent(sl_band.warning), text.seconds(span[0]))

    def tile(key: str, label: str, value: str, level: Level, detail: str = "",
             *args: str) -> TileView:
        return TileView(key, label, value, detail, level, args)

    # Contacts in live queues; a backlog's items (e-mail, forms) are counted apart,
    # where the centre has backlogs at all.
    waiting = live_waiting(f.queues.values())
    backlogs = any(q.channel in DEFERRED_CHANNELS for q in f.queues.values())
    return (
        tile("waiting", QT_TRANSLATE_NOOP("Wall", "Waiting now"), text.count(waiting),
             targets.waiting.assess(waiting),
             *((QT_TRANSLATE_NOOP("Wall", "%1 in backlog"), text.count(site.waiting - waiting))
               if backlogs else ())),
        # Contacts in live queues (:class:`LiveWaits`), and where: the queue's name.
        tile("longest_wait", QT_TRANSLATE_NOOP("Wall", "Longest wait"),
             text.duration(waits.site_s), targets.longest_wait_s.assess(waits.site_s), "%1",
             waits.site_queue),
        tile("service_level", QT_TRANSLATE_NOOP("Wall", "Service level"),
             text.percent(site.service_level_pct),
             sl_band.assess(text.as_shown(site.service_level_pct)), sl_detail, *sl_args),
        tile("abandon_rate", QT_TRANSLATE_NOOP("Wall", "Abandoned"),
             text.percent(site.abandon_rate_pct),
             targets.abandon_rate_pct.assess(text.as_shown(site.abandon_rate_pct)),
             QT_TRANSLATE_NOOP("Wall", "%1 abandoned"),
             text.count(site.counters.abandoned - site.counters.short_abandoned)),
        tile("asa", QT_TRANSLATE_NOOP("Wall", "Avg answer time"), text.duration(site.asa_s),
             targets.asa_s.assess(site.asa_s)),
        tile("aht", QT_TRANSLATE_NOOP("Wall", "Avg handle time"), text.duration(site.aht_s),
             targets.aht_s.assess(site.aht_s)),
        # The short name fits a small tile at 1080p; what was resolved is said under it.
        tile("fcr", QT_TRANSLATE_NOOP("Wall", "Resolved"), text.percent(site.fcr_pct),
             targets.fcr_pct.assess(text.as_shown(site.fcr_pct)),
             QT_TRANSLATE_NOOP("Wall", "at first contact")),
        tile("out_of_scope", QT_TRANSLATE_NOOP("Wall", "Out of scope"),
             text.percent(site.out_of_scope_pct),
             targets.out_of_scope_pct.assess(text.as_shown(site.out_of_scope_pct))),
        tile("offered", QT_TRANSLATE_NOOP("Wall", "Offered today"),
             text.count(site.counters.offered),
             Level.NONE, QT_TRANSLATE_NOOP("Wall", "%1 answered"),
             text.count(site.counters.answered)),
        tile("occupancy", QT_TRANSLATE_NOOP("Wall", "Occupancy"), text.percent(site.occupancy_pct),
             targets.occupancy_pct.assess(text.as_shown(site.occupancy_pct)),
             QT_TRANSLATE_NOOP("Wall", "%1 logged in"), text.count(logged_in)),
        tile("available", AGENT_STATE_LABELS["available"], text.count(agents["available"]),
             Level.NONE),
        # The agents page's lists, counted here too: the banner's alerts on them
        # have a figure on the overview.
        tile("on_contact", AGENT_STATE_LABELS["on_contact"],
             text.count(agents["on_contact"] + agents["ringing"]), Level.NONE,
             QT_TRANSLATE_NOOP("Wall", "%1 over %2"), text.count(board.long_contacts_total),
             text.duration(board.long_contact_s)),
        tile("wrap_up", AGENT_STATE_LABELS["wrap_up"], text.count(agents["wrap_up"]), Level.NONE),
        # Reasons with limits of their own (lunch, training) are counted by them: the
        # tile cannot name every limit, so it says "their limit" (the agents page names them).
        tile("not_ready", AGENT_STATE_LABELS["not_ready"], text.count(agents["not_ready"]),
             Level.NONE, *((QT_TRANSLATE_NOOP("Wall", "%1 over their limit"),
                            text.count(board.long_not_ready_total))
                           if _own_not_ready_limits(board) else
                           (QT_TRANSLATE_NOOP("Wall", "%1 over %2"),
                            text.count(board.long_not_ready_total),
                            text.duration(board.long_not_ready_s)))),
        tile("callbacks", QT_TRANSLATE_NOOP("Wall", "Callbacks"),
             text.count(sum(d.backlog.callbacks_pending for d in f.departments.values())),
             targets.callbacks_overdue.assess(overdue_callbacks),
             QT_TRANSLATE_NOOP("Wall", "pending · %1 overdue"), text.count(overdue_callbacks)),
    ) + ((TileView("staffing", *site_staffing_tile(f.staffing)),) if f.staffing else ())


#: The figures a department's row shows in a cell of its own.
_DEPARTMENT_CELLS = {"waiting": "waiting", "longest_wait_s": "longest_wait",
                     "service_level_pct": "service_level", "overdue_cases": "overdue_cases",
                     "callbacks_overdue": "callbacks_overdue", "staffing_gap": "staffing"}


def department_rows(f: SiteFigures, history: History | None, scoped: ScopedTargets,
                    ranking: DepartmentRanking | None = None,
                    alerts: tuple[Alert, ...] = ()) -> tuple[DepartmentRow, ...]:
    """The departments, most urgent first. A department with an active alert is at
    least as urgent as the alert, and the alert's figure comes with the row when the
    row has no cell for it (abandon rate, out of scope, a rule of the user's)."""
    on_department: dict[str, list[Alert]] = {}
    for a in alerts:
        if a.scope_kind == "department":
            on_department.setdefault(a.scope_id, []).append(a)
    rows = []
    sl_targets = shared_sl_targets(f.queues.values(), lambda q: q.department)
    live = live_waits(f).departments
    for d in f.departments.values():
        k, b = d.kpis, d.backlog
        longest_wait = live.get(d.id)
        targets = scoped.department(d.id)
        sl_target = sl_targets.get(d.id)
        levels = {
            "waiting": targets.waiting.assess(k.waiting),
            "longest_wait": targets.longest_wait_s.assess(longest_wait),
            "service_level": targets.service_level(sl_target).assess(
                text.as_shown(k.service_level_pct)),
            "overdue_cases": targets.overdue_cases.assess(b.overdue_cases),
            "callbacks_overdue": targets.callbacks_overdue.assess(b.callbacks_overdue),
        }
        cell = staffing_cell(f.staffing.departments.get(d.id)) if f.staffing else None
        if cell is not None:
            levels["staffing"] = levels["projected_sl"] = cell.level
        raised = on_department.get(d.id, ())
        for a in raised:
            key = _DEPARTMENT_CELLS.get(a.metric)
            if key in levels:
                levels[key] = _worst(levels[key], a.level)
        alerted = tuple((METRIC_LABELS.get(a.metric, a.metric), _metric_value(a.metric, a.value),
                         a.level) for a in raised if _DEPARTMENT_CELLS.get(a.metric) not in levels)
        rows.append(DepartmentRow(
            id=d.id, name=d.name, waiting=text.count(k.waiting),
            longest_wait=text.duration(longest_wait),
            service_level=text.percent(k.service_level_pct),
            open_cases=text.count(b.open_cases), overdue_cases=text.count(b.overdue_cases),
            oldest_case=text.age(b.oldest_case_age_s), callbacks=text.count(b.callbacks_pending),
            callbacks_overdue=text.count(b.callbacks_overdue),
            # Live figures and promised callbacks make a department urgent; its
            # standing backlog of cases shows in its cell, not in the row's alarm.
            level=_worst(*(v for k, v in levels.items() if k != "overdue_cases"),
                         *(a.level for a in raised)),
            cell_levels=levels,
            sparkline=history.department_waiting(d.id) if history else (),
            staffing=cell.text if cell else "",
            projected_sl=cell.projected if cell else "",
            staffing_needed=cell.needed if cell else "",
            staffing_on_floor=cell.on_floor if cell else "",
            staffing_short=cell.short if cell else "",
            alerted=alerted,
        ))
    # Urgency: worst level first, then the longest wait, then the backlog.
    urgency = {r.id: Urgency(r.level, live.get(r.id, 0.0),
                             f.departments[r.id].backlog.backlog) for r in rows}
    by_id = {r.id: r for r in rows}
    order = (ranking.rank(urgency) if ranking is not None
             else sorted(urgency, key=lambda k: urgency[k], reverse=True))
    return tuple(by_id[k] for k in order)


class Urgency(NamedTuple):
    level: Level
    longest_wait_s: float
    backlog: int


class DepartmentRanking:
    """The departments' order, most urgent first, that does not shuffle.

    A department passes the one above it only when it is clearly more urgent:
    a worse level, a longest wait longer by more than ``wait_margin_s`` and
    ``share`` of the shorter, or (nobody waiting in either) a backlog larger
    by more than ``backlog_margin`` and ``share`` of the smaller. Figures that
    wobble leave the rows where they were, so a row is read where it was read
    a second ago; the first order is the plain one, by urgency.
    """

    def __init__(self, wait_margin_s: float = 30.0, backlog_margin: int = 10,
                 share: float = 0.1) -> None:
        self.wait_margin_s = wait_margin_s
        self.backlog_margin = backlog_margin
        self.share = share
        self._order: list[str] = []

    def clearly_before(self, a: Urgency, b: Urgency) -> bool:
        """True when ``a`` is clearly more urgent than ``b``."""
        if a.level != b.level:
            return a.level > b.level
        if a.longest_wait_s or b.longest_wait_s:
            # Someone is waiting: the wait decides, as in the plain order.
            return a.longest_wait_s > b.longest_wait_s + self.wait_margin_s + self.share * min(
                a.longest_wait_s, b.longest_wait_s)
        return a.backlog > b.backlog + self.backlog_margin + self.share * min(a.backlog,
                                                                              b.backlog)

    def rank(self, urgency: Mapping[str, Urgency]) -> list[str]:
        """The ids of ``urgency`` in order; the last order where nothing clearly changed."""
        known = [k for k in self._order if k in urgency]
        new = sorted((k for k in urgency if k not in set(known)),
                     key=lambda k: urgency[k], reverse=True)
        if not known:
            order = new
        else:
            order = []
            for key in known + new:
                # Move up past every row this one is clearly more urgent than.
                at = len(order)
                while at > 0 and self.clearly_before(urgency[key], urgency[order[at - 1]]):
                    at -= 1
                order.insert(at, key)
        self._order = order
        return list(order)


def department_totals(f: SiteFigures) -> DepartmentRow:
    """The board's totals: every department added up (the longest and oldest: the largest)."""
    ds = list(f.departments.values())
    waits = live_waits(f).departments.values()
    ages = [d.backlog.oldest_case_age_s for d in ds if d.backlog.oldest_case_age_s is not None]
    return DepartmentRow(
        id="", name=QT_TRANSLATE_NOOP("Wall", "All departments"),
        waiting=text.count(sum(d.kpis.waiting for d in ds)),
        longest_wait=text.duration(max(waits, default=None)),
        service_level=text.percent(f.site.service_level_pct),
        open_cases=text.count(sum(d.backlog.open_cases for d in ds)),
        overdue_cases=text.count(sum(d.backlog.overdue_cases for d in ds)),
        oldest_case=text.age(max(ages, default=None)),
        callbacks=text.count(sum(d.backlog.callbacks_pending for d in ds)),
        callbacks_overdue=text.count(sum(d.backlog.callbacks_overdue for d in ds)),
        level=Level.NONE, cell_levels={}, sparkline=())


def strip(groups: Mapping[str, GroupFigures], targets_of: Callable[[str], Targets],
          order: Callable[[str], tuple[int, str]],
          staffing: Mapping[str, GroupStaffing] | None = None,
          sl_targets: Mapping[str, float | None] | None = None) -> tuple[StripCell, ...]:
    """One cell per group; service level judged against the target of the group's
    own queues (``sl_targets``) where they share one."""
    cells = []
    for key in sorted(groups, key=order):
        g = groups[key]
        targets = targets_of(key)
        cell = staffing_cell(staffing.get(key)) if staffing is not None else None
        own_target = sl_targets.get(key) if sl_targets is not None else None
        live = key not in DEFERRED_CHANNELS
        sl_level = targets.service_level(own_target).assess(text.as_shown(g.service_level_pct))
        if live:
            waiting_level = targets.waiting.assess(g.waiting)
            wait_level = targets.longest_wait_s.assess(g.longest_wait_s)
        else:
            # A backlog answered within hours: its oldest item says whether it keeps up.
            waiting_level = Level.NONE
            wait_level = targets.oldest_message_s.assess(g.longest_wait_s)
        level = _worst(waiting_level, wait_level, sl_level, cell.level if cell else Level.NONE)
        cells.append(StripCell(
            key, text.count(g.waiting), text.duration(g.longest_wait_s),
            text.percent(g.service_level_pct), text.count(g.counters.offered), level, cell,
            live=live, waiting_level=waiting_level, sl_level=sl_level, wait_level=wait_level,
            oldest="" if live else text.age(g.longest_wait_s),
            available=text.count(g.agents.get("available", 0))))
    return tuple(cells)


CHANNEL_ORDER = ("voice", "chat", "sms", "email", "web", "app", "social", "fax")


def _channel_order(channel: str) -> tuple[int, str]:
    return (CHANNEL_ORDER.index(channel) if channel in CHANNEL_ORDER else len(CHANNEL_ORDER),
            channel)


def agents_view(f: SiteFigures) -> AgentsView:
    board = f.agent_board
    agents = f.site.agents

    def names(a: AgentView) -> tuple[str, ...]:
        return tuple(f.departments[d].name if d in f.departments else d for d in a.departments)

    def rows(views: tuple[AgentView, ...], level: Level) -> tuple[AgentRow, ...]:
        return tuple(
            AgentRow(a.name, ", ".join(names(a)),
                     AGENT_STATE_LABELS.get(a.state, a.state), a.reason or "",
                     text.duration((f.now_ms - a.since_ms) / 1000), level, names(a))
            for a in views
        )

    counts = [AgentStateCount(s, AGENT_STATE_LABELS[s], text.count(agents[s]))
              for s in ("available", "ringing", "on_contact", "wrap_up", "not_ready")]
    other = other_agents(f.site)
    if other:  # logged in, in states the protocol does not define: one cell for them all
        counts.append(AgentStateCount("other", AGENT_STATE_LABELS["other"], text.count(other)))
    def group(name: str, g: GroupFigures) -> tuple[str, str, str, str]:
        a = g.agents
        logged = sum(a.values()) - a.get("logged_out", 0)
        return (name, text.count(logged), text.count(a.get("available", 0)),
                text.count(a.get("on_contact", 0) + a.get("ringing", 0)))

    def reason_tile(reason: str, n: int) -> ReasonTile:
        # Each reason judged by its own limit: an hour's lunch, a training of none.
        limit_s = board.not_ready_limits_s.get(reason, board.long_not_ready_s)
        over = board.not_ready_over.get(reason, 0)
        return ReasonTile(reason or QT_TRANSLATE_NOOP("Wall", "no reason"), text.count(n),
                          QT_TRANSLATE_NOOP("Wall", "%1 over %2") if limit_s > 0
                          else QT_TRANSLATE_NOOP("Wall", "no limit"),
                          (text.count(over), text.duration(limit_s)) if limit_s > 0 else (),
                          Level.WARNING if over else Level.NONE)

    def staffed(g: GroupFigures) -> bool:
        return sum(g.agents.values()) - g.agents.get("logged_out", 0) > 0

    return AgentsView(
        by_department=tuple(group(d.name, d.kpis) for d in sorted(
            f.departments.values(), key=lambda d: d.name) if staffed(d.kpis)),
        by_language=tuple(group(lang, g) for lang, g in sorted(
            f.languages.items(), key=lambda item: -item[1].counters.offered) if staffed(g)),
        counts=tuple(counts),
        logged_out=text.count(agents["logged_out"]),
        not_ready_reasons=tuple(reason_tile(reason, n) for reason, n in
                                board.not_ready_reasons.items()),
        long_contacts=rows(board.long_contacts, Level.WARNING),
        long_contacts_more=board.long_contacts_total - len(board.long_contacts),
        long_not_ready=rows(board.long_not_ready, Level.WARNING),
        long_not_ready_more=board.long_not_ready_total - len(board.long_not_ready),
        long_contact_label=text.duration(board.long_contact_s),
        long_not_ready_label=not_ready_limits_text(board),
    )


def _own_not_ready_limits(board: AgentBoard) -> bool:
    """True when a reason has a limit other than the not-ready list's own."""
    return any(limit != board.long_not_ready_s for limit in board.not_ready_limits_s.values())


def not_ready_limits_text(board: AgentBoard) -> str:
    """The limit of the not-ready list: "15:00", and the reasons on the floor now that
    have one of their own ("15:00 · lunch 1:00:00"); a reason without a limit is never
    listed, so it is left out."""
    own = [f"{reason} {text.duration(limit)}"
           for reason, limit in board.not_ready_limits_s.items()
           if reason and limit > 0 and limit != board.long_not_ready_s]
    return " · ".join([text.duration(board.long_not_ready_s), *own])


def trend_view(f: SiteFigures, history: History | None, targets: Targets,
               last_week: DaySeries | None = None,
               yesterday: DaySeries | None = None) -> TrendView:
    nan = float("nan")
    start = f.intervals[0].start_ms if f.intervals else f.now_ms

    def hours(t: int) -> float:
        return (t - start) / 3_600_000

    shown: list[Interval] = [i for i in f.intervals if i.start_ms <= f.now_ms]

    def whole(interval: Interval) -> bool:
        return interval.start_ms + INTERVAL_MS <= f.now_ms

    waiting = history.site_waiting() if history else ()
    now = hours(f.now_ms)
    quarter = INTERVAL_MS / 3_600_000
    # A bar spans its quarter hour; the current one only up to now.
    spans = [(hours(i.start_ms), min(hours(i.start_ms) + quarter, max(now, hours(i.start_ms))))
             for i in shown]
    gap = 0.06 * quarter
    # Each queue's own target (feed protocol, "Snapshot": sl_target_pct), or the configured one.
    queue_targets = {q.sl_target_pct for q in f.queues.values()}
    shared = next(iter(queue_targets)) if len(queue_targets) == 1 else None
    target = targets.service_level(shared).warning
    label = text.percent(target)
    if len(queue_targets) > 1 and targets.service_level_pct is None:
        label += " *"  # the view says "targets vary"
    week_x: tuple[float, ...] = ()
    week_offered: tuple[float, ...] = ()
    week_sl: tuple[float, ...] = ()
    if last_week is not None:
        week_x = at_wall_time(last_week.date, len(last_week.offered), f.timezone, start)
        week_offered = tuple(float(n) for n in last_week.offered)
        week_sl = tuple(nan if v is None else v for v in last_week.service_level_pct)
    end = f.intervals[-1].start_ms + INTERVAL_MS if f.intervals else start + 24 * 3_600_000
    if yesterday is not None and yesterday.date != f.business_day - timedelta(days=1):
        yesterday = None  # read before midnight: the day before that
    return TrendView(
        day_hours=(end - start) / 3_600_000,
        hour_labels=hour_labels(start, end, f.timezone),
        yesterday_offered=text.count(yesterday.day_offered if yesterday else None),
        yesterday_service_level=text.percent(yesterday.day_service_level_pct
                                             if yesterday else None),
        centres=tuple((a + b) / 2 for a, b in spans),
        widths=tuple(max(0.0, b - a - gap) for a, b in spans),
        sl_target_label=label,
        last_week_hours=week_x,
        last_week_offered=week_offered,
        last_week_service_level=week_sl,
        interval_hours=tuple(hours(i.start_ms) for i in shown),
        offered=tuple(float(i.offered) if i.known else nan for i in shown),
        # The lines join whole quarter hours: the current one's few contacts so far
        # would drop them to the floor at each quarter (its bar, up to now, shows it).
        answered=tuple(float(i.answered) if i.known and whole(i) else nan for i in shown),
        service_level=tuple(nan if i.service_level_pct is None or not i.known or not whole(i)
                            else i.service_level_pct for i in shown),
        sl_target=target,
        waiting_hours=tuple(hours(t) for t, _ in waiting),
        waiting=tuple(float(w) for _, w in waiting),
        now_hours=hours(f.now_ms),
    )


METRIC_LABELS = {
    "waiting": QT_TRANSLATE_NOOP("Wall", "Waiting"),
    "longest_wait_s": QT_TRANSLATE_NOOP("Wall", "Longest wait"),
    "service_level_pct": QT_TRANSLATE_NOOP("Wall", "Service level"),
    "abandon_rate_pct": QT_TRANSLATE_NOOP("Wall", "Abandon rate"),
    "asa_s": QT_TRANSLATE_NOOP("Wall", "Avg answer time"),
    "aht_s": QT_TRANSLATE_NOOP("Wall", "Avg handle time"),
    "fcr_pct": QT_TRANSLATE_NOOP("Wall", "First-contact resolution"),
    "out_of_scope_pct": QT_TRANSLATE_NOOP("Wall", "Out of scope"),
    "transfer_pct": QT_TRANSLATE_NOOP("Wall", "Transfers"),
    "occupancy_pct": QT_TRANSLATE_NOOP("Wall", "Occupancy"),
    "overdue_cases": QT_TRANSLATE_NOOP("Wall", "Overdue cases"),
    "callbacks_overdue": QT_TRANSLATE_NOOP("Wall", "Overdue callbacks"),
    "callbacks_pending": QT_TRANSLATE_NOOP("Wall", "Callbacks pending"),
    "backlog": QT_TRANSLATE_NOOP("Wall", "Backlog"),
    "long_contacts": QT_TRANSLATE_NOOP("Wall", "Contacts too long"),
    "long_not_ready": QT_TRANSLATE_NOOP("Wall", "Agents not ready too long"),
    "feed_down_s": QT_TRANSLATE_NOOP("Wall", "Feed not live"),
    "staffing_gap": QT_TRANSLATE_NOOP("Wall", "Agents short"),
}


def _metric_value(metric: str, value: float | None) -> str:
    if metric.endswith("_pct"):
        return text.percent(value)
    if metric.endswith("_s"):
        return text.duration(value)
    return text.count(None if value is None else round(value))


def _agent_alert_label(metric: str, board: AgentBoard) -> tuple[str, tuple[str, ...]]:
    """The long-contact and long-not-ready alerts named with the limits in force."""
    if metric == "long_contacts":
        return (QT_TRANSLATE_NOOP("Wall", "Contacts over %1"),
                (text.duration(board.long_contact_s),))
    if _own_not_ready_limits(board):
        return QT_TRANSLATE_NOOP("Wall", "Agents not ready past their limit"), ()
    return (QT_TRANSLATE_NOOP("Wall", "Agents not ready over %1"),
            (text.duration(board.long_not_ready_s),))


def alert_views(active: tuple[Alert, ...], health: FeedHealth,
                now_ms: int | None = None, board: AgentBoard | None = None
                ) -> tuple[AlertView, ...]:
    """The banner: the active alerts, worst and newest first (as the alert engine orders them).

    ``board``: the agents' lists, whose limits name the alerts on them.
    """
    out = []
    for a in active:
        if a.metric == "feed_down_s":
            label = (QT_TRANSLATE_NOOP("Wall", "Feed lost: reconnecting")
                     if health.state is FeedState.RECONNECTING
                     else QT_TRANSLATE_NOOP("Wall", "Feed stale: figures are not live")
                     if not health.figures_are_live else METRIC_LABELS[a.metric])
            out.append(AlertView(a.key, a.level, label, acknowledged_by=a.acknowledged_by or ""))
            continue
        count_like = a.metric in ("long_contacts", "long_not_ready")
        label = a.text or METRIC_LABELS.get(a.metric, a.metric)
        args: tuple[str, ...] = ()
        if count_like and not a.text and board is not None:
            label, args = _agent_alert_label(a.metric, board)
        out.append(AlertView(
            a.key, a.level, label, text_args=args,
            scope="" if a.scope_kind == "site" else a.scope_name,
            value=_metric_value(a.metric, a.value),
            threshold="" if count_like else _metric_value(a.metric, a.threshold),
            acknowledged_by=a.acknowledged_by or "",
            comparison="<" if a.metric in _LOWER_IS_WORSE else ">",
            clears_in="" if a.clears_at_ms is None or now_ms is None
            else text.duration(max(0, a.clears_at_ms - now_ms) / 1000)))
    return tuple(out)


_LOWER_IS_WORSE = frozenset({"service_level_pct", "fcr_pct"})


def empty_view(figures: SiteFigures | None, health: FeedHealth,
               url: str | None) -> EmptyView | None:
    """What to say when there is nothing to show, and what to do about it."""
    if figures is not None and health.state is not FeedState.AUTH_FAILED:
        return None
    if url is None:
        return EmptyView(EmptyKind.NO_SERVER, QT_TRANSLATE_NOOP("Wall", "No feed configured"),
                         "", QT_TRANSLATE_NOOP("Wall", "Start with --url URL, or --demo to see the "
                                                   "built-in simulated centre."))
    if health.state is FeedState.AUTH_FAILED:
        return EmptyView(EmptyKind.AUTH_FAILED, QT_TRANSLATE_NOOP("Wall", "Authentication failed"),
                         health.last_error or "",
                         QT_TRANSLATE_NOOP("Wall", "Store a new token with: wallboard login --url "
                                               "URL, then press R to retry."))
    if health.last_error:
        return EmptyView(EmptyKind.CANNOT_CONNECT,
                         QT_TRANSLATE_NOOP("Wall", "Cannot reach the feed"),
                         health.last_error,
                         QT_TRANSLATE_NOOP("Wall", "Check the feed address and that the server is "
                                               "running; the wall keeps trying."))
    return EmptyView(EmptyKind.CONNECTING, QT_TRANSLATE_NOOP("Wall", "Connecting"), url, "")


def wall_view(
    figures: SiteFigures | None,
    health: FeedHealth,
    *,
    now_ms: int,
    url: str | None,
    history: History | None = None,
    targets: ScopedTargets | None = None,
    alerts: tuple[Alert, ...] = (),
    problems: tuple[str, ...] = (),
    site_name: str = "Wallboard",
    timezone: str = "UTC",
    last_week: DaySeries | None = None,
    yesterday: DaySeries | None = None,
    ranking: DepartmentRanking | None = None,
) -> WallView:
    """Everything the wall shows at ``now_ms``, from one reading of the engine."""
    header = header_view(figures, health, now_ms, site_name, timezone)
    stale = not health.figures_are_live
    note = ""
    if stale and figures is not None:
        note = (QT_TRANSLATE_NOOP("Wall", "Resynchronising")
                if health.resyncing and health.state is FeedState.LIVE
                else QT_TRANSLATE_NOOP("Wall", "Not live"))
    empty = empty_view(figures, health, url)
    banner = alert_views(alerts, health, now_ms,
                         figures.agent_board if figures is not None else None)
    if figures is None:
        return WallView(header, stale, note, empty, alerts=banner, problems=problems)
    scoped = targets or ScopedTargets()
    tiles = site_tiles(figures, scoped.site(), alerts)
    departments = department_rows(figures, history, scoped, ranking, alerts)
    return WallView(
        header=header,
        stale=stale,
        stale_note=note,
        empty=empty,
        tiles=tiles,
        sl_rule=figures.sl_rule.describe(),
        departments=departments,
        department_totals=department_totals(figures),
        channels=strip(figures.channels, scoped.channel, _channel_order,
                       sl_targets=shared_sl_targets(figures.queues.values(),
                                                    lambda q: q.channel)),
        languages=strip(figures.languages, scoped.language,
                        lambda lang: (-figures.languages[lang].counters.offered, lang),
                        figures.staffing.languages if figures.staffing else None,
                        shared_sl_targets(figures.queues.values(), lambda q: q.language)),
        staffing_model=model_note(figures.staffing) if figures.staffing else "",
        agents=agents_view(figures),
        trend=trend_view(figures, history, scoped.site(), last_week, yesterday),
        alerts=banner,
        problems=problems,
        notices=tuple((n.severity, n.text) for n in figures.notices),
    )


__all__ = ["Band", "Level", "WallView", "wall_view"]
