"""Options for a wall that runs on its own: kiosk mode, the log file, restarts, the self-test.

The command line declares them here; :mod:`wallboard.cli` asks
:func:`log_target` where the log goes and :func:`supervised_run` whether the
wall runs under a :class:`~wallboard.supervisor.Supervisor`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from wallboard import supervisor
from wallboard.feed.backoff import CAP_S
from wallboard.logfile import default_log_file


def add_unattended_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--kiosk", action="store_true",
        help="unattended wall: full screen on --screen, cursor always hidden, no dialogs, "
             "the feed retried forever (an authentication failure too, at the backoff cap)")
    parser.add_argument(
        "--log-file", type=Path, metavar="FILE",
        help=f"write the log here (the wall's default: {default_log_file()}, 5 files of 2 MB)")
    parser.add_argument(
        "--no-restart", action="store_true",
        help="run the wall in this process, without starting it again after a crash")
    parser.add_argument(
        "--self-test", action="store_true",
        help="start offscreen on the built-in simulator, render the wall, check the resources "
             "and the keyring, print a one-line report and exit (0: all well)")


def is_wall(args: argparse.Namespace) -> bool:
    """Whether ``args`` start the wall itself (not a sub-command, not the self-test)."""
    return getattr(args, "command", None) is None and not getattr(args, "self_test", False)


def log_target(args: argparse.Namespace) -> tuple[Path | None, bool]:
    """The log file for this process, if any, and whether this process rotates it.

    ``--log-file`` wins; the wall logs to :func:`~wallboard.logfile.default_log_file`
    without it; other commands log to standard error only. A supervisor
    appends to the file without rotating it: its wall does the rotating.
    """
    path: Path | None = getattr(args, "log_file", None)
    if path is None and is_wall(args):
        path = default_log_file()
    return path, not supervised_run(args)


def supervised_run(args: argparse.Namespace) -> bool:
    """Whether this process should supervise the wall rather than be it."""
    return (is_wall(args) and not getattr(args, "no_restart", False)
            and not supervisor.is_supervised())


def kiosk_auth_retry_s(args: argparse.Namespace) -> float | None:
    """How often a kiosk tries a refused token again: at the reconnection backoff's cap.

    Elsewhere ``None``: a person is there to store a new token or press R.
    """
    return CAP_S if getattr(args, "kiosk", False) else None
