"""Formatting figures for a wall read from across the room.

Whole numbers where a decimal would be noise from five metres; "—" for a
figure over nothing (protocol, "KPI definitions"), never 0 or 100 %.
"""

from __future__ import annotations

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


def count(value: int | None) -> str:
    if value is None:
        return DASH
    text = f"{value:,}".replace(",", NNBSP)
    return text


def percent(value: float | None) -> str:
    """``87 %``; one decimal below 10 %, where it matters (abandon rates)."""
    if value is None:
        return DASH
    if value < 9.95:
        return f"{value:.1f}{NNBSP}%"
    return f"{value:.0f}{NNBSP}%"


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
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def age(seconds: float | None) -> str:
    """``3 d 4 h``, ``5 h 12 m``, ``12 m``: how old a case is."""
    if seconds is None:
        return DASH
    total = max(0, int(seconds))
    days, rest = divmod(total, 86_400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        return f"{days}{NNBSP}d {hours}{NNBSP}h"
    if hours:
        return f"{hours}{NNBSP}h {minutes}{NNBSP}m"
    return f"{minutes}{NNBSP}m"
