"""The simulator as a real feed: a WebSocket server speaking protocol v1.

:class:`SimulatorServer` runs a :class:`~wallboard.simulator.model.CentreModel`
against a clock and serves it on loopback (or any interface), exactly as a
platform bridge would (sections "Transport" and "Order and recovery"): it
selects the subprotocol ``wallboard.v1``, checks the bearer token, sends a
snapshot first and then every delta, numbers each connection's messages from
1, sends a heartbeat when it has been quiet, answers ``resync`` with a fresh
snapshot and pings every client. Test hooks make it misbehave on purpose:
:meth:`SimulatorServer.pause_messages` (a silent server),
:meth:`SimulatorServer.send_raw` (damaged frames) and
:meth:`SimulatorServer.restart` (a service restart).

Use it from asyncio (``await server.start()`` ... ``await server.stop()``) or
from plain threads with :func:`running_in_thread`.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import hmac
import itertools
import logging
import ssl
import threading
from collections.abc import Coroutine, Iterator
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any, TypeVar

import msgspec
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response
from websockets.typing import Subprotocol

from wallboard.clock import SYSTEM_CLOCK, Clock
from wallboard.simulator import messages
from wallboard.simulator.model import CentreModel
from wallboard.simulator.scenarios import SCENARIOS, Scenario

logger = logging.getLogger(__name__)

#: How long stop() waits for connections to close before dropping them.
STOP_TIMEOUT_S = 5.0

SUBPROTOCOL = Subprotocol("wallboard.v1")
#: Section "Transport": a heartbeat at least every 5 s, a ping at least every 20 s.
MAX_HEARTBEAT_S = 5.0
MAX_PING_INTERVAL_S = 20.0
#: A client this many frames behind is disconnected (close code 1013, try again later).
MAX_QUEUED_FRAMES = 100_000

T = TypeVar("T")


@dataclass(eq=False)
class _Client:
    """One connection and its outgoing frames, in order."""

    id: int
    ws: ServerConnection
    last_sent: float
    seq: int = 0
    want_snapshot: bool = True
    dropped: bool = False
    outbox: asyncio.Queue[tuple[str | bytes, bool]] = field(default_factory=asyncio.Queue)


class SimulatorServer:
    """A simulated contact-centre feed on a WebSocket port.

    Simulated time runs at ``speed`` times the clock, from ``start_ms``
    (default: the clock's time at :meth:`start`). Construct it, ``await
    start()``, read :attr:`url`, and ``await stop()`` when done. When
    ``record`` is a list, every message sent to a client is appended to it as
    ``(connection id, message with seq)``, so a test can rebuild the truth
    from the exact stream; leave it ``None`` otherwise, as it grows forever.
    """

    def __init__(
        self,
        *,
        scenario: str | Scenario = "national",
        seed: int = 1,
        speed: float = 1.0,
        token: str | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        start_ms: int | None = None,
        clock: Clock = SYSTEM_CLOCK,
        ssl_context: ssl.SSLContext | None = None,
        heartbeat_s: float = 1.0,
        tick_s: float = 0.05,
        ping_interval_s: float = MAX_PING_INTERVAL_S,
        record: list[tuple[int, dict[str, Any]]] | None = None,
    ) -> None:
        if isinstance(scenario, str) and scenario not in SCENARIOS:
            raise ValueError(f"unknown scenario {scenario!r}; choose from {sorted(SCENARIOS)}")
        if speed <= 0:
            raise ValueError("speed must be positive")
        if not 0 < heartbeat_s <= MAX_HEARTBEAT_S:
            raise ValueError(f"heartbeat_s must be in (0, {MAX_HEARTBEAT_S}]")
        if not 0 < ping_interval_s <= MAX_PING_INTERVAL_S:
            raise ValueError(f"ping_interval_s must be in (0, {MAX_PING_INTERVAL_S}]")
        if tick_s <= 0:
            raise ValueError("tick_s must be positive")
        self.scenario = SCENARIOS[scenario] if isinstance(scenario, str) else scenario
        self.seed = seed
        self.speed = speed
        self._token = token
        self._host = host
        self._port = port
        self._start_ms = start_ms
        self._clock = clock
        self._ssl = ssl_context
        self._heartbeat_s = heartbeat_s
        self._tick_s = tick_s
        self._ping_interval_s = ping_interval_s
        self._record = record
        self._paused = False
        self._clients: dict[int, _Client] = {}
        self._closing: set[asyncio.Task[None]] = set()  # keeps close tasks alive until done
        self._ids = itertools.count(1)
        self._model: CentreModel | None = None
        self._server: Server | None = None
        self._ticker: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._t0 = 0.0
        self._bound_port = 0

    # --- Lifecycle -----------------------------------------------------------------

    async def start(self) -> None:
        """Build and warm up the model, listen, and start the clock; returns once listening."""
        if self._server is not None:
            raise RuntimeError("the simulator is already running")
        self._loop = asyncio.get_running_loop()
        start_ms = self._start_ms if self._start_ms is not None else self._clock.now_ms()
        self._start_ms = start_ms
        self._model = CentreModel(self.scenario, self.seed, start_ms)
        self._server = await serve(
            self._handle,
            self._host,
            self._port,
            subprotocols=[SUBPROTOCOL],
            process_request=self._check_token,
            ping_interval=self._ping_interval_s,
            ping_timeout=self._ping_interval_s,
            ssl=self._ssl,
            logger=logging.getLogger(f"{__name__}.websockets"),
        )
        self._bound_port = self._server.sockets[0].getsockname()[1]
        self._t0 = self._clock.monotonic()
        self._ticker = asyncio.create_task(self._run(), name="simulator-ticker")
        logger.info("simulator %s (seed %d, speed %g) listening on %s",
                    self.scenario.name, self.seed, self.speed, self.url)

    async def stop(self) -> None:
        """Close every connection (1001, going away) and stop listening."""
        if self._ticker is not None:
            self._ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._ticker
            self._ticker = None
        if self._server is not None:
            self._server.close()
            try:
                # A peer that went away without closing must not hold the stop forever.
                await asyncio.wait_for(self._server.wait_closed(), STOP_TIMEOUT_S)
            except TimeoutError:
                logger.warning("simulator stop: some connections did not close in %g s; "
                               "dropping them", STOP_TIMEOUT_S)
                for client in list(self._clients.values()):
                    client.ws.transport.abort()
            self._server = None
            logger.info("simulator stopped")

    async def restart(self, code: int = 1012) -> None:
        """Close every connection with ``code`` (1012: service restart) and keep listening.

        Clients reconnect and get a new snapshot with ``seq`` 1; the simulated
        centre itself carries on.
        """
        clients = list(self._clients.values())
        logger.info("restart: closing %d connection(s) with code %d", len(clients), code)
        await asyncio.gather(
            *(c.ws.close(code, "service restart") for c in clients), return_exceptions=True
        )

    # --- Properties and hooks ------------------------------------------------------

    @property
    def url(self) -> str:
        """``ws://host:port`` (``wss://`` with TLS); valid after :meth:`start`."""
        if self._server is None:
            raise RuntimeError("the simulator is not running")
        host = f"[{self._host}]" if ":" in self._host else self._host
        return f"{'wss' if self._ssl else 'ws'}://{host}:{self._bound_port}"

    @property
    def port(self) -> int:
        """The port listened on (the one picked when constructed with 0)."""
        return self._bound_port

    @property
    def requires_token(self) -> bool:
        """Whether handshakes must carry a bearer token."""
        return self._token is not None

    @property
    def connections(self) -> int:
        """How many clients are connected."""
        return len(self._clients)

    @property
    def model(self) -> CentreModel:
        """The running model (for inspection by tests; do not advance it)."""
        if self._model is None:
            raise RuntimeError("the simulator is not running")
        return self._model

    def simulated_now_ms(self) -> int:
        """Simulated time now: ``start_ms`` plus the clock time elapsed times ``speed``."""
        assert self._start_ms is not None
        elapsed = self._clock.monotonic() - self._t0
        return self._start_ms + int(elapsed * self.speed * 1000)

    def set_token(self, token: str | None) -> None:
        """Require ``token`` from later handshakes (``None``: no authentication)."""
        self._token = token

    def pause_messages(self, paused: bool) -> None:
        """Stop (or resume) sending anything at all, heartbeats included.

        Connections stay open and pings are still answered: a silent server.
        While paused the model stands still; on resume it catches up with the
        simulated time, so nothing is lost and ``seq`` stays contiguous.
        """
        self._paused = paused
        logger.info("messages %s", "paused" if paused else "resumed")

    async def send_raw(self, frame: str | bytes) -> None:
        """Send ``frame`` as it is to every client (a str as text, bytes as binary).

        It takes no ``seq`` number and is queued in order with the other messages.
        """
        for client in list(self._clients.values()):
            client.outbox.put_nowait((frame, isinstance(frame, str)))

    def submit(self, coroutine: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        """Run one of the async methods on the server's loop from another thread.

        For a server from :func:`running_in_thread`:
        ``server.submit(server.restart()).result(timeout=5)``.
        """
        if self._loop is None:
            raise RuntimeError("the simulator is not running")
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop)

    # --- Connections ---------------------------------------------------------------

    def _check_token(self, connection: ServerConnection, request: Request) -> Response | None:
        """Section "Transport": a wrong or missing bearer token gets HTTP 401."""
        if self._token is None:
            return None
        offered = request.headers.get("Authorization", "")
        if hmac.compare_digest(offered.encode(), f"Bearer {self._token}".encode()):
            return None
        logger.warning("handshake from %s refused: %s token",
                       connection.remote_address, "wrong" if offered else "missing")
        response = connection.respond(HTTPStatus.UNAUTHORIZED, "authentication failed\n")
        response.headers["WWW-Authenticate"] = 'Bearer realm="wallboard"'
        return response

    async def _handle(self, ws: ServerConnection) -> None:
        client = _Client(next(self._ids), ws, last_sent=self._clock.monotonic())
        self._clients[client.id] = client
        writer = asyncio.create_task(self._write(client), name=f"simulator-writer-{client.id}")
        logger.info("client %d connected from %s", client.id, ws.remote_address)
        try:
            async for frame in ws:
                self._on_client_frame(client, frame)
        except ConnectionClosed:
            pass
        finally:
            del self._clients[client.id]
            writer.cancel()
            logger.info("client %d disconnected (code %s)", client.id, ws.close_code)

    def _on_client_frame(self, client: _Client, frame: str | bytes) -> None:
        """Section "Order and recovery", rule 5: ``resync`` is the only client message."""
        try:
            message = msgspec.json.decode(frame)
        except msgspec.DecodeError:
            logger.debug("client %d sent a frame that is not JSON; ignored", client.id)
            return
        if isinstance(message, dict) and message.get("type") == "resync":
            logger.info("client %d asked for a resync", client.id)
            client.want_snapshot = True
        else:
            logger.debug("client %d sent an unknown message; ignored", client.id)

    async def _write(self, client: _Client) -> None:
        try:
            while True:
                frame, text = await client.outbox.get()
                await client.ws.send(frame, text=text)
        except ConnectionClosed:
            pass

    # --- The clock ------------------------------------------------------------------

    async def _run(self) -> None:
        while True:
            try:
                self._tick()
            except Exception:  # keep serving; a bug in one tick must not kill the feed
                logger.exception("simulator tick failed")
            await asyncio.sleep(self._tick_s)

    def _tick(self) -> None:
        """Advance the model to the simulated now and send what happened."""
        if self._paused or self._model is None:
            return
        mono = self._clock.monotonic()
        deltas = self._model.advance(self.simulated_now_ms())
        snapshot: dict[str, Any] | None = None
        for client in list(self._clients.values()):
            if client.want_snapshot:
                # The snapshot already contains this tick's deltas.
                client.want_snapshot = False
                snapshot = snapshot or self._model.snapshot()
                self._send(client, snapshot, mono)
            else:
                for delta in deltas:
                    self._send(client, delta, mono)
            # Send on the last tick before the interval runs out, so that no gap
            # is longer than heartbeat_s (section "Transport": at most 5 s).
            if mono - client.last_sent + self._tick_s > self._heartbeat_s:
                self._send(client, messages.heartbeat(self._model.now_ms), mono)

    def _send(self, client: _Client, message: dict[str, Any], mono: float) -> None:
        """Number ``message`` for this connection and queue it (section "Envelope")."""
        if client.dropped:
            return
        if client.outbox.qsize() >= MAX_QUEUED_FRAMES:
            client.dropped = True
            logger.warning("client %d is too slow; disconnecting it", client.id)
            task = asyncio.get_running_loop().create_task(client.ws.close(1013, "client too slow"))
            self._closing.add(task)
            task.add_done_callback(self._closing.discard)
            return
        client.seq += 1
        numbered = {"type": message["type"], "seq": client.seq, **message}
        client.outbox.put_nowait((msgspec.json.encode(numbered), True))
        client.last_sent = mono
        if self._record is not None:
            self._record.append((client.id, numbered))


@contextlib.contextmanager
def running_in_thread(**kwargs: Any) -> Iterator[SimulatorServer]:
    """Run a :class:`SimulatorServer` on its own event loop in a daemon thread.

    Yields the started server (its :attr:`~SimulatorServer.url` ready) and
    stops it cleanly on exit. ``kwargs`` are those of :class:`SimulatorServer`.
    Call its async methods through :meth:`SimulatorServer.submit`.
    """
    server = SimulatorServer(**kwargs)
    loop = asyncio.new_event_loop()
    started = threading.Event()
    failure: list[BaseException] = []

    def run() -> None:
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(server.start())
        except BaseException as error:  # handed to the caller's thread below
            failure.append(error)
            started.set()
            loop.close()
            return
        started.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    thread = threading.Thread(target=run, name="wallboard-simulator", daemon=True)
    thread.start()
    started.wait()
    if failure:
        thread.join()
        raise failure[0]
    try:
        yield server
    finally:
        try:
            asyncio.run_coroutine_threadsafe(server.stop(), loop).result(timeout=15)
        finally:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout=15)
