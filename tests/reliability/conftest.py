"""Fixtures of the reliability tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.reliability.rig import Resources, assert_nothing_leaked


@pytest.fixture
def resources() -> Iterator[Resources]:
    """The process's threads and descriptors before the test; none may be left over after."""
    before = Resources.now()
    yield before
    assert_nothing_leaked(before)
