"""The decoder is liberal where the protocol is silent, and strict where it speaks.

Section "Envelope": a field of the wrong type makes a bad message. The
protocol's preamble: where it is silent, accept liberally. So a whole-valued
float is an integer, an agent state this client does not know is a state,
display fields may be missing, and a snapshot is kept without the one
element it cannot understand; a string where a number is, a fraction where
an integer is meant, or a damaged envelope, site or delta, are still bad.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import msgspec
import pytest

from tests.builders import T0, SiteBuilder, frame
from wallboard.protocol import BadMessage, SalvagedSnapshot, decode
from wallboard.protocol import models as m

Path = tuple[Any, ...]


def _snapshot() -> dict[str, Any]:
    return SiteBuilder().snapshot(
        contacts=[{"id": "c1", "queue": "h-ar", "state": "waiting", "queued_at": T0 - 5000}],
        counters={"h-ar": {"offered": 3, "answered": 2, "wait_ms_answered": 4000}},
        cases=[{"id": "k1", "department": "urban", "status": "open", "opened_at": T0 - 1,
                "due_at": T0 + 1}],
        callbacks=[{"id": "b1", "queue": "h-ar", "requested_at": T0 - 9, "due_at": T0 + 9}],
        notices=[{"id": "n1", "text": "Storm", "severity": "warning", "until": T0 + 60_000}],
    )


def _delta(kind: str, **fields: Any) -> Callable[[], dict[str, Any]]:
    return lambda: {"type": kind, "seq": 2, "ts": T0 + 1000, **fields}


# Every integer field of the protocol, in a message that holds it.
INTEGER_FIELDS: list[tuple[Callable[[], dict[str, Any]], Path]] = [
    (_snapshot, ("seq",)),
    (_snapshot, ("ts",)),
    (_snapshot, ("queues", 0, "sl_threshold_s")),
    (_snapshot, ("queues", 0, "short_abandon_s")),
    (_snapshot, ("agents", 0, "since")),
    (_snapshot, ("contacts", 0, "queued_at")),
    (_snapshot, ("counters", "h-ar", "offered")),
    (_snapshot, ("counters", "h-ar", "wait_ms_answered")),
    (_snapshot, ("cases", 0, "opened_at")),
    (_snapshot, ("cases", 0, "due_at")),
    (_snapshot, ("callbacks", 0, "requested_at")),
    (_snapshot, ("notices", 0, "until")),
    (_delta("contact.answered", id="c1", agent="a1", wait_ms=1500), ("wait_ms",)),
    (_delta("contact.abandoned", id="c1", wait_ms=1500), ("wait_ms",)),
    (_delta("contact.completed", id="c1", handle_ms=90_000, outcome="resolved"),
     ("handle_ms",)),
    (_delta("contact.queued", contact={"id": "c2", "queue": "h-ar", "queued_at": T0}),
     ("contact", "queued_at")),
    (_delta("heartbeat"), ("ts",)),
    (_delta("heartbeat"), ("seq",)),
]
IDS = ["-".join(map(str, (make()["type"], *path))) for make, path in INTEGER_FIELDS]


def _get(message: Any, path: Path) -> Any:
    for step in path:
        message = message[step]
    return message


def _set(message: Any, path: Path, value: Any) -> None:
    _get(message, path[:-1])[path[-1]] = value


@pytest.mark.parametrize(("make", "path"), INTEGER_FIELDS, ids=IDS)
def test_a_whole_valued_float_is_the_integer_it_spells(
    make: Callable[[], dict[str, Any]], path: Path
) -> None:
    message = make()
    expected = decode(frame(message))
    assert not isinstance(expected, BadMessage | SalvagedSnapshot), expected
    _set(message, path, float(_get(message, path)))
    as_float = frame(message)
    assert b".0" in as_float
    assert decode(as_float) == expected


@pytest.mark.parametrize(("make", "path"), INTEGER_FIELDS, ids=IDS)
@pytest.mark.parametrize(
    "value",
    [1500.5, -1.0, float(2**53), "1500", True],
    ids=["fraction", "negative", "beyond-2**53", "string", "boolean"],
)
def test_other_values_where_an_integer_is_meant_are_refused(
    make: Callable[[], dict[str, Any]], path: Path, value: Any
) -> None:
    """A fraction is refused, not rounded: see ``_whole_float`` for why."""
    message = make()
    _set(message, path, value)
    decoded = decode(frame(message))
    if isinstance(decoded, SalvagedSnapshot):  # the field is inside one element
        assert len(decoded.dropped) == 1 and path[0] in ("queues", "agents", "contacts",
                                                         "counters", "cases", "callbacks",
                                                         "notices")
        reason = decoded.dropped[0].reason
    else:
        assert isinstance(decoded, BadMessage), decoded
        reason = decoded.reason
    assert reason


def test_a_number_beyond_a_double_is_a_bad_message() -> None:
    decoded = decode(b'{"type": "contact.abandoned", "seq": 2, "ts": 1, "id": "c1", '
                     b'"wait_ms": 1e400}')
    assert isinstance(decoded, BadMessage) and "double" in decoded.reason


def test_a_whole_valued_float_target_percentage_stays_a_number() -> None:
    message = _snapshot()
    message["queues"][0]["sl_target_pct"] = 80.0
    message["queues"][1]["sl_target_pct"] = 92.5
    message["ts"] = float(message["ts"])  # sends the frame through the second pass
    decoded = decode(frame(message))
    assert isinstance(decoded, m.Snapshot)
    assert [q.sl_target_pct for q in decoded.queues] == [80, 92.5, None]


@pytest.mark.parametrize("state", ["after_call_work", "AVAILABLE", "", "away"])
def test_an_unknown_agent_state_is_kept_as_sent(state: str) -> None:
    delta = decode(frame(_delta("agent.state", agent="a1", state=state)()))
    assert isinstance(delta, m.AgentStateChanged) and delta.state == state
    snapshot = _snapshot()
    snapshot["agents"][0]["state"] = state
    decoded = decode(frame(snapshot))
    assert isinstance(decoded, m.Snapshot) and decoded.agents[0].state == state


@pytest.mark.parametrize(
    ("path", "attribute"),
    [(("site", "name"), ("site", "name")),
     (("departments", 0, "name"), ("departments", 0, "name")),
     (("queues", 0, "name"), ("queues", 0, "name")),
     (("queues", 0, "channel"), ("queues", 0, "channel")),
     (("agents", 0, "name"), ("agents", 0, "name")),
     (("agents", 0, "since"), ("agents", 0, "since"))],
    ids=lambda p: ".".join(map(str, p)),
)
def test_display_fields_may_be_missing(path: Path, attribute: Path) -> None:
    snapshot = _snapshot()
    del _get(snapshot, path[:-1])[path[-1]]
    decoded = decode(frame(snapshot))
    assert isinstance(decoded, m.Snapshot), decoded
    value: Any = decoded
    for step in attribute:
        value = value[step] if isinstance(step, int) else getattr(value, step)
    assert value is None


# One element of each list of a snapshot broken in a way no reading can mend.
BROKEN_ELEMENTS: list[tuple[str, Path, Any, str, str | None]] = [
    ("agents", ("agents", 1, "departments"), "health", "agent", "a2"),
    ("agents", ("agents", 1, "id"), None, "agent", None),
    ("contacts", ("contacts", 0, "state"), "parked", "contact", "c1"),
    ("cases", ("cases", 0, "opened_at"), "yesterday", "case", "k1"),
    ("callbacks", ("callbacks", 0, "queue"), 7, "callback", "b1"),
    ("queues", ("queues", 2, "sl_threshold_s"), -20, "queue", "u-fax"),
    ("notices", ("notices", 0, "text"), ["Storm"], "notice", "n1"),
    ("departments", ("departments", 1, "id"), 3, "department", None),
    ("counters", ("counters", "h-ar", "offered"), 2.5, "counters", "h-ar"),
]


@pytest.mark.parametrize(("field", "path", "value", "kind", "element_id"), BROKEN_ELEMENTS,
                         ids=[f"{b[3]}-{b[1][-1]}" for b in BROKEN_ELEMENTS])
def test_a_broken_element_drops_only_itself(
    field: str, path: Path, value: Any, kind: str, element_id: str | None
) -> None:
    good = _snapshot()
    broken = copy.deepcopy(good)
    _set(broken, path, value)
    decoded = decode(frame(broken))
    assert isinstance(decoded, SalvagedSnapshot), decoded
    (dropped,) = decoded.dropped
    assert (dropped.kind, dropped.id) == (kind, element_id)
    assert dropped.reason.startswith("Expected") or "Invalid" in dropped.reason, dropped
    # Everything else is as the good snapshot says.
    expected = decode(frame(good))
    assert isinstance(expected, m.Snapshot)
    if field == "counters":
        assert decoded.snapshot.counters == {}
        assert msgspec.structs.replace(decoded.snapshot, counters=expected.counters) == expected
    else:
        kept = list(getattr(expected, field))
        del kept[path[1]]
        assert getattr(decoded.snapshot, field) == kept
        assert msgspec.structs.replace(decoded.snapshot, **{field: getattr(expected, field)}) \
            == expected


def test_every_broken_element_is_named_once() -> None:
    snapshot = _snapshot()
    snapshot["agents"] = [*snapshot["agents"],
                          *({"id": f"x{i}", "state": 5} for i in range(30))]
    decoded = decode(frame(snapshot))
    assert isinstance(decoded, SalvagedSnapshot)
    assert [d.id for d in decoded.dropped] == [f"x{i}" for i in range(30)]
    assert len(decoded.snapshot.agents) == 2


@pytest.mark.parametrize(
    ("path", "value"),
    [(("site",), "s1"), (("site", "timezone"), 3), (("site", "id"), None), (("seq",), "1"),
     (("ts",), 1.5), (("agents",), {"a1": {}}), (("counters",), [1]), (("queues",), None)],
    ids=lambda v: str(v),
)
def test_a_snapshot_whose_envelope_site_or_lists_cannot_be_read_is_bad(
    path: Path, value: Any
) -> None:
    snapshot = _snapshot()
    _set(snapshot, path, value)
    decoded = decode(frame(snapshot))
    assert isinstance(decoded, BadMessage), decoded
    # A damaged envelope is reported without a type, as before the type is trusted.
    assert decoded.type == (None if path[0] in ("seq", "ts") else "snapshot")
    assert decoded.reason


@pytest.mark.parametrize(
    "delta",
    [_delta("contact.answered", id="c1", agent="a1", wait_ms="1500")(),
     _delta("contact.answered", agent="a1", wait_ms=1500)(),
     _delta("agent.state", agent="a1")(),
     _delta("agent.state", agent=7, state="available")(),
     _delta("agent.added", agent={"id": "a9", "state": 3})(),
     _delta("case.opened", case={"id": "k9", "department": "urban", "status": "open"})()],
    ids=["string-for-number", "id-missing", "state-missing", "agent-id-a-number",
         "agent-state-a-number", "case-without-opened_at"],
)
def test_a_delta_with_a_wrong_or_missing_required_field_is_still_bad(
    delta: dict[str, Any],
) -> None:
    decoded = decode(frame(delta))
    assert isinstance(decoded, BadMessage) and decoded.type == delta["type"], decoded


@pytest.mark.parametrize(
    "damaged",
    [b'{"type": "heartbeat", "seq": "x", "ts": 1, "pad": "\xd7("}',
     b'{"type": "heartbeat", "seq": 1.0, "ts": 1, "pad": "\xff"}',
     b'{"type": "heartbeat", "seq": 1.0, "ts": 1, "pad": [1, 2',
     b'{"type": "snapshot", "seq": 1, "ts": 1, "agents": [{"id": 7}], "site": '],
    ids=["bad-utf8-after-a-type-error", "bad-utf8-after-a-float", "cut-after-a-float",
         "cut-after-a-broken-element"],
)
def test_damage_after_the_point_where_the_strict_pass_stopped_is_still_a_bad_message(
    damaged: bytes,
) -> None:
    """Regression: the second pass read on past it, and raised."""
    assert isinstance(decode(damaged), BadMessage)
