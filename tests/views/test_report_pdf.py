"""The day's PDF report: a real PDF, A4, with its pages counted and its figures in it."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import msgspec
import pytest
from pytestqt.qtbot import QtBot

from tests.builders import T0, SiteBuilder
from wallboard.engine import Engine
from wallboard.history.report import NoData
from wallboard.history.store import IntervalStore
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
