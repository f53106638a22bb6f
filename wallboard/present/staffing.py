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
    #: The service level projected for the next half hour with the floor as it is;
    #: "64 % shared" where the group's agents also serve others (their pool's figure).
    projected: str
    level: Level


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
    projected = text.percent(g.projected_sl_pct)
    if g.shared and g.projected_sl_pct is not None:
        # Its agents answer other groups too: the projection is their pool's, not its own.
        projected = f"{projected} {QT_TRANSLATE_NOOP(_C, 'shared')}"
    return StaffingCell(f"{needed} · {floor}", needed, floor, projected, staffing_level(g))


def site_staffing_tile(s: SiteStaffing) -> tuple[str, str, str, Level]:
    """(label, value, detail, level) of the overview's tile: the agents the site is short.

    The departments' shortfalls added up: a surplus in one does not cover another.
    """
    gap = site_gap(s)
    short = sum(1 for g in s.departments.values() if g.gap)
    level = Level.NONE if gap is None else Level.WARNING if gap > 0 else Level.NORMAL
    if any(staffing_level(g) is Level.CRITICAL for g in s.departments.values()):
        level = Level.CRITICAL
    detail = (f"{QT_TRANSLATE_NOOP(_C, 'departments short:')} {text.count(short)} · "
              f"{s.model.label}" if gap else s.model.label)
    return QT_TRANSLATE_NOOP(_C, "Agents short"), text.count(gap), detail, level
