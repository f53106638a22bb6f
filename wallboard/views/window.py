"""The wall window: header, alert banner, rotating pages, notice ticker."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QLayout, QStackedWidget, QVBoxLayout, QWidget

from wallboard.present import text
from wallboard.present.wall import WallView
from wallboard.views.chrome import Banner, EmptyState, Header, Ticker
from wallboard.views.i18n import tr
from wallboard.views.pages import Page
from wallboard.views.pages.agents import AgentsPage
from wallboard.views.pages.channels import ChannelsPage
from wallboard.views.pages.departments import DepartmentsPage
from wallboard.views.pages.overview import OverviewPage
from wallboard.views.pages.trends import TrendsPage
from wallboard.views.theme import px, scale_for, stylesheet

log = logging.getLogger(__name__)

PAGE_KEYS = ("overview", "departments", "channels", "agents", "trends")
#: The share of the width (and of the height) kept clear on each edge.
SAFE_MARGIN = 0.03


class WallWindow(QWidget):
    """The whole wall. Feed it :class:`WallView` objects with :meth:`show_view`."""

    #: A (or a click on the banner): acknowledge the first alert not yet acknowledged.
    acknowledge_requested = Signal()
    #: Another page or sub-page was put on screen (the rotation, or a key); it is painted next.
    page_turned = Signal()

    def __init__(self, *, theme: str = "dark", pages: tuple[str, ...] = PAGE_KEYS,
                 rotate_s: float = 20.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wall")
        self.setWindowTitle("Wallboard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.theme = theme
        self._scale = 0.0
        self.header = Header(self)
        self.banner = Banner(self)
        self.stack = QStackedWidget(self)
        self.empty = EmptyState(self)
        self.ticker = Ticker(self)
        self.banner.clicked.connect(self.acknowledge_requested)
        self.pages: list[Page] = self._make_pages(pages)
        for page in self.pages:
            self.stack.addWidget(page)
        self.stack.addWidget(self.empty)
        layout = self._outer = QVBoxLayout(self)
        # The wall is as big as its screen: what it holds adapts to that size and
        # never pushes the window bigger (the departments page sizes its columns
        # and text from its own size, which would otherwise feed back on itself).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        body = QVBoxLayout()
        body.setContentsMargins(0, 12, 0, 12)
        body.addWidget(self.stack, 1)
        layout.addLayout(body, 1)
        layout.addWidget(self.ticker)
        self.page_index = 0
        self._view: WallView | None = None
        self.rotation = QTimer(self)
        self.rotation.timeout.connect(self.advance)
        if rotate_s > 0 and len(self.pages) > 1:
            self.rotation.start(round(rotate_s * 1000))
        self._shortcuts()
        self._apply_theme()

    # --- Pages -----------------------------------------------------------------------

    def _make_pages(self, pages: tuple[str, ...]) -> list[Page]:
        theme = self.theme
        factories: dict[str, Callable[[QWidget], Page]] = {
            "overview": OverviewPage, "departments": DepartmentsPage, "channels": ChannelsPage,
            "agents": AgentsPage, "trends": lambda parent: TrendsPage(parent, theme),
        }
        unknown = [p for p in pages if p not in factories]
        if unknown:
            raise ValueError(f"unknown page(s) {', '.join(unknown)}; "
                             f"choose from {', '.join(PAGE_KEYS)}")
        return [factories[key](self) for key in pages]

    def configure(self, *, theme: str, pages: tuple[str, ...], rotate_s: float) -> None:
        """Apply a new configuration while running: theme, pages and rotation."""
        if theme != self.theme or pages != tuple(p.key for p in self.pages):
            current = self.current_page.key
            self.theme = theme
            new_pages = self._make_pages(pages)
            for page in self.pages:
                self.stack.removeWidget(page)
                page.deleteLater()
            self.pages = new_pages
            for index, page in enumerate(self.pages):
                self.stack.insertWidget(index, page)
            keys = [p.key for p in self.pages]
            self.page_index = keys.index(current) if current in keys else 0
            self._scale = 0.0
            self._apply_theme()
            self._show_current()
        self.rotation.stop()
        if rotate_s > 0 and len(self.pages) > 1:
            self.rotation.start(round(rotate_s * 1000))

    @property
    def current_page(self) -> Page:
        return self.pages[self.page_index]

    def show_page(self, key_or_index: str | int) -> None:
        index = (key_or_index if isinstance(key_or_index, int)
                 else [p.key for p in self.pages].index(key_or_index))
        self.page_index = index % len(self.pages)
        self._show_current()
        self.page_turned.emit()

    def advance(self) -> None:
        """The rotation: the next sub-page of this page, else the next page."""
        page = self.current_page
        advance = getattr(page, "advance", None)
        if advance is not None and advance():
            self.page_turned.emit()
            return
        self.show_page(self.page_index + 1)

    def _shortcuts(self) -> None:
        for key, action in (
            (Qt.Key.Key_Right, lambda: self.show_page(self.page_index + 1)),
            (Qt.Key.Key_Left, lambda: self.show_page(self.page_index - 1)),
            (Qt.Key.Key_Space, self.toggle_rotation),
            (Qt.Key.Key_A, self.acknowledge_requested.emit),
        ):
            QShortcut(QKeySequence(key), self, action)

    def toggle_rotation(self) -> None:
        if self.rotation.isActive():
            self.rotation.stop()
        elif len(self.pages) > 1:
            self.rotation.start()

    # --- Showing -----------------------------------------------------------------------

    def show_view(self, view: WallView) -> None:
        self._view = view
        self._show_current()

    def _show_current(self) -> None:
        view = self._view
        page = self.current_page
        if view is None:
            return
        self.header.show_header(view.header, tr(page.title), self._turn_text())
        if view.empty is not None:
            self.empty.show_empty(view.empty)
            self.stack.setCurrentWidget(self.empty)
        else:
            page.show_view(view)
            self.stack.setCurrentWidget(page)
        self.banner.show_alerts(view.alerts)
        dots = "  ".join("●" if i == self.page_index else "○" for i in range(len(self.pages)))
        self.ticker.show_notices(view.notices, dots, view.problems)

    def _turn_text(self) -> str:
        """ "2 / 5 · next 0:12": where the rotation is, and when it turns."""
        if len(self.pages) < 2:
            return ""
        where = f"{text.count(self.page_index + 1)} / {text.count(len(self.pages))}"
        if not self.rotation.isActive():
            return where
        left = -(-max(0, self.rotation.remainingTime()) // 1000)
        return f"{where} · " + tr("next %1").replace("%1", text.duration(left))

    # --- Size and theme ---------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_theme()

    def _apply_theme(self) -> None:
        # A safe margin on every edge: screens crop and bezels hide the outermost pixels.
        x, y = round(self.width() * SAFE_MARGIN), round(self.height() * SAFE_MARGIN)
        self._outer.setContentsMargins(x, y, x, y)
        scale = scale_for(self.width(), self.height())
        if abs(scale - self._scale) < 0.01:
            return
        self._scale = scale
        self.setStyleSheet(stylesheet(self.theme, scale))
        for page in self.pages:
            if isinstance(page, TrendsPage):
                page.set_font_px(px("detail", scale))
