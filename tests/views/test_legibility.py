"""The wall read from five metres: nothing clipped, every level with its shape, labels
on the figures, at 1280x720, 1920x1080 and 3840x2160, on every page."""

from __future__ import annotations

from collections.abc import Iterator

import msgspec
import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.core.alerts.conftest import LIVE
from wallboard.alerts.engine import Alert
from wallboard.bench.flood import START_MS, build
from wallboard.engine import Engine
from wallboard.levels import Level
from wallboard.present.wall import DepartmentRanking, WallView, wall_view
from wallboard.protocol import decode
from wallboard.views.pages.channels import Figure, Strip, StripCellWidget, StripItem
from wallboard.views.pages.departments import DepartmentsPage
from wallboard.views.shots import frozen_view
from wallboard.views.theme import BASE_SIZES, scale_for
from wallboard.views.widgets import FitLabel, Text
from wallboard.views.window import PAGE_KEYS, WallWindow

SIZES = [(1280, 720), (1920, 1080), (3840, 2160)]
#: Department names as long as real ones, for the board's first column.
NAMES = ("Municipal and Urban Services", "Commerce, Industry and Business Licensing",
         "Social Services", "Health", "Transport and Roads", "Environment", "Education",
         "Justice and Civil Registry", "Labour", "Housing")


def big_view(ranking: DepartmentRanking | None = None, alerts: tuple[Alert, ...] = (),
             events: int = 3_000) -> WallView:
    """The benchmark's site (1,000 agents, 200 queues, 20 departments) with long names."""
    flood = build(events=events)
    snapshot = msgspec.json.decode(flood.snapshot)
    for i, department in enumerate(snapshot["departments"]):
        department["name"] = f"{NAMES[i % len(NAMES)]}{'' if i < len(NAMES) else ' ' + str(i)}"
    engine = Engine()
    engine.apply(decode(msgspec.json.encode(snapshot)))  # type: ignore[arg-type]
    for message in flood.frames:
        engine.apply(decode(message))  # type: ignore[arg-type]
    now = START_MS + 10 * 60_000
    figures = engine.figures(now)
    assert figures is not None
    return wall_view(figures, LIVE, now_ms=now, url="ws://feed", ranking=ranking, alerts=alerts)


@pytest.fixture(scope="module")
def view() -> WallView:
    return big_view()


@pytest.fixture(scope="module", params=["benchmark", "simulated"])
def any_view(request: pytest.FixtureRequest) -> WallView:
    """The benchmark's site (long names, short lists), and the simulated centre's busy
    morning (the docs' screenshots: long lists of agents, staffing figures)."""
    return big_view() if request.param == "benchmark" else frozen_view(minutes=45)


def labels(widget: QWidget) -> Iterator[QLabel]:
    for label in widget.findChildren(QLabel):
        if label.isVisibleTo(widget) and label.text() and label.width() > 0:
            yield label


