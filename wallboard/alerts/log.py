"""The alert log: every fire, escalation, easing, clear and acknowledgement, kept.

SQLite, append-only (triggers refuse updates and deletes), in the platform's
data folder. Writes go through a queue to a thread of their own, so a slow or
full disk never holds up the screen; what cannot be written yet is kept (up to
a bound) and written when the disk has room again, and the trouble is
reported on the wall. The same file keeps the hourly counts the unusual-pattern
detector compares against, so its baseline survives restarts.
"""

from __future__ import annotations

import csv
import logging
import queue
import sqlite3
import threading
from collections import deque
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import IO

import platformdirs

from wallboard.alerts.baseline import Bucket
from wallboard.alerts.engine import AlertEvent
from wallboard.phrases import QT_TRANSLATE_NOOP, Phrase

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS alert_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at_ms INTEGER NOT NULL,
    event TEXT NOT NULL,
    alert_key TEXT NOT NULL,
    rule TEXT NOT NULL,
    metric TEXT NOT NULL,
    scope TEXT NOT NULL,
    scope_name TEXT NOT NULL,
    level TEXT NOT NULL,
    value REAL,
    threshold REAL,
    since_ms INTEGER NOT NULL,
    reason TEXT NOT NULL,
    acknowledged_by TEXT,
    wall TEXT,
    site TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS alert_log_at ON alert_log (at_ms);
