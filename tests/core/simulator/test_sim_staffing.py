"""The staffing model's projection against the simulated centre's own service level.

The simulator is not the model's queue: handle times and patience are
lognormal, not exponential; agents are split by language and department and
also answer messages; calls ring before they are answered. So the test
compares what a supervisor would compare: the service level the model
projected for the whole site, sampled every five minutes of a weekday
morning, against the service level the centre then achieved on its live
queues. Erlang A (with the day's patience) comes within 10 points; Erlang C,
which ignores callers who hang up, is far too gloomy in a centre this busy,
and the test says so rather than hiding it.

Per department, the national centre cannot be modelled department by
department: every agent serves two to four departments (and answers by
language), so a department's calls are answered by a pool shared with all
the others. The wall projects such departments together, as that pool, and
marks them "shared"; the test checks it does. Where departments do have
agents of their own (the same centre with each agent in one department and
the languages every agent speaks), each department's projection comes
within 10 points of what it achieves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

import msgspec
import pytest

from wallboard.engine import Engine, SiteFigures
from wallboard.protocol import decode
from wallboard.simulator.model import CentreModel
from wallboard.simulator.scenarios import NATIONAL, Scenario
from wallboard.staffing.erlang import Model
from wallboard.staffing.live import StaffingOptions

MINUTE = 60_000
# A Tuesday morning in Qatar: the volume must not depend on when the test runs.
START = "2026-11-24T10:00:00+03:00"
LIVE = ("voice", "chat")


def live_counts(f: SiteFigures, group: Callable[[Any], str] = lambda q: "site"
                ) -> dict[str, tuple[int, int, int, int]]:
    """(answered in SL, answered, abandoned, short abandoned) of the live queues per group."""
    out: dict[str, tuple[int, int, int, int]] = {}
    for q in f.queues.values():
        if q.channel in LIVE:
            c = q.kpis.counters
            row = (c.answered_in_sl, c.answered, c.abandoned, c.short_abandoned)
            before = out.get(group(q), (0, 0, 0, 0))
            out[group(q)] = tuple(a + b for a, b in zip(before, row, strict=True))  # type: ignore[assignment]
    return out


class Run:
    """A simulated morning fed to the engine, minute by minute of simulated time."""

    def __init__(self, model: Model, scenario: Scenario | str = "national",
                 minutes: int = 120, settle: int = 30) -> None:
        start_ms = int(datetime.fromisoformat(START).timestamp() * 1000)
        centre = CentreModel(scenario, 7, start_ms)
        engine = Engine(staffing=StaffingOptions(model=model))
        self.events = 0

        def feed(message: dict[str, Any]) -> None:
            self.events += 1
            frame = msgspec.json.encode({**message, "seq": self.events})
            assert engine.apply(decode(frame)) is None  # type: ignore[arg-type]

        feed(centre.snapshot())
        #: Projections per department ("site" for the site's pooled one), every 5 minutes.
        self.projections: dict[str, list[float]] = {}
        self.shared: set[str] = set()
        before: dict[str, tuple[int, int, int, int]] = {}
        figures = None
        for minute in range(1, minutes + 1):
            for message in centre.advance(start_ms + minute * MINUTE):
                feed(message)
            figures = engine.figures(start_ms + minute * MINUTE)
            assert figures is not None and figures.staffing is not None
            if minute == settle:
                before = self._counts(figures)
            if minute >= settle and minute % 5 == 0:
                pooled = figures.staffing.pooled
                assert pooled is not None and pooled.projected_sl_pct is not None
                self.projections.setdefault("site", []).append(pooled.projected_sl_pct)
                for d, g in figures.staffing.departments.items():
                    assert g.projected_sl_pct is not None, d
                    self.projections.setdefault(d, []).append(g.projected_sl_pct)
                    if g.shared:
                        self.shared.add(d)
        assert figures is not None
        after = self._counts(figures)
        self.achieved = {}
        for group, counts in after.items():
            in_sl, answered, abandoned, short = (
                b - a for a, b in zip(before[group], counts, strict=True))
            self.achieved[group] = 100 * in_sl / (answered + abandoned - short)

    @staticmethod
    def _counts(f: SiteFigures) -> dict[str, tuple[int, int, int, int]]:
        return {**live_counts(f), **live_counts(f, lambda q: q.department)}

    def projected(self, group: str) -> float:
        return sum(self.projections[group]) / len(self.projections[group])


def run(model: Model, minutes: int = 120, settle: int = 30) -> tuple[float, list[float], int]:
    """(service level achieved after ``settle`` minutes, projections, events applied)."""
    r = Run(model, minutes=minutes, settle=settle)
    return r.achieved["site"], r.projections["site"], r.events


def test_erlang_a_projects_the_simulated_centres_service_level() -> None:
    achieved, projections, events = run(Model.ERLANG_A)
    assert events > 10_000  # a busy morning, counted in events, not seconds
    projected = sum(projections) / len(projections)
    assert abs(projected - achieved) <= 10, (projected, achieved)


@pytest.mark.parametrize("model", [Model.ERLANG_C])
def test_erlang_c_ignores_abandons_and_is_too_gloomy_here(model: Model) -> None:
    achieved, projections, _ = run(model)
    projected = sum(projections) / len(projections)
    # Honest about the model's limits: without abandons the queue is projected to
    # grow, while callers hanging up keep the real one short.
    assert projected < achieved - 10


def test_departments_sharing_their_agents_are_projected_as_their_pool() -> None:
    r = Run(Model.ERLANG_A)
    # Every agent of the national centre serves several departments: none is its
    # own queue, and each is shown the projection of the pool they all make.
    assert r.shared == set(r.achieved) - {"site"}
    for d in r.shared:
        assert r.projections[d] == pytest.approx(r.projections["site"])


#: The national centre with departments that have agents of their own: each agent
#: serves one department, in the languages every agent speaks, and the roster is
#: large enough for a steady state (no department far beyond what it can answer).
DEDICATED = replace(
    NATIONAL, name="dedicated", agent_count=680, generalist_share=0.0,
    departments_per_agent=(1,),
    queues=tuple(q for q in NATIONAL.queues if q.language in (None, "ar", "en")))


def test_each_department_with_its_own_agents_gets_what_the_model_projects() -> None:
    r = Run(Model.ERLANG_A, DEDICATED)
    assert r.events > 10_000
    assert not r.shared
    departments = set(r.achieved) - {"site"}
    assert departments == {d.id for d in NATIONAL.departments}
    off = {d: (round(r.projected(d), 1), round(r.achieved[d], 1)) for d in departments
           if abs(r.projected(d) - r.achieved[d]) > 10}
    assert not off, off
