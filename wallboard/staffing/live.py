"""Live inputs of the staffing model, and "needed N · on the floor M" per group.

The engine keeps, per queue, a :class:`RecentArrivals` meter (one counter a
minute, touched in O(1) by each ``contact.queued``) and the day's waits and
abandons for the patience of Erlang A. :func:`evaluate` turns these and the
figures of the moment into a :class:`SiteStaffing`, at most once a second.

Assumptions, said once: a group's live queues (voice and chat by default;
messages and cases wait in a backlog, not a queue) are served as one pool
by the group's agents; arrivals are random at the recent rate; handle time
is the day's AHT (protocol, KPI definitions); the target is the strictest of
the group's queues (the shortest threshold, the highest target).

"On the floor" is the agents logged in and not ``not_ready`` (available,
ringing, on a contact or in wrap-up), less those busy with a message or a
case (not live work), grouped by the protocol's agents of a group ("KPI
definitions"), except that an agent of k departments (or k languages)
counts 1/k in each: the same person cannot answer in two pools at once,
and the departments' floors then add up to the site's.

Groups that share agents on the floor are not separate queues: an agent of
two departments answers whichever of their calls is waiting, so both get
the service of one pool. Such groups (linked through shared agents, however
many steps apart) are projected together, as one pool of all their agents
on all their live queues, and marked ``shared``; a group with agents of its
own is projected alone. "Needed" is always the group's own need, as if it
had its own agents.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

import msgspec

from wallboard.staffing.erlang import Model, Target, agents_needed, performance

log = logging.getLogger(__name__)

MINUTE_MS = 60_000
#: Minutes of arrivals a meter remembers; more than any window allowed.
_SLOTS = 256
#: Below this much observed time an arrival rate is not trusted ("—").
MIN_OBSERVED_MS = 60_000
#: The agent states that make up "the floor" (protocol, "Agents by state now").
FLOOR_STATES = ("available", "ringing", "on_contact", "wrap_up")


@dataclass(frozen=True, slots=True)
class StaffingOptions:
    """The settings of the model (declared in ``[staffing]`` of the configuration)."""

    enabled: bool = True
    model: Model = Model.ERLANG_C
    occupancy_cap_pct: float = 85.0
    shrinkage_pct: float = 30.0
    window_min: float = 30.0
    live_channels: tuple[str, ...] = ("voice", "chat")


class RecentArrivals:
    """Arrivals of one queue by minute, and its waits and abandons for patience.

    The minute counters form a ring, so that memory stays fixed however long
    the wall runs; the patience sums are the business day's.
    """

    __slots__ = ("abandons", "counts", "exposure_ms", "minutes")

    def __init__(self) -> None:
        #: Arrivals per minute; fractions where the feed's intervals were spread over minutes.
        self.counts: list[float] = [0] * _SLOTS
        self.minutes = [-1] * _SLOTS
        #: Time spent waiting by every contact that left the queue today, ms.
        self.exposure_ms = 0
        self.abandons = 0

    def arrived(self, ts: int) -> None:
        minute = ts // MINUTE_MS
        i = minute % _SLOTS
        if self.minutes[i] != minute:
            self.minutes[i] = minute
            self.counts[i] = 0
        self.counts[i] += 1

    def left_queue(self, wait_ms: int, *, abandoned: bool) -> None:
        self.exposure_ms += max(0, wait_ms)
        self.abandons += abandoned

    def spread(self, start_ms: int, end_ms: int, count: float) -> None:
        """Take ``count`` arrivals counted over ``[start_ms, end_ms)`` as spread evenly over it,
        in place of what the minutes it covers held (the feed's intervals after a start)."""
        if end_ms <= start_ms:
            return
        for minute in range(start_ms // MINUTE_MS, (end_ms - 1) // MINUTE_MS + 1):
            lo, hi = max(start_ms, minute * MINUTE_MS), min(end_ms, (minute + 1) * MINUTE_MS)
            i = minute % _SLOTS
            if self.minutes[i] != minute:
                self.minutes[i] = minute
                self.counts[i] = 0
            self.counts[i] += count * (hi - lo) / (end_ms - start_ms)

    def forget(self, start_ms: int, end_ms: int) -> None:
        """Clear the minutes that overlap ``[start_ms, end_ms)``."""
        for minute in range(start_ms // MINUTE_MS, (end_ms - 1) // MINUTE_MS + 1):
            i = minute % _SLOTS
            self.minutes[i] = minute
            self.counts[i] = 0

    def new_day(self) -> None:
        self.exposure_ms = 0
        self.abandons = 0

    def weighted(self, end_ms: int, window_ms: int, observed_from_ms: int) -> tuple[float, float]:
        """(weighted arrivals, weighted seconds observed) over the window ending at ``end_ms``.

        A minute of age ``a`` weighs exp(-a / half the window): the last
        minutes count most, and a surge shows within minutes. Minutes before
        ``observed_from_ms`` were not watched and count for nothing.
        """
        start = max(end_ms - window_ms, observed_from_ms)
        if end_ms <= start:
            return 0.0, 0.0
        tau = window_ms / 2
        arrivals = seconds = 0.0
        last = (end_ms - 1) // MINUTE_MS
        for minute in range(start // MINUTE_MS, last + 1):
            lo, hi = max(start, minute * MINUTE_MS), min(end_ms, (minute + 1) * MINUTE_MS)
            if hi <= lo:
                continue
            weight = math.exp(-(end_ms - (lo + hi) / 2) / tau)
            i = minute % _SLOTS
            if self.minutes[i] == minute:
                arrivals += weight * self.counts[i]
            seconds += weight * (hi - lo) / 1000
        return arrivals, seconds


class QueueInput(msgspec.Struct, frozen=True, gc=False):
    """What the model needs of one queue at one moment; ``None`` where unknown."""

    id: str
    department: str
    language: str | None
    channel: str
    rate_per_s: float | None
    aht_s: float | None
    threshold_s: int
    target_pct: float | None
    exposure_ms: int
    abandons: int


class GroupStaffing(msgspec.Struct, frozen=True, gc=False):
    """Agents needed now against agents on the floor, for one group."""

    #: Fewest agents on the floor that meet the target; None when it cannot be computed.
    needed: int | None
    #: Agents logged in and not ``not_ready``.
    on_floor: int
    #: Service level the model expects in the next half hour with ``on_floor`` agents.
    projected_sl_pct: float | None
    #: Contacts an hour (recent, weighted), Erlangs and the target used; None if unknown.
    rate_per_h: float | None = None
    traffic: float | None = None
    target_pct: float | None = None
    threshold_s: int | None = None
    #: The group's agents on the floor also serve other groups: the projection is that
    #: of the pool they make together, not of the group alone.
    shared: bool = False

    @property
    def gap(self) -> int | None:
        """Agents short of the need (0 when enough), or None when the need is unknown."""
        return None if self.needed is None else max(0, self.needed - self.on_floor)

    def to_schedule(self, shrinkage_pct: float) -> int | None:
        """Agents to have on shift so that ``needed`` remain after breaks and the like."""
        if self.needed is None:
            return None
        return math.ceil(self.needed / (1 - shrinkage_pct / 100) - 1e-9)


class SiteStaffing(msgspec.Struct, frozen=True, gc=False):
    model: Model
    shrinkage_pct: float
    #: The site's ``needed`` and gap are sums over its departments; its projection is
    #: ``pooled``'s.
    site: GroupStaffing
    departments: Mapping[str, GroupStaffing]
    languages: Mapping[str, GroupStaffing]
    #: The site's live queues as one pool served by the whole floor.
    pooled: GroupStaffing | None = None


def queue_input(queue_id: str, department: str, language: str | None, channel: str,
                recent: RecentArrivals, *, aht_s: float | None, threshold_s: int,
                target_pct: float | None, end_ms: int, observed_from_ms: int,
                options: StaffingOptions) -> QueueInput:
    rate = None
    if end_ms - observed_from_ms >= MIN_OBSERVED_MS:
        arrivals, seconds = recent.weighted(end_ms, round(options.window_min * MINUTE_MS),
                                            observed_from_ms)
        rate = arrivals / seconds if seconds > 0 else None
    return QueueInput(queue_id, department, language, channel, rate, aht_s, threshold_s,
                      target_pct, recent.exposure_ms, recent.abandons)


class Floor(msgspec.Struct, frozen=True, gc=False):
    """Agents on the floor: the site's count, each group's share, and who shares with whom."""

    site: int
    departments: Mapping[str, float]
    languages: Mapping[str, float]
    #: Group id -> the groups it shares agents on the floor with (itself included),
    #: directly or through others; a group with agents of its own is absent.
    department_pools: Mapping[str, frozenset[str]] = MappingProxyType({})
    language_pools: Mapping[str, frozenset[str]] = MappingProxyType({})


class _Pools:
    """Groups joined by the agents they share (union-find, with path halving)."""

    __slots__ = ("parent",)

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def root(self, g: str) -> str:
        parent = self.parent
        while parent.get(g, g) != g:
            parent[g] = parent.get(parent[g], parent[g])
            g = parent[g]
        return g

    def join(self, groups: set[str]) -> None:
        for g in groups:
            self.parent.setdefault(g, g)
        it = iter(groups)
        first = self.root(next(it))
        for g in it:
            r = self.root(g)
            if r != first:
                self.parent[r] = first

    def pools(self) -> dict[str, frozenset[str]]:
        members: dict[str, set[str]] = {}
        for g in list(self.parent):
            members.setdefault(self.root(g), set()).add(g)
        return {g: frozenset(m) for m in members.values() if len(m) > 1 for g in m}


def shared_floor(agents: Iterable[tuple[str, Iterable[str], Iterable[str]]]) -> Floor:
    """The site's floor, each department's and language's share of it, and their pools.

    ``agents`` holds (state, departments, languages) of every agent; one
    pass over them, once a second at most.
    """
    site = 0
    departments: dict[str, float] = {}
    languages: dict[str, float] = {}
    pools = (_Pools(), _Pools())
    floor_states = frozenset(FLOOR_STATES)
    for state, agent_departments, agent_languages in agents:
        if state not in floor_states:
            continue
        site += 1
        for kind, pool, groups in ((departments, pools[0], set(agent_departments)),
                                   (languages, pools[1], set(agent_languages))):
            for g in groups:
                kind[g] = kind.get(g, 0.0) + 1 / len(groups)
            if len(groups) > 1:
                pool.join(groups)
    return Floor(site, departments, languages, MappingProxyType(pools[0].pools()),
                 MappingProxyType(pools[1].pools()))


class _Pooled(msgspec.Struct, frozen=True, gc=False):
    """The live queues of a group as one queue: the model's inputs."""

    rate: float
    aht_s: float
    threshold_s: int
    target_pct: float
    patience_s: float | None


def _pooled(queues: Iterable[QueueInput], options: StaffingOptions) -> _Pooled | None:
    """The group's live queues as one, or None when a figure is missing (no guess)."""
    live = [q for q in queues if q.channel in options.live_channels]
    if not live or any(q.rate_per_s is None for q in live):
        return None
    busy = [q for q in live if q.rate_per_s]  # queues with arrivals in the window
    timed = [q for q in busy if q.aht_s is not None and q.aht_s > 0]
    targeted = [q for q in busy if q.target_pct is not None]
    if not busy or not timed or not targeted:
        return None  # no arrivals, no handle time or no target
    rate = sum(q.rate_per_s or 0.0 for q in busy)
    timed_rate = sum(q.rate_per_s or 0.0 for q in timed)
    aht = sum((q.rate_per_s or 0.0) * (q.aht_s or 0.0) for q in timed) / timed_rate
    abandons = sum(q.abandons for q in live)
    patience = (sum(q.exposure_ms for q in live) / 1000 / abandons
                if options.model is Model.ERLANG_A and abandons > 0 else None)
    return _Pooled(rate, aht, min(q.threshold_s for q in targeted),
                   max(q.target_pct or 0.0 for q in targeted), patience)


def pool_projection(queues: Iterable[QueueInput], floor: int, options: StaffingOptions
                    ) -> tuple[float, float] | None:
    """(projected service level, contacts a second) of ``floor`` agents on ``queues`` as one."""
    p = _pooled(queues, options)
    if p is None:
        return None
    try:
        projected = 0.0 if floor < 1 else performance(
            options.model, floor, rate=p.rate, aht_s=p.aht_s, threshold_s=p.threshold_s,
            patience_s=p.patience_s).service_level_pct
    except ValueError as e:
        log.warning("staffing of a pool of %d agents cannot be computed: %s", floor, e)
        return None
    return projected, p.rate


def group_staffing(queues: Iterable[QueueInput], share: float, options: StaffingOptions
                   ) -> GroupStaffing:
    """The pooled need of a group's live queues, against its ``share`` of the floor."""
    floor = round(share)
    queues = list(queues)
    p = _pooled(queues, options)
    if p is None:
        return GroupStaffing(None, floor, None)
    rate, aht, threshold, target_pct, patience = (p.rate, p.aht_s, p.threshold_s,
                                                  p.target_pct, p.patience_s)
    try:
        need = agents_needed(options.model, Target(threshold, sl_pct=target_pct), rate=rate,
                             aht_s=aht, patience_s=patience,
                             occupancy_cap_pct=options.occupancy_cap_pct)
        projected = 0.0 if floor < 1 else performance(
            options.model, floor, rate=rate, aht_s=aht, threshold_s=threshold,
            patience_s=patience).service_level_pct
    except ValueError as e:
        log.warning("staffing of %d queues cannot be computed: %s", len(queues), e)
        return GroupStaffing(None, floor, None)
    return GroupStaffing(need.agents, floor, projected, rate * 3600, rate * aht, target_pct,
                         threshold)


def _with_pools(own: dict[str, GroupStaffing], queues: Mapping[str, list[QueueInput]],
                floor: Mapping[str, float], pools: Mapping[str, frozenset[str]],
                options: StaffingOptions) -> tuple[dict[str, GroupStaffing],
                                                   list[tuple[float, float]]]:
    """Groups that share agents get their pool's projection; and every pool's
    (projection, rate), each group alone or pool once, for the site's figure."""
    out = dict(own)
    by_pool: dict[frozenset[str], tuple[float, float] | None] = {}
    projections: list[tuple[float, float]] = []
    for g, staffing in own.items():
        pool = pools.get(g)
        if pool is None:
            if staffing.projected_sl_pct is not None and staffing.rate_per_h:
                projections.append((staffing.projected_sl_pct, staffing.rate_per_h / 3600))
            continue
        if pool in by_pool:
            result = by_pool[pool]
        else:  # once a pool, however many groups it holds
            members = sorted(m for m in pool if m in queues)
            agents = round(sum(floor.get(m, 0.0) for m in members))
            result = by_pool[pool] = pool_projection(
                (q for m in members for q in queues[m]), agents, options)
            if result is not None:
                projections.append(result)
        if staffing.needed is not None:
            # A group's own figure stays "—" where it cannot be computed.
            out[g] = msgspec.structs.replace(
                staffing, projected_sl_pct=None if result is None else result[0], shared=True)
    return out, projections


def evaluate(inputs: Mapping[str, QueueInput], department_ids: Iterable[str],
             language_ids: Iterable[str], floor: Floor,
             options: StaffingOptions) -> SiteStaffing:
    """Staffing of every department and language, and the site's sum of them.

    ``floor`` is :func:`shared_floor`'s answer.
    """
    by_department: dict[str, list[QueueInput]] = {d: [] for d in department_ids}
    by_language: dict[str, list[QueueInput]] = {lang: [] for lang in language_ids}
    for q in inputs.values():
        if q.department in by_department:
            by_department[q.department].append(q)
        if q.language is not None and q.language in by_language:
            by_language[q.language].append(q)
    departments, pools = _with_pools(
        {d: group_staffing(qs, floor.departments.get(d, 0.0), options)
         for d, qs in by_department.items()},
        by_department, floor.departments, floor.department_pools, options)
    languages, _ = _with_pools(
        {lang: group_staffing(qs, floor.languages.get(lang, 0.0), options)
         for lang, qs in by_language.items()},
        by_language, floor.languages, floor.language_pools, options)
    known = [g for g in departments.values() if g.needed is not None]
    pooled = group_staffing(inputs.values(), floor.site, options)
    if known:
        # The site's need is its departments' needs added up (each pools only its own
        # queues); its projection is that of its pools (departments with agents of
        # their own, and departments sharing agents together), weighted by arrivals.
        needed = sum(g.needed or 0 for g in known)
        total = sum(rate for _, rate in pools)
        projected = sum(sl * rate for sl, rate in pools) / total if total > 0 else None
        site = GroupStaffing(needed, floor.site, projected,
                             sum(g.rate_per_h or 0.0 for g in known),
                             sum(g.traffic or 0.0 for g in known),
                             shared=any(g.shared for g in known))
    else:
        site = GroupStaffing(None, floor.site, None)
    return SiteStaffing(options.model, options.shrinkage_pct, site,
                        MappingProxyType(departments), MappingProxyType(languages), pooled)


def site_gap(s: SiteStaffing) -> int | None:
    """Agents the departments are short of, added up (a surplus in one does not cover another)."""
    gaps = [g.gap for g in s.departments.values() if g.gap is not None]
    return sum(gaps) if gaps else None
