"""The alert log: append-only, kept across restarts, exported to CSV, patient with a full disk."""

from __future__ import annotations

import csv
import io
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from wallboard.alerts.baseline import Bucket
from wallboard.alerts.engine import Alert, AlertEvent, EventKind
from wallboard.alerts.log import AlertLog, export_csv, read_buckets, read_events
from wallboard.levels import Level

T = 1_763_874_000_000


def event(kind: EventKind, at: int, **kw: object) -> AlertEvent:
    alert = Alert(key="longest-wait@queue:h-ar", rule_id="longest-wait",
                  metric="longest_wait_s", scope_kind="queue", scope_id="h-ar",
                  scope_name="Health (Arabic)", level=Level.CRITICAL, value=200.0,
                  threshold=180.0, since_ms=T, **kw)  # type: ignore[arg-type]
    return AlertEvent(at, kind, alert)


def test_events_survive_a_restart_and_export_to_csv(tmp_path: Path) -> None:
    path = tmp_path / "alerts.sqlite3"
    first = AlertLog(path, site="Test Centre")
    first.record(event(EventKind.FIRED, T))
    first.record(event(EventKind.ACKNOWLEDGED, T + 5000, acknowledged_by="dana",
                       acknowledged_wall="ops-2"))
    assert first.flush()
    first.close()
    second = AlertLog(path, site="Test Centre")
    second.record(event(EventKind.CLEARED, T + 60_000), wall="ops-1")
    assert second.flush()
    second.close()
    rows = list(read_events(path))
    assert [(r["event"], r["acknowledged_by"], r["wall"]) for r in rows] == [
        ("fired", None, ""), ("acknowledged", "dana", "ops-2"), ("cleared", None, "ops-1")]
    out = io.StringIO()
    assert export_csv(path, out, since_ms=T + 1) == 2
    table = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["event"] for r in table] == ["acknowledged", "cleared"]
    assert table[0]["at_utc"] == "2025-11-23T05:00:05+00:00"
    assert table[0]["scope"] == "queue:h-ar" and table[0]["level"] == "critical"


def test_the_log_refuses_to_be_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "alerts.sqlite3"
    log = AlertLog(path)
    log.record(event(EventKind.FIRED, T))
    assert log.flush()
    log.close()
    db = sqlite3.connect(path)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("UPDATE alert_log SET level = 'normal'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("DELETE FROM alert_log")
    db.close()


def test_baseline_buckets_are_kept_for_the_next_start(tmp_path: Path) -> None:
    path = tmp_path / "alerts.sqlite3"
    log = AlertLog(path)
    for day in (20, 21, 22):
        log.record_bucket("health", "abandon_rate_pct", Bucket(date(2025, 11, day), 8, 6, 100))
    log.record_bucket("health", "abandon_rate_pct", Bucket(date(2025, 10, 1), 8, 6, 100))
    assert log.flush()
    log.close()
    kept = read_buckets(path, 28, date(2025, 11, 23))
    assert [b.day.day for _, _, b in kept] == [20, 21, 22]


def test_an_unwritable_place_is_reported_and_nothing_is_lost(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log's folder should be")
    log = AlertLog(blocker / "alerts.sqlite3", retry_s=0.05)
    log.record(event(EventKind.FIRED, T))
    assert not log.flush()
    assert log.problem is not None and "1 waiting" in log.problem
    blocker.unlink()  # the place becomes writable: the entry is written
    assert log.flush()
    assert log.problem is None
    log.close()
    assert [r["event"] for r in read_events(blocker / "alerts.sqlite3")] == ["fired"]


def test_a_full_disk_keeps_entries_until_there_is_room(tmp_path: Path) -> None:
    """A real ENOSPC-like failure: the process's file-size limit (RLIMIT_FSIZE).

    Run in a child process, because the limit applies to the whole process.
    """
    script = textwrap.dedent(f"""
        import resource, signal, sys
        sys.path.insert(0, {str(Path(__file__).parents[3])!r})
        from pathlib import Path
        from tests.core.alerts.test_alert_log import event, EventKind, T
        from wallboard.alerts.log import AlertLog, read_events
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write fails with EFBIG instead
        path = Path({str(tmp_path / "alerts.sqlite3")!r})
        log = AlertLog(path, retry_s=0.05)
        log.record(event(EventKind.FIRED, T))
        assert log.flush(), "the first entry fits"
        size = max(p.stat().st_size for p in path.parent.iterdir())
        soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, hard))
        for i in range(200):
            log.record(event(EventKind.ACKNOWLEDGED, T + i, acknowledged_by="x" * 500))
        assert not log.flush(2), "the disk is full"
        print("PROBLEM", log.problem)
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        assert log.flush(10), "written once there is room"
        assert log.problem is None
        log.close()
        print("ROWS", sum(1 for _ in read_events(path)))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert "PROBLEM Alert log not written" in done.stdout
    assert "ROWS 201" in done.stdout


def test_the_command_exports_a_time_window_to_csv(tmp_path: Path) -> None:
    path = tmp_path / "alerts.sqlite3"
    log = AlertLog(path)
    for i, kind in enumerate((EventKind.FIRED, EventKind.ACKNOWLEDGED, EventKind.CLEARED)):
        log.record(event(kind, T + i * 3_600_000))
    assert log.flush()
    log.close()
    out = tmp_path / "out.csv"
    done = subprocess.run(
        [sys.executable, "-m", "wallboard", "alerts", "--file", str(path), "--csv", str(out),
         "--since", "2025-11-23T09:00+03:00"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == f"2 entries written to {out}"
    rows = list(csv.DictReader(out.open()))
    assert [r["event"] for r in rows] == ["acknowledged", "cleared"]
    missing = subprocess.run([sys.executable, "-m", "wallboard", "alerts", "--file",
                              str(tmp_path / "none.sqlite3")], capture_output=True, text=True,
                             timeout=60)
    assert missing.returncode == 1 and "no alert log at" in missing.stderr
