"""Several reviewers score a case (Vergabegremium, Steuerungsgremium): one score per reviewer, and a summary.

Switched on per programme (`Programme.panel_review`, Verwaltung → Programme); a programme that leaves it open
follows the office-wide setting `panel_review`. In the social-plan review each reviewer
(caseworkers and supervisors, permission `case.review`) gives points 0–5 on every criterion of the programme's
scoring sheet (`app.social_plan.scoring`) and a comment; their weighted score is computed as for the sheet
(percentage, two decimals). A reviewer changes only their own score; a reader cannot score.

The summary (all in Decimal): number of reviewers; mean of their percentages; spread as minimum–maximum and as
the *population* standard deviation σ = √(Σ(x − mean)² / n) — the panel is every reviewer there is, not a
sample of them; mean points per criterion; the comments. Mean and σ are rounded half up to two decimals once, at
the end. The decision proposal quotes the summary and may take the panel's mean as its score
(`proposal_lines`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.kernel import settings
from app.kernel.case_records import case_file_number, load_case
from app.kernel.errors import PermissionDenied, TransitionRefused, ValidationError
from app.kernel.i18n import _
from app.kernel.stored_text import N_, Percent, StoredText, coded
from app.kernel.uow import UnitOfWork
from app.kernel.validation import clean_text
from app.social_plan.scoring import (
    MAX_POINTS,
    PERCENT_STEP,
    Criterion,
    ScoreResult,
    counting_criteria,
    format_score,
    sheet_criteria,
    weighted_score,
)
from db.base import utcnow
from db.enums import Status
from db.models import Application, Programme, Review, ReviewScore, User

OPEN_FOR_REVIEW = frozenset({Status.social_plan_review})


@dataclass(frozen=True)
class ReviewLine:
    reviewer: str
    display_name: str
    percent: Decimal
    points: dict[str, int]  # criterion code → points
    comment: str | None
    updated_at: dt.datetime


@dataclass(frozen=True)
class ReviewSummary:
    count: int
    mean: Decimal
    minimum: Decimal
    maximum: Decimal
    stdev: Decimal  # population standard deviation, percentage points
    criterion_means: tuple[tuple[str, str, Decimal], ...]  # code, name, mean points (two decimals)
    comments: tuple[tuple[str, str], ...]  # display name, comment

    @property
    def text(self) -> str:
        return self.stored.render()

    @property
    def stored(self) -> StoredText:
        """The summary language-neutral, as a proposal's note keeps it (`app.kernel.stored_text`)."""
        return coded(N_("{count} Bewertungen: Mittelwert {mean}, Spanne {low} bis {high}, Standardabweichung "
                        "{stdev} Prozentpunkte"), count=self.count, mean=format_score(self.mean),
                     low=format_score(self.minimum), high=format_score(self.maximum),
                     stdev=format_score(self.stdev).removesuffix(" %"))


@dataclass(frozen=True)
class CaseReviews:
    file_number: str
    enabled: bool
    open: bool  # the case is in a state where reviewers score
    criteria: tuple[Criterion, ...]
    reviews: tuple[ReviewLine, ...]
    summary: ReviewSummary | None


def panel_enabled(session: Session, programme: Programme) -> bool:
    """Whether several reviewers score the programme's cases: its own choice, else the office-wide setting."""
    if programme.panel_review is not None:
        return programme.panel_review
    return bool(settings.get(session, "panel_review"))


def _round(value: Decimal) -> Decimal:
    return value.quantize(PERCENT_STEP, rounding=ROUND_HALF_UP)


def summarise(percents: list[Decimal]) -> tuple[Decimal, Decimal]:
    """Mean and population standard deviation, each rounded once to two decimals."""
    count = Decimal(len(percents))
    mean = sum(percents, Decimal(0)) / count
    variance = sum(((p - mean) ** 2 for p in percents), Decimal(0)) / count
    return _round(mean), _round(variance.sqrt())


def record_review(uow: UnitOfWork, file_number: str, scores: Mapping[str, int], comment: str | None = None, *,
                  reviewer: str | None = None) -> ScoreResult:
    """Save the acting user's own score of a case (replacing their earlier one); returns its weighted score.

    `reviewer`, if given, must be the acting user: nobody records or changes another person's score.
    """
    text = clean_text(comment, _("Kommentar"), field="comment", required=False, max_len=4000, multiline=True)
    with uow:
        actor = uow.act("review-case", permission="case.review")
        if reviewer is not None and reviewer.strip() != actor.username:
            raise PermissionDenied(_("{name} darf nur die eigene Bewertung erfassen oder ändern, nicht die von "
                                     "»{other}«.").format(name=actor.display_name, other=reviewer.strip()))
        app = load_case(uow.session, file_number, for_update=True)
        _require_open(uow.session, app)
        criteria = counting_criteria(uow.session, app.programme_id, app.programme.code)
        points = _checked_points(scores, [(c.id, c.code, c.name) for c in criteria])
        result = weighted_score((c.weight, points[c.id]) for c in criteria)
        uow.act("review-case", coded(N_("Bewertung {score} durch {name}"), score=Percent(result.percent / 100),
                                     name=actor.display_name))
        _store(uow.session, app.id, actor.username, points, result.percent, text)
        uow.commit()
    return result


