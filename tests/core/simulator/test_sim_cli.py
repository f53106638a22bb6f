"""The ``wallboard simulate`` command line."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from sim_replica import local_ms
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus
from websockets.typing import Subprotocol

from wallboard.simulator import cli
from wallboard.simulator.scenarios import SCENARIOS

ROOT = Path(__file__).resolve().parents[3]
# Ctrl-C as at a terminal: a test run started in the background by a shell
# (`make test &`) inherits SIGINT ignored, and so would the simulator.
RUN_CLI = (
    "import argparse, signal, sys\n"
    "signal.signal(signal.SIGINT, signal.default_int_handler)\n"
    "from wallboard.simulator import cli\n"
    "parser = argparse.ArgumentParser()\n"
    "cli.add_arguments(parser)\n"
    "sys.exit(cli.run(parser.parse_args(sys.argv[1:])))\n"
)


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    cli.add_arguments(parser)
    return parser.parse_args(argv)


def test_defaults() -> None:
    args = parse()
    assert (args.host, args.port, args.scenario, args.speed, args.seed) == (
        "127.0.0.1", 8765, "national", 1.0, 1)
    assert args.token is None and args.start is None and args.certfile is None


@pytest.mark.parametrize("argv", [["--scenario", "nowhere"], ["--speed", "0"],
                                  ["--speed", "-2"], ["--port", "x"]])
def test_bad_options_are_refused(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parse(*argv)


def test_every_scenario_is_a_choice() -> None:
    for name in SCENARIOS:
        assert parse("--scenario", name).scenario == name


def test_start_with_an_offset_or_in_the_site_s_local_time() -> None:
    expected = local_ms("Asia/Qatar", 2026, 11, 23, 23, 55)
    assert cli.parse_start("2026-11-23T23:55:00+03:00", "Asia/Qatar") == expected
    assert cli.parse_start("2026-11-23T20:55:00Z", "Europe/Amsterdam") == expected
    assert cli.parse_start("2026-11-23T23:55:00", "Asia/Qatar") == expected


def test_a_bad_start_time_fails_with_status_2() -> None:
    assert cli.run(parse("--start", "yesterday", "--port", "0")) == 2


def test_serves_until_interrupted_with_the_token_from_the_environment() -> None:
    env = {**os.environ, cli.TOKEN_ENV: "from-env", "PYTHONPATH": str(ROOT)}
    start = "2026-11-23T23:55:00+03:00"
    process = subprocess.Popen(
        [sys.executable, "-c", RUN_CLI, "--port", "0", "--scenario", "night", "--start", start],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        found = re.search(r"ws://127\.0\.0\.1:\d+", line)
        assert found, line
        url = found.group(0)

        async def body() -> None:
            with pytest.raises(InvalidStatus):
                async with connect(url, subprotocols=[Subprotocol("wallboard.v1")]):
                    pass
            async with connect(url, subprotocols=[Subprotocol("wallboard.v1")],
                               additional_headers={"Authorization": "Bearer from-env"},
                               max_size=2**24) as ws:
                snapshot = json.loads(await asyncio.wait_for(ws.recv(), 10))
            assert snapshot["type"] == "snapshot"
            # The simulated clock starts at --start.
            assert 0 <= snapshot["ts"] - local_ms("Asia/Qatar", 2026, 11, 23, 23, 55) < 30_000

        asyncio.run(asyncio.wait_for(body(), 20))
        process.send_signal(signal.SIGINT)
        out, _ = process.communicate(timeout=10)
        assert process.returncode == 0
        assert out == ""  # the one announcement line was all
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()


def test_a_port_in_use_fails_with_status_1() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert cli.run(parse("--port", str(port), "--scenario", "night")) == 1
