"""What the feed client reports about itself."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class FeedState(enum.StrEnum):
    """The reported state of the feed (protocol, "What the wallboard reports")."""

    CONNECTING = "connecting"  # never had data on this run yet
    LIVE = "live"  # a message arrived within the stale timeout
    STALE = "stale"  # silence past the stale timeout: figures are old
    RECONNECTING = "reconnecting"  # the connection was lost; trying again
    AUTH_FAILED = "auth_failed"  # the server refused the token; waits for a new one
    STOPPED = "stopped"  # the client was stopped


@dataclass(frozen=True, slots=True)
class FeedHealth:
    """An immutable reading of the feed's health."""

    state: FeedState
    messages: int
    last_seq: int | None
    gaps: int
    bad_messages: int
    resyncs: int
    reconnects: int
    inconsistent: int
    #: Seconds since the last message arrived, ``None`` if none has.
    silence_s: float | None
    #: Waiting for a snapshot after a gap: the figures are frozen meanwhile.
    resyncing: bool
    #: The last problem, in words fit for the screen and the log.
    last_error: str | None
    #: Elements of snapshots (an agent, a case, ...) left out because they
    #: could not be understood; their snapshots were applied without them.
    dropped_elements: int = 0
    #: The connection's own snapshot has come (the figures are of this connection).
    snapshot_on_connection: bool = True

    @property
    def figures_are_live(self) -> bool:
        return self.state is FeedState.LIVE and not self.resyncing

    @property
    def reported_state(self) -> FeedState:
        """The state as the wall shows it, for the probe's ``feed.state``.

        Messages may still arrive (so :attr:`state` is live) while the figures
        are frozen, waiting for a snapshot: on a new connection that is still
        ``reconnecting``; after a gap on the same connection the figures are
        old, ``stale``. Never ``live`` while the wall says it is not.
        """
        if self.state is FeedState.LIVE and self.resyncing:
            return FeedState.STALE if self.snapshot_on_connection else FeedState.RECONNECTING
        return self.state
