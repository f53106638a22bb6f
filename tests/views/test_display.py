"""The wall screen: choosing it, filling it, keeping it awake, hiding the cursor.

What runs where:

- One offscreen screen, in this process: falling back to the primary screen
  with a warning, full screen and F11/Esc.
- Three named virtual screens: Qt's offscreen platform reads them from a JSON
  file (``offscreen:configfile=...``), which it can only do at start-up, so
  the ``check_offscreen_screens_*`` functions run in a pytest subprocess.
- Screens unplugged and plugged back: the offscreen platform cannot change its
  screens once started, so ``check_x11_hotplug_*`` run in a pytest subprocess
  on the xcb platform against Xvfb, where ``xrandr --setmonitor`` and
  ``--delmonitor`` add and remove screens the way unplugging a cable does.
  Skipped, saying so, when Xvfb or xrandr is not installed.
- Keeping the display awake: against a real ScreenSaver service on the
  session bus (``make test`` runs inside ``dbus-run-session``), written with
  jeepney in a child process. The Windows test is a fake: it checks the flags
  handed to an injected function, since Windows' API cannot run here.
- The idle cursor: real mouse moves sent with QTest.

The ``check_*`` functions are collected only by the subprocesses, which pass
``-o python_functions=...``; the ``test_*`` function that starts each run
fails with the subprocess's output when any check fails.
"""

from __future__ import annotations

import json
import logging
import os
import queue
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtDBus import QDBusConnection
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from wallboard.views import display
from wallboard.views.display import (
    ES_CONTINUOUS,
    ES_DISPLAY_REQUIRED,
    ES_SYSTEM_REQUIRED,
    WINDOWED_SHARE,
    DisplayAwake,
    IdleCursor,
    ScreenPlacement,
    choose_screen,
    find_screen,
    screen_names,
)

REPO = Path(__file__).resolve().parents[2]


def _window(qtbot: QtBot) -> QWidget:
    window = QWidget()
    window.setWindowTitle("Wallboard")
    window.resize(400, 300)
    qtbot.addWidget(window)
    return window


def _is_frameless(window: QWidget) -> bool:
    return bool(window.windowFlags() & Qt.WindowType.FramelessWindowHint)


def _windowed_rect(screen_area: QRect) -> QRect:
    size = QSize(
        round(screen_area.width() * WINDOWED_SHARE), round(screen_area.height() * WINDOWED_SHARE)
    )
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(screen_area.center())
    return rect


# --- One offscreen screen, in this process ------------------------------------


def test_no_name_means_the_primary_screen(qapp: Any) -> None:
    for name in (None, "", "  "):
        screen, warning = choose_screen(name)
        assert screen is QGuiApplication.primaryScreen()
        assert warning is None


def test_a_missing_screen_falls_back_to_primary_with_a_warning(qapp: Any) -> None:
    screen, warning = choose_screen("HDMI-2")

    assert screen is QGuiApplication.primaryScreen()
    assert warning is not None
    assert "'HDMI-2' not found" in warning
    # The offscreen platform's only screen has no name, model or maker.
    assert screen_names() == ["unnamed"]
    assert "(screens: 'unnamed')" in warning
    assert find_screen("HDMI-2") is None


def test_placement_fills_the_primary_screen_without_a_frame(qtbot: QtBot) -> None:
    window = _window(qtbot)
    placement = ScreenPlacement(window, None, fullscreen=True)

    with qtbot.waitExposed(window), qtbot.waitSignal(placement.placed, timeout=2000) as placed:
        placement.apply()

    primary = QGuiApplication.primaryScreen()
    assert placed.args == [primary]
    assert _is_frameless(window)
    assert window.isFullScreen()
    assert window.geometry() == primary.geometry()
    assert window.windowHandle().screen() is primary


def test_placement_tells_the_user_about_a_missing_screen(qtbot: QtBot) -> None:
    window = _window(qtbot)
    placement = ScreenPlacement(window, "HDMI-2", fullscreen=True)

    with qtbot.waitSignal(placement.message, timeout=2000) as message:
        placement.apply()

    assert message.args is not None
    assert message.args[0].startswith("screen 'HDMI-2' not found; using 'unnamed'")
    assert placement.screen is QGuiApplication.primaryScreen()
    assert window.isFullScreen()


