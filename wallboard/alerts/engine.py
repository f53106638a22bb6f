"""Alert states, evaluated on each snapshot of figures: no Qt, no clock of its own.

An alert fires when a reading stays past a level for the rule's ``for_s``; it
escalates the same way; it eases or clears only when the figure has come back
past the level by the rule's hysteresis and stayed there ``clear_after_s``.
So a figure wobbling on its threshold gives one alert, not a flashing banner.
While the feed is not live, alerts on figures neither fire nor clear: old
figures decide nothing (the feed's own rule says it is not live).
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import msgspec

from wallboard.alerts.hours import within
from wallboard.alerts.rules import Reading, readings
from wallboard.config.schema import Metric, Rule
from wallboard.engine import SiteFigures
from wallboard.engine.businessday import local_time
from wallboard.feed import FeedHealth
from wallboard.levels import Level, ScopedTargets


class EventKind(enum.StrEnum):
    FIRED = "fired"
    ESCALATED = "escalated"  # to a worse level
    EASED = "eased"  # to a milder level, still active
    CLEARED = "cleared"
    ACKNOWLEDGED = "acknowledged"


class Alert(msgspec.Struct, frozen=True):
    """An active alert as the banner and the log see it."""

    key: str
    rule_id: str
    metric: str
    scope_kind: str
    scope_id: str
    scope_name: str
    level: Level
    value: float | None
    #: The level's value the figure went past.
    threshold: float
    since_ms: int
    text: str = ""
    acknowledged_by: str | None = None
    acknowledged_wall: str | None = None
    acknowledged_ms: int | None = None
    #: When the figure came back and the alert waits out its clearing time: the
    #: moment it will clear if the figure stays back; None while it holds.
    clears_at_ms: int | None = None

    @property
    def acknowledged(self) -> bool:
        return self.acknowledged_by is not None


class AlertEvent(msgspec.Struct, frozen=True):
    at_ms: int
    kind: EventKind
    alert: Alert
    #: Why it cleared, when not simply because the figure came back.
    reason: str = ""


@dataclass(slots=True)
class _Track:
    pending_since: int | None = None
    escalate_since: int | None = None
    clearing_since: int | None = None
    active: Alert | None = None


def default_hysteresis(metric: str, threshold: float) -> float:
    """2 points for a percentage; 10 % of the level otherwise."""
    return 2.0 if metric.endswith("_pct") else abs(threshold) * 0.1


def _assess(r: Reading) -> Level:
    if r.value is None or r.volume < r.rule.min_volume:
        return Level.NORMAL
    return r.band.assess(r.value)


def _threshold(r: Reading, level: Level) -> float:
    return r.band.critical if level >= Level.CRITICAL else r.band.warning


def _holds(r: Reading, level: Level) -> bool:
    """Is the figure still past ``level``, allowing for the hysteresis?"""
    if r.value is None or r.volume < r.rule.min_volume:
        return False
    t = _threshold(r, level)
    h = r.rule.hysteresis if r.rule.hysteresis is not None else default_hysteresis(
        r.rule.metric.value, t)
    return r.value > t - h if r.band.higher_is_worse else r.value < t + h


class AlertEngine:
    """Rules in, alert events out; keeps which alerts are active and acknowledged."""

    def __init__(self, rules: Sequence[Rule], targets: ScopedTargets) -> None:
        self.rules = tuple(rules)
        self.targets = targets
        self._tracks: dict[str, _Track] = {}

    def configure(self, rules: Sequence[Rule], targets: ScopedTargets) -> None:
        """New rules and targets; active alerts of rules that remain carry on."""
        self.rules = tuple(rules)
        self.targets = targets

    def evaluate(self, figures: SiteFigures | None, health: FeedHealth, now_ms: int,
                 extra: Iterable[Reading] = ()) -> list[AlertEvent]:
        """Judge every rule on this snapshot; the events of what changed."""
        events: list[AlertEvent] = []
        seen: set[str] = set()
        live = health.figures_are_live
        local = local_time(now_ms, figures.timezone) if figures is not None else None
        found = itertools.chain.from_iterable(
            readings(rule, figures, health, self.targets) for rule in self.rules)
        for r in itertools.chain(found, extra):
            seen.add(r.key)
            track = self._tracks.get(r.key)
            if track is None:
                track = self._tracks[r.key] = _Track()
            if r.rule.metric is not Metric.FEED_DOWN_S and not live:
                continue  # old figures neither fire nor clear an alert
            in_hours = local is None or within(r.rule.hours, local)
            self._step(track, r, now_ms, in_hours, events)
        for key in [k for k in self._tracks if k not in seen]:
            active = self._tracks[key].active
            if active is None:
                del self._tracks[key]
            elif live:  # a queue or rule that went away; while not live, wait and see
                del self._tracks[key]
                events.append(AlertEvent(now_ms, EventKind.CLEARED, active,
                                         "no longer measured"))
        return events

    def _step(self, t: _Track, r: Reading, now: int, in_hours: bool,
              events: list[AlertEvent]) -> None:
        raw = _assess(r) if in_hours else Level.NORMAL
        for_ms = int(r.rule.for_s * 1000)
        active = t.active
        if active is None:
            if raw < Level.WARNING:
                t.pending_since = None
                return
            if t.pending_since is None:
                t.pending_since = now
            if now - t.pending_since >= for_ms:
                t.pending_since = None
                t.active = self._alert(r, raw, now)
                events.append(AlertEvent(now, EventKind.FIRED, t.active))
            return
        if not in_hours:
            t.active, t.pending_since, t.escalate_since, t.clearing_since = None, None, None, None
            events.append(AlertEvent(now, EventKind.CLEARED, active, "outside its hours"))
            return
        if raw > active.level:
            if t.escalate_since is None:
                t.escalate_since = now
            if now - t.escalate_since >= for_ms:
                t.escalate_since = t.clearing_since = None
                # A worse level is news: it asks for attention again.
                t.active = self._alert(r, raw, now)
                events.append(AlertEvent(now, EventKind.ESCALATED, t.active))
                return
        else:
            t.escalate_since = None
        if _holds(r, active.level):
            t.clearing_since = None
            t.active = msgspec.structs.replace(active, value=r.value, scope_name=r.scope_name,
                                               clears_at_ms=None)
            return
        if t.clearing_since is None:
            t.clearing_since = now
        clear_ms = int(r.rule.clear_after_s * 1000)
        if now - t.clearing_since < clear_ms:
            t.active = msgspec.structs.replace(active, value=r.value,
                                               clears_at_ms=t.clearing_since + clear_ms)
            return
        t.clearing_since = None
        if raw >= Level.WARNING:
            t.active = msgspec.structs.replace(
                active, level=raw, value=r.value, threshold=_threshold(r, raw), clears_at_ms=None)
            events.append(AlertEvent(now, EventKind.EASED, t.active))
        else:
            t.active = None
            events.append(AlertEvent(now, EventKind.CLEARED,
                                     msgspec.structs.replace(active, value=r.value)))

    @staticmethod
    def _alert(r: Reading, level: Level, now: int) -> Alert:
        return Alert(key=r.key, rule_id=r.rule.id, metric=r.rule.metric.value,
                     scope_kind=r.scope_kind, scope_id=r.scope_id, scope_name=r.scope_name,
                     level=level, value=r.value, threshold=_threshold(r, level), since_ms=now,
                     text=r.rule.text)

    # -- what is active, and acknowledging it --------------------------------------------

    def active(self) -> tuple[Alert, ...]:
        """Active alerts: the worst first, and the newest first within a level."""
        alerts = [t.active for t in self._tracks.values() if t.active is not None]
        alerts.sort(key=lambda a: (a.level, a.since_ms), reverse=True)
        return tuple(alerts)

    def acknowledge(self, key: str, *, by: str, wall: str, now_ms: int) -> AlertEvent | None:
        """Silence the alert ``key`` until it clears; None if it is not active or already."""
        track = self._tracks.get(key)
        if track is None or track.active is None or track.active.acknowledged:
            return None
        track.active = msgspec.structs.replace(track.active, acknowledged_by=by,
                                               acknowledged_wall=wall, acknowledged_ms=now_ms)
        return AlertEvent(now_ms, EventKind.ACKNOWLEDGED, track.active)

    def acknowledge_next(self, *, by: str, wall: str, now_ms: int) -> AlertEvent | None:
        """Acknowledge the first alert of the banner not yet acknowledged."""
        for alert in self.active():
            if not alert.acknowledged:
                return self.acknowledge(alert.key, by=by, wall=wall, now_ms=now_ms)
        return None
