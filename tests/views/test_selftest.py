"""``wallboard --self-test``: one line, exit 0 when the installation works, a reason when not."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from wallboard import selftest
from wallboard.selftest import Report

pytestmark = pytest.mark.network

OK_LINE = re.compile(
    r"^wallboard self-test: ok — language (?P<language>\w+) with \d+ font families of its "
    r"own, first live frame [\d.]+ s after start "
    r"\([\d.]+ s of it starting the simulator, feed live in [\d.]+ s\), "
    r"5 pages rendered at 1920x1080, resources ok, "
    r"keyring (?P<keyring>\w[\w ]*), RSS \d+ MB(?P<warning>; warning: .*)?$"
)


def self_test(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wallboard", "--self-test"], env=env,
                          capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.keyring
@pytest.mark.skipif(os.environ.get("WALLBOARD_TEST_KEYRING") != "private",
                    reason="needs the private keyring of tests/run-with-keyring.sh (make test)")
def test_the_self_test_passes_with_a_keyring() -> None:
    result = self_test(dict(os.environ))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    found = OK_LINE.match(lines[0])
    assert found, lines[0]
    assert found["keyring"] == "SecretService"
    assert found["warning"] is None


def test_no_keyring_is_a_warning_not_a_failure() -> None:
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    env["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent/bus"
    result = self_test(env)
    assert result.returncode == 0, result.stdout + result.stderr
    found = OK_LINE.match(result.stdout.strip())
    assert found, result.stdout
    assert found["keyring"] == "none usable"
    assert "WALLBOARD_TOKEN can give one" in (found["warning"] or "")


def test_missing_resources_are_named(tmp_path: Path) -> None:
    (tmp_path / "ui" / "themes").mkdir(parents=True)
    (tmp_path / "ui" / "themes" / "dark.qss").write_text("")
    assert selftest.missing_resources(tmp_path) == [
        "ui/themes/light.qss", "resources/icons/wallboard.png"]
    assert selftest.missing_resources() == []


def test_a_keyring_backend_missing_from_the_build_is_a_failure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    report = Report()
    # A platform whose backend keyring does not have, as in a build that lost it.
    monkeypatch.setitem(selftest.PLATFORM_BACKENDS, "test-platform", "NoSuchBackend")
    selftest.check_keyring(report, platform="test-platform")
    assert not report.ok
    assert "the keyring's NoSuchBackend backend is missing" in report.line()
    assert report.line().startswith("wallboard self-test: FAILED: ")
