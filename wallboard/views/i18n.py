"""The wall in its users' language: translations, numbers, direction and fonts.

Labels of the Qt-free core are marked ``QT_TRANSLATE_NOOP("Wall", ...)`` and
translated here by :func:`tr`; the views' own ``tr("...")`` calls are filed by
``lupdate`` under no context, and :func:`tr` looks there too. The ``.ts``
sources are in ``resources/translations``; ``make translations`` builds the
``.qm`` files the wall loads (README, "Languages").
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QRawFont
from PySide6.QtWidgets import QApplication

from wallboard.language import code_of
from wallboard.present import text
from wallboard.present.text import QT_TRANSLATE_NOOP
from wallboard.resources import resource_path

log = logging.getLogger(__name__)

#: Languages written right to left: the whole wall is mirrored for them.
RTL_LANGUAGES = ("ar", "fa", "he", "ur")
#: The languages the wall is translated into, besides English (its source).
TRANSLATED = ("ar", "tr", "vi", "ro")
#: Languages whose percent sign comes first (CLDR: "%87" in Turkish).
_PERCENT_FIRST = ("tr", "eu")
#: Languages that write the percent sign right after the number (CLDR).
_PERCENT_CLOSE = ("ar", "vi", "tr")

# The units of a case's age ("3 d 4 h") and of a threshold ("20 s"); what goes
# between two figures and before a projection (text.NumberStyle).
_UNITS = (
    QT_TRANSLATE_NOOP("Wall", "d"), QT_TRANSLATE_NOOP("Wall", "h"),
    QT_TRANSLATE_NOOP("Wall", "m"), QT_TRANSLATE_NOOP("Wall", "s"),
    QT_TRANSLATE_NOOP("Wall", " · "), QT_TRANSLATE_NOOP("Wall", " → "),
)

#: Words the views translate inside f-strings, where ``lupdate`` does not look
#: (chrome.py and the pages).
IN_F_STRINGS = (
    QT_TRANSLATE_NOOP("Wall", "acknowledged"), QT_TRANSLATE_NOOP("Wall", "longest"),
    QT_TRANSLATE_NOOP("Wall", "offered"), QT_TRANSLATE_NOOP("Wall", "targets vary"),
    QT_TRANSLATE_NOOP("Wall", "Target"), QT_TRANSLATE_NOOP("Wall", "SL"),
    QT_TRANSLATE_NOOP("Wall", "SL in 30 min"), QT_TRANSLATE_NOOP("Wall", "waiting"),
    QT_TRANSLATE_NOOP("Wall", "needed"), QT_TRANSLATE_NOOP("Wall", "on the floor"),
    QT_TRANSLATE_NOOP("Wall", "overdue cases"), QT_TRANSLATE_NOOP("Wall", "overdue callbacks"),
)

#: Qt's own words on the settings dialog's buttons: the frozen application carries
#: no Qt translations, and Qt has none for Vietnamese or Romanian.
QT_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"), QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
)

#: The service-level rules as ``SlRule.describe()`` states them (wallboard/engine/figures.py).
SL_RULES = (
    QT_TRANSLATE_NOOP("Wall", "answered in threshold / (answered + abandoned − short abandons)"),  # noqa: RUF001
    QT_TRANSLATE_NOOP("Wall", "answered in threshold / answered"),
    QT_TRANSLATE_NOOP("Wall", "answered in threshold / (answered + abandoned)"),
)

#: Names of the languages a centre serves, as ``QLocale.languageToString`` gives
#: them, in the wall's language (context "Language"); a name not here stays English.
LANGUAGE_NAMES = (
    QT_TRANSLATE_NOOP("Language", "Arabic"), QT_TRANSLATE_NOOP("Language", "English"),
    QT_TRANSLATE_NOOP("Language", "Urdu"), QT_TRANSLATE_NOOP("Language", "Hindi"),
    QT_TRANSLATE_NOOP("Language", "Malayalam"), QT_TRANSLATE_NOOP("Language", "Bangla"),
    QT_TRANSLATE_NOOP("Language", "Filipino"), QT_TRANSLATE_NOOP("Language", "French"),
    QT_TRANSLATE_NOOP("Language", "Dutch"), QT_TRANSLATE_NOOP("Language", "Turkish"),
    QT_TRANSLATE_NOOP("Language", "Polish"), QT_TRANSLATE_NOOP("Language", "Vietnamese"),
    QT_TRANSLATE_NOOP("Language", "Romanian"), QT_TRANSLATE_NOOP("Language", "Hungarian"),
    QT_TRANSLATE_NOOP("Language", "German"), QT_TRANSLATE_NOOP("Language", "Serbian"),
    QT_TRANSLATE_NOOP("Language", "Ukrainian"), QT_TRANSLATE_NOOP("Language", "Russian"),
    QT_TRANSLATE_NOOP("Language", "Spanish"), QT_TRANSLATE_NOOP("Language", "Italian"),
    QT_TRANSLATE_NOOP("Language", "Portuguese"), QT_TRANSLATE_NOOP("Language", "Persian"),
    QT_TRANSLATE_NOOP("Language", "Pashto"), QT_TRANSLATE_NOOP("Language", "Kurdish"),
    QT_TRANSLATE_NOOP("Language", "Somali"), QT_TRANSLATE_NOOP("Language", "Tamil"),
    QT_TRANSLATE_NOOP("Language", "Nepali"), QT_TRANSLATE_NOOP("Language", "Sinhala"),
    QT_TRANSLATE_NOOP("Language", "Chinese"), QT_TRANSLATE_NOOP("Language", "Khmer"),
    QT_TRANSLATE_NOOP("Language", "Indonesian"), QT_TRANSLATE_NOOP("Language", "Malay"),
    QT_TRANSLATE_NOOP("Language", "Thai"), QT_TRANSLATE_NOOP("Language", "Swahili"),
    QT_TRANSLATE_NOOP("Language", "Amharic"),
)

#: The families of the fonts in resources/fonts, in the order the wall tries them.
#: DejaVu Sans first: the wall's pages are laid out for its lines (1.17 em; Noto's
#: are 1.36 em) and it has the Vietnamese, Turkish and Romanian letters; then Noto.
FONT_FAMILIES = ("DejaVu Sans", "Noto Sans", "Noto Sans Arabic UI", "Noto Sans Devanagari UI",
                 "Noto Sans Bengali UI", "Noto Sans Malayalam UI", "Noto Sans Symbols2",
                 "Noto Sans Symbols")
_ARABIC_FIRST = ("Noto Sans Arabic UI", *(f for f in FONT_FAMILIES if f != "Noto Sans Arabic UI"))
#: The families the themes name; the shipped ones stand in for them where they are missing.
_THEME_FAMILIES = ("DejaVu Sans", "KacstOne", "sans-serif", "Sans Serif")

_families: tuple[str, ...] = FONT_FAMILIES
#: What :func:`load_fonts` added, and the language :func:`install_language` put in force.
_loaded_families: tuple[str, ...] = ()
_loaded_files: tuple[Path, ...] = ()
_in_force: tuple[str, bool] = ("en", True)

#: Text in each script the wall must draw with its own fonts: its languages' marks
#: and the names of the national line's callers and agents.
SCRIPT_SAMPLES = {
    "Latin": "Nguyễn Thị Ánh Đặng · Şükrü Ağaoğlu İpek · Ștefan Țurcanu · Mañalac",
    "Arabic": "مستوى الخدمة ٠١٢٣٤٥٦٧٨٩٪",
    "Urdu": "ٹیلیفون ڈاکٹر گھر ہے",
    "Devanagari": "हिन्दी सेवा",
    "Malayalam": "മലയാളം",
    "Bengali": "বাংলা",
    # The levels' shapes, the feed state's dot, an acknowledgement, a projection.
    "Symbols": "▲◆●○⚠✓→↓\u2212",  # the last: the minus sign of the rules
}


def tr(text: str, context: str = "Wall") -> str:
    """Translate a label marked with ``QT_TRANSLATE_NOOP("Wall", ...)`` in the core,
    or a literal of a view's ``tr("...")`` (which ``lupdate`` files under no context)."""
    if not text:
        return text
    out = QCoreApplication.translate(context, text)
    if out == text and context:
        out = QCoreApplication.translate("", text)
    return out


