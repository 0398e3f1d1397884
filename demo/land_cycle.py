"""Demo data of the county's cycle with the Land (issue 25): the Land's grants for last and this year with the
county's calls for funds and the Land's payments, and about 25 micro projects of the fund MPF in various states —
short applications, proposals waiting for the batch confirmation, a confirmed batch with its Bescheide and orders,
and last year's projects closed on the simplified proof of use."""

from __future__ import annotations

import datetime as dt
import logging
import tempfile
from collections.abc import Callable
from decimal import ROUND_UP, Decimal
from pathlib import Path

from sqlalchemy import select

from app.cases import checking, decisions, documents
from app.kernel import clock
from app.kernel.errors import FoerderDeskError
from app.micro_projects.batch import batch_letters, batch_orders, confirm_batch, sign_batch
from app.micro_projects.fund import configure_micro_fund
from app.micro_projects.short_application import MicroApplicationInput, register_micro_project
from app.micro_projects.simplified_proof import receive_micro_proof
from app.payments.cash_export import export_orders
from app.payments.orders import book_paid
from app.proof.final_grant import close_case
from app.state_cycle.cofinancing import CofinancingRule
from app.state_cycle.land_money import StateGrantInput, record_call, record_payment, record_state_grant
from db.enums import CofinancingBase
from db.models import Budget, Programme
from demo.setup import DemoWorld

log = logging.getLogger(__name__)
FUND = "MPF"
LAND_PROGRAMMES = ("LPF", FUND)
RATE = Decimal("0.30")
MICRO_FROM = 100  # demo data of at least this many cases include the 25 micro projects

MICRO_PROJECTS = [  # title, field of action, amount asked for
    ("Erzählcafé Jung trifft Alt", "Dialog der Generationen", "900.00"),
    ("Vorlesepaten in der Dorfbibliothek", "Bildung im familiären Umfeld", "650.00"),
    ("Familienwandertag am Kyffhäuser", "Wohnumfeld und Lebensqualität", "1200.00"),
    ("Handykurs für Seniorinnen und Senioren", "Dialog der Generationen", "780.00"),
    ("Elternabend Medienerziehung", "Beratung, Unterstützung und Information", "450.00"),
    ("Spielplatzfest mit Nachbarschaftsflohmarkt", "Wohnumfeld und Lebensqualität", "1100.00"),
    ("Kochkurs Familienküche", "Bildung im familiären Umfeld", "980.00"),
    ("Fahrdienst zum Familienzentrum (Probemonat)", "Vereinbarkeit von Familie und Beruf, Mobilität", "1500.00"),
    ("Generationengarten an der Schule", "Dialog der Generationen", "1350.00"),
    ("Infoabend Pflege in der Familie", "Beratung, Unterstützung und Information", "520.00"),
    ("Bastelnachmittage im Advent", "Bildung im familiären Umfeld", "600.00"),
    ("Dorfkümmerer-Sprechstunde im Gemeindehaus", "Steuerung, Vernetzung, Nachhaltigkeit und Planung", "1400.00"),
]
REPORTS = [
    "An sechs Nachmittagen kamen zusammen rund 90 Gäste aus drei Generationen; zwei Gruppen treffen sich weiter "
    "selbst.",
    "Das Angebot wurde gut angenommen; die Teilnehmenden wünschen eine Fortsetzung im nächsten Jahr.",
    "Die Veranstaltung fand wie geplant statt; Ehrenamtliche des Vereins haben die Durchführung getragen.",
]


class _Walk:
    def __init__(self, world: DemoWorld, today: dt.date) -> None:
        self.world, self.today = world, today
        self.boss = world.supervisors[0]
        self.registered = 0

    def at(self, day: dt.date) -> None:
        day = min(day, self.today)
        clock.set_today(lambda: day)

    def clerk(self, index: int) -> str:
        return self.world.caseworkers[index % len(self.world.caseworkers)]

    def register(self, index: int, year: int, received: dt.date) -> str:
        title, field, amount = MICRO_PROJECTS[index % len(MICRO_PROJECTS)]
        applicant_id, _kind, municipality = self.world.organisations[(index * 5) % len(self.world.organisations)]
        asked = Decimal(amount)
        own = (asked / 10).quantize(Decimal("1"))
        self.at(received)
        number = register_micro_project(self.world.uow(self.clerk(index)), MicroApplicationInput(
            FUND, year, applicant_id, title, "Kleinprojekt im Ort, offen für alle Generationen.", municipality, field,
            dt.date(year, 5, 1), dt.date(year, 10, 31), str(asked + own), str(asked), str(own), received,
            catalogue_justification="Kleinprojekt des Fonds: dient einem Ziel des Fachplans im Sozialraum."))
        self.registered += 1
        for code in ("application_signed", "financing_plan"):  # the fund's short list (app.cases.required_documents)
            documents.record_document(self.world.uow(self.clerk(index)), code, file_number=number,
                                      received_on=received)
        return number

    def propose(self, index: int, number: str, day: dt.date) -> None:
        clerk = self.world.uow(self.clerk(index))
        self.at(day)
        for result in checking.start_check(clerk, number):
            if not result.passed and result.overridable:
                checking.override_rule(clerk, number, result.rule, "Kleinprojekt: vereinfachtes Verfahren.")
        checking.confirm_eligible(clerk, number)
        amount = MICRO_PROJECTS[index % len(MICRO_PROJECTS)][2]
        decisions.propose(clerk, number, "approve", amount=amount, acknowledge_warnings=True,
                          reasons="Kleinprojekt nach den Regeln des Fonds; Bedarf im Ort dargelegt.")

    def confirm(self, numbers: list[str], day: dt.date) -> list[str]:
        self.at(day)
        confirm_batch(self.world.uow(self.boss), numbers, posted_on=day + dt.timedelta(days=1))
        batch_letters(self.world.uow(self.clerk(0)), numbers, lambda *_args: None)
        orders = batch_orders(self.world.uow(self.clerk(0)), numbers, due_on=day + dt.timedelta(days=7))
        return [str(o.order_id) for o in orders if o.order_id]

    def pay(self, order_ids: list[int], day: dt.date) -> None:
        self.at(day)
        sign_batch(self.world.uow(self.clerk(0)), order_ids, "factual")
        sign_batch(self.world.uow(self.boss), order_ids, "arithmetic")
        with tempfile.TemporaryDirectory() as folder:
            export_orders(self.world.uow(self.clerk(0)), "csv", Path(folder) / "zahlungslauf.csv")
        for order_id in order_ids:
            book_paid(self.world.uow(self.clerk(0)), order_id, day)


