"""Fixtures shared by the whole suite."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Qt must never look for a display in the test run.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The wall's configuration, alert log and caches go to the platform's folders:
# in the test run those are a fresh temporary folder, never the user's own.
_HOME = tempfile.mkdtemp(prefix="wallboard-tests-")
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = os.path.join(_HOME, _name.lower())

import pytest  # noqa: E402 (after the environment above)
from keyrings.alt.file import PlaintextKeyring  # noqa: E402

from tests.builders import SiteBuilder  # noqa: E402
from tests.keyrings import using  # noqa: E402
from wallboard.clock import FakeClock  # noqa: E402
from wallboard.engine import Engine  # noqa: E402


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def engine() -> Engine:
    return Engine()


@pytest.fixture
def site() -> SiteBuilder:
    return SiteBuilder()


@pytest.fixture
def file_keyring(tmp_path: Path) -> Iterator[PlaintextKeyring]:
    """keyring's file backend in a temporary folder, as the process-wide keyring."""
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring_pass.cfg")
    with using(backend):
        yield backend
