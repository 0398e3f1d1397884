"""What an import row is checked against: programmes and their file-number patterns, municipalities,
applicant types, life phases, fields of action, existing applicants, file numbers and budgets.

Loaded once per import, in the transaction that will write the cases.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.excel.mapping import normalise
from app.excel.values import NameMatcher
from app.kernel.budget import committed_amount, lock_budget
from db.models import Applicant, ApplicantType, Application, Budget, FieldOfAction, LifePhase, Municipality, Programme

# Applicant type from an organisation's name or legal form (order matters: a "Caritasverband … e. V." is welfare,
# not a club; a "Kirchengemeinde" is a church, not a municipality; a gGmbH or a foundation is a Träger).
TYPE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("welfare", r"\b(awo|drk|arbeiterwohlfahrt|rotes kreuz|caritas\w*|diakonie\w*|paritaet\w*|volkssolidaritaet|"
                r"lebenshilfe|wohlfahrt\w*)\b"),
    ("church", r"(kirch|pfarr|bistum|evang|\bev luth\b|kathol)"),
    ("welfare", r"(\bg ?gmbh\b|\bgug\b|\bg ?ag\b|stiftung\b|\bgemeinnuetzige gesellschaft)"),
    ("municipality", r"^(stadt|gemeinde|landgemeinde|verwaltungsgemeinschaft|kommune|stadtverwaltung|"
                     r"gemeindeverwaltung)\b"),
    ("initiative", r"\binitiative\b"),
    ("association", r"\be v\b"),  # the legal form first, so the hint names it ("Ev." is evangelisch)
    ("association", r"verein"),
)


def type_guess(name: str) -> tuple[str, str] | None:
    """(type code, the words of the name that tell it: "e V", "ggmbh", "stadt" …), or None."""
    key = normalise(name)
    for code, pattern in TYPE_PATTERNS:
        found = re.search(pattern, key)
        if found:
            return code, _words_of(name, found.group(0).strip())
    return None


def _words_of(name: str, match: str) -> str:
    """The words of `name` as written that hold the normalised `match` ("pfarr" → "Pfarrei", "e v" → "e.V.")."""
    tokens = name.split()
    spans = [(j - i, " ".join(tokens[i:j + 1])) for i in range(len(tokens)) for j in range(i, len(tokens))
             if match in normalise(" ".join(tokens[i:j + 1]))]
    return min(spans)[1] if spans else match


def applicant_type_from_name(name: str) -> str | None:
    found = type_guess(name)
    return found[0] if found else None


@dataclass(frozen=True)
class ProgrammeRef:
    id: int
    code: str
    pattern: str
    number_regex: re.Pattern[str]


@dataclass(frozen=True)
class TypeRef:
    id: int
    code: str
    name: str
    eligible: bool
    needs_legal_capacity: bool


@dataclass
class Reference:
    programmes: dict[str, ProgrammeRef]
    programme_names: dict[str, str]
    municipalities: NameMatcher
    fields_of_action: NameMatcher
    field_labels: dict[str, str]
    life_phases: dict[str, str]
    types: dict[str, TypeRef]
    applicants: dict[str, tuple[int, str]] = field(default_factory=dict)
    existing_numbers: set[str] = field(default_factory=set)
    budgets: dict[tuple[str, int], tuple[Decimal, Decimal]] = field(default_factory=dict)
    lock_budgets: bool = False
    """True when the import writes: budget rows are locked like a confirmation does (app.kernel.budget)."""
    list_programme: tuple[str, str] | None = None
    list_year: tuple[int, str] | None = None
    """Programme and year named by the sheet, the title above the header or the file name (value, where)."""

    def type_for(self, text: str) -> TypeRef | None:
        """An applicant type by code, name or a telling word ("Verein", "Kirchgemeinde", "Stadt")."""
        key = normalise(text)
        for ref in self.types.values():
            if key in (normalise(ref.code), normalise(ref.name)):
                return ref
        code = applicant_type_from_name(text) or _type_word(key)
        return self.types.get(code) if code else None


def _type_word(key: str) -> str | None:
    words = {"verein": "association", "wohlfahrt": "welfare", "verband": "welfare", "kirche": "church",
             "kirchlich": "church", "stadt": "municipality", "gemeinde": "municipality", "initiative": "initiative"}
    return next((code for word, code in words.items() if word in key), None)


def number_regex(pattern: str, code: str) -> re.Pattern[str]:
    """A regular expression for file numbers of a programme's pattern, e.g. {code}-{year}-{number:04d}."""
    parts = []
    for literal, name, _spec, _conv in string.Formatter().parse(pattern):
        parts.append(re.escape(literal))
        if name == "code":
            parts.append(re.escape(code))
        elif name == "year":
            parts.append(r"(?P<year>\d{4})")
        elif name == "number":
            parts.append(r"(?P<number>\d+)")
    return re.compile("".join(parts), re.IGNORECASE)