def _last_year(walk: _Walk, year: int) -> None:
    """Five micro projects of last year: confirmed together, paid, closed on the simplified proof."""
    numbers = [walk.register(i, year, dt.date(year, 2, 10) + dt.timedelta(days=3 * i)) for i in range(5)]
    for i, number in enumerate(numbers):
        walk.propose(i, number, dt.date(year, 3, 10) + dt.timedelta(days=i))
    orders = walk.confirm(numbers, dt.date(year, 4, 2))
    walk.pay([int(o) for o in orders], dt.date(year, 4, 20))
    for i, number in enumerate(numbers):
        walk.at(dt.date(year, 11, 20) + dt.timedelta(days=i))
        asked = Decimal(MICRO_PROJECTS[i][2])
        receive_micro_proof(walk.world.uow(walk.clerk(i)), number, str(asked + (asked / 10).quantize(Decimal("1"))),
                            REPORTS[i % len(REPORTS)])
        walk.at(dt.date(year, 12, 5) + dt.timedelta(days=i))
        close_case(walk.world.uow(walk.clerk(i)), number)


def _this_year(walk: _Walk, year: int) -> None:
    """Twenty micro projects: 5 just received, 9 proposed (waiting for the batch), 6 confirmed with letters and
    orders (two of them signed "sachlich richtig")."""
    start = walk.today - dt.timedelta(days=120)
    numbers = [walk.register(i + 5, year, start + dt.timedelta(days=3 * i)) for i in range(20)]
    for i, number in enumerate(numbers[5:], start=5):
        walk.propose(i + 5, number, start + dt.timedelta(days=70 + i))
    orders = walk.confirm(numbers[5:11], walk.today - dt.timedelta(days=20))
    walk.at(walk.today - dt.timedelta(days=15))
    sign_batch(walk.world.uow(walk.clerk(0)), [int(o) for o in orders[:2]], "factual")


def _grant(world: DemoWorld, code: str, year: int, today: dt.date) -> None:
    """The Land's grant so that grant + co-financing (30 % of the Land's grant) covers the office's allocation; calls
    and payments."""
    with world.database.read() as session:
        allocation = session.scalar(select(Budget.allocation).join(Programme).where(
            Programme.code == code, Budget.fiscal_year == year))
    if allocation is None:
        return
    state_share = allocation - CofinancingRule(RATE, CofinancingBase.grant).county_share(allocation)
    grant = (state_share / 100).quantize(Decimal("1"), ROUND_UP) * 100  # budget = grant + 30 % of it ≥ allocation
    boss = world.uow(world.supervisors[0])
    clock.set_today(lambda: min(dt.date(year, 2, 20), today))
    record_state_grant(boss, StateGrantInput(code, year, grant, dt.date(year - 1, 12, 18),
                                             f"TMSGAF 46-{code}/{year}", RATE * 100, CofinancingBase.grant.value))
    for month, share in ((2, "0.5"), (7, "0.4")):
        called = dt.date(year, month, 25)
        if called > today:
            break
        amount = (grant * Decimal(share)).quantize(Decimal("0.01"))
        record_call(boss, code, year, called, amount, f"{month // 5 + 1}. Abruf")
        if called + dt.timedelta(days=18) <= today:
            record_payment(boss, code, year, called + dt.timedelta(days=18), amount)


def create_land_cycle(world: DemoWorld, today: dt.date, outer: Callable[[], dt.date] | None,
                      micro: bool = True) -> int:
    """Everything of issue 25 the new screens show; returns the number of micro projects (cases) created. A refused
    step is logged and the rest goes on."""
    try:
        configure_micro_fund(world.uow("admin"), FUND, "1500.00")
        for year in (today.year - 1, today.year):
            for code in LAND_PROGRAMMES:
                _grant(world, code, year, today)
        if not micro:
            return 0
        walk = _Walk(world, today)
        for part, year in ((_last_year, today.year - 1), (_this_year, today.year)):
            try:
                part(walk, year)
            except FoerderDeskError as exc:
                log.info("demo micro projects %s stopped: %s", year, exc.message)
        return walk.registered
    finally:
        clock.set_today(outer)
