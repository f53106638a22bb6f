"""Threshold levels of figures: normal, warning, critical.

The defaults suit a citizen contact centre out of the box; the configuration
(per site, department, queue, channel, language) replaces them. Each level
has a shape as well as a colour, so it reads without colour vision.
"""

from __future__ import annotations

import enum

import msgspec


class Level(enum.IntEnum):
    """Ordered: a worse level compares greater."""

    NONE = 0  # no data, or nothing to judge
    NORMAL = 1
    WARNING = 2
    CRITICAL = 3

    @property
    def glyph(self) -> str:
        """A shape that carries the level without colour."""
        return {Level.WARNING: "▲", Level.CRITICAL: "◆"}.get(self, "")

    @property
    def css(self) -> str:
        """The name the themes style."""
        return self.name.lower()


class Band(msgspec.Struct, frozen=True):
    """Warning and critical levels of one figure; ``higher_is_worse`` says which way.

    A level is reached when the figure goes *past* it: with ``Band(5, 10)`` an
    abandon rate of exactly 5 % is still normal, as a target of "5 % at most" means.
    """

    warning: float
    critical: float
    higher_is_worse: bool = True

    def assess(self, value: float | None) -> Level:
        if value is None:
            return Level.NONE
        if self.higher_is_worse:
            if value > self.critical:
                return Level.CRITICAL
            return Level.WARNING if value > self.warning else Level.NORMAL
        if value < self.critical:
            return Level.CRITICAL
        return Level.WARNING if value < self.warning else Level.NORMAL


class Targets(msgspec.Struct, frozen=True):
    """Warning and critical levels of each figure."""

    waiting: Band = Band(20, 50)
    longest_wait_s: Band = Band(90, 180)
    #: Service level below target warns; this far below it is critical.
    service_level_margin_pct: float = 10.0
    default_sl_target_pct: float = 80.0
    abandon_rate_pct: Band = Band(5, 10)
    asa_s: Band = Band(30, 60)
    aht_s: Band = Band(420, 600)
    fcr_pct: Band = Band(85, 75, higher_is_worse=False)
    out_of_scope_pct: Band = Band(8, 12)
    occupancy_pct: Band = Band(90, 95)
    #: Cases are due in days: overdue ones are worth a colour, never an alarm.
    overdue_cases: Band = Band(0, float("inf"))
    overdue_callbacks: Band = Band(0, 5)

    def service_level(self, target_pct: float | None) -> Band:
        target = self.default_sl_target_pct if target_pct is None else target_pct
        return Band(target, target - self.service_level_margin_pct, higher_is_worse=False)


DEFAULT_TARGETS = Targets()
