"""Who works at the simulated centre, with which skills, and when.

:func:`build_roster` makes the agents of a scenario once: their languages and
departments (the skills routing uses) and a daily shift start chosen so that
staffing follows the expected workload through the day. :func:`shift_on` says
whether an agent works on a given local date and when they log in, take their
breaks and log out; it is a pure function of the seed, the agent and the date,
so shifts can be planned a day ahead in any order.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date

from wallboard.simulator.scenarios import LIVE_CHANNELS, Scenario
from wallboard.simulator.sitetime import MS_PER_MINUTE, SiteCalendar

#: A rough handle time per contact (talk, wrap-up and ringing), for staffing.
_STAFFING_AHT_S = 300
#: Staffing aims at this occupancy.
_TARGET_OCCUPANCY = 0.85


@dataclass(frozen=True)
class AgentProfile:
    """An agent's fixed data: skills and the usual start of their shift."""

    id: str
    name: str
    departments: tuple[str, ...]
    languages: tuple[str, ...]
    #: Local minutes after midnight.
    shift_start_min: int
    shift_minutes: int


@dataclass(frozen=True)
class Pause:
    """A planned spell of ``not_ready``: a break, lunch, a training or a meeting."""

    start_ms: int
    reason: str
    duration_ms: int


@dataclass(frozen=True)
class Shift:
    """One agent's working day."""

    #: Ordinal of the local date the shift starts on; identifies the shift.
    ordinal: int
    login_ms: int
    logout_ms: int
    pauses: tuple[Pause, ...]


_NAMES: dict[str, tuple[str, ...]] = {
    "ar": ("Mariam", "Ahmed", "Fatima", "Khalid", "Noura", "Omar", "Aisha", "Hamad", "Layla",
           "Yousef", "Reem", "Salma", "Tariq", "Hassan", "Nadia", "Abdulla", "Jassim", "Hind",
           "Sara", "Ali", "Mohammed", "Amal", "Rashid", "Dana"),
    "en": ("James", "Emma", "Daniel", "Sophie", "Michael", "Laura", "David", "Hannah",
           "Thomas", "Olivia", "Grace", "Peter"),
    "ur": ("Imran", "Ayesha", "Bilal", "Sana", "Farhan", "Rubina", "Usman", "Hina", "Kamran",
           "Zainab"),
    "hi": ("Priya", "Rahul", "Anil", "Deepa", "Arjun", "Anjali", "Sunil", "Neha", "Vikram",
           "Pooja"),
    "ml": ("Lakshmi", "Anoop", "Jijo", "Reshma", "Sreejith", "Divya", "Biju", "Anju",
           "Vineeth", "Nimmy"),
    "tl": ("Maria", "Jose", "Grace", "Rina", "Jerome", "Marites", "Paolo", "Joy", "Ramon",
           "Liza"),
    "bn": ("Rahim", "Nusrat", "Tanvir", "Farzana", "Sabbir", "Mitu", "Arif", "Shirin"),
    "fr": ("Claire", "Amine", "Julien", "Yasmine", "Mehdi", "Camille", "Karim", "Sophie"),
    "nl": ("Sanne", "Daan", "Lotte", "Bram", "Femke", "Jeroen", "Anouk", "Pieter", "Eva",
           "Ruben", "Iris", "Thijs", "Marloes", "Joris", "Wouter", "Fleur"),
    "tr": ("Emre", "Elif", "Murat", "Zeynep", "Burak", "Esra", "Hakan", "Merve"),
    "pl": ("Anna", "Piotr", "Kasia", "Tomasz", "Magda", "Pawel"),
}
# Some agents of an Arabic-speaking site show their names in Arabic script.
_ARABIC_SCRIPT_NAMES = ("مريم", "أحمد", "فاطمة", "خالد", "نورة", "عمر", "عائشة", "حمد", "ريم")
_ARABIC_INITIALS = "ابتحخدرسعفقكمنهي"
_LATIN_INITIALS = "ABCDEFGHIJKLMNOPRSTVWYZ"
# Languages close enough that many speakers of one handle the other.
_NEIGHBOURS = {"hi": "ur", "ur": "hi"}


def build_roster(scenario: Scenario, seed: int) -> tuple[AgentProfile, ...]:
    """The agents of ``scenario``: ``scenario.agent_count`` of them, ids ``a1`` upwards."""
    rng = random.Random(f"roster/{scenario.name}/{seed}")
    starts = _shift_starts(scenario, scenario.agent_count, rng)
    natives = _native_languages(scenario, scenario.agent_count, rng)
    agents: list[AgentProfile] = []
    for n, (start, native) in enumerate(zip(starts, natives, strict=True), start=1):
        agents.append(
            AgentProfile(
                id=f"a{n}",
                name=_name(native, rng),
                departments=_departments_for(scenario, native, rng),
                languages=_languages_for(scenario, native, rng),
                shift_start_min=start,
                shift_minutes=scenario.shift_minutes,
            )
        )
    return tuple(_ensure_coverage(scenario, agents, rng))


