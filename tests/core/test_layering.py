"""The core runs without Qt: importing all of it loads no PySide6 or pyqtgraph."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _core_packages() -> list[str]:
    """The Qt-free core, as import-linter's contract names it (one list, in pyproject)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    (contract,) = [c for c in contracts if c["name"] == "The core never imports Qt"]
    return list(contract["source_modules"])


def _modules(packages: list[str]) -> list[str]:
    """Every module of ``packages``, subpackages included."""
    found = []
    for name in packages:
        module = importlib.import_module(name)
        found.append(name)
        if hasattr(module, "__path__"):
            found += [m.name for m in pkgutil.walk_packages(module.__path__, name + ".")]
    return found


#: Every module of the core, and the command line, whose commands that draw
#: import Qt only when they run.
CORE = [*_modules(_core_packages()), "wallboard.cli", "wallboard.bench.flood"]


def test_the_core_imports_no_qt() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {CORE!r}: importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'pyqtgraph'))\n"
        "print(qt)\n"
        "sys.exit(1 if qt else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stdout + result.stderr
