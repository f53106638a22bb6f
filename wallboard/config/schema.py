"""Every setting of the wall, declared once: its type, default and description.

The configuration file (TOML) is validated against these declarations; the
README's table of settings is generated from them (``wallboard config
--markdown``) and a test keeps the two the same. The token is never a setting:
it lives in the OS keyring.
"""

from __future__ import annotations

import enum
import re
from typing import Annotated, Any, Literal

import msgspec
from msgspec import Meta

from wallboard.engine.figures import SlRule
from wallboard.staffing.erlang import Model
from wallboard.staffing.live import StaffingOptions

Page = Literal["overview", "departments", "channels", "agents", "trends"]
PAGES: tuple[Page, ...] = ("overview", "departments", "channels", "agents", "trends")


def _doc(description: str, **constraints: float) -> Meta:
    return Meta(description=description, **constraints)  # type: ignore[call-overload]


class Connection(msgspec.Struct, kw_only=True, frozen=True):
    url: Annotated[str, _doc("The feed, `ws://` or `wss://`; empty for none (`--demo` shows "
                             "the built-in simulator)")] = ""
    ca_file: Annotated[str, _doc("A CA bundle (PEM) to verify a `wss://` server with; empty "
                                 "for the system's")] = ""
    stale_after_s: Annotated[float, _doc("Seconds of silence after which every figure is "
                                         "marked stale", gt=0, le=3600)] = 15.0
    sl_rule: Annotated[SlRule, _doc("Service-level rule: `default`, `answered` or "
                                    "`all_abandons` (feed protocol, KPI definitions)")] = (
        SlRule.DEFAULT)


class Display(msgspec.Struct, kw_only=True, frozen=True):
    screen: Annotated[str, _doc("The screen to fill, by name or model; empty for the "
                                "primary")] = ""
    windowed: Annotated[bool, _doc("A window instead of full screen")] = False
    theme: Annotated[Literal["dark", "light"], _doc("`dark` for control rooms, `light` for "
                                                    "bright offices")] = "dark"
    language: Annotated[str, _doc("User-interface language: `en`, `ar`, `tr`, `vi` or `ro` "
                                  "(`ar_OM`: a country's own conventions; `ar`, `fa`, `he`, "
                                  "`ur` mirror the wall); empty for the system's")] = ""
    pages: Annotated[tuple[Page, ...], _doc("The pages shown, in order")] = PAGES
    rotate_s: Annotated[float, _doc("Seconds per page; 0 keeps one page", ge=0,
                                    le=3600)] = 20.0
    refresh_hz: Annotated[float, _doc("Screen refreshes a second", ge=0.5, le=10)] = 4.0
    wall_name: Annotated[str, _doc("This wall's name in the alert log (who acknowledged from "
                                   "where); empty for the host name")] = ""

    def __post_init__(self) -> None:
        if not self.pages:
            raise ValueError("needs at least one page")
        if len(set(self.pages)) != len(self.pages):
            raise ValueError("lists a page twice")


class Sound(msgspec.Struct, kw_only=True, frozen=True):
    enabled: Annotated[bool, _doc("Play a sound when a critical alert fires")] = False
    volume_pct: Annotated[int, _doc("Volume of the sound, 0 to 100", ge=0, le=100)] = 60
    file: Annotated[str, _doc("A WAV file to play instead of the built-in chime")] = ""


class Band(msgspec.Struct, kw_only=True, frozen=True):
    """A warning and a critical level; which way is worse is the metric's."""

    warning: float
    critical: float


