"""Fixtures shared by the whole suite."""

from __future__ import annotations

import os

# Qt must never look for a display in the test run.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from tests.builders import SiteBuilder
from wallboard.clock import FakeClock
from wallboard.engine import Engine


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def engine() -> Engine:
    return Engine()


@pytest.fixture
def site() -> SiteBuilder:
    return SiteBuilder()
