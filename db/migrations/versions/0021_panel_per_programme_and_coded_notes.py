"""Several reviewers per programme, each reviewer's own score enforced by the database, coded document notes

- `programmes.panel_review` (NULL: as the office-wide setting `panel_review`): whether several reviewers score
  the programme's cases (Verwaltung → Programme).
- PostgreSQL: a trigger on `reviews` and `review_scores` lets a person insert, change and delete only the rows
  in their own name (`reviewer` = the user behind the login), whatever program sends the SQL; the owner without
  a person (migrations, set-up) and the cascade of a deleted case pass.
- The notes the program wrote on the documents it stores (the narrative report of a proof of use, a Prüfvermerk)
  become language-neutral (`app.kernel.stored_text.pack`: message id and parameters in one JSON object), matched
  against the German texts frozen below; any other note (typed by a person) stays as it is. Downgrade renders
  them back to German.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07 06:00:00
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0021'
down_revision: str | None = '0020'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REPORT_NOTE = "Sachbericht zum Verwendungsnachweis"
REVIEW_NOTE = "Prüfvermerk vom {day}, geprüft von {name}"
REVIEW_NOTE_TEXT = re.compile(r"Prüfvermerk vom (\d{2})\.(\d{2})\.(\d{4}), geprüft von (.+)\Z", re.DOTALL)

OWN_REVIEWS = r"""
CREATE FUNCTION fd_reviews_own() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    person integer := fd_person_id();
    me text;
BEGIN
    IF person IS NULL THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;  -- the owner without a person: set-up
    END IF;
    SELECT username INTO me FROM users WHERE id = person;
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.reviewer IS DISTINCT FROM me THEN
        IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM applications WHERE id = OLD.application_id) THEN
            RETURN OLD;  -- the case itself is deleted: its scores go with it
        END IF;
        PERFORM fd_refuse(format('Die Bewertung von »%s« kann nur diese Person selbst ändern oder zurückziehen.',
                                 OLD.reviewer));
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.reviewer IS DISTINCT FROM me THEN
        PERFORM fd_refuse('Eine Bewertung kann man nur im eigenen Namen abgeben.');
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER reviews_own BEFORE INSERT OR UPDATE OR DELETE ON reviews
    FOR EACH ROW EXECUTE FUNCTION fd_reviews_own();
CREATE TRIGGER review_scores_own BEFORE INSERT OR UPDATE OR DELETE ON review_scores
    FOR EACH ROW EXECUTE FUNCTION fd_reviews_own();
"""


def _packed(message: str, params: dict[str, object]) -> str:
    return json.dumps({"m": message, "p": params}, ensure_ascii=False, sort_keys=True)


def _code(note: str) -> str | None:
    if note == REPORT_NOTE:
        return _packed(REPORT_NOTE, {})
    if found := REVIEW_NOTE_TEXT.match(note):
        day, month, year, name = found.groups()
        return _packed(REVIEW_NOTE, {"day": {"date": f"{year}-{month}-{day}"}, "name": name})
    return None


def _german(packed: str) -> str | None:
    try:
        data = json.loads(packed)
        params = {k: (v["date"] if isinstance(v, dict) else v) for k, v in data["p"].items()}
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    if "day" in params:
        year, month, day = str(params["day"]).split("-")
        params["day"] = f"{day}.{month}.{year}"
    return str(data["m"]).format(**params)


def _convert(convert: Callable[[str], str | None], where: str) -> None:
    connection = op.get_bind()
    rows = connection.execute(sa.text(f"SELECT id, note FROM documents WHERE note {where}")).all()
    for row_id, note in rows:
        changed = convert(note)
        if changed is not None:
            connection.execute(sa.text("UPDATE documents SET note = :n WHERE id = :id"), {"n": changed, "id": row_id})


def _fire_deferred() -> None:
    """Changed rows queue the audit chain's deferred triggers on PostgreSQL: fire them now (see 0020)."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute("SET CONSTRAINTS ALL IMMEDIATE")


def upgrade() -> None:
    # plain ALTER TABLE (see 0012): a batch would copy and drop `programmes`, which its foreign keys forbid
    op.add_column('programmes', sa.Column('panel_review', sa.Boolean(), nullable=True))
    _convert(_code, "IN ('Sachbericht zum Verwendungsnachweis') OR note LIKE 'Prüfvermerk vom %'")
    _fire_deferred()
    if op.get_bind().dialect.name == "postgresql":
        op.execute(OWN_REVIEWS)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS review_scores_own ON review_scores")
        op.execute("DROP TRIGGER IF EXISTS reviews_own ON reviews")
        op.execute("DROP FUNCTION IF EXISTS fd_reviews_own()")
    _convert(_german, "LIKE '{\"m\": %'")
    _fire_deferred()
    op.drop_column('programmes', 'panel_review')