def test_f11_toggles_full_screen_and_esc_leaves_it(qtbot: QtBot) -> None:
    window = _window(qtbot)
    placement = ScreenPlacement(window, None, fullscreen=True)
    with qtbot.waitExposed(window):
        placement.apply()
    primary = QGuiApplication.primaryScreen()

    def press(key: Qt.Key) -> None:
        # Leaving full screen re-creates the window, which may then not be
        # the active one; shortcuts go to the active window only.
        with qtbot.waitActive(window):
            window.activateWindow()
        QTest.keyClick(window, key)

    press(Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=2000)
    assert not placement.fullscreen
    assert not _is_frameless(window)
    assert window.geometry() == _windowed_rect(primary.availableGeometry())

    press(Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    assert _is_frameless(window)
    assert window.geometry() == primary.geometry()

    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=2000)
    assert not _is_frameless(window)

    # Esc on a framed window changes nothing.
    placed: list[object] = []
    placement.placed.connect(placed.append)
    press(Qt.Key.Key_Escape)
    assert placed == []
    assert not placement.fullscreen


# --- Three named virtual screens, in a subprocess -----------------------------

# Qt's offscreen platform sorts its screens by name, and the first is primary.
# "DP-HDMI-1" comes before "HDMI-1" and contains it, so asking for HDMI-1
# shows whether an exact name wins over a screen met first.
OFFSCREEN_SCREENS = [
    {"name": "DP-1", "x": 0, "y": 0, "width": 1280, "height": 800},
    {"name": "DP-HDMI-1", "x": 1280, "y": 0, "width": 1280, "height": 720},
    {"name": "HDMI-1", "x": 2560, "y": 0, "width": 1920, "height": 1080},
]


