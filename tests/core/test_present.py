"""The presentation layer: formatting and levels, without Qt."""

from __future__ import annotations

import random

import pytest

from tests.builders import T0, SiteBuilder, frame
from wallboard.alerts.engine import Alert
from wallboard.bench.flood import START_MS, build
from wallboard.config.schema import (
    DEFAULT_LEVELS,
    DEFAULT_SL_TARGET_PCT,
    SL_CRITICAL_MARGIN_PCT,
    Metric,
)
from wallboard.engine import Engine, SiteFigures
from wallboard.feed.health import FeedHealth, FeedState
from wallboard.levels import DEFERRED_CHANNELS, TARGET_METRICS, Band, Level, Targets
from wallboard.present import text
from wallboard.present.wall import (
    ALERT_TILES,
    DepartmentRanking,
    Urgency,
    alert_views,
    wall_view,
)
from wallboard.protocol import decode


@pytest.mark.parametrize(("value", "shown"), [
    (None, "—"), (0.0, "0.0\u202f%"), (4.96, "5.0\u202f%"), (9.94, "9.9\u202f%"),
    (9.96, "10\u202f%"), (79.6, "80\u202f%"), (100.0, "100\u202f%"),
])
def test_percent(value: float | None, shown: str) -> None:
    assert text.percent(value) == shown


@pytest.mark.parametrize(("seconds", "shown"), [
    (None, "—"), (0, "0:00"), (59.4, "0:59"), (59.6, "1:00"), (725, "12:05"), (3723, "1:02:03"),
])
def test_duration(seconds: float | None, shown: str) -> None:
    assert text.duration(seconds) == shown


@pytest.mark.parametrize(("seconds", "shown"), [
    (20, "20\u202fs"), (60, "60\u202fs"), (90, "90\u202fs"), (120, "2\u202fm"),
    (300, "5\u202fm"), (3600, "1\u202fh"), (5400, "90\u202fm"), (86400, "24\u202fh"),
])
def test_a_threshold_is_written_in_its_largest_whole_unit(seconds: int, shown: str) -> None:
    assert text.seconds(seconds) == shown


def test_a_level_judges_the_figure_as_shown() -> None:
    band = Targets().service_level(80.0)
    assert band.assess(text.as_shown(79.6)) is Level.NORMAL  # shown as 80 %
    assert band.assess(text.as_shown(79.4)) is Level.WARNING  # shown as 79 %
    assert band.assess(text.as_shown(69.4)) is Level.CRITICAL


@pytest.mark.parametrize(("value", "level"), [
    (None, Level.NONE), (5.0, Level.NORMAL), (5.1, Level.WARNING), (10.0, Level.WARNING),
    (10.1, Level.CRITICAL),
])
def test_a_band_is_reached_past_its_level(value: float | None, level: Level) -> None:
    assert Band(5, 10).assess(value) is level


def test_every_level_that_needs_attention_has_a_shape() -> None:
    assert Level.WARNING.glyph and Level.CRITICAL.glyph
    assert Level.WARNING.glyph != Level.CRITICAL.glyph


def test_the_built_in_levels_are_the_schemas() -> None:
    """One declaration of the defaults: the wall judges by what the docs and dialog show."""
    defaults = Targets()
    for metric in TARGET_METRICS:
        declared = getattr(DEFAULT_LEVELS, metric)
        band = defaults.band(metric, sl_target_pct=DEFAULT_SL_TARGET_PCT)
        assert band is not None
        if declared is None:  # service level: the feed's target, critical a margin below
            assert (band.warning, band.critical) == (
                DEFAULT_SL_TARGET_PCT, DEFAULT_SL_TARGET_PCT - SL_CRITICAL_MARGIN_PCT)
        else:
            assert (band.warning, band.critical) == (declared.warning, declared.critical)
        lower_is_worse = metric in {m.value for m in Metric if m.lower_is_worse}
        assert band.higher_is_worse is not lower_is_worse


