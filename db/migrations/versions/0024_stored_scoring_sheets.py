"""Every programme's scoring sheet stored

Scoring a case (alignment, panel review) only reads a programme's criteria: on PostgreSQL only administrators may
write `scoring_criteria`, so a caseworker's login could not store the default sheet on first use. New programmes
get the sheet when they are created; this stores the default sheet (as shipped at this revision) for every
programme that has none. No schema change.

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-07 09:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0024'
down_revision: str | None = '0023'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# code, name, weight: the default sheet of app.social_plan.scoring at this revision
DEFAULT_SHEET = (
    ("needs_based", "Bedarfsgerecht und demografiefest", "3"),
    ("family_participation", "Beteiligung von Familien", "2"),
    ("voluntary_engagement", "Ehrenamtliches Engagement", "1"),
    ("networking", "Vernetzung und Abstimmung der Träger", "2"),
    ("sustainability", "Nachhaltigkeit", "2"),
    ("social_area", "Sozialraumbezug", "2"),
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        bind.execute(sa.text("SELECT set_config('foerderdesk.action', 'reference-data', true)"))
    without = bind.execute(sa.text(
        "SELECT id FROM programmes p WHERE NOT EXISTS "
        "(SELECT 1 FROM scoring_criteria c WHERE c.programme_id = p.id) ORDER BY id")).scalars().all()
    insert = sa.text("INSERT INTO scoring_criteria (programme_id, code, name, weight, position, version) "
                     "VALUES (:programme, :code, :name, :weight, :position, 1)")
    for programme_id in without:
        for position, (code, name, weight) in enumerate(DEFAULT_SHEET):
            bind.execute(insert, {"programme": programme_id, "code": code, "name": name, "weight": weight,
                                  "position": position})


def downgrade() -> None:
    """Nothing to undo: the stored sheets are what the programmes used before (their defaults)."""
