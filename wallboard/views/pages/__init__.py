"""The wall's pages; each shows one part of a WallView."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from wallboard.present.wall import WallView


class Page(QWidget):
    """A page: a stable key, a translatable title, and ``show_view``."""

    key = ""
    title = ""

    def show_view(self, view: WallView) -> None:
        raise NotImplementedError
