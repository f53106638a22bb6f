"""``wallboard --self-test``: does this installation work? One line says.

It starts offscreen, runs the built-in simulator, follows it until the feed
is live, renders every page of the wall at 1920x1080, checks that the themes,
the icon and the ``.ui`` forms are where :mod:`wallboard.resources` looks for
them (and that the forms load), and that the keyring can be asked. It is
meant for the frozen application (CI runs it after every build, an installer
can run it on the wall's PC), and works the same from source.

What counts as a failure, and what only as a warning:

- A missing resource, a feed that does not go live, a page that does not
  render: failures; the wall would not work.
- The keyring: the platform's keyring backend missing from the build is a
  failure (a packaging fault: tokens could never be kept). A keyring that is
  there but cannot be used now (no Secret Service on this session, a locked
  keyring) is a warning: a wall can still run, with ``WALLBOARD_TOKEN`` or a
  feed without authentication, and a build machine rarely has a keyring.

The times it reports are measured in this process: from the process's start
(where the system says when that was, as Linux does) to the first frame
rendered with live figures; how much of that went on starting the built-in
simulator (a real wall's feed server runs elsewhere); and from the feed's
start to live figures.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from pathlib import Path

from wallboard.clock import SYSTEM_CLOCK

log = logging.getLogger(__name__)

FRAME_SIZE = (1920, 1080)
#: Seconds the feed has to go live before the self-test gives up.
LIVE_TIMEOUT_S = 30.0
#: The keyring backend each platform's build must contain (keyring's entry-point names).
PLATFORM_BACKENDS = {"linux": "SecretService", "win32": "Windows", "darwin": "macOS"}
#: A feed URL no token is ever stored for: reading it exercises the keyring harmlessly.
PROBE_URL = "ws://127.0.0.1:9/wallboard-self-test"
REQUIRED_RESOURCES = (
    ("ui", "themes", "dark.qss"),
    ("ui", "themes", "light.qss"),
    ("resources", "icons", "wallboard.png"),
)


@dataclass
class Report:
    """What the self-test found; :meth:`line` is what it prints."""

    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def line(self) -> str:
        head = "ok" if self.ok else "FAILED: " + "; ".join(self.problems)
        text = f"wallboard self-test: {head}"
        if self.facts:
            text += " — " + ", ".join(self.facts)
        if self.warnings:
            text += "; warning: " + "; ".join(self.warnings)
        return text


def run_self_test(args: argparse.Namespace) -> Report:
    """Run every check with the wall options in ``args`` (theme, language, refresh rate)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    report = Report()
    try:  # first, so that its times are those of a cold start
        _render_wall(args, report)
    except Exception as error:  # any failure to start the wall is the finding itself
        log.exception("self-test: the wall did not start")
        report.problems.append(f"the wall did not start: {type(error).__name__}: {error}")
    missing = missing_resources()
    if missing:
        report.problems.append("resources missing: " + ", ".join(missing))
    else:
        report.facts.append("resources ok")
    check_keyring(report)
    rss = resident_mb()
    if rss is not None:
        report.facts.append(f"RSS {rss:.0f} MB")
    return report


def missing_resources(root: Path | None = None) -> list[str]:
    """The required resource files not found under ``root`` (default: where the app looks)."""
    from wallboard.resources import root as resources_root

    base = root if root is not None else resources_root()
    return ["/".join(parts) for parts in REQUIRED_RESOURCES if not base.joinpath(*parts).is_file()]


def check_keyring(report: Report, platform: str = sys.platform) -> None:
    """The keyring's platform backend is in the build, and whether it can be used now."""
    from wallboard import credentials

    names = {ep.name for ep in entry_points(group="keyring.backends")}
    wanted = PLATFORM_BACKENDS.get("linux" if platform.startswith("linux") else platform)
    if wanted is not None and wanted not in names:
        report.problems.append(
            f"the keyring's {wanted} backend is missing (backends found: "
            f"{', '.join(sorted(names)) or 'none'})")
        return
    credentials.use_recommended_backend()
    import keyring

    backend = keyring.get_keyring()
    label = type(backend).__module__.rsplit(".", 1)[-1]
    try:
        credentials.token_for(PROBE_URL, environ={})
    except credentials.KeyringUnavailable as error:
        # The message's first sentence says why; the rest is advice for 'wallboard login'.
        reason = str(error).split(". ", 1)[0].removeprefix("Cannot keep feed tokens: ")
        report.facts.append("keyring none usable")
        report.warnings.append(f"no usable keyring ({reason}): 'wallboard login' cannot keep "
                               f"a token here; {credentials.TOKEN_ENV} can give one")
        return
    report.facts.append(f"keyring {label}")


