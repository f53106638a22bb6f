"""The websocket client against real servers on loopback."""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
import trustme
from websockets.asyncio.server import ServerConnection
from websockets.exceptions import ConnectionClosed

from tests.builders import T0, SiteBuilder, frame
from tests.feedserver import ScriptedServer, until
from wallboard.engine import Engine
from wallboard.feed import FeedClient, FeedOptions, FeedSession, FeedState
from wallboard.protocol import MAX_FRAME_BYTES

pytestmark = pytest.mark.network


@contextlib.asynccontextmanager
async def following(
    url: str, *, token: Callable[[], str | None] = lambda: None, **options: object
) -> AsyncIterator[FeedClient]:
    """Run a client against ``url`` for the body of the block."""
    session = FeedSession(Engine(), stale_after_s=float(options.pop("stale_after_s", 15.0)))  # type: ignore[arg-type]
    client = FeedClient(FeedOptions(url, stale_after_s=session.stale_after_s, **options),  # type: ignore[arg-type]
                        session, token=token)
    task = asyncio.create_task(client.run())
    try:
        yield client
    finally:
        client.stop()
        with contextlib.suppress(asyncio.CancelledError):
            await task


def state(client: FeedClient) -> FeedState:
    return client.session.state(_mono())


def _mono() -> float:
    import time

    return time.monotonic()


async def snapshot_then_wait(server: ScriptedServer, ws: ServerConnection) -> None:
    site = SiteBuilder()
    await server.send(ws, site.snapshot(), site.queued("c1", T0))


def test_follows_a_feed_and_goes_live() -> None:
    async def run() -> None:
        async with ScriptedServer(snapshot_then_wait, token_required="s3cret") as server, following(
            server.url, token=lambda: "s3cret"
        ) as client:
            await until(lambda: client.session.messages == 2)
            assert state(client) is FeedState.LIVE
            figures = client.session.engine.figures(T0 + 1000)
            assert figures is not None and figures.site.waiting == 1

    asyncio.run(run())


@pytest.mark.parametrize("code", [1012, 1001])
def test_a_service_restart_reconnects_at_once(code: int) -> None:
    async def restart_once(server: ScriptedServer, ws: ServerConnection) -> None:
        site = SiteBuilder()
        await server.send(ws, site.snapshot())
        if server.connections == 1:
            await ws.close(code, "restarting")

    async def run() -> None:
        async with ScriptedServer(restart_once) as server, following(
            # A backoff of a minute: only an immediate reconnect can pass.
            server.url, backoff_base_s=60.0, backoff_cap_s=60.0
        ) as client:
            await until(lambda: server.connections == 2 and client.session.messages == 2)
            health = client.session.health(_mono())
            assert health.reconnects == 1
            assert health.last_seq == 1  # the new connection started again at 1
            assert str(code) in (health.last_error or "")

    asyncio.run(run())


def test_any_other_loss_waits_for_the_backoff() -> None:
    async def drop(server: ScriptedServer, ws: ServerConnection) -> None:
        await server.send(ws, SiteBuilder().snapshot())
        await ws.close(1011, "internal error")

    async def run() -> None:
        async with ScriptedServer(drop) as server, following(
            server.url, backoff_base_s=60.0, backoff_cap_s=60.0
        ) as client:
            await until(lambda: client.session.state(_mono()) is FeedState.RECONNECTING)
            await asyncio.sleep(0.5)
            assert server.connections == 1

    asyncio.run(run())


def test_a_refused_token_stops_and_says_authentication_failed() -> None:
    tokens = ["wrong"]

    async def run() -> None:
        async with ScriptedServer(snapshot_then_wait, token_required="right") as server, following(
            server.url, token=lambda: tokens[0], backoff_base_s=0.01, backoff_cap_s=0.01,
            token_poll_s=0.05,
        ) as client:
            await until(lambda: client.session.state(_mono()) is FeedState.AUTH_FAILED)
            assert "authentication failed" in (client.session.last_error or "")
            # No retry loop: with a 10 ms backoff, a loop would make dozens of attempts.
            await asyncio.sleep(0.5)
            assert server.handshakes == 1
            # A new token is picked up and works.
            tokens[0] = "right"
            await until(lambda: client.session.state(_mono()) is FeedState.LIVE)
            assert server.handshakes == 2

    asyncio.run(run())


def test_after_an_auth_failure_a_person_can_ask_to_retry() -> None:
    async def run() -> None:
        async with ScriptedServer(snapshot_then_wait, token_required="right") as server, following(
            server.url, token=lambda: "wrong", token_poll_s=60.0
        ) as client:
            await until(lambda: client.session.state(_mono()) is FeedState.AUTH_FAILED)
            client.retry()
            await until(lambda: server.handshakes == 2)

    asyncio.run(run())


