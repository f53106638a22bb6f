"""The interval store: the day's counters and "now" samples per 15 minutes, in SQLite.

One file (WAL) in the platform's data folder, beside the alert log. It holds
per business day, 15-minute interval and queue the protocol's twelve counters
(the engine's own rows, so the file never disagrees with the wall), the
queues' department, channel and language (so a report can sum any group), and
per interval and group (site, department, queue, channel, language) the sums
of the "now" figures sampled once a minute: waiting, longest wait and agents
by state. Department, channel, language and site counters are sums of their
queues' rows, as the protocol defines them (section "KPI definitions").

Only the writer's thread writes; readers open their own read-only connection.
A file that cannot be opened as a database is moved aside and a new one
started; a full disk or a locked file is reported and tried again later.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import platformdirs

from wallboard.config.schema import Config
from wallboard.engine.figures import AGENT_STATES, GroupFigures, SiteFigures
from wallboard.engine.intervals import INTERVAL_MS, DayRows, StoredRows
from wallboard.engine.tally import COUNTER_FIELDS
from wallboard.levels import DEFERRED_CHANNELS

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS days (
    site TEXT NOT NULL, day TEXT NOT NULL, site_name TEXT NOT NULL, timezone TEXT NOT NULL,
    start_ms INTEGER NOT NULL, end_ms INTEGER NOT NULL,
    known_from_ms INTEGER NOT NULL, known_to_ms INTEGER NOT NULL,
    PRIMARY KEY (site, day)
);
CREATE TABLE IF NOT EXISTS queues (
    site TEXT NOT NULL, day TEXT NOT NULL, queue TEXT NOT NULL, name TEXT NOT NULL,
    department TEXT NOT NULL, department_name TEXT NOT NULL, channel TEXT NOT NULL,
    language TEXT, sl_threshold_s INTEGER NOT NULL, sl_target_pct REAL,
    PRIMARY KEY (site, day, queue)
);
CREATE TABLE IF NOT EXISTS counts (
    site TEXT NOT NULL, day TEXT NOT NULL, interval INTEGER NOT NULL, queue TEXT NOT NULL,
    {", ".join(f"{name} INTEGER NOT NULL" for name in COUNTER_FIELDS)},
    PRIMARY KEY (site, day, interval, queue)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS samples (
    site TEXT NOT NULL, day TEXT NOT NULL, interval INTEGER NOT NULL,
    scope TEXT NOT NULL, scope_id TEXT NOT NULL,
    samples INTEGER NOT NULL, waiting_sum INTEGER NOT NULL, waiting_max INTEGER NOT NULL,
    longest_wait_max_s REAL,
    {", ".join(f"{state}_sum INTEGER NOT NULL" for state in AGENT_STATES)},
    PRIMARY KEY (site, day, interval, scope, scope_id)
) WITHOUT ROWID;
"""
#: The groups samples are kept for, as the ``scope`` column names them.
SCOPES = ("site", "department", "queue", "channel", "language")

_COUNT_INSERT = (
    f"INSERT OR REPLACE INTO counts (site, day, interval, queue, {', '.join(COUNTER_FIELDS)})"
    f" VALUES ({', '.join('?' * (4 + len(COUNTER_FIELDS)))})"
)
_AGENT_SUMS = [f"{state}_sum" for state in AGENT_STATES]
_SAMPLE_UPSERT = (
    "INSERT INTO samples (site, day, interval, scope, scope_id, samples, waiting_sum, "
    f"waiting_max, longest_wait_max_s, {', '.join(_AGENT_SUMS)}) "
    f"VALUES ({', '.join('?' * (9 + len(_AGENT_SUMS)))}) "
    "ON CONFLICT (site, day, interval, scope, scope_id) DO UPDATE SET "
    "samples = samples + excluded.samples, waiting_sum = waiting_sum + excluded.waiting_sum, "
    "waiting_max = max(waiting_max, excluded.waiting_max), "
    "longest_wait_max_s = CASE WHEN excluded.longest_wait_max_s IS NULL THEN longest_wait_max_s"
    " WHEN longest_wait_max_s IS NULL THEN excluded.longest_wait_max_s"
    " ELSE max(longest_wait_max_s, excluded.longest_wait_max_s) END, "
    + ", ".join(f"{c} = {c} + excluded.{c}" for c in _AGENT_SUMS)
)


