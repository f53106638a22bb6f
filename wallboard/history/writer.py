"""Writes the interval store from a thread of its own, once a minute.

The feed applies events on its thread and the screen draws on its own; the
store needs neither at event rate. Every ``every_s`` seconds this thread
asks its source for one :class:`Sample` (the engine's rows and, while the
feed is live, its figures; taken under the feed's lock, a copy) and writes
what changed in one transaction. A disk that says no is reported through
:attr:`StoreWriter.problem` (the wall shows it) and tried again next time.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from wallboard.clock import SYSTEM_CLOCK, Clock
from wallboard.engine import Engine
from wallboard.engine.figures import SiteFigures
from wallboard.engine.intervals import DayRows
from wallboard.history.report import ReportSchedule
from wallboard.history.store import (
    DaySeries,
    IntervalStore,
    StoreDamaged,
    site_series,
    site_waiting,
)
from wallboard.phrases import QT_TRANSLATE_NOOP, Phrase

log = logging.getLogger(__name__)

#: The first write comes this soon after the start (seconds), so a restarted wall's
#: trends get the day's earlier waiting from the store at once.
FIRST_WRITE_S = 5.0
#: How long a damaged file that was set aside stays mentioned on the wall.
DAMAGE_SHOWN_MS = 60 * 60_000


@dataclass(frozen=True, slots=True)
class Sample:
    """What the store writes at one moment."""

    today: DayRows | None
    closed: DayRows | None
    #: The figures, only while they are live: stale "now" figures are not samples.
    figures: SiteFigures | None
    #: When the sample was taken (the wall clock).
    now_ms: int


def sample_of(engine: Engine, figures_are_live: bool, now_ms: int) -> Sample:
    """A sample of ``engine`` (call it under the feed's lock: it copies, then lets go)."""
    today, closed = engine.day_rows()
    return Sample(today, closed, engine.figures(now_ms) if figures_are_live else None, now_ms)


class StoreWriter:
    """Takes a sample every ``every_s`` seconds and writes it, off the screen's thread."""

    def __init__(self, store: IntervalStore, source: Callable[[], Sample | None], *,
                 every_s: float = 60.0, clock: Clock = SYSTEM_CLOCK,
                 reports: ReportSchedule | None = None) -> None:
        self.store = store
        #: Daily reports, written after a write on this same thread.
        self.reports = reports
        self.source = source
        self.every_s = every_s
        self.clock = clock
        self.writes = 0
        self._pending_closed: DayRows | None = None
        self._lock = threading.Lock()
        self._problem: str | None = None
        self._damaged: tuple[int, str] | None = None
        #: The same weekday last week from the store, for the trends (read by the screen).
        self.last_week: DaySeries | None = None
        #: The day before, from the store, for the trends' summary of yesterday.
        self.yesterday: DaySeries | None = None
        #: The day's waiting stored before this run: (date, ((time, mean waiting), ...)).
        self.earlier_waiting: tuple[date, tuple[tuple[int, float], ...]] | None = None
        self._last_week_of: tuple[str, date] | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="interval-store", daemon=True)

    def start(self) -> StoreWriter:
        self._thread.start()
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """A last write of what is counted, then the thread ends."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)
        elif self._thread.ident is None:
            self.store.close()  # never started: this thread opened it, if anyone did

    @property
    def problem(self) -> str | None:
        """The store's trouble in words for the wall; None when all is well."""
        with self._lock:
            if self._problem is not None:
                return Phrase(QT_TRANSLATE_NOOP(
                    "Wall", "Interval store not written (%1); trying again"), self._problem)
            if self._damaged is not None:
                since, text = self._damaged
                if self.clock.now_ms() - since < DAMAGE_SHOWN_MS:
                    return text
            return None

    def _run(self) -> None:
        try:
            wait = min(FIRST_WRITE_S, self.every_s)
            while not self._stop.wait(wait):
                self.tick()
                wait = self.every_s
            self.tick()
        finally:
            self.store.close()  # SQLite wants its connection closed by the thread that made it

    def tick(self) -> bool:
        """Take one sample and write it; True when it was written."""
        try:
            sample = self.source()
        except Exception:  # the source is the feed's engine: its trouble is logged there
            log.exception("interval store: cannot take a sample")
            return False
        if sample is None:
            return False
        closed = sample.closed or self._pending_closed
        try:
            self.store.write(sample.today, closed, sample.figures, now_ms=sample.now_ms)
        except StoreDamaged as damaged:
            said = (Phrase(QT_TRANSLATE_NOOP(
                "Wall", "Interval store was damaged: kept aside as %1, a new one started"),
                damaged.aside.name) if damaged.aside else Phrase(QT_TRANSLATE_NOOP(
                    "Wall", "Interval store was damaged: not moved, a new one started")))
            with self._lock:
                self._damaged = (self.clock.now_ms(), said)
            return self._retry(sample, closed)
        except (sqlite3.Error, OSError) as error:
            self._pending_closed = closed  # a finished day's rows are asked for only once
            with self._lock:
                first = self._problem is None
                self._problem = str(error) or type(error).__name__
            if first:
                log.error("interval store %s: %s; trying again in %.0f s", self.store.path,
                          error, self.every_s)
            self.store.close()
            return False
        self._written(sample)
        return True

    def _retry(self, sample: Sample, closed: DayRows | None) -> bool:
        try:
            self.store.write(sample.today, closed, sample.figures, now_ms=sample.now_ms)
        except (sqlite3.Error, OSError) as error:
            self._pending_closed = closed
            with self._lock:
                self._problem = str(error) or type(error).__name__
            log.error("interval store %s: %s", self.store.path, error)
            self.store.close()
            return False
        self._written(sample)
        return True

    def _load_last_week(self, today: DayRows) -> None:
        key = (today.site_id, today.date)
        if key == self._last_week_of:
            return
        self._last_week_of = key
        try:
            self.last_week = site_series(self.store.path, today.site_id,
                                         today.date - timedelta(days=7))
            self.yesterday = site_series(self.store.path, today.site_id,
                                         today.date - timedelta(days=1))
            self.earlier_waiting = (today.date, site_waiting(
                self.store.path, today.site_id, today.date, self.clock.now_ms()))
        except sqlite3.Error as error:
            log.warning("interval store %s: cannot read the trends: %s", self.store.path, error)
            self.last_week = self.yesterday = None

    def _written(self, sample: Sample) -> None:
        if sample.today is not None:
            self._load_last_week(sample.today)
        if self.reports is not None and sample.today is not None:
            self.reports.run(sample.now_ms, sample.today.timezone)
        self._pending_closed = None
        self.writes += 1
        with self._lock:
            if self._problem is not None:
                log.warning("interval store %s writable again", self.store.path)
            self._problem = None
