"""Per-channel and per-language strips."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from wallboard.levels import Level
from wallboard.present import text
from wallboard.present.text import QT_TRANSLATE_NOOP
from wallboard.present.wall import StripCell, WallView
from wallboard.views.i18n import tr
from wallboard.views.pages import Page
from wallboard.views.widgets import FitLabel, Text, set_property, set_text

CHANNEL_NAMES = {
    "voice": QT_TRANSLATE_NOOP("Wall", "Voice"),
    "chat": QT_TRANSLATE_NOOP("Wall", "Chat"),
    "sms": QT_TRANSLATE_NOOP("Wall", "SMS"),
    "email": QT_TRANSLATE_NOOP("Wall", "E-mail"),
    "web": QT_TRANSLATE_NOOP("Wall", "Portal"),
    "app": QT_TRANSLATE_NOOP("Wall", "App"),
    "social": QT_TRANSLATE_NOOP("Wall", "Social"),
    "fax": QT_TRANSLATE_NOOP("Wall", "Fax"),
}


class LanguageNames(dict[str, str]):
    """The name of the language of a BCP 47 tag ("Arabic" for ar), or the tag itself.

    Names go through translation (context "Language") like every label, so a
    wall in Arabic says العربية. Native names for every tag would need fonts
    for every script on the wall's PC.
    """

    def __missing__(self, tag: str) -> str:
        language = QLocale(tag.replace("-", "_")).language()
        name = tag if language == QLocale.Language.C else QLocale.languageToString(language)
        self[tag] = tr(name, "Language")
        return self[tag]

    def get(self, tag: str, default: str | None = None) -> str:  # type: ignore[override]
        return self[tag]


class StripCellWidget(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stripCell")
        self.name = Text(self, objectName="stripName")
        self.main = FitLabel(self, max_fill=0.85)
        self.main.setObjectName("stripMain")
        self.sub = Text(self, objectName="stripSub")
        self.sub2 = Text(self, objectName="stripSub")
        self.sub3 = Text(self, objectName="stripSub")
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.main, 1)
        layout.addWidget(self.sub)
        layout.addWidget(self.sub2)
        layout.addWidget(self.sub3)
        for label in (self.name, self.main, self.sub, self.sub2, self.sub3):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def show_item(self, item: StripItem, stale: bool) -> None:
        # The level's shape as well as its colour, for those who cannot tell them apart.
        set_text(self.name, f"{item.level.glyph} {item.name}" if item.level.glyph else item.name)
        set_text(self.main, item.main)
        set_text(self.sub, item.sub)
        set_text(self.sub2, item.sub2)
        self.sub2.setVisible(bool(item.sub2))
        set_text(self.sub3, item.sub3)
        self.sub3.setVisible(bool(item.sub3))
        set_property(self, "level", item.level.css)
        set_property(self, "stale", "true" if stale else "false")


class StripItem(NamedTuple):
    name: str
    main: str
    sub: str
    level: Level
    sub2: str = ""
    sub3: str = ""


def strip_item(cell: StripCell, names: dict[str, str]) -> StripItem:
    """A channel or language: waiting and service level large, the rest small."""
    staffing = cell.staffing
    return StripItem(
        tr(names.get(cell.key, cell.key)),
        text.together(cell.waiting, cell.service_level),
        f"{tr('longest')} {cell.longest_wait}",
        cell.level,
        f"{tr('offered')} {cell.offered}",
        "" if staffing is None else (
            f"{staffing.level.glyph + ' ' if staffing.level.glyph else ''}"
            + text.toward(text.together(staffing.needed, staffing.on_floor), staffing.projected)),
    )


class Strip(QWidget):
    """A row of cells, one per channel or language, reused as the set changes."""

    def __init__(self, parent: QWidget | None = None, *, names: dict[str, str] | None = None,
                 title: str = "") -> None:
        super().__init__(parent)
        self._names = names if names is not None else CHANNEL_NAMES
        self._cells: list[StripCellWidget] = []
        self._row = QHBoxLayout()
        self._row.setSpacing(10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if title:
            heading = Text(self, objectName="sectionTitle")
            heading.setText(tr(title))
            layout.addWidget(heading)
        layout.addLayout(self._row, 1)

    def show_cells(self, cells: tuple[StripCell, ...], stale: bool) -> None:
        self.show_items([strip_item(c, self._names) for c in cells], stale)

    def show_items(self, items: list[StripItem], stale: bool) -> None:
        while len(self._cells) < len(items):
            widget = StripCellWidget(self)
            self._cells.append(widget)
            self._row.addWidget(widget)
        for widget, item in zip(self._cells, items, strict=False):
            widget.show_item(item, stale)
            widget.show()
        for widget in self._cells[len(items):]:
            widget.hide()


class ChannelsPage(Page):
    key = "channels"
    title = QT_TRANSLATE_NOOP("Wall", "Channels and languages")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.channels = Strip(self, title=QT_TRANSLATE_NOOP("Wall", "Channels: waiting · "
                                                                    "service level"))
        self.languages = Strip(self, names=LanguageNames(), title=QT_TRANSLATE_NOOP(
            "Wall", "Languages: waiting · service level; agents needed · on the floor → service "
                    "level in 30 min"))
        self.model = Text(self, objectName="tileDetail")
        layout = QVBoxLayout(self)
        layout.addWidget(self.channels, 1)
        layout.addSpacing(24)
        layout.addWidget(self.languages, 1)
        layout.addWidget(self.model)

    def show_view(self, view: WallView) -> None:
        self.channels.show_cells(view.channels, view.stale)
        self.languages.show_cells(view.languages, view.stale)
        set_text(self.model, tr("Agents needed: %1; on the floor: logged in and not "
                                "“not ready”").replace("%1", view.staffing_model)
                 if view.staffing_model else "")
