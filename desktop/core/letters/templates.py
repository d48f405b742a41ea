"""Letter templates in the database: shipped defaults, versions, the active one per kind.

A saved template is never changed: saving makes a new version and makes it the active one, so
every archived letter can name the exact text it was made from. The defaults ship as text files
in resources/templates/<kind>.txt:

    // comments
    title: the subject line, with {fields}
    reply_slip: yes | no
    ---
    the body (see desktop.core.letters.language)
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.enums import LetterKind
from db.models import LetterTemplate
from desktop.core.errors import Conflict, FileProblem, NotFound
from desktop.core.i18n import translate
from desktop.core.letters import language
from desktop.core.letters.fields import LETTER_KINDS
from desktop.core.paths import resources_dir
from desktop.core.workspace import Workspace


@dataclass(frozen=True)
class TemplateInfo:
    id: int
    kind: LetterKind
    version: int
    title: str
    body: str
    has_reply_slip: bool
    active: bool
    created_by: str
    note: str | None


@dataclass(frozen=True)
class DefaultText:
    title: str
    body: str
    has_reply_slip: bool


def default_text(kind: LetterKind) -> DefaultText:
    """The shipped text of a letter kind (resources/templates/<kind>.txt)."""
    path = resources_dir() / "templates" / f"{kind.value}.txt"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise FileProblem(
            translate("Letters", "The default letter text {path} cannot be read: {error}").format(
                path=path, error=exc.strerror
            )
        ) from exc
    head, sep, body = text.partition("\n---\n")
    if not sep:
        raise FileProblem(
            translate("Letters", "{path} has no line --- between the header and the text.").format(
                path=path
            )
        )
    header: dict[str, str] = {}
    for line in head.splitlines():
        if line.strip().startswith("//") or not line.strip():
            continue
        key, _, value = line.partition(":")
        header[key.strip().lower()] = value.strip()
    return DefaultText(
        title=header.get("title", ""),
        body=body.strip("\n") + "\n",
        has_reply_slip=header.get("reply_slip", "no").lower() in ("yes", "ja", "true", "1"),
    )


def _info(row: LetterTemplate) -> TemplateInfo:
    return TemplateInfo(
        row.id,
        row.kind,
        row.version,
        row.title,
        row.body,
        row.has_reply_slip,
        row.active,
        row.created_by,
        row.note,
    )


def ensure_defaults(session: Session) -> list[LetterKind]:
    """Add version 1 from the shipped text for every kind that has no template yet."""
    present = set(session.scalars(select(LetterTemplate.kind).distinct()))
    added = []
    rows = []
    for kind in LETTER_KINDS:
        if kind in present:
            continue
        text = default_text(kind)
        language.parse(kind, text.title, text.body)  # a shipped text must be valid
        rows.append(
            LetterTemplate(
                kind=kind,
                version=1,
                title=text.title,
                body=text.body,
                has_reply_slip=text.has_reply_slip,
                active=True,
                note="Anvis standardtekst",
            )
        )
        added.append(kind)
    if not rows:
        return []
    try:
        with session.begin_nested():
            session.add_all(rows)
    except IntegrityError:
        # Another workstation added the shipped texts at the same moment (their first use too):
        # theirs are the same, and this transaction reads them from now on.
        return []
    return added


def _active_row(session: Session, kind: LetterKind) -> LetterTemplate | None:
    return session.scalars(
        select(LetterTemplate)
        .where(LetterTemplate.kind == kind, LetterTemplate.active.is_(True))
        .order_by(LetterTemplate.version.desc())
        .limit(1)
    ).first()


def active(session: Session, kind: LetterKind) -> TemplateInfo:
    """The template in use for `kind` (the shipped default is added on first use)."""
    row = _active_row(session, kind)
    if row is None:
        ensure_defaults(session)
        row = session.scalars(
            select(LetterTemplate)
            .where(LetterTemplate.kind == kind)
            .order_by(LetterTemplate.version.desc())
            .limit(1)
        ).first()
    if row is None:
        raise NotFound(translate("Letters", "There is no template for this letter."))
    return _info(row)


def in_use(session: Session, kind: LetterKind) -> TemplateInfo:
    """The template in use for `kind`, read without writing (a preview's): before the shipped
    default is stored on first use, the shipped text as it will be stored (version 1)."""
    row = _active_row(session, kind)
    if row is not None:
        return _info(row)
    text = default_text(kind)
    return TemplateInfo(0, kind, 1, text.title, text.body, text.has_reply_slip, True, "", None)


def by_version(session: Session, kind: LetterKind, version: int) -> TemplateInfo:
    row = session.scalars(
        select(LetterTemplate).where(LetterTemplate.kind == kind, LetterTemplate.version == version)
    ).first()
    if row is None:
        raise NotFound(
            translate("Letters", "Template version {version} does not exist.").format(
                version=version
            )
        )
    return _info(row)


def by_id(session: Session, template_id: int) -> TemplateInfo | None:
    row = session.get(LetterTemplate, template_id)
    return None if row is None else _info(row)


def versions(session: Session, kind: LetterKind) -> list[TemplateInfo]:
    """Every version of a kind's template, newest first."""
    rows = session.scalars(
        select(LetterTemplate)
        .where(LetterTemplate.kind == kind)
        .order_by(LetterTemplate.version.desc())
    )
    return [_info(r) for r in rows]


def _hold(session: Session, kind: LetterKind, expected_version: int | None) -> None:
    """Hold the kind's versions until the commit (two workstations saving or activating the
    same letter wait for each other) and refuse the change when the active version is no
    longer the one the user loaded (`expected_version`; None: no check)."""
    session.execute(select(LetterTemplate.id).where(LetterTemplate.kind == kind).with_for_update())
    if expected_version is None:
        return
    # Read after the wait, in a statement of its own: it sees a version another workstation
    # added meanwhile (the locking statement sees only the rows that were there when it began).
    current = session.scalars(
        select(LetterTemplate)
        .where(LetterTemplate.kind == kind, LetterTemplate.active.is_(True))
        .order_by(LetterTemplate.version.desc())
        .limit(1)
        .execution_options(populate_existing=True)
    ).first()
    if current is not None and current.version != expected_version:
        raise Conflict(
            translate(
                "Letters",
                "{user} made version {version} of this letter the one in use after you opened "
                "version {yours}. Nothing of yours was saved: open the letter again and make "
                "your change on the text in use.",
            ).format(user=current.created_by, version=current.version, yours=expected_version),
            current.created_by,
            current.created_at,
        )


def activate(
    session: Session, kind: LetterKind, version: int, *, expected_version: int | None = None
) -> TemplateInfo:
    """Go back to (or forward to) an existing version. With `expected_version` (the version in
    use when the user chose) a `Conflict` when another version was saved or put in use since."""
    _hold(session, kind, expected_version)
    chosen = by_version(session, kind, version)
    session.execute(
        update(LetterTemplate)
        .where(LetterTemplate.kind == kind)
        .values(active=LetterTemplate.version == version)
    )
    session.flush()
    return TemplateInfo(**{**chosen.__dict__, "active": True})


# --- workspace-level helpers for the UI and the command line ---------------------------------


def active_template(ws: Workspace, kind: LetterKind) -> TemplateInfo:
    with ws.write() as session:  # may add the shipped default on first use
        return active(session, kind)


def template_versions(ws: Workspace, kind: LetterKind) -> list[TemplateInfo]:
    """Every version, newest first (the shipped default is added on first use)."""
    with ws.write() as session:
        ensure_defaults(session)
        return versions(session, kind)


def save_template(
    ws: Workspace,
    kind: LetterKind,
    *,
    title: str,
    body: str,
    has_reply_slip: bool,
    note: str | None = None,
    expected_version: int | None = None,
) -> TemplateInfo:
    """Check the text and store it as the next version of the letter, in use from now on.

    Raises TemplateError (a ValidationError) listing every problem; nothing is stored then.
    With `expected_version` (the version the editor loaded) a `Conflict` when another version
    was saved or put in use since.
    """
    language.parse(kind, title, body)
    with ws.write() as session:
        ensure_defaults(session)
        _hold(session, kind, expected_version)
        latest = session.scalar(
            select(func.max(LetterTemplate.version)).where(LetterTemplate.kind == kind)
        )
        session.execute(
            update(LetterTemplate)
            .where(LetterTemplate.kind == kind, LetterTemplate.active.is_(True))
            .values(active=False)
        )
        row = LetterTemplate(
            kind=kind,
            version=(latest or 0) + 1,
            title=title.strip(),
            body=body,
            has_reply_slip=has_reply_slip,
            active=True,
            note=note,
        )
        session.add(row)
        session.flush()
        return _info(row)


def activate_version(
    ws: Workspace, kind: LetterKind, version: int, *, expected_version: int | None = None
) -> TemplateInfo:
    with ws.write() as session:
        return activate(session, kind, version, expected_version=expected_version)


# --- parsed templates, cached (a template version never changes) ----------------------------

_parsed: dict[tuple[LetterKind, str, str], language.Template] = {}
_parsed_lock = threading.Lock()


def parsed(info: TemplateInfo) -> language.Template:
    key = (info.kind, info.title, info.body)
    found = _parsed.get(key)
    if found is None:
        found = language.parse(info.kind, info.title, info.body)
        with _parsed_lock:
            _parsed[key] = found
    return found
