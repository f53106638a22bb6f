"""The one refresh timer between the feed thread and the widgets.

The feed thread applies messages as they come; the UI thread never sees a
message. Two to four times a second this timer reads the figures and the
feed's health together, builds the wall's description, and hands it to the
window. A flood of events costs the UI nothing more than a quiet feed.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, QTimer, Signal

from wallboard.clock import SYSTEM_CLOCK, Clock
from wallboard.feed import FeedThread
from wallboard.present.history import History
from wallboard.present.levels import DEFAULT_TARGETS, Targets
from wallboard.present.wall import WallView, wall_view

log = logging.getLogger(__name__)


class WallBridge(QObject):
    """Reads the feed at ``refresh_hz`` and emits a :class:`WallView` each time."""

    refreshed = Signal(object)  # WallView

    def __init__(
        self,
        feed: FeedThread | None,
        *,
        url: str | None,
        refresh_hz: float = 4.0,
        clock: Clock = SYSTEM_CLOCK,
        targets: Targets = DEFAULT_TARGETS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.feed = feed
        self.url = url
        self.clock = clock
        self.targets = targets
        self.history = History()
        self.last_view: WallView | None = None
        #: Seconds each refresh took in the UI thread, the last few hundred (benchmarks).
        self.refresh_seconds: list[float] = []
        self.timer = QTimer(self)
        self.timer.setInterval(round(1000 / refresh_hz))
        self.timer.timeout.connect(self.refresh)

    def start(self) -> None:
        self.refresh()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def refresh(self) -> WallView:
        started = time.perf_counter()
        if self.feed is not None:
            figures, health = self.feed.figures()
        else:
            from wallboard.feed.health import FeedHealth, FeedState

            figures, health = None, FeedHealth(FeedState.STOPPED, 0, None, 0, 0, 0, 0, 0, None,
                                               False, None)
        if figures is not None and health.figures_are_live:
            self.history.record(figures)
        view = wall_view(figures, health, now_ms=self.clock.now_ms(), url=self.url,
                         history=self.history, targets=self.targets)
        self.last_view = view
        self.refreshed.emit(view)
        self.refresh_seconds.append(time.perf_counter() - started)
        if len(self.refresh_seconds) > 600:
            del self.refresh_seconds[:300]
        return view
