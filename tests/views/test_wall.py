"""The wall's real widgets against the real simulator on loopback."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import msgspec
import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFontMetrics, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.simulated import pinned_simulator, pinned_start_text
from wallboard.engine import SiteFigures
from wallboard.feed import FeedOptions, FeedThread
from wallboard.levels import Level
from wallboard.present import text
from wallboard.present.wall import DepartmentRow
from wallboard.simulator.server import SimulatorServer
from wallboard.views.bridge import WallBridge
from wallboard.views.pages.departments import DepartmentsPage
from wallboard.views.pages.overview import OverviewPage, department_item
from wallboard.views.widgets import FitLabel
from wallboard.views.window import WallWindow

pytestmark = pytest.mark.network


@pytest.fixture
def simulator() -> Iterator[SimulatorServer]:
    with pinned_simulator(scenario="municipal", speed=20.0, seed=5) as server:
        yield server


class Wall:
    """A wall window fed by a real feed thread, refreshed by hand or by its timer."""

    def __init__(self, qtbot: QtBot, url: str | None, *, stale_after_s: float = 15.0,
                 token: str | None = None, rotate_s: float = 0.0) -> None:
        self.feed = None
        if url is not None:
            self.feed = FeedThread(FeedOptions(url, stale_after_s=stale_after_s,
                                               backoff_base_s=0.05, backoff_cap_s=0.2),
                                   token=lambda: token).start()
        self.window = WallWindow(rotate_s=rotate_s)
        qtbot.addWidget(self.window)
        self.window.setFixedSize(1920, 1080)
        self.window.show()
        self.bridge = WallBridge(self.feed, url=url, refresh_hz=10)
        self.bridge.attach(self.window)
        self.bridge.start()

    def stop(self) -> None:
        self.bridge.stop()
        if self.feed is not None:
            self.feed.stop()

    def figures(self) -> SiteFigures:
        assert self.feed is not None
        figures, _ = self.feed.figures()
        assert figures is not None
        return figures

    def tile(self, key: str) -> str:
        page = self.window.pages[0]
        assert isinstance(page, OverviewPage)
        return page.tiles[key].value.text()


@pytest.fixture
def wall_factory(qtbot: QtBot) -> Iterator[type[Wall]]:
    walls: list[Wall] = []

    class Made(Wall):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(qtbot, *args, **kwargs)  # type: ignore[arg-type]
            walls.append(self)

    yield Made
    for wall in walls:
        wall.stop()


def test_figures_on_screen_equal_the_cores(
    qtbot: QtBot, simulator: SimulatorServer, wall_factory: type[Wall]
) -> None:
    wall = wall_factory(simulator.url)
    qtbot.waitUntil(lambda: wall.bridge.last_view is not None and
                    wall.bridge.last_view.empty is None, timeout=10_000)
    simulator.pause_messages(True)  # hold the figures still while comparing
    qtbot.waitUntil(lambda: wall.feed.figures()[1].silence_s > 0.3, timeout=5_000)  # type: ignore[union-attr,operator]
    wall.bridge.refresh()
    site = wall.figures().site
    assert wall.tile("waiting") == text.count(site.waiting)
    assert wall.tile("service_level") == text.percent(site.service_level_pct)
    assert wall.tile("abandon_rate") == text.percent(site.abandon_rate_pct)
    assert wall.tile("asa") == text.duration(site.asa_s)
    assert wall.tile("aht") == text.duration(site.aht_s)
    assert wall.tile("fcr") == text.percent(site.fcr_pct)
    assert wall.tile("out_of_scope") == text.percent(site.out_of_scope_pct)
    assert wall.tile("offered") == text.count(site.counters.offered)
    assert wall.tile("available") == text.count(site.agents["available"])
    assert site.counters.offered > 0  # a warmed-up centre, not an empty one

    wall.window.show_page("departments")
    page = wall.window.current_page
    assert isinstance(page, DepartmentsPage)
    shown = {row.cells["name"].text(): row for row in page._rows if row.cells["name"].isVisible()}
    departments = wall.figures().departments
    assert len(shown) == min(len(departments), page.rows_per_page)
    for department in departments.values():
        if department.name in shown:
            cells = shown[department.name].cells
            backlog = department.backlog
            assert cells["open_cases"].text() == text.count(backlog.open_cases)
            assert cells["callbacks"].text() == text.count(backlog.callbacks_pending)
            assert cells["service_level"].text() == text.percent(department.kpis.service_level_pct)


def test_the_feed_gives_way_until_a_refresh_or_a_page_turn_is_painted(
    qtbot: QtBot, simulator: SimulatorServer, wall_factory: type[Wall]
) -> None:
    wall = wall_factory(simulator.url)
    assert wall.feed is not None
    qtbot.waitUntil(lambda: wall.bridge.last_view is not None and
                    wall.bridge.last_view.empty is None, timeout=10_000)
    wall.bridge.stop()  # refreshed by hand from here
    screen = wall.feed.screen
    painted_while_drawing: list[bool] = []

    class PaintWatcher(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted_while_drawing.append(screen.screen_is_drawing)
            return False

    watcher = PaintWatcher()
    tile = wall.window.pages[0].tiles["offered"].value  # type: ignore[attr-defined]
    tile.installEventFilter(watcher)
    qtbot.waitUntil(lambda: not screen.screen_is_drawing, timeout=5_000)
    tile.setText("")  # the next view repaints this tile
    painted_while_drawing.clear()
    wall.bridge.refresh()
    assert screen.screen_is_drawing
    qtbot.waitUntil(lambda: not screen.screen_is_drawing, timeout=5_000)
    # The tile was painted, and only then did the feed go on.
    assert painted_while_drawing and all(painted_while_drawing)

    # So with a page turn.
    other = wall.window.pages[1]
    other.installEventFilter(watcher)
    painted_while_drawing.clear()
    wall.window.show_page(other.key)
    assert screen.screen_is_drawing
    qtbot.waitUntil(lambda: not screen.screen_is_drawing, timeout=5_000)
    assert painted_while_drawing and all(painted_while_drawing)


def test_silence_shows_stale_everywhere(
    qtbot: QtBot, simulator: SimulatorServer, wall_factory: type[Wall]
) -> None:
    wall = wall_factory(simulator.url, stale_after_s=0.5)
    header = wall.window.header
    qtbot.waitUntil(lambda: "LIVE" in header.state.text(), timeout=10_000)
    simulator.pause_messages(True)
    qtbot.waitUntil(lambda: "STALE" in header.state.text(), timeout=5_000)
    tile = wall.window.pages[0].tiles["waiting"]  # type: ignore[attr-defined]
    assert tile.property("stale") == "true"
    assert tile.detail.text() == "Not live"
    assert wall.window.banner.isVisible()
    assert "Feed stale" in wall.window.banner.text.text()
    simulator.pause_messages(False)
    qtbot.waitUntil(lambda: "LIVE" in header.state.text(), timeout=10_000)
    qtbot.waitUntil(lambda: tile.property("stale") == "false", timeout=5_000)


def test_a_lost_server_shows_reconnecting_and_old_figures_as_stale(
    qtbot: QtBot, wall_factory: type[Wall]
) -> None:
    with pinned_simulator(scenario="night", speed=5.0) as server:
        wall = wall_factory(server.url)
        header = wall.window.header
        qtbot.waitUntil(lambda: "LIVE" in header.state.text(), timeout=10_000)
    qtbot.waitUntil(lambda: "RECONNECTING" in header.state.text(), timeout=10_000)
    tile = wall.window.pages[0].tiles["waiting"]  # type: ignore[attr-defined]
    assert tile.property("stale") == "true"
    assert "Feed lost" in wall.window.banner.text.text()


def test_a_refused_token_shows_what_to_do(qtbot: QtBot, wall_factory: type[Wall]) -> None:
    with pinned_simulator(scenario="night", token="right") as server:
        wall = wall_factory(server.url, token="wrong")
        qtbot.waitUntil(lambda: wall.window.stack.currentWidget() is wall.window.empty,
                        timeout=10_000)
        qtbot.waitUntil(lambda: wall.window.empty.title.text() == "Authentication failed",
                        timeout=10_000)
        assert "wallboard login" in wall.window.empty.action.text()
        assert "AUTHENTICATION FAILED" in wall.window.header.state.text()


def test_no_feed_configured_says_how_to_start(qtbot: QtBot, wall_factory: type[Wall]) -> None:
    wall = wall_factory(None)
    qtbot.waitUntil(lambda: wall.window.empty.title.text() == "No feed configured")
    assert "--demo" in wall.window.empty.action.text()


def test_pages_rotate_and_arrows_change_them(qtbot: QtBot, wall_factory: type[Wall]) -> None:
    wall = wall_factory(None, rotate_s=0.05)
    window = wall.window
    qtbot.waitUntil(lambda: window.page_index != 0, timeout=2_000)
    window.toggle_rotation()  # stop
    index = window.page_index
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.page_index == (index + 1) % len(window.pages)
    qtbot.keyClick(window, Qt.Key.Key_Left)
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.page_index == (index - 1) % len(window.pages)


def test_right_to_left_mirrors_the_header(qtbot: QtBot, simulator: SimulatorServer) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = WallWindow(rotate_s=0)
        qtbot.addWidget(window)
        window.setFixedSize(1920, 1080)
        window.show()
        qtbot.waitExposed(window)
        header = window.header
        # Left to right the site name is at the left and the clock at the right.
        assert header.site.geometry().x() > header.clock.geometry().x()
        tiles_layout = window.pages[0]
        assert tiles_layout.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.mark.parametrize("value", ["7", "12:05", "27 793", "100 %", "1:02:03"])
@pytest.mark.parametrize("size", [(300, 120), (120, 300), (800, 200)])
def test_fitted_text_is_never_clipped(qtbot: QtBot, value: str, size: tuple[int, int]) -> None:
    label = FitLabel()
    qtbot.addWidget(label)
    label.setFixedSize(*size)
    label.setText(value)
    label.show()
    font = label.font()
    font.setPixelSize(label.fitted_pixel_size())
    metrics = QFontMetrics(font)
    assert metrics.horizontalAdvance(value) <= label.width()
    assert metrics.height() <= label.height()
    assert label.fitted_pixel_size() > 4


def test_screenshot_command_writes_the_picture(tmp_path: Path) -> None:
    out = tmp_path / "wall.png"
    result = subprocess.run(
        [sys.executable, "-m", "wallboard", "screenshot", "--demo", "--scenario", "night",
         "--start", pinned_start_text("night"),
         "--seconds", "1.5", "--size", "1280x720", "--page", "departments", "--out", str(out)],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 720)


def test_the_date_is_written_in_the_walls_language(qtbot: QtBot) -> None:
    from datetime import date

    from PySide6.QtCore import QLocale

    from wallboard.feed import FeedState
    from wallboard.present.wall import HeaderView
    from wallboard.views.chrome import Header

    header = Header()
    qtbot.addWidget(header)
    view = HeaderView("Centre", "12:00", date(2026, 11, 23), FeedState.LIVE, "LIVE", "")
    header.setLocale(QLocale("fr_FR"))
    header.show_header(view, "")
    assert header.date.text().startswith("lun.")
    header.setLocale(QLocale("ar_QA"))
    header.show_header(view, "")
    assert "نوفمبر" in header.date.text()


def test_a_resizable_wall_keeps_the_size_it_is_given(qtbot: QtBot,
                                                      simulator: SimulatorServer) -> None:
    """The departments page sizes its columns from its width: that must not grow the window."""
    feed = FeedThread(FeedOptions(simulator.url)).start()
    window = WallWindow(pages=("departments",), rotate_s=0)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    bridge = WallBridge(feed, url=simulator.url, refresh_hz=10)
    bridge.attach(window)
    bridge.start()
    try:
        qtbot.waitUntil(lambda: bridge.last_view is not None and bool(bridge.last_view.departments),
                        timeout=10_000)
        for _ in range(5):
            bridge.refresh()
            QApplication.processEvents()
        assert (window.width(), window.height()) == (1280, 720)
    finally:
        bridge.stop()
        feed.stop()


def test_a_department_on_the_overview_shows_the_figure_it_is_alerted_on(
        qapp: QApplication) -> None:
    row = DepartmentRow(
        id="tax", name="Tax", waiting="3", longest_wait="0:40", service_level="91 %",
        open_cases="10", overdue_cases="0", oldest_case="2 h", callbacks="1",
        callbacks_overdue="0", level=Level.CRITICAL, cell_levels={}, sparkline=(),
        alerted=(("Abandon rate", "12.5 %", Level.CRITICAL),))
    item = department_item(row)
    # First in its line, with the level's shape: the banner's alert has its figure here.
    assert item.sub.startswith(f"{Level.CRITICAL.glyph} Abandon rate 12.5 %")
    assert "Abandon rate" not in department_item(msgspec.structs.replace(row, alerted=())).sub


@pytest.mark.parametrize(("short", "shown"), [
    ("26", "Agents short 26"), ("0", "SL in 30 min 41 %")])
def test_a_department_short_of_agents_says_so_on_the_overview(
        qapp: QApplication, short: str, shown: str) -> None:
    """The row's level comes from its staffing: the brief names it, with its shape."""
    row = DepartmentRow(
        id="tax", name="Tax", waiting="3", longest_wait="0:40", service_level="91 %",
        open_cases="10", overdue_cases="0", oldest_case="2 h", callbacks="1",
        callbacks_overdue="0", level=Level.CRITICAL,
        cell_levels={"staffing": Level.CRITICAL, "callbacks_overdue": Level.NORMAL},
        sparkline=(), staffing_needed="30", staffing_on_floor="4", staffing_short=short,
        projected_sl="41 %")
    sub = department_item(row).sub
    assert sub.startswith(f"{Level.CRITICAL.glyph} {shown} · ")
    # No overdue callbacks, and no level on them: the short line leaves them out.
    assert "callbacks" not in sub
    calm = msgspec.structs.replace(row, cell_levels={"staffing": Level.NORMAL})
    assert "Agents short" not in department_item(calm).sub