def extra_agent(scenario: Scenario, number: int, seed: int) -> AgentProfile:
    """An agent called in for a surge: speaks the common languages, covers every department."""
    rng = random.Random(f"extra/{scenario.name}/{seed}/{number}")
    native = scenario.languages[0].tag
    languages = tuple(dict.fromkeys((native, *scenario.common_languages)))
    return AgentProfile(
        id=f"x{number}",
        name=_name(native, rng),
        departments=tuple(d.id for d in scenario.departments),
        languages=languages,
        shift_start_min=0,
        shift_minutes=scenario.shift_minutes,
    )


def shift_on(
    agent: AgentProfile, day: date, scenario: Scenario, calendar: SiteCalendar, seed: int
) -> Shift | None:
    """The agent's shift starting on local ``day``, or ``None`` when they do not work.

    Attendance follows the weekday's volume factor (fewer agents at weekends),
    with a few percent absent on any day.
    """
    rng = random.Random(f"shift/{seed}/{agent.id}/{day.toordinal()}")
    attendance = min(0.97, 0.96 * scenario.weekday_factors[day.weekday()])
    if rng.random() >= attendance:
        return None
    start_min = agent.shift_start_min + rng.randint(-6, 3)
    login = calendar.at(day, start_min) + rng.randrange(MS_PER_MINUTE)
    logout = calendar.at(day, start_min + agent.shift_minutes) + rng.randrange(2 * MS_PER_MINUTE)
    return Shift(day.toordinal(), login, logout, _pauses(login, logout, rng))


def _pauses(login: int, logout: int, rng: random.Random) -> tuple[Pause, ...]:
    """Two short breaks and lunch, and now and then a training or a meeting."""
    length_min = (logout - login) / MS_PER_MINUTE

    def at(minute: float, spread: int) -> int:
        return login + int((minute + rng.uniform(-spread, spread)) * MS_PER_MINUTE)

    def minutes(m: float) -> int:
        return int(m * MS_PER_MINUTE)

    pauses = [
        Pause(at(120, 20), "break", minutes(rng.uniform(13, 18))),
        Pause(at(length_min / 2, 30), "lunch", minutes(rng.uniform(28, 35))),
    ]
    if length_min >= 420:
        pauses.append(Pause(at(length_min - 100, 20), "break", minutes(rng.uniform(13, 18))))
    if rng.random() < 0.14:
        # Between lunch and the last break, when it fits.
        lunch = pauses[1]
        begin = lunch.start_ms + lunch.duration_ms + minutes(20)
        end = pauses[-1].start_ms - minutes(20) if len(pauses) > 2 else logout - minutes(30)
        duration = minutes(rng.choice((30, 45, 60)))
        if end - begin > duration:
            reason = rng.choice(("training", "meeting", "coaching", "training"))
            pauses.append(Pause(rng.randint(begin, end - duration), reason, duration))
    return tuple(sorted(pauses, key=lambda p: p.start_ms))


