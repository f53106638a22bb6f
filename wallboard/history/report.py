"""Reports of a business day from the interval store: one row per interval and group.

Groups are summed from the queues' rows exactly as the protocol sums them
(section "KPI definitions": a department, channel, language or the site is
the sum of its queues' counters); the percentages and means follow the same
section, with the default service-level rule. Samples of the "now" figures
are averaged over the interval. Reports are written to a temporary file
beside the target and renamed, so a reader never sees half a report.
"""

from __future__ import annotations

import csv
import logging
import os
import secrets
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import IO, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from wallboard.engine.figures import AGENT_STATES, SlRule, service_level_pct
from wallboard.engine.intervals import INTERVAL_MS
from wallboard.engine.tally import COUNTER_FIELDS, CounterSums
from wallboard.history.store import StoredDay, stored_days
from wallboard.phrases import QT_TRANSLATE_NOOP, Phrase

log = logging.getLogger(__name__)

#: ``--scope`` and the store's name of each kind of group.
SCOPES = {"site": "site", "departments": "department", "queues": "queue",
          "channels": "channel", "languages": "language"}

COLUMNS: tuple[str, ...] = (
    "site", "date", "interval", "start_local", "end_local", "scope", "scope_id", "scope_name",
    *COUNTER_FIELDS,
    "service_level_pct", "abandon_rate_pct", "asa_s", "aht_s", "fcr_pct",
    "samples", "waiting_avg", "waiting_max", "longest_wait_max_s",
    *(f"agents_{state}_avg" for state in AGENT_STATES),
)


