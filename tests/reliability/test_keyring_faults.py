"""A missing or locked keyring: the wall keeps running and says what is wrong and what to do.

The token of a feed lives in the keyring (``wallboard/credentials.py``). When
the keyring cannot answer, the feed connects without a token; a server that
wants one refuses it, and the wall shows "Authentication failed" with the
keyring's own message (start or unlock a Secret Service, or set
``WALLBOARD_TOKEN``), not a bare HTTP 401. Once the keyring answers, the wall
follows the feed again.
"""

from __future__ import annotations

import argparse
import logging
import os
import uuid
from collections.abc import Iterator
from contextlib import closing, suppress
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from keyrings.alt.file import PlaintextKeyring
from pytestqt.qtbot import QtBot

from tests.keyrings import secret_service_missing, using
from tests.reliability.rig import Resources, let_run, rig, wait_for
from tests.simulated import pinned_simulator
from wallboard import credentials
from wallboard.feed import FeedState, FeedThread
from wallboard.views.app import feed_source
from wallboard.views.bridge import WallBridge
from wallboard.views.window import WallWindow

pytestmark = pytest.mark.network

TOKEN = "s3cret-token"


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No Secret Service on the bus, no keyring configured, no token in the environment."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/wallboard-bus")
    monkeypatch.setenv("XDG_CONFIG_HOME", "/nonexistent")
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.delenv(credentials.TOKEN_ENV, raising=False)
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


# --- The feed client ---------------------------------------------------------------------


