"""The frozen application under test: ``dist/wallboard/wallboard``, or ``$WALLBOARD_DIST``.

Without ``WALLBOARD_DIST`` the tests here are skipped when there is no build
(``make test`` from a clean clone). With it (``make test-dist``) a missing
executable is a failure: a build that was asked for and is not there.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DIST_ENV = "WALLBOARD_DIST"


@pytest.fixture(scope="session")
def frozen() -> Path:
    """The frozen executable, by an absolute path."""
    asked = os.environ.get(DIST_ENV)
    name = "wallboard.exe" if sys.platform == "win32" else "wallboard"
    path = Path(asked) if asked else REPO / "dist" / "wallboard" / name
    if not path.is_file():
        if asked:
            pytest.fail(f"{DIST_ENV}={asked}: there is no executable there; run make dist first")
        pytest.skip("no frozen application in dist/ (make dist, then make test-dist)")
    return path.absolute()


@pytest.fixture
def isolated_env(tmp_path: Path) -> dict[str, str]:
    """This environment, with configuration and state folders of the test's own."""
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_STATE_HOME=str(tmp_path / "state"), XDG_DATA_HOME=str(tmp_path / "data"))
    env.pop("WALLBOARD_TOKEN", None)
    return env
