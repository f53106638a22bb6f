"""The one clock, and the shift that rehearses another moment (``make test-clock``)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime

import pytest

from wallboard.clock import (
    CLOCK_AT_ENV,
    CLOCK_SHIFT_ENV,
    FakeClock,
    SystemClock,
    shift_from_environment,
)

SATURDAY_NIGHT = "2026-11-28T23:57:00+01:00"


def test_no_setting_means_the_real_clock() -> None:
    assert shift_from_environment({}) == 0


def test_a_moment_becomes_a_shift_written_back_for_children() -> None:
    environ = {CLOCK_AT_ENV: SATURDAY_NIGHT}
    shift = shift_from_environment(environ)
    assert environ[CLOCK_SHIFT_ENV] == str(shift)
    # The shifted clock reads the moment (plus the few instructions since).
    now = SystemClock(shift).now_ms()
    moment_ms = round(datetime.fromisoformat(SATURDAY_NIGHT).timestamp() * 1000)
    assert moment_ms <= now < moment_ms + 60_000


def test_an_inherited_shift_wins_over_the_moment() -> None:
    environ = {CLOCK_AT_ENV: SATURDAY_NIGHT, CLOCK_SHIFT_ENV: "-86400000"}
    assert shift_from_environment(environ) == -86_400_000


@pytest.mark.parametrize("environ", [
    {CLOCK_AT_ENV: "Saturday night"},
    {CLOCK_AT_ENV: "2026-11-28T23:57"},  # no UTC offset: which zone's 23:57?
    {CLOCK_SHIFT_ENV: "soon"},
])
def test_a_value_that_cannot_be_read_is_logged_and_ignored(
        environ: dict[str, str], caplog: pytest.LogCaptureFixture) -> None:
    assert shift_from_environment(environ) == 0
    assert "using the real clock" in caplog.text


def test_a_child_process_keeps_its_parents_shift_exactly() -> None:
    """A simulator started by a test must agree with the test, not start the moment again."""
    code = ("import json, os; from wallboard.clock import SYSTEM_CLOCK; "
            f"print(json.dumps([SYSTEM_CLOCK.shift_ms, os.environ.get({CLOCK_SHIFT_ENV!r})]))")
    env = {CLOCK_AT_ENV: SATURDAY_NIGHT}
    parent = json.loads(subprocess.run([sys.executable, "-c", code], env=env, check=True,
                                       capture_output=True, text=True).stdout)
    assert parent[0] != 0 and parent[1] == str(parent[0])
    env[CLOCK_SHIFT_ENV] = parent[1]
    child = json.loads(subprocess.run([sys.executable, "-c", code], env=env, check=True,
                                      capture_output=True, text=True).stdout)
    assert child[0] == parent[0]


def test_the_fake_clock_moves_only_when_told() -> None:
    clock = FakeClock(now_ms=1_000)
    assert (clock.now_ms(), clock.now_ms()) == (1_000, 1_000)
    clock.advance(1.5)
    assert clock.now_ms() == 2_500
    before = clock.monotonic()
    clock.set_ms(0)
    assert clock.now_ms() == 0 and clock.monotonic() == before
