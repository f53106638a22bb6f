"""The protocol state machine of one feed, sans-I/O.

:class:`FeedSession` sits between the transport (the websocket adapter in
:mod:`wallboard.feed.client`) and the :class:`~wallboard.engine.Engine`. The
transport tells it what happened (connected, a frame arrived, the connection
was lost) and asks it what to do next; it never touches a socket or reads a
clock itself: every call takes the monotonic time ``mono``.

The rules are the protocol's section "Order and recovery".
"""

from __future__ import annotations

import enum
import logging

from wallboard.engine import Engine
from wallboard.feed.health import FeedHealth, FeedState
from wallboard.phrases import QT_TRANSLATE_NOOP, Phrase
from wallboard.protocol import (
    BadMessage,
    Decoded,
    DroppedElement,
    SalvagedSnapshot,
    UnknownType,
    decode,
)
from wallboard.protocol import models as m

log = logging.getLogger(__name__)

#: Seconds to wait for a snapshot after asking for one (rule 2).
RESYNC_TIMEOUT_S = 10.0
#: Default seconds of silence after which the figures are stale (rule 6).
DEFAULT_STALE_AFTER_S = 15.0
#: Dropped elements logged one by one per snapshot; the rest in one line.
DROPPED_LOGGED_PER_SNAPSHOT = 20


class Verdict(enum.Enum):
    """What the transport must do after :meth:`FeedSession.receive` or :meth:`FeedSession.tick`."""

    NOTHING = enum.auto()
    SEND_RESYNC = enum.auto()  # send ``{"type": "resync"}``
    RECONNECT = enum.auto()  # close this connection and open a new one


