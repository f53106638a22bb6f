"""The built-in alert rules, and the readings a rule takes of one snapshot of figures.

A rule watches one metric at one scope, or at every scope of a kind
(``department:*``). Its levels are the rule's own, or else the targets of each
scope (``[targets]``, most specific wins), so that "longest wait over target"
means each queue's own target.
"""

from __future__ import annotations

from collections.abc import Iterator

import msgspec

from wallboard.config.schema import Metric, Rule
from wallboard.engine import GroupFigures, SiteFigures
from wallboard.engine.figures import DepartmentBacklog
from wallboard.feed import FeedHealth
from wallboard.levels import (
    Band,
    ScopedTargets,
    Targets,
    live_waiting,
    shared_sl_target,
    shared_sl_targets,
)
from wallboard.staffing.live import site_gap

B = Metric
BUILTIN_RULES: tuple[Rule, ...] = (
    Rule(id="feed-down", metric=B.FEED_DOWN_S, warning=0, critical=60, clear_after_s=0,
         text="Feed not live"),
    Rule(id="longest-wait", metric=B.LONGEST_WAIT_S, scope="queue:*", for_s=30),
    Rule(id="waiting", metric=B.WAITING, scope="department:*", for_s=60),
    Rule(id="waiting-site", metric=B.WAITING, scope="site", for_s=60),
    Rule(id="service-level", metric=B.SERVICE_LEVEL_PCT, scope="department:*", for_s=300,
         clear_after_s=300, min_volume=20),
    Rule(id="service-level-site", metric=B.SERVICE_LEVEL_PCT, scope="site", for_s=300,
         clear_after_s=300, min_volume=20),
    Rule(id="abandon-rate", metric=B.ABANDON_RATE_PCT, scope="department:*", for_s=300,
         clear_after_s=300, min_volume=20),
    # The banner names these two with the limits in force ([agents]), in the wall's language.
    Rule(id="long-contact", metric=B.LONG_CONTACTS, warning=0),
    Rule(id="long-not-ready", metric=B.LONG_NOT_READY, warning=0, for_s=60),
    Rule(id="callbacks-overdue", metric=B.CALLBACKS_OVERDUE, scope="department:*", for_s=60),
    Rule(id="cases-overdue", metric=B.OVERDUE_CASES, scope="department:*", for_s=60),
    Rule(id="out-of-scope", metric=B.OUT_OF_SCOPE_PCT, scope="department:*", for_s=900,
         clear_after_s=900, min_volume=20),
)


def rules_in_force(own: tuple[Rule, ...], *, builtin: bool) -> tuple[Rule, ...]:
    """The built-in rules (unless switched off), with the user's rules replacing by id."""
    by_id = {r.id: r for r in BUILTIN_RULES} if builtin else {}
    for rule in own:
        by_id[rule.id] = rule
    return tuple(r for r in by_id.values() if r.enabled)


class Reading(msgspec.Struct, frozen=True, gc=False):
    """One rule's look at one scope: the value and the levels it is judged by."""

    key: str  # "rule@kind:id", stable across snapshots
    rule: Rule
    scope_kind: str
    scope_id: str
    scope_name: str
    value: float | None
    band: Band
    #: Contacts offered today in the scope (rules with ``min_volume``).
    volume: int


_GROUP_METRICS = frozenset({B.WAITING, B.LONGEST_WAIT_S, B.SERVICE_LEVEL_PCT,
                            B.ABANDON_RATE_PCT, B.ASA_S, B.AHT_S, B.FCR_PCT,
                            B.OUT_OF_SCOPE_PCT, B.OCCUPANCY_PCT, B.TRANSFER_PCT})


