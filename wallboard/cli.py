"""The ``wallboard`` command.

``wallboard probe``, ``simulate``, ``login`` and ``logout`` run without a
display; the wall itself is started by ``wallboard`` (``--demo`` for the
built-in simulated centre).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sqlite3
import sys
from collections.abc import Sequence
from datetime import date

import msgspec

from wallboard import __version__
from wallboard.clock import SYSTEM_CLOCK
from wallboard.engine import SlRule
from wallboard.phrases import QT_TRANSLATE_NOOP, Phrase, reason_of, say
from wallboard.staffing.live import StaffingOptions

log = logging.getLogger("wallboard")


def _add_probe(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("probe", help="follow a feed for N seconds and print its figures as JSON")
    p.add_argument("--url", required=True, help="feed URL, ws:// or wss://")
    p.add_argument("--seconds", type=float, default=5.0, help="how long to follow the feed")
    p.add_argument("--json", action="store_true", help="print one JSON object (the only format)")
    p.add_argument("--ca-file", help="CA bundle to verify a wss:// server with")
    p.add_argument("--stale-after", type=float, default=15.0, metavar="SECONDS",
                   help="silence after which the feed counts as stale (default 15)")
    p.add_argument("--sl-rule", choices=[r.value for r in SlRule],
                   help="service-level rule for the figures (default: the configuration's, "
                        "else default)")
    p.add_argument("--config", metavar="FILE|URL",
                   help="the configuration file whose service-level rule applies")


def _run_probe(args: argparse.Namespace, started: float) -> int:
    from wallboard.probe import probe

    token = _token_for(args.url)
    sl_rule, staffing = _probe_settings(args)
    result = asyncio.run(
        probe(args.url, args.seconds, token=token, sl_rule=sl_rule, staffing=staffing,
              stale_after_s=args.stale_after, ca_file=args.ca_file, started=started)
    )
    if result.document is not None:
        sys.stdout.buffer.write(msgspec.json.encode(result.document) + b"\n")
        sys.stdout.flush()
    if result.failure:
        print(f"wallboard probe: {say(result.failure)}", file=sys.stderr)
        return 1
    return 0


def _sl_rule(args: argparse.Namespace) -> SlRule:
    return _probe_settings(args)[0]


def _probe_settings(args: argparse.Namespace) -> tuple[SlRule, StaffingOptions]:
    """``--sl-rule``, else the configuration's (protocol: "unless the configuration chooses");
    and the configuration's staffing model."""
    from wallboard.config.store import ConfigStore

    store = ConfigStore.for_argument(args.config)
    store.load()
    store.stop()
    rule = SlRule(args.sl_rule) if args.sl_rule else store.config.connection.sl_rule
    return rule, store.config.staffing.options()


def _token_for(url: str) -> str | None:
    """WALLBOARD_TOKEN, else the keyring; a missing keyring is not fatal here."""
    from wallboard import credentials

    credentials.use_recommended_backend()
    try:
        return credentials.token_for(url)
    except credentials.KeyringUnavailable as error:
        log.info("no token from the keyring: %s", error)
        return None


