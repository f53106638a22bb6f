"""``wallboard probe`` reports what the protocol's last section says, and fails clearly."""

from __future__ import annotations

import asyncio
import json
import os
import ssl
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import trustme
from websockets.asyncio.server import ServerConnection

from tests.builders import T0, SiteBuilder
from tests.feedserver import Script, ScriptedServer
from tests.simulated import pinned_simulator
from wallboard.clock import SYSTEM_CLOCK
from wallboard.probe import ProbeResult, probe

pytestmark = pytest.mark.network

KPI_KEYS = {"offered", "answered", "abandoned", "short_abandoned", "service_level_pct",
            "abandon_rate_pct", "asa_s", "aht_s", "fcr_pct", "out_of_scope_pct", "waiting",
            "longest_wait_s", "occupancy_pct", "agents"}
BACKLOG_KEYS = {"open_cases", "overdue_cases", "oldest_case_age_s", "callbacks_pending",
                "callbacks_overdue", "backlog"}
FEED_KEYS = {"state", "messages", "last_seq", "gaps", "bad_messages", "resyncs", "reconnects"}
#: Keys the probe adds to ``feed`` beyond the protocol's list (extra keys are allowed).
EXTRA_FEED_KEYS = {"dropped_elements", "resyncing"}
STAFFING_KEYS = {"needed", "on_floor", "projected_sl_pct", "shared"}
STATES = {"available", "ringing", "on_contact", "wrap_up", "not_ready", "logged_out"}


def run_probe(
    server_script: Script, seconds: float = 0.5, token: str | None = None, **server: Any
) -> ProbeResult:
    """Probe a scripted server; 20 s at most, so "fails at once" means well before 60 s."""

    async def run() -> ProbeResult:
        async with ScriptedServer(server_script, **server) as scripted:
            return await asyncio.wait_for(probe(scripted.url, seconds, token=token), 20)

    return asyncio.run(run())


async def a_day(server: ScriptedServer, ws: ServerConnection) -> None:
    site = SiteBuilder()
    now = SYSTEM_CLOCK.now_ms()
    await server.send(
        ws,
        site.snapshot(ts=now - 10_000, cases=[
            {"id": "k1", "department": "urban", "status": "open",
             "opened_at": now - 3_600_000, "due_at": now - 1}]),
        site.queued("c1", now - 9_000),
        site.answered("c1", now - 8_000, 1_000),
        site.queued("c2", now - 7_000),
        site.delta("contact.completed", now - 6_000, id="c1", handle_ms=100_001,
                   outcome="resolved"),
        site.abandoned("c2", now - 5_000, 2_000),
        site.queued("c3", now - 4_000),
        site.delta("future.kind", now - 3_000),
        site.heartbeat(now - 2_000),
    )
    await server.send(ws, "{oops")


def test_the_document_has_exactly_the_documented_shape() -> None:
    result = run_probe(a_day)
    assert result.failure is None
    doc = result.document
    assert doc is not None
    assert set(doc) == {"site", "departments", "queues", "channels", "languages", "feed"}
    assert set(doc["site"]) == KPI_KEYS | {"staffing"}
    assert set(doc["site"]["agents"]) == STATES
    assert set(doc["departments"]) == {"health", "urban"}
    assert set(doc["departments"]["urban"]) == KPI_KEYS | BACKLOG_KEYS | {"staffing"}
    # Ten seconds of feed are too few for an arrival rate: null, never a guess.
    assert doc["departments"]["health"]["staffing"] == {
        "needed": None, "on_floor": 1, "projected_sl_pct": None, "shared": False}
    assert set(doc["site"]["staffing"]) == STAFFING_KEYS
    assert set(doc["queues"]) == {"h-ar", "h-en-mail", "u-fax"}
    assert set(doc["channels"]) == {"voice", "email", "fax"}
    assert set(doc["languages"]) == {"ar", "en"}  # the fax queue has no language
    assert set(doc["feed"]) == FEED_KEYS | EXTRA_FEED_KEYS


