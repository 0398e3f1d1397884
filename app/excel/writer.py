"""Writing the valid cases of an import in batches: one flush per batch, not per row.

What a case becomes is described in `app.excel.import_service`. Here it is written so that 10,000 rows
take seconds: the reference rows (programmes, municipalities, life phases, fields of action, applicant
types, settings) are read once; each batch of cases is added with its applicants, plan lines and status,
flushed once (the audit trail and the search index are written per flush, in bulk: `app.kernel.audit`,
`app.kernel.search_index`), then its status history is inserted in one statement and its payments,
notes and deadlines flushed once more. The status history is the same a `move` writes: the action
"import-excel" and the reason naming the file mark every step as imported.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import TypeVar

from sqlalchemy import insert, select

from app.cases.deadlines import open_deadline
from app.cases.file_numbers import assign_file_number
from app.excel import states
from app.excel.records import ImportCase
from app.kernel import clock, settings
from app.kernel.i18n import _
from app.kernel.periods import proof_of_use_due, retention_end
from app.kernel.stored_text import N_, coded
from app.kernel.uow import UnitOfWork
from db.base import utcnow
from db.enums import CostCategory, DeadlineKind, FundingKind, Status
from db.models import (
    Applicant,
    ApplicantType,
    Application,
    CostLine,
    FieldOfAction,
    FundingLine,
    LifePhase,
    Municipality,
    Note,
    Payment,
    Programme,
    StatusChange,
)

BATCH = 1000
T = TypeVar("T")


def batches(items: Sequence[T], size: int = BATCH) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


class CaseWriter:
    """Writes the valid cases of one import; applicants are matched by name, each created once."""

    def __init__(self, uow: UnitOfWork, file_name: str, reason: str, known: dict[str, int]) -> None:
        self.uow, self.session, self.reason, self.file_name = uow, uow.session, reason, file_name
        self.user = uow.actor
        self.applicants: dict[str, int | Applicant] = dict(known)
        session = self.session
        self.programmes = {p.code: p for p in session.scalars(select(Programme))}
        self.municipalities: dict[str, int] = {n: i for n, i in session.execute(
            select(Municipality.name, Municipality.id))}
        self.life_phases: dict[str, int] = {c: i for c, i in session.execute(select(LifePhase.code, LifePhase.id))}
        self.fields: dict[str, int] = {n: i for n, i in session.execute(
            select(FieldOfAction.name, FieldOfAction.id).where(FieldOfAction.active))}
        self.types = {t.code: t for t in session.scalars(select(ApplicantType))}
        self.retention_years = settings.get_int(session, "retention_years")

    def write(self, cases: Sequence[ImportCase]) -> list[str]:
        numbers: list[str] = []
        for chunk in batches(cases):
            apps = [self._application(case) for case in chunk]
            self.session.add_all(apps)
            self.session.flush()
            self._history(apps)
            for app, case in zip(apps, chunk, strict=True):
                self._records(app, case)
            self.session.flush()
            numbers += [str(app.file_number) for app in apps]
        return numbers

    def _application(self, case: ImportCase) -> Application:
        programme, f = self.programmes[case.programme], case.figures
        costs, funds = plan_lines(case)
        app = Application(
            programme_id=programme.id, programme=programme, fiscal_year=case.fiscal_year, title=case.title,
            caseworker_id=self.user.id, municipality_id=self.municipalities[case.municipality],
            life_phase_id=self.life_phases[case.life_phase] if case.life_phase else None,
            field_of_action_id=self.fields[case.field_of_action] if case.field_of_action else None,
            received_on=f.received_on, start_date=case.start_date or dt.date(case.fiscal_year, 1, 1),
            end_date=case.end_date or dt.date(case.fiscal_year, 12, 31),
            financing_type=programme.default_financing_type, requested_amount=f.requested,
            approved_amount=f.approved if case.status in states.HOLDS_APPROVAL else None, paid_amount=f.paid,
            final_amount=f.final if case.status == Status.closed else None, decided_on=f.decided_on,
            file_number=case.file_number or assign_file_number(self.session, programme, case.fiscal_year),
            status=case.status, cost_lines=costs, funding_lines=funds)
        applicant = self._applicant(case)
        if isinstance(applicant, int):
            app.applicant_id = applicant
        else:
            app.applicant = applicant
        if case.status == Status.closed:
            app.closed_on = case.closed_on or clock.today()
            app.retention_until = retention_end(app.closed_on, self.retention_years)
        return app

    def _applicant(self, case: ImportCase) -> int | Applicant:
        key = case.applicant.casefold().strip()
        if key not in self.applicants:
            kind = self.types[case.applicant_type]
            self.applicants[key] = Applicant(
                name=case.applicant, applicant_type_id=kind.id, has_legal_capacity=kind.needs_legal_capacity,
                notes=_("Aus einer Excel-Liste übernommen; Anschrift und Nachweise bitte ergänzen."))
        return self.applicants[key]

    def _history(self, apps: list[Application]) -> None:
        """The status history of the batch in one statement, as `app.cases.transitions.move` writes it."""
        now = utcnow()
        self.session.execute(insert(StatusChange), [
            {"application_id": app.id, "from_status": None, "to_status": app.status, "action": "import-excel",
             "user_name": self.user.username, "reason": self.reason, "at": now} for app in apps])

    def _records(self, app: Application, case: ImportCase) -> None:
        session, user, f = self.session, self.user.username, case.figures
        if f.paid > 0:
            session.add(Payment(application_id=app.id, amount=f.paid, paid_on=f.decided_on or clock.today(),
                                reference=_("Übernahme aus {name}").format(name=self.file_name)[:140],
                                created_by=user))
        texts = [f.remark] if f.remark else []
        if case.listed_number and case.file_number is None:
            texts.append(_("Aktenzeichen in der Excel-Liste: {n}").format(n=case.listed_number))
        for text in texts:
            session.add(Note(application_id=app.id, text=text, created_by=user))
        self._deadlines(app, case)

    def _deadlines(self, app: Application, case: ImportCase) -> None:
        session, user = self.session, self.user.username
        if case.status == Status.closed and app.retention_until:
            open_deadline(session, app, DeadlineKind.retention, coded(N_("Aufbewahrungsfrist endet")),
                          app.retention_until, user)
        elif case.status in (Status.approved, Status.funding) and case.figures.proof_received:
            open_deadline(session, app, DeadlineKind.follow_up, coded(N_(
                "Verwendungsnachweis laut Excel-Liste eingegangen – bitte erfassen")), clock.today(), user)
        elif case.status in (Status.approved, Status.funding) and app.end_date is not None:
            due = proof_of_use_due(app.end_date, app.programme.proof_of_use_months)
            open_deadline(session, app, DeadlineKind.proof_of_use, coded(N_("Verwendungsnachweis fällig")), due,
                          user)


def plan_lines(case: ImportCase) -> tuple[list[CostLine], list[FundingLine]]:
    """Total costs as one cost line and the rest beside the request as one line of own/third-party funds."""
    if case.total_costs is None:
        return [], []
    costs = [CostLine(position=1, category=CostCategory.other, planned_amount=case.total_costs, eligible=True,
                      description=_("Gesamtkosten laut Excel-Liste (nicht aufgeschlüsselt)"))]
    rest = case.total_costs - case.figures.requested
    funds = [FundingLine(position=1, kind=FundingKind.own, planned_amount=rest,
                         source=_("Eigen- und Drittmittel laut Excel-Liste (nicht aufgeschlüsselt)"))] if rest else []
    return costs, funds
