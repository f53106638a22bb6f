"""The parts around the pages: header, alert banner, notice ticker, empty state."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFontMetrics, QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from wallboard.levels import Level
from wallboard.present import text
from wallboard.present.wall import AlertView, EmptyView, HeaderView, fill
from wallboard.views.i18n import tr
from wallboard.views.widgets import Text, named, set_property, set_text


class Header(QFrame):
    """Site, feed state (always visible), local time and date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        self.site = Text(self, objectName="siteName")
        self.page = named(QLabel(self), "pageName")
        # Which page of how many, and how long until the next: "2 / 5 · next 0:12".
        self.turn = named(QLabel(self), "pageTurn")
        self.state = named(QLabel(self), "feedState")
        self.state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clock = named(QLabel(self), "clock")
        self.date = named(QLabel(self), "date")
        when = QVBoxLayout()
        when.setSpacing(0)
        when.addWidget(self.clock, 0, Qt.AlignmentFlag.AlignRight)
        when.addWidget(self.date, 0, Qt.AlignmentFlag.AlignRight)
        layout = QHBoxLayout(self)
        layout.addWidget(self.site, 1)
        layout.addSpacing(24)
        layout.addWidget(self.page, 0)
        layout.addSpacing(16)
        layout.addWidget(self.turn, 0)
        layout.addStretch(0)
        layout.addSpacing(48)
        layout.addWidget(self.state, 0)
        layout.addSpacing(24)
        layout.addLayout(when)

    def show_header(self, view: HeaderView, page_name: str, turn: str = "") -> None:
        set_text(self.site, view.site_name)
        set_text(self.page, page_name)
        set_text(self.turn, turn)
        state = tr(view.state_label)
        set_text(self.state, f"● {state} · {view.state_age}" if view.state_age else f"● {state}")
        set_property(self.state, "state", str(view.state))
        set_text(self.clock, view.time_text)
        # Day and month names in the wall's language (QLocale), not the C library's.
        day = view.local_date
        set_text(self.date, self.locale().toString(QDate(day.year, day.month, day.day),
                                                   "ddd d MMM yyyy"))


class Banner(QFrame):
    """Active alerts, worst and newest first; "No alerts" when there are none.

    A click (or A on the keyboard) acknowledges the first alert not yet
    acknowledged: it stays, greyed and marked with who acknowledged it, until
    it clears.
    """

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.text = Text(self, objectName="bannerText")
        self.ack = Text(self, objectName="bannerAck")
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.ack, 0)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._texts: list[str] = []
        self.text.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text and event.type() == QEvent.Type.Resize:
            set_text(self.text, self._fitting(self._texts))  # as many as the new width holds
        return super().eventFilter(watched, event)

    def _fitting(self, texts: list[str]) -> str:
        """As many alerts, worst first, as the band shows whole, then "+ N more"."""
        width = self.text.width()
        if width <= 0 or not texts:
            return SEPARATOR.join(texts)
        metrics = QFontMetrics(self.text.font())
        for shown in range(len(texts), 0, -1):
            more = len(texts) - shown
            line = SEPARATOR.join(texts[:shown])
            if more:
                line += SEPARATOR + tr("+ %1 more").replace("%1", text.count(more))
            # The band's text shrinks a little before it is cut: count on that.
            if metrics.horizontalAdvance(line) * Text.SHRINK <= width:
                return line
        return texts[0]  # not even one whole: the first, shrunk or cut, is still the worst

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def show_alerts(self, alerts: tuple[AlertView, ...]) -> None:
        shown = [a for a in alerts if a.level >= Level.WARNING]
        self.show()
        if not shown:
            # The band stays, calm: an alert that comes or goes never moves the page under it.
            set_property(self, "level", "none")
            set_property(self.text, "acknowledged", "false")
            self._texts = ["✓ " + tr("No alerts")]
            set_text(self.text, self._texts[0])
            set_text(self.ack, "")
            return
        open_ = [a for a in shown if not a.acknowledged_by]
        level = max(a.level for a in open_).css if open_ else "acknowledged"
        set_property(self, "level", level)
        set_property(self.text, "acknowledged", "false" if open_ else "true")
        self._texts = [_alert_text(a) for a in [*open_, *(a for a in shown if a.acknowledged_by)]]
        set_text(self.text, self._fitting(self._texts))
        acked = [a for a in shown if a.acknowledged_by]
        set_text(self.ack, f"✓ {len(acked)} {tr('acknowledged')}" if acked else "")


