"""The websocket transport around a :class:`~wallboard.feed.session.FeedSession`.

:class:`FeedClient` is an asyncio task: it opens the connection (subprotocol
``wallboard.v1``, the bearer token, TLS verification), hands every frame to
the session, sends what the session asks for, and reconnects with backoff.
It never decides what a message means. :class:`FeedThread` runs it on its
own event loop in a thread, so a UI thread never does network I/O or
decoding.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar
from urllib.parse import urlsplit

from websockets.exceptions import InvalidStatus, InvalidURI, WebSocketException

from wallboard.clock import SYSTEM_CLOCK, Clock
from wallboard.engine import Engine, SiteFigures
from wallboard.feed.backoff import BASE_S, CAP_S, backoff_delay
from wallboard.feed.gate import ScreenFirst
from wallboard.feed.health import FeedHealth
from wallboard.feed.session import FeedSession, Verdict
from wallboard.feed.transport import BINARY_FRAME, FeedConnection, open_connection
from wallboard.phrases import QT_TRANSLATE_NOOP, Phrase, reason_of
from wallboard.protocol import RESYNC_REQUEST, SUBPROTOCOL, decode

log = logging.getLogger(__name__)

#: Close codes after which the server wants us back at once (section "Transport").
RECONNECT_AT_ONCE = frozenset({1001, 1012})
#: How often the session's timers are checked.
TICK_S = 0.25
#: Messages applied under one hold of the engine's lock (about a millisecond's work).
APPLY_SLICE = 256
#: How often the feed's thread works out the staffing figures (seconds).
STAFFING_EVERY_S = 1.0


class ConfigurationProblem(Exception):
    """A fault that retrying will not mend by itself: bad URL, TLS, wrong protocol."""

    @property
    def reason(self) -> str:
        """Why, as it was raised: a :class:`Phrase` the screen says in its language."""
        return reason_of(self)


@dataclass(frozen=True, slots=True)
class FeedOptions:
    url: str
    #: Seconds of silence before the figures are stale (rule 6).
    stale_after_s: float = 15.0
    #: A CA bundle to verify the server with, instead of the system's.
    ca_file: str | None = None
    open_timeout_s: float = 10.0
    #: Stop at a configuration problem (for scripts) instead of retrying (for walls).
    stop_on_configuration_problem: bool = False
    #: Reconnection backoff: from ``backoff_base_s`` doubling up to ``backoff_cap_s``.
    backoff_base_s: float = BASE_S
    backoff_cap_s: float = CAP_S
    #: How often the token is looked up again while authentication has failed.
    token_poll_s: float = 5.0
    #: After an authentication failure, try again this often even with the same
    #: token (a kiosk: the server may have been at fault, and nobody is there to
    #: press R); ``None`` waits for a new token or :meth:`FeedClient.retry`.
    retry_auth_after_s: float | None = None


class FeedClient:
    """Follows one feed until :meth:`stop`, reconnecting forever.

    ``token`` is asked again before every connection attempt, so a token
    changed in the keyring is picked up without a restart. When it raises (a
    keyring that is missing or locked) the attempt goes without a token, and
    its message is shown if the server then refuses the connection.
    """

    def __init__(
        self,
        options: FeedOptions,
        session: FeedSession,
        *,
        token: Callable[[], str | None] = lambda: None,
        clock: Clock = SYSTEM_CLOCK,
        lock: threading.Lock | None = None,
        rng: random.Random | None = None,
        screen: ScreenFirst | None = None,
    ) -> None:
        self.options = options
        #: Gives way to the screen's thread while it draws (see :mod:`wallboard.feed.gate`).
        self.screen = screen or ScreenFirst()
        self.session = session
        self._token = token
        self._clock = clock
        self._lock = lock or threading.Lock()
        self._rng = rng or random.Random()
        self._stopping = threading.Event()
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self.attempts = 0  # connection attempts made, for tests and diagnostics
        #: Why the token could not be read the last time it was asked for, if it could not.
        self.token_problem: str | None = None

    async def run(self) -> None:
        """Connect and follow the feed until stopped; never raises on network faults."""
        self._task = asyncio.current_task()
        try:
            await self._run()
        except asyncio.CancelledError:
            if not self._stopping.is_set():
                raise
        finally:
            with self._lock:
                self.session.stopped()

    async def _run(self) -> None:
        failures = 0
        at_once = False
        while not self._stopping.is_set():
            token = self._read_token()
            self.attempts += 1
            try:
                at_once, had_snapshot = await self._connect_and_follow(token)
            except InvalidStatus as error:
                status = error.response.status_code
                if status in (401, 403):
                    reason: str = Phrase(QT_TRANSLATE_NOOP(
                        "Wall", "authentication failed (HTTP %1): the server refused the token"),
                        str(status))
                    if token is None and self.token_problem:
                        # The keyring's trouble, in its own words (credentials.py).
                        reason = Phrase(QT_TRANSLATE_NOOP(
                            "Wall", "authentication failed (HTTP %1): no token could be read. "
                                    "%2"), str(status), self.token_problem)
                    again = self.options.retry_auth_after_s
                    if again is not None:
                        reason = Phrase(QT_TRANSLATE_NOOP("Wall", "%1; trying again every %2 s"),
                                        reason, f"{again:g}")
                    log.error(reason)
                    with self._lock:
                        self.session.auth_failed(reason)
                    await self._wait_for_new_token(token, give_up_after_s=again)
                    failures = 0
                    continue
                self._lost(Phrase(QT_TRANSLATE_NOOP(
                    "Wall", "the server answered HTTP %1 to the handshake"), str(status)))
                had_snapshot = False
            except ConfigurationProblem as error:
                self._lost(error.reason)
                if self.options.stop_on_configuration_problem:
                    break
                had_snapshot = False
            except (OSError, TimeoutError, WebSocketException) as error:
                self._lost(_describe(error, self.options.url))
                had_snapshot = False
                if self.options.stop_on_configuration_problem and isinstance(
                    error, ssl.SSLCertVerificationError
                ):
                    break
            if had_snapshot:
                failures = 0
            options = self.options
            delay = 0.0 if at_once else backoff_delay(
                failures, self._rng, base=options.backoff_base_s, cap=options.backoff_cap_s
            )
            failures += 0 if at_once else 1
            at_once = False
            if delay:
                log.info("reconnecting in %.1f s", delay)
                await self._sleep(delay)

    def _read_token(self) -> str | None:
        """The token for the next attempt; a token source that fails gives none, loudly once."""
        try:
            token = self._token()
        except Exception as error:  # a keyring can fail in many ways; none may stop the feed
            problem = reason_of(error) or type(error).__name__  # a Phrase from credentials
            if problem != self.token_problem:
                log.warning("cannot read the feed's token: %s", problem)
            self.token_problem = problem
            return None
        self.token_problem = None
        return token

    def stop(self) -> None:
        """Make :meth:`run` close the connection and return (call from the loop's thread)."""
        self._stopping.set()
        if self._task is not None:
            self._task.cancel()

    def retry(self) -> None:
        """Try again now, for instance after authentication failed (a person asked)."""
        self._wake.set()

    # --- Inside --------------------------------------------------------------------

    async def _connect_and_follow(self, token: str | None) -> tuple[bool, bool]:
        """One connection. Returns (reconnect at once?, did data arrive?)."""
        url = self.options.url
        session, lock, clock, screen = self.session, self._lock, self._clock, self.screen
        connection: FeedConnection | None = None

        def handle(messages: list[object]) -> None:
            # One chunk from the socket: decoded outside the lock, then applied a
            # slice at a time, so that a reader of the figures (the UI thread)
            # never waits for a whole flood to be applied, and giving way to the
            # screen while it draws a frame.
            screen.wait()
            decoded = [m if m is BINARY_FRAME else decode(m) for m in messages]  # type: ignore[arg-type]
            resync = False
            for start in range(0, len(decoded), APPLY_SLICE):
                if start:
                    time.sleep(0)  # let a waiting reader take the lock
                    screen.wait()
                with lock:
                    mono = clock.monotonic()
                    for item in decoded[start:start + APPLY_SLICE]:
                        if item is BINARY_FRAME:
                            verdict = session.reject(
                                "a binary frame (only text frames are allowed)", mono)
                        else:
                            verdict = session.receive_decoded(item, mono)  # type: ignore[arg-type]
                        resync = resync or verdict is Verdict.SEND_RESYNC
            if resync and connection is not None:
                log.info("asking the server for a snapshot (resync)")
                connection.send_text(RESYNC_REQUEST)

        try:
            connection = await open_connection(
                url, token, handle, ssl_context=self._ssl_context(),
                timeout=self.options.open_timeout_s,
            )
        except InvalidURI as error:
            raise ConfigurationProblem(Phrase(QT_TRANSLATE_NOOP("Wall", "invalid feed URL %1: %2"),
                                              repr(url), str(error))) from error
        try:
            if connection.subprotocol != SUBPROTOCOL:
                raise ConfigurationProblem(Phrase(QT_TRANSLATE_NOOP(
                    "Wall", "the server at %1 did not select subprotocol %2: it does not "
                            "speak the wallboard feed protocol"), url, SUBPROTOCOL))
            log.info("connected to %s", url)
            with lock:
                session.connected(clock.monotonic())
            messages_before = session.messages
            connection.resume()
            ticker = asyncio.create_task(self._tick(connection))
            try:
                # Shielded: cancelling this task must not cancel the connection's
                # own future, or close() below would think the socket is closed.
                await asyncio.shield(connection.closed)
            finally:
                ticker.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await ticker
            return self._closed(connection), session.messages > messages_before
        finally:
            await connection.close(1002 if connection.subprotocol != SUBPROTOCOL else 1000)

    async def _tick(self, connection: FeedConnection) -> None:
        while True:
            await asyncio.sleep(TICK_S)
            with self._lock:
                verdict = self.session.tick(self._clock.monotonic())
            if verdict is Verdict.RECONNECT:
                await connection.close(1000, "reconnecting")
                return

    def _closed(self, connection: FeedConnection) -> bool:
        """Record why the connection ended; True when the server asks us back at once."""
        if self._stopping.is_set():
            return False
        ws = connection.ws
        received, sent = ws.close_rcvd, ws.close_sent
        if sent is not None and sent.code == 1009:
            with self._lock:
                self.session.bad_messages += 1
            self._lost(Phrase(QT_TRANSLATE_NOOP(
                "Wall", "a frame over the 16 MiB limit was refused (protocol error)")))
            return False
        if sent is not None and not ws.close_rcvd_then_sent:
            # We closed it (stale feed, no snapshot): the session said why.
            self._lost(self.session.last_error or Phrase(QT_TRANSLATE_NOOP(
                "Wall", "connection closed")))
            return False
        if received is not None:
            reason = f" {received.reason}" if received.reason else ""
            self._lost(Phrase(QT_TRANSLATE_NOOP("Wall", "the server closed the connection (%1)"),
                              f"{received.code}{reason}"))
            return received.code in RECONNECT_AT_ONCE
        self._lost(Phrase(QT_TRANSLATE_NOOP("Wall", "the connection dropped")))
        return False

    def _lost(self, reason: str) -> None:
        with self._lock:
            self.session.disconnected(reason)
        log.warning("feed: %s", reason)

    def _ssl_context(self) -> ssl.SSLContext | None:
        if urlsplit(self.options.url).scheme != "wss":
            return None
        try:
            return ssl.create_default_context(cafile=self.options.ca_file)
        except (OSError, ssl.SSLError) as error:
            raise ConfigurationProblem(Phrase(QT_TRANSLATE_NOOP(
                "Wall", "cannot read the CA file %1: %2"), repr(self.options.ca_file), str(error))
            ) from error

    async def _sleep(self, seconds: float) -> None:
        self._wake.clear()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), seconds)

    async def _wait_for_new_token(self, refused: str | None,
                                  give_up_after_s: float | None = None) -> None:
        """Authentication failed: wait for a new token, :meth:`retry` or :meth:`stop`,
        or for ``give_up_after_s`` seconds when given."""
        self._wake.clear()
        deadline = None if give_up_after_s is None else self._clock.monotonic() + give_up_after_s
        while not self._stopping.is_set():
            if deadline is not None and self._clock.monotonic() >= deadline:
                log.info("trying the same token again")
                return
            poll_s = self.options.token_poll_s
            if deadline is not None:
                poll_s = min(poll_s, max(0.0, deadline - self._clock.monotonic()))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), poll_s)
                return
            if self._read_token() != refused:
                log.info("the token changed; trying again")
                return


