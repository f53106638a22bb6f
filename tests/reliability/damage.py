"""Valid feed streams, damaged on purpose, for property-based tests.

:func:`damaged_streams` draws a valid stream from ``tests/strategies.py``, then
breaks it in one of the ways a real feed can break (:data:`KINDS`), and says
what the protocol makes of the damage (:class:`Effect`). The server always
sends a good snapshot after the damage, as it does when asked to resync, and
carries on; :attr:`DamagedStream.clean` is the stream whose meaning the
figures must show at the end.

Which damage is a *bad message*, a *gap*, an *inconsistent delta* or harmless
is written here from ``feed-protocol.md`` (sections "Envelope", "Order and
recovery", "Snapshot" and "Deltas"), not read from the wallboard's models.
"""

from __future__ import annotations

import copy
import enum
from dataclasses import dataclass
from typing import Any

import msgspec
from hypothesis import assume
from hypothesis import strategies as st

from tests.strategies import site_streams, snapshot_of

#: The message types of protocol version 1.
KNOWN_TYPES: frozenset[str] = frozenset({
    "snapshot", "contact.queued", "contact.answered", "contact.abandoned", "contact.completed",
    "agent.added", "agent.state", "callback.requested", "callback.completed", "case.opened",
    "case.updated", "case.closed", "notice", "notice.cleared", "heartbeat",
})

#: Fields without which a message means nothing (section "Deltas"; the envelope's three too).
REQUIRED: dict[str, tuple[str, ...]] = {
    "snapshot": ("site",),
    "contact.queued": ("contact",),
    "contact.answered": ("id", "agent", "wait_ms"),
    "contact.abandoned": ("id", "wait_ms"),
    "contact.completed": ("id", "handle_ms", "outcome"),
    "agent.added": ("agent",),
    "agent.state": ("agent", "state"),
    "callback.requested": ("callback",),
    "callback.completed": ("id",),
    "case.opened": ("case",),
    "case.updated": ("id",),
    "case.closed": ("id",),
    "notice": ("notice",),
    "notice.cleared": ("id",),
    "heartbeat": (),
}
ENVELOPE = ("type", "seq", "ts")

#: The largest integer a count or a duration may be (beyond it a KPI cannot divide it).
MAX_COUNT = 2**53 - 1
#: The last epoch millisecond whose business day every time zone can represent.
MAX_TS = 253_402_127_999_999

#: One frame over the 16 MiB limit of section "Transport", made once.
OVERSIZE_FRAME = b'{"type":"heartbeat","seq":1,"ts":1,"pad":"' + b"x" * (16 * 2**20) + b'"}'


class Effect(enum.StrEnum):
    """What the protocol makes of a damage."""

    BAD = "bad message"  # counted, logged with a reason, resync (section "Envelope")
    GAP = "gap"  # seq is not previous + 1: counted, resync (rule 2)
    INCONSISTENT = "inconsistent"  # names an unknown id: counted, resync (rule 4)
    SKIPPED = "skipped"  # an unknown type: logged once, skipped, keeps its seq
    HARMLESS = "harmless"  # valid after all: applied like any message
    # One element of a snapshot cannot be understood: the snapshot is applied
    # without it, the element counted and logged; not a bad message (the
    # protocol is silent on broken elements, so the client is liberal).
    DROPPED = "element dropped"


#: Every kind of damage and its effect.
KINDS: dict[str, Effect] = {
    "not_json": Effect.BAD,
    "truncated": Effect.BAD,
    "wrong_type": Effect.BAD,
    "missing_field": Effect.BAD,
    "unknown_contact_state": Effect.DROPPED,
    "broken_element": Effect.DROPPED,
    "negative_duration": Effect.BAD,
    "huge_number": Effect.BAD,
    "over_size": Effect.BAD,
    "lost": Effect.GAP,
    "duplicate": Effect.GAP,
    "out_of_order": Effect.GAP,
    "unknown_id": Effect.INCONSISTENT,
    "unknown_type": Effect.SKIPPED,
    "extra_fields": Effect.HARMLESS,
    "huge_string": Effect.HARMLESS,
    "unknown_free_text": Effect.HARMLESS,
    # The protocol is silent on these, so they are accepted (section "Snapshot").
    "unknown_agent_state": Effect.HARMLESS,
    "undeclared_department": Effect.HARMLESS,
    "whole_floats": Effect.HARMLESS,
    "snapshot_in_the_middle": Effect.HARMLESS,
}


