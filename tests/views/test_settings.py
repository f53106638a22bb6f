"""The settings dialog, driven through its widgets, against a real file and a real keyring."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backends import fail
from keyrings.alt.file import PlaintextKeyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.configtext import HAND_WRITTEN, comments, config_of
from tests.keyrings import using
from wallboard.cli import build_parser
from wallboard.config.schema import TargetLevels
from wallboard.credentials import TOKEN_ENV, token_for
from wallboard.levels import DEFAULT_TARGETS
from wallboard.views.settings import NEW_FILE_HEADER, SettingsDialog, open_settings, run_settings

URL = "wss://feed.example.org/wallboard"
TOKEN = "s3cret-t0ken"


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    path = tmp_path / "wallboard.toml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    return path


def open_dialog(qtbot: QtBot, path: Path) -> SettingsDialog:
    dialog = SettingsDialog(path)
    qtbot.addWidget(dialog)
    dialog.resize(720, 600)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def press(qtbot: QtBot, dialog: SettingsDialog, which: QDialogButtonBox.StandardButton) -> None:
    button = dialog.buttonBox.button(which)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_level(qtbot: QtBot, dialog: SettingsDialog, metric: str, column: int,
               text: str) -> None:
    """Type into a cell of the thresholds as a person does: edit, type, Enter."""
    table = dialog.thresholdsTable
    item = table.item(TargetLevels.__struct_fields__.index(metric), column)
    assert item is not None
    table.setCurrentItem(item)
    table.editItem(item)
    editor = table.indexWidget(table.indexFromItem(item))
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: item.text() == text)  # the view commits it on its next turn


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_a_change_in_every_tab_is_saved_and_the_comments_kept(
    qtbot: QtBot, settings_file: Path, file_keyring: PlaintextKeyring
) -> None:
    dialog = open_dialog(qtbot, settings_file)
    # Connection
    retype(qtbot, dialog.urlEdit, "wss://feed2.example.org/live")
    dialog.staleSpin.setValue(30)
    dialog.slRuleCombo.setCurrentIndex(dialog.slRuleCombo.findData("answered"))
    # Screen
    dialog.tabs.setCurrentIndex(1)
    dialog.themeCombo.setCurrentIndex(dialog.themeCombo.findData("light"))
    dialog.windowedCheck.setChecked(True)
    qtbot.keyClicks(dialog.languageEdit, "ar")
    pages = dialog.pagesList
    titles = [pages.item(i).text() for i in range(pages.count())]
    pages.item(titles.index("Trends today")).setCheckState(Qt.CheckState.Unchecked)
    pages.setCurrentRow(titles.index("Agents"))
    qtbot.mouseClick(dialog.pageUpButton, Qt.MouseButton.LeftButton)
    dialog.rotateSpin.setValue(0)
    # Thresholds: the site, then a department not in the file yet
    dialog.tabs.setCurrentIndex(2)
    type_level(qtbot, dialog, "waiting", 0, "25")
    dialog.scopeCombo.setCurrentIndex(dialog.scopeCombo.count() - 1)  # "Add scope…"
    assert dialog.addScopeRow.isVisible()
    assert dialog.scopeCombo.currentText() == "Site"  # until one is added
    dialog.scopeKindCombo.setCurrentIndex(dialog.scopeKindCombo.findData("departments"))
    qtbot.keyClicks(dialog.scopeIdEdit, "tax")
    qtbot.mouseClick(dialog.addScopeButton, Qt.MouseButton.LeftButton)
    assert dialog.scopeCombo.currentText() == "Department: tax"
    type_level(qtbot, dialog, "asa_s", 1, "90")  # warning stays empty: the site's default
    # Alerts
    dialog.tabs.setCurrentIndex(3)
    dialog.soundCheck.setChecked(True)
    dialog.volumeSlider.setValue(35)
    dialog.anomalyCheck.setChecked(False)

    press(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)

    text = settings_file.read_text(encoding="utf-8")
    assert comments(text) == comments(HAND_WRITTEN)
    config = config_of(text)
    assert config.connection.url == "wss://feed2.example.org/live"
    assert config.connection.stale_after_s == 30
    assert config.connection.sl_rule == "answered"
    assert config.display.theme == "light" and config.display.windowed
    assert config.display.language == "ar"
    assert config.display.pages == ("overview", "departments", "agents", "channels")
    assert config.display.rotate_s == 0
    assert config.targets.waiting is not None
    assert (config.targets.waiting.warning, config.targets.waiting.critical) == (25, 50)
    tax = config.targets.departments["tax"].asa_s
    assert tax is not None and (tax.warning, tax.critical) == (DEFAULT_TARGETS.asa_s.warning, 90)
    assert config.targets.departments["health"].longest_wait_s is not None
    assert config.sound.enabled and config.sound.volume_pct == 35
    assert not config.alerts.anomaly.enabled
    # Only what changed: no defaults poured into the file.
    for untouched in ("refresh_hz", "ca_file", "wall_name", "screen", "sigmas", "aht_s"):
        assert untouched not in text
    assert "# windowed = true   (for a laptop)\nwindowed = true\n" in text
    assert settings_file.with_name("wallboard.toml.bak").read_text() == HAND_WRITTEN
    assert "Saved to wallboard.toml" in dialog.problemsLabel.text()
    assert TOKEN not in text

    # Applying again writes nothing new.
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    assert settings_file.read_text(encoding="utf-8") == text
    assert "Nothing was changed" in dialog.problemsLabel.text()


def test_an_invalid_edit_shows_the_problem_and_leaves_the_file(
    qtbot: QtBot, settings_file: Path, file_keyring: PlaintextKeyring
) -> None:
    dialog = open_dialog(qtbot, settings_file)
    dialog.tabs.setCurrentIndex(0)
    type_level(qtbot, dialog, "waiting", 1, "10")  # critical under a warning of 20
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    assert dialog.isVisible()  # OK does not close on a problem
    shown = dialog.problemsLabel.text()
    assert dialog.problemsLabel.isVisible()
    assert "Not saved" in shown
    assert "wallboard.toml, line 13, targets.waiting: critical (10) must be above warning (20)" \
        in shown
    assert dialog.tabs.currentIndex() == 2  # where the mistake is
    assert settings_file.read_text(encoding="utf-8") == HAND_WRITTEN
    assert not settings_file.with_name("wallboard.toml.bak").exists()

    # The mistake of a department is shown with that department's levels.
    type_level(qtbot, dialog, "waiting", 1, "60")
    dialog.scopeCombo.setCurrentIndex(dialog.scopeCombo.findText("Department: health"))
    type_level(qtbot, dialog, "longest_wait_s", 1, "30")
    dialog.scopeCombo.setCurrentIndex(0)
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    assert "targets.departments.health.longest_wait_s: critical (30) must be above warning" \
        in dialog.problemsLabel.text()
    assert dialog.scopeCombo.currentText() == "Department: health"
    assert settings_file.read_text(encoding="utf-8") == HAND_WRITTEN

    # Mended, OK saves and closes.
    type_level(qtbot, dialog, "longest_wait_s", 1, "120")
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    assert not dialog.isVisible()
    waiting = config_of(settings_file.read_text(encoding="utf-8")).targets.waiting
    assert waiting is not None and (waiting.warning, waiting.critical) == (20, 60)


def test_a_schema_mistake_is_shown_with_file_line_and_key(
    qtbot: QtBot, settings_file: Path, file_keyring: PlaintextKeyring
) -> None:
    dialog = open_dialog(qtbot, settings_file)
    dialog.tabs.setCurrentIndex(1)
    for i in range(dialog.pagesList.count()):
        dialog.pagesList.item(i).setCheckState(Qt.CheckState.Unchecked)
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    assert "wallboard.toml, line 7, display: needs at least one page" in \
        dialog.problemsLabel.text()
    assert settings_file.read_text(encoding="utf-8") == HAND_WRITTEN


def test_the_token_goes_to_the_keyring_and_never_into_the_file(
    qtbot: QtBot, settings_file: Path, file_keyring: PlaintextKeyring, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, settings_file)
    assert "PlaintextKeyring" in dialog.keyringLabel.text()
    assert dialog.tokenEdit.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(dialog.tokenEdit, TOKEN)
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    assert token_for(URL, {}) == TOKEN
    assert dialog.tokenEdit.text() == ""
    assert "stored in the keyring" in dialog.problemsLabel.text()
    assert settings_file.read_text(encoding="utf-8") == HAND_WRITTEN  # nothing else changed
    for path in tmp_path.iterdir():
        if path.name != "keyring_pass.cfg":
            assert TOKEN not in path.read_text(encoding="utf-8"), path


def test_without_a_keyring_the_rest_is_saved_and_the_reason_shown(
    qtbot: QtBot, settings_file: Path
) -> None:
    with using(fail.Keyring()):
        dialog = open_dialog(qtbot, settings_file)
        assert "not usable" in dialog.keyringLabel.text()
        dialog.themeCombo.setCurrentIndex(dialog.themeCombo.findData("light"))
        qtbot.keyClicks(dialog.tokenEdit, TOKEN)
        press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    assert dialog.isVisible()
    assert TOKEN_ENV in dialog.problemsLabel.text()
    text = settings_file.read_text(encoding="utf-8")
    assert config_of(text).display.theme == "light"
    assert TOKEN not in text
    assert dialog.tokenEdit.text() == TOKEN  # still there, to try again


def test_a_token_needs_a_url(qtbot: QtBot, settings_file: Path,
                             file_keyring: PlaintextKeyring) -> None:
    dialog = open_dialog(qtbot, settings_file)
    dialog.urlEdit.clear()
    qtbot.keyClicks(dialog.tokenEdit, TOKEN)
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    assert "needs the feed's URL" in dialog.problemsLabel.text()
    assert settings_file.read_text(encoding="utf-8") == HAND_WRITTEN


def test_a_missing_file_shows_the_defaults_and_is_started_with_only_the_change(
    qtbot: QtBot, tmp_path: Path, file_keyring: PlaintextKeyring
) -> None:
    path = tmp_path / "config" / "wallboard.toml"
    dialog = open_dialog(qtbot, path)
    assert dialog.themeCombo.currentData() == "dark"
    assert dialog.rotateSpin.value() == 20
    assert not dialog.problemsLabel.isVisible()
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    assert not path.exists()  # nothing changed, nothing written
    dialog.tabs.setCurrentIndex(1)
    dialog.themeCombo.setCurrentIndex(dialog.themeCombo.findData("light"))
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    assert path.read_text(encoding="utf-8") == NEW_FILE_HEADER + '[display]\ntheme = "light"\n'


def test_a_file_with_a_mistake_opens_and_apply_writes_what_is_shown(
    qtbot: QtBot, tmp_path: Path, file_keyring: PlaintextKeyring
) -> None:
    path = tmp_path / "wallboard.toml"
    path.write_text("# mine\n[display]\nrotate_s = -5  # oops\ntheme = \"light\"\n")
    dialog = open_dialog(qtbot, path)
    shown = dialog.problemsLabel.text()
    assert "wallboard.toml, line 3, display.rotate_s:" in shown
    assert dialog.themeCombo.currentData() == "light"  # the rest of the table is read
    assert dialog.rotateSpin.value() == 20
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    text = path.read_text(encoding="utf-8")
    assert text == "# mine\n[display]\nrotate_s = 20.0  # oops\ntheme = \"light\"\n"


def test_unknown_keys_are_pointed_out_and_kept(
    qtbot: QtBot, tmp_path: Path, file_keyring: PlaintextKeyring
) -> None:
    path = tmp_path / "wallboard.toml"
    path.write_text("[display]\nthem = \"light\"\n")
    dialog = open_dialog(qtbot, path)
    assert "wallboard.toml, line 2, display.them: unknown key, ignored; did you mean 'theme'?" \
        in dialog.problemsLabel.text()
    dialog.windowedCheck.setChecked(True)
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    assert path.read_text() == "[display]\nthem = \"light\"\nwindowed = true\n"


def test_the_thresholds_show_inherited_levels_in_grey(
    qtbot: QtBot, settings_file: Path, file_keyring: PlaintextKeyring
) -> None:
    from wallboard.views.settings import INHERITED_ROLE

    dialog = open_dialog(qtbot, settings_file)
    table = dialog.thresholdsTable
    assert table.rowCount() == len(TargetLevels.__struct_fields__) == 12
    row = TargetLevels.__struct_fields__.index("longest_wait_s")
    site = (table.item(row, 0), table.item(row, 1))
    assert [i.text() for i in site if i] == ["", ""]
    assert [i.data(INHERITED_ROLE) for i in site if i] == ["90", "180"]  # built in
    dialog.scopeCombo.setCurrentIndex(dialog.scopeCombo.findText("Department: health"))
    health = (table.item(row, 0), table.item(row, 1))
    assert [i.text() for i in health if i] == ["60", "120"]
    waiting = table.item(TargetLevels.__struct_fields__.index("waiting"), 0)
    assert waiting is not None and waiting.data(INHERITED_ROLE) == "20"  # the site's
    # Cleared levels leave the file; the department's table goes with them.
    type_level(qtbot, dialog, "longest_wait_s", 0, "")
    type_level(qtbot, dialog, "longest_wait_s", 1, "")
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    text = settings_file.read_text(encoding="utf-8")
    assert "[targets.departments.health]" not in text
    assert config_of(text).targets.departments == {}


def test_open_settings_shows_a_dialog_over_its_parent(
    qtbot: QtBot, settings_file: Path, file_keyring: PlaintextKeyring
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = open_settings(settings_file, parent)
    qtbot.waitExposed(dialog)
    assert dialog.isVisible() and dialog.parent() is parent
    assert dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    with qtbot.waitSignal(dialog.destroyed):
        press(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)


def test_the_dialog_renders(qtbot: QtBot, settings_file: Path, tmp_path: Path,
                            file_keyring: PlaintextKeyring) -> None:
    dialog = open_dialog(qtbot, settings_file)
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        picture = dialog.grab()
        assert (picture.width(), picture.height()) == (720, 600)
        assert picture.save(str(tmp_path / f"settings-{tab}.png"))


def test_the_settings_command(tmp_path: Path) -> None:
    args = build_parser().parse_args(["settings", "--config", str(tmp_path / "w.toml")])
    assert args.command == "settings" and args.config == str(tmp_path / "w.toml")
    assert build_parser().parse_args(["--config", "a.toml", "settings"]).config == "a.toml"
    url = build_parser().parse_args(["settings", "--config", "https://cfg.example.org/w.toml"])
    assert run_settings(url) == 2  # a central file is not edited from a desk
