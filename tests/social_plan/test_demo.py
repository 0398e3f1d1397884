"""The demo office carries the social plan's data: scoring sheets, age groups, alignments, unserved goals."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from app.kernel.database import Database
from app.social_plan.coverage import coverage
from app.social_plan.scoring import sheet_criteria
from db.models import ApplicationGoal, Municipality, MunicipalityPopulation, Programme, Score
from demo.generator import generate

DEMO_DAY = dt.date(2026, 6, 1)


def test_demo_plan_has_population_weights_alignments_and_visible_gaps(database: Database, today) -> None:
    generate(database, cases=40, seed=5, now=DEMO_DAY)
    with database.read() as s:
        programmes = {p.code: p.id for p in s.scalars(select(Programme))}
        arm = {c.code: c.weight for c in sheet_criteria(s, programmes["ARM"])}
        lpf = sheet_criteria(s, programmes["LPF"])
        assert arm["needs_based"] == 4 and arm["social_area"] == 3 and all(c.id is not None for c in lpf)
        for place in s.scalars(select(Municipality).where(Municipality.in_district)):
            counted = s.scalar(select(func.sum(MunicipalityPopulation.count)).where(
                MunicipalityPopulation.municipality_id == place.id, MunicipalityPopulation.year == 2023))
            assert counted == place.population  # rounded age groups add up to the total
        assert s.scalar(select(func.count()).select_from(ApplicationGoal)) > 0
        assert s.scalar(select(func.count()).select_from(Score)) > 0
        report = coverage(s)
    assert {"J3", "S3"} <= {g.code for g in report.goal_gaps}  # goals no demo project serves
    assert report.total.count > 0 and report.municipality_gaps
    assert all(m.inhabitants is not None for m in (c.total for c in report.municipalities))
