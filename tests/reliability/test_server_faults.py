"""Faults of the server side: restarts, silence, a new configuration, tokens, certificates.

Already covered in ``tests/core/feed/test_client.py`` against a scripted
server: 1012/1001 reconnect at once, any other close waits for the backoff,
a refused token, a certificate not trusted from the start. Here the same
kinds of fault strike a running session of the real simulator, and the
figures must equal its model once the fault is over.
"""

from __future__ import annotations

import asyncio
import ssl
from typing import Any

import pytest
import trustme
from websockets.asyncio.server import ServerConnection

from tests.builders import T0, SiteBuilder
from tests.core.feed.test_client import following
from tests.feedserver import ScriptedServer, until
from tests.reliability.rig import (
    SLACK_S,
    STALE_S,
    Resources,
    let_run,
    max_attempts,
    rig,
    wait_for,
)
from tests.reliability.truth import assert_equals_truth
from wallboard.feed import FeedState

pytestmark = pytest.mark.network



def test_a_restart_reconnects_at_once_and_resyncs(resources: Resources) -> None:
    # A backoff of half a minute: only the immediate reconnect of a 1012 passes.
    with rig(stale_after_s=5.0, backoff_base_s=30.0, backoff_cap_s=30.0) as live:
        live.wait_live()
        live.server.submit(live.server.restart()).result(5)
        wait_for(lambda: live.health().reconnects == 1 and live.health().figures_are_live, 10,
                 "back at once")
        assert "1012" in (live.health().last_error or "")
        assert live.proxy.accepted == 2
        live.assert_figures_equal_the_simulator()


def test_a_silent_server_that_answers_pings_is_stale_and_never_hangs_the_client(
    resources: Resources,
) -> None:
    # The server pings every 0.2 s and closes a connection whose pong is late.
    with rig(stale_after_s=STALE_S, ping_interval_s=0.2) as live:
        live.wait_live()
        live.server.pause_messages(True)
        wait_for(lambda: live.state() is FeedState.STALE, STALE_S + SLACK_S, "stale")
        # The client leaves the silent connection itself; pings are not messages.
        wait_for(lambda: live.health().reconnects >= 1, 2 * STALE_S + 5, "a reconnection")
        assert "no message for" in (live.health().last_error or "")
        # Connected again, still nothing: still stale, never live or "connecting".
        wait_for(lambda: live.server.connections == 1, 5, "connected again")
        let_run(0.5)
        assert live.state() is FeedState.STALE
        live.server.pause_messages(False)
        live.assert_figures_equal_the_simulator()
        live.server.pause_messages(True)
        wait_for(lambda: live.state() is FeedState.STALE, STALE_S + SLACK_S, "stale again")
        stopping = Resources.now()
        live.feed.stop(timeout=5)
        assert not [t for t in stopping.threads if t.startswith("wallboard-feed/")
                    and t in Resources.now().threads], "the feed thread hung on stop"


def test_a_revoked_token_shows_auth_failed_without_retrying_and_recovers(
    resources: Resources,
) -> None:
    tokens = ["first"]
    with rig(stale_after_s=5.0, token="first", client_token=lambda: tokens[0]) as live:
        live.wait_live()
        live.server.set_token("second")  # revoked: the next handshake gets HTTP 401
        live.server.submit(live.server.restart()).result(5)
        wait_for(lambda: live.state() is FeedState.AUTH_FAILED, 10, "authentication failed")
        assert "HTTP 401" in (live.health().last_error or "")
        assert not live.health().figures_are_live
        attempts = live.proxy.accepted
        let_run(1.0)  # the token is looked up every 0.1 s, but not sent again unchanged
        assert live.proxy.accepted == attempts
        tokens[0] = "second"  # a new token in the keyring
        live.assert_figures_equal_the_simulator()
        assert live.proxy.accepted == attempts + 1


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    trusted, stranger = trustme.CA(), trustme.CA()
    folder = tmp_path_factory.mktemp("tls")
    paths = {}
    for name, ca in (("trusted", trusted), ("untrusted", stranger)):
        leaf = ca.issue_cert("127.0.0.1")
        paths[name] = (folder / f"{name}.pem", folder / f"{name}.key")
        leaf.cert_chain_pems[0].write_to_path(str(paths[name][0]))
        for pem in leaf.cert_chain_pems[1:]:
            pem.write_to_path(str(paths[name][0]), append=True)
        leaf.private_key_pem.write_to_path(str(paths[name][1]))
    ca_file = folder / "ca.pem"
    trusted.cert_pem.write_to_path(str(ca_file))
    return {"ca_file": str(ca_file), **paths}


