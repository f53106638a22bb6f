"""The named centres the simulator can play.

A :class:`Scenario` is pure data: the site, its departments, languages and
queues, how many contacts a day arrive and how they spread over the day, and
how many agents are on the roster. :mod:`wallboard.simulator.model` turns it
into a running centre. Pick one from :data:`SCENARIOS` by name.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace


class Channel(enum.StrEnum):
    """The channels of the protocol (section "Snapshot")."""

    VOICE = "voice"
    CHAT = "chat"
    SMS = "sms"
    EMAIL = "email"
    WEB = "web"
    APP = "app"
    SOCIAL = "social"
    FAX = "fax"


#: Channels where the citizen waits on the line; the others are deferred work
#: (messages, forms and reports) that arrive around the clock.
LIVE_CHANNELS = frozenset({Channel.VOICE, Channel.CHAT})

_CHANNEL_LABELS = {
    Channel.VOICE: "",
    Channel.CHAT: "chat",
    Channel.SMS: "SMS",
    Channel.EMAIL: "e-mail",
    Channel.WEB: "portal forms",
    Channel.APP: "app reports",
    Channel.SOCIAL: "social media",
    Channel.FAX: "fax",
}


@dataclass(frozen=True)
class Department:
    """A department of the site and the share of contacts that concern it."""

    id: str
    name: str
    weight: float
    #: Kinds of case this department follows up (shown on forwarded cases).
    categories: tuple[str, ...]


@dataclass(frozen=True)
class Language:
    """A language citizens use, as a BCP 47 tag, with its share of contacts."""

    tag: str
    name: str
    weight: float


@dataclass(frozen=True)
class QueueSpec:
    """One queue as the protocol's snapshot describes it."""

    id: str
    name: str
    department: str
    channel: Channel
    #: ``None`` for a queue open to every language (the field is then omitted).
    language: str | None
    sl_threshold_s: int
    sl_target_pct: int
    short_abandon_s: int = 5

    def to_wire(self) -> dict[str, object]:
        """The queue object of a snapshot."""
        wire: dict[str, object] = {
            "id": self.id,
            "name": self.name,
            "department": self.department,
            "channel": str(self.channel),
        }
        if self.language is not None:
            wire["language"] = self.language
        wire["sl_threshold_s"] = self.sl_threshold_s
        wire["sl_target_pct"] = self.sl_target_pct
        wire["short_abandon_s"] = self.short_abandon_s
        return wire


@dataclass(frozen=True)
class NoticeSpec:
    """A broadcast to the floor, timed from the simulation's start."""

    id: str
    text: str
    severity: str
    at_s: int
    until_s: int
    #: When the notice is cleared; ``None`` clears it at ``until_s``.
    cleared_at_s: int | None = None


@dataclass(frozen=True)
class Scenario:
    """A contact centre to simulate.

    Profiles hold 24 relative weights, one per local hour; ``weekday_factors``
    scales the daily volume and the attendance of agents, Monday first.
    """

    name: str
    description: str
    site_id: str
    site_name: str
    timezone: str
    daily_contacts: int
    agent_count: int
    departments: tuple[Department, ...]
    languages: tuple[Language, ...]
    #: Share of contacts per channel; every channel here has at least one queue.
    channel_mix: tuple[tuple[Channel, float], ...]
    queues: tuple[QueueSpec, ...]
    live_profile: tuple[float, ...]
    deferred_profile: tuple[float, ...]
    weekday_factors: tuple[float, ...] = (1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0)
    #: Languages a contact falls back to when its department has no queue in its own.
    fallback_languages: tuple[str, ...] = ("en",)
    #: Every agent speaks these besides their own language.
    common_languages: tuple[str, ...] = ("en",)
    #: Length of a shift in minutes, breaks and lunch included.
    shift_minutes: int = 510
    #: Share of agents who handle every department (small teams are generalists).
    generalist_share: float = 0.15
    #: How many departments an agent who is not a generalist is drawn to handle
    #: (one of these, at random); ``(1,)`` gives each department its own agents.
    departments_per_agent: tuple[int, ...] = (2, 3, 3, 4)
    #: Volume multiplier from the start of the simulation for ``surge_duration_s``.
    surge_factor: float = 1.0
    surge_duration_s: int = 0
    #: Extra agents called in during a surge (announced with ``agent.added``).
    callin_agents: int = 0
    callin_after_s: int = 0
    notices: tuple[NoticeSpec, ...] = ()

    def __post_init__(self) -> None:
        if len(self.live_profile) != 24 or len(self.deferred_profile) != 24:
            raise ValueError(f"{self.name}: profiles need 24 hourly weights")
        if len(self.weekday_factors) != 7:
            raise ValueError(f"{self.name}: weekday_factors needs 7 values")
        departments = {d.id for d in self.departments}
        channels = {c for c, _ in self.channel_mix}
        for queue in self.queues:
            if queue.department not in departments:
                raise ValueError(f"{self.name}: queue {queue.id} has an unknown department")
            if queue.channel not in channels:
                raise ValueError(f"{self.name}: queue {queue.id} has a channel without a share")
        for channel in channels:
            if not any(q.channel == channel for q in self.queues):
                raise ValueError(f"{self.name}: channel {channel} has no queue")
        if len({q.id for q in self.queues}) != len(self.queues):
            raise ValueError(f"{self.name}: queue ids are not unique")

    def department(self, department_id: str) -> Department:
        """The department with this id; raises ``KeyError`` if there is none."""
        for department in self.departments:
            if department.id == department_id:
                return department
        raise KeyError(department_id)


