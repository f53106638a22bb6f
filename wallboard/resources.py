"""Finding the project's resources, from a source tree and inside a frozen app.

``ui/`` (forms, themes) and ``resources/`` (icons, fonts, sounds,
translations) sit beside the package in the source tree; PyInstaller puts
them under ``sys._MEIPASS``. This is the one place that knows.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
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


def system_program_environment(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment to start a program of the system with (``aplay``, ``xdg-open``).

    The frozen application's loader puts its own library folder first in
    ``LD_LIBRARY_PATH`` (keeping the original in ``LD_LIBRARY_PATH_ORIG``), and
    a program of the system would load the application's copies of the
    libraries it shares with it instead of its own. This gives the original
    back; from source it is the environment as it is.
    """
    env = dict(os.environ if environ is None else environ)
    if getattr(sys, "frozen", False) and sys.platform.startswith("linux"):
        original = env.pop("LD_LIBRARY_PATH_ORIG", None)
        if original is not None:
            env["LD_LIBRARY_PATH"] = original
        else:
            env.pop("LD_LIBRARY_PATH", None)
    return env