class FeedSession:
    """Follows one feed across connections and keeps the engine in step with it."""

    def __init__(self, engine: Engine, *, stale_after_s: float = DEFAULT_STALE_AFTER_S) -> None:
        self.engine = engine
        self.stale_after_s = stale_after_s
        self.messages = 0
        self.gaps = 0
        self.bad_messages = 0
        self.resyncs = 0
        self.reconnects = 0
        self.inconsistent = 0
        self.dropped_elements = 0
        self.last_error: str | None = None
        self._connections = 0
        self._connected = False
        self._terminal: FeedState | None = None
        self._last_seq: int | None = None
        self._last_message_mono: float | None = None
        self._connected_mono = 0.0
        self._awaiting_snapshot = False
        self._snapshot_on_connection = False
        self._snapshot_deadline: float | None = None
        self._resync_sent = False
        self._went_stale = False
        self._unknown_types_seen: set[str] = set()

    # --- Events from the transport -------------------------------------------------

    def connected(self, mono: float) -> None:
        """A new connection is open; its first message must be a snapshot."""
        self._connections += 1
        if self._connections > 1:
            self.reconnects += 1
        self._connected = True
        self._connected_mono = mono
        self._terminal = None
        self._last_seq = None
        self._awaiting_snapshot = True
        self._snapshot_on_connection = False
        self._resync_sent = False
        self._snapshot_deadline = mono + RESYNC_TIMEOUT_S

    def disconnected(self, reason: str) -> None:
        """The connection is gone; the transport will reconnect."""
        if self._connected:
            log.warning("feed connection lost: %s", reason)
        self._connected = False
        self._snapshot_deadline = None
        self.last_error = reason

    def auth_failed(self, reason: str) -> None:
        """The server refused the token: stop until the token changes or a person asks."""
        self._connected = False
        self._terminal = FeedState.AUTH_FAILED
        self.last_error = reason

    def stopped(self) -> None:
        self._connected = False
        self._terminal = FeedState.STOPPED

    def receive(self, frame: str | bytes, mono: float) -> Verdict:
        """Handle one frame. Never raises: damage is counted and logged."""
        return self.receive_decoded(decode(frame), mono)

    def receive_decoded(self, decoded: Decoded, mono: float) -> Verdict:
        """Handle one frame that :func:`~wallboard.protocol.decode` has decoded.

        For a transport that decodes before it takes the lock around the session.
        """
        if isinstance(decoded, BadMessage):
            return self.reject(decoded.reason, mono, decoded.type)

        self._arrived(mono)
        if isinstance(decoded, SalvagedSnapshot):
            self._dropped(decoded.snapshot.seq, decoded.dropped)
            decoded = decoded.snapshot
        if isinstance(decoded, UnknownType):
            if decoded.type not in self._unknown_types_seen:
                self._unknown_types_seen.add(decoded.type)
                log.info("skipping messages of unknown type %r", decoded.type)
            self.engine.observe_time(decoded.ts)
            return self._follow(decoded.seq, mono)

        if type(decoded) is m.Snapshot:
            self.engine.apply(decoded)
            self._last_seq = decoded.seq
            self._awaiting_snapshot = False
            self._snapshot_on_connection = True
            self._snapshot_deadline = None
            self._resync_sent = False
            self.messages += 1
            return Verdict.NOTHING

        if self._awaiting_snapshot:
            # Rule 2: ignore deltas until the next snapshot; the day still turns.
            self.engine.observe_time(decoded.ts)
            self._last_seq = decoded.seq
            if not self._resync_sent:
                # The connection did not open with a snapshot: ask for one.
                log.warning("%s before the first snapshot; asking for one", m.type_of(decoded))
                return self._gap(mono)
            return Verdict.NOTHING

        verdict = self._follow(decoded.seq, mono)
        if verdict is not Verdict.NOTHING:
            return verdict
        problem = self.engine.apply(decoded)
        if problem is not None:
            self.inconsistent += 1
            self.last_error = Phrase(QT_TRANSLATE_NOOP("Wall", "inconsistent delta: %1"),
                                     str(problem))
            log.warning("inconsistent delta at seq %d: %s", decoded.seq, problem)
            return self._gap(mono)
        self.messages += 1
        return Verdict.NOTHING

    def reject(self, reason: str, mono: float, message_type: str | None = None) -> Verdict:
        """Count a bad message (never its payload) and treat it like a gap (section "Envelope")."""
        self.bad_messages += 1
        what = f" ({message_type})" if message_type else ""
        self.last_error = (Phrase(QT_TRANSLATE_NOOP("Wall", "bad message (%1): %2"),
                                  message_type, reason) if message_type else
                           Phrase(QT_TRANSLATE_NOOP("Wall", "bad message: %1"), reason))
        log.warning("bad message%s: %s", what, reason)
        return self._request_resync(mono)

    def _dropped(self, seq: int, dropped: tuple[DroppedElement, ...]) -> None:
        """Count and log elements a snapshot was applied without.

        Not a bad message: the frame is sound, one element of it is not, and
        asking for the same snapshot again would bring the same element back.
        """
        self.dropped_elements += len(dropped)
        for element in dropped[:DROPPED_LOGGED_PER_SNAPSHOT]:
            which = "" if element.id is None else f" {element.id!r}"
            log.warning("snapshot at seq %d: %s%s left out: %s", seq, element.kind, which,
                        element.reason)
        if len(dropped) > DROPPED_LOGGED_PER_SNAPSHOT:
            log.warning("snapshot at seq %d: %d more elements left out", seq,
                        len(dropped) - DROPPED_LOGGED_PER_SNAPSHOT)
        first = dropped[0]
        self.last_error = Phrase(QT_TRANSLATE_NOOP(
            "Wall", "snapshot at seq %1: %2 element(s) left out, first a %3: %4"),
            str(seq), str(len(dropped)), str(first.kind), first.reason)

    def tick(self, mono: float) -> Verdict:
        """Check the timers; call it about once a second."""
        if not self._connected:
            return Verdict.NOTHING
        if self._snapshot_deadline is not None and mono >= self._snapshot_deadline:
            self.last_error = Phrase(QT_TRANSLATE_NOOP(
                "Wall", "no snapshot arrived within 10 s; reconnecting"))
            log.warning(self.last_error)
            self._went_stale = True
            return Verdict.RECONNECT
        # Rule 6: after twice the timeout, this connection is given up. Count
        # from the connection's start too, so a fresh connection gets its chance.
        quiet_since = max(self._last_message_mono or self._connected_mono, self._connected_mono)
        if mono - quiet_since >= 2 * self.stale_after_s:
            self.last_error = Phrase(QT_TRANSLATE_NOOP(
                "Wall", "no message for %1 s; reconnecting"), f"{mono - quiet_since:.0f}")
            log.warning(self.last_error)
            self._went_stale = True
            return Verdict.RECONNECT
        silence = self._silence(mono)
        if silence is not None and silence >= self.stale_after_s and not self._went_stale:
            self._went_stale = True
            log.warning("feed stale: no message for %.0f s", silence)
        return Verdict.NOTHING

    # --- Reading ---------------------------------------------------------------------

    def state(self, mono: float) -> FeedState:
        if self._terminal is not None:
            return self._terminal
        silence = self._silence(mono)
        if not self._connected:
            return FeedState.CONNECTING if self._connections == 0 else FeedState.RECONNECTING
        if silence is None or (self._awaiting_snapshot and not self.engine.has_snapshot):
            # Connected, nothing yet: after a stale spell it stays stale (rule 6).
            return FeedState.STALE if self._went_stale else FeedState.CONNECTING
        if silence >= self.stale_after_s:
            return FeedState.STALE
        return FeedState.LIVE

    def health(self, mono: float) -> FeedHealth:
        return FeedHealth(
            state=self.state(mono),
            messages=self.messages,
            last_seq=self._last_seq,
            gaps=self.gaps,
            bad_messages=self.bad_messages,
            resyncs=self.resyncs,
            reconnects=self.reconnects,
            inconsistent=self.inconsistent,
            silence_s=self._silence(mono),
            resyncing=self._awaiting_snapshot and self.engine.has_snapshot,
            last_error=self.last_error,
            dropped_elements=self.dropped_elements,
            snapshot_on_connection=self._snapshot_on_connection,
        )

    # --- Inside --------------------------------------------------------------------

    def _arrived(self, mono: float) -> None:
        self._last_message_mono = mono
        if self._went_stale and self._connected:
            log.info("feed live again")
        self._went_stale = False

    def _silence(self, mono: float) -> float | None:
        """Age of the newest data, across connections: old figures stay old."""
        if self._last_message_mono is None:
            return None
        return max(0.0, mono - self._last_message_mono)

    def _follow(self, seq: int, mono: float) -> Verdict:
        """Check that ``seq`` follows the previous message (rule 2)."""
        previous = self._last_seq
        self._last_seq = seq
        if self._awaiting_snapshot or previous is None or seq == previous + 1:
            return Verdict.NOTHING
        log.warning("sequence gap: expected %d, got %d", previous + 1, seq)
        self.last_error = Phrase(QT_TRANSLATE_NOOP("Wall", "sequence gap: expected %1, got %2"),
                                 str(previous + 1), str(seq))
        return self._gap(mono)

    def _gap(self, mono: float) -> Verdict:
        """The state may be missing something: count a gap and ask for a snapshot."""
        self.gaps += 1
        return self._request_resync(mono)

    def _request_resync(self, mono: float) -> Verdict:
        """Ask for a snapshot unless one is already asked for on this connection."""
        self._awaiting_snapshot = True
        if self._resync_sent:
            return Verdict.NOTHING
        self._resync_sent = True
        self.resyncs += 1
        self._snapshot_deadline = mono + RESYNC_TIMEOUT_S
        return Verdict.SEND_RESYNC
