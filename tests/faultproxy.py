"""A TCP proxy on loopback that breaks connections on purpose, for tests.

It sits between a feed server (the simulator) and the client under test and
forwards bytes both ways until told to misbehave:

* :meth:`FaultProxy.delay`: hold every chunk for a while (latency, in order);
* :meth:`FaultProxy.trickle`: let only a few bytes through at a time;
* :meth:`FaultProxy.stall`: forward nothing more, and close nothing (the
  sockets stay open, as behind a dead router); new connections too if asked;
* :meth:`FaultProxy.drop_mid_frame`: close each connection cleanly right after
  sending half of a websocket frame (RFC 6455 section 5.2) to the client;
* :meth:`FaultProxy.reset`: abort each connection with a TCP reset
  (``SO_LINGER`` 0), and :meth:`FaultProxy.reset_on_accept` for new ones;
* :meth:`FaultProxy.refuse`: stop listening, so connecting is refused, and
  listen again on the same port later.

:attr:`FaultProxy.accepted` counts the connections that reached it, so a test
can tell a reconnection backoff from a tight loop. Run it with
:func:`running_proxy`, which gives it an event loop in a thread of its own
and a plain synchronous interface.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import struct
import threading
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")

CHUNK = 65_536


class _ServerFrames:
    """Where websocket frames begin in the server-to-client bytes, after the HTTP handshake."""

    def __init__(self) -> None:
        self._handshake = b""
        self._open = False
        self._header = b""
        self._left = 0  # payload bytes of the current frame still to come

    @property
    def open(self) -> bool:
        """Whether the handshake is over and frames are flowing."""
        return self._open

    def boundaries(self, chunk: bytes) -> list[int]:
        """Offsets in ``chunk`` where a frame begins."""
        out: list[int] = []
        i, n = 0, len(chunk)
        if not self._open:
            seen = self._handshake + chunk
            end = seen.find(b"\r\n\r\n")
            if end < 0:
                self._handshake = seen[-3:]
                return out
            i = end + 4 - len(self._handshake)
            self._open = True
        while i < n:
            if not self._left and not self._header:
                out.append(i)
            if self._left:
                step = min(self._left, n - i)
                self._left -= step
                i += step
                continue
            self._header += chunk[i:i + 1]
            i += 1
            length = self._header_length()
            if length is not None:
                self._left, self._header = length, b""
        return out

    def _header_length(self) -> int | None:
        """The payload length once the header is complete, else ``None``."""
        h = self._header
        if len(h) < 2:
            return None
        short = h[1] & 0x7F
        size = {126: 4, 127: 10}.get(short, 2)
        if len(h) < size:
            return None
        if short == 126:
            return int(struct.unpack("!H", h[2:4])[0])
        if short == 127:
            return int(struct.unpack("!Q", h[2:10])[0])
        return short


class _Link:
    """One client connection and its connection upstream."""

    def __init__(self, proxy: FaultProxy, client: asyncio.StreamWriter,
                 server: asyncio.StreamWriter) -> None:
        self.proxy = proxy
        self.client = client
        self.server = server
        self.flowing = asyncio.Event()
        self.flowing.set()
        self.cut_mid_frame = False
        self.frames = _ServerFrames()
        self.tasks: list[asyncio.Task[None]] = []

    def abort(self, *, reset: bool) -> None:
        for writer in (self.client, self.server):
            sock = writer.get_extra_info("socket")
            if reset and sock is not None:
                with contextlib.suppress(OSError):
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            writer.transport.abort()
        for task in self.tasks:
            task.cancel()
        self.proxy.links.discard(self)


class FaultProxy:
    """The proxy; make it with :func:`running_proxy`, which runs it on a thread of its own."""

    def __init__(self, upstream_host: str, upstream_port: int, host: str = "127.0.0.1") -> None:
        self.upstream = (upstream_host, upstream_port)
        self.host = host
        self.port = 0
        self.accepted = 0
        #: Frames cut in half by :meth:`drop_mid_frame`.
        self.cuts = 0
        self.links: set[_Link] = set()
        self._delay_s = 0.0
        self._trickle: tuple[int, float] | None = None
        self._stall_new = False
        self._reset_new = False
        self._server: asyncio.Server | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    # --- Lifecycle (on the proxy's loop) -------------------------------------------

    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        await self._listen()

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        for link in list(self.links):
            link.abort(reset=False)

    async def _listen(self) -> None:
        self._server = await asyncio.start_server(self._accept, self.host, self.port,
                                                  reuse_address=True)
        self.port = self._server.sockets[0].getsockname()[1]

    @property
    def url(self) -> str:
        return f"ws://{self.host}:{self.port}"

    # --- Faults (call from any thread) ------------------------------------------------

    def delay(self, seconds: float) -> None:
        """Hold every chunk this long before passing it on, both ways; 0 for none."""
        self._delay_s = seconds

    def trickle(self, size: int | None, every_s: float = 0.01) -> None:
        """Pass ``size`` bytes at a time with a pause between; ``None`` to stop."""
        self._trickle = None if size is None else (size, every_s)

    def stall(self, *, new_connections: bool = False) -> None:
        """Forward nothing more on the open connections, and close nothing.

        With ``new_connections``, those that come next are accepted and then
        stalled too: the client's handshake never gets an answer.
        """
        self._stall_new = new_connections
        self._each_link(lambda link: link.flowing.clear())

    def resume(self) -> None:
        self._stall_new = False
        self._each_link(lambda link: link.flowing.set())

    def drop_mid_frame(self) -> None:
        """Close each open connection just after half of the next frame to the client."""
        self._each_link(lambda link: setattr(link, "cut_mid_frame", True))

    def reset(self) -> None:
        """Abort every open connection with a TCP reset."""
        self._each_link(lambda link: link.abort(reset=True))

    def reset_on_accept(self, on: bool) -> None:
        """Accept new connections and reset them at once (each one counted)."""
        self._reset_new = on

    def refuse(self, on: bool) -> None:
        """Stop listening (connecting is refused), or listen again on the same port."""
        assert self._loop is not None
        if on:
            self._run(self._close_listener)
        else:
            asyncio.run_coroutine_threadsafe(self._listen(), self._loop).result(5)

    def _close_listener(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

    def _each_link(self, action: Callable[[_Link], None]) -> None:
        def every() -> None:
            for link in list(self.links):
                action(link)

        self._run(every)

    def _run(self, action: Callable[[], Any]) -> None:
        assert self._loop is not None
        done = threading.Event()

        def call() -> None:
            try:
                action()
            finally:
                done.set()

        self._loop.call_soon_threadsafe(call)
        done.wait(5)

    # --- Inside --------------------------------------------------------------------------

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.accepted += 1
        if self._reset_new:
            sock = writer.get_extra_info("socket")
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            writer.transport.abort()
            return
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.upstream)
        except OSError:
            writer.transport.abort()
            return
        link = _Link(self, writer, up_writer)
        if self._stall_new:
            link.flowing.clear()
        self.links.add(link)
        link.tasks = [
            asyncio.create_task(self._pump(link, reader, writer=up_writer, to_client=False)),
            asyncio.create_task(self._pump(link, up_reader, writer=writer, to_client=True)),
        ]

    async def _pump(self, link: _Link, reader: asyncio.StreamReader, *,
                    writer: asyncio.StreamWriter, to_client: bool) -> None:
        """Read one way and pass on, in order, with the faults of the moment."""
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[tuple[float, bytes] | None] = asyncio.Queue()
        sender = asyncio.create_task(self._send(link, queue, writer, to_client))
        try:
            while True:
                await link.flowing.wait()
                data = await reader.read(CHUNK)
                if not data:
                    break
                await link.flowing.wait()  # a stall holds what was read, too
                queue.put_nowait((loop.time() + self._delay_s, data))
        except (ConnectionError, OSError):
            pass
        finally:
            queue.put_nowait(None)
            with contextlib.suppress(asyncio.CancelledError, ConnectionError, OSError):
                await sender

    async def _send(self, link: _Link, queue: asyncio.Queue[tuple[float, bytes] | None],
                    writer: asyncio.StreamWriter, to_client: bool) -> None:
        loop = asyncio.get_running_loop()
        try:
            while (item := await queue.get()) is not None:
                due, data = item
                if (wait := due - loop.time()) > 0:
                    await asyncio.sleep(wait)
                await link.flowing.wait()
                if to_client:
                    was_open = link.frames.open
                    starts = set(link.frames.boundaries(data))
                    if link.cut_mid_frame and was_open:
                        inside = [i for i in range(1, len(data)) if i not in starts]
                        if inside:
                            writer.write(data[:inside[len(inside) // 2]])
                            await writer.drain()
                            self.cuts += 1
                            link.abort(reset=False)
                            return
                trickle = self._trickle
                if trickle is None:
                    writer.write(data)
                    await writer.drain()
                    continue
                size, every_s = trickle
                for i in range(0, len(data), size):
                    writer.write(data[i:i + size])
                    await writer.drain()
                    await asyncio.sleep(every_s)
        except (ConnectionError, OSError):
            pass
        finally:
            writer.close()


@contextlib.contextmanager
def running_proxy(upstream_port: int, upstream_host: str = "127.0.0.1") -> Iterator[FaultProxy]:
    """A :class:`FaultProxy` to ``upstream_port`` on its own loop and thread, for a block."""
    proxy = FaultProxy(upstream_host, upstream_port)
    loop = asyncio.new_event_loop()
    ready = threading.Event()

    def run() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(proxy.start())
        ready.set()
        loop.run_forever()
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()

    thread = threading.Thread(target=run, name="fault-proxy", daemon=True)
    thread.start()
    ready.wait(5)
    try:
        yield proxy
    finally:
        asyncio.run_coroutine_threadsafe(proxy.stop(), loop).result(5)

        async def settle() -> None:  # let the aborted links' tasks finish
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        asyncio.run_coroutine_threadsafe(settle(), loop).result(5)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