def _run_checks(pattern: str, env: dict[str, str]) -> None:
    """Run this file's ``check_*`` functions matching ``pattern`` in a pytest subprocess."""
    result = subprocess.run(
        [sys.executable, "-m", "pytest", __file__, "-q", "-p", "no:cacheprovider",
         "-o", f"python_functions={pattern}"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=110, check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    summary = output.strip().splitlines()[-1]
    assert re.search(r"\b\d+ passed\b", summary), output
    assert "skipped" not in summary and "deselected" not in summary, output


def test_with_three_virtual_screens(tmp_path: Path) -> None:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": OFFSCREEN_SCREENS}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    _run_checks("check_offscreen_screens_*", env)


def _by_name(name: str) -> Any:
    screen = next((s for s in QGuiApplication.screens() if s.name() == name), None)
    assert screen is not None, f"no screen {name!r} among {screen_names()}"
    return screen


def check_offscreen_screens_are_there(qapp: Any) -> None:
    assert screen_names() == ["DP-1", "DP-HDMI-1", "HDMI-1"]
    assert QGuiApplication.primaryScreen().name() == "DP-1"


@pytest.mark.parametrize(
    ("asked", "chosen"),
    [
        ("HDMI-1", "HDMI-1"),
        ("hdmi-1", "HDMI-1"),  # exact beats DP-HDMI-1, met first
        ("dp-hdmi-1", "DP-HDMI-1"),
        ("hdmi", "DP-HDMI-1"),  # part of a name: the first screen that has it
        ("p-h", "DP-HDMI-1"),
        (None, "DP-1"),
    ],
)
def check_offscreen_screens_chosen_by_name(qapp: Any, asked: str | None, chosen: str) -> None:
    screen, warning = choose_screen(asked)
    assert (screen.name(), warning) == (chosen, None)


def check_offscreen_screens_fallback_names_them_all(qapp: Any) -> None:
    screen, warning = choose_screen("VGA-1")
    assert screen.name() == "DP-1"
    assert warning == (
        "screen 'VGA-1' not found; using 'DP-1' (screens: 'DP-1', 'DP-HDMI-1', 'HDMI-1')"
    )


def check_offscreen_screens_placement_moves_the_window(qtbot: QtBot) -> None:
    window = _window(qtbot)
    placement = ScreenPlacement(window, "hdmi-1", fullscreen=True)
    with qtbot.waitExposed(window):
        placement.apply()
    hdmi = _by_name("HDMI-1")

    assert window.windowHandle().screen().name() == "HDMI-1"
    assert window.geometry() == QRect(2560, 0, 1920, 1080)
    assert window.isFullScreen() and _is_frameless(window)

    # Framed, it stays on the same screen, centred in its free area.
    placement.toggle_fullscreen()
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=2000)
    assert window.windowHandle().screen().name() == "HDMI-1"
    assert window.geometry() == _windowed_rect(hdmi.availableGeometry())
    assert hdmi.geometry().contains(window.geometry())


# --- Screens unplugged and plugged back, on X11 in a subprocess -----------------

XVFB_SIZE = "3200x1080x24"
# xrandr --setmonitor geometry: width/mm x height/mm + x + y.
WALL_A = "1280/338x800/211+0+0"
WALL_B = "1920/508x1080/286+1280+0"


def _xrandr(*args: str) -> None:
    subprocess.run(["xrandr", *args], check=True, capture_output=True, timeout=10)


@pytest.fixture
def xvfb_display() -> Iterator[str]:
    """A fresh Xvfb server with two monitors, WALL-A and WALL-B; yields its DISPLAY."""
    missing = [tool for tool in ("Xvfb", "xrandr") if shutil.which(tool) is None]
    if missing:
        pytest.skip(
            f"{' and '.join(missing)} not installed (apt-get install xvfb x11-xserver-utils)"
        )
    read_end, write_end = os.pipe()
    # -noreset: the server must keep its monitors when its last client leaves.
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", XVFB_SIZE, "-noreset",
         "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as numbers:
            number = numbers.readline().strip()
        assert number, "Xvfb did not say which display it took"
        display_name = f":{number}"
        os.environ["DISPLAY"], saved = display_name, os.environ.get("DISPLAY")
        try:
            _xrandr("--setmonitor", "WALL-A", WALL_A, "none")
            _xrandr("--setmonitor", "WALL-B", WALL_B, "none")
        finally:
            if saved is None:
                del os.environ["DISPLAY"]
            else:
                os.environ["DISPLAY"] = saved
        yield display_name
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_following_screens_unplugged_and_plugged_back(xvfb_display: str) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=xvfb_display)
    env.pop("WAYLAND_DISPLAY", None)
    _run_checks("check_x11_hotplug_*", env)


def check_x11_hotplug_window_follows_its_screen(qtbot: QtBot) -> None:
    assert {"WALL-A", "WALL-B"} <= set(screen_names())
    window = _window(qtbot)
    placement = ScreenPlacement(window, "wall-b", fullscreen=True)
    messages: list[str] = []
    placement.message.connect(messages.append)
    with qtbot.waitExposed(window):
        placement.apply()
    qtbot.waitUntil(lambda: window.geometry() == QRect(1280, 0, 1920, 1080), timeout=5000)
    assert messages == []

    # Unplugged: the window goes to the primary screen and says so.
    with qtbot.waitSignal(placement.message, timeout=5000) as gone:
        _xrandr("--delmonitor", "WALL-B")
    assert gone.args == [
        f"screen 'wall-b' was disconnected; showing the wallboard on "
        f"'{QGuiApplication.primaryScreen().name()}' until it is back"
    ]
    qtbot.waitUntil(
        lambda: window.geometry() == QGuiApplication.primaryScreen().geometry(), timeout=5000
    )
    assert placement.screen is QGuiApplication.primaryScreen()
    assert window.isFullScreen()

    # Plugged back: the window returns to it.
    with qtbot.waitSignal(placement.message, timeout=5000) as back:
        _xrandr("--setmonitor", "WALL-B", WALL_B, "none")
    assert back.args == ["screen 'wall-b' is connected; showing the wallboard on it"]
    qtbot.waitUntil(lambda: window.geometry() == QRect(1280, 0, 1920, 1080), timeout=5000)
    assert placement.screen is not None and placement.screen.name() == "WALL-B"


