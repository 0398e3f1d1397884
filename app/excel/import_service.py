"""Importing an office's Excel list: dry run, all-or-nothing or only the valid rows, in one transaction.

The file is read and every row validated first (`app.excel`). Nothing is
written unless all rows are valid, or the user chose to import only the valid
ones; either way all cases, applicants, plan lines, payments, notes, deadlines
and status history are written in ONE unit of work, so an error half-way
leaves the database as it was. Every audit event of the import carries the
reason "Excel-Import aus »<file>«".

What an imported case looks like (see `app.excel.states` for its state):
* its file number is kept when it fits the programme's pattern, and the
  programme-year's counter is raised past it so later numbers never collide;
  otherwise it gets a new number and the listed one is kept in a note;
* the grant period defaults to the fiscal (calendar) year; total costs become
  one cost line and the difference to the request one line of own/third-party
  funds (the list does not split them);
* an amount paid becomes one payment dated on the decision ("Übernahme aus
  …"); approved and funding cases get the proof-of-use deadline, closed cases
  their retention period; the remark becomes a note;
* no Decision record is invented: the decision was taken outside FörderDesk,
  so only its date and amount are stored on the case. Importing decided cases
  needs the supervisor's right to confirm decisions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.cases.deadlines import open_deadline
from app.cases.file_numbers import assign_file_number
from app.cases.transitions import move
from app.excel import states
from app.excel.header_match import SAVED
from app.excel.layouts import remember
from app.excel.limits import import_limits
from app.excel.mapping import CASE_FIELDS, ColumnMapping, MappingLine
from app.excel.reading import RawTable, read_table
from app.excel.records import ImportCase, ImportOptions
from app.excel.validation import ImportPlan, choose_mapping, plan
from app.kernel import clock, permissions, settings
from app.kernel.errors import FoerderDeskError
from app.kernel.i18n import _
from app.kernel.lookups import (
    applicant_type_by_code,
    field_of_action_by_name,
    life_phase_by_code,
    municipality_by_name,
    programme_by_code,
)
from app.kernel.periods import proof_of_use_due, retention_end
from app.kernel.stored_text import N_, coded
from app.kernel.uow import UnitOfWork
from db.enums import CostCategory, DeadlineKind, FundingKind, Status
from db.models import Applicant, Application, CostLine, FileNumberCounter, FundingLine, Note, Payment, Programme

ACTION = "import-excel"


class ImportRefused(FoerderDeskError):
    """Rows are invalid and the user did not choose "only valid rows"; nothing was imported."""

    def __init__(self, message: str, result: ImportPlan) -> None:
        super().__init__(message)
        self.plan = result


@dataclass(frozen=True)
class ImportResult:
    plan: ImportPlan
    file_numbers: list[str]
    skipped_rows: list[int]


def check_import(uow: UnitOfWork, path: Path, options: ImportOptions) -> ImportPlan:
    """Dry run: read and validate, write nothing (for someone who may create cases)."""
    table = _read(uow, path, options)
    with uow.read("case.create") as scope:
        return plan(scope.session, table, options)


def import_list(uow: UnitOfWork, path: Path, options: ImportOptions) -> ImportResult:
    """Import the list in one transaction; refuses (changing nothing) if a row is invalid, unless `only_valid`."""
    table = _read(uow, path, options)  # before the transaction: a bad file never locks the database
    with uow:
        reason = _("Excel-Import aus »{name}«").format(name=table.file_name)
        actor = uow.act(ACTION, reason, permission="case.create")
        result = plan(uow.session, table, options, writing=True)
        _refuse_unless_importable(result, options)
        if any(case.status in states.HOLDS_APPROVAL | {Status.rejected} for case in result.cases):
            permissions.require(actor, "case.confirm-decision")
        _raise_counters(uow.session, result.cases)
        writer = _Writer(uow, result, reason)
        numbers = [writer.case(case) for case in result.cases]
        remember(uow.session, table.headers, result.mapping, actor.username)
        uow.commit()
    return ImportResult(result, numbers, result.invalid_rows)


@dataclass(frozen=True)
class MappingProposal:
    """What the import dialog shows first: the file's header and the mapping with how each column was found."""

    table: RawTable
    mapping: ColumnMapping
    saved: bool
    lines: list[MappingLine]


def propose_mapping(uow: UnitOfWork, path: Path, options: ImportOptions) -> MappingProposal:
    """Read the header of `path` and propose a mapping: the one kept for this layout, else the suggestion."""
    table = _read(uow, path, options)
    with uow.read("case.create") as scope:
        mapping, source = choose_mapping(scope.session, table.headers, options)
    saved = source == SAVED
    return MappingProposal(table, mapping, saved, CASE_FIELDS.explain(mapping, saved=saved, given=options.overrides))


def _read(uow: UnitOfWork, path: Path, options: ImportOptions) -> RawTable:
    return read_table(path, options.sheet, options.mapping.columns.values() if options.mapping else (),
                      import_limits(uow.database))


def _refuse_unless_importable(result: ImportPlan, options: ImportOptions) -> None:
    if result.errors and not options.only_valid:
        raise ImportRefused(_("Es wurde nichts importiert: {rows} von {total} Zeilen haben Fehler. Bitte "
                              "korrigieren oder nur die gültigen Zeilen importieren.").format(
            rows=len(result.invalid_rows) or len(result.errors), total=result.data_rows), result)
    if not result.cases:
        raise ImportRefused(_("Es wurde nichts importiert: die Datei enthält keine gültige Zeile."), result)