def _shift_starts(scenario: Scenario, count: int, rng: random.Random) -> list[int]:
    """Shift starts (local minutes) for ``count`` agents, following the workload.

    The hourly staff need uses square-root staffing on the expected load, and a
    greedy cover picks shift starts that meet it; the resulting mix of starts
    is then scaled to the roster's size.
    """
    hours = max(1, scenario.shift_minutes // 60)
    need = _hourly_need(scenario)
    open_hours = [n > 0 for n in need]
    # A shift starts when the centre is open and, where possible, ends before it closes.
    allowed = [
        s for s in range(24) if all(open_hours[(s + k) % 24] for k in range(hours))
    ] or [s for s in range(24) if open_hours[s]]
    cover = [0.0] * 24
    chosen = [0] * 24
    first = min(range(24), key=lambda h: (need[h] if open_hours[h] else math.inf, h))
    for step in range(24):
        h = (first + step) % 24
        while cover[h] < need[h]:
            start = min(allowed, key=lambda s: ((h - s) % 24, s))
            if (h - start) % 24 >= hours:
                break  # no allowed shift reaches this hour
            chosen[start] += 1
            for k in range(hours):
                cover[(start + k) % 24] += 1
    total = sum(chosen)
    quotas = [count * c / total for c in chosen]
    counts = [int(q) for q in quotas]
    by_remainder = sorted(range(24), key=lambda h: (counts[h] - quotas[h], h))
    for h in by_remainder[: count - sum(counts)]:
        counts[h] += 1
    starts = [h * 60 + rng.choice((0, 0, 0, 15, 30)) for h in range(24) for _ in range(counts[h])]
    rng.shuffle(starts)
    return starts


def _hourly_need(scenario: Scenario) -> list[float]:
    """Agents needed on the floor per local hour, for an average weekday."""
    mix = dict(scenario.channel_mix)
    total = sum(mix.values())
    live_share = sum(w for c, w in mix.items() if c in LIVE_CHANNELS) / total
    live_sum = sum(scenario.live_profile) or 1.0
    open_hours = [w > 0 for w in scenario.live_profile]
    if not any(open_hours):
        open_hours = [True] * 24
    # Deferred work is done while the centre is open, following its arrivals.
    deferred = [w if open_hours[h] else 0.0 for h, w in enumerate(scenario.deferred_profile)]
    deferred_sum = sum(deferred) or 1.0
    need = []
    for h in range(24):
        if not open_hours[h]:
            need.append(0.0)
            continue
        per_hour = scenario.daily_contacts * (
            live_share * scenario.live_profile[h] / live_sum
            + (1 - live_share) * deferred[h] / deferred_sum
        )
        load = per_hour * _STAFFING_AHT_S / 3600  # Erlangs
        need.append(load / _TARGET_OCCUPANCY + 1.5 * math.sqrt(load) + 1)
    return need


def _native_languages(scenario: Scenario, count: int, rng: random.Random) -> list[str]:
    """Each agent's first language: the citizens' mix, flattened so small languages are staffed."""
    tags = [lang.tag for lang in scenario.languages]
    weights = [lang.weight**0.75 for lang in scenario.languages]
    return rng.choices(tags, weights, k=count)


def _languages_for(scenario: Scenario, native: str, rng: random.Random) -> tuple[str, ...]:
    languages = [native, *scenario.common_languages]
    neighbour = _NEIGHBOURS.get(native)
    known = {lang.tag for lang in scenario.languages}
    if neighbour in known and rng.random() < 0.5:
        languages.append(neighbour)
    primary = scenario.languages[0].tag
    if native != primary and primary not in languages and rng.random() < 0.25:
        languages.append(primary)
    return tuple(dict.fromkeys(languages))


def _departments_for(scenario: Scenario, native: str, rng: random.Random) -> tuple[str, ...]:
    """Language specialists cover every department that has a queue in their language."""
    all_ids = [d.id for d in scenario.departments]
    weights = [d.weight for d in scenario.departments]
    widely_spoken = {scenario.languages[0].tag, *scenario.common_languages}
    chosen: set[str] = set()
    if native not in widely_spoken:
        chosen.update(q.department for q in scenario.queues if q.language == native)
    if rng.random() < scenario.generalist_share:
        chosen.update(all_ids)
    want = len(chosen) + rng.choice(scenario.departments_per_agent)
    while len(chosen) < min(want, len(all_ids)):
        chosen.add(rng.choices(all_ids, weights)[0])
    return tuple(d for d in all_ids if d in chosen)


def _ensure_coverage(
    scenario: Scenario, agents: list[AgentProfile], rng: random.Random
) -> list[AgentProfile]:
    """Give every queue a few skilled agents, teaching a department or language where needed."""
    minimum = max(2, len(agents) // 60)
    for queue in scenario.queues:

        def skilled(agent: AgentProfile) -> bool:
            return queue.department in agent.departments and (  # noqa: B023
                queue.language is None or queue.language in agent.languages  # noqa: B023
            )

        missing = minimum - sum(1 for a in agents if skilled(a))
        order = list(range(len(agents)))
        rng.shuffle(order)
        # Prefer agents who already speak the language, so only a department is added.
        order.sort(key=lambda i: queue.language not in (None, *agents[i].languages))
        for i in order:
            if missing <= 0:
                break
            agent = agents[i]
            if skilled(agent):
                continue
            departments = tuple(
                d.id for d in scenario.departments
                if d.id in agent.departments or d.id == queue.department
            )
            languages = agent.languages
            if queue.language is not None and queue.language not in languages:
                languages = (*languages, queue.language)
            agents[i] = AgentProfile(
                agent.id, agent.name, departments, languages, agent.shift_start_min,
                agent.shift_minutes,
            )
            missing -= 1
    return agents


def _name(native: str, rng: random.Random) -> str:
    if native == "ar" and rng.random() < 0.15:
        return f"{rng.choice(_ARABIC_SCRIPT_NAMES)} {rng.choice(_ARABIC_INITIALS)}."
    first = rng.choice(_NAMES.get(native, _NAMES["en"]))
    return f"{first} {rng.choice(_LATIN_INITIALS)}."