# --- Building blocks ------------------------------------------------------------

_DEPARTMENTS = {
    "health": (
        "Health",
        ("health card renewal", "vaccination record", "medical fitness certificate",
         "clinic complaint", "pharmacy licence"),
    ),
    "education": (
        "Education",
        ("school registration", "certificate attestation", "scholarship query",
         "school transport", "exam results"),
    ),
    "commerce": (
        "Commerce and Business",
        ("trade licence", "consumer complaint", "price violation", "business registration",
         "commercial permit"),
    ),
    "transport": (
        "Transport",
        ("traffic signal fault", "bus service complaint", "vehicle registration",
         "driving licence", "parking permit"),
    ),
    "urban": (
        "Municipal and Urban Services",
        ("road obstruction", "street lighting", "waste collection", "pothole",
         "building permit", "fallen tree"),
    ),
    "environment": (
        "Environment",
        ("noise complaint", "illegal dumping", "air quality", "stray animals",
         "water pollution"),
    ),
    "social": (
        "Social Services",
        ("housing allowance", "disability support", "family benefit", "elderly care",
         "emergency assistance"),
    ),
}

_LANGUAGE_NAMES = {
    "ar": "Arabic",
    "en": "English",
    "ur": "Urdu",
    "hi": "Hindi",
    "ml": "Malayalam",
    "tl": "Tagalog",
    "fr": "French",
    "bn": "Bengali",
    "nl": "Dutch",
    "tr": "Turkish",
    "pl": "Polish",
}

# Service-level thresholds by channel (seconds): live channels answer in
# seconds, messages within minutes, forms and reports within the hour or day.
_THRESHOLDS = {
    Channel.VOICE: (20, 80),
    Channel.CHAT: (20, 80),
    Channel.SMS: (300, 80),
    Channel.SOCIAL: (300, 80),
    Channel.EMAIL: (3600, 90),
    Channel.WEB: (3600, 90),
    Channel.APP: (3600, 90),
    Channel.FAX: (7200, 90),
}


def _departments(weights: Mapping[str, float]) -> tuple[Department, ...]:
    return tuple(
        Department(id=dep, name=_DEPARTMENTS[dep][0], weight=w, categories=_DEPARTMENTS[dep][1])
        for dep, w in weights.items()
    )


def _languages(weights: Mapping[str, float]) -> tuple[Language, ...]:
    return tuple(Language(tag, _LANGUAGE_NAMES[tag], w) for tag, w in weights.items())


