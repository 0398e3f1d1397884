"""A committee's resolution recorded on a case proposed for funding (Jugendhilfeausschuss, Kreistag).

Append-only and audited with the case: a later resolution (the Kreistag after the committee) is a new row, and the
latest one counts for the application to the Land (a refusal drops the project, a changed amount replaces it).
The resolution does not decide the case: the Bescheid still goes through the four-eyes decision.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.kernel.case_records import load_case
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.money import MoneyInput, format_eur, require_positive, to_money
from app.kernel.periods import format_date
from app.kernel.uow import UnitOfWork
from app.kernel.validation import clean_text, require_date, require_text
from db.enums import Committee, ResolutionOutcome, Status
from db.models import CommitteeResolution

COMMITTEE_LABELS = {Committee.youth_welfare: _("Jugendhilfeausschuss"), Committee.district_council: _("Kreistag")}
OUTCOME_LABELS = {ResolutionOutcome.approved: _("zugestimmt"), ResolutionOutcome.rejected: _("abgelehnt"),
                  ResolutionOutcome.changed: _("mit geändertem Betrag zugestimmt")}
CLOSED = (Status.idea, Status.rejected, Status.withdrawn, Status.closed)


@dataclass(frozen=True)
class ResolutionInput:
    committee: Committee | str
    number: str
    resolved_on: dt.date | str
    outcome: ResolutionOutcome | str
    amount: MoneyInput | None = None  # only with "changed"
    note: str | None = None


@dataclass(frozen=True)
class ResolutionView:
    committee: str
    number: str
    resolved_on: dt.date
    outcome: ResolutionOutcome
    amount: Decimal | None

    @property
    def text(self) -> str:
        base = _("{committee} Nr. {number} vom {day}: {outcome}").format(
            committee=self.committee, number=self.number, day=format_date(self.resolved_on),
            outcome=OUTCOME_LABELS[self.outcome])
        return f"{base} ({format_eur(self.amount)})" if self.amount is not None else base


def _choice(enum: type[Committee] | type[ResolutionOutcome], value: object, field: str) -> str:
    try:
        return enum(value).value  # type: ignore[arg-type]
    except ValueError:
        raise ValidationError(_("»{value}« ist hier nicht möglich; möglich: {choices}.").format(
            value=value, choices=", ".join(m.value for m in enum)), field) from None


def record_resolution(uow: UnitOfWork, file_number: str, data: ResolutionInput) -> int:
    committee = Committee(_choice(Committee, data.committee, "committee"))
    outcome = ResolutionOutcome(_choice(ResolutionOutcome, data.outcome, "outcome"))
    number = require_text(data.number, _("Beschlussnummer"), field="number", max_len=40)
    day = require_date(data.resolved_on, _("Beschlussdatum"), field="resolved_on")
    amount = None
    if outcome == ResolutionOutcome.changed:
        if data.amount is None or not str(data.amount).strip():
            raise ValidationError(_("Bei einem geänderten Betrag bitte den beschlossenen Betrag angeben."), "amount")
        amount = require_positive(to_money(data.amount, "amount"), _("Der beschlossene Betrag"), "amount")
    elif data.amount is not None and str(data.amount).strip():
        raise ValidationError(_("Einen Betrag gibt es nur bei »mit geändertem Betrag zugestimmt«."), "amount")
    note = clean_text(data.note, _("Bemerkung"), field="note", required=False, max_len=2000, multiline=True)
    with uow:
        actor = uow.act("record-resolution", permission="state.resolution")
        case = load_case(uow.session, file_number, for_update=True)
        if case.status in CLOSED:
            raise ValidationError(_("Zum Vorgang {ref} kann kein Gremienbeschluss mehr erfasst werden (er ist "
                                    "abgeschlossen, abgelehnt, zurückgezogen oder eine Projektidee).").format(
                ref=file_number), "file_number")
        row = CommitteeResolution(application_id=case.id, committee=committee, number=number, resolved_on=day,
                                  outcome=outcome, amount=amount, note=note or None, created_by=actor.username)
        uow.session.add(row)
        uow.session.flush()
        row_id = row.id
        uow.commit()
    return row_id


def case_resolutions(session: Session, application_id: int) -> list[ResolutionView]:
    rows = session.scalars(select(CommitteeResolution).where(CommitteeResolution.application_id == application_id)
                           .order_by(CommitteeResolution.resolved_on, CommitteeResolution.id))
    return [view(row) for row in rows]


def view(row: CommitteeResolution) -> ResolutionView:
    return ResolutionView(COMMITTEE_LABELS[row.committee], row.number, row.resolved_on, row.outcome, row.amount)
