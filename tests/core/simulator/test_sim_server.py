"""The simulator server over real loopback WebSockets."""

from __future__ import annotations

import asyncio
import json
import ssl
import subprocess
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from sim_replica import Replica, local_ms
from websockets.asyncio.client import ClientConnection, connect
from websockets.client import ClientProtocol
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus
from websockets.frames import Frame, Opcode
from websockets.typing import Subprotocol
from websockets.uri import parse_uri

from wallboard.clock import FakeClock
from wallboard.simulator.server import SimulatorServer, running_in_thread

pytestmark = pytest.mark.network

SUBPROTOCOLS = [Subprotocol("wallboard.v1")]
MAX_SIZE = 16 * 1024 * 1024
START = local_ms("Asia/Qatar", 2026, 11, 23, 10, 0)


def run(test: Callable[[], Awaitable[None]]) -> None:
    """Run an async test body with an overall time limit."""
    asyncio.run(asyncio.wait_for(test(), timeout=20))


@asynccontextmanager
async def serving(**kwargs: Any) -> AsyncIterator[SimulatorServer]:
    kwargs.setdefault("scenario", "night")
    kwargs.setdefault("start_ms", START)
    server = SimulatorServer(**kwargs)
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


def client(server: SimulatorServer, **kwargs: Any) -> Any:
    kwargs.setdefault("subprotocols", SUBPROTOCOLS)
    return connect(server.url, max_size=MAX_SIZE, **kwargs)


async def receive(ws: ClientConnection, timeout: float = 3.0) -> dict[str, Any]:
    message: dict[str, Any] = json.loads(await asyncio.wait_for(ws.recv(), timeout))
    return message


def test_a_snapshot_comes_first_then_contiguous_deltas_that_rebuild_the_state() -> None:
    async def body() -> None:
        record: list[tuple[int, dict[str, Any]]] = []
        async with serving(scenario="national", speed=120, record=record) as server, \
                client(server) as ws:
            assert ws.subprotocol == "wallboard.v1"
            first = await receive(ws)
            assert (first["type"], first["seq"]) == ("snapshot", 1)
            replica = Replica(first)
            received = [first]
            while len(received) < 400:
                message = await receive(ws)
                assert message["seq"] == received[-1]["seq"] + 1
                replica.apply(message)
                received.append(message)
            assert {m["type"] for m in received} >= {"contact.queued", "agent.state"}
            # The recorded stream is exactly what the client got.
            ours = [m for cid, m in record if cid == 1][: len(received)]
            assert json.loads(json.dumps(ours)) == received

    run(body)


def test_every_connection_is_numbered_from_one() -> None:
    async def body() -> None:
        async with serving(speed=600) as server, client(server) as a:
            for _ in range(5):
                await receive(a)
            async with client(server) as b:
                assert (await receive(b))["seq"] == 1
                assert (await receive(b))["seq"] == 2

    run(body)


def test_heartbeats_follow_the_clock() -> None:
    async def body() -> None:
        clock = FakeClock(now_ms=START)
        async with serving(clock=clock, heartbeat_s=2.0) as server, client(server) as ws:
            snapshot = await receive(ws)
            assert snapshot["ts"] == START
            # The clock stands still: nothing is due.
            with pytest.raises(TimeoutError):
                await receive(ws, timeout=0.3)
            clock.advance(2.0)
            message = await receive(ws)
            while message["type"] != "heartbeat":  # deltas of those two seconds, if any
                message = await receive(ws)
            assert message["ts"] == START + 2_000

    run(body)


def test_a_quiet_feed_still_sends_a_message_every_heartbeat_interval() -> None:
    async def body() -> None:
        loop = asyncio.get_running_loop()
        async with serving(speed=1, heartbeat_s=0.25) as server, client(server) as ws:
            await receive(ws)
            last = loop.time()
            gaps: list[float] = []
            kinds: set[str] = set()
            while len(gaps) < 8:
                kinds.add((await receive(ws, timeout=1.0))["type"])
                now = loop.time()
                gaps.append(now - last)
                last = now
            assert "heartbeat" in kinds
            assert max(gaps) < 0.25 + 0.2

    run(body)


def test_resync_is_answered_by_a_fresh_snapshot_with_the_next_seq() -> None:
    async def body() -> None:
        async with serving(speed=600) as server, client(server) as ws:
            last = await receive(ws)
            await ws.send('{"type": "resync"}')
            while True:
                message = await receive(ws)
                assert message["seq"] == last["seq"] + 1
                last = message
                if message["type"] == "snapshot":
                    break
            assert last["seq"] > 1

    run(body)


@pytest.mark.parametrize("headers", [None, {"Authorization": "Bearer wrong"},
                                     {"Authorization": "s3cret"}])
def test_a_missing_or_wrong_token_gets_http_401(headers: dict[str, str] | None) -> None:
    async def body() -> None:
        async with serving(token="s3cret") as server:
            with pytest.raises(InvalidStatus) as refused:
                async with client(server, additional_headers=headers):
                    pass
            assert refused.value.response.status_code == 401

    run(body)


def test_the_right_token_is_let_in_and_a_new_token_replaces_it() -> None:
    async def body() -> None:
        async with serving(token="s3cret") as server:
            async with client(server, additional_headers={"Authorization": "Bearer s3cret"}) as ws:
                assert (await receive(ws))["type"] == "snapshot"
            server.set_token("n3w")
            with pytest.raises(InvalidStatus):
                async with client(server, additional_headers={"Authorization": "Bearer s3cret"}):
                    pass
            async with client(server, additional_headers={"Authorization": "Bearer n3w"}) as ws:
                assert (await receive(ws))["type"] == "snapshot"

    run(body)