@pytest.mark.parametrize("unknown", [0, 1, 3])
def test_the_wall_shows_what_a_liberal_feed_sends(unknown: int) -> None:
    """Undeclared departments by id, unnamed agents by id, unknown states as Other."""
    snapshot = SiteBuilder().snapshot(cases=[
        {"id": "k1", "department": "roads", "status": "open", "opened_at": T0 - 1,
         "due_at": T0 + 1}])
    del snapshot["departments"][1]["name"]
    snapshot["agents"] += [{"id": f"x{i}", "departments": ["roads"], "state": "after_call_work"}
                           for i in range(unknown)]
    snapshot["agents"].append({"id": "a9", "departments": ["roads"], "state": "not_ready"})
    engine = Engine()
    assert engine.apply(decode(frame(snapshot))) is None  # type: ignore[arg-type]
    health = FeedHealth(FeedState.LIVE, 1, 1, 0, 0, 0, 0, 0, 0.1, False, None)
    now = T0 + 20 * 60_000
    view = wall_view(engine.figures(now), health, now_ms=now, url="ws://feed")
    names = {row.id: row.name for row in view.departments}
    assert names == {"health": "Health", "urban": "urban", "roads": "roads"}
    assert next(r for r in view.departments if r.id == "roads").open_cases == "1"
    assert view.agents is not None
    counts = {c.state: c.count for c in view.agents.counts}
    assert counts.get("other") == (str(unknown) if unknown else None)
    # Longest first: a9 has no `since`, so it counts from the snapshot's ts.
    assert [(row.name, row.departments) for row in view.agents.long_not_ready] == [
        ("José P.", "Health, urban"), ("a9", "roads")]


# --- The design of the wall: labels, shapes, a stable order ----------------------------------

def big_site(events: int = 2_000) -> tuple[SiteFigures, int]:
    """The benchmark's site (1,000 agents, 200 queues, 20 departments), a few minutes on."""
    flood = build(events=events)
    engine = Engine()
    engine.apply(decode(flood.snapshot))  # type: ignore[arg-type]
    for message in flood.frames:
        engine.apply(decode(message))  # type: ignore[arg-type]
    now = START_MS + 5 * 60_000
    figures = engine.figures(now)
    assert figures is not None
    return figures, now


LIVE = FeedHealth(FeedState.LIVE, 1, 1, 0, 0, 0, 0, 0, 0.1, False, None)


def test_every_small_figure_on_the_overview_says_what_it_counts() -> None:
    figures, now = big_site()
    view = wall_view(figures, LIVE, now_ms=now, url="ws://feed")
    details = {t.key: t.detail_text for t in view.tiles}
    site = figures.site
    c = site.counters
    assert details["abandon_rate"] == f"{text.count(c.abandoned - c.short_abandoned)} abandoned"
    assert details["offered"] == f"{text.count(c.answered)} answered"
    logged_in = sum(site.agents.values()) - site.agents["logged_out"]
    assert details["occupancy"] == f"{text.count(logged_in)} logged in"
    board = figures.agent_board
    assert details["on_contact"] == (f"{text.count(board.long_contacts_total)} over "
                                     f"{text.duration(board.long_contact_s)}")
    # The benchmark's queues have thresholds of 20 s and of an hour: the target, and the span.
    assert details["service_level"] == "target 80\u202f% in 20\u202fs to 1\u202fh"
    # No small figure stands alone: each has a word with it.
    for tile in view.tiles:
        assert tile.detail_text == "" or any(ch.isalpha() for ch in tile.detail_text), tile


def test_the_service_level_tile_states_its_target_and_threshold_in_words() -> None:
    snapshot = SiteBuilder().snapshot()
    for queue in snapshot["queues"]:
        queue["sl_threshold_s"] = 30  # one threshold for all: the tile can name it
    engine = Engine()
    assert engine.apply(decode(frame(snapshot))) is None  # type: ignore[arg-type]
    now = T0 + 60_000
    figures = engine.figures(now)
    assert figures is not None and figures.site.sl_threshold_range_s == (30, 30)
    view = wall_view(figures, LIVE, now_ms=now, url="ws://feed")
    sl = next(t for t in view.tiles if t.key == "service_level")
    target = text.percent(Targets().service_level(
        next(iter(figures.queues.values())).sl_target_pct).warning)
    assert sl.detail_text == f"target {target} in 30\u202fs"


