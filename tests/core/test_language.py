"""The command line's language: the wall's .qm files read without Qt, chosen as the wall
chooses its own, English (and a log line) when a translation is missing or broken."""

from __future__ import annotations

import logging
import os
import random
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from wallboard import phrases, qm
from wallboard.language import TRANSLATED, chosen, code_of, speak, system_locale
from wallboard.phrases import Phrase
from wallboard.present import text
from wallboard.resources import resource_path

FOLDER = resource_path("translations")
URL = "ws://127.0.0.1:9/feed"

Table = dict[tuple[str, str], str]


def ts_table(code: str) -> Table:
    """(context, source) -> translation, of every finished message of the .ts source."""
    out: Table = {}
    for context in ET.parse(FOLDER / f"wallboard_{code}.ts").getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if not translation.get("type"):
                out[(name, message.findtext("source") or "")] = translation.text or ""
    return out


def said(table: Table, context: str, source: str, *values: str) -> str:
    return phrases.fill(table[(context, source)], values)


@pytest.fixture(scope="module")
def built() -> None:
    """The .qm files as `make translations` builds them (lrelease, Qt's own tool)."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for code in TRANSLATED:
        ts = FOLDER / f"wallboard_{code}.ts"
        qm_file = ts.with_suffix(".qm")
        if not qm_file.exists() or qm_file.stat().st_mtime < ts.stat().st_mtime:
            tool = str(lrelease) if lrelease.exists() else shutil.which("pyside6-lrelease")
            assert tool, "pyside6-lrelease not found (PySide6 has it)"
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm_file)], check=True,
                           timeout=60)


@pytest.fixture
def english_afterwards() -> Iterator[None]:
    style = text.number_style()
    yield
    phrases.use_translator(phrases.english)
    text.use_number_style(style)


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_reader_finds_every_translation_the_ts_source_has(built: None, code: str) -> None:
    catalog = qm.read(FOLDER / f"wallboard_{code}.qm")
    table = ts_table(code)
    assert catalog.language.split("_")[0] == code
    assert {(c, s) for c, s, _ in catalog.messages} == set(table)
    for (context, source), translation in table.items():
        assert catalog.translate(context, source) == translation, (context, source)
    # What the file does not have is the source itself, as with Qt's translate.
    assert catalog.translate("Command", "no such message") == "no such message"
    assert catalog.translate("Nowhere", "LIVE") == "LIVE"


@pytest.mark.parametrize(("damage", "why"), [
    (lambda data: b"not a qm file at all", "not a .qm file"),
    (lambda data: data[:-7], "runs past the end"),
    (lambda data: data[:16] + b"\x55\x00\x00\x00\x00" + data[16:], "unknown section"),
])
def test_a_damaged_file_is_refused_with_its_reason(built: None, tmp_path: Path,
                                                   damage: object, why: str) -> None:
    path = tmp_path / "wallboard_tr.qm"
    path.write_bytes(damage((FOLDER / "wallboard_tr.qm").read_bytes()))  # type: ignore[operator]
    with pytest.raises(qm.QmError, match=why):
        qm.read(path)


def test_no_damage_makes_the_reader_fail_otherwise(built: None) -> None:
    """Cut short anywhere or with bytes changed: a QmError or a catalog, never a crash."""
    data = (FOLDER / "wallboard_ar.qm").read_bytes()
    rng = random.Random(5)
    samples = [data[:n] for n in range(0, len(data), 97)]
    for _ in range(300):
        damaged = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            damaged[rng.randrange(16, len(damaged))] = rng.randrange(256)
        samples.append(bytes(damaged))
    refused = 0
    for sample in samples:
        try:
            qm.parse(sample)
        except qm.QmError:
            refused += 1
    assert refused >= len(data) // 97  # every cut is noticed


@pytest.mark.parametrize(("environ", "code"), [
    ({"LANG": "tr_TR.UTF-8"}, "tr"),
    ({"LANG": "tr_TR.UTF-8", "LC_MESSAGES": "vi_VN.UTF-8"}, "vi"),
    ({"LANG": "tr_TR.UTF-8", "LC_ALL": "ro_RO.UTF-8"}, "ro"),
    ({"LANG": "tr_TR.UTF-8", "LC_NUMERIC": "ar_OM.UTF-8"}, "tr"),
    ({"LANG": "tr_TR.UTF-8", "LC_ALL": "C"}, "en"),
    ({"LANG": "tr_TR", "LANGUAGE": "vi:tr"}, "vi"),
    ({"LANG": "C.UTF-8", "LANGUAGE": "ar"}, "ar"),
    ({"LANG": "POSIX", "LANGUAGE": "tr"}, "en"),
    ({"LC_MESSAGES": "ar_QA"}, "ar"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({}, "en"),
])
def test_the_systems_language_is_read_as_qt_reads_it(environ: dict[str, str], code: str) -> None:
    """The same table runs against Qt's QLocale.system() in tests/views/test_i18n.py."""
    assert code_of(system_locale(environ)) == code


def test_the_option_then_the_file_then_the_system(tmp_path: Path) -> None:
    path = tmp_path / "wallboard.toml"
    path.write_text('[display]\nlanguage = "ar_OM"\n', encoding="utf-8")
    system = {"LANG": "ro_RO.UTF-8"}
    assert chosen("tr", str(path), system) == "tr"
    assert chosen(None, str(path), system) == "ar"
    assert chosen(None, str(tmp_path / "none.toml"), system) == "ro"
    # A file with a mistake is not in force: the wall uses the defaults, and so do we.
    path.write_text('[display]\nlanguage = "ar"\ntheme = "blue"\n', encoding="utf-8")
    assert chosen(None, str(path), system) == "ro"
    assert chosen(None, "https://config.example.org/wall.toml", {"LANG": "C"}) == "en"


