"""``wallboard login`` and ``wallboard logout``: keep or drop a feed's bearer token.

Both talk to the user on ``out`` (standard error by default) and return the
process exit status: 0 on success, 1 when the user gave no token, 2 for a bad
URL or when no keyring can be used. The token itself is never printed.
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
        print(f"wallboard login: {exc}", file=out)
        return EXIT_UNAVAILABLE
    try:
        token = prompt(f"Bearer token for {key}: ").strip()
    except (EOFError, KeyboardInterrupt):
        print("\nwallboard login: cancelled, nothing stored", file=out)
        return EXIT_NO_TOKEN
    if not token:
        print("wallboard login: no token given, nothing stored", file=out)
        return EXIT_NO_TOKEN
    try:
        store_token(key, token)
    except KeyringUnavailable as exc:
        print(f"wallboard login: {exc}", file=out)
        return EXIT_UNAVAILABLE
    print(f"Token for {key} stored in {describe_backend()}.", file=out)
    if environ.get(TOKEN_ENV):
        print(f"Note: {TOKEN_ENV} is set and is used instead of the stored token.", file=out)
    return EXIT_OK


def logout(url: str, *, out: TextIO = sys.stderr) -> int:
    """Remove the stored token of the feed at ``url``; having none is not an error."""
    try:
        key = normalise_url(url)
        removed = forget_token(key)
    except (ValueError, KeyringUnavailable) as exc:
        print(f"wallboard logout: {exc}", file=out)
        return EXIT_UNAVAILABLE
    if removed:
        print(f"Token for {key} removed from the keyring.", file=out)
    else:
        print(f"No token was stored for {key}.", file=out)
    return EXIT_OK