def test_channels_answered_later_are_judged_by_the_age_of_their_oldest_item() -> None:
    figures, now = big_site()
    view = wall_view(figures, LIVE, now_ms=now, url="ws://feed")
    cells = {c.key: c for c in view.channels}
    for key, cell in cells.items():
        group = figures.channels[key]
        assert cell.live is (key in ("voice", "chat"))
        if not cell.live:
            assert cell.oldest == text.age(group.longest_wait_s)
            assert cell.wait_level is Targets().oldest_message_s.assess(group.longest_wait_s)
        # The cell's level is the worst of its figures': the one coloured is the one that breaches.
        assert cell.level >= max(cell.waiting_level, cell.sl_level, cell.wait_level)
    for cell in view.languages:
        group = figures.languages[cell.key]
        assert cell.available == text.count(group.agents["available"])


def test_the_totals_add_up_the_departments() -> None:
    figures, now = big_site()
    view = wall_view(figures, LIVE, now_ms=now, url="ws://feed")
    totals = view.department_totals
    assert totals is not None
    ds = figures.departments.values()
    assert totals.open_cases == text.count(sum(d.backlog.open_cases for d in ds))
    assert totals.overdue_cases == text.count(sum(d.backlog.overdue_cases for d in ds))
    assert totals.waiting == text.count(sum(d.kpis.waiting for d in ds))
    assert totals.service_level == text.percent(figures.site.service_level_pct)


def urgencies(rng: random.Random, n: int = 12) -> dict[str, Urgency]:
    return {f"d{i}": Urgency(Level.NORMAL, rng.uniform(0, 300), rng.randrange(0, 900))
            for i in range(n)}


@pytest.mark.parametrize("seed", range(8))
def test_the_departments_keep_their_order_while_figures_wobble(seed: int) -> None:
    rng = random.Random(seed)
    ranking = DepartmentRanking()
    start = urgencies(rng)
    first = ranking.rank(start)
    assert first == sorted(start, key=lambda k: start[k], reverse=True)  # at first: by urgency
    for _ in range(50):  # fifty refreshes, each figure a little up or down
        wobbled = {k: Urgency(u.level, max(0.0, u.longest_wait_s + rng.uniform(-10, 10)),
                              max(0, u.backlog + rng.randrange(-5, 6)))
                   for k, u in start.items()}
        assert ranking.rank(wobbled) == first


def test_a_department_clearly_more_urgent_moves_up_at_once() -> None:
    ranking = DepartmentRanking()
    calm = {"a": Urgency(Level.NORMAL, 60, 100), "b": Urgency(Level.NORMAL, 50, 100),
            "c": Urgency(Level.NORMAL, 40, 100)}
    assert ranking.rank(calm) == ["a", "b", "c"]
    # c's wait grows far past the others': it goes first; a and b keep their order.
    assert ranking.rank({**calm, "c": Urgency(Level.NORMAL, 400, 100)}) == ["c", "a", "b"]
    # b reaches a worse level: first, whatever its wait.
    assert ranking.rank({**calm, "c": Urgency(Level.NORMAL, 400, 100),
                         "b": Urgency(Level.WARNING, 0, 0)}) == ["b", "c", "a"]
    # A department that appears is placed by urgency; one that goes is dropped.
    assert ranking.rank({"b": Urgency(Level.WARNING, 0, 0), "a": Urgency(Level.NORMAL, 60, 100),
                         "d": Urgency(Level.CRITICAL, 0, 0)}) == ["d", "b", "a"]


@pytest.mark.parametrize(("metric", "comparison"), [
    ("asa_s", ">"), ("service_level_pct", "<"), ("fcr_pct", "<"), ("waiting", ">")])
def test_the_banner_says_the_value_and_the_level_it_passed(metric: str, comparison: str) -> None:
    alert = Alert(key="k", rule_id="r", metric=metric, scope_kind="site", scope_id="",
                  scope_name="", level=Level.WARNING, value=54.0, threshold=45.0, since_ms=T0,
                  clears_at_ms=T0 + 40_000)
    (shown,) = alert_views((alert,), LIVE, T0 + 10_000)
    assert shown.comparison == comparison
    assert (shown.value, shown.threshold) == (
        ("0:54", "0:45") if metric.endswith("_s") else
        ("54\u202f%", "45\u202f%") if metric.endswith("_pct") else ("54", "45"))
    assert shown.clears_in == "0:30"


