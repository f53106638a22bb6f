"""``wallboard login`` / ``logout`` with a scripted prompt and a real file keyring."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from tests.keyrings import using
from wallboard.credentials import SERVICE, TOKEN_ENV, token_for
from wallboard.login import login, logout

URL = "wss://Feed.Example.org/live"
KEY = "wss://feed.example.org:443/live"


@pytest.fixture
def no_keyring() -> Iterator[KeyringBackend]:
    with using(fail.Keyring()) as used:
        yield used


class Prompt:
    """Stands in for getpass: records the prompt, answers with ``answer``."""

    def __init__(self, answer: str | BaseException) -> None:
        self.answer = answer
        self.prompts: list[str] = []

    def __call__(self, prompt: str) -> str:
        self.prompts.append(prompt)
        if isinstance(self.answer, BaseException):
            raise self.answer
        return self.answer


def test_login_stores_the_token(file_keyring: KeyringBackend) -> None:
    out = io.StringIO()
    prompt = Prompt("  s3cret-token\n")
    assert login(URL, prompt=prompt, out=out, environ={}) == 0
    assert prompt.prompts == [f"Bearer token for {KEY}: "]
    assert file_keyring.get_password(SERVICE, KEY) == "s3cret-token"
    assert token_for(URL, {}) == "s3cret-token"
    assert KEY in out.getvalue()
    assert "s3cret" not in out.getvalue()


def test_login_warns_when_the_environment_overrides(file_keyring: KeyringBackend) -> None:
    out = io.StringIO()
    assert login(URL, prompt=Prompt("t0k3n"), out=out, environ={TOKEN_ENV: "other"}) == 0
    assert TOKEN_ENV in out.getvalue()
    assert "other" not in out.getvalue()


@pytest.mark.parametrize("answer", ["", "   ", EOFError(), KeyboardInterrupt()])
def test_login_without_a_token_stores_nothing(
    file_keyring: KeyringBackend, answer: str | BaseException
) -> None:
    out = io.StringIO()
    assert login(URL, prompt=Prompt(answer), out=out, environ={}) == 1
    assert file_keyring.get_password(SERVICE, KEY) is None
    assert "nothing stored" in out.getvalue()


def test_login_without_a_keyring_explains_the_alternatives(no_keyring: KeyringBackend) -> None:
    out = io.StringIO()
    assert login(URL, prompt=Prompt("t0k3n"), out=out, environ={}) == 2
    assert TOKEN_ENV in out.getvalue()
    assert "t0k3n" not in out.getvalue()


def test_login_rejects_a_bad_url_before_prompting(file_keyring: KeyringBackend) -> None:
    out = io.StringIO()
    prompt = Prompt("t0k3n")
    assert login("feed.example.org", prompt=prompt, out=out, environ={}) == 2
    assert prompt.prompts == []


def test_logout(file_keyring: KeyringBackend) -> None:
    file_keyring.set_password(SERVICE, KEY, "t0k3n")
    out = io.StringIO()
    assert logout(URL, out=out) == 0
    assert file_keyring.get_password(SERVICE, KEY) is None
    assert "removed" in out.getvalue()

    out = io.StringIO()
    assert logout(URL, out=out) == 0
    assert "No token" in out.getvalue()


def test_logout_without_a_keyring(no_keyring: KeyringBackend) -> None:
    out = io.StringIO()
    assert logout(URL, out=out) == 2
    assert TOKEN_ENV in out.getvalue()