def _add_simulate(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from wallboard.simulator import cli as simulator_cli

    p = sub.add_parser("simulate", help="serve the built-in simulated contact centre")
    simulator_cli.add_arguments(p)


def _add_credentials(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("login", help="store the feed's token in the OS keyring")
    p.add_argument("--url", required=True)
    p = sub.add_parser("logout", help="remove the feed's token from the OS keyring")
    p.add_argument("--url", required=True)


def _add_report(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("report", help="a day's report from the interval store, CSV or PDF")
    p.add_argument("--day", required=True, metavar="YYYY-MM-DD", type=date.fromisoformat,
                   help="the business day (the site's local date)")
    p.add_argument("--scope", default="queues",
                   choices=("site", "departments", "queues", "channels", "languages"),
                   help="one row per interval and ... (CSV; default queues)")
    p.add_argument("--format", default="csv", choices=("csv", "pdf"))
    p.add_argument("--out", required=True, metavar="FILE", help="the report to write")
    p.add_argument("--store", metavar="FILE",
                   help="the interval store (default: as configured)")
    p.add_argument("--demo", action="store_true",
                   help="the store of the built-in simulated centre")
    p.add_argument("--config", metavar="FILE|URL", default=argparse.SUPPRESS,
                   help="the configuration that says where the store is")


def _run_report(args: argparse.Namespace) -> int:
    from pathlib import Path

    from wallboard.history.report import NoData, csv_report

    if args.store:
        store = Path(args.store)
    else:
        from wallboard.config.store import ConfigStore
        from wallboard.history.store import configured_path

        config_store = ConfigStore.for_argument(getattr(args, "config", None))
        config_store.load()
        config_store.stop()
        store = configured_path(config_store.config, demo=args.demo)
    out = Path(args.out)
    try:
        if args.format == "pdf":
            import os

            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window: a file
            from PySide6.QtGui import QGuiApplication

            from wallboard.views.report_pdf import write_pdf

            app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
            pages = write_pdf(store, args.day, out)
            print(say(Phrase(QT_TRANSLATE_NOOP("Command", "%1: %2 pages"), str(out), str(pages))))
            return 0
        rows = csv_report(store, args.day, out, args.scope)
    except NoData as nothing:
        print(f"wallboard report: {say(reason_of(nothing))}", file=sys.stderr)
        return 1
    except (OSError, sqlite3.Error) as error:
        print(f"wallboard report: {error}", file=sys.stderr)
        return 1
    print(say(Phrase(QT_TRANSLATE_NOOP("Command", "%1: %2 rows"), str(out), str(rows))))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wallboard", description="Supervisor wallboard for citizen contact centres."
    )
    parser.add_argument("--version", action="version", version=f"wallboard {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output")
    from wallboard.views.app import add_screenshot_arguments, add_wall_arguments

    add_wall_arguments(parser)
    from wallboard.unattended import add_unattended_arguments

    add_unattended_arguments(parser)
    sub = parser.add_subparsers(dest="command")
    _add_probe(sub)
    _add_simulate(sub)
    _add_credentials(sub)
    from wallboard.staffing import cli as staffing_cli

    staffing_cli.add_arguments(sub)
    from wallboard.config import cli as config_cli

    config_cli.add_arguments(sub)
    shot = sub.add_parser("screenshot", help="render the wall offscreen to a PNG file")
    add_screenshot_arguments(shot)
    settings = sub.add_parser("settings", help="edit the configuration and the feed's token "
                                               "in a dialog")
    settings.add_argument("--config", metavar="FILE", default=argparse.SUPPRESS,
                          help="the file to edit (default: where `config --path` says)")
    settings.add_argument("--language", metavar="CODE", default=argparse.SUPPRESS,
                          help="the dialog's language (default: the file's, else the system's)")
    _add_report(sub)
    from wallboard import autostart

    autostart.add_arguments(sub.add_parser(
        "autostart", help="start the wall in kiosk mode at login (or not)"))
    return parser


def _wall_args_problem(wall_args: list[str]) -> str | None:
    """Why ``wall_args`` would not start the wall, or ``None`` (for ``autostart --enable``)."""
    try:
        args = build_parser().parse_args(wall_args)  # prints its own complaint
    except SystemExit:
        return f"not valid wall options: {' '.join(wall_args)}"
    return None if args.command is None else f"{args.command!r} is not an option of the wall"


#: The commands that talk to a supervisor without Qt: they speak the wall's language
#: (--language, the configuration's, the system's), read from its .qm files.
SPOKEN = ("login", "logout", "probe", "report", "config", "alerts")


def main(argv: Sequence[str] | None = None) -> int:
    started = SYSTEM_CLOCK.monotonic()  # the probe's N seconds count from here
    from wallboard import logfile, unattended

    logfile.ensure_std_streams()  # a windowed Windows program has none
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    # The probe is for scripts: its stderr is the one-line reason, unless -v asks for the log.
    quiet = (args.command in ("probe", "config", "alerts", "report", "staffing")
             and not args.verbose)
    level = logging.CRITICAL if quiet else logging.WARNING - 10 * args.verbose
    log_file, rotating = unattended.log_target(args)
    logfile.configure(max(level, logging.DEBUG), log_file=log_file, rotating=rotating)
    if args.command in SPOKEN:
        from wallboard import language

        language.speak(language.chosen(getattr(args, "language", None),
                                       getattr(args, "config", None) or None))
    if args.self_test:
        from wallboard.selftest import run_self_test

        report = run_self_test(args)
        print(report.line())
        log.info("%s", report.line())  # with --log-file, for a program without a console
        return 0 if report.ok else 1
    if args.command == "autostart":
        from wallboard import autostart

        return autostart.run(args, check_wall_args=_wall_args_problem)
    if args.command == "probe":
        return _run_probe(args, started)
    if args.command == "staffing":
        from wallboard.staffing import cli as staffing_cli

        return staffing_cli.run(args)
    if args.command == "simulate":
        from wallboard.simulator import cli as simulator_cli

        return simulator_cli.run(args)
    if args.command in ("config", "alerts"):
        from wallboard.config import cli as config_cli

        return config_cli.run_config(args) if args.command == "config" else \
            config_cli.run_alerts(args)
    if args.command in ("login", "logout"):
        from wallboard import credentials, login

        credentials.use_recommended_backend()
        return login.login(args.url) if args.command == "login" else login.logout(args.url)
    if args.command == "report":
        return _run_report(args)
    if args.command == "screenshot":
        from wallboard.views.app import run_screenshot

        return run_screenshot(args)
    if args.command == "settings":
        from wallboard.views.settings import run_settings

        return run_settings(args)
    if unattended.supervised_run(args):
        from wallboard.supervisor import supervise

        return supervise(argv)
    from wallboard.views.app import run_wall

    return run_wall(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
