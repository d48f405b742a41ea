"""argparse's own texts ("usage: ", "the following arguments are required: ...", "show this help
message and exit") in the language of the command line, from the Danish catalogue like every
other text.

argparse translates its output through gettext, looking each text up when it shows it with the
two functions it took from the gettext module (`argparse._` and `argparse.ngettext`); `install`
points those at a gettext-style translation backed by `translate`. The texts a user can meet are
marked here for the catalogue; others (mistakes in the code) stay English.
"""

from __future__ import annotations

import argparse
import gettext

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Argparse"

TEXTS = frozenset(
    (
        QT_TRANSLATE_NOOP("Argparse", "usage: "),
        QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
        QT_TRANSLATE_NOOP("Argparse", "options"),
        QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
        QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
        QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
        QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
        QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
        QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
        QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
        QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
        QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
        QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
        QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
        QT_TRANSLATE_NOOP("Argparse", "expected %s argument"),
        QT_TRANSLATE_NOOP("Argparse", "expected %s arguments"),
        QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
        QT_TRANSLATE_NOOP("Argparse", "unexpected option string: %s"),
        QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
        QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
        QT_TRANSLATE_NOOP("Argparse", "can't open '%(filename)s': %(error)s"),
        QT_TRANSLATE_NOOP("Argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    )
)


class ArgparseTexts(gettext.NullTranslations):
    """A gettext translation whose catalogue is ours (the `Argparse` context)."""

    def gettext(self, message: str) -> str:
        return translate(CONTEXT, message) if message in TEXTS else message

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        from desktop.core.formats import plural  # noqa: PLC0415 - Babel: bench/startup.py

        return plural(n, self.gettext(msgid1), self.gettext(msgid2))


def install() -> None:
    """argparse shows its texts through the installed translation from now on (the language is
    the one `desktop.catalogues.install_for_cli` chose)."""
    texts = ArgparseTexts()
    argparse._ = texts.gettext  # type: ignore[attr-defined]
    argparse.ngettext = texts.ngettext  # type: ignore[attr-defined]
