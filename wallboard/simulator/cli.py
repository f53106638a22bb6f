"""Command line of the simulator (``wallboard simulate``).

The caller adds the options with :func:`add_arguments` to its own parser and
calls :func:`run` with the parsed namespace; :func:`run` serves until Ctrl-C
(or SIGTERM) and returns the exit status.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import signal
import ssl
from datetime import datetime
from zoneinfo import ZoneInfo

from wallboard.simulator.scenarios import SCENARIOS
from wallboard.simulator.server import SimulatorServer

logger = logging.getLogger(__name__)

TOKEN_ENV = "WALLBOARD_SIM_TOKEN"
DEFAULT_PORT = 8765


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the simulator's options to ``parser``."""
    parser.add_argument("--host", default="127.0.0.1",
                        help="interface to listen on (default: %(default)s)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT,
                        help="port to listen on, 0 for any free port (default: %(default)s)")
    parser.add_argument("--scenario", choices=sorted(SCENARIOS), default="national",
                        help="which centre to simulate (default: %(default)s)")
    parser.add_argument("--speed", type=_positive_float, default=1.0,
                        help="simulated seconds per real second (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=1,
                        help="random seed: a seed always gives the same feed "
                             "(default: %(default)s)")
    parser.add_argument("--token", default=None,
                        help=f"bearer token clients must send (default: ${TOKEN_ENV}, else none)")
    parser.add_argument("--start", default=None, metavar="ISO-8601",
                        help="simulated start time, e.g. 2026-11-23T23:55:00+03:00; without an "
                             "offset it is the site's local time (default: now)")
    parser.add_argument("--certfile", default=None, help="TLS certificate (PEM): serve wss://")
    parser.add_argument("--keyfile", default=None, help="TLS private key (PEM) for --certfile")


def run(args: argparse.Namespace) -> int:
    """Serve the simulator until interrupted; 0 on a clean stop, 2 on bad options, 1 on failure."""
    try:
        server = _server_from(args)
    except (ValueError, OSError, ssl.SSLError) as error:
        logger.error("cannot start the simulator: %s", error)
        return 2
    try:
        asyncio.run(_serve(server))
    except KeyboardInterrupt:
        pass
    except OSError as error:
        logger.error("cannot serve on %s:%s: %s", args.host, args.port, error)
        return 1
    logger.info("simulator stopped")
    return 0


def parse_start(text: str, timezone: str) -> int:
    """Epoch ms of an ISO-8601 time; one without an offset is local time at the site."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(timezone))
    return int(moment.timestamp() * 1000)


def _server_from(args: argparse.Namespace) -> SimulatorServer:
    scenario = SCENARIOS[args.scenario]
    token = args.token if args.token is not None else os.environ.get(TOKEN_ENV) or None
    start_ms = parse_start(args.start, scenario.timezone) if args.start else None
    context = None
    if args.certfile:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.certfile, args.keyfile)
    elif args.keyfile:
        raise ValueError("--keyfile needs --certfile")
    return SimulatorServer(
        scenario=scenario, seed=args.seed, speed=args.speed, token=token, host=args.host,
        port=args.port, start_ms=start_ms, ssl_context=context,
    )


async def _serve(server: SimulatorServer) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    with contextlib.suppress(NotImplementedError):  # no signal handlers on Windows
        loop.add_signal_handler(signal.SIGTERM, stop.set)
    await server.start()
    try:
        logger.info("scenario %s (%s), seed %d, speed %g, authentication %s",
                    server.scenario.name, server.scenario.description, server.seed,
                    server.speed, "on" if server.requires_token else "off")
        print(f"Simulator ({server.scenario.name}) serving at {server.url}", flush=True)
        await stop.wait()
    finally:
        await server.stop()


def _positive_float(text: str) -> float:
    value = float(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be positive")
    return value
