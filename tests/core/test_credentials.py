"""Feed tokens in the keyring, against real keyring backends.

The tests marked ``keyring`` use the Secret Service on the session bus, as
``make test`` provides it (``dbus-run-session -- tests/run-with-keyring.sh``).
They are skipped only when no Secret Service can be reached at all.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Iterator
from contextlib import closing, suppress
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import SecretService, fail, null
from keyrings.alt.file import PlaintextKeyring

from tests.keyrings import secret_service_missing, using
from wallboard import credentials
from wallboard.credentials import (
    SERVICE,
    TOKEN_ENV,
    KeyringUnavailable,
    describe_backend,
    forget_token,
    normalise_url,
    store_token,
    token_for,
)

_NO_SECRET_SERVICE = secret_service_missing()
needs_secret_service = pytest.mark.skipif(
    _NO_SECRET_SERVICE is not None,
    reason=f"{_NO_SECRET_SERVICE}; run under `make test`, which starts one",
)
# Locking a collection makes a desktop keyring pop up its password prompt, so
# that test runs only in the private keyring of tests/run-with-keyring.sh.
needs_private_keyring = pytest.mark.skipif(
    os.environ.get("WALLBOARD_TEST_KEYRING") != "private",
    reason="needs the private keyring of tests/run-with-keyring.sh (make test)",
)


@pytest.fixture
def feed_url() -> str:
    """A URL no real feed has, so a desktop keyring keeps none of its entries."""
    return f"wss://Feed-{uuid.uuid4().hex[:12]}.Test.INVALID/live"


@pytest.fixture
def secret_service(feed_url: str) -> Iterator[KeyringBackend]:
    with using(SecretService.Keyring()) as backend:
        yield backend
        # Leave nothing behind in a keyring that outlives the test.
        with suppress(keyring.errors.PasswordDeleteError):
            backend.delete_password(SERVICE, normalise_url(feed_url))


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("wss://Feed.Example.GOV.uk/live", "wss://feed.example.gov.uk:443/live"),
        ("wss://feed.example.gov.uk:443/live", "wss://feed.example.gov.uk:443/live"),
        ("ws://localhost:8765", "ws://localhost:8765/"),
        ("WS://LOCALHOST", "ws://localhost:80/"),
        ("https://Feed.example.org/", "https://feed.example.org:443/"),
        ("wss://host:8443/a/B?since=42#top", "wss://host:8443/a/B"),
        ("ws://operator:secret@host/feed", "ws://host:80/feed"),
        ("wss://[::1]:9000/feed", "wss://[::1]:9000/feed"),
        ("  wss://host/feed  ", "wss://host:443/feed"),
        ("tcp://host:7000/x", "tcp://host:7000/x"),
    ],
)
def test_normalise_url(url: str, key: str) -> None:
    assert normalise_url(url) == key


@pytest.mark.parametrize(
    "url",
    ["", "feed.example.org/live", "ws:///live", "wss://host:99999/", "tcp://host/no-port"],
)
def test_normalise_url_rejects(url: str) -> None:
    with pytest.raises(ValueError):
        normalise_url(url)


def test_environment_token_wins_without_touching_the_keyring(feed_url: str) -> None:
    with using(fail.Keyring()):
        assert token_for(feed_url, {TOKEN_ENV: "from-env"}) == "from-env"


def test_environment_token_wins_over_a_stored_one(
    file_keyring: PlaintextKeyring, feed_url: str
) -> None:
    store_token(feed_url, "from-keyring")
    assert token_for(feed_url, {TOKEN_ENV: "from-env"}) == "from-env"
    assert token_for(feed_url, {TOKEN_ENV: ""}) == "from-keyring"
    assert token_for(feed_url, {}) == "from-keyring"


def test_file_backend_round_trip(
    file_keyring: PlaintextKeyring, feed_url: str, tmp_path: Path
) -> None:
    assert token_for(feed_url, {}) is None
    store_token(feed_url, "t0k3n")
    assert (tmp_path / "keyring_pass.cfg").exists()
    assert file_keyring.get_password(SERVICE, normalise_url(feed_url)) == "t0k3n"
    # Any spelling of the same URL finds the same token.
    assert token_for(feed_url.lower().replace("/live", ":443/live"), {}) == "t0k3n"
    store_token(feed_url, "replaced")
    assert token_for(feed_url, {}) == "replaced"
    assert forget_token(feed_url) is True
    assert token_for(feed_url, {}) is None
    assert forget_token(feed_url) is False


def test_token_never_logged(
    file_keyring: PlaintextKeyring, feed_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger=credentials.__name__)
    store_token(feed_url, "do-not-log-me")
    assert token_for(feed_url, {}) == "do-not-log-me"
    assert token_for(feed_url, {TOKEN_ENV: "nor-me"}) == "nor-me"
    forget_token(feed_url)
    assert caplog.records
    assert "do-not-log-me" not in caplog.text
    assert "nor-me" not in caplog.text


def test_empty_token_is_refused(file_keyring: PlaintextKeyring, feed_url: str) -> None:
    with pytest.raises(ValueError):
        store_token(feed_url, "")


@pytest.mark.parametrize("backend_class", [fail.Keyring, null.Keyring], ids=["fail", "null"])
def test_no_usable_backend(backend_class: type[KeyringBackend], feed_url: str) -> None:
    with using(backend_class()):
        for attempt in (
            lambda: token_for(feed_url, {}),
            lambda: store_token(feed_url, "t0k3n"),
            lambda: forget_token(feed_url),
        ):
            with pytest.raises(KeyringUnavailable) as raised:
                attempt()
            message = str(raised.value)
            assert TOKEN_ENV in message
            assert "gnome-keyring" in message
            assert "t0k3n" not in message
        assert "not usable" in describe_backend()


def test_unreachable_secret_service(monkeypatch: pytest.MonkeyPatch, feed_url: str) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/wallboard-bus")
    with using(SecretService.Keyring()), pytest.raises(KeyringUnavailable) as raised:
        token_for(feed_url, {})
    assert TOKEN_ENV in str(raised.value)


def test_describe_backend_names_the_backend(file_keyring: PlaintextKeyring) -> None:
    description = describe_backend()
    assert "keyrings.alt.file.PlaintextKeyring" in description
    assert "not usable" not in description


@pytest.mark.keyring
@needs_secret_service
def test_secret_service_round_trip(secret_service: KeyringBackend, feed_url: str) -> None:
    import secretstorage

    assert token_for(feed_url, {}) is None
    store_token(feed_url, "t0k3n")
    assert token_for(feed_url, {}) == "t0k3n"
    assert token_for(feed_url.lower(), {}) == "t0k3n"

    # Other Secret Service clients (secret-tool, seahorse) see it under these attributes.
    with closing(secretstorage.dbus_init()) as connection:
        items = list(
            secretstorage.search_items(
                connection, {"service": SERVICE, "username": normalise_url(feed_url)}
            )
        )
        assert [item.get_secret() for item in items] == [b"t0k3n"]

    assert forget_token(feed_url) is True
    assert token_for(feed_url, {}) is None
    assert forget_token(feed_url) is False
    assert "SecretService" in describe_backend()


@pytest.mark.keyring
@needs_secret_service
@needs_private_keyring
def test_locked_secret_service(feed_url: str) -> None:
    import secretstorage
    from secretstorage.util import DBusAddressWrapper, format_secret, open_session

    password = uuid.uuid4().hex.encode()
    with closing(secretstorage.dbus_init()) as connection:
        # gnome-keyring's own interface creates and unlocks a collection with a
        # known password without a prompt, which a headless run cannot answer.
        internal = DBusAddressWrapper(
            "/org/freedesktop/secrets",
            "org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface",
            connection,
        )
        session = open_session(connection)
        (path,) = internal.call(
            "CreateWithMasterPassword",
            "a{sv}(oayays)",
            {"org.freedesktop.Secret.Collection.Label": ("s", "wallboard tests")},
            format_secret(session, password, "text/plain"),
        )
        collection = secretstorage.Collection(connection, path)
        backend = SecretService.Keyring()
        backend.preferred_collection = path
        try:
            with using(backend):
                store_token(feed_url, "t0k3n")
                collection.lock()
                with pytest.raises(KeyringUnavailable, match="locked") as raised:
                    token_for(feed_url, {})
                assert TOKEN_ENV in str(raised.value)
        finally:
            internal.call(
                "UnlockWithMasterPassword",
                "o(oayays)",
                path,
                format_secret(session, password, "text/plain"),
            )
            collection.delete()


def test_the_application_never_picks_a_plain_text_keyring_by_itself(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """keyrings.alt is installed here; without a Secret Service keyring would fall back to it."""
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
    monkeypatch.setenv("XDG_CONFIG_HOME", "/nonexistent")
    before = keyring.get_keyring()
    try:
        credentials.use_recommended_backend()
        assert not isinstance(keyring.get_keyring(), PlaintextKeyring)
        with pytest.raises(KeyringUnavailable):
            credentials.store_token("wss://feed.example.org/", "t0ken")
    finally:
        keyring.set_keyring(before)
