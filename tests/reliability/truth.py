"""What "the figures equal the truth" means, shared by the reliability tests.

Two truths, each independent of the path the damaged feed took:

* the reference implementation (``tests/reference.py``) replaying the clean
  stream, compared in the probe's JSON shape;
* a fresh engine that was fed only the clean stream, compared field by field.
  The split of the day into 15-minute intervals is left out: it depends on
  what a client saw before its last snapshot, which a snapshot does not carry.
"""

from __future__ import annotations

import os
from typing import Any

import msgspec
from hypothesis import HealthCheck, settings

from tests.core.engine.test_against_reference import assert_same, follow
from tests.reference import reference_figures
from wallboard.engine import Engine, SiteFigures
from wallboard.probe import figures_document

# Moderate by default so that `make test` stays quick; set
# WALLBOARD_RELIABILITY_PROFILE=deep for a long hunt.
settings.register_profile(
    "reliability",
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.function_scoped_fixture],
)
settings.register_profile("deep", parent=settings.get_profile("reliability"),
                          max_examples=3000)
FUZZ = settings.get_profile(os.environ.get("WALLBOARD_RELIABILITY_PROFILE", "reliability"))


def without_intervals(figures: SiteFigures | None) -> SiteFigures:
    """The figures a snapshot can carry: not the split of the day into intervals,
    nor the staffing model's figures, which need the arrivals of the last
    minutes as they were seen."""
    assert figures is not None
    return msgspec.structs.replace(figures, intervals=(), staffing=None)


def assert_equals_truth(engine: Engine, clean: list[dict[str, Any]], now_ms: int) -> None:
    """``engine`` shows what the clean stream ``clean`` means, at ``now_ms``."""
    figures = engine.figures(now_ms)
    assert figures is not None
    assert_same(figures_document(figures), reference_figures(clean, now_ms))
    assert without_intervals(figures) == without_intervals(follow(clean).figures(now_ms))
