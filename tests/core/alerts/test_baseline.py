"""Unusual-pattern detection on generated days: an injected jump is found, noise is not."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from tests.core.alerts.conftest import LIVE, T0, Floor
from wallboard.alerts.baseline import BaselineDetector, Bucket
from wallboard.alerts.engine import AlertEngine
from wallboard.config.schema import Anomaly
from wallboard.levels import ScopedTargets

HOUR = 3_600_000
FIVE_MIN = 300_000


def history(rng: random.Random, *, days: int, p: float, n: int) -> list[tuple[str, str, Bucket]]:
    """Earlier days' 08:00 hours of health's abandon rate: binomial noise around ``p``."""
    out = []
    for i in range(days):
        abandoned = sum(rng.random() < p for _ in range(n))
        out.append(("health", "abandon_rate_pct",
                    Bucket(date(2025, 11, 23) - timedelta(days=days - i), 8, abandoned, n)))
    return out


def run_hour(detector: BaselineDetector, floor: Floor, rng: random.Random, *, p: float,
             per_5_min: int) -> list:
    """An hour of the live floor from 08:00, abandoning with probability ``p``."""
    engine = AlertEngine([], ScopedTargets())
    offered = abandoned = 0
    events = []
    for step in range(13):
        now = T0 + step * FIVE_MIN
        figures = floor.figures(now, counters={"h-ar": {"offered": offered,
                                                        "abandoned": abandoned}})
        detector.observe(figures)
        events += engine.evaluate(figures, LIVE, now, detector.readings(figures))
        offered += per_5_min
        abandoned += sum(rng.random() < p for _ in range(per_5_min))
    return events


@pytest.mark.parametrize("seed", range(8))
def test_normal_noise_is_not_unusual(floor: Floor, seed: int) -> None:
    rng = random.Random(seed)
    detector = BaselineDetector(Anomaly(), history(rng, days=14, p=0.06, n=120))
    events = run_hour(detector, floor, rng, p=0.06, per_5_min=10)
    assert [e for e in events if e.alert.rule_id == "unusual-abandon-rate"] == []


@pytest.mark.parametrize("seed", range(8))
def test_a_jump_well_above_the_baseline_is_found(floor: Floor, seed: int) -> None:
    rng = random.Random(seed)
    detector = BaselineDetector(Anomaly(), history(rng, days=14, p=0.06, n=120))
    events = run_hour(detector, floor, rng, p=0.30, per_5_min=10)
    fired = [e for e in events if e.alert.rule_id == "unusual-abandon-rate"]
    assert [(e.kind.value, e.alert.scope_id) for e in fired] == [("fired", "health")]
    assert fired[0].alert.threshold > 6


def test_no_baseline_no_judgement(floor: Floor) -> None:
    rng = random.Random(1)
    detector = BaselineDetector(Anomaly(), history(rng, days=2, p=0.06, n=120))
    assert run_hour(detector, floor, rng, p=0.5, per_5_min=10) == []


def test_before_history_exists_the_earlier_hours_of_today_are_the_baseline(
        floor: Floor) -> None:
    rng = random.Random(3)
    saved: list[tuple[str, str, Bucket]] = []
    detector = BaselineDetector(Anomaly(), on_bucket=lambda *b: saved.append(b))
    engine = AlertEngine([], ScopedTargets())
    offered = abandoned = 0
    events = []
    for step in range(5 * 12 + 1):  # five hours, every five minutes
        now = T0 + step * FIVE_MIN
        figures = floor.figures(now, counters={"h-ar": {"offered": offered,
                                                        "abandoned": abandoned}})
        detector.observe(figures)
        events += engine.evaluate(figures, LIVE, now, detector.readings(figures))
        p = 0.05 if step < 48 else 0.35  # the fifth hour goes wrong
        offered += 12
        abandoned += sum(rng.random() < p for _ in range(12))
    # Hours closed and handed on for keeping, each with its counts.
    assert [(d, r, b.hour) for d, r, b in saved if r == "abandon_rate_pct"][:3] == [
        ("health", "abandon_rate_pct", 8), ("health", "abandon_rate_pct", 9),
        ("health", "abandon_rate_pct", 10)]
    fired = [e for e in events if e.kind.value == "fired"]
    assert [e.alert.rule_id for e in fired] == ["unusual-abandon-rate"]
    assert fired[0].at_ms >= T0 + 48 * FIVE_MIN
