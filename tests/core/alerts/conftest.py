"""Figures of a small site, built through the real engine, for the alert tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.builders import T0, SiteBuilder, frame
from wallboard.engine import Engine, SiteFigures
from wallboard.feed.health import FeedHealth, FeedState
from wallboard.protocol import decode


def health(state: FeedState = FeedState.LIVE, silence_s: float | None = 0.5) -> FeedHealth:
    return FeedHealth(state, 10, 10, 0, 0, 0, 0, 0, silence_s, False, None)


LIVE = health()


class Floor:
    """A site whose waiting contacts a test sets, minute by minute."""

    def __init__(self) -> None:
        self.site = SiteBuilder()
        self.engine = Engine()

    def figures(self, now: int, *, waiting: int = 0, wait_s: float = 10, queue: str = "h-ar",
                **snapshot: Any) -> SiteFigures:
        contacts = [{"id": f"c{i}", "queue": queue, "state": "waiting",
                     "queued_at": now - int(wait_s * 1000)} for i in range(waiting)]
        message = self.site.snapshot(ts=now, contacts=contacts, **snapshot)
        assert self.engine.apply(decode(frame(message))) is None  # type: ignore[arg-type]
        figures = self.engine.figures(now)
        assert figures is not None
        return figures


@pytest.fixture
def floor() -> Floor:
    return Floor()


__all__ = ["LIVE", "T0", "Floor", "health"]
