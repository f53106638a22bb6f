"""Per-channel and per-language strips."""

from __future__ import annotations

import itertools
from typing import NamedTuple

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from wallboard.levels import Level
from wallboard.present import text
from wallboard.present.text import QT_TRANSLATE_NOOP
from wallboard.present.wall import StripCell, WallView
from wallboard.views.i18n import tr
from wallboard.views.pages import Page
from wallboard.views.widgets import FitLabel, Text, inside_border, set_property, set_text

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


class Figure(NamedTuple):
    """One figure of a cell with what it counts under it: ("85 %", "SL"), and its level."""

    value: str
    label: str
    level: Level = Level.NONE


class _FigureBox(QWidget):
    """A figure as large as fits, its shape when it breaches a level, and its label."""

    def __init__(self, parent: QWidget | None = None, *, beside: bool = False) -> None:
        super().__init__(parent)
        self.value = FitLabel(self, max_fill=0.85)
        self.value.setObjectName("stripMain")
        self.unit = Text(self, objectName="stripUnit")
        layout: QHBoxLayout | QVBoxLayout
        if beside:  # in a wide cell, the label beside its figure saves a line
            self.value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.unit.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
            layout = QHBoxLayout(self)
            layout.setSpacing(8)
            layout.addWidget(self.value, 3)
            layout.addWidget(self.unit, 2)
        else:
            self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.unit.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout = QVBoxLayout(self)
            layout.setSpacing(0)
            layout.addWidget(self.value, 1)
            layout.addWidget(self.unit)
        layout.setContentsMargins(0, 0, 0, 0)

    def show_figure(self, figure: Figure) -> None:
        glyph = figure.level.glyph
        set_text(self.value, f"{glyph}{text.NNBSP}{figure.value}" if glyph else figure.value)
        set_text(self.unit, figure.label)
        self.unit.setVisible(bool(figure.label))
        set_property(self.value, "level", figure.level.css)


