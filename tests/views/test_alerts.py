"""Alerts on the wall, against the real simulator: fire, acknowledge, clear; and hot reload."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from wallboard.alerts.log import read_events
from wallboard.cli import build_parser
from wallboard.simulator.server import running_in_thread
from wallboard.views.app import _window, following, load_config, with_config
from wallboard.views.bridge import WallBridge
from wallboard.views.window import WallWindow

pytestmark = pytest.mark.network

RULE = """
[alerts]
builtin = false
log_file = "{log}"

[alerts.anomaly]
enabled = false

[display]
wall_name = "ops-wall-2"
rotate_s = 0

[targets]
waiting = {{ warning = {warning}, critical = 100000 }}

[[alerts.rules]]
id = "surge-waiting"
metric = "waiting"
for_s = 0
clear_after_s = 0
"""


#: A weekday late morning in the surge scenario's zone: its volume does not depend on
#: when the test runs.
MORNING_MS = int(datetime(2026, 11, 24, 11, 0, tzinfo=ZoneInfo("Asia/Qatar")).timestamp() * 1000)


class Running:
    def __init__(self, qtbot: QtBot, config: Path, *extra: str) -> None:
        self._simulator = running_in_thread(scenario="surge", speed=30.0, seed=5,
                                            start_ms=MORNING_MS)
        server = self._simulator.__enter__()
        args = build_parser().parse_args(["--url", server.url, "--windowed", "--refresh-hz",
                                          "10", "--config", str(config), *extra])
        self.store = load_config(args)
        self.args = with_config(args, self.store)
        self.window: WallWindow = _window(self.args)
        qtbot.addWidget(self.window)
        self.window.setFixedSize(1920, 1080)
        self.window.show()
        self._context: Any = following(self.args, self.window, self.store)
        self.bridge: WallBridge = self._context.__enter__()

    def stop(self) -> None:
        if self._context is not None:
            self._context.__exit__(None, None, None)
            self._context = None
            self._simulator.__exit__(None, None, None)

    def banner(self) -> str:
        banner = self.window.banner
        return banner.text.text() if banner.property("level") != "none" else ""


@pytest.fixture
def running(qtbot: QtBot) -> Iterator[type[Running]]:
    made: list[Running] = []

    class Made(Running):
        def __init__(self, config: Path, *extra: str) -> None:
            super().__init__(qtbot, config, *extra)
            made.append(self)

    yield Made
    for r in made:
        r.stop()


def test_surge_fires_an_alert_that_is_acknowledged_and_clears(
        qtbot: QtBot, tmp_path: Path, running: type[Running]) -> None:
    log = tmp_path / "alerts.sqlite3"
    config = tmp_path / "wall.toml"
    config.write_text(RULE.format(log=log, warning=60))
    wall = running(config)
    # The surge pushes waiting over 60: the alert is on the banner, a warning.
    qtbot.waitUntil(lambda: "Waiting" in wall.banner(), timeout=20_000)
    assert wall.window.banner.property("level") == "warning"
    assert wall.banner().startswith("▲")
    # A, from the wall: acknowledged by the person at it, from this wall; still shown.
    wall.window.activateWindow()
    qtbot.keyClick(wall.window, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: "✓" in wall.banner(), timeout=2000)
    assert wall.window.banner.property("level") == "acknowledged"
    (alert,) = wall.bridge.desk.active()
    assert alert.acknowledged_wall == "ops-wall-2" and alert.acknowledged_by
    # The target is raised in the file: the wall reloads it and the alert clears.
    config.write_text(RULE.format(log=log, warning=100000 - 1))
    qtbot.waitUntil(lambda: wall.banner() == "", timeout=3000)
    assert wall.bridge.desk.active() == ()
    wall.stop()
    events = [(e["event"], e["rule"], e["wall"]) for e in read_events(log)]
    assert events == [("fired", "surge-waiting", "ops-wall-2"),
                      ("acknowledged", "surge-waiting", "ops-wall-2"),
                      ("cleared", "surge-waiting", "ops-wall-2")]


def test_a_click_on_the_banner_acknowledges(
        qtbot: QtBot, tmp_path: Path, running: type[Running]) -> None:
    config = tmp_path / "wall.toml"
    config.write_text(RULE.format(log=tmp_path / "a.sqlite3", warning=10))
    wall = running(config)
    qtbot.waitUntil(lambda: "Waiting" in wall.banner(), timeout=20_000)
    qtbot.mouseClick(wall.window.banner, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: all(a.acknowledged for a in wall.bridge.desk.active()),
                    timeout=2000)


def test_hot_reload_applies_within_a_second_and_a_mistake_keeps_the_last_good(
        qtbot: QtBot, tmp_path: Path, running: type[Running]) -> None:
    config = tmp_path / "wall.toml"
    config.write_text('[display]\ntheme = "dark"\nrotate_s = 0\n')
    wall = running(config)
    qtbot.waitUntil(lambda: wall.bridge.last_view is not None, timeout=5000)
    config.write_text('[display]\ntheme = "light"\nrotate_s = 0\npages = ["trends", "overview"]\n')
    qtbot.waitUntil(lambda: wall.window.theme == "light", timeout=1000)
    assert [p.key for p in wall.window.pages] == ["trends", "overview"]
    # A mistake: shown on the wall with its line, and nothing else changes.
    config.write_text('[display]\ntheme = "dark"\nrotate_s = "often"\n')
    qtbot.waitUntil(lambda: "rotate_s" in wall.window.ticker.text.text(), timeout=1000)
    ticker = wall.window.ticker.text.text()
    assert f"{config}:3: display.rotate_s: expected a number, got text" in ticker
    assert "last good configuration" in ticker
    assert wall.window.theme == "light"


def test_a_broken_file_at_start_shows_the_wall_with_defaults_and_says_why(
        qtbot: QtBot, tmp_path: Path, running: type[Running]) -> None:
    config = tmp_path / "wall.toml"
    config.write_text('[display\ntheme = "light"\n')
    wall = running(config)
    qtbot.waitUntil(lambda: "not valid TOML" in wall.window.ticker.text.text(), timeout=5000)
    assert "the defaults are in use" in wall.window.ticker.text.text()
    assert wall.window.theme == "dark"
    qtbot.waitUntil(lambda: wall.bridge.last_view is not None
                    and wall.bridge.last_view.tiles != (), timeout=10_000)


def test_the_command_line_wins_over_the_file(tmp_path: Path) -> None:
    config = tmp_path / "wall.toml"
    config.write_text('[display]\ntheme = "light"\nrotate_s = 5\n')
    args = build_parser().parse_args(["--config", str(config), "--theme", "dark"])
    resolved = with_config(args, load_config(args))
    assert (resolved.theme, resolved.rotate) == ("dark", 5)
    assert isinstance(resolved.command_line, argparse.Namespace)
