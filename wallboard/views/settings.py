"""The settings dialog: the configuration file and the feed's token, for a supervisor at a desk.

The form is ``ui/settings.ui``, loaded with QUiLoader. The dialog shows the
file's settings (the defaults where the file says nothing); Apply or OK
writes only what was changed into the file's own text (``config.write``),
keeping its comments, and saves it only when the wall would accept it;
otherwise the problems are shown (file, line, key, what is wrong) and the
file stays as it was. A new token goes to the keyring, never into the file.

``wallboard settings`` opens the dialog on its own; the wall opens it with
:func:`open_settings`.
"""

from __future__ import annotations

import argparse
import logging
import math
import re
import sys
import typing
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import msgspec
from PySide6.QtCore import (
    QFile,
    QIODevice,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
)
from PySide6.QtGui import QColor, QPalette, QRegularExpressionValidator
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from wallboard import credentials
from wallboard.config import docs
from wallboard.config.load import Problem, read_toml
from wallboard.config.schema import PAGES, Config, TargetLevels
from wallboard.config.store import ConfigStore, default_path, is_url
from wallboard.config.write import InvalidConfig, KeyPath, check, save, updated_text
from wallboard.engine import SlRule
from wallboard.levels import DEFAULT_TARGETS
from wallboard.present.text import QT_TRANSLATE_NOOP, said
from wallboard.resources import ui_path
from wallboard.views.i18n import tr as translated

log = logging.getLogger(__name__)

_C = "SettingsDialog"  # the translation context, as for the form's own texts

#: The start of a file the dialog creates.
NEW_FILE_HEADER = (
    "# Wallboard configuration (TOML), started by `wallboard settings`.\n"
    "# `wallboard config --example` prints every key with what it means.\n\n"
)

METRIC_LABELS: Mapping[str, str] = {
    "waiting": QT_TRANSLATE_NOOP("SettingsDialog", "Waiting now"),
    "longest_wait_s": QT_TRANSLATE_NOOP("SettingsDialog", "Longest wait, s"),
    "service_level_pct": QT_TRANSLATE_NOOP("SettingsDialog", "Service level, %"),
    "abandon_rate_pct": QT_TRANSLATE_NOOP("SettingsDialog", "Abandon rate, %"),
    "asa_s": QT_TRANSLATE_NOOP("SettingsDialog", "Average speed of answer, s"),
    "aht_s": QT_TRANSLATE_NOOP("SettingsDialog", "Average handle time, s"),
    "fcr_pct": QT_TRANSLATE_NOOP("SettingsDialog", "First-contact resolution, %"),
    "out_of_scope_pct": QT_TRANSLATE_NOOP("SettingsDialog", "Out of scope, %"),
    "occupancy_pct": QT_TRANSLATE_NOOP("SettingsDialog", "Occupancy, %"),
    "overdue_cases": QT_TRANSLATE_NOOP("SettingsDialog", "Overdue cases"),
    "callbacks_overdue": QT_TRANSLATE_NOOP("SettingsDialog", "Overdue callbacks"),
    "oldest_message_s": QT_TRANSLATE_NOOP("SettingsDialog", "Oldest message waiting, s"),
}
#: The wall's own page titles (the pages' ``title``), in the wall's context.
PAGE_TITLES: Mapping[str, str] = {
    "overview": QT_TRANSLATE_NOOP("Wall", "Overview"),
    "departments": QT_TRANSLATE_NOOP("Wall", "Departments"),
    "channels": QT_TRANSLATE_NOOP("Wall", "Channels and languages"),
    "agents": QT_TRANSLATE_NOOP("Wall", "Agents"),
    "trends": QT_TRANSLATE_NOOP("Wall", "Trends today"),
}
#: Tables of ``[targets]`` with levels per id, and how the scope selector names one.
SCOPE_KINDS: Mapping[str, tuple[str, str]] = {
    "departments": (QT_TRANSLATE_NOOP("SettingsDialog", "Department"),
                    QT_TRANSLATE_NOOP("SettingsDialog", "Department: {}")),
    "queues": (QT_TRANSLATE_NOOP("SettingsDialog", "Queue"),
               QT_TRANSLATE_NOOP("SettingsDialog", "Queue: {}")),
    "channels": (QT_TRANSLATE_NOOP("SettingsDialog", "Channel"),
                 QT_TRANSLATE_NOOP("SettingsDialog", "Channel: {}")),
    "languages": (QT_TRANSLATE_NOOP("SettingsDialog", "Language"),
                  QT_TRANSLATE_NOOP("SettingsDialog", "Language: {}")),
}
THEMES: Mapping[str, str] = {
    "dark": QT_TRANSLATE_NOOP("SettingsDialog", "Dark, for control rooms"),
    "light": QT_TRANSLATE_NOOP("SettingsDialog", "Light, for bright offices"),
}

