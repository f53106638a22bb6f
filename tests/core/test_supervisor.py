"""The supervisor starts a crashed wall again, and stops when the wall ends on purpose.

The "walls" here are small Python programs run as real child processes: they
count their runs in a file and end the way a wall would.
"""

from __future__ import annotations

import io
import logging
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.polling import wait_for
from wallboard import supervisor
from wallboard.supervisor import RestartPolicy, Supervisor

QUICK = RestartPolicy(first_delay_s=0.01, max_delay_s=0.04, healthy_after_s=3600)

# A child that appends its restart number to a file, then ends as told by the
# n-th line of a plan: an exit status, or "abort".
CHILD = r"""
import os, sys
runs = sys.argv[1]
with open(runs, "a") as f:
    f.write(os.environ["WALLBOARD_RESTARTS"] + "\n")
count = sum(1 for _ in open(runs))
plan = sys.argv[2].split(",")
step = plan[min(count, len(plan)) - 1]
print(f"child run {count} on stderr", file=sys.stderr, flush=True)
if step == "abort":
    os.abort()
if step == "wait":
    import time
    while True:
        time.sleep(1)
sys.exit(int(step))
"""


def child(tmp_path: Path, plan: str) -> list[str]:
    return [sys.executable, "-c", CHILD, str(tmp_path / "runs"), plan]


def runs(tmp_path: Path) -> list[str]:
    return (tmp_path / "runs").read_text().split()


def has_run(tmp_path: Path) -> bool:
    """The child has written its run: the file is there *and* has its line (it is
    created empty first, and a child stopped in between would leave it so)."""
    return (tmp_path / "runs").exists() and bool(runs(tmp_path))


def test_a_wall_that_crashes_is_started_again_until_it_ends_on_purpose(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    boss = Supervisor(child(tmp_path, "70,70,70,0"), policy=QUICK, stderr=io.StringIO())
    with caplog.at_level(logging.INFO, logger="wallboard.supervisor"):
        assert boss.run() == 0
    # Each run is told how many restarts came before it.
    assert runs(tmp_path) == ["0", "1", "2", "3"]
    assert boss.restarts == 3
    assert "the wall was closed" in caplog.text


def test_the_wait_doubles_with_each_crash_in_a_row_up_to_its_cap(tmp_path: Path) -> None:
    boss = Supervisor(child(tmp_path, "1,1,1,1,1,0"), policy=QUICK, stderr=io.StringIO())
    assert boss.run() == 0
    assert boss.delays == [0.01, 0.02, 0.04, 0.04, 0.04]


def test_a_wall_that_ran_long_enough_starts_again_after_the_shortest_wait(tmp_path: Path) -> None:
    healthy_at_once = RestartPolicy(first_delay_s=0.01, max_delay_s=1.0, healthy_after_s=0.0)
    boss = Supervisor(child(tmp_path, "70,70,70,0"), policy=healthy_at_once,
                      stderr=io.StringIO())
    assert boss.run() == 0
    assert boss.delays == [0.01, 0.01, 0.01]


def test_bad_options_are_not_retried(tmp_path: Path) -> None:
    boss = Supervisor(child(tmp_path, "2"), policy=QUICK, stderr=io.StringIO())
    assert boss.run() == 2
    assert runs(tmp_path) == ["0"]


@pytest.mark.skipif(sys.platform == "win32", reason="no SIGABRT death on Windows")
def test_a_native_crash_is_logged_with_the_last_output_and_started_again(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    copied = io.StringIO()
    boss = Supervisor(child(tmp_path, "abort,0"), policy=QUICK, stderr=copied)
    with caplog.at_level(logging.INFO, logger="wallboard.supervisor"):
        assert boss.run() == 0
    assert runs(tmp_path) == ["0", "1"]
    assert "killed by SIGABRT" in caplog.text
    # The child's standard error is passed through, and its last words are in the log.
    assert "child run 1 on stderr" in caplog.text
    assert "child run 1 on stderr" in copied.getvalue()
    assert "child run 2 on stderr" in copied.getvalue()


def test_stop_ends_the_wall_and_supervision_without_a_restart(tmp_path: Path) -> None:
    boss = Supervisor(child(tmp_path, "wait"), policy=QUICK, stderr=io.StringIO())
    result: list[int] = []
    thread = threading.Thread(target=lambda: result.append(boss.run()))
    thread.start()
    try:
        wait_for(lambda: has_run(tmp_path), 20.0)
    finally:
        boss.stop()
        thread.join(timeout=30)
    assert result == [0]
    assert runs(tmp_path) == ["0"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_sigterm_to_the_supervisor_stops_its_wall(tmp_path: Path) -> None:
    program = (
        "import sys; from wallboard.supervisor import Supervisor, RestartPolicy\n"
        f"boss = Supervisor({child(tmp_path, 'wait')!r})\n"
        "with boss.handling_signals():\n"
        "    sys.exit(boss.run())\n"
    )
    process = subprocess.Popen([sys.executable, "-c", program], stderr=subprocess.DEVNULL)
    try:
        wait_for(lambda: has_run(tmp_path), 20.0)
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
    assert runs(tmp_path) == ["0"]


def test_the_command_runs_this_program_again() -> None:
    assert supervisor.wall_command(["--demo"]) == [sys.executable, "-m", "wallboard", "--demo"]


def test_a_child_knows_it_is_supervised_and_how_often_it_was_restarted() -> None:
    assert not supervisor.is_supervised({})
    assert supervisor.is_supervised({supervisor.SUPERVISED_ENV: "1"})
    assert supervisor.restarts({supervisor.RESTARTS_ENV: "4"}) == 4
    assert supervisor.restarts({supervisor.RESTARTS_ENV: "nonsense"}) == 0
    assert supervisor.restarts(os.environ | {supervisor.RESTARTS_ENV: "-1"}) == 0
