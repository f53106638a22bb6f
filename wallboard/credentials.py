"""Bearer tokens for feed URLs, kept in the operating system's keyring.

A token is stored with :mod:`keyring` under the service name ``wallboard`` and,
as user name, the feed URL in normalised form (see :func:`normalise_url`), so
``wss://Feed.example.org/live`` and ``wss://feed.example.org:443/live`` share
one token. On a Linux desktop that is the Secret Service (gnome-keyring,
KWallet); on Windows the Credential Manager; on macOS the Keychain.

Kiosks and scripts that have no keyring set ``WALLBOARD_TOKEN`` instead: when
it is set, it is the token for every URL and the keyring is not consulted.

Tokens are never logged, nor put into exception messages.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from typing import TypeVar
from urllib.parse import urlsplit

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from wallboard.phrases import QT_TRANSLATE_NOOP, Phrase

log = logging.getLogger(__name__)

SERVICE = "wallboard"
TOKEN_ENV = "WALLBOARD_TOKEN"

# Ports implied by a scheme, written out so that a URL with and without its
# default port name the same keyring entry.
DEFAULT_PORTS: Mapping[str, int] = {"ws": 80, "wss": 443, "http": 80, "https": 443}

_ALTERNATIVES = Phrase(QT_TRANSLATE_NOOP(
    "Command", "Either start a Secret Service for this session (for example gnome-keyring "
               "or KWallet, normally part of the desktop login; make sure it is unlocked), "
               "or give the token in the %1 environment variable instead."), TOKEN_ENV)

_T = TypeVar("_T")


class KeyringUnavailable(Exception):
    """No usable keyring: none installed, unreachable, or locked.

    The message says what went wrong and what to do instead; it is meant to be
    shown to the user as it is.
    """


def normalise_url(url: str) -> str:
    """Return ``url`` as ``scheme://host:port/path``, the key its token is kept under.

    The scheme and host are lower-cased, the scheme's default port is written
    out, an empty path becomes ``/``, and user information, query and fragment
    are dropped. Raises :class:`ValueError` for a URL without scheme or host,
    with an invalid port, or with a scheme whose default port is unknown and
    no port given.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = parts.hostname  # already lower-cased, brackets of IPv6 removed
    if not scheme or not host:
        raise ValueError(Phrase(QT_TRANSLATE_NOOP("Command", "not an absolute URL with a host: %1"),
                                repr(url)))
    try:
        port = parts.port
    except ValueError as exc:
        raise ValueError(Phrase(QT_TRANSLATE_NOOP("Command", "invalid port in URL %1"),
                                repr(url))) from exc
    if port is None:
        if scheme not in DEFAULT_PORTS:
            raise ValueError(Phrase(QT_TRANSLATE_NOOP(
                "Command", "URL %1 needs a port: no default port for %2"), repr(url),
                repr(scheme)))
        port = DEFAULT_PORTS[scheme]
    if ":" in host:
        host = f"[{host}]"
    return f"{scheme}://{host}:{port}{parts.path or '/'}"


def token_for(url: str, environ: Mapping[str, str] = os.environ) -> str | None:
    """Return the bearer token for the feed at ``url``, or ``None`` if none is stored.

    A non-empty ``WALLBOARD_TOKEN`` in ``environ`` wins over the keyring, which
    is then not touched at all. Raises :class:`KeyringUnavailable` when the
    keyring has to be asked and cannot answer; the caller may then carry on
    without a token or tell the user how to provide one.
    """
    key = normalise_url(url)
    if environ.get(TOKEN_ENV):
        log.debug("token for %s taken from %s", key, TOKEN_ENV)
        return environ[TOKEN_ENV]
    token = _with_backend(lambda backend: backend.get_password(SERVICE, key))
    log.debug("token for %s %s in the keyring", key, "found" if token else "not found")
    return token


def store_token(url: str, token: str) -> None:
    """Keep ``token`` in the keyring for the feed at ``url``, replacing any earlier one."""
    if not token:
        raise ValueError("refusing to store an empty token")
    key = normalise_url(url)
    _with_backend(lambda backend: backend.set_password(SERVICE, key, token))
    log.info("token for %s stored in the keyring", key)


