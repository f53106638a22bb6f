"""The language of the command line: chosen as the wall chooses its own, without Qt.

``--language``, else the configuration's ``display.language``, else the
system's (``LC_ALL``, ``LC_MESSAGES``, ``LANG``, then ``LANGUAGE`` as Qt reads
them on Unix; the C and POSIX locales are English). The translations are the
wall's own ``.qm`` files, read by :mod:`wallboard.qm`; where one is missing or
cannot be read the command line speaks English and the log says why.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from wallboard import phrases, qm
from wallboard.present import text
from wallboard.resources import resource_path

log = logging.getLogger(__name__)

#: The languages the wallboard is translated into, besides English (views/i18n.py too).
TRANSLATED = ("ar", "tr", "vi", "ro")


def code_of(name: str | None) -> str:
    """``ar`` for ``ar``, ``ar_QA``, ``ar-OM`` or ``ar_QA.UTF-8``; English for nothing,
    C and POSIX (a bare machine's or a service's locale)."""
    code = (name or "").replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return "en" if code in ("", "c", "posix") else code


def system_locale(environ: Mapping[str, str] = os.environ) -> str:
    """The system's locale name as Qt's ``QLocale.system()`` takes it on Unix: the first
    of LC_ALL, LC_MESSAGES and LANG that is set; C when none is, or it is C or POSIX;
    otherwise the first language of LANGUAGE, when that is set, wins. On Windows the
    user's locale, as Qt takes it there (the variables are not asked)."""
    if sys.platform == "win32":
        return _windows_locale()
    name = next((environ[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(k)), "")
    if name in ("", "C", "POSIX"):
        return "C"
    return environ.get("LANGUAGE", "").split(":")[0] or name


def _windows_locale() -> str:
    """The user's locale on Windows (``tr-TR``), which Qt reads there too; C when the
    system does not say."""
    try:
        import ctypes

        buffer = ctypes.create_unicode_buffer(85)  # LOCALE_NAME_MAX_LENGTH
        if ctypes.windll.kernel32.GetUserDefaultLocaleName(buffer, len(buffer)):  # type: ignore[attr-defined]
            return buffer.value or "C"
    except (AttributeError, OSError) as error:
        log.info("no user locale from Windows: %s", error)
    return "C"


def configured_language(argument: str | None) -> str | None:
    """``display.language`` of the configuration file ``--config`` names (or of the usual
    one); None when it sets none, is a URL, is missing or has a mistake (the wall then
    uses the defaults: the system's language). Quiet: the commands report the file's
    problems themselves where they read it."""
    from wallboard.config.load import load_file
    from wallboard.config.store import default_path, is_url

    if argument is not None and is_url(argument):
        return None  # a central configuration is not fetched for a language
    path = Path(argument).expanduser() if argument else default_path()
    if not path.is_file():
        return None
    loaded = load_file(path)
    return (loaded.config.display.language or None) if loaded.config is not None else None


def chosen(language: str | None, config_argument: str | None = None,
           environ: Mapping[str, str] = os.environ) -> str:
    """The code of the language to speak: the option, the file's, the system's."""
    return code_of(language or configured_language(config_argument) or system_locale(environ))


def translations_folder() -> Path:
    return resource_path("translations")


def catalog_for(code: str, folder: Path | None = None) -> qm.Catalog | None:
    """The translation of ``code``, or None (English) with the reason in the log."""
    if code == "en":
        return None
    path = (folder or translations_folder()) / f"wallboard_{code}.qm"
    try:
        return qm.read(path)
    except FileNotFoundError:
        if code in TRANSLATED:
            log.warning("language %r: no translation at %s (make translations builds it); "
                        "speaking English", code, path)
        else:
            log.info("language %r: no translation; speaking English", code)
    except (OSError, qm.QmError) as error:
        log.warning("language %r: cannot read %s (%s); speaking English", code, path, error)
    return None


def speak(code: str, folder: Path | None = None) -> str:
    """Say the command line's messages in ``code`` from now on; returns the code in force
    (``en`` when its translation is missing or unreadable)."""
    catalog = catalog_for(code, folder)
    translate: phrases.Translate = catalog.translate if catalog else phrases.english
    phrases.use_translator(translate)
    text.use_number_style(dataclasses.replace(text.number_style(), translator=translate))
    return code if catalog else "en"

