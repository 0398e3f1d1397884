"""The scoring sheet of the social-plan review: weighted criteria per programme, 0–5 points each.

Weighted score = Σ(weight × points) / Σ(weight × 5), shown as a percentage with two decimals
(rounded half up once, at the end; all arithmetic in Decimal). Example with the default weights
3, 2, 1, 2, 2, 2 and points 4, 3, 2, 5, 3, 4: (12 + 6 + 2 + 10 + 6 + 8) / (12 × 5) = 44 / 60 = 73,33 %.

Each programme has its own criteria (`ScoringCriterion` rows). A programme starts with the default
sheet below, stored by the administration when the programme is created or saved (and by migration 0024
for programmes that had none); until then the defaults are shown. Scoring a case only reads the sheet:
on PostgreSQL only administrators may write the criteria. A criterion with weight 0 is switched off: it
is neither shown nor counted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import format_decimal
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from db.models import ScoringCriterion

MAX_POINTS = 5
HUNDRED = Decimal(100)
PERCENT_STEP = Decimal("0.01")

# code, German name, default weight — from the programme goals the applications are judged against
DEFAULT_CRITERIA: tuple[tuple[str, str, Decimal], ...] = (
    ("needs_based", _("Bedarfsgerecht und demografiefest"), Decimal("3")),
    ("family_participation", _("Beteiligung von Familien"), Decimal("2")),
    ("voluntary_engagement", _("Ehrenamtliches Engagement"), Decimal("1")),
    ("networking", _("Vernetzung und Abstimmung der Träger"), Decimal("2")),
    ("sustainability", _("Nachhaltigkeit"), Decimal("2")),
    ("social_area", _("Sozialraumbezug"), Decimal("2")),
)


@dataclass(frozen=True)
class Criterion:
    """A criterion of a programme's sheet; `id` is None while the programme still uses the defaults."""

    id: int | None
    code: str
    name: str
    weight: Decimal
    position: int
    version: int = 1


@dataclass(frozen=True)
class ScoreResult:
    achieved: Decimal  # Σ weight × points
    possible: Decimal  # Σ weight × 5
    percent: Decimal  # achieved / possible × 100, two decimals

    @property
    def text(self) -> str:
        return format_score(self.percent)


def weighted_score(parts: Iterable[tuple[Decimal, int]]) -> ScoreResult:
    """Score of (weight, points) pairs; raises ValueError for points outside 0–5 or no weight at all."""
    achieved = possible = Decimal(0)
    for weight, points in parts:
        if not 0 <= points <= MAX_POINTS:
            raise ValueError(f"points out of range: {points}")
        achieved += weight * points
        possible += weight * MAX_POINTS
    if possible <= 0:
        raise ValueError("no criterion with a weight")
    percent = (achieved * HUNDRED / possible).quantize(PERCENT_STEP, rounding=ROUND_HALF_UP)
    return ScoreResult(achieved, possible, percent)


def format_score(percent: Decimal) -> str:
    """73.33 → "73,33 %"."""
    return f"{format_decimal(percent, format='#,##0.00', locale='de_DE')} %"


def format_weight(weight: Decimal) -> str:
    """3.00 → "3", 1.50 → "1,5"."""
    return format_decimal(weight, format="#,##0.##", locale="de_DE")


def default_criteria() -> list[Criterion]:
    return [Criterion(None, code, name, weight, position) for position, (code, name, weight)
            in enumerate(DEFAULT_CRITERIA)]


def stored_criteria(session: Session, programme_id: int) -> list[ScoringCriterion]:
    return list(session.scalars(select(ScoringCriterion).where(ScoringCriterion.programme_id == programme_id)
                                .order_by(ScoringCriterion.position, ScoringCriterion.code)))


def sheet_criteria(session: Session, programme_id: int) -> list[Criterion]:
    """The criteria that count for the programme (weight above 0), in sheet order."""
    stored = stored_criteria(session, programme_id)
    if not stored:
        return default_criteria()
    return [Criterion(c.id, c.code, c.name, c.weight, c.position, c.version) for c in stored if c.weight > 0]


def ensure_default_criteria(session: Session, programme_id: int) -> list[ScoringCriterion]:
    """Store the default sheet for a programme that has none yet (idempotent); returns all its criteria."""
    stored = stored_criteria(session, programme_id)
    if stored:
        return stored
    for criterion in default_criteria():
        session.add(ScoringCriterion(programme_id=programme_id, code=criterion.code, name=criterion.name,
                                     weight=criterion.weight, position=criterion.position))
    session.flush()
    return stored_criteria(session, programme_id)


def counting_criteria(session: Session, programme_id: int, programme_code: str) -> list[ScoringCriterion]:
    """The stored criteria a score is given on (weight above 0); never writes (a caseworker scores).

    A programme whose sheet was never stored is refused with a German message naming who stores it."""
    stored = [c for c in stored_criteria(session, programme_id) if c.weight > 0]
    if not stored:
        raise ValidationError(_("Für das Programm {code} ist noch kein Bewertungsbogen gespeichert. Die "
                                "Administration speichert ihn unter Verwaltung → Programme (Gewichte speichern)."
                                ).format(code=programme_code), "scores")
    return stored
