"""The interval store's troubles are on the wall, and the wall keeps running."""

from __future__ import annotations

from pathlib import Path

import msgspec
from pytestqt.qtbot import QtBot

from tests.builders import T0, SiteBuilder
from wallboard.clock import FakeClock
from wallboard.engine import Engine
from wallboard.history.store import IntervalStore
from wallboard.history.writer import StoreWriter, sample_of
from wallboard.protocol.decode import decode
from wallboard.views.bridge import WallBridge


def test_a_store_that_cannot_be_written_is_shown_then_cleared(qtbot: QtBot,
                                                               tmp_path: Path) -> None:
    engine = Engine()
    assert engine.apply(decode(msgspec.json.encode(SiteBuilder().snapshot(T0)))) is None  # type: ignore[arg-type]
    blocker = tmp_path / "data"
    blocker.write_text("a file where the store's folder should be")
    store = IntervalStore(blocker / "intervals.sqlite3")
    clock = FakeClock(T0)
    writer = StoreWriter(store, lambda: sample_of(engine, True, clock.now_ms()), clock=clock)
    bridge = WallBridge(None, url=None, clock=clock)
    bridge.store_writer = writer
    assert not writer.tick()
    view = bridge.refresh()
    assert any("Interval store not written" in p for p in view.problems)
    blocker.unlink()  # the folder can be made now: the next write goes through
    assert writer.tick()
    assert not any("Interval store" in p for p in bridge.refresh().problems)
    store.close()