def test_a_server_that_does_not_select_the_subprotocol_is_refused() -> None:
    async def run() -> None:
        async with ScriptedServer(snapshot_then_wait, select_subprotocol=False) as server, \
                following(server.url) as client:
            await until(lambda: "did not select subprotocol" in (client.session.last_error or ""))
            assert client.session.messages == 0

    asyncio.run(run())


def test_a_gap_over_the_wire_sends_resync_and_recovers() -> None:
    async def gappy(server: ScriptedServer, ws: ServerConnection) -> None:
        site = SiteBuilder()
        await server.send(ws, site.snapshot())
        site.next_seq()  # lost
        await server.send(ws, site.queued("c1", T0))
        assert await asyncio.wait_for(server.received.get(), 5) == '{"type":"resync"}'
        await server.send(ws, site.snapshot(), site.queued("c2", T0))

    async def run() -> None:
        async with ScriptedServer(gappy) as server, following(server.url) as client:
            await until(lambda: client.session.messages == 3)
            health = client.session.health(_mono())
            assert (health.gaps, health.resyncs, health.resyncing) == (1, 1, False)
            assert client.session.engine.figures(T0).site.waiting == 1  # type: ignore[union-attr]

    asyncio.run(run())


def test_a_silent_server_goes_stale_then_is_left_and_stays_stale() -> None:
    async def silent(server: ScriptedServer, ws: ServerConnection) -> None:
        if server.connections == 1:
            await server.send(ws, SiteBuilder().snapshot())
        # then nothing at all, though the connection stays open

    async def run() -> None:
        async with ScriptedServer(silent) as server, following(
            server.url, stale_after_s=0.3, backoff_base_s=0.01, backoff_cap_s=0.01
        ) as client:
            await until(lambda: client.session.messages == 1)
            await until(lambda: client.session.state(_mono()) is FeedState.STALE)
            await until(lambda: server.connections >= 2)
            await until(lambda: client.session.state(_mono()) is FeedState.STALE)

    asyncio.run(run())


def test_a_frame_over_16_mib_is_a_protocol_error_and_the_client_recovers() -> None:
    async def huge(server: ScriptedServer, ws: ServerConnection) -> None:
        site = SiteBuilder()
        await server.send(ws, site.snapshot())
        if server.connections == 1:
            await server.send(ws, '{"type":"notice","pad":"' + "x" * MAX_FRAME_BYTES + '"}')

    async def run() -> None:
        async with ScriptedServer(huge) as server, following(
            server.url, backoff_base_s=0.01, backoff_cap_s=0.01
        ) as client:
            await until(lambda: server.connections == 2 and client.session.messages == 2, 20)
            health = client.session.health(_mono())
            assert health.bad_messages == 1
            assert "16 MiB" in (health.last_error or "")

    asyncio.run(run())


