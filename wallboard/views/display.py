"""Running on a wall screen: which screen, full screen, display awake, no cursor.

The wallboard runs unattended around the clock on a screen chosen by name
(``HDMI-2``, ``DP-1``, or the monitor's model), so this module:

- picks that screen, or the primary one with a warning when it is missing
  (:func:`choose_screen`);
- keeps the window full screen and frameless on it, following the screen when
  it is unplugged and plugged back (:class:`ScreenPlacement`);
- asks the desktop not to blank the display (:class:`DisplayAwake`);
- hides the mouse cursor when nobody moves it (:class:`IdleCursor`).

All of it must be used from the GUI thread, after the ``QApplication`` exists.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType
from typing import Final

from PySide6.QtCore import (
    Q_ARG,
    QEvent,
    QMetaObject,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusInterface, QDBusMessage
from PySide6.QtGui import QCursor, QGuiApplication, QKeySequence, QScreen, QShortcut
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


# --- Choosing a screen -------------------------------------------------------


def _labels(screen: QScreen) -> list[str]:
    """What a screen may be called by, most specific first."""
    model = screen.model().strip()
    maker_and_model = f"{screen.manufacturer().strip()} {model}".strip()
    return [label for label in (screen.name(), model, maker_and_model) if label]


def describe_screen(screen: QScreen) -> str:
    """A screen's name for messages: its name, else its model, else 'unnamed'."""
    labels = _labels(screen)
    return labels[0] if labels else "unnamed"


def screen_names() -> list[str]:
    """The names of the screens Qt knows now, primary first.

    For ``--screen`` help and for messages; call it after the application
    exists (it is empty before).
    """
    primary = QGuiApplication.primaryScreen()
    screens = sorted(QGuiApplication.screens(), key=lambda screen: screen != primary)
    return [describe_screen(screen) for screen in screens]


def find_screen(name: str) -> QScreen | None:
    """The screen called ``name`` (case-insensitive), or None when none is.

    A screen is called by its ``name()`` (the connector, such as ``HDMI-2``),
    its ``model()`` or its manufacturer and model. An exact match on any
    screen wins over a screen whose label merely contains ``name``, so
    ``HDMI-1`` picks ``HDMI-1`` and not ``HDMI-10``.
    """
    wanted = name.strip().casefold()
    if not wanted:
        return None
    screens = QGuiApplication.screens()
    for screen in screens:
        if any(label.casefold() == wanted for label in _labels(screen)):
            return screen
    for screen in screens:
        if any(wanted in label.casefold() for label in _labels(screen)):
            return screen
    return None


def choose_screen(name: str | None) -> tuple[QScreen, str | None]:
    """The screen to show the wallboard on, and a warning when it is not the one asked for.

    ``name`` None (or blank) means the primary screen. When no screen matches
    (see :func:`find_screen`), the primary screen is returned with a warning
    naming the screen asked for and the screens there are: the caller should
    log it and show it on screen, since nobody watches the log of a wall.
    Use the screen at once rather than keep it: PySide drops a QScreen's
    Python wrapper when a widget whose ``screen()`` returned it is deleted.
    """
    primary = QGuiApplication.primaryScreen()
    if name is None or not name.strip():
        return primary, None
    found = find_screen(name)
    if found is not None:
        return found, None
    available = ", ".join(f"'{label}'" for label in screen_names()) or "none"
    warning = (
        f"screen '{name.strip()}' not found; using '{describe_screen(primary)}' "
        f"(screens: {available})"
    )
    return primary, warning


# --- Keeping the window on its screen ----------------------------------------

# Share of the screen's free area a window takes when it is not full screen.
WINDOWED_SHARE: Final = 0.75


