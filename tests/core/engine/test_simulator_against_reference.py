"""Over the real simulator's stream, the engine equals the independent reference."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from tests.core.engine.test_against_reference import assert_same
from tests.reference import reference_figures
from wallboard.feed import FeedOptions, FeedThread
from wallboard.probe import figures_document
from wallboard.simulator.server import running_in_thread

pytestmark = pytest.mark.network


@pytest.mark.parametrize(("scenario", "start"), [
    # A weekday morning: the stream's volume must not depend on when the test runs.
    ("municipal", "2026-11-24T10:00:00+01:00"),
    # From 23:50 in Qatar the stream crosses local midnight within the run.
    ("national", "2026-11-23T23:50:00+03:00"),
])
def test_the_engine_equals_the_reference_over_the_simulators_stream(
    scenario: str, start: str
) -> None:
    from datetime import datetime

    record: list[tuple[int, dict[str, Any]]] = []
    start_ms = int(datetime.fromisoformat(start).timestamp() * 1000)
    with running_in_thread(scenario=scenario, speed=120.0, seed=11, record=record,
                           start_ms=start_ms) as server:
        feed = FeedThread(FeedOptions(server.url)).start()
        try:
            pause = threading.Event()
            # A loaded machine serves the stream slower: wait for the messages, not a time.
            for _ in range(4000):
                if feed.figures()[1].messages >= 1500:
                    break
                pause.wait(0.02)
            server.pause_messages(True)
            sent = [m for cid, m in list(record) if cid == 1]
            for _ in range(500):
                if feed.figures()[1].last_seq == sent[-1]["seq"]:
                    break
                pause.wait(0.02)
            _, health = feed.figures()
            # "Now" after every event: a simulator started ahead of the wall clock
            # would otherwise put its waits in the future.
            wall_now = feed.figures()[0].now_ms  # type: ignore[union-attr]
            figures = feed.engine.figures(max(sent[-1]["ts"], wall_now) + 1000)
        finally:
            feed.stop()
    assert health.last_seq == sent[-1]["seq"]
    assert (health.gaps, health.bad_messages, health.inconsistent) == (0, 0, 0)
    assert figures is not None and health.messages >= 1500
    if scenario == "national":
        assert figures.business_day.isoformat() == "2026-11-24"  # the day has turned
    expected = reference_figures(sent, figures.now_ms)
    assert_same(figures_document(figures), expected)
