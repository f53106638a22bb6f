"""A big site's feed at full speed, again and again: ``python -m tests.reliability.floodserver``.

Each connection gets the benchmark site's snapshot (1,000 agents, 5,000 open
cases, 200 queues: about 1 MB) and then ``--events`` events as fast as the
socket takes them (as ``wallboard.bench.server`` sends them), or at ``--rate``
events a second, and is then closed with 1012, service restart: the client
reconnects at once and it all starts again. It runs in a process of its own,
so the client's process measures only itself. Prints the port, then serves
until killed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys

from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.protocol import State

from wallboard.bench.flood import build
from wallboard.bench.server import BATCH, text_frame


async def main(events: int, rate: float | None) -> None:
    flood = build(events=events)
    batches = [b"".join(text_frame(f) for f in flood.frames[i:i + BATCH])
               for i in range(0, len(flood.frames), BATCH)]

    async def replay(ws: ServerConnection) -> None:
        with contextlib.suppress(ConnectionClosed):  # the client may leave at any time
            await _replay(ws)

    async def _replay(ws: ServerConnection) -> None:
        await ws.send(flood.snapshot.decode())
        transport = ws.transport
        loop = asyncio.get_running_loop()
        start = loop.time()
        for i, batch in enumerate(batches):
            if transport.is_closing() or ws.state is not State.OPEN:
                return  # the client left
            transport.write(batch)
            while transport.get_write_buffer_size() > 1 << 20:
                await asyncio.sleep(0.001)
            if rate:  # no faster than `rate` events a second
                ahead = start + (i + 1) * BATCH / rate - loop.time()
                if ahead > 0:
                    await asyncio.sleep(ahead)
        await ws.close(1012, "flood over")

    async with serve(replay, "127.0.0.1", 0, subprotocols=["wallboard.v1"],  # type: ignore[list-item]
                     max_size=None, ping_interval=None) as server:
        sys.stdout.write(f"{server.sockets[0].getsockname()[1]}\n")
        sys.stdout.flush()
        await asyncio.Event().wait()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--rate", type=float, default=None, help="events a second at most")
    args = parser.parse_args()
    asyncio.run(main(args.events, args.rate))
