# ruff: noqa: RUF001 (Turkish text: its dotless i is meant)
"""Texts the core composes: English for the log, said again in another language."""

from __future__ import annotations

import pickle

from wallboard.phrases import Phrase, fill, said

#: A translation as a table would give it: the values placed in another order.
TABLE = {("Wall", "cannot connect to %1: %2"): "%1 adresine bağlanılamıyor: %2",
         ("Wall", "%1 (one of: %2)"): "%1 (şunlardan biri: %2)",
         ("Wall", "invalid value %1"): "geçersiz değer %1",
         ("Wall", "expected %1, got %2"): "%1 bekleniyordu, %2 verildi",
         ("Wall", "a number"): "bir sayı"}


def turkish(context: str, source: str) -> str:
    return TABLE.get((context, source), source)


def test_a_phrase_is_its_english_text() -> None:
    phrase = Phrase("cannot connect to %1: %2", "feed.example.org", "Connection reset")
    assert phrase == "cannot connect to feed.example.org: Connection reset"
    assert isinstance(phrase, str) and f"feed: {phrase}" == "feed: " + str(phrase)
    assert type(str(phrase)) is str


def test_said_in_another_language_keeps_the_values_as_they_are() -> None:
    phrase = Phrase("cannot connect to %1: %2", "feed.example.org", "Connection reset")
    assert phrase.said(turkish) == "feed.example.org adresine bağlanılamıyor: Connection reset"
    # Without a translation of its template, English.
    assert Phrase("the connection dropped").said(turkish) == "the connection dropped"


def test_values_that_are_phrases_are_said_too_and_the_order_is_the_translations() -> None:
    inner = Phrase("expected %1, got %2", Phrase("a number"), "'x'")
    outer = Phrase("%1 (one of: %2)", inner, "dark, light")
    assert outer == "expected a number, got 'x' (one of: dark, light)"
    assert outer.said(turkish) == "bir sayı bekleniyordu, 'x' verildi (şunlardan biri: dark, light)"


def test_a_value_holding_a_placeholder_is_not_filled_again() -> None:
    assert fill("%1 and %2", ("%2", "b")) == "%2 and b"
    assert fill("%1 and %3", ("a",)) == "a and %3"


def test_plain_text_is_said_as_it_is() -> None:
    assert said("Connection reset", turkish) == "Connection reset"
    assert said(Phrase("invalid value %1", "'blue'"), turkish) == "geçersiz değer 'blue'"


def test_a_phrase_survives_a_copy_between_processes() -> None:
    phrase = Phrase("cannot connect to %1: %2", "h", "why")
    again = pickle.loads(pickle.dumps(phrase))
    assert again == phrase and again.said(turkish) == phrase.said(turkish)


def test_a_phrase_is_said_in_the_context_it_was_marked_in() -> None:
    from wallboard.phrases import QT_TRANSLATE_NOOP

    table = {("Command", "error"): "hata", ("Wall", "error"): "wrong context"}
    phrase = Phrase(QT_TRANSLATE_NOOP("Command", "error"))
    assert phrase.context == "Command" and type(phrase.template) is str
    assert phrase.said(lambda c, s: table.get((c, s), s)) == "hata"
    assert Phrase("error").said(lambda c, s: table.get((c, s), s)) == "wrong context"