def test_the_figures_and_feed_counters() -> None:
    doc = run_probe(a_day).document
    assert doc is not None
    site = doc["site"]
    assert (site["offered"], site["answered"], site["abandoned"], site["short_abandoned"]) == (
        3, 1, 1, 1)
    assert site["service_level_pct"] == 100.0  # the short abandon is left out
    assert site["abandon_rate_pct"] == 0.0
    assert site["aht_s"] == 100.0  # 100.001 s rounded to one decimal
    assert site["asa_s"] == 1.0
    assert site["fcr_pct"] == 100.0
    assert site["out_of_scope_pct"] == 0.0
    assert site["waiting"] == 1
    assert 3.5 < site["longest_wait_s"] < 20  # c3 has waited about four seconds
    urban = doc["departments"]["urban"]
    assert (urban["open_cases"], urban["overdue_cases"], urban["backlog"]) == (1, 1, 1)
    assert urban["asa_s"] is None and urban["service_level_pct"] is None
    assert urban["oldest_case_age_s"] >= 3600.0
    assert doc["queues"]["u-fax"]["longest_wait_s"] is None
    feed = doc["feed"]
    # snapshot + 6 deltas + heartbeat applied; the unknown type is skipped but keeps its seq.
    # The bad frame at the end asked for a resync no snapshot answered: the figures
    # are frozen, as the wall says, so the feed is not reported live.
    assert feed == {"state": "stale", "messages": 8, "last_seq": 9, "gaps": 0,
                    "bad_messages": 1, "resyncs": 1, "reconnects": 0, "dropped_elements": 0,
                    "resyncing": True}


def test_a_refused_token_fails_at_once_with_a_reason() -> None:
    result = run_probe(a_day, seconds=60, token="wrong", token_required="right")
    assert result.document is None
    assert result.failure is not None and "authentication failed" in result.failure


def test_nothing_listening_fails_with_a_reason() -> None:
    result = asyncio.run(probe("ws://127.0.0.1:9/", 0.5, token=None))
    assert result.document is None
    assert result.failure is not None and "connection refused" in result.failure


def test_an_untrusted_certificate_fails_at_once(tmp_path: Path) -> None:
    ca = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("localhost").configure_cert(context)
    result = run_probe(a_day, seconds=60, ssl_context=context)
    assert result.failure is not None
    assert "TLS certificate verification failed" in result.failure


def test_a_day_with_only_a_snapshot_shows_dashes_not_zeros() -> None:
    async def quiet(server: ScriptedServer, ws: ServerConnection) -> None:
        await server.send(ws, SiteBuilder().snapshot(ts=T0))

    doc = run_probe(quiet).document
    assert doc is not None
    for key in ("service_level_pct", "abandon_rate_pct", "asa_s", "aht_s", "fcr_pct",
                "out_of_scope_pct", "longest_wait_s"):
        assert doc["site"][key] is None, key


def _probe_command(*args: str, token: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "WALLBOARD_TOKEN"}
    if token is not None:
        env["WALLBOARD_TOKEN"] = token
    return subprocess.run([sys.executable, "-m", "wallboard", "probe", *args, "--json"],
                          capture_output=True, text=True, timeout=60, env=env, check=False)


def test_the_command_prints_one_json_object_and_exits_0() -> None:
    with pinned_simulator(scenario="night", speed=5.0, token="t0k") as server:
        result = _probe_command("--url", server.url, "--seconds", "2", token="t0k")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)  # one object, nothing else on stdout
    assert document["feed"]["state"] == "live"
    assert document["feed"]["messages"] >= 1
    assert document["site"]["offered"] >= 0


def test_the_command_reports_staffing_per_site_and_department() -> None:
    # At 60 times real time, 4 s of feed are 4 minutes of the centre: enough for a rate.
    with pinned_simulator(scenario="national", speed=60.0, token="t0k", seed=3) as server:
        result = _probe_command("--url", server.url, "--seconds", "4", token="t0k")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    departments = document["departments"]
    staffing = {d: v["staffing"] for d, v in departments.items()}
    assert all(set(s) == STAFFING_KEYS for s in staffing.values())
    needed = [s["needed"] for s in staffing.values() if s["needed"] is not None]
    assert needed and all(n >= 1 for n in needed)
    site = document["site"]["staffing"]
    assert site["needed"] == sum(needed)
    # On the floor for live work: logged in, not "not ready", not busy with a message.
    floor = sum(document["site"]["agents"][state] for state in
                ("available", "ringing", "on_contact", "wrap_up"))
    assert 0 < site["on_floor"] <= floor
    assert all(0 <= s["projected_sl_pct"] <= 100 for s in staffing.values()
               if s["projected_sl_pct"] is not None)
    assert all(isinstance(s["shared"], bool) for s in staffing.values())