def test_following_a_change_of_resolution(xvfb_display: str) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=xvfb_display)
    env.pop("WAYLAND_DISPLAY", None)
    _run_checks("check_x11_resolution_*", env)


def check_x11_resolution_window_follows_its_screen(qtbot: QtBot) -> None:
    # Xvfb's one output, "screen", is a screen of its own beside the two
    # monitors; its mode can be switched like a monitor's resolution.
    window = _window(qtbot)
    placement = ScreenPlacement(window, "screen", fullscreen=True)
    with qtbot.waitExposed(window):
        placement.apply()
    screen = placement.screen
    assert screen is not None and screen.name() == "screen"
    qtbot.waitUntil(lambda: window.geometry() == QRect(0, 0, 3200, 1080), timeout=5000)

    _xrandr("--newmode", "wallboard-1920", "148.5", "1920", "2008", "2052", "2200",
            "1080", "1084", "1089", "1125", "+hsync", "+vsync")
    _xrandr("--addmode", "screen", "wallboard-1920")
    _xrandr("--output", "screen", "--mode", "wallboard-1920")

    qtbot.waitUntil(lambda: window.geometry() == QRect(0, 0, 1920, 1080), timeout=5000)
    assert placement.screen is screen
    assert window.isFullScreen()


# --- Keeping the display awake ------------------------------------------------

# A stand-in for a desktop's ScreenSaver service, run as a child process on the
# session bus. Like GLib's D-Bus services it answers introspection and rejects
# calls whose signature is wrong, so a cookie sent as int32 or int64 instead of
# uint32 fails. It prints "ready" once it owns the name, then one JSON line per
# method call before answering it.
SCREENSAVER_SERVICE = r'''
import json, sys
from jeepney import HeaderFields, MessageType, new_error, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

PATHS = sys.argv[1:]
COOKIE = 4_000_000_000  # above int32's range, to catch a cookie sent signed
INTERFACE = "org.freedesktop.ScreenSaver"
XML = """<node><interface name="org.freedesktop.ScreenSaver">
<method name="Inhibit"><arg type="s" direction="in"/><arg type="s" direction="in"/>
<arg type="u" direction="out"/></method>
<method name="UnInhibit"><arg type="u" direction="in"/></method>
</interface></node>"""

with open_dbus_connection(bus="SESSION") as bus:
    owner = bus.send_and_get_reply(message_bus.RequestName(INTERFACE, 4))  # do not queue
    if owner.body != (1,):
        sys.exit(f"could not own {INTERFACE}: {owner.body}")
    print("ready", flush=True)
    while True:
        call = bus.receive()
        if call.header.message_type != MessageType.method_call:
            continue
        fields = call.header.fields
        path, member = fields[HeaderFields.path], fields[HeaderFields.member]
        signature = fields.get(HeaderFields.signature, "")
        print(json.dumps([path, member, signature, list(call.body)]), flush=True)
        if member == "Introspect":
            reply = new_method_return(call, "s", (XML if path in PATHS else "<node/>",))
        elif path in PATHS and (member, signature) == ("Inhibit", "ss"):
            reply = new_method_return(call, "u", (COOKIE,))
        elif path in PATHS and (member, signature) == ("UnInhibit", "u"):
            reply = new_method_return(call)
        else:
            reply = new_error(call, "org.freedesktop.DBus.Error.UnknownMethod", "s",
                              (f"no {member}({signature}) at {path}",))
        bus.send(reply)
'''
SERVICE_COOKIE = 4_000_000_000


class ScreenSaverService:
    """The child process above, and the calls it reports."""

    def __init__(self, paths: tuple[str, ...]) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-c", SCREENSAVER_SERVICE, *paths],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        self._lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        line = self._next_line()
        assert line == "ready", line + self._stderr()

    def _read(self) -> None:
        assert self._process.stdout is not None
        for line in self._process.stdout:
            self._lines.put(line.strip())
        self._lines.put("exited")

    def _next_line(self) -> str:
        try:
            return self._lines.get(timeout=10)
        except queue.Empty:
            return "no line within 10 s"

    def _stderr(self) -> str:
        if self._process.poll() is None or self._process.stderr is None:
            return ""
        return "\n" + self._process.stderr.read()

    def next_call(self) -> tuple[str, str, str, list[Any]]:
        """The next method call it answered, other than introspection.

        The service reports a call before answering it, so a call that
        returned has been reported; the reader thread may still be on its way.
        """
        while True:
            line = self._next_line()
            assert line.startswith("["), line + self._stderr()
            path, member, signature, body = json.loads(line)
            if member != "Introspect":
                return path, member, signature, body

    def no_more_calls(self) -> bool:
        """Whether nothing else has been reported (so far)."""
        return self._lines.empty()

    def stop(self) -> None:
        self._process.terminate()
        self._process.wait(timeout=10)