SEPARATOR = "     "


def _alert_text(a: AlertView) -> str:
    """"▲ ASA 0:54 > 0:45", "▲ 2 Contacts over 20:00": the figure and the level it passed."""
    # A name from the feed, in any script, is set apart from the sentence around it
    # (Unicode's first-strong isolate), so an English name on an Arabic wall keeps
    # its place; so is each alert from its neighbours in the band.
    where = f"{ISOLATE}{a.scope}{END_ISOLATE}: " if a.scope else ""
    label = fill(tr(a.text), a.text_args)
    if a.value and a.threshold:
        what = f"{label} {a.value} {a.comparison} {a.threshold}"
    elif a.value:  # a count of agents or contacts: the label says past what
        what = f"{a.value} {label}"
    else:
        what = label
    # A figure back past its level, waiting out its clearing time, says so.
    back = (" (" + tr("back to normal, clears in %1").replace("%1", a.clears_in) + ")"
            if a.clears_in else "")
    mark = f" ✓ {a.acknowledged_by}" if a.acknowledged_by else ""
    # The alert reads in the wall's direction, whatever script its first word is in,
    # and so does the band (a right-to-left mark before it: the worst on the right).
    line = f"{a.level.glyph} {where}{what}{back}{mark}"
    if QGuiApplication.isRightToLeft():
        return f"{RTL_MARK}{RTL_ISOLATE}{line}{END_ISOLATE}"
    return line


#: Unicode's directional isolates (UAX #9): first strong, right to left, and their end.
ISOLATE, RTL_ISOLATE, END_ISOLATE = "\u2068", "\u2067", "\u2069"
RTL_MARK = "\u200f"


class Ticker(QFrame):
    """Floor notices from the feed, and which page is showing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticker")
        self.text = Text(self, objectName="tickerText")
        self.dots = Text(self, objectName="pageDots")
        self._message_shown = False
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.dots, 0)

    def show_message(self, message: str) -> None:
        """A message of the wall itself (a screen came or went), until the next notices."""
        set_property(self.text, "severity", "info")
        set_text(self.text, message)
        self._message_shown = True
        self.setVisible(bool(message))

    def show_notices(self, notices: tuple[tuple[str, str], ...], pages: str,
                     problems: tuple[str, ...] = ()) -> None:
        set_text(self.dots, pages)
        self._show_notices(notices, problems)
        # An empty band is space taken from the figures: shown only with something to say.
        self.setVisible(bool(self.text.text()))

    def _show_notices(self, notices: tuple[tuple[str, str], ...],
                      problems: tuple[str, ...]) -> None:
        if problems:
            # The wall's own trouble (its configuration, its alert log) comes first.
            set_property(self.text, "severity", "warning")
            set_text(self.text, "   ·   ".join([*problems, *(t for _, t in notices)]))
            return
        if not notices and self._message_shown:
            return  # keep the wall's own message until notices replace it
        self._message_shown = False
        if notices:
            severity = max((s for s, _ in notices),
                           key=lambda s: ("info", "warning", "critical").index(s)
                           if s in ("info", "warning", "critical") else 0)
            set_property(self.text, "severity", severity)
            set_text(self.text, "   ·   ".join(t for _, t in notices))
        else:
            set_property(self.text, "severity", "none")
            set_text(self.text, "")


class EmptyState(QFrame):
    """Nothing to show yet: what is wrong, and what to do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("empty")
        self.title = Text(self, objectName="emptyTitle")
        self.message = Text(self, objectName="emptyMessage")
        self.action = Text(self, objectName="emptyAction")
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for label in (self.title, self.message, self.action):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addStretch(3)

    def show_empty(self, view: EmptyView) -> None:
        set_text(self.title, tr(view.title))
        set_text(self.message, text.said(view.message))  # the feed's error: a Phrase
        set_text(self.action, tr(view.action))
