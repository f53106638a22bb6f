"""Starting the wall, and rendering it to a picture.

``wallboard --demo`` runs the built-in simulator on a free loopback port and
shows the wall connected to it; ``wallboard --url URL`` follows a real feed;
``wallboard screenshot`` renders the wall offscreen after N seconds of feed.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

from wallboard.feed import FeedOptions, FeedThread

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from wallboard.views.bridge import WallBridge
    from wallboard.views.window import WallWindow

log = logging.getLogger(__name__)

RTL_LANGUAGES = ("ar", "fa", "he", "ur")


def add_wall_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--url", help="feed URL, ws:// or wss://")
    parser.add_argument("--demo", action="store_true",
                        help="show the wall on the built-in simulated centre")
    parser.add_argument("--scenario", default="national",
                        help="simulator scenario for --demo (national, municipal, surge, night)")
    parser.add_argument("--speed", type=float, default=1.0, help="simulator speed for --demo")
    parser.add_argument("--theme", choices=("dark", "light"), default="dark")
    parser.add_argument("--page", action="append", dest="pages", metavar="NAME",
                        help="show only these pages (repeat); overview, departments, channels, "
                             "agents, trends")
    parser.add_argument("--rotate", type=float, default=20.0, metavar="SECONDS",
                        help="seconds per page; 0 keeps one page (default 20)")
    parser.add_argument("--screen", help="show on the screen with this name")
    parser.add_argument("--windowed", action="store_true", help="a window, not full screen")
    parser.add_argument("--language", help="user-interface language, e.g. ar (mirrors the wall)")
    parser.add_argument("--stale-after", type=float, default=15.0, metavar="SECONDS")
    parser.add_argument("--ca-file", help="CA bundle to verify a wss:// server with")
    parser.add_argument("--refresh-hz", type=float, default=4.0, help="screen refreshes a second")


@contextlib.contextmanager
def feed_source(args: argparse.Namespace) -> Iterator[tuple[str | None, FeedThread | None]]:
    """The feed to follow: the built-in simulator for --demo, else --url, else none."""
    if getattr(args, "demo", False):
        from wallboard.simulator.server import running_in_thread

        with running_in_thread(scenario=args.scenario, speed=args.speed) as server:
            log.info("demo: simulated centre %r at %s", args.scenario, server.url)
            yield server.url, _feed(server.url, args, token=None)
        return
    if args.url:
        from wallboard import credentials

        credentials.use_recommended_backend()

        def token() -> str | None:
            try:
                return credentials.token_for(args.url)
            except credentials.KeyringUnavailable as error:
                log.warning("%s", error)
                return None

        yield args.url, _feed(args.url, args, token=token)
        return
    yield None, None


def _feed(url: str, args: argparse.Namespace, token: object) -> FeedThread:
    options = FeedOptions(url, stale_after_s=args.stale_after, ca_file=args.ca_file)
    return FeedThread(options, token=token if callable(token) else (lambda: None))


def _application(args: argparse.Namespace) -> QApplication:
    from PySide6.QtCore import QLocale, Qt, QTranslator
    from PySide6.QtWidgets import QApplication

    from wallboard.resources import resource_path

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Wallboard")
    app.setOrganizationName("Wallboard")
    language = args.language or QLocale.system().name().split("_")[0]
    translator = QTranslator(app)
    if translator.load(str(resource_path("translations", f"wallboard_{language}.qm"))):
        app.installTranslator(translator)
    if language in RTL_LANGUAGES:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    return app


def _window(args: argparse.Namespace) -> WallWindow:
    from wallboard.views.window import PAGE_KEYS, WallWindow

    pages = tuple(args.pages) if args.pages else PAGE_KEYS
    return WallWindow(theme=args.theme, pages=pages, rotate_s=args.rotate)


@contextlib.contextmanager
def following(args: argparse.Namespace, window: WallWindow) -> Iterator[WallBridge]:
    """The window fed by the feed of ``args`` for the body of the block, then stopped."""
    from wallboard.views.bridge import WallBridge

    with feed_source(args) as (url, feed):
        bridge = WallBridge(feed, url=url, refresh_hz=args.refresh_hz)
        bridge.refreshed.connect(window.show_view)
        if feed is not None:
            feed.start()
        bridge.start()
        try:
            yield bridge
        finally:
            bridge.stop()
            if feed is not None:
                feed.stop()


def run_wall(args: argparse.Namespace) -> int:
    """Show the wall until the window is closed."""
    try:
        app = _application(args)
        window = _window(args)
    except ValueError as error:
        print(f"wallboard: {error}", file=sys.stderr)
        return 2
    from PySide6.QtGui import QKeySequence, QShortcut

    from wallboard.views.display import DisplayAwake, IdleCursor, ScreenPlacement

    with following(args, window) as bridge:
        # The placement binds F11 and Esc itself (a second binding would cancel
        # both) and logs its messages; the ticker shows them on the wall too.
        placement = ScreenPlacement(window, args.screen, fullscreen=not args.windowed)
        placement.message.connect(window.ticker.show_message)
        placement.apply()
        feed = bridge.feed
        if feed is not None:
            QShortcut(QKeySequence("R"), window, feed.retry)
        cursor = IdleCursor(parent=window)
        cursor.start()
        with DisplayAwake():
            try:
                return int(app.exec())
            finally:
                cursor.stop()


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
    args.rotate = 0
    try:
        app = _application(args)
        window = _window(args)
    except ValueError as error:
        print(f"wallboard screenshot: {error}", file=sys.stderr)
        return 2
    from PySide6.QtCore import QEventLoop, QTimer

    window.setFixedSize(width, height)
    window.show()
    with following(args, window) as bridge:
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