@dataclass(frozen=True)
class DamagedStream:
    kind: str
    effect: Effect
    #: The stream whose meaning the figures must show in the end.
    clean: list[dict[str, Any]]
    #: The frames as they arrive: the damage, a good snapshot after it, more deltas.
    frames: list[bytes]
    #: The frame at which the damage shows (where a resync is due).
    damaged_at: int

    def __repr__(self) -> str:  # what hypothesis prints for a falsifying example
        return (f"DamagedStream(kind={self.kind!r}, damaged_at={self.damaged_at}, "
                f"frames={[f[:160] for f in self.frames]!r})")


def encode(message: dict[str, Any]) -> bytes:
    return msgspec.json.encode(message)


# --- Damage to one message ---------------------------------------------------------------


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a message that holds a value, nested objects and lists included."""
    out = []
    if isinstance(value, dict):
        for key, item in value.items():
            if path == () or path[-1] != "counters":  # counters' keys are queue ids
                out.append((*path, key))
            out.extend(_paths(item, (*path, key)))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            out.append((*path, i))
            out.extend(_paths(item, (*path, i)))
    return out


def _get(message: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        message = message[step]
    return message


def _set(message: Any, path: tuple[Any, ...], value: Any) -> None:
    _get(message, path[:-1])[path[-1]] = value


def _wrong_type(value: Any) -> Any:
    """A JSON value of another type than ``value``, wrong for any field that held it."""
    if isinstance(value, str):
        return 7
    if isinstance(value, bool):
        return "true"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, dict):
        return [value]
    if isinstance(value, list):
        return {"items": value}
    return [1, 2]  # null: no field of the protocol is a list or null


def _known(stream: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [m for m in stream if m["type"] in KNOWN_TYPES]


def _bad_frame(draw: st.DrawFn, kind: str, stream: list[dict[str, Any]], seq: int,
               ts: int) -> bytes:
    """One frame that is a bad message of ``kind`` (section "Envelope")."""
    if kind == "not_json":
        return draw(st.one_of(
            st.binary(max_size=48),
            st.sampled_from([b"", b"{", b"}", b"null", b"[]", b"42", b'"snapshot"', b"<html>",
                             b'{"type": "heartbeat", "seq": 1, "ts": 1,}', b"\xef\xbb\xbf{}",
                             b'{"type": "heartbeat", "seq": NaN, "ts": 1}']),
            st.text(max_size=24).map(str.encode),
        ))
    if kind == "over_size":
        return OVERSIZE_FRAME
    target = copy.deepcopy(draw(st.sampled_from(_known(stream))))
    if kind == "truncated":
        whole = encode(target)
        return whole[: draw(st.integers(1, len(whole) - 1))]
    if kind == "wrong_type":
        # Inside a snapshot, only the envelope, the site and the lists themselves: a
        # wrong type inside one element drops that element ("broken_element").
        path = draw(st.sampled_from([p for p in _paths(target) if target["type"] != "snapshot"
                                     or len(p) == 1 or p[0] == "site"]))
        _set(target, path, _wrong_type(_get(target, path)))
        return encode(target)
    if kind == "missing_field":
        name = draw(st.sampled_from(ENVELOPE + REQUIRED[target["type"]]))
        del target[name]
        return encode(target)
    if kind == "negative_duration":
        # In a delta; a negative number in a snapshot's element drops the element.
        minus = -draw(st.integers(1, 10**12))
        shape = draw(st.sampled_from(["answered", "abandoned", "completed"]))
        body: dict[str, Any] = {"type": f"contact.{shape}", "seq": seq, "ts": ts, "id": "c0"}
        if shape == "answered":
            body.update(agent="a0", wait_ms=minus)
        elif shape == "abandoned":
            body.update(wait_ms=minus)
        else:
            body.update(handle_ms=minus, outcome="resolved")
        return encode(body)
    assert kind == "huge_number", kind
    shape = draw(st.sampled_from(["seq", "ts", "wait_ms", "float"]))
    if shape == "seq":
        return encode({"type": "heartbeat", "seq": draw(st.sampled_from([2**63, 2**64, 10**30])),
                       "ts": ts})
    if shape == "ts":
        return encode({"type": "heartbeat", "seq": seq,
                       "ts": draw(st.sampled_from([MAX_TS + 1, 253_402_300_799_999, 10**16,
                                                   10**40]))})
    if shape == "float":
        return b'{"type": "heartbeat", "seq": %d, "ts": 1e400}' % seq
    huge = draw(st.sampled_from([MAX_COUNT + 1, 2**64, 10**400]))
    return encode({"type": "contact.abandoned", "seq": seq, "ts": ts, "id": "c0",
                   "wait_ms": huge})


# --- A snapshot with one element broken ------------------------------------------------------

#: The lists of a snapshot whose elements are dropped one by one.
_ELEMENT_LISTS = ("departments", "queues", "agents", "contacts", "cases", "callbacks",
                  "notices")


def _broken_snapshot(draw: st.DrawFn, kind: str, snapshot: dict[str, Any]) -> dict[str, Any]:
    """``snapshot`` with exactly one element that cannot be understood."""
    snapshot = copy.deepcopy(snapshot)
    if kind == "unknown_contact_state":
        queue = draw(st.sampled_from(snapshot["queues"]))
        snapshot["contacts"].append({
            "id": "c-parked", "queue": queue["id"],
            "state": draw(st.sampled_from(["parked", "WAITING", "", "ringing"])),
            "queued_at": snapshot["ts"], "agent": None})
        return snapshot
    # One element: a list's item, or one queue's counters.
    places = [(name, i) for name in _ELEMENT_LISTS for i in range(len(snapshot[name]))]
    places += [("counters", queue_id) for queue_id in snapshot["counters"]]
    where = draw(st.sampled_from(places))
    element = snapshot[where[0]][where[1]]
    paths = [()] + [p for p in _paths(element)
                    if not (where[0] == "notices" and p[0] == "severity")]  # free text
    path = draw(st.sampled_from(paths))
    # Integers with bounds (a target percentage is a float, and has none).
    numbers = [p for p in paths if p and type(_get(element, p)) is int
               and p[-1] != "sl_target_pct"]
    how = draw(st.sampled_from(["wrong_type", "negative", "huge"] if numbers else
                               ["wrong_type"]))
    if how != "wrong_type":
        path = draw(st.sampled_from(numbers))
        value: Any = -draw(st.integers(1, 10**12)) if how == "negative" else MAX_COUNT + 1
    else:
        value = _wrong_type(_get(element, path) if path else element)
    if path:
        _set(element, path, value)
    else:
        snapshot[where[0]][where[1]] = value
    return snapshot


def _floats(value: Any) -> Any:
    """Every integer of a message as a whole-valued float, as some JSON writers send them."""
    if isinstance(value, dict):
        return {k: _floats(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_floats(v) for v in value]
    if type(value) is int:
        return float(value)
    return value


# --- Harmless variations of the clean stream ------------------------------------------------

_NAMED = ("site", "departments", "queues", "agents", "cases", "notices")


def _harmless(draw: st.DrawFn, kind: str, stream: list[dict[str, Any]]) -> int:
    """Change one message of ``stream`` in place in a way the protocol allows; its index."""
    if kind == "extra_fields":
        index = draw(st.integers(0, len(stream) - 1))
        message = stream[index]
        extra = {"x-vendor": draw(st.sampled_from([None, 3, "v2", [1, {"a": None}],
                                                   {"nested": {"deep": [True]}}]))}
        # Not into `counters` itself: its keys are queue ids, so a new key there is
        # a queue's counters of the wrong type, not an extra field.
        objects = [p for p in _paths(message) if isinstance(_get(message, p), dict)
                   and p[-1] != "counters" and (len(p) < 2 or p[-2] != "counters")]
        where = draw(st.sampled_from([(), *objects]))
        _get(message, where).update(extra)
        return index
    if kind == "huge_string":
        index = 0
        snapshot = stream[0]
        long = draw(st.sampled_from(["س", "x", "👩‍💼", "\u202e", "\u0000", "名"])) * draw(
            st.integers(10_000, 100_000))
        where = draw(st.sampled_from([k for k in _NAMED if snapshot.get(k)]))
        if where == "site":
            snapshot["site"]["name"] = long
        else:
            item = draw(st.sampled_from(snapshot[where]))
            item["text" if where == "notices" else "category" if where == "cases" else
                 "name"] = long
        return index
    if kind == "unknown_agent_state":
        candidates = [(i, m) for i, m in enumerate(stream)
                      if m["type"] in ("agent.state", "agent.added")
                      or (m["type"] == "snapshot" and i == 0 and m["agents"])]
        assume(candidates)
        index, message = draw(st.sampled_from(candidates))
        agent = (draw(st.sampled_from(message["agents"])) if message["type"] == "snapshot"
                 else message["agent"] if message["type"] == "agent.added" else message)
        agent["state"] = draw(st.sampled_from(["after_call_work", "AVAILABLE", "", "away"]))
        return index
    if kind == "undeclared_department":
        candidates = [(i, m) for i, m in enumerate(stream)
                      if m["type"] == "case.opened"
                      or (m["type"] == "case.updated" and "department" in m)
                      or (m["type"] == "snapshot" and i == 0 and (m["cases"] or m["queues"]))]
        assume(candidates)
        index, message = draw(st.sampled_from(candidates))
        word = draw(st.sampled_from(["roads", "d-undeclared", "ملغى"]))
        if message["type"] == "snapshot":
            draw(st.sampled_from(message["cases"] + message["queues"]))["department"] = word
        elif message["type"] == "case.opened":
            message["case"]["department"] = word
        else:
            message["department"] = word
        return index
    if kind == "unknown_free_text":
        candidates = [(i, m) for i, m in enumerate(stream)
                      if m["type"] in ("contact.completed", "callback.completed", "notice",
                                       "case.opened", "case.updated")
                      or (m["type"] == "snapshot" and i == 0)]
        index, message = draw(st.sampled_from(candidates))
        word = draw(st.sampled_from(["teleported", "Resolved", "hologram", "ملغى", ""]))
        if message["type"] == "snapshot":
            draw(st.sampled_from(message["queues"]))["channel"] = word
        elif message["type"] in ("contact.completed", "callback.completed"):
            message["outcome"] = word
        elif message["type"] == "notice":
            message["notice"]["severity"] = word
        elif message["type"] == "case.opened":
            message["case"]["status"] = word
        else:
            message["status"] = word
        return index
    raise AssertionError(kind)


def _unknown_id_delta(draw: st.DrawFn, seq: int, ts: int) -> dict[str, Any]:
    """A well-formed delta that names a contact, agent, case, callback or queue nobody knows."""
    ghost = f"ghost-{draw(st.integers(0, 99))}"
    body: dict[str, Any] = draw(st.sampled_from([
        {"type": "contact.answered", "id": ghost, "agent": "a0", "wait_ms": 1000},
        {"type": "contact.abandoned", "id": ghost, "wait_ms": 1000},
        {"type": "contact.completed", "id": ghost, "handle_ms": 1000, "outcome": "resolved"},
        {"type": "contact.queued", "contact": {"id": "c-new", "queue": ghost, "queued_at": ts}},
        {"type": "agent.state", "agent": ghost, "state": "available", "reason": None,
         "contact": None},
        {"type": "callback.requested",
         "callback": {"id": "cb-new", "queue": ghost, "requested_at": ts, "due_at": ts}},
        {"type": "callback.completed", "id": ghost, "outcome": "reached"},
        {"type": "case.updated", "id": ghost, "status": "open"},
        {"type": "case.closed", "id": ghost},
    ]))
    return {**copy.deepcopy(body), "seq": seq, "ts": ts}


# --- Putting it together ------------------------------------------------------------------


def _renumber(messages: list[dict[str, Any]], first: int) -> list[dict[str, Any]]:
    """One connection's messages, numbered from ``first`` by exactly 1 (section "Envelope")."""
    return [{**m, "seq": first + i} for i, m in enumerate(messages)]