def _raise_counters(session: Session, cases: list[ImportCase]) -> None:
    """Kept file numbers are taken: the counter of their programme-year moves past the highest one."""
    highest: dict[tuple[str, int], int] = {}
    for case in cases:
        if case.running_number is not None:
            key = (case.programme, case.fiscal_year)
            highest[key] = max(highest.get(key, 0), case.running_number)
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    for (code, year), number in sorted(highest.items()):
        programme_id = programme_by_code(session, code).id
        session.execute(insert(FileNumberCounter).values(
            programme_id=programme_id, fiscal_year=year, last_number=0).on_conflict_do_nothing())
        session.execute(update(FileNumberCounter).where(
            FileNumberCounter.programme_id == programme_id, FileNumberCounter.fiscal_year == year,
            FileNumberCounter.last_number < number).values(last_number=number))


class _Writer:
    """Writes the valid cases of one import; applicants are matched by name, each created once."""

    def __init__(self, uow: UnitOfWork, result: ImportPlan, reason: str) -> None:
        self.uow, self.session, self.reason = uow, uow.session, reason
        self.file_name = result.file_name
        self.applicants = dict(result.known_applicants)

    def case(self, case: ImportCase) -> str:
        programme = programme_by_code(self.session, case.programme)
        app = self._application(programme, case)
        if case.status == Status.closed:
            app.closed_on = case.closed_on or clock.today()
            app.retention_until = retention_end(app.closed_on, settings.get_int(self.session, "retention_years"))
        move(self.uow, app, case.status, ACTION, self.reason)
        _records(self.uow, app, programme, self.file_name, case)
        return str(app.file_number)

    def _application(self, programme: Programme, case: ImportCase) -> Application:
        session, f = self.session, case.figures
        costs, funds = _plan_lines(case)
        return Application(
            programme_id=programme.id, programme=programme, fiscal_year=case.fiscal_year, title=case.title,
            applicant_id=self._applicant(case), caseworker_id=self.uow.actor.id,
            municipality_id=municipality_by_name(session, case.municipality).id,
            life_phase_id=life_phase_by_code(session, case.life_phase).id if case.life_phase else None,
            field_of_action_id=(field_of_action_by_name(session, case.field_of_action).id
                                if case.field_of_action else None),
            received_on=f.received_on, start_date=case.start_date or dt.date(case.fiscal_year, 1, 1),
            end_date=case.end_date or dt.date(case.fiscal_year, 12, 31),
            financing_type=programme.default_financing_type, requested_amount=f.requested,
            approved_amount=f.approved if case.status in states.HOLDS_APPROVAL else None, paid_amount=f.paid,
            final_amount=f.final if case.status == Status.closed else None, decided_on=f.decided_on,
            file_number=case.file_number or assign_file_number(session, programme, case.fiscal_year),
            cost_lines=costs, funding_lines=funds)

    def _applicant(self, case: ImportCase) -> int:
        key = case.applicant.casefold().strip()
        if key not in self.applicants:
            kind = applicant_type_by_code(self.session, case.applicant_type)
            applicant = Applicant(
                name=case.applicant, applicant_type_id=kind.id, has_legal_capacity=kind.needs_legal_capacity,
                notes=_("Aus einer Excel-Liste übernommen; Anschrift und Nachweise bitte ergänzen."))
            self.session.add(applicant)
            self.session.flush()
            self.applicants[key] = applicant.id
        return self.applicants[key]


def _plan_lines(case: ImportCase) -> tuple[list[CostLine], list[FundingLine]]:
    if case.total_costs is None:
        return [], []
    costs = [CostLine(position=1, category=CostCategory.other, planned_amount=case.total_costs, eligible=True,
                      description=_("Gesamtkosten laut Excel-Liste (nicht aufgeschlüsselt)"))]
    rest = case.total_costs - case.figures.requested
    funds = [FundingLine(position=1, kind=FundingKind.own, planned_amount=rest,
                         source=_("Eigen- und Drittmittel laut Excel-Liste (nicht aufgeschlüsselt)"))] if rest else []
    return costs, funds


def _records(uow: UnitOfWork, app: Application, programme: Programme, file_name: str, case: ImportCase) -> None:
    session, user, f = uow.session, uow.actor.username, case.figures
    if f.paid > 0:
        session.add(Payment(application_id=app.id, amount=f.paid, paid_on=f.decided_on or clock.today(),
                            reference=_("Übernahme aus {name}").format(name=file_name)[:140], created_by=user))
    texts = [f.remark] if f.remark else []
    if case.listed_number and case.file_number is None:
        texts.append(_("Aktenzeichen in der Excel-Liste: {n}").format(n=case.listed_number))
    for text in texts:
        session.add(Note(application_id=app.id, text=text, created_by=user))
    _deadlines(session, app, programme, case, user)
    session.flush()


def _deadlines(session: Session, app: Application, programme: Programme, case: ImportCase, user: str) -> None:
    if case.status == Status.closed and app.retention_until:
        open_deadline(session, app, DeadlineKind.retention, coded(N_("Aufbewahrungsfrist endet")), app.retention_until,
                      user)
    elif case.status in (Status.approved, Status.funding) and case.figures.proof_received:
        open_deadline(session, app, DeadlineKind.follow_up, coded(N_(
            "Verwendungsnachweis laut Excel-Liste eingegangen – bitte erfassen")), clock.today(), user)
    elif case.status in (Status.approved, Status.funding) and app.end_date is not None:
        due = proof_of_use_due(app.end_date, programme.proof_of_use_months)
        open_deadline(session, app, DeadlineKind.proof_of_use, coded(N_("Verwendungsnachweis fällig")), due, user)
