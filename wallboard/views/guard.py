"""The running wall's guard: crashes end it with a logged traceback, signals end it cleanly.

An exception nobody caught, in a Qt slot (PySide hands those to
``sys.excepthook`` and carries on), in the main code or in another thread
(``threading.excepthook``: the feed's, the built-in simulator's), is written
to the log with its traceback, and the wall quits with
:data:`~wallboard.supervisor.CRASH_STATUS` for its supervisor to start it
afresh. Carrying on would leave a window whose timer, feed or widgets may be
dead, looking alive. A native crash (in Qt's C++) cannot be caught: Python's
:mod:`faulthandler` writes the stacks of every thread to standard error,
which the supervisor copies into the log.

SIGTERM and SIGINT close the wall normally (status 0).

:data:`CRASH_TEST_ENV` makes the first run of the wall crash on purpose, the
way a real fault would, so the tests can check all of the above for real.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import os
import signal
import sys
import threading
from collections.abc import Iterator, Mapping
from types import FrameType, TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon

from wallboard import __version__, supervisor
from wallboard.resources import resource_path
from wallboard.views.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from wallboard.views.window import WallWindow

log = logging.getLogger(__name__)

#: ``slot``, ``thread`` or ``abort``: crash the first run of the wall on purpose.
CRASH_TEST_ENV = "WALLBOARD_CRASH_TEST"
CRASH_TEST_DELAY_MS = 1500


class CrashGuard(QObject):
    """Installs the hooks while the wall runs; :meth:`uninstall` restores the old ones."""

    _crash = Signal()

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self.crashed = False
        # Queued: a hook may run on any thread; the application quits on its own.
        self._crash.connect(self._quit_crashed, Qt.ConnectionType.QueuedConnection)
        self._previous: dict[str, Any] = {}

    def install(self) -> CrashGuard:
        self._previous = {
            "excepthook": sys.excepthook,
            "threading": threading.excepthook,
            "signals": {signum: signal.signal(signum, self._on_signal)
                        for signum in (signal.SIGTERM, signal.SIGINT)},
        }
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook
        try:
            faulthandler.enable(sys.stderr)
        except (AttributeError, ValueError, OSError):  # no real stream (windowed Windows)
            log.info("native crash tracebacks are not recorded: no standard error")
        return self

    def uninstall(self) -> None:
        if not self._previous:
            return
        sys.excepthook = self._previous["excepthook"]
        threading.excepthook = self._previous["threading"]
        for signum, handler in self._previous["signals"].items():
            signal.signal(signum, handler)
        self._previous = {}

    def _excepthook(self, exc_type: type[BaseException], exc: BaseException,
                    traceback: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._quit(0)
            return
        log.critical("unhandled exception: the wall stops (a supervisor starts it again)",
                     exc_info=(exc_type, exc, traceback))
        self._crash.emit()

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "unknown"
        exc = args.exc_value if args.exc_value is not None else args.exc_type()
        log.critical("unhandled exception in thread %s: the wall stops (a supervisor starts it "
                     "again)", name,
                     exc_info=(args.exc_type, exc, args.exc_traceback))
        self._crash.emit()

    def _quit_crashed(self) -> None:
        if not self.crashed:
            self.crashed = True
            self._app.exit(supervisor.CRASH_STATUS)

    def _on_signal(self, signum: int, _frame: FrameType | None) -> None:
        log.info("%s: closing the wall", signal.Signals(signum).name)
        self._quit(0)

    def _quit(self, status: int) -> None:
        # Through the event loop: a signal may come before the loop runs, when
        # exit() would be lost; queued, it ends the loop as soon as it starts.
        QTimer.singleShot(0, lambda: self._app.exit(status))


def arm_crash_test(environ: Mapping[str, str] = os.environ) -> str | None:
    """Crash the first run of the wall on purpose when :data:`CRASH_TEST_ENV` says how.

    ``slot``: an exception in a Qt slot; ``thread``: in another thread;
    ``abort``: a native abort, as a crash in Qt would be. Restarted walls
    (see :func:`wallboard.supervisor.restarts`) run normally, so the restart
    can be seen to work. Returns the kind armed, if any.
    """
    kind = environ.get(CRASH_TEST_ENV)
    if not kind or supervisor.restarts(environ) > 0:
        return None
    if kind not in ("slot", "thread", "abort"):
        log.warning("%s=%r is not slot, thread or abort; ignored", CRASH_TEST_ENV, kind)
        return None
    log.warning("crash test: the wall will crash (%s) in %d ms", kind, CRASH_TEST_DELAY_MS)
    QTimer.singleShot(CRASH_TEST_DELAY_MS, lambda: _crash_now(kind))
    return kind


def _crash_now(kind: str) -> None:
    if kind == "slot":
        raise RuntimeError("crash test: an exception in a Qt slot")
    if kind == "thread":
        threading.Thread(target=_raise_in_thread, name="wallboard-crash-test").start()
        return
    sys.stderr.flush()
    os.abort()


def _raise_in_thread() -> None:
    raise RuntimeError("crash test: an exception in a thread")


@contextlib.contextmanager
def guarding(app: QApplication, window: WallWindow) -> Iterator[CrashGuard]:
    """The running wall, guarded: crash hooks, signals, its icon, and a word after a restart."""
    app.setWindowIcon(QIcon(str(resource_path("icons", "wallboard.png"))))
    guard = CrashGuard(app).install()
    restarted = supervisor.restarts()
    log.info("wallboard %s running (process %d%s)", __version__, os.getpid(),
             f", restart {restarted}" if restarted else "")
    if restarted:
        window.ticker.show_message(
            tr("The wall was restarted after a fault; the log has the details."))
    arm_crash_test()
    try:
        yield guard
    finally:
        guard.uninstall()
