"""Qt's translators for the chosen language, for the window (the command line reads the same
catalogues without Qt: `desktop.catalogues`).

The catalogues are `resources/translations/<area>_<lang>.ts` (one per area, so areas do not
collide), compiled to `.qm` by `python -m desktop.tools.translations`. English is the source
language and needs no catalogue.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.catalogues import catalogues
from desktop.core import i18n as core_i18n

LANGUAGES = ("da", "en")


def load(language: str) -> list[QTranslator]:
    """Our own catalogues plus Qt's (standard buttons, dialogs) for `language`."""
    translators: list[QTranslator] = []
    if language == "en":
        return translators
    for path in catalogues(language):
        translator = QTranslator()
        if translator.load(str(path)):
            translators.append(translator)
    qt_translator = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(QLocale(language), "qtbase", "_", qt_dir):
        translators.append(qt_translator)
    return translators


_kept: list[QTranslator] = []  # Qt does not own installed translators: keep them alive


def install_for_app(app: QCoreApplication, language: str) -> None:
    """Install (or replace) the translators of the running application."""
    for translator in _kept:
        app.removeTranslator(translator)
    translators = load(language)
    for translator in translators:
        app.installTranslator(translator)
    _kept[:] = translators
    QLocale.setDefault(QLocale("da_DK" if language == "da" else "en_GB"))
    core_i18n.set_backend(QCoreApplication.translate, language)
