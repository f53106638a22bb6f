"""``wallboard probe``: the engine without a screen (protocol, last section).

Connects, follows the feed for N seconds counted from the start of the
command, and returns the figures as one JSON document, for scripts,
monitoring and tests.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass
from typing import Any

from wallboard.clock import SYSTEM_CLOCK, Clock
from wallboard.engine import DepartmentFigures, Engine, GroupFigures, SiteFigures, SlRule
from wallboard.feed import FeedClient, FeedHealth, FeedOptions, FeedSession, FeedState
from wallboard.phrases import QT_TRANSLATE_NOOP, Phrase
from wallboard.staffing.live import GroupStaffing, StaffingOptions


@dataclass(frozen=True, slots=True)
class ProbeResult:
    document: dict[str, Any] | None
    #: A one-line reason when the probe could not connect or authenticate.
    failure: str | None


def _one_decimal(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def kpis_document(k: GroupFigures) -> dict[str, Any]:
    """The KPIS object of the probe document."""
    c = k.counters
    return {
        "offered": c.offered,
        "answered": c.answered,
        "abandoned": c.abandoned,
        "short_abandoned": c.short_abandoned,
        "service_level_pct": _one_decimal(k.service_level_pct),
        "abandon_rate_pct": _one_decimal(k.abandon_rate_pct),
        "asa_s": _one_decimal(k.asa_s),
        "aht_s": _one_decimal(k.aht_s),
        "fcr_pct": _one_decimal(k.fcr_pct),
        "out_of_scope_pct": _one_decimal(k.out_of_scope_pct),
        "waiting": k.waiting,
        "longest_wait_s": _one_decimal(k.longest_wait_s),
        "occupancy_pct": _one_decimal(k.occupancy_pct),
        "agents": dict(k.agents),
    }


def department_document(d: DepartmentFigures) -> dict[str, Any]:
    b = d.backlog
    return kpis_document(d.kpis) | {
        "open_cases": b.open_cases,
        "overdue_cases": b.overdue_cases,
        "oldest_case_age_s": _one_decimal(b.oldest_case_age_s),
        "callbacks_pending": b.callbacks_pending,
        "callbacks_overdue": b.callbacks_overdue,
        "backlog": b.backlog,
    }


def staffing_document(g: GroupStaffing | None) -> dict[str, Any]:
    """``staffing``: agents needed now, on the floor, and the projected service level;
    ``shared`` when that projection is of the pool the group makes with others that
    share its agents (the wall marks it "(pool)")."""
    if g is None:
        return {"needed": None, "on_floor": None, "projected_sl_pct": None, "shared": None}
    return {"needed": g.needed, "on_floor": g.on_floor,
            "projected_sl_pct": _one_decimal(g.projected_sl_pct), "shared": g.shared}


def figures_document(f: SiteFigures) -> dict[str, Any]:
    """Everything but ``feed``: the figures in the probe's shape."""
    return {
        "site": kpis_document(f.site),
        "departments": {i: department_document(d) for i, d in f.departments.items()},
        "queues": {i: kpis_document(q.kpis) for i, q in f.queues.items()},
        "channels": {i: kpis_document(g) for i, g in f.channels.items()},
        "languages": {i: kpis_document(g) for i, g in f.languages.items()},
    }


def with_staffing(document: dict[str, Any], f: SiteFigures) -> dict[str, Any]:
    """``document`` with ``staffing`` added to the site and each department.

    The documented keys stay as they are; a figure the model cannot compute
    (or every figure, with staffing switched off) is null.
    """
    s = f.staffing
    document["site"]["staffing"] = staffing_document(s.site if s else None)
    for i, d in document["departments"].items():
        d["staffing"] = staffing_document(s.departments.get(i) if s else None)
    return document


def feed_document(h: FeedHealth) -> dict[str, Any]:
    return {
        # The state the wall shows: not "live" while its figures wait for a snapshot.
        "state": str(h.reported_state),
        "messages": h.messages,
        "last_seq": h.last_seq,
        "gaps": h.gaps,
        "bad_messages": h.bad_messages,
        "resyncs": h.resyncs,
        "reconnects": h.reconnects,
        # Not in the protocol's list; extra keys are allowed. Elements of
        # snapshots left out because they could not be read: the frames
        # were sound, so they are not bad messages.
        "dropped_elements": h.dropped_elements,
        # Not in the protocol's list either: the figures are frozen until a snapshot.
        "resyncing": h.resyncing,
    }


async def probe(
    url: str,
    seconds: float,
    *,
    token: str | None,
    sl_rule: SlRule = SlRule.DEFAULT,
    staffing: StaffingOptions | None = None,
    stale_after_s: float = 15.0,
    ca_file: str | None = None,
    clock: Clock = SYSTEM_CLOCK,
    started: float | None = None,
) -> ProbeResult:
    """Follow the feed at ``url`` until ``seconds`` after ``started``; never raises on feed faults.

    ``started`` is a reading of ``clock.monotonic()`` taken when the command
    began (the protocol counts N from the start of the command); default now.
    """
    deadline = (clock.monotonic() if started is None else started) + seconds
    engine = Engine(sl_rule, staffing=staffing)
    session = FeedSession(engine, stale_after_s=stale_after_s)
    options = FeedOptions(
        url, stale_after_s=stale_after_s, ca_file=ca_file, stop_on_configuration_problem=True
    )
    client = FeedClient(options, session, token=lambda: token, clock=clock)
    task = asyncio.create_task(client.run())
    while not task.done() and clock.monotonic() < deadline:
        if session.state(clock.monotonic()) is FeedState.AUTH_FAILED:
            break
        await asyncio.wait({task}, timeout=min(0.1, max(0.0, deadline - clock.monotonic())))
    health = session.health(clock.monotonic())
    client.stop()
    with contextlib.suppress(asyncio.CancelledError):
        await task

    figures = engine.figures(clock.now_ms())
    document = None
    if figures is not None:
        document = with_staffing(figures_document(figures), figures) | {
            "feed": feed_document(health)}
    if health.state is FeedState.AUTH_FAILED:
        return ProbeResult(document, health.last_error or Phrase(QT_TRANSLATE_NOOP(
            "Wall", "authentication failed")))
    if figures is None:
        reason = health.last_error or Phrase(QT_TRANSLATE_NOOP(
            "Command", "no snapshot arrived within %1 s"), f"{seconds:g}")
        return ProbeResult(None, Phrase(QT_TRANSLATE_NOOP(
            "Command", "could not follow the feed at %1: %2"), url, reason))
    return ProbeResult(document, None)
