"""The one refresh timer between the feed thread and the widgets.

The feed thread applies messages as they come; the UI thread never sees a
message. Two to four times a second this timer reads the figures and the
feed's health together, builds the wall's description, and hands it to the
window. A flood of events costs the UI nothing more than a quiet feed.
"""

from __future__ import annotations

import gc
import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal

from wallboard.alerts.desk import AlertDesk
from wallboard.alerts.engine import AlertEvent, EventKind
from wallboard.clock import SYSTEM_CLOCK, Clock
from wallboard.config.schema import Config
from wallboard.config.store import ConfigStore
from wallboard.feed import FeedThread
from wallboard.feed.gate import ScreenFirst
from wallboard.levels import Level
from wallboard.phrases import QT_TRANSLATE_NOOP, Phrase
from wallboard.present import text
from wallboard.present.history import History
from wallboard.present.wall import DepartmentRanking, WallView, wall_view
from wallboard.sound import Chime

if TYPE_CHECKING:
    from wallboard.history.writer import StoreWriter
    from wallboard.views.window import WallWindow

log = logging.getLogger(__name__)


class WallBridge(QObject):
    """Reads the feed at ``refresh_hz`` and emits a :class:`WallView` each time."""

    refreshed = Signal(object)  # WallView
    #: A new configuration came into force (the file changed): the window applies it.
    configured = Signal(object)  # Config

    def __init__(
        self,
        feed: FeedThread | None,
        *,
        url: str | None,
        refresh_hz: float = 4.0,
        clock: Clock = SYSTEM_CLOCK,
        store: ConfigStore | None = None,
        desk: AlertDesk | None = None,
        chime: Chime | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.feed = feed
        self.url = url
        self.clock = clock
        self.store = store
        config = store.config if store is not None else Config()
        #: The alert rules always run; without a log unless one is given.
        self.desk = desk or AlertDesk(config, alert_log=None, now_ms=clock.now_ms())
        self.chime = chime
        self.targets = self.desk.targets
        #: Alert events of the last refresh (tests and the log read them).
        self.last_events: list[AlertEvent] = []
        self.history = History()
        #: The departments' order from one refresh to the next (it does not shuffle).
        self.ranking = DepartmentRanking()
        self._frozen = False
        #: Writes the interval store, when the wall keeps one (its troubles are shown).
        self.store_writer: StoreWriter | None = None
        self._seeded: object = None
        self.last_view: WallView | None = None
        #: Seconds each refresh took in the UI thread, the last few hundred (benchmarks).
        self.refresh_seconds: list[float] = []
        self._after_paint = _AfterPaint(self)
        self.timer = QTimer(self)
        self.timer.setInterval(round(1000 / refresh_hz))
        self.timer.timeout.connect(self.refresh)

    def start(self) -> None:
        self.refresh()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def attach(self, window: WallWindow) -> None:
        """Show each refresh on ``window``; its page turns and acknowledgements come here."""
        self.refreshed.connect(window.show_view)
        window.page_turned.connect(self.give_way)
        window.acknowledge_requested.connect(self.acknowledge_next)

    @property
    def _screen(self) -> ScreenFirst | None:
        return self.feed.screen if self.feed is not None else None

    def give_way(self) -> None:
        """The window has changed: the feed waits until it is painted."""
        screen = self._screen
        if screen is not None:
            screen.drawing()
            self._after_paint.post(screen)

    def refresh(self) -> WallView:
        screen = self._screen
        if screen is not None:
            screen.drawing()  # from the first reading of the figures to the paint
        try:
            return self._refresh()
        finally:
            self.give_way()

    def _refresh(self) -> WallView:
        started = time.perf_counter()
        if self.feed is not None:
            figures, health = self.feed.figures()
        else:
            from wallboard.feed.health import FeedHealth, FeedState

            figures, health = None, FeedHealth(FeedState.STOPPED, 0, None, 0, 0, 0, 0, 0, None,
                                               False, None)
        earlier = self.store_writer.earlier_waiting if self.store_writer else None
        if earlier is not None and earlier is not self._seeded:
            self._seeded = earlier  # the day's waiting before a restart, once
            self.history.seed(*earlier)
        if figures is not None and health.figures_are_live:
            self.history.record(figures)
        now = self.clock.now_ms()
        self._reconfigure()
        self.last_events = self.desk.evaluate(figures, health, now)
        self._sound(self.last_events)
        alerts = self.desk.active()
        view = wall_view(figures, health, now_ms=now, url=self.url, history=self.history,
                         targets=self.targets, alerts=alerts, problems=self.problems(),
                         last_week=self.store_writer.last_week if self.store_writer else None,
                         yesterday=self.store_writer.yesterday if self.store_writer else None,
                         ranking=self.ranking)
        self.last_view = view
        self.refreshed.emit(view)
        if figures is not None and not self._frozen:
            # The site, the pages and their widgets live all day: once they are built,
            # the collector leaves them out, or a full collection stalls a refresh.
            self._frozen = True
            gc.freeze()
        self.refresh_seconds.append(time.perf_counter() - started)
        if len(self.refresh_seconds) > 600:
            del self.refresh_seconds[:300]
        return view

    # -- configuration, alerts, sound ----------------------------------------------------

    def _reconfigure(self) -> None:
        if self.store is None or not self.store.poll():
            return
        config = self.store.config
        self.desk.configure(config)
        self.targets = self.desk.targets
        self.chime = chime_for(config)
        self.timer.setInterval(round(1000 / config.display.refresh_hz))
        self.configured.emit(config)

    def problems(self) -> tuple[str, ...]:
        """The wall's own troubles, for the screen: configuration, then the alert log."""
        out = []
        if self.store is not None:
            fatal = self.store.fatal_problems
            for problem in self.store.problems:
                # In the wall's language; the log has them in English (ConfigStore.load).
                out.append(f"{'⚠' if problem.fatal else '·'} {problem.said(text.translate)}")
            if fatal:
                kept = (QT_TRANSLATE_NOOP("Wall", "the defaults are in use")
                        if self.store.defaults_after_error else
                        QT_TRANSLATE_NOOP("Wall", "the last good configuration stays in force"))
                out.append(text.said(Phrase(QT_TRANSLATE_NOOP(
                    "Wall", "Configuration not applied: %1"), Phrase(kept))))
        if self.desk.problem:
            out.append(f"⚠ {text.said(self.desk.problem)}")
        store_problem = self.store_writer.problem if self.store_writer is not None else None
        if store_problem:
            out.append(f"⚠ {text.said(store_problem)}")
        return tuple(out)

    def _sound(self, events: list[AlertEvent]) -> None:
        if self.chime is None:
            return
        if any(e.kind in (EventKind.FIRED, EventKind.ESCALATED) and
               e.alert.level >= Level.CRITICAL for e in events):
            self.chime.play()

    def acknowledge_next(self) -> AlertEvent | None:
        """Acknowledge the first alert of the banner not yet acknowledged (A, or a click)."""
        event = self.desk.acknowledge_next(self.clock.now_ms())
        self.refresh()
        return event


class _AfterPaint(QObject):
    """Tells the feed the frame is drawn once the window has painted it.

    A widget's repaint is a posted event of low priority; an event of the same
    priority posted after it is handled after it.
    """

    _TYPE = QEvent.Type(QEvent.registerEventType())

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._screens: list[ScreenFirst] = []

    def post(self, screen: ScreenFirst) -> None:
        self._screens.append(screen)
        low = Qt.EventPriority.LowEventPriority.value
        QCoreApplication.postEvent(self, QEvent(self._TYPE), low)

    def event(self, event: QEvent) -> bool:
        if event.type() != self._TYPE:
            return super().event(event)
        if self._screens:
            self._screens.pop(0).drawn()
        return True


def chime_for(config: Config) -> Chime | None:
    """The chime the configuration asks for, or None when sound is off."""
    if not config.sound.enabled:
        return None
    from pathlib import Path

    return Chime(Path(config.sound.file).expanduser() if config.sound.file else None,
                 config.sound.volume_pct)
