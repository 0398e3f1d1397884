"""Read side of the supervisor workbook: the filtered cases streamed in batches, budgets, group sums, deadlines.

The filter is the GUI list's `CaseFilter` (programme, year, status,
municipality …), applied in SQL by the case list's own query builder, plus an
optional set of several fiscal years. Everything is read in ONE read
transaction (REPEATABLE READ on PostgreSQL; SQLite's deferred transaction is a
snapshot already), so the case rows, the group sums and the deadlines agree
even while colleagues keep working. Group sums add whole cents as integers,
because SQLite keeps Numeric values as binary floating point.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, ColumnElement, Select, case, cast, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.cases.case_list import CaseFilter, apply_filter, deadline_is_open, join_list_tables, next_deadline_column
from app.cases.workflow import STATUS_LABELS
from app.excel.summary import NONE_LABEL, NOT_APPLIED, Scope, programme_years
from app.excel.summary import note as summary_note
from app.kernel import budget, clock, permissions, settings
from app.kernel.case_records import IDEA_PREFIX
from app.kernel.database import Database
from app.kernel.errors import FoerderDeskError
from app.kernel.i18n import _
from app.kernel.periods import add_months, format_date
from app.kernel.stored_text import render
from app.kernel.uow import load_actor
from app.social_plan.coverage import coverage
from db.enums import DeadlineKind, Status
from db.models import (
    Applicant,
    ApplicantType,
    Application,
    Deadline,
    FieldOfAction,
    LifePhase,
    Municipality,
    Programme,
    User,
)
from reports.excel.model import (
    Breakdown,
    BudgetLine,
    CoverageReport,
    DeadlineLine,
    GroupSum,
    Overview,
    OverviewCase,
)
from reports.summary.model import Summary

BATCH = 1000
CENT = Decimal("0.01")
DEADLINE_KIND_LABELS = {
    DeadlineKind.documents: _("Nachforderung"), DeadlineKind.hearing: _("Anhörung"),
    DeadlineKind.proof_of_use: _("Verwendungsnachweis"), DeadlineKind.objection: _("Widerspruchsfrist"),
    DeadlineKind.retention: _("Aufbewahrung"), DeadlineKind.payment_use: _("Mittelverwendung"),
    DeadlineKind.follow_up: _("Wiedervorlage"),
}


@dataclass(frozen=True)
class OverviewRequest:
    """What the supervisor chose: the list filter, optionally several fiscal years at once."""

    filter: CaseFilter = field(default_factory=CaseFilter)
    years: tuple[int, ...] = ()


def _filtered(query: Select[*tuple[Any, ...]], request: OverviewRequest) -> Select[*tuple[Any, ...]]:
    query = apply_filter(join_list_tables(query).join(ApplicantType, ApplicantType.id == Applicant.applicant_type_id)
                   .outerjoin(LifePhase, LifePhase.id == Application.life_phase_id)
                   .outerjoin(FieldOfAction, FieldOfAction.id == Application.field_of_action_id), request.filter)
    if request.years:
        query = query.where(Application.fiscal_year.in_(request.years))
    return query


def case_count(session: Session, request: OverviewRequest) -> int:
    return int(session.scalar(_filtered(select(func.count(Application.id)), request)) or 0)


def _case_query(request: OverviewRequest) -> Select[*tuple[Any, ...]]:
    return _filtered(select(
        Application.id, Application.file_number, Application.title, Applicant.name, ApplicantType.name,
        Municipality.name, Programme.code, Application.fiscal_year, Application.status, LifePhase.name,
        FieldOfAction.name, Application.received_on, Application.start_date, Application.end_date,
        Application.requested_amount, Application.approved_amount, Application.paid_amount,
        Application.final_amount, next_deadline_column(),
    ), request).order_by(Application.file_number.asc().nulls_last(), Application.id)


def _money(value: Decimal | float | None) -> Decimal | None:
    if value is None:
        return None
    return (value if type(value) is Decimal else Decimal(str(value))).quantize(CENT)  # the driver's Decimal as is


def _case(r: Sequence[Any]) -> OverviewCase:
    return OverviewCase(
        file_number=r[1] or f"{IDEA_PREFIX}{r[0]}", title=r[2], applicant=r[3], applicant_type=r[4],
        municipality=r[5], programme=r[6], fiscal_year=r[7], status=STATUS_LABELS[r[8]], life_phase=r[9],
        field_of_action=r[10], received_on=r[11], start_date=r[12], end_date=r[13],
        requested=_money(r[14]) or Decimal("0.00"), approved=_money(r[15]), paid=_money(r[16]) or Decimal("0.00"),
        final=_money(r[17]), next_deadline=r[18])


def stream_cases(session: Session, request: OverviewRequest, batch: int = BATCH) -> Iterator[OverviewCase]:
    """The filtered cases in list order, fetched `batch` rows at a time (server-side cursor on PostgreSQL)."""
    result = session.connection().execute(  # Core: the ORM's result processing costs time per row
        _case_query(request).execution_options(stream_results=True, yield_per=batch))
    for partition in result.partitions(batch):
        for row in partition:
            yield _case(row)


def _cents(column: Any) -> ColumnElement[int]:
    return func.coalesce(func.sum(cast(func.round(column * 100), BigInteger)), 0)


def _groups(session: Session, request: OverviewRequest, dimension: InstrumentedAttribute[Any]) -> list[GroupSum]:
    """Count and sums per value; ideas and withdrawn applications are counted apart, never "beantragt"."""
    applied = Application.status.notin_(NOT_APPLIED)
    query = _filtered(select(dimension, func.coalesce(func.sum(case((applied, 1), else_=0)), 0),
                             _cents(case((applied, Application.requested_amount), else_=None)),
                             _cents(Application.approved_amount), _cents(Application.paid_amount),
                             func.coalesce(func.sum(case((Application.status == Status.idea, 1), else_=0)), 0),
                             func.coalesce(func.sum(case((Application.status == Status.withdrawn, 1), else_=0)), 0)),
                      request).group_by(dimension)
    groups = []
    for key, count, requested, approved, paid, ideas, withdrawn in session.execute(query):
        label = STATUS_LABELS[key] if isinstance(key, Status) else (key or NONE_LABEL)
        groups.append((key, GroupSum(label, int(count), Decimal(int(requested)) / 100, Decimal(int(approved)) / 100,
                                     Decimal(int(paid)) / 100, int(ideas), int(withdrawn))))
    order = list(Status)
    groups.sort(key=lambda g: (order.index(g[0]), "") if isinstance(g[0], Status) else (g[0] is None, g[1].key))
    return [g for _key, g in groups]


def breakdowns(session: Session, request: OverviewRequest) -> list[Breakdown]:
    dimensions: list[tuple[str, InstrumentedAttribute[Any]]] = [
        (_("Status"), Application.status), (_("Lebensphase"), LifePhase.name),
        (_("Handlungsfeld"), FieldOfAction.name), (_("Gemeinde"), Municipality.name),
        (_("Antragstellerart"), ApplicantType.name),
    ]
    return [Breakdown(label, tuple(_groups(session, request, column))) for label, column in dimensions]


def budget_lines(session: Session, request: OverviewRequest) -> list[BudgetLine]:
    """Budget figures (app.kernel.budget) of the requested programme and years; all if none is chosen."""
    programme = None
    if request.filter.programme:
        programme = session.scalar(select(Programme).where(Programme.code == request.filter.programme.upper()))
        if programme is None:
            return []
    years = set(request.years) | ({request.filter.fiscal_year} if request.filter.fiscal_year else set())
    names = {code: name for code, name in session.execute(select(Programme.code, Programme.name))}
    return [BudgetLine(f.programme_code, names.get(f.programme_code, ""), f.fiscal_year, f.allocation, f.approved,
                       f.paid)
            for f in budget.figures(session, programme.id if programme else None)
            if not years or f.fiscal_year in years]


def deadline_horizon(session: Session, today: dt.date) -> dt.date:
    """The last due date the sheet "Fristen" lists: the coming months only, not retention dates years ahead."""
    return add_months(today, settings.get_int(session, "overview_deadline_months"))


def _deadline_query(request: OverviewRequest, today: dt.date, until: dt.date) -> Select[*tuple[Any, ...]]:
    query = _filtered(select(Deadline.due_on, Deadline.kind, Deadline.title, Deadline.title_params,
                             Application.file_number,
                             Application.id, Application.title, User.display_name), request)
    return (query.join(Deadline, Deadline.application_id == Application.id)
            .outerjoin(User, User.id == Deadline.assigned_to_id)
            .where(deadline_is_open(today), Deadline.due_on <= until))


def deadline_counts(session: Session, request: OverviewRequest, today: dt.date, until: dt.date) -> tuple[int, int]:
    """(open deadlines due by `until`, of which overdue) of the filtered cases."""
    query = _deadline_query(request, today, until).subquery()
    total, overdue = session.execute(select(
        func.count(), func.coalesce(func.sum(case((query.c.due_on < today, 1), else_=0)), 0))).one()
    return int(total), int(overdue)


def open_deadlines(session: Session, request: OverviewRequest, today: dt.date, until: dt.date,
                   batch: int = BATCH) -> Iterator[DeadlineLine]:
    query = _deadline_query(request, today, until).order_by(Deadline.due_on, Application.file_number, Deadline.id)
    result = session.connection().execute(query.execution_options(stream_results=True, yield_per=batch))
    for due, kind, title, params, number, app_id, case_title, assignee in result:
        yield DeadlineLine(due, DEADLINE_KIND_LABELS.get(kind, str(kind)), render(title, params),
                           number or f"{IDEA_PREFIX}{app_id}", case_title, assignee, (due - today).days)


def describe(request: OverviewRequest) -> str:
    """The chosen filter in words, for the workbook's header lines."""
    flt = request.filter
    parts = []
    if flt.programme:
        parts.append(_("Programm {code}").format(code=flt.programme.upper()))
    years = sorted(set(request.years) | ({flt.fiscal_year} if flt.fiscal_year else set()))
    if years:
        parts.append(_("Haushaltsjahr {years}").format(years=", ".join(str(y) for y in years)))
    if flt.statuses:
        parts.append(_("Status {labels}").format(labels=", ".join(STATUS_LABELS[s] for s in flt.statuses)))
    if flt.municipality:
        parts.append(_("Gemeinde {name}").format(name=flt.municipality))
    if flt.caseworker:
        parts.append(_("Sachbearbeitung {name}").format(name=flt.caseworker))
    if flt.deadline_due_by:
        parts.append(_("Frist bis {date}").format(date=format_date(flt.deadline_due_by)))
    if flt.text:
        parts.append(_("Suche »{text}«").format(text=flt.text))
    return _("Filter: {parts}.").format(parts="; ".join(parts)) if parts else _("Filter: alle Vorgänge.")