class TargetLevels(msgspec.Struct, kw_only=True, frozen=True):
    """Levels of each figure at one scope; an unset one comes from the next wider scope."""

    waiting: Annotated[Band | None, _doc("Contacts waiting now")] = None
    longest_wait_s: Annotated[Band | None, _doc("Longest wait now, seconds")] = None
    service_level_pct: Annotated[Band | None, _doc(
        "Service level, % (lower is worse); unset: each queue's `sl_target_pct` from the "
        "feed, critical 10 points below")] = None
    abandon_rate_pct: Annotated[Band | None, _doc("Abandon rate, %")] = None
    asa_s: Annotated[Band | None, _doc("Average speed of answer, seconds")] = None
    aht_s: Annotated[Band | None, _doc("Average handle time, seconds")] = None
    fcr_pct: Annotated[Band | None, _doc("First-contact resolution, % (lower is worse)")] = None
    out_of_scope_pct: Annotated[Band | None, _doc("Out-of-scope share, %")] = None
    occupancy_pct: Annotated[Band | None, _doc("Occupancy, %")] = None
    overdue_cases: Annotated[Band | None, _doc("Overdue forwarded cases of a department")] = None
    callbacks_overdue: Annotated[Band | None, _doc("Overdue callbacks")] = None
    oldest_message_s: Annotated[Band | None, _doc(
        "Oldest item waiting in a channel not answered live (SMS, app, e-mail, portal, "
        "social, fax), "
        "seconds; the longest wait of their queues is judged by it, not by longest_wait_s")
    ] = None

    def __post_init__(self) -> None:
        for name in TargetLevels.__struct_fields__:
            band = getattr(self, name)
            if band is None:
                continue
            lower_is_worse = name in ("service_level_pct", "fcr_pct")
            if band.critical < band.warning if not lower_is_worse else \
                    band.critical > band.warning:
                way = "below" if lower_is_worse else "above"
                raise ValueError(f"{name}: critical ({band.critical:g}) must be {way} warning "
                                 f"({band.warning:g}) or equal to it")


#: The built-in levels of each figure, where ``[targets]`` sets none: the one
#: place they are declared (the wall, the alerts, the settings dialog and the
#: documentation all read them from here). Service level has none of its own:
#: each queue's target from the feed is its warning level, critical
#: ``SL_CRITICAL_MARGIN_PCT`` points below, and ``DEFAULT_SL_TARGET_PCT`` stands
#: in for a queue that sends no target.
DEFAULT_LEVELS = TargetLevels(
    waiting=Band(warning=20, critical=50),
    longest_wait_s=Band(warning=90, critical=180),
    abandon_rate_pct=Band(warning=5, critical=10),
    # Above the wait most callers have at a service level of 80 % in 20 s, so a
    # centre on its target is calm: ASA warns only once service level suffers too.
    asa_s=Band(warning=45, critical=90),
    aht_s=Band(warning=420, critical=600),
    fcr_pct=Band(warning=85, critical=75),
    out_of_scope_pct=Band(warning=8, critical=12),
    occupancy_pct=Band(warning=90, critical=95),
    # Cases are due in days: overdue ones are worth a colour, never an alarm, and
    # a department always has a few; a pile of them is what asks for a look.
    overdue_cases=Band(warning=100, critical=float("inf")),
    callbacks_overdue=Band(warning=0, critical=5),
    # The oldest item waiting in a channel that is not answered live (SMS, app
    # reports, e-mail, portal, social messages, fax): answered within hours.
    oldest_message_s=Band(warning=4 * 3600, critical=8 * 3600),
)
SL_CRITICAL_MARGIN_PCT = 10.0
DEFAULT_SL_TARGET_PCT = 80.0


class Targets(TargetLevels, kw_only=True, frozen=True):
    """Site levels, and levels per department, queue, channel and language (by id)."""

    departments: Annotated[dict[str, TargetLevels], _doc(
        "`[targets.departments.ID]`: levels of one department and its queues")] = {}
    queues: Annotated[dict[str, TargetLevels], _doc(
        "`[targets.queues.ID]`: levels of one queue")] = {}
    channels: Annotated[dict[str, TargetLevels], _doc(
        "`[targets.channels.ID]`: levels of one channel and its queues")] = {}
    languages: Annotated[dict[str, TargetLevels], _doc(
        "`[targets.languages.TAG]`: levels of one language and its queues")] = {}