class StripCellWidget(QFrame):
    #: Figures side by side in a cell at most.
    FIGURES = 2

    def __init__(self, parent: QWidget | None = None, *, beside: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("stripCell")
        self.name = Text(self, objectName="stripName")
        # Its figures share one size with every figure of its row (Strip.show_items).
        self.boxes = [_FigureBox(self, beside=beside) for _ in range(self.FIGURES)]
        self.sub = Text(self, objectName="stripSub")
        self.sub2 = Text(self, objectName="stripSub")
        self.sub3 = Text(self, objectName="stripSub")
        figures = self._figures = QHBoxLayout()
        figures.setContentsMargins(0, 0, 0, 0)
        figures.setSpacing(16)
        for box in self.boxes:
            figures.addWidget(box, 1)
        layout = QVBoxLayout(self)
        layout.setSpacing(0)
        layout.addWidget(self.name)
        layout.addLayout(figures, 1)
        layout.addWidget(self.sub)
        layout.addWidget(self.sub2)
        layout.addWidget(self.sub3)
        for label in (self.name, self.sub, self.sub2, self.sub3):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.name and event.type() == QEvent.Type.FontChange:
            inside_border(self, self.name)  # the theme's size came: the margins follow now
        return super().eventFilter(watched, event)

    @property
    def main(self) -> FitLabel:
        """The first figure (what a cell of one figure shows)."""
        return self.boxes[0].value

    def show_item(self, item: StripItem, stale: bool) -> None:
        # The level's shape as well as its colour, for those who cannot tell them apart.
        name = f"{item.level.glyph} {item.name}" if item.level.glyph else item.name
        # The level first (see Tile.show_tile).
        set_property(self, "level", item.level.css)
        set_property(self, "stale", "true" if stale else "false")
        set_text(self.name, name)
        # A long department name may be cut here: the board shows it whole.
        self.name.setToolTip(name)
        figures = item.figures or (Figure(item.main, ""),)
        for i, (box, figure) in enumerate(
                itertools.zip_longest(self.boxes, figures[:self.FIGURES])):
            if figure is None:
                box.hide()
                continue
            box.show_figure(figure)
            box.show()
            # Each figure as wide as its label needs, and room for seven characters
            # ("▲ 100 %": a figure with its level's shape), so that a figure is not drawn
            # smaller for breaching its level; the split holds still while the figures
            # change (a new split repaints the cell).
            stretch = max(7, -(-len(figure.label) * 7 // 10))
            if self._figures.stretch(i) != stretch:
                self._figures.setStretch(i, stretch)
        set_text(self.sub, item.sub)
        self.sub.setVisible(bool(item.sub))
        set_text(self.sub2, item.sub2)
        self.sub2.setVisible(bool(item.sub2))
        set_text(self.sub3, item.sub3)
        self.sub3.setVisible(bool(item.sub3))


class StripItem(NamedTuple):
    name: str
    main: str
    sub: str
    level: Level
    sub2: str = ""
    sub3: str = ""
    #: Figures with their labels, side by side; when empty, ``main`` alone.
    figures: tuple[Figure, ...] = ()


def strip_item(cell: StripCell, names: dict[str, str], *, available: bool = False,
               brief: bool = False) -> StripItem:
    """A channel or language: two labelled figures large, the rest small.

    Live work: contacts waiting and service level ("0 waiting", "85 % SL");
    a backlog (SMS, app, e-mail, portal, social, fax): items waiting and the oldest one's
    age in hours. The figure that breaches its level is the one coloured.
    """
    staffing = cell.staffing
    if cell.live:
        figures = (Figure(cell.waiting, tr("waiting"), cell.waiting_level),
                   Figure(cell.service_level, tr("SL"), cell.sl_level))
        sub = f"{tr('longest')} {cell.longest_wait}"
        if cell.wait_level >= Level.WARNING:
            sub = f"{cell.wait_level.glyph} {sub}"
        elif brief:
            sub = ""  # brief: the longest wait only when it is past a level
    else:
        figures = (Figure(cell.waiting, tr("in backlog"), cell.waiting_level),
                   Figure(cell.oldest, tr("oldest"), cell.wait_level))
        sub = f"{tr('SL')} {cell.service_level}"
        if cell.sl_level >= Level.WARNING:
            sub = f"{cell.sl_level.glyph} {sub}"
    if available and cell.available and cell.live:
        # A language: are agents free to take the next caller in it? Waiting moves small.
        waiting = f"{cell.waiting} {tr('waiting')}"
        if cell.waiting_level >= Level.WARNING:
            waiting = f"{cell.waiting_level.glyph} {waiting}"
        figures = (Figure(cell.available, tr("agents available")), figures[1])
        sub = f"{waiting} · {sub}"
    elif not brief:
        sub = f"{sub} · {tr('offered')} {cell.offered}"
    sub2 = ""
    return StripItem(
        tr(names.get(cell.key, cell.key)), "", sub, cell.level, sub2,
        "" if staffing is None or brief else (
            f"{staffing.level.glyph + ' ' if staffing.level.glyph else ''}"
            f"{tr('needed')} {staffing.needed} · {tr('on the floor')} {staffing.on_floor} "
            f"{text.number_style().arrow.lstrip()}{staffing.projected}"),
        figures,
    )


#: Cells in a row past which each cell is brief: its two figures and the longest wait.
BRIEF_OVER = 6


class Strip(QWidget):
    """A row of cells, one per channel or language, reused as the set changes."""

    def __init__(self, parent: QWidget | None = None, *, names: dict[str, str] | None = None,
                 title: str = "", available: bool = False, beside: bool = False,
                 rows: int = 1, brief: bool = False) -> None:
        super().__init__(parent)
        self._brief = brief
        self._beside = beside
        self._names = names if names is not None else CHANNEL_NAMES
        self._available = available
        self._cells: list[StripCellWidget] = []
        self._rows = rows
        self._places: dict[int, tuple[int, int]] = {}
        self._row = QGridLayout()
        self._row.setSpacing(10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if title:
            heading = Text(self, objectName="sectionTitle")
            heading.setText(tr(title))
            layout.addWidget(heading)
        layout.addLayout(self._row, 1)

    def show_cells(self, cells: tuple[StripCell, ...], stale: bool) -> None:
        # Many cells in a row are narrow: each says only what fits (the channels page says all).
        brief = self._brief or -(-len(cells) // self._rows) > BRIEF_OVER
        self.show_items([strip_item(c, self._names, available=self._available,
                                    brief=brief) for c in cells], stale)

    def show_items(self, items: list[StripItem], stale: bool) -> None:
        if len(self._cells) < len(items):
            while len(self._cells) < len(items):
                self._cells.append(StripCellWidget(self, beside=self._beside))
            # One size for every figure of the row, as a row of tiles on a wall should
            # read: not a smaller Arabic for carrying its level's shape beside English.
            values = [box.value for cell in self._cells for box in cell.boxes]
            for value in values:
                value.share_size_with(values)
        # In ``rows`` rows, as even as they go: wider cells, larger figures.
        columns = max(1, -(-len(items) // self._rows))
        for i, widget in enumerate(self._cells[:len(items)]):
            place = (i // columns, i % columns)
            if self._places.get(i) != place:
                self._places[i] = place
                self._row.addWidget(widget, *place)
                self._row.setColumnStretch(place[1], 1)
                self._row.setRowStretch(place[0], 1)
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
        self.channels = Strip(self, rows=2, title=QT_TRANSLATE_NOOP("Wall", "Channels"))
        self.languages = Strip(self, names=LanguageNames(), available=True, rows=2,
                               title=QT_TRANSLATE_NOOP("Wall", "Languages"))
        self.model = Text(self, objectName="tileDetail")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Languages say more under their figures (waiting, staffing): they get more room.
        layout.addWidget(self.channels, 4)
        layout.addSpacing(12)
        layout.addWidget(self.languages, 5)
        layout.addWidget(self.model)

    def show_view(self, view: WallView) -> None:
        self.channels.show_cells(view.channels, view.stale)
        self.languages.show_cells(view.languages, view.stale)
        set_text(self.model, tr("Agents needed: %1; on the floor: logged in and not "
                                "“not ready”").replace("%1", view.staffing_model)
                 if view.staffing_model else "")
