"""Pick the interface language and install its translators before any window is built.

Bond ships English (the source text) and Spanish. "system" follows the computer's language and
falls back to English. Qt's own ``qtbase`` catalogue is loaded too, so standard buttons (OK,
Cancel, Yes, No) speak the same language as the rest of the window. English, the source
language, still loads ``bond_en.qm``: it holds only the plural forms ("1 time", "2 times") of
messages written as ``tr("%n time(s)", "", n)``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from bond.logging_setup import Safe
from bond.paths import i18n_dir

log = logging.getLogger(__name__)

#: Languages with a compiled ``bond_<code>.qm``; English needs none.
TRANSLATED = ("es",)
ENGLISH = "en"

_installed: list[QTranslator] = []


def resolve_language(choice: str, system: QLocale | None = None) -> str:
    """The language code to use for a Settings choice ("system", "en" or "es")."""
    if choice == ENGLISH or choice in TRANSLATED:
        return choice
    locale = system or QLocale.system()
    for code in TRANSLATED:
        if locale.language() == QLocale(code).language():
            return code
    return ENGLISH


def install_language(app: QCoreApplication, choice: str) -> str:
    """Replace any translators Bond installed earlier with those for ``choice``.

    Returns the language in use. Safe to call again (the GUI tests build many windows in one
    process); a missing catalogue leaves the text in English rather than failing to start.
    """
    language = resolve_language(choice)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    system = QLocale.system()
    if language == ENGLISH:
        QLocale.setDefault(system)
        _load(app, f"bond_{ENGLISH}", str(i18n_dir()))
        return language
    # Dates and day names follow the interface language, keeping the person's own variant
    # (es_MX stays es_MX) when the system already speaks it.
    same = system.language() == QLocale(language).language()
    QLocale.setDefault(system if same else QLocale(language))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"bond_{language}", str(i18n_dir())), (f"qtbase_{language}", qt_folder)):
        _load(app, name, folder)
    return language


def _load(app: QCoreApplication, name: str, folder: str) -> None:
    translator = QTranslator(app)
    if translator.load(name, folder):
        app.installTranslator(translator)
        _installed.append(translator)
    else:
        log.warning("translation %s not found", Safe(name))