def _queues(
    plan: Iterable[tuple[Channel, Iterable[str], Iterable[str | None]]],
    thresholds: dict[Channel, tuple[int, int]] | None = None,
) -> tuple[QueueSpec, ...]:
    """Queues for every (channel, department, language) in ``plan``."""
    table = {**_THRESHOLDS, **(thresholds or {})}
    queues = []
    for channel, departments, languages in plan:
        langs = tuple(languages)
        for dep in departments:
            for lang in langs:
                label = _CHANNEL_LABELS[channel]
                name = _DEPARTMENTS[dep][0] + (f" {label}" if label else "")
                if lang is not None:
                    name += f" ({_LANGUAGE_NAMES[lang]})"
                qid = f"{dep}-{lang}-{channel}" if lang else f"{dep}-{channel}"
                threshold, target = table[channel]
                queues.append(
                    QueueSpec(qid, name, dep, channel, lang, threshold, target, short_abandon_s=5)
                )
    return tuple(queues)


_ALL = ("health", "education", "commerce", "transport", "urban", "environment", "social")

# Hourly weights, local time, hour 0 first.
_NATIONAL_LIVE = (
    1.2, 0.7, 0.45, 0.35, 0.35, 0.6, 1.6, 3.6, 6.4, 8.4, 9.0, 8.6,
    7.6, 7.0, 6.6, 6.1, 5.6, 5.1, 4.6, 4.1, 3.5, 2.9, 2.2, 1.6,
)
_CITIZEN_DEFERRED = (
    1.5, 1.0, 0.7, 0.5, 0.5, 0.7, 1.5, 3.0, 4.5, 5.5, 6.0, 6.0,
    5.5, 5.5, 5.5, 5.5, 5.5, 5.5, 6.0, 6.5, 6.5, 5.5, 4.0, 2.5,
)
# Municipal telephone and chat lines are open 08:00-18:00.
_MUNICIPAL_LIVE = (
    0, 0, 0, 0, 0, 0, 0, 0, 7.5, 9.5, 9.0, 8.0,
    7.0, 7.5, 7.0, 6.0, 5.0, 3.5, 0, 0, 0, 0, 0, 0,
)
# The night line runs round the clock at a low, almost even rate.
_NIGHT_LIVE = (
    1.0, 0.9, 0.8, 0.7, 0.7, 0.8, 1.0, 1.1, 1.2, 1.2, 1.2, 1.2,
    1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.1, 1.1, 1.0,
)

_NATIONAL_LANGUAGES = {
    "ar": 38, "en": 22, "ur": 9, "hi": 9, "ml": 8, "tl": 6, "bn": 5, "fr": 3,
}
_NATIONAL_DEPARTMENTS = {
    "health": 22, "social": 16, "commerce": 15, "urban": 15, "transport": 13,
    "education": 11, "environment": 8,
}
_NATIONAL_CHANNELS = (
    (Channel.VOICE, 72.0), (Channel.CHAT, 9.0), (Channel.SMS, 4.0), (Channel.EMAIL, 5.0),
    (Channel.WEB, 4.0), (Channel.APP, 4.0), (Channel.SOCIAL, 2.0),
)
_NATIONAL_QUEUES = _queues([
    (Channel.VOICE, _ALL, ("ar", "en")),
    (Channel.VOICE, ("health", "social", "commerce"), ("ur", "hi", "ml", "tl", "bn")),
    (Channel.VOICE, ("health", "commerce", "education"), ("fr",)),
    (Channel.CHAT, ("health", "commerce", "transport", "social"), ("ar", "en")),
    (Channel.SMS, ("health", "transport", "urban"), (None,)),
    (Channel.EMAIL, ("commerce", "education", "social", "environment"), (None,)),
    (Channel.WEB, ("urban", "commerce", "social"), (None,)),
    (Channel.APP, ("urban", "transport", "environment"), (None,)),
    (Channel.SOCIAL, ("urban", "environment"), (None,)),
])
# Qatar's weekend is Friday and Saturday (Monday first).
_GULF_WEEK = (1.0, 1.0, 1.0, 1.0, 0.55, 0.75, 1.05)

NATIONAL = Scenario(
    name="national",
    description="National multilingual citizen line, about 40,000 contacts a day",
    site_id="gcc-109",
    site_name="Government Contact Centre 109",
    timezone="Asia/Qatar",
    daily_contacts=40_000,
    agent_count=520,
    departments=_departments(_NATIONAL_DEPARTMENTS),
    languages=_languages(_NATIONAL_LANGUAGES),
    channel_mix=_NATIONAL_CHANNELS,
    queues=_NATIONAL_QUEUES,
    live_profile=_NATIONAL_LIVE,
    deferred_profile=_CITIZEN_DEFERRED,
    weekday_factors=_GULF_WEEK,
    fallback_languages=("en", "ar"),
    common_languages=("en",),
)