def language_code(language: str | None) -> str:
    """The language the wall speaks for ``--language`` / ``display.language``:
    ``ar`` for ``ar``, ``ar_QA`` or ``ar-OM``; the system's when None or empty."""
    # The C and POSIX locales of a bare machine or a service: no language, English.
    # The command line chooses with the same function (wallboard/language.py).
    return code_of(language or QLocale.system().name())


def locale_for(language: str | None) -> QLocale:
    """The locale of the wall's numbers and dates: ``--language`` as given (``ar_OM``
    keeps its country), else the system's."""
    if not language:
        return QLocale.system()
    return QLocale(language.replace("-", "_"))


def number_style(locale: QLocale) -> text.NumberStyle:
    """The core's number style for ``locale``; English keeps the wall's own style."""
    code = locale.name().split("_")[0]
    day, hour, minute, second, separator, arrow = (QCoreApplication.translate("Wall", u)
                                                   for u in _UNITS)
    words = {"day": day, "hour": hour, "minute": minute, "second": second,
             "separator": separator, "arrow": arrow}
    if code in ("en", "C"):
        return text.NumberStyle(**words, translator=QCoreApplication.translate)
    sign = locale.percent()
    gap = "" if code in _PERCENT_CLOSE else text.NNBSP
    pattern = f"{sign}{gap}{{}}" if code in _PERCENT_FIRST else f"{{}}{gap}{sign}"
    zero = locale.zeroDigit()
    digits = "".join(chr(ord(zero) + n) for n in range(10)) if len(zero) == 1 else "0123456789"
    return text.NumberStyle(group=locale.groupSeparator(), decimal=locale.decimalPoint(),
                            percent=pattern, digits=digits, **words,
                            translator=QCoreApplication.translate)