@st.composite
def damaged_streams(draw: st.DrawFn, kinds: tuple[str, ...] = tuple(KINDS),
                    max_deltas: int = 60) -> DamagedStream:
    """A valid stream broken once, then a good snapshot, then more of the stream."""
    kind = draw(st.sampled_from(kinds))
    effect = KINDS[kind]
    clean = copy.deepcopy(draw(site_streams(max_deltas=max_deltas)))
    harmless_at = _harmless(draw, kind, clean) if kind in (
        "extra_fields", "huge_string", "unknown_free_text", "unknown_agent_state",
        "undeclared_department") else None

    # Where the damage goes (before message `at` of the clean stream) and where the
    # server's good snapshot goes (before message `recover`), after the damage.
    at = draw(st.integers(1, len(clean)))
    if harmless_at is not None:
        at = max(1, harmless_at)
    recover = draw(st.integers(at, len(clean)))
    if effect is Effect.DROPPED:
        # The broken snapshot stands where the server's good one is due, just before it:
        # deltas in between could name the element left out, which is another matter.
        recover = at
    server = clean[:at]
    inserted: dict[str, Any] | None = None
    previous_ts = clean[at - 1]["ts"]
    if kind == "unknown_type":
        name = draw(st.text(max_size=12).filter(lambda t: t not in KNOWN_TYPES))
        inserted = {"type": name, "ts": previous_ts, "data": {"level": 3}}
    elif kind == "unknown_id":
        inserted = _unknown_id_delta(draw, 0, previous_ts)
    elif kind == "snapshot_in_the_middle":
        inserted = snapshot_of(clean[:at])
    elif effect is Effect.DROPPED:
        inserted = _broken_snapshot(draw, kind, snapshot_of(clean[:at]))
    if inserted is not None:
        server = [*server, inserted]
    server += clean[at:recover]
    recovery = snapshot_of(clean[:recover])
    resume = len(server)  # the recovery snapshot's index among the server's messages
    server = _renumber([*server, recovery, *clean[recover:]], clean[0]["seq"])
    frames = [encode(m) for m in server]

    damaged_at = at if harmless_at is None else harmless_at
    if effect is Effect.BAD:
        bad = _bad_frame(draw, kind, clean, server[at]["seq"], previous_ts)
        replaces = at < resume and draw(st.booleans())  # the message it stands for is lost
        frames[at:at + replaces] = [bad]
    elif kind == "whole_floats":
        index = draw(st.integers(0, len(frames) - 1))
        frames[index] = encode(_floats(server[index]))
        damaged_at = index
    elif kind == "lost":
        # The next message shows the gap; a snapshot would replace the state anyway.
        assume(at + 1 < resume and server[at + 1]["type"] != "snapshot")
        del frames[at]
    elif kind == "duplicate":
        assume(server[at - 1]["type"] != "snapshot")
        frames.insert(at, frames[at - 1])
    elif kind == "out_of_order":
        assume(at + 1 < resume and "snapshot" not in (server[at]["type"],
                                                      server[at + 1]["type"]))
        frames[at], frames[at + 1] = frames[at + 1], frames[at]
    return DamagedStream(kind, effect, clean, frames, damaged_at)


@st.composite
def many_damages(draw: st.DrawFn) -> tuple[list[dict[str, Any]], list[bytes], int]:
    """A valid stream with several bad frames, lost and repeated messages, then a snapshot.

    Returns the clean stream, the frames, and how many of them are bad frames.
    """
    clean = draw(site_streams(max_deltas=60))
    frames = [(encode(m), False) for m in clean]  # (frame, is it a bad frame?)
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(1, len(frames)))
        what = draw(st.sampled_from(["bad", "lost", "duplicate"]))
        if what == "bad":
            kind = draw(st.sampled_from(["not_json", "truncated", "wrong_type", "missing_field",
                                         "negative_duration", "huge_number"]))
            frames.insert(at, (_bad_frame(draw, kind, clean, clean[-1]["seq"],
                                          clean[-1]["ts"]), True))
        elif what == "lost" and at < len(frames):
            del frames[at]
        else:
            frames.insert(at, frames[at - 1])
    recovery = {**snapshot_of(clean), "seq": clean[-1]["seq"] + 1}
    frames.append((encode(recovery), False))
    return clean, [f for f, _ in frames], sum(bad for _, bad in frames)
