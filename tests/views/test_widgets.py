"""The wall's building blocks: a level or staleness changed in place looks exactly
as it does on a widget given it from the start."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from wallboard.levels import Level
from wallboard.views.pages.channels import Figure, Strip, StripCellWidget, StripItem
from wallboard.views.theme import stylesheet
from wallboard.views.widgets import FitLabel, Text, Tile, set_property

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