def _bus_missing() -> str | None:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return "no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS unset); run under make test"
    return None


needs_session_bus = pytest.mark.skipif(_bus_missing() is not None, reason=_bus_missing() or "")


def _screensaver_owned() -> bool:
    reply = QDBusConnection.sessionBus().interface().isServiceRegistered(
        display.SCREENSAVER_SERVICE
    )
    return bool(reply.isValid() and reply.value())


@pytest.fixture
def screensaver(request: pytest.FixtureRequest, qapp: Any) -> Iterator[ScreenSaverService]:
    """A ScreenSaver service on the session bus at the paths in the test's parameter."""
    if _screensaver_owned():
        pytest.skip("this session bus already has a ScreenSaver service (a desktop's)")
    service = ScreenSaverService(getattr(request, "param", display.SCREENSAVER_PATHS))
    yield service
    service.stop()


STANDARD = "/org/freedesktop/ScreenSaver"
OLDER = "/ScreenSaver"


@needs_session_bus
@pytest.mark.parametrize(
    ("screensaver", "tried"),
    [((STANDARD, OLDER), [STANDARD]), ((OLDER,), [STANDARD, OLDER])],
    ids=["standard-path", "older-path-only"],
    indirect=["screensaver"],
)
def test_display_kept_awake_through_the_screensaver_service(
    screensaver: ScreenSaverService, tried: list[str]
) -> None:
    awake = DisplayAwake("Wallboard", "Showing queue figures", platform="linux")

    awake.start()

    for path in tried:
        assert screensaver.next_call() == (
            path, "Inhibit", "ss", ["Wallboard", "Showing queue figures"]
        )
    assert awake.cookie == SERVICE_COOKIE

    awake.stop()

    assert screensaver.next_call() == (tried[-1], "UnInhibit", "u", [SERVICE_COOKIE])
    assert awake.cookie is None
    assert screensaver.no_more_calls()


@needs_session_bus
def test_display_awake_as_a_context_manager(screensaver: ScreenSaverService) -> None:
    with DisplayAwake(platform="linux") as awake:
        assert screensaver.next_call()[:2] == (STANDARD, "Inhibit")
        assert awake.active
    assert screensaver.next_call() == (STANDARD, "UnInhibit", "u", [SERVICE_COOKIE])
    assert not awake.active


@needs_session_bus
def test_no_screensaver_service_is_said_once_at_info(
    qapp: Any, caplog: pytest.LogCaptureFixture
) -> None:
    if _screensaver_owned():
        pytest.skip("this session bus has a ScreenSaver service (a desktop's)")
    awake = DisplayAwake(platform="linux")
    caplog.set_level(logging.DEBUG, logger=display.__name__)

    for _ in range(2):
        awake.start()
        awake.stop()

    records = [r for r in caplog.records if r.name == display.__name__]
    assert [(r.levelno, r.getMessage()) for r in records] == [
        (logging.INFO, "not keeping the display awake: "
                       "no org.freedesktop.ScreenSaver service on the session bus")
    ]
    assert awake.cookie is None


