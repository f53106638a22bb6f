"""The built-in simulator at a fixed moment, so that no test takes today's date or hour.

The simulated centres follow the local hour and the day of the week (Qatar's
weekend is Friday and Saturday, the municipal line's Saturday and Sunday, and
the night line is busiest at night): a simulator started "now" would give a
test a busy Tuesday morning or a quiet Saturday night depending on when the
suite runs. Tests start it here, at a working-day hour that suits the
scenario, in the scenario's own time zone.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from wallboard.simulator.scenarios import SCENARIOS
from wallboard.simulator.server import SimulatorServer, running_in_thread

#: Tuesday 24 November 2026, a working day on every scenario's calendar.
WORKING_DAY = (2026, 11, 24)
#: The local hour each scenario is busy at: the day lines mid-morning, the
#: night line after midnight.
BUSY_HOUR = {"night": (1, 30)}
DEFAULT_HOUR = (10, 30)


def pinned_start(scenario: str) -> datetime:
    """The fixed local time a test starts ``scenario`` at."""
    hour, minute = BUSY_HOUR.get(scenario, DEFAULT_HOUR)
    zone = ZoneInfo(SCENARIOS[scenario].timezone)
    return datetime(*WORKING_DAY, hour, minute, tzinfo=zone)


def pinned_start_ms(scenario: str) -> int:
    return int(pinned_start(scenario).timestamp() * 1000)


def pinned_start_text(scenario: str) -> str:
    """The same moment for a ``--start`` option."""
    return pinned_start(scenario).isoformat()


@contextmanager
def pinned_simulator(scenario: str = "night", **kwargs: Any) -> Iterator[SimulatorServer]:
    """:func:`running_in_thread` from :func:`pinned_start` unless ``start_ms`` is given."""
    kwargs.setdefault("start_ms", pinned_start_ms(scenario))
    with running_in_thread(scenario=scenario, **kwargs) as server:
        yield server
