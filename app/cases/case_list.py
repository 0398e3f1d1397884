"""The case list: filtering, sorting, counting and totals in the database.

The GUI holds only the ordered ids of the filtered set and fetches rows in
pages by id, so a list of 100,000 cases never loads all rows.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache
from typing import Any, TypeVarTuple

from sqlalchemy import BindParameter, ColumnElement, Connection, Date, Select, bindparam, func, or_, select, true
from sqlalchemy.orm import Session

from app.kernel import clock, search_index, search_text
from app.kernel.case_records import IDEA_PREFIX
from db.enums import DeadlineKind, Status
from db.models import Applicant, Application, Deadline, Municipality, Programme, User

# the tables' own columns, not the mapped attributes: statements of them compile without the ORM's mappers, so the
# list's first page does not wait for the mappers to be set up (issue 26); they mix with mapped attributes of the
# same tables in one statement (the Excel overview, the deadlines)
applications, deadlines = Application.__table__, Deadline.__table__
applicants, programmes = Applicant.__table__, Programme.__table__
municipalities, users = Municipality.__table__, User.__table__

ZERO = Decimal("0.00")
# a search with fewer hits than this has them collected and ordered for its first page (`first_page`)
WALK_FROM = 2000
NEWEST_BUDGET = 5000  # PostgreSQL: the newest year's cases tested for a page of a longer query (`_newest_year`)
# SQLite: the newest year's cases tested before the index collects the year's hits (`_newest_year`)
DENSE_BUDGET = 1000
IDEA_QUERY = re.compile(rf"{IDEA_PREFIX.rstrip('-').lower()} ?(\d+)")


@dataclass(frozen=True)
class CaseFilter:
    statuses: tuple[Status, ...] = ()
    programme: str | None = None
    fiscal_year: int | None = None
    municipality: str | None = None
    caseworker: str | None = None
    deadline_due_by: dt.date | None = None
    text: str | None = None


@dataclass(frozen=True)
class CaseRow:
    id: int
    file_number: str
    title: str
    applicant: str
    municipality: str | None
    programme: str
    fiscal_year: int
    status: Status
    requested: Decimal
    approved: Decimal | None
    paid: Decimal
    next_deadline: dt.date | None
    version: int


@dataclass(frozen=True)
class CaseTotals:
    count: int
    requested: Decimal = ZERO
    approved: Decimal = ZERO
    paid: Decimal = ZERO


def deadline_is_open(today: dt.date | BindParameter[dt.date]) -> ColumnElement[bool]:
    """Open to-dos; an objection period that has run out needs no action and no longer counts."""
    return deadlines.c.done_at.is_(None) & ((deadlines.c.kind != DeadlineKind.objection)
                                            | (deadlines.c.due_on >= today))


def next_deadline_column() -> ColumnElement[dt.date]:
    return (select(func.min(deadlines.c.due_on)).where(deadlines.c.application_id == applications.c.id,
                                                    deadline_is_open(clock.today()))
            .correlate(applications).scalar_subquery())


SORT_COLUMNS: dict[str, Any] = {
    "file_number": applications.c.file_number,
    "title": applications.c.title,
    "applicant": applicants.c.name,
    "municipality": municipalities.c.name,
    "programme": programmes.c.code,
    "fiscal_year": applications.c.fiscal_year,
    "status": applications.c.status,
    "requested": applications.c.requested_amount,
    "approved": applications.c.approved_amount,
    "paid": applications.c.paid_amount,
    "next_deadline": "next_deadline",
}
NULLABLE_SORT = frozenset({"file_number", "municipality", "approved", "next_deadline"})

_Columns = TypeVarTuple("_Columns")


def join_list_tables(query: Select[*_Columns]) -> Select[*_Columns]:
    return (query.join(applicants, applicants.c.id == applications.c.applicant_id)
            .join(programmes, programmes.c.id == applications.c.programme_id)
            .outerjoin(municipalities, municipalities.c.id == applications.c.municipality_id))


def apply_filter(query: Select[*_Columns], flt: CaseFilter, connection: Connection | None = None) -> Select[*_Columns]:
    """Filters as conditions on `applications` (sub-selects instead of joins keep the query index-friendly).

    With the connection the text search uses SQLite's FTS5 index; without it, it scans the search texts (the same
    result; on PostgreSQL the trigram index serves both)."""
    if flt.statuses:
        query = query.where(applications.c.status.in_(flt.statuses))
    if flt.programme:
        query = query.where(applications.c.programme_id.in_(select(programmes.c.id).where(
            programmes.c.code == flt.programme.upper())))
    if flt.fiscal_year:
        query = query.where(applications.c.fiscal_year == flt.fiscal_year)
    if flt.municipality:
        query = query.where(applications.c.municipality_id.in_(select(municipalities.c.id).where(
            municipalities.c.name == flt.municipality)))
    if flt.caseworker:
        query = query.where(applications.c.caseworker_id.in_(
            select(users.c.id).where(users.c.username == flt.caseworker)))
    if flt.deadline_due_by:
        query = query.where(select(deadlines.c.id).where(
            deadlines.c.application_id == applications.c.id, deadline_is_open(clock.today()),
            deadlines.c.due_on <= flt.deadline_due_by).exists())
    if flt.text and flt.text.strip():
        query = query.where(_text_match(flt.text.strip(), connection))
    return query


def _text_match(text: str, connection: Connection | None) -> ColumnElement[bool]:
    """The tolerant search (`app.kernel.search_text`) through the index; `IDEE-17` names an idea exactly.
    A text without a letter or digit ("-") narrows nothing."""
    found = search_index.case_condition(connection, text)
    if found is None:
        return true()
    idea = IDEA_QUERY.fullmatch(search_text.normalise(text))
    return or_(found, applications.c.id == int(idea.group(1))) if idea else found


def case_ids(session: Session, flt: CaseFilter, sort: str = "file_number", descending: bool = False,
             limit: int | None = None) -> list[int]:
    """Ordered ids of the filtered cases (ties by file number, then id, so the order is stable); with `limit`
    only the first ones (the list's first page: the database sorts only as far as it needs).

    The default order (year, file number) is served by `ix_applications_list_order`; for a text search
    a scan plus sort is faster than walking that index, so the index is bypassed there.
    """
    key = sort if sort in SORT_COLUMNS else "file_number"
    column = next_deadline_column() if key == "next_deadline" else SORT_COLUMNS[key]
    if limit is not None and flt.text and key == "fiscal_year" and descending:
        page = first_page(session, flt, limit)  # the list's default order
        if page is not None:
            return page
    if flt.text and key == "fiscal_year":
        column = applications.c.fiscal_year + 0
    order = column.desc() if descending else column.asc()
    if key in NULLABLE_SORT:
        order = order.nulls_last()
    tiebreak = applications.c.id.desc() if descending else applications.c.id.asc()
    query = select(applications.c.id)
    if key in ("applicant", "municipality", "programme"):
        query = join_list_tables(query)
    query = apply_filter(query, flt, session.connection()).order_by(order, applications.c.file_number.asc(), tiebreak)
    if limit is not None:
        query = query.limit(limit)
    result = session.connection().execute(query)
    try:  # plain integers: the driver's rows as they are, without a row object per case (issue 26)
        return [row[0] for row in result.cursor.fetchall()]
    finally:
        result.close()


def first_page(session: Session, flt: CaseFilter, limit: int, walk_from: int = WALK_FROM) -> list[int] | None:
    """The first `limit` ids of a search in the list's default order (year descending, file number, id descending),
    without ordering every hit (issue 26). Fewer than `walk_from` hits are collected in one look-up
    (`search_index.first_hits`: the trigram index, or one scan for a form of one or two characters) and ordered.
    More hits of a one- or two-character query are found by testing the cases in list order, year by year
    (`ix_applications_list_order` gives the file-number order within a year): a broad query ("f", "l") fills its page
    after a few hundred cases. Many hits of a longer query give a page when the newest year fills it (`_newest_year`),
    else None (the index and a sort answer), as does a query without a letter or digit (it narrows nothing)."""
    conn, text = session.connection(), (flt.text or "").strip()
    hit = search_index.case_condition_per_row(text, applications.c.applicant_id)
    if hit is None:
        return None
    idea = IDEA_QUERY.fullmatch(search_text.normalise(text))
    named = applications.c.id == int(idea.group(1)) if idea else None
    others = apply_filter(select(applications.c.id), replace(flt, text=None))
    hits = search_index.first_hits(conn, text, walk_from)
    if hits is not None:
        if not hits and named is None:
            return []
        wanted = applications.c.id.in_(hits) if named is None else or_(applications.c.id.in_(hits), named)
        return list(conn.execute(others.where(wanted).order_by(
            applications.c.fiscal_year.desc(), applications.c.file_number.asc(), applications.c.id.desc()).limit(limit))
            .scalars())
    if not _broad(text):
        return _newest_year(conn, flt, limit)
    base = search_index.join_case_texts(others, applications.c.id).where(hit if named is None else or_(hit, named))
    ids: list[int] = []
    year = conn.scalar(select(func.max(applications.c.fiscal_year)))
    while year is not None and len(ids) < limit:
        ids += conn.execute(base.where(applications.c.fiscal_year == year).order_by(
            applications.c.file_number.asc(), applications.c.id.desc()).limit(limit - len(ids))).scalars()
        year = conn.scalar(select(func.max(applications.c.fiscal_year)).where(applications.c.fiscal_year < year))
    return ids


def _newest_year(conn: Connection, flt: CaseFilter, limit: int) -> list[int] | None:
    """Many hits of an indexed query: the first page when the newest year alone fills it, without a sort of every
    hit; else None (their hits lie in older years, a file number's say: the index and a sort answer, `case_ids`).

    First the year's cases are tested one by one in list order against their search texts, up to a budget (it stops
    at the page's last hit): a query nearly every case matches ("fam", "lpf-20") is answered after a few hundred.
    Past the budget (`DENSE_BUDGET`), SQLite collects the hits from the FTS5 index and walks the year's cases in list
    order against them; PostgreSQL would hash-join every hit with the whole year instead, so it tests further, up to
    `NEWEST_BUDGET`, and else answers None."""
    others = replace(flt, text=None)
    newest = conn.scalar(apply_filter(select(func.max(applications.c.fiscal_year)), others))
    if newest is None:
        return None
    sqlite = conn.dialect.name == "sqlite"
    ids = _tested_in_order(conn, flt, newest, limit, DENSE_BUDGET if sqlite else NEWEST_BUDGET)
    if ids is None and sqlite:  # the hits are sparse in the year's first cases: the year's cases against the index
        query = apply_filter(select(applications.c.id), flt, conn).where(applications.c.fiscal_year == newest) \
            .order_by(applications.c.file_number.asc(), applications.c.id.desc())
        ids = list(conn.execute(query.limit(limit)).scalars())
    return ids if ids is not None and len(ids) == limit else None


def _tested_in_order(conn: Connection, flt: CaseFilter, year: int, limit: int, budget: int) -> list[int] | None:
    """The first `limit` hits among the first `budget` cases of `year` in list order, each tested against its search
    texts; None when the budget holds fewer (a query that nearly every case matches, "lpf-20", is answered after
    about `limit` cases)."""
    text = (flt.text or "").strip()
    ahead = apply_filter(select(applications.c.id, applications.c.file_number, applications.c.applicant_id),
                         replace(flt, text=None)) \
        .where(applications.c.fiscal_year == year) \
        .order_by(applications.c.file_number.asc(), applications.c.id.desc()).limit(budget).subquery()
    hit = search_index.case_condition_per_row(text, ahead.c.applicant_id)
    idea = IDEA_QUERY.fullmatch(search_text.normalise(text))
    if hit is None:
        return None
    query = search_index.join_case_texts(select(ahead.c.id), ahead.c.id) \
        .where(or_(hit, ahead.c.id == int(idea.group(1))) if idea else hit) \
        .order_by(ahead.c.file_number.asc(), ahead.c.id.desc())
    ids = list(conn.execute(query.limit(limit)).scalars())
    return ids if len(ids) == limit else None


def _broad(text: str) -> bool:
    """A query with a form too short for the trigram index (one or two characters)."""
    forms = search_text.query_forms(text.strip())
    return bool(forms) and min(len(form) for form in forms) < search_index.TRIGRAM


@cache
def _rows_query() -> Select[*tuple[Any, ...]]:
    """The list's columns for bound ids and day, built once (every page of the list runs it)."""
    next_deadline = (select(func.min(deadlines.c.due_on)).where(
        deadlines.c.application_id == applications.c.id, deadline_is_open(bindparam("today", type_=Date)))
        .correlate(applications).scalar_subquery())
    return join_list_tables(select(
        applications.c.id, applications.c.file_number, applications.c.title, applicants.c.name, municipalities.c.name,
        programmes.c.code, applications.c.fiscal_year, applications.c.status, applications.c.requested_amount,
        applications.c.approved_amount, applications.c.paid_amount, next_deadline, applications.c.version,
    )).where(applications.c.id.in_(bindparam("ids", expanding=True)))


def rows_by_ids(session: Session, ids: Sequence[int]) -> list[CaseRow]:
    """Rows for the given ids, in the given order."""
    if not ids:
        return []
    parameters = {"ids": list(ids), "today": clock.today()}
    found = {r[0]: r for r in session.connection().execute(_rows_query(), parameters).all()}
    rows = []
    for app_id in ids:
        r = found.get(app_id)
        if r is not None:
            rows.append(CaseRow(r[0], r[1] or f"{IDEA_PREFIX}{r[0]}", r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9],
                                r[10], r[11], r[12]))
    return rows


def list_cases(session: Session, flt: CaseFilter, sort: str = "file_number", descending: bool = False,
               offset: int = 0, limit: int | None = None) -> list[CaseRow]:
    ids = case_ids(session, flt, sort, descending)
    window = ids[offset: None if limit is None else offset + limit]
    return rows_by_ids(session, window)


def totals(session: Session, flt: CaseFilter) -> CaseTotals:
    query = apply_filter(select(
        func.count(applications.c.id), func.coalesce(func.sum(applications.c.requested_amount), 0),
        func.coalesce(func.sum(applications.c.approved_amount), 0),
        func.coalesce(func.sum(applications.c.paid_amount), 0),
    ), flt, session.connection())
    count, requested, approved, paid = session.connection().execute(query).one()
    cent = Decimal("0.01")
    return CaseTotals(int(count), Decimal(requested or 0).quantize(cent), Decimal(approved or 0).quantize(cent),
                      Decimal(paid or 0).quantize(cent))


@dataclass(frozen=True)
class FilterChoices:
    programmes: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    municipalities: list[str] = field(default_factory=list)
    caseworkers: list[tuple[str, str]] = field(default_factory=list)


def filter_choices(session: Session) -> FilterChoices:
    return FilterChoices(
        programmes=list(session.scalars(select(programmes.c.code).order_by(programmes.c.code))),
        years=list(session.scalars(select(applications.c.fiscal_year).distinct().order_by(applications.c.fiscal_year))),
        municipalities=list(session.scalars(select(municipalities.c.name).where(municipalities.c.in_district)
                                            .order_by(municipalities.c.name))),
        caseworkers=[(u.username, u.display_name) for u in session.scalars(
            select(User).where(users.c.active).order_by(users.c.display_name))],
    )
