"""Validating every row of an office list before anything is written, with a German report.

Each problem names the Excel row and column ("Zeile 18, Spalte B (Az.)") and
is either an error (the row cannot be imported as it is) or a hint (the row
was understood, e.g. an amount typed as text, a blank row skipped, the totals
row recognised). Rows are checked alone first (types, amounts, dates,
applicant types, municipalities, state), then together (duplicate file
numbers in the file and in FörderDesk, the budget of each programme-year).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy.orm import Session

from app.excel import states
from app.excel.header_match import GIVEN, SAVED, SYNONYM
from app.excel.layouts import remembered
from app.excel.mapping import CASE_FIELDS, ColumnMapping, MappingLine, normalise, overrule, resolve, suggest
from app.excel.reading import RawTable
from app.excel.records import CheckedRows, ImportCase, ImportOptions, Problem
from app.excel.reference import Reference, budget_room, list_context, load_reference
from app.excel.row_cells import column_label
from app.excel.rows import RowReader, read_case
from app.kernel.i18n import _
from app.kernel.money import format_eur

TOTALS_WORDS = frozenset({"summe", "summen", "gesamt", "insgesamt", "total", "gesamtsumme", "zwischensumme",
                          "summe gesamt", "gesamt summe", "endsumme"})


@dataclass
class ImportPlan(CheckedRows):
    file_name: str
    sheet: str
    header_row: int
    mapping: ColumnMapping
    data_rows: int = 0
    cases: list[ImportCase] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    known_applicants: dict[str, int] = field(default_factory=dict)
    """Applicants FörderDesk already has, by case-folded name (the import links cases to them)."""
    lines: list[MappingLine] = field(default_factory=list)
    """The mapping as the preview shows it: each column, its field and how it was recognised."""
    headers: tuple[str, ...] = ()

    @property
    def hints(self) -> list[Problem]:
        return [p for p in self.problems if not p.error]


def plan(session: Session, table: RawTable, options: ImportOptions, *, writing: bool = False) -> ImportPlan:
    """Check every row of `table`; the result lists the valid cases and all problems.

    `writing`: the check runs in the import's own transaction, so budgets are locked as they are read.
    """
    mapping, source = choose_mapping(session, table.headers, options)
    columns = resolve(mapping, table.headers)
    result = ImportPlan(table.file_name, table.sheet, table.header_row, mapping, headers=table.headers)
    result.lines = CASE_FIELDS.explain(mapping, saved=source == SAVED, given=options.overrides)
    if source == SAVED:
        result.problems.append(Problem(None, None, _("Die Spaltenzuordnung der zuletzt importierten Liste gleichen "
                                                     "Aufbaus wurde übernommen."), error=False))
    result.problems += [Problem(None, None, _("Blatt »{name}« wird nicht importiert (nur Blatt »{sheet}«).").format(
        name=name, sheet=table.sheet), error=False) for name in table.other_sheets]
    result.problems += [Problem(None, column_label(table.headers, i), _("Die Spalte ist keinem Feld zugeordnet und "
                                                                        "wird nicht übernommen."), error=False)
                        for i, header in enumerate(table.headers) if header and i not in columns.values()]
    numbers = {str(r.values[columns["file_number"]]).strip().upper() for r in table.rows
               if "file_number" in columns and r.values[columns["file_number"]] is not None}
    ref = load_reference(session, numbers, mapping.municipalities)
    ref.lock_budgets = writing
    _list_context(ref, table, options, result)
    result.known_applicants = {name: ids[0] for name, ids in ref.applicants.items()}
    readers = []
    for raw in table.rows:
        reader = RowReader(raw, columns, table.headers, options, ref)
        if _skipped(reader, result):
            continue
        result.data_rows += 1
        readers.append((reader, read_case(reader)))
    corrections = dict(mapping.municipalities)
    for reader, _case in readers:
        result.problems += reader.problems
        corrections.update(reader.corrections)
    result.mapping = ColumnMapping(mapping.columns, corrections)
    _duplicates(readers, ref, result)
    valid = [case for reader, case in readers if case is not None and not reader.failed]
    labels = {key: column_label(table.headers, index) for key, index in columns.items()}
    result.cases = _within_budget(session, ref, valid, result, labels)
    return result


def choose_mapping(session: Session, headers: tuple[str, ...], options: ImportOptions) -> tuple[ColumnMapping, str]:
    """(mapping, where it came from): the one given, else the one kept for this layout, else the suggestion from
    the header names; the user's overrides on top."""
    if options.mapping is not None:
        mapping, source = options.mapping, GIVEN
    else:
        kept = remembered(session, headers)
        mapping, source = (kept, SAVED) if kept is not None else (suggest(headers), SYNONYM)
    return (overrule(mapping, options.overrides) if options.overrides else mapping), source