def test_the_not_ready_list_names_the_limits_it_applies(site: SiteBuilder) -> None:
    engine = Engine(not_ready_limits_s={"break": 45 * 60, "training": 0})
    assert engine.apply(decode(frame(site.snapshot()))) is None  # type: ignore[arg-type]  # a2 on a break
    view = wall_view(engine.figures(T0), LIVE, now_ms=T0, url="ws://x")
    assert view.agents is not None
    assert view.agents.long_not_ready_label == "15:00 · break 45:00"
    (tile,) = view.agents.not_ready_reasons
    assert (tile.reason, tile.agents, tile.detail, tile.args, tile.level) == (
        "break", "1", "%1 over %2", ("0", "45:00"), Level.NONE)


# --- Every alert the banner names has a figure on the overview -------------------------------

def alert_on(metric: str, scope_kind: str, scope_id: str, scope_name: str, value: float,
             level: Level = Level.CRITICAL) -> Alert:
    return Alert(key=f"r@{scope_kind}:{scope_id}", rule_id="r", metric=metric,
                 scope_kind=scope_kind, scope_id=scope_id, scope_name=scope_name, level=level,
                 value=value, threshold=1.0, since_ms=T0)


def test_a_queues_alert_shows_on_the_sites_tile_of_its_figure() -> None:
    figures, now = big_site()
    calm = {t.key: t for t in wall_view(figures, LIVE, now_ms=now, url="ws://feed").tiles}
    # A figure calm on the site, that a queue's stricter target of its own finds critical.
    metric, key = next((m, k) for m, k in ALERT_TILES.items()
                       if k in calm and calm[k].level < Level.CRITICAL)
    queue = next(iter(figures.queues.values()))
    alert = alert_on(metric, "queue", queue.id, queue.name, 30.0)
    tiles = {t.key: t for t in wall_view(figures, LIVE, now_ms=now, url="ws://feed",
                                         alerts=(alert,)).tiles}
    assert tiles[key].level is Level.CRITICAL
    assert tiles[key].value == calm[key].value  # the figure is the site's
    # The other tiles are as they were.
    assert {k: t.level for k, t in tiles.items() if k != key} == {
        k: t.level for k, t in calm.items() if k != key}
    # A channel's alert is the channel strip's to show, not a site tile's.
    alert = alert_on(metric, "channel", "voice", "voice", 30.0)
    assert [t.level for t in wall_view(figures, LIVE, now_ms=now, url="ws://feed",
                                       alerts=(alert,)).tiles] == [t.level for t in calm.values()]


def test_the_longest_wait_is_a_live_contacts_and_names_its_queue() -> None:
    figures, now = big_site()
    live = [q for q in figures.queues.values() if q.channel not in DEFERRED_CHANNELS]
    longest = max(live, key=lambda q: q.kpis.longest_wait_s or 0.0)
    assert longest.kpis.longest_wait_s
    # The benchmark's e-mails have waited longer than any call: they are a backlog.
    assert figures.site.longest_wait_s is not None
    assert figures.site.longest_wait_s > longest.kpis.longest_wait_s
    view = wall_view(figures, LIVE, now_ms=now, url="ws://feed")
    (tile,) = [t for t in view.tiles if t.key == "longest_wait"]
    assert (tile.value, tile.detail_text) == (text.duration(longest.kpis.longest_wait_s),
                                              longest.name)
    for row in view.departments:
        waits = [q.kpis.longest_wait_s for q in live
                 if q.department == row.id and q.kpis.longest_wait_s is not None]
        assert row.longest_wait == text.duration(max(waits, default=None))