def forget_token(url: str) -> bool:
    """Remove the token for the feed at ``url``; ``False`` if there was none."""
    key = normalise_url(url)

    def delete(backend: KeyringBackend) -> bool:
        try:
            backend.delete_password(SERVICE, key)
        except keyring.errors.PasswordDeleteError:
            return False
        return True

    removed = _with_backend(delete)
    log.info("token for %s %s", key, "removed from the keyring" if removed else "was not stored")
    return removed


def use_recommended_backend() -> None:
    """Choose among the keyring backends that keep secrets safely.

    keyring falls back to any installed backend when no better one is there,
    a plain-text file among them if ``keyrings.alt`` happens to be installed.
    A wall's token should rather be refused a home than stored in clear, so the
    application keeps to the recommended backends (priority 1 or more). An
    explicit keyring configuration (``keyringrc.cfg``, ``PYTHON_KEYRING_BACKEND``)
    still wins.
    """
    import keyring.core

    def recommended(backend: KeyringBackend) -> bool:
        # Asking a backend its priority may reach for D-Bus, and a stale bus
        # address raises there: such a backend is simply not usable.
        try:
            return bool(backend.priority >= 1)
        except Exception as error:  # any failure means "not usable"
            log.info("keyring backend %s is not usable: %s", type(backend).__name__, error)
            return False

    keyring.core.init_backend(recommended)


def describe_backend() -> str:
    """Say which keyring backend is in use and whether it can be used, for diagnostics."""
    backend = keyring.get_keyring()
    description = _name(backend)
    if isinstance(backend, chainer.ChainerBackend):
        description += " of " + ", ".join(_name(b) for b in backend.backends)
    reason = _unusable_reason(backend)
    return f"{description}: not usable, {reason}" if reason else description


def _name(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{backend.name} ({cls.__module__}.{cls.__qualname__})"


def _unusable_reason(backend: KeyringBackend) -> str | None:
    """Why ``backend`` cannot hold tokens at all, or ``None`` if it might."""
    if isinstance(backend, fail.Keyring):
        return Phrase(QT_TRANSLATE_NOOP("Command", "no keyring backend is available"))
    if isinstance(backend, null.Keyring):
        return Phrase(QT_TRANSLATE_NOOP("Command", "the keyring is disabled (null backend)"))
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return Phrase(QT_TRANSLATE_NOOP("Command", "no keyring backend is available to chain"))
    return None


def _backend_errors() -> tuple[type[Exception], ...]:
    """What a backend raises when it cannot reach or use its store.

    Besides keyring's own errors, the Secret Service backend lets some D-Bus
    failures escape as they are: SecretStorage's exceptions (no session bus, no
    service) and OSError (a bus address whose socket is gone). A file backend
    raises OSError for an unreadable file.
    """
    errors: tuple[type[Exception], ...] = (keyring.errors.KeyringError, OSError)
    try:
        from secretstorage.exceptions import SecretStorageException
    except ImportError:
        return errors
    return (*errors, SecretStorageException)


def _with_backend(operation: Callable[[KeyringBackend], _T]) -> _T:
    """Run ``operation`` on the current backend, turning keyring failures into
    :class:`KeyringUnavailable`."""
    backend = keyring.get_keyring()
    reason = _unusable_reason(backend)
    if reason:
        raise KeyringUnavailable(Phrase(QT_TRANSLATE_NOOP(
            "Command", "Cannot keep feed tokens: %1. %2"), reason, _ALTERNATIVES))
    try:
        return operation(backend)
    except keyring.errors.KeyringLocked as exc:
        raise KeyringUnavailable(Phrase(QT_TRANSLATE_NOOP(
            "Command", "Cannot keep feed tokens: the keyring (%1) is locked and was not "
                       "unlocked. %2"), _name(backend), _ALTERNATIVES)) from exc
    except _backend_errors() as exc:
        raise KeyringUnavailable(Phrase(QT_TRANSLATE_NOOP(
            "Command", "Cannot keep feed tokens: the keyring (%1) failed: %2. %3"),
            _name(backend), str(exc), _ALTERNATIVES)) from exc
