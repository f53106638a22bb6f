"""The department backlog board: one row per department, most urgent first.

As many rows as are legible from across the room are shown; more
departments are shown on further sub-pages, in turn.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from wallboard.levels import Level
from wallboard.present import text
from wallboard.present.text import QT_TRANSLATE_NOOP
from wallboard.present.wall import DepartmentRow, WallView
from wallboard.views.i18n import tr
from wallboard.views.pages import Page
from wallboard.views.pages.channels import Figure, Strip, StripItem
from wallboard.views.theme import BASE_SIZES, scale_for
from wallboard.views.widgets import Cell, Sparkline, Text, named, set_property, set_text

_C = "Wall"
#: A row's height as a multiple of its text size.
ROW_HEIGHT = 1.8
#: The least a row gives up to (text sizes): a long name's two lines, drawn smaller.
ROW_FLOOR = 1.45
#: The totals row's height, in rows.
TOTALS_ROW = 0.8
#: How much larger than the smallest legible size the rows may grow: a few
#: departments fill the page rather than leave its bottom empty.
MAX_GROWTH = 2.2
#: The staffing strip's height in rows' text sizes.
STRIP_ROWS = 6.0
#: Departments shown in the staffing strip at most (the most urgent): few enough
#: that each says "needed" and "on the floor" in words.
STAFFING_CELLS = 6
#: The share of the board's width kept for department names.
NAME_SHARE = 0.3
#: The usual widest figure of each column.
WIDEST = {
    "waiting": "888", "longest_wait": "88:88", "service_level": "100\u202f%",
    "open_cases": "8\u202f888", "overdue_cases": "888", "oldest_case": "88\u202fd 88\u202fh",
    "callbacks": "888", "callbacks_overdue": "88",
}
COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", QT_TRANSLATE_NOOP("Wall", "Department")),
    ("waiting", QT_TRANSLATE_NOOP("Wall", "Waiting")),
    ("longest_wait", QT_TRANSLATE_NOOP("Wall", "Longest")),
    ("service_level", QT_TRANSLATE_NOOP("Wall", "Service level")),
    ("open_cases", QT_TRANSLATE_NOOP("Wall", "Open cases")),
    ("overdue_cases", QT_TRANSLATE_NOOP("Wall", "Overdue cases")),
    ("oldest_case", QT_TRANSLATE_NOOP("Wall", "Oldest case")),
    ("callbacks", QT_TRANSLATE_NOOP("Wall", "Callbacks")),
    ("callbacks_overdue", QT_TRANSLATE_NOOP("Wall", "Overdue callbacks")),
    ("sparkline", QT_TRANSLATE_NOOP("Wall", "Last hour")),
)


class _Row:
    def __init__(self, board: QWidget, grid: QGridLayout, index: int, *,
                 name: str = "") -> None:
        self.at = index
        self.glyph = named(QLabel(board), "boardGlyph")
        self.cells: dict[str, QLabel] = {}
        self.sparkline = Sparkline(board)
        for key, _ in COLUMNS:
            if key == "sparkline":
                continue
            label = (Text(board, objectName="boardName") if key == "name"
                     else Cell(board, objectName="boardCell"))
            if isinstance(label, Text):
                label.set_two_lines(True)  # wrap a long name before shrinking or cutting it
            if name:
                label.setProperty("total", "true")
            label.setAlignment(Qt.AlignmentFlag.AlignVCenter | (
                Qt.AlignmentFlag.AlignLeading if key == "name" else Qt.AlignmentFlag.AlignRight))
            self.cells[key] = label
        self.move_to(grid, index)

    def move_to(self, grid: QGridLayout, index: int) -> None:
        """Put the row's widgets in row ``index`` of ``grid``."""
        self.at = index
        grid.addWidget(self.glyph, index, 0)
        for column, (key, _) in enumerate(COLUMNS, start=1):
            grid.addWidget(self.sparkline if key == "sparkline" else self.cells[key],
                           index, column)

    def show_row(self, row: DepartmentRow | None) -> None:
        widgets = [self.glyph, self.sparkline, *self.cells.values()]
        if row is None:
            for w in widgets:
                w.hide()
            return
        for w in widgets:
            w.show()
        set_text(self.glyph, row.level.glyph)
        set_property(self.glyph, "level", row.level.css)
        for key, label in self.cells.items():
            value = tr(row.name) if key == "name" and not row.id else str(getattr(row, key))
            level = row.cell_levels.get(key, Level.NONE)
            # Every cell with a level shows its shape, not its colour alone.
            set_text(label, f"{level.glyph}{text.NNBSP}{value}" if level.glyph else value)
            set_property(label, "level", level.css)
        self.sparkline.set_values(row.sparkline)


