"""Demo cases walked through the real services up to a chosen state, on realistic dates.

Each service call runs with `app.kernel.clock` set to the day it would have happened,
so deadlines, notification dates and the audit trail look like real work.
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from collections.abc import Callable
from dataclasses import replace
from decimal import ROUND_DOWN, Decimal
from pathlib import Path

from app.cases import alignment, checking, consultations, decisions, documents, proceedings
from app.cases import intake as applications
from app.cases.consultation_ideas import record_idea
from app.cases.consultations import ConsultationInput
from app.cases.intake import ApplicationInput, CostLineInput, FundingLineInput
from app.kernel import clock
from app.kernel.errors import FoerderDeskError
from app.kernel.uow import UnitOfWork
from app.payments.cash_export import export_orders
from app.payments.orders import OrderInput, book_paid, create_order, sign_arithmetic, sign_factual
from app.payments.reader import PaymentReader
from app.proof import clawback_decision
from app.proof import final_grant as proof
from db.enums import Status
from demo import data
from demo.setup import DemoWorld

S = Status
# target state → weight; every state of the workflow occurs
TARGETS = {S.idea: 4, S.received: 6, S.eligibility_check: 6, S.documents_requested: 6, S.social_plan_review: 7,
           S.decision_proposed: 8, S.approved: 7, S.rejected: 7, S.funding: 18, S.proof_review: 8, S.closed: 19,
           S.withdrawn: 4}
ORDER = [S.received, S.eligibility_check, S.documents_requested, S.social_plan_review, S.decision_proposed,
         S.approved, S.funding, S.proof_review, S.closed]
LATE = {S.proof_review, S.closed}
CLAWBACK_REASONS = ("Sachverhalt: Nach dem Verwendungsnachweis wurden weniger zuwendungsfähige Ausgaben getätigt als "
                    "bewilligt (Nr. 2 ANBest-P). Ermessen: Die Anhörung ergab keine Gründe, von Widerruf und "
                    "Rückforderung ganz oder teilweise abzusehen.")


class Stop(Exception):
    """The timeline reached today (or the budget ran out): the case stays where it is."""


class CaseWalker:
    def __init__(self, world: DemoWorld, rng: random.Random, now: dt.date, target: Status,
                 outer_clock: Callable[[], dt.date] | None = None) -> None:
        self.world, self.rng, self.now, self.target = world, rng, now, target
        self.clerk = rng.choice(world.caseworkers)
        self.boss = rng.choice(world.supervisors)
        self.day = now
        self.ref = ""
        self.refusal: str | None = None
        self.input: ApplicationInput | None = None
        self.outer_clock = outer_clock

    # -- helpers --------------------------------------------------------------------------------
    def at(self, day: dt.date) -> None:
        if day > self.now:
            raise Stop
        self.day = day
        clock.set_today(lambda: day)

    def later(self, low: int, high: int) -> None:
        self.at(self.day + dt.timedelta(days=self.rng.randint(low, high)))

    def uow(self, boss: bool = False) -> UnitOfWork:
        return self.world.uow(self.boss if boss else self.clerk)

    def reached(self, state: Status) -> bool:
        return self.target == state

    # -- the walk -------------------------------------------------------------------------------
    def run(self) -> None:
        try:
            self._walk()
        except Stop:
            pass
        except FoerderDeskError as exc:  # a rule refused a step: the case stays where it is, as in real life
            self.refusal = exc.message
        finally:
            clock.set_today(self.outer_clock)

    def _walk(self) -> None:
        year, received = self._timeline()
        self.at(received)
        data_in = self.input = self._input(year, received)
        if self.target == S.idea:
            return self._idea_from_consultation(data_in)
        self.ref = applications.register_application(self.uow(), data_in)
        if self.reached(S.received):
            return
        if self.target == S.withdrawn and self.rng.random() < 0.5:
            return self._withdraw()
        self._check()
        if self.reached(S.eligibility_check) or self.reached(S.documents_requested):
            return
        if self.target == S.withdrawn:
            return self._withdraw()
        self._decide()
        if self.target in (S.social_plan_review, S.decision_proposed, S.approved, S.rejected):
            return
        self._fund()
        if self.reached(S.funding):
            return
        self._proof_and_close()

    def _timeline(self) -> tuple[int, dt.date]:
        if self.target in LATE and self.rng.random() < 0.75:
            year = self.now.year - 1
            return year, dt.date(year, 1, 10) + dt.timedelta(days=self.rng.randint(0, 150))
        early = self.target not in (S.funding, S.proof_review, S.closed, S.approved, S.rejected)
        year = self.now.year + 1 if early and self.rng.random() < 0.5 else self.now.year
        span = {S.funding: (0, 170), S.proof_review: (0, 40), S.closed: (0, 30), S.approved: (150, 260),
                S.rejected: (120, 260)}.get(self.target, (230, 300))
        day = dt.date(self.now.year, 1, 10) + dt.timedelta(days=self.rng.randint(*span))
        return year, min(day, self.now - dt.timedelta(days=3))

    def _consultation_slot(self) -> dt.datetime:
        day = self.day
        while day.weekday() not in (1, 3):
            day += dt.timedelta(days=1)
        return dt.datetime.combine(day, dt.time(9 + self.rng.randint(0, 6), 0))

    def _idea_from_consultation(self, data_in: ApplicationInput) -> None:
        """The talk is booked, the idea recorded from it with a follow-up two weeks later (the real use cases)."""
        first = self._consultation_slot()
        candidates = (first + dt.timedelta(hours=h) for h in range(7 * 24 * 4))
        slots = [s for s in candidates if s.weekday() in (1, 3) and 9 <= s.hour < 16]
        talk = ConsultationInput(start=first, topic=data_in.title, applicant_id=data_in.applicant_id,
                                 notes="Erstberatung zur Projektidee; Unterlagen und Kostenplan besprochen.")
        consultation_id, day = None, first.date()
        for slot in slots:  # the advisor's next free slot (another idea may hold the first one)
            try:
                consultation_id, day = consultations.book(self.uow(), replace(talk, start=slot)), slot.date()
                break
            except FoerderDeskError:
                continue
        if consultation_id is None:
            self.ref = applications.register_idea(self.uow(), data_in)
            return
        if day <= self.now:  # recorded during the talk
            clock.set_today(lambda: day)
        self.ref = record_idea(self.uow(), consultation_id, data_in, follow_up_on=day + dt.timedelta(days=14))

    def _input(self, year: int, received: dt.date) -> ApplicationInput:
        rng = self.rng
        applicant_id, kind, place = rng.choice(self.world.organisations)
        programme = "ARM" if rng.random() < 0.15 and kind != "initiative" else ("MPF" if rng.random() < 0.15 else "LPF")
        goal = rng.choice(data.GOALS)
        measure_code, _title, _indicator, _count = rng.choice(goal[4])
        inside = rng.random() < 0.85
        title = f"{rng.choice(data.TITLES.get(measure_code, ['Projekt']))} {place.split('/')[0]}" if inside \
            else rng.choice(data.OUTSIDE_TITLES)
        first_month = 3 if year == received.year else 1
        start = max(received + dt.timedelta(days=rng.randint(45, 75)), dt.date(year, first_month, 1))
        start = min(start, max(received, dt.date(year, 12, 1)))  # received late: the period stays in its year
        end = dt.date(year, 12, 31) if self.target not in LATE or year < self.now.year else dt.date(year, 7, 31)
        costs, funding, requested = _plan(rng, programme)
        return ApplicationInput(
            programme=programme, fiscal_year=year, applicant_id=applicant_id, title=title,
            description=f"{title}: Angebot für Familien im Sozialraum, geplant mit Partnern vor Ort.",
            municipality=place, life_phase=goal[1], field_of_action=goal[2],
            measure_id=self.world.measures[measure_code] if inside else None,
            catalogue_justification=None if inside else "Neuer Bedarf laut Sozialraumkonferenz; Einzelfall.",
            start_date=start, end_date=max(end, start), financing_type=None, requested_amount=requested,
            cost_lines=costs, funding_lines=funding, contact_person_id=self.world.contacts[applicant_id],
            caseworker=self.clerk, received_on=received)

    def _check(self) -> None:
        complete = self.rng.random() < 0.6 and self.target != S.documents_requested
        if complete:
            self._case_documents()
        self.later(3, 12)
        results = checking.start_check(self.uow(), self.ref)
        if not complete:
            if self.target == S.eligibility_check:
                return
            self.later(0, 2)
            checking.request_documents(self.uow(), self.ref, self.day + dt.timedelta(days=14),
                                       "Bitte unterschriebenen Antrag und Finanzierungsplan nachreichen.")
            if self.target == S.documents_requested:
                return
            self.later(5, 13)
            self._case_documents()
            results = checking.documents_received(self.uow(), self.ref)
        for result in results:
            if not result.passed and result.overridable:
                checking.override_rule(self.uow(), self.ref, result.rule,
                                       "Nachweis liegt in der Trägerakte vor; Prüfung durch Sachbearbeitung erfolgt.")
        if self.target == S.eligibility_check:
            return
        self.later(1, 7)
        checking.confirm_eligible(self.uow(), self.ref)

    def _case_documents(self) -> None:
        for code in ("application_signed", "financing_plan"):
            documents.record_document(self.uow(), code, file_number=self.ref, received_on=self.day)

    def _withdraw(self) -> None:
        self.later(2, 20)
        checking.withdraw(self.uow(), self.ref, "Der Träger hat den Antrag schriftlich zurückgenommen.")

    def _decide(self) -> None:
        if self.target == S.social_plan_review:
            own = random.Random(f"{self.ref}-review")  # noqa: S311 - the case's own stream (see _align)
            if own.random() < 0.5:
                self.at(self.day + dt.timedelta(days=own.randint(3, 10)))
                self._align()
            return
        self.later(7, 25)
        self._align()
        from app.cases.detail import case_detail

        with self.world.database.read() as session:
            requested = case_detail(session, self.ref).requested
        if self.target == S.rejected:
            decisions.propose(self.uow(), self.ref, "reject", reasons="Die Mittel des Haushaltsjahres sind für "
                              "vorrangige Ziele des Sozialplans gebunden; das Vorhaben deckt keinen festgestellten "
                              "Bedarf im Sozialraum ab.")
        elif self.rng.random() < 0.2 and requested >= Decimal("2000"):
            amount = (requested * Decimal("0.75")).quantize(Decimal("1"), ROUND_DOWN)
            decisions.propose(self.uow(), self.ref, "partial", amount=amount, acknowledge_warnings=True,
                              reasons="Teilbewilligung: Honorarkosten nur in angemessener Höhe zuwendungsfähig.")
        else:  # the demo caseworker reads and acknowledges warnings about the organisation's other cases
            decisions.propose(self.uow(), self.ref, "approve", amount=requested, acknowledge_warnings=True,
                              reasons="Vorhaben entspricht dem Sozialplan und dem Maßnahmenkatalog.")
        if self.target == S.decision_proposed:
            return
        self.later(2, 10)
        try:
            decisions.confirm_decision(self.uow(boss=True), self.ref, posted_on=self.day + dt.timedelta(days=1))
        except FoerderDeskError as exc:
            raise Stop from exc  # budget exhausted: stays proposed
        if self.target == S.rejected and self.rng.random() < 0.3:
            self.later(10, 25)
            proceedings.record_objection(self.uow(), self.ref, self.day, "written",
                                         "Der Träger hält den Bedarf für belegt.")

    def _align(self) -> None:
        """Goals (the application's measure, sometimes a second goal) and a score sheet, from the case's own
        random stream so that aligning does not change the other demo cases."""
        assert self.input is not None
        rng = random.Random(self.ref)  # noqa: S311 - reproducible demo data
        codes = {v: k for k, v in self.world.measures.items()}
        goals: list[tuple[int, int | None]] = []
        if self.input.measure_id is not None:
            code = codes[self.input.measure_id]
            goals.append((self.world.goals[code.split(".")[0]], self.input.measure_id))
        else:  # justified exception: serves a goal of its life phase without a catalogue measure
            same_phase = [g[0] for g in data.GOALS if g[1] == self.input.life_phase] or ["Q1"]
            goals.append((self.world.goals[rng.choice(same_phase)], None))
        if rng.random() < 0.25:
            code, _p, _f, _t, measures = rng.choice(data.GOALS)
            if all(self.world.goals[code] != g for g, _m in goals):
                goals.append((self.world.goals[code], self.world.measures[measures[0][0]]))
        scores = {code: (rng.choice([2, 3, 3, 4, 4, 4, 5]), rng.choice(comments))
                  for code, comments in data.SCORE_COMMENTS.items()}
        alignment.align_case(self.uow(), self.ref, goals, scores)

    def _fund(self) -> None:
        from app.cases.detail import case_detail

        with self.world.database.read() as session:
            detail = case_detail(session, self.ref)
        approved = detail.approved or Decimal("0")
        self.at(max(self.day + dt.timedelta(days=self.rng.randint(5, 20)),
                    (detail.start_date or self.day) - dt.timedelta(days=10)))
        first = (approved / 2).quantize(Decimal("0.01")) if approved >= Decimal("2000") else approved
        self._pay(first)
        if first < approved:
            self.later(60, 120)
            self._pay(approved - first)

    def _pay(self, amount: Decimal) -> None:
        """The one way money leaves: an order signed "sachlich richtig" by the caseworker and "rechnerisch
        richtig" by the supervisor, exported to the cash office and booked when it paid."""
        order_id = create_order(self.uow(), self.ref, OrderInput(amount=amount, due_on=self.day)).record_id
        assert order_id is not None
        sign_factual(self.uow(), order_id)
        sign_arithmetic(self.uow(boss=True), order_id)
        with tempfile.TemporaryDirectory() as folder:
            export_orders(self.uow(), "csv", Path(folder) / "zahlungslauf.csv")
        book_paid(self.uow(), order_id, self.day)

    def _proof_and_close(self) -> None:
        from app.cases.detail import case_detail

        with self.world.database.read() as session:
            detail = case_detail(session, self.ref)
        self.at(max(self.day, (detail.end_date or self.day)) + dt.timedelta(days=self.rng.randint(20, 120)))
        eligible = detail.sums.eligible_costs
        factor = Decimal(self.rng.choice(["1.00", "1.00", "1.02", "0.97", "0.92", "0.85"]))
        actual = (eligible * factor).quantize(Decimal("0.01"))
        proof.receive_proof(self.uow(), self.ref, proof.ProofInput(
            actual + detail.sums.total_costs - eligible, actual, detail.sums.own_funds, detail.sums.third_party_funds,
            detail.sums.other_income, self.day, "Sachbericht: Angebot wie geplant durchgeführt."))
        if self.target == S.proof_review:
            return
        self.later(10, 40)
        try:
            proof.close_case(self.uow(), self.ref)
        except FoerderDeskError:
            proceedings.start_hearing(self.uow(), self.ref, "clawback", "Teilrückforderung nach Prüfung des "
                                      "Verwendungsnachweises", self.day + dt.timedelta(days=14))
            self.later(16, 25)
            proof.close_case(self.uow(), self.ref, reasons=CLAWBACK_REASONS)  # a proposal: four eyes
            self.later(1, 6)
            clawback_decision.confirm_clawback(self.uow(boss=True), self.ref, posted_on=self.day + dt.timedelta(days=1))
            if self.rng.random() < 0.5:
                self.later(5, 25)
                # what is owed on the day the money arrives: interest up to that day, not up to the due date
                owed = PaymentReader(self.world.database, self.clerk).claims(self.ref, self.day)[-1].balance.total
                proof.record_repayment(self.uow(), self.ref, owed, self.day)


class OverdueProofWalker(CaseWalker):
    """A grant of last year (March to May) for a chosen organisation, paid and still waiting for its proof of
    use: the proof-of-use deadline (six months after the end) lies in the past and is open – the applicant file
    warns about it, and a new proposal for that organisation must acknowledge it."""

    def __init__(self, world: DemoWorld, rng: random.Random, now: dt.date, organisation: tuple[int, str, str],
                 outer_clock: Callable[[], dt.date] | None = None) -> None:
        super().__init__(world, rng, now, S.funding, outer_clock)
        self.organisation = organisation

    def _timeline(self) -> tuple[int, dt.date]:
        super()._timeline()  # the same random draws as any funded case, so the cases after it stay as they were
        year = self.now.year - 1
        return year, dt.date(year, 1, 12)

    def _input(self, year: int, received: dt.date) -> ApplicationInput:
        base = super()._input(year, received)
        applicant_id, _kind, place = self.organisation
        return replace(base, applicant_id=applicant_id, contact_person_id=self.world.contacts[applicant_id],
                       municipality=place, title=f"Familienfrühstück {place}",
                       description="Familienfrühstück mit Elternberatung im Familienzentrum, März bis Mai.",
                       life_phase="childhood", field_of_action="Bildung im familiären Umfeld",
                       measure_id=self.world.measures["K1.1"], catalogue_justification=None,
                       start_date=dt.date(year, 3, 1), end_date=dt.date(year, 5, 31))


Plan = tuple[tuple[CostLineInput, ...], tuple[FundingLineInput, ...], Decimal]


def _plan(rng: random.Random, programme: str) -> Plan:
    """A balanced cost and financing plan fitting the programme's rules (whole euros)."""
    if programme == "MPF":
        material = Decimal(rng.randint(3, 14) * 100)
        costs: tuple[CostLineInput, ...] = (CostLineInput("material", "Sachkosten", material),
                                             CostLineInput("fees", "Honorar", Decimal(200)))
        eligible = material + 200
        requested = min(Decimal(1500), eligible - Decimal(100))
        return costs, (FundingLineInput("own", "Eigenanteil", eligible - requested),), requested
    personnel = Decimal(rng.randint(10, 100) * 100)
    material = Decimal(rng.randint(3, 30) * 100)
    fees = Decimal(rng.randint(0, 15) * 100)
    costs = (CostLineInput("personnel", "Personalkosten Fachkraft", personnel),
             CostLineInput("material", "Sachkosten", material),
             CostLineInput("fees", "Honorare", fees) if fees else CostLineInput("other", "Fahrtkosten", Decimal(300)))
    eligible = personnel + material + (fees or Decimal(300))
    rate = Decimal("0.80") if programme == "LPF" else Decimal("0.90")
    requested = (eligible * rate).quantize(Decimal("1"), ROUND_DOWN)
    third = (eligible - requested) // 3
    funding = (FundingLineInput("own", "Eigenmittel", eligible - requested - third),
               FundingLineInput("third_party", "Zuschuss der Gemeinde", third))
    return costs, funding, requested
