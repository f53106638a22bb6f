"""The wall in its users' languages: every string translated, each language loaded,
numbers in the language's conventions, Arabic mirrored, no label clipped."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QPointF, QRect, Qt, QTime
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from tests.simulated import pinned_simulator
from tests.views.test_selftest import OK_LINE
from wallboard.feed import FeedOptions, FeedState, FeedThread
from wallboard.present import text
from wallboard.present.wall import HeaderView
from wallboard.resources import root
from wallboard.simulator.server import SimulatorServer
from wallboard.views.bridge import WallBridge
from wallboard.views.i18n import (
    RTL_LANGUAGES,
    SCRIPT_SAMPLES,
    TRANSLATED,
    install_language,
    language_code,
    load_fonts,
    missing_glyphs,
    number_style,
    tr,
    translations_folder,
)
from wallboard.views.pages.trends import hour_ticks
from wallboard.views.shots import frozen_view
from wallboard.views.widgets import FitLabel, Text
from wallboard.views.window import PAGE_KEYS, WallWindow

ROOT = root()
BIN = Path(sys.executable).parent
#: Placeholders a translation must keep, as many times as its source has them.
PLACEHOLDERS = re.compile(r"%\d|\{\}")
#: The calls whose first literal argument (last for the macro) is a source text.
TRANSLATING = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}

Messages = dict[tuple[str, str], tuple[str, str]]


def ts_path(language: str) -> Path:
    return translations_folder() / f"wallboard_{language}.ts"


def messages(path: Path) -> Messages:
    """(context, source) -> (translation, its type: "" when finished)."""
    out: Messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            out[(name, message.findtext("source") or "")] = (
                translation.text or "", translation.get("type", ""))
    return out


def tool(name: str) -> str:
    found = BIN / name if (BIN / name).exists() else shutil.which(name)
    if not found:
        pytest.fail(f"{name} not found beside {sys.executable} nor on PATH (PySide6 has it)")
    return str(found)


@pytest.fixture(scope="module")
def built() -> None:
    """The .qm files the wall loads, built from the .ts as `make translations` does."""
    for language in TRANSLATED:
        ts = ts_path(language)
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                           check=True, timeout=60)


@pytest.fixture
def speaking(qapp: QApplication, built: None) -> Iterator[None]:
    """Restores English, left to right, the default locale and number style afterwards."""
    load_fonts()
    before = QLocale()
    yield
    install_language(qapp, "en")
    QLocale.setDefault(before)
    text.use_number_style(text.NumberStyle())


@pytest.fixture(scope="module")
def updated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Messages]:
    """The committed .ts files brought up to date with the code and the forms by lupdate."""
    folder = tmp_path_factory.mktemp("ts")
    copies = []
    for language in TRANSLATED:
        copy = folder / ts_path(language).name
        shutil.copy(ts_path(language), copy)
        copies.append(str(copy))
    sources = sorted(str(p) for p in (ROOT / "wallboard").rglob("*.py"))
    forms = sorted(str(p) for p in (ROOT / "ui").glob("*.ui"))
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-no-obsolete", *sources, *forms,
                    "-ts", *copies], check=True, timeout=120, capture_output=True)
    return {language: messages(folder / ts_path(language).name) for language in TRANSLATED}


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_string_of_the_wall_and_the_settings_is_translated(
        language: str, updated: dict[str, Messages]) -> None:
    found = updated[language]
    unfinished = sorted(key for key, (_, kind) in found.items() if kind)
    assert not unfinished, (
        f"{len(unfinished)} strings have no {language} translation (make lupdate, then "
        f"translate them in {ts_path(language)}): {unfinished}")
    committed = messages(ts_path(language))
    assert set(committed) == set(found), (
        f"{ts_path(language).name} is not up to date with the code: run make lupdate")


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_their_placeholders(language: str) -> None:
    for (context, source), (translation, _) in messages(ts_path(language)).items():
        assert sorted(PLACEHOLDERS.findall(translation)) == sorted(
            PLACEHOLDERS.findall(source)), f"{language} {context}: {source!r} -> {translation!r}"


def _calls(tree: ast.AST) -> Iterator[tuple[ast.Call, str]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = (func.id if isinstance(func, ast.Name)
                    else func.attr if isinstance(func, ast.Attribute) else "")
            if name in TRANSLATING:
                yield node, name


def test_every_literal_the_code_translates_is_in_the_translations() -> None:
    """What lupdate cannot see: a context that is not a literal (it skips the call)
    and a tr("...") inside an f-string (it does not look there)."""
    sources = {source for language in TRANSLATED
               for (_, source), (_, kind) in messages(ts_path(language)).items() if not kind}
    problems = []
    for path in sorted((ROOT / "wallboard").rglob("*.py")):
        where = path.relative_to(ROOT)
        for call, name in _calls(ast.parse(path.read_text(encoding="utf-8"))):
            args = call.args
            if (name != "tr" and len(args) == 2 and not isinstance(args[0], ast.Constant)
                    and isinstance(args[1], ast.Constant)):
                problems.append(f"{where}:{call.lineno}: {name} with a context lupdate "
                                f"cannot read: {ast.unparse(args[0])}")
                continue
            index = TRANSLATING[name]
            if len(args) > index and isinstance(args[index], ast.Constant):
                literal = args[index].value
                if isinstance(literal, str) and literal and literal not in sources:
                    problems.append(f"{where}:{call.lineno}: {literal!r} is not translated")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ("en", *TRANSLATED))
def test_each_language_loads(qapp: QApplication, speaking: None, language: str) -> None:
    code = install_language(qapp, language)
    assert code == language
    rtl = language in RTL_LANGUAGES
    assert qapp.layoutDirection() == (Qt.LayoutDirection.RightToLeft if rtl
                                      else Qt.LayoutDirection.LeftToRight)
    assert QLocale().name().split("_")[0] == language
    for source in ("LIVE", "Service level", "Overview", "Not ready over %1"):
        if language == "en":
            assert tr(source) == source
        else:
            expected = messages(ts_path(language)).get(("Wall", source)) or messages(
                ts_path(language))[("", source)]
            assert tr(source) == expected[0] != source


def test_a_language_without_a_translation_keeps_english_labels_and_its_own_numbers(
        qapp: QApplication, speaking: None) -> None:
    assert install_language(qapp, "de_DE") == "de"
    assert tr("Service level") == "Service level"
    assert text.count(1234) == QLocale("de_DE").toString(1234)


def test_a_country_keeps_its_conventions(qapp: QApplication, speaking: None) -> None:
    assert install_language(qapp, "ar-OM") == "ar"
    assert QLocale().name() == "ar_OM"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft


@pytest.mark.parametrize("language", TRANSLATED)
def test_numbers_follow_the_locale(speaking: None, language: str) -> None:
    locale = QLocale(language)
    text.use_number_style(number_style(locale))
    assert text.count(1_234_567) == locale.toString(1_234_567)
    shown = text.percent(2.34)
    assert locale.toString(2.3, "f", 1) in shown and locale.percent() in shown
    # The percent sign where the language puts it: first in Turkish.
    assert shown.startswith(locale.percent()) == (language == "tr")
    assert text.percent(87.4).replace(locale.percent(), "").strip(
        text.NNBSP) == locale.toString(87)
    # 24-hour time as the locale writes it; durations keep m:ss in its digits.
    assert text.clock(21, 5) == locale.toString(QTime(21, 5), "HH:mm")
    assert text.duration(245) == f"{locale.toString(4)}:{locale.toString(0)}{locale.toString(5)}"
    # The charts' hours too.
    assert hour_ticks(24.0)[0][1] == (3.0, locale.toString(QTime(3, 0), "HH:mm"))


def test_the_header_writes_the_date_in_the_walls_language(qapp: QApplication, qtbot: QtBot,
                                                          speaking: None) -> None:
    from wallboard.views.chrome import Header

    for language in TRANSLATED:
        install_language(qapp, language)
        header = Header()
        qtbot.addWidget(header)
        day = date(2026, 11, 24)
        header.show_header(HeaderView("Centre", text.clock(9, 5), day, FeedState.LIVE, "LIVE",
                                      ""), "")
        assert QLocale(language).monthName(11, QLocale.FormatType.ShortFormat) in (
            header.date.text()), language
        assert QLocale(language).toString(QDate(2026, 11, 24), "yyyy") in header.date.text()


def test_the_banner_keeps_names_and_alerts_apart_on_a_right_to_left_wall(
        qapp: QApplication, speaking: None) -> None:
    from wallboard.levels import Level
    from wallboard.present.wall import AlertView
    from wallboard.views.chrome import END_ISOLATE, ISOLATE, RTL_ISOLATE, RTL_MARK, _alert_text

    alert = AlertView("q", Level.WARNING, "Longest wait", scope="Tax office", value="4:12",
                      threshold="3:00")
    install_language(qapp, "en")
    line = _alert_text(alert)
    assert f"{ISOLATE}Tax office{END_ISOLATE}: " in line
    assert line.startswith(Level.WARNING.glyph)
    install_language(qapp, "ar")
    line = _alert_text(alert)
    # Each alert reads right to left even when it starts with a Latin name.
    assert line.startswith(RTL_MARK + RTL_ISOLATE) and line.endswith(END_ISOLATE)
    assert f"{ISOLATE}Tax office{END_ISOLATE}" in line and tr("Longest wait") in line


@pytest.fixture
def simulator() -> Iterator[SimulatorServer]:
    with pinned_simulator(scenario="national", speed=20.0, seed=7) as server:
        yield server


def _wall(qtbot: QtBot, url: str, size: tuple[int, int]) -> tuple[WallWindow, FeedThread,
                                                                    WallBridge]:
    feed = FeedThread(FeedOptions(url)).start()
    window = WallWindow(rotate_s=0)
    qtbot.addWidget(window)
    window.setFixedSize(*size)
    window.show()
    bridge = WallBridge(feed, url=url, refresh_hz=10)
    bridge.attach(window)
    bridge.start()

    def live() -> bool:
        figures, health = feed.figures()
        return figures is not None and health.figures_are_live

    qtbot.waitUntil(live, timeout=30_000)
    return window, feed, bridge


def test_arabic_mirrors_the_wall_and_keeps_the_time_axes_left_to_right(
        qapp: QApplication, qtbot: QtBot, speaking: None, simulator: SimulatorServer) -> None:
    install_language(qapp, "ar")
    window, feed, bridge = _wall(qtbot, simulator.url, (1920, 1080))
    try:
        bridge.refresh()
        overview = window.pages[0]
        qtbot.waitUntil(lambda: len(overview.tiles) > 1  # type: ignore[attr-defined]
                        and overview.tiles["service_level"].width() > 100)  # type: ignore[attr-defined]
        header = window.header
        # Right to left: the site's name on the right, the clock on the left.
        assert header.site.geometry().x() > header.clock.geometry().x()
        tiles = list(overview.tiles.values())  # type: ignore[attr-defined]
        first, second = tiles[0], tiles[1]
        assert first.geometry().x() > second.geometry().x()
        assert tr(tiles[0].label.text()) == tiles[0].label.text()
        assert "مستوى الخدمة" in {t.label.text() for t in tiles}
        window.show_page("trends")
        bridge.refresh()
        qapp.processEvents()
        trends = window.current_page
        chart = trends._widgets[0]  # type: ignore[attr-defined]
        box = trends.volume.vb  # type: ignore[attr-defined]
        # Earlier hours are drawn left of later ones, as charts' time axes usually are.
        one, twenty = (chart.mapFromScene(box.mapViewToScene(QPointF(h, 0))).x()
                       for h in (1.0, 20.0))
        assert one < twenty
    finally:
        bridge.stop()
        feed.stop()


def _clipped(label: QLabel) -> str:
    """Why ``label`` is drawn cut short ("" when it is not): elided, a line too wide,
    or wrapped on more lines than its box has room for."""
    shown, box = label.text(), label.contentsRect()
    if isinstance(label, Text) and not label.wordWrap():
        # Drawn smaller first, on two lines where it may; then cut with an ellipsis.
        return f"cut short in {box.width()} px" if label.elided() else ""
    if label.wordWrap():  # on as many lines as it takes, each within the box
        metrics = label.fontMetrics()
        needed = metrics.boundingRect(
            QRect(0, 0, box.width(), 100_000), int(Qt.TextFlag.TextWordWrap), shown)
        # The last line may lose the room under its letters, not the letters.
        width, height = needed.width(), needed.height() - metrics.descent()
    else:  # one line: its width (a line's height has room for descenders it may not need)
        width, height = label.fontMetrics().horizontalAdvance(shown), 0
    if width > box.width() + 1 or height > box.height() + 1:  # a pixel of rounding
        return f"{width}x{height} in {box.width()}x{box.height()}"
    return ""


def clipped_at(qapp: QApplication, qtbot: QtBot, language: str,
               size: tuple[int, int]) -> dict[tuple[str, str, int], str]:
    """Every label of every page cut short in ``language`` at ``size``, by (page, its
    name, its place among the page's labels of that name: the same label in every
    language, even where a language's taller letters leave room for a row fewer):
    the docs' frozen moment of the simulated centre."""
    install_language(qapp, language)
    view = frozen_view(minutes=45)  # after the language: the core writes in its style
    window = WallWindow(rotate_s=0)
    qtbot.addWidget(window)
    window.setFixedSize(*size)
    window.show()
    out = {}
    for page in PAGE_KEYS:
        window.show_page(page)
        qtbot.waitUntil(lambda: window.current_page.isVisible())
        window.show_view(view)
        for _ in range(3):  # the layouts settle (each pass may ask for another)
            qapp.processEvents()
        shown = [label for label in window.findChildren(QLabel)
                 if label.isVisibleTo(window) and label.text() and label.width() > 0
                 and not isinstance(label, FitLabel)]
        places: dict[str, int] = {}
        for label in shown:
            name = label.objectName()
            places[name] = place = places.get(name, -1) + 1
            why = _clipped(label)
            if why:
                out[(page, name, place)] = f"{page}: {name} {label.text()!r}: {why}"
    window.close()
    return out


SIZES = {"1280x720": (1280, 720), "1920x1080": (1920, 1080)}


@pytest.mark.parametrize(("language", "size"), [
    pytest.param(language, SIZES[size], id=f"{language}-{size}")
    for language in TRANSLATED for size in SIZES])
def test_no_label_is_clipped_that_fits_in_english(
        qapp: QApplication, qtbot: QtBot, speaking: None, language: str,
        size: tuple[int, int]) -> None:
    """Translations are longer than English (Vietnamese and Romanian most): none may cut a
    label the English wall draws whole. (What English itself cuts is the layout's.)"""
    english = clipped_at(qapp, qtbot, "en", size)
    translated = clipped_at(qapp, qtbot, language, size)
    worse = [why for place, why in sorted(translated.items()) if place not in english]
    assert not worse, "\n".join(worse)


def test_the_shipped_fonts_draw_every_script_of_the_wall_and_its_names(
        qapp: QApplication, speaking: None, monkeypatch: pytest.MonkeyPatch) -> None:
    assert len(load_fonts()) >= 5
    assert missing_glyphs() == []
    # A script none of them has is reported, with its characters.
    monkeypatch.setitem(SCRIPT_SAMPLES, "Thai", "ไทย")
    assert missing_glyphs() == ["Thai (ทยไ)"]


def no_system_fonts(folder: Path) -> dict[str, str]:
    """An environment whose fontconfig sees no font of the system: only what the wall ships."""
    conf = folder / "fonts.conf"
    conf.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>{folder / "none"}</dir><cachedir>{folder / "cache"}</cachedir></fontconfig>
""", encoding="utf-8")
    return {**os.environ, "FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(folder / "config"), "XDG_DATA_HOME": str(folder / "data"),
            "XDG_STATE_HOME": str(folder / "state")}


def test_the_self_test_passes_in_arabic_with_only_the_shipped_fonts(tmp_path: Path,
                                                                    built: None) -> None:
    result = subprocess.run([sys.executable, "-m", "wallboard", "--self-test", "--language",
                             "ar"], env=no_system_fonts(tmp_path), capture_output=True,
                            text=True, timeout=180, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    found = OK_LINE.match(result.stdout.strip().splitlines()[0])
    assert found, result.stdout
    assert found["language"] == "ar"


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_settings_dialog_speaks_the_language(qapp: QApplication, qtbot: QtBot,
                                                 speaking: None, tmp_path: Path,
                                                 language: str) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from wallboard.views.settings import SettingsDialog

    install_language(qapp, language)
    table = messages(ts_path(language))
    dialog = SettingsDialog(tmp_path / "wallboard.toml")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == table[("SettingsDialog", "Wallboard settings")][0]
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == table[("QPlatformTheme", "Cancel")][0]
    rules = dialog.slRuleCombo.itemText(0)
    assert table[("Wall", "answered in threshold / (answered + abandoned − short abandons)")][  # noqa: RUF001
        0] in rules


def test_the_settings_command_speaks_the_files_language(qapp: QApplication, speaking: None,
                                                        tmp_path: Path) -> None:
    from wallboard.views.settings import _configured_language

    path = tmp_path / "wallboard.toml"
    assert _configured_language(path) is None
    path.write_text('[display]\nlanguage = "tr"\n', encoding="utf-8")
    assert _configured_language(path) == "tr"



@pytest.mark.parametrize(("given", "code"), [
    ("ar-OM", "ar"), ("tr_TR", "tr"), ("vi", "vi"), ("C", "en"), ("POSIX", "en"),
    ("C.UTF-8", "en"), ("en_GB.UTF-8", "en"),
])
def test_a_bare_machines_c_locale_is_english(given: str, code: str) -> None:
    """A service or a fresh control-room PC runs in the C locale: English, no warning."""
    assert language_code(given) == code


def _said(table: Messages, source: str, *values: str) -> str:
    """``source`` as ``table`` translates it, its values put in (a test of the tables)."""
    out = table[("Wall", source)][0]
    for n, value in enumerate(values, start=1):
        out = out.replace(f"%{n}", value)
    return out


@pytest.mark.parametrize("language", ("tr", "ar"))
def test_a_configuration_with_a_typo_is_said_in_the_walls_language_and_logged_in_english(
        qapp: QApplication, speaking: None, tmp_path: Path, caplog: pytest.LogCaptureFixture,
        language: str) -> None:
    from wallboard.clock import FakeClock
    from wallboard.config.store import ConfigStore

    path = tmp_path / "wallboard.toml"
    path.write_text('[connection]\nstale_afer_s = 5\n[display]\ntheme = "blue"\n',
                    encoding="utf-8")
    install_language(qapp, language)
    table = messages(ts_path(language))
    store = ConfigStore(path, explicit=True, clock=FakeClock())
    with caplog.at_level("WARNING", logger="wallboard.config.store"):
        store.load()
    bridge = WallBridge(None, url=None, store=store)
    typo, fatal, kept = bridge.problems()
    # The file, the line and the key as they are; what is wrong in the wall's language.
    assert typo == f"· {path}:2: connection.stale_afer_s: " + _said(
        table, "unknown key, ignored; did you mean %1?", "'stale_after_s'")
    assert fatal == f"⚠ {path}:4: display.theme: " + _said(
        table, "%1 (one of: %2)", _said(table, "invalid value %1", "'blue'"), "dark, light")
    assert kept == _said(table, "Configuration not applied: %1",
                         _said(table, "the defaults are in use"))
    # The log is the engineers': English, whatever the wall speaks.
    logged = [r.getMessage() for r in caplog.records]
    assert (f"configuration: {path}:2: connection.stale_afer_s: unknown key, ignored; "
            f"did you mean 'stale_after_s'?") in logged
    assert (f"configuration: {path}:4: display.theme: invalid value 'blue' "
            f"(one of: dark, light)") in logged


def test_why_the_feed_cannot_be_reached_is_said_in_the_walls_language(
        qapp: QApplication, qtbot: QtBot, speaking: None, caplog: pytest.LogCaptureFixture
) -> None:
    """A real client against a port nobody listens on: the empty state's reason."""
    import socket

    from wallboard.views.chrome import EmptyState

    with socket.socket() as probe:  # a free port, closed again: connections are refused
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"ws://127.0.0.1:{port}"
    install_language(qapp, "tr")
    feed = FeedThread(FeedOptions(url)).start()
    try:
        qtbot.waitUntil(lambda: feed.figures()[1].last_error is not None, timeout=30_000)
        bridge = WallBridge(feed, url=url)
        view = bridge.refresh()
    finally:
        feed.stop()
    assert view.empty is not None
    empty = EmptyState()
    qtbot.addWidget(empty)
    empty.show_empty(view.empty)
    table = messages(ts_path("tr"))
    assert empty.message.text() == _said(table, "cannot connect to %1: connection refused",
                                         f"127.0.0.1:{port}")
    assert empty.title.text() == table[("Wall", "Cannot reach the feed")][0]
    assert f"feed: cannot connect to 127.0.0.1:{port}: connection refused" in caplog.text


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_command_lines_reader_finds_what_qts_translator_finds(
        qapp: QApplication, built: None, language: str) -> None:
    """wallboard/qm.py reads the .qm files without Qt; QTranslator is the reference."""
    from PySide6.QtCore import QTranslator

    from wallboard import qm

    path = translations_folder() / f"wallboard_{language}.qm"
    catalog = qm.read(path)
    reference = QTranslator()
    assert reference.load(str(path))
    assert catalog.language == reference.language()
    assert len(catalog.messages) == len(messages(ts_path(language)))
    for context, source, comment in catalog.messages:
        expected = reference.translate(context, source, comment or None) or source
        assert catalog.translate(context, source, comment) == expected, (context, source)
    for context, source in (("Wall", "not in the file"), ("Command", "LIVE"), ("", "")):
        assert catalog.translate(context, source) == (
            reference.translate(context, source) or source)


def test_the_command_line_and_the_wall_speak_the_same_languages() -> None:
    from wallboard import language

    assert language.TRANSLATED == TRANSLATED


@pytest.mark.parametrize("environ", [
    {"LANG": "tr_TR.UTF-8"}, {"LANG": "tr_TR.UTF-8", "LC_MESSAGES": "vi_VN.UTF-8"},
    {"LANG": "tr_TR.UTF-8", "LC_ALL": "ro_RO.UTF-8"}, {"LANG": "tr_TR", "LC_NUMERIC": "ar_OM"},
    {"LANG": "tr_TR.UTF-8", "LC_ALL": "C"}, {"LANG": "tr_TR", "LANGUAGE": "vi:tr"},
    {"LANG": "C.UTF-8", "LANGUAGE": "ar"}, {"LANG": "POSIX", "LANGUAGE": "tr"},
    {"LC_MESSAGES": "ar_QA"}, {"LANG": "C.UTF-8"}, {},
], ids=lambda e: " ".join(f"{k}={v}" for k, v in e.items()) or "nothing")
def test_the_command_line_reads_the_systems_language_as_the_wall_does(
        environ: dict[str, str]) -> None:
    """The wall asks Qt (QLocale.system()); the command line reads the variables itself."""
    from wallboard.language import system_locale

    env = {k: v for k, v in os.environ.items()
           if k not in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_NUMERIC")} | environ
    wall = subprocess.run(
        [sys.executable, "-c", "from wallboard.views.i18n import language_code; "
                               "print(language_code(None))"],
        env=env, capture_output=True, text=True, timeout=60, check=True).stdout.strip()
    assert language_code(system_locale(environ)) == wall


def test_the_walls_own_troubles_are_said_in_its_language(
        qapp: QApplication, speaking: None, tmp_path: Path) -> None:
    """An interval store that cannot be written, on the ticker, in Romanian; the
    database's own words as they are."""
    import msgspec

    from tests.builders import T0, SiteBuilder
    from wallboard.clock import FakeClock
    from wallboard.engine import Engine
    from wallboard.history.store import IntervalStore
    from wallboard.history.writer import StoreWriter, sample_of
    from wallboard.protocol.decode import decode

    install_language(qapp, "ro")
    engine = Engine()
    assert engine.apply(decode(msgspec.json.encode(SiteBuilder().snapshot(T0)))) is None  # type: ignore[arg-type]
    blocker = tmp_path / "data"
    blocker.write_text("a file where the store's folder should be")
    store = IntervalStore(blocker / "intervals.sqlite3")
    clock = FakeClock(T0)
    writer = StoreWriter(store, lambda: sample_of(engine, True, clock.now_ms()), clock=clock)
    bridge = WallBridge(None, url=None, clock=clock)
    bridge.store_writer = writer
    try:
        assert not writer.tick()
        problem = writer.problem
        assert problem is not None and problem.startswith("Interval store not written (")
        (shown,) = bridge.refresh().problems
        why = problem.removeprefix("Interval store not written (").removesuffix(
            "); trying again")
        assert shown == "⚠ " + _said(messages(ts_path("ro")),
                                     "Interval store not written (%1); trying again", why)
    finally:
        store.close()