class Metric(enum.StrEnum):
    """What a rule watches. Each knows which way is worse and what its target is."""

    WAITING = "waiting"
    LONGEST_WAIT_S = "longest_wait_s"
    SERVICE_LEVEL_PCT = "service_level_pct"
    ABANDON_RATE_PCT = "abandon_rate_pct"
    ASA_S = "asa_s"
    AHT_S = "aht_s"
    FCR_PCT = "fcr_pct"
    OUT_OF_SCOPE_PCT = "out_of_scope_pct"
    TRANSFER_PCT = "transfer_pct"
    OCCUPANCY_PCT = "occupancy_pct"
    OVERDUE_CASES = "overdue_cases"
    CALLBACKS_OVERDUE = "callbacks_overdue"
    CALLBACKS_PENDING = "callbacks_pending"
    BACKLOG = "backlog"
    LONG_CONTACTS = "long_contacts"
    LONG_NOT_READY = "long_not_ready"
    FEED_DOWN_S = "feed_down_s"
    STAFFING_GAP = "staffing_gap"

    @property
    def lower_is_worse(self) -> bool:
        return self in (Metric.SERVICE_LEVEL_PCT, Metric.FCR_PCT)

    @property
    def has_target(self) -> bool:
        """True when ``[targets]`` sets its levels; other metrics need them in the rule."""
        return self.value in TargetLevels.__struct_fields__


#: Metrics measured only for the whole site.
SITE_ONLY_METRICS = frozenset({Metric.LONG_CONTACTS, Metric.LONG_NOT_READY, Metric.FEED_DOWN_S})
#: Metrics of a department's backlog: only the site and departments have one.
BACKLOG_METRICS = frozenset({Metric.OVERDUE_CASES, Metric.CALLBACKS_OVERDUE,
                             Metric.CALLBACKS_PENDING, Metric.BACKLOG})
SCOPE_KINDS = ("site", "department", "queue", "channel", "language")
_SCOPE = re.compile(r"^(site|(department|queue|channel|language):(\*|[^\s:][^:]*))$")
_HOURS = re.compile(
    r"^(?P<days>(mon|tue|wed|thu|fri|sat|sun)(-(mon|tue|wed|thu|fri|sat|sun))?"
    r"(,(mon|tue|wed|thu|fri|sat|sun)(-(mon|tue|wed|thu|fri|sat|sun))?)*)"
    r"\s+(?P<start>\d{2}:\d{2})-(?P<end>\d{2}:\d{2})$",
    re.IGNORECASE,
)


def hours_problem(spec: str) -> str | None:
    """Why ``spec`` is not a business-hours range like ``Mon-Fri 08:00-18:00``, or None."""
    m = _HOURS.match(spec.strip())
    if not m:
        return f"{spec!r} is not like 'Mon-Fri 08:00-18:00'"
    for hm in (m["start"], m["end"]):
        h, mi = int(hm[:2]), int(hm[3:])
        if h > 24 or mi > 59 or (h == 24 and mi):
            return f"{hm!r} is not a time of day"
    return None


