"""The moving parts of the model: contacts in progress and agents."""

from __future__ import annotations

import enum
from typing import Any

from wallboard.protocol.models import AgentState
from wallboard.simulator.behaviour import Outcome
from wallboard.simulator.roster import AgentProfile, Pause

__all__ = ["BUSY", "AgentState", "Phase"]


#: States in which an agent has a contact.
BUSY = frozenset({AgentState.RINGING, AgentState.ON_CONTACT, AgentState.WRAP_UP})


class Phase(enum.IntEnum):
    """Where a contact is. A ringing contact is still ``waiting`` on the wire."""

    WAITING = 0
    RINGING = 1
    CONNECTED = 2
    GONE = 3


class Contact:
    """A contact in progress."""

    __slots__ = ("agent", "answered_at", "id", "leg", "outcome", "phase", "queue", "queued_at")

    def __init__(self, contact_id: str, queue: int, queued_at: int, leg: bool) -> None:
        self.id = contact_id
        #: Index of its queue in the scenario.
        self.queue = queue
        self.queued_at = queued_at
        #: A transferred leg is not transferred again.
        self.leg = leg
        self.phase = Phase.WAITING
        self.agent: str | None = None
        self.answered_at = 0
        #: Decided when answered.
        self.outcome = Outcome.RESOLVED


class Agent:
    """An agent on the roster and what they are doing."""

    __slots__ = ("contact", "id", "pending_logout", "pending_pause", "profile", "queues", "reason",
                 "shift", "since", "state", "token")

    def __init__(self, profile: AgentProfile, queues: tuple[int, ...], since: int) -> None:
        self.profile = profile
        self.id = profile.id
        #: Indexes of the queues this agent is skilled for.
        self.queues = queues
        self.state = AgentState.LOGGED_OUT
        self.reason: str | None = None
        self.since = since
        self.contact: str | None = None
        #: The shift being worked (ordinal of its local start date).
        self.shift = 0
        #: Log out, or take this pause, once the current contact is done.
        self.pending_logout = False
        self.pending_pause: Pause | None = None
        #: Bumped on every pause and logout, so a stale "ready" event is ignored.
        self.token = 0

    def to_wire(self) -> dict[str, Any]:
        """The agent object of a snapshot or of ``agent.added``."""
        return {
            "id": self.id, "name": self.profile.name,
            "departments": list(self.profile.departments),
            "languages": list(self.profile.languages),
            "state": str(self.state), "reason": self.reason, "since": self.since,
            "contact": self.contact,
        }
