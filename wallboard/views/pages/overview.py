"""Overview: the three figures that matter most, the rest smaller, the channels,
and the departments that need attention, so a wall fixed on this page still
shows the backlog."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from wallboard.levels import Level
from wallboard.present import text
from wallboard.present.text import QT_TRANSLATE_NOOP
from wallboard.present.wall import DepartmentRow, TileView, WallView, fill
from wallboard.views.i18n import tr
from wallboard.views.pages import Page
from wallboard.views.pages.channels import Figure, Strip, StripItem
from wallboard.views.widgets import Text, Tile, set_text

_C = "Wall"
#: The largest tiles, in this order: what a supervisor looks up first.
PRIMARY = ("waiting", "longest_wait", "service_level")
#: Rows of the smaller tiles.
ROWS = 2
#: Departments shown on the overview, most urgent first.
URGENT_DEPARTMENTS = 3


def department_item(row: DepartmentRow) -> StripItem:
    """A department in brief: waiting and longest wait large, its backlog small."""
    levels = row.cell_levels

    def marked(key: str, text: str) -> str:
        glyph = levels.get(key, Level.NONE).glyph
        return f"{glyph} {text}" if glyph else text

    # An alert on a figure the brief has no place for comes first, with its shape;
    # then the staffing, when it is what makes the department urgent.
    alerted = tuple(f"{level.glyph} {tr(label)} {value}" for label, value, level in row.alerted)
    if levels.get("staffing", Level.NONE) >= Level.WARNING and row.staffing_short:
        alerted += (marked("staffing", f"{tr('Agents short')} {row.staffing_short}"
                           if row.staffing_short != text.count(0)
                           else f"{tr('SL in 30 min')} {row.projected_sl}"),)
    # Overdue callbacks when there are any, or when they have a level: the line is short.
    callbacks = (() if row.callbacks_overdue == text.count(0)
                 and levels.get("callbacks_overdue", Level.NONE) <= Level.NORMAL
                 else (marked("callbacks_overdue",
                              f"{tr('overdue callbacks')} {row.callbacks_overdue}"),))
    return StripItem(
        row.name, "",
        " · ".join((*alerted,
                    marked("service_level", f"{tr('SL')} {row.service_level}"),
                    marked("overdue_cases", f"{tr('overdue cases')} {row.overdue_cases}"),
                    *callbacks)),
        row.level, "", "",
        (Figure(row.waiting, tr("waiting"), levels.get("waiting", Level.NONE)),
         Figure(row.longest_wait, tr("longest"), levels.get("longest_wait", Level.NONE))),
    )


class OverviewPage(Page):
    key = "overview"
    title = QT_TRANSLATE_NOOP("Wall", "Overview")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles: dict[str, Tile] = {}
        self._places: dict[str, tuple[int, int]] = {}
        self._primary = QHBoxLayout()
        self._primary.setSpacing(12)
        for key in PRIMARY:
            tile = self.tiles[key] = Tile(key, self, primary=True)
            self._primary.addWidget(tile, 1)
        self._grid = QGridLayout()
        self._grid.setSpacing(12)
        self.rule = Text(self, objectName="tileDetail")
        self.channels = Strip(self, brief=True)  # today's counts are on the channels page
        self.departments = Strip(self, names={}, beside=True, title=QT_TRANSLATE_NOOP(
            "Wall", "Departments, most urgent first"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._primary, 6)
        layout.addLayout(self._grid, 8)
        layout.addWidget(self.rule)
        layout.addWidget(self.channels, 5)
        layout.addWidget(self.departments, 5)

    def show_view(self, view: WallView) -> None:
        rest = [t for t in view.tiles if t.key not in PRIMARY]
        columns = max(1, -(-len(rest) // ROWS))
        for tile_view in view.tiles:
            tile = self.tiles.get(tile_view.key)
            if tile is None:
                tile = self.tiles[tile_view.key] = Tile(tile_view.key, self)
            self._show_tile(tile, tile_view, view)
        for i, tile_view in enumerate(rest):
            place = (i // columns, i % columns)
            if self._places.get(tile_view.key) != place:
                self._places[tile_view.key] = place
                self._grid.addWidget(self.tiles[tile_view.key], *place)
        set_text(self.rule, tr("Service level: %1").replace("%1", tr(view.sl_rule)))
        self.channels.show_cells(view.channels, view.stale)
        self.departments.show_items(
            [department_item(r) for r in view.departments[:URGENT_DEPARTMENTS]], view.stale)

    @staticmethod
    def _show_tile(tile: Tile, tile_view: TileView, view: WallView) -> None:
        detail = fill(tr(tile_view.detail), tile_view.detail_args) if tile_view.detail else ""
        if view.stale:
            detail = tr(view.stale_note)
        tile.show_tile(tr(tile_view.label), tile_view.value, detail, tile_view.level, view.stale)
        if tile_view.key == "staffing":
            # Which departments are short, and by how many: on the departments page, whole.
            tile.detail.setToolTip(detail)