def _require_open(session: Session, app: Application) -> None:
    if not panel_enabled(session, app.programme):
        raise ValidationError(_("Die Bewertung durch mehrere Personen ist für das Programm {code} nicht "
                                "eingeschaltet (Verwaltung → Programme, oder die Einstellung »Bewertung durch "
                                "mehrere Personen«).").format(code=app.programme.code))
    if app.status not in OPEN_FOR_REVIEW:
        raise TransitionRefused(_("Bewertungen des Gremiums sind nur im Sozialplanabgleich möglich; der Vorgang "
                                  "{ref} ist nicht in diesem Schritt.").format(ref=case_file_number(app)))


def _checked_points(scores: Mapping[str, int], criteria: list[tuple[int, str, str]]) -> dict[int, int]:
    codes = {code: (criterion_id, name) for criterion_id, code, name in criteria}
    unknown = sorted(set(scores) - set(codes))
    if unknown:
        raise ValidationError(_("Unbekanntes Bewertungskriterium »{code}«; möglich: {codes}.").format(
            code=unknown[0], codes=", ".join(codes)), "scores")
    missing = [name for _id, code, name in criteria if code not in scores]
    if missing:
        raise ValidationError(_("Bitte alle Kriterien bewerten; es fehlen: {names}.").format(
            names=", ".join(missing)), "scores")
    points: dict[int, int] = {}
    for code, value in scores.items():
        criterion_id, name = codes[code]
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_POINTS:
            raise ValidationError(_("Die Punkte für »{name}« müssen eine ganze Zahl von 0 bis 5 sein.").format(
                name=name), "scores")
        points[criterion_id] = value
    return points


def _store(session: Session, application_id: int, reviewer: str, points: dict[int, int], percent: Decimal,
           comment: str | None) -> None:
    review = session.get(Review, (application_id, reviewer))
    if review is None:
        session.add(Review(application_id=application_id, reviewer=reviewer, percent=percent, comment=comment))
    else:
        review.percent, review.comment, review.updated_at = percent, comment, utcnow()
    existing = {s.criterion_id: s for s in session.scalars(select(ReviewScore).where(
        ReviewScore.application_id == application_id, ReviewScore.reviewer == reviewer))}
    for criterion_id, value in points.items():
        row = existing.pop(criterion_id, None)
        if row is None:
            session.add(ReviewScore(application_id=application_id, reviewer=reviewer, criterion_id=criterion_id,
                                    points=value))
        elif row.points != value:
            row.points = value
    for row in existing.values():  # a criterion switched off since
        session.delete(row)


def remove_review(uow: UnitOfWork, file_number: str) -> None:
    """Withdraw the acting user's own score."""
    with uow:
        actor = uow.act("withdraw-review", permission="case.review")
        app = load_case(uow.session, file_number, for_update=True)
        _require_open(uow.session, app)
        review = uow.session.get(Review, (app.id, actor.username))
        if review is None:
            raise ValidationError(_("Sie haben diesen Antrag nicht bewertet."))
        uow.session.execute(delete(ReviewScore).where(ReviewScore.application_id == app.id,
                                                      ReviewScore.reviewer == actor.username))
        uow.session.delete(review)
        uow.commit()


def case_reviews(uow: UnitOfWork, file_number: str) -> CaseReviews:
    """Every reviewer's score of a case with the summary (for the reviews panel and `review show`)."""
    with uow.read() as scope:
        app = load_case(scope.session, file_number)
        lines = review_lines(scope.session, app)
        return CaseReviews(case_file_number(app), panel_enabled(scope.session, app.programme),
                           app.status in OPEN_FOR_REVIEW,
                           tuple(sheet_criteria(scope.session, app.programme_id)), tuple(lines),
                           summary_of(scope.session, app, lines))


def review_lines(session: Session, app: Application) -> list[ReviewLine]:
    reviews = list(session.scalars(select(Review).where(Review.application_id == app.id).order_by(Review.reviewer)))
    if not reviews:
        return []
    codes = {c.id: c.code for c in sheet_criteria(session, app.programme_id) if c.id is not None}
    points: dict[str, dict[str, int]] = {}
    for row in session.scalars(select(ReviewScore).where(ReviewScore.application_id == app.id)):
        if row.criterion_id in codes:
            points.setdefault(row.reviewer, {})[codes[row.criterion_id]] = row.points
    names = {name: shown for name, shown in session.execute(select(User.username, User.display_name).where(
        User.username.in_([r.reviewer for r in reviews])))}
    return [ReviewLine(r.reviewer, names.get(r.reviewer, r.reviewer), r.percent, points.get(r.reviewer, {}),
                       r.comment, r.updated_at) for r in reviews]


def summary_of(session: Session, app: Application, lines: list[ReviewLine] | None = None) -> ReviewSummary | None:
    """The panel's summary of a case, or None without any review."""
    lines = review_lines(session, app) if lines is None else lines
    if not lines:
        return None
    percents = [line.percent for line in lines]
    mean, stdev = summarise(percents)
    criterion_means = []
    for criterion in sheet_criteria(session, app.programme_id):
        given = [Decimal(line.points[criterion.code]) for line in lines if criterion.code in line.points]
        if given:
            criterion_means.append((criterion.code, criterion.name, _round(sum(given, Decimal(0)) / len(given))))
    comments = tuple((line.display_name, line.comment) for line in lines if line.comment)
    return ReviewSummary(len(lines), mean, min(percents), max(percents), stdev, tuple(criterion_means), comments)
