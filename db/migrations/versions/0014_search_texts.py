"""Tolerant, indexed search: normalised search texts of cases and applicants, and an index over them

- `case_search` (file number, also without leading zeros, and title) and `applicant_search` (name; place for the
  applicant search): one row per case / applicant, filled here for existing rows with a frozen copy of the
  normaliser (`app.kernel.search_text` at this revision) and kept current by the program's write path.
- SQLite: an FTS5 table with the trigram tokenizer over each (external content, kept in step by triggers), so
  `LIKE '%…%'` is answered from the index. Without FTS5 trigram (SQLite < 3.34) the search scans the side tables.
- PostgreSQL: `pg_trgm` GIN indexes on the texts. The extension is trusted since PostgreSQL 13 (the database
  owner may create it); where it cannot be created the indexes are left out and the search scans the side tables.
  Privileges as for case data (readers read; caseworkers and administrators write). No audit trigger: the texts
  are derived from audited fields and would only repeat them.
- A later migration that rebuilds `case_search`/`applicant_search` on SQLite (batch mode) must recreate the
  triggers below.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06 23:55:00
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0014'
down_revision: str | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHUNK = 5000
# (table, key column, FTS5 table, trigram index)
INDEXED = (("case_search", "application_id", "case_search_fts", "ix_case_search_trgm"),
           ("applicant_search", "applicant_id", "applicant_search_fts", "ix_applicant_search_trgm"))

# --- frozen copy of app.kernel.search_text at this revision ---
_TRANSCRIBED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
_PLAIN = str.maketrans({"ä": "a", "ö": "o", "ü": "u"})
_SPELLED = str.maketrans({"æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
                          "ħ": "h", "ŧ": "t"})
_NOT_WORD = re.compile(r"[\W_]+")
_LEADING_ZEROS = re.compile(r"\b0+(?=\d)")


def _fold(text: str, umlauts: dict[int, str]) -> str:
    folded = unicodedata.normalize("NFC", text).casefold().translate(umlauts).translate(_SPELLED)
    decomposed = unicodedata.normalize("NFKD", folded)
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NOT_WORD.sub(" ", letters).split())


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def _forms(text: str | None) -> tuple[str, ...]:
    return _unique((_fold(text or "", _TRANSCRIBED), _fold(text or "", _PLAIN)))


def _file_number_forms(file_number: str | None) -> tuple[str, ...]:
    if not file_number:
        return ()
    return _unique(f for form in _forms(file_number) for f in (form, _LEADING_ZEROS.sub("", form)))


def _record_text(*parts: tuple[str, ...]) -> str:
    return "|".join(_unique(form for part in parts for form in part if form))
# --- end of the frozen copy ---


def _fill(connection: sa.Connection) -> None:
    case_search = sa.table("case_search", sa.column("application_id"), sa.column("text"))
    applicant_search = sa.table("applicant_search", sa.column("applicant_id"), sa.column("text"),
                                sa.column("city_text"))
    cases = sa.table("applications", sa.column("id"), sa.column("file_number"), sa.column("title"))
    applicants = sa.table("applicants", sa.column("id"), sa.column("name"), sa.column("city"))
    rows = [{"application_id": i, "text": _record_text(_file_number_forms(f), _forms(t))}
            for i, f, t in connection.execute(sa.select(cases.c.id, cases.c.file_number, cases.c.title))]
    for start in range(0, len(rows), CHUNK):
        connection.execute(case_search.insert(), rows[start:start + CHUNK])
    rows = [{"applicant_id": i, "text": _record_text(_forms(n)), "city_text": _record_text(_forms(c))}
            for i, n, c in connection.execute(sa.select(applicants.c.id, applicants.c.name, applicants.c.city))]
    for start in range(0, len(rows), CHUNK):
        connection.execute(applicant_search.insert(), rows[start:start + CHUNK])


def _sqlite_index(connection: sa.Connection) -> None:
    """FTS5 trigram tables kept in step by triggers; skipped where this SQLite has no trigram tokenizer."""
    try:
        with connection.begin_nested():
            connection.exec_driver_sql("CREATE VIRTUAL TABLE fd_trigram_probe USING fts5(x, tokenize='trigram')")
            connection.exec_driver_sql("DROP TABLE fd_trigram_probe")
    except sa.exc.OperationalError:
        return
    for table, key, fts, _index in INDEXED:
        op.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5(text, content='{table}', content_rowid='{key}', "
                   "tokenize='trigram')")
        op.execute(f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
                   f"INSERT INTO {fts}(rowid, text) VALUES (new.{key}, new.text); END")
        op.execute(f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
                   f"INSERT INTO {fts}({fts}, rowid, text) VALUES ('delete', old.{key}, old.text); END")
        op.execute(f"CREATE TRIGGER {fts}_au AFTER UPDATE ON {table} BEGIN "
                   f"INSERT INTO {fts}({fts}, rowid, text) VALUES ('delete', old.{key}, old.text); "
                   f"INSERT INTO {fts}(rowid, text) VALUES (new.{key}, new.text); END")
        op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def _postgresql_index(connection: sa.Connection) -> None:
    """pg_trgm GIN indexes where the extension is there or may be created; a plain scan otherwise."""
    try:
        with connection.begin_nested():
            connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError:
        return
    for table, _key, _fts, index in INDEXED:
        op.execute(f"CREATE INDEX {index} ON {table} USING gin (text gin_trgm_ops)")


def _postgresql_grants() -> None:
    op.execute("""
    DO $$
    BEGIN
        EXECUTE format('GRANT SELECT ON case_search, applicant_search TO %I', fd_group('reader'));
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON case_search, applicant_search TO %I, %I',
                       fd_group('caseworker'), fd_group('admin'));
    END $$""")


def upgrade() -> None:
    op.create_table(
        'case_search',
        sa.Column('application_id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['application_id'], ['applications.id'],
                                name=op.f('fk_case_search_application_id_applications'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('application_id', name=op.f('pk_case_search')),
    )
    op.create_table(
        'applicant_search',
        sa.Column('applicant_id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('city_text', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['applicant_id'], ['applicants.id'],
                                name=op.f('fk_applicant_search_applicant_id_applicants'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('applicant_id', name=op.f('pk_applicant_search')),
    )
    connection = op.get_bind()
    _fill(connection)
    if connection.dialect.name == "postgresql":
        _postgresql_index(connection)
        _postgresql_grants()
    else:
        _sqlite_index(connection)


def downgrade() -> None:
    connection = op.get_bind()
    for table, _key, fts, index in INDEXED:
        if connection.dialect.name == "postgresql":
            op.execute(f"DROP INDEX IF EXISTS {index}")
        else:
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {fts}")
        op.drop_table(table)