def readings(rule: Rule, figures: SiteFigures | None, health: FeedHealth,
             targets: ScopedTargets) -> Iterator[Reading]:
    """What ``rule`` reads in ``figures`` (None: no figures yet), scope by scope."""
    if rule.metric is B.FEED_DOWN_S:
        value = None
        if not health.figures_are_live and figures is not None:
            value = health.silence_s if health.silence_s is not None else 0.0
        yield _reading(rule, "site", "", "", value, targets.site(), 0)
        return
    if figures is None:
        return
    kind, _, wanted = rule.scope.partition(":")
    if rule.metric is B.STAFFING_GAP:
        yield from _staffing_readings(rule, figures, kind, wanted, targets)
        return
    if kind == "site":
        name = figures.site_name
        if rule.metric is B.LONG_CONTACTS:
            value = float(figures.agent_board.long_contacts_total)
        elif rule.metric is B.LONG_NOT_READY:
            value = float(figures.agent_board.long_not_ready_total)
        elif rule.metric is B.WAITING:  # live contacts, as the overview shows them
            value = float(live_waiting(figures.queues.values()))
        elif rule.metric in _GROUP_METRICS:
            value = _group_value(figures.site, rule.metric)
        else:
            value = sum(_backlog_value(d.backlog, rule.metric)
                        for d in figures.departments.values())
        yield _reading(rule, "site", "", name, value, targets.site(),
                       figures.site.counters.offered,
                       sl_target=_site_sl_target(figures)
                       if rule.metric is B.SERVICE_LEVEL_PCT else None)
        return
    if kind == "department":
        # Only service level has a target of the queues' own; finding it once per
        # rule, not once per department, keeps the rules cheap on a big site.
        sl_targets = (shared_sl_targets(figures.queues.values(), lambda q: q.department)
                      if rule.metric is B.SERVICE_LEVEL_PCT else {})
        for d in figures.departments.values():
            if wanted in ("*", d.id):
                value = (_group_value(d.kpis, rule.metric) if rule.metric in _GROUP_METRICS
                         else _backlog_value(d.backlog, rule.metric))
                yield _reading(rule, kind, d.id, d.name, value, targets.department(d.id),
                               d.kpis.counters.offered, sl_target=sl_targets.get(d.id))
        return
    if kind == "queue":
        for q in figures.queues.values():
            if wanted in ("*", q.id):
                yield _reading(rule, kind, q.id, q.name, _group_value(q.kpis, rule.metric),
                               targets.queue(q.id, q.department, q.channel, q.language),
                               q.kpis.counters.offered, sl_target=q.sl_target_pct,
                               channel=q.channel)
        return
    groups = figures.channels if kind == "channel" else figures.languages
    for key, g in groups.items():
        if wanted in ("*", key):
            yield _reading(rule, kind, key, key, _group_value(g, rule.metric),
                           targets.for_scope(kind, key), g.counters.offered,
                           channel=key if kind == "channel" else None)


def _staffing_readings(rule: Rule, figures: SiteFigures, kind: str, wanted: str,
                       targets: ScopedTargets) -> Iterator[Reading]:
    """Agents short of the model's need; no reading while the need cannot be computed."""
    staffing = figures.staffing
    if staffing is None:
        return
    if kind == "site":
        yield _reading(rule, "site", "", figures.site_name, _as_float(site_gap(staffing)),
                       targets.site(), figures.site.counters.offered)
        return
    if kind == "department":
        for d, g in staffing.departments.items():
            if wanted in ("*", d):
                figures_of = figures.departments.get(d)
                yield _reading(rule, kind, d, figures_of.name if figures_of else d,
                               _as_float(g.gap), targets.department(d),
                               figures_of.kpis.counters.offered if figures_of else 0)
        return
    for lang, g in staffing.languages.items():
        if kind == "language" and wanted in ("*", lang):
            group = figures.languages.get(lang)
            yield _reading(rule, kind, lang, lang, _as_float(g.gap),
                           targets.for_scope(kind, lang),
                           group.counters.offered if group else 0)


def _as_float(value: int | None) -> float | None:
    return None if value is None else float(value)


def _reading(rule: Rule, kind: str, scope_id: str, name: str, value: float | None,
             levels: Targets, volume: int, sl_target: float | None = None,
             channel: str | None = None) -> Reading:
    # A queue answered later (e-mail, portal) waits hours, not seconds: its own band.
    base = (levels.band(rule.metric.value, sl_target, channel) if rule.metric.has_target
            else None)
    lower = rule.metric.lower_is_worse
    warning = rule.warning if rule.warning is not None else (base.warning if base else 0.0)
    if rule.critical is not None:
        critical = rule.critical
    elif base is not None and rule.warning is None:
        critical = base.critical
    else:
        critical = float("-inf") if lower else float("inf")
    key = f"{rule.id}@{kind}:{scope_id}" if kind != "site" else f"{rule.id}@site"
    return Reading(key, rule, kind, scope_id, name, value,
                   Band(warning, critical, higher_is_worse=not lower), volume)


def _group_value(g: GroupFigures, metric: Metric) -> float | None:
    if metric is B.TRANSFER_PCT:  # not a KPI of the protocol: transferred / completed
        c = g.counters
        return 100 * c.transferred / c.completed if c.completed > 0 else None
    value = getattr(g, metric.value)
    return None if value is None else float(value)


def _backlog_value(b: DepartmentBacklog, metric: Metric) -> float:
    return float(b.backlog if metric is B.BACKLOG else getattr(b, metric.value))


def _site_sl_target(f: SiteFigures) -> float | None:
    return shared_sl_target(f.queues.values())

