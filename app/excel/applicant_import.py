"""Importing the applicants' master data (organisation, address, legal form, IBAN, contact) from an office's list.

`check_applicants` reads the list, checks every row as registering an applicant checks it
(`app.applicants.service`) and looks for each one among the applicants FörderDesk already has
(`app.applicants.search.likely_duplicates`: same IBAN, register number, address or name) and earlier in
the same list. It writes nothing. `import_applicants` does the same check in its own transaction and
then registers the rows that are valid and not likely duplicates – all or nothing, unless the user chose
to take only the valid rows. Likely duplicates are never written: the report names the applicant they
probably are, to be merged or completed by hand. The applicant type comes from a column, else from the
legal form or the name (e.V., gGmbH, Stadt, Kirchengemeinde, Stiftung …), and the report says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.applicants.bank_accounts import sync_primary
from app.applicants.search import ApplicantRow, likely_duplicates, normalise_name
from app.applicants.service import ApplicantInput, ContactInput, applicant_from, contact_from
from app.excel.applicant_fields import APPLICANT_FIELDS
from app.excel.limits import import_limits
from app.excel.mapping import ColumnMapping, MappingLine, normalise, overrule
from app.excel.reading import RawRow, RawTable, read_table
from app.excel.records import CheckedRows, Problem
from app.excel.reference import type_guess
from app.excel.row_cells import column_label
from app.excel.values import CellError, NameMatcher, text
from app.kernel.errors import FoerderDeskError, ValidationError
from app.kernel.i18n import _
from app.kernel.uow import UnitOfWork
from db.models import ApplicantType, Municipality

ACTION = "import-applicants"
LEGAL_FORMS = (("gGmbH", r"\bg ?gmbh\b"), ("GmbH", r"\bgmbh\b"), ("gUG", r"\bgug\b"), ("e.V.", r"\be v\b"),
               ("KdöR", r"\bkdoer\b"), ("Stiftung", r"stiftung\b"))
PLZ_CITY = re.compile(r"^\s*(\d{5})\s+(.+)$")
CONTACT_COLUMNS = {"contact_name": "contact", "function": "contact_function", "email": "contact_email",
                   "phone": "contact_phone"}  # the contact's fields as the service names them → the list's columns
INPUT_FIELDS = ("legal_form", "street", "postcode", "city", "register_court", "register_number", "iban", "bic",
                "account_holder", "email", "phone")


class ApplicantImportRefused(FoerderDeskError):
    def __init__(self, message: str, plan: ApplicantPlan) -> None:
        super().__init__(message)
        self.plan = plan


@dataclass(frozen=True)
class ApplicantLine:
    """One row of the list: what would be registered, and whom FörderDesk probably has already."""

    row: int
    name: str
    type_name: str
    city: str | None
    data: ApplicantInput
    contact: ContactInput | None
    duplicates: tuple[ApplicantRow, ...] = ()
    same_as_row: int | None = None

    @property
    def duplicate(self) -> bool:
        return bool(self.duplicates) or self.same_as_row is not None

    def duplicate_text(self) -> str:
        if self.same_as_row is not None:
            return _("wie Zeile {row}").format(row=self.same_as_row)
        return "; ".join(_("Nr. {id} »{name}« ({reason})").format(id=d.id, name=d.name, reason=d.reason)
                         for d in self.duplicates)


@dataclass
class ApplicantPlan(CheckedRows):
    file_name: str
    sheet: str
    header_row: int
    mapping: ColumnMapping
    lines: list[MappingLine] = field(default_factory=list)
    applicants: list[ApplicantLine] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    data_rows: int = 0

    @property
    def new(self) -> list[ApplicantLine]:
        """The rows that would be registered: valid and not a likely duplicate."""
        return [a for a in self.applicants if not a.duplicate]


@dataclass(frozen=True)
class ApplicantImportResult:
    plan: ApplicantPlan
    ids: list[int]


def check_applicants(uow: UnitOfWork, path: Path, overrides: dict[str, str | None] | None = None,
                     sheet: str | None = None) -> ApplicantPlan:
    """Read and check the list; nothing is written (the transaction is rolled back)."""
    table = _read(uow, path, sheet)
    with uow:
        uow.act(ACTION, permission="applicant.edit")
        return _plan(uow, table, overrides or {})


def import_applicants(uow: UnitOfWork, path: Path, overrides: dict[str, str | None] | None = None,
                      sheet: str | None = None, only_valid: bool = False) -> ApplicantImportResult:
    """Register the valid rows that are not likely duplicates, in one transaction."""
    table = _read(uow, path, sheet)
    with uow:
        uow.act(ACTION, _("Import der Antragsteller aus »{name}«").format(name=table.file_name),
                permission="applicant.edit")
        plan = _plan(uow, table, overrides or {})
        if plan.errors and not only_valid:
            raise ApplicantImportRefused(_("Es wurde nichts importiert: {rows} von {total} Zeilen haben Fehler. Bitte "
                                           "korrigieren oder nur die gültigen Zeilen importieren.").format(
                rows=len(plan.invalid_rows), total=plan.data_rows), plan)
        ids = _write(uow, plan)
        uow.commit()
    return ApplicantImportResult(plan, ids)


def _read(uow: UnitOfWork, path: Path, sheet: str | None) -> RawTable:
    return read_table(path, sheet, (), import_limits(uow.database), score=APPLICANT_FIELDS.header_score)


def _write(uow: UnitOfWork, plan: ApplicantPlan) -> list[int]:
    created = []
    for line in plan.new:
        applicant = applicant_from(uow, line.data)
        sync_primary(applicant)
        uow.session.add(applicant)
        created.append((applicant, line.contact))
    uow.session.flush()
    for applicant, contact in created:
        if contact is not None:
            person = contact_from(contact)
            person.applicant_id = applicant.id
            uow.session.add(person)
    uow.session.flush()
    return [applicant.id for applicant, _contact in created]


def _plan(uow: UnitOfWork, table: RawTable, overrides: dict[str, str | None]) -> ApplicantPlan:
    mapping = APPLICANT_FIELDS.suggest(table.headers)
    mapping = overrule(mapping, overrides) if overrides else mapping
    columns = APPLICANT_FIELDS.resolve(mapping, table.headers)
    plan = ApplicantPlan(table.file_name, table.sheet, table.header_row, mapping,
                         APPLICANT_FIELDS.explain(mapping, saved=False, given=overrides))
    session = uow.session
    checker = _RowChecker(uow, table.headers, columns)
    seen: dict[str, int] = {}
    for raw in table.rows:
        if raw.blank:
            continue
        plan.data_rows += 1
        line = checker.line(raw)
        plan.problems += checker.problems
        if line is None:
            continue
        key = f"{normalise_name(line.name)}|{line.data.postcode or ''}"
        same = seen.setdefault(key, raw.number)
        duplicates = tuple(likely_duplicates(session, line.name, line.data.postcode, line.data.iban,
                                             line.data.register_number, line.data.street))
        line = ApplicantLine(line.row, line.name, line.type_name, line.city, line.data, line.contact, duplicates,
                             same if same != raw.number else None)
        if line.duplicate:
            plan.problems.append(Problem(raw.number, checker.label("name"), _(
                "Wahrscheinlich schon erfasst: {who}; wird nicht angelegt.").format(who=line.duplicate_text()),
                error=False))
        plan.applicants.append(line)
    return plan


class _RowChecker:
    """One row of the list as an ApplicantInput, checked like a registration; problems name row and column."""

    def __init__(self, uow: UnitOfWork, headers: tuple[str, ...], columns: dict[str, int]) -> None:
        self.uow, self.headers, self.columns = uow, headers, columns
        session: Session = uow.session
        self.types = {t.code: t for t in session.scalars(select(ApplicantType))}
        self.municipalities = NameMatcher(session.scalars(select(Municipality.name).where(Municipality.in_district)))
        self.problems: list[Problem] = []
        self.raw: RawRow | None = None

    def label(self, key: str) -> str | None:
        index = self.columns.get(key)
        return column_label(self.headers, index) if index is not None else None

    def _problem(self, key: str | None, message: str, error: bool = True) -> None:
        assert self.raw is not None
        self.problems.append(Problem(self.raw.number, self.label(key) if key else None, message, error))

    def value(self, key: str) -> str | None:
        index = self.columns.get(key)
        if index is None or self.raw is None:
            return None
        try:
            return text(self.raw.values[index], APPLICANT_FIELDS.by_key[key].label, max_len=400)
        except CellError as exc:
            self._problem(key, exc.message)
            return None

    def line(self, raw: RawRow) -> ApplicantLine | None:
        self.raw, self.problems = raw, []
        name = self.value("name")
        if name is None:
            self._problem("name", _("Der Name fehlt."))
            return None
        values = {key: self.value(key) for key in INPUT_FIELDS}
        self._postcode_city(values)
        values["legal_form"] = values["legal_form"] or self._legal_form(name)
        kind = self._type(name, values["legal_form"])
        municipality = self._municipality(values["city"])
        if kind is None or (self.problems and any(p.error for p in self.problems)):
            return None
        data = ApplicantInput(name=name, applicant_type=kind.code, has_legal_capacity=kind.needs_legal_capacity,
                              municipality=municipality, **values)
        contact = self._contact()
        try:
            applicant_from(self.uow, data)
        except ValidationError as exc:
            self._problem(exc.field if exc.field in APPLICANT_FIELDS.by_key else None, exc.message)
            return None
        try:
            if contact is not None:
                contact_from(contact)
        except ValidationError as exc:
            self._problem(CONTACT_COLUMNS.get(exc.field or ""), exc.message)
            return None
        return ApplicantLine(raw.number, name, kind.name, values["city"], data, contact)

    def _postcode_city(self, values: dict[str, str | None]) -> None:
        both = self.value("postcode_city")
        found = PLZ_CITY.match(both or "")
        if both and not found:
            self._problem("postcode_city", _("»{text}« ist nicht »PLZ Ort« (z. B. »99706 Sondershausen«).").format(
                text=both))
        elif found:
            values["postcode"] = values["postcode"] or found.group(1)
            values["city"] = values["city"] or found.group(2).strip()

    def _legal_form(self, name: str) -> str | None:
        key = normalise(name)
        form = next((form for form, pattern in LEGAL_FORMS if re.search(pattern, key)), None)
        if form:
            self._problem("name", _("Rechtsform »{form}« aus dem Namen übernommen.").format(form=form), error=False)
        return form

    def _type(self, name: str, legal_form: str | None) -> ApplicantType | None:
        named = self.value("applicant_type")
        if named is not None:
            key = normalise(named)
            found = next((t for t in self.types.values() if key in (normalise(t.code), normalise(t.name))), None)
            guessed = type_guess(named)
            found = found or (self.types.get(guessed[0]) if guessed else None)
            if found is None:
                self._problem("applicant_type", _("Unbekannte Antragstellerart »{text}«; möglich: {names}.").format(
                    text=named, names=", ".join(t.name for t in self.types.values())))
            return found
        guessed = type_guess(f"{name} {legal_form or ''}")
        if guessed is None or guessed[0] not in self.types:
            self._problem("name", _("Die Antragstellerart von »{name}« ist nicht erkennbar; bitte eine Spalte "
                                    "»Antragstellerart« zuordnen.").format(name=name))
            return None
        kind = self.types[guessed[0]]
        self._problem("name", _("Antragstellerart »{kind}« aus dem Namen erkannt (»{word}«).").format(
            kind=kind.name, word=guessed[1]), error=False)
        return kind

    def _municipality(self, city: str | None) -> str | None:
        named = self.value("municipality")
        if named is not None:
            official = self.municipalities.exact(named) or self.municipalities.suggest(named)
            if official is None:
                self._problem("municipality", _("»{text}« ist keine Gemeinde des Landkreises.").format(text=named))
            elif official != named:
                self._problem("municipality", _("»{text}« wird als »{name}« übernommen.").format(
                    text=named, name=official), error=False)
            return official
        return self.municipalities.exact(city) if city else None

    def _contact(self) -> ContactInput | None:
        name = self.value("contact")
        if name is None:
            return None
        return ContactInput(name=name, function=self.value("contact_function"), email=self.value("contact_email"),
                            phone=self.value("contact_phone"))