CREATE TRIGGER IF NOT EXISTS alert_log_no_update BEFORE UPDATE ON alert_log
BEGIN SELECT RAISE(ABORT, 'the alert log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS alert_log_no_delete BEFORE DELETE ON alert_log
BEGIN SELECT RAISE(ABORT, 'the alert log is append-only'); END;
CREATE TABLE IF NOT EXISTS baseline (
    day TEXT NOT NULL,
    department TEXT NOT NULL,
    rate TEXT NOT NULL,
    hour INTEGER NOT NULL,
    numerator INTEGER NOT NULL,
    denominator INTEGER NOT NULL,
    PRIMARY KEY (day, department, rate, hour)
);
"""
COLUMNS = ("at_utc", "event", "level", "rule", "metric", "scope", "scope_name", "value",
           "threshold", "since_utc", "reason", "acknowledged_by", "wall", "site", "alert_key")
MAX_PENDING = 10_000


def default_path() -> Path:
    return platformdirs.user_data_path("wallboard", appauthor=False) / "alerts.sqlite3"


def _connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=5.0, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.executescript(SCHEMA)
    return db


def _utc(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="seconds")


class AlertLog:
    """Appends events from any thread; a writer thread puts them on disk."""

    def __init__(self, path: Path, *, site: str = "", retry_s: float = 5.0) -> None:
        self.path = path
        self.site = site
        self.retry_s = retry_s
        self._queue: queue.Queue[tuple[str, tuple[object, ...]] | None] = queue.Queue()
        self._pending: deque[tuple[str, tuple[object, ...]]] = deque()
        self._lock = threading.Lock()
        self._problem: str | None = None
        self._dropped = 0
        self._written = 0
        self._thread = threading.Thread(target=self._run, name="alert-log", daemon=True)
        self._thread.start()

    # -- writing --------------------------------------------------------------------------

    def record(self, event: AlertEvent, *, wall: str = "") -> None:
        a = event.alert
        scope = a.scope_kind if a.scope_kind == "site" else f"{a.scope_kind}:{a.scope_id}"
        self._queue.put((
            "INSERT INTO alert_log (at_ms, event, alert_key, rule, metric, scope, scope_name,"
            " level, value, threshold, since_ms, reason, acknowledged_by, wall, site)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (event.at_ms, event.kind.value, a.key, a.rule_id, a.metric, scope, a.scope_name,
             a.level.name.lower(), a.value, a.threshold, a.since_ms, event.reason,
             a.acknowledged_by, a.acknowledged_wall or wall, self.site)))

    def record_bucket(self, department: str, rate: str, bucket: Bucket) -> None:
        self._queue.put((
            "INSERT OR REPLACE INTO baseline (day, department, rate, hour, numerator,"
            " denominator) VALUES (?, ?, ?, ?, ?, ?)",
            (bucket.day.isoformat(), department, rate, bucket.hour, bucket.numerator,
             bucket.denominator)))

    def flush(self, timeout_s: float = 5.0) -> bool:
        """Wait until everything queued so far is written; False if it could not be."""
        done = threading.Event()
        self._queue.put(("__flush__", (done,)))
        return done.wait(timeout_s) and not self.pending

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join(timeout=10)

    @property
    def problem(self) -> str | None:
        """Why the log cannot be written now, in words for the wall; None when it can."""
        with self._lock:
            if self._problem is None:
                return None
            waiting = str(len(self._pending))
            # The database's own words stay as they are; the rest is said in the wall's language.
            if self._dropped:
                return Phrase(QT_TRANSLATE_NOOP(
                    "Wall", "Alert log not written (%1): %2 waiting, %3 lost"), self._problem,
                    waiting, str(self._dropped))
            return Phrase(QT_TRANSLATE_NOOP("Wall", "Alert log not written (%1): %2 waiting"),
                          self._problem, waiting)

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._pending)

    def _run(self) -> None:
        db: sqlite3.Connection | None = None
        while True:
            try:
                item = self._queue.get(timeout=self.retry_s if self._pending else None)
            except queue.Empty:
                item = ("__retry__", ())
            if item is None:
                break
            sql, args = item
            if sql == "__flush__":
                db = self._write(db)
                done = args[0]
                assert isinstance(done, threading.Event)
                done.set()
                continue
            if sql != "__retry__":
                with self._lock:
                    if len(self._pending) >= MAX_PENDING:
                        self._pending.popleft()
                        self._dropped += 1
                    self._pending.append((sql, args))
            db = self._write(db)
        self._write(db)
        if db is not None:
            db.close()

    def _write(self, db: sqlite3.Connection | None) -> sqlite3.Connection | None:
        """Write what is pending; keep it and say why when the disk says no."""
        with self._lock:
            batch = list(self._pending)
        if not batch:
            return db
        try:
            if db is None:
                db = _connect(self.path)
            with db:
                db.execute("BEGIN")
                for sql, args in batch:
                    db.execute(sql, args)
        except (sqlite3.Error, OSError) as error:
            with self._lock:
                first = self._problem is None
                self._problem = str(error) or type(error).__name__
            if first:
                log.error("alert log %s: %s; keeping %d entries to write later", self.path,
                          error, len(batch))
            if db is not None:
                db.close()
            return None
        with self._lock:
            for _ in batch:
                self._pending.popleft()
            self._written += len(batch)
            if self._problem is not None:
                log.warning("alert log %s writable again; %d entries written", self.path,
                            len(batch))
            self._problem = None
        return db



def read_buckets(path: Path, days: int, today: date) -> list[tuple[str, str, Bucket]]:
    if not path.exists():
        return []
    first = (today - timedelta(days=days)).isoformat()
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5.0)
        try:
            rows = db.execute(
                "SELECT department, rate, day, hour, numerator, denominator FROM baseline"
                " WHERE day >= ? AND day < ? ORDER BY day", (first, today.isoformat())
            ).fetchall()
        finally:
            db.close()
    except sqlite3.Error as error:
        log.warning("alert log %s: cannot read the baseline: %s", path, error)
        return []
    return [(d, r, Bucket(date.fromisoformat(day), h, n, m)) for d, r, day, h, n, m in rows]


def read_events(path: Path, *, since_ms: int | None = None,
                until_ms: int | None = None) -> Iterator[dict[str, object]]:
    """The log's entries, oldest first, as rows of :data:`COLUMNS`."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5.0)
    try:
        rows = db.execute(
            "SELECT at_ms, event, level, rule, metric, scope, scope_name, value, threshold,"
            " since_ms, reason, acknowledged_by, wall, site, alert_key FROM alert_log"
            " WHERE at_ms >= ? AND at_ms <= ? ORDER BY id",
            (since_ms if since_ms is not None else 0,
             until_ms if until_ms is not None else 2**62))
        for row in rows:
            values = dict(zip(COLUMNS, row, strict=True))
            values["at_utc"] = _utc(row[0])
            values["since_utc"] = _utc(row[9])
            yield values
    finally:
        db.close()


def export_csv(path: Path, out: IO[str], **window: int | None) -> int:
    """Write the log as CSV (a header, then one row an entry); the number of rows."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in read_events(path, **window):
        writer.writerow(row)
        count += 1
    return count

