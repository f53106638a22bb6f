"""The screen goes first: the feed's thread gives way while the screen's thread draws.

Python threads share one interpreter lock. A feed thread that decodes a flood
holds it nearly all the time, and the screen's thread then waits for it at
every widget it paints: a frame that takes 20 ms alone takes 60 to 100 ms
beside a flood. Four times a second the screen says it is drawing, and says so
again once the frame is painted; in between, the feed waits at its next slice
(a few hundred messages), holding nothing. The messages wait in the socket, so
none is lost, and the feed catches up between frames.

The wait has a limit: a screen that stops saying "drawn" (a frozen or
vanished window) slows the feed a little, never stops it.
"""

from __future__ import annotations

import threading

#: The longest the feed waits for one frame.
LONGEST_WAIT_S = 0.25


class ScreenFirst:
    """Told by the screen's thread (:meth:`drawing`, :meth:`drawn`); waited on by the feed's."""

    def __init__(self, longest_wait_s: float = LONGEST_WAIT_S) -> None:
        self.longest_wait_s = longest_wait_s
        self._idle = threading.Event()
        self._idle.set()
        #: How often the feed gave way, and how often it stopped waiting at the limit.
        self.waits = 0
        self.timeouts = 0

    def drawing(self) -> None:
        """The screen's thread starts a frame."""
        self._idle.clear()

    def drawn(self) -> None:
        """The screen's thread has painted the frame."""
        self._idle.set()

    @property
    def screen_is_drawing(self) -> bool:
        return not self._idle.is_set()

    def wait(self) -> None:
        """The feed's thread, between slices: wait while a frame is being drawn."""
        if self._idle.is_set():
            return
        self.waits += 1
        if not self._idle.wait(self.longest_wait_s):
            self.timeouts += 1