def staffing_item(row: DepartmentRow) -> StripItem:
    level = row.cell_levels.get("staffing", Level.NONE)
    return StripItem(row.name, row.staffing, f"{tr('SL in 30 min')} {row.projected_sl}", level,
                     figures=(Figure(row.staffing_needed, tr("needed")),
                              Figure(row.staffing_on_floor, tr("on the floor"), level)))


class DepartmentsPage(Page):
    key = "departments"
    title = QT_TRANSLATE_NOOP("Wall", "Departments")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board = named(QWidget(self), "board")
        self._grid = QGridLayout(self.board)
        self._grid.setHorizontalSpacing(28)
        self._grid.setColumnStretch(1, 3)
        self._grid.setColumnStretch(len(COLUMNS), 2)
        self.heads: list[QLabel] = []
        for column, (key, title) in enumerate(COLUMNS, start=1):
            head = named(QLabel(tr(title), self.board), "boardHead")
            head.setWordWrap(True)
            # Headers wrap within the width their figures need; they never widen a column.
            head.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
            head.setAlignment(Qt.AlignmentFlag.AlignLeading if key in ("name", "sparkline")
                              else Qt.AlignmentFlag.AlignRight)
            self.heads.append(head)
            self._grid.addWidget(head, 0, column)
        self.more = named(QLabel(self), "tileDetail")
        self._rows: list[_Row] = []
        #: The departments added up, under the last row shown.
        self._totals: _Row | None = None
        self._totals_view: DepartmentRow | None = None
        self.rows_per_page = 10
        self._text_px = 0
        self.sub_page = 0
        self._departments: tuple[DepartmentRow, ...] = ()
        self._model = ""
        # Agents needed now against agents on the floor, most urgent first: a
        # strip under the board, which has no room for two more columns.
        self.staffing = Strip(self, names={}, title=QT_TRANSLATE_NOOP(
            "Wall", "Agents needed and on the floor, and service level in 30 minutes"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.board, 1)
        layout.addWidget(self.staffing)
        layout.addWidget(self.more)

    @property
    def sub_pages(self) -> int:
        return max(1, -(-len(self._departments) // self.rows_per_page))

    def advance(self) -> bool:
        """Show the next sub-page; False when the last one was showing."""
        if self.sub_page + 1 < self.sub_pages:
            self.sub_page += 1
            self._layout_rows()
            return True
        self.sub_page = 0
        self._layout_rows()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._grid.setColumnMinimumWidth(1, round(self.width() * NAME_SHARE))
        self._size_rows()
        self._set_row_heights()  # the board's new height
        super().resizeEvent(event)

    def _size_rows(self) -> None:
        """As many rows as are legible; with few departments, larger text."""
        scale = scale_for(self.window().width(), self.window().height())
        smallest = BASE_SIZES["row"] * scale
        # The staffing strip: a heading, a figure as large as a row's, and a line.
        strip_px = round(smallest * STRIP_ROWS) if self.staffing.isVisibleTo(self) else 0
        self.staffing.setFixedHeight(round(smallest * STRIP_ROWS))
        # A row takes about twice its text size; keep room for the heading and note.
        usable = max(1.0, self.height() - 4 * smallest - strip_px)
        # Room is kept for the totals, a little lower than a row.
        fit = max(3, int(usable / (smallest * ROW_HEIGHT) - TOTALS_ROW))
        shown = max(1, min(fit, len(self._departments) or fit))
        # Never below the smallest legible size, even while the page is hidden and small.
        grown = min(smallest * MAX_GROWTH, usable / (shown + TOTALS_ROW) / ROW_HEIGHT)
        text_px = max(round(smallest), round(grown))
        if fit != self.rows_per_page or text_px != self._text_px:
            self.rows_per_page, self._text_px = fit, text_px
            self.board.setStyleSheet(
                f"QLabel#boardCell, QLabel#boardName, QLabel#boardGlyph "
                f"{{ font-size: {text_px}px; }}")
            self._grid.setRowMinimumHeight(0, round(BASE_SIZES["label"] * scale * 2.6))
            # Space between columns grows with the text, or 4K figures run together.
            self._grid.setHorizontalSpacing(round(text_px * 0.45))
            # Each column as wide as its usual widest figure (8 is the widest digit): a
            # figure that grows by a digit repaints its cell, not the board.
            font = QFont(self.font())
            font.setPixelSize(text_px)
            metrics = QFontMetrics(font)
            for column, (key, _) in enumerate(COLUMNS, start=1):
                template = WIDEST.get(key)
                if template:
                    self._grid.setColumnMinimumWidth(column, metrics.horizontalAdvance(template))
            self.sub_page = min(self.sub_page, self.sub_pages - 1)
            self._layout_rows()

    def show_view(self, view: WallView) -> None:
        resized = len(view.departments) != len(self._departments)
        self._departments = view.departments
        self._totals_view = view.department_totals
        self._model = view.staffing_model
        if self.staffing.isVisibleTo(self) != bool(view.staffing_model):
            self.staffing.setVisible(bool(view.staffing_model))
            resized = True
        if view.staffing_model:
            self.staffing.show_items([staffing_item(r) for r in view.departments
                                      if r.staffing][:STAFFING_CELLS], view.stale)
        if resized:
            self._size_rows()
        set_property(self.board, "stale", "true" if view.stale else "false")
        self.sub_page = min(self.sub_page, self.sub_pages - 1)
        self._layout_rows()

    def _set_row_heights(self) -> None:
        """Each row about twice its text high, and the heading its two lines whole.

        When the board is shorter than its rows want, a grid takes the pixels from its
        tallest rows first: the heading's two lines lost their foot (in Arabic, whose
        letters reach lowest, it showed). The rows give up what is missing instead, as
        far as a long name's two lines allow, and take it back when there is room;
        when that is not enough, a sub-page shows one row fewer.
        """
        shown = min(len(self._rows), self.rows_per_page)
        if not shown:
            return
        wanted = round(self._text_px * ROW_HEIGHT)
        height = min(wanted, self._grid.rowMinimumHeight(1) or wanted)
        self._row_heights(shown, height)
        if self.board.height() <= 0:
            return
        missing = self._grid.minimumSize().height() - self.board.height()
        if missing < 0 and height < wanted:  # room again: the rows take it back
            self._row_heights(shown, min(wanted, height + -missing // shown))
            missing = self._grid.minimumSize().height() - self.board.height()
        if missing > 0:
            # A long name still has room for its two lines (drawn a little smaller).
            floor = round(self._text_px * ROW_FLOOR) if self.rows_per_page > 3 else 0
            self._row_heights(shown, max(floor, height - -(-missing // shown)))
            missing = self._grid.minimumSize().height() - self.board.height()
            if missing > 0 and self.rows_per_page > 3:
                self.rows_per_page -= 1
                self.sub_page = min(self.sub_page, self.sub_pages - 1)
                self._layout_rows()

    def _row_heights(self, shown: int, height: int) -> None:
        """``height`` for the rows a sub-page shows; none for those it does not."""
        for i in range(len(self._rows)):
            px = height if i < shown else 0
            if self._grid.rowMinimumHeight(i + 1) != px:  # each change lays the board out
                self._grid.setRowMinimumHeight(i + 1, px)

    def _layout_rows(self) -> None:
        start = self.sub_page * self.rows_per_page
        shown = self._departments[start:start + self.rows_per_page]
        while len(self._rows) < self.rows_per_page:
            self._rows.append(_Row(self.board, self._grid, len(self._rows) + 1))
            if self._totals is not None:
                self._totals.at = -1  # a new row took its place: put it back below
        for i, row in enumerate(self._rows):
            row.show_row(shown[i] if i < len(shown) and i < self.rows_per_page else None)
        self._set_row_heights()
        # The totals sit in the row after the last one shown; the rows under them stay empty.
        if self._totals is None:
            self._totals = _Row(self.board, self._grid, 0, name="boardTotal")
        totals_at = min(len(shown), self.rows_per_page) + 1
        if self._totals.at != totals_at:
            self._totals.move_to(self._grid, totals_at)
        self._totals.show_row(self._totals_view)
        self._grid.setRowStretch(len(self._rows) + 1, 1)
        if self.sub_pages > 1:
            note = (tr("Page %1 of %2, most urgent first")
                    .replace("%1", text.count(self.sub_page + 1))
                    .replace("%2", text.count(self.sub_pages)))
        else:
            note = tr("Most urgent first")
        if self._model:
            # The model that says how many agents are needed, named small.
            note += " · " + tr("agents needed: %1").replace("%1", self._model)
        set_text(self.more, note)
