"""Typed wire messages of the feed protocol, version 1 (``feed-protocol.md``).

Every server message is a frozen :class:`msgspec.Struct` tagged by its
``type`` field, so one call decodes and validates a frame. Fields the
protocol marks as free text (channel, case status, outcomes, severity) are
plain strings: the wall shows unknown values as given. An agent's ``state``
is a plain string too: the KPIs are defined over the six states of
:class:`AgentState`, and a state this client does not know is still a
logged-in agent, counted under its own name (the protocol is silent on other
states, so the client is liberal there).

Display fields the protocol does not say are required (the ``name`` of a
site, department, queue or agent, an agent's ``since``, a queue's
``channel``) may be missing: the engine shows the id instead, takes the
message's ``ts`` for ``since``, and leaves a queue without a channel out of
the channel groups, as a queue without a language is left out of the
language groups. No figure is invented for them.
"""

from __future__ import annotations

import enum
from typing import Annotated

import msgspec

#: A duration or a count that cannot be negative. JSON numbers have no size
#: limit, but a KPI divides them as floats: one beyond 2**53 - 1 (the largest
#: integer JSON keeps exactly, RFC 8259 section 6) is a bad message, not an
#: overflow every time the figures are read.
NonNegative = Annotated[int, msgspec.Meta(ge=0, le=2**53 - 1)]
#: Epoch milliseconds, bounded to what calendar arithmetic can represent
#: (years 1970 to 9999), so a damaged time is a bad message, not a crash. The
#: bound is the end of 9999-12-29 UTC: the business day of a ``ts`` needs its
#: next local midnight, which must still be a date in every time zone.
Millis = Annotated[int, msgspec.Meta(ge=0, le=253_402_127_999_999)]
#: A message sequence number.
Seq = Annotated[int, msgspec.Meta(ge=0, le=2**63 - 1)]


class AgentState(enum.StrEnum):
    """The six agent states of the protocol (section "Snapshot")."""

    AVAILABLE = "available"
    RINGING = "ringing"
    ON_CONTACT = "on_contact"
    WRAP_UP = "wrap_up"
    NOT_READY = "not_ready"
    LOGGED_OUT = "logged_out"


class ContactState(enum.StrEnum):
    WAITING = "waiting"
    CONNECTED = "connected"


class Outcome(enum.StrEnum):
    """Known outcomes of ``contact.completed``; others count toward ``completed`` only."""

    RESOLVED = "resolved"
    TRANSFERRED = "transferred"
    FORWARDED = "forwarded"
    OUT_OF_SCOPE = "out_of_scope"


class Severity(enum.StrEnum):
    INFO = "info"
    WARNING = "warning"
    CRITICAL = "critical"


class _Item(msgspec.Struct, frozen=True, kw_only=True):
    """Base of the objects inside messages: extra fields are ignored."""


class Site(_Item, frozen=True, kw_only=True):
    id: str
    name: str | None = None
    timezone: str


class Department(_Item, frozen=True, kw_only=True):
    id: str
    name: str | None = None


class Queue(_Item, frozen=True, kw_only=True):
    id: str
    name: str | None = None
    department: str
    channel: str | None = None
    language: str | None = None
    sl_threshold_s: NonNegative
    sl_target_pct: float | None = None
    short_abandon_s: NonNegative = 0


class Agent(_Item, frozen=True, kw_only=True):
    id: str
    name: str | None = None
    departments: list[str] = []
    languages: list[str] = []
    #: One of :class:`AgentState`, or a state this client does not know.
    state: str
    reason: str | None = None
    #: ``None`` when not sent: the engine takes the message's ``ts``.
    since: Millis | None = None
    contact: str | None = None


class Contact(_Item, frozen=True, kw_only=True):
    id: str
    queue: str
    state: ContactState
    queued_at: Millis
    agent: str | None = None


class NewContact(_Item, frozen=True, kw_only=True):
    """The ``contact`` object of ``contact.queued``: always waiting."""

    id: str
    queue: str
    queued_at: Millis


class Counters(_Item, frozen=True, kw_only=True):
    """Business-day counters of one queue (section "Snapshot", ``counters``)."""

    offered: NonNegative = 0
    answered: NonNegative = 0
    answered_in_sl: NonNegative = 0
    abandoned: NonNegative = 0
    short_abandoned: NonNegative = 0
    wait_ms_answered: NonNegative = 0
    completed: NonNegative = 0
    handle_ms: NonNegative = 0
    resolved: NonNegative = 0
    transferred: NonNegative = 0
    forwarded: NonNegative = 0
    out_of_scope: NonNegative = 0


class Case(_Item, frozen=True, kw_only=True):
    id: str
    department: str
    channel: str | None = None
    category: str | None = None
    status: str
    opened_at: Millis
    due_at: Millis | None = None