def wall_at(qtbot: QtBot, size: tuple[int, int], view: WallView) -> WallWindow:
    window = WallWindow(rotate_s=0)
    qtbot.addWidget(window)
    window.setFixedSize(*size)
    window.show()
    window.show_view(view)
    return window


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("page", PAGE_KEYS)
def test_nothing_is_clipped(qtbot: QtBot, any_view: WallView, page: str,
                            size: tuple[int, int]) -> None:
    view = any_view
    window = wall_at(qtbot, size, view)
    window.show_page(page)
    qtbot.waitUntil(lambda: window.current_page.isVisible())
    window.show_view(view)  # laid out at its size, then shown again
    for _ in range(3):  # the layouts settle (each pass may ask for another)
        QApplication.processEvents()
    smallest = BASE_SIZES["detail"] * scale_for(*size) * 0.6
    problems = []
    for label in labels(window):
        name = f"{type(label).__name__}#{label.objectName()} {label.text()!r}"
        parent = label.parentWidget()
        if parent is not None and not parent.rect().contains(label.geometry()):
            problems.append(f"{name}: out of its frame, at {label.geometry()} in {parent.rect()}")
        if isinstance(label, FitLabel):
            size_px = label.fitted_pixel_size()
            # A figure is never smaller than the words around it, nor cut.
            if size_px < smallest:
                problems.append(f"{name}: {size_px} px")
            continue
        if isinstance(label, Text):
            # Cut short only where the whole text is at hand, as the label's tip (a tile's
            # name, a department's beside the board that shows it whole).
            if label.elided() and not label.toolTip():
                problems.append(f"{name}: elided in {label.width()} px")
            continue
        if label.wordWrap():
            continue
        metrics = QFontMetrics(label.font())
        if metrics.horizontalAdvance(label.text()) > label.contentsRect().width() + 1:
            problems.append(f"{name}: {metrics.horizontalAdvance(label.text())} px wide in "
                            f"{label.contentsRect().width()}")
        # Squeezed by rows below it: the letters above the line cut, or drawn over others.
        if label.contentsRect().height() < metrics.ascent():
            problems.append(f"{name}: {label.contentsRect().height()} px high for letters "
                            f"of {metrics.ascent()}")
    assert not problems, "\n".join(problems)


def test_every_level_comes_with_its_shape(qtbot: QtBot, view: WallView) -> None:
    window = wall_at(qtbot, (1920, 1080), view)
    seen = 0
    for page in PAGE_KEYS:
        window.show_page(page)
        for label in labels(window.current_page):
            level = label.property("level")
            if level in ("warning", "critical"):
                glyph = Level[level.upper()].glyph
                # The shape is in the figure, or in the frame's name it belongs to.
                frame = label.parentWidget()
                while frame is not None and not isinstance(frame, StripCellWidget):
                    frame = frame.parentWidget()
                shown = label.text() + (frame.name.text() if frame is not None else "")
                assert glyph in shown, (page, label.objectName(), label.text())
                seen += 1
        for frame in window.current_page.findChildren(StripCellWidget):
            level = frame.property("level")
            if frame.isVisibleTo(window) and level in ("warning", "critical"):
                assert frame.name.text().startswith(Level[level.upper()].glyph)
                seen += 1
    assert seen > 0  # the benchmark's site has figures past their levels


def test_the_overview_labels_its_figures_and_shows_the_urgent_departments(
        qtbot: QtBot, view: WallView) -> None:
    window = wall_at(qtbot, (1920, 1080), view)
    page = window.current_page
    details = {key: tile.detail.text() for key, tile in page.tiles.items()}  # type: ignore[attr-defined]
    assert details["abandon_rate"].endswith(" abandoned")
    assert details["offered"].endswith(" answered")
    assert details["occupancy"].endswith(" logged in")
    assert details["service_level"].startswith("target ")
    cells = [c for c in page.channels._cells if c.isVisible()]  # type: ignore[attr-defined]
    assert {b.unit.text() for c in cells for b in c.boxes if b.isVisible()} >= {
        "waiting", "SL"}
    shown = [c.name.text().lstrip("▲◆ ")
             for c in page.departments._cells if c.isVisible()]  # type: ignore[attr-defined]
    assert shown == [r.name for r in view.departments[:3]]


def test_the_departments_board_adds_up_under_its_rows(qtbot: QtBot, view: WallView) -> None:
    window = wall_at(qtbot, (1920, 1080), view)
    window.show_page("departments")
    page = window.current_page
    assert isinstance(page, DepartmentsPage)
    totals = page._totals
    assert totals is not None and view.department_totals is not None
    assert totals.cells["open_cases"].text() == view.department_totals.open_cases
    assert totals.cells["name"].text() == "All departments"
    # Under the last row shown, not over a row.
    shown = min(len(view.departments), page.rows_per_page)
    assert totals.at == shown + 1


