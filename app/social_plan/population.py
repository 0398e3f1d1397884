"""Population figures per municipality and age group, as the coverage analysis uses them.

Per municipality the newest year of figures up to the last analysed year is used (or its oldest
figures, if all are newer). Without age-group figures, per-inhabitant amounts of a life phase are
unknown (None); a cross-cutting goal then uses the municipality's total population.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.social_plan.age_groups import target_groups
from db.models import Municipality, MunicipalityPopulation


@dataclass
class Population:
    totals: dict[int, int | None]  # municipality id → total inhabitants
    groups: dict[int, dict[str, int]] = field(default_factory=dict)  # municipality id → age group → inhabitants
    years: dict[int, int] = field(default_factory=dict)  # municipality id → year of its figures

    def inhabitants(self, municipality_id: int, life_phase: str | None) -> int | None:
        figures = self.groups.get(municipality_id, {})
        wanted = target_groups(life_phase)
        if all(group in figures for group in wanted):
            return sum(figures[group] for group in wanted)
        return self.totals.get(municipality_id) if life_phase is None else None

    def district(self, life_phase: str | None) -> int | None:
        """Inhabitants of the target group in all municipalities; None if a municipality lacks figures."""
        values = [self.inhabitants(m, life_phase) for m in self.totals]
        if not values or any(v is None for v in values):
            return None
        return sum(v for v in values if v is not None)


def load_population(session: Session, municipality_ids: Sequence[int], up_to_year: int) -> Population:
    totals: dict[int, int | None] = {mid: count for mid, count in session.execute(
        select(Municipality.id, Municipality.population).where(Municipality.id.in_(list(municipality_ids))))}
    by_year: dict[int, dict[int, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    for row in session.scalars(select(MunicipalityPopulation).where(
            MunicipalityPopulation.municipality_id.in_(list(municipality_ids)))):
        by_year[row.municipality_id][row.year][row.age_group] = row.count
    population = Population(totals)
    for municipality_id, years in by_year.items():
        earlier = [y for y in years if y <= up_to_year]
        year = max(earlier) if earlier else min(years)
        population.groups[municipality_id] = dict(years[year])
        population.years[municipality_id] = year
    return population