@dataclass(frozen=True)
class NumberMatch:
    """A listed file number that fits a programme's pattern, and how FörderDesk writes it."""

    programme: ProgrammeRef
    year: int
    number: int
    canonical: str


def match_number(ref: Reference, listed: str) -> NumberMatch | None:
    for programme in ref.programmes.values():
        found = programme.number_regex.fullmatch(listed.strip())
        if found and found.groupdict().get("year") and found.groupdict().get("number"):
            year, number = int(found["year"]), int(found["number"])
            canonical = programme.pattern.format(code=programme.code, year=year, number=number)
            return NumberMatch(programme, year, number, canonical)
    return None


YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")
DATE = re.compile(r"\d{1,2}\.\s*\d{1,2}\.\s*\d{2,4}")  # a "Stand: 01.02.2026" line names no fiscal year


def loose_number(ref: Reference, listed: str) -> tuple[str, int] | None:
    """(programme, year) of a file number in another spelling of a programme's pattern ("LPF/2026/17")."""
    text = listed.upper()
    for code in ref.programmes:
        found = re.match(rf"\s*{re.escape(code)}\b\W*(20\d\d)(?!\d)", text)
        if found:
            return code, int(found.group(1))
    return None


def list_context(ref: Reference, sources: list[tuple[str, str]]) -> None:
    """Programme and year named by the list itself: `sources` are (text, where) pairs in the order they count."""
    for text, where in sources:
        key = f" {normalise(text)} "
        if ref.list_programme is None:
            code = next((c for c in ref.programmes if f" {c.casefold()} " in key), None) or next(
                (c for name, c in ref.programme_names.items() if name and f" {name} " in key), None)
            ref.list_programme = (code, where) if code else None
        year = YEAR.search(DATE.sub(" ", text))
        if ref.list_year is None and year:
            ref.list_year = (int(year.group(1)), where)


def load_reference(session: Session, file_numbers: set[str], aliases: dict[str, str]) -> Reference:
    programmes = list(session.scalars(select(Programme).order_by(Programme.code)))
    types = {t.code: TypeRef(t.id, t.code, t.name, t.eligible, t.needs_legal_capacity)
             for t in session.scalars(select(ApplicantType))}
    fields = list(session.scalars(select(FieldOfAction).where(FieldOfAction.active)))
    ref = Reference(
        programmes={p.code: ProgrammeRef(p.id, p.code, p.file_number_pattern,
                                         number_regex(p.file_number_pattern, p.code)) for p in programmes},
        programme_names={normalise(p.name): p.code for p in programmes},
        municipalities=NameMatcher(session.scalars(select(Municipality.name).where(Municipality.in_district)),
                                   aliases),
        fields_of_action=NameMatcher(f.name for f in fields),
        field_labels={normalise(f.label): f.name for f in fields},
        life_phases={normalise(key): p.code for p in session.scalars(select(LifePhase)) for key in (p.code, p.name)},
        types=types,
    )
    by_id = {t.id: t.code for t in types.values()}
    for applicant_id, name, type_id in session.execute(
            select(Applicant.id, Applicant.name, Applicant.applicant_type_id).order_by(Applicant.id)):
        ref.applicants.setdefault(name.casefold().strip(), (applicant_id, by_id[type_id]))
    wanted = set(file_numbers) | {m.canonical.upper() for m in (match_number(ref, n) for n in file_numbers) if m}
    if wanted:
        ref.existing_numbers = {n.upper() for n in session.scalars(select(Application.file_number).where(
            func.upper(Application.file_number).in_(sorted(wanted)))) if n}
    return ref


def budget_room(session: Session, ref: Reference, programme: str, year: int) -> tuple[Decimal, Decimal] | None:
    """(allocation, already committed) of a programme-year, None without a budget; cached per import."""
    key = (programme, year)
    if key not in ref.budgets:
        programme_id = ref.programmes[programme].id
        if ref.lock_budgets:
            row = lock_budget(session, programme_id, year)
            allocation = row.allocation if row is not None else None
        else:
            allocation = session.scalar(select(Budget.allocation).where(
                Budget.programme_id == programme_id, Budget.fiscal_year == year))
        if allocation is None:
            return None
        ref.budgets[key] = (allocation, committed_amount(session, programme_id, year))
    return ref.budgets[key]
