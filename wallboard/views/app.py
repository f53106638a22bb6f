"""Starting the wall, and rendering it to a picture.

``wallboard --demo`` runs the built-in simulator on a free loopback port and
shows the wall connected to it; ``wallboard --url URL`` follows a real feed;
``wallboard screenshot`` renders the wall offscreen after N seconds of feed.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import logging
import os
import sys
from collections.abc import Iterator
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from wallboard.config.schema import Agents, Config
from wallboard.config.store import ConfigStore, default_path
from wallboard.engine import Engine, SlRule
from wallboard.feed import FeedOptions, FeedThread
from wallboard.history.store import configured_path, stored_rows
from wallboard.unattended import kiosk_auth_retry_s

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from wallboard.history.writer import StoreWriter
    from wallboard.views.bridge import WallBridge
    from wallboard.views.window import WallWindow

log = logging.getLogger(__name__)

def add_wall_arguments(parser: argparse.ArgumentParser) -> None:
    # Options left out take their value from the configuration file (None here).
    parser.add_argument("--config", metavar="FILE|URL",
                        help="the configuration file (default: `wallboard config --path`), "
                             "or an https:// URL of a central one")
    parser.add_argument("--url", help="feed URL, ws:// or wss://")
    parser.add_argument("--demo", action="store_true",
                        help="show the wall on the built-in simulated centre")
    parser.add_argument("--scenario", type=_scenario, metavar="NAME",
                        help="simulator scenario for --demo: national (default), municipal, "
                             "surge or night")
    parser.add_argument("--speed", type=float, default=1.0, help="simulator speed for --demo")
    parser.add_argument("--start", type=_iso_time, metavar="ISO-8601",
                        help="simulated start time for --demo, e.g. 2026-11-24T10:30; without "
                             "an offset it is the site's local time (default: now). Figures "
                             "'now' follow the wall clock, so away from now waits look long")
    parser.add_argument("--theme", choices=("dark", "light"))
    parser.add_argument("--page", action="append", dest="pages", metavar="NAME",
                        help="show only these pages (repeat); overview, departments, channels, "
                             "agents, trends")
    parser.add_argument("--rotate", type=float, metavar="SECONDS",
                        help="seconds per page; 0 keeps one page (default 20)")
    parser.add_argument("--screen", help="show on the screen with this name")
    parser.add_argument("--windowed", action="store_true", default=None,
                        help="a window, not full screen")
    parser.add_argument("--language", metavar="CODE",
                        help="user-interface language: en, ar, tr, vi or ro, or with a country "
                             "(ar_OM); ar mirrors the wall (default: the system's)")
    parser.add_argument("--stale-after", type=float, metavar="SECONDS")
    parser.add_argument("--ca-file", help="CA bundle to verify a wss:// server with")
    parser.add_argument("--refresh-hz", type=float, help="screen refreshes a second")


#: Command-line options and the settings they override: (option's dest, section, key).
OVERRIDES = (
    ("url", "connection", "url"), ("ca_file", "connection", "ca_file"),
    ("stale_after", "connection", "stale_after_s"), ("theme", "display", "theme"),
    ("pages", "display", "pages"), ("rotate", "display", "rotate_s"),
    ("screen", "display", "screen"), ("windowed", "display", "windowed"),
    ("language", "display", "language"), ("refresh_hz", "display", "refresh_hz"),
)


def resolved(args: argparse.Namespace, config: Config) -> argparse.Namespace:
    """``args`` with each option left out taken from ``config``: the command line wins."""
    out = argparse.Namespace(**vars(args))
    for dest, section, key in OVERRIDES:
        if getattr(args, dest, None) is None:
            value = getattr(getattr(config, section), key)
            setattr(out, dest, value if value != "" else None)
    out.pages = tuple(out.pages)
    out.sl_rule = config.connection.sl_rule
    out.staffing = config.staffing.options()
    out.agents = config.agents
    return out


def load_config(args: argparse.Namespace) -> ConfigStore:
    store = ConfigStore.for_argument(getattr(args, "config", None))
    store.load()
    return store


def with_config(args: argparse.Namespace, store: ConfigStore) -> argparse.Namespace:
    """The options in force: the command line's, else the file's; the first kept apart."""
    out = resolved(args, store.config)
    out.command_line = args
    return out


#: The simulated centre of --demo without --scenario.
DEFAULT_SCENARIO = "national"


def _scenario(name: str) -> str:
    """``--scenario``: checked here, so that a typo is an option error and not a
    wall that fails at every start; the simulator is imported only when named."""
    from wallboard.simulator.scenarios import SCENARIOS

    if name not in SCENARIOS:
        raise argparse.ArgumentTypeError(
            f"unknown scenario {name!r}; choose from {', '.join(sorted(SCENARIOS))}")
    return name


def _iso_time(text: str) -> str:
    """``--start``: an ISO-8601 time, checked here so that a typo is an option error."""
    try:
        datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not an ISO-8601 time: {text!r} (for example 2026-11-24T10:30)") from None
    return text


@contextlib.contextmanager
def feed_source(args: argparse.Namespace) -> Iterator[tuple[str | None, FeedThread | None]]:
    """The feed to follow: the built-in simulator for --demo, else --url, else none."""
    if getattr(args, "demo", False):
        from wallboard.simulator.cli import parse_start
        from wallboard.simulator.scenarios import SCENARIOS
        from wallboard.simulator.server import running_in_thread

        scenario = getattr(args, "scenario", None) or DEFAULT_SCENARIO
        start = getattr(args, "start", None)
        start_ms = None if start is None else parse_start(start, SCENARIOS[scenario].timezone)
        with running_in_thread(scenario=scenario, speed=args.speed,
                               start_ms=start_ms) as server:
            log.info("demo: simulated centre %r at %s", scenario, server.url)
            yield server.url, _feed(server.url, args, token=None)
        return
    if args.url:
        from wallboard import credentials

        credentials.use_recommended_backend()

        def token() -> str | None:
            # A missing or locked keyring raises KeyringUnavailable: the feed
            # client then connects without a token, logs the message once and
            # shows it on the wall if the server refuses the connection.
            return credentials.token_for(args.url)

        yield args.url, _feed(args.url, args, token=token)
        return
    yield None, None


def _feed(url: str, args: argparse.Namespace, token: object) -> FeedThread:
    options = FeedOptions(url, stale_after_s=args.stale_after, ca_file=args.ca_file,
                          retry_auth_after_s=kiosk_auth_retry_s(args))
    store_path: Path | None = getattr(args, "store_path", None)
    agents: Agents = getattr(args, "agents", None) or Agents()
    engine = Engine(getattr(args, "sl_rule", SlRule.DEFAULT), **agents.engine_options(),
                    stored_day=None if store_path is None else partial(stored_rows, store_path),
                    staffing=getattr(args, "staffing", None))
    return FeedThread(options, engine, token=token if callable(token) else (lambda: None))


def _application(args: argparse.Namespace) -> QApplication:
    from PySide6.QtWidgets import QApplication

    from wallboard.views.i18n import install_language, load_fonts

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Wallboard")
    app.setOrganizationName("Wallboard")
    load_fonts()
    install_language(app, args.language)
    return app


def _window(args: argparse.Namespace) -> WallWindow:
    from wallboard.views.window import PAGE_KEYS, WallWindow

    pages = tuple(args.pages) if args.pages else PAGE_KEYS
    return WallWindow(theme=args.theme, pages=pages, rotate_s=args.rotate)


@contextlib.contextmanager
def following(args: argparse.Namespace, window: WallWindow,
              store: ConfigStore | None = None) -> Iterator[WallBridge]:
    """The window fed by the feed of ``args`` for the body of the block, then stopped.

    With a configuration ``store``, the alert rules run and the file is
    watched: a change applies to the window and, when the connection changed,
    to the feed.
    """
    from wallboard.alerts.desk import AlertDesk, log_path
    from wallboard.alerts.log import AlertLog
    from wallboard.clock import SYSTEM_CLOCK
    from wallboard.views.bridge import WallBridge, chime_for

    config = store.config if store is not None else Config()
    path = log_path(config)
    if getattr(args, "demo", False) and not config.alerts.log_file:
        path = path.with_name("alerts-demo.sqlite3")  # the simulator's alerts stay apart
    alert_log = AlertLog(path) if store is not None else None
    desk = AlertDesk(config, alert_log=alert_log, now_ms=SYSTEM_CLOCK.now_ms())
    history = config.history
    if store is not None and history.enabled:
        args.store_path = configured_path(config, demo=bool(getattr(args, "demo", False)))
    with contextlib.ExitStack() as stack:
        url, feed = stack.enter_context(feed_source(args))
        bridge = WallBridge(feed, url=url, refresh_hz=args.refresh_hz, store=store, desk=desk,
                            chime=chime_for(config))
        bridge.attach(window)
        if getattr(args, "store_path", None) is not None:
            bridge.store_writer = stack.enter_context(_store_writer(args.store_path, config,
                                                                    bridge))
        if store is not None:
            cli_args = getattr(args, "command_line", args)  # what the file cannot override

            def apply(new: Config) -> None:
                now = resolved(cli_args, new)
                window.configure(theme=now.theme, pages=now.pages, rotate_s=now.rotate)
                restart_feed_if_changed(bridge, args, now)

            bridge.configured.connect(apply)
        if feed is not None:
            feed.start()
        bridge.start()
        try:
            yield bridge
        finally:
            bridge.stop()
            if bridge.feed is not None:
                bridge.feed.stop()
            if store is not None:
                store.stop()
            if alert_log is not None:
                alert_log.close()


@contextlib.contextmanager
def _store_writer(path: Path, config: Config, bridge: WallBridge) -> Iterator[StoreWriter]:
    """Writes the interval store once every ``sample_s`` from whichever feed the wall follows."""
    from wallboard.history.store import IntervalStore
    from wallboard.history.writer import Sample, StoreWriter, sample_of

    def source() -> Sample | None:
        feed = bridge.feed
        if feed is None:
            return None
        return feed.read(lambda engine, health, now: sample_of(engine, health.figures_are_live,
                                                                now))

    history, reports = config.history, config.reports
    schedule = None
    if reports.folder:
        from wallboard.history.report import ReportSchedule
        from wallboard.views.report_pdf import write_pdf

        # The PDF is drawn with Qt: its writer is handed in from here, the core stays Qt-free.
        schedule = ReportSchedule(path, Path(reports.folder).expanduser(), reports.daily_at,
                                  reports.formats, reports.scope, writers={"pdf": write_pdf})
    writer = StoreWriter(IntervalStore(path, retention_days=history.retention_days,
                                       max_mb=history.max_mb), source, every_s=history.sample_s,
                         reports=schedule)
    writer.start()
    try:
        yield writer
    finally:
        writer.stop()


def restart_feed_if_changed(bridge: WallBridge, args: argparse.Namespace,
                            now: argparse.Namespace) -> None:
    """A new feed when the configuration changed the connection (not for --demo)."""
    if getattr(args, "demo", False) or bridge.feed is None:
        return
    wanted = (now.url, now.ca_file, now.stale_after, now.sl_rule)
    had = (args.url, args.ca_file, args.stale_after, getattr(args, "sl_rule", None))
    if wanted == had or not now.url:
        return
    log.info("configuration: the connection changed; reconnecting to %s", now.url)
    old = bridge.feed
    args.url, args.ca_file, args.stale_after, args.sl_rule = wanted
    feed = _feed(now.url, args, token=old.token)
    old.stop()
    bridge.feed, bridge.url = feed, now.url
    feed.start()


def _start(args: argparse.Namespace, prog: str, **fixed: object
           ) -> tuple[ConfigStore, argparse.Namespace, QApplication, WallWindow] | None:
    """The configuration, the options in force (``fixed`` on top), the application and
    the window; None, with the reason on stderr, when the options cannot make a wall."""
    store = load_config(args)
    args = with_config(args, store)
    vars(args).update(fixed)
    try:
        return store, args, _application(args), _window(args)
    except ValueError as error:
        print(f"{prog}: {error}", file=sys.stderr)
        store.stop()
        return None


def run_wall(args: argparse.Namespace) -> int:
    """Show the wall until the window is closed."""
    started = _start(args, "wallboard")
    if started is None:
        return 2
    store, args, app, window = started
    from PySide6.QtGui import QKeySequence, QShortcut

    from wallboard.views.display import DisplayAwake, IdleCursor, ScreenPlacement
    from wallboard.views.guard import guarding

    kiosk = bool(getattr(args, "kiosk", False))  # full screen and no cursor, whatever else
    with guarding(app, window), following(args, window, store) as bridge:
        # The placement binds F11 and Esc itself (a second binding would cancel
        # both) and logs its messages; the ticker shows them on the wall too.
        placement = ScreenPlacement(window, args.screen, fullscreen=kiosk or not args.windowed)
        placement.message.connect(window.ticker.show_message)
        placement.apply()
        if bridge.feed is not None:  # the feed may be replaced when its settings change
            QShortcut(QKeySequence("R"), window,
                      lambda: bridge.feed.retry() if bridge.feed is not None else None)
        if not kiosk:  # a kiosk opens no dialog on the wall
            QShortcut(QKeySequence("Ctrl+,"), window,
                      lambda: _open_settings(store.path or default_path(), window))
        cursor = IdleCursor(kiosk=kiosk, parent=window)
        cursor.start()
        with DisplayAwake():
            # What exists now lives as long as the wall: keep it out of the
            # collector's full passes. They hold the interpreter lock, so the UI
            # thread waits for them; frozen, they take a few ms instead of tens.
            gc.freeze()
            try:
                return int(app.exec())
            finally:
                cursor.stop()


def _open_settings(path: Path, window: WallWindow) -> None:
    from wallboard.views.settings import open_settings

    open_settings(path, window)


def add_screenshot_arguments(parser: argparse.ArgumentParser) -> None:
    add_wall_arguments(parser)
    parser.add_argument("--seconds", type=float, default=5.0, help="follow the feed this long")
    parser.add_argument("--size", default="1920x1080", help="WIDTHxHEIGHT in pixels")
    parser.add_argument("--out", required=True, help="PNG file to write")


def run_screenshot(args: argparse.Namespace) -> int:
    """Render the wall offscreen after ``--seconds`` of feed, to ``--out``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        print(f"wallboard screenshot: --size must be WIDTHxHEIGHT, not {args.size!r}",
              file=sys.stderr)
        return 2
    started = _start(args, "wallboard screenshot", rotate=0)
    if started is None:
        return 2
    store, args, app, window = started
    from PySide6.QtCore import QEventLoop, QTimer

    window.setFixedSize(width, height)
    window.show()
    with following(args, window, store) as bridge:
        bridge.history.every_ms = 1000  # a short run still draws its lines
        loop = QEventLoop()
        QTimer.singleShot(round(args.seconds * 1000), loop.quit)
        loop.exec()
        bridge.refresh()
        app.processEvents()
        ok = window.grab().save(args.out, "PNG")
    if not ok:
        print(f"wallboard screenshot: could not write {args.out}", file=sys.stderr)
        return 1
    print(args.out)
    return 0
