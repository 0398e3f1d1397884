"""Aligning a case with the social plan in the review step: goals/measures, justified exception, score sheet.

The alignment is saved as a whole (links, justification, points with comments); the audit trail
records every link and score with the summary as its reason, and the decision proposal quotes the
summary (`app.social_plan.alignment.proposal_note`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cases.workflow import STATUS_LABELS
from app.kernel import field_limits
from app.kernel.case_records import check_version, load_case
from app.kernel.errors import TransitionRefused, ValidationError
from app.kernel.i18n import _
from app.kernel.stored_text import StoredText
from app.kernel.uow import UnitOfWork
from app.kernel.validation import clean_text
from app.social_plan.alignment import AlignedGoal, ScoreLine, alignment_stored
from app.social_plan.plans import plan_for_year
from app.social_plan.scoring import MAX_POINTS, ScoreResult, counting_criteria, weighted_score
from db.base import utcnow
from db.enums import Status
from db.models import Application, ApplicationGoal, Goal, Measure, Score, ScoringCriterion

GoalChoice = tuple[int, int | None]  # goal id, measure id or None
Link = tuple[Goal, Measure | None]
Points = dict[int, tuple[int, str | None]]  # criterion id → points, comment

COMMENT_MAX = field_limits.declare("Score.comment", 2000)  # the comment column is unbounded text


def align_case(uow: UnitOfWork, file_number: str, goals: Sequence[GoalChoice],
               scores: Mapping[str, tuple[int, str | None]], justification: str | None = None,
               expected_version: int | None = None) -> ScoreResult:
    """Save the alignment of a case in the social-plan review; returns the weighted score.

    `justification` None keeps the recorded justification of an exception outside the catalogue; an
    empty text removes it. Every criterion of the programme's sheet needs points (0–5).
    """
    text = None if justification is None else clean_text(
        justification, _("Begründung der Ausnahme"), field="justification", required=False, max_len=4000,
        multiline=True) or ""
    with uow:
        app = load_case(uow.session, file_number, for_update=True)
        check_version(uow.session, app, expected_version)
        uow.act("align-case", permission="case.edit")
        if app.status != Status.social_plan_review:
            raise TransitionRefused(_("Der Sozialplanabgleich ist nur im Status »Sozialplanabgleich« möglich; der "
                                      "Vorgang {ref} ist im Status »{status}«.").format(
                ref=file_number, status=STATUS_LABELS[app.status]))
        links = _checked_links(uow.session, app, goals)
        exception = (app.catalogue_justification if text is None else text) or None
        if exception is None and not any(m is not None and m.in_catalogue for _g, m in links):
            raise ValidationError(_("Ohne Maßnahme aus dem Maßnahmenkatalog ist eine Begründung für die Ausnahme "
                                    "im Einzelfall nötig."), "justification")
        criteria = counting_criteria(uow.session, app.programme_id, app.programme.code)
        points = _checked_scores(scores, criteria)
        result = weighted_score((c.weight, points[c.id][0]) for c in criteria)
        uow.act("align-case", _summary(links, exception, criteria, points, result))
        _store_links(uow.session, app, links)
        _store_scores(uow.session, app, points)
        app.catalogue_justification = exception
        app.measure_id = _main_measure(app.measure_id, links)
        app.updated_at = utcnow()  # the alignment is part of the case: bump its version for optimistic locking
        uow.commit()
    return result


def _checked_links(session: Session, app: Application, goals: Sequence[GoalChoice]) -> list[Link]:
    plan = plan_for_year(session, app.fiscal_year)
    if goals and plan is None:
        raise ValidationError(_("Für das Haushaltsjahr {year} ist kein Sozialplan hinterlegt.").format(
            year=app.fiscal_year), "goals")
    links: list[Link] = []
    for goal_id, measure_id in goals:
        goal = session.get(Goal, goal_id)
        if goal is None or plan is None or goal.social_plan_id != plan.id:
            raise ValidationError(_("Das Ziel Nr. {id} gehört nicht zum Sozialplan, der {year} gilt.").format(
                id=goal_id, year=app.fiscal_year), "goals")
        if any(g.id == goal.id for g, _m in links):
            raise ValidationError(_("Das Ziel {code} ist doppelt angegeben.").format(code=goal.code), "goals")
        measure = session.get(Measure, measure_id) if measure_id is not None else None
        if measure_id is not None and (measure is None or measure.goal_id != goal.id):
            raise ValidationError(_("Die Maßnahme Nr. {id} gehört nicht zum Ziel {code}.").format(
                id=measure_id, code=goal.code), "goals")
        links.append((goal, measure))
    return links


def _checked_scores(scores: Mapping[str, tuple[int, str | None]], criteria: list[ScoringCriterion]) -> Points:
    by_code = {c.code: c for c in criteria}
    unknown = sorted(set(scores) - set(by_code))
    if unknown:
        raise ValidationError(_("Unbekanntes Bewertungskriterium »{code}«; möglich: {codes}.").format(
            code=unknown[0], codes=", ".join(by_code)), "scores")
    missing = [c.name for c in criteria if c.code not in scores]
    if missing:
        raise ValidationError(_("Bitte alle Kriterien bewerten; es fehlen: {names}.").format(
            names=", ".join(missing)), "scores")
    points: Points = {}
    for code, (value, comment) in scores.items():
        criterion = by_code[code]
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_POINTS:
            raise ValidationError(_("Die Punkte für »{name}« müssen eine ganze Zahl von 0 bis 5 sein.").format(
                name=criterion.name), "scores")
        points[criterion.id] = (value, clean_text(comment, _("Kommentar zu »{name}«").format(name=criterion.name),
                                                  field="scores", required=False, max_len=COMMENT_MAX, multiline=True))
    return points


def _summary(links: list[Link], exception: str | None, criteria: list[ScoringCriterion], points: Points,
             result: ScoreResult) -> StoredText:
    aligned = [AlignedGoal(g.id, g.code, g.title, m.id if m else None, m.code if m else None)
               for g, m in sorted(links, key=lambda link: link[0].code)]
    lines = [ScoreLine(c.code, c.name, c.weight, points[c.id][0], points[c.id][1]) for c in criteria]
    return alignment_stored(aligned, exception, lines, result)


def _store_links(session: Session, app: Application, links: list[Link]) -> None:
    existing = {row.goal_id: row for row in session.scalars(select(ApplicationGoal).where(
        ApplicationGoal.application_id == app.id))}
    wanted = {goal.id: measure.id if measure else None for goal, measure in links}
    for goal_id, row in existing.items():
        if goal_id not in wanted:
            session.delete(row)
        elif row.measure_id != wanted[goal_id]:
            row.measure_id = wanted[goal_id]
    for goal_id, measure_id in wanted.items():
        if goal_id not in existing:
            session.add(ApplicationGoal(application_id=app.id, goal_id=goal_id, measure_id=measure_id))


def _store_scores(session: Session, app: Application, points: Points) -> None:
    existing = {s.criterion_id: s for s in session.scalars(select(Score).where(Score.application_id == app.id))}
    for criterion_id, (value, comment) in points.items():
        score = existing.get(criterion_id)
        if score is None:
            session.add(Score(application_id=app.id, criterion_id=criterion_id, points=value, comment=comment))
        else:
            score.points, score.comment = value, comment


def _main_measure(current: int | None, links: list[Link]) -> int | None:
    """The application's own measure stays if it is still linked; else the first catalogue measure linked."""
    measures = [m for _g, m in links if m is not None]
    if any(m.id == current for m in measures):
        return current
    in_catalogue = [m for m in measures if m.in_catalogue]
    return (in_catalogue or measures)[0].id if measures else None