def test_a_keyring_that_fails_is_named_in_the_refusal_and_recovers(
    resources: Resources, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(credentials.TOKEN_ENV, raising=False)
    url = "ws://feed.test.invalid/live"

    with using(fail.Keyring()), rig(
            stale_after_s=5.0, token=TOKEN,
            client_token=lambda: credentials.token_for(url)) as live:
        wait_for(lambda: live.state() is FeedState.AUTH_FAILED, 10, "authentication failed")
        error = live.health().last_error or ""
        assert "no token could be read" in error and credentials.TOKEN_ENV in error, error
        assert live.feed.client.token_problem is not None
        accepted = live.proxy.accepted
        wait_for(lambda: live.feed.client.attempts >= 1, 1)
        let_run(0.5)  # the keyring is asked again every 0.1 s; the server is not
        assert live.proxy.accepted == accepted
        # A keyring appears, with the token in it.
        file_keyring = PlaintextKeyring()
        file_keyring.file_path = str(tmp_path / "keyring.cfg")
        file_keyring.set_password(credentials.SERVICE, credentials.normalise_url(url), TOKEN)
        keyring.set_keyring(file_keyring)
        live.assert_figures_equal_the_simulator()
        assert live.feed.client.token_problem is None


def test_a_token_source_that_raises_anything_never_stops_the_feed(
    resources: Resources, caplog: pytest.LogCaptureFixture
) -> None:
    """Regression: an exception from the token source ended the feed thread (STOPPED)."""

    def broken() -> str | None:
        raise RuntimeError("the session bus went away")

    caplog.set_level(logging.WARNING, logger="wallboard.feed")
    with rig(stale_after_s=5.0, backoff_base_s=30.0, backoff_cap_s=30.0,
             client_token=broken) as live:
        live.wait_live()  # this server wants no token
        live.server.submit(live.server.restart()).result(5)  # and another attempt
        wait_for(lambda: live.health().reconnects == 1 and live.health().figures_are_live, 10)
        live.assert_figures_equal_the_simulator()
    said = [r for r in caplog.records if "cannot read the feed's token" in r.getMessage()]
    assert len(said) == 1, "said once, not at every attempt"
    assert "the session bus went away" in said[0].getMessage()


# --- The wall --------------------------------------------------------------------------------


class Wall:
    """The wall's window fed the way ``wallboard --url`` feeds it (views/app.py feed_source)."""

    def __init__(self, qtbot: QtBot, url: str) -> None:
        args = argparse.Namespace(url=url, demo=False, stale_after=5.0, ca_file=None)
        self._source = feed_source(args)
        _, feed = self._source.__enter__()
        assert isinstance(feed, FeedThread)
        self.feed = feed
        self.window = WallWindow(rotate_s=0)
        qtbot.addWidget(self.window)
        self.window.setFixedSize(1280, 720)
        self.window.show()
        self.bridge = WallBridge(feed, url=url, refresh_hz=10)
        self.bridge.attach(self.window)
        feed.start()
        self.bridge.start()

    def stop(self) -> None:
        self.bridge.stop()
        self.feed.stop()
        self._source.__exit__(None, None, None)

    def says(self) -> str:
        empty = self.window.empty
        return " ".join(w.text() for w in (empty.title, empty.message, empty.action))


def _check_the_wall_says_so_and_keeps_running(qtbot: QtBot, wall: Wall, *words: str) -> None:
    qtbot.waitUntil(lambda: "AUTHENTICATION FAILED" in wall.window.header.state.text(),
                    timeout=15_000)
    qtbot.waitUntil(lambda: wall.window.stack.currentWidget() is wall.window.empty)
    said = wall.says()
    assert "Authentication failed" in said
    for word in words:
        assert word in said, said
    # Still running: the screen is refreshed, the feed thread waits for a token.
    refreshes = len(wall.bridge.refresh_seconds)
    qtbot.waitUntil(lambda: len(wall.bridge.refresh_seconds) > refreshes + 3)
    assert wall.feed.figures()[1].state is FeedState.AUTH_FAILED


def test_without_a_keyring_the_wall_says_how_to_give_the_token(
    qtbot: QtBot, no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pinned_simulator(scenario="night", token=TOKEN) as server:
        wall = Wall(qtbot, server.url)
        try:
            _check_the_wall_says_so_and_keeps_running(
                qtbot, wall, "no keyring backend is available", credentials.TOKEN_ENV)
            monkeypatch.setenv(credentials.TOKEN_ENV, TOKEN)  # the way out it names
            wall.feed.retry()  # R on the wall
            qtbot.waitUntil(lambda: "LIVE" in wall.window.header.state.text(), timeout=15_000)
            assert wall.window.stack.currentWidget() is not wall.window.empty
        finally:
            wall.stop()


def _secret_service() -> str | None:
    """Why the locked-keyring test cannot run here, or ``None``."""
    if os.environ.get("WALLBOARD_TEST_KEYRING") != "private":
        return "needs the private keyring of tests/run-with-keyring.sh (make test)"
    return secret_service_missing()


@pytest.mark.keyring
@pytest.mark.skipif(_secret_service() is not None, reason=str(_secret_service()))
def test_a_locked_keyring_is_named_and_unlocking_it_brings_the_wall_back(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import secretstorage
    from secretstorage.util import DBusAddressWrapper, format_secret, open_session

    monkeypatch.delenv(credentials.TOKEN_ENV, raising=False)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    password = uuid.uuid4().hex.encode()
    previous_backend = keyring.get_keyring()
    with closing(secretstorage.dbus_init()) as connection, pinned_simulator(
            scenario="night", token=TOKEN) as server:
        service = DBusAddressWrapper("/org/freedesktop/secrets",
                                     "org.freedesktop.Secret.Service", connection)
        # gnome-keyring's own interface makes a collection with a known password
        # without a prompt, which a headless run could not answer.
        internal = DBusAddressWrapper("/org/freedesktop/secrets",
                                      "org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface",
                                      connection)
        session = open_session(connection)
        (path,) = internal.call(
            "CreateWithMasterPassword", "a{sv}(oayays)",
            {"org.freedesktop.Secret.Collection.Label": ("s", "wallboard reliability")},
            format_secret(session, password, "text/plain"))
        (default,) = service.call("ReadAlias", "s", "default")
        collection = secretstorage.Collection(connection, path)
        service.call("SetAlias", "so", "default", path)  # the wall's keyring is this one
        wall = None
        try:
            collection.create_item(
                "wallboard token", {"service": credentials.SERVICE,
                                    "username": credentials.normalise_url(server.url)},
                TOKEN.encode())
            collection.lock()
            wall = Wall(qtbot, server.url)
            _check_the_wall_says_so_and_keeps_running(qtbot, wall, "is locked",
                                                      credentials.TOKEN_ENV)
            internal.call("UnlockWithMasterPassword", "o(oayays)", path,
                          format_secret(session, password, "text/plain"))
            wall.feed.retry()
            qtbot.waitUntil(lambda: "LIVE" in wall.window.header.state.text(), timeout=15_000)
        finally:
            if wall is not None:
                wall.stop()
            with suppress(Exception):
                internal.call("UnlockWithMasterPassword", "o(oayays)", path,
                              format_secret(session, password, "text/plain"))
            service.call("SetAlias", "so", "default", default)
            collection.delete()
            keyring.set_keyring(previous_backend)
