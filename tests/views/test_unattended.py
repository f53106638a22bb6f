"""The wall left alone: crashes are logged and the wall comes back; kiosk mode; signals.

The walls here are real ``wallboard`` processes on the built-in simulator,
offscreen, each with its own log file. ``WALLBOARD_CRASH_TEST`` makes the
first run crash the way a real fault would. (Not in this process: a crash
quits the application, and a QApplication told to quit ends every event loop
started after it, which would break the tests that follow.)
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.simulated import pinned_start_text
from wallboard.supervisor import CRASH_STATUS
from wallboard.views.guard import CRASH_TEST_ENV

pytestmark = [
    pytest.mark.network,
    pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals"),
]


def wall_program() -> list[str]:
    """The wall to run: this Python's wallboard, or the frozen one (tests/dist)."""
    return [sys.executable, "-m", "wallboard"]


class Wall:
    """A ``wallboard --demo`` process with its own log file and configuration folders."""

    def __init__(self, tmp_path: Path, *args: str, program: list[str] | None = None,
                 crash: str | None = None) -> None:
        self.log = tmp_path / "wallboard.log"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
               "XDG_CONFIG_HOME": str(tmp_path / "config"),
               "XDG_STATE_HOME": str(tmp_path / "state"),
               "XDG_DATA_HOME": str(tmp_path / "data")}
        env.pop(CRASH_TEST_ENV, None)
        if crash:
            env[CRASH_TEST_ENV] = crash
        self.process = subprocess.Popen(
            [*(program or wall_program()), "--demo", "--start", pinned_start_text("national"),
             "--windowed", "--log-file", str(self.log), *args],
            env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE, text=True,
        )

    def text(self) -> str:
        return self.log.read_text(encoding="utf-8") if self.log.exists() else ""

    def wait_for(self, *pieces: str, timeout: float = 60.0) -> str:
        """Wait until the log holds every piece; its text."""
        until(lambda: all(piece in self.text() for piece in pieces) or
              self.process.poll() is not None, timeout)
        text = self.text()
        missing = [piece for piece in pieces if piece not in text]
        assert not missing, f"not in the log: {missing}\n--- log ---\n{text}"
        return text

    def terminate(self) -> int:
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=60)
        finally:
            self.close()

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=30)
        if self.process.stderr is not None:
            self.process.stderr.close()


@pytest.fixture
def walls() -> Iterator[list[Wall]]:
    started: list[Wall] = []
    yield started
    for wall in started:
        wall.close()


def until(condition: Callable[[], bool], timeout: float) -> None:
    pause = threading.Event()
    for _ in range(round(timeout / 0.05)):
        if condition():
            return
        pause.wait(0.05)


@pytest.mark.parametrize(("kind", "logged"), [
    ("slot", "RuntimeError: crash test: an exception in a Qt slot"),
    ("thread", "RuntimeError: crash test: an exception in a thread"),
])
def test_an_unhandled_exception_is_logged_and_the_wall_starts_again(
    tmp_path: Path, walls: list[Wall], kind: str, logged: str
) -> None:
    wall = Wall(tmp_path, crash=kind)
    walls.append(wall)
    text = wall.wait_for("restart 1)", "running (process")
    assert f"crash test: the wall will crash ({kind})" in text
    # The traceback of the exception, then the supervisor's account of the crash.
    assert "Traceback (most recent call last)" in text
    assert logged in text
    assert f"status {CRASH_STATUS}, an unhandled exception" in text
    assert "starting the wall again in 1.0 s (restart 1" in text
    # The wall started again and runs, and SIGTERM then ends both processes cleanly.
    wall.wait_for(", restart 1)")
    assert wall.terminate() == 0
    assert "wall stopped" in wall.text()


def test_a_native_crash_leaves_its_stacks_in_the_log_and_the_wall_starts_again(
    tmp_path: Path, walls: list[Wall]
) -> None:
    wall = Wall(tmp_path, crash="abort")
    walls.append(wall)
    text = wall.wait_for(", restart 1)")
    assert "killed by SIGABRT" in text
    # faulthandler's report, copied from the dead wall's standard error.
    assert "Fatal Python error: Aborted" in text
    assert wall.terminate() == 0


def test_a_kiosk_is_full_screen_even_when_asked_for_a_window_and_stops_on_sigterm(
    tmp_path: Path, walls: list[Wall]
) -> None:
    wall = Wall(tmp_path, "--kiosk", "--no-restart")
    walls.append(wall)
    wall.wait_for("full screen")
    assert wall.terminate() == 0
    text = wall.text()
    assert "SIGTERM: closing the wall" in text
    assert "windowed" not in text
