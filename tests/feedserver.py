"""A websocket server on loopback whose behaviour each test scripts.

It speaks just enough of the feed protocol's transport (subprotocol, bearer
token) to let a test play the platform: send chosen frames, close with a
chosen code, stay silent, refuse the token, present a certificate.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from collections.abc import Awaitable, Callable
from http import HTTPStatus
from typing import Any

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.http11 import Request, Response

from tests.builders import frame

Script = Callable[["ScriptedServer", ServerConnection], Awaitable[None]]


class ScriptedServer:
    def __init__(
        self,
        script: Script,
        *,
        token_required: str | None = None,
        select_subprotocol: bool = True,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.script = script
        self.token = token_required
        self.select = select_subprotocol
        self.ssl_context = ssl_context
        self.handshakes = 0  # every attempt, refused ones too
        self.connections = 0  # accepted connections
        self.received: asyncio.Queue[str] = asyncio.Queue()
        self._server: Server | None = None

    @property
    def url(self) -> str:
        assert self._server is not None
        port = self._server.sockets[0].getsockname()[1]
        scheme = "wss" if self.ssl_context else "ws"
        host = "localhost" if self.ssl_context else "127.0.0.1"
        return f"{scheme}://{host}:{port}/feed"

    async def __aenter__(self) -> ScriptedServer:
        self._server = await serve(
            self._handle,
            "127.0.0.1",
            0,
            subprotocols=["wallboard.v1"],  # type: ignore[list-item]
            select_subprotocol=None if self.select else (lambda _conn, _offered: None),
            process_request=self._check_token,
            ssl=self.ssl_context,
            max_size=None,
            ping_interval=None,
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()

    def _check_token(self, connection: ServerConnection, request: Request) -> Response | None:
        self.handshakes += 1
        if self.token is None:
            return None
        if request.headers.get("Authorization") != f"Bearer {self.token}":
            return connection.respond(HTTPStatus.UNAUTHORIZED, "bad token\n")
        return None

    async def _handle(self, ws: ServerConnection) -> None:
        self.connections += 1
        reader = asyncio.create_task(self._read(ws))
        try:
            await self.script(self, ws)
            await ws.wait_closed()
        finally:
            reader.cancel()

    async def _read(self, ws: ServerConnection) -> None:
        with contextlib.suppress(Exception):
            async for message in ws:
                await self.received.put(str(message))

    @staticmethod
    async def send(ws: ServerConnection, *messages: dict[str, Any] | bytes | str) -> None:
        for message in messages:
            if isinstance(message, dict):
                await ws.send(frame(message).decode())
            else:
                await ws.send(message)


async def until(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    """Wait for ``condition`` to hold, checking often; fail after ``timeout``."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not condition():
        if loop.time() > end:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.01)
