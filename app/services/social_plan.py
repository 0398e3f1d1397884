"""Maintaining the social plan: versions, goals, measures (administrators)."""

from __future__ import annotations

from sqlalchemy import select

from app.errors import NotFound, ValidationError
from app.i18n import _
from app.services.lookups import field_of_action_by_name, life_phase_by_code
from app.uow import UnitOfWork
from app.validation import clean_text, require_text
from db.models import Goal, Measure, SocialPlan


def create_plan(uow: UnitOfWork, name: str, valid_from_year: int, valid_to_year: int | None = None) -> int:
    if valid_to_year is not None and valid_to_year < valid_from_year:
        raise ValidationError(_("Das Ende der Gültigkeit liegt vor ihrem Beginn."), "valid_to_year")
    with uow:
        uow.act("create-social-plan", permission="admin.configure")
        plan = SocialPlan(name=require_text(name, _("Bezeichnung"), max_len=160), valid_from_year=valid_from_year,
                          valid_to_year=valid_to_year)
        uow.session.add(plan)
        uow.session.flush()
        plan_id = plan.id
        uow.commit()
    return plan_id


def add_goal(uow: UnitOfWork, plan_id: int, code: str, title: str, life_phase: str | None = None,
             field_of_action: str | None = None, description: str | None = None) -> int:
    with uow:
        uow.act("add-goal", permission="admin.configure")
        if uow.session.get(SocialPlan, plan_id) is None:
            raise NotFound(_("Den Sozialplan Nr. {id} gibt es nicht.").format(id=plan_id))
        goal = Goal(social_plan_id=plan_id, code=require_text(code, _("Kürzel"), max_len=20),
                    title=require_text(title, _("Ziel")),
                    description=clean_text(description, _("Beschreibung"), required=False, max_len=4000,
                                           multiline=True),
                    life_phase_id=life_phase_by_code(uow.session, life_phase).id if life_phase else None,
                    field_of_action_id=field_of_action_by_name(uow.session, field_of_action).id
                    if field_of_action else None)
        if uow.session.scalar(select(Goal).where(Goal.social_plan_id == plan_id, Goal.code == goal.code)):
            raise ValidationError(_("Das Zielkürzel »{code}« ist in diesem Plan schon vergeben.").format(
                code=goal.code), "code")
        uow.session.add(goal)
        uow.session.flush()
        goal_id = goal.id
        uow.commit()
    return goal_id


def add_measure(uow: UnitOfWork, goal_id: int, code: str, title: str, target_indicator: str | None = None,
                target_count: int | None = None, in_catalogue: bool = True) -> int:
    with uow:
        uow.act("add-measure", permission="admin.configure")
        if uow.session.get(Goal, goal_id) is None:
            raise NotFound(_("Das Ziel Nr. {id} gibt es nicht.").format(id=goal_id))
        if target_count is not None and target_count < 0:
            raise ValidationError(_("Die Zielgröße darf nicht negativ sein."), "target_count")
        measure = Measure(goal_id=goal_id, code=require_text(code, _("Kürzel"), max_len=20),
                          title=require_text(title, _("Maßnahme")), target_count=target_count,
                          target_indicator=clean_text(target_indicator, _("Zielindikator"), required=False),
                          in_catalogue=in_catalogue)
        uow.session.add(measure)
        uow.session.flush()
        measure_id = measure.id
        uow.commit()
    return measure_id
