"""A short soak: the wall through a simulated day and a local midnight, at high speed.

The same run as ``make soak`` (``wallboard/bench/soak.py``), shortened: the
municipal simulator in another process at 4,500 times real time, from 22:00
of one day to 23:00 of the next, with the wall on screen, refreshed four
times a second and turning its pages. After a warm-up that covers a full
turn of the pages, the process's memory must stay flat and its threads and
file descriptors must not grow, nor the number of Python objects alive.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from wallboard.bench.soak import soak

pytestmark = pytest.mark.network

#: Resident memory may still grow by a few MiB in twenty seconds as Qt fills
#: its glyph and pixmap caches (they are bounded); a leak of a kilobyte a
#: message (some 15,000 messages after the warm-up) would cross this.
MAX_GROWTH_MIB = 10.0
#: The sharper test: the Python objects alive. The state of the simulated
#: centre moves by a few hundred; keeping anything per message adds thousands.
MAX_OBJECT_GROWTH = 3_000


def test_a_simulated_day_leaves_memory_threads_and_descriptors_flat(
    qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    report = soak(simulated_hours=25, speed=4500, scenario="municipal", warmup=0.4,
                  sample_s=0.5, rotate_s=1.0)
    with capsys.disabled():
        print("\n" + "\n".join(report.lines()[:3]))
    health = report.health
    assert report.days_ended >= 1  # a local midnight went by
    assert health.messages > 10_000
    assert (health.gaps, health.bad_messages, health.inconsistent, health.reconnects) == (
        0, 0, 0, 0)
    settled = report.settled
    assert len(settled) >= 10
    assert report.growth_mib < MAX_GROWTH_MIB, report.lines()
    assert report.object_growth < MAX_OBJECT_GROWTH, report.lines()
    assert settled[-1].threads <= settled[0].threads, report.lines()
    assert settled[-1].fds <= settled[0].fds, report.lines()
