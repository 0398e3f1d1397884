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

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.excel import states
from app.excel.header_match import SAVED
from app.excel.layouts import remember
from app.excel.limits import import_limits
from app.excel.mapping import CASE_FIELDS, ColumnMapping, MappingLine
from app.excel.reading import RawTable, read_table
from app.excel.records import ImportCase, ImportOptions
from app.excel.validation import ImportPlan, choose_mapping, plan
from app.excel.writer import CaseWriter
from app.kernel import permissions
from app.kernel.errors import FoerderDeskError
from app.kernel.i18n import _
from app.kernel.lookups import (
    programme_by_code,
)
from app.kernel.uow import UnitOfWork
from db.enums import Status
from db.models import FileNumberCounter

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
        numbers = CaseWriter(uow, result.file_name, reason, result.known_applicants).write(result.cases)
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