class Callback(_Item, frozen=True, kw_only=True):
    id: str
    queue: str
    requested_at: Millis
    due_at: Millis | None = None


class Notice(_Item, frozen=True, kw_only=True):
    id: str
    text: str
    severity: str = Severity.INFO
    until: Millis | None = None


class Intervals(_Item, frozen=True, kw_only=True):
    """The business day so far in intervals (section "Optional: the day so far in intervals").

    ``queues`` maps a queue id to its rows, one per interval from ``start``;
    each row holds the counters in the order of :class:`Counters`. Numbers
    are taken as given here; the engine checks them against ``counters``.
    """

    start: Millis
    minutes: Annotated[int, msgspec.Meta(ge=1, le=1440)] = 15
    queues: dict[str, list[list[float]]] = {}


# --- Messages -----------------------------------------------------------------
# The envelope (section "Envelope"): every message has type, seq and ts.


class Message(msgspec.Struct, frozen=True, kw_only=True, tag_field="type"):
    seq: Seq
    ts: Millis


class Envelope(msgspec.Struct, frozen=True, kw_only=True):
    """Just the envelope, to tell an unknown ``type`` from a damaged message."""

    type: str
    seq: Seq
    ts: Millis


class Snapshot(Message, tag="snapshot", frozen=True, kw_only=True):
    site: Site
    departments: list[Department] = []
    queues: list[Queue] = []
    agents: list[Agent] = []
    contacts: list[Contact] = []
    counters: dict[str, Counters] = {}
    cases: list[Case] = []
    callbacks: list[Callback] = []
    notices: list[Notice] = []
    intervals: Intervals | None = None


class ContactQueued(Message, tag="contact.queued", frozen=True, kw_only=True):
    contact: NewContact


class ContactAnswered(Message, tag="contact.answered", frozen=True, kw_only=True):
    id: str
    agent: str
    wait_ms: NonNegative


class ContactAbandoned(Message, tag="contact.abandoned", frozen=True, kw_only=True):
    id: str
    wait_ms: NonNegative


class ContactCompleted(Message, tag="contact.completed", frozen=True, kw_only=True):
    id: str
    handle_ms: NonNegative
    outcome: str


class AgentAdded(Message, tag="agent.added", frozen=True, kw_only=True):
    agent: Agent


class AgentStateChanged(Message, tag="agent.state", frozen=True, kw_only=True):
    agent: str
    state: str
    reason: str | None = None
    contact: str | None = None


class CallbackRequested(Message, tag="callback.requested", frozen=True, kw_only=True):
    callback: Callback


class CallbackCompleted(Message, tag="callback.completed", frozen=True, kw_only=True):
    id: str
    outcome: str | None = None


class CaseOpened(Message, tag="case.opened", frozen=True, kw_only=True):
    case: Case


# Absent fields of case.updated are "unchanged"; UNSET tells them from null.
class CaseUpdated(Message, tag="case.updated", frozen=True, kw_only=True):
    id: str
    status: str | msgspec.UnsetType = msgspec.UNSET
    department: str | msgspec.UnsetType = msgspec.UNSET
    due_at: Millis | msgspec.UnsetType | None = msgspec.UNSET


class CaseClosed(Message, tag="case.closed", frozen=True, kw_only=True):
    id: str


class NoticePosted(Message, tag="notice", frozen=True, kw_only=True):
    notice: Notice


class NoticeCleared(Message, tag="notice.cleared", frozen=True, kw_only=True):
    id: str


class Heartbeat(Message, tag="heartbeat", frozen=True, kw_only=True):
    pass


ServerMessage = (
    Snapshot
    | ContactQueued
    | ContactAnswered
    | ContactAbandoned
    | ContactCompleted
    | AgentAdded
    | AgentStateChanged
    | CallbackRequested
    | CallbackCompleted
    | CaseOpened
    | CaseUpdated
    | CaseClosed
    | NoticePosted
    | NoticeCleared
    | Heartbeat
)

MESSAGE_TYPES: tuple[type[Message], ...] = (
    Snapshot,
    ContactQueued,
    ContactAnswered,
    ContactAbandoned,
    ContactCompleted,
    AgentAdded,
    AgentStateChanged,
    CallbackRequested,
    CallbackCompleted,
    CaseOpened,
    CaseUpdated,
    CaseClosed,
    NoticePosted,
    NoticeCleared,
    Heartbeat,
)

KNOWN_TYPES: frozenset[str] = frozenset(
    str(m.__struct_config__.tag) for m in MESSAGE_TYPES
)


def type_of(message: Message) -> str:
    """The wire ``type`` of a decoded message."""
    return str(type(message).__struct_config__.tag)
