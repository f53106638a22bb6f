"""``python -m wallboard.bench.soak``: the wall through simulated days, watching for growth.

The simulator (another process) runs at high speed from shortly before a
local midnight, the wall follows it offscreen with its normal 4 Hz refresh
and page rotation, and this samples the wall process's resident memory,
threads, open file descriptors and CPU time. After a warm-up, memory must
stay flat (growth under ``--max-growth-mb``) and threads and descriptors must
not grow. Exits non-zero when they do.

The wall keeps its interval store as it does on a wall display: a real
SQLite file (in a temporary folder) written from its own thread, once a
``--store-every-s``, with the daily reports (CSV and PDF) written into a
folder beside it at each simulated 00:30. The store is given the simulated
centre's time, so its samples land in their quarter hours and the reports
fall due; the file's size is sampled with the memory.

``--simulated-days 7`` runs a week; :func:`soak` is the same run for tests,
which call it with a shorter day.
"""

from __future__ import annotations

import argparse
import gc
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import psutil
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from wallboard.feed import FeedHealth, FeedOptions, FeedThread
from wallboard.history.report import ReportSchedule
from wallboard.history.store import IntervalStore
from wallboard.history.writer import Sample as StoreSample
from wallboard.history.writer import StoreWriter, sample_of
from wallboard.simulator.cli import parse_start
from wallboard.simulator.scenarios import SCENARIOS
from wallboard.views.bridge import WallBridge
from wallboard.views.report_pdf import write_pdf
from wallboard.views.window import WallWindow


@dataclass(frozen=True, slots=True)
class Sample:
    """One reading of the wall's process."""

    t_s: float  # seconds since the wall started following the feed
    rss_mib: float
    threads: int
    fds: int
    cpu_s: float  # user + system CPU seconds so far
    objects: int  # Python objects the garbage collector tracks (a leak of messages shows here)
    business_day: date | None  # the site's business day shown at that moment
    store_kib: float = 0.0  # the interval store's file and its WAL


class SimulatedTime:
    """The simulated centre's clock, for the store: ``start_ms``, then ``speed`` simulated
    seconds a real second (near enough to put a sample in its quarter hour and to pass
    the reports' daily time)."""

    def __init__(self, start_ms: int, speed: float) -> None:
        self._start_ms = start_ms
        self._speed = speed
        self._began = time.monotonic()

    def now_ms(self) -> int:
        return self._start_ms + round((time.monotonic() - self._began) * 1000 * self._speed)

    def monotonic(self) -> float:
        return time.monotonic()