def load_overview(database: Database, request: OverviewRequest, user_name: str) -> Overview:
    """Everything for the workbook; the case rows stream from an open read transaction until `close()`.

    `user_name` must be an active user allowed to read cases; the workbook names them as its author.
    """
    session = database.read()
    try:
        if session.get_bind().dialect.name == "postgresql":
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        actor = load_actor(session, user_name)
        permissions.require(actor, "case.read")
        today = clock.today()
        until = deadline_horizon(session, today)
        counts = deadline_counts(session, request, today, until)
        overview = Overview(
            heading=_("Förderübersicht"), filter_text=describe(request),
            created=_stamp(actor.display_name), case_count=case_count(session, request),
            cases=stream_cases(session, request), budgets=budget_lines(session, request),
            breakdowns=breakdowns(session, request), deadlines=open_deadlines(session, request, today, until),
            deadline_count=counts[0], overdue_count=counts[1], deadlines_until=format_date(until),
            close=session.close, coverage=_coverage(session, request),
            summary=load_summary(session, request, actor.display_name))
    except BaseException:
        session.close()
        raise
    return overview


def scope(request: OverviewRequest) -> Scope:
    years = set(request.years) | ({request.filter.fiscal_year} if request.filter.fiscal_year else set())
    return Scope(request.filter.programme, tuple(sorted(years)))


