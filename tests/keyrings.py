"""Swapping the process-wide keyring backend in tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing, contextmanager

import keyring
from keyring.backend import KeyringBackend


@contextmanager
def using(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    """Make ``backend`` the process-wide keyring, and restore the previous one after."""
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


def secret_service_missing() -> str | None:
    """Why no Secret Service can be reached, or ``None`` when one can."""
    try:
        import secretstorage

        with closing(secretstorage.dbus_init()) as connection:
            if not secretstorage.check_service_availability(connection):
                return "no Secret Service on the D-Bus session bus"
    except Exception as exc:
        return f"no D-Bus session bus ({exc})"
    return None