class ScreenPlacement(QObject):
    """Keeps a top-level window full screen, without a frame, on the screen chosen by name.

    The caller creates it once for the main window and calls :meth:`apply`
    (which also shows the window). From then on it follows the screens: when
    the chosen screen is unplugged the window moves to the primary screen, and
    when a screen of that name comes back the window returns to it; a screen
    that changes resolution takes the window with it. F11 (see
    :meth:`toggle_fullscreen`) and Esc (see :meth:`leave_fullscreen`) work on
    the window. Connect :attr:`message` to show the user what happened: a wall
    has no one reading its log.

    It is a child of the window and lives as long as the window does.
    """

    message = Signal(str)
    """Something the user should be told, such as a missing screen."""

    placed = Signal(QScreen)
    """The window was put on this screen (its geometry and state are set)."""

    def __init__(self, window: QWidget, screen_name: str | None, fullscreen: bool) -> None:
        super().__init__(window)
        self._window = window
        self._wanted = screen_name.strip() if screen_name and screen_name.strip() else None
        self._fullscreen = fullscreen
        # The name of the screen the window is on, never the QScreen: PySide
        # drops a QScreen's Python wrapper when any widget whose screen() it
        # was is deleted, so a kept wrapper can go dead under us.
        self._placed_on: str | None = None
        self._on_wanted_screen = False
        self._screen_geometry_connection: QMetaObject.Connection | None = None

        # Screens come and go in bursts (a removal can also change the primary
        # screen); one zero-delay timer turns each burst into one move, made
        # once Qt has finished updating its list of screens.
        self._follow_timer = QTimer(self)
        self._follow_timer.setSingleShot(True)
        self._follow_timer.setInterval(0)
        self._follow_timer.timeout.connect(self._follow_screens)

        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication), "create the QApplication first"
        app.screenAdded.connect(self._screens_changed)
        app.screenRemoved.connect(self._screen_removed)
        app.primaryScreenChanged.connect(self._screens_changed)

        QShortcut(QKeySequence(Qt.Key.Key_F11), window, self.toggle_fullscreen)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), window, self.leave_fullscreen)

    @property
    def fullscreen(self) -> bool:
        """Whether the window is meant to be full screen."""
        return self._fullscreen

    @property
    def screen(self) -> QScreen | None:
        """The screen the window was last put on, if it is still there; None before :meth:`apply`.

        Use it at once rather than keep it (see the note in ``__init__``).
        """
        return _screen_named(self._placed_on)

    def apply(self) -> None:
        """Choose the screen by name again and put the window on it, and show it.

        Emits :attr:`message` when the screen asked for is missing.
        """
        screen, warning = choose_screen(self._wanted)
        if warning is not None:
            log.warning("%s", warning)
            self.message.emit(warning)
        self._on_wanted_screen = warning is None
        self._place(screen)

    def toggle_fullscreen(self) -> None:
        """Switch between full screen and a framed window on the same screen (F11)."""
        self._fullscreen = not self._fullscreen
        self._replace_on_current_screen()

    def leave_fullscreen(self) -> None:
        """Go back to a framed window on the same screen (Esc); nothing when not full screen."""
        if self._fullscreen:
            self._fullscreen = False
            self._replace_on_current_screen()

    def _replace_on_current_screen(self) -> None:
        screen = self.screen
        if screen is None:
            self.apply()
        else:
            self._place(screen)

    def _place(self, screen: QScreen) -> None:
        window = self._window
        frameless = bool(window.windowFlags() & Qt.WindowType.FramelessWindowHint)
        if frameless != self._fullscreen:
            # Changing a window flag hides the window (Qt may re-create its
            # native window); it is shown again below.
            window.setWindowFlag(Qt.WindowType.FramelessWindowHint, self._fullscreen)
        handle = window.windowHandle()
        if handle is None:
            window.create()
            handle = window.windowHandle()
        handle.setScreen(screen)
        if self._fullscreen:
            # Without a window manager (a bare X server on a kiosk), full
            # screen keeps the geometry the window has: give it the screen's.
            window.setGeometry(screen.geometry())
            window.showFullScreen()
        else:
            if window.isFullScreen():
                window.showNormal()
            window.setGeometry(_windowed_geometry(screen))
            window.show()
        self._watch_geometry(screen)
        self._placed_on = screen.name()
        log.info(
            "wallboard on screen '%s' (%s), %s",
            describe_screen(screen),
            _format_rect(screen.geometry()),
            "full screen" if self._fullscreen else "windowed",
        )
        self.placed.emit(screen)

    def _watch_geometry(self, screen: QScreen) -> None:
        # A screen that changes resolution keeps its name and QScreen; the
        # window must grow or shrink with it. (Disconnecting from a screen
        # that is gone does nothing.)
        if self._screen_geometry_connection is not None:
            QObject.disconnect(self._screen_geometry_connection)
        self._screen_geometry_connection = screen.geometryChanged.connect(self._screens_changed)

    def _screen_removed(self, screen: QScreen) -> None:
        if screen.name() == self._placed_on:
            self._placed_on = None
        self._follow_timer.start()

    def _screens_changed(self) -> None:
        self._follow_timer.start()

    def _follow_screens(self) -> None:
        wanted = find_screen(self._wanted) if self._wanted is not None else None
        target = wanted if wanted is not None else QGuiApplication.primaryScreen()
        if self._wanted is not None:
            if wanted is not None and not self._on_wanted_screen:
                text = f"screen '{self._wanted}' is connected; showing the wallboard on it"
                log.info("%s", text)
                self.message.emit(text)
            elif wanted is None and self._on_wanted_screen:
                text = (
                    f"screen '{self._wanted}' was disconnected; showing the wallboard on "
                    f"'{describe_screen(target)}' until it is back"
                )
                log.warning("%s", text)
                self.message.emit(text)
            self._on_wanted_screen = wanted is not None
        if not self._window.isVisible():
            return  # closed, perhaps on the way out: no screen brings it back
        if target.name() == self._placed_on and (
            not self._fullscreen or self._window.geometry() == target.geometry()
        ):
            return
        self._place(target)