@dataclass(frozen=True)
class SoakReport:
    scenario: str
    simulated_hours: float
    speed: float
    seconds: float
    warmup: float
    samples: tuple[Sample, ...]
    health: FeedHealth
    #: The interval store's writes, its trouble (None when all went well) and the
    #: daily reports it wrote.
    store_writes: int = 0
    store_problem: str | None = None
    reports: tuple[str, ...] = ()

    @property
    def settled(self) -> tuple[Sample, ...]:
        """The samples after the warm-up."""
        return tuple(s for s in self.samples if s.t_s >= self.seconds * self.warmup)

    @property
    def growth_mib(self) -> float:
        settled = self.settled
        return settled[-1].rss_mib - settled[0].rss_mib

    @property
    def object_growth(self) -> int:
        settled = self.settled
        return settled[-1].objects - settled[0].objects

    @property
    def cpu_pct(self) -> float:
        """CPU of the wall's process, in % of one core, after the warm-up."""
        first, last = self.settled[0], self.settled[-1]
        return 100 * (last.cpu_s - first.cpu_s) / max(1e-9, last.t_s - first.t_s)

    @property
    def days_ended(self) -> int:
        """Local midnights the wall went through."""
        return max(0, len({s.business_day for s in self.samples} - {None}) - 1)

    def ok(self, max_growth_mib: float) -> bool:
        first, last = self.settled[0], self.settled[-1]
        return (self.growth_mib < max_growth_mib and last.threads <= first.threads
                and last.fds <= first.fds and self.health.messages > 0
                and self.store_writes > 0 and self.store_problem is None)

    def lines(self) -> list[str]:
        settled, h = self.settled, self.health
        first, last = settled[0], settled[-1]
        out = [
            f"soak: {self.simulated_hours:g} simulated hours of {self.scenario} in "
            f"{self.seconds:.0f} s (x{self.speed:g}), {self.days_ended} business days ended, "
            f"{h.messages:,} messages, gaps {h.gaps}, bad {h.bad_messages}, "
            f"reconnects {h.reconnects}",
            f"  RSS at the start {self.samples[0].rss_mib:.1f} MiB, after warm-up "
            f"{first.rss_mib:.1f} MiB, at the end {last.rss_mib:.1f} MiB (growth "
            f"{self.growth_mib:+.1f} MiB, peak {max(s.rss_mib for s in settled):.1f} MiB)",
            f"  threads {first.threads} -> {last.threads}, file descriptors {first.fds} -> "
            f"{last.fds}, Python objects {first.objects:,} -> {last.objects:,}, "
            f"CPU {self.cpu_pct:.0f} % of one core",
            f"  interval store {self.samples[0].store_kib:,.0f} KiB at the start, "
            f"{last.store_kib:,.0f} KiB at the end, {self.store_writes:,} writes, "
            f"{self.store_problem or 'no trouble'}; daily reports: "
            f"{', '.join(self.reports) or 'none'}",
        ]
        for s in self.samples[:: max(1, len(self.samples) // 12)]:
            out.append(f"    t={s.t_s:6.0f} s  rss={s.rss_mib:7.1f} MiB  threads={s.threads}  "
                       f"fds={s.fds}  objects={s.objects:,}  store={s.store_kib:,.0f} KiB  "
                       f"business day {s.business_day}")
        return out


#: Where a soak starts, in the site's local time: 22:00 on a Tuesday, so that
#: midnight comes early and the day after is a working day on every
#: scenario's calendar. Fixed, so that a run does not depend on the day it is
#: made (weekends carry a third of a weekday's volume).
DEFAULT_START = "2026-11-24T22:00"


def soak(*, simulated_hours: float, speed: float, scenario: str = "national",
         warmup: float = 0.25, sample_s: float = 5.0, rotate_s: float = 2.0,
         start: str = DEFAULT_START, store_every_s: float = 1.0) -> SoakReport:
    """Follow a simulator at ``speed`` for ``simulated_hours`` with the wall on screen.

    ``start`` is the simulated start, ISO-8601; without an offset it is the
    site's local time. Needs a ``QApplication``; makes one if there is none.
    The interval store is written every ``store_every_s`` into a temporary folder.
    """
    with tempfile.TemporaryDirectory(prefix="wallboard-soak-") as folder:
        return _soak(simulated_hours, speed, scenario, warmup, sample_s, rotate_s, start,
                     store_every_s, Path(folder))


def _store_kib(path: Path) -> float:
    files = (path, path.with_name(f"{path.name}-wal"))
    return sum(f.stat().st_size for f in files if f.exists()) / 1024


def _soak(simulated_hours: float, speed: float, scenario: str, warmup: float, sample_s: float,
          rotate_s: float, start: str, store_every_s: float, folder: Path) -> SoakReport:
    seconds = simulated_hours * 3600 / speed
    simulated = SimulatedTime(parse_start(start, SCENARIOS[scenario].timezone), speed)
    server = subprocess.Popen(
        [sys.executable, "-m", "wallboard", "simulate", "--port", "0", "--scenario",
         scenario, "--speed", str(speed),
         "--start", start],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    # Held for the whole run: the wall's widgets need a living application.
    app = QApplication.instance() or QApplication(sys.argv[:1])
    proc = psutil.Process()
    samples: list[Sample] = []
    try:
        assert server.stdout is not None
        url = server.stdout.readline().strip().split()[-1]
        feed = FeedThread(FeedOptions(url)).start()
        window = WallWindow(rotate_s=rotate_s)
        window.setFixedSize(1920, 1080)
        window.show()
        bridge = WallBridge(feed, url=url)
        store_path = folder / "intervals.sqlite3"

        def store_sample() -> StoreSample:
            return feed.read(lambda engine, health, _: sample_of(
                engine, health.figures_are_live, simulated.now_ms()))

        store = StoreWriter(IntervalStore(store_path), store_sample, every_s=store_every_s,
                            clock=simulated, reports=ReportSchedule(
                                store_path, folder / "reports", "00:30", ("csv", "pdf"),
                                "departments", writers={"pdf": write_pdf}))
        bridge.store_writer = store
        bridge.attach(window)
        bridge.start()
        store.start()
        began = time.monotonic()

        def sample() -> None:
            cpu = proc.cpu_times()
            figures, _ = feed.figures()
            samples.append(Sample(time.monotonic() - began, proc.memory_info().rss / 2**20,
                                  proc.num_threads(), proc.num_fds(), cpu.user + cpu.system,
                                  len(gc.get_objects()),
                                  figures.business_day if figures else None,
                                  _store_kib(store_path)))

        timer = QTimer()
        timer.timeout.connect(sample)
        timer.start(round(sample_s * 1000))
        loop = QEventLoop()
        QTimer.singleShot(round(seconds * 1000), loop.quit)
        sample()
        loop.exec()
        timer.stop()
        sample()
        _, health = feed.figures()
        bridge.stop()
        feed.stop()
        store.stop()
        problem = store.problem
        reports = tuple(sorted(p.name for p in (folder / "reports").glob("wallboard-*")))
        window.close()
        window.deleteLater()
        app.processEvents()
    finally:
        server.terminate()
        server.wait(10)
    return SoakReport(scenario, simulated_hours, speed, seconds, warmup, tuple(samples), health,
                      store.writes, problem, reports)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m wallboard.bench.soak")
    length = parser.add_mutually_exclusive_group()
    length.add_argument("--simulated-hours", type=float, default=24.0)
    length.add_argument("--simulated-days", type=float,
                        help="the same in days: 7 for a week")
    parser.add_argument("--speed", type=float, default=360.0,
                        help="simulated seconds per real second")
    parser.add_argument("--scenario", default="national")
    parser.add_argument("--warmup", type=float, default=0.25,
                        help="share of the run before memory is taken as settled")
    parser.add_argument("--max-growth-mb", type=float, default=5.0)
    parser.add_argument("--sample-s", type=float, default=5.0)
    parser.add_argument("--store-every-s", type=float, default=1.0,
                        help="real seconds between two writes of the interval store")
    parser.add_argument("--start", default=DEFAULT_START, metavar="ISO-8601",
                        help="simulated start, the site's local time without an offset "
                             "(default: %(default)s, a Tuesday)")
    args = parser.parse_args(argv)
    hours = args.simulated_days * 24 if args.simulated_days else args.simulated_hours
    report = soak(simulated_hours=hours, speed=args.speed, scenario=args.scenario,
                  warmup=args.warmup, sample_s=args.sample_s, start=args.start,
                  store_every_s=args.store_every_s)
    for line in report.lines():
        print(line)
    ok = report.ok(args.max_growth_mb)
    print("soak: OK" if ok else "soak: FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
