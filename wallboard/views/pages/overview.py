"""Overview: the site's KPIs as large tiles, and the channels below them."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from wallboard.present.text import QT_TRANSLATE_NOOP
from wallboard.present.wall import WallView
from wallboard.views.i18n import tr
from wallboard.views.pages import Page
from wallboard.views.pages.channels import Strip
from wallboard.views.widgets import Text, Tile, set_text

COLUMNS = 5
ROWS = 3


class OverviewPage(Page):
    key = "overview"
    title = QT_TRANSLATE_NOOP("Wall", "Overview")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles: dict[str, Tile] = {}
        self._places: dict[str, tuple[int, int]] = {}
        self._grid = QGridLayout()
        self._grid.setSpacing(12)
        self.rule = Text(self, objectName="tileDetail")
        self.channels = Strip(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._grid, 5)
        layout.addWidget(self.rule)
        layout.addWidget(self.channels, 2)

    def show_view(self, view: WallView) -> None:
        # Three rows of tiles: a sixteenth tile (staffing) widens the rows, not adds one.
        columns = max(COLUMNS, -(-len(view.tiles) // ROWS))
        for i, tile_view in enumerate(view.tiles):
            tile = self.tiles.get(tile_view.key)
            if tile is None:
                tile = self.tiles[tile_view.key] = Tile(tile_view.key, self)
            place = (i // columns, i % columns)
            if self._places.get(tile_view.key) != place:
                self._places[tile_view.key] = place
                self._grid.addWidget(tile, *place)
            detail = tile_view.detail
            if view.stale:
                detail = tr(view.stale_note)
            tile.show_tile(tr(tile_view.label), tile_view.value, detail, tile_view.level,
                           view.stale)
        set_text(self.rule, tr("Service level: %1").replace("%1", tr(view.sl_rule)))
        self.channels.show_cells(view.channels, view.stale)
