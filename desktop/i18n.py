"""Qt's translators for the chosen language, for the window and for the command line.

The catalogues are `resources/translations/<area>_<lang>.ts` (one per area, so areas do not
collide), compiled to `.qm` by `python -m desktop.tools.translations`. English is the source
language and needs no catalogue.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.core import i18n as core_i18n
from desktop.core.paths import resources_dir

LANGUAGES = ("da", "en")


def catalogues(language: str) -> list[Path]:
    folder = resources_dir() / "translations"
    return sorted(folder.glob(f"*_{language}.qm"))


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


def _backend(translators: list[QTranslator]) -> core_i18n.Translator:
    """Looks a text up in each catalogue in turn, once: the rules explain every candidate in
    words, and a command asks for the same few texts many thousand times."""
    known: dict[tuple[str, str, str | None], str] = {}

    def translate(context: str, text: str, disambiguation: str | None = None) -> str:
        key = (context, text, disambiguation)
        found = known.get(key)
        if found is None:
            found = text
            for translator in translators:
                translated = translator.translate(context, text, disambiguation)
                if translated:
                    found = str(translated)
                    break
            known[key] = found
        return found

    return translate


_kept: list[QTranslator] = []  # Qt does not own installed translators: keep them alive


def install_for_cli(language: str) -> None:
    """Core messages in `language` without a QCoreApplication."""
    translators = load(language)
    _kept[:] = translators
    core_i18n.set_backend(_backend(translators), language)


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
