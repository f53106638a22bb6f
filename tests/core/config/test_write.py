"""Writing settings into the file: comments, order and layout kept; only valid files saved."""

from __future__ import annotations

import difflib
import math
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from tests.configtext import HAND_WRITTEN, comments, config_of
from wallboard.config.schema import TargetLevels
from wallboard.config.write import InvalidConfig, KeyPath, check, save, updated_text
from wallboard.engine import SlRule

EXAMPLE = Path(__file__).parents[3] / "wallboard" / "config" / "example.toml"


def changed_lines(before: str, after: str) -> tuple[list[str], list[str]]:
    """Lines taken out of ``before`` and put into ``after``."""
    diff = list(difflib.ndiff(before.splitlines(), after.splitlines()))
    return ([d[2:] for d in diff if d.startswith("- ")],
            [d[2:] for d in diff if d.startswith("+ ")])


# -- what the dialog edits ----------------------------------------------------------------

BAND = {"warning": 7, "critical": 9}
LOW_BAND = {"warning": 90, "critical": 80}  # lower is worse

#: Every key the dialog edits: its path, a new value, and where the Config holds it.
EDITED: list[tuple[KeyPath, Any, Any]] = [
    (("connection", "url"), "wss://other.example.org/w", lambda c: c.connection.url),
    (("connection", "ca_file"), r"C:\certs\ca.pem", lambda c: c.connection.ca_file),
    (("connection", "stale_after_s"), 30.5, lambda c: c.connection.stale_after_s),
    (("connection", "sl_rule"), SlRule.ANSWERED, lambda c: c.connection.sl_rule),
    (("display", "screen"), "HDMI-2", lambda c: c.display.screen),
    (("display", "windowed"), True, lambda c: c.display.windowed),
    (("display", "theme"), "light", lambda c: c.display.theme),
    (("display", "language"), "ar", lambda c: c.display.language),
    (("display", "pages"), ("agents", "overview"), lambda c: c.display.pages),
    (("display", "rotate_s"), 0.0, lambda c: c.display.rotate_s),
    (("display", "refresh_hz"), 2.5, lambda c: c.display.refresh_hz),
    (("display", "wall_name"), "Hall B", lambda c: c.display.wall_name),
    (("sound", "enabled"), True, lambda c: c.sound.enabled),
    (("sound", "volume_pct"), 35, lambda c: c.sound.volume_pct),
    (("sound", "file"), "/srv/chime.wav", lambda c: c.sound.file),
    (("alerts", "builtin"), False, lambda c: c.alerts.builtin),
    (("alerts", "anomaly", "enabled"), False, lambda c: c.alerts.anomaly.enabled),
    (("alerts", "anomaly", "sigmas"), 4.5, lambda c: c.alerts.anomaly.sigmas),
    *[(("targets", metric), LOW_BAND if metric in ("service_level_pct", "fcr_pct") else BAND,
       lambda c, m=metric: getattr(c.targets, m)) for metric in TargetLevels.__struct_fields__],
    (("targets", "departments", "tax", "asa_s"), BAND,
     lambda c: c.targets.departments["tax"].asa_s),
    (("targets", "queues", "health-ar-voice", "waiting"), BAND,
     lambda c: c.targets.queues["health-ar-voice"].waiting),
    (("targets", "channels", "email", "aht_s"), BAND, lambda c: c.targets.channels["email"].aht_s),
    (("targets", "languages", "tl", "occupancy_pct"), BAND,
     lambda c: c.targets.languages["tl"].occupancy_pct),
]


def expected(value: Any) -> Any:
    if isinstance(value, dict):
        return (value["warning"], value["critical"])
    return value


def got(value: Any) -> Any:
    if hasattr(value, "warning"):
        return (value.warning, value.critical)
    return value


@pytest.mark.parametrize("start", ["example", "hand-written", "empty"])
@pytest.mark.parametrize(("path", "value", "where"), EDITED,
                         ids=[".".join(p) for p, _, _ in EDITED])
def test_every_key_the_dialog_edits_round_trips(start: str, path: KeyPath, value: Any,
                                                where: Any) -> None:
    original = {"example": EXAMPLE.read_text(), "hand-written": HAND_WRITTEN, "empty": ""}[start]
    text = updated_text(original, {path: value})
    assert got(where(config_of(text))) == expected(value)
    assert comments(text) == comments(original)
    removed, _ = changed_lines(original, text)
    assert len(removed) <= 1, removed  # at most the key's own line
    assert updated_text(text, {path: value}) == text


def test_all_the_changes_at_once_keep_every_comment_and_untouched_line() -> None:
    changes = {path: value for path, value, _ in EDITED}
    text = updated_text(HAND_WRITTEN, changes)
    config = config_of(text)
    for path, value, where in EDITED:
        assert got(where(config)) == expected(value), path
    assert comments(text) == comments(HAND_WRITTEN)
    removed, _ = changed_lines(HAND_WRITTEN, text)
    assert sorted(removed) == sorted([
        'url = "wss://feed.example.org/wallboard"   # the feed since March',
        "stale_after_s = 15.0",
        'theme = "dark"',
        "waiting = { warning = 20, critical = 50 }",
        "builtin = true",
    ])