class Rule(msgspec.Struct, kw_only=True, frozen=True):
    id: Annotated[str, _doc("A name of the rule; a rule with a built-in rule's id replaces "
                            "it")]
    metric: Annotated[Metric, _doc("The figure watched (the table of metrics below)")]
    scope: Annotated[str, _doc("`site`, or `KIND:ID`, or `KIND:*` for each of a kind; KIND "
                               "is department, queue, channel or language")] = "site"
    warning: Annotated[float | None, _doc("Warning level; unset: the scope's target")] = None
    critical: Annotated[float | None, _doc("Critical level; unset: the scope's target")] = None
    for_s: Annotated[float, _doc("Seconds the level must hold before the alert fires",
                                 ge=0, le=86_400)] = 0.0
    clear_after_s: Annotated[float, _doc("Seconds the figure must stay back before the "
                                         "alert clears", ge=0, le=86_400)] = 30.0
    hysteresis: Annotated[float | None, _doc(
        "How far back past the level the figure must come to clear (metric units); unset: "
        "2 points for a percentage, else 10 % of the level")] = None
    min_volume: Annotated[int, _doc("Contacts offered today before a rate is judged",
                                    ge=0)] = 0
    hours: Annotated[tuple[str, ...], _doc(
        "When the rule is active, in the site's time, e.g. `[\"Mon-Fri 08:00-18:00\"]`; "
        "empty: always")] = ()
    enabled: Annotated[bool, _doc("False switches the rule off")] = True
    text: Annotated[str, _doc("What the banner says; empty for a text from the metric")] = ""

    def __post_init__(self) -> None:
        if not _SCOPE.match(self.scope):
            raise ValueError(f"scope {self.scope!r} is not 'site', 'KIND:ID' or 'KIND:*' "
                             f"(KIND: department, queue, channel, language)")
        kind = self.scope.split(":", 1)[0]
        if self.metric in SITE_ONLY_METRICS and kind != "site":
            raise ValueError(f"metric {self.metric.value!r} is measured for the site only")
        if self.metric is Metric.STAFFING_GAP and kind not in ("site", "department",
                                                              "language"):
            raise ValueError("metric 'staffing_gap' is measured for the site, departments and "
                             "languages: scope must be 'site', 'department:...' or "
                             "'language:...'")
        if self.metric in BACKLOG_METRICS and kind not in ("site", "department"):
            raise ValueError(f"metric {self.metric.value!r} is a department's backlog: scope "
                             f"must be 'site' or 'department:...'")
        for spec in self.hours:
            problem = hours_problem(spec)
            if problem:
                raise ValueError(f"hours: {problem}")
        if not self.metric.has_target and self.warning is None:
            raise ValueError(f"metric {self.metric.value!r} has no target: the rule needs "
                             f"'warning' (and may have 'critical')")
        if self.warning is not None and self.critical is not None:
            worse = (self.critical <= self.warning if self.metric.lower_is_worse
                     else self.critical >= self.warning)
            if not worse:
                raise ValueError("critical must be past warning (above it, or below it for a "
                                 "figure where lower is worse)")


class Anomaly(msgspec.Struct, kw_only=True, frozen=True):
    enabled: Annotated[bool, _doc("Watch each department for unusual abandon, transfer and "
                                  "out-of-scope rates")] = True
    sigmas: Annotated[float, _doc("Standard deviations above the baseline that count as "
                                  "unusual", ge=1, le=10)] = 3.0
    min_rise_pts: Annotated[float, _doc("And at least this many percentage points above it",
                                        ge=0, le=100)] = 5.0
    min_contacts: Annotated[int, _doc("Contacts in the last hour before a rate is judged",
                                      ge=1)] = 30
    history_days: Annotated[int, _doc("Days of history kept for the baseline", ge=1,
                                      le=366)] = 28


class Alerts(msgspec.Struct, kw_only=True, frozen=True):
    builtin: Annotated[bool, _doc("Use the built-in rules (README, table of alert "
                                  "rules)")] = True
    log_file: Annotated[str, _doc("The alert log (SQLite); empty for the platform's data "
                                  "folder")] = ""
    rules: Annotated[tuple[Rule, ...], _doc("`[[alerts.rules]]`: rules of your own")] = ()
    anomaly: Anomaly = Anomaly()

    def __post_init__(self) -> None:
        seen: set[str] = set()
        for rule in self.rules:
            if rule.id in seen:
                raise ValueError(f"two rules have the id {rule.id!r}")
            seen.add(rule.id)


class History(msgspec.Struct, kw_only=True, frozen=True):
    file: Annotated[str, _doc("The interval store (SQLite): the day's counters and samples per "
                              "15 minutes; empty for the platform's data folder")] = ""
    enabled: Annotated[bool, _doc("Keep the day's intervals in the store, for the trends "
                                  "after a restart and for reports")] = True
    retention_days: Annotated[int, _doc("Days of intervals kept; older ones are removed",
                                        ge=1, le=3660)] = 400
    max_mb: Annotated[int, _doc("Largest size of the store in MB; the oldest days go first",
                                ge=10, le=100_000)] = 2000
    sample_s: Annotated[float, _doc("Seconds between two samples of the \"now\" figures and "
                                    "two writes", ge=5, le=60)] = 60.0