def test_no_session_bus_is_said_at_info() -> None:
    """A kiosk without a desktop may have no session bus at all: one INFO line, no error."""
    code = (
        "import logging\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from wallboard.views.display import DisplayAwake\n"
        "logging.basicConfig(level=logging.DEBUG, format='%(levelname)s %(message)s')\n"
        "app = QCoreApplication([])\n"
        "with DisplayAwake(platform='linux') as awake:\n"
        "    assert awake.cookie is None\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("DBUS_SESSION_BUS_ADDRESS", "DISPLAY")}
    result = subprocess.run([sys.executable, "-c", code], env=env, cwd=REPO,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if "display awake" in line]
    assert lines == ["INFO not keeping the display awake: there is no D-Bus session bus"], (
        result.stderr
    )


def test_windows_flags_fake() -> None:
    """A FAKE: Windows' SetThreadExecutionState cannot run on this Linux machine.

    Only the flags DisplayAwake hands to the injected function are checked
    here; whether Windows then keeps the display on is not tested.
    """
    calls: list[int] = []

    def set_execution_state(flags: int) -> int:
        calls.append(flags)
        return ES_CONTINUOUS  # any non-zero previous state means success

    awake = DisplayAwake(platform="win32", set_execution_state=set_execution_state)
    awake.start()
    awake.start()  # already started: no second call
    assert calls == [ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED]
    assert calls[0] == 0x80000003

    awake.stop()
    awake.stop()
    assert calls == [0x80000003, 0x80000000]


def test_macos_only_logs(caplog: pytest.LogCaptureFixture) -> None:
    def not_on_macos(flags: int) -> int:
        raise AssertionError("the Windows call was made on macOS")

    caplog.set_level(logging.INFO, logger=display.__name__)
    with DisplayAwake(platform="darwin", set_execution_state=not_on_macos):
        pass
    assert "not done on macOS" in caplog.text


# --- Hiding the cursor ----------------------------------------------------------


def _override_shape() -> Qt.CursorShape | None:
    cursor = QGuiApplication.overrideCursor()
    return None if cursor is None else cursor.shape()


@pytest.fixture
def shown_widget(qtbot: QtBot) -> QWidget:
    widget = _window(qtbot)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


@pytest.fixture
def idle_cursors(qapp: Any) -> Iterator[list[IdleCursor]]:
    """IdleCursors made by a test, stopped after it so no override cursor leaks."""
    made: list[IdleCursor] = []
    yield made
    for idle in made:
        idle.stop()
    assert _override_shape() is None


def test_cursor_hidden_when_idle_and_shown_on_movement(
    qtbot: QtBot, shown_widget: QWidget, idle_cursors: list[IdleCursor]
) -> None:
    idle = IdleCursor(idle_s=0.05)
    idle_cursors.append(idle)
    assert _override_shape() is None

    with qtbot.waitSignal(idle.hidden_changed, timeout=2000) as hidden:
        idle.start()
    assert hidden.args == [True]
    assert _override_shape() == Qt.CursorShape.BlankCursor

    with qtbot.waitSignal(idle.hidden_changed, timeout=2000) as shown:
        QTest.mouseMove(shown_widget, QPoint(20, 20))
    assert shown.args == [False]

    # Resting again hides it again: the movement restarted the idle time.
    qtbot.waitUntil(lambda: _override_shape() == Qt.CursorShape.BlankCursor, timeout=2000)
    assert idle.hidden


def test_cursor_stays_while_the_mouse_is_not_idle_long_enough(
    qtbot: QtBot, shown_widget: QWidget, idle_cursors: list[IdleCursor]
) -> None:
    idle = IdleCursor(idle_s=30)
    idle_cursors.append(idle)
    idle.start()
    QTest.mouseMove(shown_widget, QPoint(30, 30))
    qtbot.wait(100)
    assert not idle.hidden
    assert _override_shape() is None


def test_kiosk_cursor_hidden_for_good(
    qtbot: QtBot, shown_widget: QWidget, idle_cursors: list[IdleCursor]
) -> None:
    idle = IdleCursor(idle_s=30, kiosk=True)
    idle_cursors.append(idle)
    changes: list[bool] = []
    idle.hidden_changed.connect(changes.append)
    idle.start()
    assert _override_shape() == Qt.CursorShape.BlankCursor

    QTest.mouseMove(shown_widget, QPoint(40, 40))
    QTest.mouseMove(shown_widget, QPoint(60, 60))
    qtbot.wait(100)
    assert _override_shape() == Qt.CursorShape.BlankCursor
    assert changes == [True]

    idle.stop()
    assert _override_shape() is None
    assert not idle.hidden
