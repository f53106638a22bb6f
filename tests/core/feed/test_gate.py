"""The feed gives way while the screen draws, and never waits for ever."""

from __future__ import annotations

import threading

from wallboard.feed.gate import ScreenFirst


def _waiting(screen: ScreenFirst) -> threading.Thread:
    thread = threading.Thread(target=screen.wait, daemon=True)
    thread.start()
    return thread


def test_the_feed_passes_at_once_while_the_screen_is_idle() -> None:
    screen = ScreenFirst(longest_wait_s=60)
    screen.wait()
    assert (screen.waits, screen.timeouts) == (0, 0)


def test_the_feed_waits_while_a_frame_is_drawn_and_goes_on_when_it_is_drawn() -> None:
    screen = ScreenFirst(longest_wait_s=60)
    screen.drawing()
    feed = _waiting(screen)
    feed.join(0.2)
    assert feed.is_alive() and screen.screen_is_drawing
    screen.drawn()
    feed.join(10)
    assert not feed.is_alive()
    assert (screen.waits, screen.timeouts) == (1, 0)


def test_a_screen_that_never_says_drawn_only_slows_the_feed() -> None:
    screen = ScreenFirst(longest_wait_s=0.01)
    screen.drawing()
    for _ in range(3):
        screen.wait()
    assert (screen.waits, screen.timeouts) == (3, 3)
