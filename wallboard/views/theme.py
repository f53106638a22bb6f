"""Themes: QSS templates in ``ui/themes`` with sizes scaled from the window."""

from __future__ import annotations

import re
from functools import cache

from wallboard.resources import ui_path
from wallboard.views.i18n import font_families

THEMES = ("dark", "light")

# Sizes in pixels at 1920x1080; everything scales with the window.
BASE_SIZES = {
    "header": 40, "clock": 52, "small": 24, "banner": 34, "label": 28, "detail": 22,
    "row": 34, "strip": 44, "ticker": 30, "emptyTitle": 64, "page": 34, "primaryLabel": 34,
    "line": 1, "thick": 4, "bar": 12, "radius": 10, "pad": 6, "pad2": 16,
}


def scale_for(width: int, height: int) -> float:
    """One unit per pixel of a 1920x1080 screen; the smaller axis rules."""
    return max(0.4, min(width / 1920, height / 1080))


@cache
def _template(name: str) -> str:
    return ui_path("themes", f"{name}.qss").read_text(encoding="utf-8")


def px(name: str, scale: float) -> int:
    return max(1, round(BASE_SIZES[name] * scale))


def stylesheet(name: str, scale: float) -> str:
    """The theme's QSS with every ``@size@`` token filled in for ``scale``."""
    if name not in THEMES:
        raise ValueError(f"unknown theme {name!r}; choose one of {', '.join(THEMES)}")
    sheet = re.sub(r"@(\w+)@", lambda m: str(px(m.group(1), scale)), _template(name))
    # The fonts shipped with the wall come first, in the order its language wants.
    families = ", ".join(f'"{family}"' for family in font_families())
    return sheet.replace("font-family: ", f"font-family: {families}, ")