def test_a_certificate_that_turns_untrusted_is_refused_with_backoff(
    resources: Resources, certificates: dict[str, Any]
) -> None:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificates["trusted"])
    base, cap = 0.05, 0.4
    with rig(stale_after_s=5.0, backoff_base_s=base, backoff_cap_s=cap, ssl_context=context,
             ca_file=certificates["ca_file"]) as live:
        live.wait_live()
        assert live.feed.client.options.url.startswith("wss://")
        context.load_cert_chain(*certificates["untrusted"])  # for the next handshakes
        live.server.submit(live.server.restart()).result(5)
        wait_for(lambda: "TLS certificate verification failed" in
                 (live.health().last_error or ""), 10, "verification failed")
        assert live.state() is FeedState.RECONNECTING
        assert not live.health().figures_are_live
        before = live.proxy.accepted
        let_run(2.0)
        made = live.proxy.accepted - before
        assert 2 <= made <= max_attempts(2.0, base, cap), made
        assert live.server.connections == 0  # no handshake ever completed
        context.load_cert_chain(*certificates["trusted"])
        live.assert_figures_equal_the_simulator()


# --- A new snapshot with other queues, over the wire -------------------------------------


def test_a_new_snapshot_with_other_queues_replaces_the_old_ones() -> None:
    site = SiteBuilder()
    first = [site.snapshot(), site.queued("c1", T0), site.queued("c2", T0, queue="u-fax")]
    reconfigured = site.snapshot(
        ts=T0 + 60_000,
        departments=[{"id": "health", "name": "Health"}, {"id": "tax", "name": "Taxes"}],
        queues=[
            {"id": "h-ar", "name": "Health (Arabic)", "department": "health",
             "channel": "voice", "language": "ar", "sl_threshold_s": 30,
             "short_abandon_s": 5},
            {"id": "t-chat", "name": "Tax chat", "department": "tax", "channel": "chat",
             "language": "fr", "sl_threshold_s": 60, "short_abandon_s": 0},
        ],
        contacts=[{"id": "c1", "queue": "h-ar", "state": "waiting", "queued_at": T0}],
        counters={"h-ar": {"offered": 1}},
    )
    second = [reconfigured, site.queued("c3", T0 + 61_000, queue="t-chat"),
              site.abandoned("c1", T0 + 62_000, 62_000)]

    async def reconfigure(server: ScriptedServer, ws: ServerConnection) -> None:
        await server.send(ws, *first)
        await server.send(ws, *second)

    async def run() -> None:
        async with ScriptedServer(reconfigure) as server, following(server.url) as client:
            await until(lambda: client.session.messages == len(first) + len(second))
            session = client.session
            assert (session.gaps, session.bad_messages, session.resyncs) == (0, 0, 0)
            figures = session.engine.figures(T0 + 90_000)
            assert figures is not None
            assert set(figures.queues) == {"h-ar", "t-chat"}  # h-en-mail and u-fax are gone
            assert set(figures.departments) == {"health", "tax"}
            assert set(figures.channels) == {"voice", "chat"}
            assert set(figures.languages) == {"ar", "fr"}
            assert figures.site.waiting == 1 and figures.site.counters.offered == 2
            assert_equals_truth(session.engine, second, T0 + 90_000)

    asyncio.run(run())
