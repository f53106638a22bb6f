"""Finding the project's resources, from a source tree and inside a frozen app.

``ui/`` (forms, themes) and ``resources/`` (icons, fonts, sounds,
translations) sit beside the package in the source tree; PyInstaller puts
them under ``sys._MEIPASS``. This is the one place that knows.
"""

from __future__ import annotations

import sys
from pathlib import Path


def root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def ui_path(*parts: str) -> Path:
    return root().joinpath("ui", *parts)


def resource_path(*parts: str) -> Path:
    return root().joinpath("resources", *parts)
