"""Staffing as the wall shows it: "needed N · on the floor M", a level and a projection.

A figure the model cannot compute (no arrivals or no handle time yet) is
"—", never a guess. The level says what a supervisor should act on: a
warning when fewer agents are on the floor than needed, critical when the
projected service level is 10 points or more under the target (the same
distance as the service-level band's critical level).
"""

from __future__ import annotations

import msgspec

from wallboard.levels import Level
from wallboard.present import text
from wallboard.present.text import QT_TRANSLATE_NOOP
from wallboard.staffing.live import GroupStaffing, SiteStaffing, site_gap

_C = "Wall"
#: Points under the target at which the projection is critical.
CRITICAL_POINTS = 10.0


class StaffingCell(msgspec.Struct, frozen=True):
    #: "14 · 11": agents needed, then agents on the floor.
    text: str
    needed: str
    on_floor: str
    #: The service level projected for the next half hour with the floor as it is
    #: (that of the pool it makes with the groups it shares agents with).
    projected: str
    level: Level
    #: Agents needed beyond those on the floor ("0" when none); "" without a model figure.
    short: str = ""


def staffing_level(g: GroupStaffing) -> Level:
    if g.needed is None:
        return Level.NONE
    if (g.projected_sl_pct is not None and g.target_pct is not None
            and g.projected_sl_pct <= g.target_pct - CRITICAL_POINTS):
        return Level.CRITICAL if g.on_floor < g.needed else Level.WARNING
    return Level.WARNING if g.on_floor < g.needed else Level.NORMAL


def staffing_cell(g: GroupStaffing | None) -> StaffingCell | None:
    """The cell of one group; ``None`` when staffing is switched off."""
    if g is None:
        return None
    needed, floor = text.count(g.needed), text.count(g.on_floor)
    shown = projected(g.projected_sl_pct)
    if g.shared and g.projected_sl_pct is not None:
        # The pool's figure, not the group's own: "needed 119 · on the floor 119 → 0 %"
        # would contradict itself where the pool it shares agents with is short.
        shown = text.translate(_C, QT_TRANSLATE_NOOP("Wall", "%1 (pool)")).replace("%1", shown)
    return StaffingCell(text.together(needed, floor), needed, floor, shown, staffing_level(g),
                        "" if g.needed is None else text.count(max(0, g.needed - g.on_floor)))


def projected(value: float | None) -> str:
    """A projection in whole points ("0 %", not "0.0 %"): a model's half hour ahead is no
    more precise, and the figure shares a narrow line with needed and on the floor."""
    return text.percent(value, whole=True)


def model_note(s: SiteStaffing) -> str:
    """The model's name, and how groups that share agents are projected when some do.

    A department whose agents also answer other departments is no queue of its
    own: its projection is that of the pool they make together, the same
    figure for all of them, marked "(pool)" where it is shown, and the wall
    says how once, under the figures.
    """
    groups = (*s.departments.values(), *s.languages.values())
    if any(g.shared and g.projected_sl_pct is not None for g in groups):
        return f"{s.model.label}; " + text.translate("Wall", "groups sharing agents as one pool")
    return s.model.label


def site_staffing_tile(s: SiteStaffing) -> tuple[str, str, str, Level]:
    """(label, value, detail, level) of the overview's tile: the agents the site is short.

    The departments' shortfalls added up: a surplus in one does not cover another.
    """
    gap = site_gap(s)
    short = sum(1 for g in s.departments.values() if g.gap)
    level = Level.NONE if gap is None else Level.WARNING if gap > 0 else Level.NORMAL
    if any(staffing_level(g) is Level.CRITICAL for g in s.departments.values()):
        level = Level.CRITICAL
    # When short, how many departments are: the tile has no room for the model's name
    # too, which the departments page names under its figures.
    detail = (text.translate("Wall", "departments short: %1").replace("%1", text.count(short))
              if gap else s.model.label)
    return QT_TRANSLATE_NOOP("Wall", "Agents short"), text.count(gap), detail, level
