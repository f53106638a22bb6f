"""Everything about alerts that the wall needs, in one place, without Qt.

The desk judges the rules on each refresh, feeds the unusual-pattern detector
with live figures, writes every event to the alert log, and takes
acknowledgements with who gave them and from which wall.
"""

from __future__ import annotations

import getpass
import logging
import socket
from datetime import UTC, datetime, timedelta
from pathlib import Path

from wallboard.alerts.baseline import BaselineDetector
from wallboard.alerts.engine import Alert, AlertEngine, AlertEvent
from wallboard.alerts.log import AlertLog, default_path, read_buckets
from wallboard.alerts.rules import rules_in_force
from wallboard.config.schema import Config
from wallboard.engine import SiteFigures
from wallboard.feed import FeedHealth
from wallboard.levels import ScopedTargets

log = logging.getLogger(__name__)


def who() -> str:
    """The person at the wall, as the operating system knows them."""
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment or the password database
        return "unknown"


def log_path(config: Config) -> Path:
    configured = config.alerts.log_file
    return Path(configured).expanduser() if configured else default_path()


class AlertDesk:
    def __init__(self, config: Config, *, alert_log: AlertLog | None, now_ms: int,
                 user: str | None = None) -> None:
        self.alert_log = alert_log
        self.user = user or who()
        self.targets = ScopedTargets(config.targets)
        self.engine = AlertEngine(rules_in_force(config.alerts.rules,
                                                 builtin=config.alerts.builtin), self.targets)
        history = []
        if alert_log is not None:
            today = datetime.fromtimestamp(now_ms / 1000, UTC).date() - timedelta(days=1)
            history = read_buckets(alert_log.path, config.alerts.anomaly.history_days, today)
        self.baseline = BaselineDetector(
            config.alerts.anomaly, history,
            on_bucket=alert_log.record_bucket if alert_log is not None else None)
        self.wall = config.display.wall_name or socket.gethostname()

    def configure(self, config: Config) -> None:
        """A new configuration: new rules and targets; active alerts carry on."""
        self.targets = ScopedTargets(config.targets)
        self.engine.configure(rules_in_force(config.alerts.rules,
                                             builtin=config.alerts.builtin), self.targets)
        self.baseline.config = config.alerts.anomaly
        self.wall = config.display.wall_name or socket.gethostname()

    def evaluate(self, figures: SiteFigures | None, health: FeedHealth,
                 now_ms: int) -> list[AlertEvent]:
        extra = []
        if figures is not None:
            if health.figures_are_live:
                self.baseline.observe(figures)
            extra = self.baseline.readings(figures)
        events = self.engine.evaluate(figures, health, now_ms, extra)
        for event in events:
            self._record(event)
        return events

    def active(self) -> tuple[Alert, ...]:
        return self.engine.active()

    def acknowledge_next(self, now_ms: int) -> AlertEvent | None:
        event = self.engine.acknowledge_next(by=self.user, wall=self.wall, now_ms=now_ms)
        if event is not None:
            self._record(event)
        return event

    def _record(self, event: AlertEvent) -> None:
        a = event.alert
        log.info("alert %s: %s %s %s (%s)", event.kind.value, a.level.name.lower(), a.key,
                 a.value, event.reason or a.acknowledged_by or "")
        if self.alert_log is not None:
            self.alert_log.record(event, wall=self.wall)

    @property
    def problem(self) -> str | None:
        return self.alert_log.problem if self.alert_log is not None else None