def _screen_named(name: str | None) -> QScreen | None:
    """The screen whose ``name()`` is exactly ``name`` now, if any."""
    if name is None:
        return None
    return next((screen for screen in QGuiApplication.screens() if screen.name() == name), None)


def _windowed_geometry(screen: QScreen) -> QRect:
    """A framed window's place: a share of the screen's free area, centred on it."""
    area = screen.availableGeometry()
    size = QSize(round(area.width() * WINDOWED_SHARE), round(area.height() * WINDOWED_SHARE))
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(area.center())
    return rect


def _format_rect(rect: QRect) -> str:
    return f"{rect.width()}x{rect.height()}+{rect.x()}+{rect.y()}"


# --- Keeping the display awake -----------------------------------------------

# Freedesktop Idle Inhibition Service: Inhibit(application_name, reason_for_inhibit)
# returns a uint32 cookie for UnInhibit(cookie). Desktops register it at the
# first path; some older ones only at the second.
SCREENSAVER_SERVICE: Final = "org.freedesktop.ScreenSaver"
SCREENSAVER_INTERFACE: Final = "org.freedesktop.ScreenSaver"
SCREENSAVER_PATHS: Final = ("/org/freedesktop/ScreenSaver", "/ScreenSaver")
# A desktop that takes longer than this to answer is treated as absent, so a
# hung service cannot freeze the wall at start-up.
DBUS_TIMEOUT_MS: Final = 3000

# Windows SetThreadExecutionState flags (winbase.h).
ES_CONTINUOUS: Final = 0x80000000
ES_SYSTEM_REQUIRED: Final = 0x00000001
ES_DISPLAY_REQUIRED: Final = 0x00000002


def set_thread_execution_state(flags: int) -> int:
    """Call Windows' ``SetThreadExecutionState``; returns the previous state, 0 on failure."""
    if sys.platform != "win32":
        raise OSError("SetThreadExecutionState exists only on Windows")
    import ctypes

    return int(ctypes.windll.kernel32.SetThreadExecutionState(flags))


