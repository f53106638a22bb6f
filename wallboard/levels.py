"""Threshold levels of figures: normal, warning, critical.

The built-in levels (``config.schema.DEFAULT_LEVELS``) suit a citizen contact
centre out of the box; the configuration (per site, department, queue,
channel, language) replaces them. Each level
has a shape as well as a colour, so it reads without colour vision.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

import msgspec

from wallboard.config.schema import DEFAULT_LEVELS, DEFAULT_SL_TARGET_PCT, SL_CRITICAL_MARGIN_PCT

if TYPE_CHECKING:
    from wallboard.config.schema import TargetLevels as TargetLevelsConfig
    from wallboard.config.schema import Targets as TargetsConfig
    from wallboard.engine.figures import QueueFigures


def shared_sl_target(queues: Iterable[QueueFigures]) -> float | None:
    """The service-level target the queues share (feed protocol, "Snapshot":
    ``sl_target_pct``); None where they differ or have none, and the configured
    level holds."""
    targets = {q.sl_target_pct for q in queues}
    return next(iter(targets)) if len(targets) == 1 else None


def shared_sl_targets(queues: Iterable[QueueFigures],
                      group: Callable[[QueueFigures], str | None]) -> dict[str, float | None]:
    """:func:`shared_sl_target` of each group of queues (a department, channel or
    language: ``group`` of a queue; None is in no group)."""
    found: dict[str, list[QueueFigures]] = {}
    for q in queues:
        key = group(q)
        if key is not None:
            found.setdefault(key, []).append(q)
    return {key: shared_sl_target(members) for key, members in found.items()}


class Level(enum.IntEnum):
    """Ordered: a worse level compares greater."""

    NONE = 0  # no data, or nothing to judge
    NORMAL = 1
    WARNING = 2
    CRITICAL = 3

    @property
    def glyph(self) -> str:
        """A shape that carries the level without colour."""
        return {Level.WARNING: "▲", Level.CRITICAL: "◆"}.get(self, "")

    @property
    def css(self) -> str:
        """The name the themes style."""
        return self.name.lower()


class Band(msgspec.Struct, frozen=True):
    """Warning and critical levels of one figure; ``higher_is_worse`` says which way.

    A level is reached when the figure goes *past* it: with ``Band(5, 10)`` an
    abandon rate of exactly 5 % is still normal, as a target of "5 % at most" means.
    """

    warning: float
    critical: float
    higher_is_worse: bool = True

    def assess(self, value: float | None) -> Level:
        if value is None:
            return Level.NONE
        if self.higher_is_worse:
            if value > self.critical:
                return Level.CRITICAL
            return Level.WARNING if value > self.warning else Level.NORMAL
        if value < self.critical:
            return Level.CRITICAL
        return Level.WARNING if value < self.warning else Level.NORMAL


#: Metrics that are worse when they fall; every other one is worse when it rises.
_LOWER_IS_WORSE = frozenset({"service_level_pct", "fcr_pct"})


def _default(metric: str) -> Band:
    """The built-in band of ``metric``, as the configuration schema declares it."""
    band = getattr(DEFAULT_LEVELS, metric)
    return Band(band.warning, band.critical, higher_is_worse=metric not in _LOWER_IS_WORSE)


class Targets(msgspec.Struct, frozen=True):
    """Warning and critical levels of each figure at one scope.

    Field names are the metrics' names (``config.schema.TargetLevels``).
    """

    waiting: Band = _default("waiting")
    longest_wait_s: Band = _default("longest_wait_s")
    #: None: each queue's own target from the feed, critical ``service_level_margin_pct`` below.
    service_level_pct: Band | None = None
    abandon_rate_pct: Band = _default("abandon_rate_pct")
    asa_s: Band = _default("asa_s")
    aht_s: Band = _default("aht_s")
    fcr_pct: Band = _default("fcr_pct")
    out_of_scope_pct: Band = _default("out_of_scope_pct")
    occupancy_pct: Band = _default("occupancy_pct")
    overdue_cases: Band = _default("overdue_cases")
    callbacks_overdue: Band = _default("callbacks_overdue")
    oldest_message_s: Band = _default("oldest_message_s")
    service_level_margin_pct: float = SL_CRITICAL_MARGIN_PCT
    default_sl_target_pct: float = DEFAULT_SL_TARGET_PCT

    def service_level(self, target_pct: float | None) -> Band:
        """The configured band, else one from the feed's target (or the default one)."""
        if self.service_level_pct is not None:
            return self.service_level_pct
        target = self.default_sl_target_pct if target_pct is None else target_pct
        return Band(target, target - self.service_level_margin_pct, higher_is_worse=False)

    def band(self, metric: str, sl_target_pct: float | None = None,
             channel: str | None = None) -> Band | None:
        """The band of ``metric`` (a field name), or None for a figure without one.

        The longest wait of a queue or channel answered later (``channel`` in
        :data:`DEFERRED_CHANNELS`) is judged by ``oldest_message_s``.
        """
        if metric == "service_level_pct":
            return self.service_level(sl_target_pct)
        if metric == "longest_wait_s" and channel in DEFERRED_CHANNELS:
            return self.oldest_message_s
        value = getattr(self, metric, None)
        return value if isinstance(value, Band) else None


