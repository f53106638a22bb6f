"""One websocket connection: websockets' sans-I/O client on an asyncio protocol.

websockets' own asyncio connection hands the application one message per
``await``, with a future and a task switch for each. A feed is a stream of
small frames, so this adapter drives the library's sans-I/O
:class:`~websockets.client.ClientProtocol` directly instead: each chunk read
from the socket is parsed at once and its messages are handed over in one
batch. The handshake, ping replies, the close handshake, size limits and
fragmented messages are still the library's and RFC 6455's.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import ssl
from collections.abc import Callable

from websockets.client import ClientProtocol
from websockets.frames import Frame, Opcode
from websockets.http11 import Response
from websockets.protocol import State
from websockets.typing import Subprotocol
from websockets.uri import parse_uri

from wallboard import __version__
from wallboard.protocol import MAX_FRAME_BYTES, SUBPROTOCOL

log = logging.getLogger(__name__)

#: What a binary frame is handed over as: the protocol allows text frames only.
BINARY_FRAME = object()

#: Receives the messages of one chunk: text payloads (UTF-8 bytes) or BINARY_FRAME.
Handler = Callable[[list[object]], None]

CLOSE_TIMEOUT_S = 2.0
#: Opcodes split by the fast path: continuation, text, binary, close, ping, pong.
_FAST_OPCODES = frozenset({0x0, 0x1, 0x2, 0x8, 0x9, 0xA})


class FeedConnection(asyncio.Protocol):
    """A client connection; create it with :func:`open_connection`."""

    def __init__(self, url: str, token: str | None, handler: Handler) -> None:
        self.ws = ClientProtocol(
            parse_uri(url), subprotocols=[Subprotocol(SUBPROTOCOL)], max_size=MAX_FRAME_BYTES
        )
        self._request = self.ws.connect()
        self._request.headers["User-Agent"] = f"wallboard/{__version__}"
        if token:
            self._request.headers["Authorization"] = f"Bearer {token}"
        self._handler = handler
        loop = asyncio.get_running_loop()
        self.opened: asyncio.Future[Response] = loop.create_future()
        self.closed: asyncio.Future[None] = loop.create_future()
        self._transport: asyncio.Transport | None = None
        self._fragments: list[bytes | bytearray | memoryview] = []
        self._fragmented_binary = False
        # Bytes of the fragmented message so far: the 16 MiB limit is the message's.
        self._fragments_size = 0
        self._close_timer: asyncio.TimerHandle | None = None
        # Messages are held until resume(): the caller checks the handshake first.
        self._held: list[object] | None = []
        # Data frames are parsed here once the connection is open (see _receive_fast).
        self._fast = False
        self._pending = bytearray()

    @property
    def subprotocol(self) -> str | None:
        return self.ws.subprotocol

    # --- asyncio.Protocol ----------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport
        self.ws.send_request(self._request)
        self._flush()

    def data_received(self, data: bytes) -> None:
        if self._fast_path_ready():
            self._receive_fast(data)
        else:
            self._receive_by_library(data)

    def _fast_path_ready(self) -> bool:
        """Parse data frames here once the handshake is done and the library holds no bytes."""
        if self._fast:
            return True
        reader = getattr(self.ws, "reader", None)
        buffer = getattr(reader, "buffer", None)
        if self.ws.state is State.OPEN and self.opened.done() and buffer is not None \
                and not buffer:
            self._fast = True
        return self._fast

    def _receive_fast(self, data: bytes) -> None:
        """Data frames of an open connection, parsed here (RFC 6455, section 5.2).

        websockets parses each frame with a generator, which for a feed of small
        frames costs more than decoding and applying them. Server frames are
        unmasked and mostly small text frames: those, binary and continuation
        frames are split here. A control frame (ping, pong, close) is handed,
        whole and alone, to websockets' protocol, which answers pings and runs
        the close handshake; anything irregular (reserved bits, a mask, an
        unknown opcode, an oversized frame) is handed over with all that
        follows, and the library fails the connection as the RFC says.
        """
        buffer = self._pending
        buffer += data
        messages: list[object] = []
        size, i = len(buffer), 0
        irregular = False  # the library must decide from here on
        while size - i >= 2:
            b0, b1 = buffer[i], buffer[i + 1]
            opcode, length, header = b0 & 0x0F, b1 & 0x7F, 2
            if b0 & 0x70 or b1 & 0x80 or opcode not in _FAST_OPCODES:
                irregular = True
                break
            if length == 126:
                if size - i < 4:
                    break
                length, header = int.from_bytes(buffer[i + 2:i + 4], "big"), 4
            elif length == 127:
                if size - i < 10:
                    break
                length, header = int.from_bytes(buffer[i + 2:i + 10], "big"), 10
            if opcode >= 8:
                if size - i < header + length:
                    break
                self._hand_over(bytes(buffer[i:i + header + length]), messages)
                i += header + length
                continue
            if length > MAX_FRAME_BYTES:
                irregular = True  # the library refuses it with 1009
                break
            if opcode == 0 and self._fragments_size + length > MAX_FRAME_BYTES:
                # A message growing past the limit fragment by fragment is refused
                # like one oversized frame, before its bytes are buffered.
                del buffer[:]
                self._deliver(messages)
                self._refuse_too_big(self._fragments_size + length)
                return
            end = i + header + length
            if end > size:
                break
            self._collect_fast(opcode, b0 & 0x80, bytes(buffer[i + header:end]), messages)
            i = end
        del buffer[:i]
        if irregular:
            rest = bytes(buffer)
            buffer.clear()
            self._fast = False
            self._receive_by_library(rest, messages)
            return
        self._deliver(messages)

    def _collect_fast(self, opcode: int, fin: int, payload: bytes, messages: list[object]) -> None:
        if opcode == 1:
            if fin:
                messages.append(payload)
            else:
                self._fragments, self._fragmented_binary = [payload], False
                self._fragments_size = len(payload)
        elif opcode == 0:
            self._fragments.append(payload)
            self._fragments_size += len(payload)
            if fin:
                whole = b"".join(self._fragments)
                messages.append(BINARY_FRAME if self._fragmented_binary else whole)
                self._fragments, self._fragments_size = [], 0
        elif fin:  # binary
            messages.append(BINARY_FRAME)
        else:
            self._fragments, self._fragmented_binary = [], True
            self._fragments_size = len(payload)

    def _refuse_too_big(self, size: int) -> None:
        """Fail the connection with 1009, as websockets does for one oversized frame."""
        self._fragments, self._fragments_size = [], 0
        self._fast = False  # the library discards whatever still comes
        self.ws.fail(1009, f"message of over {size} bytes exceeds limit of "
                           f"{MAX_FRAME_BYTES} bytes")
        self._flush()
        if self.ws.close_expected():
            self._close_soon()

    def _hand_over(self, frame: bytes, messages: list[object]) -> None:
        """One whole control frame to the library: it answers pings and closes."""
        self.ws.receive_data(frame)
        for event in self.ws.events_received():
            if isinstance(event, Frame):
                self._collect(event, messages)
        self._flush()
        if self.ws.close_expected():
            self._close_soon()

    def _deliver(self, messages: list[object]) -> None:
        if messages:
            if self._held is None:
                self._handler(messages)
            else:
                self._held.extend(messages)

    def _receive_by_library(self, data: bytes, messages: list[object] | None = None) -> None:
        ws = self.ws
        ws.receive_data(data)
        messages = [] if messages is None else messages
        for event in ws.events_received():
            if isinstance(event, Frame):
                self._collect(event, messages)
            elif isinstance(event, Response) and not self.opened.done():
                if ws.handshake_exc is not None:
                    self.opened.set_exception(ws.handshake_exc)
                else:
                    self.opened.set_result(event)
        self._flush()
        self._deliver(messages)
        if ws.close_expected():
            self._close_soon()

    def eof_received(self) -> bool:
        self.ws.receive_eof()
        self._flush()
        return False  # let the transport close itself

    def connection_lost(self, exc: Exception | None) -> None:
        self.ws.receive_eof()
        if self._close_timer is not None:
            self._close_timer.cancel()
        if not self.opened.done():
            self.opened.set_exception(exc or ConnectionError("the server closed the connection"))
        if not self.closed.done():
            self.closed.set_result(None)

    # --- Use ---------------------------------------------------------------------------

    def resume(self) -> None:
        """Start handing messages over, those that came with the handshake first."""
        held, self._held = self._held, None
        if held:
            self._handler(held)

    def send_text(self, text: str) -> None:
        if self.ws.state is State.OPEN:
            self.ws.send_text(text.encode())
            self._flush()

    async def close(self, code: int = 1000, reason: str = "") -> None:
        """Close politely, then for sure."""
        if self.ws.state is State.OPEN:
            self.ws.send_close(code, reason)
            self._flush()
        elif self.ws.state is State.CONNECTING and self._transport is not None:
            # No handshake, no one to be polite to: a server that never answered
            # must not hold the next attempt back by the close timeout as well.
            self._transport.abort()
        try:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.shield(self.closed), CLOSE_TIMEOUT_S)
        finally:
            # Whatever interrupted the wait, never leave the socket open.
            if self._transport is not None and not self._transport.is_closing():
                self._transport.abort()

    # --- Inside ------------------------------------------------------------------

    def _collect(self, frame: Frame, messages: list[object]) -> None:
        opcode = frame.opcode
        if opcode is Opcode.TEXT:
            if frame.fin:
                messages.append(frame.data)
            else:
                self._fragments, self._fragmented_binary = [frame.data], False
        elif opcode is Opcode.CONT:
            self._fragments.append(frame.data)
            if frame.fin:
                whole = b"".join(self._fragments)
                messages.append(BINARY_FRAME if self._fragmented_binary else whole)
                self._fragments = []
        elif opcode is Opcode.BINARY:
            if frame.fin:
                messages.append(BINARY_FRAME)
            else:
                self._fragments, self._fragmented_binary = [], True
        # Ping, pong and close frames are answered by the protocol itself.

    def _flush(self) -> None:
        transport = self._transport
        if transport is None or transport.is_closing():
            return
        for data in self.ws.data_to_send():
            if data:
                transport.write(data)
            elif transport.can_write_eof():
                transport.write_eof()
            else:
                transport.close()

    def _close_soon(self) -> None:
        if self._close_timer is None and self._transport is not None:
            self._close_timer = asyncio.get_running_loop().call_later(
                CLOSE_TIMEOUT_S, self._transport.abort
            )


async def open_connection(
    url: str,
    token: str | None,
    handler: Handler,
    *,
    ssl_context: ssl.SSLContext | None,
    timeout: float,
) -> FeedConnection:
    """Connect and complete the opening handshake within ``timeout`` seconds.

    Raises what connecting raises: ``OSError`` (refused, unreachable),
    ``ssl.SSLError`` (TLS, certificate), ``TimeoutError``, websockets'
    ``InvalidURI`` and ``InvalidStatus`` (the server answered e.g. 401).
    """
    uri = parse_uri(url)
    loop = asyncio.get_running_loop()
    connection = FeedConnection(url, token, handler)
    async with asyncio.timeout(timeout):
        await loop.create_connection(
            lambda: connection,
            uri.host,
            uri.port,
            ssl=ssl_context if uri.secure else None,
            server_hostname=uri.host if uri.secure else None,
        )
        try:
            await asyncio.shield(connection.opened)
        except BaseException:
            # Nobody waits for the handshake now: its late outcome is dropped, not
            # logged by asyncio as an exception never retrieved.
            connection.opened.cancel()
            await connection.close()
            raise
    return connection