def test_speaking_a_language_translates_the_core_phrases(built: None,
                                                          english_afterwards: None) -> None:
    assert speak("vi") == "vi"
    table = ts_table("vi")
    phrase = Phrase(phrases.QT_TRANSLATE_NOOP("Command", "No token was stored for %1."), URL)
    assert phrases.say(phrase) == said(table, "Command", "No token was stored for %1.", URL)
    assert text.said(phrase) == phrases.say(phrase)
    assert str(phrase) == f"No token was stored for {URL}."  # the log's


@pytest.mark.parametrize(("content", "why"), [(None, "no translation at"),
                                               (b"\x00" * 64, "not a .qm file")])
def test_a_missing_or_broken_translation_speaks_english_and_logs_why(
        tmp_path: Path, caplog: pytest.LogCaptureFixture, english_afterwards: None,
        content: bytes | None, why: str) -> None:
    if content is not None:
        (tmp_path / "wallboard_tr.qm").write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="wallboard.language"):
        assert speak("tr", tmp_path) == "en"
    assert why in caplog.text and str(tmp_path / "wallboard_tr.qm") in caplog.text
    phrase = Phrase(phrases.QT_TRANSLATE_NOOP("Command", "No token was stored for %1."), URL)
    assert phrases.say(phrase) == f"No token was stored for {URL}."


def test_a_language_without_a_translation_is_english_quietly(
        caplog: pytest.LogCaptureFixture, english_afterwards: None) -> None:
    with caplog.at_level(logging.WARNING, logger="wallboard.language"):
        assert speak("de") == "en"
    assert caplog.records == []


def _wallboard(*args: str, **environ: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")} | environ
    return subprocess.run([sys.executable, "-m", "wallboard", *args], env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def test_config_check_says_a_typo_in_the_systems_language(built: None, tmp_path: Path) -> None:
    path = tmp_path / "wallboard.toml"
    path.write_text('[display]\ntheme = "blue"\n', encoding="utf-8")
    result = _wallboard("config", "--check", str(path), LANG="tr_TR.UTF-8")
    assert result.returncode == 1
    table = ts_table("tr")
    wrong = said(table, "Wall", "%1 (one of: %2)",
                 said(table, "Wall", "invalid value %1", "'blue'"), "dark, light")
    assert result.stderr.strip() == (f"{path}:2: display.theme: {wrong}  "
                                     f"[{table[('Command', 'error')]}]")
    path.write_text('[display]\ntheme = "light"\n', encoding="utf-8")
    result = _wallboard("--language", "ro", "config", "--check", str(path), LANG="tr_TR.UTF-8")
    assert result.returncode == 0
    assert result.stdout.strip() == said(ts_table("ro"), "Command", "%1: ok", str(path))


def test_logout_says_so_in_the_configured_language(built: None, tmp_path: Path) -> None:
    path = tmp_path / "wallboard.toml"
    path.write_text('[display]\nlanguage = "ar"\n', encoding="utf-8")
    # logout reads the usual configuration: point the platform's folders here.
    home = tmp_path / "config"
    (home / "wallboard").mkdir(parents=True)
    shutil.copy(path, home / "wallboard" / "wallboard.toml")
    result = _wallboard("logout", "--url", URL, LANG="C", XDG_CONFIG_HOME=str(home))
    assert result.returncode == 0, result.stderr
    key = "ws://127.0.0.1:9/feed"
    assert result.stderr.strip() == said(ts_table("ar"), "Command",
                                         "No token was stored for %1.", key)


def test_a_bad_url_is_said_in_the_language_and_the_probe_fails_in_it(built: None) -> None:
    result = _wallboard("--language", "vi", "logout", "--url", "feed.example.org")
    assert result.returncode == 2
    table = ts_table("vi")
    assert result.stderr.strip() == "wallboard logout: " + said(
        table, "Command", "not an absolute URL with a host: %1", "'feed.example.org'")
    result = _wallboard("--language", "tr", "probe", "--url", URL, "--seconds", "1",
                        "--config", "/nonexistent/wallboard.toml")
    assert result.returncode == 1
    table = ts_table("tr")
    reason = said(table, "Wall", "cannot connect to %1: connection refused", "127.0.0.1:9")
    assert result.stderr.strip() == "wallboard probe: " + said(
        table, "Command", "could not follow the feed at %1: %2", URL, reason)



def test_on_windows_the_users_locale_or_english(monkeypatch: pytest.MonkeyPatch) -> None:
    """Qt asks Windows, not the variables; here Windows' API is missing, as on a PC
    that cannot say: English, and no crash."""
    monkeypatch.setattr(sys, "platform", "win32")
    assert system_locale({}) == "C"
    assert system_locale({"LANG": "tr_TR"}) == "C"


def test_the_command_line_speaks_without_loading_qt(built: None) -> None:
    script = ("import sys\n"
              "from wallboard.cli import main\n"
              "code = main(['--language', 'tr', 'logout', '--url', 'feed.example.org'])\n"
              "print(code, sorted(m for m in sys.modules if m.startswith(('PySide6', "
              "'shiboken6'))))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.stdout.strip() == "2 []", done.stdout + done.stderr
    table = ts_table("tr")
    assert done.stderr.strip() == "wallboard logout: " + said(
        table, "Command", "not an absolute URL with a host: %1", "'feed.example.org'")
