"""``python -m wallboard.bench.soak``: the wall through simulated days, watching for growth.

The simulator (another process) runs at high speed from shortly before a
local midnight, the wall follows it offscreen with its normal 4 Hz refresh
and page rotation, and this samples the wall process's resident memory,
threads and open file descriptors. After a warm-up, memory must stay flat
(growth under ``--max-growth-mb``) and threads and descriptors must not grow.
Exits non-zero when they do.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import psutil
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from wallboard.feed import FeedOptions, FeedThread
from wallboard.views.bridge import WallBridge
from wallboard.views.window import WallWindow


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m wallboard.bench.soak")
    parser.add_argument("--simulated-hours", type=float, default=24.0)
    parser.add_argument("--speed", type=float, default=360.0,
                        help="simulated seconds per real second")
    parser.add_argument("--scenario", default="national")
    parser.add_argument("--warmup", type=float, default=0.25,
                        help="share of the run before memory is taken as settled")
    parser.add_argument("--max-growth-mb", type=float, default=5.0)
    parser.add_argument("--sample-s", type=float, default=5.0)
    args = parser.parse_args(argv)

    # Start at 22:00 in Qatar (the scenarios' zone) so that midnight comes early.
    start = (datetime.now(UTC) + timedelta(hours=3)).replace(hour=22, minute=0, second=0,
                                                             microsecond=0)
    seconds = args.simulated_hours * 3600 / args.speed
    server = subprocess.Popen(
        [sys.executable, "-m", "wallboard", "simulate", "--port", "0", "--scenario",
         args.scenario, "--speed", str(args.speed),
         "--start", start.strftime("%Y-%m-%dT%H:%M:%S+03:00")],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    # Held for the whole run: the wall's widgets need a living application.
    app = QApplication.instance() or QApplication(sys.argv[:1])
    proc = psutil.Process()
    samples: list[tuple[float, float, int, int]] = []
    try:
        assert server.stdout is not None
        url = server.stdout.readline().strip().split()[-1]
        feed = FeedThread(FeedOptions(url)).start()
        window = WallWindow(rotate_s=2)
        window.setFixedSize(1920, 1080)
        window.show()
        bridge = WallBridge(feed, url=url)
        bridge.refreshed.connect(window.show_view)
        bridge.start()
        began = time.monotonic()

        def sample() -> None:
            samples.append((time.monotonic() - began, proc.memory_info().rss / 2**20,
                            proc.num_threads(), proc.num_fds()))

        timer = QTimer()
        timer.timeout.connect(sample)
        timer.start(round(args.sample_s * 1000))
        loop = QEventLoop()
        QTimer.singleShot(round(seconds * 1000), loop.quit)
        loop.exec()
        sample()
        _, health = feed.figures()
        bridge.stop()
        feed.stop()
        app.processEvents()
    finally:
        server.terminate()
        server.wait(10)

    settled = [s for s in samples if s[0] >= seconds * args.warmup]
    first, last = settled[0], settled[-1]
    peak = max(s[1] for s in settled)
    growth = last[1] - first[1]
    print(f"soak: {args.simulated_hours:g} simulated hours of {args.scenario} in {seconds:.0f} s "
          f"(x{args.speed:g}), {health.messages:,} messages, gaps {health.gaps}, "
          f"bad {health.bad_messages}, reconnects {health.reconnects}")
    print(f"  RSS after warm-up {first[1]:.1f} MiB, at the end {last[1]:.1f} MiB "
          f"(growth {growth:+.1f} MiB, peak {peak:.1f} MiB)")
    print(f"  threads {first[2]} -> {last[2]}, file descriptors {first[3]} -> {last[3]}")
    for t, rss, threads, fds in samples[:: max(1, len(samples) // 12)]:
        print(f"    t={t:6.0f} s  rss={rss:7.1f} MiB  threads={threads}  fds={fds}")
    ok = (growth < args.max_growth_mb and last[2] <= first[2] and last[3] <= first[3]
          and health.messages > 0)
    print("soak: OK" if ok else "soak: FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
