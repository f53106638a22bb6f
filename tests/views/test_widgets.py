"""The wall's building blocks: a level or staleness changed in place looks exactly
as it does on a widget given it from the start."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from wallboard.bench.flood import START_MS, build
from wallboard.engine import Engine
from wallboard.feed import FeedHealth, FeedState
from wallboard.levels import Level
from wallboard.present.history import History
from wallboard.present.wall import wall_view
from wallboard.protocol import decode
from wallboard.views.pages.channels import Figure, Strip, StripCellWidget, StripItem
from wallboard.views.theme import stylesheet
from wallboard.views.widgets import FitLabel, Text, Tile, _styled_by, set_property
from wallboard.views.window import WallWindow

#: Each level in turn, back to none, with and without staleness: every rule of the
#: themes is entered and left.
STEPS = [(Level.NONE, False), (Level.CRITICAL, False), (Level.WARNING, False),
         (Level.NORMAL, False), (Level.CRITICAL, True), (Level.WARNING, True),
         (Level.NONE, False), (Level.CRITICAL, False)]


def _tile(parent: QWidget, level: Level, stale: bool) -> QWidget:
    tile = Tile("waiting", parent)
    tile.show_tile("Waiting", "12", "longest 4:05", level, stale)
    return tile


def _cell(parent: QWidget, level: Level, stale: bool) -> QWidget:
    cell = StripCellWidget(parent)
    cell.show_item(StripItem("Arabic", "16", "waiting", level), stale)
    return cell


def _glyph(parent: QWidget, level: Level, stale: bool) -> QWidget:
    glyph = Text(parent, objectName="boardGlyph")  # its size is the level's
    glyph.setText(level.glyph)
    set_property(glyph, "level", level.css)
    return glyph


@pytest.mark.parametrize("theme", ["dark", "light"])
@pytest.mark.parametrize("make", [_tile, _cell, _glyph])
def test_a_level_changed_in_place_looks_as_on_a_new_widget(
        qtbot: QtBot, theme: str, make: Callable[[QWidget, Level, bool], QWidget]) -> None:
    wall = QWidget()
    qtbot.addWidget(wall)
    wall.setStyleSheet(stylesheet(theme, 2.0))  # a 4K wall's sizes
    wall.resize(1400, 800)
    wall.show()

    def grab(widget: QWidget) -> QImage:
        widget.setGeometry(0, 0, 600, 300)
        widget.show()
        qtbot.wait(1)  # laid out and painted
        return widget.grab().toImage()

    changed = make(wall, *STEPS[0])
    looks = set()
    for level, stale in STEPS:
        if isinstance(changed, Tile):
            changed.show_tile("Waiting", "12", "longest 4:05", level, stale)
        elif isinstance(changed, StripCellWidget):
            changed.show_item(StripItem("Arabic", "16", "waiting", level), stale)
        elif isinstance(changed, Text):
            changed.setText(level.glyph)
            set_property(changed, "level", level.css)
        shown = grab(changed)
        fresh = make(wall, level, stale)
        assert shown == grab(fresh), (level, stale)
        assert changed.font() == fresh.font(), (level, stale)
        looks.add(bytes(shown.constBits()))
        fresh.deleteLater()
    assert len(looks) > 2  # the levels do look different


def test_a_rows_shared_size_follows_every_change_of_its_figures(qtbot: QtBot) -> None:
    """The size a row's figures share is kept between changes: whatever changes (a
    figure's length, a figure or a cell shown or hidden, the row's width), it is the
    smallest that the figures shown fit at."""
    wall = QWidget()
    qtbot.addWidget(wall)
    wall.setStyleSheet(stylesheet("dark", 2.0))
    strip = Strip(wall, names={}, beside=True)
    strip.setGeometry(0, 0, 3600, 300)
    wall.resize(3600, 300)

    def item(n: int, waiting: str, longest: str | None) -> StripItem:
        figures = (Figure(waiting, "waiting"),) + (
            (Figure(longest, "longest"),) if longest is not None else ())
        return StripItem(f"Dept-{n}", "", "SL 80 %", Level.NORMAL, "", "", figures)

    def check() -> int:
        qtbot.wait(1)  # laid out
        values = [box.value for cell in strip.findChildren(StripCellWidget)
                  for box in cell.boxes]
        shown = [v for v in values if v.isVisible() and v.text()]
        assert shown
        smallest = min(v._fit() for v in shown)
        assert {v.fitted_pixel_size() for v in shown} == {smallest}
        return smallest

    wall.show()
    qtbot.waitExposed(wall)
    strip.show_items([item(n, "3", "0:40") for n in range(3)], False)
    sizes = [check()]
    steps: list[Callable[[], None]] = [
        # A longer figure: smaller for all, and back.
        lambda: strip.show_items([item(0, "1 234", "0:40"), item(1, "3", "0:40"),
                                  item(2, "3", "0:40")], False),
        lambda: strip.show_items([item(n, "3", "0:40") for n in range(3)], False),
        # The long one in a cell's figure that is then hidden, and shown again.
        lambda: strip.show_items([item(0, "3", "10:40:12"), item(1, "3", "0:40"),
                                  item(2, "3", "0:40")], False),
        lambda: strip.show_items([item(0, "3", None), item(1, "3", "0:40"),
                                  item(2, "3", "0:40")], False),
        lambda: strip.show_items([item(0, "3", "10:40:12"), item(1, "3", "0:40"),
                                  item(2, "3", "0:40")], False),
        # A cell more (the row is shared anew), one less, and a narrower row.
        lambda: strip.show_items([item(n, "3", "0:40") for n in range(4)], False),
        lambda: strip.show_items([item(n, "3", "0:40") for n in range(2)], False),
        lambda: strip.setGeometry(0, 0, 1200, 300),
        lambda: strip.show_items([item(n, "", "0:40") for n in range(2)], False),
    ]
    for step in steps:
        step()
        sizes.append(check())
    assert len(set(sizes)) > 2  # the steps did change the size


def test_a_hidden_figure_no_longer_sets_its_rows_size(qtbot: QtBot) -> None:
    wall = QWidget()
    qtbot.addWidget(wall)
    wall.resize(1200, 200)
    labels = [FitLabel(wall) for _ in range(3)]
    for n, label in enumerate(labels):
        label.setGeometry(n * 400, 0, 380, 200)  # no layout: hiding one moves no other
        label.share_size_with(labels)
    for label, figure in zip(labels, ("1 234 567", "3", "4"), strict=True):
        label.setText(figure)
    wall.show()
    qtbot.waitExposed(wall)
    small = labels[1].fitted_pixel_size()
    assert small == labels[0]._fit() < labels[1]._fit()
    labels[0].hide()
    assert labels[1].fitted_pixel_size() == labels[1]._fit() > small
    labels[0].show()
    assert labels[1].fitted_pixel_size() == small
    wall.hide()  # with its page: each at its own size
    assert [label.fitted_pixel_size() for label in labels] == [
        label._fit() for label in labels]
    wall.show()
    assert labels[2].fitted_pixel_size() == small


@pytest.mark.parametrize("page", ["overview", "channels"])
def test_a_refresh_paints_each_text_once(qtbot: QtBot, page: str) -> None:
    """The benchmark site at 4K for thirty refreshes, where levels change (all the
    departments' at once with the staffing model's first figures): no text is painted
    twice in one refresh, on its own and then again with its tile or cell whose level
    changed. (The first refresh builds the page, which the next paints once more.)"""
    flood = build(events=30 * 250)
    engine = Engine()
    engine.apply(decode(flood.snapshot))  # type: ignore[arg-type]
    engine.staffing_kept_current = True
    health = FeedHealth(FeedState.LIVE, 1, 1, 0, 0, 0, 0, 0, 0.1, False, None)
    history = History(every_s=1)
    window = WallWindow(pages=(page,), rotate_s=0)
    qtbot.addWidget(window)
    window.setFixedSize(3840, 2160)
    window.show()
    qtbot.waitExposed(window)
    paints = _PaintsBy()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(paints)
    frames = iter(flood.frames)
    now = START_MS
    twice: list[tuple[int, str]] = []
    levels_changed = 0
    try:
        for refresh in range(30):
            for _ in range(250):
                engine.apply(decode(next(frames)))  # type: ignore[arg-type]
            now += 250
            if now % 1000 < 250:
                engine.refresh_staffing(now)
            figures = engine.figures(now)
            assert figures is not None
            history.record(figures)
            before = _levels(window)
            paints.counts.clear()
            window.show_view(wall_view(figures, health, now_ms=now, url="ws://test",
                                       history=history))
            app.processEvents()
            levels_changed = max(levels_changed, sum(
                1 for widget, level in _levels(window).items() if before.get(widget) != level))
            if refresh >= 2:  # the first builds the page; the next paints it once more
                twice += [(refresh, name) for name, n in paints.counts.items() if n > 1]
    finally:
        app.removeEventFilter(paints)
    assert levels_changed >= 5  # a refresh where many levels changed at once was seen
    assert twice == []


def _levels(window: QWidget) -> dict[int, object]:
    return {id(widget): widget.property("level")
            for widget in window.findChildren(QWidget) if widget.property("level") is not None}


class _PaintsBy(QObject):
    """Paint events of text widgets, by widget."""

    def __init__(self) -> None:
        super().__init__()
        self.counts: Counter[str] = Counter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, Text | FitLabel):
            self.counts[f"{watched.objectName()}@{id(watched)}"] += 1
        return False


def test_only_the_children_a_rule_styles_by_the_property_are_polished_again() -> None:
    sheet = """
        /* a comment { with braces } */
        QFrame#cell[level="critical"] QLabel#name, QFrame#cell[level="warning"] > Text { c: 1; }
        QFrame#cell Text { b: 1; }
        QFrame#cell[stale="true"] { border-style: dashed; }
        QLabel#value[level="critical"] { c: 2; }
    """
    assert _styled_by(sheet, "cell", "level") == {("#", "name"), ("", "Text")}
    assert _styled_by(sheet, "cell", "stale") == frozenset()  # its own border only
    assert _styled_by(sheet, "value", "level") == frozenset()
    # Keyed by the property of an ancestor the rule does not name: all of them.
    assert _styled_by(sheet + 'QFrame[level="critical"] QLabel { c: 3; }', "cell",
                      "level") is None