#: A scope of the thresholds: () for the site, or (table, id) such as ("departments", "tax").
Scope = tuple[str, ...]
SITE: Scope = ()
_ADD_SCOPE = "add"
#: The level a cell takes when it is empty, in grey.
INHERITED_ROLE = Qt.ItemDataRole.UserRole + 1
_LEVEL = QRegularExpression(r"^\s*(-?\d*([.,]\d*)?|none|inf)\s*$",
                            QRegularExpression.PatternOption.CaseInsensitiveOption)
_COLUMNS = ("warning", "critical")
_W = TypeVar("_W", bound=QWidget)


def tr(text: str, context: str = _C) -> str:
    return translated(text, context)


# -- levels as text ----------------------------------------------------------------------


def level_text(value: float) -> str:
    """A level as a cell shows it: ``20``, ``12.5``, or ``none`` for never."""
    value = float(value)
    if math.isinf(value):
        return "none"
    return str(int(value)) if value.is_integer() else repr(value)


def level_value(text: str) -> float | None:
    """The level typed in a cell (None when empty); ValueError when it is not a number."""
    text = text.strip().lower()
    if not text:
        return None
    if text in ("none", "inf"):
        return math.inf
    value = float(text.replace(",", "."))
    if math.isnan(value):
        raise ValueError(text)
    return value


def _written(value: float) -> float | int:
    """Whole levels as whole numbers, as a person writes them (``20``, not ``20.0``)."""
    return int(value) if float(value).is_integer() else value


# -- reading a file that may have mistakes -----------------------------------------------

_MISSING: Any = object()


def _plain_type(tp: Any) -> Any:
    return typing.get_args(tp)[0] if typing.get_origin(tp) is typing.Annotated else tp


def _salvage(value: Any, tp: Any, path: KeyPath, bad: set[KeyPath]) -> Any:
    """``value`` without what does not validate as ``tp``; the paths left out go to ``bad``."""
    try:
        msgspec.convert(value, tp, str_keys=True)
        return value
    except msgspec.ValidationError:
        pass
    plain = _plain_type(tp)
    args = typing.get_args(plain)
    if isinstance(value, Mapping):
        types: Mapping[str, Any] | None = None
        if isinstance(plain, type) and issubclass(plain, msgspec.Struct):
            types = {f.encode_name: f.type for f in msgspec.structs.fields(plain)}
        elif typing.get_origin(plain) is dict and len(args) == 2:
            types = {key: args[1] for key in value}
        if types is not None:
            kept = {key: _salvage(item, types[key], (*path, str(key)), bad)
                    for key, item in value.items() if key in types}
            kept = {key: item for key, item in kept.items() if item is not _MISSING}
            try:
                msgspec.convert(kept, tp, str_keys=True)
                return kept
            except msgspec.ValidationError:
                pass
    bad.add(path)
    return _MISSING


def lenient(raw: Mapping[str, Any]) -> tuple[Config, set[KeyPath]]:
    """The configuration of ``raw`` with each wrong setting at its default, and their paths."""
    bad: set[KeyPath] = set()
    kept = _salvage(dict(raw), Config, (), bad)
    return (Config() if kept is _MISSING else msgspec.convert(kept, Config, str_keys=True)), bad


# -- the thresholds table ----------------------------------------------------------------


class _LevelDelegate(QStyledItemDelegate):
    """Edits a level; an empty cell shows the level it inherits, in grey."""

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        inherited = index.data(INHERITED_ROLE)
        if not option.text and inherited:
            option.text = inherited
            palette = QPalette(option.palette)
            grey = palette.color(QPalette.ColorRole.PlaceholderText)
            palette.setColor(QPalette.ColorRole.Text, grey)
            palette.setColor(QPalette.ColorRole.HighlightedText, grey)
            option.palette = palette
            font = option.font
            font.setItalic(True)
            option.font = font

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setValidator(QRegularExpressionValidator(_LEVEL, editor))
        editor.setPlaceholderText(index.data(INHERITED_ROLE) or "")
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return editor


# -- the dialog --------------------------------------------------------------------------


