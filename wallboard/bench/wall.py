"""``python -m wallboard.bench.wall``: the wall's own figures, offscreen.

* ``refresh``: one refresh (build the view, update the widgets, paint what
  changed) of a 3840x2160 wall for the benchmark site of 1,000 agents, 200
  queues and 20 departments, with a quarter second of events between
  refreshes: median and p99. The staffing model is worked out between
  refreshes once a second, as the wall's feed thread does, and not timed.
* ``live``: the wall following a simulator in another process for a while:
  CPU of the wall's process (its feed thread included), the event rate it
  saw, and the latency from an event's arrival to the painted refresh that
  shows it.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import subprocess
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import psutil
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from wallboard.alerts.desk import AlertDesk
from wallboard.bench.flood import START_MS, build
from wallboard.config.schema import Config
from wallboard.engine import Engine
from wallboard.feed import FeedHealth, FeedOptions, FeedState, FeedThread
from wallboard.present.history import History
from wallboard.present.wall import DepartmentRanking, wall_view
from wallboard.protocol import Decoded, decode
from wallboard.views.bridge import WallBridge
from wallboard.views.window import WallWindow

SIZE = (3840, 2160)


def _percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


PAGES = ("overview", "departments", "channels", "agents", "trends")


def refresh(app: QApplication, refreshes: int = 120, events_per_refresh: int = 250,
            pages: tuple[str, ...] = PAGES) -> None:
    flood = build(events=refreshes * events_per_refresh)
    engine = Engine()
    engine.apply(decode(flood.snapshot))  # type: ignore[arg-type]
    health = FeedHealth(FeedState.LIVE, 1, 1, 0, 0, 0, 0, 0, 0.1, False, None)
    history = History(every_s=1)
    desk = AlertDesk(Config(), alert_log=None, now_ms=START_MS, user="bench")
    results: dict[str, list[float]] = {}
    for page in pages:
        ranking = DepartmentRanking()
        window = WallWindow(pages=(page,), rotate_s=0)
        window.setFixedSize(*SIZE)
        window.show()
        app.processEvents()
        samples: list[float] = []
        frames = iter(flood.frames)
        now = START_MS
        engine.staffing_kept_current = True
        for _ in range(refreshes):
            for _ in range(events_per_refresh):
                engine.apply(decode(next(frames)))  # type: ignore[arg-type]
            now += 250
            if now % 1000 < 250:  # the feed's thread, once a second (feed/client.py)
                engine.refresh_staffing(now)
            start = time.perf_counter()
            figures = engine.figures(now)
            assert figures is not None
            history.record(figures)
            desk.evaluate(figures, health, now)  # the alert rules run on every refresh
            view = wall_view(figures, health, now_ms=now, url="ws://bench", history=history,
                             targets=desk.targets, alerts=desk.active(), ranking=ranking)
            window.show_view(view)
            app.processEvents()  # paints what changed
            if not samples:
                # The widgets built by the first view are painted once more: Qt delivers
                # the updates their first paint asked for on the next turn of the event
                # loop, and paints them on the one after. The building's, once in the
                # wall's life, not the next refresh's.
                app.processEvents()
                app.processEvents()
            samples.append((time.perf_counter() - start) * 1000)
            if len(samples) == 1:
                gc.freeze()  # as the wall does once its first view is built (views/bridge.py)
        window.close()
        gc.unfreeze()
        results[page] = samples
        engine = Engine()
        engine.apply(decode(flood.snapshot))  # type: ignore[arg-type]
    print(f"refresh at {SIZE[0]}x{SIZE[1]}, 1000 agents / 200 queues / 20 departments, "
          f"{events_per_refresh} events between refreshes:")
    print("  (the first refresh builds the page's widgets: shown apart, not in the figures)")
    for page, samples in results.items():
        steady = samples[1:]
        print(f"  {page:<12} median {statistics.median(steady):6.1f} ms   "
              f"p99 {_percentile(steady, 0.99):6.1f} ms   first {samples[0]:6.1f} ms")


def live(app: QApplication, *, scenario: str, speed: float, seconds: float,
         rotate_s: float = 20.0) -> None:
    server = subprocess.Popen(
        [sys.executable, "-m", "wallboard", "simulate", "--port", "0", "--scenario", scenario,
         "--speed", str(speed)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert server.stdout is not None
        url = server.stdout.readline().strip().split()[-1]
        feed = FeedThread(FeedOptions(url)).start()
        arrivals: list[float] = []
        session = feed.session
        receive = session.receive_decoded  # what the feed client calls, once decoded

        def timed_receive(decoded: Decoded, mono: float):
            arrivals.append(time.perf_counter())
            return receive(decoded, mono)

        session.receive_decoded = timed_receive  # type: ignore[method-assign]
        window = WallWindow(rotate_s=rotate_s)
        window.setFixedSize(*SIZE)
        window.show()
        bridge = WallBridge(feed, url=url)
        latencies: list[float] = []
        shown = [0]

        def painted(view: object) -> None:
            window.show_view(view)  # type: ignore[arg-type]
            app.processEvents()
            done = time.perf_counter()
            fresh = arrivals[shown[0]:]
            shown[0] = len(arrivals)
            latencies.extend((done - t) * 1000 for t in fresh)

        bridge.refreshed.connect(painted)
        bridge.start()
        loop = QEventLoop()
        QTimer.singleShot(3000, loop.quit)  # warm up: snapshot, first paints
        loop.exec()
        latencies.clear()
        proc = psutil.Process()
        cpu0, t0, events0 = proc.cpu_times(), time.perf_counter(), len(arrivals)
        QTimer.singleShot(round(seconds * 1000), loop.quit)
        loop.exec()
        cpu1, t1, events1 = proc.cpu_times(), time.perf_counter(), len(arrivals)
        bridge.stop()
        feed.stop()
        window.close()
        used = (cpu1.user + cpu1.system) - (cpu0.user + cpu0.system)
        rate = (events1 - events0) / (t1 - t0)
        print(f"live {scenario} x{speed:g} for {seconds:g} s at {SIZE[0]}x{SIZE[1]}, "
              f"pages turning every {rotate_s:g} s: "
              f"{rate:6.1f} events/s, CPU {100 * used / (t1 - t0):5.1f} % of one core, "
              f"latency to the painted frame median {statistics.median(latencies):5.0f} ms, "
              f"p99 {_percentile(latencies, 0.99):5.0f} ms, RSS "
              f"{proc.memory_info().rss / 2**20:.0f} MiB")
    finally:
        server.terminate()
        server.wait(10)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m wallboard.bench.wall")
    parser.add_argument("--seconds", type=float, default=30.0, help="length of each live run")
    parser.add_argument("--rotate", type=float, default=20.0, help="seconds per page")
    parser.add_argument("--page", action="append", choices=PAGES,
                        help="measure the refresh of this page only (repeatable); no live runs")
    parser.add_argument("--refreshes", type=int, default=120, help="refreshes measured per page")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    refresh(app, args.refreshes, pages=tuple(args.page or PAGES))  # type: ignore[arg-type]
    if args.page:
        return 0
    for speed in (1.0, 15.0):
        live(app, scenario="national", speed=speed, seconds=args.seconds,  # type: ignore[arg-type]
             rotate_s=args.rotate)
    return 0


if __name__ == "__main__":
    sys.exit(main())
