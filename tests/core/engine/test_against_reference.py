"""The engine equals an independent reference on generated streams.

``tests/reference.py`` recomputes every figure naively from the protocol
document; the streams come from ``tests/strategies.py``. Frames go through
the real decoder and feed session, as they would from a socket.
"""

from __future__ import annotations

import math
from typing import Any

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.builders import frame
from tests.reference import reference_figures
from tests.strategies import site_streams, snapshot_of
from wallboard.engine import Engine, SlRule
from wallboard.feed import FeedSession, Verdict
from wallboard.probe import figures_document

# The reference names the rule by its denominator's other part.
REFERENCE_RULE = {SlRule.DEFAULT: "default", SlRule.ANSWERED: "answered",
                  SlRule.ALL_ABANDONS: "offered"}


def follow(messages: list[dict[str, Any]], rule: SlRule = SlRule.DEFAULT) -> Engine:
    """An engine fed ``messages`` through a session, every one of them accepted."""
    engine = Engine(rule)
    session = FeedSession(engine)
    session.connected(0.0)
    for message in messages:
        assert session.receive(frame(message), 0.0) is Verdict.NOTHING, message
    assert (session.gaps, session.bad_messages, session.inconsistent) == (0, 0, 0)
    return engine


def document(engine: Engine, now_ms: int) -> dict[str, Any]:
    figures = engine.figures(now_ms)
    assert figures is not None
    return figures_document(figures)


def assert_same(actual: Any, expected: Any, path: str = "") -> None:
    """Equal, floats within 0.051: both round to one decimal, maybe by other arithmetic."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict) and set(actual) == set(expected), path
        for key in expected:
            assert_same(actual[key], expected[key], f"{path}.{key}")
    elif isinstance(expected, float):
        assert isinstance(actual, float) and math.isclose(actual, expected, abs_tol=0.051), (
            path, actual, expected)
    else:
        assert actual == expected, (path, actual, expected)


@pytest.mark.parametrize("rule", list(SlRule))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stream=site_streams(), later_s=st.integers(0, 7200))
def test_figures_equal_the_reference(rule: SlRule, stream: list[dict[str, Any]],
                                     later_s: int) -> None:
    now = stream[-1]["ts"] + later_s * 1000
    expected = reference_figures(stream, now, REFERENCE_RULE[rule])
    assert_same(document(follow(stream, rule), now), expected)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stream=site_streams(), later_s=st.integers(0, 7200))
def test_events_one_by_one_equal_a_snapshot_at_the_end(
    stream: list[dict[str, Any]], later_s: int
) -> None:
    now = stream[-1]["ts"] + later_s * 1000
    one_by_one = follow(stream).figures(now)
    at_the_end = follow([snapshot_of(stream)]).figures(now)
    assert one_by_one is not None and at_the_end is not None
    # A snapshot carries day totals, not their split into intervals, nor the
    # arrivals of the last minutes the staffing model needs: compare the rest.
    assert msgspec.structs.replace(one_by_one, intervals=(), staffing=None) == \
        msgspec.structs.replace(at_the_end, intervals=(), staffing=None)