def install_language(app: QApplication, language: str | None) -> str:
    """Speak ``language`` (None: the system's): the wall's translation and Qt's own,
    the locale of numbers and dates, and right to left where it is written so.

    Returns the language code in force. A language without a translation shows
    the English labels, with its own numbers and dates, and says so in the log.
    """
    global _families, _in_force
    code = language_code(language)
    loaded = True
    for old in app.findChildren(QTranslator, "wallboard-translator"):
        app.removeTranslator(old)
        old.deleteLater()
    if code != "en":
        qt = QTranslator(app)
        qt.setObjectName("wallboard-translator")
        # Qt's own words (its dialogs), where this Qt has them; the wall's own
        # translation, installed last, is asked first.
        if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
        wall = QTranslator(app)
        wall.setObjectName("wallboard-translator")
        if wall.load(f"wallboard_{code}", str(translations_folder())):
            app.installTranslator(wall)
        else:
            loaded = code not in TRANSLATED
            log.warning("language %r: no translation in %s (make translations builds them); "
                        "the labels stay in English", code, translations_folder())
    locale = locale_for(language)
    QLocale.setDefault(locale)
    text.use_number_style(number_style(locale))
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if code in RTL_LANGUAGES
                           else Qt.LayoutDirection.LeftToRight)
    _families = _ARABIC_FIRST if code in RTL_LANGUAGES else FONT_FAMILIES
    _in_force = (code, loaded)
    return code


def translations_folder() -> Path:
    return resource_path("translations")


def load_fonts() -> tuple[str, ...]:
    """Add the fonts shipped in resources/fonts, so that a PC without them draws every
    label and every name (Latin with Vietnamese marks, Arabic and Urdu, Devanagari,
    Bengali, Malayalam); they stand in for the themes' fonts where those are missing.

    Returns the families added. A file that cannot be read is logged and skipped.
    """
    added: list[str] = []
    files = []
    for path in sorted(resource_path("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("fonts: cannot load %s", path)
            continue
        files.append(path)
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in added:
                added.append(family)
    shipped = [f for f in FONT_FAMILIES if f in added]
    for family in _THEME_FAMILIES:
        QFont.insertSubstitutions(family, shipped)
    global _loaded_families, _loaded_files
    _loaded_families, _loaded_files = tuple(added), tuple(files)
    return tuple(added)


def missing_glyphs() -> list[str]:
    """The scripts of :data:`SCRIPT_SAMPLES` that the fonts :func:`load_fonts` added
    cannot draw, with the characters missing; empty when they draw them all.

    Only the shipped files count, not the system's fonts: what a bare PC draws."""
    fonts = [QRawFont(str(path), 12) for path in _loaded_files]
    out = []
    for script, sample in SCRIPT_SAMPLES.items():
        missing = sorted({ch for ch in sample if not ch.isspace()
                          and not any(f.supportsCharacter(ord(ch)) for f in fonts)})
        if missing:
            out.append(f"{script} ({''.join(missing)})")
    return out


def language_problems() -> tuple[list[str], str]:
    """What the self-test says of the language in force: its problems, and a fact."""
    code, loaded = _in_force
    problems = []
    if not loaded:
        problems.append(f"no {code} translation in {translations_folder()} "
                        f"(make translations builds it)")
    if not _loaded_families:
        problems.append(f"no fonts in {resource_path('fonts')}")
    else:
        missing = missing_glyphs()
        if missing:
            problems.append("the shipped fonts cannot draw " + ", ".join(missing))
    return problems, f"language {code} with {len(_loaded_families)} font families of its own"


def font_families() -> tuple[str, ...]:
    """The shipped families in the order the wall's language wants them (Arabic first
    for a right-to-left wall), for the themes' ``font-family``."""
    return _families