def test_the_command_fails_with_one_line_on_stderr() -> None:
    with pinned_simulator(scenario="night", token="right") as server:
        refused = _probe_command("--url", server.url, "--seconds", "30", token="wrong")
    assert refused.returncode != 0
    assert refused.stdout == ""
    (line,) = refused.stderr.splitlines()  # one line, and nothing else
    assert line.startswith("wallboard probe:") and "authentication failed" in line
    unreachable = _probe_command("--url", "ws://127.0.0.1:9/", "--seconds", "1")
    assert unreachable.returncode != 0
    (line,) = unreachable.stderr.splitlines()
    assert line.endswith("connection refused")


def test_the_configuration_chooses_the_service_level_rule(tmp_path: Path) -> None:
    from wallboard.cli import _sl_rule, build_parser
    from wallboard.engine import SlRule

    config = tmp_path / "wall.toml"
    config.write_text('[connection]\nsl_rule = "answered"\n')

    def rule(*extra: str) -> SlRule:
        return _sl_rule(build_parser().parse_args(["probe", "--url", "ws://x", *extra]))

    assert rule() is SlRule.DEFAULT  # no file in the usual place
    assert rule("--config", str(config)) is SlRule.ANSWERED
    assert rule("--config", str(config), "--sl-rule", "all_abandons") is SlRule.ALL_ABANDONS


async def an_odd_but_readable_feed(server: ScriptedServer, ws: ServerConnection) -> None:
    """A float, an unknown agent state, an undeclared department and one broken agent."""
    site = SiteBuilder()
    now = SYSTEM_CLOCK.now_ms()
    snapshot = site.snapshot(
        ts=now - 10_000,
        queues=[{"id": "p-sms", "name": "Parks SMS", "department": "parks", "channel": "sms",
                 "sl_threshold_s": 60.0}],
        counters={"p-sms": {"offered": 5.0, "answered": 4.0, "answered_in_sl": 3.0,
                            "wait_ms_answered": 80_000.0}},
        cases=[{"id": "k1", "department": "roads", "status": "open",
                "opened_at": now - 7_200_000, "due_at": now - 1}],
    )
    snapshot["ts"] = float(snapshot["ts"])
    snapshot["agents"] = [
        {"id": "a1", "departments": ["parks"], "state": "after_call_work"},
        {"id": "a2", "name": "José P.", "departments": ["parks"], "state": "on_contact",
         "since": now - 20_000, "contact": None},
        {"id": "a3", "departments": "parks", "state": "available", "since": now},
    ]
    answered = site.answered("c1", now - 8_000, 0)
    queued = {**site.queued("c1", now - 9_000, queue="p-sms"), "seq": answered["seq"]}
    answered.update(seq=answered["seq"] + 1, wait_ms=1_000.0)
    await server.send(ws, snapshot, queued, answered, site.heartbeat(now - 2_000))


def test_the_document_shows_what_a_liberal_reading_accepts() -> None:
    doc = run_probe(an_odd_but_readable_feed).document
    assert doc is not None
    feed = doc["feed"]
    assert (feed["state"], feed["messages"], feed["bad_messages"], feed["gaps"],
            feed["resyncs"], feed["dropped_elements"]) == ("live", 4, 0, 0, 0, 1)
    site = doc["site"]
    # The floats counted: 5 offered in the snapshot, one queued since; 4 + 1 answered.
    assert (site["offered"], site["answered"]) == (6, 5)
    assert site["asa_s"] == 16.2  # (80 s + 1 s) / 5
    # The agent in an unknown state is counted under its name; the broken one is left out.
    assert site["agents"] == {"available": 0, "ringing": 0, "on_contact": 1, "wrap_up": 0,
                              "not_ready": 0, "logged_out": 0, "after_call_work": 1}
    assert site["occupancy_pct"] == 50.0
    # Undeclared departments show under their ids: one by its queue, one by its case.
    assert set(doc["departments"]) == {"health", "urban", "parks", "roads"}
    parks, roads = doc["departments"]["parks"], doc["departments"]["roads"]
    assert (parks["offered"], parks["answered"], parks["agents"]["after_call_work"]) == (6, 5, 1)
    assert (roads["open_cases"], roads["overdue_cases"], roads["backlog"]) == (1, 1, 1)
    assert roads["oldest_case_age_s"] >= 7200.0
    assert set(doc["channels"]) == {"sms"}
