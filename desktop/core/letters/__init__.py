"""Letters: offer letters, allocation notices and decision letters as PDF.

    fields      the named fields each letter kind's template may use
    language    the template language (substitution, never code) and its checks
    templates   templates in the database: shipped defaults, versions, the active one
    context     a letter's data gathered from the database into plain values, and its stored form
    render      reportlab drawing (imported lazily): letterhead, window address, reply slip
    archive     issue = render + store the exact PDF and the data it was drawn from; reprint;
                redraw (from the stored data); preview
    batch       the day's archived letters (or chosen offers' letters) in one PDF, built in chunks
    elsewhere   letters drawn by a worker process while their archiving goes on (the demo)

Nothing here imports reportlab at import time, and the names below are loaded from their module
when first used: the day's work queue reads `to_deliver` without the archive and the drawing
(bench/startup.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core import lazy_exports

if TYPE_CHECKING:
    from desktop.core.letters.archive import (
        LetterPdf,
        archive_allocation_notice,
        archive_decision,
        archive_offer_letter,
        issue_allocation_notice,
        issue_decision,
        issue_offer_letter,
        letters_of_offer,
        preview_offer_letter,
        preview_template,
        record_printed,
        redraw,
        reprint,
    )
    from desktop.core.letters.batch import BatchResult, write_batch, write_offer_letters
    from desktop.core.letters.context import Decision
    from desktop.core.letters.language import TemplateError
    from desktop.core.letters.templates import (
        TemplateInfo,
        activate_version,
        active_template,
        save_template,
        template_versions,
    )

_WHERE = {
    "BatchResult": "batch",
    "Decision": "context",
    "LetterPdf": "archive",
    "TemplateError": "language",
    "TemplateInfo": "templates",
    "activate_version": "templates",
    "active_template": "templates",
    "archive_allocation_notice": "archive",
    "archive_decision": "archive",
    "archive_offer_letter": "archive",
    "issue_allocation_notice": "archive",
    "issue_decision": "archive",
    "issue_offer_letter": "archive",
    "letters_of_offer": "archive",
    "preview_offer_letter": "archive",
    "preview_template": "archive",
    "record_printed": "archive",
    "redraw": "archive",
    "reprint": "archive",
    "save_template": "templates",
    "template_versions": "templates",
    "write_batch": "batch",
    "write_offer_letters": "batch",
}


__getattr__ = lazy_exports.loader(__name__, _WHERE)

__all__ = [
    "BatchResult",
    "Decision",
    "LetterPdf",
    "TemplateError",
    "TemplateInfo",
    "activate_version",
    "active_template",
    "archive_allocation_notice",
    "archive_decision",
    "archive_offer_letter",
    "issue_allocation_notice",
    "issue_decision",
    "issue_offer_letter",
    "letters_of_offer",
    "preview_offer_letter",
    "preview_template",
    "record_printed",
    "redraw",
    "reprint",
    "save_template",
    "template_versions",
    "write_batch",
    "write_offer_letters",
]