DEFAULT_TARGETS = Targets()

#: Channels whose contacts wait in a backlog answered later, not in a live queue
#: (feed protocol, "Channels": SMS, app reports, e-mail, portal forms, social
#: messages, fax). Their longest wait is the age of the oldest item, judged in
#: hours by ``oldest_message_s``. Voice and chat are answered live (as the staffing
#: model's ``live_channels``), and so is a channel the protocol does not name.
DEFERRED_CHANNELS = frozenset({"sms", "app", "email", "web", "social", "fax"})


def live_waiting(queues: Iterable[QueueFigures]) -> int:
    """Contacts waiting in live queues: what the site's "Waiting now" is judged by.

    The protocol's site figure counts a backlog's items too (an e-mail, a portal
    form), which wait hours by design; their channels' cells show them.
    """
    return sum(q.kpis.waiting for q in queues if q.channel not in DEFERRED_CHANNELS)

#: Metrics whose levels the configuration can set, in the order of the docs.
TARGET_METRICS = ("waiting", "longest_wait_s", "service_level_pct", "abandon_rate_pct", "asa_s",
                  "aht_s", "fcr_pct", "out_of_scope_pct", "occupancy_pct", "overdue_cases",
                  "callbacks_overdue", "oldest_message_s")


class ScopedTargets:
    """Levels at each scope from the configuration; the most specific scope wins.

    For a queue: the queue, its department, its language, its channel, the
    site, then the built-in defaults. For a department, channel or language:
    itself, the site, the defaults. Resolved once per scope and kept.
    """

    def __init__(self, config: TargetsConfig | None = None,
                 defaults: Targets = DEFAULT_TARGETS) -> None:
        self.config = config
        self._site = self._resolve(defaults, (config,) if config else ())
        self._cache: dict[tuple[str, ...], Targets] = {}

    def site(self) -> Targets:
        return self._site

    def department(self, department: str) -> Targets:
        return self._scoped(("department", department))

    def channel(self, channel: str) -> Targets:
        return self._scoped(("channel", channel))

    def language(self, language: str) -> Targets:
        return self._scoped(("language", language))

    def queue(self, queue: str, department: str, channel: str, language: str | None) -> Targets:
        return self._scoped(("queue", queue, department, channel, language or ""))

    def for_scope(self, kind: str, key: str) -> Targets:
        """Levels of a department, channel or language by id, or the site's."""
        if kind in ("department", "channel", "language"):
            return self._scoped((kind, key))
        return self._site

    def _scoped(self, key: tuple[str, ...]) -> Targets:
        found = self._cache.get(key)
        if found is not None:
            return found
        c = self.config
        layers: list[TargetLevelsConfig | None] = []
        if c is not None:
            if key[0] == "queue":
                _, queue, department, channel, language = key
                layers = [c.queues.get(queue), c.departments.get(department),
                          c.languages.get(language), c.channels.get(channel)]
            else:
                table = {"department": c.departments, "channel": c.channels,
                         "language": c.languages}[key[0]]
                layers = [table.get(key[1])]
        found = self._resolve(self._site, [layer for layer in reversed(layers) if layer])
        if len(self._cache) < 10_000:  # ids come from the feed: keep the cache bounded
            self._cache[key] = found
        return found

    @staticmethod
    def _resolve(base: Targets, layers: Sequence[TargetLevelsConfig]) -> Targets:
        """``base`` with each layer's set levels on top, the last layer winning."""
        changes: dict[str, Band] = {}
        for layer in layers:
            for metric in TARGET_METRICS:
                band = getattr(layer, metric)
                if band is not None:
                    changes[metric] = Band(band.warning, band.critical,
                                           higher_is_worse=metric not in _LOWER_IS_WORSE)
        return msgspec.structs.replace(base, **changes) if changes else base
