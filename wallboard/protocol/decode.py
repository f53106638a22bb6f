"""Turning one text frame into a typed message, without ever raising.

Section "Envelope" of the protocol separates three outcomes, and so does
:func:`decode`:

* a known, well-formed message: returned as its :class:`~.models.Message`;
* a well-formed envelope with a ``type`` this version does not know:
  :class:`UnknownType`. The caller skips it but keeps its ``seq``;
* anything else (not JSON, not an object, a missing or mistyped field, a
  value out of range): :class:`BadMessage` with a short reason that never
  contains the payload. The caller counts it and resynchronises.

Where the protocol is silent the decoder is liberal (the protocol's
preamble), in two ways that cost nothing while the feed is well formed:

* a whole-valued float (``1500.0``, ``1.5e3``) is accepted wherever an
  integer is meant. JSON has one number type, and many JSON writers print
  every number of a float column with a fraction;
* a snapshot whose envelope and ``site`` are sound but one of whose agents,
  contacts, cases, callbacks, queues, notices, departments or counters
  entries cannot be understood is kept without that element:
  :class:`SalvagedSnapshot` says which were dropped and why. One broken
  agent must not blank the whole wall, nor send it into a resync that
  brings back the same snapshot forever.

Both happen only on a second pass, after the strict typed decoder has
refused the frame, so a well-formed feed is decoded at the strict
decoder's speed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import msgspec

from wallboard.protocol import models as m
from wallboard.protocol.models import KNOWN_TYPES, Envelope, ServerMessage

#: Frames over this size are a protocol error (section "Transport").
MAX_FRAME_BYTES = 16 * 1024 * 1024

_decoder = msgspec.json.Decoder(ServerMessage)


_EXACT = 2**53 - 1


def _whole_float(text: str) -> int | float:
    """A float literal as the integer it spells when it is whole-valued.

    A fractional value (``1500.5``) stays a float, so that a field meant to
    be an integer refuses it: rounding would invent a figure (2.5 contacts
    offered has no right answer), and one rule for every integer field
    (counts, durations, times, ``seq``) is easier to state and to trust than
    rounding some and refusing others. Fields that are floats (a target
    percentage) take the integer as the number it is.
    """
    value = float(text)
    if not math.isfinite(value):
        # JSON has no infinity: this is a literal beyond a double (1e400).
        raise ValueError("a number beyond the range of a double")
    # Beyond 2**53 - 1 a double no longer holds every integer (RFC 8259
    # section 6), so such a literal may not be the integer it seems: an
    # integer field refuses it, as it refuses a fraction.
    return int(value) if value.is_integer() and abs(value) <= _EXACT else value


#: The second pass: plain Python objects, whole floats already made integers.
_lenient_decoder = msgspec.json.Decoder(float_hook=_whole_float)


@dataclass(frozen=True, slots=True)
class UnknownType:
    """A well-formed message of a type this client does not know."""

    type: str
    seq: int
    ts: int


@dataclass(frozen=True, slots=True)
class BadMessage:
    """A frame that is not a valid message. ``reason`` is safe to log."""

    reason: str
    type: str | None = None


@dataclass(frozen=True, slots=True)
class DroppedElement:
    """One element of a snapshot that could not be understood and was left out."""

    #: What it is: ``agent``, ``contact``, ``case``, ``callback``, ``queue``,
    #: ``notice``, ``department`` or ``counters``.
    kind: str
    #: Its id (for counters, the queue id) when it could be read, else ``None``.
    id: str | None
    #: Why, safe to log: never the element itself.
    reason: str


@dataclass(frozen=True, slots=True)
class SalvagedSnapshot:
    """A snapshot applied without the elements it could not understand."""

    snapshot: m.Snapshot
    dropped: tuple[DroppedElement, ...]


Decoded = ServerMessage | UnknownType | BadMessage | SalvagedSnapshot

# The lists of a snapshot whose elements are decoded one by one on the
# second pass, with the kind each element is logged as.
_SNAPSHOT_LISTS: dict[str, tuple[str, type[msgspec.Struct]]] = {
    "departments": ("department", m.Department),
    "queues": ("queue", m.Queue),
    "agents": ("agent", m.Agent),
    "contacts": ("contact", m.Contact),
    "cases": ("case", m.Case),
    "callbacks": ("callback", m.Callback),
    "notices": ("notice", m.Notice),
}


def decode(frame: str | bytes) -> Decoded:
    """Decode one frame; never raises."""
    if len(frame) > MAX_FRAME_BYTES:
        return BadMessage(f"frame of {len(frame)} bytes is over the 16 MiB limit")
    try:
        return _decoder.decode(frame)
    except msgspec.ValidationError as error:
        return _second_pass(frame, str(error))
    except msgspec.DecodeError as error:
        return BadMessage(f"not JSON: {_short(str(error))}")
    except (UnicodeDecodeError, ValueError) as error:  # pragma: no cover - defensive
        return BadMessage(f"undecodable frame: {_short(str(error))}")


def _second_pass(frame: str | bytes, strict_error: str) -> Decoded:
    """The strict decoder refused ``frame``: accept what the protocol allows, or say why not.

    Tells an unknown ``type`` (skip it) from a damaged message (count it),
    takes whole-valued floats as integers, and salvages a snapshot whose
    envelope and site are sound.
    """
    try:
        raw = _lenient_decoder.decode(frame)
    except msgspec.ValidationError as error:  # a number beyond a double
        return BadMessage(_short(str(error)))
    except msgspec.DecodeError as error:  # the strict pass stopped before the damage
        return BadMessage(f"not JSON: {_short(str(error))}")
    except (UnicodeDecodeError, ValueError) as error:  # bytes past where the strict pass stopped
        return BadMessage(f"undecodable frame: {_short(str(error))}")
    if not isinstance(raw, dict):
        return BadMessage(_short(strict_error))
    try:
        return msgspec.convert(raw, ServerMessage)
    except msgspec.ValidationError as error:
        message_error = str(error)
    try:
        envelope = msgspec.convert(raw, Envelope)
    except msgspec.ValidationError as envelope_error:
        return BadMessage(_short(str(envelope_error)))
    if envelope.type not in KNOWN_TYPES:
        return UnknownType(envelope.type, envelope.seq, envelope.ts)
    if envelope.type == "snapshot":
        return _salvage(raw)
    return BadMessage(_short(message_error), envelope.type)


def _salvage(raw: dict[str, Any]) -> SalvagedSnapshot | m.Snapshot | BadMessage:
    """A snapshot without its broken elements; bad if its envelope or ``site`` is."""
    parts: dict[str, Any] = {}
    dropped: list[DroppedElement] = []
    shell = {k: v for k, v in raw.items() if k not in _SNAPSHOT_LISTS and k != "counters"}
    try:
        snapshot = msgspec.convert(shell, m.Snapshot)
    except msgspec.ValidationError as error:
        return BadMessage(_short(str(error)), "snapshot")
    for field, (kind, item_type) in _SNAPSHOT_LISTS.items():
        items = raw.get(field, [])
        if not isinstance(items, list):
            # Not one element broken: the snapshot cannot say what it holds.
            return BadMessage(f"`{field}` is not a list - at `$.{field}`", "snapshot")
        kept = []
        for item in items:
            try:
                kept.append(msgspec.convert(item, item_type))
            except msgspec.ValidationError as error:
                dropped.append(DroppedElement(kind, _id_of(item), _short(str(error))))
        parts[field] = kept
    counters = raw.get("counters", {})
    if not isinstance(counters, dict):
        return BadMessage("`counters` is not an object - at `$.counters`", "snapshot")
    kept_counters = {}
    for queue_id, entry in counters.items():
        try:
            kept_counters[queue_id] = msgspec.convert(entry, m.Counters)
        except msgspec.ValidationError as error:
            dropped.append(DroppedElement("counters", queue_id, _short(str(error))))
    parts["counters"] = kept_counters
    snapshot = msgspec.structs.replace(snapshot, **parts)
    if not dropped:  # pragma: no cover - the whole snapshot would have converted
        return snapshot
    return SalvagedSnapshot(snapshot, tuple(dropped))


def _id_of(item: object) -> str | None:
    """An element's id, if it has a readable one (it goes to the log, so kept short)."""
    if isinstance(item, dict) and isinstance(item.get("id"), str):
        return _short(item["id"], 80)
    return None


def _short(text: str, limit: int = 200) -> str:
    """Keep reasons short: they go to the log and the screen, never a payload."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
