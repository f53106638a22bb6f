"""The configuration file: every key, clear problems, last good kept, central files."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from tests.polling import wait_for
from wallboard.clock import FakeClock
from wallboard.config import docs
from wallboard.config.load import parse
from wallboard.config.schema import DEFAULT_CONFIG, Config, Metric, Rule
from wallboard.config.store import CentralFetcher, ConfigStore
from wallboard.engine import SlRule
from wallboard.phrases import Phrase

EXAMPLE = Path(__file__).parents[3] / "wallboard" / "config" / "example.toml"
README = Path(__file__).parents[3] / "README.md"


def loaded(text: str) -> Config:
    result = parse(text, "t.toml")
    assert result.config is not None, [str(p) for p in result.problems]
    assert [p for p in result.problems if p.fatal] == []
    return result.config


def test_the_example_is_valid_and_shows_every_key() -> None:
    text = EXAMPLE.read_text()
    result = parse(text, "example.toml")
    assert result.ok and result.problems == ()
    for key, _, _ in docs.settings():
        assert key.rsplit(".", 1)[-1] in text, key
    for key, _, _ in docs.settings(Rule):
        assert f"\n{key} = " in text, key


def test_an_empty_file_is_the_defaults() -> None:
    assert loaded("") == DEFAULT_CONFIG


@pytest.mark.parametrize(("text", "check"), [
    ('central = "https://cfg.example.org/w.toml"',
     lambda c: c.central == "https://cfg.example.org/w.toml"),
    ('[connection]\nurl = "wss://f.example.org/w"', lambda c: c.connection.url.startswith("wss")),
    ('[connection]\nca_file = "/etc/ca.pem"', lambda c: c.connection.ca_file == "/etc/ca.pem"),
    ("[connection]\nstale_after_s = 30", lambda c: c.connection.stale_after_s == 30),
    ('[connection]\nsl_rule = "answered"', lambda c: c.connection.sl_rule is SlRule.ANSWERED),
    ('[display]\nscreen = "HDMI-2"', lambda c: c.display.screen == "HDMI-2"),
    ("[display]\nwindowed = true", lambda c: c.display.windowed),
    ('[display]\ntheme = "light"', lambda c: c.display.theme == "light"),
    ('[display]\nlanguage = "ar"', lambda c: c.display.language == "ar"),
    ('[display]\npages = ["trends", "overview"]',
     lambda c: c.display.pages == ("trends", "overview")),
    ("[display]\nrotate_s = 0", lambda c: c.display.rotate_s == 0),
    ("[display]\nrefresh_hz = 2", lambda c: c.display.refresh_hz == 2),
    ('[display]\nwall_name = "ops-2"', lambda c: c.display.wall_name == "ops-2"),
    ("[sound]\nenabled = true", lambda c: c.sound.enabled),
    ("[sound]\nvolume_pct = 10", lambda c: c.sound.volume_pct == 10),
    ('[sound]\nfile = "/x.wav"', lambda c: c.sound.file == "/x.wav"),
    ("[targets]\nasa_s = { warning = 1, critical = 2 }", lambda c: c.targets.asa_s.critical == 2),
    ("[targets.departments.tax]\nwaiting = { warning = 1, critical = 2 }",
     lambda c: c.targets.departments["tax"].waiting.warning == 1),
    ('[targets.queues."q-1"]\nfcr_pct = { warning = 80, critical = 70 }',
     lambda c: c.targets.queues["q-1"].fcr_pct.critical == 70),
    ("[targets.channels.sms]\noccupancy_pct = { warning = 1, critical = 2 }",
     lambda c: c.targets.channels["sms"].occupancy_pct is not None),
    ("[targets.languages.ar]\nwaiting = { warning = 1, critical = 2 }",
     lambda c: "ar" in c.targets.languages),
    ("[alerts]\nbuiltin = false", lambda c: not c.alerts.builtin),
    ('[alerts]\nlog_file = "/var/lib/w.db"', lambda c: c.alerts.log_file == "/var/lib/w.db"),
    ("[alerts.anomaly]\nenabled = false\nsigmas = 4\nmin_rise_pts = 2\nmin_contacts = 10\n"
     "history_days = 7",
     lambda c: (c.alerts.anomaly.enabled, c.alerts.anomaly.sigmas,
                c.alerts.anomaly.history_days) == (False, 4, 7)),
    ('[[alerts.rules]]\nid = "x"\nmetric = "waiting"\nscope = "queue:*"\nwarning = 2\n'
     'critical = 4\nfor_s = 1\nclear_after_s = 2\nhysteresis = 1\nmin_volume = 3\n'
     'hours = ["Sat-Sun 00:00-24:00"]\nenabled = false\ntext = "t"',
     lambda c: (c.alerts.rules[0].metric, c.alerts.rules[0].hours, c.alerts.rules[0].enabled)
     == (Metric.WAITING, ("Sat-Sun 00:00-24:00",), False)),
], ids=lambda v: v.split("\n")[0][:40] if isinstance(v, str) else "")
def test_every_key_is_read(text: str, check: object) -> None:
    assert check(loaded(text))  # type: ignore[operator]


@pytest.mark.parametrize(("text", "line", "key", "says"), [
    ("[connection]\nstale_after_s = \"fifteen\"", 2, "connection.stale_after_s",
     "expected a number, got text"),
    ("[connection]\nstale_after_s = 0", 2, "connection.stale_after_s", "expected a number > 0"),
    ('[display]\ntheme = "blue"', 2, "display.theme", "(one of: dark, light)"),
    ('[display]\n\npages = ["overview", "news"]', 3, "display.pages[1]", "invalid value 'news'"),
    ("[display]\npages = []", 1, "display", "needs at least one page"),
    ("[sound]\nvolume_pct = 150", 2, "sound.volume_pct", "<= 100"),
    ("[targets.queues.q1]\nwaiting = { warning = 1 }", 2, "targets.queues.q1.waiting",
     "missing the key 'critical'"),
    ('[[alerts.rules]]\nid = "a"\nmetric = "queue_length"', 3, "alerts.rules[0].metric",
     "invalid value 'queue_length'"),
    ('[[alerts.rules]]\nid = "a"\nmetric = "waiting"\nscope = "team:x"', 1, "alerts.rules[0]",
     "scope 'team:x' is not"),
    ('[[alerts.rules]]\nid = "a"\nmetric = "backlog"', 1, "alerts.rules[0]",
     "has no target: the rule needs 'warning'"),
    ('[[alerts.rules]]\nid = "a"\nmetric = "waiting"\nhours = ["weekdays"]', 4,
     "alerts.rules[0].hours", "'weekdays' is not like 'Mon-Fri 08:00-18:00'"),
    ("[targets]\n\nwaiting = { warning = 5, critical = 2 }", 3, "targets.waiting",
     "critical (2) must be above warning (5) or equal to it"),
    ('[targets.queues."q-1"]\nfcr_pct = { warning = 80, critical = 90 }', 2,
     'targets.queues.q-1.fcr_pct', "critical (90) must be below warning (80)"),
    ('[[alerts.rules]]\nid = "a"\nmetric = "fcr_pct"\nwarning = 70\ncritical = 80', 1,
     "alerts.rules[0]", "critical must be past warning"),
    ("[display]\nrotate_s = 5\n[display]\n", 3, "", "not valid TOML"),
    ("[connection\nurl = 1", 1, "", "not valid TOML"),
])
def test_a_mistake_names_file_line_key_and_what_was_expected(
        text: str, line: int, key: str, says: str) -> None:
    result = parse(text, "wall.toml")
    assert result.config is None
    (problem,) = [p for p in result.problems if p.fatal]
    assert (problem.source, problem.line, problem.key) == ("wall.toml", line, key)
    assert says in problem.message
    assert str(problem).startswith(f"wall.toml:{line}:")


def test_unknown_keys_are_warnings_with_the_likely_key() -> None:
    result = parse("[connection]\nurl = \"ws://x\"\nstale_afer_s = 5\n[colours]\nx = 1\n",
                   "w.toml")
    assert result.ok
    assert [(p.line, p.key, p.fatal) for p in result.problems] == [
        (3, "connection.stale_afer_s", False), (4, "colours", False)]
    assert "did you mean 'stale_after_s'?" in result.problems[0].message


# -- the store ----------------------------------------------------------------------------


def test_a_broken_file_at_start_gives_the_defaults_and_says_why(tmp_path: Path) -> None:
    path = tmp_path / "w.toml"
    path.write_text('[display]\ntheme = "blue"\n')
    store = ConfigStore(path, explicit=True, clock=FakeClock())
    assert store.load()
    assert store.config == DEFAULT_CONFIG
    assert [str(p) for p in store.fatal_problems] == [
        f"{path}:2: display.theme: invalid value 'blue' (one of: dark, light)"]


def test_a_missing_named_file_is_a_problem_but_the_usual_place_is_not(tmp_path: Path) -> None:
    named = ConfigStore(tmp_path / "nope.toml", explicit=True, clock=FakeClock())
    named.load()
    assert "no such file" in str(named.problems[0])
    usual = ConfigStore(tmp_path / "nope.toml", explicit=False, clock=FakeClock())
    usual.load()
    assert usual.problems == () and usual.config == DEFAULT_CONFIG


def test_reload_keeps_the_last_good_configuration(tmp_path: Path) -> None:
    clock = FakeClock()
    path = tmp_path / "w.toml"
    path.write_text('[display]\ntheme = "light"\n')
    store = ConfigStore(path, explicit=True, clock=clock)
    store.load()
    assert store.config.display.theme == "light"
    path.write_text('[display]\ntheme = "light"\nrotate_s = "often"\n')
    clock.advance(1)
    assert not store.poll()
    assert store.config.display.theme == "light"
    assert store.fatal_problems[0].line == 3
    path.write_text('[display]\ntheme = "dark"\nrotate_s = 5\n')
    clock.advance(1)
    assert store.poll()
    assert (store.config.display.theme, store.config.display.rotate_s) == ("dark", 5)
    assert store.problems == ()
    # Nothing changed: no new configuration, and the file is not even read.
    clock.advance(1)
    assert not store.poll()


def test_an_unreadable_file_keeps_the_last_good(tmp_path: Path) -> None:
    clock = FakeClock()
    path = tmp_path / "w.toml"
    path.write_text("[display]\nrotate_s = 7\n")
    store = ConfigStore(path, explicit=True, clock=clock)
    store.load()
    path.write_bytes(b"[display]\nrotate_s = 8 # \xff\xfe\n")
    clock.advance(1)
    assert not store.poll()
    assert store.config.display.rotate_s == 7
    assert "not UTF-8" in str(store.problems[0])


def test_a_central_file_under_the_local_one(tmp_path: Path) -> None:
    clock = FakeClock()
    (tmp_path / "central.toml").write_text(
        '[display]\ntheme = "light"\nrotate_s = 30\n[connection]\nurl = "wss://c/w"\n')
    local = tmp_path / "w.toml"
    local.write_text('central = "central.toml"\n[display]\nscreen = "HDMI-2"\nrotate_s = 10\n')
    store = ConfigStore(local, explicit=True, clock=clock)
    store.load()
    d = store.config.display
    assert (d.theme, d.screen, d.rotate_s, store.config.connection.url) == (
        "light", "HDMI-2", 10, "wss://c/w")
    # A mistake in the central file is reported as the central file's, and the last good stays.
    (tmp_path / "central.toml").write_text('[display]\ntheme = "grey"\n')
    clock.advance(1)
    assert not store.poll()
    assert store.config.display.theme == "light"
    assert store.fatal_problems[0].source == str(tmp_path / "central.toml")


class _Central(http.server.BaseHTTPRequestHandler):
    body = b'[display]\ntheme = "light"\n'
    requests: ClassVar[list[str | None]] = []

    def do_GET(self) -> None:
        type(self).requests.append(self.headers.get("If-None-Match"))
        if self.headers.get("If-None-Match") == '"v1"' and type(self).body.endswith(b'"\n'):
            self.send_response(304)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("ETag", '"v1"')
        self.send_header("Content-Length", str(len(type(self).body)))
        self.end_headers()
        self.wfile.write(type(self).body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def central_server() -> Iterator[http.server.HTTPServer]:
    server = http.server.HTTPServer(("127.0.0.1", 0), _Central)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_a_central_configuration_over_https_url_with_a_cached_copy(
        tmp_path: Path, central_server: http.server.HTTPServer) -> None:
    url = f"http://127.0.0.1:{central_server.server_address[1]}/wall.toml"
    cache = tmp_path / "cache.toml"

    def fetcher(u: str) -> CentralFetcher:
        return CentralFetcher(u, every_s=0.05, timeout_s=2, cache=cache)

    store = ConfigStore.for_argument(url, clock=FakeClock(), fetcher=fetcher)
    wait_for(lambda: store.load() and store.config.display.theme == "light", timeout=5)
    assert store.config.display.theme == "light"
    wait_for(lambda: '"v1"' in _Central.requests, timeout=5)  # asks again with its ETag
    store.stop()
    central_server.shutdown()
    central_server.server_close()
    # The server is gone: a new wall starts with the copy it kept.
    again = ConfigStore.for_argument(url, clock=FakeClock(), fetcher=fetcher)
    again.load()
    assert again.config.display.theme == "light"
    wait_for(lambda: (again.load(), any("unreachable" in str(p) for p in again.problems))[1],
          timeout=5)
    assert again.config.display.theme == "light"
    again.stop()


def test_the_readme_documents_every_setting_and_rule() -> None:
    readme = README.read_text()
    for table in (docs.settings_markdown(), docs.rule_keys_markdown(), docs.metrics_markdown(),
                  docs.rules_markdown()):
        assert table in readme, "README tables are generated: wallboard config --markdown"


@pytest.mark.parametrize(("text", "key"), [
    ('[connection]\nstale_after_s = "fifteen"', "connection.stale_after_s"),
    ("[connection]\nstale_after_s = 0", "connection.stale_after_s"),
    ('[display]\ntheme = "blue"', "display.theme"),
    ("[display]\npages = []", "display"),
    ("[targets.queues.q1]\nwaiting = { warning = 1 }", "targets.queues.q1.waiting"),
    ('[[alerts.rules]]\nid = "a"\nmetric = "waiting"\nscope = "team:x"', "alerts.rules[0]"),
    ('[[alerts.rules]]\nid = "a"\nmetric = "backlog"', "alerts.rules[0]"),
    ('[[alerts.rules]]\nid = "a"\nmetric = "waiting"\nhours = ["weekdays"]',
     "alerts.rules[0].hours"),
    ("[targets]\nwaiting = { warning = 5, critical = 2 }", "targets.waiting"),
    ('[[alerts.rules]]\nid = "a"\nmetric = "fcr_pct"\nwarning = 70\ncritical = 80',
     "alerts.rules[0]"),
    ('[reports]\ndaily_at = "25:00"', "reports"),
    ("[agents]\nnot_ready_limits_s = { lunch = -5 }", "agents"),
    ('[[alerts.rules]]\nid = "a"\nmetric = "waiting"\n[[alerts.rules]]\nid = "a"\n'
     'metric = "waiting"', "alerts"),
    ("[connection\nurl = 1", ""),
    ("[connection]\nstale_afer_s = 5", "connection.stale_afer_s"),
])
def test_each_mistake_can_be_said_in_the_walls_language(text: str, key: str) -> None:
    """The screen says a mistake in the wall's language: its message is a Phrase built
    from a template (not English the translations cannot know), the values as they are."""
    (problem,) = parse(text, "wall.toml").problems
    assert problem.key == key
    assert isinstance(problem.message, Phrase), problem.message
    shouted = problem.said(lambda _context, source: source.upper())
    assert shouted != str(problem)
    # The file, the line and the key as they are: only the message is the translation's.
    where = f"wall.toml:{problem.line}:" if problem.line else "wall.toml:"
    assert shouted.startswith(where + (f" {key}:" if key else ""))
    assert str(problem).startswith(where) and problem.message in str(problem)
