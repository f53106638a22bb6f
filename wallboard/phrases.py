"""Texts the core composes in English that a supervisor also reads in the wall's language.

A :class:`Phrase` *is* its English text (a ``str``: the log, the probe and every
comparison see English), and it remembers the template it was filled from and
what was put in, so that the screen and the command line can say it again in
their language (:meth:`Phrase.said`). Templates are marked where they are written
with ``QT_TRANSLATE_NOOP("Wall", "... %1 ...")`` so that ``lupdate`` finds them;
``%1``, ``%2``... let a translation put the values in its own order. Paths, keys,
values and the words of other programs (the system's, TLS's) go in as values and
are never translated.

This module imports nothing of the wallboard: the configuration and the feed
client, low in the layers, use it as well as the views and the command line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

#: Translates (context, source text); English by default.
Translate = Callable[[str, str], str]

_PLACEHOLDER = re.compile(r"%(\d)")


class _Source(str):
    """A source text that knows its translation context."""

    context: str


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # Qt's name: lupdate looks for it
    """Mark ``text`` for translation under ``context``; it is translated where it is shown
    (a :class:`Phrase` made from it is said in that context)."""
    source = _Source(text)
    source.context = context
    return source


def fill(template: str, args: tuple[str, ...]) -> str:
    """``template`` with ``%1``... replaced by ``args``, in one pass (a value that
    holds ``%2`` is left as it is); a placeholder without a value stays."""
    def value(m: re.Match[str]) -> str:
        index = int(m[1]) - 1
        return args[index] if 0 <= index < len(args) else m[0]

    return _PLACEHOLDER.sub(value, template)


def english(_context: str, source: str) -> str:
    """The source text itself: no translation."""
    return source


_translator: Translate = english


def use_translator(translate: Translate) -> None:
    """Say phrases with ``translate`` from now on where no other is given (the command
    line installs its language's; the wall's views use the core's number style)."""
    global _translator
    _translator = translate


def translator() -> Translate:
    return _translator


class Phrase(str):
    """English text filled from a translatable template.

    ``Phrase(QT_TRANSLATE_NOOP("Wall", "cannot read: %1"), reason)`` equals
    ``"cannot read: " + reason``; ``said(translate)`` is the same in another
    language. A value that is itself a Phrase is said in that language too.
    """

    template: str
    args: tuple[str, ...]
    context: str

    def __new__(cls, template: str, *args: str, context: str | None = None) -> Phrase:
        values = tuple(args)
        self = super().__new__(cls, fill(template, tuple(str.__str__(a) for a in values)))
        # The context of QT_TRANSLATE_NOOP's mark, unless one is given.
        self.context = context or str(getattr(template, "context", "Wall"))
        self.template, self.args = str.__str__(template), values
        return self

    def said(self, translate: Translate = english) -> str:
        """This text in the language of ``translate``: a plain ``str``."""
        values = tuple(a.said(translate) if isinstance(a, Phrase) else str.__str__(a)
                       for a in self.args)
        return fill(translate(self.context, self.template) or self.template, values)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.template, self.args, self.context))


def _rebuild(template: str, args: tuple[str, ...], context: str) -> Phrase:
    return Phrase(template, *args, context=context)


def say(value: str) -> str:
    """``value`` said with the translator in use (:func:`use_translator`): the command
    line's words."""
    return said(value, _translator)


def reason_of(error: BaseException) -> str:
    """What ``error`` was raised with: a :class:`Phrase` where the core composed one
    (``str(error)`` is only its English), else ``str(error)``."""
    first = error.args[0] if len(error.args) == 1 else None
    return first if isinstance(first, Phrase) else str(error)


def said(value: str, translate: Translate = english) -> str:
    """``value`` in the language of ``translate`` when it is a :class:`Phrase`;
    any other text (a name, a value, the words of another program) as it is."""
    return value.said(translate) if isinstance(value, Phrase) else value
