"""A loopback server that replays a flood as fast as the socket takes it.

Runs in its own process (``python -m wallboard.bench.server``) so the client
side of the benchmark has the interpreter to itself. After a normal
websockets handshake it writes the frames pre-encoded (RFC 6455 section 5.2,
unmasked server text frames) in large batches: a server sending one frame per
``await`` would be the bottleneck, and the figure wanted is the client's.
"""

from __future__ import annotations

import argparse
import asyncio
import sys

from websockets.asyncio.server import ServerConnection, serve

from wallboard.bench.flood import build

BATCH = 2000


def text_frame(payload: bytes) -> bytes:
    n = len(payload)
    if n < 126:
        header = bytes((0x81, n))
    elif n < 1 << 16:
        header = bytes((0x81, 126)) + n.to_bytes(2, "big")
    else:
        header = bytes((0x81, 127)) + n.to_bytes(8, "big")
    return header + payload


async def main(events: int) -> None:
    flood = build(events=events)
    batches = [
        b"".join(text_frame(f) for f in flood.frames[i : i + BATCH])
        for i in range(0, len(flood.frames), BATCH)
    ]

    async def replay(ws: ServerConnection) -> None:
        await ws.send(flood.snapshot.decode())
        transport = ws.transport
        for batch in batches:
            transport.write(batch)
            # Let the socket drain now and then, as a real server would.
            while transport.get_write_buffer_size() > 1 << 20:
                await asyncio.sleep(0.001)
        await ws.wait_closed()

    async with serve(replay, "127.0.0.1", 0, subprotocols=["wallboard.v1"],  # type: ignore[list-item]
                     max_size=None, ping_interval=None) as server:
        port = server.sockets[0].getsockname()[1]
        sys.stdout.write(f"{port}\n")
        sys.stdout.flush()
        await asyncio.Event().wait()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=200_000)
    asyncio.run(main(parser.parse_args().events))