def _one_decimal(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def _ratio(numerator: int, denominator: int, scale: float = 100.0) -> float | None:
    return _one_decimal(scale * numerator / denominator) if denominator > 0 else None


def _groups(day: StoredDay, kind: str) -> dict[str, tuple[str, list[str]]]:
    """Group id -> (its name, its queues)."""
    out: dict[str, tuple[str, list[str]]] = {}
    for queue_id, (name, department, department_name, channel, language, _, _) in (
            day.queues.items()):
        key: tuple[str, str] | None = {
            "site": (day.site_id, day.site_name),
            "department": (department, department_name),
            "queue": (queue_id, name),
            "channel": (channel, channel),
            "language": (language, language) if language else None,
        }[kind]
        if key is not None:
            out.setdefault(key[0], (key[1], []))[1].append(queue_id)
    return dict(sorted(out.items()))


def report_rows(day: StoredDay, scope: str = "queues") -> Iterator[dict[str, Any]]:
    """Every interval of the day for every group of ``scope``, in order of group, then time."""
    kind = SCOPES[scope]
    try:
        zone = ZoneInfo(day.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    zero = (0,) * len(COUNTER_FIELDS)
    for group_id, (group_name, members) in _groups(day, kind).items():
        for index in range(day.interval_count):
            start = day.start_ms + index * INTERVAL_MS
            end = min(start + INTERVAL_MS, day.end_ms)
            rows = [day.counts.get((index, q), zero) for q in members]
            c = CounterSums(*map(sum, zip(*rows, strict=True)))
            sample = day.samples.get((index, kind, group_id))
            row: dict[str, Any] = {
                "site": day.site_id, "date": day.date.isoformat(), "interval": index,
                "start_local": _local(start, zone), "end_local": _local(end, zone),
                "scope": kind, "scope_id": group_id, "scope_name": group_name,
                **{name: getattr(c, name) for name in COUNTER_FIELDS},
                "service_level_pct": _one_decimal(service_level_pct(c, SlRule.DEFAULT)),
                "abandon_rate_pct": _ratio(c.abandoned - c.short_abandoned,
                                           c.offered - c.short_abandoned),
                "asa_s": _ratio(c.wait_ms_answered, c.answered, 1 / 1000),
                "aht_s": _ratio(c.handle_ms, c.completed, 1 / 1000),
                "fcr_pct": _ratio(c.resolved, c.completed),
            }
            row.update(_sampled(sample))
            yield row


def _sampled(sample: tuple[object, ...] | None) -> dict[str, Any]:
    if sample is None or not sample[0]:
        return {"samples": 0, "waiting_avg": None, "waiting_max": None,
                "longest_wait_max_s": None,
                **{f"agents_{state}_avg": None for state in AGENT_STATES}}
    count, waiting_sum, waiting_max, longest, *agents = sample
    assert isinstance(count, int) and isinstance(waiting_sum, int)
    return {"samples": count, "waiting_avg": _one_decimal(waiting_sum / count),
            "waiting_max": waiting_max,
            "longest_wait_max_s": _one_decimal(longest) if isinstance(longest, float) else None,
            **{f"agents_{state}_avg": _one_decimal(int(n) / count)  # type: ignore[call-overload]
               for state, n in zip(AGENT_STATES, agents, strict=True)}}


def _local(ms: int, zone: ZoneInfo) -> str:
    # With its offset: on the night the clocks go back an hour happens twice.
    return datetime.fromtimestamp(ms / 1000, UTC).astimezone(zone).isoformat(timespec="minutes")


class NoData(Exception):
    """Nothing is stored for the day asked for."""


def write_csv(store: Path, day: date, out: IO[str], scope: str = "queues") -> int:
    """The day's report as CSV (UTF-8, a header, then rows); the number of rows.

    Raises :class:`NoData` when the store holds nothing of ``day``.
    """
    days = list(stored_days(store, day))
    if not days or not any(d.counts or d.samples for d in days):
        raise NoData(Phrase(QT_TRANSLATE_NOOP("Command", "no intervals are stored for %1 in %2"),
                            day.isoformat(), str(store)))
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for stored in days:
        for row in report_rows(stored, scope):
            writer.writerow(row)
            count += 1
    return count


def write_atomically(target: Path, write: Callable[[Path], None]) -> None:
    """``write`` a temporary file beside ``target``, then rename it into place.

    The file gets the mode any new file gets (0666 less the umask), so those
    who read the reports folder can read it: not mkstemp's owner-only 0600.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    while True:
        temporary = target.with_name(f".{target.name}.{secrets.token_hex(6)}")
        try:
            os.close(os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
            break
        except FileExistsError:
            continue
    try:
        write(Path(temporary))
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def csv_report(store: Path, day: date, target: Path, scope: str = "queues") -> int:
    """Write the CSV report of ``day`` to ``target`` atomically; the number of rows."""
    rows = 0

    def write(path: Path) -> None:
        nonlocal rows
        with path.open("w", encoding="utf-8", newline="") as out:
            rows = write_csv(store, day, out, scope)

    write_atomically(target, write)
    return rows


def due_reports(folder: Path, today: date, formats: tuple[str, ...]) -> list[tuple[date, Path]]:
    """The reports of the day before ``today`` not written yet (a finished one is kept)."""
    day = today - timedelta(days=1)
    return [(day, path) for fmt in formats
            if not (path := folder / f"wallboard-{day.isoformat()}.{fmt}").exists()]


#: Writes the report of a day from the store to a file: (store, day, target) -> rows or
#: pages written. Raises :class:`NoData` when the store holds nothing of the day.
ReportWriter = Callable[[Path, date, Path], int]


def publish(written: Path, target: Path) -> bool:
    """Give the finished file ``written`` the name ``target`` unless a file has it already;
    True when it did. ``written`` is gone afterwards either way.

    A hard link never replaces a file, so a finished report is never overwritten,
    even by another wall writing into the same folder at the same moment.
    """
    try:
        os.link(written, target)
    except FileExistsError:
        return False
    except OSError:  # a file system without hard links: the check and the rename apart
        if target.exists():
            written.unlink(missing_ok=True)
            return False
        os.replace(written, target)
        return True
    finally:
        written.unlink(missing_ok=True)
    return True


class ReportSchedule:
    """Writes the reports of the day before once the site's clock passes ``daily_at``.

    Called by the store's writer after each write, on its thread. A report
    already in the folder is finished and never written again; a day without
    data is logged once and not retried. CSV is written here; other formats
    (the PDF, drawn with Qt) by the ``writers`` the views layer hands in, so
    the core never imports Qt.
    """

    def __init__(self, store: Path, folder: Path, daily_at: str, formats: tuple[str, ...],
                 scope: str = "queues", *,
                 writers: Mapping[str, ReportWriter] | None = None) -> None:
        self.store = store
        self.folder = folder
        hours, minutes = daily_at.split(":")
        self.daily_at = int(hours) * 60 + int(minutes)
        self.scope = scope
        self.writers: dict[str, ReportWriter] = {
            "csv": lambda store, day, target: csv_report(store, day, target, scope),
            **(writers or {})}
        wanted = tuple(dict.fromkeys(formats))  # in order, once each
        self.formats = tuple(f for f in wanted if f in self.writers)
        self._given_up: set[Path] = set()
        for fmt in wanted:
            if fmt not in self.writers:
                log.warning("scheduled %s reports cannot be written by this program "
                            "(no %s writer); make one with wallboard report --format %s",
                            fmt, fmt, fmt)

    def run(self, now_ms: int, timezone: str) -> list[Path]:
        """Write what is due at ``now_ms`` in the site's ``timezone``; the files written."""
        try:
            local = datetime.fromtimestamp(now_ms / 1000, UTC).astimezone(ZoneInfo(timezone))
        except (ZoneInfoNotFoundError, ValueError):
            local = datetime.fromtimestamp(now_ms / 1000, UTC)
        if local.hour * 60 + local.minute < self.daily_at:
            return []
        written = []
        for day, target in due_reports(self.folder, local.date(), self.formats):
            if target in self._given_up:
                continue
            fmt = target.suffix[1:]
            # Written under a name of its own, then published under the day's name.
            partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
                size = self.writers[fmt](self.store, day, partial)
                if not publish(partial, target):
                    log.warning("daily report %s was written meanwhile by another; kept",
                                target)
                    continue
            except NoData as nothing:
                log.warning("daily report %s not written: %s", target.name, nothing)
                self._given_up.add(target)
                continue
            except (OSError, sqlite3.Error) as error:
                log.error("daily report %s not written: %s; trying again later", target, error)
                continue
            except Exception:  # a writer's own failure must not stop the store's thread
                log.exception("daily report %s not written", target)
                self._given_up.add(target)  # once: not a traceback every minute
                continue
            finally:
                partial.unlink(missing_ok=True)
            log.info("daily report %s written: %d %s", target, size,
                     "rows" if fmt == "csv" else "pages")
            written.append(target)
        return written