@pytest.mark.parametrize("offered", [None, [Subprotocol("wallboard.v2")]])
def test_a_client_not_offering_the_subprotocol_is_refused(
    offered: list[Subprotocol] | None,
) -> None:
    async def body() -> None:
        async with serving() as server:
            with pytest.raises(InvalidHandshake):
                async with connect(server.url, subprotocols=offered):
                    pass
            assert server.connections == 0

    run(body)


def test_restart_closes_with_1012_and_the_client_starts_again_at_seq_1() -> None:
    async def body() -> None:
        async with serving(speed=600) as server:
            async with client(server) as ws:
                await receive(ws)
                await server.restart()
                with pytest.raises(ConnectionClosed):
                    while True:
                        await receive(ws)
                assert ws.close_code == 1012
            async with client(server) as ws:
                first = await receive(ws)
                assert (first["type"], first["seq"]) == ("snapshot", 1)

    run(body)


def test_a_paused_server_sends_nothing_but_answers_pings_then_catches_up() -> None:
    async def body() -> None:
        async with serving(speed=600, heartbeat_s=0.2) as server, client(server) as ws:
            last = await receive(ws)
            # Drain what was sent before the pause took effect.
            server.pause_messages(True)
            with pytest.raises(TimeoutError):
                while True:
                    last = await receive(ws, timeout=0.5)
            pong = await ws.ping()
            await asyncio.wait_for(pong, 2)  # the connection is alive
            server.pause_messages(False)
            resumed = [await receive(ws)]
            assert resumed[0]["seq"] == last["seq"] + 1
            # The model catches up at once: the half second of silence was five
            # simulated minutes, and their events follow without a gap.
            loop = asyncio.get_running_loop()
            until = loop.time() + 0.3
            while loop.time() < until:
                resumed.append(await receive(ws))
                assert resumed[-1]["seq"] == resumed[-2]["seq"] + 1
            assert resumed[-1]["ts"] >= last["ts"] + 500 * 600

    run(body)


def test_raw_frames_take_no_seq() -> None:
    async def body() -> None:
        async with serving(speed=600) as server, client(server) as ws:
            last = await receive(ws)
            server.pause_messages(True)
            with pytest.raises(TimeoutError):
                while True:
                    last = await receive(ws, timeout=0.3)
            await server.send_raw("this is not JSON")
            await server.send_raw(b"\x00\x01")
            assert await asyncio.wait_for(ws.recv(), 2) == "this is not JSON"
            assert await asyncio.wait_for(ws.recv(), 2) == b"\x00\x01"
            server.pause_messages(False)
            assert (await receive(ws))["seq"] == last["seq"] + 1

    run(body)


def test_running_in_thread_serves_until_the_block_ends() -> None:
    with running_in_thread(scenario="night", start_ms=START, speed=60) as server:
        url = server.url

        async def body() -> None:
            async with connect(url, subprotocols=SUBPROTOCOLS) as ws:
                assert (await receive(ws))["type"] == "snapshot"
            server.submit(server.restart()).result(timeout=5)

        run(body)

    async def after() -> None:
        with pytest.raises(OSError):
            async with connect(url, subprotocols=SUBPROTOCOLS, open_timeout=2):
                pass

    run(after)


def test_running_in_thread_reports_a_port_in_use() -> None:
    with running_in_thread(scenario="night", start_ms=START) as server, \
            pytest.raises(OSError), \
            running_in_thread(scenario="night", start_ms=START, port=server.port):
        pass


@pytest.mark.parametrize("kwargs", [{"heartbeat_s": 6}, {"heartbeat_s": 0},
                                    {"ping_interval_s": 30}, {"speed": 0},
                                    {"scenario": "nowhere"}])
def test_settings_outside_the_protocol_are_refused(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        SimulatorServer(**kwargs)


def test_wss_with_a_self_signed_certificate(tmp_path: Path) -> None:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    made = subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        capture_output=True, check=False,
    )
    if made.returncode != 0:
        pytest.skip("openssl cannot make a test certificate here")
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(cert, key)
    client_context = ssl.create_default_context(cafile=str(cert))

    async def body() -> None:
        async with serving(ssl_context=server_context) as server:
            assert server.url.startswith("wss://127.0.0.1:")
            async with client(server, ssl=client_context) as ws:
                assert (await receive(ws))["type"] == "snapshot"

    run(body)


def test_the_server_pings_every_interval_even_when_silent() -> None:
    """Section "Transport": WebSocket pings, seen on the wire by a sans-I/O client."""

    async def body() -> None:
        async with serving(ping_interval_s=0.2) as server:
            server.pause_messages(True)
            protocol = ClientProtocol(parse_uri(server.url), subprotocols=SUBPROTOCOLS)
            reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
            protocol.send_request(protocol.connect())
            loop = asyncio.get_running_loop()
            pings = 0
            until = loop.time() + 1.0
            while loop.time() < until:
                for data in protocol.data_to_send():  # handshake, then our pongs
                    writer.write(data)
                try:
                    chunk = await asyncio.wait_for(reader.read(65536), until - loop.time())
                except TimeoutError:
                    break
                protocol.receive_data(chunk)
                pings += sum(1 for e in protocol.events_received()
                             if isinstance(e, Frame) and e.opcode is Opcode.PING)
            writer.close()
            assert pings >= 3

    run(body)