def test_a_changed_value_keeps_its_comment_in_its_column() -> None:
    column = HAND_WRITTEN.splitlines()[3].index("#")
    text = updated_text(HAND_WRITTEN, {("connection", "url"): "wss://f.example.org/w"})
    assert text.splitlines()[3] == 'url = "wss://f.example.org/w"'.ljust(column) + \
        "# the feed since March"
    longer = updated_text(HAND_WRITTEN, {("connection", "url"): "wss://" + "x" * 60})
    assert f'url = "wss://{"x" * 60}"  # the feed since March\n' in longer


def test_a_band_is_an_inline_table_spaced_like_the_example() -> None:
    text = updated_text(HAND_WRITTEN, {("targets", "waiting"): {"warning": 25, "critical": 60},
                                       ("targets", "overdue_cases"):
                                           {"warning": 0, "critical": math.inf}})
    assert "\nwaiting = { warning = 25, critical = 60 }\n" in text
    assert "\noverdue_cases = { warning = 0, critical = inf }\n" in text
    assert config_of(text).targets.overdue_cases.critical == math.inf


def test_a_new_key_goes_under_its_commented_out_line_or_after_the_last_key() -> None:
    text = updated_text(HAND_WRITTEN, {
        ("targets", "service_level_pct"): {"warning": 85, "critical": 75},
        ("display", "windowed"): True,
        ("connection", "ca_file"): "/etc/ca.pem",
    })
    assert ("# service_level_pct = { warning = 80, critical = 70 }\n"
            "service_level_pct = { warning = 85, critical = 75 }\n"
            "\n# Health answers faster.\n") in text
    assert "# windowed = true   (for a laptop)\nwindowed = true\n" in text
    assert 'stale_after_s = 15.0\nca_file = "/etc/ca.pem"\n\n[display]' in text


def test_a_new_scope_table_follows_its_siblings_under_no_one_elses_comment() -> None:
    text = updated_text(HAND_WRITTEN, {
        ("targets", "departments", "tax", "asa_s"): {"warning": 10, "critical": 20}})
    assert ("[targets.departments.health]\n"
            "longest_wait_s = { warning = 60, critical = 120 }\n"
            "\n"
            "[targets.departments.tax]\n"
            "asa_s = { warning = 10, critical = 20 }\n"
            "\n"
            "# Tagalog has fewer agents.\n"
            "[targets.languages.tl]\n") in text
    assert config_of(text).targets.departments["tax"].asa_s is not None


def test_missing_tables_are_created_in_a_file_without_them() -> None:
    text = updated_text("# Only a comment.\n", {
        ("targets", "queues", "q-7", "waiting"): BAND,
        ("sound", "enabled"): True,
    })
    assert text == ("# Only a comment.\n"
                    "\n[targets.queues.q-7]\nwaiting = { warning = 7, critical = 9 }\n"
                    "\n[sound]\nenabled = true\n")
    config_of(text)


def test_a_site_level_in_a_file_with_only_scope_tables_gets_a_targets_header() -> None:
    original = "[targets.departments.x]\nwaiting = { warning = 1, critical = 2 }\n"
    text = updated_text(original, {("targets", "waiting"): BAND})
    assert text.startswith("[targets]\nwaiting = { warning = 7, critical = 9 }\n")
    config = config_of(text)
    assert config.targets.waiting is not None and config.targets.departments["x"].waiting


def test_none_removes_a_key_and_a_table_left_empty() -> None:
    text = updated_text(HAND_WRITTEN, {("targets", "languages", "tl", "waiting"): None,
                                       ("targets", "waiting"): None,
                                       ("display", "no_such_key"): None,
                                       ("no", "such", "table"): None})
    assert "[targets.languages.tl]" not in text
    assert "waiting" not in text
    assert comments(text) == comments(HAND_WRITTEN)  # the comments stay, even the orphan
    config = config_of(text)
    assert config.targets.languages == {} and config.targets.waiting is None


def test_a_table_with_a_comment_on_its_header_stays_when_emptied() -> None:
    text = updated_text("[sound]  # the chime\nenabled = true\n", {("sound", "enabled"): None})
    assert text == "[sound]  # the chime\n"


