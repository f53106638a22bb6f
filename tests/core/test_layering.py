"""The core runs without Qt: importing all of it loads no PySide6 or pyqtgraph."""

from __future__ import annotations

import subprocess
import sys

CORE = ["wallboard.clock", "wallboard.protocol", "wallboard.engine", "wallboard.staffing",
        "wallboard.feed", "wallboard.probe", "wallboard.credentials", "wallboard.cli",
        "wallboard.bench.flood", "wallboard.history.store", "wallboard.history.writer",
        "wallboard.history.report"]


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