class Reports(msgspec.Struct, kw_only=True, frozen=True):
    folder: Annotated[str, _doc("Where the daily reports are written; empty for none")] = ""
    daily_at: Annotated[str, _doc("Local time (HH:MM, the site's) to write the report of the "
                                  "day before")] = "00:30"
    formats: Annotated[tuple[Literal["csv", "pdf"], ...], _doc(
        "The reports written, each named by the day (`wallboard-2026-11-23.csv`): `csv`, "
        "`pdf` (A4: the day's figures, charts and a table per group), or both")] = ("csv",)
    scope: Annotated[Literal["site", "departments", "queues", "channels", "languages"], _doc(
        "The rows of the CSV report: one per interval and site, department, queue, channel "
        "or language")] = "queues"

    def __post_init__(self) -> None:
        if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", self.daily_at):
            raise ValueError(f"daily_at must be HH:MM, not {self.daily_at!r}")


class Staffing(msgspec.Struct, kw_only=True, frozen=True):
    enabled: Annotated[bool, _doc("Show agents needed against agents on the floor")] = True
    model: Annotated[Model, _doc("`erlang_c` (no abandons) or `erlang_a` (callers give up "
                                 "after the day's mean patience)")] = Model.ERLANG_C
    occupancy_cap_pct: Annotated[float, _doc("Never plan agents busier than this, %",
                                             gt=0, le=100)] = 85.0
    shrinkage_pct: Annotated[float, _doc("Share of paid time off the floor (breaks, training), "
                                         "% (`wallboard staffing`: agents to schedule)",
                                         ge=0, lt=100)] = 30.0
    window_min: Annotated[float, _doc("Minutes of recent arrivals the rate is measured over "
                                      "(the latest weigh most)", ge=5, le=240)] = 30.0
    live_channels: Annotated[tuple[str, ...], _doc(
        "Channels answered live, whose queues the model staffs")] = ("voice", "chat")

    def options(self) -> StaffingOptions:
        return StaffingOptions(self.enabled, self.model, self.occupancy_cap_pct,
                               self.shrinkage_pct, self.window_min, self.live_channels)


class Agents(msgspec.Struct, kw_only=True, frozen=True):
    """When an agent needs a supervisor's look (the agents page's lists and the alerts)."""

    long_contact_s: Annotated[int, _doc(
        "A contact longer than this lists its agent (and counts for `long_contacts`), "
        "seconds", gt=0)] = 20 * 60
    long_not_ready_s: Annotated[int, _doc(
        "Not ready longer than this lists the agent (and counts for `long_not_ready`), "
        "seconds, unless the reason has a limit of its own", gt=0)] = 15 * 60
    not_ready_limits_s: Annotated[dict[str, int], _doc(
        "Limits of their own for not-ready reasons as the feed names them, seconds; 0: "
        "never too long (a training is not a break)")] = msgspec.field(
            default_factory=lambda: {"lunch": 60 * 60, "training": 0})

    def engine_options(self) -> dict[str, Any]:
        """These limits as :class:`wallboard.engine.Engine` takes them."""
        return {"long_contact_s": self.long_contact_s, "long_not_ready_s": self.long_not_ready_s,
                "not_ready_limits_s": self.not_ready_limits_s}

    def __post_init__(self) -> None:
        for reason, limit in self.not_ready_limits_s.items():
            if limit < 0:
                raise ValueError(f"not_ready_limits_s.{reason}: a limit cannot be negative "
                                 f"({limit}); 0 means none")


class Config(msgspec.Struct, kw_only=True, frozen=True):
    central: Annotated[str, _doc(
        "A shared configuration (an `https://` URL or a path) that this file adds to: "
        "its settings apply unless this file sets them too")] = ""
    connection: Connection = Connection()
    display: Display = Display()
    sound: Sound = Sound()
    targets: Targets = Targets()
    alerts: Alerts = Alerts()
    history: History = History()
    reports: Reports = Reports()
    staffing: Staffing = Staffing()
    agents: Agents = Agents()


DEFAULT_CONFIG = Config()