def _describe(error: BaseException, url: str) -> str:
    """A fault in words a supervisor can act on (in the wall's language on its screen;
    what TLS and the system say stays in their words)."""
    where = urlsplit(url).netloc or url
    if isinstance(error, ssl.SSLCertVerificationError):
        return Phrase(QT_TRANSLATE_NOOP("Wall", "TLS certificate verification failed for %1: %2"),
                      where, str(error.verify_message))
    if isinstance(error, ssl.SSLError):
        return Phrase(QT_TRANSLATE_NOOP("Wall", "TLS error with %1: %2"), where,
                      str(error.reason or error))
    if isinstance(error, ConnectionRefusedError):
        return Phrase(QT_TRANSLATE_NOOP("Wall", "cannot connect to %1: connection refused"), where)
    if isinstance(error, TimeoutError):
        return Phrase(QT_TRANSLATE_NOOP("Wall", "timed out connecting to %1"), where)
    if isinstance(error, OSError):
        return Phrase(QT_TRANSLATE_NOOP("Wall", "cannot connect to %1: %2"), where,
                      str(error.strerror or error))
    return Phrase(QT_TRANSLATE_NOOP("Wall", "connection to %1 failed: %2"), where, str(error))


_T = TypeVar("_T")


class FeedThread:
    """A :class:`FeedClient` on its own event loop in a daemon thread.

    The UI reads :meth:`figures` and :meth:`health` from its own thread; the
    engine is guarded by one lock, held briefly per message and per reading.
    """

    def __init__(
        self,
        options: FeedOptions,
        engine: Engine | None = None,
        *,
        token: Callable[[], str | None] = lambda: None,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        self.engine = engine or Engine()
        #: Where the token comes from (kept for a new connection to another URL).
        self.token = token
        self.session = FeedSession(self.engine, stale_after_s=options.stale_after_s)
        self._clock = clock
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        #: The screen's thread says here when it draws; the feed gives way meanwhile.
        self.screen = ScreenFirst()
        self.client = FeedClient(options, self.session, token=token, clock=clock, lock=self._lock,
                                 screen=self.screen)
        self._thread = threading.Thread(target=self._run, name="wallboard-feed", daemon=True)

    def start(self) -> FeedThread:
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        if self._thread.is_alive():
            self._loop.call_soon_threadsafe(self.client.stop)
            self._thread.join(timeout)

    def retry(self) -> None:
        self._loop.call_soon_threadsafe(self.client.retry)

    def read(self, reader: Callable[[Engine, FeedHealth, int], _T]) -> _T:
        """``reader(engine, health, now_ms)`` under the feed's lock; keep it short."""
        with self._lock:
            return reader(self.engine, self.session.health(self._clock.monotonic()),
                          self._clock.now_ms())

    def figures(self) -> tuple[SiteFigures | None, FeedHealth]:
        """The figures and the feed's health, read together at one moment."""
        with self._lock:
            return (
                self.engine.figures(self._clock.now_ms()),
                self.session.health(self._clock.monotonic()),
            )

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        keeper = self._loop.create_task(self._keep_staffing_current(), name="staffing")
        try:
            self._loop.run_until_complete(self.client.run())
        finally:
            keeper.cancel()
            self._loop.run_until_complete(asyncio.gather(keeper, return_exceptions=True))
            self._loop.run_until_complete(self._loop.shutdown_asyncgens())
            self._loop.close()

    async def _keep_staffing_current(self) -> None:
        """Work the staffing model out here, once a second, between the screen's frames.

        The model takes milliseconds on a large site (Erlang A more); done in
        the screen's refresh it made one refresh in four late. Should this ever
        fail, the engine works it out on the reader's thread again, as without
        a feed thread.
        """
        engine, screen = self.engine, self.screen
        engine.staffing_kept_current = True
        failures = 0
        try:
            while True:
                await asyncio.sleep(STAFFING_EVERY_S)
                screen.wait()
                try:
                    with self._lock:
                        engine.refresh_staffing(self._clock.now_ms())
                    failures = 0
                except Exception:
                    failures += 1
                    if failures == 1:
                        log.exception("the staffing figures could not be worked out")
                    if failures >= 3:
                        return  # the reader works them out (and logs) from now on
        finally:
            engine.staffing_kept_current = False
