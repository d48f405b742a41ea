"""`anvis letters ...`: offer letters and the day's letters as one PDF; reprints.

The core is imported inside each handler: every command registers every area's arguments, and the
core imported here would load for each of them (bench/startup.py, the command line).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.registry import Commands, Context, iso_date
from desktop.core.errors import FileProblem
from desktop.core.i18n import translate


def register(commands: Commands) -> None:
    commands.group("letters", "Letters as PDF: offer letters, the day's letters, reprints")
    offer = commands.sub(
        "letters", "offer", "Write the offer letters of the given offers into one PDF", run_offer
    )
    offer.add_argument("offer_ids", nargs="+", type=int, metavar="OFFER_ID")
    offer.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")

    batch = commands.sub(
        "letters", "batch", "Write every letter of a day into one PDF (to print)", run_batch
    )
    batch.add_argument("--date", required=True, type=iso_date, metavar="YYYY-MM-DD")
    batch.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    batch.add_argument("--chunk", type=int, default=100, metavar="N", help="letters per chunk")

    again = commands.sub(
        "letters", "reprint", "Write an archived letter exactly as it was sent", run_reprint
    )
    again.add_argument("letter_id", type=int, metavar="LETTER_ID")
    again.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")


def _letters(count: int) -> str:
    if count == 1:
        return translate("Letters", "1 letter")
    return translate("Letters", "{count} letters").format(count=count)


def _pages(count: int) -> str:
    if count == 1:
        return translate("Letters", "1 page")
    return translate("Letters", "{count} pages").format(count=count)


def _report(context: Context, letters: int, pages: int, path: Path) -> None:
    """ "3 letters, 9 pages: FILE" - "1 letter, 1 page: FILE" (1 brev, 1 side)."""
    context.print(f"{_letters(letters)}, {_pages(pages)}: {path}")


def run_offer(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.letters.batch import write_offer_letters  # noqa: PLC0415

    result = write_offer_letters(context.workspace(), args.offer_ids, args.out)
    _report(context, result.letters, result.pages, result.path)
    return 0


def run_batch(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.letters.batch import write_batch  # noqa: PLC0415

    if args.chunk < 1:
        raise FileProblem(translate("Letters", "--chunk must be 1 or more."))
    result = write_batch(context.workspace(), args.date, args.out, chunk_size=args.chunk)
    _report(context, result.letters, result.pages, result.path)
    return 0


def run_reprint(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.letters.archive import reprint  # noqa: PLC0415

    letter = reprint(context.workspace(), args.letter_id, purpose="reprint (command line)")
    try:
        args.out.write_bytes(letter.pdf)
    except OSError as exc:
        raise FileProblem(
            translate("Letters", "{path} cannot be written: {error}").format(
                path=args.out, error=exc.strerror
            )
        ) from exc
    _report(context, 1, letter.pages, args.out)
    return 0