def _list_context(ref: Reference, table: RawTable, options: ImportOptions, result: ImportPlan) -> None:
    """Programme and year named by the sheet, the title lines or the file name, for rows that name none."""
    sources = [(table.sheet, _("dem Blattnamen »{text}«").format(text=table.sheet))]
    sources += [(t, _("der Überschrift »{text}«").format(text=t[:60])) for t in table.title_lines]
    stem = table.file_name.rsplit(".", 1)[0]
    sources.append((stem, _("dem Dateinamen »{text}«").format(text=stem)))
    list_context(ref, sources)
    if ref.list_programme and not options.programme:
        result.problems.append(Problem(None, None, _("Programm {code} aus {where} erkannt; es gilt für Zeilen ohne "
                                                     "eigenes Programm oder Aktenzeichen.").format(
            code=ref.list_programme[0], where=ref.list_programme[1]), error=False))
    if ref.list_year and not options.fiscal_year:
        result.problems.append(Problem(None, None, _("Haushaltsjahr {year} aus {where} erkannt; es gilt für Zeilen "
                                                     "ohne eigenes Jahr oder Aktenzeichen.").format(
            year=ref.list_year[0], where=ref.list_year[1]), error=False))


def _skipped(reader: RowReader, result: ImportPlan) -> bool:
    raw = reader.raw
    if raw.blank:
        result.problems.append(Problem(raw.number, None, _("Leere Zeile übersprungen."), error=False))
        return True
    texts = {normalise(v).rstrip(" ") for v in raw.values if isinstance(v, str)}
    named = {normalise(str(reader.value(key) or "")) for key in ("title", "applicant")} - {""}
    mapped_empty = not named or named <= TOTALS_WORDS
    if (raw.formulas and mapped_empty) or (texts & TOTALS_WORDS and mapped_empty):
        result.problems.append(Problem(raw.number, None, _("Summenzeile erkannt und übersprungen."), error=False))
        return True
    return False


def _duplicates(readers: list[tuple[RowReader, ImportCase | None]], ref: Reference, result: ImportPlan) -> None:
    rows: dict[str, list[RowReader]] = defaultdict(list)
    for reader, _case in readers:
        number = reader.file_number_key()
        if number:
            rows[number].append(reader)
    for number, group in rows.items():
        if number in ref.existing_numbers:
            for reader in group:
                result.problems.append(reader.fail("file_number", _("Das Aktenzeichen »{n}« gibt es in FörderDesk "
                                                                    "schon.").format(n=reader.file_number_text())))
        if len(group) > 1:
            lines = ", ".join(str(r.raw.number) for r in group)
            for reader in group:
                result.problems.append(reader.fail("file_number", _("Das Aktenzeichen »{n}« kommt mehrfach vor "
                                                                    "(Zeilen {rows}).").format(
                    n=reader.file_number_text(), rows=lines)))


def _within_budget(session: Session, ref: Reference, cases: list[ImportCase], result: ImportPlan,
                   labels: dict[str, str]) -> list[ImportCase]:
    """Approvals of the list plus those already in FörderDesk must fit each programme-year's allocation."""
    used: dict[tuple[str, int], Decimal] = defaultdict(Decimal)
    fitting = []
    for case in cases:
        amount = states.committed(case.status, case.figures)
        if amount == 0:
            fitting.append(case)
            continue
        key = (case.programme, case.fiscal_year)
        room = budget_room(session, ref, *key)
        message = None
        if room is None:
            message = _("Für {code} {year} ist kein Haushaltsansatz angelegt.").format(code=key[0], year=key[1])
        elif room[1] + used[key] + amount > room[0]:
            message = _("Die Bewilligung von {amount} übersteigt den Haushaltsansatz {code} {year} ({allocation}, "
                        "davon schon gebunden {used}).").format(
                amount=format_eur(amount), code=key[0], year=key[1], allocation=format_eur(room[0]),
                used=format_eur(room[1] + used[key]))
        if message:
            result.problems.append(Problem(case.row, labels.get("approved"), message))
            continue
        used[key] += amount
        fitting.append(case)
    return fitting
