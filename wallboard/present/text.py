"""Formatting figures for a wall read from across the room.

Whole numbers where a decimal would be noise from five metres; "—" for a
figure over nothing (protocol, "KPI definitions"), never 0 or 100 %.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from wallboard import phrases

DASH = "—"
#: Narrow no-break space: groups thousands and keeps a unit with its number.
NNBSP = "\u202f"


def translatable(context: str, text: str) -> str:
    """Mark ``text`` for translation under ``context``; the views translate it.

    Named and shaped like Qt's ``QT_TRANSLATE_NOOP`` so that ``lupdate`` finds
    the strings in this Qt-free layer.
    """
    return text


QT_TRANSLATE_NOOP = translatable


@dataclass(frozen=True)
class NumberStyle:
    """How the wall's language writes numbers; the views make one from ``QLocale``.

    The default is the wall's own English style: thin spaces between
    thousands, a point for decimals, ``87 %``.
    """

    group: str = NNBSP
    decimal: str = "."
    #: Where the number goes in a percentage: ``"{} %"`` here, ``"%{}"`` in Turkish.
    percent: str = "{}" + NNBSP + "%"
    #: The ten digits, zero first (Arabic-Indic ones in Arabic).
    digits: str = "0123456789"
    #: Unit symbols of a case's age: days, hours, minutes; and seconds.
    day: str = "d"
    hour: str = "h"
    minute: str = "m"
    second: str = "s"
    #: Between two figures ("14 · 11"), and before a projection ("→ 64 %"): the
    #: Arabic zero is a dot, and Arabic reads right to left.
    separator: str = " · "
    arrow: str = " → "
    #: Translates a composed text (context, source) where the core must compose
    #: it; the views install Qt's. Sources are marked for ``lupdate`` by calling
    #: :func:`translate` with literal arguments.
    translator: Callable[[str, str], str] = field(default=lambda _context, source: source,
                                                  compare=False)

    @cached_property
    def _table(self) -> dict[int, str]:
        table = {ord(str(n)): d for n, d in enumerate(self.digits)}
        return table | {ord(","): self.group, ord("."): self.decimal}

    def localised(self, text: str) -> str:
        """``text`` written with ASCII digits, "," between thousands and "." for decimals,
        in this style."""
        return text.translate(self._table)


_style = NumberStyle()


def use_number_style(style: NumberStyle) -> None:
    """Write every figure in ``style`` from now on (the views call it once at start)."""
    global _style
    _style = style


def number_style() -> NumberStyle:
    return _style


def translate(context: str, source: str) -> str:
    """``source`` in the wall's language, for the few texts the core composes itself.

    ``%1`` in the translation stands for what the caller puts in.
    """
    return _style.translator(context, source)


def said(value: str) -> str:
    """``value`` in the wall's language when the core composed it as a
    :class:`~wallboard.phrases.Phrase` (a configuration problem, a feed error);
    any other text as it is."""
    return phrases.said(value, _style.translator)


def together(*figures: str) -> str:
    """``14 · 11``: figures side by side."""
    return _style.separator.join(figures)


def toward(now: str, then: str) -> str:
    """``11 → 64 %``: a figure and where it is heading."""
    return f"{now}{_style.arrow}{then}"


def count(value: int | None) -> str:
    if value is None:
        return DASH
    return _style.localised(f"{value:,}")


def percent(value: float | None, *, whole: bool = False) -> str:
    """``87 %``; one decimal below 10 %, where it matters (abandon rates), unless ``whole``."""
    if value is None:
        return DASH
    if value < 9.95 and not whole:
        return _style.percent.format(_style.localised(f"{value:.1f}"))
    return _style.percent.format(_style.localised(f"{value:.0f}"))


def seconds(value: int | float) -> str:
    """``20 s``, ``5 m``, ``1 h``: a threshold, in the largest unit that keeps it whole
    (an e-mail queue's 3600 s is an hour; 90 s stays 90 s)."""
    if value >= 3600 and value % 3600 == 0:
        whole, unit = value // 3600, _style.hour
    elif value >= 120 and value % 60 == 0:
        whole, unit = value // 60, _style.minute
    else:
        whole, unit = value, _style.second
    return f"{_style.localised(f'{whole:g}')}{NNBSP}{unit}"


def clock(hour: int, minute: int) -> str:
    """``09:05``: the time of day, 24-hour."""
    return _style.localised(f"{hour:02d}:{minute:02d}")


def as_shown(value: float | None) -> float | None:
    """A percentage rounded as :func:`percent` shows it.

    Levels judge what the wall shows: 79.6 % is shown as 80 %, and must not
    warn against a target of 80 %.
    """
    if value is None:
        return None
    return round(value, 1) if value < 9.95 else float(round(value))


def duration(seconds: float | None) -> str:
    """``0:42``, ``12:05``, ``1:02:03``: waits and handling times."""
    if seconds is None:
        return DASH
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return _style.localised(f"{hours}:{minutes:02d}:{secs:02d}")
    return _style.localised(f"{minutes}:{secs:02d}")


def age(seconds: float | None) -> str:
    """``3 d 4 h``, ``5 h 12 m``, ``12 m``: how old a case is."""
    if seconds is None:
        return DASH
    total = max(0, int(seconds))
    days, rest = divmod(total, 86_400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    s, n = _style, _style.localised
    if days:
        return f"{n(str(days))}{NNBSP}{s.day} {n(str(hours))}{NNBSP}{s.hour}"
    if hours:
        return f"{n(str(hours))}{NNBSP}{s.hour} {n(str(minutes))}{NNBSP}{s.minute}"
    return f"{n(str(minutes))}{NNBSP}{s.minute}"
