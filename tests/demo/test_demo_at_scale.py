"""A demo office larger than the walked cases (issue 23/26): it walks only until every state, situation and
warning occurs, copies the rest in bulk – with their consultations – and keeps the audit chain intact."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import func, select

from app.applicants.reader import ApplicantReader
from app.kernel.audit_anchor import verify_trail
from app.kernel.database import Database
from db.enums import ConsultationStatus, DeadlineKind
from db.models import Application, AuditEvent, Consultation, Deadline, EligibilityResult, Programme
from demo import coverage, data
from demo.generator import WALKED, generate
from tests.fixtures.database import Today

DEMO_DAY = dt.date(2026, 12, 7)  # late in a year: every state can be reached (early on, rejections cannot)
CASES = 600


def test_a_large_demo_reaches_every_state_situation_and_warning(database: Database, today: Today) -> None:
    assert generate(database, cases=CASES, seed=1, now=DEMO_DAY) == CASES
    today.set(DEMO_DAY)
    with database.engine.connect() as connection:
        assert coverage.reached(connection, DEMO_DAY) == coverage.FEATURES
        walked = int(connection.scalar(select(func.count(func.distinct(AuditEvent.application_id))).where(
            AuditEvent.action != "demo-copy")) or 0)
        assert 0 < walked < WALKED  # fewer cases walked than a 200-case office, the rest are copies
        states = Counter(connection.scalars(select(Application.status)))
        assert len(states) == len(coverage.STATES) and min(states.values()) >= 5, states
        # the micro projects bring the fund's short list of documents: the rule passes without an override
        micro_documents = connection.execute(select(EligibilityResult.passed, EligibilityResult.overridden_by).join(
            Application, Application.id == EligibilityResult.application_id).join(Programme).where(
            Programme.micro.is_(True), EligibilityResult.rule == "documents_complete")).all()
        assert micro_documents and all(passed and by is None for passed, by in micro_documents), micro_documents
    # the applicant file's warnings and hints of the demo office are there at scale too
    reader = ApplicantReader(database, "mueller")
    first = reader.view(1)
    overdue = [w for w in first.file.warnings if w.startswith("Verwendungsnachweis")]
    assert len(overdue) == 1 and "überfällig" in overdue[0]
    notice = next(d for d in first.file.documents if d.type_name.startswith("Freistellungsbescheid"))
    assert notice.state == "läuft ab"
    assert [d.name for d in first.duplicates] == [data.NEAR_DUPLICATE[0]]
    # the audit chain holds every copy and is unbroken
    assert verify_trail(database, "admin").problem is None


def test_copied_ideas_keep_their_consultations_in_free_slots(database: Database, today: Today) -> None:
    generate(database, cases=CASES, seed=1, now=DEMO_DAY)
    with database.read() as session:
        ideas = session.scalars(select(Application.id).where(Application.status == "idea")).all()
        talks = session.scalars(select(Consultation).where(Consultation.application_id.is_not(None))).all()
        assert len(ideas) > 10 and {t.application_id for t in talks} == set(ideas)  # every idea, copies too
        slots = [(t.staff_id, t.on, t.start_time) for t in talks if t.status != ConsultationStatus.cancelled]
        assert len(slots) == len(set(slots))  # one advisor, one slot
        for talk in talks:  # tuesdays and thursdays in the consultation hours; the follow-up moved with the talk
            assert talk.on.weekday() in (1, 3) and 9 <= talk.start_time.hour < 16
            if talk.follow_up_on is not None and talk.deadline_id is not None:
                deadline = session.get_one(Deadline, talk.deadline_id)
                assert deadline.kind == DeadlineKind.follow_up and deadline.application_id == talk.application_id
                assert deadline.due_on == talk.follow_up_on
        if database.backend == "sqlite":  # one sealed event per copied case (PostgreSQL: its triggers, per row)
            copies = session.scalar(select(func.count()).select_from(AuditEvent).where(
                AuditEvent.action == "demo-copy", AuditEvent.entity == "Application"))
            assert copies and copies == session.scalar(select(func.count(func.distinct(AuditEvent.application_id)))
                                                      .where(AuditEvent.action == "demo-copy"))