def _render_wall(args: argparse.Namespace, report: Report) -> None:
    """Follow the built-in simulator until live, then render every page; record what happened."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QImage

    from wallboard.config.schema import Config
    from wallboard.resources import resource_path
    from wallboard.views.app import _application, _window, following, resolved

    # The installation, not this site's configuration: the built-in defaults.
    args = resolved(args, Config())
    args.demo, args.url, args.rotate = True, None, 0
    app = _application(args)
    from wallboard.views.i18n import language_problems

    problems, fact = language_problems()
    report.problems.extend(problems)
    if not problems:
        report.facts.append(fact)
    if QImage(str(resource_path("icons", "wallboard.png"))).isNull():
        report.problems.append("the icon cannot be read")
    report.problems.extend(_unloadable_forms())
    window = _window(args)
    window.setFixedSize(*FRAME_SIZE)
    window.show()
    clock = SYSTEM_CLOCK
    entered = clock.monotonic()
    with following(args, window) as bridge:
        feed = bridge.feed
        assert feed is not None, "--demo always has a feed"
        started = clock.monotonic()
        simulator_s = started - entered  # building the simulated centre: no real wall does
        deadline = started + LIVE_TIMEOUT_S
        loop = QEventLoop()

        def check() -> None:
            figures, health = feed.figures()
            if (figures is not None and health.figures_are_live) or clock.monotonic() > deadline:
                loop.quit()

        poll = QTimer()
        poll.setInterval(10)
        poll.timeout.connect(check)
        poll.start()
        loop.exec()
        poll.stop()
        view = bridge.refresh()
        app.processEvents()
        if view.stale or view.empty is not None:
            _, health = feed.figures()
            report.problems.append(
                f"the feed was not live within {LIVE_TIMEOUT_S:g} s "
                f"({health.state}: {health.last_error or 'no data'})")
            return
        first = _rendered(window.grab().toImage())
        live_s = clock.monotonic() - started
        age = process_age_s()
        detail = f"{simulator_s:.2f} s of it starting the simulator, feed live in {live_s:.2f} s"
        if age is not None:
            report.facts.append(f"first live frame {age:.2f} s after start ({detail})")
        else:
            report.facts.append(f"first live frame ({detail})")
        blank = [] if first else [window.pages[0].key]
        for index, page in enumerate(window.pages[1:], start=1):
            window.show_page(index)
            app.processEvents()
            if not _rendered(window.grab().toImage()):
                blank.append(page.key)
        if blank:
            report.problems.append("pages rendered blank: " + ", ".join(blank))
        else:
            report.facts.append(f"{len(window.pages)} pages rendered at "
                                f"{FRAME_SIZE[0]}x{FRAME_SIZE[1]}")
    window.close()


def _unloadable_forms() -> list[str]:
    """Every ``.ui`` form in ``ui/`` loads with QUiLoader; a problem for each that does not."""
    from PySide6.QtCore import QFile, QIODevice
    from PySide6.QtUiTools import QUiLoader

    from wallboard.resources import ui_path

    problems = []
    for form in sorted(ui_path().rglob("*.ui")):
        file = QFile(str(form))
        if not file.open(QIODevice.OpenModeFlag.ReadOnly):
            problems.append(f"the form {form.name} cannot be read")
            continue
        loader = QUiLoader()
        widget = loader.load(file)
        file.close()
        if widget is None:
            problems.append(f"the form {form.name} does not load: {loader.errorString()}")
        else:
            widget.deleteLater()
    return problems


def _rendered(image: object) -> bool:
    """A grab of the right size with something drawn on it (more than three colours)."""
    from PySide6.QtGui import QImage

    assert isinstance(image, QImage)
    if (image.width(), image.height()) != FRAME_SIZE:
        return False
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37)
               for y in range(0, image.height(), 23)}
    return len(colours) > 3


def process_age_s() -> float | None:
    """Seconds since this process started, where the system says (Linux); else ``None``."""
    try:
        stat = Path("/proc/self/stat").read_text()
        uptime = float(Path("/proc/uptime").read_text().split()[0])
    except (OSError, ValueError):
        return None
    # Field 22, starttime in clock ticks after boot; the command (field 2) may hold spaces.
    fields = stat[stat.rindex(")") + 2:].split()
    return max(0.0, uptime - int(fields[19]) / os.sysconf("SC_CLK_TCK"))


def resident_mb() -> float | None:
    """This process's resident memory in MB, where the system says (Linux); else ``None``."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        return None
    return None
