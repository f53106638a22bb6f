"""The wall's building blocks: a level or staleness changed in place looks exactly
as it does on a widget given it from the start."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from wallboard.levels import Level
from wallboard.views.pages.channels import StripCellWidget, StripItem
from wallboard.views.theme import stylesheet
from wallboard.views.widgets import Text, Tile, set_property

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
