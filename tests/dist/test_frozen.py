"""The frozen application does what the source does.

Run by ``make test-dist`` after ``make dist``, in a private keyring session.
Each test runs ``dist/wallboard/wallboard`` as a person or a script would and,
where there is something to compare, the same command from source.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.polling import wait_for
from tests.simulated import pinned_simulator
from tests.views.test_i18n import no_system_fonts
from tests.views.test_selftest import OK_LINE
from tests.views.test_unattended import Wall
from wallboard.clock import SYSTEM_CLOCK
from wallboard.simulator.server import SimulatorServer, running_in_thread

pytestmark = [pytest.mark.dist, pytest.mark.network]

SOURCE = [sys.executable, "-m", "wallboard"]
private_keyring = pytest.mark.skipif(
    os.environ.get("WALLBOARD_TEST_KEYRING") != "private",
    reason="needs the private keyring of tests/run-with-keyring.sh (make test-dist)",
)


def run(program: list[str], *args: str, env: dict[str, str], stdin: str | None = None,
        timeout: float = 120) -> subprocess.CompletedProcess[str]:
    # A session of its own: no controlling terminal, so a password prompt reads stdin.
    return subprocess.run([*program, *args], env=env, input=stdin, capture_output=True,
                          text=True, timeout=timeout, check=False, start_new_session=True)


def test_the_frozen_self_test_passes(frozen: Path, isolated_env: dict[str, str]) -> None:
    result = run([str(frozen)], "--self-test", env=isolated_env)
    assert result.returncode == 0, result.stdout + result.stderr
    found = OK_LINE.match(result.stdout.strip())
    assert found, result.stdout
    if os.environ.get("WALLBOARD_TEST_KEYRING") == "private":
        # The Secret Service backend was collected and works, frozen.
        assert found["keyring"] == "SecretService"


def test_the_frozen_self_test_passes_in_arabic_with_its_own_fonts(frozen: Path,
                                                                  tmp_path: Path) -> None:
    """On a PC without fonts-noto (CI's), or any font at all: the wall draws with its own."""
    result = run([str(frozen)], "--self-test", "--language", "ar",
                 env=no_system_fonts(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    found = OK_LINE.match(result.stdout.strip())
    assert found, result.stdout
    assert found["language"] == "ar"


def test_probe_figures_frozen_and_from_source_are_the_same(
    frozen: Path, isolated_env: dict[str, str]
) -> None:
    """Both probes follow one simulator at once and see exactly the same stream.

    The simulator sends nothing until both are connected, then runs until
    each has had forty messages, then falls silent again before either probe
    ends: both get the same snapshot and the same deltas. Its simulated day lies a year ahead,
    so the figures that depend on the reading's wall-clock moment (longest
    wait, case ages, overdue counts), which two processes cannot share, are
    all clamped to zero. Every figure is then compared exactly.
    """
    year_ahead = SYSTEM_CLOCK.now_ms() + 366 * 24 * 3600 * 1000
    sent: list[tuple[int, dict[str, Any]]] = []  # (connection, message), as the server sends

    def each_got(count: int) -> bool:
        per_connection = Counter(connection for connection, _ in list(sent))
        return len(per_connection) == 2 and min(per_connection.values()) >= count

    with running_in_thread(scenario="national", seed=7, speed=60.0, start_ms=year_ahead,
                           record=sent) as server:
        server.pause_messages(True)
        probes = [_probe(program, server, isolated_env) for program in ([str(frozen)], SOURCE)]
        try:
            wait_for(lambda: server.connections == 2, 30)
            server.pause_messages(False)
            wait_for(lambda: each_got(40), 30)  # the snapshot and deltas after it
            server.pause_messages(True)
            outputs = [probe.communicate(timeout=60) for probe in probes]
        finally:
            for probe in probes:
                if probe.poll() is None:
                    probe.kill()
                    probe.communicate()
    documents: list[dict[str, Any]] = []
    for probe, (out, err) in zip(probes, outputs, strict=True):
        assert probe.returncode == 0, err
        documents.append(json.loads(out))
    frozen_doc, source_doc = documents
    assert frozen_doc["feed"]["state"] == "live"
    assert frozen_doc["feed"]["messages"] >= 40
    assert frozen_doc["site"]["offered"] > 0
    assert frozen_doc == source_doc


def _probe(program: list[str], server: SimulatorServer,
           env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([*program, "probe", "--url", server.url, "--seconds", "10", "--json"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@private_keyring
def test_the_keyring_is_shared_between_frozen_and_source(
    frozen: Path, isolated_env: dict[str, str]
) -> None:
    from wallboard import credentials

    credentials.use_recommended_backend()
    with pinned_simulator(scenario="night", token="token-from-source") as server:
        try:
            # Stored from source, read frozen: the probe authenticates.
            credentials.store_token(server.url, "token-from-source")
            result = run([str(frozen)], "probe", "--url", server.url, "--seconds", "2", "--json",
                         env=isolated_env)
            assert result.returncode == 0, result.stderr
            assert json.loads(result.stdout)["feed"]["state"] == "live"
            # Stored frozen (the token read from standard input), read from source.
            result = run([str(frozen)], "login", "--url", server.url, env=isolated_env,
                         stdin="token-from-frozen\n")
            assert result.returncode == 0, result.stderr
            assert "stored in SecretService" in result.stderr
            assert credentials.token_for(server.url, environ={}) == "token-from-frozen"
            result = run([str(frozen)], "logout", "--url", server.url, env=isolated_env)
            assert result.returncode == 0, result.stderr
            assert credentials.token_for(server.url, environ={}) is None
        finally:
            credentials.forget_token(server.url)


@pytest.mark.parametrize("args", [
    ("--version",),
    ("config", "--path"),
    ("config", "--example"),
    ("config", "--markdown"),
    ("config", "--check", "packaging/wallboard.desktop"),  # not TOML: the same complaint
    ("probe", "--url", "ws://127.0.0.1:9", "--seconds", "0.5"),  # nothing there
])
def test_commands_answer_frozen_as_from_source(
    frozen: Path, isolated_env: dict[str, str], args: tuple[str, ...]
) -> None:
    repo = Path(__file__).resolve().parents[2]
    args = tuple(str(repo / a) if a.startswith("packaging/") else a for a in args)
    frozen_result = run([str(frozen)], *args, env=isolated_env)
    source_result = run(SOURCE, *args, env=isolated_env)
    assert (frozen_result.returncode, frozen_result.stdout) == (
        source_result.returncode, source_result.stdout)
    assert _without_times(frozen_result.stderr) == _without_times(source_result.stderr)


def _without_times(text: str) -> str:
    return re.sub(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+", "<time>", text)


def test_the_frozen_wall_logs_a_crash_and_starts_again(frozen: Path, tmp_path: Path) -> None:
    wall = Wall(tmp_path, program=[str(frozen)], crash="slot")
    try:
        text = wall.wait_for(", restart 1)")
        assert "RuntimeError: crash test: an exception in a Qt slot" in text
        # The frozen supervisor started the frozen executable again.
        assert re.search(rf"starting the wall: {re.escape(str(frozen))} --demo", text)
        assert wall.terminate() == 0
    finally:
        wall.close()


def test_autostart_starts_this_executable_in_kiosk_mode(
    frozen: Path, isolated_env: dict[str, str]
) -> None:
    result = run([str(frozen)], "autostart", "--enable", "--", "--demo", env=isolated_env)
    assert result.returncode == 0, result.stderr
    entry = Path(isolated_env["XDG_CONFIG_HOME"]) / "autostart" / "wallboard.desktop"
    text = entry.read_text(encoding="utf-8")
    assert f"Exec={frozen} --kiosk --demo\n" in text
    icon = re.search(r"^Icon=(.*)$", text, re.MULTILINE)
    assert icon and Path(icon[1]).is_file() and Path(icon[1]).is_relative_to(frozen.parent)


def test_the_folder_holds_what_the_wall_uses_and_not_what_it_does_not(frozen: Path) -> None:
    folder = frozen.parent
    names = {p.relative_to(folder).as_posix() for p in folder.rglob("*")}
    for wanted in ("_internal/ui/themes/dark.qss", "_internal/ui/themes/light.qss",
                   "_internal/resources/icons/wallboard.png",
                   "_internal/resources/translations/wallboard_ar.qm",
                   "_internal/resources/fonts/NotoSansArabicUI-Regular.ttf",
                   "_internal/resources/fonts/OFL.txt",
                   "_internal/wallboard/config/example.toml",
                   "_internal/PySide6/Qt/plugins/platforms/libqxcb.so",
                   "_internal/PySide6/Qt/plugins/platforms/libqoffscreen.so",
                   "wallboard.desktop", "wallboard.png"):
        assert wanted in names
    # Qt's own translations are left out (the wall ships its own), and so are the
    # translators' .ts sources.
    unwanted = re.compile(r"Qt6(Qml|Quick|WebEngine|Multimedia|3D|Pdf|Network|Sql)|Qt/translations/"
                          r"|\.ts$"
                          r"|/imageformats/|/platformthemes/|keyrings/alt|libgtk")
    assert sorted(name for name in names if unwanted.search(name)) == []
    assert not [p for p in folder.rglob("*") if p.is_symlink() and not p.exists()]


def test_sigint_stops_a_supervised_frozen_wall(frozen: Path, tmp_path: Path) -> None:
    wall = Wall(tmp_path, program=[str(frozen)])
    try:
        wall.wait_for("running (process")
        wall.process.send_signal(signal.SIGINT)
        assert wall.process.wait(timeout=60) == 0
        assert "wall stopped" in wall.text()
    finally:
        wall.close()
