"""Merging two records of one person into one (the merge dialog's action)."""

from __future__ import annotations

from dataclasses import replace

from db.enums import MemberRelation
from db.models import Applicant
from desktop.core.applicants import duplicates, register, trail
from desktop.core.applicants.inputs import OTHER_CPR, ApplicantInput, MemberInput, validate
from desktop.core.backups import backup_before
from desktop.core.errors import Conflict, ValidationError
from desktop.core.i18n import translate
from desktop.core.workspace import Workspace
from desktop.core.write_conflicts import Reason, SimultaneousWrite


def merge_applicants(
    ws: Workspace,
    keep_id: int,
    keep_version: int,
    other_id: int,
    other_version: int,
    data: ApplicantInput,
) -> int:
    """Keep `keep_id` with the values in `data` (the user's choice per field), move the other
    record's household, facts, history, offers, letters and access log to it, and delete the
    other record. `data.cpr` may be KEEP_CPR (the kept record's number) or OTHER_CPR (the
    other's): the dialog sees both only masked. The household is both households
    (`data.members` is not used; a member with the same CPR number in both is kept once).
    Returns the kept record's new version."""
    if keep_id == other_id:
        raise ValidationError(translate("Applicants", "Choose two different records to merge."))
    clean = validate(data, ws.today())
    backup_before(ws, "merge")
    try:
        with ws.write() as session:
            keep = register.load(session, keep_id)
            other = register.load(session, other_id)
            for record, version in ((keep, keep_version), (other, other_version)):
                register.refuse_anonymised(record)
                if record.version != version:
                    raise _merge_conflict(record)
            duplicates.refuse_two_open_offers(session, keep_id, other_id)
            clean = validate(data, ws.today(), stored=register.stored_address(keep))
            register.check_references(session, clean, ws.today())
            note = duplicates.merge_note(other)
            if clean.cpr == OTHER_CPR:  # the other record's number, unseen by the dialog
                clean = replace(
                    clean, cpr=other.cpr, birth_date=other.birth_date or clean.birth_date
                )
            if other.cpr is not None:  # free the unique CPR number before the kept record takes it
                number = other.cpr
                other.cpr = None
                for member in other.members:
                    if member.cpr == number:
                        member.cpr = None
                session.flush()
            duplicates.move_records(session, other, keep)
            household = tuple(  # both households, as they are after the move
                MemberInput(m.relation, m.name, m.cpr, m.birth_date, id=m.id)
                for m in keep.members
                if m.relation != MemberRelation.APPLICANT
            )
            changed = register.apply_input(session, keep, replace(clean, members=household))
            register.add_event(keep, keep.status, ws.user, note, keep.status)
            session.delete(other)
            trail.record_update(session, keep, {"fields": changed, "merged_from": other_id})
            return keep.version
    except SimultaneousWrite as exc:
        if exc.reason is not Reason.STALE:
            raise
        with ws.read() as session:  # one of the two was saved meanwhile: say who
            raise _merge_conflict(register.load(session, keep_id)) from exc


def _merge_conflict(record: Applicant) -> Conflict:
    """Someone saved one of the two records since the dialog read them: nothing is merged, and
    the dialog offers to show both again as they are now."""
    who = record.updated_by or translate("Applicants", "Someone else")
    return Conflict(
        translate(
            "Applicants",
            "{who} saved one of the two records while you were choosing. Nothing was merged: "
            "reload to see both records as they are now and choose again.",
        ).format(who=who),
        record.updated_by,
        record.updated_at,
    )