class _FormLoader(QUiLoader):
    """Builds the form into an existing dialog instead of a new one."""

    def __init__(self, base: QWidget) -> None:
        super().__init__(base)
        self._base: QWidget | None = base

    def createWidget(self, className: str, parent: QWidget | None = None,
                     name: str = "") -> QWidget:
        if parent is None and self._base is not None:
            base, self._base = self._base, None
            return base
        return super().createWidget(className, parent, name)


class SettingsDialog(QDialog):
    """Edits the configuration file at ``path`` and the feed's token in the keyring."""

    def __init__(self, path: Path, *,
                 store_token: Callable[[str, str], None] = credentials.store_token,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._store_token = store_token
        self._load_form()
        self._baseline = Config()
        #: Settings the file has wrong: written as shown on Apply, changed or not.
        self._bad: set[KeyPath] = set()
        #: The thresholds' cells of each scope, as typed (warning, critical).
        self._levels: dict[Scope, dict[str, list[str]]] = {}
        self._scope: Scope = SITE
        self._setup()
        self._read_file()

    # -- building ---------------------------------------------------------------------

    def _load_form(self) -> None:
        form = QFile(str(ui_path("settings.ui")))
        if not form.open(QIODevice.OpenModeFlag.ReadOnly):
            raise OSError(f"cannot read {ui_path('settings.ui')}: {form.errorString()}")
        try:
            loader = _FormLoader(self)
            if loader.load(form, None) is not self:
                raise RuntimeError(f"settings.ui did not load: {loader.errorString()}")
        finally:
            form.close()
        find = self._find
        self.fileLabel = find(QLabel, "fileLabel")
        self.tabs = find(QTabWidget, "tabs")
        self.urlEdit = find(QLineEdit, "urlEdit")
        self.caFileEdit = find(QLineEdit, "caFileEdit")
        self.caFileBrowse = find(QPushButton, "caFileBrowse")
        self.staleSpin = find(QDoubleSpinBox, "staleSpin")
        self.slRuleCombo = find(QComboBox, "slRuleCombo")
        self.tokenEdit = find(QLineEdit, "tokenEdit")
        self.keyringLabel = find(QLabel, "keyringLabel")
        self.screenCombo = find(QComboBox, "screenCombo")
        self.windowedCheck = find(QCheckBox, "windowedCheck")
        self.themeCombo = find(QComboBox, "themeCombo")
        self.languageEdit = find(QLineEdit, "languageEdit")
        self.pagesList = find(QListWidget, "pagesList")
        self.pageUpButton = find(QPushButton, "pageUpButton")
        self.pageDownButton = find(QPushButton, "pageDownButton")
        self.rotateSpin = find(QDoubleSpinBox, "rotateSpin")
        self.refreshSpin = find(QDoubleSpinBox, "refreshSpin")
        self.wallNameEdit = find(QLineEdit, "wallNameEdit")
        self.scopeCombo = find(QComboBox, "scopeCombo")
        self.addScopeRow = find(QWidget, "addScopeRow")
        self.scopeKindCombo = find(QComboBox, "scopeKindCombo")
        self.scopeIdEdit = find(QLineEdit, "scopeIdEdit")
        self.addScopeButton = find(QPushButton, "addScopeButton")
        self.cancelScopeButton = find(QPushButton, "cancelScopeButton")
        self.thresholdsTable = find(QTableWidget, "thresholdsTable")
        self.soundCheck = find(QCheckBox, "soundCheck")
        self.volumeSlider = find(QSlider, "volumeSlider")
        self.volumeLabel = find(QLabel, "volumeLabel")
        self.soundFileEdit = find(QLineEdit, "soundFileEdit")
        self.soundFileBrowse = find(QPushButton, "soundFileBrowse")
        self.builtinCheck = find(QCheckBox, "builtinCheck")
        self.anomalyCheck = find(QCheckBox, "anomalyCheck")
        self.sigmasSpin = find(QDoubleSpinBox, "sigmasSpin")
        self.problemsLabel = find(QLabel, "problemsLabel")
        self.buttonBox = find(QDialogButtonBox, "buttonBox")

    def _find(self, cls: type[_W], name: str) -> _W:
        widget = self.findChild(cls, name)
        if widget is None:
            raise LookupError(f"settings.ui has no {cls.__name__} {name!r}")
        return widget

    def _setup(self) -> None:
        for rule in SlRule:
            self.slRuleCombo.addItem(f"{rule.value}: {tr(rule.describe(), 'Wall')}", rule.value)
        self.screenCombo.addItem(tr("Primary screen"), "")
        from wallboard.views.display import screen_names

        for name in screen_names():
            self.screenCombo.addItem(name, name)
        for theme, label in THEMES.items():
            self.themeCombo.addItem(tr(label), theme)
        for kind, (label, _) in SCOPE_KINDS.items():
            self.scopeKindCombo.addItem(tr(label), kind)
        self.addScopeRow.hide()
        self._setup_table()
        self._describe_keys()
        self._show_keyring()
        self.problemsLabel.hide()

        self.caFileBrowse.clicked.connect(self._browse_ca_file)
        self.soundFileBrowse.clicked.connect(self._browse_sound_file)
        self.volumeSlider.valueChanged.connect(
            lambda value: self.volumeLabel.setText(f"{value} %"))
        self.pageUpButton.clicked.connect(lambda: self._move_page(-1))
        self.pageDownButton.clicked.connect(lambda: self._move_page(+1))
        self.anomalyCheck.toggled.connect(self.sigmasSpin.setEnabled)
        self.scopeCombo.currentIndexChanged.connect(self._scope_chosen)
        self.addScopeButton.clicked.connect(self._add_scope_from_row)
        self.scopeIdEdit.returnPressed.connect(self._add_scope_from_row)
        self.cancelScopeButton.clicked.connect(self.addScopeRow.hide)
        self.buttonBox.clicked.connect(self._button_clicked)
        # Enter in a field must not close the dialog half-way through an edit.
        for button in self.buttonBox.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)

    def _setup_table(self) -> None:
        table = self.thresholdsTable
        metrics = TargetLevels.__struct_fields__
        descriptions = {key: text for key, _, text in docs.settings(TargetLevels)}
        table.setRowCount(len(metrics))
        for row, metric in enumerate(metrics):
            label = tr(METRIC_LABELS[metric])
            if metric in ("service_level_pct", "fcr_pct"):  # as Metric.lower_is_worse
                label += " ↓"
            header = QTableWidgetItem(label)
            header.setToolTip(descriptions.get(metric, "").replace("`", ""))
            table.setVerticalHeaderItem(row, header)
            for column in range(len(_COLUMNS)):
                item = QTableWidgetItem("")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, column, item)
        table.setItemDelegate(_LevelDelegate(table))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def _describe_keys(self) -> None:
        """Each field's tooltip is its setting's description, declared once in the schema."""
        described = {key: text.replace("`", "") for key, _, text in docs.settings()}
        for key, widget in (
            ("connection.url", self.urlEdit), ("connection.ca_file", self.caFileEdit),
            ("connection.stale_after_s", self.staleSpin), ("connection.sl_rule", self.slRuleCombo),
            ("display.screen", self.screenCombo), ("display.windowed", self.windowedCheck),
            ("display.theme", self.themeCombo), ("display.language", self.languageEdit),
            ("display.pages", self.pagesList), ("display.rotate_s", self.rotateSpin),
            ("display.refresh_hz", self.refreshSpin), ("display.wall_name", self.wallNameEdit),
            ("sound.enabled", self.soundCheck), ("sound.volume_pct", self.volumeSlider),
            ("sound.file", self.soundFileEdit), ("alerts.builtin", self.builtinCheck),
            ("alerts.anomaly.enabled", self.anomalyCheck),
            ("alerts.anomaly.sigmas", self.sigmasSpin),
        ):
            widget.setToolTip(f"{described.get(key, '')}\n[{key}]")

    def _show_keyring(self) -> None:
        try:
            description = credentials.describe_backend()
        except Exception as error:  # asking a keyring may fail in many ways
            description = f"? ({error})"
        self.keyringLabel.setText(description)

    # -- from the file to the widgets -------------------------------------------------

    def _current_text(self) -> str | None:
        """The file's text now, or None when there is no file yet."""
        try:
            return self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None

    def _read_file(self) -> None:
        self.fileLabel.setText(tr("Settings file: {}").format(self.path))
        problems: list[Problem] = []
        try:
            text = self._current_text()
        except (OSError, UnicodeDecodeError) as error:
            text = None
            problems.append(Problem(str(self.path), None, "", f"cannot read: {error}"))
        raw: dict[str, Any] = {}
        if text is not None:
            parsed, syntax = read_toml(text, str(self.path))
            if syntax is not None:
                problems.append(syntax)
            raw = parsed or {}
        config, self._bad = lenient(raw)
        if text is not None and not problems:
            problems.extend(check(text, str(self.path)).problems)
        self._baseline = config
        self._fill(config)
        central = raw.get("central")
        if isinstance(central, str) and central:
            self.fileLabel.setText(self.fileLabel.text() + "\n" + tr(
                "Laid over {}: what this file leaves out comes from there and is not "
                "shown here.").format(central))
        if any(p.fatal for p in problems):
            self._show_problems(problems, intro=tr(
                "The file has mistakes; the settings they concern show their defaults, "
                "and Apply writes what is shown:"))
        elif problems:
            self._show_problems(problems, intro=tr("The wall ignores these keys of the file:"))

    def _fill(self, config: Config) -> None:
        c = config.connection
        self.urlEdit.setText(c.url)
        self.caFileEdit.setText(c.ca_file)
        self.staleSpin.setValue(c.stale_after_s)
        self.slRuleCombo.setCurrentIndex(max(0, self.slRuleCombo.findData(c.sl_rule.value)))
        d = config.display
        index = self.screenCombo.findData(d.screen)
        if index < 0:
            self.screenCombo.addItem(tr("{} (not connected)").format(d.screen), d.screen)
            index = self.screenCombo.count() - 1
        self.screenCombo.setCurrentIndex(index)
        self.windowedCheck.setChecked(d.windowed)
        self.themeCombo.setCurrentIndex(max(0, self.themeCombo.findData(d.theme)))
        self.languageEdit.setText(d.language)
        self.pagesList.clear()
        for page in (*d.pages, *(p for p in PAGES if p not in d.pages)):
            item = QListWidgetItem(tr(PAGE_TITLES[page], "Wall"))
            item.setData(Qt.ItemDataRole.UserRole, page)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsDragEnabled)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
            item.setCheckState(Qt.CheckState.Checked if page in d.pages
                               else Qt.CheckState.Unchecked)
            self.pagesList.addItem(item)
        self.rotateSpin.setValue(d.rotate_s)
        self.refreshSpin.setValue(d.refresh_hz)
        self.wallNameEdit.setText(d.wall_name)
        self.soundCheck.setChecked(config.sound.enabled)
        self.volumeSlider.setValue(config.sound.volume_pct)
        self.volumeLabel.setText(f"{config.sound.volume_pct} %")
        self.soundFileEdit.setText(config.sound.file)
        self.builtinCheck.setChecked(config.alerts.builtin)
        self.anomalyCheck.setChecked(config.alerts.anomaly.enabled)
        self.sigmasSpin.setValue(config.alerts.anomaly.sigmas)
        self.sigmasSpin.setEnabled(config.alerts.anomaly.enabled)
        self._fill_levels(config)
        self._fit_lists()

    def _fit_lists(self) -> None:
        """The pages' list and the thresholds' table as tall as their rows, no scrolling."""
        pages = self.pagesList
        pages.setFixedHeight(pages.sizeHintForRow(0) * pages.count() + 2 * pages.frameWidth())
        table = self.thresholdsTable
        rows = table.verticalHeader()
        rows.setDefaultSectionSize(table.sizeHintForRow(0))
        table.setFixedHeight(table.horizontalHeader().sizeHint().height()
                             + rows.defaultSectionSize() * table.rowCount()
                             + 2 * table.frameWidth())

    def _fill_levels(self, config: Config) -> None:
        self._levels = {}
        for scope in _scopes(config):
            self._levels[scope] = {
                metric: ["", ""] if band is None else
                [level_text(band.warning), level_text(band.critical)]
                for metric, band in ((m, _band(config, scope, m))
                                     for m in TargetLevels.__struct_fields__)}
        combo = self.scopeCombo
        combo.blockSignals(True)
        combo.clear()
        for scope in self._levels:
            combo.addItem(_scope_label(scope), scope)
        combo.addItem(tr("Add scope…"), _ADD_SCOPE)
        combo.setCurrentIndex(0)
        combo.blockSignals(False)
        self._scope = SITE
        self._show_scope(SITE)

    # -- the thresholds' scopes -------------------------------------------------------

    def _show_scope(self, scope: Scope) -> None:
        cells = self._levels[scope]
        for row, metric in enumerate(TargetLevels.__struct_fields__):
            inherited = self._inherited(scope, metric)
            for column in range(len(_COLUMNS)):
                item = self._cell(row, column)
                item.setText(cells[metric][column])
                item.setData(INHERITED_ROLE, inherited[column])

    def _keep_scope(self) -> None:
        """Take the table's cells into the scope they belong to."""
        for row, metric in enumerate(TargetLevels.__struct_fields__):
            self._levels[self._scope][metric] = [
                self._cell(row, column).text().strip() for column in range(len(_COLUMNS))]

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.thresholdsTable.item(row, column)
        assert item is not None  # made in _setup_table
        return item

    def _inherited(self, scope: Scope, metric: str) -> tuple[str, str]:
        """What an empty cell means: the site's level for a scope, the built-in one for the site."""
        if scope != SITE:
            site = self._levels[SITE][metric]
            defaults = self._inherited(SITE, metric)
            return (site[0] or defaults[0], site[1] or defaults[1])
        band = getattr(DEFAULT_TARGETS, metric)
        if band is None:  # service level: from each queue's own target in the feed
            margin = level_text(DEFAULT_TARGETS.service_level_margin_pct)
            return (tr("the queue's target"), tr("{} under warning").format(margin))
        return (level_text(band.warning), level_text(band.critical))

    def _scope_chosen(self, index: int) -> None:
        data = self.scopeCombo.itemData(index)
        if data == _ADD_SCOPE:
            self.scopeCombo.blockSignals(True)
            self.scopeCombo.setCurrentIndex(self._scope_index(self._scope))
            self.scopeCombo.blockSignals(False)
            self.addScopeRow.show()
            self.scopeIdEdit.setFocus()
            return
        self._keep_scope()
        self._scope = tuple(data)
        self._show_scope(self._scope)

    def _scope_index(self, scope: Scope) -> int:
        # findData compares Python objects by identity: look for an equal tuple instead.
        combo = self.scopeCombo
        return next((i for i in range(combo.count()) if combo.itemData(i) == scope), -1)

    def _add_scope_from_row(self) -> None:
        scope_id = self.scopeIdEdit.text().strip()
        if not scope_id:
            self.scopeIdEdit.setFocus()
            return
        self.add_scope(self.scopeKindCombo.currentData(), scope_id)
        self.scopeIdEdit.clear()
        self.addScopeRow.hide()

    def add_scope(self, kind: str, scope_id: str) -> None:
        """Show the levels of one department, queue, channel or language (a new one: empty)."""
        scope: Scope = (kind, scope_id)
        if scope not in self._levels:
            self._levels[scope] = {m: ["", ""] for m in TargetLevels.__struct_fields__}
            self.scopeCombo.blockSignals(True)
            self.scopeCombo.insertItem(self.scopeCombo.count() - 1, _scope_label(scope), scope)
            self.scopeCombo.blockSignals(False)
        self.scopeCombo.setCurrentIndex(self._scope_index(scope))

    # -- the other widgets ------------------------------------------------------------

    def _browse_ca_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr("CA bundle"), self.caFileEdit.text(),
            tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if name:
            self.caFileEdit.setText(name)

    def _browse_sound_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Alert sound"), self.soundFileEdit.text(),
            tr("WAV sounds (*.wav);;All files (*)"))
        if name:
            self.soundFileEdit.setText(name)

    def _move_page(self, step: int) -> None:
        row = self.pagesList.currentRow()
        if row < 0 or not 0 <= row + step < self.pagesList.count():
            return
        item = self.pagesList.takeItem(row)
        self.pagesList.insertItem(row + step, item)
        self.pagesList.setCurrentRow(row + step)

    def _pages(self) -> list[str]:
        items = (self.pagesList.item(i) for i in range(self.pagesList.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def _screen(self) -> str:
        text = self.screenCombo.currentText()
        index = self.screenCombo.findText(text)
        return str(self.screenCombo.itemData(index)) if index >= 0 else text.strip()

    # -- from the widgets to the file -------------------------------------------------

    def changes(self) -> tuple[dict[KeyPath, object | None], list[str]]:
        """The settings changed in the widgets, and what cannot be read in them."""
        self._keep_scope()
        c = self._baseline
        out: dict[KeyPath, object | None] = {}

        def put(path: KeyPath, new: object, old: object) -> None:
            if new != old or any(path[:n] in self._bad for n in range(1, len(path) + 1)):
                out[path] = new

        def put_spin(path: KeyPath, spin: QDoubleSpinBox, old: float) -> None:
            # The box rounds to its decimals: an unchanged 15.25 is not a change.
            new = spin.value()
            put(path, new, new if round(old, spin.decimals()) == round(new, spin.decimals())
                else old)

        put(("connection", "url"), self.urlEdit.text().strip(), c.connection.url)
        put(("connection", "ca_file"), self.caFileEdit.text().strip(), c.connection.ca_file)
        put_spin(("connection", "stale_after_s"), self.staleSpin, c.connection.stale_after_s)
        put(("connection", "sl_rule"), self.slRuleCombo.currentData(), c.connection.sl_rule.value)
        put(("display", "screen"), self._screen(), c.display.screen)
        put(("display", "windowed"), self.windowedCheck.isChecked(), c.display.windowed)
        put(("display", "theme"), self.themeCombo.currentData(), c.display.theme)
        put(("display", "language"), self.languageEdit.text().strip(), c.display.language)
        put(("display", "pages"), self._pages(), list(c.display.pages))
        put_spin(("display", "rotate_s"), self.rotateSpin, c.display.rotate_s)
        put_spin(("display", "refresh_hz"), self.refreshSpin, c.display.refresh_hz)
        put(("display", "wall_name"), self.wallNameEdit.text().strip(), c.display.wall_name)
        put(("sound", "enabled"), self.soundCheck.isChecked(), c.sound.enabled)
        put(("sound", "volume_pct"), self.volumeSlider.value(), c.sound.volume_pct)
        put(("sound", "file"), self.soundFileEdit.text().strip(), c.sound.file)
        put(("alerts", "builtin"), self.builtinCheck.isChecked(), c.alerts.builtin)
        put(("alerts", "anomaly", "enabled"), self.anomalyCheck.isChecked(),
            c.alerts.anomaly.enabled)
        put_spin(("alerts", "anomaly", "sigmas"), self.sigmasSpin, c.alerts.anomaly.sigmas)

        mistakes: list[str] = []
        for scope, cells in self._levels.items():
            for metric, texts in cells.items():
                try:
                    new = self._band_typed(scope, metric, texts)
                except ValueError:
                    mistakes.append(tr("Thresholds, {}, {}: {} is not a number").format(
                        _scope_label(scope), tr(METRIC_LABELS[metric]),
                        " / ".join(repr(t) for t in texts)))
                    continue
                old = _band(c, scope, metric)
                put(("targets", *scope, metric), new,
                    None if old is None else {"warning": _written(old.warning),
                                              "critical": _written(old.critical)})
        return out, mistakes

    def _band_typed(self, scope: Scope, metric: str, texts: list[str]) -> dict[str, float] | None:
        """The band typed in a row; an empty side takes the level shown in grey."""
        values = [level_value(text) for text in texts]
        if values == [None, None]:
            return None
        for side in range(2):
            if values[side] is None:
                try:
                    values[side] = level_value(self._inherited(scope, metric)[side])
                except ValueError:
                    # Service level from the feed: the built-in margin from the other side.
                    other = values[1 - side]
                    assert other is not None
                    margin = DEFAULT_TARGETS.service_level_margin_pct
                    values[side] = other - margin if side == 1 else other + margin
        return {name: _written(value) for name, value in zip(_COLUMNS, values, strict=True)
                if value is not None}

    def apply(self) -> bool:
        """Save what changed and store a new token; True when all of it was done."""
        changes, mistakes = self.changes()
        if mistakes:
            self._show_lines(mistakes, error=True)
            return False
        token = self.tokenEdit.text().strip()
        url = self.urlEdit.text().strip()
        if token:
            try:
                credentials.normalise_url(url)
            except ValueError:
                self.tabs.setCurrentIndex(0)
                self._show_lines([tr("A token needs the feed's URL (wss://…) to be kept "
                                     "under; nothing was saved.")], error=True)
                return False
        done: list[str] = []
        if changes:
            saved = self._save(changes)
            if saved is None:
                return False
            done.extend(saved)
        if token:
            try:
                self._store_token(url, token)
            except credentials.KeyringUnavailable as error:
                self._show_lines([*done, str(error)], error=True)
                return False
            self.tokenEdit.clear()
            done.append(tr("The token is stored in the keyring for {}.").format(url))
        self._show_lines(done or [tr("Nothing was changed.")], error=False)
        return True

    def _save(self, changes: Mapping[KeyPath, object | None]) -> list[str] | None:
        """Write the changes into the file as it is now; what to tell, or None on failure."""
        try:
            current = self._current_text()
        except (OSError, UnicodeDecodeError) as error:
            self._show_lines([tr("Cannot read {}: {}").format(self.path, error)], error=True)
            return None
        original = NEW_FILE_HEADER if current is None else current
        try:
            text = updated_text(original, changes)
        except ValueError:
            _, syntax = read_toml(original, str(self.path))
            problems = [syntax] if syntax else [Problem(str(self.path), None, "",
                                                        "cannot be changed")]
            self._show_problems(problems, intro=tr(
                "The file is not valid TOML; mend it in an editor first:"))
            return None
        try:
            loaded = save(self.path, text)
        except InvalidConfig as refused:
            self._show_problems(refused.problems, intro=tr("Not saved:"))
            return None
        except OSError as error:
            self._show_lines([tr("Cannot write {}: {}").format(self.path, error)], error=True)
            return None
        assert loaded.config is not None
        self._baseline, self._bad = loaded.config, set()
        return [tr("Saved to {}; the wall takes it within a second.").format(self.path.name),
                *(_problem_line(p) for p in loaded.problems)]

    def _button_clicked(self, button: QAbstractButton) -> None:
        role = self.buttonBox.standardButton(button)
        if role == QDialogButtonBox.StandardButton.Apply:
            self.apply()
        elif role == QDialogButtonBox.StandardButton.Ok:
            if self.apply():
                self.accept()
        elif role == QDialogButtonBox.StandardButton.Cancel:
            self.reject()

    # -- telling the user -------------------------------------------------------------

    def _show_problems(self, problems: Iterable[Problem], *, intro: str) -> None:
        problems = list(problems)
        self._show_lines([intro, *(_problem_line(p) for p in problems)],
                         error=any(p.fatal for p in problems))
        first = next((p for p in problems if p.fatal and p.key), None)
        if first is not None:
            self._go_to(first.key)

    def _go_to(self, key: str) -> None:
        """Show the tab, and for a level the scope, of the setting ``key`` (dotted)."""
        parts = [a or b for a, b in re.findall(r'"([^"]*)"|([^.\[\]]+)', key)]
        tab = {"connection": 0, "display": 1, "targets": 2, "sound": 3, "alerts": 3}
        self.tabs.setCurrentIndex(tab.get(parts[0], self.tabs.currentIndex()))
        if parts[0] == "targets" and len(parts) > 1:
            scope: Scope = tuple(parts[1:3]) if parts[1] in SCOPE_KINDS else SITE
            index = self._scope_index(scope)
            if index >= 0:
                self.scopeCombo.setCurrentIndex(index)

    def _show_lines(self, lines: list[str], *, error: bool) -> None:
        self.problemsLabel.setText("\n".join(lines))
        palette = self.problemsLabel.palette()
        colour = QColor("#c62828") if error else self.palette().color(
            QPalette.ColorRole.WindowText)
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.problemsLabel.setPalette(palette)
        self.problemsLabel.setProperty("error", error)
        self.problemsLabel.show()


def _problem_line(problem: Problem) -> str:
    """``wallboard.toml, line 12, targets.waiting: ...``: file, line, key, message."""
    where = Path(problem.source).name or problem.source
    if problem.line:
        where = tr("{}, line {}").format(where, problem.line)
    if problem.key:
        where += f", {problem.key}"
    kind = "" if problem.fatal else tr(" (a warning)")
    return f"{where}: {said(problem.message)}{kind}"


def _scopes(config: Config) -> list[Scope]:
    scopes: list[Scope] = [SITE]
    for kind in SCOPE_KINDS:
        scopes += [(kind, scope_id) for scope_id in getattr(config.targets, kind)]
    return scopes


def _scope_label(scope: Scope) -> str:
    if scope == SITE:
        return tr("Site")
    kind, scope_id = scope
    return tr(SCOPE_KINDS[kind][1]).format(scope_id)


def _band(config: Config, scope: Scope, metric: str) -> Any:
    if scope == SITE:
        return getattr(config.targets, metric)
    levels = getattr(config.targets, scope[0]).get(scope[1])
    return None if levels is None else getattr(levels, metric)


# -- opening it --------------------------------------------------------------------------


def open_settings(path: Path, parent: QWidget | None = None) -> SettingsDialog:
    """Show the settings dialog for the file at ``path`` over ``parent``; it goes when closed."""
    dialog = SettingsDialog(path, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def run_settings(args: argparse.Namespace) -> int:
    """``wallboard settings``: the dialog on its own, for the desk PC."""
    from PySide6.QtWidgets import QApplication

    from wallboard.views.i18n import install_language, load_fonts

    argument = getattr(args, "config", None)
    if argument and is_url(argument):
        print(f"wallboard settings: {argument} is a URL; edit a local file "
              f"(--config FILE)", file=sys.stderr)
        return 2
    path = Path(argument).expanduser() if argument else default_path()
    credentials.use_recommended_backend()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Wallboard")
    load_fonts()
    install_language(app, getattr(args, "language", None) or _configured_language(path))
    dialog = SettingsDialog(path)
    dialog.exec()  # Cancel is not a failure
    return 0


def _configured_language(path: Path) -> str | None:
    """The wall's language as the file sets it (``display.language``); None for the system's."""
    store = ConfigStore.for_argument(str(path))
    try:
        store.load()
        return store.config.display.language or None
    finally:
        store.stop()
