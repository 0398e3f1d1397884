"""The alignment of one case with the social plan, as the review tab and the decision proposal show it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.kernel.case_records import case_file_number, load_case
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from app.kernel.stored_text import N_, Lines, StoredText, coded, free, joined
from app.social_plan.plans import plan_for_year, plan_goals
from app.social_plan.reviews import summary_of
from app.social_plan.scoring import ScoreResult, format_score, format_weight, sheet_criteria, weighted_score
from db.enums import Status
from db.models import Application, ApplicationGoal, Goal, Measure, Score, SocialPlan


@dataclass(frozen=True)
class MeasureOption:
    id: int
    code: str
    title: str
    in_catalogue: bool
    target_indicator: str | None


@dataclass(frozen=True)
class GoalOption:
    id: int
    code: str
    title: str
    life_phase: str | None  # German name; None for a cross-cutting goal
    field_of_action: str | None
    measures: tuple[MeasureOption, ...]


@dataclass(frozen=True)
class AlignedGoal:
    goal_id: int
    goal_code: str
    goal_title: str
    measure_id: int | None
    measure_code: str | None


@dataclass(frozen=True)
class ScoreLine:
    code: str
    name: str
    weight: Decimal
    points: int | None
    comment: str | None


@dataclass(frozen=True)
class AlignmentSheet:
    file_number: str
    version: int
    status: Status
    programme_code: str
    plan_name: str | None
    goals: tuple[GoalOption, ...]  # the catalogue of the plan valid in the case's fiscal year
    aligned: tuple[AlignedGoal, ...]
    justification: str | None
    criteria: tuple[ScoreLine, ...]
    result: ScoreResult | None  # None until every criterion has points

    @property
    def in_review(self) -> bool:
        return self.status == Status.social_plan_review

    @property
    def summary(self) -> str:
        return alignment_text(self.aligned, self.justification, self.criteria, self.result)


def alignment_sheet(session: Session, file_number: str) -> AlignmentSheet:
    app = load_case(session, file_number)
    plan = plan_for_year(session, app.fiscal_year)
    lines = score_lines(session, app)
    return AlignmentSheet(
        file_number=case_file_number(app), version=app.version, status=app.status, programme_code=app.programme.code,
        plan_name=plan.name if plan else None, goals=_goal_options(session, plan),
        aligned=tuple(aligned_goals(session, app)), justification=app.catalogue_justification, criteria=tuple(lines),
        result=result_of(lines))


def _goal_options(session: Session, plan: SocialPlan | None) -> tuple[GoalOption, ...]:
    if plan is None:
        return ()
    return tuple(GoalOption(g.id, g.code, g.title, g.life_phase, g.field_of_action,
                            tuple(MeasureOption(m.id, m.code, m.title, m.in_catalogue, m.target_indicator)
                                  for m in g.measures)) for g in plan_goals(session, plan))


def aligned_goals(session: Session, app: Application) -> list[AlignedGoal]:
    """The saved links; before the first alignment, the measure named in the application."""
    rows = session.execute(select(ApplicationGoal, Goal, Measure).join(Goal, Goal.id == ApplicationGoal.goal_id)
                           .outerjoin(Measure, Measure.id == ApplicationGoal.measure_id)
                           .where(ApplicationGoal.application_id == app.id).order_by(Goal.code)).all()
    if rows:
        return [AlignedGoal(g.id, g.code, g.title, m.id if m else None, m.code if m else None) for _l, g, m in rows]
    if app.measure is not None:
        goal = app.measure.goal
        return [AlignedGoal(goal.id, goal.code, goal.title, app.measure.id, app.measure.code)]
    return []


def score_lines(session: Session, app: Application) -> list[ScoreLine]:
    scores = {s.criterion_id: s for s in session.scalars(select(Score).where(Score.application_id == app.id))}
    lines = []
    for criterion in sheet_criteria(session, app.programme_id):
        score = scores.get(criterion.id) if criterion.id is not None else None
        lines.append(ScoreLine(criterion.code, criterion.name, criterion.weight,
                               score.points if score else None, score.comment if score else None))
    return lines


def result_of(lines: list[ScoreLine]) -> ScoreResult | None:
    if not lines or any(line.points is None for line in lines):
        return None
    return weighted_score((line.weight, line.points or 0) for line in lines)


def alignment_text(aligned: tuple[AlignedGoal, ...] | list[AlignedGoal], justification: str | None,
                   lines: tuple[ScoreLine, ...] | list[ScoreLine], result: ScoreResult | None) -> str:
    """Two lines for the proposal and the audit trail: the goals, then the score with its parts."""
    return alignment_stored(aligned, justification, lines, result).render()


def alignment_stored(aligned: tuple[AlignedGoal, ...] | list[AlignedGoal], justification: str | None,
                     lines: tuple[ScoreLine, ...] | list[ScoreLine], result: ScoreResult | None) -> StoredText:
    """`alignment_text` language-neutral, as the history and the audit trail keep it (`app.kernel.stored_text`)."""
    goals = ", ".join(f"{a.goal_code} ({a.measure_code})" if a.measure_code else a.goal_code for a in aligned)
    first = coded(N_("Sozialplanabgleich: Ziele {goals}"), goals=goals) if goals else \
        coded(N_("Sozialplanabgleich: keinem Ziel zugeordnet"))
    if justification:
        first = joined(first, coded(N_(" · Ausnahme außerhalb des Katalogs begründet")), separator="")
    if result is None:
        return joined(first, coded(N_("Bewertungsbogen: nicht ausgefüllt")))
    # criteria are named by the office (data); points and weights are numbers
    parts = "; ".join(f"{line.name} {line.points}/5 (×{format_weight(line.weight)})" for line in lines)
    second = coded(N_("Bewertung {score} = {achieved} von {possible} gewichteten Punkten: {parts}"),
                   score=result.text, achieved=format_weight(result.achieved),
                   possible=format_weight(result.possible), parts=parts)
    return joined(first, second)


def proposal_note(session: Session, app: Application, reasons: str | None, *,
                  panel_score: bool = False) -> StoredText:
    """The reasons of a decision proposal followed by the alignment and score it is based on.

    The reviewers' summary follows when several reviewers scored (`app.social_plan.reviews`); with
    `panel_score` the panel's mean is the proposal's score.
    """
    lines = score_lines(session, app)
    text = alignment_stored(aligned_goals(session, app), app.catalogue_justification, lines, result_of(lines))
    summary = summary_of(session, app)
    if panel_score and summary is None:
        raise ValidationError(_("Die Bewertung des Gremiums kann nicht die Bewertung des Vorschlags sein: noch hat "
                                "niemand aus dem Gremium den Antrag bewertet."), "score_basis")
    if summary is not None:
        text = joined(text, coded(N_("Gremium: {summary}"), summary=Lines((summary.stored,))))
    if panel_score and summary is not None:
        text = joined(text, coded(N_("Bewertung des Vorschlags: Mittelwert des Gremiums {score}"),
                                  score=format_score(summary.mean)))
    return joined(free(reasons), text, separator="\n\n") if reasons else text


def alignment_problem(session: Session, app: Application) -> str | None:
    """Why a case may not yet be proposed for approval: it must serve a goal or be a justified exception."""
    linked = app.measure_id is not None or app.catalogue_justification or session.scalar(
        select(ApplicationGoal.goal_id).where(ApplicationGoal.application_id == app.id).limit(1)) is not None
    if linked:
        return None
    return _("Vor einem Bewilligungsvorschlag muss der Antrag im Sozialplanabgleich mindestens einem Ziel oder "
             "einer Maßnahme zugeordnet oder als Ausnahme außerhalb des Katalogs begründet werden.")
