"""Agents: the floor by state, not-ready reasons, and who needs a look.

With a thousand agents a wall of names is unreadable, so the page
aggregates, and lists only the exceptions: long contacts and long not-ready,
longest first, as many as fit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from wallboard.levels import Level
from wallboard.present import text
from wallboard.present.text import QT_TRANSLATE_NOOP
from wallboard.present.wall import AgentRow, WallView
from wallboard.views.i18n import tr
from wallboard.views.pages import Page
from wallboard.views.pages.channels import Strip, StripItem
from wallboard.views.widgets import Text, named, set_property, set_text

_C = "Wall"
LIST_ROWS = 8


class _AgentList(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("board")
        self.title = Text(self, objectName="sectionTitle")
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(24)
        self._labels: list[tuple[QLabel, QLabel, QLabel]] = []
        for i in range(LIST_ROWS):
            name = named(QLabel(self), "boardName")
            where = Text(self, objectName="boardCell")
            time = named(QLabel(self), "boardCell")
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
            set_text(where, (f"{row.reason} · {row.departments}" if row and row.reason
                             else row.departments if row else ""))
            set_text(time, row.time_in_state if row else "")
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


class AgentsPage(Page):
    key = "agents"
    title = QT_TRANSLATE_NOOP("Wall", "Agents")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.states = Strip(self, names={}, title=QT_TRANSLATE_NOOP("Wall", "Agents by state"))
        self.reasons = Text(self, objectName="tileDetail")
        self.reasons.setWordWrap(True)
        self.long_contacts = _AgentList(self)
        self.long_not_ready = _AgentList(self)
        lists = QHBoxLayout()
        lists.setSpacing(48)
        lists.addWidget(self.long_contacts, 1)
        lists.addWidget(self.long_not_ready, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.states, 2)
        layout.addWidget(self.reasons)
        layout.addSpacing(16)
        layout.addLayout(lists, 5)

    def show_view(self, view: WallView) -> None:
        agents = view.agents
        if agents is None:
            return
        self.states.show_items(
            [StripItem(tr(c.label), c.count, "", Level.NONE) for c in agents.counts], view.stale)
        reasons = "   ".join(f"{tr(r)} {n}" for r, n in agents.not_ready_reasons)
        set_text(self.reasons, f"{tr('Not ready')}: {reasons}   ·   {tr('Logged out')} "
                               f"{agents.logged_out}")
        self.long_contacts.show_rows(
            tr("On a contact over %1").replace("%1", agents.long_contact_label),
            agents.long_contacts, agents.long_contacts_more, view.stale)
        self.long_not_ready.show_rows(
            tr("Not ready over %1").replace("%1", agents.long_not_ready_label),
            agents.long_not_ready, agents.long_not_ready_more, view.stale)
