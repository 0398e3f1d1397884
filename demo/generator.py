"""`foerderdesk demo-data`: a complete, deterministic demo office for a seed."""

from __future__ import annotations

import datetime as dt
import logging
import random
from collections.abc import Callable

from sqlalchemy import func, select

from app.administration.reference_data import has_data
from app.kernel import clock
from app.kernel.database import Database
from app.kernel.errors import ValidationError
from app.kernel.i18n import _
from db.enums import Status
from db.models import Application
from demo import coverage, data, mode
from demo.bulk import copy_cases
from demo.cases import TARGETS, CaseWalker, OverdueProofWalker
from demo.consultations import create_consultations
from demo.land_cycle import MICRO_FROM, create_land_cycle
from demo.setup import (
    DemoWorld,
    create_near_duplicate,
    create_organisations,
    create_programmes,
    create_social_plan,
    create_users,
)
from demo.state_cycle import create_state_cycle

log = logging.getLogger(__name__)

# Up to WALKED cases are walked through the services; a larger office walks only until every state, situation
# and warning of the demo office occurs (`demo.coverage`; at least MIN_WALKED cases, about fifty in the second
# half of a year) and copies walked cases in bulk for the rest (demo/bulk.py): 10,000 cases in well under a
# minute. Early in a year some states cannot be reached yet (a rejection needs its decision, which lies in the
# future): after PATIENCE walked cases without anything new the walk ends too.
WALKED = 200
MIN_WALKED = 30
PATIENCE = 100
Progress = Callable[[int, int], bool]  # (done, total) → continue?


def generate(database: Database, cases: int = 200, seed: int = 1, now: dt.date | None = None,
             extra_supervisor: str | None = None, progress: Progress | None = None, walked: int | None = None) -> int:
    """Create users, programmes, budgets, social plan, organisations and `cases` cases; returns the case count.

    Up to `WALKED` cases are walked through the services, all of them when that is enough; of more cases only
    as many as it takes to show every feature of `demo.coverage` (or all it shows on this day). An explicit
    `walked` walks exactly that many.
    The other cases are copies of walked ones (`demo.bulk`)."""
    if cases < 0 or cases > 100_000:
        raise ValidationError(_("Die Zahl der Demovorgänge muss zwischen 0 und 100.000 liegen."), "cases")
    if has_data(database):
        raise ValidationError(_("Die Datenbank enthält bereits Benutzer oder Programme; Demodaten werden nur in eine "
                                "leere Datenbank geschrieben."))
    rng = random.Random(seed)  # noqa: S311 - reproducible demo data, not security
    today = now or clock.today()
    world = DemoWorld(database)
    outer = clock.provider()  # a test or a caller may have set its own day; restored at the end
    try:
        clock.set_today(lambda: today - dt.timedelta(days=400))
        create_users(world, extra_supervisor)
        mode.enable(database)
        create_programmes(world)
        create_social_plan(world)
        create_organisations(world, rng, today - dt.timedelta(days=400),
                             notice_expires_on=today + dt.timedelta(days=data.EXPIRING_NOTICE_DAYS))
        create_near_duplicate(world, today - dt.timedelta(days=400))
    finally:
        clock.set_today(outer)
    # the Land's grants and the micro projects first (issue 25): their cases count towards `cases`
    regular = cases - (create_land_cycle(world, today, outer, micro=cases >= MICRO_FROM) if cases else 0)
    adaptive = walked is None and regular > WALKED
    targets = _targets(rng, min(regular, WALKED if walked is None else walked))
    overdue = targets.index(Status.funding) if Status.funding in targets else -1  # the first funded case
    walked_cases, cancelled = 0, False
    seen, last_new = frozenset[str](), 0
    for done, target in enumerate(targets, start=1):
        walker = OverdueProofWalker(world, rng, today, world.organisations[0], outer) if done - 1 == overdue \
            else CaseWalker(world, rng, today, target, outer)
        walker.run()
        walked_cases = done
        if walker.refusal:
            log.info("demo case %s stopped: %s", walker.ref, walker.refusal)
        if progress is not None and not progress(done, cases):
            cancelled = True
            break
        if adaptive and done >= MIN_WALKED:
            shown = _reached(database, today)
            if len(shown) > len(seen):
                seen, last_new = shown, done
            if shown >= coverage.FEATURES or done - last_new >= PATIENCE:
                break
    if not cancelled and regular > walked_cases:
        copy_cases(world, rng, regular - walked_cases, TARGETS)
        if progress is not None:
            progress(cases, cases)
    if cases:
        create_consultations(world, seed, today)  # upcoming talks and some without an idea (issue 23)
    create_state_cycle(world, today)  # the application to the Land for next year (issue 25)
    with database.read() as session:
        return int(session.scalar(select(func.count()).select_from(Application)) or 0)


def _reached(database: Database, today: dt.date) -> frozenset[str]:
    with database.engine.connect() as connection:
        return coverage.reached(connection, today)


def _targets(rng: random.Random, count: int) -> list[Status]:
    """Every state at least once (when count allows), the rest by weight, in shuffled order."""
    states = list(TARGETS)
    chosen = states[:count] + rng.choices(states, weights=list(TARGETS.values()), k=max(0, count - len(states)))
    rng.shuffle(chosen)
    return chosen