def test_a_departments_alert_puts_it_first_with_the_figure_it_alerts_on() -> None:
    figures, now = big_site()
    calm = wall_view(figures, LIVE, now_ms=now, url="ws://feed").departments
    last = calm[-1]
    alert = alert_on("abandon_rate_pct", "department", last.id, last.name, 12.5)
    rows = wall_view(figures, LIVE, now_ms=now, url="ws://feed", alerts=(alert,)).departments
    at = [r.id for r in rows].index(last.id)
    # Up among the critical departments (ordered by their waits), from the bottom.
    assert calm[-1].level < Level.CRITICAL and at < len(rows) - 1
    assert all(r.level is Level.CRITICAL for r in rows[:at + 1])
    assert rows[at].alerted == (("Abandon rate", text.percent(12.5), Level.CRITICAL),)
    assert all(not r.alerted for r in rows if r.id != last.id)
    # An alert on a figure the row has a cell for marks that cell instead.
    alert = alert_on("callbacks_overdue", "department", last.id, last.name, 3.0)
    (row,) = [r for r in wall_view(figures, LIVE, now_ms=now, url="ws://feed",
                                   alerts=(alert,)).departments if r.id == last.id]
    assert row.alerted == () and row.cell_levels["callbacks_overdue"] is Level.CRITICAL


@pytest.mark.parametrize(("limits", "detail"), [
    ({}, "{n} over 15:00"), ({"lunch": 3600}, "{n} over 15:00"),  # nobody is at lunch
    ({"break": 45 * 60}, "{n} over their limit")])
def test_the_not_ready_tile_says_which_limit_it_counts_by(
        site: SiteBuilder, limits: dict[str, int], detail: str) -> None:
    engine = Engine(not_ready_limits_s=limits)
    assert engine.apply(decode(frame(site.snapshot()))) is None  # type: ignore[arg-type]
    figures = engine.figures(T0)
    assert figures is not None
    (tile,) = [t for t in wall_view(figures, LIVE, now_ms=T0, url="ws://x").tiles
               if t.key == "not_ready"]
    assert tile.detail_text == detail.format(n=figures.agent_board.long_not_ready_total)


def test_waiting_now_counts_live_contacts_and_the_backlog_apart() -> None:
    figures, now = big_site()
    live = sum(q.kpis.waiting for q in figures.queues.values()
               if q.channel not in DEFERRED_CHANNELS)
    assert 0 < live < figures.site.waiting  # the benchmark has e-mails and forms waiting
    (tile,) = [t for t in wall_view(figures, LIVE, now_ms=now, url="ws://feed").tiles
               if t.key == "waiting"]
    assert (tile.value, tile.detail_text) == (
        text.count(live), f"{text.count(figures.site.waiting - live)} in backlog")
    assert tile.level is Targets().waiting.assess(live)


def test_a_switchboard_without_backlogs_says_nothing_of_one(site: SiteBuilder) -> None:
    engine = Engine()
    snapshot = site.snapshot()
    for queue in snapshot["queues"]:
        queue["channel"] = "voice"
    assert engine.apply(decode(frame(snapshot))) is None  # type: ignore[arg-type]
    figures = engine.figures(T0)
    assert figures is not None
    (tile,) = [t for t in wall_view(figures, LIVE, now_ms=T0, url="ws://x").tiles
               if t.key == "waiting"]
    assert (tile.value, tile.detail_text) == (text.count(figures.site.waiting), "")


@pytest.mark.parametrize(("metric", "limits", "label", "args"), [
    ("long_contacts", {}, "Contacts over %1", ("20:00",)),
    ("long_not_ready", {}, "Agents not ready over %1", ("15:00",)),
    ("long_not_ready", {"break": 45 * 60}, "Agents not ready past their limit", ()),
])
def test_the_banner_names_the_agents_limits_in_force(
        site: SiteBuilder, metric: str, limits: dict[str, int], label: str,
        args: tuple[str, ...]) -> None:
    engine = Engine(not_ready_limits_s=limits)
    assert engine.apply(decode(frame(site.snapshot()))) is None  # type: ignore[arg-type]
    alert = alert_on(metric, "site", "", "", 2.0, Level.WARNING)
    (shown,) = wall_view(engine.figures(T0), LIVE, now_ms=T0, url="ws://x",
                         alerts=(alert,)).alerts
    assert (shown.text, shown.text_args, shown.value) == (label, args, "2")
