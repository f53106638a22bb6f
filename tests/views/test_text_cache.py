"""The pictures of text kept for repainting stay within their memory budget."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from pytestqt.qtbot import QtBot

from wallboard.views import widgets


def test_changing_texts_never_keep_more_than_the_budget(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """A wall on for weeks draws durations and counts that never come back."""
    monkeypatch.setattr(widgets, "_DRAWN_BUDGET_BYTES", 2 * 2**20)
    font = QFont()
    font.setPixelSize(120)  # a 4K figure
    white = QColor(Qt.GlobalColor.white)
    for minute in range(300):
        text = f"longest {minute // 60}:{minute % 60:02d} · offered {minute * 37}"
        widgets._picture((text, "test", white.rgba(), 0, 1.0), text, font, white,
                         Qt.LayoutDirection.LeftToRight, 1.0)
    kept = sum(widgets._bytes(p) for p in widgets._drawn.values())
    assert kept == widgets._drawn_bytes
    assert 0 < kept <= 2 * 2**20
    # The latest text is kept: what is on screen now is never the one forgotten.
    assert ("longest 4:59 · offered 11063", "test", white.rgba(), 0, 1.0) in widgets._drawn
