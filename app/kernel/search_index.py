"""Keeping the search texts current, and asking the index (schema 0014).

Every flush of a write session that adds, changes or removes a case's file number or title, or an applicant's
name or place, rewrites that record's search text in the same transaction (`after_flush` on the write session
class, beside the audit): intake, edits, registration, renaming, merging, import and anonymisation all write
through the ORM and so need no call of their own. Bulk writers that bypass the ORM call `rebuild`.

A search looks for each form of the query (`search_text.query_forms`) as a substring: on SQLite as a phrase of
the FTS5 trigram table, on PostgreSQL as `text LIKE '%form%'` on the side table with its `pg_trgm` index; without
an index (and for forms shorter than a trigram) the same LIKE scans the side table, so the result is the same
everywhere. Forms hold only letters, digits and single spaces, so nothing needs escaping or quoting.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Connection,
    Select,
    Table,
    column,
    delete,
    event,
    insert,
    inspect,
    literal_column,
    or_,
    select,
    table,
    union,
)
from sqlalchemy.orm import Session

from app.kernel import search_text
from app.kernel.audit import AuditedSession
from db.models import Applicant, Application
from db.models.search import ApplicantSearch, CaseSearch

CASE_FIELDS = frozenset({"file_number", "title"})
APPLICANT_FIELDS = frozenset({"name", "city"})
TRIGRAM = 3
# the tables' own columns, not the mapped attributes: a search compiles without the ORM's mappers (issue 26)
application_table, applicant_table = Application.__table__, Applicant.__table__
case_search, applicant_search = cast(Table, CaseSearch.__table__), cast(Table, ApplicantSearch.__table__)
_FTS = {case_search.name: table("case_search_fts", column("rowid"), column("text")),
        applicant_search.name: table("applicant_search_fts", column("rowid"), column("text"))}


def case_row(app_id: int, file_number: str | None, title: str | None) -> dict[str, Any]:
    return {"application_id": app_id, "text": search_text.case_text(file_number, title)}


def applicant_row(applicant_id: int, name: str | None, city: str | None) -> dict[str, Any]:
    return {"applicant_id": applicant_id, "text": search_text.applicant_text(name),
            "city_text": search_text.applicant_text(city)}


def _changed(obj: object, fields: frozenset[str]) -> bool:
    attrs = inspect(obj).attrs
    return any(attrs[name].history.has_changes() for name in fields)


def _after_flush(session: Session, _flush_context: Any) -> None:
    new, dirty = list(session.new), list(session.dirty)  # each access builds a set: once per flush, not per object
    cases = [o for o in new if isinstance(o, Application)] + [
        o for o in dirty if isinstance(o, Application) and _changed(o, CASE_FIELDS)]
    applicants = [o for o in new if isinstance(o, Applicant)] + [
        o for o in dirty if isinstance(o, Applicant) and _changed(o, APPLICANT_FIELDS)]
    connection = session.connection()
    if cases:
        write_cases(connection, [case_row(a.id, a.file_number, a.title) for a in cases])
    if applicants:
        write_applicants(connection, [applicant_row(a.id, a.name, a.city) for a in applicants])


def write_cases(connection: Connection, rows: list[dict[str, Any]]) -> None:
    """Replace the search texts of these cases (delete and insert: the same statements on both backends)."""
    connection.execute(delete(CaseSearch).where(CaseSearch.application_id.in_([r["application_id"] for r in rows])))
    connection.execute(insert(CaseSearch), rows)


def write_applicants(connection: Connection, rows: list[dict[str, Any]]) -> None:
    connection.execute(delete(ApplicantSearch).where(
        ApplicantSearch.applicant_id.in_([r["applicant_id"] for r in rows])))
    connection.execute(insert(ApplicantSearch), rows)


def rebuild(connection: Connection, chunk: int = 5000) -> None:
    """Every search text anew, for bulk loaders that insert past the ORM."""
    connection.execute(delete(CaseSearch))
    connection.execute(delete(ApplicantSearch))
    cases = connection.execute(select(Application.id, Application.file_number, Application.title)).all()
    for batch in _batches((case_row(*r) for r in cases), chunk):
        write_cases(connection, batch)
    applicants = connection.execute(select(Applicant.id, Applicant.name, Applicant.city)).all()
    for batch in _batches((applicant_row(*r) for r in applicants), chunk):
        write_applicants(connection, batch)


def _batches(rows: Iterable[dict[str, Any]], size: int) -> Iterable[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def has_fts(connection: Connection) -> bool:
    """Whether this SQLite database has the FTS5 trigram tables (remembered per connection)."""
    known = connection.info.get("fd_search_fts")
    if known is None:
        known = connection.execute(select(literal_column("1")).select_from(table("sqlite_master")).where(
            column("name") == "case_search_fts")).first() is not None
        connection.info["fd_search_fts"] = known
    return bool(known)


def _matching(connection: Connection | None, texts: Table, key: Any,
              forms: tuple[str, ...]) -> list[Select[Any]]:
    """One select of keys per form (a union of them is all matches; SQLite allows no nested unions).

    On SQLite a form of three or more characters is a trigram phrase query (`MATCH '"form"'`: exactly the
    substring, answered from the index; FTS5's own LIKE would check every hit against the content table);
    shorter forms have no trigram and scan the side table."""
    fts = _FTS[texts.name] if connection is not None and connection.dialect.name == "sqlite" and has_fts(connection) \
        else None
    return [select(fts.c.rowid).where(literal_column(fts.name).match(f'"{form}"'))
            if fts is not None and len(form) >= TRIGRAM else select(key).where(texts.c.text.like(f"%{form}%"))
            for form in forms]


def _any_of(parts: list[Select[Any]]) -> Select[Any] | CompoundSelect[Any]:
    return parts[0] if len(parts) == 1 else union(*parts)


def case_condition(connection: Connection | None, query: str) -> ColumnElement[bool] | None:
    """Cases whose file number or title, or whose applicant's name, holds the query; None for an empty query."""
    forms = search_text.query_forms(query)
    if not forms:
        return None
    by_applicant = select(application_table.c.id).where(application_table.c.applicant_id.in_(
        _any_of(_matching(connection, applicant_search, applicant_search.c.applicant_id, forms))))
    return application_table.c.id.in_(union(*_matching(connection, case_search, case_search.c.application_id, forms),
                                            by_applicant))


def join_case_texts(query: Select[Any], case_id: Any) -> Select[Any]:
    """`query` with each case's own search text beside it (an outer join on its key `case_id`), for
    `case_condition_per_row`."""
    return query.outerjoin(case_search, case_search.c.application_id == case_id)


def case_condition_per_row(query: str, applicant_id: Any) -> ColumnElement[bool] | None:
    """The same cases as `case_condition`, tested row by row on a select joined to the case's own search text
    (`join_case_texts`) and on its applicant column (the applicants matched once): for a first page in list order,
    where a broad query (tens of thousands of hits) is answered after a few hundred rows instead of collecting and
    sorting every hit. A join rather than a correlated EXISTS: PostgreSQL would turn the EXISTS into a hash of every
    hit first."""
    forms = search_text.query_forms(query)
    if not forms:
        return None
    by_applicant = select(applicant_search.c.applicant_id).where(
        or_(*[applicant_search.c.text.like(f"%{form}%") for form in forms]))
    return or_(*[case_search.c.text.like(f"%{form}%") for form in forms], applicant_id.in_(by_applicant))


def first_hits(connection: Connection, query: str, count: int) -> list[int] | None:
    """The ids of every case the query finds (its own search text, or its applicant's) when they are fewer than
    `count`, else None; each look-up stops at the `count`th hit. A form of three or more characters is answered by
    the index (SQLite's FTS5 trigram table; on PostgreSQL the planner takes the `pg_trgm` index for a rare form), a
    shorter one by one scan of the search texts: a rare query costs one look-up, not a count and then the search."""
    forms = search_text.query_forms(query)
    if not forms:
        return None
    found: set[int] = set()
    for part in _matching(connection, case_search, case_search.c.application_id, forms):
        found.update(connection.execute(part.limit(count)).scalars())
        if len(found) >= count:
            return None
    applicants: set[int] = set()
    for part in _matching(connection, applicant_search, applicant_search.c.applicant_id, forms):
        applicants.update(connection.execute(part.limit(count)).scalars())
        if len(applicants) >= count:
            return None
    if applicants:
        found.update(connection.execute(select(application_table.c.id).where(
            application_table.c.applicant_id.in_(sorted(applicants))).limit(count)).scalars())
    return sorted(found) if len(found) < count else None


def applicant_condition(connection: Connection | None, query: str) -> ColumnElement[bool] | None:
    """Applicants whose name or place holds the query; None for an empty query."""
    forms = search_text.query_forms(query)
    if not forms:
        return None
    by_place = [select(applicant_search.c.applicant_id).where(applicant_search.c.city_text.like(f"%{form}%"))
                for form in forms]
    names = _matching(connection, applicant_search, applicant_search.c.applicant_id, forms)
    return applicant_table.c.id.in_(union(*names, *by_place))


event.listen(AuditedSession, "after_flush", _after_flush)
