"""The day's PDF report: a real PDF, A4, with its pages counted and its figures in it;
written by hand and on the schedule of ``[reports]``."""

from __future__ import annotations

import logging
import re
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import msgspec
import pytest
from pytestqt.qtbot import QtBot

from tests.builders import T0, SiteBuilder
from tests.polling import wait_for
from wallboard.clock import FakeClock
from wallboard.engine import Engine
from wallboard.history.report import NoData, ReportSchedule, publish
from wallboard.history.store import IntervalStore
from wallboard.history.writer import StoreWriter, sample_of
from wallboard.protocol.decode import decode
from wallboard.views.report_pdf import write_pdf


def _store(path: Path, contacts: int) -> None:
    site = SiteBuilder()
    engine = Engine()
    assert engine.apply(decode(msgspec.json.encode(site.snapshot(T0)))) is None  # type: ignore[arg-type]
    for n in range(contacts):
        t = T0 + n * 97_000
        for message in (site.queued(f"c{n}", t),
                        site.answered(f"c{n}", t + 4000, 4000 + 9000 * (n % 4)),
                        site.completed(f"c{n}", t + 60_000, 55_000, "resolved")):
            assert engine.apply(decode(msgspec.json.encode(message))) is None  # type: ignore[arg-type]
    store = IntervalStore(path)
    store.write(*engine.day_rows(), engine.figures(T0 + contacts * 97_000))
    store.close()


def test_the_pdf_opens_and_counts_its_pages(qtbot: QtBot, tmp_path: Path) -> None:
    _store(tmp_path / "s.sqlite3", contacts=120)
    target = tmp_path / "day.pdf"
    pages = write_pdf(tmp_path / "s.sqlite3", date(2025, 11, 23), target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert pages >= 1
    assert len(re.findall(rb"/Type\s*/Page(?!s)", data)) == pages
    # A4 portrait in points (595 x 842), and the site's name as the title.
    assert re.search(rb"/MediaBox\s*\[\s*0\s+0\s+595(\.\d+)?\s+842", data)
    assert b"Test Centre" in data or "Test Centre".encode("utf-16-be") in data
    assert not list(tmp_path.glob(".*"))  # written atomically: nothing left beside it


def test_a_day_without_data_gives_no_pdf(qtbot: QtBot, tmp_path: Path) -> None:
    _store(tmp_path / "s.sqlite3", contacts=3)
    with pytest.raises(NoData):
        write_pdf(tmp_path / "s.sqlite3", date(2025, 11, 20), tmp_path / "none.pdf")
    assert not (tmp_path / "none.pdf").exists()


ZONE = ZoneInfo("Asia/Qatar")
#: 2025-11-24 00:00 in Qatar: the night after the stored day (T0's).
NEXT_MIDNIGHT = int(datetime(2025, 11, 24, tzinfo=ZONE).timestamp() * 1000)


def _scheduled(tmp_path: Path, clock: FakeClock, formats: tuple[str, ...],
               every_s: float = 60.0) -> tuple[StoreWriter, Path]:
    """A store of the day before and its writer, with reports at 00:30 into ``reports``."""
    _store(tmp_path / "s.sqlite3", contacts=60)
    site = SiteBuilder()
    engine = Engine()
    assert engine.apply(decode(msgspec.json.encode(site.snapshot(NEXT_MIDNIGHT)))) is None  # type: ignore[arg-type]
    folder = tmp_path / "reports"
    schedule = ReportSchedule(tmp_path / "s.sqlite3", folder, "00:30", formats, "site",
                              writers={"pdf": write_pdf})
    writer = StoreWriter(IntervalStore(tmp_path / "s.sqlite3"),
                         lambda: sample_of(engine, True, clock.now_ms()), clock=clock,
                         reports=schedule, every_s=every_s)
    return writer, folder


def test_the_scheduled_pdf_and_csv_are_written_once_past_their_time(
        qtbot: QtBot, tmp_path: Path) -> None:
    clock = FakeClock(NEXT_MIDNIGHT + 29 * 60_000)  # 00:29: not yet
    writer, folder = _scheduled(tmp_path, clock, ("csv", "pdf"))
    assert writer.tick()
    assert not folder.exists() or not list(folder.iterdir())
    clock.advance(60)  # 00:30
    assert writer.tick()
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["wallboard-2025-11-23.csv", "wallboard-2025-11-23.pdf"]  # nothing hidden
    pdf = (folder / "wallboard-2025-11-23.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-") and re.search(rb"/Type\s*/Page(?!s)", pdf)
    assert (folder / "wallboard-2025-11-23.csv").read_text().startswith("site,date,interval")
    # Finished: never written again, neither later that night nor by a wall started anew.
    (folder / "wallboard-2025-11-23.pdf").write_bytes(b"finished")
    clock.advance(3600)
    assert writer.tick()
    again, _ = _scheduled(tmp_path / "again", clock, ("pdf",))
    again.reports.folder = folder  # type: ignore[union-attr]
    assert again.tick()
    assert (folder / "wallboard-2025-11-23.pdf").read_bytes() == b"finished"
    assert sorted(p.name for p in folder.iterdir()) == names
    writer.store.close()
    again.store.close()


def test_a_scheduled_pdf_alone_is_written_on_the_store_thread(qtbot: QtBot,
                                                               tmp_path: Path) -> None:
    clock = FakeClock(NEXT_MIDNIGHT + 31 * 60_000)
    writer, folder = _scheduled(tmp_path, clock, ("pdf",), every_s=0.05)
    writer.start()
    try:
        # Counted in the writer's own writes, not in seconds.
        wait_for(lambda: writer.writes >= 2, timeout=60, what="two writes of the store")
    finally:
        writer.stop()
    assert sorted(p.name for p in folder.iterdir()) == ["wallboard-2025-11-23.pdf"]
    assert (folder / "wallboard-2025-11-23.pdf").read_bytes().startswith(b"%PDF-")


def test_a_report_is_never_published_over_a_finished_one(tmp_path: Path) -> None:
    target = tmp_path / "wallboard-2025-11-23.pdf"
    target.write_bytes(b"finished")
    written = tmp_path / ".partial"
    written.write_bytes(b"another")
    assert not publish(written, target)
    assert target.read_bytes() == b"finished" and not written.exists()
    fresh = tmp_path / "wallboard-2025-11-24.pdf"
    written.write_bytes(b"new")
    assert publish(written, fresh)
    assert fresh.read_bytes() == b"new" and not written.exists()


def test_a_format_without_a_writer_is_named_in_the_log(tmp_path: Path,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        schedule = ReportSchedule(tmp_path / "s.sqlite3", tmp_path, "00:30", ("csv", "pdf"))
    assert schedule.formats == ("csv",)
    assert "scheduled pdf reports cannot be written" in caplog.text
