"""Reports from the store of a simulated day: their totals are the probe's figures."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import msgspec
import pytest

from tests.builders import T0, SiteBuilder
from tests.polling import wait_for
from wallboard.clock import FakeClock
from wallboard.engine import Engine
from wallboard.feed import FeedOptions, FeedThread
from wallboard.history.report import (
    COLUMNS,
    NoData,
    ReportSchedule,
    csv_report,
    due_reports,
    write_csv,
)
from wallboard.history.store import IntervalStore
from wallboard.history.writer import StoreWriter, sample_of
from wallboard.probe import figures_document
from wallboard.protocol.decode import decode
from wallboard.simulator.server import running_in_thread

ZONE = ZoneInfo("Asia/Qatar")
START = int(datetime(2026, 11, 23, 10, 40, tzinfo=ZONE).timestamp() * 1000)
SUMMED = ("offered", "answered", "abandoned", "short_abandoned")


@pytest.fixture(scope="module")
def simulated_day(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    """A store written while following the simulator, and the probe's document at the end."""
    path = tmp_path_factory.mktemp("report") / "intervals.sqlite3"
    clock = FakeClock(START)
    with running_in_thread(scenario="municipal", start_ms=START, speed=30) as server:
        feed = FeedThread(FeedOptions(server.url), Engine(), clock=clock).start()
        writer = StoreWriter(IntervalStore(path), lambda: feed.read(
            lambda engine, health, now: sample_of(engine, health.figures_are_live, now)),
            clock=clock)
        try:
            wait_for(lambda: feed.session.messages > 300, timeout=60, what="300 messages")
            assert writer.tick()
            wait_for(lambda: feed.session.messages > 600, timeout=60, what="600 messages")
        finally:
            feed.stop()
        assert writer.tick()
        writer.store.close()
        figures = feed.engine.figures(clock.now_ms())
    assert figures is not None
    return path, figures_document(figures)


def read(path: Path, scope: str) -> list[dict[str, str]]:
    out = io.StringIO()
    write_csv(path, datetime.fromtimestamp(START / 1000, ZONE).date(), out, scope)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


@pytest.mark.parametrize("scope", ["site", "departments", "queues", "channels", "languages"])
def test_the_report_adds_up_to_the_probe(simulated_day: tuple[Path, dict[str, object]],
                                         scope: str) -> None:
    path, probe = simulated_day
    rows = read(path, scope)
    assert rows and list(rows[0]) == list(COLUMNS)
    totals: dict[str, dict[str, int]] = {}
    for row in rows:
        group = totals.setdefault(row["scope_id"], dict.fromkeys(SUMMED, 0))
        for name in SUMMED:
            group[name] += int(row[name])
    expected = probe[scope]
    if scope == "site":  # the probe's site has no id of its own: the rows name it
        (site_id,) = totals
        expected = {site_id: probe["site"]}
    assert isinstance(expected, dict)
    assert set(totals) == set(expected)
    for group_id, sums in totals.items():
        for name in SUMMED:
            assert sums[name] == expected[group_id][name], (group_id, name)
    assert sum(t["offered"] for t in totals.values()) > 0
    # Every interval of the day, once per group; "now" samples where the wall took them.
    assert len(rows) == 96 * len(totals)
    assert any(int(r["samples"]) > 0 for r in rows)


def test_names_in_any_script_survive_the_csv(tmp_path: Path) -> None:
    site = SiteBuilder()
    snapshot = site.snapshot(T0, departments=[{"id": "health", "name": "الصحة"},
                                              {"id": "urban", "name": "都市サービス"}])
    engine = Engine()
    assert engine.apply(decode(msgspec.json.encode(snapshot))) is None  # type: ignore[arg-type]
    assert engine.apply(decode(msgspec.json.encode(site.queued("c1", T0 + 1000)))) is None  # type: ignore[arg-type]
    store = IntervalStore(tmp_path / "s.sqlite3")
    store.write(*engine.day_rows(), engine.figures(T0 + 2000))
    store.close()
    target = tmp_path / "out" / "report.csv"
    rows = csv_report(tmp_path / "s.sqlite3", date(2025, 11, 23), target, "departments")
    with target.open(encoding="utf-8", newline="") as f:
        read_back = list(csv.DictReader(f))
    assert rows == len(read_back) == 2 * 96
    assert {r["scope_name"] for r in read_back} == {"الصحة", "都市サービス"}
    assert sum(int(r["offered"]) for r in read_back) == 1
    assert not list(target.parent.glob(".*"))  # no temporary file left behind


def test_a_day_without_data_says_so(tmp_path: Path,
                                    simulated_day: tuple[Path, dict[str, object]]) -> None:
    path, _ = simulated_day
    with pytest.raises(NoData, match="no intervals are stored for 2026-11-20"):
        csv_report(path, datetime(2026, 11, 20).date(), tmp_path / "r.csv")
    assert not (tmp_path / "r.csv").exists()


def test_a_finished_report_is_never_due_again(tmp_path: Path) -> None:
    today = datetime(2026, 11, 24).date()
    assert [p.name for _, p in due_reports(tmp_path, today, ("csv", "pdf"))] == [
        "wallboard-2026-11-23.csv", "wallboard-2026-11-23.pdf"]
    (tmp_path / "wallboard-2026-11-23.csv").write_text("done")
    assert [p.name for _, p in due_reports(tmp_path, today, ("csv", "pdf"))] == [
        "wallboard-2026-11-23.pdf"]


def test_the_daily_report_is_written_after_its_time_once(tmp_path: Path) -> None:
    site = SiteBuilder()
    engine = Engine()
    assert engine.apply(decode(msgspec.json.encode(site.snapshot(T0)))) is None  # type: ignore[arg-type]
    assert engine.apply(decode(msgspec.json.encode(site.queued("c1", T0 + 1000)))) is None  # type: ignore[arg-type]
    store = IntervalStore(tmp_path / "s.sqlite3")
    store.write(*engine.day_rows(), engine.figures(T0 + 2000))
    store.close()
    folder = tmp_path / "reports"
    schedule = ReportSchedule(tmp_path / "s.sqlite3", folder, "00:30", ("csv",), "site")
    midnight = int(datetime(2025, 11, 24, tzinfo=ZONE).timestamp() * 1000)
    assert schedule.run(midnight + 29 * 60_000, "Asia/Qatar") == []  # 00:29: not yet
    (written,) = schedule.run(midnight + 31 * 60_000, "Asia/Qatar")
    assert written.name == "wallboard-2025-11-23.csv"
    finished = written.read_bytes()
    assert schedule.run(midnight + 32 * 60_000, "Asia/Qatar") == []  # never written again
    assert written.read_bytes() == finished
    assert sorted(p.name for p in folder.iterdir()) == ["wallboard-2025-11-23.csv"]


def test_a_report_is_as_readable_as_any_new_file_in_its_folder(tmp_path: Path) -> None:
    site = SiteBuilder()
    engine = Engine()
    assert engine.apply(decode(msgspec.json.encode(site.snapshot(T0)))) is None  # type: ignore[arg-type]
    store = IntervalStore(tmp_path / "s.sqlite3")
    store.write(*engine.day_rows(), engine.figures(T0 + 2000))
    store.close()
    folder = tmp_path / "reports"
    target = folder / "report.csv"
    csv_report(tmp_path / "s.sqlite3", date(2025, 11, 23), target, "site")
    plain = folder / "plain"
    plain.write_text("")  # what the umask gives a new file here
    assert target.stat().st_mode & 0o777 == plain.stat().st_mode & 0o777
