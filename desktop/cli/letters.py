"""`anvis letters ...`: offer letters and the day's letters as one PDF; reprints; the letters
that have not reached their citizen yet and recording how they went (posted, Digital Post,
handed over).

The core is imported inside each handler: every command registers every area's arguments, and the
core imported here would load for each of them (bench/startup.py, the command line).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.registry import Commands, Context, date_option
from desktop.core.errors import FileProblem
from desktop.core.formats import plural
from desktop.core.i18n import translate


def register(commands: Commands) -> None:
    commands.group(
        "letters",
        translate("LettersCli", "Letters as PDF: offer letters, the day's letters, reprints"),
    )
    offer = commands.sub(
        "letters",
        "offer",
        translate("LettersCli", "Write the offer letters of the given offers into one PDF"),
        run_offer,
    )
    offer.add_argument("offer_ids", nargs="+", type=int, metavar="OFFER_ID")
    offer.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")

    batch = commands.sub(
        "letters",
        "batch",
        translate("LettersCli", "Write every letter of a day into one PDF (to print)"),
        run_batch,
    )
    date_option(batch, "--date", required=True)
    batch.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    batch.add_argument(
        "--chunk",
        type=int,
        default=100,
        metavar="N",
        help=translate("LettersCli", "letters per chunk"),
    )

    again = commands.sub(
        "letters",
        "reprint",
        translate("LettersCli", "Write an archived letter exactly as it was sent"),
        run_reprint,
    )
    again.add_argument("letter_id", type=int, metavar="LETTER_ID")
    again.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")

    due = commands.sub(
        "letters",
        "to-deliver",
        translate(
            "LettersCli",
            "List the letters that have not reached their citizen yet, and what each needs",
        ),
        run_to_deliver,
    )
    due.add_argument(
        "--json", action="store_true", help=translate("LettersCli", "print the list as JSON")
    )

    export = commands.sub(
        "letters",
        "digital-post",
        translate(
            "LettersCli",
            "Write a letter's PDF into the folder of the municipality's Digital Post system",
        ),
        run_digital_post,
    )
    export.add_argument("letter_id", type=int, metavar="LETTER_ID")
    export.add_argument("--folder", required=True, type=Path, metavar="FOLDER")

    for name, help_text, handler in (
        ("posted", translate("LettersCli", "Record that a letter by post was posted"), run_posted),
        (
            "sent",
            translate("LettersCli", "Confirm that a letter was sent by Digital Post"),
            run_sent,
        ),
        (
            "handed-over",
            translate("LettersCli", "Record the day the caseworker handed a letter over"),
            run_handed_over,
        ),
    ):
        record = commands.sub("letters", name, help_text, handler)
        record.add_argument("letter_id", type=int, metavar="LETTER_ID")
        date_option(
            record,
            "--date",
            translate("LettersCli", "the day (default today)")
            if name != "handed-over"
            else translate("LettersCli", "the day"),
            required=name == "handed-over",
        )

    reissue = commands.sub(
        "letters",
        "reissue",
        translate(
            "LettersCli",
            "Make a letter again with the citizen's address and channel as they are now",
        ),
        run_reissue,
    )
    reissue.add_argument("letter_id", type=int, metavar="LETTER_ID")


def _letters(count: int) -> str:
    return plural(count, translate("Letters", "{n} letter"), translate("Letters", "{n} letters"))


def _pages(count: int) -> str:
    return plural(count, translate("Letters", "{n} page"), translate("Letters", "{n} pages"))


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


def run_to_deliver(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.letters.to_deliver import letters_to_deliver  # noqa: PLC0415

    rows = letters_to_deliver(context.workspace())
    if args.json:
        context.print_json(
            [
                {
                    "letter_id": r.letter_id,
                    "kind": r.kind.value,
                    "offer_id": r.offer_id,
                    "applicant_id": r.applicant_id,
                    "name": r.applicant_name,
                    "channel": r.channel.value,
                    "letter_date": r.letter_date,
                    "missing": r.missing.value,
                }
                for r in rows
            ]
        )
        return 0
    for r in rows:
        context.print(f"{r.letter_id:>7}  {r.applicant_name}: {r.missing_text}")
    context.print(_letters(len(rows)))
    return 0


def run_digital_post(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.letters.delivery import export_for_digital_post  # noqa: PLC0415

    path = export_for_digital_post(context.workspace(), args.letter_id, args.folder)
    context.print(str(path))
    return 0


def run_posted(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.letters.delivery import record_posted  # noqa: PLC0415

    done = record_posted(context.workspace(), args.letter_id, posted_on=args.date)
    context.print(done.message)
    return 0


def run_sent(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.letters.delivery import confirm_digital_post  # noqa: PLC0415

    done = confirm_digital_post(context.workspace(), args.letter_id, sent_on=args.date)
    context.print(done.message)
    return 0


def run_handed_over(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.letters.delivery import record_hand_over  # noqa: PLC0415

    done = record_hand_over(context.workspace(), args.letter_id, handed_over_on=args.date)
    context.print(done.message)
    return 0


def run_reissue(args: argparse.Namespace, context: Context) -> int:
    from desktop.core.letters.delivery import reissue  # noqa: PLC0415

    letter = reissue(context.workspace(), args.letter_id)
    context.print(
        translate("Letters", "Letter {id} made: {title}").format(
            id=letter.letter_id, title=letter.title
        )
    )
    return 0
