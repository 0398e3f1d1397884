"""Aktenzeichen: unique, readable, never reused, safe when two caseworkers register at once.

The running number lives in `file_number_counters` (one row per programme and
year). The row is created if missing (insert … on conflict do nothing) and
then incremented with a single UPDATE … RETURNING, which row-locks it on
PostgreSQL and runs under the write lock on SQLite. A rolled-back registration
gives its number back with the transaction, so numbers stay gap-free as well.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from db.models import FileNumberCounter, Programme


def next_number(session: Session, programme_id: int, fiscal_year: int) -> int:
    values = {"programme_id": programme_id, "fiscal_year": fiscal_year, "last_number": 0}
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert  # loaded on the server only: 70 ms of the SQLite start

        session.execute(insert(FileNumberCounter).values(**values).on_conflict_do_nothing())
    else:
        session.execute(sqlite_insert(FileNumberCounter).values(**values).on_conflict_do_nothing())
    number = session.execute(update(FileNumberCounter).where(
        FileNumberCounter.programme_id == programme_id, FileNumberCounter.fiscal_year == fiscal_year,
    ).values(last_number=FileNumberCounter.last_number + 1).returning(FileNumberCounter.last_number)).scalar_one()
    return int(number)


def format_file_number(pattern: str, code: str, year: int, number: int) -> str:
    try:
        return pattern.format(code=code, year=year, number=number)
    except (KeyError, IndexError, ValueError) as exc:
        raise ValidationError(
            _("Das Aktenzeichen-Muster »{pattern}« ist ungültig; erlaubt sind {{code}}, {{year}} und "
              "{{number}} (z. B. {{code}}-{{year}}-{{number:04d}}).").format(pattern=pattern),
            "file_number_pattern") from exc


def assign_file_number(session: Session, programme: Programme, fiscal_year: int) -> str:
    number = next_number(session, programme.id, fiscal_year)
    return format_file_number(programme.file_number_pattern, programme.code, fiscal_year, number)