class DisplayAwake:
    """Keeps the display from blanking or locking while the wallboard runs.

    Call :meth:`start` once the application exists and :meth:`stop` before it
    quits, both from the GUI thread (Windows ties the request to the calling
    thread, which must stay alive), or use it as a context manager. Neither
    raises: a desktop that cannot be asked is logged, and the wallboard runs
    on; the kiosk's own power settings then decide.

    - Linux and other Unix desktops: the Freedesktop ScreenSaver service on the
      session bus. Without one (no desktop), it says so once at INFO.
    - Windows: ``SetThreadExecutionState`` through ``set_execution_state``.
    - macOS: nothing yet; it logs that the display may sleep.
    """

    def __init__(
        self,
        app_name: str = "Wallboard",
        reason: str = "Showing live contact centre figures on a wall screen",
        *,
        platform: str = sys.platform,
        set_execution_state: Callable[[int], int] = set_thread_execution_state,
    ) -> None:
        self.app_name = app_name
        self.reason = reason
        self._platform = platform
        self._set_execution_state = set_execution_state
        self._active = False
        self._cookie: int | None = None
        self._interface: QDBusInterface | None = None
        self._said_no_service = False

    @property
    def active(self) -> bool:
        """Whether :meth:`start` was called and :meth:`stop` not since."""
        return self._active

    @property
    def cookie(self) -> int | None:
        """The ScreenSaver service's cookie while it inhibits blanking, else None."""
        return self._cookie

    def start(self) -> None:
        """Ask the system to keep the display on; nothing if already started."""
        if self._active:
            return
        self._active = True
        if self._platform == "win32":
            self._windows(ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED)
        elif self._platform == "darwin":
            log.info("keeping the display awake is not done on macOS; it may sleep")
        else:
            self._inhibit()

    def stop(self) -> None:
        """Let the display blank again; nothing if not started."""
        if not self._active:
            return
        self._active = False
        if self._platform == "win32":
            self._windows(ES_CONTINUOUS)
        elif self._cookie is not None and self._interface is not None:
            self._uninhibit(self._interface, self._cookie)
            self._cookie = None
            self._interface = None

    def __enter__(self) -> DisplayAwake:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def _windows(self, flags: int) -> None:
        try:
            previous = self._set_execution_state(flags)
        except OSError as error:
            log.warning("could not set the thread execution state: %s", error)
            return
        if previous == 0:
            log.warning("SetThreadExecutionState(%#x) failed", flags)

    def _inhibit(self) -> None:
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            self._say_no_service("there is no D-Bus session bus")
            return
        registered = bus.interface().isServiceRegistered(SCREENSAVER_SERVICE)
        if not registered.isValid() or not registered.value():
            self._say_no_service(f"no {SCREENSAVER_SERVICE} service on the session bus")
            return
        errors = []
        for path in SCREENSAVER_PATHS:
            interface = QDBusInterface(SCREENSAVER_SERVICE, path, SCREENSAVER_INTERFACE, bus)
            interface.setTimeout(DBUS_TIMEOUT_MS)
            reply = interface.call(QDBus.CallMode.Block, "Inhibit", self.app_name, self.reason)
            if reply.type() == QDBusMessage.MessageType.ReplyMessage and reply.arguments():
                self._cookie = int(reply.arguments()[0])
                self._interface = interface
                log.info("display kept awake by %s at %s", SCREENSAVER_SERVICE, path)
                return
            errors.append(f"{path}: {reply.errorName()} {reply.errorMessage()}".strip())
        log.warning("could not keep the display awake: %s", "; ".join(errors))

    @staticmethod
    def _uninhibit(interface: QDBusInterface, cookie: int) -> None:
        # UnInhibit takes a uint32, but a Python int goes on the bus as an
        # int32 or int64, which the service rejects. Calling the method the
        # interface learnt by introspection marshals the cookie by its
        # declared type instead.
        called = QMetaObject.invokeMethod(
            interface, "UnInhibit", Qt.ConnectionType.DirectConnection, Q_ARG("uint", cookie)
        )
        error = interface.lastError()
        if not called:
            log.warning("could not end the screen saver inhibition: the service has no UnInhibit")
        elif error.isValid():
            log.warning("could not end the screen saver inhibition: %s", error.message())

    def _say_no_service(self, why: str) -> None:
        # Normal on a kiosk without a desktop, where the X server's own
        # blanking settings apply: worth one line, not an error.
        if not self._said_no_service:
            self._said_no_service = True
            log.info("not keeping the display awake: %s", why)


# --- Hiding the cursor ---------------------------------------------------------


class IdleCursor(QObject):
    """Hides the mouse cursor after ``idle_s`` seconds without mouse movement.

    Call :meth:`start` once the application exists, and keep the object (give
    it a parent or hold a reference); moving the mouse shows the cursor again
    until it rests for ``idle_s`` seconds. With ``kiosk=True`` the cursor is
    hidden for good. Call :meth:`stop` to show the cursor and stop watching.

    It hides the cursor with an application override cursor, so other code
    that sets override cursors must restore its own before this restores.
    """

    hidden_changed = Signal(bool)
    """The cursor was hidden (True) or shown again (False)."""

    def __init__(
        self, idle_s: float = 3.0, kiosk: bool = False, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        if idle_s <= 0:
            raise ValueError(f"idle_s must be positive, not {idle_s}")
        self.idle_s = idle_s
        self.kiosk = kiosk
        self._hidden = False
        self._watching = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(round(idle_s * 1000))
        self._timer.timeout.connect(self._hide)

    @property
    def hidden(self) -> bool:
        """Whether this object hides the cursor now."""
        return self._hidden

    def start(self) -> None:
        """Begin: hide at once in kiosk mode, else after ``idle_s`` seconds of rest."""
        if self.kiosk:
            self._hide()
            return
        app = QGuiApplication.instance()
        assert app is not None, "create the QApplication first"
        if not self._watching:
            app.installEventFilter(self)
            self._watching = True
        self._timer.start()

    def stop(self) -> None:
        """Show the cursor and stop watching the mouse."""
        self._timer.stop()
        if self._watching:
            app = QGuiApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self._watching = False
        self._show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Restart the idle time on mouse movement; lets every event through."""
        if event.type() == QEvent.Type.MouseMove:
            self._show()
            self._timer.start()
        return False

    def _hide(self) -> None:
        if not self._hidden:
            QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
            self._hidden = True
            self.hidden_changed.emit(True)

    def _show(self) -> None:
        if self._hidden:
            QGuiApplication.restoreOverrideCursor()
            self._hidden = False
            self.hidden_changed.emit(False)
