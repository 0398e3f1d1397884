"""The Mahnung: a reminder letter for an overdue clawback, with what is still owed on its day."""

from __future__ import annotations

import datetime as dt

from app.cases.bescheide import suspension_reason
from app.cases.deadlines import open_deadline
from app.kernel import clock, settings
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.periods import format_date
from app.kernel.stored_text import N_, coded
from app.kernel.uow import UnitOfWork
from app.kernel.validation import parse_date
from app.letters.kinds import LetterKind
from app.letters.service import issue_in_open_uow, load_for_letter
from app.payments.lifecycles import CLAIMS, claim_state
from app.payments.repayments import open_claim
from db.enums import DeadlineKind
from db.models import Reminder


def send_reminder(uow: UnitOfWork, file_number: str, sent_on: dt.date | str | None = None) -> int:
    """Issue a Mahnung for the overdue open clawback: Reminder row, letter with GiroCode, follow-up; returns
    the letter id. Refused (nothing stored) before the due date, without an office IBAN, or while an objection
    against the claim's Bescheid is pending without an order of immediate enforcement (§ 80 VwGO)."""
    day_given = parse_date(sent_on, _("Datum der Mahnung"), field="sent_on", required=False)
    with uow:
        uow.act("send-reminder", coded(N_("Mahnung")), permission=CLAIMS.step("remind").permission)
        app = load_for_letter(uow.session, file_number, lock=True)
        claim = open_claim(uow.session, app.id)
        if claim is None:
            raise ValidationError(_("Zu {ref} gibt es keine offene Rückforderung.").format(ref=file_number))
        suspended = suspension_reason(uow.session, claim)
        if suspended:
            raise ValidationError(suspended)
        CLAIMS.check("remind", claim_state(claim), id=claim.id)
        day = day_given or clock.today()
        if claim.due_on is None or day <= claim.due_on:
            due = format_date(claim.due_on) if claim.due_on else "–"
            raise ValidationError(_("Eine Mahnung ist erst nach Ablauf der Zahlungsfrist ({due}) möglich.").format(
                due=due), "sent_on")
        due_on = day + dt.timedelta(days=settings.get_int(uow.session, "reminder_due_days"))
        reminder = Reminder(clawback_id=claim.id, sent_on=day, due_on=due_on, created_by=uow.actor.username)
        uow.session.add(reminder)
        uow.session.flush()
        letter = issue_in_open_uow(uow, app, LetterKind.reminder)
        reminder.letter_id = letter.id
        open_deadline(uow.session, app, DeadlineKind.follow_up, coded(N_("Mahnung: Zahlung bis {due}"), due=due_on),
                      due_on, uow.actor.username)
        uow.commit()
    return letter.id