def load_summary(session: Session, request: OverviewRequest, author: str) -> Summary:
    """The one-page summary of the request's programme-years (sheet "Überblick" and its PDF)."""
    chosen = scope(request)
    parts = []
    if chosen.programme:
        parts.append(_("Programm {code}").format(code=chosen.programme.upper()))
    if chosen.years:
        parts.append(_("Haushaltsjahr {years}").format(years=", ".join(str(y) for y in chosen.years)))
    covered = _("Auswahl: {parts}.").format(parts="; ".join(parts)) if parts else _("Auswahl: alle Programme und "
                                                                                 "Haushaltsjahre.")
    return Summary(_("Überblick für Landrat und Kreistag"), _stamp(author), covered + " " + summary_note(),
                   tuple(programme_years(session, chosen)))


def _coverage(session: Session, request: OverviewRequest) -> CoverageReport | None:
    """The plan's coverage for the chosen years (all of the plan's years when none was chosen)."""
    years = request.years or ((request.filter.fiscal_year,) if request.filter.fiscal_year else None)
    try:
        return coverage(session, None, years)
    except FoerderDeskError:
        return None  # no plan for these years: the sheet says so


def _stamp(created_by: str) -> str:
    now = clock.now().astimezone()
    return _("{date} um {time} Uhr, erstellt von {name}").format(
        date=format_date(now.date()), time=now.strftime("%H:%M"), name=created_by)