def test_the_header_says_which_page_and_when_the_next(qtbot: QtBot, view: WallView) -> None:
    window = WallWindow(rotate_s=20)
    qtbot.addWidget(window)
    window.setFixedSize(1920, 1080)
    window.show()
    window.show_page(1)
    window.show_view(view)
    turn = window.header.turn.text()
    assert turn.startswith(f"2 / {len(PAGE_KEYS)} · next 0:")
    window.toggle_rotation()  # stopped: no countdown
    window.show_view(view)
    assert window.header.turn.text() == f"2 / {len(PAGE_KEYS)}"


def test_a_safe_margin_on_every_edge(qtbot: QtBot, view: WallView) -> None:
    for size in SIZES:
        window = wall_at(qtbot, size, view)
        for part in (window.header, window.stack):
            where = part.geometry()
            assert where.left() >= 0.03 * size[0] - 1 and where.top() >= 0.03 * size[1] - 1
            assert size[0] - where.right() >= 0.03 * size[0] - 1
        window.close()


def test_the_notice_band_is_hidden_with_nothing_to_say(qtbot: QtBot, view: WallView) -> None:
    window = wall_at(qtbot, (1920, 1080), msgspec.structs.replace(view, notices=()))
    assert not window.ticker.isVisible()
    window.show_view(msgspec.structs.replace(view, notices=(("warning", "Fire drill at 11"),)))
    assert window.ticker.isVisible() and window.ticker.text.text() == "Fire drill at 11"


def test_the_banner_says_the_figure_the_level_and_when_it_clears(
        qtbot: QtBot, view: WallView) -> None:
    asa = Alert(key="asa", rule_id="asa", metric="asa_s", scope_kind="site", scope_id="",
                scope_name="", level=Level.WARNING, value=54.0, threshold=45.0, since_ms=0)
    long = Alert(key="long", rule_id="long", metric="long_contacts", scope_kind="site",
                 scope_id="", scope_name="", level=Level.WARNING, value=2.0, threshold=1.0,
                 since_ms=0, clears_at_ms=START_MS + 10 * 60_000 + 40_000)
    shown = big_view(alerts=(asa, long), events=300)
    window = wall_at(qtbot, (1920, 1080), shown)
    # The band fits as many alerts as it shows whole once it has its width.
    qtbot.waitUntil(lambda: "Contacts" in window.banner.text.text())
    text = window.banner.text.text()
    assert "▲ Avg answer time 0:54 > 0:45" in text
    assert "▲ 2 Contacts over 20:00 (back to normal, clears in 0:40)" in text


def test_the_banner_names_what_it_has_no_room_for(qtbot: QtBot, view: WallView) -> None:
    alerts = tuple(Alert(key=f"w{i}", rule_id="w", metric="waiting", scope_kind="department",
                         scope_id=f"d{i}", scope_name=f"Department number {i}",
                         level=Level.CRITICAL, value=60.0 + i, threshold=50.0, since_ms=0)
                   for i in range(30))
    window = wall_at(qtbot, (1280, 720), big_view(alerts=alerts, events=300))
    qtbot.waitUntil(lambda: "more" in window.banner.text.text())
    text = window.banner.text.text()
    shown = text.count("◆")
    assert 0 < shown < 30 and text.endswith(f"+ {30 - shown} more")
    assert not window.banner.text.elided()


def test_a_row_of_cells_draws_its_figures_at_one_size(qtbot: QtBot) -> None:
    """A figure with its level's shape is no smaller than its neighbours' plain ones."""
    strip = Strip(names={})
    qtbot.addWidget(strip)
    strip.resize(1600, 200)
    strip.show()
    strip.show_items([
        StripItem("English", "", "", Level.NONE, figures=(Figure("5", "waiting"),
                                                          Figure("84 %", "SL"))),
        StripItem("Arabic", "", "", Level.WARNING, figures=(
            Figure("16", "waiting"), Figure("75 %", "SL", Level.WARNING))),
    ], stale=False)
    qtbot.wait(10)
    sizes = {box.value.fitted_pixel_size() for cell in strip._cells for box in cell.boxes}
    assert len(sizes) == 1