MUNICIPAL = Scenario(
    name="municipal",
    description="Municipal multichannel centre, about 70 agents",
    site_id="mcc-14020",
    site_name="City Contact Centre 14 020",
    timezone="Europe/Amsterdam",
    daily_contacts=4_600,
    agent_count=70,
    departments=_departments({
        "urban": 34, "social": 18, "transport": 14, "environment": 12, "commerce": 10,
        "education": 7, "health": 5,
    }),
    languages=_languages({"nl": 78, "en": 12, "tr": 5, "ar": 5}),
    channel_mix=(
        (Channel.VOICE, 48.0), (Channel.WEB, 18.0), (Channel.EMAIL, 12.0), (Channel.APP, 12.0),
        (Channel.SMS, 4.0), (Channel.SOCIAL, 4.0), (Channel.FAX, 2.0),
    ),
    queues=_queues(
        [
            (Channel.VOICE, _ALL, ("nl",)),
            (Channel.VOICE, ("urban", "social"), ("en", "tr", "ar")),
            (Channel.WEB, ("urban", "social", "transport", "commerce"), (None,)),
            (Channel.EMAIL, ("urban", "social", "commerce", "education"), (None,)),
            (Channel.APP, ("urban", "environment", "transport"), (None,)),
            (Channel.SMS, ("urban",), (None,)),
            (Channel.SOCIAL, ("urban",), (None,)),
            (Channel.FAX, ("social",), (None,)),
        ],
        thresholds={Channel.EMAIL: (14_400, 90), Channel.WEB: (14_400, 90),
                    Channel.FAX: (86_400, 90)},
    ),
    live_profile=_MUNICIPAL_LIVE,
    deferred_profile=_CITIZEN_DEFERRED,
    weekday_factors=(1.15, 1.0, 1.0, 0.95, 0.85, 0.35, 0.25),
    fallback_languages=("nl",),
    common_languages=("nl", "en"),
    shift_minutes=480,
    generalist_share=0.7,
)

# The national line during a storm: the same centre, more weight on the
# departments that storms bring calls to, and the surge itself.
SURGE = replace(
    NATIONAL,
    name="surge",
    description="National line during a storm warning: volume triples for four hours",
    departments=_departments({
        "urban": 25, "transport": 20, "health": 15, "environment": 14, "social": 10,
        "commerce": 9, "education": 7,
    }),
    surge_factor=3.0,
    surge_duration_s=4 * 3600,
    callin_agents=40,
    callin_after_s=20 * 60,
    notices=(
        NoticeSpec(
            id="storm",
            text="Storm warning: expect high call volume",
            severity="warning",
            at_s=1,
            until_s=6 * 3600,
            cleared_at_s=4 * 3600,
        ),
    ),
)

NIGHT = Scenario(
    name="night",
    description="Quiet night shift: a small team and a few contacts an hour",
    site_id="gcc-109-night",
    site_name="Government Contact Centre 109 (night line)",
    timezone="Asia/Qatar",
    daily_contacts=700,
    agent_count=18,
    departments=_departments(_NATIONAL_DEPARTMENTS),
    languages=_languages({"ar": 50, "en": 30, "ur": 10, "hi": 10}),
    channel_mix=((Channel.VOICE, 80.0), (Channel.SMS, 12.0), (Channel.EMAIL, 8.0)),
    queues=_queues([
        (Channel.VOICE, _ALL, ("ar", "en")),
        (Channel.VOICE, ("health",), ("ur", "hi")),
        (Channel.SMS, ("health",), (None,)),
        (Channel.EMAIL, ("social",), (None,)),
    ]),
    live_profile=_NIGHT_LIVE,
    deferred_profile=_NIGHT_LIVE,
    fallback_languages=("en", "ar"),
    common_languages=("ar", "en"),
    shift_minutes=480,
    generalist_share=1.0,
)

#: The scenarios by name.
SCENARIOS: dict[str, Scenario] = {s.name: s for s in (NATIONAL, MUNICIPAL, SURGE, NIGHT)}
