"""Letter templates in the database: shipped defaults, versions, the active one per kind.

A saved template is never changed: saving makes a new version and makes it the active one, so
every archived letter can name the exact text it was made from. The defaults ship as text files
in resources/templates/<kind>.txt:

    // comments
    title: the subject line, with {fields}
    reply_slip: yes | no
    ---
    the body (see desktop.core.letters.language)

A housing scheme may name its own text of the offer letter (`Scheme.letter_template`): a
variant of the kind's template with versions of its own. Until the desk saves a variant's first
version, letters of that scheme use the ordinary text (variant ""). Versions are numbered per
kind across the variants, so a letter's template version names one text.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.enums import LetterKind
from db.models import LetterTemplate
from desktop.core import settings
from desktop.core.errors import Conflict, FileProblem, NotFound
from desktop.core.i18n import translate
from desktop.core.letters import language
from desktop.core.letters.fields import LETTER_KINDS, kind_title
from desktop.core.paths import resources_dir
from desktop.core.schemes.settings import SCHEMES, Scheme
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
    variant: str = ""  # a scheme's own text; "" the ordinary one


ORDINARY = ""  # the variant of the ordinary text


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
        row.variant or ORDINARY,
    )


def ensure_defaults(session: Session) -> list[LetterKind]:
    """Add version 1 from the shipped text for every kind that has no template yet."""
    present = set(
        session.scalars(
            select(LetterTemplate.kind).where(LetterTemplate.variant == ORDINARY).distinct()
        )
    )
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


def _active_row(
    session: Session, kind: LetterKind, variant: str = ORDINARY, *, fresh: bool = False
) -> LetterTemplate | None:
    """The active version of the variant's text; `fresh`: its values read again, not the ones
    the session holds."""
    query = (
        select(LetterTemplate)
        .where(
            LetterTemplate.kind == kind,
            LetterTemplate.variant == variant,
            LetterTemplate.active.is_(True),
        )
        .order_by(LetterTemplate.version.desc())
        .limit(1)
    )
    if fresh:
        query = query.execution_options(populate_existing=True)
    return session.scalars(query).first()


def active(session: Session, kind: LetterKind, variant: str = ORDINARY) -> TemplateInfo:
    """The template in use for `kind` (the shipped default is added on first use); a scheme's
    `variant` that has no text yet uses the ordinary one."""
    row = _active_row(session, kind, variant) if variant else None
    if row is None:
        row = _active_row(session, kind)
    if row is None:
        ensure_defaults(session)
        row = session.scalars(
            select(LetterTemplate)
            .where(LetterTemplate.kind == kind, LetterTemplate.variant == ORDINARY)
            .order_by(LetterTemplate.version.desc())
            .limit(1)
        ).first()
    if row is None:
        raise NotFound(translate("Letters", "There is no template for this letter."))
    return _info(row)


def in_use(session: Session, kind: LetterKind, variant: str = ORDINARY) -> TemplateInfo:
    """The template in use for `kind` (a scheme's `variant`, else the ordinary text), read
    without writing (a preview's): before the shipped default is stored on first use, the
    shipped text as it will be stored (version 1)."""
    row = _active_row(session, kind, variant) if variant else None
    if row is None:
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


def versions(session: Session, kind: LetterKind, variant: str = ORDINARY) -> list[TemplateInfo]:
    """Every version of a kind's template (the ordinary text or a scheme's `variant`), newest
    first."""
    rows = session.scalars(
        select(LetterTemplate)
        .where(LetterTemplate.kind == kind, LetterTemplate.variant == variant)
        .order_by(LetterTemplate.version.desc())
    )
    return [_info(r) for r in rows]


def _hold(
    session: Session, kind: LetterKind, expected_version: int | None, variant: str = ORDINARY
) -> None:
    """Hold the kind's versions until the commit (two workstations saving or activating the
    same letter wait for each other) and refuse the change when the active version of the
    variant is no longer the one the user loaded (`expected_version`; None: no check; 0: the
    variant had no text of its own)."""
    session.execute(select(LetterTemplate.id).where(LetterTemplate.kind == kind).with_for_update())
    if expected_version is None:
        return
    # Read after the wait, in a statement of its own: it sees a version another workstation
    # added meanwhile (the locking statement sees only the rows that were there when it began).
    current = _active_row(session, kind, variant, fresh=True)
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
    chosen = by_version(session, kind, version)
    _hold(session, kind, expected_version, chosen.variant)
    session.execute(
        update(LetterTemplate)
        .where(LetterTemplate.kind == kind, LetterTemplate.variant == chosen.variant)
        .values(active=LetterTemplate.version == version)
    )
    session.flush()
    return TemplateInfo(**{**chosen.__dict__, "active": True})


# --- workspace-level helpers for the UI and the command line ---------------------------------


@dataclass(frozen=True)
class LetterText:
    """A text the desk may edit: a letter kind's ordinary text, or a housing scheme's own."""

    kind: LetterKind
    variant: str = ORDINARY
    schemes: tuple[Scheme, ...] = ()  # the schemes in force that use the variant
    version: int | None = None  # its version in use; None: a variant still uses the ordinary

    @property
    def title(self) -> str:
        """ "Offer letter" or "Offer letter: startbolig (Startboliger)"."""
        if not self.variant:
            return kind_title(self.kind)
        return translate("Letters", "{letter}: {text} ({schemes})").format(
            letter=kind_title(self.kind),
            text=self.variant,
            schemes=", ".join(s.name for s in self.schemes),
        )


def letter_texts(ws: Workspace) -> list[LetterText]:
    """Every kind's ordinary text, the offer letter's followed by the texts of its own that the
    housing schemes in force today name (without their versions: a read)."""
    with ws.read() as session:
        named = settings.get(session, SCHEMES, ws.today()).letter_templates
    found = []
    for kind in LETTER_KINDS:
        found.append(LetterText(kind))
        if kind == LetterKind.OFFER:
            found.extend(LetterText(kind, variant, users) for variant, users in named.items())
    return found


def texts_in_use(ws: Workspace) -> list[LetterText]:
    """`letter_texts` with the version each uses (None: a scheme's text not written yet, which
    uses the ordinary one); on the write worker: the first look stores the shipped defaults."""
    texts = letter_texts(ws)
    with ws.write() as session:
        ensure_defaults(session)
        found = []
        for text in texts:
            if text.variant:
                own = _active_row(session, text.kind, text.variant)
                found.append(replace(text, version=None if own is None else own.version))
            else:
                found.append(replace(text, version=active(session, text.kind).version))
        return found


def active_template(ws: Workspace, kind: LetterKind) -> TemplateInfo:
    with ws.write() as session:  # may add the shipped default on first use
        return active(session, kind)


def template_versions(
    ws: Workspace, kind: LetterKind, variant: str = ORDINARY
) -> list[TemplateInfo]:
    """Every version of the ordinary text or a scheme's `variant`, newest first (the shipped
    default is added on first use; a variant without a text of its own has none)."""
    with ws.write() as session:
        ensure_defaults(session)
        return versions(session, kind, variant)


def save_template(
    ws: Workspace,
    kind: LetterKind,
    *,
    title: str,
    body: str,
    has_reply_slip: bool,
    note: str | None = None,
    expected_version: int | None = None,
    variant: str = ORDINARY,
) -> TemplateInfo:
    """Check the text and store it as the next version of the letter (the ordinary text or a
    scheme's `variant`), in use from now on.

    Raises TemplateError (a ValidationError) listing every problem; nothing is stored then.
    With `expected_version` (the version the editor loaded) a `Conflict` when another version
    was saved or put in use since.
    """
    language.parse(kind, title, body)
    with ws.write() as session:
        ensure_defaults(session)
        _hold(session, kind, expected_version, variant)
        latest = session.scalar(
            select(func.max(LetterTemplate.version)).where(LetterTemplate.kind == kind)
        )
        session.execute(
            update(LetterTemplate)
            .where(
                LetterTemplate.kind == kind,
                LetterTemplate.variant == variant,
                LetterTemplate.active.is_(True),
            )
            .values(active=False)
        )
        row = LetterTemplate(
            kind=kind,
            variant=variant,
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
