"""``wallboard login`` and ``wallboard logout``: keep or drop a feed's bearer token.

Both talk to the user on ``out`` (standard error by default) and return the
process exit status: 0 on success, 1 when the user gave no token, 2 for a bad
URL or when no keyring can be used. The token itself is never printed. They
speak the command line's language (:mod:`wallboard.language`).
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable, Mapping
from typing import TextIO

from wallboard.credentials import (
    TOKEN_ENV,
    KeyringUnavailable,
    describe_backend,
    forget_token,
    normalise_url,
    store_token,
)
from wallboard.phrases import QT_TRANSLATE_NOOP, Phrase, reason_of, say

EXIT_OK = 0
EXIT_NO_TOKEN = 1
EXIT_UNAVAILABLE = 2


def login(
    url: str,
    *,
    prompt: Callable[[str], str] = getpass.getpass,
    out: TextIO = sys.stderr,
    environ: Mapping[str, str] = os.environ,
) -> int:
    """Ask for the bearer token of the feed at ``url`` (without echo) and keep it in the keyring."""
    try:
        key = normalise_url(url)
    except ValueError as exc:
        print(f"wallboard login: {say(reason_of(exc))}", file=out)
        return EXIT_UNAVAILABLE
    try:
        token = prompt(say(Phrase(QT_TRANSLATE_NOOP("Command", "Bearer token for %1: "),
                                  key))).strip()
    except (EOFError, KeyboardInterrupt):
        print("\nwallboard login: " + say(Phrase(QT_TRANSLATE_NOOP(
            "Command", "cancelled, nothing stored"))), file=out)
        return EXIT_NO_TOKEN
    if not token:
        print("wallboard login: " + say(Phrase(QT_TRANSLATE_NOOP(
            "Command", "no token given, nothing stored"))), file=out)
        return EXIT_NO_TOKEN
    try:
        store_token(key, token)
    except KeyringUnavailable as exc:
        print(f"wallboard login: {say(reason_of(exc))}", file=out)
        return EXIT_UNAVAILABLE
    print(say(Phrase(QT_TRANSLATE_NOOP("Command", "Token for %1 stored in %2."), key,
                     describe_backend())), file=out)
    if environ.get(TOKEN_ENV):
        print(say(Phrase(QT_TRANSLATE_NOOP(
            "Command", "Note: %1 is set and is used instead of the stored token."),
            TOKEN_ENV)), file=out)
    return EXIT_OK


def logout(url: str, *, out: TextIO = sys.stderr) -> int:
    """Remove the stored token of the feed at ``url``; having none is not an error."""
    try:
        key = normalise_url(url)
        removed = forget_token(key)
    except (ValueError, KeyringUnavailable) as exc:
        print(f"wallboard logout: {say(reason_of(exc))}", file=out)
        return EXIT_UNAVAILABLE
    if removed:
        print(say(Phrase(QT_TRANSLATE_NOOP("Command", "Token for %1 removed from the keyring."),
                         key)), file=out)
    else:
        print(say(Phrase(QT_TRANSLATE_NOOP("Command", "No token was stored for %1."), key)),
              file=out)
    return EXIT_OK