def test_a_message_growing_past_16_mib_in_fragments_is_refused_like_one_big_frame() -> None:
    """A server that never sends the last fragment must not make the client buffer on."""
    async def endless(server: ScriptedServer, ws: ServerConnection) -> None:
        site = SiteBuilder()
        await server.send(ws, site.snapshot())
        if server.connections > 1:
            return
        # Let the snapshot be read on its own, past the handshake's bytes.
        await asyncio.sleep(0.3)

        async def fragments() -> AsyncIterator[str]:
            yield '{"type":"notice","pad":"'
            for _ in range(MAX_FRAME_BYTES // (1 << 20) + 1):
                yield "x" * (1 << 20)
            await ws.wait_closed()  # the final fragment never comes

        with contextlib.suppress(ConnectionClosed):
            await ws.send(fragments())

    async def run() -> None:
        async with ScriptedServer(endless) as server, following(
            server.url, backoff_base_s=0.01, backoff_cap_s=0.01
        ) as client:
            await until(lambda: server.connections == 2 and client.session.messages == 2, 20)
            health = client.session.health(_mono())
            assert health.bad_messages == 1
            assert "16 MiB" in (health.last_error or "")

    asyncio.run(run())


def test_connection_refused_is_retried_with_a_clear_reason() -> None:
    async def run() -> None:
        async with following("ws://127.0.0.1:9/feed", backoff_base_s=0.01,
                             backoff_cap_s=0.02) as client:
            await until(lambda: client.attempts >= 3)
            assert "connection refused" in (client.session.last_error or "")
            assert client.session.state(_mono()) is FeedState.CONNECTING

    asyncio.run(run())


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> tuple[ssl.SSLContext, Path]:
    ca = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("localhost").configure_cert(server_context)
    ca_file = tmp_path_factory.mktemp("tls") / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    return server_context, ca_file


def test_wss_with_a_configured_ca_bundle(tls: tuple[ssl.SSLContext, Path]) -> None:
    context, ca_file = tls

    async def run() -> None:
        async with ScriptedServer(snapshot_then_wait, ssl_context=context) as server, following(
            server.url, ca_file=str(ca_file)
        ) as client:
            assert server.url.startswith("wss://")
            await until(lambda: client.session.messages == 2)

    asyncio.run(run())


def test_an_untrusted_certificate_says_so_instead_of_retrying_silently(
    tls: tuple[ssl.SSLContext, Path],
) -> None:
    context, _ = tls

    async def run() -> None:
        async with ScriptedServer(snapshot_then_wait, ssl_context=context) as server, following(
            server.url, backoff_base_s=0.01, backoff_cap_s=0.01
        ) as client:
            await until(lambda: "TLS certificate verification failed" in
                        (client.session.last_error or ""))
            assert client.session.messages == 0
            assert server.connections == 0

    asyncio.run(run())


def _frame(opcode: int, payload: bytes, *, fin: bool = True, rsv: int = 0) -> bytes:
    """An unmasked server frame, written by hand (RFC 6455, section 5.2)."""
    n = len(payload)
    head = bytes([(0x80 if fin else 0) | rsv | opcode])
    if n < 126:
        head += bytes([n])
    elif n < 1 << 16:
        head += bytes([126]) + n.to_bytes(2, "big")
    else:
        head += bytes([127]) + n.to_bytes(8, "big")
    return head + payload


def test_fragments_with_a_ping_between_them_are_joined_and_the_ping_answered() -> None:
    site = SiteBuilder()

    async def fragmented(server: ScriptedServer, ws: ServerConnection) -> None:
        await server.send(ws, site.snapshot())
        # Let the client read the handshake first: what follows is parsed by the
        # transport's own frame reader, not with the handshake by the library.
        await asyncio.sleep(0.2)
        whole = frame(site.queued("c1", T0))
        pong = await ws.ping(b"are you there")  # the library's own ping, answered below
        ws.transport.write(_frame(0x1, whole[:10], fin=False) + _frame(0x9, b"mid")
                           + _frame(0x0, whole[10:20], fin=False))
        ws.transport.write(_frame(0x0, whole[20:]))
        await asyncio.wait_for(pong, 5)
        server.pong_seen = True  # type: ignore[attr-defined]

    async def run() -> None:
        async with ScriptedServer(fragmented) as server, following(server.url) as client:
            await until(lambda: client.session.messages == 2)
            await until(lambda: getattr(server, "pong_seen", False))
            assert client.session.engine.figures(T0).site.waiting == 1  # type: ignore[union-attr]
            assert client.session.bad_messages == 0

    asyncio.run(run())


def test_messages_split_at_any_byte_are_read_whole() -> None:
    site = SiteBuilder()

    async def trickle(server: ScriptedServer, ws: ServerConnection) -> None:
        await asyncio.sleep(0.2)  # the handshake first, as above
        data = _frame(0x1, frame(site.snapshot())) + b"".join(
            _frame(0x1, frame(site.queued(f"c{i}", T0))) for i in range(20))
        for start in range(0, len(data), 7):  # seven bytes at a time, headers cut in two
            ws.transport.write(data[start:start + 7])
            await asyncio.sleep(0)

    async def run() -> None:
        async with ScriptedServer(trickle) as server, following(server.url) as client:
            await until(lambda: client.session.messages == 21)
            assert client.session.engine.figures(T0).site.waiting == 20  # type: ignore[union-attr]

    asyncio.run(run())


def test_a_binary_frame_is_a_bad_message() -> None:
    async def binary(server: ScriptedServer, ws: ServerConnection) -> None:
        await server.send(ws, SiteBuilder().snapshot())
        await asyncio.sleep(0.2)  # the handshake first, as above
        await server.send(ws, b"\x00\x01")

    async def run() -> None:
        async with ScriptedServer(binary) as server, following(server.url) as client:
            await until(lambda: client.session.bad_messages == 1)
            assert "binary" in (client.session.last_error or "")
            assert client.session.resyncs == 1

    asyncio.run(run())


def test_a_frame_with_a_reserved_bit_fails_the_connection_and_the_client_recovers() -> None:
    async def irregular(server: ScriptedServer, ws: ServerConnection) -> None:
        site = SiteBuilder()
        await server.send(ws, site.snapshot())
        if server.connections == 1:
            await asyncio.sleep(0.2)  # the handshake first, as above
            ws.transport.write(_frame(0x1, frame(site.heartbeat(T0)), rsv=0x40))

    async def run() -> None:
        async with ScriptedServer(irregular) as server, following(
            server.url, backoff_base_s=0.01, backoff_cap_s=0.01
        ) as client:
            await until(lambda: server.connections == 2 and client.session.messages == 2)
            assert client.session.reconnects == 1

    asyncio.run(run())
