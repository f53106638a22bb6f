"""Agents: the floor by state, not-ready reasons, and who needs a look.

With a thousand agents a wall of names is unreadable, so the page
aggregates, and lists only the exceptions: long contacts and long not-ready,
longest first, as many as fit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from wallboard.levels import Level
from wallboard.present import text
from wallboard.present.text import NNBSP, QT_TRANSLATE_NOOP
from wallboard.present.wall import AgentRow, WallView, fill
from wallboard.views.i18n import tr
from wallboard.views.pages import Page
from wallboard.views.pages.channels import LanguageNames, Strip, StripItem
from wallboard.views.theme import BASE_SIZES, scale_for
from wallboard.views.widgets import Text, named, set_property, set_text

_C = "Wall"
LIST_ROWS = 5
#: Departments or languages listed at most, and not-ready reasons shown as tiles.
GROUP_ROWS = 6
REASONS = 8
GAP_ABOVE_GROUPS = 8


class _AgentList(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("board")
        self.title = Text(self, objectName="sectionTitle")
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(24)
        self._labels: list[tuple[QLabel, QLabel, QLabel]] = []
        for i in range(LIST_ROWS):
            # At the size of the boards beside them: the tiles above keep their room.
            name = named(QLabel(self), "boardGroup")
            where = Text(self, objectName="boardGroupCell")
            time = named(QLabel(self), "boardGroupCell")
            time.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._grid.addWidget(name, i, 0)
            self._grid.addWidget(where, i, 1)
            self._grid.addWidget(time, i, 2)
            self._labels.append((name, where, time))
        self._grid.setColumnStretch(0, 2)
        self._grid.setColumnStretch(1, 3)
        self.more = Text(self, objectName="tileDetail")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self._grid)
        layout.addWidget(self.more)
        layout.addStretch(1)

    def show_rows(self, title: str, rows: tuple[AgentRow, ...], more: int, stale: bool) -> None:
        set_text(self.title, title)
        shown = rows[:LIST_ROWS]
        for i, (name, where, time) in enumerate(self._labels):
            row = shown[i] if i < len(shown) else None
            set_text(name, row.name if row else "")
            # The first department and how many more: an agent of seven departments
            # would otherwise push the reason and the time off the row.
            departments = ""
            if row is not None:
                first, *others = row.department_list or (row.departments,)
                departments = f"{first} +{len(others)}" if others else first
            set_text(where, (f"{row.reason} · {departments}" if row and row.reason
                             else departments))
            where.setToolTip(row.departments if row else "")
            glyph = row.level.glyph if row else ""
            set_text(time, f"{glyph}{NNBSP}{row.time_in_state}" if row and glyph
                     else row.time_in_state if row else "")
            set_property(time, "level", row.level.css if row else "none")
            for label in (name, where, time):
                label.setVisible(row is not None)  # the note follows the last row
        hidden = more + max(0, len(rows) - LIST_ROWS)
        if not rows:
            set_text(self.more, tr("Nobody at the moment"))
        else:
            set_text(self.more, tr("and %1 more").replace("%1", text.count(hidden))
                     if hidden else "")
        set_property(self, "stale", "true" if stale else "false")


class _GroupBoard(QWidget):
    """Agents of each department or language: logged in, available, on contact."""

    HEADS = (QT_TRANSLATE_NOOP("Wall", "logged in"), QT_TRANSLATE_NOOP("Wall", "available"),
             QT_TRANSLATE_NOOP("Wall", "on contact"))

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("board")
        self.title = Text(self, objectName="sectionTitle")
        self.title.setText(tr(title))
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(24)
        self._grid.setVerticalSpacing(0)
        self._grid.setColumnStretch(0, 1)
        self._heads: list[QLabel] = []
        for column, head in enumerate(self.HEADS, start=1):
            label = named(QLabel(tr(head), self), "boardHead")
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
            self._grid.addWidget(label, 0, column)
            self._heads.append(label)
        self._rows: list[tuple[Text, QLabel, QLabel, QLabel]] = []
        self.more = Text(self, objectName="tileDetail")
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(self._grid)
        layout.addWidget(self.more)
        layout.addStretch(1)
        self.rows_shown = GROUP_ROWS
        self._add_row()  # one to measure by, before there are groups

    def _add_row(self) -> None:
        """A row at the foot of the grid, hidden until a group is shown in it."""
        i = len(self._rows) + 1
        name = Text(self, objectName="boardGroup")
        name.set_two_lines(True)
        logged, available, on_contact = (named(QLabel(self), "boardGroupCell")
                                         for _ in range(3))
        self._grid.addWidget(name, i, 0)
        for column, cell in enumerate((logged, available, on_contact), start=1):
            cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._grid.addWidget(cell, i, column)
        row = (name, logged, available, on_contact)
        for widget in row:
            widget.setVisible(False)
        self._rows.append(row)

    def rows_for(self, height: int) -> int:
        """How many groups fit in ``height`` px under the title and the heads, with the
        line that counts the others (at least one, at most :data:`GROUP_ROWS`)."""
        parts: tuple[QWidget, ...] = (self.title, self._heads[0], self.more)
        for widget in (*parts, *self._rows[0]):
            widget.ensurePolished()  # the theme's sizes, before the board is first shown
        row = max(cell.sizeHint().height() for cell in self._rows[0][1:])
        room = height - sum(widget.sizeHint().height() for widget in parts)
        room -= self._layout.spacing() * (len(parts) - 1)
        return max(1, min(GROUP_ROWS, room // max(1, row)))

    def show_groups(self, groups: tuple[tuple[str, str, str, str], ...],
                    names: Callable[[str], str] = str) -> None:
        while len(self._rows) < min(len(groups), self.rows_shown):
            self._add_row()
        for i, widgets in enumerate(self._rows):
            group = groups[i] if i < len(groups) and i < self.rows_shown else None
            for widget, value in zip(widgets, group or ("", "", "", ""), strict=True):
                set_text(widget, names(value) if widget is widgets[0] and group else value)
                widget.setVisible(group is not None)
            # A long department name may be cut here: the departments page shows it whole.
            widgets[0].setToolTip(widgets[0].text())
        hidden = len(groups) - min(len(groups), self.rows_shown)
        set_text(self.more, tr("and %1 more").replace("%1", text.count(hidden)) if hidden else "")


class AgentsPage(Page):
    key = "agents"
    title = QT_TRANSLATE_NOOP("Wall", "Agents")

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The tiles keep room for a figure as large as their name, whatever the lists hold.
        scale = scale_for(self.window().width(), self.window().height())
        label = BASE_SIZES["label"] * scale
        self.states.setMinimumHeight(round(label * 4.6))
        self.reasons.setMinimumHeight(round(label * 5.4))  # and a line: how many over the limit
        super().resizeEvent(event)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.states = Strip(self, names={}, title=QT_TRANSLATE_NOOP("Wall", "Agents by state"))
        # Each reason its own tile: a training is not a break.
        self.reasons = Strip(self, names={}, title=QT_TRANSLATE_NOOP(
            "Wall", "Not ready, by reason"))
        self.logged_out = Text(self, objectName="tileDetail")
        self.by_department = _GroupBoard(QT_TRANSLATE_NOOP("Wall", "Agents by department"), self)
        self.by_language = _GroupBoard(QT_TRANSLATE_NOOP("Wall", "Agents by language"), self)
        self._languages = LanguageNames()
        self.long_contacts = _AgentList(self)
        self.long_not_ready = _AgentList(self)
        groups = QHBoxLayout()
        groups.setSpacing(48)
        groups.addWidget(self.by_department, 1)
        groups.addWidget(self.by_language, 1)
        lists = QHBoxLayout()
        lists.setSpacing(48)
        lists.addWidget(self.long_contacts, 1)
        lists.addWidget(self.long_not_ready, 1)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The tiles take the room the lists leave: the lists are as long as they are.
        layout.addWidget(self.states, 3)
        layout.addWidget(self.reasons, 3)
        layout.addWidget(self.logged_out)
        layout.addSpacing(GAP_ABOVE_GROUPS)
        layout.addLayout(groups, 0)
        layout.addLayout(lists, 1)

    def show_view(self, view: WallView) -> None:
        agents = view.agents
        if agents is None:
            return
        self.states.show_items(
            [StripItem(tr(c.label), c.count, "", Level.NONE) for c in agents.counts], view.stale)
        self.reasons.show_items(
            [StripItem(tr(r.reason), r.agents, fill(tr(r.detail), r.args), r.level)
             for r in agents.not_ready_reasons[:REASONS]], view.stale)
        set_text(self.logged_out, f"{tr('Logged out')} {agents.logged_out}")
        self.long_contacts.show_rows(
            tr("On a contact over %1").replace("%1", agents.long_contact_label),
            agents.long_contacts, agents.long_contacts_more, view.stale)
        self.long_not_ready.show_rows(
            tr("Not ready over %1").replace("%1", agents.long_not_ready_label),
            agents.long_not_ready, agents.long_not_ready_more, view.stale)
        # The boards list as many groups as the page has room for once the tiles and the
        # lists below have theirs (on a small screen, rows squeezed would overlap).
        rows = min(board.rows_for(self._room_for_groups())
                   for board in (self.by_department, self.by_language))
        self.by_department.rows_shown = self.by_language.rows_shown = rows
        self.by_department.show_groups(agents.by_department)
        self.by_language.show_groups(agents.by_language, self._languages.get)

    def _room_for_groups(self) -> int:
        others = (self.states.minimumHeight(), self.reasons.minimumHeight(),
                  self.logged_out.sizeHint().height(), GAP_ABOVE_GROUPS,
                  max(self.long_contacts.minimumSizeHint().height(),
                      self.long_not_ready.minimumSizeHint().height()))
        # Five items and a spacer; a box layout puts no gap beside a spacer: four gaps.
        return self.height() - sum(others) - self._layout.spacing() * 4
