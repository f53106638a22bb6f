"""Turning one text frame into a typed message, without ever raising.

Section "Envelope" of the protocol separates three outcomes, and so does
:func:`decode`:

* a known, well-formed message: returned as its :class:`~.models.Message`;
* a well-formed envelope with a ``type`` this version does not know:
  :class:`UnknownType`. The caller skips it but keeps its ``seq``;
* anything else (not JSON, not an object, a missing or mistyped field, a
  value out of range): :class:`BadMessage` with a short reason that never
  contains the payload. The caller counts it and resynchronises.
"""

from __future__ import annotations

from dataclasses import dataclass

import msgspec

from wallboard.protocol.models import KNOWN_TYPES, Envelope, ServerMessage

#: Frames over this size are a protocol error (section "Transport").
MAX_FRAME_BYTES = 16 * 1024 * 1024

_decoder = msgspec.json.Decoder(ServerMessage)
_envelope_decoder = msgspec.json.Decoder(Envelope)


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


Decoded = ServerMessage | UnknownType | BadMessage


def decode(frame: str | bytes) -> Decoded:
    """Decode one frame; never raises."""
    if len(frame) > MAX_FRAME_BYTES:
        return BadMessage(f"frame of {len(frame)} bytes is over the 16 MiB limit")
    try:
        return _decoder.decode(frame)
    except msgspec.ValidationError as error:
        return _classify(frame, str(error))
    except msgspec.DecodeError as error:
        return BadMessage(f"not JSON: {_short(str(error))}")
    except (UnicodeDecodeError, ValueError) as error:  # pragma: no cover - defensive
        return BadMessage(f"undecodable frame: {_short(str(error))}")


def _classify(frame: str | bytes, error: str) -> UnknownType | BadMessage:
    """Tell an unknown ``type`` (skip it) from a damaged message (count it)."""
    try:
        envelope = _envelope_decoder.decode(frame)
    except msgspec.ValidationError as envelope_error:
        return BadMessage(_short(str(envelope_error)))
    except msgspec.DecodeError as envelope_error:  # pragma: no cover - first decode parsed it
        return BadMessage(f"not JSON: {_short(str(envelope_error))}")
    if envelope.type not in KNOWN_TYPES:
        return UnknownType(envelope.type, envelope.seq, envelope.ts)
    return BadMessage(_short(error), envelope.type)


def _short(text: str, limit: int = 200) -> str:
    """Keep reasons short: they go to the log and the screen, never a payload."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
