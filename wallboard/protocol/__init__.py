"""The feed protocol, version 1: typed messages and a decoder that never raises."""

from wallboard.protocol.decode import (
    MAX_FRAME_BYTES,
    BadMessage,
    Decoded,
    DroppedElement,
    SalvagedSnapshot,
    UnknownType,
    decode,
)
from wallboard.protocol.models import AgentState, Message, ServerMessage

SUBPROTOCOL = "wallboard.v1"
RESYNC_REQUEST = '{"type":"resync"}'

__all__ = [
    "MAX_FRAME_BYTES",
    "RESYNC_REQUEST",
    "SUBPROTOCOL",
    "AgentState",
    "BadMessage",
    "Decoded",
    "DroppedElement",
    "Message",
    "SalvagedSnapshot",
    "ServerMessage",
    "UnknownType",
    "decode",
]
