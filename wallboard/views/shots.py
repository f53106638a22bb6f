"""``python -m wallboard.views.shots``: every page, dark and light, from one frozen moment.

The built-in simulated centre is run in this process, event by event, from a
pinned start for a pinned length of simulated time, with no clock of its own
and no socket; the wall is then drawn from that one view at each size, in
each theme, on each page. So the pictures in the docs agree with each other
and come out the same every time. The same weekday last week and yesterday,
which the wall reads from its interval store, come from the simulated
centre's own whole days, as the store would have kept them.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import msgspec

from wallboard.alerts.desk import AlertDesk
from wallboard.config.schema import Agents, Config
from wallboard.engine import Engine
from wallboard.feed import FeedHealth, FeedState
from wallboard.history.store import DaySeries
from wallboard.present.history import History
from wallboard.present.wall import DepartmentRanking, WallView, wall_view
from wallboard.protocol import decode
from wallboard.simulator.cli import parse_start
from wallboard.simulator.model import CentreModel
from wallboard.simulator.scenarios import SCENARIOS

log = logging.getLogger(__name__)

#: A Tuesday mid-morning: busy, with every channel and language at work.
START = "2026-11-24T10:30"
#: Simulated minutes run before the picture: enough for the lines and the staffing rates.
MINUTES = 45
SIZES = ("1920x1080", "3840x2160")
THEMES = ("dark", "light")
LIVE = FeedHealth(FeedState.LIVE, 1, 1, 0, 0, 0, 0, 0, 0.5, False, None)


def frozen_view(scenario: str = "national", start: str = START, minutes: int = MINUTES,
                seed: int = 1) -> WallView:
    """The wall's view after ``minutes`` of the simulated centre from ``start``."""
    start_ms = parse_start(start, SCENARIOS[scenario].timezone)
    centre = CentreModel(scenario, seed, start_ms)
    engine = Engine(**Agents().engine_options())  # the built-in limits, as the wall has them
    seq = 0

    def feed(message: dict[str, Any]) -> None:
        nonlocal seq
        seq += 1
        engine.apply(decode(msgspec.json.encode({**message, "seq": seq})))  # type: ignore[arg-type]

    feed(centre.snapshot())
    today = engine.figures(start_ms)
    assert today is not None
    last_week = whole_day(scenario, today.business_day - timedelta(days=7), seed)
    yesterday = whole_day(scenario, today.business_day - timedelta(days=1), seed)
    history = History(every_s=60)
    desk = AlertDesk(Config(), alert_log=None, now_ms=start_ms, user="docs")
    ranking = DepartmentRanking()
    now = start_ms
    view = None
    for second in range(10, minutes * 60 + 1, 10):  # a refresh every ten simulated seconds
        now = start_ms + second * 1000
        for message in centre.advance(now):
            feed(message)
        figures = engine.figures(now)
        if figures is None:
            continue
        history.record(figures)
        desk.evaluate(figures, LIVE, now)
        view = wall_view(figures, LIVE, now_ms=now, url="demo", history=history,
                         targets=desk.targets, alerts=desk.active(), ranking=ranking,
                         last_week=last_week, yesterday=yesterday)
    assert view is not None, "the simulated centre sent no snapshot"
    return view


def whole_day(scenario: str, day: date, seed: int) -> DaySeries | None:
    """``day`` of the simulated centre, whole, as the interval store gives it to the trends."""
    end_ms = parse_start(f"{day.isoformat()}T23:59", SCENARIOS[scenario].timezone)
    engine = Engine()
    # A seed of the day's own: the simulated centre's days differ as real ones do.
    centre = CentreModel(scenario, seed + day.toordinal(), end_ms)
    engine.apply(decode(msgspec.json.encode({**centre.snapshot(), "seq": 1})))  # type: ignore[arg-type]
    figures = engine.figures(end_ms)
    if figures is None:
        return None
    return DaySeries(figures.business_day, tuple(i.offered for i in figures.intervals),
                     tuple(i.service_level_pct for i in figures.intervals),
                     figures.site.counters.offered, figures.site.service_level_pct)


def render(view: WallView, out: Path, sizes: tuple[str, ...] = SIZES,
           themes: tuple[str, ...] = THEMES, pages: tuple[str, ...] = ()) -> list[Path]:
    """Every page of ``view`` at each size, in each theme, as PAGE-THEME-SIZE.png in ``out``."""
    from PySide6.QtWidgets import QApplication

    from wallboard.views.window import PAGE_KEYS, WallWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for theme in themes:
        for size in sizes:
            width, height = (int(v) for v in size.split("x"))
            window = WallWindow(theme=theme, rotate_s=0)
            window.setFixedSize(width, height)
            window.show()
            for page in pages or PAGE_KEYS:
                window.show_page(page)
                window.show_view(view)
                app.processEvents()
                window.show_view(view)  # once more, laid out at its size
                app.processEvents()
                path = out / f"{page}-{theme}-{size}.png"
                if not window.grab().save(str(path), "PNG"):
                    raise OSError(f"could not write {path}")
                written.append(path)
            window.close()
            window.deleteLater()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m wallboard.views.shots",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--scenario", default="national", choices=sorted(SCENARIOS))
    parser.add_argument("--start", default=START, help="simulated start, site's local time")
    parser.add_argument("--minutes", type=int, default=MINUTES)
    parser.add_argument("--size", action="append", help="WIDTHxHEIGHT (repeatable)")
    parser.add_argument("--theme", action="append", choices=THEMES)
    parser.add_argument("--page", action="append", help="only this page (repeatable)")
    parser.add_argument("--language", help="the wall's language, e.g. ar (default: en)")
    args = parser.parse_args(argv)
    # As the wall starts: its own fonts, and its language before the view, in
    # whose style the core writes the figures.
    from PySide6.QtWidgets import QApplication

    from wallboard.views.i18n import install_language, load_fonts

    app = QApplication.instance() or QApplication(sys.argv[:1])
    load_fonts()
    install_language(app, args.language or "en")  # type: ignore[arg-type]
    view = frozen_view(args.scenario, args.start, args.minutes)
    for path in render(view, args.out, tuple(args.size or SIZES), tuple(args.theme or THEMES),
                       tuple(args.page or ())):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