def test_other_ways_of_writing_tables_are_kept() -> None:
    dotted = updated_text("display.theme = 'dark'\n", {("display", "windowed"): True})
    assert dotted == "display.theme = 'dark'\ndisplay.windowed = true\n"
    own_lines = updated_text("[targets.waiting]\nwarning = 1\ncritical = 2\n",
                             {("targets", "waiting"): {"warning": 3, "critical": 4}})
    assert own_lines == "[targets.waiting]\nwarning = 3\ncritical = 4\n"
    braces = updated_text("sound = { enabled = true }\n", {("sound", "volume_pct"): 20})
    assert config_of(braces).sound.volume_pct == 20
    no_newline = updated_text("[display]\ntheme = 'dark'", {("display", "windowed"): True})
    assert no_newline == "[display]\ntheme = 'dark'\nwindowed = true\n"


def test_a_value_under_a_key_that_is_not_a_table_is_refused() -> None:
    with pytest.raises(ValueError, match="display"):
        updated_text('display = "big"\n', {("display", "theme"): "dark"})
    with pytest.raises(ValueError):
        updated_text("[display\n", {("display", "theme"): "dark"})


# -- checking and saving ------------------------------------------------------------------


def test_check_refuses_a_band_the_wrong_way_round_with_its_line() -> None:
    text = updated_text(HAND_WRITTEN, {
        ("targets", "departments", "health", "longest_wait_s"): {"warning": 120, "critical": 60},
        ("targets", "fcr_pct"): {"warning": 75, "critical": 85}})
    loaded = check(text, "w.toml")
    assert not loaded.ok
    found = {(p.key, p.line) for p in loaded.problems}
    lines = text.splitlines()
    # The first mistake is reported (the loader stops there), with its line.
    assert found == {("targets.departments.health.longest_wait_s",
                      lines.index("longest_wait_s = { warning = 120, critical = 60 }") + 1)}
    assert "critical (60) must be above warning (120)" in loaded.problems[0].message
    fcr_only = updated_text(HAND_WRITTEN, {("targets", "fcr_pct"): {"warning": 75,
                                                                     "critical": 85}})
    (problem,) = check(fcr_only, "w.toml").problems
    assert problem.key == "targets.fcr_pct" and "must be below warning (75)" in problem.message
    assert check(HAND_WRITTEN, "w.toml").ok


def test_save_writes_atomically_and_keeps_the_previous_file(tmp_path: Path) -> None:
    path = tmp_path / "wallboard.toml"
    path.write_text(HAND_WRITTEN)
    path.chmod(0o640)
    inode = path.stat().st_ino
    text = updated_text(HAND_WRITTEN, {("display", "theme"): "light"})
    loaded = save(path, text)
    assert loaded.config is not None and loaded.config.display.theme == "light"
    assert path.read_text() == text
    assert (tmp_path / "wallboard.toml.bak").read_text() == HAND_WRITTEN
    assert path.stat().st_ino != inode  # a new file put in place, not the old one rewritten
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["wallboard.toml", "wallboard.toml.bak"]


def test_a_failed_write_leaves_the_file_and_no_temporary_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "wallboard.toml"
    path.write_text(HAND_WRITTEN)
    real_replace = os.replace

    def full_disk(src: str, dst: str) -> None:
        if Path(dst) == path:
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OSError, match="No space"):
        save(path, updated_text(HAND_WRITTEN, {("display", "theme"): "light"}))
    assert path.read_text() == HAND_WRITTEN
    assert sorted(p.name for p in tmp_path.iterdir()) == ["wallboard.toml", "wallboard.toml.bak"]


def test_save_creates_the_folder_and_follows_a_link(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "wallboard.toml"
    save(path, '[display]\ntheme = "light"\n')
    assert path.read_text() == '[display]\ntheme = "light"\n'
    assert not (path.parent / "wallboard.toml.bak").exists()
    link = tmp_path / "link.toml"
    link.symlink_to(path)
    save(link, '[display]\ntheme = "dark"\n')
    assert link.is_symlink()
    assert path.read_text() == '[display]\ntheme = "dark"\n'


@pytest.mark.parametrize(("changes", "key"), [
    ({("display", "rotate_s"): -1.0}, "display.rotate_s"),
    ({("display", "pages"): []}, "display"),
    ({("sound", "volume_pct"): 101}, "sound.volume_pct"),
    ({("targets", "waiting"): {"warning": 50, "critical": 20}}, "targets.waiting"),
    ({("targets", "asa_s"): {"warning": 10}}, "targets.asa_s"),
])
def test_save_refuses_an_invalid_result_and_touches_nothing(
    tmp_path: Path, changes: dict[KeyPath, object], key: str
) -> None:
    path = tmp_path / "wallboard.toml"
    path.write_text(HAND_WRITTEN)
    text = updated_text(HAND_WRITTEN, changes)
    with pytest.raises(InvalidConfig) as refused:
        save(path, text)
    fatal = [p for p in refused.value.problems if p.fatal]
    assert fatal and fatal[0].key == key
    assert fatal[0].line is not None and fatal[0].source == str(path)
    assert path.read_text() == HAND_WRITTEN
    assert sorted(p.name for p in tmp_path.iterdir()) == ["wallboard.toml"]
