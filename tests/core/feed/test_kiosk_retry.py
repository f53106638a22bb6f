"""In kiosk mode the client never stops, not even after an authentication failure.

Without it, a refused token waits for a person (test_client.py checks that).
"""

from __future__ import annotations

import asyncio

import pytest

from tests.core.feed.test_client import following, snapshot_then_wait, state
from tests.feedserver import ScriptedServer, until
from wallboard.feed import FeedState

pytestmark = pytest.mark.network


def test_a_kiosk_tries_a_refused_token_again_and_says_so() -> None:
    async def run() -> None:
        async with ScriptedServer(snapshot_then_wait, token_required="right") as server, following(
            # A person would have to press R or store a new token: a kiosk has neither.
            server.url, token=lambda: "same", token_poll_s=60.0, retry_auth_after_s=0.05,
        ) as client:
            await until(lambda: server.handshakes >= 3)
            assert state(client) is FeedState.AUTH_FAILED
            assert "trying again every 0.05 s" in (client.session.last_error or "")
            # The server was at fault and now takes the token: the wall comes back by itself.
            server.token = "same"
            await until(lambda: state(client) is FeedState.LIVE)

    asyncio.run(run())