def default_path(demo: bool = False) -> Path:
    """The store in the platform's data folder (the simulator's apart from a real feed's)."""
    name = "intervals-demo.sqlite3" if demo else "intervals.sqlite3"
    return platformdirs.user_data_path("wallboard", appauthor=False) / name


def configured_path(config: Config, *, demo: bool = False) -> Path:
    """The interval store the configuration names, else the platform's data folder."""
    configured = config.history.file
    return Path(configured).expanduser() if configured else default_path(demo)


class StoreDamaged(Exception):
    """The file is not a usable database; it was moved aside (``aside``)."""

    def __init__(self, path: Path, aside: Path | None, error: BaseException) -> None:
        super().__init__(f"{path}: {error}")
        self.aside = aside


def _is_damage(error: sqlite3.Error) -> bool:
    # A locked, read-only or full file raises OperationalError: it is not broken.
    text = str(error).lower()
    return (type(error) is sqlite3.DatabaseError or "malformed" in text
            or "not a database" in text)


@dataclass(frozen=True, slots=True)
class WriteResult:
    counts: int
    samples: int


class IntervalStore:
    """The store's file, written from one thread (the one that calls :meth:`write`)."""

    def __init__(self, path: Path, *, retention_days: int = 400, max_mb: int = 2000,
                 busy_timeout_s: float = 5.0) -> None:
        self.path = path
        self.busy_timeout_s = busy_timeout_s
        self.retention_days = retention_days
        self.max_bytes = max_mb * 1024 * 1024
        self._db: sqlite3.Connection | None = None
        #: Counter rows as last written: (site, day, interval, queue) -> counters.
        self._written: dict[tuple[str, str, int, str], tuple[int, ...]] = {}
        self._queues_written: dict[tuple[str, str], tuple[object, ...]] = {}
        self._pruned_day: date | None = None

    # -- opening ---------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        if self._db is not None:
            return self._db
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            db = self._open()
        except sqlite3.Error as error:
            if not _is_damage(error):
                raise
            aside = self._set_aside(error)
            db = self._open()
            self._db = db
            raise StoreDamaged(self.path, aside, error) from error
        self._db = db
        return db

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=self.busy_timeout_s, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(SCHEMA)
            db.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
            found = db.execute("PRAGMA quick_check").fetchone()
            if found is None or found[0] != "ok":
                raise sqlite3.DatabaseError(f"quick_check: {found[0] if found else 'nothing'}")
        except sqlite3.Error:
            db.close()
            raise
        return db

    def _set_aside(self, error: sqlite3.Error) -> Path | None:
        """Move a damaged file (and its WAL) aside, keeping it for a look; the new name."""
        aside = self.path.with_name(f"{self.path.name}.broken-{os.getpid()}")
        n = 0
        while aside.exists():
            n += 1
            aside = self.path.with_name(f"{self.path.name}.broken-{os.getpid()}-{n}")
        try:
            os.replace(self.path, aside)
            for suffix in ("-wal", "-shm"):
                extra = Path(f"{self.path}{suffix}")
                if extra.exists():
                    os.replace(extra, Path(f"{aside}{suffix}"))
        except OSError as move_error:
            log.error("interval store %s is damaged (%s) and cannot be moved aside: %s",
                      self.path, error, move_error)
            return None
        log.error("interval store %s is damaged (%s): kept aside as %s; a new one is started",
                  self.path, error, aside.name)
        return aside

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    # -- writing ---------------------------------------------------------------------------

    def write(self, today: DayRows | None, closed: DayRows | None = None,
              figures: SiteFigures | None = None, *, now_ms: int | None = None) -> WriteResult:
        """Write what changed in the day's rows, and one sample of ``figures``.

        Raises :class:`sqlite3.Error` or :class:`OSError` when the disk says no:
        nothing is then marked as written, so the next call tries it all again.
        """
        db = self._connect()
        changed: list[tuple[tuple[str, str, int, str], tuple[int, ...]]] = []
        queue_rows: list[tuple[object, ...]] = []
        day_rows: list[tuple[object, ...]] = []
        for rows in (closed, today):
            if rows is None:
                continue
            day = rows.date.isoformat()
            seen_to = rows.end_ms - 1 if rows is closed else (
                now_ms if now_ms is not None else figures.now_ms if figures is not None
                else rows.known_from_ms)
            day_rows.append((rows.site_id, day, rows.site_name, rows.timezone, rows.start_ms,
                             rows.end_ms, rows.known_from_ms, min(seen_to, rows.end_ms - 1)))
            infos = tuple((q.id, q.name, q.department, q.department_name, q.channel,
                           q.language, q.sl_threshold_s, q.sl_target_pct) for q in rows.queues)
            if self._queues_written.get((rows.site_id, day)) != infos:
                queue_rows += [(rows.site_id, day, *info) for info in infos]
            for queue_id, by_interval in rows.rows.items():
                for index, values in by_interval.items():
                    key = (rows.site_id, day, index, queue_id)
                    if self._written.get(key) != values:
                        changed.append((key, values))
        sample_rows = _sample_rows(figures) if figures is not None else []
        with db:
            db.execute("BEGIN")
            db.executemany(
                "INSERT INTO days VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (site, day) DO"
                " UPDATE SET site_name = excluded.site_name, timezone = excluded.timezone,"
                " known_from_ms = min(known_from_ms, excluded.known_from_ms),"
                " known_to_ms = max(known_to_ms, excluded.known_to_ms)", day_rows)
            db.executemany("INSERT OR REPLACE INTO queues VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           queue_rows)
            db.executemany(_COUNT_INSERT, [(*key, *values) for key, values in changed])
            db.executemany(_SAMPLE_UPSERT, sample_rows)
        # Written: remember it, and forget the days that are over.
        keep = {(r.site_id, r.date.isoformat()) for r in (today,) if r is not None}
        self._written = {k: v for k, v in self._written.items() if k[:2] in keep}
        for key, values in changed:
            if key[:2] in keep:
                self._written[key] = values
        for rows in (today,):
            if rows is not None:
                self._queues_written = {(rows.site_id, rows.date.isoformat()): tuple(
                    (q.id, q.name, q.department, q.department_name, q.channel, q.language,
                     q.sl_threshold_s, q.sl_target_pct) for q in rows.queues)}
        if today is not None and today.date != self._pruned_day:
            self._pruned_day = today.date
            self.prune(today.date)
        return WriteResult(len(changed), len(sample_rows))

    def prune(self, today: date) -> int:
        """Drop the days past the retention, then the oldest while over the size; how many."""
        db = self._connect()
        first = (today - timedelta(days=self.retention_days)).isoformat()
        dropped = 0
        with db:
            for table in ("counts", "samples", "queues", "days"):
                dropped += db.execute(f"DELETE FROM {table} WHERE day < ?", (first,)).rowcount
        if dropped:
            log.info("interval store: %d rows of days before %s removed", dropped, first)
        while self.size_bytes() > self.max_bytes:
            oldest = db.execute("SELECT min(day) FROM days").fetchone()[0]
            if oldest is None or oldest >= today.isoformat():
                log.warning("interval store %s is over %d MB with only today in it", self.path,
                            self.max_bytes // 1024 // 1024)
                break
            with db:
                for table in ("counts", "samples", "queues", "days"):
                    db.execute(f"DELETE FROM {table} WHERE day = ?", (oldest,))
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            db.execute("VACUUM")
            log.warning("interval store over %d MB: the day %s removed",
                        self.max_bytes // 1024 // 1024, oldest)
            dropped += 1
        return dropped

    def size_bytes(self) -> int:
        db = self._connect()
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        free = db.execute("PRAGMA freelist_count").fetchone()[0]
        size = db.execute("PRAGMA page_size").fetchone()[0]
        return int((pages - free) * size)


def _sample_rows(f: SiteFigures) -> list[tuple[object, ...]]:
    """One sample of every group's "now" figures, as increments of its interval's sums."""
    index = (f.now_ms - _day_start(f)) // INTERVAL_MS
    if not 0 <= index < max(len(f.intervals), 1):
        # The wall's clock is not on the feed's business day: no interval to put it in.
        log.debug("sample at %d is outside the business day %s; not kept", f.now_ms,
                  f.business_day)
        return []
    day = f.business_day.isoformat()

    def row(scope: str, scope_id: str, k: GroupFigures) -> tuple[object, ...]:
        return (f.site_id, day, index, scope, scope_id, 1, k.waiting, k.waiting,
                k.longest_wait_s, *(k.agents.get(state, 0) for state in AGENT_STATES))

    out = [row("site", f.site_id, f.site)]
    out += [row("department", d, v.kpis) for d, v in f.departments.items()]
    out += [row("queue", q, v.kpis) for q, v in f.queues.items()]
    out += [row("channel", c, v) for c, v in f.channels.items()]
    out += [row("language", lang, v) for lang, v in f.languages.items()]
    return out


def _day_start(f: SiteFigures) -> int:
    if f.intervals:
        return f.intervals[0].start_ms
    from wallboard.engine.businessday import BusinessDay, site_zone

    return BusinessDay.containing(f.now_ms, site_zone(f.timezone)).start_ms


# -- reading (any thread: each call opens its own read-only connection) ---------------------


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5.0)


def stored_rows(path: Path, site_id: str, day: date) -> StoredRows | None:
    """The counter rows stored for a site's day (queue -> interval -> counters)
    and the span of it the wall saw; None when nothing of it is stored."""
    if not path.exists():
        return None
    db = _read_only(path)
    try:
        span = db.execute("SELECT known_from_ms, known_to_ms FROM days WHERE site = ? AND"
                          " day = ?", (site_id, day.isoformat())).fetchone()
        if span is None:
            return None
        found = db.execute(
            f"SELECT queue, interval, {', '.join(COUNTER_FIELDS)} FROM counts"
            " WHERE site = ? AND day = ?", (site_id, day.isoformat()))
        out: dict[str, dict[int, tuple[int, ...]]] = {}
        for queue_id, index, *values in found:
            out.setdefault(queue_id, {})[index] = tuple(values)
        return StoredRows(out, span[0], span[1])
    finally:
        db.close()


@dataclass(frozen=True, slots=True)
class StoredDay:
    """Everything stored of one site's business day, for reports and charts."""

    site_id: str
    site_name: str
    timezone: str
    date: date
    start_ms: int
    end_ms: int
    #: queue id -> (name, department, department name, channel, language, threshold, target)
    queues: Mapping[str, tuple[str, str, str, str, str | None, int, float | None]]
    #: (interval, queue) -> counters
    counts: Mapping[tuple[int, str], tuple[int, ...]]
    #: (interval, scope, scope id) -> (samples, waiting sum, waiting max, longest wait max,
    #: agent sums in AGENT_STATES order)
    samples: Mapping[tuple[int, str, str], tuple[object, ...]]

    @property
    def interval_count(self) -> int:
        return -(-(self.end_ms - self.start_ms) // INTERVAL_MS)


def stored_days(path: Path, day: date) -> Iterator[StoredDay]:
    """Each site's stored data for ``day`` (usually one site)."""
    if not path.exists():
        return
    db = _read_only(path)
    try:
        sites = db.execute("SELECT site, site_name, timezone, start_ms, end_ms FROM days"
                           " WHERE day = ? ORDER BY site", (day.isoformat(),)).fetchall()
        for site_id, name, timezone, start_ms, end_ms in sites:
            args = (site_id, day.isoformat())
            queues = {r[0]: tuple(r[1:]) for r in db.execute(
                "SELECT queue, name, department, department_name, channel, language,"
                " sl_threshold_s, sl_target_pct FROM queues WHERE site = ? AND day = ?", args)}
            counts = {(r[0], r[1]): tuple(r[2:]) for r in db.execute(
                f"SELECT interval, queue, {', '.join(COUNTER_FIELDS)} FROM counts"
                " WHERE site = ? AND day = ?", args)}
            samples = {(r[0], r[1], r[2]): tuple(r[3:]) for r in db.execute(
                "SELECT interval, scope, scope_id, samples, waiting_sum, waiting_max,"
                f" longest_wait_max_s, {', '.join(_AGENT_SUMS)} FROM samples"
                " WHERE site = ? AND day = ?", args)}
            yield StoredDay(site_id, name, timezone, day, start_ms, end_ms,
                            queues, counts, samples)
    finally:
        db.close()


def site_waiting(path: Path, site_id: str, day: date, before_ms: int
                 ) -> tuple[tuple[int, float], ...]:
    """Contacts waiting in the site's live channels (not its backlogs, as the wall's
    "Waiting now"), averaged over each stored interval that ended by ``before_ms``:
    (the interval's middle, the mean), for the trends after a restart."""
    if not path.exists():
        return ()
    db = _read_only(path)
    try:
        found = db.execute("SELECT start_ms FROM days WHERE site = ? AND day = ?",
                           (site_id, day.isoformat())).fetchone()
        if found is None:
            return ()
        start = found[0]
        deferred = sorted(DEFERRED_CHANNELS)
        rows = db.execute(
            "SELECT interval, SUM(waiting_sum), MAX(samples) FROM samples"
            " WHERE site = ? AND day = ? AND scope = 'channel' AND samples > 0"
            f" AND scope_id NOT IN ({', '.join('?' for _ in deferred)})"
            " GROUP BY interval ORDER BY interval",
            (site_id, day.isoformat(), *deferred)).fetchall()
    finally:
        db.close()
    return tuple((start + i * INTERVAL_MS + INTERVAL_MS // 2, total / n) for i, total, n in rows
                 if start + (i + 1) * INTERVAL_MS <= before_ms)


@dataclass(frozen=True, slots=True)
class DaySeries:
    """A stored day's site-wide curves, per interval: what the trends draw faintly."""

    date: date
    offered: tuple[int, ...]
    service_level_pct: tuple[float | None, ...]
    #: The whole day's: contacts offered, and service level from the day's summed
    #: counters (not a mean of the intervals'); None over nothing.
    day_offered: int = 0
    day_service_level_pct: float | None = None


def site_series(path: Path, site_id: str, day: date) -> DaySeries | None:
    """The site's contacts offered and service level (default rule) per interval of ``day``."""
    from wallboard.engine.figures import SlRule, service_level_pct
    from wallboard.engine.tally import CounterSums

    for stored in stored_days(path, day):
        if stored.site_id != site_id or not stored.counts:
            continue
        sums = [[0] * len(COUNTER_FIELDS) for _ in range(stored.interval_count)]
        for (index, _), values in stored.counts.items():
            if 0 <= index < len(sums):
                row = sums[index]
                for k, v in enumerate(values):
                    row[k] += v
        known_to = (stored_rows(path, site_id, day) or StoredRows({}, 0, stored.end_ms)).known_to_ms
        last = min(len(sums), (known_to - stored.start_ms) // INTERVAL_MS + 1)
        whole = CounterSums(*map(sum, zip(*sums, strict=True)))
        return DaySeries(day, tuple(r[0] for r in sums[:last]),
                         tuple(service_level_pct(CounterSums(*r), SlRule.DEFAULT)
                               for r in sums[:last]),
                         whole.offered, service_level_pct(whole, SlRule.DEFAULT))
    return None
